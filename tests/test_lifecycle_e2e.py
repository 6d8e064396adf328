"""The registration lifecycle by email alone, through real Dovecot and SMTP servers."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import sqlite3

from mailbot.config import load_config
from mailbot.runner import run_once
from test_end_to_end import registration

BERLIN = dt.timezone(dt.timedelta(hours=1))
JANUARY = dt.datetime(2027, 1, 15, 12, 0, tzinfo=BERLIN)

SMALL_AG2 = """
[[workgroups]]
id = "AG2"
title = "Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte"
capacity = 2
aliases = ["Zukunftsprozess"]
"""


def small_config(write_config, dovecot, smtpd):
    """The usual test event, but AG2 has only two places."""
    path = write_config(dovecot, smtpd)
    text = path.read_text(encoding="utf-8")
    start = text.index('[[workgroups]]\nid = "AG2"')
    end = text.index("[[workgroups]]", start + 10)
    path.write_text(text[:start] + SMALL_AG2.lstrip() + "\n" + text[end:], encoding="utf-8")
    return load_config(path)


def person(name: str, address: str, body: str, msgid: str, **headers) -> bytes:
    return registration(sender=f"{name} <{address}>", body=body, msgid=msgid, **headers)


def sent(smtpd):
    return [email.message_from_bytes(r.data, policy=email.policy.default) for r in smtpd.received]


def text_of(message) -> str:
    return message.get_body(("plain",)).get_content()


def db_rows(config, sql):
    db = sqlite3.connect(config.database_path)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def test_waiting_list_and_promotion_after_a_cancellation_in_a_reply(dovecot, smtpd, write_config):
    config = small_config(write_config, dovecot, smtpd)
    dovecot.append(person("Ana Costa", "ana.costa@verein-c.example",
                          "Hallo,\nwir melden uns zu zweit für AG 2 an.\n\nGruß\nAna Costa\n", "<a1@c.example>"))
    dovecot.append(person("Bilal Yusuf", "bilal.yusuf@verein-d.example",
                          "Hallo,\nich möchte an AG 2 teilnehmen.\n\nGruß\nBilal Yusuf\n", "<b1@d.example>"))
    run_once(config, now=JANUARY)
    statuses = db_rows(config, "SELECT name, workgroup, status FROM registrations ORDER BY id")
    assert statuses == [("Ana Costa", "AG2", "confirmed"), ("Bilal Yusuf", "AG2", "waitlisted")]
    confirmation = next(m for m in sent(smtpd) if m["To"] == "ana.costa@verein-c.example")

    # Ana answers the confirmation from another address: the reply counts for her registration.
    dovecot.append(person("Ana Costa", "a.costa@privat.example",
                          "Hallo,\nleider können wir doch nicht kommen, bitte streichen Sie uns.\n\nAna Costa\n",
                          "<a2@privat.example>", In_Reply_To=confirmation["Message-ID"],
                          References=confirmation["Message-ID"]))
    run_once(config, now=JANUARY)

    statuses = db_rows(config, "SELECT name, status FROM registrations ORDER BY id")
    assert statuses == [("Ana Costa", "cancelled"), ("Bilal Yusuf", "confirmed")]
    kinds = [(m["To"], m["Subject"]) for m in sent(smtpd)]
    assert len(kinds) == 4  # confirmation, waiting list, cancellation confirmed, promotion
    promoted = sent(smtpd)[-1] if sent(smtpd)[-1]["To"] == "bilal.yusuf@verein-d.example" else sent(smtpd)[-2]
    assert promoted["To"] == "bilal.yusuf@verein-d.example"
    assert any(part.get_content_type() == "text/calendar" for part in promoted.walk())


def test_an_unclear_mail_gets_one_question_and_the_reply_resolves_it(dovecot, smtpd, write_config):
    config = load_config(write_config(dovecot, smtpd))
    dovecot.append(person("Olga Marenko", "olga.marenko@verein-e.example",
                          "Guten Tag,\nich möchte mich anmelden, für die AG 7.\n\nOlga Marenko\n", "<o1@e.example>"))
    run_once(config, now=JANUARY)
    assert db_rows(config, "SELECT status FROM registrations") == [("needs_review",)]
    (question,) = sent(smtpd)
    assert "AG 1" in text_of(question) and "AG 3" in text_of(question)

    dovecot.append(person("Olga Marenko", "olga.marenko@verein-e.example", "Dann bitte AG 3.\n\nOlga Marenko\n",
                          "<o2@e.example>", In_Reply_To=question["Message-ID"],
                          References=question["Message-ID"]))
    run_once(config, now=JANUARY)

    assert db_rows(config, "SELECT workgroup, status FROM registrations") == [("AG3", "confirmed")]
    assert len(smtpd.received) == 2


def test_reminders_go_out_once_per_offset_even_when_run_every_minute(dovecot, smtpd, write_config):
    config = load_config(write_config(dovecot, smtpd))
    dovecot.append(registration())
    run_once(config, now=JANUARY)
    assert len(smtpd.received) == 1

    week_before = dt.datetime(2027, 3, 6, 12, 0, tzinfo=BERLIN)  # the 7d reminder is due
    for minute in range(3):
        run_once(config, now=week_before + dt.timedelta(minutes=minute))
    reminders = [m for m in sent(smtpd) if m["Auto-Submitted"] == "auto-generated"]
    assert len(reminders) == 1
    assert "13" in text_of(reminders[0]) and "Stadtweinhaus" in text_of(reminders[0])

    run_once(config, now=dt.datetime(2027, 3, 12, 12, 0, tzinfo=BERLIN))  # the 1d reminder
    run_once(config, now=dt.datetime(2027, 3, 13, 12, 0, tzinfo=BERLIN))  # the event has started
    reminders = [m for m in sent(smtpd) if m["Auto-Submitted"] == "auto-generated"]
    assert len(reminders) == 2


def test_after_the_deadline_a_registration_is_told_and_left_for_review(dovecot, smtpd, write_config):
    config = load_config(write_config(dovecot, smtpd))
    dovecot.append(registration())
    run_once(config, now=dt.datetime(2027, 3, 8, 9, 0, tzinfo=BERLIN))
    assert db_rows(config, "SELECT status FROM registrations") == [("needs_review",)]
    (answer,) = sent(smtpd)
    assert answer["To"] == "marta.lopes@verein-a.example"
    assert db_rows(config, "SELECT kind FROM outbox") == [("registration_closed",)]


def test_the_same_registration_again_is_answered_once_then_left_to_a_human(dovecot, smtpd, write_config):
    config = load_config(write_config(dovecot, smtpd))
    for n in range(3):
        dovecot.append(registration(msgid=f"<same-{n}@verein-a.example>"))

    run_once(config, now=JANUARY)

    kinds = [kind for (kind,) in db_rows(config, "SELECT kind FROM outbox ORDER BY id")]
    assert kinds == ["confirmation", "already_registered"]
    states = [state for (state,) in db_rows(config, "SELECT state FROM messages ORDER BY id")]
    assert states == ["processed", "processed", "review"]
    assert db_rows(config, "SELECT count(*) FROM registrations") == [(1,)]
