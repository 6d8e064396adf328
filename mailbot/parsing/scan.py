"""Many words, one pass: vocabulary tables as data, and gates that spare long patterns.

Reading a mail line by line against dozens of long alternations costs time for every
line and every pattern. Two tools make the cost grow with the text by a small
constant instead:

- `Vocabulary` compiles a table {concept: [words]} once and finds every word of every
  concept, with its position, in one pass over a text: one regular expression built
  as a trie (shared prefixes written once), or an Aho–Corasick automaton.
- `Gate` answers "which of these patterns can match this text at all?" with one pass:
  `literals()` reads from a compiled pattern the words that every match must contain
  ("anmelden|melde…" needs "anmelden" or "melde"), and a pattern is run only when
  one of its words is in the text. The answer of the pattern itself never changes.

Texts are matched after `fold()`, which keeps their length, so positions are those of
the original text. Pure: no I/O.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from re import _constants as sre  # the parsed form of a pattern; the same in 3.11 and 3.12
from re import _parser

import ahocorasick

# --- case folding that keeps positions ----------------------------------------------------

# re.IGNORECASE also equates these (re._casefix); str.lower() alone does not
_EXTRA_CASES = {"ı": "i", "ſ": "s", "K": "k", "µ": "μ", "ς": "σ", "ϐ": "β", "ϵ": "ε", "ϑ": "θ", "ϰ": "κ",
                "ϖ": "π", "ϱ": "ρ", "ϕ": "φ", "ẛ": "ṡ", "ᲀ": "в", "ᲁ": "д", "ᲂ": "о", "ᲃ": "с", "ᲄ": "т",
                "ᲅ": "т", "ᲆ": "ъ", "ᲇ": "ѣ", "ᲈ": "ꙋ", "ﬅ": "ﬆ"}
_EXTRA_TABLE = str.maketrans(_EXTRA_CASES)
_EXTRA_RE = re.compile("[" + "".join(_EXTRA_CASES) + "]")


def fold(text: str) -> str:
    """Lower case, with the letters re.IGNORECASE treats as one made one; same length as text.

    "İ" lower-cases to two characters in Python; it becomes "i", as the Turkish dotless
    "ı" does, so "KATILIM", "katılım" and "katilim" all read "katilim".
    """
    text = text.replace("İ", "i").lower()
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
            after = r"\w*" if open_end else r"(?!\w)"
            # a lookahead reports a hit at every position, so overlapping words are all seen
            out.append((re.compile(rf"{before}(?=({body}){after})"), inside, open_end))
        return out

    def _regex_hits(self, low: str) -> list[Hit]:
        found = []
        for pattern, inside, open_end in self._patterns:
            for m in pattern.finditer(low):
                literal, start = m.group(1), m.start()
                end = _word_end(low, start + len(literal)) if open_end else start + len(literal)
                found += [Hit(start, end, c, w) for c, w, i, o in self._entries[literal] if (i, o) == (inside, open_end)]
        return found

    def _automaton_hits(self, low: str) -> list[Hit]:
        found = []
        if not self._entries:
            return found
        n = len(low)
        for last, literal in self._automaton.iter(low):
            start, end = last + 1 - len(literal), last + 1
            starts_word = start == 0 or not _is_word_char(low[start - 1])
            ends_word = end == n or not _is_word_char(low[end])
            for concept, listed, inside, open_end in self._entries[literal]:
                if not (inside or starts_word) or not (open_end or ends_word):
                    continue
                found.append(Hit(start, _word_end(low, end) if open_end else end, concept, listed))
        return found


def _word_end(text: str, pos: int) -> int:
    while pos < len(text) and _is_word_char(text[pos]):
        pos += 1
    return pos


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


# --- literals: the words every match of a pattern contains ------------------------------------

_MAX_SET = 64  # alternatives kept per literal run; more say little and cost memory
_MAX_STARTS = 1024  # words a match may start with (a vocabulary such as lexicon.GROUP_NOUN)
_ANCHOR_FROM = 256  # characters from which a GatedPattern tries only the starts (measured: bench/bench_scan.py)
_MIN_LEN = 2  # a one-letter "literal" is in nearly every text: no gate
_SMALL_CLASS = 6  # [şs], [ée]: letters a run may branch into


def literals(pattern: re.Pattern | str, flags: int = 0) -> frozenset[str] | None:
    """Words of which every match of the pattern contains at least one; None if unknown.

    Read from the parsed pattern: literal runs, small classes ([şs]), groups, alternations
    and required repeats. A piece that may be absent (x?, x*, a lookahead) is never
    required; the run with the longest shortest word is chosen. The words are as the
    text holds them, or fold()ed when the pattern ignores case (see `caseless`).
    """
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    if isinstance(pattern, bytes):
        return None
    parsed = _parser.parse(pattern, flags)
    found = _need(list(parsed))
    if not found:
        return None
    if _caseless(parsed, flags):
        found = {fold(w) for w in found}
    # "melden" holds "melde": where the longer word is, the shorter one is too
    return frozenset(w for w in found if not any(o != w and o in w for o in found))


def prefixes(pattern: re.Pattern) -> frozenset[str] | None:
    """Words one of which every match of the pattern starts with; None if unknown.

    "(?<!\\w)(?:ag|arbeitsgruppe)\\s*\\d" starts with "ag" or "arbeitsgruppe": the pattern
    can only match where one of them begins. fold()ed when the pattern ignores case.
    """
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    found = _prefix(list(parsed))
    if not found or min(map(len, found)) < _MIN_LEN:
        return None
    if _caseless(parsed, pattern.flags):
        found = {fold(w) for w in found}
    # "grupo" starts with "grup": where a match starts with the longer, it starts with the shorter
    return frozenset(w for w in found if not any(o != w and w.startswith(o) for o in found))


def _prefix(items: list) -> set[str] | None:
    run: set[str] = {""}
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue
        exact = _exact_item(op, av)
        if exact is not None and len(run) * len(exact) <= _MAX_SET:
            run = {a + b for a in run for b in exact}
            continue
        if op in (sre.SUBPATTERN, sre.ATOMIC_GROUP):
            starts = _prefix(list(av[3] if op is sre.SUBPATTERN else av))
        elif op is sre.BRANCH:
            alternatives = [_prefix(list(a)) for a in av[1]]
            starts = None if any(a is None for a in alternatives) else set().union(*alternatives)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            starts = _prefix(list(av[2]))
        else:
            starts = None
        if starts is not None and len(run) * len(starts) <= _MAX_STARTS:
            run = {a + b for a in run for b in starts}
        break
    return run if "" not in run else None


def caseless(pattern: re.Pattern) -> bool:
    """Whether the pattern ignores case anywhere (re.I, or (?i:...) inside)."""
    return _caseless(_parser.parse(pattern.pattern, pattern.flags), pattern.flags)


def _caseless(parsed, flags: int) -> bool:
    if flags & re.IGNORECASE:
        return True
    stack = [list(parsed)]
    while stack:
        for op, av in stack.pop():
            if op is sre.SUBPATTERN:
                if av[1] & re.IGNORECASE:
                    return True
                stack.append(list(av[3]))
            elif op is sre.BRANCH:
                stack += [list(a) for a in av[1]]
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
                stack.append(list(av[2]))
            elif op in (sre.ASSERT, sre.ASSERT_NOT):
                stack.append(list(av[1]))
            elif op is sre.ATOMIC_GROUP:
                stack.append(list(av))
    return False


def _need(items: list) -> set[str] | None:
    best: set[str] | None = None
    run: set[str] = {""}
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width: the characters around it stay next to each other
        exact = _exact_item(op, av)
        if exact is not None and len(run) * len(exact) <= _MAX_SET:
            run = {a + b for a in run for b in exact}
            continue
        best = _better(best, run)
        run = {""}
        best = _better(best, _need_item(op, av))
        if exact is not None:  # too many to join the run: it starts a new one
            run = exact if len(exact) <= _MAX_SET else {""}
    return _better(best, run)


def _need_item(op, av) -> set[str] | None:
    if op is sre.SUBPATTERN:
        return _need(list(av[3]))
    if op is sre.ATOMIC_GROUP:
        return _need(list(av))
    if op is sre.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            need = _need(list(alternative))
            if need is None:
                return None
            out |= need
        return out
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _need(list(av[2]))
    return None


def _exact_item(op, av) -> set[str] | None:
    """Every string this item can match, when few; else None."""
    if op is sre.LITERAL:
        return {chr(av)}
    if op is sre.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is sre.LITERAL:
                chars.add(chr(value))
            elif kind is sre.RANGE and value[1] - value[0] < _SMALL_CLASS:
                chars |= {chr(c) for c in range(value[0], value[1] + 1)}
            else:
                return None  # a category, a negation, a wide range
        return chars if len(chars) <= _SMALL_CLASS else None
    if op in (sre.SUBPATTERN, sre.ATOMIC_GROUP):
        return _exact(list(av[3] if op is sre.SUBPATTERN else av))
    if op is sre.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            exact = _exact(list(alternative))
            if exact is None:
                return None
            out |= exact
        return out if len(out) <= _MAX_SET else None
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[1] <= 3:
        body = _exact(list(av[2]))
        if body is None:
            return None
        out, power = ({""} if av[0] == 0 else set()), {""}
        for count in range(1, av[1] + 1):
            power = {a + b for a in power for b in body}
            if len(power) > _MAX_SET:
                return None
            if count >= av[0]:
                out |= power
        return out if len(out) <= _MAX_SET else None
    return None


def _exact(items: list) -> set[str] | None:
    out = {""}
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue
        exact = _exact_item(op, av)
        if exact is None or len(out) * len(exact) > _MAX_SET:
            return None
        out = {a + b for a in out for b in exact}
    return out


def _better(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    """The more selective of two sets: longer shortest word, then fewer words."""
    def rank(s):
        return (min(map(len, s)), -len(s)) if s and min(map(len, s)) >= _MIN_LEN else None
    ra, rb = rank(a), rank(b)
    if rb is None:
        return a if ra is not None else None
    if ra is None or rb > ra:
        return b
    return a


# --- gates: which patterns can match ------------------------------------------------------------


class Gate:
    """Patterns {name: compiled pattern}, and one pass telling which can match a text.

    A pattern without literals (see `literals`) can always match. `which(text)` is a
    superset of the names whose pattern matches somewhere in text; `Gate.spans` gives
    the positions, so a caller can ask per sentence without a second pass.
    """

    def __init__(self, patterns: Mapping[str, re.Pattern]):
        found = {name: literals(p) for name, p in patterns.items()}
        self.always = frozenset(name for name, words in found.items() if words is None)
        self.words = {name: words for name, words in found.items() if words is not None}
        # words of case-sensitive patterns are looked for in the text as it is, the others in fold(text)
        self._exact = _owners_automaton({n: w for n, w in self.words.items() if not caseless(patterns[n])})
        self._folded = _owners_automaton({n: w for n, w in self.words.items() if caseless(patterns[n])})

    def _hits(self, text: str):
        if self._exact is not None:
            yield from self._exact.iter(text)
        if self._folded is not None:
            yield from self._folded.iter(fold(text))

    def which(self, text: str) -> frozenset[str]:
        """The names whose pattern may match text (always including those without literals)."""
        names = set(self.always)
        for _last, (_size, owners) in self._hits(text):
            names |= owners
        return frozenset(names)

    def spans(self, text: str) -> "GateHits":
        """Where each gated pattern's words occur in text: ask `may_match(name, start, end)`."""
        found: dict[str, list[tuple[int, int]]] = {}
        for last, (size, owners) in self._hits(text):
            for name in owners:
                found.setdefault(name, []).append((last + 1 - size, last + 1))
        for spans in found.values():
            spans.sort()
        return GateHits(self.always, found)


