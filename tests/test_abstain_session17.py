"""Abstain first, then read more, session 17: classes of mails acted on wrongly at first contact with new
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

MSO = load_config(Path(__file__).parent.parent / "config.toml")

# an event whose workshops are named after partner towns (words writers also use of their own lives)
TOWNS = workgroup_rows([
    ("LUB", "Werkstatt Lublin – Schulpartnerschaften", '"Lublin"'),
    ("KAZ", "Werkstatt Kasan – Bürgerreisen", '"Kasan", "Kazan"'),
    ("YRK", "Werkstatt York – Genossenschaften", '"York"'),
    ("IZM", "Werkstatt Izmir – Kultur und Musik", '"Izmir", "İzmir"'),
], label="Werkstatt {n}")

# ids that are words
WORDS = workgroup_rows([
    ("EDU", "Bildungswege in Schule und Studium", '"Bildung", "Education"'),
    ("YOUTH", "Zweite Generation: Jugend und Identität", '"Jugend", "Youth"'),
    ("HEALTH", "Gesundheit und Pflege", '"Gesundheit", "Health"'),
], label="Workshop {n}")


@pytest.fixture(scope="module")
def towns(tmp_path_factory):
    return event_config(tmp_path_factory.mktemp("towns"), TOWNS)


@pytest.fixture(scope="module")
def worded(tmp_path_factory):
    return event_config(tmp_path_factory.mktemp("worded"), WORDS)


def parse(body: str, config, subject: str = "Anmeldung"):
    return parse_message(mail(body, subject=subject), config)


# --- a rank said in so many words beats the order of mention ---------------------------------------------

@pytest.mark.parametrize("body", [
    "Unsere Schule hat seit Jahren einen Austausch mit York. Wir möchten in die Werkstatt Lublin, als Zweitwunsch York.",
    "Wir möchten in die Werkstatt Lublin; falls die voll ist, nehmen wir als Zweitwunsch York.",
    "We would like the Lublin workshop, York as our second choice.",
])
def test_a_workgroup_ranked_second_is_second(towns, body):
    parsed = parse(body, towns)
    assert parsed.workgroups == ["LUB", "YRK"], parsed.reasons
    assert not parsed.needs_review, parsed.reasons


# --- a place said in passing is no choice when a workgroup is chosen in so many words --------------------

@pytest.mark.parametrize("body, ids", [
    ("Unsere Schule pflegt seit vielen Jahren einen Austausch mit einer Schule in York. "
     "Wir möchten in die Werkstatt Lublin.", ["LUB"]),
    ("Our choir travelled to Izmir last spring and loved it. This year I'd like to join the Kasan workshop.", ["KAZ"]),
    ("Nasze stowarzyszenie od wielu lat współpracuje z miastem York. Zapisuję się na warsztat Lublin.", ["LUB"]),
])
def test_a_place_in_passing_is_no_choice(towns, body, ids):
    parsed = parse(body, towns)
    assert parsed.workgroups == ids, parsed.reasons


@pytest.mark.parametrize("body", [
    "Ich melde mich für die Werkstatt Lublin an. York wäre auch schön.",  # a liking
    "Please register me for the Lublin workshop. York sounds good too.",
    "Ich melde mich für die Werkstatt Lublin an. Mein Bruder lebt in York.",  # too short to tell
    "Ich melde mich für die Werkstatt Lublin an. Danach gern York.",
])
def test_a_place_that_may_be_a_choice_is_kept(towns, body):
    parsed = parse(body, towns)
    assert "YRK" in parsed.workgroups or parsed.needs_review, (parsed.workgroups, parsed.reasons)
    assert parsed.workgroups[:1] == ["LUB"] or parsed.needs_review


# --- an id that is a word, and a title word before a person's noun -----------------------------------------

@pytest.mark.parametrize("body", [
    "Dear Sir, our youth pastor will now also be joining us, so we shall be five persons in total.",
    "Hello, our health worker will come with me, we are two.",
    "Good day, I am the education officer of our association and would like to register.",
])
def test_a_field_before_a_person_chooses_nothing(worded, body):
    parsed = parse(body, worded)
    assert parsed.workgroups == [] and (parsed.needs_review or parsed.kind != "registration"), (parsed.workgroups, parsed.reasons)


@pytest.mark.parametrize("body, ids", [
    ("Please register me for YOUTH.", ["YOUTH"]),
    ("Ich melde mich für HEALTH an.", ["HEALTH"]),
    ("I would like to join the youth workshop.", ["YOUTH"]),
])
def test_ids_that_are_words_still_work(worded, body, ids):
    assert parse(body, worded).workgroups == ids


# --- the same companion named twice is not two ------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Ich komme mit meiner Frau. Bitte melden Sie meine Frau und mich für AG 2 an.",
    "I will come with my wife. Please register my wife and me for workgroup 2.",
    "Θα έρθω μαζί με τη σύζυγό μου, ομάδα εργασίας 2.\n\nI will come with my wife, working group 2.",
    "Я приду с мужем, группа 2.\n\nIch komme mit meinem Mann, AG 2.",
    "Je viendrai avec ma fille, atelier 2.\n\nI'll come with my daughter, workgroup 2.",
])
def test_companions_named_in_two_sentences_go_to_review(body):
    parsed = parse(body, MSO)
    assert parsed.needs_review and any("same person twice" in r for r in parsed.reasons), parsed.reasons


@pytest.mark.parametrize("body, size", [
    ("Ich komme mit meiner Frau in die AG 2.", 2),
    ("I'll come with my wife and my son, workgroup 2.", 3),
])
def test_companions_in_one_sentence_are_counted(body, size):
    parsed = parse(body, MSO)
    assert parsed.party_size == size and not parsed.needs_review, parsed.reasons


# --- a companion taken off while the writer says they still come ------------------------------------------

@pytest.mark.parametrize("body", [
    "Bitte streichen Sie meinen Kollegen, ich selbst komme aber weiterhin.",
    "Veuillez désinscrire ma collègue, elle ne peut pas venir. Moi je viens toujours.",
    "Arkadaşımın kaydını iptal edin lütfen, gelemeyecek. Ben geliyorum.",
    "Mia moglie non può venire, cancellate la sua iscrizione per favore. Io vengo.",
])
def test_a_companion_cancelled_and_the_writer_still_comes_is_no_cancellation(body):
    parsed = parse(body, MSO)
    assert parsed.kind != "cancellation" and parsed.needs_review, (parsed.kind, parsed.reasons)


@pytest.mark.parametrize("body", [
    "Waan ka xumahay, laakiin aniga iyo gabadhayda ma iman karno. Fadlan tirtir diiwaangelintayada.",
    "Ma iman karno sabtida. Fadlan tirtir magacayga.",
])
def test_somali_we_cannot_come_cancels(body):
    assert parse(body, MSO, subject="Ka noqosho").kind == "cancellation"


# --- organisations: Dutch and Nordic words, names broken over two lines, remarks, projects -----------------

from mailbot.parsing.people import body_organisation, form_organisation, signature_organisation  # noqa: E402


@pytest.mark.parametrize("body, organisation", [
    ("Ik ben vrijwilliger bij Vrouwenvereniging Al Amal, we geven taallessen.", "Vrouwenvereniging Al Amal"),
    ("Jeg er frivillig i Grænselandsforeningen Tønder, hvor vi arbejder med sprog.", "Grænselandsforeningen Tønder"),
    ("Ik bin jeugdtrainer by Keatsferiening Easterlittens en wy soene graach komme.", "Keatsferiening Easterlittens"),
    ("Wij zitten in het bestuur van Oranjevereniging Glane, die elk jaar een feest organiseert.", "Oranjevereniging Glane"),
    ("Jag är medlem i Kulturföreningen Bryggan sedan många år.", "Kulturföreningen Bryggan"),
])
def test_dutch_and_nordic_members_name_their_association(body, organisation):
    assert body_organisation(body) == organisation


@pytest.mark.parametrize("signature, organisation", [
    ("Anna de Boer\nsecretaris Muziekvereniging Harmonie Losser\nTel. 053 123 45 67", "Muziekvereniging Harmonie Losser"),
    ("Giorgos Papadakis\n1. Vorsitzender\nVerein zur Förderung der deutsch-griechischen\nKultur und Bildung Münster e.V.\n"
     "Geisbergweg 9 · 48143 Münster", "Verein zur Förderung der deutsch-griechischen Kultur und Bildung Münster e.V."),
    ("Jens Overbeck\nProjektleitung „Starke Vereine“\nBrückenbau Integrationsdienste gGmbH\nHammer Straße 112",
     "Brückenbau Integrationsdienste gGmbH"),
    ("Lena Berg\nVorsitzende\nKulturverein Anatolien e.V.\nMaria Hoffmann", "Kulturverein Anatolien e.V."),
    # a role line that ends in a lower-case word is no broken name
    ("Prudence Kabongo\nSecrétaire générale\nCommunauté congolaise de Hamm", "Communauté congolaise de Hamm"),
])
def test_signature_organisations(signature, organisation):
    assert signature_organisation(signature, None) == organisation


@pytest.mark.parametrize("body, organisation", [
    ("Name: Sivakumar Rajendran\nOrganisation: Tamil Sangam Münster e.V. (Mitglied im MSO-Netzwerk Münster)\n",
     "Tamil Sangam Münster e.V."),
    ("Name: Ana Lopes\nOrganisation: Casa do Brasil e.V. (seit 2019 im Vereinsregister)\n", "Casa do Brasil e.V."),
])
def test_a_remark_in_brackets_after_a_form_organisation_is_dropped(body, organisation):
    assert form_organisation(body) == organisation


# --- a cancellation said on a condition cancels nothing yet (Romance languages) ----------------------------

@pytest.mark.parametrize("body", [
    "Me gustaría participar en el grupo de trabajo 1. ¿Habrá cuidado de niños? Si no hay, a lo mejor tengo que cancelar.",
    "Je voudrais participer à l'atelier 1. S'il n'y a pas de garde d'enfants, je devrai peut-être annuler.",
    "Vorrei partecipare al gruppo 1. Se non c'è la babysitter, forse devo annullare.",
    "Gostaria de participar no grupo 1. Se não houver creche, talvez tenha de cancelar.",
])
def test_a_cancellation_on_a_condition_is_no_cancellation(body):
    parsed = parse(body, MSO)
    assert parsed.kind != "cancellation", parsed.reasons


# --- "as a backup" belongs to the workgroup it stands beside ----------------------------------------------

@pytest.mark.parametrize("body, ids", [
    ("Unser Wunsch wäre die AG 3, als Ausweichmöglichkeit die AG 2.", ["AG3", "AG2"]),
    ("Ich möchte in die AG 3, als Ausweichmöglichkeit die AG 2.", ["AG3", "AG2"]),
    ("Hello, workgroup 1 please, workgroup 3 as a backup.", ["AG1", "AG3"]),
    ("Ich nehme die AG 2 als Ersatz, am liebsten aber AG 1.", ["AG1", "AG2"]),
])
def test_a_backup_is_the_workgroup_beside_it(body, ids):
    parsed = parse(body, MSO)
    assert parsed.workgroups == ids or parsed.needs_review, (parsed.workgroups, parsed.reasons)
    assert parsed.workgroups[:1] == ids[:1] or parsed.needs_review


def test_only_fallbacks_read_is_no_order():
    parsed = parse("Ich möchte in die AG 2 als Ausweichmöglichkeit, lieber wäre mir AG 3.", MSO)
    assert parsed.needs_review, parsed.workgroups


# --- a stem of one language inside a word of another --------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Wir vom Peruanischen Kulturverein möchten uns für die AG 3 anmelden.",
    "Ich komme aus Peru und melde mich für die AG 3 an.",
])
def test_a_country_is_no_finnish_cancellation(body):
    parsed = parse(body, MSO)
    assert parsed.kind == "registration" and not any("withdrawal" in r for r in parsed.reasons), parsed.reasons


# --- the coordinator's own address quoted under a reply is us ------------------------------------------------

def test_a_change_under_the_coordinators_personal_mail_is_the_writers_own():
    body = ("Ja, bitte buchen Sie mich von der AG 3 in die AG 2 um.\n\nViele Grüße\nÖmer Yavuz\n\n"
            "Von: Meza Correa-Flock, Ximena <meza-correa-flock@muenster.example>\nGesendet: Freitag, 19. Februar 2027\n"
            "Betreff: Ihre Anmeldung\n\nSehr geehrter Herr Yavuz, möchten Sie in die AG 2 wechseln?\n")
    parsed = parse_message(mail(body, subject="AW: Ihre Anmeldung", closing="",
                                headers="In-Reply-To: <x@muenster.example>\n"), MSO)
    assert parsed.kind == "change" and parsed.workgroups == ["AG2"]
    assert not any("another address" in r for r in parsed.reasons), parsed.reasons


def test_a_change_under_another_members_mail_is_still_asked():
    body = ("Kleine Korrektur zu Aylins Mail: bitte AG 2 statt AG 3.\n\nViele Grüße\nÖmer Yavuz\n\n"
            "Von: Aylin Çelik <a.celik@verein.example>\nGesendet: Freitag, 19. Februar 2027\n"
            "Betreff: Anmeldung\n\nHallo, ich melde mich für die AG 3 an.\n")
    parsed = parse_message(mail(body, subject="AW: Anmeldung", closing="",
                                headers="In-Reply-To: <x@verein.example>\n"), MSO)
    assert parsed.needs_review and any("another address" in r for r in parsed.reasons), parsed.reasons


# --- honorifics and congregations ------------------------------------------------------------------------------

from mailbot.parsing.people import has_org_word, strip_salutation  # noqa: E402


@pytest.mark.parametrize("written, name", [
    ("Mama Rehema Juma", "Rehema Juma"),
    ("Chief Emeka Obi", "Emeka Obi"),
    ("Alhaji Musa Bello", "Musa Bello"),
    ("Maman Chantal Kabeya", "Chantal Kabeya"),
    ("Papa Jean Mukendi", "Jean Mukendi"),
])
def test_honorifics_are_no_part_of_the_name(written, name):
    assert strip_salutation(written) == name


@pytest.mark.parametrize("line", ["Église Évangélique La Grâce Hamm", "Iglesia Evangélica Hispana Hamm", "Igreja Batista Hamm",
                                  "Chiesa Valdese Hamm", "Dahira Touba Hamm", "Coro Voces de América", "Casal Català de Hamm",
                                  "RCCG Jesus House Parish Hamm"])
def test_congregations_and_choirs_are_organisations(line):
    assert has_org_word(line)


def test_an_office_beside_the_organisation_is_dropped():
    assert signature_organisation("Emmanuel Adebayo\nParish Pastor, RCCG Jesus House Parish Hamm", None) == \
        "RCCG Jesus House Parish Hamm"


@pytest.mark.parametrize("body, ids", [
    ("Small change if possible: could you move me to workgroup 3? If group 3 is already full, please leave me in group 2.",
     ["AG3", "AG2"]),
    ("Hallo, wenn möglich bitte AG 2, sonst AG 3.", ["AG2", "AG3"]),
])
def test_if_possible_is_a_courtesy_not_a_fallback(body, ids):
    parsed = parse(body, MSO)
    assert parsed.workgroups == ids and not any("order unclear" in r for r in parsed.reasons), parsed.reasons


def test_a_public_mail_provider_is_no_shared_organisation(tmp_path):
    text = (Path(__file__).parent.parent / "config.toml").read_text()
    path = tmp_path / "config.toml"
    path.write_text(text.replace('registration_address = "mso-tag@muenster.example"',
                                 'registration_address = "mso.tag.muenster@gmail.com"'))
    config = load_config(path)
    body = ("Kleine Korrektur zu Aylins Mail: bitte AG 2 statt AG 3.\n\nViele Grüße\nÖmer Yavuz\n\n"
            "Von: Aylin Çelik <aylin.celik@gmail.com>\nGesendet: Freitag, 19. Februar 2027\n"
            "Betreff: Anmeldung\n\nHallo, ich melde mich für die AG 3 an.\n")
    parsed = parse_message(mail(body, subject="AW: Anmeldung", closing="",
                                headers="In-Reply-To: <x@gmail.com>\n"), config)
    assert parsed.needs_review and any("another address" in r for r in parsed.reasons), parsed.reasons


# --- a couple is two; "a couple of" is a few ------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo, wir kommen als Ehepaar, AG 2.",
    "Hello, we are a couple and would like to join workgroup 2.",
    "Bonjour, nous viendrons en couple, atelier 2.",
    "Dzień dobry, oboje chcemy do grupy 2.",
    "Hola, vamos en pareja al grupo 2.",
])
def test_a_couple_is_two(body):
    parsed = parse(body, MSO)
    assert parsed.party_size == 2 or parsed.needs_review, (parsed.party_size, parsed.reasons)
    assert parsed.party_size != 1


def test_a_couple_of_volunteers_is_no_count():
    parsed = parse("I'd like to register for workgroup 2. We are a couple of volunteers from the association.", MSO)
    assert parsed.needs_review, parsed.reasons


@pytest.mark.parametrize("body", [
    "Hello, I have a couple of questions about workgroup 2 before I register.",
    "Hallo, ich habe ein paar Fragen zur AG 2, bevor ich mich anmelde.",
])
def test_questions_before_signing_up_are_no_registration_yet(body):
    parsed = parse(body, MSO)
    assert parsed.kind != "registration" or parsed.needs_review, parsed.reasons


# --- a first name signed above the full name of the signature block -----------------------------------------

from mailbot.parsing.people import written_out  # noqa: E402


@pytest.mark.parametrize("name, signature, full", [
    ("Siobhan", "Thanks a lot,\nSiobhan\n\n--\nSiobhan Carr\nAmnesty International, Gruppe Bielefeld", "Siobhan Carr"),
    ("Ayşe", "Liebe Grüße\nAyşe\n\nAyşe Demir-Kaya\nElternverein Coerde e.V.", "Ayşe Demir-Kaya"),
    ("Anna", "Viele Grüße\nAnna\n\nTel. 0251 123456", "Anna"),  # nothing fuller: as found
    ("Anna", "Viele Grüße\nAnna\n\nMaria Schulte\nVorsitzende", "Anna"),  # another person's name
])
def test_a_first_name_is_written_out_from_the_signature(name, signature, full):
    assert written_out(name, signature) == full


# --- a subject the writer typed that says otherwise than the text -------------------------------------------

@pytest.mark.parametrize("subject, body, reason", [
    ("Anmeldung AG 3", "Hallo, ich melde mich für die AG 2 an.", "the subject names"),
    ("Registration workgroup 1", "Hello, please register me for workgroup 3.", "the subject names"),
    ("Anmeldung 2 Personen AG 1", "Hallo, ich komme allein, AG 1.", "the subject says 2 persons"),
    ("Absage", "Hallo, ich melde mich für die AG 2 an.", "the subject cancels"),
])
def test_a_subject_that_disagrees_with_the_text_goes_to_review(subject, body, reason):
    parsed = parse(body, MSO, subject=subject)
    assert parsed.needs_review and any(reason in r for r in parsed.reasons), parsed.reasons


@pytest.mark.parametrize("subject, body", [
    ("Anmeldung AG 2", "Hallo, ich melde mich für die AG 2 an."),
    ("Anmeldung AG 2 und AG 3", "Hallo, ich möchte in die AG 2, sonst AG 3."),
    ("Anmeldung 2 Personen", "Hallo, ich komme mit meiner Frau, AG 1."),
    ("Re: Anmeldung AG 1", "Hallo, ich melde mich für die AG 2 an."),  # a reply's subject is ours
])
def test_a_subject_that_agrees_changes_nothing(subject, body):
    parsed = parse(body, MSO, subject=subject)
    assert not any(r.startswith("the subject") for r in parsed.reasons), parsed.reasons


def test_a_withdrawal_word_in_a_change_is_still_named():
    # (the subject checks above were once placed so that this check ran for registrations only)
    parsed = parse("Hello, please cancel my colleague's registration, she is ill. I will still attend.", MSO)
    assert parsed.kind == "change" and any("withdrawal word in a change" in r for r in parsed.reasons), parsed.reasons
