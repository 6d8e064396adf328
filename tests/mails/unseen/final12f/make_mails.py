#!/usr/bin/env python3
"""Build the "final12f" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: the opening conference ("Auftaktkonferenz") of the Interkulturelle Woche
Hildesheim 2027, three forums FORUM1..FORUM3, plus lunch choices and info tables
at the "Markt der Möglichkeiten" (see config.toml and README.md).

Every mail text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files, and
reads every file back with email.policy.default to check it: no parser defects,
every text part decodes strictly in its declared charset to exactly the written
text, attachments byte-identical, lines <= 998 octets, dates rising, example
domains only, and every label consistent with the corpus conventions.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind, language, MIME shape

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).
Paths are relative to this script's folder.
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

IKW = "ikw-auftakt@hildesheim.example"
TO_IKW = f"Interkulturelle Woche Hildesheim <{IKW}>"
INVITATION_ID = "<einladung-ikw-auftakt-2027.20270816100012@hildesheim.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply",
         "bounce", "other")
FORUM_IDS = ("FORUM1", "FORUM2", "FORUM3")


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
    """Quote a text the way Thunderbird/Gmail/Apple Mail do: '> ' before each line."""
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


CEST = datetime.timezone(datetime.timedelta(hours=2))


# ---------------------------------------------------------------------------
# building one message
# ---------------------------------------------------------------------------

class Mail:
    """One .eml under construction; remembers what each leaf part must decode to."""

    def __init__(self, slug, when, tz_hours=2):
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
        frm = dict(pairs)["From"]
        frm_addr = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm.split()[0]
        sender = frm_addr if envelope is None else envelope
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", IKW)
        if received:
            domain = (sender or frm_addr).split("@")[1]
            host = "mail." + domain
            arrival = format_datetime((self.when + datetime.timedelta(seconds=4)).astimezone(CEST))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx1.hildesheim.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{IKW}>; {arrival} (CEST)")
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
            return f"_00{self._nboundary}_FR3P281MB{h[:12].upper()}DEUP_"
        if style == "gmail":
            return f"000000000000{h[:14]}"
        if style == "apple":
            return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mx1.hildesheim.example"
        if style == "thunderbird":
            return f"------------{h[:24]}"
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
                    html_cte=None, style="std", top=True, html_charset=None):
        parts = [self.text(text, "plain", charset, cte),
                 self.text(html_text, "html", html_charset or charset, html_cte or cte)]
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


def make_png(width=48, height=32):
    """A small RGB PNG: a yellow table top on a grey floor (a stand photo stand-in)."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            if 10 <= y < 18 and 6 <= x < 42:
                px = (240, 200, 60)
            elif y >= 18 and (x in (8, 9, 38, 39)):
                px = (90, 60, 30)
            else:
                px = (200, 200, 205)
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
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung: Auftaktkonferenz der Interkulturellen Woche 2027"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zur Auftaktkonferenz der Interkulturellen Woche 2027"
REMINDER_SUBJECT = "Erinnerung: Auftaktkonferenz der Interkulturellen Woche am 24. September"

INVITATION = """Liebe Engagierte in Vereinen, Gemeinden und Initiativen,

die Interkulturelle Woche 2027 steht in Hildesheim unter dem Motto
„Hier zuhause – gemeinsam gestalten“. Zum Auftakt laden wir Sie herzlich
zu unserer Konferenz ein:

Freitag, 24. September 2027, 9:30 bis 16:00 Uhr
Bürgerhaus Moritzberg, Bergstraße 14, 31139 Hildesheim

Nach der Begrüßung durch den Oberbürgermeister arbeiten wir ab 10:30 Uhr
in drei parallelen Foren:

Forum 1: Nachbarschaft gestalten – Zusammenhalt im Stadtteil
Forum 2: Religionen im Gespräch – interreligiöser Dialog vor Ort
Forum 3: Ankommen in Arbeit und Ausbildung

In der Mittagspause von 12:30 bis 14:00 Uhr öffnet im Foyer der „Markt
der Möglichkeiten“: Vereine, Gemeinden und Initiativen stellen sich an
Infotischen vor. Jeder Stand bekommt einen Tisch (1,80 m x 0,80 m);
Stellwände und Strom gibt es nach Absprache.

Bitte melden Sie sich bis zum 15. September 2027 per E-Mail an
ikw-auftakt@hildesheim.example an und nennen Sie uns:
- Ihren Namen und Ihren Verein, Ihre Gemeinde oder Initiative,
- das gewünschte Forum (gern auch einen Zweitwunsch),
- mit wie vielen Personen Sie kommen,
- ob Sie zu Mittag essen möchten: vegetarisch, mit Fleisch oder vegan,
- ob Ihr Verein einen Tisch auf dem Markt der Möglichkeiten möchte.

Teilnahme und Mittagessen sind kostenlos.

Herzliche Grüße
Katrin Ostermeyer
Büro für Integration und Vielfalt
Stadt Hildesheim"""

FORUM_LINE = {
    "FORUM1": "Forum 1 – Nachbarschaft gestalten: Zusammenhalt im Stadtteil",
    "FORUM2": "Forum 2 – Religionen im Gespräch: interreligiöser Dialog vor Ort",
    "FORUM3": "Forum 3 – Ankommen in Arbeit und Ausbildung",
}


def confirmation(salutation, forum, persons):
    """The confirmation mailbot sent (quoted in replies and returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zur Auftaktkonferenz der Interkulturellen
Woche 2027 am Freitag, 24. September 2027, 9:30 bis 16:00 Uhr, im
Bürgerhaus Moritzberg, Bergstraße 14, 31139 Hildesheim.

Wir haben Sie für folgendes Forum eingetragen:
{FORUM_LINE[forum]}

Angemeldete Personen: {persons}

Ihre Angaben zum Mittagessen und zum Markt der Möglichkeiten geben wir an
das Organisationsteam weiter.

Möchten Sie das Forum wechseln oder absagen? Antworten Sie einfach auf
diese E-Mail.

Mit freundlichen Grüßen
Interkulturelle Woche Hildesheim
Büro für Integration und Vielfalt der Stadt Hildesheim"""


def reminder(salutation, forum, persons):
    """The 7-day reminder mailbot sent on 17 September."""
    return f"""Guten Tag {salutation},

in einer Woche ist es so weit: Am Freitag, 24. September 2027, beginnt um
9:30 Uhr die Auftaktkonferenz der Interkulturellen Woche im Bürgerhaus
Moritzberg, Bergstraße 14, 31139 Hildesheim.

Ihre Anmeldung:
{FORUM_LINE[forum]}
Angemeldete Personen: {persons}

Der Markt der Möglichkeiten im Foyer ist von 12:30 bis 14:00 Uhr geöffnet;
die Stände können ab 11:45 Uhr aufgebaut werden.

Können Sie doch nicht kommen? Dann antworten Sie bitte kurz auf diese
E-Mail, damit wir Ihren Platz weitergeben können.

Mit freundlichen Grüßen
Interkulturelle Woche Hildesheim
Büro für Integration und Vielfalt der Stadt Hildesheim"""


def bot_message(to, subject, body, when, msgid, in_reply_to=None, auto="auto-replied"):
    """A message mailbot sent, as a whole (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_IKW
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


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=CHARSET">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:12.0pt;
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
--></style>
</head>
<body lang=DE link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="utf-8", labels=("Von:", "Gesendet:", "An:", "Betreff:")):
    """Outlook-style HTML for `text`; quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        frm, sent, to, subj, quoted = quote
        lf, ls, lt, lsub = labels
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'>{lf}</span></b>"
                   f"<span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'> {esc(frm)} <br>\n"
                   f"<b>{ls}</b> {esc(sent)}<br>\n"
                   f"<b>{lt}</b> {esc(to)}<br>\n"
                   f"<b>{lsub}</b> {esc(subj)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    head = OUTLOOK_HEAD.replace("CHARSET", charset)
    return head + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels=("Von:", "Gesendet:", "An:", "Betreff:")):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    frm, sent, to, subj, quoted = quote
    lf, ls, lt, lsub = labels
    return (f"{text}\n\n{lf} {frm}\n{ls} {sent}\n{lt} {to}\n"
            f"{lsub} {subj}\n\n{quoted}")


def gmail_html(text, rtl=False, quote_head=None, quoted=None):
    """Gmail markup: one <div> per line; an optional gmail_quote block."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
    if quote_head:
        q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
        out += (f"<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">{esc(quote_head)}<br></div>"
                f"<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
                f"{q}</blockquote></div>")
    return out + "\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=2):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco

# -- 001 ---------------------------------------------------------------------
# Thunderbird reply quoting the whole invitation with '>' (all three forums
# appear in the quote).  Three persons for Forum 2; the meal line (2 + 1), the
# single stand table, the founding year 1978 and 450 members are no persons.

@mail("oeztuerk-moschee-reply-quoting-invitation", "2027-08-16 11:23:41",
      E("registration", "m.oeztuerk@tig-hildesheim.example", "Mehmet Öztürk",
        "Türkisch-Islamische Gemeinde Hildesheim-Nord e.V.", ["FORUM2"], 3, "de"), "de")
def _(m):
    m.head(("From", "Mehmet Öztürk <m.oeztuerk@tig-hildesheim.example>"),
           ("To", TO_IKW),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5b7e2c90-1f4d-4a38-9e61-c2d8a0b3f471@tig-hildesheim.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Ostermeyer,

vielen Dank für die Einladung, die wir gern annehmen. Für unsere Gemeinde
kommen wir zu dritt: unser Vorsitzender Herr Erdal Çelik, unser Jugendleiter
Burak Şimşek und ich. Wir möchten alle drei in das Forum 2, weil wir seit
Jahren beim Runden Tisch der Religionen mitmachen.

Mittagessen: 2x mit Fleisch (wenn möglich helal), 1x vegetarisch.

Beim Markt der Möglichkeiten hätten wir gern einen Tisch. Einer reicht uns,
wir bringen Tee und Gebäck mit. Falls Sie für das Programmheft etwas über
uns brauchen: Die Gemeinde wurde 1978 gegründet und hat heute etwa 450
Mitglieder.

Mit freundlichen Grüßen

Mehmet Öztürk
Schriftführer
Türkisch-Islamische Gemeinde Hildesheim-Nord e.V.
Peiner Straße 61, 31137 Hildesheim

Am 16.08.27 um 10:00 schrieb Interkulturelle Woche Hildesheim:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Outlook, HTML only (MsoNormal), windows-1252 quoted-printable, a new mail.
# The forums are named by title words only: first choice "Religionen im
# Gespräch", second "das Forum zur Nachbarschaft".  "Tisch 12" is a stand.

WILKENS_TEXT = """Sehr geehrte Frau Ostermeyer,

