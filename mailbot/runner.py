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
LOCK_RETRY = 2.0  # seconds before serve tries again when a run-once holds the pass lock


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


def run_once(config: Config, stop: threading.Event | None = None, now: dt.datetime | None = None,
             on_mail=None) -> PassResult | None:
    """One locked pass; None when another pass holds the lock (a slow run and the next cron tick).

    `on_mail` is called after each handled mail (the CLI's progress bar).
    """
    lock = PassLock(config.database_path)
    if not lock.acquire():
        return None
    try:
        worker = Worker(config, clock=(lambda: now) if now is not None else store.utcnow)
        if stop is not None:
            worker.stop = stop
        worker.on_mail = on_mail
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
        self.woken = threading.Event()

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
            # a run-once holds the lock; it may have fetched before the mail we were woken for
            log.info("another pass is running on this database; trying again in %.0f s", LOCK_RETRY)
            self._run_in(LOCK_RETRY)
            return
        try:
            while True:
                self.woken.clear()
                self._report(self.worker.run_pass())
                # a wake during the pass was skipped by the scheduler (one instance): pass again
                if self.stop.is_set() or not self.woken.is_set():
                    break
        finally:
            self.lock.release()

    def _report(self, result: PassResult) -> None:
        for error in result.errors:
            log.warning("%s", error)
        if result.new or result.sent or result.failed:
            log.info("%s", result.summary())

    def wake(self) -> None:
        """Run the pass now (new mail arrived), or once more right after the running one."""
        self.woken.set()
        self._run_in(0)

    def _run_in(self, seconds: float) -> None:
        when = dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=seconds)
        self.scheduler.modify_job("pass", next_run_time=when)

    def watch(self) -> None:
        """Wait in IDLE on a connection of its own; reconnect with backoff when it drops."""
        from .mailbox import open_mailbox

        delay = RECONNECT_FIRST
        lost = False
        while not self.stop.is_set():
            mailbox = open_mailbox(self.config)
            try:
                mailbox.open()
                delay = RECONNECT_FIRST
                if lost:
                    log.info("mailbox connection restored")
                    lost = False
                # mail that arrived before this connection saw the folder is announced to no one
                # (at start, or while we were away): look now, not only at the next interval
                self.wake()
                self.idle(mailbox)
            except ServerError as exc:
                lost = True
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
