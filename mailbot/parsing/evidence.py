"""The evidence inventory: everything in the writer's own text that *could* matter, with no judgement.

The reader (choices, party, intent) decides what a mail means. This module lists, with high
recall, each token that could name a workgroup (a number 1-20 in any script, a Roman numeral,
an ordinal or position word, a letter that labels a workgroup, a group noun), each token that
could be a count of persons (number words, numbers next to nothing the reader understood) and
each cue of withdrawal or change. `unexplained()` returns the items the reader did not use: a
mail with such an item is not acted on automatically ("abstain first"), and the review reason
names the item. So a gap in the reader's vocabulary becomes a question to the coordinator, not
a wrong answer to a participant.

Words come from the per-language files in vocab/ (one concept per key), so adding a language
is adding a file; nothing here is about one event.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from itertools import accumulate

from .glossary import is_topic_word
from .lexicon import CARDINALS, GROUP_NOUN, HYPHEN_GROUP, ORDINALS, ordinal_value
from .party import PEOPLE as _PEOPLE
from .vocabulary import ENGLISH_MONTHS, english_month_stems, ordinal_endings, vocabulary, AMBIGUOUS_NUMBERS, alternation as _alternation, bare, concept_regex, words
from .gates import gated
from .lexicon import lower_pattern, lowered
from .scan import canonical_indic, mark_letters

@dataclass(frozen=True)
class Item:
    start: int
    end: int
    text: str
    concept: str  # number, roman, ordinal, position, letter, group_noun, number_word, withdraw, change


# a word with its apostrophes ("can't", "collega's"), but an elided article or pronoun is a word of its
# own ("l'ultima", "m'accompagnera", "d'annuler": the word after it is what the vocabulary lists)
# (letters only: "3'ten", "2'ye" are Turkish case endings on a digit, one word with it)
_TOKEN_RE = gated(re.compile(r"(?<!\w)[^\W\d_]{1,2}['’](?=\w)|\w+(?:['’]\w+)*"))
# the same tokens as the pieces at the odd places of a split (the pattern has no group of its own and
# never matches empty, so split finds exactly finditer's matches): _Words reads a text's words from
# them in C, without a match object per word (issue #15: a 1,000-line mail has 7,000 words)
_TOKEN_SPLIT_RE = re.compile(f"({_TOKEN_RE.pattern})")
_WORD_CHAR_RE = re.compile(r"\w")  # (what _TOKEN_RE's words are made of)
# the letters of Chinese, Japanese (kana) and Korean
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_CJK_CHAR_RE = re.compile(f"[{_CJK}]")
# concepts whose last word is a stem ("zurücknehm" finds "zurücknehmen"); the others match whole words
_STEMMED = frozenset({"ordinal", "position", "withdraw", "defer", "choice", "month", "unit"})
_VOCAB_CONCEPTS = {"persons_word": "persons", "number_word": "cardinals", "ordinal": "ordinals", "position": "positions", "withdraw": "withdraw",
                   "change": "change", "defer": "defer", "proxy": "proxy", "choice": "choice", "month": "months",
                   "unit": "units",
                   # companions in the languages whose companion words the party reading does not know yet
                   "companion": "with_companions"}


_NO_PHRASES: list = []  # shared by every word that begins no phrase (most): never changed


class _Scanner:
    """All of one concept's phrases in all languages, found in one pass over the text's words.

    Phrases are indexed by the first three letters of their first word; each word of the text
    looks up its own three letters, so the cost grows with the words of the text, not with the
    size of the vocabulary (a regex alternation of hundreds of words tries each at every position).
    """

    def __init__(self, phrases, stemmed: bool, keep_marks: bool = False, longest_ending: int | None = None,
                 endings: dict[str, frozenset[str]] | None = None):
        self.stemmed = stemmed
        # how many letters a stem's word may have after it, and for some stems which endings
        # (an ordinal: "dritte", "третьої"; not "Quartierskonferenz", "erst", "erstellt")
        self.longest_ending = longest_ending
        self.endings = endings or {}
        self._by_word: dict[str, list[tuple[str, ...]]] = {}  # see _phrases
        self.index: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            parts = tuple(_TOKEN_RE.findall(phrase.lower() if keep_marks else bare(phrase)))
            if parts:
                self.index.setdefault(parts[0][:3], []).append(parts)
        # a stem of one or two letters of the scripts that write words on each other ("취소" of
        # "취소합니다", "取消" of "取消报名") is looked up by those letters too; elsewhere such a
        # stem is read whole ("kr", "an": as stems they would find "krank", "and")
        self.short = frozenset(k for k in self.index if len(k) < 3 and re.match(f"[{_CJK}]", k))

    def find(self, tokens: list[tuple[int, int, str]], start_at: int = 0, only_first: bool = False):
        """(start, end) of each phrase found; with only_first, only a phrase at tokens[start_at]."""
        out = []
        stop = start_at + 1 if only_first else len(tokens)
        for i in range(start_at, min(stop, len(tokens))):
            for parts in self._phrases(tokens[i][2]):
                n = len(parts)
                if i + n > len(tokens):
                    continue
                if all(tokens[i + k][2] == parts[k] for k in range(n - 1)) and self._last(tokens[i + n - 1][2], parts[-1]):
                    out.append((tokens[i][0], tokens[i + n - 1][1]))
                    break
        return out

    def _phrases(self, word: str) -> list[tuple[str, ...]]:
        """The phrases that may start with this word (its first word equal, or the phrase's one word
        fitting it), in index order; kept per word, since a text repeats its words."""
        found = self._by_word.get(word)
        if found is None:
            if len(self._by_word) >= 5_000:  # bounded: a few MB over all scanners at most
                self._by_word.clear()
            keys = [word[:3]] + [word[:n] for n in (2, 1) if len(word) > n and word[:n] in self.short]
            found = self._by_word[word] = [
                parts for key in keys for parts in self.index.get(key, ())
                if (parts[0] == word if len(parts) > 1 else self._last(word, parts[0]))
            ] or _NO_PHRASES
        return found

    def may_occur(self, text: str) -> bool:
        """False when no phrase can be in text (no word of it starts with the three letters a phrase
        starts with): the text need not be cut into words for this scanner.

        A word (_TOKEN_RE) starts only where no word character stands before it, so a key found
        inside a word alone ("alt" of Turkish "altı" in "Veranstaltung", "Verwaltung") starts none:
        a German mail is then not cut into words a second time (issue #15)."""
        for key in self.index:
            at = text.find(key)
            while at >= 0:
                if at == 0 or not _WORD_CHAR_RE.match(text, at - 1):
                    return True
                at = text.find(key, at + 1)
        return False

    def find_all(self, wds: "_Words") -> list[tuple[int, int, int]]:
        """(token index, start, end) of each phrase in the text: `find(wds.tokens)`, but only the words
        whose first three letters begin a phrase are looked at (one set intersection, not a loop)."""
        out = []
        tokens = wds.tokens
        keys = self.index.keys() & wds.by_key.keys()
        if self.short:  # the text's keys that begin with one of the short stems (looked up, not looped over)
            for stem in self.short:
                keys.update(wds.by_prefix(len(stem)).get(stem, ()))
        at = [i for key in keys for word in wds.by_key[key] if self._phrases(word) for i in wds.by_word[word]]
        for i in sorted(at):
            found = self.find(tokens, i, only_first=True)
            if found:
                out.append((i, *found[0]))
        return out

    def _last(self, token: str, word: str) -> bool:
        if not self.stemmed:
            return token == word
        if not token.startswith(word):
            return False
        if self.longest_ending is not None and len(token) - len(word) > self.longest_ending:
            return False
        endings = self.endings.get(word)
        return endings is None or token[len(word):] in endings


@functools.cache
def _scanners() -> dict[str, _Scanner]:
    out = {}
    for concept, key in _VOCAB_CONCEPTS.items():
        phrases = set(words(key))
        if concept == "number_word":
            phrases |= set(CARDINALS)
        if concept == "ordinal":
            phrases |= set(ORDINALS)
        if concept == "companion":
            phrases |= set(words("one_companion"))  # one the party reading did not count goes to review too
        if concept == "number_word":
            # "çar" (Kurdish 4) is "car" without its mark: such words are only found as written
            marked = {w.lower() for w in phrases if bare(w) in AMBIGUOUS_NUMBERS and bare(w) != w.lower()}
            out["number_word_marked"] = _Scanner(marked - AMBIGUOUS_NUMBERS, False, keep_marks=True)
            phrases = {w for w in phrases if bare(w) not in AMBIGUOUS_NUMBERS}
        if concept == "ordinal":
            # as the choice reader reads them (lexicon.ordinal_value): four letters after the stem at most,
            # and only the endings a file lists for its stems (`ordinal_endings`)
            out[concept] = _Scanner(phrases, True, longest_ending=4, endings=ordinal_endings())
            continue
        out[concept] = _Scanner(phrases, concept in _STEMMED)
    # a month word before a number ("March 13", "tháng 3"): a short stem only as a whole word, so
    # "meine 2 Kinder" is no "mei 2" (Dutch May) and "mar" no "Maria"
    # (English writes the month first: its stems keep every ending, "Mar" and "March")
    english = english_month_stems()
    # (a Latin one only: "mei" is the start of German "meine"; Armenian "մարտի 5" keeps its stem)
    whole = {bare(w): frozenset({""}) for w in words("months")
             if len(bare(w)) < 5 and bare(w) not in english and bare(w).isascii()}
    # (and only with the letters of their month's name: "Mar", "March", "Sept"; "maybe 2 friends" is no
    # "May 2", "decided 3" no "Dec 3")
    whole.update({stem: frozenset(full[len(stem) : k] for full in ENGLISH_MONTHS if full.startswith(stem)
                                  for k in range(len(stem), len(full) + 1)) for stem in english})
    out["month_before"] = _Scanner(set(words("months")), True, endings=whole)
    # after a number, a stem of three letters only with the letters of a month's name in some file ("2 Jan",
    # "13 marzo", "5 Sept"): "2 jana" (Nepali "persons"), "3 junior members", "2 maybe" are no dates
    # (a whole month word of some file, or the start of an English name: "Sept", "Janu"; "jana" only begins the
    # Somali "janaayo"; English stems no other file lists: Polish "lut", "mar" keep every case, "lutego", "marca")
    names = {bare(w) for w in words("months")}
    others = {bare(w) for lang, table in vocabulary().items() if lang != "en" for w in table.get("months", [])}
    short = {stem: frozenset({full[len(stem):] for full in names if full.startswith(stem)}
                             | {full[len(stem) : k] for full in ENGLISH_MONTHS if full.startswith(stem)
                                for k in range(len(stem), len(full) + 1)})
             for stem in english if len(stem) <= 3 and stem not in others}
    out["month"] = _Scanner(set(words("months")), True, endings=short)
    # (a short stem of any language as a whole word only: "2 mein" is no Dutch "mei", "2 maybe" no "May")
    out["month_strict"] = _Scanner(set(words("months")), True,
                                   endings={bare(w): frozenset({""}) for w in words("months") if len(bare(w)) < 5})
    return out


@functools.cache
def _patterns() -> dict[str, re.Pattern]:
    return {
        "group_noun": gated(re.compile(rf"(?<![\w-])(?:{GROUP_NOUN}|{_alternation(words('group_nouns'))})(?![\w-])", re.I)),
        "persons": gated(re.compile(rf"\s*(?:{_PEOPLE})", re.I)),
        "group_noun_tail": gated(re.compile(rf"(?:{GROUP_NOUN})\s*[:.\-–]?\s*(?:nr\.?|no\.?|#|№)?\s*$", re.I)),
    }


class _Words:
    """The bare text's words with their positions, and lookups of what follows a position."""

    def __init__(self, low: str):
        # (the tuples are built in C: the words are the split's odd pieces, and their positions the running
        # sums of the pieces' lengths; a match object per word cost a third more, a comprehension twice)
        pieces = _TOKEN_SPLIT_RE.split(low)
        words = pieces[1::2]
        ends = list(accumulate(map(len, pieces)))
        self.starts = ends[0:-1:2]
        self.tokens = list(zip(self.starts, ends[1::2], words))
        self.by_word: dict[str, list[int]] = {}  # where each word stands
        for i, word in enumerate(words):
            self.by_word.setdefault(word, []).append(i)
        self.by_key: dict[str, list[str]] = {}  # the words by their first three letters (_Scanner.index)
        for word in self.by_word:
            self.by_key.setdefault(word[:3], []).append(word)
        self._by_prefix: dict[int, dict[str, list[str]]] = {}
        self._cjk = bool(_CJK_CHAR_RE.search(low))  # (the short stems are of these scripts: elsewhere none fits)

    def by_prefix(self, n: int) -> dict[str, list[str]]:
        """{first n letters: the keys of by_key that begin with them}, for n = 1 or 2 (_Scanner.short)."""
        found = self._by_prefix.get(n)
        if found is None:
            found = self._by_prefix[n] = {}
            for key in self.by_key if self._cjk else ():
                found.setdefault(key[:n], []).append(key)
        return found

    def after(self, pos: int, concept: str, skip_short: bool = False) -> bool:
        """Does a phrase of `concept` start at the first word after `pos` (within a few characters)?"""
        i = bisect.bisect_left(self.starts, pos)
        if i >= len(self.tokens) or self.tokens[i][0] - pos > 4:
            return False
        scanner = _scanners()[concept]
        if scanner.find(self.tokens, i, only_first=True):
            return True
        # "13 de marzo": one short word may stand between
        return skip_short and len(self.tokens[i][2]) <= 3 and bool(scanner.find(self.tokens, i + 1, only_first=True))

    def before(self, pos: int, concept: str) -> bool:
        """Does the word right before `pos` belong to `concept` ("März 13", "tháng 3")?"""
        i = bisect.bisect_left(self.starts, pos) - 1
        return i >= 0 and pos - self.tokens[i][1] <= 2 and bool(_scanners()[concept].find(self.tokens, i, only_first=True))




# any script's digits; not inside a run of digit groups ("0251 09 87", a phone number); Chinese,
# Japanese and Korean write a number on its counter and its neighbours ("3名で", "3명이", "我们3人"),
# so a letter of those scripts next to it does not make it part of a word
_NUMBER_RE = gated(re.compile(
    rf"(?<![.,:/-])(?<!(?![{_CJK}])\w)(?<!\d )(\d{{1,2}})(?!:\d|/)(?!(?![{_CJK}])\w)(?! \d)"
))
_ROMAN_RE = gated(re.compile(r"(?<![\w.-])(II|III|IV|VI|VII|VIII|IX|XI|XII)(?![\w-])"))
_ORDINAL_DIGIT_RE = gated(re.compile(r"(?<![\w.,:/-])(\d{1,2})[-‑]?([^\W\d_]{1,4}|[º°ª])(?![\w-])"))
_GLUED_UNITS = frozenset("h am pm uhr km kg g m cm mm min x k mb gb eur euro j ans kr ml l s t w".split())


def _ranked_here(text: str, end: int) -> bool:
    """ "2nd choice", "3. Wahl": the ordinal ranks a choice (the choice reader reads the rank)."""
    return bool(_RANK_AFTER_RE.match(text, end))


_RANK_AFTER_RE = gated(re.compile(r"[^\S\n]+(?:choice|preference|option|wahl|wunsch|priorit\w*|choix|opción|opcion|scelta|"
                                  r"opção|wybór|выбор|вибір|tercih|seçenek|επιλογή|اولویت|خيار|اختيار)", re.I))
# a capital letter standing alone, not glued to a word or an apostrophe
_LETTER_RE = gated(re.compile(r"(?<![\w'’.-])([A-Z])(?![\w-])"))
# an initial: the letter and a dot before a capitalised word ("E. Müller"), after a capitalised word or a
# title or first on its line ("Anna B. Kaya", "Frau E. Müller")
_INITIAL_AFTER_RE = re.compile(r"\.[^\S\n]*[A-ZÄÖÜ]")
_CAPITAL_BEFORE_RE = re.compile(r"(?:^|\n|[A-ZÄÖÜ][\w'’-]*\.?)[^\S\n]*$")


def bare_letters(text: str):
    """The capital letters standing alone that may label a workgroup ("gerne B.", "dann D. Ich komme"),
    as matches with the letter in group 1; initials of names are left out."""
    for m in _LETTER_RE.finditer(text):
        if _INITIAL_AFTER_RE.match(text, m.end()) and _CAPITAL_BEFORE_RE.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        yield m


_THE_ONE_RE = gated(re.compile(
    r"(?<!\w)the[^\S\n]+(?!(?:first|second|third|fourth|fifth|sixth|last|other|same|next|only|right|wrong|best|"
    r"new|old|little|big|whole|last|latter|former|younger|older|eldest|youngest|oldest|very|each|every|no|any)\b)"
    r"[a-z][\w-]+(?:[^\S\n]+[a-z][\w-]+)?[^\S\n]+one(?!\w)(?![^\S\n]+of\b)|"
    r"(?<!\w)the[^\S\n]+one[^\S\n]+(?:about|on|with|for)[^\S\n]+[\w-]+",
    re.I,
))
_COMPOUND_GROUP_RE = gated(re.compile(
    r"(?<![\w-])[^\W\d_]{3,}-?(?:forum|gruppe|workshop|arbeitsgruppe|-ag|werkstatt|kreis|group)(?![\w-])|"
    rf"(?<![\w-]){HYPHEN_GROUP}(?![\w-])", re.I
))


# "with my <someone>" in the languages whose companion words are listed one by one (vocab `one_companion`): a
# companion the lists do not know ("अपनी सास के साथ", with my mother-in-law) was counted by nobody and the party
# read as one, without a word of doubt. The noun there is a companion the evidence lists: counted (a known one),
# it is explained; not counted, it sends the mail to review ("companion not understood").
_POSSESSED_COMPANION_RE = gated(re.compile(canonical_indic(mark_letters("|".join((
    r"(?<!\w)(?:अपनी|अपने|मेरी|मेरे)\s+(?P<hi>\w+)\s+(?:के\s+)?साथ(?!\w)",          # Hindi
    r"(?<!\w)(?:اپنی|اپنے|میری|میرے)\s+(?P<ur>\w+)\s+(?:کے\s+)?(?:ساتھ|ہمراہ)(?!\w)",  # Urdu
    r"(?<!\w)(?:ਆਪਣੀ|ਆਪਣੇ|ਮੇਰੀ|ਮੇਰੇ)\s+(?P<pa>\w+)\s+ਨਾਲ(?!\w)",                      # Punjabi
    r"(?<!\w)আমার\s+(?P<bn>\w+)\s+(?:সাথে|সঙ্গে)(?!\w)",                              # Bengali
    r"(?<!\w)(?P<ka>\w+თან)\s+ერთად(?!\w)",                                          # Georgian
    r"(?<!\w)со\s+(?:(?:мојата|мојот)\s+(?P<mk>\w+)|(?P<mk2>\w+)\s+ми(?!\w))",          # Macedonian
    r"(?<!\w)kasama\s+(?:ang\s+)?(?:aking\s+(?P<tl>\w+)|(?P<tl2>\w+)\s+ko(?!\w))",   # Tagalog
    r"(?<!\w)bersama\s+(?P<id>\w+)\s+saya(?!\w)",                                    # Indonesian
    r"(?<!\w)עם\s+(?P<he>\w+)\s+שלי(?!\w)",                                          # Hebrew
    r"(?<!\w)لەگەڵ\s+(?P<ku>\w+م)(?!\w)",                                              # Sorani
    r"(?<!\w)ምስ\s+(?P<ti>\w+ይ)(?!\w)",                                                  # Tigrinya ("ምስ ሰብኣየይ")
    r"(?<!\w)ከ(?P<am>\w+)\s+(?:ጋር|ጋራ)(?!\w)",                                          # Amharic ("ከባለቤቴ ጋር")
    # Turkish: "kayınvalidem ile", "iş ortağım Burak Şen ile", "kayınvalidemle" (my …, a name after it or not),
    # and "Burak Şen ile birlikte" (a full name), where the clause goes on to coming or signing up
    r"(?<!\w)(?!(?:benim|bizim|senin|sizin)(?:le|ile|\s))(?:(?P<tr>\w+(?:ım|im|um|üm|m))(?:[^\S\n]+(?-i:[A-ZÇĞİÖŞÜ]\w+)){0,3}[^\S\n]+ile"
    r"|(?P<tr2>\w{2,}(?:ım|im|um|üm|m))(?:la|le)"
    r"|(?P<tr3>(?-i:[A-ZÇĞİÖŞÜ]\w+)(?:[^\S\n]+(?-i:[A-ZÇĞİÖŞÜ]\w+)){1,2})[^\S\n]+ile[^\S\n]+(?:birlikte|beraber))(?!\w)"
    # (an ordinal's dot, "2. gruba", and a line wrapped by the mail client do not end the clause)
    r"(?=(?:[^.!?\n]|(?<=\d)\.|\n(?![^\S\n]*\n)){0,80}?(?:gel|katıl|kayıt|kaydol|kaydet|yaz|iştirak))",
)))), re.I))


@functools.cache
def _group_nouns() -> frozenset[str]:
    """The group nouns of the vocabulary as words ("forum", "werkstatt"), marks dropped."""
    return frozenset(bare(w) for w in words("group_nouns"))


def _is_event_noun(word: str, event_nouns: frozenset[str]) -> bool:
    """The event's own noun, also with a case ending or in Cyrillic letters ("foruma katılmak", "записаться
    на форум" of the Stadtteilforum)."""
    if not event_nouns:
        return False
    low = word.casefold().translate(_CYRILLIC_LATIN)
    return any(low.startswith(noun) and len(low) - len(noun) <= 3 for noun in event_nouns)


_CYRILLIC_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e", "є": "e", "ж": "zh", "з": "z",
    "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "ch", "ш": "sh", "щ": "sch", "ы": "y",
    "э": "e", "ю": "yu", "я": "ya", "ь": "", "ъ": "",
})


