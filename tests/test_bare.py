"""vocabulary.bare takes Latin-1 text through a byte table (issue #15): the same answers as the table alone."""

import random

import pytest

from mailbot.parsing.vocabulary import _BARE, bare


@pytest.mark.parametrize("text", [
    "", "Anmeldung AG 2", "Ich möchte mich ANMELDEN, Grüße", "„Zitat“ – 5 €", "İKİ kişi", "Привет, Ärger",
    "مرحبا é", "ﬅ Kelvin K µ ß ẞ", "\x00\xff" * 3, "사람 살",
], ids=repr)
def test_bare_answers_as_the_table(text):
    assert bare(text) == text.translate(_BARE)


def test_every_latin1_character():
    text = "".join(map(chr, range(256)))
    assert bare(text) == text.translate(_BARE)
    assert len(bare(text)) == 256


def test_bare_on_random_mixtures():
    rnd = random.Random(15)
    alphabet = "aZäÖé€„“–бЖاαΩ中한1 .ßİıⅫ\n\xa0"
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 20)))
        assert bare(text) == text.translate(_BARE), text
