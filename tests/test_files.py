"""Evidence files on disk: whole or absent, kept once, and readable by the bot's own user only."""

from __future__ import annotations

import hashlib
import os
import stat
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.storage.files import DiskFileStore


@pytest.fixture
def loose_umask() -> Iterator[None]:
    # the common default: without care, files come out 0644 and directories 0755 (readable by everyone)
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_file_is_stored_under_its_hash_and_read_back(tmp_path: Path) -> None:
    store = DiskFileStore(tmp_path / "evidence")
    sha = store.put(b"screenshot")
    assert sha == hashlib.sha256(b"screenshot").hexdigest()
    assert store.path(sha).read_bytes() == b"screenshot"
    assert store.put(b"screenshot") == sha  # kept once
    assert [p.name for p in store.path(sha).parent.iterdir()] == [sha]  # no partial file left behind


@pytest.mark.parametrize("umask", [0o022, 0o000, 0o002])
def test_files_are_0600_and_directories_0700_whatever_the_umask(tmp_path: Path, umask: int) -> None:
    previous = os.umask(umask)
    try:
        store = DiskFileStore(tmp_path / "data" / "evidence")
        sha = store.put(b"a victim's photo")
    finally:
        os.umask(previous)
    assert mode(store.path(sha)) == 0o600
    assert mode(store.path(sha).parent) == 0o700
    assert mode(tmp_path / "data" / "evidence") == 0o700
    assert mode(tmp_path / "data") == 0o700  # created for the evidence, so private too


def test_a_store_left_readable_by_an_older_version_is_closed(tmp_path: Path, loose_umask: None) -> None:
    root = tmp_path / "evidence"
    (root / "ab").mkdir(parents=True)
    root.chmod(0o755)
    (root / "ab").chmod(0o755)
    sha = DiskFileStore(root).put(b"new evidence")
    # the root closed to others protects what lies below it, whatever their own modes
    assert mode(root) == 0o700
    assert mode(DiskFileStore(root).path(sha)) == 0o600


def test_delete_is_quiet_about_a_missing_file(tmp_path: Path) -> None:
    store = DiskFileStore(tmp_path)
    sha = store.put(b"x")
    store.delete(sha)
    store.delete(sha)
    assert not store.path(sha).exists()


def test_a_root_that_cannot_be_changed_still_takes_evidence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            caplog: pytest.LogCaptureFixture) -> None:
    root = tmp_path / "evidence"
    root.mkdir(mode=0o755)
    real_chmod = os.chmod

    def chmod(path, mode):  # type: ignore[no-untyped-def]
        if Path(path) == root:
            raise PermissionError(1, "Operation not permitted")  # a volume owned by another user
        real_chmod(path, mode)

    monkeypatch.setattr(os, "chmod", chmod)
    store = DiskFileStore(root)
    sha = store.put(b"evidence")
    assert store.path(sha).read_bytes() == b"evidence"
    assert mode(store.path(sha)) == 0o600
    assert "cannot make" in caplog.text


async def test_files_written_before_a_crash_and_never_committed_are_swept_at_start(app, talk) -> None:
    from bot.domain import Attachment

    victim = talk("sweeper")
    await victim.send("hello")
    await victim.press("agree")
    await victim.send(attachments=(Attachment("screenshot.png", "image/png", b"kept: the person sent it"),))
    files = app.pipeline.files
    kept = hashlib.sha256(b"kept: the person sent it").hexdigest()
    orphan = files.put(b"written, then the worker died before its commit")
    partial = files.path(orphan).with_name("ab" * 32 + ".123.part")
    partial.write_bytes(b"half")
    young = files.put(b"another worker is committing its row right now")
    hour_ago = time.time() - 7200
    for path in (files.path(kept), files.path(orphan), partial):
        os.utime(path, (hour_ago, hour_ago))
    await app.recover()
    assert files.path(kept).exists() and files.path(young).exists()
    assert not files.path(orphan).exists() and not partial.exists()
