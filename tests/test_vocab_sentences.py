"""Every sentence word of the vocabulary files is needed by a test sentence (plain values, no servers).

The sentences live in tests/data/vocab_sentences.toml, per language and concept, written for this
test. A word nobody's sentence needs is either dead (remove it) or untested (write a sentence).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from mailbot.parsing.intent import read_intent
from mailbot.parsing.lexicon import lower_pattern, lowered
from mailbot.parsing.vocabulary import bare, entry_regex, vocabulary

SENTENCES = tomllib.loads(Path(__file__).with_name("data").joinpath("vocab_sentences.toml").read_text("utf-8"))
# The concepts the reader compiles into sentence patterns (intent.py, classify.py)
SENTENCE_CONCEPTS = ("register", "attend", "registration", "cancel", "question", "request", "negation", "condition",
                     "already", "auto_reply", "thanks_for_message", "amend", "cant_come", "first_person", "closing",
                     "if_so", "as_soon_as", "others_register", "your_participation", "register_elsewhere",
                     "thanks_confirmation", "my_registration", "still_coming", "companion_drops", "accept_or_decline",
                     "but", "wish", "ask_or_know", "now", "is_that_ok", "name_intro", "may_i", "myself", "interested",
                     "in_my_place", "alone", "comes_too", "you_register", "other_intro")
UNMARKED = ("auto_reply",)  # matched also as typed without marks (classify.py)


def unused_entries(lang: str, table: dict, sentences: dict) -> list[tuple[str, str]]:
    """(concept, entry) of one language file that no sentence of that language and concept needs."""
    out = []
    for concept in SENTENCE_CONCEPTS:
        texts = [lowered(s) for s in sentences.get(concept, [])]
        for entry in table.get(concept, []):
            spellings = {entry} | ({bare(entry)} if concept in UNMARKED and not entry.startswith("re:") else set())
            patterns = [lower_pattern(entry_regex(s)) for s in spellings]
            if not any(p.search(t) for p in patterns for t in texts):
                out.append((concept, entry))
    return out


@pytest.mark.parametrize("lang", sorted(vocabulary()))
def test_every_sentence_word_is_used_by_a_test_sentence(lang):
    assert not unused_entries(lang, vocabulary()[lang], SENTENCES.get(lang, {}))


def test_a_word_added_without_a_sentence_is_found():
    table = {concept: list(words) for concept, words in vocabulary()["de"].items() if isinstance(words, list)}
    table["register"].append("vormerken")
    assert unused_entries("de", table, SENTENCES["de"]) == [("register", "vormerken")]


def test_every_sentence_language_has_a_vocabulary_file():
    assert set(SENTENCES) <= set(vocabulary())


@pytest.mark.parametrize("lang", sorted(lang for lang, table in vocabulary().items() if table.get("covered")))
def test_the_reader_takes_register_and_cancel_sentences_as_such(lang):
    # in a language the reader covers, each registration sentence signs up and each cancellation cancels
    wrong = [s for s in SENTENCES.get(lang, {}).get("register", []) if not read_intent(s).register]
    wrong += [s for s in SENTENCES.get(lang, {}).get("cancel", []) if not read_intent(s).cancel]
    assert not wrong
