"""The per-language vocabulary files (vocab/*.toml), read once; see vocab/README.md.

Both the reader (lexicon: number and ordinal words, group nouns, person words) and the
evidence inventory take their words from here, so a language added as a file is read and
checked the same way.
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from pathlib import Path

VOCAB_DIR = Path(__file__).with_name("vocab")

# Words that are "one" and also an article or a pronoun: a number for the reader ("mit einer
# Kollegin"), but never a count of persons on their own.
ARTICLE_NUMBERS = frozenset("ein eine einer un une uno una uma um one bir jeden jedna один одна одно واحد یک een një nje".split())
# Words that are a number in one language and an everyday word in another ("dort" is Turkish 4
# without its dots and German "there"; "um" Portuguese 1 and German "around"; "moja" Swahili 1
# and Polish "my"; "pet" Croatian 5; Kurdish "sê" bare is "se"): never a number. Compared bare
# (lower case, marks dropped), as the evidence scan reads the text.
FALSE_FRIENDS = frozenset(
    "dort um moja hai pet due sei sept alti otto bes ba dy tu mei kow shan lix tano sita on second se car ses mot bon "
    "nam sau kater pese du".split()
)
AMBIGUOUS_NUMBERS = ARTICLE_NUMBERS | FALSE_FRIENDS


@functools.cache
def vocabulary() -> dict[str, dict]:
    """{language: its file's table}."""
    out = {}
    for path in sorted(VOCAB_DIR.glob("*.toml")):
        with path.open("rb") as f:
            out[path.stem] = tomllib.load(f)
    return out


def covered_languages() -> frozenset[str]:
    """Languages whose file says the reader and the inventory know them well enough to act."""
    return frozenset(lang for lang, table in vocabulary().items() if table.get("covered"))


def words(concept: str) -> list[str]:
    """Every language's words for one concept, longest first (dict concepts: their keys and values)."""
    out: list[str] = []
    for table in vocabulary().values():
        value = table.get(concept, [])
        if isinstance(value, dict):
            for key, item in value.items():
                if concept in ("cardinals", "ordinals"):
                    out.append(key)
                elif isinstance(item, list):
                    out.extend(item)
        else:
            out.extend(value)
    return sorted({w.lower() for w in out if isinstance(w, str) and w.strip()}, key=len, reverse=True)


def numbers(concept: str) -> dict[str, int]:
    """{word: value} of `cardinals` or `ordinals` over all languages, ambiguous words left out."""
    out: dict[str, int] = {}
    for table in vocabulary().values():
        for word, value in table.get(concept, {}).items():
            if _bare_word(word) not in FALSE_FRIENDS:
                out.setdefault(word.lower(), value)
    return out


def alternation(items: list[str]) -> str:
    """A regex alternation of literal words; a space in a phrase matches any run of spaces."""
    return "|".join(re.escape(w.strip()).replace(r"\ ", r"\s+") for w in items if w.strip())


def bare(text: str) -> str:
    """Lower case without marks, one character for one: positions in the result are positions in `text`."""
    return text.translate(_BARE)


class _BareTable(dict):
    """str.translate table filled on first sight of each character (C-speed lookups after that)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        low = ch.lower()
        if len(low) != 1:
            out = ch  # "İ".lower() is two characters: keep the length
        elif low == "ı":
            out = "i"
        else:
            base = unicodedata.normalize("NFD", low)[0]
            out = base if base.isalpha() or base.isdigit() else low
        self[code] = out
        return out


_BARE = _BareTable()


def _bare_word(word: str) -> str:
    return bare(word)
