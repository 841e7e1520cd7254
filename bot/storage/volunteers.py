"""The volunteer roster in SQL: who is at the desk, their identities, languages, role, on call, shifts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.ports import VolunteerRecord
from bot.storage.tables import Case, Volunteer

if TYPE_CHECKING:
    from bot.storage.db import Database

volunteer_t = Volunteer.__table__
case_t = Case.__table__

IDENTITY_COLUMNS = {"telegram": "telegram_id", "discord": "discord_id"}  # platform -> column
UPDATABLE = frozenset({"on_call", "shifts", "languages", "role", "invite_hash", "invite_expires_at",
                       "telegram_id", "discord_id"})
ROLES = ("volunteer", "coordinator")
NAME_LENGTH = 64


def clean_name(name: str) -> str:
    """A volunteer's name as stored: trimmed, one line, at most 64 characters; ValueError otherwise."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValueError("a volunteer needs a name")
    if len(cleaned) > NAME_LENGTH:
        raise ValueError(f"the name is longer than {NAME_LENGTH} characters")
    if any(not c.isprintable() for c in cleaned):
        raise ValueError("the name contains control characters")
    return cleaned


def check_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """The columns `update_volunteer` may set, checked the same way by every store."""
    unknown = set(values) - UPDATABLE
    if unknown:
        raise ValueError(f"cannot set {', '.join(sorted(unknown))} on a volunteer "
                         f"(only {', '.join(sorted(UPDATABLE))})")
    checked = dict(values)
    if "role" in checked and checked["role"] not in ROLES:
        raise ValueError(f"unknown role {checked['role']!r}: {' or '.join(ROLES)}")
    for column in ("telegram_id", "discord_id"):
        if checked.get(column) is not None:
            checked[column] = str(checked[column]).strip() or None
    if "languages" in checked:
        checked["languages"] = list(dict.fromkeys(checked["languages"]))
    if "shifts" in checked:
        checked["shifts"] = [dict(s) for s in checked["shifts"]]
    if "on_call" in checked:
        checked["on_call"] = bool(checked["on_call"])
    return checked


def identity_taken(column: str, value: str, owner: str) -> ValueError:
    platform = column.removesuffix("_id").capitalize()
    return ValueError(f"{platform} id {value} already belongs to volunteer {owner}: an identity belongs to one "
                      f"volunteer only")


def volunteer_record(row: Any) -> VolunteerRecord:
    return VolunteerRecord(id=row.id, name=row.name, telegram_id=row.telegram_id, discord_id=row.discord_id,
                           languages=tuple(row.languages or ()), role=row.role, on_call=bool(row.on_call),
                           shifts=tuple(dict(s) for s in row.shifts or ()))


def _utc(value: datetime) -> datetime:
    """SQLite keeps datetimes without their offset: every one given to it must be UTC."""
    if value.tzinfo is None:
        raise ValueError("an aware datetime is needed")
    return value.astimezone(UTC)


def name_key(name: str) -> str:
    """How names are compared: without letter case, in every script (SQLite's lower() knows ASCII only)."""
    return " ".join(name.split()).casefold()


async def _find(conn: AsyncConnection, name: str) -> Any:
    """The volunteer's id and name, found by name whatever its letter case (a roster is small)."""
    wanted = name_key(name)
    rows = await conn.execute(select(volunteer_t.c.id, volunteer_t.c.name))
    return next((r for r in rows if name_key(r.name) == wanted), None)


