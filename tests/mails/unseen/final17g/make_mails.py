#!/usr/bin/env python3
"""Build the "accessibility" set for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Forty mails to the MSO-Tag 2027 mailbox (config.toml is an unchanged copy of the dev
config) from people who need something to take part: sign-language interpreters,
wheelchair places, personal assistants and carers, guide and assistance dogs, easy
language, hearing loops, screen readers; relatives and support workers writing for
someone else; cancellations because transport fell through.

Every mail text below is written by hand.  This script only wraps the texts in MIME
with the standard `email` package, writes the files, and reads every file back to
check it: parses with policy=default and no defects, every text part decodes
strictly in its declared charset and to exactly the text written here, no line
longer than 998 octets, dates rise with the numbering, every address and URL host
is an example domain.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).  Paths are
relative to this script's folder.
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
from email.utils import format_datetime, formataddr, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded are written out as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"
INVITATION_ID = "<einladung-mso-2027.20270112140312@muenster.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")


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
    return hashlib.sha256(f"a11y/{slug}/{n}".encode()).hexdigest()


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
        values with non-ASCII characters are encoded by the policy as UTF-8."""
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", MSO)
        if received:
            frm = dict(pairs)["From"]
            origin = sender or re.search(r"<([^>]+)>", frm).group(1)
            domain = origin.split("@")[1].lower()
            if not sender:                       # a relay's own bounce: its host name
                host = domain
            else:
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
            elif name in ("Subject", "Thread-Topic"):
                # encode the whole value ourselves: mostly non-Latin text as
                # base64 words (as Gmail does), Latin text with a few umlauts as Q
                share = sum(not c.isascii() for c in value) / len(value)
                msg.set_raw(name, ew(value, "utf-8", "b" if share > 0.3 else "q"))
            else:
                msg[name] = value

    def _record(self, content):
        self.intended.append(content)

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None, disposition=None, filename=None):
        """A text leaf part (MIMEPart), for use inside a multipart."""
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params,
                      disposition=disposition, filename=filename)
        for k, v in (headers or []):
            p[k] = v
        self._record(text)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
               params=None):
        """The whole body is one text part."""
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        if keep:
            del self.msg["Content-Language"]
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
            return f"000000000000{h[:16]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.muenster.example"
        if style == "exim":
            return f"{int(h[:8], 16)}-eximdsn-{int(h[8:16], 16)}"
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


# ---------------------------------------------------------------------------
# texts that several mails quote (what the organisers sent out)
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung: Tag der Migrantenselbstorganisationen 2027"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"
REMINDER_SUBJECT = "Erinnerung: Tag der Migrantenselbstorganisationen am 13. März"

INVITATION = """Sehr geehrte Damen und Herren,
liebe Engagierte in den Migrantenselbstorganisationen,

am Samstag, 13. März 2027, findet von 10:00 bis 16:00 Uhr im
Stadtweinhaus (Prinzipalmarkt 8, 48143 Münster) der diesjährige Tag der
Migrantenselbstorganisationen statt. Dazu laden wir Sie herzlich ein.

Nach Begrüßung und Impulsvortrag diskutieren wir in drei parallelen
Arbeitsgruppen:

  AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem
  AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit
         Migrationsvorgeschichte
  AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement

Anmeldung bis Samstag, 6. März 2027, per E-Mail an
mso-tag@muenster.example. Bitte nennen Sie uns Ihren Namen, Ihre
Organisation, die gewünschte Arbeitsgruppe und die Zahl der Personen.

Wenn Sie für die Teilnahme Unterstützung brauchen (zum Beispiel
Gebärdensprachdolmetschung, einen Rollstuhlplatz oder Informationen in
Leichter Sprache), schreiben Sie uns das bitte gleich mit.

Die Teilnahme ist kostenfrei.

Mit freundlichen Grüßen
Kommunales Integrationszentrum Münster
Ximena Meza Correa-Flock"""

AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(salutation, ag, persons):
    """The confirmation the organisers' system sent (quoted in replies, returned in bounces)."""
    return f"""Guten Tag {salutation},

Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027 ist bei uns
eingegangen. Vielen Dank!

Termin: Samstag, 13. März 2027, 10:00–16:00 Uhr
Ort: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
Arbeitsgruppe: {AG_LINE[ag]}
Personen: {persons}

Für Änderungen oder eine Absage antworten Sie bitte einfach auf diese E-Mail.

Freundliche Grüße
Ihr Team Tag der Migrantenselbstorganisationen"""


def reminder(ag, persons):
    return f"""Guten Tag,

in einer Woche ist es so weit: Am Samstag, 13. März 2027, findet der Tag der
Migrantenselbstorganisationen im Stadtweinhaus (Prinzipalmarkt 8, 48143 Münster)
statt. Einlass ist ab 9:30 Uhr, Beginn um 10:00 Uhr.

Ihre Anmeldung: {AG_LINE[ag]}
Personen: {persons}

Falls Sie nicht kommen können, sagen Sie bitte kurz ab, indem Sie auf diese
E-Mail antworten. Dann können wir den Platz weitergeben.

Bis Samstag!
Ihr Team Tag der Migrantenselbstorganisationen"""


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
# how mail programs render text as HTML
# ---------------------------------------------------------------------------

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
	{{font-family:Aptos;}}
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
</xml><![endif]-->
</head>
<body lang=DE link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="utf-8"):
    """Outlook-style HTML; quote = (von, gesendet, an, betreff, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b>Von:</b> {esc(von)} <br>\n"
                   f"<b>Gesendet:</b> {esc(gesendet)}<br>\n"
                   f"<b>An:</b> {esc(an)}<br>\n"
                   f"<b>Betreff:</b> {esc(betreff)}<o:p></o:p></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return outlook_head(charset) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    return (f"{text}\n\nVon: {von}\nGesendet: {gesendet}\nAn: {an}\n"
            f"Betreff: {betreff}\n\n{quoted}")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text, rtl=False, quote_html=""):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return f"<div{d}>{inner}</div>{quote_html}\n"


def gmail_quote_html(attribution, quoted):
    body = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    return ("<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
            f"{esc(attribution)}<br></div><blockquote class=\"gmail_quote\" "
            "style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);"
            f"padding-left:1ex\">{body}</blockquote></div>")


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
# Thunderbird reply quoting the whole invitation (which lists all three AGs and
# mentions sign-language interpreting).  A deaf writer asks the organisers to
# book two DGS interpreters; first choice AG 2, second AG 1.  The interpreters
# the city books are not part of her registration: party 1 ("Ich komme sonst
# allein").

@mail("ferreira-dgs-dolmetschung-reply-invitation", "2027-01-12 17:22:40",
      E("registration", "d.ferreira@centro-portugues.example", "Daniela Ferreira",
        "Centro Português de Münster e.V.", ["AG2", "AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Daniela Ferreira <d.ferreira@centro-portugues.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5b0d2e71-3c4a-4f9e-8a61-0e7d93c2b4f5@centro-portugues.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Meza Correa-Flock,

danke für die Einladung, und danke auch für den Satz zur Unterstützung –
so etwas lese ich leider nicht oft.

Ich möchte mich gerne anmelden. Am meisten interessiert mich die AG 2
(Zukunftsprozess). Falls die voll ist, nehme ich gerne die AG 1.

Ich bin gehörlos und brauche für den ganzen Tag Dolmetschung in Deutsche
Gebärdensprache (DGS). Bei sechs Stunden müssen es zwei Dolmetscherinnen
sein, die sich abwechseln. Die Dolmetschzentrale braucht erfahrungsgemäß
sechs bis acht Wochen Vorlauf, deshalb schreibe ich so früh. Können Sie
die Buchung übernehmen? Ansonsten komme ich allein.

Rückfragen bitte per E-Mail oder SMS, Anrufe kann ich nicht annehmen.

Viele Grüße
Daniela Ferreira

-- 
Centro Português de Münster e.V.
Kulturarbeit & Jugend
SMS/Signal: 0157 3320 4418

Am 12.01.27 um 14:03 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Outlook multipart/alternative in windows-1252 (typographic quotes „…“).  A
# numbered list of three persons ("1.", "2.", "3." and "1. Vorsitzender" are
# not workgroups); the workgroup is named by its full title.  A wheelchair place
# and a question about disabled parking ride along: still a registration.

ESPOSITO_TEXT = """Sehr geehrte Damen und Herren,

für den Tag der Migrantenselbstorganisationen am 13. März melde ich folgende Personen des Italienischen Kulturkreises an:

1. Rosaria Esposito (Schriftführerin)
2. Franco Bianchi (1. Vorsitzender)
3. Giuseppina Bianchi

Wir möchten alle drei in die Arbeitsgruppe „Förderungsmöglichkeiten und effektives Vereinsmanagement“.

Frau Bianchi ist Rollstuhlfahrerin (Faltrollstuhl, Stufen gehen bei ihr gar nicht). Wir bitten deshalb um einen Rollstuhlplatz in der Arbeitsgruppe und beim Mittagsimbiss. Außerdem eine Frage: Gibt es in der Nähe des Prinzipalmarkts einen Behindertenparkplatz oder eine Stelle, an der wir sie direkt vor dem Eingang aussteigen lassen können? Herr Bianchi kommt mit dem Auto.

Mit freundlichen Grüßen

