"""The lifecycle rules: current registrations + one parsed mail → changes and notices.

Pure and deterministic: no I/O, no clock (`Context.now` is passed in), no
database. `registry.StoreState` answers the read queries from SQLite,
`MemoryState` from a list; `registry.apply_changes` writes the result. The
rules in plain language are in docs/rules.md.

Places: a registration *holds* places when it is confirmed, or flagged for
review while keeping the workgroup it had (a bounce must not give a confirmed
seat away behind the coordinator's back). Capacities count held persons.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Iterable

from .config import Config
from .model import NOTICE_TYPES, Notice, Parsed, Registration
from .places import (  # noqa: F401 - re-exported: callers import the rules' vocabulary from here
    CANCELLED, CONFIRMED, NEEDS_REVIEW, WAITLISTED, Change, Decision, MemoryState, Overlay, State,
    fits, free_places, holds_place, is_waiting, iso, registration_order, wanted_size, waits_for,
)

REASON_DEADLINE = "registration after the deadline"
ASKS = ("workgroup", "name", "details")  # what a question notice asks for (notices.py knows these)


# --- values ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Context:
    """What decide needs besides the state and the mail; `now` is an aware UTC datetime."""

    config: Config
    now: dt.datetime
    thread_registration: Registration | None = None  # matched by In-Reply-To/References
    actor: str = "mailbot"  # or "coordinator"
    key_prefix: str | None = None  # notice keys; default the mail's Message-ID


# --- one run of the rules ----------------------------------------------------------------


class _Run:
    """The working state of one decision: overlay, notices, and how to address them."""

    def __init__(self, state: State, ctx: Context, parsed: Parsed | None = None):
        self.ov = Overlay(state)
        self.ctx = ctx
        self.config = ctx.config
        self.parsed = parsed
        self.now = iso(ctx.now)
        self.notices: list[Notice] = []
        mid = parsed.message_id if parsed else None
        self.prefix = ctx.key_prefix or mid or f"{ctx.actor}:{self.now}"

    def record(self, old: Registration | None, new: Registration, action: str, detail: str) -> Registration:
        return self.ov.record(old, replace(new, updated_at=self.now), action, detail)

    def notice(self, kind: str, reg: Registration, **extra) -> None:
        """Queue a notice to the registration's address, answering the mail when its kind does (NOTICE_TYPES)."""
        answer = NOTICE_TYPES[kind].answers_mail
        mid = self.parsed.message_id if self.parsed and answer else None
        language = reg.language or (self.parsed.language if self.parsed else None)
        if answer and self.parsed and self.parsed.side_questions and kind in _TELLS_QUESTION:
            extra = {**extra, "question_passed_on": True}  # "your question is passed on to the team"
        self.notices.append(Notice(
            kind=kind, to=reg.email, language=language or self.config.notices.default_language,
            registration=reg, in_reply_to=mid,
            references=[*self.parsed.references, mid] if self.parsed and mid else [],
            key=f"{self.prefix}:{kind}:{len(self.notices)}", extra=extra))

    def done(self, message_state: str, summary: str, reg: Registration | None = None) -> Decision:
        # A registration may change twice in one decision (placed, then promoted): every notice
        # shows its last value, the very object apply_changes gives its id.
        for notice in self.notices:
            notice.registration = self.ov.final(notice.registration)
        return Decision(changes=self.ov.changes, notices=self.notices, message_state=message_state,
                        summary=summary, registration=self.ov.final(reg), actor=self.ctx.actor)

    def valid(self, ids: Iterable[str]) -> list[str]:
        """Configured workgroup ids only, first mention first."""
        known = {wg.id for wg in self.config.workgroups}
        return list(dict.fromkeys(i for i in ids if i in known))

    def fits(self, workgroup_id: str, persons: int, reg: Registration | None) -> bool:
        return fits(self.ov, self.config, workgroup_id, persons, reg)


# --- the rules for one mail -------------------------------------------------------------------


