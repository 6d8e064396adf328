"""Where mail comes from: an IMAP folder (imapclient) or a local Maildir, behind one interface.

Both backends offer the same methods, so the worker does not care which one runs:

    with open_mailbox(config) as box:
        validity = box.uidvalidity()
        for batch in box.fetch_new(after_uid=last_uid, batch_size=100):
            ...                          # store each FetchedMail before acting on it
        box.mark_handled([uid, ...])     # keyword and/or move; never marks a mail read
        box.wait_for_news(timeout=540)   # IMAP IDLE / polling; box.stop.set() ends it early

UIDs only grow within one uidvalidity(); when that number changes, every UID
the caller remembers is void and the folder must be read again from 0.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import imaplib
import logging
import re
import ssl
import threading
import time
from dataclasses import dataclass
from typing import Iterable, Iterator

from imapclient import IMAPClient, SocketTimeout
from imapclient.exceptions import LoginError as ImapLoginError

from .config import Config, Imap
from .errors import LoginError, ServerError

log = logging.getLogger(__name__)

FETCH_ITEMS = ["BODY.PEEK[]", "FLAGS", "INTERNALDATE", "RFC822.SIZE"]
IDLE_POLL = 0.5  # seconds between checks of the stop event while in IDLE


@dataclass(frozen=True)
class FetchedMail:
    """One mail as fetched: the raw bytes plus what the server knows about it."""

    uid: int
    raw: bytes
    flags: tuple[str, ...] = ()
    internaldate: dt.datetime | None = None  # aware, UTC
    size: int = 0


class _MailboxBase:
    """Context manager support and the stop event shared by both backends."""

    def __init__(self) -> None:
        # set from another thread (e.g. a SIGTERM handler) to end wait_for_news early
        self.stop = threading.Event()

    def open(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def close(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    @property
    def is_open(self) -> bool:  # pragma: no cover - overridden
        raise NotImplementedError

    def __enter__(self):
        if not self.is_open:
            self.open()
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _batches(items: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


UIDS_PER_COMMAND = 500  # servers limit a command line (Dovecot: 64 kB); a big pass marks in several


def uid_sets(uids: Iterable[int], per_command: int = UIDS_PER_COMMAND) -> Iterator[str]:
    """IMAP sequence sets ("3:7,9") of at most per_command UIDs each, consecutive UIDs as ranges."""
    ordered = sorted(set(uids))
    for chunk in _batches(ordered, per_command):
        parts, start, prev = [], chunk[0], chunk[0]
        for uid in chunk[1:] + [None]:
            if uid is not None and uid == prev + 1:
                prev = uid
                continue
            parts.append(str(start) if start == prev else f"{start}:{prev}")
            if uid is not None:
                start = prev = uid
        yield ",".join(parts)


def tls_context(ca_file: str | None) -> ssl.SSLContext:
    """A verifying TLS client context; with ca_file, trust that CA instead of the system's."""
    return ssl.create_default_context(cafile=ca_file)


