"""The party vocabulary (with_words, one_companion, and_words, me_and, others): each entry is needed by a sentence
whose party size it decides, read through the public parse function (plain values, no servers).

The sentences live in tests/data/party_sentences.toml, written for this test. Removing an entry
makes its sentence read a smaller party (or send it to review), and the test fails.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from mailbot.parsing import parse_message
from mailbot.parsing.evidence import inventory
from mailbot.parsing.party import party_size
from mailbot.parsing.vocabulary import bare, vocabulary

from test_evidence import MSO, mail

SENTENCES = tomllib.loads(Path(__file__).with_name("data").joinpath("party_sentences.toml").read_text("utf-8"))
CONCEPTS = ("with_words", "one_companion", "and_words", "me_and", "others", "two_companions", "and_me", "with_after",
            "many_companions", "or_words", "accompanies_me")
REVIEW = tomllib.loads(Path(__file__).with_name("data").joinpath("party_review.toml").read_text("utf-8"))
CASES = [(lang, sentence, size) for lang, rows in SENTENCES.items() for sentence, size in rows]


@pytest.mark.parametrize(("lang", "sentence", "size"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_a_companion_after_with_counts_one_person(lang, sentence, size):
    parsed = parse_message(mail(f"Ich melde mich für AG 2 an. {sentence}"), MSO)
    assert parsed.party_size == size, (parsed.party_size, parsed.reasons)
    assert not [r for r in parsed.reasons if "companion" in r], parsed.reasons


def _uses(entry: str, sentences: list[str]) -> bool:
    # (the Arabic "و", and, is written onto the next word: "وابني")
    return any(re.search(rf"(?<!\w)و?{re.escape(bare(entry))}(?!\w)", bare(s)) for s in sentences)


@pytest.mark.parametrize("lang", sorted(lang for lang, t in vocabulary().items() if any(c in t for c in CONCEPTS)))
def test_every_party_word_is_used_by_a_sentence(lang):
    sentences = [s for s, _ in SENTENCES.get(lang, [])] + REVIEW.get(lang, [])
    unused = [(c, e) for c in CONCEPTS for e in vocabulary()[lang].get(c, []) if not _uses(e, sentences)]
    assert not unused


def test_every_one_companion_word_is_a_companion_the_evidence_lists():
    # one the party reading does not count (no 'with' before it, a negated sentence) goes to review
    missed = [(lang, w) for lang, table in vocabulary().items() for w in table.get("one_companion", [])
              if "companion" not in {i.concept for i in inventory(f"... {w} ...")}]
    assert not missed


@pytest.mark.parametrize(("body", "size", "review"), [
    ("Ich melde mich für AG 2 an. Я не приду с дочерью, приду одна.", None, True),
    ("Ich melde mich für AG 2 an. Мы придём втроём с дочерью и сыном.", 3, False),
    ("Ich melde mich für AG 2 an. Мы придём вдвоём с дочерью и сыном.", None, True),
    ("Ich melde mich für AG 2 an. Tôi sẽ đi cùng chồng tôi và các con.", None, True),
    # "me and N" where nobody comes: the count stays unexplained
    ("I register for AG 2. Me and two colleagues founded our club in 2019.", None, True),
    ("I register for AG 2. Me and two others will come.", 3, False),
    # a condition in the clause: nobody is counted from it
    ("I register for AG 2. Me and my colleague will come, maybe also me and two others later.", None, True),
    # a stated total with more companions named in sentences of coming than it allows
    ("Ich melde mich für AG 2 an. Wir kommen zu zweit, mit meiner Frau und meiner Tochter.", None, True),
    ("Ich melde mich für AG 2 an. سأحضر مع زوجتي وأولادي.", None, True),
    ("Ich melde mich für AG 2 an. Iré con mi esposa y mis hijos.", None, True),
    # a total in words ("zu zweit") covers the companion it names
    ("Ich melde mich für AG 2 an. Frau Sahin wird mich begleiten, wir kommen also zu zweit.", 2, False),
])
def test_a_companion_not_counted_or_not_fitting_the_total_goes_to_review(body, size, review):
    parsed = parse_message(mail(body), MSO)
    assert parsed.needs_review == review, parsed.reasons
    if size:
        assert parsed.party_size == size


NUMBERS = tomllib.loads(Path(__file__).with_name("data").joinpath("party_numbers.toml").read_text("utf-8"))
NUMBER_CASES = [(lang, sentence, size) for lang, rows in NUMBERS.items() if lang != "instead_of" for sentence, size in rows]
NUMBER_CASES += [(lang, sentence, size) for lang, rows in NUMBERS["instead_of"].items() for sentence, size in rows]


@pytest.mark.parametrize(("lang", "sentence", "size"), NUMBER_CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(NUMBER_CASES)])
def test_what_a_number_counts_decides_the_party(lang, sentence, size):
    # a number of nations, languages or associations is no party; "2 log", "zwei Mann" is one
    parsed = parse_message(mail(f"Ich melde mich für AG 2 an. {sentence}"), MSO)
    # (Arabizi, "bidi sajjel ana w sa7bi, nehna 2": read right, and still shown to a person, since mailbot
    # knows Arabic in Latin letters only in part: abstain.py)
    doubts = [r for r in parsed.reasons if "written in Latin letters" not in r]
    assert (parsed.party_size, doubts) == (size, []), parsed.reasons


@pytest.mark.parametrize("lang", sorted(lang for lang, t in vocabulary().items() if "instead_of" in t))
def test_every_instead_of_word_is_used_by_a_sentence(lang):
    sentences = [s for s, _ in NUMBERS["instead_of"].get(lang, [])]
    assert not [e for e in vocabulary()[lang]["instead_of"] if not _uses(e, sentences)]


REVIEW_CASES = [(lang, sentence) for lang, rows in REVIEW.items() for sentence in rows]


@pytest.mark.parametrize(("lang", "sentence"), REVIEW_CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(REVIEW_CASES)])
def test_companions_nobody_can_count_go_to_review(lang, sentence):
    # "mit Kollegen", "с детьми", "z mężem albo z córką": how many come is a question for a human
    parsed = parse_message(mail(f"Ich melde mich für AG 2 an. {sentence}"), MSO)
    assert parsed.needs_review and any("companions" in r for r in parsed.reasons), (parsed.party_size, parsed.reasons)


@pytest.mark.parametrize("text", [
    "Wir sind vier Personen in der Familie, aber ich komme allein.",
    "We are a family of 5, but I will come alone.",
    "Nous sommes trois à la maison, mais je viendrai seule.",
])
def test_a_stated_total_next_to_coming_alone_is_doubted(text):
    party = party_size(text)  # (the household's number is never taken as the party without a doubt)
    assert party.size == 1 and not party.doubt or party.doubt and "alone" in party.doubt, party


@pytest.mark.parametrize("body", [
    "Ich melde mich für die AG 2 an. Es kommen ich und unser Kassenprüfer.",
    "I would like to register for group 2. Coming are I and our treasurer.",
    "Пријављујем се за групу 2. Долазимо ја и наш благајник.",
])
def test_the_writer_and_someone_of_ours_is_never_a_party_of_one_without_review(body):
    parsed = parse_message(mail(body), MSO)
    assert parsed.party_size != 1 or parsed.needs_review, (parsed.party_size, parsed.reasons)


def test_words_that_name_a_workgroup_count_nobody():
    # an event whose workgroup titles hold companion words ("Nachbarschaftshilfe", "Kinder und Jugend")
    from mailbot.config import load_config

    config = load_config(Path(__file__).parent / "mails" / "unseen" / "ehrenamt" / "config.toml")
    body = "Hiermit melde ich mich für die Werkstatt Besuchsdienste und Nachbarschaftshilfe an."
    parsed = parse_message(mail(body), config)
    assert (parsed.kind, parsed.party_size, parsed.needs_review) == ("registration", 1, False), parsed.reasons
