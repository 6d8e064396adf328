"""The per-language vocabulary files (vocab/*.toml), read once; see vocab/README.md.

Both the reader (lexicon: number and ordinal words, group nouns, person words) and the
evidence inventory take their words from here, so a language added as a file is read and
checked the same way.
"""

from __future__ import annotations

import collections
import functools
import re
import tomllib
import unicodedata
from pathlib import Path

from .scan import MARK_LETTERS, canonical_indic, longest_first, mark_letters

VOCAB_DIR = Path(__file__).with_name("vocab")
TOPICS_FILE = VOCAB_DIR / "topics.toml"  # the topic glossary (parsing/topics.py), not a language file

# Words that are "one" and also an article or a pronoun: a number for the reader ("mit einer
# Kollegin"), but never a count of persons on their own.
ARTICLE_NUMBERS = frozenset("ein eine einer un une uno una uma um one bir jeden jedna один одна одно واحد یک een një nje "
                            "ایک یو یوه አንድ ሓደ vienas viena एक এক එක isang".split()) | {mark_letters("ਇੱਕ")}
# (Tagalog isang, Hindi एक, Bengali এক, Sinhala එක, Punjabi ਇੱਕ (its addak a mark written as a letter), Urdu ایک, Pashto یو, یوه, Amharic አንድ, Tigrinya ሓደ: also "a"; Lithuanian vienas, viena: also "alone")
# Words that are a number in one language and an everyday word in another ("dort" is Turkish 4
# without its dots and German "there"; "um" Portuguese 1 and German "around"; "moja" Swahili 1
# and Polish "my"; "pet" Croatian 5; Kurdish "sê" bare is "se"): never a number. Compared bare
# (lower case, marks dropped), as the evidence scan reads the text.
FALSE_FRIENDS = frozenset(
    "dort um moja hai pet due sei sept alti otto bes ba dy tu mei kow shan lix tano sita on second se car ses mot bon "
    "nam sau kater pese du "
    # the Nordic, Hungarian and Catalan number words that are everyday words elsewhere ("to", "en", "set", "hat")
    "to en et ett ni ti fire sex set hat egy ot het sis nou deu "
    # Tagalog and Indonesian 5, Tagalog 7: Spanish and Portuguese "lima" (file, lime), Spanish "pito" (whistle);
    # Indonesian 2, Albanian "dua" (I want: "unë dua të regjistrohem")
    "lima pito dua "
    # Persian 10, the Pashto "is" ("دا ممکنه ده"); Amharic 7, the Tigrinya "persons" ("ክልተ ሰባት"); Slovak 5
    # ("päť") without marks, English "pat" and a name
    "ده ሰባት pat".split()
)
AMBIGUOUS_NUMBERS = ARTICLE_NUMBERS | FALSE_FRIENDS


@functools.cache
def vocabulary() -> dict[str, dict]:
    """{language: its file's table} (Tamil vowel marks written as letters, as the reader reads the text)."""
    out = {}
    for path in sorted(VOCAB_DIR.glob("*.toml")):
        if path == TOPICS_FILE:
            continue  # the topic glossary, not a language (parsing/topics.py)
        with path.open("rb") as f:
            out[path.stem] = _with_mark_letters(tomllib.load(f))
    return out


def _with_mark_letters(value):
    """Every string of a file's table through scan.mark_letters (keys of dicts too), Indic words NFC first."""
    if isinstance(value, str):
        return mark_letters(canonical_indic(value))
    if isinstance(value, list):
        return [_with_mark_letters(v) for v in value]
    if isinstance(value, dict):
        return {mark_letters(canonical_indic(k)): _with_mark_letters(v) for k, v in value.items()}
    return value


@functools.cache
def _tables() -> dict[str, dict]:
    """The files' tables as the reader uses them: each entry also with the language's proclitics.

    Arabic writes "and" and "so" onto the next word ("وزوجتي", and my wife): a file's
    `proclitics` list makes every plain entry of that file match with each of them in front too,
    so the files list each word once. "re:" entries and entries open at the start are left as
    they are (they say their own beginnings).
    """
    out = {}
    for lang, table in vocabulary().items():
        clitics = [c for c in table.get("proclitics", []) if isinstance(c, str) and c]
        if not clitics:
            out[lang] = table
            continue
        grown: dict = {}
        for concept, value in table.items():
            if concept in ("covered", "proclitics"):
                grown[concept] = value
            elif isinstance(value, dict) and concept in ("cardinals", "ordinals"):
                grown[concept] = {**value, **{c + k: v for k, v in value.items() for c in clitics}}
            elif isinstance(value, list):
                grown[concept] = value + [c + w for w in value for c in clitics
                                          if isinstance(w, str) and w and not w.startswith(("re:", "*"))]
            else:
                grown[concept] = value
        out[lang] = grown
    return out


