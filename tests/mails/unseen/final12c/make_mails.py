#!/usr/bin/env python3
"""Build the "final12c" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: the MSO-Tag 2027 (config.toml is an unchanged copy of ../dev's) as young
people write to it: student associations, youth groups of migrant organisations,
young volunteers (FSJ) and trainees.  Phone mail, lower case, emoji, slang,
Arabizi, Russian/Ukrainian/Farsi/Dari in Latin letters, Turkish without Turkish
letters, German mixed with their own language, some English.

Every mail text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files and
then reads every file back to check it.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json, then check
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind, language, MIME shape

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).  Paths
are relative to this script's folder.  Python 3.11, standard library only.
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

# refold_source='none': hand-encoded header values are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"
CET = datetime.timezone(datetime.timedelta(hours=1))

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
WG_IDS = ("AG1", "AG2", "AG3")
LANGS = ("de", "en", "tr", "ar", "ru", "uk", "fa")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset=None, enc="q"):
    """'Name <address>'; a non-ASCII name is hand-encoded when a charset is given,
    otherwise the policy encodes it as UTF-8 when the header is set."""
    if name.isascii():
        return formataddr((name, address))
    if charset is None:
        return f"{name} <{address}>"
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text):
    """'> ' before each line, as Gmail, Thunderbird and Apple Mail quote."""
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))


def fold(name, value, width=78):
    """Fold a long ASCII header value at spaces."""
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
    return hashlib.sha256(f"final12c/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


DE_WDAY = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
DE_MON = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.",
          "Okt.", "Nov.", "Dez."]
DE_WDAY_LONG = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MON_LONG = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
               "September", "Oktober", "November", "Dezember"]


def dt(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=CET)


def gmail_de_attr(when, who=TO_MSO):
    d = dt(when)
    return (f"Am {DE_WDAY[d.weekday()]}, {d.day}. {DE_MON[d.month - 1]} {d.year} "
            f"um {d:%H:%M} Uhr schrieb {who}:")


# ---------------------------------------------------------------------------
# texts that several mails quote (the city's invitation, mailbot's confirmation)
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung: Tag der Migrantenselbstorganisationen 2027"
INVITATION_ID = "<einladung.mso2027.20270112093015@muenster.example>"

INVITATION = """Liebe Engagierte in Migrantenselbstorganisationen, liebe Interessierte,

am Samstag, 13. März 2027, findet von 10 bis 16 Uhr im Stadtweinhaus
(Prinzipalmarkt 8, 48143 Münster) der Tag der Migrantenselbstorganisationen
statt. Nach Begrüßung und einem Impulsvortrag am Vormittag geht es am
Nachmittag in drei parallelen Arbeitsgruppen weiter:

Arbeitsgruppe I – Menschen mit Migrationsvorgeschichte im Bildungssystem
Arbeitsgruppe II – Münsters Zukunftsprozess aus der Sicht der Menschen mit
Migrationsvorgeschichte
Arbeitsgruppe III – Förderungsmöglichkeiten und effektives Vereinsmanagement

Anmeldungen nehmen wir bis zum 6. März 2027 unter mso-tag@muenster.example
entgegen. Bitte teilen Sie uns Ihren Namen, Ihre Organisation, die Zahl der
Teilnehmenden und Ihre Wunsch-Arbeitsgruppe mit.

Die Teilnahme ist kostenfrei. Für Getränke und einen kleinen Imbiss ist gesorgt.

Mit freundlichen Grüßen
Kommunales Integrationszentrum Münster"""

CONF_SUBJECT = "Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"

AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(who, ag, persons):
    """The confirmation mailbot sent; quoted in changes and cancellations."""
    return f"""Guten Tag {who},

Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027 ist bei uns
eingegangen. Wir freuen uns auf Sie!

Wann: Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Wo: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Ihre Arbeitsgruppe: {AG_LINE[ag]}
Angemeldete Personen: {persons}

Wenn Sie die Arbeitsgruppe wechseln, die Personenzahl ändern oder absagen
möchten, antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster"""


def confirmation_message(to, who, ag, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (returned inside bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_MSO
    m["To"] = to
    m["Subject"] = CONF_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(who, ag, persons), charset="utf-8", cte="quoted-printable")
    return m


# ---------------------------------------------------------------------------
# HTML the clients write
# ---------------------------------------------------------------------------

def gmail_html(text, attr=None, quoted=None):
    """Gmail: one <div> per line; a quote goes into a gmail_quote blockquote."""
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    out = f'<div dir="ltr">{inner}</div>'
    if attr:
        q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
        out += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                f'{esc(attr)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px '
                '0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                f"{q}</blockquote></div>")
    return out + "\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def outlook_mobile_html(text):
    """Outlook for Android / iOS."""
    inner = "".join(f"<div dir=\"auto\">{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return ("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; "
            "charset=utf-8\"></head><body><div dir=\"auto\" style=\"font-family: Aptos, "
            f"sans-serif; font-size: 11pt;\">{inner}</div></body></html>\n")


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
span.E-MailFormatvorlage17
	{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang=DE link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line, small=False):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    if small:
        return (f"<p class=MsoNormal><span style='font-size:8.0pt;color:gray'>{esc(line)}"
                "<o:p></o:p></span></p>")
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, small_tail=""):
    out = [mso_p(line) for line in text.split("\n")]
    if small_tail:
        out += [mso_p(line, small=True) for line in small_tail.split("\n")]
    return OUTLOOK_HEAD + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


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
        self.intended = []
        self.crlf = False
        self._nboundary = 0

    def head(self, *pairs, envelope=None, received=True, crlf=False, relay=None):
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in
        order.  ASCII values are stored verbatim (folded when long); values with
        non-ASCII characters go through the policy, which encodes them as UTF-8."""
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", MSO)
        if received:
            if relay:
                host = relay
            else:
                domain = sender.split("@")[1]
                host = ("smtp." if domain.startswith("mail.") else "mail.") + domain
            arrival = format_datetime((self.when + datetime.timedelta(seconds=2)).astimezone(CET))
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
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
        self._record(text)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
               params=None):
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            self.msg[k] = v
        self._record(text)

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
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.muenster.example"
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


def headers_part(inner):
    """text/rfc822-headers: only the header block of the returned message."""
    part = MIMEPart(policy=POLICY)
    block = "".join(f"{k}: {v}\n" for k, v in inner.items())
    part.set_content(block, subtype="rfc822-headers", charset="us-ascii", cte="7bit")
    del part["Content-Type"]
    part["Content-Type"] = "text/rfc822-headers"
    part["Content-Description"] = "Undelivered Message Headers"
    return part, block


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, notes, builder)


def mail(slug, when, expected, text_lang, tz=1):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Gmail for Android, multipart/alternative, lower case with emoji.  Student
# group; AG by alias in brackets ("ag 1 (bildung)").  "vllt kommen noch 1-2
# leute dazu" is a maybe for later, not part of this registration: party 1.
# The full name is only in the From display name.

