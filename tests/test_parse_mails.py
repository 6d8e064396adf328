"""parse_message on whole test mails (tests/mails/parse/*.eml) for a four-workgroup event."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.config import load_config
from mailbot.parsing import parse_message

MAILS = Path(__file__).parent / "mails" / "parse"
CONFIG = load_config(MAILS / "event.toml")


def parse(name: str):
    return parse_message((MAILS / f"{name}.eml").read_bytes(), CONFIG)


# name → the fields that must come out (others are not checked here)
EXPECTED = {
    "de-thunderbird-quotes-all-workshops": dict(
        kind="registration", email="j.reuter@ronahi.example", name="Johanna Reuter",
        organisation="Kurdischer Frauenverein Ronahî e.V.", workgroups=["GES"], party_size=1, language="de"),
    "en-gmail-wife-and-i-workshop-two": dict(
        kind="registration", name="Kofi Asante", organisation="Ghanaian Community Cologne",
        workgroups=["DIG"], party_size=2, language="en"),
    "outlook-html-only-von-block": dict(
        kind="registration", name="Miriam Haddadi", organisation="Bildungswerk Al-Nour e.V.",
        workgroups=["KUL"], party_size=2, language="de"),
    "ru-koi8r-group-four-three-people": dict(
        kind="registration", name="Ирина Соколова", workgroups=["KUL"], party_size=3, language="ru"),
    "tr-iso-8859-9-second-group-with-spouse": dict(
        kind="registration", name="Emine Doğan", organisation="Türk Veliler Derneği Köln",
        workgroups=["DIG"], party_size=2, language="tr"),
    "mislabelled-latin1-is-utf8": dict(
        kind="registration", name="Jürgen Größler", organisation="Förderkreis Südstadt e.V.", workgroups=["GES"]),
    "windows-1252-labelled-latin1-quotes": dict(
        kind="registration", name="Zoé Marchetti", workgroups=["KUL"], party_size=1),
    "forward-of-member-registration": dict(
        kind="registration", email="tekle.haile@post.example", name="Tekle Haile",
        organisation="Eritreische Gemeinde Köln e.V.", workgroups=["JUG"], party_size=1),
    "registers-colleague-confirm-to-her": dict(
        kind="registration", email="leyla.sahin@pflegedienst.example", name="Leyla Şahin",
        workgroups=["GES"], party_size=1),
    "change-from-one-to-two": dict(kind="change", email="petra.privat@mail.example", workgroups=["DIG"], party_size=None),
    "uk-change-party-size": dict(kind="change", workgroups=[], party_size=2, language="uk"),
    "pl-cancellation": dict(kind="cancellation", email="a.nowicka@poczta.example", language="pl", party_size=None),
    "es-question-only": dict(kind="question", email="lucia.f@mail.example", language="es", workgroups=[]),
    "x-autorespond-header": dict(kind="auto_reply", email=None, name=None, language=None),
    "fr-out-of-office-text-only": dict(kind="auto_reply", email=None),
    "gmail-text-bounce-no-report": dict(kind="bounce", bounced_recipient="yusuf.kaya@gmial.example"),
    "dsn-report-user-unknown": dict(kind="bounce", bounced_recipient="anna.weiss@verein-xy.example"),
    "newsletter-list-headers": dict(kind="other", workgroups=[], party_size=None),
    "second-choice-named-first": dict(kind="registration", workgroups=["JUG", "GES"]),
    "change-of-mind-inside-mail": dict(kind="registration", workgroups=["KUL"]),
    "unknown-workshop-number": dict(kind="registration", workgroups=[], needs_review=True),
    "attachment-and-attached-forward": dict(
        kind="registration", workgroups=["KUL"], party_size=4, organisation="Theaterinitiative Kalk"),
    "fa-persian-digit-group": dict(kind="registration", workgroups=["GES"], party_size=2, language="fa"),
    "ar-second-group-ordinal": dict(kind="registration", workgroups=["DIG"], language="ar", name="Omar Khalil"),
    "dmarc-results-two-servers": dict(kind="registration", workgroups=["DIG"]),
}


@pytest.mark.parametrize("name", sorted(EXPECTED), ids=sorted(EXPECTED))
def test_fields(name):
    got = parse(name).contract_dict()
    want = EXPECTED[name]
    assert {k: got[k] for k in want} == want


def test_every_test_mail_is_checked():
    on_disk = {p.stem for p in MAILS.glob("*.eml")}
    assert on_disk - set(EXPECTED) == {"coordinator-status-command", "own-loop-header"}


def test_quoted_invitation_naming_every_workshop_is_no_choice():
    assert parse("de-thunderbird-quotes-all-workshops").workgroups == ["GES"]


def test_attachment_is_noted_not_read():
    assert parse("attachment-and-attached-forward").attachments == ["Flyer Kalk.pdf"]


def test_coordinator_command_from_coordinator():
    parsed = parse("coordinator-status-command")
    assert (parsed.coordinator_command, parsed.kind) == ("STATUS", "other")


def test_own_loop_header():
    parsed = parse("own-loop-header")
    assert (parsed.own_loop, parsed.kind, parsed.email) == (True, "other", None)


def test_dmarc_only_from_our_authserv_id():
    assert parse("dmarc-results-two-servers").dmarc == "fail"


def test_machine_mail_is_flagged_auto_submitted():
    assert [parse(n).auto_submitted for n in ("x-autorespond-header", "newsletter-list-headers",
                                              "dsn-report-user-unknown", "pl-cancellation")] == [True, True, True, False]


def test_threading_and_sender_extras():
    parsed = parse("change-from-one-to-two")
    assert parsed.sender == "petra.l@mail.example"
    assert parsed.message_id.startswith("<") and parsed.date == "2028-03-14T09:00:00+00:00"
    assert "umbuchen" in parsed.text and "Petra Lindqvist" not in parsed.text


def test_clear_registration_is_not_flagged():
    parsed = parse("de-thunderbird-quotes-all-workshops")
    assert (parsed.needs_review, parsed.reasons) == (False, [])
