"""Never spam, never loop: machine mail is not answered, and no address gets more than a few answers a day.

Everything here runs through the real servers: mail is APPENDed to Dovecot,
`run_once` handles it, and aiosmtpd shows what really left.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import sqlite3
from email.message import EmailMessage

import pytest

from mailbot.config import load_config
from mailbot.runner import run_once

OUR_ADDRESS = "mso-tag@muenster.example"
PERSON = "marta.lopes@verein-a.example"
REGISTRATION_TEXT = ("Guten Tag,\n\nich möchte mich für die Arbeitsgruppe 2 anmelden.\n\n"
                     "Viele Grüße\nMarta Lopes\nCapverdischer Kulturverein Münster e.V.\n")
MAX_PASSES = 15  # the ping-pong must end long before this


def person_mail(n: int = 1, sender: str = f"Marta Lopes <{PERSON}>", body: str = REGISTRATION_TEXT,
                subject: str = "Anmeldung", **headers: str) -> bytes:
    """A mail that reads like a registration; only its headers may say otherwise."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = OUR_ADDRESS
    msg["Subject"] = subject
    msg["Message-ID"] = f"<loop-{n}@verein-a.example>"
    msg["Date"] = "Mon, 11 Jan 2027 09:00:00 +0100"
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body)
    return msg.as_bytes()


def message_states(config) -> list[tuple[str, str | None]]:
    db = sqlite3.connect(config.database_path)
    try:
        return db.execute("SELECT state, error FROM messages ORDER BY id").fetchall()
    finally:
        db.close()


def parsed_mail(data: bytes):
    return email.message_from_bytes(data, policy=email.policy.default)


# --- outgoing mail says what it is -------------------------------------------------------


def assert_marked_automatic(data: bytes) -> None:
    """RFC 3834 Auto-Submitted, Exchange's suppression header and our own loop header."""
    msg = parsed_mail(data)
    assert msg["Auto-Submitted"] in ("auto-replied", "auto-generated")
    assert msg["X-Auto-Response-Suppress"] == "All"
    assert msg["X-Mailbot-Loop"] == OUR_ADDRESS


# --- mail that is never answered ------------------------------------------------------------

DSN = """\
From: Mail Delivery System <MAILER-DAEMON@mx.verein-a.example>
To: mso-tag@muenster.example
Subject: Undelivered Mail Returned to Sender
Message-ID: <bounce-1@mx.verein-a.example>
Date: Mon, 11 Jan 2027 09:05:00 +0100
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

--b1
Content-Type: text/plain

I'm sorry to have to inform you that your message could not be delivered.

--b1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.verein-a.example

Final-Recipient: rfc822; nobody@verein-a.example
Action: failed
Status: 5.1.1

--b1--
"""

NEVER_ANSWERED = {
    "auto-submitted": person_mail(Auto_Submitted="auto-replied"),
    "auto-generated": person_mail(Auto_Submitted="auto-generated"),
    "x-autoreply": person_mail(X_Autoreply="yes"),
    "precedence-auto-reply": person_mail(Precedence="auto_reply"),
    "out-of-office-subject": person_mail(subject="Automatische Antwort: Anmeldung"),
    "mailing-list": person_mail(List_Id="<verein-a.lists.example>", List_Unsubscribe="<mailto:leave@lists.example>"),
    "precedence-bulk": person_mail(Precedence="bulk"),
    "our-own-address": person_mail(sender=f"MSO-Tag <{OUR_ADDRESS}>"),
    "our-loop-header": person_mail(X_Mailbot_Loop=OUR_ADDRESS),
    "empty-return-path": person_mail(Return_Path="<>"),
    "mailer-daemon": person_mail(sender="MAILER-DAEMON@mx.verein-a.example"),
    "bounce-report": DSN.replace("\n", "\r\n").encode(),
}


@pytest.mark.parametrize("raw", NEVER_ANSWERED.values(), ids=NEVER_ANSWERED.keys())
def test_machine_and_own_mail_is_recorded_but_never_answered(dovecot, smtpd, config_file, raw):
    dovecot.append(raw)
    config = load_config(config_file)

    result = run_once(config)

    assert result.errors == [] and result.new == 1
    assert smtpd.received == []
    ((state, _why),) = message_states(config)
    assert state in ("ignored", "review", "processed")  # recorded and classified, not left "new"


def test_our_own_answer_coming_back_is_ignored(dovecot, smtpd, config_file):
    # e.g. a forwarding rule that sends the participant's mail (our answer) back to us
    dovecot.append(person_mail())
    config = load_config(config_file)
    run_once(config)
    (answer,) = smtpd.received
    dovecot.append(answer.data)

    result = run_once(config)

    assert result.new == 1 and len(smtpd.received) == 1
    assert message_states(config)[-1] == ("ignored", "not answered: our own mail came back (loop guard)")


