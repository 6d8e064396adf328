"""Dates in the writer's text that are not the event's: a registration for another day is
likely one for another event ("Fachtag … am 24. Februar", a workshop series, last year's day).
Asked only of the sentences that register or speak of coming (parsing/__init__.py): a date
line in a letterhead or a flyer's date elsewhere in the mail says nothing about the day meant.

Only the day is compared when a month is written as a word (the vocabulary files list month
names, not their numbers); written as digits ("24.02.", "24/2/2027") day and month both count.
The event's own days, its last day and the registration deadline are the event's.
"""

from __future__ import annotations

import functools
import re

from ..config import Config
from .gates import gated
from .vocabulary import alternation, bare, month_stems, month_word

_NUMERIC_RE = gated(re.compile(r"(?<![\d./:-])(\d{1,2})[./](\d{1,2})(?:[./](?:\d{4}|\d{2}))?(?![\d/:]|\.\d)(?!\s*(?i:uhr|h|am|pm|hs|saat)\b)"))


@functools.cache
def _named_res() -> tuple:
    # (a case ending on the day is part of it: "13-ka March", "13-го марта", "13'ü Mart")
    # The files' month words are stems ("feb", "märz", "trav" of Croatian travanj), so a few letters
    # may follow; more than six make another word ("2 travailleurs").
    months = alternation(list(month_stems()))
    before = re.compile(rf"(?<![\d.,:/-])(?P<day>\d{{1,2}})(?:\.|st|nd|rd|th|er|º|ª|[-'’]\w{{1,3}})?\s+(?:de\s+|of\s+)?"
                        rf"(?P<mon>(?:{months})\w{{0,6}})(?!\w)")
    # "February 24th", "March 13, 2027"; a stem that goes on ("travail 1") only with such a day after it
    after = re.compile(rf"(?<!\w)(?P<mon>(?:{months})(?P<ext>\w{{0,6}}))(?!\w)\s+(?P<day>\d{{1,2}})(?P<suf>st|nd|rd|th)?"
                       rf"(?![\d:])(?P<year>,?\s+\d{{4}})?")
    # gated: most texts name no month at all, and on a long one the pattern is tried only where a
    # month word or a digit starts (a thousand-line mail: 8 ms to 0.x ms, issue #15)
    return gated(before), gated(after)


def other_dates(text: str, config: Config) -> list[str]:
    """The dates in `text` that fall on none of the event's days (nor its deadline), as written."""
    return [written for written, ours in _dates(text, config) if not ours][:3]


def names_event_day(text: str, config: Config) -> bool:
    """Does `text` name one of the event's days (or its deadline)?"""
    return any(ours for _written, ours in _dates(text, config))


def _dates(text: str, config: Config) -> list[tuple[str, bool]]:
    """(the date as written, whether it is one of the event's days) for each date in `text`."""
    ev = config.event
    days = {(d.day, d.month) for d in (ev.starts, ev.ends) + ((ev.registration_deadline,) if ev.registration_deadline else ())}
    found = []
    for m in _NUMERIC_RE.finditer(text):
        day, month = int(m.group(1)), int(m.group(2))
        if 1 <= day <= 31 and 1 <= month <= 12:
            found.append((m.group(0), (day, month) in days or (month, day) in days))
    low = bare(text)
    if len(low) == len(text):  # positions agree (bare() keeps lengths for nearly all text)
        own_days = {d for d, _m in days}
        for pattern in _named_res():
            for m in pattern.finditer(low):
                if pattern is _named_res()[1] and (
                        re.search(r"\d\s*$", low[max(0, m.start() - 4) : m.start()])
                        or m.group("ext") and not (m.group("suf") or m.group("year"))):
                    continue  # "ngày 13 tháng 3": the month's number after a month word, the day before it
                if not month_word(m.group("mon")):
                    continue  # "group 2. Maybe see you", "3. Decided": an English stem that spells no month
                if 1 <= int(m.group("day")) <= 31:
                    found.append((" ".join(text[m.start() : m.end()].split()), int(m.group("day")) in own_days))
    return found
