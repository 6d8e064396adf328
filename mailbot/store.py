"""The SQLite file: schema, migrations, inbound messages, outbox, audit, small state.

The database is both the queue between the pipeline's stages and the
coordinator's log, so every write here is something a person may read later.
Registration rows are written by registry.py; everything else by this module.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import threading
from pathlib import Path
from typing import Iterable, Iterator

import sqlite_utils

from .errors import MailbotError

# Each entry upgrades the schema by one version; PRAGMA user_version says where a file is.
# Never edit a released entry: add a new one, so old databases upgrade in place.
MIGRATIONS: list[str] = [
    # 1: the first schema
    """
    CREATE TABLE messages (
        id INTEGER PRIMARY KEY,
        folder TEXT NOT NULL,
        uidvalidity INTEGER NOT NULL,
        uid INTEGER NOT NULL,
        message_id TEXT,
        received_at TEXT NOT NULL,
        sender TEXT,
        subject TEXT,
        size INTEGER NOT NULL DEFAULT 0,
        raw BLOB,
        kind TEXT,
        parsed TEXT,
        state TEXT NOT NULL DEFAULT 'new',
        error TEXT,
        registration_id INTEGER,
        processed_at TEXT,
        marked INTEGER NOT NULL DEFAULT 0,
        UNIQUE (folder, uidvalidity, uid)
    );
    CREATE INDEX messages_message_id ON messages (message_id);
    CREATE INDEX messages_state ON messages (state);
    CREATE INDEX messages_sender ON messages (sender);

    CREATE TABLE registrations (
        id INTEGER PRIMARY KEY,
        email TEXT NOT NULL,
        name TEXT,
        organisation TEXT,
        party_size INTEGER NOT NULL DEFAULT 1,
        language TEXT,
        workgroup TEXT,
        status TEXT NOT NULL,
        choices TEXT NOT NULL DEFAULT '[]',
        wanted TEXT,
        reasons TEXT NOT NULL DEFAULT '[]',
        assigned_by_default INTEGER NOT NULL DEFAULT 0,
        message_row INTEGER,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX registrations_email ON registrations (email);
    CREATE INDEX registrations_status_workgroup ON registrations (status, workgroup, created_at);
    CREATE INDEX registrations_wanted ON registrations (wanted, created_at);

    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        dedupe_key TEXT NOT NULL UNIQUE,
        registration_id INTEGER,
        message_row INTEGER,
        to_addr TEXT NOT NULL,
        subject TEXT,
        message_id TEXT NOT NULL UNIQUE,
        in_reply_to TEXT,
        raw BLOB NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        last_error TEXT,
        created_at TEXT NOT NULL,
        sent_at TEXT
    );
    CREATE INDEX outbox_due ON outbox (state, next_attempt_at, id);
    CREATE INDEX outbox_registration ON outbox (registration_id);
    CREATE INDEX outbox_to ON outbox (to_addr, created_at);

    CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL DEFAULT 'mailbot',
        action TEXT NOT NULL,
        message_row INTEGER,
        registration_id INTEGER,
        detail TEXT
    );
    CREATE INDEX audit_at ON audit (at);
    CREATE INDEX audit_registration ON audit (registration_id);
    CREATE INDEX audit_message ON audit (message_row);

    CREATE TABLE mailbox_state (
        folder TEXT NOT NULL,
        uidvalidity INTEGER NOT NULL,
        last_uid INTEGER NOT NULL DEFAULT 0,
        polled_at TEXT,
        PRIMARY KEY (folder, uidvalidity)
    );

    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
    """,
    # 2: the coordinator's desk (mailbot/desk): workgroups as configured, anonymous counts
    # kept after the retention purge, IMAP deletions still to do, and plain-named views
    # so DB Browser for SQLite and Datasette show the answers directly.
    """
    CREATE TABLE workgroups (
        id TEXT PRIMARY KEY,
        number INTEGER NOT NULL,
        title TEXT NOT NULL,
        capacity INTEGER NOT NULL
    );
    CREATE TABLE retained_counts (
        workgroup TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL,
        registrations INTEGER NOT NULL,
        persons INTEGER NOT NULL,
        purged_at TEXT NOT NULL,
        PRIMARY KEY (workgroup, status)
    );
    CREATE TABLE imap_deletions (
        folder TEXT NOT NULL,
        uidvalidity INTEGER NOT NULL,
        uid INTEGER NOT NULL,
        reason TEXT NOT NULL,
        queued_at TEXT NOT NULL,
        PRIMARY KEY (folder, uidvalidity, uid)
    );
    CREATE INDEX messages_registration ON messages (registration_id);
    CREATE INDEX outbox_state ON outbox (state);

    CREATE VIEW participants AS
        SELECT r.id, r.name, r.organisation, r.email, r.workgroup, w.title AS workgroup_title,
               r.party_size, r.status, r.language, r.created_at AS registered_at, r.updated_at
        FROM registrations r LEFT JOIN workgroups w ON w.id = r.workgroup
        WHERE r.status != 'cancelled'
        ORDER BY w.number, r.status, r.name COLLATE NOCASE;
    CREATE VIEW participants_per_workgroup AS
        SELECT w.number, w.id AS workgroup, w.title, w.capacity,
               coalesce(sum(CASE WHEN r.status = 'confirmed' THEN r.party_size END), 0) AS confirmed_persons,
               coalesce(sum(CASE WHEN r.status = 'waitlisted' THEN r.party_size END), 0) AS waitlisted_persons,
               coalesce(sum(r.status = 'needs_review'), 0) AS needs_review,
               w.capacity - coalesce(sum(CASE WHEN r.status = 'confirmed' THEN r.party_size END), 0)
                   AS free_places
        FROM workgroups w LEFT JOIN registrations r ON r.workgroup = w.id
        GROUP BY w.id ORDER BY w.number;
    CREATE VIEW waiting_lists AS
        SELECT r.workgroup, row_number() OVER (PARTITION BY r.workgroup ORDER BY r.created_at, r.id) AS position,
               r.id, r.name, r.organisation, r.email, r.party_size, r.created_at AS registered_at
        FROM registrations r WHERE r.status = 'waitlisted'
        ORDER BY r.workgroup, position;
    CREATE VIEW needs_review AS
        SELECT 'registration' AS item, r.id AS id, r.email, r.name, r.reasons, r.updated_at AS since,
               r.message_row AS mail
        FROM registrations r WHERE r.status = 'needs_review'
        UNION ALL
        SELECT 'mail', m.id, m.sender, NULL, m.error, m.received_at, m.id
        FROM messages m WHERE m.state = 'review' AND m.registration_id IS NULL;
    CREATE VIEW todays_activity AS
        SELECT a.at, a.actor, a.action, a.registration_id, a.message_row, a.detail
        FROM audit a
        WHERE a.at >= strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime', 'start of day', 'utc')
        ORDER BY a.id;
    CREATE VIEW mail_log AS
        SELECT id, received_at, sender, subject, kind, state, error, registration_id, processed_at
        FROM messages ORDER BY id;
    CREATE VIEW failed_deliveries AS
        SELECT id, kind, to_addr, subject, attempts, last_error, created_at, registration_id
        FROM outbox WHERE state = 'failed' ORDER BY id;
    """,
    # 3: a confirmed party that asked for more places than were free keeps its place and
    # waits for the larger size (decide.py, rule 4); NULL when it waits for nothing.
    """
    ALTER TABLE registrations ADD COLUMN wanted_party_size INTEGER;
    """,
    # 4: the places a workgroup holds (decide asks for every registration) are summed from
    # this index alone, without visiting the table rows: three times faster at 10,000 people.
    """
    CREATE INDEX registrations_holding ON registrations (status, workgroup, party_size);
    """,
    # 5: [imap] sent_folder: which sent mails already have their copy in the Sent folder.
    """
    ALTER TABLE outbox ADD COLUMN copied INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX outbox_to_copy ON outbox (state, copied);
    """,
    # 6: the mails still to mark on the server, found without scanning every mail of the folder.
    """
    CREATE INDEX messages_unmarked ON messages (folder, uidvalidity, uid) WHERE marked = 0;
    """,
    # 7: a held mail about a registration that is not itself in review (a repeated "already
    # registered", an unclear mail about a confirmed place) is on the review list too. Mails
    # left in review by registrations the coordinator resolved before are done.
    """
    UPDATE messages SET state = 'processed' WHERE state = 'review' AND registration_id IN
        (SELECT id FROM registrations WHERE status != 'needs_review');
    DROP VIEW needs_review;
    CREATE VIEW needs_review AS
        SELECT 'registration' AS item, r.id AS id, r.email, r.name, r.reasons, r.updated_at AS since,
               r.message_row AS mail
        FROM registrations r WHERE r.status = 'needs_review'
        UNION ALL
        SELECT 'mail', m.id, m.sender, NULL, m.error, m.received_at, m.id
        FROM messages m WHERE m.state = 'review' AND (m.registration_id IS NULL OR m.registration_id NOT IN
            (SELECT id FROM registrations WHERE status = 'needs_review'));
    """,
    # 8 (branch core): workgroups carry their label ("Forum B"); the two views about places are
    # rebuilt from places.py by registry.install_views (they counted places their own way).
    # The log says in columns what a line is about (from/to workgroup, persons), so nothing reads
    # its sentence back; a reminder's offset is a column, not a part of its dedupe key. Older log
    # lines keep NULL there and read as before; older reminders get their offset once, here.
    # registrations_places holds every column places.PLACES_SQL reads: status and the digest
    # count from the index alone (50,000 registrations: 0.15 s by the table, see docs/performance.md).
    """
    ALTER TABLE workgroups ADD COLUMN label TEXT NOT NULL DEFAULT '';
    UPDATE workgroups SET label = id;
    DROP VIEW participants_per_workgroup;
    DROP VIEW waiting_lists;
    ALTER TABLE audit ADD COLUMN from_workgroup TEXT;
    ALTER TABLE audit ADD COLUMN to_workgroup TEXT;
    ALTER TABLE audit ADD COLUMN persons INTEGER;
    ALTER TABLE outbox ADD COLUMN reminder_offset TEXT;
    UPDATE outbox SET reminder_offset = substr(dedupe_key, length(rtrim(dedupe_key, replace(dedupe_key, ':', ''))) + 1)
        WHERE kind = 'reminder';
    CREATE INDEX outbox_kind ON outbox (kind, registration_id);
    CREATE INDEX registrations_places ON registrations (status, workgroup, wanted, party_size, wanted_party_size);
    """,
    # 9 (branch imap): a mail without Message-ID is recognised after a UIDVALIDITY change by its content
    # (mailbot/fingerprint.py: Date, From, Subject, size and the body's hash).
    """
    ALTER TABLE messages ADD COLUMN fingerprint TEXT;
    CREATE INDEX messages_fingerprint ON messages (fingerprint) WHERE fingerprint IS NOT NULL;
    """,
    # 10 (branch auth): the flood limits (flood.py) count answers and new registrations of the last hour and the
    # answers for one sender's mails, for every mail: without a scan of the growing tables.
    """
    CREATE INDEX IF NOT EXISTS outbox_answers ON outbox (created_at) WHERE message_row IS NOT NULL;
    CREATE INDEX IF NOT EXISTS outbox_message ON outbox (message_row, created_at);
    CREATE INDEX IF NOT EXISTS registrations_created ON registrations (created_at);
    """,
    # 11 (branch stages): the delivery thread only records a failure for good; the pass applies it to the
    # registration (stages/apply.py) and notes here that it did. Failures of older versions were applied at once.
    """
    ALTER TABLE outbox ADD COLUMN failure_applied INTEGER NOT NULL DEFAULT 0;
    UPDATE outbox SET failure_applied = 1 WHERE state = 'failed';
    """,
]

# A mail waiting for the coordinator itself (not through its registration's review item).
MAIL_WAITING = ("state = 'review' AND (registration_id IS NULL OR registration_id NOT IN "
                "(SELECT id FROM registrations WHERE status = 'needs_review'))")

SCHEMA_VERSION = len(MIGRATIONS)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def use_clock(db, clock) -> None:
    """Every time this module writes to `db` from now on comes from `clock` (the worker's, or --now).

    Set once by whoever opens the database for a pass (Worker, the delivery thread), so a
    pass run with --now stores no wall-clock time: a log line, a processed_at, a poll time.
    """
    db.mailbot_clock = clock


def db_now(db) -> dt.datetime:
    """The time to store in `db`: its injected clock (use_clock), else the wall clock (desk commands)."""
    clock = getattr(db, "mailbot_clock", None)
    return clock() if clock is not None else utcnow()


def iso(when: dt.datetime) -> str:
    """UTC ISO 8601 with seconds, the one time format in the database."""
    return when.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def open_db(path: str | os.PathLike) -> sqlite_utils.Database:
    """Open (creating with mode 0600) and migrate the database; WAL, busy timeout."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():
        # Created by us with owner-only rights: it holds personal data.
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    conn = sqlite3.connect(str(path), timeout=30, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 30000")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA secure_delete = ON")  # erased personal data is overwritten, not left in free pages
    db = sqlite_utils.Database(conn)
    migrate(db)
    return db


def database_file(db: sqlite_utils.Database) -> str | None:
    """The file behind a connection (None for an in-memory database)."""
    return db.execute("PRAGMA database_list").fetchone()[2] or None


def migrate(db: sqlite_utils.Database) -> int:
    """Bring the schema up to SCHEMA_VERSION; returns the version it started at."""
    start = db.execute("PRAGMA user_version").fetchone()[0]
    if start > SCHEMA_VERSION:
        # Written by a newer mailbot: an older one could misread it, so it touches nothing.
        raise MailbotError(f"{database_file(db)}: database schema version {start} is newer than this "
                           f"mailbot understands ({SCHEMA_VERSION}); update mailbot")
    for version in range(start, SCHEMA_VERSION):
        with transaction(db):
            for statement in _split_sql(MIGRATIONS[version]):
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {version + 1}")
    return start


def _split_sql(script: str) -> Iterator[str]:
    for statement in script.split(";"):
        if statement.strip():
            yield statement


# Writers in one process (the pass and its delivery thread) take turns here: SQLite's own busy
# handler would make the loser sleep for milliseconds, on every mail.
_WRITERS = threading.RLock()


class transaction:
    """`with transaction(db):` one BEGIN IMMEDIATE … COMMIT; rollback on error. Nests."""

    def __init__(self, db: sqlite_utils.Database):
        self.conn = db.conn
        self.outer = False

    def __enter__(self):
        self.outer = not self.conn.in_transaction
        if self.outer:
            _WRITERS.acquire()
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except BaseException:
                _WRITERS.release()
                raise
        return self

    def __exit__(self, exc_type, exc, tb):
        if not self.outer:
            return False
        try:
            if exc_type is None:
                self.conn.execute("COMMIT")
            else:
                self.conn.execute("ROLLBACK")
        finally:
            _WRITERS.release()
        return False


# --- audit ---------------------------------------------------------------------------


def audit(db, action: str, detail: str = "", *, message_row: int | None = None,
          registration_id: int | None = None, actor: str = "mailbot", at: dt.datetime | None = None,
          from_workgroup: str | None = None, to_workgroup: str | None = None, persons: int | None = None) -> None:
    """Write one line of the coordinator's log.

    The columns are the data (what, which registration and mail, from and to which workgroup,
    how many persons, who); `detail` is the sentence a person reads, and nothing parses it.
    """
    db.execute(
        "INSERT INTO audit (at, actor, action, message_row, registration_id, detail, from_workgroup, to_workgroup, "
        "persons) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [iso(at or db_now(db)), actor, action, message_row, registration_id, detail, from_workgroup, to_workgroup,
         persons],
    )


