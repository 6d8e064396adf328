"""The reply clients' languages: detected, covered, and a registration in each read and acted on (plain values)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.config import load_config
from mailbot.parsing import parse_message
from mailbot.parsing.language import detect_language
from mailbot.parsing.vocabulary import covered_languages

MSO = load_config(Path(__file__).parent.parent / "config.toml")  # the MSO-Tag, AG1-AG3

# Written for this test: a short registration in each language, the way people answer an invitation.
REGISTRATIONS = [
    ("da", "Hej,\n\njeg vil gerne tilmelde mig arbejdsgruppe 2. Jeg glæder mig til dagen.", ["AG2"]),
    ("sv", "Hej!\n\nJag vill gärna anmäla mig till arbetsgrupp 3. Tack för inbjudan.", ["AG3"]),
    ("no", "Hei,\n\njeg vil gjerne melde meg på arbeidsgruppe 1. Takk for invitasjonen, jeg gleder meg.", ["AG1"]),
    ("fi", "Hei,\n\nilmoittaudun työryhmään 2. Kiitos kutsusta, odotan päivää innolla.", ["AG2"]),
    ("hu", "Kedves Szervezők!\n\nSzeretnék jelentkezni a 3. munkacsoportba. Köszönöm a meghívást.", ["AG3"]),
    ("ca", "Bon dia,\n\nm'agradaria inscriure'm al grup de treball 1. Moltes gràcies per la invitació.", ["AG1"]),
    ("nl", "Beste organisatie,\n\nik wil me graag aanmelden voor werkgroep 2. Hartelijk dank voor de uitnodiging.", ["AG2"]),
    ("pl", "Dzień dobry,\n\nproszę o zapisanie mnie do grupy roboczej 3. Dziękuję za zaproszenie.", ["AG3"]),
    ("ja", "こんにちは。\n\nAG 1（第1分科会）への参加を申し込みます。よろしくお願いします。", ["AG1"]),
    ("ko", "안녕하세요.\n\nAG 2 워크숍에 참가 신청합니다. 감사합니다.", ["AG2"]),
    ("zh", "您好！\n\n我想报名参加第3工作组（AG 3）。谢谢。", ["AG3"]),
]


def mail(body: str) -> bytes:
    return ("From: Kim Larsen <kim.larsen@example.org>\nTo: mso-tag@muenster.example\nSubject: MSO-Tag\n"
            "Message-ID: <reply-language@example.org>\nContent-Type: text/plain; charset=utf-8\n\n"
            f"{body}\n\nKim Larsen\n").encode()


@pytest.mark.parametrize("lang, body, groups", REGISTRATIONS, ids=[r[0] for r in REGISTRATIONS])
def test_a_registration_in_a_reply_clients_language_is_read(lang, body, groups):
    parsed = parse_message(mail(body), MSO)
    assert (parsed.kind, parsed.workgroups, parsed.language) == ("registration", groups, lang), parsed.reasons
    if lang in NOT_COVERED:
        # read, but never acted on alone: no number words yet, and no spaces to find words by
        assert lang not in covered_languages() and parsed.needs_review
    else:
        assert lang in covered_languages()


NOT_COVERED = ("ja", "zh")


@pytest.mark.parametrize("lang, body", [
    ("da", "Jeg kan desværre ikke tilmelde mig arbejdsgruppe 2."),
    ("sv", "Jag vill inte anmäla mig till arbetsgrupp 2."),
    ("da", "Jeg tilmelder mig arbejdsgruppe 2 og kommer med min kone."),
    ("hu", "Jelentkezem a 2. munkacsoportba a feleségemmel."),
    ("fi", "Ilmoittaudun työryhmään 2, tulemme kolmestaan."),
    ("no", "Jeg melder meg på arbeidsgruppe 2, vi er to personer."),
], ids=["da-negated", "sv-negated", "da-companion", "hu-companion", "fi-collective", "no-to-personer"])
def test_what_the_reader_does_not_understand_in_them_goes_to_review(lang, body):
    parsed = parse_message(mail(body), MSO)
    assert parsed.kind not in ("registration", "change", "cancellation") or parsed.needs_review, parsed


@pytest.mark.parametrize("lang, body", [
    ("da", "Jeg må desværre melde afbud til arbejdsgruppe 2."),
    ("sv", "Jag måste tyvärr lämna återbud."),
    ("nl", "Helaas kom ik niet naar werkgroep 3."),
], ids=["da", "sv", "nl"])
def test_a_cancellation_in_them_is_no_registration(lang, body):
    assert parse_message(mail(body), MSO).kind == "cancellation"


@pytest.mark.parametrize("text, lang", [
    ("Jeg vil gerne tilmelde mig arbejdsgruppen. Vi glæder os meget til at møde jer alle sammen.", "da"),
    ("Jag vill gärna anmäla mig till arbetsgruppen. Vi ser verkligen fram emot att träffa er alla.", "sv"),
    ("Jeg vil gjerne melde meg på arbeidsgruppen. Vi gleder oss veldig til å møte dere alle sammen.", "no"),
    ("Haluaisin ilmoittautua työryhmään. Odotamme innolla, että pääsemme tapaamaan teidät kaikki.", "fi"),
    ("Szeretnék jelentkezni a munkacsoportba. Nagyon várjuk, hogy mindannyiukkal találkozzunk.", "hu"),
    ("M'agradaria inscriure'm al grup de treball. Tenim moltes ganes de conèixer-vos a tots.", "ca"),
], ids=["da", "sv", "no", "fi", "hu", "ca"])
def test_the_nordic_hungarian_and_catalan_replies_are_told_apart(text, lang):
    assert detect_language(text) == lang
