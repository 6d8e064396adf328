"""Who wrote, who attends, for which organisation, and where the answer goes."""

from __future__ import annotations

import functools
import re
import unicodedata

from .lexicon import lower_pattern, lowered
from .vocabulary import alternation, bare, script, words
from .gates import gated
from .intent import NEGATION_RE
from .vocabulary import concept_regex
from .scan import longest_first

_SALUTATION_RE = gated(re.compile(
    r"^(?:(?:frau|herrn|herr|hrn\.|hr\.|fr\.|mr\.?|mrs\.?|ms\.?|miss|madame|mme\.?|monsieur|m\.|sayın|sayin|"
    r"bay|bayan|г-н|г-жа|господин|госпожа|пан|пані|pani|pan|señor|señora|sr\.|sra\.|"
    r"dr\.?|prof\.?|dipl\.-?\w*\.?|mag\.|ing\.|med\.|phil\.|"
    # professional and church titles a signature puts before the name ("Pfarrerin Anne Lüttke-Ebbing")
    r"pfarrer(?:in)?|pastor(?:in)?|diakon(?:in)?|vikar(?:in)?|rabbiner(?:in)?|dekan(?:in)?|reverend|rev\.|"
    r"bürgermeister(?:in)?|rechtsanwalt|rechtsanwältin|ra\.|pater|father|padre|père|abbé|π\.|κ\.|κα\.?|"
    # honorifics of West and East African writers ("Chief Emeka Obi", "Alhaji Musa Bello", "Mama Rehema Juma")
    r"chief|alhaji|alhaja|hajia|hajiya|evangelist|deaconess|deacon|elder|bishop|apostle|prophet|sheikh|mzee|"
    r"mama|maman|papa|pasteur|pasteure|prêtre|imam|imamin|efendi|efendija|rabbi|"
    # religious titles of Syriac and Coptic priests, Turkish imams, Buddhist monks ("Abuna Yakup Gültekin", "Hodscha
    # Ahmet Yıldız", "Bhante Sumana"; not "Hoca", "Swami", "Giani": family and given names too)
    r"abuna|abouna|hodscha|bhante|"
    # German police, school and civil-service ranks a letter puts before the name ("PHK Andreas Kemper",
    # "OStRin Dr. Maria Weber", "ORR Jens Hahn"): an office, not part of the name
    # (as written: in capitals, "Kok" is a family name)
    r"(?-i:E?P[HO]?K(?:in)?|E?K[HO]K(?:in)?|KK|PHM|O?St[RD](?:in)?|O?RR(?:in)?|L?RD(?:in)?)|"
    # Arabic, Persian and Urdu honorifics ("د. سامر العلي", "الحاج محمد نادر هاشمی", "ڈاکٹر عائشہ قریشی",
    # "م. أحمد فتحي", the engineer), and their Latin spellings
    r"د\.|دكتور|الدكتور|الدكتورة|دكتورة|م\.|المهندس|المهندسة|الأستاذ|الأستاذة|الاستاذ|الاستاذة|السيدة|"
    r"الحاج|الحاجة|الحاجه|الشيخ|دکتر|مهندس|استاد|آقای|جناب|ڈاکٹر|حاجی|haj|hajj|hajji|hadschi|ustadh|ustaz|eng\.)\s+)+",
    re.I,
))
_ORG_WORDS = gated(lower_pattern(
    r"verein|gemeinde|gemeinschaft|communit|communaut|comunidad|comunità|verband|landsmannschaft|ortsgruppe|"
    r"association|asociaci|associazione|assoc\b|network|netzwerk|"
    r"gesellschaft|zentrum|center|centre|centro\b|diaspora|kreis\b|kulturkreis|(?<=\w{4})rat\b|\bamt\b|\Bamt\b|büro|buero|dienst|"
    r"initiative|union\b|forum|stiftung|foundation|fundaci|fundacja|gmbh|ggmbh|\be\.\s?v\.|(?<=\w )ev\b|"
    r"\bclub|klub|bund\b|föderation|federation|organisation|organization|institut|caf[ée]\b|(?<!be)treff|"
    r"dernek|derneği|vakf|cemiyet|ассоциац|общество|союз|громад|центр|объединени|об'єднан|спілк|школа|товариств|"
    r"جمعية|مركز|رابطة|انجمن|کانون|stowarzyszen|komitee|committee|beirat|council|kirche|church|"
    r"moschee|mosque|diakonie|caritas|hochschul|universit|schule\b|akademie|academy|kollektiv|collective|"
    r"circle\b|cercle\b|c[ií]rculo|circolo|society|soci[ée]t[ée]|sociedad|"
    # churches and parishes in more languages, a Senegalese religious circle, choirs and folk groups
    r"église|eglise|iglesia|igreja|chiesa|parish|paroisse|parroquia|parrocchia|dahira|\bcoro\b|\bcoral\b|"
    r"rancho folcl|\bcasal\b|"
    # houses and clinics ("Jugendhaus Schinkel", "Haus der Kulturen"), Portuguese, Turkish and Cyrillic club words
    r"haus\b|clinic|klinik|associa[çc][ãa]o|birli[kğ]|клуб|"
    # Albanian, Romanian, Kurdish, BCS, Greek, Swahili, Vietnamese association words
    r"shoqat|asocia[țţt]i|komele|udruženj|udruga|друштв|удружењ|σύλλογ|κοινότητ|jumuiya|\bhội\b|"
    # BCS in Latin letters, Polish school, Arabic "association" with a suffix ("جمعيتنا"), Turkish mosque ("… Camii'nin kadınlar kolu adına")
    r"dru[šs]tv|szkoł|szkol[aey]\b|جمعيت|camii|"
    # mosque communities in BCS, Turkish, Albanian ("Džemat Hagen", "… Cemaati", "Xhamia …")
    r"d[žz]emat|cemaat|d[žz]amij|xhami|mescit|mescid|mosquée|"
    # Chinese, Japanese and Korean associations, schools and churches ("明斯特华人联合会", "ミュンスター日本人会",
    # "뮌스터 한인회", "… 유학생회")
    r"联合会|聯合會|协会|協會|協会|同乡会|同鄉會|学生会|學生會|日本人会|华人会|華人會|学校|學校|教会|教會|"
    r"한인회|협회|학생회|유학생회|교회|센터|"
    # public bodies sign for themselves ("Kreispolizeibehörde Warendorf", "Jobcenter Kreis Warendorf", "Gemeente
    # Hengeloord"; not "Stadt X": a city's staff sign with their office first, "Stadt Münster" under it)
    r"behörde|behoerde|polizei|ministeri|jobcenter|landratsamt|stadtverwaltung|kreisverwaltung|bezirksregierung|"
    r"^gemeente\b|^ville de\b|^city of\b|municipalit|mairie|préfecture|prefecture|landtag|bundestag|"
    # and each language file's `organisation` words (vocab/*.toml)
    + concept_regex("organisation"),
))
ORG_WORDS = _ORG_WORDS  # organisation words, for the evidence check


def has_org_word(text: str) -> bool:
    """A word organisations are named with (lower-case pattern on lowered text: faster than re.I)."""
    return bool(_ORG_WORDS.search(lowered(text)))
_ROLE_RE = gated(re.compile(
    r"^(?:\d\.\s*)?(?:vorsitzende[rn]?|stellv\.?|stellvertretende[rn]?|vorstand|vorstandsmitglied|"
    r"kassenwart(?:in)?|kassierer(?:in)?|schatzmeister(?:in)?|schriftführer(?:in)?|geschäftsführer(?:in)?|"
    r"geschäftsführung|projektleitung|projektleiter(?:in)?|leitung|leiter(?:in)?|koordinator(?:in)?|"
    r"koordination|referent(?:in)?|mitarbeiter(?:in)?|sprecher(?:in)?|mitglied|chair(?:person|woman|man)?|"
    r"president|vice[- ]president|secretary|treasurer|coordinator|member|director|manager|"
    r"présidente?|secrétaire|trésorière?|presidente|başkan[ıi]?|председатель|голова|رئيسة|رئيس|مديرة|مدير|"
    # (feminine Arabic offices, Farsi, Russian: "رئيسة جمعية النساء العربيات", "руководитель …")
    r"منسقة|منسق|سكرتيرة|سكرتير|أمينة|رئیس|مدیر|دبیر|руководитель|координатор|секретарь|"
    # religious offices and a few more languages' officers ("İmam – … Derneği", "செயலாளர் – … மன்றம்")
    r"imam|i̇mam|hoca|hodscha|pfarrer(?:in)?|pastor(?:in)?|priester|priest|sekreter|sekretär(?:in)?|"
    # Dutch, Danish, Norwegian, Swedish, Finnish officers ("secretaris Vereniging Dorpsbelang …")
    r"secretaris|voorzitter|penningmeester|bestuurslid|formand|næstformand|kasserer|sekretær|styreleder|"
    r"ordförande|kassör|sekreterare|puheenjohtaja|sihteeri|rahastonhoitaja|"
    r"செயலாளர்|தலைவர்|பொருளாளர்|"
    r"im auftrag|i\.\s?a\.|i\.\s?v\.)\b[\s,/:|–-]*(?:(?:des|der|im|von|vom|of the|of|de la|de l'|de|du)\s+)?",
    re.I,
))
_ADDRESS_LINE_RE = gated(re.compile(
    r"\b\d{4,5}\s+(?!e\.\s?v\.)\w|straße|strasse|str\.|\bweg\b|platz\b|allee|gasse|ring\s+\d|@|https?://|www\.|"
    r"^(?:tel|fon|phone|mobil|mobile|fax|handy|e-?mail|mail|web|tél)\b|\+\d|\d{3,}[\s/-]*\d{2,}",
    re.I,
))
_NAME_PARTICLES = {"von", "van", "de", "der", "den", "da", "dos", "das", "di", "del", "la", "le", "al", "el",
                   "bin", "ibn", "ben", "zu", "y", "e", "van't", "ter", "ten", "thi", "thị", "văn"}
