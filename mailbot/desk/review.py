"""The review queue, and the coordinator's resolutions of it.

Review items are registrations with status needs_review and mails left in state
'review' that belong to no registration. The coordinator resolves a registration
with assign / confirm / cancel / waitlist: these go through the same lifecycle
rules (decide.py) and notices as a participant's own mail, so a cancellation
promotes the next in line and everyone concerned is told. A mail that is not a
registration at all is dismissed.
"""

from __future__ import annotations

import email
import email.policy
import json
import unicodedata
from dataclasses import dataclass, field

from .. import decide, store
from ..config import Config
from ..errors import MailbotError, NotFoundError
from ..outbox import Outbox
from ..parsing import parse_message
from ..registry import StoreState, apply_changes, registration_row
from ..stages.apply import run_command
from ..stages.context import DeskHandlers, PassContext
from ..stages.decide import decide_and_apply
from ..stages.guard import MACHINE_KINDS
from .commands import COMMANDS
from .status import local_time
from .words import say, words_for

TEXT_LIMIT = 2000  # characters of mail text shown per item: enough to decide, not a wall
ACTIONS = ("assign", "confirm", "cancel", "waitlist")
UNREADABLE = "(the mail text could not be read)"  # in --json as is; the listing says it in the coordinator's words


@dataclass
class ReviewItem:
    """One thing waiting for the coordinator."""

    item: str  # "registration" (resolve with assign/confirm/cancel/waitlist) or "mail" (dismiss)
    id: int  # REG or MAIL on the command line
    email: str | None
    name: str | None
    since: str  # UTC ISO
    reasons: list[str] = field(default_factory=list)
    understood: dict = field(default_factory=dict)  # what the parser read: kind, workgroups, ...
    subject: str | None = None
    text: str = ""
    mail: int | None = None  # the mail it came from
    workgroup: str | None = None
    asks: list[str] = field(default_factory=list)  # side questions of a mail already acted on


def review_items(db, limit: int | None = None, *, texts: bool = True) -> list[ReviewItem]:
    """Everything needing review, oldest first; the first `limit` only, and without the mail texts
    when `texts` is false (the digest lists who and why, and needs no raw mails in memory)."""
    cap = -1 if limit is None else limit  # SQLite: LIMIT -1 is no limit
    items = [_registration_item(db, row, texts) for row in db.execute(
        "SELECT id, email, name, workgroup, reasons, updated_at, message_row, party_size, organisation, choices "
        "FROM registrations WHERE status = 'needs_review' ORDER BY updated_at, id LIMIT ?", [cap]).fetchall()]
    raw = "raw" if texts else "NULL"
    items += [_mail_item(row, texts) for row in db.execute(
        f"SELECT id, sender, subject, received_at, parsed, error, {raw} FROM messages "
        f"WHERE {store.MAIL_WAITING} ORDER BY received_at, id LIMIT ?", [cap]).fetchall()]
    items.sort(key=lambda i: (i.since, i.item, i.id))
    return items if limit is None else items[:limit]


def _registration_item(db, row, texts: bool = True) -> ReviewItem:
    rid, addr, name, wg, reasons, since, mail, size, org, choices = row
    item = ReviewItem("registration", rid, addr, name, since, reasons=_json_list(reasons), mail=mail, workgroup=wg)
    item.understood = {"workgroups": _json_list(choices), "party_size": size, "organisation": org}
    if mail is not None:
        found = db.execute(f"SELECT subject, parsed, {'raw' if texts else 'NULL'} FROM messages WHERE id = ?",
                           [mail]).fetchone()
        if found:
            parsed = _json_dict(found[1])
            item.subject = found[0]
            item.understood = _understood(parsed) or item.understood
            item.text = _mail_text(parsed, found[2]) if texts else ""
    return item


def _mail_item(row, texts: bool = True) -> ReviewItem:
    mid, sender, subject, received, parsed_json, error, raw = row
    parsed = _json_dict(parsed_json)
    reasons = list(parsed.get("reasons") or [])
    if error and error not in reasons:
        reasons.append(error)
    asks = [str(q) for q in parsed.get("side_questions") or [] if isinstance(q, str)]
    # acted on and answered already; only the question beside it waits (parsing/asides.py)
    reasons += [f"asks beside it: '{q}'" for q in asks]
    return ReviewItem("mail", mid, parsed.get("email") or sender, parsed.get("name"), received, reasons=reasons,
                      understood=_understood(parsed), subject=subject, text=_mail_text(parsed, raw) if texts else "",
                      mail=mid, asks=asks)


