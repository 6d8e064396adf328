"""Workgroup choices, matched against the config's workgroups (built once per config).

A workgroup is named by its number ("AG 2", "Arbeitsgruppe II", "3. çalışma
grubu", "die zweite Arbeitsgruppe"), its id, words of its title or an alias,
with typos and inflection tolerated. Then context decides: "nicht AG 1",
"von AG 1 in AG 2", "sonst AG 3", a past registration, a change of mind.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from itertools import accumulate, compress

from ..config import Workgroup
from .lexicon import (
    GROUP_NOUN,
    HYPHEN_GROUP,
    NUMBER_SIGN,
    concept_pattern,
    ROMAN,
    STOPWORDS,
    COLOUR_WORDS,
    TOPIC_WORDS,
    digit_value,
    lower_pattern,
    lowered,
    number_words_pattern,
    ordinal_value,
    ordinal_words_pattern,
)
from .evidence import STAYS_AFTER_RE, bare_letters, month_follows, ordinals, positions, ranking_words
from .people import fold
from .gates import gated
from .glossary import is_topic_word
from .intent import COURTESY_IF_RE as _COURTESY_IF_RE, FALLBACK_CONDITION_RE, IF_FULL_RE, NO_ROOM, fallback_condition_in, speaks_of_coming
from .scan import longest_first, mark_letters, stretch
from .ticks import read_ticks
from .topics import TopicReader
from .vocabulary import alternation, concept_regex, vocabulary, words

# Roman one only as a capital: a lower-case "i" is a word in many languages ("grupi i punës")
_NUM = (rf"(?:\d+|{'|'.join(longest_first((r for r in ROMAN if r != 'I')))}|(?-i:I)|i{{2,3}}|iv|"
        rf"{number_words_pattern()})")
_LIST_JOIN = r"\s*(?:,|/|&|\+|und|oder|and|or|ou|et|o|y|lub|veya|или|и|або|і|و|یا|-)\s*"
_NOT_A_GROUP_AFTER = r"(?!\w)(?![^\S\n]*(?:personen|person|persons|people|leute|teilnehmer\w*|teilnehmende|kişi|человек|осіб|نفر|أشخاص))"
def _rank_nouns() -> str:
    """'wahl', 'choice', 'tercih': the noun after the ordinal in the vocabulary's "second choice" phrases.

    "als zweite Wahl Werkstatt A" ranks Werkstatt A; the ordinal is no workgroup number.
    """
    nouns = {parts[1] for table in vocabulary().values() for phrase in table.get("choice", ())
             if len(parts := phrase.split()) == 2 and ordinal_value(parts[0]) is not None}
    nouns |= {w for w in words("ranks") if " " not in w}  # the vocabulary's own rank nouns
    return "|".join(longest_first(map(re.escape, nouns))) or "(?!)"


# "AG 1, 2. Wahl AG 3": a number of the list after the noun is not one that starts a rank ("2. Wahl", "2 choice")
_NOT_A_RANK_AFTER = rf"(?!\.?[^\S\n]*(?:{_rank_nouns()})(?!\w))"
_NOUN_NUMBER_RE = gated(re.compile(
    rf"(?<![\w-]){GROUP_NOUN}\s*[:.\-–]?\s*{NUMBER_SIGN}(?P<num>{_NUM}){_NOT_A_GROUP_AFTER}"
    rf"(?P<more>(?:{_LIST_JOIN}{NUMBER_SIGN}{_NUM}{_NOT_A_GROUP_AFTER}{_NOT_A_RANK_AFTER})*)",
    re.I,
))


# a number sign on the same line ("AG Nr. 1"; NUMBER_SIGN's own space may cross a line break: "die dritte AG\n2. Frage")
assert NUMBER_SIGN.endswith(r")?\s*")
_SIGN_ON_LINE = NUMBER_SIGN[: -len(r"\s*")] + r"[^\S\n]*"
_ORDINAL_DIGITS = r"\d{1,2}\.|\d{1,2}(?=\s+numaral)|\d{1,2}(?:st|nd|rd|th|º|ª|°|e|ème|-?(?:я|й|а|ю|ї)|η|ης|ος|ο|ου|ኛ[ው]?)(?!\w)"
_ORDINAL_NOUN_RE = gated(re.compile(
    # (not "zu zweit für AG 1": "zu zweit" counts persons; not "zweite Wahl AG 1": a rank)
    # ("2nd workgroup", "2º grupo", "2e atelier", "2-я группа", "(በ)2ኛው ቡድን": a digit with its language's ordinal ending,
    # after an Amharic preposition written onto it)
    # (three branches, each its own group, not "(?:[በለከየ](?=\d))?(?P<ord>digits|words)": the same matches in
    # the same order, since no ordinal word starts with a digit, but every branch now starts with words or a
    # digit, so on a long text the pattern is tried only there (literals.branch_prefixes), not everywhere)
    rf"(?<![\w])(?<![Zz]u )(?:[በለከየ](?=\d)(?P<ord_lead>{_ORDINAL_DIGITS})|(?P<ord_digit>{_ORDINAL_DIGITS})"
    rf"|(?P<ord>{ordinal_words_pattern()}))\s+"
    # (not when the noun has its own number: "اولویت دوم گروه ۲", second priority group 2; "2. AG 3")
    # ("والثاني الورشة رقم 1", and the second: workshop number 1: the number after a number sign too)
    rf"(?:(?!(?:{_rank_nouns()})\w{{0,3}}\s)\w+\s+)?{GROUP_NOUN}(?![\w])(?![^\S\n]*[:.\-–]?[^\S\n]*{_SIGN_ON_LINE}\d)",
    re.I,  # "5 numaralı masa": Turkish "number 5" comes before the noun
))
# Georgian writes the ordinal's prefix before the digit: "მე-2 ჯგუფში", in the second group (a pattern of its own:
# in the one above it was tried at every position of every mail)
_GEORGIAN_ORDINAL_RE = gated(re.compile(rf"(?<![\w-])მე-(?P<ord>\d{{1,2}})\s+(?:\w+\s+)?{GROUP_NOUN}(?![\w])", re.I))
_NOUN_ORDINAL_RE = gated(re.compile(
    rf"{GROUP_NOUN}\s+(?:(?P<ord>{ordinal_words_pattern()})(?![\w])"
    # a digit with an ordinal ending after the noun, also past one word ("kooxda shaqada 1aad": Somali
    # -aad; "çalışma grubu 2'nci"): such a digit is an ordinal and nothing else
    rf"|(?:\w+\s+)?(?P<ord_digit>\d{{1,2}}(?:-?aad|'?(?:inci|ıncı|nci|ncı|üncü|uncu|ncü|ncu)))(?![\w]))",
    re.I,
))
_STANDALONE_ORDINAL_RE = gated(re.compile(
    rf"\b(?:die|der|das|den|the|la|le|el|il)\s+(?P<ord>{ordinal_words_pattern()})(?:\s+(?:one|davon|of them))?"
    rf"\s*(?=[.,;!)]|$|\s+(?:bitte|please|nehmen|nehme|for me|für mich))",
    re.I | re.M,
))
_NOUN_MOVE_RE = gated(re.compile(
    rf"(?<![\w-]){GROUP_NOUN}[^\S\n]+(?:from|von|z|ze|od|iz|с|з|із|из|от|од|de|da|از|από)[^\S\n]+{NUMBER_SIGN}(?P<a>\d{{1,2}})"
    rf"[^\S\n]+(?:to|auf|in|zu|na|do|u|на|до|в|a|à|para|به|σε|στο|στη)[^\S\n]+{NUMBER_SIGN}(?P<b>\d{{1,2}})(?!\w)",
    re.I,
))
# "Якщо там не буде місць, то друга", "if it is full, then the second", "sonst die dritte": an
# ordinal alone after "then/else" at the end of its clause names a workgroup (languages without articles too)
_THEN_ORDINAL_RE = gated(re.compile(
    rf"(?<!\w)(?:то|тоді|тогда|to|then|dann|sonst|alors|sinon|entonces|allora|atunci|onda|o zaman)[^\S\n]+"
    rf"(?:(?:die|der|das|the|la|le|el|il|a)[^\S\n]+)?(?P<ord>{ordinal_words_pattern()})(?:[^\S\n]+(?:one|davon|of them))?"
    rf"[^\S\n]*(?=[.,;!)]|$)",
    re.I | re.M,
))
_GROUP_NOUN_RE = gated(re.compile(rf"(?<![\w-]){GROUP_NOUN}(?![\w])", re.I))
# right after an ordinal: a group noun with a number of its own (an article or a colon between; not a comma:
# "workshop 1 first, workshop 2 as a backup" ranks the one before), the number ending its clause ("die dritte AG
# 2 Personen": the number counts persons, the ordinal names the group)
_NUMBERED_NOUN_NEXT_RE = re.compile(
    rf"[^\S\n]*:?[^\S\n]*(?:(?:die|der|den|the|la|le|el|il)[^\S\n]+)?{GROUP_NOUN}[^\S\n]*[:.\-–]?[^\S\n]*{_SIGN_ON_LINE}"
    r"\d{1,2}(?=[^\S\n]*(?:[.,;:!?()\[\]،؟]|$))", re.I | re.M)
_WORD_RE = gated(re.compile(r"[^\W\d_][\w'’-]*", re.U))


def counts_the_choices(text: str, start: int, end: int, found_ordinals=None) -> bool:
    """The ordinal at text[start:end] counts the writer's choices: a group noun with its own number follows it (see
    NUMBERED_NOUN_NEXT_RE), and another ordinal or a rank ("erste Wahl", "الأول") comes before it in the last 200
    characters: "Meine erste Wahl ist AG 3, die zweite AG Nr. 1" ("die zweite AG 3" alone stays a question). "First"
    needs nothing before it: "erste AG 3 (Zukunft), sonst AG 1", "اول ورکشاپ ۴، اگر جای خالی نبود ورکشاپ ۱" put a
    choice first, the number names it (a second or third alone may be the group of that place, its number a slip)."""
    if not _NUMBERED_NOUN_NEXT_RE.match(text, end):
        return False
    if ordinal_value(text[start:end].split()[0] if text[start:end].split() else "") == 1:
        return True
    found_ordinals = ordinals(text) if found_ordinals is None else found_ordinals
    near = max(0, start - 200)
    return any(near <= s < start for s, _e, _v in found_ordinals) or bool(ranking_words(text[near:start]))
_WORD_SPLIT_RE = re.compile(rf"({_WORD_RE.pattern})")  # (in a group: split() returns the words too, at the odd places)

_NEGATIVE_BEFORE_RE = gated(re.compile(
    r"(?:\b(?:can't|cannot|won't)\b(?! wait)|\b(?:nicht|(?<!zur )not|kein\w*|statt(?![^\S\n]*dessen)|anstatt|instead of|rather than|außer|ausser|except|from|von|vom|aus|"
    r"bisher|currently|zurzeit|derzeit|momentan|ursprünglich|originally|plutôt que|au lieu de|"
    r"en lugar de|zamiast|вместо|замість|ne(?![-‑])|pas|"
    # the negation of the languages that put it before the thing negated ("а не в первую", "nie do grupy 1",
    # "non nel gruppo 1", "não no grupo 3", "nu în grupa 2")
    r"не|nie|non|não|nao|nu|"
    # "except" ("jede AG außer 2", "tous sauf le 2", "любая, кроме второй", "każda oprócz drugiej")
    r"sauf|excepto|(?<!al )(?<!lo )menos|salvo|tranne|eccetto|exceto|кроме|крім|окрім|oprócz|z wyjątkiem|osim|"
    r"behalve|în afară de|cu excepția|mai puțin|përveç|ji bilî)\b|بدلا من|به جای|ما عدا|باستثناء|بجز|به جز|غیر از|"
    # "instead of" of every language of the vocabulary ("en vez de", "invece di", "în loc de", "umjesto"),
    # also with the article joined on ("en vez del", "invece della", "em vez do")
    rf"(?<!\w)(?:{alternation(words('instead_of'))})\w{{0,4}}(?!\w)(?![^\S\n]*dessen))[^.!?\n]{{0,25}}$",
    re.I,
))
# Turkish marks "from" with a suffix after the mention: "eğitim grubundan", "AG 1'den" (the old choice)
_FROM_AFTER_RE = gated(re.compile(r"(?:\s+grub\w*?|\s+grup|['’])(?:dan|den|tan|ten)\b", re.I))
# a word of having registered ("angemeldet", "signed up", "kayıtlı", "zapisany", "đã đăng ký"): the clause names
# the workgroup the writer is already in
_REGISTERED_FOR = (
    r"angemeldet|registered|eingetragen|(?<!aus)gebucht|(?<!fully )booked(?! up)|signed up|inscrit|"
    # (Polish "zapisany", registered, not the noun "zapisanie", signing up: "Proszę o zapisanie mnie do AG 3")
    r"зарегистрир|зареєстр|kayıtlı|kaydoldum|kaydolmuş|kayıt olmuş|zapisan(?!ie|ia\b|iu|iem)|đã đăng ký|ثبت[\u200c ]?نام کرده|سجلت|"
    # Greek "είμαι γραμμένος", Italian "sono iscritta", BCS "prijavljena sam", Romanian "sunt înscris", Dutch
    # "ingeschreven", Albanian "jam regjistruar", Portuguese "registada", Arabic "مسجل"
    # (not Romanian "inscris" without its mark: French "je m'inscris", I sign up)
    r"γραμμέν|εγγεγραμμέν|εγγράφηκ|δηλωμέν|iscritt|prijavljen|пријављен|înscris|ingeschreven|aangemeld|"
    r"regjistruar|registad|registrad|مسجل"
)
_REGISTERED_FOR_RE = gated(re.compile(_REGISTERED_FOR, re.I))
# a clause of the past choice: registered for, assigned to, or "bereits"/"already" (not the full workgroup's
# "ausgebucht", "fully booked", "booked up": "falls ausgebucht, dann AG 2")
_PAST_CLAUSE_RE = gated(re.compile(_REGISTERED_FOR + r"|zugeteilt|assigned|bereits|already", re.I))
# "to be" before the participle, or "werden" after it: a registration wished for, not one made ("želim biti prijavljena
# u grupu 2", "أريد أن أكون مسجلة في", "vorrei essere iscritta", "dua të jem e regjistruar", "I'd like to be registered",
# "möchte in AG 2 angemeldet werden")
_TO_BE_BEFORE_RE = re.compile(
    r"(?<!\w)(?:biti|бити|быть|бути|być|essere|être|etre|ser|estar|să[^\S\n]+fiu|sa[^\S\n]+fiu|të[^\S\n]+jem(?:[^\S\n]+e)?|"
    r"te[^\S\n]+jem(?:[^\S\n]+e)?|να[^\S\n]+είμαι|أكون|to[^\S\n]+be|be|get)[^\S\n]+$", re.I)
_BECOMING_AFTER_RE = re.compile(r"[^\S\n]+(?:zu[^\S\n]+)?(?:werden|worden)(?!\w)", re.I)


def _past(regex, clause: str) -> bool:
    """A word of having registered in the clause that is not one wished for ("to be registered")."""
    return any(not _TO_BE_BEFORE_RE.search(clause, max(0, m.start() - 30), m.start())
               and not _BECOMING_AFTER_RE.match(clause, m.end()) for m in regex.finditer(clause))


BUT_RE = _BUT_RE = gated(re.compile(concept_regex("but"), re.I))  # aber, but, mais, ama, но, لكن … (the `but` concept)
_FALLBACK_BEFORE_RE = gated(re.compile(
    r"(?:\b(?:sonst|ansonsten|zur not|alternativ\w*|ausweich\w*|ersatzweise|hilfsweise|zweitwunsch|zweite wahl|second choice|second preference|"
    r"otherwise|alternatively|else|falls|if|wenn|notfalls|backup|sinon|ou bien|deuxième choix|si no|"
    r"o bien|de lo contrario|w przeciwnym|ya da|değilse|иначе|или|інакше|або|"
    # "if there is no room", "if it is full" in more languages (a bare "se"/"si" is also a pronoun: not alone)
    r"gdyby|jeśli|jeżeli|jesli|jezeli|якщо|если|ukoliko|ako|caso|se não|se nao|se non|se il|se la|se o|se a|"
    r"s'il|s’il|si c'est|si no hay|si el|si la|à défaut|a défaut|a defaut|altrimenti|senão|senao|eğer|"
    r"nëse|dacă|daca|altfel|αν|εάν|αλλιώς|nếu|ikiwa|haddii|yoksa|olmazsa|eger|\w{2,}(?:ysa|yse))\b|"
    r"وإلا|یا|وإذا|إذا|اذا|واذا|اگر|وگرنه|ئەگەر)[^.!?\n]{0,60}$",
    re.I,
))
_LAST_TIME_RE = gated(lower_pattern(concept_regex("last_time")))
# "sonst", "otherwise", "else": words that make what follows a second choice, whatever stands before them
_OTHERWISE_RE = re.compile(
    r"(?i:\b(?:sonst|ansonsten|alternativ\w*|zweitwunsch|zweite wahl|second choice|otherwise|alternatively|else|"
    r"notfalls|backup|sinon|à défaut|altrimenti|de lo contrario|w przeciwnym|иначе|інакше|senão|değilse|yoksa|"
    r"altfel|αλλιώς)\b|وإلا|وگرنه)"
)
_CORRECTION_RE = gated(re.compile(
    r"\b(?:doch lieber|doch nicht|doch die|doch in|ach nein|korrektur|correction|actually|on second thought|"
    r"stattdessen|lieber doch|ich meinte|i meant|sorry|verzeihung|en fait|plutôt|właściwie|aslında|"
    r"точнее|вернее|краще)\b",
    re.I,
))


# "second choice", "prima scelta", "drugi izbor", "اولویت اول", "2nd preference": a rank among the
# writer's choices, not a workgroup's number (the nouns are the vocab files' `ranks`)
_RANK_NOUN = rf"(?:{alternation(words('ranks'))})\w*"
_RANK_ORD = rf"(?:\d{{1,2}}(?:\.|st|nd|rd|th|º|ª)|{ordinal_words_pattern()})"
_RANK_RE = gated(re.compile(
    # (an ordinal with a group noun right after it is the group: "öncelikle 2. grup" is "first, group 2")
    rf"(?<!\w)(?:(?P<ord>{_RANK_ORD})[^\S\n]+(?:\w+[^\S\n]+)?{_RANK_NOUN}|{_RANK_NOUN}[^\S\n]+(?P<ord2>{_RANK_ORD})"
    # (but "اولویت دوم فروم ۲", second priority forum 2: a group noun with its own number leaves the rank a rank)
    rf"(?![^\S\n]*{GROUP_NOUN}(?![^\S\n]*\d)))(?!\w)",
    re.I,
))
# a place that ranks, said as a list's label: "an zweiter Stelle: AG 1", "на втором месте – маркетинг", "in second
# place: group 1", "en segundo lugar: el taller 3" (a colon or a dash right after it; "second place at the youth
# award", "En segundo lugar, gracias", "an erster Stelle lag" rank nothing)
_PLACE_RANK_RE = gated(re.compile(
    rf"(?<!\w)(?P<ord>{_RANK_ORD})[^\S\n]+(?:stelle|place|position|lugar|posto|мест[еа]|місці|miejscu|sırada|plaats|θέση|mjestu)"
    r"[^\S\n]*[:–—-]",
    re.I,
))
# "workshop 2 as a backup", "Working Group III would be our second choice": the rank after the mention
_BACKUP_AFTER_RE = gated(re.compile(
    r"^[^.!?\n;:]{0,40}?\b(?:as (?:a |our )?backup|(?:be|is) (?:our|my) (?:backup|fallback)|als (?:ersatz|ausweich\w*|backup)|"
    r"en secours|de repli|como reserva|di riserva)\b", re.I))


def _backup_after(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """ "AG 2 als Ausweichmöglichkeit", "workshop 3 as a backup": the words after a workgroup make it the
    fallback, unless they stand before the next one after a comma ("AG 3, als Ausweichmöglichkeit die AG 2":
    the backup is AG 2)."""
    found = _BACKUP_AFTER_RE.match(text[m.end : m.end + 60])
    if not found:
        return False
    end = m.end + found.end()
    if any(m.end <= x.start < end for x in mentions if x is not m):
        return False  # "workshop 1 please, workshop 3 as a backup": the words are the next one's
    if re.match(r"\s*,", text[m.end :]):
        nxt = next((x for x in mentions if end <= x.start <= end + 16), None)
        if nxt and not re.search(r"[,;.!?\n]", text[end : nxt.start]):
            return False
    return True


def _ordinal(word: str) -> int | None:
    """'2.', '2nd', '2º', '2-я', 'zweite' → 2."""
    digits = re.match(r"\d+", word)
    return int(digits.group(0)) if digits else ordinal_value(word)


# (lower case: search lowered() text, which keeps every position)
NO_ROOM_RE = gated(lower_pattern(rf"\b{NO_ROOM}"))
# "… is full", "kein Platz", "не буде місць", "جا نبود" right after a workgroup in an "if" clause
_FULL_AFTER_RE = gated(re.compile(
    rf"[^.!?\n,;]{{0,40}}?(?:\b(?:voll|belegt|ausgebucht|{NO_ROOM}|full|"
    r"booked up|complet|plus de place|lleno|llena|completo|pieno|esaurit\w*|pełn\w*|"
    r"dolu\w*|popunjen\w*|plin\w*|γεμάτ\w*|hết chỗ|lotad\w*)\b|ممتلئ|لا يوجد مكان|ما في محل|جا نبود|جا نیست|پر شد)",
    re.I,
))


def rank_phrases(text: str) -> list[tuple[int, int, int]]:
    """(start, end, rank) of each phrase that ranks a choice ("second choice", "1. Wahl", "ikinci tercih"),
    and of each `choice` word with its ordinal in it ("Zweitwunsch", "AG 2 als Zweitwunsch")."""
    out = []
    for m in _RANK_RE.finditer(text):
        value = _ordinal(m.group("ord") or m.group("ord2"))
        if value:
            out.append((m.start(), m.end(), value))
    for m in _PLACE_RANK_RE.finditer(text):
        value = _ordinal(m.group("ord"))
        if value and not any(s < m.end() and m.start() < e for s, e, _ in out):
            out.append((m.start(), m.end() - 1, value))
    for start, end in ranking_words(text):
        if not any(s < end and start < e for s, e, _ in out) and (value := _rank_in(text[start:end])):
            out.append((start, end, value))
    return sorted(out)


def _rank_in(phrase: str) -> int | None:
    """The ordinal a `choice` phrase holds: a word of it or a word's beginning ("zweit" of "Zweitwunsch")."""
    for word in phrase.split():
        for n in range(len(word), 1, -1):
            value = ordinal_value(word[:n])
            if value:
                return value
    return None


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    wg_id: str
    how: str  # number, id, title, alias


