"""A gated pattern of few words that looks for them itself in a text not read yet (gates._Presence.own)
answers as the shared automaton's reading would (issue #15)."""

from __future__ import annotations

from pathlib import Path

from mailbot.parsing import gates, parse_message
from mailbot.config import load_config

MAILS = Path(__file__).parent / "mails" / "parse"


def test_own_look_gives_the_shared_readings_answer_for_every_pattern_of_few_words():
    config = load_config(MAILS / "event.toml")
    texts = []
    for path in sorted(MAILS.glob("*.eml"))[:40]:
        parse_message(path.read_bytes(), config)
        texts.append(path.read_bytes().decode("utf-8", "replace"))
    texts += ["Vielen Dank für Ihre E-Mail.\nIch bin\nbis Montag nicht im Büro. " * 20,
              "zdravstvujte, ya hochu " * 30, "KATILIM İÇİN TEŞEKKÜRLER\n" * 30]
    members = [p for p in gates._PRESENCE.members if p._keys is not None]
    assert len(members) > 20
    for text in texts:
        folded = gates.cached_fold(text).replace("\n", " ")
        found = gates._PRESENCE.mask(text)
        for pattern in members:
            assert any(key in folded for key in pattern._keys) == bool(found & pattern._bit), pattern


def test_a_text_gets_a_bounded_number_of_own_looks_then_is_read_once_for_all():
    text = "Sehr geehrte Damen und Herren, " * 20 + "ich bin nicht im Büro."
    gates._PRESENCE._answers.pop(text, None)
    gates._PRESENCE._own_spent.pop(text, None)
    assert gates._PRESENCE.own(text, ("x",) * 30) is not None
    assert gates._PRESENCE.own(text, ("x",) * 30) is None  # (over _OWN_KEYS words for this text: read it)
    assert gates._PRESENCE.own("kurz", ("x",)) is None  # a sentence is read at once
