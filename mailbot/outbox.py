"""The outbox: notices become stored mails in the deciding transaction, then are delivered.

Queuing renders and composes the whole message once, so a retry sends the
very same bytes with the same Message-ID. Delivery marks each row sent right
after the server accepted it; the only window in which a crash can repeat a
mail is between the server's "250 OK" and that commit. Delivery only records
what happened (sent, deferred, failed): a failure for good is turned into a
registration change by the pass (stages/apply.py), not here.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading

from . import store
from .compose import compose
from .config import Config
from .deliver import PermanentFailure, TemporaryFailure, open_transport
from .model import Notice
from .notices import Renderer

log = logging.getLogger(__name__)

BACKOFF_FIRST = 60.0  # seconds before the first retry; doubles each time
BACKOFF_MAX = 3600.0


class Outbox:
    """Queues notices and delivers due mail over one transport connection per pass."""

    def __init__(self, config: Config, db, *, clock=store.utcnow):
        self.config = config
        self.db = db
        self.clock = clock
        self._renderer = None
        self._transport = None

    @property
    def renderer(self):
        if self._renderer is None:  # templates compiled once per process, not per mail
            self._renderer = Renderer(self.config)
        return self._renderer

    def queue(self, notice: Notice, *, message_row: int | None = None, attachments=()) -> int | None:
        """Render, compose and store one notice; None when it was queued before (same key)."""
        now = self.clock()
        rendered = self.renderer.render(notice)
        composed = compose(self.config, rendered, notice, now=now, attachments=attachments)
        reg_id = notice.registration.id if notice.registration is not None else None
        return store.enqueue(
            self.db, kind=notice.kind, dedupe_key=f"{notice.kind}:{notice.key}", to_addr=composed.to,
            subject=composed.subject, message_id=composed.message_id, raw=composed.raw,
            in_reply_to=notice.in_reply_to, registration_id=reg_id, message_row=message_row, now=now,
            reminder_offset=notice.extra.get("offset") if notice.kind == "reminder" else None)

    # --- delivery --------------------------------------------------------------------

    def deliver(self, result, stop: threading.Event | None = None, *, keep_open: bool = False) -> bool:
        """Send every due mail, oldest first; server trouble leaves the rest pending, in order.

        Returns False when the server was unusable. With keep_open the connection stays open
        for the next call (the delivery thread's many small rounds); close() ends it.
        """
        last_id = 0
        usable = True
        try:
            while usable and not (stop and stop.is_set()):
                due = store.due_outbox(self.db, self.clock(), limit=200, after_id=last_id)
                if not due:
                    break
                if self._transport is None:
                    self._transport = open_transport(self.config)
                for row in due:
                    last_id = row["id"]
                    usable = self._send_one(self._transport, row, result)
                    if not usable or (stop and stop.is_set()):
                        break
        finally:
            if not (keep_open and usable):
                self.close()
        return usable

    def close(self) -> None:
        """Close the transport connection, if one is open."""
        transport, self._transport = self._transport, None
        if transport is not None:
            transport.close()

    def _send_one(self, transport, row: dict, result) -> bool:
        """Deliver one row; False when the server is unusable and the pass should stop sending."""
        try:
            transport.send(self.config.from_address, row["to_addr"], row["raw"])
        except PermanentFailure as exc:
            self._failed(row, str(exc), result)
            return True
        except TemporaryFailure as exc:
            return self._temporary(row, exc, result)
        with store.transaction(self.db):
            store.mark_sent(self.db, row["id"], self.clock())
            store.audit(self.db, "sent", f"{row['kind']} to {row['to_addr']}", registration_id=row["registration_id"])
        result.sent += 1
        return True

    def _temporary(self, row: dict, exc, result) -> bool:
        """4xx or a lost connection: retry later, up to max_attempts; False when the server is down."""
        if getattr(exc, "code", None) in (None, 421):
            # The server is down or shutting down: nothing is wrong with this mail. Stop for this
            # pass without counting an attempt, so a long outage neither loses mail nor reorders it.
            with store.transaction(self.db):
                store.note_deferral(self.db, row["id"], str(exc))
            result.deferred += 1
            result.errors.append(f"smtp: {exc}")
            log.info("smtp: %s; the outbox is kept for the next pass", exc)
            return False
        attempts = row["attempts"] + 1
        if attempts >= self.max_attempts:
            self._failed(row, f"gave up after {attempts} attempts: {exc}", result)
            return True
        delay = min(BACKOFF_FIRST * 2 ** (attempts - 1), BACKOFF_MAX)
        with store.transaction(self.db):
            store.mark_retry(self.db, row["id"], str(exc), self.clock() + dt.timedelta(seconds=delay))
            store.audit(self.db, "deferred", f"{row['kind']} to {row['to_addr']}: {exc}",
                        registration_id=row["registration_id"])
        result.deferred += 1
        return True

    def _failed(self, row: dict, error: str, result) -> None:
        """Recorded as failed for good; the pass, not this (delivery) thread, applies it to the registration."""
        with store.transaction(self.db):
            store.mark_failed(self.db, row["id"], error)
            store.audit(self.db, "failed", f"{row['kind']} to {row['to_addr']}: {error}",
                        registration_id=row["registration_id"])
        result.failed += 1
        log.warning("delivery of %s to %s failed for good: %s", row["kind"], row["to_addr"], error)

    @property
    def max_attempts(self) -> int:
        return self.config.smtp.max_attempts if self.config.smtp else 10
