"""Evidence files on disk, addressed by their SHA-256 so the same file is kept once.

Evidence is a victim's intimate photos, bank statements, threats: only the bot's own user may read it.
Files are created 0600 and directories 0700 whatever the process umask (a umask only removes bits, and
the usual 022 would leave everything readable by every user of the machine). With DATA_ENCRYPTION_KEY set a file
is sealed (`bot.storage.sealing`); its name stays the SHA-256 of its clear content, so a file is still kept once.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import time
from pathlib import Path

from bot.storage import sealing

log = logging.getLogger(__name__)

FILE_MODE = 0o600
DIR_MODE = 0o700


class DiskFileStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self._root_closed = False

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def put(self, data: bytes) -> str:
        sha256 = hashlib.sha256(data).hexdigest()
        target = self.path(sha256)
        self._close_root()
        if not target.exists():
            _private_dirs(target.parent)
            self._replace(target, sealing.current().seal_bytes(data))
        return sha256

    def read(self, sha256: str) -> bytes | None:
        try:
            return sealing.current().open_bytes(self.path(sha256).read_bytes())
        except FileNotFoundError:
            return None

    def reseal(self) -> tuple[int, int]:
        """Every file sealed again under the first key (`python -m bot keys rotate`), clear ones too: (files
        rewritten, files seen). A file another worker deletes meanwhile is skipped."""
        rewritten = seen = 0
        sealer = sealing.current()
        if not self.root.exists():
            return 0, 0
        for path in self.root.glob("??/*"):
            if path.suffix == ".part":
                continue
            try:
                stored = path.read_bytes()
            except FileNotFoundError:
                continue
            seen += 1
            if not sealer.under_first_key(stored):
                self._replace(path, sealer.seal_bytes(sealer.open_bytes(stored)))
                rewritten += 1
        return rewritten, seen

    @staticmethod
    def _replace(target: Path, data: bytes) -> None:
        partial = target.with_suffix(f".{os.getpid()}.part")
        _write_private(partial, data)
        partial.replace(target)

    def delete(self, sha256: str) -> None:
        self.path(sha256).unlink(missing_ok=True)

    def sweep(self, referenced: set[str], *, older_than: float = 3600.0) -> int:
        """Delete files no stored row refers to (written by a worker that died before its commit), and
        partial writes; only those older than `older_than` seconds, so a file whose row another worker is
        committing right now is never touched. How many were deleted."""
        if not self.root.exists():
            return 0
        cutoff, removed = time.time() - older_than, 0
        for path in self.root.glob("??/*"):
            try:
                if path.stat().st_mtime > cutoff:
                    continue
                if path.suffix == ".part" or path.name not in referenced:
                    path.unlink(missing_ok=True)
                    removed += 1
            except FileNotFoundError:  # deleted meanwhile by another worker's sweep
                continue
        if removed:
            log.info("evidence files: %s left by an interrupted write or no longer referenced were deleted", removed)
        return removed

    def _close_root(self) -> None:
        # A store written by an older version has 0755 directories and 0644 files; closing the root is
        # enough to hide all of them, so it is done once per process rather than file by file.
        if self._root_closed:
            return
        _private_dirs(self.root)
        self._root_closed = True


def _private_dirs(directory: Path) -> None:
    """Create `directory` and any missing parents 0700, and make `directory` itself 0700."""
    missing = []
    current = directory
    while not current.exists():
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):  # another worker created it at the same moment
            path.mkdir(mode=DIR_MODE)
        os.chmod(path, DIR_MODE)
    if directory not in missing:
        try:
            os.chmod(directory, DIR_MODE)
        except PermissionError:
            # a directory owned by another user (a mounted volume) cannot be changed, and refusing to
            # store evidence would be worse: the files themselves are still 0600
            log.warning("cannot make %s private (mode 0700): it belongs to another user", directory)


def _write_private(path: Path, data: bytes) -> None:
    # O_TRUNC, not O_EXCL: a partial file left by a crash of a process with the same pid is rewritten.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        os.fchmod(fd, FILE_MODE)  # the mode given to open() passes through the umask; this does not
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        # fsync then rename: after a crash the file is either whole or absent, never half-written
        os.fsync(fd)
    finally:
        os.close(fd)
