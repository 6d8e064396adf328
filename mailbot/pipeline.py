"""What happens to one parsed mail: the guards first, then decide, apply and queue answers.

Called inside the mail's transaction by the worker. Returns a one-word
outcome for the pass summary. The guards make sure mailbot never answers a
machine, itself, a forged sender or a sender it has already answered often.
"""

from __future__ import annotations

import datetime as dt
import logging

from . import store
from .model import Parsed

log = logging.getLogger(__name__)

COMMAND_WORDS = ("STATUS", "EXPORT")
MACHINE_KINDS = ("auto_reply", "other")


def handle_parsed(worker, row: int, parsed: Parsed) -> str:
    """Guards, then the lifecycle rules; everything written in the caller's transaction."""
    db = worker.db
    store.audit(db, "parsed", describe(parsed), message_row=row)
    held = hold_reason(worker, parsed)
    if held is not None:
        state, outcome, why = held
        store.finish_message(db, row, state=state, kind=parsed.kind, parsed=parsed.to_dict(), error=why)
        store.audit(db, "skipped" if state == "ignored" else "held", why, message_row=row)
        return outcome
    if parsed.coordinator_command:
        return coordinator_command(worker, row, parsed)
    return apply_rules(worker, row, parsed)


def describe(parsed: Parsed) -> str:
    """One line for the log: what the parser understood."""
    parts = [parsed.kind]
    if parsed.email:
        parts.append(f"from {parsed.email}")
    if parsed.workgroups:
        parts.append("workgroups " + ", ".join(parsed.workgroups))
    if parsed.party_size and parsed.party_size > 1:
        parts.append(f"{parsed.party_size} persons")
    if parsed.language:
        parts.append(f"language {parsed.language}")
    if parsed.bounced_recipient:
        parts.append(f"bounced {parsed.bounced_recipient}")
    text = ", ".join(parts)
    if parsed.needs_review:
        text += "; unsure: " + "; ".join(parsed.reasons)
    return text


def hold_reason(worker, parsed: Parsed) -> tuple[str, str, str] | None:
    """(message state, outcome, why) when the mail must not be answered; None to go on."""
    config = worker.config
    if parsed.own_loop:
        return "ignored", "ignored", "not answered: our own mail came back (loop guard)"
    if parsed.coordinator_command and parsed.dmarc == "fail":
        return "review", "review", "held for review: a coordinator command whose sender failed DMARC"
    if parsed.coordinator_command:
        return None
    if _stray_command(parsed, config):
        return "ignored", "ignored", f"ignored: command {parsed.subject.strip()!r} from a non-coordinator address"
    if parsed.kind == "other" and parsed.needs_review:
        # unreadable, after the event, "siehe Anhang", a calendar reply: nobody is answered,
        # but the parser asks for a person, so it goes on the review list, not to "ignored"
        return "review", "review", "left for review: " + "; ".join(parsed.reasons)
    if parsed.kind in MACHINE_KINDS:
        return "ignored", "ignored", f"not answered: {parsed.kind.replace('_', '-')}"
    if parsed.kind == "bounce":
        return None
    if parsed.auto_submitted:
        return "review", "review", "not answered: the mail carries automatic-mail headers"
    if parsed.dmarc == "fail":
        return "review", "review", "held for review: DMARC failed, the sender may be forged"
    if parsed.email and _over_cap(worker, parsed.email):
        cap = config.safety.answers_per_sender_per_day
        return "review", "review", f"held for review: already {cap} answers to this address today"
    return None


def _stray_command(parsed: Parsed, config) -> bool:
    return (not parsed.coordinator_command and parsed.subject.strip().upper() in COMMAND_WORDS
            and (parsed.sender or "") not in config.coordinator.emails)


def _over_cap(worker, address: str) -> bool:
    since = worker.clock() - dt.timedelta(days=1)
    return store.answers_today(worker.db, address, since) >= worker.config.safety.answers_per_sender_per_day


def apply_rules(worker, row: int, parsed: Parsed, *, actor: str = "mailbot") -> str:
    """decide → apply the changes → queue the notices → finish the message.

    actor="coordinator" is `mailbot accept`: a person decided this mail is to be
    handled, so a repeated "already registered" is answered too.
    """
    from .decide import Context, decide
    from .registry import StoreState, apply_changes, registration_row

    db = worker.db
    thread_id = store.outbox_registration_for(db, [parsed.in_reply_to, *parsed.references])
    thread = registration_row(db, thread_id) if thread_id else None
    ctx = Context(config=worker.config, now=worker.clock(), thread_registration=thread, actor=actor)
    decision = decide(StoreState(db), parsed, ctx)
    apply_changes(db, decision, row)
    state = decision.message_state
    for notice in decision.notices:
        notice.key = f"m{row}:{notice.key}"
        if (actor == "mailbot" and _told_already(worker, notice, row)) or not _queue(worker, notice, row):
            state = "review"
    reg_id = _registration_of(decision)
    store.finish_message(db, row, state=state, kind=parsed.kind, parsed=parsed.to_dict(),
                         registration_id=reg_id)
    return decision.summary


def _told_already(worker, notice, row: int) -> bool:
    """A second "you are already registered" within a day is not sent: repeats stay quiet.

    A person who writes the same thing again is better served by a human, and a
    responder that echoes our mail back gets one answer, not one per echo.
    """
    if notice.kind != "already_registered":
        return False
    since = worker.clock() - dt.timedelta(days=1)
    if not store.sent_recently(worker.db, notice.to, notice.kind, since):
        return False
    reg_id = notice.registration.id if notice.registration is not None else None
    store.audit(worker.db, "not answered", "already told today that they are registered; left for review",
                message_row=row, registration_id=reg_id)
    return True


def _queue(worker, notice, row: int) -> bool:
    """Queue one notice; False (logged for the coordinator) when its address cannot take mail."""
    from .compose import InvalidRecipient

    try:
        worker.outbox.queue(notice, message_row=row)
    except InvalidRecipient as exc:
        reg_id = notice.registration.id if notice.registration is not None else None
        store.audit(worker.db, "not answered", f"{notice.kind}: unusable address ({exc})", message_row=row,
                    registration_id=reg_id)
        return False
    return True


def _registration_of(decision) -> int | None:
    if decision.registration is not None and decision.registration.id is not None:
        return decision.registration.id
    for change in decision.changes:
        if change.registration.id is not None:
            return change.registration.id
    return None


def coordinator_command(worker, row: int, parsed: Parsed) -> str:
    """STATUS / EXPORT by mail from a coordinator address: answered with the table or the xlsx."""
    from .desk.export import export_xlsx_bytes
    from .desk.status import status_text
    from .model import Notice

    command = parsed.coordinator_command
    kind = "status_report" if command == "STATUS" else "export"
    notice = Notice(kind=kind, to=parsed.sender or "", language=worker.config.coordinator.language,
                    in_reply_to=parsed.message_id,
                    references=[*parsed.references, parsed.message_id] if parsed.message_id else [],
                    key=f"m{row}:{kind}", extra={"status": status_text(worker.db, worker.config)})
    attachments = []
    if kind == "export":
        attachments.append((EXPORT_NAME, export_xlsx_bytes(worker.db, worker.config), XLSX_TYPE))
    worker.outbox.queue(notice, message_row=row, attachments=attachments)
    store.finish_message(worker.db, row, state="processed", kind=parsed.kind, parsed=parsed.to_dict())
    store.audit(worker.db, "command", f"{command} from {parsed.sender}", message_row=row, actor="coordinator")
    return "command"


EXPORT_NAME = "teilnehmende.xlsx"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
