#!/usr/bin/env python3
"""Build the "final12b" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Fachtag Sprachmittlung und Ehrenamt 2027 (Münster, Sat 6 Nov 2027),
workshops WS-A .. WS-D, each with its own time slot, room and facilitator.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files, and
then reads every file back with email.policy.default to check it.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json, then check
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind, language, MIME shape

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).  Paths are
relative to this script's folder.  Python 3.11, standard library only.
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
import sys
import tomllib
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

BOX = "sprachmittlung@muenster.example"
FROM_NAME = "Fachtag Sprachmittlung und Ehrenamt"
TO_BOX = f"{FROM_NAME} <{BOX}>"
INVITATION_ID = "<einladung-fachtag-sprachmittlung-2027.20270920100000@muenster.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
WS_IDS = ("WS-A", "WS-B", "WS-C", "WS-D")

# DST in Europe/Berlin ends on Sunday 31 Oct 2027 at 01:00 UTC.
DST_END = datetime.datetime(2027, 10, 31, 1, 0, tzinfo=datetime.timezone.utc)


def berlin(dt):
    """The same instant in Berlin local time, with its zone abbreviation."""
    off = 2 if dt < DST_END else 1
    return dt.astimezone(datetime.timezone(datetime.timedelta(hours=off))), ("CEST" if off == 2 else "CET")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset="utf-8", enc="q"):
    """'Name <address>'; a non-ASCII name becomes RFC 2047 words in `charset`."""
    if name.isascii():
        return formataddr((name, address))
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text):
    """Quote a text the way Thunderbird/Gmail/Apple do: '> ' before each line."""
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
    return hashlib.sha256(f"final12b/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


# ---------------------------------------------------------------------------
# building one message
# ---------------------------------------------------------------------------

class Mail:
    """One .eml under construction; remembers what each leaf part must decode to."""

    def __init__(self, slug, when, tz_hours):
        self.slug = slug
        tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
        self.when = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
        self.date = format_datetime(self.when)
        self.msg = EmailMessage(policy=POLICY)
        self.intended = []          # decoded content of each leaf, in walk order
        self.crlf = False
        self._nboundary = 0

    def head(self, *pairs, envelope=None, received=True, crlf=False, relay=None):
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in order.
        ASCII values are stored verbatim (folded at spaces when long); values with
        non-ASCII characters go through the policy (RFC 2047, UTF-8)."""
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", BOX)
        if received:
            host = relay or "mail." + sender.split("@")[1]
            local, zone = berlin(self.when + datetime.timedelta(seconds=2))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.muenster.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{BOX}>; {format_datetime(local)} ({zone})")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

    def _record(self, content):
        self.intended.append(content)

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None):
        """A text leaf part (MIMEPart), for use inside a multipart."""
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
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
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            self.msg[k] = v
        self._record(text)

    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_DB9PR08MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:14]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
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


def make_pdf(lines):
    """A minimal one-page PDF showing `lines` (ASCII)."""
    ops = ["BT", "/F1 16 Tf", "60 770 Td"]
    for i, line in enumerate(lines):
        if i == 1:
            ops.append("/F1 11 Tf")
        ops.append(f"({line}) Tj")
        ops.append("0 -22 Td")
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


# ---------------------------------------------------------------------------
# HTML flavours of the mail clients
# ---------------------------------------------------------------------------

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
	font-size:11.0pt;}
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


def outlook_html(text):
    return OUTLOOK_HEAD + "\n".join(mso_p(line) for line in text.split("\n")) + "\n</div>\n</body>\n</html>\n"


def webmail_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """web.de/GMX-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def _lines_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ""
    return "".join(f"<div{d}>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))


def gmail_html(text, rtl=False, attribution=None, quoted=None):
    d = "rtl" if rtl else "ltr"
    out = f'<div dir="{d}">{_lines_html(text, rtl)}</div>'
    if attribution is not None:
        q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
        out += (f'<br><div class="gmail_quote gmail_quote_container"><div dir="{d}" class="gmail_attr">'
                f'{esc(attribution)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px '
                f'0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{q}</blockquote></div>')
    return out + "\n"


def gmail_plain(text, attribution=None, quoted=None):
    if attribution is None:
        return text
    return f"{text}\n\n{attribution}\n\n{gt_quote(quoted)}"


def apple_html(text, attribution=None, quoted=None):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    if attribution is not None:
        q = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in quoted.split("\n"))
        inner += (f'<div><br><blockquote type="cite"><div>{esc(attribution)}</div><br>'
                  f'<div>{q}</div></blockquote></div>')
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


# ---------------------------------------------------------------------------
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung: Fachtag Sprachmittlung und Ehrenamt am 6. November 2027"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Fachtag Sprachmittlung und Ehrenamt"
REMINDER_SUBJECT = "Erinnerung: Fachtag Sprachmittlung und Ehrenamt am 6. November"
# Reminders go out one per registration, each with its own Message-ID.
REMINDER7_KHALIL = "<mailbot.reminder7d.20271030093004.6e2a@muenster.example>"
REMINDER7_NKOUNKOU = "<mailbot.reminder7d.20271030093006.a9f4@muenster.example>"
REMINDER1_JABER = "<mailbot.reminder1d.20271105093003.17bd@muenster.example>"

INVITATION = """Liebe ehrenamtliche Sprachmittlerinnen und Sprachmittler,
liebe Koordinatorinnen und Koordinatoren,

Sie übersetzen beim Arzt, in der Schule, beim Jobcenter und an vielen
anderen Orten – und machen damit Verständigung in unserer Stadt oft erst
möglich. Dafür möchten wir Danke sagen und laden Sie herzlich ein zum

Fachtag Sprachmittlung und Ehrenamt
Samstag, 6. November 2027, 9:30 bis 17:00 Uhr
Bennohaus, Bennostraße 5, 48155 Münster

Programm
 9:30  Ankommen, Kaffee und Tee
 9:45  Begrüßung im Saal
ab 10:00  Workshops, daneben Sprachencafé und Infotische im Foyer
12:45  Mittagessen
16:45  Abschluss im Saal, Ende gegen 17:00

Workshops

Workshop A, 10:00–11:15 Uhr, Raum 2
  Rolle, Neutralität und Schweigepflicht beim Sprachmitteln
  mit Dr. Hanna Overbeck

Workshop B, 11:30–12:45 Uhr, Raum 4
  Sprachmittlung im Gesundheitswesen: Arztpraxis, Klinik, Beratungsstelle
  mit Samir Haddad

Workshop C, 14:00–15:15 Uhr, Raum 1
  Belastende Einsätze: Selbstfürsorge und Abgrenzung
  mit Mariam Yousufzai

Workshop D, 15:30–16:45 Uhr, Raum 3
  Behörden, Schule, Jobcenter: Fachsprache verständlich übertragen
  mit Natalia Hrytsenko

Die Räume sind klein, jeder Workshop hat nur 12 bis 16 Plätze. Bitte
melden Sie sich deshalb für einen Workshop an, gern mit Zweitwunsch.

Anmeldung bis Freitag, 29. Oktober 2027, per E-Mail an
sprachmittlung@muenster.example – mit Ihrem Namen, Ihrem Träger oder Ihrer
Initiative (falls vorhanden), dem gewünschten Workshop und der Angabe, ob
Sie eine weitere Person mitbringen.

Die Teilnahme ist kostenlos, für Essen und Getränke ist gesorgt. Sie
erhalten eine Teilnahmebescheinigung.

