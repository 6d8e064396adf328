"""A workgroup named by its topic in the writer's language ("la mesa sobre vivienda", "воркшоп про житло").

The config titles its workgroups in German ("Wohnen und Nachbarschaft"); writers name them by
their topic in their own words. The glossary (vocab/topics.toml) lists topic concepts with their
words per language. Once per config, each concept's German (and English loanword) entries are
matched against every workgroup's title and alias words: that gives the concept's workgroups.

A topic phrase names a workgroup only when all of this holds (else nothing is read, and the
evidence inventory sends the group noun to review as before):
- it follows a group noun (after "über/on/sobre/про/despre/për/حول …", a colon, in parentheses,
  or right after it: "فروم محله"), or "interested in" / "me interesa" …;
- every word of it is a topic word, a joining word ("and", "of", "the") or a word that carries
  no topic ("the topic of", "possibilities"), up to the end of its clause or a word that starts
  something else ("because", "I", "please"); any other word in it sends it back to review;
- its concepts point to one workgroup: one workgroup only is pointed to by all of them, and one
  concept points to it alone (a `weak` concept, such as "association" or "migration", and a
  concept of the event's own name never name one alone);
- no other topic word in its clause, or after it in its sentence, points only to other
  workgroups, unless another mention reads that word ("…; otherwise the one on youth").
docs/parsing.md, "Topics in the writer's language".
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .evidence import _OURS_BEFORE_RE, _in_event_name
from .gates import gated
from .glossary import KIND_ORDER, TOKEN_RE, glossary, lexicon, marked_key, topic_key
from .lexicon import GROUP_NOUN
from .people import fold

_GROUP_NOUN_RE = gated(re.compile(rf"(?<![\w-]){GROUP_NOUN}(?![\w])", re.I))
_NOUN_WORD_RE = re.compile(GROUP_NOUN, re.I)  # one word of a group noun ("робочої", "групи")
_PLURAL_NOUN_RE = re.compile(r"(?:gruppen|groups|workshops|foren|forums|ags|gruppi|grupos|groupes|ateliers|tables|"
                             r"mesas|группы|групи|gruplar\w*)$", re.I)
# "interested in", "me interesa", "цікавить", "مهتم": a pre-check before the text is cut into words
_INTEREST_GATE = gated(re.compile(r"interes|interés|intéress|zainteres|цікав|интерес|مهتم|نهتم|أهتم|علاق|quan tâm|"
                                  r"ενδιαφ|zanima|занима|geïnteress|geinteress", re.I))
_CLAUSE_END = re.compile(r"[.!?;\n]")
_WINDOW = 240  # characters after a group noun in which its topic phrase must end
_MAX_RUN = 30  # words of a topic phrase at most
_NUMBER_AFTER_RE = re.compile(r"[^\S\n]*[:.(–-]?[^\S\n]*\d")
_MAX_STARTS = 100  # group nouns read for a topic per text: nobody names a workgroup 100 times; a hostile mail may
_PRONOUN_REACH = 300  # characters after a group noun in which "the one on …" stands for it
# the config words a concept is looked for in: German titles and aliases, and their English loanwords
_CONFIG_LANGUAGES = ("de", "en")


def concept_targets(workgroups, event_words: frozenset[str]) -> dict[str, frozenset[str]]:
    """{concept: the ids of the workgroups whose title or aliases carry it}, from the German and
    English entries. A title word that is part of the event's name says nothing ("Stadtteil" in a
    "Stadtteilforum"); aliases always count."""
    phrases: list[tuple[tuple[str, ...], str]] = []
    for wg in workgroups:
        title = [t for t in TOKEN_RE.findall(wg.title)
                 if not any(e.startswith(fold(t)) for e in event_words if len(fold(t)) >= 4)]
        phrases.append((tuple(topic_key(t) for t in title), wg.id))
        phrases += [(tuple(topic_key(t) for t in TOKEN_RE.findall(alias)), wg.id) for alias in wg.aliases]
    out: dict[str, set[str]] = {name: set() for name in glossary().concepts}
    for entry in glossary().entries:
        if entry.kind != "concept" or entry.language not in _CONFIG_LANGUAGES:
            continue
        n = len(entry.specs)
        for words, wg_id in phrases:
            if any(all(s.fits(w) for s, w in zip(entry.specs, words[i : i + n])) for i in range(len(words) - n + 1)):
                out[entry.concept].add(wg_id)
    return {name: frozenset(ids) for name, ids in out.items()}


def event_concepts(event_words: frozenset[str]) -> frozenset[str]:
    """The concepts the event's name or venue carries (German and English entries)."""
    out = set()
    for entry in glossary().entries:
        if entry.kind == "concept" and entry.language in _CONFIG_LANGUAGES and len(entry.specs) == 1:
            if any(entry.specs[0].fits(topic_key(w)) for w in event_words):
                out.add(entry.concept)
    return frozenset(out)


@dataclass(frozen=True)
class Phrase:
    start: int
    end: int
    concepts: frozenset[str]


