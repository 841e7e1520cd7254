"""The aiohttp app every worker serves: /healthz, /readyz, /metrics; channels add their own routes.

/healthz: the process answers. /readyz: 200 {"status": "ready"}, or 503 {"status": "not ready", "reasons": [...]} when
the database does not answer (within 2 s) or a channel is not connected to its platform (a channel says so with a
`connected` property or method; one without it counts as connected); problems of the volunteer chats found at start
are listed under "problems" without making the worker unready (victims must still reach it). /metrics: Prometheus;
the gauges that need the database are read when scraped, with a time limit, and a scrape always answers: with the
database down it says frontdoor_database_up 0 and leaves those gauges out."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from bot import metrics, outage
from bot.metrics import MESSAGES

__all__ = ["HEALTH", "MESSAGES", "Health", "create_web_app"]

log = logging.getLogger(__name__)

Channels = Mapping[str, Any] | Callable[[], Iterable[Any]] | Iterable[Any]


def connected(channel: Any) -> bool:
    """A channel's own word on its connection: a `connected` property or method; without one, connected."""
    state = getattr(channel, "connected", True)
    if callable(state):
        state = state()
    return bool(state)


class Health:
    """What /readyz and /metrics ask of a worker. `ping` reaches the database (it raises, or returns something
    false when the schema is missing); `observe(now)` reads the on-scrape gauges (SqlStore.observe); `channels` are
    the started channels (a mapping by platform, such as the outbox's senders, or a callable giving them).
    `observe(now, windows)` is SqlStore.observe."""

    def __init__(self, ping: Callable[[], Awaitable[Any]] | None = None,
                 observe: Callable[..., Awaitable[Mapping[str, Any]]] | None = None,
                 channels: Channels | None = None, *, timeout: float = 2.0) -> None:
        self.ping = ping
        self.observe = observe
        self._channels = channels
        self.timeout = timeout
        self._scrape: asyncio.Task[None] | None = None

    def channels(self) -> list[Any]:
        found = self._channels
        if found is None:
            return []
        if isinstance(found, Mapping):
            return list(found.values())
        if callable(found):
            return list(found())
        return list(found)

    async def database(self) -> str | None:
        """None if the database answered; else why not, in words (never SQL or its parameters)."""
        if self.ping is None:
            return None
        try:
            answer = await metrics.timed(asyncio.wait_for(self.ping(), self.timeout), "ping")
        except TimeoutError:
            outage.DATABASE.failed(TimeoutError(f"no answer within {self.timeout:.0f}s"), "the readiness ping")
            metrics.DATABASE_UP.set(0)
            return f"database unreachable: no answer within {self.timeout:.0f}s"
        except Exception as exc:
            outage.log_failure(log, exc, "the database ping failed")
            metrics.DATABASE_UP.set(0)
            return f"database unreachable: {outage.describe(exc)}"
        outage.DATABASE.ok()
        metrics.DATABASE_UP.set(1)
        return None if answer else "database has no schema yet: run python -m bot db upgrade"

    async def reasons(self) -> list[str]:
        """Why this worker should not get traffic now; empty: ready."""
        found = []
        problem = await self.database()
        if problem:
            found.append(problem)
        for channel in self.channels():
            if not connected(channel):
                # a channel may say why (another worker polls Telegram); else the plain fact
                found.append(getattr(channel, "not_ready_because", None) or f"{channel.platform} channel not connected")
        return found

    def problems(self) -> list[str]:
        """What the start-up check of the volunteer chats found (the channels' `desk_problems`)."""
        return [line for channel in self.channels() for line in getattr(channel, "desk_problems", None) or ()]

    async def refresh(self) -> None:
        """Set the on-scrape gauges. Concurrent scrapes share one reading; never raises."""
        if self._scrape is None or self._scrape.done():
            self._scrape = asyncio.ensure_future(self._refresh())
        await asyncio.shield(self._scrape)

    async def _refresh(self) -> None:
        channels = self.channels()
        for channel in channels:
            metrics.CHANNEL_CONNECTED.labels(channel.platform).set(1 if connected(channel) else 0)
        up = await self.database() is None
        if self.observe is None:
            return
        found = None
        if up:
            now = datetime.now(UTC)
            try:
                found = await asyncio.wait_for(self.observe(now, dict(metrics.WINDOWS)), self.timeout)
            except Exception as exc:
                if isinstance(exc, TimeoutError):
                    log.warning("metrics: the database gauges took more than %.0fs; left out of this scrape",
                                self.timeout)
                else:
                    outage.log_failure(log, exc, "metrics: reading the database gauges failed")
        metrics.record_database(found, datetime.now(UTC), (channel.platform for channel in channels))


HEALTH = web.AppKey("health", Health)  # the Health behind a web app's /readyz and /metrics


def create_web_app(ready: Callable[[], Awaitable[Any]] | None = None, *,
                   observe: Callable[..., Awaitable[Mapping[str, Any]]] | None = None,
                   channels: Channels | None = None, timeout: float = 2.0) -> web.Application:
    """`ready` pings the database (see Health); `observe` and `channels` as Health takes them."""
    health = Health(ready, observe, channels, timeout=timeout)

    async def healthz(_: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    async def readyz(_: web.Request) -> web.Response:
        reasons = await health.reasons()
        if reasons:
            return web.json_response({"status": "not ready", "reasons": reasons}, status=503)
        body: dict[str, Any] = {"status": "ready"}
        if problems := health.problems():
            body["problems"] = problems
        return web.json_response(body)

    async def serve_metrics(_: web.Request) -> web.Response:
        await health.refresh()
        return web.Response(body=generate_latest(), headers={"Content-Type": CONTENT_TYPE_LATEST})

    app = web.Application()
    app[HEALTH] = health
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    app.router.add_get("/metrics", serve_metrics)
    return app