_NOT_NAME_WORDS = gated(re.compile(
    r"^(?:team|ihr|ihre|your|the|liebe|lieber|hallo|hello|hi|dear|sehr|geehrte|geehrter|guten|tag|"
    r"vielen|danke|dank|thanks|thank|grüße|grüßen|regards|best|mit|freundlichen|viele|beste|"
    r"herzliche|liebe|kind|sincerely|cordialement|merci|bonjour|merhaba|selam|saygılarımla|"
    r"anmeldung|registration|arbeitsgruppe|workshop|workgroup|vorstand|büro|office|info|support|"
    r"sent|gesendet|von|from|mobile|tel|phone|im|auftrag|und|and|ich|wir|we|i|my|our|unser|unsere|"
    # a family, not a person ("Familie Demir" in From; the one who writes signs with a first name)
    r"familie|family|famille|familia|famiglia|família|rodzina|семья|сім'я|сім’я)$",
    re.I,
))
# (a zero-width non-joiner or joiner inside a word is part of it: Persian "نجیب‌الله", "می‌خواهم")
# (or hyphenated initials, "K.-D." for "Klaus-Dieter")
_LETTERS_RE = gated(re.compile(r"^(?:[^\W\d_](?:[^\W\d_'’.-]|[\u200c\u200d])*(?:[-'’][^\W\d_]+)*\.?|"
                               r"[^\W\d_]\.(?:-[^\W\d_]\.)+)$"))
_INITIALS_RE = re.compile(r"[^\W\d_]\.(?:-[^\W\d_]\.)*")  # "A.", "K.-D."


def strip_salutation(name: str) -> str:
    """'Frau Dr. Derya Kılıç' → 'Derya Kılıç' (the contract wants no salutation); a Korean sign-off after
    the name too ("김지현 드림", "박서연 올림": given, offered up)."""
    return _SIGN_OFF_AFTER_RE.sub("", _SALUTATION_RE.sub("", name.strip())).strip(" ,;:")


_SIGN_OFF_AFTER_RE = re.compile(r"\s+(?:드림|올림|배상)\s*$")


# a word that names an office in a signature's title line ("Yönetim Kurulu Başkanı", "Vorstandsvorsitzender",
# "Chairwoman"): such a line is no name ("Başkan" alone is a family name, "Başkanı" the office of someone)
_OFFICE_WORD_RE = re.compile(
    r"(?:başkanı|başkanvekili|yardımcısı|sekreteri|müdürü|kurulu|(?:vorstands)?vorsitzende[rn]?|chair(?:man|woman|person)|"
    r"president|secretary|treasurer|présidente?|secrétaire|trésorière?|presidente|председатель|руководитель|директор|"
    r"رئيسة|رئيس|"
    # a job in a signature's line under the name ("Postdoctoral Researcher", "Sozialarbeiterin"): no name
    r"researcher|postdoc(?:toral)?|professor(?:in)?|lecturer|doktorand(?:in)?|scientist|wissenschaftler(?:in)?|"
    r"assistant|assistent(?:in)?|officer|advisor|adviser|consultant|engineer|ingenieur(?:in)?|coordinator|"
    r"koordinator(?:in)?|referent(?:in)?|director|direktor(?:in)?|mitarbeiter(?:in)?|sachbearbeiter(?:in)?|"
    r"sozialarbeiter(?:in)?|berater(?:in)?|"
    # the same offices in the Romance and Slavic languages ("Secretária da Direção" under a name)
    r"secret[aá]ri[ao]|secretário|segretari[ao]|sekretär(?:in)?|sekretar[zk]?a?|секретар[ья]?|"
    r"dire[cç]+[aã]o|direcci[oó]n|direzione|tesoureir[ao]|tesorer[ao]|trésorier|presidenta|"
    r"coordenador[a]?|coordinador[a]?|coordinat(?:ore|rice))",
    re.I,
)


def looks_like_name(line: str, min_words: int = 1) -> bool:
    """A person's name: 1–5 capitalised words of letters, no organisation or greeting word."""
    line = strip_salutation(line.strip().strip(",;:!"))
    if not line or len(line) > 60 or has_org_word(line) or "@" in line:
        return False
    words = line.split()
    if not min_words <= len(words) <= 5:
        return False
    capitalised = 0
    for word in words:
        if not _LETTERS_RE.match(word) or _NOT_NAME_WORDS.match(word.strip(".")) or _OFFICE_WORD_RE.fullmatch(word):
            return False
        if word.lower() in _NAME_PARTICLES:
            continue
        # (Georgian is written in one case: its letters are lower case to Python, Mtavruli capitals unused)
        if word[0].isupper() or not word[0].isalpha() or word[0].lower() == word[0].upper() or "ა" <= word[0] <= "ჿ":
            capitalised += 1
        else:
            return False
    return capitalised >= 1


def tidy_display_name(display: str) -> str:
    """'Wagner-Popescu, Elena' → 'Elena Wagner-Popescu'; salutations dropped."""
    display = strip_salutation(display.strip().strip('"').strip("'"))
    if display.count(",") == 1:
        last, first = (p.strip() for p in display.split(","))
        if last and first and " " not in first.strip():
            display = f"{first} {last}"
    return display


def name_words(name: str | None) -> int:
    """How many words a name has; a Chinese name of two to four signs and a Korean one of three or four are
    written without a space ("李伟", "김민수"), and are as full a name as "Wei Li" (not a given name alone, "지현",
    nor one with a title or a nickname's "little/old": "王老师", "张先生", "小王", "田中様")."""
    if not name:
        return 0
    words = name.split()
    return 2 if len(words) == 1 and _CJK_NAME_RE.fullmatch(words[0]) and not _CJK_NOT_FULL_RE.search(words[0]) else len(words)


_CJK_NAME_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]{2,4}|[\uac00-\ud7af]{3,4}")
_CJK_NOT_FULL_RE = re.compile(r"^[小老阿]|(?:老师|老師|先生|女士|小姐|同学|同學|様|さん|씨|님)$")


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case ASCII skeleton, for comparing 'Kılıç' with 'kilic'."""
    text = text.replace("ı", "i").replace("ß", "ss").replace("ø", "o").replace("ł", "l")
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isascii())


# --- names --------------------------------------------------------------------------

_FORM_NAME_RE = gated(re.compile(
    r"^(?:name|vor-? ?und nachname|full name|nom|nombre|imię i nazwisko|ad soyad|isim|имя|ім'я|الاسم|نام|"
    # "Teilnehmer: …", "Katılımcı: …", "Учасник: …": the person registered, as a form line names them
    r"teilnehmer(?:in)?|teilnehmende[rs]?|participant|participante|partecipante|katılımcı|katilimci|участник|учасник|"
    r"uczestnik|uczestniczka|مشارك|شرکت[‌ ]?کننده)\s*:\s*(.+)$",
    re.I | re.M,
))


def form_name(body: str) -> str | None:
    m = _FORM_NAME_RE.search(body)
    value = re.sub(r"\s*\([^()]*\)\s*$", "", m.group(1)) if m else ""  # "Yusuf Kalkan (dernek başkanı)"
    if value and looks_like_name(value, min_words=1):
        return strip_salutation(value)
    return None


def signature_name(signature: str, display: str = "") -> str | None:
    """The first name-like line of a signature block (after the closing); `display`, From's name."""
    lines = [line for line in signature.split("\n") if line.strip()]
    sender = tidy_display_name(display) if display else ""
    first_only = False  # the closing line ends in one word, a given name ("Gruß Jürgen")
    for idx, line in enumerate(lines[:6]):
        candidate = re.sub(r"^(?:i\.\s?a\.|i\.\s?v\.|im auftrag)\s+", "", line, flags=re.I)
        candidate = _without_pronouns(candidate)  # "Ana Stojanović (she/her)"
        if idx == 0 and _is_closing(candidate) and not _own_name_line(candidate, display):
            # "Viele Grüße, Anna Schmidt" on one line
            tail = re.split(r"[,!]\s*", candidate, maxsplit=1)
            if len(tail) == 2 and _is_closing(tail[1]):
                continue  # "Заранее спасибо, MfG", "Thanks, Best regards": two closings, the name comes after
            if len(tail) == 2 and looks_like_name(tail[1]):
                return strip_salutation(tail[1])
            rest = _after_closing(candidate)
            # (in a cased script only, every word capitalised: "مع الشكر والتقدير" is all closing)
            if rest and all(w[:1].isupper() for w in rest.split()) and looks_like_name(rest, min_words=2):
                return strip_salutation(rest)  # "Gruß Timo Wessels" over "Jugendleiter HSG …": no comma
            first_only = len(rest.split()) == 1 and _shares_a_word(rest, display)
            continue
        if first_only and name_words(sender) >= 2 and looks_like_name(sender) and not _shares_a_word(candidate, display):
            # "Gruß Jürgen" over "SV Mesum", "Flüchtlingshilfe Emsdetten", From "Jürgen Lödding": the writer signed
            # with the given name of From's; a line under it without a word of From's name is the club, not him
            continue
        if len(candidate.split()) >= 2 and candidate.rstrip().endswith("!"):
            continue  # "Schönes Restwochenende!", "Have a nice weekend!": a wish, nobody signs with "!"
        if _HAUS_NAME_RE.fullmatch(candidate.strip(" ,;:!")) and _own_name_line(candidate, display):
            # "Ulrike Pöppinghaus", "Katrin Lütkehaus" under From's same name: Westphalian family names end in
            # "-haus" as "Jugendhaus", "Lutherhaus Münster" do (an organisation's word otherwise)
            return strip_salutation(candidate.strip(" ,;:!"))
        if looks_like_name(candidate):
            if len(candidate.split()) == 1:
                # "Saygılarımızla" over "Mehmet Yılmaz": one word first, a full name right under it, is a
                # closing the vocabulary does not know (in any language), not the name; after the closing, a
                # first name over the full one ("do zobaczenia / Kasia / Katarzyna Wiśniewska") is signed twice
                fuller = next((l for l in lines[idx + 1 : idx + 3] if looks_like_name(l, min_words=2)
                               and (idx == 0 or _shares_a_word(l, display))), None)
                if fuller:
                    return _latin_twin(lines, lines.index(fuller)) or strip_salutation(fuller.strip(",;:!"))
            return _latin_twin(lines, idx) or strip_salutation(candidate.strip(",;:!"))
        if swapped := _surname_first(candidate):
            return swapped
    return None