def decide(state: State, parsed: Parsed, ctx: Context) -> Decision:
    """The lifecycle rules for one parsed mail: which registrations change, which notices go out."""
    run = _Run(state, ctx, parsed)
    if parsed.own_loop or parsed.kind in ("auto_reply", "other"):
        return run.done("ignored", "ignored")
    if parsed.kind == "bounce":
        return _bounce(run)
    if parsed.kind == "question":
        # a person answers questions: the mail stays unread for the coordinator
        return run.done("review", "question")
    handler = _HANDLERS.get(parsed.kind)
    decision = handler(run) if handler else run.done("review", "review")
    if parsed.side_questions and decision.message_state == "processed":
        # acted on, and answered; the question beside it (parsing/asides.py) waits for a person
        decision.message_state = "review"
    return decision


def _registration(run: _Run) -> Decision:
    """Rules 2, 3, 6, 7: a new registration, a repeated one, or the answer to our question."""
    p = run.parsed
    existing = _by_address(run, p.email)
    thread = _active(run, run.ctx.thread_registration)
    if existing is None and thread is not None and thread.status == NEEDS_REVIEW:
        existing = thread
    if existing is None:
        return _new_registration(run)
    if existing.status == NEEDS_REVIEW:
        return _resolve(run, existing)
    if _other_person(existing, p):
        # a shared mailbox (an association's info@): don't overwrite the colleague's registration
        return _flag_doubt(run, None, [f"{p.email} is already registered for {existing.name}, "
                                       f"this mail is signed {p.name}"])
    if p.needs_review:
        return _ask_about_active(run, existing)
    return _change_existing(run, existing, run.valid(p.workgroups), _stated_size(p))


def _new_registration(run: _Run) -> Decision:
    p = run.parsed
    if not p.email:
        return run.done("review", "review")
    if _after_deadline(run):
        return _closed(run)
    if p.needs_review:
        return _flag_doubt(run, None, p.reasons)
    reg = _from_parsed(run)
    return _assign(run, None, reg, reg.choices)


def _change(run: _Run) -> Decision:
    """Rule 4: a change from the thread's or the sender's registration."""
    reg = _thread_or_address(run)
    if reg is None:
        return run.done("review", "review")  # nothing to change: the coordinator looks, nothing is sent
    if reg.status == NEEDS_REVIEW:
        return _resolve(run, reg)
    if run.parsed.needs_review:
        return _ask_about_active(run, reg)
    return _change_existing(run, reg, run.valid(run.parsed.workgroups), _stated_size(run.parsed))


def _cancellation(run: _Run) -> Decision:
    """Rule 5: a reply in our thread cancels that registration, whoever writes; else the sender's."""
    reg = _thread_or_address(run)
    if reg is None:
        return run.done("review", "review")  # no registration found: the coordinator looks, nothing is sent
    if run.parsed.needs_review:
        return _ask_about_active(run, reg)  # unsure means ask: a wrong cancellation loses a place
    return _cancel(run, reg)


def _bounce(run: _Run) -> Decision:
    """Rule 8: flag the registration our mail bounced for; send nothing (it would bounce too)."""
    p = run.parsed
    reg = _by_address(run, p.bounced_recipient.lower() if p.bounced_recipient else None)
    reg = reg or _active(run, run.ctx.thread_registration)
    if reg is None:
        return run.done("ignored", "bounce")
    why = "bounce: " + ("; ".join(p.reasons) or "our mail to this address could not be delivered")
    if is_waiting(reg):
        why += f" (was waiting for {waits_for(reg)})"
    # a held place stays held until the coordinator decides; a waiting one leaves the list,
    # since a promotion could not be told
    new = replace(reg, status=NEEDS_REVIEW, workgroup=reg.workgroup if holds_place(reg) else None,
                  wanted=None, wanted_party_size=None, reasons=list(dict.fromkeys([*reg.reasons, why])))
    new = run.record(reg, new, "flagged", why)
    return run.done("processed", "bounce", new)


