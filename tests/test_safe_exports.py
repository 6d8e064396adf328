"""Safe exports (issue #12, points 9 and 14): what strangers write never breaks or arms a spreadsheet.

Registrations arrive through the real pipeline (Maildir in, output folder out) with an
ESC in the organisation and formulas as names; every export format must come out
whole, without control characters, with each formula turned into text.
"""

from __future__ import annotations

import csv
import email
import email.policy
import io
import mailbox
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from mailbot.config import load_config
from mailbot.desk.export import safe_cell
from mailbot.runner import run_once
from test_desk_support import run
from test_end_to_end import registration

OUR_SERVER = "mx.muenster.example"
COORDINATOR = f"""
[coordinator]
emails = ["koordination@muenster.example"]

[safety]
authserv_id = "{OUR_SERVER}"
"""
PASS = f"{OUR_SERVER}; spf=pass smtp.mailfrom=muenster.example; dmarc=pass header.from=muenster.example"


@pytest.mark.parametrize("value, cell", [
    ("=HYPERLINK(\"http://evil\")", "'=HYPERLINK(\"http://evil\")"),
    ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
    ("+49 251 0", "'+49 251 0"),
    ("-2+3", "'-2+3"),
    ("@SUM(1)", "'@SUM(1)"),
    ("\t=1", "'=1"),  # the tab goes, the formula is still caught
    ("Verein\x1b[31m e.V.\x07", "Verein[31m e.V."),
    ("\u202eabc", "abc"),
    ("Ayşe Yılmaz", "Ayşe Yılmaz"),
    ("زهرا\u200cی", "زهرا\u200cی"),  # a zero-width non-joiner is part of Persian spelling: kept
    (3, 3),
], ids=["hyperlink", "dde", "plus", "minus", "at", "tab", "esc-bell", "bidi", "plain", "zwnj", "number"])
def test_a_cell_is_cleaned_and_defused(value, cell):
    assert safe_cell(value) == cell


@pytest.fixture
def hostile(write_config, tmp_path):
    path = write_config(extra=COORDINATOR)
    config = load_config(path)
    box = mailbox.Maildir(config.maildir)
    box.add(registration(sender="=HYPERLINK(\"http://evil.example\") <eve@verein.example>", msgid="<e1@x>",
                         body="Hallo,\n\nich melde mich für AG 1 an.\n\nEve Example\n"
                              "Kultur\x1bverein Evil e.V.\n"))
    box.add(registration(sender="Dora Dde <dora@verein.example>", msgid="<e2@x>",
                         body="Hallo,\n\nich melde mich für AG 2 an.\n\nDora Dde\n"))
    run_once(config)
    db = sqlite3.connect(config.database_path)
    # what a parser may let through one day: written straight into the rows
    db.execute("UPDATE registrations SET organisation = ?, name = ? WHERE email = 'dora@verein.example'",
               ["Verein\x1b[31m rot\x00", "=cmd|' /C calc'!A0"])
    db.commit()
    db.close()
    return path, config


def test_xlsx_export_with_an_esc_in_an_organisation_is_written_and_safe(hostile, tmp_path):
    path, _config = hostile
    out = tmp_path / "liste.xlsx"
    result = run(path, "export", "--format", "xlsx", "-o", str(out))
    assert result.exit_code == 0, result.output
    cells = [c for row in openpyxl.load_workbook(out)["Alle"].iter_rows(values_only=True) for c in row]
    assert "Verein[31m rot" in cells and "'=cmd|' /C calc'!A0" in cells
    assert not any(isinstance(c, str) and (c[:1] in "=+-@" or any(ord(ch) < 32 for ch in c)) for c in cells)


@pytest.mark.parametrize("plain", [False, True], ids=["excel", "plain"])
def test_csv_exports_defuse_formulas_and_drop_control_characters(hostile, plain):
    path, _config = hostile
    result = run(path, "export", "--format", "csv", *(["--plain"] if plain else []))
    assert result.exit_code == 0, result.output
    text = result.stdout.lstrip("\ufeff")
    cells = [c for row in csv.reader(io.StringIO(text), delimiter="," if plain else ";") for c in row]
    assert "'=cmd|' /C calc'!A0" in cells and "Verein[31m rot" in cells
    assert not any(c[:1] in "=+-@\t\r" for c in cells)
    assert not any(ord(ch) < 32 and ch not in "\r\n" for ch in text)


def test_the_export_mail_command_answers_with_a_workbook_despite_odd_data(hostile):
    _path, config = hostile
    box = mailbox.Maildir(config.maildir)
    box.add(registration(sender="Koordination <koordination@muenster.example>", subject="EXPORT",
                         msgid="<cmd@muenster.example>", body="Bitte senden.\n", Authentication_Results=PASS))
    result = run_once(config)
    assert result.errors == []
    db = sqlite3.connect(config.database_path)
    state = db.execute("SELECT state, error FROM messages WHERE message_id = '<cmd@muenster.example>'").fetchone()
    db.close()
    assert state == ("processed", None)
    # the answer to the command (the daily digest may go to the same address, depending on the hour)
    (answer,) = [m for m in (email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
                             for p in Path(config.outdir).glob("*.eml"))
                 if m["In-Reply-To"] == "<cmd@muenster.example>"]
    (part,) = [p for p in answer.iter_attachments()]
    book = openpyxl.load_workbook(io.BytesIO(part.get_content()))
    assert "'=cmd|' /C calc'!A0" in [c for row in book["Alle"].iter_rows(values_only=True) for c in row]
