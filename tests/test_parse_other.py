"""A person's mail that fits no kind is "other" and is never answered: it must not hide a registration.

"Other" mails land among the ignored ones. When such a mail still shows it is about the event
(a workgroup or a number of persons the reader understood, a subject asking to register) or is
written in a language whose words mailbot does not have, it goes to review with a reason; a
plain thank-you or a mail about something else stays "other" without review.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.config import load_config
from mailbot.parsing import parse_message

MSO = load_config(Path(__file__).parent.parent / "config.toml")


def mail(body: str, subject: str = "Hallo", sender: str = "Anna Beispiel <anna@beispiel.example>") -> bytes:
    return (
        f"From: {sender}\nTo: mso-tag@muenster.example\nSubject: {subject}\nMessage-ID: <o@beispiel.example>\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    ).encode()


def test_a_workgroup_in_a_mail_of_no_kind_goes_to_review_naming_it():
    p = parse_message(mail("Hallo,\n\ndie AG 2 fanden wir letztes Jahr schon spannend.\n\nGruß\nAnna Berg"), MSO)
    assert p.kind == "other" and p.needs_review
    # (a workgroup of last year is no choice: the reason names it as written)
    assert any("names AG2" in r or "names a workgroup ('AG 2'" in r for r in p.reasons), p.reasons


def test_a_subject_asking_to_register_over_a_text_not_understood_goes_to_review():
    p = parse_message(mail("Moin,\n\nwir sind wieder am Start, dat wird jovel.\n\nEnzo", subject="Tag der MSO anmelden"), MSO)
    assert p.kind == "other" and p.needs_review
    assert any("subject speaks of registering" in r for r in p.reasons)


def test_a_reply_to_our_confirmation_saying_thanks_stays_other_without_review():
    p = parse_message(mail("Vielen Dank, alles klar!\n\nAnna", subject="Re: Ihre Anmeldung zum MSO-Tag"), MSO)
    assert p.kind == "other" and not p.needs_review


def test_a_mail_in_a_language_without_vocabulary_goes_to_review_naming_the_language():
    # Thai: a script that names its language; mailbot has no Thai words, so it cannot tell
    # a registration from anything else and must not drop the mail among the ignored ones
    # (Hindi was the example until it had its file)
    body = "สวัสดีครับ\n\nพวกเราสามคนอยากเข้าร่วม ขอบคุณครับ\n\nสมชาย"
    p = parse_message(mail(body, subject="MSO"), MSO)
    assert p.kind in ("other", "registration") and p.needs_review
    assert any("'th'" in r for r in p.reasons)


def test_an_unrelated_mail_in_a_covered_language_stays_other_without_review():
    body = "Hallo zusammen,\n\nder Hof wird am Samstag gefegt, bitte die Fahrräder wegstellen.\n\nHausverwaltung"
    p = parse_message(mail(body, subject="Hof"), MSO)
    assert p.kind == "other" and not p.needs_review


@pytest.mark.parametrize("body", [
    "Leider kann ich am 13. März nicht zum Tag der Migrantenselbstorganisationen kommen.",
    "Dzień dobry, niestety nie przyjdę na spotkanie.",
    "Je ne pourrai malheureusement pas venir à la journée.",
    "Ich werde leider nicht am Tag der Migrantenselbstorganisationen teilnehmen können.",
])
def test_not_coming_in_words_longer_than_the_withdrawal_phrases_goes_to_review(body):
    # the can't-come phrases have short windows; a long event name or an adverb between the words
    # left these "other" without review: a cancellation nobody would have seen
    p = parse_message(mail(f"Guten Tag,\n\n{body}\n\nAnna Beispiel"), MSO)
    assert p.needs_review and p.kind in ("other", "cancellation")
    if p.kind == "other":
        assert any("does not come" in r for r in p.reasons)


def reply(body: str) -> bytes:
    return (
        "From: Anna Beispiel <anna@beispiel.example>\nTo: mso-tag@muenster.example\n"
        "Subject: Re: Anmeldung bestätigt\nMessage-ID: <r@beispiel.example>\n"
        "In-Reply-To: <confirm.1@muenster.example>\nReferences: <confirm.1@muenster.example>\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    ).encode()


def test_a_reply_to_our_mail_with_a_negation_goes_to_review():
    p = parse_message(reply("Klappt bei uns am Samstag doch nicht, sorry!\nAnna"), MSO)
    assert p.kind == "other" and p.needs_review
    assert any("reply to our mail that was not understood" in r for r in p.reasons)


def test_a_longer_reply_to_our_mail_goes_to_review_in_any_language():
    body = ("Hallo, das wird diesmal leider nichts, am selben Tag ist das Sommerfest vom Verein und da "
            "brauchen wir alle Hände. Beim nächsten Mal gern.\nAnna")
    p = parse_message(reply(body), MSO)
    assert p.kind == "other" and p.needs_review


def test_we_have_to_pass_in_a_reply_to_our_mail_is_a_cancellation():
    # "wir müssen diesmal passen" was once a word the reader did not know (review); now it is a can't-come
    body = ("Hallo, wir müssen diesmal passen, am selben Tag ist das Sommerfest vom Verein und da "
            "brauchen wir alle Hände. Beim nächsten Mal gern.\nAnna")
    assert parse_message(reply(body), MSO).kind == "cancellation"


def test_a_short_thank_you_to_our_mail_stays_other_without_review():
    p = parse_message(reply("Vielen Dank, bis dann!\nAnna"), MSO)
    assert p.kind == "other" and not p.needs_review


def form_mail(message: str, extra: str = "") -> bytes:
    return (
        "From: Stadtportal <noreply@portal.example>\nReply-To: Kemal Aydin <kemal@verein.example>\n"
        f"To: mso-tag@muenster.example\nSubject: Kontaktformular: MSO-Tag\nMessage-ID: <f@portal.example>\n{extra}"
        "Content-Type: text/plain; charset=utf-8\n\n"
        "Über das Kontaktformular wurde Ihnen eine Nachricht geschickt.\n\nName: Kemal Aydin\n"
        f"E-Mail: kemal@verein.example\n\nNachricht:\n{message}\n\n"
        "Sie können direkt auf diese E-Mail antworten, um dem Absender zu antworten.\n"
    ).encode()


def test_a_contact_form_mail_is_read_as_the_person_in_reply_to_but_for_review():
    p = parse_message(form_mail("Ich möchte mich für die AG 2 anmelden, wir kommen zu zweit."), MSO)
    assert (p.kind, p.workgroups, p.party_size, p.email) == ("registration", ["AG2"], 2, "kemal@verein.example")
    assert p.needs_review and any("web form" in r for r in p.reasons)


def test_a_newsletter_from_a_no_reply_sender_stays_machine_mail():
    p = parse_message(form_mail("Jetzt anmelden für AG 2!", extra="List-Unsubscribe: <https://portal.example/u>\n"), MSO)
    assert p.kind == "other"


# --- "can't come" and empty own text: what must be tied to this event before it is acted on ------


def test_cannot_come_to_something_else_is_not_a_cancellation_acted_on():
    body = ("Sehr geehrte Frau Kaya,\n\nmeine Tochter kann heute leider nicht zum Training kommen, sie ist "
            "erkältet.\n\nViele Grüße\nMelek Arslan")
    p = parse_message(mail(body, subject="Training heute"), MSO)
    assert p.needs_review and any("nothing ties it to this event" in r for r in p.reasons)


def test_cannot_come_under_a_subject_of_ours_is_a_plain_cancellation():
    p = parse_message(mail("Ich kann leider doch nicht kommen.\n\nGrüße\nMelek Arslan", subject="Absage"), MSO)
    assert (p.kind, p.needs_review) == ("cancellation", False)


def test_cannot_come_naming_the_event_is_a_plain_cancellation():
    body = "Hallo,\n\nzum Tag der Migrantenselbstorganisationen kann ich leider nicht kommen.\n\nMelek Arslan"
    p = parse_message(mail(body, subject="Samstag"), MSO)
    assert (p.kind, p.needs_review) == ("cancellation", False)


def test_a_registration_read_from_the_subject_over_a_text_taken_for_a_forward_goes_to_review():
    # a form that starts its body like a forwarded header block: the splitter keeps nothing as own text
    body = ("Von: Heike Brandt <heike@verein.example>\nBetreff: Anmeldung\n\nVerein: Hospizverein\n"
            "Arbeitsgruppe: AG 3\nPersonen: 1\n")
    p = parse_message(mail(body, subject="Anmeldung MSO-Tag"), MSO)
    assert (p.kind, p.text.strip()) == ("registration", "")
    assert p.needs_review and any("own text is empty" in r for r in p.reasons)


# --- a negation next to a word of coming: someone, or everyone, may not come -------------------


@pytest.mark.parametrize("body", [
    "Dear organisers,\n\nnone of the three of us will be able to join AG 2 this time, sorry.\n\nKind regards\nAnna Berg",
    "Добрый день,\n\nмы записаны на AG 2 вдвоём, но моя коллега не сможет прийти.\n\nАнна Берг",
    "Hallo,\n\nich melde mich für AG 1 an, meine Kollegin kommt leider nicht mit.\n\nGruß\nAnna Berg",
])
def test_a_registration_or_change_that_says_someone_does_not_come_goes_to_review(body):
    p = parse_message(mail(body, subject="MSO-Tag"), MSO)
    assert p.kind != "registration" or p.needs_review
    if p.kind in ("registration", "change"):
        assert any("does not come" in r or "withdraw" in r for r in p.reasons)


def test_a_plain_registration_with_companions_is_not_flagged_for_coming():
    p = parse_message(mail("Hallo,\n\nich melde mich für AG 1 an, meine Kollegin kommt mit.\n\nGruß\nAnna Berg",
                           subject="Anmeldung"), MSO)
    assert (p.kind, p.workgroups, p.party_size, p.needs_review) == ("registration", ["AG1"], 2, False)


@pytest.mark.parametrize("body, name", [
    ("Hallo,\n\nhiermit melde ich unseren Vorsitzenden Herrn Cem Aydın für die AG 2 an. Ich selbst kann "
     "leider nicht kommen.\n\nGruß\nAnna Berg", "Cem Aydın"),
    ("Dear team,\n\nI would like to register our chair, Ms Grace Mensah, for workgroup 3. I will not attend "
     "myself.\n\nBest\nAnna Berg", "Grace Mensah"),
])
def test_the_writer_who_registers_someone_else_may_say_they_stay_away_themselves(body, name):
    p = parse_message(mail(body, subject="Anmeldung MSO-Tag"), MSO)
    assert (p.kind, p.name, p.party_size) == ("registration", name, 1)
    assert not any("does not come" in r for r in p.reasons), p.reasons


def test_the_writer_staying_away_is_still_flagged_when_nobody_else_is_registered():
    # "Ich selbst" without another person to register: the mail may take the writer's own sign-up back
    body = "Hallo,\n\nich bin für die AG 2 angemeldet. Ich selbst kann leider nicht kommen.\n\nGruß\nAnna Berg"
    p = parse_message(mail(body, subject="MSO-Tag"), MSO)
    assert p.kind != "registration" or p.needs_review


def test_kurdish_in_arabic_letters_is_read_with_the_sorani_words():
    # Sorani is detected as "ku" (its own letters); ku.toml has its words in Arabic letters beside the Kurmanji
    # ones. "I can't come" with nothing that ties it to this event still goes to review
    body = "سڵاو،\n\nببورن، بەداخەوە ناتوانم بێم. تکایە ناوەکەم لە لیستەکە بسڕنەوە.\n\nهێمن"
    p = parse_message(mail(body, subject="MSO"), MSO)
    assert p.language == "ku" and p.needs_review and any("nothing ties it to this event" in r for r in p.reasons)
    body = "سڵاو، دەمەوێت لە گرووپی دووەم خۆم تۆمار بکەم. ئێمە سێ کەس دێین.\n\nهێمن"
    p = parse_message(mail(body, subject="MSO"), MSO)
    assert (p.kind, p.workgroups, p.party_size, p.needs_review) == ("registration", ["AG2"], 3, False), p.reasons


def test_kurmanji_in_latin_letters_is_covered():
    from mailbot.parsing.vocabulary import covers

    assert covers("ku", "Ez dixwazim beşdarî bibim, em du kes in.")
    assert covers("ku", "ناتوانم بێم")  # Sorani, in the same file (ku.toml)
    assert not covers("th", "พวกเราจะมา")


@pytest.mark.parametrize("line, closing", [
    ("Gruesse aus Muenster-Hiltrup", True), ("Viele Gruesse", True), ("Gruss", True),
    ("Frank Mueller-Asante", False), ("Anna Merci-Berg", False), ("Asante sana", True),
])
def test_closings_typed_without_umlauts_and_names_with_a_closing_word_after_a_hyphen(line, closing):
    from mailbot.parsing.closings import is_closing_line

    assert is_closing_line(line) is closing


def test_the_full_name_under_a_closing_beats_an_initial_in_the_display_name():
    body = ("Hallo,\n\nhiermit melde ich mich fuer die AG 2 an.\n\nGruesse aus Muenster-Hiltrup\n"
            "Frank Mueller-Asante\nKassenwart\nGhanaische Union Muenster e.V.")
    p = parse_message(mail(body, subject="Anmeldung", sender='"F. Mueller-Asante" <frank@verein.example>'), MSO)
    assert (p.kind, p.name, p.workgroups) == ("registration", "Frank Mueller-Asante", ["AG2"])


def test_a_registration_signed_by_two_people_goes_to_review():
    body = "Hola:\n\nNos inscribimos para el grupo de trabajo 1.\n\nSaludos\nLucía y Andrés Romero"
    p = parse_message(mail(body, subject="Inscripción", sender="Lucía Romero <lucia@casa.example>"), MSO)
    assert p.kind == "registration" and p.needs_review
    assert any("signed by two people" in r for r in p.reasons)


def test_an_earlier_registration_told_again_is_not_taken_for_a_new_one():
    body = ("Guten Tag,\n\nich habe mich und meine Kollegin für AG 1 angemeldet. Meine Kollegin ist krank, "
            "ich komme allein.\n\nGruß\nOlga Smirnova")
    p = parse_message(mail(body, subject="MSO-Tag"), MSO)
    assert p.kind != "registration" or (p.needs_review and any("existing registration" in r for r in p.reasons))


def test_a_contact_form_relay_marked_auto_submitted_is_still_the_persons_question():
    raw = form_mail("Gibt es am MSO-Tag eine Übersetzung ins Paschtu? Ich verstehe Deutsch nicht gut.",
                    extra="Auto-Submitted: auto-generated\n")
    p = parse_message(raw, MSO)
    assert (p.kind, p.email) == ("question", "kemal@verein.example")


# --- companions and "more" persons the party reading may have left out -------------------------


@pytest.mark.parametrize("body", [
    "Здравствуйте!\n\nПрошу зарегистрировать меня на AG 2. Приду с дочерью.\n\nАнна Берг",
    "Kính gửi,\n\nTôi xin đăng ký tham gia nhóm làm việc số 2. Tôi sẽ đi cùng chồng tôi.\n\nAnna Berg",
    "Καλησπέρα,\n\nθα ήθελα να δηλώσω συμμετοχή στην ομάδα εργασίας 2. Θα έρθω μαζί με τη σύζυγό μου.\n\nAnna Berg",
])
def test_a_companion_the_party_reading_left_out_goes_to_review(body):
    p = parse_message(mail(body, subject="MSO-Tag"), MSO)
    assert p.kind != "registration" or p.party_size == 2 or (
        p.needs_review and any("companion" in r for r in p.reasons))


def test_a_companion_inside_a_stated_total_is_part_of_it():
    body = "Hallo,\n\nich melde mich für AG 2 an. Wir sind 2 Personen: meine Kollegin und ich.\n\nGruß\nAnna Berg"
    p = parse_message(mail(body, subject="Anmeldung"), MSO)
    assert (p.kind, p.party_size, p.needs_review) == ("registration", 2, False)


@pytest.mark.parametrize("body", [
    "Olá!\n\nGostaria de me inscrever no grupo 3. Vamos eu e mais duas pessoas da diretoria.\n\nAna Costa",
    "Hola,\n\nquisiera inscribirme en el grupo 2, vamos dos personas más.\n\nAna Costa",
])
def test_persons_said_to_be_more_than_the_writer_are_not_taken_for_the_whole_party(body):
    p = parse_message(mail(body, subject="Inscrição"), MSO)
    assert p.party_size == 3 or (p.needs_review and any("more besides the writer" in r for r in p.reasons))


@pytest.mark.parametrize("body, persons", [
    ("Hallo,\n\nhiermit melde ich mich für die AG II an. Begleiten wird mich unser Jugendbeauftragter.\n\nGruß\nAnna Berg", 2),
    ("مرحبا،\n\nأود التسجيل في مجموعة العمل الثانية. سأحضر مع زميلين من الجمعية.\n\nآنا برغ", 3),
])
def test_someone_accompanying_or_a_dual_is_not_lost_from_the_party(body, persons):
    p = parse_message(mail(body, subject="Anmeldung"), MSO)
    assert p.kind == "registration" and (p.party_size == persons or p.needs_review)


def test_the_writer_and_one_of_theirs_named_by_a_role_is_not_a_party_of_one():
    body = ("Sehr geehrtes Team,\n\nfür unseren Verein melde ich mich und unsere stellvertretende Vorsitzende "
            "zur AG 1 an.\n\nGruß\nAnna Berg")
    p = parse_message(mail(body, subject="Anmeldung"), MSO)
    assert p.party_size == 2 or (p.needs_review and any("besides the writer" in r for r in p.reasons))


# --- persons counted before the can't-come words: part of the party may still come ---------------


@pytest.mark.parametrize("body", [
    # (the total after it is the party reading's, so no number is left unexplained)
    "Hallo,\n\nleider kann eine Person von uns nicht kommen, also sind wir nur 4 Personen.\n\nGruß\nAnna Berg",
    "Hallo,\n\nleider können zwei Personen von uns am Samstag nicht kommen. Wir sind dann 3 Personen.\n\nAnna Berg",
    "Hello,\n\nunfortunately two people of our group cannot come. We will be 3 persons.\n\nBest\nAnna Berg",
    "Здравствуйте,\n\nк сожалению, двое ребят не смогут прийти. Будет 4 человека, включая меня.\n\nАнна Берг",
])
def test_a_cancellation_that_counts_who_cannot_come_goes_to_review(body):
    p = parse_message(mail(body, subject="Re: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen"), MSO)
    assert p.kind != "cancellation" or any("counts who cannot come" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize("body", [
    "Hallo,\n\nich war für AG 2 angemeldet, kann aber am 13.03. leider nicht kommen.\n\nGruß\nAnna Berg",
    "Hallo,\n\nam 13. März kann ich leider nicht kommen.\n\nGruß\nAnna Berg",
])
def test_a_workgroup_number_or_the_date_before_cant_come_counts_nobody(body):
    p = parse_message(mail(body, subject="Re: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen"), MSO)
    assert (p.kind, p.needs_review) == ("cancellation", False), p.reasons


# --- a fallback after "if there is no room" that names no workgroup the reader knows ---------------


@pytest.mark.parametrize("body", [
    "Hallo,\n\nich melde mich für die AG 1 an, und wenn dort kein Platz mehr ist, für die über Feste und Brauchtum."
    "\n\nGruß\nAnna Berg",
    "Добрий день,\n\nзареєструйте мене, будь ласка, в AG 2, а якщо там не буде місць, то про фестивалі й традиції."
    "\n\nАнна Берг",
])
def test_a_fallback_not_understood_after_a_no_room_condition_goes_to_review(body):
    p = parse_message(mail(body, subject="Anmeldung"), MSO)
    assert p.kind == "registration" and p.needs_review
    assert any("second choice after" in r for r in p.reasons), p.reasons


def test_a_fallback_read_after_a_no_room_condition_is_acted_on():
    body = "Hallo,\n\nich melde mich für die AG 1 an, und wenn dort kein Platz mehr ist, für die AG 3.\n\nGruß\nAnna Berg"
    p = parse_message(mail(body, subject="Anmeldung"), MSO)
    assert (p.kind, p.workgroups, p.needs_review) == ("registration", ["AG1", "AG3"], False), p.reasons


# --- a person named who is not the writer: maybe the one registered -------------------------------


@pytest.mark.parametrize("body", [
    "Здравствуйте,\n\nпрошу записать нашего председателя Олега Петренко в AG 1.\n\nАнна Берг",
    "Bonjour,\n\nje voudrais inscrire notre présidente, Mme Awa Diallo, à l'atelier 2.\n\nCordialement\nAnna Berg",
    "Hola,\n\nquisiera inscribir a nuestro presidente Carlos Ruiz en el grupo 3.\n\nSaludos\nAnna Berg",
    "Merhaba,\n\nbaşkanımız Mehmet Yılmaz'ı AG 2'ye kaydetmek istiyorum.\n\nSaygılarımla\nAnna Berg",
    "Dzień dobry,\n\nchciałabym zapisać naszego prezesa, pana Jana Kowalskiego, do grupy 1.\n\nAnna Berg",
    "مرحبا،\n\nأود تسجيل رئيس جمعيتنا السيد أحمد حسن في مجموعة العمل 2.\n\nAnna Berg",
    "Hallo,\n\nbitte tragen Sie unsere Kassiererin Frau Olga Schmidt für AG 2 ein.\n\nAnna Berg",
    "Добрий день,\n\nпрошу зареєструвати нашу голову Олену Коваль на AG 3.\n\nАнна Берг",
    "Ciao,\n\nvorrei iscrivere il nostro presidente Marco Rossi al gruppo 2.\n\nAnna Berg",
])
def test_a_registration_naming_another_person_it_does_not_count_goes_to_review(body):
    p = parse_message(mail(body, subject="Anmeldung"), MSO)
    assert p.kind == "registration" and p.needs_review
    assert p.name != "Anna Berg" or any("names another person" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize("body", [
    "Hola Frau Terhorst,\n\nme inscribo en el grupo 3.\n\nSaludos\nAnna Berg",  # whom the writer greets
    "Hallo,\n\nich komme mit meiner Kollegin Frau Olga Schmidt in die AG 2.\n\nAnna Berg",  # counted
    "Merhaba,\n\nderneğimiz Anadolu Kültür Derneği olarak AG 2'ye katılmak istiyorum.\n\nAnna Berg",  # an association
    "Hallo,\n\nhier meldet sich Frau Anna Berg für die AG 2 an.\n\nAnna Berg",  # the writer
])
def test_persons_that_are_greeted_counted_or_the_writer_are_no_other_person(body):
    p = parse_message(mail(body, subject="Anmeldung"), MSO)
    assert not any("names another person" in r for r in p.reasons), p.reasons


# --- the writer says what interests them, and no workgroup was read --------------------------------


@pytest.mark.parametrize("body", [
    "Dobar dan,\n\nželimo da se prijavimo za MSO-Tag. Dolazim sama. Zanima nas sto o starijim ljudima.\n\nMilica Jovanović",
    "Asalaamu calaykum,\n\nWaxaan rabaa inaan iska diiwaangeliyo MSO-Tag. Mowduuca aan danaynayno waa guryaha.\n\nFaadumo Cali",
    "Hallo,\n\nich melde mich für den MSO-Tag an. Mich interessiert vor allem das Thema Nachbarschaft.\n\nAnna Berg",
])
def test_a_registration_that_says_what_interests_it_without_a_workgroup_read_goes_to_review(body):
    p = parse_message(mail(body, subject="Anmeldung"), MSO)
    assert p.kind == "registration" and p.workgroups == [] and p.needs_review
    assert any("interests it" in r or "prefers" in r for r in p.reasons), p.reasons


def test_a_registration_without_any_workgroup_word_is_placed_by_the_rules():
    p = parse_message(mail("Hallo,\n\nich melde mich für den MSO-Tag an.\n\nAnna Berg", subject="Anmeldung"), MSO)
    assert (p.kind, p.workgroups, p.needs_review) == ("registration", [], False), p.reasons


@pytest.mark.parametrize("body", [
    "Hallo,\n\nLeyla und ich würden gern in die AG 1 kommen.\n\nAnna Berg",
    "Hello,\n\nAnna and I would like to join workgroup 1.\n\nBest, Anna Berg",
    "Merhaba,\n\nAyşe ve ben AG 1'e katılmak istiyoruz.\n\nAnna Berg",
    "Здравствуйте,\n\nМария и я придём в группу 1.\n\nАнна Берг",
    "Bonjour,\n\nFatou et moi voulons participer à l'atelier 1.\n\nAnna Berg",
])
def test_a_first_name_beside_the_writer_is_not_read_as_a_party_of_one(body):
    # a first name is no companion word: counted nowhere, the party was one and the mail confirmed
    p = parse_message(mail(body, subject="Anmeldung"), MSO)
    assert p.kind == "registration" and (p.party_size == 2 or p.needs_review), (p.party_size, p.reasons)


@pytest.mark.parametrize("body", [
    "Hallo,\n\nich bin Erzieher und ich möchte mich für die AG 1 anmelden.\n\nAnna Berg",  # a noun, singular verb
    "Hello,\n\nthanks and I would like to register for workgroup 1.\n\nAnna Berg",
    "Hello,\n\nI am back in August and I would like to register for workgroup 1.\n\nAnna Berg",  # a month
])
def test_a_noun_a_thank_you_or_a_month_before_and_i_is_nobody(body):
    p = parse_message(mail(body, subject="Anmeldung"), MSO)
    assert not any("beside the writer" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize("body", [
    "Hallo,\n\nkönnen Sie bitte Erst- und Zweitwunsch tauschen? Wir möchten doch lieber zuerst in die Bildungs-AG.\n\nAnna Berg",
    "Hallo,\n\nbitte ändern Sie meinen Zweitwunsch auf AG 2.\n\nAnna Berg",
    "Hello,\n\ncould you change my second choice to group 2?\n\nAnna Berg",
])
def test_a_change_of_ranked_choices_with_one_workgroup_read_goes_to_review(body):
    # acted on with the one workgroup read, the other choice of the registration would be lost
    p = parse_message(reply(body), MSO)
    assert p.kind != "change" or p.needs_review, p.reasons


@pytest.mark.parametrize("body", [
    "Hallo,\n\nmein Kollege Jan Weber kommt statt mir, bitte tragen Sie ihn für AG 2 ein.\n\nAnna Berg",
    "Hi,\n\nmy colleague Sarah will attend instead of me (AG 2).\n\nAnna Berg",
    "Здравствуйте,\n\nвместо меня придёт моя коллега Ольга Иванова, группа 2.\n\nАнна Берг",
    "Merhaba,\n\nbenim yerime arkadaşım Ayşe AG 2'ye gelecek.\n\nAnna Berg",
    "Hola,\n\nmi compañera irá en mi lugar al grupo 2.\n\nAnna Berg",
    "Bonjour,\n\nma collègue Awa viendra à ma place à l'atelier 2.\n\nAnna Berg",
])
def test_someone_coming_in_the_writers_place_is_never_acted_on(body):
    # a substitution: confirmed as written, the writer stays registered and the one who comes is not
    p = parse_message(mail(body, subject="Anmeldung"), MSO)
    assert p.needs_review, (p.kind, p.reasons)


@pytest.mark.parametrize("body", [
    "Hallo,\n\nich möchte meine Mutter für die AG 1 anmelden.\n\nAnna Berg",
    "Hello,\n\nI would like to register my mother for workgroup 1.\n\nAnna Berg",
])
def test_registering_a_relative_who_is_not_counted_is_no_party_of_one(body):
    p = parse_message(mail(body, subject="Anmeldung"), MSO)
    assert p.needs_review and any("not counted" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize("body", [
    "Hallo,\n\nich melde mich für die AG 3 an. Ich komme alleine, meine Kollegen haben leider keine Zeit.\n\nAnna Berg",
    "Hallo,\n\ngerne nehme ich für unseren Freundeskreis an der AG 2 teil.\n\nAnna Berg",
])
def test_others_said_not_to_come_or_a_group_are_no_uncounted_person(body):
    p = parse_message(mail(body, subject="Anmeldung"), MSO)
    assert not any("not counted" in r for r in p.reasons), p.reasons


def test_a_person_registered_by_a_relative_is_found_past_a_date_with_a_dot():
    body = ("Guten Abend,\n\nich möchte gern meine Mutter, Fatma Yıldız, für den MSO-Tag am 13. März anmelden.\n\n"
            "Viele Grüße\nSerkan Yıldız")
    assert parse_message(mail(body, subject="Anmeldung"), MSO).name == "Fatma Yıldız"


@pytest.mark.parametrize("body", [
    'Silav,\n\nEz dixwazim beşdarî xebata "stran û def" bibim. Em 3 kes in.\n\nBerfîn',
    "Hallo,\n\nich melde mich für „Trommeln für alle“ an.\n\nAnna Berg",
    "Hello,\n\nplease sign me up for «Stories from home».\n\nAnna Berg",
])
def test_a_name_in_quotes_where_no_workgroup_was_read_goes_to_review(body):
    p = parse_message(mail(body, subject="Anmeldung"), MSO)
    assert p.needs_review and any("in quotes" in r for r in p.reasons), p.reasons


def test_the_events_own_name_in_quotes_is_no_workgroup_named():
    body = "Hallo,\n\nich melde mich für den „Tag der Migrantenselbstorganisationen“ an.\n\nAnna Berg"
    p = parse_message(mail(body, subject="Anmeldung"), MSO)
    assert not any("in quotes" in r for r in p.reasons), p.reasons