# pronouns after a name, in brackets or after a bar: "(she/her)", "(er/ihm)", "| they/them", "(sie/ihr/ihre)"
_PRONOUNS_AFTER_RE = re.compile(r"[^\S\n]*(?:\(\s*[^\W\d_]{2,5}(?:\s*/\s*[^\W\d_]{2,5}){1,2}\s*\)|"
                                r"[|·–-][^\S\n]*[^\W\d_]{2,5}(?:\s*/\s*[^\W\d_]{2,5}){1,2})[^\S\n]*$")


def _without_pronouns(line: str) -> str:
    """The line without pronouns after the name; only its last 40 characters are searched (a run of spaces
    before them would make the search quadratic)."""
    line = line.rstrip()
    cut = len(line) - 40 if len(line) > 40 else 0
    found = _PRONOUNS_AFTER_RE.search(line, cut)
    return line[: found.start()] if found else line


# a given name (or two) and a family name ending in "-haus"
_HAUS_NAME_RE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:[ -][A-ZÄÖÜ][a-zäöüß]+)?\s+[A-ZÄÖÜ][\w-]*haus")


def closing_line_name(body: str, display: str = "") -> str | None:
    """The name on the body's last line when that line is a closing with the name after it ("Liebe Grüße Leyla
    Demir", typed on a phone as one line): the splitter saw no signature block under it."""
    last = next((line for line in reversed(body[-400:].split("\n")) if line.strip()), "")
    name = signature_name(last, display) if last and _is_closing(last) else None
    # (a weaker place than a signature block: "Gruß Bunte Nachbarn" may sign a group; the name must share a word
    # with From's, or From must name no person, "Familie Demir")
    sender = tidy_display_name(display) if display else ""
    if name and sender and looks_like_name(sender) and not _shares_a_word(name, display):
        return None
    return name


def _shares_a_word(line: str, display: str) -> bool:
    """A word of the line is one of From's name ("Katarzyna Wiśniewska" under From "Kasia Wiśniewska"; not
    "Jasmin Jugend Münster", a youth group, under "Tarek Saleh")."""
    theirs = {fold(w) or w.casefold() for w in tidy_display_name(display).split()} if display else set()
    return any((fold(w) or w.casefold()) in theirs for w in line.split())


def _own_name_line(line: str, display: str) -> bool:
    """'Dr Kofi Asante' under From 'Kofi Asante': the sender's own full name, even where one of its words is
    a closing of some language (Swahili "asante", thanks)."""
    name = strip_salutation(line.strip(" ,;:!"))
    sender = strip_salutation(tidy_display_name(display)) if display else ""
    if not sender or name_words(name) < 2:
        return False
    # (fold() keeps Latin letters only: other scripts compare as written)
    if " ".join(name.casefold().split()) == " ".join(sender.casefold().split()):
        return True
    return any(ch.isalpha() for ch in fold(name)) and fold(name) == fold(sender)


def _latin_twin(lines: list[str], idx: int) -> str | None:
    """'يوسف الحمدان' over 'Yousef Al-Hamdan': the Latin spelling is the one the city's lists use."""
    if re.search(r"[A-Za-z]", lines[idx]):
        return None
    following = lines[idx + 1].strip() if idx + 1 < len(lines) else ""
    if re.search(r"[A-Za-z]", following) and looks_like_name(following, min_words=2):
        return strip_salutation(following)
    return None


_SURNAME_FIRST_RE = gated(re.compile(r"([^\W\d_][\w'’-]+),\s*([^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’-]+)?)"))


def _surname_first(line: str) -> str | None:
    """'Okonkwo, Chidi' → 'Chidi Okonkwo': surname first, as member lists and Outlook write it."""
    m = _SURNAME_FIRST_RE.fullmatch(line.strip().rstrip(",;"))
    if not m or _ROLE_RE.match(m.group(2)) or _is_closing(line):
        return None
    name = f"{m.group(2)} {m.group(1)}"
    return name if looks_like_name(name, min_words=2) else None


def _after_closing(line: str) -> str:
    """What follows the closing words on their line ("Timo Wessels" of "Gruß Timo Wessels")."""
    from .closings import CLOSING_RE

    low = lowered(line)
    found = CLOSING_RE.search(low)
    # (lowered() keeps the length, so the position holds in the line as written)
    return line[found.end():].strip(" ,;:!.") if found and len(low) == len(line) else ""


def _is_closing(line: str) -> bool:
    from .closings import is_closing_line

    return is_closing_line(line)


def best_name(candidates: list[str | None], display: str) -> str | None:
    """Best evidence wins: a full name from the text, else the display name, else a first name."""
    display = tidy_display_name(display) if display else ""
    if display and not looks_like_name(display):
        display = ""
    if display and display.islower():
        display = display.title()
    found = [c for c in candidates if c]
    for cand in found:
        if name_words(cand) >= 2:
            if display and abbreviates(cand, display):
                return display  # "A. Petrova" signed, "Anna Petrova" in From: the name written out
            return _as_spelled(cand, found + [display])
    if name_words(display) >= 2:
        return display
    return (found[0] if found else None) or display or None


def signed_twin(form: str | None, signed: str | None) -> str | None:
    """The form line's name, or the signed one when it is the same name in Latin letters ("نام: پریسا مرادی"
    signed "Parisa Moradi"): the Latin spelling is the one the city's lists use, and the writer signs it."""
    if not (form and signed) or re.search(r"[A-Za-z]", form) or not re.search(r"[A-Za-z]", signed):
        return form
    ours, theirs = form.split(), signed.split()
    if len(ours) != len(theirs) or not all(_may_begin(w, t) for w, t in zip(ours, theirs)):
        if not (len(ours) == len(theirs) == 2 and all(_may_begin(w, t) for w, t in zip(ours, reversed(theirs)))):
            return form  # (family name first in one of them: "Moradi Parisa")
    return signed


def _may_begin(word: str, latin: str) -> bool:
    """May `latin` be `word` (Arabic, Persian, Cyrillic or Greek letters) written in Latin ones, by its first letter?"""
    first, initial = word[:1].lower(), latin[:1].lower()
    if first in "اأإآعئ":
        return initial in "aeiouy"  # (alef, ain: a vowel; "الحسن" is "Al-Hassan")
    return initial in _LATIN_FOR.get(first, initial)


_LATIN_FOR = {
    # Arabic and Persian
    "ب": "bp", "پ": "p", "ت": "t", "ث": "st", "ج": "jdg", "چ": "cć", "ح": "h", "خ": "khc", "د": "d", "ذ": "zd",
    "ر": "r", "ز": "z", "ژ": "zj", "س": "s", "ش": "sc", "ص": "s", "ض": "dz", "ط": "t", "ظ": "z", "غ": "g", "ف": "f",
    "ق": "qkg", "ک": "kc", "ك": "kc", "گ": "g", "ل": "l", "م": "m", "ن": "n", "و": "wvou", "ه": "he", "ی": "yie",
    "ي": "yie", "ل": "l",
    # Cyrillic
    "а": "a", "б": "b", "в": "vw", "г": "gh", "ґ": "g", "д": "d", "е": "ej", "ё": "ejy", "є": "ejy", "ж": "zj",
    "з": "z", "и": "iy", "і": "i", "ї": "iyj", "й": "jyi", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "khc", "ц": "ctz", "ч": "ct", "ш": "sc",
    "щ": "s", "э": "e", "ю": "jy", "я": "jy",
    # Greek
    "α": "a", "β": "bv", "γ": "gy", "δ": "dt", "ε": "e", "ζ": "z", "η": "ie", "θ": "t", "ι": "i", "κ": "kc",
    "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "τ": "t", "υ": "yi",
    "φ": "f", "χ": "chk", "ψ": "p", "ω": "o",
}


def _as_spelled(name: str, others: list[str]) -> str:
    """The same name written with its letters ("Jürgen Pohlmann") over a typed-out form ("Juergen
    Pohlmann", from a form or a keyboard without umlauts): the person's spelling, as they sign."""
    if not name.isascii():
        return name
    key = _typed_out(name)
    return next((o for o in others if o and not o.isascii() and _typed_out(o) == key), name)


def as_written(name: str | None, text: str) -> str | None:
    """An ASCII name ("Berfin Dogan", a From line typed without marks) as the text writes it with its marks
    ("Ez Berfîn Doğan im"): the same words letter for letter once the marks are set aside."""
    if not name or not name.isascii() or text.isascii():
        return name
    key = [bare(w) for w in name.split()]
    if len(key) < 2:
        return name
    words = _WRITTEN_WORD_RE.findall(text[:20_000])
    for i in range(len(words) - len(key) + 1):
        # (the length first: bare() keeps it, and most words are not the name's)
        if len(words[i]) == len(key[0]) and bare(words[i]) == key[0] and [bare(w) for w in words[i : i + len(key)]] == key:
            found = " ".join(words[i : i + len(key)])
            if not found.isascii():
                return found
    return name


