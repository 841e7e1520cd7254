"""Volunteer commands, at the desk and in a private chat with the bot: `/link CODE` binds the sender's
platform identity to the volunteer a coordinator invited (`python -m bot volunteer invite`); `/oncall on`,
`/oncall off` and `/oncall` (who is on call now). Who acts is found by their platform identity
(`Event.user_id`), never by anything they typed; anyone who is not a registered volunteer is refused and
nothing changes. In a private chat these commands never reach the victim handlers: no intake starts, no
language is set, the conversation is not touched.

Every text is a `desk-` message, written in VOLUNTEER_LOCALE (`Tools.volunteer_locale`); a refusal to
someone the desk does not know is written in their own language where it is known (`stranger_locale`)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from bot.domain import ChatKind, MessageRef, Outgoing, Reply
from bot.ports import AuditRow, VolunteerChange, VolunteerRecord, VolunteerRepository
from bot.services.roster import IDENTITY_PLATFORMS, in_a_shift, invite_hash, normalize_invite, who_is_on_call
from bot.services.turn import Event, Turn

LINK = "link"
ONCALL = "oncall"
VOLUNTEER_COMMANDS = (LINK, ONCALL)
ON_WORDS = frozenset({"on", "yes", "start", "1", "true"})
OFF_WORDS = frozenset({"off", "no", "stop", "0", "false"})
WHERE = (ChatKind.PRIVATE, ChatKind.DESK)  # a DM with the bot, or a volunteer chat


def volunteer_command(event: Event) -> tuple[str, str] | None:
    """(command, argument) for `/link CODE`, `/oncall on`, `/oncall@bot`, or a platform command; else None."""
    if event.command in VOLUNTEER_COMMANDS:
        return event.command, (event.argument or "").strip()
    text = (event.text or "").strip()
    if not text.startswith("/") or len(text) < 2:
        return None
    head, _, rest = text[1:].partition(" ")
    name = head.split("@")[0].lower()
    return (name, rest.strip()) if name in VOLUNTEER_COMMANDS else None


def sender_id(turn: Turn, event: Event) -> str | None:
    """The platform user id of whoever sent the event. In a private chat the key is the person."""
    if event.user_id:
        return event.user_id
    if event.chat.kind is ChatKind.PRIVATE and turn.contact is not None:
        return turn.contact.external_id
    return None


def roster(turn: Turn) -> VolunteerRepository:
    """The store's read side (Tools.store), or the store the turn already has while that is not wired."""
    return getattr(turn.tools, "store", None) or turn.tools.numbers  # type: ignore[return-value]


def volunteer_locale(turn: Turn) -> str:
    i18n = turn.tools.i18n
    wanted = getattr(turn.tools, "volunteer_locale", None)
    return wanted if wanted in i18n.locales else i18n.default


def refuse(turn: Turn, event: Event, key: str, args: dict[str, Any] | None = None, *, asked: str, reason: str,
           volunteer: VolunteerRecord | None = None, case_id: int | None = None, reference: str | None = None) -> None:
    """No, said where it was asked, and kept: who asked for what, and why not. A coordinator reading the
    audit sees probing (forged buttons, guessed codes) that the chat itself answers only with a refusal."""
    locale = volunteer_locale(turn) if volunteer is not None else stranger_locale(turn, event)
    text = turn.tools.i18n.render(locale, MessageRef(key, args or {}))
    turn.outgoing.append(Outgoing(event.chat, Reply(text)))
    keep_refusal(turn, event, asked=asked, reason=reason, volunteer=volunteer, case_id=case_id, reference=reference)


def keep_refusal(turn: Turn, event: Event, *, asked: str, reason: str, volunteer: VolunteerRecord | None = None,
                 case_id: int | None = None, reference: str | None = None, **more: Any) -> None:
    """The audit event `refused` of a refusal (`refuse` also says it): the actor, what was asked, the case
    and why; never what was typed. `more`: a few small facts about it (a refusal not answered again)."""
    actor = f"volunteer:{volunteer.id}" if volunteer is not None else f"{event.platform}:{sender_id(turn, event)}"
    detail: dict[str, Any] = {"asked": asked, "reason": reason, "platform": event.platform, **more}
    if reference:
        detail["reference"] = reference[:40]  # as asked, perhaps forged: never looked up for a stranger
    turn.audit_event("refused", case_id, actor, detail)


def stranger_locale(turn: Turn, event: Event) -> str:
    """Someone the desk does not know: in a private chat their own language; at the desk their own too when
    the platform says it (Telegram does, Discord only for a button or a slash command), else the desk's."""
    if event.chat.kind is not ChatKind.DESK and turn.contact is not None and turn.contact.locale:
        return turn.contact.locale
    return turn.tools.i18n.negotiate(event.language_hint, volunteer_locale(turn))


