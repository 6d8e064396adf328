"""Abstain first, then read more, session 19: classes of mails acted on wrongly at first contact with new
writers, or found by probing everyday sentences.

Each test parses whole mails (plain values, no servers). Every case is a class, shown in several
languages or forms; the sentences are written for the test, not copied from a test set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.config import load_config
from mailbot.parsing import parse_message
from mailbot.parsing.mime import html_to_text
from mailbot.parsing.people import name_words, signature_name, strip_salutation
from mailtext import event_config, mail, workgroup_rows

MSO = load_config(Path(__file__).parent.parent / "config.toml")


def parse(body: str, config=MSO, subject: str = "Anmeldung", closing: str | None = None, sender: str | None = None,
          headers: str = ""):
    extra = {k: v for k, v in (("closing", closing), ("sender", sender)) if v is not None}
    return parse_message(mail(body, subject=subject, headers=headers, **extra), config)


# --- a subject that names the workgroup over an empty text: the rest of it is read too ----------------------

@pytest.mark.parametrize("subject, size", [
    ("Anmeldung MSO-Tag: 3 Pers. AG 2", 3),
    ("Registration: 2 pers., workgroup 2", 2),
    ("Inscription : 4 pers. atelier 2", 4),
])
def test_a_count_abbreviated_in_the_subject_is_read(subject, size):
    parsed = parse("", subject=subject)
    assert (parsed.kind, parsed.workgroups, parsed.party_size) == ("registration", ["AG2"], size)


@pytest.mark.parametrize("subject", [
    "Anmeldung MSO-Tag: 3 Leutchen, AG 2",
    "Registration workgroup 2 - 4 of us incl. kids",
])
def test_a_number_left_in_a_subject_that_names_the_workgroup_goes_to_review(subject):
    parsed = parse("", subject=subject)
    assert parsed.needs_review


# --- a word of the event's name that a title has too ---------------------------------------------------------

DIASPORA = workgroup_rows([
    ("A", "Sankofa: Herkunftssprachen und Identität – Jugendliche in der Diaspora stärken", '"Sankofa"'),
    ("B", "Harambee: Vereinsarbeit und Fördermittel", '"Harambee"'),
    ("C", "Teranga: Arbeitsmarkt und Anerkennung", '"Teranga"'),
], label="Workshop {id}")

FEST = workgroup_rows([
    ("KUECHE", "Türkische Küche gemeinsam kochen", '"Kochen"'),
    ("MUSIK", "Musik der Herkunftsländer", '"Musik"'),
], label="Workshop {n}")


@pytest.fixture(scope="module")
def diaspora(tmp_path_factory):
    return event_config(tmp_path_factory.mktemp("diaspora"), DIASPORA, name="Afrika-Diaspora-Forum Bochum 2027")


@pytest.fixture(scope="module")
def fest(tmp_path_factory):
    return event_config(tmp_path_factory.mktemp("fest"), FEST, name="Deutsch-Türkisches Begegnungsfest 2027")


@pytest.mark.parametrize("body, wanted", [
    ("Je confirme notre participation au Forum de la diaspora africaine. Premier choix : atelier C, "
     "deuxième choix : atelier B.", ["C", "B"]),
    ("We register for the diaspora forum in Bochum, workshop B please.", ["B"]),
    ("Wir melden uns zum Forum der Diaspora an, Workshop Teranga.", ["C"]),
])
def test_the_event_named_by_a_word_a_title_has_names_no_workgroup(body, wanted, diaspora):
    parsed = parse(body, diaspora)
    assert parsed.workgroups == wanted


@pytest.mark.parametrize("body", [
    "Ich melde mich an, mich interessiert das Thema Diaspora.",
    "I would like to register, the diaspora topic is what interests me.",
])
def test_such_a_word_alone_goes_to_review_with_the_word(body, diaspora):
    parsed = parse(body, diaspora)
    assert parsed.needs_review and parsed.workgroups == []
    assert any("event's name" in r for r in parsed.reasons)


@pytest.mark.parametrize("body", [
    "Ich melde mich an. Ich möchte gern in den Workshop Türkische Küche.",
    "Ich komme gern, am liebsten zur türkischen Küche.",
])
def test_beside_another_word_of_its_title_it_names_the_workgroup(body, fest):
    assert parse(body, fest).workgroups == ["KUECHE"]


# --- "see you" closes a mail; in a script without capitals it is no name ----------------------------------

@pytest.mark.parametrize("closing, name", [
    ("\n\nإلى اللقاء يوم السبت\nنور الهاشمي\n", "نور الهاشمي"),
    ("\n\nالى اللقاء\nنور الهاشمي\n", "نور الهاشمي"),
    ("\n\nبه امید دیدار\nنور هاشمی\n", "نور هاشمی"),
    ("\n\nלהתראות בשבת\nנועה כהן\n", "נועה כהן"),
])
def test_a_see_you_line_is_a_closing_not_the_name(closing, name):
    parsed = parse("مرحبا، أسجل في مجموعة العمل 2.", closing=closing, sender="Nour Hashimi <nour@beispiel.example>")
    assert parsed.name == name


# --- a Chinese or Korean name signed without a space is a full name ----------------------------------------

@pytest.mark.parametrize("signed", ["李伟", "王秀英", "김민수"])
def test_a_cjk_name_in_the_signature_beats_the_latin_display_name(signed):
    parsed = parse("Sehr geehrte Damen und Herren,\nich möchte mich für die AG 2 anmelden.",
                   closing=f"\n\nVielen Dank\n{signed}\n", sender="Wei Li <liwei@beispiel.example>")
    assert parsed.name == signed
    assert not any("first name" in r for r in parsed.reasons)


def test_name_words_of_cjk_names():
    assert name_words("李伟") == 2 and name_words("李") == 1 and name_words("中华人民共和国万岁") == 1


# --- titles before the name: religious, traditional, German ranks ------------------------------------------

@pytest.mark.parametrize("written, name", [
    ("Pasteur Jean-Pierre Mbuyi", "Jean-Pierre Mbuyi"),
    ("Imam Ali Yılmaz", "Ali Yılmaz"),
    ("efendija Senad Mujić", "Senad Mujić"),
    ("PHK Andreas Kemper", "Andreas Kemper"),
    ("OStRin Dr. Maria Weber", "Maria Weber"),
    ("KHKin Anna Berg", "Anna Berg"),
    # a family name, in the case it is written in
    ("Kok Wai Ming", "Kok Wai Ming"),
    ("Rd Smith", "Rd Smith"),
])
def test_titles_and_ranks_are_no_part_of_the_name(written, name):
    assert strip_salutation(written) == name


def test_a_signed_rank_is_dropped_from_the_name():
    parsed = parse("Sehr geehrte Damen und Herren,\nhiermit melde ich mich für die AG 1 an.",
                   closing="\n\nMit freundlichen Grüßen\nPHK Andreas Kemper\nPolizeipräsidium Münster\n",
                   sender="Kemper, Andreas <a.kemper@polizei.example>")
    assert parsed.name == "Andreas Kemper"


# --- Outlook's Word HTML: one paragraph per line, an empty paragraph a blank line ----------------------------

def _word_html(lines: list[str]) -> str:
    body = "".join("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" if not line else f"<p class=MsoNormal>{line}<o:p></o:p></p>\n"
                   for line in lines)
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal {margin:0cm;}</style>'
            f'</head><body><div class=WordSection1>\n{body}</div></body></html>')


def test_word_html_keeps_its_signature_lines_together():
    text = html_to_text(_word_html(["Hallo,", "", "ich melde mich an.", "", "Viele Grüße", "Amra Begić", "Sekretärin"]))
    assert [line.strip() for line in text.split("\n")] == ["Hallo,", "", "ich melde mich an.", "", "Viele Grüße",
                                                           "Amra Begić", "Sekretärin"]


@pytest.mark.parametrize("lines", [
    ["Hallo Frau Schmidt", "wir hatten uns zu zweit für AG 2 angemeldet", "mein Kollege Peter kann leider nicht kommen",
     "ich komme aber auf jeden Fall", "", "Viele Grüße", "Anna Beispiel"],
    ["Hallo", "ich melde mich für AG 2 an", "unser Vorsitzender kann leider nicht kommen", "", "Viele Grüße",
     "Anna Beispiel"],
])
def test_word_html_body_lines_stay_sentences_of_their_own(lines):
    # (a line of Outlook's is a paragraph: without a full stop it still ends its sentence)
    raw = ("From: Anna Beispiel <anna@beispiel.example>\nTo: mso-tag@muenster.example\nSubject: AW: Anmeldung\n"
           "Message-ID: <o@beispiel.example>\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n"
           + _word_html(lines)).encode()
    parsed = parse_message(raw, MSO)
    assert parsed.needs_review or parsed.kind != "cancellation", (parsed.kind, parsed.reasons)


def test_empty_word_paragraphs_of_hostile_length_are_read_in_linear_time():
    import time
    html = _word_html([]) + ("<p class=MsoNormal>" + "\xa0" * 20 + "x</p>") * 2000
    started = time.perf_counter()
    html_to_text(html)
    assert time.perf_counter() - started < 5  # (exponential backtracking took 17 s for 200 such paragraphs)


def test_other_html_keeps_its_paragraphs():
    assert "\n\n" in html_to_text("<p>Hallo,</p><p>ich melde mich an.</p>")


@pytest.mark.parametrize("closing", ["S poštovanjem,", "Mit freundlichen Grüßen", "Saygılarımla"])
def test_a_word_html_signature_under_an_association_sender_names_the_writer(closing):
    html = _word_html(["Es-selamu alejkum,", "", "prijavljujemo tri osobe za AG 3:", "- Senad Mujić", "- Haris Begić",
                       "- Amra Begić (ja)", "", closing, "Amra Begić", "sekretarka", "Džemat Hagen"])
    raw = ("From: Džemat Hagen <info@dzemat.example>\nTo: mso-tag@muenster.example\nSubject: Prijava\n"
           "Message-ID: <w@dzemat.example>\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n" + html).encode()
    parsed = parse_message(raw, MSO)
    assert parsed.name == "Amra Begić"
    assert parsed.organisation == "Džemat Hagen"


# --- a first name over the full one, both signed ------------------------------------------------------------

@pytest.mark.parametrize("signature, display, name", [
    ("pozdro i do zobaczenia\nKasia\n\nKatarzyna Wiśniewska", "Kasia Wiśniewska", "Katarzyna Wiśniewska"),
    ("LG\nSteffi\nStefanie Lorenz", "Steffi Lorenz", "Stefanie Lorenz"),
    ("Cheers,\nBob\nRobert Miller", "Bob Miller", "Robert Miller"),
    # a youth group under the first name is no fuller name
    ("Viele Grüße\nTarek\nJasmin Jugend Münster", "Tarek Saleh", "Tarek"),
])
def test_a_first_name_signed_over_the_full_name_gives_the_full_name(signature, display, name):
    assert signature_name(signature, display) == name


# --- Outlook's quoted header block in more languages --------------------------------------------------------

@pytest.mark.parametrize("header", [
    "Nuo: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>\nIšsiųsta: 2027 m. vasario 18 d. 10:00\n"
    "Kam: Rūta <ruta@beispiel.example>\nTema: Erinnerung",
    "Od: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>\nPoslano: 18. februar 2027 10:00\n"
    "Za: Maja <maja@beispiel.example>\nZadeva: Erinnerung",
    "От: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>\nИзпратено: 18 февруари 2027 10:00\n"
    "До: Мария <maria@beispiel.example>\nОтносно: Erinnerung",
])
def test_a_quoted_outlook_header_in_more_languages_ends_the_writers_text(header):
    body = ("Labas, deja negalėsiu atvykti, atsiprašau.\n\n" + header +
            "\n\nFalls Sie nicht kommen können, antworten Sie bitte kurz. Ihre AG: AG 2.\n")
    parsed = parse(body, subject="RE: Erinnerung", closing="\nRūta Kazlauskienė\n")
    assert "AG 2" not in parsed.text and "Falls Sie" not in parsed.text


# --- a cancellation that asks for a workgroup by its title ------------------------------------------------

@pytest.mark.parametrize("body", [
    "Schade, dass die AG 2 voll ist. Dann wechsle ich lieber in die Arbeitsgruppe „Förderungsmöglichkeiten und "
    "effektives Vereinsmanagement“. Von der Warteliste können Sie mich dann streichen.",
    "Please take me off the waiting list for workgroup 2. I would rather join the workgroup on Vereinsmanagement.",
])
def test_leaving_a_waiting_list_for_a_workgroup_named_by_title_is_no_plain_cancellation(body):
    parsed = parse(body, subject="AW: Warteliste")
    assert parsed.needs_review or parsed.kind == "change"


def test_a_cancellation_naming_its_workgroup_in_the_sentence_that_takes_it_back_stays_one():
    parsed = parse("Leider muss ich meine Anmeldung für die AG Bildungssystem absagen, ich bin krank.",
                   subject="Absage")
    assert parsed.kind == "cancellation" and not parsed.needs_review


# --- "already" of "it may already be full" is no past registration; "in that case" gives a fallback -----------

@pytest.mark.parametrize("body, wanted", [
    ("I would like to register. We'd prefer workgroup 2. It may already be full - in that case workgroup 3 is "
     "fine for us too.", ["AG2", "AG3"]),
    ("Ich melde mich an, am liebsten für AG 2 – falls die bereits voll ist, AG 3.", ["AG2", "AG3"]),
    ("Ich melde mich an. Lieber AG 1. Die ist vielleicht schon voll, in diesem Fall AG 3.", ["AG1", "AG3"]),
    ("Je m'inscris, de préférence à l'atelier 2. Il est peut-être déjà complet, dans ce cas l'atelier 1.", ["AG2", "AG1"]),
])
def test_a_fallback_after_a_workgroup_that_may_already_be_full(body, wanted):
    parsed = parse(body)
    assert parsed.workgroups == wanted or parsed.needs_review and set(parsed.workgroups) == set(wanted)


@pytest.mark.parametrize("body", [
    "Ich habe gehört, dass AG 1 schon voll ist. In diesem Fall melde ich mich für AG 3 an.",
    "Merhaba, AG 1 dolu olduğunu öğrendim. O zaman AG 3 için kayıt olmak istiyorum.",
    "Thank you for telling me that AG 1 is full. In that case I would like to register for AG 3 instead.",
])
def test_a_workgroup_said_to_be_full_is_no_silent_first_choice(body):
    parsed = parse(body)
    assert parsed.needs_review or parsed.workgroups == ["AG3"], (parsed.workgroups, parsed.reasons)


def test_a_workgroup_one_is_already_registered_for_is_still_no_choice():
    parsed = parse("Ich bin bereits für AG 1 angemeldet und möchte meine Kollegin Eva Schulz für AG 3 anmelden.")
    assert parsed.needs_review or parsed.workgroups == ["AG3"]


# --- a condition before the sign-up with no comma between ---------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hello, if there is an interpreter we would like to register two people for workgroup 2.",
    "Hallo, wenn es einen Dolmetscher gibt melden wir uns zu zweit für AG 2 an.",
    "Merhaba, eğer tercüman olursa ikimizi de AG 2'ye kaydettirmek istiyorum.",
    "Bonjour, s'il y a un interprète nous voulons inscrire deux personnes pour l'atelier 2.",
])
def test_a_sign_up_held_by_a_condition_without_a_comma_is_no_registration_to_act_on(body):
    parsed = parse(body)
    assert parsed.needs_review or parsed.kind not in ("registration", "change", "cancellation")


@pytest.mark.parametrize("body", [
    "Hello, if possible I would like to register for workgroup 2.",
    "Hallo, wenn möglich melde ich mich für AG 2 an.",
    "Hi, if AG 1 is full I would like to register for workgroup 2.",
])
def test_a_courtesy_or_a_full_workgroup_holds_nothing_back(body):
    parsed = parse(body)
    assert parsed.kind == "registration" and not any("condition" in r for r in parsed.reasons)


@pytest.mark.parametrize("body", [
    "Wird es einen Dolmetscher geben? Wenn ja melde ich meine Mutter und mich an. Ich warte auf Ihre Antwort, "
    "danach melde ich uns verbindlich an.",
    "Orada tercüman olacak mı? Eğer tercüman olursa ikimizi de kaydettirmek istiyorum. Cevabınızı bekliyorum, "
    "sonra kesin kaydımızı yaparım.",
    "Will there be an interpreter? If there is one we would like to register both of us, and I will register "
    "us for good after your answer.",
])
def test_a_conditional_sign_up_beside_another_sign_up_word_is_read_by_a_person(body):
    parsed = parse(body)
    assert parsed.needs_review or parsed.kind == "question"


# --- the full name the writer gives in the text -------------------------------------------------------------

@pytest.mark.parametrize("body, sender, name", [
    ("Main Rajesh Kumar Gupta, Indo-German Society se. AG 1 mein registration karna hai.",
     "Rajesh Gupta <rg@beispiel.example>", "Rajesh Kumar Gupta"),
    ("Hiermit melde ich, Maria Elena García, mich für die AG 2 an.", "Maria García <mg@beispiel.example>",
     "Maria Elena García"),
    ("Ich bin Oluwabisi Adekunle, alle nennen mich Bisi. Ich melde mich für AG 3 an.",
     "Bisi Adekunle <ba@beispiel.example>", "Oluwabisi Adekunle"),
    ("My name is Alexander Petrov and I register for workgroup 2.", "Alex Petrov <ap@beispiel.example>",
     "Alexander Petrov"),
])
def test_the_name_written_out_in_the_text_is_the_name(body, sender, name):
    assert parse(body, closing="\n", sender=sender).name == name


@pytest.mark.parametrize("body, sender", [
    # a word between that is an organisation's, or no name at all
    ("Ich melde mich für AG 2 an. Anna Verein Schmidt ist ein Witz unter uns.", "Anna Schmidt <as@beispiel.example>"),
    ("Ich bin Mitglied im Verein und melde mich für AG 2 an.", "Anna Schmidt <as@beispiel.example>"),
])
def test_no_middle_name_is_made_up(body, sender):
    assert parse(body, closing="\n", sender=sender).name == "Anna Schmidt"


@pytest.mark.parametrize("body", [
    "Hallo, ich bin Ende April wieder da und melde mich für AG 2 an.",
    "Hallo, ich bin Deutsch Lehrerin und melde mich für AG 2 an.",
])
def test_i_am_before_capitalised_words_names_nobody(body):
    parsed = parse(body, closing="\n", sender="anna@beispiel.example")
    assert parsed.name not in ("Ende April", "Deutsch Lehrerin")


@pytest.mark.parametrize("signed, sender", [("王老师", "Wang Wei"), ("小王", "Wang Wei"), ("민수", "Kim Minsu"),
                                            ("张先生", "Zhang Hao")])
def test_a_cjk_given_name_or_title_is_no_full_name(signed, sender):
    parsed = parse("Hallo, ich melde mich für die AG 2 an.", closing=f"\n\nDanke\n{signed}\n",
                   sender=f"{sender} <x@beispiel.example>")
    assert parsed.name == sender or parsed.needs_review


@pytest.mark.parametrize("body", [
    "I would like to register for AG 2.\n\nSee you soon!\nOh and my husband will come too.",
    "Je voudrais m'inscrire à l'AG 2.\n\nÀ bientôt !\nMon mari viendra aussi.",
])
def test_text_after_a_see_you_line_in_latin_letters_is_still_read(body):
    parsed = parse(body, closing="\n\nAnna Beispiel\n")
    assert parsed.party_size == 2 or parsed.needs_review


def test_a_compound_of_such_a_word_reads_without_error(diaspora):
    # (a compound's hits have no phrase length: the check of the word alone must not fail on them)
    for body in ("Ich melde mich zum Diasporaworkshop an.", "Anmeldung Diaspora-Workshop bitte.", "Diasporagruppe!"):
        parsed = parse(body, diaspora)
        assert not any("unreadable" in r for r in parsed.reasons)


# --- persons said of "us" with no count -------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo, wir sind mehrere Personen aus dem Vorstand und möchten in die AG 2.",
    "Guten Abend, hiermit möchte ich uns anmelden, wir sind für Personen aus dem Vorstand, AG 2.",
    "Please register us for workgroup 2, there will be for of us from the women's forum.",
    "Bonjour, nous sommes plusieurs personnes de l'association, inscrivez-nous à l'atelier 2.",
])
def test_persons_said_of_us_without_a_count_go_to_review(body):
    parsed = parse(body)
    assert parsed.needs_review, parsed.reasons


@pytest.mark.parametrize("body, size", [
    ("Hallo, wir sind vier Personen aus dem Vorstand und möchten in die AG 2.", 4),
    ("Please register us for workgroup 2, there will be two of us.", 2),
])
def test_persons_said_of_us_with_a_count_are_counted(body, size):
    parsed = parse(body)
    assert parsed.party_size == size and not any("how many is not said" in r for r in parsed.reasons)


def test_zwo_is_two():
    assert parse("Hallo, ich melde mich für die AG zwo an.").workgroups == ["AG2"]


# --- the Arabic group noun with its article ------------------------------------------------------------------

def test_the_workshop_with_the_article_about_a_topic_not_understood_goes_to_review():
    parsed = parse("مرحباً، أرغب بالتسجيل. أريد المشاركة في الورشة الخاصة بالترجمة الفورية. سأحضر وحدي.")
    assert parsed.needs_review and parsed.workgroups == []


@pytest.mark.parametrize("body", [
    "نريد تعديل تسجيلنا: أصبحنا ست نساء بدلاً من أربع، ونفضّل أن ننتقل إلى مجموعة العمل الثالثة.",
    "أرجو تعديل التسجيل، سنأتي خمس نساء بدلاً من ثلاث، مجموعة العمل الثانية.",
])
def test_feminine_arabic_counts_in_a_change_are_no_silent_old_number(body):
    parsed = parse(body, subject="RE: Ihre Anmeldung", headers="In-Reply-To: <conf@muenster.example>\n")
    assert parsed.needs_review or parsed.party_size in (6, 5), (parsed.kind, parsed.party_size, parsed.reasons)
