#!/usr/bin/env python3
"""Build the "final15b" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Sommerakademie Integration 2027 of the Kommunales Integrationszentrum
Kreis Nordheide (config.toml next to this script): five workshops A .. E, each
on its own weekday and half-day slot ("A – Montag vormittag"), a waiting list
for full workshops.  The mails are short: one-liners, registrations given only
in the subject, "s. Betreff", a bare signature, phone mails, a name and a
letter, two-word answers above the quoted invitation, plus a few long ones.

Every mail's text below is written by hand, one mail at a time.  This script
only wraps the texts in MIME with the standard `email` package, writes the
files, and reads every file back with email.policy.default to check it: no
MIME defects, every text part decodes strictly in its declared charset to
exactly the written text, lines of at most 998 octets, dates rising, example
domains only, and every expected.json record a valid label.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind, language, MIME shape

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).  Paths
are relative to this script's folder.  Standard library only (Python 3.11).
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
import unicodedata
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import format_datetime, getaddresses, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

SA = "sommerakademie@kreis-nordheide.example"
SA_NAME = "Sommerakademie Integration 2027"
TO_SA = f"{SA_NAME} <{SA}>"
INVITATION_ID = "<einladung.sommerakademie-2027.20270510100204@kreis-nordheide.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
WORKGROUP_IDS = ("A", "B", "C", "D", "E")
LANGUAGES = ("de", "en", "tr", "ar", "ru", "it", "el", "fa")   # fa: Dari (Afghan Persian)

CEST = datetime.timezone(datetime.timedelta(hours=2))
FIRST_DAY = datetime.datetime(2027, 5, 10, tzinfo=CEST)
LAST_DAY = datetime.datetime(2027, 8, 1, tzinfo=CEST)


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def gt_quote(text, prefix="> "):
    """Quote a text the way Thunderbird/Gmail/Apple do: '> ' before each line."""
    bare = prefix.rstrip()
    return "\n".join((prefix + line) if line else bare for line in text.split("\n"))


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


def dt(when):
    """'2027-05-10 10:02:04' (local summer time) -> aware datetime."""
    return datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=CEST)


DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_DAY_ABBR = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
IT_DAYS = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
IT_MON = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
EL_DAYS = ["Δευ", "Τρί", "Τετ", "Πέμ", "Παρ", "Σάβ", "Κυρ"]
EL_MON = ["Ιαν", "Φεβ", "Μαρ", "Απρ", "Μαΐ", "Ιουν", "Ιουλ", "Αυγ", "Σεπ", "Οκτ", "Νοε", "Δεκ"]
AR_DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
AR_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
             "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]


def a_ios_de(t, who):        # Am 10.05.2027 um 10:02 schrieb X <a>:
    return f"Am {t:%d.%m.%Y} um {t:%H:%M} schrieb {who}:"


def a_ios_en(t, who):        # On 28. Jun 2027, at 08:00, X <a> wrote:
    return f"On {t.day}. {EN_MON[t.month - 1]} {t.year}, at {t:%H:%M}, {who} wrote:"


def a_gmail_de(t, who):
    return (f"Am {DE_DAY_ABBR[t.weekday()]}, {t.day}. {DE_MONTHS[t.month - 1][:3]}. {t.year} "
            f"um {t:%H:%M} Uhr schrieb {who}:").replace("Mai.", "Mai")


def a_gmail_it(t, who):
    return (f"Il giorno {IT_DAYS[t.weekday()]} {t.day} {IT_MON[t.month - 1]} {t.year} "
            f"alle ore {t:%H:%M} {who} ha scritto:")


def a_gmail_el(t, who):
    h = t.hour % 12 or 12
    return (f"Στις {EL_DAYS[t.weekday()]} {t.day} {EL_MON[t.month - 1]} {t.year} στις "
            f"{h}:{t:%M} {'π.μ.' if t.hour < 12 else 'μ.μ.'}, ο/η {who} έγραψε:")


def a_gmail_ar(t, who):
    h = t.hour % 12 or 12
    return (f"في {AR_DAYS[t.weekday()]}، {t.day} {AR_MONTHS[t.month - 1]} {t.year} في "
            f"{h}:{t:%M} {'ص' if t.hour < 12 else 'م'} كتب {who}:")


def d_outlook_de(t):         # Montag, 10. Mai 2027 10:02
    return f"{DE_DAYS[t.weekday()]}, {t.day}. {DE_MONTHS[t.month - 1]} {t.year} {t:%H:%M}"


def d_gmx(t):                # Montag, 10. Mai 2027 um 11:16 Uhr
    return f"{DE_DAYS[t.weekday()]}, {t.day}. {DE_MONTHS[t.month - 1]} {t.year} um {t:%H:%M} Uhr"


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
        self._nboundary = 0

    def head(self, *pairs, envelope=None, received=True):
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in
        the given order.  ASCII values (plain or already RFC 2047-encoded) are
        stored verbatim, folded at spaces when long; values with non-ASCII
        characters go through the policy, which encodes them as UTF-8."""
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", SA)
        if received:
            domain = sender.split("@")[1] if "@" in sender else "kreis-nordheide.example"
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime((self.when + datetime.timedelta(seconds=2)).astimezone(CEST))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.kreis-nordheide.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{SA}>; {arrival} (CEST)")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None, record=True):
        """A text leaf part (MIMEPart), for use inside a multipart."""
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
        if record:
            self.intended.append(text)
        return p

    def binary(self, data, maintype, subtype, filename, disposition="attachment"):
        p = MIMEPart(policy=POLICY)
        p.set_content(data, maintype=maintype, subtype=subtype, cte="base64",
                      disposition=disposition, filename=filename)
        self.intended.append(data)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
               params=None):
        """The whole body is one text part."""
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            self.msg[k] = v
        self.intended.append(text)

    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_BE1P281MB{h[:12].upper()}DEUP_"
        if style == "gmail":
            return f"000000000000{h[:14]}"
        if style == "apple":
            return f"Apple-Mail-{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.kreis-nordheide.example"
        if style == "tb":
            return f"------------{h[:24]}"
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
                    html_cte=None, style="std", html_charset=None):
        parts = [self.text(text, "plain", charset, cte),
                 self.text(html_text, "html", html_charset or charset, html_cte or cte)]
        return self.multi("alternative", parts, style=style)

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
# texts that several mails quote: the invitation, mailbot's confirmation,
# its waiting-list notice and its 7-day reminder
# ---------------------------------------------------------------------------

INVITATION_TIME = "2027-05-10 10:02:04"
INVITATION_SUBJECT = "Einladung: Sommerakademie Integration 2027 (5.–8. Juli)"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zur Sommerakademie Integration 2027"
WAITLIST_SUBJECT = "Warteliste: Sommerakademie Integration 2027"
REMINDER_SUBJECT = "Erinnerung: Sommerakademie Integration 2027 ab 5. Juli"

INVITATION = """Liebe Kolleginnen und Kollegen,
liebe Engagierte in der Integrationsarbeit im Kreis Nordheide,

auch in diesem Sommer lädt das Kommunale Integrationszentrum zur
Sommerakademie Integration ein. An vier Tagen bieten wir fünf praxisnahe
Workshops für Haupt- und Ehrenamtliche an.

Sommerakademie Integration 2027
Montag, 5. Juli, bis Donnerstag, 8. Juli 2027
Kreishaus Nordheide, Bildungsetage (3. OG), Lindenallee 3, 49393 Heidkamp

A – Montag vormittag (5.7., 9:00–12:30 Uhr)
    Sprachmittlung im Alltag: Dolmetschen in Behörde, Schule und Praxis
B – Montag nachmittag (5.7., 13:30–16:30 Uhr)
    Anerkennung ausländischer Berufs- und Studienabschlüsse
C – Dienstag vormittag (6.7., 9:00–12:30 Uhr)
    Eltern stärken: Kita, Schule und Ausbildung
D – Mittwoch nachmittag (7.7., 13:30–16:30 Uhr)
    Wohnungssuche und Mietrecht verständlich erklärt
E – Donnerstag vormittag (8.7., 9:00–12:30 Uhr)
    Frauen und Beruf: Wege in Arbeit und Selbstständigkeit

Die Plätze sind begrenzt (15 bis 25 je Workshop). Bitte wählen Sie einen
Workshop und nennen Sie gern einen Zweitwunsch. Ist Ihr Wunschworkshop
voll, setzen wir Sie auf die Warteliste und melden uns, sobald ein Platz
frei wird.

Anmeldung bis Freitag, 25. Juni 2027, formlos als Antwort auf diese
E-Mail oder an sommerakademie@kreis-nordheide.example – mit Name,
Einrichtung oder Verein, Workshop-Buchstabe und Personenzahl.

Die Teilnahme ist kostenfrei. Kaffee, Tee und Wasser stehen bereit.

Herzliche Grüße
Friederike Hölscher-Adamu
Kommunales Integrationszentrum
Kreis Nordheide"""

