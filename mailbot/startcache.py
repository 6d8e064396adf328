"""The parser's start-up work kept on disk between processes: what each pattern's gate needs.

Before a process parses its first mail, gates.py reads from each of the parser's ~300 patterns
the words every match needs (parsing/literals.py): about 1.6 s, paid again by every `run-once`
that cron or a systemd timer starts. The answers depend only on the pattern, its flags,
literals.py's code and Python's `re` parser, so one process writes them to a file and the
next reads them in a few milliseconds.

Where: `$MAILBOT_CACHE_DIR` (empty: no cache), else systemd's `$CACHE_DIRECTORY` (the units set
CacheDirectory=mailbot), else `$XDG_CACHE_HOME/mailbot`, else `~/.cache/mailbot`. The file's
name holds a hash of the code that computes the answers (literals.py, scan.py) and of Python's
version, so a new version of either never reads an old file. JSON, not pickle: reading the file cannot run code. Written whole to a
temporary file, then renamed (two processes at once leave one complete file), mode 0600.

A cache must never change an answer or stop the program: a missing, unreadable, truncated or
malformed file, or a folder that cannot be written, means the answers are computed as without
it. Nothing here is logged above DEBUG; the file holds patterns, never mail or personal data.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import json
import logging
import os
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

from . import pattern_answers

# the code the answers come from: the reading of patterns, the fold of its words, the records
_SOURCES = (Path(__file__).parent / "parsing" / "literals.py", Path(__file__).parent / "parsing" / "scan.py",
            Path(__file__).parent / "pattern_answers.py")

log = logging.getLogger(__name__)

_FORMAT = 1
_KEEP_DAYS = 30  # a file of another code version unused this long is removed (see _forget_old)
_MAX_BYTES = 32 * 1024 * 1024  # a file larger than this is not ours (today's is about 1 MB)
_loaded: Path | None = None
_installed = False


def cache_dir(environ=os.environ) -> Path | None:
    """The folder for the cache, or None when it is switched off (MAILBOT_CACHE_DIR="")."""
    explicit = environ.get("MAILBOT_CACHE_DIR")
    if explicit is not None:
        return Path(explicit) if explicit.strip() else None
    systemd = environ.get("CACHE_DIRECTORY")  # may list several, separated by ":"
    if systemd:
        return Path(systemd.split(":")[0])
    xdg = environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "mailbot"
    home = environ.get("HOME")
    return Path(home) / ".cache" / "mailbot" if home else None


def cache_file(folder: Path) -> Path:
    """The file for this code: a new literals.py, scan.py or Python never reads another's answers."""
    digest = hashlib.sha256()
    # the whole version: a patch release may change re's parser or the Unicode tables fold() reads
    digest.update(f"{_FORMAT} {sys.implementation.name} {sys.version} {unicodedata.unidata_version}".encode())
    for source in _SOURCES:
        digest.update(source.read_bytes())
    return folder / f"gates-{digest.hexdigest()[:16]}.json"


def install(environ=os.environ) -> None:
    """Read the kept answers (if any) when the parser first asks for one, and write new ones when the
    process ends. Once per process; a command that parses nothing reads nothing."""
    global _installed
    if _installed:
        return
    _installed = True
    pattern_answers.load_with(lambda: _load(environ))
    atexit.register(save)


def _load(environ) -> dict[tuple[str, int], dict[str, object]]:
    global _loaded
    try:
        folder = cache_dir(environ)
        if folder is None:
            return {}
        path = cache_file(folder)
    except (OSError, ValueError) as exc:  # no source to hash (a frozen build): no cache
        log.debug("no start-up cache: %s", exc)
        return {}
    _loaded = path
    records = read(path)
    if records:
        with contextlib.suppress(OSError):
            os.utime(path)  # in use: kept by _forget_old however long this version runs without writing
    return records


