"""Data protection (DSGVO): the right of access, the right to erasure, and retention.

Erasing means gone from the file's bytes, not merely unreachable: rows are
deleted with secure_delete on (open_db), the file is VACUUMed, and the WAL is
checkpointed and truncated, because the WAL keeps old page images.
"""

from __future__ import annotations

import base64
import datetime as dt
import email
import email.policy
import json
import re
from dataclasses import asdict, dataclass, field

from .. import store
from ..config import Config
from ..errors import NotFoundError
from ..model import STATUSES
from ..parsing.people import fold
from .copies import answer_files, by_message_id, delete_answer_files, queue_deletions_by_message_id
from .words import say

# --- finding a person ----------------------------------------------------------------
#
# A person is selected by their address and their registrations, never by a name alone:
# two people may share "Ali Kaya". Mails that only mention the name (in any spelling) are
# "name matches": `forget --dry-run` lists them and `forget --with-name-matches` erases them
# once the coordinator has checked they are about this person.

_fold = fold.__wrapped__  # without its cache: whole mails are folded here, once each
COORDINATOR_KINDS = ("digest", "status_report", "export")  # mails to the coordinator about many people


@dataclass
class Traces:
    """Row ids that hold something about one person."""

    registrations: list[int] = field(default_factory=list)
    messages: list[int] = field(default_factory=list)
    outbox: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    name_messages: list[int] = field(default_factory=list)  # mention a name only: erased when confirmed
    name_outbox: list[int] = field(default_factory=list)

    def empty(self) -> bool:
        return not (self.registrations or self.messages or self.outbox)


def find_traces(db, address: str) -> Traces:
    """Rows about this address (case-insensitive): theirs, their registrations', and mails naming the address."""
    address = address.strip().lower()
    traces = Traces()
    for rid, name in db.execute("SELECT id, name FROM registrations WHERE lower(email) = ?", [address]):
        traces.registrations.append(rid)
        # Only a full name (two words or more) is specific enough to look for; "Ali" alone would match "Italien".
        if name and len(name.split()) >= 2 and name.strip() not in traces.names:
            traces.names.append(name.strip())
    regs = set(traces.registrations)
    own_rows = {row for (row,) in db.execute(
        f"SELECT message_row FROM registrations WHERE id IN ({','.join('?' * len(regs))})", list(regs))} \
        if regs else set()
    by_address = person_needles(address, [])
    by_name = name_needles(traces.names)
    for mid, sender, reg, subject, parsed, error, raw in db.execute(
            "SELECT id, sender, registration_id, subject, parsed, error, raw FROM messages"):
        if (sender or "").lower() == address or reg in regs or mid in own_rows \
                or _mentions(by_address, subject, parsed, error, raw):
            traces.messages.append(mid)
        elif reg is None and by_name and _mentions(by_name, subject, parsed, error, raw):
            traces.name_messages.append(mid)  # another registration's mail is never a name match
    mails = set(traces.messages)
    for oid, to, reg, row, subject, error, raw in db.execute(
            "SELECT id, to_addr, registration_id, message_row, subject, last_error, raw FROM outbox"):
        if to.lower() == address or reg in regs or row in mails or _mentions(by_address, subject, error, raw):
            traces.outbox.append(oid)
        elif reg is None and by_name and _mentions(by_name, subject, error, raw):
            traces.name_outbox.append(oid)
    return traces


def person_needles(address: str, names: list[str]) -> list[re.Pattern]:
    """Patterns for the address and the full names, as whole words, case-insensitive."""
    return [_needle(word) for word in [address.strip().lower(), *names]]


def name_needles(names: list[str]) -> list[re.Pattern]:
    """Every spelling of the full names: as written, without diacritics, "Surname, First"."""
    spellings: list[str] = []
    for name in names:
        words = name.split()
        for variant in (name, " ".join(words[-1:] + words[:-1]).replace(" ", ", ", 1)):
            for form in (variant.casefold(), fold(variant)):
                if len(form.split()) >= 2 and form not in spellings:
                    spellings.append(form)
    return [_needle(s) for s in spellings]


def _needle(text: str) -> re.Pattern:
    parts = [r"\s+".join(re.escape(w.casefold()) for w in part.split()) for part in text.split(",")]
    return re.compile(r"(?<!\w)" + r"\s*,\s*".join(parts) + r"(?!\w)")