WS_LINE = {
    "A": "A – Montag vormittag (5. Juli, 9:00–12:30 Uhr): Sprachmittlung im Alltag: Dolmetschen in Behörde, Schule und Praxis",
    "B": "B – Montag nachmittag (5. Juli, 13:30–16:30 Uhr): Anerkennung ausländischer Berufs- und Studienabschlüsse",
    "C": "C – Dienstag vormittag (6. Juli, 9:00–12:30 Uhr): Eltern stärken: Kita, Schule und Ausbildung",
    "D": "D – Mittwoch nachmittag (7. Juli, 13:30–16:30 Uhr): Wohnungssuche und Mietrecht verständlich erklärt",
    "E": "E – Donnerstag vormittag (8. Juli, 9:00–12:30 Uhr): Frauen und Beruf: Wege in Arbeit und Selbstständigkeit",
}


class Sent:
    """A mail mailbot sent earlier (confirmation, waiting-list notice, reminder)."""

    def __init__(self, kind, name, to, ws, persons, when, place=None):
        self.kind, self.name, self.to, self.ws, self.persons = kind, name, to, ws, persons
        self.place = place
        self.t = dt(when)
        stamp = self.t.strftime("%Y%m%d%H%M%S")
        self.msgid = f"<mailbot.{stamp}.{_h(to, stamp)[:6]}@kreis-nordheide.example>"
        self.subject = {"confirmation": CONFIRMATION_SUBJECT, "waitlist": WAITLIST_SUBJECT,
                        "reminder": REMINDER_SUBJECT}[kind]

    @property
    def text(self):
        if self.kind == "confirmation":
            return f"""Guten Tag {self.name},

vielen Dank für Ihre Anmeldung zur Sommerakademie Integration 2027 des
Kommunalen Integrationszentrums Kreis Nordheide.

Ihr Workshop: {WS_LINE[self.ws]}
Angemeldete Personen: {self.persons}
Ort: Kreishaus Nordheide, Bildungsetage (3. OG), Lindenallee 3, 49393 Heidkamp

Wenn Sie den Workshop wechseln, die Personenzahl ändern oder absagen
möchten, antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Sommerakademie Integration 2027
Kommunales Integrationszentrum Kreis Nordheide"""
        if self.kind == "waitlist":
            return f"""Guten Tag {self.name},

vielen Dank für Ihre Anmeldung zur Sommerakademie Integration 2027.

Der Workshop {WS_LINE[self.ws]}
ist leider bereits ausgebucht. Wir haben Sie auf die Warteliste gesetzt
(Platz {self.place}) und melden uns, sobald ein Platz frei wird.

Angemeldete Personen: {self.persons}

Sie können stattdessen auch einen anderen Workshop wählen, in dem noch
Plätze frei sind – antworten Sie dazu einfach auf diese E-Mail.

Mit freundlichen Grüßen
Sommerakademie Integration 2027
Kommunales Integrationszentrum Kreis Nordheide"""
        return f"""Guten Tag {self.name},

nächste Woche beginnt die Sommerakademie Integration 2027. Wir freuen uns
auf Sie!

Ihr Workshop: {WS_LINE[self.ws]}
Angemeldete Personen: {self.persons}
Ort: Kreishaus Nordheide, Bildungsetage (3. OG), Lindenallee 3, 49393 Heidkamp
Bitte melden Sie sich am Empfang im Erdgeschoss.

Falls Sie doch nicht kommen können, sagen Sie bitte kurz per Antwort auf
diese E-Mail ab – dann kann jemand von der Warteliste nachrücken.

Mit freundlichen Grüßen
Sommerakademie Integration 2027
Kommunales Integrationszentrum Kreis Nordheide"""

    def message(self, in_reply_to=None):
        """The sent mail as a whole message (for message/rfc822 in bounces)."""
        m = EmailMessage(policy=POLICY)
        m["From"] = TO_SA
        m["To"] = self.to
        m["Subject"] = self.subject
        m["Date"] = format_datetime(self.t)
        m["Message-ID"] = self.msgid
        if in_reply_to:
            m["In-Reply-To"] = in_reply_to
            m["References"] = in_reply_to
        m["Auto-Submitted"] = "auto-generated" if self.kind == "reminder" else "auto-replied"
        m["MIME-Version"] = "1.0"
        m.set_content(self.text, charset="utf-8", cte="quoted-printable")
        return m


# What mailbot sent to the writers below (quoted in their follow-ups).
S = {
    "overbeck": Sent("confirmation", "Jens Overbeck", "Jens Overbeck <jens.overbeck@mail.example>",
                     "A", 1, "2027-05-10 10:41:52"),
    "koetter": Sent("confirmation", "Sabine Kötter", "Sabine Kötter <s.koetter@kita-sonnenblume.example>",
                    "C", 2, "2027-05-10 11:16:21"),
    "alhalabi": Sent("confirmation", "Ahmad Alhalabi", "Ahmad Alhalabi <ahmad.alhalabi@mail.example>",
                     "C", 2, "2027-05-10 19:49:07"),
    "ferraro": Sent("confirmation", "Giulia Ferraro", "Giulia Ferraro <giulia.ferraro@mail.example>",
                    "E", 2, "2027-05-12 14:03:31"),
    "papadakis": Sent("confirmation", "Νίκος Παπαδάκης", "Νίκος Παπαδάκης <nikos.papadakis@mail.example>",
                      "B", 1, "2027-05-12 20:16:10"),
    "dogan": Sent("waitlist", "Serkan Doğan", "Serkan Doğan <serkan.dogan@mail.example>",
                  "D", 1, "2027-06-18 10:15:12", place=2),
    "whitfield": Sent("reminder", "Thomas Whitfield", "Thomas Whitfield <t.whitfield@mail.example>",
                      "A", 1, "2027-06-28 08:00:11"),
    "korkmaz": Sent("reminder", "Hatice Korkmaz", "Hatice Korkmaz <h.korkmaz@mail.example>",
                    "E", 3, "2027-06-28 08:00:34"),
}


# ---------------------------------------------------------------------------
# client markup
# ---------------------------------------------------------------------------

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
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
	font-family:"Calibri",sans-serif;}}
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
<body lang=DE link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="windows-1252"):
    """Outlook HTML for `text`; quote = (von, gesendet, an, betreff, quoted_text)."""
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
    return OUTLOOK_HEAD.format(charset=charset) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None):
    """The text/plain Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    return (f"{text}\n\n-----Ursprüngliche Nachricht-----\nVon: {von}\nGesendet: {gesendet}\n"
            f"An: {an}\nBetreff: {betreff}\n\n{quoted}")


def lines_html(text, tag="div", rtl=False):
    d = ' dir="rtl"' if rtl else ""
    return "".join(f"<{tag}{d}>{esc(line) if line else '<br>'}</{tag}>" for line in text.split("\n"))


def gmail_html(text, rtl=False, attribution=None, quoted=None):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    out = f"<div{d}>{lines_html(text, rtl=rtl)}</div>"
    if attribution:
        q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
        out += ("<br><div class=\"gmail_quote gmail_quote_container\">"
                f"<div dir=\"ltr\" class=\"gmail_attr\">{esc(attribution)}<br></div>"
                "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
                f"border-left:1px solid rgb(204,204,204);padding-left:1ex\">{q}</blockquote></div>")
    return out + "\n"


def gmail_plain(text, attribution=None, quoted=None):
    if not attribution:
        return text
    return f"{text}\n\n{attribution}\n\n{gt_quote(quoted)}"


APPLE_BODY = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
              "</head><body dir=\"auto\">")


def ios_html(text, attribution=None, quoted=None):
    """iPhone Mail: the new text, the device line, then a blockquote type=cite."""
    out = APPLE_BODY + lines_html(text)
    if attribution:
        q = lines_html(quoted)
        out += (f"<div dir=\"ltr\"><br><blockquote type=\"cite\">{esc(attribution)}<br><br>"
                f"</blockquote></div><blockquote type=\"cite\"><div dir=\"ltr\">{q}</div></blockquote>")
    return out + "</body></html>\n"


def ios_plain(text, attribution=None, quoted=None):
    if not attribution:
        return text
    return f"{text}\n\n> {attribution}\n> \n{gt_quote(quoted)}"


def samsung_html(text):
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">"
            "</head><body><div dir=\"auto\">"
            + "".join(f"<div dir=\"auto\">{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
            + "</div></body></html>\n")


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
# Exchange out-of-office to the invitation (sent to a distribution list),
# Auto-Submitted: auto-generated.  Outlook multipart/alternative, windows-1252.

KITA_OOF = """Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin vom 10. bis einschließlich 21. Mai
nicht im Haus und lese meine E-Mails in dieser Zeit nicht.