_WRITTEN_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


def _typed_out(name: str) -> str:
    low = name.casefold()
    for letter, typed in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        low = low.replace(letter, typed)
    return fold(" ".join(low.split()))


def name_for_address(text: str, address: str) -> str | None:
    """A name in the text that fits an address's local part ('derya.kilic' ↔ 'Derya Kılıç')."""
    local = fold(address.split("@")[0])
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    for size in (3, 2):
        for i in range(len(words) - size + 1):
            window = words[i : i + size]
            if not looks_like_name(" ".join(window), min_words=size) or strip_salutation(window[0]) != window[0]:
                continue
            if _fits_local([fold(w) for w in window], local):
                return " ".join(window)
    return None


def fits_address(name: str | None, address: str) -> bool:
    """Is the address's local part made of this name ("ivan.juric" for "Ivan Jurić")?"""
    words = [fold(w) for w in re.findall(r"[^\W\d_][\w'’-]*", name or "")]
    return len(words) >= 2 and _fits_local(words, fold(address.split("@")[0]))


def _fits_local(window: list[str], local: str) -> bool:
    """Does each word before the last name stand in the local part before it, whole or as its
    initial, in order? "k.haddad" fits "Karim Haddad" but not "Kollegen Karim Haddad" (one initial
    for two words); "derya.kilic" and "dkilic" fit "Derya Kılıç"."""
    last = window[-1]
    if len(last) < 3 or last not in local:
        return False
    parts = [p for p in re.split(r"[^a-z0-9]+", local[: local.index(last)]) if p]
    for word in window[:-1]:
        if not parts:
            return False
        if parts[0].startswith(word):
            rest = parts[0][len(word):]
        elif parts[0][0] == word[0]:
            rest = parts[0][1:]
        else:
            return False
        parts = [rest, *parts[1:]] if rest else parts[1:]
    return True


# "ich melde unsere Vorsitzende, Frau Leyla Arslan, an", "register my colleague Amina Yusuf":
# a possessive, a role word or two, then a full name — someone else is the attendee
_REGISTERS_OTHER_RE = gated(re.compile(
    r"\b(?:(?i:melde\w*|register|sign up|anmelden|enrol+)\s+(?:(?i:ich|hiermit|gerne?|herewith)\s+)*)"
    r"(?:(?i:unsere[nr]?|meine[nr]?|our|my)\s+(?:[\w-]+\s+){0,2}?[\w-]+,?\s+"
    r"(?:(?i:frau|herrn?|mr\.?|mrs\.?|ms\.?|dr\.?|prof\.?)\s+)*"
    r"(?P<name>[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){1,2})"
    # or a title alone: "hiermit melde ich Herrn Bernd Lütke-Wöstmann, Bezirksbürgermeister, … an", "register Ms Ada
    # Obi"; each word of the name in lower case after its capital, and no number after it ("Herrn Özdemir AG 2 an")
    r"|(?i:frau|herrn|mr\.?|mrs\.?|ms\.?)\s+(?:(?i:dr\.?|prof\.?)\s+)*"
    r"(?P<titled>[A-ZÄÖÜ][a-zäöüßçğışéèáíóú'’-][\w'’-]*(?:\s+[A-ZÄÖÜ][a-zäöüßçğışéèáíóú'’-][\w'’-]*){1,2})(?![\w'’-])"
    r"(?!\s*\d))"
))
# the writer comes too ("… und mich", "myself", "ich komme auch"); "die Bestätigung an mich" says
# only where the answer goes
_WRITER_TOO_RE = gated(re.compile(
    r"\b(?:(?<!\ban )mich|myself|me and|and me|ich komme|i will come|i'll come|i will join|wir kommen|we will come|uns|us|"
    # ("ich melde Herrn Dr. Kaya an und komme selbst auch": "komme" is the writer's own)
    r"komme (?:selbst|selber|auch|ich|mit)|i am coming too|i'm coming too)\b",
    re.I,
))


def _writer_comes_too(body: str) -> bool:
    """A word that puts the writer in the party, in a sentence that does not negate it: "I will not
    attend myself" says the opposite of "myself and our chair"."""
    for found in _WRITER_TOO_RE.finditer(body):
        start = max(body.rfind(ch, 0, found.start()) for ch in ".!?\n") + 1
        ends = [i for i in (body.find(ch, found.end()) for ch in ".!?\n") if i >= 0]
        if not NEGATION_RE.search(lowered(body[start : min(ends, default=len(body))])):
            return True
    return False


# "ich möchte unsere Vorsitzende, Frau X, für den Tag anmelden": the German verb comes last
_REGISTERS_OTHER_LATER_RE = gated(re.compile(
    r"\b(?i:möchte[n]?|würde[n]?|will|wollen)\s+(?:(?i:ich|wir|gerne?|hiermit)\s+)*"
    r"(?i:unsere[nr]?|meine[nr]?)\s+(?:[\w-]+\s+){0,2}?[\w-]+,?\s+"
    r"(?:(?i:frau|herrn?|dr\.?|prof\.?)\s+)*"
    # (a dot after a digit ends no sentence: "für den MSO-Tag am 13. März anmelden")
    r"(?P<name>[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){1,2}),?(?:[^.!?]|(?<=\d)\.){0,80}\b(?i:anmelden|eintragen)\b"
))

_LATER_GATE_RE = gated(lower_pattern(r"anmelden|eintragen"))


def registered_other(body: str) -> str | None:
    """The full name of the one person registered when the writer registers someone else only."""
    found = _REGISTERS_OTHER_RE.search(body)
    if not found and _LATER_GATE_RE.search(lowered(body)):  # the long pattern needs a verb at the end
        found = _REGISTERS_OTHER_LATER_RE.search(body)
    if not found or _writer_comes_too(body):
        return None
    name = found.groupdict().get("titled") or found.group("name")
    return name if looks_like_name(name, min_words=2) else None


# --- organisations ------------------------------------------------------------------

_FORM_ORG_RE = gated(re.compile(
    # (a numbered form "2. Organisation: …"; labels joined by a slash: "Verein / Initiative: …")
    # (after a list's bullet: "\t•\tAsociación: …")
    r"^[^\S\n]*(?:[•·▪◦*–-][^\S\n]*)?(?:\d{1,2}[.)]\s*)?(?:organisation|organization|verein|institution|einrichtung|träger|"
    r"association|organisme|kurum|dernek|организация|організація|جمعية|المنظمة|سازمان|organizacja|asociación|"
    r"organización|organizzazione|associazione|organização|associação|stowarzyszenie|udruga|udruženje|asociația|"
    r"asociatia|organizația|organizatia|σύλλογος|οργάνωση|объединение|об'єднання|об’єднання|vereniging|organisatie)"
    r"(?:\s*/\s*[^\W\d_]+){0,2}\s*:\s*(.+)$",
    re.I | re.M,
))
_MEMBERSHIP_RE = gated(re.compile(
    r"(?:mitglied|vorstand|vorsitzende[r]?|aktiv|tätig|engagiert|"
    # an office held there: "Schriftführerin im Verein …", "Trainer beim Boxclub …"
    # (the end of the word only: a leading \w* would be tried at every letter of a long text)
    r"(?:führer|wart|leiter|trainer|referent|kassierer|sprecher|koordinator)(?:in)?|beauftragte[r]?)"
    r"\s+(?:bei|beim|von|vom|in|im|für)\s+(?:der|dem|den|des)?\s*"
    r"|(?:im vorstand|vorsitz)\s+(?:von|der|des)\s+(?:der|dem)?\s*"
    r"|(?:member|chair|president|part)\s+of\s+(?:the\s+)?"
    r"|(?:i|we)\s+(?:work|volunteer)\s+(?:for|at|with)\s+(?:the\s+)?"
    r"|(?:membre|présidente?)\s+(?:de la|de l'|du|de|des)\s*"
    # Dutch and Frisian ("vrijwilliger bij …", "jeugdtrainer by …", "in het bestuur van …"), Danish, Norwegian,
    # Swedish ("frivillig i …", "medlem af …", "aktiv i …")
    r"|(?:lid|actief|actieve|vrijwilliger|vrijwilligster|bestuurslid|voorzitter|secretaris|penningmeester|"
    r"trainer|jeugdtrainer|trainster)\s+(?:bij|by|van)\s+(?:de\s+|het\s+)?"
    r"|in het bestuur van\s+(?:de\s+|het\s+)?"
    r"|(?:medlem|frivillig|aktiv|formand|ordförande|styreleder|leder)\s+(?:i|af|av|hos|för)\s+",
    re.I,
))
_ORG_SEQUENCE_RE = gated(re.compile(
    r"[^\W\d_][\w'’„“\"&.-]*(?:\s+(?:[„“\"]?[^\W\d_][\w'’„“\"&.-]*|e\.\s?V\.|der|des|für|und|de|of|the|and|du|la)){0,8}"
))


# "Geschäftsstelle Integrationsrat X", "Sekretariat des Vereins X": the office is part of the organisation
_OFFICE_OF_RE = gated(re.compile(
    r"^(?:geschäftsstelle|sekretariat|office of)\s+(?:(?:des|der|the)\s+)?(?=\S+\s+\S)", re.I
))


def form_organisation(body: str) -> str | None:
    m = _FORM_ORG_RE.search(body)
    # ("Organisation: Tamil Sangam e.V. (Mitglied im Netzwerk X)": a remark in brackets is no part of the name)
    return _REMARK_AFTER_RE.sub("", m.group(1)).strip() if m else None


