"""Value checks for config.toml: each takes a raw TOML value and returns the typed one.

A failed check raises Invalid with what was expected; config.py adds the file
and the key, so every error names all three.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

REQUIRED = object()


class Invalid(Exception):
    """A value did not pass its check; the message says what was expected."""


# --- value checks: each takes the raw TOML value and returns the typed one ---------


def text(v: Any) -> str:
    if not isinstance(v, str):
        raise Invalid(f"expected a string, got {show(v)}")
    if "\r" in v or "\n" in v:
        raise Invalid("must not contain line breaks")
    return v


def nonempty_text(v: Any) -> str:
    s = text(v)
    if not s.strip():
        raise Invalid("must not be empty")
    return s


def boolean(v: Any) -> bool:
    if not isinstance(v, bool):
        raise Invalid(f"expected true or false, got {show(v)}")
    return v


def whole_number(v: Any) -> int:
    if isinstance(v, bool) or not isinstance(v, int):
        raise Invalid(f"expected a whole number, got {show(v)}")
    return v


def positive_int(v: Any) -> int:
    n = whole_number(v)
    if n <= 0:
        raise Invalid(f"must be positive, got {n}")
    return n


def port(v: Any) -> int:
    n = whole_number(v)
    if not 0 < n < 65536:
        raise Invalid(f"expected a port number 1-65535, got {n}")
    return n


def seconds(v: Any) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)) or v <= 0:
        raise Invalid(f"expected a positive number of seconds, got {show(v)}")
    return float(v)


def date_time(v: Any) -> dt.datetime:
    if isinstance(v, dt.datetime):
        return v
    if isinstance(v, dt.date):
        return dt.datetime(v.year, v.month, v.day)
    if isinstance(v, str):
        try:
            return dt.datetime.fromisoformat(v)
        except ValueError:
            pass
    raise Invalid(f"expected a date and time like 2027-03-13T10:00:00, got {show(v)}")


def text_list(v: Any) -> tuple[str, ...]:
    if not isinstance(v, list):
        raise Invalid(f"expected a list of strings, got {show(v)}")
    return tuple(nonempty_text(x) for x in v)


_EMAIL_RE = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+$")


def email_address(v: Any) -> str:
    s = text(v).strip()
    if not _EMAIL_RE.match(s):
        raise Invalid(f"expected an email address, got {show(v)}")
    return s.lower()


def email_list(v: Any) -> tuple[str, ...]:
    if not isinstance(v, list):
        raise Invalid(f"expected a list of email addresses, got {show(v)}")
    return tuple(email_address(x) for x in v)


def one_of(*options: str) -> Callable[[Any], str]:
    def check(v: Any) -> str:
        if v not in options:
            raise Invalid(f"expected one of {', '.join(repr(o) for o in options)}, got {show(v)}")
        return v

    return check


_OFFSET_RE = re.compile(r"^\s*(\d+)\s*([dhm])\s*$")
_OFFSET_UNITS = {"d": "days", "h": "hours", "m": "minutes"}


def parse_offset(text: str) -> dt.timedelta:
    """'7d' / '24h' / '30m' → timedelta."""
    m = _OFFSET_RE.match(text)
    if not m:
        raise Invalid(f"expected offsets like \"7d\", \"24h\" or \"30m\", got {text!r}")
    return dt.timedelta(**{_OFFSET_UNITS[m.group(2)]: int(m.group(1))})


def offsets(v: Any) -> tuple[str, ...]:
    items = text_list(v)
    for item in items:
        parse_offset(item)
    return items


def clock_time(v: Any) -> dt.time:
    s = text(v)
    try:
        return dt.time.fromisoformat(s)
    except ValueError:
        raise Invalid(f"expected a time like \"07:30\", got {s!r}") from None


def time_zone(v: Any) -> str:
    s = nonempty_text(v)
    try:
        ZoneInfo(s)
    except (ZoneInfoNotFoundError, ValueError):
        raise Invalid(f"unknown time zone {s!r} (use a name like \"Europe/Berlin\")") from None
    return s


def show(v: Any) -> str:
    text = repr(v)
    return text if len(text) <= 40 else text[:37] + "..."