def _understood(parsed: dict) -> dict:
    keys = ("kind", "workgroups", "party_size", "organisation", "language")
    return {k: parsed[k] for k in keys if parsed.get(k) not in (None, "", [])}


def _mail_text(parsed: dict, raw: bytes | None) -> str:
    """What the writer wrote: the parser's cleaned text, else the mail's plain body."""
    text = parsed.get("text") or ""
    if not text and raw:
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            body = msg.get_body(("plain",))
            text = body.get_content() if body is not None else ""
        except Exception:  # noqa: BLE001 - a broken mail still gets listed, just without text
            text = UNREADABLE
    text = text.strip()
    return text if len(text) <= TEXT_LIMIT else text[:TEXT_LIMIT] + " …"


def _json_list(value) -> list:
    try:
        data = json.loads(value) if value else []
    except ValueError:
        return [str(value)]
    return data if isinstance(data, list) else [data]


def _json_dict(value) -> dict:
    try:
        data = json.loads(value) if value else {}
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


# --- resolutions ---------------------------------------------------------------------


def dismiss(db, mail_id: int, now=None, language: str = "de") -> None:
    """Take a mail off the review queue: it is not a registration (noted in the log)."""
    with store.transaction(db):
        row = db.execute("SELECT state FROM messages WHERE id = ?", [mail_id]).fetchone()
        if row is None:
            raise NotFoundError(say(language, "err.no_mail", id=mail_id))
        db.execute("UPDATE messages SET state = 'dismissed', processed_at = ? WHERE id = ?",
                   [store.iso(now or store.utcnow()), mail_id])
        store.audit(db, "dismissed", f"by coordinator (was {row[0]})", message_row=mail_id, actor="coordinator",
                    at=now)


@dataclass
class Acceptance:
    """What `mailbot accept` did with a held mail, for the confirmation line."""

    mail_id: int
    summary: str
    registration_id: int | None
    status: str | None
    workgroup: str | None
    notices: list[str]

    def line(self, language: str = "de") -> str:
        text = say(language, "accepted", id=self.mail_id, summary=_summary_word(language, self.summary))
        if self.registration_id is not None:
            where = say(language, "where", wg=self.workgroup) if self.workgroup else ""
            text += say(language, "accepted.reg", reg=self.registration_id, where=where,
                        status=_status_word(language, self.status))
        if self.notices:
            text += say(language, "accepted.queued", what=", ".join(self.notices))
        return text


def _summary_word(language: str, summary: str) -> str:
    try:
        return say(language, f"summary.{summary}")
    except KeyError:  # a summary this catalogue does not know: shown as decide wrote it
        return summary


def _status_word(language: str, status: str | None) -> str:
    try:
        return say(language, f"status.{status}")
    except KeyError:
        return str(status)


def accept(db, config: Config, mail_id: int, now=None) -> Acceptance:
    """Handle a held mail as if its sender were trusted: the same rules and answers as any mail.

    For mails held before anything was decided (DMARC failed, automatic-mail headers,
    the per-sender cap, a repeated "already registered"): the coordinator has looked
    and says the mail is genuine. The mail is read again from its stored bytes.
    """
    now = now or store.utcnow()
    language = config.coordinator.language
    with store.transaction(db):
        row = db.execute(f"SELECT raw, ({store.MAIL_WAITING}), state FROM messages WHERE id = ?",
                         [mail_id]).fetchone()
        if row is None:
            raise NotFoundError(say(language, "err.no_mail", id=mail_id))
        raw, waiting, state = row
        if not waiting:
            raise MailbotError(say(language, "err.not_waiting", id=mail_id, state=state))
        if raw is None:
            raise MailbotError(say(language, "err.erased", id=mail_id))
        parsed = parse_message(raw, config)
        if parsed.side_questions and state == "review" and _acted_on(db, mail_id):
            # handled and answered; only its question waits: handling it again would answer twice
            raise MailbotError(say(language, "err.answered", id=mail_id))
        # the same stages as in a pass, on the coordinator's clock; a command by mail answered by the desk's own
        ctx = PassContext.over(config, db, lambda: now, desk=DeskHandlers(commands=COMMANDS))
        if parsed.coordinator_command:
            summary = run_command(ctx, mail_id, parsed)
        elif parsed.kind == "question":
            raise MailbotError(say(language, "err.question", id=mail_id))
        elif parsed.kind in MACHINE_KINDS or parsed.kind == "bounce" or not parsed.email:
            raise MailbotError(say(language, "err.nobody", id=mail_id, kind=parsed.kind.replace("_", "-")))
        else:
            summary = decide_and_apply(ctx, mail_id, parsed, actor="coordinator")
        store.audit(db, "accepted", f"by coordinator: {summary}", message_row=mail_id, actor="coordinator", at=now)
        reg_id = db.execute("SELECT registration_id FROM messages WHERE id = ?", [mail_id]).fetchone()[0]
        status = wg = None
        if reg_id is not None:
            status, wg = db.execute("SELECT status, workgroup FROM registrations WHERE id = ?", [reg_id]).fetchone()
        notices = [say(config.coordinator.language, "notice.to", kind=kind, to=to) for kind, to in db.execute(
            "SELECT kind, to_addr FROM outbox WHERE message_row = ? AND state = 'pending' ORDER BY id", [mail_id])]
    return Acceptance(mail_id, summary, reg_id, status, wg, notices)