In dringenden Fällen wenden Sie sich bitte an meine Stellvertreterin,
Frau Kuhlmann: kuhlmann@kita-regenbogen-heidkamp.example, Tel. 05471 3312.

Freundliche Grüße
Marlies Heemann
Leitung Familienzentrum Kita Regenbogen"""


@mail("kita-regenbogen-exchange-oof", "2027-05-10 10:02:31",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "\"Heemann, Marlies\" <leitung@kita-regenbogen-heidkamp.example>"),
           ("To", TO_SA),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbwYv5lM0tB3nKzUeP2oQ7rS1xVw=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1932C1D0A5B64E7@FR3P281MB1932.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "leitung@kita-regenbogen-heidkamp.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(KITA_OOF, outlook_html(KITA_OOF), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 002 ---------------------------------------------------------------------
# Postfix bounce of the invitation: the association's old address no longer
# exists (550 5.1.1).  Returns only the headers (text/rfc822-headers).

INV_HEADERS = f"""Return-Path: <{SA}>
Received: from mail.kreis-nordheide.example (mail.kreis-nordheide.example [198.51.100.20])
	by mx.tuerkischer-elternbund-nordheide.example (Postfix) with ESMTPS id 4Bq7Xk2m9Zz1
	for <info@tuerkischer-elternbund-nordheide.example>; Mon, 10 May 2027 10:03:02 +0200 (CEST)
From: =?utf-8?q?Sommerakademie_Integration_2027?= <{SA}>
To: undisclosed-recipients:;
Subject: =?utf-8?q?Einladung=3A_Sommerakademie_Integration_2027_=285=2E=E2=80=938=2E?=
 =?utf-8?q?_Juli=29?=
Date: Mon, 10 May 2027 10:02:04 +0200
Message-ID: {INVITATION_ID}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
"""


@mail("postfix-bounce-invitation-user-unknown", "2027-05-10 10:03:05",
      E("bounce", bounced="info@tuerkischer-elternbund-nordheide.example"), "en")
def _(m):
    rcpt = "info@tuerkischer-elternbund-nordheide.example"
    m.head(("From", "MAILER-DAEMON@mail.kreis-nordheide.example (Mail Delivery System)"),
           ("To", SA),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270510080305.7C41A2E0B3@mail.kreis-nordheide.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.kreis-nordheide.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host
    mx.tuerkischer-elternbund-nordheide.example[203.0.113.61] said: 550 5.1.1
    <{rcpt}>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.kreis-nordheide.example"),
         ("X-Postfix-Queue-ID", "7C41A2E0B3"),
         ("X-Postfix-Sender", f"rfc822; {SA}"),
         ("Arrival-Date", "Mon, 10 May 2027 10:02:05 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx.tuerkischer-elternbund-nordheide.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{rcpt}>: Recipient address\n"
                             "    rejected: User unknown in virtual mailbox table")])
    headers = m.text(INV_HEADERS, subtype="rfc822-headers", charset="us-ascii", cte="7bit",
                     headers=[("Content-Description", "Undelivered Message Headers")])
    m.multi("report", [note, dsn, headers], style="postfix",
            params={"report-type": "delivery-status"})


# -- 003 ---------------------------------------------------------------------
# Two words from an iPhone above the quoted invitation: "A bitte."  Every
# workshop is named in the quote; only the new text chooses.

@mail("overbeck-a-bitte-iphone-quote", "2027-05-10 10:41:17",
      E("registration", "jens.overbeck@mail.example", "Jens Overbeck", None,
        ["A"], 1, "de"), "de")
def _(m):
    attr = a_ios_de(dt(INVITATION_TIME), f"{SA_NAME} <{SA}>")
    new = "A bitte.\n\nVon meinem iPhone gesendet"
    m.head(("From", "Jens Overbeck <jens.overbeck@mail.example>"),
           ("To", TO_SA),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<6F0B3C1E-58A2-4D7C-9E31-B7A0C4D2E9F1@mail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("X-Mailer", "iPhone Mail (22F76)"),
           ("MIME-Version", "1.0"))
    m.alternative(ios_plain(new, attr, INVITATION), ios_html(new, attr, INVITATION),
                  charset="utf-8", cte="quoted-printable", style="apple")


# -- 004 ---------------------------------------------------------------------
# Everything in the subject ("Workshop C, 2 Personen"); the body is empty.
# From name in ISO-8859-1 RFC 2047.

@mail("koetter-subject-only-empty-body", "2027-05-10 11:15:40",
      E("registration", "s.koetter@kita-sonnenblume.example", "Sabine Kötter", None,
        ["C"], 2, "de"), "de")
def _(m):
    m.head(("From", f"{ew('Sabine Kötter', 'iso-8859-1')} <s.koetter@kita-sonnenblume.example>"),
           ("To", SA),
           ("Subject", "Anmeldung Workshop C, 2 Personen"),
           ("Date", m.date),
           ("Message-ID", "<trinity-2d81c4f0-97ab-4c3e-8e52-1f60a7b3d9c2-1809940540233@3c-app-gmx-bap41>"),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    m.single("", charset="us-ascii", cte="7bit")


# -- 005 ---------------------------------------------------------------------
# Turkish from a Samsung phone: B, and if that does not work D ("olmazsa D de
# olur").  UTF-8 base64 multipart/alternative.

ASLAN = """Merhaba,
B'ye katılmak istiyorum, olmazsa D de olur.
Selamlar
Emine Aslan


Samsung Galaxy akıllı telefonumdan gönderildi."""


@mail("aslan-turkish-samsung-b-else-d", "2027-05-10 13:02:55",
      E("registration", "emine.aslan@mail.example", "Emine Aslan", None,
        ["B", "D"], 1, "tr"), "tr")
def _(m):
    m.head(("From", "Emine Aslan <emine.aslan@mail.example>"),
           ("To", SA),
           ("Subject", ew("Sommerakademi kayıt", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<k2x8r1.1809946975.samsung.emine.aslan@mail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ASLAN, samsung_html(ASLAN), charset="utf-8", cte="base64", style="samsung")


# -- 006 ---------------------------------------------------------------------
# "s. Betreff": the workshop is in the subject.  The signature abbreviates the
# first name and writes the surname without ı; the From name is complete.
# Thunderbird, UTF-8 8bit, format=flowed.

@mail("brockmann-s-betreff", "2027-05-10 15:30:02",
      E("registration", "n.brockmann@vhs-heidkamp.example", "Nadine Brockmann-Yıldız",
        "Volkshochschule Heidkamp", ["E"], 1, "de"), "de")
def _(m):
    m.head(("From", "Nadine Brockmann-Yıldız <n.brockmann@vhs-heidkamp.example>"),
           ("To", SA),
           ("Subject", ew("Anmeldung Sommerakademie – Workshop E (Donnerstag)", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<4a7e0c2b-19d3-4f6a-a8b5-c3e2d1f0b9a7@vhs-heidkamp.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""s. Betreff

Gruß
N. Brockmann-Yildiz

-- 
Volkshochschule Heidkamp
Fachbereich Deutsch als Zweitsprache
Marktstraße 7, 49393 Heidkamp
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 007 ---------------------------------------------------------------------
# Arabic, Gmail multipart/alternative with right-to-left HTML, UTF-8 base64.
# "الورشة C يوم الثلاثاء صباحاً" = workshop C on Tuesday morning (agrees with C);
# "أنا وزوجتي" = my wife and I -> 2.  No signature: the From name is the name.

ALHALABI = """السلام عليكم
أرغب بالتسجيل في الورشة C يوم الثلاثاء صباحاً، أنا وزوجتي.
شكراً جزيلاً"""


@mail("alhalabi-arabic-c-with-wife", "2027-05-10 19:48:31",
      E("registration", "ahmad.alhalabi@mail.example", "Ahmad Alhalabi", None,
        ["C"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Ahmad Alhalabi <ahmad.alhalabi@mail.example>"),
           ("To", SA),
           ("Subject", "تسجيل ورشة C"),
           ("Date", m.date),
           ("Message-ID", "<CAH3kLq0e7Xv2pR9sTn4wYb8mZc1dFgJ6uA5oNiE3rQx7BkW2Lg@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALHALABI, gmail_html(ALHALABI, rtl=True), charset="utf-8", cte="base64",
                  style="gmail")


# -- 008 ---------------------------------------------------------------------
# The long one: a Jobcenter team lead registers herself and a colleague for B
# (second wish E) and asks a question in the same mail (still a registration).
# Outlook multipart/alternative, windows-1252 quoted-printable.

LUEBBERS = """Sehr geehrte Frau Hölscher-Adamu,

