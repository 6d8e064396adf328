"""Apply: a decision written to the database, its notices queued, the mail finished; commands by mail.

Everything happens in the mail's transaction (opened by the worker): the
registration changes and the answers they cause are committed together or not
at all. A permanent delivery failure, recorded by the outbox, is applied here
too, by the pass, never inside the delivery thread (apply_undelivered).
"""

from __future__ import annotations

import datetime as dt
import logging

from .. import store
from ..compose import InvalidRecipient
from ..decide import Context, Decision, decide
from ..model import NOTICE_KINDS, Notice, Parsed
from ..registry import StoreState, apply_changes, registration_row
from .context import PassContext

log = logging.getLogger(__name__)

# Mails to participants (model.NOTICE_TYPES): when one cannot be delivered, the person never heard from us.
PARTICIPANT_KINDS = frozenset(NOTICE_KINDS)


def apply_decision(ctx: PassContext, row: int, parsed: Parsed, decision: Decision, *, actor: str = "mailbot") -> str:
    """Write the changes, queue the notices, finish the message; returns the decision's summary."""
    # finish_message below writes the mail's registration_id (_registration_of: the same id first):
    # the row holds the raw mail, and each rewrite of it cost pages in the commit
    apply_changes(ctx.db, decision, row, link_message=False)
    state = decision.message_state
    for notice in decision.notices:
        notice.key = f"m{row}:{notice.key}"
        if (actor == "mailbot" and _told_already(ctx, notice, row)) or not queue_notice(ctx, notice, row):
            state = "review"
    store.finish_message(ctx.db, row, state=state, kind=parsed.kind, parsed=parsed.to_dict(),
                         registration_id=_registration_of(decision))
    return decision.summary


def queue_notice(ctx: PassContext, notice: Notice, row: int) -> bool:
    """Queue one notice; False (logged for the coordinator) when its address cannot take mail."""
    try:
        ctx.outbox.queue(notice, message_row=row)
    except InvalidRecipient as exc:
        reg_id = notice.registration.id if notice.registration is not None else None
        store.audit(ctx.db, "not answered", f"{notice.kind}: unusable address ({exc})", message_row=row,
                    registration_id=reg_id)
        return False
    return True


def _told_already(ctx: PassContext, notice: Notice, row: int) -> bool:
    """A second "you are already registered" within a day is not sent: repeats stay quiet.

    A person who writes the same thing again is better served by a human, and a
    responder that echoes our mail back gets one answer, not one per echo.
    """
    if notice.kind != "already_registered":
        return False
    since = ctx.clock() - dt.timedelta(days=1)
    if not store.sent_recently(ctx.db, notice.to, notice.kind, since):
        return False
    reg_id = notice.registration.id if notice.registration is not None else None
    store.audit(ctx.db, "not answered", "already told today that they are registered; left for review",
                message_row=row, registration_id=reg_id)
    return True


def _registration_of(decision: Decision) -> int | None:
    if decision.registration is not None and decision.registration.id is not None:
        return decision.registration.id
    for change in decision.changes:
        if change.registration.id is not None:
            return change.registration.id
    return None


def run_command(ctx: PassContext, row: int, parsed: Parsed) -> str:
    """STATUS / EXPORT by mail from a coordinator address: answered by the desk's registered handler."""
    command = parsed.coordinator_command
    handler = ctx.desk.commands.get(command)
    if handler is None:  # a pass without the desk (see context.DeskHandlers): a person answers
        why = f"held for review: no handler for the command {command}"
        store.finish_message(ctx.db, row, state="review", kind=parsed.kind, parsed=parsed.to_dict(), error=why)
        store.audit(ctx.db, "held", why, message_row=row)
        return "review"
    kind = "status_report" if command == "STATUS" else "export"
    extra, attachments = handler(ctx.db, ctx.config)
    notice = Notice(kind=kind, to=parsed.sender or "", language=ctx.config.coordinator.language,
                    in_reply_to=parsed.message_id,
                    references=[*parsed.references, parsed.message_id] if parsed.message_id else [],
                    key=f"m{row}:{kind}", extra=extra)
    ctx.outbox.queue(notice, message_row=row, attachments=attachments)
    store.finish_message(ctx.db, row, state="processed", kind=parsed.kind, parsed=parsed.to_dict())
    store.audit(ctx.db, "command", f"{command} from {parsed.sender}", message_row=row, actor="coordinator")
    return "command"


def apply_undelivered(ctx: PassContext) -> int:
    """Mails that failed for good, as the delivery recorded them: the bounce rule flags their registrations.

    Runs in the pass, after its delivery thread has ended, so the rules only ever run
    in one thread; a failure recorded just before a crash is applied by the next pass.
    Returns how many failures were applied.
    """
    done = 0
    for row in store.failures_to_apply(ctx.db):
        with store.transaction(ctx.db):
            if row["registration_id"] is not None and row["kind"] in PARTICIPANT_KINDS:
                _flag_undeliverable(ctx, row)
            store.set_failure_applied(ctx.db, row["id"])
        done += 1
    return done


def _flag_undeliverable(ctx: PassContext, row: dict) -> None:
    """A permanent failure is a bounce we saw ourselves: the same rule flags the registration."""
    reg = registration_row(ctx.db, row["registration_id"])
    parsed = Parsed(kind="bounce", bounced_recipient=row["to_addr"],
                    reasons=[f"{row['kind']} could not be delivered: {row['last_error']}"])
    decision = decide(StoreState(ctx.db), parsed, Context(config=ctx.config, now=ctx.clock(), thread_registration=reg))
    apply_changes(ctx.db, decision)