herzlichen Dank für die Einladung zur Auftaktkonferenz. Ich melde mich gern an.

Mein Interesse gilt vor allem dem Forum „Religionen im Gespräch“; sollte es dort zu voll werden, wäre das Forum zur Nachbarschaft meine zweite Wahl. Ich komme allein.

Zum Mittagessen nehme ich gern die vegetarische Variante.

Einen eigenen Tisch auf dem Markt der Möglichkeiten brauchen wir nicht: Wie im vergangenen Jahr teilen wir uns den Stand mit dem Ökumenischen Arbeitskreis Asyl (damals Tisch 12, gleich neben dem Eingang zum Saal).

Mit freundlichen Grüßen

Dorothea Wilkens
Pastorin

Ev.-luth. Friedenskirchengemeinde Hildesheim
Gemeindebüro: Kantstraße 9 · 31141 Hildesheim
Telefon 05121 2 87 44 30"""


@mail("wilkens-pastorin-outlook-html-only", "2027-08-16 12:05:12",
      E("registration", "d.wilkens@friedenskirche-hildesheim.example", "Dorothea Wilkens",
        "Ev.-luth. Friedenskirchengemeinde Hildesheim", ["FORUM2", "FORUM1"], 1, "de"),
      "de", tz=0)
def _(m):
    m.head(("From", '"Wilkens, Dorothea" <d.wilkens@friedenskirche-hildesheim.example>'),
           ("To", TO_IKW),
           ("Subject", ew("Anmeldung Auftaktkonferenz IKW – D. Wilkens", "windows-1252", "q")),
           ("Thread-Topic", ew("Anmeldung Auftaktkonferenz IKW – D. Wilkens", "windows-1252", "q")),
           ("Thread-Index", "AdvwF3k2Qm9z1Rb0TnK4yLc8pXa5Ew=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1847C0D2E7B54A1F9A3C6E0B2D8F4A1C@FR3P281MB1847.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(WILKENS_TEXT, charset="windows-1252"), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# Exchange out-of-office to the confirmation of 002 (Auto-Submitted:
# auto-generated, X-Auto-Response-Suppress), multipart/alternative.

WILKENS_OOF = """Vielen Dank für Ihre Nachricht.

Ich bin vom 16. August bis einschließlich 29. August 2027 im Urlaub und lese in dieser Zeit keine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden seelsorgerlichen Angelegenheiten erreichen Sie Pastor Timo Reckewell unter 05121 2 87 44 31, in allen anderen Fragen das Gemeindebüro (dienstags und donnerstags 9–12 Uhr).

Dorothea Wilkens"""


@mail("wilkens-exchange-out-of-office", "2027-08-16 12:05:49",
      E("auto_reply"), "de", tz=0)
def _(m):
    m.head(("From", '"Wilkens, Dorothea" <d.wilkens@friedenskirche-hildesheim.example>'),
           ("To", TO_IKW),
           ("Subject", "Automatische Antwort: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHb8Bd4kL0sWm2n6kO1pL9qZ4rT7w=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB18472F0A9D6C4B21B7E5D3C1A0F9E8D7@FR3P281MB1847.DEUP281.PROD.OUTLOOK.example>"),
           ("References", "<mailbot.20270816140541.1c7e@hildesheim.example>"),
           ("In-Reply-To", "<mailbot.20270816140541.1c7e@hildesheim.example>"),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(WILKENS_OOF), outlook_html(WILKENS_OOF, charset="windows-1252"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 004 ---------------------------------------------------------------------
# A filled-in form block, ISO-8859-1 quoted-printable.  "Forum: 1" and
# "Personen: 4" are the data; "Tisch Nr. 3", the meal counts (2/1/1),
# founding year 2009, 63 members, 11 countries are not.

@mail("boateng-form-block-table-number", "2027-08-17 09:12:55",
      E("registration", "e.boateng@sankofa-hildesheim.example", "Ebenezer Boateng",
        "Afrikanischer Kulturverein Sankofa Hildesheim e.V.", ["FORUM1"], 4, "de"), "de")
def _(m):
    m.head(("From", "Ebenezer Boateng <e.boateng@sankofa-hildesheim.example>"),
           ("To", IKW),
           ("Subject", "Anmeldung Sankofa e.V. - Auftaktkonferenz 24.9."),
           ("Date", m.date),
           ("Message-ID", "<000b01dbef33$7a2c1e40$6e845ac0$@sankofa-hildesheim.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo liebes Orga-Team,

hier unsere Anmeldung für den 24.9.:

Verein: Afrikanischer Kulturverein Sankofa Hildesheim e.V.
Ansprechpartner: Ebenezer Boateng
Telefon: 0157 38 22 61 40
Forum: 1 (Nachbarschaft)
Personen: 4
Mittagessen: 2x vegetarisch, 1x vegan, 1x Fleisch
Markt der Möglichkeiten: ja bitte, gern wieder Tisch Nr. 3 am Fenster.
Wir brauchen eine Steckdose für die Kaffeemaschine.
Für das Programmheft: gegründet 2009, 63 Mitglieder aus 11 Ländern

Danke schön und bis bald!
Ebenezer
""", charset="iso-8859-1", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# Turkish, Gmail multipart/alternative, UTF-8 base64.  Two persons for the
# third forum ("üçüncü foruma"); two more volunteers staff the stand from
# 12.30 to 14.00 only and do not attend the conference -> party_size 2.

DEMIR_TEXT = """Merhaba Katrin Hanım,

Türk Kadınlar Birliği olarak Auftaktkonferenz'e katılmak istiyoruz. Ben ve yönetim kurulundan arkadaşım Sevgi Kara, üçüncü foruma (iş ve meslek eğitimi) katılacağız.

Öğle yemeği: 2 vejetaryen menü lütfen.

Markt der Möglichkeiten'de bir masa da istiyoruz. Standda saat 12.30 ile 14.00 arasında iki gönüllümüz daha olacak (Gülten Hanım ve Hatice Hanım). Onlar konferansa ve forumlara katılmayacak, sadece standla ilgilenecekler, onlar için yemek de gerekmiyor.

Saygılarımla,
Ayşe Demir
Türk Kadınlar Birliği Hildesheim e.V.
0176 42 19 83 07"""


@mail("demir-turkish-stand-helpers-not-attending", "2027-08-17 19:40:03",
      E("registration", "ayse.demir@tkb-hildesheim.example", "Ayşe Demir",
        "Türk Kadınlar Birliği Hildesheim e.V.", ["FORUM3"], 2, "tr"), "tr", tz=3)
