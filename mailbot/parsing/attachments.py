"""Attached forms, documents and cards → lines the reader reads as the writer's own text.

People send the city's registration form back filled in (PDF with form fields),
type their registration into a Word or LibreOffice file, or attach their
business card. This module reads those files within fixed limits:

- PDF: the form fields (AcroForm, via pypdf) as "Label: value" lines, and the
  page text's sentences; a PDF without any text is a scan.
- DOCX and ODT: paragraphs and table rows (standard library zipfile + XML).
- vCard: FN, ORG, EMAIL (a small reader: the format is a few lines of text).
- JPEG, PNG, TIFF, HEIC: scans, for a human.

Pure: bytes in, values out. A broken, encrypted or oversized file becomes a
one-line problem naming the file; it never stops the pass.
"""

from __future__ import annotations

import io
import logging
import quopri
import re
import warnings
import zipfile
from dataclasses import dataclass, field
from xml.etree import ElementTree

from .mime import Mail, decode_bytes, decode_payload

MAX_FILES = 5  # attachments read per mail; more are noted as skipped
MAX_FILE_BYTES = 5_000_000  # a filled form is far smaller; a larger file is not a form
MAX_PDF_PAGES = 10
MAX_UNPACKED_BYTES = 5_000_000  # one XML member of a DOCX/ODT, unpacked (zip bombs stop here)
MAX_TEXT_CHARS = 20_000  # text handed on per file

# pypdf logs every repair of a sloppy PDF (some as errors); a file we cannot read is noted as a
# problem of that mail instead
logging.getLogger("pypdf").setLevel(logging.CRITICAL)


@dataclass
class Card:
    """The vCard fields mailbot uses."""

    name: str | None = None  # FN, else N as "Given Family"
    organisation: str | None = None  # ORG, its units joined with ", "
    email: str | None = None


@dataclass
class Attached:
    """What a mail's attachments say."""

    text: str = ""  # "Label: value" lines and sentences, for the reader
    read_from: list[str] = field(default_factory=list)  # the files whose text is in `text`
    card: Card | None = None  # the first vCard
    complete_form: bool = False  # a form with name, organisation, workgroup and persons filled in
    scanned: list[str] = field(default_factory=list)  # PDFs without any text: scans, a human reads them
    images: list[str] = field(default_factory=list)  # attached pictures: scans when the mail points to them
    problems: list[str] = field(default_factory=list)  # "anmeldung.pdf: encrypted PDF, not read"


@dataclass
class _FileText:
    lines: list[str]
    fields: dict[str, str] = field(default_factory=dict)  # form fields: label → value
    card: Card | None = None
    scanned: bool = False


def read_attachments(mail: Mail) -> Attached:
    """Read every attached form, document and card of a mail; never raises."""
    out = Attached()
    texts = []
    for name, part in mail.attachment_parts:
        kind = _file_kind(part, name)
        if kind is None:
            continue
        if len(out.read_from) + len(out.scanned) + len(out.images) >= MAX_FILES:
            out.problems.append(f"{name}: more than {MAX_FILES} attachments, not read")
            continue
        try:
            data = part.get_payload(decode=True) or b""
        except Exception:  # noqa: BLE001 - a broken transfer encoding: nothing to read
            data = b""
        if kind == "text":
            # a form saved as a text file ("anmeldung.txt"): its own charset, as a body part's
            result = _read_text(name, part, data, out.problems)
        else:
            result = read_file(name, kind, data, out.problems)
        if result is None:
            continue
        if result.scanned:
            (out.images if kind == "image" else out.scanned).append(name)
            continue
        text = _tidy_lines(result.lines)[:MAX_TEXT_CHARS]
        if text.strip():
            texts.append(text)
        if text.strip() or result.card:
            out.read_from.append(name)  # (a card with only a name was read too: its name is used, not its text)
        out.card = out.card or result.card
        out.complete_form = out.complete_form or is_complete_form(result.fields)
    out.text = "\n\n".join(texts)
    return out


def read_file(name: str, kind: str, data: bytes, problems: list[str]) -> _FileText | None:
    """One file's text; a problem (naming the file) instead when it cannot be read."""
    if kind == "image":
        return _FileText([], scanned=True)
    if len(data) > MAX_FILE_BYTES:
        problems.append(f"{name}: larger than {MAX_FILE_BYTES // 1_000_000} MB, not read")
        return None
    if not data:
        problems.append(f"{name}: empty or undecodable, not read")
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a library's remarks on a sloppy file are no error of ours
            return _READERS[kind](data)
    except _Unreadable as exc:
        problems.append(f"{name}: {exc}, not read")
    except (Exception, RecursionError) as exc:  # noqa: BLE001 - any broken file is a note, not a crash
        problems.append(f"{name}: unreadable {kind.upper()} ({exc.__class__.__name__}), not read")
    return None


