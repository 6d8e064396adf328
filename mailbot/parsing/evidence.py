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

import functools
import re
from dataclasses import dataclass

from .lexicon import CARDINALS, GROUP_NOUN, ORDINALS, lowered
from .party import PEOPLE as _PEOPLE
from .vocabulary import AMBIGUOUS_NUMBERS, alternation as _alternation, words

@dataclass(frozen=True)
class Item:
    start: int
    end: int
    text: str
    concept: str  # number, roman, ordinal, position, letter, group_noun, number_word, withdraw, change


@functools.cache
def _patterns() -> dict[str, re.Pattern]:
    """One compiled scan per concept over lowered() text (all languages in one alternation)."""
    number_words = sorted((set(CARDINALS) | set(words("cardinals"))) - AMBIGUOUS_NUMBERS, key=len, reverse=True)
    ordinal_stems = sorted(set(ORDINALS) | set(words("ordinals")), key=len, reverse=True)
    return {
        "number_word": re.compile(rf"(?<!\w)(?:{_alternation([w.lower() for w in number_words])})(?!\w)"),
        "ordinal": re.compile(rf"(?<!\w)(?:{_alternation(ordinal_stems)})\w{{0,5}}"),
        "position": re.compile(rf"(?<!\w)(?:{_alternation(words('positions'))})\w{{0,4}}"),
        "group_noun": re.compile(rf"(?<![\w-])(?:{GROUP_NOUN}|{_alternation(words('group_nouns'))})(?![\w-])", re.I),
        "withdraw": re.compile(rf"(?<!\w)(?:{_alternation(words('withdraw'))})"),
        "change": re.compile(rf"(?<!\w)(?:{_alternation(words('change'))})(?!\w)"),
        "proxy": re.compile(rf"(?<!\w)(?:{_alternation(words('proxy'))})(?!\w)"),
        "choice": re.compile(rf"(?<!\w)(?:{_alternation(words('choice'))})"),
        "persons": re.compile(rf"\s*(?:{_PEOPLE})"),
        "month": re.compile(rf"(?:\w{{1,3}}\s+)?(?:{_alternation(words('months'))})"),  # "13 de marzo"
        "month_tail": re.compile(rf"(?:{_alternation(words('months'))})\w*\s*$|th[aá]ng\s*$"),
        "group_noun_tail": re.compile(rf"(?:{GROUP_NOUN})\s*[:.\-–]?\s*(?:nr\.?|no\.?|#|№)?\s*$", re.I),
        "unit": re.compile(rf"(?:{_alternation(words('units'))})"),
    }


# any script's digits; not inside a run of digit groups ("0251 09 87", a phone number)
_NUMBER_RE = re.compile(r"(?<![\w.,:/-])(?<!\d )(\d{1,2})(?![\w:/])(?! \d)")
_ROMAN_RE = re.compile(r"(?<![\w.-])(II|III|IV|VI|VII|VIII|IX|XI|XII)(?![\w-])")
_LETTER_RE = re.compile(r"(?<![\w'’.-])([A-Z])(?![\w-])(?!\.\s*[A-Z])")


_COMPOUND_GROUP_RE = re.compile(
    r"(?<![\w-])[^\W\d_]{3,}-?(?:forum|gruppe|workshop|arbeitsgruppe|-ag|werkstatt|kreis|group)(?![\w-])", re.I
)


def inventory(text: str, letters: frozenset[str] = frozenset(), date_numbers: frozenset[int] = frozenset(),
              event_words: frozenset[str] = frozenset()) -> list[Item]:
    """Every item in `text` that could name a workgroup, count persons, withdraw or change.

    `letters`: the capital letters that label workgroups ("Forum B"); `date_numbers`: the days of
    the event's own dates, which a writer repeats ("am 13."); `event_words`: the
    casefolded words of the event's name ("Vereinsforum" is the event, not a group).
    """
    low = lowered(text)
    if len(low) != len(text):  # lowered() keeps positions except for rare letters; then positions come from text
        low = text.lower()
    pats = _patterns()
    items: list[Item] = []
    for m in _NUMBER_RE.finditer(text):
        value = _int(m.group(1))
        if value is None or not 0 < value <= 20 or _is_quantity_or_date(text, low, m, value, date_numbers, pats):
            continue
        if not _counts_groups(text, m.end(1), pats):
            items.append(Item(m.start(1), m.end(1), m.group(1), "number"))
    for m in _ROMAN_RE.finditer(text):
        items.append(Item(m.start(1), m.end(1), m.group(1), "roman"))
    if letters:
        for m in _LETTER_RE.finditer(text):
            if m.group(1) in letters:
                items.append(Item(m.start(1), m.end(1), m.group(1), "letter"))
    for m in _COMPOUND_GROUP_RE.finditer(text):  # "Jugendforum", "Bildungs-AG", "Zukunftsgruppe"
        if m.group(0).casefold() not in event_words:
            items.append(Item(m.start(), m.end(), m.group(0), "group_noun"))
    ranking = [m.span() for m in pats["choice"].finditer(low)]  # "Erstwunsch", "first choice"
    for concept in ("number_word", "ordinal", "position", "group_noun", "withdraw", "change", "proxy"):
        source = text if concept == "group_noun" else low
        for m in pats[concept].finditer(source):
            if concept in ("number_word", "ordinal", "position") and _unit_follows(low, m.end(), pats):
                continue  # "zum ersten Mal", "seit zwei Jahren", "letzte Woche"
            if concept in ("ordinal", "position") and (
                pats["persons"].match(low, m.end()) or any(s <= m.start() < e for s, e in ranking)
            ):
                continue  # "die zweite Person", "Zweitwunsch": a person or a rank, not a workgroup
            if concept == "group_noun" and _in_event_name(text, m, event_words):
                continue  # "Forum der Vielfalt" is the event, not a group
            if concept == "number_word" and _counts_groups(text, m.end(), pats):
                continue  # "all three workshops"
            items.append(Item(m.start(), m.end(), text[m.start() : m.end()], concept))
    return sorted(items, key=lambda i: i.start)


