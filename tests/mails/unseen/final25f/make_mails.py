#!/usr/bin/env python3
"""Build the set "final25f" for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: Fachtag Sprachmittlung und Dolmetschen im Ehrenamt 2027 (Essen,
Saturday 6 November 2027, workshops WS1-WS4).  Every mail's text below is
written by hand, one mail at a time.  This script only wraps the texts in MIME
with the standard `email` package, writes the files, and reads every file back
with email.policy.default to check it.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind and language

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
import sys
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded are written out as given.
POLICY = email.policy.default.clone(refold_source="none")

FT = "fachtag-sprachmittlung@essen.example"
FT_NAME = "Fachtag Sprachmittlung Essen"
TO_FT = f"{FT_NAME} <{FT}>"
INVITATION_ID = "<einladung-fachtag-2027.20270901140000@essen.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
WORKGROUP_IDS = ("WS1", "WS2", "WS3", "WS4")
LANGS = ("de", "en", "ar", "fa", "ku", "ti", "ru", "fr", "tr")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset=None, enc="q"):
    """'Name <address>'; a non-ASCII name is RFC 2047-encoded in `charset`
    (otherwise the policy encodes it as UTF-8 when the header is set)."""
    if name.isascii():
        return formataddr((name, address))
    if charset is None:
        return f"{name} <{address}>"
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


def charrefs(text, charset):
    """Characters the charset cannot carry become numeric character references
    (what Outlook does in HTML bodies)."""
    return "".join(ch if ch.encode(charset, "ignore") else f"&#{ord(ch)};" for ch in text)


def E(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    """One expected.json record; every key is always present."""
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def _h(slug, n):
    return hashlib.sha256(f"final25f/{slug}/{n}".encode()).hexdigest()


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
        self.intended = []
        self.crlf = False
        self._nboundary = 0

    def head(self, *pairs, envelope=None, received=True, crlf=False):
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs`
        in the given order.  ASCII values are stored verbatim (folded at spaces
        when long); values with non-ASCII characters go through the policy,
        which encodes them as UTF-8."""
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", FT)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            local = datetime.timezone(datetime.timedelta(
                hours=2 if self.when < datetime.datetime(2027, 10, 31, 1, tzinfo=datetime.timezone.utc) else 1))
            arrival = format_datetime((self.when + datetime.timedelta(seconds=2)).astimezone(local))
            zone = "CEST" if local.utcoffset(None).seconds == 7200 else "CET"
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.essen.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{FT}>; {arrival} ({zone})")
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

    def binary(self, data, maintype, subtype, filename, disposition="attachment"):
        p = MIMEPart(policy=POLICY)
        p.set_content(data, maintype=maintype, subtype=subtype, cte="base64",
                      disposition=disposition, filename=filename)
        self._record(data)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
               params=None):
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        for k, _ in keep:
            del self.msg[k]
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
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.essen.example"
        if style == "samsung":
            return f"--_com.samsung.android.email_{int(h[:12], 16)}"
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


def rfc822_part(inner, description="Undelivered Message"):
    part = MIMEPart(policy=POLICY)
    part.set_content(inner, cte="7bit")
    part["Content-Description"] = description
    return part


def make_pdf(lines):
    """A minimal one-page PDF showing `lines` (ASCII)."""
    ops = ["BT", "/F1 18 Tf", "60 770 Td"]
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

INVITATION_SUBJECT = "Einladung: Fachtag Sprachmittlung und Dolmetschen im Ehrenamt 2027"
CONFIRMATION_SUBJECT = "Anmeldebestätigung: Fachtag Sprachmittlung und Dolmetschen im Ehrenamt 2027"

INVITATION = """Liebe Sprachmittlerinnen und Sprachmittler,
liebe Koordinatorinnen und Koordinatoren der Dolmetsch- und Sprachmittlerpools,

wir laden Sie herzlich zum Fachtag Sprachmittlung und Dolmetschen im
Ehrenamt 2027 ein.

Datum: Samstag, 6. November 2027, 9:30 bis 16:30 Uhr
Ort: Volkshochschule Essen, Burgplatz 1, 45127 Essen

Nach einem Fachvortrag am Vormittag arbeiten wir am Nachmittag in vier
Workshops:

Workshop 1: Rollen und Grenzen im Dolmetscheinsatz
Workshop 2: Dolmetschen im Gesundheitswesen
Workshop 3: Traumasensibel dolmetschen
Workshop 4: Dolmetschen bei Behörden und Ämtern

Bitte melden Sie sich bis zum 29. Oktober 2027 per E-Mail an
fachtag-sprachmittlung@essen.example an. Nennen Sie uns bitte Ihren Namen,
Ihre Organisation bzw. Ihren Pool, den gewünschten Workshop (gern auch
einen Zweitwunsch) und mit wie vielen Personen Sie kommen. Wenn Sie
möchten, nennen Sie uns auch Ihre Sprachen – wir drucken sie auf die
Namensschilder.

Die Teilnahme ist kostenlos. Alle Teilnehmenden erhalten eine
Teilnahmebescheinigung.

Mit freundlichen Grüßen

Kommunales Integrationszentrum Essen
i. A. Dilek Brandhorst-Yıldız"""

WS_LINE = {
    "WS1": "Workshop 1 – Rollen und Grenzen im Dolmetscheinsatz",
    "WS2": "Workshop 2 – Dolmetschen im Gesundheitswesen",
    "WS3": "Workshop 3 – Traumasensibel dolmetschen",
    "WS4": "Workshop 4 – Dolmetschen bei Behörden und Ämtern",
}


def confirmation(salutation, number, ws, persons):
    """The confirmation mailbot sent (quoted in replies, returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Fachtag Sprachmittlung und Dolmetschen
im Ehrenamt 2027 am Samstag, 6. November 2027, 9:30 bis 16:30 Uhr, in der
Volkshochschule Essen, Burgplatz 1, 45127 Essen.

Ihre Anmeldenummer: {number}
{WS_LINE[ws]}
Angemeldete Personen: {persons}

Möchten Sie den Workshop wechseln oder absagen? Antworten Sie einfach auf
diese E-Mail und nennen Sie Ihre Anmeldenummer.

Mit freundlichen Grüßen
Fachtag Sprachmittlung
Kommunales Integrationszentrum Essen"""


def confirmation_message(to, salutation, number, ws, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_FT
    m["To"] = to
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(salutation, number, ws, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


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
<body lang={lang} link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
"""

LABELS_DE = ("Von:", "Gesendet:", "An:", "Betreff:")
LABELS_RU = ("От:", "Отправлено:", "Кому:", "Тема:")


def mso_p(line, rtl=False):
    d = " dir=RTL style='text-align:right;direction:rtl;unicode-bidi:embed'" if rtl else ""
    if not line.strip():
        return f"<p class=MsoNormal{d}><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal{d}>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="windows-1252", lang="DE", rtl=False,
                 labels=LABELS_DE):
    """Outlook-style HTML for `text`; quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line, rtl) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        lv, lg, la, lb = labels
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span style='mso-fareast-language:DE'>{lv}</span></b>"
                   f"<span style='mso-fareast-language:DE'> {esc(von)} <br>\n"
                   f"<b>{lg}</b> {esc(gesendet)}<br>\n"
                   f"<b>{la}</b> {esc(an)}<br>\n"
                   f"<b>{lb}</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    page = (OUTLOOK_HEAD.format(charset=charset.capitalize() if charset.startswith("windows") else charset,
                                lang=lang)
            + "\n".join(out) + "\n</div>\n</body>\n</html>\n")
    return charrefs(page, charset)


def outlook_plain(text, quote=None, labels=LABELS_DE):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    lv, lg, la, lb = labels
    return (f"{text}\n\n{lv} {von}\n{lg} {gesendet}\n{la} {an}\n"
            f"{lb} {betreff}\n\n{quoted}")


def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return f"<div{d}>{inner}</div>\n"


def gmail_reply_html(text, attribution, quoted, rtl=False):
    """Gmail reply markup: the new text, then the attribution and a blockquote."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    q = "<br>".join(esc(line) for line in quoted.split("\n"))
    return (f"<div{d}>{inner}</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" "
            f"class=\"gmail_attr\">{esc(attribution)}<br></div><blockquote class=\"gmail_quote\" "
            f"style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);"
            f"padding-left:1ex\">{q}</blockquote></div>\n")


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
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
# Bilingual (German/English) out-of-office answering the invitation mailing;
# Auto-Submitted header, no registration in it.

@mail("baumeister-out-of-office-bilingual", "2027-09-01 14:02:51",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Nicole Baumeister <n.baumeister@awo-essen.example>"),
           ("To", TO_FT),
           ("Subject", "Abwesenheitsnotiz: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<autoreply.1819800171.5521@awo-essen.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-replied (vacation)"),
           ("X-Autoreply", "yes"),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre Nachricht.

Ich bin bis zum 13. September 2027 im Urlaub und lese in dieser Zeit keine
E-Mails. In dringenden Fällen wenden Sie sich bitte an die Integrationsagentur
der AWO Essen, Tel. 0201 1897-250, integrationsagentur@awo-essen.example.

Thank you for your message. I am on leave until 13 September 2027 and will
not be reading my e-mails. For urgent matters please contact
integrationsagentur@awo-essen.example.

Nicole Baumeister
AWO Kreisverband Essen e.V. – Integrationsagentur
""", charset="utf-8", cte="quoted-printable")


# -- 002 ---------------------------------------------------------------------
# Pool coordinator answers the invitation in Thunderbird (format=flowed, 8bit)
# and quotes all of it with '>' (all four workshops appear in the quote).
# "ich selbst und zwei" = 3; "42 aktive", "17 Sprachen", "130 Einsätze" are
# pool figures, not party sizes.

@mail("kersting-pool-reply-quoting-invitation", "2027-09-02 09:41:17",
      E("registration", "m.kersting@sprachmittlerpool-essen-nord.example", "Martina Kersting",
        "Sprachmittlerpool Essen-Nord", ["WS1"], 3, "de"), "de")
