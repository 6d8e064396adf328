"""Abstain first, session 11: classes of mails acted on wrongly at first contact with new writers, or
found by probing everyday sentences.

Each test parses whole mails (plain values, no servers). Every case is a class, shown in several
languages or forms; the sentences are written for the test, not copied from a test set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.config import load_config
from mailbot.parsing import parse_message
from mailtext import mail

ROOT = Path(__file__).parent.parent
MSO = load_config(ROOT / "config.toml")

# another event: tables whose aliases are role words ("Trainer"), an event name with its noun after a hyphen
TABLES = """
[event]
name = "Sportvereine-Forum Beispielstadt 2027"
starts = 2027-04-17T10:00:00
ends = 2027-04-17T15:00:00
timezone = "Europe/Berlin"
venue = "Sporthalle Beispielstadt"
registration_address = "forum@beispiel.example"
registration_deadline = 2027-03-26T23:59:00
capacity = 90

[[workgroups]]
id = "T1"
title = "Mädchen- und Frauensport im Verein"
capacity = 25

[[workgroups]]
id = "T2"
title = "Ehrenamt, Übungsleitung und Trainernachwuchs"
capacity = 30
aliases = ["Übungsleiter", "Trainer"]

[[workgroups]]
id = "T3"
title = "Sportstätten, Hallenzeiten und Vereinsanlagen"
capacity = 20
aliases = ["Hallen", "Hallenzeiten"]

[[workgroups]]
id = "T4"
title = "Inklusion und Geflüchtete im Verein"
capacity = 15

[imap]
host = "127.0.0.1"
username = "forum"
password_env = "MAILBOT_IMAP_PASSWORD"

[smtp]
host = "127.0.0.1"
username = "forum"
password_env = "MAILBOT_SMTP_PASSWORD"
from_address = "forum@beispiel.example"

