#!/usr/bin/env python3
"""Build the "final17b" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Städtepartnerschaftstag Bielefeld 2027 (see config.toml), five workshops
named after partner cities and regions: Rzeszów (RZE), Nowgorod (NOV),
Rochdale (ROC), Eskişehir (ESK), Ashanti (ASH).

Every mail text below is written by hand.  This script only wraps the texts in
MIME with the standard `email` package, writes the files, and reads every file
back with email.policy.default to check it (no defects, every text part decodes
strictly in its declared charset to exactly the written text, lines of at most
998 octets, rising dates, example domains only, consistent labels).

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).
Python 3.11, standard library only.  Paths are relative to this script's folder.
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
import tomllib
from email.charset import QP, BASE64, Charset
from email.header import Header, decode_header, make_header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
POLICY = email.policy.default.clone(refold_source="none")

PT = "partnerschaftstag@bielefeld.example"
PT_NAME = "Städtepartnerschaftstag Bielefeld"
TO_PT = f"{PT_NAME} <{PT}>"
INVITATION_ID = "<einladung-partnerschaftstag-2027.20270729145502@bielefeld.example>"
REMINDER_SUBJECT = "Erinnerung: Städtepartnerschaftstag Bielefeld am 18. September"
INVITATION_SUBJECT = "Einladung: Städtepartnerschaftstag Bielefeld 2027 – 18. September"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Städtepartnerschaftstag Bielefeld 2027"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
WG_IDS = ("RZE", "NOV", "ROC", "ESK", "ASH")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset=None, enc="q"):
    if name.isascii():
        return formataddr((name, address))
    if charset is None:
        return f"{name} <{address}>"
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text):
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))


def fold(name, value, width=78):
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
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def _h(slug, n):
    return hashlib.sha256(f"final17b/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


CEST = datetime.timezone(datetime.timedelta(hours=2))


class Mail:
    """One .eml under construction; remembers what each leaf part must decode to."""

    def __init__(self, slug, when, tz_hours=2):
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
        msg.set_raw("Delivered-To", PT)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime((self.when + datetime.timedelta(seconds=2)).astimezone(CEST))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.bielefeld.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{PT}>; {arrival} (CEST)")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None, record=True):
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
        if record:
            self.intended.append(text)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
               params=None):
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            self.msg[k] = v
        self.intended.append(text)

    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_DB9PR02MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:14]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.bielefeld.example"
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


# ---------------------------------------------------------------------------
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION = """Liebe Freundinnen und Freunde unserer Partnerstädte,
liebe Vereine, Schulen und Initiativen,

am Samstag, 18. September 2027, feiern wir von 10:00 bis 16:30 Uhr den
Städtepartnerschaftstag Bielefeld 2027 in der Ravensberger Spinnerei,
Ravensberger Park 1, 33607 Bielefeld.

Nach der Begrüßung durch den Oberbürgermeister arbeiten wir ab 11:30 Uhr in
fünf Werkstätten, die nach unseren Partnerstädten und -regionen benannt sind:

Werkstatt 1 – Rzeszów: Schulpartnerschaften und Jugendaustausch
Werkstatt 2 – Nowgorod: Bürgerkontakte in schwierigen Zeiten
Werkstatt 3 – Rochdale: Genossenschaften, Vereine, Ehrenamt
Werkstatt 4 – Eskişehir: Kultur, Musik und Bürgerreisen
Werkstatt 5 – Ashanti: Klimapartnerschaft und fairer Handel

Gäste aus den Partnerstädten sind in allen Werkstätten dabei. Es wird
gedolmetscht (Deutsch/Englisch, in den Werkstätten 1, 2 und 4 auch
Polnisch, Russisch bzw. Türkisch).

Bitte melden Sie sich bis zum 10. September 2027 per E-Mail an
partnerschaftstag@bielefeld.example an und nennen Sie Ihren Namen, Ihren
Verein oder Ihre Einrichtung, die gewünschte Werkstatt (gern mit
Zweitwunsch) und die Zahl der Personen.

Die Teilnahme ist kostenlos. Mittags gibt es ein Buffet mit Spezialitäten
aus allen Partnerstädten.

Mit freundlichen Grüßen
Annette Wellmann
Büro für internationale Beziehungen
Stadt Bielefeld"""

WG_LINE = {
    "RZE": "Werkstatt 1 – Rzeszów: Schulpartnerschaften und Jugendaustausch",
    "NOV": "Werkstatt 2 – Nowgorod: Bürgerkontakte in schwierigen Zeiten",
    "ROC": "Werkstatt 3 – Rochdale: Genossenschaften, Vereine, Ehrenamt",
    "ESK": "Werkstatt 4 – Eskişehir: Kultur, Musik und Bürgerreisen",
    "ASH": "Werkstatt 5 – Ashanti: Klimapartnerschaft und fairer Handel",
}


def confirmation(salutation, wg, persons):
    """The confirmation the registration mailbox sent (quoted in replies)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Städtepartnerschaftstag Bielefeld 2027
am Samstag, 18. September 2027, 10:00 bis 16:30 Uhr, in der Ravensberger
Spinnerei, Ravensberger Park 1, 33607 Bielefeld.

Ihre Werkstatt: {WG_LINE[wg]}
Angemeldete Personen: {persons}

Möchten Sie die Werkstatt wechseln oder absagen? Antworten Sie einfach auf
diese E-Mail.

Mit freundlichen Grüßen
Städtepartnerschaftstag Bielefeld
Büro für internationale Beziehungen"""


def reminder(salutation, wg, persons):
    return f"""Guten Tag {salutation},

in einer Woche ist es so weit: Am Samstag, 18. September 2027, findet der
Städtepartnerschaftstag Bielefeld 2027 statt (10:00 bis 16:30 Uhr,
Ravensberger Spinnerei, Ravensberger Park 1, 33607 Bielefeld).

Ihre Werkstatt: {WG_LINE[wg]}
Angemeldete Personen: {persons}

Falls Sie doch nicht kommen können, antworten Sie bitte kurz auf diese
E-Mail, damit wir Ihren Platz weitergeben können.

Mit freundlichen Grüßen
Städtepartnerschaftstag Bielefeld
Büro für internationale Beziehungen"""


def confirmation_message(to, salutation, wg, persons, when, msgid, in_reply_to):
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_PT
    m["To"] = to
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(salutation, wg, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


def conf_id(stamp):
    return f"<mailbot.{stamp}@bielefeld.example>"


REMINDER_ID_ORLOV = "<mailbot.reminder.20270911100004.0b17@bielefeld.example>"
REMINDER_ID_STROTOTTE = "<mailbot.reminder.20270911100006.4c2e@bielefeld.example>"


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
	{{font-family:Aptos;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang={lang} link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, charset="Windows-1252", lang="DE", quote=None, labels=None):
    """Outlook Word-HTML; quote = (from, sent, to, subject, quoted_text)."""
    labels = labels or ("Von:", "Gesendet:", "An:", "Betreff:")
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        frm, sent, to, subj, quoted = quote
        lf, ls, lt, lsub = labels
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'>{lf}</span></b>"
                   f"<span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'> {esc(frm)} <br>\n"
                   f"<b>{ls}</b> {esc(sent)}<br>\n<b>{lt}</b> {esc(to)}<br>\n"
                   f"<b>{lsub}</b> {esc(subj)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return (OUTLOOK_HEAD.format(charset=charset, lang=lang) + "\n".join(out)
            + "\n</div>\n</body>\n</html>\n")


def outlook_plain(text, quote=None, labels=None):
    if not quote:
        return text
    labels = labels or ("Von:", "Gesendet:", "An:", "Betreff:")
    frm, sent, to, subj, quoted = quote
    lf, ls, lt, lsub = labels
    return (f"{text}\n\n{lf} {frm}\n{ls} {sent}\n{lt} {to}\n{lsub} {subj}\n\n{quoted}")


def gmail_html(text, quote_header=None, quoted=None):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    out = f'<div dir="ltr">{inner}</div>'
    if quote_header:
        q = "<br>".join(esc(line) for line in quoted.split("\n"))
        out += (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(quote_header)}'
                f'<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{q}</blockquote></div>')
    return out + "\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def samsung_html(text):
    inner = "".join(f"<div dir=\"auto\">{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">"
            f"</head><body>{inner}</body></html>\n")


# ---------------------------------------------------------------------------
# the mails, in arrival order; numbers follow this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=2):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Ticket-system receipt from the partner council (auto_reply), answering the
# invitation a minute after it went out.  "Rochdale" is all over it.

@mail("rochdale-council-ticket-receipt", "2027-07-29 13:55:41",
      E("auto_reply"), "en", tz=1)
def _(m):
    m.head(("From", "Rochdale Borough Council <noreply@rochdale-council.example>"),
           ("To", TO_PT),
           ("Subject", "[Ref: RBC-INT-271043] RE: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<RBC-INT-271043.1785329741@crm.rochdale-council.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All"),
           ("Precedence", "auto_reply"),
           ("MIME-Version", "1.0"))
    m.single("""Thank you for contacting Rochdale Borough Council.

This is an automatic acknowledgement. Your email has been received by the
International Partnerships team and logged under reference RBC-INT-271043.
Please quote this reference in any further correspondence.

We aim to respond to all enquiries within 10 working days. If your enquiry
is about a civic or twinning visit to Rochdale, please include the dates of
travel and the number of people in your group.

This mailbox is not monitored. Please do not reply to this email.

