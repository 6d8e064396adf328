#!/usr/bin/env python3
"""Build the "final14c" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: follow-ups and corrections.  Most writers send more than one mail
(a registration and, minutes or days later, "sorry, I forgot ...",
"correction: not group 2 but 3", "please ignore my last mail", a reply to
their own mail, a mail sent twice, a second mail from another address).
Every mail is labelled on its own, as a careful coordinator reading the
mails in arrival order would label it (see README.md).

Every mail text below is written by hand.  This script only wraps the texts in
MIME with the standard `email` package, writes the files, and then reads every
file back with email.policy.default and checks it.

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
import sys
from email.charset import QP, BASE64, Charset
from email.header import Header, decode_header, make_header
from email.message import EmailMessage, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"
MSO_TEAM = f"Team MSO-Tag <{MSO}>"
INVITATION_ID = "<einladung.mso2027.20270112140321.7c1d@muenster.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
WG_IDS = ("AG1", "AG2", "AG3")


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


def ios_quote(text):
    """Quote a text the way iOS Mail does: '> ' before each line, also empty ones."""
    return "\n".join("> " + line for line in text.split("\n"))


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
    return hashlib.sha256(f"final14c/{slug}/{n}".encode()).hexdigest()


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
        msg.set_raw("Delivered-To", MSO)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=2)).astimezone(
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
        """A text leaf part (MIMEPart), for use inside a multipart."""
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
        self._record(text)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
               params=None):
        """The whole body is one text part."""
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            del self.msg[k]
            self.msg[k] = v
        self._record(text)

    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_DB9PR03MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:14]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "gmx":
            return f"--=_{h[:8]}-{h[8:12]}-{h[12:16]}"
        if style == "mailru":
            return f"--ALT--{h[:16].upper()}{int(h[16:24], 16)}"
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
                    html_cte=None, style="std"):
        parts = [self.text(text, "plain", charset, cte),
                 self.text(html_text, "html", charset, html_cte or cte)]
        return self.multi("alternative", parts, style=style)

    def as_bytes(self):
        pol = POLICY.clone(linesep="\r\n") if self.crlf else POLICY
        return self.msg.as_bytes(policy=pol)


# ---------------------------------------------------------------------------
# HTML as the common clients write it
# ---------------------------------------------------------------------------

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Aptos;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}}
span.E-MailFormatvorlage20
	{{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
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
<body lang={lang} link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line, rtl=False):
    d = " dir=RTL style='text-align:right;direction:rtl;unicode-bidi:embed'" if rtl else ""
    if not line.strip():
        return f"<p class=MsoNormal{d}><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal{d}>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="windows-1252", lang="DE", rtl=False):
    """Outlook (Word) HTML for `text`; quote = (labels, values, quoted_text) where
    labels are e.g. ("Von:", "Gesendet:", "An:", "Betreff:")."""
    out = [mso_p(line, rtl) for line in text.split("\n")]
    if quote:
        labels, values, quoted = quote
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        rows = "<br>\n".join(f"<b>{esc(k)}</b> {esc(v)}" for k, v in zip(labels, values))
        out.append(f"<p class=MsoNormal><span style='font-size:11.0pt'>{rows}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    head = OUTLOOK_HEAD.format(charset=charset, lang=lang)
    return head + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    labels, values, quoted = quote
    block = "\n".join(f"{k} {v}" for k, v in zip(labels, values))
    return f"{text}\n\n{block}\n\n{quoted}"


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML (GMX, web.de): one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def _lines_html(text, tag="div", attr=""):
    return "".join(f"<{tag}{attr}>{esc(line) if line else '<br>'}</{tag}>"
                   for line in text.split("\n"))


def gmail_html(text, rtl=False, attribution=None, quoted=None):
    """Gmail HTML; with attribution/quoted it adds Gmail's quote block."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    out = f"<div{d}>{_lines_html(text, attr=d if rtl else '')}</div>"
    if attribution is not None:
        q = "<br>".join(esc(line) for line in quoted.split("\n"))
        out += ('<br><div class="gmail_quote gmail_quote_container">'
                f'<div dir="ltr" class="gmail_attr">{esc(attribution)}<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{q}</blockquote></div>')
    return out + "\n"


def gmail_plain(text, attribution=None, quoted=None):
    if attribution is None:
        return text
    return f"{text}\n\n{attribution}\n\n{gt_quote(quoted)}"


def apple_html(text, attribution=None, quoted=None):
    inner = _lines_html(text)
    if attribution is not None:
        inner += ("<div><br><blockquote type=\"cite\">"
                  f"<div>{esc(attribution)}</div><br>{_lines_html(quoted)}</blockquote></div>")
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def outlook_web_html(text, quote=None):
    """The new Outlook / Outlook.com: a div per line, quote below an <hr>."""
    style = "font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"
    body = "".join(f'<div class="elementToProof" style="{style}">{esc(line) if line else "<br>"}</div>'
                   for line in text.split("\n"))
    if quote:
        labels, values, quoted = quote
        rows = "<br>".join(f"<b>{esc(k)}</b> {esc(v)}" for k, v in zip(labels, values))
        body += ('<hr style="display:inline-block;width:98%" tabindex="-1">'
                 f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" '
                 f'style="font-size:11pt" color="#000000">{rows}</font><div>&nbsp;</div></div>'
                 f'<div>{_lines_html(quoted)}</div>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>'
            f'</head><body dir="ltr">{body}</body></html>\n')


# ---------------------------------------------------------------------------
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung zum Tag der Migrantenselbstorganisationen am 13. März 2027"

INVITATION = """Sehr geehrte Damen und Herren,
liebe Aktive in den Migrantenselbstorganisationen,

am Samstag, 13. März 2027, findet von 10 bis 16 Uhr im Stadtweinhaus
(Prinzipalmarkt 8, 48143 Münster) der diesjährige Tag der
Migrantenselbstorganisationen statt. Wir freuen uns, wenn Sie dabei sind!

Am Vormittag erwarten Sie ein Impulsvortrag und Zeit für Austausch. Nach der
Mittagspause geht es in drei parallelen Arbeitsgruppen weiter:

  I.   Menschen mit Migrationsvorgeschichte im Bildungssystem
  II.  Münsters Zukunftsprozess aus der Sicht der Menschen mit
       Migrationsvorgeschichte
  III. Förderungsmöglichkeiten und effektives Vereinsmanagement

Bitte melden Sie sich bis zum 6. März 2027 per E-Mail an
mso-tag@muenster.example an und nennen Sie uns Ihren Namen, Ihre
Organisation, die gewünschte Arbeitsgruppe und die Zahl der Personen.

Mit herzlichen Grüßen
Kommunales Integrationszentrum Münster
Team MSO-Tag"""

CONF_SUBJECT = "Anmeldebestätigung: Tag der Migrantenselbstorganisationen 2027"
CHANGE_SUBJECT = "Änderung Ihrer Anmeldung: Tag der Migrantenselbstorganisationen 2027"

AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(salutation, ag, persons):
    """The confirmation the registration tool sent (quoted in replies)."""
    return f"""Hallo {salutation},

Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027 ist eingegangen.

Wann: Samstag, 13. März 2027, 10:00–16:00 Uhr
Wo: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
Arbeitsgruppe: {AG_LINE[ag]}
Personen: {persons}

Für Änderungen oder eine Absage antworten Sie bitte einfach auf diese E-Mail.

Viele Grüße
Team MSO-Tag 2027
Kommunales Integrationszentrum Münster"""


def change_confirmation(salutation, ag, persons):
    """The notice the tool sent after a change (quoted in replies)."""
    return f"""Hallo {salutation},

wir haben Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
geändert. So sind Sie jetzt eingetragen:

Arbeitsgruppe: {AG_LINE[ag]}
Personen: {persons}

Für weitere Änderungen oder eine Absage antworten Sie bitte auf diese E-Mail.

Viele Grüße
Team MSO-Tag 2027
Kommunales Integrationszentrum Münster"""


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, thread, builder)


def mail(slug, when, expected, text_lang, thread=None, tz=1):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, thread, fn))
        return fn
    return deco


# == Thread A: Mariana Coelho (de) ==========================================

# -- 001 ---------------------------------------------------------------------
# Thunderbird reply to the invitation, format=flowed, the whole invitation
# quoted with '>' (all three workgroups appear in the quote).  Her choice,
# "Arbeitsgruppe II", is only in the new text.

@mail("coelho-reply-invitation-ag-ii", "2027-01-13 09:12:37",
      E("registration", "mariana.coelho@pkv-muenster.example", "Mariana Coelho",
        "Portugiesischer Kulturverein Münster e.V.", ["AG2"], 1, "de"), "de", thread="A")
