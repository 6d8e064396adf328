#!/usr/bin/env python3
"""Build the "bilingual" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

45 mails to the MSO-Tag 2027 (same config as ../dev) in which writers give their
message twice: in their own language and in German or English, by hand, by a
translation app, or both pasted together.  Every mail text below is written by
hand; this script only wraps the texts in MIME with the standard `email`
package, writes the files and reads every file back to check it.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).
Paths are relative to this script's folder.  Python 3.11, standard library only.
"""

import argparse
import collections
import datetime
import email
import email.policy
import hashlib
import html
import json
import re
import struct
import sys
import zlib
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"
INVITATION_ID = "<kiz.mso2027.einladung.20270111103002@muenster.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")


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


# ---------------------------------------------------------------------------
# building one message
# ---------------------------------------------------------------------------

class Mail:
    """One .eml under construction; remembers what each leaf part must decode to."""

    def __init__(self, slug, when, tz_hours=1):
        self.slug = slug
        tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
        self.when = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
        self.date = format_datetime(self.when)
        self.msg = EmailMessage(policy=POLICY)
        self.intended = []          # decoded content of each leaf, in walk order
        self.crlf = False
        self._nboundary = 0

    # -- headers -----------------------------------------------------------
    def head(self, *pairs, envelope=None, received=True, crlf=False):
        """Set trace headers (Return-Path, Delivered-To, Received), then `pairs`
        in the given order.  ASCII values (plain or already RFC 2047-encoded)
        are stored verbatim, folded at spaces when long; values with non-ASCII
        characters go through the policy, which encodes them as UTF-8."""
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", MSO)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=3)).astimezone(
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

    # -- leaves --------------------------------------------------------------
    def _record(self, content):
        self.intended.append(content)

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None, record=True):
        """A text leaf part (MIMEPart), for use inside a multipart."""
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
        if record:
            self._record(text)
        return p

    def binary(self, data, maintype, subtype, filename, disposition="attachment"):
        p = MIMEPart(policy=POLICY)
        p.set_content(data, maintype=maintype, subtype=subtype, cte="base64",
                      disposition=disposition, filename=filename)
        self._record(data)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
               params=None):
        """The whole body is one text part."""
        # set_content() drops every Content-* header; keep Content-Language.
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte,
                             params=params)
        for k, v in keep:
            self.msg[k] = v
        self._record(text)

    # -- containers ----------------------------------------------------------
    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_AM9PR07MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.muenster.example"
        return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{self._nboundary}"

    def multi(self, subtype, parts, style="std", params=None, top=True):
        """A multipart container; top=True makes it the message body itself."""
        m = self.msg if top else MIMEPart(policy=POLICY)
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

    # -- output ----------------------------------------------------------------
    def as_bytes(self):
        pol = POLICY.clone(linesep="\r\n") if self.crlf else POLICY
        return self.msg.as_bytes(policy=pol)


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


def rfc822_part(inner, description="Undelivered Message"):
    part = MIMEPart(policy=POLICY)
    part.set_content(inner, cte="7bit")
    part["Content-Description"] = description
    return part


# ---------------------------------------------------------------------------
# generated attachments (small, deterministic)
# ---------------------------------------------------------------------------

def make_pdf(lines):
    """A minimal one-page PDF showing `lines` (ASCII)."""
    ops = ["BT", "/F1 20 Tf", "60 770 Td"]
    for i, line in enumerate(lines):
        if i == 1:
            ops.append("/F1 12 Tf")
        ops.append(f"({line}) Tj")
        ops.append("0 -24 Td")
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("ascii")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
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
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def make_png(width=64, height=40):
    """A small RGB PNG: sky, a red-and-white banner, grass."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            if y < 14:
                px = (135, 190, 235)
            elif y < 24:
                px = (200, 30, 40) if (x // 8) % 2 == 0 else (250, 250, 250)
            else:
                px = (70, 150, 60)
            row += bytes(px)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


# ---------------------------------------------------------------------------
# texts that several mails quote (the city's invitation, mailbot's
# confirmation and reminder, as this set imagines them)
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung zum Tag der Migrantenselbstorganisationen am 13. März 2027"

INVITATION = """Sehr geehrte Damen und Herren,
liebe Engagierte in den Migrantenselbstorganisationen,

am Samstag, dem 13. März 2027, findet von 10 bis 16 Uhr im Stadtweinhaus
(Prinzipalmarkt 8, 48143 Münster) der diesjährige Tag der
Migrantenselbstorganisationen statt. Dazu laden wir Sie herzlich ein.

Am Nachmittag tagen drei Arbeitsgruppen parallel:

  AG 1  Menschen mit Migrationsvorgeschichte im Bildungssystem
  AG 2  Münsters Zukunftsprozess aus der Sicht der Menschen mit
        Migrationsvorgeschichte
  AG 3  Förderungsmöglichkeiten und effektives Vereinsmanagement

Anmeldungen nehmen wir bis Samstag, 6. März 2027, unter
mso-tag@muenster.example entgegen. Bitte schreiben Sie uns, wer kommt, für
welche Organisation, in welche Arbeitsgruppe Sie möchten (ein Zweitwunsch
hilft uns bei der Planung) und wie viele Personen Sie insgesamt sind.

Die Teilnahme ist kostenfrei, für Verpflegung ist gesorgt. Die
Veranstaltungssprache ist Deutsch.

Freundliche Grüße
Kommunales Integrationszentrum Münster
Ximena Meza Correa-Flock"""

CONFIRMATION_SUBJECT = "Anmeldebestätigung: Tag der Migrantenselbstorganisationen 2027"
REMINDER_SUBJECT = "Erinnerung: Tag der Migrantenselbstorganisationen am 13. März"

AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(salutation, ag, persons):
    """The confirmation mailbot sent (quoted in replies, returned in bounces)."""
    return f"""Guten Tag {salutation},

Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027 ist bei uns
eingegangen. Vielen Dank!

Termin:        Samstag, 13. März 2027, 10:00–16:00 Uhr
Ort:           Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
Arbeitsgruppe: {AG_LINE[ag]}
Personen:      {persons}

Falls sich etwas ändert (andere Arbeitsgruppe, mehr oder weniger Personen)
oder Sie nicht kommen können, antworten Sie bitte einfach auf diese
Nachricht.

Mit freundlichen Grüßen
Ihr Team vom Tag der Migrantenselbstorganisationen"""


def reminder(ag, persons):
    return f"""Guten Tag,

in einer Woche ist es so weit: Am Samstag, 13. März 2027, findet von 10 bis
16 Uhr der Tag der Migrantenselbstorganisationen im Stadtweinhaus,
Prinzipalmarkt 8, 48143 Münster, statt.

Sie sind angemeldet für: {AG_LINE[ag]}
Personen: {persons}

Falls Sie doch nicht kommen können, sagen Sie bitte kurz ab, indem Sie auf
diese E-Mail antworten. So können Personen von der Warteliste nachrücken.

Wir freuen uns auf Sie!
Ihr Team vom Tag der Migrantenselbstorganisationen"""


def bot_message(to, subject, body, when, msgid, in_reply_to=None, auto="auto-replied"):
    """A message mailbot sent, as a whole (for message/rfc822 parts of bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_MSO
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = when
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m["Auto-Submitted"] = auto
    m["MIME-Version"] = "1.0"
    m.set_content(body, charset="utf-8", cte="quoted-printable")
    return m


# ---------------------------------------------------------------------------
# HTML the mail clients write
# ---------------------------------------------------------------------------

RTL = re.compile(r"[\u0590-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")


def is_rtl(line):
    return bool(RTL.search(line))


def gmail_html(text, quote_attr=None, quoted=None):
    """Gmail compose HTML: one <div> per line, right-to-left lines marked;
    a reply adds the gmail_quote block."""
    def div(line):
        if not line:
            return "<div><br></div>"
        d = ' dir="rtl"' if is_rtl(line) else ""
        return f"<div{d}>{esc(line)}</div>"
    out = '<div dir="ltr">' + "".join(div(x) for x in text.split("\n")) + "</div>"
    if quote_attr:
        q = "<br>".join(esc(x) for x in quoted.split("\n"))
        out += ('<br><div class="gmail_quote gmail_quote_container">'
                f'<div dir="ltr" class="gmail_attr">{esc(quote_attr)}<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                f'{q}</blockquote></div>')
    return out + "\n"


def apple_html(text, quote_attr=None, quoted=None):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    if quote_attr:
        q = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in quoted.split("\n"))
        inner += (f'<div><br><blockquote type="cite"><div>{esc(quote_attr)}</div><br>'
                  f'{q}</blockquote></div>')
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def div_html(text, font="font-family: Arial, sans-serif; font-size: 10pt;"):
    """Webmail HTML: one <div> per line."""
    def div(line):
        if not line:
            return "<div>&nbsp;</div>"
        d = ' dir="rtl" style="text-align: right;"' if is_rtl(line) else ""
        return f"<div{d}>{esc(line)}</div>"
    divs = "".join(div(x) for x in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


OUTLOOK_STYLE = """<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.E-MailFormatvorlage17
	{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style>"""


def outlook_head(charset):
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" "
            "xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" "
            "xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
            f"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">\n"
            "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
            + OUTLOOK_STYLE + "\n</head>\n"
            "<body lang=DE link=\"#467886\" vlink=\"#96607D\" style='word-wrap:break-word'>\n"
            "<div class=WordSection1>\n")


def mso_p(line, rtl_lang="AR-SA"):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    if is_rtl(line):
        return (f"<p class=MsoNormal dir=RTL style='text-align:right;direction:rtl;"
                f"unicode-bidi:embed'><span lang={rtl_lang}>{esc(line)}</span>"
                "<span dir=LTR><o:p></o:p></span></p>")
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="utf-8", rtl_lang="AR-SA"):
    """Outlook HTML for `text`; quote = (von, gesendet, an, betreff, quoted_text)."""
    out = [mso_p(line, rtl_lang) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span style='font-family:\"Calibri\",sans-serif'>Von:</span></b>"
                   f"<span style='font-family:\"Calibri\",sans-serif'> {esc(von)} <br>\n"
                   f"<b>Gesendet:</b> {esc(gesendet)}<br>\n"
                   f"<b>An:</b> {esc(an)}<br>\n"
                   f"<b>Betreff:</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return outlook_head(charset) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    return (f"{text}\n\nVon: {von}\nGesendet: {gesendet}\nAn: {an}\n"
            f"Betreff: {betreff}\n\n{quoted}")


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_languages, builder)


def mail(slug, when, expected, text_langs, tz=1):
    """text_langs: the languages the mail's own text is written in, main one first."""
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_langs, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Arabic first, then "--- Deutsch ---" with the same content; one Latin
# signature at the very end.  The association is named in Arabic in the
# Arabic text and by its registered German name in the German text and the
# signature.  Gmail, multipart/alternative, UTF-8 base64, Arabic-Indic digit.

HADDAD_TEXT = """مرحباً،

أود أن أسجّل نفسي وزميلتي لمى الحسن للمشاركة في يوم منظمات المهاجرين الذاتية يوم ١٣ آذار. نرغب في المشاركة في مجموعة العمل الأولى (التعليم)، لأننا نعمل مع أهالي التلاميذ في المدارس.

نحن من جمعية الياسمين الثقافية السورية في مونستر.

شكراً جزيلاً

--- Deutsch ---

Hallo,

ich möchte mich und meine Kollegin Lama Al-Hassan für den MSO-Tag am 13. März anmelden. Wir interessieren uns für die AG 1 (Bildung), weil wir mit Eltern von Schülern arbeiten.

Wir kommen vom Syrischen Kulturverein Jasmin.

Vielen Dank
Rania Haddad
Syrischer Kulturverein Jasmin Münster e.V."""


@mail("haddad-arabic-then-german", "2027-01-12 09:14:27",
      E("registration", "rania.haddad@mail.example", "Rania Haddad",
        "Syrischer Kulturverein Jasmin Münster e.V.", ["AG1"], 2, "ar"), ["ar", "de"])
