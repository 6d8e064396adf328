#!/usr/bin/env python3
"""Build the "final25g" set for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: MSO-Tag 2027 (config.toml is a byte-identical copy of ../../shared/corpus/dev/config.toml),
mails that carry attachments and forms: filled-in registration forms attached as text
files or as unreadable scans (PDF, DOCX), forms pasted into the body as text or as a
table, vCards, photos of a flyer or of a paper form, calendar replies (.ics) to the
invitation, forwarded registrations as message/rfc822.

Every mail's text below is written by hand, one mail at a time.  The script wraps the
texts in MIME with the standard `email` package, writes the files, and reads every file
back with email.policy.default to check that it parses without defects, that each body
part decodes to exactly the text written here (attachments: the same bytes), that the
labels are well formed and agree with the mail, that no sender occurs twice and that only
example domains are used.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json, then check
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print the counts

Output is deterministic (fixed dates, Message-IDs, MIME boundaries, generated
attachments), so a re-run gives byte-identical files.  Paths are relative to this
script's folder.  Standard library only (Python 3.11).
"""

import argparse
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
import unicodedata
import zipfile
import zlib
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
WG_IDS = ("AG1", "AG2", "AG3")
LANGS = ("de", "en", "tr", "ar", "ru", "es")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset=None, enc="q"):
    """'Name <address>'; a non-ASCII name is encoded in `charset` when given
    (otherwise the policy encodes it as UTF-8 when the header is set)."""
    if not name:
        return f"<{address}>"
    if charset is None or name.isascii():
        return formataddr((name, address)) if name.isascii() else f"{name} <{address}>"
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text):
    """Quote a text the way Thunderbird/Gmail do: '> ' before each line."""
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))


def fold(name, value, width=78):
    """Fold a long ASCII header value at spaces (RFC 5322 folding)."""
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


def esc(line):
    return html.escape(line, quote=False)


