"""Which reminders are due: pure, from the confirmed registrations and what was queued before.

Each registration gets each reminder at most once (the outbox's UNIQUE
dedupe_key "reminder:<id>:<offset>" enforces it). After a downtime only the
latest due reminder goes out, late, and none once the event has started.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable

from .config import Event
from .model import Notice, Registration


def latest_due_offset(event: Event, now: dt.datetime) -> str | None:
    """The reminder offset to send now: the latest one whose time has come, None before or after."""
    starts = event.starts_utc
    if now >= starts:
        return None  # a reminder after the start helps no one
    due = [(delta, name) for name, delta in event.reminder_offsets() if starts - delta <= now]
    # the smallest offset is the latest reminder; an older one is never sent once it is due
    return min(due)[1] if due else None


def due_reminders(registrations: Iterable[Registration], already_sent: set[tuple[int, str]], event: Event,
                  now: dt.datetime, default_language: str = "de") -> list[Notice]:
    """The reminder notices to queue now; `already_sent` holds (registration id, offset) pairs.

    Notice.key is "<id>:<offset>": the outbox stores it as "reminder:<id>:<offset>".
    """
    offset = latest_due_offset(event, now)
    if offset is None:
        return []
    return [
        Notice(kind="reminder", to=reg.email, language=reg.language or default_language, registration=reg,
               key=f"{reg.id}:{offset}", extra={"offset": offset, "workgroup": reg.workgroup})
        for reg in registrations
        if reg.status == "confirmed" and reg.id is not None and (reg.id, offset) not in already_sent
    ]
