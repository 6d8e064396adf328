#!/usr/bin/env python3
"""Build the "final16a" set for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: the MSO-Tag 2027 (config identical to ../dev).  Long, narrative mails in
which the registration is buried among life stories, thanks, complaints, news of
the association and several questions; much learner German, and Turkish, Arabic,
Russian, Ukrainian, Farsi and Polish mixed with German.

Every mail text below is written by hand, one mail at a time.  The script wraps
the texts in MIME with the standard `email` package, writes the files, then reads
every file back with email.policy.default and checks it (no defects, each body
part decodes strictly in its declared charset to exactly the written text,
lines of at most 998 octets, rising dates, example domains only, well-formed
labels).

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).
"""

import argparse
import collections
import datetime
import email
import email.policy
import email.utils
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
INVITATION_ID = "<kiz.einladung.msotag2027.0111-0930@muenster.example>"

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
# texts that several mails quote (the organisers' invitation, mailbot's
# confirmation)
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung zum MSO-Tag 2027 am 13. März im Stadtweinhaus"

INVITATION = """Sehr geehrte Damen und Herren,
liebe Aktive in den Migrantenselbstorganisationen in Münster,

auch in diesem Jahr möchten wir mit Ihnen ins Gespräch kommen: Der Tag der
Migrantenselbstorganisationen 2027 findet statt am

   Samstag, 13. März 2027, von 10 bis 16 Uhr
   im Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster.

Nach der Begrüßung und einem Impulsvortrag verteilen wir uns auf drei
parallele Arbeitsgruppen:

   Arbeitsgruppe I:   Menschen mit Migrationsvorgeschichte im Bildungssystem
   Arbeitsgruppe II:  Münsters Zukunftsprozess aus der Sicht der Menschen
                      mit Migrationsvorgeschichte
   Arbeitsgruppe III: Förderungsmöglichkeiten und effektives
                      Vereinsmanagement

Jede Arbeitsgruppe hat 30 Plätze. Bitte schreiben Sie uns bis spätestens
6. März 2027 an mso-tag@muenster.example, wer kommt, für welche Organisation,
wie viele Personen Sie sind und welche Arbeitsgruppe Sie wählen (gerne mit
Zweitwunsch). Die Teilnahme ist kostenfrei, für Verpflegung ist gesorgt.

Wir freuen uns auf Sie!

Kommunales Integrationszentrum Münster
Ximena Meza Correa-Flock"""

CONFIRMATION_SUBJECT = "Anmeldebestätigung MSO-Tag 2027"

