"""The database: WAL and a busy timeout, and old files upgraded in place with their data intact."""

from __future__ import annotations

import hashlib
import importlib.util
import sqlite3
import threading
from pathlib import Path

from killrun import registration_mail, write_config
from mailbot import store
from mailbot.config import load_config
from mailbot.runner import run_once

# MIGRATIONS[0] as released (whitespace-normalised); a released entry must never change,
# or databases made with it would differ from new ones at the same version.
V1_SHA256 = "e28274474373e9d1e62710cbfc2663fcb0c883810f237f41349033e469ce68ed"


def _load_generator():
    path = Path(__file__).parent / "data" / "make_v1_database.py"
    spec = importlib.util.spec_from_file_location("make_v1_database", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows(path: Path, sql: str, params=()) -> list[tuple]:
    db = sqlite3.connect(path)
    try:
        return db.execute(sql, params).fetchall()
    finally:
        db.close()


def test_the_first_migration_is_unchanged():
    assert hashlib.sha256(" ".join(store.MIGRATIONS[0].split()).encode()).hexdigest() == V1_SHA256


def test_a_version_1_database_is_upgraded_in_place_with_its_data(tmp_path):
    path = _load_generator().build(tmp_path / "mailbot.db")
    before = {t: _rows(path, f"SELECT * FROM {t}") for t in ("messages", "registrations", "outbox", "audit")}

    db = store.open_db(path)
    db.close()

    assert _rows(path, "PRAGMA user_version") == [(store.SCHEMA_VERSION,)]
    for table, rows in before.items():
        after = _rows(path, f"SELECT * FROM {table}")
        assert [row[:len(rows[0])] for row in after] == rows, table  # added columns come last
    assert _rows(path, "SELECT wanted_party_size FROM registrations") == [(None,)]
    assert _rows(path, "SELECT email, status FROM participants") == [("marta.lopes@verein-a.example", "confirmed")]
    again = store.open_db(path)  # opening an up-to-date file changes nothing
    again.close()
    assert _rows(path, "PRAGMA user_version") == [(store.SCHEMA_VERSION,)]


def test_the_pipeline_works_on_an_upgraded_database(dovecot, smtpd, tmp_path, monkeypatch):
    monkeypatch.setenv("MAILBOT_IMAP_PASSWORD", dovecot.password)
    monkeypatch.setenv("MAILBOT_SMTP_PASSWORD", smtpd.password)
    _load_generator().build(tmp_path / "mailbot.db")
    # the old mail again (a new server: other UIDVALIDITY) and one new registration
    dovecot.append(_load_generator().RAW)
    dovecot.append(registration_mail(1))
    config = load_config(write_config(tmp_path, dovecot, smtpd))

    result = run_once(config)

    assert result.errors == []
    assert result.outcomes == {"duplicate": 1, "registered": 1}
    assert len(smtpd.received) == 1 and smtpd.received[0].rcpt_tos != ["marta.lopes@verein-a.example"]
    assert _rows(config.database_path, "SELECT count(*), count(DISTINCT email) FROM registrations") == [(2, 2)]


def test_wal_and_busy_timeout(tmp_path):
    db = store.open_db(tmp_path / "mailbot.db")
    try:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 30000
    finally:
        db.close()


def test_a_pass_waits_for_a_coordinator_holding_a_write_lock(dovecot, smtpd, tmp_path, monkeypatch):
    """DB Browser keeping a write transaction open for a while delays the pass; nothing fails."""
    monkeypatch.setenv("MAILBOT_IMAP_PASSWORD", dovecot.password)
    monkeypatch.setenv("MAILBOT_SMTP_PASSWORD", smtpd.password)
    config = load_config(write_config(tmp_path, dovecot, smtpd))
    store.open_db(config.database_path).close()
    dovecot.append(registration_mail(0))
    other = sqlite3.connect(config.database_path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO meta VALUES ('coordinator', 'was here')")
    timer = threading.Timer(1.5, lambda: other.execute("COMMIT"))
    timer.start()
    try:
        result = run_once(config)
    finally:
        timer.join()
        other.close()
    assert result.errors == [] and result.sent == 1
    assert _rows(config.database_path, "SELECT value FROM meta WHERE key = 'coordinator'") == [("was here",)]
