"""Struck-through text in HTML mail is what the writer took back: not read, also when a plain copy lost the stroke."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from mailbot.config import load_config
from mailbot.parsing import parse_message
from mailbot.parsing.mime import has_struck_text, html_to_text, read_mail

ROOT = Path(__file__).parent.parent
MSO = load_config(ROOT / "config.toml")


@pytest.mark.parametrize("html", [
    "<p>Workshop <s>1</s> <b>3</b>, bitte.</p>",
    "<p>Workshop <S>1</S> <b>3</b>, bitte.</p>",
    "<p>Workshop <strike>1</strike> 3, bitte.</p>",
    "<p>Workshop <del datetime='2027-07-01'>1</del> <ins>3</ins>, bitte.</p>",
    "<p>Workshop <span style=\"text-decoration: line-through\">1</span> 3, bitte.</p>",
    "<p>Workshop <span style='color:red;TEXT-DECORATION:LINE-THROUGH'>1</span> 3, bitte.</p>",
    "<table><tr><td style='text-decoration:line-through'>1</td><td>3</td></tr></table><p>bitte.</p>",
])
def test_struck_text_is_left_out(html):
    text = html_to_text(f"<html><body>{html}</body></html>")
    assert "3" in text and "bitte" in text
    assert "1" not in text


def test_text_without_a_stroke_is_read_as_before():
    html = "<html><body><p>Workshop <b>1</b> und <i>3</i>, <span style='text-decoration:underline'>bitte</span>.</p></body></html>"
    assert "1" in html_to_text(html) and "3" in html_to_text(html)
    assert not has_struck_text(html)


def test_a_stroke_in_the_quoted_mail_does_not_count():
    html = "<p>Ich komme.</p><blockquote type='cite'><p>Workshop <s>1</s> 3</p></blockquote>"
    assert not has_struck_text(html)
    assert has_struck_text("<p>Workshop <del>1</del> 3</p><blockquote><p>x</p></blockquote>")


def _alternative(plain: str, html: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Anna Beispiel <anna@beispiel.example>"
    msg["To"] = "mso-tag@muenster.example"
    msg["Subject"] = "Anmeldung"
    msg["Message-ID"] = "<struck@beispiel.example>"
    msg.set_content(plain)
    msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


def test_the_html_copy_is_read_when_the_plain_copy_lost_the_stroke():
    plain = "Hallo,\n\nich melde mich für die AG 1 3 an.\n\nViele Grüße\nAnna Beispiel\n"
    html = ("<html><body><p>Hallo,</p><p>ich melde mich für die AG <s>1</s> <b>3</b> an.</p>"
            "<p>Viele Grüße<br>Anna Beispiel</p></body></html>")
    raw = _alternative(plain, html)
    assert "1" not in read_mail(raw, 10**6).text.split("AG")[1].split("an.")[0]
    parsed = parse_message(raw, MSO)
    assert parsed.kind == "registration"
    assert parsed.workgroups == ["AG3"]


def test_the_plain_copy_is_read_when_nothing_is_struck():
    plain = "Hallo,\n\nich melde mich für die AG 2 an.\n\nViele Grüße\nAnna Beispiel\n"
    html = "<html><body><p>Hallo,</p><p>ich melde mich für die <b>AG 2</b> an.</p></body></html>"
    assert read_mail(_alternative(plain, html), 10**6).text.startswith("Hallo,\n\nich melde mich für die AG 2 an.")


def test_a_change_struck_through_in_html_only():
    html = ("<html><body><p>Guten Tag,</p><p>bitte ändern Sie meine Anmeldung: "
            "<del>Arbeitsgruppe 1</del> Arbeitsgruppe 2.</p><p>Viele Grüße<br>Anna Beispiel</p></body></html>")
    msg = EmailMessage()
    msg["From"] = "Anna Beispiel <anna@beispiel.example>"
    msg["To"] = "mso-tag@muenster.example"
    msg["Subject"] = "Änderung"
    msg["Message-ID"] = "<struck2@beispiel.example>"
    msg.set_content(html, subtype="html")
    parsed = parse_message(msg.as_bytes(), MSO)
    assert parsed.kind == "change"
    assert parsed.workgroups == ["AG2"]
