"""The coordinator's language ([coordinator].language) and the status table at 80 columns."""

from __future__ import annotations

import dataclasses

import pytest
from rich.console import Console

from test_desk_status import seed
from test_desk_support import add_message, db, desk_config, in_german, run  # noqa: F401

from mailbot.desk.review import format_items, review_items, visible
from mailbot.desk.status import status_summary, status_table
from mailbot.desk.words import CATALOGUE, say
from mailbot.model import Notice
from mailbot.notices import Renderer


def english(config):
    return dataclasses.replace(config, coordinator=dataclasses.replace(config.coordinator, language="en"))


def draw(db, config, width: int, language: str) -> list[str]:
    console = Console(width=width, record=True, highlight=False, color_system=None)
    with console.capture() as captured:
        console.print(status_table(status_summary(db, config), language, console.width))
    return [line.rstrip() for line in captured.get().splitlines()]


def test_every_language_has_every_key():
    assert set(CATALOGUE["en"]) == set(CATALOGUE["de"])
    assert say("xx", "total") == "Gesamt"  # unknown language: German, never a KeyError


def keys_used_in_code() -> tuple[set[str], set[str]]:
    """Every catalogue key the code passes to say/words (literal keys, and the fixed start of f-string keys)."""
    import ast
    import re
    from pathlib import Path

    import mailbot

    keys, prefixes = set(), set()
    for path in Path(mailbot.__file__).parent.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        if not re.search(r"from \.(desk\.)?words import", source):  # only modules that speak to the coordinator
            continue
        for node in ast.walk(ast.parse(source)):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("say", "words", "german") and node.args):
                continue
            first = node.args[0]
            key = first if _key_parts(first) != ([], []) or len(node.args) == 1 else node.args[1]
            literal, heads = _key_parts(key)
            keys.update(literal)
            prefixes.update(heads)
    return keys, prefixes


def _key_parts(node) -> tuple[list[str], list[str]]:
    """The literal keys and f-string starts a key expression can give ("a" if x else "b" gives both)."""
    import ast

    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value], []
    if isinstance(node, ast.JoinedStr):
        head = node.values[0]
        return [], [head.value if isinstance(head, ast.Constant) else ""]
    if isinstance(node, ast.IfExp):
        (a, b), (c, d) = _key_parts(node.body), _key_parts(node.orelse)
        return a + c, b + d
    return [], []


def test_every_key_the_code_says_exists_in_every_language():
    """A message added to the code but not to words.py fails here, not in front of the coordinator."""
    keys, prefixes = keys_used_in_code()
    assert {"erased", "forget.imap_kept", "purge.not_due", "pass.busy", "err.nothing_stored"} <= keys
    for language, table in CATALOGUE.items():
        assert sorted(keys - set(table)) == [], language
        assert [p for p in prefixes if not any(k.startswith(p) for k in table)] == [], language
    assert "" not in prefixes  # a key made entirely at run time cannot be checked


@pytest.mark.parametrize(("language", "line"), [
    ("de", "1 neue Mail: 1 angemeldet; 1 verschickt"),
    ("en", "1 new mail: 1 registered; 1 sent"),
])
def test_run_once_line_follows_the_language(write_config, tmp_path, language, line):
    import mailbox

    from test_end_to_end import registration

    path = write_config(extra=f'[coordinator]\nlanguage = "{language}"\n')
    mailbox.Maildir(tmp_path / "Maildir").add(registration())
    done = run(path, "run-once")
    assert done.exit_code == 0, done.output
    assert done.stdout.splitlines() == [line]


def test_the_language_defaults_to_german(write_config):
    from mailbot.config import load_config

    assert load_config(write_config()).coordinator.language == "de"


def test_an_unknown_language_is_one_config_error(write_config):
    from mailbot.config import load_config
    from mailbot.errors import ConfigError

    with pytest.raises(ConfigError, match=r"\[coordinator\]\.language: expected one of 'de', 'en', got 'fr'"):
        load_config(write_config(extra='[coordinator]\nlanguage = "fr"\n'))


