"""Side questions: a registration or cancellation that also asks something the action does not depend
on is acted on, answered ("your question is passed on"), and left on the review list for the question.

Plain values for the reading (parsing/asides.py); real Dovecot, SMTP and SQLite for the pass and the
coordinator's review list.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from mailbot.cli import main

from mailbot.config import load_config
from mailbot.parsing import parse_message
from mailbot.runner import run_once
from test_end_to_end import registration
from test_lifecycle_e2e import JANUARY, db_rows, sent, text_of

def cli(config_path, *args):
    return CliRunner().invoke(main, [args[0], "--config", str(config_path), *args[1:]], env={"COLUMNS": "120"})


CONFIG = load_config(Path(__file__).resolve().parents[1] / "config.toml")


def parse(body: str, subject: str = "Anmeldung"):
    raw = (f"From: Anna Beispiel <anna@beispiel.example>\nTo: mso-tag@muenster.example\nSubject: {subject}\n"
           f"Message-ID: <t@beispiel.example>\nContent-Type: text/plain; charset=utf-8\n\n{body}\n\n"
           "Viele Grüße\nAnna Beispiel\n").encode()
    return parse_message(raw, CONFIG)


# questions about the day that change nothing the registration says, in several languages
SIDE = [
    "Ich melde mich für AG 2 an. Gibt es vegetarisches Essen?",
    "I would like to register for AG 3. Is the building wheelchair accessible?",
    "Je m'inscris à l'atelier 1. Y a-t-il un parking près du lieu ?",
    "Zgłaszam się do grupy 2. Czy będzie obiad?",
    "AG 1'e kayıt olmak istiyorum. Öğle yemeği var mı?",
    "Хочу зарегистрироваться в группу 3. Будет ли перевод на русский?",
    # "whether"/"ob" asks; the Vietnamese yes/no question ends with "không"
    "I would like to register for AG 3. Could you let me know whether there will be a vegetarian lunch?",
    "Ich melde mich für AG 2 an. Können Sie mir sagen, ob es dort WLAN gibt?",
    "Tôi muốn đăng ký nhóm 2. Có phiên dịch tiếng Việt không ạ?",
]

# questions that touch the registration itself: a companion, a workgroup, a condition, a count, coming,
# or one that points back at what the mail asks
TOUCHING = [
    "Ich melde mich für AG 2 an. Darf ich meine Tochter mitbringen?",
    "Ich melde mich für AG 2 an. Ist in AG 3 noch etwas frei?",
    "Ich melde mich für AG 2 an. Wir kommen vielleicht zu dritt, geht das?",
    "I would like to register for AG 3. Can I come a bit later?",
    "I would like to register for AG 3 with 2 people. Is that OK?",
    "Ich melde mich für AG 1 an. Gibt es Plätze für 3 weitere Personen?",
    "Хочу зарегистрироваться в группу 3. Можно ли прийти с ребёнком?",
    "Ich melde mich für AG 2 an. Wenn es kein Essen gibt, komme ich nur vormittags?",  # a condition stays one
]


@pytest.mark.parametrize("body", SIDE)
def test_a_side_question_does_not_hold_the_registration(body):
    parsed = parse(body)
    assert parsed.kind == "registration"
    assert not parsed.needs_review, parsed.reasons
    assert len(parsed.side_questions) == 1 and parsed.side_questions[0].endswith("?")


@pytest.mark.parametrize("body", TOUCHING)
def test_a_question_about_the_registration_itself_still_goes_to_review(body):
    parsed = parse(body)
    assert parsed.needs_review and not parsed.side_questions, (parsed.reasons, parsed.side_questions)


def test_a_cancellation_with_a_side_question_is_acted_on():
    parsed = parse("Leider muss ich meine Anmeldung stornieren. Gibt es die Folien online?",
                   subject="Absage")
    assert (parsed.kind, parsed.needs_review) == ("cancellation", False), parsed.reasons
    assert parsed.side_questions


@pytest.mark.parametrize("body", [
    "Kaydımı iptal edebilir misiniz?",  # Turkish: "my registration" inside the cancelling clause
    "Xin vui lòng hủy đăng ký của tôi.",  # Vietnamese: "cancel registration"
    "Please cancel my registration.",
])
def test_a_register_word_inside_the_cancelling_clause_is_what_is_cancelled(body):
    parsed = parse(body, subject="Re: Anmeldung bestätigt")
    assert parsed.kind == "cancellation"
    assert "cancellation together with another request" not in parsed.reasons


def test_a_new_registration_beside_a_cancellation_still_goes_to_review():
    parsed = parse("Bitte stornieren Sie AG 1 und melden Sie mich für AG 2 an.", subject="Änderung")
    assert parsed.needs_review


def test_the_registration_is_answered_and_the_mail_waits_for_its_question(dovecot, smtpd, write_config):
    path = write_config(dovecot, smtpd)
    config = load_config(path)
    dovecot.append(registration(sender="Lena Vogt <lena.vogt@verein-v.example>", msgid="<v1@v.example>",
                                body="Hallo,\nich melde mich für AG 2 an.\nGibt es vor Ort vegetarisches Essen?\n\n"
                                     "Viele Grüße\nLena Vogt\n"))
    run_once(config, now=JANUARY)

    assert db_rows(config, "SELECT workgroup, status FROM registrations") == [("AG2", "confirmed")]
    (confirmation,) = sent(smtpd)
    assert "Ihre Frage haben wir an unser Team weitergegeben" in text_of(confirmation)
    # the mail stays unread for the coordinator, and the review list names the question
    (state,) = db_rows(config, "SELECT state FROM messages")
    assert state == ("review",)
    assert "\\Seen" not in dovecot.flags(1)
    listing = cli(path, "review")
    assert "asks beside it: 'Gibt es vor Ort vegetarisches Essen?'" in listing.stdout
    assert "mailbot dismiss 1" in listing.stdout
    # accepting it would handle it a second time: refused, nothing more is sent
    refused = cli(path, "accept", "1")
    assert refused.exit_code != 0 and "dismiss 1" in refused.output
    assert len(smtpd.received) == 1
    assert cli(path, "dismiss", "1").exit_code == 0
    assert json.loads(cli(path, "review", "--json").stdout) == []


def test_without_a_question_the_mail_is_done(dovecot, smtpd, write_config):
    config = load_config(write_config(dovecot, smtpd))
    dovecot.append(registration(sender="Lena Vogt <lena.vogt@verein-v.example>", msgid="<v2@v.example>",
                                body="Hallo,\nich melde mich für AG 2 an.\n\nViele Grüße\nLena Vogt\n"))
    run_once(config, now=JANUARY)
    (confirmation,) = sent(smtpd)
    assert "Frage" not in text_of(confirmation)
    assert db_rows(config, "SELECT state FROM messages") == [("processed",)]
