"""The topic glossary (vocab/topics.toml): topic concepts and the words around them, per language.

Read once; a text word is looked up in it by its first letters and kept per word, so a lookup costs
a dictionary access (see vocab/topics.toml for the entry syntax, parsing/topics.py for the reader).
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from dataclasses import dataclass

from .vocabulary import TOPICS_FILE, entries

# a word with its apostrophes, but an elided article or preposition is a word of its own ("l'éducation",
# "sull'integrazione")
TOKEN_RE = re.compile(r"(?<!\w)(?:[^\W\d_]{1,2}|all|dell|dall|nell|sull|quell|quest)['’](?=\w)|\w+(?:['’]\w+)*", re.I)
# Arabic writes "and", "with", "for", "the" onto the word ("بالتمويل", with the funding)
_ARABIC_CLITICS = ("وبال", "فبال", "وال", "بال", "فال", "كال", "کال", "لل", "ال", "و", "ب", "ل", "ف")
_ARABIC_RE = re.compile(r"[\u0600-\u06ff]")
KIND_ORDER = {"concept": 0, "neutral": 1, "about": 2, "join": 3, "interested": 4, "pronoun": 5, "stop": 6}
# the vocabulary files' sentence concepts whose words start something else than a topic
_STOP_CONCEPTS = ("first_person", "register", "attend", "request", "with_words", "but", "condition", "negation",
                  "wish", "come", "now")


_KEY_MAP = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "’": "'", "ي": "ی", "ك": "ک", "ى": "ی", "\u0640": None})


@functools.lru_cache(maxsize=16384)
def marked_key(word: str) -> str:
    """A joining or stop word as written, lower case ("și" is Romanian "and", "si" French "if")."""
    return unicodedata.normalize("NFC", word.casefold()).translate(_KEY_MAP)


@functools.lru_cache(maxsize=16384)
def topic_key(word: str) -> str:
    """A word as the glossary compares it: lower case, marks dropped in every script ("Förder" →
    "forder", "образованиё" → "образование", "إدارة" → "ادارة"), Arabic and Persian letters as one."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_KEY_MAP)


@dataclass(frozen=True)
class Spec:
    """One word of an entry: its letters and how far it reaches (see topics.toml)."""

    text: str
    mode: str  # eq, prefix, suffix, contains
    marked: bool = False  # compared with its marks (the short words around a topic)

    def fits_word(self, keys: "Keys") -> bool:
        return any(self.fits(k) for k in (keys.marked if self.marked else keys.bare))

    def fits(self, token: str) -> bool:
        if self.mode == "eq":
            return token == self.text
        if self.mode == "prefix":
            return token.startswith(self.text)
        if self.mode == "suffix":
            return token.endswith(self.text)
        return self.text in token


@dataclass(frozen=True)
class Entry:
    specs: tuple[Spec, ...]
    kind: str  # concept, neutral, about, join, interested, stop
    concept: str = ""
    language: str = ""
    raw: str = ""


@dataclass(frozen=True)
class Keys:
    """A text word as the glossary compares it: without marks (and without Arabic clitics), and as written."""

    bare: tuple[str, ...]
    marked: tuple[str, ...]


def parse_entry(raw: str, marked: bool = False) -> tuple[Spec, ...]:
    """'urban develop*' → (urban =, develop prefix); '*förder*' → (forder, contains); "l'" → (l', =)."""
    key = marked_key if marked else topic_key
    specs: list[Spec] = []
    for part in raw.split():
        open_start, open_end = part.startswith("*"), part.endswith("*")
        core = part.strip("*")
        tokens = [core] if core.endswith(("'", "’")) else TOKEN_RE.findall(core)  # an elided article
        for k, token in enumerate(key(t) for t in tokens):
            first, last = k == 0, k == len(tokens) - 1
            start, end = open_start and first, open_end and last
            mode = "contains" if start and end else "suffix" if start else "prefix" if end else "eq"
            specs.append(Spec(token, mode, marked))
    return tuple(specs)


@dataclass(frozen=True)
class Glossary:
    concepts: dict[str, dict]  # name -> its table (language lists, `weak`)
    entries: tuple[Entry, ...]

    @property
    def weak(self) -> frozenset[str]:
        return frozenset(name for name, table in self.concepts.items() if table.get("weak"))


