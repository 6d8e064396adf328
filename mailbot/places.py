"""Who holds which places, who waits and at which position: the one definition.

The predicates below (`holds_place`, `is_waiting`, `waits_for`, `wanted_size`,
`registration_order`) are the rules; `SQL` states the very same rules over a
`registrations` row, and every query about places is built from it: the rules'
StoreState and the status numbers (registry.py), the coordinator's views
(`VIEWS`), the digest. tests/test_places.py checks the two spellings agree on
every kind of row. Split from decide.py so the rules themselves stay short. `MemoryState` answers
the State queries from a list (tests, dry runs), `registry.StoreState` from
SQLite, and `Overlay` adds the changes one decision has made so far, so that
later steps of the same decision see the earlier ones.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable, Iterable, Protocol

from .config import Config
from .model import Notice, Registration

CONFIRMED, WAITLISTED, CANCELLED, NEEDS_REVIEW = "confirmed", "waitlisted", "cancelled", "needs_review"


# --- values ---------------------------------------------------------------------------


@dataclass
class Change:
    """One registration written: the new value (id None when new), the audit action and why."""

    registration: Registration
    action: str  # registered, waitlisted, moved, changed, change_waitlisted, cancelled, promoted, flagged
    detail: str  # the sentence for the log's reader; the data is in the fields
    from_workgroup: str | None = None  # where it was just before this change (None: new, or none)
    entry: object = None  # the same for every change of one registration in one decision


@dataclass
class Decision:
    """What to do with one mail (or one coordinator action)."""

    changes: list[Change] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    message_state: str = "processed"  # processed | review | ignored
    summary: str = "ignored"
    registration: Registration | None = None  # the registration the mail is about, if any
    actor: str = "mailbot"


class State(Protocol):
    """The read queries the rules need."""

    def by_email(self, email: str) -> list[Registration]:
        """The registrations of this address that are not cancelled, in registration order."""

    def by_id(self, reg_id: int) -> Registration | None:
        """The registration with this id, any status."""

    def held_persons(self, workgroup_id: str) -> int:
        """Persons holding places in this workgroup."""

    def event_persons(self) -> int:
        """Persons holding places in the whole event."""

    def waiting(self, workgroup_id: str | None = None) -> list[Registration]:
        """Waiting for this workgroup (all when None), in registration order."""


# --- predicates shared by every State (registry.py mirrors them in SQL) ----------------


def holds_place(reg: Registration) -> bool:
    """Confirmed, or flagged for review while keeping its workgroup."""
    return reg.status in (CONFIRMED, NEEDS_REVIEW) and reg.workgroup is not None


def is_waiting(reg: Registration) -> bool:
    """On a waiting list: waitlisted, or confirmed and waiting to move or grow."""
    if reg.status == WAITLISTED:
        return reg.workgroup is not None
    return reg.status == CONFIRMED and reg.wanted is not None


def waits_for(reg: Registration) -> str | None:
    """The workgroup a waiting registration waits for."""
    return reg.wanted if reg.status == CONFIRMED else reg.workgroup


def wanted_size(reg: Registration) -> int:
    """The party size a waiting registration waits to have."""
    return reg.wanted_party_size or reg.party_size


def registration_order(reg: Registration) -> tuple:
    """Waiting-list order: first registered first; unsaved ones last."""
    return (reg.created_at, reg.id if reg.id is not None else float("inf"))


def free_places(state: State, config: Config, workgroup_id: str, reg: Registration | None = None) -> int:
    """Free places in a workgroup, within the event limit; `reg`'s own held places count as free."""
    wg = config.workgroup(workgroup_id)
    if wg is None:
        return 0
    own = reg.party_size if reg is not None and holds_place(reg) else 0
    free = wg.capacity - state.held_persons(workgroup_id) + (own if own and reg.workgroup == workgroup_id else 0)
    if config.event.capacity is not None:
        free = min(free, config.event.capacity - state.event_persons() + own)
    return free


def fits(state: State, config: Config, workgroup_id: str, persons: int, reg: Registration | None = None) -> bool:
    """Whether `persons` more people fit in the workgroup (and the event)."""
    return free_places(state, config, workgroup_id, reg) >= persons


def iso(when: dt.datetime) -> str:
    """The database's time format (store.iso), here so decide needs no store import."""
    return when.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


# --- states ----------------------------------------------------------------------------