Herzliche Grüße
Lena Brockhoff
Kommunales Integrationszentrum Münster
Koordinierungsstelle Sprachmittlung"""

WS_LINE = {
    "WS-A": "Workshop A – Rolle, Neutralität und Schweigepflicht beim Sprachmitteln\n"
            "(10:00–11:15 Uhr, Raum 2, mit Dr. Hanna Overbeck)",
    "WS-B": "Workshop B – Sprachmittlung im Gesundheitswesen: Arztpraxis, Klinik,\n"
            "Beratungsstelle (11:30–12:45 Uhr, Raum 4, mit Samir Haddad)",
    "WS-C": "Workshop C – Belastende Einsätze: Selbstfürsorge und Abgrenzung\n"
            "(14:00–15:15 Uhr, Raum 1, mit Mariam Yousufzai)",
    "WS-D": "Workshop D – Behörden, Schule, Jobcenter: Fachsprache verständlich\n"
            "übertragen (15:30–16:45 Uhr, Raum 3, mit Natalia Hrytsenko)",
}


def confirmation(salutation, ws, persons):
    """The confirmation mailbot sent (quoted in replies, returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Fachtag Sprachmittlung und Ehrenamt am
Samstag, 6. November 2027, 9:30 bis 17:00 Uhr, im Bennohaus,
Bennostraße 5, 48155 Münster.

Ihr Workshop:
{WS_LINE[ws]}

Angemeldete Personen: {persons}

Möchten Sie den Workshop wechseln oder absagen? Antworten Sie einfach auf
diese E-Mail.

Mit freundlichen Grüßen
Fachtag Sprachmittlung und Ehrenamt
Kommunales Integrationszentrum Münster"""


def reminder(salutation, ws, persons, days=7):
    when = ("in einer Woche ist es so weit: Wir freuen uns, Sie am Samstag,\n"
            "6. November 2027, ab 9:30 Uhr" if days == 7 else
            "morgen ist es so weit: Wir freuen uns, Sie am Samstag, 6. November\n"
            "2027, ab 9:30 Uhr")
    return f"""Guten Tag {salutation},

{when} im Bennohaus, Bennostraße 5, 48155 Münster,
zu begrüßen.

Ihr Workshop:
{WS_LINE[ws]}

Angemeldete Personen: {persons}

Falls Sie doch nicht kommen können, antworten Sie bitte kurz auf diese
E-Mail, damit wir Ihren Platz weitergeben können.

Mit freundlichen Grüßen
Fachtag Sprachmittlung und Ehrenamt
Kommunales Integrationszentrum Münster"""


def conf_id(stamp, tag):
    return f"<mailbot.{stamp}.{tag}@muenster.example>"


def confirmation_message(to, salutation, ws, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_BOX
    m["To"] = to
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(salutation, ws, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


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
# Thunderbird reply quoting the whole invitation (all four workshops, rooms,
# times and facilitators are in the quote).  The new text names the workshop
# only by its facilitator: "bei Frau Yousufzai" = WS-C.  format=flowed, 8bit.

@mail("terhorst-reply-quoting-invitation", "2027-09-20 11:12:40",
      E("registration", "gisela.terhorst@mailbox.example", "Gisela Terhorst",
        "Flüchtlingshilfe Gievenbeck e.V.", ["WS-C"], 1, "de"), "de")
def _(m):
    m.head(("From", "Gisela Terhorst <gisela.terhorst@mailbox.example>"),
           ("To", TO_BOX),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<7f2b9c41-0e6d-4a83-b1f5-95c3d2e8a617@mailbox.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Brockhoff,

wie schön, dass es wieder einen Fachtag gibt! Ich melde mich gern an, und
zwar für den Workshop bei Frau Yousufzai. Nach dem letzten Winter mit so
vielen Terminen in der ZUE merke ich selbst, wie nötig ich das habe.

Ich komme allein.

Herzliche Grüße aus Gievenbeck
Gisela Terhorst
(Französisch, ehrenamtlich bei der Flüchtlingshilfe Gievenbeck e.V.)

Am 20.09.27 um 10:00 schrieb Fachtag Sprachmittlung und Ehrenamt:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Arabic, Gmail multipart/alternative (RTL HTML), UTF-8 base64.  The health
# workshop is named by topic, time and room ("الساعة 11:30، الغرفة 4") = WS-B;
# "سيحضر معي زميلي خالد" = my colleague Khalid comes with me -> 2.  The
# signature gives the name and the pool in Latin letters.

ALHARIRI_TEXT = """السلام عليكم،

أنا أحمد الحريري، أعمل متطوعاً في الترجمة (عربي – ألماني) منذ ثلاث سنوات ضمن مجموعة المترجمين المتطوعين في كاريتاس.
أرغب في التسجيل في اليوم التخصصي يوم 6 نوفمبر، وأختار ورشة العمل عن الترجمة في المجال الصحي (الساعة 11:30، الغرفة 4).
سيحضر معي زميلي خالد منصور، وهو أيضاً مترجم متطوع معنا.

شكراً جزيلاً
أحمد الحريري
Ahmad Al-Hariri
Sprachmittlerpool Caritas Münster
0157 3344 2190"""


@mail("alhariri-arabic-health-workshop", "2027-09-20 14:37:22",
      E("registration", "a.alhariri88@gmail.example", "Ahmad Al-Hariri",
        "Sprachmittlerpool Caritas Münster", ["WS-B"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Ahmad Al-Hariri <a.alhariri88@gmail.example>"),
           ("To", BOX),
           ("Subject", ew("تسجيل – Fachtag 6.11.", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAJx7Kq2mP0vT5wR9nB3yH6cL1dF8sZ4gU2aE7oN0iM5kWq3rTy@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALHARIRI_TEXT, gmail_html(ALHARIRI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 003 ---------------------------------------------------------------------
# Two lines from an iPhone; the workshop is only "der um 10 Uhr" = WS-A.
# US-ASCII, 7bit.  No organisation.

@mail("aydemir-iphone-um-10", "2027-09-21 07:58:05",
      E("registration", "dilan.aydemir@icloud.example", "Dilan Aydemir", None,
        ["WS-A"], 1, "de"), "de")
def _(m):
    m.head(("From", "Dilan Aydemir <dilan.aydemir@icloud.example>"),
           ("To", BOX),
           ("Subject", "Fachtag 6.11."),
           ("Date", m.date),
           ("Message-ID", "<3B7E0C52-6F1A-4D89-A2C4-8E9B10F3D6A7@icloud.example>"),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single("""Hallo,
ich wurde gern zum Fachtag kommen, zum Workshop um 10 Uhr.
LG Dilan Aydemir

Von meinem iPhone gesendet""", charset="us-ascii", cte="7bit")


# -- 004 ---------------------------------------------------------------------
# Dari (Afghan Persian: "به حیث", "اشتراک", "مکتب", "تشکر"), UTF-8 QP, Persian
# digits.  The workshop is described in his words: offices, Jobcenter and
# school, at ۱۵:۳۰ = WS-D.  His colleague Fariba Rahimi comes too -> 2.

@mail("sultani-dari-behoerden", "2027-09-21 20:14:51",
      E("registration", "nasir.sultani@mail.example", "Mohammad Nasir Sultani",
        "Afghanischer Kulturverein Münster e.V.", ["WS-D"], 2, "fa"), "fa")
def _(m):
    m.head(("From", "Nasir Sultani <nasir.sultani@mail.example>"),
           ("To", BOX),
           ("Subject", ew("ثبت نام روز تخصصی", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1790014491.331207.4482@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""سلام علیکم،

من محمد نصیر سلطانی هستم و از دو سال به این طرف به حیث ترجمان داوطلب (دری و پشتو) کار می‌کنم.
می‌خواهم در روز تخصصی ۶ نوامبر اشتراک کنم. ورکشاپ مورد نظرم ورکشاپ مربوط به ادارات، جاب‌سنتر و مکتب است (ساعت ۱۵:۳۰).
همکارم خانم فریبا رحیمی هم با من می‌آید، ما هر دو در همین ورکشاپ اشتراک می‌کنیم.

تشکر
محمد نصیر سلطانی
Mohammad Nasir Sultani
Afghanischer Kulturverein Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# Outlook, HTML only (MsoNormal), windows-1252 QP, Date in UTC.  A
# coordinator registers herself and one volunteer; "den Workshop in Raum 1"
# = WS-C (room 1 is not workshop 1).

HOELSCHER_TEXT = """Sehr geehrte Frau Brockhoff,

hiermit melde ich mich zum Fachtag am 6. November an. Mitbringen möchte ich unsere langjährige Ehrenamtliche Frau Semhar Tesfay, die für uns Tigrinya und Amharisch dolmetscht.

Wir möchten beide gern in den Workshop in Raum 1 – das Thema Selbstfürsorge ist bei uns im Team gerade sehr präsent, nachdem zwei Ehrenamtliche nach schwierigen Einsätzen eine Pause einlegen mussten.

Vielen Dank und freundliche Grüße

Birgit Hölscher-Nabi
Koordination Ehrenamt
Projekt Sprachbrücke der Diakonie Münster
Tel. 0251 / 4 90 15-32"""


@mail("hoelscher-nabi-outlook-raum-1", "2027-09-22 08:15:09",
      E("registration", "b.hoelscher-nabi@diakonie-ms.example", "Birgit Hölscher-Nabi",
        "Projekt Sprachbrücke der Diakonie Münster", ["WS-C"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Hölscher-Nabi, Birgit" <b.hoelscher-nabi@diakonie-ms.example>'),
           ("To", TO_BOX),
           ("Subject", "Anmeldung Fachtag Sprachmittlung"),
           ("Thread-Topic", "Anmeldung Fachtag Sprachmittlung"),
           ("Thread-Index", "AdwtR5kXb3nQ0Vh7T8m2cA9fLk1x2w=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR08MB7421C3E5A9F04B6D8E12A7C4F09B@DB9PR08MB7421.eurprd08.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(HOELSCHER_TEXT), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Tigrinya (Ge'ez script), UTF-8 base64, Yahoo plain text.  "ብዛዕባ ጥዕና"
# (about health), "ሰዓት 11:30፣ ክፍሊ 4" = WS-B; "በይነይ" = alone.

@mail("tesfamariam-tigrinya", "2027-09-22 21:48:30",
      E("registration", "kibromt@yahoo.example", "Kibrom Tesfamariam", None,
        ["WS-B"], 1, "ti"), "ti")
def _(m):
    m.head(("From", "Kibrom T. <kibromt@yahoo.example>"),
           ("To", BOX),
           ("Subject", ew("ምዝገባ – Fachtag 6.11.", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1790106510.2284417.1@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.22645 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.single("""ሰላም ክቡራት፣

ኣነ ክብሮም ተስፋማርያም እየ። ኣብ ሆስፒታላትን ኣብ ቤት ጽሕፈት ሓካይምን ብወለንታ ካብ ትግርኛ ናብ ጀርመንኛ እተርጉም።
ኣብቲ ዕለት 6 ሕዳር ዝካየድ ፋኽታግ ክሳተፍ ደስ ይብለኒ። ኣብቲ ብዛዕባ ጥዕና ዝካየድ ዎርክሾፕ (ሰዓት 11:30፣ ክፍሊ 4) ክምዝገብ እደሊ።
በይነይ እየ ዝመጽእ።

የቐንየለይ
Kibrom Tesfamariam
""", charset="utf-8", cte="base64")


# -- 007 ---------------------------------------------------------------------
# Newsletter of the volunteer agency (other): it advertises the Fachtag,
# names two workshop topics and the registration address.

FWA_TEXT = """Engagiert in Münster – der Newsletter der Freiwilligenagentur
Ausgabe September 2027

Liebe Engagierte,

heute mit diesen Themen:
• Ehrenamtsmesse im Rathausinnenhof am 2. Oktober
• Fachtag Sprachmittlung und Ehrenamt am 6. November
• Neue Engagementplätze: Lesepatenschaften, Fahrradwerkstatt, Sprachcafé

Ehrenamtsmesse am 2. Oktober
Mehr als 40 Vereine und Initiativen stellen sich vor – von der Tafel bis zum Sportverein. Kommen Sie vorbei, 11 bis 16 Uhr, Eintritt frei.

Fachtag Sprachmittlung und Ehrenamt
Das Kommunale Integrationszentrum lädt alle, die ehrenamtlich dolmetschen, am 6. November ins Bennohaus ein. Vier kleine Workshops – von Schweigepflicht bis Selbstfürsorge – bieten Zeit für Austausch. Anmeldung per E-Mail an sprachmittlung@muenster.example.

Neue Engagementplätze
Die Grundschule Kinderhaus-West sucht Lesepatinnen und Lesepaten, die Fahrradwerkstatt am Hansaring freut sich über Schrauberinnen und Schrauber. Alle Angebote: https://freiwilligenagentur-muenster.example/engagement

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
Abbestellen: https://freiwilligenagentur-muenster.example/newsletter/abmelden?u=5519
Freiwilligenagentur Münster · Klosterstraße 12 · 48143 Münster"""

FWA_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Engagiert in Münster – September 2027</title></head>
<body style="margin:0;padding:0;background:#eef3f1;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1d2b27;">
<tr><td style="background:#1f7a5c;color:#ffffff;padding:24px;"><div style="font-size:24px;font-weight:bold;">Engagiert in Münster</div><div>Der Newsletter der Freiwilligenagentur · Ausgabe September 2027</div></td></tr>
<tr><td style="padding:24px;">
<p>Liebe Engagierte,</p>
<p>heute mit diesen Themen:</p>
<ul><li>Ehrenamtsmesse im Rathausinnenhof am 2. Oktober</li><li>Fachtag Sprachmittlung und Ehrenamt am 6. November</li><li>Neue Engagementplätze: Lesepatenschaften, Fahrradwerkstatt, Sprachcafé</li></ul>
<h2 style="font-size:18px;color:#1f7a5c;">Ehrenamtsmesse am 2. Oktober</h2>
<p>Mehr als 40 Vereine und Initiativen stellen sich vor – von der Tafel bis zum Sportverein. Kommen Sie vorbei, 11 bis 16 Uhr, Eintritt frei.</p>
<h2 style="font-size:18px;color:#1f7a5c;">Fachtag Sprachmittlung und Ehrenamt</h2>
<p>Das Kommunale Integrationszentrum lädt alle, die ehrenamtlich dolmetschen, am 6. November ins Bennohaus ein. Vier kleine Workshops – von Schweigepflicht bis Selbstfürsorge – bieten Zeit für Austausch. Anmeldung per E-Mail an <a href="mailto:sprachmittlung@muenster.example">sprachmittlung@muenster.example</a>.</p>
<h2 style="font-size:18px;color:#1f7a5c;">Neue Engagementplätze</h2>
<p>Die Grundschule Kinderhaus-West sucht Lesepatinnen und Lesepaten, die Fahrradwerkstatt am Hansaring freut sich über Schrauberinnen und Schrauber. <a href="https://freiwilligenagentur-muenster.example/engagement">Alle Angebote</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#6b7a75;">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. <a href="https://freiwilligenagentur-muenster.example/newsletter/abmelden?u=5519">Abbestellen</a><br>Freiwilligenagentur Münster · Klosterstraße 12 · 48143 Münster</td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("freiwilligenagentur-newsletter", "2027-09-23 09:00:04",
      E("other"), "de")
def _(m):
    m.head(("From", "Freiwilligenagentur Münster <newsletter@freiwilligenagentur-muenster.example>"),
           ("To", BOX),
           ("Subject", ew("Engagiert in Münster – Newsletter September 2027", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-09.5519.a81c3e@freiwilligenagentur-muenster.example>"),
           ("List-Id", "Engagiert in Muenster <newsletter.freiwilligenagentur-muenster.example>"),
           ("List-Unsubscribe", "<https://freiwilligenagentur-muenster.example/newsletter/abmelden?u=5519>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Mailer", "CleverReach-like Mailer 7"),
           ("MIME-Version", "1.0"))
    m.alternative(FWA_TEXT, FWA_HTML, charset="utf-8", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Ukrainian, Gmail multipart/alternative, UTF-8 QP; subject in RFC 2047 B.
# "воркшоп про спілкування з органами влади, школою і джобцентром (о 15:30)"
# = WS-D; "зі мною прийде подруга" = a friend comes with me -> 2.  Body
# names the association in Ukrainian, the signature in German (label).

KOVALCHUK_TEXT = """Доброго дня!

Мене звати Олена Ковальчук, я волонтерка-перекладачка (українська, російська, німецька) в Українському форумі в Мюнстері.
Хочу зареєструватися на Fachtag 6 листопада, на воркшоп про спілкування з органами влади, школою і джобцентром (о 15:30).
Зі мною прийде подруга Ірина Шевчук, вона теж перекладає для наших людей. Будь ласка, запишіть нас обох на цей воркшоп.

Дякую!
З повагою,
Олена Ковальчук / Olena Kovalchuk
Ukrainisches Forum Münster e.V."""


@mail("kovalchuk-ukrainian-with-friend", "2027-09-23 12:05:17",
      E("registration", "olena.kovalchuk@gmail.example", "Olena Kovalchuk",
        "Ukrainisches Forum Münster e.V.", ["WS-D"], 2, "uk"), "uk")
def _(m):
    m.head(("From", "Olena Kovalchuk <olena.kovalchuk@gmail.example>"),
           ("To", BOX),
           ("Subject", ew("Реєстрація на фахтаг 6 листопада", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAF3nT8yQ1wE5rU7iO9pA2sD4fG6hJ8kL0zX2cV4bN6mQ8wE0rT@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KOVALCHUK_TEXT, gmail_html(KOVALCHUK_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 009 ---------------------------------------------------------------------
# Question (certificate with hours for her training course), web.de
# multipart/mixed: alternative (ISO-8859-1 QP) + the PDF form she wants signed.
# She has not decided to come yet.

KAHRAMAN_TEXT = """Sehr geehrte Frau Brockhoff,

ich habe die Einladung zum Fachtag von meiner Koordinatorin bekommen und überlege noch, ob ich teilnehme. Vorher eine Frage: Auf der Teilnahmebescheinigung - steht da auch drauf, welcher Workshop es war und wie viele Stunden? Ich mache gerade die Weiterbildung zur Integrationslotsin und muss dafür Fortbildungsstunden nachweisen.

Im Anhang ist das Formular, das die Kursleitung dafür haben möchte. Könnten Sie das am Ende des Tages vielleicht unterschreiben und stempeln?

Vielen Dank im Voraus!
Elif Kahraman"""


@mail("kahraman-question-certificate-pdf", "2027-09-24 16:20:33",
      E("question", "elif.kahraman@web.example", "Elif Kahraman", None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Elif Kahraman <elif.kahraman@web.example>"),
           ("To", BOX),
           ("Subject", "Frage zur Teilnahmebescheinigung"),
           ("Date", m.date),
           ("Message-ID", "<trinity-2a7c0e91-5d3b-4f18-9c62-b4e07a1d83f5-1790259633208@3c-app-webde-bap41>"),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    alt = m.alternative(KAHRAMAN_TEXT, webmail_html(KAHRAMAN_TEXT), charset="iso-8859-1",
                        cte="quoted-printable", top=False)
    pdf = m.binary(make_pdf(["Nachweis Fortbildungsstunden",
                             "Weiterbildung Integrationslotsin/Integrationslotse 2027",
                             "Name: ______________________",
                             "Veranstaltung: ______________________",
                             "Datum / Stunden: ____________",
                             "Unterschrift und Stempel des Veranstalters: ____________"]),
                   "application", "pdf", "Nachweis_Fortbildungsstunden.pdf")
    m.multi("mixed", [alt, pdf])


# -- 010 ---------------------------------------------------------------------
# English, Apple Mail multipart/alternative.  "the 2 pm workshop, the one about
# self-care and setting boundaries" = WS-C.  She also mentions the
# Ausländerbehörde and the doctor's (where she interprets), which are not choices.

ADEYEMI_TEXT = """Hello Ms Brockhoff,

I got the invitation through the Refugee Women's Circle and I'd love to come on 6 November. I interpret English and Yoruba (and a bit of Pidgin) for women in Coerde, mostly at the doctor's and at the Ausländerbehörde.

Could you put me down for the 2 pm workshop, the one about self-care and setting boundaries? Some appointments stay with me for days, so it sounds like exactly what I need.

Just me, no one else.

Many thanks,
Funmilayo Adeyemi
Refugee Women's Circle Münster"""


@mail("adeyemi-english-2pm", "2027-09-25 10:02:48",
      E("registration", "funmi.adeyemi@icloud.example", "Funmilayo Adeyemi",
        "Refugee Women's Circle Münster", ["WS-C"], 1, "en"), "en")
def _(m):
    m.head(("From", "Funmilayo Adeyemi <funmi.adeyemi@icloud.example>"),
           ("To", BOX),
           ("Subject", "Registration – Fachtag on 6 November"),
           ("Date", m.date),
           ("Message-ID", "<A4C19E07-2B6D-4F58-93E1-0D7F2A8C5B36@icloud.example>"),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("MIME-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"))
    m.alternative(ADEYEMI_TEXT, apple_html(ADEYEMI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 011 ---------------------------------------------------------------------
# Learner German from a Samsung phone, UTF-8 8bit.  "Workshop bei Herr
# Haddad" = WS-B; "Meine kollegin ... kommt auch mit" -> 2.

@mail("saleh-learner-german-herr-haddad", "2027-09-26 19:33:12",
      E("registration", "mahmoud.saleh@mail.example", "Mahmoud Saleh",
        "Flüchtlingshilfe Coerde", ["WS-B"], 2, "de"), "de")
def _(m):
    m.head(("From", "Mahmoud Saleh <mahmoud.saleh@mail.example>"),
           ("To", BOX),
           ("Subject", "anmeldung fachtag"),
           ("Date", m.date),
           ("Message-ID", "<qk3m9z.1790444012.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Frau Brockhoff

Ich heiße Mahmoud Saleh ich bin ehrenamtlich Dolmetscher für arabisch bei Flüchtlingshilfe Coerde. Ich möchte mich anmelden für Fachtag am 6.11 , für Workshop bei Herr Haddad weil ich oft mit Leute zum Arzt gehe.
Meine kollegin Nour Al-Sayed kommt auch mit, sie will auch diese workshop.

Danke schön
Mahmoud Saleh

Von meinem Samsung Galaxy Smartphone gesendet.
""", charset="utf-8", cte="8bit")


# -- 012 ---------------------------------------------------------------------
# Kurmanji Kurdish (Latin script), ISO-8859-9 QP.  "atolyeya li odeya 3
# (saet 15:30)" = the workshop in room 3 = WS-D.  Her biography mentions
# the Jobcenter ("li Jobcenterê"), which is a D alias but not a choice here.
# "6ê Mijdarê" = 6 November; "bi tenê" = alone.

@mail("demir-kurmanji-odeya-3", "2027-09-27 18:10:55",
      E("registration", "rojda.demir@mail.example", "Rojda Demir",
        "Mala Kurdan Münster e.V.", ["WS-D"], 1, "ku"), "ku")
def _(m):
    m.head(("From", "Rojda Demir <rojda.demir@mail.example>"),
           ("To", BOX),
           ("Subject", ew("Tomarkirin - Fachtag 6ê Mijdarê", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270927181055.4c1e7a@mail.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Silav û rêz,

Navê min Rojda Demir e. Ez bi dilxwazî ji bo malbatên kurd li Münsterê wergerê dikim (kurmancî - almanî), bi piranî li dibistanan û li Jobcenterê.
Ez dixwazim beşdarî Fachtaga 6ê Mijdarê bibim. Ez dixwazim tevlî atolyeya li odeya 3 bibim (saet 15:30).
Ez ê bi tenê werim.

Gelek spas!
Rojda Demir
Mala Kurdan Münster e.V.
""", charset="iso-8859-9", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# A coordinator registers a volunteer who is not himself, and asks that the
# confirmation go to the volunteer's address (given in the text): email =
# a.jaber@..., name = Abdulrahman Jaber, organisation = the coordinator's
# association.  Outlook multipart/alternative, windows-1252, Date in UTC.
# The workshop is named by title words ("Neutralität und Schweigepflicht").

EBBING_TEXT = """Hallo Frau Brockhoff,

ich möchte einen unserer Ehrenamtlichen für den Fachtag am 6.11. anmelden: Herrn Abdulrahman Jaber. Er dolmetscht seit gut einem Jahr für uns Arabisch und Kurdisch (Kurmancî) und hat großes Interesse am Workshop zu Neutralität und Schweigepflicht – gerade diese Fragen kommen bei ihm häufig auf, wenn er Leute aus der eigenen Community begleitet.

Ich selbst bin an dem Tag leider verhindert. Bitte schicken Sie die Bestätigung direkt an Herrn Jaber: a.jaber@mail.example

Vielen Dank und viele Grüße
Thomas Ebbing
Ehrenamtskoordination
Flüchtlingshilfe Hiltrup e.V.
Marktallee 44, 48165 Münster"""


@mail("ebbing-registers-volunteer-jaber", "2027-09-28 07:47:21",
      E("registration", "a.jaber@mail.example", "Abdulrahman Jaber",
        "Flüchtlingshilfe Hiltrup e.V.", ["WS-A"], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", "Thomas Ebbing <t.ebbing@fluechtlingshilfe-hiltrup.example>"),
           ("To", TO_BOX),
           ("Subject", "Anmeldung Fachtag - Herr Jaber"),
           ("Thread-Topic", "Anmeldung Fachtag - Herr Jaber"),
           ("Thread-Index", "AdwxC2qE0m9VbZ4yR6t1QpK8s3H5Fg=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR04MB8312B0C6D7E8F9A1B2C3D4E5F6A7@AS8PR04MB8312.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(EBBING_TEXT, outlook_html(EBBING_TEXT), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 014 ---------------------------------------------------------------------
# French, ISO-8859-15 QP (for "cœur").  First choice "l'atelier de Mme
# Overbeck ... (10h, salle 2)" = WS-A, second "celui sur la santé" = WS-B.
# No organisation.

@mail("nkounkou-french-overbeck-else-sante", "2027-09-29 22:05:40",
      E("registration", "christelle.nkounkou@orange.example", "Christelle Nkounkou", None,
        ["WS-A", "WS-B"], 1, "fr"), "fr")
def _(m):
    m.head(("From", "Christelle Nkounkou <christelle.nkounkou@orange.example>"),
           ("To", BOX),
           ("Subject", "Inscription Fachtag du 6 novembre"),
           ("Date", m.date),
           ("Message-ID", "<1790712340.41879.1695120@wwinf1m21.orange.example>"),
           ("X-Originating-IP", "[198.51.100.47]"),
           ("MIME-Version", "1.0"))
    m.single("""Bonjour Madame,

Je m'appelle Christelle Nkounkou, je suis interprète bénévole (français, lingala, kituba) depuis l'année dernière, surtout pour des familles congolaises.

Je souhaite m'inscrire au Fachtag du samedi 6 novembre. Mon premier choix serait l'atelier de Mme Overbeck sur le rôle et la neutralité de l'interprète (10h, salle 2), c'est un sujet qui me tient à cœur. S'il n'y a plus de place, je prendrais volontiers celui sur la santé.

Je viendrai seule.

Je vous remercie d'avance et vous souhaite une bonne soirée.
Christelle Nkounkou
""", charset="iso-8859-15", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Two people, two different workshops in one mail: the writer "zu dem um
# 14 Uhr" = WS-C, her colleague "in den in Raum 4" = WS-B.  workgroups =
# the writer's choice; party_size counts both.  Gmail alternative.

AZIMI_TEXT = """Liebe Frau Brockhoff,

hiermit melde ich mich und meinen Kollegen Daniel Ostermann zum Fachtag an – wir dolmetschen beide Farsi, ich vor allem in Beratungsstellen, er im Krankenhaus.

Wir haben uns die Workshops aufgeteilt: Ich möchte gern zu dem um 14 Uhr (Selbstfürsorge), Daniel lieber in den in Raum 4, weil er so viel in der Klinik übersetzt.

Wir sind also zu zweit.

Viele Grüße
Fereshteh Azimi"""


@mail("azimi-two-people-two-workshops", "2027-09-30 13:12:26",
      E("registration", "fereshteh.azimi@gmail.example", "Fereshteh Azimi", None,
        ["WS-C"], 2, "de"), "de")
def _(m):
    m.head(("From", "Fereshteh Azimi <fereshteh.azimi@gmail.example>"),
           ("To", BOX),
           ("Subject", "Anmeldung zum Fachtag"),
           ("Date", m.date),
           ("Message-ID", "<CAH8vR2nW4xQ6tY9uI1oP3aS5dF7gH9jK1lZ3xC5vB7nM9qWeRt@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(AZIMI_TEXT, gmail_html(AZIMI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 016 ---------------------------------------------------------------------
# Change from the iPhone, replying to the confirmation (WS-A quoted): "statt
# um 10 in den Workshop um halb vier" = WS-D.  Emoji, UTF-8 QP.

@mail("aydemir-change-halb-vier", "2027-10-01 08:31:14",
      E("change", "dilan.aydemir@icloud.example", "Dilan Aydemir", None,
        ["WS-D"], None, "de"), "de")
def _(m):
    cid = conf_id("20270921075840", "1d0c")
    m.head(("From", "Dilan Aydemir <dilan.aydemir@icloud.example>"),
           ("To", TO_BOX),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<9E4A27D1-C05B-4B63-8F2E-61A7D3094BC8@icloud.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single(f"""Hallo nochmal,
geht es, dass ich statt um 10 in den Workshop um halb vier komme? Samstagmorgens hat meine Tochter Schwimmkurs, das hatte ich total vergessen 🙈
Danke!
Dilan

Von meinem iPhone gesendet

> Am 21.09.2027 um 07:58 schrieb {FROM_NAME} <{BOX}>:
>
{gt_quote(confirmation("Frau Aydemir", "WS-A", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Russian, windows-1251 8bit, name only in Cyrillic.  Her mail program sets a
# Reply-To with a typo in the domain (webmial): by convention the reply goes
# to Reply-To, and the confirmation to it bounces (018).  "семинар о роли
# переводчика ... (10:00, комната 2)" = WS-A; "Со мной придёт мой коллега" -> 2.

@mail("belova-russian-reply-to-typo", "2027-10-01 17:45:02",
      E("registration", "tatiana.belova@webmial.example", "Татьяна Белова", None,
        ["WS-A"], 2, "ru"), "ru")
def _(m):
    m.head(("From", addr("Татьяна Белова", "tatiana.belova@webmail.example", "windows-1251", "b")),
           ("Reply-To", "tatiana.belova@webmial.example"),
           ("To", BOX),
           ("Subject", ew("Регистрация на Fachtag 6 ноября", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1791035102.618044.7730@webmail.example>"),
           ("X-Mailer", "The Bat! (v10.4.1) Professional"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Меня зовут Татьяна Белова, я уже несколько лет помогаю как волонтёр-переводчик (русский – немецкий), в основном семьям из Украины и Казахстана.
Хотела бы записаться на Fachtag 6 ноября, на семинар о роли переводчика, нейтральности и конфиденциальности (10:00, комната 2).
Со мной придёт мой коллега по волонтёрству Марк Зайцев, запишите, пожалуйста, и его на тот же семинар.

С уважением,
Татьяна Белова
""", charset="windows-1251", cte="8bit")


# -- 018 ---------------------------------------------------------------------
# Postfix bounce of the confirmation for 017 (domain not found), with the
# returned message.

@mail("postfix-bounce-webmial", "2027-10-01 17:45:41",
      E("bounce", bounced="tatiana.belova@webmial.example"), "en")
def _(m):
    rcpt = "tatiana.belova@webmial.example"
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", BOX),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20271001154541.3E9F21A07C@mail.muenster.example>"),
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

<{rcpt}>: Host or domain name not found. Name service error
    for name=webmial.example type=MX: Host not found, try again
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "3E9F21A07C"),
         ("X-Postfix-Sender", f"rfc822; {BOX}"),
         ("Arrival-Date", "Fri,  1 Oct 2027 17:45:38 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.4.4"),
         ("Diagnostic-Code", "X-Postfix; Host or domain name not found. Name service error\n"
                             "    for name=webmial.example type=MX: Host not found, try again")])
    original = confirmation_message(
        rcpt, "Frau Белова", "WS-A", 2,
        "Fri, 01 Oct 2027 17:45:38 +0200", conf_id("20271001174538", "7b2e"),
        "<1791035102.618044.7730@webmail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 019 ---------------------------------------------------------------------
# Outlook multipart/alternative, windows-1252, UTC.  A coordinator registers
# herself: "Workshop „Abgrenzung“" = WS-C, second choice "die
# Rolle/Schweigepflicht" = WS-A.  Organisation: the neighbourhood centre.

NIEHUES_TEXT = """Liebe Frau Brockhoff,

danke für die Einladung, ich habe sie gleich an unsere Ehrenamtlichen weitergeleitet – einige werden sich sicher selbst bei Ihnen melden.

Ich selbst melde mich für den Workshop „Abgrenzung“ an. Wenn der schon voll ist, wäre die Rolle/Schweigepflicht meine zweite Wahl.

Viele Grüße
Ursula Niehues
Ehrenamtskoordination
Stadtteilhaus Kinderhaus
Idenbrockplatz 8
48159 Münster
Tel. 0251 / 2 10 47 33"""


@mail("niehues-outlook-abgrenzung-else-rolle", "2027-10-04 09:20:11",
      E("registration", "u.niehues@stadtteilhaus-kinderhaus.example", "Ursula Niehues",
        "Stadtteilhaus Kinderhaus", ["WS-C", "WS-A"], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Niehues, Ursula" <u.niehues@stadtteilhaus-kinderhaus.example>'),
           ("To", TO_BOX),
           ("Subject", "Anmeldung Fachtag 06.11."),
           ("Thread-Topic", "Anmeldung Fachtag 06.11."),
           ("Thread-Index", "Adw5F0b1kR7mQx2TzW9pL4cN8yV3sA=="),
           ("Date", m.date),
           ("Message-ID", "<PR3PR09MB6127E4F5A6B7C8D9E0F1A2B3C4D5@PR3PR09MB6127.eurprd09.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(NIEHUES_TEXT, outlook_html(NIEHUES_TEXT), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 020 ---------------------------------------------------------------------
# Exchange out-of-office answer to the confirmation for 019 (she set it up
# right after writing).  Auto-Submitted: auto-generated.

NIEHUES_OOF = """Vielen Dank für Ihre E-Mail.

Ich bin vom 4. bis einschließlich 15. Oktober 2027 nicht im Haus. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an das Team des Stadtteilhauses Kinderhaus unter 0251 / 2 10 47 30.

Freundliche Grüße
Ursula Niehues"""


@mail("niehues-exchange-out-of-office", "2027-10-04 09:21:03",
      E("auto_reply"), "de", tz=0)
def _(m):
    cid = conf_id("20271004112038", "5c9a")
    m.head(("From", '"Niehues, Ursula" <u.niehues@stadtteilhaus-kinderhaus.example>'),
           ("To", TO_BOX),
           ("Subject", "Automatische Antwort: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHcOVJ0q8Vx3mW1R2tKp9Lz0aB4cw=="),
           ("Date", m.date),
           ("Message-ID", "<PR3PR09MB6127A0B1C2D3E4F5A6B7C8D9E0F1@PR3PR09MB6127.eurprd09.prod.outlook.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "u.niehues@stadtteilhaus-kinderhaus.example"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(NIEHUES_OOF, outlook_html(NIEHUES_OOF), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 021 ---------------------------------------------------------------------
# English question (travel costs from Greven, childcare).  He would register
# only if both are fine ("If both is ok I would like to join ...") ->
# question, no workgroups.  Yahoo, US-ASCII 7bit.

@mail("habte-question-travel-childcare", "2027-10-05 20:40:37",
      E("question", "biniam.habte@yahoo.example", "Biniam Habte", None, [], None, "en"), "en")
def _(m):
    m.head(("From", "Biniam Habte <biniam.habte@yahoo.example>"),
           ("To", BOX),
           ("Subject", "question about travel costs"),
           ("Date", m.date),
           ("Message-ID", "<1791312037.3310952.2@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.22645 YahooMailAndroidMobile"),
           ("MIME-Version", "1.0"))
    m.single("""Hi,

my name is Biniam Habte, I volunteer as Tigrinya interpreter in Greven (sometimes also in Munster). The Fachtag looks really interesting for me.
Before I register I have 2 questions:
1) Do you pay the train ticket from Greven? For me it is about 9 Euro both ways and as volunteer I dont earn money.
2) Is there a place for children? My wife works on saturday so my son (5) would have to come with me.

If both is ok I would like to join the workshop about health (11:30).

Thank you
Biniam

Sent from Yahoo Mail on Android""", charset="us-ascii", cte="7bit")


# -- 022 ---------------------------------------------------------------------
# Arabic Gmail reply that quotes the whole invitation under an Arabic
# attribution line (with bidi marks).  "الورشة الرابعة" = the fourth
# workshop = WS-D.  Name and association only in Arabic script (labels in
# Arabic).  UTF-8 base64.

KHALIL_TEXT = """مرحباً،

شكراً على الدعوة. أرغب بالتسجيل في اليوم التخصصي، في الورشة الرابعة (الدوائر الرسمية والمدرسة والجوب سنتر). أترجم كثيراً للأهالي في اجتماعات المدرسة، وأحتاج إلى تعلّم المصطلحات الصحيحة.
سأحضر وحدي.

مع التحية
رشا خليل
جمعية النساء العربيات في مونستر"""

KHALIL_ATTR = ("\u202bفي الاثنين، 20 سبتمبر 2027 في 10:00 ص تمت كتابة ما يلي بواسطة "
               f"{FROM_NAME} <\u202a{BOX}\u202c>:\u202c")


@mail("khalil-arabic-fourth-workshop-quote", "2027-10-06 15:05:19",
      E("registration", "rasha.khalil@gmail.example", "رشا خليل",
        "جمعية النساء العربيات في مونستر", ["WS-D"], 1, "ar"), "ar")
def _(m):
    m.head(("From", addr("رشا خليل", "rasha.khalil@gmail.example", "utf-8", "b")),
           ("To", TO_BOX),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAM5qT1vB8nW3xR6yU9iO2pA4sD7fG0hJ3kL5zX8cV1bN4mQ7wE@mail.gmail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(KHALIL_TEXT, KHALIL_ATTR, INVITATION),
                  gmail_html(KHALIL_TEXT, rtl=True, attribution=KHALIL_ATTR, quoted=INVITATION),
                  charset="utf-8", cte="base64", style="gmail")


# -- 023 ---------------------------------------------------------------------
# Change (English, Apple Mail reply to the confirmation for 010, which names
# WS-C): "the morning session with Dr Overbeck" = WS-A, and a friend joins ->
# new party size 2.

ADEYEMI2_TEXT = """Hi again,

Sorry to be a pain – after talking to the other women in our circle I think the morning session with Dr Overbeck (role and confidentiality) would be more useful for me right now. Could you swap me over from the 2 pm one?

And my friend Blessing Okon would like to come too, if there's still room. She interprets Efik and English. So that would be 2 of us in the morning workshop.

Thanks so much,
Funmi"""

ADEYEMI2_ATTR = f"On 25 Sep 2027, at 10:03, {FROM_NAME} <{BOX}> wrote:"


@mail("adeyemi-change-to-overbeck-plus-friend", "2027-10-07 09:12:44",
      E("change", "funmi.adeyemi@icloud.example", "Funmilayo Adeyemi",
        None, ["WS-A"], 2, "en"), "en")
def _(m):
    cid = conf_id("20270925100320", "a41f")
    m.head(("From", "Funmilayo Adeyemi <funmi.adeyemi@icloud.example>"),
           ("To", TO_BOX),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<F02B7C64-91DE-4A3B-B8C5-7E6D2A19F0C3@icloud.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("MIME-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"))
    quoted = confirmation("Frau Adeyemi", "WS-C", 1)
    m.alternative(f"{ADEYEMI2_TEXT}\n\n> {ADEYEMI2_ATTR}\n>\n{gt_quote(quoted)}\n",
                  apple_html(ADEYEMI2_TEXT, ADEYEMI2_ATTR, quoted),
                  charset="utf-8", cte="quoted-printable", style="apple")


# -- 024 ---------------------------------------------------------------------
# HTML only (web.de style divs), ISO-8859-1 QP.  Formal, long paragraph.
# "Workshop von Frau Hrytsenko" = WS-D; his wife comes too -> 2.  The
# address block is not an organisation.

RUESCHENSCHMIDT_TEXT = """Sehr geehrte Damen und Herren,

hiermit melde ich mich verbindlich zu o.g. Fachtag an. Ich bin seit 2015 ehrenamtlich als Sprachmittler für Russisch und Polnisch tätig, zunächst in der Notunterkunft an der Grevener Straße, inzwischen überwiegend bei Terminen im Jobcenter und bei der Ausländerbehörde. Ich möchte daher gerne an dem Workshop von Frau Hrytsenko teilnehmen. Meine Ehefrau Irina Rüschenschmidt, die ebenfalls ehrenamtlich dolmetscht (Russisch/Ukrainisch), wird mich begleiten und möchte denselben Workshop besuchen.

Für eine kurze Bestätigung wäre ich dankbar.

Mit freundlichen Grüßen

Wolfgang Rüschenschmidt
Meckmannweg 12
48163 Münster"""


@mail("rueschenschmidt-html-only-frau-hrytsenko", "2027-10-08 10:44:02",
      E("registration", "w.rueschenschmidt@t-mail.example", "Wolfgang Rüschenschmidt", None,
        ["WS-D"], 2, "de"), "de")
def _(m):
    m.head(("From", "Wolfgang Rüschenschmidt <w.rueschenschmidt@t-mail.example>"),
           ("To", BOX),
           ("Subject", "Fachtag am 06.11.2027 - Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<1791528242.7734.913044@email.t-mail.example>"),
           ("X-Mailer", "Telekom Mail Webclient"),
           ("MIME-Version", "1.0"))
    m.single(webmail_html(RUESCHENSCHMIDT_TEXT, "font-family: Arial;font-size: 13.0px;"),
             subtype="html", charset="iso-8859-1", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Iranian Persian, UTF-8 base64, Persian digits ("ساعت ۱۱:۳۰", "اتاق ۴") =
# WS-B; "تنها شرکت خواهم کرد" = I will come alone.  Name only in Persian
# script (display name too); "a refugee counselling centre" is no name.

@mail("sadeghi-persian-digits-clinic", "2027-10-10 21:30:50",
      E("registration", "maryam.sadeghi@mail.example", "مریم صادقی", None,
        ["WS-B"], 1, "fa"), "fa")
def _(m):
    m.head(("From", addr("مریم صادقی", "maryam.sadeghi@mail.example", "utf-8", "b")),
           ("To", BOX),
           ("Subject", ew("ثبت نام برای روز تخصصی ۶ نوامبر", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<20271010213050.77e1c0@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""با سلام و احترام،

اینجانب مریم صادقی، مترجم داوطلب فارسی–آلمانی در یک مرکز مشاوره‌ی پناهجویان هستم.
مایلم برای روز تخصصی ۶ نوامبر ثبت‌نام کنم، در کارگاه ساعت ۱۱:۳۰ درباره‌ی ترجمه در مطب پزشک و بیمارستان (اتاق ۴).
تنها شرکت خواهم کرد.

با سپاس فراوان
مریم صادقی
""", charset="utf-8", cte="base64")


# -- 026 ---------------------------------------------------------------------
# Change, learner German, Samsung reply with "-------- Ursprüngliche
# Nachricht --------" and the confirmation (WS-B, 2).  "den Workshop in Raum
# 2 über Neutralität" = WS-A (not workshop 2!); both persons move, the
# number stays -> party_size null.

@mail("saleh-change-raum-2", "2027-10-12 13:03:28",
      E("change", "mahmoud.saleh@mail.example", "Mahmoud Saleh",
        None, ["WS-A"], None, "de"), "de")
def _(m):
    cid = conf_id("20270926193345", "e07b")
    m.head(("From", "Mahmoud Saleh <mahmoud.saleh@mail.example>"),
           ("To", BOX),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<qk7w2r.1791803008.samsung@mail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo Frau Brockhoff

Entschuldigung, ich und Nour wir wollen wechseln. Bitte nicht Herr Haddad, lieber den Workshop in Raum 2 über Neutralität, weil meine Koordinatorin hat gesagt das ist wichtig für neue Dolmetscher.
Geht das für uns beide?

Danke
Mahmoud

Von meinem Samsung Galaxy Smartphone gesendet.

-------- Ursprüngliche Nachricht --------
Von: {FROM_NAME} <{BOX}>
Datum: 26.09.27 19:33 (GMT+02:00)
An: mahmoud.saleh@mail.example
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Herr Saleh", "WS-B", 2)}
""", charset="utf-8", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Cancellation of both persons (015), Gmail reply in German, alternative.

AZIMI2_TEXT = """Liebe Frau Brockhoff,

leider müssen Daniel und ich unsere Anmeldung zurückziehen. Uns ist eine Pflichtschulung genau auf den 6.11. gelegt worden, da kommen wir nicht raus. Sehr schade – bitte geben Sie unsere beiden Plätze weiter.

Viele Grüße
Fereshteh Azimi"""

AZIMI2_ATTR = (f"Am Do., 30. Sept. 2027 um 13:13 Uhr schrieb {FROM_NAME} <{BOX}>:")


@mail("azimi-cancel-both", "2027-10-13 07:50:09",
      E("cancellation", "fereshteh.azimi@gmail.example", "Fereshteh Azimi", None,
        [], None, "de"), "de")
def _(m):
    cid = conf_id("20270930131301", "3f88")
    m.head(("From", "Fereshteh Azimi <fereshteh.azimi@gmail.example>"),
           ("To", TO_BOX),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAH8vR2p0kZ5mJ7wQ2eX4rT6yU8iO0pA2sD4fG6hJ8kL0zX2cVb@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    quoted = confirmation("Frau Azimi", "WS-C", 2)
    m.alternative(gmail_plain(AZIMI2_TEXT, AZIMI2_ATTR, quoted),
                  gmail_html(AZIMI2_TEXT, attribution=AZIMI2_ATTR, quoted=quoted),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 028 ---------------------------------------------------------------------
# Outlook plain text, UTF-8 QP.  Three persons (she and two named women);
# "Gesundheits-Workshop bei Herrn Haddad" = WS-B, fallback "den
# Nachmittagsworkshop zu Behörden und Schule" = WS-D ("Nachmittag" alone
# would also fit WS-C; the topic decides).

@mail("demirtas-three-women-haddad-else-behoerden", "2027-10-14 11:11:36",
      E("registration", "s.demirtas@frauentreff-bergfidel.example", "Songül Demirtaş",
        "Internationaler Frauentreff Berg Fidel e.V.", ["WS-B", "WS-D"], 3, "de"), "de")
def _(m):
    m.head(("From", "Songül Demirtaş <s.demirtas@frauentreff-bergfidel.example>"),
           ("To", BOX),
           ("Subject", "Anmeldung 3 Personen Fachtag"),
           ("Date", m.date),
           ("Message-ID", "<001f01dc3c84$6a2b1c40$3e8154c0$@frauentreff-bergfidel.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", "AQJk4cV5Pq0w9xL2mT7bZ1nR8sY3uA=="),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Brockhoff,

für den Internationalen Frauentreff Berg Fidel möchte ich uns zum Fachtag anmelden. Wir sind zu dritt: Frau Gül Arslan, Frau Hevin Omar und ich.

Alle drei begleiten wir regelmäßig Frauen zu Frauenärztinnen und Kinderärzten und möchten deshalb gern in den Gesundheits-Workshop bei Herrn Haddad. Falls der schon voll ist, nehmen wir auch den Nachmittagsworkshop zu Behörden und Schule.

Mit freundlichen Grüßen
Songül Demirtaş
Internationaler Frauentreff Berg Fidel e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Question: may one attend two workshops ("der um 10 Uhr und der um 14 Uhr")?
# She registers for nothing yet and will decide after the answer -> question.
# Thunderbird, UTF-8 QP.

@mail("mammadova-question-two-workshops", "2027-10-15 18:22:18",
      E("question", "leyla.mammadova@posteo.example", "Leyla Mammadova", None,
        [], None, "de"), "de")
def _(m):
    m.head(("From", "Leyla Mammadova <leyla.mammadova@posteo.example>"),
           ("To", BOX),
           ("Subject", "Zwei Workshops möglich?"),
           ("Date", m.date),
           ("Message-ID", "<b3e8f0a2-6c14-4d7e-9a51-0f2c8b7d4e93@posteo.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag Frau Brockhoff,

ich habe eine Frage zum Fachtag. Die Workshops finden ja zu verschiedenen Zeiten statt – darf man dann auch an zwei teilnehmen? Mich würden der um 10 Uhr und der um 14 Uhr beide sehr interessieren, ich dolmetsche Russisch und Aserbaidschanisch und habe gerade mit beiden Themen zu tun.

Wenn das nicht geht, sagen Sie mir bitte kurz Bescheid, dann entscheide ich mich für einen.

Mit freundlichen Grüßen
Leyla Mammadova
""", charset="utf-8", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# Ukrainian, short, UTF-8 8bit; no display name, name only in Cyrillic.
# "воркшоп A о 10:00" = WS-A; "Прийду сам" = I'll come alone.

@mail("melnyk-ukrainian-short", "2027-10-18 08:05:47",
      E("registration", "andrii.melnyk@gmail.example", "Андрій Мельник",
        "Ukrainisches Forum Münster", ["WS-A"], 1, "uk"), "uk")
def _(m):
    m.head(("From", "andrii.melnyk@gmail.example"),
           ("To", BOX),
           ("Subject", ew("Запис на воркшоп", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAB2kR9wT4yU6iO8pA0sD2fG4hJ6kL8zX0cV2bN4mQ6wE8rT0yU@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Добрий день!
Запишіть мене, будь ласка, на воркшоп A о 10:00 (роль і нейтральність перекладача).
Прийду сам.

Андрій Мельник
волонтер, Ukrainisches Forum Münster
""", charset="utf-8", cte="8bit")


# -- 031 ---------------------------------------------------------------------
# Change of party size only (2 -> 1), Arabic, reply to the confirmation for
# 002 with a ">"-quoted German confirmation (WS-B, 2).  "سأحضر وحدي كما هو
# مخطط" = I'll come alone as planned: no new workshop -> [].  UTF-8 base64.

@mail("alhariri-change-colleague-cannot", "2027-10-19 19:40:03",
      E("change", "a.alhariri88@gmail.example", "Ahmad Al-Hariri",
        None, [], 1, "ar"), "ar")
def _(m):
    cid = conf_id("20270920143755", "9a12")
    m.head(("From", "Ahmad Al-Hariri <a.alhariri88@gmail.example>"),
           ("To", TO_BOX),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAJx7Kq4nR2wU7yT1pD5aJ8eN3fH0uB6iW4cG9qP2lM7oKs5vYa@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    m.single(f"""مرحباً،

أود إبلاغكم أن زميلي خالد منصور لن يستطيع الحضور يوم 6 نوفمبر بسبب ظرف عائلي. سأحضر وحدي كما هو مخطط.
أرجو تعديل التسجيل إلى شخص واحد.

شكراً لتفهمكم
أحمد الحريري

\u202bفي الاثنين، 20 سبتمبر 2027 في 2:37 م تمت كتابة ما يلي بواسطة {FROM_NAME} <\u202a{BOX}\u202c>:\u202c

{gt_quote(confirmation("Herr Al-Hariri", "WS-B", 2))}
""", charset="utf-8", cte="base64")


# -- 032 ---------------------------------------------------------------------
# A pool coordinator forwards a volunteer's own mail (Thunderbird forward
# block) and asks to register her, confirmation to the volunteer's address.
# "den Workshop bei Frau Yousufzai" = WS-C (the volunteer's own words "über
# belastende Einsätze" agree).  Organisation = the pool named in the
# coordinator's signature.

@mail("schulte-roedding-forwards-haidari", "2027-10-21 10:30:26",
      E("registration", "samira.haidari@mail.example", "Samira Haidari",
        "Sprachmittlerpool Caritas Münster", ["WS-C"], 1, "de"), "de")
def _(m):
    m.head(("From", "Jana Schulte-Rödding <j.schulte-roedding@caritas-ms.example>"),
           ("To", BOX),
           ("Subject", "Fwd: Fachtag"),
           ("Date", m.date),
           ("Message-ID", "<5d0e2b7a-8f31-4c69-a4d2-e71b9c03f658@caritas-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Liebe Frau Brockhoff,

Frau Haidari aus unserem Pool hat mir die Nachricht unten geschickt, weil sie unsicher war, an wen sie sich wenden soll. Könnten Sie sie bitte für den Workshop bei Frau Yousufzai eintragen und die Bestätigung direkt an sie schicken (samira.haidari@mail.example)? Sie kommt allein.

Danke und beste Grüße
Jana Schulte-Rödding
Koordination
Sprachmittlerpool Caritas Münster


-------- Weitergeleitete Nachricht --------
Betreff: 	Fachtag
Datum: 	Wed, 20 Oct 2027 21:14:03 +0200
Von: 	Samira Haidari <samira.haidari@mail.example>
An: 	Jana Schulte-Rödding <j.schulte-roedding@caritas-ms.example>



Hallo Jana,

ich möchte gerne zu diesem Fachtag im November. Am liebsten in den Workshop über belastende Einsätze, nach dem Termin letzten Monat in der Psychiatrie brauche ich das wirklich. Kannst du mich anmelden? Ich weiß nicht, an wen ich schreiben muss.

Liebe Grüße
Samira
""", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Cancellation in Dari (both persons of 004), Gmail with English interface,
# multipart/alternative, UTF-8 base64, quoting the confirmation (WS-D, 2).

SULTANI2_TEXT = """سلام،

متأسفانه من و خانم رحیمی نمی‌توانیم در روز ۶ نوامبر اشتراک کنیم، چون در همان روز مراسم فاتحه‌ی یکی از بزرگان جامعه‌ی ما برگزار می‌شود. لطفاً ثبت‌نام ما را لغو کنید تا جای ما به دیگران داده شود.

با احترام
محمد نصیر سلطانی"""

SULTANI2_ATTR = f"On Tue, Sep 21, 2027 at 8:15 PM {FROM_NAME} <{BOX}> wrote:"


@mail("sultani-dari-cancel", "2027-10-25 14:00:58",
      E("cancellation", "nasir.sultani@mail.example", "محمد نصیر سلطانی",
        None, [], None, "fa"), "fa")
def _(m):
    cid = conf_id("20270921201520", "44d6")
    m.head(("From", "Nasir Sultani <nasir.sultani@mail.example>"),
           ("To", TO_BOX),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAP1yT6wQ3eR5tY7uI9oA1sD3fG5hJ7kL9zX1cV3bN5mQ7wE9rT@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    quoted = confirmation("Herr Sultani", "WS-D", 2)
    m.alternative(gmail_plain(SULTANI2_TEXT, SULTANI2_ATTR, quoted),
                  gmail_html(SULTANI2_TEXT, rtl=True, attribution=SULTANI2_ATTR, quoted=quoted),
                  charset="utf-8", cte="base64", style="gmail")


# -- 034 ---------------------------------------------------------------------
# Change, Ukrainian Gmail reply (Ukrainian attribution line) to the
# confirmation for 008 (WS-D quoted): "із воркшопу о 15:30 на той, що о
# 14:00 у кімнаті 1" = WS-C.  Both move; the number stays -> null.

KOVALCHUK2_TEXT = """Доброго дня!

Ми з Іриною трохи переглянули свої плани. Чи можна перенести нас обох із воркшопу о 15:30 на той, що о 14:00 у кімнаті 1 (про турботу про себе і межі)? Після 16:00 Ірина мусить забрати дитину, тому пізній воркшоп нам не підходить.

Дякую заздалегідь!
Олена"""

KOVALCHUK2_ATTR = f"чт, 23 вер. 2027 р. о 12:05 {FROM_NAME} <{BOX}> пише:"


@mail("kovalchuk-change-to-14-uhr", "2027-10-27 09:15:31",
      E("change", "olena.kovalchuk@gmail.example", "Olena Kovalchuk",
        None, ["WS-C"], None, "uk"), "uk")
def _(m):
    cid = conf_id("20270923120550", "b5c3")
    m.head(("From", "Olena Kovalchuk <olena.kovalchuk@gmail.example>"),
           ("To", TO_BOX),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF3nT8zR5tY7uI9oP1aS3dF5gH7jK9lZ1xC3vB5nM7qW9eR1tY@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    quoted = confirmation("Frau Kovalchuk", "WS-D", 2)
    m.alternative(gmail_plain(KOVALCHUK2_TEXT, KOVALCHUK2_ATTR, quoted),
                  gmail_html(KOVALCHUK2_TEXT, attribution=KOVALCHUK2_ATTR, quoted=quoted),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 035 ---------------------------------------------------------------------
# German bounce (mailbox full) of the 7-day reminder to 024, multipart/report
# with text/plain, message/delivery-status and text/rfc822-headers.

RUE_RCPT = "w.rueschenschmidt@t-mail.example"


@mail("mailbox-full-bounce-reminder", "2027-10-30 09:31:12",
      E("bounce", bounced=RUE_RCPT), "de")
def _(m):
    m.head(("From", "Mail Delivery System <MAILER-DAEMON@mailout.t-mail.example>"),
           ("To", BOX),
           ("Subject", ew("Unzustellbar: " + REMINDER_SUBJECT, "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<20271030073112.D41A5E0049@mailout.t-mail.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", relay="mailout.t-mail.example")
    note = m.text(f"""Dies ist eine automatisch erstellte Nachricht des Mailsystems
mailout.t-mail.example.

Ihre Nachricht konnte an den folgenden Empfänger nicht zugestellt werden:

    <{RUE_RCPT}>

Grund: Das Postfach des Empfängers ist voll (552 5.2.2 Mailbox full).
Der Empfänger muss zunächst Nachrichten löschen, bevor er neue E-Mails
empfangen kann. Bitte versuchen Sie es später noch einmal.

Die Kopfzeilen Ihrer Nachricht finden Sie im Anhang.
""", charset="utf-8", cte="quoted-printable", headers=[("Content-Description", "Benachrichtigung")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mailout.t-mail.example"),
         ("Arrival-Date", "Sat, 30 Oct 2027 09:30:07 +0200")],
        [("Final-Recipient", f"rfc822; {RUE_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx01.t-mail.example"),
         ("Diagnostic-Code", f"smtp; 552 5.2.2 <{RUE_RCPT}>: Mailbox full")])
    headers = (f"Return-Path: <{BOX}>\n"
               f"From: {FROM_NAME} <{BOX}>\n"
               f"To: Wolfgang =?utf-8?q?R=C3=BCschenschmidt?= <{RUE_RCPT}>\n"
               f"Subject: =?utf-8?q?Erinnerung=3A_Fachtag_Sprachmittlung_und_Ehrenamt_am_6=2E_November?=\n"
               f"Date: Sat, 30 Oct 2027 09:30:05 +0200\n"
               f"Message-ID: <mailbot.reminder7d.20271030093005.0c71@muenster.example>\n"
               f"Auto-Submitted: auto-generated\n"
               f"MIME-Version: 1.0\n"
               f"Content-Type: text/plain; charset=\"utf-8\"\n"
               f"Content-Transfer-Encoding: quoted-printable\n")
    hdrs = m.text(headers, subtype="rfc822-headers", charset="us-ascii", cte="7bit",
                  headers=[("Content-Description", "Kopfzeilen der Nachricht")])
    m.multi("report", [note, dsn, hdrs], params={"report-type": "delivery-status"})


# -- 036 ---------------------------------------------------------------------
# Out-of-office answer to the reminder, bilingual German/Arabic, recognisable
# from subject and text only: no Auto-Submitted, no X-Autoreply, no Precedence.

@mail("khalil-bilingual-ooo-no-headers", "2027-10-30 09:32:40",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", addr("رشا خليل", "rasha.khalil@gmail.example", "utf-8", "b")),
           ("To", BOX),
           ("Subject", "Abwesenheitsnotiz: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAM5qT1vOOO7x2Lr9dHf0pW3@mail.gmail.example>"),
           ("In-Reply-To", REMINDER7_KHALIL),
           ("References", REMINDER7_KHALIL),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre Nachricht. Ich bin bis zum 3. November nicht erreichbar und lese meine E-Mails erst danach. Ihre Nachricht wird nicht weitergeleitet.

شكراً لرسالتك. أنا في إجازة حتى 3 نوفمبر ولن أتمكن من قراءة بريدي الإلكتروني قبل ذلك. لن يتم تحويل رسالتك.

Rasha Khalil
""", charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Cancellation in French from the iPhone, replying to the 7-day reminder
# (WS-A quoted), Apple attribution line in French.  UTF-8 QP.

@mail("nkounkou-french-cancel-reminder", "2027-10-30 16:55:21",
      E("cancellation", "christelle.nkounkou@orange.example", "Christelle Nkounkou", None,
        [], None, "fr"), "fr")
def _(m):
    m.head(("From", "Christelle Nkounkou <christelle.nkounkou@orange.example>"),
           ("To", TO_BOX),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<6AE1F9C2-3D47-4B80-9F15-C28E7A0D4B61@orange.example>"),
           ("In-Reply-To", REMINDER7_NKOUNKOU),
           ("References", REMINDER7_NKOUNKOU),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single(f"""Bonjour Madame Brockhoff,

Je suis vraiment désolée, mais je ne pourrai pas venir samedi prochain : l'hôpital m'a demandé d'interpréter pour une famille ce jour-là et je ne peux pas refuser. Merci de donner ma place à quelqu'un d'autre.

J'espère pouvoir participer la prochaine fois.
Bien cordialement,
Christelle Nkounkou

Envoyé de mon iPhone

> Le 30 oct. 2027 à 09:30, {FROM_NAME} <{BOX}> a écrit :
>
{gt_quote(reminder("Frau Nkounkou", "WS-A", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Russian question (travel costs from Emsdetten, which document to bring),
# KOI8-R QP.  She says she is registered for the health seminar; that is
# not a new choice.  Name only in Cyrillic.

@mail("gerber-russian-question-travel", "2027-11-02 12:10:09",
      E("question", "irina.gerber@mail.example", "Ирина Гербер", None, [], None, "ru"), "ru", tz=1)
def _(m):
    m.head(("From", addr("Ирина Гербер", "irina.gerber@mail.example", "koi8-r", "b")),
           ("To", BOX),
           ("Subject", ew("Вопрос по проезду", "koi8-r", "b")),
           ("Date", m.date),
           ("Message-ID", "<1793617809.402215.3391@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день!

Я зарегистрирована на Fachtag в субботу (семинар по здравоохранению). Хотела узнать: возмещаются ли расходы на проезд? Я живу в Эмсдеттене, билет на поезд туда и обратно стоит около 14 евро.
И нужно ли приносить какой-то документ, например удостоверение волонтёра?

Заранее спасибо,
Ирина Гербер
""", charset="koi8-r", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Unrelated person mail (other): a school office asks the coordination
# office for a Tigrinya interpreter for a parents' meeting.  It has nothing
# to do with the Fachtag.  Outlook multipart/alternative, UTC.

WESSENDORF_TEXT = """Sehr geehrte Damen und Herren,

wir suchen für ein Elterngespräch am Dienstag, 9. November 2027, um 14:30 Uhr eine Dolmetscherin oder einen Dolmetscher für Tigrinya. Es geht um die weitere Schullaufbahn eines Schülers der 4. Klasse; das Gespräch dauert ca. 45 Minuten.

Die Adresse haben wir von einer Kollegin bekommen – falls wir hier falsch sind, leiten Sie die Anfrage bitte an die richtige Stelle weiter.

Mit freundlichen Grüßen
Petra Wessendorf
Sekretariat
Marienschule Münster – Städtische Grundschule
Tel. 0251 / 3 18 92-0"""


@mail("marienschule-interpreter-request", "2027-11-03 09:02:55",
      E("other"), "de", tz=0)
def _(m):
    m.head(("From", "Sekretariat Marienschule <sekretariat@marienschule-ms.example>"),
           ("To", BOX),
           ("Subject", "Dolmetscher Tigrinya gesucht - Elterngespräch 9.11."),
           ("Thread-Topic", "Dolmetscher Tigrinya gesucht - Elterngespräch 9.11."),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB1843C7D8E9F0A1B2C3D4E5F6A7B8@FR2P281MB1843.DEUP281.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(WESSENDORF_TEXT, outlook_html(WESSENDORF_TEXT), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 040 ---------------------------------------------------------------------
# Cancellation by the volunteer registered in 013, Gmail for Android reply
# to the 1-day reminder (WS-A quoted), plain text only.

@mail("jaber-cancel-reply-to-1d-reminder", "2027-11-05 18:40:27",
      E("cancellation", "a.jaber@mail.example", "Abdulrahman Jaber",
        None, [], None, "de"), "de", tz=1)
def _(m):
    m.head(("From", "Abdulrahman Jaber <a.jaber@mail.example>"),
           ("To", TO_BOX),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAK0mP7xT2yU4iO6pA8sD0fG2hJ4kL6zX8cV0bN2mQ4wE6rT8yUa@mail.example>"),
           ("In-Reply-To", REMINDER1_JABER),
           ("References", REMINDER1_JABER),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Brockhoff,

leider kann ich morgen nicht zum Fachtag kommen, mein Vater ist seit gestern im Krankenhaus und ich muss bei ihm bleiben und für ihn übersetzen. Es tut mir sehr leid. Bitte geben Sie meinen Platz an eine andere Person.

Mit freundlichen Grüßen
Abdulrahman Jaber

Am Fr., 5. Nov. 2027 um 09:30 Uhr schrieb {FROM_NAME} <{BOX}>:

{gt_quote(reminder("Herr Jaber", "WS-A", 1, days=1))}
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
FIRST = datetime.datetime(2027, 9, 1, tzinfo=datetime.timezone.utc)
LAST = datetime.datetime(2027, 11, 7, tzinfo=datetime.timezone.utc)


def check_mail(data, m):
    """Technical problems of one written mail (empty list when fine)."""
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
    if not FIRST <= when < LAST:
        problems.append(f"date {when} outside September - 6 November 2027")
    if when != m.when:
        problems.append("Date header differs from the build date")
    # every text part decodes strictly in its declared charset
    for p in all_parts(msg):
        if p.get_content_maintype() == "text":
            cs = p.get_content_charset() or "us-ascii"
            try:
                p.get_payload(decode=True).decode(cs, errors="strict")
            except (UnicodeDecodeError, LookupError) as e:
                problems.append(f"{p.get_content_type()} does not decode as {cs}: {e}")
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
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in (
                "schemas.microsoft.com", "www.w3.org"):
            problems.append(f"non-example URL host {dom}")
    for dom in re.findall(r"\b(?:from|by) ([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example host {dom}")
    return problems, msg, text


def decoded_text(msg):
    """Decoded headers and text bodies of every part, nested messages included."""
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
        if p.get_content_type() == "message/delivery-status":
            for b in p.get_payload():
                chunks += [f"{k}: {v}" for k, v in b.items()]
    return "\n".join(chunks)


def check_label(e, msg, text):
    """Problems of one expected record, judged against its mail."""
    problems = []
    if tuple(e) != FIELDS:
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        return [f"unknown kind {kind}"]
    wg = e["workgroups"]
    if any(w not in WS_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if wg and kind not in ("registration", "change"):
        problems.append("workgroups for a kind that chooses none")
    party = e["party_size"]
    if kind == "registration":
        if not isinstance(party, int) or party < 1:
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if party is not None and (not isinstance(party, int) or party < 1):
            problems.append("bad party_size for change")
    elif party is not None:
        problems.append("party_size must be null")
    if kind in ("auto_reply", "bounce", "other"):
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
    else:
        if not e["email"] or e["email"] != e["email"].lower():
            problems.append("person mail needs a lower-case email")
        elif e["email"] not in text.lower():
            problems.append("email occurs nowhere in the mail")
        if not e["name"]:
            problems.append("person mail needs a name")
        elif e["name"] not in text:
            problems.append(f"name {e['name']!r} occurs nowhere in the mail")
        if e["organisation"] is not None and e["organisation"] not in text:
            problems.append(f"organisation {e['organisation']!r} occurs nowhere in the mail")
        if not e["language"] or not re.fullmatch(r"[a-z]{2}", e["language"]):
            problems.append("language must be an ISO 639-1 code")
    if kind == "bounce":
        rcpt = e["bounced_recipient"]
        if not rcpt or rcpt != rcpt.lower():
            problems.append("bounce needs a lower-case bounced_recipient")
        else:
            finals = [str(b.get("Final-Recipient", "")).lower() for p in all_parts(msg)
                      if p.get_content_type() == "message/delivery-status"
                      for b in p.get_payload()]
            if not any(rcpt in f for f in finals):
                problems.append("bounced_recipient is in no Final-Recipient field")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    return problems


def check_config():
    cfg = tomllib.loads((HERE / "config.toml").read_text(encoding="utf-8"))
    ids = tuple(w["id"] for w in cfg["workgroups"])
    return [] if ids == WS_IDS else [f"config.toml workgroups {ids} != {WS_IDS}"]


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built})
    print("kind          " + " ".join(f"{lang:>3}" for lang in langs) + "  all")
    for k in KINDS:
        row = [table[(k, lang)] for lang in langs]
        print(f"{k:13} " + " ".join(f"{c:>3}" if c else "  -" for c in row) + f"  {kinds[k]:>3}")
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

    for problem in check_config():
        print(problem)
        bad += 1
    for (name, m, e, _), data in zip(built, datas):
        problems, msg, text = check_mail(data, m)
        problems += check_label(e, msg, text)
        for problem in problems:
            print(f"{name}: {problem}")
            bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
