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

Servers differ (Dovecot, Cyrus, Courier, Exchange, Gmail). What the server offers
decides how mailbot works with it, never the other way round (see ServerMethods):
MOVE, else UID COPY + UID EXPUNGE (UIDPLUS), else handled mails stay where they are;
IDLE, else polling every poll_seconds; folder names go through the server's
personal namespace ("Erledigt" becomes "INBOX.Erledigt" on Courier). A plain
EXPUNGE is never sent: it would also remove mails a person flagged \\Deleted.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import imaplib
import logging
import re
import threading
import time
from dataclasses import dataclass
from typing import Iterable, Iterator

from imapclient import IMAPClient, SocketTimeout
from imapclient.exceptions import LoginError as ImapLoginError

from .config import Config, Imap
from .errors import LoginError, RefusedError, ServerError
from .mailbox_base import FetchedMail, MailboxBase, batches, describe_oserror, tls_context
from .maildir import MaildirMailbox

log = logging.getLogger(__name__)

FETCH_ITEMS = ["BODY.PEEK[]", "FLAGS", "INTERNALDATE", "RFC822.SIZE"]
FETCH_BYTES = 20 * 1024 * 1024  # bytes per FETCH at most: 100 large attachments never arrive in one answer
IDLE_POLL = 0.5  # seconds between checks of the stop event while in IDLE


UIDS_PER_COMMAND = 500  # servers limit a command line (Dovecot: 64 kB); a big pass marks in several


def uid_sets(uids: Iterable[int], per_command: int = UIDS_PER_COMMAND) -> Iterator[str]:
    """IMAP sequence sets ("3:7,9") of at most per_command UIDs each, consecutive UIDs as ranges."""
    ordered = sorted(set(uids))
    for chunk in batches(ordered, per_command):
        parts, start, prev = [], chunk[0], chunk[0]
        for uid in chunk[1:] + [None]:
            if uid is not None and uid == prev + 1:
                prev = uid
                continue
            parts.append(str(start) if start == prev else f"{start}:{prev}")
            if uid is not None:
                start = prev = uid
        yield ",".join(parts)


def size_batches(sizes: Iterable[tuple[int, int]], max_count: int, max_bytes: int = FETCH_BYTES) -> Iterator[list[int]]:
    """UIDs in the given order, in batches of at most max_count mails and max_bytes bytes.

    `sizes` are (uid, RFC822.SIZE) pairs. A mail bigger than max_bytes is a batch of its
    own, so it is still fetched (alone) rather than never.
    """
    batch: list[int] = []
    total = 0
    for uid, size in sizes:
        if batch and (len(batch) >= max_count or total + size > max_bytes):
            yield batch
            batch, total = [], 0
        batch.append(uid)
        total += size
    if batch:
        yield batch


@dataclass(frozen=True)
class ServerMethods:
    """How mailbot works with one server, decided from what it offers (pure: see choose_methods)."""

    move: str  # "MOVE", "UIDPLUS" (UID COPY + UID STORE \\Deleted + UID EXPUNGE) or "keep" (never delete)
    keyword: bool  # the keyword can be stored on the server (PERMANENTFLAGS has \\* or the keyword)
    wait: str  # "IDLE" or "poll"
    expunge: bool  # UID EXPUNGE is available: only our own mails can be removed
    notes: tuple[str, ...] = ()  # what a person should know about every pass, one sentence each


def choose_methods(capabilities: Iterable[str], permanent_flags: Iterable[str], *, keyword: str | None,
                   move_to: str | None, folder: str = "INBOX") -> ServerMethods:
    """Pick MOVE / UIDPLUS / keep, keyword or database only, IDLE or polling, and say why."""
    caps = {c.upper() for c in capabilities}
    permanent = set(permanent_flags)
    expunge = "UIDPLUS" in caps
    notes = []
    if "MOVE" in caps:
        move = "MOVE"
    elif expunge:
        move = "UIDPLUS"
    else:
        move = "keep"
        if move_to:
            notes.append(f"the server offers neither MOVE nor UIDPLUS: handled mails stay in {folder!r} instead "
                         f"of moving to {move_to!r} (deleting them there would need a plain EXPUNGE, which "
                         "also removes mails a person flagged \\Deleted)")
    can_keyword = bool(keyword) and ("\\*" in permanent or keyword in permanent)
    if keyword and not can_keyword:
        notes.append(f"the server keeps no keywords in {folder!r}: handled mails are not marked {keyword} "
                     "on the server, only in mailbot's database")
    wait = "IDLE" if "IDLE" in caps else "poll"  # serve says so itself (runner.py): run-once never waits
    return ServerMethods(move=move, keyword=can_keyword, wait=wait, expunge=expunge, notes=tuple(notes))


