"""A local Maildir as a mailbox: the same interface as ImapMailbox (see mailbox.py).

For the demo, and for hosts where mail is delivered to the same machine.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import fcntl
import logging
import mailbox as stdlib_mailbox
import os
import re
import stat
import threading
import time
from pathlib import Path
from typing import Iterable, Iterator

from .errors import ServerError
from .mailbox_base import FetchedMail, MailboxBase, batches, describe_oserror

log = logging.getLogger(__name__)


UIDLIST = ".mailbot-uidlist"  # like dovecot-uidlist: "V<uidvalidity> N<next uid>", then "<uid> <key>"
RETRY_LIST = ".mailbot-unreadable"  # UIDs of files that could not be read: tried again each pass
MAILDIR_FLAGS = {"S": "\\Seen", "R": "\\Answered", "F": "\\Flagged", "T": "\\Deleted", "D": "\\Draft"}


class MaildirMailbox(MailboxBase):
    """A local Maildir (for the demo, and hosts where mail is delivered locally).

    UIDs come from a small list file in the Maildir (UIDLIST): a mail gets the next
    UID the first time it is seen, in delivery order, and keeps it. Maildir has no
    portable keywords, so mark_handled moves a mail from new/ to cur/ without the
    Seen flag: exactly what a mail client does with a mail it showed but nobody read.
    """

    def __init__(self, path: str | os.PathLike, poll_interval: float = 0.5):
        super().__init__()
        self.path = Path(path)
        self.folder = str(self.path)
        self.poll_interval = poll_interval
        self._box: stdlib_mailbox.Maildir | None = None
        self._validity = 0
        self._next_uid = 1
        self._uids: dict[str, int] = {}  # Maildir key -> uid

    def open(self) -> None:
        """Open (and create if needed) the Maildir and its UID list."""
        try:
            self._box = stdlib_mailbox.Maildir(self.path, create=True)
            self._refresh()  # UIDs exist from the start, as on an IMAP server
        except OSError as exc:
            raise ServerError(f"Maildir {self.path}: {describe_oserror(exc)}") from None

    def close(self) -> None:
        if self._box is not None:
            self._box.close()
            self._box = None

    @property
    def is_open(self) -> bool:
        return self._box is not None

    @property
    def box(self) -> stdlib_mailbox.Maildir:
        if self._box is None:
            raise ServerError(f"Maildir {self.path}: not open (call open() first)")
        return self._box

    def _load_uidlist(self) -> None:
        path = self.path / UIDLIST
        if not path.exists():
            # like Dovecot: a new list gets the current time as its UIDVALIDITY
            self._validity, self._next_uid, self._uids = int(time.time()), 1, {}
            self._save_uidlist()
            return
        header, *lines = path.read_text(encoding="utf-8").splitlines()
        m = re.fullmatch(r"V(\d+) N(\d+)", header.strip())
        if not m:
            raise ServerError(f"Maildir {self.path}: {UIDLIST} is damaged (first line {header!r})")
        self._validity, self._next_uid = int(m.group(1)), int(m.group(2))
        self._uids = {key: int(uid) for uid, key in (line.split(" ", 1) for line in lines if line.strip())}

    def _save_uidlist(self) -> None:
        text = f"V{self._validity} N{self._next_uid}\n" + "".join(
            f"{uid} {key}\n" for key, uid in sorted(self._uids.items(), key=lambda kv: kv[1]))
        tmp = self.path / (UIDLIST + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, self.path / UIDLIST)  # atomic: a crash leaves the old or the new list

    def _refresh(self) -> list[str]:
        """Give new mails the next UIDs (in delivery order), forget deleted ones; return the new keys.

        Under a lock and from the file, so two instances (worker and watcher) agree.
        """
        with open(self.path / (UIDLIST + ".lock"), "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            self._load_uidlist()
            self.box._refresh()  # noqa: SLF001 - Maildir caches its listing for 2 s otherwise
            keys = set(self.box.keys())
            new = sorted(keys - self._uids.keys(), key=lambda k: (self._mtime(k), k))
            gone = self._uids.keys() - keys
            if not new and not gone:
                return []
            for key in gone:
                del self._uids[key]
            for key in new:
                self._uids[key] = self._next_uid
                self._next_uid += 1
            self._save_uidlist()
            return new

    def _mtime(self, key: str) -> float:
        # lstat: a dangling link or a FIFO has a time too, and must not stop the listing
        return os.lstat(self.path / self.box._lookup(key)).st_mtime  # noqa: SLF001

    def uidvalidity(self) -> int:
        return self._validity

    def fetch_new(self, after_uid: int, batch_size: int | None = None) -> Iterator[list[FetchedMail]]:
        """Mails with UID > after_uid, oldest first, in batches; files unreadable before are tried again."""
        self._refresh()
        by_uid = {uid: key for key, uid in self._uids.items() if uid > after_uid}
        by_uid.update((uid, key) for key, uid in self._uids.items() if uid in self._retry_uids())
        for chunk in batches(sorted(by_uid), batch_size or 100):
            batch = [m for m in (self._read(uid, by_uid[uid]) for uid in chunk) if m is not None]
            yield batch

    def _read(self, uid: int, key: str) -> FetchedMail | None:
        """The file's bytes; flags from its name, date from its mtime: the mail itself is never parsed.

        (The stdlib's get_message parses the whole mail: one with 1,000 nested parts raised
        RecursionError and stopped every pass.) A file that cannot be read is logged, left
        in the Maildir and tried again next pass; the pass goes on with the others.
        """
        try:
            path = self.path / self.box._lookup(key)  # noqa: SLF001 - the file, not a parsed message
            raw, mtime = _read_file(path)
        except KeyError:  # deleted meanwhile
            return None
        except OSError as exc:
            if not os.path.lexists(path):  # deleted meanwhile
                self._set_retry(uid, False)
                return None
            log.warning("Maildir %s: cannot read %s (%s); left there, tried again next pass",
                        self.path, key, describe_oserror(exc))
            self._set_retry(uid, True)
            return None
        self._set_retry(uid, False)
        flags = tuple(MAILDIR_FLAGS[f] for f in _info_flags(path.name) if f in MAILDIR_FLAGS)
        date = dt.datetime.fromtimestamp(mtime, dt.timezone.utc)
        return FetchedMail(uid=uid, raw=raw, flags=flags, internaldate=date, size=len(raw))

    def _retry_uids(self) -> set[int]:
        try:
            text = (self.path / RETRY_LIST).read_text(encoding="utf-8")
        except FileNotFoundError:
            return set()
        return {int(word) for word in text.split() if word.isdigit()}

    def _set_retry(self, uid: int, unreadable: bool) -> None:
        """Keep (or drop) a UID on the list of files to read again (under the UID list's lock)."""
        uids = self._retry_uids()
        if (uid in uids) == unreadable:
            return
        with open(self.path / (UIDLIST + ".lock"), "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            uids = self._retry_uids()
            uids = uids | {uid} if unreadable else uids - {uid}
            tmp = self.path / (RETRY_LIST + ".tmp")
            tmp.write_text("".join(f"{u}\n" for u in sorted(uids)), encoding="utf-8")
            os.replace(tmp, self.path / RETRY_LIST)

    def _keys(self, uids: Iterable[int]) -> list[str]:
        wanted = set(uids)
        return [key for key, uid in self._uids.items() if uid in wanted]

    def mark_handled(self, uids: Iterable[int]) -> None:
        """Move the mails from new/ to cur/, keeping them unread (a rename: the mail is not parsed)."""
        for key in self._keys(uids):
            with contextlib.suppress(KeyError, FileNotFoundError):
                subpath = self.box._lookup(key)  # noqa: SLF001
                folder, name = os.path.split(subpath)
                if folder == "new":
                    target = name if self.box.colon in name else name + self.box.colon + "2,"
                    os.rename(self.path / subpath, self.path / "cur" / target)
                    self.box._toc[key] = os.path.join("cur", target)  # noqa: SLF001 - keep the listing right

    def delete(self, uids: Iterable[int]) -> None:
        for key in self._keys(uids):
            self.box.discard(key)
        self._refresh()

    def append_sent(self, raw: bytes) -> bool:
        """A Maildir backend keeps no Sent copies (the outdir holds them)."""
        return False

    def wait_for_news(self, timeout: float, stop: threading.Event | None = None) -> bool:
        """Poll new/ until a mail without a UID appears (True) or timeout / stop (False)."""
        stop = stop or self.stop
        deadline = time.monotonic() + timeout
        while True:
            # UIDs are given now, so each mail is news once (here or in another instance)
            if self._unknown_in_new() and self._refresh():
                return True
            left = deadline - time.monotonic()
            if left <= 0 or stop.wait(min(self.poll_interval, left)):
                return False

    def _unknown_in_new(self) -> bool:
        try:
            names = os.listdir(self.path / "new")
        except FileNotFoundError:
            return False
        return any(name.split(":", 1)[0] not in self._uids for name in names if not name.startswith("."))


def _read_file(path: Path) -> tuple[bytes, float]:
    """(bytes, mtime) of a regular file; OSError for anything else (a FIFO would block a plain open)."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        with os.fdopen(fd, "rb", closefd=False) as fh:
            return fh.read(), info.st_mtime
    finally:
        os.close(fd)


def _info_flags(name: str) -> str:
    """The flag letters of a Maildir file name ("1234.host:2,RS" -> "RS")."""
    _base, sep, info = name.rpartition(":2,")
    return info if sep else ""