@mail("haddad-syrian-students-lowercase", "2027-01-13 21:47:12",
      E("registration", "lina.haddad.ms@gmail.example", "Lina Haddad",
        "Syrian Students Münster", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Lina Haddad <lina.haddad.ms@gmail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO Tag 🙌"),
           ("Date", m.date),
           ("Message-ID", "<CAL9x2bT4q8vZmWn0pRk3hYd7sJe1FgUo5cA6iB2nX8yMwQ3rLe@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """hii 👋

ich bin lina, ich bin bei Syrian Students Münster und hab euren post zum mso tag gesehen. würd mich gern anmelden für den 13.3 🙌

ag 1 (bildung) passt voll zu uns, wir machen grad so ein nachhilfe projekt für syrische schüler*innen in coerde

erstmal nur ich, vllt kommen noch 1-2 leute dazu aber dann sag ich nochmal bescheid

lg lina 🌸"""
    m.alternative(text, gmail_html(text), cte="quoted-printable", style="gmail")


# -- 002 ---------------------------------------------------------------------
# Arabizi (Levantine Arabic in Latin letters, digits 3/2 for ع/ء), iPhone,
# text/plain.  "ana w 3 min shabab el jam3iye ya3ni 4 ashkhas" -> 4 persons;
# the "3" in "3al" / "3am" is a letter, not a number.  Signature in lower case
# beats the short display name.

@mail("khatib-arabizi-four-persons", "2027-01-14 09:03:40",
      E("registration", "omar.khatib04@mail.example", "omar khatib",
        "Al-Amal Jugend Münster", ["AG3"], 4, "ar"), "ar")
def _(m):
    m.head(("From", "Omar <omar.khatib04@mail.example>"),
           ("To", MSO),
           ("Subject", "tasjeel MSO tag"),
           ("Date", m.date),
           ("Message-ID", "<6F1A2C44-93B0-4E1D-8A5F-0C7D2E9B4A13@mail.example>"),
           ("X-Mailer", "iPhone Mail (22C152)"),
           ("MIME-Version", "1.0"))
    m.single("""marhaba 🙏

ana omar, min Al-Amal Jugend Münster. bidna nsajjel 3al MSO tag yom 13/3
ana w 3 min shabab el jam3iye ya3ni 4 ashkhas 😅
bidna AG 3 (el fördermittel w vereinsmanagement) la2anno 3am nfakker na3mel projekt ma3 el wlad bas ma mna3ref kif njib masari 😂

shukran ktir w yeslamo
omar khatib

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# German street register with Turkish/Arabic words ("selam aleykum",
# "wallah", "inşallah"); the matrix language is German.  Two persons, the
# cousin is named.  The writer's full name is given in the text only.

@mail("dogan-cousin-kiezdeutsch", "2027-01-14 17:26:05",
      E("registration", "emre.dogan99@mail.example", "emre doğan",
        "Genç Köprü", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "emre <emre.dogan99@mail.example>"),
           ("To", MSO),
           ("Subject", "mso tag"),
           ("Date", m.date),
           ("Message-ID", "<r2kq9f.1768407965.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""selam aleykum 😊

ich und meine cousine wollen zum mso tag kommen. wir sind beide bei Genç Köprü, das ist so ein jugendverein in kinderhaus. wir nehmen die ag 2 das mit münsters zukunft, weil wir wollen auch mal mitreden was hier in der stadt passiert wallah 😂

meine cousine heißt elif doğan, ich bin emre doğan

inşallah bis dann
emre

Von meinem Samsung Galaxy Smartphone gesendet.""", charset="utf-8", cte="8bit")


# -- 004 ---------------------------------------------------------------------
# English, Gmail.  Torn between two workgroups, settles on a first and second
# choice; registration with a question about language.  "Me and two others"
# = 3.  Organisation with its abbreviation in brackets in the signature.

@mail("nair-english-ag3-then-ag1", "2027-01-15 12:18:33",
      E("registration", "priya.nair@gmail.example", "Priya Nair",
        "Indian Students Association Münster", ["AG3", "AG1"], 3, "en"), "en")
def _(m):
    m.head(("From", "Priya Nair <priya.nair@gmail.example>"),
           ("To", MSO),
           ("Subject", "Registration – MSO Day 13 March (ISA Münster)"),
           ("Date", m.date),
           ("Message-ID", "<CAOw7kHn2Xc5pLq0dS8vB3mE1rT6yJ4aZ9fG2uN7sK0hV5wQx3A@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Hey there!

Saw the post about the MSO-Tag on the Internationaler Club's Instagram 😊 Me and two others from the board of the Indian Students Association Münster would love to join.

We're kinda torn between AG 1 and AG 3 tbh – education is super close to our hearts, but we desperately need tips on funding for our Diwali night 😅 So let's say AG 3 first and AG 1 if it's full?

Quick question: are the workgroups in German only? Two of us are still at A2 level lol

Cheers,
Priya Nair
Indian Students Association Münster (ISA)"""
    m.alternative(text, gmail_html(text), cte="quoted-printable", style="gmail")


# -- 005 ---------------------------------------------------------------------
# Russian in Latin letters (translit), us-ascii.  "my s podrugoy Katey" = me
# and my friend Katya -> 2.  "rabochaya gruppa 1".  Signed with the nickname
# "Dasha"; the full name is the display name.

@mail("morozova-russian-translit", "2027-01-16 19:55:21",
      E("registration", "dasha.morozova@mail.example", "Daria Morozova",
        "Jugendclub Most", ["AG1"], 2, "ru"), "ru")
def _(m):
    m.head(("From", "Daria Morozova <dasha.morozova@mail.example>"),
           ("To", MSO),
           ("Subject", "registraciya MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<1768589721.338104522@f412.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""privet!)

ya Dasha, my s podrugoy Katey khotim zaregistrirovatsya na MSO-Tag 13 marta. my obe iz Jugendclub Most, eto molodezhnaya gruppa pri russkoyazychnom kulturnom obshchestve.

nas interesuet rabochaya gruppa 1 pro obrazovanie, potomu chto ya seychas delayu Ausbildung, a Katya eshche v shkole, i nam est chto skazat)))

spasibo bolshoe!!
Dasha
""", charset="us-ascii", cte="7bit")


# -- 006 ---------------------------------------------------------------------
# Question (is it free, must I be a member), 17-year-old FSJ volunteer.
# "wenn das geht würde ich mich dann anmelden" -> registration later: question.
# The youth centre is where she does her FSJ, not an organisation she comes for.

@mail("kilic-fsj-free-member-question", "2027-01-17 14:02:48",
      E("question", "aleyna.kilic@gmail.example", "Aleyna Kılıç", None, [], None, "de"), "de")
def _(m):
    m.head(("From", addr("Aleyna Kılıç", "aleyna.kilic@gmail.example", "iso-8859-9", "q")),
           ("To", MSO),
           ("Subject", "Frage zum mso tag"),
           ("Date", m.date),
           ("Message-ID", "<CAF3mWq8Lk1zPv6Rb9Ye0tNc2Hs5Xa7GdU4jQo8iE3nK1pZw6Ym@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """hallo,

ich hab zwei fragen zum mso tag: ist das kostenlos? und muss man mitglied in einem verein sein um zu kommen?

ich bin 17 und mach grad mein FSJ im jugendzentrum am hafen. bin selber in keinem verein, aber meine anleiterin meinte das wär interessant für mich. wenn das geht würde ich mich dann anmelden

danke schonmal!
aleyna"""
    m.alternative(text, gmail_html(text), cte="base64", style="gmail")


# -- 007 ---------------------------------------------------------------------
# Turkish written without Turkish letters (c for ç, s for ş, i for ı, g for ğ),
# old webmail declaring iso-8859-9.  "2 arkadasimla ... toplam 3 kisiyiz",
# "3. grubu" = the third group.

@mail("korkmaz-turkish-no-special-letters", "2027-01-18 10:40:09",
      E("registration", "zeynep.korkmaz@mail.example", "Zeynep Korkmaz",
        "Turk Ogrenci Birligi Munster", ["AG3"], 3, "tr"), "tr")
def _(m):
    m.head(("From", "Zeynep Korkmaz <zeynep.korkmaz@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO gunu kayit"),
           ("Date", m.date),
           ("Message-ID", "<1768729209.6651.ymail@mail.example>"),
           ("X-Mailer", "WebService/1.1.23123 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.single("""merhaba,

13 Marttaki MSO gunune kayit olmak istiyorum. 2 arkadasimla gelecegiz yani toplam 3 kisiyiz. calisma grubu olarak 3. grubu seciyoruz (dernek yonetimi, fonlar vs) cunku dernegimizi gecen ay kurduk ve acikcasi hicbir seyi bilmiyoruz :D

tesekkurler, iyi calismalar
Zeynep Korkmaz
Turk Ogrenci Birligi Munster
""", charset="iso-8859-9", cte="7bit")


# -- 008 ---------------------------------------------------------------------
# Ukrainian in Latin letters, Outlook for Android (multipart/alternative,
# base64).  "druha (Zukunftsprozess)", fallback "tretia" -> AG2, AG3.

@mail("bondarenko-ukrainian-translit-outlook-android", "2027-01-19 08:12:57",
      E("registration", "andrii.bondarenko@outlook.example", "Andrii Bondarenko",
        "Ukrainian Youth Hub Münster", ["AG2", "AG3"], 1, "uk"), "uk")
def _(m):
    m.head(("From", "Andrii Bondarenko <andrii.bondarenko@outlook.example>"),
           ("To", MSO),
           ("Subject", "Reiestratsiia na MSO-Tag"),
           ("Thread-Topic", "Reiestratsiia na MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<PA4P190MB1184C2D5E6F708192A3B4C5D6E7FA@PA4P190MB1184.EURP190.PROD.OUTLOOK.example>"),
           ("Accept-Language", "uk-UA, de-DE"),
           ("Content-Language", "uk-UA"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    text = """Pryvit!

Mene zvaty Andrii Bondarenko, ya student FH i volonter v Ukrainian Youth Hub Münster. Khochu zareiestruvatysia na MSO-Tag 13 bereznia.

Robocha hrupa: druha (Zukunftsprozess). Yakshcho tam vzhe nemaie mists, to tretia.

Budu odyn.

Diakuiu!
Andrii

Get Outlook for Android"""
    m.alternative(text, outlook_mobile_html(text), cte="base64", style="outlook")


# -- 009 ---------------------------------------------------------------------
# Decides between workgroups inside the mail: first sure of AG 1, then the
# treasurer argues for AG 3 -> "Also AG 3, und falls die voll ist, AG 1".
# The treasurer comes too: 2.  iPhone, plain text.

@mail("owusu-decides-ag3-over-ag1", "2027-01-20 22:31:16",
      E("registration", "ama.owusu@icloud.example", "Ama Owusu",
        "Afro Youth Münster", ["AG3", "AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Ama Owusu <ama.owusu@icloud.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Afro Youth Münster"),
           ("Date", m.date),
           ("Message-ID", "<A7D3F0B2-55C1-4E8A-9B26-1F0E4C3D2A19@icloud.example>"),
           ("X-Mailer", "iPhone Mail (22C152)"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo liebes MSO-Team,

ich würde mich gern anmelden! Ich bin seit letztem Jahr im Vorstand von Afro Youth Münster (wir sind alle so zwischen 16 und 25).

Ich war erst voll sicher AG 1, weil Schule bei uns DAS Thema ist … aber unsere Kassenwartin Joy meint, wir brauchen dringender AG 3, weil wir null Ahnung von Förderanträgen haben 🙈 Sie hat recht. Also AG 3, und falls die voll ist, AG 1.

Joy kommt übrigens auch mit, wir sind also zu zweit.

Liebe Grüße
Ama

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Ticket-system acknowledgement of a student union office (auto_reply), with
# Auto-Submitted and a ticket number, German and English.  It answers a
# confirmation mailbot sent to that office.

@mail("referat-ticket-autoreply", "2027-01-21 11:05:02",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Referat für internationale Studierende <international@asta-ms.example>"),
           ("To", MSO),
           ("Subject", "[Ticket#2027012110000417] Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1769000702.883214.otrs@helpdesk.asta-ms.example>"),
           ("In-Reply-To", "<mailbot.20270121110420.7c2e@muenster.example>"),
           ("References", "<mailbot.20270121110420.7c2e@muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("Precedence", "bulk"),
           ("X-Loop", "international@asta-ms.example"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo!

Danke für deine Nachricht an das Referat für internationale Studierende.
Wir sind ein ehrenamtliches Team aus Studis und melden uns so schnell wie
möglich, spätestens innerhalb von 7 Tagen. In der Prüfungsphase (bis
15.02.) kann es etwas länger dauern.

Deine Ticketnummer: 2027012110000417
Bitte lass die Nummer im Betreff, wenn du uns nochmal schreibst.

---

Hi!

Thanks for your message to the International Students' Office. We are a
volunteer team of students and will get back to you within 7 days.

Referat für internationale Studierende
Studierendenvertretung Münster
""", charset="utf-8", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Farsi in Latin letters (Finglish), Gmail.  "baraye khodam va do ta az
# doostam" = for myself and two friends -> 3.  "gorooh-e kari 1" plus the
# title word "Bildungssystem" in a Persian ezafe construction.

@mail("tavakoli-finglish", "2027-01-22 16:09:44",
      E("registration", "sara.tavakoli@gmail.example", "Sara Tavakoli",
        "Iranische Studierende Münster", ["AG1"], 3, "fa"), "fa")
def _(m):
    m.head(("From", "Sara T <sara.tavakoli@gmail.example>"),
           ("To", MSO),
           ("Subject", "sabtenam MSO 🌷"),
           ("Date", m.date),
           ("Message-ID", "<CAD8hRz1Yq5kWm3Tn7Lb0Xv2Pc9Sg4Ef6Ju1Ao8dH5iK3rM7wNq@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """salam vaght bekheir 🌷

man Sara hastam, az gorooh-e Iranische Studierende Münster. mikhastam baraye khodam va do ta az doostam sabtenam konam baraye rooz-e MSO (13 March).

ma gorooh-e kari 1 ro mikhaym, hamoon ke dar bare-ye Bildungssystem-e. chon har se tamoon dar daneshgah Lehramt mikhoonim 😊

kheili mamnoon
Sara Tavakoli"""
    m.alternative(text, gmail_html(text), cte="quoted-printable", style="gmail")


# -- 012 ---------------------------------------------------------------------
# Trainee writing from her employer's Outlook (windows-1252, multipart/
# alternative with Word HTML).  She asks for the confirmation at her private
# address -> email is that address.  The bank in the signature is her employer,
# not the organisation.

SENAIT_TEXT = """Hallo zusammen,

sorry, dass ich von der Arbeitsadresse schreibe, mein Handy ist grad kaputt :-/
Ich engagiere mich ehrenamtlich in unserem Verein Eritreische Jugend Münster und würde gern zum MSO-Tag kommen, am liebsten in die AG 3 (Förderungsmöglichkeiten). Nur ich.

Schickt die Bestätigung bitte an meine private Adresse: senait.t@mail.example – auf die Arbeitsmail komme ich ab nächster Woche nicht mehr, da bin ich drei Wochen in der Berufsschule.

Danke & viele Grüße
Senait

Senait Tesfamariam
Auszubildende Bankkauffrau
Westbank Münster AG | Ludgeristraße 100 | 48143 Münster"""

SENAIT_TAIL = """Diese E-Mail enthält vertrauliche Informationen und ist ausschließlich für den Empfänger bestimmt. Sollten Sie diese E-Mail irrtümlich erhalten haben, informieren Sie bitte den Absender und löschen Sie die Nachricht.
Westbank Münster AG · Vorstand: Dr. Klaus Terhaar (Vors.), Petra Lüdeking · Amtsgericht Münster HRB 4711"""


@mail("tesfamariam-trainee-work-outlook-private-address", "2027-01-23 12:44:30",
      E("registration", "senait.t@mail.example", "Senait Tesfamariam",
        "Eritreische Jugend Münster", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Tesfamariam, Senait" <senait.tesfamariam@westbank-ms.example>'),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag (privat)"),
           ("Thread-Topic", "Anmeldung MSO-Tag (privat)"),
           ("Thread-Index", "AdtuQz3kR0bQ7vF1SLGm2c9xYw4eNA=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR02MB7344F1E2D3C4B5A69788A1B2C3D4E5F6@DB9PR02MB7344.eurprd02.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    plain = SENAIT_TEXT + "\n\n" + SENAIT_TAIL
    m.alternative(plain, outlook_html(SENAIT_TEXT, SENAIT_TAIL), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 013 ---------------------------------------------------------------------
# Moroccan Darija in Latin letters ("bghit nsjjel ana w sahbi" = I want to
# register me and my friend -> 2), French date word "mars", Samsung mail.

@mail("el-amrani-darija-arabizi", "2027-01-24 20:20:13",
      E("registration", "yassine.elamrani@mail.example", "Yassine El Amrani",
        "Moroccan Youth Münster", ["AG2"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Yassine El Amrani <yassine.elamrani@mail.example>"),
           ("To", MSO),
           ("Subject", "inscription MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<k3v8p1.1769282413.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    text = """salam 3alikom

smiti Yassine, ana m3a Moroccan Youth Münster. bghit nsjjel ana w sahbi Anas l MSO-Tag nhar 13 mars.
bghina l AG 2 (Münsters Zukunftsprozess)
chokran bzaf w nchallah nchoufokom tma 🙏

Yassine El Amrani

Von meinem Samsung Galaxy Smartphone gesendet."""
    m.alternative(text, "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                  "charset=UTF-8\"></head><body>" + "<br>".join(esc(x) for x in text.split("\n"))
                  + "</body></html>\n", cte="base64", style="samsung")


# -- 014 ---------------------------------------------------------------------
# English question list (membership, language, food).  "I'll register
# properly after" -> question.  The refugee youth project is described, not
# named: organisation null.

@mail("souza-exchange-student-questions", "2027-01-25 13:37:26",
      E("question", "gabriel.souza@gmail.example", "Gabriel Souza", None, [], None, "en"), "en")
def _(m):
    m.head(("From", "Gabriel Souza <gabriel.souza@gmail.example>"),
           ("To", MSO),
           ("Subject", "questions MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAJp4nVt0Wz8qYm2Ks6Db1Rf9Xe3Lc7Ho5Ga4Tu2iN8vP1jS6Ed@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Hi!

Quick questions about the MSO-Tag on March 13:
1) do I need to be a member of a migrant organisation to join? I'm an exchange student from Brazil and I volunteer at a refugee youth project in Coerde, but I'm not officially a member of anything
2) is it in German only? my German is ok-ish (B1)
3) is there food? 😅

If it's open for people like me I'll register properly after.

Thanks!!
Gabriel"""
    m.alternative(text, gmail_html(text), cte="quoted-printable", style="gmail")


# -- 015 ---------------------------------------------------------------------
# Russian translit, all lower case, no punctuation at line ends.  "nas budet
# pyatero vmeste so mnoy" = we will be five including me.  The signature
# "maksim schmidt" beats the display name "Max Schmidt".

@mail("schmidt-russian-lowercase-five", "2027-01-26 18:03:51",
      E("registration", "max.schmidt2003@mail.example", "maksim schmidt",
        "jugendgruppe lichtblick", ["AG2"], 5, "ru"), "ru")
def _(m):
    m.head(("From", "Max Schmidt <max.schmidt2003@mail.example>"),
           ("To", MSO),
           ("Subject", "mso tag"),
           ("Date", m.date),
           ("Message-ID", "<1769447031.112098344@f233.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""dobryy den
ya maksim iz jugendgruppe lichtblick (eto molodezhka pri nemetsko-russkom obshchestve v gievenbeck)
nas budet pyatero vmeste so mnoy
khotim v gruppu pro zukunftsprozess to est AG 2
nam vsem ot 18 do 22 let esli eto vazhno
spasibo zaranee
maksim schmidt
""", charset="us-ascii", cte="7bit")


# -- 016 ---------------------------------------------------------------------
# Postfix bounce: the confirmation went to a deactivated student account.

UNI_RCPT = "n.yousefi@uni-muenster.example"


@mail("postfix-bounce-student-account", "2027-01-27 09:14:07",
      E("bounce", bounced=UNI_RCPT), "en")
def _(m):
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270127081407.3B9E21C04F@mail.muenster.example>"),
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

<{UNI_RCPT}>: host mx1.uni-muenster.example[198.51.100.25] said:
    550 5.1.1 <{UNI_RCPT}>: Recipient address rejected: Account
    disabled (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "3B9E21C04F"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Wed, 27 Jan 2027 09:14:05 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {UNI_RCPT}"),
         ("Original-Recipient", f"rfc822;{UNI_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx1.uni-muenster.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{UNI_RCPT}>: Recipient address\n"
                             "    rejected: Account disabled")])
    original = confirmation_message(
        f"Nima Yousefi <{UNI_RCPT}>", "Nima Yousefi", "AG1", 2,
        "Wed, 27 Jan 2027 09:14:04 +0100", "<mailbot.20270127091404.51d0@muenster.example>",
        "<0b7e4a2c-6f13-4c8d-9e20-5a1d3b8c7f64@uni-muenster.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 017 ---------------------------------------------------------------------
# Phone mail, lower case, emoji with zero-width joiners.  "ich (dilan) + 2
# freundinnen" = 3; "die ag mit schule/bildung" names AG1 by two aliases.
# Organisation on a "verein:" line.

@mail("demir-maedchengruppe-emoji", "2027-01-28 16:48:22",
      E("registration", "dilan.dmr@icloud.example", "dilan demir",
        "Ronahî Jugend Münster", ["AG1"], 3, "de"), "de")
def _(m):
    m.head(("From", "Dilan <dilan.dmr@icloud.example>"),
           ("To", MSO),
           ("Subject", ew("anmeldung mso tag 💜", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<3E9B6D21-0C4F-4A7E-B815-D92C6F0A3B57@icloud.example>"),
           ("X-Mailer", "iPhone Mail (22D63)"),
           ("MIME-Version", "1.0"))
    m.single("""hey ✨

ich (dilan) + 2 freundinnen aus unserer mädchengruppe kommen am 13.3 🙋‍♀️🙋‍♀️🙋‍♀️
wir wollen in die ag mit schule/bildung 📚

verein: Ronahî Jugend Münster

lg dilan demir""", charset="utf-8", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Ukrainian translit, Gmail; three young women ("try divchyny"), AG3 by
# number plus alias, and a question at the end -> still a registration.

@mail("kravets-ukrainian-three-girls-question", "2027-01-29 19:30:05",
      E("registration", "sofiia.kravets@gmail.example", "Sofiia Kravets",
        "Jugendgruppe Kalyna", ["AG3"], 3, "uk"), "uk")
def _(m):
    m.head(("From", "Sofiia Kravets <sofiia.kravets@gmail.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag 13.03"),
           ("Date", m.date),
           ("Message-ID", "<CAE2vPk9Rm4Xt1Wq8Zn6Jb3Ls0Hc5Yd7Fg2Uo9aK4eT1iN6sM8x@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Dobryi vechir!

My – try divchyny z Jugendgruppe Kalyna (tse molodizhna hrupa pry ukrainskii hromadi). Khochemo pryity na MSO-Tag 13.03.

Nas tsikavyt robocha hrupa 3 (Förderung), bo my khochemo zrobyty litnii tabir dlia ditei i shukaiemo hroshi na nioho.

I shche pytannia: chy treba shchos braty z soboiu?

Z povahoiu,
Sofiia Kravets"""
    m.alternative(text, gmail_html(text), cte="quoted-printable", style="gmail")


# -- 019 ---------------------------------------------------------------------
# Newsletter of an international students' meeting point (other).  It
# recommends the MSO-Tag, names the three workgroups and the registration
# address, and has a List-Unsubscribe header.

NEWS_TEXT = """Internationaler Studierendentreff Münster – Newsletter Februar 2027

Hallo ihr Lieben,

das Semester ist fast rum – hier kommt, was im Februar bei uns los ist:

🎉 Semesterabschlussparty
Fr, 12.02., ab 21 Uhr im Treff (Eintritt frei, bringt eure Mitbewohner*innen mit!)

☕ Sprachcafé in der vorlesungsfreien Zeit
jeden Dienstag 18–20 Uhr, Deutsch, Englisch, Arabisch, Türkisch und Ukrainisch

📌 Tipp: Tag der Migrantenselbstorganisationen
Am Samstag, 13. März, treffen sich Vereine und Initiativen im Stadtweinhaus.
Es gibt drei Arbeitsgruppen: Bildung, Münsters Zukunftsprozess und Förderung/
Vereinsmanagement. Wer als Hochschulgruppe dabei sein will, meldet sich selbst
per Mail an mso-tag@muenster.example an – nicht bei uns!

Bis bald im Treff
euer IST-Team

Du bekommst diesen Newsletter, weil du dich im Treff eingetragen hast.
Abmelden: https://ist-muenster.example/newsletter/abmelden?u=5518"""

NEWS_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>IST Newsletter Februar 2027</title></head>
<body style="margin:0;background:#fff6e5;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1d1d1d;">
<tr><td style="background:#ff7a00;color:#ffffff;font-size:22px;font-weight:bold;">Internationaler Studierendentreff Münster – Newsletter Februar 2027</td></tr>
<tr><td>
<p>Hallo ihr Lieben,</p>
<p>das Semester ist fast rum – hier kommt, was im Februar bei uns los ist:</p>
<h3>🎉 Semesterabschlussparty</h3>
<p>Fr, 12.02., ab 21 Uhr im Treff (Eintritt frei, bringt eure Mitbewohner*innen mit!)</p>
<h3>☕ Sprachcafé in der vorlesungsfreien Zeit</h3>
<p>jeden Dienstag 18–20 Uhr, Deutsch, Englisch, Arabisch, Türkisch und Ukrainisch</p>
<h3>📌 Tipp: Tag der Migrantenselbstorganisationen</h3>
<p>Am Samstag, 13. März, treffen sich Vereine und Initiativen im Stadtweinhaus.
Es gibt drei Arbeitsgruppen: Bildung, Münsters Zukunftsprozess und Förderung/Vereinsmanagement.
Wer als Hochschulgruppe dabei sein will, meldet sich selbst per Mail an
<a href="mailto:mso-tag@muenster.example">mso-tag@muenster.example</a> an – nicht bei uns!</p>
<p>Bis bald im Treff<br>euer IST-Team</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;">Du bekommst diesen Newsletter, weil du dich im Treff eingetragen hast.
<a href="https://ist-muenster.example/newsletter/abmelden?u=5518">Abmelden</a></td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("studierendentreff-newsletter", "2027-01-30 10:00:03",
      E("other"), "de")
def _(m):
    m.head(("From", "Internationaler Studierendentreff Münster <newsletter@ist-muenster.example>"),
           ("To", MSO),
           ("Subject", "📰 IST-Newsletter Februar: Abschlussparty, Sprachcafé & mehr"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-02.5518.20270130090003@ist-muenster.example>"),
           ("List-Id", "IST Newsletter <newsletter.ist-muenster.example>"),
           ("List-Unsubscribe", "<https://ist-muenster.example/newsletter/abmelden?u=5518>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(NEWS_TEXT, NEWS_HTML, cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Turkish carrying the sentences, with German words inflected by Turkish
# suffixes ("Jugendgruppe'de", "MSO Tag'ina", "AG 2'ye", "Bestatigung'u").
# Shared association mailbox; the confirmation goes there ("bu adrese").
# "ben + 3 genc" = 4.

@mail("sahin-turkish-shared-mailbox", "2027-01-31 15:11:38",
      E("registration", "anadolugenclik.ms@mail.example", "Burak Sahin",
        "Anadolu Genclik Münster", ["AG2"], 4, "tr"), "tr")
def _(m):
    m.head(("From", "Anadolu Genclik Münster <anadolugenclik.ms@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO Tag kayit - Anadolu Genclik"),
           ("Date", m.date),
           ("Message-ID", "<CAB5tNw3Hq7Lz0Xm9Ye2Kc6Pr1Va8Sd4Jg5Fo3uI7bT2nW9kR0y@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Selam,

ben Burak, Anadolu Genclik Münster'den yaziyorum. Jugendgruppe'de ehrenamtli olarak calisiyorum. MSO Tag'ina 4 kisi gelmek istiyoruz (ben + 3 genc). Hepsi 18 yasindan buyuk.
AG 2'ye yazabilir misiniz? Zukunftsprozess konusu bizim gencleri cok ilgilendiriyor.
Bestatigung'u bu adrese gonderebilirsiniz.

Tesekkurler, kolay gelsin
Burak Sahin
Anadolu Genclik Münster"""
    m.alternative(text, gmail_html(text), cte="quoted-printable", style="gmail")


# -- 021 ---------------------------------------------------------------------
# Change in a Gmail reply to the confirmation (AG1, 1 person): "kann ich doch
# in die ag 2 statt ag 1?" -> AG2.  The quote names AG 1.

@mail("sultani-change-to-ag2-gmail-reply", "2027-02-01 18:25:10",
      E("change", "mariam.sultani@gmail.example", "Mariam Sultani", None,
        ["AG2"], None, "de"), "de")
def _(m):
    conf_id = "<mailbot.20270126180211.a41f@muenster.example>"
    m.head(("From", addr("Mariam Sultani", "mariam.sultani@gmail.example")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAH1qXm6Tp3Wd8Rk0Zy5Lb2Nv7Jc4Se9Fa1Go6uQ3iK8tM5wP2h@mail.gmail.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("MIME-Version", "1.0"))
    own = """hey, sorry nochmal ich 🙈 kann ich doch in die ag 2 statt ag 1? hab grad erst gecheckt dass meine freundin auch in der 2 ist und allein ist blöd 😅

danke!!
mariam"""
    conf = confirmation("Mariam Sultani", "AG1", 1)
    attr = gmail_de_attr("2027-01-26 18:02")
    text = f"{own}\n\n{attr}\n\n{gt_quote(conf)}"
    m.alternative(text, gmail_html(own, attr, conf), cte="quoted-printable", style="gmail")


# -- 022 ---------------------------------------------------------------------
# Dari in Latin letters ("astum", "mekhan", "mekonem", "tashakur").
# "man ... wa chaar nafar digar ... yani jami panj nafar" -> 5.  "groop-e
# dowom" (the second), fallback "groop-e awal" (the first) -> AG2, AG1.

@mail("noori-dari-latin-five", "2027-02-02 20:42:19",
      E("registration", "farid.noori@mail.example", "Farid Noori",
        "Anjuman-e Jawanan-e Afghan Münster", ["AG2", "AG1"], 5, "fa"), "fa")
def _(m):
    m.head(("From", "farid noori <farid.noori@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<1770061339.771.ymail@mail.example>"),
           ("X-Mailer", "YahooMailAndroidMobile/6.41.0"),
           ("MIME-Version", "1.0"))
    m.single("""salaam alaikum

ma az Anjuman-e Jawanan-e Afghan Münster hastem. man Farid astum wa chaar nafar digar az jawanan-e anjuman ham mekhan biyayan, yani jami panj nafar.
ma groop-e dowom ra entekhab mekonem (Zukunftsprozess), agar jay nabood groop-e awal ham khob ast.

tashakur az shoma
Farid Noori
Anjuman-e Jawanan-e Afghan Münster

Sent from Yahoo Mail on Android""", charset="utf-8", cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# English, an Italian intern at an African cultural association: the
# association she is placed with is the organisation she comes for.  "any
# workgroup is fine, but ... education" -> AG1.  Outlook.com web, HTML-ish
# multipart/alternative.

@mail("bellini-intern-english-any-but-education", "2027-02-03 11:29:54",
      E("registration", "chiara.bellini@outlook.example", "Chiara Bellini",
        "Afrikanischer Kulturverein Münster e.V.", ["AG1"], 1, "en"), "en")
def _(m):
    m.head(("From", "Chiara Bellini <chiara.bellini@outlook.example>"),
           ("To", MSO),
           ("Subject", "Registration MSO-Tag"),
           ("Thread-Topic", "Registration MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<AS8P250MB0812D4C3B2A19081F7E6D5C4B3A2910F@AS8P250MB0812.EURP250.PROD.OUTLOOK.example>"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    text = """Hi,

I'm Chiara, I'm doing a 3-month internship (Praktikum) at Afrikanischer Kulturverein Münster e.V. and my supervisor told me I should register for the MSO-Tag 🙂

It's just me. Honestly any workgroup is fine, but if I can choose I'd go for the one about education (Bildungssystem) since I study pedagogy back home in Bologna.

Thank you!
Chiara Bellini"""
    html_text = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
                 "<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} "
                 "</style></head><body dir=\"ltr\">"
                 + "".join(f"<div class=\"elementToProof\" style=\"font-family: Aptos, sans-serif; "
                           f"font-size: 12pt;\">{esc(x) if x else '<br>'}</div>"
                           for x in text.split("\n"))
                 + "</body></html>\n")
    m.alternative(text, html_text, cte="quoted-printable", style="outlook")


# -- 024 ---------------------------------------------------------------------
# Youth group mailbox with the leader's personal Reply-To (asked for in the
# text).  Six names; most go to the education AG, two want AG 2.  The
# writer's own choice is education: workgroups ["AG1"], party_size 6.

@mail("saleh-youth-group-list-reply-to", "2027-02-04 17:58:31",
      E("registration", "tarek.saleh@mail.example", "Tarek Saleh",
        "Jasmin Jugend Münster", ["AG1"], 6, "de"), "de")
def _(m):
    m.head(("From", "Jasmin Jugend <jugend@jasmin-ms.example>"),
           ("Reply-To", "Tarek Saleh <tarek.saleh@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Jugendgruppe (6 Leute)"),
           ("Date", m.date),
           ("Message-ID", "<CAG0wSn4Rb8Mx2Ty6Pk1Lq9Hz3Vd5Ja7Ec0Fu4oN8iW2sK6gX1m@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Hallo :)

hier die Anmeldung von unserer Jugendgruppe für den MSO-Tag:

1. ich (Tarek Saleh)
2. Nour
3. Rania
4. Ali
5. Hamza
6. Lea

Fast alle wollen in die Bildungs-AG, nur Ali und Hamza wollen lieber in die AG 2. Ich selbst bin bei Bildung dabei. Wenn das mit verschiedenen AGs nicht geht, sagt einfach Bescheid, dann klären wir das.

Bitte antwortet an meine Mail, das Jugend-Postfach liest keiner regelmäßig 😅

Viele Grüße
Tarek
Jasmin Jugend Münster"""
    m.alternative(text, gmail_html(text), cte="quoted-printable", style="gmail")


# -- 025 ---------------------------------------------------------------------
# Arabizi question from a 16-year-old: may minors come, do parents need to
# come or sign?  No registration: question.  "ma3 jam3iyetna" (with our
# association) names no organisation.

@mail("haj-ali-arabizi-minor-question", "2027-02-05 21:14:47",
      E("question", "rama.hajali@gmail.example", "Rama Haj Ali", None, [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Rama Haj Ali <rama.hajali@gmail.example>"),
           ("To", MSO),
           ("Subject", "so2al"),
           ("Date", m.date),
           ("Message-ID", "<CAM7kTz2Wq5Nx9Lb1Ry4Hp8Jd0Vs6Gc3Ea7Fo2uK5iQ9tX3nP1w@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """marhaba,
ana 3omri 16 sene w b7eb ktir aji 3al MSO tag ma3 jam3iyetna. bas 3ande so2al: fini aji iza ana ta7t el 18? w lazem ykoun ma3i 7ada men ahli aw wara2a men baba w mama?
shukran 🙏
Rama"""
    m.alternative(text, gmail_html(text), cte="base64", style="gmail")


# -- 026 ---------------------------------------------------------------------
# Learner German from a 19-year-old trainee, Outlook for Android.

@mail("bah-learner-german-outlook-android", "2027-02-06 07:51:03",
      E("registration", "mamadou.bah@outlook.example", "Mamadou Bah",
        "Guinea Jugend Münster e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Mamadou Bah <mamadou.bah@outlook.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung"),
           ("Thread-Topic", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<VI1P190MB0733A8B7C6D5E4F3A2B1C0D9E8F7A6B5@VI1P190MB0733.EURP190.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    text = """Hallo,

ich möchte kommen zu MSO Tag am 13 März. Ich bin 19 jahre und mache Ausbildung als Elektroniker. Ich bin Mitglied bei Guinea Jugend Münster e.V.

Ich wähle AG 2.
Ich komme alleine.

Danke schön
Mamadou Bah

Outlook für Android herunterladen"""
    m.alternative(text, outlook_mobile_html(text), cte="quoted-printable", style="outlook")


# -- 027 ---------------------------------------------------------------------
# Exchange auto-reply of a volunteer whose FSJ has ended (auto_reply); no
# Auto-Submitted header, recognisable by the "Automatische Antwort:" subject
# and the text.  CRLF line ends.

@mail("fsj-mailbox-closed-autoreply", "2027-02-08 09:30:41",
      E("auto_reply"), "de")
def _(m):
    conf_id = "<mailbot.20270208093038.0e9b@muenster.example>"
    m.head(("From", "Leonie Kowalski <fsj.kowalski@freiwilligendienst-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + CONF_SUBJECT),
           ("Thread-Topic", CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<VE1PR08MB5623B0A1C2D3E4F5A6B7C8D9E0F1A2B3@VE1PR08MB5623.eurprd08.prod.outlook.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("X-MS-Exchange-Inbox-Rules-Loop", "fsj.kowalski@freiwilligendienst-ms.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"),
           crlf=True)
    m.single("""Hallo,

mein Freiwilliges Soziales Jahr ist am 31.01.2027 zu Ende gegangen. Dieses Postfach wird nicht mehr gelesen und in Kürze gelöscht.

Für Anfragen an die Einsatzstelle schreibt bitte an info@freiwilligendienst-ms.example.

Hi, my voluntary year has ended and this mailbox is no longer monitored.

Leonie Kowalski
""", charset="utf-8", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# German with Arabic words ("inshallah", "yalla", "baraka allahu fik"),
# matrix German.  Changes mind inside the mail: "erst dachten wir ag 3 ...
# yalla dann nehmen wir die ag 2" -> only AG2.  "3 jungs" = 3.

@mail("ouahbi-three-boys-ag3-then-ag2", "2027-02-10 19:06:27",
      E("registration", "bilal.ouahbi@gmail.example", "bilal ouahbi",
        "Atlas Jugend Münster", ["AG2"], 3, "de"), "de")
def _(m):
    m.head(("From", "Bilal O. <bilal.ouahbi@gmail.example>"),
           ("To", MSO),
           ("Subject", "mso tag anmeldung 3 leute"),
           ("Date", m.date),
           ("Message-ID", "<CAN3pYr8Kx1Tm6Wb0Lz4Qd9Hs2Ve7Jf5Gc1Ao8uP3iR6nX4kM9t@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """salam 👋

wir sind 3 jungs von Atlas Jugend Münster und wollen zum mso tag kommen inshallah

erst dachten wir ag 3 wegen vereinskram aber ehrlich gesagt haben wir da null bock drauf 😂 yalla dann nehmen wir die ag 2, stadt und zukunft und so, das passt besser zu uns

namen: bilal, yusuf, karim
ich bin bilal ouahbi, die anderen zwei kommen mit mir

baraka allahu fik
bilal"""
    m.alternative(text, gmail_html(text), cte="quoted-printable", style="gmail")


# -- 029 ---------------------------------------------------------------------
# Change of party size only (3 -> 5), Turkish without Turkish letters,
# Thunderbird reply quoting the confirmation (AG1, 3 persons), windows-1254.
# "Calisma grubu ayni kalsin" (the group stays) -> workgroups [], party 5.

@mail("yildiz-turkish-party-size-3-to-5", "2027-02-12 13:20:58",
      E("change", "ece.yildiz@mail.example", "Ece Yildiz", None, [], 5, "tr"), "tr")
def _(m):
    conf_id = "<mailbot.20270121140533.9d27@muenster.example>"
    m.head(("From", "Ece Yildiz <ece.yildiz@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5a8e2c1f-3b7d-4e90-a6c4-1d9f0b2e7c35@mail.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

kaydimizda bir degisiklik olacak: 3 degil 5 kisi gelecegiz, iki arkadasimiz daha katilmak istiyor. Calisma grubu ayni kalsin.

Simdiden tesekkurler
Ece Yildiz

21.01.2027 14:05 tarihinde Tag der Migrantenselbstorganisationen yazdı:
{gt_quote(confirmation("Ece Yildiz", "AG1", 3))}
""", charset="windows-1254", cte="quoted-printable", params={"format": "flowed"})


# -- 030 ---------------------------------------------------------------------
# Iraqi Arabic in Latin letters, HTML only (a phone mail app).  Registers
# herself and her 15-year-old sister and asks whether the sister may come:
# a registration with a question, party 2, AG1.

HAWRAA_TEXT = """hala 👋
ani Hawraa, min Bait Al-Shabab. arid asajjil ani w okhti Zahraa lel MSO tag. okhti 3umurha 15 sana, hal agdar ajeebha wiyaya? ani 19.
nriid AG 1 li2an ihna thnenatna bel madrasa w el jam3a w 3idna hwaya ashya2 nriid ngoolha 😤
shukran kteer
Hawraa Al-Saadi"""


@mail("al-saadi-arabizi-sister-minor-html-only", "2027-02-14 12:33:09",
      E("registration", "hawraa.alsaadi@mail.example", "Hawraa Al-Saadi",
        "Bait Al-Shabab", ["AG1"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Hawraa <hawraa.alsaadi@mail.example>"),
           ("To", MSO),
           ("Subject", "tasjeel MSO tag 🌸"),
           ("Date", m.date),
           ("Message-ID", "<app.1771068789.4418.hawraa@mail.example>"),
           ("X-Mailer", "MailApp for Android 14.2"),
           ("MIME-Version", "1.0"))
    body = "".join(f"<div>{esc(x)}</div>" for x in HAWRAA_TEXT.split("\n"))
    m.single(f"<html><head><meta charset=\"utf-8\"></head><body dir=\"ltr\">{body}"
             "<div><br></div><div style=\"color:#888\">-- <br>Sent from MailApp</div></body></html>\n",
             subtype="html", charset="utf-8", cte="base64")


# -- 031 ---------------------------------------------------------------------
# Turkish question (are the workgroups in German only, is there help?),
# registration announced for later: question.  iPhone plain text.

@mail("aydogan-turkish-language-question", "2027-02-15 18:47:36",
      E("question", "mert.aydogan@icloud.example", "Mert Aydogan", None, [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Mert Aydogan <mert.aydogan@icloud.example>"),
           ("To", MSO),
           ("Subject", "MSO Tag hakkinda soru"),
           ("Date", m.date),
           ("Message-ID", "<B41F7C0E-2A9D-4B36-8E51-6D3C0F9A7E28@icloud.example>"),
           ("X-Mailer", "iPhone Mail (22D63)"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

genclik grubumuzdan birkac kisi olarak MSO Tag'ina gelmeyi dusunuyoruz. Ama once bir sorum var: calisma gruplari sadece Almanca mi olacak? Bazi arkadaslar Almanya'ya yeni geldi, Almancalari henuz zayif. Turkce ceviri ya da yardim eden biri olacak mi?

Cevabiniza gore kayit yaptiracagiz.

Saygilar
Mert Aydogan

iPhone'umdan gönderildi""", charset="utf-8", cte="8bit")


# -- 032 ---------------------------------------------------------------------
# A private mail to a fellow student that autocomplete sent here (other).

@mail("erguen-misdirected-to-friend", "2027-02-17 22:10:44",
      E("other"), "de")
def _(m):
    m.head(("From", addr("Nisa Ergün", "nisa.erguen@gmail.example", "iso-8859-1", "q")),
           ("To", MSO),
           ("Subject", "folien??"),
           ("Date", m.date),
           ("Message-ID", "<CAK2rQw7Xm0Tn5Lb8Zy3Jd6Hp1Vs4Gc9Ea2Fo7uK0iS5tX8nR3q@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """hey jule,

hast du die folien für das referat morgen schon fertig? ich check nicht was wir auf folie 5 machen wollten 😩 die mit den statistiken?

und kommst du freitag zu ayses geburtstag? 🎂 sie hat gesagt wir sollen um 8 da sein

hdgdl
nisa"""
    m.alternative(text, gmail_html(text), cte="quoted-printable", style="gmail")


# -- 033 ---------------------------------------------------------------------
# Turkish without Turkish letters, first and second choice as a list
# ("1. tercih: AG 1", "2. tercih: AG 3"); only the writer comes.  Apple Mail.

@mail("aksu-turkish-tercih-list", "2027-02-18 09:58:12",
      E("registration", "deniz.aksu@icloud.example", "Deniz Aksu",
        "Alevi Genclik Münster", ["AG1", "AG3"], 1, "tr"), "tr")
def _(m):
    m.head(("From", "Deniz Aksu <deniz.aksu@icloud.example>"),
           ("To", MSO),
           ("Subject", "Kayit - MSO Tag 13.03."),
           ("Date", m.date),
           ("Message-ID", "<9C2E51A7-7D08-4F3B-A6E4-0B1D8F2C5E93@icloud.example>"),
           ("X-Mailer", "Apple Mail (2.3826.300.87)"),
           ("MIME-Version", "1.0"))
    text = """Merhaba MSO ekibi,

Alevi Genclik Münster adina yaziyorum, grubun sozcusuyum. Su an sadece kendim icin kayit yaptirmak istiyorum:

1. tercih: AG 1 (Bildungssystem)
2. tercih: AG 3

Diger arkadaslar o gun maalesef sinavda.

Sevgiler,
Deniz Aksu"""
    m.alternative(text, apple_html(text), cte="quoted-printable", style="apple")


# -- 034 ---------------------------------------------------------------------
# Change in Arabizi, Gmail with an Arabic interface (Arabic attribution line).
# AG2 -> AG3 and 2 -> 3 persons ("sarna 3 mesh 2").

@mail("mansour-arabizi-change-ag3-three", "2027-02-20 14:16:30",
      E("change", "jana.mansour@gmail.example", "Jana Mansour", None, ["AG3"], 3, "ar"), "ar")
def _(m):
    conf_id = "<mailbot.20270207101522.c3a8@muenster.example>"
    m.head(("From", "Jana Mansour <jana.mansour@gmail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAP6tWz1Rk8Lq3Xm0Ty5Hb9Nd2Vc7Js4Ga1Eo6uM8iQ3pK5wZ2f@mail.gmail.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("MIME-Version", "1.0"))
    own = """ahlan,
baddi ghayyer el tasjeel: badal AG 2 baddna AG 3, w sarna 3 ashkhas mesh 2 (ajet ma3na sa7bti Lama).
merci ktir ❤️
Jana"""
    conf = confirmation("Jana Mansour", "AG2", 2)
    attr = f"في الأحد، 7 فبراير 2027 في 10:15 ص كتب {TO_MSO}:"
    text = f"{own}\n\n{attr}\n\n{gt_quote(conf)}"
    m.alternative(text, gmail_html(own, attr, conf), cte="base64", style="gmail")


# -- 035 ---------------------------------------------------------------------
# German question from a social work student (certificate of attendance for
# the practice semester); "Wenn ja, melden wir uns die Tage richtig an" ->
# question.  University webmail, iso-8859-1.

@mail("tran-teilnahmebescheinigung-question", "2027-02-22 11:07:55",
      E("question", "linh.tran@fh-muenster.example", "Linh Tran",
        "Vietnamesischer Kulturverein Münster", [], None, "de"), "de")
def _(m):
    m.head(("From", "Linh Tran <linh.tran@fh-muenster.example>"),
           ("To", MSO),
           ("Subject", "Frage: Teilnahmebescheinigung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<20270222110755.Horde.q7Lx2Pz0RkWm4bTn8cYd1Aa@webmail.fh-muenster.example>"),
           ("User-Agent", "Horde Application Framework 5"),
           ("MIME-Version", "1.0"))
    m.single("""Hi,

wir (2-3 Leute aus unserer Jugendgruppe, Vietnamesischer Kulturverein Münster) überlegen, zum MSO-Tag zu kommen. Kurze Frage vorher: Bekommt man da eine Teilnahmebescheinigung? Ich bräuchte die für mein Praxissemester an der FH (Soziale Arbeit), sonst wird mir der Tag nicht angerechnet.

Wenn ja, melden wir uns die Tage richtig an!

Danke und LG
Linh Tran
""", charset="iso-8859-1", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# English registration on top of a Gmail forward chain: the chair's note and
# the city's invitation (all three workgroups, "Zahl der Teilnehmenden") are
# below in the forwarded part.  "with one friend" = 2, AG 3.

@mail("okonkwo-english-forwarded-invitation", "2027-02-24 16:40:02",
      E("registration", "adaeze.okonkwo@gmail.example", "Adaeze Okonkwo",
        "Nigerian Students Union Münster", ["AG3"], 2, "en"), "en")
def _(m):
    m.head(("From", "Adaeze Okonkwo <adaeze.okonkwo@gmail.example>"),
           ("To", MSO),
           ("Subject", "Fwd: Einladung: Tag der Migrantenselbstorganisationen 2027"),
           ("Date", m.date),
           ("Message-ID", "<CAF9mTr4Wk2Xq7Lz1Hy6Pb0Nc3Vd8Js5Ga2Eo9uR4iT7nK1wM6e@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    own = """Hi,

our chair forwarded this to us. I'd like to register for March 13 with one friend (Tobi, also from NSU). We'd both like AG 3 – we're trying to get funding for a cultural night in May.

Thanks a lot,
Adaeze Okonkwo
Nigerian Students Union Münster"""
    chair = """Dear all,
please see the invitation below. If you want to go, register yourselves directly at the address in the mail, just mention NSU. Would be great to have a few of us there!
Emeka"""
    fwd1 = ("---------- Forwarded message ---------\n"
            "Von: Chukwuemeka Obi <chair@nsu-muenster.example>\n"
            "Date: Mo., 22. Feb. 2027 um 20:14 Uhr\n"
            "Subject: Fwd: Einladung: Tag der Migrantenselbstorganisationen 2027\n"
            "To: <members@nsu-muenster.example>\n")
    fwd2 = ("---------- Forwarded message ---------\n"
            "Von: Kommunales Integrationszentrum Münster <mso-tag@muenster.example>\n"
            "Date: Di., 12. Jan. 2027 um 09:30 Uhr\n"
            "Subject: Einladung: Tag der Migrantenselbstorganisationen 2027\n"
            "To: <info@nsu-muenster.example>\n")
    text = f"{own}\n\n{fwd1}\n\n{chair}\n\n{fwd2}\n\n{INVITATION}"

    def block(header):
        lines = header.rstrip("\n").split("\n")
        return ('<div dir="ltr" class="gmail_attr">' + "<br>".join(esc(x) for x in lines)
                + "<br></div>")
    html_text = (gmail_html(own).rstrip("\n")
                 + '<br><div class="gmail_quote">' + block(fwd1) + "<br><br>"
                 + gmail_html(chair).rstrip("\n")
                 + '<br><div class="gmail_quote">' + block(fwd2) + "<br><br>"
                 + "<br>\n".join(esc(x) for x in INVITATION.split("\n"))
                 + "</div></div>\n")
    m.alternative(text, html_text, cte="quoted-printable", style="gmail")


# -- 037 ---------------------------------------------------------------------
# Change asked as a question, Ukrainian translit, Outlook for iOS reply with
# English header block: "Chy mozhna pereity z druhoi ... v pershu?" = may I
# move from the second to the first -> AG1.

@mail("shevchuk-ukrainian-move-to-first-outlook-ios", "2027-02-25 08:36:19",
      E("change", "olena.shevchuk@outlook.example", "Olena Shevchuk", None,
        ["AG1"], None, "uk"), "uk")
def _(m):
    conf_id = "<mailbot.20270211161209.e6b1@muenster.example>"
    m.head(("From", "Olena Shevchuk <olena.shevchuk@outlook.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Thread-Topic", CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<GV1P190MB2011E3F4A5B6C7D8E9F0A1B2C3D4E5F6@GV1P190MB2011.EURP190.PROD.OUTLOOK.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("Content-Language", "uk-UA"),
           ("MIME-Version", "1.0"))
    own = """Dobryi den!
Chy mozhna pereity z druhoi robochoi hrupy v pershu? Vyiavylosia, shcho tema osvity meni blyzhcha 🙂
Diakuiu,
Olena Shevchuk

Get Outlook for iOS"""
    hdr = ("________________________________\n"
           f"From: {TO_MSO}\n"
           "Sent: Thursday, February 11, 2027 4:12:09 PM\n"
           "To: Olena Shevchuk <olena.shevchuk@outlook.example>\n"
           f"Subject: {CONF_SUBJECT}")
    conf = confirmation("Olena Shevchuk", "AG2", 1)
    text = f"{own}\n{hdr}\n\n{conf}"
    html_text = (outlook_mobile_html(own).replace("</body></html>\n", "")
                 + "<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">"
                 + "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" "
                 "style=\"font-size:11pt\" color=\"#000000\">"
                 + "<br>".join(esc(x) for x in hdr.split("\n")[1:])
                 + "</font><div>&nbsp;</div></div><div>"
                 + "<br>\n".join(esc(x) for x in conf.split("\n"))
                 + "</div></body></html>\n")
    m.alternative(text, html_text, cte="base64", style="outlook")


# -- 038 ---------------------------------------------------------------------
# Cancellation in Russian translit (exam on the Saturday), reply from a
# Russian webmail quoting the confirmation with its own attribution line.

@mail("volkov-russian-cancel-exam", "2027-02-27 23:02:48",
      E("cancellation", "artem.volkov@mail.example", "Artem Volkov", None, [], None, "ru"), "ru")
def _(m):
    conf_id = "<mailbot.20270211094033.82f4@muenster.example>"
    m.head(("From", "Artem Volkov <artem.volkov@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1772229768.402918@mail.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single(f"""zdravstvuyte,
k sozhaleniyu ne smogu prijti 13go, postavili ekzamen na subbotu (( pozhaluysta udalite moyu registraciyu.
izvinite!
Artem Volkov

11.02.2027, 09:40, "Tag der Migrantenselbstorganisationen" <{MSO}>:
{gt_quote(confirmation("Artem Volkov", "AG3", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# German bounce from the recipient's provider: mailbox full (5.2.2), with a
# text/rfc822-headers part instead of the whole returned message.

FULL_RCPT = "hiba.nasser@mail.example"


@mail("provider-bounce-mailbox-full-german", "2027-03-01 10:02:31",
      E("bounce", bounced=FULL_RCPT), "de")
def _(m):
    m.head(("From", "Mail Delivery System <MAILER-DAEMON@mx02.mail.example>"),
           ("To", MSO),
           ("Subject", "Unzustellbar: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1vGh7k-0003Qb-Ws@mx02.mail.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", relay="mx02.mail.example")
    note = m.text(f"""Dies ist eine automatisch erstellte Benachrichtigung über den Zustellstatus.

Ihre Nachricht konnte an folgenden Empfänger nicht zugestellt werden:

    {FULL_RCPT}

Grund: Das Postfach des Empfängers ist voll. Der Empfänger muss zuerst
Nachrichten löschen, bevor er wieder E-Mails empfangen kann.

Fehlercode: 552 5.2.2 Mailbox full / Postfach voll

Die Kopfzeilen Ihrer Nachricht finden Sie im Anhang.

--
Mailserver mx02.mail.example
""", charset="utf-8", cte="quoted-printable", headers=[("Content-Description", "Benachrichtigung")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx02.mail.example"),
         ("Arrival-Date", "Mon, 1 Mar 2027 10:02:29 +0100")],
        [("Final-Recipient", f"rfc822; {FULL_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox full")])
    original = confirmation_message(
        f"Hiba Nasser <{FULL_RCPT}>", "Hiba Nasser", "AG2", 3,
        "Mon, 1 Mar 2027 10:02:28 +0100", "<mailbot.20270301100228.19ce@muenster.example>",
        "<CAE0kLm3Tq6Xw9Rb2Zn5Hy8Pd1Vs4Jc7Ga0Fo3uK6iS9tN2wX5p@mail.gmail.example>")
    hp = MIMEPart(policy=POLICY)
    block = "".join(f"{k}: {v}\n" for k, v in original.items())
    hp.set_content(block, subtype="rfc822-headers", charset="us-ascii", cte="7bit")
    hp["Content-Description"] = "Kopfzeilen der Nachricht"
    m._record(block)
    m.multi("report", [note, dsn, hp], params={"report-type": "delivery-status"})


# -- 040 ---------------------------------------------------------------------
# One of four cannot come: a change of party size (4 -> 3), no new group
# ("AG bleibt gleich").  Samsung reply with the "Ursprüngliche Nachricht"
# block and the confirmation unquoted below it.

@mail("jafari-one-cannot-come-four-to-three", "2027-03-03 17:45:06",
      E("change", "hamid.jafari@mail.example", "Hamid Jafari", None, [], 3, "de"), "de")
def _(m):
    conf_id = "<mailbot.20270202153011.4be7@muenster.example>"
    m.head(("From", "Hamid Jafari <hamid.jafari@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<p8w3n2.1772556306.samsung@mail.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("MIME-Version", "1.0"))
    own = """Hallo,
kleine änderung bei uns: Samir kann am 13. leider doch nicht (hat Schicht), also kommen wir nur noch zu dritt statt zu viert. AG bleibt gleich.
LG Hamid



Von meinem Samsung Galaxy Smartphone gesendet."""
    hdr = ("-------- Ursprüngliche Nachricht --------\n"
           f"Von: {TO_MSO}\n"
           "Datum: 02.02.27 15:30 (GMT+01:00)\n"
           "An: hamid.jafari@mail.example\n"
           f"Betreff: {CONF_SUBJECT}")
    conf = confirmation("Hamid Jafari", "AG2", 4)
    text = f"{own}\n\n{hdr}\n\n{conf}"
    html_text = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">"
                 "</head><body><div dir=\"auto\">"
                 + "<br>".join(esc(x) for x in own.split("\n"))
                 + "</div><div dir=\"auto\"><br></div><div align=\"left\" dir=\"auto\" "
                 "style=\"font-size:100%;color:#000000\"><div>"
                 + "<br>".join(esc(x) for x in hdr.split("\n"))
                 + "</div><br></div>"
                 + "<br>".join(esc(x) for x in conf.split("\n"))
                 + "</body></html>\n")
    m.alternative(text, html_text, cte="quoted-printable", style="samsung")


# -- 041 ---------------------------------------------------------------------
# Cancellation in Finglish (shift at work), Gmail reply quoting the
# confirmation.

@mail("ebrahimi-finglish-cancel-shift", "2027-03-05 07:12:40",
      E("cancellation", "mahsa.ebrahimi@gmail.example", "Mahsa Ebrahimi", None, [], None, "fa"), "fa")
def _(m):
    conf_id = "<mailbot.20270119201744.d05a@muenster.example>"
    m.head(("From", "Mahsa Ebrahimi <mahsa.ebrahimi@gmail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAL4nXq9Tm2Wk7Rz0Hb5Py8Jd3Vc6Ls1Ga4Eo9uN2iQ7tK0wM3s@mail.gmail.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("MIME-Version", "1.0"))
    own = """salam,
bebakhshid vali man nemitoonam 13 March biyam, shift-e kar-am avaz shod va oon rooz bayad kar konam 😔 lotfan esm-e mano az list pak konid.
mamnoon
Mahsa"""
    conf = confirmation("Mahsa Ebrahimi", "AG3", 1)
    attr = gmail_de_attr("2027-01-19 20:17")
    text = f"{own}\n\n{attr}\n\n{gt_quote(conf)}"
    m.alternative(text, gmail_html(own, attr, conf), cte="quoted-printable", style="gmail")


# -- 042 ---------------------------------------------------------------------
# Late registration (after the 6 March deadline), Proton Mail.  "egal welche
# AG, aber wenn wir wählen dürfen dann die 2" -> AG2; "ich und mein kumpel"
# = 2.  The name is given in brackets after the nickname.

@mail("wisniewski-late-after-deadline-proton", "2027-03-08 20:26:57",
      E("registration", "kuba.wisniewski@proton.example", "jakub wiśniewski",
        "Młodzi Razem Münster", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "kuba.wisniewski@proton.example"),
           ("To", MSO),
           ("Subject", "noch platz?"),
           ("Date", m.date),
           ("Message-ID", "<Xq2Lm7Rt0Wz5Kb8Ny3Hp6Jd9Vs1Gc4Ea7Fo0uT3iP6sK9nR2w=@proton.example>"),
           ("X-Pm-Origin", "internal"),
           ("MIME-Version", "1.0"))
    text = """hey, sorry bin spät dran 😬 geht noch was?

ich und mein kumpel würden gern kommen. ist uns eigentlich egal welche AG, aber wenn wir wählen dürfen dann die 2.

wir sind von Młodzi Razem Münster, so ne polnische jugendgruppe

danke!!
kuba (jakub wiśniewski)

Sent with Proton Mail secure email."""
    html_text = ("<div style=\"font-family: Arial, sans-serif; font-size: 14px;\">"
                 + "".join(f"<div>{esc(x) if x else '<br>'}</div>" for x in text.split("\n")[:-2])
                 + "</div><div style=\"font-family: Arial, sans-serif; font-size: 14px;\"><br></div>"
                 "<div class=\"protonmail_signature_block\" style=\"font-family: Arial, sans-serif; "
                 "font-size: 14px;\"><div class=\"protonmail_signature_block-proton\">Sent with "
                 "<a target=\"_blank\" href=\"https://proton.example/mail/home\">Proton Mail</a> "
                 "secure email.</div></div>\n")
    m.alternative(text, html_text, cte="base64")


# -- 043 ---------------------------------------------------------------------
# English cancellation for himself and a friend, iPhone reply that quotes the
# confirmation (AG3, 2 persons) including the attribution line.

@mail("asante-english-cancel-covid-iphone", "2027-03-09 12:54:21",
      E("cancellation", "kwabena.asante@icloud.example", "Kwabena Asante", None,
        [], None, "en"), "en")
def _(m):
    conf_id = "<mailbot.20270204101502.77a3@muenster.example>"
    m.head(("From", "Kwabena Asante <kwabena.asante@icloud.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<E8A0D3F5-19B2-4C7E-8F60-2A4B9C1D7E05@icloud.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    attr = f"On 4. Feb 2027, at 10:15, {TO_MSO} wrote:"
    m.single(f"""hey, so sorry but I have to cancel for me and my friend 😷 we both got covid lol. hope it's a great day!!
Kwabena

Sent from my iPhone

{gt_quote(attr + chr(10) + chr(10) + confirmation("Kwabena Asante", "AG3", 2))}""",
             charset="utf-8", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Advertising for student jobs (other), multipart/alternative.

SPAM_TEXT = """Hey du! 👋

Du bist Student*in oder Azubi und brauchst Kohle? Bei Jobs4Studis verdienst du
bis zu 450 € am Wochenende – ganz easy mit deinem Handy. Keine Vorkenntnisse,
keine Bewerbung, Auszahlung jeden Freitag!

👉 Jetzt kostenlos registrieren: https://jobs4studis-promo.example/start?ref=ms27

Nur noch 48 Plätze in Münster frei!

Du möchtest keine Angebote mehr? Abmelden: https://jobs4studis-promo.example/unsub?e=mso-tag"""

SPAM_HTML = """<html><body style="font-family:Verdana,sans-serif;background:#eafff0;">
<div style="max-width:560px;margin:auto;background:#fff;padding:24px;border-radius:12px;">
<h1 style="color:#0a8f3c;">Hey du! 👋</h1>
<p>Du bist Student*in oder Azubi und brauchst Kohle? Bei <b>Jobs4Studis</b> verdienst du
<b>bis zu 450 € am Wochenende</b> – ganz easy mit deinem Handy. Keine Vorkenntnisse,
keine Bewerbung, Auszahlung jeden Freitag!</p>
<p><a href="https://jobs4studis-promo.example/start?ref=ms27" style="background:#0a8f3c;color:#fff;padding:12px 20px;border-radius:8px;text-decoration:none;">👉 Jetzt kostenlos registrieren</a></p>
<p style="color:#c00;"><b>Nur noch 48 Plätze in Münster frei!</b></p>
<p style="font-size:10px;color:#999;">Du möchtest keine Angebote mehr? <a href="https://jobs4studis-promo.example/unsub?e=mso-tag">Abmelden</a></p>
</div></body></html>
"""


@mail("jobs4studis-advertising", "2027-03-10 06:15:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Jobs4Studis <deals@jobs4studis-promo.example>"),
           ("To", MSO),
           ("Subject", "💸 Nebenjob für Studis: bis zu 450 € am Wochenende – nur mit deinem Handy!"),
           ("Date", m.date),
           ("Message-ID", "<0102019a7c3e5f10-8b2d4e61-ms27@mailer.jobs4studis-promo.example>"),
           ("List-Unsubscribe", "<https://jobs4studis-promo.example/unsub?e=mso-tag>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(SPAM_TEXT, SPAM_HTML, cte="quoted-printable")


# -- 045 ---------------------------------------------------------------------
# Cancellation of a whole youth group (4) as a new mail, not a reply: the
# football match was moved to the Saturday.  iPhone, lower case.

@mail("baran-group-cancel-football", "2027-03-11 21:39:14",
      E("cancellation", "rojin.baran@icloud.example", "Rojin Baran",
        "Zagros Jugend Münster", [], None, "de"), "de")
def _(m):
    m.head(("From", "Rojin Baran <rojin.baran@icloud.example>"),
           ("To", MSO),
           ("Subject", ew("absage mso tag 😭", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<5D17B9E3-8C40-4A2F-B6D1-3E0F7A9C2B64@icloud.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single("""hallo,

leider müssen wir absagen 😭 unser trainer hat das spiel auf samstag den 13. gelegt und wir sind alle im team. also die ganze anmeldung von Zagros Jugend Münster fällt weg (wir waren 4).

sorry!!! nächstes jahr dann 🙏
lg rojin

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


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


EXAMPLE_DOMAIN = re.compile(r"(^|\.)(example|example\.org|example\.com|example\.net)$", re.I)
PERSON_KINDS = ("registration", "change", "cancellation", "question")


def decoded_text(msg):
    """Decoded headers and text bodies of the mail, nested messages included."""
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    return "\n".join(chunks)


def check_labels(e, msg, text):
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind}")
    wg = e["workgroups"]
    if any(w not in WG_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if kind not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    ps = e["party_size"]
    if kind == "registration":
        if not isinstance(ps, int) or ps < 1:
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if ps is not None and (not isinstance(ps, int) or ps < 1):
            problems.append("bad party_size for change")
    elif ps is not None:
        problems.append("party_size must be null for this kind")
    low = text.lower()
    if kind in PERSON_KINDS:
        em = e["email"]
        if not em or em != em.lower():
            problems.append("email must be lower-case and present")
        else:
            senders = [a.lower() for _, a in getaddresses(
                [str(msg.get("From", "")), str(msg.get("Reply-To", ""))])]
            if em not in senders and em not in low:
                problems.append(f"email {em} not in From/Reply-To/text")
        if e["language"] not in LANGS:
            problems.append(f"bad language {e['language']}")
        if not e["name"]:
            problems.append("person mail needs a name")
        for key in ("name", "organisation"):
            if e[key] and e[key].lower() not in low:
                problems.append(f"{key} {e[key]!r} not written in the mail")
    else:
        for key in ("email", "name", "organisation", "language"):
            if e[key] is not None:
                problems.append(f"{key} must be null for {kind}")
    if kind == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        br = e["bounced_recipient"]
        if not br or br != br.lower() or not any(br in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    return problems


def check(name, data, m, expected):
    """Problems found in one written mail (empty list when fine)."""
    problems = []
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
    for h in ("From", "Subject", "To", "Reply-To"):
        if msg[h] is not None and "=?" in str(msg[h]):
            problems.append(f"{h} has an undecoded encoded word")
    when = parsedate_to_datetime(str(msg["Date"]))
    if when != m.when:
        problems.append("Date header differs from the build date")
    if not (datetime.datetime(2027, 1, 12, tzinfo=CET) <= when
            < datetime.datetime(2027, 3, 13, tzinfo=CET)):
        problems.append(f"date {when} outside 12 Jan - 12 Mar 2027")
    got = list(leaves(msg))
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (part, w) in enumerate(zip(got, want)):
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            raw = part.get_payload(decode=True)
            try:
                raw.decode(cs, errors="strict")
            except (UnicodeDecodeError, LookupError):
                problems.append(f"part {i}: does not decode in its declared charset {cs}")
        g = part.get_content()
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
    problems += check_labels(expected, msg, text)
    return problems


def check_corpus(built, datas):
    problems = []
    seen = {}
    for (name, _, _, _), data in zip(built, datas):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        frm = getaddresses([str(msg["From"])])[0][1].lower()
        if frm in seen:
            problems.append(f"{name}: sender {frm} already wrote {seen[frm]}")
        seen[frm] = name
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built})
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
    print(f"{'kind':13}" + "".join(f"{lang:>4}" for lang in langs) + "  all")
    for k in KINDS:
        print(f"{k:13}" + "".join(f"{table[(k, lang)] or '-':>4}" for lang in langs)
              + f"{kinds[k]:>5}")
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
    for problem in check_corpus(built, datas):
        print(problem)
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
