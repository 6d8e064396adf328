"""Record: every fetched mail stored raw, in one transaction per batch, before anything else happens.

A crash after this stage loses nothing: the mail is in the database and the
next pass goes on from it (store.pending_messages).
"""

from __future__ import annotations

import email.policy
import logging
import re
from email.parser import BytesHeaderParser

from .. import store
from ..fingerprint import fingerprint
from ..parsing.mime import header_text
from ..recipients import from_address
from .context import PassContext

log = logging.getLogger(__name__)


class Recorder:
    """Stores the batches fetched from one folder; remembers the first UID that came without content."""

    def __init__(self, ctx: PassContext, folder: str, uidvalidity: int):
        self.ctx, self.folder, self.uidvalidity = ctx, folder, uidvalidity
        self.hole: int | None = None  # the first UID this pass could not read: the next pass reads from there

    def store(self, batch, result) -> None:
        """Store a fetched batch raw, in one transaction, before anything else happens.

        A mail the server sent without content (BODY[] NIL, even when asked twice) is not
        stored, and the folder is read again from it next pass; the mails after it that are
        stored here are recognised by their UID then.
        """
        db, folder, uidvalidity = self.ctx.db, self.folder, self.uidvalidity
        with store.transaction(db):
            for mail in batch:
                if getattr(mail, "body_missing", False):
                    log.warning("mail UID %s in %s: the server sent no content; trying again next pass",
                                mail.uid, folder)
                    continue
                message_id, sender, subject = peek_headers(mail.raw)
                row = store.store_message(
                    db, folder=folder, uidvalidity=uidvalidity, uid=mail.uid, raw=mail.raw,
                    message_id=message_id, sender=sender, subject=subject, received_at=self.ctx.clock(),
                    fingerprint=fingerprint(mail.raw),
                    max_bytes=self.ctx.config.safety.max_message_bytes)
                if row is not None:
                    result.new += 1
                    if _duplicate(db, row):
                        result.outcomes["duplicate"] += 1
            done = stored_up_to(batch)
            if self.hole is None and any(getattr(m, "body_missing", False) for m in batch):
                self.hole = done + 1
            if self.hole is not None:  # later batches must not move past it either
                done = min(done, self.hole - 1)
            if done > 0:
                store.set_last_uid(db, folder, uidvalidity, done)


def _duplicate(db, row: int) -> bool:
    return db.execute("SELECT state FROM messages WHERE id = ?", [row]).fetchone()[0] == "duplicate"


def stored_up_to(batch) -> int:
    """The UID up to which a batch is stored: just below the first mail that came without content."""
    missing = [m.uid for m in batch if getattr(m, "body_missing", False)]
    if missing:
        return min(missing) - 1
    return max((m.uid for m in batch), default=0)


def peek_headers(raw: bytes) -> tuple[str | None, str | None, str | None]:
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