# --- shared steps -----------------------------------------------------------------------------


def _assign(run: _Run, old: Registration | None, reg: Registration, choices: list[str],
            force: bool = False) -> Decision:
    """Rule 2: place a registration and tell the person where."""
    placed, full = _place(run, reg, choices, force)
    action = "registered" if placed.status == CONFIRMED else "waitlisted"
    detail = f"{action} in {placed.workgroup} ({placed.party_size} person(s))"
    if full:
        detail += f"; full: {', '.join(full)}"
    if placed.assigned_by_default:
        detail += "; no workgroup stated, the one with the most free places"
    if force and not run.fits(placed.workgroup, placed.party_size, reg):
        detail += "; over capacity by the coordinator's decision"
    placed = run.record(old, placed, action, detail)
    if old is not None and holds_place(old):
        _promote(run)
        placed = run.ov.current(placed)  # the places it gave up may have gone to itself
    if placed.status == CONFIRMED:
        run.notice("confirmation", placed, workgroup=placed.workgroup, party_size=placed.party_size,
                   assigned_by_default=placed.assigned_by_default, full=full)
    else:
        run.notice("waitlisted", placed, workgroup=placed.workgroup, party_size=placed.party_size,
                   position=_position(run, placed))
    return run.done("processed", action, placed)


def _place(run: _Run, reg: Registration, choices: list[str], force: bool) -> tuple[Registration, list[str]]:
    """First choice with room, else the next; none stated: the emptiest; else wait for the first."""
    base = replace(reg, wanted=None, wanted_party_size=None, reasons=[], assigned_by_default=not choices)
    full = []
    for wg in choices:
        if force or run.fits(wg, reg.party_size, reg):
            return replace(base, status=CONFIRMED, workgroup=wg), full
        full.append(wg)
    if choices:
        return replace(base, status=WAITLISTED, workgroup=choices[0]), full
    # the emptiest fits if any does: the event limit is the same for all of them
    wg = max(run.config.workgroups, key=lambda w: free_places(run.ov, run.config, w.id, reg)).id
    ok = force or run.fits(wg, reg.party_size, reg)
    return replace(base, status=CONFIRMED if ok else WAITLISTED, workgroup=wg), full


def _change_existing(run: _Run, reg: Registration, choices: list[str], size: int | None) -> Decision:
    """Rules 3 and 4: change a confirmed or waitlisted registration, or say that it stands."""
    kind = run.parsed.kind if run.parsed else "change"
    if _unchanged(reg, choices, size, kind):
        run.notice("already_registered", reg, workgroup=reg.workgroup, status=reg.status,
                   party_size=reg.party_size, wanted=reg.wanted)
        return run.done("processed", "unchanged", reg)
    if reg.status == WAITLISTED:
        return _rewait(run, reg, choices, size)
    return _move(run, reg, choices, size)


def _unchanged(reg: Registration, choices: list[str], size: int | None, kind: str) -> bool:
    same_size = size is None or size == wanted_size(reg)
    if not choices:
        return same_size
    if kind == "registration":  # "I register for AG1" while in AG1 and waiting for AG2: nothing new
        return same_size and choices[0] in (reg.workgroup, reg.wanted)
    return same_size and choices[0] == (reg.wanted or reg.workgroup)


def _move(run: _Run, reg: Registration, choices: list[str], size: int | None) -> Decision:
    """Rule 4, confirmed: move (or grow) when there is room, else keep the place and wait."""
    cur = reg.workgroup
    persons = size or wanted_size(reg)
    wanted = choices or [cur]
    for wg in wanted:
        if wg == cur:
            break  # the current place is good enough from here on
        if run.fits(wg, persons, reg):
            return _moved(run, reg, wg, persons, choices)
    if wanted[0] == cur and (persons <= reg.party_size or run.fits(cur, persons, reg)):
        return _moved(run, reg, cur, persons, choices)
    return _wait_to_move(run, reg, wanted[0], persons, choices)


