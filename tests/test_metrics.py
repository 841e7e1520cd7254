"""/metrics on the in-process app over the real database: after a scripted conversation, an urgent case, its
escalation step, a claim, a volunteer's answer and a send Telegram refused with a 429, the figures an operator reads
are the ones that happened. Counters are the process's (other tests add to them), so they are read as differences;
the gauges read from the database on the scrape are this test's own."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest
from aiohttp.test_utils import TestClient, TestServer
from prometheus_client import REGISTRY
from prometheus_client.parser import text_string_to_metric_families

from bot.app import App, build_app
from bot.config import PROJECT_ROOT, Settings
from bot.domain import ChatKind, ChatRef, DeliveryError
from bot.services.escalation import parse_policy
from bot.storage.tables import MessageLog
from bot.web import create_web_app
from tests.conftest import Conversation, count
from tests.fakes.channel import RecordingChannel
from tests.fakes.channel import Volunteer as DeskPerson

PLATFORM = "telegram"  # volunteers have identities per platform: the recording channel stands in for Telegram
DESK = ChatRef(PLATFORM, "desk-a", kind=ChatKind.DESK)
POLICY = parse_policy({"steps": [{"notify": "channel", "wait": "10m"}], "repeat": 0})

Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


@dataclass
class Worker:
    app: App
    channel: RecordingChannel
    http: TestClient
    typed: int = 0  # events handed to the app: messages typed and buttons pressed

    async def handle(self, message) -> bool:
        self.typed += 1
        return await self.app.handle(message)

    async def scrape(self) -> Samples:
        response = await self.http.get("/metrics")
        assert response.status == 200
        return {(sample.name, tuple(sorted(sample.labels.items()))): sample.value
                for family in text_string_to_metric_families(await response.text()) for sample in family.samples}


@pytest.fixture
async def worker(settings: Settings) -> AsyncIterator[Worker]:
    channel = RecordingChannel(platform=PLATFORM)
    app = await build_app(settings, {PLATFORM: channel}, desks=(DESK,), policy=POLICY)
    web_app = create_web_app(app.db.revision, observe=app.store.observe, channels=app.outbox.senders)  # as `run`
    async with TestClient(TestServer(web_app)) as http:
        yield Worker(app, channel, http)
    await app.close()


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


def total(samples: Samples, name: str, **labels: str) -> float:
    """The sum over every label set that has `labels` (e.g. the cases of one status, whatever their urgency)."""
    return sum(v for (n, found), v in samples.items() if n == name and set(labels.items()) <= set(found))


async def test_the_metrics_count_what_happened_in_a_conversation_and_at_the_desk(worker: Worker) -> None:
    app, channel = worker.app, worker.channel
    await app.store.add_volunteer("Vera", telegram_id="v-1", languages=["en"])
    before = await worker.scrape()

    victim = Conversation(worker, channel, "alice", "en", PLATFORM)
    assert await victim.send("hello")
    assert await victim.press("agree")
    said = await victim.send("/human")
    reference = "FD-" + said[0].text.split("FD-")[1][:11]
    assert await app.escalations.tick() == 1  # the chain's one step: the volunteer chat is paged
    await app.escalations.settle()
    vera = DeskPerson("v-1", desk="desk-a", platform=PLATFORM)
    await worker.handle(vera.message(choice=f"case:claim:{reference}"))
    await worker.handle(vera.message(f"/reply {reference} I am here to help"))
    await app.pipeline.settle()
    delivered = len(channel.sent) + len(channel.edits) + len(channel.threads)

    channel.failures.append(DeliveryError("telegram flood control", retry_after=30))
    later = Conversation(worker, channel, "bob", "en", PLATFORM)
    assert await later.send("hello") == []  # Telegram said 429: the reply waits in the outbox
    waiting = await count(app, MessageLog.__table__, MessageLog.direction == "out", MessageLog.sent_at.is_(None),
                          MessageLog.failed_at.is_(None))
    after = await worker.scrape()

    def grew(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    assert grew("frontdoor_messages_total", platform=PLATFORM) == worker.typed == 6
    assert grew("frontdoor_replies_sent_total", platform=PLATFORM) == delivered
    assert grew("frontdoor_rate_limited_total", platform=PLATFORM) == 1
    assert grew("frontdoor_send_failures_total", platform=PLATFORM, outcome="retry") == 1
    assert waiting >= 1
    assert value(after, "frontdoor_outbox_pending", platform=PLATFORM) == waiting
    assert value(after, "frontdoor_outbox_oldest_age_seconds", platform=PLATFORM) >= 0
    assert grew("frontdoor_escalation_steps_total", notify="channel") == 1
    assert grew("frontdoor_case_actions_total", action="claimed") == 1
    assert grew("frontdoor_time_to_claim_seconds_count") == 1
    assert grew("frontdoor_time_to_first_reply_seconds_count") == 1
    assert grew("frontdoor_relayed_messages_total", author="volunteer") == 1
    assert grew("frontdoor_language_set_total", source="hint", locale="en") == 2  # alice and bob, from Telegram
    assert total(after, "frontdoor_cases", status="claimed") == 1  # one case, taken
    assert total(after, "frontdoor_cases", status="escalated") == total(after, "frontdoor_cases", status="new") == 0
    assert value(after, "frontdoor_conversations_active", within="15m") == 2
    assert value(after, "frontdoor_database_up") == 1
    assert value(after, "frontdoor_channel_connected", platform=PLATFORM) == 1  # no `connected`: counts as connected
    assert grew("frontdoor_database_seconds_count", op="commit") >= worker.typed
    assert grew("frontdoor_database_seconds_count", op="ping") == 1


async def test_a_resolution_its_time_and_the_persons_rating_are_counted(worker: Worker) -> None:
    app = worker.app
    await app.store.add_volunteer("Vera", telegram_id="v-1", languages=["en"])
    victim = Conversation(worker, worker.channel, "dana", "en", PLATFORM)
    await victim.send("hello")
    await victim.press("agree")
    said = await victim.send("/human")
    reference = "FD-" + said[0].text.split("FD-")[1][:11]
    vera = DeskPerson("v-1", desk="desk-a", platform=PLATFORM)
    await worker.handle(vera.message(choice=f"case:claim:{reference}"))
    before = await worker.scrape()
    await worker.handle(vera.message(f"/resolve {reference}"))
    assert "anything else" in (await victim.press("rate:4"))[0].text
    await victim.press("rate:4")  # a second tap on the same stars is not a second rating
    after = await worker.scrape()

    def grew(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    assert grew("frontdoor_case_actions_total", action="resolved") == 1
    assert grew("frontdoor_time_to_resolve_seconds_count") == 1
    assert grew("frontdoor_time_to_resolve_seconds_sum") >= 0
    assert grew("frontdoor_time_to_resolve_seconds_bucket", le="+Inf") == 1
    assert grew("frontdoor_case_ratings_total", rating="4") == 1
    assert sum(grew("frontdoor_case_ratings_total", rating=str(n)) for n in range(1, 6)) == 1
    assert total(after, "frontdoor_cases", status="claimed") == 0  # resolved: no longer an open case


async def test_a_language_chosen_after_detection_counts_as_corrected(worker: Worker) -> None:
    before = await worker.scrape()
    victim = Conversation(worker, worker.channel, "claire", None, PLATFORM)  # no hint: the text decides
    said = await victim.send("Bonjour, quelqu'un a piraté mon compte et je ne peux plus me connecter")
    assert any("Français" in reply.text or "français" in reply.text for reply in said)  # detected, and said so
    await victim.press("_lang:de")
    after = await worker.scrape()

    def grew(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    assert grew("frontdoor_language_set_total", source="detected", locale="fr") == 1  # where the first turn left it
    assert grew("frontdoor_language_set_total", source="explicit", locale="de") == 1
    assert grew("frontdoor_language_corrected_total", detected="fr", chosen="de") == 1


async def test_readiness_and_metrics_on_a_worker_that_runs(worker: Worker) -> None:
    ready = await worker.http.get("/readyz")
    assert ready.status == 200 and await ready.json() == {"status": "ready"}


def test_the_dashboard_and_the_documentation_name_exactly_the_metrics_there_are() -> None:
    registered = {family.name for family in REGISTRY.collect() if family.name.startswith("frontdoor_")}
    dashboard = json.loads((PROJECT_ROOT / "docs" / "grafana-dashboard.json").read_text(encoding="utf-8"))
    assert dashboard["panels"] and dashboard["title"]
    queries = " ".join(target["expr"] for panel in dashboard["panels"] for target in panel.get("targets", ()))
    documented = (PROJECT_ROOT / "docs" / "observability.md").read_text(encoding="utf-8")

    def names(text: str) -> set[str]:  # a sample's name back to its family's (counters are sampled as *_total)
        return {re.sub(r"(_total|_bucket|_count|_sum)$", "", name) for name in re.findall(r"frontdoor_\w+", text)}

    assert names(queries) == registered  # every metric on a panel, and no panel on a metric that does not exist
    assert names(documented) == registered
