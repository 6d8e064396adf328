"""Abstain first, then read more, session 14: classes of mails acted on wrongly at first contact with new
writers, or found by probing everyday sentences; and filled-in forms read, not guessed.

Each test parses whole mails (plain values, no servers). Every case is a class, shown in several
languages or forms; the sentences are written for the test, not copied from a test set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.config import load_config
from mailbot.parsing import parse_message
from mailtext import event_config, mail, workgroup_rows

ROOT = Path(__file__).parent.parent
MSO = load_config(ROOT / "config.toml")

# an event whose titles share words ("Betrieb" of F1, "Betriebe" of F2) and carry everyday ones ("machen")
FORUMS = workgroup_rows([
    ("SPK", "Deutschkurse im Betrieb", '"Deutschkurse"'),
    ("PAR", "Betriebe als Partner", '"Betriebe", "Arbeitgeber"'),
    ("ANT", "Online-Anträge einfach machen", '"Online-Anträge"'),
])


# an event whose first title ends in the letter a table's tick column is typed with
ERAS = workgroup_rows([
    ("GEN", "Ehrenamt der Generation X", ""),
    ("JUN", "Junge Engagierte", ""),
    ("SEN", "Seniorinnen aktiv", ""),
])


@pytest.fixture(scope="module")
def forums(tmp_path_factory):
    return event_config(tmp_path_factory.mktemp("forums"), FORUMS)


@pytest.fixture(scope="module")
def eras(tmp_path_factory):
    return event_config(tmp_path_factory.mktemp("eras"), ERAS)


def parse(body: str, config=MSO, subject: str = "Anmeldung"):
    return parse_message(mail(body, subject=subject), config)


# --- a word that belongs to two workgroups names neither ------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo, ich melde mich für Betriebe an.",
    "Hello, I'd like to register, I am interested in Betriebe.",
])
def test_a_word_of_two_workgroups_goes_to_review_when_nothing_else_names_one(forums, body):
    parsed = parse(body, forums)
    assert parsed.kind == "registration" and parsed.workgroups == []
    assert parsed.needs_review and any("several workgroups" in r for r in parsed.reasons), parsed.reasons


@pytest.mark.parametrize("body", [
    "Hallo, ich melde mich für das Forum „Betriebe als Partner“ an.",
    "Hallo, wir möchten am liebsten ins Forum Betriebe als Partner, ich melde mich an.",
])
def test_a_title_said_whole_names_its_workgroup_over_a_word_another_title_shares(forums, body):
    parsed = parse(body, forums)
    assert parsed.workgroups == ["PAR"], parsed.reasons


def test_a_title_word_in_brackets_after_a_name_is_that_persons_job(forums):
    parsed = parse("Hallo, ich melde mich mit meinem Kollegen Herrn Jan Berg (Deutschkurse) an. "
                   "Wir möchten ins Forum Betriebe als Partner.", forums)
    assert parsed.workgroups == ["PAR"], parsed.reasons


def test_an_everyday_word_of_a_title_names_no_workgroup(forums):
    parsed = parse("Hallo, ich melde mich für Forum 2 an. Wir wollen es diesmal richtig machen.", forums)
    assert parsed.workgroups == ["PAR"] and not parsed.needs_review, parsed.reasons


# --- forms filled in the mail: the ticks say which workgroup ---------------------------------------------

FORM = "Name: Anna Beispiel\nAnzahl Personen: 1\n\nArbeitsgruppe:\n{lines}\n"


@pytest.mark.parametrize("lines", [
    "[ ] AG 1 – Bildung\n[x] AG 2 – Zukunftsprozess\n[ ] AG 3 – Förderung",
    "☐ AG 1 – Bildung\n☑ AG 2 – Zukunftsprozess\n☐ AG 3 – Förderung",
    "( ) AG 1 – Bildung\n(X) AG 2 – Zukunftsprozess\n( ) AG 3 – Förderung",
    "AG 1 (Bildung): nein\nAG 2 (Zukunftsprozess): ja\nAG 3 (Förderung): nein",
    "AG 1 – Bildung\nAG 2 – Zukunftsprozess X\nAG 3 – Förderung",        # a table's tick column
    "AG 1 – Bildung\n*AG 2 – Zukunftsprozess*\nAG 3 – Förderung",        # HTML bold, as text
    "AG 1 – Bildung\nx AG 2 – Zukunftsprozess\nAG 3 – Förderung",        # a mark typed before a line
    "Grupa 1 – Edukacja: nie\nGrupa 2 – Przyszłość miasta: tak\nGrupa 3 – Finansowanie: nie",
])
def test_a_ticked_list_of_the_workgroups_names_the_ticked_one(lines):
    parsed = parse("Hallo, hier das Formular:\n\n" + FORM.format(lines=lines))
    assert parsed.kind == "registration" and parsed.workgroups == ["AG2"], parsed.reasons
    assert not parsed.needs_review, parsed.reasons


def test_a_title_ending_in_x_is_no_tick_in_an_unmarked_list(eras):
    lines = "Forum 1 – Ehrenamt der Generation X\nForum 2 – Junge Engagierte\nForum 3 – Seniorinnen aktiv"
    parsed = parse("Hallo, ich melde mich an, hier das Formular:\n\n" + FORM.format(lines=lines), eras)
    assert parsed.workgroups != ["GEN"] and parsed.needs_review, (parsed.workgroups, parsed.reasons)
    ticked = lines.replace("Engagierte", "Engagierte   X")
    parsed = parse("Hallo, ich melde mich an, hier das Formular:\n\n" + FORM.format(lines=ticked), eras)
    assert parsed.workgroups == ["JUN"] and not parsed.needs_review, (parsed.workgroups, parsed.reasons)


def test_two_ticks_without_an_order_go_to_review_even_when_the_form_explains_second_choices():
    lines = ("Arbeitsgruppe (bitte ankreuzen, Zweitwunsch mit „2“ markieren):\n"
             "[ ] AG 1 – Bildung\n[x] AG 2 – Zukunftsprozess\n[x] AG 3 – Förderung")
    parsed = parse("Hallo, hier das Formular:\n\nName: Anna Beispiel\nAnzahl Personen: 1\n\n" + lines + "\n")
    assert parsed.needs_review and any("order unclear" in r for r in parsed.reasons), parsed.reasons


def test_numbers_in_the_boxes_are_the_order():
    lines = "[ ] AG 1 – Bildung\n[2] AG 2 – Zukunftsprozess\n[1] AG 3 – Förderung"
    parsed = parse("Hallo, hier das Formular:\n\n" + FORM.format(lines=lines))
    assert parsed.workgroups == ["AG3", "AG2"] and not parsed.needs_review, parsed.reasons


@pytest.mark.parametrize("lines", [
    "AG 1 – Bildung\nAG 2 – Zukunftsprozess\nAG 3 – Förderung",            # nothing marked (a colour, lost)
    "AG 1 – Bildung\n*AG 2 – Zukunftsprozess*\n*AG 3 – Förderung*",      # bold twice: emphasis
    "[x] AG 1 – Bildung\nAG 2 – Zukunftsprozess\n[ ] AG 3 – Förderung",  # a line the boxes do not cover
])
def test_a_list_its_marks_do_not_account_for_is_not_read_as_a_choice(lines):
    parsed = parse("Hallo, hier das Formular:\n\n" + FORM.format(lines=lines))
    assert parsed.needs_review, (parsed.workgroups, parsed.reasons)


@pytest.mark.parametrize("line, count", [
    ("Anzahl Personen (inkl. Ihnen): 3", 3),
    ("Number of people (including you): 2", 2),
    ("Liczba osób (łącznie z Panią/Panem): 4", 4),
    ("Kişi sayısı (siz dahil): 2", 2),
])
def test_a_forms_count_with_a_note_in_brackets_is_the_party(line, count):
    parsed = parse(f"Hallo, ich melde mich für AG 2 an.\n\nName: Anna Beispiel\n{line}\n")
    assert parsed.party_size == count and not parsed.needs_review, parsed.reasons


@pytest.mark.parametrize("body", [
    "Ad Soyad: Ayşe Yılmaz\nKurum: Kadınlar Derneği\nKişi sayısı (siz dahil): 2\nAtölye: 3\n",
    "Name: Anna Beispiel\nOrganisation: Kulturverein\nAnzahl Personen: 1\nArbeitsgruppe: 2\n",
    "Imię i nazwisko: Anna Kowalska\nOrganizacja: Klub Seniora\nLiczba osób: 3\nWarsztat: 1\n",
])
def test_a_form_filled_in_the_mail_is_a_registration_without_the_words(body):
    parsed = parse("Guten Tag,\n\n" + body, subject="Formular")
    assert parsed.kind == "registration" and len(parsed.workgroups) == 1, (parsed.kind, parsed.reasons)


def test_a_form_without_a_count_or_a_workgroup_is_no_registration():
    parsed = parse("Guten Tag,\n\nName: Anna Beispiel\nOrganisation: Kulturverein\n", subject="Formular")
    assert parsed.kind != "registration" or parsed.needs_review


# --- a companion in a short sentence whose words of coming the reader does not have ----------------------

@pytest.mark.parametrize("line", [
    "Colega mea vine și ea.",            # Romanian
    "A kollégám is jön.",                # Hungarian
    "Kolegyně přijde taky.",             # Czech
    "Моята колежка също ще дойде.",      # Bulgarian
    "Kolegica moja dolazi isto.",        # Croatian
])
def test_a_short_sentence_with_a_companion_is_not_taken_for_a_life_story(line):
    parsed = parse(f"Guten Tag,\nich melde mich für AG 2 an. {line}")
    assert parsed.party_size == 2 or parsed.needs_review, parsed.reasons


def test_a_long_sentence_about_a_companions_life_still_holds_nothing_back():
    parsed = parse("Ich melde mich für AG 1 an. Ich habe meine Mutter jahrelang gepflegt und kenne das Thema gut.")
    assert not parsed.needs_review and parsed.party_size == 1, parsed.reasons


# --- Arabic vowel marks are optional: the words are the same ------------------------------------------------

@pytest.mark.parametrize("body", [
    "أودّ أن أسجّل أنا وزوجتي في مجموعة العمل 1.",
    "أود أن أسجل أنا وزوجتي في مجموعة العمل 1.",
])
def test_arabic_with_or_without_vowel_marks_reads_the_same(body):
    parsed = parse(body)
    assert parsed.kind == "registration" and parsed.party_size == 2 and parsed.workgroups == ["AG1"], parsed.reasons


# --- a follow-up to the writer's own earlier mail that names no workgroup -----------------------------------

@pytest.mark.parametrize("body, subject", [
    ("Hallo nochmal, meine Mutter möchte auch mitkommen. Also bitte 2 Personen eintragen.", "Anmeldung"),
    ("Meine Mutter möchte auch mitkommen, bitte 2 Personen eintragen.", "Nachtrag Anmeldung"),
    ("Sorry, I forgot to mention that my husband is coming with me, so please put us down as 2 people.", "Registration"),
    ("Yazmayı unuttum, eşim de gelecek, lütfen 2 kişi olarak kaydedin.", "Kayıt"),
    ("Забыла написать: со мной придёт муж, запишите нас, пожалуйста, вдвоём.", "Регистрация"),
])
def test_a_follow_up_that_names_no_workgroup_goes_to_review(body, subject):
    parsed = parse(body, subject=subject)
    assert parsed.needs_review and any("follows up an earlier mail" in r for r in parsed.reasons), (
        parsed.kind, parsed.reasons)


def test_a_reply_to_ones_own_mail_that_names_no_workgroup_goes_to_review():
    body = ("Our treasurer will be coming with me, so please register us as 2 people.\n\nAda\n\n"
            "> On 19 Jan 2027, at 11:30, Anna Beispiel <anna@beispiel.example> wrote:\n>\n"
            "> I would like to register for workgroup 3.\n")
    parsed = parse_message(mail(body, subject="Re: Registration", closing=""), MSO)
    assert parsed.needs_review and any("own mail quoted" in r for r in parsed.reasons), parsed.reasons


def test_a_first_registration_with_a_companion_and_no_workgroup_is_not_held_back():
    parsed = parse("Hallo, ich melde mich an, meine Mutter kommt auch mit. Wir sind 2 Personen.")
    assert not any("follows up" in r for r in parsed.reasons), parsed.reasons


def test_a_sign_up_beside_a_change_word_naming_no_workgroup_goes_to_review():
    parsed = parse("Meine Kollegin kommt jetzt doch mit. Bitte also 2 Personen statt nur mir eintragen.",
                   subject="MSO-Tag")
    assert parsed.needs_review and any("speaks of a change" in r for r in parsed.reasons), parsed.reasons


# --- a workgroup named in a sentence that says "not", with no word of signing up --------------------------

@pytest.mark.parametrize("body", [
    "Samahani, hatuwezi kufika AG 3.",                # Swahili: "we cannot get to" (only "not" is known)
    "Samahani, siwezi kufika AG 2 mwaka huu.",
    "Samahani, siwezi kuja AG 3.",                    # and now in so many words (a cancellation)
    "Rất tiếc, tôi không thể đến AG 2 được.",          # Vietnamese
])
def test_a_workgroup_in_a_negated_sentence_without_a_sign_up_word_is_no_registration_acted_on(body):
    parsed = parse(body)
    assert parsed.kind != "registration" or parsed.needs_review, parsed.reasons


def test_a_fallback_with_a_negation_is_no_negated_choice():
    parsed = parse("AG 2 bitte, falls dort kein Platz mehr ist, AG 3.")
    assert not any("negation" in r for r in parsed.reasons), parsed.reasons


# --- names: the signed name over a card's and over a form line in another script ------------------------

def test_the_name_signed_beats_the_business_cards_spelling():
    from email.message import EmailMessage
    msg = EmailMessage()
    msg["From"] = "Наталья Кузнецова <n.k@mail.example>"
    msg["To"] = "mso-tag@muenster.example"
    msg["Subject"] = "Регистрация"
    msg.set_content("Здравствуйте!\nЯ хотела бы записаться в рабочую группу 1.\n\nС уважением,\nНаталья Кузнецова\n")
    msg.add_attachment(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Natalja Kusnezowa\r\nORG:Elternverein Raduga e.V.\r\n"
                       b"END:VCARD\r\n", maintype="text", subtype="vcard", filename="nk.vcf")
    parsed = parse_message(msg.as_bytes(), MSO)
    assert (parsed.name, parsed.organisation) == ("Наталья Кузнецова", "Elternverein Raduga e.V."), parsed


@pytest.mark.parametrize("form, signed", [
    ("نام: پریسا مرادی", "Parisa Moradi"),
    ("الاسم: رامي حداد", "Rami Haddad"),
    ("Имя: Ольга Петрова", "Olga Petrova"),
])
def test_a_form_name_in_another_script_gives_way_to_the_same_name_signed_in_latin(form, signed):
    parsed = parse_message(
        mail(f"Ich melde mich an.\n{form}\nAnzahl Personen: 1\nArbeitsgruppe: 2\n", closing=f"\n\n{signed}\n"), MSO)
    assert parsed.name == signed, parsed.name


def test_a_form_name_of_someone_else_stays_the_form_name():
    parsed = parse_message(mail("Ich melde meine Mutter an.\nالاسم: فاطمة أحمد\nArbeitsgruppe: 2\n",
                                closing="\n\nRami Haddad\n"), MSO)
    assert parsed.name != "Rami Haddad", parsed.name


# --- lists of people in any script; "without company" is alone ------------------------------------------------

def test_a_numbered_list_of_names_in_arabic_letters_is_a_list_of_people():
    parsed = parse("نود تسجيل مشاركة جمعيتنا في مجموعة العمل الثالثة. أسماء المشاركين:\n\n"
                   "1. محمود صالح\n2. زينب الجبوري\n3. علي حسين\n")
    assert parsed.needs_review and any("a list of 3 people" in r for r in parsed.reasons), parsed.reasons


@pytest.mark.parametrize("line", ["Nur ich, ohne Begleitung.", "Je viens sans accompagnateur.",
                                  "Я приду без сопровождения."])
def test_without_company_is_the_writer_alone(line):
    parsed = parse(f"Ich melde mich für AG 2 an. {line}")
    assert parsed.party_size == 1 and not parsed.needs_review, parsed.reasons


# --- sign-up words in more forms ---------------------------------------------------------------------------

@pytest.mark.parametrize("body, size", [
    ("Signing up myself plus one colleague for workgroup 2.", 2),
    ("Em dixwazin beşdarî koma xebatê 2 bibin. Em ê du kes bin.", 2),          # Kurmanji: we want to take part
    ("Bună ziua, aș dori să particip la grupul de lucru 2.", 1),             # Romanian: I would like to take part
])
def test_sign_up_words_the_reader_now_has(body, size):
    parsed = parse(body, subject="MSO-Tag")
    assert (parsed.kind, parsed.workgroups, parsed.party_size) == ("registration", ["AG2"], size), parsed.reasons


# --- questions without a question mark in more languages ---------------------------------------------------

@pytest.mark.parametrize("body", [
    "Dobrý den, chtěla bych vědět, jestli je ještě místo v AG 2",   # Czech
    "Szia, érdekelne, hogy van-e még hely az AG 2-ben",              # Hungarian
    "Bună ziua, mă interesează dacă mai sunt locuri la AG 2",        # Romanian
    "Xin chào, tôi muốn hỏi AG 2 còn chỗ không",                      # Vietnamese
    "Halo, apakah masih ada tempat di AG 2",                         # Indonesian
    "Здравейте, има ли още места в АГ 2",                            # Bulgarian
    "Zdravo, zanima me ima li još mjesta u AG 2",                    # Croatian
])
def test_a_question_without_a_question_mark_is_no_registration(body):
    parsed = parse(body)
    assert parsed.kind != "registration" or parsed.needs_review, (parsed.kind, parsed.reasons)


# --- a workgroup of last year, a day that is not the event's ---------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo, letztes Jahr war ich in der AG 2, dieses Jahr möchte ich wieder kommen.",
    "Hi, last year I was in workgroup 2. This year I would like to come again.",
    "Здравствуйте, в прошлом году я была в группе 2, в этом году тоже хочу прийти.",
    "Habari, mwaka jana nilikuwa AG 1. Mwaka huu ningependa kujiandikisha tena.",
])
def test_a_workgroup_of_last_year_is_no_choice_for_this_year(body):
    parsed = parse(body)
    assert parsed.workgroups == [] and parsed.needs_review, (parsed.workgroups, parsed.reasons)


def test_last_year_said_of_something_else_after_a_dash_leaves_the_choice():
    parsed = parse("Ich melde mich an. Ich würde gern an der AG 2 teilnehmen - der Zukunftsprozess beschäftigt uns "
                   "im Verein schon seit dem letzten Jahr.")
    assert parsed.workgroups == ["AG2"] and not parsed.needs_review, parsed.reasons


def test_a_workgroup_of_this_year_beside_last_years_is_the_choice():
    parsed = parse("Hallo, letztes Jahr war ich in der AG 2, dieses Jahr möchte ich mich für die AG 3 anmelden.")
    assert parsed.workgroups == ["AG3"] and not parsed.needs_review, parsed.reasons


def test_a_cancellation_for_another_day_goes_to_review():
    parsed = parse("Leider müssen wir unsere Anmeldung für die Fortbildung am 24. Februar stornieren.",
                   subject="Stornierung")
    assert parsed.kind == "cancellation" and parsed.needs_review, parsed.reasons


def test_a_reply_to_last_years_invitation_goes_to_review():
    body = ("Mein Mann und ich würden gerne kommen, am liebsten Workshop 2.\n\nViele Grüße\nAnna Beispiel\n\n"
            "Am 20. Jan. 2026 schrieb MSO-Tag <mso-tag@muenster.example>:\n"
            "> Herzlich laden wir Sie ein: Samstag, 14. März 2026, im Rathaus.\n"
            "> Workshop 1: Ehrenamt\n> Workshop 2: Digitales\n")
    parsed = parse_message(mail(body, subject="Re: Einladung zum MSO-Tag 2026", closing="",
                                headers="In-Reply-To: <einladung-2026@muenster.example>\n"), MSO)
    assert parsed.needs_review and any("another year" in r for r in parsed.reasons), parsed.reasons


@pytest.mark.parametrize("body", [
    "Ist der MSO-Tag am 6. oder am 13. März? Wenn es der 6. ist, melde ich mich gleich an.",
    "Is it on the 6th or the 13th? If it is on the 6th, I will register right away.",
])
def test_a_sign_up_that_waits_for_the_day_is_a_question(body):
    parsed = parse(body, subject="MSO-Tag")
    assert parsed.kind == "question" or parsed.needs_review, (parsed.kind, parsed.reasons)