@dataclass
class Choices:
    ids: list[str]
    unknown: list[str]  # workgroup words that match nothing ("AG 7")
    unordered: bool  # several choices and nothing says which comes first
    spans: tuple[tuple[int, int], ...] = ()  # every mention read, used or set aside (the evidence check)
    moved_from: tuple[str, ...] = ()  # the old workgroup of a move ("from AG 1 to AG 2"): the writer changes


_FIRST_WORD_RE = re.compile(r"[^\W\d_]+")


class Matcher:
    """Finds workgroup mentions in a text, for one event's workgroups."""

    def __init__(self, workgroups: tuple[Workgroup, ...], event_words: frozenset[str],
                 titled_event_words: frozenset[str] = frozenset()):
        self.workgroups = workgroups
        # the parts of the event's name that a title has too ("Diaspora" of "Afrika-Diaspora-Forum" and of
        # "… Jugendliche in der Diaspora stärken"): alone, a word of either (see _keyword_mentions)
        self.titled_event_words = titled_event_words
        self.ends_in_x = frozenset(wg.id for wg in workgroups if re.search(r"(?<!\S)[xX]\s*$", wg.title))
        self.by_number = {wg.number: wg.id for wg in workgroups}
        # (an id that is a word, "YOUTH", "NET", only as written: "our youth pastor" names no workgroup by id)
        self.id_patterns = [(gated(re.compile(_id_pattern(wg.id), 0 if wg.id.isalpha() and not wg.id.islower() else re.I)), wg.id)
                            for wg in workgroups if _id_pattern(wg.id)]
        self.keywords = _keywords(workgroups, event_words)  # [(tuple of folded words, wg_id, how)]
        self.shared_title: dict[str, list[str]] = {}  # the title words of several workgroups, by first letter
        for word in _shared_title_words(workgroups, event_words):
            self.shared_title.setdefault(word[:1], []).append(word)
        self.event_words = event_words
        # every long title word with the workgroups whose title has it, by first letter (see _blends); the
        # event's own words too ("Sprache" of "Fachtag Sprache und Arbeit" and of two titles)
        self.title_ids: dict[str, list[tuple[str, frozenset[str]]]] = {}
        for word, ids in _title_words(workgroups, frozenset()).items():
            self.title_ids.setdefault(word[:1], []).append((word, frozenset(ids)))
        self.own_words = {wg.id: " ".join(fold(w) for w in _WORD_RE.findall(" ".join((wg.title, *wg.aliases))))
                          for wg in workgroups}
        # typos keep the first letter (see _similar), so only keywords sharing it need a look
        self.by_initial: dict[str, list] = {}
        self.exact_words = _lower_title_words(workgroups)
        for entry in self.keywords:
            self.by_initial.setdefault(entry[0][0][:1], []).append(entry)
        self._first_word: dict[str, list] = {}  # word -> the keywords whose first word it is similar to
        # "Workshop B" when the ids are letters or short codes
        ids = "|".join(re.escape(wg.id) for wg in sorted(workgroups, key=lambda w: -len(w.id)))
        self.noun_id = gated(re.compile(rf"(?<![\w-]){GROUP_NOUN}\s*[:.\-–]?\s*(?P<id>{ids})(?!\w)", re.I))
        self.ids_casefold = {wg.id.casefold(): wg.id for wg in workgroups}
        # "Workshop B", "taller A", "Atölye C'ye" when the ids end in a letter ("WS-B")
        self.by_label = _letter_labels(workgroups)
        self.noun_label = _noun_label_regex(self.by_label)
        # "Kreis 2" when the titles read "Kreis 1: Kultur", "Kreis 2: Bildung": the event's own group noun
        self.title_noun = _title_noun_regex(workgroups)
        # "la mesa sobre vivienda", "воркшоп про житло": a topic in the writer's language (topics.py)
        self.topics = TopicReader(workgroups, event_words)

    def mentions(self, text: str) -> tuple[list[Mention], list[str]]:
        """All workgroup mentions in order of position, and names that match no workgroup."""
        found: list[Mention] = []
        unknown: list[str] = []
        self._numbers(text, found, unknown)
        for m in self.noun_id.finditer(text):
            found.append(Mention(m.start(), m.end(), self.ids_casefold[m.group("id").casefold()], "id"))
        if self.noun_label:
            labelled = []
            for m in self.noun_label.finditer(text):
                for label in re.findall(r"(?<![\w'’])[A-Z](?!\w)", m.group("labels")):
                    labelled.append(Mention(m.start(), m.end(), self.by_label[label], "id"))
            if labelled:
                # once a mail names "Forum D", a bare "C" in "oder notfalls C" / "D de olur" is a label too
                covered = [(x.start, x.end) for x in labelled]
                for m in bare_letters(text):
                    if m.group(1) in self.by_label and not any(s <= m.start() < e for s, e in covered):
                        labelled.append(Mention(m.start(1), m.end(1), self.by_label[m.group(1)], "id"))
            found += labelled
        if self.by_label and "(" in text:
            # "ulaşım ve okul yolları atölyesine katılmak istiyoruz (B)", "punëtoria për lëvizshmërinë (B)": a
            # label in brackets after a group noun of the same sentence (lines may wrap) names that group
            for m in _PAREN_LABEL_RE.finditer(text):
                if m.group(1) in self.by_label and _GROUP_NOUN_RE.search(_before_in_sentence(text, m.start())):
                    found.append(Mention(m.start(1), m.end(1), self.by_label[m.group(1)], "id"))
        for pattern, wg_id in self.id_patterns:
            found += [Mention(m.start(), m.end(), wg_id, "id") for m in pattern.finditer(text)]
        shared: list[tuple[int, int]] = []
        keywords = self._keyword_mentions(text, shared)
        topics = self.topics.mentions(text, [(m.start, m.end) for m in found + keywords])
        unclear = [(start, end) for start, end, wg_id in topics if wg_id is None]
        # a translated topic word inside a topic phrase that names no one workgroup is not read alone
        found += [m for m in keywords if not (m.how == "topic" and any(s <= m.start < e for s, e in unclear))]
        found += [Mention(start, end, wg_id, "topic") for start, end, wg_id in topics if wg_id]
        found.sort(key=lambda m: m.start)
        for m in keywords:
            blend = self._blends(text, m) if m.how == "title" else None
            if blend:
                unknown = unknown + [f"'{blend}' (words of different workgroups' titles: which one?)"]
                break
        if not found and (shared := shared or self._shared_title_words(text)):
            # a word of two titles or aliases, and nothing else naming a workgroup: not one the rules may
            # pick for the writer (`unknown` sends the mail to a human with the word)
            start, end = shared[0]
            word = _key(text[start:end])
            unknown = unknown + [f"'{text[start:end]}' (a word of the event's name and of a workgroup's title: "
                                 f"which is meant?)" if any(_similar(word, t) for t in self.titled_event_words)
                                 else f"'{text[start:end]}' (a word of several workgroups' titles: which one?)"]
        return _drop_overlaps(found), unknown

    def _blends(self, text: str, m: Mention) -> str | None:
        """The phrase around a title word that also holds a title word of other workgroups only, if any.

        "Sprache im Alltag" when one title says "Sprache im Beruf", another "Sprache in der Kita" and a third
        "Gesundheit im Alltag": "Alltag" alone would name the third, but the writer's phrase mixes titles;
        "Gesundheit im Beruf" likewise. Up to two words on each side, within the clause."""
        offset, stop = _clause_span(text, m.start, m.end, _CLAUSE_END, 60)
        words = [(w.start(), w.end(), fold(w.group(0))) for w in _WORD_RE.finditer(text[offset:stop])]
        at = next((i for i, (s, _e, _w) in enumerate(words) if offset + s >= m.start), None)
        if at is None:
            return None
        own = self.own_words.get(m.wg_id, "")
        for i in range(max(0, at - 2), min(len(words), at + 3)):
            s, e, word = words[i]
            if offset + s < m.end and offset + e > m.start:
                continue  # (the mention's own words)
            if word[: max(5, len(word) - 2)] in own:
                continue  # a word of the workgroup's own title or aliases, also inflected or in a compound
            ids = frozenset().union(*(ids for w, ids in self.title_ids.get(word[:1], ()) if _similar(word, w)))
            if ids and m.wg_id not in ids:
                lo, hi = min(at, i), max(at, i)
                return " ".join(text[offset + words[lo][0] : max(m.end, offset + words[hi][1])].split())
        return None

    def _shared_title_words(self, text: str) -> list[tuple[int, int]]:
        """The words of the text that are a word of two or more titles ("Ausbildung" of "Ausbildung für junge
        Zugewanderte" and "Ausbildung im Betrieb"), which the keywords leave out."""
        if not self.shared_title:
            return []
        return [(m.start(), m.end()) for m in _WORD_RE.finditer(text)
                if any(_similar(_key(m.group(0)), w) for w in self.shared_title.get(_key(m.group(0))[:1], ()))]

    def _numbers(self, text: str, found: list[Mention], unknown: list[str]) -> None:
        if self.title_noun:
            for m in self.title_noun.finditer(text):
                for token in [m.group("num")] + re.findall(_NUM, m.group("more") or "", re.I):
                    self._add_number(digit_value(token), m, found, unknown, text)
        if not _GROUP_NOUN_RE.search(text):
            return  # every pattern below needs a group noun; one search spares three long ones
        for m in _NOUN_NUMBER_RE.finditer(text):
            if _is_pronoun_i(text, m):
                continue
            tokens = [m.group("num")] + re.findall(_NUM, m.group("more") or "", re.I)
            for token in tokens:
                self._add_number(digit_value(token), m, found, unknown, text)
        for m in _ORDINAL_NOUN_RE.finditer(text):
            ordinal = m.group("ord") or m.group("ord_digit") or m.group("ord_lead")
            if is_topic_word(ordinal):
                continue  # "forum du quartier": a topic word, not the ordinal "quart"
            self._add_number(_ordinal(ordinal), m, found, unknown, text)
        for m in (*_NOUN_ORDINAL_RE.finditer(text), *_GEORGIAN_ORDINAL_RE.finditer(text)):
            if m.group("ord") and is_topic_word(m.group("ord")):
                continue
            self._add_number(_ordinal(m.group("ord") or m.group("ord_digit")), m, found, unknown, text)
        for m in _STANDALONE_ORDINAL_RE.finditer(text):
            self._add_number(ordinal_value(m.group("ord")), m, found, unknown, text)
        for m in _NOUN_MOVE_RE.finditer(text):
            # "grupę roboczą z 2 na 3", "die Gruppe von 1 auf 2": both numbers, each a mention of its own
            # (the move reading then sets the first aside as the old one)
            for group in ("a", "b"):
                value = digit_value(m.group(group))
                if value in self.by_number:
                    found.append(Mention(m.start(group), m.end(group), self.by_number[value], "number"))
        for m in _THEN_ORDINAL_RE.finditer(text):
            # (the mention starts at the ordinal: "sonst"/"if" before it still marks the second choice)
            value = ordinal_value(m.group("ord"))
            if value in self.by_number:
                found.append(Mention(m.start("ord"), m.end("ord"), self.by_number[value], "number"))
        # "з другої робочої групи до першої", "from the second group to the first": an ordinal in a
        # sentence that speaks of workgroups names one, even without its noun
        taken = [(x.start, x.end) for x in found]
        found_ordinals = ordinals(text)
        for start, end, value in found_ordinals:
            if counts_the_choices(text, start, end, found_ordinals):
                continue  # "والثاني الورشة رقم 1", "und zweitens: AG 1": the ordinal counts the choices, the number names the group
            if value in self.by_number and not any(s <= start < e for s, e in taken) and _GROUP_NOUN_RE.search(
                _sentence(text, start, end)
            ):
                found.append(Mention(start, end, self.by_number[value], "number"))
        # "die letzte AG", "the middle one", "ta ostatnia grupa": a place in the event's list of groups (the
        # middle only of an odd number of them), in a sentence that speaks of workgroups
        count = max(self.by_number, default=0)
        place = {"last": count, "penultimate": count - 1, "middle": (count + 1) // 2 if count % 2 else None}
        for start, end, kind in positions(text):
            value = place.get(kind)
            if value in self.by_number and not any(s <= start < e for s, e in taken) and _GROUP_NOUN_RE.search(
                _sentence(text, start, end)
            ):
                found.append(Mention(start, end, self.by_number[value], "number"))

    def _add_number(self, value, m, found, unknown, text) -> None:
        if value is None:
            return
        if len(re.findall(r"\d+", m.group(0))) == 1 and month_follows(text, m.end()):
            return  # "Форумі 20 травня", "al foro del 20 de mayo": a day, not group 20
        first = _FIRST_WORD_RE.match(m.group(0))
        if first and value not in self.by_number and fold(first.group(0)) in self.event_words \
                and not _is_group_noun(_key(first.group(0))):
            return  # "Werkstatttag 16 oktyabrya", "Werkstatttag 16.10.": the event's name and its day, no group 16
        if value in self.by_number:
            found.append(Mention(m.start(), m.end(), self.by_number[value], "number"))
        elif 0 < value < 100 and not _looks_like_date(text, m.end()):
            unknown.append(m.group(0).strip())

    def _keyword_mentions(self, text: str, shared: list[tuple[int, int]]) -> list[Mention]:
        # the words and what stands between them (_WORD_RE's matches at the odd places): their positions
        # are the running sums of the pieces' lengths, all in C, with no match object per word
        pieces = _WORD_SPLIT_RE.split(text)
        keys = list(map(_key, pieces[1::2]))
        # the words worth a look, sorted out once per distinct word (a text repeats its words; a
        # 1,000-line mail has 10,000 words and a few hundred distinct): the event's own name names
        # none of its workgroups ("beim Demokratietag"), and most words start no keyword and end in
        # no group noun
        first_word, look = self._first_word, set()
        for word in set(keys):
            starting = first_word.get(word)
            if starting is None:
                starting = self._starting(word)
            if (starting is not _NO_KEYWORDS or word.endswith(_COMPOUND_ENDS) or "-" in word) and (
                    word not in self.event_words or any(len(entry[0]) > 1 and entry[2] != "topic" for entry in starting)):
                look.add(word)  # (an event word only where a title of several words starts with it: "Gesundheit im Alter")
        if not look:
            return []
        # positions only for texts with a candidate: word i runs from ends[2 * i] to ends[2 * i + 1] (read
        # only for the words looked at: no tuple per word of the text)
        ends = list(accumulate(map(len, pieces)))
        out = []
        for i in compress(range(len(keys)), map(look.__contains__, keys)):
            word = keys[i]
            starting = self._starting(word)
            start = ends[2 * i]
            hits: dict[str, tuple[int, str]] = {}
            longest: dict[str, int] = {}
            phrases: set[tuple[str, ...]] = set()
            event_word = word in self.event_words
            for phrase, wg_id, how in starting:
                if event_word and (len(phrase) < 2 or how == "topic"):
                    continue  # the event's own word alone names no workgroup
                if i + len(phrase) <= len(keys) and all(
                    (_similar(keys[i + k], phrase[k]) if how != "topic" else _inflected(keys[i + k], phrase[k]))
                    for k in range(1, len(phrase))
                ):
                    hits.setdefault(wg_id, (ends[2 * (i + len(phrase) - 1) + 1], how))
                    phrases.add(phrase)
                    if len(phrase) > longest.get(wg_id, 0):
                        longest[wg_id] = len(phrase)
                        hits[wg_id] = (ends[2 * (i + len(phrase) - 1) + 1], how)
            if len(hits) > 1:
                # "Forum „Betriebe als Partner“" when one title says "Betriebe als Partner" and another "im
                # Betrieb": a title or alias of several words said whole names its workgroup, a word of it
                # alone does not
                most = max(longest.values())
                whole = [wg_id for wg_id, n in longest.items() if n == most]
                if most > 1 and len(whole) == 1:
                    hits = {whole[0]: hits[whole[0]]}
            if hits and i and keys[i - 1] in _subject_pronouns() and pieces[2 * i + 1][:1].islower() and all(
                    how in ("title", "alias") and longest.get(wg_id, 1) == 1 for wg_id, (_e, how) in hits.items()):
                # "Ich arbeite in der Migrationsberatung", "wir wohnen in Arnsberg": right after a subject pronoun a
                # title's noun ("Arbeit", "Wohnen") written small is the verb, which tells of the writer's life and
                # chooses nothing ("wie wir Eltern … holen": a noun, capitalised)
                hits = {}
            if not hits and not event_word:
                hits = self._compound(word, ends[2 * i + 1])
            if len(hits) == 1 and self.titled_event_words and max(longest.values(), default=1) == 1 and any(
                    _similar(word, t) for t in self.titled_event_words) and not self._title_neighbour(
                    keys, i, next(iter(hits))):
                # "Forum de la diaspora africaine" names the event, "in der Diaspora" may mean the workgroup:
                # alone such a word is a word two things share, and the evidence check asks a human when
                # nothing else names a workgroup (beside another word of the title it names it: "Türkische
                # Küche" at a "Deutsch-Türkisches Begegnungsfest")
                shared.append((start, ends[2 * i + 1]))
            elif len(hits) == 1:
                wg_id, (end, how) = next(iter(hits.items()))
                if how != "topic" or _near_group_noun(text, start, end) and not (
                        keys[i] in _all_colour_forms() and not _wished(_sentence(text, start, end))):
                    out.append(Mention(start, end, wg_id, how))
            elif len(hits) > 1 and len(phrases) > 1 and any(how != "topic" for _end, how in hits.values()):
                # a word two workgroups share says nothing: the evidence check asks a human when nothing
                # else names one ("für Betriebe" of "Betriebe als Partner" and "Sprachförderung im Betrieb");
                # (the same phrase of every label, "Forum" of "Forum 1" … "Forum 5", is the kind of group)
                shared.append((start, ends[2 * i + 1]))
        return out

    def _title_neighbour(self, keys: list[str], i: int, wg_id: str) -> bool:
        """The word before or after keys[i] is another long word of that workgroup's title or aliases."""
        own = self.own_words[wg_id].split()
        return any(keys[j] != keys[i] and len(keys[j]) >= 4 and keys[j] in own
                   for j in (i - 1, i + 1) if 0 <= j < len(keys))

    def _starting(self, word: str) -> list:
        """The keywords whose first word `word` is similar to, kept per word: a text repeats its
        words and every mail "und", "die", "the", so the fuzzy comparisons run once per word."""
        found = self._first_word.get(word)
        if found is None:
            if len(self._first_word) >= 10_000:  # bounded: about a megabyte
                self._first_word.clear()
            found = self._first_word[word] = [
                entry for entry in self.by_initial.get(word[:1], ())
                if (_similar(word, entry[0][0]) if entry[2] != "topic" and entry[0][0] not in self.exact_words
                    else _inflected(word, entry[0][0]))
            ] or _NO_KEYWORDS
        return found

    def _compound(self, word: str, end: int) -> dict[str, tuple[int, str]]:
        """'Jugendforum', 'Digitalgruppe', 'Bildungs-AG': a title word or alias glued to a group noun.

        Only the config's own words (no translated topics), and never the event's own name
        ("Vereinsforum" is the event even when a title says "Vereinsarbeit")."""
        if not word.endswith(_COMPOUND_ENDS) and "-" not in word:
            return {}  # (most words: one cheap test before the pattern)
        m = _COMPOUND_RE.match(word) or _HYPHEN_GROUP_RE.match(word)
        if not m or word in self.event_words or _is_group_noun(word):
            return {}  # ("Arbeitsgruppe" is the kind of group, not the title word "Arbeit" in a compound)
        head = m.group("head")
        hits: dict[str, tuple[int, str]] = {}
        for phrase, wg_id, how in self.by_initial.get(head[:1], ()):
            if len(phrase) != 1 or len(phrase[0]) < 5:
                continue
            if (how in ("title", "alias") and (_similar(head, phrase[0]) or _verb_stem(head, phrase[0]))) or (
                    how == "topic" and _inflected(head, phrase[0])):
                hits.setdefault(wg_id, (end, "compound"))  # (its own group noun: no other needed near a topic)
        return hits


@functools.cache
def _group_noun_words() -> frozenset[str]:
    """The group nouns of every vocabulary file that are one word, folded ("arbeitsgruppe", "arbeitskreis")."""
    return frozenset(_key(w) for w in words("group_nouns") if " " not in w)


@functools.cache
def _subject_pronouns() -> frozenset[str]:
    """The subject pronouns of the vocabulary files, folded as the matcher's keys ("ich", "we", "nous")."""
    return frozenset(_key(w) for w in words("subject_pronouns"))


def _is_group_noun(word: str) -> bool:
    """The word is a group noun itself or its plural ("Arbeitsgruppen", "Arbeitskreise")."""
    nouns = _group_noun_words()
    return word in nouns or word[:-1] in nouns or word[:-2] in nouns


def _verb_stem(head: str, key: str) -> bool:
    """'koch' of 'Kochkurs' is the alias 'Kochen', 'trommel' of 'Trommelkurs' is 'Trommeln': German glues
    a verb's stem, without its -en or -n, to the noun after it."""
    return key.startswith(head) and key[len(head) :] in ("en", "n")


_COMPOUND_ENDS = ("forum", "gruppe", "gruppen", "workshop", "kreis", "runde", "werkstatt", "ag", "kurs", "tisch")
# a group noun glued behind a word, as German writes it (folded, lower case); a course ("Kochkurs") too
_COMPOUND_RE = re.compile(r"(?P<head>[a-z]{4,}?)(?:s-|-|s)?(?:forum|gruppe|gruppen|workshop|arbeitskreis|kreis|runde|werkstatt|ag|kurs|tisch)$")
_HYPHEN_GROUP_RE = re.compile(rf"{HYPHEN_GROUP}$", re.I)



_NO_KEYWORDS: list = []  # shared by every word that begins no keyword (most): never changed


@functools.lru_cache(maxsize=8192)  # called for every word of a text; texts repeat their words
def _key(word: str) -> str:
    """fold() for Latin words; other scripts (Cyrillic, Arabic) keep their letters, lower-cased."""
    return fold(word) or word.casefold()


# "the education group", "группа по образованию", "the one about funding", "das Thema Fördergelder":
# a translated topic word names a workgroup only next to a group noun, "one" or "topic", since
# "future" or "school" alone are everyday words.
# How far around a mention its sentence is read: a mail of one endless "sentence" with a
# mention in every line made each mention read the whole text (26 KB took 28 s).
_NEAR = 400
_MAX_MENTIONS = 100
_ONE_RE = gated(re.compile(r"\b(?:ones?|thema|themen|topic|thème|tema|konu\w*)\b|\bтем\w*|موضوع", re.I))


def _near_group_noun(text: str, start: int, end: int) -> bool:
    near = max(0, start - _NEAR)  # the sentence, but never more than _NEAR characters each way
    left = max([text.rfind(ch, near, start) for ch in ".!?\n"] + [near - 1]) + 1
    right = min((i for i in (text.find(ch, end, end + _NEAR) for ch in ".!?\n") if i >= 0),
                default=min(len(text), end + _NEAR))
    sentence = text[left:right]
    # "we think of our children's future, but I choose group 4": the group noun belongs to the
    # other side of the "but"
    at = start - left
    cuts = [b.start() for b in _BUT_RE.finditer(sentence)]
    part = sentence[max([c for c in cuts if c <= at], default=0) : min([c for c in cuts if c > at], default=len(sentence))]
    return bool(_GROUP_NOUN_RE.search(part) or _ONE_RE.search(part))


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(ch, 0, start) for ch in ".!?\n") + 1
    right = min((i for i in (text.find(ch, end) for ch in ".!?\n") if i >= 0), default=len(text))
    return text[left:right]


