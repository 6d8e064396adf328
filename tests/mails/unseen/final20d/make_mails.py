#!/usr/bin/env python3
"""Build the "final20d" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: "Forum lusófono e hispano 2027", a networking day of the Romance-language
communities (Portuguese, Brazilian, Cape Verdean, Mozambican, Spanish,
Latin-American, Italian, Romanian) in Bielefeld, Sat 25 Sep 2027, with three
workgroups GT1-GT3 (see config.toml).

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in correct MIME with the standard `email` package, writes the
files, and then reads every file back with email.policy.default to check that it
parses without defects, that each body part decodes to exactly the text written
here (attachments: the same bytes), that the labels are well formed and agree
with the mail, and that no sender appears twice.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

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
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

FORUM = "forum-lusohispano@bielefeld.example"
FORUM_NAME = "Forum lusófono e hispano"
TO_FORUM = f"{FORUM_NAME} <{FORUM}>"            # as quoted in texts
TO_FORUM_Q = f"=?utf-8?q?Forum_lus=C3=B3fono_e_hispano?= <{FORUM}>"   # as a header
INVITATION_ID = "<convite-forum-2027.20270705100012@bielefeld.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply",
         "bounce", "other")
WORKGROUPS = ("GT1", "GT2", "GT3")
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
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", FORUM)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=3)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=2))))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.bielefeld.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{FORUM}>; {arrival} (CEST)")
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
            return f"_00{self._nboundary}_DB9PR02MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mx.example"
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


# ---------------------------------------------------------------------------
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung / Convite / Invitación: Forum lusófono e hispano 2027"

INVITATION = """Forum lusófono e hispano 2027
Netzwerktag der romanischsprachigen Communities in Ostwestfalen-Lippe

Liebe Vereine, Initiativen und Interessierte,

das Kommunale Integrationszentrum Bielefeld lädt Sie herzlich zum Forum
lusófono e hispano 2027 ein. Eingeladen sind alle portugiesisch-,
spanisch-, italienisch- und rumänischsprachigen Vereine und Communities
aus Bielefeld und OWL.

Datum: Samstag, 25. September 2027, 10:00 bis 16:30 Uhr
Ort: Ravensberger Spinnerei (VHS), Ravensberger Park 1, 33607 Bielefeld

Nach dem gemeinsamen Auftakt arbeiten wir am Nachmittag in drei
Arbeitsgruppen (GT = grupo de trabalho / grupo de trabajo):

GT 1: Herkunftssprachen und Mehrsprachigkeit in Familie und Schule
GT 2: Anerkennung, Arbeit und Ankommen in OWL
GT 3: Vereinsarbeit und Netzwerke über Sprachgrenzen hinweg

Bitte melden Sie sich bis zum 17. September 2027 per E-Mail an
forum-lusohispano@bielefeld.example an: Name, Verein oder Organisation,
gewünschte Arbeitsgruppe (gern mit Zweitwunsch) und Anzahl der Personen.
Sie können uns auf Deutsch, Portugiesisch, Spanisch, Italienisch oder
Rumänisch schreiben.

--- Português ---
O Centro Municipal de Integração de Bielefeld convida todas as
associações e comunidades de língua portuguesa, espanhola, italiana e
romena para o Forum lusófono e hispano 2027: sábado, 25 de setembro de
2027, das 10h00 às 16h30, na Ravensberger Spinnerei.
Grupos de trabalho: GT 1 línguas de herança e multilinguismo; GT 2
reconhecimento, trabalho e integração em OWL; GT 3 trabalho associativo e
redes. Inscrições até 17 de setembro por e-mail (nome, associação, grupo
de trabalho, número de pessoas).

--- Español ---
El Centro Municipal de Integración de Bielefeld invita a todas las
asociaciones y comunidades de habla portuguesa, española, italiana y
rumana al Forum lusófono e hispano 2027: sábado, 25 de septiembre de
2027, de 10:00 a 16:30, en la Ravensberger Spinnerei.
Grupos de trabajo: GT 1 lenguas de herencia y plurilingüismo; GT 2
reconocimiento, trabajo y llegada a OWL; GT 3 trabajo asociativo y redes.
Inscripción hasta el 17 de septiembre por correo electrónico (nombre,
asociación, grupo de trabajo, número de personas).

Mit freundlichen Grüßen / Com os melhores cumprimentos / Saludos cordiales

Kommunales Integrationszentrum Bielefeld
i. A. Carla Menezes-Wittkamp"""

CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Forum lusófono e hispano 2027"
REMINDER_SUBJECT = "Erinnerung: Forum lusófono e hispano am 25. September 2027"

GT_LINE = {
    "GT1": "GT 1 – Herkunftssprachen und Mehrsprachigkeit in Familie und Schule",
    "GT2": "GT 2 – Anerkennung, Arbeit und Ankommen in OWL",
    "GT3": "GT 3 – Vereinsarbeit und Netzwerke über Sprachgrenzen hinweg",
}


def confirmation(salutation, gt, persons):
    """The confirmation the organiser's tool sent (quoted in replies)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Forum lusófono e hispano 2027 am
Samstag, 25. September 2027, 10:00 bis 16:30 Uhr, in der Ravensberger
Spinnerei, Ravensberger Park 1, 33607 Bielefeld.

Wir haben Sie für folgende Arbeitsgruppe eingetragen:
{GT_LINE[gt]}

Angemeldete Personen: {persons}

Möchten Sie die Arbeitsgruppe wechseln oder absagen? Antworten Sie einfach
auf diese E-Mail.

Mit freundlichen Grüßen
Forum lusófono e hispano
Kommunales Integrationszentrum Bielefeld"""


def reminder(salutation, gt, persons):
    """The 7-day reminder."""
    return f"""Guten Tag {salutation},

in einer Woche ist es so weit: Am Samstag, 25. September 2027, findet von
10:00 bis 16:30 Uhr das Forum lusófono e hispano 2027 in der Ravensberger
Spinnerei, Ravensberger Park 1, 33607 Bielefeld, statt.

Sie sind angemeldet für:
{GT_LINE[gt]}

Angemeldete Personen: {persons}

Falls Sie nicht kommen können, antworten Sie bitte kurz auf diese E-Mail.

Mit freundlichen Grüßen
Forum lusófono e hispano
Kommunales Integrationszentrum Bielefeld"""


def tool_message(to, subject, body, when, msgid, in_reply_to=None):
    """A message the organiser's tool sent, whole (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_FORUM_Q
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = when
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-generated" if in_reply_to is None else "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(body, charset="utf-8", cte="quoted-printable")
    return m


# ---------------------------------------------------------------------------
# HTML as the clients write it
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

OUTLOOK_LABELS = {
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "pt": ("De", "Enviado", "Para", "Assunto"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
}


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, labels="de", charset="Windows-1252", lang="DE"):
    """Outlook-style HTML for `text`; quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        lv, lg, la, lb = OUTLOOK_LABELS[labels]
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span style='mso-fareast-language:{lang}'>{lv}:</span></b>"
                   f"<span style='mso-fareast-language:{lang}'> {esc(von)} <br>\n"
                   f"<b>{lg}:</b> {esc(gesendet)}<br>\n"
                   f"<b>{la}:</b> {esc(an)}<br>\n"
                   f"<b>{lb}:</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return (OUTLOOK_HEAD.format(charset=charset, lang=lang) + "\n".join(out)
            + "\n</div>\n</body>\n</html>\n")


def outlook_plain(text, quote=None, labels="de"):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    lv, lg, la, lb = OUTLOOK_LABELS[labels]
    return (f"{text}\n\n________________________________\n{lv}: {von}\n{lg}: {gesendet}\n"
            f"{la}: {an}\n{lb}: {betreff}\n\n{quoted}")


def new_outlook_html(text):
    """New Outlook / Outlook on the web: one <div class="elementToProof"> per line."""
    divs = "\n".join(
        f'<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
        f'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
        f'{esc(line) if line else "<br>"}</div>'
        for line in text.split("\n"))
    return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            f'</head>\n<body dir="ltr">\n{divs}\n</body>\n</html>\n')


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text):
    """Gmail markup; lines starting with '>' become a gmail_quote blockquote."""
    lines = text.split("\n")
    out, quote = [], []
    for line in lines:
        if line.startswith(">"):
            quote.append(line[1:].lstrip(" "))
            continue
        if quote:
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                       + "<br>".join(esc(q) for q in quote) + "</blockquote>")
            quote = []
        out.append(f"<div>{esc(line) if line else '<br>'}</div>")
    if quote:
        out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                   'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                   + "<br>".join(esc(q) for q in quote) + "</blockquote>")
    return f'<div dir="ltr">{"".join(out)}</div>\n'


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


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
# Portuguese (Portugal), formal; Thunderbird reply quoting the whole trilingual
# invitation with '>' (all three GTs appear in the quote; the choice, GT 1, is
# only in the new text).  "eu e a minha colega" = 2.  UTF-8 8bit, format=flowed.

@mail("ferreira-pt-reply-quoting-invitation", "2027-07-05 18:22:41",
      E("registration", "manuela.ferreira@acp-bielefeld.example", "Manuela Ferreira",
        "Associação Cultural Portuguesa de Bielefeld e.V.", ["GT1"], 2, "pt"), "pt")
def _(m):
    m.head(("From", "Manuela Ferreira <manuela.ferreira@acp-bielefeld.example>"),
           ("To", TO_FORUM_Q),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5f0c2a7e-91d4-4b3a-8e62-c1f7a0b9d3e5@acp-bielefeld.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pt-PT"),
           ("MIME-Version", "1.0"))
    m.single(f"""Exma. Senhora Carla Menezes-Wittkamp,

Muito obrigada pelo convite, que já reencaminhei para a direção.

Venho por este meio inscrever-me no Forum lusófono e hispano do dia 25 de
setembro. Iremos eu e a minha colega Rosa Almeida, que é professora de
português na nossa escola de sábado, e ambas gostaríamos de participar no
GT 1.

Com os melhores cumprimentos,
Manuela Ferreira

-- 
Associação Cultural Portuguesa de Bielefeld e.V.
Secretária da Direção
Tel. 0521 13 48 227

No dia 05/07/2027 às 10:00, Forum lusófono e hispano escreveu:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# German from a Spanish parents' association; Outlook HTML only (MsoNormal),
# windows-1252 QP, invitation quoted below a Von:/Gesendet: block.  The group
# is named by its title in typographic quotes; "zu dritt" = 3; "seit über 40
# Jahren" is no count.  The running text has the inflected "den Spanischen
# Elternverein", the signature the base form.  Encoded "Surname, Given" name.

