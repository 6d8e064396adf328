"""Language detection reads the head of the writer's text: its cost does not grow with the mail."""

import pytest

from mailbot.parsing.language import MAX_CHARS, detect_language, head

GERMAN = "Hiermit melde ich mich für die Arbeitsgruppe zwei an, wir freuen uns sehr auf den Tag. "
ENGLISH = "Our association was founded by parents many years ago and meets every Tuesday at the centre. "


def test_head_keeps_short_text_whole():
    assert head("Hallo zusammen", 800) == "Hallo zusammen"


def test_head_cuts_at_a_space_without_breaking_a_word():
    text = "wort " * 400
    cut = head(text, 800)
    assert len(cut) <= 800
    assert cut.endswith("wort")
    assert len(cut) > 800 - 40


def test_head_of_one_long_word_is_cut_at_the_limit():
    assert head("x" * 5000, 800) == "x" * 800


def test_the_language_is_that_of_the_first_sentences():
    # German first, then pages of English (a pasted text): the writer wrote German to us
    text = GERMAN * 8 + ENGLISH * 60
    assert len(GERMAN * 8) < MAX_CHARS < len(text)
    assert detect_language(text) == "de"


@pytest.mark.parametrize("text, lang", [
    ("Θα ήθελα να εγγραφώ στην ομάδα εργασίας δύο, ευχαριστώ.", "el"),  # U+0370..: the first counted script
    ("Ich möchte mich für die AG 2 anmelden, Grüße aus Münster.", "de"),  # umlauts, all below U+0370
])
def test_script_count_is_skipped_only_below_the_first_counted_script(text, lang):
    assert detect_language(text) == lang