def _mentions(needles: list[re.Pattern], *values) -> bool:
    """Does any value (text, JSON or a raw MIME mail) mention a needle, case- and accent-insensitively?"""
    if not needles:
        return False
    for value in values:
        if value is None:
            continue
        text = _searchable(value).casefold()
        if any(n.search(text) for n in needles):
            return True
        folded = _fold(text)  # "Ayse Yilmaz" typed on a phone finds "Ayşe Yılmaz"
        if any(n.search(folded) for n in needles):
            return True
    return False


def _searchable(value) -> str:
    # Names hide in encoded words, quoted-printable and base64 parts, and in raw 8-bit
    # headers (Latin-1 from old mailers): decode every way before searching.
    if isinstance(value, str):
        return value
    raw = bytes(value)
    parts = [raw.decode("utf-8", "replace")]
    if any(b > 127 for b in raw[:65536]):
        parts.append(raw.decode("cp1252", "replace"))
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        parts += [str(v) for v in msg.values()]
        for part in msg.walk():
            payload = part.get_payload(decode=True)
            if payload:
                charset = part.get_content_charset() or "utf-8"
                parts.append(payload.decode(charset if _known(charset) else "utf-8", "replace"))
    except Exception:  # noqa: BLE001 - a mail we cannot parse is still searched as bytes
        pass
    return "\n".join(parts)


def _known(charset: str) -> bool:
    try:
        "".encode(charset)
        return True
    except LookupError:
        return False


# --- right of access -----------------------------------------------------------------


def export_person(db, address: str, language: str = "de") -> dict:
    """Everything stored about this person (by address and registration), as JSON-ready data.

    Mails to the coordinator that list many people (digests, STATUS, EXPORT) are left out:
    they are not this person's data but everyone's, and would disclose the others.
    Mails only naming the person's name are left out: they may be a namesake's.
    """
    traces = find_traces(db, address)
    if traces.empty():
        raise NotFoundError(say(language, "err.nothing_stored", address=address))
    address = address.strip().lower()
    regs = set(traces.registrations)
    own_rows = set(db.execute("SELECT message_row FROM registrations WHERE lower(email) = ?", [address]).fetchall())
    own_rows = {r for (r,) in own_rows}
    messages = [m for m in traces.messages if _own_message(db, m, address, regs, own_rows)]
    outbox = [o for o in traces.outbox if _own_outbox(db, o, address, regs)]
    return {
        "email": address,
        "exported_at": store.iso(store.utcnow()),
        "registrations": _rows(db, "registrations", traces.registrations, json_cols=("choices", "reasons")),
        "messages": _rows(db, "messages", messages, json_cols=("parsed",), raw_as_text=True),
        "outbox": _rows(db, "outbox", outbox, raw_as_text=True),
        "audit": _audit_rows(db, Traces(registrations=traces.registrations, messages=messages)),
        "also_named_in": {"other_mails": len(traces.messages) - len(messages),
                          "mails_to_the_coordinator": len(traces.outbox) - len(outbox)},
    }


def _own_message(db, mid: int, address: str, regs: set[int], own_rows: set[int]) -> bool:
    sender, reg = db.execute("SELECT sender, registration_id FROM messages WHERE id = ?", [mid]).fetchone()
    return (sender or "").lower() == address or reg in regs or mid in own_rows


def _own_outbox(db, oid: int, address: str, regs: set[int]) -> bool:
    to, reg, kind = db.execute("SELECT to_addr, registration_id, kind FROM outbox WHERE id = ?", [oid]).fetchone()
    return kind not in COORDINATOR_KINDS and (to.lower() == address or reg in regs)


def _rows(db, table: str, ids: list[int], json_cols=(), raw_as_text=False) -> list[dict]:
    out = []
    for chunk in _chunks(ids):
        cur = db.execute(f"SELECT * FROM {table} WHERE id IN ({','.join('?' * len(chunk))}) ORDER BY id", chunk)
        cols = [c[0] for c in cur.description]
        for values in cur.fetchall():
            row = dict(zip(cols, values))
            for col in json_cols:
                row[col] = _loads(row.get(col))
            if raw_as_text and row.get("raw") is not None:
                row["raw"] = _raw_text(row["raw"])
            out.append(row)
    return out