# a remark in brackets after a name, with a word in lower case: "(Mitglied im MSO-Netzwerk)", "(seit 2019)"
_REMARK_AFTER_RE = re.compile(r"(?<=\S)\s*\((?=[^()]*\s[^\W\d_]*[a-zäöüß])[^()]{3,80}\)\s*$")


def signature_organisation(signature: str, name: str | None) -> str | None:
    """The first signature line that names an organisation (not an address or a legal footer).

    A department line ("Fachdienst Migration …", "Abteilung …") gives way to an organisation
    on a later line: the association, not its unit, is what the city's lists keep.
    """
    found: list[str] = []
    folded_name = fold(name) if name else None
    for folded, cleaned, unit in _signature_lines(signature):
        if folded == folded_name:
            continue
        if cleaned is not None:
            if not unit:
                return cleaned
            found.append(cleaned)
    return found[0] if found else None


def _signature_lines(signature: str) -> list[tuple[str, str | None, bool]]:
    """(fold(line), the organisation it names or None, whether that is a unit) for each signature
    line that may name one, kept for the last signatures: the reader asks for the writer without a
    name, then with the name it found (only a line that is the name itself differs)."""
    found = _SIGNATURE_LINES.get(signature)
    if found is None:
        found = []
        lines = [line.strip() for line in signature.split("\n")[:12]]
        for i, line in enumerate(lines):
            if not line or ":" in line or _ADDRESS_LINE_RE.search(line) or len(line) > 90:
                continue
            following = lines[i + 1] if i + 1 < len(lines) else ""
            if _BROKEN_AFTER_RE.search(line) and has_org_word(line) and not _ROLE_RE.match(line) and (
                    following[:1].isupper() and ":" not in following and not _ADDRESS_LINE_RE.search(following)):
                # "Verein zur Förderung der deutsch-griechischen / Kultur und Bildung Münster e.V.": a name
                # broken after an adjective or a "der", "für", "und" goes on on the next line
                line = f"{line} {following}"
            cleaned = _organisation_part(line)
            if cleaned and has_org_word(cleaned) and not _is_closing(cleaned) and not is_bare_org_word(cleaned):
                found.append((fold(line), cleaned, bool(_UNIT_RE.match(cleaned))))
            else:
                found.append((fold(line), None, False))
        if len(_SIGNATURE_LINES) >= 8:
            _SIGNATURE_LINES.clear()
        _SIGNATURE_LINES[signature] = found
    return found


_SIGNATURE_LINES: dict[str, list[tuple[str, str | None, bool]]] = {}


# a line that stops inside a name: its last word a lower-case adjective ("deutsch-griechischen") or a link
_BROKEN_AFTER_RE = re.compile(r"(?:\s(?:der|des|die|für|und|zur|zum|of|and|for|the|de|du|van|voor|en)"
                              r"|\s[a-zäöüß][\w-]*(?:en|er|es|em|e|ischen))$")


# a unit of an organisation ("Fachdienst Migration und Integration", "Abteilung Soziales")
_UNIT_RE = gated(re.compile(
    r"^(?:fachdienst|fachbereich|abteilung|referat|dezernat|sachgebiet|department|division|unit|"
    r"service|servicio|dipartimento|dział|отдел|відділ)\b",
    re.I,
))
# "Kryetar, Shoqata …", "Președinte | Asociația …", "Verein X e.V. | Vorstand": a role beside the name
_PARTS_RE = re.compile(r"\s*\|\s*|\s+[–—-]\s+|,\s+")
_IN_BRACKETS_RE = re.compile(r"^(?P<out>[^()]+?)\s*\((?P<in>[^()]+)\)$")


def _organisation_part(line: str) -> str:
    """The part of a signature line that can name the organisation: roles and offices dropped."""
    brackets = _IN_BRACKETS_RE.match(line)
    if brackets and has_org_word(brackets["in"]) and looks_like_name(brackets["out"], min_words=2):
        return brackets["in"].strip()  # "Tharshini Sivakumar (Tamilischer Kulturverein Münster e.V.)"
    parts = [p for p in _PARTS_RE.split(line) if p.strip()]
    if len(parts) > 1 and any(has_org_word(p) for p in parts):
        # a part with no organisation word goes when it is a role, or one word beside "|" or before a
        # comma ("Vorstand", "Kryetar, …"); beside a dash one word may be the name ("Jasmin – Verein …")
        one_word_goes = "|" in line or bool(re.match(r"[^\s,|]+,\s", line))
        # ("Parish Pastor, RCCG Jesus House Parish": a part that ends in an office is the office)
        kept = [p for p in parts
                if not (len(p.split()) == 2 and _ROLE_RE.fullmatch(p.split()[-1]) and any(has_org_word(q) for q in parts if q is not p))
                and (has_org_word(p) or not (_ROLE_RE.fullmatch(p) or (one_word_goes and len(p.split()) == 1)))]
        if any(has_org_word(p) for p in kept) and len(kept) > 1:
            # "Public Relations Officer | Nigerian Community e.V.", "Navenda Çanda Kurdî – berdevk": beside
            # "|", or written in lower case, a part without an organisation word is a role ("ISAM – …",
            # "Jasmin – Verein …", "… – Kadın Kahvesi" are names of it)
            kept = [p for p in kept if has_org_word(p) or not ("|" in line or p.strip()[:1].islower())]
        line = " | ".join(kept) if "|" in line else (", " if "," in line else " – ").join(kept)
    if _ROLE_WORD_RE.fullmatch(line):
        return ""  # "Jugendfeuerwehrwart", "Integrationsbeauftragte": an office, not the organisation
    without_role = _ROLE_RE.sub("", line)
    prefix = line[: len(line) - len(without_role)].rstrip()
    if prefix and " " not in without_role.strip() and not re.search(r"[,/:|–-]$|\b(?:des|der|im|von|vom|of|de|du|l')$", prefix, re.I):
        return ""  # "Koordination Ehrenamt": the office's field, no organisation
    if prefix and re.fullmatch(r"[„“\"»«][^„“\"»«]+[“”\"«»]", without_role.strip()):
        return ""  # "Projektleitung „Starke Vereine“": a project the writer leads, not the organisation
    return _ACRONYM_AFTER_RE.sub("", _OFFICE_OF_RE.sub("", without_role)).strip(" ,/|-–")


# "Türkisch-Deutscher Elternbund e.V. (TDEB)", "Filipino Community e.V. (FilCom MS)": the short form in
# brackets after the name is no part of it
_ACRONYM_AFTER_RE = re.compile(r"(?<=\w|\.)\s*\((?:[A-ZÄÖÜ][\w&.-]*)(?:\s+[A-ZÄÖÜ][\w&.-]*)?\)\s*$")


# one word naming an office ("Jugendfeuerwehrwart", "Integrationsbeauftragte", "Kassenwartin")
_ROLE_WORD_RE = gated(re.compile(
    r"[^\W\d_]*(?:wart|leiter|beauftragte|referent|koordinator|sprecher|vorsitzende|trainer|berater)(?:in|r|n)?",
    re.I,
))


def is_bare_org_word(text: str) -> bool:
    """'Büro', 'Verein', 'الجمعية': an organisation word alone names no organisation."""
    text = text.strip(" .,;:!\"'„“”«»")
    if " " in text:
        return False
    m = _ORG_WORDS.search(lowered(text))
    return bool(m) and m.end() - m.start() >= len(text) - 2


def trailing_signature(body: str) -> str:
    """The last block of the body when it is a signature the quote splitter did not see.

    "Kolay gelsin und bis bald!\nAyten Karaca\nKulturverein X e.V.", "Spas!\nRojda Ekinci\nKomeleya …":
    a closing in a language or dialect the splitter does not know leaves name and organisation in
    the body. Taken only when the block is short and a person's name (two words or more) stands
    right above a line with an organisation word, so a paragraph of text is never a signature.
    """
    # the short lines at the end, blank lines between them allowed (HTML mails put one after each)
    lines: list[str] = []
    for line in reversed(body.rstrip().split("\n")[-14:]):
        line = line.strip()
        if not line:
            continue
        if len(line) > 60 or len(line.split()) > 8 or (line.endswith((".", "?", ":")) and not line.endswith(("e.V.", "e. V."))):
            break
        lines.insert(0, line)
    if not 2 <= len(lines) <= 6:
        return ""
    for idx, line in enumerate(lines[:-1]):
        if not looks_like_name(line, min_words=2):
            continue
        if has_org_word(_ROLE_RE.sub("", lines[idx + 1]) or lines[idx + 1]):
            return "\n".join(lines[idx:])
        if idx + 2 < len(lines) and len(lines[idx + 1].split()) <= 3 and has_org_word(lines[idx + 2]):
            return "\n".join(lines[idx:])  # "Cem Aydoğan / Jugendleiter / Jugendtreff Coerde e.V.": a role between
    return ""


