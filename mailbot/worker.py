"""One pass of the pipeline: fetch → store → parse → decide → apply + outbox → deliver → mark.

This module wires the pure core (parsing, decide, notices) to the edges
(mailbox, SQLite, transport). Each inbound mail is handled in its own
transaction, so one bad mail never stops the pass and a crash at any point
leaves every mail either untouched or completely done.
"""

from __future__ import annotations

import contextlib
import email.policy
import email.utils
import json
import logging
import queue
import re
import threading
from collections import Counter
from dataclasses import dataclass, field
from email.parser import BytesHeaderParser

from . import store
from .config import Config
from .errors import ServerError
from .fingerprint import fingerprint
from .outbox import DeliveryThread, Outbox
from .parallel import parse_within
from .parsing.language import release_model
from .parsing.mime import header_text
from .pipeline import handle_parsed
from .recipients import from_address

log = logging.getLogger(__name__)

PARALLEL_MIN = 20  # pending mails from which a pass parses in a second process
MARK_CHUNK = 500  # handled mails marked on the server per round (one IMAP command, one commit)


@dataclass
class PassResult:
    """What one pass did, for the summary line and the exit status."""

    new: int = 0
    outcomes: Counter = field(default_factory=Counter)
    sent: int = 0
    failed: int = 0
    deferred: int = 0
    errors: list[str] = field(default_factory=list)  # server problems: non-zero exit

    def summary(self, language: str = "de") -> str:
        """The pass in one line, in the coordinator's language (run-once prints it, serve logs it)."""
        from .desk.words import CATALOGUE, say

        def outcome(what: str) -> str:  # an outcome without a word is shown as named, never a KeyError
            for key in (f"pass.outcome.{what}", f"summary.{what}"):
                if key in CATALOGUE["de"]:
                    return say(language, key)
            return what

        parts = [f"{n} {outcome(what)}" for what, n in sorted(self.outcomes.items(), key=lambda kv: (-kv[1], kv[0]))]
        line = say(language, "pass.new" if self.new == 1 else "pass.new_many", n=self.new)
        if parts:
            line += ": " + ", ".join(parts)
        line += "; " + say(language, "pass.sent", n=self.sent)
        if self.deferred:
            line += ", " + say(language, "pass.deferred", n=self.deferred)
        if self.failed:
            line += ", " + say(language, "pass.failed", n=self.failed)
        return line


