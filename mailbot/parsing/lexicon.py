"""Generic language knowledge: number words, ordinals, group nouns, in many languages.

Nothing here is about a particular event; workgroup titles and aliases come
only from the config (see choices.py).
"""

from __future__ import annotations

import re
import unicodedata

from .scan import longest_first, mark_letters
from .vocabulary import FALSE_FRIENDS, alternation, concept_regex, numbers, ordinal_endings, words

# cardinal number words → value (persons, "Arbeitsgruppe zwei")
CARDINALS: dict[str, int] = {}
_CARDINAL_LISTS = {
    1: "ein eine einer одно",
    2: "dvoe dvoye due dwóch dwoch двух двох إثنين",
    3: "troe troye trzech uc трёх трех трьох",
    4: "dört dort",
    5: "fuenf funf piec beş bes",
    6: "altı alti",
    7: "sept siete sette siedem семь сім سبعة هفت",
    8: "huit ocho otto osiem восемь вісім ثمانية هشت",
    9: "neuf nueve nove dziewięć девять дев'ять تسعة",
    10: "dix diez dieci dziesięć десять عشرة ده",
}
for _value, _words in _CARDINAL_LISTS.items():
    for _w in _words.split():
        CARDINALS.setdefault(_w, _value)
for _w, _value in numbers("cardinals").items():  # the languages of vocab/*.toml
    CARDINALS.setdefault(_w, _value)
for _w in FALSE_FRIENDS:
    CARDINALS.pop(_w, None)
# Ge'ez numerals (Amharic, Tigrinya): a script without decimal digits whose signs add up ("፲፪" is 10 + 2),
# read as the number words of every language written in it, 1 to 20
_GEEZ_ONES, _GEEZ_TEN, _GEEZ_TWENTY = "፩፪፫፬፭፮፯፰፱", "፲", "፳"
for _value, _sign in enumerate(_GEEZ_ONES, 1):
    CARDINALS[_sign] = _value
    CARDINALS[_GEEZ_TEN + _sign] = 10 + _value
CARDINALS[_GEEZ_TEN], CARDINALS[_GEEZ_TWENTY] = 10, 20

# ordinal words (stems: inflected endings are allowed by the regex below)
ORDINALS: dict[str, int] = {}
_ORDINAL_LISTS = {
    1: "premier première primera primero الأولى اولین نخست",
    2: "second seconde secondo الثانية دومین",
    3: "tercera trzeci ucuncu الثالثة سومین",
    4: "الرابعة",
    5: "fuenft الخامسة",
    6: "sixième sext szóst altıncı шест السادسة ششم",
}
for _value, _words in _ORDINAL_LISTS.items():
    for _w in _words.split():
        ORDINALS.setdefault(_w, _value)
for _w, _value in numbers("ordinals").items():
    ORDINALS.setdefault(_w, _value)

ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
         "XI": 11, "XII": 12}