Rosaria Esposito
Schriftführerin
Italienischer Kulturkreis Münster e.V.
Bremer Straße 14
48155 Münster
Tel. 0251 / 6 18 34 07"""


@mail("esposito-outlook-drei-personen-rollstuhlplatz", "2027-01-13 09:05:12",
      E("registration", "r.esposito@italienischer-kulturkreis.example", "Rosaria Esposito",
        "Italienischer Kulturkreis Münster e.V.", ["AG3"], 3, "de"), "de", tz=1)
def _(m):
    m.head(("From", '"Esposito, Rosaria" <r.esposito@italienischer-kulturkreis.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung MSO-Tag – 3 Personen, davon 1 Rollstuhlplatz"),
           ("Thread-Topic", "Anmeldung MSO-Tag – 3 Personen, davon 1 Rollstuhlplatz"),
           ("Thread-Index", "AdtlF3xQm0pW8kR2TjC5nYv7aE4sZQ=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB84120F3A77C1E2B59D0A4C61E8F2A@DB9PR03MB8412.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "de-DE, it-IT"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(ESPOSITO_TEXT),
                  outlook_html(ESPOSITO_TEXT, charset="Windows-1252"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 003 ---------------------------------------------------------------------
# Short sentences in the style of Leichte Sprache, written with his support
# worker's help from his own phone.  "die Gruppe über Schule" = AG 1 (alias
# Schule).  The Betreuerin comes along and sits with him: 2 persons.

@mail("noori-leichte-sprache-betreuerin-kommt-mit", "2027-01-13 19:40:05",
      E("registration", "ahmad.noori34@mail.example", "Ahmad Noori", None,
        ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Ahmad Noori <ahmad.noori34@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<CAF3kR7m2Qx0pWv8sT5nJ1dY9hL4cG6bE2aU0oN7iK3vB8qXpmA@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich heiße Ahmad Noori.
Ich will zum MSO-Tag kommen.
Am 13. März.

Ich will in die Gruppe über Schule.
Ich war nicht lange in der Schule.
Darüber will ich sprechen.

Ich kann nicht so gut lesen.
Meine Betreuerin kommt mit.
Sie heißt Frau Brandt.
Sie hilft mir beim Lesen und beim Schreiben.
Sie hat mir auch bei dieser Mail geholfen.

Bitte schreiben Sie mir in Leichter Sprache.
Mit kurzen Sätzen.

Danke.
Ahmad Noori

Von meinem Android-Smartphone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# Question before registering (hearing loop, easy-language programme); "4–6
# Personen" is a guess about a later registration, not a party size.

SAHIN_TEXT = """Hallo liebes Team vom Integrationszentrum,

ich leite im Interkulturellen Treffpunkt Vielfalt eine Gruppe für Menschen mit Behinderung und Migrationsgeschichte. Einige aus der Gruppe haben Interesse am MSO-Tag. Bevor ich in der Gruppe Werbung mache, hätte ich zwei Fragen:

1) Gibt es im Saal eine Induktionsschleife oder eine mobile Höranlage? Zwei Teilnehmer tragen Hörgeräte mit T-Spule.
2) Gibt es die Einladung oder das Programm auch in Leichter Sprache? Dann könnte ich es mit der Gruppe gut besprechen.

Wenn das geklärt ist, melden wir uns an – vermutlich 4–6 Personen.

Viele Grüße
Elif Şahin
Sozialpädagogin
Interkultureller Treffpunkt Vielfalt"""


@mail("sahin-question-induktionsschleife-leichte-sprache", "2027-01-14 10:12:33",
      E("question", "elif.sahin@treffpunkt-vielfalt.example", "Elif Şahin",
        "Interkultureller Treffpunkt Vielfalt", [], None, "de"), "de")
def _(m):
    m.head(("From", "Elif Şahin <elif.sahin@treffpunkt-vielfalt.example>"),
           ("To", MSO),
           ("Subject", "Fragen zur Barrierefreiheit beim MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAH9wE2r5Ty8uI1oP4aS7dF0gH3jK6lZ9xC2vB5nM8qWe1RtYsA@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(SAHIN_TEXT, gmail_html(SAHIN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 005 ---------------------------------------------------------------------
# English, Gmail alternative.  Wheelchair user; her husband comes as her
# assistant and she asks to be put down as two.

ADEYEMI_TEXT = """Hello,

I would like to register for the MSO day on 13 March. I'm interested in workshop 1 (people with a migration background in the education system) – I work as a teaching assistant and the topic is close to my heart.

I use a manual wheelchair. My husband Tunde will come with me to help me get around, so please put us down as two people, and if possible keep a place at a table where a wheelchair fits.

Is there a step-free entrance at the Stadtweinhaus? I remember steps at the front from the Christmas market.

Many thanks,
Grace Adeyemi
Nigerian Community Münster e.V."""


@mail("adeyemi-english-wheelchair-husband-assists", "2027-01-15 08:30:19",
      E("registration", "grace.adeyemi@mail.example", "Grace Adeyemi",
        "Nigerian Community Münster e.V.", ["AG1"], 2, "en"), "en")
def _(m):
    m.head(("From", "Grace Adeyemi <grace.adeyemi@mail.example>"),
           ("To", MSO),
           ("Subject", "Registration for 13 March - wheelchair user + assistant"),
           ("Date", m.date),
           ("Message-ID", "<CAM4tY8pQ2wX6vN0bR3kS9dL1hF5jG7cE4aU2oI8mZ6qWn3PfrB@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ADEYEMI_TEXT, gmail_html(ADEYEMI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 006 ---------------------------------------------------------------------
# Blind writer with screen reader and braille display: pure ASCII (ae/oe/ue),
# double spaces, a key/value list with odd spacing ("3  ,  Foerderung"), long
# unwrapped paragraphs.  The organisation is written "Muenster".  "Einen Hund
# habe ich nicht" - party 1.

@mail("pham-braille-ascii-umlaute", "2027-01-15 21:47:50",
      E("registration", "tl.pham@vkv-muenster.example", "Thi Lan Pham",
        "Vietnamesischer Kulturverein Muenster e.V.", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", "thi lan pham <tl.pham@vkv-muenster.example>"),
           ("To", MSO),
           ("Subject", "anmeldung mso tag 13.3."),
           ("Date", m.date),
           ("Message-ID", "<7e2f9a40-18cd-4b3e-a5f6-c90d12e3b874@vkv-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Abend,

hiermit melde ich mich zum Tag der Migrantenselbstorganisationen an.  Die Angaben wie in der Einladung gewuenscht:

-  Name:  Thi Lan Pham
-  Organisation:  Vietnamesischer Kulturverein Muenster e.V.
-  Arbeitsgruppe:  3  ,  Foerderung und Vereinsmanagement
-  Personen:  1

Ich bin blind und lese meine Mails mit Screenreader und Braillezeile.  Deshalb eine Bitte:  schicken Sie mir Unterlagen bitte als Text in der Mail oder als Word-Datei, nicht als eingescannte PDF und nicht als Bild.  Die kann ich nicht lesen.

Ich komme mit dem Bus bis zur Haltestelle Prinzipalmarkt und gehe mit dem Langstock.  Wenn mich jemand am Eingang abholen koennte, waere das sehr nett.  Einen Hund habe ich nicht, falls Sie das fragen wollten.

Vielen Dank
Thi Lan Pham

--
geschrieben mit NVDA, bitte Tippfehler entschuldigen
""", charset="us-ascii", cte="7bit")


# -- 007 ---------------------------------------------------------------------
# Turkish in ISO-8859-9, quoted-printable; the From name and Subject are
# RFC 2047 words in that charset.  A guide dog comes along ("sadece ben ve
# köpeğim" - only me and my dog): 1 person.  "1. çalışma grubu" = AG 1.

@mail("korkmaz-turkish-rehber-kopek", "2027-01-16 12:05:44",
      E("registration", "ayse.korkmaz@mail.example", "Ayşe Korkmaz",
        "Türk Kadınlar Birliği Münster e.V.", ["AG1"], 1, "tr"), "tr")
