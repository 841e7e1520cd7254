"""The volunteer roster in memory, for the fast service tests (the contract of SqlVolunteers)."""

from __future__ import annotations

import copy
import itertools
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from bot.ports import ChangeSet, ConcurrentUpdate, VolunteerRecord
from bot.storage.volunteers import IDENTITY_COLUMNS, check_values, clean_name, identity_taken, name_key


def _record(row: dict[str, Any]) -> VolunteerRecord:
    return VolunteerRecord(id=row["id"], name=row["name"], telegram_id=row["telegram_id"],
                           discord_id=row["discord_id"], languages=tuple(row["languages"]), role=row["role"],
                           on_call=row["on_call"], shifts=tuple(copy.deepcopy(s) for s in row["shifts"]))


class MemoryVolunteers:
    """Mixed into MemoryStore: implements `bot.ports.VolunteerRepository`. Rows are dicts named like the
    columns of table `volunteer`, in `volunteer_rows` (made on first use: MemoryStore.__init__ does not
    know about them)."""

    volunteer_rows: dict[int, dict[str, Any]]
    cases: dict[int, dict[str, Any]]  # MemoryStore's

    def _volunteer_table(self) -> dict[int, dict[str, Any]]:
        if "volunteer_rows" not in self.__dict__:
            self.volunteer_rows = {}
        if "_volunteer_ids" not in self.__dict__:
            self._volunteer_ids = itertools.count(max(self.volunteer_rows, default=0) + 1)
        return self.volunteer_rows

    def _volunteer_named(self, name: str) -> dict[str, Any] | None:
        wanted = name_key(name)
        return next((r for r in self._volunteer_table().values() if name_key(r["name"]) == wanted), None)

    def _identities_free(self, values: dict[str, Any], volunteer_id: int | None) -> None:
        for column in ("telegram_id", "discord_id"):
            value = values.get(column)
            if value is None:
                continue
            owner = next((r for r in self._volunteer_table().values() if r[column] == value), None)
            if owner is not None and owner["id"] != volunteer_id:
                raise identity_taken(column, value, owner["name"])

    async def add_volunteer(self, name: str, *, telegram_id: str | None = None, discord_id: str | None = None,
                            languages: Sequence[str] = (), coordinator: bool = False) -> VolunteerRecord:
        name = clean_name(name)
        values = check_values({"telegram_id": telegram_id, "discord_id": discord_id, "languages": languages,
                               "role": "coordinator" if coordinator else "volunteer"})
        table = self._volunteer_table()
        found = self._volunteer_named(name)
        if found is not None:
            raise ValueError(f"there is already a volunteer named {found['name']}")
        self._identities_free(values, None)
        row_id = next(self._volunteer_ids)
        table[row_id] = {"id": row_id, "name": name, "on_call": False, "shifts": [], "invite_hash": None,
                         "invite_expires_at": None, "created_at": datetime.now(UTC), **values}
        return _record(table[row_id])

    async def volunteers(self) -> list[VolunteerRecord]:
        return sorted((_record(r) for r in self._volunteer_table().values()), key=lambda v: (name_key(v.name), v.id))

    async def volunteer_by_name(self, name: str) -> VolunteerRecord | None:
        found = self._volunteer_named(name)
        return _record(found) if found is not None else None

    async def volunteer_by_identity(self, platform: str, user_id: str) -> VolunteerRecord | None:
        column = IDENTITY_COLUMNS.get(platform)
        if column is None or not user_id:
            return None
        found = next((r for r in self._volunteer_table().values() if r[column] == str(user_id)), None)
        return _record(found) if found is not None else None

    async def volunteer_by_invite(self, code_hash: str, now: datetime) -> VolunteerRecord | None:
        if not code_hash:
            return None
        if now.tzinfo is None:
            raise ValueError("an aware datetime is needed")
        found = next((r for r in self._volunteer_table().values() if r["invite_hash"] == code_hash
                      and r["invite_expires_at"] is not None and r["invite_expires_at"] > now), None)
        return _record(found) if found is not None else None

    async def remove_volunteer(self, name: str) -> bool:
        found = self._volunteer_named(name)
        if found is None:
            return False
        claimed = sum(1 for case in getattr(self, "cases", {}).values() if case.get("claimed_by") == found["id"])
        if claimed:
            raise ValueError(f"{found['name']} is the claimer of {claimed} case(s), whose records keep their name")
        del self._volunteer_table()[found["id"]]
        return True

    async def update_volunteer(self, name: str, **values: Any) -> VolunteerRecord | None:
        checked = check_values(values)
        expires = checked.get("invite_expires_at")
        if expires is not None and expires.tzinfo is None:
            raise ValueError("an aware datetime is needed")
        found = self._volunteer_named(name)
        if found is None:
            return None
        self._identities_free(checked, found["id"])
        found.update(copy.deepcopy(checked))
        return _record(found)

    # -- inside MemoryStore.commit: the change set's `volunteer_changes` ------------------------------
    def _check_volunteer_changes(self, changes: ChangeSet) -> None:
        """Refuse the change set (ConcurrentUpdate) if a volunteer is gone, does not match `expect` (an invite
        already used), or an identity would belong to two volunteers (SQL: the unique index)."""
        table = self._volunteer_table()
        seen: dict[int, dict[str, Any]] = {}
        for change in changes.volunteer_changes:
            if change.volunteer_id not in table:
                raise ConcurrentUpdate(f"volunteer {change.volunteer_id} is gone")
            current = seen.setdefault(change.volunteer_id, dict(table[change.volunteer_id]))
            differing = [name for name, value in change.expect.items() if current.get(name) != value]
            if differing:
                raise ConcurrentUpdate(f"volunteer {change.volunteer_id} changed underneath: {', '.join(differing)}")
            current.update(change.values)
        for column in IDENTITY_COLUMNS.values():
            owners: dict[str, int] = {}
            for row_id in table:
                value = seen.get(row_id, table[row_id])[column]
                if value is not None and owners.setdefault(value, row_id) != row_id:
                    raise ConcurrentUpdate(f"volunteer {row_id}: {column} is taken")

    def _apply_volunteer_changes(self, changes: ChangeSet) -> None:
        table = self._volunteer_table()
        for change in changes.volunteer_changes:
            table[change.volunteer_id].update(copy.deepcopy(change.values))