class _Unreadable(Exception):
    """A file we recognise but will not read (encrypted, too large unpacked, …)."""


# --- which reader ----------------------------------------------------------------------------

_BY_TYPE = {
    "application/pdf": "pdf",
    "application/x-pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.oasis.opendocument.text": "odt",
    "text/vcard": "vcard",
    "text/x-vcard": "vcard",
    "text/directory": "vcard",
}
_BY_EXTENSION = {"txt": "text", "pdf": "pdf", "docx": "docx", "odt": "odt", "vcf": "vcard", "vcard": "vcard",
                 "jpg": "image", "jpeg": "image", "png": "image", "tif": "image", "tiff": "image",
                 "heic": "image", "heif": "image"}
_SCAN_TYPES = ("image/jpeg", "image/png", "image/tiff", "image/heic", "image/heif")


def _file_kind(part, name: str) -> str | None:
    """pdf, docx, odt, vcard, image, text or None (a file mailbot does not read), by type, then by name."""
    ctype = part.get_content_type()
    if ctype in _BY_TYPE:
        return _BY_TYPE[ctype]
    if ctype in _SCAN_TYPES:
        return "image" if not part.get("Content-ID") else None  # an inline logo is no scan
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if ctype in ("application/octet-stream", "application/x-download", "binary/octet-stream") or ctype.startswith(
        ("application/", "text/")
    ):
        return _BY_EXTENSION.get(extension)
    return None


# --- PDF -------------------------------------------------------------------------------------


def _read_pdf(data: bytes) -> _FileText:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise _Unreadable("not a PDF")
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")  # forms are often "protected" with an empty password
        except (DependencyError, NotImplementedError, FileNotDecryptedError) as exc:
            raise _Unreadable("encrypted PDF") from exc
        if not opened:
            raise _Unreadable("encrypted PDF")
    fields = _pdf_fields(reader.get_fields() or {})
    if fields:
        # A filled form: its title and the fields. The printed page around them is left
        # out: it lists every option (all workgroups) and labels without values.
        title = _pdf_title(reader)
        lines = [title[:200]] + [f"{canonical_label(label)}: {value}"
                                 for label, value in _combined_name(fields).items()]
        return _FileText(lines, fields=fields)
    pages = reader.pages
    text = "\n".join(pages[i].extract_text() or "" for i in range(min(len(pages), MAX_PDF_PAGES)))
    if not text.strip():
        return _FileText([], scanned=True)  # only images (or drawings): a scan
    return _FileText(text.split("\n"), fields=_label_lines(text.split("\n")))


def _pdf_title(reader) -> str:
    try:
        return str((reader.metadata or {}).get("/Title") or "").strip()[:200]
    except Exception:  # noqa: BLE001 - broken metadata: no title, the fields still count
        return ""


_GENERIC_FIELD_NAME_RE = re.compile(r"(?:text|textfeld|field|feld|untitled|check ?box|kontrollkästchen)\s*\d*", re.I)


def _pdf_fields(raw: dict) -> dict[str, str]:
    """Filled form fields: the label a person sees (/TU, else the field's name) → the value."""
    fields: dict[str, str] = {}
    for qualified, spec in list(raw.items())[:300]:
        try:
            value = spec.get("/V")
            label = _field_label(str(spec.get("/TU") or ""), str(spec.get("/T") or qualified))
        except AttributeError:
            continue
        if isinstance(value, list):
            value = ", ".join(_pdf_str(v) for v in value)
        value = _pdf_str(value).replace("\r\n", "\n").replace("\r", "\n").strip()
        if value.startswith("/"):  # a check box or radio button: its export name
            value = value[1:]
            if value.lower() in ("off", ""):
                continue
            if value.lower() in ("yes", "on", "ja", "true", "1"):
                value = "ja"
        if value:
            fields[_clean_label(label)] = value[:500]
    return fields


def _pdf_str(value) -> str:
    if isinstance(value, bytes):  # a byte string in the PDF: no text encoding declared
        return decode_bytes(value, None)
    return str(value or "")


def _field_label(tooltip: str, name: str) -> str:
    """The tooltip when it is a short label, else the field's name (unless that is 'Text1')."""
    if tooltip and (len(tooltip) <= 40 or _GENERIC_FIELD_NAME_RE.fullmatch(name.strip())):
        return tooltip
    return name