# "with my <someone>" in the languages whose companion words are many, a noun the lists do not know ("со
# свекровью", "مع حماتي", "con mia nipote", "z moją ciocią", "met mijn schoonmoeder", "با مادرشوهرم", "sa svekrvom",
# "cu soacra mea", "με την πεθερά μου", "me vjehrrën time", "bi xesûya xwe re"): with a word of "my"/"our", or right
# after a verb of coming or "together" (a "with" alone is as often "with pleasure", "s poštovanjem")
_COMING_WITH = r"(?:приду|придём|придем|приеду|пойду|буду|вместе|прийду|прийдемо|приїду|буду|разом|dolazim|dolazimo|doći ću|dođem|razem|przyjdę|przyjdziemy)"
_WITH_MY_RE = gated(re.compile("|".join((
    r"(?<!\w)(?:с|со)\s+(?:моей|моим|моими|нашей|нашим|нашими|своей|своим|своими)\s+(?P<ru>\w+)",
    rf"(?<!\w){_COMING_WITH}\s+(?:с|со|з|зі|із|s|sa|z|ze)\s+(?P<ru2>\w+)",
    r"(?<!\w)(?:з|зі|із)\s+(?:моєю|моїм|моїми|нашою|нашим|нашими|своєю|своїм|своїми)\s+(?P<uk>\w+)",
    r"(?<!\w)مع\s+(?P<ar>\w+(?:ي|نا))(?!\w)",
    r"(?<!\w)(?:con|insieme a|insieme con)\s+(?:la\s+|il\s+|i\s+|le\s+)?(?:mia|mio|mie|miei|nostra|nostro|nostre|nostri)\s+(?P<it>\w+)",
    r"(?<!\w)(?:z|ze)\s+(?:moją|moim|moimi|naszą|naszym|naszymi|swoją|swoim|swoimi)\s+(?P<pl>\w+)",
    r"(?<!\w)(?:met|samen met)\s+(?:mijn|onze|ons)\s+(?P<nl>\w+)",
    r"(?<!\w)با\s+(?!(?:هم|خودم|خودمان)(?!\w))(?P<fa>\w+(?:م|مان))(?!\w)",
    r"(?<!\w)(?:sa|s)\s+(?:mojom|mojim|svojom|svojim|našom|našim)\s+(?P<hr>\w+)",
    r"(?<!\w)(?:împreună cu|cu)\s+(?P<ro>\w+)\s+(?:mea|meu|mele|mei|noastră|nostru)(?!\w)",
    r"(?<!\w)με\s+(?:(?:τη|την|το|τον|τους|τις)\s+)?(?P<el>\w+)\s+(?:μου|μας)(?!\w)",
    # (Albanian nouns in the definite accusative: "gruan", "vjehrrën", "djalin"; not English "me the time")
    r"(?<!\w)(?:bashkë me|me)\s+(?P<sq>\w+(?:n|ën|në))\s+(?:time|tim|tonë|tanë)(?!\w)",
    r"(?<!\w)bi\s+(?P<ku>\w+)\s+(?:xwe|min)\s+re(?!\w)",
)), re.I))
_CLOSING_RE = gated(lower_pattern(concept_regex("closing")))
# what one does things with, not who comes: an association, an address, a phone, a form, a side, pleasure (bare letters)
_THING_RE = re.compile(
    r"(?:associa|vereni|verein|dernek|derneg|stowarzysz|udruz|asociat|shoqat|σύλλογ|συλλογ|جمعي|انجمن|объединен|"
    r"адрес|adres|address|telefon|телефон|phone|form|e-?posta|e-?mail|mail|сторон|удовольств|радост|интерес|"
    r"kalb|sevgi|saygi|selam|vujud|وجود|اعتذار|شكر|qalb|zadovolj|przyjemn|groet|saluti|ugurlar|zyczen|zelj|"
    r"سلام|احترام|تمام|تشکر)", re.I)