# --- ping-pong with an auto-responder that ignores every header --------------------------------


def autoresponder_reply(answer: bytes, n: int) -> bytes:
    """What a broken auto-responder at the participant's address sends back to one of our mails.

    No Auto-Submitted, no loop header kept, a fresh Message-ID: only the text is
    ours, quoted, under a line that reads like a person asking again.
    """
    ours = parsed_mail(answer)
    quoted = "\n".join("> " + line for line in ours.get_body(("plain",)).get_content().splitlines())
    return person_mail(
        1000 + n, subject=f"Re: {ours['Subject']}",
        body=f"Ich möchte mich für die Arbeitsgruppe 2 anmelden.\n\nMarta Lopes\n\n{quoted}\n",
        In_Reply_To=ours["Message-ID"], References=ours["Message-ID"],
    )


def play_ping_pong(dovecot, smtpd, config) -> int:
    """Run passes; every mail we send to PERSON comes straight back. Returns the passes run."""
    answered = 0
    for passes in range(1, MAX_PASSES + 1):
        run_once(config)
        new = smtpd.received[answered:]
        if not new:
            return passes
        for n, got in enumerate(new, start=answered):
            if got.rcpt_tos == [PERSON]:
                dovecot.append(autoresponder_reply(got.data, n))
        answered = len(smtpd.received)
    raise AssertionError(f"still answering after {MAX_PASSES} passes: a mail loop")


def test_ping_pong_with_a_header_blind_autoresponder_stops(dovecot, smtpd, write_config):
    dovecot.append(person_mail())
    config = load_config(write_config(dovecot, smtpd))
    cap = config.safety.answers_per_sender_per_day

    play_ping_pong(dovecot, smtpd, config)

    assert 1 <= len(smtpd.received) <= cap
    for got in smtpd.received:
        assert got.rcpt_tos == [PERSON]
        assert_marked_automatic(got.data)
    states = message_states(config)
    assert states[-1][0] == "review"  # silence, and a person is asked to look
    assert all(state != "new" for state, _ in states)


# --- per-sender cap ---------------------------------------------------------------------------


def registrations(count: int, start: int = 1) -> list[bytes]:
    """Distinct mails from one address that each get an answer: a confirmation, then changes.

    Each asks for another workgroup than the one before, so each deserves an answer
    (a repeated identical mail is answered only once a day anyway).
    """
    return [person_mail(n, subject=f"Anmeldung ({n})",
                        body=REGISTRATION_TEXT.replace("Arbeitsgruppe 2", f"Arbeitsgruppe {n % 3 + 1}"))
            for n in range(start, start + count)]


def test_per_sender_cap_holds_further_mail_for_review(dovecot, smtpd, write_config):
    config = load_config(write_config(dovecot, smtpd, extra="[safety]\nanswers_per_sender_per_day = 3\n"))
    for raw in registrations(5):
        dovecot.append(raw)

    run_once(config)

    assert [r.rcpt_tos for r in smtpd.received] == [[PERSON]] * 3
    states = message_states(config)
    assert [s for s, _ in states[3:]] == ["review", "review"]
    assert all("already 3 answers to this address today" in why for _, why in states[3:])


def test_default_cap_is_five(dovecot, smtpd, config_file):
    config = load_config(config_file)
    assert config.safety.answers_per_sender_per_day == 5
    for raw in registrations(7):
        dovecot.append(raw)

    run_once(config)

    assert len(smtpd.received) == 5
    assert [s for s, _ in message_states(config)].count("review") == 2


def test_cap_is_per_address_and_per_day(dovecot, smtpd, write_config):
    config = load_config(write_config(dovecot, smtpd, extra="[safety]\nanswers_per_sender_per_day = 1\n"))
    today = dt.datetime(2027, 1, 11, 9, 0, tzinfo=dt.timezone.utc)
    other = person_mail(50, sender="Ali Demir <ali.demir@verein-b.example>",
                        body="Ich melde mich für AG 1 an.\n\nAli Demir\n")
    for raw in [*registrations(2), other]:
        dovecot.append(raw)
    run_once(config, now=today)
    assert sorted(r.rcpt_tos[0] for r in smtpd.received) == ["ali.demir@verein-b.example", PERSON]

    dovecot.append(registrations(1, start=10)[0])
    run_once(config, now=today + dt.timedelta(days=1, minutes=1))  # the window has moved on
    assert [r.rcpt_tos[0] for r in smtpd.received].count(PERSON) == 2