def _is_pronoun_i(text: str, m: re.Match) -> bool:
    """'the workshops I'd like', 'the workshop I chose': English 'I', not Roman one."""
    return m.group("num") == "I" and bool(_PRONOUN_I_AFTER_RE.match(text, m.end("num")))


# "the workshop I chose", "the group I'd like": words that follow the pronoun. "AG I an",
# "Arbeitsgruppe I und II", "workshop I." keep the Roman one.
_PRONOUN_I_AFTER_RE = gated(re.compile(
    r"['’]|\s+(?:am|was|would|will|have|had|chose|choose|chosen|want|wanted|like|liked|think|prefer|need|can|could|"
    r"should|do|did|also|really|mentioned|saw|see|found|find|read|picked|pick|signed|registered|attended|mean|meant|"
    r"hope|guess|believe|know|feel|find|told|said|got|go|went|love|enjoyed|heard)\b"
))


def _looks_like_date(text: str, end: int) -> bool:
    return bool(re.match(r"\s*[./]\s*\d", text[end : end + 4]))


def _drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end and m.wg_id == out[-1].wg_id:
            continue
        out.append(m)
    return out


_PAREN_LABEL_RE = gated(re.compile(r"\(\s*([A-Z])\s*\)"))


def _before_in_sentence(text: str, start: int, reach: int = 160) -> str:
    """The text before `start` back to the sentence's start (a wrapped line goes on; a blank line ends)."""
    window = text[max(0, start - reach) : start]
    cut = max(window.rfind(". "), window.rfind("! "), window.rfind("? "), window.rfind("\n\n"))
    return window[cut + 1 :] if cut >= 0 else window