def _moved(run: _Run, reg: Registration, wg: str, persons: int, choices: list[str], note: str = "") -> Decision:
    new = replace(reg, workgroup=wg, party_size=persons, wanted=None, wanted_party_size=None,
                  choices=choices or reg.choices, assigned_by_default=reg.assigned_by_default and wg == reg.workgroup)
    action = "moved" if wg != reg.workgroup else "changed"
    detail = f"{reg.workgroup} ({reg.party_size}) → {wg} ({persons})" + note
    new = run.record(reg, new, action, detail)
    run.notice("change_confirmed", new, previous=reg.workgroup, workgroup=wg, party_size=persons,
               previous_party_size=reg.party_size)
    _promote(run)
    return run.done("processed", "changed", new)


def _wait_to_move(run: _Run, reg: Registration, target: str, persons: int, choices: list[str]) -> Decision:
    """Keep the current place (a smaller party shrinks at once) and wait for the wanted one."""
    keep = min(reg.party_size, persons)
    new = replace(reg, party_size=keep, wanted=target, wanted_party_size=persons if persons != keep else None,
                  choices=choices or reg.choices)
    detail = f"stays in {reg.workgroup} ({keep}), waits for {target} ({persons})"
    new = run.record(reg, new, "change_waitlisted", detail)
    if keep < reg.party_size:
        _promote(run)
    run.notice("change_waitlisted", new, current=reg.workgroup, wanted=target, party_size=keep,
               wanted_party_size=persons, position=_position(run, new))
    return run.done("processed", "changed", new)


def _rewait(run: _Run, reg: Registration, choices: list[str], size: int | None) -> Decision:
    """Rule 4, waitlisted: place it anew by the new wishes (keeping its place in line)."""
    wish = replace(reg, party_size=size or reg.party_size, choices=choices or reg.choices)
    placed, _full = _place(run, wish, choices or [reg.workgroup], False)
    if placed.status == CONFIRMED:
        placed = run.record(reg, placed, "moved", f"waiting for {reg.workgroup} → {placed.workgroup} "
                                                  f"({placed.party_size})")
        run.notice("change_confirmed", placed, previous=reg.workgroup, workgroup=placed.workgroup,
                   party_size=placed.party_size, previous_party_size=reg.party_size, previous_status=WAITLISTED)
    else:
        placed = run.record(reg, placed, "waitlisted", f"now waiting for {placed.workgroup} ({placed.party_size})")
        run.notice("waitlisted", placed, workgroup=placed.workgroup, party_size=placed.party_size,
                   position=_position(run, placed))
    return run.done("processed", "changed", placed)


def _cancel(run: _Run, reg: Registration) -> Decision:
    """Rule 5: cancel, confirm it, and give the freed places to the waiting lists at once."""
    new = replace(reg, status=CANCELLED, wanted=None, wanted_party_size=None)
    detail = f"was {reg.status}" + (f" in {reg.workgroup}" if reg.workgroup else "")
    if holds_place(reg):
        detail += f"; {reg.party_size} place(s) freed"
    p = run.parsed
    if p is not None and p.email and p.email != reg.email:
        detail += f"; cancelled by {p.email} in reply to our mail"
    new = run.record(reg, new, "cancelled", detail)
    run.notice("cancellation_confirmed", new, workgroup=reg.workgroup, party_size=reg.party_size,
               previous_status=reg.status)
    _promote(run)
    return run.done("processed", "cancelled", new)


