"""What a person browsing the database sees: the workgroups table, descriptions, saved queries.

The SQL views themselves are schema (store.MIGRATIONS entry 2); this module keeps
the `workgroups` table in step with config.toml, so the views can show titles and
capacities, and describes every table and column for Datasette.
"""

from __future__ import annotations

from .. import store
from ..config import Config
from ..registry import install_views


def sync_workgroups(db, config: Config) -> None:
    """Copy the configured workgroups into the `workgroups` table (the views join it); install the views."""
    install_views(db)
    rows = [(wg.id, wg.number, wg.label, wg.title, wg.capacity) for wg in config.workgroups]
    current = db.execute("SELECT id, number, label, title, capacity FROM workgroups ORDER BY number").fetchall()
    if [tuple(r) for r in current] == rows:
        return  # nothing changed: no write, so read-only commands stay read-only
    with store.transaction(db):
        db.execute("DELETE FROM workgroups")
        db.conn.executemany("INSERT INTO workgroups (id, number, label, title, capacity) VALUES (?, ?, ?, ?, ?)",
                            rows)


TABLES: dict[str, tuple[str, dict[str, str]]] = {
    "registrations": ("One row per person: who comes, to which workgroup, in which state.", {
        "id": "Registration number (REG in mailbot assign/confirm/cancel/waitlist).",
        "email": "Where answers go, lower-case.",
        "name": "Full name as written, without Frau/Herr.",
        "organisation": "The organisation or association, if named.",
        "party_size": "Persons coming under this registration, the writer included.",
        "language": "Language the person wrote in (ISO 639-1); answers go out in it.",
        "workgroup": "Workgroup assigned (or waited for, when waitlisted).",
        "status": "confirmed, waitlisted, cancelled or needs_review.",
        "choices": "Workgroups as the person stated them, first choice first (JSON).",
        "wanted": "A workgroup the person waits for while keeping their current place.",
        "wanted_party_size": "The party size they wait for, when more places were asked for than were free.",
        "reasons": "Why it needs review (JSON list).",
        "assigned_by_default": "1 when no choice was stated and mailbot picked the emptiest workgroup.",
        "message_row": "The mail (messages.id) this registration came from.",
        "created_at": "When registered (UTC); the waiting-list order.",
        "updated_at": "Last change (UTC).",
    }),
    "messages": ("Every mail that arrived, kept raw, with what mailbot read in it.", {
        "id": "Mail number (MAIL in mailbot dismiss).",
        "folder": "IMAP folder it was read from.", "uidvalidity": "IMAP UIDVALIDITY of the folder.",
        "uid": "IMAP UID in the folder.", "message_id": "The Message-ID header.",
        "received_at": "When mailbot stored it (UTC).", "sender": "From address, lower-case.",
        "subject": "Subject line.", "size": "Size in bytes.", "raw": "The mail exactly as received.",
        "kind": "What the parser read: registration, change, cancellation, question, auto_reply, bounce, other.",
        "parsed": "Everything the parser read (JSON).",
        "state": "new, done, review, dismissed, duplicate, ignored, error ...",
        "error": "Why it needs a person, or what went wrong.",
        "registration_id": "The registration it belongs to.", "processed_at": "When handled (UTC).",
        "marked": "1 when the mail was marked as handled on the IMAP server.",
        "fingerprint": "Hash of Date, From, Subject, size and body: recognises a mail without Message-ID "
                       "that comes again after a server move.",
    }),
    "outbox": ("Every mail mailbot sends or sent.", {
        "id": "Row number.", "kind": "Which notice: confirmation, waitlisted, promoted, digest, ...",
        "dedupe_key": "Makes sure the same notice never goes out twice.",
        "registration_id": "The registration it is about.", "message_row": "The mail it answers.",
        "to_addr": "Recipient.", "subject": "Subject line.", "message_id": "Its Message-ID.",
        "in_reply_to": "Message-ID of the mail it answers.", "raw": "The mail as sent.",
        "state": "pending, sent or failed.", "attempts": "How often sending was tried.",
        "next_attempt_at": "When the next try is due (UTC).", "last_error": "The server's last answer.",
        "created_at": "When queued (UTC).", "sent_at": "When the server accepted it (UTC).",
        "copied": "1 once a copy is in the IMAP Sent folder ([imap] sent_folder).",
        "reminder_offset": "For a reminder: which one (7d, 1d, ...).",
    }),
    "audit": ("The log: everything mailbot and the coordinator did, and why.", {
        "id": "Row number.", "at": "When (UTC).", "actor": "mailbot or coordinator.",
        "action": "What was done.", "message_row": "The mail concerned.",
        "registration_id": "The registration concerned.", "detail": "Details and reasons, for reading.",
        "from_workgroup": "Where the registration was just before this change.",
        "to_workgroup": "Where it is after it (or waits, when waitlisted).",
        "persons": "Its party size after the change.",
    }),
    "mailbox_state": ("How far mailbot has read each mailbox folder.", {
        "folder": "IMAP folder.", "uidvalidity": "IMAP UIDVALIDITY.",
        "last_uid": "Highest UID read.", "polled_at": "When the folder was last read (UTC).",
    }),
    "meta": ("Small state: schema details, digests sent, purge done.", {"key": "Name.", "value": "Value."}),
    "workgroups": ("The workgroups as configured in config.toml.", {
        "id": "Workgroup id.", "number": "Its number (1, 2, ... in config order).",
        "label": "How mails and lists name it ([[workgroups]] label, else the id).", "title": "Title.",
        "capacity": "Places (persons).",
    }),
    "retained_counts": ("Anonymous numbers kept after personal data was purged.", {
        "workgroup": "Workgroup id ('' for none).", "status": "Registration status.",
        "registrations": "How many registrations.", "persons": "How many persons.",
        "purged_at": "When the personal data was purged (UTC).",
    }),
    "imap_deletions": ("Mails to delete on the IMAP server after forget/purge ([retention] delete_imap).", {
        "folder": "IMAP folder.", "uidvalidity": "IMAP UIDVALIDITY.", "uid": "IMAP UID.",
        "reason": "forget or purge.", "queued_at": "When noted (UTC).",
    }),
    "participants": ("View: everyone not cancelled, with the workgroup title.", {}),
    "participants_per_workgroup": ("View: confirmed, kept (in review) and waiting persons and free places per "
                                   "workgroup, counted by the same rules as mailbot status.", {}),
    "waiting_lists": ("View: each workgroup's waiting list in order, those waiting to switch included; "
                      "position is the one the person was told.", {}),
    "needs_review": ("View: registrations and mails waiting for the coordinator.", {}),
    "todays_activity": ("View: today's log entries.", {}),
    "mail_log": ("View: every mail received, without the raw text.", {}),
    "failed_deliveries": ("View: mails that could not be delivered.", {}),
}