def covered_languages() -> frozenset[str]:
    """Languages whose file says the reader and the inventory know them well enough to act."""
    return frozenset(lang for lang, table in vocabulary().items() if table.get("covered"))


def words(concept: str) -> list[str]:
    """Every language's words for one concept, longest first (dict concepts: their keys and values)."""
    out: list[str] = []
    for table in _tables().values():
        value = table.get(concept, [])
        if isinstance(value, dict):
            for key, item in value.items():
                if concept in ("cardinals", "ordinals"):
                    out.append(key)
                elif isinstance(item, list):
                    out.extend(item)
        else:
            out.extend(value)
    return longest_first({w.lower() for w in out if isinstance(w, str) and w.strip()})


# the English month names the vocabulary's English stems ("may", "mar", "dec") abbreviate
ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                  "november", "december")


@functools.cache
def english_month_stems() -> frozenset[str]:
    return frozenset(bare(w) for w in vocabulary().get("en", {}).get("months", []))


def month_word(word: str) -> bool:
    """Is a word that starts with a month stem a month? An English stem only with the letters of its month's
    name ("Mar", "March", "Sept"; not "maybe", "decided", "separate"); another language's with any ending
    (the files list stems: "lip" of Polish "lipca")."""
    word = bare(word)
    stems = [m for m in month_stems() if word.startswith(m)]
    return any(m not in english_month_stems() or any(full.startswith(word) for full in ENGLISH_MONTHS)
               for m in stems)


@functools.cache
def month_stems() -> tuple[str, ...]:
    """The month words of every file without their marks, three letters or more, longest first (the files
    list stems: "feb", "märz", Croatian "trav" of travanj)."""
    return tuple(longest_first({bare(m) for m in words("months") if len(m) >= 3}))


def numbers(concept: str) -> dict[str, int]:
    """{word: value} of `cardinals` or `ordinals` over all languages, ambiguous words left out."""
    out: dict[str, int] = {}
    for table in _tables().values():
        for word, value in table.get(concept, {}).items():
            if _bare_word(word) not in FALSE_FRIENDS:
                out.setdefault(word.lower(), value)
    return out


@functools.cache
def ordinal_endings() -> dict[str, frozenset[str]]:
    """{bare ordinal stem: the endings its word may have}, for the stems of files that list
    `ordinal_endings`; a stem that another file lists without endings is left out (any ending)."""
    out: dict[str, set[str]] = {}
    free: set[str] = set()
    for table in _tables().values():
        stems = [bare(w) for w in table.get("ordinals", {})]
        endings = table.get("ordinal_endings")
        if endings is None:
            free.update(stems)
            continue
        for stem in stems:
            # (as bare() reads them for the evidence, and as typed for the patterns on lowered text:
            # Ukrainian "першої" ends in "ої", bare "оі")
            out.setdefault(stem, set()).update(f for e in endings for f in {bare(e), e.lower()})
    return {stem: frozenset(e) for stem, e in out.items() if stem not in free}


def entries(concept: str) -> list[tuple[str, str]]:
    """(language, entry) for every entry of a list concept, in file order."""
    return [(lang, entry) for lang, table in _tables().items() for entry in table.get(concept, [])]


def entry_regex(entry: str) -> str:
    """One sentence-concept entry as a regex (see vocab/README.md, "Sentence words").

    "anmelden" is the whole word; a "*" at an end lets word letters continue there
    ("absag*" is absage, absagen …; "*teilnehmen" also mitteilnehmen); a space is one space
    (sentences are joined with one, and a literal phrase keeps the gates' words whole);
    "re:" starts a regular expression, for the few entries a word list cannot say.
    """
    return "".join(_entry_parts(entry))