AG_TITLE = {
    "AG1": "Arbeitsgruppe I – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "Arbeitsgruppe II – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "Arbeitsgruppe III – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(salutation, ag, persons):
    """The confirmation mailbot sent (quoted in replies, returned in bounces)."""
    return f"""{salutation},

Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027 ist bei uns
eingegangen. Wir haben eingetragen:

  Arbeitsgruppe: {AG_TITLE[ag]}
  Personen: {persons}

Termin: Samstag, 13. März 2027, 10:00–16:00 Uhr
Ort: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Wenn sich etwas ändert oder Sie absagen müssen, antworten Sie bitte auf
diese E-Mail.

Freundliche Grüße
Ihr Team vom Tag der Migrantenselbstorganisationen"""


def confirmation_message(to, salutation, ag, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for returned messages in bounces)."""
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
    m.set_content(confirmation(salutation, ag, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


def conf_id(tag):
    """Message-ID of a confirmation mailbot sent earlier."""
    return f"<mailbot.{tag}@muenster.example>"


def gmail_quote_html(text, attribution, quoted, rtl=False):
    """Gmail HTML for a reply: the new text, then the quoted mail in a blockquote."""
    q = "".join(f"{esc(line)}<br>" for line in quoted.split("\n"))
    return (gmail_html(text, rtl) +
            f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(attribution)}<br></div>'
            f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{q}</blockquote></div>\n')


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Windows-1252">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.E-MailFormatvorlage18
	{mso-style-type:personal-reply;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}
div.WordSection1
	{page:WordSection1;}
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


def outlook_html(text, quote=None):
    """Outlook-style HTML for `text`; quote = (von, gesendet, an, betreff, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span lang=DE style='mso-fareast-language:DE'>Von:</span></b>"
                   f"<span lang=DE style='mso-fareast-language:DE'> {esc(von)} <br>\n"
                   f"<b>Gesendet:</b> {esc(gesendet)}<br>\n"
                   f"<b>An:</b> {esc(an)}<br>\n"
                   f"<b>Betreff:</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return OUTLOOK_HEAD + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    return (f"{text}\n\nVon: {von}\nGesendet: {gesendet}\nAn: {an}\n"
            f"Betreff: {betreff}\n\n{quoted}")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return f"<div{d}>{inner}</div>\n"


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
# Learner German (Turkish background), Thunderbird reply quoting the whole
# invitation (all three Arbeitsgruppen appear only in the quote).  Years,
# members, school classes and a daughter's age around the registration;
# "Gruppe Bildung" (AG1), "mein Mann ... also wir sind zwei Person" (2).
# A parking complaint, a question about children and an invitation to
# their spring festival.

@mail("koc-reply-invitation-hausaufgabenhilfe", "2027-01-12 18:22:41",
      E("registration", "emine.koc@frauenverein-gievenbeck.example", "Emine Koç",
        "Türkisch-Deutscher Frauenverein Gievenbeck e.V.", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Emine Koç <emine.koc@frauenverein-gievenbeck.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<3e9b1c77-5a02-4f8e-b1d4-7c60a2e9f315@frauenverein-gievenbeck.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Meza Correa-Flock,

vielen Dank für die Einladung, wir haben uns sehr gefreut im Vorstand.

Ich bin jetzt seit 22 Jahre in Deutschland und seit 2014 bin ich aktiv in
unsere Verein, jetzt wir haben 63 Mitglieder, meistens Frauen aus
Gievenbeck und Auenviertel. Letztes Jahr war auch sehr schöne Tag, aber
der Parkplatz war sehr schwer, wir haben 40 Minuten gesucht und dann wir
sind zu spät gekommen. Vielleicht können Sie diesmal in Einladung schreiben
wo man parken kann?

Wir machen seit 3 Jahre Hausaufgabenhilfe für Kinder von Klasse 1 bis 6,
immer Dienstag und Donnerstag in Gemeindehaus. Da sehen wir viele Probleme
mit Schule: Lehrer versteht die Eltern nicht, Eltern verstehen nicht die
Briefe von Schule, und Kinder müssen übersetzen für die Mama. Deshalb ich
möchte gerne in die Gruppe Bildung.

Mein Mann Yusuf kommt auch mit, er ist unser Kassierer, also wir sind zwei
Person.

Noch eine Frage: darf man Kinder mitbringen? Meine Tochter ist 11 Jahre,
sie ist sehr ruhig und bringt ihr Buch mit :)

Und im April wir machen unser Frühlingsfest, wenn Sie Zeit haben, Sie sind
herzlich eingeladen, die Einladung schicke ich später.

Liebe Grüße
Emine Koç

-- 
Türkisch-Deutscher Frauenverein Gievenbeck e.V.
Hausaufgabenhilfe & Frauenfrühstück

Am 11.01.2027 um 09:30 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Arabic carrying the sentences, German association words inside
# (Verein, Vereinsregister, Räume, Förderungsmöglichkeiten).  Gmail
# multipart/alternative, RTL, UTF-8 base64.  First wish the third group,
# second wish the first; three persons in words.  Years (2015, 2017),
# members (50) and children (20) around it.  Latin signature.

ALMASRI_TEXT = """السلام عليكم ورحمة الله،

تحية طيبة وبعد،

أشكركم جزيل الشكر على الدعوة إلى Tag der Migrantenselbstorganisationen. أنا مقيم في ألمانيا منذ عام 2015، وفي مونستر منذ 2017، وقد أسسنا الـ Verein قبل ثلاث سنوات تقريباً. عندنا الآن حوالي 50 عضواً، و20 طفلاً يحضرون دروس اللغة العربية كل يوم سبت.

أود أن أشكر الزميلة في مكتب الاندماج التي ساعدتنا العام الماضي في موضوع الـ Vereinsregister، فبدونها كنا سنضيع بين الأوراق والنماذج.

لدينا الآن مشكلة كبيرة مع الـ Räume: القاعة التي نستأجرها أصبحت غالية جداً، ونحن نبحث عن دعم مالي. لذلك نرغب في المشاركة في مجموعة العمل الثالثة (Förderungsmöglichkeiten und Vereinsmanagement)، وإذا كانت ممتلئة فالمجموعة الأولى عن التعليم.

سنحضر ثلاثة أشخاص: أنا ونائب الرئيس وأمينة الصندوق.

وسؤال أخير: هل يمكننا أن نحضر معنا Flyer عن جمعيتنا ونضعه على طاولة المعلومات؟

مع خالص التحية والتقدير

Khaled Al-Masri
1. Vorsitzender
Syrischer Nachbarschaftsverein Münster-Nord e.V."""


@mail("almasri-arabic-gmail-third-then-first", "2027-01-13 21:05:17",
      E("registration", "khaled.almasri@mail.example", "Khaled Al-Masri",
        "Syrischer Nachbarschaftsverein Münster-Nord e.V.", ["AG3", "AG1"], 3, "ar"), "ar")
def _(m):
    m.head(("From", "Khaled Almasri <khaled.almasri@mail.example>"),
           ("To", MSO),
           ("Subject", ew("مشاركة في يوم MSO - Anmeldung", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAK7pW2nR4dE9fT1gH3jL5zX8cV0bN6mQ2wE4rT6yU8iO0pA1sD@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALMASRI_TEXT, gmail_html(ALMASRI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 003 ---------------------------------------------------------------------
# Russian with German words (Kulturkreis, Zukunftsprozess, Begegnungszentrum),
# a pensioner's story: since 1996, a choir of 25, a granddaughter of 6.  The
# workgroup is paraphrased ("тема про будущее Мюнстера, Zukunftsprozess",
# AG2), "Приду одна" (1).  A lift question.  Cyrillic signature, Latin
# display name.

@mail("schmidt-russian-chor-zukunft", "2027-01-14 10:40:02",
      E("registration", "g.schmidt1958@mail.example", "Галина Шмидт",
        "Deutsch-Russischer Kulturkreis Münster e.V.", ["AG2"], 1, "ru"), "ru")
def _(m):
    m.head(("From", "Galina Schmidt <g.schmidt1958@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Запись на MSO-Tag 13 марта", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1736847602.512447301@f412.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте, уважаемая фрау Меза Корреа-Флок!

Пишу Вам по поводу Tag der Migrantenselbstorganisationen 13 марта.

Немного о себе: я живу в Германии уже больше 30 лет, приехала в 1996 году
из Омска, и почти все эти годы участвую в нашем Kulturkreis. У нас хор,
25 человек, в основном пенсионеры, как я, и ещё детская группа – там поёт
моя внучка, ей 6 лет, и она поёт громче всех :)

В прошлом году я была на MSO-Tag первый раз, мне очень понравилось,
особенно обед, спасибо поварам! Только в зале было очень холодно, может
быть, в этот раз будет теплее?

Я хочу записаться. Меня больше всего интересует тема про будущее
Мюнстера, Zukunftsprozess, потому что у нас в Kinderhaus хотят закрыть
Begegnungszentrum, а нас, пожилых, никто не спрашивает. Приду одна.

И вопрос: в Stadtweinhaus есть лифт? У меня больное колено, по лестнице
мне очень тяжело.

С уважением,
Галина Шмидт
Deutsch-Russischer Kulturkreis Münster e.V.
""", charset="utf-8", cte="8bit")


# -- 004 ---------------------------------------------------------------------
# Question in learner German: may a group that is not yet an e.V. take
# part, is there Dari or Pashto interpretation; "Wenn das möglich ist, ich
# melde mich dann richtig an" -- no registration yet.  Numbers: 2016, 15
# persons.  iso-8859-1 quoted-printable.

@mail("noori-question-noch-kein-verein", "2027-01-15 09:12:55",
      E("question", "a.w.noori@mail.example", "Abdul Wahid Noori",
        "Afghanische Jugend Münster", [], None, "de"), "de")
def _(m):
    m.head(("From", "Abdul Wahid Noori <a.w.noori@mail.example>"),
           ("To", MSO),
           ("Subject", "Frage wegen MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<d0b6a2f4-9c1e-4b37-8e25-61af0c3d7b92@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

mein Name ist Abdul Wahid Noori, ich komme aus Afghanistan, aus Herat,
und ich bin seit 2016 in Münster. Ich habe Ihre Einladung bekommen von ein
Freund aus dem Integrationsrat. Danke schön.

Wir sind eine Gruppe von junge Afghanen, ungefähr 15 Personen. Wir spielen
zusammen Fußball und wir helfen die neuen Leute mit Papiere, Termin bei
Ausländerbehörde, Wohnung suchen und so weiter. Aber wir sind noch kein
eingetragene Verein, kein e.V., wir haben nur eine WhatsApp-Gruppe und
manchmal Treffen in Jugendzentrum.

Meine Frage ist: dürfen wir auch kommen zum Tag der
Migrantenselbstorganisationen, wenn wir noch kein Verein sind? Und gibt es
Übersetzung für Dari oder Paschtu? Mein Deutsch ist okay, aber meine
Freunde nicht so gut.

Wenn das möglich ist, ich melde mich dann richtig an, mit Arbeitsgruppe
und alles.

Vielen Dank und schöne Grüße
Abdul Wahid Noori
Afghanische Jugend Münster
""", charset="iso-8859-1", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# Polish carrying the sentences, German words inside; iso-8859-2 QP (the
# display name is an RFC 2047 word in the same charset).  Children 9 and
# 14, 11 years, 48 families, a workshop in 2018; "grupa o edukacji (AG 1 -
# Bildungssystem)"; "Przyjdziemy we dwie" (2).  Question about a list of
# participants.

@mail("wrobel-polish-szkola-we-dwie", "2027-01-15 20:30:48",
      E("registration", "agnieszka.wrobel@poczta.example", "Agnieszka Wróbel",
        "Polnischer Elternverein Münster e.V.", ["AG1"], 2, "pl"), "pl")
def _(m):
    m.head(("From", addr("Agnieszka Wróbel", "agnieszka.wrobel@poczta.example", "iso-8859-2")),
           ("To", MSO),
           ("Subject", ew("Zgłoszenie na MSO-Tag 13.03. / Anmeldung", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270115203048.4471a@poczta.example>"),
           ("X-Mailer", "Poczta WebMail 5.1"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

piszę po polsku, bo pisanie maili po niemiecku idzie mi jeszcze bardzo
wolno - mam nadzieję, że to nie problem.

Jestem w Niemczech od 11 lat, mam dwójkę dzieci (9 i 14 lat), oboje
chodzą w soboty do polskiej szkoły, którą prowadzi nasz Polnischer
Elternverein Münster e.V. Mamy teraz 48 rodzin i ciągle brakuje nam sal
i nauczycieli, a dzieci przybywa.

W 2018 roku byłam na warsztacie o herkunftssprachlicher Unterricht i
bardzo dużo się wtedy dowiedziałam, jeszcze raz dziękuję!

Chciałabym się zapisać na 13 marca do grupy o edukacji (AG 1 -
Bildungssystem). Przyjdziemy we dwie, ze mną będzie koleżanka z zarządu,
Beata.

Mam też pytanie: czy będzie jakaś lista uczestników, żeby potem można było
nawiązać kontakt z innymi stowarzyszeniami? Szukamy partnerów do wspólnego
festynu w czerwcu.

Pozdrawiam serdecznie
Agnieszka Wróbel
Polnischer Elternverein Münster e.V.
""", charset="iso-8859-2", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Learner German typed on a phone late at night: one long paragraph, few
# full stops, an emoji.  The workgroup only in passing: "wieder das Thema
# mit Geld für Verein, wie letztes Jahr bei Frau Schulte" (AG3:
# Förderung/Finanzierung).  7 years, B1, three children 5/8/12; "Ich
# komme alleine" (1).

@mail("hajali-phone-geld-fuer-verein", "2027-01-16 23:47:10",
      E("registration", "rasha.hajali@mail.example", "Rasha Haj Ali",
        "Syrisch-Deutscher Familienverein Münster", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Rasha Haj Ali <rasha.hajali@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<m2k8s1.1768603630.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo liebe Team

ich bin Rasha ich war letztes Jahr auch da bei MSO Tag, vielleicht Sie erinnern mich, ich hatte die Kuchen mitgebracht mit Pistazien 😊 ich bin jetzt 7 Jahre in Deutschland und ich habe mein B1 geschafft im Dezember endlich!! Ich habe 3 Kinder 5, 8 und 12 Jahre alt deshalb ich schreibe immer so spät abends sorry. Unser Verein ist Syrisch-Deutscher Familienverein Münster, wir haben viele neue Familien dieses Jahr aber kein Geld für Miete und für Ausflug mit Kinder, letzte Sommer wir haben alles selbst bezahlt. Deshalb ich möchte gerne wieder das Thema mit Geld für Verein, wie letztes Jahr bei Frau Schulte, sie hat so gut erklärt über Antrag und so. Ich komme alleine, mein Mann muss auf Kinder aufpassen. Danke für alles was Sie machen für uns

Rasha Haj Ali

Von meinem Samsung Galaxy gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Out-of-office in German and Turkish, answering a confirmation sent to
# someone not in this set.  Auto-Submitted: auto-replied.

@mail("oeztuerk-abwesenheit-de-tr", "2027-01-18 08:01:33",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Cem Öztürk <cem.oeztuerk@tdkv-hiltrup.example>"),
           ("To", TO_MSO),
           ("Subject", "Abwesenheitsnotiz / İzindeyim: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<autoreply.20270118080133.77f1@tdkv-hiltrup.example>"),
           ("In-Reply-To", conf_id("20270118080131.c3e0")),
           ("References", conf_id("20270118080131.c3e0")),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich bin bis einschließlich 31.01.2027 im Urlaub und lese meine E-Mails
nicht. In dringenden Vereinsangelegenheiten wenden Sie sich bitte an
vorstand@tdkv-hiltrup.example.

Merhaba,

31.01.2027 tarihine kadar izindeyim, e-postalarımı okuyamıyorum. Acil
dernek işleri için lütfen vorstand@tdkv-hiltrup.example adresine yazınız.

Cem Öztürk
Türkisch-Deutscher Kulturverein Hiltrup e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Ukrainian, Gmail multipart/alternative.  Arrival in April 2022, children
# 10 and 16, a Tuesday conversation club; "втрьох" (3); first the first
# group (education), if full the second (Zukunftsprozess).  Question about
# interpretation (colleagues at A2).

BONDARENKO_TEXT = """Добрий день!

Мене звати Олена Бондаренко. Я приїхала до Мюнстера у квітні 2022 року з Харкова разом із двома дітьми (зараз їм 10 і 16 років). Спочатку було дуже важко, але завдяки людям із Mriya – Ukrainische Initiative Münster e.V. ми швидко знайшли і житло, і школу. Тепер я сама там волонтерка і по вівторках веду розмовний клуб німецької мови.

Щиро дякую за запрошення на Tag der Migrantenselbstorganisationen! Ми хотіли б прийти втрьох – я і ще дві колеги з нашої ініціативи.

Найбільше нас цікавить перша робоча група, про освіту, бо в наших дітей у школі багато проблем: спочатку Willkommensklasse, потім звичайний клас, і ніхто не пояснює батькам, як працює ця система. Якщо там не буде місць, то друга група (Zukunftsprozess) нам теж підходить.

Ще одне питання: чи буде на заході переклад українською? Дві мої колеги поки що тільки на рівні A2.

З найкращими побажаннями,
Олена Бондаренко
Mriya – Ukrainische Initiative Münster e.V."""


@mail("bondarenko-ukrainian-vtrokh", "2027-01-18 19:15:26",
      E("registration", "olena.bondarenko@mail.example", "Олена Бондаренко",
        "Mriya – Ukrainische Initiative Münster e.V.", ["AG1", "AG2"], 3, "uk"), "uk")
def _(m):
    m.head(("From", "Олена Бондаренко <olena.bondarenko@mail.example>"),
           ("To", MSO),
           ("Subject", "Реєстрація / Anmeldung MSO-Tag 2027"),
           ("Date", m.date),
           ("Message-ID", "<CAMq3vB8xN1kR7tY5uW2eZ9pL4oI6aS0dF3gH8jK1lC5vX7bN2m@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(BONDARENKO_TEXT, gmail_html(BONDARENKO_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 009 ---------------------------------------------------------------------
# Farsi, Yahoo-style multipart/alternative in UTF-8 base64.  Fifteen years
# in Münster, Nowruz a week after the event; "من و همسرم ... یعنی دو نفر"
# (2); "گروه کاری دوم" (the second, AG2) with "Zukunftsprozess".  Asks
# whether they may set up a Haft-sin table.

SADEGHI_TEXT = """سلام و وقت بخیر،

من مریم صادقی هستم. پانزده سال است که در مونستر زندگی می‌کنم و حدود پنج سال است که در Deutsch-Iranischer Kulturverein Münster e.V. فعالیت می‌کنم.

از دعوت شما خیلی ممنونم. امسال روز MSO تقریباً یک هفته قبل از نوروز است و ما این روزها حسابی سرمان شلوغ است، ولی حتماً می‌خواهیم بیاییم.

لطفاً من و همسرم را ثبت‌نام کنید، یعنی دو نفر. ما به گروه کاری دوم علاقه داریم، یعنی آینده‌ی مونستر (Zukunftsprozess)، چون در محله‌ی ما خیلی چیزها در حال تغییر است و کسی نظر مهاجرها را نمی‌پرسد.

یک سؤال هم دارم: آیا اجازه هست که یک سفره‌ی هفت‌سین کوچک در سالن بچینیم؟ فکر می‌کنم برای همه جالب باشد.

با سپاس فراوان
مریم صادقی"""


@mail("sadeghi-farsi-haftsin", "2027-01-19 22:10:04",
      E("registration", "maryam.sadeghi@mail.example", "مریم صادقی",
        "Deutsch-Iranischer Kulturverein Münster e.V.", ["AG2"], 2, "fa"), "fa")
def _(m):
    m.head(("From", "Maryam Sadeghi <maryam.sadeghi@mail.example>"),
           ("To", "mso-tag@muenster.example"),
           ("Subject", ew("ثبت‌نام برای روز MSO", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1204877315.4419027.1768857004112@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.23187 YMailNorrin"),
           ("MIME-Version", "1.0"))
    html_text = ('<html><head></head><body><div class="ydp4f2c8e1ayahoo-style-wrap" '
                 'style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;" dir="rtl">'
                 + "".join(f"<div dir=\"rtl\">{esc(l) if l else '<br>'}</div>"
                           for l in SADEGHI_TEXT.split("\n"))
                 + "</div></body></html>\n")
    m.alternative(SADEGHI_TEXT, html_text, charset="utf-8", cte="base64")


# -- 010 ---------------------------------------------------------------------
# Long native German from a chairwoman: news (new board, 124 members), a
# complaint about a funding application, then the registration (herself
# and the new treasurer, "also zwei Personen"; Förderung first, Zukunfts-
# prozess second), then three numbered questions.  Outlook HTML only,
# windows-1252 QP.

BERGHAUS_TEXT = """Liebe Frau Meza Correa-Flock,

ein gutes neues Jahr nachträglich! Ich hoffe, Sie sind gut in 2027 gestartet.

Zunächst ein paar Neuigkeiten aus unserem Verein: Auf der Mitgliederversammlung im November haben wir einen neuen Vorstand gewählt. Ich bleibe Vorsitzende, neu dabei ist als Kassiererin Frau Folake Adeyemi, die einige von Ihnen vielleicht schon aus dem Elterncafé kennen. Wir sind inzwischen auf 124 Mitglieder gewachsen – vor fünf Jahren waren es noch 38!

Dann muss ich leider auch etwas loswerden: Unser Antrag auf Mittel aus dem Integrationsfonds liegt seit September bei der Stadt, und wir haben bis heute keine Rückmeldung. Für einen kleinen Verein wie unseren ist das schwierig, wir strecken die Honorare für die Sprachkurse gerade privat vor. Ich weiß, dass Sie dafür nicht zuständig sind, aber vielleicht können Sie das an der richtigen Stelle einmal ansprechen.

Zum eigentlichen Anlass: Wir möchten uns gern für den 13. März anmelden, Frau Adeyemi und ich, also zwei Personen. Am liebsten würden wir in die Arbeitsgruppe zu Förderungsmöglichkeiten und Vereinsmanagement gehen – aus naheliegenden Gründen :-) Falls die voll ist, wäre die AG zum Zukunftsprozess unsere zweite Wahl.

Und noch drei Fragen:
1. Gibt es wieder einen Büchertisch bzw. die Möglichkeit, Infomaterial auszulegen?
2. Werden die Ergebnisse der Arbeitsgruppen hinterher verschickt? Letztes Jahr kam leider nichts.
3. Ist der Saal diesmal besser beheizt? Im letzten Jahr haben viele in Jacken gesessen.

Herzliche Grüße aus Coerde

Monika Berghaus
1. Vorsitzende
Förderverein Interkulturelle Nachbarschaft Coerde e.V.
Hamannplatz 40 · 48157 Münster
Tel. 0251 / 3 27 48 15"""


@mail("berghaus-outlook-news-complaint-questions", "2027-01-20 14:03:36",
      E("registration", "m.berghaus@nachbarschaft-coerde.example", "Monika Berghaus",
        "Förderverein Interkulturelle Nachbarschaft Coerde e.V.", ["AG3", "AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", '"Berghaus, Monika" <m.berghaus@nachbarschaft-coerde.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung MSO-Tag + ein paar Fragen"),
           ("Thread-Topic", "Anmeldung MSO-Tag + ein paar Fragen"),
           ("Thread-Index", "AdtrK9v2m4X8pQ1sR3tU5vW7yZ9aBg=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR04MB8127C3D2E1F0A9B8@AS8PR04MB8127.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(BERGHAUS_TEXT), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Turkish carrying the sentences, German association words inside;
# iso-8859-9 QP.  Came in 1989 aged eight, 38 years, 140 members aged
# 10-18.  "geçen yıl ... Frau Demir'in grubundaydım" is last year;
# this year "Vereinsmanagement grubuna (AG 3)"; "Oğlum Emre de ... iki
# kişi" (2).  A parking question.

@mail("gunes-turkish-sportverein-ag3", "2027-01-21 17:50:29",
      E("registration", "mehmetali.gunes@mail.example", "Mehmet Ali Güneş",
        "Türkischer Sportverein Münster-Süd e.V.", ["AG3"], 2, "tr"), "tr")
def _(m):
    m.head(("From", addr("Mehmet Ali Güneş", "mehmetali.gunes@mail.example", "iso-8859-9")),
           ("To", MSO),
           ("Subject", ew("MSO-Tag 2027 kayıt / Anmeldung Güneş", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<9a41c7e2-0f3d-4b58-a6e9-2d7b1c8f0e54@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba Frau Meza Correa-Flock,

ben Mehmet Ali Güneş. 1989'da sekiz yaşında ailemle Almanya'ya geldim,
yani 38 senedir buradayım. Türkischer Sportverein Münster-Süd e.V.'nin
başkanıyım; 140 üyemiz var, çoğu 10-18 yaş arası gençler.

Geçen yıl da katılmıştım, Frau Demir'in grubundaydım, çok faydalı oldu.
Bu sene yine Vereinsmanagement grubuna (AG 3) katılmak istiyorum, çünkü
geçen ay yeni Vorstand seçtik ve Satzung, Kassenprüfung, Fördermittel gibi
konularda hâlâ çok eksiğimiz var.

Oğlum Emre de benimle gelecek, o bizim Jugendwart, yani iki kişi olacağız.

Bir de şunu sormak istiyorum: Stadtweinhaus'un yakınında otopark var mı,
yoksa Hauptbahnhof'tan yürümek mi daha iyi olur?

Saygılarımla
Mehmet Ali Güneş
Türkischer Sportverein Münster-Süd e.V.
""", charset="iso-8859-9", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Newsletter (other): another organisation's funding workshop with its own
# "Anmeldung", full of Förderung/Vereinsmanagement words.  List headers,
# multipart/alternative.

NEWSLETTER_TEXT = """Newsletter Vereinsberatung Münsterland – Januar 2027

Liebe Vereinsaktive,

1) Förderwerkstatt für Migrantenselbstorganisationen
Am Samstag, 20. Februar 2027, 10–14 Uhr, laden wir zur Förderwerkstatt ein: Welche Förderprogramme gibt es für kleine Vereine? Wie schreibe ich einen Antrag, der Erfolg hat? Mit Praxisbeispielen aus drei Vereinen.
Anmeldung bis 12. Februar unter https://vereinsberatung-muensterland.example/foerderwerkstatt

2) Neue Förderrichtlinie des Landes
Ab 1. April gelten neue Fristen für Anträge auf Projektförderung. Die wichtigsten Änderungen haben wir auf unserer Website zusammengefasst.

3) Sprechstunde Vereinsmanagement
Jeden ersten Dienstag im Monat, 16–18 Uhr: Fragen zu Satzung, Kasse und Gemeinnützigkeit – ohne Anmeldung.

Herzliche Grüße
Ihr Team der Vereinsberatung Münsterland

Sie erhalten diesen Newsletter, weil Sie sich dafür eingetragen haben.
Abmelden: https://vereinsberatung-muensterland.example/newsletter/abmelden"""


@mail("vereinsberatung-newsletter-foerderwerkstatt", "2027-01-22 10:00:04",
      E("other"), "de")
def _(m):
    m.head(("From", "Vereinsberatung Münsterland <newsletter@vereinsberatung-muensterland.example>"),
           ("To", MSO),
           ("Subject", "Newsletter Januar: Förderwerkstatt am 20.02. | Neue Förderrichtlinie"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-01.5531.mso-tag=muenster.example@vereinsberatung-muensterland.example>"),
           ("List-Id", "Newsletter Vereinsberatung <newsletter.vereinsberatung-muensterland.example>"),
           ("List-Unsubscribe", "<https://vereinsberatung-muensterland.example/newsletter/abmelden?u=5531>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(NEWSLETTER_TEXT,
                  div_html(NEWSLETTER_TEXT, "font-family: Arial, sans-serif; font-size: 14px; color: #223;"),
                  charset="utf-8", cte="quoted-printable")

# -- 013 ---------------------------------------------------------------------
# A husband writes for his wife (no e-mail of her own) and asks for the
# answer to his address: attendee Shilan Rashid, reply to the From
# address.  "Das Thema was sie interessiert ist Schule" (AG1); he does not
# come himself (1).  Sons of 7 and 10, 30 women, Saturday until 18 Uhr.

@mail("rashid-schreibt-fuer-seine-frau", "2027-01-23 12:35:50",
      E("registration", "karwan.rashid@mail.example", "Shilan Rashid",
        "Frauenverein Ronahî Münster", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Karwan Rashid <karwan.rashid@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung für meine Frau"),
           ("Date", m.date),
           ("Message-ID", "<CAF5tR8wQ2eY6uI9oP1aS4dG7hJ0kL3zX5cV8bN1mQ4wE7rT0yU@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren

Ich schreibe für meine Frau, Shilan Rashid. Sie hat keine E-Mail und ihr
Deutsch ist noch nicht so gut für schreiben, aber sprechen geht schon gut.
Sie ist aktiv bei Frauenverein Ronahî Münster, sie machen jeden Mittwoch
Frauenfrühstück und Nähkurs, ungefähr 30 Frauen kommen immer.

Sie möchte gerne kommen am 13. März zu der Tag von
Migrantenorganisationen. Das Thema was sie interessiert ist Schule, weil
unsere zwei Jungs (7 und 10 Jahre) haben in der Schule Probleme mit
Lehrerin und sie will wissen was kann man machen als Eltern und auch als
Verein.

Ich selbst kann leider nicht kommen, ich arbeite Samstag immer bis 18 Uhr
in die Bäckerei.

Bitte schicken Sie die Antwort an diese E-Mail, ich sage ihr dann
Bescheid.

Mit freundlichen Grüßen
Karwan Rashid
""", charset="utf-8", cte="8bit")


# -- 014 ---------------------------------------------------------------------
# Apple Mail from an iPad, multipart/alternative.  Fluent, chatty German
# from the second generation: the community turns 30 (founded 1997), new
# rooms after eight years, a father of 71, Münster 2030.  "Wir kommen zu
# viert" (4), "Workshop II" (AG2).  Photo question.  Signed first with a
# short first name, then the full name.

PHAM_TEXT = """Liebe Frau Meza Correa-Flock, liebes Team vom Kommunalen Integrationszentrum,

ich melde mich nach langer Zeit mal wieder! Bei uns war das letzte Jahr ziemlich turbulent: Unsere Gemeinde wird dieses Jahr 30 Jahre alt (gegründet 1997 von meinen Eltern und ein paar anderen Familien, die Anfang der 80er als Boatpeople nach Münster kamen). Im Juni feiern wir groß im Bürgerhaus, eine Einladung folgt.

Außerdem haben wir seit Herbst endlich eigene Räume am Hansaring, nach acht Jahren Suche. Ohne die Beratung bei Ihnen hätten wir den Mietvertrag wahrscheinlich nie hinbekommen – danke!

Jetzt aber zum MSO-Tag: Wir kommen zu viert – ich, mein Vater (er ist 71 und freut sich schon sehr) und zwei junge Leute aus unserer Jugendgruppe, Minh und Lena. Wir möchten gern in Workshop II, also zum Zukunftsprozess. Gerade die Jugendlichen haben viele Ideen, wie Münster 2030 aussehen soll.

Kurze Frage noch: Dürfen wir am Tag Fotos für unsere Website machen, oder gibt es da Regeln wegen Datenschutz?

Viele liebe Grüße
Trang

Thu Trang Pham-Becker
Vietnamesische Gemeinde Münster e.V.

Von meinem iPad gesendet"""


@mail("pham-becker-apple-zu-viert", "2027-01-24 16:20:12",
      E("registration", "tt.pham-becker@vgm-muenster.example", "Thu Trang Pham-Becker",
        "Vietnamesische Gemeinde Münster e.V.", ["AG2"], 4, "de"), "de")
def _(m):
    m.head(("From", "Thu Trang Pham-Becker <tt.pham-becker@vgm-muenster.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag – wir sind dabei!"),
           ("Date", m.date),
           ("Message-ID", "<5B2E7F19-3C8A-4D61-9E0B-A7F4C2D81E36@vgm-muenster.example>"),
           ("X-Mailer", "iPad Mail (22C152)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.alternative(PHAM_TEXT, apple_html(PHAM_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 015 ---------------------------------------------------------------------
# Russian question, windows-1251 base64: may a private person without a
# Verein come; is it free.  "Если можно, я с удовольствием
# зарегистрируюсь" -- registration announced, not made.  Mentions the
# school topic as interest only.

@mail("kim-russian-question-ohne-verein", "2027-01-25 19:44:21",
      E("question", "natalya.kim@mail.example", "Наталья Ким", None, [], None, "ru"), "ru")
def _(m):
    m.head(("From", addr("Natalya Kim", "natalya.kim@mail.example")),
           ("To", MSO),
           ("Subject", ew("Вопрос по MSO-Tag", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1737831861.88213574@f77.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый вечер!

Меня зовут Наталья Ким, я из Казахстана, из Караганды, живу в Мюнстере уже
4 года. Работаю помощницей в детском саду и параллельно учу немецкий
(сейчас уровень B2).

Подруга переслала мне ваше приглашение на Tag der
Migrantenselbstorganisationen. Мне очень интересно, особенно тема про
школу, потому что я сама по образованию учитель начальных классов, 12 лет
стажа.

Но я не состою ни в каком Verein. Можно ли прийти просто как частное лицо,
или это мероприятие только для представителей организаций? Если можно, я
с удовольствием зарегистрируюсь.

И ещё: участие платное или бесплатное?

Заранее спасибо!
Наталья Ким
""", charset="windows-1251", cte="base64")


# -- 016 ---------------------------------------------------------------------
# Learner German from a chairman (Eritrean community): 45 members and 12
# children, a rejected application last year.  "mit drei Person, ich,
# unsere Kassiererin ... und unsere Sekretär" (3); "Gruppe drei, für
# Förderung" (AG3).  Question about paying for food.

@mail("haile-eritreische-gemeinschaft-drei", "2027-01-26 11:05:40",
      E("registration", "yohannes.haile@mail.example", "Yohannes Haile",
        "Eritreische Gemeinschaft Münster e.V.", ["AG3"], 3, "de"), "de")
def _(m):
    m.head(("From", "Yohannes Haile <yohannes.haile@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Eritreische Gemeinschaft"),
           ("Date", m.date),
           ("Message-ID", "<20270126110540.GA31877@mail.example>"),
           ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau,

Mein Name ist Yohannes Haile, ich bin Vorsitzende von Eritreische
Gemeinschaft Münster e.V. seit 2021. Wir sind 45 Mitglieder und 12 Kinder,
jede Monat wir machen Treffen mit Kaffeezeremonie und auch Sprachkurs
Tigrinya für die Kinder.

Wir haben gehört von die Veranstaltung am 13.3. von eine Frau von Caritas,
danke für die Einladung.

Wir wollen kommen mit drei Person: ich, unsere Kassiererin Frau Semhar
Tekle und unsere Sekretär Herr Daniel Berhane. Wir wollen gehen in die
Gruppe drei, für Förderung, weil wir brauchen Hilfe für Antrag. Wir haben
keine Erfahrung und letzte Jahr unsere Antrag war abgelehnt, wir wissen
nicht warum.

Auch eine Frage: muss man etwas bezahlen für Essen?

Vielen Dank
Mit freundliche Grüße
Yohannes Haile
Eritreische Gemeinschaft Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Bounce (multipart/report) written in German by the recipient's provider:
# mailbox full (5.2.2).  The third part returns only the headers
# (text/rfc822-headers) of the confirmation.

LEW_RCPT = "joanna.lewandowska@poczta.example"


@mail("poczta-bounce-postfach-voll", "2027-01-27 06:12:09",
      E("bounce", bounced=LEW_RCPT), "de")
def _(m):
    m.head(("From", "Mail Delivery System <MAILER-DAEMON@mx2.poczta.example>"),
           ("To", MSO),
           ("Subject", "Unzustellbar: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<20270127051209.9C4F2A0133@mx2.poczta.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""Dies ist eine automatisch erstellte Nachricht des Mailservers mx2.poczta.example.

Ihre Nachricht konnte an folgenden Empfänger nicht zugestellt werden:

    {LEW_RCPT}

Grund: Das Postfach des Empfängers ist voll (Speicherplatz überschritten).
Die Nachricht wurde nach mehreren Zustellversuchen zurückgewiesen.

Bitte versuchen Sie es später erneut oder benachrichtigen Sie den
Empfänger auf anderem Weg.

--- Technische Angaben ---
552 5.2.2 <{LEW_RCPT}>: Mailbox full, quota exceeded
""", charset="utf-8", cte="quoted-printable", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx2.poczta.example"),
         ("Arrival-Date", "Wed, 27 Jan 2027 06:11:58 +0100")],
        [("Final-Recipient", f"rfc822; {LEW_RCPT}"),
         ("Original-Recipient", f"rfc822; {LEW_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Diagnostic-Code", f"smtp; 552 5.2.2 <{LEW_RCPT}>: Mailbox full, quota exceeded")])
    headers = (f"Return-Path: <{MSO}>\n"
               "Received: from mx.muenster.example (mx.muenster.example [198.51.100.25])\n"
               "\tby mx2.poczta.example (Postfix) with ESMTPS id 9C4F2A0133\n"
               f"\tfor <{LEW_RCPT}>; Wed, 27 Jan 2027 06:11:58 +0100 (CET)\n"
               f"From: {TO_MSO}\n"
               f"To: Joanna Lewandowska <{LEW_RCPT}>\n"
               f"Subject: {ew(CONFIRMATION_SUBJECT)}\n"
               "Date: Wed, 27 Jan 2027 06:11:55 +0100\n"
               f"Message-ID: {conf_id('20270127061155.a91d')}\n"
               "Auto-Submitted: auto-replied\n")
    ret = m.text(headers, subtype="rfc822-headers", charset="us-ascii", cte="7bit",
                 headers=[("Content-Description", "Undelivered Message Headers")])
    m.multi("report", [note, dsn, ret],
            params={"report-type": "delivery-status"})


# -- 018 ---------------------------------------------------------------------
# German carrying the sentences with Turkish insertions (Selamün aleyküm,
# Allah'a şükür, Allah razı olsun), learner grammar.  "ich und drei
# Schwestern von Gemeinde ... Also 4 Frauen" (4); "Gruppe über Münster
# Zukunft" (AG2 alias "Münsters Zukunft").  Food question, offer of börek.

@mail("dogan-frauenkreis-vier-frauen", "2027-01-28 20:30:44",
      E("registration", "hatice.dogan@mail.example", "Hatice Doğan",
        "Frauenkreis der Moscheegemeinde Hiltrup", ["AG2"], 4, "de"), "de")
def _(m):
    m.head(("From", "Hatice Doğan <hatice.dogan@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Frauenkreis"),
           ("Date", m.date),
           ("Message-ID", "<CAH9uJ3kL6mN1bV4cX8zQ2wE5rT7yU0iO3pA6sD9fG2hJ5kL8zX@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Selamün aleyküm und guten Abend,

ich bin Hatice, wir haben uns letztes Jahr kennengelernt beim Iftar in Rathaus, vielleicht Sie erinnern, ich war mit der blaue Kopftuch 🙂

Ich wollte schon lange schreiben aber bei uns war viel los, meine Schwiegermutter war 3 Wochen im Krankenhaus, Allah'a şükür jetzt geht besser.

Wir von Frauenkreis der Moscheegemeinde Hiltrup möchten gerne kommen zu MSO-Tag. Wir sind ich und drei Schwestern von Gemeinde, Ayşe, Fadime und Sevgi. Also 4 Frauen insgesamt. Wir wollen in die Gruppe über Münster Zukunft, weil in Hiltrup gibt es kein Platz für Jugendliche und Frauen zum Treffen, immer wir müssen fragen bei Kirche oder Schule ob Raum frei ist.

Gibt es Essen helal oder sollen wir selbst mitbringen? Wir können auch gerne Börek mitbringen für alle, kein Problem, wir machen das gerne.

Allah razı olsun für Ihre Arbeit, wirklich.

Hatice Doğan
""", charset="utf-8", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Change, learner German, Thunderbird reply quoting the confirmation (AG1,
# 1 person) with '>'.  New choice paraphrased: "die Gruppe mit Verein und
# Geld, also Förderung und Vereinsmanagement" (AG3).  "Bildung geht meine
# Kollegin" is someone else.  Good news about his son's apprenticeship.

@mail("benyoussef-change-verein-und-geld", "2027-01-29 13:15:08",
      E("change", "samir.benyoussef@mail.example", "Samir Benyoussef",
        "Marokkanischer Kulturverein Münster", ["AG3"], None, "de"), "de")
def _(m):
    cid = conf_id("20270120100211.51b2")
    m.head(("From", "Samir Benyoussef <samir.benyoussef@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<7c2e5a91-4f0b-4d3e-9a68-e1b7c05d2f43@mail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

danke für die Bestätigung. Ich muss bitte etwas ändern. Ich war
angemeldet für Bildung, aber jetzt unser Vorstand hat entschieden, ich
muss gehen in die Gruppe mit Verein und Geld, also Förderung und
Vereinsmanagement. Unsere Kassierer ist nach Dortmund umgezogen und jetzt
ich mache die Kasse auch. Bildung geht meine Kollegin Latifa, sie meldet
sich selbst bei Ihnen.

Gute Nachricht noch: mein Sohn hat Ausbildungsplatz bekommen als
Elektriker, nach 2 Jahre suchen! Danke an Ihre Kollegin von der Beratung,
sie hat mit ihm die Bewerbung korrigiert.

Gruß
Samir Benyoussef
Marokkanischer Kulturverein Münster

Am 20.01.2027 um 10:02 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(confirmation("Guten Tag Herr Benyoussef", "AG1", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Arabic from the association's shared mailbox; the writer asks for the
# answer at her own address, which is in Reply-To.  "المجموعة الأولى
# (التعليم / Bildungssystem)" (AG1); "شخصين: أنا وزميلتي" (2).  2009,
# three years, 18 pupils from the fifth to the tenth class.  UTF-8 base64.

@mail("irakischer-verein-reply-to-arabic", "2027-01-30 09:40:31",
      E("registration", "nour.alhassan@mail.example", "Nour Al-Hassan",
        "Irakischer Kulturverein Münster e.V.", ["AG1"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Irakischer Kulturverein Münster <info@irak-kultur-ms.example>"),
           ("Reply-To", "Nour Al-Hassan <nour.alhassan@mail.example>"),
           ("To", MSO),
           ("Subject", ew("تسجيل - MSO-Tag 2027", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<20270130094031.6e0c1b@irak-kultur-ms.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

أكتب لكم من بريد الجمعية لأن بريدي الشخصي فيه مشكلة هذه الأيام، فأرجو أن تردّوا على عنواني الخاص (الموجود في Reply-To).

أنا طبيبة أسنان، أعيش في ألمانيا منذ 2009، وأنا عضو في الهيئة الإدارية للجمعية منذ ثلاث سنوات. بدأنا في أكتوبر مشروعاً جديداً لدعم الطلاب العراقيين في المدارس، ويشارك فيه الآن 18 طالباً من الصف الخامس حتى الصف العاشر.

لهذا السبب نودّ المشاركة في المجموعة الأولى (التعليم / Bildungssystem). سنكون شخصين: أنا وزميلتي سارة، وهي معلّمة.

وبالمناسبة، شكراً جزيلاً على النشرة الشهرية، نقرؤها دائماً في اجتماعات الهيئة.

مع التحية
Dr. Nour Al-Hassan
Irakischer Kulturverein Münster e.V.
""", charset="utf-8", cte="base64")


# -- 021 ---------------------------------------------------------------------
# Learner German (Polish pensioner).  "2017 war das Thema mit Arbeit" is
# a past MSO-Tag; for this year she does not know yet ("Welche Gruppe ich
# weiß noch nicht") -- no workgroup.  19 years, 22 persons in the club,
# "Ich komme allein" (1).  iso-8859-1, 8bit.

@mail("kowalska-thema-mit-arbeit-noch-offen", "2027-02-01 18:00:57",
      E("registration", "danuta.kowalska@mail.example", "Danuta Kowalska",
        "Polnischer Seniorenklub Münster", [], 1, "de"), "de")
def _(m):
    m.head(("From", "Danuta Kowalska <danuta.kowalska@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung 13. März"),
           ("Date", m.date),
           ("Message-ID", "<000a01db74c2$1f2e3d40$5d6c7b8a$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag Frau Meza Correa-Flock,

ich heiße Danuta Kowalska und ich bin schon 19 Jahre in Münster, aber mein
Deutsch ist immer noch nicht perfekt, Entschuldigung für die Fehler.

Ich war zweimal bei Tag der MSO, 2017 und 2018. 2017 war das Thema mit
Arbeit, das hat mir sehr geholfen, ich habe danach die Anerkennung von
meine Diplom als Krankenschwester gemacht und noch 8 Jahre in Klinik
gearbeitet.

Jetzt ich bin in Rente und mache ehrenamtlich bei der Seniorenklub, wir
sind 22 Personen, jeden Donnerstag Kaffee, Gymnastik und manchmal Ausflug.

Ich möchte mich anmelden für 13. März. Welche Gruppe ich weiß noch nicht
genau, alle Themen sind interessant für mich. Kann ich das am Tag
entscheiden?

Ich komme allein.

Mit freundlichen Grüßen
Danuta Kowalska
Polnischer Seniorenklub Münster
""", charset="iso-8859-1", cte="8bit")


# -- 022 ---------------------------------------------------------------------
# Exchange automatic reply, German and English, CRLF line ends,
# multipart/alternative; Auto-Submitted: auto-generated and
# X-Auto-Response-Suppress.

JOBCENTER_TEXT = """Vielen Dank für Ihre Nachricht.

Ich bin vom 01.02. bis zum 12.02.2027 nicht im Haus. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an das Team Migration unter team-migration@jobcenter-ms.example.

Thank you for your message. I am out of the office from 1 to 12 February 2027. Your e-mail will not be forwarded. For urgent matters please contact team-migration@jobcenter-ms.example.

Julia Terhorst
Jobcenter Münster – Team Migration"""


@mail("terhorst-exchange-automatische-antwort", "2027-02-02 08:00:14",
      E("auto_reply"), "de", tz=0)
def _(m):
    cid = conf_id("20270202085950.0d47")
    m.head(("From", "Terhorst, Julia <j.terhorst@jobcenter-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<GV0P278MB0718A2B3C4D5E6F7@GV0P278MB0718.CHEP278.PROD.OUTLOOK.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "j.terhorst@jobcenter-ms.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"),
           crlf=True)
    m.alternative(JOBCENTER_TEXT, outlook_html(JOBCENTER_TEXT), charset="utf-8",
                  cte="quoted-printable", style="outlook")


# -- 023 ---------------------------------------------------------------------
# German carrying the sentences with Ukrainian insertions (Добрий вечір,
# слава Богу, Дякую за все!).  Children 7 and 13, founded 2024, 18
# families, "7. Klasse".  "Am liebsten AG 1 ... Wenn AG 1 voll ist, dann
# AG 2"; "Ich komme allein" (1).

@mail("melnyk-ukrainisch-deutsch-ag1-sonst-ag2", "2027-02-03 21:15:03",
      E("registration", "iryna.melnyk@mail.example", "Iryna Melnyk",
        "Elterninitiative Kalyna Münster", ["AG1", "AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Iryna Melnyk <iryna.melnyk@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAB2wE5rT8yU1iO4pA7sD0fG3hJ6kL9zX2cV5bN8mQ1wE4rT7yU@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Добрий вечір, Frau Meza Correa-Flock!

Entschuldigung, dass ich so spät schreibe, die Kinder schlafen erst jetzt. Ich bin Iryna, ich bin im März 2022 mit meine zwei Kinder (jetzt 7 und 13 Jahre) aus Dnipro gekommen. Jetzt mache ich Praktikum als Erzieherin in eine Kita und im Herbst fange ich die Ausbildung an, слава Богу.

Mit andere Mütter haben wir 2024 die Elterninitiative Kalyna Münster gegründet, jetzt sind wir 18 Familien. Wir helfen mit Hausaufgaben, übersetzen bei Elternabend und so weiter.

Ich möchte mich gerne anmelden für den MSO-Tag. Am liebsten AG 1, weil Schule ist unser größtes Thema: mein Sohn ist in 7. Klasse und bekommt keine Deutschförderung mehr, obwohl er braucht noch. Wenn AG 1 voll ist, dann AG 2.

Ich komme allein, die Kinder bleiben bei meine Nachbarin.

Дякую за все!
Iryna Melnyk
""", charset="utf-8", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Farsi question with Persian digits (۱۲, ۱. ۲. ۳.): may she bring her
# baby, are the groups only in German, what is the deadline.  "اگر بشود
# بچه را آورد، حتماً ثبت‌نام می‌کنم" -- registration announced for later.
# Gmail, RTL, UTF-8 base64.

REZVANI_TEXT = """سلام خانم Meza Correa-Flock،

ببخشید که فارسی می‌نویسم، آلمانی‌ام هنوز برای نامه‌نوشتن کافی نیست (سطح B1 هستم).

من عضو یک گروه کوچک از زنان افغان و ایرانی در Coerde هستم. حدود ۱۲ نفریم و هر هفته با هم خیاطی می‌کنیم و آلمانی تمرین می‌کنیم. هنوز Verein ثبت‌شده نیستیم.

قبل از ثبت‌نام چند سؤال داشتم:
۱. پسرم هشت ماهه است. می‌توانم او را با خودم بیاورم، یا جایی برای نگهداری بچه‌ها هست؟
۲. آیا گروه‌های کاری فقط به زبان آلمانی است؟
۳. تا کِی باید ثبت‌نام کنیم؟

اگر بشود بچه را آورد، حتماً ثبت‌نام می‌کنم.

با تشکر فراوان
فاطمه رضوانی"""


@mail("rezvani-farsi-question-baby", "2027-02-04 13:30:45",
      E("question", "f.rezvani@mail.example", "فاطمه رضوانی", None, [], None, "fa"), "fa")
def _(m):
    m.head(("From", "Fatemeh Rezvani <f.rezvani@mail.example>"),
           ("To", MSO),
           ("Subject", ew("سؤال درباره‌ی روز MSO", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAJ4kL7zX0cV3bN6mQ9wE2rT5yU8iO1pA4sD7fG0hJ3kL6zX9cV@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(REZVANI_TEXT, gmail_html(REZVANI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")

# -- 025 ---------------------------------------------------------------------
# Nigerian English, formal and warm: 11 years, 70 members, twins of 3, a
# festival in August.  Workgroup only through last year: "the group with
# Mrs. Okonkwo about how the city of Münster will develop in the future
# ... join that topic again" (AG2).  "myself and my wife" (2).  A
# complaint about German-only programme, a question about a stand.
# windows-1252 QP.

@mail("eze-english-same-topic-as-last-year", "2027-02-05 17:25:19",
      E("registration", "chinedu.eze@mail.example", "Chinedu Eze",
        "Igbo Cultural Association Münster e.V.", ["AG2"], 2, "en"), "en")
def _(m):
    m.head(("From", "Chinedu Eze <chinedu.eze@mail.example>"),
           ("To", MSO),
           ("Subject", "Registration for MSO Day 2027 - Igbo Cultural Association"),
           ("Date", m.date),
           ("Message-ID", "<DU2PR10MB7645B1C2D3E4F5A6@DU2PR10MB7645.EURPRD10.PROD.OUTLOOK.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "en-gb"),
           ("MIME-Version", "1.0"))
    m.single("""Good evening Madam,

Compliments of the season, and I hope this mail finds you well.

My name is Chinedu Eze. I have been living in Germany for 11 years now, the last 6 of them in Münster, and I am the secretary of the Igbo Cultural Association Münster e.V. We are about 70 members, plus many children (our youngest are twins of 3 years!).

Let me use this opportunity to thank your office for the support with our New Yam Festival last August. It was a big success and even the local newspaper came.

I would like to register myself and my wife, Ngozi, for the MSO day on 13 March. Last year I attended the group with Mrs. Okonkwo about how the city of Münster will develop in the future, and it was very interesting, so we would like to join that topic again this year.

One small complaint, if I may: last year the programme was only in German and some of our elders could not follow. Is it possible to have at least a short summary in English?

Also, is there any possibility for associations to present themselves, for example with a small stand or a table?

Thank you and God bless,

Chinedu Eze
Secretary, Igbo Cultural Association Münster e.V.
Mobile: 0157 3344 8812
""", charset="windows-1252", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Learner German (Bosnian pensioner), iso-8859-2 QP.  The workgroup is
# only "die gleiche Gruppe wie letztes Jahr bei Frau Hoffmann" -- not
# identifiable from the mail (see README: ambiguous).  1993, 34 years,
# grandchildren 4 and 9; "nur ich alleine" (1).  Complaint about food.

@mail("hodzic-gleiche-gruppe-wie-letztes-jahr", "2027-02-06 10:50:22",
      E("registration", "senada.hodzic@mail.example", "Senada Hodžić",
        "Bosnisch-Herzegowinischer Kulturverein Münster e.V.", [], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Senada Hodžić", "senada.hodzic@mail.example", "iso-8859-2")),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<b3e8d1f2-6a4c-4e97-8d05-c2f1a9b7e640@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Meza Correa-Flock,

ich heiße Senada Hodžić, ich bin 1993 als Flüchtling aus Bosnien gekommen,
also schon 34 Jahre hier. Meine Enkel sind schon 4 und 9 Jahre alt, die
Zeit geht so schnell.

Ich bin Rentnerin aber immer noch aktiv im Kulturverein, wir machen
Frauentreffen jede Woche und zweimal im Jahr Sevdah-Abend mit Musik.

Ich möchte mich anmelden für MSO-Tag am 13. März, nur ich alleine. Bitte
wieder in die gleiche Gruppe wie letztes Jahr bei Frau Hoffmann, das war
sehr gut, sie hat gut erklärt und alle konnten sprechen, auch wir Ältere.

Noch etwas: letztes Jahr gab es kein vegetarisches Essen mehr als wir aus
der Gruppe kamen, bitte mehr bestellen :)

Viele Grüße
Senada Hodžić
Bosnisch-Herzegowinischer Kulturverein Münster e.V.
""", charset="iso-8859-2", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Change in Turkish: one person becomes three ("toplam üç kişi"); the
# group stays as it is (no workgroup named).  Gmail with the Turkish
# attribution line and the confirmation (AG2, 1) in a blockquote; a photo
# of their anniversary party attached (multipart/mixed).

AYDEMIR_TEXT = """Merhaba,

onay e-postası için teşekkür ederim. Küçük bir değişiklik olacak: derneğimizden iki arkadaşım, Burak ve Elif, de gelmek istiyor. Yani tek kişi değil, toplam üç kişi olacağız. Grup değişmesin, üçümüz de aynı gruba katılacağız.

Bu arada geçen hafta derneğimiz 10. yılını kutladı, 200'den fazla kişi geldi, çok güzel bir gece oldu. Ekte bir fotoğraf gönderiyorum, isterseniz bültende kullanabilirsiniz.

Sağlıcakla kalın
Serkan Aydemir
Anadolu Gençlik Derneği Münster"""

AYDEMIR_ATTR = ("20 Oca 2027 Çar, 11:42 tarihinde Tag der Migrantenselbstorganisationen "
                f"<{MSO}> şunu yazdı:")


@mail("aydemir-change-turkish-uc-kisi", "2027-02-08 19:05:37",
      E("change", "serkan.aydemir@mail.example", "Serkan Aydemir",
        "Anadolu Gençlik Derneği Münster", [], 3, "tr"), "tr")
def _(m):
    cid = conf_id("20270120114202.7a3e")
    quoted = confirmation("Guten Tag Herr Aydemir", "AG2", 1)
    m.head(("From", "Serkan Aydemir <serkan.aydemir@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAL8mN1bV4cX7zQ0wE3rT6yU9iO2pA5sD8fG1hJ4kL7zX0cV3bN@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    plain = f"{AYDEMIR_TEXT}\n\n{AYDEMIR_ATTR}\n\n{gt_quote(quoted)}\n"
    alt = m.multi("alternative",
                  [m.text(plain, "plain", "utf-8", "quoted-printable"),
                   m.text(gmail_quote_html(AYDEMIR_TEXT, AYDEMIR_ATTR, quoted), "html",
                          "utf-8", "quoted-printable")],
                  style="gmail", top=False)
    png = m.binary(make_png(72, 48), "image", "png", "dernek_10_yil.png")
    m.multi("mixed", [alt, png], style="gmail")


# -- 028 ---------------------------------------------------------------------
# Russian, Outlook multipart/alternative in UTF-8 base64.  Founded 2001,
# 180 members, since 1998, Purim on 23 March.  "меня и нашу
# председательницу" (2); "в первую очередь во вторую рабочую группу
# (Zukunftsprozess), а если там не будет мест – в третью" (AG2, AG3).
# Asks for the programme in advance.

LEWIN_TEXT = """Уважаемая госпожа Меза Корреа-Флок,

благодарю за приглашение.

Коротко о нас: Kulturforum Schalom Münster e.V. существует с 2001 года, сейчас у нас около 180 членов, в основном люди, приехавшие из бывшего СССР в 90-е годы как Kontingentflüchtlinge. Я сам живу в Германии с 1998 года, раньше работал инженером в Харькове, теперь на пенсии и веду у нас в клубе шахматный кружок.

К сожалению, в прошлом году мы не смогли участвовать – день совпал с Пуримом. В этом году Пурим 23 марта, так что 13-е у нас свободно.

Прошу записать двух человек: меня и нашу председательницу, госпожу Розу Кац. Мы хотели бы в первую очередь во вторую рабочую группу (Zukunftsprozess), а если там не будет мест – в третью.

Есть ли возможность получить программу заранее? Мы бы перевели её для наших пожилых членов.

С уважением
Борис Левин
Kulturforum Schalom Münster e.V."""


@mail("lewin-russian-outlook-second-then-third", "2027-02-09 11:30:58",
      E("registration", "b.lewin@kulturforum-schalom.example", "Борис Левин",
        "Kulturforum Schalom Münster e.V.", ["AG2", "AG3"], 2, "ru"), "ru")
def _(m):
    m.head(("From", "Boris Lewin <b.lewin@kulturforum-schalom.example>"),
           ("To", TO_MSO),
           ("Subject", ew("Регистрация: MSO-Tag 2027", "utf-8", "b")),
           ("Thread-Topic", ew("Регистрация: MSO-Tag 2027", "utf-8", "b")),
           ("Thread-Index", "AdtzP4q1r2s3t4u5v6w7x8y9z0AbCg=="),
           ("Date", m.date),
           ("Message-ID", "<PA4PR08MB6046E7F8A9B0C1D2@PA4PR08MB6046.eurprd08.prod.outlook.example>"),
           ("Accept-Language", "ru-RU, de-DE"),
           ("Content-Language", "ru-RU"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(LEWIN_TEXT), outlook_html(LEWIN_TEXT),
                  charset="utf-8", cte="base64", style="outlook")


# -- 029 ---------------------------------------------------------------------
# Advertising (other): a caterer who "heard" about the event for 90
# persons on 13 March.  HTML only, UTF-8 QP.

CATERING_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Sultan Catering</title></head>
<body style="font-family:Arial,sans-serif;color:#333;">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td>
<h2 style="color:#a0522d;">Ihre Veranstaltung am 13. März – wir kochen!</h2>
<p>Sehr geehrte Damen und Herren,</p>
<p>wie wir erfahren haben, planen Sie am 13. März 2027 eine Tagung mit rund 90 Gästen.
Sultan Catering Münster bietet Ihnen orientalische, mediterrane und vegetarische Buffets –
auf Wunsch 100&nbsp;% halal – ab 14,90&nbsp;€ pro Person.</p>
<p><b>Nur bis 15. Februar:</b> 10&nbsp;% Frühbucherrabatt und kostenlose Lieferung im Stadtgebiet!</p>
<p><a href="https://sultan-catering.example/angebot?ref=mso2027" style="background:#a0522d;color:#fff;padding:10px 18px;text-decoration:none;">Jetzt Angebot anfordern</a></p>
<p>Mit freundlichen Grüßen<br>Ihr Team von Sultan Catering<br>Hammer Straße 210 · 48153 Münster</p>
<p style="font-size:11px;color:#999;">Sie möchten keine Angebote mehr erhalten?
<a href="https://sultan-catering.example/abmelden">Hier abmelden</a>.</p>
</td></tr></table>
</body></html>
"""


@mail("sultan-catering-werbung", "2027-02-10 07:45:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Sultan Catering <angebote@sultan-catering.example>"),
           ("To", MSO),
           ("Subject", "Catering für Ihre Tagung am 13.03. – 10% Frühbucherrabatt"),
           ("Date", m.date),
           ("Message-ID", "<mc.20270210074500.884a1@sultan-catering.example>"),
           ("List-Unsubscribe", "<https://sultan-catering.example/abmelden>"),
           ("MIME-Version", "1.0"))
    m.single(CATERING_HTML, subtype="html", charset="utf-8", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# A social worker forwards a client's registration (Outlook "WG:") and asks
# to confirm to him directly.  The forwarded mail is learner German:
# "Ich und meine Frau Abena wir wollen kommen" (2), "Arbeitsgruppe
# Vereinsmanagement und Förderung" (AG3), 6 families, since 2019.
# Attendee: Emmanuel Adjei, at the address the forwarder names.

@mail("kroeger-forwards-adjei", "2027-02-11 14:20:06",
      E("registration", "e.adjei@mail.example", "Emmanuel Adjei",
        "Ghana Christian Fellowship Münster", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Kröger, Stefanie <s.kroeger@migrationsberatung-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "WG: Anmeldung MSO Tag"),
           ("Thread-Topic", "Anmeldung MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB2385A4B5C6D7E8F9@FR2P281MB2385.DEUP281.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

anbei die Anmeldung von Herrn Emmanuel Adjei, den ich in der
Migrationsberatung begleite. Seine eigene Mail an Sie ist wegen eines
Tippfehlers in der Adresse zurückgekommen, deshalb leite ich sie weiter.
Bitte schicken Sie die Bestätigung direkt an ihn: e.adjei@mail.example

Vielen Dank und freundliche Grüße
Stefanie Kröger
Migrationsberatung für erwachsene Zuwanderer
Caritasverband Münster

-----Ursprüngliche Nachricht-----
Von: Emmanuel Adjei <e.adjei@mail.example>
Gesendet: Mittwoch, 10. Februar 2027 21:37
An: Kröger, Stefanie <s.kroeger@migrationsberatung-ms.example>
Betreff: Anmeldung MSO Tag

Hallo Frau Kröger,
wie besprochen hier meine Anmeldung, bitte schicken Sie weiter, danke.

Sehr geehrte Damen und Herren,
ich bin Emmanuel Adjei aus Ghana, seit 2019 in Münster. Ich und meine Frau
Abena wir wollen kommen zu Tag von Migrantenselbstorganisation. Wir haben
mit 6 Familien eine kleine Gruppe gegründet,
Ghana Christian Fellowship Münster, wir treffen jeden Sonntag. Wir wollen
ein richtige Verein machen, aber wir wissen nicht wie. Deshalb wir möchten
Arbeitsgruppe Vereinsmanagement und Förderung.

Danke und Gott segne Sie
Emmanuel Adjei
""", charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Cancellation in learner German, Outlook plain text quoting the
# confirmation (AG1, 1) below "-----Ursprüngliche Nachricht-----".  Her
# mother (84) had a stroke, flight on 10 March, 4 or 6 weeks; "AG 1" is
# named only as what she looked forward to; asks for the minutes.
# windows-1252 QP.

@mail("yavuz-cancel-mutter-izmir", "2027-02-12 18:40:15",
      E("cancellation", "ayten.yavuz@mail.example", "Ayten Yavuz", None, [], None, "de"), "de")
def _(m):
    cid = conf_id("20270122093015.2f8c")
    m.head(("From", "Ayten Yavuz <ayten.yavuz@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<001201db7d9e$4a5b6c70$def01234$@mail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Meza Correa-Flock,

leider ich muss meine Anmeldung absagen. Meine Mutter in Izmir ist sehr krank, sie ist 84 Jahre und hatte letzte Woche Schlaganfall. Ich fliege am 10. März und ich weiß nicht wann ich zurück komme, vielleicht 4 oder 6 Wochen.

Ich habe mich so gefreut auf den Tag, besonders auf die AG 1, weil ich bin im Elternbeirat in der Grundschule von meinem Sohn. Bitte geben Sie meinen Platz an jemand anders.

Können Sie mir vielleicht danach das Protokoll von der Arbeitsgruppe schicken?

Vielen Dank für Ihr Verständnis
Ayten Yavuz

-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <{MSO}>
Gesendet: Freitag, 22. Januar 2027 09:30
An: Ayten Yavuz <ayten.yavuz@mail.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Guten Tag Frau Yavuz", "AG1", 1)}
""", charset="windows-1252", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Polish carrying the sentences, iso-8859-2 base64.  17 years, board for
# two years, about 90 members; "grupa robocza o przyszłości Münster
# (Zukunftsprozess)" (AG2); "Przyjdę sam" (1).  Parking question.

@mail("zielinski-polish-przyszlosc-sam", "2027-02-14 12:10:33",
      E("registration", "k.zielinski@poczta.example", "Krzysztof Zieliński",
        "Deutsch-Polnische Gesellschaft Münster e.V.", ["AG2"], 1, "pl"), "pl")
def _(m):
    m.head(("From", addr("Krzysztof Zieliński", "k.zielinski@poczta.example", "iso-8859-2", "b")),
           ("To", MSO),
           ("Subject", ew("Zgłoszenie - Tag der Migrantenselbstorganisationen", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270214121033.GB8812@poczta.example>"),
           ("X-Mailer", "Poczta WebMail 5.1"),
           ("MIME-Version", "1.0"))
    m.single("""Szanowni Państwo,

nazywam się Krzysztof Zieliński, od 17 lat mieszkam w Niemczech, z zawodu
jestem inżynierem budownictwa. Od dwóch lat jestem w zarządzie
Deutsch-Polnische Gesellschaft Münster e.V., mamy ok. 90 członków.

Chciałbym się zgłosić na Tag der Migrantenselbstorganisationen 13 marca.
Interesuje mnie grupa robocza o przyszłości Münster (Zukunftsprozess), bo
zawodowo dużo pracuję przy planowaniu osiedli i chętnie podzielę się
doświadczeniem. Przyjdę sam.

Mam jeszcze pytanie praktyczne: czy w pobliżu Stadtweinhaus jest jakiś
parking? Przywozimy czasem materiały informacyjne i roll-up, więc
tramwajem trochę trudno.

Pozdrawiam serdecznie
Krzysztof Zieliński
""", charset="iso-8859-2", cte="base64")


# -- 033 ---------------------------------------------------------------------
# Learner German (Moroccan women's association): 25 women, since 2019, a
# daughter of 17.  "mich und meine Tochter Salma ... Also 2 Person";
# "Gruppe: 1 oder 3, beide ist gut für uns, aber lieber 1" (AG1, AG3).
# Prayer room question "10 Minuten um 13 Uhr".  UTF-8 8bit.

@mail("elamrani-1-oder-3-lieber-1", "2027-02-15 20:55:47",
      E("registration", "yasmin.elamrani@mail.example", "Yasmin El Amrani",
        "Marokkanischer Frauenverein Amal Münster", ["AG1", "AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Yasmin El Amrani <yasmin.elamrani@mail.example>"),
           ("To", MSO),
           ("Subject", "anmeldung für 13.3"),
           ("Date", m.date),
           ("Message-ID", "<CAE6rT9yU2iO5pA8sD1fG4hJ7kL0zX3cV6bN9mQ2wE5rT8yU1iO@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo zusammen,

ich bin Yasmin, ich bin im Vorstand von Marokkanischer Frauenverein Amal Münster. Wir sind ein kleine Verein, 25 Frauen, wir existieren seit 2019. Letzte Woche wir haben Stadtteilfest geplant und eine Frau hat erzählt von Ihre Veranstaltung, deshalb ich schreibe.

Ich möchte anmelden mich und meine Tochter Salma, sie ist 17 und will später Lehrerin werden, sie interessiert sich sehr. Also 2 Person.

Gruppe: 1 oder 3, beide ist gut für uns, aber lieber 1.

Gibt es ein Raum für Gebet? Wir brauchen nur 10 Minuten um 13 Uhr.

Vielen Dank, und schöne Grüße an Frau Meza Correa-Flock, sie hat uns sehr geholfen letztes Jahr mit Raum für unser Fest.

Yasmin El Amrani
""", charset="utf-8", cte="8bit")


# -- 034 ---------------------------------------------------------------------
# Change, German carrying the sentences with Russian insertions, quoting
# the confirmation (AG2, 2 persons) Gmail-style.  Husband must work, so
# "ich komme allein" (1); "lieber in AG 1 wechseln".  "Förderschule" is a
# school type, not the Förderung group.  Grandson of 9.

@mail("braun-change-allein-und-ag1", "2027-02-16 09:25:30",
      E("change", "ljudmila.braun@mail.example", "Ljudmila Braun",
        "Verein der Deutschen aus Russland Münster-Kinderhaus", ["AG1"], 1, "de"), "de")
def _(m):
    cid = conf_id("20270125164410.9d21")
    m.head(("From", "Ljudmila Braun <ljudmila.braun@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAD3fG6hJ9kL2zX5cV8bN1mQ4wE7rT0yU3iO6pA9sD2fG5hJ8kL@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Morgen,

ich habe eine Änderung, bitte. Ich war angemeldet mit meinem Mann für AG 2. Aber mein Mann hat jetzt neue Arbeit im Lager und muss am Samstag arbeiten, ну что поделаешь. Also ich komme allein.

Und ich möchte bitte lieber in AG 1 wechseln. Letzte Woche hat die Schule von meinem Enkel gesagt, er soll auf Förderschule, und ich finde das nicht richtig. Er ist nur 9 und spricht zu Hause Russisch, das ist doch keine Behinderung! Ich will verstehen, wie das System funktioniert und was wir machen können.

Спасибо большое und entschuldigen Sie die Fehler.
Ljudmila Braun
Verein der Deutschen aus Russland Münster-Kinderhaus

Am Mo., 25. Jan. 2027 um 16:44 Uhr schrieb Tag der Migrantenselbstorganisationen <{MSO}>:
{gt_quote(confirmation("Guten Tag Frau Braun", "AG2", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Learner German (Afghan treasurer), HTML only from a webmailer, UTF-8
# base64.  6 years, 2 years treasurer, 35 members, children 4 and 9.
# "Arbeitsgruppe mit Förderung und Vereinsmanagement" (AG3); "Ich komme
# nur ich, 1 Person".  Question whether own questions are allowed.

HAIDARI_TEXT = """Salam und guten Abend,

mein Name ist Farid Haidari, ich bin seit 6 Jahren in Deutschland und seit 2 Jahren Kassenwart in unserem Verein, Afghanischer Kulturverein Hindukusch Münster e.V. Wir haben 35 Mitglieder, viele Familien mit kleine Kinder.

Ich möchte sagen danke für die Infoveranstaltung im November über Gemeinnützigkeit, ich habe viel gelernt, aber ehrlich gesagt das Formular von Finanzamt ist immer noch sehr schwer für mich.

Deshalb ich möchte in Arbeitsgruppe mit Förderung und Vereinsmanagement. Ich komme nur ich, 1 Person. Meine Kinder sind 4 und 9, meine Frau bleibt zu Hause mit Kinder.

Ich habe noch Frage: kann man in der Arbeitsgruppe auch eigene Fragen stellen, zum Beispiel über Steuererklärung für Verein? Oder ist nur Vortrag?

Vielen Dank
Farid Haidari"""


@mail("haidari-html-only-kassenwart", "2027-02-17 22:30:09",
      E("registration", "farid.haidari@mail.example", "Farid Haidari",
        "Afghanischer Kulturverein Hindukusch Münster e.V.", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Farid Haidari <farid.haidari@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung zum Tag der MSO"),
           ("Date", m.date),
           ("Message-ID", "<trinity-2b7f0c4e-81d3-4a96-b5e2-7f0a3c9d1e68-1771363809447@3c-app-mailcom-bs08>"),
           ("MIME-Version", "1.0"))
    m.single(div_html(HAIDARI_TEXT), subtype="html", charset="utf-8", cte="base64")


# -- 036 ---------------------------------------------------------------------
# Arabic question from someone already registered: halal/vegetarian food
# and wheelchair access for her father (78, co-founder in 1985), whom she
# "might register later".  No change, no new registration.

@mail("sabbagh-arabic-question-rollstuhl", "2027-02-18 15:10:52",
      E("question", "lina.sabbagh@mail.example", "لينا صباغ",
        "Palästinensische Gemeinde Münster e.V.", [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Lina Sabbagh <lina.sabbagh@mail.example>"),
           ("To", MSO),
           ("Subject", ew("سؤالان حول MSO-Tag", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1739887852.3355.lina@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""مساء الخير،

أنا مسجّلة بالفعل في MSO-Tag (وصلني التأكيد الأسبوع الماضي، شكراً لكم). عندي سؤالان فقط:

أولاً: هل سيكون الطعام حلالاً، أو على الأقل هل ستكون هناك خيارات نباتية؟

ثانياً: والدي عمره 78 سنة ويستخدم كرسياً متحركاً، وهو من مؤسسي جمعيتنا عام 1985. هل قاعة Stadtweinhaus مناسبة للكراسي المتحركة؟ إذا كانت كذلك، فربما أكتب لكم مرة أخرى لتسجيله هو أيضاً.

شكراً لكم على كل جهودكم
لينا صباغ
Palästinensische Gemeinde Münster e.V.
""", charset="utf-8", cte="base64")

# -- 037 ---------------------------------------------------------------------
# Turkish from an iPhone (Apple multipart/alternative).  A teacher since
# 2004, 32 teachers in the association; "Birinci tercihim AG 1 ... ikinci
# tercihim AG 3" (AG1, AG3); "Tek başıma geleceğim" (1).  A gentle
# complaint about late invitations.  The association first appears with a
# Turkish suffix, then plainly in the signature.

KILINC_TEXT = """Sayın Meza Correa-Flock Hanım,

öncelikle davetiniz için çok teşekkür ederim. 2004'ten beri Münster'de ilkokul öğretmeniyim, aynı zamanda Türkisch-Deutscher Lehrerverein Münsterland e.V.'nin kurucu üyelerindenim. Derneğimizde şu an 32 öğretmen var.

13 Mart'taki toplantıya katılmak istiyorum. Birinci tercihim AG 1 (Bildungssystem), çünkü her gün okulda göçmen ailelerin ne kadar zorlandığını görüyorum. Eğer AG 1 dolarsa, ikinci tercihim AG 3 olsun; derneğimiz için proje desteği arıyoruz.

Küçük bir eleştirim de var, lütfen kırılmayın: geçen yıl toplantıyı okullarda çok geç duyduk. Belki bu yıl Schulamt üzerinden de duyurulabilir.

Tek başıma geleceğim.

Saygılarımla
Zehra Kılınç
Türkisch-Deutscher Lehrerverein Münsterland e.V.

iPhone'umdan gönderildi"""


@mail("kilinc-turkish-iphone-ag1-ag3", "2027-02-20 08:45:24",
      E("registration", "zehra.kilinc@mail.example", "Zehra Kılınç",
        "Türkisch-Deutscher Lehrerverein Münsterland e.V.", ["AG1", "AG3"], 1, "tr"), "tr")
def _(m):
    m.head(("From", "Zehra Kılınç <zehra.kilinc@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag 2027 katılım"),
           ("Date", m.date),
           ("Message-ID", "<E4A19C3B-72D5-4F08-B6E1-9C2D5A7F0B83@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D63)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.alternative(KILINC_TEXT, apple_html(KILINC_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 038 ---------------------------------------------------------------------
# Cancellation in Ukrainian (the two of them; moving to Hamburg on 1
# March), Gmail with the Ukrainian attribution line quoting the
# confirmation (AG3, 2).  Thanks and a wish to stay on the mailing list.

SAVCHUK_TEXT = """Доброго дня!

На жаль, мушу скасувати нашу реєстрацію на 13 березня (ми були записані вдвох, я і дружина). Мені запропонували роботу в Гамбурзі, і вже з 1 березня ми переїжджаємо. Після трьох років у Мюнстері це дуже важке рішення: тут у нас друзі, школа для сина, наша громада...

Хочу сказати велике спасибі всім у Kommunales Integrationszentrum за допомогу всі ці роки, особливо з визнанням мого диплома.

Якщо можна, залиште, будь ласка, мою адресу в розсилці – я хотів би й надалі знати, що відбувається в Мюнстері.

З повагою,
Тарас Савчук"""

SAVCHUK_ATTR = ("ср, 27 січ. 2027 р. о 14:05 Tag der Migrantenselbstorganisationen "
                f"<{MSO}> пише:")


@mail("savchuk-ukrainian-cancel-hamburg", "2027-02-22 16:00:41",
      E("cancellation", "taras.savchuk@mail.example", "Тарас Савчук", None, [], None, "uk"), "uk")
def _(m):
    cid = conf_id("20270127140502.e2b9")
    quoted = confirmation("Guten Tag Herr Savchuk", "AG3", 2)
    m.head(("From", "Taras Savchuk <taras.savchuk@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAG1hJ4kL7zX0cV3bN6mQ9wE2rT5yU8iO1pA4sD7fG0hJ3kL6zX@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    plain = f"{SAVCHUK_TEXT}\n\n{SAVCHUK_ATTR}\n\n{gt_quote(quoted)}\n"
    m.multi("alternative",
            [m.text(plain, "plain", "utf-8", "quoted-printable"),
             m.text(gmail_quote_html(SAVCHUK_TEXT, SAVCHUK_ATTR, quoted), "html",
                    "utf-8", "quoted-printable")],
            style="gmail")


# -- 039 ---------------------------------------------------------------------
# Learner German from a vice-chairman (Ezidi centre), CRLF line ends, with
# their flyer as a PDF.  "2. Vorsitzender", "3. August 2014", teenagers of
# 16 and 17 are numbers of other things; "Wir sind fünf Personen" (5);
# "alle zusammen in die Gruppe Förderung und Vereinsmanagement" (AG3).
# Question about a certificate of attendance.

MURAD_TEXT = """Sehr geehrte Frau Meza Correa-Flock, sehr geehrte Damen und Herren,

ich heiße Khalil Murad, ich bin 2. Vorsitzender von Ezidisches Kulturzentrum Münster e.V. Zuerst ich möchte Danke sagen für die Gedenkveranstaltung im August zum 3. August 2014 (Völkermord in Şengal). Viele von unsere Leute waren sehr bewegt, dass die Stadt auch dabei war.

Wir möchten uns anmelden für den 13. März. Wir sind fünf Personen: ich, zwei Frauen von Vorstand (Frau Nadia Khudeda und Frau Gule Hassan) und zwei Jugendliche von unsere Jugendgruppe, 16 und 17 Jahre alt. Die Jugendliche sollen auch lernen wie Verein funktioniert, weil später sie sollen Verantwortung übernehmen.

Wir möchten alle zusammen in die Gruppe Förderung und Vereinsmanagement, bitte nicht trennen, die Jugendliche sind noch schüchtern.

Frage: gibt es eine Bestätigung für Teilnahme? Die Jugendliche brauchen das für die Schule.

Im Anhang ist unser Flyer, vielleicht Sie können auslegen.

Mit freundlichen Grüßen
Khalil Murad
2. Vorsitzender
Ezidisches Kulturzentrum Münster e.V."""


@mail("murad-ezidisch-fuenf-personen-flyer", "2027-02-24 19:35:16",
      E("registration", "khalil.murad@ezidisches-zentrum.example", "Khalil Murad",
        "Ezidisches Kulturzentrum Münster e.V.", ["AG3"], 5, "de"), "de")
def _(m):
    m.head(("From", "Khalil Murad <khalil.murad@ezidisches-zentrum.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung 5 Personen Ezidisches Kulturzentrum"),
           ("Date", m.date),
           ("Message-ID", "<6f1d3b8a-92c4-4e05-a7b1-e8d0c2f5a913@ezidisches-zentrum.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.0"),
           ("MIME-Version", "1.0"),
           crlf=True)
    text = m.text(MURAD_TEXT, charset="utf-8", cte="quoted-printable")
    pdf = m.binary(make_pdf(["Ezidisches Kulturzentrum Muenster e.V.",
                             "Sprachkurse - Jugendgruppe - Frauencafe",
                             "Jeden Sonntag 15 Uhr, Kontakt: info@ezidisches-zentrum.example"]),
                   "application", "pdf", "Flyer_Kulturzentrum_2027.pdf")
    m.multi("mixed", [text, pdf])


# -- 040 ---------------------------------------------------------------------
# Change in Arabic: from the third to the second group ("مستقبل مدينة
# مونستر"), Gmail with the Arabic attribution line and the confirmation
# (AG3, 1) quoted.  UTF-8 base64.

KHALIL_TEXT = """السلام عليكم،

شكراً على رسالة التأكيد. أرجو تعديل تسجيلي: بدلاً من مجموعة العمل الثالثة أريد الانتقال إلى المجموعة الثانية (مستقبل مدينة مونستر). السبب أن زميلي في الجمعية سجّل نفسه في المجموعة الثالثة، ومن الأفضل أن نتوزع حتى ننقل للجمعية معلومات من مجموعتين.

وبالمناسبة، هذه أول مرة أشارك فيها، فأنا في مونستر منذ سنتين فقط، وأتطلع كثيراً للتعرف على الجمعيات الأخرى.

مع الشكر والتقدير
عمر خليل"""

KHALIL_ATTR = ("في الخميس، 4 فبراير 2027 في 10:21 ص كتب Tag der Migrantenselbstorganisationen "
               f"<{MSO}>:")


@mail("khalil-arabic-change-third-to-second", "2027-02-26 10:15:03",
      E("change", "omar.khalil@mail.example", "عمر خليل", None, ["AG2"], None, "ar"), "ar")
def _(m):
    cid = conf_id("20270204102107.44c6")
    quoted = confirmation("Guten Tag Herr Khalil", "AG3", 1)
    m.head(("From", "Omar Khalil <omar.khalil@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAC0vB3nM6qW9eR2tY5uI8oP1aS4dF7gH0jK3lZ6xC9vB2nM5qW@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    plain = f"{KHALIL_TEXT}\n\n{KHALIL_ATTR}\n\n{gt_quote(quoted)}\n"
    m.multi("alternative",
            [m.text(plain, "plain", "utf-8", "base64"),
             m.text(gmail_quote_html(KHALIL_TEXT, KHALIL_ATTR, quoted, rtl=True), "html",
                    "utf-8", "base64")],
            style="gmail")


# -- 041 ---------------------------------------------------------------------
# Cancellation for three persons, German with Farsi words (Salam, khodaya,
# Merci), Outlook multipart/alternative quoting the confirmation (AG2, 3)
# in a Von/Gesendet block.  Their general assembly moved to 13 March; a
# request about Nowruz for next year.  windows-1252 QP.

TAVAKOLI_TEXT = """Salam Frau Meza Correa-Flock,

leider muss ich für uns drei absagen. Unsere Mitgliederversammlung musste auf den 13. März verschoben werden, weil unser Saal im Februar einen Wasserschaden hatte – khodaya, was für ein Winter! Als Vorsitzender kann ich da nicht fehlen, und die anderen zwei sind unsere Kassenprüfer, die müssen auch dabei sein.

Wirklich schade, wir waren seit 2016 jedes Jahr dabei. Bitte geben Sie unsere drei Plätze an andere weiter.

Eine kleine Bitte für nächstes Jahr: Der Termin so kurz vor Nowruz ist für die iranischen und afghanischen Vereine immer schwierig. Vielleicht kann man das bei der Planung berücksichtigen.

Merci und beste Grüße
Behrouz Tavakoli
Iranische Gemeinde Münster e.V."""


@mail("tavakoli-cancel-drei-mitgliederversammlung", "2027-03-01 08:30:12",
      E("cancellation", "behrouz.tavakoli@mail.example", "Behrouz Tavakoli",
        "Iranische Gemeinde Münster e.V.", [], None, "de"), "de")
def _(m):
    cid = conf_id("20270129112730.b8f4")
    m.head(("From", "Behrouz Tavakoli <behrouz.tavakoli@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbcQ1x2y3z4A5b6C7d8E9f0G1h2I=="),
           ("Date", m.date),
           ("Message-ID", "<VI1PR09MB4412F1E2D3C4B5A6@VI1PR09MB4412.eurprd09.prod.outlook.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Freitag, 29. Januar 2027 11:27",
             "Behrouz Tavakoli <behrouz.tavakoli@mail.example>",
             CONFIRMATION_SUBJECT,
             confirmation("Guten Tag Herr Tavakoli", "AG2", 3))
    m.alternative(outlook_plain(TAVAKOLI_TEXT, quote), outlook_html(TAVAKOLI_TEXT, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 042 ---------------------------------------------------------------------
# Ukrainian with German words, Gmail, UTF-8 base64, written just before
# the deadline.  27 women, every Saturday; "до третьої робочої групи
# (Förderung und Vereinsmanagement)" (AG3); "Нас буде четверо" (4).

HONCHAR_TEXT = """Доброго вечора!

Вибачте, що пишу так пізно – тільки сьогодні побачила, що Anmeldeschluss уже 6 березня. Ми – Ukrainischer Frauenclub Berehynia Münster, нас 27 жінок, збираємося щосуботи в Begegnungszentrum Kinderhaus. Цього року хочемо нарешті зареєструвати e.V., але не знаємо, з чого почати і де брати гроші на оренду.

Тому просимо записати нас до третьої робочої групи (Förderung und Vereinsmanagement). Нас буде четверо: я, Галина, Світлана і Марія.

І дуже дякуємо за Ваш Newsletter, він нам дуже допомагає, хоча інколи ми перекладаємо його через DeepL 😊

З повагою,
Вікторія Гончар"""


@mail("honchar-ukrainian-berehynia-chetvero", "2027-03-03 20:10:38",
      E("registration", "viktoria.honchar@mail.example", "Вікторія Гончар",
        "Ukrainischer Frauenclub Berehynia Münster", ["AG3"], 4, "uk"), "uk")
def _(m):
    m.head(("From", "Viktoria Honchar <viktoria.honchar@mail.example>"),
           ("To", MSO),
           ("Subject", "Реєстрація на MSO-Tag (4 особи)"),
           ("Date", m.date),
           ("Message-ID", "<CAA5sD8fG1hJ4kL7zX0cV3bN6mQ9wE2rT5yU8iO1pA4sD7fG0hJ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(HONCHAR_TEXT, gmail_html(HONCHAR_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 043 ---------------------------------------------------------------------
# Change of party size in learner German, iPhone reply quoting the
# confirmation (AG1, 2): "bitte ändern auf 4 Personen. Gruppe bleibt
# gleich" with a fallback "Wenn nicht, dann ... 3".  5 years, Friday 8 Uhr.

@mail("oezkan-change-vier-statt-zwei", "2027-03-05 11:40:27",
      E("change", "nurcan.oezkan@mail.example", "Nurcan Özkan",
        "Elterncafé Berg Fidel", [], 4, "de"), "de")
def _(m):
    cid = conf_id("20270212081455.3c70")
    m.head(("From", "Nurcan Özkan <nurcan.oezkan@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<8D2F6A14-C9E3-4B70-A5D8-1F3E7B09C2A6@mail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "iPhone Mail (22D63)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.single(f"""Hallo liebe MSO-Team,

ich habe Bestätigung bekommen für 2 Personen, danke. Aber jetzt noch zwei Mütter von unsere Elterncafé wollen mitkommen, sie haben von mir gehört und sind sehr neugierig 😊 Also bitte ändern auf 4 Personen. Gruppe bleibt gleich.

Wir machen seit 5 Jahre Elterncafé in der Grundschule Berg Fidel, jeden Freitag um 8 Uhr nach Schulanfang, bis jetzt ohne Geld von niemand, nur Spenden.

Ist das noch möglich so spät? Wenn nicht, dann bitte nur eine Mutter mehr, also 3.

Danke schön
Nurcan Özkan
Elterncafé Berg Fidel

Von meinem iPhone gesendet

> Am 12.02.2027 um 08:14 schrieb Tag der Migrantenselbstorganisationen <{MSO}>:
>
{gt_quote(confirmation("Guten Tag Frau Özkan", "AG1", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Late registration after the 6 March deadline, learner German,
# iso-8859-15 QP.  "die Gruppe wo es um Schule geht" (AG1); "mit meine
# Frau, 2 Personen".  2018, 9 years, a daughter's Abitur; parents'
# representative at a school (not his organisation).

@mail("hussein-late-gruppe-schule", "2027-03-08 09:05:44",
      E("registration", "jamal.hussein@mail.example", "Jamal Hussein",
        "Kurdischer Elternverein Münster", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Jamal Hussein <jamal.hussein@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung noch möglich?"),
           ("Date", m.date),
           ("Message-ID", "<a6c9e2f1-3d7b-4851-b0e4-9f2c6a1d8b37@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich weiß, die Anmeldung war bis 6. März, ich habe vergessen, tut mir sehr
leid. Wir hatten Umzug mit die ganze Familie in neue Wohnung. Ist es noch
möglich?

Ich bin Jamal Hussein, Elternvertreter in der Gesamtschule Mitte und aktiv
bei Kurdischer Elternverein Münster seit 2018. Ich wohne in Münster seit
9 Jahre. Meine älteste Tochter macht dieses Jahr Abitur, die erste in
unsere Familie!

Ich möchte gerne in die Gruppe wo es um Schule geht. Ich komme mit meine
Frau, 2 Personen.

Wenn es schon voll ist, kein Problem, dann vielleicht nächstes Jahr.

Vielen Dank
Jamal Hussein
""", charset="iso-8859-15", cte="quoted-printable")


# -- 045 ---------------------------------------------------------------------
# Cancellation in Polish from an iPhone two days before the event (not a
# reply): a daughter of 4 with fever, husband away "do piątku przyszłego
# tygodnia"; "grupa o edukacji" is only the place she frees.

@mail("wisniewska-polish-cancel-corka", "2027-03-11 07:15:02",
      E("cancellation", "ewelina.wisniewska@poczta.example", "Ewelina Wiśniewska",
        "Polnischer Kulturverein Kopernikus Münster", [], None, "pl"), "pl")
def _(m):
    m.head(("From", "Ewelina Wiśniewska <ewelina.wisniewska@poczta.example>"),
           ("To", MSO),
           ("Subject", "Rezygnacja / Absage MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<2B7E4C91-D05A-4F36-8E12-6A9C3F0B7D58@poczta.example>"),
           ("X-Mailer", "iPhone Mail (22D63)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.single("""Dzień dobry,

bardzo przepraszam, ale niestety nie dam rady przyjść w sobotę na MSO-Tag. Moja córka (4 lata) od wczoraj ma wysoką gorączkę, a mąż jest w delegacji do piątku przyszłego tygodnia. Proszę wykreślić mnie z listy, niech ktoś inny skorzysta z miejsca w grupie o edukacji.

Mam nadzieję, że w przyszłym roku się uda. Pozdrowienia dla całego zespołu!

Ewelina Wiśniewska
Polnischer Kulturverein Kopernikus Münster

Wysłane z iPhone'a
""", charset="utf-8", cte="quoted-printable")

# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def build_all():
    built = []
    last = None
    for n, (slug, when, tz, expected, text_lang, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when, tz)
        fn(m)
        if last and m.when <= last:
            raise SystemExit(f"{slug}: dates must rise with the numbering")
        last = m.when
        name = f"{n:03d}-{slug}.eml"
        built.append((name, m, expected, text_lang))
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
    if not (datetime.datetime(2027, 1, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 4, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Jan-Mar 2027")
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
    # every address-like string and URL must use an example domain
    # (checked on decoded headers and bodies, nested messages included)
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    text = "\n".join(chunks)
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
    if set(expected) != set(FIELDS):
        problems.append("expected record has wrong keys")
    # line length: at most 998 octets without the line end
    for i, line in enumerate(data.split(b"\n"), 1):
        if len(line.rstrip(b"\r")) > 998:
            problems.append(f"line {i} longer than 998 octets")
    # every text part decodes strictly in its declared charset
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            cs = p.get_content_charset() or "us-ascii"
            try:
                p.get_payload(decode=True).decode(cs, "strict")
            except (LookupError, UnicodeDecodeError) as exc:
                problems.append(f"text part does not decode as {cs}: {exc}")
    problems += check_labels(msg, text, expected)
    return problems


LANGS = {"de", "en", "tr", "ar", "ru", "uk", "fa", "pl"}
PERSON_KINDS = {"registration", "change", "cancellation", "question"}


def check_labels(msg, text, e):
    """The labels are well formed and agree with the mail."""
    out = []
    kind = e["kind"]
    if kind not in PERSON_KINDS | {"auto_reply", "bounce", "other"}:
        return [f"bad kind {kind}"]
    if any(w not in ("AG1", "AG2", "AG3") for w in e["workgroups"]) or \
            len(set(e["workgroups"])) != len(e["workgroups"]):
        out.append("bad workgroups")
    if kind in PERSON_KINDS:
        if not e["email"] or e["email"] != e["email"].lower():
            out.append("email missing or not lower-case")
        else:
            senders = " ".join(str(msg.get(h, "")) for h in ("From", "Reply-To")).lower()
            if e["email"] not in senders and e["email"] not in text.lower():
                out.append("email appears nowhere in the mail")
            if msg.get("Reply-To") and e["email"] != \
                    email.utils.parseaddr(str(msg["Reply-To"]))[1].lower() and \
                    e["email"] in senders:
                out.append("Reply-To should win over From")
        if not e["name"] or e["name"] not in text:
            out.append("name not written in the mail")
        if e["organisation"] is not None and e["organisation"] not in text:
            out.append("organisation not written in the mail")
        if e["language"] not in LANGS:
            out.append("bad language")
        if kind == "registration":
            if not isinstance(e["party_size"], int) or e["party_size"] < 1:
                out.append("registration needs party_size >= 1")
        elif kind == "change":
            if e["party_size"] is not None and (not isinstance(e["party_size"], int)
                                                or e["party_size"] < 1):
                out.append("bad party_size for change")
            if not e["workgroups"] and e["party_size"] is None:
                out.append("change changes nothing")
        else:
            if e["party_size"] is not None or e["workgroups"]:
                out.append("question/cancellation carries party_size or workgroups")
    else:
        if any(e[k] is not None for k in ("email", "name", "organisation", "party_size", "language")) \
                or e["workgroups"]:
            out.append("machine/other mail must have null person fields")
    if kind == "bounce":
        if not e["bounced_recipient"] or e["bounced_recipient"] != e["bounced_recipient"].lower():
            out.append("bounced_recipient missing or not lower-case")
    elif e["bounced_recipient"] is not None:
        out.append("bounced_recipient only for bounces")
    return out


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    langs = collections.Counter(t for _, _, _, t in built)
    reg_langs = collections.Counter(e["language"] for _, _, e, _ in built
                                    if e["kind"] == "registration")
    encs = collections.Counter()
    types = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    print("kinds:", dict(sorted(kinds.items())))
    print("text languages (all mails):", dict(sorted(langs.items())))
    print("registration languages:", dict(sorted(reg_langs.items())))
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
    seen = {}
    for (name, m, _, _) in built:
        frm = email.utils.parseaddr(str(m.msg["From"]))[1].lower()
        if frm in seen:
            print(f"{name}: sender {frm} already wrote {seen[frm]}")
            bad += 1
        seen[frm] = name
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
        if (HERE / "expected.json").read_text(encoding="utf-8") != exp_text:
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
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
