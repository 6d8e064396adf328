"""The coordinator's daily digest: the data only (the worker renders and queues the German mail).

A digest covers one local day's window, from the previous day's digest time
to this day's: nothing is counted twice, and nothing falls between two digests
even when the worker ran late. `digest_due` says when one is due; the worker
sets the meta key `digest:YYYY-MM-DD` in the same transaction as the outbox
row, and the outbox's dedupe key makes a second copy impossible.
"""

from __future__ import annotations

import datetime as dt
import json

from .. import store
from ..config import Config
from ..registry import place_counts, waiting_lists
from .review import review_items
from .status import local_time, review_count, status_text

SECTION_LIMIT = 200  # rows per section: a digest is read on a phone, the full lists are in the export


def digest_key(day: dt.date) -> str:
    """The meta key (and outbox key part) that marks this day's digest as queued."""
    return f"digest:{day.isoformat()}"


def digest_due(db, config: Config, now: dt.datetime) -> dt.date | None:
    """The local day whose digest is due now, or None (no addresses, too early, already queued)."""
    if not config.coordinator.emails or store.get_meta(db, "purged_at"):
        return None  # no addresses, or personal data purged after the event: nothing left to report
    local = now.astimezone(config.event.tz)
    if local.time() < config.coordinator.digest_time:
        return None
    day = local.date()
    return None if store.get_meta(db, digest_key(day)) else day


def digest_window(config: Config, day: dt.date) -> tuple[str, str]:
    """UTC ISO bounds [start, end) of what the digest for `day` reports."""
    tz = config.event.tz
    end = dt.datetime.combine(day, config.coordinator.digest_time, tzinfo=tz)
    start = dt.datetime.combine(day - dt.timedelta(days=1), config.coordinator.digest_time, tzinfo=tz)
    return store.iso(start), store.iso(end)


def build_digest(db, config: Config, day: dt.date, now: dt.datetime | None = None) -> dict:
    """Everything the digest mail shows, as plain data (keys as notices.DIGEST_SECTIONS).

    Each section lists at most SECTION_LIMIT rows; "totals" holds the true numbers,
    so after a backlog the digest says "7,757 new" and lists the first 200.
    """
    start, end = digest_window(config, day)
    data = {
        "day": day.strftime("%d.%m.%Y"),
        "generated_at": local_time(config, store.iso(now or store.utcnow())),
        "status": status_text(db, config),
        "new": _new(db, start, end),
        "changes": _changes(db, start, end),
        "cancellations": _cancellations(db, start, end),
        "promotions": _promotions(db, start, end),
        "waiting": _waiting(db),
        "review": _review(db, config),
        "bounces": _bounces(db, config, start, end),
        "failed": _failed(db, start, end),
    }
    data["totals"] = {
        "new": _count(db, f"registrations WHERE {_NEW}", [start, end]),
        "changes": _count(db, f"registrations WHERE {_CHANGED} AND id NOT IN ({_PROMOTED})",
                          [start, end, start, start, end]),
        "cancellations": _count(db, f"registrations WHERE {_CANCELLED}", [start, end]),
        "promotions": _count(db, f"({_PROMOTED})", [start, end]),
        "waiting": sum(c.waiting_registrations for c in place_counts(db).values()),
        "review": review_count(db),
        "bounces": _count(db, f"messages WHERE {_BOUNCED}", [start, end]),
        "failed": _count(db, f"outbox WHERE {_FAILED}", [start, end, start, end]),
    }
    data["empty"] = not any(data["totals"][k] for k in ("new", "changes", "cancellations", "promotions", "review",
                                                         "bounces", "failed"))
    return data


# The window conditions, shared by each section's rows and its count.
_NEW = "created_at >= ? AND created_at < ?"
_CANCELLED = "status = 'cancelled' AND updated_at >= ? AND updated_at < ?"
_CHANGED = "updated_at >= ? AND updated_at < ? AND created_at < ? AND status != 'cancelled'"
# The log is the only place that knows a place came from the waiting list.
_PROMOTED = ("SELECT DISTINCT registration_id FROM audit WHERE at >= ? AND at < ? "
             "AND registration_id IS NOT NULL AND action LIKE '%promot%'")
_BOUNCED = "kind = 'bounce' AND received_at >= ? AND received_at < ?"
_FAILED = ("state = 'failed' AND ((created_at >= ? AND created_at < ?) "
           "OR (next_attempt_at >= ? AND next_attempt_at < ?))")


