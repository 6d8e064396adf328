#!/usr/bin/env python3
"""Build the "final20f" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Integrationskonferenz Hochsauerlandkreis 2027 (Arnsberg), five forums F1-F5.
The mailbox is noisy: municipal and corporate disclaimers, mailing-list copies and
footers, newsletters, out-of-office replies, delivery failures, read receipts,
answered calendar invitations (text/calendar parts) and attached vCards, besides
ordinary registrations, changes and cancellations.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files, then
reads every file back with email.policy.default and checks it: no MIME defects,
each leaf part decodes to exactly the text written here, labels well formed and
consistent with the mail, no sender twice, example domains only.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

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
from email.utils import formataddr, format_datetime, parsedate_to_datetime, parseaddr, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

KI = "integrationskonferenz@hochsauerlandkreis.example"
TO_KI = f"Integrationskonferenz HSK <{KI}>"
INVITATION_ID = "<einladung-ik-hsk-2027.20270823100002@hochsauerlandkreis.example>"
LIST_INVITATION_ID = "<einladung-ik-hsk-2027.20270823100209.list@hochsauerlandkreis.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
WG_IDS = ("F1", "F2", "F3", "F4", "F5")
PERSON_KINDS = ("registration", "change", "cancellation", "question")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset=None, enc="q"):
    """'Name <address>'; a non-ASCII name is encoded in `charset` when given."""
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
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in order."""
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", KI)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=3)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=2))))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.hochsauerlandkreis.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{KI}>; {arrival} (CEST)")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

    # -- leaves --------------------------------------------------------------
    def _record(self, content):
        self.intended.append(content)

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None, record=True, disposition=None, filename=None):
        """A text leaf part (MIMEPart), for use inside a multipart."""
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params,
                      disposition=disposition, filename=filename)
        for k, v in (headers or []):
            p[k] = v
        if record:
            self._record(text)
        return p

    def binary(self, data, maintype, subtype, filename, disposition="attachment",
               headers=None):
        p = MIMEPart(policy=POLICY)
        p.set_content(data, maintype=maintype, subtype=subtype, cte="base64",
                      disposition=disposition, filename=filename)
        for k, v in (headers or []):
            p[k] = v
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
            return f"00000000000{h[:15]}"
        if style == "apple":
            return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.hochsauerlandkreis.example"
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
                    html_cte=None, style="std", top=True):
        parts = [self.text(text, "plain", charset, cte),
                 self.text(html_text, "html", charset, html_cte or cte)]
        return self.multi("alternative", parts, style=style, top=top)

    # -- output ----------------------------------------------------------------
    def as_bytes(self):
        pol = POLICY.clone(linesep="\r\n") if self.crlf else POLICY
        return self.msg.as_bytes(policy=pol)


def report_block_part(content_type, *blocks, description=None):
    """A message/delivery-status or message/disposition-notification part;
    each block is a list of (name, value)."""
    part = MIMEPart(policy=POLICY)
    if description:
        part["Content-Description"] = description
    part["Content-Type"] = content_type
    payload = []
    for block in blocks:
        b = Message(policy=POLICY)
        for name, value in block:
            b.set_raw(name, value)
        payload.append(b)
    part.set_payload(payload if content_type == "message/delivery-status" else payload[:1])
    return part


def rfc822_part(inner, description="Undelivered Message"):
    part = MIMEPart(policy=POLICY)
    part.set_content(inner, cte="7bit")
    if description:
        part["Content-Description"] = description
    return part


# ---------------------------------------------------------------------------
# generated attachments (small, deterministic)
# ---------------------------------------------------------------------------

def make_png(width=120, height=36):
    """A small RGB PNG logo: a green band with a white stripe (KSB-like)."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            if 14 <= y < 22:
                px = (255, 255, 255)
            elif x < 30:
                px = (0, 102, 51)
            else:
                px = (0, 140, 70) if y < 14 else (240, 180, 0)
            row += bytes(px)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def ics_fold(text):
    """Fold iCalendar content lines longer than 75 characters (RFC 5545 3.1)."""
    out = []
    for line in text.split("\n"):
        while len(line) > 75:
            out.append(line[:75])
            line = " " + line[75:]
        out.append(line)
    return "\n".join(out)


VTIMEZONE = """BEGIN:VTIMEZONE
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


def outlook_ics_reply(cn, mailto, partstat, summary, uid, dtstamp, comment=None,
                      sequence=0):
    """The text/calendar METHOD:REPLY that Outlook sends when a meeting is answered."""
    lines = ["BEGIN:VCALENDAR",
             "METHOD:REPLY",
             "PRODID:Microsoft Exchange Server 2019",
             "VERSION:2.0",
             VTIMEZONE,
             "BEGIN:VEVENT",
             f'ATTENDEE;PARTSTAT={partstat};CN="{cn}":mailto:{mailto}']
    if comment:
        c = comment.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
        lines.append(f"COMMENT;LANGUAGE=de-DE:{c}")
    lines += [f"SUMMARY;LANGUAGE=de-DE:{summary}",
              "DTSTART;TZID=W. Europe Standard Time:20271014T093000",
              "DTEND;TZID=W. Europe Standard Time:20271014T160000",
              f"UID:{uid}",
              "CLASS:PUBLIC",
              "PRIORITY:5",
              f"DTSTAMP:{dtstamp}",
              "TRANSP:OPAQUE",
              f"SEQUENCE:{sequence}",
              "LOCATION;LANGUAGE=de-DE:Kulturzentrum Berliner Platz\\, Berliner Platz 1\\, 59759 Arnsberg",
              'ORGANIZER;CN="Integrationskonferenz HSK":mailto:' + KI,
              "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
              "X-MICROSOFT-CDO-OWNERAPPTID:2118305781",
              "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
              "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
              "X-MICROSOFT-CDO-IMPORTANCE:1",
              "X-MICROSOFT-CDO-INSTTYPE:0",
              "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
              "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "END:VEVENT",
              "END:VCALENDAR"]
    return ics_fold("\n".join(lines)) + "\n"


# ---------------------------------------------------------------------------
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung: Integrationskonferenz Hochsauerlandkreis 2027 am 14. Oktober in Arnsberg"
CONFIRMATION_SUBJECT = "Anmeldebestätigung: Integrationskonferenz Hochsauerlandkreis 2027"
REMINDER_SUBJECT = "Erinnerung: Integrationskonferenz Hochsauerlandkreis 2027 am 14. Oktober"
SAVE_THE_DATE_SUBJECT = "Save the Date: Integrationskonferenz HSK 2027"

INVITATION = """Sehr geehrte Damen und Herren,
liebe Partnerinnen und Partner im Integrationsnetzwerk,

nach dem Save the Date im Juni laden wir Sie nun herzlich zur
Integrationskonferenz des Hochsauerlandkreises 2027 ein:

„Zusammen im Sauerland – ankommen, bleiben, mitgestalten“

Donnerstag, 14. Oktober 2027, 9:30 bis 16:00 Uhr
Kulturzentrum Berliner Platz, Berliner Platz 1, 59759 Arnsberg-Neheim

Nach der Begrüßung durch den Landrat und einem Impulsvortrag arbeiten wir
am Nachmittag in fünf Foren:

Forum 1: Sprache, Kita und Schule
Forum 2: Arbeit und Ausbildung – Fachkräfte für Südwestfalen
Forum 3: Wohnen und Mobilität im ländlichen Raum
Forum 4: Gesundheit, Pflege und psychosoziale Versorgung
Forum 5: Ehrenamt, Sport und Vereinsleben

Bitte melden Sie sich bis zum 1. Oktober 2027 per E-Mail an
integrationskonferenz@hochsauerlandkreis.example an. Teilen Sie uns dabei
Ihren Namen, Ihre Einrichtung bzw. Ihren Verein, das gewünschte Forum
(gern mit Zweitwunsch) und die Zahl der Teilnehmenden mit. Nach der
Anmeldung erhalten Sie eine Bestätigung mit Kalendereintrag.

Die Teilnahme ist kostenfrei. Für Mittagessen und Getränke ist gesorgt.
Der Veranstaltungsort ist barrierefrei und vom Bahnhof Neheim-Hüsten in
etwa fünfzehn Minuten zu Fuß erreichbar.

Mit freundlichen Grüßen
im Auftrag

Anja Hesse-Kaya
Kommunales Integrationszentrum Hochsauerlandkreis
Steinstraße 27, 59872 Meschede
Telefon 0291 94-1234"""

FORUM_LINE = {
    "F1": "Forum 1 – Sprache, Kita und Schule",
    "F2": "Forum 2 – Arbeit und Ausbildung – Fachkräfte für Südwestfalen",
    "F3": "Forum 3 – Wohnen und Mobilität im ländlichen Raum",
    "F4": "Forum 4 – Gesundheit, Pflege und psychosoziale Versorgung",
    "F5": "Forum 5 – Ehrenamt, Sport und Vereinsleben",
}


def confirmation(salutation, forum, persons):
    """The confirmation mailbot sent (quoted in replies, returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zur Integrationskonferenz des
Hochsauerlandkreises am Donnerstag, 14. Oktober 2027, 9:30 bis 16:00 Uhr,
im Kulturzentrum Berliner Platz, Berliner Platz 1, 59759 Arnsberg.

Wir haben Sie für folgendes Forum eingetragen:
{FORUM_LINE[forum]}

Angemeldete Personen: {persons}

Einen Kalendereintrag finden Sie im Anhang. Möchten Sie das Forum wechseln
oder absagen? Antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Integrationskonferenz HSK
Kommunales Integrationszentrum Hochsauerlandkreis"""


def reminder(salutation, forum, persons):
    """The 7-day reminder mailbot sent on Thursday, 7 October 2027, 08:00."""
    return f"""Guten Tag {salutation},

in einer Woche ist es so weit: Wir freuen uns, Sie am Donnerstag,
14. Oktober 2027, um 9:30 Uhr im Kulturzentrum Berliner Platz in
Arnsberg-Neheim zu begrüßen.

Ihr Forum: {FORUM_LINE[forum]}
Angemeldete Personen: {persons}

Falls Sie doch nicht kommen können, geben Sie uns bitte kurz Bescheid,
indem Sie auf diese E-Mail antworten. So können wir Plätze an die
Warteliste weitergeben.

Mit freundlichen Grüßen
Integrationskonferenz HSK
Kommunales Integrationszentrum Hochsauerlandkreis"""


