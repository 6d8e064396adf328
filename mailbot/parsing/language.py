"""The language the writer wrote in (ISO 639-1), from their own text only.

py3langid ships its model inside the package (no download); langmodel.py reads
it into compact tables restricted to the languages people plausibly write to a
German event in, and classifies with py3langid's arithmetic without NumPy. The
script (Arabic vs Persian letters, Russian vs Ukrainian letters) settles what
the statistics confuse on short texts.
"""

from __future__ import annotations

import re
import threading

from .gates import gated
from .scan import mark_letters

LATIN_LANGUAGES = ["de", "en", "tr", "fr", "pl", "es", "it", "pt", "nl", "ro", "sq", "hr", "vi", "ku", "so", "sw",
                   # the languages of the mail clients people reply with (vocab/da.toml … ; Norwegian is "no")
                   "da", "sv", "no", "fi", "hu", "ca",
                   # languages of Münster's communities (vocab/cs.toml, sk.toml, lt.toml)
                   "cs", "sk", "lt",
                   # Tagalog and Indonesian (vocab/tl.toml, id.toml): without them the model read Tagalog as
                   # Swahili or Slovak
                   "tl", "id"]
_lock = threading.Lock()
_identifier = None

# The address alternative starts only where a run of its characters starts: tried at every
# position inside a long run of letters it made detection quadratic.
_NOISE_RE = re.compile(r"https?://\S+|www\.\S+|(?<![\w.+-])[\w.+-]+@[\w.-]+|\d+|\([^)]{0,120}\)|[„“”\"'«»]",
                       re.U)
_NOISE_NO_AT_RE = re.compile(r"https?://\S+|www\.\S+|\d+|\([^)]{0,120}\)|[„“”\"'«»]", re.U)  # _NOISE_RE less its address branch
_ARABIC_RE = re.compile(r"[\u0600-\u06ff]")
_PERSIAN_RE = re.compile(r"[پچژگیک]")  # letters Persian has and Arabic lacks (ی and ک are Persian forms)
_ARABIC_ONLY_RE = re.compile(r"[ةيكى]")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_UKRAINIAN_RE = re.compile(r"[іїєґІЇЄҐ]")
_RUSSIAN_RE = re.compile(r"[ыэъёЫЭЪЁ]")
_LATIN_RE = re.compile(r"[A-Za-zÀ-ɏ]")


def _get_identifier():
    global _identifier
    with _lock:
        if _identifier is None:
            from .langmodel import load_identifier

            _identifier = load_identifier(LATIN_LANGUAGES)
    return _identifier


def load_model() -> None:
    """Read the model now (about 2 s), so that a time limit per mail does not count it."""
    _get_identifier()


def release_model() -> None:
    """Drop the loaded model (about 45 MB); it is read again when next needed.

    The worker calls this when it hands parsing to a parse process, so that a
    long-running `serve` does not hold the model twice during a big pass.
    """
    global _identifier
    with _lock:
        _identifier = None


# The writer's language shows in their first sentences; past this many characters more text
# changes no answer (same languages on all three corpora as without a limit) but costs time:
# every check below and the model's byte walk are linear in the text.
MAX_CHARS = 800


def head(text: str, limit: int = MAX_CHARS) -> str:
    """The first `limit` characters of text, cut at a space so no word is broken."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", limit - 40, limit + 1)
    return text[: cut if cut > 0 else limit]


def detect_language(text: str, default: str | None = None) -> str | None:
    """ISO 639-1 code of the text's language; `default` when there is nothing to go on."""
    text = head(text)
    # (without an "@" the address branch cannot match: the pattern without it gives the same text, and
    # does not try a word at every word's start)
    clean = (_NOISE_RE if "@" in text else _NOISE_NO_AT_RE).sub(" ", text)
    # Every script _by_script counts starts at U+0370 (Greek): below it, no need to count
    by_script = _by_script(clean) if max(clean, default="") >= "\u0370" else None
    if by_script:
        return by_script
    letters = len(_LATIN_RE.findall(clean))
    if letters < 8:
        return default
    transliterated = _transliterated_language(text)
    if transliterated:
        return transliterated
    lang, _conf = _get_identifier().classify(clean)
    return lang