[database]
path = "mailbot.db"
"""


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    path = tmp_path_factory.mktemp("tables") / "config.toml"
    path.write_text(TABLES, encoding="utf-8")
    return load_config(path)




# --- someone else drops out, the writer still comes: no cancellation of the writer -----------------------

@pytest.mark.parametrize("body", [
    "Hallo, meine Kollegin Frau Yilmaz kann leider nicht kommen. Ich bleibe angemeldet.",
    "Hallo, unser Verein muss leider absagen, aber ich komme privat.",
    "Hallo, ich kann leider nicht kommen, aber mein Stellvertreter Herr Kaya kommt für mich.",
    "Bonjour, mon collègue ne pourra pas venir, mais je reste inscrite.",
    "Hola, mi compañera no puede asistir, pero yo sigo inscrita.",
    "Hello, my colleague can't make it. I remain registered.",
    "Hello, I can't come but my colleague will.",
    "Bonjour, je ne pourrai pas venir, mais ma collègue viendra.",
    "Dzień dobry, nie mogę przyjść, ale mój mąż przyjdzie.",
    "Добрий день, я не зможу прийти, але мій колега прийде.",
    "Здравствуйте, отмените, пожалуйста, мою регистрацию, но мой муж всё равно придёт.",
])
def test_a_cancellation_beside_someone_who_still_comes_is_not_acted_on(body):
    parsed = parse_message(mail(body), MSO)
    assert parsed.needs_review or parsed.kind not in ("cancellation", "registration", "change"), (
        parsed.kind, parsed.reasons)
    assert not (parsed.kind == "cancellation" and not parsed.needs_review)


@pytest.mark.parametrize("body", [
    "Hallo, leider muss ich meine Anmeldung stornieren, aber ich wünsche Ihnen eine gute Veranstaltung.",
    "Hola, muchas gracias, pero tenemos que cancelar nuestra inscripción.",
    "Hallo, ich muss meine Teilnahme leider absagen, aber vielen Dank für die Einladung.",
])
def test_a_plain_cancellation_with_a_but_is_still_acted_on(body):
    parsed = parse_message(mail(body), MSO)
    assert (parsed.kind, parsed.needs_review) == ("cancellation", False), parsed.reasons


# --- companions brought along -------------------------------------------------------------------------

@pytest.mark.parametrize("body, size", [
    ("Hi team, registering for AG 3. I'll bring one colleague.", 2),
    ("Hi team, registering for AG 3. I'm bringing 2 colleagues.", 3),
    ("Hallo, ich melde mich für AG 3 an und bringe zwei Kollegen mit.", 3),
    ("Hallo, ich melde mich für AG 3 an und bringe noch einen Kollegen mit.", 2),
    ("Hi, registering for AG 3. Bringing a friend!", 2),
])
def test_companions_brought_along_are_counted(body, size):
    parsed = parse_message(mail(body), MSO)
    assert (parsed.kind, parsed.party_size, parsed.workgroups) == ("registration", size, ["AG3"]), parsed.reasons


@pytest.mark.parametrize("body", [
    "Hi, registering for AG 3. I'll bring colleagues.",
    "Hallo, ich melde mich für AG 3 an und bringe Kollegen mit.",
    "Hallo, ich melde mich für die AG 2 an. Ich bin Rollstuhlfahrerin und komme mit Assistenz.",
])
def test_companions_of_no_number_go_to_review(body):
    parsed = parse_message(mail(body), MSO)
    assert parsed.needs_review, (parsed.party_size, parsed.reasons)


@pytest.mark.parametrize("body", [
    "Merhaba, AG 1'e kayit olmak istiyorum. Esim de gelecek, yani 2 kisi.",
    "Merhaba, AG 1'e kayit olmak istiyorum. 2 kisi gelecegiz.",
])
def test_a_count_of_persons_typed_without_marks_is_read(body):
    parsed = parse_message(mail(body), MSO)
    assert (parsed.party_size, parsed.workgroups) == (2, ["AG1"]), parsed.reasons


# --- a person introduced by name may be the one registered ---------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo, ich schreibe für meine Mama. Sie heißt Samira Beispiel und möchte gern zur AG 1. Ich komme mit, "
    "also 2 Personen.",
    "Hello, I am writing for my father, his name is Karim Example. He would like to join AG 2.",
    "Bonjour, j'écris pour ma mère, elle s'appelle Aïcha Exemple. Elle veut participer au groupe de travail 1.",
    "Здравствуйте, пишу за маму, её зовут Галина Пример, она хочет в рабочую группу 2.",
])
def test_a_person_introduced_by_name_goes_to_review(body):
    parsed = parse_message(mail(body), MSO)
    assert parsed.needs_review, (parsed.name, parsed.reasons)
    assert any("introduces another person" in r for r in parsed.reasons), parsed.reasons


def test_a_relative_with_the_writers_own_name_is_still_another_person():
    # "Familie Nasser" writes: the family name is shared, the person is not the writer
    parsed = parse_message(mail("Hallo, sie heißt Samira Beispiel und möchte zur AG 1.",
                                sender="Familie Beispiel <familie@beispiel.example>", closing="\n\nRana\n"), MSO)
    assert parsed.needs_review, parsed.reasons


def test_the_writer_introducing_herself_is_no_other_person():
    parsed = parse_message(mail("Hallo, mein Name ist Anna Beispiel. Ich melde mich für die AG 1 an."), MSO)
    assert (parsed.needs_review, parsed.name) == (False, "Anna Beispiel"), parsed.reasons


# --- a title word or alias that describes a person is no choice -----------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo, ich bin Trainerin im Verein und melde mich an.",
    "Hallo, als Übungsleiter melde ich mich hiermit an.",
    "Hallo, unser neuer Übungsleiter möchte auch teilnehmen, wir sind dann zu zweit.",
])
def test_a_workgroup_word_that_describes_a_person_is_not_acted_on(tables, body):
    parsed = parse_message(mail(body), tables)
    assert parsed.workgroups == [] and parsed.needs_review, (parsed.workgroups, parsed.reasons)


def test_the_same_word_as_a_choice_is_still_read(tables):
    parsed = parse_message(mail("Hallo, ich melde mich für den Tisch zu Hallenzeiten an."), tables)
    assert (parsed.workgroups, parsed.needs_review) == (["T3"], False), parsed.reasons


def test_a_role_word_beside_a_workgroup_named_otherwise_keeps_that_choice(tables):
    parsed = parse_message(mail("Hallo, ich bin Trainerin und melde mich für Tisch 3 an."), tables)
    assert (parsed.workgroups, parsed.needs_review) == (["T3"], False), parsed.reasons


# --- the event's own noun, and a table named by a glued title word --------------------------------------

@pytest.mark.parametrize("body", [
    "Moin, meld mich hiermit an fürs Forum am 17.4., an Tisch 2.",
    "Hello, I'd like to register for the forum on 17 April, table 2 please.",
])
def test_the_events_own_noun_after_a_hyphen_is_the_event(tables, body):
    parsed = parse_message(mail(body), tables)
    assert (parsed.kind, parsed.workgroups, parsed.needs_review) == ("registration", ["T2"], False), parsed.reasons


def test_a_glued_table_compound_of_an_alias_names_that_table(tables):
    parsed = parse_message(mail("Hi, kann ich noch an den Hallentisch wechseln statt Tisch 2?",
                                subject="Re: Ihre Anmeldung"), tables)
    assert (parsed.kind, parsed.workgroups) == ("change", ["T3"]), parsed.reasons


# --- a change that understood nothing new ---------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo, kann ich noch in eine andere Gruppe wechseln statt AG 2?",
    "Hallo, ich möchte meine Anmeldung ändern.",
])
def test_a_change_with_nothing_new_understood_goes_to_review(body):
    parsed = parse_message(mail(body, subject="Re: Ihre Anmeldung"), MSO)
    assert parsed.kind != "change" or parsed.needs_review, parsed.reasons


# --- names ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("closing, name", [
    ("\n\nGruß Timo Beispiel\nJugendleiter HSG Beispielstadt\n", "Timo Beispiel"),
    ("\n\nViele Grüße Timo Beispiel\nSportwart, TuS Beispiel\n", "Timo Beispiel"),
])
def test_a_name_on_the_closing_line_beats_the_role_line_under_it(closing, name):
    parsed = parse_message(mail("Hallo, ich melde mich für die AG 2 an.", closing=closing,
                                sender="T. B. <tb@beispiel.example>"), MSO)
    assert parsed.name == name


def test_a_closing_of_words_without_capitals_is_no_name():
    parsed = parse_message(mail("مرحبا، أود التسجيل في مجموعة العمل 2.", closing="\n\nمع الشكر والتقدير\nخالد مثال\n",
                                sender="Khaled Example <k@beispiel.example>"), MSO)
    assert parsed.name != "الشكر والتقدير"


def test_herrn_is_a_title_not_a_name():
    from mailbot.parsing.people import strip_salutation

    assert strip_salutation("Herrn Ahmadi") == "Ahmadi"


# --- a workgroup named by something mailbot does not know, or asked about --------------------------------

@pytest.mark.parametrize("body", [
    "Hallo, ich möchte mich für dieselbe AG wie letztes Jahr anmelden.",
    "Hello, please register me for the same workshop as my colleague.",
    "Bonjour, je voudrais m'inscrire dans le même atelier que ma collègue.",
])
def test_the_same_workgroup_as_someone_goes_to_review(body):
    parsed = parse_message(mail(body), MSO)
    assert parsed.needs_review and not parsed.workgroups, parsed.reasons


def test_a_question_about_which_workgroup_is_no_side_question():
    parsed = parse_message(mail("Hallo, ich melde mich an. Welche AG empfehlen Sie für Anfänger?"), MSO)
    assert parsed.needs_review and not parsed.side_questions, (parsed.reasons, parsed.side_questions)


def test_a_side_question_about_lunch_still_lets_the_registration_go_ahead():
    parsed = parse_message(mail("Hallo, ich melde mich für die AG 2 an. Gibt es ein Mittagessen?"), MSO)
    assert (parsed.needs_review, parsed.side_questions) == (False, ["Gibt es ein Mittagessen?"]), parsed.reasons


def test_someone_who_takes_the_writers_place_goes_to_review():
    parsed = parse_message(mail("Hallo, bitte melden Sie mich ab und meinen Kollegen Ali Kaya an, er übernimmt "
                                "meinen Platz in der AG 2."), MSO)
    assert parsed.needs_review, parsed.reasons


# --- ranked choices: the rank belongs to the workgroup it stands next to ---------------------------------

@pytest.mark.parametrize("body, ids", [
    ("Hallo, ich melde mich an. AG: 1. Wahl AG 1, 2. Wahl AG 3", ["AG1", "AG3"]),
    ("Hallo, ich melde mich an: 1. Wahl AG 1, 2. Wahl AG 3.", ["AG1", "AG3"]),
    ("Hallo, ich melde mich an: AG 1, 2. Wahl AG 3.", ["AG1", "AG3"]),
    ("Hallo, ich nehme AG 3 als zweite Wahl, AG 1 als erste Wahl.", ["AG1", "AG3"]),
    ("Hallo, AG 2 wäre unsere zweite Wahl, lieber AG 1.", ["AG1", "AG2"]),
    ("Hallo, ich melde mich an: AG 2 als Zweitwunsch und AG 1 als Erstwunsch.", ["AG1", "AG2"]),
    ("Hallo, ich melde mich an. Am meisten interessiert mich die AG „Bildung“ – als Zweitwunsch nehme ich die AG "
     "zum Zukunftsprozess.", ["AG1", "AG2"]),
    ("Hi, I register for AG 3 as my second choice and AG 1 as my first choice.", ["AG1", "AG3"]),
])
def test_a_rank_is_read_with_the_workgroup_it_stands_next_to(body, ids):
    parsed = parse_message(mail(body), MSO)
    assert parsed.workgroups == ids or parsed.needs_review, (parsed.workgroups, parsed.reasons)
    assert parsed.workgroups[:1] == ids[:1] or parsed.needs_review


# --- a cancellation that says how many come from now on --------------------------------------------------

@pytest.mark.parametrize("body", [
    "Здравствуйте, к сожалению, Андрей заболел и не сможет прийти. Пожалуйста, вычеркните его из списка – нас будет трое.",
    "Hallo, leider muss Herr Klein absagen, bitte streichen Sie ihn. Wir sind dann 3 Personen.",
    "Hello, unfortunately Andrew is ill and has to cancel, please take him off the list. We will be 3 people.",
])
def test_a_cancellation_that_says_how_many_come_from_now_goes_to_review(body):
    parsed = parse_message(mail(body, subject="Re: Ihre Anmeldung"), MSO)
    assert parsed.kind != "cancellation" or parsed.needs_review, parsed.reasons


@pytest.mark.parametrize("body", [
    "Hallo, wir sind 4 Personen und müssen unsere Anmeldung leider absagen.",
    "Hello, we were registered as 2 people, but unfortunately we have to cancel.",
])
def test_a_cancellation_of_the_whole_registered_party_is_still_acted_on(body):
    parsed = parse_message(mail(body, subject="Re: Ihre Anmeldung"), MSO)
    assert (parsed.kind, parsed.needs_review) == ("cancellation", False), parsed.reasons


# --- the writer and a count of others --------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo, ich und 2 Personen aus unserem Verein kommen zur AG 1.",
    "Merhaba, ben ve 2 kişi daha AG 1'e geleceğiz.",
    "سلام، من و دو نفر از همکارانم در گروه کاری ۱ شرکت می‌کنیم.",
])
def test_me_and_a_count_of_persons_is_the_writer_and_that_many(body):
    parsed = parse_message(mail(body), MSO)
    assert (parsed.party_size, parsed.workgroups) == (3, ["AG1"]) or parsed.needs_review, (parsed.party_size,
                                                                                            parsed.reasons)
    assert parsed.party_size != 2


@pytest.mark.parametrize("body", [
    "Hallo, ich komme mit 2 Personen zur AG 1.",
    "Hi, I'll come with 2 people to AG 1.",
])
def test_one_writer_with_a_count_of_persons_goes_to_review(body):
    # two in all, or two besides the writer: the words do not say
    parsed = parse_message(mail(body), MSO)
    assert parsed.needs_review, (parsed.party_size, parsed.reasons)


@pytest.mark.parametrize("body, size", [
    ("Hallo, wir kommen mit 4 Personen zur AG 1.", 4),
    ("Hallo, ich melde mich mit 2 Personen für AG 1 an.", 2),
    ("Hallo, ich komme mit zwei Kolleginnen zur AG 1.", 3),
])
def test_we_with_a_count_and_companions_by_name_are_still_read(body, size):
    parsed = parse_message(mail(body), MSO)
    assert (parsed.party_size, parsed.needs_review) == (size, False), parsed.reasons


# --- a sign-up that waits for an answer asked without "?" -------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo, ich würde gerne wissen, ob die AG 2 auf Deutsch ist. Wenn ja, melde ich mich an.",
    "Hi, I would like to know whether workshop 2 is in English. If so, I will register.",
])
def test_a_sign_up_after_if_so_is_no_registration_even_under_a_subject_that_says_so(body):
    parsed = parse_message(mail(body, subject="Anmeldung"), MSO)
    assert parsed.kind == "question" or parsed.needs_review, (parsed.kind, parsed.reasons)


def test_a_sign_up_that_first_wants_to_know_something_goes_to_review():
    parsed = parse_message(mail("Hallo, ich möchte mich gerne anmelden, aber erst wissen, was es kostet."), MSO)
    assert parsed.kind != "registration" or parsed.needs_review, parsed.reasons


def test_a_sign_up_for_later_is_not_made_a_registration_by_the_subject():
    parsed = parse_message(mail("Hallo, wir melden uns für die AG 2 an, sobald der Vorstand entschieden hat.",
                                subject="Anmeldung"), MSO)
    assert parsed.kind != "registration" or parsed.needs_review, (parsed.kind, parsed.reasons)