# --- inbound messages ----------------------------------------------------------------


def last_uid(db, folder: str, uidvalidity: int) -> int:
    row = db.execute(
        "SELECT last_uid FROM mailbox_state WHERE folder = ? AND uidvalidity = ?", [folder, uidvalidity]
    ).fetchone()
    return row[0] if row else 0


def set_last_uid(db, folder: str, uidvalidity: int, uid: int) -> None:
    db.execute(
        "INSERT INTO mailbox_state (folder, uidvalidity, last_uid, polled_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (folder, uidvalidity) DO UPDATE SET last_uid = max(last_uid, excluded.last_uid), "
        "polled_at = excluded.polled_at",
        [folder, uidvalidity, uid, iso(db_now(db))],
    )


def record_poll(db, folder: str, uidvalidity: int) -> None:
    set_last_uid(db, folder, uidvalidity, 0)


def last_poll(db) -> str | None:
    return db.execute("SELECT max(polled_at) FROM mailbox_state").fetchone()[0]


def store_message(db, *, folder: str, uidvalidity: int, uid: int, raw: bytes, message_id: str | None,
                  sender: str | None, subject: str | None, received_at: dt.datetime | None = None,
                  fingerprint: str | None = None, max_bytes: int | None = None) -> int | None:
    """Store one inbound mail raw, before anything else happens. Returns its row id.

    Returns None when this exact (folder, uidvalidity, uid) is already stored.
    A mail whose Message-ID was already seen under another uid (a UIDVALIDITY
    reset, a copy) is stored with state 'duplicate' so it is never processed twice;
    without a Message-ID, the same fingerprint (same content) counts instead.
    A mail over max_bytes ([safety] max_message_bytes) is stored cut, with a note at
    its end; `size` keeps its real size, and the mail server keeps the whole mail.
    """
    size = len(raw)
    cut = max_bytes is not None and size > max_bytes
    if cut:
        raw = bytes(raw[:max_bytes]) + truncation_note(size, max_bytes)
    if db.execute("SELECT 1 FROM messages WHERE folder = ? AND uidvalidity = ? AND uid = ?",
                  [folder, uidvalidity, uid]).fetchone():
        return None
    state, why = "new", ""
    if message_id and db.execute("SELECT 1 FROM messages WHERE message_id = ? LIMIT 1", [message_id]).fetchone():
        state, why = "duplicate", " (already seen: same Message-ID)"
    elif not message_id and fingerprint and db.execute(
            "SELECT 1 FROM messages WHERE fingerprint = ? LIMIT 1", [fingerprint]).fetchone():
        state, why = "duplicate", " (already seen: same content, no Message-ID)"
    cur = db.execute(
        "INSERT INTO messages (folder, uidvalidity, uid, message_id, received_at, sender, subject, size, raw, state, "
        "fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [folder, uidvalidity, uid, message_id, iso(received_at or db_now(db)), sender, subject, size, raw, state,
         fingerprint],
    )
    row = cur.lastrowid
    audit(db, "received", f"{size} bytes from {sender or 'unknown sender'}{why}"
          + (f"; only the first {max_bytes} bytes stored, the mail server keeps the whole mail"
             if cut else ""), message_row=row)
    return row


