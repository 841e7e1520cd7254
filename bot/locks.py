"""One asyncio lock per key (a person, a desk chat, a platform channel), taken in the order asked for."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any


class KeyedLocks:
    """One asyncio lock per key, dropped when nobody holds or waits for it (aiogram-style)."""

    def __init__(self) -> None:
        self._locks: dict[Any, tuple[asyncio.Lock, int]] = {}
        self.idle = asyncio.Event()  # set while no key is held or waited for
        self.idle.set()

    @contextlib.asynccontextmanager
    async def hold(self, key: Any) -> AsyncIterator[None]:
        lock, users = self._locks.get(key, (asyncio.Lock(), 0))
        self._locks[key] = (lock, users + 1)
        self.idle.clear()
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[key]
            if users == 1:
                del self._locks[key]
                if not self._locks:
                    self.idle.set()
            else:
                self._locks[key] = (lock, users - 1)