def _(m):
    m.head(("From", "Rania Haddad <rania.haddad@mail.example>"),
           ("To", MSO),
           ("Subject", ew("التسجيل / Anmeldung MSO-Tag", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAJ3nWq8s0Lk2vR7pZt4yXc9mB1eHd6uFgQa5oNi2KwS0rTj7Vg@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    parts = [m.text(HADDAD_TEXT, "plain", "utf-8", "base64"),
             m.text(gmail_html(HADDAD_TEXT), "html", "utf-8", "base64")]
    m.multi("alternative", parts, style="gmail")


# -- 002 ---------------------------------------------------------------------
# The whole Google Translate web page pasted: the tab labels, the language
# bar, the Turkish original, the character counter, the German output and
# the "Feedback" links.  The translation turned the first name "Umut" into
# "Hoffnung"; the name is Umut Kaya (From, Turkish original).  He is in no
# association ("Herhangi bir derneğe üye değilim").  Plain UTF-8 QP.

@mail("kaya-google-translate-page-paste", "2027-01-12 21:47:03",
      E("registration", "umutkaya78@mail.example", "Umut Kaya", None,
        ["AG3"], 1, "tr"), ["tr", "de"])
def _(m):
    m.head(("From", "Umut Kaya <umutkaya78@mail.example>"),
           ("To", MSO),
           ("Subject", ew("katılım / Teilnahme", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<1736714823.118204.1920@webmail.mail.example>"),
           ("X-Mailer", "Webmail 3.1"),
           ("MIME-Version", "1.0"))
    m.single("""Text
Dokumente
Bilder
Websites
Sprache erkennen
Türkisch
Deutsch
Englisch

Merhaba,
Adım Umut Kaya. 13 Mart'taki MSO gününe katılmak istiyorum. Üçüncü çalışma grubuna, yani dernek yönetimi ve destek imkanları grubuna katılmak istiyorum. Herhangi bir derneğe üye değilim ama arkadaşlarla yakında bir dernek kurmayı düşünüyoruz, o yüzden bu konu çok ilgimi çekiyor.
Tek başıma geleceğim.
Saygılarımla
Umut Kaya
338 / 5.000
Hallo,
Mein Name ist Hoffnung Kaya. Ich möchte am MSO-Tag am 13. März teilnehmen. Ich möchte an der dritten Arbeitsgruppe teilnehmen, also der Gruppe Vereinsverwaltung und Unterstützungsmöglichkeiten. Ich bin kein Mitglied eines Vereins, aber wir denken mit Freunden darüber nach, bald einen Verein zu gründen, deshalb interessiert mich dieses Thema sehr.
Ich werde alleine kommen.
Mit meinen Respekten
Hoffnung Kaya
Übersetzungsergebnisse
Feedback geben
""", charset="utf-8", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# Farsi first with a first and a second choice (Persian digits), then a
# shorter German version that only names AG 2.  The second choice stands:
# the German leaves it out, it does not take it back.  Thunderbird, 8bit.

@mail("mohammadi-farsi-second-choice-only-in-farsi", "2027-01-13 10:05:51",
      E("registration", "p.mohammadi@simorgh-verein.example", "Parisa Mohammadi",
        "Kulturverein Simorgh Münster e.V.", ["AG2", "AG1"], 1, "fa"), ["fa", "de"])
def _(m):
    m.head(("From", "Parisa Mohammadi <p.mohammadi@simorgh-verein.example>"),
           ("To", MSO),
           ("Subject", ew("ثبت‌نام روز MSO – Anmeldung", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<a41f07c2-5d9e-4b38-8e6a-c2f19d0b7e53@simorgh-verein.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "fa-IR"),
           ("MIME-Version", "1.0"))
    m.single("""سلام و وقت بخیر،

من پریسا محمدی هستم از انجمن فرهنگی سیمرغ در مونستر. می‌خواهم برای روز سازمان‌های خودیار مهاجران در ۱۳ مارس ثبت‌نام کنم.
اولویت اول من کارگروه ۲ (فرایند آینده‌ی مونستر) است. اگر آنجا جا نبود، کارگروه ۱ (آموزش) هم برایم خوب است.
تنها می‌آیم.

با تشکر

-----

Hallo,

ich bin Parisa Mohammadi vom Kulturverein Simorgh. Ich möchte mich für den MSO-Tag am 13. März anmelden, für die AG 2. Ich komme allein.

Vielen Dank
Parisa Mohammadi
Kulturverein Simorgh Münster e.V.
""", charset="utf-8", cte="8bit")


# -- 004 ---------------------------------------------------------------------
# Russian and German disagree on the number: the Russian names three people
# (herself, Olga Belova and Olga's husband Andrej), the German says "zu
# zweit" and names only Olga.  Label 3 (see README).  Both versions are
# signed, in Cyrillic and in Latin; the Latin form is expected.  Cyrillic
# display name as UTF-8 B-word; body UTF-8 base64, webmail alternative.

SOKOLOVA_TEXT = """Здравствуйте!

Хочу зарегистрировать нас на День организаций мигрантов 13 марта. Нас будет трое: я, моя коллега Ольга Белова и её муж Андрей, он тоже много помогает нашему обществу. Мы все хотим в рабочую группу 2 (будущее Мюнстера).

С уважением,
Ирина Соколова

* * *

Guten Tag,

hiermit melde ich uns zum MSO-Tag am 13. März an. Wir kommen zu zweit, ich und meine Kollegin Olga Belova, in die AG 2.

Mit freundlichen Grüßen
Irina Sokolova
Russischsprachiger Familienverein Rodina e.V."""


@mail("sokolova-russian-three-german-two", "2027-01-14 18:22:40",
      E("registration", "i.sokolova@rodina-verein.example", "Irina Sokolova",
        "Russischsprachiger Familienverein Rodina e.V.", ["AG2"], 3, "ru"), ["ru", "de"])
def _(m):
    m.head(("From", addr("Ирина Соколова", "i.sokolova@rodina-verein.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", ew("Регистрация / Anmeldung 13.03.", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1736875360.604518219@f412.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    parts = [m.text(SOKOLOVA_TEXT, "plain", "utf-8", "base64"),
             m.text(div_html(SOKOLOVA_TEXT), "html", "utf-8", "base64")]
    m.multi("alternative", parts)


# -- 005 ---------------------------------------------------------------------
# Registers in German (a small form), then asks a question in Ukrainian
# "because it is easier for me" (childcare for her son).  Registration; the
# language to answer in is Ukrainian.  Outlook, HTML only, UTF-8 QP, CRLF.

MELNYK_TEXT = """Sehr geehrte Damen und Herren,

hiermit melde ich mich verbindlich für den Tag der Migrantenselbstorganisationen am 13.03.2027 an:

Name: Oksana Melnyk
Verein: Ukrainischer Kulturverein Kalyna e.V.
Arbeitsgruppe: AG 1 – Bildungssystem
Personen: 1

Шановні організатори,
маю ще одне питання, яке мені легше поставити українською: чи можна прийти з сином (йому 7 років)? Чи буде під час заходу догляд за дітьми? Якщо ні, попрошу чоловіка побути з ним удома.

З повагою / Mit freundlichen Grüßen
Oksana Melnyk
Ukrainischer Kulturverein Kalyna e.V.
Vorstand"""


@mail("melnyk-german-form-ukrainian-question", "2027-01-15 08:31:12",
      E("registration", "o.melnyk@kalyna-ms.example", "Oksana Melnyk",
        "Ukrainischer Kulturverein Kalyna e.V.", ["AG1"], 1, "uk"), ["de", "uk"])
def _(m):
    m.head(("From", '"Melnyk, Oksana" <o.melnyk@kalyna-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung MSO-Tag 2027"),
           ("Thread-Topic", "Anmeldung MSO-Tag 2027"),
           ("Thread-Index", "AdtnQ2m4c5XwY0m8Tn2P7QeVb1Kx9A=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB7421C0E5A18F2B6D93E4A7C1B2D5A@DB9PR03MB7421.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "de-DE, uk-UA"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"), crlf=True)
    m.single(outlook_html(MELNYK_TEXT), subtype="html", charset="utf-8",
             cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Polish first ("wersja niemiecka poniżej"), then German; both say AG III.
# Outlook plain text, windows-1250 QP (Polish letters, German umlauts and
# the typographic quotes of the association's name).

@mail("nowak-schulte-polish-german", "2027-01-15 13:50:08",
      E("registration", "a.nowak-schulte@most-verein.example", "Agnieszka Nowak-Schulte",
        "Polnischer Kulturverein „Most“ Münster e.V.", ["AG3"], 1, "pl"), ["pl", "de"])
def _(m):
    m.head(("From", "Agnieszka Nowak-Schulte <a.nowak-schulte@most-verein.example>"),
           ("To", MSO),
           ("Subject", ew("Zgłoszenie / Anmeldung – Tag der MSO", "windows-1250", "q")),
           ("Date", m.date),
           ("Message-ID", "<002101db6752$8e4f1a20$aaed4e60$@most-verein.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"), crlf=True)
    m.single("""Dzień dobry,

(wersja niemiecka poniżej)

chciałabym zgłosić swój udział w Dniu Organizacji Migranckich 13 marca. Interesuje mnie III grupa robocza – dofinansowania i zarządzanie stowarzyszeniem, bo od stycznia jestem skarbniczką w naszym stowarzyszeniu „Most”. Będę sama.

Pozdrawiam serdecznie

--

Guten Tag,

hiermit melde ich mich zum MSO-Tag am 13. März an, für die AG III (Förderung und Vereinsmanagement). Ich komme allein.

Herzliche Grüße
Agnieszka Nowak-Schulte
Kassiererin
Polnischer Kulturverein „Most“ Münster e.V.
""", charset="windows-1250", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Tigrinya (Ge'ez script, Western digits) and learner German.  She comes
# with two women of the community: three persons in both versions.  Gmail,
# alternative, UTF-8 base64.

TEKLE_TEXT = """ሰላም ንዅሉኹም፣

ኣነ ሰላም ተኽለ እየ፣ ካብ ማሕበረሰብ ኤርትራውያን ሙንስተር። ምስ ክልተ ደቂ ኣንስትዮ ካብ ማሕበርና ኮይንና ናብ መዓልቲ ማሕበራት ስደተኛታት ብ13 መጋቢት ክንመጽእ ንደሊ። ብድምር ሰለስተ ሰባት ኢና። ኣብ ጉጅለ ስራሕ 1 (ትምህርቲን ቤት ትምህርትን) ክንሳተፍ ንደሊ።

የቐንየልና

Hallo,

ich bin Selam Tekle von Eritreische Gemeinde. Ich komme mit zwei Frauen aus unsere Verein zu MSO Tag am 13 März. Wir sind 3 Person. Wir möchten gehen in AG 1 Schule, weil wir haben Kinder in Schule.

Danke schön
Selam Tekle
Eritreische Gemeinde Münster e.V."""


@mail("tekle-tigrinya-learner-german", "2027-01-17 19:04:33",
      E("registration", "selam.tekle@mail.example", "Selam Tekle",
        "Eritreische Gemeinde Münster e.V.", ["AG1"], 3, "ti"), ["ti", "de"])
def _(m):
    m.head(("From", "Selam Tekle <selam.tekle@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAB8xT2nQk5vLm0pWd3sYr7gHc1uFe9oZa4iNb6tJ2qMx8KsR0w@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    parts = [m.text(TEKLE_TEXT, "plain", "utf-8", "base64"),
             m.text(gmail_html(TEKLE_TEXT), "html", "utf-8", "base64")]
    m.multi("alternative", parts, style="gmail")


# -- 008 ---------------------------------------------------------------------
# Kurmanji and German.  Both give AG 2 first and AG 3 second; the Kurmanji
# says "em du kes in" (we are two), the German "Mein Mann kommt auch mit".
# The centre is named in Kurdish in the text, by its German registered name
# in the signature.  iso-8859-9 QP (ê î û ş ç and umlauts).

@mail("ekinci-kurmanji-german", "2027-01-18 11:12:19",
      E("registration", "zelal.ekinci@mezopotamya-ms.example", "Zelal Ekinci",
        "Mezopotamya Kulturzentrum Münster e.V.", ["AG2", "AG3"], 2, "ku"), ["ku", "de"])
def _(m):
    m.head(("From", "Zelal Ekinci <zelal.ekinci@mezopotamya-ms.example>"),
           ("To", MSO),
           ("Subject", ew("Tomarkirin / Anmeldung MSO-Tag", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270118101219.3f8a2c1e@mezopotamya-ms.example>"),
           ("X-Mailer", "Claws Mail 4.1.1"),
           ("MIME-Version", "1.0"))
    m.single("""Silav û rêz,

Ez Zelal Ekinci me, ji Navenda Çanda Mezopotamya. Ez dixwazim beşdarî Roja Rêxistinên Koçberan a 13ê Adarê bibim. Ji bo min koma xebatê ya duyemîn (pêvajoya pêşerojê ya Münsterê) herî girîng e, heke cih tune be, koma sêyemîn jî baş e.
Ez û hevjînê xwe Rênas em ê bên, yanî em du kes in.

Spas

----

Guten Tag,

ich bin Zelal Ekinci vom Mezopotamya Kulturzentrum. Ich möchte zum MSO-Tag am 13. März kommen, am liebsten in die AG 2, sonst AG 3. Mein Mann kommt auch mit.

Viele Grüße
Zelal Ekinci
Mezopotamya Kulturzentrum Münster e.V.
""", charset="iso-8859-9", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Spanish and English.  The English registers and asks about childcare; the
# Spanish adds that without childcare she might have to cancel at the last
# minute.  Still a registration (see README).  Apple Mail, alternative.

FERNANDEZ_TEXT = """Hola:

Me llamo Lucía Fernández Ortega y colaboro con la asociación Puente. Me gustaría participar el 13 de marzo en el grupo de trabajo 1, sobre el sistema educativo.
Una pregunta: ¿habrá cuidado de niños? Tengo una hija de 5 años y los sábados no siempre encuentro a alguien que se quede con ella. Si no hay, a lo mejor tengo que cancelar a última hora, espero que no.

Hello,

My name is Lucía Fernández Ortega, I volunteer with the association Puente. I would like to register for working group 1 (education system) on 13 March. Is there any childcare during the event?

Muchas gracias / Thank you very much
Lucía Fernández Ortega
Puente – Lateinamerikanischer Verein Münster e.V."""


@mail("fernandez-spanish-english-childcare", "2027-01-19 22:40:55",
      E("registration", "lucia.fernandez@mail.example", "Lucía Fernández Ortega",
        "Puente – Lateinamerikanischer Verein Münster e.V.", ["AG1"], 1, "es"), ["es", "en"])
def _(m):
    m.head(("From", "=?utf-8?Q?Luc=C3=ADa_Fern=C3=A1ndez_Ortega?= <lucia.fernandez@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Inscripción / Registration – Día MSO 13 de marzo", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<7D2E5A91-0C4B-4F38-B6A2-91E3D7C05F18@mail.example>"),
           ("X-Mailer", "Apple Mail (2.3776.700.51)"),
           ("MIME-Version", "1.0 (Mac OS X Mail 16.0 \\(3776.700.51\\))"))
    parts = [m.text(FERNANDEZ_TEXT, "plain", "utf-8", "quoted-printable"),
             m.text(apple_html(FERNANDEZ_TEXT), "html", "utf-8", "quoted-printable")]
    m.multi("alternative", parts, style="apple")


# -- 010 ---------------------------------------------------------------------
# Greek and English, iso-8859-7 QP: the charset has no "ü", so the English
# and the signature write "Muenster".  Both versions: he and his wife, AG 2.
# Signed in both scripts on one line; the Latin form is expected.

@mail("karagiannis-greek-english-iso-8859-7", "2027-01-20 20:15:02",
      E("registration", "n.karagiannis@mail.example", "Nikos Karagiannis",
        "Griechischer Elternverein Muenster e.V.", ["AG2"], 2, "el"), ["el", "en"])
def _(m):
    m.head(("From", "Nikos Karagiannis <n.karagiannis@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Συμμετοχή / Registration MSO Day", "iso-8859-7", "b")),
           ("Date", m.date),
           ("Message-ID", "<000c01db6b6f$2a9e7c40$7fdb74c0$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "el"),
           ("MIME-Version", "1.0"))
    m.single("""Καλησπέρα σας,

θα ήθελα να δηλώσω συμμετοχή για την Ημέρα των Οργανώσεων Μεταναστών στις 13 Μαρτίου. Θα έρθω μαζί με τη σύζυγό μου. Μας ενδιαφέρει η ομάδα εργασίας 2, για το μέλλον της πόλης. Εκπροσωπούμε τον Σύλλογο Ελλήνων Γονέων.

Good evening,

I would like to register my wife and me for the MSO Day on 13 March, working group 2 (the future of Muenster). We come from the Greek parents' association.

Με εκτίμηση / Kind regards
Νίκος Καραγιάννης / Nikos Karagiannis
Griechischer Elternverein Muenster e.V.
""", charset="iso-8859-7", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# German only, machine-translated from Arabic: literal greeting and blessing,
# Arabic word order ("Wir werden sein drei Personen"), an Arabic phrase left
# untranslated, "(Übersetzt von Google)" at the end.  The only text is
# German, so the language is de (see README).  Phone mail, UTF-8 QP.

@mail("nasser-google-translated-german-only", "2027-01-21 07:02:44",
      E("registration", "yousef.nasser@mail.example", "Yousef Nasser",
        "Arabisches Kulturhaus Münster e.V.", ["AG3"], 3, "de"), ["de"])
def _(m):
    m.head(("From", "Yousef Nasser <yousef.nasser@mail.example>"),
           ("To", MSO),
           ("Subject", "Registrierung Tag Organisationen Migranten"),
           ("Date", m.date),
           ("Message-ID", "<h8k2p0.1768975364.huawei@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Frieden sei auf euch und die Barmherzigkeit Gottes,

Ich bin Yousef Nasser, der Präsident des Arabischen Kulturhauses in Münster. Ich möchte mich registrieren für den Tag der Organisationen der Migranten selbst am Samstag 13 März. Wir werden sein drei Personen, ich und zwei von Mitgliedern der Verwaltung. Wir wollen teilnehmen an der Arbeitsgruppe von Förderung und Verwaltung der Vereine, weil unser Verein braucht Hilfe in dem Thema des Geldes.

Und Gott belohne euch mit Gutem, wir sehen uns إن شاء الله.

Yousef Nasser
Arabisches Kulturhaus Münster e.V.

(Übersetzt von Google)

Von meinem Huawei-Smartphone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Dari (fa) and English; the association appears three times: in Dari, in
# English, and by its German registered name in the signature (expected).
# Signed in Persian script under the Dari, in Latin under the English.
# Outlook.com, alternative, UTF-8 QP.

NOORI_TEXT = """سلام علیکم،

اسم من فرید نوری است و مسئول امور مالی انجمن فرهنگی افغان‌های مونستر هستم. می‌خواهم در روز سازمان‌های مهاجرین شرکت کنم، در کارگروه سوم (امکانات حمایت مالی و مدیریت انجمن). همراه با یک همکارم می‌آیم، جمعاً دو نفر.

با احترام
فرید نوری

Hello,

My name is Farid Noori, I am the treasurer of the Afghan Cultural Association in Münster. I want to register for the MSO day, working group 3 (funding and association management). I will come with one colleague, so two persons.

Best regards
Farid Noori
Afghanischer Kulturverein Münster e.V."""


@mail("noori-dari-english-three-org-names", "2027-01-22 16:40:17",
      E("registration", "farid.noori@afghan-ms.example", "Farid Noori",
        "Afghanischer Kulturverein Münster e.V.", ["AG3"], 2, "fa"), ["fa", "en"])
def _(m):
    m.head(("From", "Farid Noori <farid.noori@afghan-ms.example>"),
           ("To", MSO),
           ("Subject", "Registration MSO day / ثبت نام"),
           ("Date", m.date),
           ("Message-ID", "<PAXP193MB1734E2C9A0B5D6F7E8A1C3B4D5E6@PAXP193MB1734.EURP193.PROD.OUTLOOK.example>"),
           ("MIME-Version", "1.0"))
    parts = [m.text(NOORI_TEXT, "plain", "utf-8", "quoted-printable"),
             m.text(div_html(NOORI_TEXT, "font-family: Calibri, Helvetica, sans-serif; font-size: 12pt;"),
                    "html", "utf-8", "quoted-printable")]
    m.multi("alternative", parts, style="outlook")


# -- 013 ---------------------------------------------------------------------
# Russian first, then German with an explicit wish: "Bitte antworten Sie mir
# auf Deutsch, lesen kann ich gut".  Language de (see README).  She writes as
# a mother of two pupils, for no organisation.  UTF-8 8bit plain.

@mail("becker-russian-german-answer-in-german", "2027-01-25 09:55:38",
      E("registration", "l.becker@mail.example", "Ljudmila Becker", None,
        ["AG1"], 1, "de"), ["ru", "de"])
def _(m):
    m.head(("From", "Ljudmila Becker <l.becker@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung / Регистрация"),
           ("Date", m.date),
           ("Message-ID", "<b2c81e4f-66a0-4d3b-9f57-e03a1c8d42b9@mail.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день!

Пишу сначала по-русски, так мне проще, а ниже то же самое по-немецки. Я хотела бы записаться на День организаций мигрантов 13 марта, в первую рабочую группу (образование). У меня двое детей-школьников, и я хочу лучше понимать, как устроена школьная система здесь.
Приду одна.

Guten Tag,

ich möchte mich für den MSO-Tag am 13. März anmelden, AG 1 Bildung. Ich habe zwei Schulkinder und möchte das Schulsystem hier besser verstehen. Ich komme allein.
Bitte antworten Sie mir auf Deutsch, lesen kann ich gut, nur das Schreiben fällt mir schwer.

Mit freundlichen Grüßen
Ljudmila Becker
""", charset="utf-8", cte="8bit")


# -- 014 ---------------------------------------------------------------------
# DeepL output first, with the line DeepL's free version appends, then
# "Оригінал:" and the Ukrainian original.  The workgroup is only
# paraphrased ("Zukunftsprozess von Münster" = AG 2); she and her daughter
# = 2.  Signed in Latin and (in the original) Cyrillic.  Gmail, QP.

SAVCHUK_TEXT = """Guten Tag,

mein Name ist Nataliia Savchuk, ich lebe seit 2022 in Münster. Ich möchte mich für den Tag der Migrantenorganisationen am 13. März anmelden. Ich interessiere mich für die Arbeitsgruppe „Zukunftsprozess von Münster aus der Sicht von Menschen mit Migrationsgeschichte“. Wir werden zu zweit sein – ich und meine Tochter (sie ist 19 Jahre alt).
Ich bin Mitglied der Fraueninitiative Berehynia e.V.

Mit freundlichen Grüßen,
Nataliia Savchuk

Übersetzt mit DeepL Translator (kostenlose Version)

Оригінал:

Добрий день,

мене звати Наталія Савчук, я живу в Мюнстері з 2022 року. Хочу зареєструватися на День організацій мігрантів 13 березня. Мене цікавить робоча група «Процес майбутнього Мюнстера з погляду людей з міграційною історією». Нас буде двоє – я і моя донька (їй 19 років).
Я членкиня жіночої ініціативи Berehynia e.V.

З повагою,
Наталія Савчук"""


@mail("savchuk-deepl-then-ukrainian-original", "2027-01-26 14:18:06",
      E("registration", "n.savchuk@mail.example", "Nataliia Savchuk",
        "Berehynia e.V.", ["AG2"], 2, "uk"), ["uk", "de"])
def _(m):
    m.head(("From", "Nataliia Savchuk <n.savchuk@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Tag der Migrantenorganisationen"),
           ("Date", m.date),
           ("Message-ID", "<CAGp4Rt1yZ8wQe3nLk6vXo2sMd9bHf0uJc5aTi7gNr1pWq4Ey3A@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    parts = [m.text(SAVCHUK_TEXT, "plain", "utf-8", "quoted-printable"),
             m.text(gmail_html(SAVCHUK_TEXT), "html", "utf-8", "quoted-printable")]
    m.multi("alternative", parts, style="gmail")


# -- 015 ---------------------------------------------------------------------
# Turkish and German name different numbers for the same workgroup: the
# Turkish says "3. çalışma grubu (destek imkânları ve etkili dernek
# yönetimi)", the German "AG 2 - Fördermöglichkeiten und Vereinsmanagement".
# Both titles and the Turkish number mean AG 3; he is the treasurer.  Label
# AG3 (see README).  Two persons in both.  iso-8859-9 QP, Outlook plain.

@mail("yavuz-turkish-3-german-2-title-fordermoglichkeiten", "2027-01-27 10:33:29",
      E("registration", "hakan.yavuz@anadolu-genclik.example", "Hakan Yavuz",
        "Anadolu Jugend- und Kulturverein Münster e.V.", ["AG3"], 2, "tr"), ["tr", "de"])
def _(m):
    m.head(("From", "Hakan Yavuz <hakan.yavuz@anadolu-genclik.example>"),
           ("To", MSO),
           ("Subject", ew("MSO Günü kaydı / Anmeldung", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<001501db70a1$5c3e2b10$14ba8130$@anadolu-genclik.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"), crlf=True)
    m.single("""Merhaba,

Derneğimiz adına 13 Mart'taki MSO Günü'ne katılmak istiyorum. Derneğimizin saymanı olduğum için 3. çalışma grubuna (destek imkânları ve etkili dernek yönetimi) katılmak istiyorum. Yanımda yönetim kurulundan Emre Şahin de gelecek, yani iki kişiyiz.

Selamlar

---

Hallo,

ich möchte mich mit meinem Vorstandskollegen Emre Şahin für die AG 2 - Fördermöglichkeiten und Vereinsmanagement anmelden. Wir sind 2 Personen.

Gruß
Hakan Yavuz
Kassenwart
Anadolu Jugend- und Kulturverein Münster e.V.
""", charset="iso-8859-9", cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# Question in Arabic and German: is there interpreting into Arabic?  "If
# there is, I will register four or five women."  Nobody is registered yet.
# Gmail, alternative, UTF-8 QP.

BENHADDOU_TEXT = """السلام عليكم،

أنا مسؤولة عن مجموعة من الأمهات في جمعيتنا. كثير منهن يرغبن في المشاركة في يوم منظمات المهاجرين، لكن لغتهن الألمانية ضعيفة. هل ستكون هناك ترجمة فورية إلى العربية، على الأقل في مجموعة العمل الأولى؟ إذا كانت هناك ترجمة، سأسجل أربع أو خمس نساء.

Guten Tag,

kurze Frage: Gibt es beim MSO-Tag eine Übersetzung ins Arabische, zum Beispiel in der AG 1? Einige Mütter aus unserem Verein würden gern kommen, sprechen aber wenig Deutsch. Wenn ja, melde ich 4–5 Frauen an.

Vielen Dank und viele Grüße
Samira Benhaddou
Marokkanischer Familienverein Al Amal Münster e.V."""


@mail("benhaddou-question-arabic-interpreting", "2027-01-28 12:07:51",
      E("question", "samira.benhaddou@mail.example", "Samira Benhaddou",
        "Marokkanischer Familienverein Al Amal Münster e.V.", [], None, "ar"), ["ar", "de"])
def _(m):
    m.head(("From", "Samira Benhaddou <samira.benhaddou@mail.example>"),
           ("To", MSO),
           ("Subject", ew("سؤال / Frage: Übersetzung ins Arabische?", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAN5mQz7rTk2yHw0pLe8vBd3xSj6oGf1uKa9nRc4iWt2bYh5Ms0@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    parts = [m.text(BENHADDOU_TEXT, "plain", "utf-8", "quoted-printable"),
             m.text(gmail_html(BENHADDOU_TEXT), "html", "utf-8", "quoted-printable")]
    m.multi("alternative", parts, style="gmail")


# -- 017 ---------------------------------------------------------------------
# Registers in Arabic (AG 2, alone, and a question about a prayer room),
# then "Kurz auf Deutsch:" with the same facts in one line.  The display
# name is in Arabic script, the signature in Latin (expected).  UTF-8 base64.

@mail("saleh-arabic-registration-german-summary", "2027-01-28 15:50:22",
      E("registration", "huda.saleh@mail.example", "Huda Saleh",
        "Deutsch-Arabischer Frauenverein Al-Nour e.V.", ["AG2"], 1, "ar"), ["ar", "de"])
def _(m):
    m.head(("From", addr("هدى صالح", "huda.saleh@mail.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", ew("تسجيل – Anmeldung AG 2", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<9f3d0a7e-2b41-4c85-a6e9-5d17c0b8f324@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم ورحمة الله،

أنا هدى صالح من جمعية النور للنساء الألمانيات العربيات. أرغب في التسجيل في يوم منظمات المهاجرين يوم السبت ١٣ آذار/مارس، في مجموعة العمل الثانية حول مستقبل مدينة مونستر. سأحضر وحدي.
عندي سؤال: هل يوجد في المبنى مكان هادئ لأداء الصلاة؟ لأن البرنامج يستمر حتى الرابعة عصراً.

جزاكم الله خيراً

Kurz auf Deutsch: Anmeldung für AG 2, 1 Person. Und eine Frage: Gibt es im Stadtweinhaus einen ruhigen Raum zum Beten?

Huda Saleh
Deutsch-Arabischer Frauenverein Al-Nour e.V.
""", charset="utf-8", cte="base64")


# -- 018 ---------------------------------------------------------------------
# Vietnamese and a much shorter English version from a phone.  Only the
# Vietnamese says that her husband comes too ("Vợ chồng em ... (2 người)")
# and names the association.  Her fullest name is "Trần Thị Mai"; the
# English and the display name have "Mai Tran".  UTF-8 QP.

@mail("tran-vietnamese-husband-only-in-vietnamese", "2027-01-29 23:11:45",
      E("registration", "tranthimai.ms@mail.example", "Trần Thị Mai",
        "Hội Người Việt tại Münster", ["AG2"], 2, "vi"), ["vi", "en"])
def _(m):
    m.head(("From", "Mai Tran <tranthimai.ms@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Đăng ký / Registration", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<E1A7C3F0-5B92-4D6E-8A14-2F9C0D7B3E65@mail.example>"),
           ("X-Mailer", "iPhone Mail (22C152)"),
           ("MIME-Version", "1.0"))
    m.single("""Chào anh chị,

Em tên là Trần Thị Mai, em là hội viên Hội Người Việt tại Münster. Em muốn đăng ký tham dự Ngày các tổ chức tự lập của người di cư vào thứ Bảy 13/3. Vợ chồng em sẽ cùng đi (2 người). Tụi em muốn tham gia nhóm làm việc số 2 về tương lai của thành phố Münster.
Em cảm ơn anh chị nhiều ạ!

Hello,
I am Mai Tran. I want to register for the working group 2 on 13 March. Thank you!

Mai

Sent from my iPhone
""", charset="utf-8", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Sorani Kurdish (Arabic script, Eastern Arabic digits) and German.  The
# German names the association in the dative ("vom Kurdischen
# Frauenverein Münster"); the signature has the base form.  Webmail
# alternative, UTF-8 base64.

KARIM_TEXT = """سڵاو،

من شیلان کەریمم، لە کۆمەڵەی ژنانی کورد لە مونستەر. دەمەوێت بەشداری ڕۆژی ڕێکخراوەکانی کۆچبەران بکەم لە ١٣ی مارس. حەز دەکەم لە گروپی کاری یەکەم بم (پەروەردە و قوتابخانە).
تەنها خۆم دێم.

سوپاس

Hallo,
ich bin Shilan Karim vom Kurdischen Frauenverein Münster. Ich melde mich für den MSO-Tag an, Arbeitsgruppe 1 (Bildung). Ich komme allein.
Danke

Shilan Karim
Kurdischer Frauenverein Münster e.V."""


@mail("karim-sorani-german", "2027-02-01 17:45:10",
      E("registration", "shilan.karim@mail.example", "Shilan Karim",
        "Kurdischer Frauenverein Münster e.V.", ["AG1"], 1, "ku"), ["ku", "de"])
def _(m):
    m.head(("From", "Shilan Karim <shilan.karim@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<trinity-3e7a91c0-4f2b-48d6-b5a3-c8e02d6f1b97-1769964310218@3c-app-mailcom-bs05>"),
           ("MIME-Version", "1.0"))
    parts = [m.text(KARIM_TEXT, "plain", "utf-8", "base64"),
             m.text(div_html(KARIM_TEXT), "html", "utf-8", "base64")]
    m.multi("alternative", parts)


# -- 020 ---------------------------------------------------------------------
# A German social worker registers herself and five women of the women's
# group (6), then adds an Arabic version a colleague translated "so that
# the women in copy know what I wrote".  The writer's language is German.
# Outlook, alternative, Cc to the group's mailbox.

VOGT_TEXT = """Liebes Team vom MSO-Tag,

ich leite den Internationalen Frauentreff im Nachbarschaftshaus Kinderhaus und möchte mich gemeinsam mit fünf Teilnehmerinnen unseres Frauentreffs anmelden, insgesamt also 6 Personen. Die Frauen interessieren sich sehr für die AG 1 (Bildungssystem), viele haben Kinder in der Grundschule.

Unten steht der Text noch einmal auf Arabisch. Meine Kollegin hat ihn übersetzt, damit die Frauen in Kopie wissen, was ich geschrieben habe.

Viele Grüße
Katharina Vogt
Sozialarbeiterin
Nachbarschaftshaus Kinderhaus e.V.

عزيزاتي،
سجّلتُ اليوم ست نساء منّا (أنا مع خمس مشاركات من لقاء النساء الدولي) في يوم منظمات المهاجرين يوم السبت ١٣ آذار، في مجموعة العمل الأولى عن التعليم والمدارس. سأرسل لكنّ التفاصيل قريباً.
كاتارينا"""


@mail("vogt-social-worker-german-plus-arabic-for-cc", "2027-02-02 11:20:36",
      E("registration", "k.vogt@nbh-kinderhaus.example", "Katharina Vogt",
        "Nachbarschaftshaus Kinderhaus e.V.", ["AG1"], 6, "de"), ["de", "ar"])
def _(m):
    m.head(("From", '"Vogt, Katharina" <k.vogt@nbh-kinderhaus.example>'),
           ("To", TO_MSO),
           ("Cc", "Frauentreff Kinderhaus <frauentreff@nbh-kinderhaus.example>"),
           ("Subject", "Anmeldung Frauentreff Kinderhaus – MSO-Tag 13.03."),
           ("Thread-Topic", "Anmeldung Frauentreff Kinderhaus – MSO-Tag 13.03."),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB2518D4A7C09E1B3F25A6C8D7E9F0A@FR3P281MB2518.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"), crlf=True)
    parts = [m.text(outlook_plain(VOGT_TEXT), "plain", "utf-8", "quoted-printable"),
             m.text(outlook_html(VOGT_TEXT), "html", "utf-8", "quoted-printable")]
    m.multi("alternative", parts, style="outlook")


# -- 021 ---------------------------------------------------------------------
# Polish and its Google translation pasted as the app shows them, with the
# language labels.  The translation turned the club's name "Orzeł" into
# "Adler"; his mail program's signature names the club as registered.
# "Przyjdę z żoną" = 2.  iso-8859-2 QP, name in an iso-8859-2 Q-word.

@mail("wisniewski-polish-google-app-paste", "2027-02-03 20:56:13",
      E("registration", "k.wisniewski@mail.example", "Krzysztof Wiśniewski",
        "PKS Orzeł Münster e.V.", ["AG3"], 2, "pl"), ["pl", "de"])
def _(m):
    m.head(("From", addr("Krzysztof Wiśniewski", "k.wisniewski@mail.example", "iso-8859-2", "q")),
           ("To", MSO),
           ("Subject", ew("Zgłoszenie - Dzień Organizacji Migrantów", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<5a0e7c2d-913b-4f68-a2d4-70c8b1e3f956@mail.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.18.0"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single("""Polnisch (erkannt)
Dzień dobry, nazywam się Krzysztof Wiśniewski i jestem członkiem zarządu Polskiego Klubu Sportowego „Orzeł” Münster. Chciałbym się zgłosić na Dzień Organizacji Migrantów 13 marca, do grupy roboczej nr 3 (dofinansowania i zarządzanie stowarzyszeniem). Przyjdę z żoną, która prowadzi u nas księgowość.
Pozdrawiam, Krzysztof Wiśniewski

Deutsch
Guten Tag, mein Name ist Krzysztof Wiśniewski und ich bin Vorstandsmitglied des Polnischen Sportvereins „Adler“ Münster. Ich möchte mich für den Tag der Migrantenorganisationen am 13. März anmelden, für die Arbeitsgruppe Nr. 3 (Zuschüsse und Vereinsverwaltung). Ich komme mit meiner Frau, die bei uns die Buchhaltung führt.
Mit freundlichen Grüßen, Krzysztof Wiśniewski

-- 
Krzysztof Wiśniewski
PKS Orzeł Münster e.V.
tel. 0176 4418 2093
""".replace("„", '"').replace("”", '"').replace("“", '"'), charset="iso-8859-2", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# Outlook, HTML only, right-to-left Arabic paragraphs and German ones; both
# versions signed with name, office and association (Arabic and German).
# The Latin name and the German association name are expected.  UTF-8 QP.

MANSOUR_TEXT = """السادة المحترمون في بلدية مونستر،

تحية طيبة وبعد،

يسرني أن أسجل حضوري في يوم منظمات المهاجرين الذاتية بتاريخ ١٣/٣/٢٠٢٧، وأرغب في المشاركة في مجموعة العمل الثالثة الخاصة بإمكانيات الدعم والإدارة الفعالة للجمعيات.

مع فائق الاحترام،
خالد منصور
رئيس الجمعية الثقافية العراقية بابل

Sehr geehrte Damen und Herren,

gerne melde ich mich zum Tag der Migrantenselbstorganisationen am 13.03.2027 an und möchte an der Arbeitsgruppe 3 (Förderungsmöglichkeiten und effektives Vereinsmanagement) teilnehmen.

Mit freundlichen Grüßen
Khaled Mansour
Vorsitzender
Irakischer Kulturverein Babylon e.V."""


@mail("mansour-outlook-html-rtl-both-signatures", "2027-02-04 08:12:57",
      E("registration", "k.mansour@babylon-verein.example", "Khaled Mansour",
        "Irakischer Kulturverein Babylon e.V.", ["AG3"], 1, "ar"), ["ar", "de"])
def _(m):
    m.head(("From", "Khaled Mansour <k.mansour@babylon-verein.example>"),
           ("To", TO_MSO),
           ("Subject", ew("تسجيل / Anmeldung Tag der Migrantenselbstorganisationen", "utf-8", "b")),
           ("Thread-Topic", ew("تسجيل / Anmeldung Tag der Migrantenselbstorganisationen", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<VI1PR08MB5342B7E0C4A9D12F83B6E5A0C9D4F@VI1PR08MB5342.eurprd08.prod.outlook.example>"),
           ("Accept-Language", "ar-SA, de-DE"),
           ("Content-Language", "ar-SA"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"), crlf=True)
    m.single(outlook_html(MANSOUR_TEXT), subtype="html", charset="utf-8",
             cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# Spanish first (himself, AG 3), then a short German version that adds a
# colleague: "Meine Kollegin Carmen Soto kommt auch mit, wir sind also zu
# zweit."  The detail only in the German stands: 2.  UTF-8 QP.

@mail("ramirez-spanish-german-colleague-only-in-german", "2027-02-05 15:30:48",
      E("registration", "diego.ramirez@mail.example", "Diego Ramírez",
        "Centro Cultural Chileno Münster e.V.", ["AG3"], 2, "es"), ["es", "de"])
def _(m):
    m.head(("From", "=?iso-8859-1?Q?Diego_Ram=EDrez?= <diego.ramirez@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Inscripción / Anmeldung MSO-Tag", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<3f6b2d90-8a1c-4e57-b0d3-6c9e24a1f785@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "es-ES"),
           ("MIME-Version", "1.0"))
    m.single("""Buenos días:

Quisiera inscribirme para el Día de las Organizaciones de Migrantes del 13 de marzo. Me interesa el grupo de trabajo 3, sobre subvenciones y gestión de asociaciones. Estamos pensando en pedir fondos para un proyecto de música con jóvenes y necesitamos ideas.

Guten Tag,

ich möchte mich für den MSO-Tag anmelden, AG 3. Meine Kollegin Carmen Soto kommt auch mit, wir sind also zu zweit.

Saludos / Grüße
Diego Ramírez
Centro Cultural Chileno Münster e.V.
""", charset="iso-8859-1", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# A daughter registers her father in German and asks for the confirmation to
# go to his own address and, if possible, in Turkish, because he does not
# read German well; below she writes to him in Turkish.  The attendee is the
# father; email is the address she asks us to write to; language tr (see
# README).  Gmail, alternative, UTF-8 QP.

OEZTUERK_TEXT = """Sehr geehrte Damen und Herren,

ich möchte meinen Vater zum MSO-Tag am 13. März anmelden:

Name: Mehmet Öztürk
Verein: Türkischer Arbeiterverein Münster e.V. (er ist dort Vorsitzender)
Arbeitsgruppe: AG 2 (Münsters Zukunftsprozess)
Personen: 1, er kommt allein. Ich selbst bin an dem Tag leider nicht in Münster.

Bitte schicken Sie die Bestätigung an seine eigene E-Mail-Adresse: mehmet.oeztuerk@mail.example
Mein Vater liest Deutsch nicht so gut. Wenn es möglich ist, antworten Sie ihm bitte auf Türkisch. Ich habe unten alles für ihn auf Türkisch geschrieben und leite ihm die Mail weiter.

Mit freundlichen Grüßen
Elif Öztürk

---

Babacığım, seni 13 Mart Cumartesi günü yapılacak MSO Günü'ne kaydettim. 2. çalışma grubunu seçtim (Münster'in gelecek süreci, göçmenlerin gözünden). Toplantı saat 10'da Stadtweinhaus'ta başlıyor, 16'da bitiyor. Onay e-postası senin adresine gelecek.
Öperim, Elif"""


@mail("oeztuerk-daughter-registers-father-turkish-for-him", "2027-02-08 18:03:31",
      E("registration", "mehmet.oeztuerk@mail.example", "Mehmet Öztürk",
        "Türkischer Arbeiterverein Münster e.V.", ["AG2"], 1, "tr"), ["de", "tr"])
def _(m):
    m.head(("From", addr("Elif Öztürk", "elif.oeztuerk@mail.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", ew("Anmeldung meines Vaters Mehmet Öztürk", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAF9wLp3tNq0xRk7yVb2mHe5sJd8oZc1uGa4iTr6nQw0pXs3Ke9@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    parts = [m.text(OEZTUERK_TEXT, "plain", "utf-8", "quoted-printable"),
             m.text(gmail_html(OEZTUERK_TEXT), "html", "utf-8", "quoted-printable")]
    m.multi("alternative", parts, style="gmail")


# -- 025 ---------------------------------------------------------------------
# Postfix bounce, a minute later: the confirmation to the address the
# daughter gave in 024 is rejected ("User unknown").  multipart/report with
# the returned confirmation.

OEZ_RCPT = "mehmet.oeztuerk@mail.example"


@mail("postfix-bounce-father-address-unknown", "2027-02-08 18:04:09",
      E("bounce", bounced=OEZ_RCPT), ["en"])
def _(m):
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270208170409.C41E83A0B7@mail.muenster.example>"),
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

<{OEZ_RCPT}>: host smtp.mail.example[198.51.100.25] said:
    550 5.1.1 <{OEZ_RCPT}>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "C41E83A0B7"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Mon,  8 Feb 2027 18:04:05 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {OEZ_RCPT}"),
         ("Original-Recipient", f"rfc822;{OEZ_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; smtp.mail.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{OEZ_RCPT}>: Recipient address\n"
                             "    rejected: User unknown in virtual mailbox table")])
    original = bot_message(
        f"=?utf-8?q?Mehmet_=C3=96zt=C3=BCrk?= <{OEZ_RCPT}>", CONFIRMATION_SUBJECT,
        confirmation("Herr Öztürk", "AG2", 1),
        "Mon, 08 Feb 2027 18:04:05 +0100", "<mailbot.20270208180405.9b2e@muenster.example>",
        "<CAF9wLp3tNq0xRk7yVb2mHe5sJd8oZc1uGa4iTr6nQw0pXs3Ke9@mail.gmail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 026 ---------------------------------------------------------------------
# Albanian and German; only the German adds a fallback ("Falls AG 1 voll
# ist, nehmen wir auch AG 3").  Three persons in both.  iso-8859-15 QP
# (ë, ç and umlauts).

@mail("krasniqi-albanian-german-fallback-only-in-german", "2027-02-09 10:44:02",
      E("registration", "arben.krasniqi@mail.example", "Arben Krasniqi",
        "Albanischer Kulturverein \"Iliria\" Münster e.V.", ["AG1", "AG3"], 3, "sq"), ["sq", "de"])
def _(m):
    m.head(("From", "Arben Krasniqi <arben.krasniqi@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Regjistrim për MSO / Anmeldung MSO-Tag, 3 persona", "iso-8859-15", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270209094402.GA18834@mail.example>"),
           ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Përshëndetje,

unë jam Arben Krasniqi nga Shoqata Kulturore Shqiptare "Iliria" në Münster. Dëshiroj të regjistrohem për Ditën e Organizatave të Migrantëve më 13 mars. Do të vij me dy anëtarë të kryesisë, gjithsej tre persona. Na intereson grupi i punës 1 (arsimi), sepse kemi një shkollë plotësuese shqipe për fëmijët.

Hallo,

ich bin Arben Krasniqi vom Albanischen Kulturverein Iliria. Ich melde uns für den MSO-Tag an: 3 Personen, AG 1. Falls AG 1 voll ist, nehmen wir auch AG 3.

Faleminderit / Danke
Arben Krasniqi
Albanischer Kulturverein "Iliria" Münster e.V.
""", charset="iso-8859-15", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Farsi, then "ترجمه آلمانی (گوگل):" and the machine translation: the
# gender-neutral "همسرم" (my spouse) came out as "Meine Frau", "کارگروه
# آموزش" as "Arbeitsgruppe Ausbildung" (= AG 1, education).  Spouse = 2.
# Yahoo-style alternative, UTF-8 QP.

JAFARI_TEXT = """با سلام و احترام،

اینجانب رویا جعفری، معلم زبان فارسی در مدرسه‌ی روزهای شنبه‌ی انجمن ایرانیان مونستر هستم. مایلم در روز سازمان‌های خودیار مهاجران در ۱۳ مارس شرکت کنم، در کارگروه آموزش. همسرم هم همراه من می‌آید.

با تشکر
رویا جعفری

ترجمه آلمانی (گوگل):

Mit Gruß und Respekt,

Ich, Roya Jafari, bin Lehrerin der persischen Sprache in der Schule der Samstage des Vereins der Iraner Münster. Ich möchte am Tag der Selbsthilfeorganisationen der Migranten am 13. März teilnehmen, in der Arbeitsgruppe Ausbildung. Meine Frau kommt auch mit mir.

Mit Dank
Roya Jafari
Iranischer Kulturverein Münster e.V."""


@mail("jafari-farsi-google-ausbildung-meine-frau", "2027-02-10 21:09:26",
      E("registration", "roya.jafari@mail.example", "Roya Jafari",
        "Iranischer Kulturverein Münster e.V.", ["AG1"], 2, "fa"), ["fa", "de"])
def _(m):
    m.head(("From", "Roya Jafari <roya.jafari@mail.example>"),
           ("To", MSO),
           ("Subject", ew("ثبت نام روز سازمان‌های مهاجران / Anmeldung", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1039485716.2204517.1770754166301@mail.example>"),
           ("X-Mailer", "WebService/1.1.23187 YMailNorrin"),
           ("MIME-Version", "1.0"))
    parts = [m.text(JAFARI_TEXT, "plain", "utf-8", "quoted-printable"),
             m.text(div_html(JAFARI_TEXT, "font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"),
                    "html", "utf-8", "quoted-printable")]
    m.multi("alternative", parts)


# -- 028 ---------------------------------------------------------------------
# Advertising from a translation agency that read about the event:
# interpreting and translation offers, German and English.  Other.

LINGUA_TEXT = """Sehr geehrte Damen und Herren,

wie wir gelesen haben, richten Sie am 13. März den Tag der Migrantenselbstorganisationen aus. Damit alle Teilnehmenden mitdiskutieren können, bieten wir an:

- Flüsterdolmetschen in den Arbeitsgruppen (Arabisch, Türkisch, Farsi/Dari, Russisch, Ukrainisch, Tigrinya, Kurdisch)
- Übersetzung Ihrer Einladung und Ihrer Anmeldebestätigung in bis zu 12 Sprachen
- Dolmetschertechnik (Personenführungsanlage) zur Miete

Bis zum 28. Februar erhalten kommunale Auftraggeber 15 % Nachlass.

Dear Sir or Madam,

we offer whispered interpreting and translation for your event on 13 March in all major community languages of Münster. Municipal clients get 15 % off until 28 February.

Mit freundlichen Grüßen / Kind regards
Ihr Team von LinguaBrücke Übersetzungen
Hafenweg 12, 48155 Münster
https://www.linguabruecke.example

Sie erhalten diese E-Mail, weil Ihre Adresse öffentlich zugänglich ist. Abmelden: https://www.linguabruecke.example/abmelden"""


@mail("linguabruecke-interpreting-advertising", "2027-02-11 13:27:00",
      E("other"), ["de", "en"])
def _(m):
    m.head(("From", "=?utf-8?q?LinguaBr=C3=BCcke_=C3=9Cbersetzungen?= <info@linguabruecke.example>"),
           ("To", MSO),
           ("Subject", ew("Dolmetschen für Ihren MSO-Tag? | Interpreting for your event – 15 % Rabatt", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270211122700.8c41f2e9a7@news.linguabruecke.example>"),
           ("List-Unsubscribe", "<https://www.linguabruecke.example/abmelden?u=7f3a21>"),
           ("Precedence", "bulk"),
           ("X-Mailer", "CleverReach"),
           ("MIME-Version", "1.0"),
           envelope="bounce-7f3a21@news.linguabruecke.example")
    html_body = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
                 "<body style=\"font-family:Arial,sans-serif;color:#222\">"
                 "<table width=\"600\" align=\"center\"><tr><td>"
                 + "".join(f"<p>{esc(p)}</p>".replace("\n", "<br>")
                           for p in LINGUA_TEXT.split("\n\n"))
                 + "</td></tr></table></body></html>\n")
    parts = [m.text(LINGUA_TEXT, "plain", "utf-8", "quoted-printable"),
             m.text(html_body, "html", "utf-8", "quoted-printable")]
    m.multi("alternative", parts)


# -- 029 ---------------------------------------------------------------------
# Change, reply to the confirmation (AG 1) in Gmail with Arabic interface.
# The Arabic asks for AG 3 "and if the third is full, I stay in the first";
# the German only says "von AG 1 in AG 3".  Expected ["AG3", "AG1"].

QASSEM_CONF_ID = "<mailbot.20270120113004.4e7c@muenster.example>"
QASSEM_QUOTED = confirmation("Herr Qassem", "AG1", 1)
QASSEM_ATTR = ("في الأربعاء، ٢٠ يناير ٢٠٢٧ في ١١:٣٠ ص، كتب Tag der Migrantenselbstorganisationen "
               f"<{MSO}>:")
QASSEM_NEW = """مرحباً،

أرجو نقلي من مجموعة العمل الأولى إلى مجموعة العمل الثالثة، لأن جمعيتنا تحتاج إلى معلومات عن التمويل. وإذا كانت الثالثة ممتلئة فلا مشكلة، أبقى في الأولى.

Hallo,
bitte tragen Sie mich von AG 1 in AG 3 um. Danke!

Maher Qassem"""


@mail("qassem-change-ag3-else-stay-arabic-only", "2027-02-12 09:40:15",
      E("change", "maher.qassem@mail.example", "Maher Qassem", None,
        ["AG3", "AG1"], None, "ar"), ["ar", "de"])
def _(m):
    m.head(("From", "Maher Qassem <maher.qassem@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAM2kVr9pQx4tLw7nHe0yBs3mJd6oZf8uKa1iGc5rTq2bWn7Ex4@mail.gmail.example>"),
           ("In-Reply-To", QASSEM_CONF_ID),
           ("References", QASSEM_CONF_ID),
           ("MIME-Version", "1.0"))
    plain = f"{QASSEM_NEW}\n\n{QASSEM_ATTR}\n\n{gt_quote(QASSEM_QUOTED)}\n"
    parts = [m.text(plain, "plain", "utf-8", "base64"),
             m.text(gmail_html(QASSEM_NEW, QASSEM_ATTR, QASSEM_QUOTED), "html", "utf-8", "base64")]
    m.multi("alternative", parts, style="gmail")


# -- 030 ---------------------------------------------------------------------
# Question in Vietnamese and English: may a student who belongs to no
# association take part?  "If yes, I will register right away."  Question.

DO_TEXT = """Kính gửi Ban tổ chức,

Em là sinh viên Việt Nam ở Münster, em không thuộc hội hay tổ chức nào cả. Em rất quan tâm đến nhóm làm việc về giáo dục. Em có thể tham gia Ngày các tổ chức người di cư không, hay chỉ dành cho thành viên các hội? Nếu được thì em sẽ đăng ký ngay.

Dear organisers,

I am a Vietnamese student in Münster and not a member of any association. Can I still take part in the MSO Day (I am interested in the education working group), or is it only for members of organisations? If yes, I will register right away.

Trân trọng / Best regards,
Đỗ Thanh Hương"""


@mail("do-question-vietnamese-english-non-member", "2027-02-13 11:02:48",
      E("question", "huong.do@mail.example", "Đỗ Thanh Hương", None, [], None, "vi"), ["vi", "en"])
def _(m):
    m.head(("From", addr("Đỗ Thanh Hương", "huong.do@mail.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", ew("Câu hỏi / Question: participation without association?", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAH6pNw1sKq8yTr3vLb0mXe7zJd4oGf2uRa9iHc5tWq1nYk6Mv3@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    parts = [m.text(DO_TEXT, "plain", "utf-8", "quoted-printable"),
             m.text(gmail_html(DO_TEXT), "html", "utf-8", "quoted-printable")]
    m.multi("alternative", parts, style="gmail")


# -- 031 ---------------------------------------------------------------------
# Change of the party size only (1 -> 2): a neighbour joins "in the same
# group as me".  Turkish, then her note "(Google Çeviri ile Almancaya
# çevrildi)" and the translation with "Hanım" left in.  Thunderbird reply
# with Turkish attribution; windows-1254 QP (the quote has en dashes).

KOC_CONF_ID = "<mailbot.20270203101207.a93d@muenster.example>"


@mail("koc-change-party-size-google-note", "2027-02-15 19:30:04",
      E("change", "gulsum.koc@mail.example", "Gülsüm Koç", None, [], 2, "tr"), ["tr", "de"])
def _(m):
    m.head(("From", addr("Gülsüm Koç", "gulsum.koc@mail.example", "iso-8859-9", "q")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<8e52c0a4-1f7d-4b39-96ea-d3b0c7f18a62@mail.example>"),
           ("In-Reply-To", KOC_CONF_ID),
           ("References", KOC_CONF_ID),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

komşum Hatice Hanım da gelmek istiyor, o da benimle aynı gruba katılacak. Lütfen kaydımı 2 kişi olarak düzeltin.

Teşekkürler
Gülsüm Koç

(Google Çeviri ile Almancaya çevrildi)

Hallo,

meine Nachbarin Hatice Hanım will auch kommen, sie wird auch mit mir an der gleichen Gruppe teilnehmen. Bitte korrigieren Sie meine Anmeldung als 2 Personen.

Danke
Gülsüm Koç

3.02.2027 10:12 tarihinde Tag der Migrantenselbstorganisationen yazdı:
{gt_quote(confirmation("Frau Koç", "AG2", 1))}
""", charset="windows-1254", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Russian and English in windows-1251 QP; the charset has no "ü", so the
# English writes "Muenster".  A student club registered as "Dostyk e.V.".

@mail("akhmetov-russian-english-cp1251", "2027-02-16 08:50:37",
      E("registration", "r.akhmetov@mail.example", "Ruslan Akhmetov",
        "Dostyk e.V.", ["AG2"], 1, "ru"), ["ru", "en"])
def _(m):
    m.head(("From", "Ruslan Akhmetov <r.akhmetov@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Регистрация / Registration MSO Day", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<638412905.20270216085037@mail.example>"),
           ("X-Mailer", "The Bat! (v11.0.5) Professional"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Меня зовут Руслан Ахметов, я из Казахстана, учусь в магистратуре в Мюнстере и помогаю в студенческом клубе Dostyk. Хотел бы принять участие в Дне организаций мигрантов 13 марта, в рабочей группе 2 (будущее города).
Приду один.

Hello,

my name is Ruslan Akhmetov, I am a master's student from Kazakhstan in Muenster and I help at the student club Dostyk. I would like to join working group 2 (future of the city) on 13 March. I come alone.

С уважением / Best regards,
Ruslan Akhmetov
Dostyk e.V.
""", charset="windows-1251", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Question in Ukrainian with the Google translation pasted below it, labelled
# in both languages: step-free access and disabled parking.  Whether she
# comes depends on the answer.  Signed in both scripts.  UTF-8 base64.

@mail("tkachenko-ukrainian-google-question-wheelchair", "2027-02-17 16:15:59",
      E("question", "l.tkachenko@mail.example", "Liudmyla Tkachenko", None, [], None, "uk"), ["uk", "de"])
def _(m):
    m.head(("From", addr("Людмила Ткаченко", "l.tkachenko@mail.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", ew("Питання / Frage: Rollstuhl", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1771341359.482017.ukrnet@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Добрий день!

Я пересуваюся на інвалідному візку. Чи є в Stadtweinhaus ліфт або вхід без сходинок? І чи можна десь поруч припаркувати машину з посвідченням особи з інвалідністю? Від цього залежить, чи зможу я прийти 13 березня.

Переклад Google / Übersetzung Google:

Guten Tag!

Ich bewege mich auf einem Rollstuhl. Gibt es im Stadtweinhaus einen Aufzug oder einen Eingang ohne Stufen? Und kann man irgendwo in der Nähe ein Auto mit dem Ausweis einer Person mit Behinderung parken? Davon hängt es ab, ob ich am 13. März kommen kann.

Людмила Ткаченко / Liudmyla Tkachenko
""", charset="utf-8", cte="base64")


# -- 034 ---------------------------------------------------------------------
# Vacation notice in Turkish and German, answering a confirmation, without
# any Auto-Submitted or Precedence header.  Auto reply.

@mail("erdem-vacation-turkish-german-no-headers", "2027-02-18 10:10:31",
      E("auto_reply"), ["tr", "de"])
def _(m):
    m.head(("From", "Murat Erdem <m.erdem@tuerk-elternrat.example>"),
           ("To", TO_MSO),
           ("Subject", ew("İzindeyim / Abwesenheitsnotiz: " + CONFIRMATION_SUBJECT, "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<vacation.1771405831.22918@tuerk-elternrat.example>"),
           ("In-Reply-To", "<mailbot.20270218101027.5d0f@muenster.example>"),
           ("References", "<mailbot.20270218101027.5d0f@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

20 Şubat'a kadar izindeyim ve e-postalarımı okuyamıyorum. Acil durumlarda lütfen derneğimizin bürosunu arayın: 0251 6 74 33 20.

Guten Tag,

ich bin bis zum 20. Februar im Urlaub und lese meine E-Mails nicht. In dringenden Fällen rufen Sie bitte unser Vereinsbüro an: 0251 6 74 33 20.

Murat Erdem
Türkischer Elternrat Münster
""", charset="utf-8", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Change AG 3 -> AG 2, Ukrainian and German agree.  Outlook reply with the
# German "Von: / Gesendet:" block above the quoted confirmation;
# alternative, UTF-8 QP, CRLF.

KRAVETS_CONF_ID = "<mailbot.20270201091502.7c1a@muenster.example>"
KRAVETS_NEW = """Доброго дня,

прошу перевести мене з третьої робочої групи до другої («Майбутнє Мюнстера»). Я щойно дізнався, що наша громада готує пропозиції саме до цього процесу.
Дякую!

Guten Tag,

bitte wechseln Sie mich von AG 3 in AG 2 (Münsters Zukunftsprozess).
Danke!

Andrii Kravets
Ukrainische Gemeinde Münster e.V."""
KRAVETS_QUOTE = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
                 "Montag, 1. Februar 2027 09:15",
                 "Kravets Andrii <a.kravets@ukr-gemeinde-ms.example>",
                 CONFIRMATION_SUBJECT, confirmation("Herr Kravets", "AG3", 1))


@mail("kravets-change-ag3-to-ag2-outlook", "2027-02-19 12:30:44",
      E("change", "a.kravets@ukr-gemeinde-ms.example", "Andrii Kravets",
        "Ukrainische Gemeinde Münster e.V.", ["AG2"], None, "uk"), ["uk", "de"], tz=1)
def _(m):
    m.head(("From", "Kravets Andrii <a.kravets@ukr-gemeinde-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbdJx2kQ0m3T5rUe+8yXw1Zb7aNbN4cA2v"),
           ("Date", m.date),
           ("Message-ID", "<AS8PR04MB8903E1D2C3B4A5968778695A4B3C2@AS8PR04MB8903.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", KRAVETS_CONF_ID),
           ("References", KRAVETS_CONF_ID),
           ("Accept-Language", "uk-UA, de-DE"),
           ("Content-Language", "uk-UA"),
           ("MIME-Version", "1.0"), crlf=True)
    parts = [m.text(outlook_plain(KRAVETS_NEW, KRAVETS_QUOTE), "plain", "utf-8", "quoted-printable"),
             m.text(outlook_html(KRAVETS_NEW, KRAVETS_QUOTE), "html", "utf-8", "quoted-printable")]
    m.multi("alternative", parts, style="outlook")


# -- 036 ---------------------------------------------------------------------
# Cancellation in Tigrinya and learner German, Gmail reply (German UI)
# quoting the confirmation.

GEBREYESUS_CONF_ID = "<mailbot.20270204140211.2f8b@muenster.example>"
GEBREYESUS_NEW = """ሰላም፣

ይቕሬታ፣ ብ13 መጋቢት ስራሕ ስለ ዘለኒ ክመጽእ ኣይክእልን እየ። በጃኹም ምዝገባይ ሰርዝዎ።

የቐንየለይ
መሓሪ ገብረየሱስ

Hallo,
Entschuldigung, am 13. März ich muss arbeiten, ich kann nicht kommen. Bitte meine Anmeldung löschen.
Danke
Mehari Gebreyesus"""
GEBREYESUS_ATTR = ("Am Do., 4. Feb. 2027 um 14:02 Uhr schrieb Tag der Migrantenselbstorganisationen "
                   f"<{MSO}>:")
GEBREYESUS_QUOTED = confirmation("Herr Gebreyesus", "AG1", 1)


@mail("gebreyesus-cancel-tigrinya-german", "2027-02-22 09:12:06",
      E("cancellation", "mehari.gebreyesus@mail.example", "Mehari Gebreyesus", None,
        [], None, "ti"), ["ti", "de"])
def _(m):
    m.head(("From", "Mehari Gebreyesus <mehari.gebreyesus@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAD4tRw8mQp1xLk5yVe2nHb9sJc3oZg6uFa7iTd0rNq4bWm1Ey8@mail.gmail.example>"),
           ("In-Reply-To", GEBREYESUS_CONF_ID),
           ("References", GEBREYESUS_CONF_ID),
           ("MIME-Version", "1.0"))
    plain = f"{GEBREYESUS_NEW}\n\n{GEBREYESUS_ATTR}\n\n{gt_quote(GEBREYESUS_QUOTED)}\n"
    parts = [m.text(plain, "plain", "utf-8", "base64"),
             m.text(gmail_html(GEBREYESUS_NEW, GEBREYESUS_ATTR, GEBREYESUS_QUOTED),
                    "html", "utf-8", "base64")]
    m.multi("alternative", parts, style="gmail")


# -- 037 ---------------------------------------------------------------------
# Question in Turkish (long) and German (short): may the association's
# children's folk-dance group perform for ten minutes?  "Anmeldung schicke
# ich dann separat."  iso-8859-9, 8bit.

@mail("aktas-question-folk-dance-turkish-german", "2027-02-23 20:48:17",
      E("question", "nurcan.aktas@ege-kultur.example", "Nurcan Aktaş",
        "Ege Türk Kültür Derneği Münster e.V.", [], None, "tr"), ["tr", "de"])
def _(m):
    m.head(("From", addr("Nurcan Aktaş", "nurcan.aktas@ege-kultur.example", "iso-8859-9", "b")),
           ("To", MSO),
           ("Subject", ew("Soru: halk dansı gösterisi / Frage: Tanzgruppe", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270223204817.61f0b2@ege-kultur.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

derneğimizin 10–14 yaş arası çocuklardan oluşan bir halk dansları grubu var. MSO Günü'nde açılışta ya da öğle arasında 10 dakikalık kısa bir gösteri yapabilirler mi? Salonda bunun için yer var mı, müzik için hoparlör kullanabilir miyiz? Olursa kayıt için ayrıca yazacağım.

Hallo, unser Verein hat eine Kinder-Folkloregruppe. Dürfen die Kinder beim MSO-Tag kurz (10 Minuten) tanzen? Die Anmeldung schicke ich dann separat.

Selamlar / Grüße
Nurcan Aktaş
Ege Türk Kültür Derneği Münster e.V.
""".replace("–", "-"), charset="iso-8859-9", cte="8bit")


# -- 038 ---------------------------------------------------------------------
# Change.  Vietnamese: "I am in group 1 now and want to move to group 2
# (future of the city)".  English: "change my working group to WG 1 (future
# of the city)".  He is already in AG 1 (quoted confirmation), and both
# texts name the future of the city: AG2 (see README).  iPhone reply with
# Vietnamese attribution, UTF-8 QP.

NGUYEN_CONF_ID = "<mailbot.20270210120302.b61e@muenster.example>"


@mail("nguyen-change-vietnamese-2-english-says-1", "2027-02-24 14:05:39",
      E("change", "minhtuan.nguyen@mail.example", "Nguyễn Minh Tuấn", None,
        ["AG2"], None, "vi"), ["vi", "en"])
def _(m):
    m.head(("From", "Tuan Nguyen <minhtuan.nguyen@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<4B8D2E71-9C05-4A3F-B1E6-7D20C5F9A834@mail.example>"),
           ("In-Reply-To", NGUYEN_CONF_ID),
           ("References", NGUYEN_CONF_ID),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Chào anh chị,

em muốn đổi nhóm làm việc. Em đang đăng ký nhóm 1 nhưng bây giờ em muốn chuyển sang nhóm 2 về tương lai thành phố Münster, vì công việc của em liên quan đến quy hoạch đô thị.

Hello, I would like to change my working group to WG 1 (future of the city), because my job is in urban planning.

Cảm ơn / Thanks
Nguyễn Minh Tuấn

Vào lúc 12:03, ngày 10 thg 2, 2027, Tag der Migrantenselbstorganisationen <{MSO}> đã viết:

{gt_quote(confirmation("Herr Nguyen", "AG1", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# A Ukrainian association's bilingual newsletter; it announces the MSO-Tag
# and tells members to register with the city.  Bulk mail: other.

NEWS_TEXT = """Інформаційний лист · Newsletter · Лютий / Februar 2027

Українська частина

Дорогі друзі!
- 6 березня, 15:00: майстер-клас писанкарства для дітей у нашому домі.
- 13 березня: День організацій мігрантів у Stadtweinhaus. Ми там будемо з інформаційним столиком! Зареєструватися можна самостійно за адресою mso-tag@muenster.example.
- Консультації з питань Jobcenter щочетверга, 17:00–19:00.

Deutscher Teil

Liebe Freundinnen und Freunde,
- 6. März, 15 Uhr: Ostereier-Workshop für Kinder bei uns im Haus.
- 13. März: MSO-Tag im Stadtweinhaus – wir sind mit einem Infotisch dabei! Anmelden könnt ihr euch selbst bei der Stadt: mso-tag@muenster.example.
- Beratung zu Jobcenter-Fragen jeden Donnerstag, 17–19 Uhr.

Ukrainisches Haus Münster e.V. · Hammer Straße 40 · 48153 Münster
Newsletter abbestellen / Відписатися: https://ukr-haus-ms.example/newsletter/abmelden"""


@mail("ukrainisches-haus-bilingual-newsletter", "2027-02-25 17:33:00",
      E("other"), ["uk", "de"])
def _(m):
    m.head(("From", ew("Український дім / Ukrainisches Haus", "utf-8", "b") + " <newsletter@ukr-haus-ms.example>"),
           ("To", "Mitglieder und Freunde <newsletter@ukr-haus-ms.example>"),
           ("Subject", ew("Newsletter Лютий / Februar 2027", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<mailpoet.20270225163300.41c9@ukr-haus-ms.example>"),
           ("List-Id", "Newsletter Ukrainisches Haus <newsletter.ukr-haus-ms.example>"),
           ("List-Unsubscribe", "<https://ukr-haus-ms.example/newsletter/abmelden?id=88213>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    html_body = ("<!DOCTYPE html><html lang=\"uk\"><head><meta charset=\"utf-8\">"
                 "<title>Newsletter</title></head><body style=\"margin:0;background:#f4f4f4\">"
                 "<div style=\"max-width:600px;margin:0 auto;background:#fff;padding:20px;"
                 "font-family:Helvetica,Arial,sans-serif\">"
                 + "".join(f"<p>{esc(p)}</p>".replace("\n", "<br>")
                           for p in NEWS_TEXT.split("\n\n"))
                 + "</div></body></html>\n")
    parts = [m.text(NEWS_TEXT, "plain", "utf-8", "quoted-printable"),
             m.text(html_body, "html", "utf-8", "quoted-printable")]
    m.multi("alternative", parts)


# -- 040 ---------------------------------------------------------------------
# Change.  Farsi: AG 2 -> AG 1, and his colleague Mr Salehi cannot come,
# "so I am only one person"; German: only "von AG 2 auf AG 1".  Expected
# ["AG1"] and the new party size 1 (the quote says 2).  Outlook HTML only.

MORADI_NEW = """سلام،

لطفاً ثبت‌نام من را از کارگروه ۲ به کارگروه ۱ (آموزش) تغییر دهید. ضمناً همکارم آقای صالحی متأسفانه نمی‌تواند بیاید، پس فقط یک نفر هستم.
ممنون

Hallo,
bitte ändern Sie meine Anmeldung von AG 2 auf AG 1. Danke.

Dariush Moradi"""
MORADI_CONF_ID = "<mailbot.20270125162006.c04a@muenster.example>"
MORADI_QUOTE = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
                "Montag, 25. Januar 2027 16:20",
                "Dariush Moradi <d.moradi@mail.example>",
                CONFIRMATION_SUBJECT, confirmation("Herr Moradi", "AG2", 2))


@mail("moradi-change-farsi-also-party-size", "2027-03-01 11:11:52",
      E("change", "d.moradi@mail.example", "Dariush Moradi", None,
        ["AG1"], 1, "fa"), ["fa", "de"])
def _(m):
    m.head(("From", "Dariush Moradi <d.moradi@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<GV1P190MB1892F5A0B3C4D2E1F9A8B7C6D5E4F@GV1P190MB1892.EURP190.PROD.OUTLOOK.example>"),
           ("In-Reply-To", MORADI_CONF_ID),
           ("References", MORADI_CONF_ID),
           ("Content-Language", "fa-IR"),
           ("MIME-Version", "1.0"), crlf=True)
    m.single(outlook_html(MORADI_NEW, MORADI_QUOTE, rtl_lang="FA"), subtype="html",
             charset="utf-8", cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# Cancellation in Russian with a machine translation below it ("leider bin
# ich gezwungen ... abzusagen", "Mit Respekt").  Reply quoting the
# confirmation under a Russian webmail attribution.  Display name in a
# koi8-r B-word; body UTF-8 QP.

@mail("orlov-cancel-russian-machine-german", "2027-03-02 19:20:08",
      E("cancellation", "d.orlov@mail.example", "Dmitrij Orlov", None, [], None, "ru"), ["ru", "de"])
def _(m):
    conf_id = "<mailbot.20270210094503.1d7b@muenster.example>"
    m.head(("From", addr("Дмитрий Орлов", "d.orlov@mail.example", "koi8-r", "b")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1772475608.119437220@f733.i.mail.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single(f"""Добрый вечер,

к сожалению, вынужден отменить свою регистрацию на 13 марта: меня срочно отправляют в командировку. Надеюсь, в следующем году получится.

Guten Abend,

leider bin ich gezwungen, meine Registrierung für den 13. März abzusagen: Man schickt mich dringend auf eine Dienstreise. Ich hoffe, es wird nächstes Jahr klappen.

С уважением / Mit Respekt
Dmitrij Orlov

Среда, 10 февраля 2027, 9:45 +01:00 от Tag der Migrantenselbstorganisationen <{MSO}>:
{gt_quote(confirmation("Herr Orlov", "AG2", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 042 ---------------------------------------------------------------------
# Out-of-office in Arabic and English answering the reminder; Outlook,
# Auto-Submitted and X-Auto-Response-Suppress, windows-1256 QP (which has
# no Arabic-Indic digits, so the Arabic uses 10 and 2027).

@mail("haidar-out-of-office-arabic-english-cp1256", "2027-03-06 10:00:41",
      E("auto_reply"), ["ar", "en"])
def _(m):
    m.head(("From", "Jamal Haidar <j.haidar@libanon-verein.example>"),
           ("To", TO_MSO),
           ("Subject", "Automatic reply: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0b7e3c9a5f2d4e81a6c0d9b4e3f2a1c8@libanon-verein.example>"),
           ("In-Reply-To", "<mailbot.20270306100003.e2a4@muenster.example>"),
           ("References", "<mailbot.20270306100003.e2a4@muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "j.haidar@libanon-verein.example"),
           ("Content-Language", "ar-LB"),
           ("MIME-Version", "1.0"), crlf=True)
    m.single("""شكراً على رسالتك.
أنا خارج المكتب حتى 10 آذار 2027، مع إمكانية محدودة لقراءة البريد الإلكتروني. سأرد عليك بعد عودتي.

Thank you for your message.
I am out of the office until 10 March 2027 with limited access to e-mail. I will reply after my return.

Jamal Haidar
Libanesischer Kulturverein Münster e.V.
""", charset="windows-1256", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# Exchange Online non-delivery report in German and English for the reminder
# to 012's address: mailbox full.  multipart/report: alternative notice,
# delivery-status, text/rfc822-headers.  CRLF.

NDR_RCPT = "farid.noori@afghan-ms.example"
NDR_TEXT = f"""Ihre Nachricht an {NDR_RCPT} konnte nicht zugestellt werden. Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen.
Your message to {NDR_RCPT} couldn't be delivered. The recipient's mailbox is full and can't accept messages now.

farid.noori
Postfach voll / Mailbox full

Wie Sie das Problem beheben können / How to fix it:
Versuchen Sie später erneut, die Nachricht zu senden, oder wenden Sie sich direkt an den Empfänger. / Try resending the message later, or contact the recipient directly.

Diagnoseinformationen für Administratoren / Diagnostic information for administrators:

Generierender Server / Generating server: AM0PR02MB5123.eurprd02.prod.outlook.example

{NDR_RCPT}
Remote server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

Ursprüngliche Nachrichtenkopfzeilen / Original message headers:
siehe Anlage / see attachment"""

NDR_HTML = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div style=\"font-family:'Segoe UI',Calibri,Arial,sans-serif\">"
            + "".join(f"<p>{esc(p)}</p>".replace("\n", "<br>") for p in NDR_TEXT.split("\n\n"))
            + "</div></body></html>\n")

NDR_HEADERS = f"""Received: from mail.muenster.example (198.51.100.7) by
 AM0PR02MB5123.eurprd02.prod.outlook.example with ESMTPS; Sat, 6 Mar 2027
 09:01:02 +0000
From: Tag der Migrantenselbstorganisationen <{MSO}>
To: Farid Noori <{NDR_RCPT}>
Subject: {ew(REMINDER_SUBJECT, "utf-8", "q")}
Date: Sat, 06 Mar 2027 10:00:58 +0100
Message-ID: <mailbot.20270306100058.f17c@muenster.example>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
"""


@mail("exchange-ndr-mailbox-full-bilingual", "2027-03-06 09:01:15",
      E("bounce", bounced=NDR_RCPT), ["de", "en"], tz=0)
def _(m):
    m.head(("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@afghan-ms.example>"),
           ("To", MSO),
           ("Subject", "Unzustellbar: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<c8d1e2f3-a4b5-4c6d-9e7f-0a1b2c3d4e5f@AM0PR02MB5123.eurprd02.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270306100058.f17c@muenster.example>"),
           ("References", "<mailbot.20270306100058.f17c@muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"),
           envelope="", received=False, crlf=True)
    notice = m.alternative(NDR_TEXT, NDR_HTML, charset="utf-8", cte="base64",
                           style="outlook", top=False)
    dsn = dsn_part(
        [("Reporting-MTA", "dns;AM0PR02MB5123.eurprd02.prod.outlook.example"),
         ("Received-From-MTA", "dns;mail.muenster.example"),
         ("Arrival-Date", "Sat, 6 Mar 2027 09:01:02 +0000")],
        [("Original-Recipient", f"rfc822;{NDR_RCPT}"),
         ("Final-Recipient", f"rfc822;{NDR_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Diagnostic-Code", "smtp;554 5.2.2 mailbox full;\n"
                             " STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded")])
    hdrs = m.text(NDR_HEADERS, "rfc822-headers", "us-ascii", "7bit")
    m.multi("report", [notice, dsn, hdrs], style="outlook",
            params={"report-type": "delivery-status"})


# -- 044 ---------------------------------------------------------------------
# Cancellation for two persons in Spanish and (shorter) German; Apple Mail
# reply with Spanish attribution and <blockquote type="cite">.

ROJAS_NEW = """Hola,

lo siento mucho, pero no vamos a poder ir el sábado. Mi compañero Javier y yo tenemos ese mismo día un evento de nuestra asociación al que le cambiaron la fecha. Por favor, anulen nuestra inscripción.

Hallo,
leider müssen wir (2 Personen) für Samstag absagen. Entschuldigung!

Saludos
Valentina Rojas"""
ROJAS_ATTR = f"El 2 feb 2027, a las 17:20, Tag der Migrantenselbstorganisationen <{MSO}> escribió:"
ROJAS_QUOTED = confirmation("Frau Rojas", "AG3", 2)


@mail("rojas-cancel-spanish-german-apple", "2027-03-09 08:15:27",
      E("cancellation", "valentina.rojas@mail.example", "Valentina Rojas", None,
        [], None, "es"), ["es", "de"])
def _(m):
    conf_id = "<mailbot.20270202172004.38e5@muenster.example>"
    m.head(("From", "Valentina Rojas <valentina.rojas@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<A0C6F3E2-1D47-4B95-8E3A-C52B9D70F416@mail.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("MIME-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    plain = f"{ROJAS_NEW}\n\n{ROJAS_ATTR}\n\n{gt_quote(ROJAS_QUOTED)}\n"
    parts = [m.text(plain, "plain", "utf-8", "quoted-printable"),
             m.text(apple_html(ROJAS_NEW, ROJAS_ATTR, ROJAS_QUOTED), "html", "utf-8", "quoted-printable")]
    m.multi("alternative", parts, style="apple")


# -- 045 ---------------------------------------------------------------------
# Cancellation pasted from the translation app, Polish and German, as a new
# mail.  The translation made "zgłoszenie" (registration) into "Bewerbung"
# and "odwołać" into "widerrufen".  UTF-8 QP.

@mail("zielinska-cancel-polish-google-paste", "2027-03-11 21:40:12",
      E("cancellation", "ewa.zielinska@mail.example", "Ewa Zielińska", None,
        [], None, "pl"), ["pl", "de"])
def _(m):
    m.head(("From", addr("Ewa Zielińska", "ewa.zielinska@mail.example", "utf-8", "q")),
           ("To", MSO),
           ("Subject", ew("Odwołanie / Absage – sobota 13.03.", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<op.27c3m1x9w0k4pn@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Polnisch
Dzień dobry, niestety muszę odwołać moje zgłoszenie na sobotę. Mój syn jest chory i muszę zostać z nim w domu. Przepraszam i pozdrawiam, Ewa Zielińska

Deutsch
Guten Tag, leider muss ich meine Bewerbung für Samstag widerrufen. Mein Sohn ist krank und ich muss mit ihm zu Hause bleiben. Entschuldigung und Grüße, Ewa Zielińska
""", charset="utf-8", cte="quoted-printable")


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
WG_IDS = ("AG1", "AG2", "AG3")


def build_all():
    built = []
    last = None
    for n, (slug, when, tz, expected, text_langs, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when, tz)
        fn(m)
        if last and m.when <= last:
            raise SystemExit(f"{slug}: dates must rise with the numbering")
        last = m.when
        name = f"{n:03d}-{slug}.eml"
        built.append((name, m, expected, text_langs))
    return built


def leaves(part):
    """Leaf parts in order, not descending into message/* parts."""
    maintype = part.get_content_maintype()
    if maintype == "multipart":
        for p in part.iter_parts():
            yield from leaves(p)
    elif maintype != "message":
        yield part


def all_parts(part):
    yield part
    if part.is_multipart():
        for p in part.get_payload():
            yield from all_parts(p)


EXAMPLE_DOMAIN = re.compile(r"(^|\.)(example|example\.org|example\.com|example\.net)$", re.I)


def norm(s):
    return re.sub(r"\s+", " ", s).casefold()


def check_labels(name, msg, text, expected):
    """The label is well formed and agrees with what the mail says."""
    problems = []
    e = expected
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    if e["kind"] not in KINDS:
        problems.append(f"bad kind {e['kind']}")
    if any(w not in WG_IDS for w in e["workgroups"]) or len(set(e["workgroups"])) != len(e["workgroups"]):
        problems.append("bad workgroups")
    if e["kind"] in PERSON_KINDS:
        for key in ("email", "name", "language"):
            if not e[key]:
                problems.append(f"{key} missing")
        if e["language"] and not re.fullmatch(r"[a-z]{2}", e["language"]):
            problems.append("language is not an ISO 639-1 code")
        if e["email"] and (e["email"] != e["email"].lower() or e["email"] not in text.lower()):
            problems.append("email is not lower-case or not in the mail")
        if e["name"] and norm(e["name"]) not in norm(text):
            problems.append("name not written in the mail")
        if e["organisation"] and norm(e["organisation"]) not in norm(text):
            problems.append("organisation not written in the mail")
        if e["bounced_recipient"] is not None:
            problems.append("bounced_recipient must be null")
    else:
        if any(e[k] is not None for k in ("email", "name", "organisation", "party_size", "language")) \
                or e["workgroups"]:
            problems.append("machine/other mail must have null fields")
    if e["kind"] == "registration":
        if not isinstance(e["party_size"], int) or e["party_size"] < 1:
            problems.append("registration needs party_size >= 1")
    elif e["kind"] == "change":
        if e["party_size"] is not None and e["party_size"] < 1:
            problems.append("bad party_size for change")
        if msg["In-Reply-To"] is None:
            problems.append("change must answer the confirmation")
    elif e["party_size"] is not None:
        problems.append("party_size must be null")
    if e["kind"] in ("question", "cancellation") and e["workgroups"]:
        problems.append("question/cancellation has no workgroups")
    if e["kind"] == "bounce":
        if not e["bounced_recipient"] or e["bounced_recipient"] != e["bounced_recipient"].lower():
            problems.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient only for bounces")
    return problems


def check(name, data, m, expected):
    """Problems found in one written mail (empty list when fine)."""
    problems = []
    for i, line in enumerate(data.split(b"\n"), 1):
        if len(line.rstrip(b"\r")) > 998:
            problems.append(f"line {i} longer than 998 octets")
            break
    if m.crlf and re.search(rb"(?<!\r)\n", data):
        problems.append("bare LF in a CRLF mail")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 1, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 4, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Jan-Mar 2027")
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            cs = p.get_content_charset() or "us-ascii"
            try:
                p.get_payload(decode=True).decode(cs, errors="strict")
            except (UnicodeDecodeError, LookupError) as exc:
                problems.append(f"text part does not decode in {cs}: {exc}")
    got = [p.get_content() for p in leaves(msg)]
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (g, w) in enumerate(zip(got, want)):
        if isinstance(w, bytes):
            if g != w:
                problems.append(f"part {i}: attachment bytes differ")
        elif g.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    text = "\n".join(chunks)
    if "=?" in "\n".join(f"{k}: {v}" for k, v in msg.items() if k.lower() != "message-id"):
        problems.append("an encoded word did not decode")
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in (
                "schemas.microsoft.com", "www.w3.org"):
            problems.append(f"non-example URL host {dom}")
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    problems += check_labels(name, msg, text, expected)
    return problems


def check_corpus(built, datas):
    problems = []
    senders = collections.Counter()
    ids = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        senders[msg["From"].addresses[0].addr_spec.lower()] += 1
        ids[str(msg["Message-ID"])] += 1
    problems += [f"sender {s} appears {n} times" for s, n in senders.items() if n > 1]
    problems += [f"Message-ID {i} appears {n} times" for i, n in ids.items() if n > 1]
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    print("kinds:", dict(sorted(kinds.items())))
    table = collections.defaultdict(collections.Counter)
    for _, _, e, langs in built:
        key = e["language"] or f"({'+'.join(langs)})"
        table[key][e["kind"]] += 1
    print("expected language x kind (machine mail: text languages in brackets):")
    for lang in sorted(table):
        print(f"  {lang:10} {dict(sorted(table[lang].items()))}")
    pairs = collections.Counter("+".join(langs) for _, _, _, langs in built)
    print("text languages per mail:", dict(sorted(pairs.items())))
    encs = collections.Counter()
    types = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    print("top-level content types:", dict(sorted(types.items())))
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
        on_disk = sorted(p.name for p in mails_dir.glob("*.eml")) if mails_dir.is_dir() else []
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

    for (name, m, e, _), data in zip(built, datas):
        for problem in check(name, data, m, e):
            print(f"{name}: {problem}")
            bad += 1
    for problem in check_corpus(built, datas):
        print(problem)
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