def truncation_note(size: int, kept: int) -> bytes:
    """The line that ends a mail stored cut (the parser then also sees it is too large)."""
    return (f"\r\n\r\n[mailbot: this mail had {size} bytes; only the first {kept} were stored "
            "([safety] max_message_bytes). The mail server keeps the whole mail.]\r\n").encode("ascii")


def pending_messages(db, limit: int = 500) -> list[dict]:
    """Stored mails not yet processed, oldest first (e.g. after a crash)."""
    cur = db.execute("SELECT id, raw FROM messages WHERE state = 'new' ORDER BY id LIMIT ?", [limit])
    return [{"id": r[0], "raw": r[1]} for r in cur.fetchall()]


def finish_message(db, row: int, *, state: str, kind: str | None, parsed: dict | None,
                   registration_id: int | None = None, error: str | None = None) -> None:
    db.execute(
        "UPDATE messages SET state = ?, kind = ?, parsed = ?, registration_id = ?, error = ?, processed_at = ? "
        "WHERE id = ?",
        [state, kind, json.dumps(parsed, ensure_ascii=False) if parsed is not None else None,
         registration_id, error, iso(db_now(db)), row],
    )


def unmarked_messages(db, folder: str, uidvalidity: int, limit: int = -1) -> list[tuple[int, int, str]]:
    """(row, uid, state) of processed mails whose IMAP marking is still to do (the first `limit`)."""
    return db.execute(
        "SELECT id, uid, state FROM messages WHERE folder = ? AND uidvalidity = ? AND marked = 0 "
        "AND state NOT IN ('new') ORDER BY uid LIMIT ?",
        [folder, uidvalidity, limit],
    ).fetchall()