def _promote(run: _Run, exclude: Registration | None = None) -> None:
    """Rule 5: fill free places in registration order; a party that does not fit is skipped."""
    while True:
        for reg in run.ov.waiting():
            target, persons = waits_for(reg), wanted_size(reg)
            if reg is not exclude and run.fits(target, persons, reg):
                break
        else:
            return
        previous = reg.workgroup if reg.status == CONFIRMED else None
        new = replace(reg, status=CONFIRMED, workgroup=target, party_size=persons, wanted=None,
                      wanted_party_size=None)
        new = run.record(reg, new, "promoted", f"from the waiting list into {target} ({persons} person(s))")
        # not an answer to the mail that freed the place (NOTICE_TYPES): someone else wrote that
        run.notice("promoted", new, workgroup=target, previous=previous, party_size=persons)


def _closed(run: _Run) -> Decision:
    """Rule 6: after the deadline a new registration waits for the coordinator."""
    reg = run.record(None, _from_parsed(run, [REASON_DEADLINE, *run.parsed.reasons]), "flagged", REASON_DEADLINE)
    run.notice("registration_closed", reg, reason="deadline")
    return run.done("review", "review", reg)


def _flag_doubt(run: _Run, existing: Registration | None, reasons: list[str]) -> Decision:
    """Rule 7: record the doubt with its reasons and ask one clear question."""
    reasons = list(reasons) or ["the mail is unclear"]
    if existing is None:
        reg = run.record(None, _from_parsed(run, reasons), "flagged", "; ".join(reasons))
    else:
        merged = list(dict.fromkeys([*existing.reasons, *reasons]))
        reg = run.record(existing, replace(existing, status=NEEDS_REVIEW, reasons=merged), "flagged",
                         "; ".join(reasons))
    _question(run, reg, reasons)
    return run.done("review", "review", reg)


def _resolve(run: _Run, existing: Registration) -> Decision:
    """Rule 7: a clear mail about a registration in review makes it a normal one."""
    p = run.parsed
    if REASON_DEADLINE in existing.reasons:
        return run.done("review", "review", existing)  # only the coordinator admits late registrations
    if p.needs_review:
        return _flag_doubt(run, existing, p.reasons)
    reg = replace(existing, name=p.name or existing.name, organisation=p.organisation or existing.organisation,
                  party_size=_stated_size(p) or existing.party_size,
                  choices=run.valid(p.workgroups) or existing.choices)
    return _assign(run, existing, reg, reg.choices)


def _ask_about_active(run: _Run, reg: Registration) -> Decision:
    """An unclear mail about a standing registration: it stays as it is; we ask, the coordinator sees."""
    _question(run, reg, run.parsed.reasons or ["the mail is unclear"])
    return run.done("review", "review", reg)


def _question(run: _Run, reg: Registration, reasons: list[str]) -> None:
    ask = _ask_for(reasons)
    extra = {"ask": ask, "reasons": list(reasons)}
    if ask == "workgroup":
        extra["options"] = [wg.id for wg in run.config.workgroups]
    run.notice("question", reg, **extra)


# --- small helpers ------------------------------------------------------------------------------


def _ask_for(reasons: list[str]) -> str:
    """What to ask for, from the parser's reasons (free text)."""
    text = " ".join(reasons).casefold()
    if any(word in text for word in ("workgroup", "arbeitsgruppe", "choice", "wahl")):
        return "workgroup"
    if "name" in text:
        return "name"
    return "details"


def _stated_size(p: Parsed) -> int | None:
    """The party size the mail states; a registration's default 1 is not a statement."""
    if p.party_size is None or p.party_size < 1 or (p.kind == "registration" and p.party_size == 1):
        return None
    return p.party_size


def _other_person(existing: Registration, p: Parsed) -> bool:
    """Two names without a word in common from one address: not the same person."""
    if not existing.name or not p.name:
        return False
    return not set(existing.name.casefold().split()) & set(p.name.casefold().split())


def _from_parsed(run: _Run, reasons: Iterable[str] = ()) -> Registration:
    p = run.parsed
    return Registration(email=p.email, name=p.name, organisation=p.organisation,
                        party_size=max(p.party_size or 1, 1),
                        language=p.language or run.config.notices.default_language, status=NEEDS_REVIEW,
                        choices=run.valid(p.workgroups), reasons=list(reasons), created_at=run.now)


