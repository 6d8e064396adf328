"""The registrations table: the queries decide needs, and writing what it decided.

The one module with SQL about registrations. Every condition about places is
places.SQL, the rules' own predicates spelled in SQL: a registration *holds*
places when it is confirmed or in review with a workgroup, and *waits* when it
is waitlisted or confirmed with a `wanted` workgroup; waiting lists are in
(created_at, id) order. The coordinator's views are installed from places.VIEWS.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Iterator

from . import store
from .config import Config
from .decide import Decision
from .model import Notice, Registration
from .places import PLACES_SQL, SQL, VIEWS, WAITING_SQL
from .reminders import due_reminders, latest_due_offset

COLUMNS = ("email", "name", "organisation", "party_size", "language", "workgroup", "status", "choices",
           "wanted", "wanted_party_size", "reasons", "assigned_by_default", "created_at", "updated_at")
_SELECT = f"SELECT id, {', '.join(COLUMNS)} FROM registrations r"
_HOLDS = SQL["holds_place"]
# is_waiting AND waits_for = ?, spelled so the (status, workgroup) and (wanted) indexes answer it
WAITING_FOR = "((r.status = 'waitlisted' AND r.workgroup = ?) OR (r.status = 'confirmed' AND r.wanted = ?))"


def _from_row(row) -> Registration:
    values = dict(zip(("id", *COLUMNS), row))
    values["choices"] = json.loads(values["choices"] or "[]")
    values["reasons"] = json.loads(values["reasons"] or "[]")
    values["assigned_by_default"] = bool(values["assigned_by_default"])
    values["language"] = values["language"] or ""
    return Registration(**values)


def _to_row(reg: Registration) -> list:
    values = {name: getattr(reg, name) for name in COLUMNS}
    values["choices"] = json.dumps(reg.choices, ensure_ascii=False)
    values["reasons"] = json.dumps(reg.reasons, ensure_ascii=False)
    values["assigned_by_default"] = int(reg.assigned_by_default)
    return [values[name] for name in COLUMNS]


class StoreState:
    """decide's State over the SQLite file (indexed queries, read inside the caller's transaction).

    One instance serves one decision, during which the database does not change (decide is
    pure; apply_changes comes after): sums and waiting lists are read once, not once per
    candidate while decide walks a long waiting list (that was quadratic in a big backlog).
    """

    def __init__(self, db):
        self.db = db
        self._held: dict[str, int] = {}
        self._event: int | None = None
        self._waiting: dict[str | None, list[Registration]] = {}

    def _all(self, where: str, params: list) -> list[Registration]:
        return [_from_row(r) for r in self.db.execute(f"{_SELECT} WHERE {where}", params).fetchall()]

    def by_email(self, email: str) -> list[Registration]:
        return self._all("email = ? AND status != 'cancelled' ORDER BY created_at, id", [email])

    def by_id(self, reg_id: int) -> Registration | None:
        return registration_row(self.db, reg_id)

    def held_persons(self, workgroup_id: str) -> int:
        if workgroup_id not in self._held:
            self._held[workgroup_id] = self.db.execute(
                f"SELECT coalesce(sum(party_size), 0) FROM registrations r WHERE {_HOLDS} AND r.workgroup = ?",
                [workgroup_id]).fetchone()[0]
        return self._held[workgroup_id]

    def event_persons(self) -> int:
        if self._event is None:
            self._event = self.db.execute(
                f"SELECT coalesce(sum(party_size), 0) FROM registrations r WHERE {_HOLDS}").fetchone()[0]
        return self._event

    def waiting(self, workgroup_id: str | None = None) -> list[Registration]:
        if workgroup_id not in self._waiting:
            self._waiting[workgroup_id] = self._read_waiting(workgroup_id)
        return list(self._waiting[workgroup_id])

    def _read_waiting(self, workgroup_id: str | None) -> list[Registration]:
        if workgroup_id is None:
            where, params = SQL["is_waiting"], []
        else:
            where, params = WAITING_FOR, [workgroup_id, workgroup_id]
        return self._all(f"{where} ORDER BY {SQL['registration_order']}", params)


def registration_row(db, reg_id: int) -> Registration | None:
    """One registration by id; None when there is none (e.g. the person was forgotten)."""
    row = db.execute(f"{_SELECT} WHERE id = ?", [reg_id]).fetchone()
    return _from_row(row) if row else None


def apply_changes(db, decision: Decision, message_row: int | None = None, *, link_message: bool = True) -> None:
    """Write a decision's registrations and audit lines, inside the caller's transaction.

    New registrations get their id here, on the very objects the notices point to (decide hands
    each notice its registration's last value, the last change of it). With `link_message`, the
    mail's row is pointed at the registration the decision is about; a caller that finishes the
    mail in the same transaction with that registration says False (one rewrite of the row, not two).
    """
    with store.transaction(db):
        ids: dict[object, int] = {}  # a registration new in this decision, changed again: inserted once
        for change in decision.changes:
            reg = change.registration
            if reg.id is None and change.entry in ids:
                reg.id = ids[change.entry]
            if reg.id is None:
                reg.id = _insert(db, reg, message_row)
            else:
                _update(db, reg)
            ids[change.entry] = reg.id
            store.audit(db, change.action, change.detail, message_row=message_row, registration_id=reg.id,
                        actor=decision.actor, from_workgroup=change.from_workgroup, to_workgroup=reg.workgroup,
                        persons=reg.party_size)
        about = decision.registration
        if link_message and message_row is not None and about is not None and about.id is not None:
            db.execute("UPDATE messages SET registration_id = ? WHERE id = ?", [about.id, message_row])


def _insert(db, reg: Registration, message_row: int | None) -> int:
    marks = ", ".join("?" * (len(COLUMNS) + 1))
    cur = db.execute(f"INSERT INTO registrations ({', '.join(COLUMNS)}, message_row) VALUES ({marks})",
                     [*_to_row(reg), message_row])
    return cur.lastrowid


def _update(db, reg: Registration) -> None:
    sets = ", ".join(f"{name} = ?" for name in COLUMNS)
    db.execute(f"UPDATE registrations SET {sets} WHERE id = ?", [*_to_row(reg), reg.id])


# --- places and waiting lists as the coordinator reads them --------------------------------


@dataclass
class PlaceCount:
    """One workgroup's numbers (None: registrations without one), all from places.PLACES_SQL."""

    confirmed: int = 0  # persons
    kept: int = 0  # persons in review whose places are kept for them
    review: int = 0  # registrations in review
    waiting: int = 0  # persons waiting for this workgroup (those waiting to switch here too)
    waiting_registrations: int = 0
    confirmed_registrations: int = 0


def place_counts(db) -> dict[str | None, PlaceCount]:
    """Every workgroup's places and waiting persons, by the rules' own predicates."""
    return {row[0]: PlaceCount(*row[1:]) for row in db.execute(PLACES_SQL)}


def waiting_lists(db, limit: int | None = None) -> list[dict]:
    """Everyone waiting, by workgroup and position (the position their notice named)."""
    cur = db.execute(f"SELECT * FROM ({WAITING_SQL}) ORDER BY workgroup, position LIMIT ?",
                     [-1 if limit is None else limit])
    names = [c[0] for c in cur.description]
    return [dict(zip(names, row)) for row in cur]


def install_views(db) -> None:
    """Create (or bring up to date) the views built from places.VIEWS; no write when they are current."""
    current = dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'view'").fetchall())
    stale = {name: sql for name, sql in VIEWS.items() if current.get(name) != f"CREATE VIEW {name} AS {sql}"}
    if not stale:
        return
    with store.transaction(db):
        for name, sql in stale.items():
            db.execute(f"DROP VIEW IF EXISTS {name}")
            db.execute(f"CREATE VIEW {name} AS {sql}")


# --- reminders -------------------------------------------------------------------------------


def confirmed_registrations(db) -> list[Registration]:
    """Everyone with a confirmed place, in registration order."""
    return StoreState(db)._all("status = 'confirmed' ORDER BY created_at, id", [])


def sent_reminders(db) -> set[tuple[int, str]]:
    """(registration id, offset) of every reminder ever queued (sent, pending or failed)."""
    return {(reg_id, offset) for reg_id, offset in db.execute(
        "SELECT registration_id, reminder_offset FROM outbox WHERE kind = 'reminder' "
        "AND registration_id IS NOT NULL AND reminder_offset IS NOT NULL")}


REMINDER_BATCH = 500  # registrations read at a time: a big event is never all in memory at once


def reminder_notices(db, config: Config, now: dt.datetime) -> Iterator[Notice]:
    """The reminders to queue now; queue them unchanged (the outbox key makes them once only).

    Nothing is read on the days no reminder is due (most passes); on a reminder day
    the confirmed registrations are read in batches, so queueing may go on in between.
    """
    if latest_due_offset(config.event, now) is None:
        return
    sent = sent_reminders(db)
    state, after = StoreState(db), ("", 0)
    while True:
        batch = state._all("status = 'confirmed' AND (created_at, id) > (?, ?) ORDER BY created_at, id LIMIT ?",
                           [*after, REMINDER_BATCH])
        if not batch:
            return
        yield from due_reminders(batch, sent, config.event, now, default_language=config.notices.default_language)
        after = (batch[-1].created_at, batch[-1].id)
