"""Fetch: new mails from the configured folder, one batch ahead in a thread of its own.

Only UIDs above the last one stored are asked for (per folder and UIDVALIDITY);
the record stage stores each batch before anything else happens to it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import queue
import threading

from .. import store
from .context import PassContext

log = logging.getLogger(__name__)


def begin(ctx: PassContext, mailbox) -> tuple[str, int, int]:
    """The folder, its UIDVALIDITY and the last UID stored from it; the poll is recorded."""
    folder = mailbox.folder
    uidvalidity = mailbox.uidvalidity()
    note_server(ctx, mailbox)
    after = store.last_uid(ctx.db, folder, uidvalidity)
    with store.transaction(ctx.db):
        store.record_poll(ctx.db, folder, uidvalidity)
    return folder, uidvalidity, after


def batches(ctx: PassContext, mailbox, after: int) -> Prefetch:
    """The new mails after UID `after`, in batches; use it in `with`: the next batch is fetched meanwhile."""
    return Prefetch(mailbox.fetch_new(after, batch_size(ctx.config)))


def batch_size(config) -> int:
    return config.imap.batch_size if config.imap else 100


def note_server(ctx: PassContext, mailbox) -> None:
    """What the server cannot do (no MOVE or UIDPLUS, no keywords) goes into the log once per database.

    A warning and an audit line the first time; afterwards only a debug line, so a
    cron job does not repeat it every few minutes. (serve says itself that it polls.)
    """
    methods = getattr(mailbox, "methods", None)
    if methods is None:  # a Maildir
        return
    db = ctx.db
    said = json.loads(store.get_meta(db, "imap_notes") or "[]")
    new = [note for note in methods.notes if note not in said]
    for note in methods.notes:
        (log.warning if note in new else log.debug)("%s: %s", mailbox.where, note)
    if new:
        with store.transaction(db):
            for note in new:
                store.audit(db, "imap", note)
            store.set_meta(db, "imap_notes", json.dumps(said + new, ensure_ascii=False))


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
