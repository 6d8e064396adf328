#!/usr/bin/env python3
"""Build the "final23e" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: the MSO-Tag 2027 (same config as ../../shared/corpus/dev), written by
associations that like to introduce themselves at length: founding year,
members, projects, addresses, opening hours, funding, earlier cooperation with
the city, long signatures and legal footers, newsletter-style HTML.  The
registration (or change, cancellation, question) sits somewhere inside.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files, and
then reads every file back with email.policy.default to check it.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json, then check
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).
Paths are relative to this script's folder.  Standard library only.
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

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"
INVITATION_ID = "<einladung-mso-2027.20270112140312@muenster.example>"
REMINDER_ID = "<erinnerung-mso-2027.20270211100004@muenster.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
WG_IDS = ("AG1", "AG2", "AG3")
LANGS = ("de", "en", "fr", "pt", "tr", "bs", "hr", "sr")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset="utf-8", enc="q"):
    """'Name <address>'; a non-ASCII name is RFC 2047 encoded in `charset`."""
    if name.isascii():
        return formataddr((name, address))
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
        self._nboundary = 0

    def head(self, *pairs, envelope=None, received=True):
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in
        order.  ASCII values are stored verbatim (folded at spaces when long);
        values with non-ASCII characters go through the policy (UTF-8)."""
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", MSO)
        if received:
            domain = sender.split("@")[1] if "@" in sender else "muenster.example"
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
             params=None, headers=None, record=True):
        """A text leaf part (MIMEPart), for use inside a multipart."""
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
        if record:
            self._record(text)
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
        if style == "yahoo":
            return f"----=_Part_{int(h[:7], 16)}_{int(h[7:16], 16)}.{1769000000000 + int(h[16:22], 16)}"
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
        return self.msg.as_bytes(policy=POLICY)


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
# texts that several mails quote (the organiser's own mails)
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

AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(salutation, ag, persons):
    """The confirmation the organiser sent (quoted in replies, returned in bounces)."""
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
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
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


# ---------------------------------------------------------------------------
# how the clients render text and quotes
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
<body lang={lang} link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
"""

# Outlook's header block labels, by interface language
OUTLOOK_LABELS = {
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "en": ("From", "Sent", "To", "Subject"),
    "pt": ("De", "Enviado", "Para", "Assunto"),
    "sr": ("Od", "Poslato", "Za", "Tema"),
}


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, ui="de", charset="Windows-1252", lang="DE"):
    """Outlook-style HTML for `text`; quote = (von, gesendet, an, betreff, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        lf, ls, lt, lsub = OUTLOOK_LABELS[ui]
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span style='mso-fareast-language:DE'>{lf}:</span></b>"
                   f"<span style='mso-fareast-language:DE'> {esc(von)} <br>\n"
                   f"<b>{ls}:</b> {esc(gesendet)}<br>\n"
                   f"<b>{lt}:</b> {esc(an)}<br>\n"
                   f"<b>{lsub}:</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    head = OUTLOOK_HEAD.format(charset=charset, lang=lang)
    return head + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, ui="de", rule=False):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    lf, ls, lt, lsub = OUTLOOK_LABELS[ui]
    sep = "\n\n________________________________\n" if rule else "\n\n"
    return (f"{text}{sep}{lf}: {von}\n{ls}: {gesendet}\n{lt}: {an}\n"
            f"{lsub}: {betreff}\n\n{quoted}")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return f"<div dir=\"ltr\">{inner}</div>\n"


def gmail_reply(text, attribution, quoted):
    """Gmail's two alternatives for a reply: (plain, html)."""
    plain = f"{text}\n\n{attribution}\n\n{gt_quote(quoted)}\n"
    qhtml = "<br>".join(esc(line) for line in quoted.split("\n"))
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    htm = (f"<div dir=\"ltr\">{inner}</div><br><div class=\"gmail_quote\">"
           f"<div dir=\"ltr\" class=\"gmail_attr\">{esc(attribution)}<br></div>"
           "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
           "border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
           f"{qhtml}</blockquote></div>\n")
    return plain, htm


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def yahoo_html(text):
    inner = "".join(f"<div dir=\"ltr\" data-setdir=\"false\">{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return ("<html><head></head><body><div class=\"ydp3f1c2a9byahoo-style-wrap\" "
            "style=\"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;\">"
            f"{inner}</div></body></html>\n")


def new_outlook_html(text):
    """The new Outlook / Outlook on the web: one <div> per line in Aptos."""
    style = "font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"
    divs = "\n".join(f"<div class=\"elementToProof\" style=\"{style}\">{esc(line) if line else '<br>'}</div>"
                     for line in text.split("\n"))
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style>\n"
            f"</head>\n<body dir=\"ltr\">\n{divs}\n</body>\n</html>\n")


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
# Registration after four paragraphs of portrait (numbers, Schule, Zuschüsse), AG III, two persons, quoted invitation below.

OKEKE_TEXT = """Sehr geehrte Frau Meza Correa-Flock,
sehr geehrte Damen und Herren,

vielen Dank für die Einladung zum Tag der Migrantenselbstorganisationen, die
uns über den Verteiler des Integrationsrates erreicht hat. Da wir in den
vergangenen Jahren leider nie dabei sein konnten, erlauben Sie mir, Ihnen
unseren Verein zunächst kurz vorzustellen.

Der Deutsch-Nigerianische Freundeskreis Münster e.V. wurde 1996 von einer
Handvoll nigerianischer Studierender und ihren deutschen Freundinnen und
Freunden gegründet. Heute haben wir 84 Mitglieder, davon etwa die Hälfte
Familien mit Kindern im Schulalter. Unser Vereinslokal befindet sich in der
Hammer Straße 212 (Hinterhaus) und ist dienstags und donnerstags von 16 bis
20 Uhr geöffnet, sonst nach Absprache.

Unsere wichtigsten Projekte sind:
- die Hausaufgabenhilfe für Grundschulkinder (dienstags 16-18 Uhr, mit sechs
  ehrenamtlichen Helferinnen und Helfern),
- der Elternabend "Schule in Deutschland verstehen", den wir zweimal im Jahr
  gemeinsam mit der Elternschule anbieten,
- das Sommerfest am Aasee, zu dem zuletzt rund 300 Gäste kamen,
- und seit 2023 eine Sprechstunde für Menschen, die ihre Abschlüsse aus
  Nigeria anerkennen lassen wollen.

Mit der Stadt arbeiten wir schon länger zusammen: 2019 und 2022 haben wir
über das Kommunale Integrationszentrum kleine Projektzuschüsse erhalten, und
beim Stadtteilfest Berg Fidel waren wir mehrmals mit einem Stand vertreten.
Gerade bei den Zuschüssen merken wir aber, dass uns als rein ehrenamtlich
geführtem Verein das Wissen über Antragstellung, Verwendungsnachweise und
Buchhaltung fehlt.

Deshalb melden wir uns gern für die Arbeitsgruppe III an. Kommen werden
unsere Kassiererin, Frau Blessing Adeyemi, und ich, also zwei Personen.

Falls Sie für Ihre Dokumentation noch etwas über unseren Verein benötigen,
schicke ich Ihnen gern unseren Jahresbericht 2025 zu.

Mit freundlichen Grüßen

Chinedu Okeke-Brandt
1. Vorsitzender

-- 
Deutsch-Nigerianischer Freundeskreis Münster e.V.
Hammer Straße 212 · 48153 Münster
Telefon 0251 / 52 08 114 · Mobil 0157 / 339 21 84
www.dnf-muenster.example

Vereinsregister: Amtsgericht Münster, VR 3871
Vorstand nach § 26 BGB: Chinedu Okeke-Brandt, Adaeze Nwosu, Blessing Adeyemi
Spendenkonto: Sparkasse, IBAN DE00 4005 0150 0000 4471 93
Als gemeinnützig anerkannt durch das Finanzamt Münster-Innenstadt."""


