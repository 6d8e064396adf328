"""Every evidence word of the vocabulary files does its job in a test sentence (plain values, no servers).

The sentence concepts have tests/test_vocab_sentences.py. This module is for the others (cardinals,
ordinals, positions, group nouns, months, units, persons, companions, come, ranks, withdraw,
change, choice, proxy, defer, with_companions): for each entry of each language file, a sentence
of that language in tests/data/vocab_evidence.toml must contain it, and the reader's or the
evidence inventory's public functions must show the effect the entry is there for *at the
entry's place* in the sentence (a cardinal is read as a number or a count, a month keeps the day
next to it from being a number, a companion is a part of the stated party ...). Deleting an entry
from its file makes its sentence fail, unless another file or the code knows the same word.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from mailbot.config import Workgroup
from mailbot.parsing.choices import choose, matcher_for
from mailbot.parsing.evidence import inventory, ordinals
from mailbot.parsing.lexicon import ordinal_value
from mailbot.parsing.intent import speaks_of_coming
from mailbot.parsing.party import party_size
from mailbot.parsing.vocabulary import bare, vocabulary

SENTENCES = tomllib.loads(Path(__file__).with_name("data").joinpath("vocab_evidence.toml").read_text("utf-8"))
# every key of a vocabulary file that is neither `covered` nor a sentence concept (test_vocab_sentences.py)
EVIDENCE_CONCEPTS = ("cardinals", "ordinals", "positions", "group_nouns", "withdraw", "change", "choice", "months",
                     "units", "proxy", "persons", "defer", "come", "companions", "ranks", "with_companions")
# languages whose evidence sentences are still to be written: their missing sentences are listed,
# not failed (test_pending_languages_still_miss_sentences keeps the list honest)
PENDING = frozenset({"ja", "zh"})

_TOKEN_RE = re.compile(r"\w+(?:['’]\w+)*")
_WORD_RE = re.compile(r"\w+")
_SPLIT_RE = re.compile(r"\d+|[^\W\d_]+")
_DIGIT_RE = re.compile(r"\d{1,2}")
# four workgroups, for the rank sentences ("Erste Wahl: AG 3. Zweite Wahl: AG 1.")
_GROUPS = tuple(Workgroup(id=f"AG{n}", title=f"Thema {n}", capacity=20, number=n) for n in range(1, 5))
_MATCHER = matcher_for(_GROUPS, "Tag der Vereine")


def entries(table: dict) -> list[tuple[str, str, object]]:
    """(concept, entry, value) of one file's evidence concepts; value: a number's value, a position's name."""
    out = []
    for concept in EVIDENCE_CONCEPTS:
        value = table.get(concept) or ({} if concept in ("cardinals", "ordinals", "positions") else [])
        if concept in ("cardinals", "ordinals"):
            out += [(concept, word, n) for word, n in value.items()]
        elif concept == "positions":
            out += [(concept, word, name) for name, found in value.items() for word in found]
        else:
            out += [(concept, word, None) for word in value]
    return out


# the concepts whose entries are whole words (vocab/README.md): "statt" is not proven by "stattdessen"
WHOLE_WORDS = frozenset({"cardinals", "change", "proxy", "persons", "with_companions"})