Rochdale Borough Council
Number One Riverside, Rochdale
""", charset="us-ascii", cte="7bit")


# -- 002 ---------------------------------------------------------------------
# Thunderbird reply quoting the whole invitation (all five workshops appear in
# the quote).  Rochdale was a trip, the wife would rather go to Rzeszów, but
# both stay together in Rochdale: ROC, 2.

@mail("sundermeier-thunderbird-rochdale-with-wife", "2027-08-02 09:14:22",
      E("registration", "h.sundermeier@wg-sparrenberg.example", "Hartwig Sundermeier",
        "Wohnungsgenossenschaft Am Sparrenberg eG", ["ROC"], 2, "de"), "de")
def _(m):
    m.head(("From", "Hartwig Sundermeier <h.sundermeier@wg-sparrenberg.example>"),
           ("To", TO_PT),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<3f0c9a51-6e2d-4b87-a1c4-57d29e0b8f13@wg-sparrenberg.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Wellmann,

danke für die Einladung, da sind wir gern dabei.

Ich melde mich und meine Frau Gisela an. Für mich kommt eigentlich nur
die Werkstatt Rochdale in Frage: Wir sind 2019 mit einer kleinen
Delegation unserer Genossenschaft nach Rochdale gefahren, ins Museum der
Pioneers in der Toad Lane, und das Thema lässt mich seitdem nicht los.
Gisela hätte ja eher Lust auf Rzeszów, aber wir bleiben lieber
zusammen, also bitte beide in die Rochdale-Werkstatt.

Mit freundlichen Grüßen
Hartwig Sundermeier

-- 
Wohnungsgenossenschaft Am Sparrenberg eG
Mitglied des Aufsichtsrats
Tel. 0521 13 88 40

Am 29.07.27 um 14:55 schrieb Städtepartnerschaftstag Bielefeld:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 003 ---------------------------------------------------------------------
# Polish, Gmail multipart/alternative.  She comes from Rzeszów ("z Rzeszowa"),
# the daughter was on exchange there ("w Rzeszowie"), and the choice is the
# adjective form "warsztat rzeszowski" plus "Werkstatt 1 – Rzeszów".

WROBEL_TEXT = """Dzień dobry,

nazywam się Agnieszka Wróbel, pochodzę z Rzeszowa, a w Bielefeld mieszkam od 2009 roku. Prowadzę zajęcia w polskiej szkole sobotniej.

Chciałabym zapisać się na Städtepartnerschaftstag 18 września, na warsztat rzeszowski (Werkstatt 1 – Rzeszów). Przyjdę z córką Martą – w zeszłym roku była w Rzeszowie na wymianie uczniowskiej i bardzo chce opowiedzieć o swoich doświadczeniach.

Pozdrawiam serdecznie
Agnieszka Wróbel
Polska Szkoła Sobotnia im. Marii Konopnickiej w Bielefeld"""


@mail("wrobel-polish-warsztat-rzeszowski", "2027-08-02 21:39:30",
      E("registration", "agnieszka.wrobel@poczta.example", "Agnieszka Wróbel",
        "Polska Szkoła Sobotnia im. Marii Konopnickiej w Bielefeld", ["RZE"], 2, "pl"), "pl")
def _(m):
    m.head(("From", "Agnieszka Wróbel <agnieszka.wrobel@poczta.example>"),
           ("To", PT),
           ("Subject", "Zgłoszenie – Städtepartnerschaftstag 18.09."),
           ("Date", m.date),
           ("Message-ID", "<CAF4kR2mW8zP1qN6vT3xL0bJ7cY5hD9sG2eU4oA8iK1nZ3rB6wQ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(WROBEL_TEXT, gmail_html(WROBEL_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 004 ---------------------------------------------------------------------
# English (UK), Outlook desktop multipart/alternative, windows-1252 QP.
# Four people from the Rochdale twinning association; "the Ghana one" is
# mentioned as a curiosity of two members, but they all stay in Rochdale.

HOLT_TEXT = """Dear Ms Wellmann,

Thank you for the invitation, which Councillor Ahmed kindly passed on to us.

Four of us from the Rochdale & District Twinning Association will be in Bielefeld that week (we arrive on the Thursday and fly home from Düsseldorf on the Sunday), and we would very much like to take part in the Partnership Day.

No prizes for guessing which workshop we would like – please put all four of us down for the Rochdale workshop. Two of our group did say they were curious about the Ghana one as well, but I think it is best that we stay together, particularly as we may be asked to say a few words about the town's co-operative history.

The four are: myself, Derek Holt, Shabana Iqbal and Peter Ashworth.

Kind regards,