def describe_oserror(exc: OSError) -> str:
    """A short reason for a socket/TLS error, for one-line messages."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"TLS certificate verification failed ({exc.verify_message})"
    if isinstance(exc, ssl.SSLError):
        return f"TLS error ({exc.reason or exc})"
    if isinstance(exc, TimeoutError):
        return "timed out"
    return exc.strerror or str(exc) or exc.__class__.__name__


# --- IMAP ----------------------------------------------------------------------------


class ImapMailbox(_MailboxBase):
    """One IMAP folder over imapclient. open() connects, logs in and selects the folder."""

    def __init__(self, settings: Imap):
        super().__init__()
        self.settings = settings
        self.folder = settings.folder
        self.where = f"IMAP server {settings.host}:{settings.port}"
        self._client: IMAPClient | None = None
        self._selected: dict = {}
        self._highest_uid = 0  # highest UID this connection has seen, for wait_for_news

    # -- connection --

    def open(self) -> None:
        """Connect, log in and select the folder; ServerError / LoginError on failure."""
        self.close()
        client = self._connect()
        try:
            self._login(client)
            with self._errors("cannot select folder " + repr(self.folder)):
                self._selected = client.select_folder(self.folder)
        except BaseException:
            _drop(client)
            raise
        client.normalise_times = False  # keep INTERNALDATE's zone; we convert to UTC
        self._client = client
        self._highest_uid = int(self._selected.get(b"UIDNEXT", 1)) - 1

    def _connect(self) -> IMAPClient:
        s = self.settings
        context = tls_context(s.ca_file) if s.security != "none" else None
        timeout = SocketTimeout(connect=s.timeout, read=s.timeout)
        try:
            client = IMAPClient(s.host, s.port, ssl=s.security == "ssl", ssl_context=context, timeout=timeout)
        except OSError as exc:
            raise ServerError(f"{self.where}: cannot connect: {describe_oserror(exc)}") from None
        except imaplib.IMAP4.error as exc:
            raise ServerError(f"{self.where}: unexpected greeting: {exc}") from None
        if s.security == "starttls":
            try:
                client.starttls(context)
            except (OSError, imaplib.IMAP4.error) as exc:
                _drop(client)
                reason = describe_oserror(exc) if isinstance(exc, OSError) else str(exc)
                raise ServerError(f"{self.where}: STARTTLS failed: {reason}") from None
        return client

    def _login(self, client: IMAPClient) -> None:
        s = self.settings
        secret = s.secret() or ""
        try:
            with self._errors("login failed"):
                if s.auth == "xoauth2":
                    client.oauth2_login(s.username, secret)
                elif secret.isascii():
                    client.login(s.username, secret)
                else:
                    # LOGIN is ASCII-only in imaplib; SASL PLAIN carries UTF-8
                    client.plain_login(s.username, secret)
        except ImapLoginError as exc:
            reason = _server_text(exc).replace(secret, "***") if secret else _server_text(exc)
            raise LoginError(f"{self.where}: login as {s.username!r} refused: {reason}") from None

    def close(self) -> None:
        """Log out; safe to call twice and after the connection dropped."""
        client, self._client = self._client, None
        if client is not None:
            _drop(client, logout=True)

    @contextlib.contextmanager
    def _errors(self, doing: str):
        """Turn socket and protocol errors into ServerError naming host:port."""
        try:
            yield
        except ImapLoginError:
            raise
        except OSError as exc:
            raise ServerError(f"{self.where}: {doing}: {describe_oserror(exc)}") from None
        except imaplib.IMAP4.error as exc:
            raise ServerError(f"{self.where}: {doing}: {_server_text(exc)}") from None

    @property
    def is_open(self) -> bool:
        return self._client is not None

    @property
    def client(self) -> IMAPClient:
        if self._client is None:
            raise ServerError(f"{self.where}: not connected (call open() first)")
        return self._client

    # -- reading --

    def uidvalidity(self) -> int:
        """The folder's UIDVALIDITY from the last SELECT."""
        self.client  # noqa: B018 - raises ServerError when not connected
        return int(self._selected[b"UIDVALIDITY"])

    def fetch_new(self, after_uid: int, batch_size: int | None = None) -> Iterator[list[FetchedMail]]:
        """Mails with UID > after_uid, oldest first, in batches; nothing is marked read."""
        batch_size = batch_size or self.settings.batch_size
        with self._errors("search failed"):
            found = self.client.search(["UID", f"{after_uid + 1}:*"])
        # "n:*" always matches the last mail, even when its UID is below n
        uids = sorted(uid for uid in found if uid > after_uid)
        self._highest_uid = max([self._highest_uid, *uids])
        for chunk in _batches(uids, batch_size):
            with self._errors("fetch failed"):
                data = self.client.fetch(chunk, FETCH_ITEMS)
            # a mail expunged between SEARCH and FETCH is simply missing
            yield [_fetched(uid, data[uid]) for uid in chunk if uid in data]

    # -- changing --

    def mark_handled(self, uids: Iterable[int]) -> None:
        """Add the keyword (if the server keeps keywords) and move to move_to (if set)."""
        keyword = self.settings.keyword
        if keyword and not self._keywords_allowed(keyword):
            log.info("%s: folder %r keeps no keywords; %s not set", self.where, self.folder, keyword)
            keyword = None
        with self._errors("cannot mark mails as handled"):
            for uid_set in uid_sets(uids):
                if keyword:
                    self.client.add_flags(uid_set, [keyword], silent=True)
                if self.settings.move_to:
                    self._move(uid_set, self.settings.move_to)

    def _keywords_allowed(self, keyword: str) -> bool:
        permanent = self._selected.get(b"PERMANENTFLAGS", ())
        return b"\\*" in permanent or keyword.encode() in permanent

    def _move(self, uid_set: str, folder: str) -> None:
        self._ensure_folder(folder)
        if self.client.has_capability("MOVE"):
            self.client.move(uid_set, folder)
        else:
            self.client.copy(uid_set, folder)
            self._expunge(uid_set)

    def _expunge(self, uid_set: str) -> None:
        self.client.add_flags(uid_set, [b"\\Deleted"], silent=True)
        if self.client.has_capability("UIDPLUS"):
            self.client.uid_expunge(uid_set)
        else:  # without UIDPLUS this also removes other mails a person flagged \Deleted
            self.client.expunge()

    def _ensure_folder(self, folder: str) -> None:
        if not self.client.folder_exists(folder):
            self.client.create_folder(folder)
            # subscribed, so the coordinator's mail client shows it
            with contextlib.suppress(imaplib.IMAP4.error):
                self.client.subscribe_folder(folder)

    def delete(self, uids: Iterable[int]) -> None:
        """Delete mails for good (retention); only these UIDs are expunged where possible."""
        with self._errors("cannot delete mails"):
            for uid_set in uid_sets(uids):
                self._expunge(uid_set)

    def delete_by_message_id(self, folder: str, message_ids: Iterable[str]) -> int:
        """Delete the mails with exactly these Message-IDs in another folder (move_to, Sent); how many went.

        For forget with delete_imap: a handled mail moved to move_to has a new UID there,
        and Sent copies were appended without one. SEARCH HEADER matches substrings, so
        each hit's Message-ID is compared exactly before it is deleted.
        """
        wanted = {m.strip() for m in message_ids if m and m.strip()}
        if not wanted:
            return 0
        with self._errors(f"cannot delete erased mails in {folder!r}"):
            if not self.client.folder_exists(folder):
                return 0
            self.client.select_folder(folder)
            try:
                hits = set()
                for mid in wanted:
                    hits.update(self.client.search(["HEADER", "Message-ID", mid]))
                fetched = self.client.fetch(sorted(hits), ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"]) if hits else {}
                exact = [uid for uid, data in fetched.items() if _message_id_of(data) in wanted]
                for uid_set in uid_sets(exact):
                    self._expunge(uid_set)
                return len(exact)
            finally:
                self.client.select_folder(self.folder)

    def append_sent(self, raw: bytes) -> bool:
        """Put a copy of a sent mail in sent_folder (marked read); False when none is set."""
        folder = self.settings.sent_folder
        if not folder:
            return False
        with self._errors(f"cannot append to {folder!r}"):
            self._ensure_folder(folder)
            self.client.append(folder, raw, flags=[b"\\Seen"])
        return True

    # -- waiting --

    def wait_for_news(self, timeout: float, stop: threading.Event | None = None) -> bool:
        """IDLE until the server reports new mail (True) or timeout / stop (False).

        Returns within about IDLE_POLL seconds after `stop` (or self.stop) is set.
        Renew well before the 29 minutes after which servers may drop an idle client.
        """
        stop = stop or self.stop
        deadline = time.monotonic() + timeout
        with self._errors("IDLE failed"):
            # a mail that came during our last commands was announced then, not in IDLE
            if self._unseen_uids():
                return True
            self.client.idle()
            try:
                news = self._idle_loop(deadline, stop)
            finally:
                late = self.client.idle_done()[1] if self._client is not None else []
            if news or _has_news(late):
                self._unseen_uids()  # remember what was announced: report each mail once
                return True
            return False

    def _unseen_uids(self) -> list[int]:
        """UIDs above any this connection has seen; they count as seen from now on."""
        found = self.client.search(["UID", f"{self._highest_uid + 1}:*"])
        new = [uid for uid in found if uid > self._highest_uid]
        self._highest_uid = max([self._highest_uid, *new])
        return new

    def _idle_loop(self, deadline: float, stop: threading.Event) -> bool:
        quick_empty = 0
        while not stop.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            wait = min(IDLE_POLL, left)
            started = time.monotonic()
            responses = self.client.idle_check(timeout=wait)
            if _has_news(responses):
                return True
            if any(r and r[0] == b"BYE" for r in responses):
                self._lost("server said BYE during IDLE")
            # a readable socket with nothing to read means the peer closed it
            quick_empty = quick_empty + 1 if not responses and time.monotonic() - started < wait / 2 else 0
            if quick_empty >= 3:
                self._lost("connection closed during IDLE")
        return False

    def _lost(self, why: str) -> None:
        self.close()
        raise ServerError(f"{self.where}: {why}")


def _has_news(responses) -> bool:
    """EXISTS or RECENT (n > 0) in IDLE responses means new mail may have arrived."""
    for response in responses:
        if len(response) >= 2 and response[1] in (b"EXISTS", b"RECENT") and isinstance(response[0], int):
            if response[1] == b"EXISTS" or response[0] > 0:
                return True
    return False


def _fetched(uid: int, item: dict) -> FetchedMail:
    date = item.get(b"INTERNALDATE")
    if isinstance(date, dt.datetime):
        date = date.astimezone(dt.timezone.utc) if date.tzinfo else date.replace(tzinfo=dt.timezone.utc)
    flags = tuple(f.decode(errors="replace") if isinstance(f, bytes) else str(f) for f in item.get(b"FLAGS", ()))
    raw = item.get(b"BODY[]") or b""
    return FetchedMail(uid=uid, raw=raw, flags=flags, internaldate=date, size=int(item.get(b"RFC822.SIZE", len(raw))))


def _server_text(exc: Exception) -> str:
    """imaplib puts the server's bytes in the message as b'...'; unwrap them."""
    text = str(exc)
    m = re.fullmatch(r"b(['\"])(.*)\1", text)
    return m.group(2) if m else text


def _drop(client: IMAPClient, logout: bool = False) -> None:
    """Close a connection whatever state it is in, without raising."""
    if logout:
        try:
            client.logout()
            return
        except Exception:  # noqa: BLE001 - a dead connection cannot log out
            pass
    with contextlib.suppress(Exception):
        client.shutdown()


def _message_id_of(data: dict) -> str:
    header = next((v for k, v in data.items() if k.startswith(b"BODY")), b"")
    value = header.decode("utf-8", "replace").split(":", 1)[-1] if b":" in header else ""
    return " ".join(value.split())


def open_mailbox(config: Config) -> ImapMailbox | MaildirMailbox:
    """The configured mailbox, not yet connected: call open(), or use it in `with`."""
    if config.imap is not None:
        return ImapMailbox(config.imap)
    return MaildirMailbox(config.maildir)


from .maildir import MaildirMailbox  # noqa: E402 - the second backend builds on the classes above