def _(m):
    m.head(("From", addr("Ayşe Korkmaz", "ayse.korkmaz@mail.example", "iso-8859-9")),
           ("To", MSO),
           ("Subject", ew("MSO günü kayıt - rehber köpek", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<000001db67f1$a2c3d4e0$e7f8a9b0$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

13 Mart'taki Göçmen Dernekleri Günü'ne katılmak istiyorum. Eğitim konusundaki 1. çalışma grubuna yazılmak istiyorum.

Görme engelliyim ve rehber köpeğim Paşa ile geleceğim. Paşa eğitimli bir rehber köpek, çok sakindir, toplantı boyunca masanın altında yatar. Su kabı için küçük bir yer olursa sevinirim.

Yanımda başka kimse olmayacak, sadece ben ve köpeğim.

Teşekkürler, iyi çalışmalar
Ayşe Korkmaz
Türk Kadınlar Birliği Münster e.V.
""", charset="iso-8859-9", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Dictated on an iPhone (motor impairment): almost no punctuation, words split
# ("Migranten selbst Organisationen", "Elektro Rollstuhl").  Sizes of the
# wheelchair (70 cm, 1,20 m) are not party sizes.  The signature's full name
# beats the From name "Nikos".

@mail("georgiou-diktiert-e-rollstuhl", "2027-01-18 07:55:02",
      E("registration", "nikos.georgiou@mail.example", "Nikolaos Georgiou",
        "Deutsch griechischer Verein Münster", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Nikos Georgiou <nikos.georgiou@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<9C1E4A77-2D5B-4F80-B3A6-7E0F1D2C8B94@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Morgen ich diktiere diese Mail weil ich mit den Händen nicht gut tippen kann bitte entschuldigen Sie die Fehler

Ich möchte mich für den Tag der Migranten selbst Organisationen am 13. März anmelden für die Arbeitsgruppe zwei Zukunftsprozess ich komme allein aber mit meinem Elektro Rollstuhl der ist ziemlich groß ungefähr 70 cm breit und 1,20 m lang. Ist der Saal mit einem Aufzug zu erreichen und gibt es eine Rollstuhl Toilette

Viele Grüße Nikolaos Georgiou
Deutsch griechischer Verein Münster

Gesendet von meinem iPhone
""", charset="utf-8", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Arabic question before registering (step-free access for her mother, Arabic
# interpretation, does the mother need her own registration).  Gmail
# alternative, UTF-8 base64, right-to-left HTML.

MANSOUR_TEXT = """مرحباً،

سمعت عن يوم منظمات المهاجرين الذاتية في ١٣ مارس وأرغب في الحضور، لكن عندي بعض الأسئلة قبل التسجيل:

- أمي تستخدم كرسياً متحركاً وتريد أن تأتي معي. هل يمكن الوصول إلى القاعة في Stadtweinhaus بدون درج؟
- هل توجد ترجمة إلى العربية في مجموعات العمل؟
- هل يجب أن أسجّل أمي بشكل منفصل أم يكفي أن أكتب عدد الأشخاص؟

شكراً جزيلاً على المساعدة.
هبة منصور
Hiba Mansour"""


@mail("mansour-arabic-question-mother-wheelchair", "2027-01-19 16:20:11",
      E("question", "hiba.mansour@mail.example", "Hiba Mansour", None, [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Hiba Mansour <hiba.mansour@mail.example>"),
           ("To", MSO),
           ("Subject", "استفسار عن يوم منظمات المهاجرين"),
           ("Date", m.date),
           ("Message-ID", "<CAB2nX5qR8tW1yU4iO7pA0sD3fG6hJ9kL2zX5cV8bN1mQ4wErTu@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(MANSOUR_TEXT, gmail_html(MANSOUR_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 010 ---------------------------------------------------------------------
# A daughter registers her hard-of-hearing father (no e-mail of his own) and
# herself as his companion.  The attendee is the father; the reply goes to her
# address.  She writes a small block; the workgroup is an alias pair
# ("Förderung / Vereinsmanagement").

@mail("aydogan-tochter-meldet-vater-an", "2027-01-20 11:10:27",
      E("registration", "derya.aydogan@mail.example", "Kemal Aydoğan",
        "Türkisch-Islamischer Kulturverein Münster-Coerde e.V.", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Derya Aydoğan <derya.aydogan@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung für meinen Vater (schwerhörig) mit Begleitung"),
           ("Date", m.date),
           ("Message-ID", "<trinity-4e7a2c90-b1d3-4f65-9e08-a3c5d7f1b2e6-1768903827331@3c-app-webde-bap41>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich schreibe für meinen Vater. Er möchte sehr gerne am MSO-Tag teilnehmen, hat aber keine eigene E-Mail-Adresse. Hier die Angaben:

Teilnehmer: Kemal Aydoğan (mein Vater)
Verein: Türkisch-Islamischer Kulturverein Münster-Coerde e.V. (er ist im Vorstand)
Begleitung: Derya Aydoğan (ich)
Arbeitsgruppe: Förderung / Vereinsmanagement

Mein Vater ist stark schwerhörig. Ich begleite ihn, damit er den Diskussionen folgen kann, und fasse ihm, wenn nötig, auf Türkisch zusammen. Bitte melden Sie uns also zu zweit an und schicken Sie die Bestätigung an mich.

Falls es in den Arbeitsgruppen Mikrofone gibt, wäre es toll, wenn sie auch benutzt werden – mit Mikrofon versteht er deutlich mehr.

Mit freundlichen Grüßen
Derya Aydoğan
""", charset="utf-8", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Russian in KOI8-R, 8bit; Subject as RFC 2047 base64 in KOI8-R.  "вторая
# рабочая группа" = the second workgroup.  She wears a hearing aid and asks for
# a front seat and the slides in advance.  No umlauts anywhere (KOI8-R has
# none), so the organisation is written without "Münster".

@mail("sokolova-russian-koi8r-hoergeraet", "2027-01-21 14:33:58",
      E("registration", "g.sokolova@mail.example", "Galina Sokolova",
        "Deutsch-Russischer Seniorenclub e.V.", ["AG2"], 1, "ru"), "ru")
def _(m):
    m.head(("From", "Galina Sokolova <g.sokolova@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Регистрация на MSO-Tag 13 марта", "koi8-r", "b")),
           ("Date", m.date),
           ("Message-ID", "<1769002438.118264.20431@webmail.mail.example>"),
           ("X-Mailer", "The Bat! (v10.4.3) Professional"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Я хотела бы зарегистрироваться на День организаций мигрантов 13 марта. Меня интересует вторая рабочая группа - о будущем Мюнстера (Zukunftsprozess).

У меня плохой слух, я ношу слуховой аппарат. Если возможно, посадите меня, пожалуйста, поближе к докладчику. И было бы очень хорошо получить презентации заранее по электронной почте - тогда мне легче следить за обсуждением.

Приду одна.

С уважением,
Galina Sokolova
Deutsch-Russischer Seniorenclub e.V.
""", charset="koi8-r", cte="8bit")


# -- 012 ---------------------------------------------------------------------
# A support worker registers a client and explicitly asks to confirm to HIS
# address; she does not come along.  Outlook alternative with a confidentiality
# footer.  Two organisations appear: the client's (Eritreische Gemeinde) and
# her employer in the signature; the attendee's is labelled.

MOELLER_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

ich bin Bezugsbetreuerin von Herrn Yohannes Gebremedhin im Ambulant Betreuten Wohnen. Herr Gebremedhin ist seit Jahren in der Eritreischen Gemeinde Münster e.V. aktiv und möchte gern am MSO-Tag teilnehmen. Er interessiert sich für die Arbeitsgruppe zum Zukunftsprozess der Stadt.

Herr Gebremedhin hat eine leichte kognitive Beeinträchtigung und liest am besten kurze, einfache Texte. Wenn Sie die Bestätigung in einfacher Sprache schreiben könnten, wäre ihm sehr geholfen.

Bitte schicken Sie die Bestätigung direkt an ihn: y.gebremedhin@mail.example

Ich selbst komme nicht mit. Er fährt mit einem Bekannten aus der Gemeinde, der sich nach meiner Information selbst anmeldet.

Bei Rückfragen erreichen Sie mich unter der unten stehenden Nummer.

Mit freundlichen Grüßen

Kathrin Möller
Dipl.-Sozialpädagogin
Ambulant Betreutes Wohnen
Wohnverbund Aasee gGmbH
Telefon 0251 98 76 54-21

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail."""


@mail("moeller-betreuerin-meldet-klienten-an", "2027-01-22 09:48:15",
      E("registration", "y.gebremedhin@mail.example", "Yohannes Gebremedhin",
        "Eritreische Gemeinde Münster e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Möller, Kathrin" <k.moeller@wohnverbund-aasee.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Herr Gebremedhin – MSO-Tag"),
           ("Thread-Topic", "Anmeldung Herr Gebremedhin – MSO-Tag"),
           ("Thread-Index", "AdtsQ1b3Vh8fKp0sQmK7wR2yZt9n4g=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR04MB79015C2E04B7A9D31F6E2B8AC4D1@AS8PR04MB7901.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(MOELLER_TEXT), outlook_html(MOELLER_TEXT),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 013 ---------------------------------------------------------------------
# Farsi, Gmail alternative with RTL HTML, UTF-8 base64.  "گروه کاری سوم" = the
# third workgroup; she uses a wheelchair and her husband comes to help: 2.

JAFARI_TEXT = """سلام،

من مریم جعفری هستم، عضو انجمن فرهنگی ایرانیان مونستر. می‌خواهم برای روز سازمان‌های خودیار مهاجران در روز ۱۳ مارس ثبت‌نام کنم، در گروه کاری سوم (امکانات حمایت مالی و مدیریت انجمن).

من با ویلچر رفت‌وآمد می‌کنم و همسرم علی همراهم می‌آید و کمکم می‌کند. لطفاً ما را دو نفر ثبت کنید.

اگر ورودی ساختمان پله دارد، لطفاً به من خبر بدهید.

با تشکر
مریم جعفری
Maryam Jafari
Iranischer Kulturverein Münster e.V."""


@mail("jafari-farsi-wheelchair-husband", "2027-01-23 18:02:37",
      E("registration", "maryam.jafari@mail.example", "Maryam Jafari",
        "Iranischer Kulturverein Münster e.V.", ["AG3"], 2, "fa"), "fa")
def _(m):
    m.head(("From", "Maryam Jafari <maryam.jafari@mail.example>"),
           ("To", MSO),
           ("Subject", "ثبت‌نام برای روز سازمان‌های مهاجران"),
           ("Date", m.date),
           ("Message-ID", "<CAD7pL1xW4qR9tY2uI5oP8aS1dF4gH7jK0lZ3xC6vB9nM2qWeRt@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(JAFARI_TEXT, gmail_html(JAFARI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 014 ---------------------------------------------------------------------
# Change: her personal assistant comes along after all -> 2 persons; the
# workgroup stays (workgroups []).  Thunderbird reply; the quoted confirmation
# names AG 1 and "Personen: 1".

@mail("ilic-change-assistentin-kommt-mit", "2027-01-25 10:30:08",
      E("change", "dragana.ilic@mail.example", "Dragana Ilić", None, [], 2, "de"), "de")
def _(m):
    cid = "<mailbot.20270118091204.5e2a@muenster.example>"
    m.head(("From", "Dragana Ilić <dragana.ilic@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<a3f1c8e2-5d7b-49a0-b6e4-12c9f0d8e7a5@mail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

kleine Änderung zu meiner Anmeldung: Meine persönliche Assistentin wird
mich am 13. März doch begleiten, ich hatte erst gedacht, ich schaffe den
Tag allein. Bitte ändern Sie die Anmeldung auf 2 Personen. Die
Arbeitsgruppe bleibt, wie sie ist.

Die Assistentin diskutiert nicht mit, aber ein Stuhl direkt neben mir
wäre gut.

Danke!
Dragana Ilić

Am 18.01.27 um 09:12 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(confirmation("Frau Ilić", "AG1", 1))}
""", charset="utf-8", cte="8bit")


# -- 015 ---------------------------------------------------------------------
# Exchange out-of-office answer to a confirmation: Auto-Submitted and
# X-Auto-Response-Suppress, Outlook alternative.

WEBER_OOO = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 5. Februar 2027 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an das Inklusionsbüro unter inklusion@inklusionsbuero-ms.example oder telefonisch unter 0251 41 77 30.

Freundliche Grüße
Monika Weber"""


@mail("weber-exchange-abwesenheit", "2027-01-26 13:15:00",
      E("auto_reply"), "de")
def _(m):
    cid = "<mailbot.20270126131458.9a0c@muenster.example>"
    m.head(("From", '"Weber, Monika" <monika.weber@inklusionsbuero-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<PA4PR08MB6174E02B71C3D9A5F8E61D72B9A3@PA4PR08MB6174.eurprd08.prod.outlook.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "monika.weber@inklusionsbuero-ms.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(WEBER_OOO, outlook_html(WEBER_OOO), charset="utf-8",
                  cte="quoted-printable", style="outlook")


# -- 016 ---------------------------------------------------------------------
# Apple Mail alternative; first and second choice on separate lines; hearing
# aids, asks for a hearing loop ("Ringschleife").

NOWAK_TEXT = """Guten Morgen,

ich möchte mich für den Tag der Migrantenselbstorganisationen anmelden.

Erstwunsch: AG 1 (Bildungssystem)
Zweitwunsch: AG 2

Ich trage auf beiden Seiten Hörgeräte. Gibt es im Stadtweinhaus eine Induktionsschleife (Ringschleife)? Wenn nicht, ist das kein Drama – dann wäre ich dankbar für einen Platz in den vorderen Reihen und wenn die Redner ein Mikrofon benutzen.

Mit besten Grüßen
Bogdan Nowak
Deutsch-Polnische Gesellschaft Münster e.V."""


@mail("nowak-apple-hoergeraete-ringschleife", "2027-01-27 08:50:31",
      E("registration", "bogdan.nowak@dpg-muenster.example", "Bogdan Nowak",
        "Deutsch-Polnische Gesellschaft Münster e.V.", ["AG1", "AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Bogdan Nowak <bogdan.nowak@dpg-muenster.example>"),
           ("Subject", "Anmeldung zum MSO-Tag"),
           ("Message-Id", "<E1B7C2D9-4A3F-4E6B-9D80-6F5A2C1B3E47@dpg-muenster.example>"),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    m.alternative(NOWAK_TEXT, apple_html(NOWAK_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 017 ---------------------------------------------------------------------
# English, blind writer using JAWS: lower-case sentence starts, key/value
# lines, asterisk bullets with double spaces, "Muensterland".  The guide dog
# "doesn't need a chair": 1 person.  Plain text from Outlook.

@mail("moyo-english-jaws-guide-dog", "2027-01-28 15:40:09",
      E("registration", "tendai.moyo@mail.example", "Tendai Moyo",
        "Zimbabwe Association Muensterland", ["AG2"], 1, "en"), "en")
def _(m):
    m.head(("From", "Tendai Moyo <tendai.moyo@mail.example>"),
           ("To", MSO),
           ("Subject", "registration MSO day, blind participant with guide dog"),
           ("Date", m.date),
           ("Message-ID", "<GV1P190MB2014A7C3E5F9B1D2@GV1P190MB2014.EURP190.PROD.OUTLOOK.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    m.single("""hi,

apologies in advance if this looks a bit odd on your screen, I'm blind and write with JAWS, so I can't really check the layout.

I'd like to register for the day of migrant organisations on 13 march.
name:  Tendai Moyo
association:  Zimbabwe Association Muensterland
workshop:  2 , the one on Muenster's future process
number of people:  just me  (plus Ruby, my guide dog. she doesn't need a chair)

two small requests:
*  please send any documents as plain text or Word, not as scanned PDF. tagged PDFs are fine too.
*  could someone meet me at the entrance?  it's my first time at the Stadtweinhaus.

thanks a lot,
Tendai

--
Tendai Moyo
Zimbabwe Association Muensterland
screen reader user - please excuse typos
""", charset="us-ascii", cte="7bit")


# -- 018 ---------------------------------------------------------------------
# Arabic in windows-1256, quoted-printable (Western digits; windows-1256 has no
# Arabic-Indic ones).  "مجموعة العمل الثانية" = the second workgroup; his
# brother comes to help him: 2 persons.

@mail("alsayed-arabic-cp1256-wheelchair-brother", "2027-01-29 11:25:50",
      E("registration", "m.alsayed@syrischer-kulturverein.example", "Mahmoud Alsayed",
        "Syrischer Kulturverein Münster e.V.", ["AG2"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Mahmoud Alsayed <m.alsayed@syrischer-kulturverein.example>"),
           ("To", MSO),
           ("Subject", ew("تسجيل في يوم منظمات المهاجرين", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<001a01db7211$5e6f7a80$1b2c3d4e$@syrischer-kulturverein.example>"),
           ("X-Mailer", "Microsoft Outlook 15.0"),
           ("Content-Language", "ar-sy"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم،

أرغب في التسجيل لحضور يوم منظمات المهاجرين الذاتية يوم السبت 13 آذار/مارس 2027 في مجموعة العمل الثانية حول مستقبل مدينة مونستر.

أنا أستخدم كرسياً متحركاً بسبب إصابة قديمة، وسيرافقني أخي أحمد لمساعدتي، لذلك سنكون شخصين.

أرجو أن تخبروني إذا كان هناك مدخل بدون درج أو مصعد.

مع الشكر والتقدير
محمود السيد
Mahmoud Alsayed
Syrischer Kulturverein Münster e.V.
""", charset="windows-1256", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# A sign-language interpreter booked for a deaf participant asks about
# preparation.  She registers no one and says explicitly not to count the two
# interpreters: question.

@mail("kowalski-dolmetscherin-vorbereitung-question", "2027-01-30 17:05:22",
      E("question", "kontakt@dgs-kowalski.example", "Miriam Kowalski",
        "Kowalski – Dolmetschen DGS/Deutsch", [], None, "de"), "de")
def _(m):
    m.head(("From", "Miriam Kowalski <kontakt@dgs-kowalski.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag 13.03. – Dolmetscheinsatz DGS, Vorbereitung"),
           ("Date", m.date),
           ("Message-ID", "<20270130170522.3f8a1c@dgs-kowalski.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

über die Dolmetschzentrale bin ich zusammen mit meiner Kollegin Jana
Hufschmidt für den 13. März als Gebärdensprachdolmetscherin für eine
gehörlose Teilnehmerin eingeplant. Damit wir uns gut vorbereiten können,
hätte ich ein paar Fragen:

- Können Sie uns vorab das Programm, die Namen der Referierenden und,
  falls vorhanden, die Präsentationen schicken?
- Gibt es eine Ansprechperson vor Ort, bei der wir uns morgens melden?
- Wir bräuchten einen gut beleuchteten Platz neben den Vortragenden,
  möglichst nicht vor einem Fenster (Gegenlicht).

Wir selbst nehmen nicht als Teilnehmerinnen teil, bitte zählen Sie uns
also nicht bei den Anmeldungen mit. Zwei Stühle und etwas Wasser wären
trotzdem schön. ;-)

Mit freundlichen Grüßen
Miriam Kowalski
staatl. gepr. Gebärdensprachdolmetscherin
Kowalski – Dolmetschen DGS/Deutsch
""", charset="utf-8", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Turkish from a phone, UTF-8 8bit, colloquial ("13 Martta ki", "yazarmısınız").
# "3. gruba" = AG 3; walker after knee surgery; her daughter accompanies:
# "yani 2 kişiyiz".  The association name carries a suffix ("... Birliği
# üyesiyim"); the name itself is labelled.

@mail("dogan-turkish-yuruetec-kizi-refakat", "2027-02-01 09:12:40",
      E("registration", "haticedogan1961@mail.example", "Hatice Doğan",
        "Münster Türk Aile Birliği", ["AG3"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "Hatice Doğan <haticedogan1961@mail.example>"),
           ("To", MSO),
           ("Subject", "Kayıt"),
           ("Date", m.date),
           ("Message-ID", "<m4x8q2.1769933560.galaxy@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""İyi günler,

Ben Hatice Doğan, Münster Türk Aile Birliği üyesiyim. 13 Martta ki toplantıya gelmek istiyorum. Dernek yönetimi ve destekler konusu beni ilgilendiriyor, beni 3. gruba yazarmısınız.

Dizlerimden ameliyat oldum, yürüteçle yürüyorum, merdiven çıkamıyorum. Kızım Sevgi bana refakat edecek, o da gelecek yani 2 kişiyiz. Asansör var mı acaba?

Selamlar
Hatice Doğan

Samsung Galaxy akıllı telefonumdan gönderildi.
""", charset="utf-8", cte="8bit")


# -- 021 ---------------------------------------------------------------------
# Webmail HTML only (one <div> per line), UTF-8 quoted-printable.  A
# wheelchair user registers three persons and asks to be entered already;
# she would cancel only if there is no lift: a registration, not a question.

MELNYK_TEXT = """Sehr geehrtes Organisationsteam,

wir möchten uns zu dritt für den MSO-Tag anmelden: ich, Oksana Melnyk, und zwei Frauen aus unserem Vorstand, Iryna Bondar und Switlana Koval. Wir interessieren uns für die Arbeitsgruppe Bildung, weil viele ukrainische Kinder in unseren Familien noch in Willkommensklassen sind.

Ich bin Rollstuhlfahrerin. Bitte tragen Sie uns trotzdem schon ein. Falls das Stadtweinhaus keinen Aufzug oder keinen stufenlosen Zugang hat, sagen Sie mir bitte Bescheid, dann müssten wir leider wieder absagen.

Mit freundlichen Grüßen
Oksana Melnyk
Ukrainischer Verein Münster e.V."""


@mail("melnyk-html-only-drei-personen-aufzug", "2027-02-02 20:45:13",
      E("registration", "oksana.melnyk@ukr-verein-ms.example", "Oksana Melnyk",
        "Ukrainischer Verein Münster e.V.", ["AG1"], 3, "de"), "de")
def _(m):
    m.head(("From", "Oksana Melnyk <oksana.melnyk@ukr-verein-ms.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung 3 Personen"),
           ("Date", m.date),
           ("Message-ID", "<trinity-b2d4f6a8-1c3e-4a5b-8d7f-9e0a1b2c3d4e-1770061513904@3c-app-gmx-bs58>"),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    m.single(div_html(MELNYK_TEXT), subtype="html", charset="utf-8",
             cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# Question in ISO-8859-1: step-free access for someone with a rollator; he
# will register (and choose a workgroup) only after the answer.

@mail("camara-rollator-question-stufenlos", "2027-02-03 12:00:47",
      E("question", "moussa.camara@mail.example", "Moussa Camara",
        "Guineischer Kulturverein Münster", [], None, "de"), "de")
def _(m):
    m.head(("From", "Moussa Camara <moussa.camara@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Frage Barrierefreiheit Stadtweinhaus / Anmeldung später", "iso-8859-1")),
           ("Date", m.date),
           ("Message-ID", "<0c5e8a1f.4b2d.4e7a.9f31.6d8c2b0e1a57@mail.example>"),
           ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich habe vom MSO-Tag durch unseren Verein erfahren und würde gerne kommen.
Seit einem Schlaganfall im letzten Jahr gehe ich mit einem Rollator und
kann nur wenige Stufen steigen.

Ist der Saal im Stadtweinhaus stufenlos zu erreichen? Und wie weit ist es
ungefähr von der nächsten Bushaltestelle?

Wenn das geht, melde ich mich gerne an und schreibe Ihnen dann auch,
welche Arbeitsgruppe.

Mit freundlichen Grüßen
Moussa Camara
Guineischer Kulturverein Münster
""", charset="iso-8859-1", cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# Postfix bounce (multipart/report): the remote server rejected the local part
# of a confirmation's recipient.

HAIDARI = "s.haidari@afghan-frauen-ms.example"


@mail("postfix-bounce-user-unknown", "2027-02-04 08:40:12",
      E("bounce", bounced=HAIDARI), "en")
def _(m):
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270204074012.2B8E41C0A7@mail.muenster.example>"),
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

<{HAIDARI}>: host mx1.afghan-frauen-ms.example[203.0.113.61]
    said: 550 5.1.1 <{HAIDARI}>: Recipient address rejected: User
    unknown in local recipient table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "2B8E41C0A7"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Thu,  4 Feb 2027 08:40:09 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {HAIDARI}"),
         ("Original-Recipient", f"rfc822;{HAIDARI}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx1.afghan-frauen-ms.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{HAIDARI}>: Recipient address\n"
                             "    rejected: User unknown in local recipient table")])
    original = confirmation_message(
        f"Soraya Haidari <{HAIDARI}>", "Frau Haidari", "AG1", 1,
        "Thu, 04 Feb 2027 08:40:09 +0100", "<mailbot.20270204084009.71c3@muenster.example>",
        "<f0a7c2e9-3b18-4d5c-a6e1-8b2d9c0f4e73@mail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 024 ---------------------------------------------------------------------
# Learner German, asks for simple language.  She always accompanies her blind
# sister; both attend, both want AG 1 ("Arbeitsgruppe 1, Bildung"): 2.

@mail("baran-lernerdeutsch-schwester-blind", "2027-02-05 14:22:09",
      E("registration", "rojin.baran@mail.example", "Rojin Baran", None,
        ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Rojin Baran <rojin.baran@mail.example>"),
           ("To", MSO),
           ("Subject", "anmelden MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAP6vB3nM9qW2eR5tY8uI1oP4aS7dF0gH3jK6lZ9xC2vRbq7Lw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo

Ich bin Rojin Baran. Ich möchte anmelden für MSO Tag 13 März. Bitte schreiben Sie mir in einfache Deutsch, ich lerne noch, B1.

Ich komme mit meine Schwester Berfin. Sie ist blind. Ich helfe sie, wir sind immer zusammen. Wir möchten beide Arbeitsgruppe 1, Bildung, weil Berfin will Lehrerin werden und es ist schwer für sie an der Uni.

Ist das ok für Sie?
Danke viel mal

Rojin

Von meinem Android-Smartphone gesendet
""", charset="utf-8", cte="8bit")


# -- 025 ---------------------------------------------------------------------
# The association's office forwards a member's mail (Outlook "WG:", windows-1252
# quoted-printable, "-----Ursprüngliche Nachricht-----").  The member is deaf
# and brings her OWN interpreter, paid through her work assistance, and asks
# to register both: 2.  The office asks to answer the member directly.

PETROVA_TEXT = """Guten Tag,

anbei die Anmeldung unseres Mitglieds Frau Petrova, sie hatte die Mail versehentlich an unser Büro geschickt. Bitte antworten Sie direkt an Frau Petrova (n.petrova@mail.example).

Mit freundlichen Grüßen
Irina Wolf
Büro DRKZ

-----Ursprüngliche Nachricht-----
Von: Natalia Petrova <n.petrova@mail.example>
Gesendet: Sonntag, 7. Februar 2027 19:41
An: buero@drkz-muenster.example
Betreff: Anmeldung MSO-Tag

Hallo,

ich möchte mich für den MSO-Tag am 13.3. anmelden, Arbeitsgruppe 3 (Förderung). Ich bin gehörlos. Ich bringe meine eigene Gebärdensprachdolmetscherin mit, Frau Lena Vogt. Sie wird über meine Arbeitsassistenz bezahlt, Sie müssen also nichts organisieren. Bitte melden Sie uns beide an, also 2 Personen, und halten Sie zwei Plätze nebeneinander in der ersten Reihe frei.

Danke und viele Grüße
Natalia Petrova
Deutsch-Russisches Kulturzentrum Münster e.V."""


@mail("petrova-forward-eigene-dolmetscherin", "2027-02-08 10:05:55",
      E("registration", "n.petrova@mail.example", "Natalia Petrova",
        "Deutsch-Russisches Kulturzentrum Münster e.V.", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", '"DRKZ Büro" <buero@drkz-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "WG: Anmeldung MSO-Tag"),
           ("Thread-Topic", "Anmeldung MSO-Tag"),
           ("Thread-Index", "AQHbeU5rT2qLk8VZgE6p0yR1sW3mNg=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1650B7E2C4A9D08F3E51C6A2D7B9@FR3P281MB1650.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, ru-RU"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(PETROVA_TEXT, outlook_html(PETROVA_TEXT, charset="Windows-1252"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 026 ---------------------------------------------------------------------
# Advertising (other): rental of mobile hearing loops, multipart/alternative
# newsletter with List-Unsubscribe.  It speaks of "Anmeldung" and "Barriere-
# freiheit" but registers no one.

AUDIO_TEXT = """Barrierefreie Veranstaltungen 2027 – hören, was gesagt wird

Sehr geehrte Veranstalterinnen und Veranstalter,

planen Sie eine Tagung, einen Vereinsabend oder eine Bürgerversammlung? Rund jeder sechste Erwachsene hört schlecht. Mit unseren mobilen Induktionsanlagen verstehen Hörgeräteträgerinnen und -träger jedes Wort – ganz ohne Umbau des Saals.

* Mobile Induktionsschleife für Räume bis 150 m²: ab 89 € pro Tag
* Personenführungsanlage mit 20 Empfängern: ab 119 € pro Tag
* Aufbau und Einweisung vor Ort im Münsterland: pauschal 60 €

Frühbucherrabatt: 10 % auf alle Buchungen bis 31. März 2027.

Jetzt unverbindlich anfragen: https://www.audiomobil-technik.example/anfrage

Mit freundlichen Grüßen
Ihr Team von AudioMobil Veranstaltungstechnik
Gewerbepark Loddenheide 7, 48155 Münster

Sie erhalten diesen Newsletter, weil Ihre Adresse in einem öffentlichen Veranstaltungskalender steht. Abmelden: https://www.audiomobil-technik.example/abmelden"""

AUDIO_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>AudioMobil Newsletter</title></head>
<body style="margin:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#0b4f6c;color:#ffffff;font-size:22px"><b>Barrierefreie Veranstaltungen 2027 &ndash; h&ouml;ren, was gesagt wird</b></td></tr>
<tr><td style="font-size:15px;line-height:1.5">
<p>Sehr geehrte Veranstalterinnen und Veranstalter,</p>
<p>planen Sie eine Tagung, einen Vereinsabend oder eine B&uuml;rgerversammlung? Rund jeder sechste Erwachsene h&ouml;rt schlecht. Mit unseren mobilen Induktionsanlagen verstehen H&ouml;rger&auml;tetr&auml;gerinnen und -tr&auml;ger jedes Wort &ndash; ganz ohne Umbau des Saals.</p>
<ul>
<li>Mobile Induktionsschleife f&uuml;r R&auml;ume bis 150 m&sup2;: <b>ab 89&nbsp;&euro; pro Tag</b></li>
<li>Personenf&uuml;hrungsanlage mit 20 Empf&auml;ngern: <b>ab 119&nbsp;&euro; pro Tag</b></li>
<li>Aufbau und Einweisung vor Ort im M&uuml;nsterland: pauschal 60&nbsp;&euro;</li>
</ul>
<p><b>Fr&uuml;hbucherrabatt:</b> 10&nbsp;% auf alle Buchungen bis 31. M&auml;rz 2027.</p>
<p style="text-align:center"><a href="https://www.audiomobil-technik.example/anfrage" style="background:#f28c28;color:#ffffff;padding:12px 24px;text-decoration:none">Jetzt unverbindlich anfragen</a></p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Ihr Team von AudioMobil Veranstaltungstechnik<br>Gewerbepark Loddenheide 7, 48155 M&uuml;nster</p>
</td></tr>
<tr><td style="font-size:11px;color:#777777">Sie erhalten diesen Newsletter, weil Ihre Adresse in einem &ouml;ffentlichen Veranstaltungskalender steht. <a href="https://www.audiomobil-technik.example/abmelden">Abmelden</a></td></tr>
</table></td></tr></table>
<img src="https://track.audiomobil-technik.example/o/8f3a21.gif" width="1" height="1" alt="">
</body></html>
"""


@mail("audiomobil-werbung-induktionsanlagen", "2027-02-10 16:30:00",
      E("other"), "de")
def _(m):
    m.head(("From", "AudioMobil Veranstaltungstechnik <newsletter@audiomobil-technik.example>"),
           ("To", MSO),
           ("Subject", "Barrierefreie Veranstaltungen: Mobile Induktionsanlagen ab 89 € / Tag"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-02.8f3a21.4417@news.audiomobil-technik.example>"),
           ("List-Unsubscribe", "<https://www.audiomobil-technik.example/abmelden?u=8f3a21>, "
                                "<mailto:abmelden@audiomobil-technik.example>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Mailer", "Newsletter2Go"),
           ("MIME-Version", "1.0"),
           envelope="bounce-8f3a21@news.audiomobil-technik.example")
    m.alternative(AUDIO_TEXT, AUDIO_HTML, charset="utf-8", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# English from a university address; four named persons, "workshop II" (roman
# numeral).  One of them uses a power wheelchair; a question about the
# accessible toilet rides along.

@mail("hassan-english-student-group-four", "2027-02-12 11:45:21",
      E("registration", "l.hassan@uni-muenster.example", "Layla Hassan",
        "Inclusive University Network Münster", ["AG2"], 4, "en"), "en")
def _(m):
    m.head(("From", "Layla Hassan <l.hassan@uni-muenster.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag registration: 4 people (one wheelchair user)"),
           ("Date", m.date),
           ("Message-ID", "<8a1e7c3f-0d24-4b96-a5e8-2f7c1b9d3e60@uni-muenster.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"),
           ("Content-Language", "en-US"),
           ("MIME-Version", "1.0"))
    m.single("""Dear organising team,

we are a small group from the Inclusive University Network Münster
(students with and without disabilities, most of us international
students). Four of us would like to attend the MSO day on 13 March:

- Layla Hassan
- Chen Wei
- Amira Saleh
- Mateo Ruiz

We'd all like to join workshop II on Münster's future process.

Amira uses a power wheelchair. Could you tell us whether the accessible
toilet is on the same floor as the workshop rooms? That would help us plan
the day.

Best wishes,
Layla Hassan
(on behalf of the group)
Inclusive University Network Münster
""", charset="utf-8", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Russian change, Gmail reply quoting the confirmation (AG 2, 1 person):
# switch to the first workgroup and a social-service worker now comes along
# -> 2.  Signature in Cyrillic (the full name there beats the From name).

KUZ_CID = "<mailbot.20270201101402.2b7f@muenster.example>"
KUZ_TEXT = """Добрый день!

Я записан во вторую рабочую группу, но хотел бы перейти в первую (Bildung) - эта тема для нашего объединения сейчас важнее.

И ещё: после операции мне пока трудно ходить, поэтому со мной придёт сотрудница социальной службы. Значит, нас будет двое.

Спасибо!
Олег Кузнецов"""
KUZ_ATTR = ("пн, 1 февр. 2027 г. в 10:14, Tag der Migrantenselbstorganisationen "
            f"<{MSO}>:")


@mail("kuznetsov-russian-change-ag1-plus-begleitung", "2027-02-15 09:20:30",
      E("change", "oleg.kuznetsov@mail.example", "Олег Кузнецов", None,
        ["AG1"], 2, "ru"), "ru")
def _(m):
    quoted = confirmation("Herr Kuznetsov", "AG2", 1)
    plain = f"{KUZ_TEXT}\n\n{KUZ_ATTR}\n\n{gt_quote(quoted)}\n"
    m.head(("From", "Oleg Kuznetsov <oleg.kuznetsov@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAE8xV2bN5mQ1wR4tY7uI0oP3aS6dF9gH2jK5lZ8xC1vB4nQmKo@mail.gmail.example>"),
           ("In-Reply-To", KUZ_CID),
           ("References", KUZ_CID),
           ("MIME-Version", "1.0"))
    m.alternative(plain, gmail_html(KUZ_TEXT, quote_html=gmail_quote_html(KUZ_ATTR, quoted)),
                  charset="utf-8", cte="base64", style="gmail")


# -- 029 ---------------------------------------------------------------------
# multipart/mixed: text plus a vCard.  Three persons; AG 3, fallback AG 2.  A
# guide dog is mentioned for one of them (not a person).

REINECKE_VCF = """BEGIN:VCARD
VERSION:3.0
N:Reinecke-Osei;Anja;;;
FN:Anja Reinecke-Osei
ORG:Stadtteilzentrum Kinderhaus
TITLE:Sozialarbeiterin
TEL;TYPE=WORK,VOICE:+49 251 2 03 44 18
EMAIL;TYPE=WORK:a.reinecke-osei@stz-kinderhaus.example
ADR;TYPE=WORK:;;Idenbrockplatz 8;Münster;;48159;Deutschland
END:VCARD
"""


@mail("reinecke-osei-stadtteilzentrum-vcard", "2027-02-17 13:10:44",
      E("registration", "a.reinecke-osei@stz-kinderhaus.example", "Anja Reinecke-Osei",
        "Stadtteilzentrum Kinderhaus", ["AG3", "AG2"], 3, "de"), "de")
def _(m):
    m.head(("From", "Anja Reinecke-Osei <a.reinecke-osei@stz-kinderhaus.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Stadtteilzentrum Kinderhaus (3 Pers.)"),
           ("Date", m.date),
           ("Message-ID", "<3d9b0f1e-6a2c-4e87-b5d4-0c1f7e2a9b36@stz-kinderhaus.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    body = m.text("""Hallo zusammen,

vom Stadtteilzentrum Kinderhaus kommen wir zu dritt zum MSO-Tag: ich und
zwei Besucherinnen unseres Frauenfrühstücks. Unser Wunsch wäre die AG 3,
als Ausweichmöglichkeit die AG 2.

Eine der beiden Frauen ist stark sehbehindert und kommt mit ihrem
Blindenführhund. Ich gehe davon aus, dass der Hund im Stadtweinhaus kein
Problem ist (Führhunde dürfen ja überall mit hinein), wollte es aber
trotzdem erwähnen, falls es z. B. beim Catering etwas zu beachten gibt.

Meine Kontaktdaten hänge ich als Visitenkarte an.

Viele Grüße
Anja Reinecke-Osei
Stadtteilzentrum Kinderhaus
""", charset="utf-8", cte="8bit")
    card = m.text(REINECKE_VCF, subtype="vcard", charset="utf-8", cte="quoted-printable",
                  disposition="attachment", filename="Anja Reinecke-Osei.vcf")
    m.multi("mixed", [body, card])


# -- 030 ---------------------------------------------------------------------
# Farsi question: his autistic son (19) wants to come, the father would
# accompany him; must the companion register, is there a quiet room?  They
# will register after the answer.  Signature only in Persian script.

@mail("ahmadi-farsi-question-begleitung-ruheraum", "2027-02-19 19:55:36",
      E("question", "farid.ahmadi@mail.example", "فرید احمدی", None, [], None, "fa"), "fa")
def _(m):
    m.head(("From", "Farid Ahmadi <farid.ahmadi@mail.example>"),
           ("To", MSO),
           ("Subject", "سوال درباره همراه و اتاق آرام"),
           ("Date", m.date),
           ("Message-ID", "<1771527336.902114.5518@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""سلام و خسته نباشید،

پسر من ۱۹ سال دارد و اوتیسم دارد. او به موضوع آموزش خیلی علاقه دارد و می‌خواهد در روز سازمان‌های مهاجران شرکت کند. من هم همراهش می‌آیم.

دو سوال دارم:
۱. آیا من به عنوان همراه هم باید جداگانه ثبت‌نام کنم؟
۲. آیا جای آرامی هست که اگر سالن خیلی شلوغ و پر سر و صدا شد، او بتواند کمی استراحت کند؟

بعد از جواب شما ثبت‌نام می‌کنیم.

با سپاس
فرید احمدی
""", charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Change, Outlook alternative answering the coordinator's personal mail (which
# says the interpreters will be in AG 2 and names AG 3 as his current group).
# The new text names both "von der AG 3 in die AG 2": the new choice is AG 2.

YAVUZ_TEXT = """Guten Morgen Frau Meza Correa-Flock,

danke für Ihre schnelle Rückmeldung und dass Sie die Dolmetscherinnen gebucht haben!

Ja, bitte buchen Sie mich von der AG 3 in die AG 2 um. Dann kann ich dort richtig mitdiskutieren. Das Thema Fördermittel lese ich mir lieber zu Hause nach.

Viele Grüße
Ömer Yavuz
Gehörlosen-Kulturverein Münster e.V."""

YAVUZ_QUOTE = ("Meza Correa-Flock, Ximena <meza-correa-flock@muenster.example>",
               "Freitag, 19. Februar 2027 16:02",
               "Ömer Yavuz <oemer.yavuz@gehoerlose-ms.example>",
               "Gebärdensprachdolmetschung am MSO-Tag",
               """Sehr geehrter Herr Yavuz,

gute Nachrichten: Für den MSO-Tag haben wir zwei Gebärdensprachdolmetscherinnen gebucht. Sie sind am Vormittag im Plenum und am Nachmittag in der AG 2 eingeplant, weil dort auch eine weitere gehörlose Teilnehmerin angemeldet ist. Für die AG 3, für die Sie angemeldet sind, bekommen wir leider keine zusätzliche Dolmetschung.

Möchten Sie in die AG 2 wechseln? Dann geben Sie uns bitte kurz Bescheid.

Mit freundlichen Grüßen
Ximena Meza Correa-Flock
Kommunales Integrationszentrum Münster""")


@mail("yavuz-change-ag3-nach-ag2-dolmetschung", "2027-02-22 08:15:03",
      E("change", "oemer.yavuz@gehoerlose-ms.example", "Ömer Yavuz",
        "Gehörlosen-Kulturverein Münster e.V.", ["AG2"], None, "de"), "de")
def _(m):
    ref = "<DU2PR09MB7255C1A0E4B8F2D39A6E7F10B3C5@DU2PR09MB7255.eurprd09.prod.outlook.example>"
    m.head(("From", "Ömer Yavuz <oemer.yavuz@gehoerlose-ms.example>"),
           ("To", "Meza Correa-Flock, Ximena <meza-correa-flock@muenster.example>"),
           ("Cc", TO_MSO),
           ("Subject", "AW: Gebärdensprachdolmetschung am MSO-Tag"),
           ("Thread-Topic", "Gebärdensprachdolmetschung am MSO-Tag"),
           ("Thread-Index", "AQHbgpN2yVt0xKqB8E2mWl4oZs1RfA=="),
           ("Date", m.date),
           ("Message-ID", "<VI1PR06MB4470D2E9A1B7C3F08E56D4A1C2B7@VI1PR06MB4470.eurprd06.prod.outlook.example>"),
           ("In-Reply-To", ref),
           ("References", ref),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(YAVUZ_TEXT, YAVUZ_QUOTE), outlook_html(YAVUZ_TEXT, YAVUZ_QUOTE),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 032 ---------------------------------------------------------------------
# iPad, plain UTF-8 with an emoji.  Wheelchair user with an assistance dog
# ("Sie zählt natürlich nicht als Person"): 1.  "AG Zukunftsprozess" = AG 2.

@mail("rahmani-ipad-assistenzhund", "2027-02-24 14:40:27",
      E("registration", "jasmina.rahmani@mail.example", "Jasmina Rahmani",
        "Algerischer Kulturverein Münster", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Jasmina Rahmani <jasmina.rahmani@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung + Assistenzhund"),
           ("Date", m.date),
           ("Message-ID", "<B4F0D7E2-9A1C-4C38-8E65-3D2B7A0F1C9E@mail.example>"),
           ("X-Mailer", "iPad Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo liebes MSO-Team,

ich würde gerne am 13.3. dabei sein, und zwar in der AG Zukunftsprozess. Ich komme für den Algerischen Kulturverein Münster, allerdings allein.

Kurz zur Info, damit es am Eingang keine Diskussion gibt: Ich sitze im Rollstuhl und habe einen Assistenzhund (Labrador, heißt Nala, mit Kenndecke). Kein Blindenführhund, aber genauso überall zugelassen. Sie zählt natürlich nicht als Person 😉

Bis dann!
Jasmina Rahmani

Von meinem iPad gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Newsletter of an inclusion network (other): another event with its own
# "Anmeldung"; List-Id, Precedence: list.

INKL_TEXT = """Netzwerk Inklusion Münsterland – Newsletter Februar 2027
=========================================================

Liebe Mitglieder und Interessierte,

hier unsere Termine und Hinweise für die nächsten Wochen.

1. Fachtag "Leichte Sprache in der Verwaltung"
   Samstag, 20. März 2027, 10–15 Uhr, Bürgerhaus Kinderhaus
   Anmeldung bis 12. März über https://www.inklusion-muensterland.example/fachtag

2. Neue Broschüre "Barrierefrei feiern – Checkliste für Vereinsfeste"
   kostenlos als barrierefreies PDF und in Braille auf Anfrage

3. Gesucht: Testerinnen und Tester mit Sehbehinderung für die neue
   Fahrplan-App der Stadtwerke. Aufwandsentschädigung 30 Euro.

4. Offener Stammtisch jeden ersten Dienstag im Monat, Café Inklusiv,
   Hafenweg 26. Der Raum ist stufenlos, eine Induktionsschleife ist vorhanden.

Herzliche Grüße
Ihr Redaktionsteam

--
Netzwerk Inklusion Münsterland e.V. · Geschäftsstelle · Hafenweg 26 · 48155 Münster
Newsletter abbestellen: https://www.inklusion-muensterland.example/newsletter/abmelden"""


@mail("inklusionsnetzwerk-newsletter", "2027-02-26 07:30:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Netzwerk Inklusion Münsterland <newsletter@inklusion-muensterland.example>"),
           ("To", "Newsletter-Empfänger <newsletter@inklusion-muensterland.example>"),
           ("Subject", "Newsletter Februar: Fachtag Leichte Sprache, Checkliste Vereinsfeste"),
           ("Date", m.date),
           ("Message-ID", "<newsletter-2027-02.20270226073000@inklusion-muensterland.example>"),
           ("List-Id", "Newsletter Netzwerk Inklusion <newsletter.inklusion-muensterland.example>"),
           ("List-Unsubscribe", "<https://www.inklusion-muensterland.example/newsletter/abmelden>"),
           ("Precedence", "list"),
           ("MIME-Version", "1.0"),
           envelope="newsletter-bounces@inklusion-muensterland.example")
    m.single(INKL_TEXT, charset="utf-8", cte="8bit")


# -- 034 ---------------------------------------------------------------------
# Webmail vacation notice without Auto-Submitted or Precedence: only the
# Subject prefix, In-Reply-To and the body give it away.

@mail("hadzic-abwesenheitsnotiz-reha-ohne-header", "2027-03-01 12:25:40",
      E("auto_reply"), "de")
def _(m):
    cid = "<mailbot.20270301122537.c41e@muenster.example>"
    m.head(("From", "Amela Hadžić <amela.hadzic@mail.example>"),
           ("To", MSO),
           ("Subject", "Abwesenheitsnotiz: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<autoreply.1772364340.77012@webmail.mail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich bin vom 22.02. bis 19.03.2027 in einer Reha-Maßnahme und lese meine
E-Mails nur unregelmäßig. Ab dem 22.03. bin ich wieder erreichbar.

Bei Fragen zum Verein wenden Sie sich bitte an unseren Vorstand:
vorstand@bosnischer-verein-ms.example

Mit freundlichen Grüßen
Amela Hadžić
""", charset="utf-8", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# English change, Gmail reply quoting the confirmation (AG 3, 2 persons): her
# support worker cannot come -> 1 person.  A friend drops her off but does not
# stay (not counted).  Workshop unchanged: [].

WANJIRU_TEXT = """Hi,

a quick update on my registration: my support worker, who was going to come with me, is not available on the 13th after all. I'll come on my own – a friend will drop me off at the door and pick me up in the afternoon, but she won't stay. So please change it to 1 person. The workshop stays the same.

Thanks,
Esther

--
Esther Wanjiru
Kenyan Women's Group Münster"""
WANJIRU_CID = "<mailbot.20270204093104.0e5d@muenster.example>"
WANJIRU_ATTR = f"On Thu, 4 Feb 2027 at 09:31, Tag der Migrantenselbstorganisationen <{MSO}> wrote:"


@mail("wanjiru-english-change-support-worker-not-coming", "2027-03-03 18:10:05",
      E("change", "esther.wanjiru@mail.example", "Esther Wanjiru",
        "Kenyan Women's Group Münster", [], 1, "en"), "en")
def _(m):
    quoted = confirmation("Frau Wanjiru", "AG3", 2)
    m.head(("From", "Esther Wanjiru <esther.wanjiru@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAL1qW4eR7tY0uI3oP6aS9dF2gH5jK8lZ1xC4vB7nM0qWzEs9Tg@mail.gmail.example>"),
           ("In-Reply-To", WANJIRU_CID),
           ("References", WANJIRU_CID),
           ("MIME-Version", "1.0"))
    m.alternative(f"{WANJIRU_TEXT}\n\n{WANJIRU_ATTR}\n\n{gt_quote(quoted)}\n",
                  gmail_html(WANJIRU_TEXT, quote_html=gmail_quote_html(WANJIRU_ATTR, quoted)),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 036 ---------------------------------------------------------------------
# Exim bounce from a remote relay (multipart/report): mailbox over quota; the
# recipient is written in mixed case; the returned part is headers only
# (text/rfc822-headers).

YILMAZ_RCPT = "Sevda.Yilmaz@Mail.Example"


@mail("exim-bounce-mailbox-quota", "2027-03-05 09:45:12",
      E("bounce", bounced=YILMAZ_RCPT.lower()), "en")
def _(m):
    m.head(("From", "Mail Delivery System <Mailer-Daemon@relay2.mail.example>"),
           ("To", MSO),
           ("Subject", "Mail delivery failed: returning message to sender"),
           ("Date", m.date),
           ("Message-ID", "<E1vQx7T-0004Kp-3b@relay2.mail.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-Failed-Recipients", YILMAZ_RCPT),
           ("MIME-Version", "1.0"),
           envelope="")
    note = m.text(f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {YILMAZ_RCPT}
    mailbox is full: retry timeout exceeded
""", charset="us-ascii", cte="7bit")
    dsn = dsn_part(
        [("Reporting-MTA", "dns; relay2.mail.example")],
        [("Action", "failed"),
         ("Final-Recipient", f"rfc822;{YILMAZ_RCPT}"),
         ("Status", "5.2.2"),
         ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox quota exceeded")])
    headers = m.text(f"""Return-path: <{MSO}>
Received: from mx.muenster.example ([198.51.100.25])
\tby relay2.mail.example with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
\t(Exim 4.98)
\tid 1vQvA1-0001Zq-0L
\tfor {YILMAZ_RCPT}; Wed, 03 Mar 2027 09:41:06 +0100
From: {TO_MSO}
To: Sevda Yilmaz <{YILMAZ_RCPT}>
Subject: {CONFIRMATION_SUBJECT}
Date: Wed, 03 Mar 2027 09:41:03 +0100
Message-ID: <mailbot.20270303094103.5a9e@muenster.example>
Auto-Submitted: auto-replied
""", subtype="rfc822-headers", charset="us-ascii", cte="7bit")
    m.multi("report", [note, dsn, headers], style="exim",
            params={"report-type": "delivery-status"})


# -- 037 ---------------------------------------------------------------------
# Turkish cancellation: the wheelchair transport service (she writes the
# German word "Fahrdienst" in brackets) has no driver that Saturday.

@mail("yuksel-turkish-cancel-fahrdienst", "2027-03-09 16:50:20",
      E("cancellation", "emine.yuksel@mail.example", "Emine Yüksel", None,
        [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Emine Yüksel <emine.yuksel@mail.example>"),
           ("To", MSO),
           ("Subject", "İptal - MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<trinity-7f2e9c41-d8a3-4b06-b5e1-0c6a3f8d2e97-1773071420118@3c-app-gmx-bap23>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

Cumartesi günü için kaydımı iptal etmem gerekiyor. Tekerlekli sandalyeyle binebildiğim engelli servis aracını (Fahrdienst) haftalar önce ayırtmıştım ama bugün aradılar, o gün şoför bulamamışlar. Başka türlü şehir merkezine gelemiyorum.

Çok üzgünüm, bir dahaki sefere inşallah.

Saygılarımla
Emine Yüksel
""", charset="utf-8", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Cancellation for two, Outlook HTML only in windows-1252, CRLF line ends,
# replying to the reminder (which names AG 2 and 2 persons).  The disabled-transport service
# called off the ride.

RODRIGUEZ_TEXT = """Sehr geehrte Damen und Herren,

leider müssen mein Kollege Herr Ortega und ich unsere Teilnahme am Samstag absagen. Herr Ortega ist auf den Rollstuhl angewiesen, und der Behindertenfahrdienst hat uns heute mitgeteilt, dass die bestellte Fahrt am Samstag wegen Personalmangel ausfällt. Mit Bus und Bahn ist der Weg aus Roxel für ihn leider nicht machbar, und ohne ihn möchte ich nicht allein kommen.

Bitte streichen Sie uns beide von der Liste, damit die Plätze weitergegeben werden können.

Mit freundlichen Grüßen
Carmen Rodríguez Vidal
Spanischer Elternverein Münster e.V."""


@mail("rodriguez-cancel-outlook-html-fahrdienst", "2027-03-11 10:20:44",
      E("cancellation", "c.rodriguez@spanischer-elternverein.example", "Carmen Rodríguez Vidal",
        "Spanischer Elternverein Münster e.V.", [], None, "de"), "de")
def _(m):
    rid = "<mailbot-reminder.20270306100007.3c8b@muenster.example>"
    quote = (TO_MSO, "Samstag, 6. März 2027 10:00",
             '"Rodríguez Vidal, Carmen" <c.rodriguez@spanischer-elternverein.example>',
             REMINDER_SUBJECT, reminder("AG2", 2))
    m.head(("From", '"Rodríguez Vidal, Carmen" <c.rodriguez@spanischer-elternverein.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Thread-Index", "AQHbjr4Ck2xWq9T0mP7sYb3nEz5VhQ=="),
           ("Date", m.date),
           ("Message-ID", "<AM0PR10MB3268F4A2C9E1B07D5A3F8E62C1D0@AM0PR10MB3268.EURPRD10.PROD.OUTLOOK.example>"),
           ("In-Reply-To", rid),
           ("References", rid),
           ("Accept-Language", "de-DE, es-ES"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"), crlf=True)
    m.single(outlook_html(RODRIGUEZ_TEXT, quote, charset="Windows-1252"), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Short cancellation from a phone the morning before: her assistant is ill.
# "(AG 1)" only identifies the registration; no new choice.

@mail("bouzid-cancel-assistenz-krank", "2027-03-12 06:48:31",
      E("cancellation", "nadia.bouzid@mail.example", "Nadia Bouzid", None,
        [], None, "de"), "de")
def _(m):
    m.head(("From", "Nadia Bouzid <nadia.bouzid@mail.example>"),
           ("To", MSO),
           ("Subject", "Absage morgen"),
           ("Date", m.date),
           ("Message-ID", "<PAXP193MB1524E8B1A0C3D97F@PAXP193MB1524.EURP193.PROD.OUTLOOK.example>"),
           ("X-Mailer", "Outlook for Android"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Morgen,

leider muss ich für morgen absagen, meine Assistentin ist krank geworden und so kurzfristig finde ich keine Vertretung. Ohne Assistenz schaffe ich so einen langen Tag nicht.
Bitte uns beide austragen (AG 1).

Schade!!
Nadia Bouzid

Outlook für Android herunterladen
""", charset="utf-8", cte="8bit")


# -- 040 ---------------------------------------------------------------------
# Arabic cancellation the evening before: the wheelchair taxi for his father
# broke down.  Gmail alternative, RTL HTML, UTF-8 base64.

HAMDAN_TEXT = """مساء الخير،

للأسف لن نتمكن من الحضور غداً. حجزت تاكسي مجهزاً للكرسي المتحرك من أجل والدي الذي كان سيأتي معي، لكن الشركة اتصلت الآن وألغت الحجز لأن السيارة تعطلت، ولم نجد بديلاً في هذا الوقت القصير.

أرجو إلغاء تسجيلنا نحن الاثنين. نعتذر عن الإلغاء المتأخر.

مع التحية
بلال حمدان
Bilal Hamdan"""


@mail("hamdan-arabic-cancel-rollstuhltaxi", "2027-03-12 21:15:09",
      E("cancellation", "bilal.hamdan@mail.example", "Bilal Hamdan", None,
        [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Bilal Hamdan <bilal.hamdan@mail.example>"),
           ("To", MSO),
           ("Subject", "إلغاء التسجيل - MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAG5rT8yU1iO4pA7sD0fG3hJ6kL9zX2cV5bN8mQ1wE4rTyHd3Wq@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(HAMDAN_TEXT, gmail_html(HAMDAN_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


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


def check(name, data, m, expected):
    """Problems found in one written mail (empty list when fine)."""
    problems = []
    for i, line in enumerate(data.split(b"\n"), 1):
        if len(line.rstrip(b"\r")) > 998:
            problems.append(f"line {i} longer than 998 octets")
    if m.crlf and re.search(rb"(?<!\r)\n", data):
        problems.append("bare LF in a CRLF mail")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if when != m.when:
        problems.append("Date header differs from the arrival time")
    if not (datetime.datetime(2027, 1, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 4, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Jan-Mar 2027")
    lv = list(leaves(msg))
    for i, p in enumerate(lv):
        if p.get_content_maintype() == "text":
            cs = p.get_content_charset() or "us-ascii"
            try:
                p.get_payload(decode=True).decode(cs, errors="strict")
            except (UnicodeDecodeError, LookupError) as e:
                problems.append(f"part {i}: does not decode as {cs}: {e}")
    got = [p.get_content() for p in lv]
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
    for dom in re.findall(r"https?://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in (
                "schemas.microsoft.com", "www.w3.org"):
            problems.append(f"non-example URL host {dom}")
    for dom in re.findall(r"\bwww\.([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom != "w3.org":
            problems.append(f"non-example host www.{dom}")
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
        if expected["bounced_recipient"] != expected["bounced_recipient"].lower():
            problems.append("bounced_recipient not lower-case")
    if set(expected) != set(FIELDS):
        problems.append("expected record has wrong keys")
    k = expected["kind"]
    if k in ("auto_reply", "bounce", "other"):
        if any(expected[f] is not None for f in ("email", "name", "organisation",
                                                  "party_size", "language")):
            problems.append("machine/other mail with person fields set")
    else:
        if not expected["email"] or expected["email"] != expected["email"].lower():
            problems.append("email missing or not lower-case")
        if not expected["language"]:
            problems.append("language missing")
    if k == "registration" and not isinstance(expected["party_size"], int):
        problems.append("registration without party_size")
    if k in ("question", "cancellation") and expected["party_size"] is not None:
        problems.append("party_size set for question/cancellation")
    if k != "bounce" and expected["bounced_recipient"] is not None:
        problems.append("bounced_recipient set for a non-bounce")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    langs = collections.Counter(t for _, _, _, t in built)
    kind_lang = collections.Counter((e["kind"], t) for _, _, e, t in built)
    encs = collections.Counter()
    types = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    print("kinds:", dict(sorted(kinds.items())))
    print("text languages (all mails):", dict(sorted(langs.items())))
    print("kind x language:", dict(sorted(kind_lang.items())))
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