# "ich bin von X e.V.", "I am from the X association", "wir sind der Verein X": the organisation
# must start with a capital and carry an organisation word ("ich bin von meiner Schule" is none)
_FROM_ORG_RE = gated(re.compile(
    r"\b(?i:ich bin|ich komme|wir sind|wir kommen)\s+(?:von|vom)\s+(?:der|dem|den|des)?\s*(?=[A-ZÄÖÜ])"
    r"|\b(?i:i am|i'm|i come|we are|we're|we come)\s+from\s+(?:the\s+)?(?=[A-Z])"
    r"|\b(?i:wir sind (?:der|die|das)|we are the)\s+(?=(?i:verein|gemeinde|verband|initiative|netzwerk|association|"
    r"community|network|society)\b)"
    # "Ich komme für das Netzwerk …", "ich bin im Verein „…“"
    r"|\b(?i:ich komme|wir kommen)\s+(?i:für|for)\s+(?:(?i:das|den|die|the|unser\w*|our)\s+)?(?=[A-ZÄÖÜ])"
    r"|\b(?i:ich bin|wir sind)\s+(?i:in|im|bei|beim)\s+(?:(?i:der|dem|einem|einer)\s+)?(?=[A-ZÄÖÜ])"
    # speaking for it: "on behalf of the …", "a nome del …", "au nom de l'…", "im Namen des …"
    r"|\b(?i:on behalf of(?: the)?|im namen (?:des|der|unseres|unserer)|a nome del(?:la|l'|l’)?|"
    r"au nom de(?: la|s| l'| l’|l'|l’)?|en nombre de(?:l| la)?|em nome d[aoe]s?|în numele|w imieniu|u ime|"
    r"от имени|від імені|đại diện(?: cho)?)\s*(?=[A-ZÄÖÜА-ЯЁІЇЄŚŁŻĐ])",
))


# a full name, then "vom …": "hier ist Mariam Sesay vom …", "ich, Vesna Marković, vom …" (the name is
# looked for before each "vom": a pattern starting at every capital letter would be slow on long text)
_VOM_RE = gated(re.compile(r"\b(?i:vom|von der)\s+(?=[A-ZÄÖÜ])"))
_FULL_NAME_BEFORE_RE = re.compile(r"[A-ZÄÖÜ][\w'’-]+\s+[A-ZÄÖÜ][\w'’-]+,?\s+$")


def _after_a_name(body: str) -> list[re.Match]:
    return [m for m in _VOM_RE.finditer(body) if _FULL_NAME_BEFORE_RE.search(body[max(0, m.start() - 80) : m.start()])]


def body_organisation(body: str) -> str | None:
    """'Ich bin Mitglied bei X e.V.', 'member of the X Association' → the organisation."""
    for m in [*_MEMBERSHIP_RE.finditer(body), *_FROM_ORG_RE.finditer(body), *_after_a_name(body), *_OUR_RE.finditer(body)]:
        tail = body[m.end() : m.end() + 120]
        if TITLED_NAME_RE.match(tail):
            continue  # "on behalf of Mrs Jane Example", "im Auftrag von Frau …": a person, no organisation
        quoted = _QUOTED_NAME_RE.match(tail)
        if quoted and is_bare_org_word(quoted["word"]) and quoted["name"][0].isupper():
            return quoted["name"].strip()  # 'im Verein "Neue Nachbarn"': the name is what is quoted
        if m.re is _OUR_RE.regex:
            # "unser Verein Sonnenblume e.V.", "нашої організації Soniashnyk e.V.": the name after the word
            word = re.match(r"([^\W\d_]+)\s+(?=[^\W\d_])", tail)
            if not word or not tail[word.end()].isupper() or not is_bare_org_word(word.group(1)):
                continue
            tail = tail[word.end() :]
        seq = _ORG_SEQUENCE_RE.match(tail)
        if not seq:
            continue
        org = re.split(r"[,;:!?()\n]|\.\s|\s(?:und|and|et|weil|because|da|seit)\s", seq.group(0))[0].strip(" .")
        if org.lower().endswith(("e.v", "e. v")):
            org += "."
        org = _to_last_capital(org)
        if _names_an_organisation(org) and len(org.split()) <= 9:
            return org
    return _registered_name(body)


@functools.lru_cache(maxsize=8)  # (the reader asks for the writer, then again with the name found)
def place_organisation(body: str, place: str, event: str = "") -> str | None:
    """'… der Indischen Kulturgemeinschaft Münster …', 'Münster Türk Kadınlar Derneği üyesiyim': a run of
    capitalised words with an organisation word that ends or starts with the event's town, inside a
    sentence in any language written in Latin letters (the town as written, or typed without marks).
    A phrase with a word of the event's name ("Tag der Migrantenselbstorganisationen in Münster") is
    the event."""
    if not place or len(place) < 4:
        return None
    event_words = {fold(w) for w in re.findall(r"[^\W\d_]{5,}", event)}
    stem = re.escape(fold(place)[:-1])  # "munste": Münster, Munster, Muenster, Münsterê, Münsteri
    town = rf"(?:{re.escape(place)}|{re.escape(place.replace('ü', 'ue'))}|{stem}\w?)\w{{0,3}}"
    for m in re.finditer(rf"(?<![\w-])(?:{_CAP}(?:[^\S\n]+(?:{_LINK}[^\S\n]+)?{_CAP}){{0,5}})"
                         rf"(?:[^\S\n]+{_LINK})?(?:[^\S\n]+|-)(?i:{town})(?![\w-])"
                         rf"|(?<![\w-])(?i:{town})(?:[^\S\n]+{_CAP}){{1,5}}", body[:20_000]):
        phrase = _ROLE_RE.sub("", " ".join(m.group(0).split()))  # "Mitglied der …", "Vorsitzende des …"
        words = phrase.split()
        while words and (words[0].casefold() in _NOT_IN_NAME or words[0].casefold() in _NAME_LINKS):
            words = words[1:]
        phrase = " ".join(words)
        # (three words at least: "Münster Kinderhaus" is a district, "in Münster" a place)
        if len(words) >= 3 and has_org_word(phrase) and not is_bare_org_word(phrase) and not any(
                fold(w) in event_words for w in re.findall(r"[^\W\d_]+", phrase)):
            return phrase
    return None


_CAP = r"[A-ZÄÖÜÇŞĞİÂÊÎÔÛÉÈÀÁÍÓÚÑŁŚŻŹĆŃĄĘ][\w’'-]*"
_LINK = r"(?:di|de|din|da|do|dos|das|del|der|des|in|im|i|e|y|tại|ở|a|ya|ê|î|ji|and|of|the|und|für)"


# A name with the legal form of a registered association ("Kasachisch-Deutscher Kulturverein „Dostyk“
# e.V.") is an organisation wherever it stands, also inside a sentence in another language
_LEGAL_FORM_RE = gated(re.compile(r"(?<!\w)e\.\s?V\.?(?!\w)"))
_NAME_LINKS = frozenset("für und der die das des dem den in im am an von vom zu zur zum of the and for de du la le des del "
                        "e di da do dos das".split())
# capitalised words that start a sentence, not a name ("Wir Afghanische Jugend e.V." is not the name)
_NOT_IN_NAME = frozenset("ich wir sie er es mit von für bei als und unser unsere unserem unserer mein meine meinem "
                         "i we our my the with from for at in im am als seit".split())


def _registered_name(body: str) -> str | None:
    for m in _LEGAL_FORM_RE.finditer(body[:20_000]):
        # (at most 200 characters back: a hostile line of "e.V." stays linear)
        line = body[max(body.rfind("\n", max(0, m.start() - 200), m.start()) + 1, m.start() - 200) : m.start()]
        kept: list[str] = []
        for token in reversed(line.split()[-10:]):
            word = token.strip("„“\"»«()")
            if word[:1].isupper() and word.lower() not in _NOT_IN_NAME or word.lower() in _NAME_LINKS and kept:
                kept.append(token)
            else:
                break
        while kept and kept[-1].strip("„“\"»«()").lower() in _NAME_LINKS:
            kept.pop()  # a name does not begin with "für" or "der"
        if len(kept) == 1 and is_bare_org_word(kept[0].strip("„“\"»«()")):
            continue  # "kein Verein e.V.": a word for an association, no name
        if kept and any(ch.isalpha() for ch in kept[-1]):
            return " ".join(reversed(kept)) + " e.V."
    return None


# "our" in the languages of the reader, before an organisation word and its name
_OUR_RE = gated(re.compile(
    r"\b(?i:unser(?:e|em|en|er|es)?|our|notre|nostr[ao]|nuestr[ao]|noss[ao]|nasz(?:a|ej|ego|ym)?|"
    r"наш(?:а|ої|ого|ей|ему|ій|ем|ой)?|naš(?:a|e|eg|em|oj)?)\s+(?=[^\W\d_]+\s+[„“\"]?[^\W\d_])"
))
# a generic word, then the name in quotes: 'Verein "Brücke der Kulturen"', 'association « Les Amis »'
_QUOTED_NAME_RE = re.compile(r"(?P<word>[^\W\d_]+)\s*[\"„“«»]\s*(?P<name>[^\"„“”«»\n]{2,90}?)\s*[\"“”»«]")
_INDEFINITE = frozenset("ein eine einem einer einen a an un une una uno".split())


def _to_last_capital(org: str) -> str:
    """'Sierra Leone Freundeskreis Münster ich möchte' → up to its last capitalised word or legal form."""
    words = org.split()
    marks = [i for i, w in enumerate(words) if w[:1].isupper() or w.lower().startswith("e.")]
    if not marks or len(marks) == len(words) or not any(w[:1].isupper() for w in words):
        return org  # (all lower case: "afghanische jugend münster e.v." stays as written)
    return " ".join(words[: marks[-1] + 1])


def _names_an_organisation(org: str) -> bool:
    """An organisation word in a name, not 'eine Organisation', not 'Forum A' (a workgroup's label)."""
    words = org.split()
    if not words or words[0].lower() in _INDEFINITE or not has_org_word(org):
        return False
    if len(words) > 1 and (len(words[-1]) == 1 or words[-1].isdigit()):
        return False
    return not is_bare_org_word(org)