def set_marked(db, rows: Iterable[int]) -> None:
    db.conn.executemany("UPDATE messages SET marked = 1 WHERE id = ?", [(r,) for r in rows])


# --- outbox --------------------------------------------------------------------------


def enqueue(db, *, kind: str, dedupe_key: str, to_addr: str, subject: str, message_id: str, raw: bytes,
            in_reply_to: str | None = None, registration_id: int | None = None,
            message_row: int | None = None, now: dt.datetime | None = None,
            reminder_offset: str | None = None) -> int | None:
    """Queue an outgoing mail; returns its row, or None if this dedupe_key was queued before."""
    now = now or db_now(db)
    cur = db.execute(
        "INSERT INTO outbox (kind, dedupe_key, registration_id, message_row, to_addr, subject, message_id, "
        "in_reply_to, raw, next_attempt_at, created_at, reminder_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (dedupe_key) DO NOTHING",
        [kind, dedupe_key, registration_id, message_row, to_addr, subject, message_id, in_reply_to, raw,
         iso(now), iso(now), reminder_offset],
    )
    if cur.rowcount == 0:
        return None
    audit(db, "queued", f"{kind} to {to_addr}", message_row=message_row, registration_id=registration_id, at=now)
    return cur.lastrowid


def due_outbox(db, now: dt.datetime, limit: int = 200, after_id: int = 0) -> list[dict]:
    """Pending mails whose next attempt is due, in the order they were queued."""
    cur = db.execute(
        "SELECT id, kind, to_addr, raw, attempts, registration_id, message_id FROM outbox "
        "WHERE state = 'pending' AND next_attempt_at <= ? AND id > ? ORDER BY id LIMIT ?",
        [iso(now), after_id, limit],
    )
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def mark_sent(db, row: int, now: dt.datetime | None = None) -> None:
    db.execute("UPDATE outbox SET state = 'sent', sent_at = ?, attempts = attempts + 1, last_error = NULL "
               "WHERE id = ?", [iso(now or db_now(db)), row])