class TopicReader:
    """Topic phrases for one event's workgroups (built once per config, inside choices.Matcher)."""

    def __init__(self, workgroups, event_words: frozenset[str]):
        self.targets = concept_targets(workgroups, event_words)
        # the event's own theme ("Ehrenamtswerkstatt", "Stadtteilforum", "Fachtag Teilhabe") tells no
        # workgroup apart: such a concept only confirms another one, as a weak concept does
        self.weak = glossary().weak | event_concepts(event_words)
        self.event_words = event_words

    def mentions(self, text: str, explained: list[tuple[int, int]] = ()) -> list[tuple[int, int, str | None]]:
        """(start, end, workgroup id) of each topic phrase that names exactly one workgroup; the id is
        None for a phrase read whole whose topics the config knows but that names no one workgroup
        ("el taller sobre juventud y salud": two), so that no single word of it is taken alone.
        `explained`: the spans of the other mentions the matcher found ("otherwise the education one")."""
        if not any(self.targets.values()):
            return []
        out = []
        starts = []
        if _GROUP_NOUN_RE.search(text):
            for m in _GROUP_NOUN_RE.finditer(text):
                if _PLURAL_NOUN_RE.search(m.group(0)) or _OURS_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()):
                    continue  # "the workshops on …", "our youth group": not one of the event's workgroups
                if _in_event_name(text, m.end(), m.group(0), self.event_words):
                    continue
                starts.append((m.start(), m.end()))
            starts += stand_in_spans(text, [after for _start, after in starts[:_MAX_STARTS]])
        elif _INTEREST_GATE.search(text):
            starts += stand_in_spans(text)
        phrases = [p for p in (read_phrase(text, start, after) for start, after in starts[:_MAX_STARTS]) if p]
        named = [(p, self._one_workgroup(p)) for p in phrases]
        spans = [(p.start, p.end) for p, wg_id in named if wg_id] + list(explained)
        for phrase, wg_id in named:
            if wg_id is None and any(self.targets.get(c) for c in phrase.concepts):
                out.append((phrase.start, phrase.end, None))
            elif wg_id and self._alone_in_its_sentence(text, phrase, wg_id, spans):
                out.append((phrase.start, phrase.end, wg_id))
        return out

    def _one_workgroup(self, phrase: Phrase) -> str | None:
        """The one workgroup every concept of the phrase points to, else None."""
        if not phrase.concepts - self.weak:
            return None  # "the forum on migration": a weak concept never names one alone
        sets = [self.targets.get(c, frozenset()) for c in phrase.concepts]
        common = frozenset.intersection(*sets)
        if len(common) != 1:
            return None  # no workgroup, or several ("youth and health": two)
        # "recognition of diplomas and access to work": work is also another workgroup's, but the
        # diplomas are this one's alone; some concept must name it and nothing else
        if not any(t == common for c, t in zip(phrase.concepts, sets) if c not in self.weak):
            return None
        return next(iter(common))

    def _alone_in_its_sentence(self, text: str, phrase: Phrase, wg_id: str, named: list[tuple[int, int]]) -> bool:
        """No topic word around the phrase points to other workgroups only ("the table on housing,
        although our focus is the children"), unless it stands in another mention that names a
        workgroup itself ("… housing; if it is full, the table on work"). Topics of no workgroup
        ("… because our members are elderly") name none and change nothing."""
        for start, concepts in _sentence_concepts(text, phrase):
            if any(s <= start < e for s, e in named):
                continue
            for concept in concepts:
                targets = self.targets.get(concept, frozenset())
                if targets and wg_id not in targets:
                    return False
        return True


def stand_in_spans(text: str, noun_ends: list[int] = ()) -> list[tuple[int, int]]:
    """(start, end) of each word that stands for a group noun before a topic: "interested in", "me
    interesa", "цікавить", "مهتم" anywhere; "the one on", "celle sur", "la de" in the few hundred
    characters after a group noun, which it stands for ("…, sinon celle sur l'emploi")."""
    windows = [(end, end + _PRONOUN_REACH, True) for end in noun_ends]
    windows += [(max(0, m.start() - 30), m.end() + 60, False) for m in _INTEREST_GATE.finditer(text)]
    singles, pairs = _stand_in_starts()
    lex = lexicon()
    out: dict[tuple[int, int], None] = {}
    for start, end, pronouns in _merged(windows):
        found = list(TOKEN_RE.finditer(text, start, min(end, len(text))))
        tokens = [m.group(0) for m in found]
        keys = [marked_key(t) for t in tokens]
        for i, key in enumerate(keys):
            if key not in singles and (i + 1 == len(keys) or (key, keys[i + 1]) not in pairs):
                continue  # (most words: a set lookup or two; "la", "die" alone start nothing)
            n, hits = lex.at(tokens, i)
            if n and any(e.kind == "interested" or (pronouns and e.kind == "pronoun") for e in hits):
                out[(found[i].start(), found[i + n - 1].end())] = None
    return list(out)


