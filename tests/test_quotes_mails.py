"""Whole mails with quotes, through parse_message: workgroups come from the reply only.

The event (tests/mails/parse/event.toml) has four workgroups: JUG, DIG, GES, KUL.
"""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from mailbot.config import load_config
from mailbot.parsing import parse_message

CONFIG = load_config(Path(__file__).parent / "mails" / "parse" / "event.toml")


def _mail(body: str, subject: str = "Re: Sommerforum Vielfalt 2028") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Anna Berg <anna.berg@kulturverein.example>"
    msg["To"] = "forum@vielfalt.example"
    msg["Subject"] = subject
    msg["Message-ID"] = "<q1@kulturverein.example>"
    msg["Date"] = "Mon, 05 Jun 2028 10:00:00 +0200"
    msg.set_content(body)
    return bytes(msg)


def test_bottom_posted_registration_under_a_colleagues_note():
    body = (
        "Am 04.06.2028 um 18:12 schrieb Derya Aksoy <derya@kulturverein.example>:\n"
        "> Hallo Anna,\n>\n> ich habe mich für die Arbeitsgruppe 1 angemeldet. Kommst du auch?\n>\n> Gruß\n> Derya\n\n"
        "Hallo,\n\nbitte melden Sie mich für die Arbeitsgruppe 3 an.\n\nViele Grüße\nAnna Berg\n"
    )
    parsed = parse_message(_mail(body), CONFIG)
    assert (parsed.kind, parsed.workgroups, parsed.needs_review) == ("registration", ["GES"], False)


def test_answers_typed_between_the_lines_of_the_invitation():
    body = (
        "On Mon, Jun 5, 2028 at 9:00 AM, Sommerforum <forum@vielfalt.example> wrote:\n"
        "> Dear associations,\n>\n> please register by replying to this mail.\n"
        "> Which workgroup would you like to join (1 to 4)?\n\n"
        "I register for workgroup 4.\n\n"
        "> How many people will come?\n\n"
        "We are two.\n\n"
        "> Workgroup 1: Youth work, workgroup 2: digital participation.\n\n"
        "Best regards,\nAnna Berg\n"
    )
    parsed = parse_message(_mail(body), CONFIG)
    assert (parsed.kind, parsed.workgroups, parsed.party_size) == ("registration", ["KUL"], 2)


def test_own_registration_above_a_forwarded_invitation():
    # the invitation came through a network's mailing list: its sender is not the one to register
    body = (
        "Hallo,\n\nich melde mich für die Arbeitsgruppe 2 an.\n\nViele Grüße\nAnna Berg\n\n"
        "---------- Forwarded message ---------\n"
        "From: Netzwerk Vielfalt <info@netzwerk.example>\nDate: Fri, Jun 2, 2028 at 9:00 AM\nSubject: Einladung\n"
        "To: Mitglieder <mitglieder@netzwerk.example>\n\n"
        "Arbeitsgruppe 1: Jugendarbeit und Ehrenamt\nArbeitsgruppe 3: Gesundheit und Pflege\n"
        "Bitte melden Sie sich per Mail an.\n"
    )
    parsed = parse_message(_mail(body, "Fwd: Einladung"), CONFIG)
    assert parsed.workgroups == ["DIG"]
    assert parsed.email == "anna.berg@kulturverein.example"


def test_bottom_posted_html_reply_under_a_removed_blockquote():
    # Thunderbird's HTML bottom-posting: attribution, the quote as <blockquote>, then the answer
    html = (
        '<html><body><div class="moz-cite-prefix">Am 04.06.2028 um 18:12 schrieb Derya Aksoy:<br></div>'
        '<blockquote type="cite"><p>Ich habe mich für die Arbeitsgruppe 1 angemeldet. Kommst du auch?</p></blockquote>'
        "<p>Hallo,</p><p>bitte melden Sie mich für die Arbeitsgruppe 4 an.</p><p>Viele Grüße<br>Anna Berg</p>"
        "</body></html>"
    )
    msg = EmailMessage()
    msg["From"] = "Anna Berg <anna.berg@kulturverein.example>"
    msg["To"] = "forum@vielfalt.example"
    msg["Subject"] = "Re: Sommerforum Vielfalt 2028"
    msg["Date"] = "Mon, 05 Jun 2028 10:00:00 +0200"
    msg.set_content(html, subtype="html")
    parsed = parse_message(bytes(msg), CONFIG)
    assert (parsed.kind, parsed.workgroups) == ("registration", ["KUL"])