_NEXT_WORD_ON_LINE_RE = re.compile(r"[^\S\n]+(\w+)")


def _a_thing(text: str, start: int, end: int) -> bool:
    """The noun after "with my" (or the word after it, the noun of an adjective: "mijn vriendelijke groet") is a
    thing, or a unit of some vocabulary file ("ноутбуком", "laptopla")."""
    nxt = _NEXT_WORD_ON_LINE_RE.match(text, end)
    return bool(_THING_RE.match(bare(text[start:end])) or nxt and _THING_RE.match(bare(nxt.group(1)))
                or _scanners()["unit"].find_all(_words(bare(text[start:end].lower()))))


def _possessed_companions(text: str, items: list[Item]) -> list[Item]:
    out = []
    closings = None
    for regex in (_POSSESSED_COMPANION_RE, _WITH_MY_RE):
        for m in regex.finditer(text):
            name = next(k for k, v in m.groupdict().items() if v)
            start, end = m.span(name)
            if any(i.concept == "companion" and i.start < end and start < i.end for i in items + out):
                continue
            closings = [c.span() for c in _CLOSING_RE.finditer(lowered(text))] if closings is None else closings
            if any(s < m.end() and m.start() < e for s, e in closings):
                continue  # "مع تحياتي", "S poštovanjem", "Saygılarımla": a closing, nobody comes
            if _a_thing(text, start, end):
                continue  # "con la mia associazione", "adresim ile", "telefonumla", "с ноутбуком": a thing, no one
            out.append(Item(start, end, text[start:end], "companion"))
    return out