def _in_event_name(text: str, m: re.Match, event_words: frozenset[str]) -> bool:
    after = re.match(r"\s+([\w-]+)", text[m.end() : m.end() + 40])
    return m.group(0).casefold() in event_words and bool(after and after.group(1).casefold() in event_words)


_PLURAL_GROUPS_RE = re.compile(
    r"\s+(?:(?:\w+\s+)?(?:arbeitsgruppen|gruppen|ags|workshops|work\s?groups|working\s+groups|groups|foren|forums|"
    r"sessions|tables|tische|ateliers|groupes|grupos|gruppi|grupy|grup|gruplar\w*|группы|групп|групи|груп|"
    r"مجموعات|گروه‌ها|گروهها|themen|topics))\b",
    re.I,
)


def _counts_groups(text: str, end: int, pats) -> bool:
    """'three workgroups', 'alle vier Themen': the number counts groups, not persons or a choice."""
    return bool(_PLURAL_GROUPS_RE.match(text, end))


def _int(token: str) -> int | None:
    try:
        return int(token)  # int() reads every script's decimal digits
    except ValueError:
        return None


def _unit_follows(low: str, end: int, pats) -> bool:
    after = low[end : end + 16].lstrip(" .-")
    return bool(pats["unit"].match(after) or pats["month"].match(after))


def _is_quantity_or_date(text, low, m, value, date_numbers, pats) -> bool:
    """A number that is a date, a time, an age, an amount: neither persons nor a workgroup."""
    before, after = text[max(0, m.start(1) - 2) : m.start(1)], text[m.end(1) : m.end(1) + 4]
    line_start = text.rfind("\n", 0, m.start(1)) + 1
    if not text[line_start : m.start(1)].strip() and re.match(r"[.)]\s", after):
        return True  # a list marker: "1. Harpreet …", "2) Will there be …"
    if re.match(r"\.\s?\d|[:/-]\d", after) or re.search(r"\d[./-]\s?$", before):
        return True  # 13.3. / 19.06.2027 / 10:00
    if re.match(r"\s*(?:%|€|\$|h\b|uhr)", after, re.I) or _unit_follows(low, m.end(1), pats):
        return True  # "16 Uhr", "seit 12 Jahren", "am 13. März"
    head = low[max(0, m.start(1) - 16) : m.start(1)]
    if value in date_numbers and not pats["group_noun_tail"].search(text[max(0, m.start(1) - 16) : m.start(1)]):
        return True  # the event's own day: "am 13.", "on the 19th", "13 de marzo", "மார்ச் 13"
    if pats["month_tail"].search(head):
        return True  # "März 13", "tháng 3"
    # an age in parentheses: "meine Tochter (16)", "two kids (3 and 6)"
    left = text.rfind("(", max(0, m.start(1) - 12), m.start(1))
    if left >= 0 and re.fullmatch(r"[\d\s,&+/]*(?:\w{1,3})?[\d\s,&+/]*", text[left + 1 : m.start(1)]):
        right = text.find(")", m.end(1), m.end(1) + 14)
        head = text[max(0, left - 14) : left]
        if right >= 0 and re.fullmatch(r"[\d\s,&+/\w]*", text[m.end(1) : right]) and not pats["group_noun"].search(head):
            return True
    return False


def unexplained(items: list[Item], used: list[tuple[int, int]], near: int = 0) -> list[Item]:
    """The items no used span covers (a span within `near` characters counts, for group nouns)."""
    out = []
    for item in items:
        reach = near if item.concept == "group_noun" else 0
        if not any(s - reach <= item.start < e + 1 or item.start <= s < item.end for s, e in used) and not any(
            item.concept == "group_noun" and 0 <= s - item.end <= reach for s, _ in used
        ):
            out.append(item)
    return out