def read(path: Path) -> dict[tuple[str, int], dict[str, object]]:
    """The answers in path; {} when it is missing or not a well-formed cache of this format."""
    try:
        with open(path, "rb") as f:
            data = f.read(_MAX_BYTES + 1)
        if len(data) > _MAX_BYTES:
            return {}
        return _decode(json.loads(data))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, TypeError, KeyError) as exc:  # truncated, edited, not ours
        log.debug("start-up cache %s not used: %s", path, exc)
        return {}


def save() -> None:
    """Write the answers of the patterns this process used, when it had to compute any."""
    if _loaded is None:
        return
    fresh, records = pattern_answers.known()
    if not fresh or not records:
        return
    write(_loaded, records)


def write(path: Path, records: dict[tuple[str, int], dict[str, object]]) -> bool:
    """Write the records to path atomically (mode 0600); False when that was not possible."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gates-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(_encode(records), f, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        pattern_answers.mark_saved()
        _forget_old(path)
        return True
    except OSError as exc:  # read-only home, full disk: the next process computes them again
        log.debug("start-up cache %s not written: %s", path, exc)
        return False


def _forget_old(path: Path, now: float | None = None) -> None:
    """Remove the files of other code versions unused for _KEEP_DAYS (each upgrade writes a new one; a
    version still running touches its own file at each start, install)."""
    limit = (now if now is not None else time.time()) - _KEEP_DAYS * 86400
    for other in path.parent.glob("gates-*.json"):
        try:
            if other != path and other.stat().st_mtime < limit:
                other.unlink()
        except OSError:
            pass


# --- JSON form: frozensets and tuples are tagged, so a value reads back as it was --------------


def _encode_value(value):
    if isinstance(value, frozenset):
        return {"set": sorted(value)}
    if isinstance(value, tuple):
        return {"tuple": [_encode_value(v) for v in value]}
    if value is None or isinstance(value, (bool, int, str)):
        return value
    raise TypeError(f"cannot keep a {type(value).__name__}")


def _decode_value(value):
    if isinstance(value, dict):
        (tag, inner), = value.items()
        if tag == "set" and isinstance(inner, list) and all(isinstance(w, str) for w in inner):
            return frozenset(inner)
        if tag == "tuple" and isinstance(inner, list):
            return tuple(_decode_value(v) for v in inner)
        raise ValueError(f"unknown tag {tag!r}")
    if value is None or isinstance(value, (bool, int, str)):
        return value
    raise ValueError(f"unexpected {type(value).__name__}")


def _words(value) -> bool:
    return isinstance(value, frozenset)


def _words_or_none(value) -> bool:
    return value is None or _words(value)


# each answer literals.py keeps, and the shape of a good one: a file with anything else is not used
_SHAPES = {
    "_literals": _words_or_none,
    "_prefixes": _words_or_none,
    "_branch_prefixes": lambda v: v is None or (
        isinstance(v, tuple) and len(v) == 3 and _words(v[0]) and _words(v[1]) and isinstance(v[2], bool)),
    "_barriers": lambda v: v is None or (
        isinstance(v, tuple) and len(v) == 2 and _words(v[0]) and type(v[1]) is int),
    "_starts_with_digit_pattern": lambda v: isinstance(v, bool),
    "_caseless_pattern": lambda v: isinstance(v, bool),
}


def _encode(records) -> dict:
    return {"format": _FORMAT, "patterns": [
        {"pattern": pattern, "flags": flags, "answers": {k: _encode_value(v) for k, v in sorted(record.items())}}
        for (pattern, flags), record in sorted(records.items())]}


def _decode(data) -> dict[tuple[str, int], dict[str, object]]:
    if not isinstance(data, dict) or data.get("format") != _FORMAT:
        raise ValueError("not a start-up cache of this format")
    records = {}
    for item in data["patterns"]:
        pattern, flags, answers = item["pattern"], item["flags"], item["answers"]
        if not isinstance(pattern, str) or type(flags) is not int or not isinstance(answers, dict):
            raise ValueError("malformed entry")
        record = {}
        for field, value in answers.items():
            value = _decode_value(value)
            if field not in _SHAPES or not _SHAPES[field](value):
                raise ValueError(f"unexpected answer {field!r}")
            record[field] = value
        records[(pattern, flags)] = record
    return records
