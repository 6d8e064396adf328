"""The coordinator by mail, through real servers: STATUS / EXPORT commands and the daily digest."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import io
import sqlite3

import openpyxl

from mailbot.config import load_config
from mailbot.runner import run_once
from test_end_to_end import registration

COORDINATOR = """
[coordinator]
emails = ["koordination@muenster.example"]
digest_time = "07:30"

[safety]
authserv_id = "mx.muenster.example"
"""
# Commands by mail need our server's word that the coordinator really sent them.
AUTHENTICATED = "mx.muenster.example; dmarc=pass header.from=muenster.example"

BERLIN = dt.timezone(dt.timedelta(hours=1))


def command_mail(subject: str, sender: str = "Koordination <koordination@muenster.example>",
                 msgid: str = "<cmd-1@muenster.example>") -> bytes:
    return registration(sender=sender, subject=subject, msgid=msgid, body="Bitte senden.\n",
                        Authentication_Results=AUTHENTICATED)


def parsed_received(smtpd):
    return [email.message_from_bytes(r.data, policy=email.policy.default) for r in smtpd.received]


def test_status_command_is_answered_with_the_table(dovecot, smtpd, write_config):
    config = load_config(write_config(dovecot, smtpd, extra=COORDINATOR))
    dovecot.append(registration())
    dovecot.append(command_mail("STATUS"))

    run_once(config, now=dt.datetime(2027, 1, 15, 6, 0, tzinfo=BERLIN))

    answers = {m["To"]: m for m in parsed_received(smtpd)}
    assert set(answers) == {"marta.lopes@verein-a.example", "koordination@muenster.example"}
    text = answers["koordination@muenster.example"].get_body(("plain",)).get_content()
    assert "AG2" in text or "AG 2" in text
    assert answers["koordination@muenster.example"]["In-Reply-To"] == "<cmd-1@muenster.example>"


def test_export_command_is_answered_with_an_xlsx(dovecot, smtpd, write_config):
    config = load_config(write_config(dovecot, smtpd, extra=COORDINATOR))
    dovecot.append(registration())
    dovecot.append(command_mail("EXPORT"))

    run_once(config, now=dt.datetime(2027, 1, 15, 6, 0, tzinfo=BERLIN))

    answer = next(m for m in parsed_received(smtpd) if m["To"] == "koordination@muenster.example")
    files = [part for part in answer.iter_attachments() if part.get_filename().endswith(".xlsx")]
    assert len(files) == 1
    book = openpyxl.load_workbook(io.BytesIO(files[0].get_content()))
    cells = [str(c.value) for row in book.worksheets[0].iter_rows() for c in row]
    assert "Marta Lopes" in cells


def test_a_command_from_anyone_else_is_ignored_and_logged(dovecot, smtpd, write_config):
    config = load_config(write_config(dovecot, smtpd, extra=COORDINATOR))
    dovecot.append(command_mail("EXPORT", sender="Mallory <mallory@elsewhere.example>"))

    run_once(config, now=dt.datetime(2027, 1, 15, 6, 0, tzinfo=BERLIN))

    assert smtpd.received == []
    db = sqlite3.connect(config.database_path)
    (state,) = db.execute("SELECT state FROM messages").fetchone()
    assert state == "ignored"
    details = [d for (d,) in db.execute("SELECT detail FROM audit WHERE action = 'skipped'")]
    assert any("non-coordinator" in d for d in details)


def test_the_digest_goes_out_once_a_day_after_its_time(dovecot, smtpd, write_config):
    config = load_config(write_config(dovecot, smtpd, extra=COORDINATOR))
    dovecot.append(registration())

    run_once(config, now=dt.datetime(2027, 1, 15, 7, 0, tzinfo=BERLIN))  # before 07:30: no digest
    assert [m["To"] for m in parsed_received(smtpd)] == ["marta.lopes@verein-a.example"]

    run_once(config, now=dt.datetime(2027, 1, 15, 7, 45, tzinfo=BERLIN))
    run_once(config, now=dt.datetime(2027, 1, 15, 12, 0, tzinfo=BERLIN))  # same day: not again
    digests = [m for m in parsed_received(smtpd) if m["To"] == "koordination@muenster.example"]
    assert len(digests) == 1
    assert digests[0]["Auto-Submitted"] == "auto-generated"

    run_once(config, now=dt.datetime(2027, 1, 16, 7, 31, tzinfo=BERLIN))  # next day: the next one
    digests = [m for m in parsed_received(smtpd) if m["To"] == "koordination@muenster.example"]
    assert len(digests) == 2