def _raw_text(raw: bytes) -> str | dict:
    try:
        return bytes(raw).decode("utf-8")
    except UnicodeDecodeError:  # not UTF-8 (8-bit Latin-1 mail): hand it over losslessly
        return {"base64": base64.b64encode(raw).decode("ascii")}


def _loads(value):
    try:
        return json.loads(value) if value else value
    except ValueError:
        return value


def _audit_rows(db, traces: Traces) -> list[dict]:
    out = []
    for col, ids in (("registration_id", traces.registrations), ("message_row", traces.messages)):
        for chunk in _chunks(ids):
            cur = db.execute(f"SELECT id, at, actor, action, message_row, registration_id, detail FROM audit "
                             f"WHERE {col} IN ({','.join('?' * len(chunk))})", chunk)
            cols = [c[0] for c in cur.description]
            out += [dict(zip(cols, r)) for r in cur.fetchall()]
    unique = {r["id"]: r for r in out}
    return [unique[k] for k in sorted(unique)]


def _chunks(ids: list[int], size: int = 500):
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


# --- right to erasure ----------------------------------------------------------------


@dataclass
class Erased:
    """What forget or purge removed (anonymous: counts, IMAP positions, file names)."""

    registrations: int = 0
    messages: int = 0
    outbox: int = 0
    audit_scrubbed: int = 0
    imap: list[tuple[str, int, int]] = field(default_factory=list)  # (folder, uidvalidity, uid)
    dry_run: bool = False
    counts: list[dict] = field(default_factory=list)  # purge: the anonymous numbers kept
    journal_clean: bool = True  # False: another process kept the WAL busy; it empties when that one is done
    by_message_id: list[tuple[str, str]] = field(default_factory=list)  # (folder, Message-ID): move_to, Sent
    files: list[str] = field(default_factory=list)  # answers in the output folder ([outdir])
    listing: list[str] = field(default_factory=list)  # forget --dry-run: one line per row
    name_matches: list[str] = field(default_factory=list)  # rows naming the name only, one line each

    def __bool__(self) -> bool:
        return bool(self.registrations or self.messages or self.outbox or self.audit_scrubbed)

    def __str__(self) -> str:
        verb = "would erase" if self.dry_run else "erased"
        return (f"{verb} {self.registrations} registration(s), {self.messages} mail(s), "
                f"{self.outbox} outgoing mail(s); {self.audit_scrubbed} log detail(s) "
                f"{'would be ' if self.dry_run else ''}blanked")

    def line(self, language: str = "de") -> str:
        """The summary sentence for the coordinator (str() is the log's English wording)."""
        return say(language, "erased.dry_run" if self.dry_run else "erased", registrations=self.registrations,
                   messages=self.messages, outbox=self.outbox, audit=self.audit_scrubbed)

    def to_dict(self) -> dict:
        return asdict(self)


def forget_person(db, config: Config, address: str, now: dt.datetime | None = None, *, dry_run: bool = False,
                  with_name_matches: bool = False) -> Erased:
    """Erase this person's rows (by address and registration) from the file.

    Rows that only mention their name are erased only with_name_matches (after the
    coordinator checked the dry run's list: a namesake's mail must stay).
    """
    language = config.coordinator.language
    traces = find_traces(db, address)
    if traces.empty():
        raise NotFoundError(say(language, "err.nothing_stored", address=address))
    if with_name_matches:
        traces.messages += traces.name_messages
        traces.outbox += traces.name_outbox
        traces.name_messages, traces.name_outbox = [], []
    needles = person_needles(address, traces.names if with_name_matches else [])
    if dry_run:
        return _preview(db, config, traces, needles)
    with store.transaction(db):
        erased = _erase(db, config, traces, needles, reason="forget")
        erased.name_matches = _describe(db, language, [], traces.name_messages, traces.name_outbox)
        store.audit(db, "forgotten", f"by coordinator: a person's data was erased ({erased})",
                    actor="coordinator", at=now)
    erased.journal_clean = compact(db)
    return erased