def _letter_labels(workgroups) -> dict[str, str]:
    """{'B': 'WS-B'} when ids end in one capital letter after a separator or prefix, each letter once."""
    labels: dict[str, list[str]] = {}
    for wg in workgroups:
        # the label the event gives it ("Werkstatt C") says the letter even when the id ("WC") does not
        m = (re.search(r"(?:^|[^A-Za-z])([A-Z])$|^[A-Za-z]{1,4}[\s_-]([A-Z])$", wg.id)
             or re.search(r"[^\W\d_]{2,}[\s_-]+([A-Z])()$", wg.label or ""))
        if m:
            labels.setdefault(m.group(1) or m.group(2), []).append(wg.id)
    return {label: ids[0] for label, ids in labels.items() if len(ids) == 1}


def _noun_label_regex(by_label: dict[str, str]) -> re.Pattern | None:
    """A group noun followed by one or more labels ('Workshop A', 'Workshop: D', 'Workshop A oder C').

    Labels are capital letters only (case-sensitive), so the article in 'a workshop a bit later' is none.
    """
    if not by_label:
        return None
    one = rf"[„“\"'‚]?(?:{'|'.join(sorted(by_label))})[“”\"'‘]?(?![^\W_])"
    join = r"\s*(?:,|/|&|\+|(?i:und|oder|and|or|ou|et|o|y|lub|veya|или|и|або|і))\s*"
    return gated(re.compile(rf"(?<![\w-])(?i:{GROUP_NOUN})\s*[:.\-–]?\s*(?P<labels>{one}(?:{join}{one})*)"))


