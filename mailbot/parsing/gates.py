"""Which patterns can match a text, found in one pass; and a pattern that skips what it cannot match.

`Gate({name: pattern})` builds one Aho–Corasick automaton of the words every match of
each pattern needs (literals.py) and says, for a text or a sentence of it, which
patterns are worth running. `gated(pattern)` is a drop-in for one compiled pattern with
the same answers: it returns at once on a text without its words (one shared automaton of
all gated patterns' words reads each text once for all of them), and on longer texts
tries the pattern only where one of its start words (or of most of its branches, or a
digit) begins, or only in the pieces of the text that can hold a match (literals.barriers).
Everything is read from the compiled patterns, so a pattern or word added later is gated
the same way. Pure: no I/O.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import islice, starmap
from operator import sub

import ahocorasick

from .literals import barriers, branch_prefixes, caseless, forget_parses, literals, prefixes, starts_with_digit
from .scan import fold

_LARGE = 400  # characters of a pattern from which it is tried only at its starts on any text
_FIND_WORDS = 3  # start words up to which _candidates looks for each with str.find (measured: 1-3 words faster, 9 slower)
_ANCHOR_FROM = 256  # characters from which a GatedPattern tries only the starts (measured: bench/bench_scan.py)
# words of a pattern up to which it looks for them in a text not yet read by the shared automaton itself, and
# words so looked for per text at most (_Presence.own): str's `in` reads ~1 ns a character, the automaton ~100
_OWN_KEYS = 48
_MANY_START_WORDS = 100  # start words from which a pattern with barriers is searched in its pieces first


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
            yield from self._folded.iter(cached_fold(text))

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
    for word in sorted(owners):  # (in order: see _automaton)
        automaton.add_word(word, (len(word), frozenset(owners[word])))
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

    Lazy: reading a pattern's words costs about a millisecond, so nothing is read at
    import (a `mailbot status` never parses a mail). The first use of any gated pattern
    prepares all that exist then, and one shared automaton of all their words says for a
    text, in one pass, which of them can match it (`_Presence`): the dozens of patterns
    asked about one sentence cost one scan of it, not one each.
    """

    _ready = False

    def __init__(self, pattern: re.Pattern):
        self.regex = pattern
        # match and fullmatch go to the pattern itself (see below): its own methods, without a call between
        self.match, self.fullmatch = pattern.match, pattern.fullmatch
        _PRESENCE.pending.append(self)

    def _prepare(self) -> None:
        """Read the pattern's words and build its start automaton (on first use; see the class)."""
        self.words = literals(self.regex)
        self.starts = prefixes(self.regex)
        self._fold = caseless(self.regex)
        self._starts = _automaton(self.starts)
        partial = branch_prefixes(self.regex) if self.starts is None else None
        self._partial = (_automaton(partial[0]), partial[1], partial[2]) if partial else None
        self._partial_words = partial[0] if partial else None
        # no start words, but every match starts with a digit ("(?<![.,:/-])(\d{1,2})(?!\w)"): tried at the
        # text's digits only, instead of testing the lookbehinds at every position
        self._digit_start = self.starts is None and partial is None and starts_with_digit(self.regex)
        # on a sentence, collecting the starts costs more than most patterns' own scan; not more than
        # a long alternation's (intent._REGISTER_RE: 160 words tried at every position)
        self._large = len(self.regex.pattern) >= _LARGE
        # no start words, but characters no match contains: search only the pieces between them
        # that hold one of the words (literals.barriers)
        self._barriers = barriers(self.regex) if self.words is not None and self.starts is None else None
        self._words = _automaton(self.words) if self._barriers else None
        # hundreds of start words ("\\b(NUM)\\s+weitere …": every number word of every language, "ein" and
        # "eine" among them) start a try at thousands of places of a long German text, while the pieces
        # that hold one of its words are a few dozen: searched there instead (measured on a 1,000-line
        # mail: 2.5 ms against 0.7)
        self._pieces_first = bool(self._barriers) and partial is not None and len(partial[0]) > _MANY_START_WORDS
        self._bit = 0  # its bit in the shared automaton's answers; 0: it has no words, it may always match
        # its words as the shared automaton reads them (_mask_automaton), when they are few (_Presence.own)
        keys = None if self.words is None else sorted({_presence_key(word, self._fold) for word in self.words})
        self._keys = tuple(keys) if keys is not None and len(keys) <= _OWN_KEYS else None
        if self._large and self.starts is not None:
            # a long alternation tried at one position (quotes.py asks each line whether it starts with one of
            # 60 "Original Message" phrases: about a microsecond a line) can only match where the text's next
            # two characters begin one of its start words (each has two or more): one set lookup first
            self._heads = frozenset(word[:2] for word in self.starts)
            self.match = self._match_at_heads
        if self.words is None and self.starts is None and not self._digit_start:
            for name in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"):
                setattr(self, name, getattr(self.regex, name))  # nothing to gate: the pattern's own methods
        self._ready = True

    def __getattr__(self, name):  # pattern, flags, groups, groupindex; words and starts before first use
        if name == "regex":  # a copy made without __init__
            raise AttributeError(name)
        if name in ("words", "starts", "_fold", "_starts", "_bit", "_partial", "_partial_words", "_large", "_barriers",
                    "_words", "_digit_start", "_pieces_first", "_keys"):
            self._ensure()
            return self.__dict__[name]
        return getattr(self.regex, name)

    def _ensure(self) -> None:
        if not self._ready:
            _PRESENCE.prepare()
        if not self._ready:  # not among the pending (a copy): prepared alone, it is never skipped
            self._prepare()

    def __repr__(self) -> str:
        return f"gated({self.regex!r})"

    def may_match(self, text: str) -> bool:
        """False only when the pattern cannot match anywhere in text."""
        if not self._ready:
            self._ensure()
        if not self._bit:
            return True
        found = _PRESENCE._answers.get(text)  # (the common case inline: another pattern asked already)
        if found is None:
            # a text no pattern asked about yet: a pattern of a few words looks for them itself (see _Presence.own)
            folded = _PRESENCE.own(text, self._keys) if self._keys is not None else None
            if folded is not None:
                return any(key in folded for key in self._keys)
            found = _PRESENCE.mask(text)
        return bool(found & self._bit)

    def _candidates(self, text: str, automaton=None, digits: bool = False) -> list[int] | None:
        """Where a match can start: where one of its start words begins; None when that is nearly everywhere.

        ("mamama…" for a pattern starting with "ma": the pattern's own scan is then no slower,
        and a list of half a million positions would cost memory.)
        """
        if automaton is None and self.starts is None:
            words = ()  # (a digit start: _start_plan)
        else:
            words = self.starts if automaton is None or automaton is self._starts else self._partial_words
        # patterns that begin alike (choices and evidence: five begin with the same 130 group nouns)
        # ask for the same positions in the same text: found once (same words, same answer); a sentence
        # too (intent's and party's long alternations ask about the same sentences in turn)
        if len(text) < _ANCHOR_FROM:
            key, kept, size = (words, self._fold, digits, text), _SHORT_CANDIDATES, 256
        else:
            # the copy of a text with line breaks made spaces (choices and party join wrapped lines) has
            # its start words where the text has them when no start word holds a space or a line break
            # (and digits are digits in both): one answer for the two
            spaced = _spaced(text) if _spaceless(words) else text
            key, kept, size = (words, self._fold, digits, spaced), _CANDIDATES, 32
        found = kept.get(key, kept)
        if found is kept:
            if len(kept) >= size:
                kept.clear()
            found = kept[key] = self._find_candidates(text, automaton, digits, words)
        return found

    def _find_candidates(self, text: str, automaton, digits: bool, words) -> list[int] | None:
        limit, starts = len(text) // 8 + 64, set()
        if len(words) <= _FIND_WORDS:
            # one to three words: str.find once per word (about 1 ns a character) beats the automaton's
            # walk (3-20 ns a character); the same positions, overlapping ones included
            source = cached_fold(text) if self._fold else text
            for word in words:
                at = source.find(word)
                while at >= 0:
                    starts.add(at)
                    if len(starts) > limit:
                        return None
                    at = source.find(word, at + 1)
        else:
            # each hit is (its last character, its length - 1): the start is their difference, taken in C
            # (starmap), a chunk at a time so that "mamama…" stops after about `limit` hits as before
            hits = (automaton or self._starts).iter(cached_fold(text) if self._fold else text)
            if not _collect(starts, starmap(sub, hits), limit):
                return None
        if digits and not _collect(starts, iter(_digit_positions(text, limit)), limit):
            return None
        return sorted(starts)

    def _start_plan(self, string: str):
        """(automaton of words, whether a digit too) every match in this string starts with; None if unknown."""
        if self._starts is not None:
            return self._starts, False
        if self._partial is not None:
            automaton, rest, digits = self._partial
            text = cached_fold(string) if self._fold else string
            if not any(word in text for word in rest):  # the branches without start words cannot match
                return automaton, digits
        if self._digit_start:
            return None, True
        return None

    def _pieces(self, text: str) -> list[tuple[int, int]] | None:
        """(start, end) of the pieces of text between barrier characters that hold one of the words,
        in order; None when the pattern has no barriers, the text is short or the pieces are most of it."""
        if self._words is None or len(text) < _ANCHOR_FROM:
            return None
        cuts = _barrier_positions(text, self._barriers[0])
        pieces: dict[int, int] = {}
        for last, back in self._words.iter(cached_fold(text) if self._fold else text):
            at = last - back
            i = bisect_right(cuts, at)
            end = cuts[i] if i < len(cuts) else len(text)
            if end > last:  # a word with a barrier inside is in no match
                pieces[cuts[i - 1] + 1 if i else 0] = end
        if sum(end - start for start, end in pieces.items()) > len(text) // 2:
            return None
        return sorted(pieces.items())

    def _in_pieces(self, string: str, pieces: list[tuple[int, int]]):
        """finditer's matches, searched for only inside the pieces. A match lies inside one piece (it
        contains no barrier character); the search ends where the pattern can no longer see past it."""
        ahead, n, cursor = self._barriers[1], len(string), 0
        for start, end in pieces:
            pos, stop = max(start, cursor), min(n, end + ahead + 1)
            while pos < end:
                found = self.regex.search(string, pos, stop)
                if not found or found.start() >= end:
                    break
                yield found
                cursor = pos = found.end()

    # With pos/endpos the caller reads a part of a text, often in a loop: a gate over the whole
    # text each time would make that loop quadratic (evidence.inventory on long runs), so those
    # calls go to the pattern itself.

    def _matches(self, string):
        """The pattern's matches in string, by the cheapest exact way; None: the pattern's own scan."""
        pieces = self._pieces(string) if self._pieces_first else None
        if pieces is not None:
            return self._in_pieces(string, pieces)
        plan = self._start_plan(string) if len(string) >= _ANCHOR_FROM or self._large else None
        if plan is not None:
            starts = self._candidates(string, *plan)
            if starts is not None:
                return self._anchored(string, starts)
        if not self._pieces_first:  # (else asked above)
            pieces = self._pieces(string)
        return self._in_pieces(string, pieces) if pieces is not None else None

    def search(self, string, *args):
        if args:
            return self.regex.search(string, *args)
        if not self.may_match(string):
            return None
        matches = self._matches(string)
        # the first match tried at the candidate starts (or in the pieces) is the leftmost
        return self.regex.search(string) if matches is None else next(matches, None)

    # match and fullmatch try one position: the pattern fails there about as fast as a gate reads the
    # text (quotes.py tries four such patterns on every line), so they go to the pattern itself
    def match(self, string, *args):
        return self.regex.match(string, *args)

    def fullmatch(self, string, *args):
        return self.regex.fullmatch(string, *args)

    def _match_at_heads(self, string, pos=0, *endpos):
        head = string[pos : pos + 2]
        if pos >= 0 and (fold(head) if self._fold else head) not in self._heads:
            return None
        return self.regex.match(string, pos, *endpos)

    def finditer(self, string, *args):
        if args:
            return self.regex.finditer(string, *args)
        if not self.may_match(string):
            return iter(())
        matches = self._matches(string)
        return self.regex.finditer(string) if matches is None else matches

    def _anchored(self, string, starts):
        """finditer's matches, tried only at the candidate starts (matches never overlap)."""
        reach = 0
        for start in starts:
            if start < reach:
                continue
            found = self.regex.match(string, start)
            if found:
                reach = found.end()
                yield found

    def findall(self, string, *args):
        if args:
            return self.regex.findall(string, *args)
        if not self.may_match(string):
            return []
        matches = self._matches(string)
        if matches is None:
            return self.regex.findall(string)
        if self.regex.groups == 0:
            return [m.group(0) for m in matches]
        if self.regex.groups == 1:
            return [m.group(1) or "" for m in matches]
        return [m.groups("") for m in matches]

    def sub(self, repl, string, count=0):
        return self.regex.sub(repl, string, count) if self.may_match(string) else string

    def subn(self, repl, string, count=0):
        return self.regex.subn(repl, string, count) if self.may_match(string) else (string, 0)

    def split(self, string, maxsplit=0):
        return self.regex.split(string, maxsplit) if self.may_match(string) else [string]


