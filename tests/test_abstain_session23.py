"""Abstain first, then read more, session 23: classes of mails acted on wrongly, or sent to review for
nothing, at first contact with new writers.

Each test parses whole mails (plain values, no servers). Every case is a class, shown in several
languages or forms; the sentences are written for the test, not copied from a test set.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from mailbot.config import load_config
from mailbot.parsing import parse_message
from mailtext import event_config, mail, workgroup_rows

MSO = load_config(Path(__file__).parent.parent / "config.toml")


def parse(body: str, config=MSO, subject: str = "Anmeldung", closing: str | None = None, sender: str | None = None):
    extra = {k: v for k, v in (("closing", closing), ("sender", sender)) if v is not None}
    return parse_message(mail(body, subject=subject, **extra), config)


# --- no preference: a group noun said with "egal", "any", "whichever" names no group ------------------------

@pytest.mark.parametrize("body, size", [
    ("Hiermit melde ich mich zum MSO-Tag an. Für welche Arbeitsgruppe ich mich entscheide, möchte ich vor Ort festlegen.", 1),
    ("Ich melde mich und meine Kollegin an. AG: ist uns egal, was noch frei ist.", 2),
    ("Ich melde mich zum MSO-Tag an, die Arbeitsgruppe ist mir egal.", 1),
    ("Me inscribo para el 13 de marzo. Nos da igual el grupo de trabajo, cualquiera nos sirve.", 1),
    ("Mi iscrivo al MSO-Tag. Per quanto riguarda il gruppo di lavoro, per noi va bene qualsiasi.", 1),
    ("Zapisuję się na MSO-Tag 13 marca. Grupa robocza obojętnie.", 1),
    ("MSO-Tag için kayıt olmak istiyorum, çalışma grubu fark etmez.", 1),
])
def test_a_group_noun_without_preference_names_no_group(body, size):
    parsed = parse(body)
    assert (parsed.kind, parsed.workgroups, parsed.party_size) == ("registration", [], size)
    assert not parsed.needs_review, parsed.reasons


@pytest.mark.parametrize("body", [
    "Ich melde mich an. Die Arbeitsgruppe ist mir egal, aber am liebsten die mit dem Tanz.",  # a preference follows
    "Ich melde mich an, für die Arbeitsgruppe, die gleich nach dem Mittag beginnt.",  # "gleich" is "right after"
    "Ich melde mich für die Arbeitsgruppe mit dem Theater an, die Uhrzeit ist mir egal.",
])
def test_a_group_named_beside_not_minding_something_else_stays_evidence(body):
    parsed = parse(body)
    assert parsed.needs_review
    assert any("workgroup" in r for r in parsed.reasons), parsed.reasons


# --- the event's day right after the event's noun ("na forum 20 maja") ---------------------------------------

@pytest.fixture
def forum(tmp_path):
    rows = [("K1", "Pflege und Gesundheit", '"Pflege"'), ("K2", "Wohnen im Alter", '"Wohnen"'),
            ("K3", "Freizeit und Kultur", '"Kultur"')]
    return event_config(tmp_path, workgroup_rows(rows, label="Gesprächskreis {id}"), name="Seniorenforum Kinderhaus 2027")


@pytest.mark.parametrize("body", [
    "Хочу записаться на форум 8 мая. Меня интересует Gesprächskreis K2.",
    "Chciałabym zapisać się na forum 8 maja. Interesuje mnie Gesprächskreis K2.",
    "Хочу зареєструватися на форум 8 травня, Gesprächskreis K2.",
])
def test_the_event_noun_before_the_event_day_is_the_event(forum, body):
    parsed = parse(body, forum)
    assert (parsed.kind, parsed.workgroups, parsed.party_size) == ("registration", ["K2"], 1)
    assert not parsed.needs_review, parsed.reasons


def test_the_event_noun_before_another_day_stays_evidence(forum):
    parsed = parse("Хочу записаться на форум 2 мая. Меня интересует Gesprächskreis K2.", forum)
    assert parsed.needs_review


# --- ages, German ordinal offices, children one has, counts of changes -------------------------------------

@pytest.mark.parametrize("body, group, size", [
    ("Ich melde mich zum MSO-Tag an, AG 1. Meine Tochter Giulia kommt mit, sie ist 16 und geht zur Schule.", "AG1", 2),
    ("I register for AG 2 together with my daughter. She's 16 and very interested.", "AG2", 2),
    ("Ich komme mit meinem Sohn zur AG 1, er ist erst 9.", "AG1", 2),
    ("Записываюсь в AG 3. Нас будет двое: я и дочка (ей 12, ей тоже интересно).", "AG3", 2),
    ("Записуюсь до AG 1. Буду з донькою, їй 15, вона теж хоче піти.", "AG1", 2),
])
def test_an_age_said_of_one_person_counts_nobody(body, group, size):
    parsed = parse(body)
    assert (parsed.kind, parsed.workgroups, parsed.party_size) == ("registration", [group], size)
    assert not parsed.needs_review, parsed.reasons


@pytest.mark.parametrize("body, group, size", [
    ("Hiermit melde ich Herrn Mustafa Şahin (2. Vorsitzender) und mich zur AG 3 an, also zwei Personen.", "AG3", 2),
    ("Wir kommen zu zweit zur AG 2, unser Platzwart hat Dienst (Heimspiel der 2. Mannschaft).", "AG2", 2),
    ("Ich melde mich für die AG 1 an. Ich studiere Soziale Arbeit im 5. Semester.", "AG1", 1),
])
def test_a_german_ordinal_before_an_office_or_team_counts_nobody(body, group, size):
    parsed = parse(body)
    assert (parsed.kind, parsed.workgroups, parsed.party_size) == ("registration", [group], size)
    assert not parsed.needs_review, parsed.reasons


def test_two_chairs_still_count():
    parsed = parse("Ich melde mich für die AG 3 an. Unsere 2 Vorsitzenden kommen mit.")
    assert parsed.needs_review or parsed.party_size == 3


@pytest.mark.parametrize("body", [
    "Ich interessiere mich für die Arbeitsgruppe 1, weil ich habe 3 Kinder in der Schule (8, 10 und 13 Jahre). Ich melde mich an.",
    "I'd like to register for AG 1 on 13 March. I work as a teaching assistant and I'm a mum of three.",
    "Zgłaszam się na MSO-Tag, grupa robocza nr 1 - mam dwoje dzieci w wieku 8 i 11 lat.",
    "Записываюсь на MSO-Tag, в AG 1. У меня двое детей-школьников.",
    "أرغب في التسجيل في مجموعة العمل 1، لأن لدينا ثلاثة أطفال في المدرسة.",
])
def test_children_one_has_count_nobody(body):
    parsed = parse(body)
    assert (parsed.kind, parsed.workgroups, parsed.party_size) == ("registration", ["AG1"], 1)
    assert not parsed.needs_review, parsed.reasons


@pytest.mark.parametrize("body", [
    "Ich melde mich für AG 1 an. Wir haben 2 Kinder dabei.",
    "Ich melde mich für AG 1 an. Wir bringen unsere 2 Kinder mit.",
])
def test_children_who_come_are_no_children_one_has(body):
    parsed = parse(body)
    assert parsed.needs_review or parsed.party_size == 3, parsed


@pytest.mark.parametrize("body, group, size", [
    ("Danke für die Bestätigung. Zwei Änderungen bitte: Wir wechseln in AG 3 und kommen zu dritt.", "AG3", 3),
    ("Thanks for the confirmation. 2 changes, please: could you move us to AG 2? And we are now three instead of two.", "AG2", 3),
])
def test_a_count_of_changes_counts_nobody(body, group, size):
    parsed = parse_message(mail(body, subject="Re: Ihre Anmeldung", headers="In-Reply-To: <c@muenster.example>\n"), MSO)
    assert (parsed.workgroups, parsed.party_size) == ([group], size), parsed
    assert not parsed.needs_review, parsed.reasons


@pytest.mark.parametrize("text", [
    "egal " * 100_000,
    "arbeitsgruppe " * 50_000 + "egal",
    "welche gruppe " * 50_000,
    "forum 13 " * 50_000,
    "ich habe 3 kinder, " * 20_000,
    "sie ist " * 100_000 + "16",
    "8, " * 100_000 + "10 Jahre",
    "der 2. Vorsitzende, " * 20_000,
    "2. " * 100_000 + "Vorsitzende",  # (sentences joined after each "2.": was 50 s, quadratic)
])
def test_the_new_patterns_stay_linear(text):
    start = time.perf_counter()
    parse(text[:1_000_000])
    assert time.perf_counter() - start < 20  # (a quadratic pattern takes hours on these)


# --- colours in the writer's language name the workgroup of that colour -------------------------------------

@pytest.fixture
def colours(tmp_path):
    rows = [("lila", "Öffentlichkeitsarbeit für Vereine", '"Lila", "Violett"'),
            ("orange", "Beruf und Anerkennung", '"Orange", "Beruf"'),
            ("gruen", "Gesundheit und Selbstfürsorge", '"Grün", "Gruen"'),
            ("blau", "Gewaltschutz und Rechte", '"Blau", "Gewaltschutz"')]
    return event_config(tmp_path, workgroup_rows(rows, label="Workshop {id}"), name="Netzwerktag 2027")


@pytest.mark.parametrize("body, groups", [
    ("Здравствуйте! Записываюсь на Netzwerktag. Меня интересует синий воркшоп.", ["blau"]),
    ("Merhaba, Netzwerktag için kayıt olmak istiyorum. Birinci tercihim mor atölye, ikinci tercihim yeşil atölye.", ["lila", "gruen"]),
    ("سلام، برای Netzwerktag ثبت‌نام می‌کنم. به کارگاه سبز علاقه دارم.", ["gruen"]),
    ("Bonjour, je m'inscris au Netzwerktag, à l'atelier vert s'il vous plaît.", ["gruen"]),
    ("Hallo, ich melde mich zum Netzwerktag an und möchte in den blauen Workshop.", ["blau"]),
    ("Hi, I'd like to register for the Netzwerktag, the orange workshop please.", ["orange"]),
])
def test_a_colour_in_the_writers_language_names_its_workgroup(colours, body, groups):
    parsed = parse(body, colours)
    assert (parsed.kind, parsed.workgroups, parsed.party_size) == ("registration", groups, 1)
    assert not parsed.needs_review, parsed.reasons


def test_a_colour_of_no_workgroup_stays_evidence(colours):
    parsed = parse("Hallo, ich melde mich zum Netzwerktag an, für den roten Workshop.", colours)
    assert parsed.needs_review and not parsed.workgroups


def test_a_colour_without_a_group_noun_names_nothing(colours):
    parsed = parse("Hallo, ich melde mich zum Netzwerktag an. Unser Logo hat blaue Streifen. Ich nehme am Workshop Beruf teil.",
                   colours)
    assert parsed.workgroups == ["orange"]


# --- a title word that begins a compound of the event's name names no workgroup --------------------------------

def test_a_title_word_of_the_event_name_names_no_workgroup(tmp_path):
    rows = [("A", "Frauen und Beruf", '"Beruf"'), ("B", "Gesundheit und Selbstfürsorge", '"Gesundheit"')]
    config = event_config(tmp_path, workgroup_rows(rows, label="Workshop {id}"), name="Frauennetzwerktag Bielefeld 2027")
    parsed = parse("Guten Tag, wir sind zwei Frauen aus Bielefeld und melden uns zum Frauennetzwerktag an.", config)
    assert parsed.workgroups == [] and parsed.party_size == 2
    assert parse("Ich melde mich für den Workshop Frauen und Beruf an.", config).workgroups == ["A"]


# --- "all topics are interesting" is no preference ---------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Ich melde mich zum MSO-Tag an. Welcher Workshop ist uns egal, alle Themen sind interessant für uns.",
    "I register for the MSO day. All of the topics sound interesting to me, put me where there is room.",
    "Me inscribo al MSO-Tag del 13 de marzo. Todos los temas me interesan.",
    "Записываюсь на MSO-Tag. Все темы интересны, запишите куда есть место.",
])
def test_interest_in_all_groups_alike_is_no_preference(body):
    parsed = parse(body)
    assert (parsed.kind, parsed.workgroups) == ("registration", [])
    assert not parsed.needs_review, parsed.reasons


@pytest.mark.parametrize("body", [
    "Ich melde mich an. Alle Themen sind interessant, aber besonders das mit dem Tanz.",
    "I register for the MSO day. All topics are interesting, especially the one about dance.",
])
def test_interest_in_all_but_one_in_particular_stays_a_preference(body):
    parsed = parse(body)
    assert parsed.needs_review and any("prefers" in r or "interests" in r for r in parsed.reasons), parsed.reasons


# --- a line under the signature: a second writer of a shared mailbox ----------------------------------------------

@pytest.mark.parametrize("closing", [
    "\n\nViele Grüße\nMurat Yılmaz\nElternverein Hamm\n\nIch komme auch mit! – Ayşe\n",
    "\n\nMit freundlichen Grüßen\nIngrid Kowalski\nMieterbeirat Hamm-Norden\n\nIch bin auch dabei. Erika Thiele\n",
    "\n\nBest regards\nJohn Smith\n\nI'll come too! – Mary\n",
])
def test_a_line_of_coming_under_the_signature_goes_to_review(closing):
    parsed = parse("Hallo, ich melde mich für die AG 2 an.", closing=closing)
    assert parsed.needs_review and any("under the signature" in r for r in parsed.reasons), parsed.reasons


@pytest.mark.parametrize("closing", [
    "\n\nViele Grüße\nKarim Ben Salah\nUnion des Tunisiens\n",
    "\n\nMit freundlichen Grüßen\nAnna Berg\nMelden Sie sich für unseren Newsletter an: www.verein.example\n",
])
def test_a_name_or_a_footer_under_the_signature_is_no_second_writer(closing):
    parsed = parse("Hallo, ich melde mich für die AG 2 an.", closing=closing)
    assert not any("under the signature" in r for r in parsed.reasons), parsed.reasons


# --- Polish "as four" --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("body, size", [
    ("Dzień dobry, zgłaszam nas na MSO-Tag, grupa robocza 2. Przyjdziemy we czwórkę.", 4),
    ("Dzień dobry, zgłaszam nas na MSO-Tag, grupa robocza 2. Przyjdziemy w piątkę.", 5),
    ("Dzień dobry, zgłaszam nas na MSO-Tag, grupa robocza 2. Będziemy we trzech.", 3),
])
def test_polish_collective_counts(body, size):
    parsed = parse(body)
    assert (parsed.kind, parsed.workgroups, parsed.party_size) == ("registration", ["AG2"], size)
    assert not parsed.needs_review, parsed.reasons


# --- a form's row of boxes on one line ----------------------------------------------------------------------------

@pytest.mark.parametrize("body, groups, review", [
    ("Ich melde mich an.\nArbeitsgruppe:  [ ] AG 1   [x] AG 2   [ ] AG 3\nAnzahl Personen: 2", ["AG2"], False),
    ("I register for the MSO day.\nWorkgroup: ☐ AG 1 ☒ AG 3 ☐ AG 2", ["AG3"], False),
    ("Ich melde mich an.\nArbeitsgruppe:  [X] AG 1   [ ] AG 2   [X] AG 3", ["AG1", "AG3"], True),  # two ticked: order?
    ("Ich melde mich an.\nArbeitsgruppe:  [ ] AG 1   [ ] AG 2   [ ] AG 3", ["AG1", "AG2", "AG3"], True),  # none ticked
])
def test_a_row_of_boxes_on_one_line_is_read_like_a_list(body, groups, review):
    parsed = parse(body)
    assert (parsed.kind, parsed.workgroups, parsed.needs_review) == ("registration", groups, review), parsed.reasons


# --- "she comes alone, I stay at home": the person registered comes alone ---------------------------------------

@pytest.mark.parametrize("body", [
    "Hiermit melde ich meine Frau Zahra für die AG 1 an. Bitte schicken Sie die Bestätigung an zahra@beispiel.example. "
    "Sie kommt alleine, ich passe an dem Tag auf die Kinder auf.",
    "I would like to register our chairman for AG 2, please send the confirmation to chair@beispiel.example. "
    "He will come alone; unfortunately I cannot attend myself.",
    "Je voudrais inscrire ma collègue à l'AG 3, merci d'envoyer la confirmation à collegue@beispiel.example. "
    "Elle viendra seule, moi je travaille ce jour-là.",
])
def test_the_person_registered_comes_alone_while_the_writer_stays_away(body):
    parsed = parse(body)
    assert parsed.kind == "registration" and parsed.party_size == 1
    assert not any("who comes?" in r for r in parsed.reasons), parsed.reasons


def test_the_writer_who_comes_alone_still_asks_who_comes():
    parsed = parse("Ich melde mich für die AG 1 an. Bitte schicken Sie die Bestätigung an kollegin@beispiel.example. "
                   "Ich komme allein.")
    assert any("who comes?" in r for r in parsed.reasons), parsed.reasons


# --- only the fallback after "if it is full" was read ---------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Ich melde mich an. Am liebsten zum Thema Tanz und Theater. Falls die Gruppe voll ist, nehme ich die AG 2.",
    "I register for the MSO day, preferably the dance group. If that group is full, AG 2 would be fine.",
    "Me inscribo. Prefiero el grupo de danza; si está lleno, el grupo 2.",
])
def test_a_fallback_alone_after_if_full_leaves_the_first_choice_open(body):
    parsed = parse(body)
    assert parsed.needs_review, (parsed.workgroups, parsed.reasons)


# --- a first choice ranked, another workgroup read before it --------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Je m'inscris. Nous serons deux : moi et une jeune bénévole de l'éducation.\nPremier choix : AG 2. Deuxième choix : AG 3.",
    "Ich melde mich an, ich arbeite in der Bildung. Erstwunsch: AG 2, Zweitwunsch: AG 3.",
])
def test_a_workgroup_read_before_the_one_ranked_first_leaves_the_order_open(body):
    parsed = parse(body)
    assert parsed.needs_review and parsed.workgroups[0] != "AG2" or parsed.workgroups[:2] == ["AG2", "AG3"], parsed


@pytest.mark.parametrize("body, groups", [
    ("Me gustaría inscribirme. Mi primera opción es el grupo de trabajo 1; si ya no hay plazas, me apunto al grupo 2.",
     ["AG1", "AG2"]),
    ("Je voudrais m'inscrire. Mon premier choix est l'AG 3, et si ce n'est pas possible, l'AG 1.", ["AG3", "AG1"]),
])
def test_the_one_ranked_first_then_its_fallback_keep_their_order(body, groups):
    parsed = parse(body)
    assert (parsed.workgroups, parsed.needs_review) == (groups, False), parsed.reasons


# --- as many people named by title as come, the writer not among them -----------------------------------------------

def test_a_named_party_without_the_writer_asks_whose_name():
    parsed = parse("im Auftrag des Vorstands melde ich folgende zwei Personen an:\n\n1) Herr Bilal Karaca, Vorsitzender\n"
                   "2) Frau Hatice Yaman, Frauenbeauftragte\n\nBeide möchten in die AG 3.")
    assert parsed.party_size == 2 and any("the writer not among them" in r for r in parsed.reasons), parsed.reasons


def test_a_named_party_with_the_writer_is_the_writers():
    parsed = parse("Ich melde mich und Herrn Bilal Karaca für die AG 3 an, wir sind zu zweit.")
    assert not any("the writer not among them" in r for r in parsed.reasons), parsed.reasons


@pytest.mark.parametrize("closing", [
    "\n\nMit freundlichen Grüßen\nAnna Beispiel\n\nDiese Nachricht ist ausschließlich für den bezeichneten Adressaten bestimmt.\n",
    "\n\nViele Grüße\nAnna Beispiel\n\n(Ev navnîşana e-nameyê ya hemû komeleyê ye.)\n",
])
def test_a_footer_under_the_signature_is_no_second_writer(closing):
    parsed = parse("Hallo, ich melde mich für die AG 2 an.", closing=closing)
    assert not any("under the signature" in r for r in parsed.reasons), parsed.reasons


# --- a house number over a postcode line ---------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Ich melde mich für die AG 1 an.\n\nRechnungsanschrift:\nKleingärtnerverein Am Hallerey e.V.\nHallerey 12\n44149 Dortmund",
    "Je m'inscris à l'AG 2.\n\nAssociation des Femmes\nRue Haute 4a\n1000 Bruxelles",
])
def test_a_house_number_over_a_postcode_counts_nobody(body):
    parsed = parse(body)
    assert parsed.kind == "registration" and parsed.party_size == 1 and not parsed.needs_review, parsed.reasons


def test_a_count_at_a_lines_end_over_a_postcode_stays_evidence():
    parsed = parse("Ich melde mich für AG 1 an. Wir kommen zu 2\n44149 Dortmund ist unser Sitz.")
    assert parsed.needs_review or parsed.party_size == 2


def test_the_registered_persons_second_family_name_is_kept():
    parsed = parse("Queremos inscribir a nuestra presidenta, Pilar Castro Iglesias, que representará al Centro. "
                   "Ella irá sola; yo ese día tengo una boda. Le interesa la AG 2. Por favor, enviad la confirmación "
                   "directamente a ella: pilar.castro@beispiel.example")
    assert (parsed.name, parsed.email) == ("Pilar Castro Iglesias", "pilar.castro@beispiel.example"), parsed


# --- mends from the review of the session's diff (each was a wrong answer without review) -------------------------

@pytest.mark.parametrize("body", [
    "Ich komme allein zur AG 1. Die Bestätigung bitte an unsere Koordinatorin Derya Kaya schicken (derya.kaya@example.org).",
    "Ich habe noch 2 Kinder, die ich auch anmelden möchte. AG 1.",
    "Wir haben 2 Kinder, die auch gerne mitkommen möchten. AG 1.",
    "Wir melden uns gleich für die Arbeitsgruppe zum Thema Sport an. Wir sind 2 Personen.",
    "Ich möchte mich anmelden für die Arbeitsgruppe mit den Frauen egal wann sie stattfindet.",
    "I'd like to register and become a member of the workshop on sports and integration.",
    "Hallo, wir kommen zu 2. Stellvertretend für unseren Verein melde ich uns für die AG 1 an.",
    "Ich melde mich an.\nErstwunsch: [ ] AG 1 [x] AG 2 [ ] AG 3   Zweitwunsch: [x] AG 1 [ ] AG 2 [ ] AG 3",
    "Ich melde mich an.\nAG 1 [ ]  AG 2 [x]  AG 3 [ ]",
    "Ich melde mich an.\nArbeitsgruppe: [x] AG 1 [ ] AG 2 [ ] AG 3\nBegleitperson: [x] ja [ ] nein",
])
def test_review_mends_keep_these_in_review(body):
    parsed = parse(body)
    assert parsed.needs_review, (parsed.kind, parsed.workgroups, parsed.party_size)


@pytest.mark.parametrize("body", [
    "Hola, me inscribo para el Netzwerktag. Soy del grupo verde de mi barrio.",
    "Hi, I register for the Netzwerktag. I'm with the green group at the university.",
])
def test_a_colour_of_the_writers_own_group_names_no_workgroup(colours, body):
    parsed = parse(body, colours)
    assert parsed.workgroups == [] or parsed.needs_review, parsed


def test_a_second_family_name_is_read_on_its_own_line_only():
    parsed = parse("Ich melde Derya Kaya für die AG 1 an, sie kommt allein, ich nicht. Bitte die Bestätigung an "
                   "derya.kaya@beispiel.example, das ist Derya Kaya\nVorstand.")
    assert parsed.name != "Derya Kaya Vorstand"
