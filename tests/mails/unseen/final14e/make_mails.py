#!/usr/bin/env python3
"""Build the final14e corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: attachments and calendar machinery around the MSO-Tag 2027 (config.toml is
an unchanged copy of ../../shared/corpus/dev/config.toml).  Registrations arrive as
filled forms (PDF with real text, DOCX, ODT, a JPEG photo of a paper form, a form
inside winmail.dat), as calendar replies (text/calendar METHOD:REPLY from Outlook,
Exchange and Google Calendar), as forwarded invitations and as a forwarded .eml.

Every mail text is written by hand below.  Every attachment is generated here with
the standard library only (hand-written PDF, zip-built DOCX/ODT, a small baseline
JPEG encoder with a 5x7 bitmap font, PNG, TNEF, vCard, iCalendar).

    python3 make_mails.py          # (re)write mails/*.eml and expected.json, then check
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

Output is deterministic (fixed dates, Message-IDs, MIME boundaries, zip timestamps).
"""

import argparse
import base64
import collections
import datetime
import email
import email.policy
import hashlib
import html
import io
import json
import math
import re
import struct
import sys
import zipfile
import zlib
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import format_datetime, formataddr, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
MSO_NAME = "Tag der Migrantenselbstorganisationen"
TO_MSO = f"{MSO_NAME} <{MSO}>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset="utf-8", enc="q"):
    if name.isascii():
        return formataddr((name, address))
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text):
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))


def fold(name, value, width=78):
    if "\n" in value or len(name) + 2 + len(value) <= width:
        return value
    out, line = [], ""
    for word in value.split(" "):
        cand = f"{line} {word}" if line else word
        limit = width - (len(name) + 2 if not out else 1)
        if line and len(cand) > limit:
            out.append(line)
            line = word
        else:
            line = cand
    out.append(line)
    return "\n ".join(out)


def esc(s):
    return html.escape(s, quote=False)


def E(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def _h(slug, n):
    return hashlib.sha256(f"final14e/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


# ---------------------------------------------------------------------------
# one message under construction
# ---------------------------------------------------------------------------

class Mail:
    def __init__(self, slug, when, tz_hours=1):
        self.slug = slug
        tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
        self.when = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
        self.date = format_datetime(self.when)
        self.msg = EmailMessage(policy=POLICY)
        self.intended = []
        self.attached_texts = []   # decoded text of attachments (docx/odt/pdf/...) for checks
        self.crlf = False
        self._nb = 0

    def head(self, *pairs, envelope=None, received=True, crlf=False):
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", MSO)
        if received:
            frm = dict(pairs)["From"]
            relay = sender or re.search(r"<([^>]+)>", frm).group(1)
            domain = relay.split("@")[1]
            host = domain if domain.split(".")[0] in ("mail", "mx", "smtp") else "mail." + domain
            arrival = format_datetime((self.when + datetime.timedelta(seconds=2)).astimezone(
                datetime.timezone(datetime.timedelta(hours=1))))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.muenster.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{MSO}>; {arrival} (CET)")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

    # -- leaves ----------------------------------------------------------------
    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None, filename=None, disposition=None):
        p = MIMEPart(policy=POLICY)
        kw = {}
        if filename or disposition:
            kw = {"disposition": disposition or "attachment", "filename": filename}
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params, **kw)
        for k, v in (headers or []):
            p[k] = v
        self.intended.append(text)
        return p

    def raw_text(self, text, subtype, charset="utf-8", params=None, headers=None,
                 filename=None, disposition=None, crlf=True):
        """A text leaf transferred base64 with the exact bytes given (CRLF line ends
        kept, as calendar clients send text/calendar)."""
        data = text.replace("\n", "\r\n") if crlf else text
        p = MIMEPart(policy=POLICY)
        ctype = f'text/{subtype}; charset="{charset}"'
        for k, v in (params or {}).items():
            ctype += f"; {k}={v}"
        if filename:
            ctype += f'; name="{filename}"'
        p.set_raw("Content-Type", ctype)
        for k, v in (headers or []):
            p.set_raw(k, v)
        if filename or disposition:
            d = disposition or "attachment"
            p.set_raw("Content-Disposition", f'{d}; filename="{filename}"' if filename else d)
        p.set_raw("Content-Transfer-Encoding", "base64")
        b = base64.encodebytes(data.encode(charset)).decode("ascii")
        p.set_payload(b)
        self.intended.append(text)
        return p

    def binary(self, data, maintype, subtype, filename=None, disposition="attachment",
               headers=None, params=None):
        p = MIMEPart(policy=POLICY)
        p.set_content(data, maintype=maintype, subtype=subtype, cte="base64",
                      disposition=disposition, filename=filename, params=params)
        for k, v in (headers or []):
            p[k] = v
        self.intended.append(data)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
               params=None):
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            self.msg[k] = v
        self.intended.append(text)

    # -- containers --------------------------------------------------------------
    def boundary(self, style="std"):
        self._nb += 1
        h = _h(self.slug, f"b{self._nb}")
        if style == "outlook":
            return f"_00{self._nb}_DB9PR08MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:14]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "tb":
            return f"------------{h[:24]}"
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.muenster.example"
        return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{self._nb}"

    def multi(self, subtype, parts, style="std", params=None, top=True, headers=None):
        m = self.msg if top else MIMEPart(policy=POLICY)
        m["Content-Type"] = f"multipart/{subtype}"
        for k, v in (params or {}).items():
            m.set_param(k, v)
        m.set_boundary(self.boundary(style))
        for k, v in (headers or []):
            m[k] = v
        for p in parts:
            m.attach(p)
        return m

    def as_bytes(self):
        pol = POLICY.clone(linesep="\r\n") if self.crlf else POLICY
        return self.msg.as_bytes(policy=pol)


def dsn_part(*blocks):
    part = MIMEPart(policy=POLICY)
    part["Content-Description"] = "Delivery report"
    part["Content-Type"] = "message/delivery-status"
    payload = []
    for block in blocks:
        b = Message(policy=POLICY)
        for name, value in block:
            b.set_raw(name, value)
        payload.append(b)
    part.set_payload(payload)
    return part


def rfc822_part(inner, description=None, filename=None):
    part = MIMEPart(policy=POLICY)
    if filename:
        part.set_content(inner, cte="7bit", disposition="attachment", filename=filename)
    else:
        part.set_content(inner, cte="7bit")
    if description:
        part["Content-Description"] = description
    return part


# ---------------------------------------------------------------------------
# generated attachments
# ---------------------------------------------------------------------------

ZIP_TIME = (2027, 1, 10, 9, 0, 0)


def _zip(members, when=ZIP_TIME):
    """A deterministic zip; members = [(name, bytes, stored?)]."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, stored in members:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data)
    return buf.getvalue()


def unzip_text(data):
    """All XML text of a DOCX/ODT, tags removed (used by the checks)."""
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in z.namelist():
        if n.endswith(".xml"):
            x = z.read(n).decode("utf-8")
            x = re.sub(r"</w:p>|</text:p>|</text:h>", "\n", x)
            out.append(html.unescape(re.sub(r"<[^>]+>", "", x)))
    return "\n".join(out)


# -- the registration form that came with the invitation --------------------

FORM_TITLE = "Anmeldeformular"
FORM_HEAD = [
    "Tag der Migrantenselbstorganisationen 2027",
    "Samstag, 13. März 2027, 10:00–16:00 Uhr, Stadtweinhaus Münster",
    "Bitte bis 6. März 2027 zurücksenden an mso-tag@muenster.example",
]
FORM_AG = [
    ("AG1", "AG I – Menschen mit Migrationsvorgeschichte im Bildungssystem"),
    ("AG2", "AG II – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte"),
    ("AG3", "AG III – Förderungsmöglichkeiten und effektives Vereinsmanagement"),
]
FORM_AG_HINT = "Arbeitsgruppe (Erstwunsch mit 1, Zweitwunsch mit 2 kennzeichnen):"
FORM_NEEDS = "Besondere Bedarfe (Dolmetschen, Barrierefreiheit, Kinderbetreuung):"


def form_fields(f):
    """(label, value) rows of a filled form; f is a dict."""
    return [("Name, Vorname:", f.get("name", "")),
            ("Organisation / Verein:", f.get("org", "")),
            ("E-Mail:", f.get("email", "")),
            ("Telefon:", f.get("phone", "")),
            ("Anzahl Personen (einschließlich Ihnen):", f.get("persons", ""))]


def make_pdf_form(f, producer="LibreOffice 7.5"):
    """A one-page PDF: printed labels in Helvetica, the filled-in values in Courier
    (as a flattened form).  Text is WinAnsi-encoded and uncompressed, so any PDF
    text extractor gets it back."""
    def s(t):
        b = t.encode("cp1252")
        out = []
        for c in b:
            if c in (0x28, 0x29, 0x5C):
                out.append("\\" + chr(c))
            elif 32 <= c < 127:
                out.append(chr(c))
            else:
                out.append("\\%03o" % c)
        return "(" + "".join(out) + ")"

    items = []          # (font, size, x, y, text)
    y = 790
    items.append(("F2", 18, 50, y, FORM_TITLE)); y -= 26
    for line in FORM_HEAD:
        items.append(("F1", 10, 50, y, line)); y -= 14
    y -= 14
    if f.get("banner"):
        items.append(("F2", 11, 50, y, f["banner"])); y -= 22
    for label, value in form_fields(f):
        items.append(("F1", 10, 50, y, label))
        items.append(("F3", 10, 260, y, value)); y -= 22
    y -= 6
    items.append(("F2", 10, 50, y, FORM_AG_HINT)); y -= 20
    for ag, title in FORM_AG:
        mark = f.get("ag", {}).get(ag, " ")
        items.append(("F3", 10, 50, y, f"[{mark}]"))
        items.append(("F1", 10, 80, y, title)); y -= 18
    y -= 8
    items.append(("F1", 10, 50, y, FORM_NEEDS)); y -= 16
    items.append(("F3", 10, 50, y, f.get("needs", ""))); y -= 30
    if f.get("place"):
        items.append(("F1", 10, 50, y, "Ort, Datum:"))
        items.append(("F3", 10, 260, y, f["place"]))
    ops = []
    for font, size, x, yy, t in items:
        ops.append(f"BT /{font} {size} Tf {x} {yy} Td {s(t)} Tj ET")
    stream = ("\n".join(ops) + "\n").encode("ascii")
    fonts = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Courier"}
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R /F3 7 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
    ]
    for k in ("F1", "F2", "F3"):
        objs.append(f"<< /Type /Font /Subtype /Type1 /BaseFont /{fonts[k]} "
                    f"/Encoding /WinAnsiEncoding >>".encode())
    objs.append(f"<< /Producer ({producer}) /CreationDate (D:{f.get('pdfdate', '20270113090000')}+01'00') >>"
                .encode())
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info {len(objs)} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def pdf_text(data):
    """The text shown by a PDF written by make_pdf_form (for the checks)."""
    out = []
    for m in re.finditer(rb"\((.*?)(?<!\\)\) Tj", data):
        raw = m.group(1)
        raw = re.sub(rb"\\([0-7]{3})", lambda g: bytes([int(g.group(1), 8)]), raw)
        raw = re.sub(rb"\\([()\\])", rb"\1", raw)
        out.append(raw.decode("cp1252"))
    return "\n".join(out)


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def make_docx(f, author="", when=ZIP_TIME):
    """A minimal Word document with the filled form; checked boxes are ☒ (as
    Word's checkbox content controls show them), numbers written into the box."""
    def run(t, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return f'<w:r>{rpr}<w:t xml:space="preserve">{esc(t)}</w:t></w:r>'

    def para(*runs):
        return "<w:p>" + "".join(runs) + "</w:p>"

    body = [para(run(FORM_TITLE, True))]
    body += [para(run(line)) for line in FORM_HEAD]
    body.append(para())
    if f.get("banner"):
        body.append(para(run(f["banner"], True)))
    for label, value in form_fields(f):
        body.append(para(run(label + " "), run(value, True)))
    body.append(para())
    body.append(para(run(FORM_AG_HINT)))
    for ag, title in FORM_AG:
        mark = f.get("ag", {}).get(ag, "")
        box = "☒" if mark == "X" else ("☐" if not mark else f"[{mark}]")
        body.append(para(run(box + " "), run(title)))
    body.append(para())
    body.append(para(run(FORM_NEEDS + " "), run(f.get("needs", ""), True)))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:document xmlns:w="{W_NS}"><w:body>' + "".join(body) +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/'
              'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    return _zip([("[Content_Types].xml", ctypes.encode(), False),
                 ("_rels/.rels", rels.encode(), False),
                 ("word/document.xml", doc.encode(), False)], when)


def make_odt(f, when=ZIP_TIME):
    """A minimal OpenDocument text with the filled form."""
    def p(t):
        return f"<text:p>{esc(t)}</text:p>"
    body = [f"<text:h text:outline-level=\"1\">{FORM_TITLE}</text:h>"]
    body += [p(line) for line in FORM_HEAD]
    body.append("<text:p/>")
    for label, value in form_fields(f):
        body.append(p(f"{label} {value}"))
    body.append("<text:p/>")
    body.append(p(FORM_AG_HINT))
    for ag, title in FORM_AG:
        mark = f.get("ag", {}).get(ag, " ")
        body.append(p(f"[{mark}] {title}"))
    body.append("<text:p/>")
    body.append(p(f"{FORM_NEEDS} {f.get('needs', '')}"))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               '<office:body><office:text>' + "".join(body) +
               '</office:text></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return _zip([("mimetype", b"application/vnd.oasis.opendocument.text", True),
                 ("content.xml", content.encode(), False),
                 ("META-INF/manifest.xml", manifest.encode(), False)], when)


# -- PNG ------------------------------------------------------------------------

