"""Changes and cancellations in the languages of the vocabulary: moves, new party sizes, cancel words
(plain values, no servers; the sentences are written for this test, in several languages each)."""

from __future__ import annotations

import pytest

from mailbot.parsing import parse_message
from mailbot.parsing.intent import read_intent
from mailbot.parsing.party import party_size
from mailbot.parsing.reading import REPLY_PREFIX_RE

from test_evidence import MSO


def reply(body: str, subject: str = "Re: Anmeldung bestätigt: Tag der Migrantenselbstorganisationen 2027") -> bytes:
    """A reply to one of our confirmations (In-Reply-To names our domain)."""
    return (
        "From: Ana Lima <ana.lima@example.org>\nTo: mso-tag@muenster.example\n"
        f"Subject: {subject}\nMessage-ID: <r1@example.org>\nIn-Reply-To: <mailbot.1@muenster.example>\n"
        "Content-Type: text/plain; charset=utf-8\n\n" + body + "\n\nAna Lima\n"
    ).encode("utf-8")


def new_mail(body: str, subject: str = "MSO-Tag") -> bytes:
    return (
        "From: Ana Lima <ana.lima@example.org>\nTo: mso-tag@muenster.example\n"
        f"Subject: {subject}\nMessage-ID: <n1@example.org>\nContent-Type: text/plain; charset=utf-8\n\n"
        + body + "\n\nAna Lima\n"
    ).encode("utf-8")


@pytest.mark.parametrize("body, group", [
    ("Молим вас да ме пребаците из прве у другу радну групу.", "AG2"),
    ("Kan ni flytta mig från grupp 1 till grupp 3", "AG3"),
    ("Xin chuyển tôi từ nhóm 1 sang nhóm 2.", "AG2"),
    ("من فضلكم انقلوني من المجموعة الأولى إلى المجموعة الثالثة.", "AG3"),
    ("Por favor, cámbienme del grupo 1 al grupo 2.", "AG2"),
    ("Θα ήθελα να αλλάξω ομάδα: από την πρώτη στη δεύτερη.", "AG2"),
])
def test_a_move_from_one_workgroup_to_another_is_a_change(body, group):
    parsed = parse_message(reply(body), MSO)
    assert (parsed.kind, parsed.workgroups, parsed.needs_review) == ("change", [group], False), parsed.reasons


def test_a_question_whether_one_may_move_stays_a_question():
    body = "Ich bin schon für AG 1 angemeldet. Kann man am Nachmittag von der AG 1 in die AG 2 wechseln?"
    assert parse_message(new_mail(body, "Frage zum Ablauf"), MSO).kind == "question"


@pytest.mark.parametrize("body, size", [
    ("سنكون أربعة أشخاص بدلاً من ثلاثة.", 4),
    ("Seremos cuatro personas en lugar de tres.", 4),
    ("Saremo quattro persone invece di tre.", 4),
    ("Bićemo četiri osobe umesto tri.", 4),
    ("Θα είμαστε τέσσερα άτομα αντί για τρία.", 4),
    ("Dört kişi geleceğiz, üç kişi yerine.", 4),
    ("Négy fő helyett öt fő jön.", 5),
    ("Bitte ändern Sie die Zahl der Personen von 3 auf 2.", 2),
    ("لطفاً تعداد نفرات ما را از ۳ به ۲ تغییر دهید.", 2),
    ("Proszę zmienić liczbę osób z 3 na 2.", 2),
    ("Kişi sayısını 3'ten 2'ye değiştirir misiniz?", 2),
])
def test_a_new_number_of_persons_instead_of_the_old_is_a_change_of_the_party(body, size):
    parsed = parse_message(reply(body), MSO)
    assert (parsed.kind, parsed.party_size, parsed.needs_review) == ("change", size, False), parsed.reasons


