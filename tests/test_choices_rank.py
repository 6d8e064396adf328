"""Workgroup letters from labels, and ranks that are no workgroup numbers (plain values, pure parser)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.config import load_config
from mailbot.parsing import parse_message

MSO = load_config(Path(__file__).parent.parent / "config.toml")

# ids without a letter of their own ("WA" … "WD"): only the labels say "Werkstatt A" … "Werkstatt D"
WORKSHOPS = "".join(
    f'\n[[workgroups]]\nid = "W{x}"\ntitle = "{t}"\ncapacity = 20\nlabel = "Werkstatt {x}"\n'
    for x, t in [("A", "Neue Ehrenamtliche gewinnen"), ("B", "Digitale Vereinsarbeit"),
                 ("C", "Förderanträge und Spenden"), ("D", "Vielfalt im Verein")])


@pytest.fixture(scope="module")
def workshops(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("werkstatt")
    path = tmp / "config.toml"
    path.write_text(f"""\
[event]
name = "Ehrenamtswerkstatt 2027"
starts = 2027-05-08T10:00:00
ends = 2027-05-08T16:00:00
timezone = "Europe/Berlin"
venue = "Haus der Vereine"
registration_address = "werkstatt@stadt.example"
registration_deadline = 2027-05-01T23:59:00
capacity = 100
reminders = ["1d"]
{WORKSHOPS}
[maildir]
path = "{tmp / 'Maildir'}"

[outdir]
path = "{tmp / 'out'}"

[database]
path = "{tmp / 'mailbot.db'}"
""", encoding="utf-8")
    return load_config(path)


def mail(body: str) -> bytes:
    return (f"From: Jan Vos <jan@verein.example>\nTo: werkstatt@stadt.example\nSubject: Anmeldung\n"
            f"Message-ID: <w@verein.example>\nContent-Type: text/plain; charset=utf-8\n\n{body}\n\nGruß\nJan Vos\n").encode()


def test_a_bare_letter_next_to_a_labelled_one_is_read_when_only_the_label_carries_the_letter(workshops):
    p = parse_message(mail("Wir melden uns an. Werkstatt: B, ersatzweise D."), workshops)
    assert p.workgroups == ["WB", "WD"]


def test_a_letter_alone_is_never_dropped_silently(workshops):
    p = parse_message(mail("Ich melde mich an: C bitte, oder doch lieber was anderes."), workshops)
    assert p.needs_review or p.workgroups == ["WC"]


@pytest.mark.parametrize("body, groups", [
    # a letter that ends a sentence before a capitalised word is no initial ("gerne B. Kinder …")
    ("Unser Wunsch wäre Werkstatt D, falls die voll ist, gerne B.\n\nKinderbetreuung brauchen wir nicht.", ["WD", "WB"]),
    ("Ich möchte Werkstatt A und wenn nicht geht dann C. Ich komme alleine.", ["WA", "WC"]),
    # "if not (possible)" in other languages: the negation is the condition's, the letter after it the fallback
    ("I'd like Werkstatt A, if not possible then Werkstatt C.", ["WA", "WC"]),
    ("Quiero la Werkstatt B, si no, la D.", ["WB", "WD"]),
])
def test_a_fallback_letter_after_a_sentence_end_or_an_if_not_is_read(workshops, body, groups):
    p = parse_message(mail(body), workshops)
    assert p.workgroups == groups


def test_an_initial_is_still_no_letter(workshops):
    p = parse_message(mail("Ich melde mich für Werkstatt A an, zusammen mit Frau B. Kaya."), workshops)
    assert "WB" not in p.workgroups


@pytest.mark.parametrize("body, groups", [
    ("Ich melde mich an: am liebsten Werkstatt C, als zweite Wahl Werkstatt A.", ["WC", "WA"]),
    ("Anmeldung: Erste Wahl Werkstatt D, zweite Wahl Werkstatt B.", ["WD", "WB"]),
])
def test_the_ordinal_of_a_second_choice_is_a_rank_not_a_workshop_number(workshops, body, groups):
    p = parse_message(mail(body), workshops)
    assert p.workgroups == groups


def test_an_ordinal_before_the_group_noun_still_names_the_workshop(workshops):
    assert parse_message(mail("Ich melde mich für die zweite Werkstatt an."), workshops).workgroups == ["WB"]