class VolunteerCommands:
    """First in both lists (victim and desk): it consumes `/link` and `/oncall` and nothing else."""

    async def handle(self, turn: Turn, event: Event) -> bool:
        if event.chat.kind not in WHERE:
            return False
        found = volunteer_command(event)
        if found is None:
            return False
        command, argument = found
        user_id = sender_id(turn, event)
        volunteer = await roster(turn).volunteer_by_identity(event.platform, user_id) if user_id else None
        if command == LINK:
            await self._link(turn, event, user_id, volunteer, argument)
        elif volunteer is None:
            refuse(turn, event, "desk-not-volunteer", asked=ONCALL, reason="not_volunteer")
        else:
            await self._oncall(turn, event, volunteer, argument)
        return True

    # -- /link CODE -------------------------------------------------------------------------------
    async def _link(self, turn: Turn, event: Event, user_id: str | None, volunteer: VolunteerRecord | None,
                    argument: str) -> None:
        locale = volunteer_locale(turn) if volunteer is not None else stranger_locale(turn, event)
        code = normalize_invite(argument.split()[0]) if argument.split() else ""
        if event.platform not in IDENTITY_PLATFORMS:
            self._say(turn, event, locale, "desk-link-platform")
            return
        if not code:
            self._say(turn, event, locale, "desk-link-usage")
            return
        code_hash = invite_hash(code)
        invited = await roster(turn).volunteer_by_invite(code_hash, turn.tools.clock())
        if invited is None or user_id is None or self._pending_link(turn, code_hash):
            # a wrong code is refused and kept (without the code): guessing shows in the audit
            refuse(turn, event, "desk-link-invalid", asked=LINK, reason="invalid_code", volunteer=volunteer)
            return
        if volunteer is not None and volunteer.id != invited.id:
            refuse(turn, event, "desk-link-taken", {"name": volunteer.name}, asked=LINK, reason="identity_taken",
                   volunteer=volunteer)
            return
        column = f"{event.platform}_id"
        turn.volunteer_changes.append(VolunteerChange(
            invited.id, {column: user_id, "invite_hash": None, "invite_expires_at": None},
            expect={"invite_hash": code_hash}))
        turn.audit.append(AuditRow("volunteer_linked", None, f"volunteer:{invited.id}", {
            "platform": event.platform, "replaced": invited.identity(event.platform) not in (None, user_id)}))
        self._say(turn, event, volunteer_locale(turn), "desk-link-done", name=invited.name)

    @staticmethod
    def _pending_link(turn: Turn, code_hash: str) -> bool:
        """The same code sent twice in one batch: the first use is not committed yet, but it is spent."""
        return any(change.expect.get("invite_hash") == code_hash for change in turn.volunteer_changes)

    # -- /oncall [on|off] ---------------------------------------------------------------------------
    async def _oncall(self, turn: Turn, event: Event, volunteer: VolunteerRecord, argument: str) -> None:
        locale = volunteer_locale(turn)
        word = argument.split()[0].lower() if argument.split() else ""
        volunteer = self._as_decided(turn, [volunteer])[0]
        now = turn.tools.clock()
        if not word:
            everyone = self._as_decided(turn, await roster(turn).volunteers())
            on_call = who_is_on_call(everyone, now)
            if not on_call:
                self._say(turn, event, locale, "desk-oncall-nobody")
                return
            i18n = turn.tools.i18n
            lines = [i18n.render(locale, "desk-oncall-now")]
            lines += [i18n.render(locale, MessageRef(
                "desk-oncall-line-coordinator" if v.coordinator else "desk-oncall-line",
                {"name": v.name, "languages": ", ".join(v.languages) or "-"})) for v in on_call]
            turn.outgoing.append(Outgoing(event.chat, Reply("\n".join(lines))))
            return
        if word not in ON_WORDS | OFF_WORDS:
            self._say(turn, event, locale, "desk-oncall-usage")
            return
        wanted = word in ON_WORDS
        if volunteer.on_call != wanted:
            turn.volunteer_changes.append(VolunteerChange(volunteer.id, {"on_call": wanted}))
            turn.audit.append(AuditRow("volunteer_on_call" if wanted else "volunteer_off_call", None,
                                       f"volunteer:{volunteer.id}", {"platform": event.platform}))
        if wanted:
            self._say(turn, event, locale, "desk-oncall-on", name=volunteer.name)
        elif in_a_shift(volunteer, now):
            self._say(turn, event, locale, "desk-oncall-off-shift", name=volunteer.name)
        else:
            self._say(turn, event, locale, "desk-oncall-off", name=volunteer.name)

    @staticmethod
    def _as_decided(turn: Turn, volunteers: Sequence[VolunteerRecord]) -> list[VolunteerRecord]:
        """The roster as this turn leaves it: an earlier `/oncall on` of the same batch is not committed yet."""
        decided = {}
        for change in turn.volunteer_changes:
            if "on_call" in change.values:
                decided[change.volunteer_id] = change.values["on_call"]
        return [dataclasses.replace(v, on_call=decided[v.id]) if v.id in decided else v for v in volunteers]

    # -- saying -------------------------------------------------------------------------------------
    @staticmethod
    def _say(turn: Turn, event: Event, locale: str, key: str, **args: str) -> None:
        """In the chat (and topic or thread) the command came from."""
        text = turn.tools.i18n.render(locale, MessageRef(key, args))
        turn.outgoing.append(Outgoing(event.chat, Reply(text)))