def _acted_on(db, mail_id: int) -> bool:
    """The pass answered it (a confirmation, a cancellation confirmed …) before leaving it for its question."""
    return db.execute("SELECT 1 FROM outbox WHERE message_row = ? LIMIT 1", [mail_id]).fetchone() is not None


@dataclass
class Resolution:
    """What a coordinator action did, for the confirmation line."""

    action: str
    registration_id: int
    summary: str
    notices: list[str] = field(default_factory=list)  # "confirmation to a@b.example", ...
    status: str = ""  # the registration's status and workgroup afterwards
    workgroup: str | None = None

    def line(self, language: str = "de") -> str:

        where = say(language, "where", wg=self.workgroup) if self.workgroup else ""
        return say(language, "resolved", id=self.registration_id, summary=_summary_word(language, self.summary),
                   where=where, status=_status_word(language, self.status))


def resolve(db, config: Config, action: str, reg_id: int, workgroup: str | None = None, *,
            force: bool = False, now=None) -> Resolution:
    """Run a coordinator action through the lifecycle rules; all of it in one transaction.

    `force` (assign, confirm) places the person even when the workgroup is full.
    """
    if action not in ACTIONS:
        raise MailbotError(f"unknown action {action!r}")
    if workgroup is not None and config.workgroup(workgroup) is None:
        known = ", ".join(wg.id for wg in config.workgroups)
        raise NotFoundError(say(config.coordinator.language, "err.unknown_workgroup", wg=workgroup, known=known))
    now = now or store.utcnow()
    with store.transaction(db):
        decision = _apply_coordinator_action(db, config, action, reg_id, workgroup, force, now)
        detail = f"by coordinator: {action} registration {reg_id}" + (f" to {workgroup}" if workgroup else "")
        store.audit(db, f"coordinator {action}", f"{detail}: {decision.summary}", registration_id=reg_id,
                    actor="coordinator", at=now)
        notices = _queue_notices(db, config, decision, now)
        status, wg = db.execute("SELECT status, workgroup FROM registrations WHERE id = ?", [reg_id]).fetchone()
        if status != "needs_review":  # its mails were waiting through it: settled with it
            db.execute("UPDATE messages SET state = 'processed', processed_at = ? WHERE registration_id = ? "
                       "AND state = 'review'", [store.iso(now), reg_id])
    return Resolution(action, reg_id, decision.summary, notices, status, wg)


def _apply_coordinator_action(db, config: Config, action: str, reg_id: int, workgroup, force: bool, now):
    """The lifecycle rules (decide.assign/confirm/cancel/waitlist) applied as by a participant's mail."""
    reg = registration_row(db, reg_id)
    if reg is None:
        raise NotFoundError(say(config.coordinator.language, "err.no_registration", id=reg_id))
    # A fresh key prefix per action: the same action repeated later tells the person again.
    ctx = decide.Context(config=config, now=now, actor="coordinator", key_prefix=f"coordinator:{store.iso(now)}")
    state = StoreState(db)
    if action == "assign":
        decision = decide.assign(state, reg, workgroup, ctx, force=force)
    elif action == "confirm":
        decision = decide.confirm(state, reg, ctx, force=force)
    else:
        decision = getattr(decide, action)(state, reg, ctx)
    apply_changes(db, decision, None)
    return decision