def _merged(windows: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """Overlapping windows as one (a pronoun may stand in one where any of them allows it)."""
    out: list[tuple[int, int, bool]] = []
    for start, end, pronouns in sorted(windows):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]), pronouns or out[-1][2])
        else:
            out.append((start, end, pronouns))
    return out


@functools.cache
def _stand_in_starts() -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """The "interested in" and "the one on" entries (all written whole): the one-word ones, and the
    first two words of the others."""
    found = [e.specs for e in glossary().entries if e.kind in ("interested", "pronoun")]
    return (frozenset(s[0].text for s in found if len(s) == 1),
            frozenset((s[0].text, s[1].text) for s in found if len(s) > 1))


def read_phrase(text: str, start: int, after: int) -> Phrase | None:
    """The topic phrase after a group noun (or "interested in") that ends at `after`: its span from
    `start` and its concepts, or None when it holds a word that is neither topic, joining word nor
    neutral, or holds no topic."""
    if _NUMBER_AFTER_RE.match(text, after):
        return None  # "AG 2", "Workshop: 3": a number, read by the number rules (no window cut)
    lex = lexicon()
    window = text[after : after + _WINDOW]
    found = list(TOKEN_RE.finditer(window))
    tokens = [m.group(0) for m in found]
    head, paren, concepts, end, prev, run = True, False, set(), None, 0, 0
    i = 0
    while i < len(tokens):
        m = found[i]
        gap = window[prev : m.start()]
        if head:
            if _CLAUSE_END.search(gap) or "," in gap or ")" in gap:
                return None
            paren = paren or "(" in gap
        elif _CLAUSE_END.search(gap) or ")" in gap or ":" in gap:
            break
        elif "," in gap and not paren and not _continues(lex, tokens, i):
            break  # "the table on housing, because …"; a list goes on: "on housing, rent and the neighbourhood"
        token = tokens[i]
        if any(ch.isdigit() for ch in token):
            return None  # "the workshop on housing 3": a number next to it; read by the number rules
        if _NOUN_WORD_RE.fullmatch(token):
            if not head:
                break  # the next group noun: a mention of its own
            prev, i = m.end(), i + 1
            continue
        n, hits = lex.at(tokens, i)
        kind = min((KIND_ORDER[e.kind] for e in hits), default=None)
        if kind is None or kind >= KIND_ORDER["interested"]:
            if head or kind is None:
                return None  # a word the glossary does not know: it could change the choice
            break  # "because", "I", "please": the phrase is over
        if kind == KIND_ORDER["concept"]:
            concepts |= {e.concept for e in hits if e.kind == "concept"}
        if kind <= KIND_ORDER["neutral"]:
            head = False
            end = found[i + n - 1].end()
        run += n
        if run > _MAX_RUN:
            return None
        prev, i = found[i + n - 1].end(), i + n
    else:
        if not head and after + _WINDOW < len(text):
            return None  # the window ended inside the phrase
    if head or not concepts or end is None:
        return None
    return Phrase(start, after + end, frozenset(concepts))


def _continues(lex, tokens: list[str], i: int) -> bool:
    """Does a topic list go on at tokens[i], after a comma (a topic, neutral, joining or about word)?"""
    n, hits = lex.at(tokens, i)
    return bool(n) and min(KIND_ORDER[e.kind] for e in hits) <= KIND_ORDER["join"]


def _sentence_concepts(text: str, phrase: Phrase) -> list[tuple[int, set[str]]]:
    """The concepts of the topic words around the phrase: in its own clause before it, and in the rest
    of its sentence after it ("the table on housing, although our focus is on children"). An
    earlier clause is left out: it names what it names itself ("workshop E on youth …, and if it
    is full the workshop on health")."""
    left = max([text.rfind(ch, max(0, phrase.start - 400), phrase.start) for ch in ".!?\n,;:،"]
               + [max(0, phrase.start - 400) - 1]) + 1
    ends = [i for i in (text.find(ch, phrase.end, phrase.end + 400) for ch in ".!?\n") if i >= 0]
    right = min(ends) if ends else min(len(text), phrase.end + 400)
    lex = lexicon()
    out: list[tuple[int, set[str]]] = []  # (where, the concepts of the topic word there)
    for part_start, part_end in ((left, phrase.start), (phrase.end, right)):
        found = list(TOKEN_RE.finditer(text, part_start, part_end))
        tokens = [m.group(0) for m in found]
        i = 0
        while i < len(tokens):
            n, hits = lex.at(tokens, i)
            if n and min(KIND_ORDER[e.kind] for e in hits) == 0:
                out.append((found[i].start(), {e.concept for e in hits if e.kind == "concept"}))
            i += max(n, 1)
    return out


def phrases(text: str) -> list[Phrase]:
    """Every topic phrase read whole after a group noun, "interested in" or "the one on", whatever
    the event (the glossary's own reading, for its tests)."""
    starts = [(m.start(), m.end()) for m in _GROUP_NOUN_RE.finditer(text)]
    starts += stand_in_spans(text, [after for _start, after in starts])
    return [p for p in (read_phrase(text, start, after) for start, after in starts) if p]
