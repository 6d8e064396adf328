"""One pass, stage by stage: the one place that calls the stages (mailbot/stages/) in their order.

    fetch → record → parse → guard → decide → apply → mark → due, while deliver runs alongside

Each inbound mail is handled in its own transaction, so one bad mail never
stops the pass and a crash at any point leaves every mail either untouched or
completely done. The stages get a PassContext (config, database, clock, outbox,
the desk's handlers), never this object.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections import Counter
from dataclasses import dataclass, field

from . import confirmation, store
from .config import Config
from .desk.handlers import DESK
from .desk.views import sync_workgroups
from .desk.words import CATALOGUE, say
from .errors import ServerError
from .mailbox import open_mailbox
from .model import Parsed
from .outbox import Outbox
from .stages import apply, due, fetch, guard, mark
from .stages.context import DeskHandlers, PassContext
from .stages.decide import decide_and_apply
from .stages.deliver import DeliveryThread
from .stages.parse import Parsing, describe, parse_within
from .stages.record import Recorder

log = logging.getLogger(__name__)


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

    def __init__(self, config: Config, db=None, *, clock=store.utcnow, desk: DeskHandlers = DESK):
        self.config = config
        self.db = db if db is not None else store.open_db(config.database_path)
        self.clock = clock
        store.use_clock(self.db, clock)  # every time the pass stores is the injected one (--now)
        self.desk = desk  # what the coordinator's desk does in a pass (commands by mail, digest, purges)
        self.stop = threading.Event()
        self.delivery: DeliveryThread | None = None
        self._parsing = Parsing(config)
        self.parse_peak_kib: int | None = None  # the last parse process's peak RSS, for the benchmark
        self.on_mail = None  # called after each handled mail (run-once's progress bar on a terminal)
        self.outbox = Outbox(config, self.db, clock=clock)
        with store.transaction(self.db):
            sync_workgroups(self.db, config)  # the coordinator's views show current titles

    def context(self) -> PassContext:
        """What the stages may use; built from the worker's current stop event."""
        return PassContext(config=self.config, db=self.db, clock=self.clock, outbox=self.outbox, desk=self.desk,
                           stop=self.stop, queued=self._queued)

    # --- the pass --------------------------------------------------------------------

    def run_pass(self, mailbox=None) -> PassResult:
        """Fetch and handle new mail, then send what is due. Server errors are reported, not raised."""
        result = PassResult()
        ctx = self.context()
        self._parsing = Parsing(self.config)
        # deliver: answers leave while later mails are still fetched and decided (own SQLite and SMTP connection)
        self.delivery = DeliveryThread(self.config, result, self.stop, clock=self.clock,
                                       database_path=store.database_file(self.db))
        self.delivery.start()
        try:
            own = mailbox is None
            try:
                if own:
                    mailbox = open_mailbox(self.config)
                    mailbox.open()
                self.fetch_and_handle(mailbox, result, ctx)
            except ServerError as exc:
                result.errors.append(str(exc))
                log.info("mailbox: %s", exc)
            finally:
                if own and mailbox is not None:
                    mailbox.close()
            # Mail stored by an earlier, interrupted pass is finished even when the server is down.
            self.handle_stored(result, ctx)
            due.run_due(ctx, result)
        finally:
            self._retire_parser()
            delivery, self.delivery = self.delivery, None
            delivery.finish()
        # After the delivery thread: its failures for good become registration changes here, in this thread.
        apply.apply_undelivered(ctx)
        # After a refused connection (TLS, 421) only the first mail was tried; every due one waits.
        result.deferred = max(result.deferred, self._waiting())
        return result

    def _waiting(self) -> int:
        """Answers that were due in this pass and are still in the outbox (the next pass tries them)."""
        return self.db.execute("SELECT count(*) FROM outbox WHERE state = 'pending' AND next_attempt_at <= ?",
                               [store.iso(self.clock())]).fetchone()[0]

    def fetch_and_handle(self, mailbox, result: PassResult, ctx: PassContext | None = None) -> None:
        """fetch → record → (parse → guard → decide → apply) per batch, then mark on the server."""
        ctx = ctx or self.context()
        folder, uidvalidity, after = fetch.begin(ctx, mailbox)
        recorder = Recorder(ctx, folder, uidvalidity)
        with fetch.batches(ctx, mailbox, after) as batches:  # the next batch is fetched meanwhile
            for batch in batches:
                recorder.store(batch, result)
                self.handle_stored(result, ctx)
                if ctx.stop.is_set():
                    break
        mark.mark(ctx, mailbox, folder, uidvalidity, result)
        mark.delete_erased(ctx, mailbox, folder, uidvalidity)
        mark.copy_sent(ctx, mailbox, result)

    def handle_stored(self, result: PassResult, ctx: PassContext | None = None) -> None:
        """Parse, guard, decide and apply every stored mail that is not handled yet."""
        ctx = ctx or self.context()
        while not ctx.stop.is_set():
            pending = store.pending_messages(self.db, limit=200)
            if not pending:
                return
            with contextlib.closing(self._parsing.parsed(pending, ctx.stop)) as parsed_mails:
                for item, parsed in parsed_mails:
                    result.outcomes[self.handle_one(item["id"], item["raw"], parsed)] += 1
                    self._queued()
                    if self.on_mail is not None:
                        self.on_mail()

    def _retire_parser(self) -> None:
        self._parsing.close()
        if self._parsing.peak_kib is not None:
            self.parse_peak_kib = max(self.parse_peak_kib or 0, self._parsing.peak_kib)

    def handle_one(self, row: int, raw: bytes, parsed: Parsed | None = None) -> str:
        """Handle one stored mail in its own transaction; a failure flags it and the pass goes on."""
        if parsed is None:
            parsed = parse_within(raw, self.config)  # a hard time limit per mail (parallel.py)
        try:
            with store.transaction(self.db):
                return handle_parsed(self.context(), row, parsed)
        except Exception as exc:  # noqa: BLE001 - one bad mail must never stop the pass
            log.exception("mail %s could not be handled", row)
            with store.transaction(self.db):
                store.finish_message(self.db, row, state="error", kind=parsed.kind, parsed=parsed.to_dict(),
                                     error=f"{exc.__class__.__name__}: {exc}")
                store.audit(self.db, "error", f"could not be handled: {exc.__class__.__name__}", message_row=row)
            return "error"

    def _queued(self) -> None:
        """Tell the delivery thread (when a pass runs) that a commit may have queued mail."""
        delivery = self.delivery
        if delivery is not None:
            delivery.notify()


def handle_parsed(ctx: PassContext, row: int, parsed: Parsed) -> str:
    """One parsed mail: guard → decide → apply, everything in the caller's transaction; returns its outcome."""
    store.audit(ctx.db, "parsed", describe(parsed), message_row=row)
    request = confirmation.confirmed_request(ctx.db, parsed)
    if request is not None:  # a reply to our confirm-first question: the request as first asked
        return confirmation.apply_confirmed(ctx, row, parsed, request, decide_and_apply)
    held = guard.hold_reason(ctx, parsed)
    if held is not None:
        return guard.hold(ctx, row, parsed, held)
    if parsed.coordinator_command:
        return apply.run_command(ctx, row, parsed)
    return decide_and_apply(ctx, row, parsed)