def make_png(width, height, pixel):
    """An RGB PNG; pixel(x, y) -> (r, g, b)."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            row += bytes(pixel(x, y))
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


# -- a 5x7 bitmap font (capitals, digits, a few signs) and a baseline JPEG -------

FONT = {}
_GLYPHS = """
A .###. #...# #...# ##### #...# #...# #...#
B ####. #...# #...# ####. #...# #...# ####.
C .###. #...# #.... #.... #.... #...# .###.
D ####. #...# #...# #...# #...# #...# ####.
E ##### #.... #.... ####. #.... #.... #####
F ##### #.... #.... ####. #.... #.... #....
G .###. #...# #.... #.### #...# #...# .####
H #...# #...# #...# ##### #...# #...# #...#
I .###. ..#.. ..#.. ..#.. ..#.. ..#.. .###.
J ..### ...#. ...#. ...#. #..#. #..#. .##..
K #...# #..#. #.#.. ##... #.#.. #..#. #...#
L #.... #.... #.... #.... #.... #.... #####
M #...# ##.## #.#.# #.#.# #...# #...# #...#
N #...# #...# ##..# #.#.# #..## #...# #...#
O .###. #...# #...# #...# #...# #...# .###.
P ####. #...# #...# ####. #.... #.... #....
Q .###. #...# #...# #...# #.#.# #..#. .##.#
R ####. #...# #...# ####. #.#.. #..#. #...#
S .#### #.... #.... .###. ....# ....# ####.
T ##### ..#.. ..#.. ..#.. ..#.. ..#.. ..#..
U #...# #...# #...# #...# #...# #...# .###.
V #...# #...# #...# #...# #...# .#.#. ..#..
W #...# #...# #...# #.#.# #.#.# #.#.# .#.#.
X #...# #...# .#.#. ..#.. .#.#. #...# #...#
Y #...# #...# .#.#. ..#.. ..#.. ..#.. ..#..
Z ##### ....# ...#. ..#.. .#... #.... #####
0 .###. #...# #..## #.#.# ##..# #...# .###.
1 ..#.. .##.. ..#.. ..#.. ..#.. ..#.. .###.
2 .###. #...# ....# ...#. ..#.. .#... #####
3 ####. ....# ....# .###. ....# ....# ####.
4 ...#. ..##. .#.#. #..#. ##### ...#. ...#.
5 ##### #.... ####. ....# ....# #...# .###.
6 ..##. .#... #.... ####. #...# #...# .###.
7 ##### ....# ...#. ..#.. .#... .#... .#...
8 .###. #...# #...# .###. #...# #...# .###.
9 .###. #...# #...# .#### ....# ...#. .##..
Ü #...# ..... #...# #...# #...# #...# .###.
Ö #...# .###. #...# #...# #...# #...# .###.
Ä #...# .###. #...# #...# ##### #...# #...#
: ..... ..#.. ..#.. ..... ..#.. ..#.. .....
, ..... ..... ..... ..... .##.. ..#.. .#...
. ..... ..... ..... ..... ..... .##.. .##..
- ..... ..... ..... .###. ..... ..... .....
/ ....# ....# ...#. ..#.. .#... #.... #....
[ .###. .#... .#... .#... .#... .#... .###.
] .###. ...#. ...#. ...#. ...#. ...#. .###.
( ...#. ..#.. .#... .#... .#... ..#.. ...#.
) .#... ..#.. ...#. ...#. ...#. ..#.. .#...
@ .###. #...# #.### #.#.# #.### #.... .###.
_ ..... ..... ..... ..... ..... ..... #####
+ ..... ..#.. ..#.. ##### ..#.. ..#.. .....
"""
for _line in _GLYPHS.strip().split("\n"):
    _c, *_rows = _line.split()
    FONT[_c] = _rows
FONT[" "] = ["....."] * 7


class Canvas:
    """A grayscale picture to draw a paper form on."""

    def __init__(self, w, h, paper=232):
        self.w, self.h = w, h
        # paper with a soft light falloff, as a phone photo has
        self.px = [[paper - int(18 * ((x - w * 0.4) ** 2 + (y - h * 0.3) ** 2) / (w * w))
                    for x in range(w)] for y in range(h)]

    def dot(self, x, y, v):
        if 0 <= x < self.w and 0 <= y < self.h:
            self.px[y][x] = min(self.px[y][x], v)

    def text(self, x, y, s, scale=2, ink=40, bold=False, jitter=0):
        for i, ch in enumerate(s.upper()):
            rows = FONT[ch]
            dy = (jitter * ((i * 7) % 3 - 1)) if jitter else 0
            for r, row in enumerate(rows):
                for c, bit in enumerate(row):
                    if bit == "#":
                        for sy in range(scale):
                            for sx in range(scale + (1 if bold else 0)):
                                self.dot(x + i * 6 * scale + c * scale + sx,
                                         y + dy + r * scale + sy, ink)

    def rect(self, x0, y0, x1, y1, ink=60):
        for x in range(x0, x1 + 1):
            self.dot(x, y0, ink); self.dot(x, y1, ink)
        for y in range(y0, y1 + 1):
            self.dot(x0, y, ink); self.dot(x1, y, ink)

    def line(self, x0, y0, x1, y1, ink=40, width=2):
        n = max(abs(x1 - x0), abs(y1 - y0)) or 1
        for i in range(n + 1):
            x = round(x0 + (x1 - x0) * i / n)
            y = round(y0 + (y1 - y0) * i / n)
            for k in range(width):
                self.dot(x + k, y, ink)

    def blur(self):
        """A light 3x3 blur: a photo is never sharp."""
        src = self.px
        out = [row[:] for row in src]
        for y in range(1, self.h - 1):
            for x in range(1, self.w - 1):
                out[y][x] = (4 * src[y][x] + src[y - 1][x] + src[y + 1][x]
                             + src[y][x - 1] + src[y][x + 1]) // 8
        self.px = out


_ZIGZAG = [
    0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5,
    12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28,
    35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51,
    58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63]
_QLUM = [
    16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55,
    14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62,
    18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92,
    49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99]
_DC_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
_DC_VALS = list(range(12))
_AC_BITS = [0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7D]
_AC_VALS = [
    0x01, 0x02, 0x03, 0x00, 0x04, 0x11, 0x05, 0x12, 0x21, 0x31, 0x41, 0x06, 0x13, 0x51, 0x61, 0x07,
    0x22, 0x71, 0x14, 0x32, 0x81, 0x91, 0xA1, 0x08, 0x23, 0x42, 0xB1, 0xC1, 0x15, 0x52, 0xD1, 0xF0,
    0x24, 0x33, 0x62, 0x72, 0x82, 0x09, 0x0A, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x25, 0x26, 0x27, 0x28,
    0x29, 0x2A, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3A, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49,
    0x4A, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5A, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69,
    0x6A, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89,
    0x8A, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9A, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7,
    0xA8, 0xA9, 0xAA, 0xB2, 0xB3, 0xB4, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBA, 0xC2, 0xC3, 0xC4, 0xC5,
    0xC6, 0xC7, 0xC8, 0xC9, 0xCA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8, 0xD9, 0xDA, 0xE1, 0xE2,
    0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8,
    0xF9, 0xFA]


def _huff_codes(bits, vals):
    codes, code, k = {}, 0, 0
    for length in range(1, 17):
        for _ in range(bits[length - 1]):
            codes[vals[k]] = (code, length)
            code += 1
            k += 1
        code <<= 1
    return codes


_COS = [[math.cos((2 * x + 1) * u * math.pi / 16) for x in range(8)] for u in range(8)]


def make_jpeg(canvas, quality=60, exif_model=None):
    """Baseline grayscale JFIF (standard Huffman tables) of a Canvas."""
    scale = 5000 // quality if quality < 50 else 200 - quality * 2
    q = [max(1, min(255, (v * scale + 50) // 100)) for v in _QLUM]
    dc_codes = _huff_codes(_DC_BITS, _DC_VALS)
    ac_codes = _huff_codes(_AC_BITS, _AC_VALS)
    w, h = canvas.w, canvas.h
    bitbuf, nbits, out = 0, 0, bytearray()

    def put(code, length):
        nonlocal bitbuf, nbits
        bitbuf = (bitbuf << length) | code
        nbits += length
        while nbits >= 8:
            b = (bitbuf >> (nbits - 8)) & 0xFF
            out.append(b)
            if b == 0xFF:
                out.append(0)
            nbits -= 8
        bitbuf &= (1 << nbits) - 1

    def magnitude(v):
        size = abs(v).bit_length()
        bits = v if v >= 0 else v + (1 << size) - 1
        return size, bits

    pred = 0
    for by in range(0, h, 8):
        for bx in range(0, w, 8):
            blk = [[canvas.px[min(by + y, h - 1)][min(bx + x, w - 1)] - 128 for x in range(8)]
                   for y in range(8)]
            coef = [0] * 64
            for v in range(8):
                for u in range(8):
                    s = 0.0
                    for y in range(8):
                        cy = _COS[v][y]
                        row = blk[y]
                        for x in range(8):
                            s += row[x] * _COS[u][x] * cy
                    cu = 1 / math.sqrt(2) if u == 0 else 1
                    cv = 1 / math.sqrt(2) if v == 0 else 1
                    coef[v * 8 + u] = 0.25 * cu * cv * s
            zz = [int(round(coef[_ZIGZAG[i]] / q[_ZIGZAG[i]])) for i in range(64)]
            diff = zz[0] - pred
            pred = zz[0]
            size, bits = magnitude(diff)
            put(*dc_codes[size])
            if size:
                put(bits, size)
            run = 0
            last = max((i for i in range(1, 64) if zz[i]), default=0)
            for i in range(1, last + 1):
                if zz[i] == 0:
                    run += 1
                    continue
                while run > 15:
                    put(*ac_codes[0xF0])
                    run -= 16
                size, bits = magnitude(zz[i])
                put(*ac_codes[(run << 4) | size])
                put(bits, size)
                run = 0
            if last < 63:
                put(*ac_codes[0x00])
    if nbits:
        put((1 << (8 - nbits)) - 1, 8 - nbits)

    def seg(marker, payload):
        return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload

    jfif = seg(0xE0, b"JFIF\x00\x01\x01\x01\x00\x48\x00\x48\x00\x00")
    app1 = b""
    if exif_model:
        app1 = seg(0xFE, exif_model.encode("ascii"))      # a COM segment naming the camera
    dqt = seg(0xDB, b"\x00" + bytes(q[_ZIGZAG[i]] for i in range(64)))
    sof = seg(0xC0, struct.pack(">BHHB", 8, h, w, 1) + b"\x01\x11\x00")
    dht = seg(0xC4, b"\x00" + bytes(_DC_BITS) + bytes(_DC_VALS)
              + b"\x10" + bytes(_AC_BITS) + bytes(_AC_VALS))
    sos = seg(0xDA, b"\x01\x01\x00\x00\x3F\x00")
    return b"\xFF\xD8" + jfif + app1 + dqt + sof + dht + sos + bytes(out) + b"\xFF\xD9"


# -- TNEF (winmail.dat) -----------------------------------------------------------

def _tnef_attr(level, attr, data):
    return (struct.pack("<BII", level, attr, len(data)) + data
            + struct.pack("<H", sum(data) & 0xFFFF))


def make_tnef(attachments, key=0x5A3C):
    """A small TNEF stream as Outlook sends it in winmail.dat: version, code page,
    message class, then each attachment (render data, title, date, bytes)."""
    out = struct.pack("<IH", 0x223E9F78, key)
    out += _tnef_attr(1, 0x00089006, struct.pack("<I", 0x00010000))        # attTnefVersion
    out += _tnef_attr(1, 0x00069007, struct.pack("<II", 1252, 0))          # attOemCodepage
    out += _tnef_attr(1, 0x00078008, b"IPM.Microsoft Mail.Note\x00")      # attMessageClass
    for name, data, when in attachments:
        out += _tnef_attr(2, 0x00069002, struct.pack("<HIhhI", 1, 0xFFFFFFFF, -1, -1, 0))
        out += _tnef_attr(2, 0x00018010, name.encode("cp1252") + b"\x00")  # attAttachTitle
        y, mo, d, hh, mi, ss = when
        dow = datetime.date(y, mo, d).isoweekday() % 7
        out += _tnef_attr(2, 0x00038013, struct.pack("<7H", y, mo, d, hh, mi, ss, dow))
        out += _tnef_attr(2, 0x0006800F, data)                              # attAttachData
    return out


def tnef_attachments(data):
    """(title, bytes) pairs found in a TNEF stream (for the checks)."""
    assert struct.unpack("<I", data[:4])[0] == 0x223E9F78
    pos, title, found = 6, None, []
    while pos < len(data):
        level, attr, n = struct.unpack("<BII", data[pos:pos + 9])
        body = data[pos + 9:pos + 9 + n]
        (chk,) = struct.unpack("<H", data[pos + 9 + n:pos + 11 + n])
        assert chk == sum(body) & 0xFFFF, "TNEF checksum"
        if attr == 0x00018010:
            title = body.rstrip(b"\x00").decode("cp1252")
        elif attr == 0x0006800F:
            found.append((title, body))
        pos += 11 + n
    return found


# -- vCard and iCalendar -------------------------------------------------------------

def ical_fold(line):
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
    out, cur, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > (75 if not out else 74):
            out.append(cur)
            cur, size = "", 0
        cur += ch
        size += n
    out.append(cur)
    return "\n ".join(out)


def ical(lines):
    return "\n".join(ical_fold(l) for l in lines) + "\n"


def ical_text(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def vcard(lines):
    return "\n".join(["BEGIN:VCARD", "VERSION:3.0"] + lines + ["END:VCARD"]) + "\n"


# ---------------------------------------------------------------------------
# texts several mails share: the invitation (an Outlook meeting request with the
# form attached) and the confirmation mailbot sends
# ---------------------------------------------------------------------------

INVITE_SUBJECT = "Tag der Migrantenselbstorganisationen 2027"
INVITE_ID = "<DB9PR08MB7124A3C1E0F94B2E8D5F@DB9PR08MB7124.eurprd08.prod.muenster.example>"
INVITE_UID = ("040000008200E00074C5B7101A82E00800000000D06B3A7E1D45DB01000000000000000"
              "0100000009F4C1E2B7A3D5E4C8B1F0A2D3C4E5F60")
INVITE_WHEN = "Samstag, 13. März 2027 10:00-16:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien."
VENUE = "Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster"

INVITE_TEXT = """Sehr geehrte Damen und Herren,
liebe Engagierte in den Migrantenselbstorganisationen,

das Kommunale Integrationszentrum lädt Sie herzlich zum diesjährigen Tag der Migrantenselbstorganisationen ein.

Wann: Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Wo: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Nach dem gemeinsamen Vormittag tagen drei Arbeitsgruppen parallel:
AG I – Menschen mit Migrationsvorgeschichte im Bildungssystem
AG II – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte
AG III – Förderungsmöglichkeiten und effektives Vereinsmanagement

Anmeldung bis zum 6. März 2027: Senden Sie uns das beigefügte Formular ausgefüllt zurück oder schreiben Sie formlos an mso-tag@muenster.example (Name, Organisation, Arbeitsgruppe mit Erst- und Zweitwunsch, Zahl der Personen). Wenn Sie diese Einladung in Ihrem Kalender annehmen, nennen Sie uns bitte noch Ihre Arbeitsgruppe.

Wir freuen uns auf Sie!

Kommunales Integrationszentrum Münster
i. A. Ximena Meza Correa-Flock"""

VTIMEZONE = [
    "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE"]


def cn(name):
    return f'"{name}"' if re.search(r"[,;:]", name) else name


def invite_ics(extra_attendees=()):
    """The organiser's meeting request (METHOD:REQUEST) as Outlook wrote it."""
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010",
             "VERSION:2.0"] + VTIMEZONE + [
        "BEGIN:VEVENT",
        f"ORGANIZER;CN={MSO_NAME}:mailto:{MSO}",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=MSO-Verteiler Münster:"
        "mailto:mso-verteiler@muenster.example"]
    for name, mail in extra_attendees:
        lines.append(f"ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn(name)}:mailto:{mail}")
    lines += [
        f"DESCRIPTION;LANGUAGE=de-DE:{ical_text(INVITE_TEXT)}\\n",
        f"SUMMARY;LANGUAGE=de-DE:{INVITE_SUBJECT}",
        "DTSTART;TZID=W. Europe Standard Time:20270313T100000",
        "DTEND;TZID=W. Europe Standard Time:20270313T160000",
        f"UID:{INVITE_UID}", "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20270112T130312Z",
        "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        f"LOCATION;LANGUAGE=de-DE:{ical_text(VENUE)}",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:2119476823",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
        "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"]
    return ical(lines)


OUTLOOK_REPLY = {           # PARTSTAT -> (busy status, subject prefix by language)
    "ACCEPTED": ("BUSY", {"de": "Angenommen", "tr": "Kabul Edildi", "en": "Accepted"}),
    "TENTATIVE": ("TENTATIVE", {"de": "Mit Vorbehalt angenommen", "tr": "Geçici Olarak Kabul Edildi",
                                "en": "Tentative"}),
    "DECLINED": ("FREE", {"de": "Abgelehnt", "tr": "Reddedildi", "en": "Declined"}),
}


