"""`mailbot export`: xlsx and CSV that open cleanly in (German) Excel, read back here."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest

from test_desk_support import add_registration, db, desk_config, run  # noqa: F401

from mailbot.desk.export import export_xlsx_bytes

HEADER = ["id", "name", "organisation", "email", "workgroup", "workgroup_title", "party_size", "status",
          "language", "registered_at"]
AG1 = "Menschen mit Migrationsvorgeschichte im Bildungssystem"


@pytest.fixture
def seeded(db):
    add_registration(db, "a@example.org", "Ayşe Yılmaz", "AG1", "confirmed", party_size=2,
                     organisation="Türkischer Elternverein e.V.", language="tr", created="2027-01-10T09:05:00.000000Z")
    add_registration(db, "b@example.org", "Борис Петров", "AG1", "confirmed", language="ru",
                     created="2027-01-11T10:00:00.000000Z")
    add_registration(db, "c@example.org", "محمد علي", "AG2", "waitlisted", party_size=3, language="ar",
                     created="2027-01-12T11:00:00.000000Z")
    add_registration(db, "d@example.org", "=HYPERLINK(\"http://evil\")", "AG3", "confirmed",
                     organisation="+49 251 0", created="2027-01-13T12:00:00.000000Z")
    add_registration(db, "e@example.org", "Emil Klein", "AG3", "cancelled", created="2027-01-14T13:00:00.000000Z")
    return db


def test_csv_for_german_excel_has_bom_semicolons_and_intact_scripts(desk_config, seeded, tmp_path):
    out = tmp_path / "liste.csv"
    result = run(desk_config[0], "export", "--format", "csv", "-o", str(out))
    assert result.exit_code == 0
    assert result.stdout == f"5 registration(s) written to {out}\n"
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows == [
        HEADER,
        ["1", "Ayşe Yılmaz", "Türkischer Elternverein e.V.", "a@example.org", "AG1", AG1, "2", "confirmed", "tr",
         "2027-01-10 10:05"],
        ["2", "Борис Петров", "", "b@example.org", "AG1", AG1, "1", "confirmed", "ru", "2027-01-11 11:00"],
        ["3", "محمد علي", "", "c@example.org", "AG2",
         "Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte", "3", "waitlisted", "ar",
         "2027-01-12 12:00"],
        # A formula in a name stays text in Excel: a leading apostrophe.
        ["4", "'=HYPERLINK(\"http://evil\")", "'+49 251 0", "d@example.org", "AG3",
         "Förderungsmöglichkeiten und effektives Vereinsmanagement", "1", "confirmed", "de", "2027-01-13 13:00"],
        ["5", "Emil Klein", "", "e@example.org", "AG3", "Förderungsmöglichkeiten und effektives Vereinsmanagement",
         "1", "cancelled", "de", "2027-01-14 14:00"],
    ]
    assert (out.stat().st_mode & 0o777) == 0o600


def test_plain_csv_uses_commas_without_bom_and_neutralises_formulas_too(desk_config, seeded):
    result = run(desk_config[0], "export", "--format", "csv", "--plain", "--status", "confirmed",
                 "--workgroup", "AG3")
    lines = result.stdout.splitlines()
    assert lines == [",".join(HEADER),
                     '4,"\'=HYPERLINK(""http://evil"")",\'+49 251 0,d@example.org,AG3,'
                     "Förderungsmöglichkeiten und effektives Vereinsmanagement,1,confirmed,de,2027-01-13 13:00"]


def test_xlsx_has_door_list_and_one_sheet_per_workgroup(desk_config, seeded, tmp_path):
    out = tmp_path / "teilnehmende.xlsx"
    result = run(desk_config[0], "export", "-o", str(out), "--status", "confirmed", "--status", "waitlisted")
    assert result.stdout == f"4 registration(s) written to {out}\n"
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Alle", "AG 1", "AG 2", "AG 3"]  # room lists named by the labels
    door = [[c.value for c in row] for row in book["Alle"].iter_rows()]
    assert door[0] == HEADER
    assert [r[1] for r in door[1:]] == ["Ayşe Yılmaz", "Борис Петров", "محمد علي", "'=HYPERLINK(\"http://evil\")"]
    assert book["Alle"]["B5"].data_type == "s"  # text, not a formula
    assert door[1] == [1, "Ayşe Yılmaz", "Türkischer Elternverein e.V.", "a@example.org", "AG1", AG1, 2,
                       "confirmed", "tr", "2027-01-10 10:05"]
    assert [r[1] for r in book["AG 1"].iter_rows(min_row=2, values_only=True)] == ["Ayşe Yılmaz", "Борис Петров"]
    assert [r[1] for r in book["AG 2"].iter_rows(min_row=2, values_only=True)] == ["محمد علي"]
    assert book["Alle"].freeze_panes == "A2"


def test_export_xlsx_bytes_for_the_mail_command(desk_config, seeded):
    book = openpyxl.load_workbook(io.BytesIO(export_xlsx_bytes(seeded, desk_config[1])))
    assert book["Alle"].max_row == 6


@pytest.mark.parametrize("args, message", [
    (["--workgroup", "AG9"], "Error: unknown workgroup 'AG9' (known: AG1, AG2, AG3)"),
    (["--format", "xlsx"], "Error: --format xlsx needs a file: add -o FILE.xlsx"),
], ids=["unknown-workgroup", "xlsx-without-file"])
def test_export_errors_are_one_line(desk_config, seeded, args, message):
    result = run(desk_config[0], "export", *args)
    assert result.exit_code == 1
    assert result.stderr == message + "\n"