def server_folder_name(name: str, prefix: str, separator: str | None) -> str:
    """A configured folder name as this server spells it.

    "INBOX" is always INBOX. Levels may be written with "/" in the config; they get the
    server's separator. A name outside the personal namespace gets its prefix:
    "Erledigt" is "INBOX.Erledigt" where the namespace is "INBOX." (Courier, old Cyrus).
    """
    if name.upper() == "INBOX":
        return "INBOX"
    if separator and separator != "/":
        name = name.replace("/", separator)
    if not prefix or name.startswith(prefix):
        return name
    if prefix.upper().startswith("INBOX") and name.upper().startswith(prefix.upper()):
        return prefix + name[len(prefix):]  # "inbox.Erledigt": INBOX is case-insensitive
    return prefix + name


# one line per fact per process: a serve running for weeks says each of them once
_said: set[str] = set()


def say_once(text: str, level: int = logging.INFO) -> bool:
    """Log text the first time this process sees it; True when it was logged now."""
    if text in _said:
        return False
    _said.add(text)
    log.log(level, "%s", text)
    return True


# --- IMAP ----------------------------------------------------------------------------


class ImapMailbox(MailboxBase):
    """One IMAP folder over imapclient. open() connects, logs in and selects the folder."""

    def __init__(self, settings: Imap):
        super().__init__()
        self.settings = settings
        self.folder = settings.folder  # as the server spells it, once open() has looked
        self.where = f"IMAP server {settings.host}:{settings.port}"
        self._client: IMAPClient | None = None
        self._selected: dict = {}
        self._highest_uid = 0  # highest UID this connection has seen, for wait_for_news
        self.methods: ServerMethods | None = None  # set by open()
        self.namespace: tuple[str, str | None] = ("", None)  # personal (prefix, separator)
        self._folders: dict[str, str] = {}  # configured name -> server name, checked or created
        self._idle_refused = False

    # -- connection --

    def open(self) -> None:
        """Connect, log in and select the folder; ServerError / LoginError on failure."""
        self.connect()
        try:
            self.select()
        except BaseException:
            self.close()
            raise

    def connect(self) -> None:
        """Connect, log in and read the personal namespace (open() without selecting the folder)."""
        self.close()
        client = self._connect()
        try:
            self._login(client)
            self._client = client
            self.namespace = self._personal_namespace()
            self._folders = {}
        except BaseException:
            self._client = None
            _drop(client)
            raise
        client.normalise_times = False  # keep INTERNALDATE's zone; we convert to UTC

    def select(self) -> None:
        """Select the configured folder (through the namespace) and decide the methods for it."""
        self.folder = self._server_name(self.settings.folder)
        named = "" if self.folder == self.settings.folder else f" ([imap] folder = {self.settings.folder!r})"
        with self._errors(f"cannot select folder {self.folder!r}{named}"):
            self._selected = self.client.select_folder(self.folder)
        self._highest_uid = int(self._selected.get(b"UIDNEXT", 1)) - 1
        self.methods = choose_methods(
            self.capabilities(), _texts(self._selected.get(b"PERMANENTFLAGS", ())),
            keyword=self.settings.keyword, move_to=self.settings.move_to, folder=self.folder)

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
        """Socket and protocol errors as ServerError naming host:port; a refusal as RefusedError.

        A refusal (NO / BAD) leaves the connection usable: it is not a lost connection.
        """
        try:
            yield
        except ImapLoginError:
            raise
        except OSError as exc:
            raise ServerError(f"{self.where}: {doing}: {describe_oserror(exc)}") from None
        except imaplib.IMAP4.abort as exc:
            raise ServerError(f"{self.where}: {doing}: {_server_text(exc)}") from None
        except imaplib.IMAP4.error as exc:
            raise RefusedError(f"{self.where}: {doing}: {_server_text(exc)}") from None

    @property
    def is_open(self) -> bool:
        return self._client is not None

    @property
    def client(self) -> IMAPClient:
        if self._client is None:
            raise ServerError(f"{self.where}: not connected (call open() first)")
        return self._client

    def capabilities(self) -> list[str]:
        """What the server offers after login, upper case ("IDLE", "MOVE", "UIDPLUS", ...)."""
        with self._errors("CAPABILITY failed"):
            return sorted(_texts(self.client.capabilities()))

    # -- folders --

    def _personal_namespace(self) -> tuple[str, str | None]:
        """(prefix, separator) of the personal namespace: ("INBOX.", ".") on Courier, ("", "/") on Dovecot.

        A server that refuses to say is taken as having none: names are then used as written.
        """
        try:
            with self._errors("cannot read the server's namespace"):
                if self.client.has_capability("NAMESPACE"):
                    personal = self.client.namespace().personal
                    if personal:
                        prefix, separator = personal[0]
                        return prefix or "", separator
                # without NAMESPACE: LIST "" "" names the separator (RFC 3501, 6.3.8)
                listed = self.client.list_folders("", "")
        except RefusedError as exc:
            log.debug("%s", exc)
            return "", None
        separator = listed[0][1] if listed else None
        return "", separator.decode() if isinstance(separator, bytes) else separator

    def _server_name(self, name: str) -> str:
        """The folder as the server spells it: the name as given if it exists, else through the namespace."""
        with self._errors(f"cannot look up folder {name!r}"):
            if name.upper() == "INBOX" or self.client.folder_exists(name):
                return name
        return server_folder_name(name, *self.namespace)

    def folder_for(self, name: str, *, create: bool = True) -> str:
        """The server name of a configured folder (move_to, sent_folder), created when missing.

        RefusedError naming the folder when it cannot be created: the pass fails with that line.
        """
        if name in self._folders:
            return self._folders[name]
        server_name = self._server_name(name)
        with self._errors(f"cannot look up folder {server_name!r}"):
            exists = self.client.folder_exists(server_name)
        if not exists:
            if not create:
                return server_name
            try:
                self.client.create_folder(server_name)
            except imaplib.IMAP4.abort as exc:
                raise ServerError(f"{self.where}: cannot create folder {server_name!r}: {_server_text(exc)}") from None
            except imaplib.IMAP4.error as exc:
                raise RefusedError(f"{self.where}: folder {server_name!r} (configured as {name!r}) cannot be "
                                   f"created: {_server_text(exc)}") from None
            except OSError as exc:
                raise ServerError(f"{self.where}: cannot create folder {server_name!r}: "
                                  f"{describe_oserror(exc)}") from None
            # subscribed, so the coordinator's mail client shows it
            with contextlib.suppress(imaplib.IMAP4.error):
                self.client.subscribe_folder(server_name)
        self._folders[name] = server_name
        return server_name

    # -- reading --

    def uidvalidity(self) -> int:
        """The folder's UIDVALIDITY from the last SELECT."""
        self.client  # noqa: B018 - raises ServerError when not connected
        return int(self._selected[b"UIDVALIDITY"])

    def fetch_new(self, after_uid: int, batch_size: int | None = None,
                  max_bytes: int | None = None) -> Iterator[list[FetchedMail]]:
        """Mails with UID > after_uid, oldest first, in batches; nothing is marked read.

        Sizes are asked first, so a batch holds at most max_bytes (FETCH_BYTES) of mail
        as well as batch_size mails; one bigger mail comes alone.
        """
        batch_size = batch_size or self.settings.batch_size
        with self._errors("search failed"):
            found = self.client.search(["UID", f"{after_uid + 1}:*"])
        # "n:*" always matches the last mail, even when its UID is below n
        uids = sorted(uid for uid in found if uid > after_uid)
        self._highest_uid = max([self._highest_uid, *uids])
        sizes: dict[int, int] = {}
        for chunk in batches(uids, UIDS_PER_COMMAND):  # a list: imapclient keeps only the UIDs it asked for
            with self._errors("fetch of sizes failed"):
                answer = self.client.fetch(chunk, ["RFC822.SIZE"])
            sizes.update({uid: int(item.get(b"RFC822.SIZE", 0)) for uid, item in answer.items()})
        # a mail expunged between SEARCH and FETCH is simply missing
        present = [(uid, sizes[uid]) for uid in uids if uid in sizes]
        for chunk in size_batches(present, batch_size, max_bytes or FETCH_BYTES):
            yield self._fetch(chunk)

    def _fetch(self, chunk: list[int]) -> list[FetchedMail]:
        with self._errors("fetch failed"):
            data = self.client.fetch(chunk, FETCH_ITEMS)
            # BODY[] NIL: the server could not read the mail just now (Dovecot after renumbering); ask once more
            again = [uid for uid in chunk if uid in data and not data[uid].get(b"BODY[]")]
            if again:
                data.update(self.client.fetch(again, FETCH_ITEMS))
        return [_fetched(uid, data[uid]) for uid in chunk if uid in data]

    # -- changing --

    def mark_handled(self, uids: Iterable[int]) -> None:
        """Add the keyword (where the server keeps keywords) and move to move_to (where it can)."""
        methods = self.methods
        keyword = self.settings.keyword if methods.keyword else None
        target = None
        if self.settings.move_to and methods.move != "keep":
            target = self.folder_for(self.settings.move_to)
        with self._errors("cannot mark mails as handled"):
            for uid_set in uid_sets(uids):
                if keyword:
                    self.client.add_flags(uid_set, [keyword], silent=True)
                if target:
                    self._move(uid_set, target)

    def _move(self, uid_set: str, folder: str) -> None:
        if self.methods.move == "MOVE":
            self.client.move(uid_set, folder)
        else:  # UIDPLUS: removes exactly these mails
            self.client.copy(uid_set, folder)
            self.client.add_flags(uid_set, [b"\\Deleted"], silent=True)
            self.client.uid_expunge(uid_set)

    def delete(self, uids: Iterable[int]) -> None:
        """Delete mails for good (retention): flagged \\Deleted and, with UIDPLUS, expunged one by one.

        Without UIDPLUS they stay flagged \\Deleted until a mail client expunges the folder:
        a plain EXPUNGE would also remove every other mail a person flagged \\Deleted.
        """
        with self._errors("cannot delete mails"):
            for uid_set in uid_sets(uids):
                self.client.add_flags(uid_set, [b"\\Deleted"], silent=True)
                if self.methods.expunge:
                    self.client.uid_expunge(uid_set)
        if not self.methods.expunge:
            say_once(f"{self.where}: the server offers no UIDPLUS: mails to delete are flagged \\Deleted in "
                     f"{self.folder!r} and removed when a mail client expunges the folder", logging.WARNING)

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
            folder = self._server_name(folder)  # "Erledigt" is "INBOX.Erledigt" on a Courier-like server
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
                    # never a plain EXPUNGE (it removes every mail a person flagged Deleted there);
                    # without UIDPLUS they stay flagged until a mail client expunges the folder
                    self.client.add_flags(uid_set, [b"\\Deleted"], silent=True)
                    if self.methods.expunge:
                        self.client.uid_expunge(uid_set)
                return len(exact)
            finally:
                self.client.select_folder(self.folder)

    def append_sent(self, raw: bytes) -> bool:
        """Put a copy of a sent mail in sent_folder (marked read); False when none is set."""
        if not self.settings.sent_folder:
            return False
        folder = self.folder_for(self.settings.sent_folder)
        with self._errors(f"cannot append to {folder!r}"):
            self.client.append(folder, raw, flags=[b"\\Seen"])
        return True

    # -- waiting --

    def wait_for_news(self, timeout: float, stop: threading.Event | None = None) -> bool:
        """Wait until the server reports new mail (True) or timeout / stop (False).

        IDLE where the server offers it, else a NOOP and a UID SEARCH every poll_seconds on
        this connection (no new login). Returns within about IDLE_POLL seconds after `stop`
        (or self.stop) is set. Renew well before the 29 minutes after which servers may drop
        an idle client.
        """
        stop = stop or self.stop
        deadline = time.monotonic() + timeout
        with self._errors("looking for new mail failed"):
            # a mail that came during our last commands was announced then, not in IDLE
            if self._unseen_uids():
                return True
        if self.methods.wait != "IDLE" or self._idle_refused:
            return self._poll(deadline, stop)
        with self._errors("IDLE failed"):
            try:
                self.client.idle()
            except imaplib.IMAP4.abort:
                raise
            except imaplib.IMAP4.error as exc:
                # offered but refused (a proxy in between, a server setting): poll on this connection
                self._idle_refused = True
                say_once(f"{self.where}: IDLE refused ({_server_text(exc)}); looking for new mail every "
                         f"{self.settings.poll_seconds:.0f} s instead", logging.WARNING)
                return self._poll(deadline, stop)
            try:
                news = self._idle_loop(deadline, stop)
            finally:
                late = self.client.idle_done()[1] if self._client is not None else []
            if news or _has_news(late):
                self._unseen_uids()  # remember what was announced: report each mail once
                return True
            return False

    def _poll(self, deadline: float, stop: threading.Event) -> bool:
        """Without IDLE: look every poll_seconds until deadline; True at the first new mail."""
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or stop.wait(min(self.settings.poll_seconds, left)):
                return False
            with self._errors("looking for new mail failed"):
                self.client.noop()  # lets servers that report changes only between commands catch up
                if self._unseen_uids():
                    return True

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


