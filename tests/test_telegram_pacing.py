"""The Telegram adapter's overall pacer: Telegram allows a bot 30 messages a second in all, so every request to a
chat passes one pacer; it never lets two through closer than its interval, and the rest of an answer already
started goes before other chats' first messages, so under load a person gets a whole answer at once."""

from __future__ import annotations

import asyncio
import time

from bot.adapters.telegram import OverallPacer, RateLimiter, TelegramChannel, TelegramConfig

RESOLUTION = time.get_clock_info("monotonic").resolution


async def test_continuations_go_first_then_arrivals_in_order() -> None:
    pacer = OverallPacer(per_second=4)  # an interval long enough that the waiting ones are surely queued
    granted: list[str] = []

    async def send(name: str, *, first: bool = False) -> None:
        await pacer.acquire(first=first)
        granted.append(name)

    await send("a1")  # goes at once; the others wait for their turn
    waiting = [asyncio.create_task(send(name)) for name in ("b1", "c1", "d1")]
    await asyncio.sleep(0)  # they are queued
    waiting.append(asyncio.create_task(send("a2", first=True)))  # the rest of a's answer
    await asyncio.gather(*waiting)
    assert granted == ["a1", "a2", "b1", "c1", "d1"]


async def test_n_requests_take_at_least_n_minus_one_intervals_and_a_cancelled_wait_gives_its_place() -> None:
    pacer = OverallPacer(per_second=500)
    loop = asyncio.get_running_loop()
    started = loop.time()
    times: list[float] = []

    async def send() -> None:
        await pacer.acquire()
        times.append(loop.time())

    tasks = [asyncio.create_task(send()) for _ in range(20)]
    await asyncio.sleep(0)
    tasks[5].cancel()  # someone stopped waiting: the others still all get through
    await asyncio.gather(*tasks, return_exceptions=True)
    assert len(times) == 19
    # each grant comes at least an interval after the one before: never a burst above Telegram's limit
    assert max(times) - started >= 18 * pacer.interval - 2 * RESOLUTION


async def test_the_bot_paces_every_chat_request_under_telegrams_limit() -> None:
    channel = TelegramChannel(TelegramConfig(token="123:abc"), inbox=None)  # type: ignore[arg-type]
    limiter = channel.bot.rate_limiter
    assert isinstance(limiter, RateLimiter)
    assert limiter.overall.per_second + 1 <= 30  # at most per_second + 1 in any second
