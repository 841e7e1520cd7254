"""The stored data and DATA_ENCRYPTION_KEY: the start-up check that the keys open what is sealed, and `keys rotate`."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Text, cast, inspect, select, update

from bot.storage import sealing
from bot.storage.db import Database
from bot.storage.files import DiskFileStore
from bot.storage.sealing import MARK, SealedJSON, SealedWithoutKey
from bot.storage.tables import metadata

BATCH = 500
NEWEST = 1000  # rows of each sealed column the start-up check reads: a bounded cost on any size of database


def sealed_columns() -> list[Any]:
    """Every column whose values are sealed with a key: found from the tables, so a new one is never missed."""
    return [column for table in metadata.sorted_tables for column in table.columns
            if isinstance(column.type, sealing.SealedJSON | sealing.SealedText)]


def _is_json(column: Any) -> bool:
    return isinstance(column.type, SealedJSON)


def _sealed_pattern(column: Any) -> str:
    """LIKE pattern of a sealed value's stored text: a JSON string in a JSON column, the text in a text one."""
    return f'"{MARK}%' if _is_json(column) else f"{MARK}%"


def _stored(column: Any, raw: str) -> Any:
    """The value as stored, from its text: what `Sealer.under_first_key`, `open` and `open_json` take."""
    return json.loads(raw) if _is_json(column) else raw


def _opened(sealer: sealing.Sealer, column: Any, stored: Any) -> Any:
    """A stored value (`_stored`) of `column` opened: the object of a JSON column, the text of a text one."""
    return sealer.open_json(stored) if _is_json(column) else sealer.open(stored)


async def check_keys(db: Database) -> str | None:
    """One line saying why the stored data cannot be read with the keys given, or None. The newest sealed value
    among each sealed column's last `NEWEST` rows is opened (what a worker reads first); a new database passes."""
    sealer = sealing.current()
    async with db.engine.connect() as conn:
        present = await conn.run_sync(lambda sync: set(inspect(sync).get_table_names()))
        for column in sealed_columns():
            if column.table.name not in present:
                continue
            newest = select(cast(column, Text).label("raw")).where(column.is_not(None)) \
                .order_by(column.table.c.id.desc()).limit(NEWEST).subquery()
            raw = (await conn.execute(select(newest.c.raw).where(newest.c.raw.like(_sealed_pattern(column)))
                                      .limit(1))).scalar()
            if raw is None:
                continue
            try:
                _opened(sealer, column, _stored(column, raw))
            except SealedWithoutKey:
                if not sealer.active:
                    return ("the database holds encrypted messages and DATA_ENCRYPTION_KEY is not set: set it to the "
                            "key (or keys) they were written with")
                return ("DATA_ENCRYPTION_KEY does not open the encrypted messages in the database: keep the key they "
                        "were written with in the list (comma-separated) until `python -m bot keys rotate` has run")
    return None


@dataclass
class Rotation:
    """What `rotate` did, in counts per column ("table.column") and for the evidence files."""

    rewritten: dict[str, int] = field(default_factory=dict)
    kept: dict[str, int] = field(default_factory=dict)  # already sealed under the first key
    changed_meanwhile: int = 0  # rows a worker wrote again during the rotation (it sealed them itself)
    files_rewritten: int = 0
    files_seen: int = 0


async def rotate(db: Database, files: DiskFileStore | None) -> Rotation:
    """Seal every stored value and evidence file under the first key: clear ones (written before a key was set)
    and those sealed under an older key. Safe beside running workers: each row is rewritten only if it still holds
    what was read (a worker that wrote it meanwhile sealed it itself), in batches of short transactions."""
    sealer = sealing.current()
    if not sealer.active:
        raise SealedWithoutKey("DATA_ENCRYPTION_KEY is not set: there is no key to encrypt with")
    done = Rotation()
    for column in sealed_columns():
        table, name = column.table, f"{column.table.name}.{column.name}"
        done.rewritten[name] = done.kept[name] = 0
        last = 0
        while True:
            async with db.engine.begin() as conn:
                rows = (await conn.execute(select(table.c.id, cast(column, Text).label("raw"))
                                           .where(table.c.id > last, column.is_not(None))
                                           .order_by(table.c.id).limit(BATCH))).all()
                for row in rows:
                    stored = _stored(column, row.raw)
                    if stored in ("", None, {}, []) or sealer.under_first_key(stored):
                        done.kept[name] += 1
                        continue
                    value = _opened(sealer, column, stored)
                    written = await conn.execute(update(table).where(table.c.id == row.id,
                                                                     cast(column, Text) == row.raw)
                                                 .values({column.name: value}))
                    if written.rowcount:
                        done.rewritten[name] += 1
                    else:
                        done.changed_meanwhile += 1
            if len(rows) < BATCH:
                break
            last = rows[-1].id
    if files is not None:
        done.files_rewritten, done.files_seen = files.reseal()
    return done

