"""Abstain first: the evidence inventory, the vocabulary files, and mails the reader does not fully understand.

Inventory tests use plain strings; the abstain tests parse whole mails with the project's own
event config (tests/mails/parse/event.toml is another event; the MSO-Tag config is config.toml).
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from mailbot.config import load_config
from mailbot.parsing import _parse, parse_message
from mailbot.parsing.evidence import inventory, unexplained
from mailbot.parsing.vocabulary import AMBIGUOUS_NUMBERS, covered_languages, vocabulary

ROOT = Path(__file__).parent.parent
MSO = load_config(ROOT / "config.toml")
KNOWN_KEYS = {"covered", "proclitics", "cardinals", "ordinals", "ordinal_endings", "positions", "group_nouns", "withdraw", "change", "choice",
              "months", "units", "proxy", "persons", "defer", "come",
              # the reader's sentence words (intent.py)
              "register", "attend", "alone", "comes_too", "you_register", "old_state", "because", "sums_up", "as_before", "myself", "interested", "in_my_place", "registration", "cancel", "question", "request", "negation", "condition", "already",
              "auto_reply", "thanks_for_message", "amend", "cant_come", "first_person", "closing",
              "if_so", "as_soon_as", "others_register", "your_participation", "register_elsewhere",
              "thanks_confirmation", "my_registration", "still_coming", "companion_drops", "accept_or_decline",
              "companions", "with_companions", "ranks", "but", "wish", "ask_or_know", "now", "is_that_ok", "may_i",
              "with_words", "one_companion", "and_words", "me_and", "others", "instead_of", "two_companions", "and_me",
              "with_after", "many_companions", "or_words", "accompanies_me", "name_intro", "other_intro", "then_count", "one_more", "maybe", "per_each", "several", "whole_group", "colours", "provided", "provided_after", "possible", "then", "there_is", "only_if", "last_time", "regret", "anyway", "part_of_day", "follow_up", "tell_me", "no_problem",
              "third_person", "subject_pronouns", "all_correct", "directly", "fits_best", "how_are_you",
              # words organisations are named with (people.py)
              "organisation"}


def mail(body: str, subject: str = "Anmeldung", sender: str = "Anna Beispiel <anna@beispiel.example>", extra: str = "") -> bytes:
    return (
        f"From: {sender}\nTo: mso-tag@muenster.example\nSubject: {subject}\nMessage-ID: <t@beispiel.example>\n{extra}"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}\n\nViele Grüße\nAnna Beispiel\n"
    ).encode()


def concepts(text: str, **kw) -> list[tuple[str, str]]:
    return [(i.text, i.concept) for i in inventory(text, **kw)]


# --- the vocabulary files -------------------------------------------------------------------------


def test_every_vocabulary_file_loads_with_known_concepts_and_lower_case_words():
    vocab = vocabulary()
    assert {"de", "en", "tr", "ar", "ru", "uk", "fa"} <= set(vocab)
    for lang, table in vocab.items():
        assert set(table) <= KNOWN_KEYS, (lang, set(table) - KNOWN_KEYS)
        assert isinstance(table.get("covered"), bool), lang
        for concept, value in table.items():
            if concept == "covered":
                continue
            if concept == "ordinal_endings":  # "" is an ending too (Catalan "quart")
                assert table.get("ordinals") and all(isinstance(e, str) and e == e.lower().strip() for e in value), lang
                continue
            entries = value.items() if isinstance(value, dict) else [(w, None) for w in value]
            for word, number in entries:
                if isinstance(number, list):  # positions: {last = [...]}
                    assert all(w and w == w.lower() for w in number), (lang, concept, number)
                    continue
                assert isinstance(word, str) and word.strip() and word == word.lower(), (lang, concept, word)
                if concept in ("cardinals", "ordinals"):
                    assert isinstance(number, int) and 0 < number <= 12, (lang, concept, word)


def test_ambiguous_number_words_are_never_numbers_for_the_reader():
    from mailbot.parsing.lexicon import CARDINALS

    # "dort" (German "there"), "um" (German "around"), "moja" (Polish "my") are numbers elsewhere
    for word in ("dort", "um", "moja", "hai", "pet"):
        assert word in AMBIGUOUS_NUMBERS
        assert CARDINALS.get(word) is None


def test_a_language_without_a_file_is_not_covered():
    assert "de" in covered_languages() and "sq" in covered_languages()
    assert "th" not in covered_languages() and "mr" not in covered_languages()


# --- the inventory (plain strings) ----------------------------------------------------------------


@pytest.mark.parametrize("text, item", [
    ("Wir nehmen AG ٢", ("٢", "number")),            # Arabic-Indic digit
    ("گروه ۳ لطفا", ("۳", "number")),                 # Persian digit
    ("समूह २", ("२", "number")),                       # Devanagari digit
    ("Arbeitsgruppe III", ("III", "roman")),
    ("gern die vorletzte", ("vorletzte", "position")),
    ("the middle one please", ("middle", "position")),
    ("Ich nehme die zweite.", ("zweite", "ordinal")),
    ("mit sechs Frauen", ("sechs", "number_word")),
    ("Jugendforum bitte", ("Jugendforum", "group_noun")),
])
def test_inventory_finds_each_kind_of_evidence(text, item):
    assert item in concepts(text, letters=frozenset("ABCDE"))


@pytest.mark.parametrize("text", [
    "Wir kommen am 13. März um 10 Uhr.",      # the event's day, a time
    "am 13.3.2027",                           # a date
    "meine Tochter (16) kommt mit",           # an age in parentheses
    "seit 12 Jahren aktiv",                   # a quantity with a unit
    "zum ersten Mal dabei",                   # an ordinal of time, not of a group
    "Tel. 0251 09 87",                        # a phone number
    "1. Harpreet Kaur\n2. Gurpreet Singh",     # list markers
    "alle drei Arbeitsgruppen klingen gut",   # a number that counts groups
])
def test_inventory_leaves_out_dates_times_ages_and_quantities(text):
    assert [c for c in concepts(text, date_numbers=frozenset({13})) if c[1] in ("number", "number_word", "ordinal")] == []


def test_a_capital_letter_is_evidence_only_when_workgroups_carry_letters():
    assert ("D", "letter") in concepts("gern D, sonst B", letters=frozenset("ABCDE"))
    assert concepts("gern D, sonst B") == []


def test_unexplained_keeps_what_no_used_span_covers():
    items = inventory("AG 2 und 2 Plätze")
    left = unexplained(items, [(0, 4)], near=40)
    assert [(i.text, i.concept) for i in left] == [("2", "number"), ("2 Plätze", "persons")]


# --- abstain first (whole mails) ------------------------------------------------------------------


@pytest.mark.parametrize("body, word", [
    ("Leider muss ich meine Teilnahme an der AG 2 zurücknehmen.", "zurücknehmen"),
    ("Ich melde mich an, gern in der siebten Arbeitsgruppe.", "Arbeitsgruppe"),  # there are three
    ("Ich melde mich an für AG 2, wir kommen mit sechs Frauen.", "sechs"),
])
def test_a_registration_with_evidence_not_understood_goes_to_review_naming_it(body, word):
    parsed = parse_message(mail(body), MSO)
    assert parsed.needs_review, parsed
    assert any(word in reason for reason in parsed.reasons), parsed.reasons


@pytest.mark.parametrize("body", [
    "Please take me off the list, I can no longer attend.",
    "Bitte nehmen Sie uns von der Liste, wir können leider nicht kommen.",
    "Lütfen kaydımızı silin, maalesef katılamayacağız.",
])
def test_take_me_off_the_list_is_read_as_a_cancellation(body):
    # once read as a registration with a withdrawal word (review); the cancel words now say it
    assert parse_message(mail(body), MSO).kind == "cancellation"


def test_a_mail_in_a_language_without_vocabulary_goes_to_review():
    # Thai: the reader has no words for it, so nothing in it can be accounted for (Hindi was the example
    # until it had its file)
    body = "สวัสดีครับ ผมอยากลงทะเบียนใน AG 2 เราจะมาสองคน"
    parsed = parse_message(mail(body), MSO)
    if parsed.kind in ("registration", "change", "cancellation"):
        assert parsed.needs_review and any("does not cover" in r for r in parsed.reasons), parsed.reasons


def test_a_fully_understood_registration_is_still_acted_on():
    parsed = parse_message(mail("Hiermit melde ich mich für die AG 2 an. Wir kommen zu zweit."), MSO)
    assert (parsed.kind, parsed.workgroups, parsed.party_size, parsed.needs_review) == ("registration", ["AG2"], 2, False)


@pytest.mark.parametrize("body, group", [
    ("Ich melde mich für AG I an.", "AG1"),
    ("Bitte tragen Sie mich in Arbeitsgruppe I ein.", "AG1"),
    ("I would like to register for the workshop I.", "AG1"),
    ("Na intereson grupi i punës nr. 2, dëshiroj të regjistrohem.", "AG2"),
])
def test_roman_one_and_group_nouns_of_other_languages_are_read(body, group):
    assert group in parse_message(mail(body), MSO).workgroups


def test_a_change_carries_the_new_party_size():
    parsed = parse_message(mail("Wir kommen jetzt zu dritt statt zu zweit, die AG bleibt.", subject="Re: Anmeldung bestätigt",
                                extra="In-Reply-To: <x@muenster.example>\n"), MSO)
    if parsed.kind == "change":
        assert parsed.party_size == 3


def test_a_reply_that_reads_like_a_change_is_not_a_new_registration_without_review():
    parsed = parse_message(mail("Ich möchte mich stattdessen für AG 3 anmelden.", subject="Re: Anmeldung bestätigt",
                                extra="In-Reply-To: <x@muenster.example>\n"), MSO)
    assert parsed.kind != "registration" or parsed.needs_review


def test_hard_wrapped_lines_are_read_as_one_for_the_party():
    body = ("Ich melde mich für die AG 1 an. Mitkommen wird unser Jugendwart, wir sind also zu\nzweit.")
    assert parse_message(mail(body), MSO).party_size == 2


def test_a_parser_exception_is_logged_with_the_mail_id(monkeypatch, caplog):
    import mailbot.parsing as parsing

    def broken(*_args):
        raise RuntimeError("reader bug")

    monkeypatch.setattr(parsing, "read_person", broken)
    with caplog.at_level(logging.WARNING, logger="mailbot.parsing"):
        parsed = parse_message(mail("AG 2 bitte"), MSO)
    assert parsed.needs_review and parsed.reasons == ["unreadable mail: RuntimeError"]
    assert "<t@beispiel.example>" in caplog.text


def test_no_well_formed_test_mail_is_unreadable():
    """Below the catch-all: every mail of the project's own test sets parses without an exception."""
    paths = sorted((ROOT / "tests" / "mails").rglob("*.eml"))
    assert len(paths) > 300
    configs = {}
    for path in paths:
        folder = path.parent.parent if path.parent.name == "mails" else path.parent
        config_path = folder / "config.toml" if (folder / "config.toml").exists() else ROOT / "tests/mails/parse/event.toml"
        config = configs.setdefault(config_path, load_config(config_path))
        _parse(path.read_bytes(), config)  # raises on a reader bug