def _(m):
    m.head(("From", addr("Ayşe Demir", "ayse.demir@tkb-hildesheim.example", "utf-8", "b")),
           ("To", IKW),
           ("Subject", ew("Auftaktkonferenz – kayıt / Anmeldung", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAJx7Rk2pT9wQ4vN1mB8sL3dF6gH0jK5aZ2xC9vB1nM4qWe7RtA@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(DEMIR_TEXT, gmail_html(DEMIR_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 006 ---------------------------------------------------------------------
# Question only (stand size, own partition wall); webmail multipart/alternative.
# The numbered list "1." / "2." is not a forum choice; nobody is registered.

PERIC_TEXT = """Guten Tag Frau Ostermeyer,

wir vom Kroatischen Kulturverein Zagorje überlegen, beim Markt der Möglichkeiten mitzumachen. Bevor wir uns anmelden, hätte ich zwei Fragen:

1. Reicht uns ein Tisch von 1,80 m, oder kann man auch zwei Tische bekommen? Wir möchten Trachten zeigen und eine kleine Ausstellung zu unserem 50-jährigen Bestehen (gegründet 1977).
2. Dürfen wir eine eigene Stellwand mitbringen? Sie ist 2 m breit und 1,90 m hoch.

Wer von uns dann an welchem Forum teilnimmt, besprechen wir nächste Woche im Vorstand.

Mit freundlichen Grüßen
Ivana Perić
Kroatischer Kulturverein Zagorje Hildesheim e.V."""


@mail("peric-question-stand-size", "2027-08-18 10:31:27",
      E("question", "ivana.peric@zagorje-hildesheim.example", "Ivana Perić",
        "Kroatischer Kulturverein Zagorje Hildesheim e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Ivana Perić <ivana.peric@zagorje-hildesheim.example>"),
           ("To", IKW),
           ("Subject", "Frage zum Markt der Möglichkeiten"),
           ("Date", m.date),
           ("Message-ID", "<trinity-7a1c3e5b-92d4-4f60-b8a1-3c5e7f9a1b2d-1787048487331@3c-app-mailcom-bs04>"),
           ("MIME-Version", "1.0"))
    m.alternative(PERIC_TEXT, div_html(PERIC_TEXT), charset="utf-8", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Arabic, text/plain UTF-8 base64, Arabic-Indic digits in the date.
# "أنا وزميلتي ليلى" (me and my colleague Leila) = 2; "المنتدى الثالث" = Forum 3.
# The signature gives the Latin name and the German association name.

@mail("khoury-arabic-third-forum", "2027-08-19 16:48:10",
      E("registration", "rami.khoury@syrisches-kulturhaus.example", "Rami Khoury",
        "Syrisches Kulturhaus Hildesheim e.V.", ["FORUM3"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Rami Khoury <rami.khoury@syrisches-kulturhaus.example>"),
           ("To", IKW),
           ("Subject", ew("تسجيل – مؤتمر افتتاح الأسبوع بين الثقافات", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<20270819164810.3e9a1f@syrisches-kulturhaus.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم ورحمة الله،

أنا رامي خوري من جمعية البيت السوري للثقافة في هيلدسهايم. نرغب أنا وزميلتي ليلى في حضور مؤتمر الافتتاح يوم ٢٤ سبتمبر والمشاركة في المنتدى الثالث (الوصول إلى العمل والتدريب المهني)، لأن كثيرًا من أعضائنا الجدد يبحثون عن عمل أو عن مكان للتدريب.

بالنسبة للغداء: وجبتان نباتيتان من فضلكم.
لا نحتاج إلى طاولة في سوق الإمكانيات (Markt der Möglichkeiten) هذه السنة.

مع خالص التحية
رامي خوري

Rami Khoury
Syrisches Kulturhaus Hildesheim e.V.
""", charset="utf-8", cte="base64")


# -- 008 ---------------------------------------------------------------------
# Advertising from a caterer that has heard of the Interkulturelle Woche
# (other).  Prices, person counts and a discount, but no registration.

CATERING_TEXT = """Sehr geehrte Damen und Herren,

Sie planen eine Veranstaltung zur Interkulturellen Woche? Wir kochen für Sie!

Unser Herbstangebot für Konferenzen und Vereinsfeste:
• Mittagsbuffet „Weltküche“ ab 40 Personen – 14,90 € pro Person
• vegetarische und vegane Varianten ohne Aufpreis
• Halal-zertifiziertes Fleisch auf Anfrage
• Lieferung im Stadtgebiet Hildesheim kostenfrei ab 300 € Bestellwert

Bis zum 31. August buchen und 10 % Frühbucherrabatt sichern!
Antworten Sie einfach auf diese E-Mail oder rufen Sie uns an: 05121 93 07 70.

Ihr Team von Kochwerk Catering

Kochwerk Catering GmbH · Almsstraße 27 · 31134 Hildesheim
Sie erhalten diese E-Mail, weil Sie in unserem Verteiler sind.
Abmelden: https://news.kochwerk-catering.example/abmelden?id=88213"""


@mail("kochwerk-catering-advertising", "2027-08-20 06:15:00",
      E("other"), "de", tz=0)
def _(m):
    m.head(("From", "Kochwerk Catering <angebote@kochwerk-catering.example>"),
           ("To", IKW),
           ("Subject", ew("Ihre Interkulturelle Woche – wir liefern das Buffet! 🍲", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270820061500.88213.4471@news.kochwerk-catering.example>"),
           ("List-Unsubscribe", "<https://news.kochwerk-catering.example/abmelden?id=88213>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Mailer", "Sendinblue"),
           ("MIME-Version", "1.0"),
           envelope="bounce-88213@news.kochwerk-catering.example")
    lines = CATERING_TEXT.split("\n")
    body = "".join(f"<p style=\"margin:0 0 8px 0;font-family:Arial,sans-serif;font-size:15px;color:#333\">{esc(l) if l else '&nbsp;'}</p>\n"
                   for l in lines)
    page = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Kochwerk Catering</title></head>\n"
            "<body style=\"background:#f4efe6\"><table width=\"600\" align=\"center\" cellpadding=\"20\" "
            "style=\"background:#ffffff\"><tr><td>\n"
            "<h1 style=\"font-family:Georgia,serif;color:#b5512b\">Weltküche für Ihre Gäste</h1>\n"
            f"{body}</td></tr></table></body></html>\n")
    m.alternative(CATERING_TEXT, page, charset="utf-8", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Polish, ISO-8859-2 quoted-printable.  "dwie osoby: siebie i panią Annę
# Sikorską" = 2; "forum 1 – Nachbarschaft gestalten".  Meals 1 + 1.

@mail("nowak-polish-iso-8859-2", "2027-08-21 12:02:38",
      E("registration", "k.nowak@pmk-hildesheim.example", "Katarzyna Nowak",
        "Polska Misja Katolicka Hildesheim", ["FORUM1"], 2, "pl"), "pl")
def _(m):
    m.head(("From", addr("Katarzyna Nowak", "k.nowak@pmk-hildesheim.example")),
           ("To", IKW),
           ("Subject", ew("Zgłoszenie na konferencję 24.09 / Anmeldung", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<a3f19c2e-6b0d-4e7a-8f52-d1c4b7e09a36@pmk-hildesheim.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

w imieniu Polskiej Misji Katolickiej w Hildesheim zgłaszam na konferencję
24 września dwie osoby: siebie i panią Annę Sikorską, naszą katechetkę.
Chcemy wziąć udział w forum 1 - "Nachbarschaft gestalten", bo w naszej
parafii działa grupa sąsiedzkiej pomocy dla seniorów.

Obiad: 1 x mięsny, 1 x wegetariański.
Stolik na Markt der Möglichkeiten - nie, dziękujemy.

Z poważaniem
Katarzyna Nowak
Polska Misja Katolicka Hildesheim
tel. 05121 55 78 04
""", charset="iso-8859-2", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Romanian with diacritics (ș, ț with comma below), Gmail multipart/alternative,
# UTF-8 quoted-printable.  "Vom fi 3 persoane" for "forumul 2"; three vegan
# meals (Friday is a fasting day); a 1,80 m table.  Body and signature give
# the parish name in two forms; the signature form is the label.

DUMITRESCU_TEXT = """Bună ziua,

Parohia Ortodoxă Română „Sfântul Nicolae” din Hildesheim dorește să participe la conferința de deschidere a Săptămânii Interculturale. Vom fi 3 persoane: părintele paroh Vasile Ionescu, domnul Cristian Matei din consiliul parohial și eu. Ne-ar interesa forumul 2, despre dialogul dintre religii.

Masa de prânz: 3 meniuri vegane, vă rog (vinerea ținem post).

Am dori și o masă la Markt der Möglichkeiten – aducem cozonac și câteva icoane pictate de copiii de la școala duminicală. O masă de 1,80 m ne ajunge.

Cu stimă,
Mihaela Dumitrescu
secretară, Parohia Ortodoxă Română Sf. Nicolae Hildesheim"""


@mail("dumitrescu-romanian-parish", "2027-08-23 20:17:44",
      E("registration", "mihaela.dumitrescu@parohia-hildesheim.example", "Mihaela Dumitrescu",
        "Parohia Ortodoxă Română Sf. Nicolae Hildesheim", ["FORUM2"], 3, "ro"), "ro")
def _(m):
    m.head(("From", "Mihaela Dumitrescu <mihaela.dumitrescu@parohia-hildesheim.example>"),
           ("To", IKW),
           ("Subject", ew("Înscriere conferința din 24 septembrie", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAF3kP8wR2tY6uI9oP1aS4dF7gH0jK3lZ6xC8vB2nM5qWd9RtU@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(DUMITRESCU_TEXT, gmail_html(DUMITRESCU_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")

# -- 011 ---------------------------------------------------------------------
# Bulgarian, windows-1251 quoted-printable, Cyrillic display name (RFC 2047 B
# in windows-1251); no Latin form of her name anywhere.  She alone attends
# the third forum; the two stand helpers come for the lunch break only.
# "3 вегетариански менюта" counts meals, not persons -> party_size 1.

@mail("petrova-bulgarian-meals-for-stand", "2027-08-24 07:55:19",
      E("registration", "d.petrova@rodina-hildesheim.example", "Десислава Петрова",
        "Българско културно дружество „Родина“ Хилдесхайм", ["FORUM3"], 1, "bg"), "bg", tz=3)
def _(m):
    m.head(("From", addr("Десислава Петрова", "d.petrova@rodina-hildesheim.example",
                         "windows-1251", "b")),
           ("To", IKW),
           ("Subject", ew("Регистрация за конференцията на 24 септември", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1787547319.402817.1122@abv-mail.example>"),
           ("X-Mailer", "ABV Webmail"),
           ("MIME-Version", "1.0"))
    m.single("""Здравейте,

казвам се Десислава Петрова и съм председател на Българското културно
дружество „Родина“ в Хилдесхайм. Бих искала да се запиша за третия форум
(работа и професионално обучение).

На Пазара на възможностите искаме една маса. На щанда ще бъдат още двама
членове на дружеството – те ще дойдат само за обедната почивка и няма да
участват във форума.

Обяд: моля за 3 вегетариански менюта – за мен и за двамата на щанда.

Поздрави,
Десислава Петрова
Българско културно дружество „Родина“ Хилдесхайм
""", charset="windows-1251", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Italian from an iPhone (Apple Mail), text/plain UTF-8 quoted-printable.
# "in 5 ... tutti al forum 1"; only 4 lunches (he leaves around 13:00);
# two tables side by side, about 3,60 m.

@mail("lombardi-italian-iphone-five", "2027-08-24 13:30:02",
      E("registration", "s.lombardi@icloud.example", "Salvatore Lombardi",
        "Missione Cattolica Italiana Hildesheim", ["FORUM1"], 5, "it"), "it")
def _(m):
    m.head(("From", "Salvatore Lombardi <s.lombardi@icloud.example>"),
           ("To", IKW),
           ("Subject", "Iscrizione conferenza 24 settembre"),
           ("Date", m.date),
           ("Message-ID", "<8C1E5A7F-3D92-4B60-A1E4-7F2C9D0B6E38@icloud.example>"),
           ("X-Mailer", "iPhone Mail (21G93)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.single("""Buongiorno,

siamo della Missione Cattolica Italiana di Hildesheim e vorremmo iscriverci in 5 alla conferenza del 24 settembre, tutti al forum 1 (vicinato / Nachbarschaft).

Per il pranzo: 4 pasti, 2 vegetariani e 2 con carne. Io devo andare via verso le 13 e non mangio.

Al Markt der Möglichkeiten vorremmo un tavolo, se possibile due tavoli affiancati (circa 3,60 m). Portiamo la macchina del caffè, quindi ci servirebbe una presa di corrente.

Grazie e a presto
Salvatore Lombardi
Missione Cattolica Italiana Hildesheim

Inviato da iPhone""", charset="utf-8", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Learner German (Arabic L1), Gmail text/plain UTF-8 8bit.  "mit meine Freund
# Yusuf" = 2; "Forum Arbeit und Ausbildung" = Forum 3; "2 mal" is meals.
# The association is the Café Welcome he volunteers for (run by Caritas).

@mail("alali-learner-german-forum-arbeit", "2027-08-25 18:22:51",
      E("registration", "mohammad.alali93@gmail.example", "Mohammad Al-Ali",
        "Café Welcome", ["FORUM3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Mohammad Al Ali <mohammad.alali93@gmail.example>"),
           ("To", IKW),
           ("Subject", "anmeldung konferenz"),
           ("Date", m.date),
           ("Message-ID", "<CAHq3vT8xN1bR6mK0wL4jP9sD2fG5hY7uE3oI6cA8rB1xZ4eQsw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich heisse Mohammad Al-Ali und ich bin ehrenamtlich in Café Welcome von der Caritas. Ich mochte kommen zu die Konferenz am 24.9. mit meine Freund Yusuf Hamdan, er ist auch ehrenamtlich. Wir wollen in Forum Arbeit und Ausbildung, weil wir helfen viele Leute für Arbeit finden.

Essen: 2 mal mit Fleisch aber bitte kein Schwein. Wenn nicht geht dann vegetarisch.

Tisch brauchen wir nicht.

Vielen Dank
Mohammad
""", charset="utf-8", cte="8bit")


# -- 014 ---------------------------------------------------------------------
# English, Outlook multipart/alternative.  Forum 1 first, Forum 3 if full;
# "just me"; "only 2 years old" is the association's age.

RAGHUNATHAN_TEXT = """Dear Ms Ostermeyer,

Thank you for the invitation, which reached me via the Tamil Cultural Association mailing list. I would like to register for the opening conference on 24 September.

My first choice would be Forum 1 (neighbourhood), and if that one fills up, Forum 3 would be great too. It's just me, and a vegan lunch would be lovely.

We won't need a table at the Markt der Möglichkeiten this year – our association is only 2 years old and we are still printing our first flyers!

Kind regards,
Priya Raghunathan
Tamil Cultural Association Hildesheim"""


@mail("raghunathan-english-first-and-second-choice", "2027-08-26 09:40:33",
      E("registration", "p.raghunathan@tca-hildesheim.example", "Priya Raghunathan",
        "Tamil Cultural Association Hildesheim", ["FORUM1", "FORUM3"], 1, "en"), "en")
def _(m):
    m.head(("From", "Priya Raghunathan <p.raghunathan@tca-hildesheim.example>"),
           ("To", IKW),
           ("Subject", "Registration - opening conference 24 Sept"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR02MB7311A4C2E0F84B7D9C1E5A3F6B2D8E0A@DB9PR02MB7311.eurprd02.prod.outlook.example>"),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(RAGHUNATHAN_TEXT), outlook_html(RAGHUNATHAN_TEXT),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 015 ---------------------------------------------------------------------
# Short phone mail, Apple Mail multipart/alternative.  "Forum 2 (Religionen)";
# she volunteers in refugee help but comes privately -> organisation null.

BRANDES_TEXT = """Hallo,
ich würde mich gern für Forum 2 (Religionen) anmelden. Bin ehrenamtlich in der Flüchtlingshilfe aktiv, komme aber privat. Essen bitte vegan.
Danke!
Lena Brandes

Von meinem iPhone gesendet"""


@mail("brandes-iphone-short", "2027-08-26 21:03:09",
      E("registration", "lena.brandes@posteo.example", "Lena Brandes", None,
        ["FORUM2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Lena Brandes <lena.brandes@posteo.example>"),
           ("To", IKW),
           ("Subject", "Anmeldung Forum 2"),
           ("Date", m.date),
           ("Message-ID", "<3F7D1B9A-6C24-4E08-9B1F-5A2E8C0D4F61@posteo.example>"),
           ("X-Mailer", "iPhone Mail (21G93)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.alternative(BRANDES_TEXT, apple_html(BRANDES_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 016 ---------------------------------------------------------------------
# The community's secretary registers the imam, who has no e-mail address;
# the confirmation is to go to the community address she writes from.
# Two teenagers staff the stand in the lunch break only and do not attend
# -> party_size 1 (meals 1 + 2).  Outlook multipart/alternative.

HODZIC_TEXT = """Sehr geehrte Frau Ostermeyer,

im Namen unserer Gemeinde melde ich hiermit unseren Imam, Herrn Senad Mehmedović, zur Auftaktkonferenz am 24. September an. Er möchte gern am Forum „Religionen im Gespräch“ teilnehmen. Bitte schicken Sie die Bestätigung an diese Adresse, da der Imam selbst keine E-Mail nutzt.

Mittagessen: 1x vegetarisch.

Außerdem hätten wir gern einen Tisch beim Markt der Möglichkeiten. Den Stand betreuen zwei Jugendliche aus unserer Gemeinde, Emina und Tarik (16 und 17 Jahre alt). Sie kommen nur in der Mittagspause und nehmen nicht an der Konferenz teil. Könnten die beiden trotzdem etwas zu essen bekommen? Dann bitte noch 2x vegetarisch.

Mit freundlichen Grüßen
Amra Hodžić
Sekretariat

Bosniakische Islamische Gemeinde Hildesheim e.V.
Tel. 05121 69 35 20"""


@mail("hodzic-secretary-registers-imam", "2027-08-27 10:10:47",
      E("registration", "info@big-hildesheim.example", "Senad Mehmedović",
        "Bosniakische Islamische Gemeinde Hildesheim e.V.", ["FORUM2"], 1, "de"), "de")
def _(m):
    m.head(("From", '"BIG Hildesheim - Sekretariat" <info@big-hildesheim.example>'),
           ("To", IKW),
           ("Subject", "Anmeldung Imam Mehmedovic - Forum Religionen"),
           ("Date", m.date),
           ("Message-ID", "<000301dbf71a$2b9e4c10$82dae430$@big-hildesheim.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(HODZIC_TEXT), outlook_html(HODZIC_TEXT),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 017 ---------------------------------------------------------------------
# Spanish, Gmail, multipart/mixed (alternative + PDF flyer).  "dos personas:
# Julián Ortega y yo"; "el tercer foro".  Founded 1994, about 120 members.

FERNANDEZ_TEXT = """Hola, Katrin:

Te escribo de parte de Casa Latina Hildesheim. Queremos inscribirnos dos personas para la conferencia del 24 de septiembre: Julián Ortega y yo. Nos interesa el tercer foro, el de trabajo y formación profesional.

Almuerzo: uno vegano y uno con carne.

¡Y sí, queremos una mesa en el Markt der Möglichkeiten! Llevaremos información sobre nuestros cursos de alemán y unas empanadas. Te adjunto nuestro folleto. La asociación se fundó en 1994 y hoy tiene unos 120 socios, por si lo necesitáis para el programa.

Un abrazo,
Lucía Fernández Morales
Casa Latina Hildesheim e.V."""


@mail("fernandez-spanish-pdf-flyer", "2027-08-30 11:45:21",
      E("registration", "lucia.fernandez@casalatina-hildesheim.example", "Lucía Fernández Morales",
        "Casa Latina Hildesheim e.V.", ["FORUM3"], 2, "es"), "es")
def _(m):
    m.head(("From", addr("Lucía Fernández Morales", "lucia.fernandez@casalatina-hildesheim.example", "utf-8", "q")),
           ("To", IKW),
           ("Subject", ew("Inscripción Casa Latina – conferencia 24/09", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAL9mQ4wT7yU1iO3pA6sD9fG2hJ5kL8zX1cV4bN7mQ0wE3rT6yA@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    alt = m.alternative(FERNANDEZ_TEXT, gmail_html(FERNANDEZ_TEXT), charset="utf-8",
                        cte="quoted-printable", style="gmail", top=False)
    pdf = m.binary(make_pdf(["Casa Latina Hildesheim e.V.",
                             "Cursos de aleman - Sprachcafe - Salsa",
                             "Jeden Dienstag 18:00, Osterstrasse 40"]),
                   "application", "pdf", "Folleto_Casa_Latina_2027.pdf")
    m.multi("mixed", [alt, pdf], style="gmail")


# -- 018 ---------------------------------------------------------------------
# Gmail vacation responder (Auto-Submitted: auto-replied) to the confirmation
# of 017, Spanish and English.

@mail("fernandez-gmail-vacation", "2027-08-30 11:46:02",
      E("auto_reply"), "es")
def _(m):
    m.head(("From", addr("Lucía Fernández Morales", "lucia.fernandez@casalatina-hildesheim.example", "utf-8", "q")),
           ("To", IKW),
           ("Subject", "Fuera de la oficina / Out of office"),
           ("Date", m.date),
           ("Message-ID", "<CAL9mQ4vacation.7d20e1@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270830114552.9f03@hildesheim.example>"),
           ("References", "<mailbot.20270830114552.9f03@hildesheim.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"))
    text = """Hola:

Estoy de vacaciones hasta el 13 de septiembre y no leeré el correo. Para temas urgentes de Casa Latina, escribe a info@casalatina-hildesheim.example.

I'm on holiday until 13 September. For anything urgent, please contact info@casalatina-hildesheim.example.

Lucía"""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 019 ---------------------------------------------------------------------
# Spanish question: can a dance group have only a table (and a 10-minute
# dance) without joining a forum, and is anything to be paid?  8 dancers.

QUISPE_TEXT = """Buenas tardes:

Soy Marisol Quispe, del grupo de danza folclórica Raíces Andinas de Hildesheim. Hemos recibido la invitación a la conferencia de apertura de la Semana Intercultural y tenemos dos preguntas antes de inscribirnos:

- ¿Es posible tener solo una mesa en el Markt der Möglichkeiten sin participar en ninguno de los foros? Somos 8 bailarines y, si hay espacio, nos gustaría presentar una danza corta de unos 10 minutos.
- ¿Hay que pagar algo por la mesa o por la comida?

Muchas gracias y saludos cordiales,
Marisol Quispe
Raíces Andinas – Grupo de Danza Folclórica"""


@mail("quispe-spanish-question-only-stand", "2027-09-01 14:12:06",
      E("question", "marisol.quispe@gmail.example", "Marisol Quispe",
        "Raíces Andinas – Grupo de Danza Folclórica", [], None, "es"), "es")
def _(m):
    m.head(("From", "Marisol Quispe <marisol.quispe@gmail.example>"),
           ("To", IKW),
           ("Subject", "Pregunta - Markt der Moglichkeiten"),
           ("Date", m.date),
           ("Message-ID", "<CAB2nV6wQ9rT3yU5iO8pA1sD4fG7hJ0kL3zX6cV9bN2mQ5wE8rT@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(QUISPE_TEXT, gmail_html(QUISPE_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 020 ---------------------------------------------------------------------
# Web mail multipart/alternative; the HTML part has a table of the three
# attendees and their meals.  "zu dritt ... in das erste Forum"; the text
# part renders the table with tabs.  "17 Uhr" and "Zeppelinstraße 4" are
# no data.

HASSO_TEXT = """Hallo Frau Ostermeyer,

wir möchten uns für das Ezidische Kulturzentrum Hildesheim anmelden. Wir kommen zu dritt und möchten alle in das erste Forum (Nachbarschaft).

Name\tEssen
Nalin Hasso\tvegetarisch
Dilan Murad\tmit Fleisch
Berivan Hasso\tvegan

Einen Tisch beim Markt brauchen wir diesmal nicht, weil wir am selben Tag um 17 Uhr noch eine eigene Veranstaltung in unserem Zentrum in der Zeppelinstraße 4 haben.

Viele Grüße
Nalin Hasso
Ezidisches Kulturzentrum Hildesheim e.V."""

HASSO_HTML = """<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">
<div>Hallo Frau Ostermeyer,</div>
<div>&nbsp;</div>
<div>wir m&ouml;chten uns f&uuml;r das Ezidische Kulturzentrum Hildesheim anmelden. Wir kommen zu dritt und m&ouml;chten alle in das erste Forum (Nachbarschaft).</div>
<div>&nbsp;</div>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse: collapse;">
<tr><th>Name</th><th>Essen</th></tr>
<tr><td>Nalin Hasso</td><td>vegetarisch</td></tr>
<tr><td>Dilan Murad</td><td>mit Fleisch</td></tr>
<tr><td>Berivan Hasso</td><td>vegan</td></tr>
</table>
<div>&nbsp;</div>
<div>Einen Tisch beim Markt brauchen wir diesmal nicht, weil wir am selben Tag um 17 Uhr noch eine eigene Veranstaltung in unserem Zentrum in der Zeppelinstra&szlig;e 4 haben.</div>
<div>&nbsp;</div>
<div>Viele Gr&uuml;&szlig;e</div>
<div>Nalin Hasso</div>
<div>Ezidisches Kulturzentrum Hildesheim e.V.</div>
</div></body></html>
"""


@mail("hasso-html-table-of-attendees", "2027-09-01 19:55:40",
      E("registration", "nalin.hasso@web-mail.example", "Nalin Hasso",
        "Ezidisches Kulturzentrum Hildesheim e.V.", ["FORUM1"], 3, "de"), "de")
def _(m):
    m.head(("From", "Nalin Hasso <nalin.hasso@web-mail.example>"),
           ("To", IKW),
           ("Subject", "Anmeldung Ezidisches Kulturzentrum"),
           ("Date", m.date),
           ("Message-ID", "<trinity-0c4e8a2f-5d71-4b93-a6e0-9f2b4d6c8e1a-1788285340217@3c-app-webmail-bs31>"),
           ("MIME-Version", "1.0"))
    m.alternative(HASSO_TEXT, HASSO_HTML, charset="utf-8", cte="quoted-printable")

# -- 021 ---------------------------------------------------------------------
# Outlook HTML only, UTF-8 quoted-printable.  Two members for two different
# forums: the writer for Forum 3, his colleague for Forum 1.  Labelled like
# the other corpora: workgroups = the writer's own choice, party_size counts
# both.  "Nr. 1" is a stand number; the stand is booked separately.

MILOSEVIC_TEXT = """Sehr geehrte Damen und Herren,

für den Integrationsbeirat der Stadt Hildesheim melden sich zwei Mitglieder zur Auftaktkonferenz an:

- ich selbst, Dragan Milošević, für Forum 3 (Arbeit und Ausbildung),
- mein Kollege Hamid Sultani für Forum 1.

Mittagessen bitte beide mit Fleisch. Einen Infotisch hat der Beirat bereits über Ihr Büro beantragt (Nr. 1 im Eingangsbereich), das läuft also separat.

Mit freundlichen Grüßen

Dragan Milošević
stellv. Vorsitzender
Integrationsbeirat der Stadt Hildesheim"""


@mail("milosevic-two-members-two-forums-html", "2027-09-02 06:03:17",
      E("registration", "d.milosevic@integrationsbeirat-hildesheim.example", "Dragan Milošević",
        "Integrationsbeirat der Stadt Hildesheim", ["FORUM3"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Milosevic, Dragan" <d.milosevic@integrationsbeirat-hildesheim.example>'),
           ("To", TO_IKW),
           ("Subject", "Anmeldung Integrationsbeirat (2 Personen)"),
           ("Thread-Topic", "Anmeldung Integrationsbeirat (2 Personen)"),
           ("Thread-Index", "AdwdC2Jm8qT0YbV1RkX9s3nL4pE7wQ=="),
           ("Date", m.date),
           ("Message-ID", "<BE1P281MB2960E5A7C3D14F0B8E2A9C6D1F4B7E03@BE1P281MB2960.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(MILOSEVIC_TEXT), subtype="html", charset="utf-8",
             cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# Change (English, Outlook, quoting the confirmation of 014 with English
# header labels): move from Forum 1 to Forum 3; "1 person, vegan lunch"
# stays the same -> party_size null.

RAGHUNATHAN_CHANGE = """Hi again,

Sorry to be a nuisance – I've just realised that Forum 3 (work and training) fits much better with what our association is planning for next year. Could you please move me from Forum 1 to Forum 3? Everything else (1 person, vegan lunch) stays the same.

Many thanks,
Priya"""


@mail("raghunathan-change-to-forum-3", "2027-09-02 16:27:45",
      E("change", "p.raghunathan@tca-hildesheim.example", "Priya Raghunathan",
        None, ["FORUM3"], None, "en"), "en")
def _(m):
    conf = "<mailbot.20270826094104.b6d1@hildesheim.example>"
    m.head(("From", "Priya Raghunathan <p.raghunathan@tca-hildesheim.example>"),
           ("To", TO_IKW),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHb9lK0x3s5Vb2mQ0K3mXQ8yB5tDbA1aB2d"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR02MB73119E2B4D6F08A1C3E5B7D9F0A2C4E6@DB9PR02MB7311.eurprd02.prod.outlook.example>"),
           ("In-Reply-To", conf),
           ("References", conf),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    labels = ("From:", "Sent:", "To:", "Subject:")
    quote = (f"Interkulturelle Woche Hildesheim <{IKW}>",
             "Thursday, August 26, 2027 9:41 AM",
             "Priya Raghunathan <p.raghunathan@tca-hildesheim.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Raghunathan", "FORUM1", 1))
    m.alternative(outlook_plain(RAGHUNATHAN_CHANGE, quote, labels),
                  outlook_html(RAGHUNATHAN_CHANGE, quote, labels=labels),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 023 ---------------------------------------------------------------------
# Turkish, ISO-8859-9 quoted-printable.  "4 kişi geleceğiz, hepimiz ikinci
# foruma"; meals 3 + 1; two tables; founded 1991, about 300 members.

@mail("yildiz-turkish-iso-8859-9-second-forum", "2027-09-03 10:49:00",
      E("registration", "cemile.yildiz@alevi-hildesheim.example", "Cemile Yıldız",
        "Hildesheim Alevi Kültür Merkezi e.V.", ["FORUM2"], 4, "tr"), "tr")
def _(m):
    m.head(("From", addr("Cemile Yıldız", "cemile.yildiz@alevi-hildesheim.example", "iso-8859-9", "q")),
           ("To", IKW),
           ("Subject", ew("Konferans kaydı - Alevi Kültür Merkezi", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270903104900.GA18822@alevi-hildesheim.example>"),
           ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Merhabalar,

Hildesheim Alevi Kültür Merkezi adına 24 Eylül'deki konferansa kayıt olmak
istiyoruz. 4 kişi geleceğiz, hepimiz ikinci foruma (dinler arası diyalog)
katılmak istiyoruz.

Öğle yemeği: 3 vejetaryen, 1 etli.

Markt der Möglichkeiten'de bir stant açmak istiyoruz. 2 masa olursa çok iyi
olur, bağlamalarımızı ve kitaplarımızı sergilemek istiyoruz. Derneğimiz
1991'de kuruldu, yaklaşık 300 üyemiz var.

Saygılarımla
Cemile Yıldız
Hildesheim Alevi Kültür Merkezi e.V.
""", charset="iso-8859-9", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Arabic, Gmail multipart/alternative (dir="rtl"), UTF-8 base64.  "اسمي واسم
# زوجتي مريم" = 2; "منتدى حوار الأديان (المنتدى رقم 2)".  Two meals, no table.

GIRGIS_TEXT = """مساء الخير،

أود تسجيل اسمي واسم زوجتي مريم لحضور مؤتمر افتتاح الأسبوع بين الثقافات يوم الجمعة 24 سبتمبر. نحن من الكنيسة القبطية الأرثوذكسية في هيلدسهايم، ونرغب في المشاركة في منتدى حوار الأديان (المنتدى رقم 2).

الغداء: وجبتان نباتيتان لو سمحتم، لأن يوم الجمعة يوم صوم عندنا.
لا نحتاج إلى طاولة في سوق الإمكانيات، شكرًا.

مع التحية والتقدير
مينا جرجس
Mina Girgis
Koptisch-Orthodoxe Gemeinde St. Markus Hildesheim"""


@mail("girgis-arabic-coptic-forum-2", "2027-09-04 17:36:22",
      E("registration", "mina.girgis@gmail.example", "Mina Girgis",
        "Koptisch-Orthodoxe Gemeinde St. Markus Hildesheim", ["FORUM2"], 2, "ar"), "ar")
def _(m):
    m.head(("From", addr("مينا جرجس", "mina.girgis@gmail.example", "utf-8", "b")),
           ("To", IKW),
           ("Subject", ew("تسجيل في مؤتمر 24 سبتمبر", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAD5pW9xS2tR6yV0uI4oA7sF1gH3jK6lZ9xC2vB5nM8qWr1EtY@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(GIRGIS_TEXT, gmail_html(GIRGIS_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 025 ---------------------------------------------------------------------
# Conditional: about 6 women, "am liebsten ins Forum 1", but she will
# register only after answers on halal meat and childcare -> question.

@mail("farah-question-halal-childcare", "2027-09-06 09:14:50",
      E("question", "hodan.farah@somali-frauen-hi.example", "Hodan Farah",
        "Somalischer Frauen- und Familienverein Hildesheim", [], None, "de"), "de")
def _(m):
    m.head(("From", "Hodan Farah <hodan.farah@somali-frauen-hi.example>"),
           ("To", IKW),
           ("Subject", "Frage Essen und Kinderbetreuung"),
           ("Date", m.date),
           ("Message-ID", "<1788678890.551207@somali-frauen-hi.example>"),
           ("X-Mailer", "Open-Xchange Mailer v7.10.6"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Ostermeyer,

unser Verein (Somalischer Frauen- und Familienverein Hildesheim) hat Ihre Einladung bekommen, vielen Dank! Wir würden gern mit ca. 6 Frauen kommen, am liebsten ins Forum 1.

Vorher aber zwei Fragen: Ist das Fleisch beim Mittagessen halal? Sonst nehmen wir lieber alle vegetarisch, das ist auch kein Problem.

Und gibt es eine Kinderbetreuung? Zwei von uns haben kleine Kinder (3 und 5 Jahre). Wenn nicht, können leider nicht alle kommen. Ich melde uns dann richtig an, wenn ich Ihre Antwort habe.

Viele Grüße
Hodan Farah
""", charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Polish, Thunderbird inline forward ("Przekazana wiadomość") of a mail from
# his chairwoman, who suggested "forum 2 o religiach"; below that the German
# invitation as she had forwarded it from Outlook.  His own text: the third
# forum, else the first; alone.  The association's name contains "Forum".

KEDZIERSKI_FWD = f"""Dzień dobry,

przesyłam dalej zaproszenie, które dostałem od naszej prezes. Chciałbym się zapisać na konferencję 24 września. Interesuje mnie przede wszystkim trzecie forum (praca i kształcenie zawodowe) – zawodowo zajmuję się doradztwem dla młodzieży. Jeżeli tam nie będzie miejsc, to chętnie pójdę na pierwsze.

Przyjdę sam, obiad wegetariański poproszę. Stolika nie potrzebujemy.

Pozdrawiam serdecznie
Bartosz Kędzierski
Stowarzyszenie "Most" – Polsko-Niemieckie Forum Spotkań


-------- Przekazana wiadomość --------
Temat: \tWG: {INVITATION_SUBJECT}
Data: \tMon, 6 Sep 2027 21:14:08 +0200
Nadawca: \tEwa Marczak <ewa.marczak@most-hildesheim.example>
Adresat: \tBartosz Kędzierski <b.kedzierski@poczta.example>



Bartku, może pójdziesz Ty? Ja niestety nie mogę 24-go, a forum 2 o religiach byłoby chyba dla nas najciekawsze. Daj znać.
Ewa

Von: Interkulturelle Woche Hildesheim <{IKW}>
Gesendet: Montag, 16. August 2027 10:00
An: Ewa Marczak <ewa.marczak@most-hildesheim.example>
Betreff: {INVITATION_SUBJECT}

{INVITATION}
"""


@mail("kedzierski-polish-forward-chair-suggested-2", "2027-09-07 11:08:31",
      E("registration", "b.kedzierski@poczta.example", "Bartosz Kędzierski",
        "Stowarzyszenie \"Most\" – Polsko-Niemieckie Forum Spotkań", ["FORUM3", "FORUM1"], 1, "pl"), "pl")
def _(m):
    m.head(("From", addr("Bartosz Kędzierski", "b.kedzierski@poczta.example", "utf-8", "q")),
           ("To", IKW),
           ("Subject", "Fwd: WG: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<e81c4a07-2d9f-4b3e-a5c6-7f0d1e2b3c94@poczta.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single(KEDZIERSKI_FWD, charset="utf-8", cte="8bit")


# -- 027 ---------------------------------------------------------------------
# Change (Samsung Email, reply quoting the confirmation of 004, "Angemeldete
# Personen: 4"): one member now only staffs the stand and does not attend the
# forum -> 3 persons; meals stay at 4.  No forum named -> workgroups [].

BOATENG_CHANGE = f"""Hallo zusammen,

kleine Änderung bei uns: Kojo Asante steht am 24. nur an unserem Stand beim Markt der Möglichkeiten und geht nicht mit ins Forum. Für die Konferenz sind wir also nur noch 3 Personen. Das Essen bitte trotzdem für 4 lassen, Kojo isst mit 😉

Gruß
Ebenezer



Von meinem Samsung Galaxy Smartphone gesendet.


-------- Ursprüngliche Nachricht --------
Von: Interkulturelle Woche Hildesheim <{IKW}>
Datum: 17.08.27 09:13 (GMT+02:00)
An: Ebenezer Boateng <e.boateng@sankofa-hildesheim.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Herr Boateng", "FORUM1", 4)}"""


@mail("boateng-change-helper-only-at-stand", "2027-09-07 15:44:12",
      E("change", "e.boateng@sankofa-hildesheim.example", "Ebenezer Boateng",
        None, [], 3, "de"), "de")
def _(m):
    conf = "<mailbot.20270817091331.44ae@hildesheim.example>"
    m.head(("From", "Ebenezer Boateng <e.boateng@sankofa-hildesheim.example>"),
           ("To", TO_IKW),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<t2k9wq.1789047852.samsung@sankofa-hildesheim.example>"),
           ("In-Reply-To", conf),
           ("References", conf),
           ("MIME-Version", "1.0"))
    m.alternative(BOATENG_CHANGE, div_html(BOATENG_CHANGE, "font-family: sans-serif;"),
                  charset="utf-8", cte="base64")


# -- 028 ---------------------------------------------------------------------
# Registration with a question (parking for her husband); ISO-8859-1 8bit.
# "mein Mann Viktor und ich" = 2; "das Forum Nachbarschaft gestalten".
# "Bus Linie 4" is no forum.  ASCII display name, "Schäfer" in the signature.

@mail("schaefer-registration-plus-parking-question", "2027-09-08 10:20:05",
      E("registration", "irina.schaefer@t-online.example", "Irina Schäfer",
        "Landsmannschaft der Deutschen aus Russland, Ortsgruppe Hildesheim",
        ["FORUM1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Irina Schaefer <irina.schaefer@t-online.example>"),
           ("To", IKW),
           ("Subject", "Anmeldung zur Konferenz am 24.09."),
           ("Date", m.date),
           ("Message-ID", "<1uV3kX-0q7ZfW-2c@fwd74.t-online.example>"),
           ("X-Mailer", "t-online.de webmail 48.3.1"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

hiermit melden mein Mann Viktor und ich uns für die Auftaktkonferenz an.
Wir sind von der Landsmannschaft der Deutschen aus Russland, Ortsgruppe Hildesheim,
und interessieren uns für das Forum Nachbarschaft gestalten.

Essen: 2 x mit Fleisch.

Eine Frage noch: Gibt es am Bürgerhaus Behindertenparkplätze? Mein Mann
ist seit seiner Knie-OP auf einen Rollator angewiesen. Wir wohnen in
Drispenstedt und kommen mit dem Auto, mit dem Bus Linie 4 wäre es zu
umständlich.

Mit freundlichen Grüßen
Irina Schäfer
""", charset="iso-8859-1", cte="8bit")


# -- 029 ---------------------------------------------------------------------
# English question: sign language interpreters and step-free access; "we'd
# be 3 people" only if both are yes -> question, nobody registered yet.

@mail("okonkwo-english-question-interpreters", "2027-09-09 13:02:58",
      E("question", "ruth.okonkwo@idc-hildesheim.example", "Ruth Okonkwo",
        "International Deaf Community Hildesheim", [], None, "en"), "en")
def _(m):
    m.head(("From", "Ruth Okonkwo <ruth.okonkwo@idc-hildesheim.example>"),
           ("To", IKW),
           ("Subject", "Sign language interpretation at the opening conference?"),
           ("Date", m.date),
           ("Message-ID", "<7b2f0c1e-9a84-4d36-b5e2-0c8f1a3d6e92@idc-hildesheim.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

I'm writing on behalf of the International Deaf Community Hildesheim. A few
of us would love to come to the opening conference on 24 September,
probably to Forum 1. Before I register anyone, I need to know two things:

1. Will there be German Sign Language (DGS) interpreters, at least for the
   opening and for one of the forums? Two of our members are deaf.
2. Is the Bürgerhaus step-free? One member uses a wheelchair.

If both answers are yes, we would be 3 people. If not, I'm afraid it won't
work for us this year, but we would still be glad to receive the
documentation afterwards.

Best wishes,
Ruth Okonkwo
International Deaf Community Hildesheim
""", charset="utf-8", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# Change (Italian, iPhone, top-posted over the quoted confirmation of 012
# with "Angemeldete Personen: 5"): the new missionary joins -> 6 persons;
# one more vegetarian meal.  No forum named -> workgroups [].

LOMBARDI_CHANGE = f"""Buonasera,

una piccola modifica: viene anche don Paolo Ferraro, il nostro nuovo missionario, quindi saremo in 6. Per il pranzo aggiungete per favore un altro pasto vegetariano.

Grazie mille!
Salvatore Lombardi

Inviato da iPhone

> Il giorno 24 ago 2027, alle ore 13:30, Interkulturelle Woche Hildesheim <{IKW}> ha scritto:
>
{gt_quote(confirmation("Herr Lombardi", "FORUM1", 5))}"""


@mail("lombardi-italian-change-five-to-six", "2027-09-10 18:40:14",
      E("change", "s.lombardi@icloud.example", "Salvatore Lombardi",
        None, [], 6, "it"), "it")
def _(m):
    conf = "<mailbot.20270824133040.7c5f@hildesheim.example>"
    m.head(("From", "Salvatore Lombardi <s.lombardi@icloud.example>"),
           ("To", TO_IKW),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0E4B7C2A-91F3-4D58-B6A0-2C8E5F1D7A94@icloud.example>"),
           ("In-Reply-To", conf),
           ("References", conf),
           ("X-Mailer", "iPhone Mail (21G93)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.single(LOMBARDI_CHANGE, charset="utf-8", cte="quoted-printable")

# -- 031 ---------------------------------------------------------------------
# Romanian without diacritics, Yahoo multipart/alternative (UTF-8, 7bit).
# Reply-To is set to another address (which has a typo; the confirmation
# bounces, 032).  Comes in his own name -> organisation null.  "de 6 ani" is
# how long he has worked here.

CONSTANTINESCU_TEXT = """Buna ziua,

Ma numesc Adrian Constantinescu si as vrea sa particip la conferinta de deschidere din 24 septembrie. Vin in nume personal, nu reprezint nicio asociatie. Lucrez de 6 ani ca mecanic aici in Hildesheim si ii ajut uneori pe compatriotii mei cu actele pentru Agentia pentru Munca.

M-ar interesa forumul 3 (munca si formarea profesionala).
La pranz: meniu cu carne, va rog.

Multumesc frumos,
Adrian Constantinescu
Tel. 0176 24 81 93 55"""

CONSTANTINESCU_REPLY_TO = "adrian.constantinecu@gmx-mail.example"


@mail("constantinescu-romanian-no-diacritics-reply-to", "2027-09-10 21:31:49",
      E("registration", CONSTANTINESCU_REPLY_TO, "Adrian Constantinescu", None,
        ["FORUM3"], 1, "ro"), "ro")
def _(m):
    m.head(("From", "Adrian Constantinescu <adrian_constantinescu77@yahoo.example>"),
           ("Reply-To", CONSTANTINESCU_REPLY_TO),
           ("To", IKW),
           ("Subject", "inscriere conferinta 24 sept"),
           ("Date", m.date),
           ("Message-ID", "<1402883510.2291847.1789155109884@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.22645 YMailNorrin"),
           ("MIME-Version", "1.0"))
    divs = "\n".join(f"<div dir=\"ltr\" data-setdir=\"false\">{esc(l) if l else '<br>'}</div>"
                   for l in CONSTANTINESCU_TEXT.split("\n"))
    page = ("<html><head></head><body><div class=\"ydp3f2c9a1byahoo-style-wrap\" "
            "style=\"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;\">"
            f"{divs}</div></body></html>\n")
    m.alternative(CONSTANTINESCU_TEXT, page, charset="utf-8", cte="7bit")


# -- 032 ---------------------------------------------------------------------
# Postfix bounce (multipart/report, full returned message) of the
# confirmation sent to 031's Reply-To address: mailbox unavailable.

@mail("postfix-bounce-reply-to-typo", "2027-09-10 21:32:20",
      E("bounce", bounced=CONSTANTINESCU_REPLY_TO), "en")
def _(m):
    rcpt = CONSTANTINESCU_REPLY_TO
    m.head(("From", "MAILER-DAEMON@mx1.hildesheim.example (Mail Delivery System)"),
           ("To", IKW),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270910193220.4C1B22A0F7@mx1.hildesheim.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mx1.hildesheim.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx00.gmx-mail.example[198.51.100.77] said:
    550 Requested action not taken: mailbox unavailable (in reply to RCPT TO
    command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx1.hildesheim.example"),
         ("X-Postfix-Queue-ID", "4C1B22A0F7"),
         ("X-Postfix-Sender", f"rfc822; {IKW}"),
         ("Arrival-Date", "Fri, 10 Sep 2027 21:32:18 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.0.0"),
         ("Remote-MTA", "dns; mx00.gmx-mail.example"),
         ("Diagnostic-Code", "smtp; 550 Requested action not taken: mailbox unavailable")])
    original = bot_message(
        f"Adrian Constantinescu <{rcpt}>", CONFIRMATION_SUBJECT,
        confirmation("Herr Constantinescu", "FORUM3", 1),
        "Fri, 10 Sep 2027 21:32:18 +0200", "<mailbot.20270910213218.e29b@hildesheim.example>",
        "<1402883510.2291847.1789155109884@mail.yahoo.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 033 ---------------------------------------------------------------------
# Bulgarian, Gmail multipart/alternative, UTF-8 quoted-printable.  "двама
# души ... себе си и колежката ми" = 2, "Форум 1".  Meals 1 + 1, one table,
# about 40 children's drawings.  The signature has his Latin name too.

GEORGIEV_TEXT = """Здравейте, госпожо Остермайер,

от името на Българското неделно училище „Васил Левски“ записвам двама души за конференцията на 24 септември: себе си и колежката ми Мария Стоянова. И двамата сме учители в училището. Бихме искали да участваме във Форум 1 (съседство и живот в квартала).

Обяд: 1 вегетарианско и 1 с месо.

За Пазара на възможностите: да, молим за една маса. Ще донесем детски рисунки – около 40 броя, затова ако има и паноа за окачване, ще е чудесно.

С уважение,
Николай Георгиев
Nikolay Georgiev
Българско неделно училище „Васил Левски“ Хилдесхайм"""


@mail("georgiev-bulgarian-sunday-school", "2027-09-11 12:15:03",
      E("registration", "nikolay.georgiev@gmail.example", "Nikolay Georgiev",
        "Българско неделно училище „Васил Левски“ Хилдесхайм", ["FORUM1"], 2, "bg"), "bg")
def _(m):
    m.head(("From", "Nikolay Georgiev <nikolay.georgiev@gmail.example>"),
           ("To", IKW),
           ("Subject", ew("Записване – конференция 24.09.", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAE8rT1yU4iO7pA0sD3fG6hJ9kL2zX5cV8bN1mQ4wE7rT0yU3iO@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(GEORGIEV_TEXT, gmail_html(GEORGIEV_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 034 ---------------------------------------------------------------------
# Change (Turkish, Mutt, UTF-8 8bit, bottom quote with an English Mutt
# attribution): the group moves from the second to the first forum; meals
# and stand unchanged -> party_size null.  Asked as a question ("Mümkün mü?").

YILDIZ_CHANGE = f"""Merhaba,

Yönetim kurulunda tekrar konuştuk: dinler arası diyalog konusunu dedemiz
zaten başka bir platformda takip ediyor. Bu yüzden grubumuzu ikinci
forumdan birinci foruma (mahalle ve komşuluk) almanızı rica ediyoruz.
Mümkün mü?

Yemek ve stant bilgileri aynı kalıyor.

Teşekkürler,
Cemile Yıldız

On Fri, Sep 03, 2027 at 10:49:31AM +0200, Interkulturelle Woche Hildesheim wrote:
{gt_quote(confirmation("Frau Yıldız", "FORUM2", 4))}
"""


@mail("yildiz-turkish-change-to-first-forum", "2027-09-13 20:05:27",
      E("change", "cemile.yildiz@alevi-hildesheim.example", "Cemile Yıldız",
        None, ["FORUM1"], None, "tr"), "tr")
def _(m):
    conf = "<mailbot.20270903104931.0d62@hildesheim.example>"
    m.head(("From", addr("Cemile Yıldız", "cemile.yildiz@alevi-hildesheim.example", "utf-8", "q")),
           ("To", TO_IKW),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<20270913180527.GB20417@alevi-hildesheim.example>"),
           ("In-Reply-To", conf),
           ("References", conf),
           ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
           ("MIME-Version", "1.0"))
    m.single(YILDIZ_CHANGE, charset="utf-8", cte="8bit")


# -- 035 ---------------------------------------------------------------------
# Cancellation (Arabic, Roundcube reply quoting the confirmation of 007),
# UTF-8 quoted-printable.  "الوجبتين" = the two meals.

KHOURY_CANCEL = f"""مرحبًا،

للأسف لن نتمكن أنا وزميلتي ليلى من الحضور يوم ٢٤ سبتمبر، لأن لدينا في نفس اليوم موعدًا مهمًا في دائرة الأجانب مع عدد من أعضائنا. أرجو إلغاء تسجيلنا وإلغاء الوجبتين أيضًا.

نتمنى لكم مؤتمرًا ناجحًا، ونأمل أن نشارك في السنة القادمة.
رامي خوري

بتاريخ 2027-08-19 16:48، كتب Interkulturelle Woche Hildesheim:
{gt_quote(confirmation("Herr Khoury", "FORUM3", 2))}
"""


@mail("khoury-arabic-cancellation", "2027-09-15 09:58:39",
      E("cancellation", "rami.khoury@syrisches-kulturhaus.example", "Rami Khoury",
        None, [], None, "ar"), "ar")
def _(m):
    conf = "<mailbot.20270819164841.5a18@hildesheim.example>"
    m.head(("From", "Rami Khoury <rami.khoury@syrisches-kulturhaus.example>"),
           ("To", TO_IKW),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<c7d3e91a04b2f5e6@syrisches-kulturhaus.example>"),
           ("In-Reply-To", conf),
           ("References", conf),
           ("X-Mailer", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single(KHOURY_CANCEL, charset="utf-8", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# German remote bounce (mailbox full) of the 7-day reminder to 020's address;
# multipart/report with text/rfc822-headers.

def _hasso_reminder_headers():
    return f"""Return-Path: <{IKW}>
Received: from mx1.hildesheim.example (mx1.hildesheim.example [203.0.113.25])
\tby mx-in03.web-mail.example with ESMTPS id 1MqA2x-1rT9Zk0b
\tfor <nalin.hasso@web-mail.example>; Fri, 17 Sep 2027 10:00:18 +0200
From: Interkulturelle Woche Hildesheim <{IKW}>
To: Nalin Hasso <nalin.hasso@web-mail.example>
Subject: {REMINDER_SUBJECT}
Date: Fri, 17 Sep 2027 10:00:15 +0200
Message-ID: <mailbot.reminder.20270917100015.31f4@hildesheim.example>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
"""


@mail("webmail-bounce-mailbox-full-reminder", "2027-09-17 10:00:21",
      E("bounce", bounced="nalin.hasso@web-mail.example"), "de")
def _(m):
    rcpt = "nalin.hasso@web-mail.example"
    m.head(("From", "Mail Delivery System <mailer-daemon@mx-in03.web-mail.example>"),
           ("To", IKW),
           ("Subject", "Unzustellbar: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1MqA2x-1rT9Zk0b-dsn@mx-in03.web-mail.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="")
    note = m.text(f"""Dies ist eine automatisch erstellte Benachrichtigung über den Zustellstatus.

Ihre Nachricht konnte an folgenden Empfänger nicht zugestellt werden:

  {rcpt}
    Das Postfach des Empfängers ist voll (Speicherplatz von 1024 MB
    überschritten). Der Empfänger kann erst wieder Nachrichten erhalten,
    wenn Speicherplatz freigegeben wurde.

Es werden keine weiteren Zustellversuche unternommen.

--
Mailsystem web-mail.example
""", charset="utf-8", cte="quoted-printable",
                  headers=[("Content-Description", "Benachrichtigung")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx-in03.web-mail.example"),
         ("Arrival-Date", "Fri, 17 Sep 2027 10:00:18 +0200")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox full, quota exceeded")])
    headers = m.text(_hasso_reminder_headers(), subtype="rfc822-headers",
                     charset="us-ascii", cte="7bit",
                     headers=[("Content-Description", "Kopfzeilen der Nachricht")])
    m.multi("report", [note, dsn, headers],
            params={"report-type": "delivery-status"})


# -- 037 ---------------------------------------------------------------------
# Bilingual Turkish/German out-of-office to the reminder of 001, without any
# Auto-Submitted or Precedence header.

@mail("oeztuerk-bilingual-ooo-no-headers", "2027-09-17 10:00:25",
      E("auto_reply"), "tr")
def _(m):
    rem = "<mailbot.reminder.20270917100003.8e20@hildesheim.example>"
    m.head(("From", "Mehmet Öztürk <m.oeztuerk@tig-hildesheim.example>"),
           ("To", IKW),
           ("Subject", ew("Otomatik yanıt / Automatische Antwort: " + REMINDER_SUBJECT, "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<autoresponder.1789632025.7731@tig-hildesheim.example>"),
           ("In-Reply-To", rem),
           ("References", rem),
           ("MIME-Version", "1.0"))
    m.single("""Sayın ilgili,

17–23 Eylül tarihleri arasında izindeyim. E-postanız bana ulaştı, döndüğümde
yanıtlayacağım. Acil durumlarda derneğimizi 05121 28 44 19 numaralı
telefondan arayabilirsiniz.

Sehr geehrte Damen und Herren,

vom 17. bis 23. September bin ich im Urlaub. Ihre Nachricht ist angekommen,
ich antworte nach meiner Rückkehr. In dringenden Fällen erreichen Sie die
Gemeinde unter 05121 28 44 19.

Mehmet Öztürk
Türkisch-Islamische Gemeinde Hildesheim-Nord e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Cancellation from an iPhone replying to the 7-day reminder of 015,
# top-posted over the quoted reminder.

BRANDES_CANCEL = f"""Hallo,
leider muss ich absagen 😕 Hab mir beim Volleyball den Fuß gebrochen und bin die nächsten Wochen außer Gefecht. Nächstes Jahr dann!
LG Lena Brandes

Von meinem iPhone gesendet

> Am 17.09.2027 um 10:00 schrieb Interkulturelle Woche Hildesheim <{IKW}>:
>
{gt_quote(reminder("Frau Brandes", "FORUM2", 1))}"""


@mail("brandes-cancel-reply-to-reminder", "2027-09-19 08:47:10",
      E("cancellation", "lena.brandes@posteo.example", "Lena Brandes", None,
        [], None, "de"), "de")
def _(m):
    rem = "<mailbot.reminder.20270917100009.a41c@hildesheim.example>"
    m.head(("From", "Lena Brandes <lena.brandes@posteo.example>"),
           ("To", TO_IKW),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<B94E2A1D-07C3-4F6B-8D25-6E1A9C3F0B78@posteo.example>"),
           ("In-Reply-To", rem),
           ("References", rem),
           ("X-Mailer", "iPhone Mail (21G93)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.single(BRANDES_CANCEL, charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Unrelated invitation (other) from the council of religions: a peace prayer
# closing the Interkulturelle Woche; "no registration needed", contributions
# to be announced to the sender.  Sent to a Bcc list.

@mail("rat-der-religionen-friedensgebet", "2027-09-20 11:30:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Rat der Religionen Hildesheim <info@rat-der-religionen-hi.example>"),
           ("To", "undisclosed-recipients:;"),
           ("Subject", "Einladung zum Friedensgebet der Religionen am 3. Oktober"),
           ("Date", m.date),
           ("Message-ID", "<3d0f8b62-1e5a-4c97-a2d4-8b6e0f1c3a57@rat-der-religionen-hi.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Liebe Freundinnen und Freunde des Rates der Religionen,

zum Abschluss der Interkulturellen Woche laden wir auch in diesem Jahr zum
Friedensgebet der Religionen ein:

Sonntag, 3. Oktober 2027, 17:00 Uhr
auf dem Marktplatz, bei Regen in der Aula der Volkshochschule

Beiträge kommen in diesem Jahr aus 9 Gemeinden: jüdisch, christlich,
muslimisch, alevitisch, ezidisch, Bahá'í, buddhistisch, hinduistisch und
Sikh. Eine Anmeldung ist nicht nötig – kommen Sie einfach und bringen Sie
gern Ihre Nachbarinnen und Nachbarn mit.

Wer ein Gebet oder einen kurzen Text (bitte höchstens 3 Minuten) beitragen
möchte, meldet sich bitte bis zum 26. September bei mir.

Mit herzlichen Grüßen
Imke Stoevesandt
Geschäftsführung, Rat der Religionen Hildesheim
""", charset="utf-8", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Cancellation (Bulgarian, Gmail reply quoting the confirmation of 033): both
# cancel the conference and their meals, but want to keep the stand, staffed
# by two parents during the lunch break only -> cancellation.

GEORGIEV_CANCEL = """Здравейте,

за съжаление Мария и аз няма да можем да дойдем на конференцията – точно на 24 септември имаме родителска среща в училището. Моля, отменете регистрацията ни и двата обяда.

Масата на Пазара на възможностите обаче бихме искали да запазим: двама родители ще стоят на щанда от 12:30 до 14:00 ч. с рисунките на децата. Надявам се, че това е възможно.

Поздрави,
Николай Георгиев"""


@mail("georgiev-bulgarian-cancel-keeps-stand", "2027-09-21 19:12:44",
      E("cancellation", "nikolay.georgiev@gmail.example", "Nikolay Georgiev",
        None, [], None, "bg"), "bg")
def _(m):
    conf = "<mailbot.20270911121534.c8b7@hildesheim.example>"
    head = f"На сб, 11.09.2027 г. в 12:15 ч. Interkulturelle Woche Hildesheim <{IKW}> написа:"
    quoted = confirmation("Herr Georgiev", "FORUM1", 2)
    text = f"{GEORGIEV_CANCEL}\n\n{head}\n\n{gt_quote(quoted)}\n"
    m.head(("From", "Nikolay Georgiev <nikolay.georgiev@gmail.example>"),
           ("To", TO_IKW),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAE8rT1zW7qP2mN5bV8cX1zL4kJ7hG0fD3sA6pO9iU2yT5rE8wQ@mail.gmail.example>"),
           ("In-Reply-To", conf),
           ("References", conf),
           ("MIME-Version", "1.0"))
    m.alternative(text, gmail_html(GEORGIEV_CANCEL, quote_head=head, quoted=quoted),
                  charset="utf-8", cte="quoted-printable", style="gmail")


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
MACHINE = ("auto_reply", "bounce", "other")
LANGS = ("de", "en", "tr", "ar", "pl", "ro", "bg", "it", "es")


def decoded_text(msg):
    """Decoded headers and text bodies of every part (nested messages included)."""
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    return "\n".join(chunks)


def check_label(e, msg, text_lang):
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"unknown kind {kind}")
    wg = e["workgroups"]
    if any(w not in FORUM_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if kind not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    party = e["party_size"]
    if kind == "registration":
        if not (isinstance(party, int) and party >= 1):
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if party is not None and not (isinstance(party, int) and party >= 1):
            problems.append("change party_size must be null or >= 1")
    elif party is not None:
        problems.append("party_size must be null for this kind")
    if kind == "bounce":
        if not e["bounced_recipient"] or e["bounced_recipient"] != e["bounced_recipient"].lower():
            problems.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient only for bounces")
    text = decoded_text(msg)
    if kind in MACHINE:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
    else:
        em = e["email"]
        if not em or em != em.lower():
            problems.append("person mail needs a lower-case email")
        elif em not in text.lower():
            problems.append(f"email {em} does not occur in the mail")
        if not e["name"] or e["name"] not in text:
            problems.append(f"name {e['name']!r} does not occur in the mail")
        if e["organisation"] is not None and e["organisation"] not in text:
            problems.append(f"organisation {e['organisation']!r} does not occur in the mail")
        if e["language"] not in LANGS or e["language"] != text_lang:
            problems.append(f"language {e['language']} / text language {text_lang}")
    return problems


def check(name, data, m, expected, text_lang):
    """Problems found in one written mail (empty list when fine)."""
    problems = []
    for i, line in enumerate(data.split(b"\n"), 1):
        if len(line.rstrip(b"\r")) > 998:
            problems.append(f"line {i} longer than 998 octets")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 8, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 10, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Aug-Sep 2027")
    got = list(leaves(msg))
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (g, w) in enumerate(zip(got, want)):
        if isinstance(w, bytes):
            if g.get_content() != w:
                problems.append(f"part {i}: attachment bytes differ")
            continue
        cs = g.get_content_charset() or "us-ascii"
        raw = g.get_payload(decode=True)
        try:
            dec = raw.decode(cs)
        except (UnicodeDecodeError, LookupError) as exc:
            problems.append(f"part {i}: does not decode as {cs}: {exc}")
            continue
        if dec.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
    text = decoded_text(msg)
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
    problems += check_label(expected, msg, text_lang)
    return problems


def stats(built, datas):
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    kinds = [k for k in KINDS if any(kk == k for kk, _ in table)]
    langs = [lang for lang in LANGS if any(t == lang for _, t in table)]
    print("kind".ljust(13) + "".join(l.rjust(4) for l in langs) + "  all")
    for k in kinds:
        row = [table[(k, l)] for l in langs]
        print(k.ljust(13) + "".join(str(v or "-").rjust(4) for v in row) + str(sum(row)).rjust(5))
    tot = [sum(table[(k, l)] for k in kinds) for l in langs]
    print("all".ljust(13) + "".join(str(v).rjust(4) for v in tot) + str(sum(tot)).rjust(5))
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

    for (name, m, e, t), data in zip(built, datas):
        for problem in check(name, data, m, e, t):
            print(f"{name}: {problem}")
            bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