def _numbered_noun(workgroups, text_of) -> set[str]:
    """The nouns before each workgroup's own number in text_of(wg) ("Kreis 1: Kultur"); empty unless all have one."""
    nouns = set()
    for wg in workgroups:
        m = re.match(r"\s*([^\W\d_]{3,})\s*[:.\-–]?\s*(\d+)(?!\w)", text_of(wg))
        if not m or int(m.group(2)) != wg.number:
            return set()
        nouns.add(m.group(1).casefold())
    return nouns


def _title_noun_regex(workgroups) -> re.Pattern | None:
    """The word every title (or label) puts before its own number ("Kreis 1: Kultur", "Raum 2 – Bildung").

    Only when at least two titles agree, so a lone "Forum 3: ..." says nothing new; the
    generic nouns of the lexicon stay as they are. Inflected forms ("Kreises") count too.
    """
    # (or every label: "Thementisch 1" … "Thementisch 4", the name the event gives its groups in its mails)
    nouns = _numbered_noun(workgroups, lambda wg: wg.title) or _numbered_noun(workgroups, lambda wg: wg.label or "")
    if len(nouns) != 1 or len(workgroups) < 2 or _GROUP_NOUN_RE.fullmatch(next(iter(nouns))):
        return None  # a noun the lexicon knows is matched already
    noun = re.escape(nouns.pop())
    return gated(re.compile(
        rf"(?<![\w-]){noun}\w{{0,3}}\s*[:.\-–]?\s*{NUMBER_SIGN}(?P<num>\d+){_NOT_A_GROUP_AFTER}"
        rf"(?P<more>(?:{_LIST_JOIN}{NUMBER_SIGN}\d+{_NOT_A_GROUP_AFTER})*)",
        re.I,
    ))


def _id_pattern(wg_id: str) -> str | None:
    """'AG1' also as 'AG 1', 'ag-1'; ids without letters and digits are left to other rules."""
    chunks = re.findall(r"[^\W\d_]+|\d+", wg_id)
    if not chunks or len("".join(chunks)) < 2:
        return None
    return r"(?<![\w])" + r"[\s_-]?".join(re.escape(c) for c in chunks) + r"(?![\w])"


# (and what starts another item of a list whose lines the chooser reads joined: "*", a dash, a number)
_CLAUSE_END = ".,;:!?()\n\"“”«»„<>@/|=*–—•·0123456789"


def _clause_span(text: str, start: int, end: int, stops: str, reach: int) -> tuple[int, int]:
    """The bounds of the clause holding text[start:end]: from after the last of `stops` before it to the
    first after it, at most `reach` characters on each side."""
    near, far = max(0, start - reach), min(len(text), end + reach)
    begin = max([text.rfind(ch, near, start) for ch in stops] + [near - 1]) + 1
    ends = [p for p in (text.find(ch, end, far) for ch in stops) if p >= 0]
    return begin, min(ends, default=far)


def _title_words(workgroups, event_words) -> dict[str, set[str]]:
    """The long words of the titles (not the event's own), with the workgroups whose title has each."""
    title_words: dict[str, set[str]] = {}
    for wg in workgroups:
        for word in _WORD_RE.findall(wg.title):
            w = fold(word)
            if len(w) >= 6 and w not in STOPWORDS and not any(_similar(w, e) or _derived(w, e) or _head_of(w, e)
                                                              for e in event_words):
                title_words.setdefault(w, set()).add(wg.id)
    return title_words


# adjective and adverb endings ("ehrenamtlich" of the event's "Ehrenamt", "interkulturell" of "Interkultur")
_DERIVING_RE = re.compile(r"(?:lich|isch|ig|iv|ell|al)(?:e[nrms]?)?")


def _derived(word: str, event_word: str) -> bool:
    """A title word made from a word of the event's name: "Sprachcafés … ehrenamtlich organisieren" at an
    "Aktionstag Ehrenamt" — every participant's mail says it, it names no workgroup."""
    return len(event_word) >= 6 and word.startswith(event_word) and bool(_DERIVING_RE.fullmatch(word[len(event_word):]))


def _head_of(word: str, event_word: str) -> bool:
    """A title word that begins a compound of the event's name: "Frauen" (of "Frauen und Beruf") at a
    "Frauennetzwerktag", "Senioren" at a "Seniorenforum": every participant writes it ("wir sind zwei
    Frauen"), it names no workgroup (the title's head phrase, "Frauen und Beruf", still does)."""
    # (with the compound's linking letters and the plural's ending: "Vereine" at a "Vereinsakademie", "Frauen"
    # at a "Frauentag"; the event word's head, "verein", at least five letters)
    # (a stripped head needs its linking letter: "Kulturen" at a venue "Kulturzentrum" still names its workgroup)
    heads = {word} | {word[: -len(end)] for end in ("e", "en", "n", "s", "es") if word.endswith(end) and len(word) - len(end) >= 5}
    return len(event_word) >= len(word) + 4 and event_word.startswith(word) or any(
        len(event_word) >= len(head) + 5 and any(event_word.startswith(head + link) for link in ("s", "es", "n", "en"))
        for head in heads)


def _lower_title_words(workgroups) -> frozenset[str]:
    """The words a German-cased title writes small ("gemeinsam", "meistern" of "Ämter, Anträge, Aufenthalt –
    Behördengänge gemeinsam meistern"): verbs, adjectives, adverbs, everyday words a letter or two from
    others ("am meisten", "gemeinsame"). They name their workgroup only as written or inflected, never by a
    typo's distance. A title is German-cased when two or more of its words after the first are capitalised
    and one of six letters or more is not (an English title in title case writes its long words capitalised,
    one in sentence case capitalises only names)."""
    out: set[str] = set()
    for wg in workgroups:
        words = _WORD_RE.findall(wg.title)
        capitalised = [w for w in words[1:] if len(w) >= 4 and w[:1].isupper() and not w.isupper()]
        small = [w for w in words if len(w) >= 6 and w.islower()]
        if len(capitalised) >= 2 and small:
            out.update(fold(w) for w in small)
    return frozenset(out)


def _shared_title_words(workgroups, event_words) -> list[str]:
    # (not a group noun: "Forum 1: …", "Forum 2: …" share "forum", which names the kind of group, not one)
    return sorted(w for w, ids in _title_words(workgroups, event_words).items()
                  if len(ids) > 1 and not re.fullmatch(GROUP_NOUN, w, re.I))


def _keywords(workgroups, event_words) -> list[tuple[tuple[str, ...], str, str]]:
    """Aliases (whole phrases) and the distinctive words of each title."""
    title_words = _title_words(workgroups, event_words)
    out = []
    for wg in workgroups:
        for alias in wg.aliases:
            phrase = tuple(_key(w) for w in _WORD_RE.findall(alias))
            if phrase:
                out.append((phrase, wg.id, "alias"))
    for word, ids in title_words.items():
        if len(ids) == 1:  # a word in several titles does not tell them apart
            out.append(((word,), next(iter(ids)), "title"))
    for wg in workgroups:
        # the title's head as a phrase ("Geld für gute Ideen" of "Geld für gute Ideen: Fördertöpfe und
        # Anträge"): its words may be too short to count alone, together they name the workgroup
        head = re.split(r"\s*[:–—(]\s*|\s+-\s+", wg.title)[0]
        phrase = tuple(_key(w) for w in _WORD_RE.findall(head))
        if len(phrase) >= 3 and sum(len(w) >= 4 for w in phrase) >= 2:
            out.append((phrase, wg.id, "title"))
    return out + _topic_keywords(out)


