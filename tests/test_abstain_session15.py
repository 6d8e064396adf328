"""Abstain first, then read more, session 15: classes of mails acted on wrongly at first contact with new
writers, or found by probing everyday sentences.

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

# an event whose workgroups are labelled by letters ("A – Montag vormittag")
LETTERS = workgroup_rows([
    ("A", "Sprachmittlung im Alltag", '"Sprachmittlung"'),
    ("B", "Anerkennung von Abschlüssen", '"Anerkennung"'),
    ("C", "Eltern stärken", '"Elternarbeit"'),
    ("D", "Wohnungssuche und Mietrecht", '"Wohnen"'),
], label="{id} – Workshop {n}")


@pytest.fixture(scope="module")
def letters(tmp_path_factory):
    return event_config(tmp_path_factory.mktemp("letters"), LETTERS)


def parse(body: str, config=MSO, subject: str = "Anmeldung", closing: str | None = None):
    return parse_message(mail(body, subject=subject, **({"closing": closing} if closing is not None else {})), config)


# --- a subject read for want of a workgroup in the text: what it names that was not read -------------------

@pytest.mark.parametrize("subject", [
    "Anmeldung A + C",
    "Kayıt: D, 3 kişi",
    "Registration - B",
    "Inscription : C et D",
    "Запись: B",
])
def test_a_workgroup_letter_in_the_subject_not_read_goes_to_review(letters, subject):
    parsed = parse("\n\nVon meinem iPhone gesendet", letters, subject=subject, closing="\n")
    assert parsed.workgroups == [] and parsed.needs_review, (parsed.workgroups, parsed.reasons)
    assert any("in the subject" in r for r in parsed.reasons), parsed.reasons


@pytest.mark.parametrize("subject, wg", [
    ("Anmeldung Workshop B", ["B"]),
    ("Anmeldung – Elternarbeit", ["C"]),
])
def test_a_workgroup_the_subject_names_in_words_the_reader_knows_is_read(letters, subject, wg):
    parsed = parse("Hallo, ich melde mich an.", letters, subject=subject)
    assert parsed.workgroups == wg and not parsed.needs_review, parsed.reasons


@pytest.mark.parametrize("subject", ["Anmeldung – 8 Personen", "Anmeldung für 3 Personen"])
def test_a_count_in_the_subject_is_read_there_whatever_the_text_counts(subject):
    n = subject.split()[-2]
    parsed = parse(f"Hallo, wir möchten gern mit {n} Leuten kommen, welche AG ist uns egal.", subject=subject)
    assert parsed.party_size == int(n) and not parsed.needs_review, parsed.reasons


# --- a cancellation that says someone of the party still comes "as registered" ----------------------------

@pytest.mark.parametrize("body", [
    "ich muss leider absagen, ich bin krank. Mein Kollege kommt aber wie angemeldet. Bitte nur mich streichen.",
    "I have to cancel, I'm ill. My colleague will come as registered, please only remove me.",
    "Je dois annuler, je suis malade. Mon collègue vient comme convenu.",
    "К сожалению, я должна отменить участие. Мой коллега придёт, как и планировалось.",
    "Maalesef katılımımı iptal etmem gerekiyor. Meslektaşım kayıtlı olduğu gibi gelecek.",
    "للأسف يجب أن ألغي مشاركتي. زميلي سيأتي كما اتفقنا.",
])
def test_a_cancellation_that_says_someone_comes_as_registered_goes_to_review(body):
    parsed = parse(body)
    assert parsed.needs_review and any("someone comes" in r for r in parsed.reasons), (parsed.kind, parsed.reasons)


# --- "take me off the list", also asked as a question ---------------------------------------------------

@pytest.mark.parametrize("body", [
    "Könnten Sie mich bitte wieder von der Liste nehmen? Ich habe an dem Tag eine Prüfung.",
    "Pourriez-vous me retirer de la liste ? J'ai un examen ce jour-là.",
    "Lütfen beni listeden çıkarın, o gün sınavım var.",
    "¿Podrían borrarme de la lista? Tengo un examen ese día.",
    "Potete togliermi dalla lista? Ho un esame quel giorno.",
    "Proszę mnie skreślić z listy, mam tego dnia egzamin.",
    "أرجو حذف اسمي من القائمة، لدي امتحان في ذلك اليوم.",
])
def test_take_me_off_the_list_is_a_cancellation(body):
    parsed = parse(body)
    assert parsed.kind == "cancellation", (parsed.kind, parsed.reasons)


# --- a polite request asked as a question is a request --------------------------------------------------

@pytest.mark.parametrize("body", [
    "Potreste iscrivermi al gruppo di lavoro 2?",
    "Poderiam inscrever-me no grupo de trabalho 2?",
    "Ați putea să mă înscrieți la grupa de lucru 2?",
    "Možete li me prijaviti za radnu grupu 2?",
    "A mund të më regjistroni në grupin e punës 2?",
    "Vui lòng đăng ký cho tôi vào nhóm làm việc 2?",
])
def test_could_you_register_me_is_a_registration_in_more_languages(body):
    parsed = parse(body)
    assert parsed.kind == "registration" and parsed.workgroups == ["AG2"], (parsed.kind, parsed.reasons)


@pytest.mark.parametrize("body", [
    "Potreste dirmi se il gruppo 2 è in italiano?",
    "Podem dizer-me onde fica a sala?",
    "Možete li mi reći gdje je sala?",
])
def test_could_you_tell_me_stays_a_question(body):
    assert parse(body).kind == "question"


@pytest.mark.parametrize("body", [
    "Je dois malheureusement annuler mon inscription, je suis malade.",
    "Bonjour, je dois annuler ma participation au groupe 2.",
])
def test_je_dois_is_no_number(body):
    parsed = parse(body)
    assert parsed.kind == "cancellation" and not parsed.needs_review, parsed.reasons


# --- asked to be told whether one can still sign up: a question, not a sign-up -------------------------

@pytest.mark.parametrize("body", [
    "Können Sie mir sagen, ob ich mich noch für AG 2 anmelden kann?",
    "Could you let me know whether I can still register for workgroup 2?",
    "Potete dirmi se posso ancora iscrivermi al gruppo 2?",
    "Podem dizer-me se ainda me posso inscrever no grupo 2?",
    "Možete li mi reći mogu li se još prijaviti za grupu 2?",
    "Pourriez-vous me dire si je peux encore m'inscrire au groupe 2 ?",
    "Подскажите, пожалуйста, можно ли ещё записаться в группу 2?",
])
def test_tell_me_whether_i_can_register_is_a_question(body):
    parsed = parse(body)
    assert parsed.kind == "question", (parsed.kind, parsed.workgroups, parsed.reasons)


@pytest.mark.parametrize("body", [
    "Könnten Sie mich bitte für AG 2 anmelden?",
    "Could you please register me for workgroup 2?",
    "Pourriez-vous m'inscrire au groupe 2 ?",
])
def test_could_you_register_me_stays_a_registration(body):
    parsed = parse(body)
    assert parsed.kind == "registration" and parsed.workgroups == ["AG2"], (parsed.kind, parsed.reasons)


# --- a person's mail that fits no kind but speaks of the event is read by a human --------------------------

@pytest.mark.parametrize("body", [
    "Dobryi den, na zhal ja ne zmozhu pryity 13.03, mene vidpravliaiut u vidriadzhennia.",
    "Moin, dat wird bei mi nix am 13. März, de Fraue hätt Geburtstag.",
    "Asc, waan ka xumahay, mana iman karo 13-ka March. Mahadsanid.",
])
def test_a_mail_that_names_the_events_day_is_never_left_as_other(body):
    parsed = parse(body, subject="MSO")
    assert parsed.needs_review, (parsed.kind, parsed.reasons)


@pytest.mark.parametrize("subject", [
    "Absage Ahmad Rahimi wir kommen nicht leider krank",
    "Abmeldung",
    "Cancellation - sorry",
])
def test_a_subject_that_cancels_over_an_empty_text_goes_to_review(subject):
    parsed = parse("\n\nGesendet von meinem Smartphone.", subject=subject, closing="\n")
    assert parsed.kind == "cancellation" or parsed.needs_review, (parsed.kind, parsed.reasons)


def test_a_thank_you_that_names_no_day_stays_other():
    parsed = parse("Vielen Dank für die Blumen, bis bald!", subject="Danke")
    assert parsed.kind == "other" and not parsed.needs_review, parsed.reasons


@pytest.mark.parametrize("body", [
    "Din păcate nu mai pot veni. Vă rog să mă ștergeți de pe listă.",
    "Samahani sana. Tafadhali futeni usajili wetu wote.",
    "Waan ka xumahay, laakiin waan iska baajinayaa diiwaangelinta.",
    "Leider hat mein Sohn an dem Tag ein Turnier. Bitte nehmen Sie ihn wieder von der Liste.",
])
def test_take_us_off_in_thinner_languages_is_a_cancellation(body):
    assert parse(body).kind == "cancellation"


# --- a postscript under the signature is the writer's words ---------------------------------------------

@pytest.mark.parametrize("body, closing", [
    ("Hallo, ich melde mich für AG 2 an. Ich komme allein.", "\n\nViele Grüße\nAnna Beispiel\n\nP.S. Mein Mann kommt doch mit, wir sind also zu zweit.\n"),
    ("Hello, I'd like to register for workgroup 2.", "\n\nBest,\nAnna Beispiel\n\nPS: My colleague Tom is coming along too, so two of us.\n"),
    ("Merhaba, AG 2'ye kaydolmak istiyorum.", "\n\nSaygılarımla\nAnna Beispiel\n\nNot: Eşim de gelmek istiyor, yani 2 kişi olacağız.\n"),
    ("Здравствуйте, хочу записаться в группу 2. Приду одна.", "\n\nСпасибо,\nАнна\n\nP.S. Муж тоже хочет пойти, так что нас будет двое.\n"),
])
def test_a_postscript_that_adds_a_person_is_read(body, closing):
    parsed = parse_message(mail(body, closing=closing), MSO)
    assert parsed.party_size == 2 or parsed.needs_review, (parsed.party_size, parsed.reasons)


def test_a_signature_without_a_postscript_stays_a_signature():
    parsed = parse_message(mail("Hallo, ich melde mich für AG 2 an.",
                                closing="\n\nViele Grüße\nAnna Beispiel\nPSV Münster e.V.\n"), MSO)
    assert parsed.party_size == 1 and parsed.workgroups == ["AG2"] and not parsed.needs_review, parsed.reasons


# --- a change written under a colleague's mail to us --------------------------------------------------

def test_a_change_under_a_colleagues_mail_goes_to_review():
    body = ("Hallo zusammen,\n\nkleine Korrektur zu Aylins Mail: wir gehen in die AG 1, nicht in die AG 2.\n\n"
            "Viele Grüße\nJana Wiebking\n\n-----Ursprüngliche Nachricht-----\n"
            "Von: Çelik, Aylin <a.celik@treff.example>\nGesendet: Montag, 19. Juli 2027 09:14\n"
            "An: mso-tag@muenster.example\nBetreff: Anmeldung\n\nWir melden uns für die AG 2 an.\n\nAylin Çelik\n")
    parsed = parse_message(mail(body, subject="AW: Anmeldung", closing="",
                                sender="Jana Wiebking <j.wiebking@treff.example>"), MSO)
    assert parsed.needs_review and any("another address" in r for r in parsed.reasons), (parsed.kind, parsed.reasons)


def test_a_change_under_the_writers_own_mail_is_not_flagged_as_someone_elses():
    body = ("Hallo,\n\nkleine Korrektur: ich gehe doch lieber in die AG 1 statt in die AG 2.\n\nViele Grüße\nAnna Beispiel\n\n"
            "-----Ursprüngliche Nachricht-----\nVon: Anna Beispiel <anna@beispiel.example>\n"
            "Gesendet: Montag, 19. Juli 2027 09:14\nAn: mso-tag@muenster.example\nBetreff: Anmeldung\n\n"
            "Ich melde mich für die AG 2 an.\n")
    parsed = parse_message(mail(body, subject="AW: Anmeldung", closing=""), MSO)
    assert not any("another address" in r for r in parsed.reasons), parsed.reasons


# --- a reply to our confirmation that speaks of the registration made and signs up again ----------------

@pytest.mark.parametrize("body", [
    "Hallo nochmal, ich hatte mich ja nur für den Vormittag angemeldet. Könnten Sie mich bitte noch für die AG 1 eintragen?",
    "Hello again, I had registered for the morning only. Could you please sign me up for workgroup 1 as well?",
])
def test_a_reply_to_our_confirmation_that_signs_up_again_goes_to_review(body):
    parsed = parse_message(mail(body, subject="Re: Anmeldebestätigung",
                                headers="In-Reply-To: <mailbot.20270119203307.f28a@muenster.example>\n"), MSO)
    assert parsed.needs_review, (parsed.kind, parsed.reasons)


def test_a_reply_that_signs_up_with_schon_mal_is_no_earlier_registration():
    parsed = parse_message(mail("Hallo, falls ich frei bekomme, komme ich gerne. Tragen Sie mich bitte schon mal ein, "
                                "AG 3 wäre mein Wunsch.", subject="AW: Einladung",
                                headers="In-Reply-To: <einladung-2027.0108@muenster.example>\n"), MSO)
    assert not any("signs up again" in r for r in parsed.reasons), parsed.reasons


# --- counts and companions in thinner languages -----------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Dobrý den, přihlašujeme se do pracovní skupiny 2. Budeme tři.",
    "Dobrý deň, prihlasujeme sa do pracovnej skupiny 2. Budeme traja.",
    "Pozdrav, prijavljujemo se za radnu grupu 2. Bit ćemo troje.",
    "Laba diena, registruojamės į darbo grupę 2. Būsime trise.",
    "გამარჯობა, ვრეგისტრირდებით სამუშაო ჯგუფში 2. ვიქნებით სამნი.",
    "Habari, tunajiandikisha kwa kikundi cha kazi 2. Tutakuwa watu watatu.",
])
def test_we_will_be_three_is_three_in_more_languages(body):
    parsed = parse(body)
    assert parsed.party_size == 3 and parsed.workgroups == ["AG2"], (parsed.party_size, parsed.reasons)


@pytest.mark.parametrize("body", [
    "Բարև Ձեզ, գրանցվում եմ աշխատանքային խումբ 2-ում իմ գործընկերոջ հետ։",
    "Pozdravljeni, prijavljam se v delovno skupino 2 skupaj s sodelavko.",
])
def test_a_colleague_in_armenian_and_slovenian_is_not_left_uncounted(body):
    parsed = parse(body)
    assert parsed.party_size == 2 or parsed.needs_review, (parsed.party_size, parsed.reasons)


# --- a part of the day and no workgroup --------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Bonjour, je m'inscris, mais je viendrai seulement le matin, pas aux ateliers.",
    "Hallo, ich melde mich an, komme aber nur vormittags.",
    "Hello, please register me, I can only come in the morning.",
    "Merhaba, kaydolmak istiyorum, sadece sabah gelebilirim.",
    "Здравствуйте, хочу записаться, буду только на утренней части.",
])
def test_a_sign_up_for_part_of_the_day_without_a_workgroup_goes_to_review(body):
    parsed = parse(body)
    assert parsed.kind == "registration" and parsed.workgroups == [] and parsed.needs_review, parsed.reasons


def test_the_whole_day_without_a_workgroup_is_placed_by_the_rules():
    parsed = parse("Hallo, ich melde mich an und bleibe den ganzen Tag.")
    assert parsed.kind == "registration" and not parsed.needs_review, parsed.reasons


def test_an_if_so_inside_the_question_holds_no_sign_up_back():
    parsed = parse("ich melde mich für die AG 1 an. Können Sie mir sagen, ob es Kinderbetreuung gibt, und wenn ja, "
                   "bis wann ich mein Kind anmelden muss?")
    assert parsed.kind == "registration" and parsed.workgroups == ["AG1"], (parsed.kind, parsed.reasons)
    parsed = parse("Gibt es Kinderbetreuung? Wenn ja, melde ich mich für AG 1 an.")
    assert parsed.kind == "question", (parsed.kind, parsed.reasons)


def test_an_address_in_the_writers_own_signature_is_no_quoted_writer():
    body = ("Hallo,\n\nbitte ändern Sie meine Anmeldung: statt AG 1 lieber AG 2.\n\nViele Grüße\nAnna Beispiel\n"
            "Kulturverein Beispiel e.V.\nE-Mail: info@kulturverein.example\n\n"
            "Am 19.01.2027 schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:\n> Ihre Anmeldung: AG 1\n")
    parsed = parse_message(mail(body, subject="Re: Anmeldebestätigung", closing=""), MSO)
    assert parsed.kind == "change" and parsed.workgroups == ["AG2"], (parsed.kind, parsed.reasons)
    assert not any("another address" in r for r in parsed.reasons), parsed.reasons