class SqlVolunteers:
    """Mixed into SqlStore: implements `bot.ports.VolunteerRepository`. Names are unique whatever their
    letter case; a Telegram or Discord identity belongs to one volunteer only."""

    db: Database

    async def add_volunteer(self, name: str, *, telegram_id: str | None = None, discord_id: str | None = None,
                            languages: Sequence[str] = (), coordinator: bool = False) -> VolunteerRecord:
        name = clean_name(name)
        values = check_values({"telegram_id": telegram_id, "discord_id": discord_id, "languages": languages,
                               "role": "coordinator" if coordinator else "volunteer"})
        try:
            async with self.db.transaction() as conn:
                found = await _find(conn, name)
                if found is not None:
                    raise ValueError(f"there is already a volunteer named {found.name}")
                await self._identities_free(conn, values, None)
                row = (await conn.execute(
                    insert(volunteer_t).values(name=name, on_call=False, shifts=[], created_at=datetime.now(UTC),
                                               **values).returning(*volunteer_t.c))).one()
                return volunteer_record(row)
        except IntegrityError as exc:  # another writer took the name or an identity meanwhile
            raise ValueError(f"volunteer {name}: the name or an identity is already taken") from exc

    @staticmethod
    async def _identities_free(conn: AsyncConnection, values: Mapping[str, Any], volunteer_id: int | None) -> None:
        for column in ("telegram_id", "discord_id"):
            value = values.get(column)
            if value is None:
                continue
            owner = (await conn.execute(select(volunteer_t.c.id, volunteer_t.c.name)
                                        .where(volunteer_t.c[column] == value))).first()
            if owner is not None and owner.id != volunteer_id:
                raise identity_taken(column, value, owner.name)

    async def volunteers(self) -> list[VolunteerRecord]:
        async with self.db.engine.connect() as conn:
            rows = await conn.execute(select(volunteer_t))
            return sorted((volunteer_record(r) for r in rows), key=lambda v: (name_key(v.name), v.id))

    async def volunteer_by_name(self, name: str) -> VolunteerRecord | None:
        async with self.db.engine.connect() as conn:
            found = await _find(conn, name)
            if found is None:
                return None
            return volunteer_record((await conn.execute(select(volunteer_t).where(volunteer_t.c.id == found.id))).one())

    async def volunteer_by_identity(self, platform: str, user_id: str) -> VolunteerRecord | None:
        column = IDENTITY_COLUMNS.get(platform)
        if column is None or not user_id:
            return None
        async with self.db.engine.connect() as conn:
            row = (await conn.execute(select(volunteer_t).where(volunteer_t.c[column] == str(user_id)))).first()
            return volunteer_record(row) if row is not None else None

    async def volunteer_by_invite(self, code_hash: str, now: datetime) -> VolunteerRecord | None:
        if not code_hash:
            return None
        async with self.db.engine.connect() as conn:
            row = (await conn.execute(select(volunteer_t).where(
                volunteer_t.c.invite_hash == code_hash, volunteer_t.c.invite_expires_at > _utc(now)))).first()
            return volunteer_record(row) if row is not None else None

    async def remove_volunteer(self, name: str) -> bool:
        """Delete a volunteer; False if there is none by that name. ValueError if cases name them as their
        claimer (those records keep the name: take their identities away with update_volunteer instead)."""
        async with self.db.transaction() as conn:
            row = await _find(conn, name)
            if row is None:
                return False
            claimed = (await conn.execute(select(func.count()).select_from(case_t)
                                          .where(case_t.c.claimed_by == row.id))).scalar_one()
            if claimed:
                raise ValueError(f"{row.name} is the claimer of {claimed} case(s), whose records keep their name")
            await conn.execute(delete(volunteer_t).where(volunteer_t.c.id == row.id))
            return True

    async def update_volunteer(self, name: str, **values: Any) -> VolunteerRecord | None:
        """Set columns (on_call, shifts, languages, role, invite_hash, invite_expires_at, telegram_id,
        discord_id) by name; None if there is no volunteer by that name."""
        checked = check_values(values)
        if checked.get("invite_expires_at") is not None:
            checked["invite_expires_at"] = _utc(checked["invite_expires_at"])
        try:
            async with self.db.transaction() as conn:
                found = await _find(conn, name)
                if found is None:
                    return None
                await self._identities_free(conn, checked, found.id)
                if checked:
                    await conn.execute(update(volunteer_t).where(volunteer_t.c.id == found.id).values(**checked))
                row = (await conn.execute(select(volunteer_t).where(volunteer_t.c.id == found.id))).one()
                return volunteer_record(row)
        except IntegrityError as exc:
            raise ValueError(f"volunteer {name}: an identity is already taken") from exc
