"""`mailbot backup`: a consistent copy of the live database, safe while `serve` writes.

Copying the file with cp can catch a transaction half-written, and misses what still
sits in the -wal file. SQLite's online backup API copies a consistent snapshot
through a connection, whatever other processes do meanwhile. The copy is written
beside its final name with owner-only rights, checked with PRAGMA integrity_check,
and only then renamed into place: a failed backup never replaces a good one.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .errors import MailbotError

PREFIX = "mailbot-"  # backups in a folder are named mailbot-YYYYMMDD-HHMMSS.db


class BackupError(MailbotError):
    """The database could not be copied, or the copy did not pass its check."""


@dataclass(frozen=True)
class Backup:
    path: Path
    size: int
    removed: tuple[Path, ...] = ()  # older backups removed by `keep`


def backup_database(source: str | os.PathLike, dest: str | os.PathLike, *, keep: int | None = None,
                    now: dt.datetime | None = None) -> Backup:
    """Copy `source` to `dest` (a file, or a folder that gets a dated file); mode 0600.

    `keep`: in a folder, keep only the newest `keep` mailbot-*.db backups.
    """
    source, dest = Path(source), Path(dest)
    if not source.is_file():
        raise BackupError(f"no database at {source} (check [database].path)")
    if dest.is_dir():
        stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
        target = dest / f"{PREFIX}{stamp}.db"
    else:
        target = dest
        if not target.parent.is_dir():
            raise BackupError(f"folder {target.parent} does not exist")
    if target.resolve() == source.resolve():
        raise BackupError(f"{target} is the live database itself; choose another file or folder")
    partial = target.with_name(f".{target.name}.partial")
    _copy(source, partial)
    os.replace(partial, target)
    removed = _prune(target.parent, keep) if keep and dest.is_dir() else ()
    return Backup(target, target.stat().st_size, removed)


def _copy(source: Path, partial: Path) -> None:
    partial.unlink(missing_ok=True)
    try:
        # Created owner-only before SQLite opens it: the copy holds the same personal data.
        os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        live = sqlite3.connect(str(source), timeout=60)
        copy = sqlite3.connect(str(partial))
    except OSError as exc:
        raise BackupError(f"cannot write {partial}: {exc.strerror}") from None
    try:
        live.execute("PRAGMA busy_timeout = 60000")
        # pages=-1 (the default): the whole database in one step, under one read snapshot;
        # a writer in another process goes on writing into its WAL meanwhile.
        live.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
        result = copy.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise BackupError(f"the copy failed PRAGMA integrity_check: {result}")
    except sqlite3.Error as exc:
        raise BackupError(f"backup of {source} failed: {exc}") from None
    finally:
        copy.close()
        live.close()
    if not partial.exists():  # pragma: no cover - SQLite removed it: nothing to rename
        raise BackupError(f"the copy {partial} vanished")
    partial.chmod(0o600)


def _prune(folder: Path, keep: int) -> tuple[Path, ...]:
    backups = sorted(folder.glob(f"{PREFIX}*.db"))  # the dated names sort by time
    old = backups[:-keep] if keep < len(backups) else []
    for path in old:
        path.unlink(missing_ok=True)
    return tuple(old)
