"""Who wrote, who attends, for which organisation, and where the answer goes."""

from __future__ import annotations

import functools
import re
import unicodedata

from .lexicon import lower_pattern, lowered
from .gates import gated

_SALUTATION_RE = gated(re.compile(
    r"^(?:(?:frau|herr|hr\.|fr\.|mr\.?|mrs\.?|ms\.?|miss|madame|mme\.?|monsieur|m\.|sayın|sayin|"
    r"bay|bayan|г-н|г-жа|господин|госпожа|пан|пані|pani|pan|señor|señora|sr\.|sra\.|"
    r"dr\.?|prof\.?|dipl\.-?\w*\.?|mag\.|ing\.)\s+)+",
    re.I,
))
_ORG_WORDS = gated(lower_pattern(
    r"verein|gemeinde|gemeinschaft|communit|communaut|comunidad|comunità|verband|landsmannschaft|ortsgruppe|"
    r"association|asociaci|associazione|assoc\b|network|netzwerk|"
    r"gesellschaft|zentrum|center|centre|centro\b|diaspora|kreis\b|kulturkreis|\Brat\b|\bamt\b|\Bamt\b|büro|buero|dienst|"
    r"initiative|union\b|forum|stiftung|foundation|fundaci|fundacja|gmbh|ggmbh|\be\.\s?v\.|\bev\b|"
    r"\bclub|klub|bund\b|föderation|federation|organisation|organization|institut|caf[ée]\b|treff|"
    r"dernek|derneği|vakf|cemiyet|ассоциац|общество|союз|громад|центр|объединени|об'єднан|спілк|школа|товариств|"
    r"جمعية|مركز|رابطة|انجمن|کانون|stowarzyszen|komitee|committee|beirat|council|kirche|church|"
    r"moschee|mosque|diakonie|caritas|hochschul|universit|schule\b|akademie|academy|kollektiv|collective|"
    r"circle\b|cercle\b|c[ií]rculo|circolo|society|soci[ée]t[ée]|sociedad|"
    # houses and clinics ("Jugendhaus Schinkel", "Haus der Kulturen"), Portuguese, Turkish and Cyrillic club words
    r"haus\b|clinic|klinik|associa[çc][ãa]o|birli[kğ]|клуб|"
    # Albanian, Romanian, Kurdish, BCS, Greek, Swahili, Vietnamese association words
    r"shoqat|asocia[țţt]i|komele|udruženj|udruga|друштв|удружењ|σύλλογ|κοινότητ|jumuiya|\bhội\b|"
    # BCS in Latin letters, Polish school, Arabic "association" with a suffix ("جمعيتنا"), Turkish mosque ("… Camii'nin kadınlar kolu adına")
    r"dru[šs]tv|szkoł|szkol[aey]\b|جمعيت|camii",
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
    r"présidente?|secrétaire|trésorière?|presidente|başkan[ıi]?|председатель|голова|رئيس|مدير|"
    r"im auftrag|i\.\s?a\.|i\.\s?v\.)\b[\s,/:-]*(?:(?:des|der|im|von|vom|of the|of|de la|de l'|de|du)\s+)?",
    re.I,
))
_ADDRESS_LINE_RE = gated(re.compile(
    r"\b\d{4,5}\s+\w|straße|strasse|str\.|\bweg\b|platz\b|allee|gasse|ring\s+\d|@|https?://|www\.|"
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
    r"sent|gesendet|von|from|mobile|tel|phone|im|auftrag|und|and|ich|wir|we|i|my|our|unser|unsere)$",
    re.I,
))
_LETTERS_RE = gated(re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*\.?$"))


def strip_salutation(name: str) -> str:
    """'Frau Dr. Derya Kılıç' → 'Derya Kılıç' (the contract wants no salutation)."""
    return _SALUTATION_RE.sub("", name.strip()).strip(" ,;:")


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
        if not _LETTERS_RE.match(word) or _NOT_NAME_WORDS.match(word.strip(".")):
            return False
        if word.lower() in _NAME_PARTICLES:
            continue
        if word[0].isupper() or not word[0].isalpha() or word[0].lower() == word[0].upper():
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
    return len(name.split()) if name else 0


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


def signature_name(signature: str) -> str | None:
    """The first name-like line of a signature block (after the closing)."""
    lines = [line for line in signature.split("\n") if line.strip()]
    for idx, line in enumerate(lines[:6]):
        candidate = re.sub(r"^(?:i\.\s?a\.|i\.\s?v\.|im auftrag)\s+", "", line, flags=re.I)
        if idx == 0 and _is_closing(candidate):
            # "Viele Grüße, Anna Schmidt" on one line
            tail = re.split(r"[,!]\s*", candidate, maxsplit=1)
            if len(tail) == 2 and looks_like_name(tail[1]):
                return strip_salutation(tail[1])
            continue
        if looks_like_name(candidate):
            return _latin_twin(lines, idx) or strip_salutation(candidate.strip(",;:!"))
        if swapped := _surname_first(candidate):
            return swapped
    return None


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
            return cand
    if name_words(display) >= 2:
        return display
    return (found[0] if found else None) or display or None


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
    r"(?i:unsere[nr]?|meine[nr]?|our|my)\s+(?:[\w-]+\s+){0,2}?[\w-]+,?\s+"
    r"(?:(?i:frau|herrn?|mr\.?|mrs\.?|ms\.?|dr\.?|prof\.?)\s+)*"
    r"(?P<name>[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){1,2})"
))
# the writer comes too ("… und mich", "myself", "ich komme auch"); "die Bestätigung an mich" says
# only where the answer goes
_WRITER_TOO_RE = gated(re.compile(
    r"\b(?:(?<!\ban )mich|myself|me and|and me|ich komme|i will come|i'll come|i will join|wir kommen|we will come|uns|us)\b",
    re.I,
))