def _topic_keywords(keywords) -> list[tuple[tuple[str, ...], str, str]]:
    """Other-language words for the topics the titles and aliases name (lexicon.TOPIC_WORDS)."""
    ids_by_word: dict[str, set[str]] = {}
    for phrase, wg_id, _how in keywords:
        for stem, words in TOPIC_WORDS.items():
            if any(fold(stem) in w for w in phrase):
                # the stem itself too: "die Arbeitsgruppe über die Zukunft" when the title says "Zukunftsprozess"
                for w in (stem, *words):
                    ids_by_word.setdefault(_key(w), set()).add(wg_id)
    for phrase, wg_id, _how in keywords:
        for forms in _colour_forms():
            if any(w in forms for w in phrase):
                # "den blauen Workshop", "синий воркшоп", "کارگاه سبز" of a workgroup with the alias "Blau"
                for w in forms:
                    ids_by_word.setdefault(w, set()).add(wg_id)
    known = {phrase for phrase, _id, _how in keywords}
    # a word that would name two workgroups, or that the config already has, adds nothing
    return [((w,), next(iter(ids)), "topic") for w, ids in ids_by_word.items() if len(ids) == 1 and (w,) not in known]


@functools.cache
def _all_colour_forms() -> frozenset[str]:
    return frozenset().union(*_colour_forms())


_WISH_RE = gated(lower_pattern(f"{concept_regex('wish')}|{concept_regex('interested')}|{concept_regex('choice')}"))


def _wished(sentence: str) -> bool:
    """A sentence that registers, comes, wishes or is interested: a colour there is the one chosen ("Меня
    интересует синий воркшоп"); "Soy del grupo verde de mi barrio" tells of the writer's own group."""
    return bool(speaks_of_coming(sentence) or _WISH_RE.search(lowered(sentence)) or rank_phrases(sentence))


@functools.cache
def _colour_forms() -> tuple[frozenset[str], ...]:
    """Each colour's forms (lexicon.COLOUR_WORDS) as the matcher's keys."""
    return tuple(frozenset(_key(w) for w in forms) for forms in COLOUR_WORDS.values())


def _inflected(word: str, key: str) -> bool:
    """A topic word of another language, as written or inflected: no typo tolerance, since such
    words lie a letter or two from everyday words ("finalement" is two from "financement")."""
    return word == key or (len(key) > 4 and word.startswith(key) and len(word) - len(key) <= 3)


@functools.lru_cache(maxsize=65536)
def _similar(word: str, key: str) -> bool:
    """Equal, inflected (a short ending), or a typo away (Levenshtein 1–2 by length)."""
    if word == key:
        return True
    if len(key) <= 4:
        return False
    if word.startswith(key) and (len(word) - len(key) <= (2 if len(key) < 7 else 3) or len(key) >= 10):
        return True  # inflection, or a long distinctive word as the head of a compound
    if len(key) < 6 or word[:1] != key[:1] or abs(len(word) - len(key)) > 2:
        return False
    limit = 1 if len(key) < 9 else 2
    return _levenshtein(word, key, limit) <= limit


def _levenshtein(a: str, b: str, limit: int) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def event_matcher(config) -> "Matcher":
    """The matcher of a config's event: its workgroups, and its name and venue as the words no title word is."""
    return matcher_for(config.workgroups, f"{config.event.name} {config.event.venue}")


@functools.lru_cache(maxsize=32)
def matcher_for(workgroups: tuple[Workgroup, ...], event_text: str) -> Matcher:
    """One matcher per event (configs are frozen, so their workgroups tuple is a safe key)."""
    found = [fold(w) for w in _WORD_RE.findall(event_text)]
    # the parts of a hyphenated name too ("Osteuropa-Vereinetag" is also written "Vereinetag"), unless a title
    # has the word ("Deutsch-Türkisches Begegnungsfest" beside "Türkische Küche": "türkisch" names the workshop)
    titled = [fold(w) for wg in workgroups for w in _WORD_RE.findall(wg.title)]
    parts = [part for word in found if "-" in word for part in word.split("-")]
    titled_parts = [part for part in parts if any(_similar(t, part) or _similar(part, t) for t in titled)]
    parts = [part for part in parts if part not in titled_parts]
    return Matcher(workgroups, frozenset(w for w in found + parts if len(w) >= 5),
                   frozenset(_key(w) for w in titled_parts if len(w) >= 5))


# --- from mentions to an ordered choice -----------------------------------------------


# an empty box right before a mention ("[ ] AG 1", "☐ Workshop 2")
_EMPTY_BOX_BEFORE_RE = re.compile(r"(?:\[[^\S\n]*\]|[☐□])[^\S\n]*$")


def choose(text: str, matcher: Matcher) -> Choices:
    """Workgroup ids in order of preference, with what the context says about each mention."""
    text = mark_letters(text)  # (a Tamil word is one word: scan.MARK_LETTERS)
    as_written = text
    # wrapped lines belong to one sentence ("move me from\nworkgroup 2"); form lines stay apart
    # (a line break not after another: the break first, the matcher then skips to each; the same matches)
    text = re.sub(r"\n(?<!\n\n)(?!\n|[^\n]{1,30}:\s)", " ", text)
    mentions, unknown = matcher.mentions(text)
    mentions = mentions[:_MAX_MENTIONS]  # nobody names a workgroup 100 times; a hostile mail may
    # "☐ Workshop 1 … ☑ Workshop 5", "Workshop 3: ja": a form's list of every workgroup, ticked (ticks.py;
    # read on the lines as written, which the joining above keeps in place)
    ticks = read_ticks(as_written, [(m.start, m.end, m.wg_id) for m in mentions], matcher.ends_in_x) if len(mentions) > 1 else None
    ticked_spans: tuple[tuple[int, int], ...] = ()
    if ticks:
        mentions = [m for m in mentions if (m.start, m.end) not in ticks.left]
        ticked_spans = ticks.left + ticks.read
    elif any(_EMPTY_BOX_BEFORE_RE.search(text, max(0, m.start - 8), m.start) for m in mentions):
        # "Erstwunsch: [ ] AG 1 [x] AG 2 … Zweitwunsch: [x] AG 1 …": a workgroup beside an empty box of a form
        # whose marks the reader could not account for; all its workgroups read, the boxes say otherwise
        unknown = unknown + ["a form's boxes not understood (which are ticked?)"]
    roles = [m for m in mentions if m.how in ("alias", "title", "compound") and (
        _ROLE_BEFORE_RE.search(text, max(0, m.start - 30), m.start) or _PERSON_AFTER_RE.match(text, m.end)
        or _after_a_name_in_brackets(text, m))]
    if roles:
        # ("als Zweitwunsch Rochdale", "as a second choice": a rank after "als", "as" is no role; the ranks are
        # read only when a role is in question)
        ranked_at = [e for _s, e, _r in rank_phrases(text)]
        roles = [m for m in roles if not any(m.start - 30 <= e <= m.start for e in ranked_at)
                 or _PERSON_AFTER_RE.match(text, m.end) or _after_a_name_in_brackets(text, m)]
    if roles:
        # "ich bin Übungsleiterin", "unser neuer Trainer", "as a teacher": a title word or alias that
        # describes a person (a role the writer or someone has) chooses nothing; when nothing else
        # names a workgroup, a human reads it
        mentions = [m for m in mentions if m not in roles]
        if not mentions:
            unknown = unknown + [f"'{text[roles[0].start:roles[0].end]}' (a person's role, or a workgroup?)"]
    if ticks:
        # (the form's own help text ranks nothing and is no fallback: "bitte einen ankreuzen, ggf. Zweitwunsch
        # mit „2“ markieren"; blanked, every position stays)
        text = _blanked(text, ticks.heading)
    ranks = rank_phrases(text) if len(mentions) > 1 else []
    # "drugi izbor radna grupa 1": the ordinal of a rank names no workgroup
    mentions = [m for m in mentions if not (m.how == "number" and any(s <= m.start < e for s, e, _ in ranks))]
    spans = tuple((m.start, m.end) for m in mentions) + tuple((s, e) for s, e, _ in ranks) + ticked_spans
    # (the old of a move is found on all mentions, before negation drops any: "from X to Y" needs both)
    kept = {id(m) for m in _without_the_old_of_a_move(text, mentions)}
    moved_from = tuple(m.wg_id for m in mentions if id(m) not in kept)
    mentions = [m for m in _drop_negated(text, mentions) if id(m) in kept]
    # "An der AG 2 ändert sich nichts", "workshop B stays": the workgroup as it is, no new choice
    mentions = [m for m in mentions if not STAYS_AFTER_RE.match(text, m.end)]
    mentions = _after_last_correction(text, mentions)
    mentions = _without_first_thoughts(text, mentions)
    # (the part between dashes that holds it: "it may already be full - in that case workgroup 3 is fine too")
    current = [m for m in mentions if not _past(_PAST_CLAUSE_RE, _dash_part(_clause_of(text, m), text[m.start:m.end]))]
    # the workgroups said to be the registration made ("ich habe mich für Workshop B angemeldet")
    # (in so many words: "bereits", "already" alone say no more than "if it is already full")
    registered_for = {m.wg_id for m in mentions if m not in current and _past(_REGISTERED_FOR_RE, _clause_of(text, m))
                      and not IF_FULL_RE.search(lowered(_clause_of(text, m)))} if current else set()
    if current:
        mentions = current
    # "letztes Jahr war ich in der AG 2, dieses Jahr …", "tavaly az AG 2-ben voltam": a workgroup of another year
    # or time (`last_time`) is no choice; when it is the only one named, which one now a human asks
    earlier = [m for m in mentions if _LAST_TIME_RE.search(lowered(_dash_part(_clause_of(text, m), text[m.start:m.end])))]
    if earlier:
        mentions = [m for m in mentions if m not in earlier]
        if not mentions:
            unknown = unknown + [f"'{text[earlier[0].start:earlier[0].end]}' is said of another year or time: which one now?"]
    mentions = _without_places_in_passing(text, mentions)
    primary, fallback = [], []
    ranked_first: set[str] = set()  # ranked first in so many words ("Erstwunsch AG 2")
    surely_second = False  # a fallback read after words that say so, with no first choice before it
    previous_end = 0
    condition_end = None
    for m in mentions:
        near = max(0, m.start - _NEAR)
        start = max(text.rfind(ch, near, m.start) + 1 for ch in ".!?\n")
        # (the dot of "2. Wahl" ends no sentence: the rank before the mention is in its sentence)
        start = min([rs for rs, re_, _r in ranks if rs < start <= re_] + [start])
        before = text[max(start, previous_end, near) : m.start]
        previous_end = max(previous_end, m.end)
        # (a rank right after an earlier mention is that one's: "AG 3 als zweite Wahl, AG 1 als erste Wahl";
        # blanked here, it neither ranks this mention nor reads as its "zweite Wahl" of a fallback)
        begin = m.start - len(before)
        owned = [(rs, re_) for rs, re_, _r in ranks if begin <= rs < m.start
                 and any(x.end <= rs <= x.end + 16 and not re.search(r"[,;.!?\n–—]|\s-\s", text[x.end : rs])
                         for x in mentions if x.end <= m.start)]
        for rs, re_ in owned:
            before = before[: rs - begin] + " " * (min(re_, m.start) - rs) + before[min(re_, m.start) - begin :]
        rank = max([r for rs, _re, r in ranks if begin <= rs < m.start and (rs, _re) not in owned], default=None)
        # a rank after the mention is its own ("AG 3 als zweite Wahl"), unless another mention follows the
        # rank right away ("AG 1, 2. Wahl AG 3": the second choice is AG 3's)
        later = [r for rs, re_, r in ranks if m.end <= rs < m.end + 60 and not re.search(r"[.!?\n;–—]|\s-\s", text[m.end : rs])
                 and not ("," in text[m.end : rs] and any(re_ <= x.start <= re_ + 12 and not re.search(r"[,;]", text[re_ : x.start])
                                                          for x in mentions))]
        ranked_second = rank is not None and rank > 1 or rank is None and bool(later) and later[0] > 1
        if ranked_second and m.wg_id in primary and m.wg_id not in ranked_first:
            # "Austausch mit Rochdale … Zweitwunsch Rochdale": named first in passing, then ranked second in
            # so many words; the rank is the writer's order
            primary.remove(m.wg_id)
        if rank is not None:
            bucket = fallback if rank > 1 else primary  # "come seconda scelta il gruppo 2"
            if rank == 1:
                ranked_first.add(m.wg_id)
        elif ranked_second or _backup_after(text, m, mentions):
            bucket = fallback  # "group 3 would be our second choice", "workshop 2 as a backup"
        elif condition_end is not None and m.start >= condition_end:
            bucket = fallback  # the workgroup after "if AG 3 is full, …"
        elif _FALLBACK_BEFORE_RE.search(before) and _FULL_AFTER_RE.match(text, m.end):
            # "if AG 3 is full, AG 2", "Якщо в групі 3 не буде місць, то група 2": the workgroup in the
            # condition is the one wanted first; the next one is the fallback
            bucket = primary
            condition_end = m.end
        else:
            # ("if possible, could you move me to group 3", "wenn möglich AG 2": a courtesy, no condition)
            # ("om den är fullbokad, workshop 2", "als die vol is": an "if" the list above leaves out, being a
            # common word elsewhere, with a word for full after it)
            full = IF_FULL_RE.search(lowered(before))
            bucket = fallback if _FALLBACK_BEFORE_RE.search(_COURTESY_IF_RE.sub(" ", before)) or full else primary
            if full and not primary and m.wg_id not in fallback:
                # "If that table is full, the one about parks": the table wanted first, named before the
                # condition, was not read (the words of a full one say so as surely as "otherwise")
                surely_second = True
        if m.wg_id not in primary and m.wg_id not in fallback:
            bucket.append(m.wg_id)
            if bucket is fallback and not primary and (
                    FALLBACK_CONDITION_RE.search(lowered(before)) or _OTHERWISE_RE.search(before)):
                surely_second = True  # (not a bare "ako", "if": Tagalog "ako" is "I")
    ids = primary + fallback
    if surely_second and not primary:
        # "if there is no room at that table, we can go to the housing table": the second choice was read, the
        # first (named in words the reader does not know) was not; placed there, the writer gets the fallback
        unknown = unknown + ["the first choice: only the one wanted if it is full was understood"]
    unordered = len(primary) > 1 and not ranks and not re.search(
        r"liebsten|erstwunsch|first choice|preferably|vorzugsweise|priorit|bevorzugt|1\.\s*wahl", text, re.I
    )
    if (ranked_first and primary and primary[0] not in ranked_first
            or ranks and not any(rank == 1 for _s, _e, rank in ranks) and len(primary) > 1):
        # "Premier choix : l'atelier 2" after a title word in passing ("une jeune bénévole" of the youth
        # workshop): a workgroup read before the one ranked first; "workshop 3 … our son's Kita … workshop 5
        # would be our second choice": only a second choice ranked, and two workgroups stand first. Which one is
        # first the writer did not say. ("Mi primera opción es el grupo 1; si ya no hay plazas, el grupo 2":
        # the one ranked first leads, the next is its fallback)
        unordered = True
    if not primary and len(fallback) > 1 and not ranks:
        # "AG 2 als Ausweichmöglichkeit, lieber wäre mir AG 3": every workgroup read as a fallback, none as
        # the first choice; which comes first the reader does not know
        unordered = True
    # (by a title or topic word only: "AG 3 … sonst bleibe ich in AG 3" names it as a fallback in so many words)
    again = [m for m in mentions if m.wg_id in registered_for and m.wg_id in ids and m.how not in ("id", "number")]
    if again and len(ids) > 1:
        # "ich habe mich für Workshop B angemeldet … wenn ich in Workshop C (Förderanträge) gehe – die Satzung
        # überarbeitet jetzt ein Anwalt": the workgroup registered for, named again beside a new one (here by
        # its topic word, in the reason for leaving it); is it still wanted, or only spoken of?
        unknown = unknown + [f"'{text[again[0].start:again[0].end]}' names the workgroup already registered for "
                             f"({again[0].wg_id}) beside another: still wanted?"]
    if ticks and ticks.ranked:
        # "[1] Workshop 3 … [2] Workshop 5": the numbers in the boxes are the order
        order = [m.wg_id for span in ticks.chosen for m in mentions if (m.start, m.end) == span]
        ids = list(dict.fromkeys(order + ids))
        unordered = len(ids) > len(set(order))
    return Choices(ids=ids, unknown=unknown, unordered=unordered, spans=spans, moved_from=moved_from)


