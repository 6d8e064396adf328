"""Build a mailbot database as the first release left it: schema version 1, realistic rows.

Used by tests/test_migrations.py (a script rather than a binary file, so the
diff shows what the old database holds). Run by hand to get a file to look at:

    .venv/bin/python tests/data/make_v1_database.py /tmp/v1.db
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from mailbot.store import MIGRATIONS  # noqa: E402 - after the path set-up

RAW = (b"From: Marta Lopes <marta.lopes@verein-a.example>\r\nTo: mso-tag@muenster.example\r\n"
       b"Subject: Anmeldung\r\nMessage-ID: <reg-old@verein-a.example>\r\n"
       b"Date: Mon, 11 Jan 2027 09:00:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
       b"Guten Tag,\r\n\r\nich m\xc3\xb6chte mich f\xc3\xbcr die Arbeitsgruppe 2 anmelden.\r\n\r\n"
       b"Viele Gr\xc3\xbc\xc3\x9fe\r\nMarta Lopes\r\nCapverdischer Kulturverein M\xc3\xbcnster e.V.\r\n")

ROWS = [
    ("INSERT INTO messages (id, folder, uidvalidity, uid, message_id, received_at, sender, subject, size, raw, "
     "kind, parsed, state, registration_id, processed_at, marked) VALUES (1, 'INBOX', 1700000000, 1, "
     "'<reg-old@verein-a.example>', '2027-01-11T08:00:05.000000Z', 'marta.lopes@verein-a.example', 'Anmeldung', "
     "?, ?, 'registration', '{\"kind\": \"registration\"}', 'processed', 1, '2027-01-11T08:00:06.000000Z', 1)",
     [len(RAW), RAW]),
    ("INSERT INTO registrations (id, email, name, organisation, party_size, language, workgroup, status, choices, "
     "message_row, created_at, updated_at) VALUES (1, 'marta.lopes@verein-a.example', 'Marta Lopes', "
     "'Capverdischer Kulturverein Münster e.V.', 1, 'de', 'AG2', 'confirmed', '[\"AG2\"]', 1, "
     "'2027-01-11T08:00:06.000000Z', '2027-01-11T08:00:06.000000Z')", []),
    ("INSERT INTO outbox (id, kind, dedupe_key, registration_id, message_row, to_addr, subject, message_id, "
     "in_reply_to, raw, state, attempts, next_attempt_at, created_at, sent_at) VALUES (1, 'confirmation', "
     "'confirmation:1', 1, 1, 'marta.lopes@verein-a.example', 'Anmeldung bestätigt', '<out-1@muenster.example>', "
     "'<reg-old@verein-a.example>', X'00', 'sent', 1, '2027-01-11T08:00:06.000000Z', "
     "'2027-01-11T08:00:06.000000Z', '2027-01-11T08:00:07.000000Z')", []),
    ("INSERT INTO audit (at, action, message_row, registration_id, detail) VALUES "
     "('2027-01-11T08:00:05.000000Z', 'received', 1, NULL, '420 bytes from marta.lopes@verein-a.example'), "
     "('2027-01-11T08:00:06.000000Z', 'registered', 1, 1, 'AG2'), "
     "('2027-01-11T08:00:07.000000Z', 'sent', NULL, 1, 'confirmation to marta.lopes@verein-a.example')", []),
    ("INSERT INTO mailbox_state VALUES ('INBOX', 1700000000, 1, '2027-01-11T08:00:05.000000Z')", []),
    ("INSERT INTO meta VALUES ('last_digest', '2027-01-11')", []),
]


def build(path: str | Path) -> Path:
    """Write the version-1 database to `path` (which must not exist yet)."""
    path = Path(path)
    db = sqlite3.connect(path)
    try:
        db.executescript(MIGRATIONS[0])
        for sql, params in ROWS:
            db.execute(sql, params)
        db.execute("PRAGMA user_version = 1")
        db.commit()
    finally:
        db.close()
    return path


if __name__ == "__main__":
    print(build(sys.argv[1]))