class MemoryState:
    """A State over a list of registrations, for tests and for applying decisions in memory."""

    def __init__(self, registrations: Iterable[Registration] = ()):
        self.registrations = list(registrations)

    def by_email(self, email: str) -> list[Registration]:
        return sorted((r for r in self.registrations if r.email == email and r.status != CANCELLED),
                      key=registration_order)

    def by_id(self, reg_id: int) -> Registration | None:
        return next((r for r in self.registrations if r.id == reg_id), None)

    def held_persons(self, workgroup_id: str) -> int:
        return sum(r.party_size for r in self.registrations if holds_place(r) and r.workgroup == workgroup_id)

    def event_persons(self) -> int:
        return sum(r.party_size for r in self.registrations if holds_place(r))

    def waiting(self, workgroup_id: str | None = None) -> list[Registration]:
        found = [r for r in self.registrations
                 if is_waiting(r) and (workgroup_id is None or waits_for(r) == workgroup_id)]
        return sorted(found, key=registration_order)

    def apply(self, decision: Decision) -> None:
        """Store the decision's changes, giving new registrations ids (as apply_changes does)."""
        ids: dict[object, int] = {}
        for change in decision.changes:
            reg = change.registration
            if reg.id is None:
                reg.id = ids.get(change.entry) or max((r.id or 0 for r in self.registrations), default=0) + 1
            ids[change.entry] = reg.id
            self.registrations = [r for r in self.registrations if r.id != reg.id] + [reg]


class Overlay:
    """The base state plus the changes decided so far, so later rules see earlier ones."""

    def __init__(self, base: State):
        self.base = base
        self.entries: dict[object, tuple[Registration | None, Registration]] = {}
        self.keys: dict[int, object] = {}  # id(object created here) → entry key
        self.changes: list[Change] = []

    def _key(self, reg: Registration) -> object:
        return self.keys.get(id(reg), reg.id)

    def current(self, reg: Registration | None) -> Registration | None:
        """The latest value of a registration, as changed in this decision."""
        if reg is None:
            return None
        entry = self.entries.get(self._key(reg))
        return entry[1] if entry else reg

    def record(self, old: Registration | None, new: Registration, action: str, detail: str) -> Registration:
        """Note a change; returns `new`, which stands for this registration from now on.

        Each change keeps its own value (the log shows each step); `entry` ties the values of one
        registration together, so a new one is inserted once and its notices get its id
        (`final` hands them its last value when the decision is done).
        """
        key = self._key(old) if old is not None else ("new", len(self.entries))
        before = self.entries[key][1] if key in self.entries else old
        first = self.entries[key][0] if key in self.entries else old
        self.entries[key] = (first, new)
        self.keys[id(new)] = key
        self.changes.append(Change(new, action, detail, from_workgroup=before.workgroup if before else None,
                                   entry=key))
        return new

    def final(self, reg: Registration | None) -> Registration | None:
        """The value a registration has at the end of the decision (what its notices show)."""
        return self.current(reg)

    def _delta(self, persons: Callable[[Registration], int]) -> int:
        return sum(persons(new) - (persons(old) if old else 0) for old, new in self.entries.values())

    def held_persons(self, workgroup_id: str) -> int:
        return self.base.held_persons(workgroup_id) + self._delta(
            lambda r: r.party_size if holds_place(r) and r.workgroup == workgroup_id else 0)

    def event_persons(self) -> int:
        return self.base.event_persons() + self._delta(lambda r: r.party_size if holds_place(r) else 0)

    def by_id(self, reg_id: int) -> Registration | None:
        return self.current(self.base.by_id(reg_id))

    def by_email(self, email: str) -> list[Registration]:
        regs = {self._key(r): self.current(r) for r in self.base.by_email(email)}
        regs.update({key: new for key, (_old, new) in self.entries.items()})
        return sorted((r for r in regs.values() if r.email == email and r.status != CANCELLED),
                      key=registration_order)

    def waiting(self, workgroup_id: str | None = None) -> list[Registration]:
        regs = {self._key(r): self.current(r) for r in self.base.waiting(workgroup_id)}
        regs.update({key: new for key, (_old, new) in self.entries.items()})
        found = [r for r in regs.values() if is_waiting(r) and (workgroup_id is None or waits_for(r) == workgroup_id)]
        return sorted(found, key=registration_order)


# --- the same rules in SQL, over a registrations row aliased r --------------------------------
# Spelled once here: registry.py builds its queries from these, registry.install_views the views.

SQL = {
    "holds_place": "(r.status IN ('confirmed', 'needs_review') AND r.workgroup IS NOT NULL)",
    "is_waiting": "((r.status = 'waitlisted' AND r.workgroup IS NOT NULL) "
                  "OR (r.status = 'confirmed' AND r.wanted IS NOT NULL))",
    "waits_for": "(CASE WHEN r.status = 'confirmed' THEN r.wanted ELSE r.workgroup END)",
    "wanted_size": "coalesce(nullif(r.wanted_party_size, 0), r.party_size)",
    "registration_order": "r.created_at, r.id",
}