# "Arbeitsgruppe", "workshop", "atelier", "çalışma grubu", "рабочая группа", "مجموعة العمل", "گروه کاری" …
GROUP_NOUN = (
    # (also as learners spell it: "Arbeitsgrupe", "Arbaitsgruppe"; Russian in Latin letters "gruppa 2")
    r"(?:arb[ae]its?\s?-?grup+e[n]?|grupp[auy]|arbeitsgr\.?|themengruppe[n]?|gruppe[n]?|arbeitskreis(?:e|es)?|"
    r"ag|wg|workshops?|work\s?-?groups?|working\s+groups?|groups?|breakout(?:\s+session)?|sessions?|tracks?|"
    # forums and panels ("Forum 2", "Fachforum 3", Turkish "2. foruma", Russian "форум 4")
    r"(?:fach|themen|dialog)?forum(?:s|a|u|da|una)?|foren|foros?|fórum|panels?|podium|podien|"
    r"workshop(?:a|u|ta|da)|"
    r"ateliers?|groupes?(?:\s+de\s+travail)?|grupos?(?:\s+de\s+trabajo)?|talleres?|taller|"
    r"gruppo(?:\s+di\s+lavoro)?|grup(?:ie|ą|[aiyę])(?:\s+robocz(?:ej|ą|[aeyį]))?|warszta\w*+|"
    r"çalışma\s+grub\w*+|calisma\s+grub\w*+|grub\w*+|grup(?:ta|tan|lar\w*+|la)?|atölye\w*+|"
    r"рабоч\w++\s+групп\w*+|групп\w*+|робоч\w++\s+груп\w*+|груп\w*+|секци\w+|секці\w+|"
    r"воркшоп\w*+|семинар\w*+|форум\w*+|"
    # (Arabic writes "in", "to", "and" on the noun: "بالمجموعة الثالثة", "للمجموعة", "وورشة"; the article too:
    # "الورشة الخاصة بالاعتراف", the workshop on recognition)
    r"(?:[بوفل]|و[بل]|لل(?=مجموعة))?(?:مجموعة\s+العمل|مجموعة\s+عمل|مجموعات\s+العمل|ورشة\s+العمل|ورشة|المجموعة|"
    r"مجموعة|المنتدى|منتدى)|(?:[بوفل]|و[بل])?(?:ال|لل)ورشة|"
    r"گروه\s+کاری|گروه|کارگاه|فروم|میزگرد|پنل|"
    # tables of a roundtable event ("Table 3", "Tisch 3", "mesa 3", "5 numaralı masa", "стіл 2", "میز ۴")
    r"tables?|tisch(?:e|es)?|mesas?|tavol[oi]|stolik\w*|st[oó]ł|stoł\w*|masa(?:y?[ae]|d[ae]|s[iı]n[ae]?)?|"
    r"стол\w*|стіл|الطاولة|طاولة|میز|"
    # every language file's words for "workgroup" (vocab/*.toml, group_nouns)
    # (the rest of the word only after five letters or more: "kom" must not match "komme"; possessive,
    # so "çalışma grubuna" never gives "una" back as a number)
    rf"(?:{alternation([w for w in words('group_nouns') if len(w) >= 5])})\w*+|"
    rf"(?:{alternation([w for w in words('group_nouns') if len(w) < 5])}))"
)
# any group noun after a hyphen ("Senioren-Tisch", "Spielplatz-стол"): the word before it is the whole head
# (choices reads the head as a title word or alias, evidence lists the compound; glued, "Stammtisch" is none)
HYPHEN_GROUP = rf"(?P<head>[^\W\d_]{{3,}})-(?:{GROUP_NOUN})"
NUMBER_SIGN = r"(?:nr\.?|no\.?|n°|n\.|#|№|nummer|number|numéro|número|numer|numărul|număr|numri|broj|số|номер|شماره|رقم|نمبر|ቁጥር|ቁጽሪ|" + mark_letters("எண்") + r")?\s*"


def digit_value(token: str) -> int | None:
    """'2', '۲', 'II', 'zwei', 'two' → 2 (None when not a number)."""
    if token.isdigit():
        try:
            return int("".join(str(unicodedata.digit(ch)) for ch in token))
        except (TypeError, ValueError):
            return None
    if token in ROMAN:
        return ROMAN[token]
    if token.upper() in ROMAN and len(token) > 1:
        return ROMAN[token.upper()]
    low = token.replace("İ", "i").lower()  # "İki": Turkish capital dotted i
    # (lower(), not casefold(): casefold writes the Greek final sigma as σ, and "τρεις" was no number)
    return CARDINALS.get(low, CARDINALS.get(low.casefold()))


def ordinal_value(token: str) -> int | None:
    """'zweite', 'zweiten', 'second', 'الأولى' → its number."""
    low = token.replace("İ", "i").casefold()  # "İkinci": Turkish capital dotted i
    m = re.match(r"^(\d{1,9})\.?$", low)  # "2." and, before Turkish "numaralı", a bare "2" (never 5,000 digits)
    if m:
        return int(m.group(1))
    for stem, value in ORDINALS.items():
        if low.startswith(stem) and len(low) - len(stem) <= 4:
            return value
    return None