def _active(run: _Run, reg: Registration | None) -> Registration | None:
    current = run.ov.current(reg)
    return current if current is not None and current.status != CANCELLED else None


def _thread_or_address(run: _Run) -> Registration | None:
    """A reply to our mail belongs to that registration, whoever writes it; else the sender's."""
    thread = _active(run, run.ctx.thread_registration)
    if thread is not None:
        return thread
    return _by_address(run, run.parsed.email)


def _by_address(run: _Run, email: str | None) -> Registration | None:
    """The sender's registration; on a shared address the one whose name the mail is signed with."""
    regs = run.ov.by_email(email) if email else []
    named = [r for r in regs if not _other_person(r, run.parsed)] if len(regs) > 1 else regs
    return (named or regs)[-1] if regs else None


def _after_deadline(run: _Run) -> bool:
    deadline = run.config.event.deadline_utc
    return deadline is not None and run.ctx.now > deadline


def _position(run: _Run, reg: Registration) -> int:
    line = run.ov.waiting(waits_for(reg))
    return next((i for i, r in enumerate(line, start=1) if r is reg), len(line))


_HANDLERS = {"registration": _registration, "change": _change, "cancellation": _cancellation}
# the answers that say a side question went on to a person (their templates have the line)
_TELLS_QUESTION = frozenset({"confirmation", "waitlisted", "cancellation_confirmed", "already_registered",
                             "change_confirmed", "change_waitlisted"})


# --- the coordinator's actions: the same rules, actor "coordinator" ---------------------------


def assign(state: State, reg: Registration, workgroup_id: str, ctx: Context, *, force: bool = False) -> Decision:
    """Put a registration into a workgroup by the rules; `force` places it even over capacity."""
    run = _Run(state, ctx)
    reg = run.ov.current(reg)
    if reg.status == CONFIRMED and reg.workgroup == workgroup_id and not reg.wanted:
        return run.done("processed", "unchanged", reg)
    if reg.status == CONFIRMED:
        if force and not run.fits(workgroup_id, reg.party_size, reg):
            return _moved(run, reg, workgroup_id, reg.party_size, [workgroup_id],
                          "; over capacity by the coordinator's decision")
        return _move(run, reg, [workgroup_id], None)
    return _assign(run, reg, reg, [workgroup_id], force)


def confirm(state: State, reg: Registration, ctx: Context, *, force: bool = False) -> Decision:
    """Confirm a registration in review or waiting: its workgroup, else its choices, else the emptiest."""
    run = _Run(state, ctx)
    if reg.status == CONFIRMED:
        return run.done("processed", "unchanged", reg)
    choices = [reg.workgroup] if reg.workgroup else run.valid(reg.choices)
    return _assign(run, reg, reg, choices, force)


def cancel(state: State, reg: Registration, ctx: Context) -> Decision:
    """Cancel a registration for the person; the freed places go to the waiting lists."""
    run = _Run(state, ctx)
    if reg.status == CANCELLED:
        return run.done("processed", "unchanged", reg)
    return _cancel(run, reg)


def waitlist(state: State, reg: Registration, ctx: Context) -> Decision:
    """Put a registration on the waiting list of its workgroup (or first choice); others move up."""
    run = _Run(state, ctx)
    target = reg.workgroup or (run.valid(reg.choices) or [run.config.workgroups[0].id])[0]
    if reg.status == WAITLISTED and reg.workgroup == target:
        return run.done("processed", "unchanged", reg)
    new = replace(reg, status=WAITLISTED, workgroup=target, wanted=None, wanted_party_size=None, reasons=[])
    new = run.record(reg, new, "waitlisted", f"put on the waiting list for {target}")
    _promote(run, exclude=new)  # the coordinator's choice: it must not take its own place back
    run.notice("waitlisted", new, workgroup=target, party_size=new.party_size, position=_position(run, new))
    return run.done("processed", "waitlisted", new)