def _clean_label(label: str) -> str:
    return re.sub(r"[\s_]+", " ", label).strip(" :*")


# --- which fields a registration form has ----------------------------------------------------------

# The four facts of a registration form, by the words of their labels; checked in this
# order ("Name der Organisation" is the organisation, "Anzahl Teilnehmende" the persons).
_FIELD_WORDS = {
    "organisation": r"organi[sz]ation\w*|verein\w*|institution|einrichtung|träger|association|organisme|dernek|"
                    r"kurum|organizacja|asociación|организация|організація|جمعية|المنظمة|سازمان",
    "persons": r"personen|persons?|anzahl|teilnehmer\w*|teilnehmende|participants?|people|number of \w+|kişi\w*|"
               r"osoby|osób|personnes|personas|человек|осіб|عدد|تعداد",
    "workgroup": r"arbeitsgruppen?|ag|workshops?|work ?groups?|working groups?|gruppe|group|atelier|grupo|grup|"
                 r"çalışma grubu|atölye|warsztat|группа|група|семинар|воркшоп|مجموعة|ورشة|گروه|کارگاه|forum",
    "name": r"name|vorname|nachname|zuname|full ?name|ad ?soyad|isim|imię|nazwisko|nom|prénom|nombre|имя|фамилия|"
            r"ім'я|прізвище|الاسم|اسم|نام",
}
_FIELD_RES = {key: re.compile(rf"(?:^|\b)(?:{words})(?:\b|$)", re.I) for key, words in _FIELD_WORDS.items()}
# the label the reader knows for each fact ("Name: …", "Organisation: …" are form lines to it)
_CANONICAL = {"organisation": "Organisation", "persons": "Anzahl Personen", "workgroup": "Arbeitsgruppe",
              "name": "Name"}


def field_fact(label: str) -> str | None:
    """Which of the four facts a field's label asks for, if any."""
    if "mail" in label.lower() or len(label) > 60:
        return None  # "E-Mail-Adresse", or a whole sentence of help text
    return next((key for key, pattern in _FIELD_RES.items() if pattern.search(label)), None)


def canonical_label(label: str) -> str:
    """'Name der Organisation' → 'Organisation', 'Vor- und Zuname' → 'Name'; other labels as they are."""
    fact = field_fact(label)
    return _CANONICAL[fact] if fact else label


def is_complete_form(fields: dict[str, str]) -> bool:
    """Name, organisation, workgroup and number of persons all filled in: a registration without words."""
    found = {field_fact(label) for label, value in fields.items() if value.strip()}
    return found >= set(_CANONICAL)


def _combined_name(fields: dict[str, str]) -> dict[str, str]:
    """'Vorname' and 'Nachname' fields as one 'Name' line, the way the reader expects a name."""
    first = next((v for k, v in fields.items() if re.fullmatch(r"vorname|first ?name|given ?name|prénom", k, re.I)),
                 None)
    last = next((v for k, v in fields.items() if re.fullmatch(r"nachname|last ?name|family ?name|surname|nom", k,
                                                                 re.I)), None)
    if not (first and last):
        return fields
    rest = {k: v for k, v in fields.items() if v not in (first, last)}
    return {"Name": f"{first} {last}", **rest}


# --- DOCX and ODT ----------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT_NS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE_NS = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_FORM_NS = "{urn:oasis:names:tc:opendocument:xmlns:form:1.0}"