def places(entry: str, sentence: str, whole: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each place the entry's words stand in the sentence (marks dropped; unless
    `whole`, its last word may go on: a stem, or an inflection the concept's reader allows)."""
    out = []
    # the inventory's words; the patterns' words ("l'atelier"); and letters apart from digits ("3월", "5日")
    for token in (_TOKEN_RE, _WORD_RE, _SPLIT_RE):
        parts = token.findall(bare(entry))
        tokens = [(m.start(), m.end(), m.group(0)) for m in token.finditer(bare(sentence))]
        for i in range(len(tokens) - len(parts) + 1):
            here = tokens[i : i + len(parts)]
            last = here[-1][2] == parts[-1] if whole else here[-1][2].startswith(parts[-1])
            if all(t[2] == p for t, p in zip(here[:-1], parts[:-1])) and last:
                out.append((here[0][0], here[-1][1]))
    return list(dict.fromkeys(out))


def _covers(spans, start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _starts(spans, start: int) -> bool:
    return any(s == start for s, _e in spans)


def _items(text: str, *concepts: str) -> list[tuple[int, int]]:
    return [(i.start, i.end) for i in inventory(text) if i.concept in concepts]


def _next_to_a_day(text: str, start: int, end: int) -> bool:
    """The digits right before or after the word (a day, an amount) are no number of the inventory."""
    digits = [m for m in _DIGIT_RE.finditer(text) if 0 <= start - m.end() <= 5 or 0 <= m.start() - end <= 5]
    numbers = _items(text, "number")
    return bool(digits) and not any(_covers(numbers, m.start(), m.end()) for m in digits)


def _after_an_ordinal(text: str, start: int) -> bool:
    """"la primera vez", "ilk kez": the ordinal right before the unit is no ordinal of the inventory."""
    before = _WORD_RE.findall(text[:start])
    return (bool(before) and ordinal_value(before[-1]) is not None and not _items(text, "ordinal")
            and bool(_items(_without(text, start, start + 1), "ordinal")))


def _without(text: str, start: int, end: int) -> str:
    return f"{text[:start]}{'x' * (end - start)}{text[end:]}"


def does_its_job(concept: str, value, text: str, start: int, end: int) -> bool:
    """Does the word at text[start:end] have, in the reader's public functions, the effect its concept is for?"""
    if concept == "cardinals":
        # a number word of the inventory, the workgroup it numbers ("groupe un"), or (a word that is
        # an everyday word elsewhere) a count before its own language's word for persons
        party = party_size(text)
        chosen = choose(text, _MATCHER)
        return (_covers(_items(text, "number_word"), start, end) or (party.size == value and _covers(party.spans, start, end))
                or (chosen.ids == [f"AG{value}"] and _covers(chosen.spans, start, end)))
    # (an item of a word concept starts where the entry does: another entry of the concept that
    # merely overlaps it, "melde ich hiermit unseren" for "melde ich hiermit unsere", is not it)
    if concept == "ordinals":
        return any(s == start and n == value for s, _e, n in ordinals(text))
    if concept == "positions":
        return _starts(_items(text, "position"), start)
    if concept == "group_nouns":
        return _starts(_items(text, "group_noun"), start)
    if concept in ("withdraw", "change", "proxy", "defer"):
        return _starts(_items(text, concept), start)
    if concept == "with_companions":
        return _starts(_items(text, "companion"), start)
    if concept == "persons":
        return _covers(_items(text, "persons"), start, end)
    if concept in ("months", "units"):
        return _next_to_a_day(text, start, end) or concept == "units" and _after_an_ordinal(text, start)
    if concept == "choice":
        # "Erstwunsch", "second choice": the ordinal in it ranks, it names no workgroup; an entry
        # with no ordinal in it has nothing to do
        return _has_ordinal(text[start:end]) and not _covers(_items(text, "ordinal", "position"), start, end)
    if concept == "companions":
        # a part of a stated total: "Wir sind zu fünft: ich und vier Trainer"
        return _covers(party_size(text).spans, start, end)
    if concept == "come":
        # the sentence speaks of coming because of this word, and not without it
        return speaks_of_coming(text) and not speaks_of_coming(_without(text, start, end))
    if concept == "ranks":
        return _covers(choose(text, _MATCHER).spans, start, end) and _ranked(text, start, end)
    raise AssertionError(f"no test for concept {concept!r}")


def _has_ordinal(phrase: str) -> bool:
    """Is a word of the phrase, its beginning or its last words an ordinal on their own ("erst" of "Erstwunsch")?"""
    parts = phrase.split()
    tails = [" ".join(parts[i:]) for i in range(len(parts))]  # "thứ nhất" of "lựa chọn thứ nhất"
    # (a stem written on the rank noun, "erst" of "Erstwunsch", is an ordinal only to ordinal_value: the
    # inventory reads German ordinals with their endings alone, vocab `ordinal_endings`)
    return any(ordinals(tail[:n]) or ordinal_value(tail[:n]) for tail in tails for n in range(2, len(tail) + 1))


def _ranked(text: str, start: int, end: int) -> bool:
    """Without the rank noun the choice reads differently: the noun is what makes it a rank."""
    return choose(text, _MATCHER).spans != choose(_without(text, start, end), _MATCHER).spans


def unproven(lang: str, table: dict, sentences: dict) -> tuple[list, list]:
    """(entries no sentence of their language and concept contains, entries whose sentences show no effect)."""
    missing, failing = [], []
    for concept, entry, value in entries(table):
        found = [(s, place) for s in sentences.get(concept, []) for place in places(entry, s, concept in WHOLE_WORDS)]
        if not found:
            missing.append((concept, entry))
        elif not any(does_its_job(concept, value, s, *place) for s, place in found):
            failing.append((concept, entry, [s for s, _ in found]))
    return missing, failing


LANGUAGES = sorted(lang for lang, table in vocabulary().items() if entries(table))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_evidence_word_does_its_job_in_a_sentence(lang):
    missing, failing = unproven(lang, vocabulary()[lang], SENTENCES.get(lang, {}))
    assert not failing, "sentences that show no effect of their word"
    if lang not in PENDING:
        assert not missing, "entries without a sentence"


@pytest.mark.parametrize("lang", sorted(PENDING))
def test_pending_languages_still_miss_sentences(lang):
    # a language whose every entry has its sentence leaves PENDING
    assert unproven(lang, vocabulary()[lang], SENTENCES.get(lang, {}))[0]


def test_every_concept_of_every_file_is_tested():
    # a key that is neither a sentence concept nor an evidence concept would have no sentences at all
    from test_party_vocab import CONCEPTS as PARTY_CONCEPTS  # their sentences: tests/data/party_*.toml
    from test_vocab_sentences import SENTENCE_CONCEPTS

    keys = {key for table in vocabulary().values() for key in table}
    # `proclitics` is a rule of the file, not words (vocabulary._tables); `organisation` words have
    # their lines in tests/test_organisation.py
    assert keys <= {"covered", "proclitics", "organisation", *SENTENCE_CONCEPTS, *EVIDENCE_CONCEPTS,
                    *PARTY_CONCEPTS, "instead_of", "ordinal_endings"}  # (instead_of: tests/data/party_numbers.toml;
    # ordinal_endings: a rule of the file, tests/test_evidence.py)


def test_every_sentence_language_has_evidence_words():
    assert set(SENTENCES) <= set(LANGUAGES)


def test_a_word_added_without_a_sentence_is_found():
    table = {key: value for key, value in vocabulary()["de"].items()}
    table["months"] = [*table["months"], "lenz"]
    assert ("months", "lenz") in unproven("de", table, SENTENCES["de"])[0]
    assert unproven("de", table, SENTENCES["de"])[0] == [("months", "lenz")]


def test_a_sentence_without_the_effect_fails():
    # "März" in a sentence without a day next to it shows nothing
    table = {"months": ["märz"]}
    assert unproven("de", table, {"months": ["Im März ist es noch kalt."]})[1]
