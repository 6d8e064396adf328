"""mailbot/parsing/scan.py: a vocabulary table in one pass, hits with positions."""

import random
import re

import pytest

from mailbot.parsing.scan import Hit, Vocabulary, fold, stretch, trie_pattern

ENGINES = ["regex", "automaton"]

TABLE = {
    "register": ["anmelden", "anmeld*", "register", "regist*", "sign me up", "kayıt ol"],
    "cancel": ["absagen", "absag*", "cancel*", "storn*"],
    "group": ["ag", "arbeitsgruppe", "workshop*", "gruppe"],
    "closing": ["*grüße", "*grüsse", "regards", "danke"],
}


# --- fold ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, folded", [
    ("KATILIM", "katilim"), ("katılım", "katilim"), ("İstanbul", "istanbul"), ("Straße", "straße"),
    ("ſchön", "schön"), ("Grüße", "grüße"),
], ids=["upper-I", "dotless-i", "dotted-I", "sharp-s", "long-s", "umlaut"])
def test_fold(text, folded):
    assert fold(text) == folded
    assert len(fold(text)) == len(text)  # positions stay those of the original text


# --- Vocabulary -----------------------------------------------------------------------------------

@pytest.mark.parametrize("engine", ENGINES)
def test_hits_with_positions_in_order(engine):
    text = "Hallo, ich möchte mich für die AG 2 anmelden. Viele Grüße"
    hits = Vocabulary(TABLE, engine).hits(text)
    assert [(text[h.start:h.end], h.concept) for h in hits] == [
        ("AG", "group"), ("anmelden", "register"), ("Grüße", "closing")]


@pytest.mark.parametrize("engine", ENGINES)
def test_whole_words_stems_and_parts(engine):
    v = Vocabulary({"c": ["ag", "regist*", "*grüße"]}, engine)
    assert v.hits("Tagung") == []  # "ag" inside a word is no hit
    assert v.hits("registered") == [Hit(0, 10, "c", "regist*")]  # a stem runs to the word's end
    assert v.hits("Herzliche Grüße") == [Hit(10, 15, "c", "*grüße")]
    assert v.hits("Herzlichegrüße") == [Hit(9, 14, "c", "*grüße")]  # may start inside a word
    assert v.hits("Grüßen") == []  # but ends with it


@pytest.mark.parametrize("engine", ENGINES)
def test_longest_word_wins_and_shared_words_give_each_concept(engine):
    v = Vocabulary({"a": ["sign", "sign me up"], "b": ["sign me up"], "c": ["me"]}, engine)
    assert v.hits("please sign me up now") == [Hit(7, 17, "a", "sign me up"), Hit(7, 17, "b", "sign me up")]


@pytest.mark.parametrize("engine", ENGINES)
def test_case_and_turkish_i(engine):
    v = Vocabulary({"register": ["kayıt ol", "katilmak"]}, engine)
    assert [h.concept for h in v.hits("KAYIT OLMAK değil, KATILMAK istiyorum")] == ["register"]
    assert len(v.hits("KAYIT OL, katılmak")) == 2


def test_unknown_engine_is_refused():
    with pytest.raises(ValueError, match="engine"):
        Vocabulary(TABLE, "grep")


@pytest.mark.parametrize("seed", range(5))
def test_both_engines_give_the_same_hits(seed):
    rnd = random.Random(seed)
    words = [w.strip("*") for ws in TABLE.values() for w in ws] + ["x", "Tag", "an", "meldung", "ss", "-"]
    text = "".join(rnd.choice(words) + rnd.choice([" ", "", ", ", "\n", "e "]) for _ in range(400))
    assert Vocabulary(TABLE, "regex").hits(text) == Vocabulary(TABLE, "automaton").hits(text)


def test_trie_pattern_matches_exactly_its_words():
    words = ["an", "anmelden", "anmeldung", "ab", "b", "c++"]
    pattern = re.compile(rf"(?:{trie_pattern(words)})\Z")
    for word in words:
        assert pattern.match(word), word
    for other in ["a", "anm", "anmeldungen", "c+", ""]:
        assert not pattern.match(other), other


@pytest.mark.parametrize("engine", ENGINES)
def test_a_long_run_of_one_letter_is_read_once(engine):
    # Every position of 100,000 letters is a hit of "*aa*"; each runs to the same word end,
    # found once for the word (a walk per hit would be 5 billion steps).
    v = Vocabulary({"c": ["*aa*", "aa*"]}, engine)
    # (one hit per concept where two of its words cover the same span)
    assert v.hits("a" * 100_000 + " aab") == [Hit(0, 100_000, "c", "*aa*"), Hit(100_001, 100_004, "c", "*aa*")]


def test_fold_and_mark_letters_take_latin1_text_the_short_way_with_the_same_answers():
    from mailbot.parsing.scan import _EXTRA_RE, _EXTRA_TABLE, _MARK_RE, _MARK_TABLE, latin1, mark_letters

    def slow_fold(text):  # fold() as it was before the Latin-1 test (issue #15)
        if text.isascii():
            return text.lower()
        text = text.replace("İ", "i").lower()
        return text.translate(_EXTRA_TABLE) if _EXTRA_RE.search(text) else text

    def slow_marks(text):
        return text.translate(_MARK_TABLE) if not text.isascii() and _MARK_RE.search(text) else text

    rnd = random.Random(15)
    alphabet = "aKkµÄäßÿ €ıİſΣσςﬅ\u0b95\u0bbf\u212aé"
    texts = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12))) for _ in range(5000)]
    texts += [chr(i) * 3 for i in range(0x300)]
    for text in texts:
        assert fold(text) == slow_fold(text), text
        assert mark_letters(text) == slow_marks(text), text
        assert latin1(text) == all(ord(c) < 256 for c in text)


def test_stretch_finds_the_sentence_or_clause_around_a_match():
    text = "Hallo. Ich komme, meine Frau auch! Danke"
    at = text.index("meine")
    left, right = stretch(text, at, at + 5)
    assert text[left:right] == " Ich komme, meine Frau auch"
    left, right = stretch(text, at, at + 5, ".!?\n,;")
    assert text[left:right] == " meine Frau auch"
    # the last stretch runs to the end of the text, the first from its start
    assert stretch(text, len(text) - 2, len(text))[1] == len(text)
    assert stretch(text, 0, 3)[0] == 0


def test_stretch_with_reach_stays_near_the_match():
    text = "x" * 1000 + "AG 2" + "y" * 1000
    left, right = stretch(text, 1000, 1004, reach=300)
    assert (left, right) == (700, 1304)
