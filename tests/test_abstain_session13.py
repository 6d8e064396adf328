"""Abstain first, session 13: classes of mails acted on wrongly at first contact with new writers, or
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




# --- a sign-up that holds only if the event offers something nobody has confirmed yet ----------------------

@pytest.mark.parametrize("body", [
    "Hallo, ich komme gerne mit 2 Kindern zur AG 2, wenn es eine Kinderbetreuung gibt.",
    "Hello, I'd like to sign up for workgroup 3 if there is an interpreter for Arabic.",
    "Buongiorno, vorrei partecipare al gruppo 2 solo se c'è la traduzione in italiano.",
    "Merhaba, tercüman varsa AG 1'e katılmak istiyorum.",
    "Здравствуйте, я приду в группу 1, если будет перевод на русский.",
    "Bonjour, je m'inscris à l'atelier 2 s'il y a une garderie pour ma fille.",
    "Hola, me inscribo al grupo 3 si hay traducción al español.",
    "Ich melde mich für AG 1 an, aber nur wenn ich meinen Sohn mitbringen darf.",
])
def test_a_sign_up_on_a_condition_of_the_event_goes_to_review(body):
    parsed = parse_message(mail(body), MSO)
    assert parsed.needs_review, (parsed.kind, parsed.reasons)
    assert any("on a condition" in r for r in parsed.reasons), parsed.reasons


@pytest.mark.parametrize("body", [
    # the writer's own day: people register like this and cancel if it fails
    "Hallo, ich melde mich für AG 2 an, falls ich an dem Tag frei bekomme.",
    "Hi, please register me for group 1, if my shift allows it I will be there.",
    "Dzień dobry, zapisuję się do grupy 2, jeśli dostanę wolne.",
    # if possible, if that's ok, a second choice, room
    "Hallo, ich möchte mich für AG 2 anmelden, wenn möglich.",
    "Hello, I'd like to register for group 3, if that's ok.",
    "Bonjour, je m'inscris à l'atelier 1, s'il est complet à l'atelier 2.",
    "Hola, me inscribo al grupo 1, y si no hay sitio al grupo 2.",
])
def test_a_proviso_of_ones_own_day_or_a_second_choice_holds_nothing_back(body):
    parsed = parse_message(mail(body), MSO)
    assert parsed.kind == "registration", parsed.reasons
    assert not any("on a condition" in r for r in parsed.reasons), parsed.reasons


# --- "then" after a question: the sign-up waits for the answer ------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo, gibt es vor Ort eine Kinderbetreuung? Dann melde ich mich für AG 2 an.",
    "Bonjour, est-ce que l'entrée est gratuite ? Dans ce cas je m'inscris à l'atelier 2.",
    "Hi, is there a lift in the building? Then I will register for group 3.",
    "Buongiorno, c'è la traduzione? Allora mi iscrivo al gruppo 1.",
])
def test_a_sign_up_after_then_that_follows_a_question_is_a_question(body):
    parsed = parse_message(mail(body), MSO)
    assert parsed.kind == "question", (parsed.kind, parsed.reasons)


@pytest.mark.parametrize("body", [
    "Vielen Dank für die Auskunft. Dann melde ich mich für AG 2 an.",
    "Thank you for the information. Then I will register for group 3.",
])
def test_then_after_no_question_signs_up(body):
    parsed = parse_message(mail(body), MSO)
    assert parsed.kind == "registration", (parsed.kind, parsed.reasons)


# --- a question asked without a question mark ("ich würde gerne wissen, ob …") ----------------------------

@pytest.mark.parametrize("body", [
    "Hallo, ich würde gerne wissen, ob es Parkplätze am Stadtweinhaus gibt.",
    "Hello, I would like to know whether lunch is provided.",
    "Bonjour, je voudrais savoir si la salle est accessible en fauteuil roulant.",
    "Buongiorno, vorrei sapere se c'è un parcheggio vicino.",
    "Здравствуйте, я хотела бы узнать, будет ли перевод.",
])
def test_an_indirect_question_is_a_question(body):
    parsed = parse_message(mail(body, subject="Frage"), MSO)
    assert parsed.kind == "question", (parsed.kind, parsed.reasons)


@pytest.mark.parametrize("body", [
    "Hello, I would come to group 1, but first I need to know if the venue is wheelchair accessible.",
    "Hola, quisiera saber si hay guardería. Me gustaría ir al grupo 2.",
])
def test_an_indirect_question_beside_a_wish_to_come_is_not_acted_on(body):
    parsed = parse_message(mail(body), MSO)
    assert parsed.kind == "question" or parsed.needs_review, (parsed.kind, parsed.reasons)


# --- written for someone without e-mail ----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "hallo ich schreibe für meinen onkel hasan er möchte zur ag 3 kommen, nur er.",
    "Hello, I am writing for my grandmother, she does not have email. She would like to attend group 2.",
    "Merhaba, babam adına yazıyorum, AG 1'e katılmak istiyor.",
    "Dzień dobry, piszę w imieniu mojej mamy, ona nie ma e-maila. Chce przyjść do grupy 2.",
])
def test_a_mail_written_for_someone_else_is_no_sign_up_of_the_writer(body):
    parsed = parse_message(mail(body), MSO)
    assert parsed.needs_review, (parsed.kind, parsed.name, parsed.reasons)
    assert any("someone else" in r for r in parsed.reasons), parsed.reasons


# --- the confirmation to another address --------------------------------------------------------------

@pytest.mark.parametrize("body, closing", [
    ("Poštovani, prijavljujem se za radnu grupu 2. Potvrdu molim pošaljite na moju privatnu adresu "
     "marko.horvat@privat.example.", "\n\nSrdačan pozdrav,\nMarko Horvat\n"),
    ("Dzień dobry, zgłaszam się do grupy 1. Potwierdzenie proszę wysłać na mój prywatny adres "
     "marko.horvat@privat.example.", "\n\nPozdrawiam\nMarko Horvat\n"),
    ("Hallo, ich melde mich für AG 3 an. Bitte die Bestätigung an meine private Adresse "
     "marko.horvat@privat.example.", "\n\nGruß\nMarko Horvat\n"),
])
def test_a_confirmation_to_the_writers_own_other_address_keeps_the_writer(body, closing):
    parsed = parse_message(mail(body, closing=closing, sender="Marko Horvat <m.horvat@firma.example>"), MSO)
    assert parsed.email == "marko.horvat@privat.example"
    assert parsed.name == "Marko Horvat", parsed.name
    assert not parsed.needs_review, parsed.reasons


def test_an_address_in_the_text_that_is_not_answered_goes_to_review():
    body = ("Hallo, ich melde mich für AG 2 an. Mein Kollege kommt auch mit, er ist unter "
            "deniz.kaya@verein.example erreichbar.")
    parsed = parse_message(mail(body), MSO)
    assert parsed.needs_review
    assert any("deniz.kaya@verein.example" in r for r in parsed.reasons), parsed.reasons


@pytest.mark.parametrize("body", [
    "Bonjour, je m'inscris à l'atelier 2. Merci d'envoyer la confirmation à ma collègue Fatou Diop, "
    "fatou.diop@verein.example. Je viendrai seule.",
    "Hallo, ich melde mich für AG 1 an. Bitte schicken Sie die Bestätigung an meine Kollegin Petra Sommer, "
    "petra.sommer@verein.example. Ich komme allein.",
    "Hello, I'd like to register for group 3. Please send the confirmation to our secretary Jane Miller, "
    "jane.miller@verein.example. I will come alone.",
])
def test_a_confirmation_to_a_colleague_when_the_writer_comes_alone_goes_to_review(body):
    parsed = parse_message(mail(body), MSO)
    assert parsed.needs_review, (parsed.name, parsed.email)
    assert any("who comes?" in r for r in parsed.reasons), parsed.reasons


# --- "ab" as "from" (a time) is no "melde mich … ab" -------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo, ich melde mich für AG 2 an, kann aber erst ab 13 Uhr da sein.",
    "Hallo, wir melden uns für AG 1 an, sind aber erst ab Mittag da.",
])
def test_a_sign_up_with_a_time_from_which_is_no_cancellation(body):
    parsed = parse_message(mail(body), MSO)
    assert parsed.kind == "registration", (parsed.kind, parsed.reasons)


@pytest.mark.parametrize("body", [
    "Hallo, hiermit melde ich mich von der AG 2 ab.",
    "Hallo, wir melden uns leider wieder ab.",
])
def test_melde_mich_ab_is_still_a_cancellation(body):
    assert parse_message(mail(body), MSO).kind == "cancellation"


# --- a count said of another year or time --------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo, ich melde mich für AG 1 an. Letztes Jahr waren wir zu fünft, dieses Jahr komme nur ich.",
    "Hello, I'd like to register for group 2. Last year we were 4 people, this time only me.",
    "Merhaba, AG 3'e kaydolmak istiyorum. Geçen yıl 6 kişiydik, bu yıl sadece ben geleceğim.",
])
def test_a_count_of_last_year_is_not_the_party(body):
    parsed = parse_message(mail(body), MSO)
    assert parsed.party_size == 1 or parsed.needs_review, (parsed.party_size, parsed.reasons)
    if parsed.party_size != 1:
        assert any("another time" in r for r in parsed.reasons), parsed.reasons


# --- "no room" in more languages: a second choice after it that was not understood ---------------------------

@pytest.mark.parametrize("body", [
    "سلام، ما در گروه ۲ ثبت نام می‌کنیم. اگر در گروه ۲ جا نبود، همان گروه قبلی هم خوب است.",
    "مرحبا، أريد التسجيل في المجموعة 2، وإذا لم يكن هناك مكان فالمجموعة التي قبلها.",
    "Merhaba, AG 2'ye kaydolmak istiyorum, yer yoksa öncekisi de olur.",
])
def test_a_fallback_after_no_room_not_understood_goes_to_review(body):
    parsed = parse_message(mail(body), MSO)
    assert parsed.needs_review, (parsed.workgroups, parsed.reasons)
    assert any("second choice" in r for r in parsed.reasons), parsed.reasons


# --- a short reply to our mail that says no with regret ------------------------------------------------

@pytest.mark.parametrize("body", ["Leider nein.", "Unfortunately not.", "Maalesef hayır.", "К сожалению, нет.", "Niestety nie."])
def test_a_short_reply_of_regret_to_our_mail_goes_to_review(body):
    parsed = parse_message(mail(body, subject="Re: Erinnerung: MSO-Tag", closing="\n",
                                headers="In-Reply-To: <reminder-1@muenster.example>\n"), MSO)
    assert parsed.needs_review, (parsed.kind, parsed.reasons)


def test_a_short_thank_you_to_our_mail_is_left_alone():
    parsed = parse_message(mail("Vielen Dank, bis dann!", subject="Re: Erinnerung: MSO-Tag", closing="\n",
                                headers="In-Reply-To: <reminder-1@muenster.example>\n"), MSO)
    assert parsed.kind == "other" and not parsed.needs_review, parsed.reasons


# --- a cancellation after which someone of the party comes anyway -------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo, ich muss leider absagen. Mein Mann kommt aber trotzdem.",
    "Hello, I have to cancel my registration. My colleague Sara is still coming.",
    "Merhaba, kaydımı iptal etmek istiyorum. Eşim yine de gelecek.",
    "Bonjour, je dois annuler mon inscription. Mon mari viendra quand même.",
])
def test_a_cancellation_after_which_someone_comes_anyway_goes_to_review(body):
    parsed = parse_message(mail(body, subject="Absage"), MSO)
    assert parsed.needs_review, (parsed.kind, parsed.reasons)
    assert any("someone comes" in r for r in parsed.reasons), parsed.reasons


@pytest.mark.parametrize("body", [
    "Hallo, wir müssen leider absagen, trotzdem vielen Dank für die Einladung.",
    "Hallo, ich muss meine Anmeldung leider stornieren. Dennoch alles Gute für die Veranstaltung!",
])
def test_a_cancellation_with_thanks_anyway_stays_a_cancellation(body):
    parsed = parse_message(mail(body, subject="Absage"), MSO)
    assert parsed.kind == "cancellation" and not any("someone comes" in r for r in parsed.reasons), parsed.reasons


# --- a reply to our mail that changes the count, in words the reader does not place ---------------------------

@pytest.mark.parametrize("body", [
    "Hallo, wir sind doch 2 Personen mehr.",
    "Здравствуйте, нас будет на одного человека больше.",
    "Добрий день, нас буде на одну особу більше.",
])
def test_a_short_reply_with_a_count_is_no_thank_you(body):
    parsed = parse_message(mail(body, subject="Re: Ihre Anmeldung zum MSO-Tag", closing="\n",
                                headers="In-Reply-To: <confirmation-7@muenster.example>\n"), MSO)
    assert parsed.needs_review or parsed.kind == "change", (parsed.kind, parsed.reasons)


# --- a signature: a name that ends like a council ("Murat"), an office line under it -------------------------

@pytest.mark.parametrize("closing, name, organisation", [
    ("\n\nSaygılarımla\nMurat Öztürk\nMünster Alevi Kültür Merkezi e.V.\nYönetim Kurulu Başkanı\n",
     "Murat Öztürk", "Münster Alevi Kültür Merkezi e.V."),
    ("\n\nViele Grüße\nBerat Kaya\nKulturverein Anadolu e.V.\nVorstandsvorsitzender\n",
     "Berat Kaya", "Kulturverein Anadolu e.V."),
])
def test_a_name_ending_in_rat_is_a_name_and_an_office_line_is_none(closing, name, organisation):
    parsed = parse_message(mail("Hallo, ich melde mich für AG 2 an.", closing=closing,
                                sender="Info <info@verein.example>"), MSO)
    assert (parsed.name, parsed.organisation) == (name, organisation), parsed


def test_a_council_is_still_an_organisation():
    parsed = parse_message(mail("Hallo, ich melde mich für AG 2 an.",
                                closing="\n\nViele Grüße\nAnna Beispiel\nIntegrationsrat Münster\n"), MSO)
    assert parsed.organisation == "Integrationsrat Münster", parsed


@pytest.mark.parametrize("body", [
    "İyi akşamlar, derneğimizin üyesi Ramazan Bey e-posta kullanmıyor, AG 3'e katılmak istiyor.",
    "Hallo, mein Onkel nutzt keine E-Mail, er möchte zur AG 1 kommen.",
    "Hello, my father doesn't use email, he would like to join group 2.",
])
def test_someone_who_uses_no_email_is_registered_by_another(body):
    parsed = parse_message(mail(body), MSO)
    assert parsed.needs_review and any("someone else" in r for r in parsed.reasons), parsed.reasons


@pytest.mark.parametrize("body", [
    "Hallo, mein Onkel nutzt keine E-Mail, er möchte zur AG 1 kommen.",
    "Hallo, ich kann nicht den ganzen Tag bleiben, aber zur AG 2 kommen.",
])
def test_a_not_in_one_clause_and_coming_in_the_next_is_no_cancellation(body):
    parsed = parse_message(mail(body), MSO)
    assert parsed.kind != "cancellation", (parsed.kind, parsed.reasons)


@pytest.mark.parametrize("body", [
    "سلام، من و همسرم در گروه ۳ شرکت می‌کنیم. اگر مهد کودک باشد بچه‌ها را هم می‌آوریم.",
    "Merhaba, AG 1'e kaydolmak istiyorum. Eşim de gelmek istiyor ama henüz emin değil.",
])
def test_a_companion_on_a_condition_or_unsure_is_not_booked(body):
    parsed = parse_message(mail(body), MSO)
    assert parsed.needs_review, (parsed.party_size, parsed.reasons)


# --- the greeting ends at an Arabic comma or "!" too: the message after it is read ----------------------------

@pytest.mark.parametrize("body, kind", [
    ("مرحبا، للأسف لن أتمكن من الحضور.", "cancellation"),
    ("سلام، متاسفانه نمی‌توانم بیایم.", "cancellation"),
    ("Hallo! Ich melde mich für AG 2 an.", "registration"),
])
def test_a_greeting_on_the_line_of_the_message_drops_only_the_greeting(body, kind):
    parsed = parse_message(mail(body, subject="MSO-Tag", closing="\n"), MSO)
    assert parsed.kind == kind, (parsed.kind, parsed.reasons)


# --- cancellations in more words; a part of the day taken back is no cancellation of the place ---------------

@pytest.mark.parametrize("body", [
    "Hello, something came up and I won't make it on the 13th. Sorry!",
    "Hola, al final no voy a poder ir, lo siento mucho.",
    "Dzień dobry, niestety nie dam rady przyjść.",
    "Ciao, purtroppo non riesco a venire.",
    "Hallo, bitte meine Anmeldung löschen.",
])
def test_a_cancellation_in_everyday_words_is_read(body):
    assert parse_message(mail(body, subject="MSO-Tag"), MSO).kind == "cancellation"


@pytest.mark.parametrize("body", [
    "Ciao, non posso venire alla mattina, ma nel pomeriggio sì, gruppo 2.",
    "Hi, we won't make it to the morning part, but we'll be there for the workgroups.",
    "Hallo, am Vormittag kann ich leider nicht kommen.",
])
def test_a_part_of_the_day_taken_back_goes_to_review(body):
    parsed = parse_message(mail(body, subject="MSO-Tag"), MSO)
    assert parsed.kind != "cancellation" or parsed.needs_review, parsed.reasons


@pytest.mark.parametrize("body", [
    "Hallo, die Schicht wurde verlängert, daher kann ich auch vormittags nicht kommen. Ich sage ab.",
    "Hello, I have a court hearing that morning, so unfortunately I have to cancel my registration.",
])
def test_a_part_of_the_day_in_the_reason_for_cancelling_keeps_the_cancellation(body):
    parsed = parse_message(mail(body, subject="Absage"), MSO)
    assert parsed.kind == "cancellation" and not any("part of the day" in r for r in parsed.reasons), parsed.reasons
