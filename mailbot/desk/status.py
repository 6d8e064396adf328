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
from .words import say, words_for

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

NUMBER_COLUMNS = ("col.confirmed", "col.waitlisted", "col.free", "col.review")


def status_table(status: Status, language: str = "de", width: int = 80) -> Table:
    """The per-workgroup table for a terminal `width` columns wide, readable from 80 up.

    Only the workgroup title gives way (cut with "…"); ids and numbers never wrap
    and are never cut, so "3 / 30" stays whole in an SSH session or a cron mail.
    """
    # rich only when a table is drawn (see TYPE_CHECKING above): the mail pass never needs it
    from rich import box
    from rich.table import Table
    from rich.text import Text

    rows = [_cells(line, language) for line in status.groups]
    total = _cells(status.total, language)
    heads = [say(language, k) for k in ("col.workgroup", "col.title", *NUMBER_COLUMNS)]
    fixed = [max(len(r[i]) for r in [heads, total, *rows]) for i in range(len(heads))]
    # Box edges and separators (one per column and one more) and a space each side of every
    # column: what is left of the width belongs to the title.
    room = width - (sum(fixed) - fixed[1]) - (len(heads) + 1) - 2 * len(heads)
    title = Text(status.event, no_wrap=True, overflow="ellipsis")
    table = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left")
    table.add_column(heads[0], no_wrap=True, min_width=fixed[0])
    table.add_column(heads[1], overflow="ellipsis", no_wrap=True, max_width=max(8, min(48, room)))
    for head, size in zip(heads[2:], fixed[2:]):
        table.add_column(head, justify="right", no_wrap=True, min_width=size)
    for cells in rows:
        table.add_row(*cells)
    table.add_section()
    table.add_row(*total, style="bold")
    return table


def _cells(line: GroupLine, language: str = "de") -> list[str]:
    capacity = f" / {line.capacity}" if line.capacity is not None else ""
    free = "" if line.free is None else str(line.free)
    if line.id is None:
        wg_id, title = "-", say(language, "no_workgroup")
    elif line.id == "Total":
        wg_id, title = say(language, "total"), ""
    else:
        wg_id, title = line.label or line.id, line.title
    return [wg_id, title, f"{line.confirmed}{capacity}", str(line.waitlisted), free, str(line.review)]


def status_footer(status: Status, config: Config, hint: bool = True) -> list[str]:
    """The lines under the table: review queue, outbox, mailbox (`hint`: name the review command)."""
    say = words_for(config)
    when = local_time(config, status.last_read) if status.last_read else say("never")
    return [
        say("footer.review", n=status.review) + (say("footer.review_hint") if status.review and hint else ""),
        say("footer.outbox", pending=status.outbox_pending, failed=status.outbox_failed),
        say("footer.last_read", when=when),
    ]


def status_text(db, config: Config) -> str:
    """The status as a plain-text table in the coordinator's language, for a mail (STATUS, digest)."""
    language = config.coordinator.language
    status = status_summary(db, config)
    head = [say(language, k) for k in ("col.workgroup", "col.title", *NUMBER_COLUMNS)]
    rows = [_cells(line, language) for line in status.groups]
    total = _cells(status.total, language)
    rows = [[c[0], _short(c[1], 40), *c[2:]] for c in rows]
    widths = [max(len(r[i]) for r in [head, total, *rows]) for i in range(len(head))]
    out = [_line(head, widths), _line(["-" * w for w in widths], widths)]
    out += [_line(r, widths) for r in rows]
    out += [_line(["-" * w for w in widths], widths), _line(total, widths), ""]
    out += status_footer(status, config, hint=False)
    return "\n".join(out) + "\n"


def _line(cells: list[str], widths: list[int]) -> str:
    # Text columns left, numbers right: the table reads well in a monospaced mail view.
    parts = [c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths))]
    return "  ".join(parts).rstrip()


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