def _zip_member(data: bytes, member: str) -> ElementTree.Element:
    """One XML member of an office file, unpacked within limits and parsed without DTDs."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise _Unreadable("not a readable office file") from exc
    with archive:
        try:
            info = archive.getinfo(member)
        except KeyError as exc:
            raise _Unreadable(f"no {member} inside") from exc
        if info.flag_bits & 0x1:
            raise _Unreadable("encrypted file")
        if info.file_size > MAX_UNPACKED_BYTES:
            raise _Unreadable(f"larger than {MAX_UNPACKED_BYTES // 1_000_000} MB unpacked")
        with archive.open(info) as stream:
            xml = stream.read(MAX_UNPACKED_BYTES + 1)  # (the declared size may lie)
    if len(xml) > MAX_UNPACKED_BYTES:
        raise _Unreadable(f"larger than {MAX_UNPACKED_BYTES // 1_000_000} MB unpacked")
    if b"<!DOCTYPE" in xml or b"<!ENTITY" in xml:
        raise _Unreadable("XML with a document type (not an office file)")
    return ElementTree.fromstring(xml)


def _read_docx(data: bytes) -> _FileText:
    root = _zip_member(data, "word/document.xml")
    body = root.find(f"{_W}body")
    lines: list[str] = []
    for block in (body if body is not None else []):
        if block.tag == f"{_W}p":
            lines.append(_docx_paragraph(block))
        elif block.tag == f"{_W}tbl":
            for row in block.iter(f"{_W}tr"):
                cells = [" ".join(_docx_paragraph(p) for p in cell.iter(f"{_W}p")).strip()
                         for cell in row.findall(f"{_W}tc")]
                lines.append(_row_line(cells))
        elif block.tag == f"{_W}sdt":  # a content control around paragraphs
            lines += [_docx_paragraph(p) for p in block.iter(f"{_W}p")]
    return _FileText(lines, fields=_label_lines(lines))


def _docx_paragraph(paragraph: ElementTree.Element) -> str:
    out = []
    for node in paragraph.iter():
        if node.tag == f"{_W}t" and node.text:
            out.append(node.text)
        elif node.tag == f"{_W}tab":
            out.append("\t")
        elif node.tag in (f"{_W}br", f"{_W}cr"):
            out.append("\n")
    return "".join(out)


def _read_odt(data: bytes) -> _FileText:
    root = _zip_member(data, "content.xml")
    lines: list[str] = []
    fields: dict[str, str] = {}
    for control in root.iter():
        if control.tag.startswith(_FORM_NS):  # form controls keep their value in an attribute
            label = control.get(f"{_FORM_NS}label") or control.get(f"{_FORM_NS}name") or ""
            value = control.get(f"{_FORM_NS}current-value") or control.get(f"{_FORM_NS}value") or ""
            if control.get(f"{_FORM_NS}current-state") == "checked":
                value = "ja"
            if label and value and not control.tag.endswith("}form"):
                fields[_clean_label(label)] = value
    lines += [f"{canonical_label(label)}: {value}" for label, value in _combined_name(fields).items()]
    in_tables = {id(p) for cell in root.iter(f"{_TABLE_NS}table-cell") for p in cell.iter()}
    for node in root.iter():
        if node.tag in (f"{_TEXT_NS}p", f"{_TEXT_NS}h") and id(node) not in in_tables:
            lines.append(_odf_text(node))
        elif node.tag == f"{_TABLE_NS}table-row":
            cells = [" ".join(_odf_text(p) for p in cell.iter(f"{_TEXT_NS}p")).strip()
                     for cell in node.findall(f"{_TABLE_NS}table-cell")]
            lines.append(_row_line(cells))
    return _FileText(lines, fields=fields or _label_lines(lines))


def _odf_text(node: ElementTree.Element) -> str:
    out = [node.text or ""]
    for child in node:
        if child.tag == f"{_TEXT_NS}s":
            out.append(" " * int(child.get(f"{_TEXT_NS}c", "1") or 1))
        elif child.tag == f"{_TEXT_NS}tab":
            out.append("\t")
        elif child.tag == f"{_TEXT_NS}line-break":
            out.append("\n")
        else:
            out.append(_odf_text(child))
        out.append(child.tail or "")
    return "".join(out)


def _row_line(cells: list[str]) -> str:
    """A table row: 'Label | value' becomes 'Label: value', as a form is read aloud."""
    cells = [c for c in cells if c]
    if len(cells) == 2 and len(cells[0]) <= 40:
        return f"{canonical_label(cells[0].rstrip(': '))}: {cells[1]}"
    return " ".join(cells)


def _label_lines(lines: list[str]) -> dict[str, str]:
    """'Label: value' lines of a typed form, as fields."""
    fields = {}
    for line in lines:
        found = re.match(r"^\s*([^:\n]{1,40}):[ \t]*(\S.*)$", line)
        if found:
            fields[_clean_label(found.group(1))] = found.group(2).strip()
    return fields


# --- vCard -----------------------------------------------------------------------------------

_VCARD_LINE_RE = re.compile(r"^(?:[\w-]+\.)?([A-Za-z-]+)((?:;[^:]*)?):(.*)$")


def _read_vcard(data: bytes) -> _FileText:
    text = decode_bytes(data[:200_000], None)
    if "BEGIN:VCARD" not in text.upper():
        raise _Unreadable("not a vCard")
    text = text.replace("\r\n", "\n")
    if "QUOTED-PRINTABLE" in text.upper():
        text = re.sub(r"=\n", "", text)  # vCard 2.1: quoted-printable soft line breaks
    text = re.sub(r"\n[ \t]", "", text)  # unfold (RFC 6350 §3.2)
    values: dict[str, str] = {}
    for line in text.split("\n"):
        found = _VCARD_LINE_RE.match(line.strip())
        if not found:
            continue
        key, params, value = found.group(1).upper(), found.group(2), found.group(3)
        if key == "END":
            break  # the first card only
        if key in ("FN", "N", "ORG", "EMAIL") and key not in values:
            values[key] = _vcard_value(value, params)
    card = Card(name=values.get("FN") or _name_from_n(values.get("N", "")) or None,
                organisation=", ".join(u for u in _vcard_split(values.get("ORG", "")) if u) or None,
                email=(values.get("EMAIL") or "").strip().lower() or None)
    # (no "Name:" line: the card is the writer's own, and the name they sign in the mail, as they write it,
    # comes first: "Наталья Кузнецова" signed over the card's "Natalja Kusnezowa"; parsing/__init__ takes the
    # card's name only where the mail gives none)
    lines = [f"Organisation: {card.organisation}" if card.organisation else "",
             f"E-Mail: {card.email}" if card.email else ""]
    return _FileText(lines, card=card)


def _vcard_value(value: str, params: str) -> str:
    upper = params.upper()
    if "QUOTED-PRINTABLE" in upper:
        charset = re.search(r"CHARSET=([\w-]+)", params, re.I)
        value = decode_bytes(quopri.decodestring(value.encode("utf-8", "replace")), charset.group(1) if charset else None)
    return value.strip()


def _vcard_split(value: str) -> list[str]:
    """Units of a structured value, split at unescaped ';', escapes undone."""
    parts = re.split(r"(?<!\\);", value)
    return [re.sub(r"\\([,;\\])", r"\1", p).replace("\\n", " ").strip() for p in parts]


def _name_from_n(value: str) -> str:
    parts = _vcard_split(value) + ["", ""]
    return f"{parts[1]} {parts[0]}".strip()


_READERS = {"pdf": _read_pdf, "docx": _read_docx, "odt": _read_odt, "vcard": _read_vcard}


# --- text ------------------------------------------------------------------------------------


def _read_text(name: str, part, data: bytes, problems: list[str]) -> _FileText | None:
    """A text file's lines, decoded by its declared charset (or a detected one)."""
    if len(data) > MAX_FILE_BYTES:
        problems.append(f"{name}: larger than {MAX_FILE_BYTES // 1_000_000} MB, not read")
        return None
    if not data.strip():
        problems.append(f"{name}: empty or undecodable, not read")
        return None
    lines = decode_payload(part).split("\n")
    if sum(1 for line in lines if _FIELD_LINE_RE.match(line)) < 3:
        # minutes, a CV, a footer ("ATT00001.txt"): the writer's words are in the mail; only a form is read
        return _FileText([])
    return _FileText(lines)


