"""Participant lists for the door and the workgroup rooms, as Excel (xlsx) or CSV.

Names come from strangers' mails, so every text cell is made safe the same way in
every format (`safe_cell`): control characters are removed (one ESC made openpyxl
refuse the whole file) and a cell that a spreadsheet would read as a formula gets a
leading apostrophe (OWASP "CSV injection"), in plain CSV too: it is opened in Excel.
"""

from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from ..config import Config
from ..errors import NotFoundError
from ..model import STATUSES
from .status import local_time
from .words import say

COLUMNS = ("id", "name", "organisation", "email", "workgroup", "workgroup_title", "party_size",
           "status", "language", "registered_at")
_WIDTHS = (7, 28, 28, 30, 10, 40, 11, 13, 9, 17)
_STATUS_ORDER = {s: i for i, s in enumerate(("confirmed", "waitlisted", "needs_review", "cancelled"))}
# Cells starting with these are formulas (or DDE) to spreadsheet programs (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# C0/C1 control characters and the bidi overrides that can make a cell show other text than it holds.
_CONTROL_RE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def column_heads(language: str) -> tuple[str, ...]:
    """The first row of a list for people (Excel CSV, xlsx), in the coordinator's language."""
    return tuple(say(language, f"head.{column}") for column in COLUMNS)


@dataclass(frozen=True)
class ExportFilter:
    """Which registrations to list; empty means all."""

    workgroup: str | None = None
    statuses: tuple[str, ...] = ()


def export_rows(db, config: Config, selection: ExportFilter = ExportFilter()) -> list[tuple]:
    """One tuple per registration (COLUMNS order): by workgroup, status, then name or queue order."""
    where, args = _where(config, selection)
    cur = db.execute("SELECT id, name, organisation, email, workgroup, party_size, status, language, created_at "
                     f"FROM registrations {where}", args)
    titles = {wg.id: wg.title for wg in config.workgroups}
    numbers = {wg.id: wg.number for wg in config.workgroups}
    shown: dict[str, str] = {}  # by the UTC minute: the list shows minutes, and zones shift by whole minutes
    rows, created_at = [], {}
    for rid, name, org, email, wg, size, status, lang, created in cur:
        created_at[rid] = created or ""
        minute = (created or "")[:16]
        if minute not in shown:
            shown[minute] = local_time(config, created, "%Y-%m-%d %H:%M") if created else ""
        rows.append((rid, name or "", org or "", email, wg or "", titles.get(wg, ""), size, status, lang or "",
                     shown[minute]))
    # Waiting lists keep the rules' order (places.registration_order: who is next); everyone else by name.
    rows.sort(key=lambda r: (numbers.get(r[4], 10_000), _STATUS_ORDER.get(r[7], 9),
                             (created_at[r[0]], r[0]) if r[7] == "waitlisted" else ("", 0), r[1].casefold(), r[0]))
    return rows


def _where(config: Config, selection: ExportFilter) -> tuple[str, list]:
    clauses, args = [], []
    if selection.workgroup is not None:
        if config.workgroup(selection.workgroup) is None:
            known = ", ".join(wg.id for wg in config.workgroups)
            raise NotFoundError(f"unknown workgroup {selection.workgroup!r} (known: {known})")
        clauses.append("workgroup = ?")
        args.append(selection.workgroup)
    for status in selection.statuses:
        if status not in STATUSES:
            raise NotFoundError(f"unknown status {status!r} (known: {', '.join(STATUSES)})")
    if selection.statuses:
        clauses.append(f"status IN ({','.join('?' * len(selection.statuses))})")
        args.extend(selection.statuses)
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", args


# --- CSV -----------------------------------------------------------------------------


def safe_cell(value):
    """A cell value a spreadsheet shows as the text it is: no control characters, never a formula."""
    if not isinstance(value, str):
        return value
    value = _CONTROL_RE.sub("", value)
    # Excel evaluates "=HYPERLINK(...)" typed into a name; a leading apostrophe keeps it text.
    return "'" + value if value.startswith(_FORMULA_START) else value


def write_csv(rows: Iterable[Sequence], out: io.TextIOBase, *, excel: bool = True,
              heads: Sequence[str] = COLUMNS) -> None:
    """CSV for German Excel (UTF-8 with BOM, semicolons) or, excel=False, plain comma CSV; cells made safe.

    `heads`: the first row (column_heads(language) for people; COLUMNS, the default, for programs).
    """
    if excel:
        out.write("\ufeff")  # the BOM is how Excel knows the file is UTF-8 (else umlauts break)
    writer = csv.writer(out, delimiter=";" if excel else ",", lineterminator="\r\n")
    writer.writerow(heads)
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])


def csv_text(db, config: Config, selection: ExportFilter = ExportFilter(), *, excel: bool = True) -> str:
    out = io.StringIO(newline="")
    heads = column_heads(config.coordinator.language) if excel else COLUMNS
    write_csv(export_rows(db, config, selection), out, excel=excel, heads=heads)
    return out.getvalue()


# --- xlsx ----------------------------------------------------------------------------


def build_workbook(rows: list[tuple], config: Config, selection: ExportFilter = ExportFilter()):
    """Sheet "Alle" (the door list), then one sheet per workgroup (the room lists)."""
    from openpyxl import Workbook  # here: CSV exports and the worker need not load openpyxl

    book = Workbook(write_only=True)  # streams rows: far less memory and time for big lists
    heads = column_heads(config.coordinator.language)
    _sheet(book, "Alle" if selection.workgroup is None else selection.workgroup, rows, heads)
    if selection.workgroup is None:
        for wg in config.workgroups:
            _sheet(book, _sheet_title(wg.label), [r for r in rows if r[4] == wg.id], heads)  # as the event names it
    return book


def _sheet(book, title: str, rows: list[tuple], heads: Sequence[str] = COLUMNS) -> None:
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(title)
    sheet.freeze_panes = "A2"
    for i, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.append(list(heads))
    for row in rows:
        sheet.append([_text_cell(sheet, v) for v in row])
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{len(rows) + 1}"


def _text_cell(sheet, value):
    value = safe_cell(value)
    if isinstance(value, str):
        # openpyxl would still read a leading "=" as a formula: store every string as text
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        return cell
    return value


def _sheet_title(text: str) -> str:
    # Excel forbids []:*?/\ in sheet names and allows 31 characters.
    return "".join("_" if c in "[]:*?/\\" else c for c in text)[:31] or "AG"


def xlsx_bytes(rows: list[tuple], config: Config, selection: ExportFilter = ExportFilter()) -> bytes:
    out = io.BytesIO()
    build_workbook(rows, config, selection).save(out)
    return out.getvalue()


def export_xlsx_bytes(db, config: Config) -> bytes:
    """The whole participant list as an xlsx file (the EXPORT mail command's attachment)."""
    return xlsx_bytes(export_rows(db, config), config)


# --- files ---------------------------------------------------------------------------


def write_private_file(path: str | os.PathLike, data: bytes) -> None:
    """Write atomically with owner-only rights: an export holds personal data."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
