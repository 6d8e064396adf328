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

LATIN_LANGUAGES = ["de", "en", "tr", "fr", "pl", "es", "it", "pt", "nl", "ro", "sq", "hr", "vi"]
_lock = threading.Lock()
_identifier = None

_NOISE_RE = re.compile(r"https?://\S+|www\.\S+|[\w.+-]+@[\w.-]+|\d+|\([^)]{0,120}\)|[„“”\"'«»]", re.U)
_ARABIC_RE = re.compile(r"[\u0600-\u06ff]")
_PERSIAN_RE = re.compile(r"[پچژگیک]")  # letters Persian has and Arabic lacks (ی and ک are Persian forms)
_ARABIC_ONLY_RE = re.compile(r"[ةيكى]")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_UKRAINIAN_RE = re.compile(r"[іїєґІЇЄҐ]")
_RUSSIAN_RE = re.compile(r"[ыэъёЫЭЪЁ]")
_GREEK_RE = re.compile(r"[\u0370-\u03ff]")
_LATIN_RE = re.compile(r"[A-Za-zÀ-ɏ]")


def _get_identifier():
    global _identifier
    with _lock:
        if _identifier is None:
            from .langmodel import load_identifier

            _identifier = load_identifier(LATIN_LANGUAGES)
    return _identifier


def release_model() -> None:
    """Drop the loaded model (about 45 MB); it is read again when next needed.

    The worker calls this when it hands parsing to a parse process, so that a
    long-running `serve` does not hold the model twice during a big pass.
    """
    global _identifier
    with _lock:
        _identifier = None


def detect_language(text: str, default: str | None = None) -> str | None:
    """ISO 639-1 code of the text's language; `default` when there is nothing to go on."""
    clean = _NOISE_RE.sub(" ", text)
    by_script = _by_script(clean)
    if by_script:
        return by_script
    letters = len(_LATIN_RE.findall(clean))
    if letters < 8:
        return default
    lang, _conf = _get_identifier().classify(clean)
    return lang


def _by_script(text: str) -> str | None:
    """Decide by alphabet when a non-Latin script dominates the text."""
    counts = {
        "arabic": len(_ARABIC_RE.findall(text)),
        "cyrillic": len(_CYRILLIC_RE.findall(text)),
        "greek": len(_GREEK_RE.findall(text)),
        "latin": len(_LATIN_RE.findall(text)),
    }
    script = max(counts, key=counts.get)
    if script == "latin" or counts[script] == 0:
        return None
    if script == "arabic":
        persian, arabic = len(_PERSIAN_RE.findall(text)), len(_ARABIC_ONLY_RE.findall(text))
        return "fa" if persian > arabic else "ar"
    if script == "cyrillic":
        return "uk" if len(_UKRAINIAN_RE.findall(text)) > len(_RUSSIAN_RE.findall(text)) else "ru"
    return "el"
