"""Single words of intent.py's patterns that once matched inside other words (plain values, no servers)."""

import pytest

from mailbot.parsing.intent import read_intent


@pytest.mark.parametrize("text", [
    "Wir sind ein Verein mit Mitgliedern aus vielen Ländern und nehmen gerne an AG 2 teil.",
    "Unsere Mitglieder kommen aus 14 Ländern.",
    "Wir sitzen gern an den Rändern des Saals.",
])
def test_aendern_inside_another_word_is_no_change(text):
    assert not read_intent(text).change


@pytest.mark.parametrize("text", [
    "Ich möchte meine Anmeldung ändern.",
    "Bitte meine Anmeldung abändern: AG 3 statt AG 1.",
    "Wir möchten unsere Anmeldung verändern.",
    "Ich bitte darum, meine Anmeldung umzuändern.",
])
def test_aendern_as_a_word_is_a_change(text):
    assert read_intent(text).change
