"""`mailbot accept MAIL`: a held mail the coordinator has checked is handled and answered.

Through the real servers: the mail is held by a pass (DMARC failed, the per-sender
cap, a repeated "already registered"), accepted on the command line, and the next
pass delivers the answer to aiosmtpd.
"""

from __future__ import annotations

import datetime as dt

from test_desk_support import run
from test_end_to_end import rows
from test_hostile import OUR_SERVER, PERSON, from_marta, raw_mail

from mailbot import store
from mailbot.config import load_config
from mailbot.runner import run_once

FORGED_LOOKING = f"Authentication-Results: {OUR_SERVER}; dmarc=fail header.from=verein-a.example\r\n"


def held_config(write_config, dovecot, smtpd, extra=""):
    english = '[coordinator]\nlanguage = "en"\n'  # these tests read the English desk lines
    head = "" if "[coordinator]" in extra else english + "\n"
    extra = extra.replace("[coordinator]\n", english)
    path = write_config(dovecot, smtpd, extra=f'{head}[safety]\nauthserv_id = "{OUR_SERVER}"\n{extra}')
    return path, load_config(path)


def test_a_held_registration_is_accepted_and_answered_at_the_next_pass(write_config, dovecot, smtpd):
    path, config = held_config(write_config, dovecot, smtpd)
    dovecot.append(raw_mail(from_marta(FORGED_LOOKING)))
    run_once(config)
    assert smtpd.received == []
    ((mail_id, state),) = rows(config, "SELECT id, state FROM messages")
    assert state == "review"
    listing = run(path, "review").stdout
    assert f"mailbot accept {mail_id}" in listing

    result = run(path, "accept", str(mail_id))

    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Mail {mail_id} accepted: ")
    assert "is now confirmed in AG2" in result.stdout
    assert f"confirmation to {PERSON}" in result.stdout and "(sent at the next pass)" in result.stdout
    assert rows(config, "SELECT email, workgroup, status FROM registrations") == [(PERSON, "AG2", "confirmed")]
    assert rows(config, "SELECT state FROM messages") == [("processed",)]
    assert ("accepted", "coordinator") in rows(config, "SELECT action, actor FROM audit")
    assert run(path, "review").stdout.startswith("Nothing to review")

    run_once(config)
    assert [r.rcpt_tos for r in smtpd.received] == [[PERSON]]
    assert run(path, "accept", str(mail_id)).exit_code == 1  # done: accepting again is refused


def test_a_mail_over_the_per_sender_cap_can_be_accepted(write_config, dovecot, smtpd):
    path, config = held_config(write_config, dovecot, smtpd, "answers_per_sender_per_day = 1\n")
    dovecot.append(raw_mail(from_marta()))
    dovecot.append(raw_mail(from_marta(), body="Ich bringe doch meinen Kollegen mit, wir sind zu zweit.\r\n"
                                               "Marta Lopes\r\n", msgid="<h-2@verein-a.example>"))
    run_once(config)
    assert len(smtpd.received) == 1
    ((held, why),) = rows(config, "SELECT id, error FROM messages WHERE state = 'review'")
    assert "already 1 answers" in why

    assert run(path, "accept", str(held)).exit_code == 0
    run_once(config)
    assert len(smtpd.received) == 2
    assert rows(config, "SELECT party_size FROM registrations") == [(2,)]


def test_a_repeated_already_registered_is_listed_and_can_be_answered(write_config, dovecot, smtpd):
    # The second "already registered" in a day is not sent but waits for a person: it
    # must be on the review list although its registration is in order.
    path, config = held_config(write_config, dovecot, smtpd)
    for n in range(3):
        dovecot.append(raw_mail(from_marta(), msgid=f"<rep-{n}@verein-a.example>"))
    run_once(config)
    assert len(smtpd.received) == 2  # the confirmation, then one "already registered"
    ((held,),) = rows(config, "SELECT id FROM messages WHERE state = 'review'")
    assert f"Mail {held}:" in run(path, "review").stdout
    assert "Waiting for review: 1" in run(path, "status").stdout

    assert run(path, "accept", str(held)).exit_code == 0
    run_once(config)
    assert len(smtpd.received) == 3


def test_what_cannot_be_accepted_gets_one_clear_line(write_config, dovecot, smtpd):
    path, config = held_config(write_config, dovecot, smtpd)
    dovecot.append(raw_mail("From: Quinn <q@example.org>\r\nSubject: Frage\r\n",
                            body="Gibt es am Veranstaltungsort Parkplätze?\r\n", msgid="<q@example.org>"))
    run_once(config)
    ((question,),) = rows(config, "SELECT id FROM messages")

    refused = run(path, "accept", str(question))
    assert refused.exit_code == 1
    assert refused.output.strip().splitlines() == [
        f"Error: mail {question} is a question: answer it in your mail program, then mailbot dismiss {question}"]
    missing = run(path, "accept", "999")
    assert missing.exit_code == 1 and "no mail 999" in missing.output


