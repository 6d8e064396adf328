"""The calendar entry (iCalendar, RFC 5545) attached to confirmations, promotions, changes and reminders.

Times are written in UTC ("DTSTART:20270313T090000Z"), not as TZID + VTIMEZONE.
Why: icalendar builds a VTIMEZONE from zoneinfo with one-off DTSTART/RDATE
observances, and Outlook is known to ignore RDATE there and shift events by an
hour; UTC is read correctly by Outlook, Thunderbird and Google Calendar alike,
and each shows it in the reader's own local time (10:00 in Münster).

One stable UID per registration, so a later change or reminder updates the
same calendar entry instead of adding a second one; SEQUENCE grows with time
so the newer version wins.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import unicodedata

from icalendar import Calendar, Event

from .config import Config, Workgroup
from .model import ICS_KINDS, Registration  # noqa: F401 - re-exported: the kinds that carry the entry

PRODID = "-//mailbot//event registration//DE"
_SEQUENCE_EPOCH = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)


def event_slug(name: str) -> str:
    """'Tag der Migrantenselbstorganisationen 2027' → 'tag-der-migrantenselbstorganisationen-2027'."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()  # Münster → Munster
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return slug[:60] or "event"


def event_uid(config: Config, registration: Registration | None) -> str:
    """Stable per registration and event: mailbot-<id>-<slug>@<domain of the From address>."""
    domain = config.from_address.rsplit("@", 1)[-1]
    if registration is None:
        who = "event"
    elif registration.id is not None:
        who = str(registration.id)
    else:  # not stored yet: the address is stable too, but never put it in clear into the UID
        who = hashlib.sha256(registration.email.lower().encode()).hexdigest()[:16]
    return f"mailbot-{who}-{event_slug(config.event.name)}@{domain}"


def sequence_at(when: dt.datetime) -> int:
    """Minutes since 2024: grows with every new version, fits the 32-bit field clients use."""
    return max(0, int((_utc(when) - _SEQUENCE_EPOCH).total_seconds() // 60))


def summary_for(config: Config, workgroup: Workgroup | None) -> str:
    """'MSO-Tag 2027 – AG 2: Title' (the workgroup's label and title), else the event's name."""
    if workgroup is None:
        return config.event.name
    return f"{config.event.name} – {workgroup.label}: {workgroup.title}"


def build_ics(config: Config, registration: Registration | None, *, now: dt.datetime) -> bytes:
    """A METHOD:PUBLISH calendar with one VEVENT for the event (or the person's workgroup)."""
    workgroup = config.workgroup(registration.workgroup) if registration else None
    ev = config.event
    fixed = (("dtstart", ev.starts_utc), ("dtend", ev.ends_utc), ("summary", summary_for(config, workgroup)),
             ("location", _location(ev.venue, workgroup)),
             ("description", _description(config, registration, workgroup)), ("url", ev.url))
    template = _template(fixed)
    if template is None:
        return _calendar(fixed, event_uid(config, registration), _utc(now), sequence_at(now)).to_ical()
    # Only these three lines differ between two entries with the same fixed part; icalendar writes
    # each content line (folded) on its own, so filling them in gives the very bytes of a whole build.
    # DTSTAMP (whole seconds) and SEQUENCE (minutes) are the same for every answer of one second.
    lines = {**_stamp_lines(_utc(now).replace(microsecond=0)), b"UID": _uid_line(event_uid(config, registration))}
    for name, slot in _SLOTS.items():
        template = template.replace(b"\r\n" + slot + b"\r\n", b"\r\n" + lines[name] + b"\r\n", 1)
    return template


@functools.lru_cache(maxsize=8)
def _stamp_lines(now: dt.datetime) -> dict[bytes, bytes]:
    """The DTSTAMP and SEQUENCE lines icalendar writes for `now` (in whole seconds)."""
    lines = _lines(_vevent({}, _SLOT_VALUES[0], now, sequence_at(now)).to_ical())
    return {b"DTSTAMP": lines[b"DTSTAMP"], b"SEQUENCE": lines[b"SEQUENCE"]}


def _uid_line(uid: str) -> bytes:
    """The UID line icalendar writes for `uid` (folded when long), from an event with nothing else."""
    event = Event()
    event.add("uid", uid)
    return _lines(event.to_ical())[b"UID"]


def _lines(ical: bytes) -> dict[bytes, bytes]:
    return {line.split(b":", 1)[0]: line for line in _UNFOLDED_LINE_END_RE.split(ical)}


# Stand-ins for the per-mail values in a cached calendar: each gives one short line of its own.
_SLOT_VALUES = ("mailbot-slot-uid@invalid", dt.datetime(1901, 1, 1, tzinfo=dt.timezone.utc), 1_234_567_890)
_SLOTS = {b"UID": b"UID:mailbot-slot-uid@invalid", b"DTSTAMP": b"DTSTAMP:19010101T000000Z",
          b"SEQUENCE": b"SEQUENCE:1234567890"}
_UNFOLDED_LINE_END_RE = re.compile(rb"\r\n(?![ \t])")  # a line end that is not a fold


@functools.lru_cache(maxsize=256)
def _template(fixed: tuple) -> bytes | None:
    """The whole calendar with stand-ins, built once per fixed part (event, workgroup, party size).

    The per-registration part is a handful of values, so a backlog of thousands of
    confirmations builds a few dozen calendars instead of one each (0.4 ms a mail).
    None when a stand-in is not exactly one whole line (then each entry is built whole).
    """
    ical = _calendar(fixed, *_SLOT_VALUES).to_ical()
    whole_lines = all(ical.count(slot) == 1 and ical.count(b"\r\n" + slot + b"\r\n") == 1 for slot in _SLOTS.values())
    return ical if whole_lines else None


def _calendar(fixed: tuple, uid: str, dtstamp: dt.datetime, sequence: int) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add("calscale", "GREGORIAN")
    calendar.add_component(_vevent(dict(fixed), uid, dtstamp, sequence))
    return calendar


def _vevent(fixed: dict, uid: str, dtstamp: dt.datetime, sequence: int) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", dtstamp)
    event.add("sequence", sequence)
    for name in ("dtstart", "dtend", "summary", "location", "description"):
        if name in fixed:
            event.add(name, fixed[name])
    if fixed:
        event.add("status", "CONFIRMED")
        event.add("transp", "OPAQUE")
    if fixed.get("url"):
        event.add("url", fixed["url"])
    return event


def _location(venue: str, workgroup: Workgroup | None) -> str:
    if workgroup is not None and workgroup.room:
        return f"{venue}, {workgroup.room}"
    return venue


def _description(config: Config, registration: Registration | None, workgroup: Workgroup | None) -> str:
    # German like the event itself; the mail around it is in the person's language.
    lines = [config.event.name]
    if workgroup is not None:
        lines.append(f"{workgroup.label}: {workgroup.title}")  # the event's own word for it, not ours
    if registration is not None and registration.party_size > 1:
        lines.append(f"Personen: {registration.party_size}")
    lines.append(f"Ändern oder absagen: Antwort an {config.event.registration_address}")
    if config.event.url:
        lines.append(config.event.url)
    return "\n".join(lines)


def _utc(when: dt.datetime) -> dt.datetime:
    """Aware UTC; a naive value is taken to be UTC already (mailbot stores UTC)."""
    if when.tzinfo is None:
        return when.replace(tzinfo=dt.timezone.utc)
    return when.astimezone(dt.timezone.utc)