@mail("okeke-brandt-portrait-then-ag-iii", "2027-01-12 16:48:22",
      E("registration", "c.okeke-brandt@dnf-muenster.example", "Chinedu Okeke-Brandt",
        "Deutsch-Nigerianischer Freundeskreis Münster e.V.", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Chinedu Okeke-Brandt <c.okeke-brandt@dnf-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5b0e7d2c-61f4-4a9b-8e3d-2c7a1f90b6e4@dnf-muenster.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""{OKEKE_TEXT}

Am 12.01.27 um 14:03 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Portuguese registration at the end of a long portrait with age ranges, three named persons for grupo de trabalho 1.

BRASIL_TEXT = """Prezada Sra. Meza Correa-Flock,
prezada equipe do Kommunales Integrationszentrum,

espero que este e-mail os encontre bem. Escrevo em português porque a senhora comentou, no encontro de dezembro na Volkshochschule, que a equipe tem colegas que leem português – se for mais fácil, posso mandar uma versão em alemão depois.

Antes de mais nada, gostaria de apresentar brevemente a nossa associação. A Associação Cultural Brasil-Münster e.V. foi fundada em 2008 por um grupo de mães brasileiras que queriam que seus filhos continuassem a falar português. Hoje somos 137 sócios e sócias, e o nosso trabalho cresceu bastante:

• aulas de português como língua de herança para 52 crianças e adolescentes, aos sábados de manhã, em três turmas (4–6, 7–10 e 11–15 anos);
• uma roda de capoeira e um grupo de samba que se apresentam em festas de bairro;
• a Festa Junina, no mês de junho, com cerca de 400 visitantes no ano passado;
• um plantão de orientação para famílias recém-chegadas (quintas-feiras, das 17h às 19h).

Nossa sede fica na Grevener Straße 48, e o escritório funciona às terças e quintas, das 15h às 19h. Desde 2021 recebemos um pequeno apoio da cidade para as aulas de português, e em 2024 participamos do Fachtag sobre multilinguismo nas escolas.

É justamente por isso que o tema da educação nos interessa tanto: muitas das nossas famílias têm dificuldade em entender o sistema escolar alemão – a recomendação para o ensino secundário depois da Grundschule, o reconhecimento do português como língua estrangeira no Abitur, e assim por diante.

Por isso, gostaríamos de inscrever três pessoas no grupo de trabalho 1 (Menschen mit Migrationsvorgeschichte im Bildungssystem):
– eu, Fernanda Albuquerque Lenz (presidente),
– Juliana Rocha (coordenadora das aulas de português),
– Thiago Nascimento (pai e membro do conselho fiscal).

Se precisarem de mais alguma informação, estou à disposição pelo telefone 0176 / 244 18 903.

Um abraço cordial e até março!

Fernanda Albuquerque Lenz
Presidente
Associação Cultural Brasil-Münster e.V.
Grevener Straße 48 · 48149 Münster
brasil-muenster.example"""


@mail("albuquerque-lenz-portuguese-tres-pessoas", "2027-01-13 09:31:05",
      E("registration", "fernanda.lenz@brasil-muenster.example", "Fernanda Albuquerque Lenz",
        "Associação Cultural Brasil-Münster e.V.", ["AG1"], 3, "pt"), "pt")
def _(m):
    m.head(("From", "Fernanda Albuquerque Lenz <fernanda.lenz@brasil-muenster.example>"),
           ("To", MSO),
           ("Subject", ew("Inscrição – Tag der Migrantenselbstorganisationen 2027", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<8C41E0A7-2F3B-4D95-A1C6-7E2B9D0F5A13@brasil-muenster.example>"),
           ("X-Mailer", "Apple Mail (2.3776.700.51)"),
           ("Content-Language", "pt-BR"),
           ("MIME-Version", "1.0"))
    m.alternative(BRASIL_TEXT, apple_html(BRASIL_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 003 ---------------------------------------------------------------------
# English registration after a numbered activity list; workgroup 1, else 3; two persons; motto under the signature.

FILIPINO_TEXT = """Dear Ms Meza Correa-Flock,
Dear organising team,

Magandang araw from the Filipino Community Münster! Thank you very much for the invitation, which our secretary forwarded to me last week. Please forgive me for writing in English – my German is good enough for the Bäckerei, but not yet for an official e-mail.

Allow me to introduce our organisation briefly, as I believe this is the first time we will be taking part in the Tag der Migrantenselbstorganisationen.

The Filipino Community Münster e.V. was founded in 2011 and registered as an association in 2014. We currently have 96 members, most of them nurses and caregivers working at the University Hospital and in care homes around Münster, plus their families. Many of our members came to Germany through the recruitment programmes of the last ten years, so settling in at work and in everyday life is a big topic for us.

What we do:
1. A monthly "Kapihan" (coffee afternoon) on the first Sunday of the month, 3–6 pm, in the parish hall of St. Joseph in the Südviertel
2. A German conversation group for newly arrived nurses (Wednesdays, 7–8:30 pm)
3. Filipino language and culture lessons for children (every second Saturday)
4. Our big Independence Day celebration every June, with about 250 guests

We have worked with the city before: in 2023 the Kommunales Integrationszentrum supported our children's lessons with a small grant, and last year we took part in the Intercultural Week with a cooking evening.

Now to the actual reason for my e-mail: I would like to register two people for the event on 13 March – myself and our treasurer, Mr Rommel Dizon. We would like to join workgroup 1 (education system), because many parents in our community struggle with the German school system and with getting their children into the right school after Grundschule. If workgroup 1 is already full, our second choice would be workgroup 3.

Thank you for organising this day. We are really looking forward to meeting the other associations!

Warm regards / Maraming salamat po,

Maricel Santos-Hüging
President
Filipino Community Münster e.V.
Mobile: +49 1522 874 3310

"Bayanihan – we carry each other.\""""


@mail("santos-huging-english-first-and-second", "2027-01-13 14:12:47",
      E("registration", "maricel.santoshueging@mail.example", "Maricel Santos-Hüging",
        "Filipino Community Münster e.V.", ["AG1", "AG3"], 2, "en"), "en")
def _(m):
    m.head(("From", addr("Maricel Santos-Hüging", "maricel.santoshueging@mail.example")),
           ("To", MSO),
           ("Subject", "Registration MSO Day 13 March - Filipino Community"),
           ("Date", m.date),
           ("Message-ID", "<CAL4q8RtM2vN0xK7bP3zW9yH1cJ5dF6gE8aU2oS0iQ4wB7nX3eVk@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(FILIPINO_TEXT, gmail_html(FILIPINO_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 004 ---------------------------------------------------------------------
# Turkish (iso-8859-9) registration after opening hours and member counts; 2. çalışma grubu; numbered list of four persons.

KUZUCU_TEXT = """Sayın Meza Correa-Flock Hanım,
Sayın Kommunales Integrationszentrum çalışanları,

Göçmen Dernekleri Günü (Tag der Migrantenselbstorganisationen) için gönderdiğiniz davet için çok teşekkür ederiz. Davetinizi yönetim kurulu toplantımızda konuştuk ve bu yıl mutlaka katılmaya karar verdik.

Derneğimizi henüz tanımayanlar için kısaca bilgi vermek isterim. Karadeniz Kültür ve Dayanışma Derneği Münster e.V. 1991 yılında, o zamanlar Münster ve çevresinde yaşayan Karadenizli işçi aileleri tarafından kuruldu. Bugün 212 üyemiz var; üyelerimizin çoğu artık ikinci ve üçüncü kuşaktan. Dernek lokalimiz Wolbecker Straße 133'te; hafta içi salıdan cumaya 17:00 ile 21:00 arası, cumartesileri ise 12:00'den 22:00'ye kadar açık.

Derneğimizde şu çalışmalar yapılıyor:
- 35 kişilik horon ve halk oyunları ekibimiz (gençler ve yetişkinler için iki grup),
- kemençe kursu,
- cumartesi günleri çocuklar için Türkçe ve Almanca ödev yardımı,
- her yıl mayıs ayında Hıdırellez şenliği,
- yaşlı üyelerimiz için ayda bir kez emeklilik ve bakım sigortası konusunda danışma saati.

Münster Belediyesi ile daha önce de birlikte çalıştık: 2018'de "Haus der Kulturen" tartışmasına katıldık, 2022'de ise Hansaviertel semt şenliğinde folklor gösterisi yaptık.

Asıl konumuza gelince: 13 Mart 2027'deki etkinliğe derneğimizden 4 kişi katılmak istiyoruz. Hepimiz 2. çalışma grubuna, yani "Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte" grubuna katılmak istiyoruz. Şehrin geleceği konuşulurken bizim gibi eski derneklerin sesinin daha çok duyulması gerektiğini düşünüyoruz.

Katılacak kişiler:
1. Mehmet Ali Kuzucu (başkan)
2. Fadime Kuzucu (kadın kolları)
3. Oğuzhan Demirci (gençlik kolu)
4. Sevgül Karahan (sayman)

Herhangi bir sorunuz olursa bana 0171 / 588 42 19 numaralı telefondan her zaman ulaşabilirsiniz.

Saygılarımızla,

Mehmet Ali Kuzucu
Başkan
Karadeniz Kültür ve Dayanışma Derneği Münster e.V.
Wolbecker Straße 133, 48155 Münster"""


@mail("kuzucu-turkish-dort-kisi-latin5", "2027-01-14 10:05:39",
      E("registration", "m.kuzucu@karadeniz-muenster.example", "Mehmet Ali Kuzucu",
        "Karadeniz Kültür ve Dayanışma Derneği Münster e.V.", ["AG2"], 4, "tr"), "tr")
def _(m):
    m.head(("From", "Mehmet Ali Kuzucu <m.kuzucu@karadeniz-muenster.example>"),
           ("To", MSO),
           ("Subject", ew("MSO-Tag 2027 kayıt - Karadeniz Kültür ve Dayanışma Derneği",
                          "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<000601db6684$7a2c1e40$6e845ac0$@karadeniz-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(KUZUCU_TEXT, charset="iso-8859-9", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# Question after a self-portrait: info table and per-association limit; 'zu dritt' but registers only after the answer.

PARK_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

mein Name ist Soo-Jin Park-Becker, ich bin seit letztem Herbst Vorsitzende des Koreanischen Kulturvereins Münster e.V. Wir sind ein kleiner, aber sehr aktiver Verein: 1979 gegründet von koreanischen Krankenschwestern, die damals über das Anwerbeabkommen nach Münster kamen, heute 58 Mitglieder aus drei Generationen. Wir betreiben die koreanische Samstagsschule (zurzeit 31 Kinder in vier Klassen), eine Trommelgruppe (Samulnori) und jeden Herbst das Chuseok-Fest im Begegnungszentrum Sprickmannstraße.

Über den Tag der Migrantenselbstorganisationen haben wir uns sehr gefreut, weil wir als Verein mit vielen älteren Mitgliedern oft das Gefühl haben, in der Stadtgesellschaft kaum noch wahrgenommen zu werden. Bevor wir uns verbindlich anmelden, hätte ich zwei Fragen:

1. Dürfen teilnehmende Vereine ein Roll-up aufstellen oder einen kleinen Infotisch mit Flyern zu ihrer Arbeit auslegen? Wir würden auch gern etwas zum Imbiss beitragen (Kimbap), falls das erlaubt ist.

2. Gibt es für die Arbeitsgruppen eine Begrenzung pro Verein? Wir würden voraussichtlich zu dritt kommen und uns gern auf verschiedene Arbeitsgruppen aufteilen, wissen aber nicht, ob das geht.

Sobald ich von Ihnen höre, melde ich uns richtig an.

Vielen Dank und freundliche Grüße
Soo-Jin Park-Becker

Koreanischer Kulturverein Münster e.V.
– gegr. 1979 –
Vorsitzende: Soo-Jin Park-Becker | Stellv.: Kim Young-ho
Postanschrift: Postfach 12 04, 48001 Münster
Samstagsschule: samstags 10–13 Uhr, Friedensschule, Raum B 014"""


@mail("park-becker-question-infotisch", "2027-01-14 18:40:12",
      E("question", "soojin.park-becker@koreanischer-kv.example", "Soo-Jin Park-Becker",
        "Koreanischer Kulturverein Münster e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Soo-Jin Park-Becker <soojin.park-becker@koreanischer-kv.example>"),
           ("To", MSO),
           ("Subject", "Frage zum MSO-Tag: Infotisch und Roll-up?"),
           ("Date", m.date),
           ("Message-ID", "<a41f0c9e-3d7b-4b2e-9f58-c1e06d2a7b35@koreanischer-kv.example>"),
           ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(PARK_TEXT, charset="utf-8", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# French formal letter (iso-8859-1) with letterhead and date; 'Je viendrai seul', groupe de travail n° 2.

MBUYI_TEXT = """Association Culturelle Congolaise de Münster
Siège : Kanalstraße 27, 48147 Münster
Tél. : 0251 / 39 71 605

                                        Münster, le 15 janvier 2027

À l'attention de Madame Ximena Meza Correa-Flock
Kommunales Integrationszentrum Münster

Objet : Inscription à la Journée des organisations de migrants du 13 mars 2027

Madame,

C'est avec un grand plaisir que nous avons reçu votre invitation à la Journée des organisations de migrants (Tag der Migrantenselbstorganisationen), et je vous en remercie au nom de tout notre comité.

Permettez-moi d'abord de vous présenter notre association. L'Association Culturelle Congolaise de Münster a été créée en 2003 par des étudiants et des familles originaires de la République démocratique du Congo et du Congo-Brazzaville. Elle compte aujourd'hui 64 membres actifs. Nos activités principales sont :

- un soutien scolaire le mercredi après-midi pour les enfants de nos membres ;
- une chorale qui anime régulièrement des fêtes de quartier et des célébrations interculturelles ;
- des soirées d'information sur les démarches administratives (titre de séjour, reconnaissance des diplômes) ;
- chaque année, en juin, la commémoration de l'indépendance avec une exposition de photos.

Nous avons déjà eu l'occasion de collaborer avec la Ville de Münster, notamment lors de la Semaine interculturelle 2022, et grâce à une petite subvention pour notre exposition en 2024.

Par la présente, je souhaite m'inscrire personnellement à la journée du 13 mars. Je viendrai seul, car les autres membres du comité travaillent ce samedi-là. Je souhaiterais participer au groupe de travail n° 2 sur le processus d'avenir de Münster (« Münsters Zukunftsprozess »), car nous aimerions que les familles africaines soient davantage entendues dans les projets de la ville.

Je reste à votre disposition pour toute information complémentaire et vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Jean-Pierre Mbuyi Kalala
Président
Association Culturelle Congolaise de Münster
(association inscrite au registre, VR 4102, Amtsgericht Münster)"""


@mail("mbuyi-kalala-french-letter-latin1", "2027-01-15 11:20:58",
      E("registration", "jp.mbuyi@accm-muenster.example", "Jean-Pierre Mbuyi Kalala",
        "Association Culturelle Congolaise de Münster", ["AG2"], 1, "fr"), "fr")
def _(m):
    m.head(("From", "Jean-Pierre Mbuyi Kalala <jp.mbuyi@accm-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", ew("Inscription à la Journée des organisations de migrants du 13 mars 2027",
                          "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270115112058.4417.jpmbuyi@accm-muenster.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single(MBUYI_TEXT, charset="iso-8859-1", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Bosnian (windows-1250) registration after the association's history; radna grupa III, two persons.

MOST_TEXT = """Poštovana gospođo Meza Correa-Flock,
poštovani organizatori,

zahvaljujemo se na pozivu za Dan migrantskih organizacija. Pišem Vam na bosanskom jer znam da u Vašem timu postoji kolegica koja razumije naš jezik – ako je potrebno, rado ću poslati i njemačku verziju.

Dozvolite mi da Vam ukratko predstavim naše udruženje. Bosanskohercegovačko udruženje „Most“ Münster e.V. osnovano je 1994. godine, u vrijeme rata, kada je u Münster došlo mnogo izbjeglica iz Bosne i Hercegovine. Tada smo pomagali pri smještaju, prevođenju i kontaktu s uredima. Danas imamo 146 članova, a naše aktivnosti su sasvim drugačije:

– dopunska nastava bosanskog jezika za djecu (subotom od 10 do 13 sati),
– folklorna sekcija sa dvije grupe (djeca i odrasli),
– književne večeri i promocije knjiga autora iz BiH i dijaspore,
– svake godine u julu obilježavanje godišnjice Srebrenice.

Naše prostorije nalaze se u Dortmunder Straße 9 i otvorene su utorkom i četvrtkom od 17 do 20 sati. Posljednjih godina smo nekoliko puta dobili manja sredstva od grada, ali nam pisanje projekata i vođenje finansija oduzimaju mnogo vremena, a u upravi smo svi volonteri.

Zato se ovim putem prijavljujem za učešće na Danu migrantskih organizacija 13. marta, zajedno sa našim sekretarom, gospodinom Harisom Begićem – dakle dvije osobe. Oboje bismo željeli učestvovati u radnoj grupi III (mogućnosti finansiranja i efektivno upravljanje udruženjem).

Hvala unaprijed i srdačan pozdrav iz Münstera,

Amra Hadžiselimović
predsjednica
Bosanskohercegovačko udruženje „Most“ Münster e.V.
Dortmunder Straße 9, 48155 Münster
Tel. 0251 / 61 44 270"""


@mail("hadziselimovic-bosnian-cp1250", "2027-01-15 20:02:31",
      E("registration", "amra.hadziselimovic@most-muenster.example", "Amra Hadžiselimović",
        "Bosanskohercegovačko udruženje „Most“ Münster e.V.", ["AG3"], 2, "bs"), "bs")
def _(m):
    m.head(("From", addr("Amra Hadžiselimović", "amra.hadziselimovic@most-muenster.example",
                         "windows-1250", "q")),
           ("To", MSO),
           ("Subject", ew("Prijava za Dan migrantskih organizacija – 13. mart 2027",
                          "windows-1250", "q")),
           ("Date", m.date),
           ("Message-ID", "<1768503751.219904.77431@webmail.most-muenster.example>"),
           ("MIME-Version", "1.0"))
    m.single(MOST_TEXT, charset="windows-1250", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Registration first (AG by its full title, alone), then portrait, Outlook signature and disclaimer.

INTI_TEXT = """Sehr geehrte Damen und Herren,

hiermit melde ich mich verbindlich für den Tag der Migrantenselbstorganisationen am 13. März 2027 an. Ich komme allein und möchte gern an der Arbeitsgruppe „Menschen mit Migrationsvorgeschichte im Bildungssystem“ teilnehmen.

Da unser Verein bei Ihnen vermutlich noch nicht so bekannt ist, möchte ich die Gelegenheit nutzen, ihn kurz vorzustellen:

Der Peruanische Kulturverein Inti Raymi Münster e.V. wurde 2005 gegründet und hat derzeit 47 Mitglieder, überwiegend Familien aus Peru, Bolivien und Ecuador. Unser Name erinnert an das Sonnenfest der Inka, das wir jedes Jahr im Juni mit Musik, Tanz und peruanischem Essen im Bürgerhaus Kinderhaus feiern.

Schwerpunkte unserer Arbeit:
•	Spanischunterricht für Kinder (herkunftssprachlicher Unterricht, freitags 15–17 Uhr)
•	Beratung von Eltern zu Schullaufbahn, Übergang in die weiterführende Schule und Anerkennung von Schulabschlüssen
•	Andenmusik-Gruppe „Sonqo“ mit acht Musikerinnen und Musikern
•	Kooperation mit dem Lateinamerika-Zentrum und der Katholischen Studierendengemeinde

2024 haben wir mit Unterstützung des Kommunalen Integrationszentrums die Veranstaltungsreihe „Eltern stärken – Bildung gemeinsam gestalten“ durchgeführt, an der insgesamt 112 Eltern teilgenommen haben. Die Erfahrungen daraus würde ich gern in die Arbeitsgruppe einbringen.

Unsere Sprechzeiten im Büro (Gievenbecker Reihe 15) sind montags und mittwochs von 17 bis 19 Uhr.

Für Rückfragen erreichen Sie mich am besten per E-Mail oder mobil unter 0160 / 991 27 35.

Mit freundlichen Grüßen

Rosa Quispe Hartmann
Vorsitzende

Peruanischer Kulturverein Inti Raymi Münster e.V.
Gievenbecker Reihe 15 | 48161 Münster
Amtsgericht Münster VR 5120
www.inti-raymi-muenster.example

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail."""


@mail("quispe-hartmann-register-first-then-portrait", "2027-01-16 10:30:44",
      E("registration", "rosa.quispe@inti-raymi-muenster.example", "Rosa Quispe Hartmann",
        "Peruanischer Kulturverein Inti Raymi Münster e.V.", ["AG1"], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Quispe Hartmann, Rosa" <rosa.quispe@inti-raymi-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Tag der MSO 2027 / Vorstellung unseres Vereins"),
           ("Thread-Topic", "Anmeldung Tag der MSO 2027 / Vorstellung unseres Vereins"),
           ("Thread-Index", "AdtnqR3kQ0c1mV2bTzC8e4Xw9yUo7A=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB8871C4D2E6F0A1B3C5D7E9F1A2B4@DB9PR03MB8871.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "de-DE, es-PE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(INTI_TEXT), outlook_html(INTI_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 009 ---------------------------------------------------------------------
# Vacation auto-reply to a confirmation with Auto-Submitted and a full association footer.

SULTANI_OOF = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin vom 18. bis einschließlich 31. Januar 2027 im Urlaub und habe nur eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Vereinsangelegenheiten wenden Sie sich bitte an unsere stellvertretende Vorsitzende, Frau Mariam Haidari (m.haidari@dahv-muenster.example). Fragen zur Hausaufgabenhilfe beantwortet Herr Jawad Rahimi montags bis donnerstags von 15 bis 18 Uhr unter 0251 / 70 33 18.

Mit freundlichen Grüßen
Abdul Wahid Sultani

--
Deutsch-Afghanischer Hilfsverein Münster e.V.
Von-Esmarch-Straße 7 · 48149 Münster
Beratung: Di und Do 10–13 Uhr · Hausaufgabenhilfe: Mo–Do 15–18 Uhr
Unser Projekt „Bildungsbrücke“ wird gefördert von der Stadt Münster.
Vereinsregister Amtsgericht Münster VR 5311"""


@mail("sultani-vacation-reply-to-confirmation", "2027-01-18 08:55:03",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Abdul Wahid Sultani <a.sultani@dahv-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Abwesenheitsnotiz: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<vacation.1768722903.5721@dahv-muenster.example>"),
           ("In-Reply-To", "<mailbot.20270118085458.7c31@muenster.example>"),
           ("References", "<mailbot.20270118085458.7c31@muenster.example>"),
           ("Auto-Submitted", "auto-replied (vacation)"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.single(SULTANI_OOF, charset="utf-8", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# English registration first (Workgroup II, alone), then history, employer line, quotation and print footer.

TARIQ_TEXT = """Dear Sir or Madam,

I would hereby like to register for the Tag der Migrantenselbstorganisationen on Saturday, 13 March 2027. I will attend alone and would like to take part in Workgroup II on Münster's future process.

Since our association is still quite young, please allow me to add a few words about who we are.

The Pakistani Students and Families Association Münster (PSFA) was started in 2017 by a group of PhD students at the University of Münster who wanted to help newcomers find their way in the city. Today there are about 180 people on our mailing list and 62 paying members – students, young professionals, and more and more families who have settled here permanently.

Our main activities:
- Welcome sessions for new students at the beginning of each semester (flat hunting, Anmeldung, health insurance, opening a bank account)
- A buddy programme that matches newcomers with members who have lived in Münster for several years
- Eid celebrations, and a cricket tournament every summer at the Sentruper Höhe
- Since 2024: an Urdu reading circle for children, once a month at the Stadtbücherei

We are not yet a registered association (e.V.), but we plan to register this year, which is one of the reasons why we are so interested in this event. Our experience with the city so far has been very positive – the Ausländerbehörde and the International Office have been great partners for our welcome sessions.

I am particularly interested in Workgroup II because many of our members will stay in Münster for the long term, and we would like to have a say in how the city develops: housing, public transport, and the future process in general.

Please let me know if you need any further details.

Kind regards,

Usman Tariq
General Secretary
Pakistani Students and Families Association Münster
Institute of Physical Chemistry, University of Münster (for identification only)
Tel.: +49 251 83-2 99 41

"The best way to find yourself is to lose yourself in the service of others." – Mahatma Gandhi

Please consider the environment before printing this e-mail."""


@mail("tariq-english-register-first-long-signature", "2027-01-18 16:30:19",
      E("registration", "usman.tariq@psfa-muenster.example", "Usman Tariq",
        "Pakistani Students and Families Association Münster", ["AG2"], 1, "en"), "en", tz=0)
def _(m):
    m.head(("From", "Usman Tariq <usman.tariq@psfa-muenster.example>"),
           ("To", MSO),
           ("Subject", "Registration - MSO Day 2027 (Pakistani Students and Families Association)"),
           ("Thread-Topic", "Registration - MSO Day 2027 (Pakistani Students and Families Association)"),
           ("Thread-Index", "AdtpzV9fH3o2Qk1aR0mS6dE8yT4uWw=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR04MB7730E2C9A1B44F6D8E0A2C4E6F8A0B1C@AS8PR04MB7730.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(TARIQ_TEXT), outlook_html(TARIQ_TEXT, charset="utf-8", lang="EN-GB"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 011 ---------------------------------------------------------------------
# Newsletter-style HTML template whose personal note registers three women for AG 2; news sections repeat event words.

SIMORGH_NOTE = """Liebe Frau Meza Correa-Flock,

vielen Dank für die Einladung zum Tag der Migrantenselbstorganisationen! Wir melden uns hiermit mit drei Frauen aus unserem Vorstand für die Arbeitsgruppe 2 an: Farzana Ahmadzai (Vorsitzende), Mursal Rahimi und Shabnam Nazari.

Weil wir gerade unseren ersten Vereinsbrief des Jahres fertiggestellt haben, schicke ich Ihnen die wichtigsten Neuigkeiten gleich mit – so lernen Sie uns schon vor dem 13. März ein bisschen kennen.

Herzliche Grüße
Farzana Ahmadzai"""

SIMORGH_SECTIONS = [
    ("Über uns",
     "Simorgh wurde 2016 von afghanischen Frauen in Münster gegründet. Heute sind wir 71 Mitglieder "
     "und rund 30 Ehrenamtliche. Unser Treffpunkt ist das Frauencafé in der Hamburger Straße 40: "
     "mittwochs 10–13 Uhr und freitags 15–18 Uhr, Kinder sind immer willkommen."),
    ("Projekte 2027",
     "„Mütter lernen Deutsch“ geht in die vierte Runde (gefördert vom Land NRW). Neu ist unsere "
     "Nähwerkstatt mit zwei gespendeten Maschinen. Die Hausaufgabenhilfe für Mädchen der Klassen 5–10 "
     "sucht noch zwei Ehrenamtliche für Mathematik."),
    ("Termine",
     "6. Februar: Mitgliederversammlung mit Vorstandswahl\n"
     "13. März: Tag der Migrantenselbstorganisationen im Stadtweinhaus – wir sind dabei!\n"
     "20. März: Nouruz-Fest im Bennohaus, Eintritt frei"),
    ("Danke!",
     "Unser Dank gilt der Stadt Münster, die die Miete für das Frauencafé seit 2019 bezuschusst, "
     "und allen Spenderinnen und Spendern des Weihnachtsbasars: 1.840 Euro für unsere Kurse."),
]

SIMORGH_FOOTER = """Afghanischer Frauenverein Simorgh Münster e.V. · Hamburger Straße 40 · 48155 Münster
Vereinsregister Amtsgericht Münster VR 6044 · Spendenkonto IBAN DE00 4006 0265 0091 2277 00
Instagram: instagram.example/simorgh.muenster · Web: simorgh-muenster.example"""


def simorgh_plain():
    parts = ["[Logo: SIMORGH]", "Afghanischer Frauenverein Simorgh Münster e.V.", "", SIMORGH_NOTE, "",
             "====================================", "NEUES AUS DEM VEREIN – JANUAR 2027",
             "====================================", ""]
    for title, body in SIMORGH_SECTIONS:
        parts += [title.upper(), body, ""]
    parts += ["------------------------------------", SIMORGH_FOOTER]
    return "\n".join(parts)


def simorgh_html():
    def para(text):
        return "<br>\n".join(esc(line) for line in text.split("\n"))
    note = "".join(f"<p style=\"margin:0 0 12px 0;\">{para(p)}</p>\n"
                   for p in SIMORGH_NOTE.split("\n\n"))
    sections = ""
    for title, body in SIMORGH_SECTIONS:
        sections += (
            "<tr><td style=\"padding:18px 28px 6px 28px;\">"
            f"<h2 style=\"margin:0;font-size:17px;color:#7a2e5b;\">{esc(title)}</h2></td></tr>\n"
            "<tr><td style=\"padding:0 28px 10px 28px;font-size:14px;line-height:21px;color:#333333;\">"
            f"{para(body)}</td></tr>\n")
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Simorgh – Neues aus dem Verein</title></head>
<body style="margin:0;padding:0;background:#f3eee8;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3eee8;">
<tr><td align="center" style="padding:24px 8px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;">
<tr><td style="background:#7a2e5b;padding:22px 28px;color:#ffffff;">
<span style="font-size:26px;font-weight:bold;letter-spacing:2px;">SIMORGH</span><br>
<span style="font-size:13px;">Afghanischer Frauenverein Simorgh Münster e.V.</span></td></tr>
<tr><td style="padding:24px 28px 8px 28px;font-size:15px;line-height:22px;color:#222222;">
{note}</td></tr>
<tr><td style="padding:6px 28px;"><hr style="border:none;border-top:2px solid #e6d3dd;"></td></tr>
<tr><td style="padding:8px 28px 0 28px;font-size:12px;letter-spacing:1px;color:#7a2e5b;">NEUES AUS DEM VEREIN – JANUAR 2027</td></tr>
{sections}<tr><td style="background:#efe6ea;padding:16px 28px;font-size:11px;line-height:17px;color:#666666;">
{para(SIMORGH_FOOTER)}</td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("ahmadzai-newsletter-template-drei-frauen", "2027-01-19 12:15:40",
      E("registration", "farzana.ahmadzai@simorgh-muenster.example", "Farzana Ahmadzai",
        "Afghanischer Frauenverein Simorgh Münster e.V.", ["AG2"], 3, "de"), "de")
def _(m):
    m.head(("From", "Farzana Ahmadzai <farzana.ahmadzai@simorgh-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag + unser Vereinsbrief Januar"),
           ("Date", m.date),
           ("Message-ID", "<c7d2a913e5f84b06a1e2f3c4d5b6a798@simorgh-muenster.example>"),
           ("X-Mailer", "Vereinsmail 4.2 (Webversand)"),
           ("MIME-Version", "1.0"))
    m.alternative(simorgh_plain(), simorgh_html(), charset="utf-8", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Croatian registration for radna skupina 1; the funding group of two years ago is history, not a choice.

ZVONIMIR_TEXT = """Poštovana gospođo Meza Correa-Flock,

hvala Vam na pozivu! Pišem Vam u ime Hrvatskog kulturnog društva „Zvonimir“ Münster, kojemu sam tajnica od 2022. godine.

Naše društvo osnovano je 1974. godine; osnivači su bili hrvatski radnici koji su tada radili u tvornicama u Münsteru i okolici. Danas imamo oko 120 članova, od kojih je većina rođena ovdje u Njemačkoj. Društvo ima folklornu skupinu s 40 plesača, tamburaški sastav i malu knjižnicu s više od 2.000 knjiga na hrvatskom jeziku. Subotom se u našim prostorijama (Bremer Platz 16) održava i hrvatska dopunska nastava za djecu od 6 do 14 godina, a ured je otvoren četvrtkom od 18 do 20 sati.

Prije dvije godine sudjelovala sam na Danu migrantskih organizacija u radnoj skupini o financiranju i upravljanju udrugom, što nam je puno pomoglo kod prijave za sredstva iz gradskog fonda za kulturu. Ove godine me ipak više zanima tema obrazovanja, jer mnogi roditelji u našoj zajednici imaju pitanja o prijelazu djece iz osnovne u srednju školu.

Stoga se prijavljujem za radnu skupinu 1 (Menschen mit Migrationsvorgeschichte im Bildungssystem). Dolazim sama.

Unaprijed hvala i lijep pozdrav,

Ivana Perković-Schulte
tajnica
Hrvatsko kulturno društvo „Zvonimir“ Münster e.V.
Bremer Platz 16, 48155 Münster"""


@mail("perkovic-schulte-croatian-past-workgroup", "2027-01-20 09:10:26",
      E("registration", "ivana.perkovic.schulte@mail.example", "Ivana Perković-Schulte",
        "Hrvatsko kulturno društvo „Zvonimir“ Münster e.V.", ["AG1"], 1, "hr"), "hr")
def _(m):
    m.head(("From", addr("Ivana Perković-Schulte", "ivana.perkovic.schulte@mail.example")),
           ("To", MSO),
           ("Subject", ew("Prijava – Tag der Migrantenselbstorganisationen, 13. ožujka", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAPz0n3Qm8rV1tK5bX2wL7yJ4cH9dF6gE3aU0oS8iR2qN5vB1xMe@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ZVONIMIR_TEXT, gmail_html(ZVONIMIR_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 013 ---------------------------------------------------------------------
# Turkish registration with a change of mind inside (first 3, board chose 1); two persons.

YURTSEVEN_TEXT = """Merhaba Meza Correa-Flock Hanım,

ben Hatice Yurtseven, Münster Türk-Alman Kadın Derneği e.V.'nin başkan yardımcısıyım. Geçen hafta Integrationsrat toplantısında kısaca tanışmıştık, hatırlarsanız.

Derneğimiz 2001 yılında kuruldu ve şu anda 89 üyesi var. Çoğunlukla Coerde ve Kinderhaus'ta yaşayan, farklı kuşaklardan kadınlardan oluşuyoruz. Haftalık programımız şöyle:
– Pazartesi 9:30–11:30: Almanca sohbet grubu
– Çarşamba 15:00–17:00: annelere yönelik okul ve eğitim danışmanlığı
– Cuma 18:00–20:00: kadınlar için spor (Coerde'deki spor salonunda)
Bunun dışında her yıl mart ayında Dünya Kadınlar Günü kahvaltısı düzenliyoruz; geçen yıl 160 kadın katıldı.

Kayıt konusuna gelince: Başta 3. çalışma grubuna (Förderungsmöglichkeiten) yazılmayı düşünmüştük, çünkü proje başvurularında hep zorlanıyoruz. Ama dün akşamki yönetim kurulu toplantısında, eğitim konusunun üyelerimiz için çok daha önemli olduğuna karar verdik. Bu yüzden 1. çalışma grubuna (Bildungssystem) katılmak istiyoruz.

Katılacak olanlar: ben ve derneğimizin sekreteri Gülsüm Aktaş, yani toplam 2 kişi.

Teşekkürler, 13 Mart'ta görüşmek üzere!

Saygılarımla
Hatice Yurtseven
Başkan Yardımcısı
Münster Türk-Alman Kadın Derneği e.V.
Tel.: 0152 / 287 33 61"""


@mail("yurtseven-turkish-change-of-mind-inside", "2027-01-20 19:45:51",
      E("registration", "hatice.yurtseven@outlook.example", "Hatice Yurtseven",
        "Münster Türk-Alman Kadın Derneği e.V.", ["AG1"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "Hatice Yurtseven <hatice.yurtseven@outlook.example>"),
           ("To", MSO),
           ("Subject", ew("Kayıt: Göçmen Dernekleri Günü 13 Mart", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<PAXP193MB2114F0D3C8B7A6E5D4C3B2A1F0E9D8C7@PAXP193MB2114.EURP193.PROD.OUTLOOK.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(YURTSEVEN_TEXT, new_outlook_html(YURTSEVEN_TEXT), charset="utf-8",
                  cte="base64", style="outlook")


# -- 014 ---------------------------------------------------------------------
# Shared info@ mailbox signed by the chairman; § 26 BGB footer names others; AG 3 by title; two persons.

CIRCOLO_TEXT = """Sehr geehrtes Team des Kommunalen Integrationszentrums,

im Namen des Circolo Italiano Münster e.V. bedanke ich mich herzlich für die Einladung zum Tag der Migrantenselbstorganisationen.

Vielleicht kurz zu uns: Der Circolo wurde 1968 von italienischen Gastarbeitern gegründet und ist damit einer der ältesten Migrantenvereine in Münster. Wir haben heute 173 Mitglieder; neben den „Alten“, die seit über fünfzig Jahren dabei sind, kommen seit einigen Jahren viele junge Italienerinnen und Italiener dazu, die zum Studieren oder Arbeiten nach Münster gezogen sind. Unser Vereinsheim in der Schillerstraße 62 ist dienstags bis samstags ab 18 Uhr geöffnet (Bocciabahn, Bibliothek, kleine Bar).

Zu unseren regelmäßigen Angeboten gehören ein Italienischkurs für Kinder, Boccia-Turniere, Kinoabende mit italienischen Filmen und die jährliche „Festa della Repubblica“ am 2. Juni. Leider hat uns die Energiekrise 2022/23 finanziell schwer getroffen, und auch die Nachfolge im Vorstand ist ein großes Thema. Beides hat uns bewogen, uns für die AG „Förderungsmöglichkeiten und effektives Vereinsmanagement“ zu interessieren.

Wir möchten uns daher mit zwei Personen für diese Arbeitsgruppe anmelden: mit mir als 1. Vorsitzendem und mit unserer Kassiererin, Frau Antonella Rossi.

Die Bestätigung schicken Sie bitte einfach an diese Adresse, das Postfach lesen wir beide.

Cordiali saluti / Mit freundlichen Grüßen

Giuseppe Lombardi
1. Vorsitzender

----------------------------------------------------------------
Circolo Italiano Münster e.V.
Schillerstraße 62 · 48155 Münster
Tel. 0251 / 66 10 48 · info@circolo-italiano-ms.example

Vorstand gem. § 26 BGB: Giuseppe Lombardi (1. Vorsitzender),
Carla Bianchi (2. Vorsitzende), Antonella Rossi (Kassiererin)
Registergericht: Amtsgericht Münster, VR 1127
Steuernummer: 336/5790/4412
----------------------------------------------------------------"""


@mail("lombardi-shared-mailbox-26-bgb-footer", "2027-01-21 10:02:13",
      E("registration", "info@circolo-italiano-ms.example", "Giuseppe Lombardi",
        "Circolo Italiano Münster e.V.", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Circolo Italiano Münster e.V.", "info@circolo-italiano-ms.example",
                         "iso-8859-1", "q")),
           ("To", MSO),
           ("Subject", "Anmeldung zum MSO-Tag - Circolo Italiano"),
           ("Date", m.date),
           ("Message-ID", "<trinity-9e4b2c71-0d5a-4f83-b6e2-17c9a8d3f045-1768986133440@3c-app-webde-bap51>"),
           ("MIME-Version", "1.0"))
    m.alternative(CIRCOLO_TEXT, div_html(CIRCOLO_TEXT), charset="utf-8", cte="8bit")


# -- 015 ---------------------------------------------------------------------
# French question from an association in founding: registers only if the answer is yes, though it names three and n° 3.

TRAORE_TEXT = """Bonjour Madame, bonjour Monsieur,

Je me permets de vous écrire au sujet de la journée des organisations de migrants du 13 mars, dont j'ai entendu parler par une amie du Conseil d'intégration.

Je m'appelle Mariam Traoré, je suis originaire du Mali et je vis à Münster depuis 2012. Avec une dizaine d'autres femmes d'Afrique de l'Ouest (Mali, Sénégal, Guinée, Côte d'Ivoire), nous sommes en train de créer une association : « Femmes Solidaires d'Afrique de l'Ouest – Münster ». Pour l'instant, nous nous réunissons chaque premier samedi du mois dans la salle paroissiale de Coerde, de 15 h à 18 h. Nous organisons des repas partagés, une tontine pour l'entraide, et nous accompagnons les nouvelles arrivantes chez le médecin ou à l'école de leurs enfants. Nos statuts sont presque prêts et nous espérons être inscrites au registre des associations avant l'été.

J'ai deux questions avant de nous inscrire :

1. Est-ce qu'une association qui n'est pas encore inscrite au registre peut participer à la journée ? Nous ne voudrions pas prendre la place d'une « vraie » association.
2. La participation est-elle gratuite, et est-ce que les ateliers se déroulent uniquement en allemand ? Deux d'entre nous comprennent bien l'allemand, mais les autres préfèrent le français.

Si la réponse est oui, je vous enverrai tout de suite notre inscription – nous serions sans doute trois, et l'atelier sur les financements (n° 3) nous intéresse beaucoup.

Merci d'avance pour votre réponse et bonne journée,

Mariam Traoré
Femmes Solidaires d'Afrique de l'Ouest – Münster (en cours de création)
Tél. 0176 / 422 09 815"""


@mail("traore-french-question-before-registering", "2027-01-21 15:30:08",
      E("question", "mariam.traore@mail.example", "Mariam Traoré",
        "Femmes Solidaires d'Afrique de l'Ouest – Münster", [], None, "fr"), "fr")
def _(m):
    m.head(("From", addr("Mariam Traoré", "mariam.traore@mail.example")),
           ("To", MSO),
           ("Subject", ew("Questions – journée des associations de migrants du 13 mars", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAD7vW2pQ9sT4nR1mK8bY5xL0cJ3hF6gE2aU7oN4iZ9qB1wX5eTr@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(TRAORE_TEXT, gmail_html(TRAORE_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 016 ---------------------------------------------------------------------
# European Portuguese (windows-1252) formal registration for grupo de trabalho III, two named persons.

CENTRO_TEXT = """Exmos. Senhores,
Exma. Senhora Meza Correa-Flock,

Em nome da direção do Centro Português de Münster e.V., venho agradecer o amável convite para o Dia das Organizações de Migrantes, que recebemos através da Missão Católica Portuguesa.

Permitam-me que faça uma breve apresentação da nossa coletividade. O Centro Português foi fundado em 1972 por trabalhadores portugueses que vieram para a região de Münster nos anos sessenta. Durante décadas foi o ponto de encontro de quase todas as famílias portuguesas da cidade. Atualmente contamos com 118 sócios, muitos deles já reformados, mas também com uma nova geração de jovens portugueses que vieram trabalhar para a Alemanha depois de 2011.

As nossas atividades principais são:
– o Rancho Folclórico "Saudades do Minho", com 26 elementos;
– o ensino de português para crianças, em colaboração com o Instituto Camões;
– o convívio de sábado à noite na nossa sede, com petiscos e futebol na televisão;
– a festa de São João em junho, que já é uma tradição no bairro.

A nossa sede, no Bohlweg 31, está aberta às sextas-feiras das 18h às 23h e aos sábados das 15h à meia-noite.

Como muitas coletividades antigas, temos grandes dificuldades em renovar a direção e em manter as contas em dia; as regras para pedir apoios à Câmara (à "Stadt", como dizemos cá) também não são fáceis para quem não domina bem o alemão escrito.

Por isso, gostaria de inscrever dois representantes da nossa direção no grupo de trabalho III (Förderungsmöglichkeiten und effektives Vereinsmanagement): eu próprio, na qualidade de presidente, e a nossa tesoureira, a Sra. D. Graça Monteiro.

Agradeço desde já a atenção e apresento os meus melhores cumprimentos,

Manuel Fernandes da Silva
Presidente da Direção
Centro Português de Münster e.V.
Bohlweg 31 – 48147 Münster
Telef. 0251 / 27 40 55"""


@mail("fernandes-da-silva-european-portuguese-cp1252", "2027-01-22 11:11:45",
      E("registration", "manuel.silva@centro-portugues-ms.example", "Manuel Fernandes da Silva",
        "Centro Português de Münster e.V.", ["AG3"], 2, "pt"), "pt")
def _(m):
    m.head(("From", "Manuel Fernandes da Silva <manuel.silva@centro-portugues-ms.example>"),
           ("To", MSO),
           ("Subject", ew("Inscrição no Dia das Organizações de Migrantes – Centro Português",
                          "windows-1252", "q")),
           ("Date", m.date),
           ("Message-ID", "<001201db6cb1$3f8e2a10$bea47e30$@centro-portugues-ms.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "pt-pt"),
           ("MIME-Version", "1.0"))
    m.single(CENTRO_TEXT, charset="windows-1252", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Serbian Cyrillic registration with a Latin ASCII display name; 'Нас двојица', радна група 2.

SOKO_TEXT = """Поштована госпођо Меза Кореа-Флок,
поштовани организатори,

захваљујем се на позиву за Дан мигрантских организација (Tag der Migrantenselbstorganisationen). Пишем у име Српског културног друштва „Соко“ Минстер, чији сам председник од 2021. године.

Наше друштво је основано 1969. године и једно је од најстаријих српских удружења у Вестфалији. Данас имамо 95 чланова. Имамо фолклорни ансамбл са три групе (деца, омладина и ветерани), школу српског језика и ћирилице суботом пре подне и библиотеку. Наше просторије се налазе у Хафенвегу 26 (Hafenweg 26) и отворене су петком од 18 до 22 часа и недељом после литургије.

Са градом Минстером сарађујемо већ дуго – учествовали смо у Интеркултурној недељи, на фестивалу култура на Домплацу 2023. године, а прошле године смо добили малу помоћ за нове народне ношње.

Овим путем пријављујем себе и потпредседника друштва, господина Милана Ђорђевића, за учешће 13. марта. Нас двојица бисмо желели да учествујемо у радној групи 2 – „Münsters Zukunftsprozess“, јер сматрамо да и старе мигрантске организације треба да учествују у планирању будућности града.

Унапред хвала и срдачан поздрав,

Небојша Станковић
председник
Српско културно друштво „Соко“ Минстер
Hafenweg 26, 48155 Münster
тел. 0170 / 533 18 42"""


@mail("stankovic-serbian-cyrillic-nas-dvojica", "2027-01-23 09:40:37",
      E("registration", "nebojsa.stankovic@mail.example", "Небојша Станковић",
        "Српско културно друштво „Соко“ Минстер", ["AG2"], 2, "sr"), "sr")
def _(m):
    m.head(("From", "Nebojsa Stankovic <nebojsa.stankovic@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Пријава за Дан мигрантских организација 13.03.2027.", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAGs5mT8qR2vW0nK4bY7xP1cL9dJ3hF6gE5aU8oS2iZ0wQ4tB7nM@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(SOKO_TEXT, gmail_html(SOKO_TEXT), charset="utf-8", cte="base64", style="gmail")


# -- 018 ---------------------------------------------------------------------
# Secretary registers the chairman (alone) and asks to confirm to his address: email and name are his.

TAMIL_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

ich schreibe Ihnen als Schriftführerin des Tamilischen Kulturvereins Münster e.V. Unser Vorsitzender, Herr Sivakumar Rajendran, möchte gern am Tag der Migrantenselbstorganisationen teilnehmen, hat aber im Moment beruflich sehr viel zu tun und hat mich gebeten, die Anmeldung für ihn zu übernehmen.

Zunächst ein paar Worte zu unserem Verein: Wir wurden 1989 von tamilischen Geflüchteten aus Sri Lanka gegründet. Heute gehören rund 110 Familien zu unserem Verein. Das Herzstück ist unsere Tamilschule: Jeden Samstag von 9 bis 13 Uhr unterrichten zwölf ehrenamtliche Lehrkräfte 85 Kinder in Tamil, Tanz (Bharatanatyam) und Musik, in Räumen einer Schule in Coerde. Viele unserer ehemaligen Schülerinnen und Schüler studieren heute Medizin, Informatik oder Lehramt – darauf sind wir sehr stolz. Daneben organisieren wir das Pongal-Fest im Januar und einen Sporttag im Sommer.

Herr Rajendran ist selbst Lehrer an einem Berufskolleg und setzt sich seit Jahren dafür ein, dass die Leistungen, die Kinder in ihrer Herkunftssprache erbringen, in der Schule stärker anerkannt werden. Deshalb möchte er an der Arbeitsgruppe 1 zum Bildungssystem teilnehmen. Er kommt allein; ich selbst kann an dem Tag leider nicht.

Bitte senden Sie die Anmeldebestätigung direkt an Herrn Rajendran: s.rajendran@tamil-kv-muenster.example

Vielen Dank und herzliche Grüße
Tharshini Kanagaratnam
Schriftführerin
Tamilischer Kulturverein Münster e.V.
Postanschrift: c/o Kanagaratnam, Am Kanonengraben 3, 48151 Münster"""


@mail("kanagaratnam-registers-chairman-confirm-to-him", "2027-01-25 08:20:14",
      E("registration", "s.rajendran@tamil-kv-muenster.example", "Sivakumar Rajendran",
        "Tamilischer Kulturverein Münster e.V.", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Tharshini Kanagaratnam <tharshini.k@tamil-kv-muenster.example>"),
           ("To", MSO),
           ("Cc", "Sivakumar Rajendran <s.rajendran@tamil-kv-muenster.example>"),
           ("Subject", "Anmeldung unseres Vorsitzenden zum MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<3f6a9c1e-7b28-4d05-a3e9-80c2d4b1f6a7@tamil-kv-muenster.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.1"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(TAMIL_TEXT, charset="utf-8", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# English HTML-only (new Outlook) registration, AG 3 by paraphrased title, three persons, plus a parking question.

ICA_TEXT = """Dear MSO Day team,

Greetings from the Indian Cultural Association Münster e.V.!

We are delighted to register for the Tag der Migrantenselbstorganisationen on 13 March. Three members of our executive committee will attend: myself, our Vice-President Mr Arjun Mehta, and our Treasurer Ms Deepa Nair. All three of us would like to join the workgroup on funding opportunities and effective association management – this is exactly where we need the most help right now.

A bit of background: the ICA Münster was founded in 1987 by Indian doctors and engineers and their families. For a long time we were a small circle of about 40 families. Since 2015, with the growing number of Indian students and IT professionals, we have grown to 310 members, which is wonderful, but it has also brought new challenges: our volunteer structures were not built for an organisation of this size, our Diwali celebration now needs a hall for 600 people, and we have never applied for public funding before.

Our regular activities include:
• Diwali and Holi celebrations (Holi in the Südpark, together with the district council)
• Classical dance and music classes for children (Bharatanatyam, Kathak, tabla) on Saturdays
• A Hindi and Tamil reading club
• Yoga mornings at the Aasee in summer

One practical question: is there parking near the Stadtweinhaus, or should we rather come by bus? Ms Nair has difficulty walking longer distances.

Thank you very much, and we look forward to meeting you.

Warm regards,
Dr. Kavitha Raghunathan
President, Indian Cultural Association Münster e.V.
Senior Physician, Department of Anaesthesiology, University Hospital Münster
Mobile: +49 170 448 2917"""


@mail("raghunathan-english-html-only-plus-parking-question", "2027-01-25 17:05:29",
      E("registration", "kavitha.r@ica-muenster.example", "Kavitha Raghunathan",
        "Indian Cultural Association Münster e.V.", ["AG3"], 3, "en"), "en", tz=0)
def _(m):
    m.head(("From", "\"Dr. Kavitha Raghunathan\" <kavitha.r@ica-muenster.example>"),
           ("To", MSO),
           ("Subject", "Registration for MSO Day + a question about parking"),
           ("Date", m.date),
           ("Message-ID", "<GV1P195MB1823A7C5E3B1D9F7A5C3E1B9D7F5A3C1@GV1P195MB1823.EURP195.PROD.OUTLOOK.example>"),
           ("Accept-Language", "en-US"),
           ("Content-Language", "en-US"),
           ("MIME-Version", "1.0"))
    m.single(new_outlook_html(ICA_TEXT), subtype="html", charset="utf-8", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Turkish registration with the workgroup only paraphrased (school and education) and 'beş kişi (ben dahil)'.

AHISKA_TEXT = """Saygıdeğer Kommunales Integrationszentrum ekibi,

Münster'deki Ahıska Türkleri adına size selam ve saygılarımı sunarım.

Derneğimiz, Ahıska Türkleri Kültür Derneği Münster e.V., 2004 yılında kuruldu. Üyelerimizin büyük bölümü 1990'lardan sonra Rusya, Kazakistan ve Özbekistan'dan Almanya'ya gelen Ahıska Türkü ailelerdir. Bugün derneğimizde 64 aile, yaklaşık 250 kişi kayıtlı. Derneğimizin lokali Gremmendorf'ta, Albersloher Weg 450 adresinde; hafta sonları 10:00–20:00 saatleri arasında açık.

Yaptığımız çalışmalar:
• çocuklar için hafta sonu Türkçe ve Rusça dersleri,
• gençlerimiz için meslek seçimi ve staj konusunda rehberlik,
• kadınlar için el sanatları ve yemek kursları,
• her yıl kasım ayında 1944 sürgününü anma programı.

Bizim için en büyük konu çocuklarımızın okul başarısı. Ailelerimizin çoğu Alman okul sistemini iyi tanımıyor; Gymnasium, Realschule ve Gesamtschule arasındaki farkları, öğretmenlerle nasıl konuşulacağını bilmiyorlar. Bu yüzden etkinlikte okul ve eğitimle ilgili çalışma grubuna katılmak istiyoruz.

Yönetim kurulundan beş kişi olarak geleceğiz (ben dahil). İsimleri gerekirse ayrıca gönderebilirim.

Katılımımızı onaylarsanız çok seviniriz.

Hürmetlerimle,
Nazim Osmanov
Dernek Başkanı
Ahıska Türkleri Kültür Derneği Münster e.V.
Albersloher Weg 450, 48167 Münster
Tel: 0157 / 788 40 16"""


@mail("osmanov-turkish-paraphrased-besh-kisi", "2027-01-26 13:40:02",
      E("registration", "nazim.osmanov@ahiska-muenster.example", "Nazim Osmanov",
        "Ahıska Türkleri Kültür Derneği Münster e.V.", ["AG1"], 5, "tr"), "tr")
def _(m):
    m.head(("From", "Nazim Osmanov <nazim.osmanov@ahiska-muenster.example>"),
           ("To", MSO),
           ("Subject", ew("Ahıska Türkleri Kültür Derneği - MSO Günü katılım", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1769431202.660184.4480@webmail.ahiska-muenster.example>"),
           ("MIME-Version", "1.0"))
    m.single(AHISKA_TEXT, charset="utf-8", cte="base64")


# -- 021 ---------------------------------------------------------------------
# Change quoting the confirmation (AG 1, 2): moves to AG 3 and grows to three, inside a long explanation.

AYDEMIR_TEXT = """Sehr geehrte Damen und Herren,

vielen Dank für die schnelle Bestätigung unserer Anmeldung.

Inzwischen hat sich bei uns einiges getan: Unser Vorstand hat sich in der vergangenen Woche zu seiner Jahresplanung getroffen, und dabei wurde beschlossen, dass wir 2027 zum ersten Mal einen größeren Projektantrag stellen wollen – für eine Eltern-Kind-Gruppe in Coerde, die wir bisher nur aus Spenden und Mitgliedsbeiträgen finanzieren. Zur Erklärung: Der Elternverein Regenbogen Münster-Coerde e.V. besteht seit 2009, hat 52 Mitglieder und betreibt seit 2015 ein Elterncafé im Stadtteilhaus (montags und donnerstags 9–12 Uhr) sowie eine Hausaufgabenbetreuung für 25 Grundschulkinder.

Aus diesem Grund möchten wir statt in der AG 1 lieber in der AG 3 (Förderungsmöglichkeiten und effektives Vereinsmanagement) teilnehmen. Außerdem kommt unser neuer Kassierer, Herr Okan Demir, mit, sodass wir nun zu dritt sind.

Bitte ändern Sie unsere Anmeldung entsprechend. Herzlichen Dank!

Mit freundlichen Grüßen

Nilüfer Aydemir
Vorsitzende
Elternverein Regenbogen Münster-Coerde e.V.
Königsberger Straße 108 · 48157 Münster
Tel. 0251 / 24 77 31

Vereinsregister Amtsgericht Münster VR 4923 · Vorstand: Nilüfer Aydemir, Petra Sommer, Okan Demir
Datenschutz: Informationen zur Verarbeitung Ihrer Daten finden Sie unter www.regenbogen-coerde.example/datenschutz"""


@mail("aydemir-change-ag1-to-ag3-and-three", "2027-01-27 10:25:18",
      E("change", "n.aydemir@regenbogen-coerde.example", "Nilüfer Aydemir",
        "Elternverein Regenbogen Münster-Coerde e.V.", ["AG3"], 3, "de"), "de", tz=0)
def _(m):
    m.head(("From", addr("Aydemir, Nilüfer", "n.aydemir@regenbogen-coerde.example",
                         "windows-1252", "q")),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbZr5cT1x0mE2kQ8u3aB7vY9wN4gAAbC1d"),
           ("Date", m.date),
           ("Message-ID", "<AM0PR06MB6410F3E1D9C7B5A3F1E9D7C5B3A1F9E7@AM0PR06MB6410.eurprd06.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270114162207.1d8e@muenster.example>"),
           ("References", "<mailbot.20270114162207.1d8e@muenster.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Donnerstag, 14. Januar 2027 16:22",
             "Aydemir, Nilüfer <n.aydemir@regenbogen-coerde.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Aydemir", "AG1", 2))
    m.alternative(outlook_plain(AYDEMIR_TEXT, quote), outlook_html(AYDEMIR_TEXT, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 022 ---------------------------------------------------------------------
# French registration: acronym in the text, full name in the signature; 'Nous serons quatre', n° 1.

AEFCM_TEXT = """Chère Madame Meza Correa-Flock,

Suite à votre invitation, transmise par le service des relations internationales de l'université, je vous écris au nom de l'Association des Étudiants et Familles Camerounais de Münster e.V.

Quelques mots sur nous : l'AEFCM a été fondée en 2010 par des étudiantes et étudiants camerounais de l'Université de Münster et de la FH. Au fil des années, beaucoup de nos membres ont terminé leurs études, ont trouvé un emploi ici et ont fondé une famille ; c'est pourquoi nous avons ajouté le mot « Familles » à notre nom en 2019. Nous sommes aujourd'hui 78 membres.

Nos principales activités :
– accueil et parrainage des nouveaux étudiants camerounais (une trentaine par an) ;
– soutien scolaire en mathématiques et en allemand pour les enfants de nos membres, le samedi de 14 h à 16 h ;
– la « Nuit camerounaise », notre grande soirée culturelle en novembre ;
– des conférences sur la reconnaissance des diplômes et l'orientation professionnelle.

En 2023 et en 2025, nous avons reçu une petite subvention de la Ville pour notre soutien scolaire, et nous avons participé à la table ronde « Bildungsgerechtigkeit » organisée par le Conseil d'intégration.

Nous souhaitons donc nous inscrire à la journée du 13 mars. Nous serons quatre : moi-même, notre trésorier Serge Essomba, et deux mamans de notre groupe de soutien scolaire, Aïcha Moussa et Clarisse Mballa. Nous aimerions toutes et tous participer au groupe de travail n° 1 sur le système éducatif.

Avec mes remerciements anticipés et mes salutations les plus cordiales,

Rachelle Ngo Bayiha
Présidente
Association des Étudiants et Familles Camerounais de Münster e.V.
Breul 23, 48143 Münster"""


@mail("ngo-bayiha-french-nous-serons-quatre", "2027-01-28 14:55:33",
      E("registration", "rachelle.ngobayiha@mail.example", "Rachelle Ngo Bayiha",
        "Association des Étudiants et Familles Camerounais de Münster e.V.", ["AG1"], 4, "fr"), "fr")
def _(m):
    m.head(("From", "Rachelle Ngo Bayiha <rachelle.ngobayiha@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Inscription AEFCM – Journée des MSO du 13 mars", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAE9tR3wQ6vN0mK8bX4yP2cL7dJ1hF5gE9aU3oS6iZ2qW8nB4xTs@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(AEFCM_TEXT, gmail_html(AEFCM_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 023 ---------------------------------------------------------------------
# Postfix DSN for a confirmation to an unknown user, with the confirmation returned.

@mail("postfix-bounce-user-unknown-confirmation", "2027-01-29 09:15:07",
      E("bounce", bounced="c.onyekachi@igbo-union-muenster.example"), "en")
def _(m):
    rcpt = "c.onyekachi@igbo-union-muenster.example"
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270129081507.2C9E41B7F0@mail.muenster.example>"),
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

<{rcpt}>: host mx.igbo-union-muenster.example[203.0.113.87] said:
    550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "2C9E41B7F0"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Fri, 29 Jan 2027 09:15:04 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx.igbo-union-muenster.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{rcpt}>: Recipient address\n"
                             "    rejected: User unknown in virtual mailbox table")])
    original = confirmation_message(
        f"Chukwuemeka Onyekachi <{rcpt}>", "Herr Onyekachi", "AG3", 2,
        "Fri, 29 Jan 2027 09:15:02 +0100", "<mailbot.20270129091502.6b2f@muenster.example>",
        "<0a7d3e91-c2f4-4b68-8e15-d9c0b3a6f274@igbo-union-muenster.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 024 ---------------------------------------------------------------------
# Portuguese Outlook HTML-only registration for two persons with no workgroup chosen yet.

TAVARES_TEXT = """Boa tarde,

Chamo-me Ana Lúcia Tavares e sou a presidente da Associação Cabo-Verdiana de Münster. Recebemos o vosso convite para o Dia das Organizações de Migrantes através da rede de associações lusófonas e gostaríamos muito de participar.

A nossa associação é pequena: foi fundada em 2015 por oito famílias cabo-verdianas e hoje tem 34 sócios. Reunimo-nos no segundo domingo de cada mês no centro comunitário de Berg Fidel (Hogenbergstraße 50), das 15h às 19h. Organizamos aulas de crioulo e de batuque para crianças, um grupo de apoio a mães sozinhas e, todos os anos em julho, a festa da independência de Cabo Verde, com cachupa para toda a gente.

Desde 2022 colaboramos com o Quartiersbüro de Berg Fidel, que nos cede a sala gratuitamente, e em 2024 participámos pela primeira vez num encontro de associações organizado pela cidade.

Inscrevemo-nos com duas pessoas: eu e o nosso secretário, o Sr. Edson Lopes. Quanto aos grupos de trabalho, ainda não decidimos – os três temas parecem-nos interessantes, por isso vamos escolher no próprio dia, se for possível.

Com os melhores cumprimentos,

Ana Lúcia Tavares
Presidente
Associação Cabo-Verdiana de Münster
Hogenbergstraße 50, 48153 Münster
Telemóvel: 0176 / 634 27 019

Esta mensagem e quaisquer anexos são confidenciais e destinam-se exclusivamente ao destinatário. Se recebeu esta mensagem por engano, por favor informe o remetente e apague-a."""


@mail("tavares-portuguese-outlook-html-no-workgroup", "2027-01-29 18:30:41",
      E("registration", "analucia.tavares@acv-muenster.example", "Ana Lúcia Tavares",
        "Associação Cabo-Verdiana de Münster", [], 2, "pt"), "pt")
def _(m):
    m.head(("From", addr("Ana Lúcia Tavares", "analucia.tavares@acv-muenster.example",
                         "windows-1252", "q")),
           ("To", MSO),
           ("Subject", ew("Inscrição – Associação Cabo-Verdiana de Münster", "windows-1252", "q")),
           ("Thread-Topic", ew("Inscrição – Associação Cabo-Verdiana de Münster", "windows-1252", "q")),
           ("Thread-Index", "AdtyQ0m4Hc9eRk2wS1bV7pN3xT6uYg=="),
           ("Date", m.date),
           ("Message-ID", "<DU2PR08MB7342B1A9C7E5D3F1B9A7C5E3D1F9B7A5@DU2PR08MB7342.eurprd08.prod.outlook.example>"),
           ("Content-Language", "pt-PT"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(TAVARES_TEXT, lang="PT"), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Board mailbox with a personal Reply-To that the text asks us to use; four persons, AG 1.

EZIDI_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

ich schreibe Ihnen über das Vorstandspostfach unseres Vereins; Rückfragen und die Bestätigung schicken Sie aber bitte an meine persönliche Adresse (siehe Antwortadresse), da ich die Anmeldungen für uns koordiniere.

Das Ezidische Kulturzentrum Münster e.V. gibt es seit 2012. Wir sind Anlaufstelle für rund 400 ezidische Familien in Münster und im Münsterland, viele von ihnen sind nach 2014 aus dem Irak und aus Syrien gekommen. In unserem Zentrum an der Robert-Bosch-Straße 12 (Öffnungszeiten: Mo–Do 16–20 Uhr, Sa 11–17 Uhr) bieten wir an:

– Sprachcafé und Alphabetisierungskurs für Frauen,
– psychosoziale Gesprächsgruppen in Kooperation mit einer Beratungsstelle,
– Hausaufgabenhilfe und Lernförderung für Schülerinnen und Schüler der Klassen 1–10,
– religiöse und kulturelle Feste wie Çarşema Sor im April.

Mit der Stadt arbeiten wir in mehreren Projekten zusammen, u. a. beim Programm „Bildung von Anfang an“ und im Arbeitskreis Flüchtlingshilfe.

Für den Tag der Migrantenselbstorganisationen melden wir uns mit vier Personen an: Leyla Hesen (stellv. Vorsitzende), Xidir Murad, Nesrin Qasim und Dilvin Elias. Wir möchten alle in die AG 1, weil Bildung für unsere Kinder das wichtigste Thema ist – viele sind als Quereinsteiger in deutsche Schulen gekommen und brauchen mehr Unterstützung.

Vielen Dank für die Organisation und herzliche Grüße

Leyla Hesen
stellv. Vorsitzende

Ezidisches Kulturzentrum Münster e.V.
Robert-Bosch-Straße 12 · 48153 Münster
Registergericht: Amtsgericht Münster · VR 5580
Vertretungsberechtigter Vorstand: Khalil Murad (Vorsitzender), Leyla Hesen (stellv. Vorsitzende)

VERTRAULICHKEITSHINWEIS: Diese Nachricht und alle Anhänge sind vertraulich und ausschließlich für den bezeichneten Adressaten bestimmt. Sollten Sie nicht der vorgesehene Adressat sein, unterrichten Sie bitte den Absender und vernichten Sie diese Nachricht. Eine Weiterleitung, Vervielfältigung oder Nutzung der Inhalte ist ohne Zustimmung des Absenders nicht gestattet.

Datenschutzhinweis: Ihre Daten verarbeiten wir gemäß Art. 6 Abs. 1 DSGVO ausschließlich zur Vereinskommunikation. Weitere Informationen: ezidisches-zentrum-ms.example/datenschutz"""


@mail("hesen-board-mailbox-personal-reply-to", "2027-02-01 10:10:56",
      E("registration", "leyla.hesen@mail.example", "Leyla Hesen",
        "Ezidisches Kulturzentrum Münster e.V.", ["AG1"], 4, "de"), "de")
def _(m):
    m.head(("From", addr("Ezidisches Kulturzentrum Münster e.V.",
                         "vorstand@ezidisches-zentrum-ms.example")),
           ("Reply-To", "Leyla Hesen <leyla.hesen@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Anmeldung MSO-Tag 13.03.2027 – Ezidisches Kulturzentrum", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270201101056.Horde.k3Q9vT1xN7bR2mW5yL0cP4a@webmail.ezidisches-zentrum-ms.example>"),
           ("User-Agent", "Horde Application Framework 5"),
           ("MIME-Version", "1.0"))
    m.alternative(EZIDI_TEXT, div_html(EZIDI_TEXT, "font-family: Arial;font-size: 10pt;"),
                  charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# English change of party size only (1 to 3), workgroup unchanged, Outlook quote under a rule.

OSMAN_TEXT = """Dear MSO Day team,

thank you for confirming my registration.

When I registered three weeks ago, I thought I would be the only one from our association who could come on a Saturday. In the meantime our general assembly (held last Sunday, with 41 of our 67 members present – a record!) has elected a new board, and two of the new board members, Mr Hamid Abdelrahman and Ms Sara Idris, are very keen to attend as well. Both are fairly new to association work, and the MSO Day seems like the perfect opportunity for them to get to know the other organisations and the people at the city.

Could you therefore please change our registration from 1 to 3 persons? The workgroup stays the same for all of us.

For your records, here are our updated association details:
Sudanese Community Association Münster e.V.
Chair: Amal Osman (re-elected)
Address: Hansaring 71, 48155 Münster
Office hours: Wednesdays 6–8 pm
Founded 2006 – 67 members – Arabic lessons for children, women's group, and an iftar for the whole neighbourhood every Ramadan

Many thanks and best wishes,
Amal Osman"""


@mail("osman-english-change-one-to-three", "2027-02-02 12:00:24",
      E("change", "amal.osman@sudanese-ms.example", "Amal Osman",
        "Sudanese Community Association Münster e.V.", [], 3, "en"), "en", tz=0)
def _(m):
    m.head(("From", "Amal Osman <amal.osman@sudanese-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbZQ9xU3k7mB1qT5e2cW8aR4vN0gAKlM3p"),
           ("Date", m.date),
           ("Message-ID", "<LO2P265MB5128D4F2B0A8C6E4F2D0B8A6C4E2F0D8@LO2P265MB5128.GBRP265.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270112184703.9a0c@muenster.example>"),
           ("References", "<mailbot.20270112184703.9a0c@muenster.example>"),
           ("Accept-Language", "en-GB"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Tuesday, January 12, 2027 6:47 PM",
             "Amal Osman <amal.osman@sudanese-ms.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Osman", "AG2", 1))
    m.alternative(outlook_plain(OSMAN_TEXT, quote, ui="en", rule=True),
                  outlook_html(OSMAN_TEXT, quote, ui="en", charset="utf-8", lang="EN-GB"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 027 ---------------------------------------------------------------------
# Forward of her own registration first sent to an old address; new text says it stands; AG 2 else AG 3.

PETROSYAN_NEW = """Sehr geehrte Damen und Herren,

die untenstehende Anmeldung hatte ich am 22. Januar direkt an Frau Meza Correa-Flock geschickt, weil ich die Adresse noch vom Flyer aus dem Jahr 2021 hatte. Heute kam eine Abwesenheitsnotiz, dass Mails an diese Adresse bis Ende Februar nicht gelesen werden und man sich an mso-tag@muenster.example wenden soll. Deshalb leite ich sie Ihnen hiermit weiter – die Anmeldung gilt natürlich unverändert.

Viele Grüße
Anahit Petrosyan"""

PETROSYAN_FWD = """Liebe Frau Meza Correa-Flock,

wir haben uns im vergangenen Herbst beim Empfang des Oberbürgermeisters für die Ehrenamtlichen kurz kennengelernt – ich bin die Vorsitzende der Armenischen Gemeinde Münster e.V.

Unsere Gemeinde wurde 1985 gegründet und hat heute 90 Mitglieder, darunter viele Familien, die in den 1990er-Jahren aus Armenien, aus dem Iran und aus der Türkei nach Münster gekommen sind. Wir haben eine Sonntagsschule für Armenisch (zwei Klassen, 18 Kinder), einen Chor, der auch in der Apostelkirche auftritt, und jedes Jahr am 24. April eine Gedenkveranstaltung, die wir seit 2015 gemeinsam mit der Stadt und den Kirchengemeinden ausrichten. Unsere Treffen finden jeden zweiten Sonntag im Gemeindehaus an der Hüfferstraße statt.

Zum Tag der Migrantenselbstorganisationen möchte ich mich gern anmelden, ich komme allein. Als Erstwunsch bitte die AG 2 zum Zukunftsprozess, als Zweitwunsch die AG 3. Wir überlegen gerade, ob wir uns als Gemeinde stärker in die Stadtteilarbeit einbringen, und da würde mich der Austausch sehr interessieren.

Herzliche Grüße
Anahit Petrosyan
Vorsitzende
Armenische Gemeinde Münster e.V.
Tel. 0251 / 48 29 60"""


@mail("petrosyan-forwards-registration-sent-to-old-address", "2027-02-03 09:50:11",
      E("registration", "anahit.petrosyan@armenische-gemeinde-ms.example", "Anahit Petrosyan",
        "Armenische Gemeinde Münster e.V.", ["AG2", "AG3"], 1, "de"), "de")
def _(m):
    me = "Anahit Petrosyan <anahit.petrosyan@armenische-gemeinde-ms.example>"
    m.head(("From", me),
           ("To", MSO),
           ("Subject", "WG: Anmeldung Tag der Migrantenselbstorganisationen - Armenische Gemeinde"),
           ("Date", m.date),
           ("Message-ID", "<e2b7c4a1-95d0-4f3e-8a6c-1d9b0f72e5c3@armenische-gemeinde-ms.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.1"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""{PETROSYAN_NEW}


-------- Weitergeleitete Nachricht --------
Betreff: 	Anmeldung Tag der Migrantenselbstorganisationen - Armenische Gemeinde
Datum: 	Fri, 22 Jan 2027 19:04:51 +0100
Von: 	{me}
An: 	ximena.meza-correa-flock@stadt-muenster.example



{PETROSYAN_FWD}
""", charset="utf-8", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Turkish Thunderbird change quoting the confirmation: from group 2 to group 3, same number of persons.

AKBULUT_TEXT = """Merhaba,

onay e-postanız için çok teşekkür ederiz.

Bir konuda değişiklik rica edeceğiz. Münster Türk Halk Müziği Korosu olarak 1998'den beri faaliyetteyiz; şu anda 48 korist ve 6 sazendemiz var, provalarımızı her perşembe akşamı 19:00–22:00 arası Bürgerhaus'ta yapıyoruz. Geçen ay yıllık konserimizi Hiltrup'ta verdik ve 500'den fazla dinleyici geldi – ama konser yine zararla kapandı. Salon kirası, ses sistemi, afişler... Her yıl aynı sorun.

Bu yüzden yönetim kurulumuz, Münster'in geleceğiyle ilgili 2. çalışma grubu yerine 3. çalışma grubuna, yani "Förderungsmöglichkeiten und effektives Vereinsmanagement" grubuna katılmamızın daha doğru olacağına karar verdi. Kişi sayısı aynı kalıyor (2 kişi).

Kaydımızı buna göre değiştirebilirseniz çok seviniriz.

Saygılarımla,
Cengiz Akbulut
Yönetim Kurulu Başkanı
Münster Türk Halk Müziği Korosu e.V."""


@mail("akbulut-turkish-change-to-ag3-thunderbird", "2027-02-04 11:30:37",
      E("change", "cengiz.akbulut@thm-korosu.example", "Cengiz Akbulut",
        "Münster Türk Halk Müziği Korosu e.V.", ["AG3"], None, "tr"), "tr")
def _(m):
    m.head(("From", "Cengiz Akbulut <cengiz.akbulut@thm-korosu.example>"),
           ("To", TO_MSO),
           ("Subject", "Ynt: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<7c1e9a42-b3d8-4f60-9e27-5a0d8c6f1b34@thm-korosu.example>"),
           ("In-Reply-To", "<mailbot.20270120114205.3e7b@muenster.example>"),
           ("References", "<mailbot.20270120114205.3e7b@muenster.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(f"""{AKBULUT_TEXT}

20.01.2027 11:42 tarihinde Tag der Migrantenselbstorganisationen yazdı:
{gt_quote(confirmation("Herr Akbulut", "AG2", 2))}
""", charset="utf-8", cte="8bit")


# -- 029 ---------------------------------------------------------------------
# Another association's bulk newsletter that promotes the MSO-Tag and mentions AG 3: other.

HDK_SECTIONS = [
    ("Programm Februar/März",
     "Sa 13.02., 15 Uhr: Erzählcafé „Angekommen in Münster – damals und heute“\n"
     "Do 25.02., 19 Uhr: Lesung mit Dilek Arslan aus „Zwei Küchen, ein Zuhause“\n"
     "Fr 05.03., 18 Uhr: Offene Bühne – Musik aus aller Welt"),
    ("Tag der Migrantenselbstorganisationen am 13. März",
     "Auch in diesem Jahr lädt das Kommunale Integrationszentrum zum MSO-Tag ins Stadtweinhaus ein. "
     "Wir sind mit drei Leuten dabei, in der AG 3 zu Förderung und Vereinsmanagement. "
     "Auch Ihr Verein sollte sich anmelden: bis zum 6. März formlos per E-Mail an "
     "mso-tag@muenster.example, mit Name, Organisation, gewünschter Arbeitsgruppe und Personenzahl."),
    ("Ehrenamtsbörse",
     "Sie suchen Helferinnen und Helfer für Ihr Vereinsfest oder Ihre Hausaufgabenhilfe? "
     "Tragen Sie Ihr Gesuch kostenlos in unsere Ehrenamtsbörse ein: hdk-muenster.example/ehrenamt"),
    ("In eigener Sache",
     "Das Haus der Kulturen ist ab sofort auch samstags von 10 bis 14 Uhr geöffnet. "
     "Unsere Räume können Vereine weiterhin zum Selbstkostenpreis mieten."),
]

HDK_FOOTER = """Haus der Kulturen Münster e.V. · Achtermannstraße 10 · 48143 Münster
Sie erhalten diesen Rundbrief, weil Sie ihn auf hdk-muenster.example bestellt haben.
Abbestellen: hdk-muenster.example/newsletter/abmelden?id=77120"""


def hdk_plain():
    out = ["HdK-Rundbrief Februar 2027", "==========================", "",
           "Liebe Freundinnen und Freunde des Hauses der Kulturen,", "",
           "der Februar bringt ein volles Haus – hier das Wichtigste in Kürze.", ""]
    for title, body in HDK_SECTIONS:
        out += [f"*** {title} ***", body, ""]
    out += ["Herzliche Grüße", "Ihr Team vom Haus der Kulturen", "", "--", HDK_FOOTER]
    return "\n".join(out)


def hdk_html():
    def para(text):
        return "<br>\n".join(esc(line) for line in text.split("\n"))
    rows = "".join(
        "<tr><td class=\"block\" style=\"padding:16px 24px;border-bottom:1px solid #dde7ee;\">"
        f"<h3 style=\"margin:0 0 6px 0;color:#1b5e7a;font-size:16px;\">{esc(t)}</h3>"
        f"<p style=\"margin:0;font-size:14px;line-height:20px;\">{para(b)}</p></td></tr>\n"
        for t, b in HDK_SECTIONS)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>HdK-Rundbrief Februar 2027</title></head>
<body style="margin:0;background:#eef3f6;font-family:Georgia,serif;color:#222;">
<div style="display:none;max-height:0;overflow:hidden;">Programm, MSO-Tag am 13. März, Ehrenamtsbörse</div>
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff;">
<tr><td style="background:#1b5e7a;color:#ffffff;padding:20px 24px;font-size:22px;">HdK-Rundbrief Februar 2027</td></tr>
<tr><td style="padding:20px 24px 8px 24px;font-size:15px;">Liebe Freundinnen und Freunde des Hauses der Kulturen,<br><br>der Februar bringt ein volles Haus – hier das Wichtigste in Kürze.</td></tr>
{rows}<tr><td style="padding:16px 24px;font-size:15px;">Herzliche Grüße<br>Ihr Team vom Haus der Kulturen</td></tr>
<tr><td style="background:#f4f7f9;padding:14px 24px;font-size:11px;color:#777;">{para(HDK_FOOTER)}</td></tr>
</table></td></tr></table>
<img src="https://hdk-muenster.example/nl/open.gif?id=77120" width="1" height="1" alt="">
</body></html>
"""


@mail("haus-der-kulturen-newsletter-mentions-mso-tag", "2027-02-05 16:20:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Haus der Kulturen Münster <rundbrief@hdk-muenster.example>"),
           ("To", MSO),
           ("Subject", "HdK-Rundbrief Februar 2027: Programm, MSO-Tag, Ehrenamtsbörse"),
           ("Date", m.date),
           ("Message-ID", "<rundbrief-2027-02.77120.a4e1@hdk-muenster.example>"),
           ("List-Id", "HdK-Rundbrief <rundbrief.hdk-muenster.example>"),
           ("List-Unsubscribe", "<https://hdk-muenster.example/newsletter/abmelden?id=77120>, <mailto:abmelden@hdk-muenster.example?subject=77120>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Mailer", "Rundbrief-Versand 2.8"),
           ("MIME-Version", "1.0"))
    m.alternative(hdk_plain(), hdk_html(), charset="utf-8", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# English Yahoo registration after the portrait; workgroup 2 first, workgroup 1 second; alone.

BEKELE_TEXT = """Hello,

My name is Selamawit Bekele and I am writing on behalf of the Ethiopian Community Association Münster e.V., where I have been the chairwoman since 2023.

Our association was founded in 2002 by a handful of Ethiopian families and students. Today we have 85 members, and through our events we reach about 300 people of Ethiopian and Eritrean origin in Münster and the surrounding area. Some of the things we do:

- a traditional coffee ceremony every last Sunday of the month, open to everyone, in the Begegnungszentrum Meerwiese
- an Amharic Saturday school for 22 children
- a support group for newly arrived women, together with a local refugee counselling service
- celebrations for Enkutatash (Ethiopian New Year) in September and Timket in January

Since 2019 we have received a small grant from the city for our Saturday school, and in 2023 two of our members took part in a citizens' workshop on the future of the Berg Fidel neighbourhood. That experience showed us how little the voices of African communities are heard when the city plans for the future.

This is why I would like to register for the MSO Day on 13 March. It will be just me. My first choice is workgroup 2 (Münster's future process from the perspective of people with a migration background); if there is no place left there, I would also be happy with workgroup 1.

Thank you very much for your work, and see you in March!

Amesegnalehu,
Selamawit Bekele
Chairwoman, Ethiopian Community Association Münster e.V."""


@mail("bekele-english-yahoo-first-and-second", "2027-02-08 09:05:48",
      E("registration", "selamawit.bekele@yahoo.example", "Selamawit Bekele",
        "Ethiopian Community Association Münster e.V.", ["AG2", "AG1"], 1, "en"), "en")
def _(m):
    m.head(("From", "Selamawit Bekele <selamawit.bekele@yahoo.example>"),
           ("To", "mso-tag@muenster.example"),
           ("Subject", "Registration for 13 March"),
           ("Date", m.date),
           ("Message-ID", "<1402887516.2291846.1770537948113@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.23187 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.alternative(BEKELE_TEXT, yahoo_html(BEKELE_TEXT), charset="utf-8",
                  cte="quoted-printable", style="yahoo")


# -- 031 ---------------------------------------------------------------------
# Portuguese Gmail change quoting the confirmation: grupo 2 to grupo 1, still two persons.

CARVALHO_TEXT = """Olá, boa tarde!

Muito obrigada pela confirmação.

Escrevo porque, depois da reunião da nossa associação na semana passada, percebemos que o tema que mais nos toca é a escola. Só para contextualizar: a Associação de Mulheres Lusófonas de Münster reúne desde 2018 mulheres do Brasil, de Portugal, de Angola, de Moçambique e de Cabo Verde – somos hoje 43 sócias – e no nosso grupo de mães, às quartas-feiras de manhã no Begegnungszentrum Kinderhaus, a conversa acaba sempre no mesmo assunto: a recomendação escolar depois do 4.º ano, as aulas de alemão como segunda língua, o medo de os filhos ficarem para trás.

Por isso gostaríamos de trocar: em vez do grupo de trabalho 2, preferimos o grupo de trabalho 1 (Bildungssystem). Continuamos a ser duas pessoas.

Desde já agradeço e desejo uma ótima semana!

Luíza Carvalho
Associação de Mulheres Lusófonas de Münster"""


@mail("carvalho-portuguese-change-gmail-quote", "2027-02-09 13:30:22",
      E("change", "luiza.carvalho@mail.example", "Luíza Carvalho",
        "Associação de Mulheres Lusófonas de Münster", ["AG1"], None, "pt"), "pt")
def _(m):
    m.head(("From", addr("Luíza Carvalho", "luiza.carvalho@mail.example")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAKp7wR4tV1nQ9mX3bL6yZ0cJ8dF2hG5eA1uS7oN3iW9qT4vB6xRe@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270115103107.8f2d@muenster.example>"),
           ("References", "<mailbot.20270115103107.8f2d@muenster.example>"),
           ("MIME-Version", "1.0"))
    plain, htm = gmail_reply(
        CARVALHO_TEXT,
        f"Em sex., 15 de jan. de 2027 às 10:31, Tag der Migrantenselbstorganisationen <{MSO}> escreveu:",
        confirmation("Frau Carvalho", "AG2", 2))
    m.alternative(plain, htm, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 032 ---------------------------------------------------------------------
# French mail that is all portrait; the registration (atelier n° 3, two persons) is in a P.S.

BENSALAH_TEXT = """Madame, Monsieur,

Je vous remercie pour votre invitation à la Journée des organisations de migrants, qui m'a été transmise par un collègue du Conseil d'intégration.

Permettez-moi de vous présenter l'Union des Tunisiens de Münster, que je préside depuis 2020. Notre association a été fondée en 1999 ; elle compte aujourd'hui 57 membres, surtout des familles, mais aussi de nombreux étudiants et ingénieurs arrivés ces dernières années. Nous organisons des cours d'arabe pour les enfants le samedi matin, une fête de l'Aïd ouverte à tous les habitants du quartier, des tournois de football et des soirées d'information sur la vie en Allemagne (impôts, logement, études).

Notre collaboration avec la Ville a commencé en 2019 à la fête de quartier de Coerde, où nous tenions un stand de pâtisseries tunisiennes, et elle s'est poursuivie pendant la pandémie, quand nos bénévoles ont aidé à traduire les informations sanitaires en arabe. Depuis, nous avons le sentiment que la Ville nous connaît mieux, mais nous manquons toujours de moyens : nous n'avons pas de local à nous, et nos cours ont lieu dans une salle que nous prête une paroisse de Mecklenbeck.

Je serais heureux de pouvoir échanger à ce sujet avec d'autres associations le 13 mars.

Avec mes salutations distinguées,

Karim Ben Salah
Président de l'Union des Tunisiens de Münster
Tél. 0152 / 519 64 08

P.S. : J'allais oublier l'essentiel ! Je souhaite bien sûr m'inscrire, pour l'atelier n° 3 sur les financements et la gestion associative. Mon collègue Hichem Trabelsi, notre trésorier, viendra aussi avec moi."""


@mail("ben-salah-french-registration-in-ps", "2027-02-10 17:45:03",
      E("registration", "karim.bensalah@utm-muenster.example", "Karim Ben Salah",
        "Union des Tunisiens de Münster", ["AG3"], 2, "fr"), "fr")
def _(m):
    m.head(("From", "Karim Ben Salah <karim.bensalah@utm-muenster.example>"),
           ("To", MSO),
           ("Subject", ew("Journée des MSO – Union des Tunisiens de Münster", "windows-1252", "q")),
           ("Date", m.date),
           ("Message-ID", "<b9e3f0a2-6c71-4d58-a2e4-3f8c1d0b7a96@utm-muenster.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.1"),
           ("Content-Language", "fr"),
           ("MIME-Version", "1.0"))
    m.single(BENSALAH_TEXT, charset="windows-1252", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Bilingual Turkish/German out-of-office to the reminder, without any auto header.

KORKMAZ_OOF = """Merhaba,

e-postanız için teşekkür ederim. 8 Şubat - 22 Şubat 2027 tarihleri arasında izindeyim ve e-postalarıma bakamıyorum. Acil durumlarda derneğimizin bürosuna 0251 / 39 20 77 numarasından ulaşabilirsiniz.

Guten Tag,

vielen Dank für Ihre Nachricht. Vom 8. bis 22. Februar 2027 bin ich im Urlaub und lese keine E-Mails. In dringenden Fällen erreichen Sie unser Vereinsbüro unter 0251 / 39 20 77.

Ayten Korkmaz
Dostluk Kültür Derneği Münster e.V. / Freundschaftsverein Münster e.V."""


@mail("korkmaz-bilingual-out-of-office-no-header", "2027-02-11 10:04:41",
      E("auto_reply"), "tr")
def _(m):
    m.head(("From", "Ayten Korkmaz <ayten.korkmaz@dostluk-ms.example>"),
           ("To", TO_MSO),
           ("Subject", ew("Otomatik yanıt / Automatische Antwort: " + REMINDER_SUBJECT, "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<ooo.20270211100441.55f2@dostluk-ms.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("MIME-Version", "1.0"))
    m.single(KORKMAZ_OOF, charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# English question (age, wheelchair access, group size) that promises the registration later.

ASANTE_TEXT = """Dear Sir or Madam,

I hope this message finds you well. I am writing on behalf of the African Youth Network Münster, a youth-led initiative that brings together young people aged 16 to 27 with roots in more than 15 African countries.

We started in 2020, during the pandemic, as a WhatsApp group for homework help, and have since grown into an active group of about 60 young people. We meet every Friday from 5 to 8 pm in a youth centre in Gievenbeck, run a mentoring programme in which university students support pupils preparing for their Abitur or for vocational training, and organise an annual Afro Culture Day at the harbour. We are not a registered association yet; the city's youth office and the youth centre support us with rooms and advice.

We would very much like to take part in the MSO Day on 13 March, but I have a few questions before we register:

1. Several of our most active members are 16 or 17 years old. Is there a minimum age, and do they need written permission from their parents?
2. One of our members uses a wheelchair. Is the Stadtweinhaus accessible, including the workgroup rooms and the toilets?
3. Could a youth group like ours come with more than five people, or is the number per organisation limited?

Once I have your answers, I will send you our registration with the names and workgroups.

Thank you very much in advance!

Best regards,
Kwabena Asante
Coordinator, African Youth Network Münster
Instagram: ayn.muenster"""


@mail("asante-english-question-age-wheelchair", "2027-02-11 15:20:16",
      E("question", "k.asante@ayn-muenster.example", "Kwabena Asante",
        "African Youth Network Münster", [], None, "en"), "en")
def _(m):
    m.head(("From", "Kwabena Asante <k.asante@ayn-muenster.example>"),
           ("To", MSO),
           ("Subject", "Questions about the MSO Day - youth members and accessibility"),
           ("Date", m.date),
           ("Message-ID", "<CAF2xQ7mT4vR9nW1bK6yL3cP0dJ8hG5eA2uS9oN1iX7qZ4tB3vMw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single(ASANTE_TEXT, charset="utf-8", cte="7bit" if ASANTE_TEXT.isascii() else "quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Learner German from a phone: short org name in text, full in signature; mother and daughter, AG 1.

RADUGA_TEXT = """Guten Tag Frau Meza Correa-Flock,

ich heiße Olga Schneider und bin Vorsitzende von unsere Verein „Raduga“ (das heißt Regenbogen). Ich schreibe vom Handy, entschuldigen Sie bitte die Fehler.

Unsere Verein gibt es seit 2007, wir haben 65 Mitglieder, meistens Familien aus Russland, Kasachstan, Ukraine und Baltikum. Wir machen Samstagsschule mit Mathe und Russisch für Kinder (3 Gruppen, zusammen 40 Kinder), Theatergruppe, und jeden Dezember Neujahrsfest für Kinder mit Ded Moroz. Seit 2022 wir helfen auch viel ukrainische Familien, die neu in Münster sind, mit Schulanmeldung und Übersetzung bei Elternsprechtag. Wir treffen uns in Räume von Gemeindezentrum in Angelmodde, Samstag 10 bis 14 Uhr.

Wir möchten gerne kommen am 13. März, ich und meine Tochter Anastasia (sie ist 17 und macht bei uns die Theatergruppe). Wir wollen Arbeitsgrupe 1 mit Schule und Bildung, weil das ist für unsere Eltern das wichtigste Thema. Viele Eltern verstehen nicht, warum Kind nach 4. Klasse schon muss entscheiden welche Schule.

Vielen Dank und schöne Grüße
Olga Schneider
Verein russischsprachiger Eltern „Raduga“ Münster e.V.

Von meinem Samsung Galaxy gesendet"""


@mail("schneider-learner-german-phone-with-daughter", "2027-02-12 11:00:54",
      E("registration", "olga.schneider82@mail.example", "Olga Schneider",
        "Verein russischsprachiger Eltern „Raduga“ Münster e.V.", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Olga Schneider <olga.schneider82@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<q8w2e4.1770890454.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single(RADUGA_TEXT, charset="utf-8", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# German Gmail change: AG 1 to AG 2, and stay in AG 1 if AG 2 is full.

CASTILLO_TEXT = """Liebes Team vom MSO-Tag,

danke für die Bestätigung! Ich hätte eine Bitte: Wäre es möglich, dass ich von der AG 1 in die AG 2 wechsle?

Zum Hintergrund: Das Lateinamerika-Forum Münster e.V. – ein Zusammenschluss von inzwischen elf lateinamerikanischen Vereinen und Initiativen in Münster, gegründet 2013 – wurde im Januar in die Begleitgruppe für das neue Integrationskonzept der Stadt berufen. Ich bin dort unser Delegierter, und das Thema der AG 2 passt deshalb jetzt viel besser zu meiner Rolle. Die Bildungsthemen übernimmt bei uns ohnehin der Peruanische Kulturverein Inti Raymi, dessen Vorsitzende sich, soweit ich weiß, schon selbst angemeldet hat.

Falls die AG 2 schon voll sein sollte, bleibe ich natürlich gern in der AG 1.

Viele Grüße aus dem Kreuzviertel
Ramón Castillo Wessels
Sprecher
Lateinamerika-Forum Münster e.V.
www.lateinamerika-forum.example | Treffen jeden 1. Dienstag im Monat, 19:30 Uhr, im Weltladen"""


@mail("castillo-wessels-change-ag2-else-stay", "2027-02-15 09:30:29",
      E("change", "ramon.castillo@lateinamerika-forum.example", "Ramón Castillo Wessels",
        "Lateinamerika-Forum Münster e.V.", ["AG2", "AG1"], None, "de"), "de")
def _(m):
    m.head(("From", addr("Ramón Castillo Wessels", "ramon.castillo@lateinamerika-forum.example")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAM8rT5qW2vN7mK0bX9yP4cL1dJ6hF3gE8aU5oS0iZ7wQ2nB9xVk@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270125094702.4c6a@muenster.example>"),
           ("References", "<mailbot.20270125094702.4c6a@muenster.example>"),
           ("MIME-Version", "1.0"))
    plain, htm = gmail_reply(
        CASTILLO_TEXT,
        f"Am Mo., 25. Jan. 2027 um 09:47 Uhr schrieb Tag der Migrantenselbstorganisationen <{MSO}>:",
        confirmation("Herr Castillo Wessels", "AG1", 1))
    m.alternative(plain, htm, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 037 ---------------------------------------------------------------------
# Turkish iPhone registration, chatty; 3. grup first, 2. grup second; alone.

KOCABAS_TEXT = """Merhabalar,

ben Emre Kocabaş, 24 yaşındayım ve Münster Türk Gençlik Birliği e.V.'nin yönetim kurulundayım. Telefondan yazıyorum, kusura bakmayın biraz uzun olacak :)

Birliğimiz 2016'da kuruldu, şu an 110 civarı genç üyemiz var, çoğu üniversite öğrencisi ya da meslek eğitiminde. Her cuma akşamı bir gençlik merkezinde buluşuyoruz; futbol turnuvaları, kariyer günleri, Almanca-Türkçe münazara geceleri düzenliyoruz. Geçen yıl Stadtwerke ile birlikte "Gençler şehri planlıyor" diye bir atölye yaptık, çok güzel geçti.

Etkinliğe tek kişi olarak katılmak istiyorum. Birinci tercihim 3. çalışma grubu (Förderung / Vereinsmanagement), çünkü birliğimiz büyüdükçe muhasebe ve fon başvuruları bizi çok zorluyor. Eğer orası doluysa 2. grup da olur.

Şimdiden teşekkürler, görüşmek üzere!
Emre Kocabaş
Münster Türk Gençlik Birliği e.V. | Yönetim Kurulu Üyesi

iPhone'umdan gönderildi"""


@mail("kocabas-turkish-iphone-first-and-second", "2027-02-17 14:10:15",
      E("registration", "emre.kocabas@mail.example", "Emre Kocabaş",
        "Münster Türk Gençlik Birliği e.V.", ["AG3", "AG2"], 1, "tr"), "tr")
def _(m):
    m.head(("From", addr("Emre Kocabaş", "emre.kocabas@mail.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", ew("MSO-Tag kaydı", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<4D9E2B71-A6C3-4F08-B5E1-9C7A3D0F2E68@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single(KOCABAS_TEXT, charset="utf-8", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# German Outlook cancellation with a very long legal footer, quoting the confirmation (AG 3, 3).

YUSUF_TEXT = """Sehr geehrte Damen und Herren,

leider muss ich Ihnen mitteilen, dass wir unsere Anmeldung für den Tag der Migrantenselbstorganisationen zurückziehen müssen.

Der Somalische Kulturverein Münster e.V. hält seine Mitgliederversammlung satzungsgemäß im ersten Quartal ab. Wegen der Renovierung unseres Vereinsraums konnten wir den ursprünglich geplanten Termin im Februar nicht halten, und der einzige Ersatztermin, den uns das Bürgerhaus anbieten konnte, ist ausgerechnet Samstag, der 13. März. Da in diesem Jahr Vorstandswahlen anstehen und über den Haushalt 2027 abgestimmt werden muss, ist die Anwesenheit des gesamten Vorstands zwingend.

Bitte streichen Sie daher alle drei angemeldeten Personen von der Teilnehmerliste, damit die Plätze in der Arbeitsgruppe an andere Vereine vergeben werden können. Wir bedauern das sehr, denn gerade das Thema der AG 3 hätte uns sehr interessiert – im nächsten Jahr melden wir uns ganz sicher wieder an.

Mit freundlichen Grüßen

Dr. Halima Yusuf-Kramer
1. Vorsitzende

Somalischer Kulturverein Münster e.V.
Steinfurter Straße 88 | 48149 Münster
Tel.: 0251 / 9 87 65 40 | Fax: 0251 / 9 87 65 41
E-Mail: h.yusuf-kramer@somali-kv-muenster.example

Vorstand: Dr. Halima Yusuf-Kramer (1. Vors.), Abdirahman Farah (2. Vors.), Hodan Ali (Kassiererin)
Eingetragen im Vereinsregister des Amtsgerichts Münster unter VR 4781
Gemeinnützig gemäß Freistellungsbescheid des Finanzamts Münster-Außenstadt vom 14.03.2025
Spendenkonto: IBAN DE00 4006 0265 0034 5512 00

Der Inhalt dieser E-Mail ist vertraulich und ausschließlich für den bezeichneten Adressaten bestimmt. Wenn Sie nicht der vorgesehene Adressat dieser E-Mail oder dessen Vertreter sein sollten, so beachten Sie bitte, dass jede Form der Kenntnisnahme, Veröffentlichung, Vervielfältigung oder Weitergabe des Inhalts dieser E-Mail unzulässig ist. Wir bitten Sie, sich in diesem Fall mit dem Absender der E-Mail in Verbindung zu setzen.

Bitte prüfen Sie, ob der Ausdruck dieser E-Mail wirklich erforderlich ist."""


@mail("yusuf-kramer-cancel-outlook-legal-footer", "2027-02-22 08:45:36",
      E("cancellation", "h.yusuf-kramer@somali-kv-muenster.example", "Halima Yusuf-Kramer",
        "Somalischer Kulturverein Münster e.V.", [], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Dr. Halima Yusuf-Kramer" <h.yusuf-kramer@somali-kv-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbbx2kR7c0nW3mT8q1eB5vY2aN6gAMpQ4r"),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1452C6E4A2B0D8F6C4A2E0B8D6F4C2A0@FR3P281MB1452.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270125101204.2b9f@muenster.example>"),
           ("References", "<mailbot.20270125101204.2b9f@muenster.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Montag, 25. Januar 2027 10:12",
             "Dr. Halima Yusuf-Kramer <h.yusuf-kramer@somali-kv-muenster.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Dr. Yusuf-Kramer", "AG3", 3))
    m.alternative(outlook_plain(YUSUF_TEXT, quote), outlook_html(YUSUF_TEXT, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 039 ---------------------------------------------------------------------
# French Gmail cancellation for both persons, quoting the confirmation (AG 1, 2).

KABORE_TEXT = """Bonsoir,

Je vous remercie encore pour la confirmation de notre inscription, mais je dois malheureusement l'annuler.

Comme vous le savez peut-être, l'Amicale Burkinabè de Münster est une toute petite association : nous sommes 22 membres, dont la plupart travaillent en équipes dans les hôpitaux ou dans la logistique. Ma collègue Awa Ouédraogo, qui devait m'accompagner, a appris hier qu'elle doit travailler ce samedi-là, et moi-même je dois me rendre à Paris le 12 mars pour les obsèques d'un oncle. Nous ne pourrons donc ni l'un ni l'autre être présents le 13 mars.

Merci de bien vouloir annuler notre inscription pour les deux personnes et de libérer nos places dans le groupe de travail.

Nous espérons pouvoir participer l'année prochaine et, d'ici là, nous restons à votre disposition si la Ville organise d'autres rencontres avec les associations.

Bien cordialement,
Issouf Kaboré
Secrétaire général, Amicale Burkinabè de Münster"""


@mail("kabore-french-cancel-gmail-quote", "2027-02-26 19:20:08",
      E("cancellation", "issouf.kabore@mail.example", "Issouf Kaboré",
        "Amicale Burkinabè de Münster", [], None, "fr"), "fr")
def _(m):
    m.head(("From", addr("Issouf Kaboré", "issouf.kabore@mail.example")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAH3nV8rQ1tW6mK9bY2xP5cL0dJ7hF4gE1aU6oS3iZ8wR5vB2xNq@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270201110203.5d1e@muenster.example>"),
           ("References", "<mailbot.20270201110203.5d1e@muenster.example>"),
           ("MIME-Version", "1.0"))
    plain, htm = gmail_reply(
        KABORE_TEXT,
        f"Le lun. 1 févr. 2027 à 11:02, Tag der Migrantenselbstorganisationen <{MSO}> a écrit :",
        confirmation("Herr Kaboré", "AG1", 2))
    m.alternative(plain, htm, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 040 ---------------------------------------------------------------------
# Portuguese Outlook cancellation with a Portuguese header block, quoting the confirmation.

MORAES_TEXT = """Prezados,

infelizmente terei que cancelar a minha inscrição para o dia 13 de março.

O nosso Grupo de Capoeira Angola Münster e.V. foi convidado para se apresentar num festival internacional de capoeira em Lisboa, exatamente nesse fim de semana. É a primeira vez que um grupo de Münster recebe um convite desses, e como sou o mestre responsável – o grupo existe desde 2011 e tem hoje 38 alunos, entre crianças e adultos, com treinos às terças e quintas num ginásio escolar em Hiltrup –, não posso deixar de ir.

Peço desculpas pelo incômodo e agradeço a compreensão. Espero poder participar de uma próxima edição.

Atenciosamente,

Paulo Henrique Moraes
Grupo de Capoeira Angola Münster e.V.
Tel. 0178 / 205 66 93"""


@mail("moraes-portuguese-cancel-outlook-pt-header", "2027-03-02 12:30:44",
      E("cancellation", "paulo.moraes@capoeira-angola-ms.example", "Paulo Henrique Moraes",
        "Grupo de Capoeira Angola Münster e.V.", [], None, "pt"), "pt")
def _(m):
    m.head(("From", "Paulo Henrique Moraes <paulo.moraes@capoeira-angola-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbcy7pM2e9kR4wV0n1qT6bX8aL3gAPrS5t"),
           ("Date", m.date),
           ("Message-ID", "<CP6P284MB2093E8C6A4F2B0D8E6C4A2F0B8D6E4C2@CP6P284MB2093.BRAP284.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270209182004.7e3c@muenster.example>"),
           ("References", "<mailbot.20270209182004.7e3c@muenster.example>"),
           ("Accept-Language", "pt-BR"),
           ("Content-Language", "pt-BR"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "terça-feira, 9 de fevereiro de 2027 18:20",
             "Paulo Henrique Moraes <paulo.moraes@capoeira-angola-ms.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Moraes", "AG2", 1))
    m.alternative(outlook_plain(MORAES_TEXT, quote, ui="pt", rule=True),
                  outlook_html(MORAES_TEXT, quote, ui="pt", charset="utf-8", lang="PT-BR"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 041 ---------------------------------------------------------------------
# Serbian Latin (ekavian) Outlook cancellation for three persons, Serbian header block.

KOLO_TEXT = """Poštovani,

nažalost, moramo da otkažemo naše učešće na Danu migrantskih organizacija 13. marta.

Naše Kulturno-umetničko društvo „Kolo“ dobilo je pre nekoliko dana poziv da nastupi na velikom folklornom festivalu u Dortmundu upravo te subote. Za naše igrače, a to je preko 50 dece i omladine, ovo je prvi nastup na tako velikoj sceni, pa smo u upravi odlučili da svi treba da budemo tamo – i ja kao predsednica, i naš sekretar, i koreograf.

Molim Vas da otkažete prijavu za sve tri osobe. Žao nam je što ovaj put nećemo biti sa vama, a sledeće godine se sigurno ponovo javljamo.

Hvala na razumevanju i srdačan pozdrav,

Jelena Marković
predsednica
Kulturno-umetničko društvo „Kolo“ Münster e.V.
Probe: utorkom i petkom 18–21 h, Bürgerhaus Hiltrup"""


@mail("markovic-serbian-latin-cancel-outlook-sr-header", "2027-03-04 09:40:19",
      E("cancellation", "jelena.markovic@kud-kolo-ms.example", "Jelena Marković",
        "Kulturno-umetničko društvo „Kolo“ Münster e.V.", [], None, "sr"), "sr")
def _(m):
    m.head(("From", addr("Jelena Marković", "jelena.markovic@kud-kolo-ms.example")),
           ("To", TO_MSO),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbcE3vK8a1mT6qW2n9eR4bY7cX0gAQsT6u"),
           ("Date", m.date),
           ("Message-ID", "<VI1PR09MB4417D2B0F8E6C4A2D0B8F6E4C2A0D8B6@VI1PR09MB4417.eurprd09.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270127140506.0f4a@muenster.example>"),
           ("References", "<mailbot.20270127140506.0f4a@muenster.example>"),
           ("Accept-Language", "sr-Latn-RS, de-DE"),
           ("Content-Language", "sr-Latn-RS"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "sreda, 27. januar 2027. 14:05",
             "Jelena Marković <jelena.markovic@kud-kolo-ms.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Marković", "AG2", 3))
    m.alternative(outlook_plain(KOLO_TEXT, quote, ui="sr", rule=True),
                  outlook_html(KOLO_TEXT, quote, ui="sr", charset="utf-8", lang="SR-LATN-RS"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 042 ---------------------------------------------------------------------
# Croatian question after the deadline: is a late registration still possible; no number, no group.

JURIC_TEXT = """Poštovani,

ispričavam se što se javljam tek sada. Tek sam danas na sastanku naše udruge saznao za Dan migrantskih organizacija, a vidim da je rok za prijavu istekao 6. ožujka.

Ukratko o nama: Udruga hrvatskih obitelji Münsterland osnovana je 2019. godine i okuplja tridesetak obitelji, uglavnom mladih ljudi koji su u Njemačku došli u posljednjih deset godina: medicinske sestre, informatičari, obrtnici. Organiziramo igraonice za djecu na hrvatskom jeziku, pomažemo novopridošlima s papirima i stanom, a ljeti imamo zajednički roštilj na Aasee. Sastajemo se svake druge srijede u 19 sati u župnoj dvorani.

Htio bih Vas pitati je li još uopće moguće naknadno se prijaviti ili su mjesta već popunjena? Ako još ima mjesta, javit ću Vam se odmah s imenima i radnom skupinom koju bismo odabrali.

Hvala unaprijed na odgovoru.

Srdačan pozdrav,
Tomislav Jurić
Udruga hrvatskih obitelji Münsterland"""


@mail("juric-croatian-question-after-deadline", "2027-03-08 18:15:27",
      E("question", "tomislav.juric@mail.example", "Tomislav Jurić",
        "Udruga hrvatskih obitelji Münsterland", [], None, "hr"), "hr")
def _(m):
    m.head(("From", addr("Tomislav Jurić", "tomislav.juric@mail.example", "iso-8859-2", "q")),
           ("To", MSO),
           ("Subject", ew("Upit – naknadna prijava za 13. ožujka?", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270308181527.GA19342@mail.example>"),
           ("User-Agent", "Mutt/2.2.13 (2024-03-09)"),
           ("MIME-Version", "1.0"))
    m.single(JURIC_TEXT, charset="iso-8859-2", cte="8bit")



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


def check_labels(expected):
    """Problems with the form of one expected record."""
    p = []
    if tuple(expected) != FIELDS:
        p.append("expected record has wrong keys or key order")
        return p
    kind = expected["kind"]
    if kind not in KINDS:
        p.append(f"bad kind {kind}")
    wg = expected["workgroups"]
    if not isinstance(wg, list) or any(w not in WG_IDS for w in wg) or len(set(wg)) != len(wg):
        p.append(f"bad workgroups {wg}")
    if kind not in ("registration", "change") and wg:
        p.append("workgroups must be [] for this kind")
    ps = expected["party_size"]
    if kind == "registration":
        if not (isinstance(ps, int) and ps >= 1):
            p.append("registration needs party_size >= 1")
    elif kind == "change":
        if ps is not None and not (isinstance(ps, int) and ps >= 1):
            p.append("change party_size must be null or >= 1")
    elif ps is not None:
        p.append("party_size must be null for this kind")
    if kind in PERSON_KINDS:
        if expected["language"] not in LANGS:
            p.append(f"bad language {expected['language']}")
        if not expected["email"] or expected["email"] != expected["email"].lower():
            p.append("email must be present and lower-case")
        if not expected["name"]:
            p.append("name missing")
    else:
        for k in ("email", "name", "organisation", "language"):
            if expected[k] is not None:
                p.append(f"{k} must be null for {kind}")
    if (kind == "bounce") != (expected["bounced_recipient"] is not None):
        p.append("bounced_recipient only and always for bounces")
    if expected["bounced_recipient"] and expected["bounced_recipient"] != expected["bounced_recipient"].lower():
        p.append("bounced_recipient must be lower-case")
    return p


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
    if not (datetime.datetime(2027, 1, 12, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 3, 13, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside 12 Jan - 12 Mar 2027")
    got = [p.get_content() for p in leaves(msg)]
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (g, w) in enumerate(zip(got, want)):
        if g.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
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
    for dom in re.findall(r"(?<![\w@.-])((?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:de|com|org|net|eu))\b", text):
        if dom not in ("schemas.microsoft.com", "www.w3.org"):
            problems.append(f"non-example host name {dom}")
    # labels: form, and agreement with the mail
    problems += check_labels(expected)
    kind = expected["kind"]
    if kind == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    if kind in PERSON_KINDS:
        bodies = [html.unescape(p.get_content()) for p in leaves(msg)
                  if p.get_content_maintype() == "text"]
        heads = [str(msg.get(h, "")) for h in ("From", "Reply-To", "Cc", "Subject")]
        alltext = "\n".join(heads + bodies)
        addrs = [a.lower() for _, a in getaddresses([str(msg.get("From", "")),
                                                     str(msg.get("Reply-To", ""))])]
        if expected["email"] not in addrs and expected["email"] not in "\n".join(bodies).lower():
            problems.append("email is neither From/Reply-To nor in the text")
        if msg.get("Reply-To") and expected["email"] in addrs and expected["email"] != addrs[-1] \
                and expected["email"] == addrs[0]:
            problems.append("Reply-To given but email label is the From address")
        for k in ("name", "organisation"):
            if expected[k] is not None and expected[k] not in alltext:
                problems.append(f"{k} {expected[k]!r} not written in the mail")
        if kind in ("change", "cancellation") and "Angemeldete Personen:" not in "\n".join(bodies):
            problems.append("change/cancellation does not quote the confirmation")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built})
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x text language:")
    print("  " + " ".join(f"{l:>4}" for l in langs))
    for k in KINDS:
        print(f"  {k:13}" + " ".join(f"{table[(k, l)]:>4}" for l in langs))
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
            if not path.exists() or path.read_bytes() != data:
                print(f"{name}: missing or differs from the generated bytes")
                bad += 1
        exp_path = HERE / "expected.json"
        if not exp_path.exists() or exp_path.read_text(encoding="utf-8") != exp_text:
            print("expected.json missing or differs from the generated one")
            bad += 1
    else:
        mails_dir.mkdir(exist_ok=True)
        for old in mails_dir.glob("*.eml"):
            if old.name not in expected:
                old.unlink()
        for (name, *_), data in zip(built, datas):
            (mails_dir / name).write_bytes(data)
        (HERE / "expected.json").write_text(exp_text, encoding="utf-8")

    # no sender twice
    senders = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        senders[getaddresses([str(msg["From"])])[0][1].lower()] += 1
    for s, k in senders.items():
        if k > 1:
            print(f"sender {s} appears {k} times")
            bad += 1
    if not 40 <= len(built) <= 45:
        print(f"{len(built)} mails; the set must have 40-45")
        bad += 1

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
