"""Decide: the lifecycle rules (mailbot/decide.py) on the stored registrations, then confirm-first and flood.

A cancellation or change nobody can vouch for is asked back to the registered
address instead (confirmation.py); a decision that would pass a flood limit
waits for review. What may go on is written by the apply stage.
"""

from __future__ import annotations

from .. import confirmation, flood, store
from ..decide import Context, Decision, decide
from ..model import Parsed
from ..registry import StoreState, registration_row
from .apply import apply_decision, queue_notice
from .context import PassContext
from .guard import hold_for_flood


def decide_mail(ctx: PassContext, row: int, parsed: Parsed, *, actor: str = "mailbot",
                thread_id: int | None = None, confirmed: bool = False) -> Decision | str:
    """The rules' decision for this mail, or the outcome when it must wait (asked to confirm, a flood limit).

    actor="coordinator" is `mailbot accept`: a person decided this mail is to be
    handled, so a repeated "already registered" is answered too, and neither the
    confirm-first rule nor the flood limits apply. `thread_id` and `confirmed` are
    a request the registered address confirmed by replying (confirmation.py).
    """
    db = ctx.db
    if thread_id is None:
        thread_id = store.outbox_registration_for(db, [parsed.in_reply_to, *parsed.references])
    thread = registration_row(db, thread_id) if thread_id else None
    rules = Context(config=ctx.config, now=ctx.clock(), thread_registration=thread, actor=actor)
    decision = decide(StoreState(db), parsed, rules)
    if actor != "mailbot":
        return decision
    target = None if confirmed else confirmation.needs_confirmation(ctx.config, parsed, thread, decision)
    if target is not None:
        # the question goes to the registered address, which wrote to us before; still one answer
        over = flood.over_limit(db, ctx.config.safety, ctx.clock(), sender=None, recipients=[target.email],
                                new_registrations=0)
        if over is not None:
            return hold_for_flood(ctx, row, parsed, *over)
        return confirmation.ask(ctx, row, parsed, decision, target, queue_notice)
    over = _flood(ctx, parsed, decision)
    if over is not None:
        return hold_for_flood(ctx, row, parsed, *over)
    return decision


def decide_and_apply(ctx: PassContext, row: int, parsed: Parsed, *, actor: str = "mailbot",
                     thread_id: int | None = None, confirmed: bool = False) -> str:
    """decide → (confirm first? flood?) → apply; returns the outcome for the pass summary."""
    decided = decide_mail(ctx, row, parsed, actor=actor, thread_id=thread_id, confirmed=confirmed)
    if isinstance(decided, str):  # held or asked: nothing to apply
        return decided
    return apply_decision(ctx, row, parsed, decided, actor=actor)


def _flood(ctx: PassContext, parsed: Parsed, decision: Decision) -> tuple[str, str] | None:
    """A flood limit this decision would pass; promotions count per hour, not for the sender."""
    notices = decision.notices
    return flood.over_limit(
        ctx.db, ctx.config.safety, ctx.clock(), sender=parsed.sender,
        recipients=[n.to for n in notices if n.kind != "promoted"], answers=len(notices),
        new_registrations=sum(1 for c in decision.changes if c.registration.id is None),
    ) if notices or any(c.registration.id is None for c in decision.changes) else None