def E(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    """One expected.json record; every key is always present."""
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def _h(slug, n):
    return hashlib.sha256(f"{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


def ics_fold(text):
    """Fold iCalendar content lines at 75 octets (RFC 5545 3.1), never inside a
    UTF-8 character."""
    out = []
    for line in text.split("\n"):
        first = True
        while len(line.encode("utf-8")) > (75 if first else 74):
            limit = 75 if first else 74
            cut = len(line)
            while len(line[:cut].encode("utf-8")) > limit:
                cut -= 1
            out.append(("" if first else " ") + line[:cut])
            line = line[cut:]
            first = False
        out.append(("" if first else " ") + line)
    return "\n".join(out)


# ---------------------------------------------------------------------------
# building one message
# ---------------------------------------------------------------------------

class Mail:
    """One .eml under construction; remembers what each leaf part must decode to
    (leaves of attached message/rfc822 parts included, in walk order)."""

    def __init__(self, slug, when, tz_hours=1):
        self.slug = slug
        tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
        self.when = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
        self.date = format_datetime(self.when)
        self.msg = EmailMessage(policy=POLICY)
        self.intended = []
        self._nboundary = 0

    # -- headers -----------------------------------------------------------
    def head(self, *pairs, envelope=None, received=True, msg=None):
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in the
        given order.  ASCII values (plain or already RFC 2047-encoded) are stored
        verbatim, folded at spaces when long; values with non-ASCII characters go
        through the policy, which encodes them as UTF-8."""
        msg = self.msg if msg is None else msg
        if received:
            sender = envelope
            if sender is None:
                frm = dict(pairs)["From"]
                sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
            msg.set_raw("Return-Path", f"<{sender}>")
            msg.set_raw("Delivered-To", MSO)
            domain = sender.split("@")[1] if sender else "muenster.example"
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=4)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=1))))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.muenster.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{MSO}>; {arrival} (CET)")
        elif envelope is not None:
            msg.set_raw("Return-Path", f"<{envelope}>")
            msg.set_raw("Delivered-To", MSO)
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

    # -- leaves --------------------------------------------------------------
    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None, disposition=None, filename=None, cid=None):
        """A text leaf part (MIMEPart), for use inside a multipart."""
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params,
                      disposition=disposition, filename=filename, cid=cid)
        for k, v in (headers or []):
            p[k] = v
        self.intended.append(text)
        return p

    def binary(self, data, maintype, subtype, filename, disposition="attachment",
               cid=None, headers=None, params=None):
        p = MIMEPart(policy=POLICY)
        p.set_content(data, maintype=maintype, subtype=subtype, cte="base64",
                      disposition=disposition, filename=filename, cid=cid, params=params)
        for k, v in (headers or []):
            p[k] = v
        self.intended.append(data)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
               params=None, msg=None):
        """The whole body of `msg` (default: the mail) is one text part."""
        msg = self.msg if msg is None else msg
        keep = [(k, v) for k, v in msg.items() if k.lower() == "content-language"]
        msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            msg[k] = v
        self.intended.append(text)

    # -- containers ----------------------------------------------------------
    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_AM9PR07MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.muenster.example"
        if style == "thunderbird":
            return f"------------{h[:24]}"
        return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{self._nboundary}"

    def multi(self, subtype, parts, style="std", params=None, top=True):
        """A multipart container; top=True makes it the message body itself."""
        m = self.msg if top is True else (top if top else MIMEPart(policy=POLICY))
        m["Content-Type"] = f"multipart/{subtype}"
        for k, v in (params or {}).items():
            m.set_param(k, v)
        m.set_boundary(self.boundary(style))
        for p in parts:
            m.attach(p)
        return m

    def alternative(self, text, html_text, charset="utf-8", cte="quoted-printable",
                    html_cte=None, style="std", top=True):
        parts = [self.text(text, "plain", charset, cte),
                 self.text(html_text, "html", charset, html_cte or cte)]
        return self.multi("alternative", parts, style=style, top=top)

    def inner(self):
        """A new message to be attached as message/rfc822; its leaves are recorded
        in this mail's list, in order, so build it where it stands in the walk."""
        return EmailMessage(policy=POLICY)

    def rfc822(self, inner, filename=None, description=None, disposition=None):
        part = MIMEPart(policy=POLICY)
        part.set_content(inner, cte="7bit", disposition=disposition, filename=filename)
        if description:
            part["Content-Description"] = description
        return part

    # -- output ----------------------------------------------------------------
    def as_bytes(self):
        return self.msg.as_bytes(policy=POLICY)


def dsn_part(*blocks):
    """A message/delivery-status part; each block is a list of (name, value)."""
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


# ---------------------------------------------------------------------------
# generated attachments (small, deterministic, valid files)
# ---------------------------------------------------------------------------

_ZIGZAG = [0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40,
           48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29,
           22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54,
           47, 55, 62, 63]
_QUANT = [16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24,
          40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103,
          77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101, 72,
          92, 95, 98, 112, 100, 103, 99]
_DC_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
_DC_VALS = list(range(12))
_AC_BITS = [0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7D]
_AC_VALS = bytes.fromhex(
    "01020300041105122131410613516107227114328191a1082342b1c11552d1f0"
    "24336272820 90a161718191a25262728292a3435363738393a434445464748494a"
    "535455565758595a636465666768696a737475767778797a838485868788898a"
    "92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6"
    "c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9fa".replace(" ", ""))


def _huff(bits, vals):
    codes, code, k = {}, 0, 0
    for length in range(1, 17):
        for _ in range(bits[length - 1]):
            codes[vals[k]] = (code, length)
            code += 1
            k += 1
        code <<= 1
    return codes


_COS = [[math.cos((2 * x + 1) * u * math.pi / 16) for x in range(8)] for u in range(8)]


def make_jpeg(pixel, width, height):
    """A baseline greyscale JFIF; pixel(x, y) gives 0..255."""
    dc, ac = _huff(_DC_BITS, _DC_VALS), _huff(_AC_BITS, _AC_VALS)
    out_bits = []

    def put(code, length):
        out_bits.append((code, length))

    def category(v):
        v = abs(v)
        n = 0
        while v:
            n += 1
            v >>= 1
        return n

    def extra(v, n):
        return v if v >= 0 else v + (1 << n) - 1

    prev = 0
    bw, bh = (width + 7) // 8, (height + 7) // 8
    for by in range(bh):
        for bx in range(bw):
            block = [[pixel(min(bx * 8 + x, width - 1), min(by * 8 + y, height - 1)) - 128
                      for x in range(8)] for y in range(8)]
            coef = [0] * 64
            for v in range(8):
                for u in range(8):
                    s = 0.0
                    for y in range(8):
                        row = block[y]
                        cy = _COS[v][y]
                        for x in range(8):
                            s += row[x] * _COS[u][x] * cy
                    cu = 1 / math.sqrt(2) if u == 0 else 1.0
                    cv = 1 / math.sqrt(2) if v == 0 else 1.0
                    coef[v * 8 + u] = int(round(0.25 * cu * cv * s / _QUANT[v * 8 + u]))
            zz = [coef[i] for i in _ZIGZAG]
            diff = zz[0] - prev
            prev = zz[0]
            n = category(diff)
            put(*dc[n])
            if n:
                put(extra(diff, n), n)
            run = 0
            last = max([i for i in range(1, 64) if zz[i]] or [0])
            for i in range(1, last + 1):
                if zz[i] == 0:
                    run += 1
                    continue
                while run > 15:
                    put(*ac[0xF0])
                    run -= 16
                n = category(zz[i])
                put(*ac[(run << 4) | n])
                put(extra(zz[i], n), n)
                run = 0
            if last < 63:
                put(*ac[0x00])
    data = bytearray()
    acc, nacc = 0, 0
    for code, length in out_bits:
        acc = (acc << length) | code
        nacc += length
        while nacc >= 8:
            nacc -= 8
            byte = (acc >> nacc) & 0xFF
            data.append(byte)
            if byte == 0xFF:
                data.append(0)
        acc &= (1 << nacc) - 1 if nacc else 0
    if nacc:
        byte = ((acc << (8 - nacc)) | ((1 << (8 - nacc)) - 1)) & 0xFF
        data.append(byte)
        if byte == 0xFF:
            data.append(0)

    def seg(marker, payload):
        return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload

    jfif = seg(0xE0, b"JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00")
    dqt = seg(0xDB, bytes([0]) + bytes(_QUANT[i] for i in _ZIGZAG))
    sof = seg(0xC0, struct.pack(">BHHB", 8, height, width, 1) + bytes([1, 0x11, 0]))
    dht = seg(0xC4, bytes([0x00]) + bytes(_DC_BITS) + bytes(_DC_VALS)
              + bytes([0x10]) + bytes(_AC_BITS) + _AC_VALS)
    sos = seg(0xDA, bytes([1, 1, 0x00, 0, 63, 0]))
    return b"\xff\xd8" + jfif + dqt + sof + dht + sos + bytes(data) + b"\xff\xd9"


def photo_of_paper(seed, width=128, height=96, lines=9, ink=True):
    """A phone photo / scan of a printed page: paper with shading, printed rules
    and some pen strokes (nothing legible)."""
    h = int(_h(seed, "photo")[:8], 16)
    phase = (h % 97) / 15.0
    tilt = ((h >> 8) % 7 - 3) / 40.0

    def pixel(x, y):
        v = 222 - (abs(x - width / 2) + abs(y - height / 2)) * 0.25
        yy = y + tilt * x
        step = height / (lines + 2)
        k = round(yy / step)
        if 1 <= k <= lines and abs(yy - k * step) < 0.8 and 12 < x < width - 10:
            v = 70
        if ink and 1 <= k <= lines and 40 < x < width - 20 - (k * 7 + h) % 30:
            pen = k * step - 3 + 2.2 * math.sin(x / 2.3 + phase + k)
            if abs(yy - pen) < 0.9:
                v = 40
        return max(0, min(255, int(v)))
    return make_jpeg(pixel, width, height)


def make_png(width, height, colours, seed):
    """A small RGB PNG in bands of colour (a flyer or a logo, nothing legible)."""
    h = int(_h(seed, "png")[:8], 16)
    rows = []
    for y in range(height):
        row = bytearray([0])
        band = colours[min(len(colours) - 1, y * len(colours) // height)]
        for x in range(width):
            if (x * 7 + y * 3 + h) % 53 < 4 and len(colours) > 2:
                px = colours[0]
            else:
                px = band
            row += bytes(px)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def scan_pdf(jpeg, width, height, producer, created):
    """An image-only PDF as a copier or a scanner app writes it: one page holding a
    DCT-encoded greyscale scan, no text layer."""
    content = b"q\n595 0 0 842 0 0 cm\n/Im0 Do\nQ\n"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /XObject << /Im0 5 0 R >> >> >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"endstream",
        (f"<< /Type /XObject /Subtype /Image /Width {width} /Height {height} "
         f"/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode "
         f"/Length {len(jpeg)} >>\nstream\n").encode() + jpeg + b"\nendstream",
        (f"<< /Producer ({producer}) /CreationDate (D:{created}) >>").encode(),
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
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def docx_with_photo(jpeg, when):
    """A Word file whose only content is a pasted photo (of a filled-in paper form)."""
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Default Extension="jpeg" ContentType="image/jpeg"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.jpeg"/>'
                '</Relationships>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
           'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
           'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
           'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
           '<w:body><w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
           '<wp:extent cx="5760720" cy="4320540"/><wp:docPr id="1" name="Grafik 1"/>'
           '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
           '<pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="IMG_20270124_161502.jpg"/><pic:cNvPicPr/></pic:nvPicPr>'
           '<pic:blipFill><a:blip r:embed="rId4"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
           '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5760720" cy="4320540"/></a:xfrm>'
           '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
           '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in (("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
                           ("word/document.xml", doc.encode()),
                           ("word/_rels/document.xml.rels", doc_rels.encode()),
                           ("word/media/image1.jpeg", jpeg)):
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_STORED if name.endswith(".jpeg") else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            z.writestr(info, data)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# texts that several mails quote or answer
# ---------------------------------------------------------------------------

# The invitation went out on Tue 12 Jan 2027, 14:03, from the Outlook of the
# Kommunales Integrationszentrum as a meeting request (so that it lands in the
# calendars of the associations), with the form below in the text and as Word and
# PDF files.  Replies to it quote this text; calendar replies answer its UID.

INVITATION_SUBJECT = "Tag der Migrantenselbstorganisationen 2027"
INVITATION_ID = "<FR2P281MB2210C3E7A91B44D0A3F8E21C9D0B6A47@FR2P281MB2210.DEUP281.PROD.OUTLOOK.example>"
INVITATION_UID = ("040000008200E00074C5B7101A82E0080000000030B1D4C2E55EDB01000000000000000"
                  "010000000E2D6A1C47F3B5E4C8A09B7D1F2C3E4A5")
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"
REMINDER_SUBJECT = "Erinnerung: Tag der Migrantenselbstorganisationen am 13. März 2027"

FORM_TEMPLATE = """ANMELDUNG
Tag der Migrantenselbstorganisationen 2027
Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
Bitte bis zum 6. März 2027 zurück an mso-tag@muenster.example

Name, Vorname: ______________________________
Organisation / Verein: ______________________________
E-Mail: ______________________________
Telefon: ______________________________
Anzahl Personen (inkl. Ihnen): ____

Arbeitsgruppe (bitte eine ankreuzen):
[ ] AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem
[ ] AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte
[ ] AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement
Zweitwunsch (AG 1, 2 oder 3): ____

Dolmetschen / Barrierefreiheit / Ernährung: ______________________________"""

INVITATION = f"""Liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,
liebe Interessierte,

herzlich laden wir Sie zum Tag der Migrantenselbstorganisationen 2027 ein:

Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Nach einem gemeinsamen Auftakt arbeiten wir in drei parallelen
Arbeitsgruppen:

AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem
AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit
       Migrationsvorgeschichte
AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement

Bitte melden Sie sich bis zum 6. März 2027 an, formlos per E-Mail an
mso-tag@muenster.example oder mit dem Anmeldeformular unten (es hängt auch
als Word- und als PDF-Datei an). Sie können das Formular einfach ausgefüllt
in Ihre Antwort kopieren.

Die Teilnahme ist kostenlos. Für Getränke und einen Imbiss ist gesorgt.

Mit freundlichen Grüßen
Ihr Team des Kommunalen Integrationszentrums Münster
i. A. Ximena Meza Correa-Flock

-----------------------------------------------------------------------

{FORM_TEMPLATE}"""

AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(salutation, ag, persons):
    """The confirmation the organisers sent (quoted in replies, returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
am Samstag, 13. März 2027, 10:00 bis 16:00 Uhr, im Stadtweinhaus,
Prinzipalmarkt 8, 48143 Münster.

Wir haben Sie für folgende Arbeitsgruppe eingetragen:
{AG_LINE[ag]}

Angemeldete Personen: {persons}

Möchten Sie die Arbeitsgruppe wechseln oder absagen? Antworten Sie einfach
auf diese E-Mail.

Mit freundlichen Grüßen
Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster"""


def confirmation_message(to, salutation, ag, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in a bounce)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_MSO
    m["To"] = to
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    text = confirmation(salutation, ag, persons)
    m.set_content(text, charset="utf-8", cte="quoted-printable")
    return m, text


VTIMEZONE_OUTLOOK = """BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""


def outlook_reply_ics(partstat, cn, address, summary, comment, stamp, lang="de-DE"):
    """METHOD:REPLY as Exchange writes it when an attendee answers the invitation."""
    lines = ["BEGIN:VCALENDAR", "METHOD:REPLY",
             "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             VTIMEZONE_OUTLOOK, "BEGIN:VEVENT",
             f"ATTENDEE;PARTSTAT={partstat};CN={cn}:mailto:{address}"]
    if comment:
        body = comment.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
        body = body.replace("\n", "\\n")
        lines.append(f"COMMENT;LANGUAGE={lang}:{body}")
    lines += [f"SUMMARY;LANGUAGE={lang}:{summary}",
              "DTSTART;TZID=W. Europe Standard Time:20270313T100000",
              "DTEND;TZID=W. Europe Standard Time:20270313T160000",
              f"UID:{INVITATION_UID}",
              "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{stamp}",
              "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
              f"LOCATION;LANGUAGE={lang}:Stadtweinhaus\\, Prinzipalmarkt 8\\, 48143 Münster",
              "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
              "X-MICROSOFT-CDO-OWNERAPPTID:-1457338101",
              "X-MICROSOFT-CDO-REPLYTIME:" + stamp,
              "END:VEVENT", "END:VCALENDAR"]
    return ics_fold("\n".join(lines)) + "\n"


# ---------------------------------------------------------------------------
# the looks of mail clients
# ---------------------------------------------------------------------------

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}}
span.E-MailFormatvorlage17
	{{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}}
table.MsoTableGrid
	{{mso-style-priority:39;
	border:solid windowtext 1.0pt;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang=DE link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def mso_table(rows):
    """An Outlook (Word) table; rows of cell texts, the first column bold."""
    out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
           "style='border-collapse:collapse;border:none'>"]
    for r in rows:
        out.append("<tr>")
        for i, cell in enumerate(r):
            inner = f"<b>{esc(cell)}</b>" if i == 0 else esc(cell)
            out.append("<td width=227 valign=top style='width:170.3pt;border:solid windowtext 1.0pt;"
                       "padding:0cm 5.4pt 0cm 5.4pt'>"
                       f"<p class=MsoNormal>{inner}<o:p></o:p></p></td>")
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def outlook_html(blocks, charset="windows-1252", quote=None,
                 labels=("Von", "Gesendet", "An", "Betreff")):
    """Outlook HTML; blocks are text strings (one <p> per line) or ('table', rows);
    quote = (von, gesendet, an, betreff, quoted_text) below a separator, with the
    header labels of the writer's Outlook language."""
    out = []
    for b in blocks:
        if isinstance(b, tuple):
            out.append(mso_table(b[1]))
        else:
            out += [mso_p(line) for line in b.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        lv, lg, la, lb = labels
        out.append(f"<p class=MsoNormal><b>{lv}:</b> {esc(von)} <br>\n"
                   f"<b>{lg}:</b> {esc(gesendet)}<br>\n"
                   f"<b>{la}:</b> {esc(an)}<br>\n"
                   f"<b>{lb}:</b> {esc(betreff)}<o:p></o:p></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return (OUTLOOK_HEAD.format(charset=charset) + "\n".join(out)
            + "\n</div>\n</body>\n</html>\n")


def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return f"<div{d}>{inner}</div>\n"


def gmail_table(rows, rtl=False):
    d = ' dir="rtl"' if rtl else ""
    cells = "".join(
        "<tr>" + "".join(
            f'<td style="border:1px solid rgb(204,204,204);padding:3px 6px">{esc(c)}</td>'
            for c in r) + "</tr>" for r in rows)
    return (f'<table{d} cellspacing="0" cellpadding="0" border="1" '
            f'style="border-collapse:collapse;border:none"><tbody>{cells}</tbody></table>')


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=1):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Thunderbird reply to the invitation with the form filled in and pasted on top;
# the quoted invitation below holds the empty form ("[ ] AG 1 ...") again.

DEMIR_TEXT = """Liebe Frau Meza Correa-Flock,

vielen Dank für die Einladung! Das Formular habe ich gleich hier in die Mail kopiert:

Name, Vorname: Demir, Elif
Organisation / Verein: Türkischer Frauenverein Münster e.V.
E-Mail: elif.demir@tfv-muenster.example
Telefon: 0157 3321 8840
Anzahl Personen (inkl. Ihnen): 2

Arbeitsgruppe (bitte eine ankreuzen):
[ ] AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem
[x] AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte
[ ] AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement
Zweitwunsch (AG 1, 2 oder 3): ____

Dolmetschen / Barrierefreiheit / Ernährung: bitte kein Schweinefleisch

Die zweite Person ist unsere Kassiererin Hatice Koç.

Viele Grüße
Elif Demir"""


@mail("demir-form-pasted-reply-to-invitation", "2027-01-12 16:20:41",
      E("registration", "elif.demir@tfv-muenster.example", "Elif Demir",
        "Türkischer Frauenverein Münster e.V.", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Elif Demir <elif.demir@tfv-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5b1e7c0d-93a2-4f6e-b8d1-0c2e4a6f8b13@tfv-muenster.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""{DEMIR_TEXT}

Am 12.01.2027 um 14:03 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="quoted-printable")


# -- 002 ---------------------------------------------------------------------
# "siehe Anhang": the only thing attached is a copier scan (image-only PDF, no
# text layer).  The readable mail says who and for which association, nothing
# about workgroup or persons -> workgroups [], party_size 1.

MARKOVIC_TEXT = """Sehr geehrte Damen und Herren,

unsere Anmeldung für den 13. März siehe Anhang.

Mit freundlichen Grüßen
Dragan Marković
Serbische Gemeinde Münster e.V."""


@mail("markovic-siehe-anhang-scan-pdf", "2027-01-14 09:40:17",
      E("registration", "d.markovic@srpska-zajednica-ms.example", "Dragan Marković",
        "Serbische Gemeinde Münster e.V.", [], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Marković, Dragan", "d.markovic@srpska-zajednica-ms.example",
                         "windows-1250", "q")),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag"),
           ("Thread-Topic", "Anmeldung MSO-Tag"),
           ("Thread-Index", "AdtmaQ2cXb1rLz8kRfu0gH5wYk3T9A=="),
           ("Date", m.date),
           ("Message-ID", "<VI1PR09MB4410A7C2E1F05B3D9E64A0B1C2D3E4F5@VI1PR09MB4410.eurprd09.prod.outlook.example>"),
           ("Accept-Language", "de-DE, sr-Latn-RS"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", "yes"),
           ("MIME-Version", "1.0"))
    alt = m.alternative(MARKOVIC_TEXT, outlook_html([MARKOVIC_TEXT], charset="windows-1250"),
                        charset="windows-1250",
                        cte="quoted-printable", style="outlook", top=False)
    scan = photo_of_paper("markovic", 124, 176, lines=14)
    pdf = m.binary(scan_pdf(scan, 124, 176, "Canon iR-ADV C5535 PDF", "20270114093112+01'00'"),
                   "application", "pdf", "Scan_20270114_093112.pdf")
    m.multi("mixed", [alt, pdf], style="outlook")


# -- 003 ---------------------------------------------------------------------
# English text; the filled-in German form is a text/plain attachment (.txt),
# with a second choice.  Gmail, the attachment base64.

ADEYEMI_TEXT = """Hello,

please find attached my registration form for the MSO day on 13 March.
I filled in the German form as well as I could, I hope it is ok like this.

Kind regards,
Blessing Adeyemi"""

ADEYEMI_FORM = """ANMELDUNG
Tag der Migrantenselbstorganisationen 2027
Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
Bitte bis zum 6. März 2027 zurück an mso-tag@muenster.example

Name, Vorname: Adeyemi, Blessing
Organisation / Verein: African Women's Network Münster
E-Mail: blessing.adeyemi@mail.example
Telefon: 0176 2284 1190
Anzahl Personen (inkl. Ihnen): 1

Arbeitsgruppe (bitte eine ankreuzen):
[ ] AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem
[ ] AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte
[X] AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement
Zweitwunsch (AG 1, 2 oder 3): AG 1

Dolmetschen / Barrierefreiheit / Ernährung: English if possible
"""


@mail("adeyemi-english-form-as-txt", "2027-01-15 11:02:55",
      E("registration", "blessing.adeyemi@mail.example", "Blessing Adeyemi",
        "African Women's Network Münster", ["AG3", "AG1"], 1, "en"), "en")
def _(m):
    m.head(("From", "Blessing Adeyemi <blessing.adeyemi@mail.example>"),
           ("To", MSO),
           ("Subject", "Registration form MSO day"),
           ("Date", m.date),
           ("Message-ID", "<CAN4pLw7Xq2Rt9yB3mZ8kV1sJ6dH0fGc5uE2oNaA7rB4xW1eTgQ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    alt = m.alternative(ADEYEMI_TEXT, gmail_html(ADEYEMI_TEXT), charset="utf-8",
                        cte="quoted-printable", style="gmail", top=False)
    att = m.text(ADEYEMI_FORM, charset="utf-8", cte="base64", disposition="attachment",
                 filename="MSO_Anmeldung_Adeyemi.txt")
    m.multi("mixed", [alt, att], style="gmail")


# -- 004 ---------------------------------------------------------------------
# Turkish, from an iPhone: the form as a small table typed into the body
# (Name / Verein / AG / Personen).  "Oğlum 17 yaşında" is an age.

@mail("yurt-turkish-table-in-body", "2027-01-15 20:47:09",
      E("registration", "hasan.yurt@mail.example", "Hasan Yurt",
        "Münster Türk Aile Birliği e.V.", ["AG1"], 3, "tr"), "tr")
def _(m):
    m.head(("From", "Hasan Yurt <hasan.yurt@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO Günü kayıt"),
           ("Date", m.date),
           ("Message-ID", "<7C0E2A51-6D3B-4F98-A1E4-2B9C5D8F0A36@mail.example>"),
           ("X-Mailer", "iPhone Mail (22C152)"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

Formu ekte gönderemedim, bilgisayarım yok, telefondan yazıyorum. Bilgiler şöyle:

Name:      Hasan Yurt
Verein:    Münster Türk Aile Birliği e.V.
AG:        1
Personen:  3

Eşim ve oğlum da gelecek. Oğlum 17 yaşında, umarım sorun olmaz.

Saygılarımla
Hasan Yurt

iPhone'umdan gönderildi""", charset="utf-8", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# The form pasted with every workgroup box left empty, as in the template;
# nothing else says which AG -> workgroups [].  Telephone left "____".

@mail("bouzid-form-no-box-ticked", "2027-01-17 10:15:33",
      E("registration", "nadia.bouzid@mail.example", "Nadia Bouzid",
        "Marokkanischer Kulturverein Münster", [], 3, "de"), "de")
def _(m):
    m.head(("From", "Nadia Bouzid <nadia.bouzid@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<trinity-3f0b9c1e-5a7d-42e8-b6c4-1d9e0a2f7b58-1768641333207@3c-app-gmx-bs41>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

hiermit melden wir uns für den MSO-Tag an. Hier das Formular:

Name, Vorname: Bouzid, Nadia
Organisation / Verein: Marokkanischer Kulturverein Münster
E-Mail: nadia.bouzid@mail.example
Telefon: ______________________________
Anzahl Personen (inkl. Ihnen): 3

Arbeitsgruppe (bitte eine ankreuzen):
[ ] AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem
[ ] AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte
[ ] AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement
Zweitwunsch (AG 1, 2 oder 3): ____

Dolmetschen / Barrierefreiheit / Ernährung: ______________________________

Liebe Grüße
Nadia Bouzid
""", charset="utf-8", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Arabic, signed only with the first name; the full name and the association
# are in the attached vCard (the writer's own card, which the text points to).

ALHAMWI_TEXT = """مرحباً،

أرغب في التسجيل ليوم منظمات المهاجرين الذاتية يوم السبت 13 آذار. نريد المشاركة في مجموعة العمل الثالثة (Förderungsmöglichkeiten und effektives Vereinsmanagement)، وسيأتي معي اثنان من أعضاء الجمعية.

أرفقت بطاقة الاتصال الخاصة بي، فيها اسمي الكامل واسم الجمعية ورقم هاتفي.

شكراً لكم
خالد"""

ALHAMWI_VCARD = """BEGIN:VCARD
VERSION:3.0
N:Al-Hamwi;Khaled;;;
FN:Khaled Al-Hamwi
ORG:Syrisch-Deutsche Brücke Münster e.V.
TITLE:Vorstandsmitglied
TEL;TYPE=CELL:+49 1523 4482210
EMAIL;TYPE=INTERNET:k.alhamwi@bruecke-ms.example
ADR;TYPE=HOME:;;Grevener Str. 214;Münster;;48159;Deutschland
END:VCARD
"""


@mail("alhamwi-arabic-vcard-gives-full-name", "2027-01-18 18:30:12",
      E("registration", "k.alhamwi@bruecke-ms.example", "Khaled Al-Hamwi",
        "Syrisch-Deutsche Brücke Münster e.V.", ["AG3"], 3, "ar"), "ar")
def _(m):
    m.head(("From", "Khaled <k.alhamwi@bruecke-ms.example>"),
           ("To", MSO),
           ("Subject", "تسجيل يوم المنظمات 13.03."),
           ("Date", m.date),
           ("Message-ID", "<CAE7yRt2Lp9Wq4nX1bM6vK3sD8fJ0hGc2uZ5oTaN9rB7xQ1eUhw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    alt = m.alternative(ALHAMWI_TEXT, gmail_html(ALHAMWI_TEXT, rtl=True), charset="utf-8",
                        cte="base64", style="gmail", top=False)
    vcf = m.text(ALHAMWI_VCARD, subtype="x-vcard", charset="utf-8", cte="base64",
                 disposition="attachment", filename="Khaled Al-Hamwi.vcf",
                 params={"name": "Khaled Al-Hamwi.vcf"})
    m.multi("mixed", [alt, vcf], style="gmail")


# -- 007 ---------------------------------------------------------------------
# Question in Spanish from an iPhone, with a photo of the event poster
# (text / image / text, as iOS sends it).  She would register only after the
# answer ("Si se puede, me inscribo") -> question.

@mail("campos-spanish-question-poster-photo", "2027-01-19 12:05:48",
      E("question", "valentina.campos@mail.example", "Valentina Campos Núñez", None,
        [], None, "es"), "es")
def _(m):
    m.head(("From", "Valentina Campos <valentina.campos@mail.example>"),
           ("To", MSO),
           ("Subject", "Pregunta sobre el día de las asociaciones de migrantes"),
           ("Date", m.date),
           ("Message-ID", "<A91F3C6E-2B7D-4E05-9C18-6F4A0D2E8B73@mail.example>"),
           ("X-Mailer", "iPhone Mail (22C152)"),
           ("MIME-Version", "1.0 (1.0)"))
    t1 = m.text("""Hola, buenas tardes:

Ayer vi este cartel en el Stadtteilzentrum de Coerde y le saqué una foto (se la adjunto). Tengo dos preguntas: ¿puedo participar aunque no pertenezca a ninguna asociación? ¿Y habrá traducción al español en los grupos de trabajo? Mi alemán todavía es bastante básico.

Si se puede, me inscribo con mucho gusto.

Un saludo,
Valentina Campos Núñez
""", charset="utf-8", cte="quoted-printable")
    img = m.binary(photo_of_paper("campos-poster", 96, 136, lines=6, ink=False),
                   "image", "jpeg", "IMG_4471.jpeg", disposition="inline")
    t2 = m.text("\n\nEnviado desde mi iPhone", charset="us-ascii", cte="7bit")
    m.multi("mixed", [t1, img, t2], style="apple")


# -- 008 ---------------------------------------------------------------------
# Outlook with the form as a two-column table (Name / Verein / AG / Personen);
# the text/plain alternative has one cell per paragraph.  multipart/related with
# the association's logo in the signature.

GEORGIOU_BEFORE = """Sehr geehrte Frau Meza Correa-Flock,

anbei unsere Anmeldung zum Tag der Migrantenselbstorganisationen, ich habe das Formular als Tabelle übernommen:
"""
GEORGIOU_ROWS = [("Name", "Eleni Georgiou"),
                 ("Verein", "Deutsch-Griechischer Elternverein Münster e.V."),
                 ("AG", "AG 1 – Bildungssystem"),
                 ("Personen", "2")]
GEORGIOU_AFTER = """
Die zweite Person ist unsere Schriftführerin Frau Sofia Lazaridou.

Mit freundlichen Grüßen

Eleni Georgiou
Vorsitzende
Deutsch-Griechischer Elternverein Münster e.V.
Von-Esmarch-Straße 18 · 48149 Münster"""


@mail("georgiou-outlook-table-logo", "2027-01-20 09:12:26",
      E("registration", "eleni.georgiou@dgev-muenster.example", "Eleni Georgiou",
        "Deutsch-Griechischer Elternverein Münster e.V.", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Eleni Georgiou <eleni.georgiou@dgev-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Tag der Migrantenselbstorganisationen – DGEV"),
           ("Thread-Topic", "Anmeldung Tag der Migrantenselbstorganisationen – DGEV"),
           ("Thread-Index", "AdtrDk0q7m2PcW1xR8uZbN4vTg9Lsw=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR05MB8821E3A0C4B2D1F6A7E95B0C1D2E3F40@DB9PR05MB8821.eurprd05.prod.outlook.example>"),
           ("Accept-Language", "de-DE, el-GR"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", "yes"),
           ("MIME-Version", "1.0"))
    plain = (GEORGIOU_BEFORE + "\n" + "\n\n".join(f"{a}\n\n{b}" for a, b in GEORGIOU_ROWS)
             + "\n" + GEORGIOU_AFTER + "\n\n[cid:image001.png@01DB6B12.4E7A3C20]")
    html_text = outlook_html([GEORGIOU_BEFORE, ("table", GEORGIOU_ROWS), GEORGIOU_AFTER])
    html_text = html_text.replace(
        "\n</div>\n</body>",
        '\n<p class=MsoNormal><img width=160 height=48 style=\'width:1.6666in;height:.5in\' '
        'id="Grafik_x0020_1" src="cid:image001.png@01DB6B12.4E7A3C20" alt="DGEV"><o:p></o:p></p>'
        "\n</div>\n</body>")
    alt = m.alternative(plain, html_text, charset="windows-1252", cte="quoted-printable",
                        style="outlook", top=False)
    logo = m.binary(make_png(160, 48, [(255, 255, 255), (13, 94, 175), (255, 255, 255)],
                             "dgev-logo"),
                    "image", "png", "image001.png", disposition="inline",
                    cid="<image001.png@01DB6B12.4E7A3C20>",
                    headers=[("Content-Description", "image001.png")])
    m.multi("related", [alt, logo], style="outlook", params={"type": "multipart/alternative"})


# -- 009 ---------------------------------------------------------------------
# Out-of-office answer to a confirmation; the mail server adds the vCard of
# the absent person.  Auto-Submitted header.

@mail("terhorst-out-of-office-with-vcard", "2027-01-20 14:45:03",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Andreas Terhorst <a.terhorst@bildungswerk-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Abwesenheitsnotiz: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1905541783.44102.1768916703411@ox.bildungswerk-ms.example>"),
           ("In-Reply-To", "<mailbot.20270120144459.7d21@muenster.example>"),
           ("References", "<mailbot.20270120144459.7d21@muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev48"),
           ("MIME-Version", "1.0"))
    txt = m.text("""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 29. Januar 2027 im Urlaub. Ihre E-Mail wird nicht
weitergeleitet. In dringenden Fällen erreichen Sie unsere Geschäftsstelle unter
0251 98 76 540 oder info@bildungswerk-ms.example.

Mit freundlichen Grüßen
Andreas Terhorst
Interkulturelles Bildungswerk Münster e.V.
""", charset="utf-8", cte="quoted-printable")
    vcf = m.text("""BEGIN:VCARD
VERSION:3.0
N:Terhorst;Andreas;;;
FN:Andreas Terhorst
ORG:Interkulturelles Bildungswerk Münster e.V.
TEL;TYPE=WORK:+49 251 9876541
EMAIL;TYPE=INTERNET,WORK:a.terhorst@bildungswerk-ms.example
END:VCARD
""", subtype="x-vcard", charset="utf-8", cte="quoted-printable",
                 disposition="attachment", filename="Andreas_Terhorst.vcf")
    m.multi("mixed", [txt, vcf])


# -- 010 ---------------------------------------------------------------------
# Russian text in windows-1251; the filled-in German form is attached as a
# UTF-8 .txt with a Cyrillic file name (RFC 2231).  The From name is Cyrillic,
# she signs in Latin letters (as in the form).

BELOVA_TEXT = """Добрый день!

Во вложении заполненная анкета для регистрации на День организаций мигрантов 13 марта. Мы придём вдвоём с дочерью, она тоже активно участвует в работе нашего общества.

Если что-то заполнено не так, напишите, пожалуйста.

С уважением,
Tatiana Belova"""

BELOVA_FORM = """ANMELDUNG
Tag der Migrantenselbstorganisationen 2027
Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
Bitte bis zum 6. März 2027 zurück an mso-tag@muenster.example

Name, Vorname: Belova, Tatiana
Organisation / Verein: Russischsprachige Familien „Most“ Münster e.V.
E-Mail: t.belova@mail.example
Telefon: 0251 3 88 41 07
Anzahl Personen (inkl. Ihnen): 2

Arbeitsgruppe (bitte eine ankreuzen):
[ ] AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem
[ ] AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte
[x] AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement
Zweitwunsch (AG 1, 2 oder 3): ____

Dolmetschen / Barrierefreiheit / Ernährung: Dolmetschen Russisch wäre schön
"""


@mail("belova-russian-form-txt-cyrillic-filename", "2027-01-21 19:20:37",
      E("registration", "t.belova@mail.example", "Tatiana Belova",
        "Russischsprachige Familien „Most“ Münster e.V.", ["AG3"], 2, "ru"), "ru")
def _(m):
    m.head(("From", addr("Татьяна Белова", "t.belova@mail.example", "windows-1251", "b")),
           ("To", MSO),
           ("Subject", ew("Регистрация – анкета", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1769019637.558213790@f311.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    html_text = ("<HTML><BODY><div>" + "</div><div>".join(
        esc(line) if line else "&nbsp;" for line in BELOVA_TEXT.split("\n"))
        + "</div></BODY></HTML>\n")
    alt = m.alternative(BELOVA_TEXT, html_text, charset="windows-1251", cte="quoted-printable",
                        top=False)
    att = m.text(BELOVA_FORM, charset="utf-8", cte="base64", disposition="attachment",
                 filename="анкета_MSO-Tag.txt")
    m.multi("mixed", [alt, att])


# -- 011 ---------------------------------------------------------------------
# The chair forwards a member's mail as an attachment (message/rfc822) and asks
# to confirm to her.  The AG is in the forwarded mail ("AG Schule").

SELAM_INNER = """Hallo Tesfay,

kannst du mich bitte für den MSO-Tag am 13. März anmelden? Ich möchte gern in die AG Schule, weil ich ja im Elternbeirat bin. Ich komme allein.

Danke dir!
Selam
"""


@mail("gebremedhin-forwards-member-as-attachment", "2027-01-22 08:35:20",
      E("registration", "selam.tesfaye@mail.example", "Selam Tesfaye",
        "Eritreische Gemeinschaft Münster e.V.", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Eritreische Gemeinschaft Münster <vorstand@eritrea-ms.example>"),
           ("To", MSO),
           ("Subject", "Fwd: MSO-Tag Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<d2b6f0a8-1c4e-4a97-8e35-7f9b1d3c5a02@eritrea-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    txt = m.text("""Sehr geehrte Frau Meza Correa-Flock,

im Anhang leite ich Ihnen die Anmeldung unseres Mitglieds Frau Selam Tesfaye
weiter. Sie hatte Ihre E-Mail-Adresse nicht. Bitte schicken Sie die
Bestätigung direkt an sie: selam.tesfaye@mail.example

Mit freundlichen Grüßen
Tesfay Gebremedhin
Eritreische Gemeinschaft Münster e.V.
""", charset="utf-8", cte="8bit")
    inner = m.inner()
    m.head(("From", "Selam Tesfaye <selam.tesfaye@mail.example>"),
           ("To", "vorstand@eritrea-ms.example"),
           ("Subject", "MSO-Tag Anmeldung"),
           ("Date", "Thu, 21 Jan 2027 20:14:52 +0100"),
           ("Message-ID", "<CAM8pZq1Yw3Rt7nX0bK5vL2sG9dF4hJc6uE1oTaB8rN3xW7eQkA@mail.gmail.example>"),
           ("MIME-Version", "1.0"), received=False, msg=inner)
    m.single(SELAM_INNER, charset="utf-8", cte="quoted-printable", msg=inner)
    fwd = m.rfc822(inner, filename="MSO-Tag Anmeldung.eml", disposition="attachment")
    m.multi("mixed", [txt, fwd], style="thunderbird")


# -- 012 ---------------------------------------------------------------------
# English; the workgroup line of the form typed on one line:
# "[ ] AG 1 [x] AG 2 [ ] AG 3".

@mail("mehta-english-checkbox-line", "2027-01-23 21:10:04",
      E("registration", "arjun.mehta@mail.example", "Arjun Mehta",
        "Indian Cultural Association Münster", ["AG2"], 1, "en"), "en")
def _(m):
    m.head(("From", "Arjun Mehta <arjun.mehta@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO Tag 2027 - registration"),
           ("Date", m.date),
           ("Message-ID", "<PAXP193MB1762B0E4A9C3D2F1@PAXP193MB1762.EURP193.PROD.OUTLOOK.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hi,

I'd like to register for the MSO day on 13 March. I copied the relevant bits of your form:

Name: Arjun Mehta
Organisation: Indian Cultural Association Münster
Workgroup: [ ] AG 1 [x] AG 2 [ ] AG 3
Persons: 1

Looking forward to it!

Cheers,
Arjun
""", charset="utf-8", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Short body "siehe Anhang"; the Word file only holds a photo of the paper form.
# The subject carries the workgroup ("AG Bildung") and "2 Pers.".  The file name
# has an umlaut (RFC 2231).

@mail("gueler-docx-photo-subject-gives-ag", "2027-01-24 16:44:30",
      E("registration", "fatma.gueler@mail.example", "Fatma Güler", None,
        ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Fatma Güler <fatma.gueler@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag – AG Bildung, 2 Pers."),
           ("Date", m.date),
           ("Message-ID", "<CAL2kVq8Rn4Wt1yZ7bM0xP3sD6fH9gJc5uE8oTaK2rB1xQ4eNmw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    body = "Hallo,\n\nsiehe Anhang.\n\nLG Fatma"
    alt = m.alternative(body, gmail_html(body), charset="utf-8", cte="quoted-printable",
                        style="gmail", top=False)
    doc = m.binary(docx_with_photo(photo_of_paper("gueler", 136, 100, lines=10),
                                   (2027, 1, 24, 16, 41, 18)),
                   "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
                   "Anmeldung MSO Tag Güler.docx")
    m.multi("mixed", [alt, doc], style="gmail")


# -- 014 ---------------------------------------------------------------------
# Turkish text and an attached form (.txt) that agree: AG 2, 3 persons.
# Apple Mail.

AYDEMIR_FORM = """ANMELDUNG
Tag der Migrantenselbstorganisationen 2027
Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
Bitte bis zum 6. März 2027 zurück an mso-tag@muenster.example

Name, Vorname: Aydemir, Burcu
Organisation / Verein: Münster Türk Öğrenci Derneği
E-Mail: burcu.aydemir@tod-muenster.example
Telefon: 0163 7719 402
Anzahl Personen (inkl. Ihnen): 3

Arbeitsgruppe (bitte eine ankreuzen):
[ ] AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem
[X] AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte
[ ] AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement
Zweitwunsch (AG 1, 2 oder 3): -

Dolmetschen / Barrierefreiheit / Ernährung: -
"""


@mail("aydemir-turkish-text-and-form-agree", "2027-01-25 13:30:59",
      E("registration", "burcu.aydemir@tod-muenster.example", "Burcu Aydemir",
        "Münster Türk Öğrenci Derneği", ["AG2"], 3, "tr"), "tr")
def _(m):
    m.head(("From", "Burcu Aydemir <burcu.aydemir@tod-muenster.example>"),
           ("Subject", "MSO Günü – kayıt formu"),
           ("Date", m.date),
           ("To", MSO),
           ("Message-Id", "<3E8D1A07-95C2-4B6F-8A3D-C1F07E9B2D64@tod-muenster.example>"),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"))
    t1 = m.text("""Merhaba,

Münster Türk Öğrenci Derneği adına 13 Mart'taki MSO Günü'ne kayıt olmak istiyoruz. Üç kişi olarak 2. çalışma grubuna (Münsters Zukunftsprozess) katılmak istiyoruz. Doldurduğum formu da ekte gönderiyorum.

Selamlar,
Burcu Aydemir
Münster Türk Öğrenci Derneği
""", charset="utf-8", cte="quoted-printable")
    att = m.text(AYDEMIR_FORM, charset="utf-8", cte="quoted-printable",
                 disposition="attachment", filename="Anmeldeformular_Aydemir.txt",
                 params={"x-unix-mode": "0644"})
    m.multi("mixed", [t1, att], style="apple")


# -- 015 ---------------------------------------------------------------------
# Change: reply to the confirmation (AG 1, 2 persons, quoted GMX-style) with a
# corrected form attached; the new choice AG 3 is in the text and the form.
# The number of persons stays 2 -> party_size null.

NOWICKA_FORM = """ANMELDUNG
Tag der Migrantenselbstorganisationen 2027
Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
Bitte bis zum 6. März 2027 zurück an mso-tag@muenster.example

Name, Vorname: Nowicka, Agnieszka
Organisation / Verein: Polnischer Kulturverein Münster e.V.
E-Mail: a.nowicka@pkv-muenster.example
Telefon: 0251 61 20 33
Anzahl Personen (inkl. Ihnen): 2

Arbeitsgruppe (bitte eine ankreuzen):
[ ] AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem
[ ] AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte
[x] AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement
Zweitwunsch (AG 1, 2 oder 3): ____

Dolmetschen / Barrierefreiheit / Ernährung: ______________________________
"""


@mail("nowicka-change-corrected-form-attached", "2027-01-26 10:05:14",
      E("change", "a.nowicka@pkv-muenster.example", "Agnieszka Nowicka",
        "Polnischer Kulturverein Münster e.V.", ["AG3"], None, "de"), "de")
def _(m):
    m.head(("From", "Agnieszka Nowicka <a.nowicka@pkv-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Aw: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<trinity-8e2c4a60-17b9-4d3f-a5e1-0b6d9c2f4e81-1769418314662@3c-app-gmx-bap55>"),
           ("In-Reply-To", "<mailbot.20270114102207.4b0e@muenster.example>"),
           ("References", "<mailbot.20270114102207.4b0e@muenster.example>"),
           ("MIME-Version", "1.0"))
    txt = m.text(f"""Guten Tag,

wir haben uns im Verein noch einmal abgestimmt und möchten doch lieber in die AG 3 statt in die AG 1. Das korrigierte Formular hänge ich an.

Viele Grüße
Agnieszka Nowicka
Polnischer Kulturverein Münster e.V.


Gesendet: Donnerstag, 14. Januar 2027 um 10:22 Uhr
Von: "Tag der Migrantenselbstorganisationen" <{MSO}>
An: a.nowicka@pkv-muenster.example
Betreff: {CONFIRMATION_SUBJECT}
{gt_quote(confirmation("Frau Nowicka", "AG1", 2))}
""", charset="utf-8", cte="quoted-printable")
    att = m.text(NOWICKA_FORM, charset="utf-8", cte="base64", disposition="attachment",
                 filename="Anmeldeformular_korrigiert.txt")
    m.multi("mixed", [txt, att])


# -- 016 ---------------------------------------------------------------------
# The pasted form has the name and the number of persons left as in the
# template ("______", "____"); the name is in the signature, the number is not
# stated anywhere -> party_size 1.

@mail("bozkurt-form-name-and-persons-left-blank", "2027-01-27 19:50:22",
      E("registration", "rojda.bozkurt@mail.example", "Rojda Bozkurt",
        "Ezidisches Kulturzentrum Münster e.V.", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "rojda.bozkurt@mail.example"),
           ("To", MSO),
           ("Subject", "Anmeldeformular MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<trinity-61d0e5b3-c2a8-4f17-9e40-b8a3d7c1f592-1769539822118@3c-app-webde-bap33>"),
           ("MIME-Version", "1.0"))
    text = """Guten Abend,

hier meine Anmeldung:

Name, Vorname: ______________________________
Organisation / Verein: Ezidisches Kulturzentrum Münster e.V.
E-Mail: rojda.bozkurt@mail.example
Telefon: 0152 0947 3318
Anzahl Personen (inkl. Ihnen): ____

Arbeitsgruppe (bitte eine ankreuzen):
[X] AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem
[ ] AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte
[ ] AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement
Zweitwunsch (AG 1, 2 oder 3): ____

Dolmetschen / Barrierefreiheit / Ernährung: ______________________________

Viele Grüße
Rojda Bozkurt"""
    html_text = ("<html><head></head><body><div style=\"font-family: Verdana;font-size: 12.0px;\">"
                 + "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>"
                           for line in text.split("\n"))
                 + "</div></body></html>\n")
    m.alternative(text, html_text, charset="utf-8", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Spanish, Gmail: the form as an HTML table (Nombre / Asociación / Grupo /
# Personas); the plain part has one row per line, cells separated by a tab.

RESTREPO_BEFORE = """Hola:

Les escribo para inscribirnos en el Día de las Organizaciones de Migrantes del 13 de marzo. Copié los datos del formulario en esta tabla:
"""
RESTREPO_ROWS = [("Nombre", "Camila Restrepo"),
                 ("Asociación", "Colectivo Latinoamericano Münster"),
                 ("Grupo de trabajo (AG)", "AG 2 – Münsters Zukunftsprozess"),
                 ("Personas", "2 (yo y mi compañero Andrés Gil)")]
RESTREPO_AFTER = """
¡Muchas gracias y hasta pronto!
Camila"""


@mail("restrepo-spanish-gmail-html-table", "2027-01-28 22:15:40",
      E("registration", "camila.restrepo@mail.example", "Camila Restrepo",
        "Colectivo Latinoamericano Münster", ["AG2"], 2, "es"), "es")
def _(m):
    m.head(("From", "Camila Restrepo <camila.restrepo@mail.example>"),
           ("To", MSO),
           ("Subject", "Inscripción MSO-Tag 13 de marzo"),
           ("Date", m.date),
           ("Message-ID", "<CAP3nWr5Tq8Yz2xB6mK9vL1sF4dJ7hGc0uE3oRaM5rN8xQ2eVbg@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    plain = (RESTREPO_BEFORE + "\n" + "\n".join(f"{a}\t{b}" for a, b in RESTREPO_ROWS)
             + "\n" + RESTREPO_AFTER)
    html_text = (gmail_html(RESTREPO_BEFORE).rstrip("\n")[:-6] + gmail_table(RESTREPO_ROWS)
                 + "".join(f"<div>{esc(line) if line else '<br>'}</div>"
                           for line in RESTREPO_AFTER.split("\n")) + "</div>\n")
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 018 ---------------------------------------------------------------------
# Other: an association sends its own festival flyer (JPEG) to its partner list;
# it speaks of "Anmeldeformular" and "anmelden", but for its own event.

@mail("afrika-dachverband-flyer-other-event", "2027-01-29 10:00:07",
      E("other"), "de")
def _(m):
    m.head(("From", "Afrikanischer Dachverband Münster <info@afrika-dachverband-ms.example>"),
           ("To", "undisclosed-recipients:;"),
           ("Subject", "Save the Date: Afrika-Tag am 22. Mai 2027 – Flyer anbei"),
           ("Date", m.date),
           ("Message-ID", "<6a0f2d7e-4b19-4c83-9e5a-1f8c3b7d2e60@afrika-dachverband-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    txt = m.text("""Liebe Freundinnen und Freunde, liebe Partnerorganisationen,

am Samstag, 22. Mai 2027, feiern wir wieder den Afrika-Tag auf dem
Servatiiplatz – mit Musik, Essen, Infoständen und einem Kinderprogramm.
Den Flyer finden Sie im Anhang. Wir freuen uns, wenn Sie ihn weiterleiten
oder ausdrucken und aufhängen.

Vereine, die einen Stand machen möchten, melden sich bitte bis zum
30. April mit dem Anmeldeformular auf unserer Website an:
https://afrika-dachverband-ms.example/afrikatag

Herzliche Grüße
Joseph Nkemelu
Afrikanischer Dachverband Münster e.V.
""", charset="utf-8", cte="8bit")
    img = m.binary(photo_of_paper("afrikatag-flyer", 104, 148, lines=5, ink=False),
                   "image", "jpeg", "Flyer_Afrika-Tag_2027.jpg")
    m.multi("mixed", [txt, img], style="thunderbird")


# -- 019 ---------------------------------------------------------------------
# Arabic: she sends her own earlier registration again as an attachment
# (message/rfc822; it went to a mistyped address) and asks whether it arrived.
# The registration is the attached mail: AG 2, two persons.

ELSAYED_INNER = """السلام عليكم،

أود التسجيل في يوم منظمات المهاجرين الذاتية يوم 13 آذار 2027. سأحضر مع صديقتي، ونرغب في المشاركة في مجموعة العمل الثانية حول مستقبل مدينة مونستر.

مع التحية
ريم السيد
جمعية الجالية المصرية في مونستر
"""

ELSAYED_TEXT = """مرحباً،

أرسلت لكم تسجيلي قبل أسبوعين (الرسالة مرفقة) ولم يصلني أي تأكيد حتى الآن. هل وصلكم التسجيل؟ أرجو تأكيد مشاركتنا.

مع الشكر
ريم السيد"""


@mail("elsayed-arabic-resends-own-registration-rfc822", "2027-02-01 11:20:36",
      E("registration", "reem.elsayed@mail.example", "ريم السيد",
        "جمعية الجالية المصرية في مونستر", ["AG2"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Reem Elsayed <reem.elsayed@mail.example>"),
           ("To", MSO),
           ("Subject", "Fwd: تسجيل - يوم منظمات المهاجرين"),
           ("Date", m.date),
           ("Message-ID", "<CAG9sXt4Pw1Rq6nY3bL8vM0kD2fH5jTc7uE4oZaB1rN6xW9eKpQ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    alt = m.alternative(ELSAYED_TEXT, gmail_html(ELSAYED_TEXT, rtl=True), charset="utf-8",
                        cte="base64", style="gmail", top=False)
    inner = m.inner()
    m.head(("From", "Reem Elsayed <reem.elsayed@mail.example>"),
           ("To", "mso.tag@muenster.example"),
           ("Subject", "تسجيل - يوم منظمات المهاجرين"),
           ("Date", "Mon, 18 Jan 2027 19:02:11 +0100"),
           ("Message-ID", "<CAG9sXt4Pw1Rq6nY3bL8vM0kD2fH5jTc7uE4oZaA0qM5wV8dJoP@mail.gmail.example>"),
           ("MIME-Version", "1.0"), received=False, msg=inner)
    m.single(ELSAYED_INNER, charset="utf-8", cte="base64", msg=inner)
    fwd = m.rfc822(inner, filename="تسجيل - يوم منظمات المهاجرين.eml",
                   disposition="attachment")
    m.multi("mixed", [alt, fwd], style="gmail")


# -- 020 ---------------------------------------------------------------------
# Russian: a phone photo of the handwritten form (JPEG) and the same data
# typed in the text.  Latin From name, Cyrillic signature.

KRAVETS_TEXT = """Здравствуйте!

Во вложении фото анкеты – распечатала и заполнила от руки, сканера дома нет. На всякий случай пишу данные и здесь:

Ирина и Сергей Кравец
Культурный центр «Радуга»
Рабочая группа 1 (образование)
Всего 2 человека

Спасибо!
Ирина Кравец"""


@mail("kravets-russian-photo-of-form-and-text", "2027-02-02 17:40:51",
      E("registration", "irina.kravets@mail.example", "Ирина Кравец",
        "Культурный центр «Радуга»", ["AG1"], 2, "ru"), "ru")
def _(m):
    m.head(("From", "Irina Kravets <irina.kravets@mail.example>"),
           ("To", MSO),
           ("Subject", "Анкета MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<2381761770049251@mail-sas-112.mail.example>"),
           ("X-Mailer", "Yamail 5.0"),
           ("MIME-Version", "1.0"))
    html_text = ("<div>" + "</div><div>".join(
        esc(line) if line else "&nbsp;" for line in KRAVETS_TEXT.split("\n")) + "</div>\n")
    alt = m.alternative(KRAVETS_TEXT, html_text, charset="utf-8", cte="base64", top=False)
    img = m.binary(photo_of_paper("kravets", 112, 152, lines=12), "image", "jpeg",
                   "IMG_20270202_173512.jpg")
    m.multi("mixed", [alt, img])


# -- 021 ---------------------------------------------------------------------
# Question before registering, Outlook reply quoting the invitation (and its
# empty form); "Interesse an der AG 1" and "das ausgefüllte Formular" later.

HAMIDI_TEXT = """Hallo Frau Meza Correa-Flock,

eine Frage vorab: Dürfen auch Jugendliche unter 18 teilnehmen? Unsere Jugendgruppe (16 und 17 Jahre) hätte großes Interesse an der AG 1. Wenn das geht, schicke ich Ihnen das ausgefüllte Formular für die Gruppe.

Viele Grüße
Leyla Hamidi
Leitung Jugendtreff
Afghanischer Kulturverein Münster e.V."""


@mail("hamidi-question-youth-quoting-invitation", "2027-02-03 09:25:18",
      E("question", "leyla.hamidi@akv-muenster.example", "Leyla Hamidi",
        "Afghanischer Kulturverein Münster e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Leyla Hamidi <leyla.hamidi@akv-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbZQ3xKc7s1m2lT0qA4rWbN8yF5gAAbC2x"),
           ("Date", m.date),
           ("Message-ID", "<AS8PR04MB7720F1D3B5A2C4E6@AS8PR04MB7720.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Dienstag, 12. Januar 2027 14:03",
             "MSO-Verteiler <mso-verteiler@muenster.example>",
             INVITATION_SUBJECT, INVITATION)
    von, gesendet, an, betreff, quoted = quote
    plain = (f"{HAMIDI_TEXT}\n\nVon: {von}\nGesendet: {gesendet}\nAn: {an}\n"
             f"Betreff: {betreff}\n\n{quoted}")
    m.alternative(plain, outlook_html([HAMIDI_TEXT], quote=quote), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 022 ---------------------------------------------------------------------
# Outlook "Zugesagt:" answer to the calendar invitation, with a comment that
# gives the AG and a colleague (2); text/plain, text/html and text/calendar
# (METHOD:REPLY, PARTSTAT=ACCEPTED) as alternatives.

LE_COMMENT = """Sehr gerne! Ich komme zusammen mit meiner Kollegin Frau Nguyen. Wir möchten in die AG 3 (Fördermittel).

Viele Grüße
Lê Văn Thành
Vietnamesischer Kulturverein Münster e.V."""


@mail("le-outlook-accepted-with-comment-ics", "2027-02-04 08:50:12",
      E("registration", "thanh.le@vkv-muenster.example", "Lê Văn Thành",
        "Vietnamesischer Kulturverein Münster e.V.", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Lê Văn Thành <thanh.le@vkv-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Zugesagt: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbZQ3xKc7s1m2lT0qA4rWbN8yF5gAAqT7m"),
           ("Date", m.date),
           ("Message-ID", "<AM0PR02MB5510C2A4E6F8B1D3@AM0PR02MB5510.eurprd02.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("X-MS-TNEF-Correlator", ""),
           ("MIME-Version", "1.0"))
    ics = outlook_reply_ics("ACCEPTED", "Lê Văn Thành", "thanh.le@vkv-muenster.example",
                            "Zugesagt: " + INVITATION_SUBJECT, LE_COMMENT, "20270204T075008Z")
    parts = [m.text(LE_COMMENT, "plain", "utf-8", "quoted-printable"),
             m.text(outlook_html([LE_COMMENT], charset="utf-8"), "html", "utf-8", "quoted-printable"),
             m.text(ics, "calendar", "utf-8", "base64", params={"method": "REPLY"})]
    m.multi("alternative", parts, style="outlook")


# -- 023 ---------------------------------------------------------------------
# Google Calendar "Accepted:" with no comment at all: she accepted the
# invitation, nothing more -> registration, workgroups [], party_size 1.
# English Gmail interface.  text/calendar in the alternative plus invite.ics.

RAMAN_TEXT = """Priya Raman has accepted this invitation.

Tag der Migrantenselbstorganisationen 2027
Saturday 13 March 2027 ⋅ 10am – 4pm
Central European Time - Berlin

Location
Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Organiser
mso-tag@muenster.example

Invitation from Google Calendar

You are receiving this email because you are subscribed to calendar notifications. To stop receiving these emails, go to Calendar settings, select this calendar and change 'Other notifications'."""

RAMAN_ICS = ics_fold(f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20270313T090000Z
DTEND:20270313T150000Z
DTSTAMP:20270204T203327Z
ORGANIZER;CN=Tag der Migrantenselbstorganisationen:mailto:{MSO}
UID:{INVITATION_UID}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Priya Raman;X-NUM-GUESTS=0:mailto:priya.raman@mail.example
CREATED:20270112130312Z
LAST-MODIFIED:20270204T203327Z
LOCATION:Stadtweinhaus\\, Prinzipalmarkt 8\\, 48143 Münster
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tag der Migrantenselbstorganisationen 2027
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""") + "\n"


@mail("raman-google-calendar-accepted-no-comment", "2027-02-04 21:33:27",
      E("registration", "priya.raman@mail.example", "Priya Raman", None, [], 1, "en"), "en")
def _(m):
    m.head(("From", "Priya Raman <priya.raman@mail.example>"),
           ("To", MSO),
           ("Subject", "Accepted: Tag der Migrantenselbstorganisationen 2027 @ Sat 13 Mar 2027 "
                       "10am - 4pm (CET) (mso-tag@muenster.example)"),
           ("Date", m.date),
           ("Message-ID", "<calendar-5e8b1f2a-9c74-4d06-b3e1-7a2f0c9d4b68@google.example>"),
           ("Reply-To", "Priya Raman <priya.raman@mail.example>"),
           ("MIME-Version", "1.0"))
    html_text = ('<span itemscope itemtype="http://schema.org/InformAction">'
                 '<div style="padding:8px"><b>Priya Raman</b> has accepted this invitation.</div>'
                 '<h2 style="font-size:18px">Tag der Migrantenselbstorganisationen 2027</h2>'
                 '<div>Saturday 13 March 2027 ⋅ 10am – 4pm<br>Central European Time - Berlin</div>'
                 '<h3>Location</h3><div>Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster</div>'
                 '<h3>Organiser</h3><div>mso-tag@muenster.example</div>'
                 '<div style="color:#70757a;font-size:12px">Invitation from Google Calendar</div>'
                 '</span>\n')
    alt = m.multi("alternative", [
        m.text(RAMAN_TEXT, "plain", "utf-8", "quoted-printable"),
        m.text(html_text, "html", "utf-8", "quoted-printable"),
        m.text(RAMAN_ICS, "calendar", "utf-8", "7bit" if RAMAN_ICS.isascii() else "base64",
               params={"method": "REPLY"})], style="gmail", top=False)
    ics = m.binary(RAMAN_ICS.encode("utf-8"), "application", "ics", "invite.ics")
    m.multi("mixed", [alt, ics], style="gmail")


# -- 024 ---------------------------------------------------------------------
# Turkish Outlook "Kesin Değil:" (tentative) with a question in the comment;
# she asks about Turkish interpreting before deciding -> question.

YAVUZ_COMMENT = """Merhaba,

henüz kesin söyleyemiyorum, o hafta sonu derneğimizin başka bir etkinliği olabilir. Bir sorum var: Çalışma gruplarında Türkçe tercüme olacak mı? Olursa annemi de getirmek isterim, Almancası zayıf.

Saygılarımla
Emre Yavuz
Münster Türk Veliler Birliği"""


@mail("yavuz-turkish-tentative-with-question-ics", "2027-02-05 12:10:45",
      E("question", "emre.yavuz@tvb-muenster.example", "Emre Yavuz",
        "Münster Türk Veliler Birliği", [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Emre Yavuz <emre.yavuz@tvb-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Kesin Değil: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbZQ3xKc7s1m2lT0qA4rWbN8yF5gAA9kLd"),
           ("Date", m.date),
           ("Message-ID", "<VI1PR08MB3340A9E1C7B5D2F4@VI1PR08MB3340.eurprd08.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Content-Language", "tr-TR"),
           ("X-MS-Has-Attach", ""),
           ("X-MS-TNEF-Correlator", ""),
           ("MIME-Version", "1.0"))
    ics = outlook_reply_ics("TENTATIVE", "Emre Yavuz", "emre.yavuz@tvb-muenster.example",
                            "Kesin Değil: " + INVITATION_SUBJECT, YAVUZ_COMMENT,
                            "20270205111041Z", lang="tr-TR")
    parts = [m.text(YAVUZ_COMMENT, "plain", "utf-8", "quoted-printable"),
             m.text(outlook_html([YAVUZ_COMMENT], charset="utf-8"), "html", "utf-8",
                    "quoted-printable"),
             m.text(ics, "calendar", "utf-8", "base64", params={"method": "REPLY"})]
    m.multi("alternative", parts, style="outlook")


# -- 025 ---------------------------------------------------------------------
# The chair registers a new colleague who comes alone; his name is in the text,
# his address only in the attached vCard, and she asks to confirm to "his
# address" -> email from the vCard.  Outlook, vCard 2.1.

ALI_TEXT = """Sehr geehrte Damen und Herren,

hiermit melde ich unseren neuen Jugendkoordinator, Herrn Abdullahi Farah, für den Tag der Migrantenselbstorganisationen an. Er interessiert sich für die AG Zukunftsprozess. Ich selbst bin an dem Tag leider verhindert.

Seine Kontaktdaten finden Sie in der angehängten Visitenkarte. Bitte schicken Sie die Bestätigung direkt an seine E-Mail-Adresse.

Mit freundlichen Grüßen
Hodan Ali
Vorsitzende
Somalischer Kulturverein Münster e.V."""

FARAH_VCARD = """BEGIN:VCARD
VERSION:2.1
N;LANGUAGE=de;CHARSET=utf-8:Farah;Abdullahi
FN;CHARSET=utf-8:Abdullahi Farah
ORG;CHARSET=utf-8:Somalischer Kulturverein Münster e.V.
TITLE:Jugendkoordinator
TEL;CELL;VOICE:+49 176 55043291
EMAIL;PREF;INTERNET:a.farah@somali-verein-ms.example
REV:20270208T093512Z
END:VCARD
"""


@mail("ali-registers-colleague-vcard-address", "2027-02-08 10:40:03",
      E("registration", "a.farah@somali-verein-ms.example", "Abdullahi Farah",
        "Somalischer Kulturverein Münster e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Ali, Hodan" <hodan.ali@somali-verein-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Herr Farah – MSO-Tag"),
           ("Thread-Topic", "Anmeldung Herr Farah – MSO-Tag"),
           ("Thread-Index", "AdtsR0eH3k7q2Wm1QbT8xNc5vZp4Lw=="),
           ("Date", m.date),
           ("Message-ID", "<PR3PR06MB6640D5B7A9C1E3F2@PR3PR06MB6640.eurprd06.prod.outlook.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", "yes"),
           ("MIME-Version", "1.0"))
    alt = m.alternative(ALI_TEXT, outlook_html([ALI_TEXT]), charset="windows-1252",
                        cte="quoted-printable", style="outlook", top=False)
    vcf = m.text(FARAH_VCARD, subtype="x-vcard", charset="utf-8", cte="base64",
                 disposition="attachment", filename="Abdullahi Farah.vcf",
                 params={"name": "Abdullahi Farah.vcf"})
    m.multi("mixed", [alt, vcf], style="outlook")


# -- 026 ---------------------------------------------------------------------
# Postfix bounce of the confirmation sent to the address from the vCard in 025
# (the new mailbox does not exist yet): multipart/report with the returned
# confirmation as message/rfc822.

@mail("postfix-bounce-vcard-address-unknown", "2027-02-08 10:41:09",
      E("bounce", bounced="a.farah@somali-verein-ms.example"), "en")
def _(m):
    rcpt = "a.farah@somali-verein-ms.example"
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270208094109.3C7E21A0F4@mail.muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host
    mx.somali-verein-ms.example[198.51.100.47] said: 550 5.1.1
    <{rcpt}>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "3C7E21A0F4"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Mon,  8 Feb 2027 10:41:07 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx.somali-verein-ms.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected:\n"
                             "    User unknown in virtual mailbox table")])
    original, text = confirmation_message(
        f"Abdullahi Farah <{rcpt}>", "Herr Farah", "AG2", 1,
        "Mon, 08 Feb 2027 10:41:06 +0100", "<mailbot.20270208104106.9a3f@muenster.example>",
        "<PR3PR06MB6640D5B7A9C1E3F2@PR3PR06MB6640.eurprd06.prod.outlook.example>")
    m.intended.append(text)
    m.multi("report", [note, dsn, m.rfc822(original, description="Undelivered Message")],
            style="postfix", params={"report-type": "delivery-status"})


# -- 027 ---------------------------------------------------------------------
# Change, English: party size 1 -> 2 ("change my registration to 2 persons"),
# with the colleague's vCard attached; the workgroup is not touched -> [].
# Gmail reply quoting the confirmation (AG 2, 1 person).

KAMARA_TEXT = f"""Hello,

could you please change my registration to 2 persons? Mohamed Conteh from our board would like to join me. His contact card is attached in case you need it.

Thanks a lot,
Joseph Kamara
Sierra Leone Community Münster

On Wed, 27 Jan 2027 at 09:14, Tag der Migrantenselbstorganisationen <{MSO}> wrote:

{gt_quote(confirmation("Herr Kamara", "AG2", 1))}"""

CONTEH_VCARD = """BEGIN:VCARD
VERSION:3.0
N:Conteh;Mohamed;;;
FN:Mohamed Conteh
ORG:Sierra Leone Community Münster
TEL;TYPE=CELL:+49 1590 1882736
EMAIL;TYPE=INTERNET:mohamed.conteh@mail.example
END:VCARD
"""


@mail("kamara-change-party-size-colleague-vcard", "2027-02-09 15:05:44",
      E("change", "joseph.kamara@mail.example", "Joseph Kamara",
        "Sierra Leone Community Münster", [], 2, "en"), "en")
def _(m):
    m.head(("From", "Joseph Kamara <joseph.kamara@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAK1mQw9Yt5Rp2nZ8bV3xL6sH0dF4gJc9uE7oTaC3rM2xN5eWjA@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270127091402.6c1d@muenster.example>"),
           ("References", "<mailbot.20270127091402.6c1d@muenster.example>"),
           ("MIME-Version", "1.0"))
    html_text = (gmail_html(KAMARA_TEXT.split("\n\nOn Wed")[0])
                 + '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Wed, 27 Jan 2027 at 09:14, '
                 f'Tag der Migrantenselbstorganisationen &lt;<a href="mailto:{MSO}">{MSO}</a>&gt; wrote:<br></div>'
                 '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                 + "<br>".join(esc(line) for line in confirmation("Herr Kamara", "AG2", 1).split("\n"))
                 + "</blockquote></div>\n")
    alt = m.alternative(KAMARA_TEXT, html_text, charset="utf-8", cte="quoted-printable",
                        style="gmail", top=False)
    vcf = m.text(CONTEH_VCARD, subtype="vcard", charset="utf-8", cte="base64",
                 disposition="attachment", filename="Mohamed Conteh.vcf",
                 params={"name": "Mohamed Conteh.vcf"})
    m.multi("mixed", [alt, vcf], style="gmail")


# -- 028 ---------------------------------------------------------------------
# Spanish text in ISO-8859-1; the German form, retyped with plain hyphens, is
# attached as an ISO-8859-1 .txt; text and form agree: AG 3, else AG 1, four.

MORALES_FORM = """ANMELDUNG
Tag der Migrantenselbstorganisationen 2027
Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Name, Vorname: Morales Vidal, Jorge
Organisation / Verein: Peña Flamenca Münster e.V.
E-Mail: jorge.morales@penaflamenca-ms.example
Telefon: 0251 27 48 19
Anzahl Personen (inkl. Ihnen): 4

Arbeitsgruppe (bitte eine ankreuzen):
[ ] AG 1 - Menschen mit Migrationsvorgeschichte im Bildungssystem
[ ] AG 2 - Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte
[x] AG 3 - Förderungsmöglichkeiten und effektives Vereinsmanagement
Zweitwunsch (AG 1, 2 oder 3): AG 1

Dolmetschen / Barrierefreiheit / Ernährung: nein
"""


@mail("morales-spanish-latin1-form-txt", "2027-02-10 20:20:16",
      E("registration", "jorge.morales@penaflamenca-ms.example", "Jorge Morales Vidal",
        "Peña Flamenca Münster e.V.", ["AG3", "AG1"], 4, "es"), "es")
def _(m):
    m.head(("From", addr("Jorge Morales Vidal", "jorge.morales@penaflamenca-ms.example")),
           ("To", MSO),
           ("Subject", ew("Inscripción Peña Flamenca - MSO-Tag", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<1a7c3e90b25d4f61.3e8b@penaflamenca-ms.example>"),
           ("X-Mailer", "Evolution 3.50.3"),
           ("MIME-Version", "1.0"))
    txt = m.text("""Buenas tardes:

Adjunto el formulario de inscripción de nuestra asociación para el 13 de marzo.
Seremos cuatro personas. Como primera opción elegimos el grupo de trabajo 3 y
como segunda el 1, tal como pone en el formulario.

Un cordial saludo,
Jorge Morales Vidal
Peña Flamenca Münster e.V.
""", charset="iso-8859-1", cte="8bit")
    att = m.text(MORALES_FORM, charset="iso-8859-1", cte="quoted-printable",
                 disposition="attachment", filename="formulario_MSO.txt")
    m.multi("mixed", [txt, att], style="std")


# -- 029 ---------------------------------------------------------------------
# Cancellation in Turkish, Gmail reply with the Turkish attribution line,
# quoting the confirmation (AG 1, 1 person).

@mail("sen-turkish-cancellation-gmail-quote", "2027-02-12 07:55:29",
      E("cancellation", "kubra.sen@mail.example", "Kübra Şen", None, [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Kübra Şen <kubra.sen@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAH6rTq3Wn8Yp1xZ5bK2vM9sD7fG0jLc4uE6oRaP8rB3xT1eMsQ@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270128110214.2e9b@muenster.example>"),
           ("References", "<mailbot.20270128110214.2e9b@muenster.example>"),
           ("MIME-Version", "1.0"))
    new = """Merhaba,

maalesef 13 Mart'ta işten izin alamadım, etkinliğe katılamayacağım. Kaydımı iptal edebilir misiniz? Yerime başka biri gelebilir.

İyi çalışmalar
Kübra Şen"""
    attribution = (f"Tag der Migrantenselbstorganisationen <{MSO}>, "
                   "28 Oca 2027 Per, 11:02 tarihinde şunu yazdı:")
    conf = confirmation("Frau Şen", "AG1", 1)
    plain = f"{new}\n\n{attribution}\n\n{gt_quote(conf)}"
    html_text = (gmail_html(new) + '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                 + esc(attribution) + '<br></div><blockquote class="gmail_quote" '
                 'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                 + "<br>".join(esc(line) for line in conf.split("\n")) + "</blockquote></div>\n")
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 030 ---------------------------------------------------------------------
# Two boxes ticked in the pasted form; the text says which is preferred
# (AG 2, AG 1 also fine) -> ["AG2", "AG1"].

@mail("hadzic-two-boxes-ticked-preference-in-text", "2027-02-15 18:00:53",
      E("registration", "amina.hadzic@mail.example", "Amina Hadžić",
        "Bosnisch-Herzegowinischer Kulturverein Münster", ["AG2", "AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Amina Hadžić", "amina.hadzic@mail.example", "iso-8859-2", "q")),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag 13.3."),
           ("Date", m.date),
           ("Message-ID", "<000c01db7fa2$5e3d1c40$1ab754c0$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

anbei mein ausgefülltes Formular. Ich habe zwei Kreuze gemacht, weil ich mich nicht entscheiden konnte – am liebsten wäre mir die AG 2, die AG 1 würde aber auch passen.

Name, Vorname: Hadžić, Amina
Organisation / Verein: Bosnisch-Herzegowinischer Kulturverein Münster
E-Mail: amina.hadzic@mail.example
Telefon: 0171 4402 985
Anzahl Personen (inkl. Ihnen): 1

Arbeitsgruppe (bitte eine ankreuzen):
[x] AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem
[x] AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte
[ ] AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement
Zweitwunsch (AG 1, 2 oder 3): ____

Dolmetschen / Barrierefreiheit / Ernährung: vegetarisch

Viele Grüße
Amina Hadžić
""", charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Turkish: the association's secretary forwards the chairman's mail as an
# attachment (message/rfc822) without saying where to confirm -> email is the
# association address it comes from; name is the chairman (the attendee).

AKSU_INNER = """Derya Hanım merhaba,

beni 13 Mart'taki MSO gününe kaydeder misiniz? Fördermittel grubuna katılmak istiyorum. Yalnız geleceğim.

Teşekkürler
Yusuf Aksu
"""

UCAR_TEXT = """Merhaba,

Derneğimizin başkanı Sayın Yusuf Aksu'nun MSO Günü kaydını ekte iletiyorum. Kendisi 3. çalışma grubuna katılmak istiyor.

Saygılarımızla
Derya Uçar
Sekreter
Münster Kültür ve Dayanışma Derneği e.V."""


@mail("ucar-forwards-chairman-turkish-rfc822", "2027-02-16 09:10:37",
      E("registration", "info@kultur-dayanisma-ms.example", "Yusuf Aksu",
        "Münster Kültür ve Dayanışma Derneği e.V.", ["AG3"], 1, "tr"), "tr")
def _(m):
    m.head(("From", "Münster Kültür ve Dayanışma Derneği <info@kultur-dayanisma-ms.example>"),
           ("To", MSO),
           ("Subject", "WG: MSO günü"),
           ("Thread-Topic", "MSO günü"),
           ("Thread-Index", "AQHbgC9yq2LxVb4mR1k0Tz8wN3sYdA=="),
           ("Date", m.date),
           ("Message-ID", "<DU2PR03MB7781B3C5E7A9D1F0@DU2PR03MB7781.eurprd03.prod.outlook.example>"),
           ("Content-Language", "tr-TR"),
           ("X-MS-Has-Attach", "yes"),
           ("MIME-Version", "1.0"))
    alt = m.alternative(UCAR_TEXT, outlook_html([UCAR_TEXT], charset="utf-8"), charset="utf-8",
                        cte="quoted-printable", style="outlook", top=False)
    inner = m.inner()
    m.head(("From", "Yusuf Aksu <yusuf.aksu@mail.example>"),
           ("To", "info@kultur-dayanisma-ms.example"),
           ("Subject", "MSO günü"),
           ("Date", "Mon, 15 Feb 2027 21:40:12 +0100"),
           ("Message-ID", "<4F2A9C1E-7B3D-4E85-A0C6-1D8E5F2B9A73@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D63)"),
           ("MIME-Version", "1.0"), received=False, msg=inner)
    m.single(AKSU_INNER, charset="utf-8", cte="quoted-printable", msg=inner)
    fwd = m.rfc822(inner, filename="MSO günü.eml", disposition="attachment")
    m.multi("mixed", [alt, fwd], style="outlook")


# -- 032 ---------------------------------------------------------------------
# Arabic, Gmail right-to-left HTML with a bilingual table (الاسم / Name ...);
# the number of persons is an Arabic-Indic digit ٣.

ALJUBOURI_BEFORE = """مرحباً،

نرسل لكم بيانات التسجيل ليوم منظمات المهاجرين الذاتية في 13 آذار:
"""
ALJUBOURI_ROWS = [("الاسم / Name", "عمر الجبوري"),
                  ("الجمعية / Verein", "الجمعية العراقية الألمانية في مونستر"),
                  ("مجموعة العمل / AG", "AG 2"),
                  ("عدد الأشخاص / Personen", "٣")]
ALJUBOURI_AFTER = """
مع الشكر والتقدير
عمر الجبوري"""


@mail("aljubouri-arabic-rtl-table-indic-digit", "2027-02-17 19:45:21",
      E("registration", "omar.aljubouri@mail.example", "عمر الجبوري",
        "الجمعية العراقية الألمانية في مونستر", ["AG2"], 3, "ar"), "ar")
def _(m):
    m.head(("From", "Omar Al-Jubouri <omar.aljubouri@mail.example>"),
           ("To", MSO),
           ("Subject", "تسجيل - Tag der Migrantenselbstorganisationen"),
           ("Date", m.date),
           ("Message-ID", "<CAB2vRt8Xq4Wn7yZ1bP5mK3sL9dF6hGc0uE2oTaJ4rQ8xV3eHnw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    plain = (ALJUBOURI_BEFORE + "\n" + "\n".join(f"{a}\t{b}" for a, b in ALJUBOURI_ROWS)
             + "\n" + ALJUBOURI_AFTER)
    html_text = (gmail_html(ALJUBOURI_BEFORE, rtl=True).rstrip("\n")[:-6]
                 + gmail_table(ALJUBOURI_ROWS, rtl=True)
                 + "".join(f'<div dir="rtl">{esc(line) if line else "<br>"}</div>'
                           for line in ALJUBOURI_AFTER.split("\n")) + "</div>\n")
    m.alternative(plain, html_text, charset="utf-8", cte="base64", style="gmail")


# -- 033 ---------------------------------------------------------------------
# Change, Russian: "from group 2 to group 1"; the corrected form is attached as
# a scan (image-only PDF from a phone app).  Gmail reply with the Russian
# attribution line, quoting the confirmation (AG 2, 1 person).

MOROZOV_NEW = """Здравствуйте!

Прошу перевести меня из рабочей группы 2 в группу 1 (образование). Исправленную анкету прикладываю (скан).

Спасибо!
Андрей Морозов"""


@mail("morozov-russian-change-with-scan", "2027-02-18 09:20:08",
      E("change", "andrey.morozov@mail.example", "Андрей Морозов", None,
        ["AG1"], None, "ru"), "ru")
def _(m):
    m.head(("From", "Andrey Morozov <andrey.morozov@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAJ4wPs7Rt2Yn9xQ6bM1vK8sF3dH5gLc2uE0oZaT7rW4xB9eCmA@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270128184012.8f3a@muenster.example>"),
           ("References", "<mailbot.20270128184012.8f3a@muenster.example>"),
           ("MIME-Version", "1.0"))
    attribution = (f"чт, 28 янв. 2027 г. в 18:40, Tag der Migrantenselbstorganisationen <{MSO}>:")
    conf = confirmation("Herr Morozov", "AG2", 1)
    plain = f"{MOROZOV_NEW}\n\n{attribution}\n\n{gt_quote(conf)}"
    html_text = (gmail_html(MOROZOV_NEW) + '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                 + esc(attribution) + '<br></div><blockquote class="gmail_quote" '
                 'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                 + "<br>".join(esc(line) for line in conf.split("\n")) + "</blockquote></div>\n")
    alt = m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable",
                        style="gmail", top=False)
    scan = photo_of_paper("morozov", 124, 176, lines=14)
    pdf = m.binary(scan_pdf(scan, 124, 176, "Adobe Scan for Android 24.12", "20270218091402+01'00'"),
                   "application", "pdf", "Scan 18.02.2027.pdf")
    m.multi("mixed", [alt, pdf], style="gmail")


# -- 034 ---------------------------------------------------------------------
# Text and attached form disagree on the number: the form (windows-1252 .txt)
# still says 2, the text says they are now three -> 3.  AG 3 from the form.

HAIDARI_FORM = """ANMELDUNG
Tag der Migrantenselbstorganisationen 2027
Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
Bitte bis zum 6. März 2027 zurück an mso-tag@muenster.example

Name, Vorname: Haidari, Samira
Organisation / Verein: Afghanischer Frauenverein Münster e.V.
E-Mail: samira.haidari@afv-muenster.example
Telefon: 0251 9 14 72 60
Anzahl Personen (inkl. Ihnen): 2

Arbeitsgruppe (bitte eine ankreuzen):
[ ] AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem
[ ] AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte
[x] AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement
Zweitwunsch (AG 1, 2 oder 3): ____

Dolmetschen / Barrierefreiheit / Ernährung: Dari-Dolmetschen für eine Person
"""


@mail("haidari-form-says-2-text-says-3", "2027-02-19 14:05:37",
      E("registration", "samira.haidari@afv-muenster.example", "Samira Haidari",
        "Afghanischer Frauenverein Münster e.V.", ["AG3"], 3, "de"), "de")
def _(m):
    m.head(("From", "Samira Haidari <samira.haidari@afv-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Afghanischer Frauenverein"),
           ("Date", m.date),
           ("Message-ID", "<9c3e1a52-d7f0-4b86-a2e9-5f1b8d0c6e37@afv-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    txt = m.text("""Liebe Frau Meza Correa-Flock,

im Anhang unser Anmeldeformular. Eine Änderung gegenüber dem Formular: Wir
sind inzwischen zu dritt, Frau Mariam Sultani kommt auch noch mit. Im
Formular steht noch 2.

Herzliche Grüße
Samira Haidari
Afghanischer Frauenverein Münster e.V.
""", charset="utf-8", cte="8bit")
    att = m.text(HAIDARI_FORM, charset="windows-1252", cte="quoted-printable",
                 disposition="attachment", filename="Anmeldung_AFV.txt")
    m.multi("mixed", [txt, att], style="thunderbird")


# -- 035 ---------------------------------------------------------------------
# Spanish, signed with the first name only; the full name and the association
# are in her own vCard (Apple, vCard 3.0, ORG with a trailing ";").
# First choice AG 2, else AG 3.

FERNANDEZ_TEXT = """Hola:

Me gustaría inscribirme en el Día de las Organizaciones de Migrantes del 13 de marzo. Prefiero el grupo de trabajo 2 (el futuro de Münster); si no quedan plazas, el 3. Iré sola.

Les adjunto mi tarjeta de contacto con todos mis datos.

Muchas gracias,
Lucía
"""

FERNANDEZ_VCARD = """BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//macOS 15.3//EN
N:Fernández Ortega;Lucía;;;
FN:Lucía Fernández Ortega
ORG:Asociación Hispano-Alemana de Münster;
EMAIL;type=INTERNET;type=HOME;type=pref:lucia.fo@mail.example
TEL;type=CELL;type=VOICE;type=pref:+49 160 99812734
END:VCARD
"""


@mail("fernandez-spanish-own-vcard-full-name", "2027-02-20 11:30:02",
      E("registration", "lucia.fo@mail.example", "Lucía Fernández Ortega",
        "Asociación Hispano-Alemana de Münster", ["AG2", "AG3"], 1, "es"), "es")
def _(m):
    m.head(("From", "Lucía <lucia.fo@mail.example>"),
           ("Subject", "Inscripción 13 de marzo"),
           ("Date", m.date),
           ("To", MSO),
           ("Message-Id", "<B5D2E8F1-3A6C-4097-8E1B-C4F7A0D3E962@mail.example>"),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    t1 = m.text(FERNANDEZ_TEXT, charset="utf-8", cte="quoted-printable")
    vcf = m.text(FERNANDEZ_VCARD, subtype="vcard", charset="utf-8", cte="quoted-printable",
                 disposition="attachment", filename="Lucía Fernández Ortega.vcf",
                 params={"x-unix-mode": "0644"})
    m.multi("mixed", [t1, vcf], style="apple")


# -- 036 ---------------------------------------------------------------------
# English text above a pasted form that disagrees: "I ticked AG 1 on the form
# by mistake - I meant ... (AG 3)" -> ["AG3"].

@mail("osman-form-ticked-by-mistake-text-corrects", "2027-02-22 16:40:45",
      E("registration", "amir.osman@mail.example", "Amir Osman",
        "Sudanese Community Münster", ["AG3"], 1, "en"), "en")
def _(m):
    m.head(("From", "Amir Osman <amir.osman@mail.example>"),
           ("To", MSO),
           ("Subject", "Registration MSO-Tag / correction"),
           ("Date", m.date),
           ("Message-ID", "<DB7P194MB0921C4A6E8F0B2D1@DB7P194MB0921.EURP194.PROD.OUTLOOK.example>"),
           ("MIME-Version", "1.0"))
    text = """Dear MSO team,

please find my registration below. One correction: I ticked AG 1 on the form by mistake - I meant the workgroup on funding and association management (AG 3). Sorry for the confusion!

Name, Vorname: Osman, Amir
Organisation / Verein: Sudanese Community Münster
E-Mail: amir.osman@mail.example
Telefon: 0157 8830 2214
Anzahl Personen (inkl. Ihnen): 1

Arbeitsgruppe (bitte eine ankreuzen):
[x] AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem
[ ] AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte
[ ] AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement
Zweitwunsch (AG 1, 2 oder 3): ____

Dolmetschen / Barrierefreiheit / Ernährung: halal food please

Best regards,
Amir Osman"""
    html_text = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                 '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>'
                 '</head><body dir="ltr"><div style="font-family: Aptos, Arial, Helvetica, sans-serif; '
                 'font-size: 12pt; color: rgb(0, 0, 0);">'
                 + "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
                 + "</div></body></html>\n")
    m.alternative(text, html_text, charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Outlook "Abgelehnt:" answer to the calendar invitation: the comment says he
# registered in January by mail and has to cancel -> cancellation.

RUSSO_COMMENT = """Liebe Frau Meza Correa-Flock,

ich hatte mich im Januar per Mail für die AG 2 angemeldet, muss aber leider absagen: Wir haben am 13. März unsere Mitgliederversammlung. Bitte streichen Sie mich von der Liste.

Viele Grüße
Giuseppe Russo
Italienischer Kulturkreis Münster e.V."""


@mail("russo-outlook-declined-cancels-registration-ics", "2027-02-24 08:15:33",
      E("cancellation", "g.russo@ikk-muenster.example", "Giuseppe Russo",
        "Italienischer Kulturkreis Münster e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", '"Russo, Giuseppe" <g.russo@ikk-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Abgelehnt: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbZQ3xKc7s1m2lT0qA4rWbN8yF5gABb4Rz"),
           ("Date", m.date),
           ("Message-ID", "<GV1PR07MB8890E2B4D6F8A0C1@GV1PR07MB8890.eurprd07.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("X-MS-TNEF-Correlator", ""),
           ("MIME-Version", "1.0"))
    ics = outlook_reply_ics("DECLINED", "Russo, Giuseppe", "g.russo@ikk-muenster.example",
                            "Abgelehnt: " + INVITATION_SUBJECT, RUSSO_COMMENT, "20270224071529Z")
    parts = [m.text(RUSSO_COMMENT, "plain", "utf-8", "quoted-printable"),
             m.text(outlook_html([RUSSO_COMMENT], charset="utf-8"), "html", "utf-8",
                    "quoted-printable"),
             m.text(ics, "calendar", "utf-8", "base64", params={"method": "REPLY"})]
    m.multi("alternative", parts, style="outlook")


# -- 038 ---------------------------------------------------------------------
# Question in Arabic about the form itself (may it be filled in Arabic, may a
# phone photo be sent instead of the Word file); no registration yet.

ALALI_TEXT = """مرحباً،

وصلتني دعوتكم مع استمارة التسجيل. هل يمكنني تعبئة الاستمارة باللغة العربية، أم يجب أن تكون بالألمانية؟ وهل يمكن إرسالها صورةً من الهاتف بدلاً من ملف Word؟

شكراً لكم
سلمى العلي
رابطة المرأة العربية في مونستر"""


@mail("alali-arabic-question-about-form", "2027-02-25 20:50:14",
      E("question", "salma.alali@mail.example", "سلمى العلي",
        "رابطة المرأة العربية في مونستر", [], None, "ar"), "ar")
def _(m):
    m.head(("From", addr("سلمى العلي", "salma.alali@mail.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", ew("سؤال عن استمارة التسجيل", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAD8tYq2Lm6Wp3nR9bX4vK1sJ7dG0fHc5uE8oPaS2rT6xN4eBkw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALALI_TEXT, gmail_html(ALALI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 039 ---------------------------------------------------------------------
# Other: the venue's event office sends a meeting request (METHOD:REQUEST) for a
# walk-through, with the seating plan as a PDF; it names the event but is not
# a registration.

SCHULZE_TEXT = """Hallo zusammen,

wie telefonisch besprochen, schlage ich für die Begehung des Festsaals und der drei Gruppenräume Dienstag, 9. März, 14:00 Uhr vor. Den Bestuhlungsplan für den 13. März (90 Plätze im Saal, je 30 in den Gruppenräumen) habe ich angehängt. Bitte sagen Sie kurz zu oder schlagen Sie einen anderen Termin vor.

Viele Grüße
Martina Schulze-Dieckhoff
Veranstaltungsmanagement Stadtweinhaus"""

SCHULZE_ICS = ics_fold("""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + VTIMEZONE_OUTLOOK + """
BEGIN:VEVENT
ORGANIZER;CN=Schulze-Dieckhoff, Martina:mailto:m.schulze-dieckhoff@stadtweinhaus-ms.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tag der Migrantenselbstorganisationen:mailto:mso-tag@muenster.example
DESCRIPTION;LANGUAGE=de-DE:Hallo zusammen\\,\\n\\nwie telefonisch besprochen\\, schlage ich für die Begehung des Festsaals und der drei Gruppenräume Dienstag\\, 9. März\\, 14:00 Uhr vor.\\n
UID:040000008200E00074C5B7101A82E00800000000F0A8C61D2E67DB010000000000000000100000004B7E2C9A1D3F5E6071829304A5B6C7D8
SUMMARY;LANGUAGE=de-DE:Begehung Stadtweinhaus – Tag der Migrantenselbstorganisationen
DTSTART;TZID=W. Europe Standard Time:20270309T140000
DTEND;TZID=W. Europe Standard Time:20270309T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20270301120012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Stadtweinhaus\\, Foyer
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR""") + "\n"


@mail("stadtweinhaus-meeting-request-other", "2027-03-01 13:00:12",
      E("other"), "de")
def _(m):
    m.head(("From", '"Schulze-Dieckhoff, Martina" <m.schulze-dieckhoff@stadtweinhaus-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "Begehung Stadtweinhaus – Tag der Migrantenselbstorganisationen"),
           ("Thread-Topic", "Begehung Stadtweinhaus – Tag der Migrantenselbstorganisationen"),
           ("Thread-Index", "AdtqL1b9Xk4mQ7sWR0yZcE2vTn5H8g=="),
           ("Date", m.date),
           ("Message-ID", "<BE1P281MB2630A5C7E9F1B3D2@BE1P281MB2630.DEUP281.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", "yes"),
           ("X-MS-TNEF-Correlator", ""),
           ("MIME-Version", "1.0"))
    alt = m.multi("alternative", [
        m.text(SCHULZE_TEXT, "plain", "utf-8", "quoted-printable"),
        m.text(outlook_html([SCHULZE_TEXT], charset="utf-8"), "html", "utf-8", "quoted-printable"),
        m.text(SCHULZE_ICS, "calendar", "utf-8", "base64", params={"method": "REQUEST"})],
        style="outlook", top=False)
    plan = photo_of_paper("bestuhlungsplan", 176, 124, lines=8, ink=False)
    pdf = m.binary(scan_pdf(plan, 176, 124, "Microsoft: Print To PDF", "20270301115502+01'00'"),
                   "application", "pdf", "Bestuhlungsplan_Festsaal.pdf")
    m.multi("mixed", [alt, pdf], style="outlook")


# -- 040 ---------------------------------------------------------------------
# Change: four instead of three persons and AG 1 instead of AG 3, with the new
# list as a typed table (Name | Verein | AG).  Thunderbird reply quoting the
# confirmation (AG 3, 3 persons) below.

YILDIZ_NEW = """Hallo,

bei unserer Anmeldung hat sich etwas geändert: Wir sind jetzt vier Personen und möchten alle in die AG 1 statt in die AG 3, weil das Thema Schule bei uns gerade wichtiger ist. Hier die aktuelle Liste:

| Name            | Verein                      | AG   |
|-----------------|-----------------------------|------|
| Gülistan Yıldız | Kurdischer Frauenverein Jin | AG 1 |
| Berfin Aslan    | Kurdischer Frauenverein Jin | AG 1 |
| Nesrin Doğan    | Kurdischer Frauenverein Jin | AG 1 |
| Zozan Tekin     | Kurdischer Frauenverein Jin | AG 1 |

Viele Grüße
Gülistan Yıldız
Kurdischer Frauenverein Jin e.V."""


@mail("yildiz-change-table-four-persons-ag1", "2027-03-04 10:30:26",
      E("change", "gulistan.yildiz@jin-ms.example", "Gülistan Yıldız",
        "Kurdischer Frauenverein Jin e.V.", ["AG1"], 4, "de"), "de")
def _(m):
    m.head(("From", "Gülistan Yıldız <gulistan.yildiz@jin-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<e4a70c2b-58d1-4f39-b6e0-9d2c1a7f3b84@jin-ms.example>"),
           ("In-Reply-To", "<mailbot.20270203162205.1f7c@muenster.example>"),
           ("References", "<mailbot.20270203162205.1f7c@muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""{YILDIZ_NEW}

Am 03.02.27 um 16:22 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(confirmation("Frau Yıldız", "AG3", 3))}
""", charset="utf-8", cte="8bit")


# -- 041 ---------------------------------------------------------------------
# Cancellation, English, Outlook HTML only (utf-8), quoting the confirmation
# (AG 2, 1 person) under English "From: / Sent: / To: / Subject:" labels.

MWALE_TEXT = """Dear Ms Meza Correa-Flock,

I am sorry, but I have to cancel my registration for the MSO day on 13 March. Our organisation has scheduled a training in Dortmund on the same day and I need to be there.

I hope to join next year.

Kind regards,
Fiona Mwale
Zambian Community NRW"""


@mail("mwale-english-cancellation-outlook-html", "2027-03-05 17:20:40",
      E("cancellation", "f.mwale@zambia-community.example", "Fiona Mwale",
        "Zambian Community NRW", [], None, "en"), "en")
def _(m):
    m.head(("From", "Fiona Mwale <f.mwale@zambia-community.example>"),
           ("To", TO_MSO),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbdR2kPq8sWx1nM4bT7vZc0yLg5AABcD3f"),
           ("Date", m.date),
           ("Message-ID", "<LO2P265MB4410F6A8C0E2B4D3@LO2P265MB4410.GBRP265.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270201093044.5b2d@muenster.example>"),
           ("References", "<mailbot.20270201093044.5b2d@muenster.example>"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "01 February 2027 09:30",
             "Fiona Mwale <f.mwale@zambia-community.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Mwale", "AG2", 1))
    m.single(outlook_html([MWALE_TEXT], charset="utf-8", quote=quote,
                          labels=("From", "Sent", "To", "Subject")),
             subtype="html", charset="utf-8", cte="quoted-printable")


# -- 042 ---------------------------------------------------------------------
# Exchange automatic reply to the reminder, English, with the signature logo
# inline (multipart/related); Auto-Submitted: auto-generated.

VERMA_TEXT = """Thank you for your email.

I am out of the office until Monday, 15 March 2027, with limited access to email. For urgent matters please contact our office at office@diaspora-link.example.

Best regards,
Rahul Verma
Diaspora Link e.V."""


@mail("verma-exchange-automatic-reply-logo", "2027-03-06 10:02:09",
      E("auto_reply"), "en")
def _(m):
    m.head(("From", "Rahul Verma <r.verma@diaspora-link.example>"),
           ("To", TO_MSO),
           ("Subject", "Automatic reply: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Thread-Index", "AQHbjk3mQ9x2Lw7pRb1sT4vZc8yNeA=="),
           ("Date", m.date),
           ("Message-ID", "<AM6PR10MB2231B7D9F1A3C5E4@AM6PR10MB2231.EURPRD10.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270306100000.0a1b@muenster.example>"),
           ("References", "<mailbot.20270306100000.0a1b@muenster.example>"),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "r.verma@diaspora-link.example"),
           ("Content-Language", "en-US"),
           ("MIME-Version", "1.0"))
    plain = VERMA_TEXT + "\n\n[cid:image001.png@01DB8E5A.2C4F1B30]"
    html_text = outlook_html([VERMA_TEXT], charset="utf-8").replace(
        "\n</div>\n</body>",
        '\n<p class=MsoNormal><img width=120 height=40 src="cid:image001.png@01DB8E5A.2C4F1B30" '
        'alt="Diaspora Link"><o:p></o:p></p>\n</div>\n</body>')
    alt = m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable",
                        style="outlook", top=False)
    logo = m.binary(make_png(120, 40, [(240, 240, 240), (196, 60, 40)], "diaspora-logo"),
                    "image", "png", "image001.png", disposition="inline",
                    cid="<image001.png@01DB8E5A.2C4F1B30>")
    m.multi("related", [alt, logo], style="outlook", params={"type": "multipart/alternative"})


# -- 043 ---------------------------------------------------------------------
# After the deadline, from an iPhone: a scanned form (PDF from the Notes app,
# no text) and the data in one sentence in the text.  Still a registration.

@mail("okonkwo-late-scan-and-summary-iphone", "2027-03-08 07:45:58",
      E("registration", "vanessa.okonkwo@mail.example", "Vanessa Okonkwo",
        "Afro-Deutscher Verein Münster", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Vanessa Okonkwo <vanessa.okonkwo@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung (sorry, spät!)"),
           ("Date", m.date),
           ("Message-ID", "<8E3B0D6F-1C2A-4F97-B5E4-7A9D2C0F3B18@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D63)"),
           ("MIME-Version", "1.0 (1.0)"))
    t1 = m.text("""Guten Morgen,

sorry für die späte Anmeldung, ich hoffe, es geht noch! Das Formular hab ich als Scan angehängt. Kurz zusammengefasst: Vanessa Okonkwo, Afro-Deutscher Verein Münster, AG 1, ich komme allein.

Liebe Grüße
Vanessa
""", charset="utf-8", cte="quoted-printable")
    scan = photo_of_paper("okonkwo", 124, 176, lines=14)
    pdf = m.binary(scan_pdf(scan, 124, 176, "iOS Version 18.3 (Build 22D63) Quartz PDFContext",
                            "20270308074402+01'00'"),
                   "application", "pdf", "Gescanntes Dokument.pdf", disposition="inline")
    t2 = m.text("\n\nVon meinem iPhone gesendet", charset="us-ascii", cte="7bit")
    m.multi("mixed", [t1, pdf, t2], style="apple")


# -- 044 ---------------------------------------------------------------------
# Cancellation in Russian (UTF-8 base64), quoting the confirmation (AG 1,
# 3 persons) with a Mail.ru-style attribution line.

FAST_NEW = """Добрый день!

К сожалению, мы не сможем прийти 13 марта – в этот день у нашего хора концерт, который перенесли. Пожалуйста, отмените нашу регистрацию (3 человека).

Извините за беспокойство.
Людмила Фаст
Хор «Берёзка» Мюнстер"""


@mail("fast-russian-cancellation-mailru-quote", "2027-03-10 12:30:17",
      E("cancellation", "l.fast@mail.example", "Людмила Фаст", "Хор «Берёзка» Мюнстер",
        [], None, "ru"), "ru")
def _(m):
    m.head(("From", addr("Людмила Фаст", "l.fast@mail.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1773142217.771340912@f402.i.mail.example>"),
           ("In-Reply-To", "<mailbot.20270203121005.3d8e@muenster.example>"),
           ("References", "<mailbot.20270203121005.3d8e@muenster.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single(f"""{FAST_NEW}


Среда, 3 февраля 2027, 12:10 +01:00 от Tag der Migrantenselbstorganisationen <{MSO}>:
{gt_quote(confirmation("Frau Fast", "AG1", 3))}
""", charset="utf-8", cte="base64")



# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def build_all():
    built = []
    last = None
    for n, (slug, when, tz, expected, text_lang, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when, tz)
        fn(m)
        if last and m.when < last:
            raise SystemExit(f"{slug}: dates must rise with the numbering")
        last = m.when
        name = f"{n:03d}-{slug}.eml"
        built.append((name, m, expected, text_lang))
    return built


def leaves(part):
    """Leaf parts in walk order; attached messages (message/rfc822) are entered,
    delivery-status blocks are not leaves."""
    ctype = part.get_content_type()
    if part.get_content_maintype() == "multipart":
        for p in part.iter_parts():
            yield from leaves(p)
    elif ctype == "message/rfc822":
        yield from leaves(part.get_content())
    elif part.get_content_maintype() != "message":
        yield part


def all_parts(part):
    yield part
    if part.get_content_type() == "message/rfc822":
        yield from all_parts(part.get_content())
    elif part.is_multipart():
        for p in part.get_payload():
            yield from all_parts(p)


EXAMPLE_DOMAIN = re.compile(r"(^|\.)(example|example\.org|example\.com|example\.net)$", re.I)
URL_ALLOWED = ("schemas.microsoft.com", "www.w3.org", "schema.org",
               "schemas.openxmlformats.org")


def mail_text(msg):
    """Decoded headers and text parts of a message, attached messages included."""
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_type() == "text/calendar":
            chunks.append(p.get_content().replace("\r\n", "\n").replace("\n ", ""))
        elif p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    return "\n".join(chunks)


def from_address(msg):
    return getaddresses([str(msg["From"])])[0][1].lower()


def check_labels(e, msg, text):
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WG_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if wg and kind not in ("registration", "change"):
        problems.append("workgroups for a kind that has none")
    ps = e["party_size"]
    if kind == "registration":
        if not (isinstance(ps, int) and ps >= 1):
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if ps is not None and not (isinstance(ps, int) and ps >= 1):
            problems.append("change party_size must be null or >= 1")
    elif ps is not None:
        problems.append("party_size must be null for this kind")
    low = unicodedata_nfc(text).lower()
    if kind in PERSON_KINDS:
        if e["language"] not in LANGS:
            problems.append(f"language {e['language']} not in {LANGS}")
        if not e["email"] or e["email"] != e["email"].lower():
            problems.append("email missing or not lower-case")
        elif e["email"] not in low:
            problems.append("email occurs nowhere in the mail")
        if not e["name"]:
            problems.append("person mail without name")
        for key in ("name", "organisation"):
            if e[key] and unicodedata_nfc(e[key]).lower() not in low:
                problems.append(f"{key} {e[key]!r} not written in the mail")
        if kind in ("change", "cancellation") and msg["In-Reply-To"] is None:
            problems.append("change/cancellation that answers nothing")
    else:
        for key in ("email", "name", "organisation", "language"):
            if e[key] is not None:
                problems.append(f"{key} must be null for {kind}")
    if kind == "bounce":
        b = e["bounced_recipient"]
        if not b or b != b.lower():
            problems.append("bounced_recipient missing or not lower-case")
        rcpts = [str(bl.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for bl in p.get_payload()]
        if not any(b and b in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient only for bounces")
    return problems


def unicodedata_nfc(s):
    return unicodedata.normalize("NFC", s)


def check(name, data, m, expected):
    """Problems found in one written mail (empty list when fine)."""
    problems = []
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 1, 12, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 3, 13, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside 12 Jan - 12 Mar 2027")
    got = [p.get_content() for p in leaves(msg)]
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (g, w) in enumerate(zip(got, want)):
        if isinstance(w, bytes):
            if g != w:
                problems.append(f"part {i}: attachment bytes differ")
        elif not isinstance(g, str) or g.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
    text = mail_text(msg)
    # content IDs (cid:..., Content-ID: <...>) look like addresses but are not
    scan = re.sub(r"(cid:|Content-ID: <)[^\s>\]\"]+", "", text)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", scan):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", scan):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in URL_ALLOWED:
            problems.append(f"non-example URL host {dom}")
    problems += check_labels(expected, msg, text)
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    print("kinds:", dict(sorted(kinds.items())))
    langs = sorted({t for _, _, _, t in built}, key=LANGS.index)
    print("kind \\ text language: " + " ".join(f"{l:>3}" for l in langs) + "  all")
    for k in KINDS:
        if kinds[k]:
            print(f"  {k:13}" + "".join(f"{table[(k, l)] or '-':>4}" for l in langs)
                  + f"{kinds[k]:>5}")
    types, encs, atts = collections.Counter(), collections.Counter(), collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            if p.get_content_disposition() == "attachment" or p.get_content_maintype() != "text":
                atts[p.get_content_type()] += 1
            if p.get_content_maintype() == "text":
                encs[(p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
        for p in all_parts(msg):
            if p.get_content_type() == "message/rfc822":
                atts["message/rfc822"] += 1
    print("top-level content types:", dict(sorted(types.items())))
    print("attachments and non-text parts:", dict(sorted(atts.items())))
    print("text parts by (charset, transfer encoding):")
    for (cs, cte), k in sorted(encs.items()):
        print(f"  {cs:14} {cte:18} {k}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="write nothing; compare with the files on disk")
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
        on_disk = sorted(p.name for p in mails_dir.glob("*.eml"))
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

    senders = collections.Counter()
    for (name, m, e, _), data in zip(built, datas):
        for problem in check(name, data, m, e):
            print(f"{name}: {problem}")
            bad += 1
        senders[from_address(email.message_from_bytes(data, policy=email.policy.default))] += 1
    for s, k in senders.items():
        if k > 1:
            print(f"sender {s} occurs {k} times")
            bad += 1
    if not 40 <= len(built) <= 45:
        print(f"{len(built)} mails; the set should have 40-45")
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
