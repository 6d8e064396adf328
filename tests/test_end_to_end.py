"""The whole job against real servers: Dovecot in, SQLite, aiosmtpd out."""

from __future__ import annotations

import email
import email.policy
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from email.message import EmailMessage
from pathlib import Path

import pytest

from mailbot import store
from mailbot.config import load_config
from mailbot.runner import PassLock, Server, run_once

MAILBOT = [sys.executable, "-m", "mailbot"]

# Every test here runs against a standard Dovecot and one limited like Exchange's IMAP
# (no IDLE, MOVE, UIDPLUS, CONDSTORE; no keywords): tests/servers.py, FLAVOURS.
pytestmark = pytest.mark.parametrize("dovecot", ["standard", "exchange"], indirect=True)


def keyword_kept(dovecot) -> bool:
    """Does this server keep our keyword? (The Exchange-like one refuses keywords.)"""
    return dovecot.flavour != "exchange"


def registration(sender="Marta Lopes <marta.lopes@verein-a.example>", body=None, subject="Anmeldung",
                 msgid="<reg-1@verein-a.example>", **headers) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "mso-tag@muenster.example"
    msg["Subject"] = subject
    msg["Message-ID"] = msgid
    msg["Date"] = "Mon, 11 Jan 2027 09:00:00 +0100"
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body or (
        "Guten Tag,\n\nich möchte mich für die Arbeitsgruppe 2 anmelden.\n\n"
        "Viele Grüße\nMarta Lopes\nCapverdischer Kulturverein Münster e.V.\n"))
    return msg.as_bytes()


def rows(config, sql, params=()):
    db = sqlite3.connect(config.database_path)
    try:
        return db.execute(sql, params).fetchall()
    finally:
        db.close()


def received_messages(smtpd):
    return [email.message_from_bytes(r.data, policy=email.policy.default) for r in smtpd.received]


def test_registration_is_recorded_and_confirmed_once(dovecot, smtpd, config_file):
    dovecot.append(registration())
    config = load_config(config_file)

    result = run_once(config)

    assert result.errors == []
    assert rows(config, "SELECT email, name, workgroup, status, party_size FROM registrations") == [
        ("marta.lopes@verein-a.example", "Marta Lopes", "AG2", "confirmed", 1)]
    assert len(smtpd.received) == 1
    envelope = smtpd.received[0]
    assert envelope.rcpt_tos == ["marta.lopes@verein-a.example"]
    answer = received_messages(smtpd)[0]
    assert answer["In-Reply-To"] == "<reg-1@verein-a.example>"
    assert "<reg-1@verein-a.example>" in answer["References"]
    assert answer["Auto-Submitted"] == "auto-replied"
    assert answer["Message-ID"]
    # the handled mail is marked with our keyword (where the server keeps keywords) but not as read
    flags = dovecot.flags(1)
    assert ("$MailbotHandled" in flags) == keyword_kept(dovecot) and "\\Seen" not in flags

    again = run_once(config)
    assert again.new == 0 and again.sent == 0
    assert len(smtpd.received) == 1
    assert rows(config, "SELECT count(*) FROM registrations") == [(1,)]


def test_a_pass_marks_its_mails_in_chunks(dovecot, smtpd, config_file, monkeypatch):
    from mailbot.stages import mark as mark_stage

    monkeypatch.setattr(mark_stage, "MARK_CHUNK", 2)  # 5 mails: three rounds, each committed
    for n in range(5):
        dovecot.append(registration(sender=f"Person {n} <p{n}@verein-a.example>", msgid=f"<c{n}@verein-a.example>"))
    config = load_config(config_file)
    result = run_once(config)
    assert result.errors == [] and result.new == 5
    assert rows(config, "SELECT count(*) FROM messages WHERE marked = 0") == [(0,)]
    assert all(("$MailbotHandled" in dovecot.flags(uid)) == keyword_kept(dovecot) for uid in dovecot.uids())


def test_unrelated_mail_stays_unread_and_in_place(dovecot, smtpd, config_file):
    uid = dovecot.append(registration(
        sender="Nachbarschaftsforum <info@forum.example>", subject="Einladung Sommerfest",
        msgid="<fest@forum.example>",
        body="Liebe Nachbarn,\n\nam 4. Juli feiern wir unser Sommerfest im Park. Alle sind willkommen!\n"))
    config = load_config(config_file)

    run_once(config)

    assert smtpd.received == []
    assert dovecot.uids("INBOX") == [uid]
    assert dovecot.flags(uid) == set()
    assert rows(config, "SELECT state FROM messages") == [("ignored",)]


def test_broken_mail_is_stored_and_flagged_and_the_run_goes_on(dovecot, smtpd, config_file):
    broken = (b"From: =?utf-8?b?!!!notbase64?= <x@y.example>\r\nSubject: =?unknown-8?q?=FF?=\r\n"
              b"Content-Type: multipart/mixed; boundary=\"never\"\r\n"
              b"Content-Transfer-Encoding: base64\r\n\r\n\xff\xfe\x00garbage without boundary\r\n")
    dovecot.append(broken)
    dovecot.append(registration(msgid="<after-broken@verein-a.example>"))
    config = load_config(config_file)

    result = run_once(config)

    assert result.new == 2
    stored = rows(config, "SELECT size, state FROM messages ORDER BY uid")
    assert stored[0][0] == len(broken) or stored[0][0] > 0
    assert stored[0][1] in ("review", "ignored", "error")
    assert rows(config, "SELECT count(*) FROM registrations WHERE status = 'confirmed'") == [(1,)]
    assert len(smtpd.received) == 1


