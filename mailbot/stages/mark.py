"""Mark: handled mails get the keyword (and are moved) on the server; erased mails are deleted; Sent copies.

Everything else stays unread and unmarked for a person. Each server action is
done in rounds, each recorded in its own commit, so a big pass neither holds
every row in memory nor loses the rounds already done when the server goes away.
"""

from __future__ import annotations

import logging

from .. import store
from ..errors import ServerError
from .context import PassContext

log = logging.getLogger(__name__)

MARK_CHUNK = 500  # handled mails marked on the server per round (one IMAP command, one commit)


def mark(ctx: PassContext, mailbox, folder: str, uidvalidity: int, result=None) -> None:
    """Keyword (and optional move) for handled registrations; everything else stays unread.

    A mail seen again under a new UIDVALIDITY (a 'duplicate') gets the keyword again
    when its first copy was handled. Marks are made even when stopping.
    """
    db = ctx.db

    def act(rows):
        handled = [uid for row, uid, state in rows
                   if state == "processed" or (state == "duplicate" and _first_copy_handled(db, row))]
        if handled:
            mailbox.mark_handled(handled)

    _server_rounds(ctx, lambda: store.unmarked_messages(db, folder, uidvalidity, limit=MARK_CHUNK), act,
                   lambda rows: store.set_marked(db, [row for row, _uid, _state in rows]),
                   "could not mark handled mails", result, even_when_stopping=True)


def _first_copy_handled(db, row: int) -> bool:
    """Was the mail this duplicate repeats (same Message-ID, or same content without one) handled?"""
    return db.execute(
        "SELECT 1 FROM messages d JOIN messages m ON m.id < d.id AND m.state = 'processed' AND "
        "(m.message_id = d.message_id OR (d.message_id IS NULL AND m.fingerprint = d.fingerprint)) "
        "WHERE d.id = ? LIMIT 1", [row]).fetchone() is not None


def copy_sent(ctx: PassContext, mailbox, result=None) -> None:
    """[imap] sent_folder: a copy of each sent answer, so the mail client shows whole threads.

    Copies trail delivery by up to one pass (the delivery thread may still be sending);
    a crash between APPEND and the commit can leave one copy twice, never none.
    """
    if ctx.config.imap is None or not ctx.config.imap.sent_folder:
        return

    def act(rows):
        for _row, raw in rows:
            mailbox.append_sent(raw)

    _server_rounds(ctx, lambda: store.sent_uncopied(ctx.db), act,
                   lambda rows: store.set_copied(ctx.db, [row for row, _raw in rows]),
                   "could not copy answers to the Sent folder", result)


def _server_rounds(ctx: PassContext, fetch, act, record, failure: str, result=None, *,
                   even_when_stopping: bool = False) -> None:
    """Rounds of: the rows still to do → the server action → their commit.

    A server error ends the rounds and fails the pass (a folder that cannot be made is
    said on every pass, not hidden behind exit 0); what is not recorded is done again
    next pass. Marks are made even when stopping (a few quick commands for the mails just handled).
    """
    while even_when_stopping or not ctx.stop.is_set():
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
        with store.transaction(ctx.db):
            record(rows)


def delete_erased(ctx: PassContext, mailbox, folder: str, uidvalidity: int) -> None:
    """Delete on the server the mails of forgotten or purged people ([retention] delete_imap).

    Which mails were erased is the desk's to say (privacy.py), through ctx.desk.
    """
    desk, db = ctx.desk, ctx.db
    if desk.erased_in_folder is None:
        return
    pending = desk.erased_in_folder(db)
    here = [uid for f, v, uid in pending if f == folder and v == uidvalidity]
    try:
        if here:
            mailbox.delete(here)
    except ServerError as exc:
        log.warning("could not delete erased mails on the server: %s", exc)
        return
    # In this folder they are deleted now, or (under an old UIDVALIDITY) name no mail any more.
    gone = [(f, v, uid) for f, v, uid in pending if f == folder]
    with store.transaction(db):
        desk.erased_in_folder_done(db, gone)
        if here:
            store.audit(db, "deleted on server", f"{len(here)} erased mail(s) in {folder!r}")
    _delete_erased_elsewhere(ctx, mailbox)


def _delete_erased_elsewhere(ctx: PassContext, mailbox) -> None:
    """Erased mails in move_to and their answers in the Sent folder, found by Message-ID."""
    desk, db = ctx.desk, ctx.db
    if desk.erased_elsewhere is None:
        return
    pending = desk.erased_elsewhere(db)
    if not pending or not hasattr(mailbox, "delete_by_message_id"):
        return
    for where in sorted({f for f, _mid in pending}):
        items = [(f, mid) for f, mid in pending if f == where]
        try:
            count = mailbox.delete_by_message_id(where, [mid for _f, mid in items])
        except ServerError as exc:
            log.warning("could not delete erased mails in %r: %s", where, exc)
            continue
        with store.transaction(db):
            desk.erased_elsewhere_done(db, items)
            store.audit(db, "deleted on server", f"{count} of {len(items)} erased mail(s) found in {where!r}")