def inventory(text: str, letters: frozenset[str] = frozenset(), date_numbers: frozenset[int] = frozenset(),
              event_words: frozenset[str] = frozenset(), event_nouns: frozenset[str] = frozenset()) -> list[Item]:
    """Every item in `text` that could name a workgroup, count persons, withdraw or change.

    `letters`: the capital letters that label workgroups ("Forum B"); `date_numbers`: the days of
    the event's own dates, which a writer repeats ("am 13."); `event_words`: the
    casefolded words of the event's name ("Vereinsforum" is the event, not a group); `event_nouns`: group
    nouns that end a word of the event's name and label none of its workgroups ("forum" of an
    "Interkulturelles Sommerforum" whose groups are "Runde A" …): alone they speak of the event.
    """
    text = mark_letters(text)  # (a Tamil word is one word: scan.MARK_LETTERS)
    low = bare(text)
    pats = _patterns()
    wds = _words(low)
    items: list[Item] = []
    for m in _NUMBER_RE.finditer(text):
        value = _int(m.group(1))
        if value is None or not 0 < value <= 20 or _is_quantity_or_date(text, wds, m, value, date_numbers, pats):
            continue
        if not _counts_groups(text, m.end(1)):
            items.append(Item(m.start(1), m.end(1), m.group(1), "number"))
    for m in _ORDINAL_DIGIT_RE.finditer(text):
        # "η 3η", "la 3ème", "3rd", "3-я", "3ci": a digit with an ordinal ending names a place as
        # surely as the word does (a unit written on the number, "10h", "3km", is none)
        value = _int(m.group(1))
        if value is None or not 0 < value <= 20 or m.group(2).lower() in _GLUED_UNITS or _ranked_here(text, m.end()):
            continue
        if _POSTCODE_NEXT_RE.match(text, m.end()) and _address_line(text, m.start()):
            continue  # "Rue Haute 4a" over "1000 Bruxelles": a house number
        if wds.after(m.end(), "unit"):
            continue  # "4-й поверх", "the 3rd floor", "la 2e fois": the place of something else
        if month_follows(text, m.end()) or wds.before(m.start(), "month_before") or (
                value in date_numbers and not pats["group_noun_tail"].search(text[max(0, m.start() - 16) : m.start()])):
            continue  # "13th March", "13ê Adarê", "13-ka Maarso": the event's day or a date
        items.append(Item(m.start(), m.end(), m.group(0), "ordinal"))
    for m in _ROMAN_RE.finditer(text):
        items.append(Item(m.start(1), m.end(1), m.group(1), "roman"))
    if letters:
        for m in bare_letters(text):
            if m.group(1) in letters:
                items.append(Item(m.start(1), m.end(1), m.group(1), "letter"))
    for m in _THE_ONE_RE.finditer(text):
        # "the drum one", "the one about housing": a workgroup named by a word of the writer's; the reader
        # uses it when the word is a topic it knows, otherwise it is a workgroup not understood
        items.append(Item(m.start(), m.end(), m.group(0), "group_noun"))
    for m in _COMPOUND_GROUP_RE.finditer(text):  # "Jugendforum", "Bildungs-AG", "Zukunftsgruppe"
        if (m.group(0).casefold() not in event_words and not STAYS_AFTER_RE.match(text, m.end())
                and not _OURS_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
                and not _no_preference(text, m)
                and not _a_name(text, m, event_words, compound=True)):
            items.append(Item(m.start(), m.end(), m.group(0), "group_noun"))
    for m in pats["group_noun"].finditer(text):
        if STAYS_AFTER_RE.match(text, m.end()):
            continue  # "beim Forum bleibt alles", "مجموعة العمل تبقى كما هي": the workgroup stays as it is
        if _OURS_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()) or _ROLE_OF_BEFORE_RE.search(
                text, max(0, m.start() - 50), m.start()):
            continue  # "our parish group", "unsere Jugendgruppe", "coordinator of the women's group": the writer's own
        if _no_preference(text, m):
            continue  # "welche AG ist uns egal", "the same workshop": none is named ("… but preferably X" names one)
        if _a_name(text, m, event_words):
            continue  # "vom Ezidischen Forum Münster": an association's name
        if _is_event_noun(m.group(0), event_nouns) and (not _LABEL_AFTER_RE.match(text, m.end())
                                                         or _event_day_after(text, m.end(), date_numbers)):
            continue  # "the summer forum on 26 June" of the Sommerforum, whose groups are "Runde A" …; "forum 20 maja"
        if m.group(0).casefold() in event_words and bare(m.group(0)) not in _group_nouns():
            continue  # "für den Werkstatttag anmelden": a compound that is a word of the event's name is the event
        if not _in_event_name(text, m.end(), m.group(0), event_words):  # "Forum der Vielfalt" is the event
            items.append(Item(m.start(), m.end(), m.group(0), "group_noun"))
    items += _word_items(text)
    items += _possessed_companions(text, items)
    return sorted(items, key=lambda i: i.start)


_WORD_CONCEPTS = ("number_word", "ordinal", "position", "withdraw", "change", "proxy", "defer", "companion")


@functools.lru_cache(maxsize=8)
def _word_items(text: str) -> tuple[Item, ...]:
    """The inventory's items found from words alone (none depends on the event's letters, dates or
    name); kept for the last texts."""
    return (_marked_number_items(text) + _persons_items(text)
            + tuple(item for concept in _WORD_CONCEPTS for item in _concept_items(text, concept)))


def _marked_number_items(text: str) -> tuple[Item, ...]:
    """Number words found only as written, with their marks ("çar", Kurdish 4: not "car")."""
    lower = text.lower()
    scanner = _scanners()["number_word_marked"]
    if len(lower) != len(text) or not scanner.may_occur(lower):
        return ()
    return tuple(Item(start, end, text[start:end], "number_word") for _i, start, end in scanner.find_all(_words(lower))
                 if not _counts_groups(text, end))


def _persons_items(text: str) -> tuple[Item, ...]:
    """ "Em ê du kes bên", "2 Plätze": a number, or a word that is a number somewhere ("du"), before
    a word for persons hides a count when the party reading did not use it."""
    wds = _words(bare(text))
    scanners = _scanners()
    counts = {s for _i, s, _e in scanners["number_word"].find_all(wds)}
    items = []
    for i, _start, _end in scanners["persons_word"].find_all(wds):
        if i == 0:
            continue
        end = wds.tokens[i][1]
        before = wds.tokens[i - 1]
        if before[2].isdigit() or before[2] in AMBIGUOUS_NUMBERS or before[0] in counts:
            items.append(Item(before[0], end, text[before[0] : end], "persons"))
    return tuple(items)


# the French subject pronouns that a verb spelt like another language's number follows
_PRONOUN_BEFORE_RE = re.compile(r"(?<!\w)(?:je|tu)\s+$", re.I)


