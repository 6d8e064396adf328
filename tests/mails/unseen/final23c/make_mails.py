#!/usr/bin/env python3
"""Build the "returning participants" MSO-Tag set: mails/NNN-slug.eml and expected.json.

Theme: people who have been to the Tag der Migrantenselbstorganisationen before.
They write about last year's MSO-Tag (14 March 2026, with other workgroups),
earlier years (2014-2021, as on the city's page), the workgroup they sat in
before, earlier mails and phone calls and the previous coordinator (Dorothee
Kemper), next to this year's choice, which is often a different one.  Changes
and cancellations answer and quote this year's confirmation.

Every mail's text below is written by hand.  This script wraps the texts in MIME
with the standard `email` package, writes the files, and then reads every file
back with email.policy.default and checks it (no defects, every part decodes to
exactly the written text, example domains only, labels well formed and agreeing
with the mail, no sender twice).

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

The output is deterministic (fixed dates, Message-IDs and MIME boundaries).
Standard library only (Python 3.11).
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
import zlib
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded are written out as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"
INVITATION_ID = "<einladung-mso-2027.20270112140312@muenster.example>"
REMINDER_ID = "<erinnerung-mso-2027.20270211100004@muenster.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
LANGS = ("de", "en", "pl", "es", "ku", "el")


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
    """Quote a text the way Thunderbird/Gmail/iOS do: '> ' before each line."""
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))


def fold(name, value, width=78):
    """Fold a long ASCII header value at spaces."""
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
    return hashlib.sha256(f"final23c/{slug}/{n}".encode()).hexdigest()


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
        self.intended = []
        self._nboundary = 0

    def head(self, *pairs, envelope=None, received=True):
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", MSO)
        if received:
            domain = (sender or "relay.example").split("@")[-1]
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

    def _record(self, content):
        self.intended.append(content)

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None):
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
        self._record(text)
        return p

    def binary(self, data, maintype, subtype, filename):
        p = MIMEPart(policy=POLICY)
        p.set_content(data, maintype=maintype, subtype=subtype, cte="base64",
                      disposition="attachment", filename=filename)
        self._record(data)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
               params=None):
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            self.msg[k] = v
        self._record(text)

    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_DB9PR03MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.muenster.example"
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
        return self.msg.as_bytes(policy=POLICY)


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


# ---------------------------------------------------------------------------
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION = """Liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,
liebe Interessierte,

wir laden Sie herzlich zum Tag der Migrantenselbstorganisationen 2027 ein.

Datum: Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Ort: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Nach einem gemeinsamen Auftakt arbeiten wir am Nachmittag in drei
Arbeitsgruppen:

AG 1: Menschen mit Migrationsvorgeschichte im Bildungssystem
AG 2: Münsters Zukunftsprozess aus der Sicht der Menschen mit
      Migrationsvorgeschichte
AG 3: Förderungsmöglichkeiten und effektives Vereinsmanagement

Bitte melden Sie sich bis zum 6. März 2027 formlos per E-Mail an
mso-tag@muenster.example an. Nennen Sie uns bitte Ihren Namen, Ihre
Organisation, die gewünschte Arbeitsgruppe (gern auch einen Zweitwunsch)
und mit wie vielen Personen Sie kommen.

Die Teilnahme ist kostenlos. Für Getränke und einen Imbiss ist gesorgt.

Mit freundlichen Grüßen

Ihr Team des Kommunalen Integrationszentrums Münster
i. A. Meza Correa-Flock"""

INVITATION_SUBJECT = "Einladung: Tag der Migrantenselbstorganisationen 2027"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"
REMINDER_SUBJECT = "Erinnerung: Anmeldeschluss 6. März – Tag der Migrantenselbstorganisationen 2027"

REMINDER = """Liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,

wir möchten Sie daran erinnern, dass die Anmeldung zum Tag der
Migrantenselbstorganisationen 2027 noch bis zum 6. März 2027 möglich ist.

Datum: Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Ort: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Arbeitsgruppen:
AG 1: Menschen mit Migrationsvorgeschichte im Bildungssystem
AG 2: Münsters Zukunftsprozess aus der Sicht der Menschen mit
      Migrationsvorgeschichte
AG 3: Förderungsmöglichkeiten und effektives Vereinsmanagement

In einigen Arbeitsgruppen sind nur noch wenige Plätze frei. Wer sich
bereits angemeldet hat, muss nichts weiter tun.

Mit freundlichen Grüßen
Ihr Team des Kommunalen Integrationszentrums Münster"""

AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(salutation, ag, persons):
    """This year's confirmation (quoted in changes and cancellations)."""
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
    """The confirmation as a whole message (returned inside a bounce)."""
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


def outlook_head(charset):
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang=DE link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line, small=False):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    if small:
        return (f"<p class=MsoNormal><span style='font-size:8.0pt;color:gray'>{esc(line)}"
                f"</span><o:p></o:p></p>")
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


OUTLOOK_LABELS = {
    "de": ("Von:", "Gesendet:", "An:", "Betreff:"),
    "en": ("From:", "Sent:", "To:", "Subject:"),
    "el": ("Από:", "Στάλθηκε:", "Προς:", "Θέμα:"),
}