class _Presence:
    """One automaton of the words of every gated pattern: which patterns can match a text, in one pass.

    Each pattern with words owns one bit; `mask(text)` is the union of the bits of the words
    found in the text's fold() (see _mask_automaton). The parser asks many patterns about the same text (a sentence, the
    writer's text), so the answers for the last texts are kept. Patterns made after the
    first build (a config's own, in choices.Matcher) are added by building again, once.
    """

    # a pattern gated inside a function called per mail would grow the list and the rebuilds without
    # end: past this many, a new pattern runs ungated (same answers, no gate)
    _MAX_MEMBERS = 2_000
    _KEEP = 1024  # texts (and their folds) whose answer is kept: a mail's own text, its lines and sentences in turn
    _KEEP_CHARS = 1_000_000  # and their characters together (a megabyte of text is kept, not 128 of them)

    def __init__(self):
        self.pending: list[GatedPattern] = []
        self.members: list[GatedPattern] = []
        self._automaton = None
        self._answers: dict[str, int] = {}
        self._own_spent: dict[str, int] = {}  # text -> words looked for in it by patterns themselves (own)
        self._own_chars = 0
        self._chars = 0
        self._built = True

    def prepare(self) -> None:
        """Prepare every pattern made so far and (re)build the shared automaton.

        Safe to interrupt (the parse timer's alarm may strike here): a pattern leaves the
        list only once prepared, and the automaton is built again on the next call."""
        while self.pending:
            pattern = self.pending[-1]
            if not pattern._ready:
                pattern._prepare()
                if pattern.words is not None and len(self.members) < self._MAX_MEMBERS:
                    pattern._bit = 1 << len(self.members)
                    self.members.append(pattern)
                    self._built = False
            self.pending.pop()
        if not self._built:
            self._answers.clear()
            self._automaton = _mask_automaton(self.members)
            self._built = True
            forget_parses()  # the parse trees (4 MB) were needed only to read the words

    def own(self, text: str, keys: tuple[str, ...]) -> str | None:
        """The text as the shared automaton reads it (folded, line breaks made spaces), when a pattern with
        these few words may look for them there itself (`key in folded` for each: about a nanosecond a
        character each, where the shared automaton's reading costs about a hundred); None: read it (`mask`).

        The same answer as the pattern's bit in mask(text): the bit is set exactly when one of its words,
        as _mask_automaton adds them, is in that folded copy. Worth it for a text that few patterns ask
        about (the head read for the language, the whole body for an absence notice, a subject): texts
        asked by many share one reading. So each text gets at most _OWN_KEYS words looked for this way,
        then it is read for all (issue #15)."""
        spent = self._own_spent.get(text, 0) + len(keys)
        if spent > _OWN_KEYS or len(text) < _ANCHOR_FROM:  # (a sentence: read at once, asked by many)
            return None
        folded = cached_fold(text)
        if "\n" in folded:
            folded = folded.replace("\n", " ")
        if folded in self._answers:
            return None  # (its copy with line breaks made spaces was read: that answer is at hand)
        if text not in self._own_spent:
            self._own_chars += len(text)
            if len(self._own_spent) >= self._KEEP or self._own_chars > self._KEEP_CHARS:
                self._own_spent.clear()
                self._own_chars = len(text)
        self._own_spent[text] = spent
        return folded

    def mask(self, text: str) -> int:
        found = self._answers.get(text)
        if found is not None:
            return found
        if self.pending or not self._built:
            self.prepare()
        # the answer depends on the fold only: "Ich melde mich an" and its lowered() copy share one;
        # and line breaks are read as spaces (_mask_automaton): the parser's copies of the writer's
        # text that join wrapped lines (choices, party) share the answer of the text itself
        folded = cached_fold(text)
        if "\n" in folded:
            folded = folded.replace("\n", " ")
        found = self._answers.get(folded)
        if found is None:
            found = 0
            if self._automaton is not None:
                for _last, bits in self._automaton.iter(folded):
                    found |= bits
        self._chars += 2 * len(text)
        if len(self._answers) >= self._KEEP or self._chars > self._KEEP_CHARS:
            self._answers.clear()
            self._chars = 2 * len(text)
        self._answers[text] = self._answers[folded] = found
        return found


