#!/usr/bin/env python3
"""Build the corpus "final21f" for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Netzwerktreffen Migration Düsseldorf 2027 (Thu 23 Sept 2027), four
workshops WS1-WS4 (see config.toml).  The writers are umbrella organisations,
networks, coordinators and federations who mostly register several people at once.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in correct MIME with the standard `email` package, writes the
files, and then reads every file back with email.policy.default to check that it
parses without defects, that each body part decodes to exactly the text written
here, and that the labels are well formed and agree with the mail.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print the counts

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

NT = "netzwerktreffen@duesseldorf.example"
NT_NAME = "Netzwerktreffen Migration Düsseldorf"
TO_NT = f"{NT_NAME} <{NT}>"
TO_NT_HDR = f"=?utf-8?q?Netzwerktreffen_Migration_D=C3=BCsseldorf?= <{NT}>"
INVITATION_ID = "<einladung-netzwerktreffen-2027.20270624100004@duesseldorf.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply",
         "bounce", "other")
WS_IDS = ("WS1", "WS2", "WS3", "WS4")
LANGS = ("de", "en", "fr", "ar", "tr", "ru", "it")


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


CEST = datetime.timezone(datetime.timedelta(hours=2))


def dt(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=CEST)


DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
             "oct.", "nov.", "déc."]
RU_DAYS = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
RU_MONTHS = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.",
             "окт.", "нояб.", "дек."]


def de_outlook_date(d):
    """'Montag, 5. Juli 2027 11:18' (Outlook 'Gesendet:' line)."""
    return f"{DE_DAYS[d.weekday()]}, {d.day}. {DE_MONTHS[d.month - 1]} {d.year} {d:%H:%M}"


def en_outlook_date(d):
    """'Wednesday, July 14, 2027 4:40 PM' (Outlook 'Sent:' line)."""
    h = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    return f"{EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month - 1]} {d.day}, {d.year} {h}:{d:%M} {ampm}"


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
        msg.set_raw("Delivered-To", NT)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=3)).astimezone(CEST))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.duesseldorf.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{NT}>; {arrival} (CEST)")
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
            return f"_00{self._nboundary}_DB9PR04MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.duesseldorf.example"
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


# ---------------------------------------------------------------------------
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION = """Sehr geehrte Damen und Herren,
liebe Kolleginnen und Kollegen aus den Netzwerken, Verbänden und
Migrantenorganisationen,

wir laden Sie herzlich zum Netzwerktreffen Migration Düsseldorf 2027 ein.

Datum: Donnerstag, 23. September 2027, 9:30 bis 16:30 Uhr
Ort: Haus der Begegnung, Kölner Straße 265, 40227 Düsseldorf

Nach dem Auftakt im Plenum arbeiten wir in vier parallelen Workshops:

Workshop 1: Arbeitsmarktintegration und Anerkennung ausländischer
            Berufsabschlüsse
Workshop 2: Wohnen und Ankommen im Quartier
Workshop 3: Gesundheit und psychosoziale Versorgung von Geflüchteten
Workshop 4: Netzwerke stärken – Zusammenarbeit von Dachverbänden,
            Kommune und Migrantenorganisationen

Gern können Sie mehrere Personen aus Ihrer Organisation oder Ihrem
Netzwerk gemeinsam anmelden. Bitte schicken Sie uns bis zum
13. September 2027 eine E-Mail an netzwerktreffen@duesseldorf.example
mit Name und Funktion jeder Person, Ihrer Organisation und dem
gewünschten Workshop (gern mit Zweitwunsch).

Die Teilnahme ist kostenlos. Für Verpflegung ist gesorgt.

Mit freundlichen Grüßen