def outlook_reply_ics(name, mail, partstat, comment, stamp, lang="de", cutype=None):
    busy, prefixes = OUTLOOK_REPLY[partstat]
    lt = {"de": "de-DE", "tr": "tr-TR", "en": "en-US"}[lang]
    att = "ATTENDEE;"
    if cutype:
        att += f"CUTYPE={cutype};"
    att += f"PARTSTAT={partstat};CN={cn(name)}:mailto:{mail}"
    lines = ["BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010",
             "VERSION:2.0"] + VTIMEZONE + ["BEGIN:VEVENT", att]
    if comment:
        lines.append(f"COMMENT;LANGUAGE={lt}:{ical_text(comment)}\\n")
    lines += [
        f"SUMMARY;LANGUAGE={lt}:{prefixes[lang]}: {INVITE_SUBJECT}",
        "DTSTART;TZID=W. Europe Standard Time:20270313T100000",
        "DTEND;TZID=W. Europe Standard Time:20270313T160000",
        f"UID:{INVITE_UID}", "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{stamp}",
        "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        f"LOCATION;LANGUAGE={lt}:{ical_text(VENUE)}",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:2119476823",
        f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "END:VEVENT", "END:VCALENDAR"]
    return ical(lines)


def utc_stamp(m):
    """DTSTAMP of a reply: the moment it was sent, in UTC."""
    return m.when.astimezone(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def google_reply_ics(name, mail, partstat, note, stamp):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
             "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:REPLY", "BEGIN:VEVENT",
             "DTSTART:20270313T090000Z", "DTEND:20270313T150000Z", f"DTSTAMP:{stamp}",
             f"ORGANIZER;CN={MSO_NAME}:mailto:{MSO}", f"UID:{INVITE_UID}",
             f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};"
             f"CN={cn(name)};X-NUM-GUESTS=0:mailto:{mail}"]
    if note:
        lines.append(f"COMMENT:{ical_text(note)}")
    lines += ["CREATED:20270112T130312Z", f"LAST-MODIFIED:{stamp}",
              f"LOCATION:{ical_text(VENUE)}", "SEQUENCE:0", "STATUS:CONFIRMED",
              f"SUMMARY:{INVITE_SUBJECT}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ical(lines)


def invitation_message():
    """The meeting request as it left the organiser (returned inside a bounce)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_MSO
    m["To"] = "MSO-Verteiler Münster <mso-verteiler@muenster.example>"
    m["Subject"] = INVITE_SUBJECT
    m["Thread-Topic"] = INVITE_SUBJECT
    m["Date"] = "Tue, 12 Jan 2027 13:03:12 +0000"
    m["Message-ID"] = INVITE_ID
    m["Content-Language"] = "de-DE"
    m["Content-Class"] = "urn:content-classes:calendarmessage"
    m["MIME-Version"] = "1.0"
    m.set_content(INVITE_TEXT, charset="utf-8", cte="quoted-printable")
    m.add_alternative(invite_ics(), subtype="calendar", charset="utf-8", cte="base64",
                      params={"method": "REQUEST"})
    m.set_boundary("_000_DB9PR08MB7124A3C1E0F94B2E8D5FDB9PR08MB7124eurp_")
    return m


def outlook_termin_header(to="MSO-Verteiler Münster"):
    return (f"-----Ursprünglicher Termin-----\nVon: {MSO_NAME} <{MSO}> \n"
            f"Gesendet: Dienstag, 12. Januar 2027 14:03\nAn: {to}\n"
            f"Betreff: {INVITE_SUBJECT}\nWann: {INVITE_WHEN}\nWo: {VENUE}\n")


CONF_SUBJECT = "Anmeldebestätigung: Tag der Migrantenselbstorganisationen 2027"
AG_NAMES = {
    "AG1": "AG I – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG II – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG III – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(anrede, ag, persons):
    return f"""Guten Tag {anrede},

Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027 ist bei uns eingegangen. Wir haben notiert:

Termin: Samstag, 13. März 2027, 10:00–16:00 Uhr
Ort: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
Arbeitsgruppe: {AG_NAMES[ag]}
Personen: {persons}

Wenn sich etwas ändert oder Sie absagen möchten, antworten Sie bitte einfach auf diese Nachricht.

Freundliche Grüße
Kommunales Integrationszentrum Münster"""


# -- HTML in the style of a few clients --------------------------------------------

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang=DE link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, extra="", charset="utf-8"):
    body = "\n".join(mso_p(l) for l in text.split("\n"))
    head = OUTLOOK_HEAD.replace("charset=utf-8", f"charset={charset}")
    return head + body + extra + "\n</div>\n</body>\n</html>\n"


def outlook_meeting_html(text):
    """What Outlook puts in the text/html of a meeting response."""
    inner = "".join(f"<div>{esc(l) if l else '&nbsp;'}</div>\n" for l in text.split("\n"))
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "</head>\n<body>\n" + inner + "</body>\n</html>\n")


def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(l) if l else '<br>'}</div>" for l in text.split("\n"))
    return f"<div{d}>{inner}</div>\n"


def tb_html(paragraphs_html):
    return ("<!DOCTYPE html>\n<html>\n  <head>\n\n"
            "    <meta http-equiv=\"content-type\" content=\"text/html; charset=UTF-8\">\n"
            "  </head>\n  <body>\n" + paragraphs_html + "  </body>\n</html>\n")


# -- Google Calendar replies -------------------------------------------------------

GOOGLE_DE = {"ACCEPTED": ("Angenommen", "hat diese Einladung angenommen."),
             "DECLINED": ("Abgelehnt", "hat diese Einladung abgelehnt."),
             "TENTATIVE": ("Vorläufig angenommen", "hat diese Einladung vorläufig angenommen.")}
GOOGLE_EN = {"ACCEPTED": ("Accepted", "has accepted this invitation."),
             "DECLINED": ("Declined", "has declined this invitation."),
             "TENTATIVE": ("Tentatively accepted", "has tentatively accepted this invitation.")}


def google_reply(m, name, mail, partstat, note, lang, stamp, msgid):
    stamp = utc_stamp(m)
    if lang == "de":
        prefix, verb = GOOGLE_DE[partstat]
        subj = (f"{prefix}: {INVITE_SUBJECT} @ Sa. 13. März 2027 10:00 - 16:00 (MEZ) ({MSO})")
        says = f"{name} sagt:"
        when = "Samstag, 13. März 2027 ⋅ 10:00–16:00\nMitteleuropäische Zeit - Berlin"
        loc, org, foot = "Ort", "Organisator", "Einladung von Google Kalender"
        why = ("Sie erhalten diese E-Mail, weil Sie Organisator dieses Termins sind. "
               "Wenn Sie keine Antworten mehr erhalten möchten, ändern Sie die "
               "Benachrichtigungseinstellungen für diesen Termin.")
    else:
        prefix, verb = GOOGLE_EN[partstat]
        subj = (f"{prefix}: {INVITE_SUBJECT} @ Sat 13 Mar 2027 10am - 4pm (CET) ({MSO})")
        says = f"{name} says:"
        when = "Saturday 13 March 2027 ⋅ 10am – 4pm\nCentral European Time - Berlin"
        loc, org, foot = "Location", "Organiser", "Invitation from Google Calendar"
        why = ("You are receiving this email because you are an organiser of this event. "
               "To stop receiving responses, change the notification settings for this event.")
    text = f"{name} {verb}\n\n"
    if note:
        text += f"{says}\n\"{note}\"\n\n"
    text += (f"{INVITE_SUBJECT}\n{when}\n\n{loc}\n{VENUE}\n"
             f"https://www.google.example/maps/search/Stadtweinhaus,+Prinzipalmarkt+8,+48143+M%C3%BCnster?hl={lang}\n\n"
             f"{org}\n{MSO}\n\n{foot}\n\n{why}\n")
    h = ['<!doctype html><html><head><meta charset="UTF-8"></head><body>',
         f'<div style="font-family:Roboto,sans-serif;font-size:14px"><p><b>{esc(name)}</b> {esc(verb)}</p>']
    if note:
        h.append(f'<p>{esc(says)}<br><i>&quot;{esc(note)}&quot;</i></p>')
    h.append(f'<h2 style="font-size:20px">{esc(INVITE_SUBJECT)}</h2>'
             f'<p>{esc(when).replace(chr(10), "<br>")}</p>'
             f'<p><b>{esc(loc)}</b><br>{esc(VENUE)}</p><p><b>{esc(org)}</b><br>{MSO}</p>'
             f'<p style="color:#70757a;font-size:12px">{esc(foot)}<br><br>{esc(why)}</p></div></body></html>')
    ics = google_reply_ics(name, mail, partstat, note, stamp)
    m.head(("From", addr(name, mail)),
           ("Sender", "Google Calendar <calendar-notification@google.example>"),
           ("Reply-To", addr(name, mail)),
           ("To", MSO),
           ("Subject", ew(subj) if not subj.isascii() else subj),
           ("Date", m.date),
           ("Message-ID", msgid),
           ("MIME-Version", "1.0"),
           envelope="calendar-notification@google.example")
    alt = m.multi("alternative", [
        m.text(text, "plain", "utf-8", "quoted-printable"),
        m.text("\n".join(h) + "\n", "html", "utf-8", "quoted-printable"),
        m.raw_text(ics, "calendar", "UTF-8", params={"method": "REPLY"})], style="gmail", top=False)
    att = m.binary(ics.replace("\n", "\r\n").encode("utf-8"), "application", "ics", "invite.ics")
    m.multi("mixed", [alt, att], style="gmail")


def outlook_reply(m, name, mail, partstat, comment, lang, stamp, msgid, sent_tz_date=None,
                  cutype=None, thread_index="", extra_headers=()):
    """An Outlook/Exchange meeting response: plain + HTML + text/calendar METHOD:REPLY."""
    stamp = utc_stamp(m)
    _, prefixes = OUTLOOK_REPLY[partstat]
    subj = f"{prefixes[lang]}: {INVITE_SUBJECT}"
    lt = {"de": "de-DE", "tr": "tr-TR", "en": "en-US"}[lang]
    m.head(("From", addr(name, mail) if "," not in name else f'"{name}" <{mail}>'),
           ("To", TO_MSO),
           ("Subject", subj if subj.isascii() else ew(subj)),
           ("Thread-Topic", INVITE_SUBJECT),
           ("Thread-Index", thread_index),
           ("Date", m.date),
           ("Message-ID", msgid),
           ("Accept-Language", f"{lt}, en-US"),
           ("Content-Language", lt),
           ("X-MS-Has-Attach", ""),
           ("X-MS-TNEF-Correlator", ""),
           *extra_headers,
           ("MIME-Version", "1.0"))
    ics = outlook_reply_ics(name, mail, partstat, comment, stamp, lang, cutype)
    m.multi("alternative", [
        m.text(comment or "", "plain", "utf-8", "base64"),
        m.text(outlook_meeting_html(comment or ""), "html", "utf-8", "base64"),
        m.raw_text(ics, "calendar", "utf-8", params={"method": "REPLY"})], style="outlook")


# ---------------------------------------------------------------------------
# the mails, in the order they arrived
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=1):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------------
# The room booked with the meeting (an Exchange resource mailbox) accepts it
# automatically a minute after the invitation went out: "Angenommen:" subject,
# METHOD:REPLY with CUTYPE=RESOURCE, body "Ihre Anfrage wurde angenommen."
# No person wrote it -> auto_reply.

@mail("festsaal-resource-auto-accept", "2027-01-12 14:04:05",
      E("auto_reply"), "de")
def _(m):
    outlook_reply(m, "Festsaal Stadtweinhaus", "raum.festsaal-stadtweinhaus@stadt-muenster.example",
                  "ACCEPTED", "Ihre Anfrage wurde angenommen.", "de", "20270112T130405Z",
                  "<DB7PR02MB3980C1D2E3F40516@DB7PR02MB3980.eurprd02.prod.stadt-muenster.example>",
                  cutype="RESOURCE", thread_index="AQHbZQz8x3n1k0Yb0E2s4JvR7mQ9XQ==",
                  extra_headers=[("X-Auto-Response-Suppress", "All")])


# -- 002 ---------------------------------------------------------------------------
# Exchange NDR for the meeting request: one address in the distribution list no
# longer exists.  multipart/report with a German notice (plain + HTML), the
# delivery-status and the whole returned invitation (with its text/calendar).

@mail("exchange-ndr-invitation", "2027-01-12 14:05:40",
      E("bounce", bounced="kontakt@kulturbruecke-ms.example"), "de")
def _(m):
    rcpt = "kontakt@kulturbruecke-ms.example"
    m.head(("From", "Microsoft Outlook <postmaster@muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Unzustellbar: " + INVITE_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<3b1f0c9e-8a7d-4e2f-b6c5-d4a3f2e1c0b9@muenster.example>"),
           ("In-Reply-To", INVITE_ID),
           ("References", INVITE_ID),
           ("Thread-Topic", INVITE_SUBJECT),
           ("Content-Language", "de-DE"),
           ("Auto-Submitted", "auto-replied"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    plain = f"""Ihre Nachricht hat folgende Empfänger nicht erreicht:

{rcpt}

Die E-Mail-Adresse wurde nicht gefunden. Bitte prüfen Sie die Adresse des Empfängers und versuchen Sie es erneut. Wenn das Problem weiter besteht, wenden Sie sich an Ihren E-Mail-Administrator.

Diagnoseinformationen für Administratoren:

Generierender Server: mail.muenster.example

{rcpt}
Remoteserver hat '550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table' zurückgegeben.
"""
    html_ = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
             "<body><p style=\"font-family:Segoe UI,sans-serif;font-size:16px;color:#c00000\">"
             "Ihre Nachricht hat folgende Empfänger nicht erreicht:</p>"
             f"<p><a href=\"mailto:{rcpt}\">{rcpt}</a></p>"
             "<p>Die E-Mail-Adresse wurde nicht gefunden. Bitte prüfen Sie die Adresse des Empfängers "
             "und versuchen Sie es erneut.</p>"
             "<p style=\"font-size:11px\">Generierender Server: mail.muenster.example<br>"
             f"Remoteserver hat &#39;550 5.1.1 &lt;{rcpt}&gt;: Recipient address rejected: "
             "User unknown in virtual mailbox table&#39; zurückgegeben.</p></body></html>\n")
    alt = m.multi("alternative", [m.text(plain, "plain", "utf-8", "quoted-printable"),
                                  m.text(html_, "html", "utf-8", "quoted-printable")],
                  style="outlook", top=False)
    dsn = dsn_part(
        [("Reporting-MTA", "dns;mail.muenster.example"),
         ("Received-From-MTA", "dns;DB9PR08MB7124.eurprd08.prod.muenster.example"),
         ("Arrival-Date", "Tue, 12 Jan 2027 13:03:14 +0000")],
        [("Final-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns;mx.kulturbruecke-ms.example"),
         ("Diagnostic-Code", f"smtp;550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown\n"
                             " in virtual mailbox table")])
    m.multi("report", [alt, dsn, rfc822_part(invitation_message())], style="outlook",
            params={"report-type": "delivery-status"})


# -- 003 ---------------------------------------------------------------------------
# Out of office in answer to the meeting request (Outlook, Auto-Submitted).

@mail("schroeder-caritas-out-of-office", "2027-01-12 14:31:10",
      E("auto_reply"), "de", tz=0)
def _(m):
    m.head(("From", '"Schröder, Anja" <anja.schroeder@caritas-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + INVITE_SUBJECT),
           ("Thread-Topic", INVITE_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<AM0PR05MB6690E2F1A0B93C4D@AM0PR05MB6690.eurprd05.prod.caritas-ms.example>"),
           ("In-Reply-To", INVITE_ID),
           ("References", INVITE_ID),
           ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "anja.schroeder@caritas-ms.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 22. Januar 2027, nicht im Büro und lese meine E-Mails nur unregelmäßig. In dringenden Fällen wenden Sie sich bitte an migrationsdienst@caritas-ms.example oder an unser Sekretariat unter 0251 53009-0.

Mit freundlichen Grüßen
Anja Schröder
Migrationsdienst
""", charset="windows-1252", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------------
# Outlook "Angenommen:" with a typed comment: the comment is the text/plain and
# the ICS COMMENT; PARTSTAT=ACCEPTED.  She and a colleague, AG II named by
# roman numeral and alias.

HADZIC = """Liebe Frau Meza Correa-Flock,

wir sind gern dabei! Ich komme zusammen mit meinem Kollegen Edin Mujić, wir möchten beide in die AG II (Zukunftsprozess) – das Thema beschäftigt uns im Verein gerade sehr.

Viele Grüße
Mirela Hadžić
Bosnisch-Herzegowinischer Kulturverein Münster e.V."""


@mail("hadzic-outlook-accepted-with-comment", "2027-01-12 17:05:44",
      E("registration", "m.hadzic@bhkv-muenster.example", "Mirela Hadžić",
        "Bosnisch-Herzegowinischer Kulturverein Münster e.V.", ["AG2"], 2, "de"), "de", tz=0)
def _(m):
    outlook_reply(m, "Mirela Hadžić", "m.hadzic@bhkv-muenster.example", "ACCEPTED", HADZIC, "de",
                  "20270112T160544Z",
                  "<VI1PR03MB4521F0E9D8C7B6A5@VI1PR03MB4521.eurprd03.prod.bhkv-muenster.example>",
                  thread_index="AQHbZQz8x3n1k0Yb0E2s4JvR7mQ9XYAABx2w")


# -- 005 ---------------------------------------------------------------------------
# Google Calendar reply without a note ("... hat diese Einladung angenommen."),
# Sender: Google Calendar, ICS inline and as invite.ics.  The invitation asked
# people who accept in the calendar to name the workgroup later: a registration
# with no workgroup yet.

@mail("korkmaz-google-accepted-no-note", "2027-01-12 18:40:03",
      E("registration", "ahmet.korkmaz@gmail.example", "Ahmet Korkmaz", None, [], 1, "de"), "de")
def _(m):
    google_reply(m, "Ahmet Korkmaz", "ahmet.korkmaz@gmail.example", "ACCEPTED", None, "de",
                 "20270112T174003Z", "<000000000000a1b2c3d4e5f60718@google.example>")


# -- 006 ---------------------------------------------------------------------------
# iPad Apple Mail: "anbei ... das ausgefüllte Anmeldeformular"; everything else
# is in the PDF (real text: labels Helvetica, entries Courier), first wish AG I,
# second wish AG III, 3 persons.  Apple puts the PDF inline between two text parts.

SCHMIDT_FORM = dict(name="Schmidt, Olga",
                    org="Landsmannschaft der Deutschen aus Russland, Ortsgruppe Münster",
                    email="olga.schmidt@lmdr-muenster.example", phone="0251 2 71 84 50",
                    persons="3", ag={"AG1": "1", "AG3": "2"}, needs="keine",
                    place="Münster, 12.01.2027", pdfdate="20270112213300")


@mail("schmidt-ipad-pdf-form", "2027-01-13 09:12:27",
      E("registration", "olga.schmidt@lmdr-muenster.example", "Olga Schmidt",
        "Landsmannschaft der Deutschen aus Russland, Ortsgruppe Münster", ["AG1", "AG3"], 3, "de"), "de")
def _(m):
    m.head(("From", "Olga Schmidt <olga.schmidt@lmdr-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<7E2A9C41-5B3D-4F8E-A6C1-0D9B8E7F6A52@lmdr-muenster.example>"),
           ("X-Mailer", "iPad Mail (21C62)"),
           ("MIME-Version", "1.0"))
    pdf = make_pdf_form(SCHMIDT_FORM, producer="iOS Version 17.2 \\(Build 21C62\\) Quartz PDFContext")
    m.attached_texts.append(pdf_text(pdf))
    t1 = m.text("""Sehr geehrte Damen und Herren,

anbei sende ich Ihnen das ausgefüllte Anmeldeformular für unsere Ortsgruppe.

Mit freundlichen Grüßen
Olga Schmidt

""", "plain", "utf-8", "quoted-printable")
    p = m.binary(pdf, "application", "pdf", "Anmeldeformular_MSO-Tag_2027.pdf", disposition="inline")
    t2 = m.text("\n\nVon meinem iPad gesendet\n", "plain", "us-ascii", "7bit")
    m.multi("mixed", [t1, p, t2], style="apple")


# -- 007 ---------------------------------------------------------------------------
# Plain registration from Android Gmail with the sender's vCard attached
# (text/x-vcard, non-ASCII file name in RFC 2231).

@mail("sahin-plain-with-vcard", "2027-01-13 20:18:51",
      E("registration", "emre.sahin@tikv-coerde.example", "Emre Şahin",
        "Türkisch-Islamischer Kulturverein Coerde e.V.", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Emre Şahin", "emre.sahin@tikv-coerde.example")),
           ("To", MSO),
           ("Subject", "Anmeldung 13.3."),
           ("Date", m.date),
           ("Message-ID", "<CAF3nR8wq2Lk7Vb0pX4sT9mYz1HdGe6uJc5oN3aK8iW2rQ7fB0g@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    t = m.text("""Hallo zusammen,

ich möchte mich für den MSO-Tag am 13.3. anmelden. Am meisten interessiert mich AG 3 (Förderung/Vereinsmanagement), weil wir gerade einen Förderantrag für unsere Hausaufgabenhilfe schreiben. Ich komme allein.

Meine Kontaktdaten hänge ich als Visitenkarte an.

Gruß
Emre Şahin
Türkisch-Islamischer Kulturverein Coerde e.V.
""", "plain", "utf-8", "quoted-printable")
    vc = vcard(["N:Şahin;Emre;;;", "FN:Emre Şahin",
                "ORG:Türkisch-Islamischer Kulturverein Coerde e.V.",
                "TEL;TYPE=CELL:+49 157 3384 2210",
                "EMAIL;TYPE=INTERNET:emre.sahin@tikv-coerde.example",
                "ADR;TYPE=WORK:;;Am Hagenkamp 14;Münster;;48157;Deutschland"])
    m.attached_texts.append(vc)
    v = m.text(vc, "x-vcard", "utf-8", "quoted-printable", filename="Emre Şahin.vcf")
    m.multi("mixed", [t, v], style="gmail")


# -- 008 ---------------------------------------------------------------------------
# Outlook in RTF mode: text/plain (windows-1250, for "Paweł") plus winmail.dat
# (application/ms-tnef) carrying the filled DOCX.  The text already says AG I
# and two persons; the form inside agrees.

WOJCIK_FORM = dict(name="Wójcik, Katarzyna", org="Polnischer Kulturverein Most e.V.",
                   email="k.wojcik@most-muenster.example", phone="0251 6 18 27 33",
                   persons="2", ag={"AG1": "X"}, needs="")


@mail("wojcik-outlook-winmail-dat", "2027-01-14 10:02:19",
      E("registration", "k.wojcik@most-muenster.example", "Katarzyna Wójcik",
        "Polnischer Kulturverein Most e.V.", ["AG1"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", f'{ew("Wójcik, Katarzyna", "windows-1250")} <k.wojcik@most-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", ew("Anmeldung Tag der MSO – Polnischer Kulturverein Most", "windows-1250")),
           ("Thread-Topic", "Anmeldung Tag der MSO - Polnischer Kulturverein Most"),
           ("Thread-Index", "AdtmZ1q0c8dR2b7kQm+3fE9wXyZ1Ag=="),
           ("Date", m.date),
           ("Message-ID", "<000001db6675$1a2b3c40$4e5f6a70$@most-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("X-MS-Has-Attach", "yes"),
           ("X-MS-TNEF-Correlator", "<000001db6675$1a2b3c40$4e5f6a70$@most-muenster.example>"),
           ("MIME-Version", "1.0"))
    t = m.text("""Sehr geehrte Frau Meza Correa-Flock,

anbei erhalten Sie unser ausgefülltes Anmeldeformular. Kurz zusammengefasst: Wir kommen zu zweit (Herr Paweł Zieliński und ich) und möchten an der Arbeitsgruppe I teilnehmen.

Mit freundlichen Grüßen

Katarzyna Wójcik
Schriftführerin
Polnischer Kulturverein Most e.V.
""", "plain", "windows-1250", "quoted-printable")
    docx = make_docx(WOJCIK_FORM, when=(2027, 1, 14, 9, 55, 0))
    m.attached_texts.append(unzip_text(docx))
    tnef = make_tnef([("Anmeldeformular_Most.docx", docx, (2027, 1, 14, 9, 55, 0))])
    w = m.binary(tnef, "application", "ms-tnef", "winmail.dat")
    m.multi("mixed", [t, w], style="outlook")


# -- 009 ---------------------------------------------------------------------------
# Gmail forward of a forward: one line of new text, then the chair's note to him,
# then Outlook's "Von/Gesendet/An/Betreff/Wann/Wo" block and the whole invitation
# with all three workgroups.  Only the top line counts: AG 2.

BULUT_TEXT = f"""Hallo,

ich habe die Einladung von unserer Vorsitzenden bekommen und wäre gern dabei – AG 2 bitte.

Viele Grüße
Serkan Bulut
Jugendleiter, SC Türkgücü Münster e.V.

---------- Weitergeleitete Nachricht ---------
Von: Aynur Yavuz <a.yavuz@tuerkguecue-ms.example>
Date: Mi., 13. Jan. 2027 um 21:14 Uhr
Subject: WG: {INVITE_SUBJECT}
To: Serkan Bulut <serkan.bulut@gmail.example>


Serkan, wäre das nicht was für dich und die Jugendabteilung? Schau mal rein.
Aynur

Von: {MSO_NAME} <{MSO}>
Gesendet: Dienstag, 12. Januar 2027 14:03
An: MSO-Verteiler Münster
Betreff: {INVITE_SUBJECT}
Wann: {INVITE_WHEN}
Wo: {VENUE}

{INVITE_TEXT}
"""


@mail("bulut-gmail-forwarded-invitation", "2027-01-14 19:36:02",
      E("registration", "serkan.bulut@gmail.example", "Serkan Bulut", "SC Türkgücü Münster e.V.",
        ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Serkan Bulut <serkan.bulut@gmail.example>"),
           ("To", MSO),
           ("Subject", "Fwd: WG: " + INVITE_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAJ9xQ3mB7tVk2Rw0Lp5nZc8YhF1dG4sE6uA9oT2iM7qX3bN5eW@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.multi("alternative", [m.text(BULUT_TEXT, "plain", "utf-8", "quoted-printable"),
                            m.text(gmail_html(BULUT_TEXT), "html", "utf-8", "quoted-printable")],
            style="gmail")


# -- 010 ---------------------------------------------------------------------------
# English, "Please find attached" a DOCX form: AG III ticked (☒), 2 persons.

EZE_FORM = dict(name="Eze, Chidi", org="Nigerian Community Münster e.V.",
                email="chidi.eze@ncm-muenster.example", phone="0176 4410 9382",
                persons="2", ag={"AG3": "X"}, needs="")


@mail("eze-english-docx-form", "2027-01-15 11:25:48",
      E("registration", "chidi.eze@ncm-muenster.example", "Chidi Eze",
        "Nigerian Community Münster e.V.", ["AG3"], 2, "en"), "en")
def _(m):
    m.head(("From", "Chidi Eze <chidi.eze@ncm-muenster.example>"),
           ("To", MSO),
           ("Subject", "Registration form - MSO Day 13 March"),
           ("Date", m.date),
           ("Message-ID", "<a4c81e2f-0d3b-4f97-8e6a-5b2c9d1f7e30@ncm-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    t = m.text("""Dear Sir or Madam,

Please find attached the completed registration form for the Day of Migrant Organisations on 13 March. Two of us will attend: myself and our treasurer, Mrs Ngozi Okeke.

Kind regards,
Chidi Eze
Secretary
Nigerian Community Münster e.V.
""", "plain", "utf-8", "8bit", params={"format": "flowed"})
    docx = make_docx(EZE_FORM, when=(2027, 1, 15, 11, 20, 0))
    m.attached_texts.append(unzip_text(docx))
    d = m.binary(docx, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "MSO_registration_form_Eze.docx")
    m.multi("mixed", [t, d], style="tb")


# -- 011 ---------------------------------------------------------------------------
# "im Anhang finden Sie unsere Anmeldung" - and there is no attachment
# (X-MS-Has-Attach empty).  Registration intended; no workgroup, no number.

@mail("peric-siehe-anhang-missing", "2027-01-15 15:07:33",
      E("registration", "ivana.peric@kroatische-kg.example", "Ivana Perić",
        "Kroatische Kulturgemeinschaft Münster e.V.", [], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", addr("Ivana Perić", "ivana.peric@kroatische-kg.example")),
           ("To", TO_MSO),
           ("Subject", "Anmeldung MSO-Tag 2027"),
           ("Thread-Topic", "Anmeldung MSO-Tag 2027"),
           ("Thread-Index", "AdtnK3b1n6sT0wQ4R2eVbq8mC5pZfA=="),
           ("Date", m.date),
           ("Message-ID", "<000601db6736$5c4d3e20$15b7ba60$@kroatische-kg.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    text = """Sehr geehrte Damen und Herren,

im Anhang finden Sie unsere Anmeldung zum Tag der Migrantenselbstorganisationen.

Mit freundlichen Grüßen
Ivana Perić
Kroatische Kulturgemeinschaft Münster e.V."""
    m.multi("alternative", [m.text(text + "\n", "plain", "iso-8859-2", "quoted-printable"),
                            m.text(outlook_html(text, charset="iso-8859-2"), "html", "iso-8859-2",
                                   "quoted-printable")],
            style="outlook")


# -- 012 ---------------------------------------------------------------------------
# Newsletter with a PDF of dates; it mentions the MSO-Tag in passing (other).

NEWSLETTER = """Integrationsnetzwerk Münsterland – Newsletter Januar 2027

Liebe Netzwerkpartnerinnen und -partner,

ein neues Jahr, viele Termine: Die Übersicht für das erste Quartal finden Sie im angehängten PDF. Drei Hinweise vorab:

* Förderprogramm „Vielfalt vor Ort“: Anträge für 2027 sind bis zum 15. Februar möglich.
* 4. Februar: Online-Workshop „Vereinsbuchhaltung ohne Stress“ (18:00–20:00 Uhr).
* 13. März: Tag der Migrantenselbstorganisationen im Stadtweinhaus – Anmeldung direkt beim Kommunalen Integrationszentrum.

Neu im Netzwerk begrüßen wir den Afghanischen Frauenverein Roxhel und die Initiative Sprachpaten Kinderhaus.

Herzliche Grüße
Ihr Team des Integrationsnetzwerks Münsterland

Sie erhalten diesen Newsletter, weil Sie sich in unseren Verteiler eingetragen haben.
Abmelden: https://integrationsnetzwerk-ml.example/newsletter/abmelden?id=7741"""


def make_pdf_lines(title, lines, producer="Microsoft® Word für Microsoft 365"):
    """A simple one-page PDF with a title and lines of text (WinAnsi, uncompressed)."""
    f = {"_lines": [title] + lines}
    def s(t):
        b = t.encode("cp1252")
        return "(" + "".join("\\" + chr(c) if c in (0x28, 0x29, 0x5C) else
                             (chr(c) if 32 <= c < 127 else "\\%03o" % c) for c in b) + ")"
    ops = [f"BT /F2 16 Tf 50 790 Td {s(title)} Tj ET"]
    y = 760
    for line in lines:
        ops.append(f"BT /F1 10 Tf 50 {y} Td {s(line)} Tj ET")
        y -= 16
    stream = ("\n".join(ops) + "\n").encode("ascii")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Producer " + s(producer).encode("latin-1") + b" >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info {len(objs)} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


@mail("integrationsnetzwerk-newsletter-pdf", "2027-01-16 07:00:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Integrationsnetzwerk Münsterland <newsletter@integrationsnetzwerk-ml.example>"),
           ("To", MSO),
           ("Subject", "Newsletter Januar 2027: Termine, Förderprogramme, Neues aus dem Netzwerk"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-01.7741.mso-tag@integrationsnetzwerk-ml.example>"),
           ("List-Id", "Newsletter Integrationsnetzwerk <newsletter.integrationsnetzwerk-ml.example>"),
           ("List-Unsubscribe", "<https://integrationsnetzwerk-ml.example/newsletter/abmelden?id=7741>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    pdf = make_pdf_lines("Termine Januar bis März 2027", [
        "21.01.2027  Infoabend Förderprogramm \"Vielfalt vor Ort\", Stadthaus 1, 18:00 Uhr",
        "04.02.2027  Online-Workshop Vereinsbuchhaltung, 18:00-20:00 Uhr",
        "18.02.2027  Netzwerktreffen Münster-Süd, Bürgerhaus Hiltrup",
        "13.03.2027  Tag der Migrantenselbstorganisationen, Stadtweinhaus, 10:00-16:00 Uhr",
        "25.03.2027  Sprechstunde Fördermittel (nach Anmeldung)"])
    m.attached_texts.append(pdf_text(pdf))
    t = m.text(NEWSLETTER + "\n", "plain", "utf-8", "quoted-printable")
    p = m.binary(pdf, "application", "pdf", "Termine_Q1_2027.pdf")
    m.multi("mixed", [t, p])


# -- 013 ---------------------------------------------------------------------------
# Thunderbird set to HTML only: multipart/related with the text only in HTML and
# a PNG logo in the signature (cid:).  Workgroup by topic words; "mit zwei
# weiteren Vorstandsmitgliedern" = 3 persons.

def _atlas_logo(x, y):
    if y < 6 or y > 33:
        return (255, 255, 255)
    if (x - 20) ** 2 + (y - 20) ** 2 < 150:
        return (196, 30, 58)
    if 40 <= x <= 116 and 14 <= y <= 26 and (x // 4) % 3 != 2:
        return (0, 98, 51)
    return (255, 255, 255)


@mail("el-amrani-html-only-inline-logo", "2027-01-16 22:14:09",
      E("registration", "y.elamrani@atlas-verein.example", "Yasmin El-Amrani",
        "Marokkanischer Kulturverein Atlas e.V.", ["AG3"], 3, "de"), "de")
def _(m):
    m.head(("From", "Yasmin El-Amrani <y.elamrani@atlas-verein.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung zum MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<5d2e8f1a-73c4-4b90-a6e1-29f0c8b3d7a4@atlas-verein.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    cid = "part1.Xy7Gk2Lm.Pq9Rs3Tu@atlas-verein.example"
    body = f"""    <p>Sehr geehrtes Organisationsteam,</p>
    <p>hiermit melde ich mich zusammen mit zwei weiteren Vorstandsmitgliedern zum Tag der
      Migrantenselbstorganisationen an. Wir möchten gern an der Arbeitsgruppe zu
      Förderungsmöglichkeiten und Vereinsmanagement teilnehmen – genau da hakt es bei uns
      gerade.</p>
    <p>Herzliche Grüße</p>
    <div class="moz-signature">-- <br>
      <p><b>Yasmin El-Amrani</b><br>
        <img src="cid:{cid}" alt="Logo Atlas e.V." width="120" height="40"><br>
        Marokkanischer Kulturverein Atlas e.V. · Vorstand<br>
        Hansaring 52 · 48155 Münster</p>
    </div>
"""
    h = m.text(tb_html(body), "html", "utf-8", "8bit")
    logo = m.binary(make_png(120, 40, _atlas_logo), "image", "png", "atlas-logo.png",
                    disposition="inline", headers=[("Content-ID", f"<{cid}>")])
    m.multi("related", [h, logo], style="tb")


# -- 014 ---------------------------------------------------------------------------
# Outlook "Abgelehnt:" with a comment, from an association that had not
# registered: it declines the invitation, there is nothing to cancel (other).

GEORGIOU = """Sehr geehrte Damen und Herren,

vielen Dank für die Einladung. Leider haben wir genau am 13. März unsere Jahreshauptversammlung, deshalb kann diesmal niemand von uns kommen. Wir wünschen Ihnen eine gute Veranstaltung und sind nächstes Jahr hoffentlich wieder dabei.

Mit freundlichen Grüßen
Nikos Georgiou
Griechischer Elternverein Münster e.V."""


@mail("georgiou-outlook-declined-not-registered", "2027-01-18 09:48:21",
      E("other"), "de", tz=0)
def _(m):
    outlook_reply(m, "Nikos Georgiou", "n.georgiou@gev-muenster.example", "DECLINED", GEORGIOU, "de",
                  "20270118T094821Z",
                  "<PAXPR04MB8812B3A4C5D6E7F8@PAXPR04MB8812.eurprd04.prod.gev-muenster.example>",
                  thread_index="AQHbZQz8x3n1k0Yb0E2s4JvR7mQ9XYAJc4Rk")


# -- 015 ---------------------------------------------------------------------------
# Turkish, from an iPhone: the paper form, filled in by hand in block capitals,
# photographed (JPEG).  Everything but her name is only in the photo:
# AG I ticked, 2 persons, the association.

def aksu_photo():
    c = Canvas(440, 300, paper=226)
    c.text(16, 12, "ANMELDEFORMULAR", 2, 45)
    c.text(16, 32, "TAG DER MIGRANTENSELBSTORGANISATIONEN 2027", 1, 60)
    c.text(16, 42, "SAMSTAG, 13. MÄRZ 2027 - STADTWEINHAUS MÜNSTER", 1, 60)
    hand = dict(scale=2, ink=25, bold=True, jitter=1)
    # printed labels and lines, handwritten entries
    c.text(16, 68, "NAME, VORNAME:", 1, 60)
    c.line(150, 80, 430, 80, ink=120, width=1)
    c.text(156, 63, "AKSU, ZEYNEP", **hand)
    c.text(16, 98, "ORGANISATION / VEREIN:", 1, 60)
    c.line(150, 110, 430, 110, ink=120, width=1)
    c.text(156, 93, "DEUTSCH-TÜRKISCHER", **hand)
    c.line(16, 138, 430, 138, ink=120, width=1)
    c.text(22, 121, "FRAUENTREFF KINDERHAUS E.V.", **hand)
    c.text(16, 156, "E-MAIL:", 1, 60)
    c.line(150, 168, 430, 168, ink=120, width=1)
    c.text(156, 151, "Z.AKSU@ICLOUD.EXAMPLE", **hand)
    c.text(16, 186, "ANZAHL PERSONEN:", 1, 60)
    c.line(150, 198, 230, 198, ink=120, width=1)
    c.text(170, 181, "2", **hand)
    c.text(16, 214, "ARBEITSGRUPPE (BITTE ANKREUZEN):", 1, 60)
    y = 230
    for i, title in enumerate(["AG I - BILDUNGSSYSTEM", "AG II - MÜNSTERS ZUKUNFTSPROZESS",
                               "AG III - FÖRDERUNG UND VEREINSMANAGEMENT"]):
        c.rect(18, y, 30, y + 12, ink=70)
        c.text(40, y + 3, title, 1, 60)
        if i == 0:
            c.line(15, y - 3, 33, y + 15, ink=25, width=3)
            c.line(33, y - 3, 15, y + 15, ink=25, width=3)
        y += 20
    c.blur()
    return make_jpeg(c, 40, exif_model="iPhone 13")


@mail("aksu-turkish-photo-of-paper-form", "2027-01-19 21:03:55",
      E("registration", "z.aksu@icloud.example", "Zeynep Aksu",
        "Deutsch-Türkischer Frauentreff Kinderhaus e.V.", ["AG1"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "Zeynep Aksu <z.aksu@icloud.example>"),
           ("To", MSO),
           ("Subject", ew("Kayıt formu", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<B81F4E2A-6C3D-4A95-9E07-1D5C8F2B3A64@icloud.example>"),
           ("X-Mailer", "iPhone Mail (21D61)"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.attached_texts.append("AKSU, ZEYNEP\nDEUTSCH-TÜRKISCHER FRAUENTREFF KINDERHAUS E.V.\n"
                            "Z.AKSU@ICLOUD.EXAMPLE")
    t1 = m.text("""Merhaba,

MSO-Tag kayıt formunu elle doldurdum, telefonla fotoğrafını çektim. Ekte gönderiyorum, umarım okunuyordur.

Selamlar
Zeynep Aksu

""", "plain", "utf-8", "quoted-printable")
    j = m.binary(aksu_photo(), "image", "jpeg", "IMG_4821.jpeg", disposition="inline")
    t2 = m.text("\n\niPhone'umdan gönderildi\n", "plain", "utf-8", "quoted-printable")
    m.multi("mixed", [t1, j, t2], style="apple")


# -- 016 ---------------------------------------------------------------------------
# ODT form from LibreOffice (Thunderbird on Linux).  Name in the text; the
# association, the wishes (II first, I second) and the number only in the form.

BECKER_FORM = dict(name="Becker, Jonas", org="Flüchtlingshilfe Gievenbeck e.V.",
                   email="jonas.becker@posteo-mail.example", phone="",
                   persons="1", ag={"AG2": "1", "AG1": "2"}, needs="")


@mail("becker-odt-form", "2027-01-20 08:37:12",
      E("registration", "jonas.becker@posteo-mail.example", "Jonas Becker",
        "Flüchtlingshilfe Gievenbeck e.V.", ["AG2", "AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Jonas Becker <jonas.becker@posteo-mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag (Formular)"),
           ("Date", m.date),
           ("Message-ID", "<e93b7a12-4f6c-48d1-b2a0-7c5e1d9f3b86@posteo-mail.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.6.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    t = m.text("""Hallo,

anbei das ausgefüllte Anmeldeformular. Ich habe es mit LibreOffice ausgefüllt und als ODT gespeichert, ich hoffe, das lässt sich bei Ihnen öffnen. Sonst melden Sie sich gern.

Viele Grüße
Jonas Becker
""", "plain", "utf-8", "8bit", params={"format": "flowed"})
    odt = make_odt(BECKER_FORM, when=(2027, 1, 20, 8, 30, 0))
    m.attached_texts.append(unzip_text(odt))
    o = m.binary(odt, "application", "vnd.oasis.opendocument.text", "Anmeldeformular_MSO_Becker.odt")
    m.multi("mixed", [t, o], style="tb")


# -- 017 ---------------------------------------------------------------------------
# Exchange "Besprechungsweiterleitungsbenachrichtigung": an attendee forwarded the
# meeting, and her server tells the organiser automatically (auto_reply).

FWD_NOTICE = f"""Ihre Besprechung wurde weitergeleitet

Rojda Aslan hat Ihre Besprechungsanfrage an weitere Empfänger weitergeleitet.

Besprechung
{INVITE_SUBJECT}

Besprechungszeit
Samstag, 13. März 2027 10:00-16:00.

Empfänger
Baran Yıldız

Alle aufgeführten Uhrzeiten gelten für die folgende Zeitzone: (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"""


@mail("exchange-meeting-forward-notification", "2027-01-21 13:22:40",
      E("auto_reply"), "de", tz=0)
def _(m):
    m.head(("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kurdisches-haus-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Besprechungsweiterleitungsbenachrichtigung: " + INVITE_SUBJECT),
           ("Thread-Topic", INVITE_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e0f@kurdisches-haus-ms.example>"),
           ("Content-Language", "de-DE"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Generated-Message-Source", "Calendar Meeting Forward Notification"),
           ("MIME-Version", "1.0"))
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
         "<p style=\"font-size:16pt\">Ihre Besprechung wurde weitergeleitet</p>"
         "<p><b>Rojda Aslan</b> hat Ihre Besprechungsanfrage an weitere Empfänger weitergeleitet.</p>"
         f"<table><tr><td>Besprechung</td><td>{esc(INVITE_SUBJECT)}</td></tr>"
         "<tr><td>Besprechungszeit</td><td>Samstag, 13. März 2027 10:00-16:00.</td></tr>"
         "<tr><td>Empfänger</td><td>Baran Yıldız</td></tr></table>"
         "<p style=\"font-size:9pt\">Alle aufgeführten Uhrzeiten gelten für die folgende Zeitzone: "
         "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</p></body></html>\n")
    m.multi("alternative", [m.text(FWD_NOTICE + "\n", "plain", "utf-8", "base64"),
                            m.text(h, "html", "utf-8", "base64")], style="outlook")


# -- 018 ---------------------------------------------------------------------------
# The association's office forwards a member's mail as an attachment
# (message/rfc822, "Anmeldung MSO Tag.eml"): the attached mail is the real
# registration, and the office asks to answer him directly.

def rahman_inner():
    i = EmailMessage(policy=POLICY)
    i["From"] = "Tanvir Rahman <tanvir.rahman@mail.example>"
    i["To"] = "Bangladesh Association Münster <info@bangladesh-ms.example>"
    i["Subject"] = "Anmeldung MSO Tag"
    i["Date"] = "Wed, 20 Jan 2027 22:41:07 +0100"
    i["Message-ID"] = "<1768945267.492871.3301@mail.example>"
    i["MIME-Version"] = "1.0"
    i.set_content("""Sehr geehrte Damen und Herren,

ich möchte mich zum Tag der Migrantenselbstorganisationen am 13. März anmelden. Ich interessiere mich für die AG 2, wenn dort kein Platz ist, gerne AG 3.

Mit freundlichen Grüßen
Tanvir Rahman
Bangladesh Association Münster e.V.
""", charset="utf-8", cte="quoted-printable")
    return i


@mail("bangladesh-office-forwards-eml-attachment", "2027-01-22 16:05:18",
      E("registration", "tanvir.rahman@mail.example", "Tanvir Rahman",
        "Bangladesh Association Münster e.V.", ["AG2", "AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Bangladesh Association Münster <info@bangladesh-ms.example>"),
           ("To", MSO),
           ("Subject", "WG: Anmeldung MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d@bangladesh-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    t = m.text("""Guten Tag,

Herr Rahman hat seine Anmeldung versehentlich an unsere Vereinsadresse geschickt. Ich leite sie Ihnen als Anhang weiter. Bitte antworten Sie ihm direkt, dieses Postfach schauen wir nur selten an.

Mit freundlichen Grüßen
Nusrat Jahan
Schriftführerin
""", "plain", "utf-8", "quoted-printable")
    inner = rahman_inner()
    m.attached_texts.append(inner.get_content())
    m.multi("mixed", [t, rfc822_part(inner, filename="Anmeldung MSO Tag.eml")], style="tb")


# -- 019 ---------------------------------------------------------------------------
# Russian, windows-1251 base64, signed in Cyrillic; her vCard (Latin name) is the
# only place that names the association.  First workgroup (education), two persons.

@mail("kuznetsova-russian-vcard", "2027-01-25 12:44:01",
      E("registration", "n.kusnezowa@inbox-mail.example", "Наталья Кузнецова",
        "Elternverein Raduga e.V.", ["AG1"], 2, "ru"), "ru")
def _(m):
    m.head(("From", addr("Наталья Кузнецова", "n.kusnezowa@inbox-mail.example", "windows-1251", "b")),
           ("To", MSO),
           ("Subject", ew("Регистрация на MSO-Tag", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1769341441.207733185@f512.i.inbox-mail.example>"),
           ("X-Mailer", "Webmail 3.1"),
           ("MIME-Version", "1.0"))
    t = m.text("""Здравствуйте!

Я хотела бы зарегистрироваться на День мигрантских организаций 13 марта. Меня интересует первая рабочая группа — про образование, у нас в родительском клубе это главная тема. Придём вдвоём: я и моя коллега Ирина Соколова.

Мои контакты — в визитке во вложении.

С уважением,
Наталья Кузнецова
""", "plain", "windows-1251", "base64")
    vc = vcard(["N:Kusnezowa;Natalja;;;", "FN:Natalja Kusnezowa", "ORG:Elternverein Raduga e.V.",
                "TITLE:Vorsitzende", "TEL;TYPE=CELL:+49 152 0917 4426",
                "EMAIL;TYPE=INTERNET:n.kusnezowa@inbox-mail.example"])
    m.attached_texts.append(vc)
    v = m.text(vc, "vcard", "utf-8", "7bit", filename="kusnezowa.vcf")
    m.multi("mixed", [t, v])


# -- 020 ---------------------------------------------------------------------------
# Plain registration in learner German; "mit meine Freundin" = 2 persons.

@mail("haidari-learner-german-plain", "2027-01-26 19:58:37",
      E("registration", "samira.haidari@mail.example", "Samira Haidari", None, ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "samira haidari <samira.haidari@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO Tag anmelden"),
           ("Date", m.date),
           ("Message-ID", "<trinity-3a7f1c2e-8b4d-4e69-a0f5-6c2d9e1b7a38-1769453917204@3c-app-mailcom-bs07>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich heiße Samira Haidari, ich komme aus Afghanistan und wohne in Münster seit 3 Jahre. Ich möchte zum MSO Tag kommen, für die Gruppe 1 Bildung, weil mein Sohn ist in die Schule hier und ich will mehr verstehen. Ich komme mit meine Freundin Parwana, sie hat auch Interesse.

Danke
Samira
""", charset="utf-8", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------------
# Outlook forward of the meeting request ("WG:", "-----Ursprünglicher Termin-----",
# text/calendar METHOD:REQUEST) with two lines above: register our new colleague
# for AG 1, confirmation to her address.

VOGT_TEXT = """Hallo Frau Meza Correa-Flock,

ich leite Ihnen die Einladung zurück, weil unsere neue Kollegin Leyla Demir noch nicht in Ihrem Verteiler ist. Bitte melden Sie sie für die AG 1 an; die Bestätigung gern direkt an sie: leyla.demir@caritas-ms.example

Danke und viele Grüße
Hans-Peter Vogt
Caritasverband für die Stadt Münster e.V.
Fachdienst Integration und Migration"""


@mail("vogt-outlook-forwards-meeting-for-colleague", "2027-01-27 10:11:26",
      E("registration", "leyla.demir@caritas-ms.example", "Leyla Demir",
        "Caritasverband für die Stadt Münster e.V.", ["AG1"], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Vogt, Hans-Peter" <hans-peter.vogt@caritas-ms.example>'),
           ("To", TO_MSO),
           ("Cc", "Leyla Demir <leyla.demir@caritas-ms.example>"),
           ("Subject", "WG: " + INVITE_SUBJECT),
           ("Thread-Topic", INVITE_SUBJECT),
           ("Thread-Index", "AQHbZQz8x3n1k0Yb0E2s4JvR7mQ9XYAQb8Pz"),
           ("Date", m.date),
           ("Message-ID", "<AM0PR05MB6690A7B8C9D0E1F2@AM0PR05MB6690.eurprd05.prod.caritas-ms.example>"),
           ("Content-Language", "de-DE"),
           ("Content-Class", "urn:content-classes:calendarmessage"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    plain = f"{VOGT_TEXT}\n\n{outlook_termin_header()}\n{INVITE_TEXT}\n"
    html_ = outlook_html(VOGT_TEXT + "\n\n" + outlook_termin_header() + "\n" + INVITE_TEXT)
    ics = invite_ics(extra_attendees=[("Tag der Migrantenselbstorganisationen", MSO)])
    m.multi("alternative", [m.text(plain, "plain", "utf-8", "quoted-printable"),
                            m.text(html_, "html", "utf-8", "quoted-printable"),
                            m.raw_text(ics, "calendar", "utf-8", params={"method": "REQUEST"})],
            style="outlook")


# -- 022 ---------------------------------------------------------------------------
# Google Calendar "Accepted" in English with a note: working group II, just him.

MEKONNEN_NOTE = ("Thanks for the invite! I'd like to join working group II (Münster's future "
                 "process). Just me. - Daniel, Ethiopian Community Münster")


@mail("mekonnen-google-accepted-with-note", "2027-01-28 08:02:59",
      E("registration", "daniel.mekonnen@gmail.example", "Daniel Mekonnen",
        "Ethiopian Community Münster", ["AG2"], 1, "en"), "en")
def _(m):
    google_reply(m, "Daniel Mekonnen", "daniel.mekonnen@gmail.example", "ACCEPTED",
                 MEKONNEN_NOTE, "en", "20270128T070259Z",
                 "<000000000000f7e6d5c4b3a29180@google.example>")


# -- 023 ---------------------------------------------------------------------------
# Question about the Word form: may she just write a mail instead?  No one is
# registered yet.

@mail("krueger-question-word-form-checkboxes", "2027-02-01 14:27:45",
      E("question", "bettina.krueger@cafe-international.example", "Bettina Krüger",
        "Café International Hiltrup", [], None, "de"), "de")
def _(m):
    m.head(("From", addr("Bettina Krüger", "bettina.krueger@cafe-international.example")),
           ("To", MSO),
           ("Subject", "Frage zum Anmeldeformular"),
           ("Date", m.date),
           ("Message-ID", "<20270201142745.4f2a9c@cafe-international.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.5"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich wollte für unseren Verein das Anmeldeformular ausfüllen, aber in Word kann ich die Kästchen nicht anklicken, und wenn ich ein X hineinschreibe, verrutscht die ganze Seite. Reicht es auch, wenn ich Ihnen einfach per Mail schreibe, wer von uns kommt und in welche AG? Und muss jede Person ein eigenes Formular schicken?

Danke schon mal!
Bettina Krüger
Café International Hiltrup
""", charset="utf-8", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------------
# Phishing: "Rechnung ... siehe Anhang" with an HTML file that asks for a login.

@mail("phishing-rechnung-html-attachment", "2027-02-02 03:16:08",
      E("other"), "de")
def _(m):
    m.head(("From", "Buchhaltung DS Zahlungsservice <rechnung@ds-zahlungsservice.example>"),
           ("To", MSO),
           ("Subject", "Offene Rechnung Nr. RE-2027-0211 - siehe Anhang"),
           ("Date", m.date),
           ("Message-ID", "<20270202021608.Q7XK2@ds-zahlungsservice.example>"),
           ("X-Priority", "1 (Highest)"),
           ("MIME-Version", "1.0"))
    t = m.text("""Sehr geehrte Damen und Herren,

leider konnten wir zu Ihrer Bestellung vom 28.01.2027 noch keinen Zahlungseingang feststellen. Die Rechnung finden Sie im Anhang. Bitte öffnen Sie die Datei und bestätigen Sie Ihre Zahlungsdaten innerhalb von 48 Stunden, um Mahngebühren zu vermeiden.

Mit freundlichen Grüßen
Buchhaltung
DS Zahlungsservice GmbH
""", "plain", "utf-8", "quoted-printable")
    page = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Rechnung RE-2027-0211</title></head>
<body style="font-family:Arial,sans-serif">
<h2>Rechnung RE-2027-0211 &ndash; Betrag: 389,90 EUR</h2>
<p>Zum Anzeigen der Rechnung melden Sie sich bitte mit Ihrem E-Mail-Konto an.</p>
<form action="https://ds-zahlungsservice.example/rechnung/anzeigen" method="post">
<p>E-Mail: <input name="u" value="mso-tag@muenster.example"></p>
<p>Passwort: <input name="p" type="password"></p>
<p><button>Rechnung anzeigen</button></p>
</form>
</body></html>
"""
    a = m.text(page, "html", "utf-8", "base64", filename="RE-2027-0211.html")
    m.multi("mixed", [t, a])


# -- 025 ---------------------------------------------------------------------------
# Turkish text, German DOCX form attached; both say AG III and two persons.

TUNC_FORM = dict(name="Tunç, Mehmet Ali", org="Münster Türk Veli Derneği",
                 email="ma.tunc@gmail.example", phone="0151 2273 6619",
                 persons="2", ag={"AG3": "X"}, needs="")


@mail("tunc-turkish-docx-form", "2027-02-03 20:40:30",
      E("registration", "ma.tunc@gmail.example", "Mehmet Ali Tunç", "Münster Türk Veli Derneği",
        ["AG3"], 2, "tr"), "tr")
def _(m):
    m.head(("From", addr("Mehmet Ali Tunç", "ma.tunc@gmail.example")),
           ("To", MSO),
           ("Subject", ew("MSO-Tag kayıt formu", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAM4vR0pLq8sZ2xN7tYw3kB9hD5fG1jC6aE0oU4iT8rW2mQ7eXy@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Merhaba,

13 Mart'taki MSO-Tag için kayıt formumuzu ekte gönderiyorum. İki kişi katılacağız, 3. çalışma grubunu (dernek yönetimi ve fonlar) seçtik.

Saygılarımla,
Mehmet Ali Tunç
Münster Türk Veli Derneği"""
    alt = m.multi("alternative", [m.text(text + "\n", "plain", "utf-8", "base64"),
                                  m.text(gmail_html(text), "html", "utf-8", "base64")],
                  style="gmail", top=False)
    docx = make_docx(TUNC_FORM, when=(2027, 2, 3, 20, 31, 0))
    m.attached_texts.append(unzip_text(docx))
    d = m.binary(docx, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "MSO-Tag_Anmeldeformular.docx")
    m.multi("mixed", [alt, d], style="gmail")


# -- 026 ---------------------------------------------------------------------------
# Change: reply to the confirmation (AG I, 2 persons) saying only "das
# korrigierte Formular finden Sie im Anhang"; the DOCX says AG II and 3 persons.

NIKOLAIDOU_FORM = dict(banner="ÄNDERUNG – ersetzt unsere Anmeldung vom 20.01.2027",
                       name="Nikolaidou, Eleni", org="Griechischer Frauenverein Münster e.V.",
                       email="eleni.nikolaidou@webpost.example", phone="0251 3 94 06 71",
                       persons="3", ag={"AG2": "X"},
                       needs="Eine Teilnehmerin kommt mit Rollator.")


@mail("nikolaidou-change-corrected-docx", "2027-02-04 09:55:02",
      E("change", "eleni.nikolaidou@webpost.example", "Eleni Nikolaidou",
        "Griechischer Frauenverein Münster e.V.", ["AG2"], 3, "de"), "de")
def _(m):
    m.head(("From", "Eleni Nikolaidou <eleni.nikolaidou@webpost.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<trinity-8e2c4a6b-1d3f-4b5a-9c7e-0f2a4c6e8b1d-1770195302671@3c-app-webpost-bs22>"),
           ("In-Reply-To", "<mailbot.20270120110214.7c3e@muenster.example>"),
           ("References", "<mailbot.20270120110214.7c3e@muenster.example>"),
           ("MIME-Version", "1.0"))
    t = m.text(f"""Guten Tag,

bei unserer Anmeldung hat sich etwas geändert. Das korrigierte Formular finden Sie im Anhang.

Viele Grüße
Eleni Nikolaidou

Am 20.01.2027 um 11:02 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(confirmation("Frau Nikolaidou", "AG1", 2))}
""", "plain", "utf-8", "quoted-printable")
    docx = make_docx(NIKOLAIDOU_FORM, when=(2027, 2, 4, 9, 48, 0))
    m.attached_texts.append(unzip_text(docx))
    d = m.binary(docx, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "Anmeldung_MSO_korrigiert.docx")
    m.multi("mixed", [t, d])


# -- 027 ---------------------------------------------------------------------------
# Outlook HTML only (multipart/related: text/html + image001.png city logo in the
# signature).  AG 1, alone.

BRANDT = """Sehr geehrte Frau Meza Correa-Flock,

für den Tag der Migrantenselbstorganisationen melde ich mich gern an. Ich würde an der AG 1 (Bildungssystem) teilnehmen – wir bereiten gerade ein neues Konzept für die Elternbegleitung an Grundschulen vor, da kommt der Austausch mit den Vereinen genau richtig.

Mit freundlichen Grüßen
Im Auftrag

Ursula Brandt"""

BRANDT_SIG = """Amt für Kinder, Jugendliche und Familien der Stadt Münster
Fachstelle Frühe Bildung
Hafenstraße 30 · 48153 Münster
Tel. 0251 492-5120
ursula.brandt@stadt-muenster.example

Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken."""


def _city_logo(x, y):
    if 4 <= y <= 27 and 4 <= x <= 27:
        return (0, 84, 159) if (x + y) % 7 else (255, 255, 255)
    if 34 <= x <= 150 and 10 <= y <= 20 and x % 5:
        return (60, 60, 60)
    return (255, 255, 255)


@mail("brandt-outlook-html-only-image-signature", "2027-02-05 11:30:17",
      E("registration", "ursula.brandt@stadt-muenster.example", "Ursula Brandt",
        "Amt für Kinder, Jugendliche und Familien der Stadt Münster", ["AG1"], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Brandt, Ursula" <ursula.brandt@stadt-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Tag der MSO"),
           ("Thread-Topic", "Anmeldung Tag der MSO"),
           ("Thread-Index", "AdtnOq0X9mP2fH4kS7vN1bW3cY5eRg=="),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB27440C9B8A7F6E5D@FR2P281MB2744.DEUP281.PROD.stadt-muenster.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", "yes"),
           ("MIME-Version", "1.0"))
    cid = "image001.png@01DB77A2.4C3E1F90.example"
    sig = ("\n<p class=MsoNormal><img width=160 height=32 style='width:1.6666in;height:.3333in' "
           f"id=\"Grafik_x0020_1\" src=\"cid:{cid}\" alt=\"Stadt Münster\"><o:p></o:p></p>\n"
           + "\n".join(f"<p class=MsoNormal><span style='font-size:9.0pt;color:#595959'>"
                       f"{esc(l) if l else '&nbsp;'}<o:p></o:p></span></p>" for l in BRANDT_SIG.split("\n")))
    h = m.text(outlook_html(BRANDT, sig), "html", "utf-8", "quoted-printable")
    logo = m.binary(make_png(160, 32, _city_logo), "image", "png", "image001.png",
                    disposition="inline", headers=[("Content-ID", f"<{cid}>")])
    m.multi("related", [h, logo], style="outlook", params={"type": "text/html"})


# -- 028 ---------------------------------------------------------------------------
# Google Calendar "Tentatively accepted" in English; the note asks whether one can
# join online.  Registers no one (question).

NATARAJAN_NOTE = ("Hi, is there any way to join online? I might be away that weekend. If there is "
                  "a stream I would follow working group 1. Thanks, Priya")


@mail("natarajan-google-tentative-question", "2027-02-08 18:21:44",
      E("question", "priya.natarajan@gmail.example", "Priya Natarajan", None, [], None, "en"), "en")
def _(m):
    google_reply(m, "Priya Natarajan", "priya.natarajan@gmail.example", "TENTATIVE",
                 NATARAJAN_NOTE, "en", "20270208T172144Z",
                 "<0000000000003c2b1a09f8e7d6c5@google.example>")


# -- 029 ---------------------------------------------------------------------------
# Arabic questions before registering (form in Arabic? interpreting? children?).

ALSAYED = """السلام عليكم،

وصلتنا دعوة يوم منظمات المهاجرين في 13 آذار، وعندي بعض الأسئلة قبل أن نسجّل:
هل يوجد نموذج التسجيل باللغة العربية؟ بعض أعضاء جمعيتنا لا يقرؤون الألمانية جيداً.
هل ستكون هناك ترجمة إلى العربية في مجموعات العمل؟
وهل يمكننا أن نحضر أطفالنا الصغار معنا؟

شكراً جزيلاً
محمود السيد
الجمعية الفلسطينية في مونستر"""


@mail("alsayed-arabic-questions", "2027-02-09 13:09:05",
      E("question", "m.alsayed@gmail.example", "محمود السيد", "الجمعية الفلسطينية في مونستر",
        [], None, "ar"), "ar")
def _(m):
    m.head(("From", addr("محمود السيد", "m.alsayed@gmail.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", ew("استفسار بخصوص يوم منظمات المهاجرين", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAB7tN2qXc5vR9wL0kP3mZ8yH1dF6gJ4sA2eO7iU5bT9rW0nQ3x@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.multi("alternative", [m.text(ALSAYED + "\n", "plain", "utf-8", "base64"),
                            m.text(gmail_html(ALSAYED, rtl=True), "html", "utf-8", "base64")],
            style="gmail")


# -- 030 ---------------------------------------------------------------------------
# Outlook "Mit Vorbehalt angenommen:" (TENTATIVE) - but the comment says "ich trage
# mich schon mal für die AG 3 ein" and promises to cancel if her roster does not
# allow it: a registration.

LIMA = """Hallo,

ich trage mich schon mal für die AG 3 ein. Ob es am 13.3. wirklich klappt, sehe ich leider erst, wenn der Dienstplan für März da ist (Anfang März). Falls nicht, sage ich rechtzeitig ab.

Liebe Grüße
Ana Lima
Brasilianischer Kulturverein Münster e.V."""


@mail("lima-outlook-tentative-registers", "2027-02-10 16:47:38",
      E("registration", "ana.lima@brasil-ms.example", "Ana Lima",
        "Brasilianischer Kulturverein Münster e.V.", ["AG3"], 1, "de"), "de", tz=0)
def _(m):
    outlook_reply(m, "Ana Lima", "ana.lima@brasil-ms.example", "TENTATIVE", LIMA, "de",
                  "20270210T164738Z",
                  "<DU2PR10MB5712D4E5F6A7B8C9@DU2PR10MB5712.EURPRD10.PROD.brasil-ms.example>",
                  thread_index="AQHbZQz8x3n1k0Yb0E2s4JvR7mQ9XYAdK7Wq")


# -- 031 ---------------------------------------------------------------------------
# Outlook/RTF: the text only says "anbei unsere Anmeldung"; the PDF form is inside
# winmail.dat (AG II ticked, 4 persons, an interpreting wish for 2 of them).

TESFAMARIAM_FORM = dict(name="Tesfamariam, Yonas", org="Eritreische Gemeinde Münster e.V.",
                        email="yonas.tesfamariam@eritrea-ms.example", phone="0178 6620 3145",
                        persons="4", ag={"AG2": "X"},
                        needs="Dolmetschen Tigrinya für 2 Personen wäre schön",
                        place="Münster, 11.02.2027", pdfdate="20270211193000")


@mail("tesfamariam-form-only-in-winmail-dat", "2027-02-12 10:18:26",
      E("registration", "yonas.tesfamariam@eritrea-ms.example", "Yonas Tesfamariam",
        "Eritreische Gemeinde Münster e.V.", ["AG2"], 4, "de"), "de", tz=0)
def _(m):
    m.head(("From", "Yonas Tesfamariam <yonas.tesfamariam@eritrea-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Anmeldung"),
           ("Thread-Topic", "Anmeldung"),
           ("Thread-Index", "AdtpR4c2x0kL8mN3pQ6rS9tU1vW4yA=="),
           ("Date", m.date),
           ("Message-ID", "<000c01db7d3a$8f9e0a10$af da1e30$@eritrea-ms.example>".replace(" ", "")),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("X-MS-Has-Attach", "yes"),
           ("X-MS-TNEF-Correlator", "<000c01db7d3a$8f9e0a10$afda1e30$@eritrea-ms.example>"),
           ("MIME-Version", "1.0"))
    t = m.text("""Sehr geehrte Damen und Herren,

anbei sende ich Ihnen unsere Anmeldung für den Tag der Migrantenselbstorganisationen.

Mit freundlichen Grüßen
Yonas Tesfamariam
Eritreische Gemeinde Münster e.V.
""", "plain", "windows-1252", "quoted-printable")
    pdf = make_pdf_form(TESFAMARIAM_FORM, producer="Microsoft: Print To PDF")
    m.attached_texts.append(pdf_text(pdf))
    tnef = make_tnef([("Anmeldung_MSO-Tag_2027.pdf", pdf, (2027, 2, 11, 19, 30, 0))], key=0x1C07)
    w = m.binary(tnef, "application", "ms-tnef", "winmail.dat")
    m.multi("mixed", [t, w], style="outlook")


# -- 032 ---------------------------------------------------------------------------
# Outlook "Abgelehnt:" from someone who had registered by mail in January:
# "Bitte nehmen Sie mich von der Teilnehmerliste" - a cancellation.

REINHARDT = """Hallo Frau Meza Correa-Flock,

ich hatte mich im Januar per Mail für die AG 1 angemeldet, muss jetzt aber leider absagen: Ich bin an dem Wochenende auf einer Fortbildung in Berlin. Bitte nehmen Sie mich von der Teilnehmerliste.

Beste Grüße
Tobias Reinhardt
Jugendmigrationsdienst Münster"""


@mail("reinhardt-outlook-declined-after-registering", "2027-02-15 08:33:50",
      E("cancellation", "t.reinhardt@jmd-muenster.example", "Tobias Reinhardt",
        "Jugendmigrationsdienst Münster", [], None, "de"), "de", tz=0)
def _(m):
    outlook_reply(m, "Reinhardt, Tobias", "t.reinhardt@jmd-muenster.example", "DECLINED", REINHARDT,
                  "de", "20270215T083350Z",
                  "<GV0P278MB0219E6F7A8B9C0D1@GV0P278MB0219.CHEP278.PROD.jmd-muenster.example>",
                  thread_index="AQHbZQz8x3n1k0Yb0E2s4JvR7mQ9XYAkR2Nb")


# -- 033 ---------------------------------------------------------------------------
# Russian change, replying to the confirmation (AG II, 1 person) in the quoting
# style of a Russian webmailer: from the second workgroup to the third.

@mail("morozov-russian-change-reply", "2027-02-17 19:12:13",
      E("change", "a.morozov@inbox-mail.example", "Алексей Морозов", None, ["AG3"], None, "ru"), "ru")
def _(m):
    m.head(("From", addr("Алексей Морозов", "a.morozov@inbox-mail.example", "utf-8", "b")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1771351933.318204776@f207.i.inbox-mail.example>"),
           ("In-Reply-To", "<mailbot.20270129101533.2b8d@muenster.example>"),
           ("References", "<mailbot.20270129101533.2b8d@muenster.example>"),
           ("X-Mailer", "Webmail 3.1"),
           ("MIME-Version", "1.0"))
    quoted = gt_quote(confirmation("Herr Morozov", "AG2", 1))
    text = f"""Добрый день!

Можно ли перевести меня из второй рабочей группы в третью (финансирование и управление организацией)? Я понял, что эта тема сейчас важнее для нашего общества.

Заранее спасибо!
Алексей Морозов


Пятница, 29 января 2027, 10:15 +01:00 от Tag der Migrantenselbstorganisationen <{MSO}>:
{quoted}
"""
    m.single(text, charset="utf-8", cte="8bit")


# -- 034 ---------------------------------------------------------------------------
# Arabic text, Latin signature, filled PDF form attached: AG II, two persons.

MANSOUR_FORM = dict(name="Mansour, Khaled", org="Syrischer Kulturverein Münster e.V.",
                    email="khaled.mansour@skv-muenster.example", phone="0176 9302 5581",
                    persons="2", ag={"AG2": "X"}, needs="", place="Münster, 19.02.2027",
                    pdfdate="20270219143000")


@mail("mansour-arabic-pdf-form", "2027-02-19 14:55:49",
      E("registration", "khaled.mansour@skv-muenster.example", "Khaled Mansour",
        "Syrischer Kulturverein Münster e.V.", ["AG2"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Khaled Mansour <khaled.mansour@skv-muenster.example>"),
           ("To", MSO),
           ("Subject", ew("تسجيل - Anmeldung MSO-Tag", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<20270219135549.61f3a0b2@skv-muenster.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.5"),
           ("MIME-Version", "1.0"))
    t = m.text("""مرحباً،

أرسل لكم في المرفق استمارة التسجيل ليوم منظمات المهاجرين بعد تعبئتها. سنحضر شخصين من جمعيتنا.

مع التحية
Khaled Mansour
Syrischer Kulturverein Münster e.V.
""", "plain", "utf-8", "base64")
    pdf = make_pdf_form(MANSOUR_FORM, producer="Adobe Acrobat Reader \\(64-bit\\)")
    m.attached_texts.append(pdf_text(pdf))
    p = m.binary(pdf, "application", "pdf", "Anmeldeformular.pdf")
    m.multi("mixed", [t, p])


# -- 035 ---------------------------------------------------------------------------
# Sendmail bounce of a confirmation: the recipient's mailbox is full.

@mail("sendmail-bounce-mailbox-full", "2027-02-22 09:40:11",
      E("bounce", bounced="r.hamdan@webpost.example"), "en")
def _(m):
    rcpt = "r.hamdan@webpost.example"
    m.head(("From", "Mail Delivery Subsystem <MAILER-DAEMON@mx.webpost.example>"),
           ("To", MSO),
           ("Subject", "Returned mail: see transcript for details"),
           ("Date", m.date),
           ("Message-ID", "<202702220840.51M8eBq3018842@mx.webpost.example>"),
           ("Auto-Submitted", "auto-generated (failure)"),
           ("MIME-Version", "1.0"),
           envelope="")
    note = m.text(f"""The original message was received at Mon, 22 Feb 2027 09:40:07 +0100
from mail.muenster.example [198.51.100.20]

   ----- The following addresses had permanent fatal errors -----
<{rcpt}>
    (reason: 552 5.2.2 Mailbox full)
    (expanded from: <{rcpt}>)

   ----- Transcript of session follows -----
... while talking to local mailer:
>>> DATA
<<< 552 5.2.2 <{rcpt}>... Mailbox full
554 5.0.0 Service unavailable
""", "plain", "us-ascii", "7bit")
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx.webpost.example"),
         ("Received-From-MTA", "DNS; mail.muenster.example"),
         ("Arrival-Date", "Mon, 22 Feb 2027 09:40:07 +0100")],
        [("Final-Recipient", f"RFC822; {rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Diagnostic-Code", "SMTP; 552 5.2.2 Mailbox full"),
         ("Last-Attempt-Date", "Mon, 22 Feb 2027 09:40:11 +0100")])
    headers = f"""Return-Path: <{MSO}>
Received: from mail.muenster.example (mail.muenster.example [198.51.100.20])
	by mx.webpost.example (8.17.1/8.17.1) with ESMTPS id 51M8e7q3018842
	for <{rcpt}>; Mon, 22 Feb 2027 09:40:07 +0100
From: {TO_MSO}
To: Rania Hamdan <{rcpt}>
Subject: {ew(CONF_SUBJECT)}
Date: Mon, 22 Feb 2027 09:40:05 +0100
Message-ID: <mailbot.20270222094005.a41c@muenster.example>
In-Reply-To: <CAE2hR7vK1pQ9@mail.gmail.example>
References: <CAE2hR7vK1pQ9@mail.gmail.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
"""
    h = m.text(headers, "rfc822-headers", "us-ascii", "7bit")
    m.multi("report", [note, dsn, h], params={"report-type": "delivery-status"})


# -- 036 ---------------------------------------------------------------------------
# Change of the number only, Gmail reply quoting the confirmation (AG III, 2):
# "zu viert statt zu zweit", the workgroup stays.

@mail("erdem-change-party-size-reply", "2027-02-24 17:26:35",
      E("change", "fatih.erdem@gmail.example", "Fatih Erdem", "Kurdischer Elternverein Münster e.V.",
        [], 4, "de"), "de")
def _(m):
    m.head(("From", "Fatih Erdem <fatih.erdem@gmail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAK2pW9tYb4mN7vR1xL0qZ3cH8dF5gJ6sA9eO2iU4bT7rQ1nX5w@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270127094122.d0e5@muenster.example>"),
           ("References", "<mailbot.20270127094122.d0e5@muenster.example>"),
           ("MIME-Version", "1.0"))
    new = """Hallo,

kurze Änderung zu unserer Anmeldung: Wir kommen jetzt zu viert statt zu zweit, zwei Jugendliche aus unserem Verein möchten auch mit. An der Arbeitsgruppe ändert sich nichts.

Gruß
Fatih Erdem
Kurdischer Elternverein Münster e.V."""
    conf = confirmation("Herr Erdem", "AG3", 2)
    attrib = f"Am Mi., 27. Jan. 2027 um 09:41 Uhr schrieb {MSO_NAME} <{MSO}>:"
    plain = f"{new}\n\n{attrib}\n\n{gt_quote(conf)}\n"
    html_ = (gmail_html(new) + '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
             f"{esc(attrib)}<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
             "border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
             + "".join(f"{esc(l)}<br>" for l in conf.split("\n")) + "</blockquote></div>\n")
    m.multi("alternative", [m.text(plain, "plain", "utf-8", "quoted-printable"),
                            m.text(html_, "html", "utf-8", "quoted-printable")], style="gmail")


# -- 037 ---------------------------------------------------------------------------
# Google Calendar "Declined" in English with a note cancelling her registration.

YUSUF_NOTE = ("So sorry - I have to cancel my registration. I've been asked to cover a shift at "
              "the hospital that Saturday. Hope there's a next time!")


@mail("yusuf-google-declined-cancels", "2027-02-26 07:48:20",
      E("cancellation", "amina.yusuf@gmail.example", "Amina Yusuf", None, [], None, "en"), "en")
def _(m):
    google_reply(m, "Amina Yusuf", "amina.yusuf@gmail.example", "DECLINED", YUSUF_NOTE, "en",
                 "20270226T064820Z", "<000000000000e9d8c7b6a5f4e3d2@google.example>")


# -- 038 ---------------------------------------------------------------------------
# A meeting request for another event (Integrationsrat working group) sent to the
# MSO-Tag mailbox: other.

AK_TEXT = """Liebe Mitglieder des Arbeitskreises Interkulturelle Öffnung,

hiermit lade ich Sie zur nächsten Sitzung ein.

Tagesordnung:
1. Bericht aus dem Integrationsrat
2. Auswertung der Umfrage zur Mehrsprachigkeit in der Verwaltung
3. Planung Interkulturelle Woche 2027
4. Verschiedenes

Mit freundlichen Grüßen
Martina Overbeck
Geschäftsstelle des Integrationsrates"""


@mail("integrationsrat-meeting-request-other-event", "2027-03-01 10:05:00",
      E("other"), "de", tz=0)
def _(m):
    m.head(("From", '"Overbeck, Martina" <integrationsrat@stadt-muenster.example>'),
           ("To", "AK Interkulturelle Öffnung <ak-ikoe@stadt-muenster.example>"),
           ("Cc", TO_MSO),
           ("Subject", "AK Interkulturelle Öffnung – Sitzung am 18. März"),
           ("Thread-Topic", "AK Interkulturelle Öffnung – Sitzung am 18. März"),
           ("Thread-Index", "AdtqS8d3y1mM9nO4qR7sT0uV2wX5zB=="),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB2744F1E2D3C4B5A6@FR2P281MB2744.DEUP281.PROD.stadt-muenster.example>"),
           ("Content-Language", "de-DE"),
           ("Content-Class", "urn:content-classes:calendarmessage"),
           ("MIME-Version", "1.0"))
    when = "Donnerstag, 18. März 2027 17:00-19:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien."
    where = "Stadthaus 1, Raum 214, Klemensstraße 10, 48143 Münster"
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010",
             "VERSION:2.0"] + VTIMEZONE + [
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Overbeck, Martina\":mailto:integrationsrat@stadt-muenster.example",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=AK Interkulturelle Öffnung:"
        "mailto:ak-ikoe@stadt-muenster.example",
        f"ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={MSO_NAME}:mailto:{MSO}",
        f"DESCRIPTION;LANGUAGE=de-DE:{ical_text(AK_TEXT)}\\n",
        "SUMMARY;LANGUAGE=de-DE:AK Interkulturelle Öffnung – Sitzung am 18. März",
        "DTSTART;TZID=W. Europe Standard Time:20270318T170000",
        "DTEND;TZID=W. Europe Standard Time:20270318T190000",
        "UID:040000008200E00074C5B7101A82E00800000000A1F3C5E7D9B1DB010000000000000000100000001A2B3C4D5E6F70819A0B1C2D3E4F5061",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20270301T100500Z", "TRANSP:OPAQUE",
        "STATUS:CONFIRMED", "SEQUENCE:0", f"LOCATION;LANGUAGE=de-DE:{ical_text(where)}",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "END:VEVENT", "END:VCALENDAR"]
    plain = f"Wann: {when}\nWo: {where}\n\n*~*~*~*~*~*~*~*~*~*\n\n{AK_TEXT}\n"
    m.multi("alternative", [m.text(plain, "plain", "utf-8", "quoted-printable"),
                            m.text(outlook_html(plain.rstrip("\n")), "html", "utf-8", "quoted-printable"),
                            m.raw_text(ical(lines), "calendar", "utf-8", params={"method": "REQUEST"})],
            style="outlook")


# -- 039 ---------------------------------------------------------------------------
# Turkish Outlook "Reddedildi:" from someone registered in January for AG 2:
# asks to delete the registration (cancellation).

KALKAN = """Merhaba,

Ocak ayında AG 2 için kaydımı yaptırmıştım, ama o cumartesi işten izin alamadım. Maalesef katılamayacağım, kaydımı silebilir misiniz?

Kolay gelsin,
Oğuz Kalkan
Türk-Alman Dostluk Derneği Münster"""


@mail("kalkan-turkish-outlook-reddedildi", "2027-03-03 12:30:41",
      E("cancellation", "oguz.kalkan@tadd-muenster.example", "Oğuz Kalkan",
        "Türk-Alman Dostluk Derneği Münster", [], None, "tr"), "tr", tz=0)
def _(m):
    outlook_reply(m, "Oğuz Kalkan", "oguz.kalkan@tadd-muenster.example", "DECLINED", KALKAN, "tr",
                  "20270303T123041Z",
                  "<AS8PR07MB7510A9B8C7D6E5F4@AS8PR07MB7510.eurprd07.prod.tadd-muenster.example>",
                  thread_index="AQHbZQz8x3n1k0Yb0E2s4JvR7mQ9XYAqL5Tm")


# -- 040 ---------------------------------------------------------------------------
# Cancellation, HTML only (webmail, multipart/related) with a small JPEG in the
# signature; quotes nothing.

def _ramirez_sig_jpeg():
    c = Canvas(176, 40, paper=250)
    c.text(6, 6, "LATEINAMERIKANISCHER", 1, 90)
    c.text(6, 16, "KULTURVEREIN MÜNSTER E.V.", 1, 90)
    for x in range(6, 170):
        c.dot(x, 30, 150 if (x // 12) % 2 else 60)
        c.dot(x, 31, 150 if (x // 12) % 2 else 60)
    return make_jpeg(c, 70)


RAMIREZ = """Liebes Team vom MSO-Tag,

leider müssen mein Mann und ich unsere Anmeldung für Samstag (AG 3) zurückziehen – unsere Tochter hat sich das Bein gebrochen und wir fahren am Wochenende zu ihr nach Köln. Wir hätten uns sehr gefreut!

Viele Grüße
Claudia Ramírez-Hoffmann"""


@mail("ramirez-hoffmann-cancel-html-inline-image", "2027-03-10 20:15:27",
      E("cancellation", "c.ramirez-hoffmann@webpost.example", "Claudia Ramírez-Hoffmann",
        "Lateinamerikanischer Kulturverein Münster e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", addr("Claudia Ramírez-Hoffmann", "c.ramirez-hoffmann@webpost.example")),
           ("To", MSO),
           ("Subject", "Absage Samstag"),
           ("Date", m.date),
           ("Message-ID", "<trinity-4c6e8a0b-2d4f-4e6a-8c0e-2a4c6e8a0c2e-1773170127559@3c-app-webpost-bs09>"),
           ("MIME-Version", "1.0"))
    cid = "sig-lkv-2027@webpost.example"
    divs = "".join(f"<div>{esc(l) if l else '&nbsp;'}</div>" for l in RAMIREZ.split("\n"))
    h = ("<html><head></head><body><div style=\"font-family: Verdana;font-size: 12.0px;\">"
         f"{divs}<div>&nbsp;</div><div><img src=\"cid:{cid}\" alt=\"\" width=\"176\" height=\"40\"></div>"
         "<div>Lateinamerikanischer Kulturverein Münster e.V.</div>"
         "<div>www.lkv-muenster.example</div></div></body></html>\n")
    ht = m.text(h, "html", "utf-8", "quoted-printable")
    img = m.binary(_ramirez_sig_jpeg(), "image", "jpeg", "signatur.jpg", disposition="inline",
                   headers=[("Content-ID", f"<{cid}>")])
    m.multi("related", [ht, img])


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def build_all():
    built, last = [], None
    for n, (slug, when, tz, expected, text_lang, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when, tz)
        fn(m)
        if last and m.when <= last:
            raise SystemExit(f"{slug}: dates must rise with the numbering")
        last = m.when
        built.append((f"{n:03d}-{slug}.eml", m, expected, text_lang))
    return built


def leaves(part):
    mt = part.get_content_maintype()
    if mt == "multipart":
        for p in part.iter_parts():
            yield from leaves(p)
    elif mt != "message":
        yield part


def all_parts(part):
    yield part
    if part.is_multipart():
        for p in part.get_payload():
            yield from all_parts(p)


EXAMPLE_DOMAIN = re.compile(r"(^|\.)(example|example\.org|example\.com|example\.net)$", re.I)
NAMESPACE_HOSTS = ("schemas.microsoft.com", "www.w3.org", "schemas.openxmlformats.org")
LANGS = {"de", "en", "tr", "ar", "ru"}


def check(name, data, m, e, text_lang):
    problems = []
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    for i, line in enumerate(data.split(b"\n")):
        if len(line.rstrip(b"\r")) > 998:
            problems.append(f"line {i + 1} longer than 998 octets")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 1, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 4, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Jan-Mar 2027")
    # every leaf decodes to what was written (text: strictly in its declared charset)
    got = list(leaves(msg))
    if len(got) != len(m.intended):
        problems.append(f"{len(got)} leaf parts, built {len(m.intended)}")
    for i, (p, w) in enumerate(zip(got, m.intended)):
        if isinstance(w, bytes):
            if p.get_content() != w:
                problems.append(f"part {i}: attachment bytes differ")
            continue
        cs = p.get_content_charset() or "us-ascii"
        try:
            p.get_payload(decode=True).decode(cs)
        except (UnicodeDecodeError, LookupError):
            problems.append(f"part {i}: does not decode as {cs}")
        if p.get_content().replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
    # attachments are well formed
    for p in got:
        ct = p.get_content_type()
        b = p.get_content() if p.get_content_maintype() != "text" else None
        if ct.endswith("wordprocessingml.document") or ct == "application/vnd.oasis.opendocument.text":
            z = zipfile.ZipFile(io.BytesIO(b))
            if z.testzip() is not None:
                problems.append("bad zip member")
            if ct.endswith("opendocument.text") and (z.namelist()[0] != "mimetype" or
                                                     z.getinfo("mimetype").compress_type != 0):
                problems.append("ODT mimetype must be first and stored")
        elif ct == "application/pdf":
            sx = int(re.search(rb"startxref\n(\d+)\n%%EOF\n$", b).group(1))
            if not b[sx:].startswith(b"xref"):
                problems.append("PDF startxref wrong")
        elif ct == "image/jpeg":
            if not (b.startswith(b"\xff\xd8\xff\xe0") and b.endswith(b"\xff\xd9")):
                problems.append("JPEG markers")
        elif ct == "application/ms-tnef":
            try:
                if not tnef_attachments(b):
                    problems.append("TNEF without attachment")
            except AssertionError as ex:
                problems.append(f"TNEF {ex}")
        elif ct == "text/calendar" or ct == "application/ics":
            s = b.decode("utf-8") if b is not None else p.get_content()
            if not ("BEGIN:VCALENDAR" in s and "METHOD:" in s):
                problems.append("calendar part without VCALENDAR/METHOD")
            if any(len(l.encode()) > 75 for l in s.replace("\r\n", "\n").split("\n")):
                problems.append("iCalendar line longer than 75 octets")
    # example domains only (headers, text parts, nested messages, attachment texts)
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            c = p.get_content()
            if p.get_content_type() == "text/calendar":      # unfold content lines
                c = re.sub(r"\r?\n[ \t]", "", c)
            chunks.append(c)
    chunks += m.attached_texts
    text = "\n".join(chunks)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in NAMESPACE_HOSTS:
            problems.append(f"non-example URL host {dom}")
    # labels well formed and agreeing with the mail
    if set(e) != set(FIELDS):
        problems.append("expected record has wrong keys")
    k = e["kind"]
    if k not in KINDS:
        problems.append(f"bad kind {k}")
    if any(w not in ("AG1", "AG2", "AG3") for w in e["workgroups"]):
        problems.append("bad workgroup id")
    person = k in ("registration", "change", "cancellation", "question")
    if person:
        if not e["email"] or e["language"] not in LANGS or not e["name"]:
            problems.append("person mail needs email, name and language")
        if e["email"] != e["email"].lower():
            problems.append("email must be lower-case")
        low = text.lower()
        if e["email"] not in low:
            problems.append("email not in the mail")
        for key in ("name", "organisation"):
            if e[key] and e[key].casefold() not in text.casefold():
                problems.append(f"{key} {e[key]!r} not written in the mail")
        if e["language"] != text_lang:
            problems.append("language differs from the text language")
    else:
        if any(e[x] for x in ("email", "name", "organisation", "language")) or e["workgroups"]:
            problems.append("machine/other mail must have null person fields")
    if k == "registration" and not (isinstance(e["party_size"], int) and e["party_size"] >= 1):
        problems.append("registration needs party_size >= 1")
    if k not in ("registration", "change") and e["party_size"] is not None:
        problems.append("party_size must be null")
    if k in ("cancellation", "question") and e["workgroups"]:
        problems.append("workgroups must be empty")
    if k == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status" for b in p.get_payload()]
        if not e["bounced_recipient"] or not any(e["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((t, e["kind"]) for _, _, e, t in built)
    print("kinds:", dict(sorted(kinds.items())))
    print("text language x kind:")
    for lang in sorted({t for _, _, _, t in built}):
        row = {k: table[(lang, k)] for k in KINDS if table[(lang, k)]}
        print(f"  {lang}: {row}")
    types, encs, atts = collections.Counter(), collections.Counter(), collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_type(), p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
            else:
                atts[p.get_content_type()] += 1
        for p in all_parts(msg):
            if p.get_content_type() == "message/rfc822":
                atts["message/rfc822"] += 1
    print("top-level content types:", dict(sorted(types.items())))
    print("non-text leaves:", dict(sorted(atts.items())))
    print("text leaves by (type, charset, transfer encoding):")
    for (t, cs, cte), n in sorted(encs.items()):
        print(f"  {t:22} {cs:14} {cte:18} {n}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="write nothing; compare with the files on disk")
    ap.add_argument("--stats", action="store_true", help="print corpus counts")
    args = ap.parse_args()

    built = build_all()
    mails_dir = HERE / "mails"
    expected = {name: e for name, _, e, _ in built}
    exp_text = "{\n" + ",\n".join(
        f"  {json.dumps(name)}: {json.dumps(e, ensure_ascii=False)}"
        for name, e in expected.items()) + "\n}\n"
    datas = [m.as_bytes() for _, m, _, _ in built]
    bad = 0
    if args.check:
        on_disk = sorted(p.name for p in mails_dir.glob("*.eml")) if mails_dir.exists() else []
        if on_disk != sorted(expected):
            print("mails/ does not hold exactly the generated files")
            bad += 1
        for (name, *_), data in zip(built, datas):
            path = mails_dir / name
            if path.exists() and path.read_bytes() != data:
                print(f"{name}: differs from the generated bytes")
                bad += 1
        exp_path = HERE / "expected.json"
        if not exp_path.exists() or exp_path.read_text(encoding="utf-8") != exp_text:
            print("expected.json differs from the generated one")
            bad += 1
    else:
        mails_dir.mkdir(exist_ok=True)
        for old in mails_dir.glob("*.eml"):
            if old.name not in expected:
                old.unlink()
        for (name, *_), data in zip(built, datas):
            (mails_dir / name).write_bytes(data)
        (HERE / "expected.json").write_text(exp_text, encoding="utf-8")

    froms = collections.Counter()
    for (name, m, e, lang), data in zip(built, datas):
        for problem in check(name, data, m, e, lang):
            print(f"{name}: {problem}")
            bad += 1
        froms[email.utils.parseaddr(m.msg["From"])[1].lower()] += 1
    for a, n in froms.items():
        if n > 1:
            print(f"sender {a} appears {n} times")
            bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