def lowered(text: str) -> str:
    """Text for lower_pattern patterns: lower case, Turkish dotted and dotless i both "i".

    str.lower() would make "İ" two characters and "I" an "i" where Turkish means "ı"
    ("KATILMAK"); folding ı and i together keeps every spelling matching.
    """
    if not 200 <= len(text) <= 100_000:
        low = text.replace("İ", "I").lower().replace("ı", "i")
        return low if low.isascii() else mark_letters(low)
    # a long text (the writer's, a mail's head) is lowered by several readers in turn: kept for the
    # last few (by value, so a parse in another thread finds only its own text's answer)
    found = _LOWERED.get(text)
    if found is None:
        if len(_LOWERED) >= 16:
            _LOWERED.clear()
        low = text.replace("İ", "I").lower().replace("ı", "i")
        found = _LOWERED[text] = low if low.isascii() else mark_letters(low)
    return found


_LOWERED: dict[str, str] = {}


def lower_pattern(pattern: str) -> re.Pattern:
    """A lower-case pattern for lowered() text. Without re.I Python's matcher skips
    ahead on literal prefixes: two to five times faster on these long alternations.

    Letters with diacritics also match the way phone keyboards write them without
    ("katilmak", "fuer", "gelecegiz", "inscrire a la journee"), see fold_diacritics.
    """
    return re.compile(fold_diacritics(pattern.replace("ı", "i")))


# How people write a letter when their keyboard lacks it. German umlauts become "ae/oe/ue"
# or lose the dots; Turkish and French letters lose the mark. "ä" → "a" is left out: it turns
# "hätte" into "hatte" and "wäre" into "ware" (other words); "ü"/"ö" → "u"/"o" is needed for
# Turkish ("lütfen", "gönder") and learner German ("fur").
_FOLDED = {
    "ä": "(?:ä|ae)", "ö": "(?:ö|oe?)", "ü": "(?:ü|ue?)", "ß": "(?:ß|ss)",
    "ş": "[şs]", "ğ": "[ğg]", "ç": "[çc]", "é": "[ée]", "è": "[èe]", "ê": "[êe]", "à": "[àa]", "â": "[âa]",
    "î": "[îi]", "ô": "[ôo]", "û": "[ûu]",
    # Romanian, Polish, Czech, Slovak, Croatian, Albanian, Spanish and Portuguese letters typed on a
    # phone without them ("As dori sa ma inscriu", "chcialabym sie zapisac", "prijavljujem se")
    "ă": "[ăa]", "ș": "[șşs]", "ț": "[țţt]", "ą": "[ąa]", "ę": "[ęe]", "ł": "[łl]", "ś": "[śs]", "ź": "[źz]",
    "ż": "[żz]", "ć": "[ćc]", "ń": "[ńn]", "ó": "[óo]", "č": "[čc]", "š": "[šs]", "ž": "[žz]", "ř": "[řr]",
    "ě": "[ěe]", "ů": "[ůu]", "ý": "[ýy]", "á": "[áa]", "í": "[íi]", "ú": "[úu]", "ñ": "[ñn]", "ã": "[ãa]",
    "õ": "[õo]", "đ": "[đd]", "ë": "[ëe]",
}


def concept_pattern(concept: str, unmarked: bool = False) -> re.Pattern:
    """A sentence concept of the vocabulary files (register, cancel …) as one lower-case pattern."""
    return lower_pattern(concept_regex(concept, unmarked))


def fold_diacritics(pattern: str) -> str:
    """Give each foldable letter outside a [...] class its ASCII spellings too."""
    out, in_class, escaped = [], False, False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        elif in_class:
            in_class = ch != "]" or (out[-1] == "[" or out[-1] == "^" and out[-2] == "[")
            out.append(ch)
        elif ch == "[":
            in_class = True
            out.append(ch)
        else:
            out.append(_FOLDED.get(ch, ch))
    return "".join(out)


def number_words_pattern() -> str:
    return trie_pattern(list(CARDINALS))


