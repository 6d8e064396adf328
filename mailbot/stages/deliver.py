"""Deliver: the outbox is sent by a thread of its own while the pass goes on fetching and deciding.

The thread only sends and records (outbox.py): sent, deferred, failed. It never
runs a rule: a permanent failure is turned into a registration change by the
pass itself, after this thread has ended (apply.apply_undelivered).
"""

from __future__ import annotations

import threading

from .. import store
from ..config import Config
from ..outbox import Outbox


class DeliveryThread(threading.Thread):
    """Delivers the outbox while the pass goes on fetching and deciding.

    It has its own SQLite connection and one SMTP connection for the whole pass.
    The worker calls notify() after each commit that may have queued mail, and
    finish() at the end: then everything due is sent and the thread ends. Each
    row is still marked sent in its own commit right after the server's 250, and
    the thread stops between two mails when `stop` is set.
    """

    def __init__(self, config: Config, result, stop: threading.Event, *, clock=store.utcnow,
                 database_path=None):
        super().__init__(name="mailbot-delivery", daemon=True)
        self.config = config
        self.database_path = database_path or config.database_path  # the worker's own file
        self.result = result
        self.stop = stop
        self.clock = clock
        self.error: BaseException | None = None  # LoginError etc., raised again by finish()
        self._wake = threading.Event()
        self._finished = False

    def notify(self) -> None:
        """New rows may be committed: send them soon."""
        self._wake.set()

    def finish(self) -> None:
        """Send what is due, wait for the thread, and raise what stopped it, if anything."""
        self._finished = True
        self._wake.set()
        self.join()
        if self.error is not None:
            raise self.error

    def run(self) -> None:
        db = store.open_db(self.database_path)
        store.use_clock(db, self.clock)  # its log lines and sent times follow the pass's clock too
        outbox = Outbox(self.config, db, clock=self.clock)
        try:
            usable = True
            while not self.stop.is_set():
                self._wake.wait()
                self._wake.clear()  # before reading _finished: a finish() from now on wakes us again
                finished = self._finished
                # after server trouble, wait for the next pass rather than knock again for every mail
                if usable:
                    usable = outbox.deliver(self.result, self.stop, keep_open=not finished)
                if finished:
                    break
        except BaseException as exc:  # noqa: BLE001 - handed to the worker's thread by finish()
            self.error = exc
        finally:
            outbox.close()
            db.close()
