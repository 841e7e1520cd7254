"""What the fake platforms share: their server on 127.0.0.1, `async with`, and wait_for() on what the bot sent."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, Self

from aiohttp import web


class FakeServer:
    """Base of a fake platform. The subclass sets `port`, `url` (""), `_runner` (None), `_changed` (an
    asyncio.Event) and `_messages` (chat id -> message id -> message); it defines start(), stop() and sent(chat_id),
    and calls _notify() whenever something changed that a test may wait for."""

    port: int
    url: str
    _runner: web.AppRunner | None
    _changed: asyncio.Event
    _messages: dict[int, dict[int, dict]]

    async def start(self) -> Self:
        raise NotImplementedError

    async def stop(self) -> None:
        raise NotImplementedError

    def sent(self, chat_id: int) -> list[dict]:
        raise NotImplementedError

    async def __aenter__(self) -> Self:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def _serve(self, app: web.Application, shutdown_timeout: float) -> None:
        """Serves app on 127.0.0.1 at `port` (0: any free port, written back to `port`)."""
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=shutdown_timeout)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", self.port)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{self.port}"

    async def _stop_serving(self) -> None:
        if self._runner:
            await self._runner.cleanup()
            self._runner = None

    def _notify(self) -> None:
        """Wakes wait_for(): something changed."""
        self._changed.set()
        self._changed = asyncio.Event()

    async def _wait_for(
        self,
        what: Callable[[], Any] | int,
        chat_id: int | None,
        timeout: float,  # noqa: ASYNC109 - as wait_for()'s
        texts: Callable[[int], list],
    ) -> Any:
        """Until what() is truthy, or the bot sent `what` messages (to chat_id, or in all); returns that. On a
        timeout the error lists what the bot sent, as texts(chat_id) gives it per chat."""

        def check() -> Any:
            if callable(what):
                return what()
            chats = [chat_id] if chat_id is not None else list(self._messages)
            messages = [m for chat in chats for m in self.sent(chat)]
            return messages if len(messages) >= what else None

        try:
            async with asyncio.timeout(timeout):
                while not (result := check()):
                    await self._changed.wait()
        except TimeoutError:
            sent = {chat: texts(chat) for chat in list(self._messages) if self.sent(chat)}
            raise TimeoutError(f"wait_for timed out after {timeout}s; the bot sent {sent}") from None
        return result
