#!/usr/bin/env python3
"""Build the "final23d" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Vereinsakademie Dortmund 2027, an evening training series for association
treasurers and board members.  Its four "workgroups" are modules held on four
different evenings in four different rooms (course numbers K101-K104).

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in correct MIME with the standard `email` package, writes the
files, and then reads every file back with email.policy.default to check that it
parses without defects, that each body part decodes to exactly the text written
here (attachments: the same bytes), and that the labels are well formed.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind, language, MIME shape

Output is deterministic (fixed dates, Message-IDs and MIME boundaries), so a
re-run gives byte-identical files.  Paths are relative to this script's folder.
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
from email.header import Header, decode_header, make_header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

VA = "vereinsakademie@dortmund.example"
TO_VA = f"Vereinsakademie Dortmund <{VA}>"
INVITATION_ID = "<einladung-vereinsakademie-2027.20270301100412@dortmund.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
MODULES = ("K101", "K102", "K103", "K104")
LANGS = ("de", "en", "tr", "it", "vi", "ar")


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


def berlin_offset(when):
    """UTC offset (hours) of Europe/Berlin in spring 2027: CEST from 28 March 01:00 UTC."""
    utc = when.astimezone(datetime.timezone.utc).replace(tzinfo=None)
    return 2 if utc >= datetime.datetime(2027, 3, 28, 1, 0) else 1


# ---------------------------------------------------------------------------
# building one message
# ---------------------------------------------------------------------------

class Mail:
    """One .eml under construction; remembers what each leaf part must decode to."""

    def __init__(self, slug, when, tz_hours=None):
        self.slug = slug
        naive = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S")
        if tz_hours is None:       # local Dortmund time
            tz_hours = 2 if naive >= datetime.datetime(2027, 3, 28, 3, 0) else 1
        tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
        self.when = naive.replace(tzinfo=tz)
        self.date = format_datetime(self.when)
        self.msg = EmailMessage(policy=POLICY)
        self.intended = []          # decoded content of each leaf, in walk order
        self.crlf = False
        self._nboundary = 0

    # -- headers -----------------------------------------------------------
    def head(self, *pairs, envelope=None, received=True, crlf=False):
        """Set trace headers (Return-Path, Delivered-To, Received), then `pairs`
        in the given order.  ASCII values (plain or already RFC 2047-encoded)
        are stored verbatim, folded at spaces when long; a non-ASCII Subject or
        Thread-Topic becomes UTF-8 encoded words; other values with non-ASCII
        characters go through the policy, which encodes them as UTF-8."""
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", VA)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            off = berlin_offset(self.when)
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=3)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=off))))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.dortmund.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{VA}>; {arrival} ({'CEST' if off == 2 else 'CET'})")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            elif name in ("Subject", "Thread-Topic"):
                # as mail clients do: the whole text in UTF-8 encoded words
                msg.set_raw(name, ew(value, "utf-8", "q"))
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
            return f"_00{self._nboundary}_DB9PR03MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.dortmund.example"
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


def make_pdf(lines):
    """A minimal one-page PDF showing `lines` (ASCII)."""
    ops = ["BT", "/F1 18 Tf", "60 770 Td"]
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
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung: Vereinsakademie Dortmund 2027 – Abendreihe für Kassenwarte und Vorstände"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zur Vereinsakademie Dortmund 2027"

INVITATION = """Liebe Kassenwartinnen und Kassenwarte, liebe Vorstandsmitglieder,

auch in diesem Frühjahr lädt die Vereinsakademie Dortmund zu ihrer
Abendreihe für Vereine, Initiativen und Migrantenorganisationen ein.
Die vier Module finden an vier Abenden jeweils von 18:30 bis 21:00 Uhr
im Haus des Ehrenamts, Kampstraße 47, 44137 Dortmund statt:

Modul 1 (K101)  Kassenführung und Jahresabschluss im Verein
                Dienstag, 13. April 2027, Raum 2.08
Modul 2 (K102)  Fördermittel finden und Anträge schreiben
                Donnerstag, 22. April 2027, Raum 1.14
Modul 3 (K103)  Datenschutz im Verein – die DSGVO in der Praxis
                Dienstag, 4. Mai 2027, Raum E.05
Modul 4 (K104)  Öffentlichkeitsarbeit: Presse, Website und Social Media
                Mittwoch, 19. Mai 2027, Raum 3.01

Die Module sind einzeln buchbar. Der Eigenanteil beträgt 10 Euro pro
Abend und Person; die Rechnung schicken wir nach dem Abend an Ihren
Verein.

Bitte melden Sie sich bis zum 6. April 2027 per E-Mail an
vereinsakademie@dortmund.example an. Nennen Sie uns Ihren Namen, Ihren
Verein, die gewünschten Module, mit wie vielen Personen Sie kommen und
die Rechnungsanschrift.

Mit freundlichen Grüßen
Birgit Wessel-Kaya
Vereinsakademie Dortmund
Büro für Bürgerschaftliches Engagement
Telefon 0231 50-2 77 41"""

MODULE_LINE = {
    "K101": ("Modul 1 (K101) – Kassenführung und Jahresabschluss im Verein",
             "Dienstag, 13. April 2027, 18:30–21:00 Uhr, Raum 2.08"),
    "K102": ("Modul 2 (K102) – Fördermittel finden und Anträge schreiben",
             "Donnerstag, 22. April 2027, 18:30–21:00 Uhr, Raum 1.14"),
    "K103": ("Modul 3 (K103) – Datenschutz im Verein – die DSGVO in der Praxis",
             "Dienstag, 4. Mai 2027, 18:30–21:00 Uhr, Raum E.05"),
    "K104": ("Modul 4 (K104) – Öffentlichkeitsarbeit: Presse, Website und Social Media",
             "Mittwoch, 19. Mai 2027, 18:30–21:00 Uhr, Raum 3.01"),
}


def confirmation(salutation, modules, persons):
    """The confirmation mailbot sent (quoted in replies and returned in bounces)."""
    which = "folgendes Modul" if len(modules) == 1 else "folgende Module"
    lines = "\n".join(f"{MODULE_LINE[k][0]}\n  {MODULE_LINE[k][1]}" for k in modules)
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zur Vereinsakademie Dortmund 2027.

Wir haben Sie für {which} eingetragen:
{lines}

Angemeldete Personen: {persons}

Ort: Haus des Ehrenamts, Kampstraße 47, 44137 Dortmund

Möchten Sie ein Modul wechseln oder absagen? Antworten Sie einfach auf
diese E-Mail.

Mit freundlichen Grüßen
Vereinsakademie Dortmund
Büro für Bürgerschaftliches Engagement"""