@functools.lru_cache(maxsize=16)
def _concept_items(text: str, concept: str) -> tuple[Item, ...]:
    """The items of one concept (_WORD_CONCEPTS) in text: each concept is read alone (its items depend on
    no other's), so the choice reader's ordinals and positions do not read the other six concepts of a
    text the inventory never sees (choose joins wrapped lines; the inventory reads them as written).
    Kept per text and concept, for the inventory of the same text."""
    wds = _words(bare(text))
    pats = _patterns()
    scanners = _scanners()
    placed = concept in ("ordinal", "position")
    # "Erstwunsch", "first choice": a rank
    ranking = [(s, e) for _i, s, e in scanners["choice"].find_all(wds)] if placed else []
    items: list[Item] = []
    for _i, start, end in scanners[concept].find_all(wds):
        if concept in ("number_word", "ordinal", "position") and (
                wds.after(end, "unit") and not (concept == "number_word" and _members_with(text, start, end))
                or wds.after(end, "month")):
            continue  # "zum ersten Mal", "seit zwei Jahren", "letzte Woche"
        if concept == "number_word" and _unit_after_a_word(text, wds, end):
            continue  # "zwei kurze Fragen", "two quick questions"
        if placed and (pats["persons"].match(text, end) or any(s <= start < e for s, e in ranking)):
            continue  # "die zweite Person", "Zweitwunsch": a person or a rank, not a workgroup
        if placed and _noun_follows(text, end, pats):
            continue  # "unseren ersten Antrag": the first of something else
        if concept == "ordinal" and is_topic_word(text[start:end]):
            continue  # "forum du quartier": a topic word (neighbourhood), not the ordinal "quart"
        if concept == "number_word" and _counts_groups(text, end):
            continue  # "all three workshops"
        if concept == "number_word" and _marked_twin(text[start:end]):
            continue  # Vietnamese "tên" (name) is English "ten" only without its mark
        if concept == "number_word" and _PRONOUN_BEFORE_RE.search(text, max(0, start - 4), start):
            continue  # "je dois annuler": after a subject pronoun a word is a verb (French "must", Portuguese 2)
        items.append(Item(start, end, text[start:end], concept))
    return tuple(items)


def _words(low: str) -> "_Words":
    # A line break and a space part words alike (_TOKEN_RE): the copy of a text that choices joins at
    # line breaks has the same words at the same places, and shares one _Words with the text.
    return _words_of(low.replace("\n", " ") if "\n" in low else low)


@functools.lru_cache(maxsize=8)
def _words_of(low: str) -> "_Words":
    return _Words(low)


@functools.cache
def _number_spellings() -> dict[str, frozenset[str]]:
    """{bare form: the number words of every language written that way}."""
    out: dict[str, set[str]] = {}
    for word in set(words("cardinals")) | set(CARDINALS):
        out.setdefault(bare(word), set()).add(word.lower())
    return {k: frozenset(v) for k, v in out.items()}


def _marked_twin(token: str) -> bool:
    """A word written with marks that no language's number word of its bare form has: Vietnamese "tên" (name) is
    English "ten" only without its mark, French "très" (very) is neither Spanish "tres" nor Portuguese "três"."""
    low = token.replace("İ", "i").lower()  # (Turkish "İki": str.lower() gives "i" and a combining dot)
    if low == bare(token):
        return False
    spellings = _number_spellings().get(bare(token), frozenset())
    if not spellings or low in spellings:
        return False
    # (in Latin letters a mark tells words apart, "très" from "três"; Greek writes its stress where it likes, "δυό"
    # is "δύο")
    return all(w == bare(w) for w in spellings) or all(ch < "\u0250" for ch in low)


def ordinals(text: str) -> list[tuple[int, int, int]]:
    """(start, end, value) of each ordinal word that may name a workgroup ("до першої", "the second"),
    with the same exclusions as the inventory ("zum ersten Mal", "die zweite Person", "Erstwunsch")."""
    text = mark_letters(text)
    return [(i.start, i.end, value) for i in _concept_items(text, "ordinal")
            if (value := ordinal_value(i.text)) is not None and not _COLLECTIVE_BEFORE_RE.search(text, max(0, i.start - 6), i.start)]


_COLLECTIVE_BEFORE_RE = gated(re.compile(r"(?<!\w)zu\s+$", re.I))  # "zu zweit", "zu dritt": persons, not a group


def ranking_words(text: str) -> list[tuple[int, int]]:
    """(start, end) of each word of the vocabulary's `choice` concept ("Zweitwunsch", "first choice",
    "segunda opción"): the writer speaks of ranked choices."""
    text = mark_letters(text)
    return [(s, e) for _i, s, e in _scanners()["choice"].find_all(_words(bare(text)))]


def month_follows(text: str, end: int) -> bool:
    """A month word right after `end` ("20 травня", "20 de mayo", "2 May"): the number there is a day."""
    wds = _words(bare(text))
    if wds.after(end, "month_strict"):
        return True
    particle = _PARTICLE_RE.match(text, end)  # "20 de mayo", "20 di maggio", "20th of May"
    return bool(particle) and wds.after(particle.end(), "month_strict")


_PARTICLE_RE = gated(re.compile(r"(?:st|nd|rd|th|\.)?[^\S\n]+(?:de|di|of|del)(?=[^\S\n])", re.I))


def positions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "last" | "middle" | "penultimate") of each position word that may name a workgroup
    ("die letzte AG", "the middle one", "ta ostatnia grupa"), with the inventory's exclusions ("letzte
    Woche", "am letzten Samstag")."""
    text = mark_letters(text)
    return [(i.start, i.end, kind) for i in _concept_items(text, "position")
            if (kind := _position_kind(i.text)) is not None]


def _position_kind(word: str) -> str | None:
    low = bare(word)
    for stem, kind in _position_stems():
        if low.startswith(stem):
            return kind
    return None


@functools.cache
def _position_stems() -> list[tuple[str, str]]:
    """(bare stem, kind) of every file's `positions`, longest first ("penultimate" before "last")."""
    found = {(bare(w), kind) for table in vocabulary().values()
             for kind, ws in table.get("positions", {}).items() for w in ws if isinstance(w, str)}
    return sorted(found, key=lambda x: -len(x[0]))


# "the workgroup stays (the same)", in the languages of the vocabulary: no workgroup is named anew
STAYS_AFTER_RE = gated(re.compile(
    r"[^\S\n]+(?:\w+[^\S\n]+)?(?:bleibt|bleiben|stays|stay the same|remains|reste|restent|sigue|siguen|queda|resta|rimane|"
    r"fica|permanece|zostaje|pozostaje|остается|остаётся|остаются|залишається|лишається|kalıyor|kaliyor|aynı kalsın|ostaje|"
    r"rămâne|ramane|μένει|تبقى|يبقى|تظل|می‌ماند|میماند|می ماند|"
    # "an der AG 2 ändert sich nichts", "nothing changes about workshop B": the workgroup as it is
    r"ändert sich nichts|ändert sich nix|ändert sich daran nichts|doesn't change|does not change|is unchanged|"
    r"ne change pas|no cambia|non cambia|não muda|nie zmienia się|nie zmienia sie|не меняется|не змінюється|"
    r"değişmiyor|değişmez|لا يتغير|تغییر نمی‌کند|تغییر نمیکند)(?!\w)",
    re.I,
))


# "our (parish) group", "aus unserer Elterngruppe", "notre groupe", "наша группа": a possessive right
# before (one word between at most) makes the group the writer's own
_OURS_BEFORE_RE = gated(re.compile(
    r"(?<!\w)(?:our|my|unser\w*|mein\w*|notre|nos|mon|ma|mes|nuestr[oa]s?|nostr[oaie]|mio|mia|nosso|nossa|"
    r"nasz\w*|mój|moja|moje|наш\w*|мо[йяеи]\w*|bizim|benim)[^\S\n]+(?:[\w-]+[^\S\n]+)?$",
    re.I,
))


# "I am the coordinator of the women's group", "Leiterin der Frauengruppe", "miembro del grupo de folclore": an
# office held in a group makes it the writer's own, not one of the event's (at most one word between)
_ROLE_OF_BEFORE_RE = gated(re.compile(
    r"(?<!\w)(?:coordinator|co-ordinator|coordinatrice|coordinateur|coordinadora?|coordinatore|coordenadora?|"
    r"koordinator\w*|leader|head|chair\w*|leiter\w*|sprecher\w*|responsable|trainer\w*|coach|koordynator\w*|"
    r"руководител\w*|координатор\w*)"
    r"(?:[^\S\n]+(?:of|der|des|de|del|du|di|dello|della|do|da|the|la|el|our|my|a|an|unserer|meiner))+"
    r"[^\S\n]+(?:[\w'’-]+[^\S\n]+)?$",
    re.I,
))


