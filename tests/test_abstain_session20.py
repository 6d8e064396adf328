"""Abstain first, then read more, session 20: classes of mails acted on wrongly at first contact with new
writers (phones, proxies and forwards, families, rooms described in words, youth groups).

Each test parses whole mails (plain values, no servers). Every case is a class, shown in several
languages or forms; the sentences are written for the test, not copied from a test set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.config import load_config
from mailbot.parsing import parse_message
from mailbot.parsing.people import looks_like_name, signature_name
from mailtext import event_config, mail, workgroup_rows

MSO = load_config(Path(__file__).parent.parent / "config.toml")
REPLY = "In-Reply-To: <mailbot.20270129091244.0e5b@muenster.example>\n"


def parse(body: str, config=MSO, subject: str = "Anmeldung", closing: str | None = None, sender: str | None = None,
          headers: str = ""):
    extra = {k: v for k, v in (("closing", closing), ("sender", sender)) if v is not None}
    return parse_message(mail(body, subject=subject, headers=headers, **extra), config)


def reasons(parsed) -> str:
    return " | ".join(parsed.reasons)


FORUMS = workgroup_rows([
    ("F1", "Sprache, Kita und Schule", '"Sprache"'),
    ("F2", "Arbeit und Ausbildung", '"Arbeit", "Ausbildung"'),
    ("F3", "Wohnen und Mobilität", '"Wohnen"'),
    ("F4", "Work and Health", '"Work"'),
])


@pytest.fixture(scope="module")
def forums(tmp_path_factory):
    return event_config(tmp_path_factory.mktemp("forums"), FORUMS, name="Integrationskonferenz 2027")


# --- a group noun is no compound of a title word ("Arbeitsgruppe" is not "Arbeit") -------------------------

@pytest.mark.parametrize("body", [
    "hiermit melde ich mich an. In welche Arbeitsgruppe ich gehe, entscheide ich vor Ort.",
    "Wir kommen zu zweit. Die Arbeitsgruppen finden wir alle spannend.",
    "Ich melde mich an, den Arbeitskreis wähle ich am Tag selbst.",
])
def test_the_word_for_workgroup_names_no_workgroup_whose_title_it_contains(body, forums):
    assert parse(body, forums).workgroups == []


def test_a_title_word_glued_to_a_group_noun_still_names_its_workgroup(forums):
    assert parse("Ich melde mich für die Ausbildungsgruppe an.", forums).workgroups == ["F2"]


# --- right after a subject pronoun a title's noun is a verb --------------------------------------------------

@pytest.mark.parametrize("body", [
    "Ich arbeite in der Migrationsberatung und melde mich für Forum 1 an.",
    "Wir wohnen in Arnsberg und möchten gern ins Forum 1.",
    "We work with refugee families and would like to join forum 1.",
])
def test_a_verb_after_a_pronoun_is_no_title_word(body, forums):
    assert parse(body, forums).workgroups == ["F1"]


def test_the_noun_itself_still_names_its_workgroup(forums):
    assert parse("Ich melde mich an, am liebsten zum Thema Wohnen.", forums).workgroups == ["F3"]


def test_a_capitalised_noun_after_a_pronoun_is_still_a_noun(tmp_path):
    # ("wie wir Eltern zu den Elternabenden holen": "we parents", no verb)
    config = event_config(tmp_path, TABLES, name="Stadtteilforum 2027")
    assert parse("Ich melde mich an. Uns geht es darum, wie wir Eltern besser erreichen.", config).workgroups == ["KITA"]


# --- the noun of the event's own labels numbers its groups ("Thementisch 2") ----------------------------------

TABLES = workgroup_rows([
    ("WOHNEN", "Wohnen und Nachbarschaft", '"Wohnen"'),
    ("KITA", "Kita, Schule und Elternarbeit", '"Eltern"'),
    ("ARBEIT", "Arbeit und Ausbildung", '"Arbeit"'),
], label="Thementisch {n}")


@pytest.mark.parametrize("body, wanted", [
    ("Ich möchte gern an Thementisch 2 teilnehmen.", ["KITA"]),
    ("Bitte für den Thementisch 3 eintragen, wir kommen zu zweit.", ["ARBEIT"]),
])
def test_the_label_noun_with_a_number_names_that_group(body, wanted, tmp_path):
    config = event_config(tmp_path, TABLES, name="Stadtteilforum 2027")
    assert parse(body, config).workgroups == wanted


# --- a proxy cue followed by a person is no organisation speaking ----------------------------------------------

@pytest.mark.parametrize("body", [
    "im Auftrag von Frau Gertrud Beispielmann melde ich den Besuchsdienst der Gemeinde für die AG 1 an.",
    "On behalf of Mrs Jane Example I register the Example Parish Association for workgroup 1.",
    "De la part de Mme Claire Exemple, j'inscris l'association Les Amis du Quartier à l'atelier 1.",
])
def test_registering_on_behalf_of_a_person_goes_to_review(body):
    parsed = parse(body)
    assert parsed.needs_review and "registers someone else" in reasons(parsed)


def test_on_behalf_of_an_association_stays_the_writers_registration():
    parsed = parse("Im Auftrag des Kulturvereins Beispiel e.V. melde ich mich für die AG 1 an.")
    assert "registers someone else" not in reasons(parsed)


# --- "she comes alone" is another person alone, not the writer -------------------------------------------------

@pytest.mark.parametrize("body", [
    "bitte meine Kollegin Sevda Beispiel für die AG 1 anmelden. Sie hat keine eigene Mail. Sie kommt allein.",
    "please sign up my colleague Jane Example for workgroup 1, I will forward everything. She will come alone.",
    "Прошу записать мою коллегу Анну Примерову в рабочую группу 1. Она придёт одна.",
])
def test_a_person_named_who_comes_alone_is_not_the_writer_coming_alone(body):
    # (registered as that person, or left for review; never the writer alone)
    parsed = parse(body)
    assert parsed.needs_review or parsed.name != "Anna Beispiel", parsed


@pytest.mark.parametrize("body", ["Ich komme allein zur AG 1, meine Kollegin bleibt im Büro.",
                                  "I will come alone to workgroup 1; my colleague stays in the office."])
def test_the_writer_coming_alone_still_excuses_the_companion(body):
    parsed = parse(body)
    assert (parsed.kind, parsed.party_size) == ("registration", 1)
    assert "not counted" not in reasons(parsed)


def test_a_role_and_a_name_between_dashes_is_another_person():
    parsed = parse("Я секретарь нашего общества. Наш председатель – Виктор Примеров – хотел бы принять участие, "
                   "его интересует рабочая группа 2.", closing="\n\nС уважением,\nОльга Примерова\n",
                   sender="Olga Primerova <olga@beispiel.example>")
    assert parsed.needs_review and "names another person" in reasons(parsed)


# --- a reply that says all is correct repeats the registration --------------------------------------------------

@pytest.mark.parametrize("body", [
    "danke für die schnelle Bestätigung. Alles richtig so: AG 3, wir kommen zu zweit.",
    "Thanks for the quick confirmation, all correct: workgroup 3, two of us.",
    "Спасибо за подтверждение, всё верно: группа 3, нас двое.",
    "Merci pour la confirmation, tout est correct : atelier 3, nous serons deux.",
])
def test_a_reply_that_says_all_is_correct_goes_to_review(body):
    parsed = parse(body, subject="AW: Ihre Anmeldung", headers=REPLY)
    assert parsed.kind not in ("registration", "change") or (
        parsed.needs_review and "all is correct" in reasons(parsed)), parsed


def test_a_new_registration_with_correct_in_it_is_not_taken_for_such_a_reply():
    parsed = parse("Ich melde mich für die AG 3 an, alles richtig verstanden? Wir kommen zu zweit.")
    assert "all is correct" not in reasons(parsed)


# --- a forwarded registration: answer the forwarded writer only when asked to ------------------------------------

FORWARDED = ("\n\n-------- Weitergeleitete Nachricht --------\nBetreff: MSO Tag\nVon: Aylin Beispiel <aylin@mail.example>\n"
             "An: Cem Vorstand <cem@verein.example>\n\nHallo Cem,\nich würde gern zum MSO-Tag gehen, in die AG 2. "
             "Kannst du mich anmelden?\n\nLG Aylin Beispiel\n")


def test_a_forward_that_does_not_say_whom_to_answer_goes_to_review():
    parsed = parse("anbei die Anmeldung von unserem Mitglied, bitte tragen Sie sie ein.\n\nGruß\nCem Vorstand" + FORWARDED,
                   closing="", sender="Cem Vorstand <cem@verein.example>", subject="Fwd: MSO Tag")
    assert parsed.needs_review and "forwards another person's mail" in reasons(parsed)


@pytest.mark.parametrize("asked", ["Bitte antworten Sie ihr direkt.", "Please reply to her directly.",
                                   "Bitte antworten Sie ihr direkt, dieses Postfach lesen wir nur selten.",
                                   "Die Bestätigung bitte an aylin@mail.example."])
def test_a_forward_that_asks_to_answer_the_writer_answers_them(asked):
    parsed = parse(f"anbei die Anmeldung von unserem Mitglied. {asked}\n\nGruß\nCem Vorstand" + FORWARDED,
                   closing="", sender="Cem Vorstand <cem@verein.example>", subject="Fwd: MSO Tag")
    assert "forwards another person's mail" not in reasons(parsed)
    assert parsed.email == "aylin@mail.example"


# --- a family in From, the writer's name on the closing line ---------------------------------------------------

@pytest.mark.parametrize("closing, name", [
    ("\nLiebe Grüße Leyla Beispiel\n\nVon meinem iPad gesendet\n", "Leyla Beispiel"),
    ("\nViele Grüße Omar Beispiel\n", "Omar Beispiel"),
])
def test_the_name_on_a_one_line_closing_beats_a_family_in_from(closing, name):
    parsed = parse("Hallo, ich möchte mich zum MSO Tag anmelden, AG 2. Nur ich.", closing=closing,
                   sender="Familie Beispiel <familie.beispiel@mail.example>")
    assert parsed.name == name


@pytest.mark.parametrize("display", ["Familie Demir", "Family Smith", "Famille Diallo"])
def test_a_family_is_no_persons_name(display):
    assert not looks_like_name(display)


# --- an office under the name is no name, in the Romance and Slavic languages too -------------------------------

@pytest.mark.parametrize("line", ["Secretária da Direção", "Secretario General", "Segretaria", "Tesoureira",
                                  "Coordinadora"])
def test_an_office_line_is_no_name(line):
    assert signature_name(f"--\nAssociação Cultural Beispiel e.V.\n{line}\nTel. 0521 123") is None


# --- the name the writer introduces, where From agrees, over a familiar form signed ----------------------------

def test_an_introduced_full_name_that_from_agrees_with_beats_a_nickname_signed():
    parsed = parse("Mi nombre es Guadalupe Ejemplo y quisiera inscribirme en el grupo de trabajo 1.",
                   closing="\n\nSaludos cordiales,\nLupita Ejemplo\n", sender="Guadalupe Ejemplo <lupita@mail.example>")
    assert parsed.name == "Guadalupe Ejemplo"


def test_a_self_introduction_in_the_writers_script_beats_from_in_latin_letters():
    parsed = parse("Доброго дня! Мене звати Олена Приклад, хочу зареєструватися на робочу групу 1.",
                   closing="\n\nДякую!\nОлена\n", sender="Olena Pryklad <olena@mail.example>")
    assert parsed.name == "Олена Приклад"


def test_a_name_signed_in_latin_letters_stays():
    parsed = parse("Мене звати Олена Приклад, хочу зареєструватися на робочу групу 1.",
                   closing="\n\nOlena Pryklad\n", sender="Olena Pryklad <olena@mail.example>")
    assert parsed.name == "Olena Pryklad"


# --- pronouns after a signed name ------------------------------------------------------------------------------

@pytest.mark.parametrize("line, name", [("Ana Beispiel (she/her)", "Ana Beispiel"),
                                        ("Kim Example | they/them", "Kim Example"),
                                        ("Luca Beispiel (er/ihm)", "Luca Beispiel")])
def test_pronouns_after_a_signed_name_are_no_part_of_it(line, name):
    assert signature_name(f"Thanks so much!\n{line}\nYouth Voices Dortmund") == name


# --- people named by a social-media handle ---------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "ich + @selin.kyy + @mel.oztrk wollen zur AG 2",
    "me and @jay_k will come to workgroup 1",
    "Ich komme mit @deniz.ms zur AG 3.",
])
def test_people_listed_by_handle_go_to_review(body):
    parsed = parse(body)
    assert parsed.needs_review and "handle" in reasons(parsed)


def test_a_handle_to_follow_or_an_address_counts_nobody():
    parsed = parse("Ich melde mich für die AG 1 an. Folgt uns auf Instagram: @kulturverein.ms. "
                   "Meine Adresse: anna@beispiel.example")
    assert "handle" not in reasons(parsed)


# --- which room or group fits best, said in words the reader did not match ----------------------------------------

@pytest.mark.parametrize("body", [
    "chciałabym zgłosić nasz udział. Najlepiej pasujemy do sali z chórami i zespołami muzycznymi. Będziemy w trzy osoby.",
    "we would like to take part; the room with the choirs and bands suits us best. We will be three.",
    "wir melden uns an, am besten passt zu uns der Raum mit den Chören. Wir sind zu dritt.",
])
def test_a_registration_that_says_what_fits_best_without_a_workgroup_read_goes_to_review(body):
    parsed = parse(body)
    assert parsed.needs_review and "prefers" in reasons(parsed), parsed


# --- a greeting asked as a question asks nothing; "not too late" negates nothing -----------------------------------

@pytest.mark.parametrize("body", [
    "Oi gente, tudo bem? Queremos participar no grupo de trabalho 2, somos duas pessoas.",
    "Hallo, wie geht's? Ich melde mich für die AG 2 an, wir sind zu zweit.",
    "Привет, как дела? Записываюсь в рабочую группу 2, нас двое.",
])
def test_a_greeting_asked_as_a_question_is_no_question(body):
    parsed = parse(body)
    assert (parsed.kind, parsed.workgroups, parsed.party_size, parsed.side_questions) == ("registration", ["AG2"], 2, [])


def test_a_question_that_starts_like_a_greeting_still_asks():
    parsed = parse("Ich melde mich für die AG 2 an. Tudo bem se eu levar a minha filha de 5 anos?")
    assert parsed.side_questions or parsed.needs_review


@pytest.mark.parametrize("body", [
    "I hope it's not too late to register: workgroup 2, just me.",
    "Ich hoffe, es ist noch nicht zu spät: Ich melde mich für die AG 2 an, allein.",
    "Espero que no sea demasiado tarde: me inscribo en el grupo de trabajo 2, sola.",
])
def test_not_too_late_says_nobody_stays_away(body):
    parsed = parse(body)
    assert (parsed.kind, parsed.workgroups, parsed.party_size) == ("registration", ["AG2"], 1)
    assert "does not come" not in reasons(parsed) and "cannot come" not in reasons(parsed), parsed.reasons


# --- Portuguese: the registration noun and words of taking part -------------------------------------------------

@pytest.mark.parametrize("body", [
    "Gostaria de fazer a inscrição para o grupo de trabalho 2. Seremos duas pessoas.",
    "Vamos participar no grupo de trabalho 2, somos duas pessoas.",
])
def test_portuguese_sign_ups_by_noun_or_taking_part_are_registrations(body):
    parsed = parse(body, subject="MSO-Tag")
    assert (parsed.kind, parsed.workgroups, parsed.party_size) == ("registration", ["AG2"], 2)


# --- Turkish "instead of" after the old workgroup ---------------------------------------------------------------

def test_a_workgroup_before_yerine_is_the_old_one(tmp_path):
    config = event_config(tmp_path, TABLES, name="Stadtteilforum 2027")
    parsed = parse("Lütfen beni Thementisch 1 yerine sadece Thementisch 3'e yazın.", config, subject="Değişiklik")
    assert parsed.workgroups == ["ARBEIT"]


# --- "is that still possible?" asks leave for the change it follows --------------------------------------------

@pytest.mark.parametrize("body", [
    "Bei uns hat sich etwas geändert: Wir wären dann insgesamt 3 Personen statt 2.\n\nIst das noch möglich?",
    "Something changed on our side: we would be 3 persons instead of 2.\n\nIs that still possible?",
])
def test_asking_whether_a_change_is_still_possible_is_the_change(body):
    parsed = parse(body, subject="AW: Ihre Anmeldung", headers=REPLY)
    assert (parsed.kind, parsed.party_size, parsed.needs_review) == ("change", 3, False), parsed.reasons


# --- the count after "não", "no" in a change is the old one -------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Em relação à nossa inscrição: infelizmente seremos só três pessoas e não\nquatro. Gostaríamos também de mudar "
    "para o grupo de trabalho 1.",
    "Sobre nuestra inscripción: al final seremos tres personas y no cuatro, y queremos cambiar al grupo de trabajo 1.",
])
def test_the_old_count_after_a_romance_not_is_accounted_for(body):
    parsed = parse(body, subject="Re: Ihre Anmeldung", headers=REPLY)
    assert (parsed.kind, parsed.workgroups, parsed.party_size, parsed.needs_review) == ("change", ["AG1"], 3, False), \
        parsed.reasons


# --- the session's diff reviewed by a separate reader: what its first form got wrong ------------------------------

BAILE = workgroup_rows([
    ("S", "Sport", '"sport"'),
    ("T", "Taniec", '"taniec"'),
    ("M", "Muzyka", '"muzyka"'),
])
TEATRO = workgroup_rows([
    ("T", "Teatro", '"teatro"'),
    ("M", "Musica", '"musica"'),
    ("C", "Cucina", '"cucina"'),
])


def test_and_or_the_in_another_language_is_no_pronoun(tmp_path):
    # (Polish and BCS "i" is "and", Italian "il", "i" is "the", BCS "je" is "is": no subject pronouns)
    polish = event_config(tmp_path, BAILE, name="Dzień Stowarzyszeń 2027")
    parsed = parse("zapisuję się na sport i taniec.", polish)
    assert parsed.workgroups[:1] == ["S"] and (parsed.needs_review or parsed.workgroups == ["S", "T"])
    (tmp_path / "it").mkdir()
    italian = event_config(tmp_path / "it", TEATRO, name="Festa delle Associazioni 2027")
    assert parse("mi iscrivo per il teatro.", italian).workgroups == ["T"]


@pytest.mark.parametrize("body", [
    "Olá, inscrevo-me no grupo de trabalho 2. Vou levar o meu cão. Tudo bem?",
    "Bonjour, je m'inscris à l'atelier 2. Je viens à 11 heures. Ça va ?",
])
def test_is_that_ok_after_what_the_mail_asks_is_no_greeting(body):
    parsed = parse(body)
    assert parsed.needs_review or parsed.side_questions, parsed


def test_asking_whether_a_group_has_places_is_no_sign_up():
    parsed = parse("Olá, quero saber se o grupo 2 ainda tem vagas.", subject="Pergunta")
    assert parsed.kind != "registration" or parsed.needs_review


@pytest.mark.parametrize("body", [
    "Olá, vou fazer a inscrição no grupo de trabalho 2 quando souber o horário.",
    "Olá, a nossa associação vai fazer a inscrição no grupo de trabalho 2 na próxima semana.",
])
def test_a_portuguese_sign_up_promised_for_later_is_not_acted_on(body):
    parsed = parse(body)
    assert parsed.kind != "registration" or parsed.needs_review, parsed


@pytest.mark.parametrize("closing", ["\nGruß Bunte Nachbarn\n", "\nKind regards, Open Doors\n"])
def test_a_group_on_a_one_line_closing_does_not_replace_froms_name(closing):
    parsed = parse("Hallo, ich melde mich für die AG 2 an.", closing=closing, sender="Ali Yilmaz <ali@mail.example>")
    assert parsed.name == "Ali Yilmaz"


def test_pronouns_are_looked_for_at_the_end_of_a_line_only():
    # (the first form searched the whole line: 6.9 s for a name and 20,000 em spaces; a limit stated, not a
    # timed happy path)
    import time
    from mailbot.parsing import people
    started = time.perf_counter()
    assert people._without_pronouns("Anna" + "\u2003" * 200_000 + "x (she/her)").endswith("x")
    assert time.perf_counter() - started < 0.5


def test_a_forwarder_who_asks_for_the_answer_is_not_asking_to_answer_the_writer():
    parsed = parse("anbei die Anmeldung von unserem Mitglied. Schicken Sie die Bestätigung bitte an mich, ich gebe "
                   "sie direkt weiter.\n\nGruß\nCem Vorstand" + FORWARDED,
                   closing="", sender="Cem Vorstand <cem@verein.example>", subject="Fwd: MSO Tag")
    assert parsed.needs_review and "forwards another person's mail" in reasons(parsed)
