"""Forged and flooding mail (#12): whom mailbot answers, whose word it takes, and how much it does.

The attacks run against the real pipeline: mail is APPENDed to Dovecot,
`run_once` handles it, aiosmtpd shows what really left. The pure pieces
(Authentication-Results, the strict From, the organisation check) are
tested with plain values first.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import sqlite3
from pathlib import Path

import pytest

from mailbot.authentication import authenticate
from mailbot.config import Safety, load_config
from mailbot.errors import ConfigError
from mailbot.notices import Renderer
from mailbot.model import Notice, Registration
from mailbot.recipients import answer_problem, from_address, same_organisation
from mailbot.runner import run_once
from test_hostile import raw_mail

ROOT = Path(__file__).resolve().parent.parent
OUR_SERVER = "mx.muenster.example"
PERSON = "marta.lopes@verein-a.example"
COLLEAGUE = "kasse@verein-a.example"
STRANGER = "victim@evil.example"
COORDINATOR = "koordination@muenster.example"
REGISTRATION = ("Guten Tag,\r\n\r\nich möchte mich für die Arbeitsgruppe 2 anmelden.\r\n\r\n"
                "Viele Grüße\r\nMarta Lopes\r\n")
CANCELLATION = "Guten Tag,\r\n\r\nich muss meine Anmeldung leider stornieren.\r\n\r\nViele Grüße\r\nMarta Lopes\r\n"
TRUSTED = f'[safety]\nauthserv_id = "{OUR_SERVER}"\n'
WITH_COORDINATOR = f'[coordinator]\nemails = ["{COORDINATOR}"]\n'
MORNING = dt.datetime(2027, 1, 11, 6, 0, tzinfo=dt.timezone.utc)  # before the digest: only answers leave


def passed(domain: str = "verein-a.example") -> str:
    return f"Authentication-Results: {OUR_SERVER}; spf=pass smtp.mailfrom={domain}; dmarc=pass header.from={domain}\r\n"


def mail(frm: str = f"Marta Lopes <{PERSON}>", *, subject: str = "Anmeldung", extra: str = "",
         body: str = REGISTRATION, n: int = 1, top: str = "") -> bytes:
    return raw_mail(f"{top}From: {frm}\r\nSubject: {subject}\r\n{extra}", body=body,
                    msgid=f"<f-{n}@verein-a.example>")


def db_rows(config, sql: str, *args) -> list[tuple]:
    db = sqlite3.connect(config.database_path)
    try:
        return db.execute(sql, args).fetchall()
    finally:
        db.close()


def recipients(smtpd) -> list[str]:
    return [to for r in smtpd.received for to in r.rcpt_tos]


def subjects(smtpd) -> list[str]:
    return [email.message_from_bytes(r.data, policy=email.policy.default)["Subject"] for r in smtpd.received]


# --- Authentication-Results: plain values ----------------------------------------------------------

RFC = Safety(authserv_id=OUR_SERVER)
M365 = Safety(authentication_results="microsoft365")


@pytest.mark.parametrize("headers, dmarc, ok", [
    ([f"{OUR_SERVER}; dmarc=pass header.from=verein-a.example"], "pass", True),
    ([f"{OUR_SERVER.upper()}; dmarc=pass (p=none) header.from=verein-a.example"], "pass", True),
    ([f"{OUR_SERVER}; dmarc=fail header.from=verein-a.example"], "fail", False),
    # bypass 2: "dmarc=pass" as text inside the SPF result, ahead of the real fail
    ([f"{OUR_SERVER}; spf=pass smtp.mailfrom=dmarc=pass (dmarc=pass); dmarc=fail header.from=verein-a.example"],
     "fail", False),
    # bypass 3: the result in a second header (the sender's own, below ours)
    ([f"{OUR_SERVER}; spf=pass smtp.mailfrom=verein-a.example", f"{OUR_SERVER}; dmarc=pass header.from=verein-a.example"],
     None, False),
    # someone else's header on top: our server's word is not there
    ([f"mx.evil.example; dmarc=pass header.from=verein-a.example"], None, False),
    ([f"{OUR_SERVER}.evil.example; dmarc=pass header.from=verein-a.example"], None, False),
    # a pass for another domain than the From
    ([f"{OUR_SERVER}; dmarc=pass header.from=evil.example"], "none", False),
    ([f"{OUR_SERVER}; dmarc=pass header.from=verein-a.example; garbage ((("], None, False),
    ([], None, False),
    ([f"{OUR_SERVER}; " + "spf=pass smtp.mailfrom=x.example; " * 400 + "dmarc=pass header.from=verein-a.example"],
     None, False),
], ids=["pass", "case", "fail", "pass-text-in-spf", "second-header", "other-server", "lookalike-id",
        "other-domain", "unreadable", "none", "huge"])
def test_only_the_topmost_header_of_our_server_counts(headers, dmarc, ok):
    verdict = authenticate(headers, "verein-a.example", RFC)
    assert (verdict.dmarc, verdict.passed) == (dmarc, ok)


M365_PASS = ("spf=pass (sender IP is 40.107.1.2) smtp.mailfrom=verein-a.example; dkim=pass (signature was verified) "
             "header.d=verein-a.example;dmarc=pass action=none header.from=verein-a.example;compauth=pass reason=100")


def test_microsoft_365_form_is_read_when_configured():
    assert authenticate([M365_PASS], "verein-a.example", M365).passed
    failing = M365_PASS.replace("compauth=pass reason=100", "compauth=fail reason=000")
    assert authenticate([failing], "verein-a.example", M365).dmarc == "fail"
    older = ("spf=pass (sender IP is 40.107.1.2) smtp.mailfrom=verein-a.example; muenster.example; dkim=pass "
             "(signature was verified) header.d=verein-a.example;muenster.example; dmarc=pass action=none "
             "header.from=verein-a.example;compauth=pass reason=100")
    assert authenticate([older], "verein-a.example", M365).passed
    # without the option the same header is nobody's word
    assert not authenticate([M365_PASS], "verein-a.example", Safety()).passed
    assert not authenticate([M365_PASS], "verein-a.example", RFC).passed
    # with it, a topmost header that carries an id is not Microsoft's
    assert not authenticate([f"mx.evil.example; dmarc=pass header.from=verein-a.example", M365_PASS],
                            "verein-a.example", M365).passed


# --- the From address, strictly ----------------------------------------------------------------------


@pytest.mark.parametrize("value, address, problem", [
    (f"Marta Lopes <{PERSON}>", PERSON, None),
    (f'"Lopes, Marta" <{PERSON.upper()}>', PERSON, None),
    (f"{COORDINATOR} <mallory@evil.example>", "mallory@evil.example", None),  # the name is only a name
    (f'"{COORDINATOR}" <mallory@evil.example>', "mallory@evil.example", None),
    (f"{COORDINATOR} mallory@evil.example", None, "not one address"),
    (f"{PERSON}, {STRANGER}", None, "not one address"),
    ("Jürgen <jürgen@bücher.example>", "jürgen@bücher.example", "not plain ASCII"),
    ("Max <max@example", None, "not one address"),
], ids=["plain", "quoted-comma", "address-as-name", "quoted-address-as-name", "two-bare", "list",
        "non-ascii", "unclosed"])
def test_the_from_address_is_read_strictly(value, address, problem):
    got, why = from_address(value)
    assert got == address
    assert (why is None) if problem is None else (problem in why)


def test_who_may_stand_in_for_the_sender():
    assert answer_problem(sender=PERSON, sender_problem=None, reply_to=PERSON, authenticated=False) is None
    assert answer_problem(sender=PERSON, sender_problem=None, reply_to=COLLEAGUE, authenticated=True) is None
    # the same organisation, but nobody vouched for the From
    assert COLLEAGUE in answer_problem(sender=PERSON, sender_problem=None, reply_to=COLLEAGUE, authenticated=False)
    assert STRANGER in answer_problem(sender=PERSON, sender_problem=None, reply_to=STRANGER, authenticated=True)
    assert "ASCII" in answer_problem(sender=PERSON, sender_problem=None, reply_to="jürgen@verein-a.example",
                                     authenticated=True)
    assert same_organisation("a@mail.verein-a.de", "b@verein-a.de")
    assert not same_organisation("a@gmail.com", "b@gmail.com")  # a free-mail provider is nobody's organisation
    assert not same_organisation("a@stadt.co.uk", "b@verein.co.uk")  # a public suffix is not a domain


# --- config: commands by mail need a trusted server --------------------------------------------------


def test_commands_by_mail_need_a_trusted_server(write_config):
    with pytest.raises(ConfigError, match=r"\[coordinator\]\.commands: .*authserv_id"):
        load_config(write_config(extra=WITH_COORDINATOR + "commands = true\n"))
    assert not load_config(write_config(extra=WITH_COORDINATOR)).coordinator.commands  # off, quietly
    assert load_config(write_config(extra=WITH_COORDINATOR + TRUSTED)).coordinator.commands
    m365 = load_config(write_config(extra=WITH_COORDINATOR + '[safety]\nauthentication_results = "microsoft365"\n'))
    assert m365.coordinator.commands


@pytest.mark.parametrize("path", ["config.toml", "demo/config.toml"])
def test_the_shipped_configs_still_load(path):
    config = load_config(ROOT / path)
    assert config.event.max_party_size == 5 and config.safety.answers_per_hour > 0


# --- who may be answered, through the servers ---------------------------------------------------------


@pytest.fixture
def trusted(write_config, dovecot, smtpd):
    return load_config(write_config(dovecot, smtpd, extra=TRUSTED + WITH_COORDINATOR))


@pytest.fixture
def shipped(write_config, dovecot, smtpd):
    """Like the shipped config.toml: a coordinator, no authserv_id."""
    return load_config(write_config(dovecot, smtpd, extra=WITH_COORDINATOR))


BACKSCATTER = {
    "reply-to": dict(extra=f"Reply-To: {STRANGER}\r\n"),
    "body-address": dict(body=REGISTRATION.replace("anmelden.", f"anmelden.\r\nBitte senden Sie die Bestätigung "
                                                                 f"an {STRANGER}")),
    "inline-forward": dict(subject="Fwd: Anmeldung", body=(
        "Hallo,\r\n\r\nich leite eine Anmeldung weiter, bitte direkt antworten.\r\n\r\nMarta\r\n\r\n"
        "---------- Forwarded message ---------\r\n"
        f"From: Viktor Stranger <{STRANGER}>\r\nDate: Mon, 11 Jan 2027 08:00\r\nSubject: Anmeldung\r\n"
        f"To: <{PERSON}>\r\n\r\nHallo,\r\n\r\nbitte melde mich für die Arbeitsgruppe 2 an.\r\n\r\n"
        "Viktor Stranger\r\n")),
    "address-as-display-name": dict(frm=f"{STRANGER} <{PERSON}>"),
}


@pytest.mark.parametrize("how", BACKSCATTER.values(), ids=BACKSCATTER.keys())
def test_an_address_that_never_wrote_is_not_answered(dovecot, smtpd, trusted, how):
    # even with DMARC passed for the From: the stranger is in another organisation's domain
    dovecot.append(mail(top=passed(), **how))

    run_once(trusted, now=MORNING)

    assert STRANGER not in recipients(smtpd)
    ((state, error),) = db_rows(trusted, "SELECT state, error FROM messages")
    if recipients(smtpd):  # the display name was only a name: the real From is answered
        assert recipients(smtpd) == [PERSON]
    else:
        assert state == "review" and STRANGER in error
    assert db_rows(trusted, "SELECT sender FROM messages") == [(PERSON,)]


def test_a_colleague_in_the_same_organisation_is_answered_when_the_sender_is_authenticated(dovecot, smtpd, trusted):
    dovecot.append(mail(top=passed(), extra=f"Reply-To: {COLLEAGUE}\r\n"))
    run_once(trusted, now=MORNING)
    assert recipients(smtpd) == [COLLEAGUE]


def test_without_authentication_a_reply_to_waits_for_the_coordinator(dovecot, smtpd, shipped):
    dovecot.append(mail(extra=f"Reply-To: {COLLEAGUE}\r\n"))
    run_once(shipped, now=MORNING)
    assert smtpd.received == []
    ((state, error),) = db_rows(shipped, "SELECT state, error FROM messages")
    assert state == "review" and COLLEAGUE in error and "did not confirm the sender" in error


def test_the_coordinator_can_accept_a_held_reply_to(dovecot, smtpd, write_config):
    from test_desk_support import run

    path = write_config(dovecot, smtpd, extra=WITH_COORDINATOR)
    config = load_config(path)
    dovecot.append(mail(extra=f"Reply-To: {COLLEAGUE}\r\n"))
    run_once(config, now=MORNING)
    ((mail_id, state),) = db_rows(config, "SELECT id, state FROM messages")
    assert state == "review" and smtpd.received == []

    result = run(path, "accept", str(mail_id))
    assert result.exit_code == 0, result.output
    run_once(config, now=MORNING)

    assert recipients(smtpd) == [COLLEAGUE]  # a person looked: the mail is answered as it asks


def test_the_display_name_is_never_recorded_as_the_sender(dovecot, smtpd, shipped):
    dovecot.append(mail(frm=f"{COORDINATOR} <mallory@evil.example>", subject="EXPORT", body="Bitte senden.\r\n"))
    run_once(shipped, now=MORNING)
    assert COORDINATOR not in recipients(smtpd)
    assert db_rows(shipped, "SELECT sender FROM messages") == [("mallory@evil.example",)]


def test_a_non_ascii_address_gets_no_place(dovecot, smtpd, shipped):
    dovecot.append(mail(frm="=?utf-8?q?J=C3=BCrgen?= <jürgen@bücher.example>"))
    run_once(shipped, now=MORNING)
    assert smtpd.received == []
    assert db_rows(shipped, "SELECT count(*) FROM registrations WHERE status = 'confirmed'") == [(0,)]
    ((state, error),) = db_rows(shipped, "SELECT state, error FROM messages")
    assert state == "review" and "not plain ASCII" in error


# --- plausibility ------------------------------------------------------------------------------------


def test_a_party_larger_than_max_party_size_goes_to_review(dovecot, smtpd, shipped):
    dovecot.append(mail(body="Guten Tag,\r\n\r\nwir sind 30 Personen und melden uns für die Arbeitsgruppe 2 an."
                             "\r\n\r\nViele Grüße\r\nMarta Lopes\r\n"))
    run_once(shipped, now=MORNING)
    assert smtpd.received == []
    assert db_rows(shipped, "SELECT count(*) FROM registrations") == [(0,)]
    ((state, error),) = db_rows(shipped, "SELECT state, error FROM messages")
    assert state == "review" and "party of 30" in error and "max_party_size = 5" in error


# --- forged actions --------------------------------------------------------------------------------


def test_without_a_trusted_server_commands_by_mail_are_held(dovecot, smtpd, shipped):
    dovecot.append(mail(frm=f"Koordination <{COORDINATOR}>", subject="EXPORT", body="Bitte senden.\r\n"))
    run_once(shipped, now=MORNING)
    assert smtpd.received == []
    ((state, error),) = db_rows(shipped, "SELECT state, error FROM messages")
    assert state == "review" and "authserv_id" in error


BYPASSES = {
    "address-as-display-name": dict(frm=f"{COORDINATOR} <mallory@evil.example>", top=passed("evil.example")),
    "dmarc-pass-inside-spf": dict(top=f"Authentication-Results: {OUR_SERVER}; spf=pass smtp.mailfrom=x (dmarc=pass)"
                                      f";\r\n dmarc=fail header.from=muenster.example\r\n"),
    "second-header": dict(top=f"Authentication-Results: {OUR_SERVER}; spf=none smtp.mailfrom=evil.example\r\n"
                              f"Authentication-Results: {OUR_SERVER}; dmarc=pass header.from=muenster.example\r\n"),
    "no-header": dict(),
}


@pytest.mark.parametrize("how", BYPASSES.values(), ids=BYPASSES.keys())
def test_a_forged_coordinator_command_gets_nothing(dovecot, smtpd, trusted, how):
    how = {"frm": f"Koordination <{COORDINATOR}>", **how}
    dovecot.append(mail(subject="EXPORT", body="Bitte senden.\r\n", **how))
    run_once(trusted, now=MORNING)
    assert smtpd.received == []
    assert db_rows(trusted, "SELECT count(*) FROM audit WHERE action = 'command'") == [(0,)]


def test_an_authenticated_coordinator_command_is_answered(dovecot, smtpd, trusted):
    dovecot.append(mail(frm=f"Koordination <{COORDINATOR}>", subject="STATUS", body="Bitte senden.\r\n",
                        top=passed("muenster.example")))
    run_once(trusted, now=MORNING)
    assert recipients(smtpd) == [COORDINATOR]


def test_microsoft_365_header_authenticates_the_coordinator(dovecot, smtpd, write_config):
    config = load_config(write_config(dovecot, smtpd, extra=WITH_COORDINATOR +
                                      '[safety]\nauthentication_results = "microsoft365"\n'))
    header = M365_PASS.replace("verein-a.example", "muenster.example")
    dovecot.append(mail(frm=f"Koordination <{COORDINATOR}>", subject="STATUS", body="Bitte senden.\r\n",
                        top=f"Authentication-Results: {header}\r\n"))
    dovecot.append(mail(frm=f"Koordination <{COORDINATOR}>", subject="EXPORT", body="Bitte senden.\r\n", n=2,
                        top="Authentication-Results: " + header.replace("compauth=pass", "compauth=fail") + "\r\n"))
    run_once(config, now=MORNING)
    assert recipients(smtpd) == [COORDINATOR]  # the STATUS, not the EXPORT
    assert db_rows(config, "SELECT state FROM messages ORDER BY id") == [("processed",), ("review",)]


def register_marta(dovecot, config) -> None:
    dovecot.append(mail(n=1))
    run_once(config, now=MORNING)


def test_a_forged_cancellation_is_confirmed_with_the_registered_address_first(dovecot, smtpd, shipped):
    register_marta(dovecot, shipped)
    dovecot.append(mail(subject="Abmeldung", body=CANCELLATION, n=2))  # From: Marta, but anyone can write that

    run_once(shipped, now=MORNING + dt.timedelta(minutes=5))

    assert db_rows(shipped, "SELECT status FROM registrations") == [("confirmed",)]
    ask = smtpd.received[-1]
    assert ask.rcpt_tos == [PERSON] and "Bitte bestätigen" in subjects(smtpd)[-1]
    assert db_rows(shipped, "SELECT kind FROM outbox ORDER BY id") == [("confirmation",), ("confirm_by_reply",)]

    # an out-of-office answer to that mail confirms nothing
    asked = email.message_from_bytes(ask.data, policy=email.policy.default)["Message-ID"]
    dovecot.append(mail(subject="Abwesend: Bitte bestätigen", body="Ich bin bis Montag nicht im Büro.\r\n", n=4,
                        extra=f"In-Reply-To: {asked}\r\nAuto-Submitted: auto-replied\r\n"))
    run_once(shipped, now=MORNING + dt.timedelta(minutes=7))
    assert db_rows(shipped, "SELECT status FROM registrations") == [("confirmed",)]

    # the real Marta replies to that mail: only she received its Message-ID
    dovecot.append(mail(subject="Re: Bitte bestätigen", body="Ja.\r\n\r\nMarta Lopes\r\n", n=3,
                        extra=f"In-Reply-To: {asked}\r\nReferences: {asked}\r\n"))
    run_once(shipped, now=MORNING + dt.timedelta(minutes=10))

    assert db_rows(shipped, "SELECT status FROM registrations") == [("cancelled",)]
    assert db_rows(shipped, "SELECT kind, to_addr FROM outbox ORDER BY id")[-1] == ("cancellation_confirmed", PERSON)


def test_a_forged_change_is_asked_back_too(dovecot, smtpd, shipped):
    register_marta(dovecot, shipped)
    dovecot.append(mail(subject="Änderung", n=2, body="Guten Tag,\r\n\r\nich möchte bitte in die Arbeitsgruppe 3 "
                                                        "wechseln.\r\n\r\nViele Grüße\r\nMarta Lopes\r\n"))
    run_once(shipped, now=MORNING + dt.timedelta(minutes=5))
    assert db_rows(shipped, "SELECT status, workgroup FROM registrations") == [("confirmed", "AG2")]
    assert db_rows(shipped, "SELECT kind, to_addr FROM outbox ORDER BY id")[-1] == ("confirm_by_reply", PERSON)
    text = email.message_from_bytes(smtpd.received[-1].data, policy=email.policy.default) \
        .get_body(("plain",)).get_content()
    assert "Förderungsmöglichkeiten" in text  # the change asked for is named


def test_a_cancellation_in_reply_to_our_mail_is_applied_at_once(dovecot, smtpd, shipped):
    register_marta(dovecot, shipped)
    ours = email.message_from_bytes(smtpd.received[0].data, policy=email.policy.default)["Message-ID"]
    dovecot.append(mail(subject="Re: Anmeldung", body=CANCELLATION, n=2, extra=f"In-Reply-To: {ours}\r\n"))
    run_once(shipped, now=MORNING + dt.timedelta(minutes=5))
    assert db_rows(shipped, "SELECT status FROM registrations") == [("cancelled",)]


def test_an_authenticated_cancellation_from_the_registered_address_is_applied(dovecot, smtpd, trusted):
    register_marta(dovecot, trusted)
    dovecot.append(mail(subject="Abmeldung", body=CANCELLATION, n=2, top=passed()))
    run_once(trusted, now=MORNING + dt.timedelta(minutes=5))
    assert db_rows(trusted, "SELECT status FROM registrations") == [("cancelled",)]


def test_a_forged_bounce_is_not_acted_on(dovecot, smtpd, trusted):
    register_marta(dovecot, trusted)
    bounce = (f"Authentication-Results: {OUR_SERVER}; dmarc=fail header.from=verein-a.example\r\n"
              "From: Mail Delivery System <MAILER-DAEMON@verein-a.example>\r\nTo: mso-tag@muenster.example\r\n"
              "Subject: Undelivered Mail Returned to Sender\r\nMessage-ID: <b-1@verein-a.example>\r\n"
              "Date: Mon, 11 Jan 2027 09:05:00 +0100\r\nAuto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
              "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\r\n"
              "--b1\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n\r\n"
              "--b1\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.verein-a.example\r\n\r\n"
              f"Final-Recipient: rfc822; {PERSON}\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n--b1--\r\n")
    dovecot.append(bounce.encode())
    run_once(trusted, now=MORNING + dt.timedelta(minutes=5))
    assert db_rows(trusted, "SELECT status FROM registrations") == [("confirmed",)]
    assert db_rows(trusted, "SELECT state, error FROM messages ORDER BY id")[-1] == (
        "review", "held for review: a bounce whose sender failed DMARC, it may be forged")


# --- floods -----------------------------------------------------------------------------------------------

FLOOD = 200


def test_200_forged_senders_get_at_most_the_configured_answers(dovecot, smtpd, shipped):
    for n in range(FLOOD):
        dovecot.append(mail(frm=f"Marta Lopes <marta{n}@org{n}.example>", n=n))

    run_once(shipped, now=MORNING)

    limits = shipped.safety
    answers = [r for r in smtpd.received if COORDINATOR not in r.rcpt_tos]
    assert len(answers) <= min(limits.answers_per_hour, limits.new_registrations_per_hour)
    assert db_rows(shipped, "SELECT count(*) FROM registrations")[0][0] <= limits.new_registrations_per_hour
    assert db_rows(shipped, "SELECT count(*) FROM registrations WHERE status = 'confirmed'") == [(len(answers),)]
    held = db_rows(shipped, "SELECT count(*) FROM messages WHERE state = 'review' AND error LIKE '%per_hour%'")
    assert held == [(FLOOD - len(answers),)]
    alerts = [r for r in smtpd.received if r.rcpt_tos == [COORDINATOR]]
    assert len(alerts) == 1 and "Grenze" in email.message_from_bytes(alerts[0].data, policy=email.policy.default) \
        .get_body(("plain",)).get_content()


def test_200_forged_senders_with_a_trusted_server_get_nothing(dovecot, smtpd, trusted):
    for n in range(FLOOD):
        dovecot.append(mail(frm=f"Marta Lopes <marta{n}@org{n}.example>", n=n,
                            top=f"Authentication-Results: {OUR_SERVER}; dmarc=fail header.from=org{n}.example\r\n"))
    run_once(trusted, now=MORNING)
    assert smtpd.received == []  # zero answers to addresses that never wrote
    assert db_rows(trusted, "SELECT state, count(*) FROM messages GROUP BY state") == [("review", FLOOD)]


def test_answers_per_hour_is_the_ceiling_whatever_the_mails_are(dovecot, smtpd, write_config):
    config = load_config(write_config(dovecot, smtpd, extra=WITH_COORDINATOR + "[safety]\nanswers_per_hour = 10\n"))
    for n in range(FLOOD // 4):
        dovecot.append(mail(frm=f"Marta Lopes <marta{n}@org{n}.example>", n=n))

    run_once(config, now=MORNING)

    assert len([r for r in smtpd.received if COORDINATOR not in r.rcpt_tos]) == 10
    assert recipients(smtpd).count(COORDINATOR) == 1
    assert db_rows(config, "SELECT count(*) FROM messages WHERE error LIKE '%answers_per_hour = 10'") == [(40,)]


def test_200_reply_to_addresses_from_one_authenticated_sender(dovecot, smtpd, trusted):
    # half point outside the organisation (never answered), half at colleagues (a few at most)
    for n in range(FLOOD):
        target = f"victim{n}@evil{n}.example" if n % 2 else f"kollege{n}@verein-a.example"
        dovecot.append(mail(top=passed(), extra=f"Reply-To: {target}\r\n", n=n))

    run_once(trusted, now=MORNING)

    got = recipients(smtpd)
    assert not [to for to in got if "evil" in to]  # zero answers to addresses that never wrote
    colleagues = {to for to in got if to.endswith("@verein-a.example")}
    assert 0 < len(colleagues) <= trusted.safety.recipients_per_sender_per_day
    assert got.count(COORDINATOR) == 1  # told once


# --- the confirm-first notice in every language ---------------------------------------------------------


@pytest.mark.parametrize("lang", ["de", "en", "tr", "ar", "ru", "uk"])
@pytest.mark.parametrize("request_kind", ["cancellation", "change"])
def test_the_confirm_first_notice_exists_in_every_language(shipped, lang, request_kind):
    reg = Registration(email=PERSON, name="Marta Lopes", language=lang, workgroup="AG1", status="confirmed", id=1)
    out = Renderer(shipped).render(Notice(kind="confirm_by_reply", to=PERSON, language=lang, registration=reg,
                                          extra={"request": request_kind, "wanted": "AG2", "wanted_party_size": 2,
                                                 "workgroup": "AG1"}))
    assert out.language == lang and shipped.event.name in out.subject
    assert "{{" not in out.text and "Marta Lopes" in out.text
    if request_kind == "change":
        assert "Münsters Zukunftsprozess" in out.text  # the wanted workgroup is named
