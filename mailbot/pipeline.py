"""What happens to one parsed mail: the guards first, then decide, apply and queue answers.

Called inside the mail's transaction by the worker. Returns a one-word
outcome for the pass summary. The guards make sure mailbot never answers a
machine, itself, a forged sender, an address that never wrote to it
(recipients.py), more mail than the flood limits allow (flood.py), or a
sender it has already answered often; and that nobody's registration is
cancelled or changed on an unproven word (confirmation.py).
"""

from __future__ import annotations

import datetime as dt
import logging

from . import confirmation, flood, store
from .authentication import is_configured
from .model import Parsed
from .recipients import answer_problem

log = logging.getLogger(__name__)

COMMAND_WORDS = ("STATUS", "EXPORT")
MACHINE_KINDS = ("auto_reply", "other")
ACTION_KINDS = ("registration", "change", "cancellation")  # mails that change registrations and are answered


def handle_parsed(worker, row: int, parsed: Parsed) -> str:
    """Guards, then the lifecycle rules; everything written in the caller's transaction."""
    db = worker.db
    store.audit(db, "parsed", describe(parsed), message_row=row)
    request = confirmation.confirmed_request(db, parsed)
    if request is not None:
        return confirmation.apply_confirmed(worker, row, parsed, request, apply_rules)
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
    if parsed.read_from_attachments:
        parts.append("read from attachment " + ", ".join(parsed.read_from_attachments))
    text = ", ".join(parts)
    if parsed.needs_review:
        text += "; unsure: " + "; ".join(parsed.reasons)
    return text


def hold_reason(worker, parsed: Parsed) -> tuple[str, str, str] | None:
    """(message state, outcome, why) when the mail must not be answered; None to go on."""
    config = worker.config
    if parsed.own_loop:
        return "ignored", "ignored", "not answered: our own mail came back (loop guard)"
    if parsed.coordinator_command:
        return _command_hold(worker, parsed)
    if _command_while_off(parsed, config):
        why = ("[coordinator] commands = false" if is_configured(config.safety) else
               "without [safety] authserv_id the coordinator's From address cannot be checked")
        return "review", "review", f"held for review: {parsed.subject.strip().upper()} by mail is off: {why}"
    if _stray_command(parsed, config):
        return "ignored", "ignored", f"ignored: command {parsed.subject.strip()!r} from a non-coordinator address"
    if parsed.kind == "other" and parsed.needs_review:
        # unreadable, after the event, "siehe Anhang", a calendar reply: nobody is answered,
        # but the parser asks for a person, so it goes on the review list, not to "ignored"
        return "review", "review", "left for review: " + "; ".join(parsed.reasons)
    if parsed.kind in MACHINE_KINDS:
        return "ignored", "ignored", f"not answered: {parsed.kind.replace('_', '-')}"
    if parsed.kind == "bounce":
        # a forged bounce would flag anyone's registration and drop people from the waiting list
        if parsed.dmarc == "fail":
            return "review", "review", "held for review: a bounce whose sender failed DMARC, it may be forged"
        return None
    if parsed.auto_submitted:
        return "review", "review", "not answered: the mail carries automatic-mail headers"
    if parsed.dmarc == "fail":
        return "review", "review", "held for review: DMARC failed, the sender may be forged"
    if parsed.kind in ACTION_KINDS:
        problem = answer_problem(sender=parsed.sender, sender_problem=parsed.sender_problem,
                                 reply_to=parsed.email, authenticated=parsed.authenticated)
        if problem:
            return "review", "review", f"held for review: {problem}"
        limit = config.event.max_party_size
        if parsed.party_size and parsed.party_size > limit:
            return "review", "review", (f"held for review: a party of {parsed.party_size} persons is more than "
                                        f"[event] max_party_size = {limit}")
    if parsed.email and _over_cap(worker, parsed.email):
        cap = config.safety.answers_per_sender_per_day
        return "review", "review", f"held for review: already {cap} answers to this address today"
    return None


def _command_hold(worker, parsed: Parsed) -> tuple[str, str, str] | None:
    """A coordinator command runs only when our server vouched for the coordinator's From."""
    if not parsed.authenticated:
        return "review", "review", (f"held for review: a coordinator command that our server did not "
                                    f"authenticate (DMARC: {parsed.dmarc or 'no result'})")
    over = flood.over_limit(worker.db, worker.config.safety, worker.clock(), sender=parsed.sender,
                            recipients=[parsed.sender or ""], new_registrations=0)
    if over is not None:
        _tell_coordinator(worker, *over)
        return "review", "review", over[1]
    return None