def ordinal_words_pattern() -> str:
    """An ordinal word: a stem and up to four more letters, or, for the stems of a file that lists its
    `ordinal_endings`, one of those endings only (Punjabi "ਪਹਿਲਾਂ", before, is not "ਪਹਿਲਾ", first; Hindi
    "दूसरों", others, is not "दूसरा"), as the evidence inventory reads them."""
    ended = ordinal_endings()
    free = [word for word in ORDINALS if word not in ended]
    tails = {word: "(?:" + "|".join(re.escape(e) for e in longest_first(ended[word])) + r")(?!\w)"
             for word in ORDINALS if word in ended}
    # (the free stems as one trie with the four letters after it, as before: a tail at each of their ends
    # made the patterns that try an ordinal after every "die", "the", "la" a third slower)
    return rf"(?:(?:{trie_pattern(free)})\w{{0,4}}|{trie_pattern(list(tails), tails)})"


def trie_pattern(words: list[str], tails: dict[str, str] | None = None) -> str:
    """Words as one regex with their shared beginnings factored out ("zw(?:ei|ölf)").

    The same matches, tried in the same order, as the words' alternation longest first (a longer
    word is tried before its beginning); but letter by letter: with the cardinals of 40 language
    files an alternation of 300 words, tried at every word, was a fifth of a long mail's time.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = (tails or {}).get(word, "")
    return _trie_branches(trie)


def _trie_branches(node: dict) -> str:
    """`node[""]`, where a word ends, is what follows that word ("" for nothing: the usual trie)."""
    branches = [re.escape(ch) + _trie_branches(child) for ch, child in sorted(node.items()) if ch]
    tail = node.get("")
    if not branches:
        return tail or ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if tail is None:
        return body
    return f"(?:{body}|{tail})" if tail else f"(?:{body})?"


# Words too common to identify a workgroup by, in the languages titles are written in (as people.fold()
# writes them: "verstandlich" of "verständlich"); a title's everyday verb ("Online-Anträge verständlich
# machen") would otherwise name a workgroup in any sentence ("wir wollen es richtig machen").
STOPWORDS = set(
    """
    und oder mit ohne für fuer von vom zum zur der die das den dem des ein eine einer eines im in an am auf aus bei
    über ueber unter nach vor wie was wer aus sich ihre ihrer unsere unserer zwischen gegen durch sowie
    and or with without for from of the a an in on at to by about into through between towards among
    et ou avec sans pour de du des la le les un une en dans sur
    y o con sin para por del el los las una
    machen gemacht werden worden konnen sollen wollen mussen lassen bringen stellen finden
    nehmen halten kommen gehen sehen geben wissen sagen zeigen bleiben richtig wirklich gemeinsam einfach
    besser leichter verstandlich moglich wichtig schnell selbst heute morgen
    making make together better easier should would could things people really simple understandable
    eigene eigenen eigener eigenes eigenem andere anderen anderer anderes vielen vieler verschiedene verschiedenen
    unterschiedliche unterschiedlichen weitere weiteren ganzen unseren unserem meinen seinen deinen diesen dieser
    dieses beiden welche welchen
    others another various different several everyone yourself ourselves themselves
    """.split()
)


# Colours as workgroups are named by them ("Workshop Blau", "Raum Grün"), in the forms writers of the lexicon's
# languages write them before or after a group noun ("den blauen Workshop", "синий воркшоп", "کارگاه سبز",
# "mor atölye", "l'atelier vert"). A config word equal to one form names that colour; its other forms then name
# the same workgroup, next to a group noun in a sentence that registers, wishes or ranks (choices._topic_keywords).
COLOUR_WORDS: dict[str, tuple[str, ...]] = {
    "blue": ("blau", "blaue", "blauen", "blauer", "blaues", "blue", "bleu", "bleue", "azul", "blu", "azzurro",
             "azzurra", "blauw", "blauwe", "niebieski", "niebieska", "niebieskiej", "niebieskim", "синий", "синяя",
             "синюю", "синего", "синей", "синем", "синій", "синя", "синю", "синього", "mavi", "أزرق", "الأزرق",
             "زرقاء", "الزرقاء", "آبی", "plavi", "plava", "plavu", "albastru", "albastră", "μπλε"),
    "green": ("grün", "grüne", "grünen", "grüner", "grünes", "gruen", "gruene", "gruenen", "green", "vert", "verte",
              "verde", "groen", "groene", "zielony", "zielona", "zielonej", "zielonym", "зелёный", "зеленый", "зелёная",
              "зеленая", "зелёную", "зеленую", "зелёной", "зеленой", "зелений", "зелена", "зелену", "зеленої",
              "yeşil", "أخضر", "الأخضر", "خضراء", "الخضراء", "سبز", "zeleni", "zelena", "zelenu", "verde", "πράσινο"),
    "red": ("rot", "rote", "roten", "roter", "rotes", "red", "rouge", "rojo", "roja", "rosso", "rossa", "rood",
            "rode", "czerwony", "czerwona", "czerwonej", "красный", "красная", "красную", "красной", "червоний",
            "червона", "червону", "kırmızı", "أحمر", "الأحمر", "حمراء", "الحمراء", "قرمز", "crveni", "crvena",
            "roșu", "roșie", "κόκκινο"),
    "yellow": ("gelb", "gelbe", "gelben", "gelber", "gelbes", "yellow", "jaune", "amarillo", "amarilla", "giallo",
               "gialla", "geel", "gele", "żółty", "żółta", "żółtej", "жёлтый", "желтый", "жёлтая", "желтая",
               "жёлтую", "желтую", "жовтий", "жовта", "жовту", "sarı", "أصفر", "الأصفر", "صفراء", "الصفراء", "زرد",
               "žuti", "žuta", "galben", "galbenă", "κίτρινο"),
    "orange": ("orange", "orangene", "orangenen", "orangener", "naranja", "arancione", "oranje", "pomarańczowy",
               "pomarańczowa", "pomarańczowej", "оранжевый", "оранжевая", "оранжевую", "оранжевой", "помаранчевий",
               "помаранчева", "помаранчеву", "turuncu", "برتقالي", "البرتقالي", "نارنجی", "narančasti", "portocaliu",
               "πορτοκαλί"),
    "purple": ("lila", "violett", "violette", "violetten", "purple", "violet", "violette", "morado", "morada",
               "viola", "paars", "paarse", "fioletowy", "fioletowa", "fioletowej", "фиолетовый", "фиолетовая",
               "фиолетовую", "фиолетовой", "фіолетовий", "фіолетова", "фіолетову", "mor", "بنفسجي", "البنفسجي",
               "بنفش", "ljubičasti", "ljubičasta", "mov", "μωβ"),
}


# Common workgroup topics, keyed by the German stem a title or alias carries, with the words
# participants use for them in other languages (stems; inflected endings are allowed by the
# matcher). Titles and aliases come from the config; this only says "Bildung" is "education"
# in an English mail. Words that are also everyday phrases ("gelecek hafta", "à l'avenir",
# "yönetim kurulu") are left out; the matcher also wants a group noun near them.
TOPIC_WORDS: dict[str, tuple[str, ...]] = {
    "bildung": ("education", "educational", "éducation", "educación", "educazione", "edukacja", "eğitim",
                "образован", "освіт", "تعليم", "التعليم", "آموزش"),
    "schule": ("school", "schools", "école", "escuela", "okul", "школ", "مدرسة", "المدرسة", "مدرسه"),
    "zukunft": ("future", "futuro", "будущ", "майбутн", "مستقبل", "آینده"),
    "förder": ("funding", "funds", "grants", "subsidies", "subventions", "fördergeld", "fördergelder",
                "zuschuss", "zuschüsse", "teşvik", "teşvikler", "hibe", "financement", "financiación", "finanzierung"),
    "finanz": ("funding", "financing", "financement", "financiación", "finansman", "финансирован",
               "фінансуван", "تمويل", "التمويل", "بودجه"),
    "gesundheit": ("health", "santé", "salud", "sağlık", "здоров", "صحة", "الصحة", "سلامت"),
    "kultur": ("culture", "cultural", "kültür", "культур", "ثقافة", "الثقافة", "فرهنگ"),
}
