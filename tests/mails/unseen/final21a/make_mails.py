#!/usr/bin/env python3
"""Build the "final21a" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: the MSO-Tag 2027 (same config as ../dev), written by religious and
faith-based migrant communities in Münster: mosque associations, Orthodox
parishes, a Coptic parish, a gurdwara, a Vietnamese Buddhist association, a
Tamil Hindu temple and African Pentecostal churches.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files, and
reads every file back with email.policy.default to check that it parses without
defects, that each body part decodes to exactly the text written here, and that
the labels are well formed and agree with the mail.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print the counts

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
REMINDER_SUBJECT = "Erinnerung: Anmeldeschluss 6. März – Tag der Migrantenselbstorganisationen 2027"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
WORKGROUPS = ("AG1", "AG2", "AG3")


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
        non-ASCII values go through the policy, which encodes them as UTF-8."""
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
        if style == "samsung":
            return f"--_com.samsung.android.email_{int(h[:13], 16)}"
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

AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(salutation, ag, persons):
    """The confirmation the organiser's tool sent (quoted in replies, returned in bounces)."""
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


def outlook_head(charset="windows-1252", lang="DE"):
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
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


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


DE_LABELS = ("Von", "Gesendet", "An", "Betreff")
EN_LABELS = ("From", "Sent", "To", "Subject")
EL_LABELS = ("Από", "Στάλθηκε", "Προς", "Θέμα")


def outlook_html(text, quote=None, charset="windows-1252", lang="DE", labels=DE_LABELS):
    """Outlook-style HTML for `text`; quote = (von, gesendet, an, betreff, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        lf, ls, lt, lsub = labels
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
    return outlook_head(charset, lang) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels=DE_LABELS):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    lf, ls, lt, lsub = labels
    return (f"{text}\n\n________________________________\n{lf}: {von}\n{ls}: {gesendet}\n"
            f"{lt}: {an}\n{lsub}: {betreff}\n\n{quoted}")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return f"<div{d}>{inner}</div>\n"


def gmail_reply_html(text, attribution, quoted, rtl=False):
    """Gmail HTML for a reply: the new text, then the quote in a blockquote."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    new = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    return (f"<div{d}>{new}</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" "
            f"class=\"gmail_attr\">{esc(attribution)}<br></div><blockquote class=\"gmail_quote\" "
            "style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);"
            f"padding-left:1ex\">{q}</blockquote></div>\n")


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
# The mosque office registers its imam (Outlook, UTF-8, alternative) and
# quotes the invitation with all three AGs: email = the office From address,
# name = the imam (not the secretary who signs), "Hodscha" is a title.

KORKMAZ_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

vielen Dank für die Einladung, die wir gerne an unseren Vorstand weitergegeben haben.

Im Auftrag unseres Imams, Herrn Mustafa Korkmaz, melde ich ihn hiermit zum Tag der Migrantenselbstorganisationen an. Hodscha Korkmaz möchte gern an der Arbeitsgruppe 2 (Münsters Zukunftsprozess) teilnehmen. Er kommt allein. Da er erst seit einigen Monaten in Deutschland ist, wäre es schön, wenn in der Gruppe jemand Türkisch spricht – falls nicht, ist das aber auch kein Problem.

Bei Rückfragen erreichen Sie mich im Gemeindebüro (Mo–Do 10–13 Uhr, freitags nur bis 12 Uhr wegen des Freitagsgebets).

Mit freundlichen Grüßen und Selamün aleyküm

i. A. Elif Şahin
Sekretariat
DITIB Türkisch-Islamische Gemeinde zu Münster e.V.
Bremer Straße 40 · 48155 Münster"""


@mail("ditib-office-registers-imam", "2027-01-12 16:05:41",
      E("registration", "sekretariat@ditib-muenster.example", "Mustafa Korkmaz",
        "DITIB Türkisch-Islamische Gemeinde zu Münster e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", '"DITIB Münster Sekretariat" <sekretariat@ditib-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbZQx1c2VrcmV0YXJpYXQgZGl0aWI="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB8841C0A1B2C3D4E5F6A7B8C9D0E1@DB9PR03MB8841.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Accept-Language", "de-DE, tr-TR"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Dienstag, 12. Januar 2027 14:03",
             f"Tag der Migrantenselbstorganisationen <{MSO}>",
             INVITATION_SUBJECT, INVITATION)
    m.alternative(outlook_plain(KORKMAZ_TEXT, quote),
                  outlook_html(KORKMAZ_TEXT, quote, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 002 ---------------------------------------------------------------------
# Bosnian (iso-8859-2, quoted-printable), "Es-selamu alejkum": the secretary of
# the džemat registers himself and the imam ("efendija" is a title) for
# radna grupa 3; "Dolazimo dvojica" = we two come.

@mail("hodzic-bosnian-dzemat", "2027-01-13 09:12:37",
      E("registration", "sekretar@izb-muenster.example", "Adnan Hodžić",
        "Islamska zajednica Bošnjaka Münster e.V.", ["AG3"], 2, "bs"), "bs")
def _(m):
    m.head(("From", addr("Adnan Hodžić", "sekretar@izb-muenster.example", "iso-8859-2")),
           ("To", MSO),
           ("Subject", ew("Prijava – Dan migrantskih organizacija 13.03.", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270113091237.4c1e7a@izb-muenster.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.6"),
           ("MIME-Version", "1.0"))
    m.single("""Es-selamu alejkum,
poštovana gospođo Meza Correa-Flock,

zahvaljujemo se na pozivu. Ovim putem prijavljujem sebe i našeg imama,
efendiju Nermina Mujića, za Dan migrantskih organizacija
(Tag der Migrantenselbstorganisationen) 13. marta 2027.

Zanima nas radna grupa 3 (Förderungsmöglichkeiten und effektives
Vereinsmanagement), jer džemat ove godine planira obnovu prostorija i
trebamo savjet o finansiranju. Dolazimo dvojica.

Selam i sve najbolje,
Adnan Hodžić
sekretar džemata
Islamska zajednica Bošnjaka Münster e.V.
""", charset="iso-8859-2", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# Turkish, iso-8859-9 plain text from Thunderbird; the DITIB youth leader comes
# "iki arkadaşımla" (with two friends) = 3, "1. çalışma grubu" = AG1; the
# "10'a kadar" and "13 Mart" digits are a time and a date.

@mail("dogan-ditib-youth-turkish", "2027-01-13 21:14:06",
      E("registration", "emre.dogan@ditib-muenster.example", "Emre Doğan",
        "DITIB Türkisch-Islamische Gemeinde zu Münster e.V.", ["AG1"], 3, "tr"), "tr")
def _(m):
    m.head(("From", addr("Emre Doğan", "emre.dogan@ditib-muenster.example", "iso-8859-9")),
           ("To", MSO),
           ("Subject", ew("MSO-Tag kaydı - DITIB Gençlik", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<7f2c9e14-5a3b-4d8e-b016-c3e2a9d4f751@ditib-muenster.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single("""Selamün aleyküm,

Ben DITIB Münster gençlik kollarından Emre Doğan. 13 Mart'taki Göçmen Öz
Örgütleri Günü'ne (Tag der Migrantenselbstorganisationen) katılmak
istiyoruz. Gençlik kollarından iki arkadaşımla birlikte geleceğim.

Hepimiz üniversitede ya da meslek eğitimindeyiz, o yüzden en çok
1. çalışma grubu (Bildungssystem) ilgimizi çekiyor.

Cumartesi sabahları camide çocuklara Kur'an kursu veriyoruz ama kursu o
gün erken bitiririz, saat 10'a kadar yetişiriz inşallah.

Allah'a emanet olun,
Emre Doğan
Gençlik Kolları Başkanı
DITIB Türkisch-Islamische Gemeinde zu Münster e.V.
""", charset="iso-8859-9", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# Tigrinya (Ge'ez script), Gmail alternative in UTF-8 base64: the parish
# secretary of the Eritrean Orthodox church, "ጉጅለ ስራሕ ቁጽሪ 1" = workgroup
# number 1, "ክልተ ሰባት" = two persons; blessing "እግዚኣብሄር ይባርኽኩም".

TESFAY_TEXT = """ሰላም ንኹሉኹም፣

ብስም ቤተ ክርስቲያንና ኣብ መዓልቲ ማሕበራት ስደተኛታት (Tag der Migrantenselbstorganisationen) ብ13 ማርች 2027 ክንሳተፍ ንደሊ ኢና።
ኣብ ጉጅለ ስራሕ ቁጽሪ 1 (Bildungssystem) ክንሳተፍ ንደሊ፣ ብዙሓት ቆልዑ ናይ ሰንበት ቤት ትምህርትና ኣብ ቤት ትምህርቲ ጸገማት ስለ ዘለዎም።
ክልተ ሰባት ክንመጽእ ኢና፡ ኣነን ሓደ መምህር ሰንበት ቤት ትምህርትን።

እግዚኣብሄር ይባርኽኩም።