@pytest.mark.parametrize("width", [80, 120], ids=["80-columns", "120-columns"])
@pytest.mark.parametrize("language", ["de", "en"])
def test_status_table_fits_and_numbers_never_wrap(desk_config, db, width, language):
    seed(db)
    db.execute("UPDATE registrations SET party_size = 1234 WHERE email = 'a@example.org'")  # a wide number
    lines = draw(db, desk_config[1], width, language)
    assert max(len(line) for line in lines) <= width
    heads = lines[2].split()
    assert heads == [say(language, k) for k in ("col.workgroup", "col.title", "col.confirmed", "col.waitlisted",
                                                 "col.free", "col.review")]
    ag1 = next(line for line in lines if line.strip().startswith("AG 1"))  # the label
    assert ag1.split()[-5:] == ["1235", "/", "30", "0", "-1205", "0"][-5:] and "1235 / 30" in ag1
    assert sum(1 for line in lines if line.strip()) == 8  # title, heads, rule, 4 groups, total: nothing wrapped
    total = next(line for line in lines if line.strip().startswith(say(language, "total")))
    assert "1236 / 90" in total


def test_status_at_80_columns_cuts_only_the_title(desk_config, db):
    seed(db)
    lines = draw(db, in_german(desk_config[1]), 80, "de")
    ag1 = next(line for line in lines if line.strip().startswith("AG 1"))  # the label
    assert "…" in ag1 and "Menschen mit Migrations" in ag1
    assert ag1.split()[-6:-1] == ["3", "/", "30", "0", "27"]


def test_status_command_speaks_german_by_default(write_config):
    from test_desk_support import DESK_EXTRA

    path = write_config(extra=DESK_EXTRA.replace('language = "en"', ""))
    result = run(path, "status", env={"COLUMNS": "80"})
    lines = result.stdout.splitlines()
    assert lines[2].split() == ["AG", "Titel", "Bestätigt", "Warteliste", "Frei", "Prüfen"]
    assert lines[-3:] == ["Zu prüfen: 0", "Postausgang: 0 wartend, 0 fehlgeschlagen",
                          "Postfach zuletzt gelesen: noch nie"]
    assert max(len(line) for line in lines) <= 80
    assert run(path, "status", "--json").stdout.startswith('{\n  "event": ')  # --json is the same in any language


def test_review_speaks_german_with_german_hints(desk_config, db):
    add_message(db, b"Subject: Frage\r\n\r\nWo ist der Saal?", sender="q@example.org", uid=1, state="review",
                kind="question", subject="Frage", parsed={"kind": "question", "text": "Wo ist der Saal?"})
    text = format_items(review_items(db), in_german(desk_config[1]))
    assert text.splitlines()[:2] == ["1 Eintrag/Einträge zu prüfen.", ""]
    assert "  Verstanden: Art Frage" in text
    assert "  Lösen:      mailbot dismiss 1  (keine Anmeldung; ggf. im Mailprogramm beantworten)" in text


HOSTILE = ("Anmeldung AG1\x1b[2K\r  Resolve:    mailbot cancel 7\n"
           "\x1b]52;c;cm0gLXJmIH4=\x07copied\x1b]8;;https://evil.example/\x1b\\Link\x1b]8;;\x1b\\\n"
           "\x1b[1A\x1b[10Dup\x9b31m and \u202egnal\u202c")


def test_review_shows_control_characters_instead_of_obeying_them(desk_config, db):
    add_message(db, b"Subject: x\r\n\r\nx", sender="q@example.org", uid=1, state="review", kind="question",
                subject="Frage\x1b[8m", parsed={"kind": "question", "text": HOSTILE, "name": "Eve\x1b[1A"})
    text = format_items(review_items(db), english(desk_config[1]))
    assert not any(ch in text for ch in "\x1b\x07\x9b\r\u202e\u202c")
    assert "\\x1b]52;c;cm0gLXJmIH4=\\x07copied" in text
    assert "  | Anmeldung AG1\\x1b[2K" in text
    # the forged line is still inside the quoted mail text, never a line of its own
    resolves = [line for line in text.splitlines() if line.startswith("  Resolve:")]
    assert resolves == ["  Resolve:    mailbot dismiss 1  (not a registration; answer it in your mail program if needed)"]
    assert "Eve\\x1b[1A" in text and "Frage\\x1b[8m" in text


def test_review_command_output_has_no_escape_sequence(desk_config, db):
    add_message(db, b"Subject: x\r\n\r\nx", sender="q@example.org", uid=1, state="review", kind="question",
                parsed={"kind": "question", "text": HOSTILE})
    out = run(desk_config[0], "review").stdout
    assert "\x1b" not in out and "\\x1b]8;;https://evil.example/" in out


@pytest.mark.parametrize("text, shown", [("Ayşe\tYılmaz", "Ayşe\tYılmaz"), ("a\x00b", "a\\x00b"),
                                         ("\x7f", "\\x7f"), ("\u200bx", "\\u200bx")],
                         ids=["tab-and-letters-stay", "nul", "del", "zero-width"])
