"""The words every match of a compiled pattern contains, or starts with, read from the pattern.

"\\banmelden\\b|\\bmelde[nt]?\\b" cannot match a text without "melde": a pattern needs
not be run there. `literals()` reads such words from the parsed pattern (the stdlib's
own parser, re._parser): literal runs, small classes ([şs]), groups, alternations and
required repeats; a piece that may be absent (x?, x*, a lookahead) is never required.
`prefixes()` gives the words every match starts with, so a pattern can be tried only
where one begins. gates.py builds on both. Pure: no I/O.
"""

from __future__ import annotations

import functools
import re
from re import _constants as sre  # the parsed form of a pattern; the same in 3.11 and 3.12
from re import _parser

from ..pattern_answers import recorded as _recorded
from .scan import fold

_MAX_SET = 64  # alternatives kept per literal run; more say little and cost memory
_MAX_STARTS = 1024  # words a match may start with (a vocabulary such as lexicon.GROUP_NOUN)
_MIN_LEN = 2  # a one-letter "literal" is in nearly every text: no gate
# ... but a branch may start with one letter of a script beyond Latin (Amharic prepositions written onto
# a digit, "በ2ኛው"): few texts hold one, so branch_prefixes takes it as a start word
_RARE_LETTERS = "\u0370"
_SMALL_CLASS = 6  # [şs], [ée]: letters a run may branch into


@functools.lru_cache(maxsize=512)
def _parsed(pattern: str, flags: int):
    """The stdlib's parse of a pattern, once: literals, prefixes, barriers and caseless all read it."""
    return _parser.parse(pattern, flags)


def forget_parses() -> None:
    """Drop the kept parse trees (gates.py, once the gates are built; the answers stay cached)."""
    _parsed.cache_clear()


def literals(pattern: re.Pattern | str, flags: int = 0) -> frozenset[str] | None:
    """Words of which every match of the pattern contains at least one; None if unknown.

    Read from the parsed pattern: literal runs, small classes ([şs]), groups, alternations
    and required repeats. A piece that may be absent (x?, x*, a lookahead) is never
    required; the run with the longest shortest word is chosen. The words are as the
    text holds them, or fold()ed when the pattern ignores case (see `caseless`).
    """
    if not isinstance(pattern, (str, bytes)):  # a compiled pattern, or one behind gates.gated()
        pattern, flags = pattern.pattern, pattern.flags
    if isinstance(pattern, bytes):
        return None
    return _literals(pattern, flags)


# Cached: gated() asks for a pattern's words and starts, and GatedPattern again; each answer
# parses the pattern, ~1 ms, and the parser's 138 patterns are gated at import.
@_recorded
def _literals(pattern: str, flags: int) -> frozenset[str] | None:
    parsed = _parsed(pattern, flags)
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
    return _prefixes(pattern.pattern, pattern.flags)


@_recorded
def _prefixes(pattern: str, flags: int) -> frozenset[str] | None:
    parsed = _parsed(pattern, flags)
    found = _prefix(list(parsed))
    if not found or min(map(len, found)) < _MIN_LEN:
        return None
    if _caseless(parsed, flags):
        found = {fold(w) for w in found}
    # "grupo" starts with "grup": where a match starts with the longer, it starts with the shorter
    return frozenset(w for w in found if not any(o != w and w.startswith(o) for o in found))


def branch_prefixes(pattern: re.Pattern) -> tuple[frozenset[str], frozenset[str], bool] | None:
    """For an alternation most of whose branches start with words: (those start words, the words one
    of which every match of the other branches contains, whether some branches start with a digit);
    None when that does not hold.

    "\\banmelden\\b|…|\\b\\w*jiandikisha\\b" has no start words as a whole (the last branch may start
    anywhere), but in a text without "jiandikisha" every match starts with one of the others'.
    "(\\d{1,2}\\.|erste|zweite|…)\\s+gruppe" starts with a word or a digit.
    """
    if isinstance(pattern.pattern, bytes):
        return None
    return _branch_prefixes(pattern.pattern, pattern.flags)