def _(m):
    m.head(("From", "Mariana Coelho <mariana.coelho@pkv-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", ew("Re: " + INVITATION_SUBJECT, "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<5b0e8f3a-1c47-4d2b-9a6e-c3f1d07e2a95@pkv-muenster.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Morgen,

vielen Dank für die Einladung! Ich melde mich gern für den MSO-Tag an und
würde an der Arbeitsgruppe II (Münsters Zukunftsprozess) teilnehmen.
Ich komme allein.

Viele Grüße
Mariana Coelho

-- 
Portugiesischer Kulturverein Münster e.V.
Schriftführerin

Am 12.01.2027 um 14:03 schrieb Kommunales Integrationszentrum Münster:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Seven minutes later, a new mail (not a reply): "not II but III".  Only makes
# sense with 001; labelled change, AG3.  The old choice "AG II" is named too.

@mail("coelho-correction-not-ii-but-iii", "2027-01-13 09:19:50",
      E("change", "mariana.coelho@pkv-muenster.example", "Mariana Coelho",
        "Portugiesischer Kulturverein Münster e.V.", ["AG3"], None, "de"), "de", thread="A")
def _(m):
    m.head(("From", "Mariana Coelho <mariana.coelho@pkv-muenster.example>"),
           ("To", MSO),
           ("Subject", "Korrektur zu meiner Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<0f27c9d4-6a1e-4b83-8e5f-2d9a4c71b306@pkv-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo nochmal,

kleine Korrektur zu meiner Mail von eben: ich meinte nicht AG II, sondern
AG III (Förderung und Vereinsmanagement). Ich bin beim Lesen in der Zeile
verrutscht. Entschuldigung für das Durcheinander!

Mariana Coelho
Portugiesischer Kulturverein Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# == Thread B: Serkan Aydemir (tr) ==========================================

AYDEMIR_TEXT = """Merhaba,

13 Mart'taki MSO Günü'ne kayıt olmak istiyoruz. Derneğimizden 2 kişi katılacağız: ben ve yönetim kurulu üyemiz Hakan Öztürk. 1. çalışma grubuna (eğitim sistemi) katılmak istiyoruz, çünkü velilerimizin en büyük derdi okul meselesi.

Saygılarımla
Serkan Aydemir
Münster Türk Kültür Ocağı

iPhone'umdan gönderildi"""


# -- 003 ---------------------------------------------------------------------
# Turkish from an iPhone: "1. çalışma grubu", two persons.

@mail("aydemir-turkish-iphone", "2027-01-14 18:40:12",
      E("registration", "serkan.aydemir@mail.example", "Serkan Aydemir",
        "Münster Türk Kültür Ocağı", ["AG1"], 2, "tr"), "tr", thread="B")
def _(m):
    m.head(("From", "Serkan Aydemir <serkan.aydemir@mail.example>"),
           ("Subject", "MSO günü kayıt"),
           ("Message-ID", "<7D3E91A2-44C0-4F1B-A8E6-0B52C9D17F3A@mail.example>"),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "iPhone Mail (21E236)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single(AYDEMIR_TEXT, charset="utf-8", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# The same mail again 47 seconds later (the phone showed an error, he pressed
# send twice).  Only the Message-ID and Date differ.  Labelled exactly like 003.

@mail("aydemir-same-mail-sent-twice", "2027-01-14 18:40:59",
      E("registration", "serkan.aydemir@mail.example", "Serkan Aydemir",
        "Münster Türk Kültür Ocağı", ["AG1"], 2, "tr"), "tr", thread="B")
def _(m):
    m.head(("From", "Serkan Aydemir <serkan.aydemir@mail.example>"),
           ("Subject", "MSO günü kayıt"),
           ("Message-ID", "<C0A5F8E7-19B2-4D6C-93F0-7E1A2B8C4D55@mail.example>"),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "iPhone Mail (21E236)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single(AYDEMIR_TEXT, charset="utf-8", cte="quoted-printable")


# == Thread G: Fatoumata Keïta (fr) =========================================

KEITA_Q = """Bonjour,

Je fais partie de l'Association Teranga Münster et une amie m'a transféré votre invitation pour le 13 mars. J'ai deux petites questions avant de nous inscrire :

- Est-ce qu'on peut venir à deux de la même association, ou c'est une personne par association ?
- Faut-il bien parler allemand pour suivre les ateliers ? Ma collègue se débrouille, mais ce n'est pas parfait.

Merci d'avance et bonne journée,
Fatoumata Keïta"""


# -- 005 ---------------------------------------------------------------------
# French question before registering (Gmail, multipart/alternative).

@mail("keita-french-question-first", "2027-01-15 10:05:33",
      E("question", "fatou.keita@mail.example", "Fatoumata Keïta",
        "Association Teranga Münster", [], None, "fr"), "fr", thread="G")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("From", "Fatoumata Keïta <fatou.keita@mail.example>"),
           ("Date", m.date),
           ("Message-ID", "<CAF3kT9x_Qm2Lw8Rr5pZe0yNbV4uHc7sJd1gKa6oXf2Ee9tWq3A@mail.gmail.example>"),
           ("Subject", "Question inscription journée MSO"),
           ("To", MSO))
    m.alternative(KEITA_Q, gmail_html(KEITA_Q), style="gmail")


# -- 006 ---------------------------------------------------------------------
# Apple Mail, next morning: answers the coordinator's German reply (quoted)
# and registers herself and a colleague for "l'atelier 3".

KEITA_REG = """Bonjour Madame,

Merci beaucoup pour votre réponse rapide, ça nous rassure !

Alors nous nous inscrivons à deux : moi-même et ma collègue Awa Ndiaye, toutes les deux de l'Association Teranga Münster. Nous aimerions participer à l'atelier 3 sur les financements et la gestion associative, c'est vraiment là qu'on a besoin d'aide.

Bien cordialement,
Fatoumata Keïta
Association Teranga Münster"""

KEITA_ANSWER = """Liebe Frau Keïta,

gern können Sie zu zweit kommen, es gibt keine Begrenzung pro Verein. Die
Arbeitsgruppen finden auf Deutsch statt; wir sprechen langsam und einfach,
und in jeder Gruppe hilft bei Bedarf jemand mit Französisch oder Englisch.

Herzliche Grüße
Katrin Lüdeke-Sarr
Kommunales Integrationszentrum Münster

> Bonjour,
>
> Je fais partie de l'Association Teranga Münster et une amie m'a transféré votre invitation pour le 13 mars. J'ai deux petites questions avant de nous inscrire :
> [...]"""

KEITA_ATTR = f"Le 15 janv. 2027 à 14:02, Team MSO-Tag <{MSO}> a écrit :"


@mail("keita-registers-after-answer", "2027-01-16 08:47:10",
      E("registration", "fatou.keita@mail.example", "Fatoumata Keïta",
        "Association Teranga Münster", ["AG3"], 2, "fr"), "fr", thread="G")
def _(m):
    m.head(("From", "Fatoumata Keïta <fatou.keita@mail.example>"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.500.171.1.1\\))"),
           ("Subject", "Re: Question inscription journée MSO"),
           ("Date", m.date),
           ("In-Reply-To", "<reply.20270115140211.4e2a@muenster.example>"),
           ("References", "<CAF3kT9x_Qm2Lw8Rr5pZe0yNbV4uHc7sJd1gKa6oXf2Ee9tWq3A@mail.gmail.example>\n"
                          " <reply.20270115140211.4e2a@muenster.example>"),
           ("To", MSO_TEAM),
           ("Message-Id", "<9E4B2C71-5A38-4F0D-B6E2-1C8D7A3F90B4@mail.example>"),
           ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"))
    plain = f"{KEITA_REG}\n\n{KEITA_ATTR}\n\n{gt_quote(KEITA_ANSWER)}"
    m.alternative(plain, apple_html(KEITA_REG, KEITA_ATTR, KEITA_ANSWER), style="apple")


# == Thread D: Irina Belousova (ru) =========================================

BELOUSOVA_REG = """Здравствуйте!

Хотим зарегистрироваться на День мигрантских организаций 13 марта. От нашего центра придут три человека: я, Наталья Гросс и Павел Ким. Больше всего нас интересует вторая рабочая группа – о будущем Мюнстера (Zukunftsprozess).

Если нужно указать что-то ещё – напишите, пожалуйста.

С уважением,
Ирина Белоусова
Культурный центр «Радуга» e.V.
Мюнстер"""


# -- 007 ---------------------------------------------------------------------
# Russian from The Bat!, windows-1251 quoted-printable; the display name and
# the subject are RFC 2047 in windows-1251 (B).  Name in Cyrillic only.

@mail("belousova-russian-thebat-1251", "2027-01-18 14:22:05",
      E("registration", "irina.belousova@raduga-ms.example", "Ирина Белоусова",
        "Культурный центр «Радуга» e.V.", ["AG2"], 3, "ru"), "ru", thread="D")
def _(m):
    m.head(("Date", m.date),
           ("From", addr("Ирина Белоусова", "irina.belousova@raduga-ms.example", "windows-1251", "b")),
           ("X-Mailer", "The Bat! (v10.5.3) Professional"),
           ("Message-ID", "<1418220519.20270118142205@raduga-ms.example>"),
           ("To", MSO),
           ("Subject", ew("Регистрация на MSO-Tag 13.03.", "windows-1251", "b")),
           ("MIME-Version", "1.0"))
    m.single(BELOUSOVA_REG, charset="windows-1251", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Seven hours later from the Gmail app: a reply to her own mail, quoting it.
# Four instead of three; no workgroup named in the new text.

BELOUSOVA_FIX = """Поправка к письму ниже: нас будет не трое, а четверо – к нам присоединится ещё Людмила Фаст.

Ирина"""

BELOUSOVA_ATTR = "пн, 18 янв. 2027 г. в 14:22, Ирина Белоусова <irina.belousova@raduga-ms.example>:"


@mail("belousova-reply-to-own-mail-four", "2027-01-18 21:03:44",
      E("change", "irina.belousova@raduga-ms.example", "Ирина Белоусова",
        None, [], 4, "ru"), "ru", thread="D")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("References", "<1418220519.20270118142205@raduga-ms.example>"),
           ("In-Reply-To", "<1418220519.20270118142205@raduga-ms.example>"),
           ("From", addr("Ирина Белоусова", "irina.belousova@raduga-ms.example")),
           ("Date", m.date),
           ("Message-ID", "<CAB8uWq4ZrT1n_0Xk3yPm9LdS6vHf2eJc5aQo7gNt1Rb8wE4iUk@mail.gmail.example>"),
           ("Subject", "Re: Регистрация на MSO-Tag 13.03."),
           ("To", MSO))
    m.alternative(gmail_plain(BELOUSOVA_FIX, BELOUSOVA_ATTR, BELOUSOVA_REG),
                  gmail_html(BELOUSOVA_FIX, attribution=BELOUSOVA_ATTR, quoted=BELOUSOVA_REG),
                  style="gmail")


# == Thread E: Adaeze Nwosu (en) ============================================

NWOSU_REG = """Dear MSO-Tag team,

I would like to register for the Day of Migrant Organisations on 13 March on behalf of the Nigerian Community Association Münster e.V.

My first choice would be Workgroup III (funding and running an association). If that one fills up, Workgroup II would be fine too.

Looking forward to it!

Kind regards,
Adaeze Nwosu
General Secretary
Nigerian Community Association Münster e.V."""


# -- 009 ---------------------------------------------------------------------
# English, Outlook.com: first and second choice in Roman numerals.

@mail("nwosu-english-iii-else-ii", "2027-01-19 11:30:18",
      E("registration", "adaeze.nwosu@mail.example", "Adaeze Nwosu",
        "Nigerian Community Association Münster e.V.", ["AG3", "AG2"], 1, "en"), "en", thread="E")
def _(m):
    m.head(("From", "Adaeze Nwosu <adaeze.nwosu@mail.example>"),
           ("To", "\"mso-tag@muenster.example\" <mso-tag@muenster.example>"),
           ("Subject", "Registration – MSO Day 13 March"),
           ("Thread-Topic", "Registration – MSO Day 13 March"),
           ("Thread-Index", "AQHbarq1Xy7Lm0C9TUa3nB4kq1sZ2w=="),
           ("Date", m.date),
           ("Message-ID", "<DU2P194MB2311E0A4C7F95B3A1D6C8E2FA17C2@DU2P194MB2311.EURP194.PROD.OUTLOOK.EXAMPLE>"),
           ("Accept-Language", "en-GB, en-US"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(NWOSU_REG, outlook_web_html(NWOSU_REG), style="outlook")


# -- 010 ---------------------------------------------------------------------
# 22 minutes later from her iPhone, a reply to her own mail (quoted, so the
# Roman numerals of 009 are in the quote): the treasurer comes too -> 2.

NWOSU_PLUS = """Sorry, forgot to say – our treasurer Tunde Bakare will be coming with me, so please put us down as 2 people.

Thanks!
Adaeze

Sent from my iPhone"""


@mail("nwosu-iphone-forgot-treasurer", "2027-01-19 11:52:41",
      E("change", "adaeze.nwosu@mail.example", "Adaeze Nwosu", None, [], 2, "en"), "en", thread="E")
def _(m):
    m.head(("From", "Adaeze Nwosu <adaeze.nwosu@mail.example>"),
           ("Mime-Version", "1.0 (1.0)"),
           ("Subject", "Re: Registration – MSO Day 13 March"),
           ("Date", m.date),
           ("References", "<DU2P194MB2311E0A4C7F95B3A1D6C8E2FA17C2@DU2P194MB2311.EURP194.PROD.OUTLOOK.EXAMPLE>"),
           ("In-Reply-To", "<DU2P194MB2311E0A4C7F95B3A1D6C8E2FA17C2@DU2P194MB2311.EURP194.PROD.OUTLOOK.EXAMPLE>"),
           ("Message-Id", "<A61F0C3B-2E95-4D7A-B8C4-93E5F1D0A2B7@mail.example>"),
           ("To", MSO),
           ("X-Mailer", "iPhone Mail (22B83)"))
    m.single(f"""{NWOSU_PLUS}

> On 19 Jan 2027, at 11:30, Adaeze Nwosu <adaeze.nwosu@mail.example> wrote:
> 
{ios_quote(NWOSU_REG)}
""", charset="utf-8", cte="quoted-printable")


# == Thread F: Agnieszka Kowalczyk and Marek Nowicki (pl) ====================

KOWALCZYK_REG = """Dzień dobry,

chciałabym zgłosić swój udział w Dniu Organizacji Migranckich 13 marca 2027 r.
Interesuje mnie grupa robocza 1 - o osobach z historią migracyjną
w systemie edukacji, bo prowadzimy sobotnią szkołę języka polskiego
dla dzieci.

Będę sama.

Pozdrawiam serdecznie
Agnieszka Kowalczyk
Polska Rada Rodziców w Münsterze e.V."""


# -- 011 ---------------------------------------------------------------------
# Polish, Thunderbird, iso-8859-2 quoted-printable.

@mail("kowalczyk-polish-grupa-1", "2027-01-20 16:10:02",
      E("registration", "a.kowalczyk@prr-muenster.example", "Agnieszka Kowalczyk",
        "Polska Rada Rodziców w Münsterze e.V.", ["AG1"], 1, "pl"), "pl", thread="F")
def _(m):
    m.head(("Message-ID", "<3c1a7e52-90d4-4b6f-a2e8-5f0b9c4d1e73@prr-muenster.example>"),
           ("Date", m.date),
           ("MIME-Version", "1.0"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("To", MSO),
           ("From", addr("Agnieszka Kowalczyk", "a.kowalczyk@prr-muenster.example")),
           ("Subject", ew("Zgłoszenie na MSO-Tag 2027", "iso-8859-2", "q")))
    m.single(KOWALCZYK_REG + "\n", charset="iso-8859-2", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# 14 minutes later, a reply to her own mail: "the same as in my last mail,
# only for our second person", with his address for the confirmation.  The
# workgroup is "ta sama" (the same) - resolved to AG1 from the quoted 011.

@mail("kowalczyk-same-for-second-person", "2027-01-20 16:24:37",
      E("registration", "marek.nowicki@mail.example", "Marek Nowicki",
        "Polska Rada Rodziców w Münsterze e.V.", ["AG1"], 1, "pl"), "pl", thread="F")
def _(m):
    m.head(("Message-ID", "<8e4f2b19-6c07-4a3d-b5e1-0d9a7c3f6b28@prr-muenster.example>"),
           ("Date", m.date),
           ("MIME-Version", "1.0"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Subject", ew("Re: Zgłoszenie na MSO-Tag 2027", "iso-8859-2", "q")),
           ("Content-Language", "pl"),
           ("To", MSO),
           ("References", "<3c1a7e52-90d4-4b6f-a2e8-5f0b9c4d1e73@prr-muenster.example>"),
           ("From", addr("Agnieszka Kowalczyk", "a.kowalczyk@prr-muenster.example")),
           ("In-Reply-To", "<3c1a7e52-90d4-4b6f-a2e8-5f0b9c4d1e73@prr-muenster.example>"))
    m.single(f"""Dzień dobry jeszcze raz,

to samo co w poprzednim mailu, tylko dla drugiej osoby z naszego
stowarzyszenia:

Imię i nazwisko: Marek Nowicki (wiceprzewodniczący)
Grupa robocza: ta sama
E-mail: marek.nowicki@mail.example

Proszę wysłać potwierdzenie bezpośrednio do niego, na podany adres.

Pozdrawiam
Agnieszka Kowalczyk
Polska Rada Rodziców w Münsterze e.V.

W dniu 20.01.2027 o 16:10, Agnieszka Kowalczyk pisze:
{gt_quote(KOWALCZYK_REG)}
""", charset="iso-8859-2", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Thread A again, a week later, new mail: her colleague comes after all.
# Only the number changes (1 from 001 + 1 = 2); no workgroup named.

@mail("coelho-colleague-comes-after-all", "2027-01-21 09:02:55",
      E("change", "mariana.coelho@pkv-muenster.example", "Mariana Coelho",
        "Portugiesischer Kulturverein Münster e.V.", [], 2, "de"), "de", thread="A")
def _(m):
    m.head(("From", "Mariana Coelho <mariana.coelho@pkv-muenster.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag: wir sind doch zu zweit"),
           ("Date", m.date),
           ("Message-ID", "<a4d81e6f-3b92-47c5-8f0a-6e2c1b9d75e4@pkv-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo liebes MSO-Team,

noch eine Änderung von mir (ich weiß, ich bin anstrengend): meine Kollegin
Inês Ferreira aus dem Vorstand hat sich jetzt doch freigenommen und kommt
mit. Bitte also 2 Personen statt nur mir eintragen.

Danke schön!
Mariana Coelho
Portugiesischer Kulturverein Münster e.V.
""", charset="utf-8", cte="8bit")


# == Thread C: Lina Al-Sabbagh (ar) =========================================

SABBAGH_REG = """مرحباً،

أودّ التسجيل في يوم منظمات المهاجرين الذي سيُقام يوم السبت 13 آذار/مارس في مونستر. سأحضر وحدي، وأرغب في المشاركة في مجموعة العمل الأولى حول التعليم، لأن كثيراً من العائلات في جمعيتنا تواجه صعوبات مع المدارس.

شكراً جزيلاً لكم،
لينا الصباغ
Lina Al-Sabbagh
Deutsch-Syrischer Kulturverein Münster e.V."""


# -- 014 ---------------------------------------------------------------------
# Arabic, Gmail, UTF-8 base64, right-to-left HTML; from her private address.
# "مجموعة العمل الأولى" = the first workgroup.  Signature in both scripts.

@mail("sabbagh-arabic-private-address", "2027-01-22 13:15:20",
      E("registration", "lina.sabbagh88@mail.example", "Lina Al-Sabbagh",
        "Deutsch-Syrischer Kulturverein Münster e.V.", ["AG1"], 1, "ar"), "ar", thread="C")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("From", "Lina Al-Sabbagh <lina.sabbagh88@mail.example>"),
           ("Date", m.date),
           ("Message-ID", "<CAHx7Lp2Wq9Ze4_rTn0Kb8VsUm3YcJd6Fg1oXa5iNe7Rk2Bt0Hw@mail.gmail.example>"),
           ("Subject", ew("تسجيل – يوم منظمات المهاجرين", "utf-8", "b")),
           ("To", MSO))
    m.alternative(SABBAGH_REG, gmail_html(SABBAGH_REG, rtl=True), cte="base64", style="gmail")


# == Thread N: Tamara Schneider-Okoye (de) ==================================

OKOYE_FWD = """Liebe Vorstandskolleginnen und -kollegen,

unten die Einladung zum MSO-Tag. Ich würde gern hingehen, am liebsten in die Bildungs-AG – das passt gut zu unserem Hausaufgabenprojekt. Wer kommt mit? Gebt mir bitte bis Sonntag Bescheid, dann melde ich uns gesammelt an.

Liebe Grüße
Tamara

Tamara Schneider-Okoye
1. Vorsitzende
Afrikanischer Elternverein Münster e.V."""


# -- 015 ---------------------------------------------------------------------
# Outlook, HTML only, windows-1252, CRLF: she forwards the invitation to her
# board, but autocomplete put our address in To.  Addressed to the board,
# registers no one ("dann melde ich uns gesammelt an") -> other.

@mail("okoye-forward-meant-for-board", "2027-01-23 10:40:08",
      E("other"), "de", thread="N")
def _(m):
    m.head(("From", "Tamara Schneider-Okoye <t.schneider-okoye@aev-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", ew("WG: " + INVITATION_SUBJECT, "utf-8", "q")),
           ("Thread-Topic", ew(INVITATION_SUBJECT, "utf-8", "q")),
           ("Thread-Index", "AQHbbYc3kF0vR2qLTm6p9xWs4EnB1g=="),
           ("Date", m.date),
           ("Message-ID", "<GV1P251MB0873C5D2A9E14F7B0E3A6D91C2F48@GV1P251MB0873.EURP251.PROD.OUTLOOK.EXAMPLE>"),
           ("References", INVITATION_ID),
           ("In-Reply-To", INVITATION_ID),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"), crlf=True)
    quote = (("Von:", "Gesendet:", "An:", "Betreff:"),
             (f"Kommunales Integrationszentrum Münster <{MSO}>",
              "Dienstag, 12. Januar 2027 14:03",
              "Tamara Schneider-Okoye <t.schneider-okoye@aev-muenster.example>",
              INVITATION_SUBJECT), INVITATION)
    m.single(outlook_html(OKOYE_FWD, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# 18 minutes later: "please delete the mail I just sent, it was meant for our
# board - but since I am writing anyway, I register myself: AG 1".

OKOYE_REG = """Sehr geehrte Damen und Herren,

bitte entschuldigen Sie: Meine Mail von eben war für unseren Vereinsvorstand gedacht und ist über die Autovervollständigung bei Ihnen gelandet. Sie können sie einfach löschen.

Wenn ich Ihnen schon schreibe, melde ich mich bei der Gelegenheit gleich verbindlich an: Arbeitsgruppe 1 (Bildungssystem). Erst einmal nur ich; falls aus dem Vorstand noch jemand mitkommt, melde ich mich noch einmal.

Mit freundlichen Grüßen

Tamara Schneider-Okoye
1. Vorsitzende
Afrikanischer Elternverein Münster e.V."""


@mail("okoye-sorry-and-registration", "2027-01-23 10:58:31",
      E("registration", "t.schneider-okoye@aev-muenster.example", "Tamara Schneider-Okoye",
        "Afrikanischer Elternverein Münster e.V.", ["AG1"], 1, "de"), "de", thread="N")
def _(m):
    m.head(("From", "Tamara Schneider-Okoye <t.schneider-okoye@aev-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Entschuldigung – und Anmeldung"),
           ("Thread-Topic", "Entschuldigung – und Anmeldung"),
           ("Thread-Index", "AQHbbYo8a2LxN4eKQm1sTz7Vw9Hf0Q=="),
           ("Date", m.date),
           ("Message-ID", "<GV1P251MB08737A1E4D2B90C6F5E8A3B7D1C06@GV1P251MB0873.EURP251.PROD.OUTLOOK.EXAMPLE>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"), crlf=True)
    m.alternative(OKOYE_REG, outlook_html(OKOYE_REG), charset="windows-1252", style="outlook")


# == Thread H: Rojda Aslan (ku) =============================================

# -- 017 ---------------------------------------------------------------------
# Kurmanji (Kurdish, Latin script) in iso-8859-9 quoted-printable, Roundcube.
# "koma xebatê ya duyemîn" = the second workgroup; "em ê du kes bin" = we
# will be two people.

ASLAN_REG = """Rojbaş,

Navê min Rojda Aslan e û ez ji Komeleya Jinên Kurd a Münsterê me. Em dixwazin beşdarî Roja Rêxistinên Koçberan a 13ê Adarê bibin.

Em ê du kes bin: ez û hevala min Berfîn Doğan. Em dixwazin tevlî koma xebatê ya duyemîn bibin, ya li ser pêşeroja Münsterê (Zukunftsprozess).

Ji kerema xwe qeyda me piştrast bikin.

Gelek spas, silavên germ
Rojda Aslan
Komeleya Jinên Kurd a Münsterê"""


@mail("aslan-kurmanji-iso-8859-9", "2027-01-25 07:45:14",
      E("registration", "rojda.aslan@mail.example", "Rojda Aslan",
        "Komeleya Jinên Kurd a Münsterê", ["AG2"], 2, "ku"), "ku", thread="H")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("Date", m.date),
           ("From", "Rojda Aslan <rojda.aslan@mail.example>"),
           ("To", MSO),
           ("Subject", "Qeydkirin - Roja MSO 13.03.2027"),
           ("Message-ID", "<b7e3c05a91d24f68e0a1c3f5d7e9b2a4@webmail.mail.example>"),
           ("X-Sender", "rojda.aslan@mail.example"),
           ("User-Agent", "Roundcube Webmail/1.6.9"))
    m.single(ASLAN_REG, charset="iso-8859-9", cte="quoted-printable")


# == Thread I: Parisa Moradi (fa) ===========================================

MORADI_REG = """سلام و وقت بخیر،

من پریسا مرادی هستم، عضو هیئت مدیره‌ی انجمن فرهنگی ایرانیان مونستر. می‌خواستم برای «روز سازمان‌های مهاجران» در تاریخ ۱۳ مارس ثبت‌نام کنم.

دوست دارم در گروه کاری ۱ (مهاجران در نظام آموزشی) شرکت کنم، چون بسیاری از خانواده‌های عضو انجمن ما با مدرسه‌ی بچه‌ها مشکل دارند. فقط خودم می‌آیم.

با سپاس فراوان
پریسا

--
Parisa Moradi
Kundenservice
Energieversorgung Münsterland GmbH

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail."""


# -- 018 ---------------------------------------------------------------------
# Farsi from her work address (Outlook, UTF-8 base64).  Persian digits ۱ and
# ۱۳; the employer in the signature is not her organisation.

@mail("moradi-farsi-work-address", "2027-01-25 16:30:47",
      E("registration", "parisa.moradi@ewm-energie.example", "Parisa Moradi",
        "انجمن فرهنگی ایرانیان مونستر", ["AG1"], 1, "fa"), "fa", thread="I")
def _(m):
    m.head(("From", "\"Moradi, Parisa\" <parisa.moradi@ewm-energie.example>"),
           ("To", MSO),
           ("Subject", "ثبت‌نام روز سازمان‌های مهاجران"),
           ("Thread-Topic", "ثبت‌نام روز سازمان‌های مهاجران"),
           ("Thread-Index", "AdtvK2mQfR8sLw3xTnE0bA9vYc1pZg=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1547A2C9E0D84B6F7A13E5C9D8B20@FR3P281MB1547.DEUP281.PROD.OUTLOOK.EXAMPLE>"),
           ("Accept-Language", "de-DE, fa-IR"),
           ("Content-Language", "fa-IR"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(MORADI_REG, outlook_html(MORADI_REG, charset="utf-8", lang="FA", rtl=True),
                  cte="base64", style="outlook")


# == Thread B again ==========================================================

# -- 019 ---------------------------------------------------------------------
# Turkish, iso-8859-9 8bit, new mail: "I sent it twice by mistake, count us
# once, still 2 people" plus a question about Turkish interpreting.  Changes
# nothing -> question.

@mail("aydemir-sent-twice-and-question", "2027-01-26 20:12:00",
      E("question", "serkan.aydemir@mail.example", "Serkan Aydemir",
        "Münster Türk Kültür Ocağı", [], None, "tr"), "tr", thread="B")
def _(m):
    m.head(("From", "Serkan Aydemir <serkan.aydemir@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Kaydımız hakkında + bir soru", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270126191200.5f3a9c@webmail.mail.example>"),
           ("X-Mailer", "Webmail 4.2"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba tekrar,

geçenlerde kaydımızı telefondan yanlışlıkla iki kez göndermişim, kusura
bakmayın. Lütfen tek kayıt olarak sayın, yine 2 kişiyiz.

Bir de sorum olacak: çalışma gruplarında Türkçe tercüme olacak mı? Hakan
Bey'in Almancası pek iyi değil, ona göre hazırlanalım.

Teşekkürler,
Serkan Aydemir
Münster Türk Kültür Ocağı
""", charset="iso-8859-9", cte="8bit")


# -- 020 ---------------------------------------------------------------------
# Thread I: two days later from her private Gmail address.  No confirmation
# arrived at work, so she sends her registration again (a form block) and asks
# for everything to go to this address -> registration, email = private.

MORADI_AGAIN = """سلام،

دو روز پیش از ایمیل کاری‌ام برای روز ۱۳ مارس ثبت‌نام کردم، ولی هنوز هیچ تأییدیه‌ای دریافت نکرده‌ام. شاید فیلتر ایمیل شرکت جواب شما را نگه داشته باشد. برای اطمینان، ثبت‌نامم را دوباره از ایمیل شخصی‌ام می‌فرستم:

نام: پریسا مرادی
انجمن: انجمن فرهنگی ایرانیان مونستر
گروه کاری: ۱
تعداد: ۱ نفر

لطفاً تأییدیه و نامه‌های بعدی را فقط به همین آدرس بفرستید، نه به ایمیل کاری.

ممنونم
Parisa Moradi"""


@mail("moradi-resends-from-private-address", "2027-01-27 08:15:26",
      E("registration", "parisa.moradi.ms@mail.example", "Parisa Moradi",
        "انجمن فرهنگی ایرانیان مونستر", ["AG1"], 1, "fa"), "fa", thread="I")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("From", "Parisa Moradi <parisa.moradi.ms@mail.example>"),
           ("Date", m.date),
           ("Message-ID", "<CAN2pRm8Xt4Lq_Wz1Kc7VyBn0Hs5Ue3Jf9aDo6gTi2Ml4Eb8Rw@mail.gmail.example>"),
           ("Subject", "ثبت‌نام روز ۱۳ مارس (ارسال دوباره)"),
           ("To", MSO))
    m.alternative(MORADI_AGAIN, gmail_html(MORADI_AGAIN, rtl=True), style="gmail")


# -- 021 ---------------------------------------------------------------------
# Thread G: French, iso-8859-1 quoted-printable, webmail: "not workshop 3 but
# workshop 2" -> change, AG2 (the old number 3 is named too).

@mail("keita-correction-atelier-2", "2027-01-27 12:00:40",
      E("change", "fatou.keita@mail.example", "Fatoumata Keïta",
        "Association Teranga Münster", ["AG2"], None, "fr"), "fr", thread="G")
def _(m):
    m.head(("Date", m.date),
           ("From", addr("Fatoumata Keïta", "fatou.keita@mail.example", "iso-8859-1", "q")),
           ("To", MSO),
           ("Message-ID", "<1349882176.4410.1801471240583.JavaMail.webmail@mail.example>"),
           ("Subject", ew("Correction inscription - atelier", "iso-8859-1", "q")),
           ("MIME-Version", "1.0"),
           ("X-Originating-IP", "[198.51.100.77]"))
    m.single("""Bonjour,

Petite correction concernant notre inscription de la semaine dernière
(Fatoumata Keïta et Awa Ndiaye, Association Teranga Münster) : je me suis
trompée de numéro. Nous voulons participer à l'atelier 2, celui sur
l'avenir de Münster, et pas à l'atelier 3. Awa m'a fait remarquer que les
financements, on les a déjà travaillés l'an dernier.

Désolée pour le dérangement et merci !
Fatoumata
""", charset="iso-8859-1", cte="quoted-printable")


# == Thread J: Nadine Berisha (de) ==========================================

# -- 022 ---------------------------------------------------------------------
# GMX, multipart/alternative: a form-like registration for three, AG 2.

BERISHA_REG = """Sehr geehrte Damen und Herren,

hiermit melden wir uns für den Tag der Migrantenselbstorganisationen an:

Verein: Albanischer Kulturverein Illyria Münster e.V.
Teilnehmende: Nadine Berisha, Arben Krasniqi (Vorsitzender), Drita Gashi
Arbeitsgruppe: 2

Über eine kurze Bestätigung würden wir uns freuen.

Mit freundlichen Grüßen
Nadine Berisha
Albanischer Kulturverein Illyria Münster e.V."""


@mail("berisha-template-three-ag2", "2027-01-28 15:33:09",
      E("registration", "nadine.berisha@mail.example", "Nadine Berisha",
        "Albanischer Kulturverein Illyria Münster e.V.", ["AG2"], 3, "de"), "de", thread="J")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("Message-ID", "<trinity-2d8e4a61-7b0c-4f93-a5e2-c1f8d6b3a907-1769610789551@3c-app-mailcom-bs08>"),
           ("From", "Nadine Berisha <nadine.berisha@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Tag der MSO"),
           ("Date", m.date),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("X-Priority", "3"))
    m.alternative(BERISHA_REG, div_html(BERISHA_REG), style="gmx")


# -- 023 ---------------------------------------------------------------------
# 17 minutes later: "please ignore my last mail, I sent last year's template
# by mistake - correct is: 2 persons, AG 1".  Alters 022 -> change, AG1, 2.
# The association is only referred to ("Verein wie gehabt") -> null.

BERISHA_FIX = """Sehr geehrte Damen und Herren,

bitte ignorieren Sie meine letzte Mail – ich habe aus Versehen unsere Vorlage vom vorigen Jahr abgeschickt, ohne sie anzupassen. Richtig ist:

Teilnehmende: Nadine Berisha und Arben Krasniqi (also 2 Personen, Frau Gashi kommt dieses Jahr nicht)
Arbeitsgruppe: AG 1 – Bildungssystem

Verein wie gehabt. Entschuldigen Sie bitte die doppelte Post.

Mit freundlichen Grüßen
Nadine Berisha"""


@mail("berisha-ignore-last-mail-ag1-two", "2027-01-28 15:50:51",
      E("change", "nadine.berisha@mail.example", "Nadine Berisha", None,
        ["AG1"], 2, "de"), "de", thread="J")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("Message-ID", "<trinity-91c3f0e7-2a5d-4b68-8e14-7d0b2f9a6c35-1769611851204@3c-app-mailcom-bs08>"),
           ("From", "Nadine Berisha <nadine.berisha@mail.example>"),
           ("To", MSO),
           ("Subject", "Bitte letzte Mail ignorieren!"),
           ("Date", m.date),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("X-Priority", "3"))
    m.alternative(BERISHA_FIX, div_html(BERISHA_FIX), style="gmx")


# == Thread K: Yousef Khalil (de, then ar) ==================================

# -- 024 ---------------------------------------------------------------------
# Learner German from the Gmail app, a reply to the confirmation of his
# phone registration (AG 2, 1 person, quoted): "in Gruppe 3 machen" -> change.

KHALIL_TEXT = """Sehr geehrte Damen und Herren

Danke für die Bestätigung. Ich habe gestern am Telefon mit Ihre Kollegin gesprochen und Gruppe 2 gesagt, aber dann ich habe mit unsere Vorstand gesprochen und wir denken besser ist Gruppe 3, weil unsere Verein braucht Geld und Hilfe mit Antrag. Können Sie bitte mich in Gruppe 3 machen?

Vielen Dank
Yousef Khalil
Deutsch-Arabischer Freundeskreis Münster"""

KHALIL_ATTR = (f"Am Do., 28. Jan. 2027 um 10:15 Uhr schrieb Tag der "
               f"Migrantenselbstorganisationen <{MSO}>:")


@mail("khalil-learner-german-gruppe-3", "2027-01-29 09:05:17",
      E("change", "yousef.khalil@mail.example", "Yousef Khalil",
        "Deutsch-Arabischer Freundeskreis Münster", ["AG3"], None, "de"), "de", thread="K")
def _(m):
    conf = confirmation("Herr Khalil", "AG2", 1)
    m.head(("MIME-Version", "1.0"),
           ("References", "<mailbot.20270128101502.9c3e@muenster.example>"),
           ("In-Reply-To", "<mailbot.20270128101502.9c3e@muenster.example>"),
           ("From", "Yousef Khalil <yousef.khalil@mail.example>"),
           ("Date", m.date),
           ("Message-ID", "<CAJ5sTq0Hn7Wb_3Rm9Xe2LkPz4Vc8Yd1Fu6oGa0iBt5Ns7Qw3Ej@mail.gmail.example>"),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("To", TO_MSO))
    m.alternative(gmail_plain(KHALIL_TEXT, KHALIL_ATTR, conf),
                  gmail_html(KHALIL_TEXT, attribution=KHALIL_ATTR, quoted=conf), style="gmail")


# -- 025 ---------------------------------------------------------------------
# Thread C: eight days later from the association's shared address (Outlook,
# windows-1256): "move me to the third workgroup and send everything to this
# address from now on" -> change, AG3, email = the association address.
# Her private address appears in the text as the old one.

SABBAGH_CHANGE = """مرحباً،

أنا لينا الصباغ، سجّلت قبل أسبوع تقريباً من بريدي الشخصي (lina.sabbagh88@mail.example) في مجموعة العمل الأولى.

أرجو تعديل تسجيلي إلى مجموعة العمل الثالثة (التمويل وإدارة الجمعيات)، فقد قررنا في الهيئة الإدارية أن أمثّل الجمعية هناك.

ومن فضلكم أرسلوا كل المراسلات من الآن فصاعداً إلى عنوان الجمعية هذا، لأنني لا أتفقد بريدي الشخصي كثيراً.

مع الشكر والتحية،
لينا الصباغ
Deutsch-Syrischer Kulturverein Münster e.V."""


@mail("sabbagh-from-association-address-ag3", "2027-01-30 17:48:02",
      E("change", "info@dskv-muenster.example", "لينا الصباغ",
        "Deutsch-Syrischer Kulturverein Münster e.V.", ["AG3"], None, "ar"), "ar", thread="C")
def _(m):
    m.head(("From", "\"Deutsch-Syrischer Kulturverein Münster\" <info@dskv-muenster.example>"),
           ("To", "\"mso-tag@muenster.example\" <mso-tag@muenster.example>"),
           ("Subject", ew("تعديل التسجيل – لينا الصباغ", "windows-1256", "b")),
           ("Thread-Topic", ew("تعديل التسجيل – لينا الصباغ", "windows-1256", "b")),
           ("Thread-Index", "AdtzE6b1nW0qZ4KxR3mT9fLc2VuP8A=="),
           ("Date", m.date),
           ("Message-ID", "<000c01db7341$6e2f1a80$4a8d5f80$@dskv-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ar-sy"),
           ("MIME-Version", "1.0"))
    m.alternative(SABBAGH_CHANGE,
                  outlook_html(SABBAGH_CHANGE, charset="windows-1256", lang="AR-SY", rtl=True),
                  charset="windows-1256", style="outlook")


# == Thread M: Emir Hodžić (de) =============================================

HODZIC_REG = """Sehr geehrte Damen und Herren,

hiermit melde ich mich verbindlich zum Tag der Migrantenselbstorganisationen am 13.03.2027 an. Ich möchte gern an der Arbeitsgruppe III „Förderungsmöglichkeiten und effektives Vereinsmanagement“ teilnehmen.

Bitte beachten Sie, dass ich vom 1. bis 21. Februar nicht im Büro bin; Rückfragen beantworte ich danach.

Mit freundlichen Grüßen

Emir Hodžić
Geschäftsführung
Bosnisch-Herzegowinischer Kulturverein Münster e.V."""


# -- 026 ---------------------------------------------------------------------
# Outlook, HTML only, UTF-8 (ć is not in windows-1252), CRLF.

@mail("hodzic-outlook-html-ag-iii", "2027-02-01 10:20:44",
      E("registration", "emir.hodzic@bhkv-muenster.example", "Emir Hodžić",
        "Bosnisch-Herzegowinischer Kulturverein Münster e.V.", ["AG3"], 1, "de"), "de", thread="M")
def _(m):
    m.head(("From", "\"Hodžić, Emir\" <emir.hodzic@bhkv-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Anmeldung MSO-Tag 2027 – Emir Hodžić"),
           ("Thread-Topic", "Anmeldung MSO-Tag 2027 – Emir Hodžić"),
           ("Thread-Index", "Adt0Q9kL2sVxE7bRz1cWm4Yp0NfH6g=="),
           ("Date", m.date),
           ("Message-ID", "<AS8P189MB1432F9B07E2D46C1A3D5E80F7B912@AS8P189MB1432.EURP189.PROD.OUTLOOK.EXAMPLE>"),
           ("Accept-Language", "de-DE, bs-Latn-BA"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"), crlf=True)
    m.single(outlook_html(HODZIC_REG, charset="utf-8"), subtype="html",
             charset="utf-8", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# His Exchange out-of-office answers our confirmation 80 seconds later;
# German and Bosnian, Auto-Submitted: auto-replied.

HODZIC_OOF = """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 21. Februar 2027 nicht im Büro und lese meine E-Mails erst danach. In dringenden Fällen wenden Sie sich bitte an info@bhkv-muenster.example.

Hvala na poruci. Do 21. februara 2027. nisam u uredu. U hitnim slučajevima obratite se na info@bhkv-muenster.example.

Emir Hodžić"""


@mail("hodzic-exchange-out-of-office", "2027-02-01 10:22:03",
      E("auto_reply"), "de", thread="M")
def _(m):
    m.head(("From", "\"Hodžić, Emir\" <emir.hodzic@bhkv-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + CONF_SUBJECT),
           ("Thread-Topic", CONF_SUBJECT),
           ("Thread-Index", "AQHbdKB0x2Vc8Rm5T1qLw9Ez3NbK4Q=="),
           ("Date", m.date),
           ("Message-ID", "<AS8P189MB14320D7A3C91E54B8F26A1D3C5E07@AS8P189MB1432.EURP189.PROD.OUTLOOK.EXAMPLE>"),
           ("References", "<mailbot.20270201102130.7e15@muenster.example>"),
           ("In-Reply-To", "<mailbot.20270201102130.7e15@muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "emir.hodzic@bhkv-muenster.example"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(HODZIC_OOF, outlook_html(HODZIC_OOF, charset="utf-8"), cte="base64",
                  style="outlook")


# == Thread L: Arjun Mehta (en) =============================================

# -- 028 ---------------------------------------------------------------------
# English, Gmail: "workshop 2 about Münster's future process", just himself.

MEHTA_REG = """Hello,

I'd like to sign up for the MSO Day on Saturday 13 March. I'm coming on behalf of the India Club Münster e.V. – just myself.

I'm most interested in workshop 2 about Münster's future process, since we've been trying to get more involved in the city's planning discussions.

Best,
Arjun Mehta
India Club Münster e.V."""


@mail("mehta-english-workshop-2", "2027-02-02 12:30:19",
      E("registration", "arjun.mehta@mail.example", "Arjun Mehta",
        "India Club Münster e.V.", ["AG2"], 1, "en"), "en", thread="L")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("From", "Arjun Mehta <arjun.mehta@mail.example>"),
           ("Date", m.date),
           ("Message-ID", "<CAM4rLx9Pq2Tn_6Wb0Zk3YsHe8Vd1Uc5Jf7oMa2iRg4Nt9Bw1Xq@mail.gmail.example>"),
           ("Subject", "Registration for 13 March"),
           ("To", MSO))
    m.alternative(MEHTA_REG, gmail_html(MEHTA_REG), style="gmail")


# == Thread O: Sevgi Güneş (de) =============================================

GUNES_REG = """Hallo zusammen,

ich möchte mich für den Tag der Migrantenselbstorganisationen anmelden. Ich bin bei uns im Frauentreff in Coerde für die Elternarbeit zuständig.

Am liebsten würde ich in die AG „Bildungssystem“ gehen. Falls die voll ist, wäre „Münsters Zukunft“ meine zweite Wahl.

Liebe Grüße
Sevgi Güneş
Türkisch-Deutscher Frauentreff Coerde e.V."""


# -- 029 ---------------------------------------------------------------------
# Apple Mail, multipart/alternative: workgroups named by title words only,
# first and second choice; the association's full name is in the signature.

@mail("guenes-apple-mail-titles", "2027-02-03 19:45:00",
      E("registration", "sevgi.guenes@mail.example", "Sevgi Güneş",
        "Türkisch-Deutscher Frauentreff Coerde e.V.", ["AG1", "AG2"], 1, "de"), "de", thread="O")
def _(m):
    m.head(("From", "Sevgi Güneş <sevgi.guenes@mail.example>"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"),
           ("Subject", "Anmeldung zum MSO-Tag"),
           ("Message-Id", "<4F9A2D17-B3C8-4E05-91D6-7A2E0C5B8F31@mail.example>"),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"))
    m.alternative(GUNES_REG, apple_html(GUNES_REG), style="apple")


# -- 030 ---------------------------------------------------------------------
# Two and a half hours later from her iPhone, a new mail: her mother comes
# too -> change, 2 persons.

GUNES_MOTHER = """Hallo nochmal, meine Mutter möchte auch gern mitkommen 😊 Also bitte 2 Personen eintragen. Danke!

Sevgi

Von meinem iPhone gesendet"""


@mail("guenes-iphone-mother-comes-too", "2027-02-03 22:10:12",
      E("change", "sevgi.guenes@mail.example", "Sevgi Güneş", None, [], 2, "de"), "de", thread="O")
def _(m):
    m.head(("From", "Sevgi Güneş <sevgi.guenes@mail.example>"),
           ("Mime-Version", "1.0 (1.0)"),
           ("Date", m.date),
           ("Subject", "Nachtrag Anmeldung"),
           ("Message-Id", "<2C7E0B94-D1A5-4F38-86B2-E9F3A0C14D67@mail.example>"),
           ("To", MSO),
           ("X-Mailer", "iPhone Mail (22C152)"))
    m.single(GUNES_MOTHER, charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Next morning, a reply to her own 030 (quoted the iOS way): not her mother
# but her sister comes; the number stays 2.  A change of who comes, not of
# the workgroup or the number -> change, [] and party_size null.

@mail("guenes-sister-not-mother", "2027-02-04 07:30:33",
      E("change", "sevgi.guenes@mail.example", "Sevgi Güneş", None, [], None, "de"), "de", thread="O")
def _(m):
    m.head(("From", "Sevgi Güneş <sevgi.guenes@mail.example>"),
           ("Mime-Version", "1.0 (1.0)"),
           ("Date", m.date),
           ("Subject", "Re: Nachtrag Anmeldung"),
           ("Message-Id", "<8B1D5F20-7C3E-4A96-B0E4-51F2D8A39C0E@mail.example>"),
           ("References", "<2C7E0B94-D1A5-4F38-86B2-E9F3A0C14D67@mail.example>"),
           ("In-Reply-To", "<2C7E0B94-D1A5-4F38-86B2-E9F3A0C14D67@mail.example>"),
           ("To", MSO),
           ("X-Mailer", "iPhone Mail (22C152)"))
    m.single(f"""Guten Morgen, kleine Korrektur: Es kommt nicht meine Mutter mit (sie hat an dem Samstag einen Arzttermin), sondern meine Schwester Aylin Güneş. Es bleibt also bei 2 Personen.

LG Sevgi

Von meinem iPhone gesendet

> Am 03.02.2027 um 22:10 schrieb Sevgi Güneş <sevgi.guenes@mail.example>:
> 
{ios_quote(GUNES_MOTHER)}
""", charset="utf-8", cte="quoted-printable")


# == Thread P: Omar Nasser (ar) =============================================

NASSER_Q = """السلام عليكم،

أنا عمر ناصر من جمعية الأمل لدعم اللاجئين في مونستر. قبل أن أسجّل عندي سؤال: هل يمكن المشاركة في أكثر من مجموعة عمل واحدة؟ مثلاً الأولى في الصباح والثالثة بعد الظهر؟ أم أن كل المجموعات في نفس الوقت؟

وشكراً مقدماً
عمر ناصر"""


# -- 032 ---------------------------------------------------------------------
# Arabic question, Outlook plain text, windows-1256 8bit.

@mail("nasser-arabic-question-two-groups", "2027-02-05 13:00:27",
      E("question", "omar.nasser@al-amal-ms.example", "عمر ناصر",
        "جمعية الأمل لدعم اللاجئين في مونستر", [], None, "ar"), "ar", thread="P")
def _(m):
    m.head(("From", "Omar Nasser <omar.nasser@al-amal-ms.example>"),
           ("To", MSO),
           ("Subject", ew("استفسار حول مجموعات العمل", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<000401db77c2$9b3e5f10$d1bb1d30$@al-amal-ms.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ar-sa"),
           ("MIME-Version", "1.0"))
    m.single(NASSER_Q + "\n", charset="windows-1256", cte="8bit")


# -- 033 ---------------------------------------------------------------------
# Next day from the Gmail app: a reply to his own question (quoted with an
# Arabic Gmail attribution).  He does not wait for an answer: third workgroup,
# the first if the third is full, alone -> registration [AG3, AG1].

NASSER_REG = """إلحاقاً برسالتي أمس: لم يصلني رد بعد، ولا أريد أن يفوتني الموعد، لذلك أسجّل نفسي الآن في مجموعة العمل الثالثة. وإذا كانت ممتلئة فالأولى تناسبني أيضاً. سأحضر وحدي.

مع التحية
عمر ناصر
جمعية الأمل لدعم اللاجئين في مونستر"""

NASSER_ATTR = "في الجمعة، 5 فبراير 2027 في 1:00 م، كتب Omar Nasser <omar.nasser@al-amal-ms.example>:"


@mail("nasser-reply-to-own-question-registers", "2027-02-06 09:40:11",
      E("registration", "omar.nasser@al-amal-ms.example", "عمر ناصر",
        "جمعية الأمل لدعم اللاجئين في مونستر", ["AG3", "AG1"], 1, "ar"), "ar", thread="P")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("References", "<000401db77c2$9b3e5f10$d1bb1d30$@al-amal-ms.example>"),
           ("In-Reply-To", "<000401db77c2$9b3e5f10$d1bb1d30$@al-amal-ms.example>"),
           ("From", "Omar Nasser <omar.nasser@al-amal-ms.example>"),
           ("Date", m.date),
           ("Message-ID", "<CAP9wKs3Rb6Xn_1Tq8Lm4ZcJv0He7Yd2Gu5oFa9iWe3Np6Sk1Bt@mail.gmail.example>"),
           ("Subject", ew("Re: استفسار حول مجموعات العمل", "utf-8", "b")),
           ("To", MSO))
    m.alternative(gmail_plain(NASSER_REG, NASSER_ATTR, NASSER_Q),
                  gmail_html(NASSER_REG, rtl=True, attribution=NASSER_ATTR, quoted=NASSER_Q),
                  cte="base64", style="gmail")


# == Thread R: Viktor Lehmann (ru) ==========================================

# -- 034 ---------------------------------------------------------------------
# Russian, Outlook in plain-text mode (UTF-8 quoted-printable), English
# "-----Original Message-----" block with the confirmation (AG 2, 2 persons).
# "третья рабочая группа" = third workgroup, for both of them -> change AG3.

LEHMANN_CHANGE = """Здравствуйте!

Спасибо за подтверждение. Мы с женой ещё раз посмотрели программу и решили, что нам интереснее третья рабочая группа (Förderungsmöglichkeiten und Vereinsmanagement) – у нас в землячестве как раз сейчас вопросы с финансированием. Пожалуйста, переведите нас обоих туда.

С уважением,
Виктор Леман
Landsmannschaft der Deutschen aus Russland, Ortsgruppe Münster"""


@mail("lehmann-russian-outlook-to-third", "2027-02-08 11:14:36",
      E("change", "viktor.lehmann@lmdr-ms.example", "Виктор Леман",
        "Landsmannschaft der Deutschen aus Russland, Ortsgruppe Münster", ["AG3"], None, "ru"),
      "ru", thread="R")
def _(m):
    m.head(("From", "\"Viktor Lehmann\" <viktor.lehmann@lmdr-ms.example>"),
           ("To", "\"Tag der Migrantenselbstorganisationen\" <mso-tag@muenster.example>"),
           ("References", "<mailbot.20270204151207.2b9d@muenster.example>"),
           ("In-Reply-To", "<mailbot.20270204151207.2b9d@muenster.example>"),
           ("Subject", "RE: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<001201db7a1f$c4e83b70$4eb8b250$@lmdr-ms.example>"),
           ("MIME-Version", "1.0"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", "AQJ0c2Vb9Km3xR1Tq7WLz4EnY8pHfA=="),
           ("Content-Language", "ru"))
    conf = confirmation("Herr Lehmann", "AG2", 2)
    m.single(f"""{LEHMANN_CHANGE}

-----Original Message-----
From: Tag der Migrantenselbstorganisationen <{MSO}>
Sent: Thursday, February 4, 2027 3:12 PM
To: Viktor Lehmann <viktor.lehmann@lmdr-ms.example>
Subject: {CONF_SUBJECT}

{conf}
""", charset="utf-8", cte="quoted-printable")


# == Thread L again ==========================================================

MEHTA_CANCEL = """Hi,

so sorry - I just realised 13 March clashes with our Holi celebration, and I'm one of the organisers, so I can't miss it. Please cancel my registration for the MSO Day.

Apologies,
Arjun

Sent from my phone"""


# -- 035 ---------------------------------------------------------------------
# Cancellation from his phone (plain, 7bit ASCII).

@mail("mehta-cancel-holi-clash", "2027-02-09 08:00:05",
      E("cancellation", "arjun.mehta@mail.example", "Arjun Mehta", None, [], None, "en"),
      "en", thread="L")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("From", "Arjun Mehta <arjun.mehta@mail.example>"),
           ("Date", m.date),
           ("Message-ID", "<CAM4rLx8Zt1Wc_2Qn7Ke9YsPv3Hd0Ub6Jf4oLa8iSg2Rm5Ex7Tq@mail.gmail.example>"),
           ("Subject", "Cancel - MSO Day"),
           ("To", MSO))
    m.single(MEHTA_CANCEL, charset="us-ascii", cte="7bit")


# -- 036 ---------------------------------------------------------------------
# 35 minutes later, a reply to his own cancellation (quoted): the party is on
# the 20th, he can come after all, "workshop 2 as before".  Reinstates what 035
# withdrew -> registration, AG2, 1.  No organisation in this mail -> null.

@mail("mehta-scratch-that-keep-me-in", "2027-02-09 08:35:50",
      E("registration", "arjun.mehta@mail.example", "Arjun Mehta", None, ["AG2"], 1, "en"),
      "en", thread="L")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("References", "<CAM4rLx8Zt1Wc_2Qn7Ke9YsPv3Hd0Ub6Jf4oLa8iSg2Rm5Ex7Tq@mail.gmail.example>"),
           ("In-Reply-To", "<CAM4rLx8Zt1Wc_2Qn7Ke9YsPv3Hd0Ub6Jf4oLa8iSg2Rm5Ex7Tq@mail.gmail.example>"),
           ("From", "Arjun Mehta <arjun.mehta@mail.example>"),
           ("Date", m.date),
           ("Message-ID", "<CAM4rLx0Bq5Vn_8Ty3Kd1ZsWe6Hc2Ug9Jf7oNa4iPg1Rl0Ex2Sm@mail.gmail.example>"),
           ("Subject", "Re: Cancel - MSO Day"),
           ("To", MSO))
    m.single(f"""Scratch that!! Checked the calendar again and our Holi party is on the 20th, not the 13th - I mixed up the weekends. So I CAN come after all. Please keep me registered, workshop 2 as before. Sorry for the chaos!

Arjun

Sent from my phone

On Tue, 9 Feb 2027 at 08:00, Arjun Mehta <arjun.mehta@mail.example> wrote:

{gt_quote(MEHTA_CANCEL)}
""", charset="us-ascii", cte="7bit")


# -- 037 ---------------------------------------------------------------------
# Thread R: two days later from his wife's address (mail.ru-like webmail,
# UTF-8 base64): "I wrote 'third' but meant the first; answer to this address,
# my mailbox is full" -> change, AG1, email = the wife's address.

LEHMANN_FIX = """Добрый вечер!

Это снова Виктор Леман, пишу с почты жены – мой ящик переполнен и не принимает письма.

Извините за путаницу: в письме от 8 февраля я написал «третья группа», а имел в виду первую – про образование (Bildungssystem). Жена меня поправила: ей как учительнице интереснее именно эта тема. Так что, пожалуйста, запишите нас обоих в первую группу.

Ответ, пожалуйста, присылайте на этот адрес.

Спасибо!
Виктор Леман"""


@mail("lehmann-from-wifes-address-first", "2027-02-10 20:18:42",
      E("change", "olga.lehmann@mail.example", "Виктор Леман", None, ["AG1"], None, "ru"),
      "ru", thread="R")
def _(m):
    m.head(("From", addr("Ольга Леман", "olga.lehmann@mail.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", ew("Группа – исправление (Виктор Леман)", "utf-8", "b")),
           ("MIME-Version", "1.0"),
           ("X-Mailer", "Mail.example Web Mail"),
           ("X-Originating-IP", "[203.0.113.41]"),
           ("Date", m.date),
           ("Message-ID", "<1770751122.741930218@f512.i.mail.example>"))
    m.alternative(LEHMANN_FIX, div_html(LEHMANN_FIX, "font-family: Arial, sans-serif;"),
                  cte="base64", style="mailru")


# -- 038 ---------------------------------------------------------------------
# Thread F: Marek himself, three weeks later, from his own address (Outlook,
# windows-1250): "Agnieszka registered me for group 1, I want group 3; she
# stays in 1" -> change, AG3 (the number 1 appears twice as old/other).

NOWICKI_CHANGE = """Dzień dobry,

koleżanka Agnieszka Kowalczyk zgłosiła mnie w styczniu do grupy roboczej 1. Po rozmowie w zarządzie chciałbym jednak zmienić grupę na 3 (Förderungsmöglichkeiten und effektives Vereinsmanagement), bo to ja zajmuję się u nas wnioskami o dofinansowanie. Agnieszka zostaje w grupie 1.

Z poważaniem
Marek Nowicki
wiceprzewodniczący
Polska Rada Rodziców w Münsterze e.V."""


@mail("nowicki-own-address-group-3", "2027-02-12 16:45:09",
      E("change", "marek.nowicki@mail.example", "Marek Nowicki",
        "Polska Rada Rodziców w Münsterze e.V.", ["AG3"], None, "pl"), "pl", thread="F")
def _(m):
    m.head(("From", "Marek Nowicki <marek.nowicki@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Zmiana grupy roboczej – Marek Nowicki", "windows-1250", "q")),
           ("Thread-Topic", ew("Zmiana grupy roboczej – Marek Nowicki", "windows-1250", "q")),
           ("Thread-Index", "AQHbfV7s1Yq2Lm9R0cTz4WxE8NbK3g=="),
           ("Date", m.date),
           ("Message-ID", "<000f01db7d6b$2a91c4e0$7fb54ea0$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.alternative(NOWICKI_CHANGE, outlook_html(NOWICKI_CHANGE, charset="windows-1250", lang="PL"),
                  charset="windows-1250", style="outlook")


# -- 039 ---------------------------------------------------------------------
# Thread I: Farsi, from the private address she asked us to use: "change my
# registration from group 1 to group 3" (Persian digits) -> change, AG3.

MORADI_CHANGE = """سلام،

من برای روز ۱۳ مارس در گروه کاری ۱ ثبت‌نام کرده بودم (تأییدیه را هم در ایمیل شخصی‌ام گرفتم، ممنون). حالا انجمن ما تصمیم گرفته که من در گروه کاری ۳ درباره‌ی بودجه و مدیریت انجمن شرکت کنم. لطفاً ثبت‌نام مرا به گروه ۳ تغییر دهید.

با تشکر
Parisa Moradi"""


@mail("moradi-farsi-change-to-group-3", "2027-02-15 09:30:55",
      E("change", "parisa.moradi.ms@mail.example", "Parisa Moradi", None, ["AG3"], None, "fa"),
      "fa", thread="I")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("From", "Parisa Moradi <parisa.moradi.ms@mail.example>"),
           ("Date", m.date),
           ("Message-ID", "<CAN2pRm1Kb7Wq_3Tx9Lz5VcHe0Ys8Ud2Jf6oEa4iGn1Mr7Bt3Qw@mail.gmail.example>"),
           ("Subject", "تغییر گروه کاری – پریسا مرادی"),
           ("To", MSO))
    m.alternative(MORADI_CHANGE, gmail_html(MORADI_CHANGE, rtl=True), cte="base64", style="gmail")


# -- 040 ---------------------------------------------------------------------
# Thread K: Arabic, from his son's iPhone and address.  His wife comes too ->
# 2 persons; "the group stays as it is"; he asks for the answer to go to his
# own address, written in the text -> change, email = his address.

KHALIL_AR = """السلام عليكم،

أنا يوسف خليل، أكتب لكم من بريد ابني سامر لأنني لا أعرف كيف أفتح بريدي على الهاتف الجديد.

زوجتي مريم تريد أن تأتي معي يوم 13 آذار، يعني نحن الآن شخصان وليس شخصاً واحداً. المجموعة كما هي.

أرجو أن ترسلوا الرد إلى بريدي أنا وليس إلى بريد ابني: yousef.khalil@mail.example

شكراً جزيلاً
يوسف خليل

أُرسلت من الـ iPhone"""


@mail("khalil-arabic-from-sons-address", "2027-02-17 21:15:38",
      E("change", "yousef.khalil@mail.example", "يوسف خليل", None, [], 2, "ar"), "ar", thread="K")
def _(m):
    m.head(("From", "Samer Khalil <samer.khalil@mail.example>"),
           ("Mime-Version", "1.0 (1.0)"),
           ("Date", m.date),
           ("Subject", ew("يوسف خليل – MSO-Tag", "utf-8", "b")),
           ("Message-Id", "<E3A0C6B9-28F1-4D7E-A5B4-0C9D1F8E2A63@mail.example>"),
           ("To", MSO),
           ("X-Mailer", "iPhone Mail (22D63)"))
    m.single(KHALIL_AR, charset="utf-8", cte="base64")


# -- 041 ---------------------------------------------------------------------
# Thread E, a month later, Outlook.com, replying to her own 010 (which quotes
# 009): "please ignore my last email about Tunde - only me after all" ->
# change back to 1 person; no workgroup in the new text.

NWOSU_BACK = """Hello again,

Please ignore my last email about Tunde – he has just been told he has to work that Saturday. So it's only me after all, as in my original registration.

Apologies for the back and forth!

Kind regards,
Adaeze Nwosu
General Secretary
Nigerian Community Association Münster e.V."""

NWOSU_PLUS_FULL = f"""{NWOSU_PLUS}

> On 19 Jan 2027, at 11:30, Adaeze Nwosu <adaeze.nwosu@mail.example> wrote:
> 
{ios_quote(NWOSU_REG)}"""


@mail("nwosu-ignore-last-email-only-me", "2027-02-22 08:50:12",
      E("change", "adaeze.nwosu@mail.example", "Adaeze Nwosu",
        "Nigerian Community Association Münster e.V.", [], 1, "en"), "en", thread="E")
def _(m):
    quote = (("From:", "Sent:", "To:", "Subject:"),
             ("Adaeze Nwosu <adaeze.nwosu@mail.example>",
              "Tuesday, January 19, 2027 11:52 AM",
              f"{MSO} <{MSO}>",
              "Re: Registration – MSO Day 13 March"), NWOSU_PLUS_FULL)
    m.head(("From", "Adaeze Nwosu <adaeze.nwosu@mail.example>"),
           ("To", "\"mso-tag@muenster.example\" <mso-tag@muenster.example>"),
           ("Subject", "Re: Registration – MSO Day 13 March"),
           ("Thread-Topic", "Registration – MSO Day 13 March"),
           ("Thread-Index", "AQHbarq1Xy7Lm0C9TUa3nB4kq1sZ2wAAdK3xBQAE5n7c"),
           ("Date", m.date),
           ("Message-ID", "<DU2P194MB23119B5E07C3A4F1D82E6B0CA93D1@DU2P194MB2311.EURP194.PROD.OUTLOOK.EXAMPLE>"),
           ("References", "<DU2P194MB2311E0A4C7F95B3A1D6C8E2FA17C2@DU2P194MB2311.EURP194.PROD.OUTLOOK.EXAMPLE>\n"
                          " <A61F0C3B-2E95-4D7A-B8C4-93E5F1D0A2B7@mail.example>"),
           ("In-Reply-To", "<A61F0C3B-2E95-4D7A-B8C4-93E5F1D0A2B7@mail.example>"),
           ("Accept-Language", "en-GB, en-US"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    labels, values, quoted = quote
    block = "\n".join(f"{k} {v}" for k, v in zip(labels, values))
    plain = f"{NWOSU_BACK}\n\n________________________________\n{block}\n\n{quoted}"
    m.alternative(plain, outlook_web_html(NWOSU_BACK, quote), style="outlook")


# -- 042 ---------------------------------------------------------------------
# Thread M: back from holiday, Outlook reply to the confirmation (AG 3, 1):
# is the venue wheelchair accessible; a board member might be registered
# separately later -> question.

HODZIC_Q = """Sehr geehrte Damen und Herren,

zurück aus dem Urlaub habe ich Ihre Bestätigung gesehen, vielen Dank. Eine Frage hätte ich noch: Ist das Stadtweinhaus barrierefrei zugänglich? Ein Vorstandsmitglied von uns sitzt im Rollstuhl und würde eventuell noch dazukommen – ich würde sie dann gesondert anmelden.

Mit freundlichen Grüßen

Emir Hodžić
Geschäftsführung
Bosnisch-Herzegowinischer Kulturverein Münster e.V."""


@mail("hodzic-question-wheelchair-access", "2027-02-24 10:00:47",
      E("question", "emir.hodzic@bhkv-muenster.example", "Emir Hodžić",
        "Bosnisch-Herzegowinischer Kulturverein Münster e.V.", [], None, "de"), "de", thread="M")
def _(m):
    quote = (("Von:", "Gesendet:", "An:", "Betreff:"),
             (f"Tag der Migrantenselbstorganisationen <{MSO}>",
              "Montag, 1. Februar 2027 10:21",
              "Hodžić, Emir <emir.hodzic@bhkv-muenster.example>",
              CONF_SUBJECT), confirmation("Herr Hodžić", "AG3", 1))
    m.head(("From", "\"Hodžić, Emir\" <emir.hodzic@bhkv-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONF_SUBJECT),
           ("Thread-Topic", CONF_SUBJECT),
           ("Thread-Index", "AQHbdKB0x2Vc8Rm5T1qLw9Ez3NbK4bOz1mQw"),
           ("Date", m.date),
           ("Message-ID", "<AS8P189MB1432B6E1D0F74C29A58E3D7B1F0C4@AS8P189MB1432.EURP189.PROD.OUTLOOK.EXAMPLE>"),
           ("References", "<mailbot.20270201102130.7e15@muenster.example>"),
           ("In-Reply-To", "<mailbot.20270201102130.7e15@muenster.example>"),
           ("Accept-Language", "de-DE, bs-Latn-BA"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"), crlf=True)
    m.alternative(outlook_plain(HODZIC_Q, quote), outlook_html(HODZIC_Q, quote, charset="utf-8"),
                  style="outlook")


# -- 043 ---------------------------------------------------------------------
# Thread H: Kurmanji cancellation, Gmail with a German interface, replying to
# the confirmation (AG 2, 2 persons, quoted).  "qeyda me herduyan betal bikin"
# = cancel the registration of both of us.

ASLAN_CANCEL = """Silav,

Mixabin em ê nikaribin werin Roja MSO. Hevala min Berfîn nexweş ket û ez jî wê rojê divê li malê li zarokan binêrim. Ji kerema xwe qeyda me herduyan betal bikin.

Bibore û gelek spas,
Rojda Aslan"""

ASLAN_ATTR = (f"Am Mo., 25. Jan. 2027 um 07:46 Uhr schrieb Tag der "
              f"Migrantenselbstorganisationen <{MSO}>:")


@mail("aslan-kurmanji-cancel", "2027-03-02 18:30:29",
      E("cancellation", "rojda.aslan@mail.example", "Rojda Aslan", None, [], None, "ku"),
      "ku", thread="H")
def _(m):
    conf = confirmation("Frau Aslan", "AG2", 2)
    m.head(("MIME-Version", "1.0"),
           ("References", "<mailbot.20270125074602.61d0@muenster.example>"),
           ("In-Reply-To", "<mailbot.20270125074602.61d0@muenster.example>"),
           ("From", "Rojda Aslan <rojda.aslan@mail.example>"),
           ("Date", m.date),
           ("Message-ID", "<CAG8nQw5Tr2Xm_4Lk0Zb9VsPe7Yc3Hd1Ju6oBa8iRf5Nq2Wt0Ex@mail.gmail.example>"),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("To", TO_MSO))
    m.alternative(gmail_plain(ASLAN_CANCEL, ASLAN_ATTR, conf),
                  gmail_html(ASLAN_CANCEL, attribution=ASLAN_ATTR, quoted=conf), style="gmail")


# -- 044 ---------------------------------------------------------------------
# Thread P: Arabic cancellation, Gmail with an Arabic interface, replying to
# the confirmation (AG 3, 1 person, quoted).

NASSER_CANCEL = """السلام عليكم،

للأسف لن أتمكن من الحضور يوم 13 آذار، لأنني مضطر للسفر إلى إسطنبول لظرف عائلي طارئ. أرجو إلغاء تسجيلي وإعطاء مكاني لشخص آخر.

مع الاعتذار والشكر
عمر ناصر"""

NASSER_CATTR = f"في السبت، 6 فبراير 2027 في 9:41 ص، كتب Tag der Migrantenselbstorganisationen <{MSO}>:"


@mail("nasser-arabic-cancel-travel", "2027-03-05 12:09:51",
      E("cancellation", "omar.nasser@al-amal-ms.example", "عمر ناصر", None, [], None, "ar"),
      "ar", thread="P")
def _(m):
    conf = confirmation("Herr Nasser", "AG3", 1)
    m.head(("MIME-Version", "1.0"),
           ("References", "<CAP9wKs3Rb6Xn_1Tq8Lm4ZcJv0He7Yd2Gu5oFa9iWe3Np6Sk1Bt@mail.gmail.example>\n"
                          " <mailbot.20270206094112.c47a@muenster.example>"),
           ("In-Reply-To", "<mailbot.20270206094112.c47a@muenster.example>"),
           ("From", "Omar Nasser <omar.nasser@al-amal-ms.example>"),
           ("Date", m.date),
           ("Message-ID", "<CAP9wKs7Ve1Qm_5Tb2Lx8ZcNr4He0Yd6Gu9oKa3iWf7Sp1Rk5Bt@mail.gmail.example>"),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("To", TO_MSO))
    m.alternative(gmail_plain(NASSER_CANCEL, NASSER_CATTR, conf),
                  gmail_html(NASSER_CANCEL, rtl=True, attribution=NASSER_CATTR, quoted=conf),
                  cte="base64", style="gmail")


# -- 045 ---------------------------------------------------------------------
# Thread D: Russian cancellation four days before the event, Thunderbird,
# UTF-8 base64, replying to the notice sent after her change (AG 2, 4 persons).

BELOUSOVA_CANCEL = """Здравствуйте,

к большому сожалению, мы вынуждены отменить участие. Переезд нашего центра в новое помещение перенесли как раз на эту субботу, и все четверо нужны там. Пожалуйста, удалите нас из списка.

Надеемся увидеться в следующем году!
Ирина Белоусова
Культурный центр «Радуга» e.V."""


@mail("belousova-cancel-moving-day", "2027-03-09 07:55:16",
      E("cancellation", "irina.belousova@raduga-ms.example", "Ирина Белоусова",
        "Культурный центр «Радуга» e.V.", [], None, "ru"), "ru", thread="D")
def _(m):
    notice = change_confirmation("Ирина Белоусова", "AG2", 4)
    m.head(("Message-ID", "<e91a0c37-5d42-4f8b-b6e3-2a7c0d9f1b84@raduga-ms.example>"),
           ("Date", m.date),
           ("MIME-Version", "1.0"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Subject", "Re: " + CHANGE_SUBJECT),
           ("Content-Language", "ru"),
           ("To", TO_MSO),
           ("References", "<mailbot.20270118210512.3a8f@muenster.example>"),
           ("From", addr("Ирина Белоусова", "irina.belousova@raduga-ms.example")),
           ("In-Reply-To", "<mailbot.20270118210512.3a8f@muenster.example>"))
    m.single(f"""{BELOUSOVA_CANCEL}

18.01.2027 21:05, Tag der Migrantenselbstorganisationen пишет:
{gt_quote(notice)}
""", charset="utf-8", cte="base64")


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def build_all():
    built = []
    last = None
    for n, (slug, when, tz, expected, text_lang, thread, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when, tz)
        fn(m)
        if last and m.when <= last:
            raise SystemExit(f"{slug}: dates must rise with the numbering")
        last = m.when
        name = f"{n:03d}-{slug}.eml"
        built.append((name, m, expected, text_lang, thread))
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
LANGS = {"de", "en", "tr", "ar", "ru", "pl", "fr", "ku", "fa"}


def decoded_headers(msg):
    out = []
    for k, v in msg.items():
        out.append(f"{k}: {str(make_header(decode_header(str(v))))}" if "=?" in str(v)
                   else f"{k}: {v}")
    return out


def check_labels(msg, expected, full_text):
    problems = []
    e = expected
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    if e["kind"] not in KINDS:
        problems.append(f"unknown kind {e['kind']}")
    wg = e["workgroups"]
    if any(w not in WG_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if wg and e["kind"] not in ("registration", "change"):
        problems.append("workgroups given for a kind without workgroups")
    p = e["party_size"]
    if e["kind"] == "registration":
        if not (isinstance(p, int) and p >= 1):
            problems.append("registration needs party_size >= 1")
    elif e["kind"] == "change":
        if p is not None and not (isinstance(p, int) and p >= 1):
            problems.append("change party_size must be null or >= 1")
    elif p is not None:
        problems.append("party_size must be null for this kind")
    if e["kind"] != "bounce" and e["bounced_recipient"] is not None:
        problems.append("bounced_recipient only for bounces")
    folded = full_text.casefold()
    if e["kind"] in ("auto_reply", "bounce", "other"):
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {e['kind']}")
    else:
        em = e["email"]
        if not em or em != em.lower():
            problems.append("email missing or not lower-case")
        else:
            heads = [a.lower() for _, a in getaddresses(
                [str(msg.get("From", "")), str(msg.get("Reply-To", ""))])]
            if em not in heads and em not in folded:
                problems.append(f"email {em} neither in From/Reply-To nor in the text")
        if not e["name"] or e["name"].casefold() not in folded:
            problems.append(f"name {e['name']!r} not written in the mail")
        if e["organisation"] is not None and e["organisation"].casefold() not in folded:
            problems.append(f"organisation {e['organisation']!r} not written in the mail")
        if e["language"] not in LANGS:
            problems.append(f"language {e['language']!r} not expected in this set")
    return problems


def check(name, data, m, expected):
    """Problems found in one written mail (empty list when fine)."""
    problems = []
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
        for k, v in p.items():
            for d in getattr(v, "defects", ()):
                problems.append(f"header {k}: defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 1, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 3, 13, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside 1 Jan - 12 Mar 2027")
    for i, line in enumerate(data.split(b"\n"), 1):
        if len(line.rstrip(b"\r")) > 998:
            problems.append(f"line {i} longer than 998 octets")
    if m.crlf and data.count(b"\r\n") != data.count(b"\n"):
        problems.append("mixed line ends in a CRLF mail")
    got = list(leaves(msg))
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (part, w) in enumerate(zip(got, want)):
        charset = part.get_content_charset() or "us-ascii"
        raw = part.get_payload(decode=True)
        try:
            raw.decode(charset, errors="strict")
        except (UnicodeDecodeError, LookupError) as exc:
            problems.append(f"part {i}: does not decode as {charset}: {exc}")
        g = part.get_content()
        if g.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
    chunks = []
    for p in all_parts(msg):
        chunks += decoded_headers(p)
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    text = "\n".join(chunks)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"(?:https?|ftp)://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example URL host {dom}")
    for dom in re.findall(r"\bwww\.([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example host www.{dom}")
    problems += check_labels(msg, expected, text)
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _, _ in built)
    print("kinds:", dict(sorted(kinds.items())))
    table = collections.defaultdict(collections.Counter)
    for _, _, e, lang, _ in built:
        table[e["kind"]][lang] += 1
    langs = sorted({lang for _, _, _, lang, _ in built})
    print("kind x text language:")
    print(f"  {'':13}" + "".join(f"{lg:>4}" for lg in langs) + "  all")
    for k in KINDS:
        if k in table:
            print(f"  {k:13}" + "".join(f"{table[k][lg] or '-':>4}" for lg in langs)
                  + f"  {sum(table[k].values()):>3}")
    threads = collections.Counter(t for *_, t in built)
    print("mails per writer thread:", dict(sorted(threads.items())))
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
    print("CRLF mails:", sum(1 for _, m, *_ in built if m.crlf))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="write nothing; compare with the files on disk")
    ap.add_argument("--stats", action="store_true", help="print corpus counts")
    args = ap.parse_args()

    built = build_all()
    mails_dir = HERE / "mails"
    expected = {name: e for name, _, e, _, _ in built}
    exp_text = "{\n" + ",\n".join(
        f"  {json.dumps(name)}: {json.dumps(e, ensure_ascii=False)}"
        for name, e in expected.items()) + "\n}\n"

    datas = [m.as_bytes() for _, m, _, _, _ in built]
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

    for (name, m, e, _, _), data in zip(built, datas):
        for problem in check(name, data, m, e):
            print(f"{name}: {problem}")
            bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