def _texts(values) -> list[str]:
    """imapclient's bytes (capabilities, flags) as str."""
    return [v.decode(errors="replace") if isinstance(v, bytes) else str(v) for v in values]


def server_report(settings: Imap, *, create: bool = False) -> dict:
    """What mailbot finds on the IMAP server and how it will work with it (for `mailbot check`).

    Connects, logs in, looks and logs out; changes nothing unless create=True, which
    creates missing move_to / sent_folder folders as a pass would. Raises ServerError
    (LoginError) when the server cannot be reached or refuses the login. Returns::

        {
          "capabilities": ["IDLE", "IMAP4REV1", "MOVE", ...],   # offered after login, upper case
          "namespace": {"prefix": "INBOX.", "separator": "."},  # the personal namespace
          "folders": {                                           # only the keys that are set
              "folder":      {"configured": "INBOX", "server": "INBOX", "exists": True},
              "move_to":     {"configured": "Erledigt", "server": "INBOX.Erledigt", "exists": False},
              "sent_folder": {...},
          },
          "methods": {"move": "MOVE" | "UIDPLUS" | "keep", "keyword": bool,   # None when the folder
                      "wait": "IDLE" | "poll", "expunge": bool},             # cannot be selected
          "warnings": ["the server offers no IDLE: ...", ...],   # works, but differently
          "errors": ["folder 'X' (move_to) cannot be created: ...", ...],  # passes will fail
        }
    """
    box = ImapMailbox(settings)
    report: dict = {"capabilities": [], "namespace": {}, "folders": {}, "methods": None,
                    "warnings": [], "errors": []}
    box.connect()
    try:
        report["capabilities"] = box.capabilities()
        prefix, separator = box.namespace
        report["namespace"] = {"prefix": prefix, "separator": separator}
        try:
            box.select()
        except RefusedError as exc:
            report["errors"].append(f"folder {settings.folder!r} (folder) cannot be read: {exc}")
        else:
            report["folders"]["folder"] = {"configured": settings.folder, "server": box.folder, "exists": True}
            methods = box.methods
            report["methods"] = {"move": methods.move, "keyword": methods.keyword, "wait": methods.wait,
                                 "expunge": methods.expunge}
            report["warnings"].extend(methods.notes)
            if methods.wait != "IDLE":
                report["warnings"].append(f"the server offers no IDLE: serve looks for new mail every "
                                          f"{settings.poll_seconds:.0f} s ([imap] poll_seconds)")
            if not methods.expunge:
                report["warnings"].append("the server offers no UIDPLUS: mails deleted by [retention] delete_imap "
                                          "are only flagged \\Deleted, until a mail client expunges the folder")
        for key in ("move_to", "sent_folder"):
            name = getattr(settings, key)
            if not name:
                continue
            try:
                server_name = box.folder_for(name, create=create)
                with box._errors(f"cannot look up folder {server_name!r}"):
                    exists = box.client.folder_exists(server_name)
            except RefusedError as exc:
                report["errors"].append(f"{key} = {name!r}: {exc}")
                continue
            report["folders"][key] = {"configured": name, "server": server_name, "exists": exists}
    finally:
        box.close()
    return report


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
    body = item.get(b"BODY[]")
    raw = body or b""
    return FetchedMail(uid=uid, raw=raw, flags=flags, internaldate=date, size=int(item.get(b"RFC822.SIZE", len(raw))),
                       body_missing=not body)


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