def _preview(db, config: Config, traces: Traces, needles: list[re.Pattern]) -> Erased:
    """forget --dry-run: what would go, row by row, and what only names the name."""
    erased = Erased(len(traces.registrations), len(traces.messages), len(traces.outbox), dry_run=True)
    erased.imap = _imap_positions(db, traces.messages)
    erased.by_message_id = by_message_id(db, config, traces.messages, traces.outbox)
    erased.files = [p.name for p in answer_files(db, config, traces.outbox)]
    erased.audit_scrubbed = len(_audit_to_scrub(db, traces, needles))
    language = config.coordinator.language
    erased.listing = _describe(db, language, traces.registrations, traces.messages, traces.outbox)
    erased.name_matches = _describe(db, language, [], traces.name_messages, traces.name_outbox)
    return erased


_DESCRIBE = {  # forget --dry-run: one line per row, enough to recognise it (columns, words key, names)
    "registrations": ("id, name, email, workgroup, status", "row.registration",
                      ("id", "name", "email", "wg", "status")),
    "messages": ("id, received_at, sender, subject", "row.mail", ("id", "day", "sender", "subject")),
    "outbox": ("id, created_at, kind, to_addr, subject", "row.outgoing", ("id", "day", "kind", "to", "subject")),
}


def _describe(db, language: str, registrations: list[int], messages: list[int], outbox: list[int]) -> list[str]:
    lines = []
    for table, ids in (("registrations", registrations), ("messages", messages), ("outbox", outbox)):
        columns, key, names = _DESCRIBE[table]
        for chunk in _chunks(ids):
            for row in db.execute(f"SELECT {columns} FROM {table} WHERE id IN ({','.join('?' * len(chunk))}) "
                                  "ORDER BY id", chunk):
                lines.append(say(language, key, **_row_values(language, dict(zip(names, row)))))
    return lines


def _row_values(language: str, values: dict) -> dict:
    if "day" in values:
        values["day"] = (values["day"] or "")[:10]
    if "sender" in values:
        values["sender"] = values["sender"] or "?"
    if "subject" in values:
        values["subject"] = values["subject"] or ""
    if "name" in values:
        values["name"] = values["name"] or say(language, "row.no_name")
        values["wg"] = values["wg"] or "-"
        values["status"] = say(language, f"status.{values['status']}") if values["status"] in STATUSES \
            else values["status"]
    return values


def _erase(db, config: Config, traces: Traces, needles: list[re.Pattern], reason: str) -> Erased:
    erased = Erased(len(traces.registrations), len(traces.messages), len(traces.outbox))
    erased.imap = _imap_positions(db, traces.messages)
    erased.by_message_id = by_message_id(db, config, traces.messages, traces.outbox)
    if config.retention.delete_imap:
        queue_imap_deletions(db, erased.imap, reason)
        queue_deletions_by_message_id(db, erased.by_message_id)
    erased.files = delete_answer_files(db, config, traces.outbox)
    erased.audit_scrubbed = _scrub_audit(db, traces, needles)
    for table, ids in (("registrations", traces.registrations), ("messages", traces.messages),
                       ("outbox", traces.outbox)):
        for chunk in _chunks(ids):
            db.execute(f"DELETE FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", chunk)
    return erased


def _imap_positions(db, message_ids: list[int]) -> list[tuple[str, int, int]]:
    out = []
    for chunk in _chunks(message_ids):
        out += [tuple(r) for r in db.execute(
            f"SELECT folder, uidvalidity, uid FROM messages WHERE id IN ({','.join('?' * len(chunk))}) "
            "ORDER BY folder, uidvalidity, uid", chunk)]
    return out


def _scrub_audit(db, traces: Traces, needles: list[re.Pattern]) -> int:
    """Blank log details about the person; the log rows stay so the counts still add up."""
    ids = _audit_to_scrub(db, traces, needles)
    for chunk in _chunks(ids):
        db.execute(f"UPDATE audit SET detail = '(erased)' WHERE id IN ({','.join('?' * len(chunk))})", chunk)
    return len(ids)


def _audit_to_scrub(db, traces: Traces, needles: list[re.Pattern]) -> list[int]:
    # A line about another registration or mail stays, even when it names the same name.
    regs, mails = set(traces.registrations), set(traces.messages)
    return [aid for aid, reg, mail, detail in db.execute(
        "SELECT id, registration_id, message_row, detail FROM audit WHERE detail IS NOT NULL AND detail != '' "
        "AND detail != '(erased)'")
        if reg in regs or mail in mails or (reg is None and mail is None and _mentions(needles, detail))]


