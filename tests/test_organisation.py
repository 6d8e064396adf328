"""The writer's organisation: signature lines, running text, form lines, the vocabulary's words (plain values).

Sentences written for this test; each rule with several writers and languages, and a guard for what
must stay no organisation.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.config import load_config
from mailbot.parsing import parse_message
from mailbot.parsing.lexicon import lower_pattern, lowered
from mailbot.parsing.people import body_organisation, form_organisation, has_org_word, signature_organisation
from mailbot.parsing.vocabulary import entry_regex, vocabulary

CONFIG = load_config(Path(__file__).parent / "mails" / "parse" / "event.toml")


def _mail(body: str) -> bytes:
    head = "From: Lea Brandt <lea@post.example>\nTo: forum@vielfalt.example\nSubject: Hallo\n\n"
    return (head + body).encode()


# --- signature lines ----------------------------------------------------------------

@pytest.mark.parametrize(
    "line, organisation",
    [
        ("Predsjednik, Hrvatska zajednica Hamm", "Hrvatska zajednica Hamm"),
        ("Kryetare, Shoqata Kulturore Hamm", "Shoqata Kulturore Hamm"),
        ("Presidente | Associazione Culturale Sarda", "Associazione Culturale Sarda"),
        ("Elternverein Nordstadt e.V. | Vorstand", "Elternverein Nordstadt e.V."),
        ("Public Relations Officer | Ghana Union Hamm e.V.", "Ghana Union Hamm e.V."),
        ("Komeleya Kurdên Hammê – berdevk", "Komeleya Kurdên Hammê"),
        ("Türkischer Elternbund Hamm e.V. (TEB)", "Türkischer Elternbund Hamm e.V."),
        ("Filipino Community Hamm e.V. (FilCom Hamm)", "Filipino Community Hamm e.V."),
    ],
    ids=["hr-role-comma", "sq-role-comma", "it-role-bar", "de-bar-role", "en-long-role-bar", "ku-lower-role-dash",
         "acronym-in-brackets", "two-word-acronym-in-brackets"],
)
def test_a_role_beside_the_organisation_is_dropped(line, organisation):
    assert signature_organisation(line, None) == organisation


@pytest.mark.parametrize("line", [
    "Sonnenblume – Verein ukrainischer Familien e.V.",
    "ISAH – International Students' Association Hamm",  # a short form before the dash is a name of it
    "Frauencafé Nord – Kadın Kahvesi",
])
def test_a_name_beside_a_dash_stays(line):
    assert signature_organisation(line, None) == line


@pytest.mark.parametrize(
    "line, organisation",
    [
        ("Emre Kaya (Türkischer Elternverein Hamm e.V.)", "Türkischer Elternverein Hamm e.V."),
        ("Grace Mensah (Ghana Union Bielefeld)", "Ghana Union Bielefeld"),
    ],
    ids=["de", "en"],
)
def test_the_organisation_in_brackets_after_the_name(line, organisation):
    assert signature_organisation(line, None) == organisation


@pytest.mark.parametrize(
    "signature, organisation",
    [
        ("Grüße\nJonas Ahlers\n1. Vorsitzender\nSC Grün-Weiß Kinderhaus 1958 e.V.", "SC Grün-Weiß Kinderhaus 1958 e.V."),
        ("Regards\nTom Hill\nRiverside Football Club 1899 e.V.", "Riverside Football Club 1899 e.V."),
    ],
    ids=["de-sportverein", "en-club"],
)
def test_a_founding_year_before_the_legal_form_is_no_postcode(signature, organisation):
    assert signature_organisation(signature, "Jonas Ahlers") == organisation


@pytest.mark.parametrize(
    "signature, organisation",
    [
        ("Grüße\nEva Roth\nBüro\nKurdischer Kulturverein Hamm e.V.", "Kurdischer Kulturverein Hamm e.V."),
        ("مع التحية\nسامي نور\nرئيس الجمعية\nJemenitischer Verein Bielefeld", "Jemenitischer Verein Bielefeld"),
        ("Gruß\nOle Berg\nJugendfeuerwehrwart\nFreiwillige Feuerwehr Hamm, Löschzug Süd", "Freiwillige Feuerwehr Hamm, Löschzug Süd"),
        ("Grüße\nIda Voss\nKoordination Ehrenamt\nKolpinghaus Hamm", "Kolpinghaus Hamm"),
        ("Grüße\nIda Voss\nFachdienst Integration\n\nDiakonie Hamm e.V.", "Diakonie Hamm e.V."),
    ],
    ids=["bare-buero", "ar-bare-jamiya", "one-word-office", "office-and-field", "unit-then-organisation"],
)
def test_a_bare_word_an_office_or_a_unit_gives_way_to_the_organisation(signature, organisation):
    assert signature_organisation(signature, None) == organisation


def test_subject_is_no_meeting_place():
    # "Betreff" holds "treff" (a meeting place's word): "wie im Betreff" names nothing
    assert signature_organisation("wie im Betreff – danke!\nMax Ebert", "Max Ebert") is None


@pytest.mark.parametrize(
    "line",
    [
        "நாகர்கோவில் தமிழ்ச் சங்கம் ஹாம்",  # Tamil sangam
        "ஹாம் தமிழ் மன்றம்",  # Tamil mandram
        "ማሕበር ኤርትራውያን ሃም",  # Tigrinya association
        "ማሕበረሰብ ኤርትራውያን ሃም",  # Tigrinya community
        "የኢትዮጵያውያን ማህበር ሃም",  # Amharic association
        "Ururka Dumarka Soomaaliyeed Hamm",  # Somali
        "Bulshada Soomaaliyeed Hamm",
        "Navenda Ciwanan a Hammê",  # Kurmanji centre
        "Comitato Genitori Sardi",  # Italian
        "Misja Katolicka Hamm",  # Polish mission
        "z Polskiej Misji Katolickiej w Hamm",
        "Parafia św. Jadwigi",
        "Casa de Angola Hamm",  # Portuguese
        "Hrvatska zajednica Hamm",  # Croatian, Bosnian
        "Српска заједница Хам",  # Serbian
        "Българско дружество Хам",  # Bulgarian
        "Сдружение на българите в Хам",
        "د هام د افغانانو ټولنه",  # Pashto
        "پاکستانی طلبا ایسوسی ایشن",  # Urdu
        "پاکستانی کمیونٹی ہام",
        "مدرسه فارسی هام",  # Farsi school
        "Freiwillige Feuerwehr Hamm",  # German
        "Deutsch-Griechischer Freundeskreis",
        "Diakonisches Werk Hamm",
        "Hayastan միություն Համ",  # Armenian
        "Հայկական միության Համի մասնաճյուղ",
        "Türk Kültür Merkezi Hamm",  # Turkish
        "Українська організація Хамм",  # Ukrainian
        "Русская организация Хамма",  # Russian
        "کۆمەڵەی کوردانی هام",  # Sorani
        "ڕێکخراوی ژنانی کورد",
        "Komela Kurdên Hamm",  # Kurmanji
        "Muziekvereniging Harmonie Losser",  # Dutch
        "Stichting Openlucht Hertme",
        "Volksdans 't Kempens Hart vzw",  # Flemish
        "Historische Kring Ootmarsum",
        "Toanielferiening Us Nocht",  # Frisian (in the Dutch file)
        "Mannenkoor Denekamp",
        "Folkedanserforeningen Aabenraa",  # Danish, Norwegian
        "Kulturföreningen Bryggan",  # Swedish
        "Suomi-Saksa-yhdistys ry",  # Finnish
        "Frauenchor Gronau",  # German
    ],
)
def test_organisation_words_of_the_vocabulary_files(line):
    assert has_org_word(line)


@pytest.mark.parametrize("line", ["Casablanca", "Marmelade", "Betreff", "Anna Misiak", "Ev Kontsevoy", "Werkstatt B"])
def test_words_that_only_hold_an_organisation_word(line):
    assert not has_org_word(line)


def test_every_organisation_word_of_the_vocabulary_is_needed_by_a_test_line():
    lines = [lowered(line) for line in test_organisation_words_of_the_vocabulary_files.pytestmark[0].args[1]]
    unused = [(lang, entry) for lang, table in vocabulary().items() for entry in table.get("organisation", [])
              if not any(lower_pattern(entry_regex(entry)).search(line) for line in lines)]
    assert not unused


# --- running text ---------------------------------------------------------------------

@pytest.mark.parametrize(
    "body, organisation",
    [
        ("Ich bin Kassenwartin im Kulturverein Anatolien Hamm und komme gern.", "Kulturverein Anatolien Hamm"),
        ("ich bin Jugendleiter beim Sportverein Nord Hamm, bitte AG 1.", "Sportverein Nord Hamm"),
        ("Ich komme für das Netzwerk Afrikanischer Frauen Hamm, allein.", "Netzwerk Afrikanischer Frauen Hamm"),
        ("Guten Tag, hier ist Amara Diallo vom Guinea Freundeskreis Hamm ich möchte mich anmelden",
         "Guinea Freundeskreis Hamm"),
        ("I am writing on behalf of the Ghana Union Hamm.", "Ghana Union Hamm"),
        ("vorrei iscrivermi a nome del Comitato Genitori Sardi di Hamm.", "Comitato Genitori Sardi di Hamm"),
        ("je m'inscris au nom de l'Association Franco-Malienne de Hamm.", "Association Franco-Malienne de Hamm"),
        ("ich bin im vorstand von kurdische jugend hamm e.v.\nwir kommen zu zweit", "kurdische jugend hamm e.v."),
    ],
    ids=["de-office-im", "de-office-beim", "de-komme-fuer", "de-name-vom", "en-on-behalf", "it-a-nome",
         "fr-au-nom", "de-lower-case-ev"],
)
def test_organisation_named_in_running_text(body, organisation):
    assert body_organisation(body) == organisation


@pytest.mark.parametrize(
    "body, organisation",
    [
        ('Ich bin in Verein "Neue Heimat Hamm". Ich möchte kommen.', "Neue Heimat Hamm"),
        ("Ich bin Mitglied im Verein „Brückenschlag“ und komme.", "Brückenschlag"),
        ("I am a member of the association \"Friends of Kenya\".", "Friends of Kenya"),
        ("ich bin im Vorstand des Vereins „Hand in Hand – Familien mit gehörlosen Kindern im Kreis Unna e.V.“ und",
         "Hand in Hand – Familien mit gehörlosen Kindern im Kreis Unna e.V."),
    ],
    ids=["de-in-verein", "de-german-quotes", "en-association", "de-long-name-with-dash"],
)
def test_a_quoted_name_after_a_generic_word_is_the_name(body, organisation):
    assert body_organisation(body) == organisation


@pytest.mark.parametrize(
    "body, organisation",
    [
        ("Реєструю себе від нашої організації Kalyna Hamm e.V. на 13 березня.", "Kalyna Hamm e.V."),
        ("Мы от нашей организации Союз Армян Хамма придём вдвоём.", "Союз Армян Хамма"),
        ("Ich melde unseren Verein Sonnenblume Hamm e.V. für AG 2 an.", "Sonnenblume Hamm e.V."),
        ("We register our association Ghana Union Hamm for workshop 1.", "Ghana Union Hamm"),
    ],
    ids=["uk-nashoi-orhanizatsii", "ru-nashei-organizatsii", "de-unseren-verein", "en-our-association"],
)
def test_our_organisation_word_then_its_name(body, organisation):
    assert body_organisation(body) == organisation


@pytest.mark.parametrize(
    "body, organisation",
    [
        ("Tôi tên là Lan, đại diện Hội Người Việt tại Hamm. Tôi muốn đăng ký.", "Hội Người Việt tại Hamm"),
        ("zgłaszam się w imieniu Stowarzyszenia Polskich Rodzin w Hamm.", "Stowarzyszenia Polskich Rodzin w Hamm"),
        ("Prijavljujem se u ime Udruženja Bosanaca Hamm.", "Udruženja Bosanaca Hamm"),
        ("Me inscrevo em nome da Associação Cultural Angolana.", "Associação Cultural Angolana"),
        ("Регистрирую от имени Союза Армян Хамма двух человек.", "Союза Армян Хамма"),
        ("Mă înscriu în numele Asociației Românilor din Hamm.", "Asociației Românilor din Hamm"),
    ],
    ids=["vi-dai-dien", "pl-w-imieniu", "bs-u-ime", "pt-em-nome", "ru-ot-imeni", "ro-in-numele"],
)
def test_on_behalf_of_the_organisation(body, organisation):
    assert body_organisation(body) == organisation


@pytest.mark.parametrize(
    "body",
    [
        "Unser Verein ist neu und braucht Geld.",
        "Our association Forum A is new.",
    ],
    ids=["de-no-name", "en-label"],
)
def test_our_organisation_word_without_a_name(body):
    assert body_organisation(body) is None


@pytest.mark.parametrize(
    "body",
    [
        "Ich bin nicht Mitglied in eine Organisation, ich komme privat.",
        "I am not a member of an association, I come on my own.",
        "Ich bin Mitglied im Forum A und möchte wieder dabei sein.",  # a workgroup's label
        "Ich bin von Herzen dabei!",
    ],
    ids=["de-eine-organisation", "en-an-association", "workgroup-label", "no-organisation-word"],
)
def test_no_organisation_in_running_text(body):
    assert body_organisation(body) is None


# --- form lines -------------------------------------------------------------------------

@pytest.mark.parametrize(
    "body, organisation",
    [
        ("1. Name: Rana Aziz\n2. Organisation: Irakischer Frauenverein Hamm\n3. AG: 2", "Irakischer Frauenverein Hamm"),
        ("Verein / Initiative: Hospizgruppe Hamm\nWerkstatt: B", "Hospizgruppe Hamm"),
        ("Verein/Organisation: Tanzclub Hamm 1990 e.V.", "Tanzclub Hamm 1990 e.V."),
    ],
    ids=["numbered", "slash-label", "slash-label-no-spaces"],
)
def test_form_lines(body, organisation):
    assert form_organisation(body) == organisation


# --- the whole mail -----------------------------------------------------------------------

@pytest.mark.parametrize(
    "body, organisation",
    [
        ("Moin, wi kommt auk, egal wat för ne Gruppe.\n\nGröten\nLea Brandt\nDeutsch-Finnischer Freundeskreis Hamm\n",
         "Deutsch-Finnischer Freundeskreis Hamm"),
        ("வணக்கம், விவரங்கள் பின்னர்.\n\nநன்றி,\nLea Brandt\nTamilischer Kulturverein Hamm e.V.\n",
         "Tamilischer Kulturverein Hamm e.V."),
    ],
    ids=["de-not-understood", "ta-not-understood"],
)
def test_the_organisation_is_read_whatever_the_kind(body, organisation):
    parsed = parse_message(_mail(body), CONFIG)
    assert (parsed.kind, parsed.organisation) == ("other", organisation)


@pytest.mark.parametrize(
    "body, organisation",
    [
        # (blank lines between the lines, as HTML mails give them: the splitter sees no signature)
        ("Szanowni Państwo,\n\nw imieniu Polskiej Szkoły Sobotniej w Hamm zgłaszam dwie osoby.\n\n"
         "Z wyrazami szacunku\n\nJan Nowak\n\ndyrektor\n\nPolska Szkoła Sobotnia w Hamm\n", "Polska Szkoła Sobotnia w Hamm"),
        ("Здравствуйте,\n\nот имени Союза Армян Хамма регистрирую себя.\n\nС почтением\n\nАрам Петросян\n\n"
         "Союз Армян Хамма\n", "Союз Армян Хамма"),
    ],
    ids=["pl", "ru"],
)
def test_the_signature_form_of_a_name_the_text_inflects(body, organisation):
    parsed = parse_message(_mail(body), CONFIG)
    assert parsed.organisation == organisation


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("Polskiej Szkoły Sobotniej w Hamm", "Polska Szkoła Sobotnia w Hamm", True),
        ("Союза Армян Хамма", "Союз Армян Хамма", True),
        ("Kulturverein Hamm", "Sportverein Hamm e.V.", False),
        ("Союза Армян", "Общество Немцев", False),
    ],
)
def test_same_name_inflected(a, b, same):
    from mailbot.parsing.people import same_name_inflected

    assert same_name_inflected(a, b) is same


@pytest.mark.parametrize("text, org", [
    ("я волонтёр в обществе\nKasachisch-Deutscher Kulturverein „Dostyk“ e.V. Хотела бы прийти.",
     "Kasachisch-Deutscher Kulturverein „Dostyk“ e.V."),
    ("আমি রহিম উদ্দিন, Bangladesh Samity Münster e.V.-এর সাধারণ সম্পাদক।", "Bangladesh Samity Münster e.V."),
    ("Wir Afghanische Jugend Münster e.V. kommen zu dritt.", "Afghanische Jugend Münster e.V."),
    ("Ich bin in keinem Verein e.V. und komme privat.", None),
])
def test_a_name_with_the_legal_form_of_an_association_is_an_organisation_anywhere(text, org):
    from mailbot.parsing.people import body_organisation
    assert body_organisation(text) == org


def test_a_line_of_legal_forms_is_read_in_linear_time():
    # each "e.V." looks at most 200 characters back, and only the first 20,000 are read: the time
    # does not grow with a longer hostile line (limit: four times the time of a quarter of it)
    import time

    from mailbot.parsing.people import body_organisation

    def seconds(n: int, run: int) -> float:
        text = f"Lauf {run}: " + "Verein e.V. Verein " * n  # a new text each run: the reader keeps its last answers
        start = time.perf_counter()
        body_organisation(text)
        return time.perf_counter() - start

    seconds(100, 0)
    # (the best of three each: one run on a machine busy with other work says little)
    assert min(seconds(40_000, i) for i in range(3)) < 4 * min(seconds(10_000, i) for i in range(3)) + 0.05


@pytest.mark.parametrize("text, expected", [
    ("Ich bin Mitglied der Indischen Kulturgemeinschaft Münster und komme gern.", "Indischen Kulturgemeinschaft Münster"),
    ("Münster Türk Kadınlar Derneği üyesiyim.", "Münster Türk Kadınlar Derneği"),
    ("Je suis trésorière de l'Association des Congolais de Munster.", "Association des Congolais de Munster"),
    ("Ich wohne seit 2010 in Münster.", None),  # a place, no organisation
    ("Wir kommen aus Münster Kinderhaus.", None),  # a district
    ("Ich komme zum Tag der Migrantenselbstorganisationen in Münster.", None),  # the event itself
])
def test_an_organisation_named_with_the_events_town_inside_a_sentence(text, expected):
    from mailbot.parsing.people import place_organisation

    assert place_organisation(text, "Münster", "Tag der Migrantenselbstorganisationen 2027") == expected