# "welche AG", "egal welches Forum", "cualquier grupo", "any workshop", "the same workshop", "dieselbe AG":
# a group noun after one of these names none of the event's groups (a number after it still does)
_ANY_BEFORE_RE = gated(re.compile(
    r"(?<!\w)(?:welche[rsmn]?|which|whichever|any|the same|same|gleiche[nrms]?|dieselbe[n]?|derselben|selbe[nrms]?|"
    r"quel(?:le)?s?|n'importe quel(?:le)?|le même|la même|cualquier[a]?|qué|cuál|la misma|el mismo|qualsiasi|quale|"
    r"lo stesso|la stessa|qualquer|qual|o mesmo|a mesma|hangi|herhangi bir|aynı|какая|какую|какой|любая|любую|любой|"
    r"та же|ту же|яка|яку|будь-яка|будь-яку|ту саму|która|którą|który|dowolna|dowolną|jakakolwiek|tę samą|ta sama|"
    r"أي|نفس|کدام|هر|همان)[^\S\n]+(?:[\w-]+[^\S\n]+)?$",
    re.I,
))
# "AG: ist uns egal", "die Arbeitsgruppe ist mir gleich", "il gruppo di lavoro, per noi va bene qualsiasi",
# "nos da igual el grupo", "grupa obojętnie": the writer has no preference, in words of not minding said of the
# group noun itself: right after it (at most four words between, none a digit) or right before it (at most
# two: the article, "welche")
NO_MATTER = (r"egal|gleichgültig|beliebig|whatever|doesn't matter|does not matter|no matter|"
             r"don't mind|(?:da|es) igual|cualquiera|qualsiasi|qualunque|n'importe|peu importe|tanto faz|qualquer|"
             r"fark etmez|farketmez|"
             r"неважно|не важно|всё равно|все равно|без разницы|байдуже|не має значення|nieważne|obojętnie|"
             r"bez znaczenia|svejedno|nema veze|لا يهم|مش مهم|فرقی نمی|فرق نمی")
# (between the noun and the words of not minding only a copula, "to us", "for us": "AG: ist uns egal", "il gruppo
# di lavoro, per noi va bene qualsiasi"; not "die Arbeitsgruppe mit den Frauen, egal wann")
_NO_MATTER_AFTER_RE = gated(re.compile(
    r"[^\S\n]*[:,–-]?(?:[^\S\n]+(?:ist|sind|wäre|wären|is|are|would|be|mir|uns|me|us|to|für|for|per|noi|va|bene|"
    r"nos|da|es|est|c'est|nous|son|jest|nam|mi|bize|için|мне|нам|всё|все|je|meni|nama|ist mir|ist uns)){0,4}"
    rf"[^\S\n]+(?:{NO_MATTER})(?!\w)", re.I))
_NO_MATTER_BEFORE_RE = gated(re.compile(
    rf"(?<!\w)(?:{NO_MATTER})(?:[^\S\n]+[^\W\d_]+){{0,2}}[^\S\n]+$", re.I))


def _no_preference(text: str, m: re.Match) -> bool:
    """The group noun at m names none of the event's groups: "welche AG", "the same workshop", "AG: egal", "nos
    da igual el grupo", unless a preference follows in its sentence ("… but preferably X" names one)."""
    before = text[max(0, m.start() - 30) : m.start()]
    said = (_ANY_BEFORE_RE.search(before) or _NO_MATTER_BEFORE_RE.search(before)
            or _NO_MATTER_AFTER_RE.match(text, m.end(), _sentence_end(text, m.end())))
    return bool(said) and not _BUT_PREFER_RE.search(text, m.end(), _sentence_end(text, m.end()))


# "…, pero prefiero el de educación", "aber am liebsten …": after "any group" a preference follows
# words of preferring, in the reader's languages (abstain.py adds the words of being interested)
PREFER_WORDS = (r"prefer\w*|préf[eè]r\w*|prefier\w*|preferi\w*|prefir\w*|lieber|liebsten|bevorzug\w*|предпоч\w*|"
                r"волі\w*|wol[ęe]|tercih\w*|أفضل|ترجیح")
_BUT_PREFER_RE = gated(re.compile(
    rf"(?<!\w)(?:aber|but|pero|mais|ma|mas|però|ale|но|але|ama|fakat|lakin|لكن|ولی|اما|{PREFER_WORDS})(?!\w)", re.I
))


def _sentence_end(text: str, start: int, reach: int = 200) -> int:
    ends = [i for i in (text.find(ch, start, start + reach) for ch in ".!?\n") if i >= 0]
    return min(ends) if ends else min(len(text), start + reach)


# an ethnic or national adjective written capitalised ("Ezidischen", "Afrikanischen", "Türkische"), an
# acronym ("DITIB"), or "vom" before the group noun; or the event's city after it ("Ortsgruppe Münster")
_NAME_BEFORE_RE = gated(re.compile(r"(?:(?<![\w-])[A-ZÄÖÜ]\w*isch(?:e[nrms]?)?|(?<!\w)[A-ZÄÖÜ]{3,}|(?<!\w)vom)[^\S\n]+$"))
_NEXT_NAME_WORD_RE = gated(re.compile(r"[^\S\n]+([A-ZÄÖÜ][\w-]+)"))


def _a_name(text: str, m: re.Match, event_words: frozenset[str], compound: bool = False) -> bool:
    """The group noun is part of an association's name: "vom Ezidischen Forum", "DITIB Frauengruppe",
    and a compound with a capitalised word of the event's place after it ("Kulturforum Münster",
    "Ortsgruppe Münster"; a bare "Arbeitsgruppe Münster …" may be a title, so not that)."""
    if _NAME_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()):
        return True
    if compound and _NAME_AFTER_RE.match(text, m.end()):
        return True  # "Frauengruppe der Eritreischen Gemeinde", "Jugendgruppe des Türkischen Elternvereins"
    after = _NEXT_NAME_WORD_RE.match(text, m.end()) if compound else None
    return bool(after and after.group(1).casefold() in event_words and m.group(0)[:1].isupper())


# a genitive with an ethnic or national adjective written capitalised after a compound group noun: the
# group of a community, a name ("Frauengruppe der Eritreischen Gemeinde")
_NAME_AFTER_RE = re.compile(r"[^\S\n]+(?:der|des)[^\S\n]+[A-ZÄÖÜ]\w*isch(?:e[nrms]?)?(?!\w)")


def _in_event_name(text: str, end: int, word: str, event_words: frozenset[str]) -> bool:
    after = re.match(r"\s+([\w-]+)", text[end : end + 40])
    if word.casefold() in event_words and bool(after and after.group(1).casefold() in event_words):
        return True
    # "منتدى الجمعيات (Vereinsforum)", "Forum des associations (Vereinsforum)": the event's name
    # translated, with the name itself in brackets right after
    bracket = _BRACKETED_RE.match(text, end)
    return bool(bracket and bracket.group(1).casefold() in event_words)


def _event_day_after(text: str, end: int, date_numbers: frozenset[int]) -> bool:
    """The event's day with a month word right after the group noun that ends at `end` ("na forum 20 maja",
    "на форум 20 мая", where Slavic languages write the date without a preposition): the noun is the event."""
    day = re.match(r"[^\S\n]*(\d{1,2})(?!\d)", text[end : end + 8])
    return bool(day) and int(day.group(1)) in date_numbers and month_follows(text, end + day.end(1))


# a number or a capital letter right after a group noun labels a workgroup ("Forum 2", "Forum B")
_LABEL_AFTER_RE = re.compile(r"[^\S\n]*[:.\-–]?[^\S\n]*(?:\d|[A-Z](?![\w]))")
_BRACKETED_RE = gated(re.compile(r"[^\S\n]*(?:[^\W\d_]+[^\S\n]*){0,2}[(«\"„]\s*([\w-]+)"))


_PLURAL_GROUPS_RE = gated(re.compile(
    r"\s+(?:(?:\w+\s+)?(?:arbeitsgruppen|gruppen|ags|workshops|work\s?groups|working\s+groups|groups|foren|forums|"
    r"sessions|tables|tische|ateliers|groupes|grupos|gruppi|grupy|grup|gruplar\w*|группы|групп|групи|груп|"
    r"مجموعات|گروه‌ها|گروهها|themen|topics))\b",
    re.I,
))


_NEXT_WORD_RE = gated(re.compile(r"[^\S\n]+(\w+)"))


def _noun_follows(text: str, end: int, pats) -> bool:
    """A capitalised word that is no group noun follows ("ersten Antrag", "second Monday")."""
    nxt = _NEXT_WORD_RE.match(text, end)
    return bool(nxt and nxt.group(1)[:1].isupper() and not pats["group_noun"].match(nxt.group(1)))


def _counts_groups(text: str, end: int) -> bool:
    """'three workgroups', 'alle vier Themen': the number counts groups, not persons or a choice."""
    return bool(_PLURAL_GROUPS_RE.match(text, end))


