"""Who holds which places: the State the rules read, and the values they return.

Split from decide.py so the rules themselves stay short. `MemoryState` answers
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
    detail: str


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
        for change in decision.changes:
            reg = change.registration
            if reg.id is None:
                reg.id = max((r.id or 0 for r in self.registrations), default=0) + 1
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
        """Note a change; returns the one object that stands for this registration from now on."""
        key = self._key(old) if old is not None else ("new", len(self.entries))
        if key in self.entries:
            current = self.entries[key][1]
            # one object per registration: the id apply_changes fills then reaches every notice
            current.__dict__.update(vars(new))
            new = current
        else:
            self.entries[key] = (old, new)
            self.keys[id(new)] = key
        self.changes.append(Change(new, action, detail))
        return new

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