def mark_retry(db, row: int, error: str, next_at: dt.datetime) -> None:
    db.execute("UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?",
               [error, iso(next_at), row])


def note_deferral(db, row: int, error: str) -> None:
    """The server was unreachable: remember why, but count no attempt (the mail was not at fault)."""
    db.execute("UPDATE outbox SET last_error = ? WHERE id = ?", [error, row])


def sent_uncopied(db, limit: int = 200) -> list[tuple[int, bytes]]:
    """(row, raw) of sent mails whose copy is not yet in the IMAP Sent folder."""
    return db.execute("SELECT id, raw FROM outbox WHERE state = 'sent' AND copied = 0 ORDER BY id LIMIT ?",
                      [limit]).fetchall()


def set_copied(db, rows: Iterable[int]) -> None:
    db.conn.executemany("UPDATE outbox SET copied = 1 WHERE id = ?", [(r,) for r in rows])


def mark_failed(db, row: int, error: str) -> None:
    db.execute("UPDATE outbox SET state = 'failed', attempts = attempts + 1, last_error = ? WHERE id = ?",
               [error, row])


def failures_to_apply(db) -> list[dict]:
    """Mails that failed for good and whose failure the pass has not applied to their registration yet."""
    cursor = db.execute("SELECT id, kind, to_addr, registration_id, last_error FROM outbox "
                        "WHERE state = 'failed' AND failure_applied = 0 ORDER BY id")
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def set_failure_applied(db, row: int) -> None:
    db.execute("UPDATE outbox SET failure_applied = 1 WHERE id = ?", [row])


