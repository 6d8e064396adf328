"""`run-once` and `serve`: passes under a lock, on a schedule, woken by IMAP IDLE."""

from __future__ import annotations

import datetime as dt
import fcntl
import logging
import os
import random
import threading
import time
from pathlib import Path

from apscheduler.schedulers.background import BackgroundScheduler

from . import store
from .config import Config
from .errors import LoginError, RefusedError, ServerError
from .mailbox import open_mailbox, say_once
from .worker import PassResult, Worker

log = logging.getLogger(__name__)

RECONNECT_FIRST = 2.0  # seconds; doubles up to RECONNECT_MAX after each failed reconnect
RECONNECT_MAX = 240.0  # plus up to a quarter of jitter: at most 5 minutes
RECONNECT_JITTER = 0.25
STABLE_AFTER = 60.0  # a connection that held this long starts the backoff afresh
LOCK_RETRY = 2.0  # seconds before serve tries again when a run-once holds the pass lock


def reconnect_delay(failures: int, rand: float | None = None) -> float:
    """Seconds to wait after `failures` failed connections in a row (1, 2, ...).

    Doubles from RECONNECT_FIRST up to RECONNECT_MAX, plus up to RECONNECT_JITTER of it at
    random (`rand` in [0, 1) for tests), so many workers cut off together do not knock again
    together.
    """
    base = min(RECONNECT_FIRST * 2 ** max(failures - 1, 0), RECONNECT_MAX)
    return base * (1 + RECONNECT_JITTER * (random.random() if rand is None else rand))


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
        self._running = False  # a pass runs (or is about to); guarded by _state
        self._state = threading.Lock()

    def run(self) -> None:
        """Block until `stop` is set; then finish the current mail and return."""
        self.scheduler = BackgroundScheduler(timezone=dt.timezone.utc)
        self.scheduler.add_job(self.one_pass, "interval", id="pass", seconds=self.config.worker.poll_interval,
                               next_run_time=dt.datetime.now(dt.timezone.utc), max_instances=1, coalesce=True)
        # the first pass runs now; a wake from the watcher meanwhile makes it pass once more
        with self._state:
            self._running = True
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
        with self._state:
            self._running = True
        try:
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
                    # a wake during the pass did not start another one (see wake): pass again
                    with self._state:
                        if self.stop.is_set() or not self.woken.is_set():
                            self._running = False
                            break
            finally:
                self.lock.release()
        finally:
            with self._state:
                self._running = False

    def _report(self, result: PassResult) -> None:
        for error in result.errors:
            log.warning("%s", error)
        if result.new or result.sent or result.failed:
            log.info("%s", result.summary(self.config.coordinator.language))

    def wake(self) -> None:
        """Run the pass now (new mail arrived), or once more right after the running one.

        While a pass runs, the scheduler is not asked for another (it would refuse with a
        "maximum number of running instances" warning): the running pass sees `woken`.
        """
        with self._state:
            self.woken.set()
            if self._running:
                return
        self._run_in(0)

    def _run_in(self, seconds: float) -> None:
        when = dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=seconds)
        self.scheduler.modify_job("pass", next_run_time=when)

    def watch(self) -> None:
        """Wait for new mail on a connection of its own (IDLE, or polling without it).

        When the connection drops or the server refuses us, try again after an exponential
        backoff with jitter (reconnect_delay); a connection must hold STABLE_AFTER seconds
        before the backoff starts afresh, so a server that lets us in and then refuses
        something at once is not knocked on every 2 s.
        """
        failures = 0
        lost = False
        while not self.stop.is_set():
            mailbox = open_mailbox(self.config)
            connected = None
            try:
                mailbox.open()
                connected = time.monotonic()
                if lost:
                    log.info("mailbox connection restored")
                    lost = False
                self._say_how(mailbox)
                # mail that arrived before this connection saw the folder is announced to no one
                # (at start, or while we were away): look now, not only at the next interval
                self.wake()
                self.idle(mailbox)
                continue  # only when stopping
            except (RefusedError, LoginError) as exc:
                why = f"the mail server refused us ({exc})"
            except ServerError as exc:
                lost = True
                why = f"mailbox connection lost ({exc})"
            finally:
                mailbox.close()
            if connected is not None and time.monotonic() - connected >= STABLE_AFTER:
                failures = 0
            failures += 1
            delay = reconnect_delay(failures)
            log.warning("%s; reconnecting in %.0f s", why, delay)
            self.stop.wait(delay)

    def _say_how(self, mailbox) -> None:
        methods = getattr(mailbox, "methods", None)
        if methods is not None and methods.wait != "IDLE":
            say_once(f"{mailbox.where} offers no IDLE: looking for new mail every "
                     f"{self.config.imap.poll_seconds:.0f} s ([imap] poll_seconds), on one connection")

    def idle(self, mailbox) -> None:
        renew = self.config.imap.idle_renew if self.config.imap else 60.0
        while not self.stop.is_set():
            if mailbox.wait_for_news(renew, self.stop):
                self.wake()