def outlook_html(text, quote=None, labels="de", charset="Windows-1252", small_tail=None):
    """Outlook-style HTML for `text`; quote = (from, sent, to, subject, quoted_text);
    small_tail = a disclaimer printed small under the signature."""
    out = [mso_p(line) for line in text.split("\n")]
    if small_tail:
        out.append(mso_p(""))
        out += [mso_p(line, small=True) for line in small_tail.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        lv, lg, la, lb = OUTLOOK_LABELS[labels]
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b>{lv}</b> {esc(von)}<br>\n"
                   f"<b>{lg}</b> {esc(gesendet)}<br>\n"
                   f"<b>{la}</b> {esc(an)}<br>\n"
                   f"<b>{lb}</b> {esc(betreff)}<o:p></o:p></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return outlook_head(charset) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels="de"):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    lv, lg, la, lb = OUTLOOK_LABELS[labels]
    return (f"{text}\n\n{lv} {von}\n{lg} {gesendet}\n{la} {an}\n"
            f"{lb} {betreff}\n\n{quoted}")


def div_html(text, font="font-family: Calibri, Helvetica, sans-serif; font-size: 12pt;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            f"</head><body><div style=\"{font}\">{divs}</div></body></html>\n")


def gmail_html(text, attribution=None, quoted=None):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    out = f"<div dir=\"ltr\">{inner}</div>"
    if attribution:
        q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
        out += ("<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
                f"{esc(attribution)}<br></div><blockquote class=\"gmail_quote\" "
                "style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);"
                f"padding-left:1ex\">{q}</blockquote></div>")
    return out + "\n"


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
# Thunderbird reply quoting the invitation; last year's "AG 2" (another topic)
# next to this year's choice AG 1.

@mail("demirtas-last-year-ag2-now-ag1", "2027-01-12 16:20:41",
      E("registration", "s.demirtas@dtfv-muenster.example", "Serpil Demirtaş",
        "Deutsch-Türkischer Frauenverein Münster e.V.", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Serpil Demirtaş <s.demirtas@dtfv-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5b1d7e20-3c4a-4f19-a8e6-0d9c2b7f4e11@dtfv-muenster.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Meza Correa-Flock,

danke für die Einladung, wir freuen uns schon! Letztes Jahr war ich in der
AG 2 (Antidiskriminierung), das war sehr lebendig. Dieses Jahr möchte ich
gern in die AG 1 zum Bildungssystem, weil wir im Verein gerade ein
Hausaufgabenprojekt aufbauen.

Ich komme alleine.

Herzliche Grüße
Serpil Demirtaş

-- 
Deutsch-Türkischer Frauenverein Münster e.V.
Hausaufgabenhilfe & Elternarbeit

Am 12.01.27 um 14:03 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Polish, iso-8859-2 quoted-printable; last year in "grupa 3" (other topic),
# this year group 2; "we dwoje" with her husband -> 2.

@mail("wrobel-polish-last-year-group-3", "2027-01-13 09:05:12",
      E("registration", "agnieszka.wrobel@most-muenster.example", "Agnieszka Wróbel",
        'Polskie Stowarzyszenie Kulturalne "Most" Münster', ["AG2"], 2, "pl"), "pl")
def _(m):
    m.head(("From", addr("Agnieszka Wróbel", "agnieszka.wrobel@most-muenster.example",
                         "iso-8859-2", "q")),
           ("To", MSO),
           ("Subject", ew("Zgłoszenie na MSO-Tag 2027", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<a4c0e7b2-61f8-4d3e-9b25-7e1f0c8d3a96@most-muenster.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.18.0"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

chciałabym zgłosić udział w Tag der Migrantenselbstorganisationen 13 marca 2027 r.

W zeszłym roku byłam w grupie roboczej nr 3 (cyfryzacja w stowarzyszeniach)
i bardzo mi się podobało. W tym roku wybieram grupę 2 - "Zukunftsprozess",
bo chcemy się bardziej zaangażować w sprawy miasta.

Przyjdę z mężem, czyli będziemy we dwoje.

Pozdrawiam serdecznie
Agnieszka Wróbel
Polskie Stowarzyszenie Kulturalne "Most" Münster
""", charset="iso-8859-2", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# Spanish, Gmail multipart/alternative; came in 2025 and 2026 (in group 2
# last year); three persons; first choice 3, second choice 1.

FERNANDEZ_TEXT = """Estimada Sra. Meza Correa-Flock:

Muchas gracias por la invitación. Como en 2025 y en 2026, nuestra asociación quiere participar otra vez en el Tag der Migrantenselbstorganisationen.

Este año seremos tres personas: mi compañera Valentina Ocampo, nuestro tesorero Jorge Peña y yo.
Nos interesa sobre todo el grupo de trabajo 3 (Förderungsmöglichkeiten und effektives Vereinsmanagement); como segunda opción, el grupo 1.

El año pasado estuvimos en el grupo 2 y salimos con muchas ideas, pero ahora lo que más necesitamos es información sobre subvenciones.

Un cordial saludo,
Lucía Fernández Ortega
Asociación Latinoamericana de Münster e.V."""


@mail("fernandez-spanish-2025-2026-first-second", "2027-01-13 18:40:33",
      E("registration", "lucia.fernandez.ortega@mail.example", "Lucía Fernández Ortega",
        "Asociación Latinoamericana de Münster e.V.", ["AG3", "AG1"], 3, "es"), "es")
def _(m):
    m.head(("From", "Lucía Fernández Ortega <lucia.fernandez.ortega@mail.example>"),
           ("To", MSO),
           ("Subject", "Inscripción MSO-Tag 2027 – Asociación Latinoamericana"),
           ("Date", m.date),
           ("Message-ID", "<CAM4xT9p2Lq8vN0rKc3bWz7yHf1jDs5gUe6oRa8iPw2mXk4nQtB@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(FERNANDEZ_TEXT, gmail_html(FERNANDEZ_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 004 ---------------------------------------------------------------------
# English Outlook (windows-1252, multipart/alternative) quoting the invitation
# with an English "From:/Sent:" block.  Last year four people in workgroup 1;
# this year only him, workgroup 3.

EZE_TEXT = """Dear Ms Meza Correa-Flock,

Thank you for the invitation. Last year four of us from the African Community Network attended and we all sat in workgroup 1. This year only I can make it, and I would like to join workgroup 3 on funding and association management – we are planning to apply for project funding for the first time.

Kind regards,
Chidi Eze
Secretary
African Community Network Münster e.V."""


@mail("eze-english-outlook-last-year-four", "2027-01-14 08:12:05",
      E("registration", "chidi.eze@acn-muenster.example", "Chidi Eze",
        "African Community Network Münster e.V.", ["AG3"], 1, "en"), "en")
def _(m):
    m.head(("From", '"Eze, Chidi" <chidi.eze@acn-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "RE: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbZk1c7Pq0Vb2mQ0K3mXQ8yB5tDbA1eZ9x"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB7711C3E1A0F24B8D9E6A5F7C2B1D@DB9PR03MB7711.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Tuesday, January 12, 2027 2:03 PM",
             f"Tag der Migrantenselbstorganisationen <{MSO}>",
             INVITATION_SUBJECT, INVITATION)
    m.alternative(outlook_plain(EZE_TEXT, quote, "en"), outlook_html(EZE_TEXT, quote, "en"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 005 ---------------------------------------------------------------------
# Kurmanji, UTF-8 base64.  "Par" (last year) in the second group; this year
# the first group; "du kes" = two persons.

@mail("baran-kurmanji-par-koma-duyem", "2027-01-14 20:33:48",
      E("registration", "rojda.baran@mail.example", "Rojda Baran",
        "Komeleya Jinên Kurd a Münsterê", ["AG1"], 2, "ku"), "ku")
def _(m):
    m.head(("From", "Rojda Baran <rojda.baran@mail.example>"),
           ("To", MSO),
           ("Subject", "Qeydkirin - MSO-Tag 13.03.2027"),
           ("Date", m.date),
           ("Message-ID", "<CAF7yR2kQ9mZ1xW4vB8nT3pL6sJd0GhYk5uE2oNcA7rB1xW9eTg@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Silav û rêz,

Ez Rojda Baran im, ji Komeleya Jinên Kurd a Münsterê. Par em beşdarî Roja Rêxistinên Koçberan (MSO-Tag) bûn û em di koma xebatê ya duyemîn de bûn. Îsal ez dixwazim beşdarî koma yekemîn bibim (Bildungssystem), ji ber ku pirsgirêkên zarokên me li dibistanê gelek in.

Em ê du kes bin: ez û hevala min Berîvan.

Bi silav,
Rojda Baran
Komeleya Jinên Kurd a Münsterê
""", charset="utf-8", cte="base64")


# -- 006 ---------------------------------------------------------------------
# Greek, iso-8859-7 quoted-printable.  Roman numerals typed with Greek
# capital iota (ΙΙΙ, ΙΙ), as on a Greek keyboard: last year ΙΙΙ, this year ΙΙ.
# Native-script signature beats the Latin display name.

@mail("karagianni-greek-iota-numerals", "2027-01-15 11:02:27",
      E("registration", "e.karagianni@mail.example", "Ελένη Καραγιάννη",
        "Σύλλογος Ελλήνων Γονέων Μύνστερ", ["AG2"], 1, "el"), "el")
def _(m):
    m.head(("From", "Eleni Karagianni <e.karagianni@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Δήλωση συμμετοχής - MSO-Tag 2027", "iso-8859-7", "b")),
           ("Date", m.date),
           ("Message-ID", "<1768471347.5522.1134@webmail.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Καλησπέρα σας,

θα ήθελα να δηλώσω συμμετοχή στην Ημέρα των Οργανώσεων Μεταναστών (Tag der Migrantenselbstorganisationen) στις 13 Μαρτίου.
Πέρσι ήμουν στην ομάδα εργασίας ΙΙΙ, φέτος θα ήθελα να πάω στην ομάδα ΙΙ (Zukunftsprozess).
Θα έρθω μόνη μου.

Με εκτίμηση,
Ελένη Καραγιάννη
Σύλλογος Ελλήνων Γονέων Μύνστερ
""", charset="iso-8859-7", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Written confirmation of a phone call; mentions the previous coordinator and
# last year's smaller group ("nur zu zweit"); now 4 persons, AG 3.

@mail("hassan-wie-telefonisch-besprochen", "2027-01-15 15:48:10",
      E("registration", "a.hassan@somali-kultur-ms.example", "Abdirahman Hassan",
        "Somalischer Kulturverein Münster e.V.", ["AG3"], 4, "de"), "de")
def _(m):
    m.head(("From", "Abdirahman Hassan <a.hassan@somali-kultur-ms.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Somalischer Kulturverein (wie telefonisch besprochen)"),
           ("Date", m.date),
           ("Message-ID", "<trinity-2e8b41c7-95d0-4a3f-b6e2-1c7d9f0a5e38-1768488490201@3c-app-webde-bap41>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Meza Correa-Flock,

wie heute Vormittag telefonisch mit Ihnen besprochen, melde ich unseren Verein hiermit auch schriftlich an.

Früher hat uns Frau Kemper die Einladung immer per Post geschickt, deshalb hatten wir Ihre E-Mail zuerst gar nicht gesehen – danke, dass Sie nachgefragt haben!

Wir kommen mit 4 Personen und möchten in die AG 3 (Förderung und Vereinsmanagement). Zum MSO-Tag 2026 waren wir nur zu zweit, diesmal kommen auch unsere zwei neuen Vorstandsmitglieder mit.

Mit freundlichen Grüßen
Abdirahman Hassan
1. Vorsitzender
Somalischer Kulturverein Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Question: does telling the previous coordinator at last year's event count
# as a registration?  Certificate of attendance as in 2026?  Registers no one.

@mail("schaefer-question-does-last-year-count", "2027-01-16 10:30:52",
      E("question", "irina.schaefer@ldr-muenster.example", "Irina Schäfer",
        "Landsmannschaft der Deutschen aus Russland, Ortsgruppe Münster", [], None, "de"), "de")
def _(m):
    m.head(("From", "Irina Schäfer <irina.schaefer@ldr-muenster.example>"),
           ("To", MSO),
           ("Subject", "Frage zur Anmeldung / Teilnahmebescheinigung"),
           ("Date", m.date),
           ("Message-ID", "<20270116103052.7c41e0@ldr-muenster.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich war beim MSO-Tag 2026 am 14. März dabei (AG Digitalisierung) und habe
damals am Ende der Veranstaltung Frau Kemper gesagt, dass wir 2027 wieder
kommen. Gilt das schon als Anmeldung, oder muss ich mich noch einmal per
E-Mail anmelden?

Und noch eine Frage: Letztes Jahr gab es eine Teilnahmebescheinigung.
Bekommt man die dieses Jahr auch? Zwei unserer Ehrenamtlichen brauchen sie
für die Ehrenamtskarte.

Wenn ich Ihre Antwort habe, schicke ich Ihnen alles Weitere.

Viele Grüße
Irina Schäfer
Landsmannschaft der Deutschen aus Russland, Ortsgruppe Münster
""", charset="utf-8", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# English; earlier MSO-Tage 2018 (with its motto) and the digital October 2020
# edition; working group II, else III; with a colleague -> 2.

@mail("raghunathan-english-2018-2020-ii-else-iii", "2027-01-18 09:15:37",
      E("registration", "priya.raghunathan@tamil-ms.example", "Priya Raghunathan",
        "Tamil Cultural Association Münster e.V.", ["AG2", "AG3"], 2, "en"), "en")
def _(m):
    m.head(("From", "Priya Raghunathan <priya.raghunathan@tamil-ms.example>"),
           ("To", MSO),
           ("Subject", "Registration MSO-Tag 13 March 2027"),
           ("Date", m.date),
           ("Message-ID", "<8f2a6c1e-4b7d-4e90-a3c5-d1e8f7b6a402@tamil-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Dear MSO-Tag team,

I would like to register for the Tag der Migrantenselbstorganisationen on
13 March 2027, together with my colleague Kavitha Suresh.

We have been to the MSO-Tag before – the 2018 one on "Potenziale der
Migrantenselbstorganisationen stärken" and the digital edition in October
2020 – and we are very glad to come back after a few years.

Our first choice would be working group II (Münster's future process), and
if that is full, working group III.

Best regards,
Priya Raghunathan
Tamil Cultural Association Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Vacation auto-reply (Auto-Submitted) to a confirmation.

@mail("vogt-vacation-auto-submitted", "2027-01-18 14:22:09",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Katharina Vogt <k.vogt@bildungswerk-ms.example>"),
           ("To", MSO),
           ("Subject", "Abwesenheitsnotiz: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<autoreply.1768742529.40021@bildungswerk-ms.example>"),
           ("In-Reply-To", "<mailbot.20270118142204.6d1f@muenster.example>"),
           ("References", "<mailbot.20270118142204.6d1f@muenster.example>"),
           ("Auto-Submitted", "auto-replied (vacation)"),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 25. Januar 2027 im Urlaub. Ihre E-Mail wird nicht
weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unser
Sekretariat unter 0251 / 60 33 41.

Mit freundlichen Grüßen
Katharina Vogt
""", charset="utf-8", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Polish, Outlook HTML only, windows-1250 quoted-printable.  Refers to mail
# with the previous coordinator in 2024; group I; "trzy osoby".

KOWALCZYK_TEXT = """Szanowni Państwo,

w imieniu naszego stowarzyszenia zgłaszam udział w tegorocznym Tag der Migrantenselbstorganisationen. W 2024 r. korespondowałam w tej sprawie z panią Kemper i wtedy zaproszenie przyszło jeszcze na mój stary adres – proszę od teraz pisać tylko na ten adres.

Przyjdę razem z dwiema koleżankami z zarządu, czyli będą nas trzy osoby.
Interesuje nas grupa robocza I („Menschen mit Migrationsvorgeschichte im Bildungssystem”), ponieważ prowadzimy polską szkołę sobotnią.

Z wyrazami szacunku
Beata Kowalczyk
Prezes
Stowarzyszenie Rodziców Polskich w Münsterze"""


@mail("kowalczyk-polish-outlook-html-2024", "2027-01-19 19:07:44",
      E("registration", "b.kowalczyk@srp-muenster.example", "Beata Kowalczyk",
        "Stowarzyszenie Rodziców Polskich w Münsterze", ["AG1"], 3, "pl"), "pl")
def _(m):
    m.head(("From", '"Kowalczyk, Beata" <b.kowalczyk@srp-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", ew("Zgłoszenie udziału – Stowarzyszenie Rodziców Polskich", "windows-1250", "q")),
           ("Thread-Topic", ew("Zgłoszenie udziału – Stowarzyszenie Rodziców Polskich", "windows-1250", "q")),
           ("Thread-Index", "AdtqW2d0c3p4Zk1bRkN2aGk5eDl2NA=="),
           ("Date", m.date),
           ("Message-ID", "<000001db6a5b$7c2d1e40$7487c0b0$@srp-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(KOWALCZYK_TEXT, charset="windows-1250"), subtype="html",
             charset="windows-1250", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Spanish from an iPhone; missed last year, was in group 1 in 2025; this
# year "el grupo de Förderung, el 3"; alone; no organisation.

@mail("morales-iphone-2025-group-1-now-3", "2027-01-20 07:45:19",
      E("registration", "carmen.morales@mail.example", "Carmen Morales", None,
        ["AG3"], 1, "es"), "es")
def _(m):
    m.head(("From", "Carmen Morales <carmen.morales@mail.example>"),
           ("To", MSO),
           ("Subject", "Inscripción"),
           ("Date", m.date),
           ("Message-ID", "<9C1E4F7A-2B3D-4E5F-8A6B-7C8D9E0F1A2B@mail.example>"),
           ("X-Mailer", "iPhone Mail (22C152)"),
           ("MIME-Version", "1.0"))
    m.single("""¡Hola!

Quiero inscribirme para el MSO-Tag del 13 de marzo. El año pasado no pude ir, pero en 2025 estuve en el grupo 1 y me gustó mucho. Esta vez me apunto al grupo de Förderung, el 3.

Voy yo sola.

Saludos
Carmen Morales

Enviado desde mi iPhone""", charset="utf-8", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Outlook HTML only, windows-1252; at every MSO-Tag since 2014 (motto quoted)
# except the digital 2020 one; registers herself and a colleague for AG 2;
# confidentiality disclaimer in small print.

LINDEMANN_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

seit dem MSO-Tag 2014 („Qualifizieren, Vernetzen, Handeln“) bin ich jedes Jahr dabei gewesen – nur 2020, als die Veranstaltung digital stattfand, hat es bei mir technisch nicht geklappt. Diese Tradition möchte ich natürlich auch 2027 fortsetzen.

Hiermit melde ich mich und meine Kollegin Frau Samira Haddou für die AG 2 (Münsters Zukunftsprozess) an.

Mit freundlichen Grüßen

Ulrike Lindemann
Koordination
Internationaler Familientreff Kinderhaus e.V.
Idenbrockplatz 8 · 48159 Münster
Tel. 0251 / 21 44 09"""

LINDEMANN_DISCLAIMER = """Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail. Das unerlaubte Kopieren sowie die Weitergabe dieser E-Mail sind nicht gestattet."""


@mail("lindemann-outlook-html-since-2014", "2027-01-20 13:10:02",
      E("registration", "u.lindemann@familientreff-kinderhaus.example", "Ulrike Lindemann",
        "Internationaler Familientreff Kinderhaus e.V.", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", '"Lindemann, Ulrike" <u.lindemann@familientreff-kinderhaus.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung MSO-Tag 2027"),
           ("Thread-Topic", "Anmeldung MSO-Tag 2027"),
           ("Thread-Index", "AdtrMf0A1B2C3D4E5F6A7B8C9D0E1F2A3B=="),
           ("Date", m.date),
           ("Message-ID", "<000a01db6b31$e4f5a6b0$aedff410$@familientreff-kinderhaus.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(LINDEMANN_TEXT, small_tail=LINDEMANN_DISCLAIMER), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# Kurmanji from a Turkish-locale client: iso-8859-9 quoted-printable.
# "Par em pênc kes bûn" (last year five) vs "îsal em ê sê kes bin" (three).

@mail("sexo-kurmanji-iso8859-9-par-penc-isal-se", "2027-01-21 17:55:26",
      E("registration", "xelil.sexo@ezidi-muenster.example", "Xelîl Şêxo",
        "Komeleya Êzîdiyan a Münsterê", ["AG3"], 3, "ku"), "ku")
def _(m):
    m.head(("From", addr("Xelîl Şêxo", "xelil.sexo@ezidi-muenster.example", "iso-8859-9", "q")),
           ("To", MSO),
           ("Subject", ew("Beşdarî MSO-Tag 2027", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270121165526.4a7b9c@ezidi-muenster.example>"),
           ("User-Agent", "Roundcube Webmail/1.5.6"),
           ("MIME-Version", "1.0"))
    m.single("""Rojbaş,

Wekî sala borî (2026), em ê dîsa beşdarî Roja Rêxistinên Koçberan bibin. Par em pênc kes bûn, lê îsal em ê sê kes bin.

Em dixwazin beşdarî koma xebatê ya sêyemîn bibin (Förderung / Vereinsmanagement), ji ber ku em dixwazin ji bo komeleya xwe alîkariya darayî bistînin.

Spas û silav,
Xelîl Şêxo
Komeleya Êzîdiyan a Münsterê
""", charset="iso-8859-9", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Greek question (Gmail, multipart/alternative): info table as in 2018?
# interpreting?  Will register later -> question.

PAPADAKI_TEXT = """Καλημέρα σας,

ο σύλλογός μας είχε συμμετάσχει στην Ημέρα των Οργανώσεων Μεταναστών το 2018, όπου είχαμε και ένα τραπέζι με ενημερωτικό υλικό. Θα ήθελα να ρωτήσω αν φέτος υπάρχει πάλι η δυνατότητα να στήσουμε ένα μικρό τραπέζι.

Επίσης: θα υπάρχει διερμηνεία; Δύο από τα μέλη μας δεν μιλούν καλά γερμανικά.

Μόλις μάθω, θα σας στείλω την εγγραφή μας.

Ευχαριστώ πολύ,
Μαρία Παπαδάκη
Ελληνικός Πολιτιστικός Σύλλογος «Ο Όμηρος» Μύνστερ"""


@mail("papadaki-greek-question-info-table", "2027-01-22 10:40:58",
      E("question", "maria.papadaki@omiros-ms.example", "Μαρία Παπαδάκη",
        "Ελληνικός Πολιτιστικός Σύλλογος «Ο Όμηρος» Μύνστερ", [], None, "el"), "el")
def _(m):
    m.head(("From", "Μαρία Παπαδάκη <maria.papadaki@omiros-ms.example>"),
           ("To", MSO),
           ("Subject", "Ερώτηση για την Ημέρα των Οργανώσεων Μεταναστών"),
           ("Date", m.date),
           ("Message-ID", "<CAJ3nP8rV2x6Tq1mZ9wLh4sKd7FgYk0uE5oNcB3rA8xW2eSgQ1m@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(PAPADAKI_TEXT, gmail_html(PAPADAKI_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 016 ---------------------------------------------------------------------
# Learner German; was at the 2017 MSO-Tag ("Thema war Arbeitsmarkt"); AG 2;
# organisation named after "von" in the running text.

@mail("tesfamariam-learner-german-2017", "2027-01-23 12:00:14",
      E("registration", "yohannes.tesfamariam@mail.example", "Yohannes Tesfamariam",
        "Eritreische Gemeinde Münster e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "yohannes.tesfamariam@mail.example"),
           ("To", MSO),
           ("Subject", "anmeldung MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAE2wQ5nT8b1Rx4mZ7vLk0sJd3FgYh6uE9oNcA2rB5xW8eTgP3k@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo liebe Team,

ich heisse Yohannes Tesfamariam, ich bin von Eritreische Gemeinde Münster e.V. Ich war schon 2017 bei MSO Tag, Thema war Arbeitsmarkt, das war sehr gut für mich, danach ich habe Ausbildung gefunden.

Jetzt ich möchte wieder kommen am 13.3. Ich möchte AG 2 Zukunftsprozess, weil ich will sagen was die junge Leute brauchen in Münster.
Ich komme alleine.

Danke
Yohannes Tesfamariam
""", charset="utf-8", cte="8bit")


# -- 017 ---------------------------------------------------------------------
# Postfix bounce of a confirmation to a mistyped domain ("mial" for "mail");
# the returned confirmation names AG 2 and 2 persons.

@mail("postfix-bounce-mial-typo", "2027-01-25 09:30:17",
      E("bounce", bounced="dilan.aksu@mial.example"), "en")
def _(m):
    rcpt = "dilan.aksu@mial.example"
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270125083017.4B2E91C7F3@mail.muenster.example>"),
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

<{rcpt}>: Host or domain name not found. Name service error for
    name=mial.example type=AAAA: Host not found
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "4B2E91C7F3"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Mon, 25 Jan 2027 09:30:14 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.4.4"),
         ("Diagnostic-Code", "X-Postfix; Host or domain name not found. Name service error\n"
                             "    for name=mial.example type=AAAA: Host not found")])
    original = confirmation_message(
        f"Dilan Aksu <{rcpt}>", "Frau Aksu", "AG2", 2,
        "Mon, 25 Jan 2027 09:30:14 +0100", "<mailbot.20270125093014.8a3c@muenster.example>",
        "<e41b7c9d-2a6f-4c80-b5d3-9f0e1a2b3c4d@mial.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 018 ---------------------------------------------------------------------
# Change, English Gmail reply quoting the confirmation (AG 1): was in the
# education group in 2021 already, so moves to workgroup 2.

OKORO_NEW = """Hello,

thanks for the quick confirmation. On second thought I would like to switch from workgroup 1 to workgroup 2. I was already in the education group at the MSO-Tag 2021 and I'd like to hear something new this time.

Best,
Emeka Okoro"""
OKORO_ATTR = f"On Mon, 18 Jan 2027 at 21:04, Tag der Migrantenselbstorganisationen <{MSO}> wrote:"
OKORO_CONF = confirmation("Herr Okoro", "AG1", 1)


@mail("okoro-english-gmail-change-1-to-2", "2027-01-26 11:15:40",
      E("change", "emeka.okoro@mail.example", "Emeka Okoro", None, ["AG2"], None, "en"), "en")
def _(m):
    m.head(("From", "Emeka Okoro <emeka.okoro@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAH1vK7pR3x9Tq2mZ8wLh5sJd4FgYk1uE6oNcB2rA9xW3eSgT5n@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270118210402.2b7e@muenster.example>"),
           ("References", "<mailbot.20270118210402.2b7e@muenster.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{OKORO_NEW}\n\n{OKORO_ATTR}\n\n{gt_quote(OKORO_CONF)}\n"
    m.alternative(plain, gmail_html(OKORO_NEW, OKORO_ATTR, OKORO_CONF),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 019 ---------------------------------------------------------------------
# Change from a shared association mailbox, Outlook plain text below a line of
# underscores; AG 3 -> AG 1 because the chairman was in AG 1 in 2021; the
# number of persons stays.

@mail("nouri-shared-mailbox-change-3-to-1", "2027-01-27 08:50:21",
      E("change", "vorstand@akv-muenster.example", "Ahmad Nouri",
        "Afghanischer Kulturverein Münster e.V.", ["AG1"], None, "de"), "de")
def _(m):
    m.head(("From", '"Afghanischer Kulturverein Münster e.V." <vorstand@akv-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<AS8PR04MB8120F1E2D3C4B5A69788A9B0C1D2@AS8PR04MB8120.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270119162210.4c2d@muenster.example>"),
           ("References", "<mailbot.20270119162210.4c2d@muenster.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

vielen Dank für die Bestätigung. Nach Rücksprache mit unserem Vorsitzenden, Herrn Wahidi, möchten wir doch nicht in die AG 3, sondern in die AG 1. Herr Wahidi war schon 2021 in der AG 1 (damals auch zum Bildungssystem) und möchte an die Ergebnisse von damals anknüpfen. Es bleibt bei 2 Personen.

Mit freundlichen Grüßen
Ahmad Nouri
Schriftführer
Afghanischer Kulturverein Münster e.V.

________________________________
Von: Tag der Migrantenselbstorganisationen <{MSO}>
Gesendet: Dienstag, 19. Januar 2027 16:22
An: Afghanischer Kulturverein Münster e.V. <vorstand@akv-muenster.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Herr Nouri", "AG3", 2)}
""", charset="windows-1252", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Change of party size only (1 -> 2), Polish Thunderbird reply quoting the
# confirmation; "ma 17 lat" is an age; the workgroup stays ("bez zmian").

@mail("nowak-polish-change-party-size", "2027-01-28 16:05:33",
      E("change", "katarzyna.nowak@mail.example", "Katarzyna Nowak", None, [], 2, "pl"), "pl")
def _(m):
    m.head(("From", "Katarzyna Nowak <katarzyna.nowak@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<7d3e9a10-5c2b-4f86-a1e4-b0c9d8e7f6a5@mail.example>"),
           ("In-Reply-To", "<mailbot.20270120101502.9e4a@muenster.example>"),
           ("References", "<mailbot.20270120101502.9e4a@muenster.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single(f"""Dzień dobry,

dziękuję za potwierdzenie. Mała zmiana: przyjdę jednak z córką (ma 17 lat
i działa w naszej grupie młodzieżowej), więc proszę zapisać 2 osoby. Grupa
robocza bez zmian.

W zeszłym roku córka nie mogła przyjść, bo miała egzaminy, więc tym
bardziej się cieszy.

Pozdrawiam
Katarzyna Nowak

W dniu 20.01.2027 o 10:15, Tag der Migrantenselbstorganisationen pisze:
{gt_quote(confirmation("Frau Nowak", "AG2", 1))}
""", charset="utf-8", cte="8bit")


# -- 021 ---------------------------------------------------------------------
# Registration that forwards last year's confirmation (2026, signed by the
# previous coordinator, AG 1 of 2026, 2 persons); new: three persons, AG 2.

HODZIC_OLD = """Liebe Frau Hodžić,

hiermit bestätige ich Ihre Anmeldung zum Tag der Migrantenselbstorganisationen am Samstag, 14. März 2026, im Stadtweinhaus für 2 Personen. Sie sind in der AG 1 „Ehrenamtliches Engagement stärken“ eingetragen.

Viele Grüße
Dorothee Kemper
Kommunales Integrationszentrum Münster"""

HODZIC_NEW = """Hallo liebes MSO-Team,

ich leite Ihnen unsere Bestätigung vom letzten Jahr weiter, damit Sie sehen, dass wir schon dabei waren. Bitte melden Sie uns für den 13. März 2027 wieder an, diesmal aber zu dritt und für die AG 2 (Zukunftsprozess).

Danke und liebe Grüße
Amra Hodžić
Bosnisch-Herzegowinischer Kulturverein Münster e.V."""

HODZIC_FWD = f"""---------- Forwarded message ---------
Von: MSO-Tag Münster <{MSO}>
Date: Mo., 2. März 2026 um 09:41 Uhr
Subject: Anmeldebestätigung MSO-Tag 2026
To: <amra.hodzic@bhkv-muenster.example>
"""


@mail("hodzic-forwards-2026-confirmation", "2027-01-29 09:40:06",
      E("registration", "amra.hodzic@bhkv-muenster.example", "Amra Hodžić",
        "Bosnisch-Herzegowinischer Kulturverein Münster e.V.", ["AG2"], 3, "de"), "de")
def _(m):
    m.head(("From", "Amra Hodžić <amra.hodzic@bhkv-muenster.example>"),
           ("To", MSO),
           ("Subject", "Fwd: Anmeldebestätigung MSO-Tag 2026"),
           ("Date", m.date),
           ("Message-ID", "<CAB9sD4mK1x7Tq3nZ6wLh2sJd8FgYk4uE0oNcR5rA1xW7eSgH2p@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{HODZIC_NEW}\n\n{HODZIC_FWD}\n\n{HODZIC_OLD}\n"
    fwd_html = "<br>\n".join(esc(line) for line in HODZIC_FWD.rstrip("\n").split("\n"))
    old_html = "".join(f"<div>{esc(line) if line else '<br>'}</div>"
                       for line in HODZIC_OLD.split("\n"))
    body = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in HODZIC_NEW.split("\n"))
    html_text = (f"<div dir=\"ltr\">{body}<br><div class=\"gmail_quote\">"
                 f"<div dir=\"ltr\" class=\"gmail_attr\">{fwd_html}<br></div><br><br>"
                 f"{old_html}</div></div>\n")
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 022 ---------------------------------------------------------------------
# English from the association's shared mailbox with a personal Reply-To; the
# former chairman used to register; first choice 1, second 2; two persons.

@mail("adeyemi-shared-mailbox-reply-to", "2027-02-01 10:20:45",
      E("registration", "blessing.adeyemi@mail.example", "Blessing Adeyemi",
        "Nigerian Community Association Münster e.V.", ["AG1", "AG2"], 2, "en"), "en")
def _(m):
    m.head(("From", '"Nigerian Community Association Münster" <info@ncam-muenster.example>'),
           ("Reply-To", "Blessing Adeyemi <blessing.adeyemi@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag 2027 registration - Nigerian Community Association"),
           ("Date", m.date),
           ("Message-ID", "<20270201102045.3f8d2c@ncam-muenster.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.7"),
           ("MIME-Version", "1.0"))
    m.single("""Good morning,

Our former chairman, Mr. Nwachukwu, always took care of the registration
for the MSO-Tag. He moved to Hamburg last summer, so I am now the contact
person for our association. Please use my personal address for any
correspondence.

We would like to register two people: myself and our youth coordinator,
Tunde Bakare.
First choice: working group 1 (education). Second choice: working group 2.

Many thanks,
Blessing Adeyemi
Chairperson
Nigerian Community Association Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# Registers a colleague who comes alone and was in "AG 3" last year; asks to
# confirm to his address; the writer does not come.

@mail("nguyen-registers-colleague-tran", "2027-02-02 14:35:50",
      E("registration", "minhtuan.tran@mail.example", "Minh Tuan Tran",
        "Vietnamesischer Kulturverein Münster e.V.", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Thi Lan Nguyen <thilan.nguyen@vkv-muenster.example>"),
           ("To", MSO),
           ("Cc", "minhtuan.tran@mail.example"),
           ("Subject", "Anmeldung Herr Tran – MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<6E2F8A1B-7C3D-4B5E-9F0A-1B2C3D4E5F60@vkv-muenster.example>"),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich möchte Herrn Minh Tuan Tran von unserem Verein zum MSO-Tag am 13. März
anmelden. Herr Tran war letztes Jahr in der AG 3 und wäre dieses Jahr gern
in der AG 1, weil er bei uns die Hausaufgabenhilfe leitet. Ich selbst kann
dieses Jahr leider nicht dabei sein.

Bitte schicken Sie die Bestätigung direkt an Herrn Tran:
minhtuan.tran@mail.example

Vielen Dank!
Thi Lan Nguyen
Vietnamesischer Kulturverein Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Polish, Gmail multipart/alternative; attended 2016 and 2018 (workshop on
# heritage-language teaching); "grupa robocza I"; "we czwórkę" = 4.

LEWANDOWSKI_TEXT = """Dzień dobry Pani,

Towarzystwo Polsko-Niemieckie w Münsterze zgłasza udział w MSO-Tag 2027. Byłem już na tym spotkaniu w 2016 i 2018 roku – w 2018 roku w warsztacie o nauczaniu języka ojczystego (herkunftssprachlicher Unterricht).

Przyjdziemy we czwórkę. Prosimy o przydział do grupy roboczej I.

Z poważaniem
Marek Lewandowski
Towarzystwo Polsko-Niemieckie w Münsterze"""


@mail("lewandowski-polish-2016-2018-we-czworke", "2027-02-03 19:20:08",
      E("registration", "marek.lewandowski@tpn-muenster.example", "Marek Lewandowski",
        "Towarzystwo Polsko-Niemieckie w Münsterze", ["AG1"], 4, "pl"), "pl")
def _(m):
    m.head(("From", "Marek Lewandowski <marek.lewandowski@tpn-muenster.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag 2027 – zgłoszenie TPN"),
           ("Date", m.date),
           ("Message-ID", "<CAD8qW3nL6x2Tq9mZ1wLh7sJd5FgYk2uE4oNcP8rA6xW1eSgM9r@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(LEWANDOWSKI_TEXT, gmail_html(LEWANDOWSKI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 025 ---------------------------------------------------------------------
# Spanish, HTML only from a web mailer; five persons two years ago (2025),
# two this year; group 2.

CASTILLO_TEXT = """Buenas noches:

Hace dos años, en el MSO-Tag 2025, vinimos cinco personas de nuestra asociación. Este año seremos solo dos: mi esposo Felipe y yo.

Nos gustaría participar en el grupo de trabajo 2, sobre el Zukunftsprozess de Münster.

Muchas gracias y saludos cordiales,
Diana Castillo
Colombianos en Münster e.V."""


@mail("castillo-spanish-html-only-cinco-dos", "2027-02-04 21:10:55",
      E("registration", "diana.castillo@outlook.example", "Diana Castillo",
        "Colombianos en Münster e.V.", ["AG2"], 2, "es"), "es")
def _(m):
    m.head(("From", "Diana Castillo <diana.castillo@outlook.example>"),
           ("To", MSO),
           ("Subject", "Inscripción MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<PAXP251MB0412A7B8C9D0E1F2A3B4C5D6E7F8@PAXP251MB0412.EURP251.PROD.OUTLOOK.example>"),
           ("Content-Language", "es-ES"),
           ("MIME-Version", "1.0"))
    m.single(div_html(CASTILLO_TEXT), subtype="html", charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Kurmanji; registered last year but fell ill and did not come; "koma 3";
# alone; no organisation.

@mail("demir-kurmanji-last-year-ill", "2027-02-05 12:45:31",
      E("registration", "zozan.demir@mail.example", "Zozan Demir", None,
        ["AG3"], 1, "ku"), "ku")
def _(m):
    m.head(("From", "Zozan Demir <zozan.demir@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<1770291931.208817.5512@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Silav,

Navê min Zozan Demir e. Sala borî min xwe ji bo vê rojê qeyd kiribû, lê ez nexweş ketim û nehatim. Îsal ez dixwazim dîsa beşdar bibim.

Ez dixwazim beşdarî koma 3 bibim (Förderungsmöglichkeiten). Ez ê bi tenê bêm.

Gelek spas
Zozan Demir
""", charset="utf-8", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Greek, Apple Mail multipart/alternative; the 2018 workshop on mother-tongue
# teaching; this year group 1; with a colleague -> 2.

GEORGIOU_TEXT = """Αγαπητή κυρία Meza Correa-Flock,

το 2018 είχα συμμετάσχει στο εργαστήριο για τη διδασκαλία της μητρικής γλώσσας (herkunftssprachlicher Unterricht) και ήταν πολύ χρήσιμο για το σχολείο μας. Φέτος θα ήθελα να δηλώσω συμμετοχή στην ομάδα εργασίας 1 (Bildungssystem).

Θα έρθω μαζί με μια συνάδελφο, άρα είμαστε δύο άτομα.

Με φιλικούς χαιρετισμούς,
Νίκος Γεωργίου
Σύλλογος Γονέων και Κηδεμόνων Ελληνοπαίδων Μύνστερ"""


@mail("georgiou-greek-apple-2018-workshop", "2027-02-08 09:00:42",
      E("registration", "n.georgiou@goneis-ms.example", "Νίκος Γεωργίου",
        "Σύλλογος Γονέων και Κηδεμόνων Ελληνοπαίδων Μύνστερ", ["AG1"], 2, "el"), "el")
def _(m):
    m.head(("From", "Nikos Georgiou <n.georgiou@goneis-ms.example>"),
           ("To", MSO),
           ("Subject", "Συμμετοχή MSO-Tag 2027"),
           ("Date", m.date),
           ("Message-ID", "<3A4B5C6D-7E8F-4091-A2B3-C4D5E6F7A8B9@goneis-ms.example>"),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("MIME-Version", "1.0"))
    m.alternative(GEORGIOU_TEXT, apple_html(GEORGIOU_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 028 ---------------------------------------------------------------------
# Network newsletter (other): looks back at the MSO-Tag 2026 (previous
# coordinator retired) and announces this year's registration.

RUNDBRIEF_TEXT = """Netzwerk der Migrantenselbstorganisationen Münster – Rundbrief Februar 2027

Liebe Mitglieder, liebe Freundinnen und Freunde,

1. Rückblick MSO-Tag 2026
Beim MSO-Tag am 14. März 2026 im Stadtweinhaus waren über 80 Teilnehmende aus 35 Vereinen dabei. Die Dokumentation der drei Arbeitsgruppen (Ehrenamt, Antidiskriminierung, Digitale Vereinsarbeit) finden Sie unter https://mso-netzwerk-muenster.example/doku-2026
Dorothee Kemper, die den MSO-Tag viele Jahre begleitet hat, ist inzwischen im Ruhestand. Wir sagen herzlich danke!

2. MSO-Tag 2027
Der nächste MSO-Tag findet am 13. März 2027 statt. Anmeldung bis 6. März formlos per E-Mail an mso-tag@muenster.example.

3. Stammtisch
Unser nächster Stammtisch ist am 24. Februar um 19 Uhr im Café Weltladen.

Sie erhalten diesen Rundbrief als Mitglied des Netzwerks.
Abmelden: https://mso-netzwerk-muenster.example/rundbrief/abmelden?id=2291"""


@mail("netzwerk-rundbrief-rueckblick-2026", "2027-02-09 10:15:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Netzwerk MSO Münster <rundbrief@mso-netzwerk-muenster.example>"),
           ("To", MSO),
           ("Subject", "Rundbrief Februar 2027: Rückblick MSO-Tag 2026, Stammtisch"),
           ("Date", m.date),
           ("Message-ID", "<rundbrief-2027-02.2291.88a1@mso-netzwerk-muenster.example>"),
           ("List-Id", "Rundbrief Netzwerk MSO <rundbrief.mso-netzwerk-muenster.example>"),
           ("List-Unsubscribe", "<https://mso-netzwerk-muenster.example/rundbrief/abmelden?id=2291>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(RUNDBRIEF_TEXT, div_html(RUNDBRIEF_TEXT, "font-family: Arial, sans-serif;"),
                  charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Phone mail, all lower case, after a phone call; "zu 2", "ag zukunftsprozess";
# "letztes jahr waren wir in der 1" is last year's group.

@mail("celebi-phone-lower-case-am-telefon", "2027-02-10 18:30:12",
      E("registration", "y.celebi@tikv-coerde.example", "yusuf çelebi",
        "türkisch-islamischer kulturverein coerde", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Yusuf <y.celebi@tikv-coerde.example>"),
           ("To", MSO),
           ("Subject", "anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<k3p9w2.1770744612.samsung@tikv-coerde.example>"),
           ("MIME-Version", "1.0"))
    m.single("""hallo frau meza correa-flock,
wie am telefon gesagt wir kommen zu 2 personen, ag zukunftsprozess bitte. letztes jahr waren wir in der 1, war auch gut aber diesmal das andere thema.
gruß yusuf çelebi
türkisch-islamischer kulturverein coerde

Von meinem Samsung Galaxy Smartphone gesendet.""", charset="utf-8", cte="base64")


# -- 030 ---------------------------------------------------------------------
# Reply to the reminder (quoted with all three AGs); "seit 2015"; AG 1,
# else AG 3.

@mail("russo-brandt-reply-to-reminder-seit-2015", "2027-02-11 10:20:36",
      E("registration", "g.russo-brandt@dif-muenster.example", "Giuseppina Russo-Brandt",
        "Deutsch-Italienischer Freundeskreis Münster e.V.", ["AG1", "AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Giuseppina Russo-Brandt <g.russo-brandt@dif-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<b7c2e9f1-0a4d-4b83-95e6-2f1d0c9b8a73@dif-muenster.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.6.1"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Meza Correa-Flock,

gut, dass Sie erinnern – ich hätte es fast verpasst! Ich bin seit 2015
jedes Jahr beim MSO-Tag gewesen und möchte die Serie nicht abreißen lassen.

Ich melde mich für die AG 1 an; falls die voll ist, nehme ich gern die AG 3.

Herzliche Grüße
Giuseppina Russo-Brandt
Deutsch-Italienischer Freundeskreis Münster e.V.

Am 11.02.27 um 10:00 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(REMINDER)}
""", charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Exchange automatic reply to the reminder (Auto-Submitted: auto-generated,
# X-Auto-Response-Suppress).

@mail("bruening-exchange-automatische-antwort", "2027-02-11 10:26:03",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", '"Brüning, Markus" <m.bruening@jmd-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0c7e5b3a91d24f6e8a1b2c3d4e5f6a7b@EXCH02.jmd-muenster.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "m.bruening@jmd-muenster.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich bin bis zum 19.02.2027 nicht im Hause. Ihre Nachricht wird in dieser
Zeit nicht gelesen. In dringenden Fällen wenden Sie sich bitte an
info@jmd-muenster.example.

Mit freundlichen Grüßen
Markus Brüning
Jugendmigrationsdienst Münster
""", charset="windows-1252", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# English question: slides from last year's workgroup 3 (digital); is this
# year's working group III the same as in 2021?  Will register later.

@mail("osman-english-question-2021-same-group", "2027-02-12 15:20:47",
      E("question", "farida.osman@sudan-verein-ms.example", "Farida Osman",
        "Sudanese Association Münster e.V.", [], None, "en"), "en")
def _(m):
    m.head(("From", "Farida Osman <farida.osman@sudan-verein-ms.example>"),
           ("To", MSO),
           ("Subject", "Two questions before we register"),
           ("Date", m.date),
           ("Message-ID", "<20270212152047.GA41827@sudan-verein-ms.example>"),
           ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Dear organisers,

I have two questions before I register our group:

1. Last year we were in workgroup 3 on digital tools, and the facilitator
   promised to send the slides afterwards. We never received them - are
   they still available somewhere?
2. A member of our board says that this year's working group III is the
   same as in 2021 (funding and association management). Is it the same
   content, or has it been updated? Some of us attended in 2021 and would
   prefer something new in that case.

Once I know, I will send you our registration.

Kind regards,
Farida Osman
Sudanese Association Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Change of workgroup and of party size (AG 2, 3 persons -> AG 3, 2),
# Thunderbird reply quoting the confirmation.

@mail("petrosyan-change-ag2-to-ag3-zu-zweit", "2027-02-15 09:10:28",
      E("change", "anahit.petrosyan@armenische-gemeinde.example", "Anahit Petrosyan",
        "Armenische Gemeinde Münster e.V.", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Anahit Petrosyan <anahit.petrosyan@armenische-gemeinde.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f@armenische-gemeinde.example>"),
           ("In-Reply-To", "<mailbot.20270202183105.7f3b@muenster.example>"),
           ("References", "<mailbot.20270202183105.7f3b@muenster.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Tag,

wir müssen unsere Anmeldung leider ändern: Unser Kassenwart ist an dem
Wochenende verreist, wir kommen also nur zu zweit. Außerdem würden wir
lieber in die AG 3 wechseln. Letztes Jahr ging es bei uns vor allem um
Digitales, aber jetzt sind Fördermittel für uns das wichtigste Thema – die
AG 2 passt für uns doch nicht so gut.

Viele Grüße
Anahit Petrosyan
Armenische Gemeinde Münster e.V.

Am 02.02.27 um 18:31 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(confirmation("Frau Petrosyan", "AG2", 3))}
""", charset="utf-8", cte="8bit")


# -- 034 ---------------------------------------------------------------------
# Greek change, Outlook multipart/alternative with a Greek "Από:/Στάλθηκε:"
# block; group 1 -> group 3, and if 3 is full stay in 1.

ANTONIOU_TEXT = """Καλημέρα,

σας ευχαριστώ για την επιβεβαίωση. Θα ήθελα όμως να αλλάξω ομάδα: αντί για την ομάδα 1 προτιμώ την ομάδα 3 (Förderungsmöglichkeiten). Αν η ομάδα 3 είναι ήδη γεμάτη, μένω στην ομάδα 1.

Πέρσι είχαμε μιλήσει στο διάλειμμα με την κυρία Kemper για επιχορηγήσεις και θέλω να συνεχίσω αυτό το θέμα.

Με εκτίμηση,
Δημήτρης Αντωνίου
Ελληνική Κοινότητα Μύνστερ"""


@mail("antoniou-greek-outlook-change-3-else-1", "2027-02-16 11:25:19",
      E("change", "d.antoniou@elliniki-koinotita-ms.example", "Δημήτρης Αντωνίου",
        "Ελληνική Κοινότητα Μύνστερ", ["AG3", "AG1"], None, "el"), "el")
def _(m):
    m.head(("From", addr("Αντωνίου Δημήτρης", "d.antoniou@elliniki-koinotita-ms.example",
                         "utf-8", "b")),
           ("To", TO_MSO),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbeF3k9s8d7f6g5h4j3k2l1m0n9b8v7c6x"),
           ("Date", m.date),
           ("Message-ID", "<VI1PR09MB4410B2C3D4E5F6A7B8C9D0E1F2A3@VI1PR09MB4410.eurprd09.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270203095207.1a8e@muenster.example>"),
           ("References", "<mailbot.20270203095207.1a8e@muenster.example>"),
           ("Accept-Language", "el-GR, de-DE"),
           ("Content-Language", "el-GR"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Τετάρτη, 3 Φεβρουαρίου 2027 9:52 πμ",
             "Αντωνίου Δημήτρης <d.antoniou@elliniki-koinotita-ms.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Antoniou", "AG1", 1))
    m.alternative(outlook_plain(ANTONIOU_TEXT, quote, "el"),
                  outlook_html(ANTONIOU_TEXT, quote, "el", charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 035 ---------------------------------------------------------------------
# Spanish cancellation, Gmail with Spanish attribution, quoting the
# confirmation (AG 1, 1 person); mentions last year and 2028.

RIVAS_NEW = """Hola:

Lamentablemente tengo que cancelar mi inscripción para el 13 de marzo. Ese fin de semana tenemos la asamblea general de nuestra asociación y no puedo faltar.

Es una pena, porque el año pasado fue muy interesante. Espero poder ir en 2028.

Saludos cordiales,
Paula Rivas
Asociación Cultural Chilena de Münster"""
RIVAS_ATTR = f"El mié, 27 ene 2027 a las 11:02, Tag der Migrantenselbstorganisationen (<{MSO}>) escribió:"
RIVAS_CONF = confirmation("Frau Rivas", "AG1", 1)


@mail("rivas-spanish-cancel-gmail", "2027-02-18 17:40:04",
      E("cancellation", "paula.rivas@mail.example", "Paula Rivas",
        "Asociación Cultural Chilena de Münster", [], None, "es"), "es")
def _(m):
    m.head(("From", "Paula Rivas <paula.rivas@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAK2rT6mP9x4Tq7nZ3wLh1sJd6FgYk8uE2oNcV4rA3xW5eSgR7q@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270127110211.3c9f@muenster.example>"),
           ("References", "<mailbot.20270127110211.3c9f@muenster.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{RIVAS_NEW}\n\n{RIVAS_ATTR}\n\n{gt_quote(RIVAS_CONF)}\n"
    m.alternative(plain, gmail_html(RIVAS_NEW, RIVAS_ATTR, RIVAS_CONF),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 036 ---------------------------------------------------------------------
# Addressed to the previous coordinator, then to the new team; AG 2, else
# AG 1; with her husband -> 2; the old 2020 form attached as PDF.

BECKER_TEXT = """Liebe Frau Kemper,

ach nein, ich habe gerade im Rundbrief gelesen, dass Sie im Ruhestand sind! Dann an das neue Team: herzliche Grüße und alles Gute für den MSO-Tag in neuer Besetzung.

Ich möchte mich und meinen Mann anmelden. Am liebsten AG 2 (Münsters Zukunftsprozess), sonst AG 1.

Im Anhang noch das Anmeldeformular - ich hatte nur das alte vom digitalen MSO-Tag 2020, da stehen andere Fragen drauf, ich hoffe, das macht nichts.

Viele Grüße
Ludmila Becker
Verein der Deutschen aus Kasachstan Münster e.V."""


@mail("becker-to-kemper-old-2020-form-pdf", "2027-02-19 08:55:37",
      E("registration", "l.becker@vdk-muenster.example", "Ludmila Becker",
        "Verein der Deutschen aus Kasachstan Münster e.V.", ["AG2", "AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Ludmila Becker <l.becker@vdk-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<2027021908553.51e9a0@vdk-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    text = m.text(BECKER_TEXT, charset="iso-8859-15", cte="quoted-printable")
    pdf = m.binary(make_pdf([
        "Anmeldung Tag der Migrantenselbstorganisationen 2020",
        "Digitale Veranstaltung im Oktober 2020",
        "Name: Ludmila Becker",
        "Organisation: Verein der Deutschen aus Kasachstan Muenster e.V.",
        "Anzahl Personen: 2",
        "Zugangsdaten bitte an: l.becker@vdk-muenster.example",
    ]), "application", "pdf", "Anmeldeformular_MSO-Tag_2020.pdf")
    m.multi("mixed", [text, pdf])


# -- 037 ---------------------------------------------------------------------
# Spanish registration written as a reply to LAST YEAR's mail from the
# previous coordinator (quoted: AG 3 of 2026, 2 persons); new: group 1, three.

VILLALOBOS_OLD = """Lieber Herr Villalobos,

vielen Dank für Ihre Anmeldung. Ich habe Sie und Ihre Kollegin für die AG 3 (Digitale Vereinsarbeit) am Samstag, 14. März 2026, eingetragen (2 Personen).

Viele Grüße
Dorothee Kemper
Kommunales Integrationszentrum Münster"""


@mail("villalobos-spanish-replies-to-2026-mail", "2027-02-22 13:30:26",
      E("registration", "andres.villalobos@circulo-hispano.example", "Andrés Villalobos",
        "Círculo Hispano de Münster e.V.", ["AG1"], 3, "es"), "es")
def _(m):
    m.head(("From", "Andrés Villalobos <andres.villalobos@circulo-hispano.example>"),
           ("To", "MSO-Tag Münster <mso-tag@muenster.example>"),
           ("Subject", "Re: Anmeldung MSO-Tag 2026"),
           ("Date", m.date),
           ("Message-ID", "<4f7a1c2e-9b3d-4e6f-a0b8-c5d2e1f9a7b3@circulo-hispano.example>"),
           ("In-Reply-To", "<kemper.20260302094112.51a2@muenster.example>"),
           ("References", "<a9b8c7d6-0123-4567-89ab-cdef01234567@circulo-hispano.example>"
                          " <kemper.20260302094112.51a2@muenster.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.0"),
           ("Content-Language", "es-ES"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hola Sra. Meza Correa-Flock:

Le contesto a este correo del año pasado porque no encuentro la invitación
de este año. Queremos participar otra vez en el MSO-Tag, el 13 de marzo de
2027.

Esta vez seremos tres personas y nos gustaría ir al grupo de trabajo 1
(Bildungssystem).

Un saludo muy cordial,
Andrés Villalobos
Círculo Hispano de Münster e.V.

El 02/03/2026 a las 9:41, MSO-Tag Münster escribió:
{gt_quote(VILLALOBOS_OLD)}
""", charset="iso-8859-1", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Kurmanji change from group 2 to group 3, Gmail with German interface
# attribution; last year in the anti-discrimination group; number unchanged.

ASLAN_NEW = """Silav,

Spas ji bo piştrastkirinê. Em dixwazin ji koma 2 derbasî koma 3 bibin (Förderung û Vereinsmanagement). Hejmara me wek xwe dimîne.

Sala borî jî em di koma dijî cudakariyê de bûn, îsal em dixwazin li ser pereyên piştgiriyê fêr bibin.

Bi rêz,
Berfîn Aslan
Komeleya Ciwanên Kurd li Münsterê"""
ASLAN_ATTR = (f"Am Mi., 3. Feb. 2027 um 12:10 Uhr schrieb Tag der Migrantenselbstorganisationen "
              f"<{MSO}>:")
ASLAN_CONF = confirmation("Frau Aslan", "AG2", 2)


@mail("aslan-kurmanji-change-2-to-3", "2027-02-24 20:15:49",
      E("change", "berfin.aslan@mail.example", "Berfîn Aslan",
        "Komeleya Ciwanên Kurd li Münsterê", ["AG3"], None, "ku"), "ku")
def _(m):
    m.head(("From", "Berfîn Aslan <berfin.aslan@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAG5tY8nR2x6Tq4mZ0wLh9sJd3FgYk7uE1oNcK6rA2xW4eSgB8s@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270203121004.5e2a@muenster.example>"),
           ("References", "<mailbot.20270203121004.5e2a@muenster.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{ASLAN_NEW}\n\n{ASLAN_ATTR}\n\n{gt_quote(ASLAN_CONF)}\n"
    m.alternative(plain, gmail_html(ASLAN_NEW, ASLAN_ATTR, ASLAN_CONF),
                  charset="utf-8", cte="base64", style="gmail")


# -- 039 ---------------------------------------------------------------------
# Polish cancellation from a Polish webmail ("napisał(a):"), UTF-8 base64,
# quoting the confirmation (AG 3, 1 person).

@mail("mazur-polish-cancel-webmail", "2027-02-26 10:10:13",
      E("cancellation", "tomasz.mazur@poczta.example", "Tomasz Mazur", None, [], None, "pl"), "pl")
def _(m):
    m.head(("From", "Tomasz Mazur <tomasz.mazur@poczta.example>"),
           ("To", MSO),
           ("Subject", "Odp: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<b2c41f7e9a0d4c13.4d5e6f70@poczta.example>"),
           ("In-Reply-To", "<mailbot.20270205103307.6b1d@muenster.example>"),
           ("References", "<mailbot.20270205103307.6b1d@muenster.example>"),
           ("X-Mailer", "Poczta Webmail 3.4"),
           ("MIME-Version", "1.0"))
    m.single(f"""Dzień dobry,

niestety muszę odwołać swój udział w MSO-Tag 13 marca. Dostałem zmianę w pracy na sobotę i nie da się jej zamienić.

W zeszłym roku byłem i było naprawdę super, więc bardzo żałuję. Mam nadzieję, że za rok się uda.

Pozdrawiam
Tomasz Mazur

Dnia 5 lutego 2027 10:33 Tag der Migrantenselbstorganisationen <{MSO}> napisał(a):
{gt_quote(confirmation("Herr Mazur", "AG3", 1))}
""", charset="utf-8", cte="base64")


# -- 040 ---------------------------------------------------------------------
# English, Outlook HTML only; last took part in 2021 (same three working groups,
# then III); this time working group I; "My wife and I" -> 2.

MAHMOOD_TEXT = """Dear Ms Meza Correa-Flock,

I hope I am not too late. My wife and I would like to register for the MSO-Tag on 13 March.

We last took part in 2021, when the three working groups were the same as this year – back then we were both in working group III. This time we would like to join working group I, as our children have just started school in Münster.

Kind regards,
Tariq Mahmood
Pakistani Community Münster e.V."""


@mail("mahmood-english-outlook-html-2021-iii-now-i", "2027-03-01 16:40:52",
      E("registration", "tariq.mahmood@pcm-muenster.example", "Tariq Mahmood",
        "Pakistani Community Münster e.V.", ["AG1"], 2, "en"), "en")
def _(m):
    m.head(("From", "Tariq Mahmood <tariq.mahmood@pcm-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Registration for 13 March"),
           ("Thread-Topic", "Registration for 13 March"),
           ("Thread-Index", "AdtqZ8m2n4b6v8c0x2z4a6s8d0f2g4h6j8=="),
           ("Date", m.date),
           ("Message-ID", "<000b01db8a9c$1d2e3f40$57e9bdc0$@pcm-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "en-gb"),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(MAHMOOD_TEXT), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# Personal note from the previous coordinator (other): good wishes, will not
# come; mentions 2014 and an old address list.

@mail("kemper-personal-note-good-luck", "2027-03-03 11:05:40",
      E("other"), "de")
def _(m):
    m.head(("From", "Dorothee Kemper <dorothee.kemper@mail.example>"),
           ("To", MSO),
           ("Subject", "Alles Gute für den 13. März!"),
           ("Date", m.date),
           ("Message-ID", "<E8F1A2B3-C4D5-4E6F-9A0B-1C2D3E4F5A6B@mail.example>"),
           ("X-Mailer", "iPad Mail (22C152)"),
           ("MIME-Version", "1.0"))
    m.single("""Liebe Ximena,

ich wollte Dir nur schnell alles Gute für den MSO-Tag wünschen – der erste ohne mich im Hintergrund! Ich weiß noch, wie aufgeregt ich 2014 vor dem ersten Mal war.

Am 13. März bin ich leider bei meiner Tochter in Freiburg, sonst wäre ich als Gast vorbeigekommen. Die alte Adressliste mit den Vereinen von 2026 liegt übrigens noch im Büro im Schrank, zweites Fach links.

Herzliche Grüße aus dem Ruhestand
Dorothee

Von meinem iPad gesendet""", charset="utf-8", cte="quoted-printable")


# -- 042 ---------------------------------------------------------------------
# Kurmanji cancellation from an iPhone with German interface, quoting the
# confirmation (AG 1, 2 persons).

@mail("dogan-kurmanji-cancel-iphone", "2027-03-05 14:20:11",
      E("cancellation", "jiyan.dogan@mail.example", "Jiyan Doğan", None, [], None, "ku"), "ku")
def _(m):
    m.head(("From", "Jiyan Doğan <jiyan.dogan@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0F1E2D3C-4B5A-4968-8776-A5B4C3D2E1F0@mail.example>"),
           ("In-Reply-To", "<mailbot.20270209141203.8c4e@muenster.example>"),
           ("References", "<mailbot.20270209141203.8c4e@muenster.example>"),
           ("X-Mailer", "iPhone Mail (22D63)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Silav û rêz,

Mixabin em nikarin roja 13ê Adarê werin. Bavê min nexweş e û divê ez biçim Tirkiyê. Ji kerema xwe qeyda me betal bikin.

Par jî em nikaribûn werin, ez pir xemgîn im. Hêvî dikim sala bê.

Spas,
Jiyan Doğan

Von meinem iPhone gesendet

Am 09.02.2027 um 14:12 schrieb Tag der Migrantenselbstorganisationen <{MSO}>:

{gt_quote(confirmation("Frau Doğan", "AG1", 2))}""", charset="utf-8", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# Greek cancellation, Gmail with Greek attribution, quoting the confirmation
# (AG 2, 3 persons); "25ης Μαρτίου" is a national holiday, not a number.

MAVRIDOU_NEW = """Καλημέρα σας,

δυστυχώς τελικά δεν θα μπορέσουμε να έρθουμε στις 13 Μαρτίου: την ίδια μέρα έχουμε πρόβα με τα παιδιά για τη γιορτή της 25ης Μαρτίου. Σας παρακαλώ να ακυρώσετε τη δήλωση συμμετοχής μας.

Πέρσι ήταν υπέροχα, ελπίζω να τα πούμε του χρόνου.

Με φιλικούς χαιρετισμούς,
Σοφία Μαυρίδου"""
MAVRIDOU_ATTR = (f"Στις Τετ 10 Φεβ 2027 στις 9:14 π.μ., ο/η Tag der Migrantenselbstorganisationen "
                 f"<{MSO}> έγραψε:")
MAVRIDOU_CONF = confirmation("Frau Mavridou", "AG2", 3)


@mail("mavridou-greek-cancel-gmail", "2027-03-09 09:35:27",
      E("cancellation", "sofia.mavridou@mail.example", "Σοφία Μαυρίδου", None, [], None, "el"), "el")
def _(m):
    m.head(("From", "Sofia Mavridou <sofia.mavridou@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAL8uI3nR5x1Tq6mZ4wLh0sJd2FgYk9uE3oNcM7rA5xW6eSgD1t@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270210091402.2f7c@muenster.example>"),
           ("References", "<mailbot.20270210091402.2f7c@muenster.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{MAVRIDOU_NEW}\n\n{MAVRIDOU_ATTR}\n\n{gt_quote(MAVRIDOU_CONF)}\n"
    m.alternative(plain, gmail_html(MAVRIDOU_NEW, MAVRIDOU_ATTR, MAVRIDOU_CONF),
                  charset="utf-8", cte="base64", style="gmail")


# -- 044 ---------------------------------------------------------------------
# Last-minute cancellation from an iPhone the day before, quoting the
# confirmation (AG 2, 2 persons); "Letztes Jahr" / "nächstes Jahr".

@mail("hasanova-cancel-day-before-iphone", "2027-03-12 07:15:44",
      E("cancellation", "lamiya.hasanova@mail.example", "Lamiya Hasanova", None,
        [], None, "de"), "de")
def _(m):
    m.head(("From", "Lamiya Hasanova <lamiya.hasanova@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<7A8B9C0D-1E2F-4A3B-8C4D-5E6F7A8B9C0D@mail.example>"),
           ("In-Reply-To", "<mailbot.20270128201509.0d6b@muenster.example>"),
           ("References", "<mailbot.20270128201509.0d6b@muenster.example>"),
           ("X-Mailer", "iPhone Mail (22D63)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

leider müssen wir für morgen absagen, bei uns sind beide Kinder krank. Letztes Jahr hat es ja geklappt, nächstes Jahr sind wir bestimmt wieder dabei!

Liebe Grüße
Lamiya Hasanova

Von meinem iPhone gesendet

Am 28.01.2027 um 20:15 schrieb Tag der Migrantenselbstorganisationen <{MSO}>:

{gt_quote(confirmation("Frau Hasanova", "AG2", 2))}""", charset="utf-8", cte="quoted-printable")


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
URL_OK = ("schemas.microsoft.com", "www.w3.org")


def decoded_text(msg):
    """Decoded headers and text parts of the top-level message (HTML unescaped)."""
    chunks = [f"{k}: {v}" for k, v in msg.items()]
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            t = p.get_content()
            if p.get_content_subtype() == "html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            chunks.append(t)
    return "\n".join(chunks)


def check_labels(e):
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    k = e["kind"]
    if k not in KINDS:
        problems.append(f"bad kind {k}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in ("AG1", "AG2", "AG3") for w in wg) \
            or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if k not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    ps = e["party_size"]
    if k == "registration":
        if not (isinstance(ps, int) and ps >= 1):
            problems.append("registration needs party_size >= 1")
    elif k == "change":
        if ps is not None and not (isinstance(ps, int) and ps >= 1):
            problems.append("bad change party_size")
    elif ps is not None:
        problems.append("party_size must be null for this kind")
    if k in PERSON_KINDS:
        if not e["email"] or e["email"] != e["email"].lower() or "@" not in e["email"]:
            problems.append("person mail needs a lower-case email")
        if not e["name"]:
            problems.append("person mail needs a name")
        if e["language"] not in LANGS:
            problems.append(f"bad language {e['language']}")
    else:
        for f in ("email", "name", "organisation", "language"):
            if e[f] is not None:
                problems.append(f"{f} must be null for {k}")
    if k == "bounce":
        b = e["bounced_recipient"]
        if not b or b != b.lower():
            problems.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    return problems


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
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    alltext = "\n".join(chunks)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", alltext):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", alltext):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in URL_OK:
            problems.append(f"non-example URL host {dom}")
    problems += check_labels(expected)
    k = expected["kind"]
    if k == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    if k in PERSON_KINDS:
        text = decoded_text(msg)
        heads = [a.lower() for _, a in getaddresses(
            [str(msg.get("From", "")), str(msg.get("Reply-To", ""))])]
        if expected["email"] not in heads and expected["email"] not in text.lower():
            problems.append("email is neither From/Reply-To nor in the text")
        if msg.get("Reply-To") and expected["email"] not in [
                a.lower() for _, a in getaddresses([str(msg["Reply-To"])])]:
            problems.append("Reply-To present but email is not it")
        for f in ("name", "organisation"):
            if expected[f] and expected[f] not in text:
                problems.append(f"{f} {expected[f]!r} not written in the mail")
    if k in ("change", "cancellation"):
        if "Angemeldete Personen:" not in decoded_text(msg):
            problems.append("change/cancellation does not quote the confirmation")
    return problems


def sender_problems(built, datas):
    problems = []
    seen = {}
    for (name, _, e, _), data in zip(built, datas):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        addrs = {a.lower() for _, a in getaddresses([str(msg.get("From", ""))]) if a}
        if e["email"]:
            addrs.add(e["email"])
        for a in addrs:
            if a in seen:
                problems.append(f"{name}: sender {a} also in {seen[a]}")
            seen[a] = name
    return problems


def stats(built, datas):
    table = collections.defaultdict(collections.Counter)
    for _, _, e, t in built:
        table[e["kind"]][t] += 1
    print("kind           " + " ".join(f"{l:>3}" for l in LANGS) + "  all")
    for k in KINDS:
        row = table[k]
        print(f"{k:14} " + " ".join(f"{row[l]:>3}" for l in LANGS) + f"  {sum(row.values()):>3}")
    tot = collections.Counter(t for _, _, _, t in built)
    print(f"{'all':14} " + " ".join(f"{tot[l]:>3}" for l in LANGS) + f"  {len(built):>3}")
    types = collections.Counter()
    encs = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    print("top-level content types:", dict(sorted(types.items())))
    print("text parts by (charset, transfer encoding):")
    for (cs, cte), n in sorted(encs.items()):
        print(f"  {cs:14} {cte:18} {n}")


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
    for problem in sender_problems(built, datas):
        print(problem)
        bad += 1
    if not 40 <= len(built) <= 45:
        print(f"{len(built)} mails; the set should hold 40-45")
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