def _without_places_in_passing(text: str, mentions: list[Mention]) -> list[Mention]:
    """Title words said in passing, when another mention is a choice.

    "Unsere Schule pflegt einen Austausch mit Rochdale … Wir möchten in die Werkstatt Rzeszów": a title word
    or alias alone in a sentence with no group noun and no word of choosing, coming, wishing, interest or
    doubt (the vocabulary's) tells of the writer's life; with a workgroup chosen elsewhere in so many words,
    it is no second choice. Without such a choice nothing is dropped (the reader's other checks decide)."""
    if len(mentions) < 2:
        return mentions
    # (beside a workgroup named by its number or id, a title word needs no preposition before it to be
    # said in passing: "my wife who came on family reunion visa" beside "the workshop … (W1)")
    numbered = any(m.how in ("id", "number") and not _in_passing(text, m, True) for m in mentions)
    passing = [m for m in mentions if m.how in ("alias", "title", "compound", "topic") and _in_passing(text, m, numbered)]
    if not passing or len(passing) == len(mentions):
        return mentions
    return [m for m in mentions if m not in passing]


def _in_passing(text: str, m: Mention, anywhere: bool = False) -> bool:
    begin, stop = _clause_span(text, m.start, m.end, ".!?\n;", 240)
    sentence = text[begin:stop]
    if text[stop : stop + 1] == "?" or _GROUP_NOUN_RE.search(sentence) or _ONE_RE.search(sentence):
        return False
    low = lowered(sentence)
    if _CHOOSING_RE.search(low) or _ALSO_OR_LIKING_RE.search(low) or _FALLBACK_BEFORE_RE.search(sentence) or _OTHERWISE_RE.search(sentence):
        return False  # ("Rochdale wäre auch schön", "Notfalls Rochdale", "sounds good too")
    before = _WORD_RE.findall(text, begin, m.start)
    after = _WORD_RE.findall(text, m.end, stop)
    # a sentence of its own telling something (five words besides the place), the place after a
    # preposition ("Austausch mit Rochdale", "from Kumasi", "pochodzę z Rzeszowa" is too short to tell)
    # ("… ở sân khấu thiếu nhi (Kinderprogramm)": a name in brackets explains a choice, it tells no story)
    bracketed = text.rfind("(", begin, m.start) > text.rfind(")", begin, m.start)
    told = anywhere and not bracketed
    return len(before) + len(after) >= 5 and (told or any(w.casefold() in _PLACE_PREPOSITIONS for w in before[-3:]))


_ALSO_OR_LIKING_RE = gated(re.compile(
    r"\b(?:auch|ebenfalls|gern|gerne|schön|toll|spannend|interessant|too|also|as well|nice|great|good|fine|"
    r"aussi|également|intéressant|también|tambien|interesante|anche|interessante|też|również|тоже|также|"
    r"також|de|da|dahi|ayrıca|güzel|ilginç|ook|leuk|også|också|myös|"
    # a need is a wish too ("He needs housing advice urgently" beside "register me and my husband for W1")
    r"need|needs|needed|braucht|brauchen|benötigt|benötigen|besoin|necesita|necesitamos|necessita|precisa|precisamos|"
    r"potrzebuje|potrzebujemy|нужна|нужно|нужен|потрібна|потрібно|ihtiyac\w*|ihtiyaç\w*)\b"))
# (where someone is from, lives, travels or works with: the prepositions before a place)
_PLACE_PREPOSITIONS = frozenset(
    "in im aus nach mit von vom bei zu zum zur from to in at with near of "
    "z ze w we do na u из в во с со к у до на з і від при "
    "de du des en à au aux a desde hasta con da dal dalla di per "
    "van naar bij met uit i från till med fra til".split())

# words that make a sentence about the event or a choice (vocab/README.md): a title word beside them may be one
_CHOOSING_RE = gated(lower_pattern("|".join(f"(?:{concept_regex(c)})" for c in (
    "register", "attend", "registration", "come", "wish", "interested", "choice", "ranks", "or_words", "condition",
    "change", "cancel", "withdraw", "question", "request", "negation", "instead_of", "but", "possible", "maybe"))))


def _dash_part(clause: str, mention: str) -> str:
    """The part of a clause between dashes that holds the mention ("an der AG II teilnehmen - der Zukunftsprozess
    beschäftigt uns seit dem letzten Jahr": the year is the topic's, not the workgroup's)."""
    return next((part for part in re.split(r"\s[-–—]\s", clause) if mention in part), clause)