Senait Tesfay
ጸሓፊት
Eritreisch-Orthodoxe Tewahdo Kirchengemeinde Kidane Mehret Münster e.V."""


@mail("tesfay-tigrinya-eritrean-parish", "2027-01-14 19:40:22",
      E("registration", "senait.tesfay@mail.example", "Senait Tesfay",
        "Eritreisch-Orthodoxe Tewahdo Kirchengemeinde Kidane Mehret Münster e.V.",
        ["AG1"], 2, "ti"), "ti")
def _(m):
    m.head(("From", "Senait Tesfay <senait.tesfay@mail.example>"),
           ("To", MSO),
           ("Subject", "ምዝገባ – Tag der Migrantenselbstorganisationen"),
           ("Date", m.date),
           ("Message-ID", "<CAJt4sN8wQ2xR7vY1mK5pL9bZ3dF6gH0cE2aU8oN4iB7vT1qXsk@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(TESFAY_TEXT, gmail_html(TESFAY_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 005 ---------------------------------------------------------------------
# Sent from the Greek Orthodox parish office account with the writer's own
# Reply-To (Reply-To wins); first and second choice; wife = 2 persons;
# "Vater Athanasios" does not come; a time constraint (leave at 15 Uhr) because
# of Vespers and Forgiveness Sunday before Lent.

@mail("alexiou-greek-pfarramt-reply-to", "2027-01-15 11:02:50",
      E("registration", "k.alexiou@gr-orth-muenster.example", "Konstantinos Alexiou",
        "Griechisch-Orthodoxe Kirchengemeinde Hl. Dimitrios Münster", ["AG2", "AG1"], 2,
        "de"), "de")
def _(m):
    m.head(("From", "Pfarramt Hl. Dimitrios <pfarramt@gr-orth-muenster.example>"),
           ("Reply-To", "Konstantinos Alexiou <k.alexiou@gr-orth-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag 2027"),
           ("Date", m.date),
           ("Message-ID", "<a3d81f60-2c4e-4b7a-9e15-f08c7b2d6e94@gr-orth-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich schreibe Ihnen vom Rechner unseres Pfarramts, bitte antworten Sie
aber an meine eigene Adresse (sie steht als Antwortadresse drin).

Für die Griechisch-Orthodoxe Kirchengemeinde Hl. Dimitrios Münster melden
meine Frau Sofia und ich uns zum MSO-Tag an. Am liebsten möchten wir in
die AG 2 (Zukunftsprozess), als Zweitwunsch die AG 1.

Unser Pfarrer, Vater Athanasios, lässt Sie herzlich grüßen. Er kann
leider nicht mitkommen: Am Samstagabend ist Vesper, am Sonntag ist
Vergebungssonntag und am Montag beginnt die Große Fastenzeit, da ist in
der Gemeinde viel vorzubereiten. Aus demselben Grund müssen auch wir
gegen 15 Uhr gehen – ich hoffe, das ist in Ordnung.

Mit freundlichen Grüßen
Konstantinos Alexiou
Mitglied des Gemeinderats
Griechisch-Orthodoxe Kirchengemeinde Hl. Dimitrios Münster
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 006 ---------------------------------------------------------------------
# Arabic, windows-1256 quoted-printable: the mosque association registers
# "ثلاثة أشخاص، أنا واثنان" (three persons, me and two) for "مجموعة العمل الثالثة" (the third
# workgroup); the organisation is only in the German signature.

@mail("elamrani-arabic-moroccan-mosque", "2027-01-16 13:30:15",
      E("registration", "y.elamrani@moschee-assalam-ms.example", "Youssef El Amrani",
        "Marokkanischer Kultur- und Moscheeverein Assalam Münster e.V.", ["AG3"], 3, "ar"),
      "ar")
def _(m):
    m.head(("From", "Youssef El Amrani <y.elamrani@moschee-assalam-ms.example>"),
           ("To", MSO),
           ("Subject", ew("تسجيل – يوم منظمات المهاجرين", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<000c01db6819$2a4b6c80$7e8f9a0b$@moschee-assalam-ms.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ar-ma"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم ورحمة الله وبركاته،

تحية طيبة وبعد،
يشرفنا باسم جمعيتنا أن نسجل ثلاثة أشخاص، أنا واثنان من أعضاء مكتب الجمعية، للمشاركة في يوم منظمات المهاجرين (Tag der Migrantenselbstorganisationen) يوم السبت 13 مارس 2027 بمدينة مونستر.
نرغب في المشاركة في مجموعة العمل الثالثة (Vereinsmanagement)، لأننا نبحث عن دعم مالي لدروس اللغة العربية للأطفال في المسجد.

بارك الله فيكم، وجزاكم الله خيرا.

Youssef El Amrani
أمين المال
Marokkanischer Kultur- und Moscheeverein Assalam Münster e.V.
""", charset="windows-1256", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Question before registering: a quiet room for the midday prayer and halal
# food; "Wenn das geht, melden wir uns gerne an" = registration later.