QUERIES: dict[str, dict[str, str]] = {
    "door_list": {
        "title": "Door list",
        "description": "Everyone confirmed, by name, with workgroup and party size.",
        "sql": "SELECT name, organisation, workgroup, party_size FROM registrations "
               "WHERE status = 'confirmed' ORDER BY name COLLATE NOCASE",
    },
    "workgroup_list": {
        "title": "One workgroup's participants",
        "description": "Confirmed participants of one workgroup (enter its id, e.g. AG1).",
        "sql": "SELECT id, name, organisation, party_size, language FROM registrations "
               "WHERE status = 'confirmed' AND workgroup = :workgroup ORDER BY name COLLATE NOCASE",
    },
    "find_person": {
        "title": "Find a person",
        "description": "Registrations and mails of one email address.",
        "sql": "SELECT 'registration' AS what, id, status, workgroup, created_at AS at FROM registrations "
               "WHERE lower(email) = lower(:email) UNION ALL SELECT 'mail', id, state, kind, received_at "
               "FROM messages WHERE lower(sender) = lower(:email) ORDER BY at",
    },
    "mails_per_day": {
        "title": "Mails per day",
        "description": "How many mails arrived each day, by kind.",
        "sql": "SELECT substr(received_at, 1, 10) AS day, kind, count(*) AS mails FROM messages "
               "GROUP BY day, kind ORDER BY day DESC, mails DESC",
    },
}


def datasette_metadata(config: Config, database_name: str) -> dict:
    """Datasette metadata: a title, a description of every table and column, saved queries."""
    tables = {}
    for name, (description, columns) in TABLES.items():
        tables[name] = {"description": description}
        if columns:
            tables[name]["columns"] = columns
    return {
        "title": f"mailbot: {config.event.name}",
        "description": "Registrations, mails and the log of mailbot. Read-only view; change "
                       "registrations with the mailbot commands (assign, confirm, cancel, waitlist).",
        "databases": {database_name: {"tables": tables, "queries": QUERIES}},
    }