def same_name_inflected(a: str, b: str) -> bool:
    """'Polskiej Szkoły Sobotniej w Hamm' and 'Polska Szkoła Sobotnia w Hamm': one name, two cases.

    Words are compared by their first four letters (folded); most words of the longer must be met.
    """
    heads = [{_bare_word(w)[:4] for w in x.split() if len(w) >= 3} for x in (a, b)]
    if not heads[0] or not heads[1]:
        return False
    return len(heads[0] & heads[1]) * 2 > max(len(heads[0]), len(heads[1]))


def _bare_word(word: str) -> str:
    """Lower case without marks, any script ('Szkoły' → 'szkoly', 'Союза' → 'союза')."""
    word = word.casefold().replace("ł", "l").replace("ı", "i")
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def display_organisation(display: str) -> str | None:
    """A From display name that is an organisation ('Kulturverein X e.V.')."""
    display = display.strip().strip('"')
    if display and has_org_word(display):
        return _ROLE_RE.sub("", display).strip() or None
    return None


# --- addresses ----------------------------------------------------------------------

# An address starts where a run of its characters starts: without the look-behind the
# matcher would try every position inside a long run again (quadratic on 200 KB of letters).
EMAIL_RE = gated(re.compile(r"(?<![\w.+'-])[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.U))
_CONFIRM_RE = gated(re.compile(
    r"bestätig|antwort|schick|send|sende|richten|confirm|reply|answer|write|contact|répon|confirm|"
    r"envoy|mande|envía|onay|gönder|cevap|подтвержд|ответ|відповід|підтвердж|أرسل|ارسل|تأكيد|تایید|ارسال|"
    r"direkt an|directly to|an sie|an ihn|to her|to him|adresse|address|"
    # (stems of "confirm", "send", "address" in more of the writers' languages: "Potvrdu … pošaljite na moju
    # adresu", "potwierdzenie proszę wysłać na adres", "invia la conferma", "trimiteți confirmarea")
    r"adres|адрес|potvrd|pošalj|posla|potwierdz|wyśl|conferm|invia|trimite|confirma|envie|gửi|xác nhận|"
    r"επιβεβαίωσ|στείλ|dërgo|konfirm",
    re.I,
))
_MACHINE_LOCAL_RE = gated(re.compile(
    r"^(?:mailer-daemon|postmaster|no-?reply|do-?not-?reply|donotreply|bounces?|notifications?|"
    r"newsletter|listserv|majordomo|auto-?reply|autoresponder)\b",
    re.I,
))


def is_machine_address(address: str) -> bool:
    return bool(_MACHINE_LOCAL_RE.match(address.split("@")[0]))


_CONTEXT = 300  # characters around an address searched for "please answer to"
_MAX_ADDRESSES = 200


def explicit_reply_address(body: str, own: set[str]) -> str | None:
    """An address the writer asks us to answer to ('Bitte die Bestätigung an x@y')."""
    if "@" not in body:
        return None  # (EMAIL_RE needs one: the common case, without a pattern run per line)
    lines = body.split("\n")
    seen = 0
    for i, line in enumerate(lines):
        if "@" not in line:
            continue
        for m in EMAIL_RE.finditer(line):
            seen += 1
            if seen > _MAX_ADDRESSES:  # a real mail names a few; a hostile one 50,000
                return None
            addr = m.group(0).strip(".").lower()
            if addr in own or is_machine_address(addr):
                continue
            # the words asking for it stand near the address: a bounded window keeps a line
            # with thousands of addresses linear
            before = (lines[i - 1][-_CONTEXT:] + " ") if i else ""
            context = before + line[max(0, m.start() - _CONTEXT) : m.end() + _CONTEXT]
            if _CONFIRM_RE.search(context):
                return addr
    return None


# --- "my name is …" --------------------------------------------------------------------------


@functools.cache
def _intro_re(concept: str = "name_intro"):
    """The vocabulary files' phrases of `concept` ("my name is"; `other_intro`: "sie heißt", "his name is"),
    then up to four words of the name."""
    phrases = alternation(longest_first({w for w in words(concept)}))
    # gated: most mails say no "my name is", and the phrases of 21 languages tried at every position
    # were the costliest single search of a 40-line mail (0.15 ms)
    return gated(re.compile(rf"(?<!\w)(?:{phrases})[^\S\n]*[:,]?[^\S\n]+(?P<name>[^\W\d_][\w'’-]*(?:[^\S\n]+[^\W\d_][\w'’-]*){{0,3}})",
                            re.I))


def _name_words(found: re.Match) -> list[str]:
    """The words of an introduced name up to the first that is none: a lower-case word ends it in Latin,
    Cyrillic, Greek ("Anna Beispiel und ich …")."""
    kept = []
    for word in found.group("name").split():
        if word[0].isalpha() and word[0].lower() != word[0].upper() and not word[0].isupper():
            break
        kept.append(word)
    return kept


def introduced_name(text: str) -> str | None:
    """The name after "my name is", "ich heiße", "magacaygu waa" … as written, up to the first word
    that is not part of a name (lower case in a cased script, a particle of the sentence)."""
    found = _intro_re().search(text[:5000])
    if not found:
        return None
    kept = _name_words(found)
    if kept and kept[0][0].lower() == kept[0][0].upper():
        # a script without capitals (Arabic, Ethiopic …): the name must end at a mark or the line's end,
        # else the sentence may go on in the words taken ("اسمي خالد الحموي وأنا منسق")
        after = text[found.end() : found.end() + 2]
        if after[:1] == " " and after[1:2].isalpha():
            return None
    name = " ".join(kept)
    return name if kept and looks_like_name(name) else None


def introduced_other(text: str, writer: str | None) -> str | None:
    """A person the writer introduces by name ("sie heißt Samira Nasser", "his name is Karim Haddad",
    "её зовут Галина"), who is not the writer: the mail may register that person, not the writer."""
    own = {fold(w) or w.casefold() for w in (writer or "").split()}
    for found in _intro_re("other_intro").finditer(text[:5000]):
        kept = _name_words(found)
        if not kept or {fold(w) or w.casefold() for w in kept} <= own:
            continue  # the writer's own name (a family name they share is no reason to skip)
        return " ".join(text[found.start() : found.start("name")].split() + kept)
    return None


# --- other persons named in the writer's text -------------------------------------------------

_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁІЇЄҐΑ-Ω][\w'’-]+"
# a title before a name: "Frau Olga Schmidt", "Mme Awa Diallo", "pana Jana Kowalskiego", "السيد أحمد حسن"
TITLED_NAME_RE = gated(re.compile(
    r"(?<!\w)(?i:frau|herrn?|mrs?\.?|ms\.?|mme\.?|madame|monsieur|señora?|sra?\.|signora?|sig\.(?:ra)?|"
    r"pan[ai]?|panią|пан[аиу]?|пані|господин[ау]?|госпож[аиу]|г-ну?|г-жу?)\s+"
    rf"(?P<name>{_CAP}(?:\s+{_CAP}){{0,2}})"
    r"|(?<!\w)(?:السيد|السيدة|الأستاذ|الأستاذة|آقای|خانم)\s+(?P<aname>[\u0600-\u06ff]+(?:\s+[\u0600-\u06ff]+){0,2})"
))
# a possessive and a role written in lower case, then a full name: "nuestro presidente Carlos Ruiz",
# "нашего председателя Олега Петренко", "il nostro presidente Marco Rossi" (German capitalises every
# noun, so a German role is no lower-case word and "unsere Anmeldung Arbeitsgruppe Bildung" is never read)
_POSSESSED_RE = gated(re.compile(
    r"(?<!\w)(?i:our|my|notre|mon|ma|nuestr[oa]|mi|nostr[oa]|mi[oa]|noss[oa]|meu|minha|nasz\w{0,3}|moj\w{0,3}|"
    r"наш\w{0,3}|мо[йеяю]\w{0,2}|naš\w{0,3})\s+"
    # (after a comma or between dashes: "Наш председатель – Виктор Шмидт – хотел бы …")
    r"(?:[a-zà-öø-ÿа-яёіїєґ][\w'’-]*\s+){1,2}(?:,|[–—-](?=\s))?\s*"
    rf"(?P<name>{_CAP}\s+{_CAP})"
    # Turkish writes "our" as a suffix of the role: "başkanımız Mehmet Yılmaz'ı"
    rf"|(?<!\w)[a-zçğıöşü]+(?:ımız|imiz|umuz|ümüz)\s+(?P<tname>{_CAP}\s+{_CAP})"
))


def _greeting_line(text: str, at: int) -> bool:
    """A short line that ends with a comma or "!": the greeting ("Hola Frau Terhorst,", "Gentile Signora
    X,"), which names whom the writer addresses."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)].strip()
    return line.endswith((",", "!", "،")) and len(line.split()) <= 6


def other_person(text: str, writer: str | None) -> str | None:
    """A person named in the writer's text who is not the writer ("nuestro presidente Carlos Ruiz").

    The words as written, for a review reason; None when every person named is the writer."""
    own = {fold(w) or w.casefold() for w in (writer or "").split()}
    for pattern in (TITLED_NAME_RE, _POSSESSED_RE):
        for found in pattern.finditer(text[:5000]):
            name = next(v for k, v in found.groupdict().items() if v)
            words = {fold(w) or w.casefold() for w in re.findall(r"[\w'’-]+", name)}
            # (an organisation's name, also when its word follows: "derneğimiz Anadolu Kültür Derneği")
            around = text[found.start() : found.end()] + " " + " ".join(text[found.end() : found.end() + 60].split()[:2])
            if words & own or has_org_word(around) or _greeting_line(text, found.start()):
                continue
            return " ".join(text[found.start() : found.end()].split())
    return None


def initial_only(name: str) -> bool:
    """The family name is an initial ("Oksana M.", "A. Petrov" is fine: the family name is written)."""
    words = name.split()
    return len(words) >= 2 and len(words[-1].rstrip(".")) == 1


def abbreviates(short: str, full: str) -> bool:
    """ "A. Petrova" of "Anna Petrova", "Ε. Καραγιάννης" of "Ελευθέριος Καραγιάννης": word for word the same,
    with at least one first name written as its initial."""
    have, said = short.split(), full.split()
    if len(have) != len(said) or len(have) < 2:
        return False
    initials = 0
    for h, f in zip(have, said):
        if _INITIALS_RE.fullmatch(h):
            # "A." of "Anna", "K.-D." of "Klaus-Dieter": one initial for each part of the name
            parts, written = h.split("-"), f.split("-")
            if len(parts) != len(written) or any(
                    w.casefold()[:1] != p.casefold()[:1] or len(w.rstrip(".")) < 2 for p, w in zip(parts, written)):
                return False
            initials += 1
        elif (fold(h) or h.casefold()) != (fold(f) or f.casefold()):
            return False
    return initials > 0


_NAME_PAIR_RE = re.compile(r"(?=(?<![\w.])([^\W\d_][\w'’-]+(?:[^\S\n]+[^\W\d_][\w'’-]+){1,2})(?![\w.]))")


def written_out(name: str | None, signature: str) -> str | None:
    """The name as the signature writes it out, when the name found abbreviates it ("R. Pöppelbaum" signed
    above "Ralf Pöppelbaum | Kursleitung" in the signature block); otherwise the name as found."""
    if name and signature and len(name.split()) == 1:
        # "Siobhan" over "-- / Siobhan Carr / Amnesty International": a first name alone, the full name below it
        first = fold(name)
        for line in signature.splitlines()[:15]:
            line = line.strip()
            if len(line) <= 60 and looks_like_name(line, min_words=2) and fold(line.split()[0]) == first:
                return strip_salutation(line)
        return name
    if not name or not signature or not any(_INITIALS_RE.fullmatch(w) for w in name.split()[:-1]):
        return name
    family = fold(name.split()[-1]) or name.split()[-1].casefold()
    for line in signature.splitlines()[:15]:
        if len(line) > 200 or family not in (fold(line) or line.casefold()):
            continue
        for found in _NAME_PAIR_RE.finditer(line):
            if abbreviates(name, found.group(1)):
                return found.group(1)
    return name


def _short_form(name: str, introduced: str) -> bool:
    """The same family name, and the given name signed is a part of the one introduced ("Bisi" of "Oluwabisi",
    "Alex" of "Alexander"): the introduced name is the full one."""
    have, said = name.split(), introduced.split()
    if len(have) != 2 or len(said) != 2 or fold(have[1]) != fold(said[1]) or not fold(have[0]):
        return False
    short, full = fold(have[0]), fold(said[0])
    return len(short) >= 3 and short != full and (full.startswith(short) or full.endswith(short))


# "Ich bin Oluwabisi Adekunle", "I am Alexander Petrov", "je suis Marie-Claire Dubois": a self-introduction,
# read only to write out a name found elsewhere ("Ich bin Ende April wieder da" names nobody)
_SELF_INTRO_RE = re.compile(r"(?<!\w)(?i:ich bin|i am|i'm|je suis)\s+(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+\s+[A-ZÀ-ÖØ-Þ][\w'’-]+)")


def self_introduced_fuller(name: str | None, text: str) -> str | None:
    """The name a self-introduction writes out, where it is the same person's ("Bisi Adekunle" found, "Ich bin
    Oluwabisi Adekunle" said; "Alex Petrov", "I am Alexander Petrov"); otherwise the name as found."""
    found = _SELF_INTRO_RE.search(text[:5000]) if name else None
    if found and looks_like_name(found.group("name"), min_words=2) and _short_form(name, found.group("name")):
        return found.group("name")
    return name


def with_middle_name(name: str | None, text: str) -> str | None:
    """'Rajesh Gupta' (From) written 'Rajesh Kumar Gupta' in the writer's text: the full name, a capitalised
    word between the two found (not an office or an organisation's word)."""
    if not name or len(name.split()) != 2 or not all(w[:1].isupper() for w in name.split()):
        return name
    first, last = (re.escape(w) for w in name.split())
    # (and a second family name after it: "Diana Marcela Restrepo Ospina" of From's "Diana Restrepo")
    # (the word after it ends the name where a mark or the line's end follows: "Restrepo Ospina, de la Asociación"; not
    # an office, "Anna Maria Berg Geschäftsführerin Verein Brücke")
    found = re.search(rf"(?<![\w-]){first}\s+(?P<mid>[A-ZÀ-ÖØ-Þ][\w'’-]+)\s+{last}"
                      r"(?:[^\S\n]+(?P<after>[A-ZÀ-ÖØ-Þ][\w'’-]+)(?=[^\S\n]*(?:[,.;:)(]|$)))?(?![\w-])", text[:5000], re.M)
    if not found or has_org_word(found.group("mid")):
        return name
    base = found.group(0)[: found.start("after") - found.start()] if found.group("after") else found.group(0)
    if found.group("after") and looks_like_name(found.group(0)) and not has_org_word(found.group("after")) and not (
            _ROLE_RE.match(found.group("after"))):
        return " ".join(found.group(0).split())
    if looks_like_name(base):
        return " ".join(base.split())
    return name


def introduced_over(name: str | None, introduced: str | None, display: str, signed: str | None = None,
                    written: str = "") -> str | None:
    """The writer's self-introduction where two sources agree on it against the name found.

    "Mi nombre es Guadalupe Hernández" under From "Guadalupe Hernández", signed "Lupita Hernández": the
    introduction and From say the full name, the signature a familiar form of it. "Мене звати Олена Савчук" under
    From "Olena Savchuk" signed "Олена": the name as the writer writes it in their own script, not From's
    Latin letters (a name signed or written in Latin letters stays: that is the one the writer signs)."""
    if not name or not introduced or len(introduced.split()) not in (2, 3):
        return name
    sender = strip_salutation(tidy_display_name(display)) if display else ""
    said, have = introduced.split(), name.split()
    key = lambda w: fold(w) or w.casefold()  # noqa: E731
    if sender and [key(w) for w in sender.split()] == [key(w) for w in said] and len(have) >= 2 and (
            key(have[-1]) == key(said[-1]) and key(have[0]) != key(said[0])):
        return introduced
    # (the Latin form written by the writer too, "Олена Ковальчук / Olena Kovalchuk", is the one they sign)
    signed_latin = bool(signed and name_words(signed) >= 2 and re.search(r"[A-Za-z]", signed)) or (
        name.casefold() in written.casefold())
    if (not signed_latin and not re.search(r"[A-Za-z]", introduced) and name.isascii() and sender == name
            and len(have) == len(said)
            and all(_may_begin(w, t) for w, t in zip(said, have))):
        return introduced
    return name


def fuller_name(name: str | None, introduced: str | None) -> str | None:
    """The introduced name when it says more of the same person ("Cabdiraxmaan Xasan" and "my name is
    Cabdiraxmaan Xasan Faarax"); otherwise the name as found."""
    if not introduced:
        return name
    if not name:
        return introduced if 2 <= len(introduced.split()) <= 3 else None
    if initial_only(name) and 2 <= len(introduced.split()) <= 3 and not initial_only(introduced):
        return introduced  # "Oksana M." in From, "Мене звати Оксана Мельник" in the text: the name written out
    if abbreviates(name, introduced):
        return introduced  # "Ε. Καραγιάννης" signed, "ονομάζομαι Ελευθέριος Καραγιάννης" in the text
    if _short_form(name, introduced):
        return introduced  # "Bisi Adekunle" signed, "Ich bin Oluwabisi Adekunle" in the text
    # (fold() keeps Latin letters only: a word in another script is compared as written)
    have, said = [fold(w) or w.casefold() for w in name.split()], [fold(w) or w.casefold() for w in introduced.split()]
    if len(said) == len(have) + 1 and all(w in said for w in have):  # one more word at most
        uncased = introduced[:1].lower() == introduced[:1].upper()
        if uncased and len(have) >= 2 and said[-1] not in have:
            # in a script without capitals the sentence's verb may end the words taken ("ስሜ መሮን ታደሰ
            # ይባላል", my name is called …): a word after a full name found is no part of it (after a
            # first name alone it is the family name: "خالد" and "اسمي خالد الحموي،")
            return name
        return introduced
    return name


def name_in_other_script(name: str | None, signature: str, body: str) -> str:
    """A fuller form in the text of a name signed in another script than the one found ("অনিন্দিতা" signed under
    From "Anindita Chattopadhyay", the text saying "আমি অনিন্দিতা চট্টোপাধ্যায়, … থেকে লিখছি"): the writer
    may write their full name in their own script there, which the contract prefers to From's Latin letters, in
    words the reader does not know. "" where the signature holds no such one-word line, or the text no fuller form."""
    if not name or script(name) != "LATIN" or name.casefold() in signature.casefold():
        return ""  # (signed in Latin letters too, "ተስፋይ" over "Tesfay Gebremedhin": that is the name the writer signs)
    for line in [line.strip(" ,;:!") for line in signature.split("\n") if line.strip()][:4]:
        # (letters and their vowel marks: Indic scripts write a vowel as a mark, which is no letter to isalpha)
        if len(line.split()) != 1 or script(line) in (None, "LATIN") or not all(
                unicodedata.category(ch)[0] in "LM" for ch in line):
            continue
        for found in re.finditer(rf"(?<!\w){re.escape(line)}[^\S\n]+([^\s\d_.,;:!?()،।]+)", body[:5000]):
            if script(found.group(1)) == script(line):
                return found.group(0)
    return ""