# a form's field with its value: "Name, Vorname: Belova, Tatiana", "Anzahl Personen: 2", "[x] AG 3"
_FIELD_LINE_RE = re.compile(r"[^\S\n]*(?:[^:\n]{2,60}:[^\S\n]*\S|\[[xX✓✔]\]|☒|☑)")


_OPTIONS_IN_LABEL_RE = re.compile(r"[^\S\n]*\([^()\n]{0,80}\)(?=[^\S\n]*:)")
_BLANK_VALUE_RE = re.compile(r"[:：]\s*(?:_{2,}|\.{3,}|…+|[-–—]+|/)\s*$")


def _tidy_lines(lines: list[str]) -> str:
    """Lines as the reader wants them: unchecked boxes dropped, values one per line, no blank runs."""
    out: list[str] = []
    for line in "\n".join(lines).split("\n"):
        line = re.sub(r"[ \t]+", " ", line).strip()
        if line.startswith(("☐", "□", "[ ]")):
            continue  # an option not chosen: its words must not read as a choice
        line = _OPTIONS_IN_LABEL_RE.sub("", line)  # "Erstwunsch (AG 1, 2 oder 3): AG 3": the options are no choice
        if _BLANK_VALUE_RE.search(line):
            continue  # "Zweitwunsch (AG 1, 2 oder 3): ____" (or "-"): a field left empty, its label's options are no choice
        line = re.sub(r"^(?:☒|☑|✓|✔|\[x\])\s*", "[x] ", line, flags=re.I)
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    return "\n".join(out).strip()
