"""Abstain first, then read more, session 18: classes of mails acted on wrongly at first contact with new
writers, or found by probing everyday sentences.

Each test parses whole mails (plain values, no servers). Every case is a class, shown in several
languages or forms; the sentences are written for the test, not copied from a test set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.config import load_config
from mailbot.parsing import parse_message
from mailbot.parsing.people import looks_like_name, signature_name, strip_salutation
from mailtext import event_config, mail, workgroup_rows

MSO = load_config(Path(__file__).parent.parent / "config.toml")

# an event whose name holds a word that one title turns into an adverb ("ehrenamtlich")
VOLUNTEERS = workgroup_rows([
    ("PATEN", "Patenschaften für Neuzugewanderte", '"Patenschaft"'),
    ("LERNEN", "Lernhilfe ehrenamtlich organisieren", '"Lernhilfe"'),
    ("SPORT", "Sportvereine öffnen", '"Sport"'),
], label="Workshop {n}")


@pytest.fixture(scope="module")
def volunteers(tmp_path_factory):
    return event_config(tmp_path_factory.mktemp("volunteers"), VOLUNTEERS, name="Aktionstag Ehrenamt 2027")


def parse(body: str, config=MSO, subject: str = "Anmeldung", closing: str | None = None, sender: str | None = None):
    extra = {k: v for k, v in (("closing", closing), ("sender", sender)) if v is not None}
    return parse_message(mail(body, subject=subject, **extra), config)


# --- "myself and my husband" with the Slavic reflexive possessive ("one's own") --------------------------

@pytest.mark.parametrize("body", [
    "Dzień dobry, chciałabym zapisać siebie i swojego męża do drugiej grupy roboczej.",
    "Добрий день, хочу зареєструвати себе і свого чоловіка до другої робочої групи.",
    "Здравствуйте, хочу зарегистрировать себя и своего мужа на вторую рабочую группу.",
    "Dobar dan, želim prijaviti sebe i svog supruga u drugu radnu grupu.",
    "Dobrý den, ráda bych přihlásila sebe a svého manžela na druhou pracovní skupinu.",
    "Dobrý den, přihlašuji sebe a svou dceru na druhou pracovní skupinu.",
    "Dobrý deň, chcela by som prihlásiť seba a svojho manžela do druhej pracovnej skupiny.",
])
def test_myself_and_my_own_spouse_are_two(body):
    parsed = parse(body)
    assert parsed.party_size == 2, parsed.reasons
    assert parsed.workgroups == ["AG2"]


@pytest.mark.parametrize("body", [
    "Preferirei il gruppo 2, a mio avviso il più utile.",  # Italian "a" is "to", no Czech "and"
    "Dobrý den, přihlašuji se na druhou pracovní skupinu. Sebe a své zkušenosti ráda představím.",
])
def test_a_alone_is_no_and(body):
    assert parse(body).party_size == 1


# --- names in signatures ---------------------------------------------------------------------------------

@pytest.mark.parametrize("line, name", [
    ("د. سامر العلي", "سامر العلي"),
    ("الحاج محمد نادر هاشمی", "محمد نادر هاشمی"),
    ("ڈاکٹر عائشہ قریشی", "عائشہ قریشی"),
    ("م. أحمد فتحي", "أحمد فتحي"),
    ("الأستاذة ليلى حداد", "ليلى حداد"),
    ("دکتر مریم رحیمی", "مریم رحیمی"),
    ("Haj Ahmad Noori", "Ahmad Noori"),
    ("Hajer Ali", "Hajer Ali"),  # a name that starts like an honorific
])
def test_honorifics_of_arabic_persian_and_urdu_writers_are_no_name(line, name):
    assert strip_salutation(line) == name


@pytest.mark.parametrize("signature, name", [
    ("ნინო ბერიძე\nGeorgisches Kulturzentrum Dortmund e.V.", "ნინო ბერიძე"),  # Georgian has no capitals in use
    ("Dr Kofi Asante\nPostdoctoral Researcher\nCentre for Land Use", "Kofi Asante"),  # "asante": Swahili thanks
    ("Asante sana,\nAmina Juma", "Amina Juma"),
    ("مع الشكر\nفؤاد الحميري\nالجالية اليمنية", "فؤاد الحميري"),
])
def test_the_signed_name(signature, name):
    display = {"Kofi Asante": "Kofi Asante", "فؤاد الحميري": "فؤاد الحميري"}.get(name, "")
    assert signature_name(signature, display) == name


@pytest.mark.parametrize("line", ["Postdoctoral Researcher", "Referentin Migration", "Research Assistant",
                                  "Sozialarbeiterin", "Project Coordinator"])
def test_a_job_line_is_no_name(line):
    assert not looks_like_name(line)


def test_a_name_under_its_job_line_is_found():
    body = "Hello,\n\nplease register me for workgroup 2, just myself.\n\nThanks,\nKofi\n\n"
    parsed = parse(body, closing="Dr Kofi Asante\nPostdoctoral Researcher\nCentre for Land Use\nUniversity of Münster\n",
                   sender="Kofi Asante <k.asante@uni.example>")
    assert parsed.name == "Kofi Asante"


# --- a title word made from the event's own name names no workgroup --------------------------------------

@pytest.mark.parametrize("body", [
    "Hiermit melde ich mich an. Ich trainiere ehrenamtlich eine Jugendmannschaft. Bei den Workshops bin ich flexibel.",
    "Ich bin seit Jahren ehrenamtlich aktiv und melde mich gern für den Aktionstag an.",
])
def test_a_word_of_the_event_name_names_no_workgroup(volunteers, body):
    assert parse(body, volunteers).workgroups == []


def test_the_title_word_itself_still_names_its_workgroup(volunteers):
    assert parse("Ich melde mich für die Lernhilfe an.", volunteers).workgroups == ["LERNEN"]


# --- the parts of a hyphenated event name are the event's words too --------------------------------------

CLUBS = workgroup_rows([
    ("SPRACHE", "Herkunftssprachen und Samstagsschulen", '"Samstagsschule"'),
    ("GELD", "Fördermittel und Buchhaltung im Verein", '"Buchhaltung"'),
    ("KULTUR", "Kultur zeigen: Feste und Chöre", '"Chöre"'),
], label="Workshop {n}")


@pytest.fixture(scope="module")
def clubs(tmp_path_factory):
    return event_config(tmp_path_factory.mktemp("clubs"), CLUBS, name="Osteuropa-Vereinetag Dortmund 2027")


@pytest.mark.parametrize("body", [
    "ich möchte mich für den Vereinetag anmelden, Workshop 3 mit den Chören.",
    "Hiermit melde ich mich zum Vereinetag an. Am liebsten Workshop 3.",
])
def test_a_part_of_the_hyphenated_event_name_names_no_workgroup(clubs, body):
    parsed = parse(body, clubs)
    assert parsed.workgroups == ["KULTUR"], parsed.reasons


def test_the_workgroup_compound_is_still_read(clubs):
    assert parse("Ich melde mich für die Vereinsbuchhaltung an, also Workshop 2.", clubs).workgroups == ["GELD"]


# --- "others" in Russian is no Ukrainian or Serbian "second" ----------------------------------------------

@pytest.mark.parametrize("body", [
    "Хочу записаться на первую рабочую группу – интересно, как это устроено у других.",
    "Хочу записаться на первую рабочую группу, приду с другом из нашего общества.",
])
def test_russian_others_and_friend_are_no_ordinal(body):
    parsed = parse(body)
    assert parsed.workgroups == ["AG1"], parsed.reasons


@pytest.mark.parametrize("body, ids", [
    ("Добрий день, хочу зареєструватися до другої робочої групи.", ["AG2"]),
    ("Добрий день, запишіть мене, будь ласка, на другу робочу групу.", ["AG2"]),
    ("Здраво, желим да се пријавим у другу радну групу.", ["AG2"]),
])
def test_ukrainian_and_serbian_second_is_still_read(body, ids):
    assert parse(body).workgroups == ids


# --- Bulgarian signs up with "запиша се" ------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Здравейте, бихме искали да се запишем за втората работна група. Ще бъдем двама души.",
    "Здравейте, моля, запишете ме за втората работна група.",
    "Здравейте, с това заявявам участие във втората работна група.",
])
def test_bulgarian_registrations_are_read(body):
    parsed = parse(body, subject="MSO-Tag 2027", closing="\n\nПоздрави\nМария Иванова\n")
    assert parsed.kind == "registration", parsed.reasons
    assert parsed.workgroups == ["AG2"]
