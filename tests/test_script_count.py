"""vocabulary.script counts each distinct character once (issue #15): the same answers as letter by letter."""

import random
import unicodedata

import pytest

from mailbot.parsing.vocabulary import script


def _letter_by_letter(text: str) -> str | None:
    """The plain rule: the first word of each letter's Unicode name, counted; the first of equal counts wins."""
    counts: dict[str, int] = {}
    for ch in text[:2000]:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            if name:
                key = name.split()[0]
                counts[key] = counts.get(key, 0) + 1
    return max(counts, key=counts.get) if counts else None


@pytest.mark.parametrize("text", [
    "", "1234 .,", "Anmeldung AG 2", "Ich möchte mich anmelden", "Привет aб", "бa", "ab бв", "αβ ab",
    "مرحبا hello", "中文 ab", "한국어 ab", "x" * 1999 + "бб", "б" * 1999 + "xx", "ᵃ ª º",
], ids=repr)
def test_script_answers_as_letter_by_letter(text):
    assert script(text) == _letter_by_letter(text)


def test_script_on_random_mixtures():
    rnd = random.Random(15)
    alphabet = "aZбЖاαΩ中ー한ת1 .éßİıⅫ"
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 15)))
        assert script(text) == _letter_by_letter(text), text