def test_resolving_a_registration_settles_its_waiting_mails(write_config, dovecot, smtpd):
    path, config = held_config(write_config, dovecot, smtpd)
    dovecot.append(raw_mail(from_marta(), body="Ich komme zu AG 1 oder AG 3.\r\nMarta Lopes\r\n"))
    run_once(config)
    ((reg, status),) = rows(config, "SELECT id, status FROM registrations")
    assert status == "needs_review"
    assert run(path, "assign", str(reg), "AG3").exit_code == 0
    assert rows(config, "SELECT state FROM messages") == [("processed",)]
    assert run(path, "review").stdout.startswith("Nothing to review")


def test_upgrading_settles_mails_left_by_earlier_resolutions(tmp_path):
    import sqlite3

    import sqlite_utils

    db = sqlite_utils.Database(sqlite3.connect(tmp_path / "mailbot.db", isolation_level=None))
    for script in store.MIGRATIONS[:6]:  # a database as schema version 6 left it
        for statement in store._split_sql(script):
            db.execute(statement)
    with store.transaction(db):
        db.execute("INSERT INTO registrations (email, status, workgroup, party_size, created_at, updated_at) "
                   "VALUES ('a@example.org', 'confirmed', 'AG1', 1, 'x', 'x')")
        db.execute("INSERT INTO messages (folder, uidvalidity, uid, received_at, state, registration_id) "
                   "VALUES ('INBOX', 1, 1, 'x', 'review', 1)")
    db.execute("PRAGMA user_version = 6")
    db.close()
    db = store.open_db(tmp_path / "mailbot.db")
    assert db.execute("SELECT state FROM messages").fetchall() == [("processed",)]
    assert db.execute("SELECT count(*) FROM needs_review").fetchone() == (0,)
    db.close()


def test_a_held_coordinator_command_is_answered_once_accepted(write_config, dovecot, smtpd):
    # STATUS from the coordinator's address whose DMARC failed: held, then accepted by hand.
    path, config = held_config(write_config, dovecot, smtpd,
                               '\n[coordinator]\nemails = ["koordination@muenster.example"]\n')
    early = dt.datetime(2027, 1, 15, 5, 0, tzinfo=dt.timezone.utc)  # before the digest is due
    dovecot.append(raw_mail("From: Koordination <koordination@muenster.example>\r\nSubject: STATUS\r\n"
                            + FORGED_LOOKING.replace("verein-a.example", "muenster.example"),
                            body="Bitte senden.\r\n", msgid="<cmd@muenster.example>"))
    run_once(config, now=early)
    ((mail_id, state, why),) = rows(config, "SELECT id, state, error FROM messages")
    assert state == "review" and "DMARC" in why

    result = run(path, "accept", str(mail_id))
    assert result.exit_code == 0, result.output
    assert "status_report to koordination@muenster.example" in result.stdout
    run_once(config, now=early)
    assert [r.rcpt_tos for r in smtpd.received] == [["koordination@muenster.example"]]


def test_a_mail_the_parser_wants_a_person_for_is_listed_not_ignored(write_config, dovecot, smtpd):
    # "siehe Anhang" with a file: nobody is answered, but it must reach the review list
    # (the registration may be in the attachment), not disappear as "ignored".
    from email.message import EmailMessage

    path, config = held_config(write_config, dovecot, smtpd)
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "Nadia Haddad <nadia@verein-b.example>", "mso-tag@muenster.example", "MSO"
    msg["Message-ID"] = "<att@verein-b.example>"
    msg.set_content("Hallo,\n\nsiehe Anhang.\n\nNadia\n")
    msg.add_attachment(b"%PDF-1.4 form", maintype="application", subtype="pdf", filename="formular.pdf")
    dovecot.append(msg.as_bytes())
    run_once(config)
    assert smtpd.received == []
    ((mail_id, state, why),) = rows(config, "SELECT id, state, error FROM messages")
    assert state == "review" and why.startswith("left for review: ") and "attachment" in why
    listing = run(path, "review").stdout
    assert f"Mail {mail_id}:" in listing and f"mailbot dismiss {mail_id}" in listing
    assert f"mailbot accept {mail_id}" not in listing  # nobody to answer: only dismiss
    assert run(path, "dismiss", str(mail_id)).exit_code == 0