def confirmation_message(to, salutation, forum, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_KI
    m["To"] = to
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(salutation, forum, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


def invitation_message(to):
    """The invitation as a whole message (returned inside an NDR)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_KI
    m["To"] = to
    m["Subject"] = INVITATION_SUBJECT
    m["Date"] = "Mon, 23 Aug 2027 10:00:02 +0200"
    m["Message-ID"] = INVITATION_ID
    m["MIME-Version"] = "1.0"
    m.set_content(INVITATION, charset="utf-8", cte="quoted-printable")
    return m


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


def mso_p(line, small=False):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    if small:
        return (f"<p class=MsoNormal><span style='font-size:7.5pt;color:gray'>{esc(line)}"
                f"<o:p></o:p></span></p>")
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, disclaimer=None, charset_meta="Windows-1252"):
    """Outlook-style HTML for `text`; quote = (von, gesendet, an, betreff, quoted_text).
    An Exchange transport-rule disclaimer, when given, is appended in small grey type."""
    out = [mso_p(line) for line in text.split("\n")]
    if disclaimer:
        out.append(mso_p(""))
        out += [mso_p(line, small=True) for line in disclaimer.split("\n")]
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
    head = OUTLOOK_HEAD.replace("charset=Windows-1252", f"charset={charset_meta}")
    return head + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, disclaimer=None):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    out = text
    if disclaimer:
        out += "\n\n" + disclaimer
    if quote:
        von, gesendet, an, betreff, quoted = quote
        out += (f"\n\nVon: {von}\nGesendet: {gesendet}\nAn: {an}\n"
                f"Betreff: {betreff}\n\n{quoted}")
    return out


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return f"<div{d}>{inner}</div>\n"


def new_outlook_html(text):
    """HTML as the 'new Outlook' / Outlook on the web writes it."""
    style = ("font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, "
             "Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);")
    divs = "\n".join(
        f'<div class="elementToProof" style="{style}">{esc(line) if line else "<br>"}</div>'
        for line in text.split("\n"))
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style>\n"
            "</head>\n<body dir=\"ltr\">\n" + divs + "\n</body>\n</html>\n")


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
# Exchange out-of-office to the invitation (Auto-Submitted: auto-generated),
# Outlook multipart/alternative, with the town's disclaimer appended.

SUNDERN_DISCLAIMER = """Stadt Sundern (Sauerland) · Der Bürgermeister · Rathausplatz 1 · 59846 Sundern
Diese E-Mail enthält vertrauliche Informationen und ist ausschließlich für den bezeichneten Empfänger bestimmt. Sollten Sie diese E-Mail irrtümlich erhalten haben, benachrichtigen Sie bitte unverzüglich den Absender und löschen Sie die Nachricht. Eine Haftung für Schäden durch virenbehaftete Anhänge wird ausgeschlossen. Rechtsverbindliche Erklärungen können per E-Mail nicht wirksam abgegeben werden.
Hinweise zum Datenschutz: https://www.sundern.example/datenschutz"""

HUETTER_OOF = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre E-Mail. Ich bin bis einschließlich 3. September 2027 nicht im Hause. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Angelegenheiten wenden Sie sich bitte an das Sozialamt der Stadt Sundern, Tel. 02933 81-0, oder an sozialamt@sundern.example.

Mit freundlichen Grüßen
Sandra Hütter
Stadt Sundern – Fachbereich Jugend, Schule und Soziales"""


@mail("huetter-exchange-out-of-office", "2027-08-23 10:00:41", E("auto_reply"), "de")
def _(m):
    m.head(("From", '"Hütter, Sandra" <s.huetter@sundern.example>'),
           ("To", TO_KI),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHb9F2k1c0aZ3mT6UuN8w4qJ5xB7A=="),
           ("Date", m.date),
           ("Message-ID", "<5c2e8a1f7d3b4e90a6c1@EXCH01.sundern.example>"),
           ("References", INVITATION_ID),
           ("In-Reply-To", INVITATION_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("X-MS-Exchange-Inbox-Rules-Loop", "s.huetter@sundern.example"),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(HUETTER_OOF, disclaimer=SUNDERN_DISCLAIMER),
                  outlook_html(HUETTER_OOF, disclaimer=SUNDERN_DISCLAIMER),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 002 ---------------------------------------------------------------------
# Exchange non-delivery report in German for the invitation (the recipient has
# left the municipality); multipart/report with a text/html notice and the
# whole invitation (all five forums) returned as message/rfc822.

STEINHOFF = "m.steinhoff@bestwig.example"
BESTWIG_DIAG = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
BESTWIG_NDR_TEXT = f"""Die Nachricht konnte nicht zugestellt werden.

Die E-Mail-Adresse {STEINHOFF} wurde nicht gefunden. Sie existiert nicht mehr, oder sie ist falsch geschrieben.

Was sollten Sie tun?
Überprüfen Sie die Schreibweise der Empfängeradresse, und senden Sie die Nachricht erneut. Wenn Sie die Adresse aus Ihrer Kontaktliste übernommen haben, löschen Sie den Eintrag und geben Sie die Adresse neu ein.

Weitere Informationen für Administratoren:
Generierender Server: EXCH01.bestwig.example

{STEINHOFF}
Remoteserver hat '{BESTWIG_DIAG}' zurückgegeben.

Betreff: {INVITATION_SUBJECT}
Gesendet: 23.08.2027 10:00"""

BESTWIG_NDR_HTML = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body>
<div style="font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:16px;color:#c00000;font-weight:bold">Die Nachricht konnte nicht zugestellt werden.</div>
<p style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px">Die E-Mail-Adresse <a href="mailto:{STEINHOFF}">{STEINHOFF}</a> wurde nicht gefunden. Sie existiert nicht mehr, oder sie ist falsch geschrieben.</p>
<p style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;font-weight:bold">Was sollten Sie tun?</p>
<p style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px">Überprüfen Sie die Schreibweise der Empfängeradresse, und senden Sie die Nachricht erneut. Wenn Sie die Adresse aus Ihrer Kontaktliste übernommen haben, löschen Sie den Eintrag und geben Sie die Adresse neu ein.</p>
<p style="font-family:'Segoe UI',Arial,sans-serif;font-size:12px;color:#666">Weitere Informationen für Administratoren:<br>
Generierender Server: EXCH01.bestwig.example<br><br>
{STEINHOFF}<br>
Remoteserver hat '{esc(BESTWIG_DIAG)}' zurückgegeben.<br><br>
Betreff: {esc(INVITATION_SUBJECT)}<br>
Gesendet: 23.08.2027 10:00</p>
</body>
</html>
"""


@mail("bestwig-exchange-ndr-german", "2027-08-23 10:01:15",
      E("bounce", bounced=STEINHOFF), "de")
def _(m):
    m.head(("From", "Microsoft Outlook <postmaster@bestwig.example>"),
           ("To", KI),
           ("Subject", "Unzustellbar: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<c9b7e0d2-41a3-4f6e-8b25-7d1f3e9a0c64@EXCH01.bestwig.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-replied"),
           ("Content-Language", "de-DE"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    alt = m.alternative(BESTWIG_NDR_TEXT, BESTWIG_NDR_HTML, charset="utf-8",
                        cte="quoted-printable", top=False)
    dsn = report_block_part(
        "message/delivery-status",
        [("Reporting-MTA", "dns;EXCH01.bestwig.example"),
         ("Received-From-MTA", "dns;mx.hochsauerlandkreis.example"),
         ("Arrival-Date", "Mon, 23 Aug 2027 08:00:05 +0000")],
        [("Original-Recipient", f"rfc822;{STEINHOFF}"),
         ("Final-Recipient", f"rfc822;{STEINHOFF}"),
         ("Action", "failed"),
         ("Status", "5.1.10"),
         ("Diagnostic-Code", f"smtp;{BESTWIG_DIAG}")])
    m.multi("report", [alt, dsn, rfc822_part(invitation_message(STEINHOFF), None)],
            style="outlook", params={"report-type": "delivery-status"})


# -- 003 ---------------------------------------------------------------------
# Outlook reply to the invitation (quoted below a Von:/Gesendet: block), two
# persons, first and second choice, the town's long disclaimer between the
# signature and the quote; windows-1252 quoted-printable.

ARNSBERG_DISCLAIMER = """------------------------------------------------------------
Stadt Arnsberg – Der Bürgermeister
Rathausplatz 1, 59759 Arnsberg
www.arnsberg.example

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.

Die Stadt Arnsberg ist für den Empfang elektronisch signierter und verschlüsselter Dokumente derzeit nicht eingerichtet. Rechtsverbindliche Erklärungen (z. B. Widersprüche, Anträge) richten Sie bitte schriftlich an die oben genannte Anschrift.

Informationen zum Datenschutz nach Art. 13 DSGVO finden Sie unter https://www.arnsberg.example/datenschutz
------------------------------------------------------------"""

RINSCHE_TEXT = """Sehr geehrte Frau Hesse-Kaya,

vielen Dank für die Einladung. Für die Stadt Arnsberg melden sich mein Kollege Yusuf Demir (Fachdienst Wohnen) und ich an. Wir würden gern ins Forum 3 gehen, da uns das Thema Wohnraum für Geflüchtete im Moment sehr beschäftigt. Falls das Forum voll ist, wäre Forum 1 unser Zweitwunsch.

Mit freundlichen Grüßen
Im Auftrag

Claudia Rinsche
Integrationsbeauftragte
Fachdienst Soziales, Integration und Senioren

Stadt Arnsberg
Rathausplatz 1
59759 Arnsberg
Telefon: 02932 201-1456
E-Mail: c.rinsche@arnsberg.example"""


@mail("rinsche-stadt-outlook-quote-disclaimer", "2027-08-23 11:02:37",
      E("registration", "c.rinsche@arnsberg.example", "Claudia Rinsche",
        "Stadt Arnsberg", ["F3", "F1"], 2, "de"), "de")
def _(m):
    m.head(("From", '"Rinsche, Claudia" <c.rinsche@arnsberg.example>'),
           ("To", TO_KI),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHb9F2k1c0aZ3mT6UuN8w4qJ5xB7LKJ0s1A"),
           ("Date", m.date),
           ("Message-ID", "<8f41c2a0b7e94d3a9c55@EXCH02.arnsberg.example>"),
           ("References", INVITATION_ID),
           ("In-Reply-To", INVITATION_ID),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Integrationskonferenz HSK <{KI}>",
             "Montag, 23. August 2027 10:00",
             f"Integrationskonferenz HSK <{KI}>",
             INVITATION_SUBJECT, INVITATION)
    m.alternative(outlook_plain(RINSCHE_TEXT, quote, ARNSBERG_DISCLAIMER),
                  outlook_html(RINSCHE_TEXT, quote, ARNSBERG_DISCLAIMER),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 004 ---------------------------------------------------------------------
# A reply that went to the mailing list instead of the organiser; the list
# copy reaches us with a DMARC-munged From ("... via Netzwerk Integration HSK"
# <list address>), her own address in Reply-To, Precedence: list, List-*
# headers and the Mailman footer.  The quoted invitation lists all forums.

LIST_ADDR = "netzwerk-integration@lists.hsk-netz.example"
LIST_FOOTER = """_______________________________________________
Netzwerk Integration HSK – Mailingliste
netzwerk-integration@lists.hsk-netz.example
Einstellungen ändern oder abmelden:
https://lists.hsk-netz.example/mailman/listinfo/netzwerk-integration"""


def list_headers():
    return [("List-Id", "Netzwerk Integration im Hochsauerlandkreis <netzwerk-integration.lists.hsk-netz.example>"),
            ("List-Unsubscribe", "<https://lists.hsk-netz.example/mailman/options/netzwerk-integration>, <mailto:netzwerk-integration-request@lists.hsk-netz.example?subject=unsubscribe>"),
            ("List-Archive", "<https://lists.hsk-netz.example/pipermail/netzwerk-integration/>"),
            ("List-Post", "<mailto:netzwerk-integration@lists.hsk-netz.example>"),
            ("List-Help", "<mailto:netzwerk-integration-request@lists.hsk-netz.example?subject=help>"),
            ("List-Subscribe", "<https://lists.hsk-netz.example/mailman/listinfo/netzwerk-integration>, <mailto:netzwerk-integration-request@lists.hsk-netz.example?subject=subscribe>"),
            ("Errors-To", "netzwerk-integration-bounces@lists.hsk-netz.example"),
            ("Sender", '"Netzwerk-integration" <netzwerk-integration-bounces@lists.hsk-netz.example>'),
            ("Precedence", "list"),
            ("X-BeenThere", LIST_ADDR),
            ("X-Mailman-Version", "2.1.39")]


@mail("schmalenbach-list-copy-munged-from", "2027-08-23 14:47:09",
      E("registration", "petra.schmalenbach@fluechtlingshilfe-schmallenberg.example",
        "Petra Schmalenbach", "Flüchtlingshilfe Schmallenberg e.V.", ["F5"], 1, "de"), "de")
def _(m):
    m.head(("From", "Petra Schmalenbach via Netzwerk Integration HSK <" + LIST_ADDR + ">"),
           ("Reply-To", "Petra Schmalenbach <petra.schmalenbach@fluechtlingshilfe-schmallenberg.example>"),
           ("To", "Netzwerk Integration HSK <" + LIST_ADDR + ">"),
           ("Subject", "Re: [Netzwerk Integration HSK] " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<3e7d9b12-5a4c-4f08-b6e1-0c2a8f7d5e39@fluechtlingshilfe-schmallenberg.example>"),
           ("In-Reply-To", LIST_INVITATION_ID),
           ("References", LIST_INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"),
           *list_headers(),
           envelope="netzwerk-integration-bounces@lists.hsk-netz.example")
    m.single(f"""Liebe Frau Hesse-Kaya,
hallo in die Runde,

(sorry an alle, das sollte eigentlich nur an Frau Hesse-Kaya gehen!)

ich melde mich für Forum 5 an – Ehrenamt ist bei uns natürlich das
Dauerthema. Ich komme allein, unsere anderen Ehrenamtlichen sind tagsüber
berufstätig.

Herzliche Grüße aus Schmallenberg
Petra Schmalenbach

-- 
Flüchtlingshilfe Schmallenberg e.V.
Koordination Ehrenamt
Tel. 02972 47 11 09

Am 23.08.27 um 10:02 schrieb Integrationskonferenz HSK via Netzwerk Integration HSK:
{gt_quote(INVITATION)}
{LIST_FOOTER}
""", charset="utf-8", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# Outlook/Exchange read receipt ("Gelesen:"), multipart/report with a
# message/disposition-notification part.

VOGT_MDN_TEXT = f"""Ihre Nachricht

  An: Vogt, Bernd
  Betreff: {INVITATION_SUBJECT}
  Gesendet: Montag, 23. August 2027 10:00:02 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

wurde am Dienstag, 24. August 2027 08:11:52 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen."""


@mail("vogt-outlook-read-receipt", "2027-08-24 08:11:58", E("auto_reply"), "de")
def _(m):
    m.head(("From", '"Vogt, Bernd" <b.vogt@winterberg.example>'),
           ("To", TO_KI),
           ("Subject", "Gelesen: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<2b8e4f6a0c1d47e3b9a8@EXCH02.winterberg.example>"),
           ("References", INVITATION_ID),
           ("In-Reply-To", INVITATION_ID),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    note = m.text(VOGT_MDN_TEXT, charset="utf-8", cte="quoted-printable")
    mdn = report_block_part(
        "message/disposition-notification",
        [("Reporting-UA", "EXCH02.winterberg.example; Microsoft Exchange Server 2019"),
         ("Final-Recipient", "rfc822; b.vogt@winterberg.example"),
         ("Original-Message-ID", INVITATION_ID),
         ("Disposition", "manual-action/MDN-sent-manually; displayed")])
    m.multi("report", [note, mdn], style="outlook",
            params={"report-type": "disposition-notification"})


# -- 006 ---------------------------------------------------------------------
# Turkish, Gmail multipart/alternative, UTF-8 base64.  "Ben ve iki arkadaşım
# geleceğiz, yani toplam 3 kişi" = me and two friends, 3 in all.  The
# association is named only in the German signature.

KORKMAZ_TEXT = """Merhaba Hesse-Kaya Hanım,

derneğimiz adına 14 Ekim'deki Entegrasyon Konferansı'na (Integrationskonferenz) katılmak istiyoruz. Forum 1'e (Sprache, Kita und Schule) katılmak istiyoruz, çünkü derneğimizde cumartesi günleri çocuklar için ödev yardımı yapıyoruz.
Ben ve iki arkadaşım geleceğiz, yani toplam 3 kişi.

Saygılarımla,
Hatice Korkmaz
Kadın Kolları Başkanı
Türkisch-Islamische Gemeinde Neheim e.V."""


@mail("korkmaz-turkish-gmail", "2027-08-24 09:40:12",
      E("registration", "hatice.korkmaz@tig-neheim.example", "Hatice Korkmaz",
        "Türkisch-Islamische Gemeinde Neheim e.V.", ["F1"], 3, "tr"), "tr")
def _(m):
    m.head(("From", addr("Hatice Korkmaz", "hatice.korkmaz@tig-neheim.example")),
           ("To", KI),
           ("Subject", ew("Entegrasyon Konferansı kayıt – Forum 1", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAF3kq8Zt1yR5uW2nB7vL0xM4pQ9sD6hJ3cE8aN1oK5iT2gHmVw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KORKMAZ_TEXT, gmail_html(KORKMAZ_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 007 ---------------------------------------------------------------------
# A company (HR) registers two persons for Forum 2; "14 Auszubildende" is not a
# party size.  Thunderbird text/plain with a vCard 3.0 attached (text/vcard),
# long bilingual corporate disclaimer with HRA/HRB numbers.

HEIMES_KROLL_VCF = """BEGIN:VCARD
VERSION:3.0
FN:Stefanie Heimes-Kroll
N:Heimes-Kroll;Stefanie;;;
ORG:Brökelmann Armaturen GmbH & Co. KG;Personalentwicklung
TITLE:Personalentwicklung
EMAIL;TYPE=work:s.heimes-kroll@broekelmann-armaturen.example
TEL;TYPE=work:+49 2933 9817-240
ADR;TYPE=work:;;Zum Röhrenspring 12;Sundern;;59846;Deutschland
URL;TYPE=work:https://www.broekelmann-armaturen.example
END:VCARD
"""


@mail("heimes-kroll-company-vcard-disclaimer", "2027-08-24 16:20:44",
      E("registration", "s.heimes-kroll@broekelmann-armaturen.example", "Stefanie Heimes-Kroll",
        "Brökelmann Armaturen GmbH & Co. KG", ["F2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Stefanie Heimes-Kroll <s.heimes-kroll@broekelmann-armaturen.example>"),
           ("To", KI),
           ("Subject", "Anmeldung Integrationskonferenz 14.10. / Forum 2"),
           ("Date", m.date),
           ("Message-ID", "<7a3c5e91-2d0b-4f86-a4c7-1e9b6d3f8a20@broekelmann-armaturen.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.1.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    body = m.text("""Sehr geehrte Frau Hesse-Kaya,

wir beschäftigen inzwischen 14 Auszubildende und Mitarbeitende aus
Drittstaaten und möchten uns deshalb gern am Forum 2 beteiligen.
Teilnehmen werden unser Ausbildungsleiter Herr Markus Tillmann und ich,
also 2 Personen.

Bei Bedarf stehen wir auch gern für einen kurzen Praxisbericht zur
Verfügung.

Freundliche Grüße aus Sundern

Stefanie Heimes-Kroll
Personalentwicklung

Brökelmann Armaturen GmbH & Co. KG
Zum Röhrenspring 12
59846 Sundern
Tel. +49 2933 9817-240
s.heimes-kroll@broekelmann-armaturen.example
www.broekelmann-armaturen.example

Brökelmann Armaturen GmbH & Co. KG · Sitz: Sundern · Registergericht:
Amtsgericht Arnsberg HRA 3318
Persönlich haftende Gesellschafterin: Brökelmann Verwaltungs-GmbH · Sitz:
Sundern · Amtsgericht Arnsberg HRB 5120
Geschäftsführer: Dipl.-Ing. Frank Brökelmann, Dr. Julia Brökelmann-Hartmann
USt-IdNr.: DE 812 345 678

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte
Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail
irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und
vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte
Weitergabe dieser E-Mail sind nicht gestattet.

This e-mail may contain confidential and/or privileged information. If you
are not the intended recipient (or have received this e-mail in error)
please notify the sender immediately and destroy this e-mail. Any
unauthorised copying, disclosure or distribution of the material in this
e-mail is strictly forbidden.
""", charset="utf-8", cte="8bit", params={"format": "flowed"})
    vcf = m.text(HEIMES_KROLL_VCF, subtype="vcard", charset="utf-8", cte="base64",
                 disposition="attachment", filename="heimes-kroll.vcf")
    m.multi("mixed", [body, vcf], style="thunderbird")


# -- 008 ---------------------------------------------------------------------
# Newsletter of the district government (other): lists several Kreis
# conferences with forums, workshops and "Anmeldung", List-Unsubscribe,
# Precedence: bulk, a long legal footer.

BEZREG_TEXT = """Integration aktuell – Infobrief der Bezirksregierung Arnsberg
Ausgabe 8/2027 · 25. August 2027

Inhalt
1. Integrationskonferenzen in den Kreisen: Termine im Herbst
2. Förderaufruf „Integration vor Ort“: Anträge bis 15. Oktober
3. Neue Handreichung zur Sprachmittlung
4. Personalien

1. Integrationskonferenzen in den Kreisen: Termine im Herbst
Viele Kreise und kreisfreie Städte im Regierungsbezirk laden im Herbst zu ihren Integrationskonferenzen ein:
- Hochsauerlandkreis: 14. Oktober, Arnsberg-Neheim, fünf Foren, Anmeldung beim Kommunalen Integrationszentrum
- Märkischer Kreis: 21. Oktober, Iserlohn, vier Workshops, Anmeldung online
- Kreis Soest: 4. November, Soest, Anmeldung bis 20. Oktober
- Kreis Olpe: 11. November, Attendorn
Die Bezirksregierung ist bei allen Konferenzen mit einem Infostand vertreten.

2. Förderaufruf „Integration vor Ort“
Migrantenorganisationen und Vereine können bis zum 15. Oktober 2027 Zuschüsse von bis zu 5.000 Euro beantragen, zum Beispiel für Sport- und Begegnungsangebote oder Sprachcafés. Informationen und Antragsformulare: https://www.bezreg-arnsberg.example/integration/foerderung

3. Neue Handreichung zur Sprachmittlung
Die Handreichung „Sprachmittlung in der kommunalen Praxis“ steht ab sofort zum Download bereit: https://www.bezreg-arnsberg.example/integration/sprachmittlung

4. Personalien
Dezernat 36 hat eine neue Ansprechpartnerin für Integrationsangelegenheiten: Frau Dr. Miriam Osthoff, Telefon 02931 82-3611.

--
Sie erhalten diesen Infobrief, weil Sie sich für den Verteiler „Integration aktuell“ angemeldet haben.
Abmelden: https://newsletter.bezreg-arnsberg.example/abmelden?u=3f9c1a&l=integration
Impressum: Bezirksregierung Arnsberg, Seibertzstraße 1, 59821 Arnsberg, Telefon 02931 82-0
Die Bezirksregierung Arnsberg ist eine Behörde des Landes Nordrhein-Westfalen. Sie wird vertreten durch den Regierungspräsidenten.
Datenschutzerklärung: https://www.bezreg-arnsberg.example/datenschutz"""

BEZREG_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Integration aktuell 8/2027</title></head>
<body style="margin:0;padding:0;background:#eeeeee;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="640" cellpadding="18" cellspacing="0" role="presentation" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.45;color:#1a1a1a;">
<tr><td style="background:#00577b;color:#ffffff;"><div style="font-size:22px;font-weight:bold;">Integration aktuell</div><div>Infobrief der Bezirksregierung Arnsberg · Ausgabe 8/2027 · 25. August 2027</div></td></tr>
<tr><td>
<p><b>Inhalt</b></p>
<ol><li>Integrationskonferenzen in den Kreisen: Termine im Herbst</li><li>Förderaufruf „Integration vor Ort“: Anträge bis 15. Oktober</li><li>Neue Handreichung zur Sprachmittlung</li><li>Personalien</li></ol>
<h2 style="font-size:17px;color:#00577b;">Integrationskonferenzen in den Kreisen: Termine im Herbst</h2>
<p>Viele Kreise und kreisfreie Städte im Regierungsbezirk laden im Herbst zu ihren Integrationskonferenzen ein:</p>
<ul><li><b>Hochsauerlandkreis:</b> 14. Oktober, Arnsberg-Neheim, fünf Foren, Anmeldung beim Kommunalen Integrationszentrum</li>
<li><b>Märkischer Kreis:</b> 21. Oktober, Iserlohn, vier Workshops, Anmeldung online</li>
<li><b>Kreis Soest:</b> 4. November, Soest, Anmeldung bis 20. Oktober</li>
<li><b>Kreis Olpe:</b> 11. November, Attendorn</li></ul>
<p>Die Bezirksregierung ist bei allen Konferenzen mit einem Infostand vertreten.</p>
<h2 style="font-size:17px;color:#00577b;">Förderaufruf „Integration vor Ort“</h2>
<p>Migrantenorganisationen und Vereine können bis zum 15. Oktober 2027 Zuschüsse von bis zu 5.000 Euro beantragen, zum Beispiel für Sport- und Begegnungsangebote oder Sprachcafés. <a href="https://www.bezreg-arnsberg.example/integration/foerderung">Informationen und Antragsformulare</a></p>
<h2 style="font-size:17px;color:#00577b;">Neue Handreichung zur Sprachmittlung</h2>
<p>Die Handreichung „Sprachmittlung in der kommunalen Praxis“ steht ab sofort <a href="https://www.bezreg-arnsberg.example/integration/sprachmittlung">zum Download</a> bereit.</p>
<h2 style="font-size:17px;color:#00577b;">Personalien</h2>
<p>Dezernat 36 hat eine neue Ansprechpartnerin für Integrationsangelegenheiten: Frau Dr. Miriam Osthoff, Telefon 02931 82-3611.</p>
</td></tr>
<tr><td style="font-size:11px;color:#666666;border-top:1px solid #dddddd;">Sie erhalten diesen Infobrief, weil Sie sich für den Verteiler „Integration aktuell“ angemeldet haben. <a href="https://newsletter.bezreg-arnsberg.example/abmelden?u=3f9c1a&amp;l=integration">Abmelden</a><br>
Impressum: Bezirksregierung Arnsberg, Seibertzstraße 1, 59821 Arnsberg, Telefon 02931 82-0<br>
Die Bezirksregierung Arnsberg ist eine Behörde des Landes Nordrhein-Westfalen. Sie wird vertreten durch den Regierungspräsidenten.<br>
<a href="https://www.bezreg-arnsberg.example/datenschutz">Datenschutzerklärung</a></td></tr>
</table>
</td></tr></table>
<img src="https://newsletter.bezreg-arnsberg.example/o/3f9c1a.gif" width="1" height="1" alt="">
</body></html>
"""


@mail("bezreg-newsletter-integration-aktuell", "2027-08-25 07:55:00", E("other"), "de")
def _(m):
    m.head(("From", "Bezirksregierung Arnsberg <newsletter@bezreg-arnsberg.example>"),
           ("To", KI),
           ("Subject", ew("Integration aktuell 8/2027: Integrationskonferenzen im Herbst, Förderaufruf, Sprachmittlung", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<nl.integration.2027-08.3f9c1a@newsletter.bezreg-arnsberg.example>"),
           ("List-Id", "Integration aktuell <integration.newsletter.bezreg-arnsberg.example>"),
           ("List-Unsubscribe", "<https://newsletter.bezreg-arnsberg.example/abmelden?u=3f9c1a&l=integration>, <mailto:abmelden@newsletter.bezreg-arnsberg.example?subject=3f9c1a>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Mailer", "Newsletter-Versand 5.4"),
           ("MIME-Version", "1.0"),
           envelope="bounce-3f9c1a@newsletter.bezreg-arnsberg.example")
    m.alternative(BEZREG_TEXT, BEZREG_HTML, charset="utf-8", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Arabic, plain UTF-8 quoted-printable.  "المنتدى الرابع" = the fourth forum;
# "سنحضر شخصين" = we come as two persons.  Latin signature with the association.

@mail("alhussein-arabic", "2027-08-25 12:05:31",
      E("registration", "ahmad.alhussein@skv-meschede.example", "Ahmad Alhussein",
        "Syrischer Kulturverein Meschede e.V.", ["F4"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Ahmad Alhussein <ahmad.alhussein@skv-meschede.example>"),
           ("To", KI),
           ("Subject", "تسجيل – Integrationskonferenz 14.10.2027"),
           ("Date", m.date),
           ("Message-ID", "<CAJ8uN2wK5qX1vT7bR3mY9dL0pZ4hF6sG2cA8eO1iU5nB3kQrTy@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم،

أرغب بالتسجيل في مؤتمر الاندماج (Integrationskonferenz) يوم الخميس 14 تشرين الأول/أكتوبر في أرنسبرغ.
نود المشاركة في المنتدى الرابع حول الصحة والرعاية (Forum 4)، لأن كثيراً من العائلات في جمعيتنا تحتاج إلى معلومات عن الأطباء والعلاج النفسي.
سنحضر شخصين: أنا وزميلي من الجمعية.

مع الشكر والتقدير
Ahmad Alhussein
Syrischer Kulturverein Meschede e.V.
0157 8899 1122
""", charset="utf-8", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Question before registering (travel costs, interpreters); a numbered list
# "1." / "2." and "4 oder 5 Leute" are not forums or a party size.

@mail("hadzic-question-shuttle-interpreters", "2027-08-25 19:33:02",
      E("question", "n.hadzic@integrationsrat-brilon.example", "Nermin Hadžić",
        "Integrationsrat der Stadt Brilon", [], None, "de"), "de")
def _(m):
    m.head(("From", "Nermin Hadžić <n.hadzic@integrationsrat-brilon.example>"),
           ("To", KI),
           ("Subject", "Fragen zur Integrationskonferenz"),
           ("Date", m.date),
           ("Message-ID", "<trinity-4e2a9c71-0b3d-4f58-9a6e-c1d7f2b8e053-1787722382114@3c-app-gmx-bs08>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Frau Hesse-Kaya,

danke für die Einladung, die ich über den Verteiler des Integrationsrats
bekommen habe. Bevor wir uns anmelden, hätte ich zwei Fragen:

1. Gibt es vom Bahnhof Neheim-Hüsten einen Shuttle, oder können Fahrtkosten
erstattet werden? Einige unserer Mitglieder haben kein Auto, und von Brilon
aus ist es mit Bus und Bahn eine kleine Weltreise.

2. Dürfen auch Mitglieder teilnehmen, die noch nicht so gut Deutsch
sprechen? Gibt es vielleicht Dolmetscher?

Wenn das klappt, würden wir voraussichtlich mit 4 oder 5 Leuten kommen.

Viele Grüße
Nermin Hadžić
Integrationsrat der Stadt Brilon
""", charset="utf-8", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Outlook, HTML only (Word HTML), windows-1252 quoted-printable; first and
# second choice; welfare association signature with register number, IBAN and
# an environmental print notice.

CARITAS_DISCLAIMER = """Caritasverband Arnsberg-Sundern e.V. · Vorstand: Ulrich Bergmann (Vors.), Stefanie Lohmann
Vereinsregister Amtsgericht Arnsberg VR 1082 · Bankverbindung: Sparkasse Arnsberg-Sundern · IBAN DE12 4665 0005 0000 1234 56
Der Inhalt dieser E-Mail ist vertraulich und ausschließlich für den bezeichneten Adressaten bestimmt. Wenn Sie nicht der vorgesehene Adressat dieser E-Mail oder dessen Vertreter sein sollten, so beachten Sie bitte, dass jede Form der Kenntnisnahme, Veröffentlichung, Vervielfältigung oder Weitergabe des Inhalts dieser E-Mail unzulässig ist. Wir bitten Sie, sich in diesem Fall mit dem Absender der E-Mail in Verbindung zu setzen.
Bitte prüfen Sie der Umwelt zuliebe, ob der Ausdruck dieser E-Mail erforderlich ist."""

WIETHOFF_TEXT = """Sehr geehrte Frau Hesse-Kaya,

hiermit melde ich mich für die Integrationskonferenz am 14.10.2027 an. Ich arbeite in der Migrationsberatung für Erwachsene und würde am liebsten das Forum 4 (Gesundheit, Pflege und psychosoziale Versorgung) besuchen, alternativ das Forum 1.

Mit freundlichen Grüßen

Jana Wiethoff
Migrationsberatung für Erwachsene (MBE)
Caritasverband Arnsberg-Sundern e.V.
Hellefelder Straße 27
59821 Arnsberg
Tel.: 02931 8060-33
Fax: 02931 8060-99
www.caritas-arnsberg.example"""


@mail("wiethoff-caritas-outlook-html-only", "2027-08-26 09:10:26",
      E("registration", "jana.wiethoff@caritas-arnsberg.example", "Jana Wiethoff",
        "Caritasverband Arnsberg-Sundern e.V.", ["F4", "F1"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Wiethoff, Jana" <jana.wiethoff@caritas-arnsberg.example>'),
           ("To", TO_KI),
           ("Subject", "Anmeldung Integrationskonferenz"),
           ("Thread-Topic", "Anmeldung Integrationskonferenz"),
           ("Thread-Index", "AdwaR3Jk8cN0m1pQeTkW4y7uZ2aBxQ=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1742A9C0D3E5F6B7C8D9E0A1B2C3@FR3P281MB1742.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(WIETHOFF_TEXT, disclaimer=CARITAS_DISCLAIMER), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# English, plain text; "Dr." in the signature; a hospital's bilingual
# disclaimer appended by the mail server after "---".

@mail("mekonnen-english-hospital-disclaimer", "2027-08-26 13:44:50",
      E("registration", "samuel.mekonnen@klinikum-hochsauerland.example", "Samuel Mekonnen",
        "Klinikum Hochsauerland GmbH", ["F4"], 1, "en"), "en")
def _(m):
    m.head(("From", '"Mekonnen, Samuel" <samuel.mekonnen@klinikum-hochsauerland.example>'),
           ("To", KI),
           ("Subject", "Registration Integrationskonferenz 14 October"),
           ("Date", m.date),
           ("Message-ID", "<0d9e2f4a6b8c4a1e9f37@MAIL01.klinikum-hochsauerland.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""Dear Ms Hesse-Kaya,

a colleague forwarded your invitation to the integration conference on
14 October to me. I work as a resident in internal medicine and coordinate
our hospital's mentoring programme for internationally trained doctors and
nurses, so the forum on health and care would be the obvious choice for me.

Please register me for Forum 4. It will be just me.

Kind regards,
Dr. Samuel Mekonnen
Assistenzarzt Innere Medizin
Klinikum Hochsauerland GmbH
Standort Karolinen-Hospital, Stolte Ley 5, 59759 Arnsberg

---
Klinikum Hochsauerland GmbH · Sitz: Arnsberg · Amtsgericht Arnsberg HRB 8841
Geschäftsführung: Dr. Hendrik Lammers, Birgit Sommer
Vorsitzender des Aufsichtsrates: Klaus-Dieter Wiese

Diese Nachricht ist vertraulich und ausschließlich für den Adressaten
bestimmt. Sie kann Patientendaten enthalten, die der ärztlichen
Schweigepflicht unterliegen. Sollten Sie nicht der vorgesehene Empfänger
sein, löschen Sie die Nachricht bitte und benachrichtigen Sie den Absender.

This message is confidential and intended solely for the addressee. It may
contain patient data subject to medical confidentiality. If you are not the
intended recipient, please delete this message and notify the sender.
""", charset="utf-8", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Outlook plain text, windows-1252 quoted-printable: a team lead registers
# himself and three colleagues as a list ("zu viert" = 4); Jobcenter footer
# about not sending social data by e-mail.

@mail("kersting-jobcenter-list-of-four", "2027-08-27 10:02:18",
      E("registration", "thomas.kersting@jobcenter-hsk.example", "Thomas Kersting",
        "Jobcenter Hochsauerlandkreis", ["F2"], 4, "de"), "de")
def _(m):
    m.head(("From", '"Kersting, Thomas" <thomas.kersting@jobcenter-hsk.example>'),
           ("To", TO_KI),
           ("Subject", "Anmeldung Jobcenter HSK - Forum 2"),
           ("Thread-Topic", "Anmeldung Jobcenter HSK - Forum 2"),
           ("Thread-Index", "AdwbG7k2c9Nn0pQeRkW1y3uZ8aBxCA=="),
           ("Date", m.date),
           ("Message-ID", "<a61f0c3e9b2d4e78@EXCH03.jobcenter-hsk.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

für das Jobcenter Hochsauerlandkreis melde ich folgende Kolleginnen und Kollegen zum Forum 2 (Arbeit und Ausbildung) an:

- Thomas Kersting (Teamleitung Markt & Integration, Meschede)
- Aylin Demirel (Integrationsfachkraft, Arnsberg)
- Jörg Hömberg (Arbeitgeberservice, Brilon)
- Nadine Kemper (Integrationsfachkraft, Schmallenberg)

Wir sind also zu viert.

Mit freundlichen Grüßen
Im Auftrag

Thomas Kersting
Teamleitung Markt & Integration
Jobcenter Hochsauerlandkreis
Briloner Straße 41, 59872 Meschede
Telefon: 0291 9020-512

________________________________
Hinweis: Bitte übersenden Sie keine Sozialdaten, Bewerbungsunterlagen oder sonstigen personenbezogenen Angaben unverschlüsselt per E-Mail. Diese E-Mail-Adresse dient ausschließlich der dienstlichen Kommunikation; Anträge und Widersprüche können auf diesem Weg nicht rechtswirksam eingereicht werden.
Informationen zur Verarbeitung Ihrer Daten: https://www.jobcenter-hsk.example/datenschutz
""", charset="windows-1252", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# Ukrainian from an iPhone, UTF-8 base64.  She introduces herself with her
# full name in Cyrillic (which beats the Latin display name) and names her
# initiative in German; "форум 1"; "Буду одна" = I come alone.

@mail("savchuk-ukrainian-iphone", "2027-08-27 18:21:40",
      E("registration", "olena.savchuk@mail.example", "Олена Савчук",
        "Ukrainische Initiative Winterberg", ["F1"], 1, "uk"), "uk")
def _(m):
    m.head(("From", "Olena Savchuk <olena.savchuk@mail.example>"),
           ("To", KI),
           ("Subject", ew("Реєстрація на конференцію 14.10", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<9C2E4A71-5B3D-4F08-A6E1-D0C7B8F3A942@mail.example>"),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0"))
    m.single("""Доброго дня!

Мене звати Олена Савчук, я волонтерка в ініціативі «Ukrainische Initiative Winterberg». Хочу зареєструватися на конференцію з інтеграції 14 жовтня в Арнсберзі.
Мене цікавить форум 1 — мова, дитячі садки та школа, бо я сама працюю помічницею вчителя.
Буду одна.

Дякую!
Олена

Надіслано з iPhone
""", charset="utf-8", cte="base64")


# -- 015 ---------------------------------------------------------------------
# Out-of-office without any Auto-Submitted/Precedence header, bilingual
# German/English, answering a confirmation; a colleague's address and phone
# numbers in the text; company disclaimer.

@mail("schulte-ooo-no-headers-bilingual", "2027-08-30 08:47:33", E("auto_reply"), "de")
def _(m):
    m.head(("From", "Marco Schulte <m.schulte@sauerland-logistik.example>"),
           ("To", TO_KI),
           ("Subject", "Abwesenheitsnotiz: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<000b01dc19a2$3f4e5a60$bedc1020$@sauerland-logistik.example>"),
           ("In-Reply-To", "<mailbot.20270830084730.6d1e@hochsauerlandkreis.example>"),
           ("References", "<mailbot.20270830084730.6d1e@hochsauerlandkreis.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich bin bis einschließlich 10. September 2027 im Urlaub. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Sandra Böhmer (s.boehmer@sauerland-logistik.example, Tel. 02961 7770-12).

Dear Sir or Madam,

I am on annual leave until 10 September 2027. Your message will not be forwarded. For urgent matters please contact my colleague Ms Sandra Böhmer (s.boehmer@sauerland-logistik.example, phone +49 2961 7770-12).

Mit freundlichen Grüßen / Kind regards
Marco Schulte
Leitung Personal
Sauerland Logistik GmbH

Sauerland Logistik GmbH · Gewerbepark Ruhrtal 8 · 59929 Brilon
Geschäftsführer: Christoph Rüther · Amtsgericht Arnsberg HRB 7712
Diese E-Mail ist vertraulich. Wenn Sie nicht der richtige Adressat sind, benachrichtigen Sie bitte den Absender und löschen Sie diese E-Mail.
""", charset="utf-8", cte="quoted-printable")

# -- 016 ---------------------------------------------------------------------
# Webmail multipart/alternative, ISO-8859-1 quoted-printable; forum named by an
# alias only ("Forum zum Ehrenamt"); "zwei Personen"; antivirus footer.

LINDEMANN_TEXT = """Liebe Frau Hesse-Kaya,

für unser Café International melde ich mich und eine Ehrenamtliche aus dem Team (Frau Gisela Rüther) zur Integrationskonferenz an. Wir sind also zwei Personen und würden gern ins Forum zum Ehrenamt gehen.

Herzliche Grüße
Ruth Lindemann
Pfarrerin
Evangelische Kirchengemeinde Arnsberg

--
Diese E-Mail wurde von Avast Antivirus-Software auf Viren geprüft.
www.avast.example/antivirus"""


@mail("lindemann-webmail-latin1-alias-ehrenamt", "2027-08-30 11:15:05",
      E("registration", "ruth.lindemann@web-post.example", "Ruth Lindemann",
        "Evangelische Kirchengemeinde Arnsberg", ["F5"], 2, "de"), "de")
def _(m):
    m.head(("From", "Ruth Lindemann <ruth.lindemann@web-post.example>"),
           ("To", KI),
           ("Subject", "Anmeldung Integrationskonferenz"),
           ("Date", m.date),
           ("Message-ID", "<trinity-b83c1e0a-7d42-4a9f-95c6-3e1f0d8a2b74-1788080105332@3c-app-webpost-bs21>"),
           ("MIME-Version", "1.0"))
    m.alternative(LINDEMANN_TEXT, div_html(LINDEMANN_TEXT), charset="iso-8859-1",
                  cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# An answered calendar invitation: Outlook "Zugesagt:" to the June Save the
# Date meeting request, edited before sending with a registration for Forum 3.
# multipart/alternative text/plain + text/html + text/calendar (METHOD:REPLY,
# PARTSTAT=ACCEPTED, base64), municipal disclaimer.

STD_UID = ("040000008200E00074C5B7101A82E00800000000D0A8F3C1E2E0DA01000000000000000"
           "010000000A4C1F0E2B3D54A6F8E9C7B1A2D3F4E5C")

TIGGES_TEXT = """Ich bin gern dabei. Bitte melden Sie mich gleich für das Forum 3 (Wohnen und Mobilität) an – das Thema Bürgerbus und ÖPNV ist für uns als Flächengemeinde entscheidend.

Mit freundlichen Grüßen
Heinz-Georg Tigges
Fachbereich Bürgerdienste und Soziales
Gemeinde Eslohe (Sauerland)
Schultheißstraße 2, 59889 Eslohe
Tel. 02973 800-31"""

ESLOHE_DISCLAIMER = """Gemeinde Eslohe (Sauerland) – Der Bürgermeister
Diese E-Mail kann vertrauliche Informationen enthalten. Falls Sie nicht der vorgesehene Empfänger sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail. Über das E-Mail-Postfach können keine rechtsverbindlichen Erklärungen abgegeben werden."""


@mail("tigges-calendar-accept-with-registration", "2027-08-31 09:30:47",
      E("registration", "h-g.tigges@eslohe.example", "Heinz-Georg Tigges",
        "Gemeinde Eslohe (Sauerland)", ["F3"], 1, "de"), "de")
def _(m):
    subject = "Zugesagt: " + SAVE_THE_DATE_SUBJECT
    m.head(("From", '"Tigges, Heinz-Georg" <h-g.tigges@eslohe.example>'),
           ("To", TO_KI),
           ("Subject", subject),
           ("Thread-Topic", SAVE_THE_DATE_SUBJECT),
           ("Thread-Index", "AdvhP0wz4K8mN2qR5sT1uV7wX3yZ9A=="),
           ("Date", m.date),
           ("Message-ID", "<e5a1c7b3d9f24e06@EXCH01.eslohe.example>"),
           ("Content-class", "urn:content-classes:calendarmessage"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("X-MS-TNEF-Correlator", ""),
           ("MIME-Version", "1.0"))
    plain = outlook_plain(TIGGES_TEXT, disclaimer=ESLOHE_DISCLAIMER)
    html_text = outlook_html(TIGGES_TEXT, disclaimer=ESLOHE_DISCLAIMER, charset_meta="utf-8")
    ics = outlook_ics_reply("Tigges, Heinz-Georg", "h-g.tigges@eslohe.example", "ACCEPTED",
                            subject, STD_UID, "20270831T073047Z",
                            comment=TIGGES_TEXT.split("\n")[0])
    m.multi("alternative", [m.text(plain, "plain", "utf-8", "quoted-printable"),
                            m.text(html_text, "html", "utf-8", "quoted-printable"),
                            m.text(ics, "calendar", "utf-8", "base64",
                                   params={"method": "REPLY"})], style="outlook")


# -- 018 ---------------------------------------------------------------------
# Russian, windows-1251 8bit; "пятый форум" = the fifth forum; "Придём
# вдвоём" = we come as two.  Latin signature.

@mail("reimer-russian-cp1251", "2027-08-31 15:02:10",
      E("registration", "w.reimer@rdkv-olsberg.example", "Waldemar Reimer",
        "Russlanddeutscher Kulturverein Olsberg e.V.", ["F5"], 2, "ru"), "ru")
def _(m):
    m.head(("From", "Waldemar Reimer <w.reimer@rdkv-olsberg.example>"),
           ("To", KI),
           ("Subject", ew("Регистрация: конференция 14 октября", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1788094930.204811.7315@webmail.rdkv-olsberg.example>"),
           ("X-Mailer", "The Bat! (v10.5.3) Professional"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте, уважаемая госпожа Хессе-Кая!

От имени нашего общества хотел бы зарегистрироваться на конференцию по интеграции 14 октября. Нас интересует пятый форум (Ehrenamt, Sport und Vereinsleben) — у нас большая шахматная секция и молодёжная футбольная команда.
Придём вдвоём: я и наш председатель Виктор Дик.

С уважением
Waldemar Reimer
Russlanddeutscher Kulturverein Olsberg e.V.
""", charset="windows-1251", cte="8bit")


# -- 019 ---------------------------------------------------------------------
# Polish, Roundcube, UTF-8 8bit; "forum nr 2"; "Przyjdę sama" = I come alone.

@mail("nowicka-polish-roundcube", "2027-09-01 10:40:55",
      E("registration", "k.nowicka@pks-sauerland.example", "Katarzyna Nowicka",
        "Polnischer Kulturverein Sauerland e.V.", ["F2"], 1, "pl"), "pl")
def _(m):
    m.head(("From", "Katarzyna Nowicka <k.nowicka@pks-sauerland.example>"),
           ("To", KI),
           ("Subject", ew("Zgłoszenie – konferencja integracyjna 14.10.", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270901104055.3c9e1a7f@pks-sauerland.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.7"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

chciałabym zgłosić swój udział w konferencji integracyjnej 14 października w Arnsbergu. Interesuje mnie forum nr 2 (praca i kształcenie zawodowe), ponieważ w naszym stowarzyszeniu doradzamy polskim pracownikom sezonowym i kierowcom.
Przyjdę sama.

Z poważaniem
Katarzyna Nowicka
Polnischer Kulturverein Sauerland e.V.
""", charset="utf-8", cte="8bit")


# -- 020 ---------------------------------------------------------------------
# Postfix bounce from our own relay: the remote server rejected the address at
# RCPT TO; the returned confirmation (message/rfc822) names Forum 5.

YILDIZ = "leyla.yildiz@kulturbruecke-bestwig.example"


@mail("postfix-bounce-user-unknown", "2027-09-01 16:55:03",
      E("bounce", bounced=YILDIZ), "en")
def _(m):
    m.head(("From", "MAILER-DAEMON@mail.hochsauerlandkreis.example (Mail Delivery System)"),
           ("To", KI),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270901145503.A71C23E0F4@mail.hochsauerlandkreis.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.hochsauerlandkreis.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{YILDIZ}>: host
    mx.kulturbruecke-bestwig.example[198.51.100.77] said: 550 5.1.1
    <{YILDIZ}>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = report_block_part(
        "message/delivery-status",
        [("Reporting-MTA", "dns; mail.hochsauerlandkreis.example"),
         ("X-Postfix-Queue-ID", "A71C23E0F4"),
         ("X-Postfix-Sender", f"rfc822; {KI}"),
         ("Arrival-Date", "Wed,  1 Sep 2027 16:55:00 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {YILDIZ}"),
         ("Original-Recipient", f"rfc822;{YILDIZ}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx.kulturbruecke-bestwig.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{YILDIZ}>: Recipient address\n"
                             "    rejected: User unknown in virtual mailbox table")],
        description="Delivery report")
    original = confirmation_message(
        f"Leyla Yıldız <{YILDIZ}>", "Frau Yıldız", "F5", 1,
        "Wed, 01 Sep 2027 16:55:00 +0200", "<mailbot.20270901165500.2b7f@hochsauerlandkreis.example>",
        "<5f0a2c8e-93d1-4b67-a2e4-7c1b9d0f3e58@mail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 021 ---------------------------------------------------------------------
# New Outlook, HTML only (UTF-8 quoted-printable); roman numerals "Forum I,
# alternativ im Forum II"; the Kreis's own disclaimer.

BRUEGGEMANN_TEXT = """Hallo Frau Hesse-Kaya,

ich würde gern an der Integrationskonferenz teilnehmen, am liebsten im Forum I, alternativ im Forum II. Am Berufskolleg haben wir viele junge Geflüchtete in den internationalen Förderklassen, deshalb interessiert mich vor allem der Übergang von der Schule in die Ausbildung.

Viele Grüße
Lea Brüggemann
Schulsozialarbeit
Berufskolleg des Hochsauerlandkreises in Olsberg
Stehestraße 10, 59939 Olsberg
Tel. 02962 9741-27

Hochsauerlandkreis · Der Landrat · Steinstraße 27 · 59872 Meschede
Diese Nachricht ist ausschließlich für den bezeichneten Empfänger bestimmt. Sollten Sie sie irrtümlich erhalten haben, informieren Sie bitte den Absender und löschen Sie die Nachricht. Informationen zum Datenschutz: https://www.hochsauerlandkreis.example/datenschutz"""


@mail("brueggemann-new-outlook-roman-numerals", "2027-09-02 08:20:19",
      E("registration", "l.brueggemann@hochsauerlandkreis.example", "Lea Brüggemann",
        "Berufskolleg des Hochsauerlandkreises in Olsberg", ["F1", "F2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Lea Brüggemann <l.brueggemann@hochsauerlandkreis.example>"),
           ("To", KI),
           ("Subject", "Teilnahme Integrationskonferenz"),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB0093E7D1C4B2A5F6E8D9C0B1A2F3@FR2P281MB0093.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("msip_labels", ""),
           ("MIME-Version", "1.0"))
    m.single(new_outlook_html(BRUEGGEMANN_TEXT), subtype="html", charset="utf-8",
             cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# From a phone: forum and party size in the Subject ("Forum 5 - 3 Pers."),
# the body only says "zu dritt" and signs with the first name.

@mail("schulte-wrede-phone-subject", "2027-09-02 21:10:44",
      E("registration", "dirk.sw@mail.example", "Dirk Schulte-Wrede", "SV Hüsten 09",
        ["F5"], 3, "de"), "de")
def _(m):
    m.head(("From", "Dirk Schulte-Wrede <dirk.sw@mail.example>"),
           ("To", KI),
           ("Subject", "Anmeldung Forum 5 - 3 Pers."),
           ("Date", m.date),
           ("Message-ID", "<k2n8w1.1788375044.android@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

wir kommen zu dritt vom SV Hüsten 09 (Integrationsprojekt „Kicken ohne Grenzen“). Forum wie im Betreff.

Gruß Dirk

Von meinem Android-Gerät gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# Change Forum 2 -> Forum 3, Outlook reply quoting the confirmation (Forum 2),
# multipart/mixed with an Outlook vCard 2.1 (text/x-vcard) and a housing
# company's disclaimer.

HENNECKE_TEXT = """Sehr geehrte Damen und Herren,

ich hatte mich versehentlich für das Forum 2 angemeldet. Eigentlich gehöre ich natürlich ins Forum 3 (Wohnen und Mobilität) – könnten Sie mich bitte umbuchen?

Vielen Dank und freundliche Grüße
Michael Hennecke
Sozialmanagement / Quartiersentwicklung
Arnsberger Wohnungsbaugesellschaft mbH
Lange Wende 20, 59755 Arnsberg
Tel. 02932 9381-55"""

WOHNBAU_DISCLAIMER = """Arnsberger Wohnungsbaugesellschaft mbH · Sitz: Arnsberg · Amtsgericht Arnsberg HRB 2250
Geschäftsführer: Dipl.-Kfm. Peter Kemper · Vorsitzender des Aufsichtsrates: Bürgermeister Ralf Pöppelbaum
Diese E-Mail und etwaige Anhänge sind vertraulich. Sollten Sie nicht der beabsichtigte Empfänger sein, ist jede Nutzung, Weitergabe oder Vervielfältigung untersagt; bitte informieren Sie den Absender und löschen Sie die Nachricht."""

HENNECKE_VCF = """BEGIN:VCARD
VERSION:2.1
N;LANGUAGE=de:Hennecke;Michael
FN:Michael Hennecke
ORG:Arnsberger Wohnungsbaugesellschaft mbH;Sozialmanagement
TITLE:Quartiersentwicklung
TEL;WORK;VOICE:+49 2932 9381-55
ADR;WORK;PREF:;;Lange Wende 20;Arnsberg;;59755;Deutschland
LABEL;WORK;PREF;ENCODING=QUOTED-PRINTABLE:Lange Wende 20=0D=0A=
59755 Arnsberg
EMAIL;PREF;INTERNET:m.hennecke@wohnbau-arnsberg.example
REV:20270903T085912Z
END:VCARD
"""


@mail("hennecke-change-f2-to-f3-vcard", "2027-09-03 11:00:27",
      E("change", "m.hennecke@wohnbau-arnsberg.example", "Michael Hennecke",
        "Arnsberger Wohnungsbaugesellschaft mbH", ["F3"], None, "de"), "de")
def _(m):
    m.head(("From", '"Hennecke, Michael" <m.hennecke@wohnbau-arnsberg.example>'),
           ("To", TO_KI),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHcHJ4r0l1k9m2N8o3P5q7R6s4T1uV2wX3y"),
           ("Date", m.date),
           ("Message-ID", "<4c8a2e6f1b3d4a59@EXCH01.wohnbau-arnsberg.example>"),
           ("References", "<mailbot.20270830161204.7e2c@hochsauerlandkreis.example>"),
           ("In-Reply-To", "<mailbot.20270830161204.7e2c@hochsauerlandkreis.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", "yes"),
           ("MIME-Version", "1.0"))
    quote = (f"Integrationskonferenz HSK <{KI}>",
             "Montag, 30. August 2027 16:12",
             "Hennecke, Michael <m.hennecke@wohnbau-arnsberg.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Hennecke", "F2", 1))
    alt = m.alternative(outlook_plain(HENNECKE_TEXT, quote, WOHNBAU_DISCLAIMER),
                        outlook_html(HENNECKE_TEXT, quote, WOHNBAU_DISCLAIMER),
                        charset="windows-1252", cte="quoted-printable",
                        style="outlook", top=False)
    vcf = m.text(HENNECKE_VCF, subtype="x-vcard", charset="us-ascii", cte="base64",
                 disposition="attachment", filename="Michael Hennecke.vcf")
    m.multi("mixed", [alt, vcf], style="outlook")


# -- 024 ---------------------------------------------------------------------
# English, Gmail multipart/alternative; "My husband and I" = 2; first and
# second choice by number.

RAGHUNATHAN_TEXT = """Hello,

My husband and I would like to register for the Integration Conference on 14 October. We are both engineers who moved to Sundern two years ago, and since then we have founded a small network for Indian families in the region, the Indian Community Sauerland.

Our first choice would be Forum 2 (work and training), our second choice Forum 5.

Thanks a lot and best regards,
Priya Raghunathan
Indian Community Sauerland"""


@mail("raghunathan-english-gmail-two-choices", "2027-09-06 09:15:38",
      E("registration", "priya.raghunathan@mail.example", "Priya Raghunathan",
        "Indian Community Sauerland", ["F2", "F5"], 2, "en"), "en")
def _(m):
    m.head(("From", "Priya Raghunathan <priya.raghunathan@mail.example>"),
           ("To", KI),
           ("Subject", "Registration - Integration Conference 14 Oct"),
           ("Date", m.date),
           ("Message-ID", "<CAD7wQ3nR8tY1uI5oP0aS2dF6gH9jK3lZ4xC7vB0nM2qWe5RtYu@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(RAGHUNATHAN_TEXT, gmail_html(RAGHUNATHAN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 025 ---------------------------------------------------------------------
# A mailing-list post (other): another event (Fachtag Sprachmittlung) with its
# own "Anmeldung", "Workshop 1/2", times and numbers; List-* headers, footer.

@mail("list-post-fachtag-sprachmittlung", "2027-09-06 14:30:00", E("other"), "de")
def _(m):
    m.head(("From", "Selin Karadağ <s.karadag@integrationsagentur-sauerland.example>"),
           ("To", "Netzwerk Integration HSK <" + LIST_ADDR + ">"),
           ("Subject", "[Netzwerk Integration HSK] Fachtag Sprachmittlung am 18. November in Meschede"),
           ("Date", m.date),
           ("Message-ID", "<b2e9c4a7-1f3d-4e80-9a56-0d7c8e1f2b34@integrationsagentur-sauerland.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"),
           *list_headers(),
           envelope="netzwerk-integration-bounces@lists.hsk-netz.example")
    m.single(f"""Liebe Netzwerkpartnerinnen und -partner,

nach der Integrationskonferenz im Oktober geht es gleich weiter: Am
Donnerstag, 18. November 2027, laden wir zum Fachtag „Sprachmittlung im
Sauerland – Laiendolmetschen professionell begleiten“ ins Kreishaus
Meschede ein.

Programm:
09:30 Ankommen
10:00 Impuls: Sprachmittlung in Behörden und Kliniken
11:30 Workshop 1: Dolmetschen im Gesundheitswesen
      Workshop 2: Sprachmittlung in Kita und Schule
13:00 Mittagspause
14:00 Praxisbörse und Austausch

Anmeldung bitte bis zum 5. November mit Namen, Einrichtung und
Workshopwunsch an fachtag@integrationsagentur-sauerland.example. Die Plätze
sind auf 2 x 20 begrenzt.

Viele Grüße
Selin Karadağ
Integrationsagentur Sauerland
Diakonie Hochsauerland-Soest

{LIST_FOOTER}
""", charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Outlook multipart/alternative, windows-1252; forum named by its title in
# typographic quotes; "mich und ... Frau Ewa Sobczak" = 2; the disclaimer
# names the Zweckverband behind the organisation.

KAISER_MERTENS_TEXT = """Sehr geehrte Frau Hesse-Kaya,

die Volkshochschule ist gern wieder dabei. Ich melde mich und unsere Integrationskursleiterin Frau Ewa Sobczak für das Forum „Sprache, Kita und Schule“ an.

Mit freundlichen Grüßen
Birgit Kaiser-Mertens
Fachbereichsleitung Deutsch als Fremdsprache / Integrationskurse
Volkshochschule Arnsberg/Sundern
Brückenplatz 1, 59821 Arnsberg
Tel. 02931 9638-14"""

VHS_DISCLAIMER = """Zweckverband Volkshochschule Arnsberg/Sundern · Körperschaft des öffentlichen Rechts · Verbandsvorsteher: Bürgermeister Ralf Pöppelbaum
Diese Nachricht ist vertraulich. Wenn Sie nicht der vorgesehene Empfänger sind, benachrichtigen Sie bitte den Absender und löschen Sie die Nachricht."""


@mail("kaiser-mertens-vhs-title-in-quotes", "2027-09-07 10:05:12",
      E("registration", "kaiser-mertens@vhs-arnsberg-sundern.example", "Birgit Kaiser-Mertens",
        "Volkshochschule Arnsberg/Sundern", ["F1"], 2, "de"), "de")
def _(m):
    m.head(("From", '"Kaiser-Mertens, Birgit" <kaiser-mertens@vhs-arnsberg-sundern.example>'),
           ("To", TO_KI),
           ("Subject", "Anmeldung VHS Arnsberg/Sundern"),
           ("Thread-Topic", "Anmeldung VHS Arnsberg/Sundern"),
           ("Thread-Index", "AdwjK1x5m8Pq0R2sT4uV6wX8yZ0aBg=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB2210B4C5D6E7F8A9B0C1D2E3F4A5@FR3P281MB2210.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(KAISER_MERTENS_TEXT, disclaimer=VHS_DISCLAIMER),
                  outlook_html(KAISER_MERTENS_TEXT, disclaimer=VHS_DISCLAIMER),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 027 ---------------------------------------------------------------------
# Question in English from a student: may he attend at all?  No registration.

@mail("asante-english-student-question", "2027-09-07 17:40:29",
      E("question", "kwabena.asante@stud.fh-swf.example", "Kwabena Asante", None,
        [], None, "en"), "en")
def _(m):
    m.head(("From", "Kwabena Asante <kwabena.asante@stud.fh-swf.example>"),
           ("To", KI),
           ("Subject", "Question about the Integration Conference"),
           ("Date", m.date),
           ("Message-ID", "<AS8P250MB0811C3D2E1F0A9B8C7D6@AS8P250MB0811.EURP250.PROD.OUTLOOK.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

I am a master's student at the Fachhochschule Suedwestfalen in Meschede and
I am writing my thesis on the integration of international students into
the regional labour market. I saw the poster for the Integration Conference
on 14 October.

Is the conference open to students, or only to people who work for an
organisation or a municipality? And would it be okay for me to take notes
for my research?

Thank you in advance,
Kwabena Asante
""", charset="us-ascii", cte="7bit")


# -- 028 ---------------------------------------------------------------------
# A secretary registers her head of department and asks us to confirm to his
# address; Outlook multipart/alternative with a welfare association's
# disclaimer.  The attendee is Dr. Bause, not the writer.

ROESNER_TEXT = """Sehr geehrte Damen und Herren,

im Auftrag von Herrn Dr. Reinhold Bause, Fachbereichsleitung Migration und Integration, melde ich ihn zur Integrationskonferenz am 14.10. an. Er möchte am Forum 4 teilnehmen und kommt allein.

Die Bestätigung senden Sie bitte direkt an ihn: reinhold.bause@diakonie-ruhr-hellweg.example

Mit freundlichen Grüßen
Sabine Rösner
Sekretariat Fachbereich Migration und Integration
Diakonie Ruhr-Hellweg e.V.
Möhnestraße 55, 59755 Arnsberg"""

DIAKONIE_DISCLAIMER = """Diakonie Ruhr-Hellweg e.V. · Vorstand: Pfr. Matthias Weber, Ines Kortmann · Amtsgericht Hamm VR 2134
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail."""


@mail("roesner-registers-head-of-department", "2027-09-08 09:00:51",
      E("registration", "reinhold.bause@diakonie-ruhr-hellweg.example", "Reinhold Bause",
        "Diakonie Ruhr-Hellweg e.V.", ["F4"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Rösner, Sabine" <sabine.roesner@diakonie-ruhr-hellweg.example>'),
           ("To", TO_KI),
           ("Cc", '"Bause, Reinhold" <reinhold.bause@diakonie-ruhr-hellweg.example>'),
           ("Subject", "Anmeldung Dr. Bause - Integrationskonferenz 14.10.2027"),
           ("Thread-Topic", "Anmeldung Dr. Bause - Integrationskonferenz 14.10.2027"),
           ("Thread-Index", "AdwkL2y6n9Qr1S3tU5vW7xY9zA1bCh=="),
           ("Date", m.date),
           ("Message-ID", "<7e3b1d9f5a2c4806@EXCH01.diakonie-ruhr-hellweg.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(ROESNER_TEXT, disclaimer=DIAKONIE_DISCLAIMER),
                  outlook_html(ROESNER_TEXT, disclaimer=DIAKONIE_DISCLAIMER),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 029 ---------------------------------------------------------------------
# Cancellation, Gmail reply quoting the confirmation (Forum 5, 2 persons).

@mail("yavuz-cancel-gmail-quote", "2027-09-09 12:12:16",
      E("cancellation", "emre.yavuz@mail.example", "Emre Yavuz", "Jugendtreff Hüsten",
        [], None, "de"), "de")
def _(m):
    m.head(("From", "Emre Yavuz <emre.yavuz@mail.example>"),
           ("To", TO_KI),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAE5rT9pW2qX8vN1bL4mY7dK0sZ3hG6cF9aU2oJ5iR8nB1kPqWe@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270901180411.4c2e@hochsauerlandkreis.example>"),
           ("References", "<mailbot.20270901180411.4c2e@hochsauerlandkreis.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

leider müssen wir unsere Anmeldung zurückziehen. Unser Jugendtreff hat am
14.10. ein Herbstferienprogramm, und wir bekommen keine Vertretung.
Vielleicht klappt es ja nächstes Jahr.

Viele Grüße
Emre Yavuz
Jugendtreff Hüsten

Am Mi., 1. Sept. 2027 um 18:04 Uhr schrieb Integrationskonferenz HSK <{KI}>:

{gt_quote(confirmation("Herr Yavuz", "F5", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# Romanian, UTF-8 quoted-printable; "forumul 2"; "Vin singur" = I come alone.

@mail("popa-romanian", "2027-09-10 10:30:08",
      E("registration", "ionut.popa@mail.example", "Ionuț Popa",
        "Asociația Românilor din Sauerland", ["F2"], 1, "ro"), "ro")
def _(m):
    m.head(("From", "Ionut Popa <ionut.popa@mail.example>"),
           ("To", KI),
           ("Subject", ew("Înscriere conferința de integrare 14 octombrie", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<1789029008.551204.19987@mail.example>"),
           ("X-Mailer", "Yahoo Mail"),
           ("MIME-Version", "1.0"))
    m.single("""Bună ziua,

Mă numesc Ionuț Popa și sunt voluntar la Asociația Românilor din Sauerland. Aș dori să mă înscriu la conferința de integrare din 14 octombrie de la Arnsberg.
Mă interesează forumul 2 (muncă și formare profesională), pentru că mulți dintre membrii noștri lucrează în fabricile din Sundern și Meschede.
Vin singur.

Mulțumesc frumos,
Ionuț Popa
""", charset="utf-8", cte="quoted-printable")

# -- 031 ---------------------------------------------------------------------
# Outlook multipart/related: alternative + inline PNG logo (cid:), with an
# Instagram line and a newsletter invitation in the signature; "mein Kollege
# ... und ich" = 2.

KSB_CID = "image001.png@01DC2A1B.3C4D5E60"
WREDE_TEXT = """Sehr geehrte Frau Hesse-Kaya,

für den KreisSportBund Hochsauerlandkreis e.V. nehmen mein Kollege Lukas Padberg (Programm „Integration durch Sport“) und ich an der Integrationskonferenz teil. Wir möchten gern in das Forum 5.

Sportliche Grüße
Carina Wrede
Referentin Sportentwicklung
KreisSportBund Hochsauerlandkreis e.V.
Am Sportzentrum 4, 59872 Meschede
Tel. 0291 9960-23
[cid:""" + KSB_CID + """]
Folgen Sie uns auf Instagram: @ksb_hsk
Jetzt zum KSB-Newsletter anmelden: https://www.ksb-hsk.example/newsletter

KreisSportBund Hochsauerlandkreis e.V. · Vereinsregister Amtsgericht Arnsberg VR 702 · Vorsitzender: Hubertus Kleine"""


@mail("wrede-ksb-related-inline-logo", "2027-09-13 08:45:37",
      E("registration", "c.wrede@ksb-hsk.example", "Carina Wrede",
        "KreisSportBund Hochsauerlandkreis e.V.", ["F5"], 2, "de"), "de")
def _(m):
    m.head(("From", '"Wrede, Carina" <c.wrede@ksb-hsk.example>'),
           ("To", TO_KI),
           ("Subject", "Anmeldung KSB HSK zur Integrationskonferenz"),
           ("Thread-Topic", "Anmeldung KSB HSK zur Integrationskonferenz"),
           ("Thread-Index", "AdwohN3z7p0Rs2T4uV6wX8yZ0aB2cD=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB3371C5D6E7F8A9B0C1D2E3F4A5B6@FR3P281MB3371.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    html_text = outlook_html(WREDE_TEXT).replace(
        mso_p(f"[cid:{KSB_CID}]"),
        f'<p class=MsoNormal><img width=120 height=36 style=\'width:1.25in;height:.375in\' '
        f'id="Grafik_x0020_1" src="cid:{KSB_CID}" alt="KSB HSK Logo"><o:p></o:p></p>')
    alt = m.alternative(WREDE_TEXT, html_text, charset="windows-1252",
                        cte="quoted-printable", style="outlook", top=False)
    logo = m.binary(make_png(), "image", "png", "image001.png", disposition="inline",
                    headers=[("Content-ID", f"<{KSB_CID}>"),
                             ("Content-Description", "image001.png")])
    m.multi("related", [alt, logo], style="outlook", params={"type": "multipart/alternative"})


# -- 032 ---------------------------------------------------------------------
# Change of party size only (1 -> 2), forum unchanged; Thunderbird reply
# quoting the confirmation (Forum 1, 1 person), UTF-8 8bit format=flowed.

@mail("celik-change-party-size-thunderbird", "2027-09-14 15:20:11",
      E("change", "hasan.celik@integrationsrat-meschede.example", "Hasan Çelik",
        "Integrationsrat der Stadt Meschede", [], 2, "de"), "de")
def _(m):
    m.head(("From", "Hasan Çelik <hasan.celik@integrationsrat-meschede.example>"),
           ("To", TO_KI),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0f6a3d2c-8b1e-4c97-a5d4-2e9f7b1c3a86@integrationsrat-meschede.example>"),
           ("In-Reply-To", "<mailbot.20270906142207.9a4d@hochsauerlandkreis.example>"),
           ("References", "<mailbot.20270906142207.9a4d@hochsauerlandkreis.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

ich möchte gern noch meine Kollegin aus dem Integrationsrat, Frau Marija
Jurić, mitbringen. Bitte tragen Sie uns also für 2 Personen ein, das Forum
bleibt gleich.

Mit freundlichen Grüßen
Hasan Çelik
Integrationsrat der Stadt Meschede

Am 06.09.27 um 14:22 schrieb Integrationskonferenz HSK:
{gt_quote(confirmation("Herr Çelik", "F1", 1))}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 033 ---------------------------------------------------------------------
# Registration with a question (food) is still a registration; "mich und meine
# Frau" = 2; forum by title words; the association appears inflected in the
# text ("des Afrikanischen Kulturvereins") and in base form in the signature.

@mail("nkemelu-registration-plus-food-question", "2027-09-15 09:05:46",
      E("registration", "e.nkemelu@afrika-sauerland.example", "Emmanuel Nkemelu",
        "Afrikanischer Kulturverein Sauerland e.V.", ["F3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Emmanuel Nkemelu <e.nkemelu@afrika-sauerland.example>"),
           ("To", KI),
           ("Subject", "Anmeldung + Frage"),
           ("Date", m.date),
           ("Message-ID", "<6D1F3B7A-2C9E-4A85-B0D4-E7F1A3C5B902@afrika-sauerland.example>"),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag Frau Hesse-Kaya,

hiermit melde ich mich und meine Frau für die Integrationskonferenz an. Wir
sind im Vorstand des Afrikanischen Kulturvereins und interessieren uns für
das Forum Wohnen und Mobilität – viele unserer Mitglieder wohnen in Dörfern
ohne gute Busverbindung.

Eine Frage noch: Gibt es beim Mittagessen auch ein Gericht ohne
Schweinefleisch?

Mit freundlichen Grüßen
Emmanuel Nkemelu
Afrikanischer Kulturverein Sauerland e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# A bare calendar answer: Outlook "Angenommen:" for the calendar entry that
# came with his confirmation, without any typed text; the body holds only the
# disclaimer the town's Exchange appends.  text/calendar METHOD:REPLY.

MEDEBACH_DISCLAIMER = """________________________________
Stadt Medebach · Der Bürgermeister · Marktplatz 1 · 59964 Medebach
Diese E-Mail ist ausschließlich für den Adressaten bestimmt. Sollten Sie nicht der beabsichtigte Empfänger sein, bitten wir Sie, den Absender zu benachrichtigen und die E-Mail zu löschen. Informationen zum Datenschutz: https://www.medebach.example/datenschutz"""


@mail("stracke-bare-calendar-accept", "2027-09-16 11:11:02", E("auto_reply"), "de")
def _(m):
    summary = "Integrationskonferenz Hochsauerlandkreis 2027 – Forum 3"
    subject = "Angenommen: " + summary
    m.head(("From", '"Stracke, Rüdiger" <r.stracke@medebach.example>'),
           ("To", TO_KI),
           ("Subject", subject),
           ("Thread-Topic", summary),
           ("Thread-Index", "AdwpR4c1e8Nn3pQeTkW6y9uZ1aBxDw=="),
           ("Date", m.date),
           ("Message-ID", "<9b5d1f3a7c2e4680@EXCH01.medebach.example>"),
           ("Content-class", "urn:content-classes:calendarmessage"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("X-MS-TNEF-Correlator", ""),
           ("MIME-Version", "1.0"))
    plain = MEDEBACH_DISCLAIMER
    html_text = outlook_html("", disclaimer=MEDEBACH_DISCLAIMER, charset_meta="utf-8")
    ics = outlook_ics_reply("Stracke, Rüdiger", "r.stracke@medebach.example", "ACCEPTED",
                            subject, "ik-hsk-2027-anm-0163@hochsauerlandkreis.example",
                            "20270916T091102Z")
    m.multi("alternative", [m.text(plain, "plain", "utf-8", "quoted-printable"),
                            m.text(html_text, "html", "utf-8", "quoted-printable"),
                            m.text(ics, "calendar", "utf-8", "base64",
                                   params={"method": "REPLY"})], style="outlook")


# -- 035 ---------------------------------------------------------------------
# Police: Outlook multipart/alternative, windows-1252, "Im Auftrag", rank,
# department line, first and second choice, long authority disclaimer.

TROESTER_TEXT = """Sehr geehrte Frau Hesse-Kaya,

als Kontaktbeamtin für muslimische Institutionen würde ich gern an der Integrationskonferenz teilnehmen. Erstwunsch wäre Forum 5 (Ehrenamt, Sport und Vereinsleben), Zweitwunsch Forum 1.

Mit freundlichen Grüßen
Im Auftrag

Nadine Tröster
Kriminalhauptkommissarin
Kreispolizeibehörde Hochsauerlandkreis
Direktion Kriminalität – Kriminalprävention/Opferschutz
Steinstraße 27a, 59872 Meschede
Tel. 0291 9020-4117"""

POLIZEI_DISCLAIMER = """Diese Nachricht ist nur für den vorgesehenen Empfänger bestimmt. Sollten Sie nicht der vorgesehene Empfänger dieser E-Mail und ihres Inhalts sein oder diese E-Mail irrtümlich erhalten haben, bitten wir Sie, den Absender unverzüglich darüber zu informieren und die Nachricht zu löschen. Jede unerlaubte Weitergabe, Vervielfältigung oder Veröffentlichung ist untersagt.
Hinweis: Aus Sicherheitsgründen werden E-Mails mit ausführbaren Anhängen und verschlüsselten Archiven nicht zugestellt. Zur Anzeige von Straftaten nutzen Sie bitte die Internetwache unter https://internetwache.polizei-nrw.example"""


@mail("troester-police-outlook-disclaimer", "2027-09-17 14:00:25",
      E("registration", "nadine.troester@polizei-hsk.example", "Nadine Tröster",
        "Kreispolizeibehörde Hochsauerlandkreis", ["F5", "F1"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Tröster, Nadine" <nadine.troester@polizei-hsk.example>'),
           ("To", TO_KI),
           ("Subject", "Anmeldung Integrationskonferenz 2027"),
           ("Thread-Topic", "Anmeldung Integrationskonferenz 2027"),
           ("Thread-Index", "AdwrT5d2f9Oo4qRfUlX7z0vA2bCyEx=="),
           ("Date", m.date),
           ("Message-ID", "<3a9c7e1b5d2f4068@EXPOL04.polizei-hsk.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(TROESTER_TEXT, disclaimer=POLIZEI_DISCLAIMER),
                  outlook_html(TROESTER_TEXT, disclaimer=POLIZEI_DISCLAIMER),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 036 ---------------------------------------------------------------------
# Question in Ukrainian (interpretation?); she will register only if there is
# one.  Gmail multipart/alternative, UTF-8 base64.

MELNYK_TEXT = """Добрий день!

Я отримала запрошення на конференцію з інтеграції від нашої кураторки в Шмалленберзі. Скажіть, будь ласка, чи буде на конференції переклад українською мовою? Я ще вивчаю німецьку (рівень B1) і боюся, що не все зрозумію.
Якщо переклад буде, я з радістю зареєструюся.

З повагою,
Ірина Мельник"""


@mail("melnyk-ukrainian-question-interpreting", "2027-09-20 10:22:14",
      E("question", "iryna.melnyk@mail.example", "Ірина Мельник", None, [], None, "uk"), "uk")
def _(m):
    m.head(("From", addr("Ірина Мельник", "iryna.melnyk@mail.example", "utf-8", "b")),
           ("To", KI),
           ("Subject", ew("Питання щодо перекладу", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAH2pL7vN4qW9tR1bX6mZ3dK8sY0hF5cG2aE7oJ4iU9nB6kTrQw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(MELNYK_TEXT, gmail_html(MELNYK_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 037 ---------------------------------------------------------------------
# Care service, plain ISO-8859-15 quoted-printable; three persons described
# in words ("unsere Pflegedienstleitung, eine ... Kolleginnen und ich");
# "fünf Pflegefachkräfte" is not the party; company footer with IK number.

@mail("gierse-pflegedienst-three-described", "2027-09-21 08:30:40",
      E("registration", "gierse@pflegedienst-lebensbaum.example", "Martina Gierse",
        "Ambulanter Pflegedienst Lebensbaum GmbH", ["F4"], 3, "de"), "de")
def _(m):
    m.head(("From", "Pflegedienst Lebensbaum - Martina Gierse <gierse@pflegedienst-lebensbaum.example>"),
           ("To", KI),
           ("Subject", "Anmeldung Forum Gesundheit und Pflege"),
           ("Date", m.date),
           ("Message-ID", "<000601dc2ab1$7c8d9e00$75a8da00$@pflegedienst-lebensbaum.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

wir sind ein ambulanter Pflegedienst in Bestwig und beschäftigen seit letztem Jahr fünf Pflegefachkräfte von den Philippinen. Gern möchten wir uns zum Forum 4 (Gesundheit und Pflege) anmelden: unsere Pflegedienstleitung, eine der philippinischen Kolleginnen und ich.

Mit freundlichen Grüßen
Martina Gierse
Geschäftsführerin

Ambulanter Pflegedienst Lebensbaum GmbH
Bundesstraße 112, 59909 Bestwig
Tel. 02904 97 11 0

Ambulanter Pflegedienst Lebensbaum GmbH · Amtsgericht Arnsberg HRB 10233 · Geschäftsführerin: Martina Gierse · IK 460 591 234
""", charset="iso-8859-15", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Thunderbird read receipt (English UI) for a personal query the coordinator
# had sent from this mailbox: multipart/report with
# message/disposition-notification and text/rfc822-headers.

VIETH_QUERY_ID = "<c4f2a9e1-0b7d-4e35-8a6c-1d9e3f5b7a20@hochsauerlandkreis.example>"


@mail("vieth-thunderbird-return-receipt", "2027-09-22 13:13:09", E("auto_reply"), "en")
def _(m):
    subject = "Rückfrage zu Ihrer Anmeldung zur Integrationskonferenz"
    m.head(("From", "Andreas Vieth <a.vieth@schmallenberger-sauerland.example>"),
           ("To", TO_KI),
           ("Subject", "Return Receipt (displayed) - " + subject),
           ("Date", m.date),
           ("Message-ID", "<8e2c4a6f-1d3b-4f59-b7e0-3a5c7d9e1f24@schmallenberger-sauerland.example>"),
           ("In-Reply-To", VIETH_QUERY_ID),
           ("References", VIETH_QUERY_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    note = m.text("""This is a Return Receipt for the mail that you sent to a.vieth@schmallenberger-sauerland.example.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
""", charset="utf-8", cte="quoted-printable")
    mdn = report_block_part(
        "message/disposition-notification",
        [("Reporting-UA", "schmallenberger-sauerland.example; Mozilla Thunderbird"),
         ("Final-Recipient", "rfc822;a.vieth@schmallenberger-sauerland.example"),
         ("Original-Message-ID", VIETH_QUERY_ID),
         ("Disposition", "manual-action/MDN-sent-manually; displayed")])
    headers = m.text(f"""Message-ID: {VIETH_QUERY_ID}
Date: Wed, 22 Sep 2027 11:02:40 +0200
From: Integrationskonferenz HSK <{KI}>
To: Andreas Vieth <a.vieth@schmallenberger-sauerland.example>
Subject: =?UTF-8?Q?R=C3=BCckfrage_zu_Ihrer_Anmeldung_zur_Integrationskonferenz?=
Disposition-Notification-To: Integrationskonferenz HSK <{KI}>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
""", subtype="rfc822-headers", charset="us-ascii", cte="7bit")
    m.multi("report", [note, mdn, headers], style="thunderbird",
            params={"report-type": "disposition-notification"})


# -- 039 ---------------------------------------------------------------------
# Change in Arabic: Forum 4 -> Forum 1; Gmail (Arabic interface) reply quoting
# the German confirmation, which names Forum 4.  "المنتدى الرابع" = the fourth
# forum, "المنتدى الأول" = the first.

ALABDULLAH_TEXT = f"""مرحباً،

أرجو نقل تسجيلي من المنتدى الرابع إلى المنتدى الأول (Sprache, Kita und Schule)، لأنني بدأت العمل كمساعدة في روضة أطفال وهذا الموضوع أهم لي الآن.

شكراً جزيلاً
لينا العبدالله

في الأربعاء، 15 سبتمبر 2027 في 10:12 ص كتب Integrationskonferenz HSK <{KI}>:

{gt_quote(confirmation("Frau Alabdullah", "F4", 1))}"""


@mail("alabdullah-arabic-change-f4-to-f1", "2027-09-24 16:45:58",
      E("change", "lina.alabdullah@mail.example", "لينا العبدالله", None, ["F1"], None, "ar"), "ar")
def _(m):
    m.head(("From", "Lina Alabdullah <lina.alabdullah@mail.example>"),
           ("To", TO_KI),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAK1sV6nQ3wT8rX0bM5yL2dJ9pZ7hG4cF1aE6oN3iU8kB5qRtWy@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270915101207.3f8b@hochsauerlandkreis.example>"),
           ("References", "<mailbot.20270915101207.3f8b@hochsauerlandkreis.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALABDULLAH_TEXT, gmail_html(ALABDULLAH_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 040 ---------------------------------------------------------------------
# German with a Turkish greeting and sign-off ("Merhaba", "Sevgiler");
# Outlook for Android multipart/alternative; "wir kommen zu zweit".

KAPLAN_TEXT = """Merhaba Frau Hesse-Kaya,

ich melde mich für den Türkischen Elternverein Sundern an, wir kommen zu zweit (ich und unsere Kassiererin). Wir möchten gern in Forum 1, weil es bei uns viel um Schule und Sprachförderung geht.

Liebe Grüße / Sevgiler
Ayşe Kaplan
Türkischer Elternverein Sundern e.V.

Outlook für Android herunterladen<https://aka.example/ghei36>"""


@mail("kaplan-outlook-android-turkish-greeting", "2027-09-27 09:50:21",
      E("registration", "ayse.kaplan@post-mail.example", "Ayşe Kaplan",
        "Türkischer Elternverein Sundern e.V.", ["F1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Ayşe Kaplan <ayse.kaplan@post-mail.example>"),
           ("To", KI),
           ("Subject", "Anmeldung Elternverein Sundern"),
           ("Date", m.date),
           ("Message-ID", "<DB9P189MB1844E2F3A4B5C6D7E8F9A0B1C2D3@DB9P189MB1844.EURP189.PROD.OUTLOOK.example>"),
           ("X-Mailer", "Outlook for Android"),
           ("MIME-Version", "1.0"))
    body = KAPLAN_TEXT.replace("Outlook für Android herunterladen<https://aka.example/ghei36>", "")
    html_text = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                 '<body><div dir="auto">'
                 + "".join(f"<div dir=\"auto\">{esc(l) if l else '<br>'}</div>" for l in body.rstrip("\n").split("\n"))
                 + '</div><div dir="auto"><br></div><div id="ms-outlook-mobile-signature" dir="auto">'
                 'Outlook für Android herunterladen&lt;<a href="https://aka.example/ghei36">https://aka.example/ghei36</a>&gt;</div>'
                 "</body></html>\n")
    m.alternative(KAPLAN_TEXT, html_text, charset="utf-8", cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# Cancellation by answering the calendar entry of his confirmation: Outlook
# "Abgelehnt:" with a typed comment; text/calendar METHOD:REPLY
# PARTSTAT=DECLINED carries the comment too.

HOPPE_TEXT = """Leider muss ich meine Teilnahme absagen – für den 14.10. ist kurzfristig eine Sondersitzung des Gemeinderates angesetzt worden. Geben Sie meinen Platz gern weiter.

Mit freundlichen Grüßen
Frank Hoppe
Gemeinde Bestwig
Fachbereich 2 – Bildung, Soziales, Integration"""

BESTWIG_DISCLAIMER = """Gemeinde Bestwig · Der Bürgermeister · Rathausplatz 1 · 59909 Bestwig
Diese E-Mail enthält vertrauliche Informationen. Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte den Absender und löschen Sie die E-Mail."""


@mail("hoppe-calendar-decline-cancellation", "2027-09-29 11:30:02",
      E("cancellation", "frank.hoppe@bestwig.example", "Frank Hoppe", "Gemeinde Bestwig",
        [], None, "de"), "de")
def _(m):
    summary = "Integrationskonferenz Hochsauerlandkreis 2027 – Forum 2"
    subject = "Abgelehnt: " + summary
    m.head(("From", '"Hoppe, Frank" <frank.hoppe@bestwig.example>'),
           ("To", TO_KI),
           ("Subject", subject),
           ("Thread-Topic", summary),
           ("Thread-Index", "AdwzV7f4h1Qq6sThWnZ9b2xC4dEaGz=="),
           ("Date", m.date),
           ("Message-ID", "<1d7f3b9e5a2c4e86@EXCH01.bestwig.example>"),
           ("In-Reply-To", "<mailbot.20270909083015.5b1e@hochsauerlandkreis.example>"),
           ("References", "<mailbot.20270909083015.5b1e@hochsauerlandkreis.example>"),
           ("Content-class", "urn:content-classes:calendarmessage"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("X-MS-TNEF-Correlator", ""),
           ("MIME-Version", "1.0"))
    plain = outlook_plain(HOPPE_TEXT, disclaimer=BESTWIG_DISCLAIMER)
    html_text = outlook_html(HOPPE_TEXT, disclaimer=BESTWIG_DISCLAIMER, charset_meta="utf-8")
    ics = outlook_ics_reply("Hoppe, Frank", "frank.hoppe@bestwig.example", "DECLINED",
                            subject, "ik-hsk-2027-anm-0112@hochsauerlandkreis.example",
                            "20270929T093002Z", comment=HOPPE_TEXT.split("\n")[0])
    m.multi("alternative", [m.text(plain, "plain", "utf-8", "quoted-printable"),
                            m.text(html_text, "html", "utf-8", "quoted-printable"),
                            m.text(ics, "calendar", "utf-8", "base64",
                                   params={"method": "REPLY"})], style="outlook")


# -- 042 ---------------------------------------------------------------------
# Italian, on the evening of the deadline; "me e mia moglie" = 2; "il forum 5".

@mail("lo-presti-italian-deadline-evening", "2027-10-01 23:40:17",
      E("registration", "giuseppe.lopresti@mail.example", "Giuseppe Lo Presti",
        "Circolo Italiano Arnsberg e.V.", ["F5"], 2, "it"), "it")
def _(m):
    m.head(("From", "Giuseppe Lo Presti <giuseppe.lopresti@mail.example>"),
           ("To", KI),
           ("Subject", "Iscrizione conferenza 14 ottobre"),
           ("Date", m.date),
           ("Message-ID", "<1790890817.8824.5531@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Gentile signora Hesse-Kaya,

mi scusi se scrivo solo adesso, all'ultimo momento. Vorrei iscrivere me e mia moglie alla conferenza sull'integrazione del 14 ottobre. Ci interessa il forum 5 (volontariato, sport e vita associativa): nella nostra associazione organizziamo da anni un torneo di bocce aperto a tutti.

Cordiali saluti
Giuseppe Lo Presti
Circolo Italiano Arnsberg e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# Change with a fallback to the current forum: Forum 2, and if that is full,
# stay in Forum 3.  Outlook reply quoting the confirmation (Forum 3);
# chamber's disclaimer.

WIENAND_TEXT = """Sehr geehrte Damen und Herren,

nach Rücksprache mit meinem Kollegen würde ich doch lieber in das Forum 2 (Arbeit und Ausbildung) wechseln, da dort die Ausbildungsfragen besprochen werden. Falls Forum 2 schon voll ist, lassen Sie es bitte bei Forum 3.

Mit freundlichen Grüßen
Dr. Kai Wienand
Willkommenslotse, Abteilung Berufsbildung
Handwerkskammer Südwestfalen
Brückenplatz 1, 59821 Arnsberg"""

HWK_DISCLAIMER = """Handwerkskammer Südwestfalen · Körperschaft des öffentlichen Rechts · Präsident: Hendrik Schmitt · Hauptgeschäftsführer: Dr. Lars Vogelsang
Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail ist nicht gestattet."""


@mail("wienand-change-f2-else-stay-f3", "2027-10-04 10:05:44",
      E("change", "kai.wienand@hwk-suedwestfalen.example", "Kai Wienand",
        "Handwerkskammer Südwestfalen", ["F2", "F3"], None, "de"), "de")
def _(m):
    m.head(("From", '"Wienand, Kai Dr." <kai.wienand@hwk-suedwestfalen.example>'),
           ("To", TO_KI),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHcJm1p4r8k0m2N7o1P3q5R9s8T6uV4wX0z"),
           ("Date", m.date),
           ("Message-ID", "<5f1b9d3a7e2c4a08@EXCH02.hwk-suedwestfalen.example>"),
           ("References", "<mailbot.20270910094102.8c3a@hochsauerlandkreis.example>"),
           ("In-Reply-To", "<mailbot.20270910094102.8c3a@hochsauerlandkreis.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Integrationskonferenz HSK <{KI}>",
             "Freitag, 10. September 2027 09:41",
             "Wienand, Kai Dr. <kai.wienand@hwk-suedwestfalen.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Dr. Wienand", "F3", 1))
    m.alternative(outlook_plain(WIENAND_TEXT, quote, HWK_DISCLAIMER),
                  outlook_html(WIENAND_TEXT, quote, HWK_DISCLAIMER),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 044 ---------------------------------------------------------------------
# Cancellation answering the 7-day reminder (Forum 2, 1 person); Outlook plain
# text with "-----Ursprüngliche Nachricht-----"; savings bank's long legal
# footer (board, register, BIC) between signature and quote.

@mail("kloke-cancel-reminder-bank-disclaimer", "2027-10-07 09:20:36",
      E("cancellation", "verena.kloke@sparkasse-arnsberg-sundern.example", "Verena Kloke",
        "Sparkasse Arnsberg-Sundern", [], None, "de"), "de")
def _(m):
    m.head(("From", '"Kloke, Verena" <verena.kloke@sparkasse-arnsberg-sundern.example>'),
           ("To", TO_KI),
           ("Subject", "AW: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Thread-Index", "AQHcN3k8t1m5n9O2p4Q6r8S0t2U4v6W8x0Y2"),
           ("Date", m.date),
           ("Message-ID", "<0c8e4a2f6b1d4937@EXSPK01.sparkasse-arnsberg-sundern.example>"),
           ("References", "<mailbot.20271007080003.2e6f@hochsauerlandkreis.example>"),
           ("In-Reply-To", "<mailbot.20271007080003.2e6f@hochsauerlandkreis.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

leider kann ich am 14. Oktober doch nicht teilnehmen, da ich an diesem Tag zu einer Schulung in Münster muss. Bitte streichen Sie mich von der Teilnehmerliste und geben Sie den Platz gern weiter.

Freundliche Grüße
Verena Kloke
Firmenkundenberatung
Sparkasse Arnsberg-Sundern
Clemens-August-Straße 3, 59821 Arnsberg
Telefon 02931 801-3344

Sparkasse Arnsberg-Sundern · Anstalt des öffentlichen Rechts · Sitz Arnsberg · Amtsgericht Arnsberg HRA 4401
Vorstand: Dr. Michael Hessel (Vorsitzender), Andrea Rinke · Vorsitzender des Verwaltungsrates: Bürgermeister Ralf Pöppelbaum
BIC WELADED1ARN · USt-IdNr. DE 125 881 402

Diese E-Mail und alle Anhänge sind vertraulich und ausschließlich für den bezeichneten Empfänger bestimmt. Falls Sie nicht der beabsichtigte Empfänger sind, benachrichtigen Sie bitte sofort den Absender und löschen Sie diese E-Mail. Die Sparkasse nimmt über E-Mail keine Aufträge, Weisungen oder Widerrufe entgegen.

-----Ursprüngliche Nachricht-----
Von: Integrationskonferenz HSK <{KI}>
Gesendet: Donnerstag, 7. Oktober 2027 08:00
An: Kloke, Verena <verena.kloke@sparkasse-arnsberg-sundern.example>
Betreff: {REMINDER_SUBJECT}

{reminder("Frau Kloke", "F2", 1)}
""", charset="windows-1252", cte="quoted-printable")


# -- 045 ---------------------------------------------------------------------
# Cancellation in Turkish from an iPhone, answering the reminder (Forum 2,
# 2 persons) with the iOS Turkish attribution line; a request phrased as a
# question ("iptal edebilir misiniz?").

@mail("sen-turkish-iphone-cancel-reminder", "2027-10-12 07:15:03",
      E("cancellation", "kadir.sen@mail.example", "Kadir Şen", None, [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Kadir Şen <kadir.sen@mail.example>"),
           ("To", TO_KI),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<B7E2C9A4-1F3D-4B68-9E05-A2C4D6E8F013@mail.example>"),
           ("In-Reply-To", "<mailbot.20271007080011.7a2d@hochsauerlandkreis.example>"),
           ("References", "<mailbot.20271007080011.7a2d@hochsauerlandkreis.example>"),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

kusura bakmayın, perşembe günü konferansa gelemeyeceğiz. İş yerinde vardiyam değişti, arkadaşım da hasta. Kaydımızı iptal edebilir misiniz?

Teşekkürler
Kadir Şen

iPhone'umdan gönderildi

7 Eki 2027 tarihinde 08:00 saatinde, Integrationskonferenz HSK <{KI}> şunu yazdı:

{gt_quote(reminder("Herr Şen", "F2", 2))}
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
        if last and m.when < last:
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
ALLOWED_URL_HOSTS = ("schemas.microsoft.com", "www.w3.org")


def decoded_text(msg):
    """Every header (decoded) and every text part of the mail, nested ones included."""
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_type() == "text/calendar":
            chunks.append(p.get_content().replace("\r\n", "\n").replace("\n ", ""))  # unfold
        elif p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    return "\n".join(chunks)


# Content-IDs of inline images look like addresses ("image001.png@01DC2A1B.3C4D5E60").
CONTENT_ID = re.compile(r"image\d+\.(?:png|jpg|gif)@[0-9A-F]+\.[0-9A-F]+")


def check_labels(e, text_lang):
    problems = []
    if tuple(e) != FIELDS:
        problems.append("expected record has wrong keys or key order")
        return problems
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WG_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if kind not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    ps = e["party_size"]
    if kind == "registration":
        if not (isinstance(ps, int) and ps >= 1):
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if ps is not None and not (isinstance(ps, int) and ps >= 1):
            problems.append("change party_size must be null or >= 1")
    elif ps is not None:
        problems.append("party_size must be null for this kind")
    if kind in PERSON_KINDS:
        if not e["email"] or e["email"] != e["email"].lower():
            problems.append("person mail needs a lower-case email")
        if not e["name"]:
            problems.append("person mail needs a name")
        if not (isinstance(e["language"], str) and re.fullmatch(r"[a-z]{2}", e["language"])):
            problems.append("person mail needs an ISO 639-1 language")
        if e["language"] != text_lang:
            problems.append("language differs from the text language tag")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
    if kind == "bounce":
        b = e["bounced_recipient"]
        if not b or b != b.lower():
            problems.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    return problems


def check(name, data, m, expected, text_lang):
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
    if not (datetime.datetime(2027, 8, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 11, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Aug-Oct 2027")
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
    text = decoded_text(msg)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", CONTENT_ID.sub("", text)):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in ALLOWED_URL_HOSTS:
            problems.append(f"non-example URL host {dom}")
    for dom in re.findall(r"\bwww\.([\w.-]+\w)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and f"www.{dom}" not in ALLOWED_URL_HOSTS:
            problems.append(f"non-example host www.{dom}")
    problems += check_labels(expected, text_lang)
    kind = expected["kind"]
    if kind == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any((expected["bounced_recipient"] or "-") in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    if kind in PERSON_KINDS:
        heads = [a.lower() for _, a in getaddresses(
            [str(msg.get("From", "")), str(msg.get("Reply-To", ""))])]
        if expected["email"] not in heads and expected["email"] not in text.lower():
            problems.append("email neither in From/Reply-To nor in the text")
        if msg["Reply-To"] is not None:
            rt = parseaddr(str(msg["Reply-To"]))[1].lower()
            if rt != expected["email"]:
                problems.append("Reply-To present but not the labelled email")
        for k in ("name", "organisation"):
            if expected[k] is not None and expected[k] not in text:
                problems.append(f"{k} {expected[k]!r} not written in the mail")
    if kind in ("change", "cancellation") and msg["In-Reply-To"] is None:
        problems.append("change/cancellation should answer an earlier mail")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.defaultdict(collections.Counter)
    for _, _, e, t in built:
        table[t][e["kind"]] += 1
    encs = collections.Counter()
    types = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_type(), p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    print("kinds:", dict(sorted(kinds.items())))
    print("per text language:")
    print("  lang " + " ".join(f"{k[:6]:>6}" for k in KINDS) + "    all")
    for lang in sorted(table, key=lambda l: (-sum(table[l].values()), l)):
        row = table[lang]
        print(f"  {lang:4} " + " ".join(f"{row.get(k, 0) or '':>6}" for k in KINDS)
              + f" {sum(row.values()):6}")
    print("top-level content types:", dict(sorted(types.items())))
    print("text parts by (type, charset, transfer encoding):")
    for (ct, cs, cte), k in sorted(encs.items()):
        print(f"  {ct:22} {cs:14} {cte:18} {k}")


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
        on_disk = sorted(p.name for p in mails_dir.glob("*.eml")) if mails_dir.exists() else []
        if on_disk != sorted(expected):
            print("mails/ does not hold exactly the generated files")
            bad += 1
        for (name, *_), data in zip(built, datas):
            path = mails_dir / name
            if not path.exists() or path.read_bytes() != data:
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

    # corpus-wide checks
    senders = collections.Counter()
    for (name, m, e, t), data in zip(built, datas):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        senders[parseaddr(str(msg["From"]))[1].lower()] += 1
        for problem in check(name, data, m, e, t):
            print(f"{name}: {problem}")
            bad += 1
    for s, k in senders.items():
        if k > 1:
            print(f"sender {s} appears {k} times")
            bad += 1
    if not 40 <= len(built) <= 45:
        print(f"{len(built)} mails; the set must have 40-45")
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