Margaret Holt
Secretary
Rochdale & District Twinning Association
Tel. +44 1706 555 0192"""


@mail("holt-rochdale-twinning-four-outlook", "2027-08-03 09:17:58",
      E("registration", "m.holt@rochdale-twinning.example", "Margaret Holt",
        "Rochdale & District Twinning Association", ["ROC"], 4, "en"), "en", tz=1)
def _(m):
    m.head(("From", "Margaret Holt <m.holt@rochdale-twinning.example>"),
           ("To", PT),
           ("Subject", "Partnership Day 18 September - Rochdale group"),
           ("Thread-Topic", "Partnership Day 18 September - Rochdale group"),
           ("Thread-Index", "AdtkQ3b0uX2m9RkPT0i7aQ1vZc4qWg=="),
           ("Date", m.date),
           ("Message-ID", "<LO4P265MB5523B1D7E2A9C0F4A1E36B8DC1A@LO4P265MB5523.GBRP265.PROD.OUTLOOK.example>"),
           ("Accept-Language", "en-GB, en-US"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(HOLT_TEXT, outlook_html(HOLT_TEXT, lang="EN-GB"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 005 ---------------------------------------------------------------------
# Turkish, ISO-8859-9 QP.  "aslen Eskişehirliyim" = I am from Eskişehir by
# origin; "4. atölyeye, yani Eskişehir atölyesine" = workshop 4, i.e. the
# Eskişehir workshop.  "Eşim Mehmet de benimle gelecek" -> 2.  The invitation
# came "from our association", which is not named: organisation null.

@mail("kocabas-turkish-eskisehirli-iso-8859-9", "2027-08-04 12:30:40",
      E("registration", "emine.kocabas@mail.example", "Emine Kocabaş", None,
        ["ESK"], 2, "tr"), "tr")
def _(m):
    m.head(("From", addr("Emine Kocabaş", "emine.kocabas@mail.example", "iso-8859-9", "q")),
           ("To", PT),
           ("Subject", ew("Kayıt - Städtepartnerschaftstag 18 Eylül", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270804123040.6b1f2e@webmail.mail.example>"),
           ("X-Mailer", "Webmail 5.2"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

Städtepartnerschaftstag davetiyesini derneğimizden aldım. Ben aslen
Eskişehirliyim, 1994'ten beri Bielefeld'de yaşıyorum. Eskişehir ile
Bielefeld arasındaki bağın güçlenmesi beni çok mutlu ediyor.

4. atölyeye, yani Eskişehir atölyesine katılmak istiyorum. Eşim Mehmet de
benimle gelecek, toplam 2 kişiyiz.

Saygılarımla,
Emine Kocabaş
Tel: 0176 41 22 87 30
""", charset="iso-8859-9", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Russian, KOI8-R 8bit, plain.  She is from Nizhny Novgorod ("из Нижнего
# Новгорода, а не из Великого") - an origin, and not even the partner city.
# The choice is "мастерская «Жешув»" -> Rzeszów, written "Rzeszow" because
# KOI8-R has no ó.

@mail("belova-russian-koi8r-nizhny-novgorod-zheshuv", "2027-08-05 11:23:51",
      E("registration", "t.belova@rodnik-bielefeld.example", "Tatiana Belova",
        'Samstagsschule "Rodnik" e.V.', ["RZE"], 1, "ru"), "ru")
def _(m):
    m.head(("From", "Tatiana Belova <t.belova@rodnik-bielefeld.example>"),
           ("To", PT),
           ("Subject", ew("Регистрация на день городов-партнёров", "koi8-r", "b")),
           ("Date", m.date),
           ("Message-ID", "<1785921831.204417.3390@rodnik-bielefeld.example>"),
           ("X-Mailer", "The Bat! (v10.4.3) Professional"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день!

Меня зовут Татьяна Белова, я преподаю в русской субботней школе "Родник"
в Билефельде. Сразу уточню, чтобы не было путаницы: я родом из Нижнего
Новгорода, а не из Великого :) Меня об этом часто спрашивают.

На день городов-партнёров 18 сентября я бы хотела попасть в мастерскую
"Жешув" (Werkstatt 1, Rzeszow) - меня как учителя больше всего интересует
школьный обмен.

Приду одна.

С уважением,
Tatiana Belova
Samstagsschule "Rodnik" e.V.
""", charset="koi8-r", cte="8bit")


# -- 007 ---------------------------------------------------------------------
# Twi/English, Gmail multipart/alternative, UTF-8 base64.  From Kumasi, member
# of the Ghana Union (an ASH alias inside the organisation name), but he
# chooses Workshop 3 - Rochdale.

ASANTE_TEXT = """Maakye o!

Me din de Nana Yaw Asante. I saw the invitation on the Ghana Union WhatsApp group and I want to register for the Partnerschaftstag on 18th September.

Everybody will expect me in the Ashanti workshop because I be Kumasi boy 😄 but I studied in Manchester and my first job was with a housing co-op in Rochdale, so I go for Workshop 3 – Rochdale. I think I can contribute something there.

Just me alone.

Medaase,
Nana Yaw Asante
Ghana Union Bielefeld e.V.
0157 3390 2214"""


@mail("asante-twi-english-kumasi-boy-workshop-3", "2027-08-06 21:02:37",
      E("registration", "nanayaw.asante@mail.example", "Nana Yaw Asante",
        "Ghana Union Bielefeld e.V.", ["ROC"], 1, "en"), "en")
def _(m):
    m.head(("From", "Nana Yaw Asante <nanayaw.asante@mail.example>"),
           ("To", PT),
           ("Subject", "Registration Partnerschaftstag"),
           ("Date", m.date),
           ("Message-ID", "<CAP9dW4kL2rQ7mV0xT5bN8cH1fJ6sY3gE9uZ2oA4iR7nK0wB5tM@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ASANTE_TEXT, gmail_html(ASANTE_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 008 ---------------------------------------------------------------------
# Newsletter of a German-Polish society (other): mentions the event, Werkstatt
# Rzeszów and its own "Anmeldung" for a trip to Rzeszów.

DPG_TEXT = """Deutsch-Polnische Gesellschaft Bielefeld e.V. – Rundbrief August 2027

Liebe Mitglieder, liebe Freundinnen und Freunde,

in diesem Rundbrief:
1. Polnischer Herbst im Kino
2. Städtepartnerschaftstag am 18. September
3. Bürgerfahrt nach Rzeszów und Krakau im Mai 2028

1. Polnischer Herbst im Kino
Vom 1. bis 10. Oktober zeigen wir fünf neue polnische Filme mit deutschen Untertiteln. Eröffnung am 1. Oktober um 19 Uhr, zu Gast ist die Regisseurin Ewa Matuszczak. Karten: https://dpg-bielefeld.example/herbst

2. Städtepartnerschaftstag am 18. September
Die Stadt lädt in die Ravensberger Spinnerei ein. Für uns besonders interessant: die Werkstatt Rzeszów zu Schulpartnerschaften und Jugendaustausch. Bitte melden Sie sich direkt bei der Stadt an (partnerschaftstag@bielefeld.example), nicht bei uns.

3. Bürgerfahrt nach Rzeszów und Krakau, 14. bis 19. Mai 2028
Wir planen wieder eine Fahrt in unsere Partnerstadt. Anmeldungen bis zum 31. Oktober an reisen@dpg-bielefeld.example.

Sie erhalten diesen Rundbrief als Mitglied oder Abonnent der DPG Bielefeld.
Abbestellen: https://dpg-bielefeld.example/rundbrief/abbestellen?u=2291"""

DPG_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Rundbrief August 2027</title></head>
<body style="margin:0;background:#eeeeee;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;font-size:15px;color:#222;">
<tr><td style="background:#c8102e;color:#fff;"><h1 style="margin:0;font-size:21px;">Deutsch-Polnische Gesellschaft Bielefeld e.V.</h1><p style="margin:4px 0 0;">Rundbrief August 2027</p></td></tr>
<tr><td>
<p>Liebe Mitglieder, liebe Freundinnen und Freunde,</p>
<p>in diesem Rundbrief:</p>
<ol><li>Polnischer Herbst im Kino</li><li>Städtepartnerschaftstag am 18. September</li><li>Bürgerfahrt nach Rzeszów und Krakau im Mai 2028</li></ol>
<h2 style="font-size:17px;color:#c8102e;">Polnischer Herbst im Kino</h2>
<p>Vom 1. bis 10. Oktober zeigen wir fünf neue polnische Filme mit deutschen Untertiteln. Eröffnung am 1. Oktober um 19 Uhr, zu Gast ist die Regisseurin Ewa Matuszczak. <a href="https://dpg-bielefeld.example/herbst">Karten</a></p>
<h2 style="font-size:17px;color:#c8102e;">Städtepartnerschaftstag am 18. September</h2>
<p>Die Stadt lädt in die Ravensberger Spinnerei ein. Für uns besonders interessant: die Werkstatt Rzeszów zu Schulpartnerschaften und Jugendaustausch. Bitte melden Sie sich direkt bei der Stadt an (<a href="mailto:partnerschaftstag@bielefeld.example">partnerschaftstag@bielefeld.example</a>), nicht bei uns.</p>
<h2 style="font-size:17px;color:#c8102e;">Bürgerfahrt nach Rzeszów und Krakau, 14. bis 19. Mai 2028</h2>
<p>Wir planen wieder eine Fahrt in unsere Partnerstadt. Anmeldungen bis zum 31. Oktober an <a href="mailto:reisen@dpg-bielefeld.example">reisen@dpg-bielefeld.example</a>.</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;">Sie erhalten diesen Rundbrief als Mitglied oder Abonnent der DPG Bielefeld.<br>
<a href="https://dpg-bielefeld.example/rundbrief/abbestellen?u=2291">Abbestellen</a></td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("dpg-rundbrief-newsletter", "2027-08-09 08:00:03",
      E("other"), "de")
def _(m):
    m.head(("From", "DPG Bielefeld <rundbrief@dpg-bielefeld.example>"),
           ("To", PT),
           ("Subject", "Rundbrief August 2027: Polnischer Herbst, Partnerschaftstag, Bürgerfahrt Rzeszów"),
           ("Date", m.date),
           ("Message-ID", "<rundbrief-2027-08.2291.a7c3@dpg-bielefeld.example>"),
           ("List-Id", "DPG Rundbrief <rundbrief.dpg-bielefeld.example>"),
           ("List-Unsubscribe", "<https://dpg-bielefeld.example/rundbrief/abbestellen?u=2291>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(DPG_TEXT, DPG_HTML, charset="utf-8", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Outlook HTML only, windows-1252 QP.  A teacher registers herself and a
# colleague for the school's new Rzeszów partnership; the long-standing
# Rochdale exchange is background, and Rochdale is also the second choice.

MEYER_TEXT = """Sehr geehrte Frau Wellmann,

hiermit melde ich mich und meinen Kollegen Jens Tiemann für den Städtepartnerschaftstag am 18.09. an.

Unsere Schule pflegt seit 1987 einen Austausch mit der Hollingworth Lake Academy in Rochdale – den kennen wir also schon recht gut. Im letzten Schuljahr haben wir aber begonnen, eine neue Partnerschaft mit einem Liceum in Rzeszów aufzubauen, und genau dafür suchen wir Kontakte und Anregungen. Wir möchten deshalb beide in die Werkstatt Rzeszów; falls die voll ist, nehmen wir als Zweitwunsch Rochdale.

Mit freundlichen Grüßen

Dr. Christiane Meyer zu Hoberge
Fachbereichsleitung Fremdsprachen · Koordination Internationale Austausche
Gymnasium am Obersee
Am Obersee 12 · 33729 Bielefeld
Tel. 0521 51 66 80"""


@mail("meyer-zu-hoberge-school-outlook-html-only", "2027-08-10 07:48:12",
      E("registration", "c.meyerzuhoberge@gymnasium-obersee.example",
        "Christiane Meyer zu Hoberge", "Gymnasium am Obersee", ["RZE", "ROC"], 2, "de"), "de")
def _(m):
    m.head(("From", '"Meyer zu Hoberge, Christiane" <c.meyerzuhoberge@gymnasium-obersee.example>'),
           ("To", PT),
           ("Subject", "Anmeldung Städtepartnerschaftstag – Gymnasium am Obersee"),
           ("Thread-Topic", "Anmeldung Städtepartnerschaftstag – Gymnasium am Obersee"),
           ("Thread-Index", "AdtlA81kQmW0sR3tTrazf2Vh5kq9dQ=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1846E0A4C9B27D51F3A8C6D2B7E9@FR3P281MB1846.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(MEYER_TEXT), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Russian, Outlook multipart/alternative, windows-1251 QP.  The organisation
# is the Bielefeld–Nowgorod friendship circle; "новгородская мастерская"
# (adjective) + "Werkstatt 2"; "придут три человека" -> 3.

ORLOV_TEXT = """Здравствуйте, уважаемая госпожа Велльманн!

От имени нашего общества дружбы сообщаю, что на День городов-партнёров 18 сентября придут три человека: я, наш казначей Ольга Ремпель и Клаус Хоффманн, который ещё в девяностые годы организовывал первые поездки в Новгород.

Нас, конечно, интересует новгородская мастерская (Werkstatt 2). Официальные контакты с Великим Новгородом сейчас заморожены, но письма от старых друзей из Новгорода мы получаем до сих пор, и нам важно обсудить, как сохранить эти связи.

С уважением,
Dmitri Orlov
Vorsitzender
Freundeskreis Bielefeld – Welikij Nowgorod e.V."""


@mail("orlov-russian-freundeskreis-nowgorod-cp1251", "2027-08-11 20:15:09",
      E("registration", "d.orlov@freundeskreis-nowgorod.example", "Dmitri Orlov",
        "Freundeskreis Bielefeld – Welikij Nowgorod e.V.", ["NOV"], 3, "ru"), "ru")
def _(m):
    m.head(("From", "Dmitri Orlov <d.orlov@freundeskreis-nowgorod.example>"),
           ("To", PT),
           ("Subject", ew("Регистрация: Freundeskreis Bielefeld – Welikij Nowgorod",
                          "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<000c01dbf2a7$5d3e91c0$17b7b540$@freundeskreis-nowgorod.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ru"),
           ("MIME-Version", "1.0"))
    m.alternative(ORLOV_TEXT, outlook_html(ORLOV_TEXT, charset="windows-1251", lang="RU"),
                  charset="windows-1251", cte="quoted-printable", style="outlook")


# -- 011 ---------------------------------------------------------------------
# Question from an iPhone: are the workshops parallel?  She names two, will
# register once she knows -> question.

@mail("kleinesudeik-iphone-question-two-workshops", "2027-08-12 22:41:55",
      E("question", "b.kleinesudeik@icloud.example", "Britta Kleinesudeik", None,
        [], None, "de"), "de")
def _(m):
    m.head(("From", "Britta Kleinesudeik <b.kleinesudeik@icloud.example>"),
           ("To", PT),
           ("Subject", "Frage Werkstätten"),
           ("Date", m.date),
           ("Message-ID", "<7D2E41A9-0C58-4F3B-9E6A-B81C5D2F0E47@icloud.example>"),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

kurze Frage zum Partnerschaftstag: laufen die Werkstätten alle gleichzeitig oder kann man vormittags in eine und nachmittags in eine andere? Mich würden nämlich Eskişehir und Ashanti beide interessieren und ich kann mich nicht entscheiden 🙈

Dann melde ich mich an, sobald ich das weiß.

LG Britta Kleinesudeik

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Turkish, UTF-8 8bit.  The association is a hometown association named after
# Eskişehir; its elders will register separately for the Eskişehir workshop.
# The writer chooses "1. atölye (Rzeszów ...)" for himself alone.

@mail("yavuz-turkish-eskisehirliler-dernegi-rzeszow", "2027-08-13 18:06:30",
      E("registration", "cengiz.yavuz@eskisehirliler-bielefeld.example", "Cengiz Yavuz",
        "Bielefeld Eskişehirliler Kültür ve Dayanışma Derneği", ["RZE"], 1, "tr"), "tr", tz=2)
def _(m):
    m.head(("From", "Cengiz Yavuz <cengiz.yavuz@eskisehirliler-bielefeld.example>"),
           ("To", PT),
           ("Subject", ew("Städtepartnerschaftstag kaydı – gençlik kolu", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<a1e07c3b9d24f85e@eskisehirliler-bielefeld.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.7"),
           ("MIME-Version", "1.0"))
    m.single("""Sayın Wellmann Hanım,

Bielefeld Eskişehirliler Kültür ve Dayanışma Derneği'nin gençlik sorumlusuyum. Derneğimizin adından da anlaşılacağı gibi çoğumuz Eskişehir kökenliyiz ve büyüklerimiz Eskişehir atölyesine ayrıca kayıt olacaklar.

Ben ise 18 Eylül'de 1. atölyeye (Rzeszów – okul ortaklıkları ve gençlik değişimi) katılmak istiyorum, çünkü gençlerimiz için Polonya ile bir değişim programı düşünüyoruz. Tek kişiyim.

Saygılarımla,
Cengiz Yavuz
Gençlik Sorumlusu
Bielefeld Eskişehirliler Kültür ve Dayanışma Derneği
""", charset="utf-8", cte="8bit")


# -- 013 ---------------------------------------------------------------------
# Twi/English from a Samsung phone, multipart/alternative UTF-8 base64.
# "the Kumasi workshop" - Kumasi is the capital of the Ashanti region, and the
# climate/cocoa topic is that of Werkstatt 5 -> ASH (see README).

OWUSU_TEXT = """Hello Madam,

Ɛte sɛn? I hope you are fine.

I am writing on behalf of the Asanteman Association Bielefeld. Three of us would like to come on 18 September: myself, my sister Adwoa and her husband Kwaku.

We want to join the Kumasi workshop. Kumase is our home and we have a lot to say about the climate and cocoa topic 🙏🏾

Nyame nhyira mo,
Abena Serwaa Owusu
Asanteman Association Bielefeld

Sent from my Galaxy"""


@mail("owusu-twi-english-kumasi-workshop-samsung", "2027-08-16 13:27:04",
      E("registration", "abena.owusu@mail.example", "Abena Serwaa Owusu",
        "Asanteman Association Bielefeld", ["ASH"], 3, "en"), "en")
def _(m):
    m.head(("From", "Abena Owusu <abena.owusu@mail.example>"),
           ("To", PT),
           ("Subject", "Partnership day 18 Sept"),
           ("Date", m.date),
           ("Message-ID", "<mqz81k.t2h0w4e7vb@mail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(OWUSU_TEXT, samsung_html(OWUSU_TEXT), charset="utf-8",
                  cte="base64", style="samsung")


# -- 014 ---------------------------------------------------------------------
# Learner German from a Polish association, ISO-8859-2 QP (Thunderbird).
# "Werkstatt Nummer 1, Rzeszow"; the wife is from Rzeszow and they travel to
# Podkarpacie every year.  3 persons.

@mail("dabrowski-learner-german-iso-8859-2", "2027-08-17 19:55:48",
      E("registration", "l.dabrowski@most-bielefeld.example", "Łukasz Dąbrowski",
        'Polnischer Kulturverein "Most" e.V.', ["RZE"], 3, "de"), "de")
def _(m):
    m.head(("From", addr("Łukasz Dąbrowski", "l.dabrowski@most-bielefeld.example",
                         "iso-8859-2", "q")),
           ("To", PT),
           ("Subject", "Anmeldung Partnerschaftstag"),
           ("Date", m.date),
           ("Message-ID", "<5c8e2b17-90ad-4f3e-8d61-a2b4c07e9f35@most-bielefeld.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich möchte anmelden für Partnerschaftstag am 18. September. Wir sind 3 Personen
von Polnischer Kulturverein "Most" - ich, meine Frau Ewelina und unsere Freund
Paweł.

Wir möchten gehen in Werkstatt Nummer 1, Rzeszow. Meine Frau ist von Rzeszow
und hat noch Familie dort, und wir organisieren jedes Jahr Fahrt mit Kinder von
Verein nach Podkarpacie.

Mit freundliche Grüße
Łukasz Dąbrowski
Polnischer Kulturverein "Most" e.V.
Bielefeld-Sennestadt
""", charset="iso-8859-2", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# English, Apple Mail multipart/alternative.  Born in Rochdale, travelled to
# Eskişehir; chooses "workshop 4 (Eskişehir)".  No organisation.

PILLING_TEXT = """Hello there,

I'd like to sign up for the Partnership Day on 18 Sept, please.

A bit of background, since you'll probably assume I'm a Rochdale person: I am, born and bred, but I've lived in Bielefeld since '98 and I get my fill of Rochdale talk at the twinning do every year! My wife and I went on the Bürgerreise to Eskişehir last spring and loved it, so I'd like to go to workshop 4 (Eskişehir) this time.

Just the one of me – my wife's working that Saturday.

Cheers,
Gareth Pilling"""


@mail("pilling-apple-mail-rochdale-born-eskisehir", "2027-08-18 08:31:16",
      E("registration", "gareth.pilling@mac.example", "Gareth Pilling", None,
        ["ESK"], 1, "en"), "en")
def _(m):
    m.head(("From", "Gareth Pilling <gareth.pilling@mac.example>"),
           ("To", PT),
           ("Subject", "Partnership Day"),
           ("Date", m.date),
           ("Message-ID", "<B7F3E0A2-5D19-4C6E-A8B4-91E2F7C0D3A5@mac.example>"),
           ("X-Mailer", "Apple Mail (2.3826.600.51.1.1)"),
           ("MIME-Version", "1.0"))
    m.alternative(PILLING_TEXT, apple_html(PILLING_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 016 ---------------------------------------------------------------------
# Change (002's thread): Thunderbird reply quoting the confirmation for
# Rochdale; move both to Rzeszów.  Party size unchanged -> null.

@mail("sundermeier-change-to-rzeszow", "2027-08-19 10:02:44",
      E("change", "h.sundermeier@wg-sparrenberg.example", "Hartwig Sundermeier", None,
        ["RZE"], None, "de"), "de")
def _(m):
    cid = conf_id("20270802091450.77a1")
    m.head(("From", "Hartwig Sundermeier <h.sundermeier@wg-sparrenberg.example>"),
           ("To", TO_PT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<b2d84f6e-13c7-4a09-9e5b-c0f7a61d3e28@wg-sparrenberg.example>"),
           ("In-Reply-To", cid),
           ("References", f"<3f0c9a51-6e2d-4b87-a1c4-57d29e0b8f13@wg-sparrenberg.example> {cid}"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

kleine Änderung: Meine Frau hat sich durchgesetzt :-) Bitte tragen Sie uns
beide doch in die Werkstatt Rzeszów um statt Rochdale. Wir waren im Frühjahr
in der Ausstellung über Rzeszów im Historischen Museum und wollen jetzt mehr
wissen. Rochdale machen wir dann nächstes Jahr.

Danke und viele Grüße
Hartwig Sundermeier

Am 02.08.27 um 09:14 schrieb Städtepartnerschaftstag Bielefeld:
{gt_quote(confirmation("Herr Sundermeier", "ROC", 2))}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 017 ---------------------------------------------------------------------
# Russian from a phone, UTF-8 base64.  "в третью мастерскую (Рочдейл)";
# "нас двое" -> 2.  Signature is only the first name in Cyrillic, so the
# From display name gives the full name.

@mail("schmidt-russian-phone-rochdeil-third", "2027-08-20 06:52:10",
      E("registration", "elena.schmidt1975@mail.example", "Elena Schmidt", None,
        ["ROC"], 2, "ru"), "ru")
def _(m):
    m.head(("From", "Elena Schmidt <elena.schmidt1975@mail.example>"),
           ("To", PT),
           ("Subject", "Partnerschaftstag"),
           ("Date", m.date),
           ("Message-ID", "<1787115130.552918.88@mobile.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!
Запишите меня пожалуйста на Partnerschaftstag 18.09, в третью мастерскую (Рочдейл). Я работаю в Kleiderkammer при нашей Gemeinde, и у нас как раз хотят сделать что-то вроде кооператива, мне это интересно.
Приду с подругой, нас двое.
Спасибо!
Елена

Отправлено из мобильной Почты
""", charset="utf-8", cte="base64")


# -- 018 ---------------------------------------------------------------------
# Outlook multipart/alternative, windows-1252 QP.  Display name is the shop;
# the person signs.  Cocoa "near Kumasi" is background; Ashanti first,
# Rochdale second; 2 persons.

BRINKHOFF_TEXT = """Liebes Team vom Büro für internationale Beziehungen,

der Weltladen Bielefeld-Mitte meldet sich mit zwei Personen zum Städtepartnerschaftstag an (Renate Brinkhoff und Tobias Lange).

Wir verkaufen seit Jahren Schokolade aus dem Kakao einer Kooperative in der Nähe von Kumasi und würden gern in der Werkstatt Ashanti über fairen Handel mitdiskutieren. Falls es dort zu voll wird, wäre die Werkstatt Rochdale unser Zweitwunsch – Genossenschaften sind ja auch unser Thema.

Herzliche Grüße
Renate Brinkhoff
Weltladen Bielefeld-Mitte
Obernstraße 24, 33602 Bielefeld
www.weltladen-bielefeld.example"""


@mail("weltladen-brinkhoff-ashanti-else-rochdale", "2027-08-23 11:40:27",
      E("registration", "info@weltladen-bielefeld.example", "Renate Brinkhoff",
        "Weltladen Bielefeld-Mitte", ["ASH", "ROC"], 2, "de"), "de")
def _(m):
    m.head(("From", '"Weltladen Bielefeld-Mitte" <info@weltladen-bielefeld.example>'),
           ("To", PT),
           ("Subject", "Anmeldung Weltladen – Werkstatt Ashanti"),
           ("Thread-Topic", "Anmeldung Weltladen – Werkstatt Ashanti"),
           ("Thread-Index", "AdtqP4c9Wn1rR0e2SkKZl7Hh3oT6xw=="),
           ("Date", m.date),
           ("Message-ID", "<000601dbf5c1$a2b3c4d0$e81a4d70$@weltladen-bielefeld.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.alternative(BRINKHOFF_TEXT, outlook_html(BRINKHOFF_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 019 ---------------------------------------------------------------------
# Polish question, ISO-8859-2 8bit: may a visiting school group from Rzeszów
# (12 pupils, two teachers) join?  He will register after the answer.  "II
# Liceum" is a school's number, not Werkstatt 2.

@mail("nowicki-polish-question-pupils-from-rzeszow", "2027-08-24 16:12:03",
      E("question", "m.nowicki@pmk-bielefeld.example", "Marek Nowicki",
        "Polska Misja Katolicka w Bielefeld", [], None, "pl"), "pl")
def _(m):
    m.head(("From", "Marek Nowicki <m.nowicki@pmk-bielefeld.example>"),
           ("To", PT),
           ("Subject", ew("Pytanie: grupa uczniów z Rzeszowa", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270824161203.GA4471@pmk-bielefeld.example>"),
           ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Szanowni Państwo,

jestem koordynatorem młodzieżowym przy Polskiej Misji Katolickiej w Bielefeld.
W dniach 15-20 września gościmy u nas grupę 12 uczniów z II Liceum
Ogólnokształcącego w Rzeszowie wraz z dwiema nauczycielkami.

Czy ta grupa mogłaby wziąć udział w Städtepartnerschaftstag 18 września,
np. w warsztacie rzeszowskim? Jeśli tak, czy trzeba zgłaszać uczniów
imiennie i czy jest jakiś limit miejsc?

Zgłoszę nas, jak tylko dostanę odpowiedź.

Z poważaniem
Marek Nowicki
Polska Misja Katolicka w Bielefeld
""", charset="iso-8859-2", cte="8bit")


# -- 020 ---------------------------------------------------------------------
# A club chairman registers his youth leader and asks for the confirmation to
# go to her address (ISO-8859-1 QP).  "1. Vorsitzender", "1896" and the
# Rzeszów club Resovia are no workshop numbers / choices of their own.

@mail("oesterhelweg-registers-jugendwartin-iso-8859-1", "2027-08-25 20:33:19",
      E("registration", "jana.broekelmann@tus-joellenbeck.example", "Jana Brökelmann",
        "TuS Jöllenbeck 1896 e.V.", ["RZE"], 1, "de"), "de")
def _(m):
    m.head(("From", "Werner Oesterhelweg <vorstand@tus-joellenbeck.example>"),
           ("To", PT),
           ("Subject", "Anmeldung unserer Jugendwartin"),
           ("Date", m.date),
           ("Message-ID", "<trinity-8a41c6e2-0f7b-4d39-b2e5-6c91d3a7f048-1787675599301@3c-app-gmx-bs04>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Wellmann,

für den TuS Jöllenbeck 1896 möchte ich unsere Jugendwartin Jana Brökelmann
zum Städtepartnerschaftstag anmelden. Sie soll in die Werkstatt Rzeszów:
Wir sind mit der Jugendabteilung von Resovia im Gespräch über ein
Handballturnier im nächsten Sommer - in Rzeszów oder bei uns in Jöllenbeck,
je nachdem, wer die Halle bekommt.

Ich selbst bin an dem Samstag mit den Alten Herren unterwegs.

Bitte schicken Sie die Bestätigung direkt an Jana:
jana.broekelmann@tus-joellenbeck.example

Sportliche Grüße
Werner Oesterhelweg
1. Vorsitzender
TuS Jöllenbeck 1896 e.V.
""", charset="iso-8859-1", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Turkish, Gmail multipart/alternative UTF-8 base64.  An Erasmus student from
# Eskişehir chooses "Gana atölyesi (5. atölye)", explicitly not Eskişehir.
# The university is where she studies, not an organisation she comes for.

AKGUL_TEXT = """Merhaba,

Ben Zeynep, Eskişehir'deki Anadolu Üniversitesi'nden Erasmus ile bu dönem Bielefeld Üniversitesi'ndeyim. Eskişehir ile Bielefeld'in kardeş şehir olduğunu buraya gelince öğrendim, çok hoşuma gitti!

Yine de Eskişehir atölyesine değil, Gana atölyesine (5. atölye) katılmak istiyorum, çünkü yüksek lisans tezimi Batı Afrika'daki kakao kooperatifleri üzerine yazıyorum. Yalnız geleceğim.

Teşekkürler,
Zeynep Akgül"""


@mail("akgul-turkish-erasmus-gana-atolyesi", "2027-08-26 14:05:52",
      E("registration", "zeynep.akgul@uni-bielefeld.example", "Zeynep Akgül", None,
        ["ASH"], 1, "tr"), "tr")
def _(m):
    m.head(("From", "Zeynep Akgül <zeynep.akgul@uni-bielefeld.example>"),
           ("To", PT),
           ("Subject", "Städtepartnerschaftstag kayıt"),
           ("Date", m.date),
           ("Message-ID", "<CAH2vN7pR4kW1mX9tB6qL3cZ0dF8sJ5gY2eU7oA1iK4nT9rV6wE@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(AKGUL_TEXT, gmail_html(AKGUL_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 022 ---------------------------------------------------------------------
# Change (003's thread), Polish Gmail reply quoting the confirmation: the
# daughter cannot come -> 1 person, workshop unchanged ("Warsztat bez zmian").

WROBEL_CHANGE = """Dzień dobry,

niestety córka jednak nie może przyjść 18 września – ma tego dnia egzamin poprawkowy na uczelni. Proszę zmienić zgłoszenie na jedną osobę, przyjdę sama. Warsztat bez zmian.

Pozdrawiam
Agnieszka Wróbel"""

WROBEL_QH = ("pon., 2 sie 2027 o 21:40 Städtepartnerschaftstag Bielefeld "
             "<partnerschaftstag@bielefeld.example> napisał(a):")


@mail("wrobel-polish-change-daughter-cannot", "2027-08-27 07:59:31",
      E("change", "agnieszka.wrobel@poczta.example", "Agnieszka Wróbel", None,
        [], 1, "pl"), "pl")
def _(m):
    cid = conf_id("20270802214004.1c9e")
    conf = confirmation("Frau Wróbel", "RZE", 2)
    m.head(("From", "Agnieszka Wróbel <agnieszka.wrobel@poczta.example>"),
           ("To", TO_PT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF4kR2nB5tX8wQ1mZ7vL4cJ0dY6hS3gE9uP2oA5iK8nR1rT4wM@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    plain = f"{WROBEL_CHANGE}\n\n{WROBEL_QH}\n\n{gt_quote(conf)}"
    m.alternative(plain, gmail_html(WROBEL_CHANGE, WROBEL_QH, conf), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 023 ---------------------------------------------------------------------
# Polish, Outlook multipart/alternative windows-1250 QP.  Grew up in Rzeszów,
# her husband goes to the Rzeszów workshop and registers himself; she wants
# "warsztat nr 5 – Ashanti" -> ASH, 1.

LIS_TEXT = """Dzień dobry,

zgłaszam się na Städtepartnerschaftstag 18 września.

Wychowałam się w Rzeszowie, więc wszyscy pewnie myślą, że pójdę na warsztat rzeszowski – ale tam wybiera się mój mąż Thomas (zapisze się sam, osobnym mailem). Ja wolałabym warsztat nr 5 – Ashanti, bo od dwóch lat działam w grupie klimatycznej w naszej parafii.

Pozdrawiam serdecznie
Katarzyna Lis-Hoffmann"""


@mail("lis-hoffmann-polish-cp1250-warsztat-5", "2027-08-30 12:18:45",
      E("registration", "k.lis-hoffmann@outlook.example", "Katarzyna Lis-Hoffmann", None,
        ["ASH"], 1, "pl"), "pl")
def _(m):
    m.head(("From", "Katarzyna Lis-Hoffmann <k.lis-hoffmann@outlook.example>"),
           ("To", PT),
           ("Subject", ew("Zgłoszenie na Städtepartnerschaftstag", "windows-1250", "q")),
           ("Date", m.date),
           ("Message-ID", "<AS8PR04MB8217C3E9D1F4A62B7E0C5A91D3F6@AS8PR04MB8217.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "pl-PL, de-DE"),
           ("Content-Language", "pl-PL"),
           ("MIME-Version", "1.0"))
    m.alternative(LIS_TEXT, outlook_html(LIS_TEXT, charset="windows-1250", lang="PL"),
                  charset="windows-1250", cte="quoted-printable", style="outlook")


# -- 024 ---------------------------------------------------------------------
# iPhone, short: 5 people "vom Bağlama-Kurs" to the "Eskisehir Werkstatt"
# plus a question about playing at lunch -> still a registration.  The
# course is not named as an organisation; signature is the first name only.

@mail("demirtas-iphone-five-baglama-eskisehir", "2027-08-31 17:44:02",
      E("registration", "murat.demirtas@mail.example", "Murat Demirtaş", None,
        ["ESK"], 5, "de"), "de")
def _(m):
    m.head(("From", "Murat Demirtaş <murat.demirtas@mail.example>"),
           ("To", PT),
           ("Subject", "Eskisehir Werkstatt"),
           ("Date", m.date),
           ("Message-ID", "<0E3B9F14-72C6-4A1D-B58E-2F9D6C40A7E3@mail.example>"),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,
wir kommen mit 5 Leuten vom Bağlama-Kurs zur Eskisehir Werkstatt am 18.9. Können wir evtl in der Mittagspause was spielen? Wenn nicht auch ok.
Gruß Murat

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Learner German with Twi greeting and thanks ("Maakye", "Medaase"); UTF-8 QP.
# "Werkstatt Asante (Nr. 5)"; mother lives in Ejisu near Kumasi.  Language de.

@mail("frimpong-learner-german-werkstatt-asante", "2027-09-01 09:26:38",
      E("registration", "akua.frimpong@mail.example", "Akua Frimpong", None,
        ["ASH"], 1, "de"), "de")
def _(m):
    m.head(("From", "Akua Frimpong <akua.frimpong@mail.example>"),
           ("To", PT),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<CAD6tM3wQ9kR2nV5xL8bP1cH4fJ7sY0gE3uZ6oA9iR2nK5wB8tF@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Maakye,

ich heiße Akua Frimpong und ich möchte mich anmelden für den Partnerschaftstag am 18. September. Ich wähle Werkstatt Asante (Nr. 5). Meine Mutter wohnt in Ejisu, das ist nah bei Kumasi, und ich möchte wissen was die Partnerschaft mit Bielefeld dort macht.

Ich komme allein.

Medaase (Danke!)
Akua Frimpong
""", charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Change (006's thread), Russian webmail reply quoting the German confirmation
# (Werkstatt 1): move to "новгородская мастерская (Werkstatt 2)".  A colleague
# stays in "Жешув" - not her choice.

@mail("belova-russian-change-to-novgorod", "2027-09-01 15:10:20",
      E("change", "t.belova@rodnik-bielefeld.example", "Tatiana Belova", None,
        ["NOV"], None, "ru"), "ru")
def _(m):
    cid = conf_id("20270805112418.5e02")
    m.head(("From", "Tatiana Belova <t.belova@rodnik-bielefeld.example>"),
           ("To", TO_PT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1788267020.651093.4412@rodnik-bielefeld.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "The Bat! (v10.4.3) Professional"),
           ("MIME-Version", "1.0"))
    m.single(f"""Добрый день!

Подумав, я всё-таки хотела бы перейти в новгородскую мастерскую (Werkstatt 2).
Коллега из нашей школы уже записалась в "Жешув", так что про школьный обмен
она мне потом расскажет, а мне хочется послушать, как сейчас обстоят дела
с Новгородом.

Если можно, поменяйте, пожалуйста.

Спасибо!
Tatiana Belova

05.08.2027, 11:24, "Städtepartnerschaftstag Bielefeld" <partnerschaftstag@bielefeld.example>:
{gt_quote(confirmation("Frau Belova", "RZE", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# English, plain US-ASCII; workshop by number only ("Workshop No. 2").

@mail("carr-english-workshop-no-2-ascii", "2027-09-02 13:02:15",
      E("registration", "siobhan.carr@posteo.example", "Siobhan Carr",
        "Amnesty International, Gruppe Bielefeld", ["NOV"], 2, "en"), "en")
def _(m):
    m.head(("From", "siobhan.carr@posteo.example"),
           ("To", PT),
           ("Subject", "Registration - Partnership Day"),
           ("Date", m.date),
           ("Message-ID", "<a5e2c81f-3b90-4d7a-9f16-e0c4b27d8a53@posteo.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Hi,

Two of us from the Amnesty group here in Bielefeld (Siobhan Carr and Felix
Grotegut) would like to register for the Partnership Day on Sept 18th,
Workshop No. 2 please.

Thanks a lot,
Siobhan

--
Siobhan Carr
Amnesty International, Gruppe Bielefeld
""", charset="us-ascii", cte="7bit")


# -- 028 ---------------------------------------------------------------------
# Change (007's thread), Gmail reply quoting the confirmation: a cousin who
# "just arrived from Kumasi" comes too -> 2, same workshop (no choice stated).

ASANTE_CHANGE = """Hello again,

Small update: my cousin Kwame just arrived from Kumasi last week, he will stay with me till October and he wants to come along. So please make it 2 persons. He teaches agric science back home, he will sit with me in the same workshop 😄

Medaase paa!
Nana Yaw"""

ASANTE_QH = ("On Fri, Aug 6, 2027 at 9:03 PM Städtepartnerschaftstag Bielefeld "
             "<partnerschaftstag@bielefeld.example> wrote:")


@mail("asante-change-cousin-from-kumasi", "2027-09-03 10:45:00",
      E("change", "nanayaw.asante@mail.example", "Nana Yaw Asante", None,
        [], 2, "en"), "en")
def _(m):
    cid = conf_id("20270806210311.9d4b")
    conf = confirmation("Herr Asante", "ROC", 1)
    m.head(("From", "Nana Yaw Asante <nanayaw.asante@mail.example>"),
           ("To", TO_PT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAP9dW4mT7qB2xN5kV8rL1cH4fJ0sY6gE3uZ9oA2iR5nK8wB1tQ@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    plain = f"{ASANTE_CHANGE}\n\n{ASANTE_QH}\n\n{gt_quote(conf)}"
    m.alternative(plain, gmail_html(ASANTE_CHANGE, ASANTE_QH, conf), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 029 ---------------------------------------------------------------------
# Twi/English question (Gmail alternative): may the drummers perform, is
# there Ghanaian food?  "we will register for the Ashanti workshop" only after
# the answer -> question.

BOATENG_TEXT = """Agoo! Good evening.

I am Kwadwo Boateng, leader of Adinkra Drummers Bielefeld. We are 6 drummers and dancers, most of us from Kumasi and Obuasi.

Two questions before we register:
1. Can we perform during the lunch break? Like 15-20 minutes, we bring our own fontomfrom and kpanlogo drums.
2. Will there be Ghanaian food at the buffet? If not, our women can bring kelewele and waakye, no wahala.

Let us know and then we will register for the Ashanti workshop.

Yɛda mo ase,
Kwadwo Boateng
Adinkra Drummers Bielefeld"""


@mail("boateng-twi-english-question-drummers", "2027-09-03 19:37:21",
      E("question", "kwadwo.boateng@mail.example", "Kwadwo Boateng",
        "Adinkra Drummers Bielefeld", [], None, "en"), "en")
def _(m):
    m.head(("From", "Kwadwo Boateng <kwadwo.boateng@mail.example>"),
           ("To", PT),
           ("Subject", "Drumming at the Partnership Day?"),
           ("Date", m.date),
           ("Message-ID", "<CAE1rQ8vM3kT6nW9xB2pL5cJ8dH1sY4gF7uZ0oA3iK6nR9wV2tS@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(BOATENG_TEXT, gmail_html(BOATENG_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 030 ---------------------------------------------------------------------
# Advertising (other): shipping to Ghana, HTML only, names Kumasi.

CARGO_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>GhanaLink Cargo</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;background:#fff8e7;margin:0;padding:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" cellpadding="16" cellspacing="0" style="background:#ffffff;border:3px solid #006b3f;">
<tr><td style="background:#006b3f;color:#fcd116;font-size:26px;font-weight:bold;text-align:center;">GhanaLink Cargo</td></tr>
<tr><td style="font-size:16px;color:#222;">
<p><b>September container &ndash; last loading 24.09.2027!</b></p>
<p>Barrels, boxes, cars and machines from Germany to <b>Accra, Kumasi and Takoradi</b>. Door-to-door delivery in the Ashanti, Eastern and Western regions.</p>
<ul>
<li>Barrel (220 l) from &euro;95</li>
<li>Boxes from &euro;2.50/kg</li>
<li>Free pick-up in Bielefeld, G&uuml;tersloh, Herford and Paderborn</li>
</ul>
<p style="text-align:center;"><a href="https://ghanalink-cargo.example/book?src=mail0927" style="background:#ce1126;color:#fff;padding:12px 24px;text-decoration:none;font-weight:bold;">BOOK NOW</a></p>
<p>Akwaaba to the GhanaLink family &ndash; over 12,000 happy customers!</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;">You receive this mail because your address is listed in a public directory of associations. <a href="https://ghanalink-cargo.example/unsubscribe?e=partnerschaftstag">Unsubscribe</a></td></tr>
</table></td></tr></table>
</body></html>
"""


@mail("ghanalink-cargo-advertising-html", "2027-09-06 04:12:09",
      E("other"), "en", tz=0)
def _(m):
    m.head(("From", "GhanaLink Cargo <offers@ghanalink-cargo.example>"),
           ("To", PT),
           ("Subject", ew("📦 Ship to Ghana from €2.50/kg – Accra, Kumasi, Takoradi", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<0100018f3a2c.glc.mail0927.77812@ghanalink-cargo.example>"),
           ("List-Unsubscribe", "<https://ghanalink-cargo.example/unsubscribe?e=partnerschaftstag>"),
           ("Precedence", "bulk"),
           ("X-Mailer", "MailBlaster 4"),
           ("MIME-Version", "1.0"))
    m.single(CARGO_HTML, subtype="html", charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Number and name disagree: "Werkstatt 2 (Rochdale) – die mit den
# Genossenschaften".  Name and topic both say Rochdale -> ROC (see README).
# windows-1252 8bit, plain.

@mail("kroeger-werkstatt-2-rochdale-mismatch", "2027-09-06 10:21:40",
      E("registration", "f.kroeger@buergerenergie-teuto.example", "Friedhelm Kröger",
        "BürgerEnergie Teuto eG", ["ROC"], 1, "de"), "de")
def _(m):
    m.head(("From", "Friedhelm Kröger <f.kroeger@buergerenergie-teuto.example>"),
           ("To", PT),
           ("Subject", "Anmeldung Städtepartnerschaftstag"),
           ("Date", m.date),
           ("Message-ID", "<000a01dbff12$7e4c1a90$7ae44fb0$@buergerenergie-teuto.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich melde mich für den Städtepartnerschaftstag an, und zwar für die Werkstatt 2 (Rochdale) – die mit den Genossenschaften. Wir sind eine junge Bürgerenergiegenossenschaft, und die Rochdale-Prinzipien hängen bei uns quasi über der Tür.

Ich komme allein.

Mit freundlichem Gruß
Friedhelm Kröger
Vorstand
BürgerEnergie Teuto eG
Detmolder Str. 301 · 33605 Bielefeld
""", charset="windows-1252", cte="8bit")


# -- 032 ---------------------------------------------------------------------
# Cancellation (005's thread), Turkish Gmail reply quoting the confirmation:
# they must travel to Eskişehir ("Eskişehir'e gitmemiz gerekiyor").

@mail("kocabas-turkish-cancel-travel-to-eskisehir", "2027-09-07 08:03:11",
      E("cancellation", "emine.kocabas@mail.example", "Emine Kocabaş", None,
        [], None, "tr"), "tr", tz=2)
def _(m):
    cid = conf_id("20270804123102.a3f7")
    m.head(("From", addr("Emine Kocabaş", "emine.kocabas@mail.example", "iso-8859-9", "q")),
           ("To", TO_PT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<20270907080311.3e9c0d@webmail.mail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "Webmail 5.2"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

maalesef kaydımızı iptal etmek zorundayız. Kayınvalidem hastalandı, eşimle
birlikte önümüzdeki hafta Eskişehir'e gitmemiz gerekiyor ve ne zaman
döneceğimiz de belli değil.

Eskişehir atölyesinde bizim yerimize başkaları katılabilir. İnşallah seneye.

Saygılar,
Emine Kocabaş

Çar, 4 Ağu 2027 12:31 tarihinde Städtepartnerschaftstag Bielefeld <partnerschaftstag@bielefeld.example> şunu yazdı:
{gt_quote(confirmation("Frau Kocabaş", "ESK", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Change (018's thread), Outlook reply HTML+plain windows-1252, quoting the
# confirmation for Ashanti: move to Rochdale and add a person -> ROC, 3.

BRINKHOFF_CHANGE = """Hallo zusammen,

nach unserer Teamsitzung gestern eine Änderung: Wir möchten doch lieber in die Werkstatt Rochdale statt Ashanti – die Kolleginnen vom Eine-Welt-Netz sind mit vier Leuten in der Ashanti-Werkstatt, da sind wir gut vertreten. Außerdem kommt unsere Praktikantin Mira Scholz mit, wir sind also zu dritt.

Danke und herzliche Grüße
Renate Brinkhoff
Weltladen Bielefeld-Mitte"""


@mail("weltladen-change-to-rochdale-three-outlook", "2027-09-07 14:58:36",
      E("change", "info@weltladen-bielefeld.example", "Renate Brinkhoff",
        "Weltladen Bielefeld-Mitte", ["ROC"], 3, "de"), "de")
def _(m):
    cid = conf_id("20270823114104.2b8d")
    quote = (f"{PT_NAME} <{PT}>", "Montag, 23. August 2027 11:41",
             "Weltladen Bielefeld-Mitte <info@weltladen-bielefeld.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Brinkhoff", "ASH", 2))
    m.head(("From", '"Weltladen Bielefeld-Mitte" <info@weltladen-bielefeld.example>'),
           ("To", TO_PT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHb9cGiY3hTqR0e2SkKZl7Hh3oT6xwAhk4DnA=="),
           ("Date", m.date),
           ("Message-ID", "<001201dbffd3$c41e7a80$4c5b6f80$@weltladen-bielefeld.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(BRINKHOFF_CHANGE, quote), outlook_html(BRINKHOFF_CHANGE, quote=quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 034 ---------------------------------------------------------------------
# Turkish question, UTF-8 base64, sent from the choir's account with a
# personal Reply-To.  Will the Eskişehir delegation come?  Children allowed?

@mail("ucar-turkish-question-eskisehir-delegation", "2027-09-08 11:09:27",
      E("question", "sevgi.ucar@mail.example", "Sevgi Uçar",
        "Bielefeld Türk Halk Müziği Korosu", [], None, "tr"), "tr")
def _(m):
    m.head(("From", "THM Korosu Bielefeld <thm.koro.bielefeld@mail.example>"),
           ("Reply-To", "Sevgi Uçar <sevgi.ucar@mail.example>"),
           ("To", PT),
           ("Subject", ew("Soru: Eskişehir heyeti ve çocuklar", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAJ5nT2xW8kM1qR4vB7pL0cZ3dH6sY9gF2uE5oA8iK1nT4rV7wU@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

Bielefeld Türk Halk Müziği Korosu olarak Städtepartnerschaftstag'a katılmayı düşünüyoruz. Kayıt olmadan önce iki sorum var:

1. Eskişehir'den belediye heyeti gelecek mi? Koromuzun birkaç üyesi Eskişehirli, heyetle tanışmak isterler.
2. Çocuklar da gelebilir mi? Bazı üyelerimiz 8-10 yaşlarındaki çocuklarını getirmek istiyor.

Cevabınızı bekliyoruz.

Sevgiler,
Sevgi Uçar
Bielefeld Türk Halk Müziği Korosu
""", charset="utf-8", cte="base64")


# -- 035 ---------------------------------------------------------------------
# German webmail, UTF-8 QP.  Nowgorod is a 1991 memory; Rochdale first,
# Eskişehir second.

@mail("schwarze-nowgorod-memory-rochdale-else-eskisehir", "2027-09-08 21:30:44",
      E("registration", "ingrid.schwarze@web.example", "Ingrid Schwarze", None,
        ["ROC", "ESK"], 1, "de"), "de")
def _(m):
    m.head(("From", "Ingrid Schwarze <ingrid.schwarze@web.example>"),
           ("To", PT),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<trinity-2c7f1e90-b4a3-4d58-8e06-91fa3c5d2b74-1788895844117@3c-app-webde-bap41>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo liebes Partnerschaftsbüro,

ich möchte mich gern anmelden. 1991 war ich mit dem allerersten Schüleraustausch in Nowgorod – lang ist's her, und seitdem hat sich ja leider viel verändert. Diesmal zieht es mich in die Werkstatt Rochdale, falls die schon voll ist, gern auch Eskişehir.

Nur ich, 1 Person.

Viele Grüße
Ingrid Schwarze
""", charset="utf-8", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Cancellation (004's thread), Outlook for Android, English labels, quoting
# the German confirmation (Rochdale, 4).

@mail("holt-cancel-all-four-outlook-android", "2027-09-09 08:12:05",
      E("cancellation", "m.holt@rochdale-twinning.example", "Margaret Holt", None,
        [], None, "en"), "en", tz=1)
def _(m):
    cid = conf_id("20270803101844.6f30")
    m.head(("From", "Margaret Holt <m.holt@rochdale-twinning.example>"),
           ("To", TO_PT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHb5B6vZ2y8D0JcM0mTkqW4pY1xWw=="),
           ("Date", m.date),
           ("Message-ID", "<LO4P265MB55237F2E01B4C9D6A3E58F1C7D2@LO4P265MB5523.GBRP265.PROD.OUTLOOK.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(f"""Dear Ms Wellmann,

I'm very sorry to let you know that our group will not be able to come after all. Our flights have been cancelled because of the strike and we cannot find anything else at a sensible price. Please cancel all four registrations.

We hope to welcome some of you in Rochdale next spring instead.

Best wishes,
Margaret Holt

Get Outlook for Android
________________________________
From: {PT_NAME} <{PT}>
Sent: Tuesday, August 3, 2027 9:18:44 AM
To: Margaret Holt <m.holt@rochdale-twinning.example>
Subject: {CONFIRMATION_SUBJECT}

{confirmation("Frau Holt", "ROC", 4)}
""", charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Postfix bounce (multipart/report) of a confirmation to a Polish mailbox that
# is full; the remote server's answer is in Polish and English.  The
# registration itself is not in this corpus.

@mail("postfix-bounce-mailbox-full-polish-server", "2027-09-10 16:47:33",
      E("bounce", bounced="j.kaminska@poczta-rzeszow.example"), "en")
def _(m):
    rcpt = "j.kaminska@poczta-rzeszow.example"
    m.head(("From", "MAILER-DAEMON@mail.bielefeld.example (Mail Delivery System)"),
           ("To", PT),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270910144733.4B2C71E08F@mail.bielefeld.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.bielefeld.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx.poczta-rzeszow.example[198.51.100.77] said:
    552 5.2.2 Skrzynka odbiorcy jest przepelniona / Mailbox full (in reply to
    RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.bielefeld.example"),
         ("X-Postfix-Queue-ID", "4B2C71E08F"),
         ("X-Postfix-Sender", f"rfc822; {PT}"),
         ("Arrival-Date", "Fri, 10 Sep 2027 16:45:12 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx.poczta-rzeszow.example"),
         ("Diagnostic-Code", "smtp; 552 5.2.2 Skrzynka odbiorcy jest przepelniona /\n"
                             "    Mailbox full")])
    original = confirmation_message(
        f"Joanna Kamińska <{rcpt}>", "Frau Kamińska", "RZE", 1,
        "Fri, 10 Sep 2027 16:45:12 +0200", conf_id("20270910164512.e5a0"),
        "<20270910164431.5f1d@poczta-rzeszow.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 038 ---------------------------------------------------------------------
# Out-of-office answer to the reminder with no Auto-Submitted header at all;
# only the text says it is automatic.  She is on holiday in Eskişehir.

@mail("strototte-out-of-office-eskisehir-no-header", "2027-09-11 10:00:31",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Sabine Strototte <s.strototte@vhs-bielefeld.example>"),
           ("To", TO_PT),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<20270911100031.ooo.71c2@vhs-bielefeld.example>"),
           ("In-Reply-To", REMINDER_ID_STROTOTTE),
           ("References", REMINDER_ID_STROTOTTE),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 15. September im Urlaub (Eskişehir und Kappadokien)
und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht
weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an den Fachbereich Sprachen der
VHS, Tel. 0521 51 24 70.

Mit freundlichen Grüßen
Sabine Strototte
Volkshochschule Bielefeld
""", charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Cancellation (010's thread) replying to the reminder, Russian, UTF-8 8bit,
# Thunderbird-style quote.  One of three is ill and the other two will not go
# without him -> the whole registration is withdrawn.

@mail("orlov-russian-cancel-reply-to-reminder", "2027-09-13 09:14:58",
      E("cancellation", "d.orlov@freundeskreis-nowgorod.example", "Dmitri Orlov", None,
        [], None, "ru"), "ru")
def _(m):
    m.head(("From", "Dmitri Orlov <d.orlov@freundeskreis-nowgorod.example>"),
           ("To", TO_PT),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<7b3e90d2-1f4a-4c6e-a8b5-d2e70f94c631@freundeskreis-nowgorod.example>"),
           ("In-Reply-To", REMINDER_ID_ORLOV),
           ("References", REMINDER_ID_ORLOV),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "ru"),
           ("MIME-Version", "1.0"))
    m.single(f"""Добрый день,

к сожалению, вынужден отменить нашу регистрацию: Клаус попал в больницу,
а мы с Ольгой без него не пойдём - это была его идея и его доклад.
Просим прощения за беспокойство.

Передаём привет всем, кто будет в новгородской мастерской.

С уважением,
Dmitri Orlov

11.09.2027 10:00, Städtepartnerschaftstag Bielefeld пишет:
{gt_quote(reminder("Herr Orlov", "NOV", 3))}
""", charset="utf-8", cte="8bit")


# -- 040 ---------------------------------------------------------------------
# Cancellation (020's registration) by the attendee herself, fresh mail.

@mail("broekelmann-cancel-handball-match", "2027-09-15 18:20:07",
      E("cancellation", "jana.broekelmann@tus-joellenbeck.example", "Jana Brökelmann",
        "TuS Jöllenbeck 1896 e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Jana Brökelmann <jana.broekelmann@tus-joellenbeck.example>"),
           ("To", PT),
           ("Subject", "Absage Samstag"),
           ("Date", m.date),
           ("Message-ID", "<CAB8wQ1nV4kR7mT0xL3bP6cH9fJ2sY5gE8uZ1oA4iR7nK0wB3tD@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

leider muss ich meine Anmeldung für Samstag (Werkstatt Rzeszów) zurückziehen – unser Handball-Nachwuchs hat am 18. ein Nachholspiel, und ich bin die einzige Betreuerin mit Trainerlizenz. Das Gespräch mit Resovia führen wir dann eben per Video.

Sportliche Grüße
Jana Brökelmann
TuS Jöllenbeck 1896 e.V.
""", charset="utf-8", cte="quoted-printable")


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def build_all():
    built = []
    for n, (slug, when, tz, expected, text_lang, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when, tz)
        fn(m)
        built.append((f"{n:03d}-{slug}.eml", m, expected, text_lang))
    return built


def leaves(part):
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
ALLOWED_HOSTS = ("schemas.microsoft.com", "www.w3.org")


def decoded_header(value):
    try:
        return str(make_header(decode_header(str(value))))
    except Exception:
        return str(value)


def check(name, data, m, expected, prev_when):
    problems = []
    # raw lines: at most 998 octets without the line end
    for i, line in enumerate(data.split(b"\n"), 1):
        if len(line.rstrip(b"\r")) > 998:
            problems.append(f"line {i} longer than 998 octets")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 7, 29, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 10, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside 29 Jul - 30 Sep 2027")
    if prev_when is not None and when < prev_when:
        problems.append("date earlier than the previous mail's")
    got = [p.get_content() for p in leaves(msg)]
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (p, g, w) in enumerate(zip(leaves(msg), got, want)):
        if isinstance(w, bytes):
            if g != w:
                problems.append(f"part {i}: attachment bytes differ")
            continue
        if g.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
        cs = p.get_content_charset() or "us-ascii"
        try:
            p.get_payload(decode=True).decode(cs, errors="strict")
        except (UnicodeDecodeError, LookupError) as exc:
            problems.append(f"part {i}: does not decode strictly as {cs}: {exc}")
    # example domains only (decoded headers and text, nested messages included)
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {decoded_header(v)}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    text = "\n".join(chunks)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"(?:https?://|\bwww\.)([\w.-]+)", text):
        dom = dom.rstrip(".")
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in ALLOWED_HOSTS \
                and ("www." + dom) not in ALLOWED_HOSTS:
            problems.append(f"non-example URL host {dom}")
    problems += check_label(msg, text, expected)
    return problems, when


def check_label(msg, text, e):
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"unknown kind {kind}")
    wg = e["workgroups"]
    if any(w not in WG_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if kind not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    ps = e["party_size"]
    if kind == "registration" and not (isinstance(ps, int) and ps >= 1):
        problems.append("registration needs party_size >= 1")
    if kind == "change" and ps is not None and not (isinstance(ps, int) and ps >= 1):
        problems.append("change party_size must be null or >= 1")
    if kind not in ("registration", "change") and ps is not None:
        problems.append("party_size must be null for this kind")
    if kind in ("auto_reply", "bounce", "other"):
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for machine mail")
    else:
        em = e["email"]
        if not em or em != em.lower():
            problems.append("email must be lower-case and present")
        else:
            hdr = " ".join(str(msg.get(h, "")) for h in ("From", "Reply-To")).lower()
            if em not in hdr and em not in text.lower():
                problems.append("email occurs nowhere in the mail")
        low = html.unescape(text)
        for k in ("name", "organisation"):
            if e[k] is not None and e[k] not in low:
                problems.append(f"{k} {e[k]!r} does not occur in the mail")
        if e["name"] is None:
            problems.append("person mail needs a name")
        if not (isinstance(e["language"], str) and re.fullmatch(r"[a-z]{2}", e["language"])):
            problems.append("language must be an ISO 639-1 code")
    if kind == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not e["bounced_recipient"] or not any(e["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    return problems


def check_config():
    problems = []
    try:
        cfg = tomllib.loads((HERE / "config.toml").read_text(encoding="utf-8"))
        ids = tuple(w["id"] for w in cfg["workgroups"])
        if ids != WG_IDS:
            problems.append(f"config workgroup ids {ids} != {WG_IDS}")
    except Exception as exc:   # noqa: BLE001
        problems.append(f"config.toml: {exc}")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built})
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x language (person's language, or the text's for machine mail):")
    print("  " + "".join(f"{lg:>4}" for lg in langs))
    for k in KINDS:
        print(f"  {k:13}" + "".join(f"{table[(k, lg)]:>4}" for lg in langs) + f"  {kinds[k]}")
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

    for problem in check_config():
        print(f"config.toml: {problem}")
        bad += 1
    prev = None
    for (name, m, e, _), data in zip(built, datas):
        problems, prev = check(name, data, m, e, prev)
        for problem in problems:
            print(f"{name}: {problem}")
            bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
