"""A workgroup named by its topic in the writer's language (parsing/topics.py, vocab/topics.toml).

The sentences are the team's own (plain values, no servers). Each positive reading has its
guards: a topic of two workgroups, a topic the event has no workgroup for, a word the glossary
does not know inside the phrase, another topic in the same sentence, the event's own theme. Four
events (the MSO-Tag's three AGs of config.toml, the Sommerforum's four groups of
tests/mails/parse/event.toml, and two events of our own: a Stadtteilkonferenz with four tables
and a Fachtag with five workshops), so the rule is not tuned to one event's titles.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from mailbot.config import Workgroup, load_config
from mailbot.parsing import parse_message
from mailbot.parsing.choices import choose, matcher_for
from mailbot.parsing.glossary import TOKEN_RE, glossary, lexicon
from mailbot.parsing.topics import concept_targets, phrases

ROOT = Path(__file__).parent.parent
MSO = load_config(ROOT / "config.toml")  # AG1 Bildung, AG2 Zukunftsprozess, AG3 Förderung/Vereinsmanagement
SOMMER = load_config(ROOT / "tests" / "mails" / "parse" / "event.toml")  # JUG, DIG, GES, KUL


def _event(name: str, groups: list[tuple[str, str, list[str]]]):
    """A small event of our own: (id, German title, aliases)."""
    return tuple(Workgroup(id=i, title=t, capacity=20, number=n, aliases=tuple(a))
                 for n, (i, t, a) in enumerate(groups, 1)), name


# an event like a city's "Stadtteilforum": four tables
STADT = _event("Stadtteilkonferenz Nord 2028", [
    ("WOHNEN", "Wohnen und Mieten im Norden", ["Wohnen", "Miete"]),
    ("KITA", "Kita, Schule und Eltern", ["Kita", "Schule", "Eltern"]),
    ("ARBEIT", "Arbeit und Anerkennung von Berufsabschlüssen", ["Arbeit", "Anerkennung"]),
    ("SPORT", "Sport und Bewegung im Verein", ["Sport"]),
])
# a day of five workshops with their own words
FACHTAG = _event("Fachtag Chancen 2028", [
    ("WS-A", "Gesundheit und Pflege im Alter", ["Gesundheit", "Pflege"]),
    ("WS-B", "Wohnen ohne Diskriminierung", ["Wohnungsmarkt", "Rassismus"]),
    ("WS-C", "Politische Teilhabe und Beiräte", ["Beteiligung", "Wahlen"]),
    ("WS-D", "Frauen in Vereinen stärken", ["Frauen", "Empowerment"]),
    ("WS-E", "Jugend zwischen Schule und Beruf", ["Jugend", "Ausbildung"]),
])


def _choose(text: str, event) -> list[str]:
    if isinstance(event, tuple):
        groups, name = event
        return choose(text, matcher_for(groups, name)).ids
    return choose(text, matcher_for(event.workgroups, f"{event.event.name} {event.event.venue}")).ids


def mail(body: str, closing: str = "\n\nSaludos / Regards\nLeyla Aksoy\n") -> bytes:
    return (
        "From: Leyla Aksoy <leyla@verein.example>\nTo: mso-tag@muenster.example\nSubject: Anmeldung\n"
        "Message-ID: <t@verein.example>\nContent-Type: text/plain; charset=utf-8\n\n"
        f"{body}{closing}"
    ).encode()


# --- a topic in the writer's language names the one workgroup it belongs to ----------------------


@pytest.mark.parametrize("event, text, ids", [
    # the MSO-Tag: Bildung, Zukunftsprozess/Stadtentwicklung, Förderung/Vereinsmanagement
    (MSO, "Quisiera apuntarme al grupo de trabajo sobre el sistema educativo.", ["AG1"]),
    (MSO, "Dëshiroj të marr pjesë në grupin e punës për financimin dhe menaxhimin e shoqatave.", ["AG3"]),
    (MSO, "Mă înscriu la grupul de lucru despre finanțare și management.", ["AG3"]),
    (MSO, "أود الانضمام إلى مجموعة العمل الخاصة بالتمويل.", ["AG3"]),
    (MSO, "Çalışma grubuna (hibe imkanları ve dernek yönetimi) katılmak istiyoruz.", ["AG3"]),
    (MSO, "Мы хотели бы в рабочую группу о будущем города.", ["AG2"]),
    (MSO, "Vorrei partecipare al gruppo di lavoro sul futuro della città.", ["AG2"]),
    (MSO, "I'm interested in funding for associations and would like to register.", ["AG3"]),
    # the Sommerforum: Jugend/Ehrenamt, Digitale Teilhabe für Senioren, Gesundheit/Pflege, Kultur/Sprache
    (SOMMER, "Quiero participar en el taller sobre salud y cuidados.", ["GES"]),
    (SOMMER, "Zapiszcie mnie na warsztat o kulturze i sztuce.", ["KUL"]),
    (SOMMER, "Хочу записатися на воркшоп про волонтерство.", ["JUG"]),
    (SOMMER, "Je voudrais l'atelier sur le numérique pour les seniors.", ["DIG"]),
    # our Stadtteilkonferenz
    (STADT, "Nos gustaría la mesa sobre vivienda y alquiler, por favor.", ["WOHNEN"]),
    (STADT, "Je souhaite participer à la table sur le logement.", ["WOHNEN"]),
    (STADT, "من در میزگرد درباره اشتغال و ارزشیابی مدارک شرکت می‌کنم.", ["ARBEIT"]),
    (STADT, "Gerne der Tisch zur Anerkennung von Diplomen und Zeugnissen.", ["ARBEIT"]),
    (STADT, "Vorrei iscrivermi al tavolo sul riconoscimento dei titoli di studio e l'accesso al lavoro.", ["ARBEIT"]),
    (STADT, "Chúng tôi muốn tham gia nhóm về trẻ em và mẫu giáo.", ["KITA"]),
    # our Fachtag
    (FACHTAG, "I'd like to join the workshop on housing discrimination.", ["WS-B"]),
    (FACHTAG, "Хочу записатися на воркшоп про житло і дискримінацію.", ["WS-B"]),
    (FACHTAG, "Mă înscriu la atelierul despre locuințe fără discriminare.", ["WS-B"]),
    (FACHTAG, "Ci interessa il laboratorio sulla partecipazione politica.", ["WS-C"]),
    (FACHTAG, "Θα ήθελα το εργαστήριο για την υγεία και τη φροντίδα ηλικιωμένων.", ["WS-A"]),
    (FACHTAG, "Ik wil graag naar de workshop over jongeren en opleiding.", ["WS-E"]),
])
def test_a_topic_in_the_writers_language_names_its_workgroup(event, text, ids):
    assert _choose(text, event) == ids


@pytest.mark.parametrize("event, text, ids", [
    # a second choice for when the first is full, each by its topic
    (STADT, "La mesa sobre vivienda; si está llena, la de empleo.", ["WOHNEN", "ARBEIT"]),
    (FACHTAG, "The workshop on health and care, otherwise the one on youth.", ["WS-A", "WS-E"]),
])
def test_a_first_and_a_second_choice_by_topic(event, text, ids):
    assert _choose(text, event) == ids


@pytest.mark.parametrize("body, wg", [
    ("Buenos días, quisiera inscribirme en el grupo de trabajo sobre el sistema educativo. Iré sola.", "AG1"),
    ("Mirëdita, dëshiroj të regjistrohem në grupin e punës për financimin. Do të vij vetëm.", "AG3"),
])
def test_a_registration_by_topic_is_acted_on(body, wg):
    parsed = parse_message(mail(body), MSO)
    assert (parsed.kind, parsed.workgroups, parsed.needs_review) == ("registration", [wg], False), parsed.reasons


# --- never guess: the same phrases go to review when they do not point to one workgroup -------


@pytest.mark.parametrize("event, text", [
    # topics of two workgroups
    (STADT, "Je voudrais la table sur le logement et l'école."),
    (SOMMER, "Quiero participar en el taller sobre juventud y salud."),  # JUG and GES
    # a topic the event has no workgroup for
    (MSO, "I register for the workshop on housing."),
    (STADT, "Quiero el taller sobre salud."),
    # a word the glossary does not know, inside the phrase: it could name something else
    (STADT, "Nos gustaría la mesa sobre vivienda y guarderías municipales nuevas."),
    (MSO, "Vorrei il gruppo di lavoro sul sistema educativo tedesco e italiano."),
    # another topic in the same sentence, of another workgroup
    (STADT, "I register for the table on housing, although our focus is the children."),
    # a weak concept alone ("migration" at a migrants' event) and the event's own theme
    (MSO, "Ich möchte in die Arbeitsgruppe über Migration."),
    ((STADT[0], "Stadtteilforum Nord"), "Quiero participar en el foro del barrio."),
])
def test_a_topic_that_names_no_one_workgroup_is_not_read(event, text):
    assert _choose(text, event) == []


def test_a_topic_of_two_workgroups_is_not_read():
    # employment is the ARBEIT table's; a fifth table with "Beruf" in its title makes it two tables' topic
    groups = STADT[0] + (Workgroup(id="BERUF", title="Beruf und Familie", capacity=20, number=5),)
    assert _choose("I'd like the table on employment.", (groups, STADT[1])) == []
    assert _choose("I'd like the table on employment.", STADT) == ["ARBEIT"]


@pytest.mark.parametrize("body", [
    "Quisiera inscribirme en el taller sobre juventud y salud.",  # two workgroups
    "Quisiera inscribirme en el taller sobre vivienda.",  # none at this event
])
def test_such_a_mail_goes_to_review_naming_the_group_noun(body):
    parsed = parse_message(mail(body), SOMMER)
    assert parsed.needs_review and any("not understood" in r for r in parsed.reasons), parsed.reasons


def test_a_single_translated_word_in_a_phrase_of_two_topics_is_not_read_alone():
    # "salud" alone would name GES (lexicon.TOPIC_WORDS); next to "juventud" (JUG) it must not
    assert _choose("Quiero participar en el taller sobre juventud y salud.", SOMMER) == []


def test_concepts_meet_the_configs_german_titles():
    targets = concept_targets(FACHTAG[0], frozenset({"fachtag", "chancen"}))
    assert targets["housing"] == {"WS-B"} and targets["discrimination"] == {"WS-B"}
    assert targets["employment"] == {"WS-E"} and targets["women"] == {"WS-D"}
    assert targets["sport"] == frozenset()


def test_a_glossary_topic_word_is_no_ordinal():
    # "quartier" starts like Italian/Catalan "quart" (fourth)
    assert _choose("Je viens au forum du quartier et je choisis la table 2.", STADT) == ["KITA"]


# --- every glossary entry is used by a sentence ---------------------------------------------------


SENTENCES = tomllib.loads(Path(__file__).with_name("data").joinpath("topic_sentences.toml").read_text("utf-8"))


def _own_entries():
    """The glossary file's entries (the stop words taken from the vocabulary files have their own tests)."""
    return [e for e in glossary().entries if e.kind != "stop" or e.concept in ("", "otherwise")]