# Scripts that name their language outright (the writer's language, not a guess).
_ONE_LANGUAGE_SCRIPTS = (
    ("el", re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")),
    ("ta", re.compile(r"[\u0b80-\u0bff]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
    ("bn", re.compile(r"[\u0980-\u09ff]")),
    ("pa", re.compile(r"[\u0a00-\u0a7f]")),
    ("si", re.compile(r"[\u0d80-\u0dff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("hy", re.compile(r"[\u0530-\u058f]")),
    ("ka", re.compile(r"[\u10a0-\u10ff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
)
_ETHIOPIC_RE = re.compile(r"[\u1200-\u137f]")
# Tigrinya writes ኣ for "a" and has the ቐ series; Amharic uses አ and lacks ቐ
_TIGRINYA_RE = re.compile(r"[ኣ\u1250-\u125d]")
_SERBIAN_RE = re.compile(r"[ђјљњћџЂЈЉЊЋЏ]")  # also Macedonian, told apart by ѓ ќ ѕ
_MACEDONIAN_RE = re.compile(r"[ѓќѕЃЌЅ]")
# words Macedonian has and Serbian, Bulgarian and Russian lack ("I am", "I want", "thank you", "maybe"): a short
# Macedonian mail often has none of ѓ ќ ѕ, and without ј љ њ it was read as Bulgarian or Russian
_MACEDONIAN_WORDS_RE = re.compile(r"(?<!\w)(?:сум|сакам|сакаме|благодарам|благодариме|можеби|пријавам|почитувани|јас|мојата|мојот|пријавата|откажувам|учествувам|учествуваме)(?!\w)", re.I)
# words Bulgarian has and Russian lacks (ъ is a common vowel in Bulgarian, rare in Russian)
_BULGARIAN_RE = re.compile(r"ъ|(?<!\w)(?:ще|съм|сме|бих|благодаря|здравейте|искам|искаме|искал[аи]?|моля)(?!\w)", re.I)
_RUSSIAN_ONLY_RE = re.compile(r"[ыэёЫЭЁ]")  # letters Bulgarian lacks
_URDU_RE = re.compile(r"[ٹڈڑںےہھ]")
_PASHTO_RE = re.compile(r"[ټډړږښګڼېۍځڅ]")
_SORANI_RE = re.compile(r"[ڕڵێۆە]")
# Languages written in the script of a covered one, which must not be read with its words: Marathi and Nepali
# (Devanagari, as Hindi), Assamese (Bengali letters and its own ৰ ৱ), Yiddish (Hebrew letters, its own ligatures
# and pointed letters). Each is told by letters or everyday words the covered language does not use.
# (words compared with their marks written as letters, scan.MARK_LETTERS: a mark is no \w, and "मी" was found in "हामी")
_MARATHI_RE = re.compile(mark_letters(r"ळ|(?<!\w)(?:आहे|आहेत|आहोत|मी|आम्ही|मला|आम्हाला|नाही|करायचे|करायची)(?!\w)"))
_NEPALI_RE = re.compile(mark_letters(r"(?<!\w)(?:छ|छु|छौं|छन्|हामी|मलाई|हामीलाई|गर्न|चाहन्छु|चाहन्छौं|मेरो|हाम्रो|"
                                    r"गर्नुहोस्|सक्दिन|सक्दिनँ|सक्दैन|छैन|हुन्छ|पनि|तपाईं|तपाईँ|आउनेछु|आउनेछौं)(?!\w)"))
_ASSAMESE_RE = re.compile(r"[ৰৱ]")
_YIDDISH_RE = re.compile(r"[װױײ]|אַ|אָ|פֿ|(?<!\w)(?:ניט|נישט|זיך)(?!\w)")


# Russian, Ukrainian, Arabic and Persian typed in Latin letters: the statistics see no known
# language there (or Turkish, Polish). A coordinator answers in the language behind the letters,
# so a few everyday words decide: greetings, thanks, "I want", "please". Two different words are
# needed, and they must outnumber every other language's, so a name or one borrowed word does not.
_TRANSLIT_HINTS = {
    "ru": r"zdravstvuyte|zdravstvujte|privet|spasibo|pozhaluysta|pozhalujsta|hochu|khochu|hotim|nas|budet|"
          r"pridu|pridem|gruppa|gruppu|dobryy|skazhite|vopros|eto|mozhno|zaregistrirovat\w*",
    "uk": r"dyakuyu|diakuiu|diakuju|bud[ ']?laska|vitayu|dobryi|zareiestruvatysia|zareyestruvatysya|pryidu",
    "ar": r"salam|3alaykum|alaikum|shokran|shukran|ana|law|sama7t|momken|mumkin|ahlan|marhaba|bidi|3ayez|3ayza|"
          r"nehna|ma3|insha2allah|inshallah|ya3ni|7abibi",
    "fa": r"salam|man|mikham|mikhaym|konam|konim|baraye|mamnoon|mamnun|merci|lotfan|khahesh|sabtenam|hastam|ba",
}
_TRANSLIT_RES = {lang: re.compile(rf"(?<![\w']){'(?:' + words + ')'}(?![\w'])", re.I)
                 for lang, words in _TRANSLIT_HINTS.items()}
# "3ayez", "sa7bi", "7anegi": Arabizi writes ع ح ء ق with digits inside words
_ARABIZI_RE = re.compile(r"\b[a-z]*(?:[a-z][2357]|[2357][a-z])[a-z]*[a-z]\b", re.I)
# words every one of these lists shares with German, English or Turkish texts do not count alone
# (two parts: the words behind a gate of their own, and the digit-in-a-word shape only where such a
# digit is; one pattern with the shape read every text at every position)
_TRANSLIT_GATE_RE = gated(re.compile(r"zdravst|privet|spasibo|pozhal|hochu|khochu|d[iy]aku[iy]|shokran|shukran|3alay|"
                                     r"mikham|mamnoon|lotfan|sabtenam|sama7", re.I))
_ARABIZI_GATE_RE = re.compile(r"[a-z][2357][a-z]", re.I)


def _transliterated_language(text: str) -> str | None:
    if not _TRANSLIT_GATE_RE.search(text) and not (_has_arabizi_digit(text) and _ARABIZI_GATE_RE.search(text)):
        return None  # the common case: nothing typed from another alphabet
    hits = {lang: len({m.group(0).lower() for m in regex.finditer(text)}) for lang, regex in _TRANSLIT_RES.items()}
    hits["ar"] += len(_ARABIZI_RE.findall(text))
    ranked = sorted(hits.items(), key=lambda item: item[1], reverse=True)
    (best, n), (_second, m) = ranked[0], ranked[1]
    return best if n >= 2 and n > m else None


def _has_arabizi_digit(text: str) -> bool:
    return "2" in text or "3" in text or "5" in text or "7" in text


def _by_script(text: str) -> str | None:
    """Decide by alphabet when a non-Latin script dominates the text."""
    latin = len(_LATIN_RE.findall(text))
    counts = {
        "arabic": len(_ARABIC_RE.findall(text)),
        "cyrillic": len(_CYRILLIC_RE.findall(text)),
        "ethiopic": len(_ETHIOPIC_RE.findall(text)),
    }
    counts.update((lang, len(regex.findall(text))) for lang, regex in _ONE_LANGUAGE_SCRIPTS)
    script = max(counts, key=counts.get)
    if counts[script] == 0 or counts[script] < latin:
        return None
    if script == "arabic":
        return _arabic_script_language(text)
    if script == "cyrillic":
        return _cyrillic_language(text)
    if script == "ethiopic":
        return "ti" if _TIGRINYA_RE.search(text) else "am"
    if script == "zh" and counts["ja"]:
        return "ja"
    if script == "hi":
        lettered = mark_letters(text)
        return "mr" if _MARATHI_RE.search(lettered) else "ne" if _NEPALI_RE.search(lettered) else "hi"
    if script == "bn" and _ASSAMESE_RE.search(text):
        return "as"
    if script == "he" and _YIDDISH_RE.search(text):
        return "yi"
    return script


def _arabic_script_language(text: str) -> str:
    """Pashto, Urdu and Sorani Kurdish have letters of their own; Persian and Arabic differ in a few."""
    own = {lang: len(regex.findall(text)) for lang, regex in (("ps", _PASHTO_RE), ("ur", _URDU_RE), ("ku", _SORANI_RE))}
    best = max(own, key=own.get)
    if own[best] >= 2:
        return best
    persian, arabic = len(_PERSIAN_RE.findall(text)), len(_ARABIC_ONLY_RE.findall(text))
    return "fa" if persian > arabic else "ar"


def _cyrillic_language(text: str) -> str:
    if len(_UKRAINIAN_RE.findall(text)) > len(_RUSSIAN_RE.findall(text)):
        return "uk"
    macedonian = _MACEDONIAN_RE.search(text) or _MACEDONIAN_WORDS_RE.search(text)
    if _SERBIAN_RE.search(text):
        return "mk" if macedonian else "sr"
    if macedonian and not _RUSSIAN_ONLY_RE.search(text) and "ъ" not in text:
        return "mk"
    if _BULGARIAN_RE.search(text) and not _RUSSIAN_ONLY_RE.search(text):
        return "bg"
    return "ru"
