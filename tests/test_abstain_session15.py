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