@pytest.mark.parametrize("text, old, new", [
    ("Bitte die Personenzahl von 4 auf 3 ändern.", 4, 3),
    ("Please change the number of people from three to two.", 3, 2),
    ("Vă rog să modificați numărul de persoane de la 3 la 2.", 3, 2),
    ("نرجو تعديل عدد المشاركين من 3 إلى 2.", 3, 2),
])
def test_the_party_is_the_new_number_of_a_stated_count_change(text, old, new):
    party = party_size(text)
    assert (party.size, party.explicit, party.doubt) == (new, True, None)


@pytest.mark.parametrize("body", [
    "Kaydımı iptal edebilir misiniz?",
    "Xin vui lòng hủy đăng ký của tôi.",
    "Maalesef dört kişilik kaydımızı geri çekmek zorundayız.",
    "Ji kerema xwe qeyda me betal bikin.",
    "Nažalost ne mogu doći. Molim vas, odjavite me.",
    "Bitte nehmen Sie uns von der Liste, wir müssen leider passen.",
])
def test_a_cancellation_whose_object_is_the_registration_is_a_plain_cancellation(body):
    parsed = parse_message(reply(body), MSO)
    assert (parsed.kind, parsed.needs_review) == ("cancellation", False), parsed.reasons


def test_a_sign_up_elsewhere_in_a_cancelling_sentence_still_counts():
    # cancel one and register for another: two requests, for a human
    parsed = parse_message(new_mail("Bitte stornieren Sie AG 1 und melden Sie mich für AG 2 an."), MSO)
    assert parsed.kind == "cancellation" and "cancellation together with another request" in parsed.reasons


def test_the_cancelled_sign_up_word_is_not_a_registration():
    intent = read_intent("Xin vui lòng hủy đăng ký của tôi.")
    assert (intent.cancel, intent.register, intent.cancels_registration) == (True, False, True)


def test_leaving_a_mailing_list_is_no_cancellation():
    assert parse_message(new_mail("Please remove me from your mailing list."), MSO).kind != "cancellation"


def test_cannot_come_next_to_others_who_come_goes_to_review():
    body = ("Unë vetë nuk mund të vij më 13 mars. Por nga shoqata jonë do të vijnë dy anëtarë në grupin e punës 3.")
    parsed = parse_message(new_mail(body, "Regjistrim"), MSO)
    assert parsed.kind != "cancellation" or parsed.needs_review


@pytest.mark.parametrize("body", [
    "Vă rog să mă mutați din grupul 1 la grupul 3.",
    "Tafadhali badilisha kikundi changu.",
])
def test_a_short_reply_with_a_change_word_is_no_thank_you(body):
    parsed = parse_message(reply(body), MSO)
    assert parsed.kind != "other" or parsed.needs_review, parsed


@pytest.mark.parametrize("subject", ["Odg: Anmeldung", "ΑΠ: Anmeldung", "رد: Anmeldung", "回复：报名", "Vá: x", "RES: x", "Отв: x"])
def test_reply_prefixes_of_other_mail_clients(subject):
    assert REPLY_PREFIX_RE.match(subject)


@pytest.mark.parametrize("subject", ["Registration", "Rückfrage: AG 2", "Relais: x", "Responsible: x"])
def test_words_that_only_start_like_a_prefix_are_none(subject):
    assert not REPLY_PREFIX_RE.match(subject)


@pytest.mark.parametrize("body, group", [
    ("Geçen hafta 1. çalışma grubuna kaydolmuştum. Şimdi 3. gruba geçmek istiyorum.", "AG3"),
    ("من قبلاً برای گروه دوم ثبت نام کرده بودم. مرا از گروه دوم به گروه اول تبدیل کنید.", "AG1"),
    ("Бих искала да се прехвърля от третата във втората работна група.", "AG2"),
])
def test_a_registration_told_in_the_past_then_a_move_is_a_change(body, group):
    parsed = parse_message(new_mail(body, "MSO-Tag"), MSO)
    assert (parsed.kind, parsed.workgroups) == ("change", [group]), parsed.reasons


def test_a_past_form_that_starts_like_a_sign_up_word_signs_nobody_up():
    assert not read_intent("Geçen hafta kaydolmuştum.").register
    assert read_intent("Geçen hafta kaydolmuştum, şimdi arkadaşımı da kaydolmak istiyorum.").register


