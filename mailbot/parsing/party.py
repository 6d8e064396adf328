"""How many people come under one registration, the writer included."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import digit_value, lower_pattern, lowered, number_words_pattern
from .intent import speaks_of_coming
from .vocabulary import alternation, words
from .gates import gated

_NUM = rf"(?:\d{{1,2}}|{number_words_pattern()})"
_PEOPLE = (
    rf"(?:{alternation(words('persons'))}|"  # every language file's words for persons
    r"personen|person|persons|people|leute|leuten|teilnehmer\w*|teilnehmende|participants?|attendees?|"
    r"personnes|personas|persone|osob[ya]?|osób|kişi\w*|человека?|людей|осіб|особи|نفر|أشخاص|اشخاص|شخص)"
)
PEOPLE = _PEOPLE  # the words for persons, for the evidence check
_TOTAL_RES = [*map(gated, [
    re.compile(rf"\b(?P<n>{_NUM})[^\S\n]+{_PEOPLE}\b", re.I),  # same line: "Forum: 4 / Teilnehmende: 3" is no "4 Teilnehmende"
    re.compile(
        rf"\b(?:wir sind|we are|we're|we will be|we'll be|there will be|nous serons|nous sommes|somos|seremos|"
        rf"siamo|saremo|będziemy|jesteśmy|нас\s+(?:будет|буде|будемо)?|нас|nas\s+budet)\s+(?:insgesamt\s+|zusammen\s+|total\s+)?"
        rf"(?P<n>{_NUM})\b",
        re.I,
    ),
    re.compile(rf"\b(?:insgesamt|in total|total of|together|zusammen|en tout)\s+(?P<n>{_NUM})\b", re.I),
    # "wir alle drei", "all three of us" — but not "alle drei Themen"
    re.compile(rf"\b(?:alle|all)\s+(?P<n>{_NUM})\b(?=\s*(?:[.,;!]|$|of us|von uns|dorthin|kommen|zusammen))", re.I),
    re.compile(
        rf"(?:anzahl(?:\s+der)?\s+(?:personen|teilnehmer\w*)|personenzahl|teilnehmerzahl|number of (?:people|persons|"
        rf"participants|attendees)|persons|personen|participants|attendees|teilnehmende|teilnehmer(?:innen)?|"
        rf"nombre de personnes|personas|osoby|kişi sayısı|kişi|количество|кількість)\s*:\s*(?P<n>{_NUM})\b",
        re.I,
    ),
])]
_COLLECTIVE = {
    r"zu zweit|wir beide|we two|both of us|the two of us|à deux|вдвоём|вдвоем|удвох|вдвох|we dwoje|we dwójkę": 2,
    r"zu dritt|the three of us|à trois|втроём|втроем|втрьох|we troje|we trójkę": 3,
    r"zu viert|the four of us|à quatre|вчетвером|вчотирьох|we czworo": 4,
    r"zu fünft|zu fuenft|the five of us|впятером|вп'ятьох": 5,
    r"zu sechst": 6,
}
_COLLECTIVE_RES = [(gated(re.compile(rf"\b(?:{pat})\b", re.I)), n) for pat, n in _COLLECTIVE.items()]

_COMPANION = (
    r"(?:kolleg\w*|colleagues?|coworkers?|co-workers?|freund(?!lich)\w*|friends?|ehefrau|ehemann|partner\w*|"
    r"tochter|töchter\w*|sohn|söhne\w*|kind|kinder\w*|wife|husband|spouse|daughters?|sons?|kids?|children|child|"
    r"mitglied\w*|members?|begleit\w*|mitstreiter\w*|nachbar\w*|schwester\w*|bruder|brüder\w*|mutter|vater|"
    r"sisters?|brothers?|mother|father|collègues?|amie?s?|mari|femme|épouse|compañer\w*|amig\w*|espos\w*|"
    r"marid[oa]s?|mujer|hij[oa]s?|herman[oa]s?|madre|padre|fils|fille|figli[oa]?|figlie|"
    r"koleg\w*|koleżank\w*|znajom\w*|żon\w*|męż\w*|collega|colleghi|colleghe|moglie|marito|amic[oaie]|"
    r"коллег\w*|друз\w*|друг\w*|подруг\w*|жен\w*|муж\w*|колег\w*|дружин\w*|чолов\w*|"
    r"teilnehmerin\w*|vorstandsmitglied\w*|"
    # Portuguese, Romanian, BCS, Albanian, Swahili, Somali spouses and children
    r"filh[oa]s?|mulher|so[țţ]i[ae]?\w*|so[țţ]ul\w*|suprug\w*|bashkëshort\w*|gruan|burrin|mke|mume|"
    r"xaaskayga|ninkayga)"
)
_WITH = (
    r"(?:mit|with|and|und|&|\+|plus|samt|sowie|together with|along with|accompanied by|avec|et|con|y|z|ze|razem z|с|со|з|із|і|и|та|"
    r"com|cu|împreună cu|sa|me|na|conmigo|comigo|with me|mit mir)"
)
_POSSESSIVE = (
    r"(?:mein|meine[mnrs]?|unsere[mnrs]?|my|our|mon|ma|mes|mi|mis|mio|mia|miei|mie|moj\w*|nasz\w*|мо\w{1,3}|наш\w{0,3}|"
    r"(?:[ao]s? )?(?:minhas?|meus?))"
)
# "meine beiden Kolleginnen", "both my colleagues": 'both' counts two
_BOTH = {"beide": 2, "beiden": 2, "both": 2}
_WITH_COMPANION_RE = gated(re.compile(
    rf"(?<!\w){_WITH}\s+(?:{_POSSESSIVE}\s+)?(?:(?P<n>{_NUM}|{'|'.join(_BOTH)})\s+)?(?:{_POSSESSIVE}\s+)?{_COMPANION}\b",
    re.I,
))
# "und unseren Kassierer", "and our treasurer": any noun after a possessive, in German capitalised
# "und unsere Website ist …": the noun starts a new clause (a verb follows), it is no companion
_WITH_POSSESSIVE_NOUN_RE = gated(re.compile(
    r"(?<!\w)(?:und|and|sowie|mit|with)\s+(?:unsere[nmr]?|meine[nmr]?)\s+[A-ZÄÖÜ]\w++"
    r"(?!\s+(?:ist|sind|war|waren|hat|haben|wird|werden|braucht|brauchen|kann|können|muss|müssen|soll|sollen)\b)"
))
# "eşimle", "iki arkadaşımla"; and "kızım da benimle gelecek" (my daughter comes with me too)
# lower case on lowered() text, diacritics folded: "esimle", "arkadasimla" as phones type them
_TURKISH_WITH_RE = gated(lower_pattern(
    rf"(?:(?P<n>{_NUM})\s+)?(?:arkadaş|meslektaş|eşim|kızım|oğlum|çocuğum|annem|babam)\w*"
    rf"(?:(?:la|le|yla|yle)\b|\s+(?:de|da|te|ta)\s+(?:benimle|bizimle))"
))
_ARABIC_PERSIAN_WITH_RE = gated(re.compile(
    r"(?:مع|با)\s+(?:(?P<n>\S+)\s+(?:من\s+)?)?(?:زوجتي|زوجي|زميلتي|زميلي|زملائي|صديقي|صديقتي|أصدقائي|ابني|ابنتي|أخي|أختي|"
    r"همسرم|همکارم|همکارانم|دوستم|دوستانم|خانمم|شوهرم)"
))
# "drei weitere Vereinsmitglieder", "two more colleagues": n companions, the noun may be a compound
_N_MORE_RE = gated(re.compile(
    rf"\b(?P<n>{_NUM})\s+(?:weitere[nr]?|andere[n]?|more|other|further|additional|autres|otros|otras|altri|"
    rf"inne|других|інших)\s+\w*?(?:mitglied\w*|kolleg\w*|person\w*|teilnehm\w*|leute\w*|members?|colleagues?|"
    rf"people|persons|attendees|participants?|membres|personnes|miembros|personas|osob\w*|человек|осіб)\b",
    re.I,
))
# "meine Kollegin kommt auch mit", "my colleague is coming too": a companion without "mit/with"
# ("kommt auch nicht", "kommt nicht mehr mit" do not count)
_COMES_TOO_RE = gated(re.compile(
    rf"(?<!\w){_POSSESSIVE}\s+(?:(?P<n>{_NUM}|{'|'.join(_BOTH)})\s+)?{_COMPANION}\s+"
    rf"(?:kommt|kommen|will come|is coming|are coming|will join|joins)\s+(?:auch|ebenfalls|too|as well|also|mit)\b"
    rf"(?![^\S\n]+(?:nicht|not)\b)",
    re.I,
))
# "Ms Leyla Aziz and myself", "Frau Aziz und mich": a named person plus the writer
_NAME_AND_ME_RE = gated(re.compile(r"(?<!\w)[A-ZÄÖÜ][\w'’-]+\s+(?i:and|und|et|y|e)\s+(?i:myself|mich|moi|mí)\b"))
_AND_I_RE = gated(re.compile(
    rf"{_POSSESSIVE}\s+(?:\w+\s+){{0,4}}?(?:und ich|and i|and me|et moi|y yo|и я|і я|ve ben)\b", re.I
))
_ALONE_RE = gated(re.compile(
    r"\b(?:allein|alleine|alone|on my own|by myself|seul|seule|solo|sola|sam|sama|tek başıma|yalnız|одна|один|сама|сам)\b"
    r"|وحدي|بمفردي|تنها",
    re.I,
))
# Russian, Ukrainian, Arabic and Persian written in Latin letters, as phones without the
# keyboard write them: "s zhenoy" (with my wife), "ana w sa7bi" (me and my friend; Arabizi
# digits for letters), "ba hamsaram". Spouse, colleague and friend words only.
_TRANSLIT_WITH_RE = gated(lower_pattern(
    r"(?<!\w)(?:s|so|z|i)\s+(?:moe[iy]\s+|moim\s+|svoe[iy]\s+)?(?:zhen(?:oy|oi|oj|a)|muzh(?:em)?|kolleg\w*|koleh\w*|"
    r"drug(?:om)?|podrug\w*|druzhyn\w*|cholovik\w*)\b|"
    r"(?<!\w)(?:w|wa|we|ma3a?|m3a)\s+(?:zawg\w*|zog\w*|zoj\w*|mrati|sa7b\w*|s7ab\w*|zamil\w*|zameel\w*)\b|"
    r"(?<!\w)ba\s+(?:hamsar\w*|hamkar\w*|doost\w*|dust\w*|khanom\w*|shohar\w*)\b"
))
_TRANSLIT_QUICK_RE = gated(lower_pattern(r"zhen|muzh|kolleg|koleh|drug|druzhyn|cholov|zawg|zog|zoj|mrati|sa7|s7ab|zam[ie]|hamsar|hamkar|doost|dust|khanom|shohar"))

_WE_RE = gated(re.compile(r"\b(?:wir|we|nous|nosotros|my|мы|ми|biz)\b|نحن|ما ", re.I))


@dataclass
class Party:
    size: int
    explicit: bool = False  # the text states a number (or companions), not just the default
    doubt: str | None = None  # why a human should check the number
    spans: tuple[tuple[int, int], ...] = ()  # the words the number was read from (the evidence check)


# "I will bring my colleague", "ich bringe meine Tochter mit": the companion is brought along
_BRING_RE = gated(re.compile(
    rf"(?<!\w)(?:bring\w*|mitbring\w*)\s+(?:along\s+)?{_POSSESSIVE}\s+(?:(?P<n>{_NUM})\s+)?{_COMPANION}\b", re.I
))


def party_size(text: str) -> Party:
    """Party size from totals ('wir sind 4', 'zu dritt'), else companions ('mit zwei Kolleginnen' = 3).

    Lines wrapped by the mail client are read as one ("wir sind also zu\nzweit"); the text keeps
    its length, so the spans point into the caller's text.
    """
    text = _WRAPPED_RE.sub(" ", text.replace("İ", "I"))
    totals = _totals(text)
    spans = tuple((s, e) for s, e, _ in totals)
    if totals:
        numbers = [n for _, _, n in totals]
        if len(set(numbers)) > 1 and max(numbers) > 1:
            return Party(max(numbers), True, f"several numbers of persons: {', '.join(map(str, sorted(set(numbers))))}", spans)
        return Party(numbers[0], True, spans=spans)
    companions, spans = _companions(text)
    if companions:
        alone = _ALONE_RE.search(text)
        doubt = "says 'alone' and names companions" if alone else None
        idle = [text[s:e] for s, e in spans if not speaks_of_coming(_sentence_around(text, s, e))]
        if idle:
            # "Unser Verein arbeitet mit Kindern": a companion word where nobody comes or registers
            doubt = f"companions in a sentence that does not say they come: '{' '.join(idle[0].split())[:40]}'"
        return Party(1 + companions, True, doubt, tuple(spans))
    alone = _ALONE_RE.search(text)
    if alone:
        return Party(1, True, spans=(alone.span(),))
    return Party(1)


# a line of 50+ characters that goes on in the next is a client's hard wrap, not a form line
_WRAPPED_RE = gated(re.compile(r"(?<=[^\n]{50})\n(?=[^\n])"))


def _totals(text: str) -> list[tuple[int, int, int]]:
    found = []
    low = lowered(text)
    for regex, gate in _TOTALS_GATED:
        if gate is not None and not gate.search(low):
            continue
        for m in regex.finditer(text):
            n = digit_value(m.group("n"))
            if n and 0 < n <= 60 and not _is_age_or_time(text, m) and not _about_last_time(text, m):
                found.append((m.start(), m.end(), n + _plus_me(text, m)))
    for regex, n in _COLLECTIVE_RES:
        found += [(m.start(), m.end(), n) for m in regex.finditer(text)]
    return sorted(found)


# "2 Teilnehmende + ich", "three participants plus me": the number counts the others only
_PLUS_ME_RE = gated(re.compile(r"[^\S\n]*(?:\+|plus|und|and|sowie|et|y)[^\S\n]*(?:ich|mich|me|myself|moi|yo)\b", re.I))


def _plus_me(text: str, m: re.Match) -> int:
    return 1 if _PLUS_ME_RE.match(text, m.end()) else 0


# "letztes Jahr waren wir mit 2 Personen da, dieses Jahr komme ich allein": last year's party is no total
_LAST_TIME_RE = gated(re.compile(
    r"\b(?:letzte[ns]? (?:jahr|mal)|letztes jahr|vergangene[ns]? jahr|vorige[ns]? jahr|im vorjahr|"
    r"last (?:year|time)|the year before|l'année dernière|l'an dernier|la dernière fois|el año pasado|"
    r"l'anno scorso|w zeszłym roku|geçen (?:yıl|sene)|в прошлом году|минулого року|торік)\b|سال گذشته|العام الماضي",
    re.I,
))


def _about_last_time(text: str, m: re.Match) -> bool:
    # the clause, at most 400 characters each way: read whole for every number it was quadratic
    near = max(0, m.start() - 400)
    left = max([text.rfind(ch, near, m.start()) for ch in ".!?\n,;"] + [near - 1]) + 1
    ends = [i for i in (text.find(ch, m.end(), m.end() + 400) for ch in ".!?\n,;") if i >= 0]
    return bool(_LAST_TIME_RE.search(text, left, min(ends) if ends else min(len(text), m.end() + 400)))


def _is_age_or_time(text: str, m: re.Match) -> bool:
    after = text[m.end() : m.end() + 20].lower()
    return bool(re.match(r"\s*(?:jahre|years|uhr|minuten|minutes|%|euro|€|stunden|hours)", after))


# cheap pre-checks (literal words, no number alternation at every position) before the full patterns
# The gates are lower case and run on lowered() text (no re.I: much faster).
_TURKISH_QUICK_RE = gated(lower_pattern(r"(?:arkadaş|meslektaş|eşim|kızım|oğlum|çocuğum|annem|babam)\w*(?:la|le)\b|benimle|bizimle"))
_COMPANION_QUICK_RE = gated(lower_pattern(rf"{_COMPANION}|weitere|\bmore\b|further|additional|\bother\b|(?:and|und|et|y|e) (?:myself|mich|moi|mí)\b|\b(?:unsere[nmr]?|meine[nmr]?)\s+[a-zäöü]|und ich|and i\b|and me\b|et moi|y yo|и я|і я|ve ben"))


# Each gate is a word the pattern cannot match without; searching it first is far cheaper.
_TOTALS_GATED = [(_TOTAL_RES[0], gated(lower_pattern(rf"{_PEOPLE}\b"))), *((regex, None) for regex in _TOTAL_RES[1:])]
_MORE_QUICK_RE = gated(lower_pattern(
    r"weitere|andere|more|other|further|additional|autres|otros|otras|altri|inne|других|інших"))
_COMPANION_WORD_RE = gated(lower_pattern(rf"{_COMPANION}\b"))


def _companions(text: str) -> tuple[int, list[tuple[int, int]]]:
    low = lowered(text)
    if not (_COMPANION_QUICK_RE.search(low) or _TURKISH_QUICK_RE.search(low) or _ARABIC_PERSIAN_WITH_RE.search(text)
            or _TRANSLIT_QUICK_RE.search(low)):
        return 0, []  # the common case: nobody else is mentioned
    count = 0
    spans: list[tuple[int, int]] = []
    for regex, gate in ((_N_MORE_RE, _MORE_QUICK_RE), (_WITH_COMPANION_RE, _COMPANION_WORD_RE),
                        (_COMES_TOO_RE, _COMPANION_WORD_RE), (_BRING_RE, _COMPANION_WORD_RE),
                        (_TURKISH_WITH_RE, _TURKISH_QUICK_RE), (_ARABIC_PERSIAN_WITH_RE, None)):
        if gate is not None and not gate.search(low):
            continue  # the long pattern (a number alternation at every position) cannot match
        for m in regex.finditer(low if regex is _TURKISH_WITH_RE else text):
            if _negated(text, m.start()) or _overlaps(m, spans):
                continue
            n = _BOTH.get(m.group("n").lower()) or digit_value(m.group("n")) if m.group("n") else None
            count += n if n and n <= 60 else 1
            spans.append(m.span())
    for regex, source in ((_WITH_POSSESSIVE_NOUN_RE, text), (_AND_I_RE, text), (_NAME_AND_ME_RE, text),
                          (_TRANSLIT_WITH_RE, low)):
        for m in regex.finditer(source):
            if not _overlaps(m, spans):
                count += 1
                spans.append(m.span())
    return count, spans


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of a match, at most 300 characters each way (linear on long text)."""
    near = max(0, start - 300)
    left = max([text.rfind(ch, near, start) for ch in ".!?\n"] + [near - 1]) + 1
    ends = [i for i in (text.find(ch, end, end + 300) for ch in ".!?\n") if i >= 0]
    return text[left : min(ends) if ends else min(len(text), end + 300)]


def _overlaps(m: re.Match, spans: list[tuple[int, int]]) -> bool:
    return any(s <= m.start() < e or m.start() <= s < m.end() for s, e in spans)


def _negated(text: str, pos: int) -> bool:
    return bool(re.search(r"\b(?:ohne|without|sans|sin|bez|без|nicht|not)\s*$", text[max(0, pos - 12) : pos], re.I))


def says_we(text: str) -> bool:
    """The writer speaks for a group ('wir', 'we') — a hint that more than one person may come."""
    return bool(_WE_RE.search(text))