def _blanked(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


# a copula or "as" right before a word ("ich bin Trainerin", "als Übungsleiter", "I'm a teacher", "as a coach"),
# or "our new" ("unser neuer Übungsleiter"): the word that follows is a person's role
def _after_a_name_in_brackets(text: str, m: Mention) -> bool:
    """ "mein Kollege Herr Jörg Schmitz (Ausbildungsberatung)", "Fr. Demir (Jugendarbeit, Caritas)": a title
    word in brackets right after a person's name is that person's department or job, not a choice."""
    opening = text.rfind("(", max(0, m.start - 40), m.start)
    if opening < 0 or ")" in text[opening : m.start] or ")" not in text[m.end : m.end + 40]:
        return False
    return bool(_NAME_BEFORE_BRACKET_RE.search(text, max(0, opening - 60), opening + 1))


# two capitalised words, or a title and one, right before "(" (a person's name)
_NAME_BEFORE_BRACKET_RE = re.compile(
    r"(?:\b(?:Herrn?|Frau|Fr\.|Hr\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.)[^\S\n]+(?:[A-ZÄÖÜ][\w'’-]+[^\S\n]+)?[A-ZÄÖÜ][\w'’-]+"
    r"|\b[A-ZÄÖÜÇŞ][a-zäöüßçşğıéèáàóòúùñ'’-]+[^\S\n]+[A-ZÄÖÜÇŞ][a-zäöüßçşğıéèáàóòúùñ'’-]+)[^\S\n]*\($"
)


# "our youth pastor", "a health worker", "the education officer": an English title word before a noun for a
# person is that person's field (German writes one word: "Jugendpastor", no mention)
_PERSON_AFTER_RE = re.compile(
    r"[^\S\n]+(?:pastors?|leaders?|workers?|officers?|coordinators?|managers?|teachers?|advis[eo]rs?|counsell?ors?|"
    r"directors?|trainers?|coach(?:es)?|consultants?|nurses?|specialists?|experts?|representatives?|ambassadors?|"
    r"ministers?|secretar(?:y|ies)|chairs?|chairpersons?|presidents?|mentors?|volunteers?|staff|imams?|"
    r"mediators?|assistants?|professionals?|practitioners?|educators?|entrepreneurs?|owners?)\b", re.I)

_ROLE_BEFORE_RE = gated(re.compile(
    r"(?<!\w)(?:ich bin|bin ich|er ist|sie ist|als|arbeite als|tätig als|i am an?|i'm an?|i am|i'm|as an?|work as an?|"
    r"unser(?:e[rnm]?)? neue[rnm]?|unser(?:e[rnm]?)?|our new|our|je suis|en tant que|comme|soy|como|sono)"
    r"[^\S\n]+(?:[\w-]+[^\S\n]+)?$",
    re.I,
))


# "з другої робочої групи до першої", "iz radne skupine 1 u radnu skupinu 2", "از گروه ۳ به گروه ۲",
# "από την πρώτη στη δεύτερη", "swap Forum B for Forum E": a move names the old workgroup, then the new.
# The short words ("z", "з", "с", "de") are also "with" or "of": only read so with a "to" and a second
# workgroup right after.
_MOVE_FROM_RE = gated(re.compile(
    r"(?:^|[\s(])(?:from|von|vom|aus|de|du|desde|da|dal|dalla|din|z|ze|od|iz|з|із|зі|из|с|со|от|од|از|από|swap|"
    r"van|från|fra|de la|del|nga|từ|من|ji|kutoka|"
    r"exchange|tausche\w*|replace)(?:\s+(?:the|die|der|dem|den|la|le|el|il|την|τη|το|του|της))?[^\S\n]+$",
    re.I,
))
_MOVE_TO_RE = gated(re.compile(
    r"^[^\S\n]*[,–-]?[^\S\n]*(?:to|in|into|auf|zu|zur|zum|nach|for|à|a|al|a la|au|na|do|u|в|во|до|به|στη|στην|στο|σε|için|"
    r"у|ў|във|la|în|para|nel|nella|naar|till|til|në|sang|vào|إلى|الى|bo|kwenda)"
    r"(?:\s+(?:the|die|der|den|das|la|le|el|il|l'|την|τη|το))?[^\S\n]+",
    re.I,
))


def _without_the_old_of_a_move(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop the first of two workgroups written as a move: 'from X to Y' (old, new)."""
    drop = set()
    for a, b in zip(mentions, mentions[1:]):
        if a.wg_id == b.wg_id or b.start - a.end > 40:
            continue
        between = text[a.end : b.start]
        if _MOVE_TO_RE.match(between) and _MOVE_FROM_RE.search(text[max(0, a.start - 16) : a.start]):
            drop.add(id(a))
    return [m for m in mentions if id(m) not in drop]


# a "not" right after a workgroup, maybe after "please": "die AG 1 bitte nicht", "AG 1 not", "l'atelier 1 non",
# "AG 1 auf keinen Fall", "2. grup olmasın" (not "AG 2 nicht nur …": not only)
_NEGATIVE_AFTER_RE = gated(re.compile(
    r"[^\S\n]*(?:(?:bitte|please|lieber|besser|s'il vous plaît|s’il vous plaît|svp|por favor|per favore|lütfen|"
    r"пожалуйста|будь ласка|proszę|molim|vă rog)[^\S\n]+)?"
    r"(?:nicht|keinesfalls|auf keinen fall|not|never|pas|non|no|nunca|não|nao|değil|olmasın|olmasin|не|ні|нет|nie|"
    r"ne|nikako|nu|"
    # Turkish puts "except" after the thing excepted: "AG 2 hariç", "2. grup dışında"
    r"hariç|haric|dışında|disinda)(?![\w-])(?![^\S\n]+(?:nur|only|just|solo|seulement|sólo|solamente|apenas|sadece|только|лише|"
    r"tylko|samo|doar)\b)"
    # Turkish and Hungarian put "instead of" after the old one: "Runde 1 yerine sadece Runde 4", "az 1 helyett"
    r"|[^\S\n]*(?:yerine|helyett)(?![\w-])",
    re.I,
))


NO_PROBLEM_RE = gated(concept_pattern("no_problem"))


# "instead of" with a demonstrative after it ("zamiast tego", "instead of that", "вместо этого", "بدلاً من ذلك",
# "en lugar de eso"): "instead", the workgroup after it is the one wanted, not one set aside
_INSTEAD_OF_THAT_RE = gated(lower_pattern(
    # (the Arabic "then", "and" written on the word: "فبدلاً من ذلك")
    rf"(?<!\w)(?:instead of|rather than|{alternation(words('instead_of'))}|[فو]?بدلاً? من|به جای)[^\S\n]+"
    r"(?:this|that|it|tego|tym|это|этого|того|цього|этой|ذلك|هذا|esto|eso|ello|isso|disso|isto|ce|cela|ça|ciò|"
    r"questo|quello|dit|dat|acestuia|asta|toga|tog|ovoga|آن|این)(?!\w)"
))


def _drop_negated(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop 'nicht AG 1', 'from workgroup 2', 'statt AG 3', 'AG 1 bitte nicht' — the words up to the previous
    mention count."""
    kept, previous_end = [], 0
    for m in mentions:
        if _NEGATIVE_AFTER_RE.match(text, m.end) and not _FULL_AFTER_RE.match(text, m.end) and not \
                FALLBACK_CONDITION_RE.search(lowered(text[m.end : m.end + 40])):
            # (not "якщо в групі 3 не буде місць": no room there, the fallback follows)
            previous_end = max(previous_end, m.end)
            continue
        near = max(0, m.start - _NEAR)
        start = max([text.rfind(ch, near, m.start) + 1 for ch in ".!?\n,;("] + [previous_end, near])
        # ("jeśli nie będzie miejsc - warsztat A": a negation that says no room is left names the fallback)
        # (nor in "not too late", "kein Problem": a negation word that negates nothing)
        before = NO_PROBLEM_RE.sub(" ", FALLBACK_CONDITION_RE.sub(" ", lowered(text[start : m.start])))
        if fallback_condition_in(text[stretch(text, m.start, m.start, ".!?", reach=_NEAR)[0] : m.start]):
            # (nor "… pełna, to zamiast tego AG 2", "… ممتلئة، فبدلاً من ذلك AG 2" after a full workgroup's condition:
            # "instead" of the one said before, the mention is the fallback; elsewhere "instead of this AG 1" may
            # set AG 1 aside, and the mention stays set aside)
            before = _INSTEAD_OF_THAT_RE.sub(" ", before)
        if not _NEGATIVE_BEFORE_RE.search(before) and not _FROM_AFTER_RE.match(text, m.end) and not _in_old_state(
                text, near, m.start):
            kept.append(m)
        previous_end = max(previous_end, m.end)
    return kept


def _in_old_state(text: str, near: int, at: int) -> bool:
    """Inside a parenthesis that opens with "bisher", "currently", "до этого": "(bisher 2 Personen, AG 2)"
    lists the registration as it stands, every item of it old (the commas do not end its scope)."""
    paren = text.rfind("(", near, at)
    return paren >= 0 and text.find(")", paren, at) < 0 and bool(_OLD_STATE_RE.match(text, paren + 1))


# the `old_state` words of the vocabulary files (vocab/README.md) after the parenthesis and any spaces; as
# they are written (case aside): concept_pattern would also take each one typed without its marks
_OLD_STATE_RE = re.compile(rf"\s*(?:{concept_regex('old_state')})", re.I)


def _clause_of(text: str, m: Mention) -> str:
    begin, stop = _clause_span(text, m.start, m.end, ".!?\n,;،", _NEAR)
    clause = text[begin:stop]
    # "registered for X but I want Y": the past ends at the "but"
    at = m.start - begin
    cuts = [b.start() for b in _BUT_RE.finditer(clause)]
    return clause[max([c for c in cuts if c <= at], default=0) : min([c for c in cuts if c > at], default=len(clause))]


# "Au départ, nous pensions à l'atelier 1, mais … l'atelier 2", "Pehle group 1 ka soch rahe the, lekin ab …
# group 3", "At first I wanted workshop 2, but …": a first thought the writer gave up
_FIRST_THOUGHT_RE = gated(re.compile(
    r"\b(?:at first|initially|first we|zuerst|anfangs|erst wollte|au départ|au depart|initialement|"
    r"al principio|inicialmente|all'inizio|inizialmente|początkowo|najpierw|сначала|вначале|спочатку|"
    r"başta|ilk başta|önce|pehle|no início|no inicio|inițial|prvo smo|isprva|u početku)\b|في البداية|ابتدا|اول قرار",
    re.I,
))
_GAVE_UP_RE = gated(re.compile(
    r"\b(?:but|aber|doch|mais|pero|ma|ale|но|але|ama|lekin|mas|dar|ali|however|jedoch|finalement|"
    r"finally|now|jetzt|nun|ahora|ora|teraz|теперь|тепер|şimdi|ab|agora|acum|sada)\b|لكن|اما|الآن|حالا",
    re.I,
))


def _without_first_thoughts(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop a mention in a clause that starts 'at first …' when a 'but'/'now' and another workgroup follow."""
    out = []
    for i, m in enumerate(mentions):
        near = max(0, m.start - _NEAR)
        start = max(text.rfind(ch, near, m.start) + 1 for ch in ".!?\n")
        first = _FIRST_THOUGHT_RE.search(text, start, m.start)
        if first and not any(x.start < m.start and x.start > first.end() for x in mentions[:i]):
            gave_up = _GAVE_UP_RE.search(text, m.end, m.end + _NEAR)
            if gave_up and any(x.start >= gave_up.end() and x.wg_id != m.wg_id for x in mentions[i + 1 :]):
                continue
        out.append(m)
    return out


def _names_fallback(text: str, at: int) -> bool:
    """The sentence up to a correction word opens a fallback ("falls die voll ist, nehme ich stattdessen AG 2",
    "s'il est complet, plutôt l'atelier 2", "wenn kein Platz ist, dann lieber …"): the word names the second
    choice and takes the first back not."""
    start, _end = stretch(text, at, at, ".!?", reach=_NEAR)  # (bounded: a long text of corrections stays linear)
    return fallback_condition_in(text[start:at])


def _after_last_correction(text: str, mentions: list[Mention]) -> list[Mention]:
    """'AG 1 – ach nein, doch lieber AG 2': the last word counts."""
    if not mentions:
        return mentions
    last, first_end, last_start = None, min(m.end for m in mentions), max(m.start for m in mentions)
    for corr in _CORRECTION_RE.finditer(text):
        if first_end <= corr.start() and last_start >= corr.end() and not _names_fallback(text, corr.start()):
            last = corr.end()  # (mentions before and after it)
    return [m for m in mentions if last is None or m.start >= last]