@pytest.mark.parametrize("body, size", [
    ("متأسفانه یکی از دوستانم نمی‌تواند بیاید. لطفاً تعداد نفرات ما را از ۳ به ۲ تغییر دهید.", 2),
    ("Maalesef birimiz gelemeyecek, 2 kişi geleceğiz.", 2),
])
def test_one_of_us_cannot_come_with_the_new_number_is_a_change_of_the_party(body, size):
    parsed = parse_message(reply(body), MSO)
    assert (parsed.kind, parsed.party_size, parsed.needs_review) == ("change", size, False), parsed.reasons


@pytest.mark.parametrize("body", [
    "Uno de nosotros no podrá venir.",
    "Одна из нас не сможет прийти.",
    "Einer von uns kann leider nicht kommen.",
    "للأسف أحد زملائي لن يتمكن من الحضور.",
    "Jedan od nas ne može doći.",
])
def test_one_of_us_cannot_come_without_the_new_number_is_a_change_for_a_human(body):
    # never a cancellation of the whole party, and "uno"/"одна" of "one of us" is no party of one
    parsed = parse_message(reply(body), MSO)
    assert parsed.kind == "change" and parsed.needs_review, parsed


def test_cannot_come_after_telling_of_the_registration_is_a_cancellation():
    body = "من برای ۱۳ مارس در کارگروه ۳ ثبت‌نام کرده بودم. متأسفانه بیمار هستم و نمی‌توانم بیایم."
    parsed = parse_message(new_mail(body, "MSO-Tag"), MSO)
    assert (parsed.kind, parsed.needs_review) == ("cancellation", False), parsed.reasons


# A reply to our confirmation that asks leave for a change names the change it wants: answering it is
# making the change. The sentences are written for this test.
@pytest.mark.parametrize("body, group", [
    ("Kann ich statt in der AG 1 doch in der AG 3 mitmachen?", "AG3"),
    ("Is it possible to switch to group 2 instead?", "AG2"),
    ("Чи можу я перейти до групи 2 замість першої?", "AG2"),
    ("Можно ли мне перейти в группу 3 вместо первой?", "AG3"),
    ("¿Puedo cambiar al grupo 2?", "AG2"),
    ("2. gruba geçebilir miyim?", "AG2"),
    ("Можно ли вместо второй группы записать меня в группу 3?", "AG3"),  # a sign-up word in the move
])
def test_a_reply_asking_whether_it_may_change_is_the_change(body, group):
    parsed = parse_message(reply(body), MSO)
    assert (parsed.kind, parsed.workgroups, parsed.needs_review) == ("change", [group], False), parsed.reasons


@pytest.mark.parametrize("body", [
    "Kann ich die Gruppe noch wechseln?",  # names no workgroup: what to change to is not said
    "Kann ich in die AG 2 wechseln? Und gibt es vor Ort Parkplätze?",  # another question besides
])
def test_a_reply_asking_about_a_change_without_its_target_or_with_other_questions_is_no_change(body):
    parsed = parse_message(reply(body), MSO)
    assert parsed.kind != "change" or parsed.needs_review, (parsed.kind, parsed.reasons)


def test_a_new_mail_asking_whether_one_may_switch_stays_a_question():
    body = "Kann ich am Nachmittag von der AG 1 in die AG 2 wechseln?"
    assert parse_message(new_mail(body, "Frage zum Ablauf"), MSO).kind == "question"


def test_a_party_change_asked_with_a_verb_of_numbers_is_a_change():
    parsed = parse_message(reply("Könnten Sie uns bitte auf 3 Personen hochsetzen? Die Gruppe bleibt gleich."), MSO)
    assert (parsed.kind, parsed.party_size) == ("change", 3), parsed.reasons


def test_cant_come_words_next_to_a_question_are_no_cancellation_acted_on():
    # no cancel word; "nicht … kommen" may mean anything next to a question about the registration
    body = ("Ich habe mich vor zwei Wochen für die AG 2 angemeldet, aber keine Bestätigung bekommen. Stehe ich auf der Liste? "
            "Ich will nicht vergeblich am Samstag kommen.")
    parsed = parse_message(new_mail(body, "Bestätigung?"), MSO)
    assert parsed.kind not in ("cancellation",) or parsed.needs_review, parsed.reasons