class AnyOf:
    """Gated patterns asked about the same texts: `may_match(text)` is False only when each of them
    would answer at once that it cannot match (one look at the text's shared answer, not one each).

    The parser reads a long mail sentence by sentence, and most sentences hold no signal at all:
    intent.read_intent skips those without asking its dozen patterns one by one (issue #15)."""

    def __init__(self, *patterns):
        self.patterns = patterns
        self._bits: int | None = None  # the patterns' bits together; -1: one of them may always match

    def may_match(self, text: str) -> bool:
        bits = self._bits
        if bits is None:
            bits = self._bits = self._union()
        if bits < 0:
            return True
        found = _PRESENCE._answers.get(text)
        return bool((found if found is not None else _PRESENCE.mask(text)) & bits)

    def _union(self) -> int:
        bits = 0
        for pattern in self.patterns:
            # (a member's bit never changes: new patterns get new bits when the automaton is rebuilt)
            bit = pattern._bit if isinstance(pattern, GatedPattern) else 0
            if not bit:
                return -1
            bits |= bit
        return bits


def prepare() -> None:
    """Prepare every gated pattern made so far (parallel.parse_within: before a mail's time starts)."""
    if _PRESENCE.pending or not _PRESENCE._built:
        _PRESENCE.prepare()


def _mask_automaton(patterns: list[GatedPattern]):
    """An automaton whose value for each word is the bits of the patterns that need it; None if empty.

    One automaton, read on fold(text): fold() maps each character alone and keeps the length,
    so a case-sensitive pattern's word in a text is its fold() in the text's fold(). The gate is
    a little wider for such patterns ("Anmelden" lets "anmelden" through), never narrower, and
    one pass reads the text instead of two.

    Line breaks are spaces here, in the words and in the text read (`_Presence.mask`): a word
    found in a text is then found in its copy with line breaks made spaces too, so the answer may
    let a few more patterns try a text (a word with a space, across a line break), never fewer.
    The parser reads the writer's text in several such copies; they share one pass.
    """
    bits: dict[str, int] = {}
    for pattern in patterns:
        for word in pattern.words:
            key = _presence_key(word, pattern._fold)
            bits[key] = bits.get(key, 0) | pattern._bit
    if not bits:
        return None
    automaton = ahocorasick.Automaton()
    for word in sorted(bits):  # (in order: see _automaton)
        automaton.add_word(word, bits[word])
    automaton.make_automaton()
    return automaton


