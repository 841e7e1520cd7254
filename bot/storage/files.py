"""Evidence files on disk, addressed by their SHA-256 so the same file is kept once."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path


class DiskFileStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def put(self, data: bytes) -> str:
        sha256 = hashlib.sha256(data).hexdigest()
        target = self.path(sha256)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_suffix(f".{os.getpid()}.part")
            partial.write_bytes(data)
            # fsync then rename: after a crash the file is either whole or absent, never half-written
            with partial.open("rb") as handle:
                os.fsync(handle.fileno())
            partial.replace(target)
        return sha256

    def delete(self, sha256: str) -> None:
        self.path(sha256).unlink(missing_ok=True)