# Each waiting list in order: the position is what the waitlisted / change_waitlisted notice says.
WAITING_SQL = (
    f"SELECT {SQL['waits_for']} AS workgroup, "
    f"row_number() OVER (PARTITION BY {SQL['waits_for']} ORDER BY {SQL['registration_order']}) AS position, "
    f"r.id, r.name, r.organisation, r.email, {SQL['wanted_size']} AS party_size, r.status, "
    "r.workgroup AS current_workgroup, r.created_at AS registered_at "
    f"FROM registrations r WHERE {SQL['is_waiting']}"
)

# Sums per workgroup where registrations are (confirmed, or kept in review) and where they wait;
# PLACES_SQL and the participants_per_workgroup view add these up. Grouped first by (status,
# workgroup), so the covering indexes answer it (50,000 registrations: 0.03 s, not 0.1 s).
_PLACE_ROWS = (
    "SELECT r.workgroup AS w, "
    "CASE WHEN r.status = 'confirmed' THEN sum(r.party_size) END AS confirmed, "
    "CASE WHEN r.status = 'confirmed' THEN count(*) END AS confirmed_regs, "
    f"CASE WHEN r.status = 'needs_review' AND {SQL['holds_place']} THEN sum(r.party_size) END AS kept, "
    "CASE WHEN r.status = 'needs_review' THEN count(*) END AS review, "
    "NULL AS waiting, NULL AS waiting_regs FROM registrations r GROUP BY r.status, r.workgroup "
    f"UNION ALL SELECT {SQL['waits_for']}, NULL, NULL, NULL, NULL, sum({SQL['wanted_size']}), count(*) "
    f"FROM registrations r WHERE {SQL['is_waiting']} GROUP BY 1"
)
_SUMS = ("coalesce(sum(confirmed), 0) AS confirmed, coalesce(sum(kept), 0) AS kept, "
         "coalesce(sum(review), 0) AS review, coalesce(sum(waiting), 0) AS waiting, "
         "coalesce(sum(waiting_regs), 0) AS waiting_regs, coalesce(sum(confirmed_regs), 0) AS confirmed_regs")
# (workgroup or NULL, confirmed, kept, review, waiting persons, waiting registrations, confirmed registrations)
PLACES_SQL = f"SELECT w, {_SUMS} FROM ({_PLACE_ROWS}) GROUP BY w"

VIEWS = {
    # DB Browser and Datasette show these; docs/database.md describes their columns.
    "participants_per_workgroup": (
        "SELECT w.number, w.id AS workgroup, w.label, w.title, w.capacity, "
        "coalesce(p.confirmed, 0) AS confirmed_persons, coalesce(p.waiting, 0) AS waitlisted_persons, "
        "coalesce(p.review, 0) AS needs_review, coalesce(p.kept, 0) AS kept_in_review_persons, "
        "w.capacity - coalesce(p.confirmed, 0) - coalesce(p.kept, 0) AS free_places "
        f"FROM workgroups w LEFT JOIN ({PLACES_SQL}) p ON p.w = w.id ORDER BY w.number"),
    "waiting_lists": f"SELECT * FROM ({WAITING_SQL}) ORDER BY workgroup, position",
}


@dataclass
class GroupPlaces:
    """One workgroup's places as the rules count them (persons, not registrations)."""

    confirmed: int = 0  # persons confirmed here
    kept: int = 0  # persons in review whose places here are kept for them
    review: int = 0  # registrations in review with this workgroup (or none, for the None line)
    waiting: list[Registration] = field(default_factory=list)  # in order: position = index + 1

    @property
    def held(self) -> int:
        return self.confirmed + self.kept

    @property
    def waiting_persons(self) -> int:
        return sum(wanted_size(r) for r in self.waiting)


def standing(registrations: Iterable[Registration]) -> dict[str | None, GroupPlaces]:
    """Every workgroup's places and waiting list, from plain registrations (the Python spelling)."""
    groups: dict[str | None, GroupPlaces] = {}
    regs = sorted(registrations, key=registration_order)
    for reg in regs:
        if reg.status == CONFIRMED:
            groups.setdefault(reg.workgroup, GroupPlaces()).confirmed += reg.party_size
        elif reg.status == NEEDS_REVIEW:
            line = groups.setdefault(reg.workgroup, GroupPlaces())
            line.review += 1
            if holds_place(reg):
                line.kept += reg.party_size
        if is_waiting(reg):
            groups.setdefault(waits_for(reg), GroupPlaces()).waiting.append(reg)
    return groups


def position(registrations: Iterable[Registration], reg: Registration) -> int | None:
    """Where `reg` stands on the waiting list it waits on (1 = next); None when it waits for nothing."""
    if not is_waiting(reg):
        return None
    line = standing(registrations).get(waits_for(reg), GroupPlaces()).waiting
    return next((i for i, r in enumerate(line, start=1) if r.id == reg.id), None)
