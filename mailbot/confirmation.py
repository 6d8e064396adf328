"""Confirm first: a cancellation or change nobody can vouch for is asked back to the registered address.

A From address is easy to forge. A mail that cancels or changes a registration
is applied at once only when it answers one of our mails (its In-Reply-To or
References name a Message-ID only the registered address received) or when our
server authenticated the From and it is the registered address. Otherwise
mailbot writes to the registered address: "reply to this mail to confirm".
A reply to that mail (any reply that is not automatic) applies the request as
it was asked; without a reply nothing changes.
"""

from __future__ import annotations

import json

from . import store
from .model import Notice, Parsed
from .registry import registration_row

KIND = "confirm_by_reply"
CHANGING = ("cancelled", "moved", "changed", "change_waitlisted", "waitlisted")  # what a request does to a place
CONFIRMING_KINDS = ("registration", "question", "other")  # a reply that asks nothing new of its own


def needs_confirmation(config, parsed: Parsed, thread, decision):
    """The registration a request would change without proof of its owner; None when it may go on."""
    if thread is not None or parsed.kind not in ("cancellation", "change", "registration"):
        return None
    target = decision.registration
    if target is None or target.id is None:
        return None
    if not any(c.registration is target and c.action in CHANGING for c in decision.changes):
        return None
    if parsed.authenticated and parsed.sender == (target.email or "").lower():
        return None
    return target


def ask(ctx, row: int, parsed: Parsed, decision, target, queue) -> str:
    """Nothing is applied; the registered address is asked to confirm by replying.

    `queue(ctx, notice, row)` is the apply stage's queueing step, handed in so that this
    module needs nothing from the stages (no import cycle)."""
    db = ctx.db
    stored = registration_row(db, target.id)
    wanted = target.wanted or target.workgroup
    notice = Notice(
        kind=KIND, to=stored.email, language=stored.language, registration=stored,
        in_reply_to=parsed.message_id if parsed.sender == stored.email else None,
        key=f"m{row}:confirm",
        extra={"request": "cancellation" if parsed.kind == "cancellation" else "change",
               "wanted": wanted, "wanted_party_size": target.wanted_party_size or target.party_size,
               "workgroup": stored.workgroup})
    state = "processed" if queue(ctx, notice, row) else "review"
    why = (f"{parsed.kind} not applied yet: it does not answer one of our mails"
           + ("" if parsed.authenticated else " and our server did not authenticate the sender")
           + f"; asked {stored.email} to confirm by replying")
    store.finish_message(db, row, state=state, kind=parsed.kind, parsed=parsed.to_dict(),
                         registration_id=stored.id, error=None if state == "processed" else why)
    store.audit(db, "confirm asked", why, message_row=row, registration_id=stored.id)
    return "asked to confirm"


def confirmed_request(db, parsed: Parsed) -> tuple[int, int] | None:
    """(the asking mail's row, the registration id) when this mail replies to our confirm-first mail."""
    if parsed.kind not in CONFIRMING_KINDS or parsed.auto_submitted or parsed.own_loop or parsed.dmarc == "fail":
        return None
    ids = [m for m in (parsed.in_reply_to, *parsed.references) if m]
    if not ids:
        return None
    marks = ",".join("?" * len(ids))
    found = db.execute(f"SELECT message_row, registration_id FROM outbox WHERE kind = ? AND message_id IN ({marks}) "
                       "ORDER BY id DESC LIMIT 1", [KIND, *ids]).fetchone()
    if found is None or found[0] is None or found[1] is None:
        return None
    done = db.execute("SELECT 1 FROM audit WHERE action = 'confirmed by reply' AND message_row = ?",
                      [found[0]]).fetchone()
    return None if done else (found[0], found[1])


def apply_confirmed(ctx, row: int, parsed: Parsed, request: tuple[int, int], apply_rules) -> str:
    """The registered address answered our question: apply the request as it was first asked
    (`apply_rules` is the decide stage's decide_and_apply, handed in: no import cycle)."""
    asking_row, reg_id = request
    (stored,) = ctx.db.execute("SELECT parsed FROM messages WHERE id = ?", [asking_row]).fetchone()
    original = Parsed.from_dict(json.loads(stored))
    summary = apply_rules(ctx, row, original, thread_id=reg_id, confirmed=True)
    state, error = ctx.db.execute("SELECT state, error FROM messages WHERE id = ?", [row]).fetchone()
    if not (state == "review" and error):  # held (a flood limit): a later reply may still confirm it
        store.audit(ctx.db, "confirmed by reply", f"mail {row} confirmed the {original.kind}",
                    message_row=asking_row, registration_id=reg_id)
    # the reply keeps what it said itself; the request it confirmed is on the asking mail
    ctx.db.execute("UPDATE messages SET kind = ?, parsed = ? WHERE id = ?",
                      [parsed.kind, json.dumps(parsed.to_dict(), ensure_ascii=False), row])
    return summary