@functools.cache
def glossary() -> Glossary:
    """The glossary file, read once."""
    with TOPICS_FILE.open("rb") as f:
        data = tomllib.load(f)
    out: list[Entry] = []
    for name, table in data.get("concepts", {}).items():
        for lang, found in table.items():
            if isinstance(found, list):
                out += [Entry(parse_entry(raw), "concept", name, lang, raw) for raw in found]
    for lang, table in data.get("words", {}).items():
        for kind in ("about", "join", "neutral", "interested", "pronoun", "stop", "otherwise"):
            # (neutral words are content words, read without marks like the topics)
            out += [Entry(parse_entry(raw, marked=kind != "neutral"), "stop" if kind == "otherwise" else kind,
                          kind if kind == "otherwise" else "", lang, raw) for raw in table.get(kind, [])]
    # words that start something else, from the vocabulary files (the first word of each entry)
    for concept in _STOP_CONCEPTS:
        for lang, raw in entries(concept):
            if isinstance(raw, str) and raw and not raw.startswith("re:"):
                word = raw.lstrip("*").split()[0] if raw.lstrip("*").split() else ""
                if word:
                    out.append(Entry(parse_entry(word, marked=True), "stop", concept, lang, raw))
    return Glossary(data.get("concepts", {}), tuple(e for e in out if e.specs))


class _Lexicon:
    """The glossary's words, looked up one text word at a time (kept per word: texts repeat them)."""

    def __init__(self, found: tuple[Entry, ...]):
        self.index: dict[str, list[Entry]] = {}
        self.anywhere: list[Entry] = []  # entries whose first word is matched inside a word
        for entry in found:
            first = entry.specs[0]
            if first.mode in ("suffix", "contains"):
                self.anywhere.append(entry)
            else:
                self.index.setdefault(first.text[:3], []).append(entry)
        self._by_word: dict[str, tuple[Keys, list[Entry]]] = {}

    def word(self, token: str) -> tuple[Keys, list[Entry]]:
        """(the word's keys: without marks, as written, each also without Arabic clitics; the entries
        whose first word fits)."""
        found = self._by_word.get(token)
        if found is None:
            if len(self._by_word) >= 20_000:
                self._by_word.clear()
            keys = Keys(_variants(topic_key(token)), _variants(marked_key(token)))
            hits = []
            for key in dict.fromkeys(keys.bare + keys.marked):
                for prefix in {key[:3], key[:2], key[:1]}:
                    hits += [e for e in self.index.get(prefix, ()) if e.specs[0].fits_word(keys)]
            hits += [e for e in self.anywhere if e.specs[0].fits_word(keys)]
            found = self._by_word[token] = (keys, list(dict.fromkeys(hits)))
        return found

    def at(self, tokens: list[str], i: int) -> tuple[int, list[Entry]]:
        """The longest entries starting at tokens[i]: (number of words, the entries of that length)."""
        best_n, best = 0, []
        for entry in self.word(tokens[i])[1]:
            n = len(entry.specs)
            if n < best_n or i + n > len(tokens):
                continue
            if all(spec.fits_word(self.word(tokens[i + j])[0]) for j, spec in enumerate(entry.specs[1:], 1)):
                if n > best_n:
                    best_n, best = n, [entry]
                else:
                    best.append(entry)
        return best_n, best


def _variants(key: str) -> tuple[str, ...]:
    if not _ARABIC_RE.match(key):
        return (key,)
    out = [key] + [key[len(c):] for c in (topic_key(c) for c in _ARABIC_CLITICS) if key.startswith(c) and len(key) - len(c) >= 2]
    return tuple(dict.fromkeys(out))


@functools.cache
def lexicon() -> _Lexicon:
    return _Lexicon(glossary().entries)


def is_topic_word(word: str) -> bool:
    """A word the glossary knows as a topic ("quartier" is a neighbourhood, not the ordinal "quart")."""
    return any(e.kind == "concept" and len(e.specs) == 1 for e in lexicon().word(word)[1])