@pytest.mark.parametrize("body", [
    "Gibt es eine Kinderbetreuung? Wenn ja, melde ich mich in den nächsten Tagen für AG 2 an.",
    "Will there be interpretation? If so, I will register for workgroup 3.",
    "L'atelier 3 parle-t-il des subventions ? Si c'est le cas, je m'inscrirai avec plaisir.",
    "Forum E mi yoksa A mı daha uygun? Cevabınıza göre kayıt olacağız.",
])
def test_a_question_that_puts_the_registration_off_is_a_question(body):
    parsed = parse_message(mail(body, subject="Frage"), MSO)
    assert parsed.kind == "question", parsed


@pytest.mark.parametrize("unit", ["Wir kommen mit 2 Personen in die AG 3. Die zweite Gruppe. ", "1 ", "a", "zu zweit ", "(3) "])
def test_the_inventory_is_linear_on_long_runs(unit):
    """Limit: four times the text may take at most eight times as long (a quadratic scan takes 16)."""
    import time

    def cost(size):
        text = unit * (size // len(unit))
        start = time.perf_counter()
        inventory(text, letters=frozenset("ABC"), date_numbers=frozenset({13}))
        return time.perf_counter() - start

    cost(1000)
    small, large = min(cost(50_000) for _ in range(2)), min(cost(200_000) for _ in range(2))
    assert large < 8 * small + 0.05, (small, large)


# --- the same, through the real pipeline (Dovecot + aiosmtpd) ------------------------------------


@pytest.mark.parametrize("body", [
    "Guten Tag,\n\nleider muss ich meine Teilnahme an der AG 2 zurücknehmen.\n\nViele Grüße\nMarta Lopes\n",
    "Hello,\n\nplease take me off the list, I can no longer attend.\n\nBest regards\nMarta Lopes\n",
    "Guten Tag,\n\nich melde mich an, gern in der siebten Arbeitsgruppe.\n\nViele Grüße\nMarta Lopes\n",
])
def test_a_mail_not_understood_gets_no_confirmation_and_waits_for_the_coordinator(dovecot, smtpd, config_file, body):
    from test_end_to_end import registration, rows

    from mailbot.runner import run_once

    dovecot.append(registration(body=body))
    config = load_config(config_file)
    result = run_once(config)

    assert result.errors == []
    confirmed = rows(config, "SELECT count(*) FROM registrations WHERE status IN ('confirmed', 'waitlisted')")
    assert confirmed == [(0,)]
    subjects = [r.data.decode("utf-8", "replace") for r in smtpd.received]
    assert not any("bestätigt" in s or "confirmed" in s for s in subjects), subjects
    # the coordinator's review list names the word
    stored = rows(config, "SELECT reasons FROM registrations") + rows(config, "SELECT parsed FROM messages")
    assert any(w in str(stored) for w in ("zurücknehmen", "take me off", "named but not understood")), stored


@pytest.mark.parametrize("body, size, doubt", [
    ("Ich melde mich für AG 1 an. Unser Verein arbeitet seit Jahren mit Kindern.", 2, True),
    ("Ich melde mich mit meiner Kollegin für AG 3 an.", 2, False),
    ("Ich melde mich für AG 2 an. Vou com a minha filha.", 2, False),
    ("I register for workshop 2. We work with children and their families.", 2, True),
])
def test_a_companion_counts_only_where_someone_comes(body, size, doubt):
    parsed = parse_message(mail(body), MSO)
    assert parsed.party_size == size
    assert any("does not say they come" in r for r in parsed.reasons) == doubt, parsed.reasons


def test_a_reply_to_our_mail_without_a_workgroup_is_no_new_registration():
    # bottom-posted under our confirmation: "our treasurer wants to come too, can you add her?"
    body = "Danke für die Bestätigung! Ich melde auch unsere Kassiererin an, können Sie sie bitte noch eintragen?"
    parsed = parse_message(mail(body, subject="Re: Anmeldung bestätigt",
                                extra="In-Reply-To: <abc123@muenster.example>\n"), MSO)
    assert parsed.kind != "registration" or parsed.needs_review, parsed


def test_a_persian_thanks_line_is_a_closing_not_the_name():
    body = "سلام، من در گروه کاری ۲ ثبت نام میکنم.\n\nتشکر\nفریبا نوری"
    parsed = parse_message(mail(body, sender="Fariba Noori <fariba@example.org>").replace(
        "\n\nViele Grüße\nAnna Beispiel\n".encode(), b"\n"), MSO)
    assert parsed.name == "فریبا نوری", parsed


def test_zu_zweit_before_a_workgroup_counts_persons_not_a_second_group():
    parsed = parse_message(mail("Wir melden uns zu zweit für AG 1 an."), MSO)
    assert (parsed.workgroups, parsed.party_size, parsed.needs_review) == (["AG1"], 2, False)


def test_a_covered_language_has_the_words_the_inventory_needs():
    """`covered` lets a mail in the language be acted on without review; that is only safe when the
    inventory can find its counts, workgroup words and companions (else nothing would be left over
    to send the mail to review: a Chinese "第二工作组 … 共两人" would be placed as one person anywhere)."""
    for lang, table in vocabulary().items():
        if table.get("covered"):
            missing = [k for k in ("cardinals", "ordinals", "group_nouns", "persons") if not table.get(k)]
            if not (table.get("companions") or table.get("with_companions")):
                missing.append("companions or with_companions")
            assert not missing, (lang, missing)


def test_arabic_conjunction_written_onto_a_companion_is_still_a_companion():
    # "I register myself and my wife": و is written onto زوجتي; without the proclitics it was unseen
    parsed = parse_message(mail("أود أن أسجل نفسي وزوجتي في مجموعة العمل الثانية.", subject="تسجيل"), MSO)
    assert parsed.party_size == 2 or parsed.needs_review
    assert ("وزوجتي", "companion") in concepts("أسجل نفسي وزوجتي")


@pytest.mark.parametrize("text", [
    "Ich kann erst um elf Uhr da sein.",  # the adverb "erst" is no "erste"
    "Ich habe das Formular schon erstellt.",
    "Wir freuen uns auf die Quartierskonferenz im Quartier.",  # Italian and Portuguese "quart-" is "quarto", "quarta"
])
def test_words_that_begin_like_an_ordinal_stem_are_no_ordinals(text):
    assert not [i for i in inventory(text) if i.concept == "ordinal"]


@pytest.mark.parametrize("text, word", [
    ("Ich möchte in die erste Gruppe.", "erste"), ("Vorrei il quarto gruppo.", "quarto"),
    ("Prefiro a quarta mesa.", "quarta"), ("M'interessa el grup quart.", "quart"),
])
def test_ordinals_with_their_endings_are_found(text, word):
    assert word in [i.text for i in inventory(text) if i.concept == "ordinal"]


@pytest.mark.parametrize("text", [
    "Ich habe zwei Kinder, 8 und 11 Jahre alt.", "İki kızım var (17 ve 19 yaşında).", "Nous avons deux enfants de 3 et 6 ans.",
    "Ich komme mit der Linie 8 aus Hiltrup.", "Unser Büro ist in der Hammer Straße 12.", "Автобус 6 ходит редко.",
    "Ich habe 2 Fragen zum Ablauf.", "We answer within 2 business days.",
])
def test_numbers_of_ages_addresses_lines_and_questions_are_no_evidence(text):
    assert not [i for i in inventory(text) if i.concept == "number"], inventory(text)


def test_a_workgroup_number_before_and_stays_evidence():
    assert [i.text for i in inventory("Ich möchte in Gruppe 2 oder 3.") if i.concept == "number"] == ["2", "3"]


def test_a_possessive_before_a_number_is_no_month():
    # Dutch and Swahili "mei" (May) is a stem of German "meine": "meine 2 Kinder" is no date
    assert [i.text for i in inventory("Ich komme mit meine 2 Kinder.") if i.concept == "number"] == ["2"]
    assert not [i for i in inventory("Wir kommen am March 13.") if i.concept == "number"]


@pytest.mark.parametrize("text", [
    "Welche AG ist uns egal, Hauptsache zusammen.", "Any workshop is fine for us.", "Cualquier grupo nos va bien.",
    "Same workshop as before.", "Die Arbeitsgruppe bleibt gleich.",
    "wir vom Ezidischen Forum möchten teilnehmen", "Hier schreibt die DITIB Frauengruppe.",
])
def test_a_group_noun_that_names_none_of_the_events_groups_is_no_evidence(text):
    assert not [i for i in inventory(text, event_words=frozenset({"münster"})) if i.concept == "group_noun"]


@pytest.mark.parametrize("text", [
    "Cualquier grupo me va bien, pero prefiero el de educación.",  # a preference follows "any group"
    "Ich möchte ins Forum am Nachmittag.",
])
def test_a_group_noun_with_a_choice_in_its_sentence_stays_evidence(text):
    assert [i for i in inventory(text) if i.concept == "group_noun"]


@pytest.mark.parametrize("body", [
    "Ich melde mich an. Am liebsten wäre mir das Thema mit den Vereinsfinanzen.",
    "Me inscribo para el día. Prefiero la mesa de educación.",
    "Записываюсь на день. Больше всего меня интересует тема финансов.",
])
def test_a_preference_the_reader_did_not_place_goes_to_review(body):
    parsed = parse_message(mail(body), MSO)
    assert parsed.kind != "registration" or parsed.workgroups or parsed.needs_review, parsed.reasons


@pytest.mark.parametrize("text, found", [
    ("Δεύτερη επιλογή: η 3η.", ["3η"]), ("sinon la 3ème", ["3ème"]), ("or the 3rd one", ["3rd"]),
    ("Wir kommen am 13th March.", []), ("Ich komme um 10h.", []), ("My 2nd choice is group 1", []),
])
def test_a_digit_with_an_ordinal_ending_is_ordinal_evidence(text, found):
    assert [i.text for i in inventory(text, date_numbers=frozenset({13})) if i.concept == "ordinal"] == found


def test_a_group_noun_that_ends_the_events_name_is_the_event_when_the_groups_have_labels_of_their_own():
    from mailbot.parsing.evidence import inventory
    text = "Ich möchte am Forum am 26. Juni teilnehmen, gern in Runde B."
    nouns = [i.text for i in inventory(text, frozenset("B"), frozenset(), frozenset(), frozenset({"forum"}))
             if i.concept == "group_noun"]
    assert "Forum" not in nouns
    # with a label after it the noun names a group again ("Forum 2"), and without event nouns it is evidence
    assert "Forum" in [i.text for i in inventory("Ich möchte ins Forum 2.", frozenset(), frozenset(), frozenset(),
                                                 frozenset({"forum"})) if i.concept == "group_noun"]
    assert "Forum" in [i.text for i in inventory(text, frozenset("B")) if i.concept == "group_noun"]


def test_event_nouns_come_only_from_labels_set_apart_from_the_ids(tmp_path):
    from mailbot.config import load_config
    from mailbot.parsing.reading import _event_nouns
    base = (Path(__file__).parent.parent / "config.toml").read_text("utf-8")
    cfg = load_config(Path(__file__).parent.parent / "config.toml")
    assert _event_nouns(cfg) == frozenset()  # "Tag der Migrantenselbstorganisationen": no group noun ends it
    path = tmp_path / "config.toml"
    path.write_text(base.replace('name = "Tag der Migrantenselbstorganisationen 2027"',
                                 'name = "Interkulturelles Sommerforum 2027"'), "utf-8")
    assert "forum" in _event_nouns(load_config(path))  # its groups are "AG 1" …: "Forum" alone is the event
    path.write_text(base.replace('name = "Tag der Migrantenselbstorganisationen 2027"', 'name = "Sommerforum 2027"')
                    .replace('label = "AG 1"', 'label = "Forum 1"'), "utf-8")
    assert "forum" not in _event_nouns(load_config(path))  # a group is called "Forum 1": the noun is theirs too


def test_a_number_after_an_article_in_parentheses_is_evidence_not_an_age():
    # "la sesión sobre … (la 2)": an item of a list; "meine Tochter (16)" stays an age
    assert [i.text for i in inventory("la sesión sobre el reconocimiento (la 2).")] == ["2"]
    assert [i.text for i in inventory("il corso (il 3)")] == ["3"]
    assert "16" not in [i.text for i in inventory("meine Tochter (16) kommt mit")]
