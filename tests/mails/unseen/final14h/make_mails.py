#!/usr/bin/env python3
"""Build the "final14h" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Netzwerktag Internationale Fachkräfte 2027 of the Welcome Center Darmstadt
(config.toml next to this script), Saturday 25 September 2027, sessions S1..S5.

Every mail text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files and
reads every file back with email.policy.default to check it:

  * it parses without defects and has the basic headers;
  * every text part decodes, strictly, in its declared charset, to exactly the
    text written here (attachments: the same bytes);
  * every line is at most 998 octets;
  * Date headers rise with the numbering;
  * every address and every URL host is an example domain;
  * the label is well-formed (kinds, session ids, party_size and null rules)
    and a person's email / name / organisation occur in the decoded mail.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind, language, MIME shape

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).  Python
3.11, standard library only; paths are relative to this script's folder.
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
# charset, pre-folded lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

NT = "netzwerktag@welcome-darmstadt.example"
TO_NT = f"Welcome Center Darmstadt <{NT}>"
SESSIONS = ("S1", "S2", "S3", "S4", "S5")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")

INVITATION_ID = "<einladung-netzwerktag-2027.20270706100000@welcome-darmstadt.example>"
REMINDER_7D_ID = "<erinnerung-7d.netzwerktag-2027.20270918100000@welcome-darmstadt.example>"
REMINDER_1D_ID = "<erinnerung-1d.netzwerktag-2027.20270924100000@welcome-darmstadt.example>"


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset=None, enc="q"):
    """'Name <address>'; a non-ASCII name is RFC 2047-encoded in `charset`."""
    if name.isascii():
        return formataddr((name, address))
    return f"{ew(name, charset or 'utf-8', enc)} <{address}>"


def gt_quote(text, prefix="> "):
    """Quote a text the way Thunderbird/Gmail/Apple Mail do."""
    bare = prefix.rstrip()
    return "\n".join((prefix + line) if line else bare for line in text.split("\n"))


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
    return hashlib.sha256(f"final14h/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


CEST = datetime.timezone(datetime.timedelta(hours=2), "CEST")


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

    def head(self, *pairs, envelope=None, received=True, crlf=False):
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in
        order.  ASCII values are stored verbatim (folded at spaces when long);
        values with non-ASCII characters go through the policy (UTF-8)."""
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", NT)
        if received:
            domain = sender.split("@")[1]
            host = "mail." + domain
            arrival = format_datetime((self.when + datetime.timedelta(seconds=2)).astimezone(CEST))
            qid = _h(self.slug, "qid")[:11].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx1.welcome-darmstadt.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{NT}>; {arrival} (CEST)")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

    def _record(self, content):
        self.intended.append(content)

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None, record=True):
        """A text leaf part, for use inside a multipart."""
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
        if record:
            self._record(text)
        return p

    def binary(self, data, maintype, subtype, filename=None, disposition="attachment",
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
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            self.msg[k] = v
        self._record(text)

    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_FR2P281MB{h[:12].upper()}DEUP_"
        if style == "gmail":
            return f"0000000000{h[:16]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "exchange":
            return f"_{self._nboundary:03d}_{h[:8].upper()}{h[8:16].upper()}_"
        if style == "thunderbird":
            return f"------------{h[:24]}"
        return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{self._nboundary}"

    def multi(self, subtype, parts, style="std", params=None, top=True):
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


def rfc822_part(inner, description=None):
    part = MIMEPart(policy=POLICY)
    part.set_content(inner, cte="7bit")
    if description:
        part["Content-Description"] = description
    return part


def make_png(width=48, height=16):
    """A small RGB PNG: the Welcome Center's blue-and-orange bar logo."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            if y < 4 or y >= height - 4:
                px = (255, 255, 255)
            elif x < 12:
                px = (240, 130, 20)
            else:
                px = (0, 70, 140)
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
# mail-client renderings
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
	{{font-family:Aptos;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}}
span.EmailStyle19
	{{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang={lang} link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line, small=False):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    style = " style='font-size:8.0pt;color:gray'" if small else ""
    return f"<p class=MsoNormal><span{style}>{esc(line)}</span><o:p></o:p></p>"


def outlook_html(text, quote=None, charset="windows-1252", lang="DE", labels="de",
                 small_tail=None):
    """Outlook HTML for `text`; quote = (from, sent, to, subject, quoted_text).
    small_tail: a disclaimer printed in small grey type after the text."""
    out = [mso_p(line) for line in text.split("\n")]
    if small_tail:
        out.append(mso_p(""))
        out += [mso_p(line, small=True) for line in small_tail.split("\n")]
    if quote:
        frm, sent, to, subject, quoted = quote
        names = (("Von:", "Gesendet:", "An:", "Betreff:") if labels == "de"
                 else ("From:", "Sent:", "To:", "Subject:"))
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'>{names[0]}</span></b>"
                   f"<span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'> {esc(frm)} <br>\n"
                   f"<b>{names[1]}</b> {esc(sent)}<br>\n"
                   f"<b>{names[2]}</b> {esc(to)}<br>\n"
                   f"<b>{names[3]}</b> {esc(subject)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return OUTLOOK_HEAD.format(charset=charset, lang=lang) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels="de", small_tail=None):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    out = text
    if small_tail:
        out += "\n\n" + small_tail
    if quote:
        frm, sent, to, subject, quoted = quote
        names = (("Von:", "Gesendet:", "An:", "Betreff:") if labels == "de"
                 else ("From:", "Sent:", "To:", "Subject:"))
        out += (f"\n\n{names[0]} {frm}\n{names[1]} {sent}\n{names[2]} {to}\n"
                f"{names[3]} {subject}\n\n{quoted}")
    return out


def gmail_html(text, quote_head=None, quoted=None):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    out = f'<div dir="ltr">{inner}</div>'
    if quote_head:
        q = "<br>".join(esc(line) for line in quoted.split("\n"))
        out += (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(quote_head)}<br></div>'
                f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{q}</blockquote></div>')
    return out + "\n"


def apple_html(text, quote_head=None, quoted=None):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    if quote_head:
        q = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in quoted.split("\n"))
        inner += (f'<div><br><blockquote type="cite"><div>{esc(quote_head)}</div><br>'
                  f'<div>{q}</div></blockquote></div>')
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def android_html(text):
    """Outlook for Android / Outlook mobile HTML."""
    inner = "".join(f"<div dir=\"ltr\">{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "</head>\n<body>\n<div dir=\"auto\">" + inner + "</div>\n"
            "<div dir=\"ltr\"><br></div><div id=\"ms-outlook-mobile-signature\" dir=\"auto\">"
            "Get <a href=\"https://aka.ms.example/AAb9ysg\">Outlook for Android</a></div>\n"
            "</body>\n</html>\n")


# ---------------------------------------------------------------------------
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung / Invitation: Netzwerktag Internationale Fachkräfte – 25.09.2027"

INVITATION = """Liebe internationale Fachkräfte und Wissenschaftler*innen,
liebe Kolleginnen und Kollegen in Hochschulen, Instituten und Unternehmen,
(English version below)

das Welcome Center Darmstadt lädt Sie und Ihre Partnerinnen und Partner herzlich
zum Netzwerktag Internationale Fachkräfte 2027 ein.

Samstag, 25. September 2027, 10:00–17:00 Uhr
darmstadtium, Schloßgraben 1, 64283 Darmstadt

10:00  Begrüßung und Impulsvortrag
11:00  Markt der Möglichkeiten: Arbeitgeber, Beratungsstellen, Netzwerke
12:30  Mittagsimbiss
13:30  Panels und Workshops (parallel)
       Session 1 – Panel: Anerkennung ausländischer Abschlüsse
       Session 2 – Workshop: Karrierewege in Wissenschaft und Wirtschaft
       Session 3 – Workshop: Aufenthaltsrecht, Blaue Karte EU und Familiennachzug
       Session 4 – Workshop: Dual Career – Jobsuche für mitreisende Partner*innen
       Session 5 – Panel: Deutsch lernen und Ankommen in Darmstadt
16:00  Speed-Networking und Ausklang

Bitte melden Sie sich bis zum 17. September per E-Mail an
netzwerktag@welcome-darmstadt.example an und nennen Sie uns Ihren Namen, Ihre
Einrichtung bzw. Ihren Arbeitgeber, die gewünschte Session (gern mit
Zweitwunsch) und die Zahl der Personen. Die Teilnahme ist kostenlos.
Kinderbetreuung (1–10 Jahre) bieten wir ebenfalls kostenlos an – bitte geben
Sie das Alter der Kinder an.

--- English ---

Dear international professionals and researchers,
dear colleagues at universities, institutes and companies,

The Welcome Center Darmstadt warmly invites you and your partners to the
International Professionals Networking Day 2027.

Saturday, 25 September 2027, 10 am – 5 pm
darmstadtium, Schloßgraben 1, 64283 Darmstadt

10:00  Welcome and keynote
11:00  Marketplace: employers, advice services, networks
12:30  Lunch
13:30  Panels and workshops (in parallel)
       Session 1 – Panel: Recognition of foreign qualifications
       Session 2 – Workshop: Career paths in academia and industry
       Session 3 – Workshop: Residence law, EU Blue Card and family reunification
       Session 4 – Workshop: Dual career – job search for accompanying partners
       Session 5 – Panel: Learning German and settling in Darmstadt
16:00  Speed networking and farewell

Please register by 17 September by e-mail to netzwerktag@welcome-darmstadt.example
with your name, your institution or employer, the session you would like to
join (a second choice helps us) and the number of persons. Participation is
free of charge. Free childcare (ages 1–10) is available – please tell us the
children's ages.

Our team answers in German, English, French, Spanish, Portuguese, Italian,
Turkish, Hindi and Chinese.

Welcome Center Darmstadt
Wissenschaftsstadt Darmstadt · Amt für Wirtschaft und Stadtentwicklung
Luisenplatz 5 · 64283 Darmstadt
Johanna Kretschmer-Nwosu · Tel. +49 6151 13-4471"""

CONFIRMATION_SUBJECT = "Ihre Anmeldung / Your registration – Netzwerktag Internationale Fachkräfte 2027"

SESSION_LINE = {
    "S1": "Session 1 – Anerkennung ausländischer Abschlüsse / Recognition of foreign qualifications",
    "S2": "Session 2 – Karrierewege in Wissenschaft und Wirtschaft / Career paths in academia and industry",
    "S3": "Session 3 – Aufenthaltsrecht, Blaue Karte EU und Familiennachzug / Residence law, EU Blue Card and family reunification",
    "S4": "Session 4 – Dual Career – Jobsuche für mitreisende Partner*innen / Dual career – job search for accompanying partners",
    "S5": "Session 5 – Deutsch lernen und Ankommen in Darmstadt / Learning German and settling in Darmstadt",
}


def confirmation(name, session, persons):
    """The confirmation mailbot sent (quoted in replies, returned in the bounce)."""
    return f"""Guten Tag / Dear {name},

vielen Dank für Ihre Anmeldung zum Netzwerktag Internationale Fachkräfte 2027.
Thank you for registering for the International Professionals Networking Day 2027.

Datum / Date: Samstag, 25. September 2027 / Saturday, 25 September 2027, 10:00–17:00
Ort / Venue: darmstadtium, Schloßgraben 1, 64283 Darmstadt

Session: {SESSION_LINE[session]}
Personen / Persons: {persons}

Änderungen oder Absage? Antworten Sie einfach auf diese E-Mail.
Changes or cancellation? Simply reply to this e-mail.

Welcome Center Darmstadt"""


def confirmation_message(to, name, session, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (message/rfc822 part of the bounce)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_NT
    m["To"] = to
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(name, session, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


REMINDER_SUBJECT = {
    "7d": "Erinnerung / Reminder: Netzwerktag Internationale Fachkräfte am 25.09.2027",
    "1d": "Morgen / Tomorrow: Netzwerktag Internationale Fachkräfte 2027",
}


def reminder_1d(name, session, persons):
    return f"""Guten Tag / Dear {name},

morgen ist es so weit – wir freuen uns auf Sie!
We look forward to seeing you tomorrow!

Samstag, 25. September 2027 / Saturday, 25 September 2027, 10:00–17:00
darmstadtium, Schloßgraben 1, 64283 Darmstadt

Session: {SESSION_LINE[session]}
Personen / Persons: {persons}

Sie können doch nicht kommen? Bitte antworten Sie kurz auf diese E-Mail.
Can't make it after all? Please reply briefly to this e-mail.

Welcome Center Darmstadt"""


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
# Sabbatical auto-reply (German/English) to the invitation, which reached the
# professor through a university mailing list.  Auto-Submitted header present.

@mail("wegener-sabbatical-autoreply", "2027-07-06 10:00:41",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Helmut Wegener <helmut.wegener@fst.elu-darmstadt.example>"),
           ("To", TO_NT),
           ("Subject", ew("Forschungsfreisemester / Sabbatical – Re: " + INVITATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<vacation.1783324841.77120@mail.elu-darmstadt.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-replied (vacation)"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.single("""(English version below)

Sehr geehrte Damen und Herren,

vom 1. April 2027 bis einschließlich 31. März 2028 befinde ich mich in einem
Forschungsfreisemester an der Universität Kyoto. E-Mails lese ich in dieser
Zeit nur unregelmäßig; Ihre Nachricht wird nicht weitergeleitet.

Für Fragen zu Lehre und Prüfungen wenden Sie sich bitte an das Sekretariat
des Fachgebiets, Frau Gisela Brandt (sekretariat@fst.elu-darmstadt.example,
Tel. 06151 16-22810). Promotionsangelegenheiten übernimmt in dieser Zeit
Herr Dr.-Ing. Lukas Ebner (lukas.ebner@fst.elu-darmstadt.example).

---

Dear Sir or Madam,

I am on sabbatical leave at Kyoto University from 1 April 2027 until
31 March 2028 and will read e-mail only occasionally. Your message will not
be forwarded.

For teaching and examinations please contact the group office, Ms Gisela
Brandt (sekretariat@fst.elu-darmstadt.example, phone +49 6151 16-22810).
Doctoral matters are handled by Dr.-Ing. Lukas Ebner
(lukas.ebner@fst.elu-darmstadt.example).

Prof. Dr.-Ing. Helmut Wegener
Fachgebiet Fluidsystemtechnik
Ernst-Ludwig-Universität Darmstadt
""", charset="utf-8", cte="quoted-printable")


# -- 002 ---------------------------------------------------------------------
# Outlook (English UI), multipart/alternative, replying to the invitation with
# the whole bilingual invitation quoted under a From:/Sent:/To:/Subject: block
# (all five sessions appear in the quote).  First choice Session 3, second
# choice "the recognition panel (Session 1)".  The signature names a research
# group, an institute, a department and the university: the organisation is
# the university (see README, "Organisation labels").

KRISHNAMURTHY_TEXT = """Dear Welcome Center team,

Thank you for organising this – I'd like to register for the Networking Day on 25 September.

My first choice would be Session 3 (residence law / Blue Card): my Blue Card is up for renewal next spring and I would also like to understand the route to permanent residence. If Session 3 fills up, I'd be happy to join the recognition panel (Session 1) instead.

It will be just me.

Best regards,
Ananya

--
Dr. Ananya Krishnamurthy
Postdoctoral Researcher
Computational Materials Design Group (Prof. Dr. Heike Vollrath)
Institute of Materials Science | Department of Materials and Earth Sciences
Ernst-Ludwig-Universität Darmstadt
Kastanienallee 17, Building L4|02, Room 212
64287 Darmstadt, Germany
Phone: +49 6151 16-21480 | Mobile: +49 176 2290 4415
https://www.mat.elu-darmstadt.example/cmd"""

INVITE_QUOTE_EN = (f"Welcome Center Darmstadt <{NT}>",
                   "Tuesday, July 6, 2027 10:00 AM",
                   "intl-researchers@lists.elu-darmstadt.example",
                   INVITATION_SUBJECT, INVITATION)


@mail("krishnamurthy-outlook-reply-invitation", "2027-07-06 14:22:10",
      E("registration", "ananya.krishnamurthy@mat.elu-darmstadt.example", "Ananya Krishnamurthy",
        "Ernst-Ludwig-Universität Darmstadt", ["S3", "S1"], 1, "en"), "en")
def _(m):
    m.head(("From", "\"Krishnamurthy, Ananya\" <ananya.krishnamurthy@mat.elu-darmstadt.example>"),
           ("To", TO_NT),
           ("Subject", ew("RE: " + INVITATION_SUBJECT)),
           ("Thread-Topic", ew(INVITATION_SUBJECT)),
           ("Thread-Index", "AQHb7m1kR2yT8vXcQ0uZp3H5aLw9sA=="),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB2957C1A0D4E3F2B1@FR2P281MB2957.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(KRISHNAMURTHY_TEXT, INVITE_QUOTE_EN, labels="en"),
                  outlook_html(KRISHNAMURTHY_TEXT, INVITE_QUOTE_EN, charset="utf-8",
                               lang="EN-GB", labels="en"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 003 ---------------------------------------------------------------------
# HR shared mailbox, Outlook HTML only (windows-1252, quoted-printable), long
# corporate legal footer and disclaimer.  The HR specialist registers three
# new colleagues and accompanies them herself: 4 persons.  The display name is
# the department; the attendee named in the signature is the writer.  She asks
# for the confirmation to go to "this address" (the shared mailbox).

PFEIFFER_TEXT = """Sehr geehrte Damen und Herren,

für den Netzwerktag Internationale Fachkräfte am 25. September melde ich hiermit drei Kolleginnen und Kollegen an, die in den letzten Wochen an unserem Standort Darmstadt angefangen haben:

- Dr. Chinedu Eze (Analytical Development)
- Mei-Ling Tan (Process Engineering)
- Arjun Venkataraman (Data Science)

Ich selbst begleite die Gruppe, wir sind also insgesamt vier Personen. Alle drei möchten gern in den Workshop „Aufenthaltsrecht, Blaue Karte EU und Familiennachzug“ – das ist für unsere Neuankömmlinge derzeit das drängendste Thema.

Bitte senden Sie die Bestätigung an diese Adresse, ich leite sie intern weiter.

Mit freundlichen Grüßen
i. A. Hannelore Pfeiffer

Hannelore Pfeiffer
Senior Specialist Global Mobility
International HR Services
Kranich Pharma KGaA
Pallaswiesenstraße 180 · 64293 Darmstadt
Tel.: +49 6151 72-40518
hr-international@kranich-pharma.example"""

PFEIFFER_FOOTER = """Kranich Pharma KGaA, Darmstadt · Sitz der Gesellschaft: Darmstadt · Amtsgericht Darmstadt HRB 6388
Persönlich haftende Gesellschafterin: Kranich Pharma Verwaltungs-GmbH, Sitz Darmstadt, Amtsgericht Darmstadt HRB 9412
Geschäftsleitung: Dr. Konrad Bähr (Vorsitzender), Ines Wolters-Achterberg, Dr. Farid Nassiri · Vorsitzende des Aufsichtsrats: Dr. Renate Sommerfeld

Diese E-Mail einschließlich etwaiger Anhänge ist vertraulich und ausschließlich für den bezeichneten Adressaten bestimmt. Wenn Sie nicht der vorgesehene Adressat sind, informieren Sie bitte unverzüglich den Absender und löschen Sie diese Nachricht. Jede unbefugte Weitergabe, Vervielfältigung oder Nutzung ist untersagt. Informationen zum Datenschutz bei Kranich Pharma finden Sie unter https://www.kranich-pharma.example/datenschutz.

This e-mail and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please notify the sender immediately and delete this message. Any unauthorised disclosure, copying or use is prohibited."""


@mail("pfeiffer-hr-shared-mailbox-outlook-html", "2027-07-07 09:12:33",
      E("registration", "hr-international@kranich-pharma.example", "Hannelore Pfeiffer",
        "Kranich Pharma KGaA", ["S3"], 4, "de"), "de")
def _(m):
    m.head(("From", "International HR Services <hr-international@kranich-pharma.example>"),
           ("To", NT),
           ("Subject", ew("Anmeldung Netzwerktag 25.09. – 4 Personen Kranich Pharma", "windows-1252")),
           ("Thread-Topic", ew("Anmeldung Netzwerktag 25.09. – 4 Personen Kranich Pharma", "windows-1252")),
           ("Thread-Index", "AdvvK2bq1n0Wm5QhS8e3yTzR4uV1Cg=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR09MB6621F0E47B2C95D3A1@AS8PR09MB6621.eurprd09.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("X-MS-Exchange-Organization-SCL", "-1"),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(PFEIFFER_TEXT, small_tail=PFEIFFER_FOOTER), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# HR ticket system receipt answering mailbot's confirmation to the shared
# mailbox (auto_reply).  Bilingual; it repeats the subject "Ihre Anmeldung".

@mail("kranich-hr-ticket-receipt", "2027-07-07 09:13:21",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Kranich Pharma HR Service Desk <hr-servicedesk@kranich-pharma.example>"),
           ("Reply-To", "hr-servicedesk@kranich-pharma.example"),
           ("To", TO_NT),
           ("Subject", ew("[KP-HR-2027-0711842] Eingangsbestätigung / Acknowledgement: " + CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<ticket.KP-HR-2027-0711842.1783408401@servicedesk.kranich-pharma.example>"),
           ("In-Reply-To", "<mailbot.20270707091305.3a9c@welcome-darmstadt.example>"),
           ("References", "<mailbot.20270707091305.3a9c@welcome-darmstadt.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-Mailer", "ServiceDesk Plus Mail Engine"),
           ("MIME-Version", "1.0"),
           envelope="bounces+ticket@servicedesk.kranich-pharma.example")
    text = """*** Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht. ***
*** Please do not reply to this automatically generated message. ***

Guten Tag,

vielen Dank für Ihre Nachricht an International HR Services. Ihr Anliegen wurde
unter der Ticketnummer KP-HR-2027-0711842 erfasst und wird in der Regel
innerhalb von drei Arbeitstagen bearbeitet.

Betreff: Ihre Anmeldung / Your registration – Netzwerktag Internationale Fachkräfte 2027
Priorität: normal
Zuständiges Team: Global Mobility

Hello,

Thank you for contacting International HR Services. Your request has been
logged as ticket KP-HR-2027-0711842 and will usually be handled within three
working days.

Den Status Ihres Tickets finden Sie im Mitarbeiterportal / You can follow your
ticket in the employee portal: https://servicedesk.kranich-pharma.example/tickets/KP-HR-2027-0711842

Kranich Pharma KGaA · HR Service Desk"""
    html_text = "<html><body style=\"font-family:Segoe UI,Arial,sans-serif;font-size:13px\">\n" + "\n".join(
        f"<p style=\"margin:0\">{esc(line) if line else '&nbsp;'}</p>" for line in text.split("\n")) + "</body></html>\n"
    m.alternative(text, html_text, charset="utf-8", cte="8bit")


# -- 005 ---------------------------------------------------------------------
# Brazilian Portuguese, Gmail multipart/alternative, UTF-8 base64.  She and her
# husband (2) want "o workshop 4 (Dual Career)"; also asks whether English is
# fine (a registration that also asks something).

NOGUEIRA_TEXT = """Olá, equipe do Welcome Center!

Vi o convite para o Netzwerktag na lista de e-mails da universidade e gostaria de fazer a inscrição para mim e para o meu marido.

Sou doutoranda em Biologia aqui em Darmstadt há um ano e meio. O meu marido, Rafael Teixeira, é engenheiro civil e ainda não conseguiu emprego na Alemanha, por isso achamos que o workshop 4 (Dual Career) seria o ideal para nós dois.

Então somos 2 pessoas. Dá para participar em inglês? O nosso alemão ainda é bem básico (A2, rs).

Muito obrigada e um abraço,
Larissa

--
Larissa Nogueira de Souza
Doutoranda | PhD candidate
AG Synthetische Biologie – Fachbereich Biologie
Ernst-Ludwig-Universität Darmstadt"""


@mail("nogueira-portuguese-gmail-husband", "2027-07-08 21:40:05",
      E("registration", "larissa.nogueira@gmail.example", "Larissa Nogueira de Souza",
        "Ernst-Ludwig-Universität Darmstadt", ["S4"], 2, "pt"), "pt")
def _(m):
    m.head(("From", "Larissa Nogueira <larissa.nogueira@gmail.example>"),
           ("To", NT),
           ("Subject", ew("Inscrição Netzwerktag 25/09 – Larissa e Rafael")),
           ("Date", m.date),
           ("Message-ID", "<CAF3kq9xR2mB7tW0pLz4nV8cH1sD6uJ5eY3oK9iG2aQ7wE4rT0g@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(NOGUEIRA_TEXT, gmail_html(NOGUEIRA_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 006 ---------------------------------------------------------------------
# Thunderbird, UTF-8 8bit, format=flowed.  English with Chinese names and a
# Chinese sentence.  The writer comes for the Chinese students' association
# (network), whose president she is; her employer is in the signature too.
# Three persons, Session 2 then Session 3.

@mail("zhou-cssa-chinese-english", "2027-07-12 11:05:44",
      E("registration", "president@cssa-darmstadt.example", "Mingyu Zhou",
        "Chinese Students and Scholars Association Darmstadt", ["S2", "S3"], 3, "en"), "en")
def _(m):
    m.head(("From", "Mingyu Zhou <president@cssa-darmstadt.example>"),
           ("To", NT),
           ("Subject", "Registration CSSA Darmstadt - Networking Day 25 Sept"),
           ("Date", m.date),
           ("Message-ID", "<5b1e7c2a-9d40-4f3b-8e61-2c7a0d9f4b13@cssa-darmstadt.example>"),
           ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.1.0"),
           ("Content-Language", "en-US"),
           ("MIME-Version", "1.0"))
    m.single("""Dear Welcome Center Darmstadt,

I am writing on behalf of the Chinese Students and Scholars Association
Darmstadt. Three members of our board would like to attend the Networking
Day on 25 September:

1. 周明宇 Mingyu Zhou (myself)
2. 陈思远 Siyuan Chen
3. 刘畅 Chang Liu

We are all doctoral researchers, so our first choice is Session 2 (career
paths in academia and industry). Second choice would be Session 3.

We are also happy to help spread the invitation - our WeChat group has
about 400 members in Darmstadt. Is there a Chinese version of the flyer?
如果有中文版的话就太好了，我们可以直接转发到群里。

Best regards / 此致
Mingyu ZHOU 周明宇
President | 主席
Chinese Students and Scholars Association Darmstadt
达姆施塔特中国学生学者联合会

Doctoral Researcher, Institute of Power Electronics
Ernst-Ludwig-Universität Darmstadt
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 007 ---------------------------------------------------------------------
# Question (conditional intent: "If all fine we'll register both of us").
# Gmail plain, US-ASCII.

@mail("malhotra-questions-before-registering", "2027-07-14 08:31:19",
      E("question", "rohit.malhotra@odenwald-automotive.example", "Rohit Malhotra",
        "Odenwald Automotive Systems GmbH", [], None, "en"), "en")
def _(m):
    m.head(("From", "Rohit Malhotra <rohit.malhotra@odenwald-automotive.example>"),
           ("To", NT),
           ("Subject", "Netzwerktag - few questions before we register"),
           ("Date", m.date),
           ("Message-ID", "<CAM8vR2kP5tY1wQ9zN4xB7cL0sH3dF6gJ2hK8lO5iU1yT4rE7qA@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Namaste / Hello,

I got your invitation through our HR department. My wife and I are both
interested, but before registering a few questions:

1) Is the whole day in English or only some parts? My wife's German is
still A1.
2) Our son is 2.5 years - is the childcare also for kids under 3, and do
we need to bring anything (food, nappies)?
3) Is it correct that it is free, also the lunch?

If all fine we'll register both of us, probably for the Dual Career
workshop.

Thanks & regards,
Rohit Malhotra
Senior Engineer - Battery Systems
Odenwald Automotive Systems GmbH
Mob: +49 1523 778 0912
""", charset="us-ascii", cte="7bit")


# -- 008 ---------------------------------------------------------------------
# French, Outlook multipart/alternative, windows-1252 quoted-printable, RFC 2047
# display name in windows-1252.  Session 2 by its German title and number,
# second choice "le panel sur l'apprentissage de l'allemand" (Session 5).
# His partner "vous écrira de son côté" (she does, 021): party 1.

LEFEVRE_TEXT = """Bonjour,

Je souhaiterais m'inscrire au Netzwerktag Internationale Fachkräfte du samedi 25 septembre.

Je travaille depuis février comme ingénieur systèmes chez SatOps Europe et je serais intéressé en priorité par l'atelier « Karrierewege in Wissenschaft und Wirtschaft » (session 2). À défaut, le panel sur l'apprentissage de l'allemand me conviendrait également.

Ma compagne vous écrira de son côté pour l'atelier Dual Career.

En vous remerciant par avance, je vous prie d'agréer mes salutations distinguées.

Mathieu Lefèvre-Dumont
Ingénieur systèmes – Ground Segment Engineering
SatOps Europe GmbH
Rheinstraße 118 · 64295 Darmstadt
Tél. : +49 6151 90-3377"""

SATOPS_DISCLAIMER = """SatOps Europe GmbH · Registered office: Darmstadt · Register court: Amtsgericht Darmstadt, HRB 10233 · Managing Directors: Dr. Amélie Vautrin, Jörg Hasselbach
This message may contain information that is confidential or subject to export control regulations. If you have received it in error, please notify the sender and delete it. Please consider the environment before printing this e-mail."""


@mail("lefevre-dumont-french-outlook", "2027-07-15 16:48:02",
      E("registration", "mathieu.lefevre-dumont@satops-europe.example", "Mathieu Lefèvre-Dumont",
        "SatOps Europe GmbH", ["S2", "S5"], 1, "fr"), "fr")
def _(m):
    m.head(("From", addr("Lefèvre-Dumont, Mathieu", "mathieu.lefevre-dumont@satops-europe.example",
                         "windows-1252")),
           ("To", NT),
           ("Subject", "Inscription Netzwerktag du 25 septembre"),
           ("Thread-Topic", "Inscription Netzwerktag du 25 septembre"),
           ("Thread-Index", "AdvvtQ7xW3k9R0cZSg2hP4mN6bJ1Lw=="),
           ("Date", m.date),
           ("Message-ID", "<PR3P191MB1406B2D7E8A1C4F09@PR3P191MB1406.EURP191.PROD.OUTLOOK.example>"),
           ("Accept-Language", "fr-FR, en-US"),
           ("Content-Language", "fr-FR"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(LEFEVRE_TEXT, small_tail=SATOPS_DISCLAIMER),
                  outlook_html(LEFEVRE_TEXT, charset="windows-1252", lang="FR",
                               small_tail=SATOPS_DISCLAIMER),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 009 ---------------------------------------------------------------------
# Spanish, Thunderbird, ISO-8859-15 quoted-printable, with her vCard attached
# (multipart/mixed).  Session 3 (Tarjeta Azul) then the recognition panel.
# Her signature names her research group, her institute (employer) and a
# researchers' network she coordinates; she writes as an individual, so the
# organisation is the institute (see README).

ORTIZ_TEXT = """Hola:

Me gustaría inscribirme en el Netzwerktag del 25 de septiembre. Soy investigadora postdoctoral en Darmstadt desde hace ocho meses.

Mi primera opción es el taller sobre derecho de residencia y Tarjeta Azul (sesión 3): quiero traer a mi pareja y todavía no entiendo bien cómo funciona la reagrupación familiar cuando no estamos casados. Como segunda opción, el panel de reconocimiento de títulos.

Iré sola.

Un saludo cordial,
Valentina

-- 
Dra. Valentina Ortiz Aguirre
Investigadora postdoctoral | Postdoctoral researcher
Arbeitsgruppe Grenzflächenkatalyse
Leibniz-Institut für Oberflächenchemie e.V.
Coordinadora, Red de Investigadoras e Investigadores Latinoamericanos en Hessen
Tel. +49 6151 3986-214
"""

ORTIZ_VCARD = """BEGIN:VCARD
VERSION:4.0
N:Ortiz Aguirre;Valentina;;Dra.;
FN:Valentina Ortiz Aguirre
ORG:Leibniz-Institut für Oberflächenchemie e.V.;Arbeitsgruppe Grenzflächenkatalyse
TITLE:Postdoctoral researcher
EMAIL;PREF=1:valentina.ortiz@lio-darmstadt.example
TEL;TYPE=work,voice:+49 6151 3986-214
END:VCARD
"""


@mail("ortiz-aguirre-spanish-vcard", "2027-07-19 22:17:36",
      E("registration", "valentina.ortiz@lio-darmstadt.example", "Valentina Ortiz Aguirre",
        "Leibniz-Institut für Oberflächenchemie e.V.", ["S3", "S1"], 1, "es"), "es")
def _(m):
    m.head(("From", "Valentina Ortiz Aguirre <valentina.ortiz@lio-darmstadt.example>"),
           ("To", NT),
           ("Subject", ew("Inscripción Netzwerktag - sesión 3", "iso-8859-15")),
           ("Date", m.date),
           ("Message-ID", "<e4b9a2d1-7c38-4f05-b6a2-91d0c3e8f7a4@lio-darmstadt.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "es-ES"),
           ("MIME-Version", "1.0"))
    body = m.text(ORTIZ_TEXT, charset="iso-8859-15", cte="quoted-printable",
                  params={"format": "flowed"})
    vcard = m.text(ORTIZ_VCARD, subtype="vcard", charset="utf-8", cte="quoted-printable",
                   headers=[("Content-Disposition", 'attachment; filename="valentina_ortiz.vcf"')])
    m.multi("mixed", [body, vcard], style="thunderbird")


# -- 010 ---------------------------------------------------------------------
# University International Office newsletter (other): multipart/alternative
# whose HTML half is multipart/related with an inline logo.  It describes the
# event, its sessions and how to register.

ELU_NL_TEXT = """International Newsletter – Ernst-Ludwig-Universität Darmstadt
July 2027

In this issue
1. Networking Day for international professionals – 25 September
2. German courses for staff: winter term registration now open
3. Summer closure of the International Office

1. Networking Day for international professionals
The Welcome Center Darmstadt invites international researchers, staff and their partners to its Networking Day on Saturday, 25 September, at the darmstadtium. Five parallel sessions cover the recognition of foreign qualifications, careers in academia and industry, the EU Blue Card and family reunification, jobs for accompanying partners, and learning German. Registration is by e-mail to the Welcome Center (netzwerktag@welcome-darmstadt.example) until 17 September. Our Dual Career Service will be there as well.

2. German courses for staff
Courses from A1 to C1 start in the week of 18 October. Registration: https://www.elu-darmstadt.example/sprachenzentrum/staff

3. Summer closure
The International Office is closed from 9 to 20 August. In urgent cases please write to international@elu-darmstadt.example.

You receive this newsletter because you are a member of staff or a doctoral candidate at ELU.
Unsubscribe: https://lists.elu-darmstadt.example/unsubscribe/intl-news?u=4f20c7
International Office · Ernst-Ludwig-Universität Darmstadt"""

ELU_NL_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>International Newsletter July 2027</title></head>
<body style="margin:0;background:#eef1f4;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="620" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1b;">
<tr><td style="border-bottom:4px solid #00468c;"><img src="cid:logo-elu-intl@elu-darmstadt.example" width="48" height="16" alt="ELU"> <b style="font-size:20px;color:#00468c;">International Newsletter</b><br><span style="color:#666;">Ernst-Ludwig-Universität Darmstadt · July 2027</span></td></tr>
<tr><td>
<p><b>In this issue</b></p>
<ol><li>Networking Day for international professionals – 25 September</li><li>German courses for staff: winter term registration now open</li><li>Summer closure of the International Office</li></ol>
<h2 style="font-size:17px;color:#00468c;">Networking Day for international professionals</h2>
<p>The Welcome Center Darmstadt invites international researchers, staff and their partners to its Networking Day on Saturday, 25 September, at the darmstadtium. Five parallel sessions cover the recognition of foreign qualifications, careers in academia and industry, the EU Blue Card and family reunification, jobs for accompanying partners, and learning German. Registration is by e-mail to the Welcome Center (<a href="mailto:netzwerktag@welcome-darmstadt.example">netzwerktag@welcome-darmstadt.example</a>) until 17 September. Our Dual Career Service will be there as well.</p>
<h2 style="font-size:17px;color:#00468c;">German courses for staff</h2>
<p>Courses from A1 to C1 start in the week of 18 October. <a href="https://www.elu-darmstadt.example/sprachenzentrum/staff">Register here</a>.</p>
<h2 style="font-size:17px;color:#00468c;">Summer closure</h2>
<p>The International Office is closed from 9 to 20 August. In urgent cases please write to <a href="mailto:international@elu-darmstadt.example">international@elu-darmstadt.example</a>.</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;">You receive this newsletter because you are a member of staff or a doctoral candidate at ELU.<br><a href="https://lists.elu-darmstadt.example/unsubscribe/intl-news?u=4f20c7">Unsubscribe</a> · International Office · Ernst-Ludwig-Universität Darmstadt</td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("elu-international-newsletter", "2027-07-21 09:00:03",
      E("other"), "en")
def _(m):
    m.head(("From", "International Office ELU <intl-news@lists.elu-darmstadt.example>"),
           ("To", "intl-news@lists.elu-darmstadt.example"),
           ("Subject", "International Newsletter July 2027: Networking Day, German courses, summer closure"),
           ("Date", m.date),
           ("Message-ID", "<intl-news.2027-07.4f20c7@lists.elu-darmstadt.example>"),
           ("List-Id", "ELU International Newsletter <intl-news.lists.elu-darmstadt.example>"),
           ("List-Unsubscribe", "<https://lists.elu-darmstadt.example/unsubscribe/intl-news?u=4f20c7>, <mailto:intl-news-leave@lists.elu-darmstadt.example>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "list"),
           ("X-Mailer", "Sympa 6.2"),
           ("MIME-Version", "1.0"),
           envelope="intl-news-owner@lists.elu-darmstadt.example")
    plain = m.text(ELU_NL_TEXT, "plain", "utf-8", "quoted-printable")
    html_part = m.text(ELU_NL_HTML, "html", "utf-8", "quoted-printable")
    logo = m.binary(make_png(), "image", "png", "logo.png", disposition="inline",
                    headers=[("Content-ID", "<logo-elu-intl@elu-darmstadt.example>")])
    related = m.multi("related", [html_part, logo], top=False)
    m.multi("alternative", [plain, related])


# -- 011 ---------------------------------------------------------------------
# Learner German from a Samsung phone, UTF-8 base64.  Nurse from Kerala,
# "Panel Anerkennung (Session 1)", "wir sind 2 Person".

@mail("mathew-learner-german-samsung", "2027-07-22 19:52:41",
      E("registration", "jincy.mathew@gmail.example", "Jincy Mathew",
        "Klinikum Am Herrngarten", ["S1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Jincy Mathew <jincy.mathew@gmail.example>"),
           ("To", NT),
           ("Subject", "Anmeldung netzwerktag"),
           ("Date", m.date),
           ("Message-ID", "<a7c31e5b-0d29-4f84-9b16-e2f8c04d7a95@email.android.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

Ich möchte anmelden für Netzwerktag am 25.09. Ich bin Pflegefachfrau aus Indien (Kerala) und arbeite im Klinikum Am Herrngarten seit 8 Monate, aber meine Anerkennung ist noch nicht fertig, ich warte auf Kenntnisprüfung.

Darum ich möchte gern Panel Anerkennung (Session 1). Meine Kollegin Sini Thomas kommt auch mit, sie hat gleiche Problem. Also wir sind 2 Person.

Vielen Dank und schöne Abend
Jincy Mathew

Von meinem Samsung Galaxy Smartphone gesendet.
""", charset="utf-8", cte="base64")


# -- 012 ---------------------------------------------------------------------
# English with Hindi words (Hinglish), from the writer's WORK address, Outlook
# multipart/alternative with his employer's signature and disclaimer.  He
# registers three people "on behalf of the network": the organisation is the
# network, not the employer (see README).  "Any session is fine though" adds
# no choice.

IYER_TEXT = """Hello Welcome Center team,

Namaste from the Indian Professionals Network Rhein-Main! We saw the Netzwerktag invite and would love to be part of it.

On behalf of the network I'd like to register three of us:
- Vikram Iyer (myself, General Secretary)
- Dr. Sneha Kulkarni (events team)
- Anirudh Rao (events team)

We'd prefer Session 2 – a lot of our members ask about moving from academia to industry, so we want to bring that knowledge back to the group. Any session is fine though, hum flexible hain :)

Also: IPN would be very happy to have a small table at the Markt der Möglichkeiten if there is still space. Shall I write to someone separately for that?

Bahut dhanyavaad and best regards,
Vikram

Vikram Iyer
General Secretary, Indian Professionals Network Rhein-Main e.V.
https://www.ipn-rheinmain.example

--
Vikram Iyer | Senior Data Engineer | Digital Analytics
Kranich Pharma KGaA | Pallaswiesenstraße 180 | 64293 Darmstadt
+49 6151 72-33190"""


@mail("iyer-network-from-work-address", "2027-07-26 13:15:27",
      E("registration", "vikram.iyer@kranich-pharma.example", "Vikram Iyer",
        "Indian Professionals Network Rhein-Main e.V.", ["S2"], 3, "en"), "en")
def _(m):
    m.head(("From", "\"Iyer, Vikram\" <vikram.iyer@kranich-pharma.example>"),
           ("To", NT),
           ("Subject", "Registration - Indian Professionals Network (3 persons)"),
           ("Thread-Topic", "Registration - Indian Professionals Network (3 persons)"),
           ("Thread-Index", "AdvuY4kP2qR8sT1uVwXyZ0aB3cD5eQ=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR09MB7710A3E2C1D0B9F8@AS8PR09MB7710.eurprd09.prod.outlook.example>"),
           ("Accept-Language", "en-US, de-DE"),
           ("Content-Language", "en-US"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(IYER_TEXT, small_tail=PFEIFFER_FOOTER),
                  outlook_html(IYER_TEXT, charset="utf-8", lang="EN-US", small_tail=PFEIFFER_FOOTER),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 013 ---------------------------------------------------------------------
# Hindi (Devanagari) with English/German words, Gmail multipart/alternative,
# UTF-8 base64, subject in RFC 2047 B.  Accompanying spouse, Session 4; in the
# workshop she will be alone (her husband works that day); her 4-year-old
# daughter is put down for childcare (party_size 1, see README).  The husband's
# employer is not named; she names no organisation of her own.

SHARMA_TEXT = """नमस्ते,

मेरा नाम प्रियंका शर्मा है। मैं पिछले साल नवंबर में अपने पति के साथ पुणे से डार्मश्टाट आई हूँ। मेरे पति यहाँ एक IT कंपनी में काम करते हैं। भारत में मैं 6 साल तक HR manager थी, लेकिन यहाँ अभी तक मुझे नौकरी नहीं मिली है।

मैं 25 सितंबर के Netzwerktag के लिए रजिस्टर करना चाहती हूँ – Session 4 (Dual Career) के लिए। Workshop में मैं अकेली रहूँगी, मेरे पति उस दिन ऑफिस में हैं।

एक सवाल भी है: मेरी बेटी 4 साल की है। क्या उसके लिए Kinderbetreuung में जगह मिल सकती है? अगर हाँ, तो कृपया उसका नाम भी लिख लीजिए – आन्या, उम्र 4 साल।

बहुत धन्यवाद,
Priyanka Sharma"""


@mail("sharma-hindi-spouse-childcare", "2027-07-28 10:44:09",
      E("registration", "priyanka.sharma87@gmail.example", "Priyanka Sharma",
        None, ["S4"], 1, "hi"), "hi")
def _(m):
    m.head(("From", "Priyanka Sharma <priyanka.sharma87@gmail.example>"),
           ("To", NT),
           ("Subject", ew("Netzwerktag के लिए रजिस्ट्रेशन – Session 4", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAGx7nT3wQ9pL2vR5kB8mZ1cY4sF0hD6jE3uA9oN7iK2tW5rX8g@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(SHARMA_TEXT, gmail_html(SHARMA_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 014 ---------------------------------------------------------------------
# HR business partner registers a new hire who has not started yet and asks
# for the confirmation to go to the new hire's future work address (email =
# that address, name = the new hire, organisation = the company).  Outlook
# multipart/alternative with the company disclaimer.  The confirmation to
# that address bounces (015).

WALSH_TEXT = """Dear colleagues at the Welcome Center,

Our new flight dynamics engineer, Dr Wanjiru Kamau, joins SatOps Europe on 1 August and is relocating from Nairobi with her family. I would like to register her for the Networking Day – Session 3 (residence law, Blue Card and family reunification) is the one that will help her most right now.

She will come on her own. Could you please send the confirmation directly to her new work address, wanjiru.kamau@satops-europe.example? I will let her know to look out for it.

Many thanks and kind regards,
Jennifer

Jennifer Walsh
HR Business Partner | Relocation & Onboarding
SatOps Europe GmbH
Rheinstraße 118 · 64295 Darmstadt
Phone: +49 6151 90-3102"""


@mail("walsh-hr-registers-new-hire", "2027-07-30 08:05:50",
      E("registration", "wanjiru.kamau@satops-europe.example", "Wanjiru Kamau",
        "SatOps Europe GmbH", ["S3"], 1, "en"), "en")
def _(m):
    m.head(("From", "\"Walsh, Jennifer\" <jennifer.walsh@satops-europe.example>"),
           ("To", TO_NT),
           ("Subject", "Registration for new colleague - Dr Wanjiru Kamau"),
           ("Thread-Topic", "Registration for new colleague - Dr Wanjiru Kamau"),
           ("Thread-Index", "AdvxA1mN7bV3cX9zQ2wE5rT8yU0iOp=="),
           ("Date", m.date),
           ("Message-ID", "<PR3P191MB1406C8E1F0A2B3D47@PR3P191MB1406.EURP191.PROD.OUTLOOK.example>"),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(WALSH_TEXT, small_tail=SATOPS_DISCLAIMER),
                  outlook_html(WALSH_TEXT, charset="utf-8", lang="EN-GB", small_tail=SATOPS_DISCLAIMER),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 015 ---------------------------------------------------------------------
# Exchange Online NDR (English) for the confirmation sent to the new hire's
# mailbox, which does not exist yet.  multipart/report with an alternative
# notice, message/delivery-status and the returned message; CRLF line ends.

KAMAU = "wanjiru.kamau@satops-europe.example"
KAMAU_CONF_ID = "<mailbot.20270730080559.7e1d@welcome-darmstadt.example>"
NDR_TEXT = f"""Your message to {KAMAU} couldn't be delivered.

wanjiru.kamau wasn't found at satops-europe.example.

netzwerktag      Office 365      wanjiru.kamau
Action Required                  Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If the recipient's mailbox has only just been created, wait a while and try again.

More Info for Email Admins
Status code: 550 5.1.10

This error occurs because the recipient's email address was not found at the destination domain.

Original Message Details
Created Date:    7/30/2027 6:05:59 AM
Sender Address:  {NT}
Recipient Address:  {KAMAU}
Subject:         {CONFIRMATION_SUBJECT}

Error Details
Reported error:  550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {KAMAU} not found by SMTP address lookup
DSN generated by:  FR2P281MB0213.DEUP281.PROD.OUTLOOK.example"""

NDR_HTML = f"""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body dir="ltr" lang="en-US">
<table style="width:100%;font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:16px"><tr><td>
<p style="font-size:15px;color:#000">Your message to <a href="mailto:{KAMAU}" style="color:#0072c6">{KAMAU}</a> couldn't be delivered.</p>
<p style="font-size:20px;color:#c00000"><b>wanjiru.kamau</b> wasn't found at <b>satops-europe.example</b>.</p>
<table style="width:100%"><tr><td>netzwerktag</td><td>Office 365</td><td>wanjiru.kamau</td></tr>
<tr><td style="color:#c00000"><b>Action Required</b></td><td></td><td>Recipient</td></tr></table>
<p style="font-size:17px"><b>Unknown To address</b></p>
<p style="font-size:17px"><b>How to Fix It</b></p>
<p>The address may be misspelled or may not exist. Try one or more of the following:</p>
<ul><li>Retype the recipient's address, then resend the message.</li><li>If the recipient's mailbox has only just been created, wait a while and try again.</li></ul>
<p style="font-size:14px"><b>More Info for Email Admins</b><br><em>Status code: 550 5.1.10</em></p>
<p style="font-size:14px">This error occurs because the recipient's email address was not found at the destination domain.</p>
<p style="font-size:14px"><b>Original Message Details</b><br>Created Date: 7/30/2027 6:05:59 AM<br>Sender Address: {NT}<br>Recipient Address: {KAMAU}<br>Subject: {esc(CONFIRMATION_SUBJECT)}</p>
<p style="font-size:14px"><b>Error Details</b><br>Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {KAMAU} not found by SMTP address lookup<br>DSN generated by: FR2P281MB0213.DEUP281.PROD.OUTLOOK.example</p>
</td></tr></table>
</body>
</html>
"""


@mail("exchange-online-ndr-new-hire-mailbox", "2027-07-30 06:06:31",
      E("bounce", bounced=KAMAU), "en", tz=0)
def _(m):
    m.head(("From", "Microsoft Outlook <postmaster@satops-europe.example>"),
           ("To", NT),
           ("Subject", ew("Undeliverable: " + CONFIRMATION_SUBJECT)),
           ("Thread-Topic", ew(CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<f2c1a7e0-93b4-4d58-a6e2-0b7d9c3e1f45@FR2P281MB0213.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", KAMAU_CONF_ID),
           ("References", KAMAU_CONF_ID),
           ("Auto-Submitted", "auto-replied"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("Content-Language", "en-US"),
           ("MIME-Version", "1.0"),
           envelope="", received=False, crlf=True)
    notice = m.alternative(NDR_TEXT, NDR_HTML, charset="utf-8", cte="quoted-printable",
                           style="exchange", top=False)
    dsn = dsn_part(
        [("Reporting-MTA", "dns;FR2P281MB0213.DEUP281.PROD.OUTLOOK.example"),
         ("Received-From-MTA", "dns;mx1.welcome-darmstadt.example"),
         ("Arrival-Date", "Fri, 30 Jul 2027 06:06:00 +0000")],
        [("Original-Recipient", f"rfc822;{KAMAU}"),
         ("Final-Recipient", f"rfc822;{KAMAU}"),
         ("Action", "failed"),
         ("Status", "5.1.10"),
         ("Diagnostic-Code", f"smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient\n {KAMAU} not found by SMTP address lookup")])
    original = confirmation_message(
        KAMAU, "Wanjiru Kamau", "S3", 1, "Fri, 30 Jul 2027 08:05:59 +0200", KAMAU_CONF_ID,
        "<PR3P191MB1406C8E1F0A2B3D47@PR3P191MB1406.EURP191.PROD.OUTLOOK.example>")
    m.multi("report", [notice, dsn, rfc822_part(original)], style="exchange",
            params={"report-type": "delivery-status"})


# -- 016 ---------------------------------------------------------------------
# Italian, Apple Mail multipart/alternative, UTF-8 quoted-printable.  She wants
# workshop 2, her husband workshop 4 (Dual Career): one registration for two
# persons and two different sessions; the workgroups are the writer's own
# choice (see README).

FERRARESI_TEXT = """Buonasera,

vorrei iscrivermi al Netzwerktag del 25 settembre. Lavoro da marzo come ingegnera ottica alla Eberstädter Präzisionsoptik e mi interessa soprattutto il workshop 2 sui percorsi di carriera tra ricerca e industria.

Verrebbe anche mio marito, Davide Rinaldi: è insegnante di matematica e sta cercando lavoro qui, quindi per lui sarebbe più utile il workshop 4 (Dual Career). In tutto saremmo quindi in due.

Grazie mille e buona serata,
Giulia

Giulia Ferraresi
Optical Design Engineer
Eberstädter Präzisionsoptik AG
Pfungstädter Straße 41 · 64297 Darmstadt"""


@mail("ferraresi-italian-apple-two-sessions", "2027-08-02 20:11:37",
      E("registration", "giulia.ferraresi@icloud.example", "Giulia Ferraresi",
        "Eberstädter Präzisionsoptik AG", ["S2"], 2, "it"), "it")
def _(m):
    m.head(("From", "Giulia Ferraresi <giulia.ferraresi@icloud.example>"),
           ("To", NT),
           ("Subject", "Iscrizione Netzwerktag 25 settembre"),
           ("Date", m.date),
           ("Message-ID", "<4F1B7E2C-8A90-4D3E-B5C6-7E0A2F9D1C84@icloud.example>"),
           ("X-Mailer", "Apple Mail (2.3826.600.51.1.1)"),
           ("MIME-Version", "1.0"))
    m.alternative(FERRARESI_TEXT, apple_html(FERRARESI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 017 ---------------------------------------------------------------------
# Turkish, ISO-8859-9 quoted-printable, display name in ISO-8859-9 B-encoding.
# Resident doctor awaiting her Approbation: "Anerkennung paneli (Session 1)",
# "Eşim Serkan da benimle gelecek ... toplam 2 kişiyiz".  The body names the
# hospital with a Turkish suffix ("Herrngarten'da"); the signature names it
# cleanly, with its legal form: that is the label.

@mail("demirtas-turkish-iso-8859-9", "2027-08-03 12:30:02",
      E("registration", "burcu.demirtas@klinikum-herrngarten.example", "Burcu Demirtaş",
        "Klinikum Am Herrngarten gGmbH", ["S1"], 2, "tr"), "tr")
def _(m):
    m.head(("From", addr("Burcu Demirtaş", "burcu.demirtas@klinikum-herrngarten.example",
                         "iso-8859-9", "b")),
           ("To", NT),
           ("Subject", ew("Netzwerktag kaydı – Dr. Burcu Demirtaş", "windows-1254", "q")),
           ("Date", m.date),
           ("Message-ID", "<000001dc0465$7a2b3c40$6e81b4c0$@klinikum-herrngarten.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

25 Eylül'deki Netzwerktag Internationale Fachkräfte etkinliğine kayıt olmak
istiyorum. Klinikum Am Herrngarten'da asistan hekim olarak çalışıyorum;
Approbation sürecim hâlâ devam ediyor, bu yüzden Anerkennung paneli
(Session 1) benim için en uygunu olur.

Eşim Serkan da benimle gelecek, o da makine mühendisi ve diplomasının
denkliği konusunu merak ediyor. Yani toplam 2 kişiyiz.

Şimdiden teşekkür ederim.

Saygılarımla,
Dr. Burcu Demirtaş
Assistenzärztin, Medizinische Klinik II
Klinikum Am Herrngarten gGmbH
Tel. 06151 107-4420
""", charset="iso-8859-9", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Change (002's thread): Outlook reply to her confirmation, English quote
# labels.  The new text names the old session (3), "Blue Card" and the new one;
# the new choice is Session 1 only.

KRISHNAMURTHY_CHANGE = """Hi again,

Quick change, if that's still possible: could you please move me from Session 3 to Session 1 (recognition of qualifications)? My Blue Card renewal turned out to be much simpler than I feared – it was all sorted at the Ausländerbehörde last week – but my PhD from Bangalore is still not properly listed in anabin, so the recognition panel is now the more useful one for me.

Thanks a lot!
Ananya

Dr. Ananya Krishnamurthy | Postdoctoral Researcher | Institute of Materials Science | ELU Darmstadt"""


@mail("krishnamurthy-change-to-session-1", "2027-08-09 15:20:44",
      E("change", "ananya.krishnamurthy@mat.elu-darmstadt.example", "Ananya Krishnamurthy",
        "ELU Darmstadt", ["S1"], None, "en"), "en")
def _(m):
    conf_id = "<mailbot.20270706142218.c41f@welcome-darmstadt.example>"
    quote = (f"Welcome Center Darmstadt <{NT}>",
             "Tuesday, July 6, 2027 2:22 PM",
             "Krishnamurthy, Ananya <ananya.krishnamurthy@mat.elu-darmstadt.example>",
             CONFIRMATION_SUBJECT, confirmation("Ananya Krishnamurthy", "S3", 1))
    m.head(("From", "\"Krishnamurthy, Ananya\" <ananya.krishnamurthy@mat.elu-darmstadt.example>"),
           ("To", TO_NT),
           ("Subject", ew("RE: " + CONFIRMATION_SUBJECT)),
           ("Thread-Topic", ew(CONFIRMATION_SUBJECT)),
           ("Thread-Index", "AQHb7m1kR2yT8vXcQ0uZp3H5aLw9sAHyc2K1"),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB29574D8E0A7B6C21@FR2P281MB2957.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(KRISHNAMURTHY_CHANGE, quote, labels="en"),
                  outlook_html(KRISHNAMURTHY_CHANGE, quote, charset="utf-8", lang="EN-GB",
                               labels="en"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 019 ---------------------------------------------------------------------
# Question from the university's Dual Career Service (a unit): flyer and a
# table at the marketplace; they will register once the table is settled.
# Outlook plain text, ISO-8859-1 quoted-printable.

@mail("roth-lindqvist-dual-career-service-question", "2027-08-11 10:02:16",
      E("question", "sabine.roth-lindqvist@elu-darmstadt.example", "Sabine Roth-Lindqvist",
        "Ernst-Ludwig-Universität Darmstadt", [], None, "de"), "de")
def _(m):
    m.head(("From", "Sabine Roth-Lindqvist <sabine.roth-lindqvist@elu-darmstadt.example>"),
           ("To", NT),
           ("Subject", "Workshop Dual Career - Weitergabe der Einladung und Tisch am Markt"),
           ("Date", m.date),
           ("Message-ID", "<002b01dc0a8e$51f3c2a0$f5db47e0$@elu-darmstadt.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Liebes Team des Welcome Centers,

wir vom Dual Career Service würden den Workshop 4 gern in unserem Rundbrief
an die Partnerinnen und Partner unserer Neuberufenen bewerben. Dazu zwei
Fragen:

1. Dürfen wir Ihre Einladung (das PDF) direkt weitergeben, oder gibt es
   eine eigene Fassung für Externe?
2. Ist beim Markt der Möglichkeiten noch ein Tisch frei? Wir würden gern
   mit zwei Kolleginnen vor Ort beraten.

Anmelden würden wir uns, sobald klar ist, ob das mit dem Tisch klappt.

Herzliche Grüße aus dem Karo 5
Sabine Roth-Lindqvist

--
Sabine Roth-Lindqvist
Dual Career Service | Personalabteilung
Ernst-Ludwig-Universität Darmstadt
Tel. 06151 16-57203
""", charset="iso-8859-1", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Apple Mail plain text, US-ASCII, format=flowed.  "the second panel (learning
# German / settling in)": the panels are Sessions 1 and 5, so the second
# panel is Session 5, not Session 2.  Display name "Nkosi, Thandiwe".  The
# signature spells the employer with ae/ae for ä (typed on a US keyboard); the
# label keeps it as written.

@mail("nkosi-second-panel-apple", "2027-08-16 18:33:50",
      E("registration", "thandiwe.nkosi@ep-optik.example", "Thandiwe Nkosi",
        "Eberstaedter Praezisionsoptik AG", ["S5"], 1, "en"), "en")
def _(m):
    m.head(("From", "\"Nkosi, Thandiwe\" <thandiwe.nkosi@ep-optik.example>"),
           ("To", NT),
           ("Subject", "Networking day 25 Sept - sign up"),
           ("Date", m.date),
           ("Message-ID", "<9C2E41A7-5B0D-4F3E-A8C1-6D7E2B9F0A35@ep-optik.example>"),
           ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"),
           ("MIME-Version", "1.0"))
    m.single("""Hi there,

I'd like to sign up for the networking day on 25 Sept. I moved here from
Joburg in May and still feel a bit lost outside of work, so the second
panel (learning German / settling in) sounds perfect for me.

Just me, no plus one :)

Thanks!
Thandiwe

Thandiwe Nkosi, PhD
Research Scientist | Thin Film Coatings
Eberstaedter Praezisionsoptik AG
""", charset="us-ascii", cte="7bit", params={"format": "flowed"})


# -- 021 ---------------------------------------------------------------------
# French, Gmail multipart/alternative, UTF-8 quoted-printable.  The partner
# announced in 008 registers herself for Session 4 and asks about the
# language.  She names no organisation (an architect without a job here).

ROUSSEL_TEXT = """Bonjour,

Mon compagnon, Mathieu Lefèvre-Dumont, s'est inscrit il y a quelques semaines. De mon côté, je voudrais participer à l'atelier Dual Career (session 4). Je suis architecte, arrivée à Darmstadt en mars, et je cherche un poste ou au moins un stage dans une agence.

Est-ce que l'atelier se déroule en anglais ? Mon allemand est encore très scolaire…

Merci beaucoup et bonne journée,
Camille Roussel"""


@mail("roussel-french-partner-session-4", "2027-08-17 09:41:00",
      E("registration", "camille.roussel@laposte-mail.example", "Camille Roussel",
        None, ["S4"], 1, "fr"), "fr")
def _(m):
    m.head(("From", "Camille Roussel <camille.roussel@laposte-mail.example>"),
           ("To", NT),
           ("Subject", ew("Inscription atelier Dual Career – 25 septembre")),
           ("Date", m.date),
           ("Message-ID", "<CAE9pX4tV7nR2mK8wL1zB5cQ3sH0jD6fG9uY2oT4iA7eN1rW5kM@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ROUSSEL_TEXT, gmail_html(ROUSSEL_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 022 ---------------------------------------------------------------------
# Chinese with English session titles, iPhone plain text, UTF-8 base64.  The
# display name is in Chinese characters, the signature in pinyin ("Li Na").
# First choice Session 4, second Session 5; "就我一个人参加" = only me.  Her
# husband's employer is named; she names no organisation of her own.

@mail("li-na-chinese-iphone", "2027-08-19 07:55:12",
      E("registration", "lina.darmstadt@qq-mail.example", "Li Na",
        None, ["S4", "S5"], 1, "zh"), "zh")
def _(m):
    m.head(("From", addr("李娜", "lina.darmstadt@qq-mail.example", "utf-8", "b")),
           ("To", NT),
           ("Subject", ew("报名 Netzwerktag 25.09. / Registration", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<6A0D3F2B-91C7-4E58-B2A4-C8E15F7D903B@qq-mail.example>"),
           ("X-Mailer", "iPhone Mail (22F76)"),
           ("MIME-Version", "1.0"))
    m.single("""您好！

我叫李娜，今年三月跟随丈夫来到达姆施塔特，他在Kranich Pharma做研究员。我在国内做了八年会计，现在想在德国找工作。

我想报名参加9月25日的Netzwerktag。第一志愿是 Session 4 (Dual Career – job search for accompanying partners)，如果满了的话，第二志愿是 Session 5 (Learning German and settling in)。

就我一个人参加。我的英语还可以，德语正在学B1。

谢谢！
Li Na

从我的iPhone发送
""", charset="utf-8", cte="base64")


# -- 023 ---------------------------------------------------------------------
# Roundcube webmail, UTF-8 quoted-printable.  The chair of the university's
# postdoc association registers three of its steering committee for the
# careers workshop; his signature also names his research group, institute
# and university.  He comes for the association (see README).

@mail("fernandez-rios-postdoc-association", "2027-08-23 11:18:40",
      E("registration", "tomas.fernandez@iap.elu-darmstadt.example", "Tomás Fernández Ríos",
        "ELU Postdoc Association", ["S2"], 3, "en"), "en")
def _(m):
    m.head(("From", addr("Tomás Fernández Ríos", "tomas.fernandez@iap.elu-darmstadt.example",
                         "utf-8", "q")),
           ("To", "Johanna Kretschmer-Nwosu <" + NT + ">"),
           ("Subject", "ELU Postdoc Association at the Networking Day"),
           ("Date", m.date),
           ("Message-ID", "<8e2f0b6c41d7a9e35c1b@webmail.elu-darmstadt.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Dear Ms Kretschmer-Nwosu,

The ELU Postdoc Association would like to take part in the Networking Day.
Three of us from the steering committee will attend: myself, Dr. Aylin
Kaplan and Dr. Marek Nowicki.

We'd like to join the careers workshop (Session 2). Many of our members are
on their second or third fixed-term contract, and "academia or industry?"
is the question we hear most often - so we would love to listen in and
report back at our general assembly in October.

Looking forward to it,
Tomás

--
Dr. Tomás Fernández Ríos
Chair, ELU Postdoc Association
Research Group Quantum Optics and Photonics
Institute of Applied Physics | Ernst-Ludwig-Universität Darmstadt
Schlossgartenstraße 7, 64289 Darmstadt
""", charset="utf-8", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Change (003's thread) from the HR shared mailbox: one colleague drops out,
# 4 -> 3 persons, "Ansonsten bleibt alles wie angemeldet" (no new session).
# Outlook multipart/alternative, windows-1252, German quote labels.

PFEIFFER_CHANGE = """Sehr geehrte Damen und Herren,

leider muss Herr Dr. Eze am 25.09. kurzfristig zu einem Audit an unseren Standort in Singapur reisen. Bitte reduzieren Sie unsere Anmeldung daher auf drei Personen. Ansonsten bleibt alles wie angemeldet.

Mit freundlichen Grüßen
i. A. Hannelore Pfeiffer

Hannelore Pfeiffer
Senior Specialist Global Mobility · International HR Services
Kranich Pharma KGaA"""


@mail("pfeiffer-change-four-to-three", "2027-08-25 14:02:33",
      E("change", "hr-international@kranich-pharma.example", "Hannelore Pfeiffer",
        "Kranich Pharma KGaA", [], 3, "de"), "de")
def _(m):
    conf_id = "<mailbot.20270707091305.3a9c@welcome-darmstadt.example>"
    quote = (f"Welcome Center Darmstadt <{NT}>",
             "Mittwoch, 7. Juli 2027 09:13",
             "International HR Services <hr-international@kranich-pharma.example>",
             CONFIRMATION_SUBJECT, confirmation("Hannelore Pfeiffer", "S3", 4))
    m.head(("From", "International HR Services <hr-international@kranich-pharma.example>"),
           ("To", TO_NT),
           ("Subject", ew("AW: " + CONFIRMATION_SUBJECT, "windows-1252")),
           ("Thread-Topic", ew(CONFIRMATION_SUBJECT, "windows-1252")),
           ("Thread-Index", "AdvvK2bq1n0Wm5QhS8e3yTzR4uV1CgAKr7Yx"),
           ("Date", m.date),
           ("Message-ID", "<AS8PR09MB66215C3A9E0D1B27F4@AS8PR09MB6621.eurprd09.prod.outlook.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(PFEIFFER_CHANGE, quote, small_tail=PFEIFFER_FOOTER),
                  outlook_html(PFEIFFER_CHANGE, quote, small_tail=PFEIFFER_FOOTER),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 025 ---------------------------------------------------------------------
# A care home's integration manager registers six nurses from the Philippines
# and accompanies them: 7 persons.  "Panel 1 zur Anerkennung", otherwise
# "Panel 5 – Deutsch lernen".  Also asks a question (registration all the
# same).  New Outlook, multipart/alternative, UTF-8 base64.

HOFMANN_TEXT = """Guten Tag Frau Kretschmer-Nwosu,

wie am Telefon besprochen melde ich sechs unserer neuen Pflegefachkräfte von den Philippinen zum Netzwerktag an. Ich begleite die Gruppe, also bitte insgesamt 7 Personen.

Wunsch: Panel 1 zur Anerkennung – die Kolleginnen und Kollegen stecken mitten im Anerkennungsverfahren bzw. in der Vorbereitung auf die Kenntnisprüfung. Falls dort nicht genug Plätze frei sind, gern Panel 5 (Deutsch lernen).

Die Namen:
Maricel Bautista, Joanna Reyes, Kristine Villanueva, Ramon Santos, Analyn Garcia, Jerome Mendoza

Eine Frage noch: Zwei der Kolleginnen haben an dem Samstag Frühdienst bis 13 Uhr. Ist es in Ordnung, wenn sie erst direkt zu den Sessions um 13:30 Uhr dazukommen?

Mit freundlichen Grüßen
Daniela Hofmann-Ruiz

Daniela Hofmann-Ruiz
Integrationsmanagement Pflege
Evangelisches Pflegezentrum Bessunger Höhe gGmbH
Ludwigshöhstraße 42 · 64285 Darmstadt
Telefon 06151 66 08-215 · Mobil 0160 9128 4471"""


@mail("hofmann-ruiz-care-home-seven-nurses", "2027-08-30 09:27:15",
      E("registration", "d.hofmann-ruiz@pflegezentrum-bessungen.example", "Daniela Hofmann-Ruiz",
        "Evangelisches Pflegezentrum Bessunger Höhe gGmbH", ["S1", "S5"], 7, "de"), "de")
def _(m):
    m.head(("From", "Daniela Hofmann-Ruiz <d.hofmann-ruiz@pflegezentrum-bessungen.example>"),
           ("To", "\"Welcome Center Darmstadt\" <" + NT + ">"),
           ("Subject", ew("Anmeldung Pflegefachkräfte Bessunger Höhe (7 Personen)")),
           ("Date", m.date),
           ("Message-ID", "<VI1PR03MB4923E7A0B2C5D81F@VI1PR03MB4923.eurprd03.prod.outlook.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(HOFMANN_TEXT, outlook_html(HOFMANN_TEXT, charset="utf-8"),
                  charset="utf-8", cte="base64", style="outlook")


# -- 026 ---------------------------------------------------------------------
# European Portuguese, Gmail plain text replying to the invitation (forwarded
# to him by HR, quoted with "escreveu:"), UTF-8 quoted-printable.  "o workshop
# 3 (reagrupamento familiar)", "Vou sozinho".  He names his employer without
# its legal form and has no signature.

@mail("carvalho-portuguese-quotes-invitation", "2027-09-01 17:45:22",
      E("registration", "joao.p.carvalho@gmail.example", "João Pedro Carvalho",
        "Odenwald Automotive Systems", ["S3"], 1, "pt"), "pt")
def _(m):
    m.head(("From", addr("João Pedro Carvalho", "joao.p.carvalho@gmail.example", "iso-8859-1")),
           ("To", NT),
           ("Subject", ew("Re: " + INVITATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<CAJ2mW8pT4vN7rX1kQ9zL3cB6sH0dG5fY8uE2oA4iK7tR1wM9nP@mail.gmail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    m.single(f"""Boa tarde,

Gostaria de me inscrever no Netzwerktag do dia 25 de setembro. Sou
engenheiro de software na Odenwald Automotive Systems desde janeiro e já
tenho o Cartão Azul, mas a minha mulher e o meu filho vêm ter comigo no
início do próximo ano - por isso o workshop 3 (reagrupamento familiar) é
exatamente o que preciso.

Vou sozinho.

Cumprimentos,
João Pedro Carvalho

Em ter., 6/07/2027 às 10:00, Welcome Center Darmstadt <{NT}> escreveu:

{gt_quote(INVITATION)}
""", charset="utf-8", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Change (005's thread), Portuguese, Gmail multipart/alternative replying to
# the confirmation.  Husband found a job: workshop 4 -> workshop 2, still
# two persons (the number is restated, not changed: party_size null).

NOGUEIRA_CHANGE = """Oi de novo!

Novidade boa: o Rafael conseguiu um emprego numa construtora em Frankfurt, começa em outubro! 🎉 Então o workshop de Dual Career já não faz tanto sentido para nós.

Seria possível trocar a nossa inscrição para o workshop 2, o de carreira em ciência e indústria? Continuamos 2 pessoas. Eu estou terminando o doutorado e preciso pensar no próximo passo.

Obrigada!
Larissa"""

NOGUEIRA_CONF_ID = "<mailbot.20270708214012.5b8e@welcome-darmstadt.example>"
NOGUEIRA_QUOTE_HEAD = f"Em qui., 8 de jul. de 2027 às 21:40, Welcome Center Darmstadt <{NT}> escreveu:"


@mail("nogueira-change-to-workshop-2", "2027-09-02 08:12:57",
      E("change", "larissa.nogueira@gmail.example", "Larissa Nogueira de Souza",
        None, ["S2"], None, "pt"), "pt")
def _(m):
    conf = confirmation("Larissa Nogueira de Souza", "S4", 2)
    m.head(("From", "Larissa Nogueira <larissa.nogueira@gmail.example>"),
           ("To", TO_NT),
           ("Subject", ew("Re: " + CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<CAF3kq9yT7nB2vR8mX0pLz5wQ4cH1sD9uJ6eY2oK3iG8aE5rT1h@mail.gmail.example>"),
           ("In-Reply-To", NOGUEIRA_CONF_ID),
           ("References", NOGUEIRA_CONF_ID),
           ("MIME-Version", "1.0"))
    plain = f"{NOGUEIRA_CHANGE}\n\n{NOGUEIRA_QUOTE_HEAD}\n\n{gt_quote(conf)}\n"
    m.alternative(plain, gmail_html(NOGUEIRA_CHANGE, NOGUEIRA_QUOTE_HEAD, conf),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 028 ---------------------------------------------------------------------
# Spanish question from a nurse: does the recognition panel cover nursing,
# which documents to bring; "Si el panel trata ... me apuntaría" (conditional,
# registers no one yet).  Webmail plain text, UTF-8 8bit.

@mail("martin-gallego-spanish-question", "2027-09-03 12:48:30",
      E("question", "lucia.martin.gallego@correo-mail.example", "Lucía Martín Gallego",
        None, [], None, "es"), "es")
def _(m):
    m.head(("From", addr("Lucía Martín Gallego", "lucia.martin.gallego@correo-mail.example",
                         "iso-8859-1", "q")),
           ("To", NT),
           ("Subject", ew("Pregunta sobre el panel de reconocimiento (sesión 1)", "iso-8859-1")),
           ("Date", m.date),
           ("Message-ID", "<1788424110.48213.1730@webmail.correo-mail.example>"),
           ("X-Mailer", "Webmail 8.4"),
           ("MIME-Version", "1.0"))
    m.single("""Buenos días:

Soy enfermera, llegué de Valencia hace tres meses y de momento trabajo como Pflegehelferin mientras espero el reconocimiento de mi título. Antes de inscribirme tengo dos preguntas:

- En el panel de reconocimiento (sesión 1), ¿se hablará también de profesiones sanitarias o está pensado más bien para ingenieros y científicos?
- ¿Hace falta llevar algún documento, por ejemplo el Bescheid del Regierungspräsidium?

Si el panel trata el tema de enfermería, me apuntaría con mucho gusto.

Gracias de antemano y un saludo,
Lucía Martín Gallego
""", charset="utf-8", cte="8bit")


# -- 029 ---------------------------------------------------------------------
# Thunderbird plain text, UTF-8 quoted-printable, with a long bilingual legal
# footer naming the employer, its managing directors and "Member of the
# Helmholtz Association".  He and his wife: 2, Session 5 then Session 2.

@mail("tehrani-research-centre-legal-footer", "2027-09-06 16:04:12",
      E("registration", "b.tehrani@rmzs.example", "Babak Tehrani",
        "Rhein-Main-Zentrum für Schwerionenforschung GmbH", ["S5", "S2"], 2, "en"), "en")
def _(m):
    m.head(("From", "Babak Tehrani <b.tehrani@rmzs.example>"),
           ("To", NT),
           ("Subject", "Registration Networking Day - Tehrani (2 persons)"),
           ("Date", m.date),
           ("Message-ID", "<3f7a2c91-5e08-4b6d-9a1f-c2e8d0b47a63@rmzs.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0"),
           ("Content-Language", "en-US"),
           ("MIME-Version", "1.0"))
    m.single("""Dear organisers,

I would like to register myself and my wife, Dr. Mahsa Karimi, for the
Networking Day on 25 September.

We are both mainly interested in the panel on learning German and settling
in (Session 5). If that one is full, Session 2 would be our second choice.

Best regards,
Babak Tehrani

-- 
Dr. Babak Tehrani
Beam Physics Department
Rhein-Main-Zentrum für Schwerionenforschung GmbH
Wixhäuser Weg 1, 64291 Darmstadt
Phone +49 6151 71-2864

Rhein-Main-Zentrum für Schwerionenforschung GmbH | Member of the Helmholtz Association
Sitz der Gesellschaft / Registered Office: Darmstadt | Handelsregister / Commercial Register: Amtsgericht Darmstadt, HRB 1528
Geschäftsführung / Managing Directors: Prof. Dr. Ingrid Falkenhahn, Dr. Peter Lindauer
Vorsitzender des Aufsichtsrates / Chairman of the Supervisory Board: MinDir Dr. Volker Reuß
Stellvertreterin / Deputy Chair: MinDirig'in Dr. Hanna Ostermann
""", charset="utf-8", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# Outlook for Android, multipart/alternative UTF-8 base64, very short.  The
# signature is only a first name, so the display name gives the full name.
# "Session 2 for both of us": 2 persons.

ADEBAYO_TEXT = """Hi,
Pls register me and my wife for the networking day 25/9. Session 2 for both of us.
Thx
Seun

Get Outlook for Android"""


@mail("adebayo-outlook-android-short", "2027-09-07 22:51:09",
      E("registration", "seun.adebayo@outlook-mail.example", "Oluwaseun Adebayo",
        None, ["S2"], 2, "en"), "en")
def _(m):
    m.head(("From", "Oluwaseun Adebayo <seun.adebayo@outlook-mail.example>"),
           ("To", NT),
           ("Subject", "Networking day"),
           ("Date", m.date),
           ("Message-ID", "<DB9P189MB1876F3A0C2E5D47B@DB9P189MB1876.EURP189.PROD.OUTLOOK.example>"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(ADEBAYO_TEXT, android_html(ADEBAYO_TEXT.rsplit("\n\n", 1)[0]),
                  charset="utf-8", cte="base64", style="outlook")


# -- 031 ---------------------------------------------------------------------
# Advertising (other), HTML only: a relocation agency that will "be at the
# Netzwerktag" and offers a discount; sent to many addresses.

RELOCATION_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Rhein-Main Relocation Partners</title></head>
<body style="font-family:Helvetica,Arial,sans-serif;background:#fafafa;margin:0">
<div style="max-width:600px;margin:0 auto;background:#fff;padding:24px">
<h1 style="color:#0b6e4f;font-size:22px">New in Darmstadt? We make it easy.</h1>
<p>Dear HR teams, dear international newcomers,</p>
<p>Apartment search, Anmeldung appointment, bank account, Kita place, Blue Card paperwork – our relocation consultants take care of it in English, Spanish, Hindi and Mandarin.</p>
<p><b>Meet us at the Netzwerktag Internationale Fachkräfte on 25 September</b> at our stand in the marketplace, and get <b>15&nbsp;% off</b> our “Arrival Complete” package with the code <b>NETZWERK27</b>.</p>
<p style="text-align:center"><a href="https://www.rm-relocation.example/arrival-complete?utm_source=mailing&amp;utm_campaign=netzwerk27" style="background:#0b6e4f;color:#fff;padding:12px 22px;text-decoration:none;border-radius:4px">Book a free call</a></p>
<p>Corporate clients: ask about our framework agreements for universities and research institutes.</p>
<hr style="border:none;border-top:1px solid #ddd">
<p style="font-size:11px;color:#888">Rhein-Main Relocation Partners GmbH · Rheinstraße 9 · 64283 Darmstadt · HRB 104411<br>
You receive this e-mail because your address is publicly listed. <a href="https://www.rm-relocation.example/unsubscribe?e=netzwerktag%40welcome-darmstadt.example">Unsubscribe</a></p>
</div></body></html>
"""


@mail("relocation-agency-advertising", "2027-09-08 07:30:00",
      E("other"), "en")
def _(m):
    m.head(("From", "Rhein-Main Relocation Partners <hello@rm-relocation.example>"),
           ("To", NT),
           ("Subject", "Meet us at the Netzwerktag – 15% off your relocation package"),
           ("Date", m.date),
           ("Message-ID", "<20270908053000.8c41e2@mailout.rm-relocation.example>"),
           ("List-Unsubscribe", "<https://www.rm-relocation.example/unsubscribe?e=netzwerktag%40welcome-darmstadt.example>"),
           ("Precedence", "bulk"),
           ("X-Campaign", "netzwerk27"),
           ("MIME-Version", "1.0"),
           envelope="bounce-8c41e2@mailout.rm-relocation.example")
    m.single(RELOCATION_HTML, subtype="html", charset="utf-8", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Change (012's thread) from the work address: one more member (3 -> 4) and
# "move all of us to Session 3" (the Blue Card topic).  Outlook reply with
# English quote labels and the employer disclaimer between text and quote.

IYER_CHANGE = """Hi again,

Small update from IPN: one more of our members, Meera Pillai, would like to join, so we would be 4 people now. And since the Blue Card topic won the vote at our last meetup, could you please move all of us to Session 3?

Dhanyavaad!
Vikram

Vikram Iyer
General Secretary, Indian Professionals Network Rhein-Main e.V.

--
Vikram Iyer | Senior Data Engineer | Digital Analytics
Kranich Pharma KGaA | Pallaswiesenstraße 180 | 64293 Darmstadt"""


@mail("iyer-change-plus-one-session-3", "2027-09-09 12:37:48",
      E("change", "vikram.iyer@kranich-pharma.example", "Vikram Iyer",
        "Indian Professionals Network Rhein-Main e.V.", ["S3"], 4, "en"), "en")
def _(m):
    conf_id = "<mailbot.20270726131535.0d72@welcome-darmstadt.example>"
    quote = (f"Welcome Center Darmstadt <{NT}>",
             "Monday, July 26, 2027 1:15 PM",
             "Iyer, Vikram <vikram.iyer@kranich-pharma.example>",
             CONFIRMATION_SUBJECT, confirmation("Vikram Iyer", "S2", 3))
    m.head(("From", "\"Iyer, Vikram\" <vikram.iyer@kranich-pharma.example>"),
           ("To", TO_NT),
           ("Subject", ew("RE: " + CONFIRMATION_SUBJECT)),
           ("Thread-Topic", ew(CONFIRMATION_SUBJECT)),
           ("Thread-Index", "AdvuY4kP2qR8sT1uVwXyZ0aB3cD5eQAPx9Kz"),
           ("Date", m.date),
           ("Message-ID", "<AS8PR09MB77102F9B4E1A0C63@AS8PR09MB7710.eurprd09.prod.outlook.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("Accept-Language", "en-US, de-DE"),
           ("Content-Language", "en-US"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(IYER_CHANGE, quote, labels="en", small_tail=PFEIFFER_FOOTER),
                  outlook_html(IYER_CHANGE, quote, charset="utf-8", lang="EN-US", labels="en",
                               small_tail=PFEIFFER_FOOTER),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 033 ---------------------------------------------------------------------
# German, Outlook multipart/alternative in UTF-8 (the name's dotless ı is not
# in windows-1252).  The careers workshop by its German title in typographic
# quotes.  Signature: faculty, then the university of applied sciences.

YILDIZ_TEXT = """Sehr geehrte Damen und Herren,

hiermit melde ich mich für den Netzwerktag am 25.09.2027 an. Ich bin seit dem Sommersemester Lehrkraft für besondere Aufgaben an der Hochschule Darmstadt-Dieburg und würde gern am Workshop „Karrierewege in Wissenschaft und Wirtschaft“ teilnehmen – vor allem wegen der Frage, wie man in Deutschland von einer LfbA-Stelle mit Industrieerfahrung zu einer HAW-Professur kommt.

Ich komme allein.

Mit freundlichen Grüßen
Kerem Yıldız

--
Dr.-Ing. Kerem Yıldız
Lehrkraft für besondere Aufgaben
Fachbereich Elektrotechnik und Informationstechnik
Hochschule Darmstadt-Dieburg
Birkenweg 7, 64295 Darmstadt
Tel. +49 6151 533-6120"""


@mail("yildiz-german-outlook-utf8", "2027-09-10 07:58:31",
      E("registration", "kerem.yildiz@hdd-darmstadt.example", "Kerem Yıldız",
        "Hochschule Darmstadt-Dieburg", ["S2"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Yıldız, Kerem", "kerem.yildiz@hdd-darmstadt.example", "utf-8", "b")),
           ("To", NT),
           ("Subject", "Anmeldung Netzwerktag 25.09.2027"),
           ("Thread-Topic", "Anmeldung Netzwerktag 25.09.2027"),
           ("Thread-Index", "Adv1Q9hR3kL7mN0pO2qS4tU6vW8xYz=="),
           ("Date", m.date),
           ("Message-ID", "<BE1P281MB2330A4C7E9F1D05B@BE1P281MB2330.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(YILDIZ_TEXT), outlook_html(YILDIZ_TEXT, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 034 ---------------------------------------------------------------------
# Question: a scholarship-funded PhD student asks whether the event is for him
# at all; "If yes, I'd like to join ..." is conditional.  Gmail plain, ASCII.
# The display name has the accent, the typed signature does not; the
# signature form is the label (not scored for questions).

@mail("hernandez-salazar-scholarship-question", "2027-09-13 23:14:06",
      E("question", "diego.hernandez.s@gmail.example", "Diego Hernandez Salazar",
        None, [], None, "en"), "en")
def _(m):
    m.head(("From", addr("Diego Hernández Salazar", "diego.hernandez.s@gmail.example")),
           ("To", NT),
           ("Subject", "Question: is the Networking Day also for PhD scholarship holders?"),
           ("Date", m.date),
           ("Message-ID", "<CAD5rK9wN2tQ7vB4mX8pL1zC6sJ3hF0gY5uT9oE2iA4kR7wM1nX@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

quick question before I sign up: is the Networking Day also meant for PhD
students on a scholarship? I'm funded by a DAAD scholarship, so I'm not
employed and not sure if I count as a "Fachkraft" at all.

If yes, I'd like to join the Blue Card workshop - I don't have one yet, my
question is rather how to switch to it after my defence next year.

Thanks and greetings,
Diego Hernandez Salazar
PhD student, Mexico City / Darmstadt
""", charset="us-ascii", cte="7bit")


# -- 035 ---------------------------------------------------------------------
# Change (011's thread), learner German from the Samsung phone, replying above
# a Samsung "Originalnachricht" block.  Recognition came through: both move
# to "Session 5 Deutsch lernen"; the number is not changed.

MATHEW_CHANGE = """Hallo,

gute Nachricht, meine Anerkennung ist gekommen!! Ich bin jetzt Pflegefachfrau in Deutschland 😊 Darum brauchen wir nicht mehr Panel Anerkennung. Können Sie bitte ich und Sini wechseln in Session 5 Deutsch lernen? Wir wollen noch besser Deutsch für Arbeit.

Danke schön
Jincy


Von meinem Samsung Galaxy Smartphone gesendet.
"""


@mail("mathew-change-samsung-session-5", "2027-09-14 21:06:44",
      E("change", "jincy.mathew@gmail.example", "Jincy Mathew",
        None, ["S5"], None, "de"), "de")
def _(m):
    conf_id = "<mailbot.20270722195248.91ab@welcome-darmstadt.example>"
    m.head(("From", "Jincy Mathew <jincy.mathew@gmail.example>"),
           ("To", NT),
           ("Subject", ew("AW: " + CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<d19f6e02-8b4a-4c37-a5e1-73b0c2f9e8d4@email.android.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("MIME-Version", "1.0"))
    m.single(MATHEW_CHANGE + f"""
-------- Originalnachricht --------
Von: Welcome Center Darmstadt <{NT}>
Datum: 22.07.27 19:52 (GMT+02:00)
An: Jincy Mathew <jincy.mathew@gmail.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Jincy Mathew", "S1", 2)}
""", charset="utf-8", cte="base64")


# -- 036 ---------------------------------------------------------------------
# Cancellation (006's thread), Thunderbird reply with '>' quote, UTF-8 8bit,
# a Chinese good-luck line.

@mail("zhou-cssa-cancellation", "2027-09-16 10:22:05",
      E("cancellation", "president@cssa-darmstadt.example", "Mingyu Zhou",
        "CSSA Darmstadt", [], None, "en"), "en")
def _(m):
    conf_id = "<mailbot.20270712110551.e06c@welcome-darmstadt.example>"
    m.head(("From", "Mingyu Zhou <president@cssa-darmstadt.example>"),
           ("To", TO_NT),
           ("Subject", ew("Re: " + CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<0c8d3e71-2a5f-4b90-8e14-d6f7a1b3c925@cssa-darmstadt.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.2.1"),
           ("Content-Language", "en-US"),
           ("MIME-Version", "1.0"))
    m.single(f"""Dear Welcome Center team,

I'm sorry, but we have to cancel our registration (3 persons, CSSA
Darmstadt). Our Mid-Autumn Festival celebration had to be moved to Saturday
25 September because of the venue, and all three of us are in the
organising team.

We hope to join next year! 祝活动顺利！

Best regards,
Mingyu ZHOU
CSSA Darmstadt

On 12.07.27 11:05, Welcome Center Darmstadt wrote:
{gt_quote(confirmation("Mingyu Zhou", "S2", 3))}
""", charset="utf-8", cte="8bit")


# -- 037 ---------------------------------------------------------------------
# Conference-travel auto-reply (Spanish/English) to the 7-day reminder,
# Exchange style: "Respuesta automática:" subject, X-Auto-Response-Suppress,
# no Auto-Submitted header.

@mail("ortiz-aguirre-conference-autoreply", "2027-09-18 10:00:37",
      E("auto_reply"), "es")
def _(m):
    m.head(("From", "Valentina Ortiz Aguirre <valentina.ortiz@lio-darmstadt.example>"),
           ("To", TO_NT),
           ("Subject", ew("Respuesta automática: " + REMINDER_SUBJECT["7d"])),
           ("Thread-Topic", ew(REMINDER_SUBJECT["7d"])),
           ("Date", m.date),
           ("Message-ID", "<b5e0d2c7a9f14e38@EX2019-02.lio-darmstadt.example>"),
           ("In-Reply-To", REMINDER_7D_ID),
           ("References", REMINDER_7D_ID),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "valentina.ortiz@lio-darmstadt.example"),
           ("Content-Language", "es-ES"),
           ("MIME-Version", "1.0"))
    m.single("""Estoy en el congreso de la Sociedad Mexicana de Catálisis en Mérida hasta el 22 de septiembre, con acceso limitado al correo. Contestaré a mi regreso. Para asuntos urgentes del laboratorio, por favor escriban al Dr. Jonas Weidlich (jonas.weidlich@lio-darmstadt.example).

I am attending a conference in Mérida, Mexico, until 22 September with limited access to e-mail and will reply after my return. For urgent lab matters please contact Dr. Jonas Weidlich (jonas.weidlich@lio-darmstadt.example).

Valentina Ortiz Aguirre
Leibniz-Institut für Oberflächenchemie e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Cancellation (016's thread), Italian, iPhone Apple Mail multipart/alternative
# replying to the confirmation (Italian quote head).

FERRARESI_CANCEL = """Buongiorno,

purtroppo dobbiamo annullare la nostra iscrizione (io e mio marito): mio padre è stato ricoverato a Bologna e partiamo domani mattina, non sappiamo ancora per quanto.

Mi dispiace molto, ci tenevo davvero. Magari alla prossima edizione!

Cordiali saluti,
Giulia Ferraresi

Inviato da iPhone"""

FERRARESI_QUOTE_HEAD = f"Il giorno 2 ago 2027, alle ore 20:11, Welcome Center Darmstadt <{NT}> ha scritto:"


@mail("ferraresi-italian-cancellation", "2027-09-20 18:26:40",
      E("cancellation", "giulia.ferraresi@icloud.example", "Giulia Ferraresi",
        None, [], None, "it"), "it")
def _(m):
    conf_id = "<mailbot.20270802201145.27d9@welcome-darmstadt.example>"
    conf = confirmation("Giulia Ferraresi", "S2", 2)
    m.head(("From", "Giulia Ferraresi <giulia.ferraresi@icloud.example>"),
           ("To", TO_NT),
           ("Subject", ew("Re: " + CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<E7A2C915-03BD-4F6E-9D28-5B1F0C8A4E67@icloud.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0"))
    plain = f"{FERRARESI_CANCEL}\n\n> {FERRARESI_QUOTE_HEAD}\n> \n{gt_quote(conf)}\n"
    m.alternative(plain, apple_html(FERRARESI_CANCEL, FERRARESI_QUOTE_HEAD, conf),
                  charset="utf-8", cte="quoted-printable", style="apple")


# -- 039 ---------------------------------------------------------------------
# Cancellation (017's thread), Turkish, a new mail (no quote), ISO-8859-9 8bit.
# "Kaydımızı iptal edebilir misiniz?" - a request phrased as a question.

@mail("demirtas-turkish-cancellation", "2027-09-22 13:10:55",
      E("cancellation", "burcu.demirtas@klinikum-herrngarten.example", "Burcu Demirtaş",
        None, [], None, "tr"), "tr")
def _(m):
    m.head(("From", addr("Burcu Demirtaş", "burcu.demirtas@klinikum-herrngarten.example",
                         "iso-8859-9", "b")),
           ("To", NT),
           ("Subject", ew("Netzwerktag – kayıt iptali", "windows-1254", "q")),
           ("Date", m.date),
           ("Message-ID", "<000601dc2bb4$1e9f0a80$5bdd1f80$@klinikum-herrngarten.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

maalesef 25 Eylül'de nöbete yazıldım ve değiştirme imkânım olmadı. Bu yüzden
eşimle birlikte katılamayacağız. Kaydımızı iptal edebilir misiniz?

Yerimizi başka birine verebilirsiniz. Anlayışınız için teşekkürler.

Saygılarımla,
Burcu Demirtaş
""", charset="iso-8859-9", cte="8bit")


# -- 040 ---------------------------------------------------------------------
# Cancellation (029's thread) from an iPhone the evening before, replying to
# the 1-day reminder, which is quoted below with '>'.

@mail("tehrani-cancel-reply-to-reminder", "2027-09-24 19:41:17",
      E("cancellation", "b.tehrani@rmzs.example", "Babak Tehrani",
        None, [], None, "en"), "en")
def _(m):
    m.head(("From", "Babak Tehrani <b.tehrani@rmzs.example>"),
           ("To", TO_NT),
           ("Subject", ew("Re: " + REMINDER_SUBJECT["1d"])),
           ("Date", m.date),
           ("Message-ID", "<2B8F0E61-7C4A-4D93-A1E5-9F3C6D0B7E24@rmzs.example>"),
           ("In-Reply-To", REMINDER_1D_ID),
           ("References", REMINDER_1D_ID),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Dear Welcome Center,

Sorry for the late notice - my wife has come down with the flu, so
unfortunately neither of us will make it tomorrow. Please cancel our
registration and give the places to someone on the waiting list.

Best,
Babak

Sent from my iPhone

> On 24. Sep 2027, at 10:00, Welcome Center Darmstadt <{NT}> wrote:
> 
{gt_quote(reminder_1d("Babak Tehrani", "S5", 2))}
""", charset="utf-8", cte="quoted-printable")


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def build_all():
    built = []
    for n, (slug, when, tz, expected, text_lang, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when, tz)
        fn(m)
        built.append((f"{n:03d}-{slug}.eml", m, expected, text_lang))
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
WINDOW = (datetime.datetime(2027, 7, 1, tzinfo=datetime.timezone.utc),
          datetime.datetime(2027, 10, 1, tzinfo=datetime.timezone.utc))


def visible_text(msg):
    """Decoded headers and text of a message (nested messages included), with
    HTML tags removed and entities resolved, for the label checks."""
    chunks = []
    for p in all_parts(msg):
        chunks += [str(v) for _, v in p.items()]
        if p.get_content_maintype() == "text":
            body = p.get_content()
            if p.get_content_subtype() == "html":
                body = html.unescape(re.sub(r"<[^>]+>", " ", body))
            chunks.append(body)
    return "\n".join(chunks)


def check_label(name, exp, msg):
    problems = []
    if set(exp) != set(FIELDS):
        return ["expected record has wrong keys"]
    kind = exp["kind"]
    if kind not in KINDS:
        problems.append(f"unknown kind {kind}")
    wg = exp["workgroups"]
    if any(w not in SESSIONS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if kind not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    party = exp["party_size"]
    if kind == "registration" and not (isinstance(party, int) and party >= 1):
        problems.append("registration needs party_size >= 1")
    if kind == "change" and not (party is None or (isinstance(party, int) and party >= 1)):
        problems.append("change party_size must be null or >= 1")
    if kind not in ("registration", "change") and party is not None:
        problems.append("party_size must be null for this kind")
    if kind == "bounce":
        if not exp["bounced_recipient"] or exp["bounced_recipient"] != exp["bounced_recipient"].lower():
            problems.append("bounce needs a lower-case bounced_recipient")
    elif exp["bounced_recipient"] is not None:
        problems.append("bounced_recipient only for bounces")
    machine = kind in ("auto_reply", "bounce", "other")
    for f in ("email", "name", "organisation", "language"):
        if machine and exp[f] is not None:
            problems.append(f"{f} must be null for {kind}")
    if not machine:
        text = visible_text(msg)
        low = text.lower()
        if not exp["email"] or exp["email"] != exp["email"].lower() or exp["email"] not in low:
            problems.append(f"email {exp['email']!r} not lower-case or not in the mail")
        if not exp["name"] or exp["name"].casefold() not in text.casefold():
            problems.append(f"name {exp['name']!r} not in the mail")
        if exp["organisation"] is not None and exp["organisation"] not in text:
            problems.append(f"organisation {exp['organisation']!r} not in the mail")
        if not exp["language"] or not re.fullmatch(r"[a-z]{2}", exp["language"]):
            problems.append("language must be an ISO 639-1 code")
    return problems


def check(name, data, m, expected):
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
    if not (WINDOW[0] <= when < WINDOW[1]):
        problems.append(f"date {when} outside July-September 2027")
    got = []
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            cs = p.get_content_charset() or "us-ascii"
            raw = p.get_payload(decode=True)
            try:
                raw.decode(cs, errors="strict")
            except (UnicodeDecodeError, LookupError) as exc:
                problems.append(f"text part does not decode in {cs}: {exc}")
        got.append(p.get_content())
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
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"(?:https?|ftp)://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in ALLOWED_URL_HOSTS:
            problems.append(f"non-example URL host {dom}")
    for dom in re.findall(r"\bwww\.[\w-]+(?:\.[\w-]+)+", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in ALLOWED_URL_HOSTS:
            problems.append(f"non-example host {dom}")
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    problems += check_label(name, expected, msg)
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built})
    print("kind          " + " ".join(f"{lang:>3}" for lang in langs) + "  all")
    for k in KINDS:
        row = [table[(k, lang)] for lang in langs]
        print(f"{k:13} " + " ".join(f"{c or '-':>3}" for c in row) + f"  {kinds[k]:>3}")
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
    last = None
    for name, m, _, _ in built:
        if last is not None and m.when <= last:
            print(f"{name}: Date does not rise with the numbering")
            bad += 1
        last = m.when
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
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
