"""Abstain first, then read more, session 18: classes of mails acted on wrongly at first contact with new
writers, or found by probing everyday sentences.

Each test parses whole mails (plain values, no servers). Every case is a class, shown in several
languages or forms; the sentences are written for the test, not copied from a test set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.config import load_config
from mailbot.parsing import parse_message
from mailbot.parsing.people import looks_like_name, signature_name, strip_salutation
from mailtext import event_config, mail, workgroup_rows

MSO = load_config(Path(__file__).parent.parent / "config.toml")

# an event whose name holds a word that one title turns into an adverb ("ehrenamtlich")
VOLUNTEERS = workgroup_rows([
    ("PATEN", "Patenschaften für Neuzugewanderte", '"Patenschaft"'),
    ("LERNEN", "Lernhilfe ehrenamtlich organisieren", '"Lernhilfe"'),
    ("SPORT", "Sportvereine öffnen", '"Sport"'),
], label="Workshop {n}")


@pytest.fixture(scope="module")
def volunteers(tmp_path_factory):
    return event_config(tmp_path_factory.mktemp("volunteers"), VOLUNTEERS, name="Aktionstag Ehrenamt 2027")


def parse(body: str, config=MSO, subject: str = "Anmeldung", closing: str | None = None, sender: str | None = None):
    extra = {k: v for k, v in (("closing", closing), ("sender", sender)) if v is not None}
    return parse_message(mail(body, subject=subject, **extra), config)


# --- "myself and my husband" with the Slavic reflexive possessive ("one's own") --------------------------

@pytest.mark.parametrize("body", [
    "Dzień dobry, chciałabym zapisać siebie i swojego męża do drugiej grupy roboczej.",
    "Добрий день, хочу зареєструвати себе і свого чоловіка до другої робочої групи.",
    "Здравствуйте, хочу зарегистрировать себя и своего мужа на вторую рабочую группу.",
    "Dobar dan, želim prijaviti sebe i svog supruga u drugu radnu grupu.",
    "Dobrý den, ráda bych přihlásila sebe a svého manžela na druhou pracovní skupinu.",
    "Dobrý den, přihlašuji sebe a svou dceru na druhou pracovní skupinu.",
    "Dobrý deň, chcela by som prihlásiť seba a svojho manžela do druhej pracovnej skupiny.",
])
def test_myself_and_my_own_spouse_are_two(body):
    parsed = parse(body)
    assert parsed.party_size == 2, parsed.reasons
    assert parsed.workgroups == ["AG2"]


@pytest.mark.parametrize("body", [
    "Preferirei il gruppo 2, a mio avviso il più utile.",  # Italian "a" is "to", no Czech "and"
    "Dobrý den, přihlašuji se na druhou pracovní skupinu. Sebe a své zkušenosti ráda představím.",
])
def test_a_alone_is_no_and(body):
    assert parse(body).party_size == 1


# --- names in signatures ---------------------------------------------------------------------------------

@pytest.mark.parametrize("line, name", [
    ("د. سامر العلي", "سامر العلي"),
    ("الحاج محمد نادر هاشمی", "محمد نادر هاشمی"),
    ("ڈاکٹر عائشہ قریشی", "عائشہ قریشی"),
    ("م. أحمد فتحي", "أحمد فتحي"),
    ("الأستاذة ليلى حداد", "ليلى حداد"),
    ("دکتر مریم رحیمی", "مریم رحیمی"),
    ("Haj Ahmad Noori", "Ahmad Noori"),
    ("Hajer Ali", "Hajer Ali"),  # a name that starts like an honorific
])
def test_honorifics_of_arabic_persian_and_urdu_writers_are_no_name(line, name):
    assert strip_salutation(line) == name


@pytest.mark.parametrize("signature, name", [
    ("ნინო ბერიძე\nGeorgisches Kulturzentrum Dortmund e.V.", "ნინო ბერიძე"),  # Georgian has no capitals in use
    ("Dr Kofi Asante\nPostdoctoral Researcher\nCentre for Land Use", "Kofi Asante"),  # "asante": Swahili thanks
    ("Asante sana,\nAmina Juma", "Amina Juma"),
    ("مع الشكر\nفؤاد الحميري\nالجالية اليمنية", "فؤاد الحميري"),
])
def test_the_signed_name(signature, name):
    display = {"Kofi Asante": "Kofi Asante", "فؤاد الحميري": "فؤاد الحميري"}.get(name, "")
    assert signature_name(signature, display) == name


@pytest.mark.parametrize("line", ["Postdoctoral Researcher", "Referentin Migration", "Research Assistant",
                                  "Sozialarbeiterin", "Project Coordinator"])
def test_a_job_line_is_no_name(line):
    assert not looks_like_name(line)


def test_a_name_under_its_job_line_is_found():
    body = "Hello,\n\nplease register me for workgroup 2, just myself.\n\nThanks,\nKofi\n\n"
    parsed = parse(body, closing="Dr Kofi Asante\nPostdoctoral Researcher\nCentre for Land Use\nUniversity of Münster\n",
                   sender="Kofi Asante <k.asante@uni.example>")
    assert parsed.name == "Kofi Asante"


# --- a title word made from the event's own name names no workgroup --------------------------------------

@pytest.mark.parametrize("body", [
    "Hiermit melde ich mich an. Ich trainiere ehrenamtlich eine Jugendmannschaft. Bei den Workshops bin ich flexibel.",
    "Ich bin seit Jahren ehrenamtlich aktiv und melde mich gern für den Aktionstag an.",
])
def test_a_word_of_the_event_name_names_no_workgroup(volunteers, body):
    assert parse(body, volunteers).workgroups == []


def test_the_title_word_itself_still_names_its_workgroup(volunteers):
    assert parse("Ich melde mich für die Lernhilfe an.", volunteers).workgroups == ["LERNEN"]


# --- the parts of a hyphenated event name are the event's words too --------------------------------------

CLUBS = workgroup_rows([
    ("SPRACHE", "Herkunftssprachen und Samstagsschulen", '"Samstagsschule"'),
    ("GELD", "Fördermittel und Buchhaltung im Verein", '"Buchhaltung"'),
    ("KULTUR", "Kultur zeigen: Feste und Chöre", '"Chöre"'),
], label="Workshop {n}")


@pytest.fixture(scope="module")
def clubs(tmp_path_factory):
    return event_config(tmp_path_factory.mktemp("clubs"), CLUBS, name="Osteuropa-Vereinetag Dortmund 2027")


@pytest.mark.parametrize("body", [
    "ich möchte mich für den Vereinetag anmelden, Workshop 3 mit den Chören.",
    "Hiermit melde ich mich zum Vereinetag an. Am liebsten Workshop 3.",
])
def test_a_part_of_the_hyphenated_event_name_names_no_workgroup(clubs, body):
    parsed = parse(body, clubs)
    assert parsed.workgroups == ["KULTUR"], parsed.reasons


def test_the_workgroup_compound_is_still_read(clubs):
    assert parse("Ich melde mich für die Vereinsbuchhaltung an, also Workshop 2.", clubs).workgroups == ["GELD"]


# --- "others" in Russian is no Ukrainian or Serbian "second" ----------------------------------------------

@pytest.mark.parametrize("body", [
    "Хочу записаться на первую рабочую группу – интересно, как это устроено у других.",
    "Хочу записаться на первую рабочую группу, приду с другом из нашего общества.",
])
def test_russian_others_and_friend_are_no_ordinal(body):
    parsed = parse(body)
    assert parsed.workgroups == ["AG1"], parsed.reasons


@pytest.mark.parametrize("body, ids", [
    ("Добрий день, хочу зареєструватися до другої робочої групи.", ["AG2"]),
    ("Добрий день, запишіть мене, будь ласка, на другу робочу групу.", ["AG2"]),
    ("Здраво, желим да се пријавим у другу радну групу.", ["AG2"]),
])
def test_ukrainian_and_serbian_second_is_still_read(body, ids):
    assert parse(body).workgroups == ids


# --- Bulgarian signs up with "запиша се" ------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Здравейте, бихме искали да се запишем за втората работна група. Ще бъдем двама души.",
    "Здравейте, моля, запишете ме за втората работна група.",
    "Здравейте, с това заявявам участие във втората работна група.",
])
def test_bulgarian_registrations_are_read(body):
    parsed = parse(body, subject="MSO-Tag 2027", closing="\n\nПоздрави\nМария Иванова\n")
    assert parsed.kind == "registration", parsed.reasons
    assert parsed.workgroups == ["AG2"]


# --- Arabic as it is typed: without hamza, with marks or tatweel, dialect verbs, prepositions on the noun --

@pytest.mark.parametrize("body, ids", [
    ("السلام عليكم، اريد اسجل بالمجموعة الثالثة.", ["AG3"]),  # no hamza, "in the" on the noun
    ("مرحبا، بدي سجل بالمجموعة التانية.", ["AG2"]),  # Levantine "I want", "second" with t
    ("أهلا، عايز أسجل في المجموعة التانية.", ["AG2"]),  # Egyptian
    ("السلام عليكم، أبغى أسجل في المجموعة الثانية.", ["AG2"]),  # Gulf
    ("السلام عليكم، أريد التسجيل في الـمـجـمـوعـة الثانية.", ["AG2"]),  # tatweel (scan.without_vowel_marks)
])
def test_arabic_registrations_as_typed(body, ids):
    parsed = parse(body, subject="MSO-Tag 2027", closing="\n\nشكرا\nحسين كاظم\n")
    assert parsed.kind == "registration", parsed.reasons
    assert parsed.workgroups == ids, parsed.reasons


@pytest.mark.parametrize("body, size", [
    ("أرجو تسجيلنا:\nالاسم: عبد الله الطيب\nمجموعة العمل: ٣\nعدد الأشخاص: ٢\n", 2),
    ("لطفا ما را ثبت نام کنید:\nنام: مریم رحیمی\nکارگروه: ۳\nتعداد نفرات: ۳\n", 3),
])
def test_arabic_and_persian_form_counts(body, size):
    parsed = parse(body, subject="MSO-Tag 2027", closing="\n")
    assert parsed.party_size == size, parsed.reasons


def test_a_change_in_levantine_arabic_is_a_change():
    parsed = parse("مرحبا، بدي غيّر مجموعة العمل. هلق أنا مسجّل بالمجموعة الأولى، بس بدي الثالثة.",
                   subject="MSO-Tag 2027", closing="\n\nشكرا\nمحمود قباني\n")
    assert parsed.kind == "change"


# --- a hard-wrapped line with a colon after a sentence's end is no form line -----------------------------

@pytest.mark.parametrize("body", [
    "hiermit melden wir uns für den Tag der Migrantenselbstorganisationen am\n13.03.2027 an. Wir sind zu dritt: "
    "Frau Ilse Hagedorn, Herr Tarik Mansour\nund ich.\n\nWir möchten alle in die AG 3.",
    "hiermit melde ich mich für den Tag der Migrantenselbstorganisationen im\nStadtweinhaus an. Mein Wunsch: AG 3.",
])
def test_a_wrapped_sign_up_with_a_colon_after_it_is_read(body):
    parsed = parse(body, subject="MSO-Tag")
    assert parsed.kind == "registration", parsed.reasons
    assert parsed.workgroups == ["AG3"]


def test_form_lines_still_stand_alone():
    from mailbot.parsing.intent import sentences
    assert sentences("Bitte anmelden\nName: Ali Demir\nTel.: 0251 123\nAG: 2") == [
        "Bitte anmelden", "Name: Ali Demir", "Tel.: 0251 123", "AG: 2"]


# --- a forward of the invitation to members tells others how to sign up ----------------------------------

@pytest.mark.parametrize("body", [
    "Liebe Mitgliedsvereine,\n\nzur Info leite ich euch die Einladung weiter. Wer teilnehmen möchte, meldet sich "
    "bitte selbst direkt bei der Stadt an.",
    "Dear members,\n\nplease find the invitation below. Anyone who wants to join, please register directly with the city.",
])
def test_telling_others_how_to_sign_up_is_no_registration(body):
    assert parse(body, subject="Fwd: Einladung MSO-Tag").kind != "registration"


def test_whoever_in_a_sentence_of_ones_own_sign_up_still_counts():
    parsed = parse("Ich melde mich für die AG 2 an, wer sonst aus unserem Verein kommt, weiß ich noch nicht.")
    assert parsed.kind == "registration"


# --- answers typed under the quoted invitation's form labels ------------------------------------------------

INVITATION_FORM = (
    "> Anmeldung bis zum 6. März 2027: Antworten Sie einfach auf diese E-Mail\n"
    "> und ergänzen Sie die folgenden Angaben.\n>\n"
)


@pytest.mark.parametrize("answers, ids, size", [
    ("> Name:\nChidi Okonkwo\n> Arbeitsgruppe (Erst- und ggf. Zweitwunsch):\nWorkshop 3 please, second choice workshop 2\n"
     "> Anzahl der Personen:\nonly me\n", ["AG3", "AG2"], 1),
    ("> Name:\nDilan Şahin\n> Arbeitsgruppe (Erst- und ggf. Zweitwunsch):\nAG 1, falls die voll ist gerne AG 3\n"
     "> Anzahl der Personen:\n2\n", ["AG1", "AG3"], 2),
])
def test_answers_under_the_quoted_form_labels_are_a_registration(answers, ids, size):
    body = ("Hallo,\n\nmeine Angaben stehen unten im Formular.\n\nViele Grüße\nAnna\n\n"
            "Am 11.01.27 um 09:30 schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:\n"
            + INVITATION_FORM + answers)
    parsed = parse(body, subject="Re: Einladung zum MSO-Tag", closing="")
    assert parsed.kind == "registration", parsed.reasons
    assert (parsed.workgroups, parsed.party_size) == (ids, size), parsed.reasons


def test_a_quoted_form_line_with_its_value_is_ours_not_an_answer():
    from mailbot.parsing.quotes import split_text
    split = split_text("Danke!\n\nAm 2.2.27 schrieb mso-tag@muenster.example:\n> Arbeitsgruppe: AG 2\n> Personen: 1\n")
    assert not split.form_answers and "AG 2" not in split.body


# --- a title word beside a workgroup chosen by its number is said in passing -------------------------------

WELCOME = workgroup_rows([
    ("W1", "Residence Permits and the Foreigners' Office", '"residence permit"'),
    ("W2", "Finding a Home: Housing and Tenancy", '"housing"'),
    ("W4", "Families Welcome: Childcare, Schools and Family Life", '"family", "childcare"'),
], label="W{n}")


@pytest.fixture(scope="module")
def welcome(tmp_path_factory):
    return event_config(tmp_path_factory.mktemp("welcome"), WELCOME, name="International Welcome Day 2027")


def test_a_title_word_in_a_story_beside_a_numbered_choice_is_none(welcome):
    body = ("I arrived Germany two weeks ago together with my wife who came on family reunion visa. "
            "We are interested in the workshop on residence permit (W1) because our appointment is pending.")
    assert parse(body, welcome, subject="Registration").workgroups == ["W1"]


def test_a_title_word_said_as_a_wish_still_counts(welcome):
    body = "We are interested in the workshop on residence permits (W1). The family workshop would be nice too."
    assert parse(body, welcome, subject="Registration").workgroups == ["W1", "W4"]


# --- common adjectives of a title name no workgroup ---------------------------------------------------------

SAFETY = workgroup_rows([
    ("WS1", "Gesundheit und Selbstfürsorge", '"Gesundheit"'),
    ("WS3", "Sicher leben – Schutz vor Gewalt und die eigenen Rechte", '"Gewaltschutz"'),
    ("WS4", "Mütter stärken: Kita und Schule", '"Kita"'),
], label="Workshop {n}")


@pytest.fixture(scope="module")
def safety(tmp_path_factory):
    return event_config(tmp_path_factory.mktemp("safety"), SAFETY)


def test_a_common_adjective_of_a_title_is_no_choice(safety):
    body = ("Wir melden uns zu dritt an. Am liebsten Workshop 3. Falls der voll ist, Workshop 1.\n\n"
            "Bitte schicken Sie die Bestätigung an meine eigene Adresse.")
    assert parse(body, safety).workgroups == ["WS4", "WS1"]  # (Workshop 3 is the third row, WS4)



# --- found by the review of this session's diff: what the new rules must not do -------------------------------

@pytest.mark.parametrize("body", [
    "مرحبا، أنا مسجلة في المجموعة الثانية. أرجو عدم إعطاء بياناتي إلى الغير.",  # "to third parties"
    "سجلت أمس في المجموعة الثانية. بسبب الغيوم والمطر قد أتأخر قليلا.",  # "the clouds"
])
def test_the_plain_alef_spelling_of_cancel_is_not_the_article(body):
    assert parse(body, subject="MSO-Tag 2027", closing="\n\nشكرا\nمنى حسن\n").kind != "cancellation"


@pytest.mark.parametrize("answers", [
    "> Teilnahme (ja/nein):\nnein\n> Arbeitsgruppe:\nAG 2 hätte mich interessiert\n",
    "> Anzahl der Personen:\nWir sind 12 Mitglieder, aber ich frage erst nach, wer Zeit hat.\n> Arbeitsgruppe:\nAG 1\n",
    "> Anzahl der Personen:\nwir wären zu dritt, falls das Wetter gut ist\n> Arbeitsgruppe:\nAG 1\n",
    "> Ort:\nWo genau ist das Stadtweinhaus? Wir wären zu dritt in AG 1.\n",
])
def test_a_filled_in_form_with_a_no_an_if_or_a_question_goes_to_review(answers):
    body = ("Hallo,\n\nunten meine Angaben.\n\nAm 11.01.27 um 09:30 schrieb Tag der Migrantenselbstorganisationen "
            "<mso-tag@muenster.example>:\n> Bitte ergänzen Sie die folgenden Angaben.\n>\n" + answers)
    assert parse(body, subject="Re: Einladung", closing="\nViele Grüße\nAli Demir\n").needs_review


def test_the_signature_under_form_answers_still_names_the_writer():
    body = ("Hallo,\n\nAm 11.01.27 schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:\n"
            "> Arbeitsgruppe:\nAG 3\n> Anzahl der Personen:\n1\n")
    parsed = parse(body, subject="Re: Einladung", closing="\nViele Grüße\nChidi Okonkwo\n",
                   sender="Maria Okonkwo <maria@beispiel.example>")
    assert parsed.name == "Chidi Okonkwo"


def test_an_attribution_is_no_form_label():
    from mailbot.parsing.quotes import split_text
    assert not split_text("Danke.\n\n> Am 12.01.27 schrieb Anna Schmidt:\nAG 2 bitte.\n").form_answers


FEST = workgroup_rows([
    ("KUECHE", "Türkische Küche gemeinsam kochen", '"Kochen"'),
    ("MUSIK", "Musik der Herkunftsländer", '"Musik"'),
], label="Workshop {n}")


@pytest.fixture(scope="module")
def fest(tmp_path_factory):
    return event_config(tmp_path_factory.mktemp("fest"), FEST, name="Deutsch-Türkisches Begegnungsfest 2027")


def test_a_part_of_the_event_name_that_a_title_has_still_names_it(fest):
    assert parse("Ich melde mich an. Ich möchte gern in den Workshop Türkische Küche.", fest).workgroups == ["KUECHE"]


@pytest.mark.parametrize("body", [
    "Als interessierte Bürgerin, melde ich mich gerne für AG 2 an.",
    "Wer von uns kommt, steht noch nicht fest: ich melde mich aber schon für AG 2 an.",
])
def test_a_sign_up_in_the_first_person_after_others_still_counts(body):
    assert parse(body, subject="MSO-Tag").kind == "registration"


def test_el_sayed_is_a_name():
    from mailbot.parsing.people import strip_salutation
    assert strip_salutation("السيد البدوي") == "السيد البدوي"


def test_a_need_told_beside_a_numbered_choice_is_kept(welcome):
    body = "Please register me and my husband for W1. He needs housing advice urgently because our lease ends."
    parsed = parse(body, welcome, subject="Registration")
    assert "W2" in parsed.workgroups and parsed.needs_review


# --- "a group of 6": how many come (the group, the writer too?) is for a person -------------------------

@pytest.mark.parametrize("body", [
    "Hello, we would like to register a group of 6 students for workgroup 2.",
    "Hallo, ich möchte eine Gruppe von 5 Frauen aus unserem Verein für die AG 2 anmelden.",
    "Hallo, wir kommen als Gruppe von 6 Schülern und 2 Lehrern zur AG 2.",
])
def test_a_group_that_comes_or_is_registered_goes_to_review(body):
    assert parse(body, subject="MSO-Tag").needs_review


@pytest.mark.parametrize("body", [
    "Ich melde mich für AG 2 an. Ich leite eine Gruppe von 12 Jugendlichen im Stadtteil.",
    "Ich melde mich für AG 2 an. Die Gruppe von 2 bis 4 Uhr würde mich interessieren.",
])
def test_a_group_the_writer_tells_of_counts_nobody(body):
    assert parse(body, subject="MSO-Tag").party_size == 1


# --- "3 Erwachsene und 2 Kinder": two counts of persons joined are the party ------------------------------

@pytest.mark.parametrize("body, size", [
    ("Hallo, wir sind 3 Erwachsene und 2 Kinder, AG 1 bitte.", 5),
    ("Bonjour, nous serons 2 adultes et 1 enfant, atelier 2.", 3),
    ("Hi, we are two adults and three kids, workgroup 2.", 5),
    ("Hallo, Anmeldung für 2 Erwachsene + 1 Kind, AG 3.", 3),
])
def test_adults_and_children_counted_together(body, size):
    assert parse(body).party_size == size


def test_a_total_with_the_children_among_them_stays_the_total():
    assert parse("Hallo, wir sind 4 Personen, davon 2 Kinder, AG 1.").party_size == 4


# --- a companion taken back in a later sentence, the coming left unsaid; "just me" ------------------------

@pytest.mark.parametrize("body", [
    "Hallo, ich melde mich und meinen Mann für AG 2 an. Leider kann mein Mann doch nicht.",
    "Hello, my wife and I were planning to come to workgroup 1, but she is sick now, so just me.",
])
def test_a_companion_taken_back_goes_to_review(body):
    assert parse(body, subject="MSO-Tag").needs_review


@pytest.mark.parametrize("body", [
    "Hallo, mein Chef hat mich angemeldet, ich wollte nur fragen, ob das geklappt hat.",
    "Hi, my boss registered me, I just wanted to ask whether that worked.",
])
def test_asking_whether_a_registration_arrived_is_a_question(body):
    assert parse(body, subject="MSO-Tag").kind == "question"


# --- "Anmeldung AG 2." in a new mail's text signs up as the same words in its subject do -------------------

@pytest.mark.parametrize("body, ids", [
    ("Hallo, Anmeldung AG 2. Wir sind ein Verein mit 120 Mitgliedern.", ["AG2"]),
    ("Hi, registration for workgroup 3, just myself.", ["AG3"]),
])
def test_the_registration_noun_with_a_choice_signs_up(body, ids):
    parsed = parse(body, subject="MSO-Tag")
    assert (parsed.kind, parsed.workgroups) == ("registration", ids)


def test_the_registration_noun_in_a_reply_is_ours():
    parsed = parse("Danke für die Anmeldebestätigung AG 2!", subject="Re: Ihre Anmeldung",
                   closing="\n\nGrüße\nAnna Beispiel\n")
    assert parsed.kind != "registration" or parsed.needs_review


# --- replies to our confirmation: one more comes; a cancellation that prefers another workgroup -----------

@pytest.mark.parametrize("body", [
    "Hallo, mein Kollege kommt nun doch mit.",
    "Hallo, wir sind jetzt doch zu dritt.",
])
def test_more_people_said_in_a_reply_is_a_change_for_review(body):
    parsed = parse(body, subject="Re: Bestätigung Ihrer Anmeldung: MSO-Tag 2027")
    assert parsed.kind == "change" and parsed.needs_review, (parsed.kind, parsed.reasons)


@pytest.mark.parametrize("body", [
    "Vielen Dank für die Bestätigung für unsere 5 Personen! Wir freuen uns sehr.",  # the count registered
    "Vielen Dank für die Antwort! Ich bespreche das am Wochenende mit meinem Vater.",
])
def test_a_thank_you_that_names_persons_is_no_change(body):
    assert parse(body, subject="Re: Bestätigung Ihrer Anmeldung: MSO-Tag 2027").kind != "change"


def test_a_cancellation_that_prefers_another_workgroup_goes_to_review():
    parsed = parse("Hallo, bitte streichen Sie meine Anmeldung für AG 2, ich nehme lieber an AG 1 teil.",
                   subject="Re: Bestätigung Ihrer Anmeldung: MSO-Tag 2027")
    assert parsed.needs_review


def test_one_more_said_with_particles_counts():
    assert parse("Ich melde mich für AG 2 an. Mein Mann kommt nun doch mit.", subject="MSO-Tag").party_size == 2


@pytest.mark.parametrize("body", [
    "Buongiorno, vorrei iscrivere me e mio marito al gruppo di lavoro 2.",
    "Goedendag, ik wil mij en mijn vrouw aanmelden voor werkgroep 2.",
])
def test_me_and_my_spouse_in_italian_and_dutch_are_two(body):
    assert parse(body, subject="MSO-Tag").party_size == 2


def test_the_future_is_no_condition_in_arabic():
    # "مستقبل" (the future, AG 2's topic) holds "قبل" (before), a condition word of its own
    body = "أرغب في التسجيل في مجموعة العمل الثانية حول مستقبل مدينة مونستر."
    parsed = parse(body, subject="MSO-Tag 2027", closing="\n\nمع الشكر\nمحمود السيد\n")
    assert (parsed.kind, parsed.workgroups) == ("registration", ["AG2"])
