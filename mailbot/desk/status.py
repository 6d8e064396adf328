"""The coordinator's overview: places per workgroup, review queue, outbox, mailbox.

`status_summary` reads the numbers once (two grouped queries, fast even with
50,000 registrations); `status_table` draws them for the terminal (rich) and
`status_text` as a plain-text table for a mail (STATUS command, daily digest).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from .. import store
from ..config import Config
from ..registry import place_counts

if TYPE_CHECKING:  # rich is imported when a table is drawn: the mail pass (digest, STATUS) never needs it
    from rich.table import Table


@dataclass
class GroupLine:
    """One workgroup's numbers; persons count the whole party, not registrations."""

    id: str | None  # None: registrations without a workgroup (event-level waiting list, review)
    title: str
    capacity: int | None
    confirmed: int = 0  # persons
    waitlisted: int = 0  # persons waiting for this workgroup (also those waiting to switch here)
    review: int = 0  # registrations needing review
    registrations: int = 0  # confirmed registrations
    held: int = 0  # persons in review with a workgroup: their places are kept for them (decide.holds_place)
    label: str | None = None  # how the event names it ([[workgroups]] label: "AG 2", "Forum B")

    @property
    def free(self) -> int | None:
        # May go negative when the coordinator assigned someone beyond capacity: shown, not hidden.
        return None if self.capacity is None else self.capacity - self.confirmed - self.held


@dataclass
class Status:
    """Everything `mailbot status` shows."""

    event: str
    groups: list[GroupLine]
    total: GroupLine
    review: int  # registrations and mails waiting for the coordinator
    outbox_failed: int
    outbox_pending: int
    last_read: str | None  # UTC ISO, or None when the mailbox was never read
    cancelled: int = 0
    extra: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        data = asdict(self)
        for line, raw in zip(self.groups + [self.total], data["groups"] + [data["total"]]):
            raw["free"] = line.free
        return data


def status_summary(db, config: Config) -> Status:
    """Count places, waiting lists, review items and outbox failures."""
    groups = {wg.id: GroupLine(wg.id, wg.title, wg.capacity, label=wg.label) for wg in config.workgroups}
    loose = GroupLine(None, "(no workgroup)", None)
    # The numbers the rules count by (places.py), never a count of our own.
    for wg_id, count in place_counts(db).items():
        line = groups.get(wg_id, loose)
        line.confirmed += count.confirmed
        line.registrations += count.confirmed_registrations
        line.waitlisted += count.waiting
        line.review += count.review
        line.held += count.kept
    cancelled = _count(db, "SELECT count(*) FROM registrations WHERE status = 'cancelled'")
    lines = list(groups.values())
    if loose.confirmed or loose.waitlisted or loose.review:
        lines.append(loose)
    return Status(
        event=config.event.name,
        groups=lines,
        total=_total(lines, config),
        review=review_count(db),
        outbox_failed=_count(db, "SELECT count(*) FROM outbox WHERE state = 'failed'"),
        outbox_pending=_count(db, "SELECT count(*) FROM outbox WHERE state = 'pending'"),
        last_read=store.last_poll(db),
        cancelled=cancelled,
    )


def _total(lines: list[GroupLine], config: Config) -> GroupLine:
    capacity = config.event.capacity or sum(wg.capacity for wg in config.workgroups)
    total = GroupLine("Total", "", capacity)
    for line in lines:
        total.confirmed += line.confirmed
        total.waitlisted += line.waitlisted
        total.review += line.review
        total.held += line.held
        total.registrations += line.registrations
    return total


def review_count(db) -> int:
    """Registrations marked needs_review plus mails waiting for review themselves (store.MAIL_WAITING)."""
    return _count(db, "SELECT count(*) FROM registrations WHERE status = 'needs_review'") + _count(
        db, f"SELECT count(*) FROM messages WHERE {store.MAIL_WAITING}")


def _count(db, sql: str) -> int:
    return db.execute(sql).fetchone()[0]


def local_time(config: Config, utc_iso: str | None, fmt: str = "%d.%m.%Y %H:%M") -> str:
    """A stored UTC time as the coordinator reads it: local to the event, German date order."""
    if not utc_iso:
        return "never"
    when = dt.datetime.fromisoformat(utc_iso.replace("Z", "+00:00"))
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    return when.astimezone(config.event.tz).strftime(fmt)


# --- drawing -------------------------------------------------------------------------


def status_table(status: Status) -> Table:
    """The per-workgroup table for the terminal."""
    from rich import box
    from rich.table import Table

    table = Table(title=status.event, box=box.SIMPLE_HEAD, title_justify="left")
    table.add_column("Workgroup")
    table.add_column("Title", overflow="ellipsis", no_wrap=True, max_width=48)
    table.add_column("Confirmed", justify="right")
    table.add_column("Waitlisted", justify="right")
    table.add_column("Free", justify="right")
    table.add_column("Review", justify="right")
    for line in status.groups:
        table.add_row(*_cells(line))
    table.add_section()
    table.add_row(*_cells(status.total), style="bold")
    return table


def _cells(line: GroupLine) -> list[str]:
    capacity = f" / {line.capacity}" if line.capacity is not None else ""
    free = "" if line.free is None else str(line.free)
    return [line.label or line.id or "-", line.title, f"{line.confirmed}{capacity}",
            str(line.waitlisted), free, str(line.review)]


def status_footer(status: Status, config: Config) -> list[str]:
    """The lines under the table: review queue, outbox, mailbox."""
    return [
        f"Waiting for review: {status.review}" + ("  (see: mailbot review)" if status.review else ""),
        f"Outbox: {status.outbox_pending} waiting to be sent, {status.outbox_failed} failed",
        f"Mailbox last read: {local_time(config, status.last_read)}",
    ]


_DE = {"Workgroup": "AG", "Title": "Titel", "Confirmed": "Bestätigt", "Waitlisted": "Warteliste",
       "Free": "Frei", "Review": "Prüfen", "Total": "Gesamt"}


def status_text(db, config: Config) -> str:
    """The status as a plain-text table in German, for a mail (STATUS command, digest)."""
    status = status_summary(db, config)
    head = [_DE[h] for h in ("Workgroup", "Title", "Confirmed", "Waitlisted", "Free", "Review")]
    rows = [_cells(line) for line in status.groups]
    total = _cells(status.total)
    total[0], total[1] = _DE["Total"], ""
    rows = [[c[0], _short(c[1] if c[0] != "-" else "(ohne AG)", 40), *c[2:]] for c in rows]
    widths = [max(len(r[i]) for r in [head, total, *rows]) for i in range(len(head))]
    out = [_line(head, widths), _line(["-" * w for w in widths], widths)]
    out += [_line(r, widths) for r in rows]
    out += [_line(["-" * w for w in widths], widths), _line(total, widths), ""]
    out += [
        f"Zu prüfen: {status.review}",
        f"Postausgang: {status.outbox_pending} wartend, {status.outbox_failed} fehlgeschlagen",
        "Postfach zuletzt gelesen: " + (local_time(config, status.last_read) if status.last_read else "noch nie"),
    ]
    return "\n".join(out) + "\n"


def _line(cells: list[str], widths: list[int]) -> str:
    # Text columns left, numbers right: the table reads well in a monospaced mail view.
    parts = [c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths))]
    return "  ".join(parts).rstrip()


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