Kommunales Integrationszentrum Düsseldorf
i. A. Birgit Schoofs"""

INVITATION_SUBJECT = "Einladung: Netzwerktreffen Migration Düsseldorf 2027"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Netzwerktreffen Migration Düsseldorf 2027"

WS_LINE = {
    "WS1": "Workshop 1 – Arbeitsmarktintegration und Anerkennung ausländischer Berufsabschlüsse",
    "WS2": "Workshop 2 – Wohnen und Ankommen im Quartier",
    "WS3": "Workshop 3 – Gesundheit und psychosoziale Versorgung von Geflüchteten",
    "WS4": "Workshop 4 – Netzwerke stärken – Zusammenarbeit von Dachverbänden, Kommune und Migrantenorganisationen",
}


def confirmation(salutation, ws, persons):
    """The confirmation mailbot sent (quoted in replies and returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Netzwerktreffen Migration Düsseldorf 2027
am Donnerstag, 23. September 2027, 9:30 bis 16:30 Uhr, im Haus der Begegnung,
Kölner Straße 265, 40227 Düsseldorf.

Wir haben Sie für folgenden Workshop eingetragen:
{WS_LINE[ws]}

Angemeldete Personen: {persons}

Möchten Sie den Workshop wechseln, die Zahl der Personen ändern oder absagen?
Antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Netzwerktreffen Migration Düsseldorf
Kommunales Integrationszentrum Düsseldorf"""


def conf_id(d, tag):
    """Message-ID of a confirmation mailbot sent at datetime d."""
    return f"<mailbot.{d:%Y%m%d%H%M%S}.{tag}@duesseldorf.example>"


def confirmation_message(to, salutation, ws, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
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
    m.set_content(confirmation(salutation, ws, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


def outlook_head(lang="DE"):
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Windows-1252">
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
table.MsoTableGrid
	{{mso-style-priority:39;
	border:solid windowtext 1.0pt;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}}
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
<body lang={lang} link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def mso_table(rows):
    """A Word table (first row bold) as Outlook writes it."""
    out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
           "style='border-collapse:collapse;border:none'>"]
    for i, row in enumerate(rows):
        out.append("<tr>")
        for cell in row:
            inner = f"<b>{esc(cell)}<o:p></o:p></b>" if i == 0 else f"{esc(cell)}<o:p></o:p>"
            out.append("<td valign=top style='border:solid windowtext 1.0pt;"
                       f"padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>{inner}</p></td>")
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def outlook_html(text, quote=None, lang="DE", labels=("Von", "Gesendet", "An", "Betreff"),
                 blocks=None):
    """Outlook-style HTML for `text`; quote = (von, gesendet, an, betreff, quoted_text).
    A line of `text` that is a key of `blocks` is replaced by that raw HTML."""
    blocks = blocks or {}
    out = [blocks[line] if line in blocks else mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        lv, lg, la, lb = labels
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span style='mso-fareast-language:DE'>{lv}:</span></b>"
                   f"<span style='mso-fareast-language:DE'> {esc(von)} <br>\n"
                   f"<b>{lg}:</b> {esc(gesendet)}<br>\n"
                   f"<b>{la}:</b> {esc(an)}<br>\n"
                   f"<b>{lb}:</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return outlook_head(lang) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels=("Von", "Gesendet", "An", "Betreff")):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    lv, lg, la, lb = labels
    return (f"{text}\n\n{lv}: {von}\n{lg}: {gesendet}\n{la}: {an}\n"
            f"{lb}: {betreff}\n\n{quoted}")


def gmail_html(text, rtl=False, quote_attr=None, quoted=None):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
    if quote_attr:
        q = "<br>".join(esc(line) for line in quoted.split("\n"))
        out += (f"<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
                f"{esc(quote_attr)}<br></div><blockquote class=\"gmail_quote\" "
                f"style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);"
                f"padding-left:1ex\">{q}</blockquote></div>")
    return out + "\n"


def apple_html(text, quote_attr=None, quoted=None):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    if quote_attr:
        q = "<br>".join(esc(line) for line in quoted.split("\n"))
        inner += (f"<div><br><blockquote type=\"cite\"><div>{esc(quote_attr)}</div><br>"
                  f"<div><div>{q}</div></div></blockquote></div>")
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
# Exchange out-of-office to the mass invitation (auto_reply): Auto-Submitted
# auto-generated and X-Auto-Response-Suppress; it names a workshop-free but
# event-related subject.

REINARTZ_OOO = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 9. Juli 2027 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an das Sekretariat des Kommunalen Integrationszentrums Kreis Mettmann unter ki@kreis-mettmann.example oder Tel. 02104 99 20 00.

Mit freundlichen Grüßen
Thomas Reinartz"""


@mail("reinartz-ooo-to-invitation", "2027-06-24 10:02:41",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", '"Reinartz, Thomas" <t.reinartz@kreis-mettmann.example>'),
           ("To", TO_NT_HDR),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<DB9PR04MB8410F3A27C11E0D4B2A9C61E5F0A@DB9PR04MB8410.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "t.reinartz@kreis-mettmann.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(REINARTZ_OOO), outlook_html(REINARTZ_OOO),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 002 ---------------------------------------------------------------------
# Thunderbird reply quoting the whole invitation (all four workshops in the
# quote).  Bullet list of three people, the writer among them ("ich selbst");
# all three to Workshop 4.  "Dr." in the signature only.

@mail("dogan-bullet-list-reply-invitation", "2027-06-24 15:12:09",
      E("registration", "s.dogan@dmo-duesseldorf.example", "Serkan Doğan",
        "Dachverband der Migrantenorganisationen Düsseldorf e.V.", ["WS4"], 3, "de"), "de")
def _(m):
    m.head(("From", "Serkan Doğan <s.dogan@dmo-duesseldorf.example>"),
           ("To", TO_NT),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<4b2e91c7-0d3a-4f6e-8a15-c9d27e03b6f1@dmo-duesseldorf.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.11.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Schoofs,

vielen Dank für die Einladung, wir sind gern wieder dabei. Für den
Dachverband melde ich folgende Personen an:

- Serkan Doğan, Vorsitzender (ich selbst)
- Meryem Aksoy-Brandt, Geschäftsführerin
- Tobias Wienand, Referent für Mitgliederbetreuung

Wir möchten alle drei in den Workshop 4 „Netzwerke stärken“. Zur
Zusammenarbeit mit der Kommune haben wir aus dem letzten Jahr einiges
beizutragen.

Herzliche Grüße
Serkan Doğan

-- 
Dr. Serkan Doğan
Vorsitzender
Dachverband der Migrantenorganisationen Düsseldorf e.V.
Oststraße 41, 40211 Düsseldorf
www.dmo-duesseldorf.example

Am 24.06.27 um 10:00 schrieb Netzwerktreffen Migration Düsseldorf:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 003 ---------------------------------------------------------------------
# Outlook HTML only (windows-1252 QP) with a Word table of four people split
# over two workshops; the writer is in row 1 and goes to Workshop 1.  The
# invitation is quoted below a Von:/Gesendet: block.

KRUEGER_TEXT = """Sehr geehrte Frau Schoofs,

anbei unsere Anmeldung zum Netzwerktreffen. Wir kommen vom Fachdienst zu viert und teilen uns auf zwei Workshops auf:

[[TABELLE]]

Ich selbst gehe also in Workshop 1, Frau Wójcik und Herr El-Khatib in Workshop 3.

Mit freundlichen Grüßen

Annette Krüger-Bongartz
Fachbereichsleitung Migration
Evangelischer Fachdienst für Integration und Migration Düsseldorf-Nord
Münsterstraße 330 · 40470 Düsseldorf
Tel. 0211 / 61 72 40-15"""

KRUEGER_TABLE = [
    ("Name", "Funktion", "Workshop"),
    ("Annette Krüger-Bongartz", "Fachbereichsleitung Migration", "WS 1"),
    ("Jens Hilgers", "Migrationsberatung für Erwachsene (MBE)", "WS 1"),
    ("Natalia Wójcik", "Jugendmigrationsdienst", "WS 3"),
    ("Samir El-Khatib", "Psychosoziale Beratung", "WS 3"),
]


@mail("krueger-bongartz-outlook-html-table-split", "2027-06-25 09:03:27",
      E("registration", "a.krueger-bongartz@efim-duesseldorf.example", "Annette Krüger-Bongartz",
        "Evangelischer Fachdienst für Integration und Migration Düsseldorf-Nord",
        ["WS1"], 4, "de"), "de")
def _(m):
    m.head(("From", '"Krüger-Bongartz, Annette" <a.krueger-bongartz@efim-duesseldorf.example>'),
           ("To", TO_NT),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHb5Fq2k7Lm0Yx8Rz1cT4bV9wNnPgAB3kQa"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR04MB6672A0C1E5D24B87F3116A9E0B2C@DB9PR04MB6672.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"{NT_NAME} <{NT}>", de_outlook_date(dt("2027-06-24 10:00")),
             f"{NT_NAME} <{NT}>", INVITATION_SUBJECT, INVITATION)
    m.single(outlook_html(KRUEGER_TEXT, quote, blocks={"[[TABELLE]]": mso_table(KRUEGER_TABLE)}),
             subtype="html", charset="windows-1252", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# English, Gmail multipart/alternative: "myself and two colleagues" with the
# three names listed; first choice Workshop 1 (by topic), second Workshop 4.

OKAFOR_TEXT = """Dear Ms Schoofs,

Thanks a lot for the invitation. I would like to register myself and two colleagues from our network for the Netzwerktreffen on 23 September:

Chidinma Okafor (coordinator) - that's me
Daniel Mekonnen (job coach)
Oksana Hrytsenko (volunteer mentor)

Our first choice would be Workshop 1 on labour market integration and the recognition of foreign qualifications, as that is the core of our work. If it fills up, Workshop 4 would be our second choice.

Kind regards,
Chidinma

--
Chidinma Okafor
Coordinator
Refugee Professionals Network Rhine-Ruhr
+49 211 5408 2271"""


@mail("okafor-english-myself-and-two-colleagues", "2027-06-25 18:40:55",
      E("registration", "chidinma.okafor@rpn-rhineruhr.example", "Chidinma Okafor",
        "Refugee Professionals Network Rhine-Ruhr", ["WS1", "WS4"], 3, "en"), "en")
def _(m):
    m.head(("From", "Chidinma Okafor <chidinma.okafor@rpn-rhineruhr.example>"),
           ("To", NT),
           ("Subject", "Registration Netzwerktreffen Migration - 3 people"),
           ("Date", m.date),
           ("Message-ID", "<CAB3x9Lq7vR2mT5nK8pW1dZ4sH6fY0cJ3aE7uN2oG5iX9bQ1rVw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(OKAFOR_TEXT, gmail_html(OKAFOR_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 005 ---------------------------------------------------------------------
# Office of an alliance registers two other people in a numbered list and
# says "Ich selbst komme nicht"; the confirmation is to go to her.  Name =
# first listed attendee; both want the housing workshop (by its title).

@mail("lenzen-registers-two-others-numbered", "2027-06-28 11:20:14",
      E("registration", "s.lenzen@buendnis-wohnen-duesseldorf.example", "Heike Dörrenbach",
        "Bündnis „Wohnen für alle“ Düsseldorf", ["WS2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Sabine Lenzen <s.lenzen@buendnis-wohnen-duesseldorf.example>"),
           ("To", NT),
           ("Subject", "Anmeldung Netzwerktreffen 23.09. – Bündnis Wohnen für alle"),
           ("Date", m.date),
           ("Message-ID", "<1f7a3c58-6e21-4d09-b8c4-2a5e9f30d71b@buendnis-wohnen-duesseldorf.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

für das Bündnis „Wohnen für alle“ Düsseldorf melde ich zum Netzwerktreffen
am 23.09. folgende zwei Personen an:

1. Heike Dörrenbach, Sprecherin des Bündnisses
2. Okan Sarıgül, Mieterberatung im Bündnis

Beide möchten in den Workshop „Wohnen und Ankommen im Quartier“.

Ich selbst komme nicht, ich kümmere mich nur um die Anmeldungen. Die
Bestätigung können Sie aber gern an mich schicken, ich leite sie weiter.

Mit freundlichen Grüßen
Sabine Lenzen
Geschäftsstelle
Bündnis „Wohnen für alle“ Düsseldorf
""", charset="utf-8", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Turkish, iso-8859-9 QP, RFC 2047 name in the same charset.  A federation's
# chair lists three people split over two workshops ("1. atölye", "3. atölye",
# "sağlık atölyesi"); he himself goes to workshop 1.

@mail("korkmaz-turkish-federation-split", "2027-06-29 21:05:38",
      E("registration", "m.korkmaz@tvdf-rheinruhr.example", "Mustafa Korkmaz",
        "Rhein-Ruhr Türk Veli Dernekleri Federasyonu", ["WS1"], 3, "tr"), "tr")
def _(m):
    m.head(("From", "Mustafa Korkmaz <m.korkmaz@tvdf-rheinruhr.example>"),
           ("To", NT),
           ("Subject", ew("Netzwerktreffen Migration - kayıt (3 kişi)", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270629190538.7c41e2@tvdf-rheinruhr.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single("""Sayın Schoofs Hanım,

23 Eylül'deki Netzwerktreffen Migration için federasyonumuzdan üç kişi olarak kayıt olmak istiyoruz:

- Mustafa Korkmaz (genel başkan) - 1. atölye (Arbeitsmarkt / Anerkennung)
- Hatice Şimşek (eğitim koordinatörü) - 3. atölye
- Emre Aydemir (gençlik temsilcisi) - 3. atölye

Ben birinci atölyeye katılacağım, iki arkadaşım sağlık atölyesine gitmek istiyor.

Saygılarımla,
Mustafa Korkmaz
Genel Başkan
Rhein-Ruhr Türk Veli Dernekleri Federasyonu
""", charset="iso-8859-9", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Newsletter of another network (other): its own Fachtag with workshops on
# Arbeitsmarkt and Wohnen and its own "Anmeldung"; List-Id, Precedence bulk.

RUNDBRIEF_TEXT = """Rundbrief 3/2027 – Landesnetzwerk Integration NRW

Liebe Mitglieder und Partner,

1) Fachtag „Teilhabe vor Ort“ am 14. Oktober 2027 in Köln
Vier Workshops: Arbeitsmarkt und Anerkennung, Wohnen, Gesundheit, Vernetzung
in der Fläche. Anmeldung bis 30. September über unser Online-Formular:
https://www.landesnetzwerk-integration.example/fachtag2027

2) Neue Förderrichtlinie für Migrantenorganisationen
Anträge können ab 1. August gestellt werden. Eine Infoveranstaltung (online)
findet am 12. Juli statt.

3) Termine unserer Partner
- 23.09.2027: Netzwerktreffen Migration Düsseldorf (Anmeldung beim
  Kommunalen Integrationszentrum Düsseldorf)
- 02.10.2027: Interkulturelles Fest, Bochum

Sie erhalten diesen Rundbrief, weil Sie sich in unseren Verteiler eingetragen
haben. Abmelden: https://www.landesnetzwerk-integration.example/abmelden

Landesnetzwerk Integration NRW · Friedrichstraße 14 · 40217 Düsseldorf"""


@mail("landesnetzwerk-rundbrief", "2027-06-30 08:00:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Landesnetzwerk Integration NRW <rundbrief@landesnetzwerk-integration.example>"),
           ("To", "Verteiler Rundbrief <rundbrief@landesnetzwerk-integration.example>"),
           ("Subject", "Rundbrief 3/2027: Fachtag, Förderrichtlinie, Termine"),
           ("Date", m.date),
           ("Message-ID", "<rundbrief-2027-03.1782799200@landesnetzwerk-integration.example>"),
           ("List-Id", "Rundbrief Landesnetzwerk <rundbrief.landesnetzwerk-integration.example>"),
           ("List-Unsubscribe", "<https://www.landesnetzwerk-integration.example/abmelden>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    paras = "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>"
                    for p in RUNDBRIEF_TEXT.split("\n\n"))
    html_text = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
                 "<body style=\"font-family:Arial,sans-serif;font-size:14px\">"
                 f"{paras}</body></html>\n")
    m.alternative(RUNDBRIEF_TEXT, html_text, charset="utf-8", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Plain-text table with | columns, five people of a network over three
# workshops; the writer is row 3, marked "(ich)", in Workshop 4, with
# Workshop 2 as her own fallback.  UTF-8 8bit.

@mail("hodzic-plaintext-table-five", "2027-07-01 14:32:47",
      E("registration", "j.hodzic@ia-netzwerk-duesseldorf.example", "Jasmina Hodžić",
        "Netzwerk Integrationsagenturen Düsseldorf", ["WS4", "WS2"], 5, "de"), "de")
def _(m):
    m.head(("From", "Jasmina Hodžić <j.hodzic@ia-netzwerk-duesseldorf.example>"),
           ("To", NT),
           ("Subject", "Anmeldung Netzwerk Integrationsagenturen (5 Personen)"),
           ("Date", m.date),
           ("Message-ID", "<a83d0f5e-12c7-4b9a-9e66-7d1f4c2b8e05@ia-netzwerk-duesseldorf.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.11.0"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Frau Schoofs,

hier die Anmeldung aus dem Netzwerk der Integrationsagenturen. Wir sind
dieses Jahr zu fünft:

Name                  | Träger / Funktion                 | Workshop
----------------------+-----------------------------------+---------
Frank Heuser          | IA Arbeiterwohlfahrt, Sozialarbeit| 1
Aylin Öztürk          | IA Caritas, Antidiskriminierung   | 4
Jasmina Hodžić (ich)  | Koordination Netzwerk             | 4
Rolf Baumanns         | IA Diakonie, Quartiersarbeit      | 2
Mirela Stan           | IA DRK, Ehrenamtskoordination     | 2

Falls Workshop 4 schon voll sein sollte, würde ich selbst auch in den
Workshop 2 gehen.

Viele Grüße
Jasmina Hodžić

Koordination
Netzwerk Integrationsagenturen Düsseldorf
""", charset="utf-8", cte="8bit")


# -- 009 ---------------------------------------------------------------------
# French, iso-8859-1 8bit: the president and the treasurer of a federation,
# "l'atelier 1" first, "l'atelier 3 sur la santé" second.

@mail("diallo-french-two-first-second", "2027-07-02 10:47:03",
      E("registration", "a.diallo@faar-rhenanie.example", "Aminata Diallo",
        "Fédération des Associations Africaines de Rhénanie", ["WS1", "WS3"], 2, "fr"), "fr")
def _(m):
    m.head(("From", addr("Aminata Diallo", "a.diallo@faar-rhenanie.example")),
           ("To", NT),
           ("Subject", ew("Inscription à la rencontre du 23 septembre", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<5d1c9e7a.20270702104703@faar-rhenanie.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Madame Schoofs,

Je vous remercie pour l'invitation au Netzwerktreffen Migration du 23 septembre. Je souhaite inscrire deux personnes de notre fédération :

- moi-même, Aminata Diallo, présidente
- M. Jean-Baptiste Nkurunziza, trésorier

Nous aimerions participer à l'atelier 1 (marché du travail et reconnaissance des diplômes étrangers). Si ce n'est plus possible, l'atelier 3 sur la santé nous intéresse aussi.

Veuillez agréer, Madame, mes salutations distinguées.

Aminata Diallo
Présidente
Fédération des Associations Africaines de Rhénanie
""", charset="iso-8859-1", cte="8bit")


# -- 010 ---------------------------------------------------------------------
# A single person, short, Workshop 3 "(Gesundheit)"; iso-8859-1 QP from an
# iPad.

@mail("huelsmann-single-short", "2027-07-05 07:58:31",
      E("registration", "p.huelsmann@gesundheitsladen-ddorf.example", "Petra Hülsmann",
        "Gesundheitsladen Düsseldorf e.V.", ["WS3"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Petra Hülsmann", "p.huelsmann@gesundheitsladen-ddorf.example",
                         "iso-8859-1", "q")),
           ("To", NT),
           ("Subject", "Anmeldung Workshop Gesundheit"),
           ("Date", m.date),
           ("Message-ID", "<9E4A21C7-3B5D-4F80-A6E2-1C7D9B3F5A08@gesundheitsladen-ddorf.example>"),
           ("X-Mailer", "iPad Mail (22F76)"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Morgen,

hiermit melde ich mich verbindlich zum Netzwerktreffen am 23.9. an, Workshop 3 (Gesundheit). Ich komme allein.

Petra Hülsmann
Gesundheitsladen Düsseldorf e.V.

Von meinem iPad gesendet""", charset="iso-8859-1", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Arabic, Gmail alternative with right-to-left HTML, UTF-8 base64.  Numbered
# list of four (the writer first); "ورشة العمل الثانية" = the second workshop,
# on housing.  Latin display name, Arabic signature.

ALHAMWI_TEXT = """السيدة شوفس المحترمة،

تحية طيبة وبعد،

أود تسجيل أربعة أشخاص من اتحادنا في لقاء الشبكات (Netzwerktreffen Migration) يوم 23 سبتمبر:

1. خالد الحموي (رئيس الاتحاد)
2. ريم العلي (أمينة السر)
3. محمود سليمان (مسؤول الشباب)
4. سناء حداد (منسقة المتطوعين)

نرغب جميعاً في المشاركة في ورشة العمل الثانية حول السكن والاستقرار في الحي.

مع خالص الشكر والتقدير
خالد الحموي
رئيس الاتحاد
اتحاد الجمعيات العربية في دوسلدورف"""


@mail("alhamwi-arabic-four-numbered", "2027-07-06 19:22:16",
      E("registration", "khaled.alhamwi@arab-verbund-ddorf.example", "خالد الحموي",
        "اتحاد الجمعيات العربية في دوسلدورف", ["WS2"], 4, "ar"), "ar")
def _(m):
    m.head(("From", "Khaled Al-Hamwi <khaled.alhamwi@arab-verbund-ddorf.example>"),
           ("To", NT),
           ("Subject", "تسجيل في لقاء الشبكات 23.09.2027"),
           ("Date", m.date),
           ("Message-ID", "<CAN7tR4vW2xY6zA0bC4dE8fG2hI6jK0lM4nO8pQ2rS6tU0vW4xY@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALHAMWI_TEXT, gmail_html(ALHAMWI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 012 ---------------------------------------------------------------------
# A bullet list where the third person is only "vielleicht" (not counted:
# the writer says two are firm).  The writer goes to Workshop 1; the maybe
# person would go to Workshop 3.

@mail("terhorst-list-with-maybe", "2027-07-07 16:05:52",
      E("registration", "m.terhorst@ak-migration-bezirk6.example", "Monika Terhorst",
        "Arbeitskreis Migration im Stadtbezirk 6", ["WS1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Monika Terhorst <m.terhorst@ak-migration-bezirk6.example>"),
           ("To", NT),
           ("Subject", "Anmeldung AK Migration Bezirk 6"),
           ("Date", m.date),
           ("Message-ID", "<trinity-7a2c4e61-0b9d-4f38-a5e1-3c8d6f2b9e47-1783433152418@3c-app-gmx-bs21>"),
           ("MIME-Version", "1.0"))
    m.single("""Liebe Frau Schoofs,

für den Arbeitskreis Migration im Stadtbezirk 6 melde ich uns wie folgt an:

* Monika Terhorst (Sprecherin des AK) – Workshop 1
* Petra Lohmann (Flüchtlingsinitiative Rath) – Workshop 1
* Dimitrios Kalogeropoulos (Griechische Gemeinde) – Workshop 3, aber nur
  vielleicht! Er weiß noch nicht, ob er an dem Tag frei bekommt, und gibt
  mir bis Ende Juli Bescheid. Ich melde mich dann noch mal bei Ihnen.

Fest sind also erst mal zwei Personen.

Viele Grüße
Monika Terhorst
Arbeitskreis Migration im Stadtbezirk 6
""", charset="utf-8", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# English, Outlook HTML only with a Word table; the writer does not attend
# ("I won't be able to attend myself") and asks to confirm to the group's
# contact, whose address she mistypes (hadad for haddad; see the bounce 014).
# Name = the contact; her workshop is 3; another person goes to Workshop 2.

HOLLIS_TEXT = """Dear Ms Schoofs,

Please find below the registrations from Welcome Bridge Düsseldorf for the Netzwerktreffen on 23 September. Unfortunately I won't be able to attend myself, as I'm on leave that week.

[[TABLE]]

Leila will be the contact person for the group, so could you please send the confirmation directly to her at leila.hadad@welcome-bridge.example?

Many thanks and best wishes,
Rebecca

Rebecca Hollis
Programme Manager
Welcome Bridge Düsseldorf gGmbH
Ackerstraße 112, 40233 Düsseldorf"""

HOLLIS_TABLE = [
    ("Name", "Role", "Workshop"),
    ("Leila Haddad", "Project Lead, Health & Wellbeing", "3"),
    ("Tomasz Wrona", "Psychosocial Counsellor", "3"),
    ("Anna Berisha", "Volunteer Coordinator", "2"),
]


@mail("hollis-english-html-table-others", "2027-07-09 13:45:20",
      E("registration", "leila.hadad@welcome-bridge.example", "Leila Haddad",
        "Welcome Bridge Düsseldorf gGmbH", ["WS3"], 3, "en"), "en")
def _(m):
    m.head(("From", "Rebecca Hollis <r.hollis@welcome-bridge.example>"),
           ("To", TO_NT),
           ("Subject", "Registrations Welcome Bridge - Netzwerktreffen 23 Sept"),
           ("Thread-Topic", "Registrations Welcome Bridge - Netzwerktreffen 23 Sept"),
           ("Thread-Index", "AdvQx3Jk8mR2n5pWq0sT7uY1zB4cEg=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR02MB9031B7E2C4A6D8F0E1C3A5B7D9F1@AS8PR02MB9031.eurprd02.prod.outlook.example>"),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(HOLLIS_TEXT, lang="EN-GB", blocks={"[[TABLE]]": mso_table(HOLLIS_TABLE)}),
             subtype="html", charset="windows-1252", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# Postfix bounce (multipart/report) of the confirmation for 013, sent to the
# mistyped address; the remote server rejects the unknown user.

@mail("postfix-bounce-user-unknown", "2027-07-09 13:46:02",
      E("bounce", bounced="leila.hadad@welcome-bridge.example"), "en")
def _(m):
    rcpt = "leila.hadad@welcome-bridge.example"
    m.head(("From", "MAILER-DAEMON@mail.duesseldorf.example (Mail Delivery System)"),
           ("To", NT),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270709114602.3E81A2C0F4@mail.duesseldorf.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.duesseldorf.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mail.welcome-bridge.example[198.51.100.47] said:
    550 5.1.1 <{rcpt}>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.duesseldorf.example"),
         ("X-Postfix-Queue-ID", "3E81A2C0F4"),
         ("X-Postfix-Sender", f"rfc822; {NT}"),
         ("Arrival-Date", "Fri,  9 Jul 2027 13:45:58 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mail.welcome-bridge.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected:\n"
                             "    User unknown in virtual mailbox table")])
    original = confirmation_message(
        f"Leila Haddad <{rcpt}>", "Frau Haddad", "WS3", 3,
        "Fri, 09 Jul 2027 13:45:58 +0200", conf_id(dt("2027-07-09 13:45"), "58c1"),
        "<AS8PR02MB9031B7E2C4A6D8F0E1C3A5B7D9F1@AS8PR02MB9031.eurprd02.prod.outlook.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 015 ---------------------------------------------------------------------
# Question: is there a limit per organisation?  An umbrella with 23 member
# associations will send its list later; "alle vier Workshops" is no choice.
# Outlook alternative, UTF-8 QP (ć is not in windows-1252).

MARKOVIC_TEXT = """Sehr geehrte Frau Schoofs,

vielen Dank für die Einladung zum Netzwerktreffen. Bevor ich unsere Leute anmelde, eine Frage: Gibt es eine Obergrenze, wie viele Personen eine Organisation anmelden kann? Wir sind ein Dachverband mit 23 Mitgliedsvereinen, und bei uns haben bisher elf Personen Interesse gemeldet, verteilt auf alle vier Workshops.

Wenn das zu viele sind, würden wir intern eine Auswahl treffen. Sobald ich von Ihnen höre, schicke ich Ihnen die Liste.

Mit freundlichen Grüßen
Branka Marković
Geschäftsführerin
Dachverband bosnisch-herzegowinischer Vereine NRW e.V."""


@mail("markovic-question-limit-per-org", "2027-07-12 10:30:44",
      E("question", "b.markovic@dbhv-nrw.example", "Branka Marković",
        "Dachverband bosnisch-herzegowinischer Vereine NRW e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", '"Marković, Branka" <b.markovic@dbhv-nrw.example>'),
           ("To", TO_NT),
           ("Subject", "Frage zur Anmeldung: Anzahl Personen pro Organisation"),
           ("Thread-Topic", "Frage zur Anmeldung: Anzahl Personen pro Organisation"),
           ("Thread-Index", "AdvTa0p7Qm4kR8sW2xZ5cB1nF3hJ6g=="),
           ("Date", m.date),
           ("Message-ID", "<VI1PR08MB4427E0A3B5C7D9F1A2B4C6D8E0F2@VI1PR08MB4427.eurprd08.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(MARKOVIC_TEXT), outlook_html(MARKOVIC_TEXT),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 016 ---------------------------------------------------------------------
# Russian, windows-1251 base64, RFC 2047 B name in windows-1251.  Numbered
# list of three over two workshops ("воркшоп 3", "воркшоп 1"); the writer
# goes to "третий воркшоп".  The organisation is given in German.

@mail("kovaleva-russian-numbered-split", "2027-07-13 20:17:09",
      E("registration", "i.kovaleva@vrf-rheinruhr.example", "Ирина Ковалёва",
        "Verband russischsprachiger Familien an Rhein und Ruhr e.V.", ["WS3"], 3, "ru"), "ru")
def _(m):
    m.head(("From", addr("Ирина Ковалёва", "i.kovaleva@vrf-rheinruhr.example",
                         "windows-1251", "b")),
           ("To", NT),
           ("Subject", ew("Регистрация на Netzwerktreffen 23.09", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1783966629.412087315@f512.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте, госпожа Шофс!

Наш союз хотел бы зарегистрировать на Netzwerktreffen Migration 23 сентября трёх человек:

1. Ирина Ковалёва (председатель) — воркшоп 3 (Gesundheit)
2. Аркадий Фельдман (юрист, консультации по признанию дипломов) — воркшоп 1
3. Людмила Шевчук (координатор волонтёров) — воркшоп 3

Я сама пойду на третий воркшоп вместе с Людмилой.

С уважением,
Ирина Ковалёва
Verband russischsprachiger Familien an Rhein und Ruhr e.V.
""", charset="windows-1251", cte="base64")


# -- 017 ---------------------------------------------------------------------
# From a phone, all lower case, no organisation; workshop by alias
# ("workshop wohnen"); the signature is only the first name, so the display
# name gives the full name.

@mail("poehlmann-phone-lowercase", "2027-07-15 22:41:33",
      E("registration", "ralf.poehlmann@mail.example", "Ralf Pöhlmann", None,
        ["WS2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Ralf Pöhlmann <ralf.poehlmann@mail.example>"),
           ("To", NT),
           ("Subject", "netzwerktreffen"),
           ("Date", m.date),
           ("Message-ID", "<7C3B9E12-4A6D-4E8F-B1A3-5D7F9C2E4B60@mail.example>"),
           ("X-Mailer", "iPhone Mail (22F76)"),
           ("MIME-Version", "1.0"))
    m.single("""hallo,
bin am 23.9. dabei, würde gern in den workshop wohnen. nur ich.
gruß ralf

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Italian, iso-8859-1 QP: "iscrivo me stessa e due colleghe" with a bullet
# list of three; "il quarto workshop" first, "il primo" as the alternative.

@mail("lopresti-italian-me-and-two", "2027-07-16 11:13:26",
      E("registration", "f.lopresti@caid-duesseldorf.example", "Francesca Lo Presti",
        "Coordinamento delle Associazioni Italiane di Düsseldorf", ["WS4", "WS1"], 3, "it"), "it")
def _(m):
    m.head(("From", "Francesca Lo Presti <f.lopresti@caid-duesseldorf.example>"),
           ("To", NT),
           ("Subject", "Iscrizione Netzwerktreffen Migration 23/09"),
           ("Date", m.date),
           ("Message-ID", "<e4b17a02c9d3f5186a2e@caid-duesseldorf.example>"),
           ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev63"),
           ("MIME-Version", "1.0"))
    m.single("""Gentile signora Schoofs,

con la presente iscrivo me stessa e due colleghe del Coordinamento all'incontro del 23 settembre:

- Francesca Lo Presti, coordinatrice
- Giulia Marchetti, consulente sociale
- Rosaria Esposito, responsabile progetti donne

Vorremmo partecipare tutte e tre al quarto workshop (Netzwerke stärken). In alternativa andrebbe bene anche il primo, sul mercato del lavoro.

Cordiali saluti
Francesca Lo Presti
Coordinamento delle Associazioni Italiane di Düsseldorf
""", charset="iso-8859-1", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Counts per workshop without names (2 + 3 + 1 = 6); the writer is the one
# in Workshop 4.  Outlook alternative, windows-1252 QP.

HOFMANN_TEXT = """Sehr geehrte Frau Schoofs,

das Netzwerk Flüchtlingshilfe Düsseldorf-Süd meldet sich mit insgesamt 6 Personen zum Netzwerktreffen an. Die Namen reiche ich nach, sobald die Verteilung in unseren Initiativen geklärt ist. Die Aufteilung auf die Workshops:

Workshop 1: 2 Personen
Workshop 3: 3 Personen
Workshop 4: 1 Person (ich selbst)

Mit freundlichen Grüßen

Kerstin Hofmann-Yilmaz
Koordinatorin
Netzwerk Flüchtlingshilfe Düsseldorf-Süd
c/o Evangelische Kirchengemeinde Benrath
Tel. 0211 / 71 84 03"""


@mail("hofmann-yilmaz-counts-per-workshop", "2027-07-19 08:50:02",
      E("registration", "k.hofmann-yilmaz@fluechtlingshilfe-sued.example", "Kerstin Hofmann-Yilmaz",
        "Netzwerk Flüchtlingshilfe Düsseldorf-Süd", ["WS4"], 6, "de"), "de")
def _(m):
    m.head(("From", '"Hofmann-Yilmaz, Kerstin" <k.hofmann-yilmaz@fluechtlingshilfe-sued.example>'),
           ("To", TO_NT),
           ("Subject", "Anmeldung Netzwerk Flüchtlingshilfe Süd – 6 Personen"),
           ("Thread-Topic", "Anmeldung Netzwerk Flüchtlingshilfe Süd – 6 Personen"),
           ("Thread-Index", "AdvYb2Lq5N8tR1wX4zA7cD0fG3iK6m=="),
           ("Date", m.date),
           ("Message-ID", "<AM6PR10MB2215C3E5A7B9D1F2E4A6C8B0D2F4@AM6PR10MB2215.eurprd10.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(HOFMANN_TEXT), outlook_html(HOFMANN_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 020 ---------------------------------------------------------------------
# English, a single person for a national network; first choice by topic
# ("networks and cooperation (no. 4)"), fallback "the labour market workshop".
# Title and organisation on one signature line.

@mail("siddiqui-english-single-fallback", "2027-07-20 17:25:40",
      E("registration", "farah.siddiqui@migrant-women-network.example", "Farah Siddiqui",
        "Network of Migrant Women in Germany", ["WS4", "WS1"], 1, "en"), "en")
def _(m):
    m.head(("From", "Farah Siddiqui <farah.siddiqui@migrant-women-network.example>"),
           ("To", NT),
           ("Subject", "Registration for 23 September"),
           ("Date", m.date),
           ("Message-ID", "<d92f4c1a-7b3e-4a05-8c6d-1e5f9a2b7c30@migrant-women-network.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

I'd like to register for the Netzwerktreffen Migration on 23 September.
I'll come on my own on behalf of the Network of Migrant Women in Germany.
My preference would be the workshop on networks and cooperation (no. 4);
if that one is full, the labour market workshop would be fine too.

My German is not very good yet, so I hope it's OK that I write in English.

Best regards,
Farah Siddiqui
Policy Officer, Network of Migrant Women in Germany
""", charset="us-ascii", cte="7bit")


# -- 021 ---------------------------------------------------------------------
# A network's office forwards a member association's registration ("ich
# selbst bin nicht dabei", "bitte direkt an Frau Nwosu"): the registration is
# the member's (two people, workshop by the aliases "Arbeitsmarkt und
# Anerkennung"), as in dev 015.  Gmail forward, UTF-8 QP.

@mail("brueggemann-forwards-member-registration", "2027-07-21 12:03:18",
      E("registration", "ngozi.nwosu@igbo-union-ddorf.example", "Ngozi Nwosu",
        "Igbo Union Düsseldorf e.V.", ["WS1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Achim Brüggemann <a.brueggemann@forum-mso-ddorf.example>"),
           ("To", NT),
           ("Subject", "Fwd: Anmeldung Netzwerktreffen"),
           ("Date", m.date),
           ("Message-ID", "<CAM2pX8rT5vY1zB4dF7hJ0kM3nQ6sU9wA2cE5gI8lO1rT4vX7zA@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Liebe Frau Schoofs,

unten die Anmeldung eines unserer Mitgliedsvereine, die bei uns in der
Geschäftsstelle gelandet ist. Ich selbst bin am 23. nicht dabei. Bitte
bestätigen Sie direkt an Frau Nwosu.

Beste Grüße
Achim Brüggemann
Forum der Migrantenselbstorganisationen Düsseldorf

---------- Weitergeleitete Nachricht ---------
Von: Ngozi Nwosu <ngozi.nwosu@igbo-union-ddorf.example>
Date: Di., 20. Juli 2027 um 22:40 Uhr
Subject: Anmeldung Netzwerktreffen
To: <info@forum-mso-ddorf.example>


Hallo Achim,

kannst du uns bitte für das Netzwerktreffen anmelden? Wir kommen zu
zweit: ich und unser Kassenwart Chukwuma Eze. Wir wollen beide in den
Workshop Arbeitsmarkt und Anerkennung.

Danke!
Ngozi Nwosu
Igbo Union Düsseldorf e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# "mich, meine Kollegin ... und meinen Kollegen ..." = 3; workshop by its full
# title in typographic quotes.  Samsung phone, UTF-8 base64.

@mail("petkovic-me-and-two-colleagues-title", "2027-07-22 12:47:05",
      E("registration", "d.petkovic@bng-duesseldorf.example", "Dragana Petković",
        "Beratungsnetzwerk Gesundheit und Migration Düsseldorf", ["WS3"], 3, "de"), "de")
def _(m):
    m.head(("From", "Dragana Petković <d.petkovic@bng-duesseldorf.example>"),
           ("To", NT),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<x3k8q1.1784717225.samsung@bng-duesseldorf.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich möchte mich, meine Kollegin Sevda Arslan und meinen Kollegen Moritz Engels für das Netzwerktreffen Migration anmelden. Wir arbeiten alle drei in der Gesundheitsberatung und würden deshalb gerne in den Workshop „Gesundheit und psychosoziale Versorgung von Geflüchteten“.

Viele Grüße
Dragana Petković
Beratungsnetzwerk Gesundheit und Migration Düsseldorf

Von meinem Samsung Galaxy Smartphone gesendet.
""", charset="utf-8", cte="base64")


# -- 023 ---------------------------------------------------------------------
# Change: one person swapped for another, same workshop, same number (3);
# plain-text Outlook quote of the confirmation (Workshop 1, 3 persons) below
# a line of underscores.  windows-1252 QP.

@mail("wirtz-change-swap-person", "2027-07-23 09:31:50",
      E("change", "c.wirtz@kmd-duesseldorf.example", "Claudia Wirtz",
        "Katholischer Migrationsdienst Düsseldorf", [], None, "de"), "de")
def _(m):
    conf = dt("2027-07-05 11:18")
    m.head(("From", '"Wirtz, Claudia" <c.wirtz@kmd-duesseldorf.example>'),
           ("To", TO_NT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<DU0PR03MB8861A4C6E8B0D2F3A5C7E9B1D3F5@DU0PR03MB8861.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", conf_id(conf, "1d7e")),
           ("References", conf_id(conf, "1d7e")),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Schoofs,

eine kleine Änderung zu unserer Anmeldung: Statt Herrn Markus Elsen kommt unsere neue Kollegin Frau Hanna Tesfay. Sie geht mit uns in denselben Workshop, die Zahl bleibt also bei drei.

Mit freundlichen Grüßen
Claudia Wirtz
Katholischer Migrationsdienst Düsseldorf

________________________________
Von: {NT_NAME} <{NT}>
Gesendet: {de_outlook_date(conf)}
An: Wirtz, Claudia <c.wirtz@kmd-duesseldorf.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Frau Wirtz", "WS1", 3)}
""", charset="windows-1252", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Turkish, UTF-8 8bit: a single person, "dördüncü atölye (Netzwerke stärken)".

@mail("celik-turkish-single-fourth", "2027-07-26 20:14:27",
      E("registration", "zeynep.celik@dtkb-ddorf.example", "Zeynep Çelik",
        "Düsseldorf Türk Kadınlar Birliği e.V.", ["WS4"], 1, "tr"), "tr")
def _(m):
    m.head(("From", "Zeynep Çelik <zeynep.celik@dtkb-ddorf.example>"),
           ("To", NT),
           ("Subject", "Netzwerktreffen kaydı"),
           ("Date", m.date),
           ("Message-ID", "<CAJ4sV7xZ0bD3fH6kM9pR2uW5yA8cF1iL4oQ7tX0zC3eG6jN9qS@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

23 Eylül'deki Netzwerktreffen'e katılmak istiyorum. Sadece ben geleceğim; dördüncü atölyeye (Netzwerke stärken) katılmak istiyorum.

Teşekkürler, iyi çalışmalar
Zeynep Çelik
Düsseldorf Türk Kadınlar Birliği e.V.
""", charset="utf-8", cte="8bit")


# -- 025 ---------------------------------------------------------------------
# HTML only from a webmailer, UTF-8 base64: a <ul> of four people (writer
# first); "Workshop Wohnen" first, "Vernetzung" as fallback.

STOJANOVIC_HTML = """<!DOCTYPE html>
<html><head><meta charset="UTF-8"></head><body>
<div style="font-family: Arial, Helvetica, sans-serif; font-size: 10pt;">
<p>Hallo liebes Team vom Netzwerktreffen,</p>
<p>wir melden folgende Personen vom Dachverband an:</p>
<ul>
<li>Milan Stojanović (Vorstand)</li>
<li>Elvira Mustafić (Bildungsmediatorin)</li>
<li>Dženan Ramić (Jugendarbeit)</li>
<li>Sandra Weiß (Ehrenamt)</li>
</ul>
<p>Am liebsten alle vier in den Workshop Wohnen, weil das bei uns gerade das gr&ouml;&szlig;te Thema ist. Falls da kein Platz mehr ist, dann Vernetzung.</p>
<p>Liebe Gr&uuml;&szlig;e<br>
Milan Stojanović<br>
Dachverband Roma-Selbstorganisationen Rheinland e.V.</p>
</div>
</body></html>
"""


@mail("stojanovic-html-only-ul-four", "2027-07-27 15:58:39",
      E("registration", "milan.stojanovic@roma-dachverband-rheinland.example", "Milan Stojanović",
        "Dachverband Roma-Selbstorganisationen Rheinland e.V.", ["WS2", "WS4"], 4, "de"), "de")
def _(m):
    m.head(("From", "Milan Stojanović <milan.stojanovic@roma-dachverband-rheinland.example>"),
           ("To", NT),
           ("Subject", "Anmeldung 4 Personen"),
           ("Date", m.date),
           ("Message-ID", "<1785160719.51873.webmail@roma-dachverband-rheinland.example>"),
           ("X-Mailer", "Webmail"),
           ("MIME-Version", "1.0"))
    m.single(STOJANOVIC_HTML, subtype="html", charset="utf-8", cte="base64")


# -- 026 ---------------------------------------------------------------------
# Question (English): limit per umbrella organisation and interpretation; the
# numbered questions are no workshop choice.  Gmail alternative.

REZAEI_TEXT = """Dear organising team,

We are an umbrella organisation of 14 Iranian and Afghan associations in NRW. Before we send you our list, two questions:

1. Is there a limit on how many people one umbrella organisation can register? Several of our member associations would like to send someone.
2. Will there be interpretation (e.g. Farsi/Dari) in the workshops, or should our delegates bring their own interpreters?

Thanks in advance,
Hamid Rezaei
Federation of Iranian and Afghan Associations NRW"""


@mail("rezaei-english-question-limit-interpreting", "2027-07-28 10:06:12",
      E("question", "h.rezaei@fiaa-nrw.example", "Hamid Rezaei",
        "Federation of Iranian and Afghan Associations NRW", [], None, "en"), "en")
def _(m):
    m.head(("From", "Hamid Rezaei <h.rezaei@fiaa-nrw.example>"),
           ("To", NT),
           ("Subject", "Questions before registering"),
           ("Date", m.date),
           ("Message-ID", "<CAE9hK2nP5rT8vX1zB4dF7gJ0lN3pR6tV9xZ2bD5fH8jL1nP4rT@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(REZAEI_TEXT, gmail_html(REZAEI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 027 ---------------------------------------------------------------------
# Arabic, windows-1256 QP with a windows-1256 B-encoded subject: a single
# woman, "ورشة الصحة والرعاية النفسية والاجتماعية للاجئين" (the health
# workshop), "سأحضر وحدي" = I come alone.

@mail("alsayed-arabic-single-cp1256", "2027-07-29 22:19:45",
      E("registration", "nour.alsayed@mail.example", "نور السيد",
        "شبكة النساء العربيات في دوسلدورف", ["WS3"], 1, "ar"), "ar")
def _(m):
    m.head(("From", "Nour Al-Sayed <nour.alsayed@mail.example>"),
           ("To", NT),
           ("Subject", ew("تسجيل - ورشة الصحة", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<1785356385.k2m7q@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

أرغب في التسجيل في لقاء الشبكات للهجرة في دوسلدورف يوم 23 سبتمبر. سأحضر وحدي، وأود المشاركة في ورشة الصحة والرعاية النفسية والاجتماعية للاجئين.

شكراً جزيلاً
نور السيد
شبكة النساء العربيات في دوسلدورف
""", charset="windows-1256", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Change (English): one of three can no longer come -> 2.  Outlook
# alternative with English header labels (From:/Sent:/To:/Subject:) quoting
# the German confirmation (Workshop 1, 3 persons).

WHITFIELD_TEXT = """Dear Ms Schoofs,

Unfortunately one of our three participants, Mr Adeyemi, can no longer make it on 23 September. Could you please change our registration to two people? Everything else stays the same.

Kind regards,
Sarah Whitfield
International Welcome Centre Neuss"""


@mail("whitfield-english-change-one-fewer", "2027-08-02 09:27:33",
      E("change", "s.whitfield@iwc-neuss.example", "Sarah Whitfield",
        "International Welcome Centre Neuss", [], 2, "en"), "en")
def _(m):
    conf = dt("2027-07-14 16:40")
    m.head(("From", "Sarah Whitfield <s.whitfield@iwc-neuss.example>"),
           ("To", TO_NT),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHb9Ck2mN5pQ8rS1tU4vW7xY0zA3BC6dEfG"),
           ("Date", m.date),
           ("Message-ID", "<PA4PR07MB7320D5F7A9C1E3B2D4F6A8C0E2B4@PA4PR07MB7320.eurprd07.prod.outlook.example>"),
           ("In-Reply-To", conf_id(conf, "a3f0")),
           ("References", conf_id(conf, "a3f0")),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    labels = ("From", "Sent", "To", "Subject")
    quote = (f"{NT_NAME} <{NT}>", en_outlook_date(conf),
             "Sarah Whitfield <s.whitfield@iwc-neuss.example>", CONFIRMATION_SUBJECT,
             confirmation("Frau Whitfield", "WS1", 3))
    m.alternative(outlook_plain(WHITFIELD_TEXT, quote, labels),
                  outlook_html(WHITFIELD_TEXT, quote, lang="EN-GB", labels=labels),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 029 ---------------------------------------------------------------------
# A federation's shared office mailbox with the clerk's personal Reply-To:
# she registers three board members (numbered, split over Workshop 4 and 1),
# does not come herself and asks to confirm to her own address.  Name = the
# first listed (the chair, "Dr." dropped); her workshop is 4.

@mail("brandt-office-registers-board-reply-to", "2027-08-03 11:40:08",
      E("registration", "i.brandt@lag-migrantinnen-nrw.example", "Hülya Kaplan-Reuter",
        "Landesarbeitsgemeinschaft der Migrantinnenverbände NRW e.V.", ["WS4"], 3, "de"), "de")
def _(m):
    m.head(("From", "Geschäftsstelle LAG Migrantinnen <info@lag-migrantinnen-nrw.example>"),
           ("Reply-To", "Ines Brandt <i.brandt@lag-migrantinnen-nrw.example>"),
           ("To", NT),
           ("Subject", "Anmeldung Vorstand LAG Migrantinnenverbände"),
           ("Date", m.date),
           ("Message-ID", "<6c0e3b7f-58a2-4d1e-9f47-b2d8a6c1e3f9@lag-migrantinnen-nrw.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Schoofs,

im Auftrag unseres Vorstands melde ich folgende Personen zum Netzwerktreffen Migration an:

1. Dr. Hülya Kaplan-Reuter, Vorstandsvorsitzende – Workshop 4
2. Olga Becker, Projektleitung „Migrantinnen in Arbeit“ – Workshop 1
3. Mariam Tahir, Referentin – Workshop 1

Ich selbst nehme nicht teil. Bitte senden Sie die Bestätigung an meine Adresse (i.brandt@lag-migrantinnen-nrw.example), das Sammelpostfach lesen wir nicht täglich.

Mit freundlichen Grüßen
i. A. Ines Brandt

Landesarbeitsgemeinschaft der Migrantinnenverbände NRW e.V.
Geschäftsstelle
""", charset="utf-8", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# Change: the person listed as "vielleicht" has now said yes -> 3 (the quoted
# confirmation says 2, Workshop 2); no workshop is named in the new text.
# Thunderbird reply with '>' quote.

@mail("naumann-change-maybe-confirmed", "2027-08-04 17:52:21",
      E("change", "gisela.naumann@stadtteilnetz-garath.example", "Gisela Naumann",
        "Stadtteilnetzwerk Garath", [], 3, "de"), "de")
def _(m):
    conf = dt("2027-07-08 18:22")
    m.head(("From", "Gisela Naumann <gisela.naumann@stadtteilnetz-garath.example>"),
           ("To", TO_NT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0e7b2d94-1f6c-4a83-b5e0-9c3a7d1f2e68@stadtteilnetz-garath.example>"),
           ("In-Reply-To", conf_id(conf, "77b2")),
           ("References", conf_id(conf, "77b2")),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.12.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo Frau Schoofs,

gute Nachricht: Herr Iwanow, den ich bei unserer Anmeldung noch als
„vielleicht“ aufgeführt hatte, hat jetzt fest zugesagt. Wir sind also zu
dritt. Er kommt mit in denselben Workshop wie wir beide.

Viele Grüße
Gisela Naumann
Stadtteilnetzwerk Garath

Am {conf:%d.%m.%y} um {conf:%H:%M} schrieb Netzwerktreffen Migration Düsseldorf:
{gt_quote(confirmation("Frau Naumann", "WS2", 2))}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 031 ---------------------------------------------------------------------
# French, Gmail alternative, UTF-8 base64: four people, numbered "1)" .. "4)",
# split over two workshops; the writer ("moi-même") goes to "atelier 2
# (logement)", the three others to atelier 1.

MBALA_TEXT = """Bonjour Madame,

Nous serons quatre du Collectif des associations congolaises de Düsseldorf à participer au Netzwerktreffen du 23 septembre :

1) Patrick Mbala, coordinateur (moi-même) – atelier 2 (logement)
2) Solange Mukendi, chargée de l'insertion professionnelle – atelier 1
3) Didier Tshibangu, bénévole – atelier 1
4) Grâce Ilunga, animatrice jeunesse – atelier 1

Merci de bien vouloir confirmer notre inscription.

Cordialement,
Patrick Mbala
Coordinateur
Collectif des associations congolaises de Düsseldorf"""


@mail("mbala-french-four-split", "2027-08-05 13:08:57",
      E("registration", "patrick.mbala@collectif-congolais-ddorf.example", "Patrick Mbala",
        "Collectif des associations congolaises de Düsseldorf", ["WS2"], 4, "fr"), "fr")
def _(m):
    m.head(("From", "Patrick Mbala <patrick.mbala@collectif-congolais-ddorf.example>"),
           ("To", NT),
           ("Subject", "Inscription Collectif congolais - 4 personnes"),
           ("Date", m.date),
           ("Message-ID", "<CAH5jL8nQ1sU4wY7aC0eG3iK6mO9qS2uW5yA8cE1gI4kM7oQ0sU@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(MBALA_TEXT, gmail_html(MBALA_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 032 ---------------------------------------------------------------------
# A single person, "Erstwunsch: Workshop 1 ... Zweitwunsch: Workshop 4";
# Outlook plain text, windows-1252 QP, with an address block (street number,
# phone) and a legal disclaimer.

@mail("brehm-single-first-second-disclaimer", "2027-08-09 08:15:42",
      E("registration", "t.brehm@freiwilligenagentur-hilden.example", "Thomas Brehm",
        "Freiwilligenagentur Hilden e.V.", ["WS1", "WS4"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Brehm, Thomas" <t.brehm@freiwilligenagentur-hilden.example>'),
           ("To", NT),
           ("Subject", "Anmeldung Netzwerktreffen Migration"),
           ("Date", m.date),
           ("Message-ID", "<001b01dc08e1$7f3a2c10$7dae8430$@freiwilligenagentur-hilden.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich würde gerne am Netzwerktreffen Migration am 23.09.2027 teilnehmen.
Erstwunsch: Workshop 1 (Anerkennung ausländischer Berufsabschlüsse)
Zweitwunsch: Workshop 4

Mit freundlichen Grüßen

Thomas Brehm
Ehrenamtskoordination
Freiwilligenagentur Hilden e.V.
Mittelstraße 12 | 40721 Hilden
Tel. 02103 / 88 41 20

-----------------------------------------------------------------------
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht
der richtige Adressat sind, informieren Sie bitte sofort den Absender
und löschen Sie diese E-Mail. Das unerlaubte Kopieren sowie die
unbefugte Weitergabe dieser E-Mail sind nicht gestattet.
-----------------------------------------------------------------------
""", charset="windows-1252", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Vacation reply, German and English, to a confirmation (auto_reply):
# Auto-Submitted auto-replied and X-Autoreply.

@mail("ohlendorf-vacation-bilingual", "2027-08-10 14:36:20",
      E("auto_reply"), "de")
def _(m):
    conf = dt("2027-08-10 14:36")
    m.head(("From", "Bettina Ohlendorf <b.ohlendorf@ikw-neuss.example>"),
           ("To", NT),
           ("Subject", "Urlaub / Out of office: Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<vacation.1786372580.4417@ikw-neuss.example>"),
           ("In-Reply-To", conf_id(conf, "c9e4")),
           ("References", conf_id(conf, "c9e4")),
           ("Auto-Submitted", "auto-replied (vacation)"),
           ("X-Autoreply", "yes"),
           ("Precedence", "junk"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich bin bis zum 27. August 2027 im Urlaub. Ihre Nachricht wird nicht
weitergeleitet. In dringenden Fällen wenden Sie sich bitte an
info@ikw-neuss.example.

Dear Sir or Madam,

I am on holiday until 27 August 2027. Your message will not be
forwarded. For urgent matters please contact info@ikw-neuss.example.

Bettina Ohlendorf
Interkulturelle Werkstatt Neuss e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Cancellation, Russian, Gmail with the Russian interface quoting the German
# confirmation (Workshop 2, 3 persons); "никто из нас троих" = none of us three.

@mail("volkov-russian-cancel-group", "2027-08-12 10:22:04",
      E("cancellation", "a.volkov@most-kulturzentrum.example", "Андрей Волков",
        "Немецко-русский культурный центр «Мост» e.V.", [], None, "ru"), "ru")
def _(m):
    conf = dt("2027-07-30 11:20")
    attr = (f"{RU_DAYS[conf.weekday()]}, {conf.day} {RU_MONTHS[conf.month - 1]} {conf.year} г. "
            f"в {conf:%H:%M}, {NT_NAME} <{NT}>:")
    text = f"""Добрый день!

К сожалению, вынуждены отменить нашу регистрацию на 23 сентября — в этот день у нас проходит общее собрание общины, и никто из нас троих не сможет прийти. Просим прощения.

С уважением,
Андрей Волков
Немецко-русский культурный центр «Мост» e.V."""
    quoted = confirmation("Herr Volkov", "WS2", 3)
    m.head(("From", addr("Андрей Волков", "a.volkov@most-kulturzentrum.example", "utf-8", "b")),
           ("To", TO_NT_HDR),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAK1mN4pQ7sT0vW3yZ6bC9eF2hI5kL8nO1qR4tU7wX0zA3cD6fG@mail.gmail.example>"),
           ("In-Reply-To", conf_id(conf, "4b19")),
           ("References", conf_id(conf, "4b19")),
           ("MIME-Version", "1.0"))
    plain = f"{text}\n\n{attr}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_html(text, quote_attr=attr, quoted=quoted), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 035 ---------------------------------------------------------------------
# A delegation pasted from a spreadsheet: tab-separated columns Nachname,
# Vorname, Verein, Workshop ("WS 4" .. "WS 1"); four delegates from member
# associations; the writer is row 1 ("Das bin ich in der ersten Zeile").

@mail("polat-tab-separated-delegation", "2027-08-16 16:44:37",
      E("registration", "h.polat@vmo-neuss.example", "Hakan Polat",
        "Verbund der Migrantenorganisationen Neuss", ["WS4"], 4, "de"), "de")
def _(m):
    m.head(("From", "Hakan Polat <h.polat@vmo-neuss.example>"),
           ("To", NT),
           ("Subject", "Delegation VMO Neuss fürs Netzwerktreffen"),
           ("Date", m.date),
           ("Message-ID", "<b5e81f3a-2c7d-4096-a14e-8d3f6b0c9e27@vmo-neuss.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Frau Schoofs,

hier unsere Delegation für den 23.09., ich habe die Liste direkt aus
unserer Excel-Tabelle kopiert:

Nachname\tVorname\tVerein\tWorkshop
Polat\tHakan\tVerbund der Migrantenorganisationen Neuss (Koordination)\tWS 4
Nikolaidou\tEleni\tGriechischer Kulturverein Neuss\tWS 2
Boateng\tKofi\tGhana Community Neuss\tWS 1
Haidari\tMahboba\tAfghanischer Frauenverein Neuss\tWS 3

Das bin ich in der ersten Zeile.

Gruß
Hakan Polat
Verbund der Migrantenorganisationen Neuss
""", charset="utf-8", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Question: did our registration (made by a colleague; three people, housing
# workshop) arrive?  It names a count and a workshop but registers no one.

@mail("kuepper-question-registration-received", "2027-08-18 09:12:55",
      E("question", "r.kuepper@sprachpaten-benrath.example", "Rosemarie Küpper",
        "Sprachpaten Benrath e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Rosemarie Küpper <r.kuepper@sprachpaten-benrath.example>"),
           ("To", NT),
           ("Subject", "Ist unsere Anmeldung angekommen?"),
           ("Date", m.date),
           ("Message-ID", "<1787037175.209384.1@webmail.sprachpaten-benrath.example>"),
           ("X-Mailer", "Webmail"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Schoofs,

meine Kollegin Frau Erdoğan hat uns vor zwei Wochen für das Netzwerktreffen angemeldet (drei Personen, Workshop Wohnen), wir haben aber bisher keine Bestätigung bekommen. Könnten Sie bitte kurz nachsehen, ob die Anmeldung bei Ihnen angekommen ist?

Freundliche Grüße
Rosemarie Küpper
Sprachpaten Benrath e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Change: the writer alone moves "in Workshop 1 statt in Workshop 4", the
# others stay (number unchanged).  Outlook alternative, windows-1252 QP,
# quoting the confirmation (Workshop 4, 5 persons).

DAHMEN_TEXT = """Hallo Frau Schoofs,

kurze Korrektur zu unserer Anmeldung: Ich selbst möchte doch lieber in Workshop 1 statt in Workshop 4, das Thema Anerkennung ist bei uns gerade dringender. Die anderen vier bleiben, wo sie eingetragen sind.

Viele Grüße
Volker Dahmen
Fachnetzwerk Migration Düsseldorf-Ost"""


@mail("dahmen-change-own-workshop", "2027-08-23 11:03:29",
      E("change", "v.dahmen@fachnetzwerk-ost.example", "Volker Dahmen",
        "Fachnetzwerk Migration Düsseldorf-Ost", ["WS1"], None, "de"), "de")
def _(m):
    conf = dt("2027-07-20 10:05")
    m.head(("From", '"Dahmen, Volker" <v.dahmen@fachnetzwerk-ost.example>'),
           ("To", TO_NT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHb+Xk4nP7qS0tV3wY6zB9cE2fH5iK8lMnO"),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1794E6A8C0B2D4F5A7C9E1B3D5F7@FR3P281MB1794.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", conf_id(conf, "e820")),
           ("References", conf_id(conf, "e820")),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"{NT_NAME} <{NT}>", de_outlook_date(conf),
             "Dahmen, Volker <v.dahmen@fachnetzwerk-ost.example>", CONFIRMATION_SUBJECT,
             confirmation("Herr Dahmen", "WS4", 5))
    m.alternative(outlook_plain(DAHMEN_TEXT, quote), outlook_html(DAHMEN_TEXT, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 038 ---------------------------------------------------------------------
# Change (French), phrased as a question ("Est-ce encore possible de changer
# pour nous deux ?"): atelier 3 instead of atelier 1.  Gmail with the French
# interface quoting the confirmation (Workshop 1, 2 persons).

@mail("ndiaye-french-change-to-atelier-3", "2027-08-25 15:27:46",
      E("change", "fatou.ndiaye@asr-rhenanie.example", "Fatou Ndiaye",
        "Association Sénégalaise de Rhénanie", ["WS3"], None, "fr"), "fr")
def _(m):
    conf = dt("2027-07-28 10:12")
    attr = (f"Le {FR_DAYS[conf.weekday()]} {conf.day} {FR_MONTHS[conf.month - 1]} {conf.year} "
            f"à {conf:%H:%M}, {NT_NAME} <{NT}> a écrit :")
    text = """Bonjour Madame Schoofs,

Après discussion au bureau, nous préférons finalement participer à l'atelier 3 (santé) plutôt qu'à l'atelier 1. Est-ce encore possible de changer pour nous deux ?

Merci d'avance et bonne journée,
Fatou Ndiaye
Association Sénégalaise de Rhénanie"""
    quoted = confirmation("Frau Ndiaye", "WS1", 2)
    m.head(("From", "Fatou Ndiaye <fatou.ndiaye@asr-rhenanie.example>"),
           ("To", TO_NT_HDR),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAL8pR1tV4xZ7bD0fH3jK6mN9qS2uW5yA8cE1gI4kM7oQ0sU3wY@mail.gmail.example>"),
           ("In-Reply-To", conf_id(conf, "0f5d")),
           ("References", conf_id(conf, "0f5d")),
           ("MIME-Version", "1.0"))
    plain = f"{text}\n\n{attr}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_html(text, quote_attr=attr, quoted=quoted), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 039 ---------------------------------------------------------------------
# Change: one person of five drops out -> "nur noch zu viert" (4), no new
# workshop.  Apple Mail alternative quoting the confirmation (Workshop 2, 5).

@mail("overbeck-change-five-to-four", "2027-08-30 10:39:14",
      E("change", "marlies.overbeck@ik-asyl-ratingen.example", "Marlies Overbeck",
        "Initiativkreis Asyl Ratingen", [], 4, "de"), "de")
def _(m):
    conf = dt("2027-08-02 14:10")
    attr = f"Am {conf:%d.%m.%Y} um {conf:%H:%M} schrieb {NT_NAME} <{NT}>:"
    text = """Liebe Frau Schoofs,

bei unserer Gruppe gibt es eine Änderung: Herr Mertens ist ab September in Elternzeit und fällt deshalb aus. Wir kommen also nur noch zu viert.

Herzliche Grüße
Marlies Overbeck
Initiativkreis Asyl Ratingen"""
    quoted = confirmation("Frau Overbeck", "WS2", 5)
    m.head(("From", "Marlies Overbeck <marlies.overbeck@ik-asyl-ratingen.example>"),
           ("To", TO_NT_HDR),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<3F9A1C7E-52B8-4D06-9E13-A7C5B2D8F041@ik-asyl-ratingen.example>"),
           ("In-Reply-To", conf_id(conf, "6a2c")),
           ("References", conf_id(conf, "6a2c")),
           ("X-Mailer", "Apple Mail (2.3826.600.51.1.1)"),
           ("MIME-Version", "1.0"))
    plain = f"{text}\n\n> {attr}\n> \n{gt_quote(quoted)}\n"
    m.alternative(plain, apple_html(text, quote_attr=attr, quoted=quoted), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 040 ---------------------------------------------------------------------
# Cancellation on behalf of two others the secretary had registered ("die
# Anmeldung von Frau ... und Herrn ... zurückziehen"); plain Outlook quote with
# "-----Ursprüngliche Nachricht-----" (Workshop 2, 2 persons).

@mail("kamphausen-cancel-for-two-others", "2027-09-02 12:55:31",
      E("cancellation", "b.kamphausen@elternvereine-ddorf.example", "Gülsen Aydın",
        "Verband der Elternvereine Düsseldorf e.V.", [], None, "de"), "de")
def _(m):
    conf = dt("2027-07-13 09:47")
    m.head(("From", '"Kamphausen, Britta" <b.kamphausen@elternvereine-ddorf.example>'),
           ("To", NT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<002c01dc1c0f$3a8e1b70$afaa5250$@elternvereine-ddorf.example>"),
           ("In-Reply-To", conf_id(conf, "b5d3")),
           ("References", conf_id(conf, "b5d3")),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Schoofs,

leider muss ich die Anmeldung von Frau Gülsen Aydın und Herrn Peter Vogt zum Netzwerktreffen zurückziehen. Beide sind an dem Tag auf einer Klausurtagung des Landesverbands, die kurzfristig verlegt wurde. Bitte streichen Sie beide von der Liste.

Mit freundlichen Grüßen
Britta Kamphausen
Sekretariat
Verband der Elternvereine Düsseldorf e.V.

-----Ursprüngliche Nachricht-----
Von: {NT_NAME} <{NT}> 
Gesendet: {de_outlook_date(conf)}
An: Kamphausen, Britta <b.kamphausen@elternvereine-ddorf.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Frau Aydın", "WS2", 2)}
""", charset="utf-8", cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# Cancellation (English) of a single registration; Gmail quote "On ... wrote:"
# of the confirmation (Workshop 4, 1 person).

@mail("asante-english-cancel-single", "2027-09-06 18:20:09",
      E("cancellation", "k.asante@ghanaian-union-rr.example", "Kwabena Asante",
        "Ghanaian Union Rhine-Ruhr", [], None, "en"), "en")
def _(m):
    conf = dt("2027-08-03 16:02")
    attr = (f"On {conf:%a}, {conf.day} {conf:%b %Y} at {conf:%H:%M}, {NT_NAME} <{NT}> wrote:")
    text = """Dear Ms Schoofs,

I'm very sorry, but I have to cancel my registration for the Netzwerktreffen on 23 September. Our general assembly has been moved to the same day and as chairman I have to be there.

I hope to join next year.

Best regards,
Kwabena Asante
Ghanaian Union Rhine-Ruhr"""
    quoted = confirmation("Herr Asante", "WS4", 1)
    m.head(("From", "Kwabena Asante <k.asante@ghanaian-union-rr.example>"),
           ("To", TO_NT_HDR),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAP3rT6vX9zB2dF5hJ8lN1pR4tV7xZ0bD3fH6jL9nP2rT5vX8zB@mail.gmail.example>"),
           ("In-Reply-To", conf_id(conf, "93e7")),
           ("References", conf_id(conf, "93e7")),
           ("MIME-Version", "1.0"))
    plain = f"{text}\n\n{attr}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_html(text, quote_attr=attr, quoted=quoted), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 042 ---------------------------------------------------------------------
# Question about accessibility from someone whose group a colleague has
# registered ("mit drei Personen für Workshop 2 angemeldet"); no registration.

@mail("nowicka-question-accessibility", "2027-09-10 07:46:58",
      E("question", "a.nowicka@inklusion-migration-ddorf.example", "Aleksandra Nowicka",
        "Inklusionsnetzwerk Migration Düsseldorf", [], None, "de"), "de")
def _(m):
    m.head(("From", "Aleksandra Nowicka <a.nowicka@inklusion-migration-ddorf.example>"),
           ("To", NT),
           ("Subject", "Barrierefreiheit Haus der Begegnung?"),
           ("Date", m.date),
           ("Message-ID", "<CAG6tW9yA2cE5gI8kM1oQ4sU7wY0aC3eG6iK9mO2qS5uW8yA1cE@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Frau Schoofs,

wir sind mit drei Personen für Workshop 2 angemeldet (die Anmeldung lief über meinen Kollegen Herrn Sommer). Zwei von uns sind im Rollstuhl unterwegs. Ist das Haus der Begegnung barrierefrei, auch der Raum für den Workshop? Und gibt es in der Nähe Behindertenparkplätze?

Danke und viele Grüße
Aleksandra Nowicka
Inklusionsnetzwerk Migration Düsseldorf
""", charset="utf-8", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# English, after the deadline (13 Sept): "If there are still places
# available, I'd like to register myself and my colleague ... for Workshop 3"
# -> a registration (the deadline is the tool's business).

OUTLOOK_MOBILE = "Get Outlook for Android"


@mail("ferreira-english-late-registration", "2027-09-15 21:33:17",
      E("registration", "anapaula.ferreira@lusonet-rr.example", "Ana Paula Ferreira",
        "Lusophone Community Network Rhine-Ruhr", ["WS3"], 2, "en"), "en")
def _(m):
    text = f"""Dear Ms Schoofs,

I know the registration deadline was on Monday, so apologies for the late message – we only heard about the Netzwerktreffen from a partner organisation last week. If there are still places available, I'd like to register myself and my colleague Rafael Moreira for Workshop 3 (health and psychosocial care).

Thank you very much!
Ana Paula Ferreira
Lusophone Community Network Rhine-Ruhr

{OUTLOOK_MOBILE}"""
    m.head(("From", "Ana Paula Ferreira <anapaula.ferreira@lusonet-rr.example>"),
           ("To", NT),
           ("Subject", "Late registration - Workshop 3"),
           ("Date", m.date),
           ("Message-ID", "<GV1PR09MB7715B8D0F2A4C6E7B9D1F3A5C7E9@GV1PR09MB7715.eurprd09.prod.outlook.example>"),
           ("MIME-Version", "1.0"))
    html_text = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
                 "</head><body><div dir=\"auto\">"
                 + "".join(f"<div dir=\"auto\">{esc(line) if line else '<br>'}</div>"
                           for line in text.split("\n"))
                 + "</div></body></html>\n")
    m.alternative(text, html_text, charset="utf-8", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Cancellation of a whole group of three two days before the event, Outlook
# for iOS: German header block without '>' (Workshop 3, 3 persons).

@mail("aktas-cancel-group-outlook-ios", "2027-09-21 06:58:40",
      E("cancellation", "serdar.aktas@bildungswerk-anatolien.example", "Serdar Aktaş",
        "Bildungswerk Anatolien Düsseldorf", [], None, "de"), "de")
def _(m):
    conf = dt("2027-08-11 08:30")
    m.head(("From", "Serdar Aktaş <serdar.aktas@bildungswerk-anatolien.example>"),
           ("To", TO_NT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<AM0PR06MB6203C9E1A3B5D7F8A0C2E4B6D8F0@AM0PR06MB6203.eurprd06.prod.outlook.example>"),
           ("In-Reply-To", conf_id(conf, "2c81")),
           ("References", conf_id(conf, "2c81")),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Morgen Frau Schoofs,

leider müssen wir unsere Teilnahme am Donnerstag komplett absagen, bei uns sind zwei von drei krank und allein macht es keinen Sinn. Bitte streichen Sie uns alle drei von der Liste.

Sorry für die kurzfristige Absage!
Serdar Aktaş
Bildungswerk Anatolien Düsseldorf

Outlook für iOS beziehen
________________________________
Von: {NT_NAME} <{NT}>
Gesendet: {de_outlook_date(conf)}
An: Serdar Aktaş <serdar.aktas@bildungswerk-anatolien.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Herr Aktaş", "WS3", 3)}
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


def decoded_text(msg):
    """Decoded headers and text of a message (HTML unescaped), nested parts included."""
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            c = p.get_content()
            if p.get_content_subtype() == "html":
                c = html.unescape(re.sub(r"<[^>]+>", " ", c))
            chunks.append(c)
    return "\n".join(chunks)


def check_labels(e):
    """Problems with one expected record on its own."""
    problems = []
    if tuple(e) != FIELDS:
        return ["expected record has wrong keys or key order"]
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WS_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if kind not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    ps = e["party_size"]
    if kind == "registration":
        if not (isinstance(ps, int) and ps >= 1):
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if ps is not None and not (isinstance(ps, int) and ps >= 1):
            problems.append("bad party_size for change")
    elif ps is not None:
        problems.append("party_size must be null for this kind")
    person = kind in ("registration", "change", "cancellation", "question")
    for k in ("email", "name", "language"):
        if person and not e[k]:
            problems.append(f"{k} missing for a person's mail")
        if not person and e[k] is not None:
            problems.append(f"{k} must be null for {kind}")
    if not person and e["organisation"] is not None:
        problems.append(f"organisation must be null for {kind}")
    if person:
        if e["email"] != e["email"].lower():
            problems.append("email must be lower-case")
        if e["language"] not in LANGS:
            problems.append(f"unexpected language {e['language']}")
    if kind == "bounce":
        if not e["bounced_recipient"] or e["bounced_recipient"] != e["bounced_recipient"].lower():
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
    if not (datetime.datetime(2027, 6, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 10, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside June-September 2027")
    got = [p.get_content() for p in leaves(msg)]
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (g, w) in enumerate(zip(got, want)):
        if g.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
    text = decoded_text(msg)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"(?:https?://|www\.)([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in (
                "schemas.microsoft.com", "w3.org"):
            problems.append(f"non-example URL host {dom}")
    problems += check_labels(expected)
    kind = expected["kind"]
    if kind == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    if kind in ("registration", "change", "cancellation", "question"):
        low = text.lower()
        heads = [a.lower() for _, a in getaddresses(
            [str(msg.get("From", "")), str(msg.get("Reply-To", ""))])]
        if expected["email"] not in heads and expected["email"] not in low:
            problems.append("email neither in From/Reply-To nor in the text")
        if expected["name"] not in text:
            problems.append("name not written in the mail")
        if expected["organisation"] and expected["organisation"] not in text:
            problems.append("organisation not written in the mail")
    if kind in ("change", "cancellation"):
        if "Angemeldete Personen:" not in text or msg["In-Reply-To"] is None:
            problems.append("change/cancellation must answer and quote the confirmation")
    return problems


def senders(datas):
    out = []
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        out.append(getaddresses([str(msg["From"])])[0][1].lower())
    return out


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built}, key=lambda x: LANGS.index(x))
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x text language:")
    print("  " + "".join(f"{lg:>5}" for lg in langs) + "  total")
    for k in KINDS:
        if kinds[k]:
            print(f"  {k:13}" + "".join(f"{table[(k, lg)] or '-':>5}" for lg in langs)
                  + f"  {kinds[k]}")
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
    dup = [a for a, k in collections.Counter(senders(datas)).items() if k > 1]
    for a in dup:
        print(f"sender {a} appears more than once")
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