def _(m):
    m.head(("From", "Martina Kersting <m.kersting@sprachmittlerpool-essen-nord.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5b0e7c2d-91a4-4f36-8d2e-0c7a1b9e3f54@sprachmittlerpool-essen-nord.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Brandhorst-Yıldız,

vielen Dank für die Einladung, das Programm klingt toll! Aus unserem Pool
kommen drei Leute: ich selbst und zwei unserer Sprachmittler:innen, Rahel
Haile (Tigrinya/Amharisch) und Samir Haddad (Arabisch/Französisch). Wir
möchten alle drei in den Workshop 1 zu Rollen und Grenzen – das Thema
brennt bei uns gerade, weil unsere Leute immer öfter über den eigentlichen
Einsatz hinaus um Hilfe gebeten werden.

Kurz zu uns, falls es Sie interessiert: Wir haben im Moment 42 aktive
Ehrenamtliche in 17 Sprachen und vermitteln rund 130 Einsätze im Monat.

Viele Grüße
Martina Kersting

-- 
Martina Kersting
Koordination
Sprachmittlerpool Essen-Nord
Altenessener Str. 412, 45329 Essen
Tel. 0201 83 44 90-12

Am 01.09.27 um 14:00 schrieb Fachtag Sprachmittlung Essen:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 003 ---------------------------------------------------------------------
# Arabic, Gmail multipart/alternative (dir=rtl), UTF-8 base64.  The pool is
# named in German inside the Arabic text; the Arabic signature beats the
# Latin display name.  "10 إلى 12 مرة" (times a month) is not a party size.

ELSAYED_TEXT = """السلام عليكم،

أنا محمود السيد، أعمل منذ عام 2016 مترجماً متطوعاً بين العربية والألمانية مع Sprachmittlerpool der Caritas Essen. أرافق المرضى حوالي 10 إلى 12 مرة في الشهر، غالباً إلى عيادات الأطباء والمستشفيات.

أرغب في التسجيل في اليوم التخصصي (Fachtag) يوم 6 نوفمبر، وأريد المشاركة في ورشة العمل رقم 2 (الترجمة في القطاع الصحي).

سأحضر وحدي.

مع خالص الشكر والتحية
محمود السيد"""


@mail("elsayed-arabic-gmail-rtl", "2027-09-02 21:08:44",
      E("registration", "mahmoud.elsayed@mail.example", "محمود السيد",
        "Sprachmittlerpool der Caritas Essen", ["WS2"], 1, "ar"), "ar")
def _(m):
    m.head(("From", "Mahmoud Elsayed <mahmoud.elsayed@mail.example>"),
           ("To", FT),
           ("Subject", "التسجيل في Fachtag Sprachmittlung"),
           ("Date", m.date),
           ("Message-ID", "<CAM3rT9wQ5e1Lk8vB2nX7yZ0aP4sD6fG1hJ3kL5mN8qR2tV4wXy@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ELSAYED_TEXT, gmail_html(ELSAYED_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 004 ---------------------------------------------------------------------
# Agency, English, Outlook multipart/alternative.  Sent from the office
# mailbox; the personal Reply-To wins (and the text asks for it).  First and
# second choice; "250 assignments", "EUR 12 per assignment" are agency figures.

BRENNAN_TEXT = """Dear Ms Brandhorst-Yıldız,

I'd like to register two people from our agency for the Fachtag on 6 November: myself and my colleague Tomás Ferreira, who coordinates our Portuguese and Spanish interpreters.

We would prefer Workshop 4 (interpreting at public authorities), as most of our community assignments are at the Jobcenter and the immigration office. If Workshop 4 is full, Workshop 1 would be our second choice.

For background: we are a small agency in Duisburg and place roughly 250 community interpreting assignments a month, about a third of them with volunteers, who receive an expense allowance of EUR 12 per assignment. We would love to exchange views with the volunteer pools.

Please send the confirmation to my address (o.brennan@ruhr-language.example) rather than to the office mailbox.

Kind regards,

Olivia Brennan
Head of Community Interpreting
Ruhr Language Services GmbH
Königstraße 48, 47051 Duisburg
+49 203 555 0148"""


@mail("brennan-agency-reply-to", "2027-09-03 11:26:05",
      E("registration", "o.brennan@ruhr-language.example", "Olivia Brennan",
        "Ruhr Language Services GmbH", ["WS4", "WS1"], 2, "en"), "en")
def _(m):
    m.head(("From", "Ruhr Language Services <office@ruhr-language.example>"),
           ("Reply-To", "Olivia Brennan <o.brennan@ruhr-language.example>"),
           ("To", TO_FT),
           ("Subject", "Registration Fachtag 6 November - 2 persons"),
           ("Thread-Topic", "Registration Fachtag 6 November - 2 persons"),
           ("Thread-Index", "AdvcM1k2qP0xR7sTu3wYz9aBcD4eFg=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB8841E2A7C5B04F19A3D6E8C0B1F2@DB9PR03MB8841.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(BRENNAN_TEXT),
                  outlook_html(BRENNAN_TEXT, charset="utf-8", lang="EN-GB"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 005 ---------------------------------------------------------------------
# Dari, plain UTF-8 quoted-printable, Persian digits (۲۰۱۷, ۱۵, ۶, ۴).
# Registration with a question about the certificate (still a registration).
# Organisation and name only in Persian script.

@mail("noorzai-dari-persian-digits", "2027-09-04 19:52:31",
      E("registration", "aw.noorzai@mail.example", "عبدالواحد نورزی",
        "انجمن فرهنگی افغان‌های اسن", ["WS4"], 1, "fa"), "fa")
def _(m):
    m.head(("From", "Abdul Wahid Noorzai <aw.noorzai@mail.example>"),
           ("To", FT),
           ("Subject", ew("ثبت نام فاخ‌تاگ – ورکشاپ ۴", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1820087551.402117.1788546751@mail.example>"),
           ("X-Mailer", "Webmail 3.1"),
           ("MIME-Version", "1.0"))
    m.single("""سلام و احترام،

اسم من عبدالواحد نورزی است. از سال ۲۰۱۷ در اسن به صورت رضاکار از دری و پشتو به آلمانی ترجمانی می‌کنم. ماهانه حدود ۱۵ ساعت، بیشتر در جاب‌سنتر و اداره خارجی‌ها (Ausländerbehörde).

می‌خواهم در فاخ‌تاگ روز ۶ نوامبر اشتراک کنم، در ورکشاپ شماره ۴ (ترجمانی در ادارات دولتی).

یک سؤال: آیا تصدیق‌نامه اشتراک (Teilnahmebescheinigung) را همان روز می‌دهید؟ برای من مهم است.

با تشکر فراوان
عبدالواحد نورزی
انجمن فرهنگی افغان‌های اسن
""", charset="utf-8", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Hospital coordinator, Outlook HTML only (windows-1252 QP), quoting the
# invitation below a Von:/Gesendet: block; characters outside windows-1252
# (ı) are numeric references.  First choice WS2, fallback WS3.  "60
# Mitarbeitende", "24 Sprachen", "90 Einsätze" are not party sizes.

LEHMKUHL_TEXT = """Sehr geehrte Frau Brandhorst-Yıldız,

hiermit melde ich mich für den Fachtag am 6. November an. Ich koordiniere am Universitätsklinikum den internen Dolmetschdienst: rund 60 Mitarbeitende mit Sprachkenntnissen in 24 Sprachen, die neben ihrer eigentlichen Arbeit etwa 90 Einsätze im Monat übernehmen. Daher interessiert mich besonders Workshop 2 „Dolmetschen im Gesundheitswesen“. Falls dieser schon voll ist, nehme ich gern Workshop 3.

Mit freundlichen Grüßen

Dr. Sabine Lehmkuhl
Koordination Dolmetschdienst / Patientenservice
Universitätsklinikum Essen
Tel. 0201 723-44 18"""


@mail("lehmkuhl-klinikum-outlook-html-only", "2027-09-06 08:47:10",
      E("registration", "sabine.lehmkuhl@uk-essen.example", "Sabine Lehmkuhl",
        "Universitätsklinikum Essen", ["WS2", "WS3"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Lehmkuhl, Sabine" <sabine.lehmkuhl@uk-essen.example>'),
           ("To", TO_FT),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHb+Kx2c0m9sPq1TkW3nYz8aB4eDQ=="),
           ("Date", m.date),
           ("Message-ID", "<AM6PR04MB5127F3C1A9E84D0B72C5E6A1D9B8@AM6PR04MB5127.eurprd04.prod.outlook.example>"),
           ("References", INVITATION_ID),
           ("In-Reply-To", INVITATION_ID),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_FT, "Mittwoch, 1. September 2027 14:00", TO_FT,
             INVITATION_SUBJECT, INVITATION)
    m.single(outlook_html(LEHMKUHL_TEXT, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Russian, windows-1251 quoted-printable; Cyrillic signature beats the Latin
# display name; organisation in German.  "воркшоп №4 ... – воркшоп 1" =
# first and second choice; "8 выездов" is not a size.

@mail("kravets-russian-cp1251", "2027-09-07 18:15:22",
      E("registration", "l.kravets@mail.example", "Людмила Кравец",
        "Deutsch-Russisches Begegnungszentrum Essen e.V.", ["WS4", "WS1"], 1, "ru"), "ru")
def _(m):
    m.head(("From", "Ljudmila Kravets <l.kravets@mail.example>"),
           ("To", FT),
           ("Subject", ew("Регистрация на Fachtag 6 ноября", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1788796522.204415.88231@f412.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Меня зовут Людмила Кравец, с 2022 года я волонтёр-переводчик (русский и украинский – немецкий) в Эссене. В среднем у меня около 8 выездов в месяц, в основном Jobcenter и ведомство по делам иностранцев, иногда школа.

Хочу зарегистрироваться на Fachtag 6 ноября. Меня больше всего интересует воркшоп №4 (перевод в ведомствах), если там не будет мест – воркшоп 1.

С уважением,
Людмила Кравец
Deutsch-Russisches Begegnungszentrum Essen e.V.
""", charset="windows-1251", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Turkish, iso-8859-9 quoted-printable; two women from an association
# ("ben ve arkadaşım" = 2), "2. atölye" (ordinal) = WS2.  "ayda toplam 30"
# appointments is not a size.

@mail("korkmaz-turkish-iso-8859-9", "2027-09-08 10:33:40",
      E("registration", "hatice.korkmaz@kadin-dayanisma-essen.example", "Hatice Korkmaz",
        "Essen Kadın Dayanışma Derneği e.V.", ["WS2"], 2, "tr"), "tr")
def _(m):
    m.head(("From", addr("Hatice Korkmaz", "hatice.korkmaz@kadin-dayanisma-essen.example")),
           ("To", FT),
           ("Subject", ew("Fachtag kaydı - 2 kişi", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<4e1c9a07-52b8-4d3f-a6e0-7b2d8c1f9e35@kadin-dayanisma-essen.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

Essen Kadın Dayanışma Derneği olarak Fachtag'a iki kişi katılmak istiyoruz: ben ve arkadaşım Emine Yavuz. İkimiz de gönüllü olarak Türkçe-Almanca tercümanlık yapıyoruz, ayda toplam 30 civarında doktor ve hastane randevusuna eşlik ediyoruz.

Bu yüzden 2. atölyeye (sağlık alanında tercümanlık / Gesundheitswesen) katılmak istiyoruz.

Saygılarımla
Hatice Korkmaz
Essen Kadın Dayanışma Derneği e.V.
""", charset="iso-8859-9", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# A pool coordinator registers one volunteer and does not come herself; she
# asks to confirm to the volunteer's address (email = that address, name =
# the volunteer).  "20 Stunden im Monat", "6.11." are not sizes.

@mail("schulze-bramey-registers-volunteer", "2027-09-09 14:20:03",
      E("registration", "s.tesfamariam@ruhrpost.example", "Semhar Tesfamariam",
        "Ehrenamtlicher Dolmetscherpool Mülheim an der Ruhr", ["WS3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Petra Schulze-Bramey <p.schulze-bramey@muelheim-ruhr.example>"),
           ("To", FT),
           ("Subject", "Anmeldung Fachtag: Frau Tesfamariam (Workshop 3)"),
           ("Date", m.date),
           ("Message-ID", "<000a01dc2180$5c3e9f10$14bbdd30$@muelheim-ruhr.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich möchte gern eine unserer Ehrenamtlichen für den Fachtag anmelden: Frau
Semhar Tesfamariam. Sie dolmetscht seit zwei Jahren Tigrinya–Deutsch in
unserem Pool, ungefähr 20 Stunden im Monat, viel davon in der
psychosozialen Beratung. Sie möchte deshalb gern in den Workshop 3
„Traumasensibel dolmetschen“.

Ich selbst kann am 6.11. leider nicht dabei sein.

Bitte senden Sie die Anmeldebestätigung direkt an Frau Tesfamariam:
s.tesfamariam@ruhrpost.example

Mit freundlichen Grüßen
Petra Schulze-Bramey
Koordination
Ehrenamtlicher Dolmetscherpool Mülheim an der Ruhr
Löhberg 18, 45468 Mülheim an der Ruhr
""", charset="windows-1252", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Postfix bounce (multipart/report) for the confirmation to the address named
# in 009: the remote server answers "user unknown".  The returned
# confirmation names Workshop 3.

@mail("postfix-bounce-user-unknown", "2027-09-09 14:21:09",
      E("bounce", bounced="s.tesfamariam@ruhrpost.example"), "en")
def _(m):
    rcpt = "s.tesfamariam@ruhrpost.example"
    m.head(("From", "MAILER-DAEMON@mail.essen.example (Mail Delivery System)"),
           ("To", FT),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270909122109.9C4E21A0F7@mail.essen.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.essen.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx01.ruhrpost.example[198.51.100.77] said:
    550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown
    (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.essen.example"),
         ("X-Postfix-Queue-ID", "9C4E21A0F7"),
         ("X-Postfix-Sender", f"rfc822; {FT}"),
         ("Arrival-Date", "Thu,  9 Sep 2027 14:21:05 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx01.ruhrpost.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected:\n"
                             "    User unknown")])
    original = confirmation_message(
        f"Semhar Tesfamariam <{rcpt}>", "Frau Tesfamariam", "FT27-011", "WS3", 1,
        "Thu, 09 Sep 2027 14:21:04 +0200", "<mailbot.20270909142104.7e2c@essen.example>",
        "<000a01dc2180$5c3e9f10$14bbdd30$@muelheim-ruhr.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 011 ---------------------------------------------------------------------
# Bilingual: Tigrinya first, then the same in German (language = the first,
# full version: ti).  UTF-8 base64.  Both versions name Behörden/Krankenhaus
# (aliases of WS4/WS2) as places he interprets; the choice is Workshop 1.

@mail("kidane-tigrinya-and-german", "2027-09-11 16:40:58",
      E("registration", "yohannes.kidane@mail.example", "Yohannes Kidane",
        "Eritreische Gemeinde Essen e.V.", ["WS1"], 1, "ti"), "ti")
def _(m):
    m.head(("From", "Yohannes Kidane <yohannes.kidane@mail.example>"),
           ("To", FT),
           ("Subject", ew("ምዝገባ / Anmeldung Fachtag", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAF9kE2wR7tY0uI3oP5aS8dF1gH4jK6lZ9xC2vB5nM7qW0eR3tY@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""ሰላም ክቡራት፣

ካብ 2019 ጀሚረ ብወለንታ ትግርኛ-ጀርመን ተርጓሚ ኮይነ እሰርሕ ኣለኹ። ኣብ ወርሒ ልዕሊ 10 ግዜ ንሰባት ናብ ቤት ጽሕፈታት መንግስትን ሆስፒታልን እሰንዮም።

ኣብቲ ናይ 6 ሕዳር ፋኽታግ ክሳተፍ እደሊ። ኣብ ወርክሾፕ 1 (ተራን ደረትን) ክኣቱ እደሊ።

ብዙሕ የቐንየልኩም።

--- Deutsch ---

Guten Tag,

seit 2019 dolmetsche ich ehrenamtlich Tigrinya–Deutsch. Mehr als 10 Mal im Monat begleite ich Menschen zu Behörden und ins Krankenhaus.

Ich möchte gern am Fachtag am 6. November teilnehmen, im Workshop 1 (Rollen und Grenzen).

Vielen Dank!
Yohannes Kidane
Eritreische Gemeinde Essen e.V.
""", charset="utf-8", cte="base64")


# -- 012 ---------------------------------------------------------------------
# A whole pool from the shared mailbox (Outlook alternative, windows-1252):
# a numbered list of 6 persons with their languages, the coordinator
# included.  Organisation: the signature form (the text says "des DRK").
# "23 Ehrenamtliche", "1.400 Einsätze" and the list numbers are not sizes.

WIENOLD_TEXT = """Sehr geehrtes Fachtag-Team,

für den Sprachmittlerpool des DRK melden wir uns mit insgesamt 6 Personen an (mich eingeschlossen):

1. Claudia Wienold – Koordination
2. Ahmad Rahimi – Dari/Farsi, Paschtu
3. Sirwan Ahmed – Kurdisch (Sorani, Badini), Arabisch
4. Mulu Tekle – Tigrinya, Amharisch
5. Olena Bondar – Ukrainisch, Russisch
6. Fatoumata Camara – Französisch, Fulfulde

Wir möchten geschlossen in den Workshop 1 (Rollen und Grenzen), als Zweitwunsch Workshop 4.

Der Pool hat derzeit 23 Ehrenamtliche; im letzten Jahr waren es rund 1.400 Einsätze, Tendenz steigend.

Mit freundlichen Grüßen
i. A. Claudia Wienold

Claudia Wienold
Koordination Sprachmittlerpool
DRK-Kreisverband Essen e.V.
Tel. 0201 8474-233"""


@mail("drk-pool-six-persons-list", "2027-09-13 09:12:36",
      E("registration", "sprachmittlung@drk-essen.example", "Claudia Wienold",
        "DRK-Kreisverband Essen e.V.", ["WS1", "WS4"], 6, "de"), "de")
def _(m):
    m.head(("From", '"DRK Sprachmittlung" <sprachmittlung@drk-essen.example>'),
           ("To", TO_FT),
           ("Subject", "Anmeldung Sprachmittlerpool DRK Essen (6 Personen)"),
           ("Thread-Topic", "Anmeldung Sprachmittlerpool DRK Essen (6 Personen)"),
           ("Thread-Index", "AdvkR2f8sN1qM0pLz7XwUe3c5VbA9g=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1734A9C2D0E14B7F85E3C6D2A1B0@FR3P281MB1734.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(WIENOLD_TEXT), outlook_html(WIENOLD_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 013 ---------------------------------------------------------------------
# Kurmanji, UTF-8 8bit.  "bi hevala xwe ... re" (with my friend) = 2;
# "Workshopa 4an" = WS4; "12 saetan" (hours) is not a size.

@mail("ekinci-kurmanji", "2027-09-14 20:31:14",
      E("registration", "dilan.ekinci@mail.example", "Dilan Ekinci",
        "Navenda Civaka Kurd a Essenê", ["WS4"], 2, "ku"), "ku")
def _(m):
    m.head(("From", "Dilan Ekinci <dilan.ekinci@mail.example>"),
           ("To", FT),
           ("Subject", "Fachtag - qeydkirin"),
           ("Date", m.date),
           ("Message-ID", "<CAB2pW6xT1yU4iO7pA0sD3fG6hJ9kL2zX5cV8bN1mQ4wE7rT0yU@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Rojbaş,

Ez Dilan Ekinci me. Ji sala 2018an ve ez li Essenê bi dilxwazî wergêriya Kurmancî–Almanî dikim, bi taybetî li Jobcenter û li Ausländerbehörde. Her meh nêzîkî 12 saetan.

Ez dixwazim beşdarî Fachtaga 6ê Mijdarê bibim, bi hevala xwe Zozan Yıldırım re. Em herdu dixwazin beşdarî Workshopa 4an bibin (wergerandin li dezgehên fermî).

Gelek spas û silav
Dilan Ekinci
Navenda Civaka Kurd a Essenê
""", charset="utf-8", cte="8bit")


# -- 014 ---------------------------------------------------------------------
# French, Apple Mail multipart/alternative; "l'atelier 2 ... sinon l'atelier
# 3" = first and second choice; "Je viendrai seul" = 1.

MBARGA_TEXT = """Bonjour Madame Brandhorst-Yıldız,

Je souhaite m'inscrire au Fachtag du 6 novembre à Essen. Je suis interprète bénévole français–allemand depuis 2018 (et un peu en ewondo) et je fais environ 10 interventions par mois, surtout à l'hôpital et au Frauenhaus de Gelsenkirchen.

Je voudrais participer à l'atelier 2 (Dolmetschen im Gesundheitswesen). Si ce n'est plus possible, l'atelier 3 m'intéresse aussi.

Je viendrai seul.

Cordialement,
Jean-Baptiste Mbarga
Association Culturelle Camerounaise de Gelsenkirchen"""


@mail("mbarga-french-apple-mail", "2027-09-15 12:05:49",
      E("registration", "jb.mbarga@mail.example", "Jean-Baptiste Mbarga",
        "Association Culturelle Camerounaise de Gelsenkirchen", ["WS2", "WS3"], 1, "fr"), "fr")
def _(m):
    m.head(("From", "Jean-Baptiste Mbarga <jb.mbarga@mail.example>"),
           ("Subject", "Inscription au Fachtag du 6 novembre"),
           ("Message-Id", "<9A2C4E61-7B3D-4F18-A0C5-2E8D1F6B9A47@mail.example>"),
           ("Date", m.date),
           ("To", FT),
           ("X-Mailer", "Apple Mail (2.3826.200.121)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))"))
    m.alternative(MBARGA_TEXT, apple_html(MBARGA_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 015 ---------------------------------------------------------------------
# Question before registering (travel costs, hours on the certificate);
# "Wenn beides passt, melde ich mich ... an" is not yet a registration.

@mail("brockhoff-question-travel-costs-certificate", "2027-09-16 17:44:20",
      E("question", "jutta.brockhoff@mail.example", "Jutta Brockhoff",
        "Sprachmittlerpool der Flüchtlingshilfe Wattenscheid e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Jutta Brockhoff <jutta.brockhoff@mail.example>"),
           ("To", FT),
           ("Subject", "Fragen zum Fachtag (Fahrtkosten, Bescheinigung)"),
           ("Date", m.date),
           ("Message-ID", "<trinity-7d2a0e4b-13c9-4f85-b6e1-9a0c3d5f7e21-1789575860331@3c-app-webde-bap41>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich habe die Einladung zum Fachtag über unseren Verteiler bekommen und hätte
Interesse, vorher aber zwei Fragen:

1. Werden Fahrtkosten erstattet? Ich komme aus Wattenscheid mit dem Zug, das
wären hin und zurück gut 12 Euro. Für Ehrenamtliche wie mich ist das nicht
ganz unerheblich.
2. Steht auf der Teilnahmebescheinigung der zeitliche Umfang? Unser Pool
verlangt 8 Unterrichtsstunden Fortbildung im Jahr, damit wir auf der
Einsatzliste bleiben.

Wenn beides passt, melde ich mich gern für Workshop 2 an.

Viele Grüße
Jutta Brockhoff
Sprachmittlerpool der Flüchtlingshilfe Wattenscheid e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# Short iPhone mail, signed only "Abraham" (name from the display name);
# interpreter ID "Nr. 2291"; no organisation.

@mail("gebremedhin-iphone-short-interpreter-id", "2027-09-18 07:58:02",
      E("registration", "abraham.gm@mail.example", "Abraham Gebremedhin", None,
        ["WS3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Abraham Gebremedhin <abraham.gm@mail.example>"),
           ("To", FT),
           ("Subject", "Anmeldung Fachtag"),
           ("Date", m.date),
           ("Message-ID", "<6F3B8D2A-0C4E-4A91-B7D5-1E9F2C8A6B30@mail.example>"),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single("""Hallo,
hiermit melde ich mich an für den Fachtag am 6.11., Workshop 3 bitte.
Sprachen: Tigrinya, Amharisch – Deutsch
Dolmetscherausweis Nr. 2291
Ich komme allein.
LG Abraham

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Farsi, Outlook multipart/alternative in UTF-8 with right-to-left
# paragraphs; he and his wife (2); first choice WS3, else WS2 (Persian digits
# ۳, ۲); interpreter code SM-ESS-0417.  No organisation.

TAVAKOLI_TEXT = """با سلام و احترام،

من رضا توکلی هستم و همراه همسرم مریم، هر دو به صورت داوطلبانه مترجم فارسی–آلمانی هستیم. کد مترجمی من SM-ESS-0417 است. ما ماهانه حدود ۲۵ ساعت در مراکز مشاوره و مطب روان‌درمانگران ترجمه می‌کنیم.

می‌خواهیم هر دو در فاخ‌تاگ ۶ نوامبر شرکت کنیم: اولویت اول ورکشاپ ۳ (ترجمه با حساسیت به تروما) و اگر جا نبود ورکشاپ ۲.

با سپاس
رضا توکلی"""


@mail("tavakoli-farsi-outlook-rtl", "2027-09-20 22:10:37",
      E("registration", "reza.tavakoli@mail.example", "رضا توکلی", None,
        ["WS3", "WS2"], 2, "fa"), "fa")
def _(m):
    m.head(("From", "Reza Tavakoli <reza.tavakoli@mail.example>"),
           ("To", FT),
           ("Subject", ew("ثبت نام برای فاخ‌تاگ – دو نفر", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<PA4P190MB1179E8D2B6A04C3F91E5D7A2C0B4@PA4P190MB1179.EURP190.PROD.OUTLOOK.example>"),
           ("Content-Language", "fa-IR"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(TAVAKOLI_TEXT),
                  outlook_html(TAVAKOLI_TEXT, charset="utf-8", lang="FA", rtl=True),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 018 ---------------------------------------------------------------------
# Exchange out-of-office in German, answering a confirmation
# (Auto-Submitted: auto-generated, X-Auto-Response-Suppress).

TERHORST_OOF = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre E-Mail. Ich bin vom 20.09. bis zum 01.10.2027 nicht im Büro. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an ki@gelsenkirchen.example.

Mit freundlichen Grüßen
Markus Terhorst
Stadt Gelsenkirchen – Kommunales Integrationszentrum"""


@mail("terhorst-exchange-out-of-office", "2027-09-21 10:02:44",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", '"Terhorst, Markus" <markus.terhorst@gelsenkirchen.example>'),
           ("To", TO_FT),
           ("Subject", "Automatische Antwort: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHcKq7Xw3mN0bR5kT8pLz2yVc1eFA=="),
           ("Date", m.date),
           ("Message-ID", "<7c3e9a1f2b4d4e68@EXCH02.gelsenkirchen.example>"),
           ("In-Reply-To", "<mailbot.20270921100238.4b1d@essen.example>"),
           ("References", "<mailbot.20270921100238.4b1d@essen.example>"),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(TERHORST_OOF), outlook_html(TERHORST_OOF),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 019 ---------------------------------------------------------------------
# Turkish, windows-1254 8bit, display name as B-encoded word in windows-1254.
# Registration with a question about the certificate; "1 numaralı atölye" =
# WS1; "Tek başıma" = alone; "ayda 6-7 görev", "10 €" are not sizes.

@mail("aktas-turkish-cp1254-certificate", "2027-09-22 19:27:15",
      E("registration", "serkan.aktas@mail.example", "Serkan Aktaş",
        "Essen Anadolu Kültür ve Dayanışma Derneği", ["WS1"], 1, "tr"), "tr")
def _(m):
    m.head(("From", addr("Serkan Aktaş", "serkan.aktas@mail.example", "windows-1254", "b")),
           ("To", FT),
           ("Subject", ew("Fachtag 6 Kasım - kayıt ve bir soru", "windows-1254", "q")),
           ("Date", m.date),
           ("Message-ID", "<1789838835.77412.6620@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhabalar,

Ben Serkan Aktaş, 2020'den beri Essen'de gönüllü tercüman olarak çalışıyorum (Türkçe ve Kürtçe – Almanca). Ayda 6-7 görev alıyorum, derneğimiz saat başına 10 € masraf karşılığı ödüyor.

6 Kasım'daki Fachtag'a katılmak istiyorum, 1 numaralı atölyeye (Rollen und Grenzen). Tek başıma geleceğim.

Bir sorum var: katılım belgesi veriliyor mu? Derneğimiz yıllık eğitim için bunu istiyor.

Teşekkürler, iyi çalışmalar
Serkan Aktaş
Essen Anadolu Kültür ve Dayanışma Derneği
""", charset="windows-1254", cte="8bit")


# -- 020 ---------------------------------------------------------------------
# Public authority, Outlook alternative windows-1252, with "Im Auftrag" and a
# confidentiality footer; workshop given by its title only; he and two
# colleagues = 3.

HUELSMANN_TEXT = """Guten Tag,

für das Jobcenter Essen melde ich mich und zwei Kolleginnen aus dem Team Integration (Frau Aydemir und Frau Kowalczyk) zum Fachtag an. Wir arbeiten täglich mit ehrenamtlichen Sprachmittlerinnen und Sprachmittlern zusammen und möchten gern in den Workshop „Dolmetschen bei Behörden und Ämtern“ – auch um die Perspektive der Ehrenamtlichen auf unsere Termine besser zu verstehen.

Mit freundlichen Grüßen
Im Auftrag

Frank Hülsmann
Jobcenter Essen
Team Integration / Migration
Tel. 0201 88-51 347

--------------------------------------------------
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet."""


@mail("huelsmann-jobcenter-outlook-disclaimer", "2027-09-23 11:03:58",
      E("registration", "frank.huelsmann@jobcenter-essen.example", "Frank Hülsmann",
        "Jobcenter Essen", ["WS4"], 3, "de"), "de")
def _(m):
    subj = "Anmeldung Fachtag Sprachmittlung – Jobcenter Essen (3 Personen)"
    m.head(("From", addr("Hülsmann, Frank", "frank.huelsmann@jobcenter-essen.example",
                         "windows-1252", "q")),
           ("To", TO_FT),
           ("Subject", ew(subj, "windows-1252", "q")),
           ("Thread-Topic", ew(subj, "windows-1252", "q")),
           ("Thread-Index", "AdvsN4e1yQ2pK7mRz0XwUf8d3VbC5g=="),
           ("Date", m.date),
           ("Message-ID", "<b83f1e7c0a9d4c25@EXCH11.jobcenter-essen.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(HUELSMANN_TEXT), outlook_html(HUELSMANN_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 021 ---------------------------------------------------------------------
# Change answering the confirmation (Thunderbird, '>' quote): WS1 -> WS3 and
# one more person (quoted: 2 persons -> now 3, "zu dritt").

@mail("nowak-reinders-change-ws3-plus-one", "2027-09-24 15:36:29",
      E("change", "g.nowak-reinders@sprachbruecke-bottrop.example", "Gabriele Nowak-Reinders",
        "Sprachbrücke Bottrop e.V.", ["WS3"], 3, "de"), "de")
def _(m):
    m.head(("From", "Gabriele Nowak-Reinders <g.nowak-reinders@sprachbruecke-bottrop.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<e2b7d0f4-6a31-4c8e-95d2-3f0a7c1b8e69@sprachbruecke-bottrop.example>"),
           ("In-Reply-To", "<mailbot.20270914102211.2f6a@essen.example>"),
           ("References", "<mailbot.20270914102211.2f6a@essen.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

wir hatten uns für Workshop 1 angemeldet (Anmeldenummer FT27-017). Nach
unserer Teamsitzung möchten wir lieber in Workshop 3 „Traumasensibel
dolmetschen“ wechseln – und wir sind jetzt zu dritt, Frau Ghebreyesus
kommt noch mit.

Danke und viele Grüße
Gabriele Nowak-Reinders
Sprachbrücke Bottrop e.V.

Am 14.09.27 um 10:22 schrieb Fachtag Sprachmittlung Essen:
{gt_quote(confirmation("Frau Nowak-Reinders", "FT27-017", "WS1", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# Newsletter of the state network (other): another training with its own
# registration, and a note on this Fachtag with its workshops.

NRW_TEXT = """Newsletter Landesnetzwerk Sprachmittlung NRW – September 2027

Liebe Mitglieder und Interessierte,

1) Online-Fortbildung „Dolmetschen in Schule und Kita“
Am 20. Oktober 2027, 17:00–19:30 Uhr, per Videokonferenz. Anmeldung bis
10. Oktober unter https://sprachmittlung-nrw.example/fortbildung-schule

2) Hinweis: Fachtag Sprachmittlung und Dolmetschen im Ehrenamt in Essen
Am 6. November 2027 lädt das Kommunale Integrationszentrum Essen zum Fachtag
mit vier Workshops ein (u. a. Traumasensibel dolmetschen, Dolmetschen im
Gesundheitswesen). Anmeldung direkt beim Veranstalter.

3) Neue Handreichung „Rollen und Grenzen in der Sprachmittlung“
Zum Download: https://sprachmittlung-nrw.example/handreichung-rollen

Herzliche Grüße
Ihre Geschäftsstelle des Landesnetzwerks Sprachmittlung NRW

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
Abmelden: https://sprachmittlung-nrw.example/newsletter/abmelden"""


@mail("landesnetzwerk-newsletter", "2027-09-27 10:00:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Landesnetzwerk Sprachmittlung NRW <newsletter@sprachmittlung-nrw.example>"),
           ("To", FT),
           ("Subject", "Newsletter September: Fortbildung Schule & Kita, Fachtag Essen, neue Handreichung"),
           ("Date", m.date),
           ("Message-ID", "<newsletter-2027-09.8f31c0@sprachmittlung-nrw.example>"),
           ("List-Unsubscribe", "<https://sprachmittlung-nrw.example/newsletter/abmelden>"),
           ("List-Id", "Newsletter Landesnetzwerk Sprachmittlung <newsletter.sprachmittlung-nrw.example>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(NRW_TEXT, div_html(NRW_TEXT, "font-family: Arial, sans-serif; font-size: 14px;"),
                  charset="utf-8", cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# Russian, KOI8-R 8bit; a coordinator and three interpreters ("нас будет
# четверо" = 4; "три наших переводчицы" alone would be 3).  The German
# organisation in the signature is the label.

@mail("gofman-russian-koi8r-four", "2027-09-28 13:14:11",
      E("registration", "irina.gofman@mail.example", "Ирина Гофман",
        "AWO Kreisverband Essen e.V.", ["WS2"], 4, "ru"), "ru")
def _(m):
    m.head(("From", addr("Ирина Гофман", "irina.gofman@mail.example", "koi8-r", "b")),
           ("To", FT),
           ("Subject", ew("Регистрация: 4 человека, воркшоп 2", "koi8-r", "b")),
           ("Date", m.date),
           ("Message-ID", "<1790594051.331908.4471@f207.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день!

Я координирую группу русскоязычных волонтёров-переводчиков в AWO Essen (проект Vmeste). На Fachtag нас будет четверо: я и три наших переводчицы (русский, украинский, грузинский).

Мы хотели бы попасть на воркшоп 2 - перевод в сфере здравоохранения, потому что больше всего запросов у нас из больниц и от врачей.

Спасибо!
С уважением,
Ирина Гофман
AWO Kreisverband Essen e.V.
""", charset="koi8-r", cte="8bit")


# -- 024 ---------------------------------------------------------------------
# Bilingual: Dari first, then German (language = the first, full version:
# fa).  Gmail alternative.  First choice WS4, else WS1; "۱۰ یورو" / "10 Euro
# Aufwandsentschädigung pro Einsatz" and "۲۰ ساعت" are not sizes.

HAMIDI_TEXT = """سلام،

من از سال ۲۰۱۹ به صورت رضاکار بین دری و آلمانی ترجمانی می‌کنم، ماهانه تقریباً ۲۰ ساعت. انجمن ما برای هر بار ترجمانی ۱۰ یورو (Aufwandsentschädigung) می‌پردازد.
می‌خواهم در فاخ‌تاگ اشتراک کنم: اول ورکشاپ ۴ (ادارات)، اگر جای خالی نبود ورکشاپ ۱.
تشکر

(Deutsch)
Hallo,

ich dolmetsche seit 2019 ehrenamtlich Dari–Deutsch, ungefähr 20 Stunden im Monat. Unser Verein zahlt 10 Euro Aufwandsentschädigung pro Einsatz.
Ich möchte am Fachtag teilnehmen: am liebsten Workshop 4 (Behörden), sonst Workshop 1.
Danke

Freshta Hamidi
Afghanischer Frauenverein Essen e.V."""


@mail("hamidi-dari-and-german", "2027-09-29 20:50:26",
      E("registration", "freshta.hamidi@mail.example", "Freshta Hamidi",
        "Afghanischer Frauenverein Essen e.V.", ["WS4", "WS1"], 1, "fa"), "fa")
def _(m):
    m.head(("From", "Freshta Hamidi <freshta.hamidi@mail.example>"),
           ("To", FT),
           ("Subject", "Anmeldung Fachtag / ثبت نام"),
           ("Date", m.date),
           ("Message-ID", "<CAJ5tN8yU2iO6pA9sD1fG4hJ7kL0zX3cV6bN9mQ2wE5rT8yU1iO@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(HAMIDI_TEXT, gmail_html(HAMIDI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 025 ---------------------------------------------------------------------
# Arabic question before registering (travel costs, certificate), plain
# windows-1256 quoted-printable; Arabic name and association only.

@mail("alhassan-arabic-question-cp1256", "2027-10-01 09:26:47",
      E("question", "nour.alhassan@mail.example", "نور الحسن",
        "جمعية البيت العربي في هاغن", [], None, "ar"), "ar")
def _(m):
    m.head(("From", addr("نور الحسن", "nour.alhassan@mail.example", "windows-1256", "b")),
           ("To", FT),
           ("Subject", ew("استفسار عن اليوم التخصصي في إيسن", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<001201dc3271$8a4b2c10$9ee18430$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

أنا مترجمة متطوعة (عربي - ألماني) في مدينة هاغن، وأعمل مع جمعية البيت العربي في هاغن منذ ثلاث سنوات. سمعت عن اليوم التخصصي في إيسن وأرغب في المشاركة، لكن لدي سؤالان قبل التسجيل:

1- هل يتم تعويض تكاليف المواصلات (القطار من هاغن إلى إيسن)؟
2- هل ستُعطى شهادة حضور (Teilnahmebescheinigung) يُذكر فيها عدد الساعات؟

شكراً جزيلاً
نور الحسن
""", charset="windows-1256", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Registration without a workshop choice ("ist mir egal ... wo noch Platz
# ist"); Gmail HTML only.  "alle vier" is not a choice; "Jobcenter" is an
# alias of WS4 but only a place she interprets.

RADEMACHER_TEXT = """Hallo liebes Fachtag-Team,

ich würde gern am 6.11. dabei sein! Ich dolmetsche seit Frühjahr 2022 ehrenamtlich Ukrainisch–Deutsch für das Netzwerk Ukrainehilfe Essen, inzwischen ca. 25 Stunden im Monat – Arzttermine, Schulanmeldungen, Jobcenter, alles Mögliche.

Welcher Workshop, ist mir ehrlich gesagt egal, alle vier klingen spannend. Teilen Sie mich einfach da ein, wo noch Platz ist.

Liebe Grüße
Julia Rademacher"""


@mail("rademacher-no-workshop-gmail-html-only", "2027-10-02 15:18:30",
      E("registration", "julia.rademacher@mail.example", "Julia Rademacher",
        "Netzwerk Ukrainehilfe Essen", [], 1, "de"), "de")
def _(m):
    m.head(("From", "Julia Rademacher <julia.rademacher@mail.example>"),
           ("To", FT),
           ("Subject", "Anmeldung 6.11."),
           ("Date", m.date),
           ("Message-ID", "<CAL0yP3uI6oA9sD2fG5hJ8kL1zX4cV7bN0mQ3wE6rT9yU2iO5pA@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single(gmail_html(RADEMACHER_TEXT), subtype="html", charset="utf-8",
             cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Bilingual: French first, then English (language = the first, full
# version: fr).  Certificate already obtained (2024) is not a date of
# interest; first choice WS3, else WS1.

@mail("ilunga-french-and-english", "2027-10-04 21:02:19",
      E("registration", "chantal.ilunga@mail.example", "Chantal Ilunga",
        "Association des Femmes Congolaises de Dortmund", ["WS3", "WS1"], 1, "fr"), "fr")
def _(m):
    m.head(("From", "Chantal Ilunga <chantal.ilunga@mail.example>"),
           ("To", FT),
           ("Subject", "Inscription / Registration Fachtag 06/11"),
           ("Date", m.date),
           ("Message-ID", "<1133947021.2281093.1791140539211@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.22645 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.single("""Bonjour,

(English version below)

Je m'appelle Chantal Ilunga, interprète bénévole lingala/français – allemand à Dortmund. J'ai obtenu en 2024 le certificat « Sprach- und Kulturmittlung » de la VHS Dortmund et j'interviens environ 6 fois par mois, souvent auprès de femmes qui ont vécu des violences.

Je souhaite m'inscrire au Fachtag du 6 novembre, de préférence à l'atelier 3 (traumasensibel dolmetschen), sinon à l'atelier 1.

---

Hello,

my name is Chantal Ilunga, volunteer interpreter Lingala/French – German in Dortmund. In 2024 I obtained the certificate "Sprach- und Kulturmittlung" from the VHS Dortmund, and I do about 6 assignments a month, often with women who have experienced violence.

I would like to register for the Fachtag on 6 November, preferably workshop 3 (trauma-sensitive interpreting), otherwise workshop 1.

Merci / Thank you
Chantal Ilunga
Association des Femmes Congolaises de Dortmund
""", charset="utf-8", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Arabic change, Gmail reply (Arabic interface) quoting the confirmation:
# workshop ٢ -> ٤ (Arabic-Indic digits); the quote names Workshop 2.

MANSOUR_TEXT = """مرحباً،

سجلت سابقاً في ورشة العمل ٢ (رقم التسجيل FT27-021)، لكن أغلب عملي كمترجم متطوع في الحقيقة في الجوب سنتر ودائرة الأجانب. لذلك أرجو نقلي إلى ورشة العمل ٤ (الترجمة لدى الدوائر الحكومية).

شكراً لكم
خالد منصور"""
MANSOUR_ATTR = f"في الأربعاء، 22 سبتمبر 2027 في 11:04 ص، كتب {FT_NAME} <{FT}>:"
MANSOUR_CONF = confirmation("Herr Mansour", "FT27-021", "WS2", 1)


@mail("mansour-arabic-change-gmail-reply", "2027-10-06 08:35:52",
      E("change", "khaled.mansour@mail.example", "خالد منصور", None, ["WS4"], None, "ar"), "ar")
def _(m):
    m.head(("From", "Khaled Mansour <khaled.mansour@mail.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAK4wQ7eR0tY3uI6oP9aS2dF5gH8jK1lZ4xC7vB0nM3qW6eR9tY@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270922110401.9d3e@essen.example>"),
           ("References", "<mailbot.20270922110401.9d3e@essen.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{MANSOUR_TEXT}\n\n{MANSOUR_ATTR}\n\n{gt_quote(MANSOUR_CONF)}\n"
    m.alternative(plain, gmail_reply_html(MANSOUR_TEXT, MANSOUR_ATTR, MANSOUR_CONF, rtl=True),
                  charset="utf-8", cte="base64", style="gmail")


# -- 029 ---------------------------------------------------------------------
# Cancellation of a 2-person registration, Outlook plain text (windows-1252)
# with the confirmation quoted below a line of underscores.

@mail("kampmann-cancel-outlook-underscores", "2027-10-07 12:49:05",
      E("cancellation", "ute.kampmann@diakoniewerk-essen.example", "Ute Kampmann",
        "Diakoniewerk Essen", [], None, "de"), "de")
def _(m):
    m.head(("From", '"Kampmann, Ute" <ute.kampmann@diakoniewerk-essen.example>'),
           ("To", TO_FT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<VI1PR08MB4480C2E9A1D34F7B86C0E5D3F2A1@VI1PR08MB4480.eurprd08.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270908160512.1a7b@essen.example>"),
           ("References", "<mailbot.20270908160512.1a7b@essen.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

leider müssen wir unsere Anmeldung (FT27-009, Workshop 4, 2 Personen) zurückziehen. Wegen mehrerer Krankheitsfälle im Team können wir den Samstag nicht abdecken. Bitte geben Sie die Plätze an andere weiter.

Mit freundlichen Grüßen
Ute Kampmann
Integrationsagentur
Diakoniewerk Essen

________________________________
Von: {FT_NAME} <{FT}>
Gesendet: Mittwoch, 8. September 2027 16:05
An: Kampmann, Ute <ute.kampmann@diakoniewerk-essen.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Frau Kampmann", "FT27-009", "WS4", 2)}
""", charset="windows-1252", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# Tigrinya (Ge'ez script), UTF-8 base64: "ኣነን ሓንቲ ብጻይተይን" (I and a
# friend of mine) = 2; "ወርክሾፕ 2" = WS2; the Ge'ez signature beats the
# Latin display name.  "15 ሰዓት" (hours) is not a size.

@mail("berhe-tigrinya-two", "2027-10-09 18:22:33",
      E("registration", "senait.berhe@mail.example", "ሰናይት በርሀ", None,
        ["WS2"], 2, "ti"), "ti")
def _(m):
    m.head(("From", "Senait Berhe <senait.berhe@mail.example>"),
           ("To", FT),
           ("Subject", ew("ምዝገባ ፋኽታግ 6 ሕዳር", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAP7vX0zA3sD6fG9hJ2kL5zX8cV1bN4mQ7wE0rT3yU6iO9pA2sD@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""ሰላም፣

ኣነን ሓንቲ ብጻይተይን ኣብ ጌልሰንኪርኸን ብወለንታ ትግርኛ-ጀርመን ንትርጉም ንሰርሕ። ኣብ ወርሒ ኣስታት 15 ሰዓት ምስ ሕሙማት ናብ ሓካይምን ሆስፒታልን ንኸይድ።

ኣብቲ ፋኽታግ ብክልተና ክንሳተፍ ንደሊ። ኣብ ወርክሾፕ 2 (ትርጉም ኣብ ጥዕና) ክንኣቱ ንደሊ።

የቐንየልና
ሰናይት በርሀ
""", charset="utf-8", cte="base64")


# -- 031 ---------------------------------------------------------------------
# Registration with her certificate attached as PDF (multipart/mixed);
# the workshop only by its alias "Gesundheitswesen".

@mail("diab-certificate-pdf-attached", "2027-10-11 10:57:48",
      E("registration", "rana.diab@mail.example", "Rana Diab",
        "Sprachmittlerpool der Diakonie Essen", ["WS2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Rana Diab <rana.diab@mail.example>"),
           ("To", FT),
           ("Subject", "Anmeldung Fachtag + Zertifikat"),
           ("Date", m.date),
           ("Message-ID", "<CAD1eR4tY7uI0oP3aS6dF9gH2jK5lZ8xC1vB4nM7qW0eR3tY6uI@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = m.text("""Sehr geehrte Damen und Herren,

hiermit melde ich mich für den Fachtag am 6. November an, am liebsten für
den Workshop Gesundheitswesen. Ich bin seit 2021 im
Sprachmittlerpool der Diakonie Essen (Arabisch–Deutsch) und begleite vor
allem Frauen zu gynäkologischen Terminen.

Im Anhang schicke ich Ihnen mein Zertifikat der Qualifizierung
„Laiendolmetschen im Sozial- und Gesundheitswesen“, falls Sie einen
Nachweis brauchen.

Freundliche Grüße
Rana Diab
""", charset="utf-8", cte="quoted-printable")
    pdf = m.binary(make_pdf(["Zertifikat", "Rana Diab",
                             "hat die Qualifizierung Laiendolmetschen im Sozial- und",
                             "Gesundheitswesen (60 Unterrichtsstunden) erfolgreich",
                             "abgeschlossen. Essen, 14. Mai 2022"]),
                   "application", "pdf", "Zertifikat_Laiendolmetschen_Diab.pdf")
    m.multi("mixed", [text, pdf], style="gmail")


# -- 032 ---------------------------------------------------------------------
# Turkish change (Thunderbird, Turkish attribution): the friend cannot come,
# 2 -> 1; the workshop stays ("atölye değişmiyor"), so workgroups [].

@mail("celik-turkish-change-two-to-one", "2027-10-13 19:40:02",
      E("change", "yasemin.celik@mail.example", "Yasemin Çelik", None, [], 1, "tr"), "tr")
def _(m):
    m.head(("From", "Yasemin Çelik <yasemin.celik@mail.example>"),
           ("To", TO_FT),
           ("Subject", "Ynt: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<a4f0c9e2-1d7b-4e53-8c6a-2b9e0d4f7a18@mail.example>"),
           ("In-Reply-To", "<mailbot.20270928181203.5c8f@essen.example>"),
           ("References", "<mailbot.20270928181203.5c8f@essen.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

FT27-026 numaralı kaydımızla ilgili yazıyorum: arkadaşım Gülsüm Hanım
maalesef o gün çalışmak zorunda, bu yüzden sadece ben geleceğim. Lütfen
kaydı 1 kişi olarak güncelleyin, atölye değişmiyor.

Teşekkürler
Yasemin Çelik

28.09.2027 18:12 tarihinde {FT_NAME} yazdı:
{gt_quote(confirmation("Frau Çelik", "FT27-026", "WS1", 2))}
""", charset="utf-8", cte="8bit")


# -- 033 ---------------------------------------------------------------------
# English question from a freelance professional: is it open to non-
# volunteers, is there a fee; rates "EUR 15-20 an hour" are not sizes.

@mail("osei-english-question-professionals", "2027-10-15 14:11:26",
      E("question", "d.osei@osei-interpreting.example", "Daniel Osei",
        "Osei Interpreting & Translation", [], None, "en"), "en")
def _(m):
    m.head(("From", "Daniel Osei <d.osei@osei-interpreting.example>"),
           ("To", FT),
           ("Subject", "Fachtag 6 November - open to professional interpreters?"),
           ("Date", m.date),
           ("Message-ID", "<20271015121126.Horde.q3Lm8kTz0aBcD4eFgH1iJ2k@webmail.osei-interpreting.example>"),
           ("User-Agent", "Horde Application Framework 5"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

I'm a freelance conference and community interpreter (English/Twi/French -
German) based in Duesseldorf. A colleague forwarded your invitation to me.

Is the Fachtag open to professional interpreters who are not volunteers, or
is it only for volunteer pools? And is there a fee for non-volunteers? I'd
be happy to pay my own travel costs, of course.

If it's open, I'd love to come and maybe exchange ideas about fair rates for
community interpreting - many of the pools I work with pay EUR 15-20 an
hour, which is a topic in itself.

Best regards,
Daniel Osei
Osei Interpreting & Translation
""", charset="us-ascii", cte="7bit", params={"format": "flowed", "delsp": "yes"})


# -- 034 ---------------------------------------------------------------------
# Kurdish (Sorani, Arabic script, Eastern Arabic digits ٣, ٦, ١٠), Gmail
# alternative dir=rtl, base64.  "بە تەنها دێم" = I come alone.

RASUL_TEXT = """سڵاو و ڕێز،

من هێمن ڕەسووڵم، وەرگێڕی خۆبەخشی کوردی (سۆرانی) – ئەڵمانیم لە ئێسن. مانگانە نزیکەی ١٠ جار لەگەڵ پەنابەران دەچمە نەخۆشخانە و فەرمانگەکان.

دەمەوێت بەشداری فاختاگی ٦ی نۆڤەمبەر بکەم، لە وۆرکشۆپی ژمارە ٣ (وەرگێڕانی هەستیار بە ترۆما). بە تەنها دێم.

زۆر سوپاس
هێمن ڕەسووڵ"""


@mail("rasul-sorani-gmail-rtl", "2027-10-18 21:45:10",
      E("registration", "hemin.rasul@mail.example", "هێمن ڕەسووڵ", None,
        ["WS3"], 1, "ku"), "ku")
def _(m):
    m.head(("From", "Hemin Rasul <hemin.rasul@mail.example>"),
           ("To", FT),
           ("Subject", "Fachtag - ناونووسین"),
           ("Date", m.date),
           ("Message-ID", "<CAE8fT1yU4iO7pA0sD3fG6hJ9kL2zX5cV8bN1mQ4wE7rT0yU3iO@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(RASUL_TEXT, gmail_html(RASUL_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 035 ---------------------------------------------------------------------
# English cancellation from Outlook for iOS, the confirmation quoted below
# "From:/Sent:/To:/Subject:" (English labels, no '>').

@mail("whitfield-english-cancel-outlook-ios", "2027-10-20 07:32:55",
      E("cancellation", "sarah.whitfield@welcome-steele.example", "Sarah Whitfield",
        "Welcome Centre Essen-Steele", [], None, "en"), "en")
def _(m):
    m.head(("From", "Sarah Whitfield <sarah.whitfield@welcome-steele.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<AS8PR02MB7021B4D6E8F0A2C4E6B8D0F2A4C6@AS8PR02MB7021.eurprd02.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20271008154107.3e9a@essen.example>"),
           ("References", "<mailbot.20271008154107.3e9a@essen.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hi there,

I'm afraid I have to cancel my place at the Fachtag (registration no. FT27-038, Workshop 2). My mother is having surgery that week and I'll be in Leeds.

Please give the place to someone on the waiting list - and I hope there'll be another one next year!

All the best,
Sarah Whitfield
Welcome Centre Essen-Steele

Get Outlook for iOS
________________________________
From: {FT_NAME} <{FT}>
Sent: Friday, October 8, 2027 3:41:07 PM
To: Sarah Whitfield <sarah.whitfield@welcome-steele.example>
Subject: {CONFIRMATION_SUBJECT}

{confirmation("Frau Whitfield", "FT27-038", "WS2", 1)}
""", charset="utf-8", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# German from a learner: "mit meine Cousine" = 2, "Workshop Behörde" (the
# alias in the singular) = WS4; "ca 15 Termine" is not a size.  No
# organisation is named.

@mail("alkan-learner-german-cousin", "2027-10-22 16:06:38",
      E("registration", "sherko.alkan@mail.example", "Sherko Alkan", None,
        ["WS4"], 2, "de"), "de")
def _(m):
    m.head(("From", "sherko alkan <sherko.alkan@mail.example>"),
           ("To", FT),
           ("Subject", "anmeldung fachtag"),
           ("Date", m.date),
           ("Message-ID", "<CAH2gU5zA8sD1fG4hJ7kL0zX3cV6bN9mQ2wE5rT8yU1iO4pA7sD@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich heise Sherko Alkan, ich bin Dolmetscher für Kurdisch (Kurmancî und Sorani) und Arabisch, ehrenamtlich seit 2016 in Oberhausen. Ich mache jeden Monat ca 15 Termine.

Ich will kommen zu den Fachtag mit meine Cousine Ronahî, sie ist auch Dolmetscherin. Wir wollen Workshop Behörde, weil dort gibt immer Probleme mit die Sachbearbeiter.

Danke
Sherko Alkan

Von meinem Android-Smartphone gesendet
""", charset="utf-8", cte="8bit")


# -- 037 ---------------------------------------------------------------------
# English from a Samsung phone (multipart/alternative); "together with my
# colleague" = 2; "40 assignments" is not a size.

KABBANI_TEXT = """Dear Sir or Madam,

I would like to register for the Fachtag on 6 November together with my colleague Lina Darwish. We are both volunteer interpreters Arabic - German with the Syrian Community Essen and do together about 40 assignments per month, mostly Jobcenter, Ausländerbehörde and Sozialamt.

We would like to join Workshop 4.

Best regards
Hussam Kabbani
Syrian Community Essen



Sent from my Samsung Galaxy smartphone."""


@mail("kabbani-english-samsung", "2027-10-25 18:48:21",
      E("registration", "hussam.kabbani@mail.example", "Hussam Kabbani",
        "Syrian Community Essen", ["WS4"], 2, "en"), "en")
def _(m):
    m.head(("From", "Hussam Kabbani <hussam.kabbani@mail.example>"),
           ("To", FT),
           ("Subject", "Registration Fachtag"),
           ("Date", m.date),
           ("Message-ID", "<ffnc3k8q2x7vd1b0t4m9s6pa.1793036901477@mail.example>"),
           ("MIME-Version", "1.0"))
    html_text = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head>"
                 "<body><div dir=\"auto\">"
                 + "".join(f"<div dir=\"auto\">{esc(l) if l else '<br>'}</div>" for l in KABBANI_TEXT.split("\n"))
                 + "</div></body></html>\n")
    m.alternative(KABBANI_TEXT, html_text, charset="utf-8", cte="base64", style="samsung")


# -- 038 ---------------------------------------------------------------------
# Russian change (Outlook in Russian: "От:/Отправлено:/Кому:/Тема:" block),
# WS4 -> WS2 and a colleague comes too ("нас будет двое" = 2).  The Cyrillic
# signature beats the Latin display name.

SCHMIDT_TEXT = """Добрый день,

по нашей регистрации FT27-033: я всё-таки хотел бы перейти из воркшопа 4 в воркшоп 2 (здравоохранение). И со мной придёт коллега, Анна Вебер, так что нас будет двое.

Спасибо!
Виктор Шмидт"""


@mail("schmidt-russian-change-outlook", "2027-10-27 09:14:03",
      E("change", "viktor.schmidt@mail.example", "Виктор Шмидт", None,
        ["WS2"], 2, "ru"), "ru")
def _(m):
    m.head(("From", "Viktor Schmidt <viktor.schmidt@mail.example>"),
           ("To", TO_FT),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHcNz1kR4mW8pQ2sTy6Xz0aBc3dEQ=="),
           ("Date", m.date),
           ("Message-ID", "<GV1P192MB1823D5F7A9B1C3E5F7A9B1C3D5E7@GV1P192MB1823.EURP192.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20271005094711.6a2d@essen.example>"),
           ("References", "<mailbot.20271005094711.6a2d@essen.example>"),
           ("Content-Language", "ru-RU"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"{FT_NAME} <{FT}>", "5 октября 2027 г. 9:47",
             f"Viktor Schmidt <viktor.schmidt@mail.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Schmidt", "FT27-033", "WS4", 1))
    m.alternative(outlook_plain(SCHMIDT_TEXT, quote, LABELS_RU),
                  outlook_html(SCHMIDT_TEXT, quote, charset="utf-8", lang="RU", labels=LABELS_RU),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 039 ---------------------------------------------------------------------
# German change with a fallback: WS1 -> WS2, "falls ... voll, bleiben wir in
# Workshop 1" -> [WS2, WS1]; new Outlook, UTF-8 alternative with the
# confirmation quoted below a Von:/Gesendet: block.

VOSSKAMP_TEXT = """Hallo Frau Brandhorst-Yıldız,

könnten Sie uns (Anmeldung FT27-041) bitte von Workshop 1 auf Workshop 2 umbuchen? Zwei unserer Leute dolmetschen inzwischen fast nur noch in der Kinderklinik. Falls Workshop 2 schon voll ist, bleiben wir einfach in Workshop 1.

Danke und viele Grüße
Annette Voßkamp
Dolmetscherkreis der Ev. Kirchengemeinde Essen-Borbeck"""


@mail("vosskamp-change-with-fallback", "2027-10-28 13:27:46",
      E("change", "a.vosskamp@kirche-borbeck.example", "Annette Voßkamp",
        "Dolmetscherkreis der Ev. Kirchengemeinde Essen-Borbeck", ["WS2", "WS1"], None, "de"),
      "de")
def _(m):
    m.head(("From", "Annette Voßkamp <a.vosskamp@kirche-borbeck.example>"),
           ("To", TO_FT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHcQ8rTn2kW5pZ0sXy3Vb7aCd1eFg=="),
           ("Date", m.date),
           ("Message-ID", "<DU2PR10MB5217A3C5E7F9B1D3A5C7E9F1B3D5@DU2PR10MB5217.EURPRD10.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20271013110532.8b4c@essen.example>"),
           ("References", "<mailbot.20271013110532.8b4c@essen.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"{FT_NAME} <{FT}>", "Mittwoch, 13. Oktober 2027 11:05",
             "Annette Voßkamp <a.vosskamp@kirche-borbeck.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Voßkamp", "FT27-041", "WS1", 3))
    m.alternative(outlook_plain(VOSSKAMP_TEXT, quote),
                  outlook_html(VOSSKAMP_TEXT, quote, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 040 ---------------------------------------------------------------------
# Arabic cancellation from an iPhone, the confirmation quoted with '>' under
# an Arabic attribution with Arabic-Indic digits.

@mail("bakri-arabic-cancel-iphone", "2027-11-01 20:16:59",
      E("cancellation", "samira.bakri@mail.example", "سميرة بكري", None, [], None, "ar"),
      "ar", tz=1)
def _(m):
    m.head(("From", "Samira Bakri <samira.bakri@mail.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<3D8F1A62-4B7C-4E90-A5D3-C2E1F0B9A874@mail.example>"),
           ("In-Reply-To", "<mailbot.20271025101502.2d7e@essen.example>"),
           ("References", "<mailbot.20271025101502.2d7e@essen.example>"),
           ("X-Mailer", "iPhone Mail (22B91)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single(f"""السلام عليكم،

للأسف لن أستطيع الحضور يوم السبت ٦ نوفمبر بسبب ظرف عائلي. أرجو إلغاء تسجيلي (FT27-047).

مع الشكر والاعتذار
سميرة بكري

أُرسلت من الـ iPhone

> في ٢٥‏/١٠‏/٢٠٢٧، الساعة ١٠:١٥ ص، كتب {FT_NAME} <{FT}>:
>
{gt_quote(confirmation("Frau Bakri", "FT27-047", "WS3", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# Late registration after the 29 October deadline ("falls noch Plätze frei
# sind"): still a registration.  "meine Frau Renate und ich" = 2;
# iso-8859-1 quoted-printable.

@mail("jablonski-late-registration-couple", "2027-11-02 10:41:12",
      E("registration", "g.jablonski@mail.example", "Günther Jablonski",
        "Flüchtlingsinitiative Essen-Kray", ["WS3"], 2, "de"), "de", tz=1)
def _(m):
    m.head(("From", addr("Günther Jablonski", "g.jablonski@mail.example", "iso-8859-1", "q")),
           ("To", FT),
           ("Subject", ew("Nachträgliche Anmeldung Fachtag", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<1793612472.50316.1893@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich weiß, die Anmeldefrist ist schon abgelaufen - ich habe die Einladung erst
gestern von einer Bekannten weitergeleitet bekommen. Falls noch Plätze frei
sind, würden meine Frau Renate und ich gern kommen, und zwar in den
Workshop 3 (traumasensibel dolmetschen).

Wir sind beide pensionierte Lehrer und dolmetschen seit 2016 ehrenamtlich
Französisch für Familien aus Guinea, ungefähr 10 Stunden im Monat.

Mit freundlichen Grüßen
Günther Jablonski
Flüchtlingsinitiative Essen-Kray
""", charset="iso-8859-1", cte="quoted-printable")


# -- 042 ---------------------------------------------------------------------
# Question from someone already registered (quotes her registration number,
# changes nothing): certificate on site or by post, parking.

@mail("sondermann-question-certificate-parking", "2027-11-03 17:05:31",
      E("question", "h.sondermann@mail.example", "Hildegard Sondermann", None,
        [], None, "de"), "de", tz=1)
def _(m):
    m.head(("From", "Hildegard Sondermann <h.sondermann@mail.example>"),
           ("To", FT),
           ("Subject", "Frage zu Samstag"),
           ("Date", m.date),
           ("Message-ID", "<trinity-0f5c8e3a-27d1-4b96-a4e0-6c1b9d7f2e58-1793721931205@3c-app-gmx-bs58>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich bin für Samstag angemeldet (FT27-052). Zwei kurze Fragen: Bekomme ich
die Teilnahmebescheinigung vor Ort, oder wird sie zugeschickt? Und gibt es
an der VHS Parkplätze, oder fahre ich besser mit der Bahn?

Vielen Dank
Hildegard Sondermann
""", charset="utf-8", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# Cancellation from a phone the day before, with an emoji, signed with the
# first name only (name from the display name); iPhone quote with '>'.

@mail("sahin-phone-cancel-day-before", "2027-11-05 06:52:40",
      E("cancellation", "derya.sahin@mail.example", "Derya Şahin", None, [], None, "de"),
      "de", tz=1)
def _(m):
    m.head(("From", "Derya Şahin <derya.sahin@mail.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<B71E4C9A-2D05-4F3B-9E68-A0C7D1F5B249@mail.example>"),
           ("In-Reply-To", "<mailbot.20271018190311.7f1b@essen.example>"),
           ("References", "<mailbot.20271018190311.7f1b@essen.example>"),
           ("X-Mailer", "iPhone Mail (22B91)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single(f"""Hallo, leider muss ich für morgen absagen, bin krank geworden 🤒 Anmeldenummer FT27-044. Sorry!!
LG Derya

Von meinem iPhone gesendet

> Am 18.10.2027 um 19:03 schrieb {FT_NAME} <{FT}>:
>
{gt_quote(confirmation("Frau Şahin", "FT27-044", "WS2", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# After the event: thanks plus a question (certificate by e-mail); the
# workshop she attended is mentioned, but nothing is registered.

@mail("osterhues-question-after-event", "2027-11-08 09:30:15",
      E("question", "meike.osterhues@mail.example", "Meike Osterhues",
        "Sprachmittlerpool Gladbeck", [], None, "de"), "de", tz=1)
def _(m):
    m.head(("From", "Meike Osterhues <meike.osterhues@mail.example>"),
           ("To", FT),
           ("Subject", "Teilnahmebescheinigung"),
           ("Date", m.date),
           ("Message-ID", "<c9e2f7a1-0b46-4d8c-93e5-7a1f4b6d0c82@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Liebes Fachtag-Team,

vielen Dank für den tollen Tag am Samstag, besonders der Workshop 2 hat mir
viel gebracht!

Eine Frage: Ich habe vor Ort keine Teilnahmebescheinigung bekommen, weil ich
früher gehen musste. Können Sie sie mir per E-Mail schicken? Ich brauche sie
für unseren Pool (Sprachmittlerpool Gladbeck).

Viele Grüße
Meike Osterhues
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


EXAMPLE_DOMAIN = re.compile(r"(^|\.)example$", re.I)
NAMESPACE_HOSTS = ("schemas.microsoft.com", "www.w3.org")   # XML namespaces in Outlook HTML
PERSON_KINDS = ("registration", "change", "cancellation", "question")


def decoded_text(msg):
    """Decoded headers and text of a message (HTML unescaped), for label checks."""
    chunks = [f"{k}: {v}" for k, v in msg.items()]
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            c = p.get_content()
            chunks.append(html.unescape(c) if p.get_content_subtype() == "html" else c)
    return "\n".join(chunks)


def check_labels(e, text_lang):
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    k = e["kind"]
    if k not in KINDS:
        problems.append(f"bad kind {k}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WORKGROUP_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if k not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    ps = e["party_size"]
    if k == "registration":
        if not (isinstance(ps, int) and ps >= 1):
            problems.append("registration needs party_size >= 1")
    elif k == "change":
        if ps is not None and not (isinstance(ps, int) and ps >= 1):
            problems.append("bad party_size for change")
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
    if (k == "bounce") != (e["bounced_recipient"] is not None):
        problems.append("bounced_recipient only and always for bounces")
    if e["bounced_recipient"] and e["bounced_recipient"] != e["bounced_recipient"].lower():
        problems.append("bounced_recipient must be lower-case")
    if text_lang not in LANGS:
        problems.append(f"bad text language {text_lang}")
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
    if not (datetime.datetime(2027, 9, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 12, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Sep-Nov 2027")
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
    # every address and URL host must be an example domain (nested messages included)
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
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in NAMESPACE_HOSTS:
            problems.append(f"non-example URL host {dom}")
    # the labels
    problems += check_labels(expected, text_lang)
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
            problems.append("email neither in From/Reply-To nor in the text")
        if msg["Reply-To"] and expected["email"] != heads[-1] and expected["email"] not in text.lower():
            problems.append("Reply-To should win")
        for f in ("name", "organisation"):
            if expected[f] and expected[f] not in text:
                problems.append(f"{f} {expected[f]!r} not written in the mail")
    if k in ("change", "cancellation"):
        body = "\n".join(c for c in got if isinstance(c, str))
        body = html.unescape(body)
        if not msg["In-Reply-To"] or "Angemeldete Personen:" not in body \
                or "Ihre Anmeldenummer:" not in body:
            problems.append("change/cancellation must answer and quote the confirmation")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for *_, t in built}, key=lambda x: LANGS.index(x))
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x text language:")
    print(f"  {'':13}" + "".join(f"{l:>4}" for l in langs) + "  all")
    for k in KINDS:
        row = [table[(k, l)] for l in langs]
        print(f"  {k:13}" + "".join(f"{n or '-':>4}" for n in row) + f"{sum(row):>5}")
    col = [sum(table[(k, l)] for k in KINDS) for l in langs]
    print(f"  {'all':13}" + "".join(f"{n:>4}" for n in col) + f"{sum(col):>5}")
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

    senders = collections.Counter()
    for (name, m, e, t), data in zip(built, datas):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        frm = getaddresses([str(msg["From"])])[0][1].lower()
        senders[frm] += 1
        for problem in check(name, data, m, e, t):
            print(f"{name}: {problem}")
            bad += 1
    for s, n in senders.items():
        if n > 1:
            print(f"sender {s} appears {n} times")
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
