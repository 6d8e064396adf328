"""Hostile mail through the real servers: forged senders, header injection, template injection.

Mail is APPENDed to Dovecot, `run_once` handles it and aiosmtpd shows exactly
what left: its envelope recipients and its header lines.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import sqlite3
import threading

import pytest

from mailbot import store
from mailbot.compose import InvalidRecipient, compose
from mailbot.config import load_config
from mailbot.deliver import SmtpTransport
from mailbot.model import Notice, Registration
from mailbot.notices import Rendered, Renderer
from mailbot.outbox import Outbox
from mailbot.runner import run_once
from mailbot.worker import PassResult

OUR_SERVER = "mx.muenster.example"
PERSON = "marta.lopes@verein-a.example"
VICTIM = "victim@evil.example"
REGISTRATION_BODY = ("Guten Tag,\r\n\r\nich möchte mich für die Arbeitsgruppe 2 anmelden.\r\n\r\n"
                     "Viele Grüße\r\nMarta Lopes\r\n{signature}")
# What every answer carries, no more: a mail cannot add Cc, Bcc, Reply-To or anything else.
ANSWER_HEADERS = {"from", "to", "subject", "date", "message-id", "in-reply-to", "references", "auto-submitted",
                  "x-auto-response-suppress", "x-mailbot-loop", "content-language", "mime-version", "content-type"}
PAYLOAD = "<b>x</b>{{ 7*7 }}"


def raw_mail(headers: str, body: str = REGISTRATION_BODY.format(signature=""), msgid: str = "<h-1@verein-a.example>",
             ) -> bytes:
    """A mail written byte by byte, so that headers can be as broken as an attacker likes."""
    base = (f"To: mso-tag@muenster.example\r\nMessage-ID: {msgid}\r\nDate: Mon, 11 Jan 2027 09:00:00 +0100\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n")
    return (headers + base + "\r\n" + body).encode()


def from_marta(extra: str = "") -> str:
    return f"From: Marta Lopes <{PERSON}>\r\nSubject: Anmeldung\r\n{extra}"


def states(config) -> list[tuple[str, str | None]]:
    db = sqlite3.connect(config.database_path)
    try:
        return db.execute("SELECT state, error FROM messages ORDER BY id").fetchall()
    finally:
        db.close()


def header_block(data: bytes) -> bytes:
    return data.split(b"\r\n\r\n", 1)[0]


# --- sender authentication (DMARC) ------------------------------------------------------------


@pytest.fixture
def dmarc_config(write_config, dovecot, smtpd):
    return load_config(write_config(dovecot, smtpd, extra=f'[safety]\nauthserv_id = "{OUR_SERVER}"\n'))


def test_dmarc_fail_from_our_server_is_held_not_answered(dovecot, smtpd, dmarc_config):
    dovecot.append(raw_mail(from_marta(
        f"Authentication-Results: {OUR_SERVER}; spf=fail smtp.mailfrom=verein-a.example;\r\n"
        " dkim=none; dmarc=fail (p=reject dis=none) header.from=verein-a.example\r\n")))

    run_once(dmarc_config)

    assert smtpd.received == []  # no backscatter to a forged sender
    assert states(dmarc_config) == [("review", "held for review: DMARC failed, the sender may be forged")]


def test_dmarc_fail_from_another_server_is_ignored(dovecot, smtpd, dmarc_config):
    # anyone can write an Authentication-Results header; only our own server's counts
    dovecot.append(raw_mail(from_marta(
        "Authentication-Results: mx.verein-a.example; dmarc=fail header.from=verein-a.example\r\n"
        f"Authentication-Results: {OUR_SERVER}.evil.example; dmarc=fail\r\n")))

    run_once(dmarc_config)

    assert [r.rcpt_tos for r in smtpd.received] == [[PERSON]]
    assert states(dmarc_config)[0][0] == "processed"


def test_forged_dmarc_pass_below_our_servers_fail_does_not_help(dovecot, smtpd, dmarc_config):
    # our server adds its header on top; a "pass" the sender wrote further down is not ours
    dovecot.append(raw_mail(
        f"Authentication-Results: {OUR_SERVER}; dmarc=fail header.from=verein-a.example\r\n"
        + from_marta(f"Authentication-Results: {OUR_SERVER}; dmarc=pass header.from=verein-a.example\r\n")))

    run_once(dmarc_config)

    assert smtpd.received == []
    assert states(dmarc_config)[0][0] == "review"


def test_dmarc_pass_from_our_server_is_answered(dovecot, smtpd, dmarc_config):
    dovecot.append(raw_mail(from_marta(f"Authentication-Results: {OUR_SERVER}; dmarc=pass header.from=verein-a.example\r\n")))
    run_once(dmarc_config)
    assert [r.rcpt_tos for r in smtpd.received] == [[PERSON]]


def test_without_authserv_id_no_header_is_trusted(dovecot, smtpd, config_file):
    dovecot.append(raw_mail(from_marta(f"Authentication-Results: {OUR_SERVER}; dmarc=fail\r\n")))
    config = load_config(config_file)
    assert config.safety.authserv_id is None
    run_once(config)
    assert [r.rcpt_tos for r in smtpd.received] == [[PERSON]]


# --- header injection ---------------------------------------------------------------------------

INJECTIONS = {
    "encoded-crlf-in-name": "From: =?utf-8?q?Marta_Lopes=0D=0ABcc=3A_victim=40evil=2Eexample?= <{p}>\r\nSubject: Anmeldung\r\n",
    "base64-crlf-in-name": "From: =?utf-8?b?TWFydGEKQmNjOiB2aWN0aW1AZXZpbC5leGFtcGxl?= <{p}>\r\nSubject: Anmeldung\r\n",
    "encoded-crlf-in-subject": "From: Marta Lopes <{p}>\r\nSubject: =?utf-8?q?Anmeldung=0D=0ABcc=3A_victim=40evil=2Eexample?=\r\n",
    "folded-subject": "From: Marta Lopes <{p}>\r\nSubject: Anmeldung\r\n Bcc: victim@evil.example\r\n",
    "second-address-in-from": "From: {p}, victim@evil.example\r\nSubject: Anmeldung\r\n",
    "bare-cr-in-name": "From: Marta\rBcc: victim@evil.example <{p}>\r\nSubject: Anmeldung\r\n",
    "encoded-crlf-in-reply-to": "From: Marta Lopes <{p}>\r\nSubject: Anmeldung\r\n"
                                "Reply-To: =?utf-8?q?Marta=0D=0ABcc=3A_victim=40evil=2Eexample?= <{p}>\r\n",
    "crlf-in-message-id-reference": "From: Marta Lopes <{p}>\r\nSubject: Anmeldung\r\n"
                                    "References: <a@b>\r\n =?utf-8?q?=0D=0ABcc=3A_victim=40evil=2Eexample?=\r\n",
    "nul-and-newline-in-signature": "From: Marta Lopes <{p}>\r\nSubject: Anmeldung\r\n",
}


@pytest.mark.parametrize("headers", INJECTIONS.values(), ids=INJECTIONS.keys())
def test_injected_headers_and_recipients_never_reach_the_wire(dovecot, smtpd, config_file, headers):
    signature = "Verein\x00\r\nBcc: victim@evil.example\r\n"
    dovecot.append(raw_mail(headers.format(p=PERSON), body=REGISTRATION_BODY.format(signature=signature)))
    config = load_config(config_file)

    result = run_once(config)

    assert result.errors == []
    assert states(config)[0][0] != "new"
    for got in smtpd.received:  # at most the one answer, to exactly one address
        assert got.rcpt_tos in ([PERSON], [f"{PERSON}"])
        assert VICTIM.encode() not in header_block(got.data).lower()
        msg = email.message_from_bytes(got.data, policy=email.policy.default)
        assert {name.lower() for name in msg.keys()} <= ANSWER_HEADERS
        assert [a.addr_spec for a in msg["To"].addresses] == [PERSON]
        assert msg["Cc"] is None and msg["Bcc"] is None
    assert len(smtpd.received) <= 1


@pytest.mark.parametrize("to", [
    f"{PERSON}\r\nBcc: {VICTIM}", f"{PERSON}, {VICTIM}", f"Marta <{PERSON}>", f"{PERSON}\nRCPT TO:<{VICTIM}>",
    f"=?utf-8?q?{PERSON}=0D=0ABcc=3A_{VICTIM}?=",
], ids=["crlf", "comma", "display-name", "lf-smtp", "encoded"])
def test_a_recipient_that_is_not_one_plain_address_is_refused(maildir_config_file, to):
    config = load_config(maildir_config_file)
    notice = Notice(kind="confirmation", to=to, language="de", registration=Registration(email=to, name="Marta"))
    with pytest.raises(InvalidRecipient):
        compose(config, Renderer(config).render(notice), notice, now=dt.datetime.now(dt.timezone.utc))


def test_hostile_subject_and_ids_are_cleaned_before_the_wire(smtpd, write_config):
    """Even if a template put mail text into the subject, it stays one header line."""
    config = load_config(write_config(smtp=smtpd))
    notice = Notice(kind="confirmation", to=PERSON, language="de",
                    in_reply_to=f"<x@y>\r\nBcc: {VICTIM}", references=[f"<a@b>\r\nCc: {VICTIM}"])
    rendered = Rendered(subject=f"=?utf-8?q?Hallo=0D=0ABcc=3A_{VICTIM.replace('@', '=40')}?=\r\nCc: {VICTIM}",
                        text="Text", html=None, language="de")
    composed = compose(config, rendered, notice, now=dt.datetime.now(dt.timezone.utc))
    transport = SmtpTransport(config.smtp)
    try:
        transport.send(config.from_address, composed.to, composed.raw)
    finally:
        transport.close()
    (got,) = smtpd.received
    assert got.rcpt_tos == [PERSON]
    msg = email.message_from_bytes(got.data, policy=email.policy.default)
    assert msg["Cc"] is None and msg["Bcc"] is None
    assert "\n" not in msg["Subject"] and "\r" not in msg["Subject"]
    assert msg["In-Reply-To"] == "<x@y>"


# --- template injection -----------------------------------------------------------------------


def sent_parts(data: bytes) -> tuple[str, str]:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    return msg.get_body(("plain",)).get_content(), msg.get_body(("html",)).get_content()


def test_a_name_with_markup_and_template_syntax_arrives_literally(smtpd, write_config, tmp_path):
    config = load_config(write_config(smtp=smtpd))
    db = store.open_db(config.database_path)
    try:
        reg = Registration(email=PERSON, name=PAYLOAD, organisation=PAYLOAD, workgroup="AG2", status="confirmed")
        outbox = Outbox(config, db)
        with store.transaction(db):
            outbox.queue(Notice(kind="confirmation", to=PERSON, language="de", registration=reg, key="t"))
        result = PassResult()
        outbox.deliver(result, threading.Event())
    finally:
        db.close()
    (got,) = smtpd.received
    text, html = sent_parts(got.data)
    assert f"Guten Tag {PAYLOAD}," in text  # plain text: literal, not evaluated
    assert "Guten Tag &lt;b&gt;x&lt;/b&gt;{{ 7*7 }}," in html  # HTML: escaped, not evaluated
    assert "<b>x</b>" not in html and "49" not in text + html


def test_organisation_and_subject_from_a_mail_are_data_in_the_digest(dovecot, smtpd, write_config):
    config = load_config(write_config(dovecot, smtpd, extra='[coordinator]\nemails = ["koordination@muenster.example"]\n'))
    signature = f"{PAYLOAD} e.V.\r\n"
    dovecot.append(raw_mail(f"From: Marta Lopes <{PERSON}>\r\nSubject: Anmeldung {PAYLOAD}\r\n",
                            body=REGISTRATION_BODY.format(signature=signature)))
    dovecot.append(raw_mail(f"From: Ali Demir <ali@verein-b.example>\r\nSubject: Frage {PAYLOAD}\r\n",
                            body="Guten Tag,\r\n\r\nist der Saal barrierefrei?\r\n\r\nAli Demir\r\n",
                            msgid="<h-2@verein-b.example>"))
    morning = dt.datetime(2027, 1, 11, 8, 0, tzinfo=dt.timezone.utc)  # after the 07:30 digest time
    run_once(config, now=morning)
    run_once(config, now=morning + dt.timedelta(days=1))

    digests = [r for r in smtpd.received if r.rcpt_tos == ["koordination@muenster.example"]]
    assert digests, "no digest was sent"
    found = False
    for got in digests:
        text, html = sent_parts(got.data)
        assert "<b>x</b>" not in html  # never markup
        if PAYLOAD in text:  # literal, so never evaluated as a template
            found = True
            assert "&lt;b&gt;x&lt;/b&gt;{{ 7*7 }}" in html
    assert found, "the hostile text did not reach any digest"