def _places(entry, sentence: str) -> list[tuple[int, int]]:
    found = list(TOKEN_RE.finditer(sentence))
    words = [m.group(0) for m in found]
    lex = lexicon()
    out = []
    for i in range(len(words) - len(entry.specs) + 1):
        if all(spec.fits_word(lex.word(words[i + k])[0]) for k, spec in enumerate(entry.specs)):
            out.append((found[i].start(), found[i + len(entry.specs) - 1].end()))
    return out


def _has_effect(entry, sentence: str) -> bool:
    read = phrases(sentence)
    for start, end in _places(entry, sentence):
        if entry.kind == "concept" and any(p.start <= start < p.end and entry.concept in p.concepts for p in read):
            return True
        if entry.kind in ("about", "join", "neutral", "interested", "pronoun") and any(p.start <= start < p.end for p in read):
            return True
        if entry.kind == "stop" and any(p.end <= start for p in read):
            return True
    return False


@pytest.mark.parametrize("entry", _own_entries(), ids=lambda e: f"{e.language}-{e.kind}-{e.concept}-{e.raw}")
def test_every_glossary_entry_has_its_effect_in_a_sentence(entry):
    sentences = SENTENCES.get(entry.language, {}).get("sentences", [])
    assert any(_has_effect(entry, s) for s in sentences), f"no sentence in {entry.language} reads {entry.raw!r}"