def queue_imap_deletions(db, positions, reason: str) -> None:
    """Note mails to delete on the IMAP server ([retention] delete_imap); the worker does it."""
    db.conn.executemany("INSERT OR IGNORE INTO imap_deletions (folder, uidvalidity, uid, reason, queued_at) "
                   "VALUES (?, ?, ?, ?, ?)", [(f, v, u, reason, store.iso(store.db_now(db))) for f, v, u in positions])


def pending_imap_deletions(db) -> list[tuple[str, int, int]]:
    """(folder, uidvalidity, uid) still to delete on the server, for the worker."""
    return [tuple(r) for r in db.execute(
        "SELECT folder, uidvalidity, uid FROM imap_deletions ORDER BY folder, uidvalidity, uid")]


def imap_deletions_done(db, positions) -> None:
    """The worker deleted these on the server."""
    db.conn.executemany("DELETE FROM imap_deletions WHERE folder = ? AND uidvalidity = ? AND uid = ?", list(positions))


def compact(db) -> bool:
    """VACUUM and truncate the WAL so erased data leaves the file; False if a reader kept the WAL."""
    db.execute("VACUUM")
    busy, _log, _done = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return busy == 0


# --- retention -----------------------------------------------------------------------


def purge_date(config: Config) -> dt.datetime | None:
    """When personal data is to go ([retention] days_after_event after the event's end), UTC."""
    days = config.retention.days_after_event
    return None if days is None else config.event.ends_utc + dt.timedelta(days=days)


def purge_due(config: Config, now: dt.datetime) -> bool:
    when = purge_date(config)
    return when is not None and now >= when


def purge_personal_data(db, config: Config, dry_run: bool = False, now: dt.datetime | None = None) -> Erased:
    """Erase all personal data; keep anonymous counts per workgroup and status in retained_counts.

    Cheap when there is nothing left to purge, so the worker may call it every pass.
    """
    now = now or store.utcnow()
    traces = Traces(
        registrations=[r for (r,) in db.execute("SELECT id FROM registrations ORDER BY id")],
        messages=[m for (m,) in db.execute("SELECT id FROM messages ORDER BY id")],
        outbox=[o for (o,) in db.execute("SELECT id FROM outbox ORDER BY id")],
    )
    counts = _counts(db)
    if dry_run:
        result = Erased(len(traces.registrations), len(traces.messages), len(traces.outbox), dry_run=True,
                        counts=counts)
        result.audit_scrubbed = db.execute("SELECT count(*) FROM audit WHERE detail IS NOT NULL AND detail != '' "
                                           "AND detail != '(erased)'").fetchone()[0]
        result.imap = _imap_positions(db, traces.messages)
        return result
    if traces.empty():
        return Erased()
    with store.transaction(db):
        _keep_counts(db, counts, now)
        result = _erase(db, config, traces, [], reason="purge")
        result.audit_scrubbed += db.execute("UPDATE audit SET detail = '(erased)' WHERE detail IS NOT NULL "
                                           "AND detail != '' AND detail != '(erased)'").rowcount
        result.counts = counts
        store.set_meta(db, "purged_at", store.iso(now))
        store.audit(db, "purged", f"retention: {result}", at=now)
    result.journal_clean = compact(db)
    return result


def _counts(db) -> list[dict]:
    rows = db.execute("SELECT coalesce(workgroup, ''), status, count(*), coalesce(sum(party_size), 0) "
                      "FROM registrations GROUP BY 1, 2 ORDER BY 1, 2")
    return [{"workgroup": w, "status": s, "registrations": n, "persons": p} for w, s, n, p in rows]


def _keep_counts(db, counts: list[dict], now: dt.datetime) -> None:
    # Added to what an earlier purge kept: registrations after a purge are counted too.
    for c in counts:
        db.execute("INSERT INTO retained_counts (workgroup, status, registrations, persons, purged_at) "
                   "VALUES (?, ?, ?, ?, ?) ON CONFLICT (workgroup, status) DO UPDATE SET "
                   "registrations = registrations + excluded.registrations, persons = persons + excluded.persons, "
                   "purged_at = excluded.purged_at",
                   [c["workgroup"], c["status"], c["registrations"], c["persons"], store.iso(now)])