def _entry_parts(entry: str) -> tuple[str, str, str]:
    """(what comes before, the words, what comes after) of an entry's regex; a "re:" entry is all words."""
    if entry.startswith("re:"):
        return "", entry[3:], ""
    open_start, open_end = entry.startswith("*"), entry.endswith("*")
    core = entry.strip("*")
    body = re.escape(core).replace(r"\ ", " ")
    start = "" if open_start or not _is_word_char(core[0]) else r"\b"
    end = r"\w*" if open_end else (r"\b" if _is_word_char(core[-1]) else "")
    return start, body, end


def concept_regex(concept: str, unmarked: bool = False) -> str:
    """Every language's entries of a sentence concept as one alternation (lower case).

    Entries with the same edges share them ("\\b(?:ich|wir|jeg)\\b"): with its own edge in every
    branch the matcher cannot skip ahead on first letters and runs five to ten times slower.
    unmarked: each entry also as it is typed without its marks ("ignorējiet" as "ignorejiet"),
    for text matched as a whole against bare() spellings it cannot fold itself.
    """
    found = [entry for _lang, entry in entries(concept)]
    if unmarked:
        found += [bare(entry) for entry in found if not entry.startswith("re:")]
    # Arabic is typed with or without the hamza on a word's first alef ("اريد اسجل" for "أريد أسجل"): both
    # spellings (not inside a word: "سأل", asked, without it is the Persian "سال", year)
    found += [v for e in found if not e.startswith("re:") and _HAMZA_ALEF & set(e)
              and (v := _HAMZA_START_RE.sub("ا", e)) != e and sum(ch.isalpha() for ch in v) >= 4
              and not _ARTICLE_START_RE.search(v)]
    groups: dict[tuple[str, str], list[str]] = {}
    expressions: list[str] = []
    for entry in dict.fromkeys(found):
        start, body, end = _entry_parts(entry)
        if entry.startswith("re:"):
            expressions.append(body)
        else:
            groups.setdefault((start, end), []).append(body)
    grouped = [f"{start}(?:{'|'.join(dict.fromkeys(bodies))}){end}" for (start, end), bodies in groups.items()]
    return "|".join(grouped + expressions)


_HAMZA_ALEF = frozenset("أإآٱ")
_HAMZA_START_RE = re.compile(r"(?<![^\W\d_])[أإآٱ]")
# (a variant that starts like the article is another word: "ألغي" without its hamza is "ال" + "غي…", "الغير")
_ARTICLE_START_RE = re.compile(r"(?<![^\W\d_*])ال")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def alternation(items: list[str]) -> str:
    """A regex alternation of literal words; a space in a phrase matches any run of spaces."""
    return "|".join(alternatives(items))


def alternatives(items: list[str]) -> list[str]:
    """The branches of `alternation(items)`, one regex per word."""
    return [re.escape(w.strip()).replace(r"\ ", r"\s+") for w in items if w.strip()]


def bare(text: str) -> str:
    """Lower case without marks, one character for one: positions in the result are positions in `text`."""
    # the parser asks for the same text several times per mail (party, evidence, dates: 9 calls,
    # 4 distinct texts on a 40-line mail): the last few answers for longer texts are kept (words and
    # sentences, asked once each, would only push them out)
    if len(text) < 200:
        return _bare(text)
    found = _BARED.get(text)
    if found is None:
        if len(_BARED) >= 16 or _BARED_CHARS[0] > 1_000_000:
            _BARED.clear()
            _BARED_CHARS[0] = 0
        _BARED_CHARS[0] += len(text)
        found = _BARED[text] = _bare(text)
    return found


_BARED: dict[str, str] = {}
_BARED_CHARS = [0]


def _bare(text: str) -> str:
    # str.translate looks each character up in the dict when the text is not ASCII: 2.4 ms for a
    # 1,000-line German mail, asked several times per mail (issue #15). The same mapping, faster:
    # Latin-1 characters (ASCII, German, French, Spanish …) through a byte table in one C pass,
    # the runs of other characters ("„", "€", a Cyrillic word) through the dict.
    try:
        return text.encode("latin-1").translate(_LATIN1_BARE).decode("latin-1")
    except UnicodeEncodeError:
        pass
    parts = _WIDE_RUN_RE.split(text)  # Latin-1 pieces at even places, the runs between them at odd
    parts[0::2] = [p.encode("latin-1").translate(_LATIN1_BARE).decode("latin-1") for p in parts[0::2]]
    parts[1::2] = [p.translate(_BARE) for p in parts[1::2]]
    return "".join(parts)