@pytest.mark.parametrize("body", [
    "Leider muss meine Kollegin absagen, sie ist krank. Ich komme aber trotzdem, dann eben allein.",
    "Unfortunately my husband has to cancel. I will still come.",
    "Herr Çelik kann leider doch nicht. Bitte streichen Sie ihn von der Liste. Ich komme aber weiterhin, AG 2 bleibt.",
    "My colleague has to cancel, please take her off the list. I'm still coming.",
])
def test_a_cancellation_for_a_companion_while_the_writer_still_comes_is_never_a_cancellation(body):
    parsed = parse_message(reply(body), MSO)
    assert parsed.kind != "cancellation" and parsed.needs_review, (parsed.kind, parsed.reasons)


@pytest.mark.parametrize("body, kind", [
    ("Gibt es eine Übersetzung ins Persische? Wenn es eine gibt, melden wir vier Personen für AG 2 an.", "question"),
    ("Is there childcare on the day? If there is childcare, I will register for group 1 with my son.", "question"),
    ("Falls es Kinderbetreuung gibt, melde ich mich mit meiner Tochter für AG 1 an.", "registration"),
])
def test_a_sign_up_that_waits_for_a_condition_is_not_acted_on(body, kind):
    parsed = parse_message(new_mail(body, "MSO-Tag"), MSO)
    assert parsed.kind == kind and (kind == "question" or parsed.needs_review), (parsed.kind, parsed.reasons)


def test_a_condition_about_room_is_a_second_choice_not_a_condition():
    parsed = parse_message(new_mail("Falls in AG 1 kein Platz mehr ist, melde ich mich für AG 2 an."), MSO)
    assert (parsed.kind, parsed.needs_review) == ("registration", False), parsed.reasons


def test_a_question_asking_leave_for_a_change_about_our_registration_is_the_change():
    # not a reply, but it speaks of the registration that exists
    body = "Zu meiner Anmeldung: Meine Nachbarin möchte mitkommen. Können wir statt 2 Personen 3 Personen sein?"
    parsed = parse_message(new_mail(body, "Anmeldung MSO-Tag"), MSO)
    assert (parsed.kind, parsed.party_size) == ("change", 3), (parsed.kind, parsed.party_size, parsed.reasons)


@pytest.mark.parametrize("body", [
    "As dori sa ma inscriu pentru grupul 2.",  # Romanian typed without ă, î
    "Chcialabym sie zapisac do grupy 2.",  # Polish without ł, ę, ć
])
def test_a_sign_up_typed_without_its_letters_marks_is_read(body):
    parsed = parse_message(new_mail(body), MSO)
    assert (parsed.kind, parsed.workgroups) == ("registration", ["AG2"]), parsed.reasons


@pytest.mark.parametrize("body, size", [
    ("Bir kişi daha eklemek istiyoruz. Böylece 3 kişi olacağız.", 3),
    ("Es kommt noch jemand mit, unser Kassierer. Wir sind dann also drei Personen.", 3),
    ("Я вже зареєструвалася. Чи можна додати ще одну людину? Тобто нас буде двоє.", 2),
])
def test_one_more_person_is_a_change_of_the_party(body, size):
    parsed = parse_message(reply(body), MSO)
    assert (parsed.kind, parsed.party_size) == ("change", size), (parsed.kind, parsed.party_size, parsed.reasons)


def test_a_mail_about_its_registration_that_only_says_who_comes_is_no_new_registration_acted_on():
    body = "Meine Tochter hat an dem Samstag eine Prüfung, ich komme also allein. An meiner Anmeldung ändert sich sonst nichts."
    parsed = parse_message(new_mail(body, "Änderung Anmeldung"), MSO)
    assert parsed.kind != "registration" or parsed.needs_review, (parsed.kind, parsed.reasons)