@_recorded
def _branch_prefixes(pattern: str, flags: int) -> tuple[frozenset[str], frozenset[str], bool] | None:
    parsed = _parsed(pattern, flags)
    branches = _leading_branches(list(parsed))
    if branches is None:
        return None
    starts: set[str] = set()
    rest: set[str] = set()
    digits = False
    for branch in branches:
        found = _prefix(list(branch))
        if found and all(len(w) >= _MIN_LEN or w >= _RARE_LETTERS for w in found):
            starts |= found
            continue
        if _starts_with_digit(list(branch)):
            digits = True
            continue
        need = _need(list(branch))
        if not need:
            return None  # a branch that may match anywhere and needs no word
        rest |= need
    if not starts or not (rest or digits) or len(starts) > _MAX_STARTS:
        return None
    if _caseless(parsed, flags):
        starts, rest = {fold(w) for w in starts}, {fold(w) for w in rest}
    starts = {w for w in starts if not any(o != w and w.startswith(o) for o in starts)}
    rest = {w for w in rest if not any(o != w and o in w for o in rest)}
    return frozenset(starts), frozenset(rest), digits


def starts_with_digit(pattern: re.Pattern) -> bool:
    """Every match of the pattern starts with a digit ("(?<![.,:/-])(\\d{1,2})(?!\\w)"): it can be tried
    at the text's digits alone."""
    return isinstance(pattern.pattern, str) and _starts_with_digit_pattern(pattern.pattern, pattern.flags)


@_recorded
def _starts_with_digit_pattern(pattern: str, flags: int) -> bool:
    return _starts_with_digit(list(_parsed(pattern, flags)))


def _first_consuming(items: list) -> int | None:
    return next((i for i, (op, _av) in enumerate(items) if op not in (sre.AT, sre.ASSERT, sre.ASSERT_NOT)), None)


def _leading_branches(items: list) -> list | None:
    """The alternatives of the alternation every match starts with (after zero-width tests, inside
    groups: re factors a common "\\b" out); None if a match starts otherwise."""
    while True:
        first = _first_consuming(items)
        if first is None:
            return None
        op, av = items[first]
        if op is sre.SUBPATTERN:
            items = list(av[3])
        elif op is sre.BRANCH:
            return av[1]
        else:
            return None


def _starts_with_digit(items: list) -> bool:
    """The first character every match consumes is a digit (\\d, [0-9], \\d{1,2}, …)."""
    first = _first_consuming(items)
    if first is None:
        return False
    op, av = items[first]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _starts_with_digit(list(av[2]))
    if op is sre.SUBPATTERN:
        return _starts_with_digit(list(av[3]))
    if op is sre.BRANCH:  # "(?P<ord>\d{1,2}\.|\d{1,2}(?:st|nd|rd|th))": each alternative
        return all(_starts_with_digit(list(branch)) for branch in av[1])
    if op is sre.IN:
        return bool(av) and all(
            (o is sre.CATEGORY and a is sre.CATEGORY_DIGIT) or (o is sre.RANGE and 48 <= a[0] <= a[1] <= 57)
            or (o is sre.LITERAL and 48 <= a <= 57) for o, a in av)
    return op is sre.LITERAL and 48 <= av <= 57


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


# characters that may bound a match: a pattern that can consume none of some of them never matches
# across one, so a long text falls into pieces (sentences, clauses) that can be searched apart
_BARRIER_CANDIDATES = ".,;:!?()[]{}<>\"|/=+*&%$#@\n\t"


def barriers(pattern: re.Pattern) -> tuple[frozenset[str], int] | None:
    """(characters no match can contain, how far beyond its last character a match may look); None if unknown.

    "\\b(\\d+)\\s+weitere\\s+\\w*kolleg\\w*\\b" cannot contain "." or ",": each match lies inside one
    piece of the text between such characters, and decides by looking at most 1 character past
    its end (the closing \\b). gates.py searches only the pieces that hold one of the pattern's
    words, each with an end that lets the pattern see as far as it ever looks.
    """
    if isinstance(pattern.pattern, bytes):
        return None
    return _barriers(pattern.pattern, pattern.flags)


