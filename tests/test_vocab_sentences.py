"""Every sentence word of the vocabulary files is needed by a test sentence (plain values, no servers).

The sentences live in tests/data/vocab_sentences.toml, per language and concept, written for this
test. A word nobody's sentence needs is either dead (remove it) or untested (write a sentence).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from mailbot.parsing.abstain import _STILL_RE
from mailbot.parsing.choices import _OLD_STATE_RE
from mailbot.parsing.intent import read_intent
from mailbot.parsing.lexicon import lower_pattern, lowered
from mailbot.parsing.party import _REASON_RE, _SUM_BEFORE_RE
from mailbot.parsing.scan import mark_letters
from mailbot.parsing.vocabulary import bare, entry_regex, vocabulary

SENTENCES = tomllib.loads(Path(__file__).with_name("data").joinpath("vocab_sentences.toml").read_text("utf-8"))
# The concepts the reader compiles into sentence patterns (intent.py, classify.py)
SENTENCE_CONCEPTS = ("register", "attend", "registration", "cancel", "question", "request", "negation", "condition",
                     "already", "auto_reply", "thanks_for_message", "amend", "cant_come", "first_person", "closing",
                     "if_so", "as_soon_as", "others_register", "your_participation", "register_elsewhere",
                     "thanks_confirmation", "my_registration", "still_coming", "companion_drops", "accept_or_decline",
                     "but", "wish", "ask_or_know", "now", "is_that_ok", "name_intro", "may_i", "myself", "interested",
                     "in_my_place", "alone", "third_person", "all_correct", "directly", "fits_best", "subject_pronouns", "how_are_you", "comes_too", "you_register", "other_intro", "then_count", "one_more", "maybe", "per_each", "several", "whole_group", "colours",
                     "provided", "provided_after", "possible", "then", "there_is", "only_if", "last_time", "regret", "anyway", "part_of_day", "follow_up", "tell_me", "no_problem",
                     # compiled as written by the party reading, the choice reader and abstain (see below)
                     "old_state", "because", "sums_up", "as_before")
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


_NUMBER_RE = re.compile(r"\d+")


def _read_by_the_code(concept: str, sentence: str) -> bool:
    """Does the pattern the code builds from the concept read the sentence where the code asks it?"""
    if concept == "old_state":  # right after the opening parenthesis (choices._in_old_state)
        return "(" in sentence and bool(_OLD_STATE_RE.match(sentence, sentence.index("(") + 1))
    if concept == "because":  # in the party reading's text (party._reason_clause)
        return bool(_REASON_RE.search(mark_letters(sentence)))
    if concept == "sums_up":  # in the 25 characters before the last count (party._summed_total)
        text = mark_letters(sentence)
        numbers = [m.start() for m in _NUMBER_RE.finditer(text)]
        return bool(numbers) and bool(_SUM_BEFORE_RE.search(text, max(0, numbers[-1] - 25), numbers[-1]))
    return bool(_STILL_RE.search(lowered(sentence)))  # as_before, on lowered() text (abstain._comes_too_uncounted)


@pytest.mark.parametrize("concept", ["old_state", "because", "sums_up", "as_before"])
def test_the_code_reads_the_sentences_of_the_concepts_it_compiles_as_written(concept):
    # these four are compiled with concept_regex (marks not folded), not concept_pattern: each sentence is
    # read by the code's own pattern at the place the code looks, so an entry the code cannot use fails here
    unread = [(lang, s) for lang, table in SENTENCES.items() for s in table.get(concept, []) if not _read_by_the_code(concept, s)]
    assert not unread