def _command_while_off(parsed: Parsed, config) -> bool:
    return (not config.coordinator.commands and parsed.subject.strip().upper() in COMMAND_WORDS
            and (parsed.sender or "") in config.coordinator.emails)


def _stray_command(parsed: Parsed, config) -> bool:
    return (not parsed.coordinator_command and parsed.subject.strip().upper() in COMMAND_WORDS
            and (parsed.sender or "") not in config.coordinator.emails)


def _over_cap(worker, address: str) -> bool:
    since = worker.clock() - dt.timedelta(days=1)
    return store.answers_today(worker.db, address, since) >= worker.config.safety.answers_per_sender_per_day


def apply_rules(worker, row: int, parsed: Parsed, *, actor: str = "mailbot", thread_id: int | None = None,
                confirmed: bool = False) -> str:
    """decide → (confirm first? flood?) → apply the changes → queue the notices → finish the message.

    actor="coordinator" is `mailbot accept`: a person decided this mail is to be
    handled, so a repeated "already registered" is answered too, and neither the
    confirm-first rule nor the flood limits apply. `thread_id` and `confirmed` are
    a request the registered address confirmed by replying (confirmation.py).
    """
    from .decide import Context, decide
    from .registry import StoreState, apply_changes, registration_row

    db = worker.db
    if thread_id is None:
        thread_id = store.outbox_registration_for(db, [parsed.in_reply_to, *parsed.references])
    thread = registration_row(db, thread_id) if thread_id else None
    ctx = Context(config=worker.config, now=worker.clock(), thread_registration=thread, actor=actor)
    decision = decide(StoreState(db), parsed, ctx)
    if actor == "mailbot":
        target = None if confirmed else confirmation.needs_confirmation(worker.config, parsed, thread, decision)
        if target is not None:
            # the question goes to the registered address, which wrote to us before; still one answer
            over = flood.over_limit(db, worker.config.safety, worker.clock(), sender=None, recipients=[target.email],
                                    new_registrations=0)
            if over is not None:
                return _hold_for_flood(worker, row, parsed, *over)
            return confirmation.ask(worker, row, parsed, decision, target, _queue)
        over = _flood(worker, parsed, decision)
        if over is not None:
            return _hold_for_flood(worker, row, parsed, *over)
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


def _flood(worker, parsed: Parsed, decision) -> tuple[str, str] | None:
    """A flood limit this decision would pass; promotions count per hour, not for the sender."""
    notices = decision.notices
    return flood.over_limit(
        worker.db, worker.config.safety, worker.clock(), sender=parsed.sender,
        recipients=[n.to for n in notices if n.kind != "promoted"], answers=len(notices),
        new_registrations=sum(1 for c in decision.changes if c.registration.id is None),
    ) if notices or any(c.registration.id is None for c in decision.changes) else None


def _hold_for_flood(worker, row: int, parsed: Parsed, limit: str, why: str) -> str:
    """Nothing is applied or sent; the mail waits for the coordinator, who is told once."""
    store.finish_message(worker.db, row, state="review", kind=parsed.kind, parsed=parsed.to_dict(), error=why)
    store.audit(worker.db, "held", why, message_row=row)
    _tell_coordinator(worker, limit, why)
    return "review"


def _tell_coordinator(worker, limit: str, why: str) -> None:
    """One mail per limit and hour (or day) to the coordinators, however many mails are held."""
    from .model import Notice

    key = flood.window_key(limit, worker.clock())
    seen = worker.db.execute("SELECT 1 FROM outbox WHERE dedupe_key = ?", [f"{FLOOD_ALERT}:{key}"]).fetchone()
    if seen or not worker.config.coordinator.emails:
        return
    store.audit(worker.db, "flood", f"{limit} reached; further mail waits for review")
    for n, address in enumerate(worker.config.coordinator.emails):
        notice = Notice(kind=FLOOD_ALERT, to=address, language="de", key=key if n == 0 else f"{key}:{n}",
                        extra={"limit": limit, "reason": why.removeprefix("held for review: ")})
        worker.outbox.queue(notice)


FLOOD_ALERT = "flood_alert"


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
