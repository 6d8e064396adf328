"""Read more, in general form (issue 11): classes of mails the reader used to send to review.

Each rule is a class seen from several writers and languages: counts in the language's own
words, the parts of a total, ranked choices, "if it is full" fallbacks, a writer who speaks for
their own organisation. The sentences here are the team's own; the parser is pure, so these
are plain values. Each class also has its guard: what must still go to a human.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.config import load_config
from mailbot.parsing import parse_message
from mailbot.parsing.choices import choose, matcher_for
from mailbot.parsing.abstain import _for_organisation
from mailbot.parsing.evidence import inventory
from mailbot.parsing.party import party_size

ROOT = Path(__file__).parent.parent
MSO = load_config(ROOT / "config.toml")  # AG1, AG2, AG3


def mail(body: str, closing: str = "\n\nViele Grüße\nAnna Beispiel\n") -> bytes:
    return (
        "From: Anna Beispiel <anna@beispiel.example>\nTo: mso-tag@muenster.example\nSubject: Anmeldung\n"
        "Message-ID: <r@beispiel.example>\nContent-Type: text/plain; charset=utf-8\n\n"
        f"{body}{closing}"
    ).encode()


def choices(text: str):
    return choose(text, matcher_for(MSO.workgroups, f"{MSO.event.name} {MSO.event.venue}"))


# --- counts in the language's own words --------------------------------------------------------


@pytest.mark.parametrize("text, size", [
    # a number word that is an everyday word elsewhere ("ba", "du", "kater"), before its own word for persons
    ("Chúng tôi sẽ đến ba người.", 3),
    ("Em ê du kes werin.", 2),
    ("Do të vijmë pesë veta.", 5),
    ("Em ê çar kes werin.", 4),
    # Polish and BCS "nas" + a collective number, Polish "we", Portuguese "vamos ser", Italian "in due"
    ("Na spotkanie przyjdziemy we dwie.", 2),
    ("Dolazimo nas petero iz udruge.", 5),
    ("Vamos ser três, eu e dois colegas.", 3),
    ("Saremo in tre, io e due colleghe.", 3),
    ("Two of us will come.", 2),
])
def test_counts_in_the_writers_own_words(text, size):
    party = party_size(text)
    assert (party.size, party.doubt) == (size, None), party


# --- the parts of a total -------------------------------------------------------------------


@pytest.mark.parametrize("body, size", [
    ("Ich melde uns für AG 2 an. Wir sind zu viert: ich, meine Nachbarin und zwei Mütter aus der Elternarbeit.", 4),
    ("Please register us for workgroup 1. We will be five: myself, our secretary and three volunteers.", 5),
    ("Прошу записать нас в рабочую группу 3. Нас будет трое: я и двое волонтеров.", 3),
    ("Prosimy o grupę roboczą 1. Przyjdziemy we trzy: ja oraz dwie nauczycielki.", 3),
    ("Je souhaite inscrire notre association à l'atelier 2. Nous serons quatre personnes : moi et trois bénévoles.", 4),
    # the count of the others and the whole: "me and two persons", "with two others, three in all"
    ("برای گروه ۲ ثبت‌نام می‌کنم. ما ۴ نفر هستیم: من و سه نفر از اعضا.", 4),
])
def test_the_parts_of_a_total_are_read_as_its_check(body, size):
    parsed = parse_message(mail(body), MSO)
    assert (parsed.kind, parsed.party_size, parsed.needs_review) == ("registration", size, False), parsed.reasons


@pytest.mark.parametrize("body", [
    # the parts add up to more than the total: a human counts
    "Ich melde uns für AG 2 an. Wir sind zu dritt: ich, mein Kollege und zwei Mütter aus dem Vorstand.",
    "Please register us for workgroup 1. We will be three: myself and three volunteers.",
    # the smaller count is not "me and …": two different totals
    "برای گروه ۲ ثبت‌نام می‌کنم. ما ۴ نفر هستیم. دو نفر از اعضا.",
])
def test_parts_that_do_not_add_up_go_to_review(body):
    parsed = parse_message(mail(body), MSO)
    assert parsed.needs_review, parsed


def test_a_count_of_people_without_a_total_stays_a_question():
    # "mit sechs Frauen kommen": six in all or six besides the writer? Not guessed.
    parsed = parse_message(mail("Wir möchten gern mit sechs Frauen zur AG 2 kommen."), MSO)
    assert parsed.needs_review and any("sechs" in r for r in parsed.reasons), parsed.reasons


# --- ranked choices and fallbacks ------------------------------------------------------------


@pytest.mark.parametrize("text, ids", [
    ("Come prima scelta il gruppo 3, come seconda scelta il gruppo 1.", ["AG3", "AG1"]),
    ("Prvi izbor je radna grupa 2, a drugi izbor radna grupa 1.", ["AG2", "AG1"]),
    ("1st choice: group 2, 2nd choice: group 1", ["AG2", "AG1"]),
    ("Segunda opción el grupo 1, primera opción el grupo 3.", ["AG3", "AG1"]),
    ("We would like workgroup 3. Workgroup 1 would be our second choice.", ["AG3", "AG1"]),
    ("Please put us in workshop 2, with workshop 3 as a backup.", ["AG2", "AG3"]),
])
def test_ranked_choices_are_ordered_and_the_rank_is_no_workgroup(text, ids):
    found = choices(text)
    assert (found.ids, found.unordered) == (ids, False)


@pytest.mark.parametrize("text, ids", [
    ("Interesuje nas grupa 3. Gdyby tam nie było miejsc, prosimy o grupę 1.", ["AG3", "AG1"]),
    ("Нам подходит группа 2, а если там нет мест, то группа 3.", ["AG2", "AG3"]),
    ("Хочемо до групи 1. Якщо там не буде місць, то група 2.", ["AG1", "AG2"]),
    ("Preferimos o grupo 2. Caso não haja vagas, o grupo 3.", ["AG2", "AG3"]),
    ("نريد المجموعة 3، وإذا لم يكن هناك مكان، المجموعة 1.", ["AG3", "AG1"]),
    ("گروه ۱ را می‌خواهیم و اگر جا نبود، گروه ۲.", ["AG1", "AG2"]),
    ("Je voudrais l'atelier 3 ; s'il est complet, l'atelier 2.", ["AG3", "AG2"]),
    ("Öncelikle grup 2'yi tercih ediyoruz, orası doluysa grup 3 de olur.", ["AG2", "AG3"]),
])
def test_a_choice_for_when_the_first_is_full_comes_second(text, ids):
    found = choices(text)
    assert (found.ids, found.unordered) == (ids, False)


def test_two_groups_without_an_order_still_go_to_review():
    assert choices("Wir möchten in AG 1 und AG 2.").unordered


# --- speaking for one's own organisation -----------------------------------------------------


@pytest.mark.parametrize("body", [
    "U ime našeg društva prijavljujem se za radnu grupu 2.",
    "W imieniu naszej szkoły zgłaszam się do grupy roboczej 2.",
])
def test_on_behalf_of_ones_own_organisation_is_no_proxy(body):
    parsed = parse_message(mail(body), MSO)
    assert not any("someone else" in r for r in parsed.reasons), parsed.reasons


@pytest.mark.parametrize("org", ["Association Sénégalaise de Münster", "Eritrean Parents Association"])
def test_on_behalf_of_the_organisation_the_reader_found_is_the_writer(org):
    # the reader blanks the organisation it found out of the analysed text (so its words name no
    # workgroup); the blank after "au nom de l'" / "on behalf of the" is that organisation
    text = f"Je vous écris au nom de l'{org} pour m'inscrire à l'atelier 2."
    analysed = text.replace(org, " " * len(org))
    cue = next(i for i in inventory(analysed) if i.concept == "proxy")
    assert _for_organisation(analysed, cue, org)
    assert not _for_organisation(analysed, cue, None)


def test_on_behalf_of_a_person_is_still_a_proxy():
    parsed = parse_message(mail("Im Auftrag von Herrn Yilmaz melde ich ihn für die AG 2 an."), MSO)
    assert parsed.needs_review, parsed


# --- a signature the quote splitter did not see ---------------------------------------------


def test_a_signature_after_an_unknown_closing_gives_the_organisation():
    body = ("Ich melde mich für die AG 2 an.\n\nMachts jut und bis denne!\nSelin Aksoy\n"
            "Deutsch-Kurdischer Freundeskreis Kinderhaus e.V.")
    parsed = parse_message(mail(body, closing="\n"), MSO)
    assert parsed.organisation == "Deutsch-Kurdischer Freundeskreis Kinderhaus e.V."
    # and "Freundeskreis" in the organisation's name is no workgroup not understood
    assert not parsed.needs_review, parsed.reasons


@pytest.mark.parametrize("body", [
    "Ich melde mich für die AG 2 an.\n\nWir kommen zu zweit.\nDas Thema Bildung ist uns wichtig.",
    "Ich melde mich für die AG 2 an.\n\nSelin Aksoy\nBitte schicken Sie mir die Bestätigung.",
])
def test_a_last_paragraph_of_text_is_no_signature(body):
    from mailbot.parsing.people import trailing_signature

    assert trailing_signature(body) == ""


# --- first thoughts, look-alike words, everything set aside ----------------------------------


@pytest.mark.parametrize("text, ids", [
    ("Au départ, nous pensions à l'atelier 1, mais finalement nous préférons l'atelier 2.", ["AG2"]),
    ("At first I wanted workgroup 3, but now I think workgroup 1 fits us better.", ["AG1"]),
    ("Сначала мы хотели в группу 1, но теперь выбираем группу 3.", ["AG3"]),
    ("Pehle hum group 2 ka soch rahe the, lekin ab group 1 mein jayenge.", ["AG1"]),
])
def test_a_first_thought_given_up_is_no_choice(text, ids):
    assert choices(text).ids == ids


def test_a_first_thought_without_a_later_choice_stays():
    assert choices("At first I only wanted to ask, but now I register for workgroup 2.").ids == ["AG2"]


def test_a_foreign_topic_word_is_read_as_written_not_by_typo():
    # "finalement" lies two letters from "financement" (funding, AG3's topic): no AG3
    assert choices("Nous préférons finalement le groupe de travail 2.").ids == ["AG2"]


def test_a_romanian_clitic_is_no_negation():
    assert choices("Ne-ar interesa grupul de lucru numărul 1.").ids == ["AG1"]


def test_a_registration_whose_every_workgroup_was_set_aside_goes_to_review():
    parsed = parse_message(mail("Ich melde mich an, aber bitte nicht für die AG 1."), MSO)
    assert parsed.kind == "registration" and parsed.workgroups == []
    assert parsed.needs_review and any("set aside" in r for r in parsed.reasons), parsed.reasons


# --- short stems outside Latin script, ordinal digits, look-alike number words ----------------


@pytest.mark.parametrize("body, size", [
    ("Записуємо нас до групи 2. Нас буде троє: я і двоє учнів.", 3),
    ("بدي سجل حالي ومعي شخصين على AG 2. يعني نحنا 3 أشخاص بالمجموع.", 3),
    ("Please register three (3) people for workgroup 2.", 3),
])
def test_more_counts_are_read(body, size):
    parsed = parse_message(mail(body), MSO)
    assert (parsed.party_size, parsed.needs_review) == (size, False), parsed.reasons


@pytest.mark.parametrize("text, ids", [
    ("We would like workgroup 3. The 2nd workgroup would be our backup option.", ["AG3", "AG2"]),
    ("Nos interesa el 2º grupo.", ["AG2"]),
    ("Мы хотим во 2-ю группу.", ["AG2"]),
    ("ما به کارگروه ۳ علاقه داریم.", ["AG3"]),
])
def test_ordinal_digits_and_glued_group_nouns_name_a_workgroup(text, ids):
    assert choices(text).ids == ids


@pytest.mark.parametrize("text", ["Tôi tên là Lan.", "Dua të themeloj një shoqatë."])
def test_a_word_that_only_looks_like_a_number_is_no_evidence(text):
    # "tên" (name) is "ten" without its mark; Albanian "një" is also the article "a"
    assert [i for i in inventory(text) if i.concept == "number_word"] == []


# --- a workgroup glued to its group noun; a workgroup that stays --------------------------------


@pytest.mark.parametrize("text, ids", [
    ("Ich möchte in die Bildungsgruppe.", ["AG1"]),
    ("Wir möchten ins Zukunftsforum.", ["AG2"]),
    ("Ich bin vom Vereinsforum Nord und möchte in AG 3.", ["AG3"]),  # no title word in "Vereins-"
])
def test_a_title_word_glued_to_a_group_noun_names_that_workgroup(text, ids):
    assert choices(text).ids == ids


@pytest.mark.parametrize("body", [
    "Kleine Korrektur zur AG 2: wir kommen nur zu zweit. Die Arbeitsgruppe bleibt, wie sie ist.",
    "Small correction for workgroup 2: we are only two now. The workgroup stays the same.",
])
def test_a_workgroup_that_stays_is_no_workgroup_not_understood(body):
    parsed = parse_message(mail(body), MSO)
    assert not any("not understood" in r for r in parsed.reasons), parsed.reasons


# --- who: a participant form line, a signature with blank lines and a role --------------------


@pytest.mark.parametrize("body, name", [
    ("Wir melden unseren Vorsitzenden an.\n\nTeilnehmer: Emre Polat (Vorsitzender)\nArbeitsgruppe: 2\n", "Emre Polat"),
    ("Derneğimizin başkanını kaydettirmek istiyoruz.\n\nKatılımcı: Kemal Aydın\nÇalışma grubu: 2\n", "Kemal Aydın"),
    ("Прошу зареєструвати голову.\n\nУчасник: Петро Коваль\nРобоча група: 2\n", "Петро Коваль"),
])
def test_a_participant_form_line_names_the_person(body, name):
    parsed = parse_message(mail(body, closing="\n"), MSO)
    assert parsed.name == name, parsed


def test_a_signature_with_blank_lines_and_a_role_gives_name_and_organisation():
    body = ("Zgłaszam się do grupy roboczej 2.\n\nZ poważaniem\n\nJan Nowak\n\ndyrektor\n\n"
            "Polska Szkoła Sobotnia w Münster")
    parsed = parse_message(mail(body, closing="\n"), MSO)
    assert (parsed.name, parsed.organisation) == ("Jan Nowak", "Polska Szkoła Sobotnia w Münster"), parsed


@pytest.mark.parametrize("text, size", [
    ("Кількість осіб: 3", 3),
    ("Liczba osób: 2", 2),
    ("zgłaszam na 13 marca trzy osoby: siebie oraz dwie nauczycielki", 3),
])
def test_more_party_forms(text, size):
    party = party_size(text)
    assert (party.size, party.doubt) == (size, None)


# --- a move: from the old workgroup to the new one ---------------------------------------------


@pytest.mark.parametrize("text, ids", [
    ("Prosím přesuňte mě, z druhé skupiny do skupiny 1.", None),  # (Czech has no vocabulary: only no crash)
    ("Прошу перевести мене з другої робочої групи до першої.", ["AG1"]),
    ("Molim vas da me prebacite iz radne skupine 3 u radnu skupinu 1.", ["AG1"]),
    ("لطفاً مرا از گروه ۳ به گروه ۲ منتقل کنید.", ["AG2"]),
    ("Bitte von AG 1 in AG 3 umbuchen.", ["AG3"]),
    ("Could you swap workgroup 2 for workgroup 3?", ["AG3"]),
])
def test_a_move_names_the_old_workgroup_first(text, ids):
    found = choices(text)
    if ids is not None:
        assert (found.ids, found.unordered) == (ids, False)
        assert found.moved_from


def test_with_a_friend_is_no_move_and_no_ordinal():
    found = choices("Ich komme mit meiner Kollegin aus AG 1 und möchte in die AG 2 oder AG 3.")
    assert not found.moved_from or found.moved_from == ("AG1",)
    assert party_size("Прошу перевести мене з другої робочої групи до першої.").size == 1  # "другої" is "second"


def test_a_move_read_as_a_new_registration_goes_to_review():
    # the kind reader may not know the move verb; the move itself says the writer is registered already
    parsed = parse_message(mail("Molim vas, iz radne skupine 1 u radnu skupinu 2, hvala."), MSO)
    if parsed.kind == "registration":
        assert parsed.needs_review and any("move" in r for r in parsed.reasons), parsed.reasons


# --- the writer's own group; the organisation inflected in the sentence ----------------------


@pytest.mark.parametrize("text", [
    "Sister Ana from our parish group will come with me.",
    "Ich komme mit zwei Müttern aus unserer Elterngruppe.",
    "Notre groupe de femmes viendra.",
])
def test_the_writers_own_group_is_no_workgroup_evidence(text):
    assert [i for i in inventory(text) if i.concept == "group_noun"] == []


def test_a_group_noun_without_a_possessive_stays_evidence():
    assert [i.text for i in inventory("Ich möchte in die Gruppe mit dem Thema Schule.") if i.concept == "group_noun"]


def test_the_organisation_is_blanked_also_when_the_sentence_inflects_it():
    from mailbot.parsing.reading import _without

    text = "Ich bin im Vorstand der Iranischen Hochschulgruppe Muenster und möchte in AG 2."
    blanked = _without(text, "Iranische Hochschulgruppe Muenster")
    assert "Hochschulgruppe" not in blanked and "AG 2" in blanked and len(blanked) == len(text)


# --- the event's name translated; hard-wrapped lines; a title's head as a phrase ------------------


def test_the_events_name_translated_with_the_name_in_brackets_is_no_workgroup():
    items = inventory("أود التسجيل في منتدى الجمعيات (Vereinsforum) يوم 19 يونيو.", event_words=frozenset({"vereinsforum"}))
    assert [i for i in items if i.concept == "group_noun"] == []


def test_a_group_noun_and_its_workgroup_on_two_wrapped_lines_are_one_sentence():
    from mailbot.parsing.evidence import unexplained

    text = "Ich habe gerade das Forum zur\nJugendarbeit gesehen."
    items = [i for i in inventory(text) if i.concept == "group_noun"]
    used = [(text.index("Jugendarbeit"), text.index("Jugendarbeit") + 12)]
    assert items and unexplained(items, used, near=40, text=text) == []
    # a blank line still ends it
    text2 = "Ich habe das Forum\n\nJugendarbeit gesehen."
    used2 = [(text2.index("Jugendarbeit"), text2.index("Jugendarbeit") + 12)]
    assert unexplained([i for i in inventory(text2) if i.concept == "group_noun"], used2, near=40, text=text2)


def test_the_head_of_a_title_names_its_workgroup_as_a_phrase():
    from mailbot.config import Workgroup

    groups = (
        Workgroup(id="F-A", number=1, title="Ehrenamt gewinnen und halten", capacity=10, aliases=()),
        Workgroup(id="F-C", number=3, title="Geld für gute Ideen: Fördertöpfe und Anträge", capacity=10, aliases=()),
    )
    found = choose("Deshalb würde ich gern ins Forum mit dem Geld für gute Ideen.", matcher_for(groups, "Vereinsforum"))
    assert found.ids == ["F-C"]


def test_companion_words_about_the_work_and_coming_alone_is_one_person():
    body = "Ich möchte in die AG 3, wir brauchen Geld für Projekte mit Kindern. Ich komme allein."
    parsed = parse_message(mail(body), MSO)
    assert (parsed.party_size, parsed.needs_review) == (1, False), parsed.reasons


def test_alone_next_to_a_companion_who_comes_stays_a_question():
    parsed = parse_message(mail("Ich komme mit meiner Tochter in die AG 3. Ich komme allein."), MSO)
    assert parsed.needs_review


def test_the_writer_who_registers_someone_else_may_say_they_do_not_come_themselves():
    body = ("Ich melde unseren Vorsitzenden an.\n\nTeilnehmer: Emre Polat\nArbeitsgruppe: 2\n\n"
            "Ich selbst kann leider nicht kommen. Bitte schicken Sie die Bestätigung an emre.polat@verein.example")
    parsed = parse_message(mail(body), MSO)
    assert (parsed.name, parsed.email) == ("Emre Polat", "emre.polat@verein.example"), parsed
    assert not any("withdrawal" in r for r in parsed.reasons), parsed.reasons


def test_a_withdrawal_without_someone_else_stays_a_question():
    parsed = parse_message(mail("Ich melde mich für die AG 2 an. Ich selbst kann leider nicht kommen."), MSO)
    assert parsed.needs_review


@pytest.mark.parametrize("text, ids", [
    ("Нам підходить третя робоча група. Якщо там не буде місць, то друга.", ["AG3", "AG2"]),
    ("I want workgroup 3; if it is full, then the second.", ["AG3", "AG2"]),
    ("Ich möchte in die AG 1, sonst die dritte.", ["AG1", "AG3"]),
])
def test_an_ordinal_alone_after_then_or_else_is_the_second_choice(text, ids):
    found = choices(text)
    assert (found.ids, found.unordered) == (ids, False)


@pytest.mark.parametrize("text, ids", [
    ("Bitte ändern Sie meine Gruppe von 1 auf 2.", ["AG2"]),
    ("Please change my group from 3 to 1.", ["AG1"]),
    ("Proszę zmienić grupę roboczą z 2 na 3.", ["AG3"]),
])
def test_a_group_noun_with_from_and_to_numbers_is_a_move(text, ids):
    found = choices(text)
    assert found.ids == ids and found.moved_from


@pytest.mark.parametrize("text, ids", [
    ("If workgroup 3 is full, please put me in workgroup 2.", ["AG3", "AG2"]),
    ("Wenn in AG 3 kein Platz mehr ist, nehme ich AG 1.", ["AG3", "AG1"]),
    ("Якщо в групі 3 не буде місць, то група 2.", ["AG3", "AG2"]),
    ("Si el grupo 2 está lleno, el grupo 1.", ["AG2", "AG1"]),
])
def test_the_workgroup_in_an_if_it_is_full_clause_is_the_first_choice(text, ids):
    found = choices(text)
    assert (found.ids, found.unordered) == (ids, False)


# --- a workgroup said to stay is no new choice ----------------------------------------------------


@pytest.mark.parametrize("text", [
    "Wir sind jetzt zu zweit. An der AG 2 ändert sich nichts.",
    "We are two now; AG 2 stays the same.",
    "Nous sommes deux maintenant, l'atelier 2 ne change pas.",
    "Teraz jest nas dwoje, grupa 2 nie zmienia się.",
    "Теперь нас двое, группа 2 не меняется.",
])
def test_a_workgroup_that_stays_is_no_new_choice(text):
    assert choices(text).ids == []
    assert choices(text).spans  # still seen: a registration naming only it goes to review


def test_a_change_that_keeps_its_workgroup_changes_only_the_party():
    raw = mail("Wir sind jetzt zu zweit statt allein. An der AG 2 ändert sich nichts.").replace(
        b"Subject: Anmeldung", "Subject: AW: Anmeldung best\u00e4tigt\nIn-Reply-To: <x@muenster.example>".encode())
    parsed = parse_message(raw, MSO)
    assert (parsed.kind, parsed.workgroups, parsed.party_size) == ("change", [], 2)


# --- a name next to the address it is confirmed to ------------------------------------------------


@pytest.mark.parametrize("text, address, name", [
    ("ich melde unseren Kollegen Karim Haddad an", "k.haddad@verein.example", "Karim Haddad"),
    ("ich melde unseren Kollegen Karim Haddad an", "karim.haddad@verein.example", "Karim Haddad"),
    ("please register my colleague Ana Maria Lopez", "anamaria.lopez@org.example", "Ana Maria Lopez"),
    ("bitte Derya Kılıç anmelden", "dkilic@verein.example", "Derya Kılıç"),
    ("bitte Derya Kılıç anmelden", "derya.kilic@verein.example", "Derya Kılıç"),
])
def test_the_name_that_fits_the_address_without_the_role_word_before_it(text, address, name):
    from mailbot.parsing.people import name_for_address
    assert name_for_address(text, address) == name


# --- Turkish: the group noun with its case ending, conditions by suffix ---------------------------


@pytest.mark.parametrize("text", ["Bu grupta hâlâ yer var mı?", "Gruplarda yer kaldı mı?", "Gruptan çıkmak istiyorum."])
def test_turkish_group_noun_with_its_case_ending_is_evidence(text):
    assert any(i.concept == "group_noun" for i in inventory(text))


def test_turkish_registration_only_if_there_is_room_goes_to_review():
    parsed = parse_message(mail("3. çalışma grubu bizi ilgilendiriyor. Bu grupta hâlâ boş yer var mı? "
                                "Yer varsa kaydolacağız, yoksa gelmeyeceğiz."), MSO)
    assert parsed.needs_review or parsed.kind == "question"


# --- a registration for another day -------------------------------------------------------------


@pytest.mark.parametrize("body", [
    "hiermit melden wir uns zum Fachtag Elternarbeit am 24. Februar 2027 an, Workshop 1.",
    "I would like to register for the workshop on February 24th, group 2.",
    "Je m'inscris pour la journée du 24 février, atelier 1.",
    "Zgłaszam się na spotkanie 24.02.2027, grupa 2.",
])
def test_a_registration_for_another_day_goes_to_review(body):
    parsed = parse_message(mail(body), MSO)
    assert parsed.needs_review
    assert any("not the event's" in r for r in parsed.reasons)


@pytest.mark.parametrize("body", [
    "Ich melde mich für den 13. März an, AG 2.",
    "Chúng tôi muốn đăng ký tham dự vào ngày 13 tháng 3, nhóm 2.",
    "Ich melde mich für AG 2 an und komme um 10.12 Uhr.",
    "Ich melde mich für AG 2 an.\n\nMünster, 12. August 2028",  # a date line, not in the sentence that registers
])
def test_the_event_day_a_time_or_a_date_line_is_no_other_day(body):
    parsed = parse_message(mail(body), MSO)
    assert not any("not the event's" in r for r in parsed.reasons), parsed.reasons


@pytest.mark.parametrize("body", [
    "hiermit ziehe ich meine Anmeldung zum MSO-Tag am 13. März leider zurück.",
    "Leider sage ich für den 13. März ab.",
    "hiermit melde ich mich für den 13. März wieder ab.",
])
def test_a_date_with_its_dot_inside_a_cancelling_sentence(body):
    parsed = parse_message(mail(body), MSO)
    assert parsed.kind == "cancellation", parsed.reasons


def test_a_colleague_registered_for_confirmation_elsewhere_is_not_counted_with_the_writer():
    # the colleague named is the attendee; whether the writer comes too is for a human to ask
    body = ("ich selbst bin an dem Tag auf einer anderen Veranstaltung, aber meine Kollegin Aylin Demir "
            "nimmt gern an AG 2 teil. Bitte schicken Sie die Bestätigung direkt an sie: aylin.demir@verein.example")
    parsed = parse_message(mail(body), MSO)
    assert parsed.email == "aylin.demir@verein.example"
    assert parsed.party_size == 1 or parsed.needs_review, parsed.reasons


@pytest.mark.parametrize("body", [
    "I wish to register the following members for AG 3:\n\n1. Mrs. Ngozi Eze - Women's Wing\n"
    "2. Mr. Tunde Bakare - Youth Coordinator\n3. Miss Blessing Adeyemi\n\nI shall lead the delegation.",
    "Für AG 1 melden wir an:\n- Frau Aylin Demir\n- Herr Ali Kaya, Kassenwart\n",
])
def test_a_list_of_people_is_the_party_and_a_human_counts_it(body):
    parsed = parse_message(mail(body), MSO)
    assert parsed.needs_review and any("a list of" in r for r in parsed.reasons), parsed.reasons


def test_a_listed_party_already_stated_in_full_is_not_asked_about():
    body = "Wir kommen zu dritt in AG 1:\n- Frau Aylin Demir\n- Herr Ali Kaya\n- Frau Eva Roth\n"
    parsed = parse_message(mail(body), MSO)
    assert not any("a list of" in r for r in parsed.reasons), parsed.reasons


def test_a_cancellation_forwarded_for_someone_else_goes_to_review():
    raw = (
        "From: Sekretariat <sekretariat@verein.example>\nTo: mso-tag@muenster.example\nSubject: WG: Absage\n"
        "Message-ID: <fw@verein.example>\nContent-Type: text/plain; charset=utf-8\n\n"
        "Anbei die Nachricht unserer Vorsitzenden. Bitte streichen Sie ihre Anmeldung.\n\n"
        "---------- Forwarded message ---------\nFrom: Leyla Karaca <vorsitz@verein.example>\n"
        "Subject: Absage MSO-Tag\n\nIch muss meine Anmeldung leider absagen.\n\nLeyla Karaca\n"
    ).encode()
    parsed = parse_message(raw, MSO)
    assert parsed.kind == "cancellation"
    assert parsed.needs_review or parsed.email == "sekretariat@verein.example", (parsed.email, parsed.reasons)


def test_an_arabic_closing_with_thanks_is_no_name():
    body = "أود التسجيل في مجموعة العمل الثانية."
    parsed = parse_message(mail(body, closing="\n\nمع الشكر والتقدير\nخالد الحموي\n"), MSO)
    assert parsed.name == "خالد الحموي"


@pytest.mark.parametrize("text, found, name, fuller", [
    ("Magacaygu waa Cabdiraxmaan Xasan Faarax. Waxaan", "Cabdiraxmaan Xasan", "Cabdiraxmaan Xasan Faarax",
     "Cabdiraxmaan Xasan Faarax"),
    ("My name is John Smith and I would like to come.", None, "John Smith", "John Smith"),
    ("Меня зовут Ольга Петрова, я хочу прийти.", "Ольга", "Ольга Петрова", "Ольга Петрова"),
    ("اسمي خالد الحموي، وأنا منسق", "خالد", "خالد الحموي", "خالد الحموي"),
    ("اسمي خالد الحموي وأنا منسق المشاريع", None, None, None),  # the sentence goes on: no end of the name
    ("Ich heiße Anna und komme gern.", "Anna Beispiel", "Anna", "Anna Beispiel"),  # says less: kept
    ("Mein Name ist Maria Lopez.", "Anna Beispiel", "Maria Lopez", "Anna Beispiel"),  # someone else: kept
    # a script without capitals: the verb after the name is taken with it, and no part of it
    ("ስሜ መሮን ታደሰ ይባላል. ለስብሰባው", "መሮን ታደሰ", "መሮን ታደሰ ይባላል", "መሮን ታደሰ"),
    ("Меня зовут Ольга Петрова.", "Ирина Смирнова", "Ольга Петрова", "Ирина Смирнова"),  # someone else: kept
    # a family name given as an initial only gives way to the name written out
    ("Мене звати Оксана Мельник, я з України.", "Oksana M.", "Оксана Мельник", "Оксана Мельник"),
])
def test_the_name_a_writer_introduces_completes_the_one_found(text, found, name, fuller):
    from mailbot.parsing.people import fuller_name, introduced_name
    assert introduced_name(text) == name
    assert fuller_name(found, introduced_name(text)) == fuller


# --- the stated total said again, a unit after an adjective, a name as its writer spells it -----

@pytest.mark.parametrize("body", [
    "Нас будет трое. Все трое хотим в группу 1.",
    "Wir sind zu dritt. Alle drei möchten in die AG 1.",
    "We are three people and all three of us want to join group 1.",
])
def test_all_of_a_stated_party_said_again_is_the_party(body):
    p = parse_message(mail(body), MSO)
    assert (p.workgroups, p.party_size, p.needs_review) == (["AG1"], 3, False), p.reasons


def test_all_with_a_number_of_workgroups_is_no_party():
    p = parse_message(mail("Wir sind 3 Personen und alle 3 AGs interessieren uns."), MSO)
    # (all three interest them alike: no preference, placed by the rules; session 23)
    assert (p.party_size, p.workgroups) == (3, [])
    p = parse_message(mail("Wir sind 2 Personen und alle 3 AGs interessieren uns."), MSO)
    assert p.party_size == 2 and p.workgroups == []


@pytest.mark.parametrize("text", ["Zwei kurze Fragen: gibt es Essen?", "Two quick questions: is there food?",
                                  "Ich habe 2 kurze Fragen.", "Wir waren 3 ganze Tage dort."])
def test_a_count_of_a_unit_after_an_adjective_is_no_evidence(text):
    assert [i for i in inventory(text) if i.concept in ("number", "number_word")] == []


def test_a_count_of_persons_after_an_adjective_stays_evidence():
    assert [i.text for i in inventory("zwei kleine Kinder") if i.concept == "number_word"] == ["zwei"]


def test_the_name_as_spelled_beats_a_typed_out_form_of_it():
    from mailbot.parsing.people import best_name
    assert best_name(["Juergen Pohlmann", "Jürgen Pohlmann"], "") == "Jürgen Pohlmann"
    assert best_name(["Juergen Pohlmann"], "Pohlmann, Jürgen") == "Jürgen Pohlmann"
    assert best_name(["Juergen Pohlmann", "Jörg Pohlmann"], "") == "Juergen Pohlmann"  # another name


# --- session 8: conditions, kept workgroups, group nouns, courses, "the X one" ---------------------

@pytest.mark.parametrize("body", [
    "Falls ich Urlaub bekomme, melde ich mich für die AG 2 an.",
    "Falls ich Urlaub bekomme, komme ich gerne in die AG 2.",
])
def test_a_condition_with_a_word_that_only_contains_a_group_noun_still_holds_the_sign_up(body):
    # "bekomme" contains "kom" (a group noun of another language): read as a word, it is none
    p = parse_message(mail(body), MSO)
    assert p.needs_review and any("condition" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize("body", ["Bitte streichen Sie mich aus AG 2, AG 1 bleibt.",
                                  "Please remove me from group 2, group 1 stays."])
def test_a_cancellation_that_keeps_a_workgroup_goes_to_review(body):
    p = parse_message(mail(body), MSO)
    assert p.needs_review and any("keeps a workgroup" in r for r in p.reasons), (p.kind, p.reasons)


def test_a_plain_cancellation_of_a_workgroup_is_no_kept_one():
    p = parse_message(mail("Ich melde mich von der AG 2 ab."), MSO)
    assert p.kind == "cancellation" and not any("keeps" in r for r in p.reasons)


def _inventory_left(body: str, config=MSO):
    from mailbot.parsing.reading import read_person
    from mailbot.parsing.mime import read_mail
    return read_person(read_mail(mail(body), 10_000_000), config).unexplained


def test_a_group_noun_is_not_explained_by_a_companion_near_it():
    # "el taller de teatro junto con mi hija": the daughter counts persons, the workshop is still unread
    left = _inventory_left("Me gustaría inscribirme en el taller de cocina persa junto con mi hija.")
    assert [i.text for i in left if i.concept == "group_noun"] == ["taller"]


@pytest.mark.parametrize("text", ["Eşim ve ben foruma katılmak istiyoruz.", "Мы с мужем хотели бы записаться на форум."])
def test_the_events_own_noun_with_a_case_ending_or_in_cyrillic_names_the_event(text):
    assert [i.text for i in inventory(text, event_nouns=frozenset({"forum"})) if i.concept == "group_noun"] == []


def test_a_course_named_by_a_verbs_stem_is_that_workgroup(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text((ROOT / "config.toml").read_text("utf-8").replace('aliases = ["Bildung"', 'aliases = ["Kochen", "Bildung"', 1), "utf-8")
    from mailbot.config import load_config as load
    p = parse_message(mail("Ich melde mich für den Kochkurs an."), load(cfg))
    assert p.workgroups == ["AG1"], p.reasons


@pytest.mark.parametrize("text", ["The kids are set on the drum one.", "I'd like the one about cooking."])
def test_the_x_one_is_a_workgroup_named_in_the_writers_words(text):
    assert [i.concept for i in inventory(text)] == ["group_noun"]


@pytest.mark.parametrize("text", ["The little one is three.", "The first one is fine."])
def test_the_little_one_or_an_ordinal_one_is_no_such_name(text):
    assert "group_noun" not in [i.concept for i in inventory(text)]


def test_a_title_that_starts_with_a_word_of_the_events_name_still_names_its_workgroup(tmp_path):
    # "Fachtag Gesundheit und Migration", workshop "Gesundheit im Alter": the event's word alone names
    # nothing, the whole title names its workshop
    text = (ROOT / "config.toml").read_text("utf-8")
    text = text.replace('name = "Tag der Migrantenselbstorganisationen 2027"', 'name = "Fachtag Gesundheit und Migration 2027"', 1)
    text = text.replace('title = "Menschen mit Migrationsvorgeschichte im Bildungssystem"', 'title = "Gesundheit im Alter"', 1)
    cfg = tmp_path / "c.toml"
    cfg.write_text(text, "utf-8")
    from mailbot.config import load_config as load
    config = load(cfg)
    assert parse_message(mail("ich möchte anmelden, workshop gesundheit im alter."), config).workgroups == ["AG1"]
    assert parse_message(mail("Anmeldung zum Fachtag Gesundheit und Migration, AG 2."), config).workgroups == ["AG2"]