@mail("krasniqi-prayer-room-question", "2027-01-18 10:15:29",
      E("question", "arben.krasniqi@mail.example", "Arben Krasniqi",
        "Albanisch-Islamische Gemeinschaft Münster e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Arben Krasniqi <arben.krasniqi@mail.example>"),
           ("To", MSO),
           ("Subject", "Frage zum MSO-Tag: Gebetsraum?"),
           ("Date", m.date),
           ("Message-ID", "<CAP3rW7tY9uI1oP4aS6dF8gH0jK2lZ5xC7vB9nM1qW3eR5tY7uQ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Esselamu alejkum, sehr geehrte Frau Meza Correa-Flock,

ich bin im Jugendvorstand der Albanisch-Islamischen Gemeinschaft und wir
überlegen, mit einer kleinen Gruppe zum MSO-Tag zu kommen. Vorher zwei
Fragen:

Die Veranstaltung geht ja bis 16 Uhr. Gibt es im Stadtweinhaus einen
ruhigen Raum, in dem wir kurz das Mittagsgebet verrichten können? Das
dauert nur etwa 10 Minuten.

Und ist der Imbiss halal, bzw. gibt es eine vegetarische Alternative?

Wenn das geht, melden wir uns gerne an.

Me respekt / Mit freundlichen Grüßen
Arben Krasniqi
Albanisch-Islamische Gemeinschaft Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Nigerian Pentecostal pastor from a Samsung phone (alternative): "Myself and
# my wife" = 2; workgroup 3, else 1; leave at 3pm for Sunday-service
# preparation.  Name without the titles "Pastor" and "Deaconess".

ADEYEMI_TEXT = """Greetings in the precious name of our Lord Jesus Christ!

Dear Madam,

Thank you for the kind invitation which we received through the Integrationsrat. Myself and my wife, Deaconess Blessing Adeyemi, will be attending the Day of Migrant Self-Organisations on 13 March.
We would like to join workgroup 3 (funding and association management). If there is no more space there, please put us in workgroup 1.

Kindly note that we will have to leave around 3pm because of our choir rehearsal and preparation for Sunday service.

God bless you richly.

Pastor Emmanuel Adeyemi
Senior Pastor, Christ Victory Assembly Münster e.V.
Tel: 0176 2231 9087

Sent from my Galaxy"""


@mail("adeyemi-pentecostal-pastor-samsung", "2027-01-19 06:48:12",
      E("registration", "pastor.adeyemi@christvictory-ms.example", "Emmanuel Adeyemi",
        "Christ Victory Assembly Münster e.V.", ["AG3", "AG1"], 2, "en"), "en")
def _(m):
    m.head(("From", "Pastor Emmanuel Adeyemi <pastor.adeyemi@christvictory-ms.example>"),
           ("To", MSO),
           ("Subject", "Registration for MSO Day 13th March"),
           ("Date", m.date),
           ("Message-ID", "<x1f7k3.1768801692.samsung@christvictory-ms.example>"),
           ("X-Mailer", "Samsung Mail"),
           ("MIME-Version", "1.0"))
    html_text = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head>"
                 "<body dir=\"auto\">" + "".join(
                     f"<div dir=\"auto\">{esc(line) if line else '<br>'}</div>"
                     for line in ADEYEMI_TEXT.split("\n")) + "</body></html>\n")
    m.alternative(ADEYEMI_TEXT, html_text, charset="utf-8", cte="base64", style="samsung")


# -- 009 ---------------------------------------------------------------------
# Sikh greeting "Waheguru Ji Ka Khalsa, Waheguru Ji Ki Fateh!"; the gurdwara
# secretary brings one youth member (2), AG 1; a note on turban and kirpan
# for the entrance (a remark, not a condition).

GILL_TEXT = """Waheguru Ji Ka Khalsa, Waheguru Ji Ki Fateh!

Sehr geehrtes Team vom Kommunalen Integrationszentrum,

im Namen unseres Gurdwara melde ich mich zum Tag der Migrantenselbstorganisationen an. Ich bringe eine Person aus unserem Jugendteam mit, wir sind also zu zweit.

Wir möchten gerne in die AG 1, weil wir seit zwei Jahren samstags Punjabi-Unterricht für Kinder anbieten und gerne über Herkunftssprachen in der Schule sprechen würden.

Eine kleine Bitte: Unser Jugendmitglied trägt einen Turban und einen Kirpan (ein kleines, stumpfes religiöses Schwert unter der Kleidung). Falls es eine Einlasskontrolle gibt, wäre ein kurzer Hinweis an das Personal nett.

Mit herzlichen Grüßen
Harpreet Kaur Gill
Sekretärin
Gurdwara Singh Sabha Münster e.V."""


@mail("gill-gurdwara-secretary", "2027-01-19 20:22:48",
      E("registration", "harpreet.gill@gurdwara-muenster.example", "Harpreet Kaur Gill",
        "Gurdwara Singh Sabha Münster e.V.", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Harpreet Kaur Gill <harpreet.gill@gurdwara-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag – Gurdwara Singh Sabha"),
           ("Date", m.date),
           ("Message-ID", "<CAK2wE4rT6yU8iO0pA2sD4fG6hJ8kL0zX2cV4bN6mQ8wE0rT2yU@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(GILL_TEXT, gmail_html(GILL_TEXT), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 010 ---------------------------------------------------------------------
# Arabic question from the mosque's office address, written by the secretary
# on behalf of the imam: a preparatory meeting not during Friday prayer, and
# whether the imam may give a welcome.  Its numbered list is not a choice.

@mail("saidi-mosque-office-friday-prayer-question", "2027-01-20 09:40:03",
      E("question", "info@moschee-assalam-ms.example", "Karim Saidi",
        "Marokkanischer Kultur- und Moscheeverein Assalam Münster e.V.", [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Moscheeverein Assalam <info@moschee-assalam-ms.example>"),
           ("To", MSO),
           ("Subject", ew("استفسار – Tag der Migrantenselbstorganisationen", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<000a01db6b1e$5c6d7e80$0f1a2b3c$@moschee-assalam-ms.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم ورحمة الله وبركاته،

أكتب إليكم نيابة عن إمام مسجدنا، الشيخ عبد الرحيم الإدريسي، لأنه لا يتقن اللغة الألمانية بعد.
لدينا سؤالان قبل التسجيل:

1. هل سيكون هناك لقاء تحضيري للجمعيات قبل يوم 13 مارس؟ إذا كان يوم جمعة، نرجو ألا يكون بين الساعة 12:30 و14:30، لأن الإمام يلقي خطبة الجمعة ويؤم المصلين.
2. هل يمكن للإمام أن يلقي كلمة ترحيبية قصيرة في الافتتاح باسم مساجد مونستر؟

وجزاكم الله خيرا.

Karim Saidi
الكاتب العام
Marokkanischer Kultur- und Moscheeverein Assalam Münster e.V.
""", charset="windows-1256", cte="8bit")


# -- 011 ---------------------------------------------------------------------
# Punjabi (Gurmukhi), UTF-8 base64: a gurdwara committee member comes with his
# son ("ਅਸੀਂ ਦੋ ਜਣੇ" = we two), "ਦੂਜੇ ਵਰਕਿੰਗ ਗਰੁੱਪ" = the second workgroup.
# The signature's full name beats the shorter display name.

@mail("bains-punjabi-gurdwara-elder", "2027-01-20 18:05:33",
      E("registration", "jaswinder.bains@mail.example", "Jaswinder Singh Bains",
        "Gurdwara Singh Sabha Münster e.V.", ["AG2"], 2, "pa"), "pa")
def _(m):
    m.head(("From", "Jaswinder Singh <jaswinder.bains@mail.example>"),
           ("To", MSO),
           ("Subject", "ਰਜਿਸਟ੍ਰੇਸ਼ਨ – MSO-Tag 13.03.2027"),
           ("Date", m.date),
           ("Message-ID", "<CAF9pL3nV6bX8zQ0wE2rT4yU6iO8aS0dF2gH4jK6lZ8xC0vB2nM@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਜੀ,

ਮੈਂ ਸਾਡੇ ਗੁਰਦੁਆਰਾ ਸਾਹਿਬ ਦੀ ਪ੍ਰਬੰਧਕ ਕਮੇਟੀ ਦਾ ਮੈਂਬਰ ਹਾਂ।
ਮੈਂ 13 ਮਾਰਚ ਨੂੰ ਹੋਣ ਵਾਲੇ Tag der Migrantenselbstorganisationen ਵਿੱਚ ਆਉਣਾ ਚਾਹੁੰਦਾ ਹਾਂ।
ਮੈਂ ਦੂਜੇ ਵਰਕਿੰਗ ਗਰੁੱਪ (Münsters Zukunftsprozess) ਵਿੱਚ ਹਿੱਸਾ ਲੈਣਾ ਚਾਹੁੰਦਾ ਹਾਂ।
ਮੇਰਾ ਪੁੱਤਰ ਵੀ ਮੇਰੇ ਨਾਲ ਆਵੇਗਾ, ਕਿਉਂਕਿ ਮੇਰੀ ਜਰਮਨ ਬਹੁਤੀ ਚੰਗੀ ਨਹੀਂ। ਇਸ ਤਰ੍ਹਾਂ ਅਸੀਂ ਦੋ ਜਣੇ ਹੋਵਾਂਗੇ।

ਵਾਹਿਗੁਰੂ ਜੀ ਕਾ ਖਾਲਸਾ, ਵਾਹਿਗੁਰੂ ਜੀ ਕੀ ਫ਼ਤਹਿ।

Jaswinder Singh Bains
Gurdwara Singh Sabha Münster e.V.
""", charset="utf-8", cte="base64")


# -- 012 ---------------------------------------------------------------------
# Vietnamese, UTF-8 8bit: "A Di Đà Phật" greeting; "hai người" = 2 (the writer
# and a nun, "Sư cô"), "nhóm làm việc số 3" = AG3.  The signature "Trần Văn
# Minh" beats the display name "Minh Tran".

@mail("tran-vietnamese-buddhist", "2027-01-21 20:31:17",
      E("registration", "minh.tran@hoiphattu-ms.example", "Trần Văn Minh",
        "Hội Phật Tử Việt Nam tại Münster e.V.", ["AG3"], 2, "vi"), "vi")
def _(m):
    m.head(("From", "Minh Tran <minh.tran@hoiphattu-ms.example>"),
           ("To", MSO),
           ("Subject", ew("Đăng ký tham dự MSO-Tag 13/3/2027", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1769023877.512093.88412@webmail.hoiphattu-ms.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Kính gửi Ban tổ chức,

A Di Đà Phật.

Thay mặt Hội của chúng tôi, tôi xin đăng ký tham dự Ngày các tổ chức tự lập của người di cư (Tag der Migrantenselbstorganisationen) vào thứ Bảy, ngày 13 tháng 3 năm 2027.
Chúng tôi sẽ đi hai người: tôi và Sư cô Diệu Hạnh của chùa.
Chúng tôi muốn tham gia nhóm làm việc số 3 (Förderung / Vereinsmanagement), vì chùa đang cần tìm nguồn tài trợ để sửa mái nhà.

Xin lưu ý: Sư cô ăn chay, nếu có món chay thì rất tốt.

Nam Mô A Di Đà Phật,
Trần Văn Minh
Thư ký
Hội Phật Tử Việt Nam tại Münster e.V.
""", charset="utf-8", cte="8bit")


# -- 013 ---------------------------------------------------------------------
# Syriac Orthodox parish office, HTML only (Outlook, UTF-8 QP), "Shlomo":
# the office registers its priest "Abuna Yakup Gültekin" and asks to confirm
# to his own address -> email = that address; name without "Abuna".

GUELTEKIN_TEXT = """Shlomo, sehr geehrte Damen und Herren,

im Auftrag unseres Pfarrers, Abuna Yakup Gültekin, melde ich ihn für den Tag der Migrantenselbstorganisationen am 13. März an. Abuna Yakup interessiert sich besonders für die Arbeitsgruppe „Menschen mit Migrationsvorgeschichte im Bildungssystem“, da wir in der Gemeinde Aramäisch-Unterricht für Kinder anbieten. Er kommt allein.

Bitte senden Sie die Bestätigung und alle weiteren Informationen direkt an seine Adresse: abuna.yakup@mor-jakob-muenster.example
Das Gemeindebüro ist nur dienstags und donnerstags besetzt.

Die Heilige Messe am Samstagabend beginnt erst um 18 Uhr, das passt also gut.

Gottes Segen und freundliche Grüße
Sara Yalçın
Gemeindebüro
Syrisch-Orthodoxe Kirchengemeinde Mor Jakob von Sarug Münster e.V."""


@mail("gueltekin-syriac-office-confirm-to-abuna", "2027-01-22 10:12:44",
      E("registration", "abuna.yakup@mor-jakob-muenster.example", "Yakup Gültekin",
        "Syrisch-Orthodoxe Kirchengemeinde Mor Jakob von Sarug Münster e.V.", ["AG1"], 1,
        "de"), "de")
def _(m):
    m.head(("From", "Gemeindebüro Mor Jakob <buero@mor-jakob-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Abuna Yakup – MSO-Tag"),
           ("Thread-Topic", "Anmeldung Abuna Yakup – MSO-Tag"),
           ("Thread-Index", "AdtsQ2m9YnVlcm8gbW9yIGpha29i"),
           ("Date", m.date),
           ("Message-ID", "<AS8PR04MB7702E1F2A3B4C5D6E7F8A9B0C1D2@AS8PR04MB7702.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(GUELTEKIN_TEXT, charset="utf-8"), subtype="html",
             charset="utf-8", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# Tamil, UTF-8 QP, Gmail alternative: the temple's president and treasurer
# ("இருவர்" = two), "மூன்றாவது பணிக்குழு" = the third workgroup; leaving
# right after the event for the evening puja.

SUTHARSAN_TEXT = """வணக்கம்,

13 மார்ச் 2027 அன்று நடைபெறும் குடியேற்றவாசிகளின் அமைப்புகள் தினத்தில் (Tag der Migrantenselbstorganisationen) கலந்துகொள்ள எங்கள் ஆலயத்தின் சார்பில் பதிவு செய்ய விரும்புகிறோம்.
நானும் எங்கள் ஆலய நிர்வாக சபையின் பொருளாளரும் என இருவர் வருவோம்.
மூன்றாவது பணிக்குழுவில் (Förderung und Vereinsmanagement) பங்குபெற விரும்புகிறோம். ஆலயத்தின் புதிய மண்டபத்துக்கு நிதியுதவி தேடுகிறோம்.

அன்று மாலை ஆலயத்தில் சனிக்கிழமை பூஜை இருப்பதால், நிகழ்வு முடிந்தவுடன் நேராகப் புறப்படுவோம்.

நன்றி,
ஓம் முருகா!

Kanagaratnam Sutharsan
தலைவர்
Sri Murugan Tempel Münster e.V."""


@mail("sutharsan-tamil-temple", "2027-01-25 21:45:09",
      E("registration", "sutharsan.k@murugan-tempel-ms.example", "Kanagaratnam Sutharsan",
        "Sri Murugan Tempel Münster e.V.", ["AG3"], 2, "ta"), "ta")
def _(m):
    m.head(("From", "K. Sutharsan <sutharsan.k@murugan-tempel-ms.example>"),
           ("To", MSO),
           ("Subject", "பதிவு – Tag der Migrantenselbstorganisationen 2027"),
           ("Date", m.date),
           ("Message-ID", "<CAH5jK7lZ9xC1vB3nM5qW7eR9tY1uI3oP5aS7dF9gH1jK3lZ5xC@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(SUTHARSAN_TEXT, gmail_html(SUTHARSAN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 015 ---------------------------------------------------------------------
# Coptic parish, Apple Mail alternative: "Wir sind zu viert" including the
# priest "Abouna Bishoy Mikhail"; Erstwunsch AG 1, Zweitwunsch AG 3; the
# running text names the parish inflected, the signature in its base form.

GIRGIS_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

Gnade und Frieden!

Von der Koptisch-Orthodoxen Kirchengemeinde St. Markus kommen wir gerne zum MSO-Tag. Wir sind zu viert: unser Priester Abouna Bishoy Mikhail, zwei Diener aus der Sonntagsschule und ich.

Erstwunsch wäre AG 1 (Bildung), Zweitwunsch AG 3.

Der Herr segne Sie und Ihre Arbeit.

Mariam Girgis
Koptisch-Orthodoxe Kirchengemeinde St. Markus Münster e.V."""


@mail("girgis-coptic-four-persons", "2027-01-26 17:58:26",
      E("registration", "mariam.girgis@mail.example", "Mariam Girgis",
        "Koptisch-Orthodoxe Kirchengemeinde St. Markus Münster e.V.", ["AG1", "AG3"], 4,
        "de"), "de")
def _(m):
    m.head(("From", "Mariam Girgis <mariam.girgis@mail.example>"),
           ("Subject", "Anmeldung St. Markus"),
           ("Message-Id", "<B7C1D3E5-F709-4A2B-8C4D-6E8F0A1B2C3D@mail.example>"),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"))
    m.alternative(GIRGIS_TEXT, apple_html(GIRGIS_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 016 ---------------------------------------------------------------------
# Russian, windows-1251 base64; Cyrillic display name and signature, the
# parish named in Russian; "вторая рабочая группа" = AG2, "Приду одна" = 1.
# The priest serves the Saturday vigil.

@mail("sokolova-russian-orthodox", "2027-01-27 12:20:58",
      E("registration", "irina.sokolova@mail.example", "Ирина Соколова",
        "Русский православный приход святителя Николая, Мюнстер", ["AG2"], 1, "ru"), "ru")
def _(m):
    m.head(("From", addr("Ирина Соколова", "irina.sokolova@mail.example", "windows-1251", "b")),
           ("To", MSO),
           ("Subject", ew("Регистрация на День организаций мигрантов", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1769512858.206417733@f217.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Меня зовут Ирина Соколова, я староста нашего прихода. Хочу зарегистрироваться на День организаций мигрантов (Tag der Migrantenselbstorganisationen) 13 марта.
Меня интересует вторая рабочая группа – о будущем города (Zukunftsprozess).
Приду одна: батюшка в субботу вечером служит всенощное бдение, а остальные члены приходского совета в этот день работают.

С уважением и храни вас Господь,
Ирина Соколова
староста
Русский православный приход святителя Николая, Мюнстер
""", charset="windows-1251", cte="base64")


# -- 017 ---------------------------------------------------------------------
# Serbian Orthodox greeting "Pomaže Bog" in a German mail (language de);
# iso-8859-2 QP; "Arbeitsgruppe Vereinsmanagement" (alias) = AG3; alone.

@mail("stojanovic-serbian-pomaze-bog", "2027-01-28 19:03:41",
      E("registration", "d.stojanovic@mail.example", "Dragan Stojanović",
        "Serbisch-Orthodoxe Kirchengemeinde Hl. Sava Münster", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Dragan Stojanović", "d.stojanovic@mail.example", "iso-8859-2")),
           ("To", MSO),
           ("Subject", "Anmeldung Tag der MSO"),
           ("Date", m.date),
           ("Message-ID", "<e9b04c27-83f1-4a6d-95c2-1d7e3f8a0b46@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Pomaže Bog,
sehr geehrte Damen und Herren,

ich möchte mich für den Tag der Migrantenselbstorganisationen anmelden.
Ich bin Kassierer im Kirchenvorstand unserer Gemeinde und würde gerne an
der Arbeitsgruppe Vereinsmanagement teilnehmen - wir haben gerade einen
neuen Vorstand und noch wenig Erfahrung mit Fördermitteln.

Ich komme alleine.

Mit freundlichen Grüßen
Dragan Stojanović
Serbisch-Orthodoxe Kirchengemeinde Hl. Sava Münster
""", charset="iso-8859-2", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Turkish typed on a German keyboard (no ı/ş/ğ, but ü/ö), iso-8859-1, Android
# Gmail alternative; written "right after Friday prayer"; "ben ve imamimiz"
# = 2, "ikinci calisma grubu" = AG2; closing "Hayirli cumalar".

KILIC_TEXT = """Selamün aleyküm,

Cuma namazindan yeni ciktim, aklima gelmisken yazayim dedim.
13 Mart'taki toplantiya dernegimizden iki kisi katilmak istiyoruz: ben ve imamimiz Osman Hoca.
Ikinci calisma grubuna (Münsters Zukunftsprozess) katilmak istiyoruz, cünkü Coerde'deki yeni cami projesi icin belediyeyle görüsmelerimiz var.

Hayirli cumalar,
Ramazan Kilic
Yönetim Kurulu Üyesi
Türkisch-Islamischer Kulturverein Münster-Coerde e.V."""


@mail("kilic-turkish-after-friday-prayer", "2027-01-29 14:40:19",
      E("registration", "ramazan.kilic@mail.example", "Ramazan Kilic",
        "Türkisch-Islamischer Kulturverein Münster-Coerde e.V.", ["AG2"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "Ramazan Kilic <ramazan.kilic@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO Tag kayit"),
           ("Date", m.date),
           ("Message-ID", "<CAG6tY8uI0oP2aS4dF6gH8jK0lZ2xC4vB6nM8qW0eR2tY4uI6oP@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KILIC_TEXT, gmail_html(KILIC_TEXT), charset="iso-8859-1",
                  cte="quoted-printable", style="gmail")


# -- 019 ---------------------------------------------------------------------
# French, iso-8859-1 8bit: Congolese Pentecostal deacon ("Diacre" is a title),
# "nous serons donc trois", atelier 1 else atelier 2.

@mail("mbuyi-french-pentecostal", "2027-01-29 22:10:36",
      E("registration", "patrick.mbuyi@mail.example", "Patrick Mbuyi Kalonji",
        "Église Pentecôtiste Béthel Münster", ["AG1", "AG2"], 3, "fr"), "fr")
def _(m):
    m.head(("From", "Patrick Mbuyi <patrick.mbuyi@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Inscription journée du 13 mars - Église Béthel", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270129221036.61c0d7e2@mail.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.6"),
           ("MIME-Version", "1.0"))
    m.single("""Bonjour Madame, Bonjour Monsieur,

Que la paix du Seigneur soit avec vous !

Je me permets de vous écrire au nom de notre église pour m'inscrire à la
Journée des organisations de migrants du samedi 13 mars 2027. Je viendrai
avec deux jeunes de notre groupe de jeunesse, nous serons donc trois.

Nous aimerions participer à l'atelier 1 (éducation), et sinon à
l'atelier 2.

Merci d'avance et que Dieu vous bénisse.

Diacre Patrick Mbuyi Kalonji
Église Pentecôtiste Béthel Münster
""", charset="iso-8859-1", cte="8bit")


# -- 020 ---------------------------------------------------------------------
# Postfix bounce (mailbox over quota) of a confirmation sent to a Serbian
# Orthodox priest's address; the returned confirmation names AG 3.

@mail("postfix-bounce-mailbox-full", "2027-02-01 08:30:07",
      E("bounce", bounced="pfarrer.jovanovic@svetisava-ms.example"), "en")
def _(m):
    rcpt = "pfarrer.jovanovic@svetisava-ms.example"
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270201073007.2B4C61C0F3@mail.muenster.example>"),
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

<{rcpt}>: host mx.svetisava-ms.example[198.51.100.71] said:
    552 5.2.2 <{rcpt}>: Mailbox full, quota exceeded
    (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "2B4C61C0F3"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Mon,  1 Feb 2027 08:29:58 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx.svetisava-ms.example"),
         ("Diagnostic-Code", f"smtp; 552 5.2.2 <{rcpt}>: Mailbox full, quota exceeded")])
    original = confirmation_message(
        f"Milan Jovanović <{rcpt}>", "Herr Jovanović", "AG3", 1,
        "Mon, 01 Feb 2027 08:29:56 +0100", "<mailbot.20270201082956.7c3d@muenster.example>",
        "<5d2a8e71-0c4b-4f93-a6e8-b1f7c2d9e034@svetisava-ms.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 021 ---------------------------------------------------------------------
# Outlook alternative, windows-1252: the chairman registers himself and the
# youth member who asked the prayer-room question (007) -> 2, "Arbeitsgruppe 2";
# "1. Vorsitzender" is a title, not a choice.

BERISHA_TEXT = """Sehr geehrte Damen und Herren,

unser Jugendvorstand Arben Krasniqi hat Ihnen ja schon wegen des Gebetsraums geschrieben – vielen Dank für die schnelle und freundliche Antwort!

Hiermit melde ich mich und Arben verbindlich an. Wir möchten beide in die Arbeitsgruppe 2.

Mit freundlichen Grüßen
Ilir Berisha
1. Vorsitzender
Albanisch-Islamische Gemeinschaft Münster e.V.
Tel. 0251 / 6 74 39 21"""


@mail("berisha-albanian-chairman", "2027-02-01 16:44:52",
      E("registration", "vorsitz@aig-muenster.example", "Ilir Berisha",
        "Albanisch-Islamische Gemeinschaft Münster e.V.", ["AG2"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", "Ilir Berisha <vorsitz@aig-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Albanisch-Islamische Gemeinschaft"),
           ("Thread-Topic", "Anmeldung Albanisch-Islamische Gemeinschaft"),
           ("Thread-Index", "AdtUa1JlcmlzaGEgYWxiYW5pc2No"),
           ("Date", m.date),
           ("Message-ID", "<VI1PR08MB3319B4C5D6E7F8A9B0C1D2E3F4A5@VI1PR08MB3319.eurprd08.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(BERISHA_TEXT), outlook_html(BERISHA_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 022 ---------------------------------------------------------------------
# French from the women's section of the Moroccan mosque (the association's
# German name inside the French text); "2 personnes"; the education workshop
# only paraphrased plus "(Bildungssystem)".

BOUZID_TEXT = """Bonjour,

Je suis responsable de la section des femmes du Marokkanischer Kultur- und Moscheeverein Assalam Münster e.V.
Nous souhaitons participer à la journée du 13 mars : moi-même et une autre maman de notre association, donc 2 personnes.
L'atelier qui nous intéresse est celui sur l'éducation (Bildungssystem), car beaucoup de mères de notre mosquée ont des questions sur l'école de leurs enfants.

Merci beaucoup et bonne journée,
Naïma Bouzid"""


@mail("bouzid-french-mosque-women", "2027-02-02 11:05:40",
      E("registration", "naima.bouzid@mail.example", "Naïma Bouzid",
        "Marokkanischer Kultur- und Moscheeverein Assalam Münster e.V.", ["AG1"], 2, "fr"), "fr")
def _(m):
    m.head(("From", "Naïma Bouzid <naima.bouzid@mail.example>"),
           ("To", MSO),
           ("Subject", "Inscription - journée des associations"),
           ("Date", m.date),
           ("Message-ID", "<CAL8vB0nM2qW4eR6tY8uI0oP2aS4dF6gH8jK0lZ2xC4vB6nM8qW@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(BOUZID_TEXT, gmail_html(BOUZID_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 023 ---------------------------------------------------------------------
# She forwards the invitation that the džemat secretary had forwarded to her:
# the new text chooses AG 1 and mentions that others go to AG 3; the inner
# forward note ("Mi idemo u AG 3") and the invitation are quoted text.

BEGIC_TEXT = f"""Sehr geehrte Frau Meza Correa-Flock,

unser Sekretär hat mir Ihre Einladung weitergeleitet. Ich leite die Frauengruppe in unserem Džemat und möchte mich zusammen mit einer weiteren Frau aus der Gruppe anmelden.
Adnan und unser Imam gehen ja schon in die AG 3, wir möchten lieber in die AG 1 – Bildung ist bei uns Müttern das große Thema.

Selam i lijep pozdrav
Amra Begić
Islamska zajednica Bošnjaka Münster e.V.

---------- Weitergeleitete Nachricht ---------
Von: Adnan Hodžić <sekretar@izb-muenster.example>
Date: Do., 14. Jan. 2027 um 19:02 Uhr
Subject: Fwd: {INVITATION_SUBJECT}
To: Amra Begić <amra.begic@mail.example>


Selam Amra,
pogledaj ovo, možda bi i sekcija žena htjela ići. Mi idemo u AG 3.
Adnan

---------- Weitergeleitete Nachricht ---------
Von: Tag der Migrantenselbstorganisationen <{MSO}>
Date: Di., 12. Jan. 2027 um 14:03 Uhr
Subject: {INVITATION_SUBJECT}
To: Tag der Migrantenselbstorganisationen <{MSO}>


{INVITATION}"""


@mail("begic-forwards-forwarded-invitation", "2027-02-02 20:17:03",
      E("registration", "amra.begic@mail.example", "Amra Begić",
        "Islamska zajednica Bošnjaka Münster e.V.", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Amra Begić <amra.begic@mail.example>"),
           ("To", MSO),
           ("Subject", "Fwd: Fwd: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAM1nQ3wE5rT7yU9iO1pA3sD5fG7hJ9kL1zX3cV5bN7mQ9wE1rT@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(BEGIC_TEXT, gmail_html(BEGIC_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 024 ---------------------------------------------------------------------
# Greek, iso-8859-7 quoted-printable; the parish named in Greek; "τρία άτομα"
# = 3, "η πρώτη ομάδα εργασίας" = AG1; arriving at 12:30 after Saturday Greek
# school (12:00 and 12:30 are times).

@mail("papadaki-greek-saturday-school", "2027-02-03 18:30:24",
      E("registration", "eleni.papadaki@mail.example", "Ελένη Παπαδάκη",
        "Ελληνική Ορθόδοξη Κοινότητα Αγίου Δημητρίου Μύνστερ", ["AG1"], 3, "el"), "el")
def _(m):
    m.head(("From", addr("Ελένη Παπαδάκη", "eleni.papadaki@mail.example", "iso-8859-7", "b")),
           ("To", MSO),
           ("Subject", ew("Δήλωση συμμετοχής - 13 Μαρτίου", "iso-8859-7", "q")),
           ("Date", m.date),
           ("Message-ID", "<000601db7660$8d9eaf10$a8b9c0d1$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "el"),
           ("MIME-Version", "1.0"))
    m.single("""Καλησπέρα σας,

θα ήθελα να δηλώσω τη συμμετοχή μας στην Ημέρα των Οργανώσεων Μεταναστών
(Tag der Migrantenselbstorganisationen) στις 13 Μαρτίου.
Θα έρθουμε τρία άτομα από την ενορία μας.
Μας ενδιαφέρει η πρώτη ομάδα εργασίας (Bildungssystem), γιατί διδάσκουμε
στο ελληνικό σχολείο του Σαββάτου.

Το σχολείο τελειώνει στις 12:00, οπότε θα φτάσουμε λίγο αργότερα, γύρω
στις 12:30. Ελπίζω να μην είναι πρόβλημα.

Με εκτίμηση,
Ελένη Παπαδάκη
Ελληνική Ορθόδοξη Κοινότητα Αγίου Δημητρίου Μύνστερ
""", charset="iso-8859-7", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# English from an iPhone, "Vanakkam!": a temple youth member registers
# separately; "the funding workshop" in the new text is the president's choice,
# hers is "workgroup 1"; "just me" = 1.

@mail("thusyanthi-tamil-youth-english", "2027-02-04 12:50:31",
      E("registration", "thusyanthi.s@mail.example", "Thusyanthi Sivakumar",
        "Sri Murugan Tempel Münster e.V.", ["AG1"], 1, "en"), "en")
def _(m):
    m.head(("From", "Thusyanthi Sivakumar <thusyanthi.s@mail.example>"),
           ("Subject", "MSO day registration"),
           ("Message-Id", "<4E8F1A2B-3C4D-4E5F-9A0B-C1D2E3F4A5B6@mail.example>"),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "iPhone Mail (22D82)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.single("""Vanakkam!

I'm part of the youth group at Sri Murugan Tempel Münster e.V. Our president already registered for the funding workshop, but I would like to come separately and join workgroup 1 on education - many of us went to Tamil school on Saturdays and we have ideas about heritage language classes in schools.

It will be just me.

Thanks and best wishes,
Thusyanthi Sivakumar

Sent from my iPhone""", charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Arabic, Gmail right-to-left alternative (UTF-8 base64): a Coptic council
# member, "سأحضر بمفردي" = alone, "مجموعة العمل الثانية" = AG2; the others
# named in the text registered before (015).

HABIB_TEXT = """سلام ونعمة،

أنا عضو في مجلس كنيستنا، وأود التسجيل في يوم منظمات المهاجرين (Tag der Migrantenselbstorganisationen) يوم السبت 13 مارس.
أرغب في المشاركة في مجموعة العمل الثانية حول مستقبل مدينة مونستر (Zukunftsprozess).
سأحضر بمفردي، لأن أبونا بيشوي وخدام مدارس الأحد قد سجلوا بالفعل مع الأستاذة مريم.

الرب يبارككم،
Girgis Habib
Koptisch-Orthodoxe Kirchengemeinde St. Markus Münster e.V."""


@mail("habib-coptic-arabic", "2027-02-05 21:15:47",
      E("registration", "girgis.habib@mail.example", "Girgis Habib",
        "Koptisch-Orthodoxe Kirchengemeinde St. Markus Münster e.V.", ["AG2"], 1, "ar"), "ar")
def _(m):
    m.head(("From", "Girgis Habib <girgis.habib@mail.example>"),
           ("To", MSO),
           ("Subject", "تسجيل – MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAN7mQ9wE1rT3yU5iO7pA9sD1fG3hJ5kL7zX9cV1bN3mQ5wE7rT@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(HABIB_TEXT, gmail_html(HABIB_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 027 ---------------------------------------------------------------------
# English, "Calvary greetings": registration without a workgroup ("choose on
# the day") -> []; arriving late after Friday all-night prayer; "Elder" is a
# title; the church is named only in the signature.

@mail("asante-pentecost-no-workgroup-yet", "2027-02-06 09:35:12",
      E("registration", "kofi.asante@mail.example", "Kofi Asante",
        "The Church of Pentecost – Münster Assembly", [], 1, "en"), "en")
def _(m):
    m.head(("From", "Kofi Asante <kofi.asante@mail.example>"),
           ("To", MSO),
           ("Subject", "Registration 13th March"),
           ("Date", m.date),
           ("Message-ID", "<1770366912.4419207.1837264@mail.yahoo.example>"),
           ("X-Mailer", "YahooMailAndroidMobile/6.71"),
           ("MIME-Version", "1.0"))
    m.single("""Dear Sir/Madam,

Calvary greetings to you in Jesus name.

Please register me for the MSO day on 13th March. I am an elder in our church. I have not decided on the workgroup yet, I would like to listen to the introduction first and then choose on the day.

Please note I may arrive a bit late (around 10:30) because we have all-night prayer on Friday.

Shalom,
Elder Kofi Asante
The Church of Pentecost – Münster Assembly
""", charset="utf-8", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Bosnian question, windows-1250 QP: he teaches in the Saturday mekteb until
# 11:30 and asks whether he may come only in the afternoon -> question.

@mail("delic-bosnian-afternoon-question", "2027-02-08 17:20:55",
      E("question", "kenan.delic@mail.example", "Kenan Delić",
        "Islamska zajednica Bošnjaka Münster e.V.", [], None, "bs"), "bs")
def _(m):
    m.head(("From", addr("Kenan Delić", "kenan.delic@mail.example", "windows-1250")),
           ("To", MSO),
           ("Subject", ew("Pitanje – Dan migrantskih organizacija", "windows-1250", "q")),
           ("Date", m.date),
           ("Message-ID", "<000b01db7a4f$3e4f5a60$b1c2d3e4$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "bs"),
           ("MIME-Version", "1.0"))
    m.single("""Selam alejkum,

ja sam član upravnog odbora našeg džemata i htio bih doći na Dan migrantskih
organizacija 13. marta, ali imam pitanje prije prijave.

Subotom ujutro u džematu imamo mekteb za djecu, koji traje do 11:30, a ja sam
jedan od muallima. Da li je moguće doći tek poslije podne, na radne grupe?
Ako jeste, da li se mogu prijaviti samo za popodnevni dio?

Hvala unaprijed,
Kenan Delić
Islamska zajednica Bošnjaka Münster e.V.
""", charset="windows-1250", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Tamil question (Gmail, UTF-8 base64): may they bring prasadam and light the
# kuthuvilakku at the opening?  Others from the temple registered already.

RAJENDRAN_TEXT = """வணக்கம்,

எங்கள் ஆலயத்திலிருந்து சிலர் 13 மார்ச் நிகழ்வுக்கு ஏற்கனவே பதிவு செய்துள்ளனர். எனக்கு இரண்டு கேள்விகள் உள்ளன:
இடைவேளையில் எல்லோருக்கும் பகிர்ந்துகொள்ள பிரசாதம் (சர்க்கரைப் பொங்கல்) கொண்டு வரலாமா?
தொடக்கத்தில் குத்துவிளக்கு ஏற்றுவது எங்கள் வழக்கம் – அது சாத்தியமா? மண்டபத்தில் திறந்த தீ அனுமதிக்கப்படுமா என்று தெரியவில்லை.

பதிலுக்கு நன்றி,
Nirmala Rajendran
Sri Murugan Tempel Münster e.V."""


@mail("rajendran-tamil-prasadam-question", "2027-02-09 19:02:38",
      E("question", "nirmala.rajendran@mail.example", "Nirmala Rajendran",
        "Sri Murugan Tempel Münster e.V.", [], None, "ta"), "ta")
def _(m):
    m.head(("From", "Nirmala Rajendran <nirmala.rajendran@mail.example>"),
           ("To", MSO),
           ("Subject", "கேள்வி – MSO-Tag 13.03."),
           ("Date", m.date),
           ("Message-ID", "<CAB2xC4vB6nM8qW0eR2tY4uI6oP8aS0dF2gH4jK6lZ8xC0vB2nM@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(RAJENDRAN_TEXT, gmail_html(RAJENDRAN_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 030 ---------------------------------------------------------------------
# Out-of-office of a Russian Orthodox parish office (Russian and German), with
# Auto-Submitted, answering the reminder.

@mail("russian-parish-office-autoreply", "2027-02-11 10:04:31",
      E("auto_reply"), "ru")
def _(m):
    m.head(("From", addr("Канцелярия прихода", "kanzlei@nikolaus-prihod-ms.example")),
           ("To", TO_MSO),
           ("Subject", "Автоответ: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<autoreply.1770800671.5521@nikolaus-prihod-ms.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!
Спасибо за ваше письмо. Канцелярия прихода работает только по воскресеньям
после Божественной литургии. Мы ответим вам, как только сможем.

Guten Tag,
vielen Dank für Ihre Nachricht. Das Gemeindebüro ist nur sonntags nach der
Göttlichen Liturgie besetzt. Wir antworten Ihnen so bald wie möglich.

Русский православный приход святителя Николая, Мюнстер
""", charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Out-of-office of a mosque association during Ramadan, German and Turkish,
# recognisable only by its subject and text (no Auto-Submitted header).

@mail("coerde-mosque-ramadan-autoreply", "2027-02-11 10:06:02",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Kulturverein Coerde <info@kulturverein-coerde.example>"),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<20270211100602.7d3e@kulturverein-coerde.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Während des Ramadan ist unser Büro nur
montags bis freitags von 16 bis 18 Uhr besetzt. Ihre E-Mail wird nach dem
Ramadan bearbeitet.

Sayın ilgili,

mesajınız için teşekkür ederiz. Ramazan ayı boyunca büromuz sadece hafta
içi 16:00-18:00 saatleri arasında açıktır. E-postanız Ramazan'dan sonra
cevaplanacaktır.

Gesegneten Ramadan / Hayırlı Ramazanlar
Türkisch-Islamischer Kulturverein Münster-Coerde e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Newsletter of the interreligious council (other): mentions the MSO-Tag
# among its dates and invites to its own peace prayer.

RAT_TEXT = """Rat der Religionen Münster – Rundbrief Februar 2027

Liebe Mitglieder, liebe Freundinnen und Freunde des Rates,

1. Interreligiöses Friedensgebet am 21. März
Am Sonntag, 21. März 2027, um 15 Uhr laden wir zum Friedensgebet der Religionen in den Friedenssaal des Rathauses ein. Beiträge kommen aus christlichen, muslimischen, jüdischen, buddhistischen, hinduistischen und Sikh-Gemeinden. Eine Anmeldung ist nicht erforderlich.

2. Termine unserer Mitgliedsgemeinden
– Fastenzeiten: Ramadan (ab ca. 8. Februar), Große Fastenzeit der orthodoxen Kirchen (ab 15. März), Fastenzeit der Westkirchen (seit 10. Februar)
– 13. März: Tag der Migrantenselbstorganisationen der Stadt im Stadtweinhaus; die Anmeldung läuft über die Stadt (mso-tag@muenster.example)
– 14. April: Vaisakhi im Gurdwara, offenes Langar für alle

3. Neue Mitglieder
Wir begrüßen die Vietnamesisch-Buddhistische Gemeinde und die Church of Pentecost als neue Mitglieder im Rat.

Herzliche Grüße
Ihr Sprecherkreis

Rat der Religionen Münster · Geschäftsstelle · 48143 Münster
Diesen Rundbrief abbestellen: https://rat-der-religionen-ms.example/rundbrief/abmelden"""

RAT_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Rundbrief Februar 2027</title></head>
<body style="font-family:Georgia,serif;font-size:15px;color:#222;background:#faf7f0;">
<div style="max-width:620px;margin:0 auto;background:#fff;padding:24px;">
<h1 style="font-size:21px;color:#5a3e1b;">Rat der Religionen Münster – Rundbrief Februar 2027</h1>
<p>Liebe Mitglieder, liebe Freundinnen und Freunde des Rates,</p>
<h2 style="font-size:17px;">1. Interreligiöses Friedensgebet am 21. März</h2>
<p>Am Sonntag, 21. März 2027, um 15 Uhr laden wir zum Friedensgebet der Religionen in den Friedenssaal des Rathauses ein. Beiträge kommen aus christlichen, muslimischen, jüdischen, buddhistischen, hinduistischen und Sikh-Gemeinden. Eine Anmeldung ist nicht erforderlich.</p>
<h2 style="font-size:17px;">2. Termine unserer Mitgliedsgemeinden</h2>
<ul>
<li>Fastenzeiten: Ramadan (ab ca. 8. Februar), Große Fastenzeit der orthodoxen Kirchen (ab 15. März), Fastenzeit der Westkirchen (seit 10. Februar)</li>
<li>13. März: Tag der Migrantenselbstorganisationen der Stadt im Stadtweinhaus; die Anmeldung läuft über die Stadt (<a href="mailto:mso-tag@muenster.example">mso-tag@muenster.example</a>)</li>
<li>14. April: Vaisakhi im Gurdwara, offenes Langar für alle</li>
</ul>
<h2 style="font-size:17px;">3. Neue Mitglieder</h2>
<p>Wir begrüßen die Vietnamesisch-Buddhistische Gemeinde und die Church of Pentecost als neue Mitglieder im Rat.</p>
<p>Herzliche Grüße<br>Ihr Sprecherkreis</p>
<p style="font-size:11px;color:#888;">Rat der Religionen Münster · Geschäftsstelle · 48143 Münster<br>
<a href="https://rat-der-religionen-ms.example/rundbrief/abmelden">Diesen Rundbrief abbestellen</a></p>
</div>
</body></html>
"""


@mail("rat-der-religionen-newsletter", "2027-02-15 09:00:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Rat der Religionen Münster <rundbrief@rat-der-religionen-ms.example>"),
           ("To", "Rundbrief Rat der Religionen <rundbrief@rat-der-religionen-ms.example>"),
           ("Subject", "Rundbrief Februar 2027: Friedensgebet, Termine, neue Mitglieder"),
           ("Date", m.date),
           ("Message-ID", "<rundbrief-2027-02.4417@rat-der-religionen-ms.example>"),
           ("List-Id", "Rundbrief <rundbrief.rat-der-religionen-ms.example>"),
           ("List-Unsubscribe", "<https://rat-der-religionen-ms.example/rundbrief/abmelden>"),
           ("Precedence", "list"),
           ("MIME-Version", "1.0"))
    m.alternative(RAT_TEXT, RAT_HTML, charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Change in Greek: Outlook with Greek interface ("ΑΠ:" subject, "Από:/
# Στάλθηκε:/Προς:/Θέμα:" block), UTF-8 alternative; "ομάδα εργασίας 2" is the
# old group, "ομάδα εργασίας 3" the new one; the quote names AG 2.

GEORGIOU_TEXT = """Καλημέρα σας,

έχω δηλώσει συμμετοχή για την ομάδα εργασίας 2. Θα ήθελα, αν είναι δυνατόν, να αλλάξω στην ομάδα εργασίας 3 (Förderungsmöglichkeiten und effektives Vereinsmanagement), γιατί ως ταμίας της κοινότητας με ενδιαφέρει περισσότερο το θέμα της χρηματοδότησης.

Ευχαριστώ πολύ,
Νικόλαος Γεωργίου
Griechisch-Orthodoxe Kirchengemeinde Hl. Dimitrios Münster"""


@mail("georgiou-greek-change-to-ag3", "2027-02-16 08:12:40",
      E("change", "n.georgiou@mail.example", "Νικόλαος Γεωργίου",
        "Griechisch-Orthodoxe Kirchengemeinde Hl. Dimitrios Münster", ["AG3"], None, "el"),
      "el")
def _(m):
    m.head(("From", addr("Νικόλαος Γεωργίου", "n.georgiou@mail.example", "utf-8", "b")),
           ("To", TO_MSO),
           ("Subject", "ΑΠ: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbcYhAZ2Vvcmdpb3UgY2hhbmdl"),
           ("Date", m.date),
           ("Message-ID", "<PAXPR02MB7310F1E2D3C4B5A6978812AB34CD@PAXPR02MB7310.eurprd02.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270128112004.5a1f@muenster.example>"),
           ("References", "<mailbot.20270128112004.5a1f@muenster.example>"),
           ("Accept-Language", "el-GR, de-DE"),
           ("Content-Language", "el-GR"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Πέμπτη, 28 Ιανουαρίου 2027 11:20 πμ",
             "Νικόλαος Γεωργίου <n.georgiou@mail.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Georgiou", "AG2", 1))
    m.alternative(outlook_plain(GEORGIOU_TEXT, quote, EL_LABELS),
                  outlook_html(GEORGIOU_TEXT, quote, "utf-8", "EL", EL_LABELS),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 034 ---------------------------------------------------------------------
# Change of party size only (1 -> 3, "zu dritt"), "Die Arbeitsgruppe bleibt
# gleich" -> workgroups []; Gmail German quote of the confirmation (AG 1, 1).

DEMIR_TEXT = """Shlomo Frau Meza Correa-Flock,

ich hatte mich für die AG 1 angemeldet. Inzwischen möchten zwei Jugendliche aus unserer Gemeinde gerne mitkommen – könnten Sie uns bitte zu dritt eintragen? Die Arbeitsgruppe bleibt gleich.

Aloho m'barekh – Gott segne Sie
Aziz Demir
Jugendleiter
Syrisch-Orthodoxe Kirchengemeinde Mor Jakob von Sarug Münster e.V."""

DEMIR_ATTR = (f"Am Fr., 22. Jan. 2027 um 17:31 Uhr schrieb Tag der "
              f"Migrantenselbstorganisationen <{MSO}>:")


@mail("demir-syriac-party-size-change", "2027-02-17 20:40:09",
      E("change", "aziz.demir@mor-jakob-muenster.example", "Aziz Demir",
        "Syrisch-Orthodoxe Kirchengemeinde Mor Jakob von Sarug Münster e.V.", [], 3, "de"),
      "de")
def _(m):
    m.head(("From", "Aziz Demir <aziz.demir@mor-jakob-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAD4rT6yU8iO0pA2sD4fG6hJ8kL0zX2cV4bN6mQ8wE0rT2yU4iO@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270122173102.8e2b@muenster.example>"),
           ("References", "<mailbot.20270122173102.8e2b@muenster.example>"),
           ("MIME-Version", "1.0"))
    quoted = confirmation("Herr Demir", "AG1", 1)
    plain = f"{DEMIR_TEXT}\n\n{DEMIR_ATTR}\n\n{gt_quote(quoted)}"
    m.alternative(plain, gmail_reply_html(DEMIR_TEXT, DEMIR_ATTR, quoted),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 035 ---------------------------------------------------------------------
# Change in Turkish from an iPhone (iOS Turkish attribution line): "3. gruptan
# 1. gruba" = from AG3 to AG1, and "3 kişi" = the new number of persons.

@mail("aydemir-turkish-change-iphone", "2027-02-18 13:25:51",
      E("change", "zehra.aydemir@mail.example", "Zehra Aydemir",
        "DITIB Münster Kadınlar Kolu", ["AG1"], 3, "tr"), "tr")
def _(m):
    m.head(("From", "Zehra Aydemir <zehra.aydemir@mail.example>"),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Message-Id", "<9D3E5F7A-1B2C-4D6E-8F0A-2B4C6D8E0F1A@mail.example>"),
           ("Date", m.date),
           ("To", TO_MSO),
           ("In-Reply-To", "<mailbot.20270114102205.3f6c@muenster.example>"),
           ("References", "<mailbot.20270114102205.3f6c@muenster.example>"),
           ("X-Mailer", "iPhone Mail (22D82)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.single(f"""Merhaba,

Bizi 3. gruptan 1. gruba (Bildung) alabilir misiniz? Kadınlar kolundan bir arkadaşımız daha gelmek istiyor, yani 3 kişi olacağız.

Allah razı olsun,
Zehra Aydemir
DITIB Münster Kadınlar Kolu

iPhone'umdan gönderildi

> 14 Oca 2027 tarihinde 10:22 saatinde, Tag der Migrantenselbstorganisationen <{MSO}> şunu yazdı:
>
{gt_quote(confirmation("Frau Aydemir", "AG3", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Change in English from Outlook for Android: workgroup 1, and if full stay in
# workgroup 2 (the old one) -> ["AG1", "AG2"]; "Deaconess" is a title.

OWUSU_TEXT = """Good morning,

Could you please move the two of us to workgroup 1? We realised most of our questions are about our children's schools. If workgroup 1 is already full, we are happy to stay in workgroup 2.

God bless you,
Deaconess Abena Owusu
Women's Ministry
The Church of Pentecost – Münster Assembly

Get Outlook for Android"""


@mail("owusu-english-change-with-fallback", "2027-02-19 07:55:14",
      E("change", "abena.owusu@mail.example", "Abena Owusu",
        "The Church of Pentecost – Münster Assembly", ["AG1", "AG2"], None, "en"), "en")
def _(m):
    m.head(("From", "Abena Owusu <abena.owusu@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbcoAwb3d1c3UgY2hhbmdlIGFn"),
           ("Date", m.date),
           ("Message-ID", "<DU2P194MB2231A7B6C5D4E3F2@DU2P194MB2231.EURP194.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270125194712.1b9d@muenster.example>"),
           ("References", "<mailbot.20270125194712.1b9d@muenster.example>"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Monday, January 25, 2027 7:47:12 PM",
             "Abena Owusu <abena.owusu@mail.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Owusu", "AG2", 2))
    m.alternative(outlook_plain(OWUSU_TEXT, quote, EN_LABELS),
                  outlook_html(OWUSU_TEXT, quote, "utf-8", "EN-US", EN_LABELS),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 037 ---------------------------------------------------------------------
# Change in Russian (UTF-8 8bit, Gmail Russian attribution): "из третьей ...
# во вторую" = from AG3 to AG2; Cyrillic display name and signature.

@mail("morozov-russian-change-to-ag2", "2027-02-22 19:10:27",
      E("change", "oleg.morozov@mail.example", "Олег Морозов", None, ["AG2"], None, "ru"),
      "ru")
def _(m):
    m.head(("From", "Олег Морозов <oleg.morozov@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAE8wQ0rT2yU4iO6pA8sD0fG2hJ4kL6zX8cV0bN2mQ4wE6rT8yU@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270126184003.6d4a@muenster.example>"),
           ("References", "<mailbot.20270126184003.6d4a@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Добрый вечер!

Я записан в третью рабочую группу. Прошу, если можно, перевести меня из третьей во вторую (Zukunftsprozess) – отец Сергий попросил, чтобы кто-то от нашего прихода был там вместе с Ириной.

С Богом,
Олег Морозов

вт, 26 янв. 2027 г. в 18:40, Tag der Migrantenselbstorganisationen <{MSO}>:

{gt_quote(confirmation("Herr Морозов", "AG3", 1))}
""", charset="utf-8", cte="8bit")


# -- 038 ---------------------------------------------------------------------
# Cancellation in Tigrinya (a memorial service at church that day), Gmail with
# an English interface quoting the confirmation.

GHEBREMEDHIN_TEXT = """ሰላም ክቡራን፣

ይቕረታ፣ ብ13 ማርች ክመጽእ ኣይክእልን እየ። በቲ መዓልቲ ኣብ ቤተ ክርስቲያንና ተዝካር ስለ ዘሎ ክሕግዝ ኣለኒ።
በጃኹም ምዝገባይ ሰርዝዎ።

የቐንየልና፣ እግዚኣብሄር ይሃብኩም።
Abrham Ghebremedhin"""

GHEBREMEDHIN_ATTR = (f"On Mon, 1 Feb 2027 at 09:12, Tag der Migrantenselbstorganisationen "
                     f"<{MSO}> wrote:")


@mail("ghebremedhin-tigrinya-cancel", "2027-02-24 21:03:45",
      E("cancellation", "abrham.ghebremedhin@mail.example", "Abrham Ghebremedhin", None,
        [], None, "ti"), "ti")
def _(m):
    m.head(("From", "Abrham Ghebremedhin <abrham.ghebremedhin@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF1tY3uI5oP7aS9dF1gH3jK5lZ7xC9vB1nM3qW5eR7tY9uI1oP@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270201091204.0c5e@muenster.example>"),
           ("References", "<mailbot.20270201091204.0c5e@muenster.example>"),
           ("MIME-Version", "1.0"))
    quoted = confirmation("Herr Ghebremedhin", "AG3", 1)
    plain = f"{GHEBREMEDHIN_TEXT}\n\n{GHEBREMEDHIN_ATTR}\n\n{gt_quote(quoted)}"
    m.alternative(plain, gmail_reply_html(GHEBREMEDHIN_TEXT, GHEBREMEDHIN_ATTR, quoted),
                  charset="utf-8", cte="base64", style="gmail")


# -- 039 ---------------------------------------------------------------------
# Cancellation in Punjabi for him and his wife (a family Akhand Path bhog at
# the gurdwara that day); plain UTF-8 QP with an English Gmail quote.

@mail("dhillon-punjabi-cancel", "2027-02-26 12:40:18",
      E("cancellation", "gurpreet.dhillon@mail.example", "Gurpreet Singh Dhillon", None,
        [], None, "pa"), "pa")
def _(m):
    m.head(("From", "Gurpreet Singh Dhillon <gurpreet.dhillon@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAG3uI5oP7aS9dF1gH3jK5lZ7xC9vB1nM3qW5eR7tY9uI1oP3aS@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270120210507.4b8f@muenster.example>"),
           ("References", "<mailbot.20270120210507.4b8f@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਜੀ,

ਮਾਫ਼ ਕਰਨਾ, 13 ਮਾਰਚ ਨੂੰ ਸਾਡੇ ਪਰਿਵਾਰ ਵੱਲੋਂ ਗੁਰਦੁਆਰਾ ਸਾਹਿਬ ਵਿੱਚ ਅਖੰਡ ਪਾਠ ਸਾਹਿਬ ਦਾ ਭੋਗ ਹੈ, ਇਸ ਲਈ ਮੈਂ ਅਤੇ ਮੇਰੀ ਪਤਨੀ ਨਹੀਂ ਆ ਸਕਾਂਗੇ।
ਕਿਰਪਾ ਕਰਕੇ ਸਾਡੀ ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਰੱਦ ਕਰ ਦਿਓ।

ਧੰਨਵਾਦ,
Gurpreet Singh Dhillon

On Wed, 20 Jan 2027 at 21:05, Tag der Migrantenselbstorganisationen <{MSO}> wrote:

{gt_quote(confirmation("Herr Dhillon", "AG1", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Cancellation in Arabic (travelling to Morocco for Eid al-Fitr), Gmail with
# Arabic interface, right-to-left HTML, UTF-8 base64.

OUAZZANI_TEXT = """السلام عليكم،

للأسف لن أتمكن من الحضور يوم 13 مارس، لأنني سأسافر إلى المغرب مع عائلتي لقضاء عيد الفطر. أرجو إلغاء تسجيلي.

مع الشكر، وعيد مبارك مسبقا
Hicham Ouazzani"""

OUAZZANI_ATTR = (f"في الاثنين، 18 يناير 2027 في 10:05 ص، كتب Tag der "
                 f"Migrantenselbstorganisationen <{MSO}>:")


@mail("ouazzani-arabic-cancel-eid", "2027-03-01 15:15:36",
      E("cancellation", "hicham.ouazzani@mail.example", "Hicham Ouazzani", None,
        [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Hicham Ouazzani <hicham.ouazzani@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAH9oP1aS3dF5gH7jK9lZ1xC3vB5nM7qW9eR1tY3uI5oP7aS9dF@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270118100508.9a2c@muenster.example>"),
           ("References", "<mailbot.20270118100508.9a2c@muenster.example>"),
           ("MIME-Version", "1.0"))
    quoted = confirmation("Herr Ouazzani", "AG2", 1)
    plain = f"{OUAZZANI_TEXT}\n\n{OUAZZANI_ATTR}\n\n{gt_quote(quoted)}"
    m.alternative(plain, gmail_reply_html(OUAZZANI_TEXT, OUAZZANI_ATTR, quoted, rtl=True),
                  charset="utf-8", cte="base64", style="gmail")


# -- 041 ---------------------------------------------------------------------
# Cancellation in Vietnamese (a prayer ceremony at the temple that weekend),
# Gmail with Vietnamese interface; display name with diacritics.

@mail("nguyen-vietnamese-cancel", "2027-03-03 10:50:12",
      E("cancellation", "hoa.nguyen@mail.example", "Nguyễn Thị Hoa", None,
        [], None, "vi"), "vi")
def _(m):
    m.head(("From", "Nguyễn Thị Hoa <hoa.nguyen@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAJ5aS7dF9gH1jK3lZ5xC7vB9nM1qW3eR5tY7uI9oP1aS3dF5gH@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270120153009.2e7b@muenster.example>"),
           ("References", "<mailbot.20270120153009.2e7b@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Kính gửi Ban tổ chức,

Rất tiếc, tôi không thể tham dự vào ngày 13 tháng 3 vì chùa tổ chức lễ cầu an vào cuối tuần đó và tôi phải phụ giúp. Xin vui lòng hủy đăng ký của tôi.

Cảm ơn quý vị nhiều.
Nam Mô A Di Đà Phật
Nguyễn Thị Hoa

Vào Th 4, 20 thg 1, 2027 vào lúc 15:30 Tag der Migrantenselbstorganisationen <{MSO}> đã viết:

{gt_quote(confirmation("Frau Nguyễn", "AG3", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 042 ---------------------------------------------------------------------
# Late registration after the 6 March deadline (Ramadan), from an iPhone:
# "2 Personen, AG 3 Vereinsmanagement"; "2. Vorsitzender" is a title; the
# imam and the youth leader named are registered already (001, 003).

@mail("demirci-ditib-late-after-ramadan", "2027-03-08 07:35:49",
      E("registration", "h.demirci@ditib-muenster.example", "Hakan Demirci",
        "DITIB Türkisch-Islamische Gemeinde zu Münster e.V.", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Hakan Demirci <h.demirci@ditib-muenster.example>"),
           ("Subject", "Anmeldung (leider etwas spät)"),
           ("Message-Id", "<2A4C6E8F-0B1D-4F3A-9C5E-7D9F1B3D5F7A@ditib-muenster.example>"),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "iPhone Mail (22D82)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.single("""Selamün aleyküm Frau Meza Correa-Flock,

ich weiß, die Anmeldefrist war am Samstag – wegen Ramadan und der Vorbereitung fürs Bayram-Fest ist das bei uns leider untergegangen, Entschuldigung! Falls noch Plätze frei sind: Ich würde gerne mit unserem Kassenwart kommen, also 2 Personen, AG 3 Vereinsmanagement.

Unser Imam Hodscha Korkmaz und Emre von der Jugend sind ja schon angemeldet.

Vielen Dank und schöne Grüße
Hakan Demirci
2. Vorsitzender
DITIB Türkisch-Islamische Gemeinde zu Münster e.V.

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# Eid greeting of an alliance of mosques to its partners (other), sent to
# undisclosed recipients; no reference to the event.

EID_TEXT = """Liebe Partnerinnen und Partner, liebe Freundinnen und Freunde,

der Fastenmonat Ramadan ist zu Ende. Wir wünschen Ihnen und Ihren Familien ein gesegnetes Ramadanfest!

Ramazan Bayramınız mübarek olsun – Eid Mubarak – Bajram šerif mubarek olsun – عيد مبارك

Herzlichen Dank allen, die in diesem Jahr zu unseren offenen Iftar-Abenden gekommen sind. Über 600 Gäste aus Nachbarschaft, Kirchengemeinden, Politik und Verwaltung haben mit uns das Fasten gebrochen.

Mit herzlichen Grüßen
Der Vorstand
Bündnis Münsteraner Moscheegemeinden"""


@mail("moscheebuendnis-eid-greeting", "2027-03-10 11:00:04",
      E("other"), "de")
def _(m):
    m.head(("From", "Bündnis Münsteraner Moscheegemeinden <info@moscheen-muenster.example>"),
           ("To", "undisclosed-recipients:;"),
           ("Subject", "Gesegnetes Ramadanfest – Bayramınız mübarek olsun – Eid Mubarak"),
           ("Date", m.date),
           ("Message-ID", "<eid2027.5c81a3@moscheen-muenster.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(EID_TEXT, div_html(EID_TEXT, "font-family: Arial, sans-serif; font-size: 14px;"),
                  charset="utf-8", cte="quoted-printable")



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
ISO639_1 = {"de", "en", "tr", "ar", "bs", "ti", "ru", "el", "pa", "vi", "ta", "fr",
            "sr", "hr", "sq", "uk", "fa", "pl"}


def decoded_text(msg):
    """Decoded headers and text bodies of the whole message (HTML unescaped)."""
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            body = p.get_content()
            if p.get_content_subtype() == "html":
                body = html.unescape(body)
            chunks.append(body)
    return "\n".join(chunks)


def check_labels(e):
    """Problems with one expected record on its own."""
    problems = []
    if tuple(e) != FIELDS:
        problems.append("expected record has wrong keys or key order")
        return problems
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
        if e["language"] not in ISO639_1:
            problems.append(f"bad language {e['language']}")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
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
    if not (datetime.datetime(2027, 1, 12, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 3, 13, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside 12 Jan - 12 Mar 2027")
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
    problems += check_labels(expected)
    kind = expected["kind"]
    if kind in PERSON_KINDS:
        senders = [a.lower() for _, a in getaddresses(
            [str(msg.get("From", "")), str(msg.get("Reply-To", ""))])]
        if expected["email"] not in senders and expected["email"] not in text.lower():
            problems.append("email is neither From/Reply-To nor in the text")
        if msg["Reply-To"] is not None:
            rt = getaddresses([str(msg["Reply-To"])])[0][1].lower()
            if expected["email"] not in (rt,) and expected["email"] not in text.lower():
                problems.append("Reply-To present but email is not it")
        if expected["name"] not in text:
            problems.append(f"name {expected['name']!r} not written in the mail")
        if expected["organisation"] and expected["organisation"] not in text:
            problems.append(f"organisation {expected['organisation']!r} not written in the mail")
    if kind in ("change", "cancellation"):
        if "Angemeldete Personen:" not in text or CONFIRMATION_SUBJECT not in text:
            problems.append("change/cancellation does not quote the confirmation")
    if kind == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    return problems


def check_corpus(built, datas):
    """Problems across mails: no sender twice, sizes, dev-compatible keys."""
    problems = []
    seen = {}
    for (name, *_), data in zip(built, datas):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        frm = getaddresses([str(msg["From"])])[0][1].lower()
        if frm in seen:
            problems.append(f"{name}: sender {frm} already sent {seen[frm]}")
        seen[frm] = name
    if not 40 <= len(built) <= 45:
        problems.append(f"{len(built)} mails, want 40-45")
    dev = HERE.parent.parent / "shared" / "corpus" / "dev" / "expected.json"
    if dev.exists():
        dev_keys = set(next(iter(json.loads(dev.read_text(encoding="utf-8")).values())))
        if dev_keys != set(FIELDS):
            problems.append("keys differ from dev/expected.json")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((t, e["kind"]) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built}, key=lambda l: -sum(
        v for (t, _), v in table.items() if t == l))
    print("kinds:", dict(sorted(kinds.items())))
    print("lang  " + " ".join(f"{k[:5]:>5}" for k in KINDS) + "   all")
    for lang in langs:
        row = [table.get((lang, k), 0) for k in KINDS]
        print(f"{lang:5} " + " ".join(f"{v:>5}" if v else "    -" for v in row) + f" {sum(row):>5}")
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
            if not path.exists() or path.read_bytes() != data:
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
    for problem in check_corpus(built, datas):
        print(problem)
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
