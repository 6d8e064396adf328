"""Guard: mails that must not be answered or acted on are held for review or ignored, before any rule runs.

mailbot never answers a machine, itself, a forged sender, an address that never
wrote to it (recipients.py), more mail than the flood limits allow (flood.py),
or a sender it has already answered often; coordinator commands run only for an
authenticated coordinator address.
"""

from __future__ import annotations

import datetime as dt

from .. import flood, store
from ..authentication import is_configured
from ..model import Notice, Parsed
from ..recipients import answer_problem
from .context import PassContext

COMMAND_WORDS = ("STATUS", "EXPORT")
MACHINE_KINDS = ("auto_reply", "other")
ACTION_KINDS = ("registration", "change", "cancellation")  # mails that change registrations and are answered
FLOOD_ALERT = "flood_alert"


def hold_reason(ctx: PassContext, parsed: Parsed) -> tuple[str, str, str] | None:
    """(message state, outcome, why) when the mail must not be answered; None to go on."""
    config = ctx.config
    if parsed.own_loop:
        return "ignored", "ignored", "not answered: our own mail came back (loop guard)"
    if parsed.coordinator_command:
        return _command_hold(ctx, parsed)
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
    if parsed.email and _over_cap(ctx, parsed.email):
        cap = config.safety.answers_per_sender_per_day
        return "review", "review", f"held for review: already {cap} answers to this address today"
    return None


def hold(ctx: PassContext, row: int, parsed: Parsed, held: tuple[str, str, str]) -> str:
    """Finish a held mail with its state and reason; returns the outcome for the pass summary."""
    state, outcome, why = held
    store.finish_message(ctx.db, row, state=state, kind=parsed.kind, parsed=parsed.to_dict(), error=why)
    store.audit(ctx.db, "skipped" if state == "ignored" else "held", why, message_row=row)
    return outcome


def hold_for_flood(ctx: PassContext, row: int, parsed: Parsed, limit: str, why: str) -> str:
    """Nothing is applied or sent; the mail waits for the coordinator, who is told once."""
    store.finish_message(ctx.db, row, state="review", kind=parsed.kind, parsed=parsed.to_dict(), error=why)
    store.audit(ctx.db, "held", why, message_row=row)
    tell_coordinator(ctx, limit, why)
    return "review"


def tell_coordinator(ctx: PassContext, limit: str, why: str) -> None:
    """One mail per limit and hour (or day) to the coordinators, however many mails are held."""
    key = flood.window_key(limit, ctx.clock())
    seen = ctx.db.execute("SELECT 1 FROM outbox WHERE dedupe_key = ?", [f"{FLOOD_ALERT}:{key}"]).fetchone()
    if seen or not ctx.config.coordinator.emails:
        return
    store.audit(ctx.db, "flood", f"{limit} reached; further mail waits for review")
    for n, address in enumerate(ctx.config.coordinator.emails):
        notice = Notice(kind=FLOOD_ALERT, to=address, language="de", key=key if n == 0 else f"{key}:{n}",
                        extra={"limit": limit, "reason": why.removeprefix("held for review: ")})
        ctx.outbox.queue(notice)


def _command_hold(ctx: PassContext, parsed: Parsed) -> tuple[str, str, str] | None:
    """A coordinator command runs only when our server vouched for the coordinator's From."""
    if not parsed.authenticated:
        return "review", "review", (f"held for review: a coordinator command that our server did not "
                                    f"authenticate (DMARC: {parsed.dmarc or 'no result'})")
    over = flood.over_limit(ctx.db, ctx.config.safety, ctx.clock(), sender=parsed.sender,
                            recipients=[parsed.sender or ""], new_registrations=0)
    if over is not None:
        tell_coordinator(ctx, *over)
        return "review", "review", over[1]
    return None


def _command_while_off(parsed: Parsed, config) -> bool:
    return (not config.coordinator.commands and parsed.subject.strip().upper() in COMMAND_WORDS
            and (parsed.sender or "") in config.coordinator.emails)


def _stray_command(parsed: Parsed, config) -> bool:
    return (not parsed.coordinator_command and parsed.subject.strip().upper() in COMMAND_WORDS
            and (parsed.sender or "") not in config.coordinator.emails)


def _over_cap(ctx: PassContext, address: str) -> bool:
    since = ctx.clock() - dt.timedelta(days=1)
    return store.answers_today(ctx.db, address, since) >= ctx.config.safety.answers_per_sender_per_day
