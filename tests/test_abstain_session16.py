"""Abstain first, then read more, session 16: classes of mails acted on wrongly at first contact with new
writers, or found by probing everyday sentences.

Each test parses whole mails (plain values, no servers). Every case is a class, shown in several
languages or forms; the sentences are written for the test, not copied from a test set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.config import load_config
from mailbot.parsing import parse_message
from mailbot.parsing.mime import dotted_i, one_script_words
from mailbot.parsing.people import (abbreviates, best_name, form_organisation, has_org_word, looks_like_name,
                                    signature_name, written_out)
from mailtext import event_config, mail, workgroup_rows

MSO = load_config(Path(__file__).parent.parent / "config.toml")

# an event whose workshop titles share words: "Sprache" twice, "Gesundheit" twice, "Bewerbung" twice
SHARED = workgroup_rows([
    ("WS1", "Sprache im Beruf", '"Berufssprache"'),
    ("WS2", "Sprache in der Kita", '"Kita"'),
    ("WS3", "Digitale Bewerbung", '"Lebenslauf"'),
    ("WS4", "Bewerbung und Anerkennung", '"Anerkennung"'),
    ("WS5", "Arbeit und Gesundheit", '"Arbeitsschutz"'),
    ("WS6", "Gesundheit im Alltag", '"Krankenkasse"'),
], label="Workshop {n}")


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    return event_config(tmp_path_factory.mktemp("shared"), SHARED)


def parse(body: str, config, subject: str = "Anmeldung", closing: str | None = None):
    return parse_message(mail(body, subject=subject, **({"closing": closing} if closing is not None else {})), config)


# --- a phrase that mixes the words of two titles names neither -------------------------------------------

@pytest.mark.parametrize("body", [
    'Ich melde mich für den Workshop "Sprache im Alltag" an.',  # Sprache: WS1/WS2, Alltag: WS6
    "Ich melde mich für Digitale Anerkennung an.",  # Digitale: WS3, Anerkennung: WS4
    "Please register me for the workshop «Sprache und Gesundheit».",
    "Я хочу записаться на семинар «Arbeit im Alltag».",
])
def test_a_phrase_mixing_two_titles_goes_to_review(shared, body):
    parsed = parse(body, shared)
    assert parsed.needs_review
    assert any("different workgroups' titles" in r or "several workgroups" in r or "several workgroups' titles" in r
               for r in parsed.reasons), parsed.reasons


@pytest.mark.parametrize("body, ids", [
    ("Ich melde mich für den Workshop Gesundheit im Alltag an.", ["WS6"]),
    ("Ich melde mich für Digitale Bewerbung an.", ["WS3"]),
    ("Bitte melden Sie mich für Bewerbung und Anerkennung an.", ["WS4"]),
    ("I'd like to register for Arbeit und Gesundheit, please.", ["WS5"]),
])
def test_a_whole_title_is_still_read(shared, body, ids):
    parsed = parse(body, shared)
    assert (parsed.kind, parsed.workgroups, parsed.needs_review) == ("registration", ids, False), parsed.reasons


# --- "instead of" the workgroup named: the new one is another, not understood ------------------------------

@pytest.mark.parametrize("body", [
    "Quisiera cambiar de taller: en vez de «Gesundheit im Alltag» prefiero el de los derechos en el trabajo.",
    "Vorrei cambiare: invece di «Gesundheit im Alltag» preferirei quello sui diritti al lavoro.",
    "Aș vrea să schimb atelierul: în loc de «Gesundheit im Alltag» aș merge la cel despre drepturi la muncă.",
    "Gostaria de mudar: em vez de «Gesundheit im Alltag» prefiro o dos direitos no trabalho.",
    "Htjela bih promijeniti radionicu: umjesto «Gesundheit im Alltag» radije onu o pravima na poslu.",
])
def test_a_change_away_from_the_only_workgroup_named_is_not_a_change_to_it(shared, body):
    parsed = parse(body, shared, subject="Re: Ihre Anmeldung")
    assert parsed.needs_review
    assert parsed.workgroups != ["WS6"] or parsed.kind != "change", (parsed.kind, parsed.workgroups, parsed.reasons)


def test_instead_of_with_the_new_workgroup_named_is_read(shared):
    parsed = parse("Quisiera cambiar de taller: en vez del taller 6 prefiero el taller 5.", shared,
                   subject="Re: Ihre Anmeldung")
    assert (parsed.kind, parsed.workgroups, parsed.needs_review) == ("change", ["WS5"], False), parsed.reasons


# --- a first choice stated in words no workgroup was read from ------------------------------------------

@pytest.mark.parametrize("body", [
    "Please register me. My first choice is Work and Health, if that one is full then Health in Everyday Life.",
    "Bitte melden Sie mich an. Mein Erstwunsch wäre das Thema Schreiben von Lebensläufen am Computer.",
    "Inscrivez-moi s'il vous plaît. Mon premier choix serait l'atelier sur la santé au travail.",
])
def test_a_ranked_choice_not_understood_is_not_placed_by_the_rules(shared, body):
    parsed = parse(body, shared)
    assert parsed.kind == "registration"
    if not parsed.workgroups:
        assert parsed.needs_review and any("prefers" in r for r in parsed.reasons), parsed.reasons


# --- the name written out in the signature ---------------------------------------------------------------

@pytest.mark.parametrize("name, signature, expected", [
    ("R. Pöppelbaum", "R. Pöppelbaum\n\n-- \nSprachinstitut Teutoburg\nRalf Pöppelbaum | Kursleitung", "Ralf Pöppelbaum"),
    ("A. Petrova", "A. Petrova\nAnna Petrova, Vorsitzende\nVerein Nadezhda e.V.", "Anna Petrova"),
    ("M. K. Demir", "M. K. Demir\nMehmet Kemal Demir\nTel. 0251 123", "Mehmet Kemal Demir"),
    # not the same person, or nothing written out: the name stays
    ("R. Pöppelbaum", "R. Pöppelbaum\nSprachinstitut Teutoburg\nMaria Pöppelbaum | Verwaltung", "R. Pöppelbaum"),
    ("Anna Petrova", "Anna Petrova\nAnna-Maria Petrova", "Anna Petrova"),
    ("R. Pöppelbaum", "", "R. Pöppelbaum"),
])
def test_a_name_with_an_initial_is_written_out_from_the_signature(name, signature, expected):
    assert written_out(name, signature) == expected


def test_the_whole_mail_takes_the_name_written_out(shared):
    parsed = parse("Wir melden uns zu zweit für Sprache im Beruf an.", shared,
                   closing="\n\nGruß\nR. Pöppelbaum\n\n-- \nSprachinstitut Teutoburg\nRalf Pöppelbaum | Kursleitung\n")
    assert parsed.name == "Ralf Pöppelbaum"


# --- "no problem" negates nothing ------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Ich melde mich für den Workshop Gesundheit im Alltag an. Wir können auch Kuchen mitbringen, kein Problem.",
    "Mi iscrivo al workshop Gesundheit im Alltag. Il tedesco lo capisco bene, per la lingua non ci sono problemi.",
    "Gesundheit im Alltag atölyesine kaydolmak istiyorum. Otobüsle gelirim, sorun yok.",
    "Я записываюсь на семинар Gesundheit im Alltag. Приду на автобусе, без проблем.",
    "I'd like to register for Gesundheit im Alltag. We can bring some snacks, no problem.",
])
def test_no_problem_is_not_someone_not_coming(shared, body):
    parsed = parse(body, shared)
    assert parsed.kind == "registration" and parsed.workgroups == ["WS6"]
    assert not any("does not come" in r for r in parsed.reasons), parsed.reasons


@pytest.mark.parametrize("body", [
    "Ich melde mich für Gesundheit im Alltag an. Meine Kollegin kann leider nicht kommen, kein Problem für uns.",
    "I'd like to register for Gesundheit im Alltag. No problem for me, but my colleague will not come.",
])
def test_a_real_not_coming_next_to_no_problem_is_still_seen(shared, body):
    parsed = parse(body, shared)
    assert parsed.needs_review


# --- hyphenated initials ("K.-D. Hömann") are a name, the name written out in From ---------------------

def test_hyphenated_initials_are_a_signed_name_and_the_display_name_writes_them_out(shared):
    signature = "Gruß\nK.-D. Hömann\nSeniorenvertretung Münster"
    assert signature_name(signature) == "K.-D. Hömann"
    assert best_name([signature_name(signature)], "Klaus-Dieter Hömann") == "Klaus-Dieter Hömann"
    assert abbreviates("H.-J. Krause", "Hans-Jürgen Krause") and not abbreviates("K.-D. Hömann", "Klaus Hömann")
    parsed = parse_message(mail("ich bin dabei. Workshop Gesundheit im Alltag, bitte.",
                                closing="\n\nGruß\nK.-D. Hömann\nSeniorenvertretung Münster\n",
                                sender="Klaus-Dieter Hömann <kd.hoemann@beispiel.example>"), shared)
    assert (parsed.kind, parsed.workgroups, parsed.name) == ("registration", ["WS6"], "Klaus-Dieter Hömann")


# --- informal "I'm in" ------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "hi zusammen, bin dabei 👍 gesundheit im alltag wär top. komm allein",
    "Je suis partant pour le 13, atelier Gesundheit im Alltag stp.",
    "Ez jî têm! Gesundheit im Alltag ji kerema xwe.",
])
def test_informal_im_in_is_a_registration(shared, body):
    parsed = parse(body, shared)
    assert (parsed.kind, parsed.workgroups) == ("registration", ["WS6"]), parsed.reasons


def test_being_busy_with_something_is_no_registration(shared):
    parsed = parse("Ich bin dabei, einen Verein zu gründen. Gibt es im Workshop Gesundheit im Alltag noch Plätze?", shared)
    assert parsed.kind != "registration" or parsed.needs_review


# --- a workgroup with a "not" right after it is set aside; "zur Not" is a fallback, not a "not" ----------

@pytest.mark.parametrize("body", [
    "Ich melde mich an: am liebsten AG 3. Die AG 1 bitte nicht.",
    "Ich melde mich an: am liebsten AG 3. Nur die Bildungs-AG bitte nicht, damit habe ich beruflich zu tun.",
    "I'd like to register for AG 3. AG 1 not, please, thanks a lot.",
    "Je m'inscris à l'atelier 3. L'atelier 1 non, merci.",
    "AG 3'e kaydolmak istiyorum, AG 1 olmasın lütfen.",
    "Zapisuję się do grupy 3, grupa 1 nie.",
])
def test_a_workgroup_followed_by_not_is_not_chosen(body):
    parsed = parse(body, MSO)
    assert "AG1" not in parsed.workgroups and "AG3" in parsed.workgroups, (parsed.workgroups, parsed.reasons)


def test_zur_not_names_the_second_choice():
    parsed = parse("Ich melde mich an. Am liebsten wäre mir die AG 3, zur Not nehme ich auch die AG 2.",
                   MSO)
    assert (parsed.workgroups, parsed.needs_review) == (["AG3", "AG2"], False), parsed.reasons


def test_not_only_is_no_not():
    parsed = parse("Ich melde mich für die AG 2 an. Die AG 2 nicht nur wegen des Themas, auch wegen der Leute.",
                   MSO)
    assert parsed.workgroups == ["AG2"], parsed.reasons


# --- "any workgroup except 2": the excepted one is never chosen -------------------------------------------

@pytest.mark.parametrize("body", [
    "Ich melde mich an. Mir ist jede AG recht außer AG 2.",
    "I'd like to register. Any group is fine except group 2.",
    "Je m'inscris. Tous les ateliers me vont, sauf l'atelier 2.",
    "Me inscribo. Cualquier taller menos el taller 2.",
    "Mi iscrivo, va bene qualsiasi gruppo tranne il gruppo 2.",
    "AG 2 hariç her grup olur, kaydımı yapın lütfen.",
    "Записываюсь на MSO-Tag. Любая группа, кроме второй.",
    "Zapisuję się, każda grupa oprócz drugiej.",
    "أرغب بالتسجيل، أي مجموعة ما عدا المجموعة الثانية.",
    "Prijavljujem se, bilo koja grupa osim grupe 2.",
])
def test_a_workgroup_excepted_is_never_chosen(body):
    parsed = parse(body, MSO)
    assert "AG2" not in parsed.workgroups, (parsed.workgroups, parsed.reasons)
    assert parsed.needs_review, parsed.reasons


# --- counts typed with a digit: "zu 3t", "2x anmelden" ----------------------------------------------------

@pytest.mark.parametrize("body, size", [
    ("Wir kommen zu 3t in die AG 2.", 3),
    ("Hallo, wir sind zu 4t, AG 2 bitte.", 4),
    ("Für AG 2 bitte 2x anmelden: mich und meine Schwester.", 2),
    ("AG 2, bitte 3 x eintragen.", 3),
])
def test_a_count_typed_with_a_digit_is_read(body, size):
    parsed = parse(body, MSO)
    assert (parsed.workgroups, parsed.party_size) == (["AG2"], size), parsed.reasons


def test_three_tonnes_are_no_party():
    parsed = parse("Ich melde mich für AG 2 an. Unser Verein hat 3t Kleidung gesammelt.",
                   MSO)
    assert parsed.party_size == 1, parsed.reasons


# --- German typed on a Turkish keyboard; "me and colleagues" uncounted; a bulleted form's organisation ----

def test_dotless_i_of_a_turkish_keyboard_is_read_as_i():
    parsed = parse("hıermıt möchte ıch mıch und zweı Kollegen für dıe Arbeıtsgruppe 1 anmelden.",
                   MSO)
    assert (parsed.kind, parsed.workgroups, parsed.party_size) == ("registration", ["AG1"], 3), parsed.reasons
    assert dotted_i("Merhaba, kayıt olmak istiyorum, ıkı kışıyız.") == "Merhaba, kayıt olmak istiyorum, ıkı kışıyız."
    assert dotted_i("I would lıke to regıster, ıt ıs wıth two colleagues") == \
        "I would like to register, it is with two colleagues"


@pytest.mark.parametrize("body", [
    "Ich möchte mich und Kollegen aus unserem Vorstand für die AG 1 anmelden.",
    "Ich möchte mich und meine Kollegen für die AG 1 anmelden.",
    "I would like to register myself and colleagues for AG 1.",
    "Je voudrais inscrire moi et des collègues à l'atelier 1.",
])
def test_me_and_colleagues_without_a_count_is_asked(body):
    parsed = parse(body, MSO)
    assert parsed.needs_review and any("how many companions" in r for r in parsed.reasons), parsed.reasons


@pytest.mark.parametrize("line, org", [
    ("\t•\tAsociación: Asociación Cultural Hispano-Alemana de Ennigerloh", "Asociación Cultural Hispano-Alemana de Ennigerloh"),
    ("- Associazione: Circolo Culturale Italiano", "Circolo Culturale Italiano"),
    ("* Organização: Associação Lusa", "Associação Lusa"),
    ("Stowarzyszenie: Polonia Münster e.V.", "Polonia Münster e.V."),
])
def test_an_organisation_line_of_a_form_in_more_languages(line, org):
    assert form_organisation(f"Hola:\n\nNombre: Ana Ruiz\n{line}\nTaller: 2\n") == org


# --- a word typed half on the other keyboard layout; public bodies sign for themselves --------------------

def test_words_mixing_cyrillic_and_latin_are_read_in_one_script():
    # a Cyrillic А, а, о inside German words
    parsed = parse("Guten T\u0430g, hiermit m\u00f6chte ich mich \u0430nmelden. Ich interessiere mich f\u00fcr die \u0410G 2. "
                   "Ich k\u043emme \u0430llein.", MSO)
    assert (parsed.kind, parsed.workgroups, parsed.needs_review) == ("registration", ["AG2"], False), parsed.reasons
    # Ukrainian typed with a Latin i
    assert one_script_words("Хочу зарееструватися, мене цiкавить група 2") == "Хочу зарееструватися, мене цікавить група 2"
    # a word whose other-script letters have no twin stays as written; whole words of one script are untouched
    assert one_script_words("Gruppe Ж2b und Привет") == "Gruppe Ж2b und Привет"
    assert one_script_words("AG 2 – Zukunft, група 2") == "AG 2 – Zukunft, група 2"


@pytest.mark.parametrize("signature, org", [
    ("Stefan Wöstmann\nKreispolizeibehörde Warendorf\nDirektion Kriminalität", "Kreispolizeibehörde Warendorf"),
    ("Jana Kim\nJobcenter Kreis Warendorf\nTeam Integration", "Jobcenter Kreis Warendorf"),
])
def test_a_public_body_in_the_signature_is_the_organisation_not_the_name(signature, org):
    line = signature.split("\n")[1]
    assert has_org_word(line) and not looks_like_name(line)


def test_me_and_my_colleague_in_the_accusative_is_one():
    parsed = parse("Ich melde mich und meinen Kollegen für die AG 2 an.", MSO)
    assert (parsed.party_size, parsed.needs_review) == (2, False), parsed.reasons