def _owners_automaton(words: Mapping[str, frozenset[str]]):
    """An automaton whose value for each word is (its length, the names that need it); None if empty."""
    owners: dict[str, set[str]] = {}
    for name, ws in words.items():
        for word in ws:
            owners.setdefault(word, set()).add(name)
    if not owners:
        return None
    automaton = ahocorasick.Automaton()
    for word, names in owners.items():
        automaton.add_word(word, (len(word), frozenset(names)))
    automaton.make_automaton()
    return automaton


@dataclass
class GateHits:
    always: frozenset[str]
    found: dict[str, list[tuple[int, int]]]  # per name, (start, end) of its words, by start

    def may_match(self, name: str, start: int = 0, end: int | None = None) -> bool:
        """Whether the pattern `name` can match inside text[start:end]."""
        if name in self.always:
            return True
        spans = self.found.get(name, ())
        i = bisect_left(spans, (start, -1))
        while i < len(spans) and (end is None or spans[i][0] < end):
            if end is None or spans[i][1] <= end:
                return True
            i += 1
        return False


# --- a gated pattern: a drop-in for one compiled pattern ------------------------------------------


class GatedPattern:
    """A compiled pattern that first looks, in one pass in C, for a word every match needs.

    Same methods and answers as the pattern (search, match, fullmatch, finditer, findall,
    sub, subn, split); on a text without any of `literals(pattern)` they answer at once
    as the pattern would: no match. When every match starts with one of a few words
    (`prefixes`), search, finditer and findall try the pattern only where one begins,
    instead of at every position. `gated(lower_pattern(...))` where a pattern is defined.
    """

    def __init__(self, pattern: re.Pattern):
        self.regex = pattern
        self.words = literals(pattern)
        self.starts = prefixes(pattern)
        self._fold = caseless(pattern)
        self._automaton = _automaton(self.words)
        self._starts = _automaton(self.starts)

    def __getattr__(self, name):  # pattern, flags, groups, groupindex
        return getattr(self.regex, name)

    def __repr__(self) -> str:
        return f"gated({self.regex!r})"

    def may_match(self, text: str) -> bool:
        """False only when the pattern cannot match anywhere in text."""
        if self._automaton is None:
            return True
        for _hit in self._automaton.iter(fold(text) if self._fold else text):
            return True
        return False

    def _candidates(self, text: str) -> list[int]:
        """Where a match can start: where one of the words every match starts with begins."""
        return sorted({last + 1 - size for last, size in self._starts.iter(fold(text) if self._fold else text)})

    def _anchor(self, string, args) -> bool:
        # On a sentence a gate and the pattern itself are cheaper than collecting the starts
        return not args and self._starts is not None and len(string) >= _ANCHOR_FROM

    def search(self, string, *args):
        if not self._anchor(string, args):
            return self.regex.search(string, *args) if self.may_match(string) else None
        for start in self._candidates(string):  # the first that matches is the leftmost match
            found = self.regex.match(string, start)
            if found:
                return found
        return None

    def match(self, string, *args):
        return self.regex.match(string, *args) if self.may_match(string) else None

    def fullmatch(self, string, *args):
        return self.regex.fullmatch(string, *args) if self.may_match(string) else None

    def finditer(self, string, *args):
        if not self._anchor(string, args):
            return self.regex.finditer(string, *args) if self.may_match(string) else iter(())
        return self._anchored(string)

    def _anchored(self, string):
        """finditer's matches, tried only at the candidate starts (matches never overlap)."""
        reach = 0
        for start in self._candidates(string):
            if start < reach:
                continue
            found = self.regex.match(string, start)
            if found:
                reach = found.end()
                yield found

    def findall(self, string, *args):
        if not self._anchor(string, args):
            return self.regex.findall(string, *args) if self.may_match(string) else []
        if self.regex.groups == 0:
            return [m.group(0) for m in self._anchored(string)]
        if self.regex.groups == 1:
            return [m.group(1) or "" for m in self._anchored(string)]
        return [m.groups("") for m in self._anchored(string)]

    def sub(self, repl, string, count=0):
        return self.regex.sub(repl, string, count) if self.may_match(string) else string

    def subn(self, repl, string, count=0):
        return self.regex.subn(repl, string, count) if self.may_match(string) else (string, 0)

    def split(self, string, maxsplit=0):
        return self.regex.split(string, maxsplit) if self.may_match(string) else [string]


def _automaton(words):
    """An Aho–Corasick automaton of words (value: the word's length); None without words."""
    if words is None:
        return None
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    return automaton


def gated(pattern: re.Pattern) -> re.Pattern | GatedPattern:
    """The pattern behind a gate of its literal words; the pattern itself when it has none."""
    return pattern if literals(pattern) is None and prefixes(pattern) is None else GatedPattern(pattern)