def confirmation_message(to, salutation, modules, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_VA
    m["To"] = to
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(salutation, modules, persons), charset="utf-8",
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
span.E-MailFormatvorlage18
	{{mso-style-type:personal-reply;
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
<body lang={lang} link="#0563C1" vlink="#954F72" style='word-wrap:break-word'{dir}>
<div class=WordSection1>
"""

LABELS = {
    "de": ("Von:", "Gesendet:", "An:", "Betreff:"),
    "en": ("From:", "Sent:", "To:", "Subject:"),
    "it": ("Da:", "Inviato:", "A:", "Oggetto:"),
    "ar": ("من:", "تاريخ الإرسال:", "إلى:", "الموضوع:"),
}


def mso_p(line, rtl=False):
    d = " dir=RTL style='text-align:right;direction:rtl;unicode-bidi:embed'" if rtl else ""
    if not line.strip():
        return f"<p class=MsoNormal{d}><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal{d}>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="Windows-1252", lang="DE", labels="de", rtl=False):
    """Outlook-style HTML for `text`; quote = (von, gesendet, an, betreff, quoted_text)."""
    out = [mso_p(line, rtl) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        lv, lg, la, lb = LABELS[labels]
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span lang={lang}>{esc(lv)}</span></b>"
                   f"<span lang={lang}> {esc(von)} <br>\n"
                   f"<b>{esc(lg)}</b> {esc(gesendet)}<br>\n"
                   f"<b>{esc(la)}</b> {esc(an)}<br>\n"
                   f"<b>{esc(lb)}</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    head = OUTLOOK_HEAD.format(charset=charset, lang=lang,
                               dir=" dir=RTL" if rtl else "")
    return head + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels="de"):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    lv, lg, la, lb = LABELS[labels]
    return (f"{text}\n\n{lv} {von}\n{lg} {gesendet}\n{la} {an}\n"
            f"{lb} {betreff}\n\n{quoted}")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return f"<div{d}>{inner}</div>\n"


def gmail_quote_html(text, attribution, quoted):
    """Gmail HTML for a reply: the new text, then a gmail_quote blockquote."""
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    return (f"<div dir=\"ltr\">{inner}</div><br><div class=\"gmail_quote\">"
            f"<div dir=\"ltr\" class=\"gmail_attr\">{esc(attribution)}<br></div>"
            f"<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
            f"border-left:1px solid rgb(204,204,204);padding-left:1ex\">{q}</blockquote></div>\n")


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=None):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Exchange out-of-office to the invitation (Auto-Submitted: auto-generated,
# X-Auto-Response-Suppress); Outlook alternative.  Its dates and phone number
# are not a registration.

HAMMERSCHMIDT_OOO = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 12. März 2027, nicht im Büro und habe
keinen Zugriff auf meine E-Mails. Ab Montag, 15. März, bin ich wieder für Sie
da.

In dringenden Fällen wenden Sie sich bitte an unser Stadtteilbüro Hörde,
Telefon 0231 41 22 08.

Mit freundlichen Grüßen
Ute Hammerschmidt
Stadtteilverein Hörde e.V."""


@mail("hammerschmidt-out-of-office", "2027-03-01 10:05:31", E("auto_reply"), "de")
def _(m):
    m.head(("From", '"Hammerschmidt, Ute" <u.hammerschmidt@stadtteilverein-hoerde.example>'),
           ("To", TO_VA),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB8841C0A1B2C3D4E5F60718293A4B@DB9PR03MB8841.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "u.hammerschmidt@stadtteilverein-hoerde.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(HAMMERSCHMIDT_OOO, outlook_html(HAMMERSCHMIDT_OOO, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 002 ---------------------------------------------------------------------
# Thunderbird reply that quotes the whole invitation with '>' (all four modules,
# rooms and dates appear in the quote); the choice "Modul 1" is only in the new
# text.  The invoice address has a house number and postcode.  format=flowed, 8bit.

@mail("kowalczyk-reply-quoting-invitation", "2027-03-01 18:22:47",
      E("registration", "r.kowalczyk@kgv-hallerey.example", "Renate Kowalczyk",
        "Kleingärtnerverein Am Hallerey e.V.", ["K101"], 1, "de"), "de")
def _(m):
    m.head(("From", "Renate Kowalczyk <r.kowalczyk@kgv-hallerey.example>"),
           ("To", TO_VA),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<4f1d2c7a-88e0-4b3a-9d61-0c2f5e7a1b94@kgv-hallerey.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Wessel-Kaya,

danke für die Einladung, darauf habe ich schon gewartet! Ich melde mich
für Modul 1 (Kassenführung) an. Ich komme allein.

Rechnungsanschrift:
Kleingärtnerverein Am Hallerey e.V.
z. Hd. Kassiererin
Hallerey 12
44149 Dortmund

Viele Grüße
Renate Kowalczyk
Kassiererin

Am 01.03.27 um 10:04 schrieb Vereinsakademie Dortmund:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 003 ---------------------------------------------------------------------
# Outlook, HTML only (MsoNormal), windows-1252 quoted-printable, quoting the
# invitation below a Von:/Gesendet: block.  Two modules by course number and
# title in typographic quotes, two persons at both evenings; register number
# and tax number in the signature block.

DEMIR_TEXT = """Sehr geehrte Frau Wessel-Kaya,

hiermit melde ich mich gemeinsam mit unserem Kassenwart, Herrn Osman Kaplan, für die Module K102 „Fördermittel finden und Anträge schreiben“ und K103 „Datenschutz im Verein“ an. Wir kommen an beiden Abenden zu zweit.

Für die Rechnung:
Türkisch-Deutscher Elternverein Dortmund-Nord e.V.
Mallinckrodtstraße 212, 44147 Dortmund
Vereinsregister: VR 5123, Amtsgericht Dortmund
Steuernummer: 314/5702/1234

Mit freundlichen Grüßen

Cengiz Demir
1. Vorsitzender
Türkisch-Deutscher Elternverein Dortmund-Nord e.V.
Tel.: 0231 / 81 44 29"""


@mail("demir-outlook-html-two-modules", "2027-03-02 09:47:12",
      E("registration", "c.demir@tde-dortmund-nord.example", "Cengiz Demir",
        "Türkisch-Deutscher Elternverein Dortmund-Nord e.V.", ["K102", "K103"], 2, "de"), "de")
def _(m):
    m.head(("From", '"Demir, Cengiz" <c.demir@tde-dortmund-nord.example>'),
           ("To", TO_VA),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbinK1x7Qd2mT0R0a9b3c4d5e6f7A8B9C0"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB6612A7B8C9D0E1F2A3B4C5D6E7F8@DB9PR03MB6612.eurprd03.prod.outlook.example>"),
           ("References", INVITATION_ID),
           ("In-Reply-To", INVITATION_ID),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_VA, "Montag, 1. März 2027 10:04", TO_VA, INVITATION_SUBJECT, INVITATION)
    m.single(outlook_html(DEMIR_TEXT, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# English, Gmail multipart/alternative.  The module by topic and date only
# ("data protection module on Tuesday, 4 May"); "5:30 pm", "10 minutes" and
# the postcode are not counts.  Not a registered association yet.

NWOSU_TEXT = """Hi,

I'm the treasurer of the African Students' Union Dortmund, a student
association at TU Dortmund (not a registered e.V. yet, we're working on
it). I would like to sign up for the data protection module on Tuesday,
4 May. I'll come on my own.

I work until 5:30 pm on Tuesdays in Dorstfeld, so I might be 10 minutes
late - I hope that's okay.

Invoice address: African Students' Union Dortmund, c/o Amara Nwosu,
Emil-Figge-Straße 50, 44227 Dortmund

Thanks a lot,
Amara Nwosu"""


@mail("nwosu-english-data-protection", "2027-03-02 21:15:09",
      E("registration", "amara.nwosu@mail.example", "Amara Nwosu",
        "African Students' Union Dortmund", ["K103"], 1, "en"), "en")
def _(m):
    m.head(("From", "Amara Nwosu <amara.nwosu@mail.example>"),
           ("To", VA),
           ("Subject", "Registration - data protection evening"),
           ("Date", m.date),
           ("Message-ID", "<CAOx7RkT2m9VdQ4pL8nZ1wHc6sJf3GyBk0uE5oNqA7rD2xW9eTg@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(NWOSU_TEXT, gmail_html(NWOSU_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 005 ---------------------------------------------------------------------
# Turkish, plain UTF-8 base64.  "1. modüle ... ve 2. modüle" = modules 1 and 2;
# "iki kişi geleceğiz" = we will come as two; the tax number and street number
# are in passing.

@mail("erdogan-turkish-modules-1-2", "2027-03-03 19:40:55",
      E("registration", "m.erdogan@hoerde-cami.example", "Mustafa Erdoğan",
        "Hörde Cami ve Kültür Derneği e.V.", ["K101", "K102"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "Mustafa Erdoğan <m.erdogan@hoerde-cami.example>"),
           ("To", VA),
           ("Subject", "Vereinsakademie kayıt"),
           ("Date", m.date),
           ("Message-ID", "<1772563255.410877.2291@webmail.hoerde-cami.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba Birgit Hanım,

Vereinsakademie davetiniz için teşekkür ederiz. Derneğimizin saymanı
olarak ben ve yönetim kurulundan bir arkadaşım 1. modüle (Kassenführung
und Jahresabschluss) ve 2. modüle (Fördermittel) katılmak istiyoruz.
Yani iki kişi geleceğiz, iki akşam da.

Fatura adresi:
Hörde Cami ve Kültür Derneği e.V.
Wellinghofer Str. 88
44263 Dortmund
Vergi numarası (Steuernummer): 315/5893/0421

Saygılarımla,
Mustafa Erdoğan
Sayman
Hörde Cami ve Kültür Derneği e.V.
""", charset="utf-8", cte="base64")


# -- 006 ---------------------------------------------------------------------
# A filled-in form block, iso-8859-1 quoted-printable.  "Mitgliedsnummer" and
# IBAN are not counts; "Modul: K104 (Öffentlichkeitsarbeit)".

@mail("brinkhoff-form-block-iban", "2027-03-04 08:12:40",
      E("registration", "kasse@gw-wambel.example", "Stefan Brinkhoff",
        "SV Grün-Weiß Wambel 1921 e.V.", ["K104"], 1, "de"), "de")
def _(m):
    m.head(("From", "Stefan Brinkhoff <kasse@gw-wambel.example>"),
           ("To", VA),
           ("Subject", "Anmeldung Vereinsakademie"),
           ("Date", m.date),
           ("Message-ID", "<trinity-7c2e0b41-5d9a-4f3e-b812-6a0e9d3c4f21-1772608360221@3c-app-gmx-bs41>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Morgen,

anbei unsere Anmeldung:

Name: Stefan Brinkhoff
Funktion: Kassenwart
Verein: SV Grün-Weiß Wambel 1921 e.V.
Mitgliedsnummer Stadtsportbund: 05-0417
Modul: K104 (Öffentlichkeitsarbeit)
Personen: 1
Rechnungsanschrift: SV Grün-Weiß Wambel 1921 e.V., Am Rennweg 30, 44143 Dortmund
Zahlung: gern per Lastschrift, IBAN DE27 4405 0199 0001 2345 67

Bis dann
Stefan Brinkhoff
""", charset="iso-8859-1", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Italian, iso-8859-1 quoted-printable.  "modulo 3, quello sulla protezione dei
# dati"; "Saremo in due: io e la nostra segretaria" = 2.

@mail("russo-italian-modulo-3", "2027-03-04 17:30:21",
      E("registration", "g.russo@aci-dortmund.example", "Giuseppina Russo",
        "Associazione Culturale Italiana Dortmund e.V.", ["K103"], 2, "it"), "it")
def _(m):
    m.head(("From", "Giuseppina Russo <g.russo@aci-dortmund.example>"),
           ("To", VA),
           ("Subject", "Iscrizione Vereinsakademie - modulo 3"),
           ("Date", m.date),
           ("Message-ID", "<20270304173021.5b7e1a@aci-dortmund.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Gentile signora Wessel-Kaya,

grazie per l'invito. Vorrei iscrivermi al modulo 3, quello sulla
protezione dei dati (Datenschutz, martedì 4 maggio). Saremo in due:
io e la nostra segretaria, Anna Ferraro, perché è lei che gestisce
l'elenco dei soci.

La fattura può essere intestata a:
Associazione Culturale Italiana Dortmund e.V.
Brückstraße 21, 44135 Dortmund

Cordiali saluti
Giuseppina Russo
Tesoriera
Associazione Culturale Italiana Dortmund e.V.
""", charset="iso-8859-1", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Newsletter of a network of associations (other): it announces the
# Vereinsakademie, its modules and "Anmeldung", among other items.

NETZWERK_TEXT = """Netzwerk Dortmunder Vereine – Rundbrief März 2027

Liebe Mitgliedsvereine,

diesmal im Rundbrief:
1. Vereinsakademie Dortmund: Abendreihe ab 13. April
2. Ehrenamtsbörse am 24. April auf dem Friedensplatz
3. Neue Mitgliedsbeiträge ab 2028

1. Vereinsakademie Dortmund
Die Vereinsakademie bietet wieder vier Abende für Kassenwarte und Vorstände an: Kassenführung (13.4.), Fördermittel (22.4.), Datenschutz (4.5.) und Öffentlichkeitsarbeit (19.5.), jeweils 18:30 Uhr im Haus des Ehrenamts. Anmeldung bis 6. April per E-Mail an vereinsakademie@dortmund.example.

2. Ehrenamtsbörse
Am Samstag, 24. April, stellen sich von 10 bis 16 Uhr über 60 Vereine auf dem Friedensplatz vor. Standanmeldung: https://netzwerk-vereine-do.example/boerse

3. Mitgliedsbeiträge
Die Mitgliederversammlung hat beschlossen, den Jahresbeitrag ab 2028 auf 36 Euro anzuheben. Das Protokoll finden Sie im Mitgliederbereich.

Sie erhalten diesen Rundbrief als Mitgliedsverein (Mitgliedsnummer siehe Anschreiben).
Abmelden: https://netzwerk-vereine-do.example/rundbrief/abmelden?id=5521
Netzwerk Dortmunder Vereine e.V. · Olpe 2 · 44135 Dortmund"""

NETZWERK_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Rundbrief März 2027</title></head>
<body style="margin:0;background:#eeeeee;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222;">
<tr><td style="background:#c8102e;color:#fff;"><h1 style="margin:0;font-size:21px;">Netzwerk Dortmunder Vereine</h1><p style="margin:4px 0 0;">Rundbrief März 2027</p></td></tr>
<tr><td>
<p>Liebe Mitgliedsvereine,</p>
<p>diesmal im Rundbrief:</p>
<ol><li>Vereinsakademie Dortmund: Abendreihe ab 13. April</li><li>Ehrenamtsbörse am 24. April auf dem Friedensplatz</li><li>Neue Mitgliedsbeiträge ab 2028</li></ol>
<h2 style="font-size:16px;color:#c8102e;">Vereinsakademie Dortmund</h2>
<p>Die Vereinsakademie bietet wieder vier Abende für Kassenwarte und Vorstände an: Kassenführung (13.4.), Fördermittel (22.4.), Datenschutz (4.5.) und Öffentlichkeitsarbeit (19.5.), jeweils 18:30 Uhr im Haus des Ehrenamts. Anmeldung bis 6. April per E-Mail an <a href="mailto:vereinsakademie@dortmund.example">vereinsakademie@dortmund.example</a>.</p>
<h2 style="font-size:16px;color:#c8102e;">Ehrenamtsbörse</h2>
<p>Am Samstag, 24. April, stellen sich von 10 bis 16 Uhr über 60 Vereine auf dem Friedensplatz vor. <a href="https://netzwerk-vereine-do.example/boerse">Standanmeldung</a></p>
<h2 style="font-size:16px;color:#c8102e;">Mitgliedsbeiträge</h2>
<p>Die Mitgliederversammlung hat beschlossen, den Jahresbeitrag ab 2028 auf 36 Euro anzuheben. Das Protokoll finden Sie im Mitgliederbereich.</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;">Sie erhalten diesen Rundbrief als Mitgliedsverein (Mitgliedsnummer siehe Anschreiben).<br>
<a href="https://netzwerk-vereine-do.example/rundbrief/abmelden?id=5521">Abmelden</a> · Netzwerk Dortmunder Vereine e.V. · Olpe 2 · 44135 Dortmund</td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("netzwerk-rundbrief-newsletter", "2027-03-05 10:00:03", E("other"), "de")
def _(m):
    m.head(("From", "Netzwerk Dortmunder Vereine <rundbrief@netzwerk-vereine-do.example>"),
           ("To", VA),
           ("Subject", "Rundbrief März 2027: Vereinsakademie, Ehrenamtsbörse, Beiträge"),
           ("Date", m.date),
           ("Message-ID", "<rb-2027-03.5521.a7c3e9@netzwerk-vereine-do.example>"),
           ("List-Id", "Rundbrief Netzwerk Dortmunder Vereine <rundbrief.netzwerk-vereine-do.example>"),
           ("List-Unsubscribe", "<https://netzwerk-vereine-do.example/rundbrief/abmelden?id=5521>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(NETZWERK_TEXT, NETZWERK_HTML, charset="utf-8", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Vietnamese, Gmail alternative, UTF-8 QP.  "khóa K102"; "chúng em là 2 người"
# = we are 2.  The full name is in the self-introduction; the From display
# name and signature are shorter.

NGUYEN_TEXT = """Kính gửi chị Birgit,

Em là Nguyễn Thị Thu Hà, thủ quỹ của Hội Người Việt Dortmund e.V.
Em xin đăng ký tham gia khóa K102 „Fördermittel finden und Anträge
schreiben“ vào tối thứ Năm, ngày 22.4. Chồng em cũng sẽ đi cùng (anh
ấy là phó chủ tịch của hội), vậy chúng em là 2 người.

Xin gửi hóa đơn về địa chỉ: Hội Người Việt Dortmund e.V.,
Münsterstraße 101, 44145 Dortmund.

Em cảm ơn chị nhiều!
Thu Hà"""


@mail("nguyen-vietnamese-k102", "2027-03-06 20:05:38",
      E("registration", "thuha.nguyen@mail.example", "Nguyễn Thị Thu Hà",
        "Hội Người Việt Dortmund e.V.", ["K102"], 2, "vi"), "vi")
def _(m):
    m.head(("From", addr("Thu Hà Nguyễn", "thuha.nguyen@mail.example", "utf-8", "b")),
           ("To", VA),
           ("Subject", ew("Đăng ký Vereinsakademie – K102", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAH3vXq0pT7bK2mR9sLw4cNd8fGh1JyE6uZ0oWaQ5iB3kV7xPnA@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(NGUYEN_TEXT, gmail_html(NGUYEN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 010 ---------------------------------------------------------------------
# Arabic, Outlook multipart/alternative in windows-1256 quoted-printable, with
# an RTL HTML part.  "الوحدة الثالثة عن حماية البيانات" = the third module, on
# data protection; "سنحضر ثلاثة أشخاص" = we will come as three.  The
# association is named only in German (invoice block); Latin signature.

ALHASSAN_TEXT = """السلام عليكم ورحمة الله،

أنا أمين الصندوق في جمعيتنا، وأود التسجيل في الوحدة الثالثة عن حماية البيانات (Datenschutz) يوم الثلاثاء 4 مايو.
سنحضر ثلاثة أشخاص: أنا ورئيس الجمعية وسكرتيرة الجمعية.

عنوان الفاتورة:
Deutsch-Arabischer Kulturverein Dortmund e.V.
Schützenstr. 45, 44147 Dortmund

مع الشكر والتقدير
Khaled Al-Hassan"""


@mail("alhassan-arabic-windows-1256", "2027-03-08 11:20:14",
      E("registration", "k.alhassan@dakv-dortmund.example", "Khaled Al-Hassan",
        "Deutsch-Arabischer Kulturverein Dortmund e.V.", ["K103"], 3, "ar"), "ar")
def _(m):
    m.head(("From", "Khaled Al-Hassan <k.alhassan@dakv-dortmund.example>"),
           ("To", TO_VA),
           ("Subject", ew("تسجيل - Vereinsakademie", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<000801db9013$7a2b3c40$6e8f9a0b$@dakv-dortmund.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ar-sy"),
           ("MIME-Version", "1.0"))
    m.alternative(ALHASSAN_TEXT,
                  outlook_html(ALHASSAN_TEXT, charset="windows-1256", lang="AR", rtl=True),
                  charset="windows-1256", cte="quoted-printable", style="outlook")


# -- 011 ---------------------------------------------------------------------
# From a phone, three lines.  Signed only "Jens", so the display name is the
# name; the club is named in the sentence.  "am 19.5." is the date of Modul 4.

@mail("hoffmann-iphone-short", "2027-03-08 22:47:03",
      E("registration", "jens.hoffmann@mail.example", "Jens Hoffmann",
        "TuS Eving-Holthausen 08", ["K104"], 1, "de"), "de")
def _(m):
    m.head(("From", "Jens Hoffmann <jens.hoffmann@mail.example>"),
           ("To", VA),
           ("Subject", "Modul 4"),
           ("Date", m.date),
           ("Message-ID", "<8E2A4C61-3B7F-4D09-A5E1-C6F0B2D9E417@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo, ich melde mich für Modul 4 am 19.5. an, für den TuS Eving-Holthausen 08. Nur ich.
Gruß Jens

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Question only: fee for network members, lift to room 3.01.  "Wenn beides
# passt, melden wir uns ... an" announces a registration for later.  The
# numbered list and the membership number are not choices.

@mail("schulte-noelle-question-fee-lift", "2027-03-09 14:03:26",
      E("question", "g.schulte-noelle@fv-gs-hafen.example", "Gabriele Schulte-Nölle",
        "Förderverein Grundschule am Hafen e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Gabriele Schulte-Nölle <g.schulte-noelle@fv-gs-hafen.example>"),
           ("To", TO_VA),
           ("Subject", "Frage zur Vereinsakademie"),
           ("Date", m.date),
           ("Message-ID", "<a93e7d20-61c4-4f8b-b2a5-d0e18c7f3a56@fv-gs-hafen.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Wessel-Kaya,

bevor ich mich anmelde, zwei Fragen:

1. Gilt der Eigenanteil von 10 Euro auch für Vereine, die Mitglied im
   Netzwerk Dortmunder Vereine sind? Unsere Mitgliedsnummer dort ist 1132.
2. Ist Raum 3.01 mit dem Aufzug erreichbar? Unser Kassenwart ist
   gehbehindert.

Wenn beides passt, melden wir uns für das vierte Modul an.

Freundliche Grüße
Gabriele Schulte-Nölle
Förderverein Grundschule am Hafen e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Sent from the association's office mailbox; Reply-To is her own address,
# which she also names in the text.  Module by title in typographic quotes
# and date; "Kostenstelle 4711" is not a count.  Outlook alternative,
# windows-1252 QP.

PIETRZAK_TEXT = """Guten Tag,

ich schreibe über unser Vereinsbüro, Antworten bitte an meine eigene Adresse (m.pietrzak@buergerverein-scharnhorst.example).

Ich bin seit Januar Schatzmeisterin im Bürgerverein Scharnhorst e.V. und möchte gern am Modul „Kassenführung und Jahresabschluss“ am 13. April teilnehmen.

Bitte die Rechnung mit dem Vermerk „Kostenstelle 4711“ an:
Bürgerverein Scharnhorst e.V., Gleiwitzstraße 277, 44328 Dortmund

Mit freundlichen Grüßen
Monika Pietrzak
Schatzmeisterin"""


@mail("pietrzak-office-mailbox-reply-to", "2027-03-10 10:31:50",
      E("registration", "m.pietrzak@buergerverein-scharnhorst.example", "Monika Pietrzak",
        "Bürgerverein Scharnhorst e.V.", ["K101"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Bürgerverein Scharnhorst e.V. - Büro" <buero@buergerverein-scharnhorst.example>'),
           ("Reply-To", "Monika Pietrzak <m.pietrzak@buergerverein-scharnhorst.example>"),
           ("To", TO_VA),
           ("Subject", "Anmeldung Modul Kassenführung"),
           ("Date", m.date),
           ("Message-ID", "<000c01db91a4$2d3e4f50$8796a5b4$@buergerverein-scharnhorst.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.alternative(PIETRZAK_TEXT, outlook_html(PIETRZAK_TEXT), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 014 ---------------------------------------------------------------------
# English, plain ASCII: "the whole series, i.e. all four evenings" = all four
# modules, listed only by their dates.  Register number VR 6630 in passing.

@mail("mensah-bonsu-whole-series", "2027-03-11 19:58:44",
      E("registration", "kofi.mb@ghanaian-community-do.example", "Kofi Mensah-Bonsu",
        "Ghanaian Community Dortmund e.V.", ["K101", "K102", "K103", "K104"], 1, "en"), "en")
def _(m):
    m.head(("From", "Kofi Mensah-Bonsu <kofi.mb@ghanaian-community-do.example>"),
           ("To", VA),
           ("Subject", "Vereinsakademie 2027 - booking all four evenings"),
           ("Date", m.date),
           ("Message-ID", "<20270311195844.GA4471@ghanaian-community-do.example>"),
           ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Dear Ms Wessel-Kaya,

Thank you for the invitation. As the newly elected financial secretary of
the Ghanaian Community Dortmund e.V. I would like to book the whole series,
i.e. all four evenings (13 April, 22 April, 4 May and 19 May). My German is
okay for the sessions, but I may ask questions in English.

Our registration number is VR 6630 at the Amtsgericht Dortmund. Please send
the invoices to: Ghanaian Community Dortmund e.V., Bornstrasse 154,
44145 Dortmund.

Kind regards,
Kofi Mensah-Bonsu
""", charset="us-ascii", cte="7bit")


# -- 015 ---------------------------------------------------------------------
# Turkish carrying the sentences, full of German association words
# ("Vorstand'ındanım", "Schriftführerin", "Datenschutz modülüne", "Rechnung
# için").  Thunderbird, iso-8859-9 QP.  The organisation appears inflected
# ("e.V.'nin") and in its base form in the invoice line.

@mail("aktas-turkish-german-words", "2027-03-12 12:40:17",
      E("registration", "zeynep.aktas@alevi-do.example", "Zeynep Aktaş",
        "Dortmund Alevi Kültür Merkezi e.V.", ["K103"], 1, "tr"), "tr")
def _(m):
    m.head(("From", addr("Zeynep Aktaş", "zeynep.aktas@alevi-do.example", "iso-8859-9", "q")),
           ("To", TO_VA),
           ("Subject", ew("Datenschutz modülü için kayıt", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<e5b0c9d4-2a71-4f36-8b1e-7d3c0f9a6e28@alevi-do.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.8.0"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

ben Dortmund Alevi Kültür Merkezi e.V.'nin Vorstand'ındanım, Schriftführerin
olarak üye listemizi ben tutuyorum. Bu yüzden Datenschutz modülüne (K103,
4 Mayıs, Raum E.05) kaydolmak istiyorum. Sadece ben katılacağım.

Rechnung için adresimiz: Dortmund Alevi Kültür Merkezi e.V., Uhlandstraße 60,
44147 Dortmund.

Teşekkürler, iyi çalışmalar
Zeynep Aktaş
""", charset="iso-8859-9", cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# German by a learner, typos ("mochte", "Donerstag", "zwei Person", "Kolege");
# the module by an alias-like word ("Modul Förderantrag") and the date.

@mail("tekle-learner-german", "2027-03-14 16:05:29",
      E("registration", "yonas.tekle@mail.example", "Yonas Tekle",
        "Eritreische Gemeinde Dortmund e.V.", ["K102"], 2, "de"), "de")
def _(m):
    m.head(("From", "Yonas Tekle <yonas.tekle@mail.example>"),
           ("To", VA),
           ("Subject", "anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<1773500729.33104.8820@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren

Ich mochte mich anmelden für die Modul Förderantrag am Donerstag 22.4.
Wir sind zwei Person, ich und mein Kolege Dawit von Vorstand.
Unsere Verein heißt Eritreische Gemeinde Dortmund e.V., Adresse ist Kielstrasse 26, 44145 Dortmund.

Danke
Mit freundliche Grüße
Yonas Tekle
""", charset="utf-8", cte="8bit")


# -- 017 ---------------------------------------------------------------------
# Outlook alternative, windows-1252 QP: first choice Modul 2, fallback Modul 1
# ("Sollte Modul 2 schon ausgebucht sein, nehme ich ersatzweise gern Modul 1").
# Tax number and founding year in the text.

LOHMANN_TEXT = """Sehr geehrte Frau Wessel-Kaya,

für den Schützenverein Brackel 1848 e.V. möchte ich als Schatzmeister am Modul 2 (Fördermittel) teilnehmen. Sollte Modul 2 schon ausgebucht sein, nehme ich ersatzweise gern Modul 1.

Unsere Anschrift für die Rechnung: Schützenverein Brackel 1848 e.V., Brackeler Hellweg 180, 44309 Dortmund. Steuernummer 317/5761/0099.

Mit freundlichen Grüßen

Klaus Lohmann
Schatzmeister
Schützenverein Brackel 1848 e.V.
Mobil 0171 2233 445"""


@mail("lohmann-outlook-first-and-fallback", "2027-03-15 08:55:02",
      E("registration", "klaus.lohmann@schuetzen-brackel.example", "Klaus Lohmann",
        "Schützenverein Brackel 1848 e.V.", ["K102", "K101"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Lohmann, Klaus" <klaus.lohmann@schuetzen-brackel.example>'),
           ("To", TO_VA),
           ("Subject", "Anmeldung Vereinsakademie – Modul 2"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB5127E1F2A3B4C5D6E7F8091A2B3C@DB9PR03MB5127.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(LOHMANN_TEXT, outlook_html(LOHMANN_TEXT), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 018 ---------------------------------------------------------------------
# Italian registration with a question (still a registration); module by its
# Italian topic plus the German word, date and room ("aula 3.01").

@mail("de-luca-italian-with-question", "2027-03-16 13:12:58",
      E("registration", "marco.deluca@sardi-dortmund.example", "Marco De Luca",
        "Circolo Culturale Sardo Dortmund e.V.", ["K104"], 1, "it"), "it")
def _(m):
    m.head(("From", "Marco De Luca <marco.deluca@sardi-dortmund.example>"),
           ("To", VA),
           ("Subject", "Iscrizione modulo relazioni pubbliche"),
           ("Date", m.date),
           ("Message-ID", "<b2c4e6f8-1a3c-4e5f-9071-a2b3c4d5e6f7@sardi-dortmund.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "it-IT"),
           ("MIME-Version", "1.0"))
    m.single("""Buongiorno,

mi chiamo Marco De Luca e mi occupo della comunicazione del
Circolo Culturale Sardo Dortmund e.V. Vorrei partecipare al modulo
sulle relazioni pubbliche (Öffentlichkeitsarbeit, mercoledì 19 maggio,
aula 3.01). Vengo da solo.

Una domanda: le slide saranno disponibili anche dopo il corso? Il mio
tedesco scritto è buono, ma mi aiuterebbe rileggerle con calma.

Grazie e a presto,
Marco De Luca
""", charset="utf-8", cte="quoted-printable", params={"format": "flowed"})


# -- 019 ---------------------------------------------------------------------
# Vietnamese typed without diacritics from a phone (a common habit).
# "Modul 1 (ngay 13.4) va Modul 3 (ngay 4.5)"; "Chi co minh em di thoi" =
# only I am going.  Full name in the self-introduction.

@mail("tran-vietnamese-no-diacritics", "2027-03-17 21:33:12",
      E("registration", "maitran88@mail.example", "Tran Thi Mai",
        "Hoi Phu nu Viet Nam Dortmund", ["K101", "K103"], 1, "vi"), "vi")
def _(m):
    m.head(("From", "Mai Tran <maitran88@mail.example>"),
           ("To", VA),
           ("Subject", "Dang ky Vereinsakademie"),
           ("Date", m.date),
           ("Message-ID", "<m3k9q1.1773779592.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Chao chi Birgit,

Em ten la Tran Thi Mai, em la thu quy cua Hoi Phu nu Viet Nam Dortmund. Em muon dang ky Modul 1 (ngay 13.4) va Modul 3 (ngay 4.5) a. Chi co minh em di thoi.

Dia chi gui hoa don: Hoi Phu nu Viet Nam Dortmund, Heroldstr. 9, 44145 Dortmund

Cam on chi nhieu!
Mai
""", charset="us-ascii", cte="7bit")


# -- 020 ---------------------------------------------------------------------
# Question only, English: an initiative without register number or tax number
# asks whether it may take part; "before we sign up".

@mail("raghunathan-question-initiative", "2027-03-18 10:44:51",
      E("question", "priya.r@mail.example", "Priya Raghunathan",
        "Tamil Weekend School Dortmund", [], None, "en"), "en")
def _(m):
    m.head(("From", "Priya Raghunathan <priya.r@mail.example>"),
           ("To", VA),
           ("Subject", "Question about the funding module"),
           ("Date", m.date),
           ("Message-ID", "<CAPm4zN8qR2wT6yU0iO3pA5sD7fG9hJ1kL4zX6cV8bN0mQ2wE4r@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Hello,

we are a small parents' initiative (Tamil weekend school, about 40
families) and not a registered association. Two questions before we
sign up:

- Can we take part in the funding module at all if we have no
  Vereinsregister number and no tax number yet?
- If yes, could the invoice go to me personally?

Many thanks,
Priya Raghunathan
Tamil Weekend School Dortmund (initiative)"""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="7bit", style="gmail")


# -- 021 ---------------------------------------------------------------------
# The chairman registers the new treasurer, who comes alone, and asks to send
# the confirmation to her address; "am 13.04." and the founding year 1897 in
# passing.

@mail("kampmann-registers-treasurer", "2027-03-19 15:20:07",
      E("registration", "s.grzeskowiak@mgv-liederkranz.example", "Sabine Grzeskowiak",
        "MGV Liederkranz Dortmund-Mengede 1897 e.V.", ["K101"], 1, "de"), "de")
def _(m):
    m.head(("From", "Heinz-Dieter Kampmann <hd.kampmann@mgv-liederkranz.example>"),
           ("To", VA),
           ("Subject", "Anmeldung unserer Kassiererin"),
           ("Date", m.date),
           ("Message-ID", "<5d8f1e3a-c02b-4a79-9e64-3b1f7c0d2e85@mgv-liederkranz.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo liebes Akademie-Team,

ich möchte unsere neue Kassiererin, Frau Sabine Grzeskowiak, für das Modul
„Kassenführung und Jahresabschluss“ anmelden. Sie kommt alleine, ich selbst
habe am 13.04. Chorprobe.

Bitte schicken Sie die Bestätigung direkt an sie:
s.grzeskowiak@mgv-liederkranz.example

Rechnung bitte an: MGV Liederkranz Dortmund-Mengede 1897 e.V.,
Siegburgstraße 5, 44359 Dortmund.

Mit sängerischen Grüßen
Heinz-Dieter Kampmann
1. Vorsitzender
""", charset="utf-8", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# Arabic from an iPhone, UTF-8 8bit.  "الدورة K104"; the date in Arabic-Indic
# digits (١٩ أيار); "نحن شخصان" = we are two.  Native-script signature beats
# the Latin display name; the association is named only in Arabic.

@mail("haddad-arabic-iphone", "2027-03-21 11:02:36",
      E("registration", "rami.haddad@mail.example", "رامي حداد",
        "جمعية الجالية السورية في دورتموند", ["K104"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Rami Haddad <rami.haddad@mail.example>"),
           ("To", VA),
           ("Subject", ew("تسجيل في الدورة K104", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<A1C3E5F7-2B4D-4F60-8A1C-3E5F7092B4D6@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single("""مرحبا،
أريد التسجيل في الدورة K104 (العلاقات العامة والإعلام) يوم الأربعاء ١٩ أيار.
نحن شخصان، أنا وأختي، من جمعية الجالية السورية في دورتموند.
شكراً

رامي حداد

أُرسلت من الـ iPhone
""", charset="utf-8", cte="8bit")

# -- 023 ---------------------------------------------------------------------
# Postfix bounce (multipart/report) of a confirmation sent to a mistyped domain
# (dortmnud instead of dortmund).  The returned confirmation names K102.

@mail("postfix-bounce-domain-typo", "2027-03-22 09:15:42",
      E("bounce", bounced="kasse@kulturbruecke-dortmnud.example"), "en")
def _(m):
    rcpt = "kasse@kulturbruecke-dortmnud.example"
    m.head(("From", "MAILER-DAEMON@mail.dortmund.example (Mail Delivery System)"),
           ("To", VA),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270322081542.4B2C19E0F1@mail.dortmund.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.dortmund.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: Host or domain name not found. Name service
    error for name=kulturbruecke-dortmnud.example type=MX: Host not found, try
    again
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.dortmund.example"),
         ("X-Postfix-Queue-ID", "4B2C19E0F1"),
         ("X-Postfix-Sender", f"rfc822; {VA}"),
         ("Arrival-Date", "Mon, 22 Mar 2027 09:15:39 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.4.4"),
         ("Diagnostic-Code", "X-Postfix; Host or domain name not found. Name service error\n"
                             "    for name=kulturbruecke-dortmnud.example type=MX: Host not found, try again")])
    original = confirmation_message(
        f"Levent Aydemir <{rcpt}>", "Herr Aydemir", ["K102"], 1,
        "Mon, 22 Mar 2027 09:15:39 +0100", "<mailbot.20270322091539.7e2d@dortmund.example>",
        "<3f9a1c2e-5b7d-4e80-a1c3-e5f7092b4d6f@mail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 024 ---------------------------------------------------------------------
# HTML only from a webmailer, UTF-8 base64.  "zu dritt zum Datenschutz-Abend am
# 4.5. in Raum E.05"; the membership number 05-0331 and the house number are
# in passing.  The three persons are described by office only.

WIEMERS_TEXT = """Hallo zusammen,

wir kommen zu dritt zum Datenschutz-Abend am 4.5. in Raum E.05: unsere Kassenwartin, unser Jugendwart und ich als Geschäftsführerin vom Tischtennis-Club Aplerbeck 1952 e.V.

Unsere Mitgliedsnummer beim Stadtsportbund ist 05-0331, falls Sie die brauchen.
Rechnung bitte an die Geschäftsstelle, Köln-Berliner Str. 15, 44287 Dortmund.

Sportliche Grüße
Andrea Wiemers"""


@mail("wiemers-html-only-zu-dritt", "2027-03-23 20:18:55",
      E("registration", "andrea.wiemers@mail.example", "Andrea Wiemers",
        "Tischtennis-Club Aplerbeck 1952 e.V.", ["K103"], 3, "de"), "de")
def _(m):
    m.head(("From", "Andrea Wiemers <andrea.wiemers@mail.example>"),
           ("To", VA),
           ("Subject", "Datenschutz-Abend 4.5."),
           ("Date", m.date),
           ("Message-ID", "<trinity-0d4b8e6a-93f1-4c27-a5d0-8e2b7f1c9a43-1774293535881@3c-app-webde-bap58>"),
           ("MIME-Version", "1.0"))
    m.single(div_html(WIEMERS_TEXT), subtype="html", charset="utf-8", cte="base64")


# -- 025 ---------------------------------------------------------------------
# Change K101 -> K102, plain-text Outlook reply quoting the confirmation (which
# names Modul 1) below a line of underscores; windows-1252 QP.

@mail("vogelsang-change-k101-to-k102", "2027-03-24 07:50:19",
      E("change", "p.vogelsang@heimatverein-syburg.example", "Petra Vogelsang",
        "Heimatverein Syburg e.V.", ["K102"], None, "de"), "de")
def _(m):
    m.head(("From", "Petra Vogelsang <p.vogelsang@heimatverein-syburg.example>"),
           ("To", TO_VA),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB7730F1E2D3C4B5A6978812345678@DB9PR03MB7730.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270304160211.1a9f@dortmund.example>"),
           ("References", "<mailbot.20270304160211.1a9f@dortmund.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Tag,

leider habe ich übersehen, dass am 13. April unsere Jahreshauptversammlung ist. Können Sie mich statt für Modul 1 für Modul 2 am 22. April eintragen?

Danke und viele Grüße
Petra Vogelsang
Heimatverein Syburg e.V.

________________________________
Von: Vereinsakademie Dortmund <{VA}>
Gesendet: Donnerstag, 4. März 2027 16:02
An: Petra Vogelsang <p.vogelsang@heimatverein-syburg.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Frau Vogelsang", ["K101"], 1)}
""", charset="windows-1252", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Turkish, Thunderbird, iso-8859-9 QP.  Module by the German word and date
# ("19 Mayıs'taki Öffentlichkeitsarbeit ... modülüne"); "ikimiz birlikte" = the
# two of us.  The organisation inflected in the text ("... Birliği adına"),
# with e.V. in the invoice line.

@mail("yildiz-turkish-iso-8859-9", "2027-03-25 18:30:44",
      E("registration", "hatice.yildiz@tkb-dortmund.example", "Hatice Yıldız",
        "Dortmund Türk Kadınlar Birliği e.V.", ["K104"], 2, "tr"), "tr")
def _(m):
    m.head(("From", addr("Hatice Yıldız", "hatice.yildiz@tkb-dortmund.example", "iso-8859-9", "b")),
           ("To", TO_VA),
           ("Subject", ew("Öffentlichkeitsarbeit modülü - kayıt", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<c7e1a3f5-9b2d-4d68-8f0a-1c3e5a7b9d02@tkb-dortmund.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.8.0"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single("""Sayın Wessel-Kaya Hanım,

Dortmund Türk Kadınlar Birliği adına yazıyorum. Derneğimizin halkla
ilişkiler işlerini ben ve bir arkadaşım yürütüyoruz. 19 Mayıs'taki
Öffentlichkeitsarbeit (basın ve sosyal medya) modülüne ikimiz birlikte
katılmak istiyoruz.

Fatura adresi: Dortmund Türk Kadınlar Birliği e.V., Steinstraße 48,
44147 Dortmund

Saygılarımla
Hatice Yıldız
""", charset="iso-8859-9", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Apple Mail alternative.  Module by its full title only; three named persons
# ("zu dritt"); "2. Vorsitzender" is an office, not a module.

SIEPMANN_TEXT = """Moin,

wir vom Imkerverein Dortmund-Süd e.V. möchten zu dritt an „Kassenführung und Jahresabschluss im Verein“ teilnehmen: unsere Kassenwartin Ulrike Hesse, unser 2. Vorsitzender Thomas Brandt und ich als Kassenprüfer.

Rechnungsanschrift: Imkerverein Dortmund-Süd e.V., c/o Ulrike Hesse, Hörder Bahnhofstraße 6, 44263 Dortmund.

Beste Grüße
Burkhard Siepmann"""


@mail("siepmann-apple-title-only", "2027-03-26 12:05:33",
      E("registration", "b.siepmann@imkerverein-do-sued.example", "Burkhard Siepmann",
        "Imkerverein Dortmund-Süd e.V.", ["K101"], 3, "de"), "de")
def _(m):
    m.head(("From", "Burkhard Siepmann <b.siepmann@imkerverein-do-sued.example>"),
           ("Subject", "Anmeldung Kassenführung"),
           ("Message-Id", "<7C1E3A5B-9D2F-4B61-8E0A-2C4E6A8B0D13@imkerverein-do-sued.example>"),
           ("Date", m.date),
           ("To", VA),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    m.alternative(SIEPMANN_TEXT, apple_html(SIEPMANN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 028 ---------------------------------------------------------------------
# Ruhr dialect ("Tach auch", "dat mit die Presse und Fäisbuck", "ausm Vorstand",
# "Glück auf"), signed with the nickname; the full name is in the invoice line.
# "Modul 4"; "wir sind also zu zweit".

@mail("kowalski-ruhr-dialect", "2027-03-27 17:45:08",
      E("registration", "manni.kowalski@mail.example", "Manfred Kowalski",
        "Brieftaubenverein „Heimatliebe“ Huckarde 1926", ["K104"], 2, "de"), "de")
def _(m):
    m.head(("From", "manni.kowalski@mail.example"),
           ("To", VA),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<1774629908.55201.3307@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Tach auch,

ich bin Kassierer beim Brieftaubenverein „Heimatliebe“ Huckarde 1926 und will mich ma für dat mit die Presse und Fäisbuck anmelden, also Modul 4. Mein Kumpel Heinz ausm Vorstand kommt auch mit, wir sind also zu zweit.

Rechnung kannse an mich schicken: Manfred Kowalski, Parsevalstr. 112, 44369 Dortmund.

Glück auf
Manni
""", charset="utf-8", cte="8bit")


# -- 029 ---------------------------------------------------------------------
# Change, English, Gmail alternative quoting the confirmation (K103, 2 persons):
# "move us from ... (K103) to K104" and "it's just me" (new party size 1).

WANJIRU_TEXT = """Hi,

sorry for the back and forth - could you move us from the data protection evening (K103) to K104, the PR and social media one on 19 May? That fits much better with what we actually need right now.

Also, my colleague Grace won't be able to come after all, so it's just me.

Thanks!
Lucy Wanjiru
Kenyan Friends Association Dortmund"""
WANJIRU_ATTR = f"On Mon, 15 Mar 2027 at 11:20, Vereinsakademie Dortmund <{VA}> wrote:"
WANJIRU_CONF = confirmation("Frau Wanjiru", ["K103"], 2)


@mail("wanjiru-change-k103-to-k104", "2027-03-29 09:12:27",
      E("change", "lucy.wanjiru@kenya-friends.example", "Lucy Wanjiru",
        "Kenyan Friends Association Dortmund", ["K104"], 1, "en"), "en")
def _(m):
    m.head(("From", "Lucy Wanjiru <lucy.wanjiru@kenya-friends.example>"),
           ("To", TO_VA),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAKw2pV5nR8tY1uI4oP7aS0dF3gH6jK9lZ2xC5vB8nM1qW4eR7t@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270315112003.5c0e@dortmund.example>"),
           ("References", "<mailbot.20270315112003.5c0e@dortmund.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{WANJIRU_TEXT}\n\n{WANJIRU_ATTR}\n\n{gt_quote(WANJIRU_CONF)}\n"
    m.alternative(plain, gmail_quote_html(WANJIRU_TEXT, WANJIRU_ATTR, WANJIRU_CONF),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 030 ---------------------------------------------------------------------
# Bilingual vacation reply (Turkish and German) to a confirmation, marked only
# by X-Autoreply; its dates ("6 Nisan", "6. April") are not a registration.

@mail("ozturk-autoreply-tr-de", "2027-03-30 14:00:51", E("auto_reply"), "tr")
def _(m):
    m.head(("From", addr("Serkan Öztürk", "s.ozturk@tgd-dortmund.example", "utf-8", "q")),
           ("To", TO_VA),
           ("Subject", ew("Otomatik yanıt / Automatische Antwort: " + CONFIRMATION_SUBJECT,
                          "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<autoreply.1774872051.9917@tgd-dortmund.example>"),
           ("In-Reply-To", "<mailbot.20270330140048.2b7a@dortmund.example>"),
           ("X-Autoreply", "yes"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

6 Nisan'a kadar izindeyim ve e-postalarımı okuyamıyorum. Döndükten sonra
size cevap vereceğim.

Guten Tag,

ich bin bis zum 6. April im Urlaub und lese meine E-Mails nicht. Nach meiner
Rückkehr melde ich mich bei Ihnen.

Serkan Öztürk
Türkische Gemeinde Dortmund e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# English, Outlook multipart/mixed: alternative text + a PDF (their tax
# exemption notice) and the employer-style confidentiality disclaimer of the
# club's mail system.  "Module 2 (K102)"; "our treasurer ... will join me,
# so that's two people"; tax number and P.O. box in passing.

OCONNELL_TEXT = """Dear Vereinsakademie team,

I'd like to register for Module 2 (K102) on Thursday 22 April. Our treasurer, Mrs Helga Brandt, will join me, so that's two people. We are planning to apply for funding from the Kulturbüro this year, so the timing is perfect.

Billing address: Dortmund International Women's Club e.V., Postfach 10 05 41, 44005 Dortmund. Our tax no. is 314/5700/8866; I've attached our exemption notice in case you need it for the invoice.

Best wishes,
Sarah O'Connell
President
Dortmund International Women's Club e.V.

________________________________
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Dortmund International Women's Club e.V., registered at Amtsgericht Dortmund, VR 4419."""


@mail("oconnell-outlook-pdf-disclaimer", "2027-03-31 11:25:36",
      E("registration", "s.oconnell@diwc.example", "Sarah O'Connell",
        "Dortmund International Women's Club e.V.", ["K102"], 2, "en"), "en")
def _(m):
    m.head(("From", "Sarah O'Connell <s.oconnell@diwc.example>"),
           ("To", TO_VA),
           ("Subject", "Registration Module 2 (K102)"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB3395AB12CD34EF56AB78CD90EF12@DB9PR03MB3395.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", "yes"),
           ("MIME-Version", "1.0"))
    alt = m.alternative(OCONNELL_TEXT, outlook_html(OCONNELL_TEXT, lang="EN-GB"),
                        charset="windows-1252", cte="quoted-printable",
                        style="outlook", top=False)
    pdf = m.binary(make_pdf(["Finanzamt Dortmund-Ost",
                             "Freistellungsbescheid 2025",
                             "Dortmund International Women's Club e.V.",
                             "Steuernummer 314/5700/8866"]),
                   "application", "pdf", "DIWC_Freistellungsbescheid_2025.pdf")
    m.multi("mixed", [alt, pdf], style="outlook")


# -- 032 ---------------------------------------------------------------------
# Thunderbird inline forward of his own earlier mail, which went to an old
# address of the office; the registration (module title, "2 Personen") is in
# the forwarded part, which is his own text, not a quote of ours.

@mail("tillmann-forwards-own-mail", "2027-04-01 19:10:14",
      E("registration", "w.tillmann@siedlergemeinschaft-lanstrop.example", "Werner Tillmann",
        "Siedlergemeinschaft Lanstrop e.V.", ["K102"], 2, "de"), "de")
def _(m):
    m.head(("From", "Werner Tillmann <w.tillmann@siedlergemeinschaft-lanstrop.example>"),
           ("To", VA),
           ("Subject", "WG: Anmeldung Vereinsakademie"),
           ("Date", m.date),
           ("Message-ID", "<f0a2c4e6-8b1d-4f3a-9c5e-7a9b1d3f5e80@siedlergemeinschaft-lanstrop.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

diese Mail hatte ich am 15. März an die Adresse ehrenamt@dortmund.example
geschickt, die noch in unserem alten Flyer stand. Von dort kam keine
Antwort, deshalb schicke ich sie Ihnen noch einmal. Ist die Anmeldung so
noch möglich?

Gruß
Werner Tillmann


-------- Weitergeleitete Nachricht --------
Betreff: Anmeldung Vereinsakademie
Datum: Mon, 15 Mar 2027 20:14:37 +0100
Von: Werner Tillmann <w.tillmann@siedlergemeinschaft-lanstrop.example>
An: ehrenamt@dortmund.example

Sehr geehrte Damen und Herren,

für die Siedlergemeinschaft Lanstrop e.V. melden wir uns zum Modul
„Fördermittel finden und Anträge schreiben“ an, und zwar ich als
Kassierer und unsere Beisitzerin Frau Hanne Röttger, also 2 Personen.

Rechnung bitte an: Siedlergemeinschaft Lanstrop e.V., Kurler Straße 130,
44329 Dortmund.

Mit freundlichen Grüßen
Werner Tillmann
Kassierer
""", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Change, Turkish, Gmail (Turkish interface) quoting the confirmation (K101):
# "Modül 1'e gelemeyeceğim. Onun yerine Modül 3'e ... geçebilir miyim?" -> K103.

KOC_TEXT = """Merhaba,

13 Nisan'da iş yerinde önemli bir toplantım çıktı, Modül 1'e gelemeyeceğim. Onun yerine Modül 3'e (Datenschutz, 4 Mayıs) geçebilir miyim? Mümkünse beni oraya kaydedin lütfen.

Teşekkürler
Emre Koç
Sayman – Anadolu Gençlik Derneği Dortmund e.V."""
KOC_ATTR = f"Vereinsakademie Dortmund <{VA}>, 18 Mar 2027 Per, 14:10 tarihinde şunu yazdı:"
KOC_CONF = confirmation("Herr Koç", ["K101"], 1)


@mail("koc-change-turkish-gmail", "2027-04-02 08:40:05",
      E("change", "emre.koc@mail.example", "Emre Koç",
        "Anadolu Gençlik Derneği Dortmund e.V.", ["K103"], None, "tr"), "tr")
def _(m):
    m.head(("From", "Emre Koç <emre.koc@mail.example>"),
           ("To", TO_VA),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAFq9xB3mN6vC2zX5lK8jH1gF4dS7aP0oI3uY6tR9eW2qM5nB8v@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270318141002.9d4c@dortmund.example>"),
           ("References", "<mailbot.20270318141002.9d4c@dortmund.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{KOC_TEXT}\n\n{KOC_ATTR}\n\n{gt_quote(KOC_CONF)}\n"
    m.alternative(plain, gmail_quote_html(KOC_TEXT, KOC_ATTR, KOC_CONF),
                  charset="utf-8", cte="base64", style="gmail")


# -- 034 ---------------------------------------------------------------------
# Italian, HTML only (webmail), UTF-8 QP.  "ai primi due moduli" with both
# topics and dates -> K101, K102; "Partecipo da sola"; member number 05-1188.

LOMBARDI_TEXT = """Ciao,

sono la cassiera dell'ASD Azzurri Dortmund e.V. (calcio amatoriale). Vorrei iscrivermi ai primi due moduli: contabilità e bilancio (13 aprile) e fondi e domande di finanziamento (22 aprile). Partecipo da sola.

Il nostro numero di socio presso lo Stadtsportbund è 05-1188, se serve.
Indirizzo per la fattura: ASD Azzurri Dortmund e.V., Kronprinzenstraße 70, 44135 Dortmund.

Grazie mille!
Francesca Lombardi"""


@mail("lombardi-italian-html-only", "2027-04-03 15:55:47",
      E("registration", "francesca.lombardi@asd-azzurri.example", "Francesca Lombardi",
        "ASD Azzurri Dortmund e.V.", ["K101", "K102"], 1, "it"), "it")
def _(m):
    m.head(("From", "Francesca Lombardi <francesca.lombardi@asd-azzurri.example>"),
           ("To", VA),
           ("Subject", "Iscrizione Vereinsakademie"),
           ("Date", m.date),
           ("Message-ID", "<1775224547.7702.webmail@asd-azzurri.example>"),
           ("MIME-Version", "1.0"))
    m.single(div_html(LOMBARDI_TEXT, "font-family: Arial; font-size: 13px;"),
             subtype="html", charset="utf-8", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Vietnamese with diacritics, Outlook alternative, UTF-8 base64.  The module
# only by date, room and a Vietnamese description ("buổi tối ngày 13 tháng 4
# ở phòng 2.08 ... sổ sách thu chi và quyết toán") -> K101; "cho tôi và anh
# thủ quỹ" = me and the treasurer -> 2.

PHAM_TEXT = """Kính gửi Ban tổ chức Vereinsakademie Dortmund,

Tôi là Phạm Văn Đức, chủ tịch Câu lạc bộ Thể thao Việt Nam Dortmund e.V. Tôi xin đăng ký cho tôi và anh thủ quỹ của câu lạc bộ tham dự buổi tối ngày 13 tháng 4 ở phòng 2.08 (khóa học về sổ sách thu chi và quyết toán cuối năm của hội).

Địa chỉ gửi hóa đơn: Câu lạc bộ Thể thao Việt Nam Dortmund e.V., Huckarder Straße 2, 44147 Dortmund.

Trân trọng,
Phạm Văn Đức
Chủ tịch
Câu lạc bộ Thể thao Việt Nam Dortmund e.V."""


@mail("pham-vietnamese-date-and-room", "2027-04-05 21:02:18",
      E("registration", "duc.pham@vietsport-dortmund.example", "Phạm Văn Đức",
        "Câu lạc bộ Thể thao Việt Nam Dortmund e.V.", ["K101"], 2, "vi"), "vi")
def _(m):
    m.head(("From", addr("Phạm Văn Đức", "duc.pham@vietsport-dortmund.example", "utf-8", "b")),
           ("To", TO_VA),
           ("Subject", ew("Đăng ký khóa học ngày 13.4", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB4470C2D3E4F5A6B7C8D9E0F1A2B3@DB9PR03MB4470.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "vi-VN, de-DE"),
           ("Content-Language", "vi-VN"),
           ("MIME-Version", "1.0"))
    m.alternative(PHAM_TEXT, outlook_html(PHAM_TEXT, charset="utf-8", lang="VI"),
                  charset="utf-8", cte="base64", style="outlook")


# -- 036 ---------------------------------------------------------------------
# A late registration (after the 6 April deadline) for Modul 3 and Modul 4,
# "allein"; still a registration.  "Dr." is dropped from the name.

@mail("brenneke-late-registration", "2027-04-09 10:20:31",
      E("registration", "j.brenneke@hospizverein-do-ost.example", "Jutta Brenneke",
        "Ambulanter Hospizverein Dortmund-Ost e.V.", ["K103", "K104"], 1, "de"), "de")
def _(m):
    m.head(("From", "Dr. Jutta Brenneke <j.brenneke@hospizverein-do-ost.example>"),
           ("To", VA),
           ("Subject", "Nachmeldung Modul 3 und 4"),
           ("Date", m.date),
           ("Message-ID", "<20270409102031.3e8b5f@hospizverein-do-ost.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Wessel-Kaya,

ich weiß, die Anmeldefrist ist am 6. April abgelaufen – aber vielleicht
sind für Modul 3 (Datenschutz) und Modul 4 (Öffentlichkeitsarbeit) noch
Plätze frei? Dann würde ich gern an beiden Abenden teilnehmen, allein.

Rechnungsanschrift: Ambulanter Hospizverein Dortmund-Ost e.V.,
Wambeler Hellweg 12, 44143 Dortmund

Mit freundlichen Grüßen
Dr. Jutta Brenneke
Vorstand
""", charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Cancellation, Arabic, Outlook alternative (UTF-8 base64) with Arabic quote
# labels, quoting the confirmation (K102 and K103).  Native-script signature.

BOUKHARI_TEXT = """السادة في أكاديمية الجمعيات المحترمين،

للأسف لن أتمكن من حضور الوحدتين اللتين سجلت فيهما، بسبب سفر عائلي طارئ إلى المغرب. أرجو إلغاء تسجيلي وإعطاء مكاني لشخص آخر.

مع خالص الشكر
سمير بوخاري
جمعية المغرب العربي للثقافة - دورتموند"""


@mail("boukhari-cancel-arabic-outlook", "2027-04-12 08:05:40",
      E("cancellation", "samir.boukhari@maghreb-verein.example", "سمير بوخاري",
        "جمعية المغرب العربي للثقافة - دورتموند", [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Samir Boukhari <samir.boukhari@maghreb-verein.example>"),
           ("To", TO_VA),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB2268E5F6A7B8C9D0E1F2A3B4C5D6@DB9PR03MB2268.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270325101207.4f1b@dortmund.example>"),
           ("References", "<mailbot.20270325101207.4f1b@dortmund.example>"),
           ("Accept-Language", "ar-MA, de-DE"),
           ("Content-Language", "ar-MA"),
           ("MIME-Version", "1.0"))
    quote = (TO_VA, "الخميس، 25 مارس، 2027 10:12 ص",
             "Samir Boukhari <samir.boukhari@maghreb-verein.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Boukhari", ["K102", "K103"], 1))
    m.alternative(outlook_plain(BOUKHARI_TEXT, quote, labels="ar"),
                  outlook_html(BOUKHARI_TEXT, quote, charset="utf-8", lang="AR-MA",
                               labels="ar", rtl=True),
                  charset="utf-8", cte="base64", style="outlook")


# -- 038 ---------------------------------------------------------------------
# Change of party size only (2 -> 3), iPhone reply quoting the confirmation;
# the new text names no module.

@mail("sennewald-change-party-size", "2027-04-14 13:30:09",
      E("change", "ralf.sennewald@mail.example", "Ralf Sennewald",
        "Förderverein Freibad Volkspark e.V.", [], 3, "de"), "de")
def _(m):
    m.head(("From", "Ralf Sennewald <ralf.sennewald@mail.example>"),
           ("To", TO_VA),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<B0D2F4A6-C8E1-4A3B-9D5F-7B9D1F3A5C72@mail.example>"),
           ("In-Reply-To", "<mailbot.20270320094102.8a6e@dortmund.example>"),
           ("References", "<mailbot.20270320094102.8a6e@dortmund.example>"),
           ("X-Mailer", "iPhone Mail (22E240)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo Frau Wessel-Kaya,

kleine Änderung: Unser neuer Schriftführer, Herr Jonas Albers, möchte auch mitkommen. Wir wären dann zu dritt statt zu zweit. Geht das noch?

Viele Grüße
Ralf Sennewald
Förderverein Freibad Volkspark e.V.

Von meinem iPhone gesendet

> Am 20.03.2027 um 09:41 schrieb Vereinsakademie Dortmund <{VA}>:
> 
{gt_quote(confirmation("Herr Sennewald", ["K103"], 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Cancellation for both persons, Gmail (German) quoting the confirmation
# (K102, 2).  A tax number in passing; "Vorsitzende, ..." on the same line as
# the association.

BAYER_TEXT = """Sehr geehrte Damen und Herren,

leider müssen wir unsere Teilnahme am Modul 2 am 22. April absagen. Unser Kassenwart, Herr Gerd Lüdtke, liegt seit letzter Woche im Krankenhaus, und allein möchte ich den Abend nicht besuchen. Bitte streichen Sie uns beide von der Liste.

Sollte schon eine Rechnung erstellt worden sein (unsere Steuernummer ist 315/5711/2045), stornieren Sie sie bitte.

Mit freundlichen Grüßen
Ilse Bayer
Vorsitzende, Frauenchor Kirchhörde e.V."""
BAYER_ATTR = f"Am Do., 18. März 2027 um 09:12 Uhr schrieb Vereinsakademie Dortmund <{VA}>:"
BAYER_CONF = confirmation("Frau Bayer", ["K102"], 2)


@mail("bayer-cancel-gmail-german", "2027-04-15 17:48:22",
      E("cancellation", "ilse.bayer@frauenchor-kirchhoerde.example", "Ilse Bayer",
        "Frauenchor Kirchhörde e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Ilse Bayer <ilse.bayer@frauenchor-kirchhoerde.example>"),
           ("To", TO_VA),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAL5tR8yU1iO4pA7sD0fG3hJ6kL9zX2cV5bN8mQ1wE4rT7yU0iO@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270318091204.6b3d@dortmund.example>"),
           ("References", "<mailbot.20270318091204.6b3d@dortmund.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{BAYER_TEXT}\n\n{BAYER_ATTR}\n\n{gt_quote(BAYER_CONF)}\n"
    m.alternative(plain, gmail_quote_html(BAYER_TEXT, BAYER_ATTR, BAYER_CONF),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 040 ---------------------------------------------------------------------
# Cancellation, English, iPhone, bottom quote of the confirmation (K104, 1).

@mail("grant-cancel-english-iphone", "2027-04-19 07:35:56",
      E("cancellation", "oliver.grant@bgs-dortmund.example", "Oliver Grant",
        "British-German Society Dortmund", [], None, "en"), "en")
def _(m):
    m.head(("From", "Oliver Grant <oliver.grant@bgs-dortmund.example>"),
           ("To", TO_VA),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<D4F6A8C0-E2B3-4C5D-8F7A-9C1E3B5D7F94@bgs-dortmund.example>"),
           ("In-Reply-To", "<mailbot.20270323180311.0e5f@dortmund.example>"),
           ("References", "<mailbot.20270323180311.0e5f@dortmund.example>"),
           ("X-Mailer", "iPhone Mail (22E240)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hello,

I'm afraid I have to cancel my place for 19 May - I'll be in Manchester for work that week. Please give it to someone on the waiting list.

Sorry and best wishes,
Oliver Grant
British-German Society Dortmund

Sent from my iPhone

> On 23 Mar 2027, at 18:03, Vereinsakademie Dortmund <{VA}> wrote:
> 
{gt_quote(confirmation("Herr Grant", ["K104"], 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# Question after the first evening about an invoice (number VA-2027-0143,
# 20,00 €, one person instead of two, no IBAN on it).  Not a change of a
# registration: the evening is over.  windows-1252, 8bit.

@mail("kleine-boymann-invoice-question", "2027-04-20 16:10:03",
      E("question", "kasse@asv-petri-heil-deusen.example", "Thorsten Kleine-Boymann",
        "Angelsportverein Petri Heil Dortmund-Deusen e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Thorsten Kleine-Boymann <kasse@asv-petri-heil-deusen.example>"),
           ("To", VA),
           ("Subject", "Rechnung VA-2027-0143"),
           ("Date", m.date),
           ("Message-ID", "<001a01dbb1f7$8e9fa0b0$abb1c2d3$@asv-petri-heil-deusen.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

wir haben heute die Rechnung Nr. VA-2027-0143 über 20,00 € für das Modul am 13.04. erhalten. Wir waren aber nur mit einer Person da, unser Kollege war krank. Können Sie die Rechnung bitte auf 10,00 € korrigieren? Und auf welches Konto sollen wir überweisen? Auf der Rechnung steht keine IBAN.

Mit freundlichen Grüßen
Thorsten Kleine-Boymann
Kassenwart
Angelsportverein Petri Heil Dortmund-Deusen e.V.
""", charset="windows-1252", cte="8bit")


# -- 042 ---------------------------------------------------------------------
# Advertising (other) for club accounting software, full of the modules'
# words (Kassenführung, Jahresabschluss, DSGVO, Fördermittel) and "anmelden".

ADVERT_TEXT = """VereinsKasse Pro – Ihre Vereinsfinanzen im Griff

Liebe Vereinsverantwortliche,

Kassenführung, Jahresabschluss, Spendenbescheinigungen und eine DSGVO-konforme Mitgliederverwaltung – mit VereinsKasse Pro erledigen Sie alles an einem Ort. Sogar Verwendungsnachweise für Fördermittel erstellt das Programm per Knopfdruck.

Kostenloses Webinar: Dienstag, 27. April 2027, 19:00 Uhr
Jetzt anmelden: https://vereinskasse-pro.example/webinar

Nur im April: 3 Monate gratis testen, danach ab 9,90 € im Monat.

VereinsKasse Pro GmbH · Am Handelshafen 4 · 47119 Duisburg
Sie möchten keine Angebote mehr erhalten? https://vereinskasse-pro.example/abmelden"""

ADVERT_HTML = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;background:#f5f7fa;">
<table width="640" align="center" cellpadding="24" style="background:#fff;">
<tr><td style="background:#1b4f72;color:#fff;"><h1 style="margin:0;">VereinsKasse Pro</h1><p style="margin:4px 0 0;">Ihre Vereinsfinanzen im Griff</p></td></tr>
<tr><td>
<p>Liebe Vereinsverantwortliche,</p>
<p>Kassenführung, Jahresabschluss, Spendenbescheinigungen und eine DSGVO-konforme Mitgliederverwaltung – mit VereinsKasse Pro erledigen Sie alles an einem Ort. Sogar Verwendungsnachweise für Fördermittel erstellt das Programm per Knopfdruck.</p>
<p><b>Kostenloses Webinar: Dienstag, 27. April 2027, 19:00 Uhr</b><br>
<a href="https://vereinskasse-pro.example/webinar" style="background:#e67e22;color:#fff;padding:8px 16px;text-decoration:none;">Jetzt anmelden</a></p>
<p>Nur im April: 3 Monate gratis testen, danach ab 9,90 € im Monat.</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;">VereinsKasse Pro GmbH · Am Handelshafen 4 · 47119 Duisburg<br>
<a href="https://vereinskasse-pro.example/abmelden">Keine Angebote mehr erhalten</a></td></tr>
</table>
</body></html>
"""


@mail("vereinskasse-advertising", "2027-04-21 06:00:12", E("other"), "de")
def _(m):
    m.head(("From", "VereinsKasse Pro <angebote@vereinskasse-pro.example>"),
           ("To", VA),
           ("Subject", "Kassenführung & DSGVO in einem – jetzt 3 Monate gratis"),
           ("Date", m.date),
           ("Message-ID", "<cmp-2027-04-vk.889172.ab45@mailer.vereinskasse-pro.example>"),
           ("List-Unsubscribe", "<https://vereinskasse-pro.example/abmelden>"),
           ("Precedence", "bulk"),
           ("X-Mailer", "CampaignMailer 5.1"),
           ("MIME-Version", "1.0"))
    m.alternative(ADVERT_TEXT, ADVERT_HTML, charset="utf-8", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# Question only, Vietnamese, Gmail alternative: will the funding evening be
# repeated in autumn, and can the slides be sent?  She did not register.

LE_TEXT = """Chào chị,

Em nghe nói buổi tối về Fördermittel hôm 22.4 rất bổ ích, nhưng lúc đó em không đăng ký kịp. Em xin hỏi: mùa thu năm nay Vereinsakademie có tổ chức lại khóa này không? Và tài liệu (slide) của buổi đó có thể gửi cho em được không ạ?

Em cảm ơn chị!
Lê Hoàng Yến
Hội Sinh viên Việt Nam tại Dortmund"""


@mail("le-vietnamese-question-autumn", "2027-04-26 20:40:33",
      E("question", "yen.le@mail.example", "Lê Hoàng Yến",
        "Hội Sinh viên Việt Nam tại Dortmund", [], None, "vi"), "vi")
def _(m):
    m.head(("From", addr("Yến Lê", "yen.le@mail.example", "utf-8", "q")),
           ("To", VA),
           ("Subject", ew("Hỏi về khóa Fördermittel", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAM8uI1oP4aS7dF0gH3jK6lZ9xC2vB5nM8qW1eR4tY7uI0oP3aS@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(LE_TEXT, gmail_html(LE_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 044 ---------------------------------------------------------------------
# Change, Italian, Outlook alternative (Italian quote labels) quoting the
# confirmation (K103): "spostarmi dal modulo 3 al modulo 4" -> K104.

ESPOSITO_TEXT = """Buongiorno,

per motivi di lavoro il 4 maggio non riesco a venire. Sarebbe possibile spostarmi dal modulo 3 al modulo 4 (Öffentlichkeitsarbeit, 19 maggio)? Il tema mi interessa comunque molto, visto che curo anche la pagina Facebook del coro.

Grazie mille e cordiali saluti
Paolo Esposito
Coro Italiano Voci del Sud Dortmund e.V."""


@mail("esposito-change-italian-outlook", "2027-04-28 12:15:48",
      E("change", "p.esposito@voci-del-sud.example", "Paolo Esposito",
        "Coro Italiano Voci del Sud Dortmund e.V.", ["K104"], None, "it"), "it")
def _(m):
    m.head(("From", "Paolo Esposito <p.esposito@voci-del-sud.example>"),
           ("To", TO_VA),
           ("Subject", "R: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB9051B3C4D5E6F7A8B9C0D1E2F3A4@DB9PR03MB9051.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270322093115.3c8e@dortmund.example>"),
           ("References", "<mailbot.20270322093115.3c8e@dortmund.example>"),
           ("Accept-Language", "it-IT, de-DE"),
           ("Content-Language", "it-IT"),
           ("MIME-Version", "1.0"))
    quote = (TO_VA, "lunedì 22 marzo 2027 09:31",
             "Paolo Esposito <p.esposito@voci-del-sud.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Esposito", ["K103"], 1))
    m.alternative(outlook_plain(ESPOSITO_TEXT, quote, labels="it"),
                  outlook_html(ESPOSITO_TEXT, quote, lang="IT", labels="it"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 045 ---------------------------------------------------------------------
# Cancellation the evening before, from a Samsung phone, with the confirmation
# (K103, 1) below "-------- Ursprüngliche Nachricht --------".  No association.

@mail("brueckner-cancel-samsung", "2027-05-03 19:55:21",
      E("cancellation", "nicole.brueckner@mail.example", "Nicole Brückner",
        None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Nicole Brückner <nicole.brueckner@mail.example>"),
           ("To", VA),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<r8t2w5.1777830921.samsung@mail.example>"),
           ("In-Reply-To", "<mailbot.20270322180344.7f2a@dortmund.example>"),
           ("References", "<mailbot.20270322180344.7f2a@dortmund.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo, ich muss für morgen leider absagen, mein Sohn ist krank. Vielleicht klappt es im Herbst. LG Nicole Brückner

Von meinem Samsung Galaxy Smartphone gesendet.

-------- Ursprüngliche Nachricht --------
Von: Vereinsakademie Dortmund <{VA}>
Datum: 22.03.27 18:03 (GMT+01:00)
An: nicole.brueckner@mail.example
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Frau Brückner", ["K103"], 1)}
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
PERSON_KINDS = ("registration", "change", "cancellation", "question")
MACHINE_KINDS = ("auto_reply", "bounce", "other")


def header_text(value):
    """A header value decoded by RFC 2047 rules (no policy quirks)."""
    return str(make_header(decode_header(str(value)))) if value is not None else ""


def check_labels(e, msg, text, from_addrs):
    """Problems with one expected record, judged against the decoded mail."""
    problems = []
    if set(e) != set(FIELDS):
        problems.append("expected record has wrong keys")
        return problems
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in MODULES for w in wg) or len(set(wg)) != len(wg):
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
    if kind == "bounce":
        b = e["bounced_recipient"]
        if not b or b != b.lower():
            problems.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    if kind in MACHINE_KINDS:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
    else:
        em = e["email"]
        if not em or em != em.lower():
            problems.append("person mail needs a lower-case email")
        elif em not in from_addrs and em not in text.lower():
            problems.append(f"email {em} is neither From/Reply-To nor in the text")
        if e["language"] not in LANGS:
            problems.append(f"bad language {e['language']}")
        if not e["name"] or e["name"] not in text:
            problems.append(f"name {e['name']!r} not written in the mail")
        if e["organisation"] is not None and e["organisation"] not in text:
            problems.append(f"organisation {e['organisation']!r} not written in the mail")
    if kind in ("change", "cancellation"):
        if msg["In-Reply-To"] is None or "Angemeldete Personen:" not in text:
            problems.append("change/cancellation must answer and quote the confirmation")
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
    if not (datetime.datetime(2027, 2, 15, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 6, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside 15 Feb - 31 May 2027")
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
    alltext = "\n".join(chunks)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", alltext):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", alltext):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in (
                "schemas.microsoft.com", "www.w3.org"):
            problems.append(f"non-example URL host {dom}")
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    # labels against the mail's own text (top-level headers RFC 2047-decoded
    # and its text leaves, HTML unescaped)
    raw = email.message_from_bytes(data)          # compat32: raw header values
    own = [header_text(raw[h]) for h in ("From", "Reply-To", "Subject") if raw[h]]
    own += [html.unescape(p.get_content()) for p in leaves(msg)
            if p.get_content_maintype() == "text"]
    from_addrs = {a.lower() for _, a in getaddresses(
        [header_text(raw[h]) for h in ("From", "Reply-To") if raw[h]])}
    problems += check_labels(expected, msg, "\n".join(own), from_addrs)
    return problems


def from_address(data):
    raw = email.message_from_bytes(data)
    return getaddresses([header_text(raw["From"])])[0][1].lower()


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    print("kinds:", dict(sorted(kinds.items())))
    table = collections.defaultdict(collections.Counter)
    for _, _, e, t in built:
        table[t][e["kind"]] += 1
    print("per text language:")
    print("  lang " + " ".join(f"{k[:5]:>5}" for k in KINDS) + "   all")
    for lang in LANGS:
        row = table.get(lang, collections.Counter())
        print(f"  {lang:4} " + " ".join(f"{row[k]:5}" for k in KINDS)
              + f" {sum(row.values()):5}")
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

    for (name, m, e, _), data in zip(built, datas):
        for problem in check(name, data, m, e):
            print(f"{name}: {problem}")
            bad += 1
    senders = collections.Counter(from_address(d) for d in datas)
    for s, k in senders.items():
        if k > 1:
            print(f"sender {s} appears {k} times")
            bad += 1
    msgids = collections.Counter(str(m.msg["Message-ID"]) for _, m, _, _ in built)
    for s, k in msgids.items():
        if k > 1:
            print(f"Message-ID {s} used {k} times")
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