def _queue_notices(db, config: Config, decision, now) -> list[str]:
    """Queue the decision's notices exactly as for a participant's mail."""
    outbox = Outbox(config, db, clock=lambda: now)
    return [say(config.coordinator.language, "notice.to", kind=n.kind, to=n.to)
            for n in decision.notices if outbox.queue(n) is not None]


# --- the listing ---------------------------------------------------------------------


def format_items(items: list[ReviewItem], config: Config) -> str:
    """The review queue as the coordinator reads it in a terminal, each with its commands.

    Everything that came from a mail passes through `visible`: a mail cannot move the
    cursor, write the clipboard or forge a "Resolve:" line in the coordinator's terminal.
    """
    say = words_for(config)
    if not items:
        return say("review.none") + "\n"
    out = [say("review.count", n=len(items)), ""]
    for item in items:
        name = visible(item.name) if item.name else None
        address = f"<{visible(item.email)}>" if item.email else None
        who = " ".join(p for p in (name, address) if p) or say("review.unknown_sender")
        head = say("review.registration" if item.item == "registration" else "review.mail")
        out.append(f"{head} {item.id}: {who}, {say('review.since')} {local_time(config, item.since)}")
        if item.understood:
            out.append(say("review.understood") + ", ".join(
                f"{_understood_label(say, k)} {visible(_understood_value(say, k, v))}"
                for k, v in item.understood.items()))
        if item.workgroup:
            out.append(say("review.workgroup") + visible(item.workgroup))
        out.append(say("review.reasons") + ("; ".join(visible(r) for r in item.reasons) if item.reasons
                                            else say("review.no_reasons")))
        if item.subject:
            out.append(say("review.subject") + visible(item.subject))
        text = say("review.unreadable") if item.text == UNREADABLE else item.text or say("review.no_text")
        out += ["  | " + visible(line) for line in text.splitlines()]
        out.append(say("review.resolve") + _commands(item, config, say))
        out.append("")
    return "\n".join(out)


def _understood_value(say, key: str, value) -> str:
    if key == "kind":
        try:
            return say(f"kind.{value}")
        except KeyError:  # a kind this catalogue does not know yet: shown as stored
            pass
    return _show(value)


def _understood_label(say, key: str) -> str:
    try:
        return say(f"understood.{key}")
    except KeyError:
        return key.replace("_", " ")


def visible(text) -> str:
    """Text from a mail with every control character shown as a visible escape, never executed.

    ESC (cursor moves, OSC 52 clipboard writes, OSC 8 links), carriage returns and the
    C1 controls become `\\x1b`-style text; tabs stay. Line breaks are the caller's
    business: callers split lines first, so a bare CR cannot return to the line start.
    """
    return "".join(ch if ch == "\t" or not _is_control(ch) else _escape(ch) for ch in str(text))


def json_for_terminal(data) -> str:
    """JSON as text a terminal shows but never obeys: C1 controls and bidi marks \\u-escaped too.

    json.dumps escapes only C0 controls; with ensure_ascii=False a CSI (U+009B) or a
    right-to-left override from a mail would reach the screen raw. Inside a JSON string
    any character may be written as \\uXXXX, so the result stays the same JSON.
    """
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return "".join(_escape_json(ch) if ord(ch) > 0x7E and _is_control(ch) else ch for ch in text)


def _escape_json(ch: str) -> str:
    return f"\\u{ord(ch):04x}"


def _is_control(ch: str) -> bool:
    # Cc: C0/C1 and DEL. Cf (bidi overrides, zero-width) can reorder or hide what is shown.
    return unicodedata.category(ch) in ("Cc", "Cf") and ch not in ("\u200d",)


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def _show(value) -> str:
    return ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)


def _commands(item: ReviewItem, config: Config, say) -> str:
    if item.item == "mail":
        if item.asks:
            return say("hint.answer", id=item.id)
        dismiss_it = say("hint.dismiss", id=item.id)
        if item.understood.get("kind") in ("registration", "change", "cancellation"):
            # held before anything was decided (DMARC, automatic headers, the cap, a repeat)
            return f"{say('hint.accept', id=item.id)}  |  {dismiss_it}"
        return dismiss_it
    first = config.workgroups[0].id if config.workgroups else "AG1"
    return (f"mailbot assign {item.id} {visible(item.workgroup or first)} | mailbot confirm {item.id} | "
            f"mailbot waitlist {item.id} | mailbot cancel {item.id}")