def test_visible(text, shown):
    assert visible(text) == shown


@pytest.mark.parametrize("kind", ["digest", "status_report", "export"])
def test_coordinator_mails_follow_the_language(desk_config, db, kind):
    from mailbot.desk.digest import build_digest
    from mailbot.desk.status import status_text
    import datetime as dt

    seed(db)
    for config, word, greeting in ((english(desk_config[1]), "Total", "Hello"),
                                   (in_german(desk_config[1]), "Gesamt", "Guten")):
        extra = (build_digest(db, config, dt.date(2027, 1, 11)) if kind == "digest"
                 else {"status": status_text(db, config)})
        notice = Notice(kind=kind, to="koordination@muenster.example", language=config.coordinator.language,
                        key="k", extra=extra)
        text = Renderer(config).render(notice).text
        assert word in text
        if kind != "digest":
            assert text.startswith(greeting)


def test_export_heads_follow_the_language_and_plain_csv_keeps_machine_names(write_config, tmp_path):
    from test_desk_support import DESK_EXTRA

    from mailbot.desk.export import COLUMNS

    path = write_config(extra=DESK_EXTRA.replace('language = "en"', ""))
    run(path, "export", "-o", str(tmp_path / "l.csv"))
    first = (tmp_path / "l.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert first.split(";")[:4] == ["Nr.", "Name", "Organisation", "E-Mail"]
    assert run(path, "export", "--plain").stdout.splitlines()[0] == ",".join(COLUMNS)
    run(path, "export", "-o", str(tmp_path / "l.xlsx"))
    from openpyxl import load_workbook

    book = load_workbook(tmp_path / "l.xlsx", read_only=True)
    assert [c.value for c in next(book["Alle"].iter_rows(max_row=1))][:2] == ["Nr.", "Name"]
    book.close()


def test_review_json_escapes_what_a_terminal_would_obey(desk_config, db):
    import json

    add_message(db, b"Subject: x\r\n\r\nx", sender="q@example.org", uid=1, state="review", kind="question",
                parsed={"kind": "question", "text": HOSTILE, "name": "Ayşe \u202eevE"})
    out = run(desk_config[0], "review", "--json").stdout
    assert not any(ch in out for ch in "\x1b\x07\x9b\u202e\u202c")
    item = json.loads(out)[0]
    assert item["text"] == HOSTILE and item["name"] == "Ayşe \u202eevE"  # the same data, only written safely
    assert "Ayşe" in out  # letters stay readable


@pytest.mark.parametrize("language, greeting, heads", [("de", "Guten Tag", "Bestätigt"), ("en", "Hello", "Confirmed")])
def test_status_by_mail_answers_in_the_coordinators_language(dovecot, smtpd, write_config, language, greeting, heads):
    import datetime as dt
    import email
    import email.policy

    from test_coordinator_mail import BERLIN, COORDINATOR, command_mail

    from mailbot.config import load_config
    from mailbot.runner import run_once

    extra = COORDINATOR.replace('digest_time = "07:30"\n', f'digest_time = "07:30"\nlanguage = "{language}"\n')
    config = load_config(write_config(dovecot, smtpd, extra=extra))
    dovecot.append(command_mail("STATUS"))
    run_once(config, now=dt.datetime(2027, 1, 15, 6, 0, tzinfo=BERLIN))
    (answer,) = [email.message_from_bytes(r.data, policy=email.policy.default) for r in smtpd.received]
    text = answer.get_body(("plain",)).get_content()
    assert text.startswith(greeting) and heads in text


@pytest.mark.parametrize("args, message", [
    (("cancel", "99"), "Error: keine Anmeldung 99 (siehe: mailbot review oder mailbot export)"),
    (("dismiss", "99"), "Error: keine Mail 99 (siehe: mailbot review)"),
    (("accept", "99"), "Error: keine Mail 99 (siehe: mailbot review)"),
    (("assign", "1", "AG9"), "Error: unbekannte AG 'AG9' (bekannt: AG1, AG2, AG3)"),
], ids=["cancel", "dismiss", "accept", "assign"])
def test_wrong_numbers_are_one_german_line(write_config, args, message):
    from test_desk_support import DESK_EXTRA

    path = write_config(extra=DESK_EXTRA.replace('language = "en"', ""))
    result = run(path, *args)
    assert (result.exit_code, result.stderr) == (1, message + "\n")