def _presence_key(word: str, folded: bool) -> str:
    """A pattern's word as the shared automaton holds it (see _mask_automaton)."""
    return (word if folded else fold(word)).replace("\n", " ")


_PRESENCE = _Presence()
_FOLDED: dict[str, str] = {}
_FOLDED_CHARS = [0]


def cached_fold(text: str) -> str:
    """fold(text), kept for the last texts: the same text is folded for many patterns in turn."""
    found = _FOLDED.get(text)
    if found is None:
        _FOLDED_CHARS[0] += len(text)
        if len(_FOLDED) >= _Presence._KEEP or _FOLDED_CHARS[0] > _Presence._KEEP_CHARS:
            _FOLDED.clear()
            _FOLDED_CHARS[0] = len(text)
        found = _FOLDED[text] = fold(text)
    return found


_DIGIT_RE = re.compile(r"\d")  # what \d matches: any script's decimal digits
_MATCH_START = re.Match.start
_ASCII_DIGITS = "0123456789"


def _digit_positions(text: str, limit: int) -> list[int]:
    """Where \\d matches in text (not in order); no more than limit + 1 of them.

    A text in Latin-1 (German, French, Spanish, English …) holds no decimal digit but 0-9 (²³¹ are no
    \\d): ten str.find loops in C, where \\d tried at each of 45,000 characters cost 0.3 ms."""
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return list(islice(map(_MATCH_START, _DIGIT_RE.finditer(text)), limit + 1))
    found: list[int] = []
    for digit in _ASCII_DIGITS:
        at = text.find(digit)
        while at >= 0:
            found.append(at)
            if len(found) > limit:
                return found
            at = text.find(digit, at + 1)
    return found