class _BareTable(dict):
    """str.translate table filled on first sight of each character (C-speed lookups after that)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        low = ch.lower()
        if ch == "İ":
            out = "i"  # Turkish capital dotted i ("İki", "İlk"); its lower() is two characters
        elif ch in MARK_LETTERS:
            out = MARK_LETTERS[ch]  # a Tamil vowel mark: the letter of its vowel (scan.MARK_LETTERS)
        elif len(low) != 1:
            out = ch  # keep the length
        elif low == "ı":
            out = "i"
        else:
            # only marks are dropped: a Hangul syllable decomposes into letters (jamo), and keeping
            # only its first would make "사람" (persons) and "살" (years of age) one word
            parts = unicodedata.normalize("NFD", low)
            base = parts[0]
            marks_only = all(unicodedata.combining(c) for c in parts[1:])
            out = base if marks_only and (base.isalpha() or base.isdigit()) else low
        self[code] = out
        return out


_BARE = _BareTable()
_WIDE_RUN_RE = re.compile(r"([^\x00-\xff]+)")


def _latin1_table() -> bytes:
    """bare() of each Latin-1 character as one byte (each is one Latin-1 character: checked here)."""
    out = "".join(_BARE[code] for code in range(256))
    if len(out) != 256 or not all(ord(c) < 256 for c in out):
        raise AssertionError("bare() of a Latin-1 character is not one Latin-1 character")
    return out.encode("latin-1")


_LATIN1_BARE = _latin1_table()


def _bare_word(word: str) -> str:
    return bare(word)


def script(text: str) -> str | None:
    """The script most letters of the text are written in ('LATIN', 'ARABIC', 'CYRILLIC' …)."""
    head = text[:2000]
    if head.isascii():  # every ASCII letter is LATIN
        return "LATIN" if any(ch.isalpha() for ch in head) else None
    counts: dict[str, int] = {}
    # each distinct character once, in order of first occurrence: a script's first letter decides
    # its place among equal counts, as when counting letter by letter
    for ch, n in collections.Counter(head).items():
        key = _script_of_char(ch)
        if key:
            counts[key] = counts.get(key, 0) + n
    return max(counts, key=counts.get) if counts else None


_INDIC_MARK_VALUES = frozenset(letter for letter in MARK_LETTERS.values() if letter >= "\U00010a00")


@functools.lru_cache(maxsize=8192)
def _script_of_char(ch: str) -> str:
    """The first word of a letter's Unicode name ('LATIN', 'ARABIC' …); '' for anything else."""
    if not ch.isalpha() or ch in _INDIC_MARK_VALUES:
        return ""  # (a Devanagari, Bengali or Gurmukhi mark written as a letter: scan.MARK_LETTERS)
    name = unicodedata.name(ch, "")
    return name.split()[0] if name else ""


@functools.cache
def _scripts_of(language: str) -> frozenset[str]:
    table = vocabulary().get(language, {})
    found = set()
    for concept, value in table.items():
        items = value.items() if isinstance(value, dict) else [(w, None) for w in value] if isinstance(value, list) else []
        for word, extra in items:
            for w in [word, *(extra if isinstance(extra, list) else [])]:
                if isinstance(w, str) and (s := script(w)):
                    found.add(s)
    return frozenset(found)


@functools.cache
def latin_share(language: str) -> float:
    """The share of the language's vocabulary written in Latin letters (Arabic: a few Arabizi words)."""
    table = vocabulary().get(language, {})
    counts: collections.Counter[str] = collections.Counter()
    for value in table.values():
        for word in value if isinstance(value, (list, dict)) else []:
            if isinstance(word, str) and not word.startswith("re:") and (s := script(word)):
                counts[s] += 1
    return counts["LATIN"] / sum(counts.values()) if counts else 0.0


def covers(language: str | None, text: str) -> bool:
    """Does mailbot's vocabulary know this language *in the script the text is written in*?

    "ku" holds Kurmanji in Latin letters and Sorani in Arabic letters (detected as "ku" too); a language
    whose file has words in one script only is not covered in another.
    """
    if not language or language not in covered_languages():
        return False
    written = script(text)
    return written is None or written in _scripts_of(language)