# "ich möchte unsere Vorsitzende, Frau X, für den Tag anmelden": the German verb comes last
_REGISTERS_OTHER_LATER_RE = gated(re.compile(
    r"\b(?i:möchte[n]?|würde[n]?|will|wollen)\s+(?:(?i:ich|wir|gerne?|hiermit)\s+)*"
    r"(?i:unsere[nr]?|meine[nr]?)\s+(?:[\w-]+\s+){0,2}?[\w-]+,?\s+"
    r"(?:(?i:frau|herrn?|dr\.?|prof\.?)\s+)*"
    r"(?P<name>[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){1,2}),?[^.!?]{0,80}\b(?i:anmelden|eintragen)\b"
))

_LATER_GATE_RE = gated(lower_pattern(r"anmelden|eintragen"))


def registered_other(body: str) -> str | None:
    """The full name of the one person registered when the writer registers someone else only."""
    found = _REGISTERS_OTHER_RE.search(body)
    if not found and _LATER_GATE_RE.search(lowered(body)):  # the long pattern needs a verb at the end
        found = _REGISTERS_OTHER_LATER_RE.search(body)
    if not found or _WRITER_TOO_RE.search(body):
        return None
    name = found.group("name")
    return name if looks_like_name(name, min_words=2) else None


# --- organisations ------------------------------------------------------------------

_FORM_ORG_RE = gated(re.compile(
    r"^(?:organisation|organization|verein|institution|einrichtung|träger|association|organisme|"
    r"kurum|dernek|организация|організація|جمعية|المنظمة|سازمان|organizacja|asociación)\s*:\s*(.+)$",
    re.I | re.M,
))
_MEMBERSHIP_RE = gated(re.compile(
    r"(?:mitglied|vorstand|vorsitzende[r]?|aktiv|tätig|engagiert)\s+(?:bei|von|in|im|für)\s+(?:der|dem|den|des)?\s*"
    r"|(?:im vorstand|vorsitz)\s+(?:von|der|des)\s+(?:der|dem)?\s*"
    r"|(?:member|chair|president|part)\s+of\s+(?:the\s+)?"
    r"|(?:i|we)\s+(?:work|volunteer)\s+(?:for|at|with)\s+(?:the\s+)?"
    r"|(?:membre|présidente?)\s+(?:de la|de l'|du|de|des)\s*",
    re.I,
))
_ORG_SEQUENCE_RE = gated(re.compile(
    r"[^\W\d_][\w'’„“\"&.-]*(?:\s+(?:[^\W\d_][\w'’„“\"&.-]*|e\.\s?V\.|der|des|für|und|de|of|the|and|du|la)){0,8}"
))


# "Geschäftsstelle Integrationsrat X", "Sekretariat des Vereins X": the office is part of the organisation
_OFFICE_OF_RE = gated(re.compile(
    r"^(?:geschäftsstelle|sekretariat|office of)\s+(?:(?:des|der|the)\s+)?(?=\S+\s+\S)", re.I
))


def form_organisation(body: str) -> str | None:
    m = _FORM_ORG_RE.search(body)
    return m.group(1).strip() if m else None


def signature_organisation(signature: str, name: str | None) -> str | None:
    """The first signature line that names an organisation (not an address or a legal footer)."""
    for line in signature.split("\n")[:12]:
        line = line.strip()
        if not line or ":" in line or _ADDRESS_LINE_RE.search(line) or len(line) > 90:
            continue
        if name and fold(line) == fold(name):
            continue
        cleaned = _OFFICE_OF_RE.sub("", _ROLE_RE.sub("", line)).strip(" ,/|-")
        if cleaned and has_org_word(cleaned) and not _is_closing(cleaned):
            return cleaned
    return None


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
    r"community|network|society)\b)",
))


def body_organisation(body: str) -> str | None:
    """'Ich bin Mitglied bei X e.V.', 'member of the X Association' → the organisation."""
    for m in [*_MEMBERSHIP_RE.finditer(body), *_FROM_ORG_RE.finditer(body)]:
        tail = body[m.end() : m.end() + 120]
        seq = _ORG_SEQUENCE_RE.match(tail)
        if not seq:
            continue
        org = re.split(r"[,;:!?()\n]|\.\s|\s(?:und|and|et|weil|because|da|seit)\s", seq.group(0))[0].strip(" .")
        if org.endswith(("e.V", "e. V")):
            org += "."
        if has_org_word(org) and len(org.split()) <= 9:
            return org
    return None


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
    r"direkt an|directly to|an sie|an ihn|to her|to him|adresse|address",
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
    lines = body.split("\n")
    seen = 0
    for i, line in enumerate(lines):
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