class Worker:
    """Runs passes over one config and database; `stop` ends a pass between mails."""

    def __init__(self, config: Config, db=None, *, clock=store.utcnow):
        self.config = config
        self.db = db if db is not None else store.open_db(config.database_path)
        self.clock = clock
        store.use_clock(self.db, clock)  # every time the pass stores is the injected one (--now)
        self.stop = threading.Event()
        self._hole: int | None = None
        self._parse_process, self._parse_state = None, None
        self.parse_peak_kib: int | None = None  # the last parse process's peak RSS, for the benchmark
        self.on_mail = None  # called after each handled mail (run-once's progress bar on a terminal)
        self.outbox = Outbox(config, self.db, clock=clock)
        from .desk.views import sync_workgroups

        with store.transaction(self.db):
            sync_workgroups(self.db, config)  # the coordinator's views show current titles

    # --- the pass --------------------------------------------------------------------

    def run_pass(self, mailbox=None) -> PassResult:
        """Fetch and handle new mail, then send what is due. Server errors are reported, not raised."""
        from .mailbox import open_mailbox

        result = PassResult()
        self._parse_process, self._parse_state = None, None
        # Answers leave while later mails are still fetched and decided (its own SQLite and SMTP connection).
        self.delivery = DeliveryThread(self.config, result, self.stop, clock=self.clock,
                                       database_path=store.database_file(self.db))
        self.delivery.start()
        try:
            own = mailbox is None
            try:
                if own:
                    mailbox = open_mailbox(self.config)
                    mailbox.open()
                self.fetch_and_handle(mailbox, result)
            except ServerError as exc:
                result.errors.append(str(exc))
                log.info("mailbox: %s", exc)
            finally:
                if own and mailbox is not None:
                    mailbox.close()
            # Mail stored by an earlier, interrupted pass is finished even when the server is down.
            self.handle_stored(result)
            self.scheduled_work(result)
        finally:
            self._retire_parser()
            delivery, self.delivery = self.delivery, None
            delivery.finish()
        # After a refused connection (TLS, 421) only the first mail was tried; every due one waits.
        result.deferred = max(result.deferred, self._waiting())
        return result

    def _waiting(self) -> int:
        """Answers that were due in this pass and are still in the outbox (the next pass tries them)."""
        return self.db.execute("SELECT count(*) FROM outbox WHERE state = 'pending' AND next_attempt_at <= ?",
                               [store.iso(self.clock())]).fetchone()[0]

    def fetch_and_handle(self, mailbox, result: PassResult) -> None:
        folder = mailbox.folder
        uidvalidity = mailbox.uidvalidity()
        self.note_server(mailbox)
        after = store.last_uid(self.db, folder, uidvalidity)
        self._hole = None  # the first UID this pass could not read: the next pass reads from there
        with store.transaction(self.db):
            store.record_poll(self.db, folder, uidvalidity)
        # The next batch is fetched while this one is stored and handled.
        with Prefetch(mailbox.fetch_new(after, self.batch_size)) as batches:
            for batch in batches:
                self.store_batch(folder, uidvalidity, batch, result)
                self.handle_stored(result)
                if self.stop.is_set():
                    break
        self.mark(mailbox, folder, uidvalidity, result)
        self.delete_erased(mailbox, folder, uidvalidity)
        self.copy_sent(mailbox, result)

    def note_server(self, mailbox) -> None:
        """What the server cannot do (no MOVE or UIDPLUS, no keywords) goes into the log once per database.

        A warning and an audit line the first time; afterwards only a debug line, so a
        cron job does not repeat it every few minutes. (serve says itself that it polls.)
        """
        methods = getattr(mailbox, "methods", None)
        if methods is None:  # a Maildir
            return
        said = json.loads(store.get_meta(self.db, "imap_notes") or "[]")
        new = [note for note in methods.notes if note not in said]
        for note in methods.notes:
            (log.warning if note in new else log.debug)("%s: %s", mailbox.where, note)
        if new:
            with store.transaction(self.db):
                for note in new:
                    store.audit(self.db, "imap", note)
                store.set_meta(self.db, "imap_notes", json.dumps(said + new, ensure_ascii=False))

    @property
    def batch_size(self) -> int:
        return self.config.imap.batch_size if self.config.imap else 100

    def store_batch(self, folder: str, uidvalidity: int, batch, result: PassResult) -> None:
        """Store a fetched batch raw, in one transaction, before anything else happens.

        A mail the server sent without content (BODY[] NIL, even when asked twice) is not
        stored, and the folder is read again from it next pass; the mails after it that are
        stored here are recognised by their UID then.
        """
        with store.transaction(self.db):
            for mail in batch:
                if getattr(mail, "body_missing", False):
                    log.warning("mail UID %s in %s: the server sent no content; trying again next pass",
                                mail.uid, folder)
                    continue
                message_id, sender, subject = _peek_headers(mail.raw)
                row = store.store_message(
                    self.db, folder=folder, uidvalidity=uidvalidity, uid=mail.uid, raw=mail.raw,
                    message_id=message_id, sender=sender, subject=subject, received_at=self.clock(),
                    fingerprint=fingerprint(mail.raw),
                    max_bytes=self.config.safety.max_message_bytes)
                if row is not None:
                    result.new += 1
                    if self.duplicate(row):
                        result.outcomes["duplicate"] += 1
            done = stored_up_to(batch)
            if self._hole is None and any(getattr(m, "body_missing", False) for m in batch):
                self._hole = done + 1
            if self._hole is not None:  # later batches must not move past it either
                done = min(done, self._hole - 1)
            if done > 0:
                store.set_last_uid(self.db, folder, uidvalidity, done)

    def duplicate(self, row: int) -> bool:
        state = self.db.execute("SELECT state FROM messages WHERE id = ?", [row]).fetchone()[0]
        return state == "duplicate"

    def handle_stored(self, result: PassResult) -> None:
        """Parse, decide and apply every stored mail that is not handled yet.

        With many mails pending, a second process parses them (in order, a few chunks
        ahead) while this one decides and answers; see mailbot/parallel.py.
        """
        while not self.stop.is_set():
            pending = store.pending_messages(self.db, limit=200)
            if not pending:
                return
            parser = self._parser_for(len(pending))
            if parser is not None:
                done = self._handle_with(parser, pending, result)
            else:
                done = 0
            for item in pending[done:]:
                if self.stop.is_set():
                    return
                result.outcomes[self.handle_one(item["id"], item["raw"])] += 1
                self._queued()
                self._one_more()

    def _parser_for(self, pending: int):
        """The pass's parse process: started at the first big batch, then used for the rest of the pass."""
        from .parallel import ParseProcess, ParseProcessError

        if not self.config.worker.parse_process:
            return None
        if self._parse_state == "off" or (self._parse_state is None and pending < PARALLEL_MIN):
            return None
        if self._parse_process is None:
            try:
                self._parse_process = ParseProcess(self.config, self.stop)
            except (OSError, ParseProcessError) as exc:
                log.warning("could not start the parse process, parsing here: %s", exc)
                self._parse_state = "off"
                return None
            self._parse_state = "on"
            release_model()  # a serve worker's own copy: the parse process loads its own
        return self._parse_process

    def _handle_with(self, parser, pending: list[dict], result: PassResult) -> int:
        """Handle `pending` in order with Parsed from the parse process; returns how many were handled.

        A dead parse process ends its use for this pass: the rest is parsed here.
        Leaving with chunks outstanding (stop, an error) retires it, so later
        results can never be matched with the wrong mail.
        """
        from .parallel import ParseProcessError, Stopped, chunk_sizes

        chunks, start = [], 0
        for size in chunk_sizes():
            if start >= len(pending):
                break
            chunks.append(pending[start:start + size])
            start += size
        done = 0
        try:
            for chunk in chunks:
                parser.submit([item["raw"] for item in chunk])
            for chunk in chunks:
                parsed_list = parser.results()
                if len(parsed_list) != len(chunk):
                    raise ParseProcessError("answer for a different chunk")
                for item, parsed in zip(chunk, parsed_list):
                    if self.stop.is_set():
                        return done
                    result.outcomes[self.handle_one(item["id"], item["raw"], parsed)] += 1
                    self._queued()
                    self._one_more()
                    done += 1
        except Stopped:
            return done
        except ParseProcessError as exc:
            log.warning("the parse process failed, parsing here for the rest of the pass: %s", exc)
            self._parse_state = "off"
            self._retire_parser()
            return done
        finally:
            if parser.pending:
                self._retire_parser()
        return done

    def _retire_parser(self) -> None:
        parser, self._parse_process = self._parse_process, None
        if parser is not None:
            parser.close()
            if parser.peak_kib is not None:
                self.parse_peak_kib = max(self.parse_peak_kib or 0, parser.peak_kib)
                log.debug("parse process peak RSS %d KiB", parser.peak_kib)
        if self._parse_state == "on":
            self._parse_state = "off"

    def handle_one(self, row: int, raw: bytes, parsed=None) -> str:
        """Handle one stored mail in its own transaction; a failure flags it and the pass goes on."""
        if parsed is None:
            parsed = parse_within(raw, self.config)  # a hard time limit per mail (parallel.py)
        try:
            with store.transaction(self.db):
                return handle_parsed(self, row, parsed)
        except Exception as exc:  # noqa: BLE001 - one bad mail must never stop the pass
            log.exception("mail %s could not be handled", row)
            with store.transaction(self.db):
                store.finish_message(self.db, row, state="error", kind=parsed.kind, parsed=parsed.to_dict(),
                                     error=f"{exc.__class__.__name__}: {exc}")
                store.audit(self.db, "error", f"could not be handled: {exc.__class__.__name__}", message_row=row)
            return "error"

    def _one_more(self) -> None:
        if self.on_mail is not None:
            self.on_mail()

    def _queued(self) -> None:
        """Tell the delivery thread (when a pass runs) that a commit may have queued mail."""
        delivery = getattr(self, "delivery", None)
        if delivery is not None:
            delivery.notify()

    def mark(self, mailbox, folder: str, uidvalidity: int, result: PassResult | None = None) -> None:
        """Keyword (and optional move) for handled registrations; everything else stays unread.

        A mail seen again under a new UIDVALIDITY (a 'duplicate') gets the keyword again
        when its first copy was handled. In chunks, each committed: a big pass neither holds
        every row in memory nor loses the marks already made when the server goes away halfway.
        """
        def act(rows):
            handled = [uid for row, uid, state in rows
                       if state == "processed" or (state == "duplicate" and self._first_copy_handled(row))]
            if handled:
                mailbox.mark_handled(handled)

        self._server_rounds(lambda: store.unmarked_messages(self.db, folder, uidvalidity, limit=MARK_CHUNK), act,
                            lambda rows: store.set_marked(self.db, [row for row, _uid, _state in rows]),
                            "could not mark handled mails", result, even_when_stopping=True)

    def _first_copy_handled(self, row: int) -> bool:
        """Was the mail this duplicate repeats (same Message-ID, or same content without one) handled?"""
        return self.db.execute(
            "SELECT 1 FROM messages d JOIN messages m ON m.id < d.id AND m.state = 'processed' AND "
            "(m.message_id = d.message_id OR (d.message_id IS NULL AND m.fingerprint = d.fingerprint)) "
            "WHERE d.id = ? LIMIT 1", [row]).fetchone() is not None

    def copy_sent(self, mailbox, result: PassResult | None = None) -> None:
        """[imap] sent_folder: a copy of each sent answer, so the mail client shows whole threads.

        Copies trail delivery by up to one pass (the delivery thread may still be sending);
        a crash between APPEND and the commit can leave one copy twice, never none.
        """
        if self.config.imap is None or not self.config.imap.sent_folder:
            return

        def act(rows):
            for _row, raw in rows:
                mailbox.append_sent(raw)

        self._server_rounds(lambda: store.sent_uncopied(self.db), act,
                            lambda rows: store.set_copied(self.db, [row for row, _raw in rows]),
                            "could not copy answers to the Sent folder", result)

    def _server_rounds(self, fetch, act, record, failure: str, result: PassResult | None = None, *,
                       even_when_stopping: bool = False) -> None:
        """Rounds of: the rows still to do → the server action → their commit.

        A server error ends the rounds and fails the pass (a folder that cannot be made is
        said on every pass, not hidden behind exit 0); what is not recorded is done again
        next pass. Marks are made even when stopping (a few quick commands for the mails just handled).
        """
        while even_when_stopping or not self.stop.is_set():
            rows = fetch()
            if not rows:
                return
            try:
                act(rows)
            except ServerError as exc:
                if result is None:
                    log.warning("%s: %s", failure, exc)
                else:  # the pass reports it (run-once: one "Error:" line and a non-zero exit)
                    log.info("%s: %s", failure, exc)
                    result.errors.append(f"{failure}: {exc}")
                return
            with store.transaction(self.db):
                record(rows)

    def delete_erased(self, mailbox, folder: str, uidvalidity: int) -> None:
        """Delete on the server the mails of forgotten or purged people ([retention] delete_imap)."""
        from .desk.privacy import imap_deletions_done, pending_imap_deletions

        pending = pending_imap_deletions(self.db)
        here = [uid for f, v, uid in pending if f == folder and v == uidvalidity]
        try:
            if here:
                mailbox.delete(here)
        except ServerError as exc:
            log.warning("could not delete erased mails on the server: %s", exc)
            return
        # In this folder they are deleted now, or (under an old UIDVALIDITY) name no mail any more.
        gone = [(f, v, uid) for f, v, uid in pending if f == folder]
        with store.transaction(self.db):
            imap_deletions_done(self.db, gone)
            if here:
                store.audit(self.db, "deleted on server", f"{len(here)} erased mail(s) in {folder!r}")
        self.delete_erased_elsewhere(mailbox)

    def delete_erased_elsewhere(self, mailbox) -> None:
        """Erased mails in move_to and their answers in the Sent folder, found by Message-ID."""
        from .desk.copies import deletions_by_message_id_done, pending_deletions_by_message_id

        pending = pending_deletions_by_message_id(self.db)
        if not pending or not hasattr(mailbox, "delete_by_message_id"):
            return
        for where in sorted({f for f, _mid in pending}):
            items = [(f, mid) for f, mid in pending if f == where]
            try:
                count = mailbox.delete_by_message_id(where, [mid for _f, mid in items])
            except ServerError as exc:
                log.warning("could not delete erased mails in %r: %s", where, exc)
                continue
            with store.transaction(self.db):
                deletions_by_message_id_done(self.db, items)
                store.audit(self.db, "deleted on server", f"{count} of {len(items)} erased mail(s) found in {where!r}")

    def scheduled_work(self, result: PassResult) -> None:
        """Reminders, the coordinator's digest and retention purges that are due now."""
        from .scheduled import run_scheduled

        run_scheduled(self, result)
        self._queued()


