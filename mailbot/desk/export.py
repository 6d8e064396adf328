"""Participant lists for the door and the workgroup rooms, as Excel (xlsx) or CSV.

Names come from strangers' mails, so every cell is written as text: a name that
starts with "=" must never become a formula in the coordinator's Excel.
"""

from __future__ import annotations

import csv
import io
import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence


from ..config import Config
from ..errors import NotFoundError
from ..model import STATUSES
from .status import local_time

COLUMNS = ("id", "name", "organisation", "email", "workgroup", "workgroup_title", "party_size",
           "status", "language", "registered_at")
_WIDTHS = (7, 28, 28, 30, 10, 40, 11, 13, 9, 17)
_STATUS_ORDER = {s: i for i, s in enumerate(("confirmed", "waitlisted", "needs_review", "cancelled"))}
# Cells starting with these are formulas (or DDE) to spreadsheet programs (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


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
    rows = []
    for rid, name, org, email, wg, size, status, lang, created in cur:
        minute = (created or "")[:16]
        if minute not in shown:
            shown[minute] = local_time(config, created, "%Y-%m-%d %H:%M") if created else ""
        rows.append((rid, name or "", org or "", email, wg or "", titles.get(wg, ""), size, status, lang or "",
                     shown[minute]))
    # Waiting lists keep their order (who is next); everyone else is found by name.
    rows.sort(key=lambda r: (numbers.get(r[4], 10_000), _STATUS_ORDER.get(r[7], 9),
                             r[9] if r[7] == "waitlisted" else "", r[1].casefold(), r[0]))
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


def write_csv(rows: Iterable[Sequence], out: io.TextIOBase, *, excel: bool = True) -> None:
    """CSV for German Excel (UTF-8 with BOM, semicolons) or, excel=False, plain comma CSV."""
    if excel:
        out.write("\ufeff")  # the BOM is how Excel knows the file is UTF-8 (else umlauts break)
    writer = csv.writer(out, delimiter=";" if excel else ",", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([_defused(v) for v in row] if excel else row)


def _defused(value):
    # Excel evaluates "=HYPERLINK(...)" typed into a name; a leading apostrophe keeps it text.
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_text(db, config: Config, selection: ExportFilter = ExportFilter(), *, excel: bool = True) -> str:
    out = io.StringIO(newline="")
    write_csv(export_rows(db, config, selection), out, excel=excel)
    return out.getvalue()


# --- xlsx ----------------------------------------------------------------------------


# Written directly as SpreadsheetML rather than cell by cell through openpyxl: 50,000
# registrations (and their workgroup sheets) take a fraction of a second instead of ten.
# Every string is an inline string cell (t="inlineStr"), so nothing is ever a formula.

_XML_UNSAFE_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # not allowed in XML 1.0
_LETTERS = [chr(ord("A") + i) for i in range(len(COLUMNS))]  # ten columns: A to J


def xlsx_bytes(rows: list[tuple], config: Config, selection: ExportFilter = ExportFilter()) -> bytes:
    """Sheet "Alle" (the door list), then one sheet per workgroup (the room lists)."""
    # Cells carry no coordinates (they are optional), so a row's XML is made once for all sheets.
    xml = [_row_xml(row) for row in rows]
    sheets = [("Alle" if selection.workgroup is None else selection.workgroup, xml)]
    if selection.workgroup is None:
        sheets += [(_sheet_title(wg.id), [x for r, x in zip(rows, xml) if r[4] == wg.id])
                   for wg in config.workgroups]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as book:
        book.writestr("[Content_Types].xml", _content_types(len(sheets)))
        book.writestr("_rels/.rels", _ROOT_RELS)
        book.writestr("xl/workbook.xml", _workbook_xml(sheets))
        book.writestr("xl/_rels/workbook.xml.rels", _workbook_rels(len(sheets)))
        book.writestr("xl/styles.xml", _STYLES)
        for number, (_title, sheet_rows) in enumerate(sheets, start=1):
            book.writestr(f"xl/worksheets/sheet{number}.xml", _sheet_xml(sheet_rows))
    return out.getvalue()


def _sheet_xml(rows: list[str]) -> str:
    cols = "".join(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>' for i, w in enumerate(_WIDTHS, 1))
    last = f"{_LETTERS[-1]}{len(rows) + 1}"
    return "".join([
        _XML_HEAD, '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
        f'<dimension ref="A1:{last}"/><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" '
        'topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>',
        f"<cols>{cols}</cols><sheetData>", _row_xml(COLUMNS), *rows,
        f'</sheetData><autoFilter ref="A1:{last}"/></worksheet>'])


def _row_xml(values: Sequence) -> str:
    # inlined: this runs for every cell of the export (half a million for 50,000 people)
    out = []
    for value in values:
        if type(value) is not str:
            out.append(_cell(value))
        elif not value:
            out.append("<c/>")  # keeps the next cell in its column
        else:
            text = _xml_text(value)
            if text[:1] in (" ", "\t", "\n") or text[-1:] in (" ", "\t", "\n"):  # else readers drop them
                out.append(f'<c t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>')
            else:
                out.append(f'<c t="inlineStr"><is><t>{text}</t></is></c>')
    return "<row>" + "".join(out) + "</row>"


def _cell(value) -> str:
    if value is None or value == "":
        return "<c/>"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"<c><v>{value}</v></c>"
    return _row_xml([str(value)])[5:-6]


def _xml_text(value) -> str:
    text = str(value)
    if "&" in text or "<" in text or ">" in text:
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if not text.isprintable() and _XML_UNSAFE_RE.search(text):
        text = _XML_UNSAFE_RE.sub("", text)
    return text


def _sheet_title(text: str) -> str:
    # Excel forbids []:*?/\ in sheet names and allows 31 characters.
    return "".join("_" if c in "[]:*?/\\" else c for c in text)[:31] or "AG"


def _workbook_xml(sheets: list[tuple[str, list]]) -> str:
    entries = "".join(f'<sheet name="{_attr(title)}" sheetId="{n}" r:id="rId{n}"/>'
                      for n, (title, _rows) in enumerate(sheets, start=1))
    filters = "".join(
        f'<definedName name="_xlnm._FilterDatabase" localSheetId="{n}" hidden="1">'
        f"'{_attr(title)}'!$A$1:${_LETTERS[-1]}${len(rows) + 1}</definedName>"
        for n, (title, rows) in enumerate(sheets))
    return (f'{_XML_HEAD}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f"<sheets>{entries}</sheets><definedNames>{filters}</definedNames></workbook>")


def _attr(text: str) -> str:
    return _xml_text(text).replace('"', "&quot;").replace("'", "''")


def _workbook_rels(count: int) -> str:
    sheets = "".join(
        f'<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        f'worksheet" Target="worksheets/sheet{n}.xml"/>' for n in range(1, count + 1))
    return (f'{_XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'{sheets}<Relationship Id="rId{count + 1}" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/styles" Target="styles.xml"/></Relationships>')


def _content_types(count: int) -> str:
    sheets = "".join(f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/'
                     'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for n in range(1, count + 1))
    return (f'{_XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/'
            f'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>{sheets}</Types>')


_XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_ROOT_RELS = (f'{_XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
              'officeDocument" Target="xl/workbook.xml"/></Relationships>')
_STYLES = (f'{_XML_HEAD}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
           '<fills count="2"><fill><patternFill patternType="none"/></fill>'
           '<fill><patternFill patternType="gray125"/></fill></fills>'
           '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
           '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
           '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
           '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')


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