vielen Dank für die Einladung zur Sommerakademie – das Programm kommt bei uns im Team sehr gut an.

Für den Integration Point melde ich hiermit meine Kollegin Dilara Acar und mich für den Workshop B (Anerkennung ausländischer Abschlüsse, Montagnachmittag) an. Falls B bereits voll sein sollte, wäre E unser Zweitwunsch.

Eine Rückfrage noch: Dürfen wir am Montag in der Mittagspause vor dem Workshop einen kleinen Tisch mit unseren Flyern aufstellen? Viele Teilnehmende aus dem Workshop A dürften ja genau unsere Zielgruppe beraten.

Mit freundlichen Grüßen

Martina Lübbers
Teamleitung Integration Point
Jobcenter Nordheide
Am Bahnhof 14 · 49393 Heidkamp
Tel. 05471 9930-412"""


@mail("luebbers-jobcenter-outlook-b-else-e", "2027-05-11 08:05:12",
      E("registration", "martina.luebbers@jobcenter-nordheide.example", "Martina Lübbers",
        "Jobcenter Nordheide", ["B", "E"], 2, "de"), "de")
def _(m):
    m.head(("From", '"Lübbers, Martina" <martina.luebbers@jobcenter-nordheide.example>'),
           ("To", TO_SA),
           ("Subject", "Anmeldung Sommerakademie - Integration Point Jobcenter"),
           ("Thread-Topic", "Anmeldung Sommerakademie - Integration Point Jobcenter"),
           ("Thread-Index", "AdvCd1Hk7Rz0m2QbTqK8y3FwS9pXcg=="),
           ("Date", m.date),
           ("Message-ID", "<BE1P281MB2741F3A9C0D1E2B4A7C6@BE1P281MB2741.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(LUEBBERS, outlook_html(LUEBBERS), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 009 ---------------------------------------------------------------------
# Russian one-liner, windows-1251 8bit, KOI8-R RFC 2047 name.  "на D (среда
# после обеда)" = D (Wednesday afternoon).  Signed with the first name only.

@mail("vlasenko-russian-one-liner-d", "2027-05-11 12:20:44",
      E("registration", "irina.vlasenko@mail.example", "Ирина Власенко", None,
        ["D"], 1, "ru"), "ru")
def _(m):
    m.head(("From", f"{ew('Ирина Власенко', 'koi8-r', 'b')} <irina.vlasenko@mail.example>"),
           ("To", SA),
           ("Subject", ew("Запись на семинар", "koi8-r", "b")),
           ("Date", m.date),
           ("Message-ID", "<1810030844.552910384@f207.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день! Запишите меня, пожалуйста, на D (среда после обеда).
Ирина
""", charset="windows-1251", cte="8bit")


# -- 010 ---------------------------------------------------------------------
# Just a name and a letter.  No display name in From.

@mail("kaplan-name-and-letter", "2027-05-11 18:33:09",
      E("registration", "meryem.kaplan@mail.example", "Meryem Kaplan", None,
        ["E"], 1, "de"), "de")
def _(m):
    m.head(("From", "meryem.kaplan@mail.example"),
           ("To", SA),
           ("Subject", "Anmeldung Sommerakademie"),
           ("Date", m.date),
           ("Message-ID", "<20270511163309.Horde.q7Vb2kLmN0c1xR4eZp9Tw3a@webmail.mail.example>"),
           ("User-Agent", "Horde Application Framework 5"),
           ("MIME-Version", "1.0"))
    m.single("""Meryem Kaplan
E
""", charset="utf-8", cte="7bit")


# -- 011 ---------------------------------------------------------------------
# English from an iPhone; signs with a short first name, the From name is full.

@mail("whitfield-iphone-english-a", "2027-05-12 07:10:26",
      E("registration", "t.whitfield@mail.example", "Thomas Whitfield", None,
        ["A"], 1, "en"), "en")
def _(m):
    m.head(("From", "Thomas Whitfield <t.whitfield@mail.example>"),
           ("To", SA),
           ("Subject", "Summer academy"),
           ("Date", m.date),
           ("Message-ID", "<B41E7D0A-2C6F-4B93-A85E-1D9F3C7A0B26@mail.example>"),
           ("X-Mailer", "iPhone Mail (22F76)"),
           ("MIME-Version", "1.0"))
    m.single("""Hi, count me in for workshop A please (Monday morning). Cheers, Tom

Sent from my iPhone
""", charset="us-ascii", cte="7bit")


# -- 012 ---------------------------------------------------------------------
# Italian, ISO-8859-1 quoted-printable: E (giovedì mattina) with her sister -> 2.

@mail("ferraro-italian-e-with-sister", "2027-05-12 14:02:50",
      E("registration", "giulia.ferraro@mail.example", "Giulia Ferraro", None,
        ["E"], 2, "it"), "it")