def outbox_registration_for(db, message_ids: Iterable[str]) -> int | None:
    """The registration one of our sent mails belongs to (to match a reply to its thread)."""
    ids = [m for m in message_ids if m]
    if not ids:
        return None
    marks = ",".join("?" * len(ids))
    row = db.execute(
        f"SELECT registration_id FROM outbox WHERE message_id IN ({marks}) AND registration_id IS NOT NULL "
        "ORDER BY id DESC LIMIT 1", ids).fetchone()
    return row[0] if row else None


def sent_recently(db, to_addr: str, kind: str, since: dt.datetime) -> bool:
    """Whether a mail of this kind was queued to this address since `since`."""
    return db.execute("SELECT 1 FROM outbox WHERE to_addr = ? AND kind = ? AND created_at >= ? LIMIT 1",
                      [to_addr, kind, iso(since)]).fetchone() is not None


def answers_today(db, to_addr: str, since: dt.datetime) -> int:
    """How many mails we queued to this address since `since` (per-sender cap)."""
    return db.execute("SELECT count(*) FROM outbox WHERE to_addr = ? AND created_at >= ?",
                      [to_addr, iso(since)]).fetchone()[0]


# --- small state ---------------------------------------------------------------------


def get_meta(db, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def set_meta(db, key: str, value: str) -> None:
    db.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
               [key, value])