def _int(token: str) -> int | None:
    try:
        return int(token)  # int() reads every script's decimal digits
    except ValueError:
        return None


# "8 und 11", "17 ve 19", "3 et 6", "4-7": one more number joined to this one
# (and the words of a range: "6 à 10 ans", "від 8 до 12 років", "7 ile 14 yaş", "de 10 a 12 años", "od 10 do 12 lat")
# ("5. bis 7. Klasse": an ordinal's dot first; "6 و11": the Arabic "and" written on the number)
# (up to four more: "8, 10 und 13 Jahre")
_AND_NUMBER_RE = gated(re.compile(r"(?:(?:\.(?=[^\S\n]))?[^\S\n]*(?:,|/|-|–|&|\+|(?<!\w)(?:und|and|i|ve|et|e|y|и|і|та|و|oder|or|"
                                  r"ou|o|или|або|bis|to|à|a|до|إلى|ile|hasta|jusqu'à|do|tot|until|till)(?!\w)|(?<!\w)و(?=\d))"
                                  r"[^\S\n]*\d{1,2}(?!\d)){1,4}", re.I))
# the first number of a range or pair right before this one ("Klassen 1 bis 4", "Jahrgänge 5 und 6"): the last
# counts what the first does
_RANGE_BEFORE_RE = re.compile(r"(?<![\d.,:/])(\d{1,2})\.?[^\S\n]*(?:bis|to|-|–|und|and|à|a|до|إلى|ile|hasta|do|tot)[^\S\n]*$",
                              re.I)
# a street, a bus or tram line, a room right before the number: it names no workgroup and counts nobody
_LABEL_BEFORE_RE = gated(re.compile(
    r"(?:(?:stra(?:ß|ss)e|str\.|weg|platz|allee|gasse|damm|ufer)|(?<!\w)(?:linie|buslinie|line|bus|tram|straßenbahn|raum|room|"
    r"zimmer|otobüs\w*|autobus\w*|автобус\w*|трамва\w*|маршрут\w*|linj\w*|"
    # an item of a circular or an agenda the writer answers ("Punkt 3", "item 3", "TOP 2", "(البند 3)", "пункт 3")
    # (not "point": "at this point 3 colleagues want to join")
    r"punkt|tagesordnungspunkt|top|item|madde|البند|بند|пункт|točka|tocka|punto|ponto|"
    # a school's grades and years, an hour ("Klassen 1 bis 4", "Jahrgang 5", "grade 3", "saat 15", "الساعة ٤")
    r"klassen?|jahrg[aä]nge?|jahrgangsstufen?|grades?|klas[ay]?|sınıf|класс\w*|клас\w*|saat|الساعة|"
    # an age ("ages 6 to 16", "im Alter von 6 bis 10", "w wieku 6-11", "віком від 8", "âgés de 6 à 10")
    r"ages?|aged|alter(?: von)?|wieku|возраст\w*(?: от)?|віком(?: від)?|edad(?:es)?(?: de)?|âgée?s? de|"
    # a system's or an app's version ("Windows 11", "macOS 14", "Android 13", "iOS 17", "Version 6", "sürüm 5")
    r"windows|macos|ios|ipados|android|iphone|ipad|galaxy|pixel|office|ubuntu|version|versión|versão|versione|"
    r"версия|версии|версія|версії|sürüm\w*|wersj\w*|نسخه|إصدار|الإصدار))\.?[^\S\n]*(?:nr\.?[^\S\n]*)?$",
    re.I,
))


# the end of an address line, and a postcode and a town on the next ("Hallerey 12\n44149 Dortmund", "Rue
# Haute 4a\n1000 Bruxelles"): the number is a house number
_POSTCODE_NEXT_RE = re.compile(r"[a-zA-Z]?[^\S\n]*,?[^\S\n]*\n[^\S\n]*(?:[A-Z]{1,2}-)?\d{4,5}(?:[^\S\n]?[A-Z]{2})?[^\S\n]+[A-ZÄÖÜ]")
_POSTCODE_AFTER_RE = re.compile(r"[a-zA-Z]?[^\S\n]*,[^\S\n]*(?:D-)?\d{5}[^\S\n]+[A-ZÄÖÜ][a-zäöüß]")
_ADDRESS_PARTICLES = frozenset({"am", "an", "im", "in", "zum", "zur", "der", "den", "de", "du", "la", "le", "van",
                                 "von", "op", "str", "rue", "via", "calle", "ul", "avenue"})


def _address_line(text: str, start: int) -> bool:
    """The words before `start` on its line are a street's name: capitalised or particles ("Am Pulverschuppen",
    "Rue de la Paix", "ul. Długa"), at most 50 characters: not a sentence ("Wir kommen zu 2")."""
    line_start = text.rfind("\n", max(0, start - 51), start) + 1
    if start - line_start > 50 or (line_start == 0 and start > 50):
        return False
    found = re.findall(r"[^\W\d_]+", text[line_start:start])
    return bool(found) and all(w[:1].isupper() or w.casefold() in _ADDRESS_PARTICLES for w in found)


# a German ordinal before an office, a team, a term, a floor: "1. Vorsitzende", "2. stellv. Vorsitzender",
# "2. Mannschaft", "5. Semester", "3. Lehrjahr", "2. OG": no workgroup and nobody counted (the ordinal form
# only: "2 Vorsitzende kommen mit" counts two)
_ORDINAL_ROLE_RE = re.compile(
    r"\.[^\S\n]*(?:vorsitz|kassier|schriftf|beisitz|mannschaft|semester|lehrjahr|ausbildungsjahr|"
    r"schuljahr|klasse|jahrgang|liga|staffel|stock|etage|og(?!\w)|obergeschoss|geburtstag|jubiläum|auflage)",
    re.I,
)
# an age said of one person: "sie ist 16", "Er ist nur 9", "meine Tochter ist 15", "she's 16", "my son is only 9",
# Russian and Ukrainian "ей 12", "ему 9", "їй 15", "йому 7" (the dative of being so old) right before the
# number. A pronoun or a word for a child, in the singular only: "wir sind 4", "they are 3" are counts
_AGE_BEFORE_RE = gated(re.compile(
    r"(?<!\w)(?:(?:sie|er|tochter|sohn|kind|enkelin|enkel|nichte|neffe)[^\S\n]+ist|"
    r"(?:she|he|daughter|son|kid|child|granddaughter|grandson|niece|nephew)(?:[^\S\n]+is|'s|’s)|"
    r"ей|ему|їй|йому)(?:[^\S\n]+(?:nur|erst|schon|gerade|noch|only|just|already|almost|fast|уже|только|вже|лише|тільки))?"
    r"[^\S\n]*$",
    re.I,
))