@_recorded
def _barriers(pattern: str, flags: int) -> tuple[frozenset[str], int] | None:
    parsed = _parsed(pattern, flags)
    ahead = _ahead(list(parsed))
    if ahead is None:
        return None
    cuts = frozenset(_BARRIER_CANDIDATES) - _consumed(list(parsed), frozenset(_BARRIER_CANDIDATES), flags)
    return (cuts, ahead) if cuts else None


def _ahead(items: list) -> int | None:
    """How far past the position it stands at a piece of pattern may look without consuming: the
    widest lookahead (with what it looks past itself), 1 for an anchor (\\b, $); None if unbounded."""
    most = 0
    for op, av in items:
        if op is sre.AT:
            reach = 1
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            if av[0] < 0:
                reach = 0  # a lookbehind looks back, where the whole text is there
            else:
                width, inner = av[1].getwidth()[1], _ahead(list(av[1]))
                if width >= _parser.MAXREPEAT or inner is None:
                    return None
                reach = width + inner
        elif op is sre.SUBPATTERN:
            reach = _ahead(list(av[3]))
        elif op is sre.ATOMIC_GROUP:
            reach = _ahead(list(av))
        elif op is sre.BRANCH:
            reaches = [_ahead(list(b)) for b in av[1]]
            reach = None if None in reaches else max(reaches, default=0)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            reach = _ahead(list(av[2]))
        elif op in (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN):
            reach = 0
        else:
            return None  # a back reference, a conditional: unknown
        if reach is None:
            return None
        most = max(most, reach)
    return most


def _consumed(items: list, chars: frozenset[str], flags: int) -> set[str]:
    """Which of `chars` some match may contain (conservative: all of them when unsure); one walk."""
    found: set[str] = set()
    for op, av in items:
        rest = chars - found
        if not rest:
            break
        if op is sre.LITERAL:
            found |= {c for c in rest if ord(c) == av}
        elif op is sre.NOT_LITERAL:
            found |= {c for c in rest if ord(c) != av}
        elif op is sre.ANY:
            found |= {c for c in rest if c != "\n" or flags & re.DOTALL}
        elif op is sre.IN:
            found |= {c for c in rest if _in_class(av, c)}
        elif op is sre.SUBPATTERN:
            found |= _consumed(list(av[3]), rest, flags | av[1])
        elif op is sre.ATOMIC_GROUP:
            found |= _consumed(list(av), rest, flags)
        elif op is sre.BRANCH:
            for branch in av[1]:
                found |= _consumed(list(branch), chars - found, flags)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            if av[1] > 0:
                found |= _consumed(list(av[2]), rest, flags)
        elif op not in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # those look, consume nothing
            found |= rest
    return found


_CATEGORIES = {
    sre.CATEGORY_DIGIT: str.isdecimal,
    sre.CATEGORY_NOT_DIGIT: lambda c: not c.isdecimal(),
    sre.CATEGORY_SPACE: str.isspace,
    sre.CATEGORY_NOT_SPACE: lambda c: not c.isspace(),
    sre.CATEGORY_WORD: lambda c: c.isalnum() or c == "_",
    sre.CATEGORY_NOT_WORD: lambda c: not (c.isalnum() or c == "_"),
}


def _in_class(items, ch: str) -> bool:
    """Whether a character class ([...], \\w, \\s) holds ch; the barrier candidates have no other case."""
    negate = False
    found = False
    for op, av in items:
        if op is sre.NEGATE:
            negate = True
        elif op is sre.LITERAL:
            found = found or av == ord(ch)
        elif op is sre.RANGE:
            found = found or av[0] <= ord(ch) <= av[1]
        elif op is sre.CATEGORY:
            test = _CATEGORIES.get(av)
            found = found or (test(ch) if test else True)
        else:
            return True  # unknown: it may
    return found != negate


def caseless(pattern: re.Pattern) -> bool:
    """Whether the pattern ignores case anywhere (re.I, or (?i:...) inside)."""
    return _caseless_pattern(pattern.pattern, pattern.flags)


@_recorded
def _caseless_pattern(pattern: str, flags: int) -> bool:
    return _caseless(_parsed(pattern, flags), flags)


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
