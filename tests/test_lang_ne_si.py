"""Nepali (vocab/ne.toml, Devanagari) and Sinhala (vocab/si.toml, Sinhala script): whole mails are read.

Plain values, no servers. The mails are written for this test, not copied from a test set. Without the two
vocabulary files every mail here went to review (Nepali was told from Hindi and left to a human; Sinhala had no
words at all).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mailbot.config import load_config
from mailbot.parsing import parse_message
from mailbot.parsing.scan import canonical_indic, mark_letters, marks_again
from mailtext import mail

MSO = load_config(Path(__file__).parent.parent / "config.toml")


def parse(body: str, subject: str = "Anmeldung"):
    return parse_message(mail(body, subject=subject), MSO)


@pytest.mark.parametrize("lang, body, group, size", [
    # Nepali: "I would like to register for the MSO-Tag on 13 March, workgroup 2; we are two persons"
    ("ne", "नमस्ते, म १३ मार्चको MSO-Tag का लागि कार्यसमूह २ मा दर्ता गर्न चाहन्छु। हामी दुई जना आउनेछौं।", "AG2", 2),
    ("ne", "नमस्कार, कृपया मलाई समूह 3 मा दर्ता गर्नुहोस्। म एक्लै आउनेछु। धन्यवाद।", "AG3", 1),
    ("ne", "नमस्ते, म दोस्रो समूहमा दर्ता गर्न चाहन्छु। म मेरी छोरीसँग आउनेछु।", "AG2", 2),
    ("ne", "नमस्ते, हामी कार्यसमूह १ मा सहभागी हुन चाहन्छौं। हामी ३ जना आउनेछौं।", "AG1", 3),
    # Sinhala: the same registration, and others
    ("si", "ආයුබෝවන්, මම මාර්තු 13 වන දින පැවැත්වෙන MSO-Tag සඳහා වැඩ කණ්ඩායම 2 ට ලියාපදිංචි වීමට කැමතියි. අපි දෙදෙනෙක් එන්නෙමු.",
     "AG2", 2),
    ("si", "ආයුබෝවන්, කරුණාකර මාව කණ්ඩායම 3 ට ලියාපදිංචි කරන්න. මම තනියම එන්නම්. ස්තූතියි.", "AG3", 1),
    ("si", "මම දෙවන කණ්ඩායමට ලියාපදිංචි වීමට කැමතියි. මම මගේ බිරිඳ සමඟ එන්නම්.", "AG2", 2),
    ("si", "ආයුබෝවන්, අපි කණ්ඩායම 1 ට ලියාපදිංචි වෙනවා. අපි 3 දෙනෙක් එනවා.", "AG1", 3),
])
def test_a_registration_is_read(lang, body, group, size):
    parsed = parse(body)
    assert (parsed.language, parsed.kind, parsed.workgroups, parsed.party_size) == (lang, "registration", [group], size)
    assert not parsed.needs_review, parsed.reasons


@pytest.mark.parametrize("lang, body", [
    ("ne", "नमस्ते, कृपया मेरो दर्ता रद्द गर्नुहोस्। म आउन सक्दिन। धन्यवाद।"),
    ("ne", "नमस्ते, माफ गर्नुहोस्, म मेरो दर्ता फिर्ता लिन चाहन्छु।"),
    ("si", "ආයුබෝවන්, කරුණාකර මගේ ලියාපදිංචිය අවලංගු කරන්න. මට එන්න බැහැ."),
    ("si", "සමාවෙන්න, එදින මට පැමිණිය නොහැක. කරුණාකර මගේ ලියාපදිංචිය අවලංගු කරන්න."),
])
def test_a_cancellation_is_read(lang, body):
    parsed = parse(body, subject="Absage")
    assert (parsed.language, parsed.kind, parsed.workgroups) == (lang, "cancellation", [])
    assert not parsed.needs_review, parsed.reasons


@pytest.mark.parametrize("lang, body, group", [
    # "I want to change to workgroup 3"
    ("ne", "नमस्ते, म कार्यसमूह ३ मा सर्न चाहन्छु। कृपया मेरो दर्ता परिवर्तन गर्नुहोस्।", "AG3"),
    ("ne", "नमस्ते, कृपया मलाई समूह २ मा सार्नुहोस्।", "AG2"),
    # (typed with the joiner of "අවශ්‍යයි", as a Sinhala keyboard writes it: scan.canonical_indic)
    ("si", "ආයුබෝවන්, මට වැඩ කණ්ඩායම 3 ට මාරු වීමට අවශ්‍යයි.", "AG3"),
    ("si", "ආයුබෝවන්, කරුණාකර මගේ ලියාපදිංචිය කණ්ඩායම 1 ට වෙනස් කරන්න.", "AG1"),
])
def test_a_change_is_read(lang, body, group):
    parsed = parse(body, subject="Änderung")
    assert (parsed.language, parsed.kind, parsed.workgroups) == (lang, "change", [group])
    assert not parsed.needs_review, parsed.reasons


@pytest.mark.parametrize("lang, body", [
    ("ne", "नमस्ते, के त्यहाँ बालबालिकाको हेरचाहको व्यवस्था छ?"),                   # is there childcare?
    ("ne", "नमस्ते, मेरो एउटा प्रश्न छ। कार्यक्रम कहिले सुरु हुन्छ भनेर जान्न चाहन्छु।"),
    ("si", "ආයුබෝවන්, ළමා රැකවරණය තිබේද?"),
    ("si", "ආයුබෝවන්, මට ප්‍රශ්නයක් තියෙනවා. වැඩසටහන ආරම්භ වන වේලාව දැනගන්න කැමතියි."),
])
def test_a_question_is_a_question(lang, body):
    parsed = parse(body, subject="Frage")
    assert (parsed.language, parsed.kind) == (lang, "question"), parsed.reasons


@pytest.mark.parametrize("body", [
    "नमस्ते, म कार्यसमूह २ मा दर्ता गर्न चाहन्छु। म मेरी पत्नीसँग वा छोरीसँग आउनेछु।",   # my wife or my daughter
    "මම කණ්ඩායම 2 ට ලියාපදිංචි වීමට කැමතියි. මම මගේ බිරිඳ හෝ දුව සමඟ එන්නම්.",
    # "if there is an interpreter, I will register for workgroup 2": a sign-up held by a condition ("if there is
    # room" is none: the room is the coordinator's to count, as in German)
    "नमस्ते, यदि अनुवादक हुन्छ भने म कार्यसमूह २ मा दर्ता गर्नेछु।",
    "नमस्ते, यदि अनुवादक हुन्छ भने, म कार्यसमूह २ मा दर्ता गर्नेछु।",
    "ආයුබෝවන්, පරිවර්තකයෙක් තිබේ නම් මම කණ්ඩායම 2 ට ලියාපදිංචි වෙන්නම්.",
    "ආයුබෝවන්, පරිවර්තකයෙක් තිබේ නම්, මම කණ්ඩායම 2 ට ලියාපදිංචි වෙන්නම්.",
])
def test_what_stays_open_goes_to_review(body):
    assert parse(body).needs_review


def test_a_hindi_mail_stays_hindi():
    # Nepali's everyday words tell it from Hindi (language._NEPALI_RE); a Hindi mail has none of them
    parsed = parse("नमस्ते, मैं कार्यसमूह 2 में पंजीकरण करना चाहता हूं। हम दो लोग आएंगे।")
    assert (parsed.language, parsed.workgroups, parsed.party_size, parsed.needs_review) == ("hi", ["AG2"], 2, False), parsed.reasons


def test_a_sinhala_word_is_one_word_and_its_marks_come_back():
    # its vowel signs and virama are marks, no \w: written as letters (scan.MARK_LETTERS), and back
    text = canonical_indic("මම ලියාපදිංචි වීමට කැමතියි. ප්‍රශ්නයක් ඇත.")
    assert re.findall(r"\w+", mark_letters(text)) == [mark_letters(w) for w in text.rstrip(".").replace(".", "").split()]
    assert marks_again(mark_letters(text)) == text
    # the joiner after a virama is one spelling with none
    assert canonical_indic("ප්‍රශ්නය") == canonical_indic("ප්රශ්නය")


def test_what_the_coordinator_reads_has_its_marks():
    parsed = parse("ආයුබෝවන්, අපි කණ්ඩායම 1 ට ලියාපදිංචි වෙනවා. අපි 3 දෙනෙක් එනවා.")
    assert "ලියාපදිංචි" in parsed.text and not re.search("[\U00011083-\U00011097]", parsed.text)
