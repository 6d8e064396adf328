"""Answers about regular expressions, kept per pattern: computed once per process, or given.

parsing/literals.py reads from each pattern the words every match needs (the parser's gates).
Those answers are a pure function of (pattern, flags) and of literals.py's code, and reading
them from the parse trees costs about 1.6 s for the parser's ~300 patterns, paid by every
process that parses (each `run-once` from cron). They are kept here, one record per pattern,
so that the program's edge (startcache.py) can keep them on disk between processes without
importing the parser. Pure: no I/O.
"""

from __future__ import annotations

import functools

_RECORDS: dict[tuple[str, int], dict[str, object]] = {}
_USED: set[tuple[str, int]] = set()  # the patterns this process asked about
_fresh = 0  # answers computed (not given) in this process and not yet kept
_loader = None  # gives the kept answers on the first question (startcache.install): no read for `status`


def recorded(func):
    """func(pattern, flags), kept in the pattern's record under func's name (given by
    `remember`, or computed once)."""
    field = func.__name__

    @functools.wraps(func)
    def answer(pattern: str, flags: int):
        global _fresh
        if _loader is not None:
            _load()
        key = (pattern, flags)
        _USED.add(key)
        record = _RECORDS.get(key)
        if record is None:
            record = _RECORDS[key] = {}
        if field in record:
            return record[field]
        value = record[field] = func(pattern, flags)
        _fresh += 1
        return value

    answer.field = field  # (startcache.py checks the kept answers' shapes by this name)
    return answer


def load_with(loader) -> None:
    """loader() gives the kept answers (see `remember`); called once, when the first pattern is asked about,
    so that a command that parses nothing reads nothing."""
    global _loader
    _loader = loader


def _load() -> None:
    global _loader
    loader, _loader = _loader, None
    remember(loader())


def remember(records: dict[tuple[str, int], dict[str, object]]) -> None:
    """Take answers computed by an earlier process (same code: see startcache.py) as known."""
    for key, record in records.items():
        _RECORDS.setdefault(key, {}).update(record)


def mark_saved() -> None:
    """The answers computed so far are kept (by startcache.py): none is fresh any more."""
    global _fresh
    _fresh = 0


def known() -> tuple[int, dict[tuple[str, int], dict[str, object]]]:
    """(how many answers this process computed and did not keep yet, the records of the patterns it
    asked about)."""
    return _fresh, {key: dict(_RECORDS[key]) for key in _USED if key in _RECORDS}