def _collect(starts: set[int], positions, limit: int) -> bool:
    """Add positions to starts in chunks (set.update in C, not one add a hit in Python); False as soon
    as more than `limit` distinct ones are in: the same answer as a check after each add, since
    the set only grows, and never more than about 2 x limit positions held."""
    while True:
        chunk = list(islice(positions, limit + 1))
        starts.update(chunk)
        if len(starts) > limit:
            return False
        if len(chunk) <= limit:
            return True
_CANDIDATES: dict[tuple, list[int] | None] = {}  # (start words, fold?, digits?, long text) -> _candidates
_SHORT_CANDIDATES: dict[tuple, list[int] | None] = {}  # the same for texts under _ANCHOR_FROM characters
_SPACELESS: dict = {}  # start words -> whether none of them holds a space or a line break
_SPACED: dict[str, str] = {}  # long text -> the same with line breaks made spaces (the last few)


def _spaceless(words) -> bool:
    found = _SPACELESS.get(words)
    if found is None:
        found = _SPACELESS[words] = not any(" " in word or "\n" in word for word in words)
    return found


def _spaced(text: str) -> str:
    found = _SPACED.get(text)
    if found is None:
        if len(_SPACED) >= 8:
            _SPACED.clear()
        found = _SPACED[text] = text.replace("\n", " ") if "\n" in text else text
    return found