JIMENEZ_TEXT = """Sehr geehrte Frau Menezes-Wittkamp,

vielen Dank für die Einladung. Für den Spanischen Elternverein Bielefeld e.V. möchten wir uns gerne anmelden. Wir kommen zu dritt (zwei Vorstandsmitglieder und ich) und interessieren uns für die Arbeitsgruppe „Herkunftssprachen und Mehrsprachigkeit in Familie und Schule“, da wir seit über 40 Jahren muttersprachlichen Spanischunterricht für Kinder organisieren.

Mit freundlichen Grüßen / Un cordial saludo

Dolores Jiménez Castro
Vorsitzende
Spanischer Elternverein Bielefeld e.V.
Herforder Straße 112 · 33602 Bielefeld"""


@mail("jimenez-castro-outlook-html-quote", "2027-07-06 09:12:30",
      E("registration", "d.jimenez@spanischer-elternverein.example", "Dolores Jiménez Castro",
        "Spanischer Elternverein Bielefeld e.V.", ["GT1"], 3, "de"), "de")
def _(m):
    m.head(("From", addr("Jiménez Castro, Dolores", "d.jimenez@spanischer-elternverein.example",
                         "iso-8859-1")),
           ("To", TO_FORUM_Q),
           ("Subject", ew("AW: " + INVITATION_SUBJECT, "iso-8859-1", "q")),
           ("Thread-Topic", ew(INVITATION_SUBJECT, "iso-8859-1", "q")),
           ("Thread-Index", "AQHb0s7k2Tq9mV1rQ0e3xW8yB5tDbA0aB1cZ"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR02MB7341A2B3C4D5E6F7A8B9C0D1E2F3@DB9PR02MB7341.eurprd02.prod.outlook.example>"),
           ("References", INVITATION_ID),
           ("In-Reply-To", INVITATION_ID),
           ("Accept-Language", "de-DE, es-ES"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_FORUM, "Montag, 5. Juli 2027 10:00", TO_FORUM, INVITATION_SUBJECT, INVITATION)
    m.single(outlook_html(JIMENEZ_TEXT, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# Spanish (Colombia), informal, some accents missing, an emoji; Gmail
# multipart/alternative.  The group only paraphrased ("el grupo de
# reconocimiento de titulos y trabajo" = GT 2); "mi esposo y yo" = 2;
# "dos años" is no count.

RESTREPO_TEXT = """Hola!!

Les escribo de parte del Colectivo Colombia en OWL, nos encantaria participar en el foro del 25 de septiembre 😊
Vamos mi esposo y yo. Nos interesa sobre todo el grupo de reconocimiento de titulos y trabajo, porque es el tema que mas preguntan en nuestro grupo de WhatsApp (mi esposo es ingeniero y lleva dos años esperando la homologacion...).

Muchas gracias y saludos desde Sennestadt!
Natalia Restrepo
Colectivo Colombia en OWL"""


@mail("restrepo-colombia-paraphrased-group", "2027-07-06 21:47:05",
      E("registration", "nata.restrepo@mail.example", "Natalia Restrepo",
        "Colectivo Colombia en OWL", ["GT2"], 2, "es"), "es")
def _(m):
    m.head(("From", "Natalia Restrepo <nata.restrepo@mail.example>"),
           ("To", FORUM),
           ("Subject", ew("Inscripción foro 25 de septiembre", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAF3xQ7nR2vT8mK0pL5sW9bY4dZ1hG6cE3aU8oN2iJ5vB7qXtMg@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(RESTREPO_TEXT, gmail_html(RESTREPO_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 004 ---------------------------------------------------------------------
# Italian, formal; first and second choice by number ("n. 3", "n. 1");
# "da solo" = 1.  iso-8859-1 quoted-printable, plain Outlook.

@mail("lombardi-italian-first-second-choice", "2027-07-08 10:03:44",
      E("registration", "g.lombardi@aio-bielefeld.example", "Giuseppe Lombardi",
        "Associazione Italiana Ostwestfalen e.V.", ["GT3", "GT1"], 1, "it"), "it")
def _(m):
    m.head(("From", "Giuseppe Lombardi <g.lombardi@aio-bielefeld.example>"),
           ("To", FORUM),
           ("Subject", ew("Iscrizione Forum lusófono e hispano 25/09/2027", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<000b01dbcf21$7a3e4c10$6ebae430$@aio-bielefeld.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "it"),
           ("MIME-Version", "1.0"))
    m.single("""Gentile Signora Menezes-Wittkamp,

con la presente desidero iscrivermi al Forum lusófono e hispano del
25 settembre 2027.
Come prima scelta vorrei partecipare al gruppo di lavoro n. 3 (lavoro
associativo e reti), in alternativa al gruppo n. 1.
Parteciperò da solo.

Ringraziando per l'invito, porgo cordiali saluti.

Giuseppe Lombardi
Tesoriere
Associazione Italiana Ostwestfalen e.V.
Tel. 0521 9 87 65 43
""", charset="iso-8859-1", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# The same mail twice: Romanian first (with ș/ț comma letters), then German.
# Language = the first version (ro).  "Vom fi două persoane" / "zu zweit" = 2;
# "grupul de lucru 3" / "Arbeitsgruppe 3".  The association is named only in
# the signature (RO), the texts say "asociația noastră" / "unser Verein".
# Gmail multipart/alternative, UTF-8 base64.

POPESCU_TEXT = """Bună ziua,

(Deutsche Version weiter unten)

Vă mulțumim pentru invitație! Ne-ar face mare plăcere să participăm la Forum lusófono e hispano din 25 septembrie. Vom fi două persoane, eu și colega mea Mihaela Stan, și ne-am dori să lucrăm în grupul de lucru 3 (munca asociativă și rețele), pentru că asociația noastră abia s-a înființat și căutăm parteneri.

---

Guten Tag,

vielen Dank für die Einladung! Wir möchten gern am Forum lusófono e hispano am 25. September teilnehmen. Wir kommen zu zweit, ich und meine Kollegin Mihaela Stan, und möchten in der Arbeitsgruppe 3 mitarbeiten, weil unser Verein gerade erst gegründet wurde und wir Partner suchen.

Cu stimă / Mit freundlichen Grüßen
Andreea Popescu
Asociația Culturală „Dor” Bielefeld e.V."""


@mail("popescu-romanian-and-german", "2027-07-09 19:30:12",
      E("registration", "andreea.popescu@dor-bielefeld.example", "Andreea Popescu",
        "Asociația Culturală „Dor” Bielefeld e.V.", ["GT3"], 2, "ro"), "ro")
def _(m):
    m.head(("From", "Andreea Popescu <andreea.popescu@dor-bielefeld.example>"),
           ("To", FORUM),
           ("Subject", ew("Înscriere / Anmeldung – Forum 25.09.2027", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAJp4Wn8sQ1tV6mX0kR3bL7yD2fZ9hC5eG1aU4oN8iK2vB6qRwE@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(POPESCU_TEXT, gmail_html(POPESCU_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 006 ---------------------------------------------------------------------
# Question (German, from a Brazilian capoeira teacher): may an unregistered
# group take part, may they do a short roda?  "melden wir uns ... richtig an"
# = registration later.  "ca. 30 Leuten", "15 Minuten" are no counts.

@mail("barbosa-capoeira-question", "2027-07-12 13:15:51",
      E("question", "mestre.thiago@raizes-capoeira.example", "Thiago Barbosa",
        "Capoeira Raízes Bielefeld", [], None, "de"), "de")
def _(m):
    m.head(("From", "Thiago Barbosa <mestre.thiago@raizes-capoeira.example>"),
           ("To", FORUM),
           ("Subject", "Frage zum Forum / Capoeira"),
           ("Date", m.date),
           ("Message-ID", "<trinity-3e1b7c52-9d0a-4f6e-b8c1-27a5d4e9f013-1783854951220@3c-app-webde-bap41>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo liebes Team vom KI,

ich bin Capoeira-Lehrer und leite in Bielefeld die Gruppe Capoeira Raízes.
Wir sind kein eingetragener Verein, sondern eine lose Gruppe von ca. 30
Leuten, viele aus Brasilien, Angola und Portugal.

Dürfen wir trotzdem beim Forum mitmachen? Und gäbe es vielleicht in der
Mittagspause die Möglichkeit, eine kleine Roda (Vorführung, ca. 15 Minuten)
zu machen? Die Instrumente bringen wir selbst mit.

Wenn das passt, melden wir uns natürlich noch richtig an.

Valeu und viele Grüße
Thiago Barbosa
Capoeira Raízes Bielefeld
""", charset="utf-8", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Brazilian Portuguese from an iPhone, informal, no accents at all (us-ascii
# 7bit); "Vamos em 3 pessoas"; "GT 2, o de reconhecimento e trabalho";
# "25/09" is a date.  Signed only "Bia": the display name is the full name.

@mail("nogueira-brazil-iphone-no-accents", "2027-07-13 22:58:19",
      E("registration", "bia.nogueira@mail.example", "Beatriz Nogueira",
        "Associacao Brasil Bielefeld", ["GT2"], 3, "pt"), "pt")
def _(m):
    m.head(("From", "Beatriz Nogueira <bia.nogueira@mail.example>"),
           ("Mime-Version", "1.0 (1.0)"),
           ("Subject", "inscricao forum"),
           ("Message-Id", "<7B1E3C9A-52D4-4F08-A6E1-0C9D8B7A6F54@mail.example>"),
           ("Date", m.date),
           ("To", FORUM),
           ("X-Mailer", "iPhone Mail (22F76)"))
    m.single("""Oi gente, tudo bem?

Queria inscrever a gente da Associacao Brasil Bielefeld pro forum do dia 25/09. Vamos em 3 pessoas (eu, a Carol e o Rafa). A gente quer participar do GT 2, o de reconhecimento e trabalho, pq a maioria dos nossos socios tem duvida sobre isso.

Valeu!!
Bia

Enviado do meu iPhone
""", charset="us-ascii", cte="7bit")


# -- 008 ---------------------------------------------------------------------
# Spanish (Spain), formal usted; Outlook multipart/alternative windows-1252 QP.
# Two persons named ("a mí mismo y a nuestra vicepresidenta"); first choice
# group 3, fallback group 2.  Two surnames.

RUIZ_TEXT = """Estimada Sra. Menezes-Wittkamp:

Le agradezco mucho la invitación al Forum lusófono e hispano 2027. Por parte del Centro Español de Bielefeld nos gustaría inscribir a dos personas: a mí mismo y a nuestra vicepresidenta, Dña. Pilar Gómez.

Como primera opción elegimos el grupo de trabajo 3 (trabajo asociativo y redes); en caso de que esté completo, el grupo 2.

Quedo a su disposición para cualquier consulta.

Atentamente,

Francisco Javier Ruiz Olmedo
Presidente
Centro Español de Bielefeld
Teléfono: 0521 / 6 54 32 10"""


@mail("ruiz-olmedo-centro-espanol-outlook", "2027-07-15 11:40:02",
      E("registration", "fj.ruiz@centro-espanol-bi.example", "Francisco Javier Ruiz Olmedo",
        "Centro Español de Bielefeld", ["GT3", "GT2"], 2, "es"), "es")
def _(m):
    m.head(("From", '"Ruiz Olmedo, Francisco Javier" <fj.ruiz@centro-espanol-bi.example>'),
           ("To", TO_FORUM_Q),
           ("Subject", ew("Inscripción Centro Español – Forum lusófono e hispano", "windows-1252", "q")),
           ("Thread-Topic", ew("Inscripción Centro Español – Forum lusófono e hispano", "windows-1252", "q")),
           ("Thread-Index", "AdvVb2k8cN3n1pQeRkW8y2uZ5aBxCg=="),
           ("Date", m.date),
           ("Message-ID", "<AM6PR05MB4410E1F2A3B4C5D6E7F8A9B0C1D2@AM6PR05MB4410.eurprd05.prod.outlook.example>"),
           ("Accept-Language", "es-ES, de-DE"),
           ("Content-Language", "es-ES"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(RUIZ_TEXT, outlook_html(RUIZ_TEXT, lang="ES"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 009 ---------------------------------------------------------------------
# Out-of-office in Portuguese and German without any RFC 3834 header,
# answering a confirmation (auto_reply).  iso-8859-1 QP.

@mail("marques-out-of-office-pt-de", "2027-07-15 14:05:37",
      E("auto_reply"), "pt")
def _(m):
    m.head(("From", addr("Sónia Marques", "sonia.marques@lusoescola.example", "iso-8859-1")),
           ("To", TO_FORUM_Q),
           ("Subject", ew("Ausência / Abwesenheit: " + CONFIRMATION_SUBJECT, "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270715120537.4a1f@lusoescola.example>"),
           ("In-Reply-To", "<mailbot.20270715140501.7c2d@bielefeld.example>"),
           ("References", "<mailbot.20270715140501.7c2d@bielefeld.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Olá,

obrigada pela sua mensagem. Estou de férias até 9 de agosto, sem acesso
regular ao e-mail. Para assuntos urgentes da escola, contacte por favor
secretaria@lusoescola.example.

Hallo,

vielen Dank für Ihre Nachricht. Ich bin bis zum 9. August im Urlaub und
lese meine E-Mails nur unregelmäßig. In dringenden Fällen wenden Sie sich
bitte an secretaria@lusoescola.example.

Sónia Marques
""", charset="iso-8859-1", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# German by an elderly Italian learner ("mit meine Frau", "Arbeitsgrupe 1",
# "grosse Problem"), Italian sign-off (language de).  "seit 1971" is a year;
# "wir sind 2 Personen".  iso-8859-15 8bit.

@mail("esposito-learner-german-italian", "2027-07-19 08:47:33",
      E("registration", "v.esposito1951@mail.example", "Vincenzo Esposito",
        "Circolo Pensionati Italiani Bielefeld", ["GT1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Vincenzo Esposito <v.esposito1951@mail.example>"),
           ("To", FORUM),
           ("Subject", "Anmeldung Forum"),
           ("Date", m.date),
           ("Message-ID", "<1784443653.29114.17@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich heisse Vincenzo Esposito und ich bin seit 1971 in Bielefeld. Ich bin in Vorstand von Circolo Pensionati Italiani Bielefeld. Ich möchte mich anmelden für das Forum am 25 September mit meine Frau Anna, also wir sind 2 Personen.
Wir wollen gehen in die Arbeitsgrupe 1 weil unsere Enkel sprechen nicht mehr italienisch und das ist grosse Problem für viele Familien.

Cordiali saluti
Vincenzo Esposito
""", charset="iso-8859-15", cte="8bit")


# -- 011 ---------------------------------------------------------------------
# Romanian without diacritics from a Samsung phone (UTF-8 base64);
# "Vin singur" = 1; "grupa 2, cu recunoasterea diplomelor".

@mail("ciobanu-romanian-no-diacritics", "2027-07-20 23:14:08",
      E("registration", "ionut.ciobanu88@mail.example", "Ionut Ciobanu",
        "Asociatia Romanilor din Bielefeld si Imprejurimi", ["GT2"], 1, "ro"), "ro")
def _(m):
    m.head(("From", "Ionut Ciobanu <ionut.ciobanu88@mail.example>"),
           ("To", FORUM),
           ("Subject", "inscriere forum 25 sept"),
           ("Date", m.date),
           ("Message-ID", "<m1k8q4.1784582048.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Buna ziua,

As dori sa ma inscriu la forumul din 25 septembrie. Vin singur. Ma intereseaza grupa 2, cu recunoasterea diplomelor, sunt electrician si inca nu mi s-a recunoscut calificarea.
Fac parte din Asociatia Romanilor din Bielefeld si Imprejurimi.

Multumesc frumos,
Ionut Ciobanu

Trimis de pe telefonul meu Samsung Galaxy
""", charset="utf-8", cte="base64")


# -- 012 ---------------------------------------------------------------------
# Spanish (Argentina), voseo and slang ("me re interesa"); "el grupo 1, el de
# lenguas de herencia"; "Voy solo"; emoji.  Gmail alternative QP.

LEDESMA_TEXT = """Hola, ¿cómo andan?

Les escribo para anotarme en el foro de septiembre. Soy uno de los coordinadores de la escuelita de castellano que tenemos los sábados con la Asociación Civil Argentinos en Bielefeld, así que me re interesa el grupo 1, el de lenguas de herencia. Voy solo, el resto del equipo ese día está con los chicos en un torneo de fútbol 😅

Si necesitan algo más, me avisan.

Un abrazo grande,
Martín Ledesma
Asociación Civil Argentinos en Bielefeld"""


@mail("ledesma-argentina-voseo", "2027-07-22 17:26:40",
      E("registration", "martin.ledesma@argentinos-bielefeld.example", "Martín Ledesma",
        "Asociación Civil Argentinos en Bielefeld", ["GT1"], 1, "es"), "es")
def _(m):
    m.head(("From", "Martín Ledesma <martin.ledesma@argentinos-bielefeld.example>"),
           ("To", FORUM),
           ("Subject", "Inscripción foro"),
           ("Date", m.date),
           ("Message-ID", "<CAL8vR3pW0sT5nM1kY7bQ2xZ9dF4hJ6cE0aU3oN7iG1vB5qLpXa@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(LEDESMA_TEXT, gmail_html(LEDESMA_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 013 ---------------------------------------------------------------------
# Portuguese (Cape Verdean association), formal; sent from the shared
# association mailbox with a personal Reply-To, and the text asks for answers
# to the personal address.  "Seremos quatro pessoas"; Roundcube, iso-8859-1 QP.

@mail("tavares-caboverde-shared-mailbox-reply-to", "2027-07-26 12:05:59",
      E("registration", "elisangela.tavares@mail.example", "Elisângela Tavares",
        "Associação Cabo-Verdiana de OWL", ["GT3"], 4, "pt"), "pt")
def _(m):
    m.head(("From", addr("Associação Cabo-Verdiana de OWL", "info@acv-owl.example", "iso-8859-1")),
           ("Reply-To", addr("Elisângela Tavares", "elisangela.tavares@mail.example", "iso-8859-1")),
           ("To", FORUM),
           ("Subject", ew("Inscrição - Forum lusófono e hispano", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<d41e7a2c9b0f3e58a6c1d2e3f4a5b6c7@acv-owl.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Boa tarde,

Em nome da Associação Cabo-Verdiana de OWL, venho inscrever o nosso grupo no
Forum lusófono e hispano do dia 25 de setembro de 2027.
Seremos quatro pessoas e gostaríamos de participar no grupo de trabalho 3
(trabalho associativo e redes).

Peço que as respostas sejam enviadas para o meu endereço pessoal, porque este
e-mail da associação é pouco consultado.

Os melhores cumprimentos,
Elisângela Tavares
Vice-Presidente
""", charset="iso-8859-1", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# German from a Peruvian association; "Erstwunsch ... AG 2, Zweitwunsch die
# AG 3" (the invitation says GT, German writers say AG); "ca. 60 Mitglieder"
# is no count.  Apple Mail alternative.

QUISPE_TEXT = """Sehr geehrte Frau Menezes-Wittkamp,

hiermit melde ich mich für das Forum lusófono e hispano am 25. September an. Mein Erstwunsch ist die AG 2 (Anerkennung, Arbeit und Ankommen), mein Zweitwunsch die AG 3.

Ich komme allein, vertrete aber unseren Freundeskreis – wir sind ca. 60 Mitglieder.

Freundliche Grüße
Luis Alberto Quispe Mamani
Schriftführer
Peruanisch-Deutscher Freundeskreis Bielefeld e.V."""


@mail("quispe-peru-erstwunsch-zweitwunsch", "2027-07-28 20:11:27",
      E("registration", "l.quispe@peru-bielefeld.example", "Luis Alberto Quispe Mamani",
        "Peruanisch-Deutscher Freundeskreis Bielefeld e.V.", ["GT2", "GT3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Luis Alberto Quispe Mamani <l.quispe@peru-bielefeld.example>"),
           ("Subject", "Anmeldung Forum 25.09."),
           ("Message-Id", "<4D8A2F61-B7C3-4E19-9A05-3C6E1F2D8B70@peru-bielefeld.example>"),
           ("Date", m.date),
           ("To", FORUM),
           ("X-Mailer", "Apple Mail (2.3826.600.51.1.1)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))"))
    m.alternative(QUISPE_TEXT, apple_html(QUISPE_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 015 ---------------------------------------------------------------------
# Postfix bounce, mailbox full, for a confirmation (GT 2, 1 person) to a
# person whose registration is not in this set.

BOUNCE1_RCPT = "rodrigo.alves@correio-br.example"


@mail("postfix-bounce-mailbox-full", "2027-07-30 09:20:15",
      E("bounce", bounced=BOUNCE1_RCPT), "en")
def _(m):
    rcpt = BOUNCE1_RCPT
    m.head(("From", "MAILER-DAEMON@mx.bielefeld.example (Mail Delivery System)"),
           ("To", FORUM),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270730072015.3B7E21C4F0@mx.bielefeld.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mx.bielefeld.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx.correio-br.example[198.51.100.77] said: 552
    5.2.2 <{rcpt}>: Mailbox full - quota exceeded (in reply to RCPT TO
    command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx.bielefeld.example"),
         ("X-Postfix-Queue-ID", "3B7E21C4F0"),
         ("X-Postfix-Sender", f"rfc822; {FORUM}"),
         ("Arrival-Date", "Fri, 30 Jul 2027 09:20:11 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx.correio-br.example"),
         ("Diagnostic-Code", f"smtp; 552 5.2.2 <{rcpt}>: Mailbox full - quota exceeded")])
    original = tool_message(
        f"Rodrigo Alves <{rcpt}>", CONFIRMATION_SUBJECT,
        confirmation("Herr Alves", "GT2", 1),
        "Fri, 30 Jul 2027 09:20:10 +0200", "<mailbot.20270730092010.1e4b@bielefeld.example>",
        "<CAD5kQ8wN1rT4yU7iO0pA3sD6fG9hJ2kL5zX8cV1bN4mQ7wE0rTy@mail.gmail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 016 ---------------------------------------------------------------------
# Italian, informal, HTML only (Gmail markup, no text/plain part).  "Verrei con
# due amici" = 3; the group is paraphrased ("il gruppo sul lavoro e sul
# riconoscimento dei titoli di studio (quello con Anerkennung)").  Her
# university address is no organisation; she is an admin of a community group.

BELLINI_TEXT = """Ciao!

Sono Chiara, dottoranda qui a Bielefeld e una delle admin del gruppo "Italiani a Bielefeld". Ho visto l'invito girare su Facebook e mi piacerebbe un sacco partecipare 🙂
Verrei con due amici, Marco e Giulia, tutti e tre interessati al gruppo sul lavoro e sul riconoscimento dei titoli di studio (quello con Anerkennung).

Grazie mille e a presto,
Chiara Bellini"""


@mail("bellini-italian-html-only", "2027-08-02 16:45:03",
      E("registration", "chiara.bellini@uni-mail.example", "Chiara Bellini",
        "Italiani a Bielefeld", ["GT2"], 3, "it"), "it")
def _(m):
    m.head(("From", "Chiara Bellini <chiara.bellini@uni-mail.example>"),
           ("To", FORUM),
           ("Subject", "Iscrizione al forum del 25 settembre"),
           ("Date", m.date),
           ("Message-ID", "<CAMx2Rb7qT4wY9nK1pV6sL0dZ3fH8jC2eG5aU9oN4iQ7vB1tWmS@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single(gmail_html(BELLINI_TEXT), subtype="html", charset="utf-8", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Spanish (Mexico) with a one-line German summary in brackets (language es:
# Spanish carries the mail).  Full name in the self-introduction beats the
# nickname "Lupita" in the signature.  "junto con mi compañera" = 2;
# "el grupo de trabajo 1".  Thunderbird, UTF-8 QP.

@mail("hernandez-mexico-with-german-summary", "2027-08-04 10:30:40",
      E("registration", "lupita.hernandez@circulo-mexicano.example", "Guadalupe Hernández",
        "Círculo Mexicano Bielefeld", ["GT1"], 2, "es"), "es")
def _(m):
    m.head(("From", "Guadalupe Hernández <lupita.hernandez@circulo-mexicano.example>"),
           ("To", TO_FORUM_Q),
           ("Subject", "Inscripción / Anmeldung Forum lusófono e hispano"),
           ("Date", m.date),
           ("Message-ID", "<a3c9e1f7-24b8-4d6a-9f03-8e5b2c7d1a46@circulo-mexicano.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "es-MX"),
           ("MIME-Version", "1.0"))
    m.single("""Buenos días:

Mi nombre es Guadalupe Hernández y coordino el Círculo Mexicano Bielefeld.
Quisiera inscribirme junto con mi compañera Itzel Ramírez en el Forum
lusófono e hispano del 25 de septiembre. Nos interesa el grupo de trabajo 1,
lenguas de herencia y plurilingüismo: tenemos un taller de español para
niñas y niños de familias mexicanas y alemanas.

(Kurz auf Deutsch für Ihre Kolleginnen: Wir melden uns zu zweit für die AG 1 an.)

Saludos cordiales,
Lupita Hernández
Círculo Mexicano Bielefeld
""", charset="utf-8", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Change (German, Galician association): AG 1 -> AG 3; "Es bleibt bei zwei
# Personen" (no size change).  Plain-text Outlook reply quoting the
# confirmation (GT 1, 2 persons) below a line of underscores; windows-1252 QP.

@mail("vazquez-otero-change-to-ag3", "2027-08-09 14:22:10",
      E("change", "carmen.vazquez@casa-galicia-gt.example", "Carmen Vázquez Otero",
        "Casa de Galicia Gütersloh e.V.", ["GT3"], None, "de"), "de")
def _(m):
    m.head(("From", addr("Carmen Vázquez Otero", "carmen.vazquez@casa-galicia-gt.example",
                         "windows-1252")),
           ("To", TO_FORUM_Q),
           ("Subject", ew("AW: " + CONFIRMATION_SUBJECT, "windows-1252", "q")),
           ("Date", m.date),
           ("Message-ID", "<VI1PR08MB3320F4E5D6C7B8A9F0E1D2C3B4A5@VI1PR08MB3320.eurprd08.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270721174412.2f8a@bielefeld.example>"),
           ("References", "<mailbot.20270721174412.2f8a@bielefeld.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

wir hatten uns für die AG 1 angemeldet. Nach Rücksprache im Vorstand möchten wir aber lieber in die AG 3 (Vereinsarbeit und Netzwerke) wechseln – unsere Mitglieder werden älter und wir suchen dringend Nachwuchs und Kooperationspartner. Es bleibt bei zwei Personen.

Vielen Dank und freundliche Grüße
Carmen Vázquez Otero
Casa de Galicia Gütersloh e.V.

________________________________
Von: {TO_FORUM}
Gesendet: Mittwoch, 21. Juli 2027 17:44
An: Carmen Vázquez Otero <carmen.vazquez@casa-galicia-gt.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Frau Vázquez Otero", "GT1", 2)}
""", charset="windows-1252", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Brazilian Portuguese, formal; Outlook multipart/alternative windows-1252 QP.
# "duas pessoas" (both named); first choice GT 1, second GT 3; "há dez anos"
# is no count.

CARVALHO_TEXT = """Prezados(as),

Gostaríamos de inscrever duas pessoas da Associação Cultural Brasileira de Bielefeld e.V. no Forum lusófono e hispano 2027: eu, Renata Carvalho, presidente da associação, e o nosso tesoureiro, Paulo Henrique Souza.

Nossa primeira opção é o GT 1 (línguas de herança e multilinguismo), pois mantemos há dez anos um curso de português como língua de herança para crianças. Como segunda opção, indicamos o GT 3.

Atenciosamente,

Renata Carvalho
Presidente
Associação Cultural Brasileira de Bielefeld e.V.
https://acbb.example"""


@mail("carvalho-brazil-formal-outlook", "2027-08-10 09:05:31",
      E("registration", "renata.carvalho@acbb.example", "Renata Carvalho",
        "Associação Cultural Brasileira de Bielefeld e.V.", ["GT1", "GT3"], 2, "pt"), "pt")
def _(m):
    m.head(("From", "Renata Carvalho <renata.carvalho@acbb.example>"),
           ("To", TO_FORUM_Q),
           ("Subject", ew("Inscrição ACBB – Forum lusófono e hispano 2027", "windows-1252", "q")),
           ("Thread-Topic", ew("Inscrição ACBB – Forum lusófono e hispano 2027", "windows-1252", "q")),
           ("Thread-Index", "AdvZ1k3m9Qx7Lp0RtY2wE6uI8oA4sD=="),
           ("Date", m.date),
           ("Message-ID", "<CP4PR80MB5872A0B1C2D3E4F5A6B7C8D9E0F1@CP4PR80MB5872.lamprd80.prod.outlook.example>"),
           ("Accept-Language", "pt-BR, de-DE"),
           ("Content-Language", "pt-BR"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(CARVALHO_TEXT, outlook_html(CARVALHO_TEXT, lang="PT-BR"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 020 ---------------------------------------------------------------------
# Question (Spanish, Spain): interpretation into Spanish? arrive at noon?
# "les enviaremos la inscripción la semana que viene" = registers later.
# The numbered questions "1." and "2." are no workgroups.

@mail("moreno-saez-question-translation", "2027-08-12 19:48:00",
      E("question", "alejandro.moreno@asoc-andaluza.example", "Alejandro Moreno Sáez",
        "Asociación Cultural Andaluza de Bielefeld", [], None, "es"), "es")
def _(m):
    m.head(("From", "Alejandro Moreno Sáez <alejandro.moreno@asoc-andaluza.example>"),
           ("To", FORUM),
           ("Subject", "Consulta sobre el foro del 25 de septiembre"),
           ("Date", m.date),
           ("Message-ID", "<CAH1nT6qX3wZ8vK2pM5sR0bY7dL4fG9cE2aU6oN1iJ8vB3qRsPk@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Buenas tardes:

He recibido la invitación al foro a través de la Federación y tengo un par de
preguntas antes de inscribirnos:

1. ¿Los grupos de trabajo serán solo en alemán o habrá traducción al
español? Varios de nuestros socios mayores no hablan bien alemán.
2. ¿Se puede llegar a mediodía, solo para los grupos de trabajo de la tarde?

Si todo encaja, les enviaremos la inscripción la semana que viene.

Muchas gracias y un saludo,
Alejandro Moreno Sáez
Asociación Cultural Andaluza de Bielefeld
""", charset="utf-8", cte="8bit")


# -- 021 ---------------------------------------------------------------------
# A parish secretary registers the priest, who comes alone; confirmation to
# the parish office mailbox (From).  name = the attendee; "25.09." a date.

@mail("pfarrbuero-registers-pfarrer", "2027-08-16 10:12:45",
      E("registration", "pfarrbuero@pkg-bielefeld.example", "Manuel Sousa",
        "Portugiesische Katholische Gemeinde Bielefeld", ["GT3"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Pfarrbüro Portugiesische Gemeinde", "pfarrbuero@pkg-bielefeld.example",
                         "iso-8859-1")),
           ("To", FORUM),
           ("Subject", "Anmeldung Pfarrer Sousa zum Forum"),
           ("Date", m.date),
           ("Message-ID", "<001201dbe8a4$3f9c2d70$bfd48850$@pkg-bielefeld.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Menezes-Wittkamp,

im Auftrag unseres Pfarrers Manuel Sousa melde ich ihn für das Forum
lusófono e hispano am 25.09. an. Er kommt allein und möchte gerne an der
Arbeitsgruppe 3 teilnehmen, da viele portugiesische Vereine in OWL über
unsere Gemeinde miteinander verbunden sind.

Die Bestätigung können Sie gern an dieses Postfach schicken, ich leite sie
an ihn weiter.

Mit freundlichen Grüßen
Sandra Lopes
Pfarrsekretärin
Portugiesische Katholische Gemeinde Bielefeld
""", charset="iso-8859-1", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# Romanian, formal, with the older cedilla letters ş/ţ (iso-8859-2 QP,
# Thunderbird).  The text has the genitive "Asociaţiei ...", the signature the
# base form.  "împreună cu soţul meu" = 2; "grupul de lucru nr. 2".

@mail("dumitrescu-romanian-iso-8859-2", "2027-08-18 20:30:09",
      E("registration", "elena.dumitrescu@apr-bielefeld.example", "Elena Dumitrescu",
        "Asociaţia Profesioniştilor Români din Bielefeld", ["GT2"], 2, "ro"), "ro")
def _(m):
    m.head(("From", "Elena Dumitrescu <elena.dumitrescu@apr-bielefeld.example>"),
           ("To", FORUM),
           ("Subject", ew("Înscriere Forum lusófono e hispano", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<8b2f6d14-3a9e-4c07-b5e1-f0c9a8d7e6b5@apr-bielefeld.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "ro"),
           ("MIME-Version", "1.0"))
    m.single("""Stimată doamnă Menezes-Wittkamp,

Vă scriu în numele Asociaţiei Profesioniştilor Români din Bielefeld. Aş dori
să mă înscriu la Forum lusófono e hispano din 25 septembrie 2027, împreună cu
soţul meu.
Suntem interesaţi de grupul de lucru nr. 2 (recunoaşterea diplomelor, muncă
şi integrare), deoarece mulţi dintre membrii noştri sunt medici şi asistente
care aşteaptă recunoaşterea calificărilor.

Cu stimă,
Elena Dumitrescu
Asociaţia Profesioniştilor Români din Bielefeld
""", charset="iso-8859-2", cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# Automatic receipt (Spanish and German) from a federation's office mailbox,
# with Auto-Submitted and Precedence; it answers an information mail of the
# organiser, not a registration.

@mail("federacion-acuse-de-recibo", "2027-08-19 08:00:03",
      E("auto_reply"), "es")
def _(m):
    m.head(("From", addr("Secretaría Federación Hispana NRW", "secretaria@fach-nrw.example",
                         "iso-8859-1")),
           ("To", TO_FORUM_Q),
           ("Subject", ew("Acuse de recibo / Eingangsbestätigung: Forum lusófono e hispano – Plakate",
                          "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<ack.1787119203.5521@fach-nrw.example>"),
           ("In-Reply-To", "<info-forum-2027.20270819075958@bielefeld.example>"),
           ("References", "<info-forum-2027.20270819075958@bielefeld.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("Precedence", "auto_reply"),
           ("MIME-Version", "1.0"))
    m.single("""Estimado/a remitente:

Hemos recibido su correo. La secretaría de la Federación está abierta los
martes y jueves de 16:00 a 19:00; le responderemos lo antes posible.

Sehr geehrte Damen und Herren,

wir haben Ihre Nachricht erhalten. Das Büro der Föderation ist dienstags und
donnerstags von 16 bis 19 Uhr besetzt; wir antworten so bald wie möglich.

Este mensaje se ha generado automáticamente. / Diese Nachricht wurde
automatisch erstellt.
""", charset="utf-8", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Brazilian Portuguese: a collective's coordinator forwards a volunteer's
# registration (Gmail pt-BR "Mensagem encaminhada") and asks to confirm to the
# volunteer's own address.  Registration = the volunteer's: "GT 1", "Vou
# sozinha"; "25/09" in her subject is a date.

@mail("mendes-forwards-volunteer", "2027-08-23 12:40:55",
      E("registration", "juliana.freitas@mail.example", "Juliana Freitas",
        "Coletivo Vozes do Brasil OWL", ["GT1"], 1, "pt"), "pt")
def _(m):
    m.head(("From", "Luciana Mendes <luciana.mendes@vozes-do-brasil.example>"),
           ("To", FORUM),
           ("Subject", "Fwd: Forum dia 25/09"),
           ("Date", m.date),
           ("Message-ID", "<CAK0pW5sT8nV2mR7bX4zQ1yE9dL6fH3cG0aU5oN8iM2vB7qTxRf@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Olá, equipe do Forum!

Encaminho abaixo a inscrição da nossa voluntária Juliana Freitas, que não tinha o endereço de vocês. Por favor, enviem a confirmação diretamente para ela (juliana.freitas@mail.example).

Abraços,
Luciana Mendes
Coletivo Vozes do Brasil OWL

---------- Mensagem encaminhada ---------
De: Juliana Freitas <juliana.freitas@mail.example>
Date: dom., 22 de ago. de 2027 às 21:03
Subject: Forum dia 25/09
To: Luciana Mendes <luciana.mendes@vozes-do-brasil.example>


Oi Lu!

Você pode me inscrever no forum de setembro? Quero muito ir no grupo das línguas de herança (GT 1), por causa do meu trabalho no Português para Crianças. Vou sozinha.

Obrigada!!
Juliana Freitas"""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 025 ---------------------------------------------------------------------
# Change (Spanish, Colombian association), party size only: "al final vamos
# a ser tres" (2 -> 3), "Seguimos en el mismo grupo" = no new choice.  Gmail
# from a phone, Spanish attribution line, quoted confirmation (GT 2, 2).

@mail("gaviria-change-party-size-three", "2027-08-25 07:58:20",
      E("change", "andresf.gaviria@mail.example", "Andrés Gaviria",
        "Asociación Cultural Colombo-Alemana Paderborn", [], 3, "es"), "es")
def _(m):
    m.head(("From", "Andrés Gaviria <andresf.gaviria@mail.example>"),
           ("To", TO_FORUM_Q),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAB7rQ2wM5tX9nK3pY0sV8bL1dZ6fJ4cH7aU2oN5iR9vG3qWnEc@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270802181402.5a1c@bielefeld.example>"),
           ("References", "<mailbot.20270802181402.5a1c@bielefeld.example>"),
           ("MIME-Version", "1.0"))
    text = f"""Buenos dias,

al final vamos a ser tres, se nos une mi cuñada que esta de visita desde Medellín. Seguimos en el mismo grupo. Muchas gracias!!

Andrés Gaviria
Asociación Cultural Colombo-Alemana Paderborn

El lun, 2 ago 2027 a las 18:14, Forum lusófono e hispano (<{FORUM}>) escribió:

{gt_quote(confirmation("Herr Gaviria", "GT2", 2))}"""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 026 ---------------------------------------------------------------------
# Italian, formal ("Spett.le", "il sottoscritto"); three persons named
# ("Parteciperemo in tre"); Roman numeral "gruppo di lavoro III".  Outlook
# multipart/alternative windows-1252 QP.

SANNA_TEXT = """Spett.le Kommunales Integrationszentrum,

a nome del Circolo Sardo "Sa Domo" Bielefeld comunico la nostra adesione al Forum lusófono e hispano del 25 settembre.
Parteciperemo in tre: il sottoscritto, il presidente Salvatore Pinna e la socia Maria Grazia Loi.
Saremmo interessati al gruppo di lavoro III (lavoro associativo e reti).

Distinti saluti

Antonello Sanna
Segretario
Circolo Sardo "Sa Domo" Bielefeld"""


@mail("sanna-circolo-sardo-roman-three", "2027-08-26 11:11:11",
      E("registration", "antonello.sanna@sadomo-bielefeld.example", "Antonello Sanna",
        'Circolo Sardo "Sa Domo" Bielefeld', ["GT3"], 3, "it"), "it")
def _(m):
    m.head(("From", "Antonello Sanna <antonello.sanna@sadomo-bielefeld.example>"),
           ("To", TO_FORUM_Q),
           ("Subject", "Adesione Forum 25 settembre - Circolo Sardo"),
           ("Thread-Topic", "Adesione Forum 25 settembre - Circolo Sardo"),
           ("Thread-Index", "AdvebL3n7Kp0xQ2mR4tY6wE8uI0oA2sF=="),
           ("Date", m.date),
           ("Message-ID", "<PR3P191MB1208B2C3D4E5F6A7B8C9D0E1F2A3@PR3P191MB1208.EURP191.PROD.OUTLOOK.example>"),
           ("Accept-Language", "it-IT"),
           ("Content-Language", "it-IT"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(SANNA_TEXT, outlook_html(SANNA_TEXT, lang="IT"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 027 ---------------------------------------------------------------------
# German all in lower case and without umlauts (ae/oe/ue), from a Chilean
# woman on her phone; "wir sind 2", "ag2" without a space; "25.9." a date.
# Name and organisation stay lower case as written.

@mail("fuentes-lowercase-no-umlauts", "2027-08-30 22:03:17",
      E("registration", "cami.fuentes@mail.example", "camila fuentes",
        "chile unido e.v.", ["GT2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Camila Fuentes <cami.fuentes@mail.example>"),
           ("To", FORUM),
           ("Subject", "anmeldung forum"),
           ("Date", m.date),
           ("Message-ID", "<CAE9tW4pS1nX6vM0kR8bQ3yL5dZ2fH7cJ9aU4oN6iT0vB8qPmYd@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""hallo,

ich wollte mich und meine freundin fuer das forum am 25.9. anmelden. wir sind 2 und moechten gern in die ag2.
wir kommen beide vom verein chile unido e.v.

lg camila fuentes
""", charset="utf-8", cte="7bit")


# -- 028 ---------------------------------------------------------------------
# Question (Italian): may an Italian association join a "lusófono e hispano"
# forum, and in which language are the groups?  "vi mando volentieri
# l'iscrizione per due persone" = registration later.

@mail("moretti-italian-question", "2027-09-01 09:30:44",
      E("question", "francesca.moretti@mail.example", "Francesca Moretti",
        'Associazione Genitori "Piccoli Ponti" Herford', [], None, "it"), "it")
def _(m):
    m.head(("From", "Francesca Moretti <francesca.moretti@mail.example>"),
           ("To", FORUM),
           ("Subject", "Domanda sul Forum del 25 settembre"),
           ("Date", m.date),
           ("Message-ID", "<1788247844.601233.4471@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Buongiorno,

sono la presidente dell'associazione genitori "Piccoli Ponti" di Herford e ho
ricevuto l'invito tramite la nostra parrocchia. Il forum si chiama "lusófono
e hispano": possiamo partecipare anche noi come associazione italiana, o è
pensato solo per portoghesi e spagnoli? E le discussioni nei gruppi di lavoro
saranno in tedesco?

Se possiamo venire, vi mando volentieri l'iscrizione per due persone.

Cordiali saluti
Francesca Moretti
Associazione Genitori "Piccoli Ponti" Herford
""", charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# The same mail twice: German first, then Portuguese (language = the first
# version, de).  "zu fünft" / "somos cinco" = 5; "AG 1" / "GT 1".  The group
# is named only in the signature.  UTF-8 QP, Gmail alternative.

MARTINS_TEXT = """[Português em baixo]

Hallo zusammen,

wir sind eine Gruppe junger Lusodescendentes aus Bielefeld und Umgebung – also Kinder und Enkel portugiesischer Einwanderer. Wir möchten uns zu fünft für das Forum anmelden und würden gern in der AG 1 mitdiskutieren, am liebsten über Portugiesischunterricht an Schulen.

---

Olá a todos,

somos um grupo de jovens lusodescendentes de Bielefeld e arredores. Gostaríamos de nos inscrever no Forum, somos cinco, e de participar no GT 1, de preferência sobre o ensino do português nas escolas.

Liebe Grüße / Um abraço
Diogo Martins
Jovens Lusodescendentes Bielefeld"""


@mail("martins-german-and-portuguese", "2027-09-02 18:20:36",
      E("registration", "diogo.martins@jovens-luso.example", "Diogo Martins",
        "Jovens Lusodescendentes Bielefeld", ["GT1"], 5, "de"), "de")
def _(m):
    m.head(("From", "Diogo Martins <diogo.martins@jovens-luso.example>"),
           ("To", FORUM),
           ("Subject", ew("Anmeldung / Inscrição Jovens Lusodescendentes", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAN6vX1qR4tW8mK2pZ7sL0bY3dF5hG9cJ1aU7oN3iP6vB2qTzKe@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(MARTINS_TEXT, gmail_html(MARTINS_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 030 ---------------------------------------------------------------------
# Change (Brazilian Portuguese): GT 3 -> GT 2, "Continuamos sendo duas
# pessoas".  Outlook multipart/alternative with the Portuguese header block
# (De:/Enviado:/Para:/Assunto:) over the quoted confirmation (GT 3, 2).

SILVA_TEXT = """Olá,

gostaríamos de mudar a nossa inscrição do GT 3 para o GT 2 (reconhecimento, trabalho e integração em OWL). Continuamos sendo duas pessoas.

Obrigada!
Fernanda Silva
Rede de Mulheres Brasileiras em OWL"""


@mail("silva-change-gt3-to-gt2-outlook-pt", "2027-09-03 14:48:02",
      E("change", "fernanda.silva@brasileiras-owl.example", "Fernanda Silva",
        "Rede de Mulheres Brasileiras em OWL", ["GT2"], None, "pt"), "pt")
def _(m):
    m.head(("From", '"Silva, Fernanda" <fernanda.silva@brasileiras-owl.example>'),
           ("To", TO_FORUM_Q),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHb6k2n0Rt7yQ4mV9sX1pL3bZ8wE5dGkQ=="),
           ("Date", m.date),
           ("Message-ID", "<CP6PR80MB4481C3D4E5F6A7B8C9D0E1F2A3B4@CP6PR80MB4481.lamprd80.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270810163112.9d4e@bielefeld.example>"),
           ("References", "<mailbot.20270810163112.9d4e@bielefeld.example>"),
           ("Accept-Language", "pt-BR, de-DE"),
           ("Content-Language", "pt-BR"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_FORUM, "terça-feira, 10 de agosto de 2027 16:31",
             "Silva, Fernanda <fernanda.silva@brasileiras-owl.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Silva", "GT3", 2))
    m.alternative(outlook_plain(SILVA_TEXT, quote, "pt"),
                  outlook_html(SILVA_TEXT, quote, "pt", lang="PT-BR"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 031 ---------------------------------------------------------------------
# Spanish (Venezuela): registration plus a question about lunch (still a
# registration).  Display name is a nickname ("Mariale"), the signature gives
# the full name.  "Me anoto en el grupo 3"; "Voy yo sola" = 1.  Yahoo,
# multipart/alternative, UTF-8 QP.

GONZALEZ_TEXT = """Hola, buenas noches:

Quiero inscribirme en el Foro del 25 de septiembre. Me anoto en el grupo 3 (trabajo asociativo y redes), porque estamos armando la Asociación Venezolanos en Bielefeld y necesitamos aprender cómo funciona eso del e.V. 😅 Voy yo sola.

Una pregunta: ¿el almuerzo está incluido o hay que llevar algo? Soy vegetariana.

Mil gracias,
María Alejandra González
Asociación Venezolanos en Bielefeld"""


@mail("gonzalez-venezuela-registration-plus-question", "2027-09-06 20:15:00",
      E("registration", "mariale.gonzalez@mail.example", "María Alejandra González",
        "Asociación Venezolanos en Bielefeld", ["GT3"], 1, "es"), "es")
def _(m):
    m.head(("From", "Mariale <mariale.gonzalez@mail.example>"),
           ("To", f"<{FORUM}>"),
           ("Subject", ew("Inscripción al Foro + una pregunta", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<1457823104.2211093.1788718500112@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.22645 YMailNorrin"),
           ("MIME-Version", "1.0"))
    html_text = ('<html><head></head><body><div class="ydp4f1a2b3cyahoo-style-wrap" '
                 'style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
                 + "".join(f"<div dir=\"ltr\">{esc(line) if line else '<br>'}</div>"
                           for line in GONZALEZ_TEXT.split("\n"))
                 + "</div></body></html>\n")
    m.alternative(GONZALEZ_TEXT, html_text, charset="utf-8", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Cancellation (Italian), Gmail reply with the Italian attribution line,
# quoting the confirmation (GT 2, 1).  No organisation in the mail.

@mail("ferraro-italian-cancellation", "2027-09-07 12:30:20",
      E("cancellation", "roberto.ferraro@mail.example", "Roberto Ferraro",
        None, [], None, "it"), "it")
def _(m):
    m.head(("From", "Roberto Ferraro <roberto.ferraro@mail.example>"),
           ("To", TO_FORUM_Q),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAG4sR9tN2wX5vK8pM1bQ6yZ3dL0fH7cJ4aU9oN2iW5vB1qRkTf@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270722100204.3b7f@bielefeld.example>"),
           ("References", "<mailbot.20270722100204.3b7f@bielefeld.example>"),
           ("MIME-Version", "1.0"))
    text = f"""Buongiorno,

purtroppo devo annullare la mia iscrizione al forum del 25 settembre: proprio quel fine settimana devo tornare in Calabria per motivi familiari. Mi dispiace molto.

Cordiali saluti
Roberto Ferraro

Il giorno gio 22 lug 2027 alle ore 10:02 Forum lusófono e hispano <{FORUM}> ha scritto:

{gt_quote(confirmation("Herr Ferraro", "GT2", 1))}"""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 033 ---------------------------------------------------------------------
# German registration without a workgroup choice ("spontan vor Ort
# entscheiden", "alle drei Themen" is no choice); "meine Stellvertreterin ...
# und mich" = 2.  New Outlook, HTML only, UTF-8 QP; display name with "Dr.".

KRAEMER_TEXT = """Sehr geehrte Frau Menezes-Wittkamp,

für die Deutsch-Rumänische Gesellschaft Bielefeld e.V. melde ich meine Stellvertreterin Frau Ana-Maria Radu und mich zum Forum am 25. September an.
In welche Arbeitsgruppe wir gehen, möchten wir gern spontan vor Ort entscheiden – uns interessieren alle drei Themen.

Mit freundlichen Grüßen
Hartmut Krämer
Vorsitzender
Deutsch-Rumänische Gesellschaft Bielefeld e.V."""


@mail("kraemer-no-workgroup-new-outlook", "2027-09-08 16:02:51",
      E("registration", "h.kraemer@drg-bielefeld.example", "Hartmut Krämer",
        "Deutsch-Rumänische Gesellschaft Bielefeld e.V.", [], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Dr. Hartmut Krämer", "h.kraemer@drg-bielefeld.example", "utf-8", "b")),
           ("To", TO_FORUM_Q),
           ("Subject", "Anmeldung DRG Bielefeld"),
           ("Thread-Topic", "Anmeldung DRG Bielefeld"),
           ("Thread-Index", "AQHb8n1qL4tZ7wR0mK3sV6pX9bY2eD5fHg=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR04MB8756D4E5F6A7B8C9D0E1F2A3B4C5@AS8PR04MB8756.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(new_outlook_html(KRAEMER_TEXT), subtype="html", charset="utf-8",
             cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Newsletter of a Portuguese association (other): a fado evening with its own
# "Inscrições / Anmeldung", bulk headers, Portuguese and German.

FADO_TEXT = """Casa de Portugal Herford – Boletim setembro 2027 / Newsletter September 2027

NOITE DE FADO – Sábado, 2 de outubro de 2027, 19h30
Com a fadista Inês Vaz e o guitarrista Rui Pacheco. Jantar tradicional a partir das 18h00.
Inscrições até 28 de setembro: eventos@casadeportugal-herford.example

FADO-ABEND – Samstag, 2. Oktober 2027, 19:30 Uhr
Mit der Fadista Inês Vaz und dem Gitarristen Rui Pacheco. Traditionelles Abendessen ab 18:00 Uhr.
Anmeldung bis 28. September: eventos@casadeportugal-herford.example

Também estaremos presentes no Forum lusófono e hispano em Bielefeld, no dia 25 de setembro – visitem a nossa mesa!
Wir sind auch beim Forum lusófono e hispano am 25. September in Bielefeld – besuchen Sie unseren Tisch!

Para deixar de receber este boletim / Abmelden: https://casadeportugal-herford.example/boletim/sair?id=5520"""

FADO_HTML = """<!DOCTYPE html>
<html lang="pt"><head><meta charset="utf-8"><title>Boletim setembro 2027</title></head>
<body style="margin:0;background:#f4efe6;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;font-size:15px;color:#2b2b2b;">
<tr><td style="background:#7a1f1f;color:#fff;"><h1 style="margin:0;font-size:22px;">Casa de Portugal Herford</h1><p style="margin:4px 0 0;">Boletim setembro 2027 / Newsletter September 2027</p></td></tr>
<tr><td>
<h2 style="font-size:18px;color:#7a1f1f;">NOITE DE FADO – Sábado, 2 de outubro de 2027, 19h30</h2>
<p>Com a fadista Inês Vaz e o guitarrista Rui Pacheco. Jantar tradicional a partir das 18h00.<br>Inscrições até 28 de setembro: <a href="mailto:eventos@casadeportugal-herford.example">eventos@casadeportugal-herford.example</a></p>
<h2 style="font-size:18px;color:#7a1f1f;">FADO-ABEND – Samstag, 2. Oktober 2027, 19:30 Uhr</h2>
<p>Mit der Fadista Inês Vaz und dem Gitarristen Rui Pacheco. Traditionelles Abendessen ab 18:00 Uhr.<br>Anmeldung bis 28. September: <a href="mailto:eventos@casadeportugal-herford.example">eventos@casadeportugal-herford.example</a></p>
<p>Também estaremos presentes no Forum lusófono e hispano em Bielefeld, no dia 25 de setembro – visitem a nossa mesa!<br>
Wir sind auch beim Forum lusófono e hispano am 25. September in Bielefeld – besuchen Sie unseren Tisch!</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;"><a href="https://casadeportugal-herford.example/boletim/sair?id=5520">Para deixar de receber este boletim / Abmelden</a></td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("casa-de-portugal-fado-newsletter", "2027-09-09 10:00:00",
      E("other"), "pt")
def _(m):
    m.head(("From", "Casa de Portugal Herford <boletim@casadeportugal-herford.example>"),
           ("To", FORUM),
           ("Subject", ew("Noite de Fado / Fado-Abend – 2 de outubro | Boletim setembro", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<boletim-2027-09.5520.7e1c@casadeportugal-herford.example>"),
           ("List-Id", "Boletim Casa de Portugal <boletim.casadeportugal-herford.example>"),
           ("List-Unsubscribe", "<https://casadeportugal-herford.example/boletim/sair?id=5520>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(FADO_TEXT, FADO_HTML, charset="utf-8", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Cancellation (Romanian, one German sentence added; language ro).  Gmail
# with the Romanian attribution line; quoted confirmation (GT 3, 3).

@mail("marinescu-romanian-cancellation", "2027-09-10 08:40:31",
      E("cancellation", "cristina.marinescu@mail.example", "Cristina Marinescu",
        "Parohia Ortodoxă Română „Sf. Parascheva” Bielefeld", [], None, "ro"), "ro")
def _(m):
    m.head(("From", "Cristina Marinescu <cristina.marinescu@mail.example>"),
           ("To", TO_FORUM_Q),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAP2tX8qW5nR1vM4kY9bS6zL3dF0hJ7cG2aU8oN4iV1vB5qXrUg@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270804191202.6e2a@bielefeld.example>"),
           ("References", "<mailbot.20270804191202.6e2a@bielefeld.example>"),
           ("MIME-Version", "1.0"))
    text = f"""Bună ziua,

Din păcate trebuie să anulez participarea noastră la forum, pentru că în aceeași zi avem hramul bisericii și suntem toți implicați în organizare. Vă rog să ne ștergeți de pe listă.

Leider müssen wir absagen – am selben Tag haben wir unser Kirchenfest. Entschuldigung!

Cu drag,
Cristina Marinescu
Parohia Ortodoxă Română „Sf. Parascheva” Bielefeld

În mie., 4 aug. 2027 la 19:12, Forum lusófono e hispano <{FORUM}> a scris:

{gt_quote(confirmation("Frau Marinescu", "GT3", 3))}"""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="base64", style="gmail")


# -- 036 ---------------------------------------------------------------------
# Spanish carrying German association words ("la Anmeldung de nuestro
# Verein", "la AG 2", "la Anerkennung"; language es).  "Seremos cuatro
# compañeras en total" = 4; first AG 2, else AG 1.  A PDF flyer attached.

CHAVEZ_TEXT = """Estimadas y estimados del Kommunales Integrationszentrum:

Les escribo para la Anmeldung de nuestro Verein, la Red de Mujeres Latinoamericanas OWL e.V., al Forum lusófono e hispano. Seremos cuatro compañeras en total. Como primera opción nos gustaría la AG 2, porque muchas de nosotras tenemos problemas con la Anerkennung de nuestros títulos; si ya no hay lugar, la AG 1.

Les adjunto nuestro folleto por si quieren ponerlo en la mesa de información.

Saludos cordiales,
Rosa Elena Chávez
Vorstand - Red de Mujeres Latinoamericanas OWL e.V."""


@mail("chavez-spanish-with-german-words-pdf", "2027-09-13 21:33:49",
      E("registration", "rosaelena.chavez@redmujeres-owl.example", "Rosa Elena Chávez",
        "Red de Mujeres Latinoamericanas OWL e.V.", ["GT2", "GT1"], 4, "es"), "es")
def _(m):
    m.head(("From", addr("Rosa Elena Chávez", "rosaelena.chavez@redmujeres-owl.example",
                         "iso-8859-1", "b")),
           ("To", FORUM),
           ("Subject", "Anmeldung Red de Mujeres Latinoamericanas OWL"),
           ("Date", m.date),
           ("Message-ID", "<trinity-7c2e9b41-0f6d-4a83-b9e2-5d1c8a7f3e60-1789328029771@3c-app-gmx-bs58>"),
           ("MIME-Version", "1.0"))
    text = m.text(CHAVEZ_TEXT, charset="iso-8859-1", cte="quoted-printable")
    pdf = m.binary(make_pdf(["Red de Mujeres Latinoamericanas OWL e.V.",
                             "Encuentros cada primer sabado del mes",
                             "Asesoria - Cultura - Comunidad",
                             "info@redmujeres-owl.example"]),
                   "application", "pdf", "Folleto_RedMujeres_OWL.pdf")
    m.multi("mixed", [text, pdf])


# -- 037 ---------------------------------------------------------------------
# Change (Italian, iPhone): "possiamo passare al gruppo 1?" and "saremo in
# due" (3 -> 2).  Bottom quote with the iOS Italian attribution, confirmation
# (GT 2, 3).  Signed "Luca": the display name is the full name.

@mail("romano-change-gruppo-1-in-due", "2027-09-14 09:14:22",
      E("change", "luca.romano@mail.example", "Luca Romano", None, ["GT1"], 2, "it"), "it")
def _(m):
    m.head(("From", "Luca Romano <luca.romano@mail.example>"),
           ("Mime-Version", "1.0 (1.0)"),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Message-Id", "<E3A9C1F7-6B2D-4E08-9A54-1F0D7C3B8E26@mail.example>"),
           ("In-Reply-To", "<mailbot.20270819112602.8c3d@bielefeld.example>"),
           ("References", "<mailbot.20270819112602.8c3d@bielefeld.example>"),
           ("Date", m.date),
           ("To", TO_FORUM_Q),
           ("X-Mailer", "iPhone Mail (22G86)"))
    m.single(f"""Ciao,

possiamo passare al gruppo 1? Alla fine uno dei miei colleghi non viene, quindi saremo in due.

Grazie!
Luca

Inviato da iPhone

> Il giorno 19 ago 2027, alle ore 11:26, Forum lusófono e hispano <{FORUM}> ha scritto:
>
{gt_quote(confirmation("Herr Romano", "GT2", 3))}
""", charset="utf-8", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# German, the day before the deadline, from a work account: group by the
# alias "Mehrsprachigkeit"; "Ich komme allein".  The association is in her
# own sign-off; below it the employer's signature (Dr. med., hospital) and a
# confidentiality disclaimer, which name no organisation of hers.  Outlook
# multipart/alternative windows-1252 QP.

CONTI_TEXT = """Liebes Team des Kommunalen Integrationszentrums,

kurz vor Fristende noch meine Anmeldung: Ich komme für unseren Kulturverein und möchte gern in die Arbeitsgruppe Mehrsprachigkeit. Ich komme allein.

Viele Grüße
Serena Conti-Hölscher
Deutsch-Italienischer Kulturverein „Ponte“ Bielefeld e.V.

--
Dr. med. Serena Conti-Hölscher
Oberärztin, Klinik für Kinder- und Jugendmedizin
Klinikum Ostwestfalen gGmbH
Teutoburger Straße 50 · 33604 Bielefeld

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet."""


@mail("conti-hoelscher-alias-employer-disclaimer", "2027-09-16 12:30:05",
      E("registration", "serena.conti-hoelscher@klinikum-owl.example", "Serena Conti-Hölscher",
        "Deutsch-Italienischer Kulturverein „Ponte“ Bielefeld e.V.", ["GT1"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Conti-Hölscher, Serena Dr.", "serena.conti-hoelscher@klinikum-owl.example",
                         "iso-8859-1")),
           ("To", TO_FORUM_Q),
           ("Subject", "Anmeldung Forum 25.09."),
           ("Thread-Topic", "Anmeldung Forum 25.09."),
           ("Thread-Index", "AdvoM2q5Rt8wY1nK4pV7sL0bZ3fH6jC9eQ=="),
           ("Date", m.date),
           ("Message-ID", "<5e8b1d2c7f0a4936@EXCH02.klinikum-owl.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(CONTI_TEXT, outlook_html(CONTI_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 039 ---------------------------------------------------------------------
# Exchange non-delivery report in German for the 7-day reminder (GT 3, 2):
# multipart/report, CRLF line ends, the recipient written in mixed case in
# the text and Original-Recipient.

NDR_RCPT = "R.Oliveira@Lusitania-Herford.example"
NDR_DIAG = "5.1.1 RESOLVER.ADR.RecipNotFound; not found"

NDR_TEXT = f"""Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.

Betreff: {REMINDER_SUBJECT}
Gesendet: 18.09.2027 10:00

Die Nachricht hat folgende Empfänger nicht erreicht:

{NDR_RCPT} am 18.09.2027 10:00
     Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie erneut, die Nachricht zu senden. Wenn der Fehler weiterhin auftritt, wenden Sie sich an Ihren Helpdesk.
     <mx.lusitania-herford.example #{NDR_DIAG}>

Diagnoseinformationen für Administratoren:

Generierender Server: EXCH01.bielefeld.example"""

NDR_HTML = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>DSN</title>
</head>
<body>
<p><b><font color="#000066" size="3" face="Arial">Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.</font></b></p>
<table cellspacing="0" cellpadding="0" border="0">
<tr><td><font size="2" face="Tahoma">Betreff:</font></td><td><font size="2" face="Tahoma">{REMINDER_SUBJECT}</font></td></tr>
<tr><td><font size="2" face="Tahoma">Gesendet:</font></td><td><font size="2" face="Tahoma">18.09.2027 10:00</font></td></tr>
</table>
<p><font size="2" face="Tahoma">Die Nachricht hat folgende Empfänger nicht erreicht:</font></p>
<p><font size="2" face="Tahoma"><a href="mailto:{NDR_RCPT}">{NDR_RCPT}</a> am 18.09.2027 10:00</font></p>
<blockquote><font size="2" face="Tahoma">Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie erneut, die Nachricht zu senden. Wenn der Fehler weiterhin auftritt, wenden Sie sich an Ihren Helpdesk.<br>
&lt;mx.lusitania-herford.example #{esc(NDR_DIAG)}&gt;</font></blockquote>
<p><font size="2" face="Tahoma">Diagnoseinformationen für Administratoren:</font></p>
<p><font size="2" face="Tahoma">Generierender Server: EXCH01.bielefeld.example</font></p>
</body>
</html>
"""


@mail("exchange-ndr-reminder-german", "2027-09-18 10:00:44",
      E("bounce", bounced=NDR_RCPT.lower()), "de")
def _(m):
    m.head(("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@bielefeld.example>"),
           ("To", TO_FORUM_Q),
           ("Subject", "Unzustellbar: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<9a4c2e71-3b8d-4f05-a6c9-e1d0f2b3c4a5@EXCH01.bielefeld.example>"),
           ("In-Reply-To", "<mailbot.20270918100002.4f1b@bielefeld.example>"),
           ("References", "<mailbot.20270918100002.4f1b@bielefeld.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("MIME-Version", "1.0"),
           envelope="", received=False, crlf=True)
    notice = m.alternative(NDR_TEXT, NDR_HTML, charset="utf-8", cte="base64", top=False)
    dsn = dsn_part(
        [("Reporting-MTA", "dns;EXCH01.bielefeld.example"),
         ("Received-From-MTA", "dns;EXCH01.bielefeld.example"),
         ("Arrival-Date", "Sat, 18 Sep 2027 08:00:02 +0000")],
        [("Original-Recipient", f"rfc822;{NDR_RCPT}"),
         ("Final-Recipient", f"rfc822;{NDR_RCPT.lower()}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns;mx.lusitania-herford.example"),
         ("Diagnostic-Code", f"smtp;550 5.1.1 <{NDR_RCPT.lower()}>:\n Recipient address rejected: "
                             "User unknown in virtual mailbox table")])
    original = tool_message(
        f"Rui Oliveira <{NDR_RCPT}>", REMINDER_SUBJECT, reminder("Herr Oliveira", "GT3", 2),
        "Sat, 18 Sep 2027 10:00:02 +0200", "<mailbot.20270918100002.4f1b@bielefeld.example>")
    m.multi("report", [notice, dsn, rfc822_part(original, "Erinnerung")],
            style="outlook", params={"report-type": "delivery-status"})


# -- 040 ---------------------------------------------------------------------
# Question (Portuguese, Portugal) after the deadline: is a late registration
# still possible?  "Se sim, ... eu envio logo a inscrição" = registers later.
# "duas pessoas" is the planned number, no registration.

@mail("pereira-question-after-deadline", "2027-09-18 15:22:10",
      E("question", "joaquim.pereira@rancho-herford.example", "Joaquim Pereira",
        'Rancho Folclórico "Os Minhotos" de Herford', [], None, "pt"), "pt")
def _(m):
    m.head(("From", "Joaquim Pereira <joaquim.pereira@rancho-herford.example>"),
           ("To", FORUM),
           ("Subject", ew("Inscrição fora do prazo?", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270918152210.GA18842@rancho-herford.example>"),
           ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Boa tarde,

Só hoje vi o convite para o Forum, cujo prazo de inscrição infelizmente já
terminou. Ainda será possível inscrever duas pessoas do nosso rancho?
Se sim, diga-me por favor o que precisa de saber e eu envio logo a inscrição.

Obrigado e cumprimentos,
Joaquim Pereira
Rancho Folclórico "Os Minhotos" de Herford
""", charset="iso-8859-1", cte="8bit")


# -- 041 ---------------------------------------------------------------------
# Cancellation (German) in plain-text Outlook style ("-----Ursprüngliche
# Nachricht-----"), quoting the confirmation (GT 3, 2).  "am Samstag" is the
# event day.

@mail("wiesmann-cardoso-cancellation-outlook", "2027-09-20 11:05:13",
      E("cancellation", "p.wiesmann-cardoso@dpf-bielefeld.example", "Petra Wiesmann-Cardoso",
        "Deutsch-Portugiesischer Freundeskreis Bielefeld e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", '"Wiesmann-Cardoso, Petra" <p.wiesmann-cardoso@dpf-bielefeld.example>'),
           ("To", TO_FORUM_Q),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<000f01dc2a1b$6c4e8d20$44dba760$@dpf-bielefeld.example>"),
           ("In-Reply-To", "<mailbot.20270721094702.1a9c@bielefeld.example>"),
           ("References", "<mailbot.20270721094702.1a9c@bielefeld.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebes Team,

leider müssen wir unsere Anmeldung zum Forum am Samstag zurückziehen. Unser Kassenwart und ich sind beide krank geworden, und andere aus dem Verein können so kurzfristig nicht einspringen. Bitte geben Sie die Plätze gern an andere weiter.

Herzliche Grüße und viel Erfolg für die Veranstaltung
Petra Wiesmann-Cardoso
Deutsch-Portugiesischer Freundeskreis Bielefeld e.V.

-----Ursprüngliche Nachricht-----
Von: {TO_FORUM}
Gesendet: Mittwoch, 21. Juli 2027 09:47
An: Wiesmann-Cardoso, Petra <p.wiesmann-cardoso@dpf-bielefeld.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Frau Wiesmann-Cardoso", "GT3", 2)}
""", charset="windows-1252", cte="quoted-printable")


# -- 042 ---------------------------------------------------------------------
# Late registration (after the 17 Sep deadline) in Spanish (Bolivia) from a
# phone, accents missing; "El grupo nos da igual, donde haya lugar" = no
# choice; "con mi hija" = 2; "sabado 25" a date.

@mail("condori-late-no-group-phone", "2027-09-20 22:41:09",
      E("registration", "wilma.condori@mail.example", "Wilma Condori",
        "Comunidad Boliviana de Bielefeld", [], 2, "es"), "es")
def _(m):
    m.head(("From", "Wilma Condori <wilma.condori@mail.example>"),
           ("To", FORUM),
           ("Subject", "inscripcion"),
           ("Date", m.date),
           ("Message-ID", "<q9z4k1.1789936869.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Buenas noches, disculpen que escriba tan tarde, recien me entere del foro por una amiga. Quisiera inscribirme con mi hija para el sabado 25. El grupo nos da igual, donde haya lugar. Somos de la Comunidad Boliviana de Bielefeld.
Gracias
Wilma Condori

Enviado desde mi Galaxy
""", charset="utf-8", cte="base64")


# -- 043 ---------------------------------------------------------------------
# Change (Portuguese, Mozambican association) from the shared association
# mailbox with a personal Reply-To: 4 -> 3 persons and "mudar para o GT 1 se
# ainda houver lugar; caso contrário, ficamos no GT 3" (fallback to the
# current group).  Thunderbird pt quote of the confirmation (GT 3, 4).

@mail("macuacua-change-shared-mailbox-fallback", "2027-09-21 13:10:50",
      E("change", "helder.macuacua@mail.example", "Hélder Macuácua",
        "Associação Moçambicana Bielefeld", ["GT1", "GT3"], 3, "pt"), "pt")
def _(m):
    m.head(("From", addr("Associação Moçambicana Bielefeld", "geral@amb-bielefeld.example", "utf-8")),
           ("Reply-To", addr("Hélder Macuácua", "helder.macuacua@mail.example", "utf-8", "b")),
           ("To", TO_FORUM_Q),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<f2a8c6e4-1d3b-4f59-8a70-b6c5d4e3f2a1@amb-bielefeld.example>"),
           ("In-Reply-To", "<mailbot.20270729150204.2d6f@bielefeld.example>"),
           ("References", "<mailbot.20270729150204.2d6f@bielefeld.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pt-PT"),
           ("MIME-Version", "1.0"))
    m.single(f"""Boa tarde,

Em relação à nossa inscrição: infelizmente seremos só três pessoas e não
quatro. Se ainda houver lugar, gostaríamos também de mudar para o GT 1;
caso contrário, ficamos no GT 3.

Obrigado,
Hélder Macuácua
Associação Moçambicana Bielefeld

Em 29/07/2027 15:02, Forum lusófono e hispano escreveu:
{gt_quote(confirmation("Herr Macuácua", "GT3", 4))}
""", charset="utf-8", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Cancellation (Spanish) from an iPhone, two days before; bottom quote with the
# iOS Spanish attribution and the confirmation (GT 2, 1).

@mail("rivas-cancellation-iphone", "2027-09-23 07:15:30",
      E("cancellation", "sergio.rivas@mail.example", "Sergio Rivas", None, [], None, "es"), "es")
def _(m):
    m.head(("From", "Sergio Rivas <sergio.rivas@mail.example>"),
           ("Mime-Version", "1.0 (1.0)"),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Message-Id", "<0C5E8A2B-D4F1-4796-B3A0-9E7C6D5B4A31@mail.example>"),
           ("In-Reply-To", "<mailbot.20270827174002.7e5a@bielefeld.example>"),
           ("References", "<mailbot.20270827174002.7e5a@bielefeld.example>"),
           ("Date", m.date),
           ("To", TO_FORUM_Q),
           ("X-Mailer", "iPhone Mail (22G86)"))
    m.single(f"""Hola, lamentablemente no voy a poder ir el sábado, me toca trabajar. Por favor borren mi inscripción. Saludos y que salga todo muy bien!
Sergio Rivas

Enviado desde mi iPhone

> El 27 ago 2027, a las 17:40, Forum lusófono e hispano <{FORUM}> escribió:
>
{gt_quote(confirmation("Herr Rivas", "GT2", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 045 ---------------------------------------------------------------------
# Thank-you after the event (other), Portuguese; mentions "GT 2" and
# "Centro Español" but registers, changes and cancels nothing.

@mail("rocha-thanks-after-event", "2027-09-27 09:12:00",
      E("other"), "pt")
def _(m):
    m.head(("From", "Teresa Rocha <teresa.rocha@mail.example>"),
           ("To", FORUM),
           ("Subject", "Obrigada pelo sábado!"),
           ("Date", m.date),
           ("Message-ID", "<CAQ5wR2tX8nV4mK7pY1bL9sZ6dF3hJ0cG5aU2oN7iT4vB8qXpWh@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Bom dia,

Só queria agradecer o dia de sábado! Foi muito bom conhecer as associações
espanholas e italianas, e no GT 2 aprendi imenso. Já combinámos um encontro
com o Centro Español para outubro.

Até para o ano!
Teresa Rocha
""", charset="utf-8", cte="quoted-printable")


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

LANGS = {"de", "pt", "es", "it", "ro", "en", "fr"}


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


def check_labels(e):
    """Problems with one expected record on its own."""
    problems = []
    if set(e) != set(FIELDS) or len(e) != len(FIELDS):
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WORKGROUPS for w in wg) or len(set(wg)) != len(wg):
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
        if e["language"] not in LANGS:
            problems.append(f"bad language {e['language']}")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
    if kind == "bounce":
        br = e["bounced_recipient"]
        if not br or br != br.lower():
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
    if not (datetime.datetime(2027, 7, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 10, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Jul-Sep 2027")
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
    # the labels on their own, then against the mail
    problems += check_labels(expected)
    kind = expected["kind"]
    plain = html.unescape(text)
    if kind in PERSON_KINDS:
        addrs = {a.lower() for _, a in getaddresses(
            [str(msg.get("From", "")), str(msg.get("Reply-To", ""))])}
        if expected["email"] not in addrs and expected["email"] not in plain.lower():
            problems.append("email is neither From/Reply-To nor in the text")
        for key in ("name", "organisation"):
            if expected[key] and expected[key] not in plain:
                problems.append(f"{key} {expected[key]!r} not written in the mail")
    if kind in ("change", "cancellation"):
        if not msg["In-Reply-To"] or "Angemeldete Personen:" not in plain:
            problems.append("change/cancellation must answer and quote the confirmation")
    if kind == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    return problems


def senders(built, datas):
    """Problems: a From address that occurs in more than one mail."""
    seen = collections.defaultdict(list)
    for (name, *_), data in zip(built, datas):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for _, a in getaddresses([str(msg["From"])]):
            seen[a.lower()].append(name)
    return [f"sender {a} in {', '.join(names)}" for a, names in seen.items() if len(names) > 1]


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built})
    print("kinds:", dict(sorted(kinds.items(), key=lambda kv: KINDS.index(kv[0]))))
    print("kind / language of the text:")
    print("  " + "".join(f"{k[:5]:>7}" for k in KINDS) + "    all")
    for lang in langs:
        row = [table[(k, lang)] for k in KINDS]
        print(f"  {lang}" + "".join(f"{n or '-':>7}" for n in row) + f"{sum(row):>7}")
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

    # re-read what is on disk (after writing) or what would be written (--check)
    for (name, m, e, _), data in zip(built, datas):
        if not args.check:
            data = (mails_dir / name).read_bytes()
        for problem in check(name, data, m, e):
            print(f"{name}: {problem}")
            bad += 1
    for problem in senders(built, datas):
        print(problem)
        bad += 1
    reread = json.loads(exp_text)
    if list(reread) != [n for n, *_ in built]:
        print("expected.json does not list the mails in order")
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
