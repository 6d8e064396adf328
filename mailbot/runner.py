"""`run-once` and `serve`: passes under a lock, on a schedule, woken by IMAP IDLE."""

from __future__ import annotations

import datetime as dt
import fcntl
import logging
import os
import threading
from pathlib import Path

from . import store
from .config import Config
from .errors import ServerError
from .worker import PassResult, Worker

log = logging.getLogger(__name__)

RECONNECT_FIRST = 2.0  # seconds; doubles up to RECONNECT_MAX after each failed reconnect
RECONNECT_MAX = 300.0


class PassLock:
    """An flock next to the database: one pass at a time, across run-once and serve."""

    def __init__(self, database_path: Path):
        self.path = Path(f"{database_path}.lock")
        self.fd: int | None = None

    def acquire(self, wait: bool = False) -> bool:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(self.path, os.O_CREAT | os.O_RDWR, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            os.close(fd)
            return False
        self.fd = fd
        return True

    def release(self) -> None:
        if self.fd is not None:
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None


def run_once(config: Config, stop: threading.Event | None = None, now: dt.datetime | None = None) -> PassResult | None:
    """One locked pass; None when another pass holds the lock (a slow run and the next cron tick)."""
    lock = PassLock(config.database_path)
    if not lock.acquire():
        return None
    try:
        worker = Worker(config, clock=(lambda: now) if now is not None else store.utcnow)
        if stop is not None:
            worker.stop = stop
        try:
            return worker.run_pass()
        finally:
            worker.db.close()
    finally:
        lock.release()


class Server:
    """`serve`: APScheduler runs the pass on an interval; IMAP IDLE runs it at once on new mail."""

    def __init__(self, config: Config, stop: threading.Event | None = None):
        self.config = config
        self.stop = stop or threading.Event()
        self.lock = PassLock(config.database_path)
        self.worker = Worker(config)
        self.worker.stop = self.stop
        self.scheduler = None

    def run(self) -> None:
        """Block until `stop` is set; then finish the current mail and return."""
        from apscheduler.schedulers.background import BackgroundScheduler

        self.scheduler = BackgroundScheduler(timezone=dt.timezone.utc)
        self.scheduler.add_job(self.one_pass, "interval", id="pass", seconds=self.config.worker.poll_interval,
                               next_run_time=dt.datetime.now(dt.timezone.utc), max_instances=1, coalesce=True)
        self.scheduler.start()
        log.info("serving %s: a pass every %.0f s and on new mail", self.config.event.name,
                 self.config.worker.poll_interval)
        try:
            if self.config.imap is not None or self.config.maildir is not None:
                self.watch()
            else:
                self.stop.wait()
        finally:
            self.scheduler.shutdown(wait=True)
            self.worker.db.close()
            log.info("stopped")

    def one_pass(self) -> None:
        if self.stop.is_set():
            return
        if not self.lock.acquire(wait=False):
            log.info("another pass is running on this database; skipped")
            return
        try:
            result = self.worker.run_pass()
        finally:
            self.lock.release()
        for error in result.errors:
            log.warning("%s", error)
        if result.new or result.sent or result.failed:
            log.info("%s", result.summary())

    def wake(self) -> None:
        """Run the pass now (new mail arrived)."""
        self.scheduler.modify_job("pass", next_run_time=dt.datetime.now(dt.timezone.utc))

    def watch(self) -> None:
        """Wait in IDLE on a connection of its own; reconnect with backoff when it drops."""
        from .mailbox import open_mailbox

        delay = RECONNECT_FIRST
        while not self.stop.is_set():
            mailbox = open_mailbox(self.config)
            try:
                mailbox.open()
                delay = RECONNECT_FIRST
                self.idle(mailbox)
            except ServerError as exc:
                log.warning("mailbox connection lost (%s); reconnecting in %.0f s", exc, delay)
                self.stop.wait(delay)
                delay = min(delay * 2, RECONNECT_MAX)
            finally:
                mailbox.close()

    def idle(self, mailbox) -> None:
        renew = self.config.imap.idle_renew if self.config.imap else 60.0
        while not self.stop.is_set():
            if mailbox.wait_for_news(renew, self.stop):
                self.wake()