def _count(db, source: str, args: list) -> int:
    return db.execute(f"SELECT count(*) FROM {source}", args).fetchone()[0]


_PERSON = "id, name, email, organisation, workgroup, party_size, status"


def _person(row) -> dict:
    rid, name, addr, org, wg, size, status = row
    return {"id": rid, "name": name or "", "email": addr, "organisation": org or "", "workgroup": wg or "",
            "party_size": size, "status": status}


def _new(db, start: str, end: str) -> list[dict]:
    rows = db.execute(f"SELECT {_PERSON} FROM registrations WHERE {_NEW} ORDER BY created_at, id LIMIT ?",
                      [start, end, SECTION_LIMIT])
    return [_person(r) for r in rows]


def _cancellations(db, start: str, end: str) -> list[dict]:
    rows = db.execute(f"SELECT {_PERSON} FROM registrations WHERE {_CANCELLED} ORDER BY updated_at, id LIMIT ?",
                      [start, end, SECTION_LIMIT])
    return [_person(r) for r in rows]


def _promotions(db, start: str, end: str) -> list[dict]:
    ids = [r[0] for r in db.execute(_PROMOTED + " ORDER BY id LIMIT ?",
                                    [start, end, SECTION_LIMIT])]
    found = {r[0]: _person(r) for r in db.execute(
        f"SELECT {_PERSON} FROM registrations WHERE id IN ({','.join('?' * len(ids))})", ids)} if ids else {}
    return [found[i] for i in ids if i in found]


def _changes(db, start: str, end: str) -> list[dict]:
    """Registrations made earlier and changed in the window (not cancelled, not promoted)."""
    rows = db.execute(f"SELECT {_PERSON} FROM registrations WHERE {_CHANGED} AND id NOT IN ({_PROMOTED}) "
                      "ORDER BY updated_at, id LIMIT ?", [start, end, start, start, end, SECTION_LIMIT]).fetchall()
    out = []
    for row in rows:
        item = _person(row)
        log = db.execute("SELECT action, from_workgroup FROM audit WHERE registration_id = ? AND at >= ? AND at < ? "
                         "ORDER BY id", [row[0], start, end]).fetchall()
        item["previous"] = _previous_workgroup(log)
        item["note"] = ", ".join(dict.fromkeys(a for a, _w in log if a not in ("queued", "received")))
        out.append(item)
    return out


def _previous_workgroup(log: list) -> str | None:
    # the first move of the day names where they came from (the log's from_workgroup column)
    return next((was for action, was in log if action in ("moved", "changed") and was is not None), None)


def _waiting(db) -> list[dict]:
    # The rules' waiting lists (registry.waiting_lists): those waiting to switch are on them too,
    # at the position their own notice named. "workgroup" is the one waited for.
    return [{"id": r["id"], "name": r["name"] or "", "email": r["email"], "organisation": r["organisation"] or "",
             "workgroup": r["workgroup"] or "", "party_size": r["party_size"], "status": r["status"],
             "position": r["position"]} for r in waiting_lists(db, SECTION_LIMIT)]


def _review(db, config: Config) -> list[dict]:
    # "item" is the number to type (mailbot assign/confirm/... REG, or dismiss MAIL); "what" says which.
    return [{"item": i.id, "what": i.item, "name": i.name or "", "email": i.email or "", "subject": i.subject or "",
             "reasons": i.reasons, "received": local_time(config, i.since)}
            for i in review_items(db, limit=SECTION_LIMIT, texts=False)]


def _bounces(db, config: Config, start: str, end: str) -> list[dict]:
    rows = db.execute(f"SELECT parsed, subject, error, received_at FROM messages WHERE {_BOUNCED} "
                      "ORDER BY id LIMIT ?", [start, end, SECTION_LIMIT])
    out = []
    for parsed_json, subject, error, received in rows:
        try:
            parsed = json.loads(parsed_json or "{}")
        except ValueError:
            parsed = {}
        out.append({"email": parsed.get("bounced_recipient") or "", "reason": error or subject or "",
                    "received": local_time(config, received)})
    return out


def _failed(db, start: str, end: str) -> list[dict]:
    rows = db.execute(f"SELECT to_addr, kind, last_error, attempts FROM outbox WHERE {_FAILED} ORDER BY id LIMIT ?",
                      [start, end, start, end, SECTION_LIMIT])
    return [{"to": to, "kind": kind, "error": error or "", "attempts": attempts} for to, kind, error, attempts in rows]