_BARRIERS: dict[tuple[str, frozenset[str]], list[int]] = {}


def _barrier_positions(text: str, cuts: frozenset[str]) -> list[int]:
    """Where in text the characters `cuts` stand, kept for the last text (patterns share barrier sets)."""
    key = (text, cuts)
    found = _BARRIERS.get(key)
    if found is None:
        if len(_BARRIERS) >= 16 or any(k[0] is not text for k in _BARRIERS):
            _BARRIERS.clear()
        found = _BARRIERS[key] = [m.start() for m in _cut_pattern(cuts).finditer(text)]
    return found


@functools.cache
def _cut_pattern(cuts: frozenset[str]) -> re.Pattern:
    return re.compile("[" + "".join(re.escape(c) for c in sorted(cuts)) + "]")


def _automaton(words):
    """An Aho–Corasick automaton of words (value: the word's length - 1, so that a hit's last
    character minus its value is where the word starts); None without words."""
    if words is None:
        return None
    automaton = ahocorasick.Automaton()
    # in sorted order: a node's children are looked for one by one in the order they were added, and
    # are then in the order of their letters (a..z before the other scripts' letters for the Latin
    # text most mail is, the nodes of one prefix made one after another); the same words and answers,
    # read 5-10 % faster than in the order of the patterns' words (measured on the shared automaton)
    for word in sorted(words):
        automaton.add_word(word, len(word) - 1)
    automaton.make_automaton()
    return automaton


def gated(pattern: re.Pattern) -> re.Pattern | GatedPattern:
    """The pattern behind a gate of its literal words (read on first use; see GatedPattern)."""
    if isinstance(pattern, GatedPattern) or not isinstance(pattern.pattern, str):
        return pattern
    return GatedPattern(pattern)


def alternation_gates(alternatives: list[str], template: str, compile=re.compile, size: int = 40) -> tuple:
    """Patterns one of which finds a match in a text exactly when `template` with all the
    alternatives does; a pre-check for patterns too wide for one gate (issue #15).

    `template` holds "{}" where the alternation `(?:a|b|…)` stands, outside any atomic group or
    possessive repeat: then a match of the whole is a match of the pattern holding the branch that
    matched, and the other way round. A pattern of hundreds of words, or with one-letter words
    ("人"), gets no gate (literals.py keeps 64 words of 2+ letters) and is tried at every position:
    here the one-letter words go into one pattern, the others
    into patterns of `size` words, each behind its own gate.
    """
    single = [a for a in alternatives if len(a) == 1]
    longer = [a for a in alternatives if len(a) > 1]
    found = [gated(compile(template.format("(?:" + "|".join(longer[i : i + size]) + ")")))
             for i in range(0, len(longer), size)]
    if single:
        # (an alternation of single letters is compiled as a class: the matcher skips to its letters)
        found.append(compile(template.format("(?:" + "|".join(single) + ")")))
    return tuple(found)


def any_search(patterns, text: str) -> bool:
    """Does one of the patterns (alternation_gates) find a match in text?"""
    return any(p.search(text) for p in patterns)