class Prefetch:
    """Runs a batch iterator (IMAP FETCH) one step ahead in a thread, so the server works while we do.

    The mailbox connection is used by the thread only until the iteration ends;
    leaving the `with` block waits for that, so the caller may use it again.
    """

    _DONE = object()

    def __init__(self, batches):
        self._batches = batches
        self._queue: queue.Queue = queue.Queue(maxsize=1)
        self._cancel = threading.Event()
        self._thread = threading.Thread(target=self._run, name="mailbot-prefetch", daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._cancel.set()
        while self._thread.is_alive():  # unblock a thread waiting to hand over one more batch
            with contextlib.suppress(queue.Empty):
                self._queue.get(timeout=0.05)
        self._thread.join()

    def __iter__(self):
        while True:
            item = self._queue.get()
            if item is self._DONE:
                return
            if isinstance(item, BaseException):
                raise item
            yield item

    def _run(self) -> None:
        try:
            for batch in self._batches:
                if not self._put(batch):
                    return
            self._put(self._DONE)
        except BaseException as exc:  # noqa: BLE001 - raised again in the caller's thread
            self._put(exc)

    def _put(self, item) -> bool:
        while not self._cancel.is_set():
            try:
                self._queue.put(item, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False


def stored_up_to(batch) -> int:
    """The UID up to which a batch is stored: just below the first mail that came without content."""
    missing = [m.uid for m in batch if getattr(m, "body_missing", False)]
    if missing:
        return min(missing) - 1
    return max((m.uid for m in batch), default=0)


def _peek_headers(raw: bytes) -> tuple[str | None, str | None, str | None]:
    """Message-ID, sender and subject for the log, cheaply and without ever raising.

    compat32 gives the raw values without building header objects (a third of the
    cost per mail); only a subject with encoded words is decoded.
    """
    try:
        headers = BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw[:65536])
        message_id = _unfold(headers.get("Message-ID")).strip() or None
        sender = from_address(_unfold(headers.get("From")))[0]  # strictly: a display name is not the address
        # (raw 8-bit bytes in a subject, as some clients send them: read as UTF-8, else latin-1)
        subject = header_text(headers, "Subject")
        return message_id, sender, " ".join(subject.split())[:500] or None
    except Exception:  # noqa: BLE001 - broken headers must not stop storing the mail
        return None, None, None


def _unfold(value) -> str:
    return _FOLD_RE.sub("", str(value or ""))


_FOLD_RE = re.compile(r"\r?\n(?=[ \t])")
