"""Helpers for the desk tests: a config with [coordinator]/[retention], rows written as the pipeline would.

Rows are inserted with plain SQL in the shape store.py and registry.py write them,
so these tests need no mail server and no parser.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from mailbot import store
from mailbot.cli import main
from mailbot.config import load_config

DESK_EXTRA = """
[coordinator]
emails = ["koordination@muenster.example"]
digest_time = "07:30"
language = "en"  # these tests read the English desk; test_desk_language.py reads the German default

[retention]
days_after_event = 90
"""


@pytest.fixture
def desk_config(write_config):
    """(config path, Config) for the Maildir/outdir event with coordinator and retention set."""
    path = write_config(extra=DESK_EXTRA)
    return path, load_config(path)


@pytest.fixture
def db(desk_config):
    from mailbot.desk.views import sync_workgroups

    database = store.open_db(desk_config[1].database_path)
    sync_workgroups(database, desk_config[1])  # as every desk command does: workgroups and the views
    yield database
    database.conn.close()


def in_german(config):
    """The same config with the coordinator's language at its default, German."""
    import dataclasses

    return dataclasses.replace(config, coordinator=dataclasses.replace(config.coordinator, language="de"))


def run(config_path, *args, env=None):
    """Invoke the real CLI; wide terminal so rich does not wrap the tables."""
    runner = CliRunner()
    return runner.invoke(main, [args[0], "--config", str(config_path), *args[1:]],
                         env={"COLUMNS": "120", **(env or {})}, catch_exceptions=False)


def add_registration(db, email, name, workgroup, status, *, party_size=1, organisation=None, language="de",
                     created="2027-01-10T09:00:00.000000Z", updated=None, message_row=None, reasons=(),
                     choices=None, wanted=None) -> int:
    cur = db.execute(
        "INSERT INTO registrations (email, name, organisation, party_size, language, workgroup, status, choices, "
        "wanted, reasons, message_row, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [email, name, organisation, party_size, language, workgroup, status,
         json.dumps(choices if choices is not None else ([workgroup] if workgroup else [])), wanted,
         json.dumps(list(reasons), ensure_ascii=False), message_row, created, updated or created])
    return cur.lastrowid


def add_message(db, raw: bytes, *, sender, uid, state="processed", parsed=None, registration_id=None,
                subject="Anmeldung", kind="registration", received="2027-01-10T09:00:00.000000Z",
                error=None) -> int:
    cur = db.execute(
        "INSERT INTO messages (folder, uidvalidity, uid, message_id, received_at, sender, subject, size, raw, kind, "
        "parsed, state, error, registration_id) VALUES ('INBOX', 7, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [uid, f"<m{uid}@example.org>", received, sender, subject, len(raw), raw, kind,
         json.dumps(parsed, ensure_ascii=False) if parsed is not None else None, state, error, registration_id])
    return cur.lastrowid


def mail(sender: str, name: str, body: str, subject: str = "Anmeldung") -> bytes:
    return (f"From: {name} <{sender}>\r\nTo: mso-tag@muenster.example\r\nSubject: {subject}\r\n"
            f"Message-ID: <{abs(hash(body))}@example.org>\r\nContent-Type: text/plain; charset=utf-8\r\n"
            f"Content-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n").encode("utf-8")
