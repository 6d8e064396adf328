"""Many words, one pass: a vocabulary table {concept: [words]} and every hit with its position.

Reading a mail line by line against dozens of long alternations costs time for every
line and every pattern. `Vocabulary` compiles a table once and finds every word of
every concept in one pass over a text: one regular expression built as a trie (shared
prefixes written once), or an Aho–Corasick automaton (pyahocorasick, the default:
twice as fast, bench/bench_scan.py). literals.py and gates.py use the same folding
to spare long patterns the texts they cannot match.

Texts are matched after `fold()`, which keeps their length, so positions are those of
the original text. Pure: no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import ahocorasick


def longest_first(items) -> list[str]:
    """Words longest first, words of one length in the order of their letters.

    An alternation built from a set must not depend on the set's order: that changes with
    Python's hash seed from process to process, and the same pattern would have another text
    in every process (the gates' answers are kept by it, startcache.py) and could, where two
    words of one length both fit, match differently."""
    return sorted(items, key=lambda word: (-len(word), word))

# --- case folding that keeps positions ----------------------------------------------------

# re.IGNORECASE also equates these (re._casefix); str.lower() alone does not
_EXTRA_CASES = {"ı": "i", "ſ": "s", "K": "k", "µ": "μ", "ς": "σ", "ϐ": "β", "ϵ": "ε", "ϑ": "θ", "ϰ": "κ",
                "ϖ": "π", "ϱ": "ρ", "ϕ": "φ", "ẛ": "ṡ", "ᲀ": "в", "ᲁ": "д", "ᲂ": "о", "ᲃ": "с", "ᲄ": "т",
                "ᲅ": "т", "ᲆ": "ъ", "ᲇ": "ѣ", "ᲈ": "ꙋ", "ﬅ": "ﬆ"}
# Tamil writes a vowel after a consonant as a mark (ி, ு, the virama ்), and Python's \w takes no mark
# for a letter: "நன்றி" was the two words "நன" and "ற", and no Tamil word was ever whole. Each mark
# becomes the letter of its vowel (the virama the aytham ஃ), one character for one, in the text and in
# the vocabulary's words alike (vocabulary.py), so a Tamil word is one word for every pattern.
MARK_LETTERS = {"\u0b82": "ஃ", "\u0bbe": "ஆ", "\u0bbf": "இ", "\u0bc0": "ஈ", "\u0bc1": "உ", "\u0bc2": "ஊ",
                "\u0bc6": "எ", "\u0bc7": "ஏ", "\u0bc8": "ஐ", "\u0bca": "ஒ", "\u0bcb": "ஓ", "\u0bcc": "ஔ",
                "\u0bcd": "ஃ", "\u0bd7": "ஔ"}
# Devanagari (Hindi, Marathi, Nepali), Bengali and Gurmukhi (Punjabi) write their vowels after a consonant,
# anusvara, visarga, nukta and virama as marks too. Their independent vowel letters do stand after a
# consonant ("गए", "কই"), so a mark cannot become the letter of its vowel and be told apart again: each
# becomes a letter of a script nobody writes in a mail (Brahmi, then Kharoshthi), one for one, and
# marks_again() writes it back without guessing.
_INDIC_MARKS = [chr(c) for c in (
    *range(0x0900, 0x0904), 0x093A, 0x093B, 0x093C, *range(0x093E, 0x0950), *range(0x0951, 0x0958), 0x0962, 0x0963,
    0x0981, 0x0982, 0x0983, 0x09BC, *range(0x09BE, 0x09C5), 0x09C7, 0x09C8, *range(0x09CB, 0x09CE), 0x09D7, 0x09E2, 0x09E3, 0x09FE,
    0x0A01, 0x0A02, 0x0A03, 0x0A3C, *range(0x0A3E, 0x0A43), 0x0A47, 0x0A48, *range(0x0A4B, 0x0A4E), 0x0A51, 0x0A70, 0x0A71, 0x0A75,
    # Sinhala: its vowel signs, anusvara, visarga and virama (al-lakuna)
    0x0D81, 0x0D82, 0x0D83, 0x0DCA, *range(0x0DCF, 0x0DD5), 0x0DD6, *range(0x0DD8, 0x0DE0), 0x0DF2, 0x0DF3)]
_INDIC_LETTERS = [chr(c) for c in (*range(0x11003, 0x11038), 0x10A00, *range(0x10A10, 0x10A14), *range(0x10A15, 0x10A18),
                                   *range(0x10A19, 0x10A24),
                                   # (for the Sinhala marks: Kaithi letters that have no decomposition)
                                   *range(0x11083, 0x11098))]
_INDIC_MARK_LETTERS = dict(zip(_INDIC_MARKS, _INDIC_LETTERS, strict=True))
MARK_LETTERS.update(_INDIC_MARK_LETTERS)
_MARK_TABLE = str.maketrans(MARK_LETTERS)
_MARK_RE = re.compile("[" + "".join(MARK_LETTERS) + "]")
_EXTRA_TABLE = str.maketrans({**_EXTRA_CASES, **MARK_LETTERS})
_EXTRA_RE = re.compile("[" + "".join(_EXTRA_CASES) + "".join(MARK_LETTERS) + "]")


_INDIC_RE = re.compile("[\u0900-\u0a7f\u0d80-\u0dff]")
# Sinhala writes its rakaransaya and yansaya ("ප්‍ර", "ක්‍ය") with a zero-width joiner after the virama, which no
# \w takes ("ප්‍රශ්නය" was two words); some keyboards leave it out. Both spellings are one: it is dropped there.
_SINHALA_ZWJ_RE = re.compile("(?<=\u0dca)\u200d")


def stretch(text: str, start: int, end: int, stops: str = ".!?\n", reach: int | None = None) -> tuple[int, int]:
    """Where the stretch of text around text[start:end] begins and ends: after the last of stops before it,
    at the first of them after it (a sentence with ".!?\n", a clause with ",;" too). With reach, at most
    that many characters each way, so that many calls on a long text stay linear."""
    near = 0 if reach is None else max(0, start - reach)
    limit = len(text) if reach is None else min(len(text), end + reach)
    left = max([text.rfind(ch, near, start) for ch in stops] + [near - 1]) + 1
    ends = [i for i in (text.find(ch, end, limit) for ch in stops) if i >= 0]
    return left, min(ends) if ends else limit


def canonical_indic(text: str) -> str:
    """NFC of a text with Devanagari, Bengali, Gurmukhi or Sinhala letters in it (without the joiner after a
    Sinhala virama, _SINHALA_ZWJ_RE); the text itself otherwise.

    The same word can be typed with a letter that has a nukta ("য়" U+09DF) or as the letter and the
    nukta (U+09AF U+09BC), and "ো" as one character or two: NFC writes each one way (the first as
    two, which NFC never composes), so the words of the vocabulary, written NFC too, find both. It
    may change the length: the reader applies it once, to a mail's text (mime._read_message), before any
    position is taken.
    """
    if text.isascii() or not _INDIC_RE.search(text):
        return text
    text = unicodedata.normalize("NFC", text)
    return _SINHALA_ZWJ_RE.sub("", text) if "\u200d" in text else text


# Arabic short vowels, shadda, sukun, the dagger alef and the tatweel; Hebrew points: optional marks
# that writers add or leave out ("أسجّل" is "أسجل"), which the vocabulary files write without
_VOWEL_MARKS_RE = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640\u06d6-\u06ed\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]+")


def without_vowel_marks(text: str) -> str:
    """The text without Arabic and Hebrew vowel marks (see _VOWEL_MARKS_RE). It may change the length:
    the reader applies it once, to a mail's text (mime._read_message), before any position is taken."""
    if text.isascii() or latin1(text):
        return text
    return _VOWEL_MARKS_RE.sub("", text)


def mark_letters(text: str) -> str:
    """Text with the Tamil, Devanagari, Bengali and Gurmukhi marks written as letters (see MARK_LETTERS); same length."""
    # (a search in C first: translate() would copy every non-ASCII text, most of them without such a mark;
    # and before it the Latin-1 test, ten times faster than the search: German, French, Spanish text has none)
    if text.isascii() or latin1(text):
        return text
    return text.translate(_MARK_TABLE) if _MARK_RE.search(text) else text


def latin1(text: str) -> bool:
    """Is every character of text in Latin-1 (U+0000-U+00FF)? One pass in C (a copy of such text is a copy
    of its bytes)."""
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


# a vowel letter (or the aytham) right after a consonant is a mark mark_letters wrote as a letter: Tamil
# writes its vowel letters at the start of a word only
_AS_LETTER_RE = re.compile("(?<=[\u0b95-\u0bb9])[ஆஇஈஉஊஎஏஐஒஓஔஃ]")
_AS_MARK = {"ஃ": "\u0bcd", **{letter: mark for mark, letter in MARK_LETTERS.items() if letter != "ஃ" and mark != "\u0bd7"}}


_INDIC_BACK = str.maketrans({letter: mark for mark, letter in _INDIC_MARK_LETTERS.items()})


def marks_again(text: str) -> str:
    """What the writer wrote, from mark_letters(text): for what the coordinator reads (reasons, names)."""
    top = max(text, default="")
    if top < "\u0b80":
        return text
    if top >= "\U00010a00":
        text = text.translate(_INDIC_BACK)
    return _AS_LETTER_RE.sub(lambda m: _AS_MARK[m.group(0)], text)


def fold(text: str) -> str:
    """Lower case, with the letters re.IGNORECASE treats as one made one; same length as text.

    "İ" lower-cases to two characters in Python; it becomes "i", as the Turkish dotless
    "ı" does, so "KATILIM", "katılım" and "katilim" all read "katilim".
    """
    if text.isascii():  # C-speed check; none of the letters below is ASCII
        return text.lower()
    text = text.replace("İ", "i").lower()
    if latin1(text):  # of the letters to make one, only "µ" is in Latin-1
        return text.translate(_EXTRA_TABLE) if "µ" in text else text
    return text.translate(_EXTRA_TABLE) if _EXTRA_RE.search(text) else text


# --- vocabulary: {concept: [words]} -> hits ---------------------------------------------------


@dataclass(frozen=True, order=True)
class Hit:
    start: int
    end: int
    concept: str
    word: str  # as listed in the table


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \w matches in a str pattern


class Vocabulary:
    """A table {concept: [words]} compiled once; `hits(text)` finds them all in one pass.

    A word matches as a whole word; "stem*" matches a word that starts with the stem (the
    hit runs to the word's end); "*part" may also start inside a word, "*part*" anywhere.
    Phrases hold single spaces. Matching is on fold()ed text, so the table's words are
    lower case. Where listed words overlap, the leftmost wins, then the longest; a word
    listed under several concepts gives one hit for each.

    engine="regex" builds one trie-shaped regular expression per kind of word (whole,
    stem, part); engine="automaton" one Aho–Corasick automaton (pyahocorasick) for all.
    """

    def __init__(self, table: Mapping[str, Iterable[str]], engine: str = "automaton"):
        if engine not in ("regex", "automaton"):
            raise ValueError(f"unknown engine {engine!r}: 'regex' or 'automaton'")
        self.engine = engine
        # literal -> [(concept, listed word, inside_start, open_end)]
        self._entries: dict[str, list[tuple[str, str, bool, bool]]] = {}
        for concept, words in table.items():
            for listed in words:
                literal = fold(listed.strip("*"))
                if not literal:
                    raise ValueError(f"empty word in concept {concept!r}")
                entry = (concept, listed, listed.startswith("*"), listed.endswith("*"))
                self._entries.setdefault(literal, []).append(entry)
        if engine == "regex":
            self._patterns = self._build_regexes()
        else:
            self._automaton = ahocorasick.Automaton()
            for literal in self._entries:
                self._automaton.add_word(literal, literal)
            if self._entries:
                self._automaton.make_automaton()

    def hits(self, text: str) -> list[Hit]:
        """Every listed word in text, in order of position (see the class for overlaps)."""
        low = fold(text)
        found = self._regex_hits(low) if self.engine == "regex" else self._automaton_hits(low)
        return _leftmost_longest(found)

    def concepts(self, text: str) -> set[str]:
        return {hit.concept for hit in self.hits(text)}

    # the regex engine: one trie per kind of boundary
    def _build_regexes(self) -> list[tuple[re.Pattern, bool, bool]]:
        out = []
        for inside, open_end in ((False, False), (False, True), (True, False), (True, True)):
            words = [w for w, entries in self._entries.items() if any(e[2:] == (inside, open_end) for e in entries)]
            if not words:
                continue
            body = trie_pattern(words)
            before = "" if inside else r"(?<!\w)"
            after = "" if open_end else r"(?!\w)"  # an open end is found by _WordEnds, once per word
            # a lookahead reports a hit at every position, so overlapping words are all seen
            out.append((re.compile(rf"{before}(?=({body}){after})"), inside, open_end))
        return out

    def _regex_hits(self, low: str) -> list[Hit]:
        found, word_end = [], _WordEnds(low)
        for pattern, inside, open_end in self._patterns:
            for m in pattern.finditer(low):
                literal, start = m.group(1), m.start()
                end = word_end(start + len(literal)) if open_end else start + len(literal)
                found += [Hit(start, end, c, w) for c, w, i, o in self._entries[literal] if (i, o) == (inside, open_end)]
        return found

    def _automaton_hits(self, low: str) -> list[Hit]:
        found = []
        if not self._entries:
            return found
        n, word_end = len(low), _WordEnds(low)
        for last, literal in self._automaton.iter(low):
            start, end = last + 1 - len(literal), last + 1
            starts_word = start == 0 or not _is_word_char(low[start - 1])
            ends_word = end == n or not _is_word_char(low[end])
            for concept, listed, inside, open_end in self._entries[literal]:
                if not (inside or starts_word) or not (open_end or ends_word):
                    continue
                found.append(Hit(start, word_end(end) if open_end else end, concept, listed))
        return found


class _WordEnds:
    """Where the word around a position ends; the words are found once per text, so a megabyte
    of letters with a hit at every position costs one pass, not one walk per hit."""

    _RUN = re.compile(r"\w+")

    def __init__(self, text: str):
        self.text = text
        self.starts: list[int] | None = None
        self.ends: list[int] = []

    def __call__(self, pos: int) -> int:
        if pos >= len(self.text) or not _is_word_char(self.text[pos]):
            return pos
        if self.starts is None:
            spans = [m.span() for m in self._RUN.finditer(self.text)]
            self.starts, self.ends = [a for a, _ in spans], [b for _, b in spans]
        return self.ends[bisect_right(self.starts, pos) - 1]


def _leftmost_longest(found: list[Hit]) -> list[Hit]:
    """Drop hits that start inside an earlier one or are shorter than another at the same start."""
    found.sort(key=lambda h: (h.start, -h.end, h.concept, h.word))
    out: list[Hit] = []
    reach = -1
    for hit in found:
        if out and hit.start == out[-1].start and hit.end == out[-1].end:
            if hit != out[-1] and hit.concept != out[-1].concept:
                out.append(hit)  # the same words, another concept
            continue
        if hit.start < reach:
            continue
        out.append(hit)
        reach = hit.end
    return out


def trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching exactly these words, shared prefixes written once.

    Python's re tries the branches of an alternation one after the other at every
    position; a trie tries one character, then only the words that go on with it.
    Longer words come first, so at one position the longest word matches.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    ends_here = "" in node
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
    return body