def _(m):
    m.head(("From", "Giulia Ferraro <giulia.ferraro@mail.example>"),
           ("To", SA),
           ("Subject", "Iscrizione workshop E"),
           ("Date", m.date),
           ("Message-ID", "<000001db7b2e$41c7a2d0$c556e870$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "it"),
           ("MIME-Version", "1.0"))
    m.single("""Buongiorno,
vorrei iscrivermi al workshop E di giovedì mattina, insieme a mia sorella Chiara (quindi siamo in due).
Grazie e a presto!
Giulia Ferraro
""", charset="iso-8859-1", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Greek, ISO-8859-7 quoted-printable, name and subject in ISO-8859-7 RFC 2047.
# "εργαστήριο Β" is written with the GREEK capital beta (U+0392), not the Latin
# B; "Δευτέρα απόγευμα" = Monday afternoon, which is B's slot.

@mail("papadakis-greek-beta-monday-afternoon", "2027-05-12 20:15:33",
      E("registration", "nikos.papadakis@mail.example", "Νίκος Παπαδάκης", None,
        ["B"], 1, "el"), "el")
def _(m):
    m.head(("From", f"{ew('Νίκος Παπαδάκης', 'iso-8859-7', 'b')} <nikos.papadakis@mail.example>"),
           ("To", SA),
           ("Subject", ew("Συμμετοχή εργαστήριο Β", "iso-8859-7", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270512181533.4f2a9c1e@laptop-nikos.mail.example>"),
           ("X-Mailer", "Claws Mail 4.1.1"),
           ("MIME-Version", "1.0"))
    m.single("""Καλησπέρα σας,

θα ήθελα να δηλώσω συμμετοχή στο εργαστήριο Β (Δευτέρα απόγευμα).

Ευχαριστώ,
Νίκος Παπαδάκης
""", charset="iso-8859-7", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# Dari (Afghan Persian; ISO 639-1 has no code of its own, so "fa"): "ورکشاپ A
# روز دوشنبه قبل از ظهر اشتراک کنم" = take part in workshop A on Monday
# morning.  Dari words: اشتراک کردن (take part), تشکر (thanks).  UTF-8 base64.

@mail("ahmadi-dari-a", "2027-05-13 08:30:05",
      E("registration", "fariba.ahmadi@mail.example", "Fariba Ahmadi", None,
        ["A"], 1, "fa"), "fa")
def _(m):
    m.head(("From", "Fariba Ahmadi <fariba.ahmadi@mail.example>"),
           ("To", SA),
           ("Subject", "ثبت نام ورکشاپ A"),
           ("Date", m.date),
           ("Message-ID", "<CAF8mPq2Rz7tY1kVb4nXw0sLc9dHe3jGu6oA5iQf2rMx8TkW1Zp@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""سلام علیکم،
می‌خواهم در ورکشاپ A روز دوشنبه قبل از ظهر اشتراک کنم.
تشکر
فریبا
""", charset="utf-8", cte="base64")


# -- 015 ---------------------------------------------------------------------
# "Bin dabei!" above the quoted invitation (Gmail, German attribution).  No
# workshop chosen: a registration with [].

@mail("moellers-bin-dabei-gmail-quote", "2027-05-13 11:11:48",
      E("registration", "kh.moellers@mail.example", "Karl-Heinz Möllers", None,
        [], 1, "de"), "de")
def _(m):
    attr = a_gmail_de(dt(INVITATION_TIME), f"{SA_NAME} <{SA}>")
    new = "Bin dabei!"
    m.head(("From", "Karl-Heinz Möllers <kh.moellers@mail.example>"),
           ("To", TO_SA),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAJw5rT1qX8vN3bKe0mZp7sYc2LdHf4gUo9aRi6E1nBx3WkQ7Tg@mail.gmail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(new, attr, INVITATION), gmail_html(new, attribution=attr, quoted=INVITATION),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 016 ---------------------------------------------------------------------
# Question with a conditional intent: she would register for D only if there
# is childcare on Wednesday -> question, no workshop.

@mail("oeztuerk-kinderbetreuung-question", "2027-05-13 16:40:12",
      E("question", "aylin.oeztuerk@mail.example", "Aylin Öztürk", None,
        [], None, "de"), "de")
def _(m):
    m.head(("From", "Aylin Öztürk <aylin.oeztuerk@mail.example>"),
           ("To", SA),
           ("Subject", "Frage zu Mittwoch"),
           ("Date", m.date),
           ("Message-ID", "<CAD2nYw8kT0pV5bRq3mXe7sLz1cHf9gJu4oA6iNb2rPx5TmE8Kw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo, gibt es am Mittwoch eine Kinderbetreuung? Dann würde ich mich für D anmelden.
LG Aylin Öztürk
""", charset="utf-8", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Subject only, "A + C", body only the iPhone line.  The invitation asks for
# one workshop plus a second wish, so the list keeps her order.

@mail("schulze-wessel-subject-a-plus-c", "2027-05-14 09:05:27",
      E("registration", "petra.schulze-wessel@mail.example", "Petra Schulze-Wessel", None,
        ["A", "C"], 1, "de"), "de")
def _(m):
    m.head(("From", "Petra Schulze-Wessel <petra.schulze-wessel@mail.example>"),
           ("To", SA),
           ("Subject", "Anmeldung A + C"),
           ("Date", m.date),
           ("Message-ID", "<9C2D4E61-7A0B-4F35-B8D2-E6A1C3F07B94@mail.example>"),
           ("X-Mailer", "iPhone Mail (22F76)"),
           ("MIME-Version", "1.0"))
    m.single("""

Von meinem iPhone gesendet
""", charset="us-ascii", cte="7bit")


# -- 018 ---------------------------------------------------------------------
# Only a signature, HTML only (Outlook, windows-1252 QP); the workshop is in
# the subject.  The organisation is the Caritas association (the
# "Integrationsagentur" line is its department).

TAVAKOLI = """-- 
Dr. Reza Tavakoli
Integrationsagentur
Caritasverband Nordheide e.V.
Bahnhofstraße 22 · 49393 Heidkamp
Tel. 05471 8820-14"""


@mail("tavakoli-signature-only-html", "2027-05-14 14:48:36",
      E("registration", "r.tavakoli@caritas-nordheide.example", "Reza Tavakoli",
        "Caritasverband Nordheide e.V.", ["B"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Tavakoli, Reza" <r.tavakoli@caritas-nordheide.example>'),
           ("To", SA),
           ("Subject", "Anmeldung Workshop B"),
           ("Thread-Topic", "Anmeldung Workshop B"),
           ("Thread-Index", "AdvEu3Lr5pQ0x8TkYbN2mZc7wRs1aQ=="),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB0437A6C1E9D2B3F4@FR2P281MB0437.DEUP281.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(TAVAKOLI), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Turkish subject only ("Kayıt: E, 3 kişi" = registration: E, 3 persons) in
# ISO-8859-9 RFC 2047; body only the Turkish iPhone line.

@mail("korkmaz-turkish-subject-only", "2027-05-15 21:03:14",
      E("registration", "h.korkmaz@mail.example", "Hatice Korkmaz", None,
        ["E"], 3, "tr"), "tr")
def _(m):
    m.head(("From", "Hatice Korkmaz <h.korkmaz@mail.example>"),
           ("To", SA),
           ("Subject", ew("Kayıt: E, 3 kişi", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<E7A13B52-0F9C-4D6E-92B1-5C8D7E4A3F10@mail.example>"),
           ("X-Mailer", "iPhone Mail (22F76)"),
           ("MIME-Version", "1.0"))
    m.single("""

iPhone'umdan gönderildi
""", charset="utf-8", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Advertising (other): a caterer offers lunch packages for "your summer
# academy"; it asks for a booking ("Jetzt anmelden").

CATERING = """Sommer-Special für Tagungen und Akademien

Guten Tag,

Sie planen im Sommer eine Akademie, einen Workshop oder eine Fortbildung?
Wir liefern frisch und regional – direkt in Ihren Tagungsraum:

- Kaffeepause Montag bis Freitag ab 4,90 € pro Person
- Mittagsbuffet (auch vegetarisch, vegan und halal) ab 13,50 €
- Obstkorb und Wasser für jeden Workshop inklusive

Bei Buchung bis 30. Juni erhalten Sie 10 % Frühbucherrabatt.
Jetzt Angebot anfordern: https://eventcatering-heidkamp.example/sommer

Heidkamper Event-Catering GmbH · Gewerbering 9 · 49393 Heidkamp
Sie möchten keine Angebote mehr erhalten? https://eventcatering-heidkamp.example/abmelden"""

CATERING_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Sommer-Special</title></head>
<body style="margin:0;background:#fff8ec;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333;">
<tr><td style="background:#e8871e;color:#fff;"><h1 style="margin:0;font-size:24px;">Sommer-Special für Tagungen und Akademien</h1></td></tr>
<tr><td>
<p>Guten Tag,</p>
<p>Sie planen im Sommer eine Akademie, einen Workshop oder eine Fortbildung?<br>Wir liefern frisch und regional – direkt in Ihren Tagungsraum:</p>
<ul><li>Kaffeepause Montag bis Freitag ab 4,90 € pro Person</li><li>Mittagsbuffet (auch vegetarisch, vegan und halal) ab 13,50 €</li><li>Obstkorb und Wasser für jeden Workshop inklusive</li></ul>
<p><b>Bei Buchung bis 30. Juni erhalten Sie 10 % Frühbucherrabatt.</b></p>
<p><a href="https://eventcatering-heidkamp.example/sommer" style="background:#e8871e;color:#fff;padding:10px 18px;text-decoration:none;">Jetzt Angebot anfordern</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#888;">Heidkamper Event-Catering GmbH · Gewerbering 9 · 49393 Heidkamp<br>
<a href="https://eventcatering-heidkamp.example/abmelden">Keine Angebote mehr erhalten</a></td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("catering-advertising", "2027-05-18 07:30:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Heidkamper Event-Catering <angebote@eventcatering-heidkamp.example>"),
           ("To", SA),
           ("Subject", ew("☀ Sommer-Special: Verpflegung für Ihre Akademie – 10 % Frühbucherrabatt", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<mc.20270518053000.7f3a91@news.eventcatering-heidkamp.example>"),
           ("List-Unsubscribe", "<https://eventcatering-heidkamp.example/abmelden?u=5521>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Mailer", "Mailchimp Mailer - **CID7f3a91**"),
           ("MIME-Version", "1.0"))
    m.alternative(CATERING, CATERING_HTML, charset="utf-8", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Change as a question from the iPhone ("Doch lieber C statt A, geht das?"),
# quoting the confirmation for A.

@mail("overbeck-change-c-instead-of-a", "2027-05-18 12:40:19",
      E("change", "jens.overbeck@mail.example", "Jens Overbeck", None,
        ["C"], None, "de"), "de")
def _(m):
    c = S["overbeck"]
    attr = a_ios_de(c.t, f"{SA_NAME} <{SA}>")
    new = "Doch lieber C statt A, geht das?\nGruß Jens\n\nVon meinem iPhone gesendet"
    m.head(("From", "Jens Overbeck <jens.overbeck@mail.example>"),
           ("To", TO_SA),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0D8E2F71-B3C4-4A59-8E60-2F1B7C9D4A35@mail.example>"),
           ("In-Reply-To", c.msgid),
           ("References", c.msgid),
           ("X-Mailer", "iPhone Mail (22F76)"),
           ("MIME-Version", "1.0"))
    m.alternative(ios_plain(new, attr, c.text), ios_html(new, attr, c.text),
                  charset="utf-8", cte="quoted-printable", style="apple")


# -- 022 ---------------------------------------------------------------------
# English question: may private volunteers take part?  No registration.

@mail("boateng-english-question-private", "2027-05-19 17:22:45",
      E("question", "kwame.boateng@mail.example", "Kwame Boateng", None,
        [], None, "en"), "en")
def _(m):
    m.head(("From", "Kwame Boateng <kwame.boateng@mail.example>"),
           ("To", SA),
           ("Subject", "Question about the summer academy"),
           ("Date", m.date),
           ("Message-ID", "<PA4P190MB1288E0C3B7D5A961@PA4P190MB1288.EURP190.PROD.OUTLOOK.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

quick question - can private individuals take part as well, or is the academy only for staff of organisations? I volunteer as a homework helper but there is no organisation behind me.

Thanks,
Kwame
""", charset="us-ascii", cte="7bit")


# -- 023 ---------------------------------------------------------------------
# Arabic change from C to D, Gmail reply with an Arabic attribution above the
# quoted German confirmation.  "زوجتي لا تستطيع يوم الثلاثاء" = my wife cannot
# on Tuesday; both move, the number stays (null).

ALHALABI_CHANGE = """مرحباً،
هل يمكن تغيير تسجيلنا من الورشة C إلى الورشة D (الأربعاء بعد الظهر)؟ زوجتي لا تستطيع يوم الثلاثاء.
شكراً
أحمد"""


@mail("alhalabi-arabic-change-to-d", "2027-05-20 10:05:38",
      E("change", "ahmad.alhalabi@mail.example", "Ahmad Alhalabi", None,
        ["D"], None, "ar"), "ar")
def _(m):
    c = S["alhalabi"]
    attr = a_gmail_ar(c.t, f"{SA_NAME} <{SA}>")
    m.head(("From", "Ahmad Alhalabi <ahmad.alhalabi@mail.example>"),
           ("To", TO_SA),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAH3kLq2Tz9vX4pN8sRb1wYe7mQc0dFgK5uA3oJiL6rGx2BnV9Hs@mail.gmail.example>"),
           ("In-Reply-To", c.msgid),
           ("References", c.msgid),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(ALHALABI_CHANGE, attr, c.text),
                  gmail_html(ALHALABI_CHANGE, rtl=True, attribution=attr, quoted=c.text),
                  charset="utf-8", cte="base64", style="gmail")


# -- 024 ---------------------------------------------------------------------
# A long one for contrast: an association's secretary registers four people
# for C (second wish E, "zum Donnerstag"), with two questions.  Thunderbird,
# UTF-8 quoted-printable.  "Gülistan Aydemir" is the chair who comes along.

@mail("tekin-long-verein-c-else-e", "2027-05-21 19:30:07",
      E("registration", "rojda.tekin@kurdische-familien-nordheide.example", "Rojda Tekin",
        "Verein Kurdischer Familien Nordheide e.V.", ["C", "E"], 4, "de"), "de")
def _(m):
    m.head(("From", "Rojda Tekin <rojda.tekin@kurdische-familien-nordheide.example>"),
           ("To", SA),
           ("Subject", "Anmeldung Sommerakademie - Verein Kurdischer Familien"),
           ("Date", m.date),
           ("Message-ID", "<b3f1d7a2-6c40-4e8b-9a15-0e2c7d9f4b68@kurdische-familien-nordheide.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.10.1"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Liebe Frau Hölscher-Adamu,

wir haben im Vorstand über Ihre Einladung gesprochen und möchten sehr gern
mit mehreren Leuten zur Sommerakademie kommen. Viele Mütter aus unserem
Verein haben Fragen rund um Kita-Platz, Elternabend und die
Ausbildungssuche ihrer Kinder – deshalb passt der Workshop am
Dienstagvormittag (C) für uns am besten. Falls der schon voll ist, würden
wir stattdessen zum Donnerstag (E) kommen.

Wir wären zu viert: unsere Vorsitzende Gülistan Aydemir, zwei Mütter aus
unserer Elterngruppe und ich.

Zwei der Frauen sprechen noch nicht so gut Deutsch. Ist es in Ordnung,
wenn wir ihnen leise übersetzen, oder stört das die anderen? Und gibt es
beim Kreishaus Parkplätze, die nicht so teuer sind?

Vielen Dank und herzliche Grüße
Rojda Tekin
Schriftführerin
Verein Kurdischer Familien Nordheide e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Two words ("Montag nachmittag.") above the invitation, Outlook plain+HTML
# with "-----Ursprüngliche Nachricht-----".  The slot is B's.

HUEPPE = """Montag nachmittag.

Gerlinde Hüppe
Migrationsberatung für Erwachsene
AWO Kreisverband Nordheide e.V."""


@mail("hueppe-montag-nachmittag-outlook-quote", "2027-05-25 08:55:21",
      E("registration", "g.hueppe@awo-nordheide.example", "Gerlinde Hüppe",
        "AWO Kreisverband Nordheide e.V.", ["B"], 1, "de"), "de")
def _(m):
    quote = (f"{SA_NAME} <{SA}>", d_outlook_de(dt(INVITATION_TIME)),
             "undisclosed-recipients:", INVITATION_SUBJECT, INVITATION)
    m.head(("From", '"Hüppe, Gerlinde" <g.hueppe@awo-nordheide.example>'),
           ("To", TO_SA),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbwYv5lM0tB3nKzUeP2oQ7rS1xV7Nq4Ykc"),
           ("Date", m.date),
           ("Message-ID", "<AM0P281MB03518D2C7E4F1A6B@AM0P281MB0351.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(HUEPPE, quote), outlook_html(HUEPPE, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 026 ---------------------------------------------------------------------
# Out-of-office from a small provider's autoresponder, answering the
# confirmation of 025: no Auto-Submitted, no X-Autoreply, no Precedence;
# only the subject word "Abwesenheitsnotiz" and the text show what it is.

@mail("hueppe-oof-text-only", "2027-05-25 08:56:30",
      E("auto_reply"), "de")
def _(m):
    conf_id = "<mailbot.20270525085558.3e91c0@kreis-nordheide.example>"
    m.head(("From", '"Hüppe, Gerlinde" <g.hueppe@awo-nordheide.example>'),
           ("To", TO_SA),
           ("Subject", "Abwesenheitsnotiz: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<abw.1811228190.8812@awo-nordheide.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich bin ab heute bis einschließlich 11. Juni nicht im Haus. Ihre E-Mail wird
nicht weitergeleitet und erst nach meiner Rückkehr gelesen.

In dringenden Fällen erreichen Sie die Migrationsberatung der AWO unter
05471 4400-0.

Mit freundlichen Grüßen
Gerlinde Hüppe
""", charset="iso-8859-1", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Italian cancellation for both sisters, Gmail reply with an Italian
# attribution above the quoted German confirmation (E, 2 persons).

FERRARO_CANCEL = """Buonasera,
purtroppo dobbiamo disdire: giovedì 8 luglio lavoriamo tutte e due. Ci dispiace molto!
Giulia"""


@mail("ferraro-italian-cancel", "2027-06-02 18:44:10",
      E("cancellation", "giulia.ferraro@mail.example", "Giulia Ferraro", None,
        [], None, "it"), "it")
def _(m):
    c = S["ferraro"]
    attr = a_gmail_it(c.t, f"{SA_NAME} <{SA}>")
    m.head(("From", "Giulia Ferraro <giulia.ferraro@mail.example>"),
           ("To", TO_SA),
           ("Subject", "R: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAG6tWp3Lz0vR8qN5sYb2xKe9mTc4dFhJ7uB1oPiM3rEx6VnQ0Ds@mail.gmail.example>"),
           ("In-Reply-To", c.msgid),
           ("References", c.msgid),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(FERRARO_CANCEL, attr, c.text),
                  gmail_html(FERRARO_CANCEL, attribution=attr, quoted=c.text),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 028 ---------------------------------------------------------------------
# Russian question, KOI8-R quoted-printable: may one sign up for two workshops,
# A and B, both on Monday?  It names A and B but registers no one.

@mail("smirnov-russian-question-two-workshops", "2027-06-03 09:12:50",
      E("question", "oleg.smirnov@mail.example", "Олег Смирнов", None,
        [], None, "ru"), "ru")
def _(m):
    m.head(("From", f"{ew('Олег Смирнов', 'koi8-r', 'q')} <oleg.smirnov@mail.example>"),
           ("To", SA),
           ("Subject", ew("Вопрос по летней академии", "koi8-r", "q")),
           ("Date", m.date),
           ("Message-ID", "<1590211652.20270603091250@mail.example>"),
           ("X-Mailer", "The Bat! (v10.4.3) Professional"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Можно ли записаться сразу на два семинара - A и B? Они оба в понедельник,
один утром, другой после обеда, так что по времени не пересекаются.

Спасибо,
Олег Смирнов
""", charset="koi8-r", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Empty subject; the body is one line: name, institution, letter.

@mail("lindemann-empty-subject-one-line", "2027-06-07 13:27:03",
      E("registration", "h.lindemann@fbs-heidkamp.example", "Hanna Lindemann",
        "Ev. Familienbildungsstätte Heidkamp", ["D"], 1, "de"), "de")
def _(m):
    m.head(("From", "Hanna Lindemann <h.lindemann@fbs-heidkamp.example>"),
           ("To", SA),
           ("Subject", ""),
           ("Date", m.date),
           ("Message-ID", "<5e2a8c71-0b94-4d3f-a6e1-9c7b2d0f8e43@fbs-heidkamp.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Hanna Lindemann, Ev. Familienbildungsstätte Heidkamp, D
""", charset="utf-8", cte="quoted-printable", params={"format": "flowed"})


# -- 030 ---------------------------------------------------------------------
# Greek change, asked as a question: "από το Β στο Δ" with the Greek letters
# beta and delta (Δ, the fourth letter, = D), confirmed by "Τετάρτη απόγευμα"
# (Wednesday afternoon).  Gmail, UTF-8, Greek attribution, quoted confirmation.

PAPADAKIS_CHANGE = """Γεια σας,
μπορώ να αλλάξω από το Β στο Δ (Τετάρτη απόγευμα); Τη Δευτέρα τελικά δουλεύω.
Ευχαριστώ πολύ
Νίκος"""


@mail("papadakis-greek-change-to-delta", "2027-06-08 21:40:16",
      E("change", "nikos.papadakis@mail.example", "Νίκος Παπαδάκης", None,
        ["D"], None, "el"), "el")
def _(m):
    c = S["papadakis"]
    attr = a_gmail_el(c.t, f"{SA_NAME} <{SA}>")
    m.head(("From", "Νίκος Παπαδάκης <nikos.papadakis@mail.example>"),
           ("To", TO_SA),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAE1pRw7Mz4vT0qK9sXb3nYe6mLc8dGhF2uA5oQiN1rHx7WkS4Bt@mail.gmail.example>"),
           ("In-Reply-To", c.msgid),
           ("References", c.msgid),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(PAPADAKIS_CHANGE, attr, c.text),
                  gmail_html(PAPADAKIS_CHANGE, attribution=attr, quoted=c.text),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 031 ---------------------------------------------------------------------
# Dari cancellation, a new mail (no quote).  "نمی‌توانم بیایم، لطفاً نام مرا از
# لست خط بزنید" = I cannot come, please strike my name from the list (لست,
# from English "list", is Afghan usage).  UTF-8 8bit.

@mail("ahmadi-dari-cancel", "2027-06-10 16:05:09",
      E("cancellation", "fariba.ahmadi@mail.example", "Fariba Ahmadi", None,
        [], None, "fa"), "fa")
def _(m):
    m.head(("From", "Fariba Ahmadi <fariba.ahmadi@mail.example>"),
           ("To", SA),
           ("Subject", "لغو ثبت نام"),
           ("Date", m.date),
           ("Message-ID", "<CAF8mPq5Wx2tK7nVb0rZe4sLc1dHy9jGu3oA6iQf8rMx2TkP5Nd@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""سلام
متأسفانه روز دوشنبه نمی‌توانم بیایم، لطفاً نام مرا از لست خط بزنید.
با احترام
فریبا
""", charset="utf-8", cte="8bit")


# -- 032 ---------------------------------------------------------------------
# Lower case, no punctuation, Outlook for Android: "ich will zu d und mein
# mann auch" = D, 2 persons.

BAUER = """hallo ich will zu d und mein mann auch
lg svenja bauer

Outlook für Android herunterladen<https://aka.example/ghei36>"""


@mail("bauer-lowercase-android-d-two", "2027-06-11 22:17:44",
      E("registration", "svenja.bauer@mail.example", "Svenja Bauer", None,
        ["D"], 2, "de"), "de")
def _(m):
    m.head(("From", "Svenja Bauer <svenja.bauer@mail.example>"),
           ("To", SA),
           ("Subject", "sommerakademie"),
           ("Date", m.date),
           ("Message-ID", "<AS8P194MB1163B2E0D7C9F4A1@AS8P194MB1163.EURP194.PROD.OUTLOOK.example>"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    html_text = ("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
                 "</head>\n<body>\n<div dir=\"auto\">hallo ich will zu d und mein mann auch</div>\n"
                 "<div dir=\"auto\">lg svenja bauer</div>\n<div dir=\"auto\"><br></div>\n"
                 "<div id=\"ms-outlook-mobile-signature\" dir=\"auto\">Outlook für Android "
                 "<a href=\"https://aka.example/ghei36\">herunterladen</a></div>\n</body>\n</html>\n")
    m.alternative(BAUER, html_text, charset="utf-8", cte="quoted-printable", style="outlook")


# -- 033 ---------------------------------------------------------------------
# Change of party size (2 -> 3), GMX-style quote of the confirmation.  No
# workshop change.

KOETTER_CHANGE = """Hallo,
eine Kollegin kommt noch mit, wir sind dann zu dritt.
Gruß S. Kötter"""


@mail("koetter-change-party-three", "2027-06-14 07:48:26",
      E("change", "s.koetter@kita-sonnenblume.example", "Sabine Kötter", None,
        [], 3, "de"), "de")
def _(m):
    c = S["koetter"]
    text = (f"{KOETTER_CHANGE}\n\n\nGesendet: {d_gmx(c.t)}\nVon: \"{SA_NAME}\" <{SA}>\n"
            f"An: s.koetter@kita-sonnenblume.example\nBetreff: {CONFIRMATION_SUBJECT}\n\n{c.text}")
    m.head(("From", f"{ew('Sabine Kötter', 'iso-8859-1')} <s.koetter@kita-sonnenblume.example>"),
           ("To", SA),
           ("Subject", "Aw: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<trinity-8b40e1d2-3c57-4a9f-b06e-d2f7c1a9e584-1812952106771@3c-app-gmx-bap17>"),
           ("In-Reply-To", c.msgid),
           ("References", c.msgid),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    m.single(text, charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Arabic question, windows-1256 quoted-printable: are the workshops in German
# only, may she bring an interpreter?  No registration.

@mail("alsayed-arabic-question-cp1256", "2027-06-15 11:30:00",
      E("question", "nour.alsayed@mail.example", "Nour Al-Sayed", None,
        [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Nour Al-Sayed <nour.alsayed@mail.example>"),
           ("To", SA),
           ("Subject", ew("سؤال عن الأكاديمية الصيفية", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<000601db8d1c$5e2f7a10$1a8e6e30$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ar-sy"),
           ("MIME-Version", "1.0"))
    m.single("""مرحبا،
هل الورشات باللغة الألمانية فقط؟ أنا أفهم الألمانية قليلاً. هل يمكن أن أحضر مع مترجمة؟
نور
""", charset="windows-1256", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Turkish registration for D with a request for the waiting list if D is
# full ("Doluysa beni lütfen bekleme listesine alın").  ISO-8859-9 8bit.

@mail("dogan-turkish-d-waitlist", "2027-06-18 10:14:33",
      E("registration", "serkan.dogan@mail.example", "Serkan Doğan", None,
        ["D"], 1, "tr"), "tr")
def _(m):
    m.head(("From", f"{ew('Serkan Doğan', 'iso-8859-9', 'q')} <serkan.dogan@mail.example>"),
           ("To", SA),
           ("Subject", ew("Sommerakademie kayıt D", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270618081433.3b7c2e1a9f@mail.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,
D atölyesine kaydolmak istiyorum. Doluysa beni lütfen bekleme listesine alın.
Saygılar
Serkan Doğan
""", charset="iso-8859-9", cte="8bit")


# -- 036 ---------------------------------------------------------------------
# Two hours later: reply to the waiting-list notice for D, "O zaman C olsun"
# (then let it be C) -> change to C.  Roundcube quote, UTF-8.

DOGAN_CHANGE = """O zaman C olsun. Teşekkürler
Serkan"""


@mail("dogan-turkish-change-to-c", "2027-06-18 12:02:51",
      E("change", "serkan.dogan@mail.example", "Serkan Doğan", None,
        ["C"], None, "tr"), "tr")
def _(m):
    c = S["dogan"]
    text = (f"{DOGAN_CHANGE}\n\n{c.t:%d.%m.%Y %H:%M} tarihinde {SA_NAME} yazdı:\n"
            f"{gt_quote(c.text)}\n")
    m.head(("From", f"{ew('Serkan Doğan', 'iso-8859-9', 'q')} <serkan.dogan@mail.example>"),
           ("To", TO_SA),
           ("Subject", "Re: " + WAITLIST_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<20270618100251.9e4d1c7b2a@mail.example>"),
           ("In-Reply-To", c.msgid),
           ("References", c.msgid),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single(text, charset="utf-8", cte="quoted-printable", params={"format": "flowed"})


# -- 037 ---------------------------------------------------------------------
# One-line cancellation from the iPhone, a new mail (no quote).

@mail("schulze-wessel-cancel-one-line", "2027-06-22 06:58:12",
      E("cancellation", "petra.schulze-wessel@mail.example", "Petra Schulze-Wessel", None,
        [], None, "de"), "de")
def _(m):
    m.head(("From", "Petra Schulze-Wessel <petra.schulze-wessel@mail.example>"),
           ("To", SA),
           ("Subject", "Absage Sommerakademie"),
           ("Date", m.date),
           ("Message-ID", "<3A7F0C5D-E2B1-4968-A4D3-7B0E9C2F6D18@mail.example>"),
           ("X-Mailer", "iPhone Mail (22F76)"),
           ("MIME-Version", "1.0"))
    m.single("""Muss leider absagen.
Petra Schulze-Wessel

Von meinem iPhone gesendet
""", charset="us-ascii", cte="7bit")


# -- 038 ---------------------------------------------------------------------
# German bounce of the 7-day reminder: the recipient's mailbox is full
# (5.2.2).  multipart/report with the whole reminder as message/rfc822.

@mail("webmail-bounce-mailbox-full-de", "2027-06-28 08:00:40",
      E("bounce", bounced="h.korkmaz@mail.example"), "de")
def _(m):
    c = S["korkmaz"]
    rcpt = "h.korkmaz@mail.example"
    m.head(("From", "Mail Delivery System <MAILER-DAEMON@mx01.mail.example>"),
           ("To", SA),
           ("Subject", "Unzustellbar: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<dsn.20270628080040.51c7e@mx01.mail.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""Dies ist eine automatisch erstellte Nachricht des Mailsystems.

Ihre Nachricht konnte an folgenden Empfänger nicht zugestellt werden:

    {rcpt}

Grund: Das Postfach des Empfängers ist voll (Speicherplatz überschritten).
Bitte versuchen Sie es später noch einmal oder benachrichtigen Sie den
Empfänger auf anderem Weg.

Technische Details:
    Remote-MTA: mx01.mail.example
    Status: 5.2.2 mailbox full, quota exceeded
""", charset="utf-8", cte="quoted-printable", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx01.mail.example"),
         ("Arrival-Date", "Mon, 28 Jun 2027 08:00:37 +0200")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox full, quota exceeded")])
    m.multi("report", [note, dsn, rfc822_part(c.message())],
            params={"report-type": "delivery-status"})


# -- 039 ---------------------------------------------------------------------
# English cancellation replying to the reminder (workshop A), from the
# iPhone, with an English iOS attribution above the quoted German reminder.

@mail("whitfield-english-cancel-reminder", "2027-06-29 07:31:05",
      E("cancellation", "t.whitfield@mail.example", "Thomas Whitfield", None,
        [], None, "en"), "en")
def _(m):
    c = S["whitfield"]
    attr = a_ios_en(c.t, f"{SA_NAME} <{SA}>")
    new = ("Sorry, can't make it after all - work got in the way. Please give my spot "
           "to someone on the waiting list.\nTom\n\nSent from my iPhone")
    m.head(("From", "Thomas Whitfield <t.whitfield@mail.example>"),
           ("To", TO_SA),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<7E5B1A94-C0D2-4F83-9B6A-3E8D1F2C0A57@mail.example>"),
           ("In-Reply-To", c.msgid),
           ("References", c.msgid),
           ("X-Mailer", "iPhone Mail (22F76)"),
           ("MIME-Version", "1.0"))
    m.alternative(ios_plain(new, attr, c.text), ios_html(new, attr, c.text),
                  charset="utf-8", cte="quoted-printable", style="apple")


# -- 040 ---------------------------------------------------------------------
# After the academy: a one-line thank-you (other).

@mail("overbeck-danke-after-event", "2027-07-09 17:05:33",
      E("other"), "de")
def _(m):
    m.head(("From", "Jens Overbeck <jens.overbeck@mail.example>"),
           ("To", SA),
           ("Subject", "Danke!"),
           ("Date", m.date),
           ("Message-ID", "<1B6C9E30-4D7F-4A21-8B5E-C2F0A9D3E716@mail.example>"),
           ("X-Mailer", "iPhone Mail (22F76)"),
           ("MIME-Version", "1.0"))
    m.single("""Danke für Dienstag, war richtig gut! Bis nächstes Jahr
Jens

Von meinem iPhone gesendet
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


def _norm(s):
    return unicodedata.normalize("NFC", s).casefold()


def visible_text(msg):
    """Decoded top-level headers and every text leaf (HTML unescaped)."""
    chunks = [f"{k}: {v}" for k, v in msg.items()]
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            t = p.get_content()
            if p.get_content_subtype() == "html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            chunks.append(t)
    return "\n".join(chunks)


def check_label(e, text_lang, msg):
    """Problems with one expected.json record (checked against its mail)."""
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        return [f"unknown kind {kind!r}"]
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WORKGROUP_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg!r}")
    if kind not in ("registration", "change") and wg:
        problems.append(f"{kind} must have workgroups []")
    ps = e["party_size"]
    if kind == "registration":
        if not (isinstance(ps, int) and ps >= 1):
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if ps is not None and not (isinstance(ps, int) and ps >= 1):
            problems.append("change party_size must be null or >= 1")
        if ps is None and not wg:
            problems.append("a change must change the workshop or the number")
    elif ps is not None:
        problems.append(f"{kind} must have party_size null")
    if kind == "bounce":
        b = e["bounced_recipient"]
        if not b or b != b.lower():
            problems.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient only for bounces")
    seen = _norm(visible_text(msg))
    if kind in PERSON_KINDS:
        em = e["email"]
        if not em or em != em.lower():
            problems.append("person kinds need a lower-case email")
        else:
            hdr = [a.lower() for _, a in getaddresses(
                [str(v) for k in ("From", "Reply-To") for v in msg.get_all(k, [])])]
            if em not in hdr and em not in seen:
                problems.append(f"email {em} occurs nowhere in the mail")
        if not e["name"]:
            problems.append("person kinds need a name")
        elif _norm(e["name"]) not in seen:
            problems.append(f"name {e['name']!r} occurs nowhere in the mail")
        if e["organisation"] is not None and _norm(e["organisation"]) not in seen:
            problems.append(f"organisation {e['organisation']!r} occurs nowhere in the mail")
        if e["language"] not in LANGUAGES:
            problems.append(f"language {e['language']!r} not one of {LANGUAGES}")
        elif e["language"] != text_lang:
            problems.append(f"language {e['language']} but the text is {text_lang}")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{kind} must have {k} null")
    return problems


def check(name, data, m, expected, text_lang):
    """Problems found in one written mail (empty list when fine)."""
    problems = []
    for i, line in enumerate(data.split(b"\n"), 1):
        if len(line.rstrip(b"\r")) > 998:
            problems.append(f"line {i} longer than 998 octets")
    if b"\r" in data.replace(b"\r\n", b""):
        problems.append("bare CR in the file")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (FIRST_DAY <= when < LAST_DAY):
        problems.append(f"date {when} outside 10 May - 31 July 2027")
    # every text part decodes strictly in its declared charset
    for p in all_parts(msg):
        if p.get_content_maintype() == "text":
            cs = p.get_content_charset() or "us-ascii"
            raw = p.get_payload(decode=True)
            try:
                raw.decode(cs, errors="strict")
            except (UnicodeDecodeError, LookupError) as exc:
                problems.append(f"text part does not decode as {cs}: {exc}")
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
    for dom in re.findall(r"(?:https?://|www\.)([\w.-]+)", text):
        dom = dom.rstrip(".").lower()
        if not EXAMPLE_DOMAIN.search(dom) and dom.removeprefix("www.") not in (
                "schemas.microsoft.com", "w3.org"):
            problems.append(f"non-example URL host {dom}")
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    problems += check_label(expected, text_lang, msg)
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    by_kind_lang = collections.Counter((e["kind"], t) for _, _, e, t in built)
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
    for kind in KINDS:
        row = {lang: n for (k, lang), n in sorted(by_kind_lang.items()) if k == kind}
        print(f"  {kind} languages:", row)
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

    for (name, m, e, lang), data in zip(built, datas):
        for problem in check(name, data, m, e, lang):
            print(f"{name}: {problem}")
            bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