def test_smtp_down_keeps_the_mail_and_sends_it_next_run(dovecot, smtpd, config_file):
    dovecot.append(registration())
    config = load_config(config_file)
    smtpd.stop()

    first = run_once(config)

    assert first.sent == 0 and first.errors
    assert rows(config, "SELECT state FROM outbox") == [("pending",)]
    smtpd.start()
    second = run_once(config)
    assert second.sent == 1
    assert len(smtpd.received) == 1
    assert rows(config, "SELECT state, attempts FROM outbox") == [("sent", 1)]


def test_uidvalidity_change_processes_nothing_twice(dovecot, smtpd, config_file):
    dovecot.append(registration())
    config = load_config(config_file)
    run_once(config)
    dovecot.change_uidvalidity()

    result = run_once(config)

    assert result.new == 1  # stored again under the new UIDVALIDITY ...
    assert result.outcomes["duplicate"] == 1  # ... but recognised by its Message-ID
    assert len(smtpd.received) == 1
    assert rows(config, "SELECT count(*) FROM registrations") == [(1,)]


def test_a_second_pass_while_one_runs_exits_quietly(dovecot, smtpd, config_file):
    config = load_config(config_file)
    lock = PassLock(config.database_path)
    assert lock.acquire()
    try:
        done = subprocess.run([*MAILBOT, "run-once", "--config", str(config_file)],
                              capture_output=True, text=True, env=os.environ.copy(), timeout=60)
    finally:
        lock.release()
    assert done.returncode == 0
    assert "Ein anderer mailbot-Durchlauf arbeitet gerade" in done.stdout


def test_run_once_cli_prints_one_summary_line(dovecot, smtpd, config_file):
    dovecot.append(registration())
    done = subprocess.run([*MAILBOT, "run-once", "--config", str(config_file)],
                          capture_output=True, text=True, env=os.environ.copy(), timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines() == ["1 neue Mail: 1 angemeldet; 1 verschickt"]
    if keyword_kept(dovecot):
        assert done.stderr == ""
    else:  # said once per database, as a warning: the keyword is kept only in the database
        assert "keeps no keywords" in done.stderr and len(done.stderr.splitlines()) == 1
        again = subprocess.run([*MAILBOT, "run-once", "--config", str(config_file)],
                               capture_output=True, text=True, env=os.environ.copy(), timeout=60)
        assert (again.returncode, again.stderr) == (0, "")


def test_unreachable_imap_gives_one_line_and_non_zero_exit(dovecot, smtpd, config_file):
    dovecot.stop()
    done = subprocess.run([*MAILBOT, "run-once", "--config", str(config_file)],
                          capture_output=True, text=True, env=os.environ.copy(), timeout=60)
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and str(dovecot.port) in lines[0]


def test_wrong_password_gives_one_line_and_non_zero_exit(dovecot, smtpd, config_file, monkeypatch):
    monkeypatch.setenv("MAILBOT_IMAP_PASSWORD", "not-the-password")
    done = subprocess.run([*MAILBOT, "run-once", "--config", str(config_file)],
                          capture_output=True, text=True, env=os.environ.copy(), timeout=60)
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ")
    assert "not-the-password" not in done.stderr + done.stdout


def test_serve_answers_a_mail_that_arrives_during_idle(dovecot, smtpd, write_config):
    # without IDLE (Exchange-like) serve polls on its connection every poll_seconds
    config = load_config(write_config(dovecot, smtpd, imap_extra={"poll_seconds": 1}))
    stop = threading.Event()
    server = Server(config, stop)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        time.sleep(1.5)  # the first pass ran; the watcher waits in IDLE
        started = time.monotonic()
        dovecot.append(registration())
        while not smtpd.received and time.monotonic() - started < 10:
            time.sleep(0.05)
        elapsed = time.monotonic() - started
    finally:
        stop.set()
        thread.join(timeout=15)
    assert not thread.is_alive()
    assert len(smtpd.received) == 1
    assert elapsed < 5


def test_serve_stops_cleanly_on_sigterm(dovecot, smtpd, config_file):
    proc = subprocess.Popen([*MAILBOT, "serve", "--config", str(config_file)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ.copy())
    try:
        # the signal handlers are set before the first pass opens the database: wait for that, not a
        # fixed time (a loaded machine starts Python more slowly, and SIGTERM before them kills)
        database = Path(load_config(config_file).database_path)
        deadline = time.monotonic() + 60
        while not database.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(0.5)
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "stopped" in err


def test_database_is_private(dovecot, smtpd, config_file):
    config = load_config(config_file)
    run_once(config)
    assert (Path(config.database_path).stat().st_mode & 0o777) == 0o600
    db = store.open_db(config.database_path)
    try:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        db.close()
