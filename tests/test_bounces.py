"""Bounces and auto-replies on plain values: the report part first, then the sender, then the wording.

The mails here are written for these tests (the peer suites' samples are measured
in place, see docs/parsing.md); each names the mail-server family it imitates.
"""

from __future__ import annotations

import email.policy
from email.parser import BytesHeaderParser
from pathlib import Path

import pytest

from mailbot.parsing import parse_message
from mailbot.parsing.classify import machine_verdict, report_outcome
from mailbot.parsing.mime import header_text, read_mail
from mailbot.config import load_config

CONFIG = load_config(Path(__file__).parent / "mails" / "parse" / "event.toml")
US = "forum@vielfalt.example"


def mail(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("utf-8")


def report(text_part: str, status_blocks: str, *, sender="Mail Delivery System <MAILER-DAEMON@mx.example.org>",
           subject="Delivery report", status_type="message/delivery-status", returned="") -> bytes:
    returned_part = f"--b1\nContent-Type: text/rfc822-headers\n\n{returned}\n" if returned else ""
    return mail(f"""\
From: {sender}
To: {US}
Subject: {subject}
Message-ID: <report-1@mx.example.org>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

--b1
Content-Type: text/plain

{text_part}

--b1
Content-Type: {status_type}

Reporting-MTA: dns; mx.example.org
Arrival-Date: Mon, 11 Jan 2027 09:05:00 +0100

{status_blocks}

{returned_part}--b1--
""")


# --- the report part -------------------------------------------------------------------------


def test_report_part_is_read_although_the_text_says_nothing():
    # PowerMTA-like: "Delivery report", a text without any failure wording; only the report says it
    raw = report("Delivery report for your message.", "Final-Recipient: rfc822; ana.lima@verein.example\n"
                 "Action: failed\nStatus: 5.1.1")
    parsed = parse_message(raw, CONFIG)
    assert (parsed.kind, parsed.bounced_recipient, parsed.needs_review) == ("bounce", "ana.lima@verein.example", False)


def test_report_blocks_are_stored_as_fields():
    raw = report("x", "Final-Recipient: rfc822; a@b.example\nAction: failed\nStatus: 5.1.1")
    blocks = read_mail(raw, 10**6).delivery_status
    assert blocks[0]["reporting-mta"] == "dns; mx.example.org"
    assert blocks[1] == {"final-recipient": "rfc822; a@b.example", "action": "failed", "status": "5.1.1"}


@pytest.mark.parametrize("blocks, outcome, kind", [
    ("Final-Recipient: rfc822; a@b.example\nAction: delayed\nStatus: 4.4.1", "delayed", "auto_reply"),
    ("Final-Recipient: rfc822; a@b.example\nAction: delivered\nStatus: 2.0.0", "delivered", "other"),
    ("Final-Recipient: rfc822; a@b.example\nAction: deliverable\nStatus: 2.1.5", "delivered", "other"),
    # no Action: the Status class says it (a challenge-response "sender not pre-approved", 4.7.0)
    ("Final-Recipient: rfc822; a@b.example\nStatus: 4.7.0", "delayed", "auto_reply"),
    ("Final-Recipient: rfc822; a@b.example\nStatus: 5.2.2", "failed", "bounce"),
    # one failed recipient among delayed ones makes it a bounce
    ("Final-Recipient: rfc822; a@b.example\nAction: delayed\nStatus: 4.4.1\n\n"
     "Final-Recipient: rfc822; c@d.example\nAction: failed\nStatus: 5.1.1", "failed", "bounce"),
], ids=["delayed", "delivered", "deliverable-2xx", "status-4-no-action", "status-5-no-action", "one-failed"])
def test_action_per_recipient_decides(blocks, outcome, kind):
    # the text is a failure wording on purpose: the report part decides before it
    raw = report("Your message could not be delivered.", blocks)
    assert report_outcome(read_mail(raw, 10**6)) == outcome
    assert parse_message(raw, CONFIG).kind == kind


def test_original_recipient_is_the_address_we_wrote_to():
    raw = report("x", "Original-Recipient: rfc822; info@verein.example\n"
                      "Final-Recipient: rfc822; jekaterina.sidorova@verein.example\nAction: failed\nStatus: 5.2.2")
    assert parse_message(raw, CONFIG).bounced_recipient == "info@verein.example"


def test_global_delivery_status_is_read():
    raw = report("x", "Final-Recipient: rfc822; jürgen@verein.example\nAction: failed\nStatus: 5.1.1",
                 status_type="message/global-delivery-status")
    assert parse_message(raw, CONFIG).bounced_recipient == "jürgen@verein.example"


def test_feedback_report_is_other_not_a_bounce():
    raw = report("This is an abuse report.", "Feedback-Type: abuse\nUser-Agent: Example-FBL/1.0\nVersion: 1\n"
                 "Original-Rcpt-To: ana@verein.example", status_type="message/feedback-report")
    m = read_mail(raw, 10**6)
    assert m.feedback_report["feedback-type"] == "abuse"
    assert parse_message(raw, CONFIG).kind == "other"


def test_report_with_a_broken_boundary_is_still_read():
    raw = mail(f"""\
From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>
To: {US}
Subject: Returned mail: Service unavailable
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="not-the-one-used"

--another-boundary
The original message was received at Mon, 11 Jan 2027 09:05:00 +0100

Reporting-MTA: dns; mx.example.org

Final-Recipient: RFC822; tarik@verein.example
Action: failed
Status: 5.5.0
""")
    parsed = parse_message(raw, CONFIG)
    assert (parsed.kind, parsed.bounced_recipient) == ("bounce", "tarik@verein.example")


# --- the sender and the wording (no report part) -------------------------------------------

PLAIN_BOUNCES = {
    # Sendmail with a bare MAILER-DAEMON (no domain) in From
    "sendmail-bare-daemon": ("Mail Delivery Subsystem <MAILER-DAEMON>", "", "Returned mail: see transcript for details",
                             "----- The following addresses had permanent fatal errors -----\n<ana@verein.example>\n"
                             "(reason: 550 5.1.1 User unknown)"),
    # DragonFly: "MAILER-DAEMON <>"
    "dragonfly-empty-address": ("MAILER-DAEMON <>", "", "Mail delivery failed",
                                "There was an error delivering your mail to <ana@verein.example>.\n\n"
                                "DNS lookup failure: host verein.example not found"),
    # McAfee WebShield: no address in From, Return-Path names the MAILER-DAEMON
    "webshield-return-path": ("WebShield SMTP Mail Service", "<MAILER-DAEMON@gw.example.org>",
                              "Returned Mail: Error During Delivery",
                              "---- Failed Recipients ----\n\n<ana@verein.example>\nMail Loop Detected"),
    # MDaemon relayed by a list (its Return-Path is the list's)
    "mdaemon": ("MDaemon@mail.example.org", "<list-admin@lists.example.org>", "Permanent Delivery Failure",
                "The attached message had PERMANENT fatal delivery errors!\n\nYOUR MESSAGE WAS NOT DELIVERED!\n\n"
                "The following addresses did NOT receive a copy of your message:\n\n> ana@verein.example"),
    # OpenSMTPD
    "opensmtpd": ("Mailer Daemon <MAILER-DAEMON@mx.example.org>", "<>", "Delivery status notification: error",
                  "This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.\n\nAn error has occurred while "
                  "attempting to deliver a message for\nthe following list of recipients:\n\n"
                  "ana@verein.example: Domain does not exist"),
    # Courier
    "courier": ("Courier mail server at mx.example.org <@>", "<>", "NOTICE: mail delivery status.",
                "This is a delivery status notification from mx.example.org.\n\nUNDELIVERABLE MAIL\n\n"
                "Your message to the following recipients cannot be delivered:\n\n<ana@verein.example>:\n"
                "    mx.verein.example [192.0.2.1]:\n>>> RCPT TO:<ana@verein.example>\n<<< 550 5.1.1 User unknown"),
    # Barracuda: a postmaster's "Message delivery notification"
    "barracuda": ("postmaster@barracuda.example.org", "<>", "**Message you sent blocked by our bulk email filter**",
                  "Your message to: ana@verein.example\nwas blocked by our Spam Firewall. The email you sent with "
                  "the following subject has NOT BEEN DELIVERED:\n\nSubject: Anmeldebestätigung"),
    # an InterScan notice from its own local part (imss)
    "interscan": ("imss@verein.example", "", "Mail could not be delivered",
                  "****** Message from InterScan Messaging Security Suite ******\n\nSent <<< RCPT TO:<ana@verein.example>"
                  "\nReceived >>> 550 5.1.1 unknown user.\n\nUnable to deliver message to <ana@verein.example>."),
    # a Chinese server: the wording, not the language, tells
    "chinese-subject": ("MAILER-DAEMON@mail.example.cn", "", "邮件传输失败！",
                        "邮件无法发送到您指定的地址中。\n\n<ana@verein.example>:"),
}


def plain_bounce(sender: str, return_path: str, subject: str, body: str, **headers: str) -> bytes:
    extra = "".join(f"{k.replace('_', '-')}: {v}\n" for k, v in headers.items())
    rp = f"Return-Path: {return_path}\n" if return_path else ""
    return mail(f"{rp}From: {sender}\nTo: {US}\nSubject: {subject}\nMessage-ID: <n1@mx.example.org>\n{extra}"
                f"Content-Type: text/plain; charset=utf-8\n\n{body}\n")


@pytest.mark.parametrize("case", PLAIN_BOUNCES.values(), ids=PLAIN_BOUNCES.keys())
def test_plain_text_bounces_by_sender_and_wording(case):
    parsed = parse_message(plain_bounce(*case), CONFIG)
    assert (parsed.kind, parsed.bounced_recipient) == ("bounce", "ana@verein.example")


def test_a_delay_warning_stays_a_delay_warning():
    raw = plain_bounce("Mailer Daemon <MAILER-DAEMON@mx.example.org>", "<>", "Delivery status notification: warning",
                       "A message is delayed for more than 10 minutes for the following\nlist of recipients:\n\n"
                       "ana@verein.example: Network error on destination MXs\n\nPlease note that this is only a "
                       "temporary failure report.\nYou DO NOT NEED to re-send the message to these recipients.")
    assert parse_message(raw, CONFIG).kind == "auto_reply"


@pytest.mark.parametrize("sender, subject, body", [
    # a person writes about a failed delivery: no mail system sent this
    ("Ana Lima <ana@verein.example>", "Anmeldung",
     "Hallo, meine erste Mail konnte nicht zugestellt werden (user unknown). Ich melde mich für Jugendarbeit an."),
    # a person forwards a bounce to us
    ("Ana Lima <ana@verein.example>", "Fwd: Undeliverable: Anmeldung",
     "Meine Anmeldung kam zurück, hier noch einmal: Jugendarbeit.\n\nYour message could not be delivered."),
    # subject and text both name a failed delivery
    ("Ana Lima <ana@verein.example>", "Anmeldung (meine erste Mail war unzustellbar)",
     "Meine erste Mail konnte nicht zugestellt werden. Ich melde mich für Jugendarbeit an.\n\nAna Lima"),
], ids=["person-mentions-failure", "person-forwards-bounce", "person-subject-and-text"])
def test_a_persons_mail_about_a_failure_is_no_bounce(sender, subject, body):
    assert parse_message(plain_bounce(sender, "", subject, body), CONFIG).kind != "bounce"


def test_a_status_code_alone_is_a_bounce_only_from_a_mail_system():
    body = "Neu in Version 5.1.2: die Terminübersicht für ana@verein.example."
    assert parse_message(plain_bounce("Portal <noreply@portal.example>", "", "Neuigkeiten", body), CONFIG).kind != "bounce"
    daemon = plain_bounce("MAILER-DAEMON@mx.example.org", "<>", "Notice", "<ana@verein.example>: 550 5.1.1")
    assert parse_message(daemon, CONFIG).kind == "bounce"


# --- which address failed -------------------------------------------------------------------


@pytest.mark.parametrize("body, expected", [
    # the Message-ID of the returned mail comes first in the text (Oracle Messaging Server)
    ("Message-id: <cd8c6134-94a4-11e0-b8ac@me.example.org>\n\nYour message cannot be delivered to the following "
     "recipients:\n\n  Recipient address: ana@verein.example\n  Reason: Remote SMTP server has rejected address",
     "ana@verein.example"),
    # our own address (the returned mail's sender) is named first
    (f"Your message from {US} could not be delivered to ana@verein.example: user unknown", "ana@verein.example"),
    # the quote around the address is no part of it
    ("Hi. This is the qmail-send program.\nI'm afraid I wasn't able to deliver your message to the following "
     "addresses.\n\n'ana@verein.example':\nSorry, no mailbox here by that name.", "ana@verein.example"),
    # a helpdesk address above the failed one
    ("For further assistance, please contact <helpdesk@provider.example>\n\n<ana@verein.example>: host "
     "mx.verein.example said: 550 User unknown", "ana@verein.example"),
    # an alias: we wrote to info@, the server tried the person behind it
    ("----- The following addresses had permanent fatal errors -----\nana.lima@verein.example\n"
     "(expanded from: info@verein.example)", "info@verein.example"),
    # quoted headers of the returned mail: a list address in From is not the recipient
    ("The following recipient could not be reached:\n\n> From: Liste <liste@lists.example.org>\n"
     "> To: ana@verein.example", "ana@verein.example"),
], ids=["message-id-first", "own-address-first", "leading-apostrophe", "helpdesk-address", "expanded-alias",
        "quoted-list-address"])
def test_recipient_from_the_text(body, expected):
    raw = plain_bounce("Mail Delivery System <MAILER-DAEMON@mx.example.org>", "<>", "Undelivered Mail", body)
    assert parse_message(raw, CONFIG).bounced_recipient == expected


def test_a_bare_mailbox_name_gets_the_reporting_servers_domain():
    raw = plain_bounce("Mail Delivery Subsystem <MAILER-DAEMON@provider.example>", "<>", "Mail Delivery Problem",
                       f"Sorry {US}. Your mail to the following recipients could not be delivered because they "
                       "are not accepting mail from unknown senders:\n   analima77")
    assert parse_message(raw, CONFIG).bounced_recipient == "analima77@provider.example"


def test_returned_headers_never_give_our_own_address():
    raw = report("x", "Action: failed\nStatus: 5.1.1", returned=f"From: {US}\nTo: ana@verein.example\nSubject: Bestätigung")
    m = read_mail(raw, 10**6)
    assert m.returned_headers is not None and m.returned_headers["To"] == "ana@verein.example"
    assert machine_verdict(m, {US}).bounced_recipient == "ana@verein.example"


# --- auto-replies -----------------------------------------------------------------------------


def test_bracketed_auto_reply_subject():
    # (no header and no absence wording in the text: the subject alone says it)
    raw = plain_bounce("Jan Nowak <jan@klub.example>", "<jan@klub.example>", "[Automatyczna odpowiedź] Anmeldung",
                       "Ich melde mich für Jugendarbeit an.")
    assert parse_message(raw, CONFIG).kind == "auto_reply"


def test_precedence_bulk_reads_absence_wording_before_calling_it_bulk():
    raw = plain_bounce("Jan Nowak <jan@klub.example>", "<>", "Thank you for your e-mail",
                       "Thank you for your e-mail.\nI will reply as soon as possible.", Precedence="bulk")
    assert parse_message(raw, CONFIG).kind == "auto_reply"


def test_a_list_newsletter_with_absence_words_stays_other():
    raw = plain_bounce("Netzwerk <newsletter@netzwerk.example>", "<newsletter@netzwerk.example>", "Newsletter Juli",
                       "Unser Büro ist im Urlaub vom 1. bis 15. Juli.", Precedence="bulk",
                       List_Id="<news.netzwerk.example>")
    assert parse_message(raw, CONFIG).kind == "other"


# --- raw 8-bit headers (RFC 6532) -------------------------------------------------------------

RAW_UTF8 = ("From: Jürgen Müller <juergen.mueller@verein.example>\r\nTo: forum@vielfalt.example\r\n"
            "Subject: Anmeldung Förderverein\r\nMessage-ID: <u8-1@verein.example>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            "Hallo,\r\nich melde mich für Jugendarbeit an.\r\n\r\nViele Grüße\r\n").encode("utf-8")


def test_raw_utf8_from_gives_the_name_and_subject():
    parsed = parse_message(RAW_UTF8, CONFIG)
    assert (parsed.name, parsed.subject) == ("Jürgen Müller", "Anmeldung Förderverein")
    assert parsed.kind == "registration" and parsed.workgroups == ["JUG"]


def test_raw_8bit_header_that_is_no_utf8_falls_back_to_the_body_charset():
    raw = RAW_UTF8.replace(b"charset=utf-8", b"charset=iso-8859-15").decode("utf-8").encode("iso-8859-15")
    parsed = parse_message(raw, CONFIG)
    assert (parsed.name, parsed.subject) == ("Jürgen Müller", "Anmeldung Förderverein")


def test_raw_8bit_header_without_any_charset_is_latin1():
    raw = "Subject: Grüße\r\n\r\nx".encode("latin-1")
    headers = BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw)
    assert header_text(headers, "Subject") == "Grüße"


def test_the_log_stores_a_raw_utf8_subject_readably():
    from mailbot.stages.record import peek_headers

    assert peek_headers(RAW_UTF8)[2] == "Anmeldung Förderverein"