def _is_quantity_or_date(text: str, wds: _Words, m: re.Match, value: int, date_numbers, pats) -> bool:
    """A number that is a date, a time, an age, an amount: neither persons nor a workgroup."""
    before, after = text[max(0, m.start(1) - 2) : m.start(1)], text[m.end(1) : m.end(1) + 4]
    line_start = max(text.rfind("\n", max(0, m.start(1) - 8), m.start(1)) + 1, m.start(1) - 8)  # bounded: linear
    if (line_start == 0 or text[line_start - 1] == "\n") and not text[line_start : m.start(1)].strip() and re.match(
        r"[.):]\s", after
    ):
        return True  # a list marker: "1. Harpreet …", "2) Will there be …", "3: …"
    if re.match(r"\.\s?\d|[:/-]\d", after) or re.search(r"\d[./-]\s?$", before):
        return True  # 13.3. / 19.06.2027 / 10:00
    if _glued_unit().match(text, m.end(1)):
        return True  # "3年", "5月", "10時", "3살": a unit written on its number (the vocab's CJK units and months)
    if re.match(r"\s*(?:%|€|\$|h\b|uhr)", after, re.I) or (
            wds.after(m.end(1), "unit") and not _members_with(text, m.start(1), m.end(1))) or wds.after(
        m.end(1), "month", skip_short=True
    ):
        return True  # "16 Uhr", "seit 12 Jahren", "am 13. März"
    if _unit_after_a_word(text, wds, m.end(1)):
        return True  # "3 ganze Tage", "2 kurze Fragen": a word that describes the unit
    glued = _ORDINAL_DIGIT_RE.match(text, m.start(1))
    if glued and glued.end() > m.end(1) and wds.after(glued.end(), "unit"):
        return True  # "4-й поверх", "the 3rd floor": its ending on the number, then the unit
    chained = _AND_NUMBER_RE.match(text, m.end(1))
    if chained and (wds.after(chained.end(), "unit") or wds.after(chained.end(), "month", skip_short=True)) and not (
            pats["group_noun_tail"].search(text[max(0, m.start(1) - 16) : m.start(1)])):
        return True  # "8 i 11 lat", "17 ve 19 yaşında", "3 et 6 ans": the unit after the last counts for all
    if _LABEL_BEFORE_RE.search(text, max(0, m.start(1) - 24), m.start(1)):
        return True  # "Wolbecker Straße 12", "mit der Linie 8", "автобус 6", "Raum 2": an address, a line, a room
    if _POSTCODE_NEXT_RE.match(text, m.end(1)) and _address_line(text, m.start(1)):
        return True  # "Hallerey 12" over "44149 Dortmund": a house number (an address without "Straße")
    if _POSTCODE_AFTER_RE.match(text, m.end(1)):
        return True  # "Prinzipalmarkt 8, 48143 Münster": a house number, the postcode and town after it on its line
    if _ORDINAL_ROLE_RE.match(text, m.end(1)):
        return True  # "unser 1. Vorsitzender", "die 2. Mannschaft", "im 5. Semester", "10. Klasse"
    if _AGE_BEFORE_RE.search(text, max(0, m.start(1) - 40), m.start(1)):
        return True  # "sie ist 16", "my son is only 9", "(ей 12)", "їй 15": a child's age
    first = _RANGE_BEFORE_RE.search(text, max(0, m.start(1) - 12), m.start(1))
    if first and _LABEL_BEFORE_RE.search(text, max(0, first.start(1) - 24), first.start(1)):
        return True  # "Klassen 1 bis 4", "Jahrgänge 5 und 6", "saat 15 ile 17": the last of a labelled range
    if value in date_numbers and not pats["group_noun_tail"].search(text[max(0, m.start(1) - 16) : m.start(1)]):
        return True  # the event's own day: "am 13.", "on the 19th", "13 de marzo", "மார்ச் 13"
    if wds.before(m.start(1), "month_before") or re.search(r"th[aá]ng\s*$", text[max(0, m.start(1) - 6) : m.start(1)]):
        return True  # "März 13", "tháng 3"
    # an age in parentheses: "meine Tochter (16)", "two kids (3 and 6)"
    left = text.rfind("(", max(0, m.start(1) - 12), m.start(1))
    inside = text[left + 1 : m.start(1)] if left >= 0 else ""
    # ("(la 2)", "(the 3rd)", "(die 1)": an article before the number points at an item of a list, no age)
    if left >= 0 and re.fullmatch(r"[\d\s,&+/]*(?:\w{1,3})?[\d\s,&+/]*", inside) and not _ARTICLE_RE.fullmatch(inside.strip()):
        right = text.find(")", m.end(1), m.end(1) + 14)
        head = text[max(0, left - 14) : left]
        if right >= 0 and re.fullmatch(r"[\d\s,&+/\w]*", text[m.end(1) : right]) and not pats["group_noun"].search(head):
            return True
    return False


def _members_with(text: str, start: int, end: int) -> bool:
    """ "mit zwei Mitgliedern", "ምስ ክልተ ኣባላት", "iki üye ile": a count of members (a unit of an association's size,
    "120 Mitglieder") after a word for "with", or with Turkish "ile" after it, counts persons who come."""
    noun = _NEXT_NOUN_RE.match(text, end)
    if not noun or not bare(noun.group(1)).startswith(_member_stems()):
        return False
    return bool(_with_before_re().search(text, max(0, start - 30), start) or _ILE_AFTER_RE.match(text, noun.end())
                or re.search(r"(?:y?l[ae])$", noun.group(1)) and bare(noun.group(1)).startswith("uye"))


_NEXT_NOUN_RE = re.compile(r"[^\S\n]+([^\W\d_]+)")
_ILE_AFTER_RE = re.compile(r"[^\S\n]+ile(?!\w)", re.I)


@functools.cache
def _member_stems() -> tuple[str, ...]:
    """The `units` that are words for persons too ("mitglied", "member", "üye", "ኣባላት", "член")."""
    persons = {bare(w) for c in ("others", "persons", "companions", "many_companions", "with_companions") for w in words(c)}
    return tuple(sorted({u for u in (bare(w) for w in words("units")) if len(u) >= 3 and (
        u in persons or any(p.startswith(u) for p in persons if len(u) >= 4))}))


@functools.cache
def _with_before_re() -> re.Pattern:
    """A word for "with" of any vocabulary file, at most one word between it and the count ("mit unseren zwei")."""
    withs = sorted({bare(w) for w in words("with_words")}, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, withs))})(?:[^\S\n]+[^\W\d_]+)?[^\S\n]+$", re.I)


def _unit_after_a_word(text: str, wds: _Words, end: int) -> bool:
    """A unit after one word in lower case (an adjective; German nouns have a capital): "zwei kurze Fragen"."""
    between = _LOWER_WORD_AFTER_RE.match(text, end)
    # (not a word for persons: "two others later" counts persons, whatever "later" starts like)
    return bool(between) and not bare(between.group(0).strip()).startswith(_person_stems()) and wds.after(between.end(), "unit")


@functools.cache
def _person_stems() -> tuple[str, ...]:
    return tuple(sorted({bare(w) for c in ("others", "persons", "companions", "many_companions") for w in words(c)
                         if len(bare(w)) >= 3}))


# one word in lower case after a number (an adjective; German nouns have a capital)
_LOWER_WORD_AFTER_RE = re.compile(r"[^\S\n]+(?=[^\W\d_])(?!\w*[A-ZÄÖÜ])[^\W\d_]{2,20}(?![\w-])")
_ARTICLE_RE = re.compile(r"(?i:the|la|le|el|il|lo|die|der|das|de|het|o|a|os|as|les|los|las)")


@functools.cache
def _glued_unit() -> re.Pattern:
    """The units and months of the scripts that write them on the number (Chinese, Japanese, Korean)."""
    found = [w for w in words("units") + words("months") if w and all(re.match(f"[{_CJK}]", ch) for ch in w.strip())]
    return re.compile(f"(?:{_alternation(found)})" if found else "(?!)")


def unexplained(items: list[Item], used: list[tuple[int, int]], near: int = 0, text: str = "",
                groups: list[tuple[int, int]] | None = None) -> list[Item]:
    """The items no used span covers. A group noun also counts as used when a workgroup the reader read
    (`groups`, by default every used span) stands within `near` characters before or after it in the
    same sentence ("AG 2", "the education group"); a count of persons there names no group
    ("el taller de teatro junto con mi hija": the daughter does not explain the workshop)."""
    out = []
    groups = used if groups is None else groups
    for item in items:
        if any(s <= item.start < e or item.start <= s < item.end for s, e in used):
            continue
        if item.concept == "group_noun" and near and any(
            (0 <= s - item.end <= near and _one_clause(text, item.end, s))
            or (0 <= item.start - e <= near and _one_clause(text, e, item.start))
            or _glossed(text, item.end, s)
            for s, e in groups
        ):
            continue
        out.append(item)
    return out


def _glossed(text: str, end: int, start: int) -> bool:
    """A workgroup read in brackets that close the group noun's phrase: "el grupo de trabajo sobre vivienda y
    convivencia en el barrio (Wohnen)" — the writer's own words, then the workgroup's name. The phrase runs
    on without a comma or a sentence's end (at most 100 characters)."""
    if not 0 < start - end <= 100 or not text[end:start].rstrip().endswith("("):
        return False
    return not re.search(r"[,;:.!?()\n]", text[end:start].rstrip()[:-1])


def _one_clause(text: str, start: int, end: int) -> bool:
    """One sentence, and no comma before another person between: "die Arbeitsgruppe über Tanz, meine Kollegin
    in die AG 2" names two workgroups, the colleague's AG 2 does not explain the writer's group noun ("in die
    Gruppe, in der es um Schule geht (AG 1)" and "falls dieser Workshop voll ist, Workshop 1" still do)."""
    return _one_sentence(text, start, end) and not _ANOTHER_PERSON_AFTER_COMMA_RE.search(text, start, end)


# a comma, then another person as the subject: "…, meine Kollegin …", "…, my husband …", "…, er …"
_ANOTHER_PERSON_AFTER_COMMA_RE = re.compile(
    r"[,;،؛][^\S\n]*(?:und[^\S\n]+|and[^\S\n]+)?(?:meine?|my|unsere?|our|seine?|ihre?|his|her|sie|er|she|he|"
    r"mon|ma|mes|notre|mi|mio|mia|minha|meu|moja|mój|мо[йяеё]|мій|моя|benim)(?!\w)",
    re.I,
)


def _one_sentence(text: str, start: int, end: int) -> bool:
    # (a single line break is a client's hard wrap: "das Forum zur\nJugend in …" is one sentence)
    return not text or not re.search(r"[.!?]|\n[^\S\n]*\n", text[start:end])
