#!/usr/bin/env python3
"""Build the "final19g" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: the waiting-list and late phase of the MSO-Tag 2027 (config.toml is a
byte-identical copy of ../../shared/corpus/dev/config.toml).  Mails arrive
between 22 February and 12 March 2027, when the workgroups fill up and after
the registration deadline of 6 March: waiting-list registrations, late
registrations with apologies, answers to "a place has become free", moves
from the waiting list into another workgroup, hand-overs of a place to
someone else from the same association, answers to "leider ausgebucht".

Every mail text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files,
and reads every file back with email.policy.default to check it.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json, then check
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind, language and MIME shape

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).
Paths are relative to this script's folder.
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
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded are written exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
MSO_NAME = "Tag der Migrantenselbstorganisationen"
TO_MSO = f"{MSO_NAME} <{MSO}>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
LANGS = ("de", "en", "tr", "ru", "ar", "fa")
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
    """'Name <address>'; a non-ASCII name is hand-encoded in `charset` when
    given, otherwise the policy encodes it as UTF-8 when the header is set."""
    if name.isascii():
        return formataddr((name, address))
    if charset is None:
        return f"{name} <{address}>"
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text, prefix="> "):
    """Quote a text the way Thunderbird/Gmail do: '> ' before each line."""
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
    return hashlib.sha256(f"final19g/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


def bot_id(stamp):
    """Message-ID of a mail the organiser's mailbot sent at `stamp` (YYYYmmddHHMMSS)."""
    return f"<mailbot.{stamp}.{_h('bot', stamp)[:4]}@muenster.example>"


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
                (self.when + datetime.timedelta(seconds=4)).astimezone(
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
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}"
                    f"-{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.muenster.example"
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


# ---------------------------------------------------------------------------
# the organiser's mails, which the writers answer and quote
# ---------------------------------------------------------------------------

AG_LINE = {
    "AG1": "AG 1: Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2: Münsters Zukunftsprozess aus der Sicht der Menschen mit\n"
           "      Migrationsvorgeschichte",
    "AG3": "AG 3: Förderungsmöglichkeiten und effektives Vereinsmanagement",
}

SIGN = """Mit freundlichen Grüßen
Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster"""

REMINDER_SUBJECT = "Erinnerung: Anmeldeschluss 6. März – Tag der Migrantenselbstorganisationen 2027"
REMINDER_ID = "<erinnerung-mso-2027.20270211100004@muenster.example>"
REMINDER = """Liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,

zur Erinnerung: Die Anmeldung zum Tag der Migrantenselbstorganisationen 2027
am Samstag, 13. März 2027, 10:00 bis 16:00 Uhr, im Stadtweinhaus,
Prinzipalmarkt 8, 48143 Münster, ist noch bis zum 6. März 2027 möglich.

Stand heute ist die AG 2 (Münsters Zukunftsprozess) bereits ausgebucht.
In der AG 1 (Bildungssystem) und in der AG 3 (Förderungsmöglichkeiten und
Vereinsmanagement) sind noch Plätze frei. Ist Ihre Wunsch-AG voll, setzen
wir Sie gern auf die Warteliste.

Bitte melden Sie sich formlos per E-Mail an mso-tag@muenster.example an
und nennen Sie uns Ihren Namen, Ihre Organisation, die gewünschte
Arbeitsgruppe (gern mit Zweitwunsch) und die Zahl der Personen.

Mit freundlichen Grüßen

Ihr Team des Kommunalen Integrationszentrums Münster
i. A. Meza Correa-Flock"""

CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"


def confirmation(salutation, ag, persons):
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
am Samstag, 13. März 2027, 10:00 bis 16:00 Uhr, im Stadtweinhaus,
Prinzipalmarkt 8, 48143 Münster.

Wir haben Sie für folgende Arbeitsgruppe eingetragen:
{AG_LINE[ag]}

Angemeldete Personen: {persons}

Möchten Sie die Arbeitsgruppe wechseln oder absagen? Antworten Sie einfach
auf diese E-Mail.

{SIGN}"""


WAITLIST_SUBJECT = "Warteliste: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"


def waitlist(salutation, ag, persons, position, free):
    """The mailbot's answer when the wished workgroup is full."""
    if free:
        lines = "\n".join(AG_LINE[a] for a in free)
        tail = f"""In diesen Arbeitsgruppen sind zurzeit noch Plätze frei:
{lines}

Möchten Sie lieber in eine davon wechseln? Dann antworten Sie einfach
auf diese E-Mail."""
    else:
        tail = """Zurzeit sind auch die anderen Arbeitsgruppen ausgebucht. Möchten Sie
nicht auf der Warteliste bleiben, antworten Sie bitte kurz auf diese E-Mail."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
am Samstag, 13. März 2027, im Stadtweinhaus Münster.

Leider ist die gewünschte Arbeitsgruppe bereits ausgebucht:
{AG_LINE[ag]}

Wir haben Sie deshalb auf die Warteliste dieser Arbeitsgruppe gesetzt.
Personen: {persons}
Platz auf der Warteliste: {position}

Sobald ein Platz frei wird, schreiben wir Ihnen.

{tail}

{SIGN}"""


PLACE_SUBJECT = "Ein Platz ist frei geworden: Tag der Migrantenselbstorganisationen 2027"


def place_free(salutation, ag, persons, until):
    """The mailbot's offer to the next person on the waiting list."""
    what = "ist ein Platz" if persons == 1 else f"sind {persons} Plätze"
    return f"""Guten Tag {salutation},

gute Nachricht: In der Arbeitsgruppe
{AG_LINE[ag]}
{what} für Sie frei geworden. Sie stehen auf unserer Warteliste
und sind jetzt an der Reihe (angemeldete Personen: {persons}).

Möchten Sie den Platz annehmen? Bitte antworten Sie bis {until}
mit Ja oder Nein auf diese E-Mail. Ohne Antwort geben wir den Platz an die
nächste Person auf der Warteliste weiter.

{SIGN}"""


FULL_SUBJECT = "Leider ausgebucht: Tag der Migrantenselbstorganisationen 2027"


def fully_booked(salutation):
    """The organiser's answer to an enquiry after the deadline."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihr Interesse am Tag der Migrantenselbstorganisationen 2027.

Leider müssen wir Ihnen mitteilen, dass die Veranstaltung ausgebucht ist.
Die Anmeldefrist ist am 6. März abgelaufen, und alle drei Arbeitsgruppen
sind voll.

Gern setzen wir Sie auf die Warteliste. Antworten Sie dazu bitte auf diese
E-Mail und nennen Sie uns Ihren Namen, Ihre Organisation, die gewünschte
Arbeitsgruppe und die Zahl der Personen. Erfahrungsgemäß werden kurz vor
der Veranstaltung noch einzelne Plätze frei.

Mit freundlichen Grüßen
i. A. Meza Correa-Flock
Kommunales Integrationszentrum Münster"""


def bot_message(to, subject, text, when, msgid):
    """An organiser's mail as a whole message (returned inside bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_MSO
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = when
    m["Message-ID"] = msgid
    m["Auto-Submitted"] = "auto-generated"
    m["MIME-Version"] = "1.0"
    m.set_content(text, charset="utf-8", cte="quoted-printable")
    return m


# ---------------------------------------------------------------------------
# HTML the mail clients write
# ---------------------------------------------------------------------------

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Windows-1252">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.E-MailFormatvorlage18
	{mso-style-type:personal-reply;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang=@LANG@ link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
"""

DE_LABELS = ("Von", "Gesendet", "An", "Betreff")
EN_LABELS = ("From", "Sent", "To", "Subject")


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, labels=DE_LABELS, lang="DE"):
    """Outlook-style HTML for `text`; quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
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
    head = OUTLOOK_HEAD.replace("@LANG@", lang)
    return head + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels=DE_LABELS):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    lv, lg, la, lb = labels
    return (f"{text}\n\n{lv}: {von}\n{lg}: {gesendet}\n{la}: {an}\n"
            f"{lb}: {betreff}\n\n{quoted}")


def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return f"<div{d}>{inner}</div>\n"


def gmail_reply(m, text, attribution, quoted, rtl=False, charset="utf-8",
                cte="quoted-printable"):
    """Gmail's multipart/alternative reply: the text, then the quoted mail."""
    plain = f"{text}\n\n{attribution}\n\n{gt_quote(quoted)}\n"
    qhtml = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    html_text = (gmail_html(text, rtl).rstrip("\n") + "<br>"
                 f"<div class=\"gmail_quote\"><div{d} class=\"gmail_attr\">{esc(attribution)}<br></div>"
                 "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
                 "border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
                 f"<div dir=\"ltr\">{qhtml}</div></blockquote></div>\n")
    return m.alternative(plain, html_text, charset=charset, cte=cte, style="gmail")


def apple_html(text, attribution=None, quoted=None):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    if quoted is not None:
        q = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in quoted.split("\n"))
        inner += (f"<div><br><blockquote type=\"cite\"><div>{esc(attribution)}</div>"
                  f"<br><div>{q}</div></blockquote></div>")
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


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
# Thunderbird reply to the deadline reminder (which names all three AGs and says
# AG 2 is full): AG 2, and while waiting for a place the AG 1 -> [AG2, AG1].

@mail("hadzic-ag2-waitlist-else-ag1", "2027-02-22 09:14:33",
      E("registration", "amra.hadzic@bhkv-muenster.example", "Amra Hadžić",
        "Bosnisch-Herzegowinischer Kulturverein Münster e.V.", ["AG2", "AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Amra Hadžić <amra.hadzic@bhkv-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5b2f7c1e-8d40-4a3b-9e61-0c7d2a4f9b13@bhkv-muenster.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Morgen,

danke für die Erinnerung! Hiermit melde ich mich für den MSO-Tag an.
Am liebsten wäre mir die AG 2. Wenn die schon voll ist, setzen Sie mich
bitte auf die Warteliste und tragen Sie mich so lange in die AG 1
(Bildung) ein.

Ich komme allein.

Viele Grüße
Amra Hadžić

-- 
Bosnisch-Herzegowinischer Kulturverein Münster e.V.
Schriftführerin

Am 11.02.27 um 10:00 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(REMINDER)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Turkish, Gmail multipart/alternative, UTF-8 base64.  "iki kişiyiz" = 2;
# "3. çalışma grubu" plus German alias words; waiting list if full.

KORKMAZ = """Merhaba,

13 Mart'taki Göçmen Dernekleri Günü'ne (MSO-Tag) kayıt olmak istiyorum. Derneğimizden bir arkadaşım da benimle gelecek, yani iki kişiyiz.

Vereinsmanagement ve Förderung konusundaki 3. çalışma grubuna katılmak istiyoruz. Duyduğumuza göre gruplar dolmaya başlamış; eğer 3. grup doluysa lütfen bizi bekleme listesine alın.

Saygılarımla
Emine Korkmaz
Münster Türk Kadınları Kültür Derneği"""


@mail("korkmaz-turkish-ag3-two", "2027-02-22 18:40:12",
      E("registration", "emine.korkmaz@mail.example", "Emine Korkmaz",
        "Münster Türk Kadınları Kültür Derneği", ["AG3"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "Emine Korkmaz <emine.korkmaz@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag kayıt"),
           ("Date", m.date),
           ("Message-ID", "<CAF3kR9pQ2xW7vN1mB4tY8sL0dH6gJ5cE3aU9oI2nK7vB1qZx0w@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KORKMAZ, gmail_html(KORKMAZ), charset="utf-8", cte="base64", style="gmail")


# -- 003 ---------------------------------------------------------------------
# Question: registered weeks ago, no answer; "registered or on the waiting
# list?"  Names AG 2 and a party of two, but registers nothing new.

@mail("okonkwo-registered-or-waitlist-question", "2027-02-23 11:02:45",
      E("question", "ngozi.okonkwo@webpost.example", "Ngozi Okonkwo-Berg",
        "Afrika Forum Münster e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Ngozi Okonkwo-Berg <ngozi.okonkwo@webpost.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung angekommen? Warteliste?"),
           ("Date", m.date),
           ("Message-ID", "<trinity-4e1a7c02-93b5-4f6d-8a2e-1c9b0d7e3f54-1771840965221@3c-app-webpost-bs41>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich habe mich am 4. Februar per E-Mail für die AG 2 angemeldet (für mich und
eine Kollegin vom Afrika Forum Münster e.V.), aber bis heute keine
Bestätigung bekommen. Jetzt habe ich gehört, dass die AG 2 voll ist.

Könnten Sie mir bitte sagen, ob wir angemeldet sind oder ob wir auf der
Warteliste stehen? Vielleicht ist Ihre Antwort auch im Spam gelandet.

Vielen Dank im Voraus
Ngozi Okonkwo-Berg
""", charset="utf-8", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# Change: answer to the waiting-list mail (AG 2 full; AG 1 and AG 3 named as
# free in the quote).  Outlook multipart/alternative, windows-1252 QP; the new
# group is given by its title in typographic quotes -> [AG3].

EL_AMRANI = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Schade, dass die AG 2 schon voll ist. Bevor ich auf der Warteliste hänge, wechsle ich lieber in die Arbeitsgruppe „Förderungsmöglichkeiten und effektives Vereinsmanagement“ – das Thema ist für unseren Verein ohnehin wichtig. Von der Warteliste können Sie mich dann streichen.

Mit freundlichen Grüßen
Youssef El Amrani
Deutsch-Marokkanischer Freundeskreis Münster e.V."""


@mail("el-amrani-waitlist-to-ag3-outlook", "2027-02-24 08:31:20",
      E("change", "y.elamrani@dmf-muenster.example", "Youssef El Amrani",
        "Deutsch-Marokkanischer Freundeskreis Münster e.V.", ["AG3"], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"El Amrani, Youssef" <y.elamrani@dmf-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + WAITLIST_SUBJECT),
           ("Thread-Topic", WAITLIST_SUBJECT),
           ("Thread-Index", "AQHbhX2kR7mP0q9Lc2WnT4vY8sB3aZtE1xQw"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB7741E2F3A4B5C6D7E8F9A0B1C2D3@DB9PR03MB7741.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", bot_id("20270223160502")),
           ("References", bot_id("20270223160502")),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_MSO, "Dienstag, 23. Februar 2027 16:05",
             '"El Amrani, Youssef" <y.elamrani@dmf-muenster.example>', WAITLIST_SUBJECT,
             waitlist("Herr El Amrani", "AG2", 1, 7, ["AG1", "AG3"]))
    m.alternative(outlook_plain(EL_AMRANI, quote), outlook_html(EL_AMRANI, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 005 ---------------------------------------------------------------------
# Russian, plain UTF-8 base64; "Нас будет трое" = 3; "рабочую группу 1
# (Bildung)"; waiting list if full.  The association is named in German.

@mail("becker-russian-ag1-three", "2027-02-24 20:12:07",
      E("registration", "irina.becker@mail.example", "Ирина Беккер",
        "Landsmannschaft der Deutschen aus Russland, Ortsgruppe Münster", ["AG1"], 3, "ru"), "ru")
def _(m):
    m.head(("From", addr("Ирина Беккер", "irina.becker@mail.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", ew("Регистрация на MSO-Tag 13.03.", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1771960327.482913561@f512.i.mail.example>"),
           ("X-Mailer", "Mail.Example Webmail"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Хочу зарегистрироваться на Tag der Migrantenselbstorganisationen 13 марта.
Нас будет трое: я и две женщины из нашего клуба.

Мы хотели бы попасть в рабочую группу 1 (Bildung). Если там уже нет мест,
поставьте нас, пожалуйста, в лист ожидания.

С уважением,
Ирина Беккер
Landsmannschaft der Deutschen aus Russland, Ortsgruppe Münster
""", charset="utf-8", cte="base64")


# -- 006 ---------------------------------------------------------------------
# Exchange out-of-office answering a waiting-list mail (Auto-Submitted,
# X-Auto-Response-Suppress); its quote-free text names a colleague's address.

@mail("demir-out-of-office-to-waitlist", "2027-02-25 07:45:51",
      E("auto_reply"), "de", tz=0)
def _(m):
    m.head(("From", "Hatice Demir <h.demir@familienzentrum-kinderhaus.example>"),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + WAITLIST_SUBJECT),
           ("Thread-Topic", WAITLIST_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<AM6PR10MB2231F4A5B6C7D8E9@AM6PR10MB2231.EURPRD10.PROD.OUTLOOK.example>"),
           ("In-Reply-To", bot_id("20270225074540")),
           ("References", bot_id("20270225074540")),
           ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 5. März 2027 nicht im Büro und habe keinen
Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meine Kollegin
Frau Brockmann, Tel. 0251 / 27 60 41,
familienzentrum@familienzentrum-kinderhaus.example.

Mit freundlichen Grüßen
Hatice Demir
Familienzentrum Kinderhaus
""", charset="utf-8", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Farsi, Gmail alternative with right-to-left HTML, UTF-8 base64.  "کارگروه
# سوم" = third workgroup, else "کارگروه اول" -> [AG3, AG1]; "تنها می‌آیم" = alone.
# The signature in Persian script beats the Latin display name.

REZAEI = """سلام و وقت بخیر،

مایلم در روز سازمان‌های مهاجران (MSO-Tag) در تاریخ ۱۳ مارس شرکت کنم. لطفاً مرا برای کارگروه سوم (Förderung و مدیریت انجمن) ثبت‌نام کنید. تنها می‌آیم.

اگر کارگروه سوم پر شده باشد، مرا در لیست انتظار قرار دهید و تا آن موقع در کارگروه اول ثبت کنید.

با سپاس
مریم رضایی
انجمن فرهنگی ایرانیان مونستر"""


@mail("rezaei-farsi-ag3-else-ag1", "2027-02-25 21:30:40",
      E("registration", "maryam.rezaei@mail.example", "مریم رضایی",
        "انجمن فرهنگی ایرانیان مونستر", ["AG3", "AG1"], 1, "fa"), "fa")
def _(m):
    m.head(("From", "Maryam Rezaei <maryam.rezaei@mail.example>"),
           ("To", MSO),
           ("Subject", "ثبت‌نام MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAH8rT3wE6yU9iO2pA5sD7fG0hJ4kL1zX8cV6bN3mQ9wE2rT5yU@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(REZAEI, gmail_html(REZAEI, rtl=True), charset="utf-8", cte="base64",
                  style="gmail")


# -- 008 ---------------------------------------------------------------------
# Arabic change, Gmail reply quoting the waiting-list mail (AG 2, 2 persons;
# only AG 1 still free).  "مجموعة العمل الأولى حول التعليم" -> [AG1].

HAMWI = """السلام عليكم،

شكراً على رسالتكم. بما أن مجموعة العمل الثانية ممتلئة، أرجو نقلنا (أنا وزميلي) من قائمة الانتظار إلى مجموعة العمل الأولى حول التعليم.

مع الشكر والتقدير
خالد الحموي"""


@mail("hamwi-arabic-waitlist-to-ag1", "2027-02-26 10:05:18",
      E("change", "khaled.hamwi@mail.example", "خالد الحموي", None, ["AG1"], None, "ar"), "ar")
def _(m):
    m.head(("From", "Khaled Al-Hamwi <khaled.hamwi@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + WAITLIST_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAJ2wQ7eR4tY1uI8oP5aS3dF6gH9jK0lZ2xC5vB8nM1qW4eR7tY@mail.gmail.example>"),
           ("In-Reply-To", bot_id("20270225091201")),
           ("References", bot_id("20270225091201")),
           ("MIME-Version", "1.0"))
    attribution = ("\u202bفي الخميس، 25 فبراير 2027 في 9:12 ص تمت كتابة ما يلي بواسطة "
                   f"{MSO_NAME} <{MSO}>:\u202c")
    gmail_reply(m, HAMWI, attribution,
                waitlist("Herr Al-Hamwi", "AG2", 2, 9, ["AG1"]), rtl=True)


# -- 009 ---------------------------------------------------------------------
# English, Gmail alternative: two persons (a named colleague), workgroup 2,
# else 3, and explicitly no waiting list -> [AG2, AG3], 2.

OWUSU = """Hello,

I would like to register two people for the MSO day on 13 March: myself and our youth coordinator, Abena Mensah.

We'd prefer workgroup 2 (Münster's future process). I understand it may already be full - in that case workgroup 3 is fine for us too. Please don't put us on a waiting list, we'd rather have a definite place.

Kind regards,
Samuel Owusu-Ansah
Secretary, Ghanaian Community Münster"""


@mail("owusu-ansah-english-ag2-else-ag3", "2027-02-26 16:22:09",
      E("registration", "s.owusuansah@ghanaian-community.example", "Samuel Owusu-Ansah",
        "Ghanaian Community Münster", ["AG2", "AG3"], 2, "en"), "en")
def _(m):
    m.head(("From", "Samuel Owusu-Ansah <s.owusuansah@ghanaian-community.example>"),
           ("To", MSO),
           ("Subject", "Registration MSO Day 13 March - 2 persons"),
           ("Date", m.date),
           ("Message-ID", "<CAM9yT4uI7oP0aS3dF6gH2jK5lZ8xC1vB4nM7qW0eR3tY6uI9oP@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(OWUSU, gmail_html(OWUSU), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 010 ---------------------------------------------------------------------
# Hand-over: the chairman cannot come and asks to register the secretary of
# his association instead, confirmation to her address.  Labelled as her
# registration.  Outlook plain text, windows-1252 QP, "Ursprüngliche Nachricht".

@mail("nikolaidis-hands-place-to-papadaki", "2027-02-27 11:48:30",
      E("registration", "eleni.papadaki@griechischer-elternverein.example", "Eleni Papadaki",
        "Griechischer Elternverein Münster e.V.", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Dimitrios Nikolaidis <d.nikolaidis@griechischer-elternverein.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<001b01db8903$6a2f4e10$3e8dea30$@griechischer-elternverein.example>"),
           ("In-Reply-To", bot_id("20270120103102")),
           ("References", bot_id("20270120103102")),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", "AQJ8mK2pL5nQ7rS0tU3vW6xY9zA1bC4dE7fGg=="),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Meza Correa-Flock,

leider kann ich am 13. März doch nicht teilnehmen – ich muss an dem
Wochenende beruflich nach Thessaloniki. Ich möchte meinen Platz aber nicht
einfach verfallen lassen: Unsere Schriftführerin, Frau Eleni Papadaki,
würde sehr gern an meiner Stelle in die AG 1 kommen.

Bitte tragen Sie Frau Papadaki statt meiner ein und schicken Sie die
Bestätigung direkt an sie: eleni.papadaki@griechischer-elternverein.example

Vielen Dank und viele Grüße
Dimitrios Nikolaidis
1. Vorsitzender
Griechischer Elternverein Münster e.V.

-----Ursprüngliche Nachricht-----
Von: {TO_MSO}
Gesendet: Mittwoch, 20. Januar 2027 10:31
An: Dimitrios Nikolaidis <d.nikolaidis@griechischer-elternverein.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Herr Nikolaidis", "AG1", 1)}
""", charset="windows-1252", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Turkish question to the waiting-list mail: "11th on the list - any chance,
# or should I switch?"  No decision, so a question.  Thunderbird, iso-8859-9
# QP, From name and Subject as ISO-8859-9 encoded words.

@mail("sen-turkish-waitlist-chance-question", "2027-02-28 13:10:44",
      E("question", "mehmetali.sen@mail.example", "Mehmet Ali Şen",
        "Mardin Kültür ve Dayanışma Derneği Münster", [], None, "tr"), "tr")
def _(m):
    m.head(("From", addr("Mehmet Ali Şen", "mehmetali.sen@mail.example", "iso-8859-9", "q")),
           ("To", TO_MSO),
           ("Subject", "Re: " + WAITLIST_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<7f3c9a20-15e4-4b8d-a6c1-2e0f8d5b7a91@mail.example>"),
           ("In-Reply-To", bot_id("20270227114003")),
           ("References", bot_id("20270227114003")),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

bilginiz için teşekkürler. Bekleme listesinde 11. sıradayım. Sizce 13 Mart'a
kadar AG 2'de yer açılma ihtimali var mı? Geçen yıllarda son dakikada iptal
eden çok oluyor muydu?

Şansım azsa başka bir gruba geçmeyi düşünürüm ama önce sizin fikrinizi
duymak isterim.

İyi çalışmalar
Mehmet Ali Şen
Mardin Kültür ve Dayanışma Derneği Münster

27.02.2027 11:40 tarihinde Tag der Migrantenselbstorganisationen yazdı:
{gt_quote(waitlist("Herr Şen", "AG2", 1, 11, ["AG1"]))}
""", charset="iso-8859-9", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Accepting a place that became free (AG 3, 1 person), iPhone, quoting the
# offer; the new text names the group -> registration [AG3].

@mail("celik-accepts-free-place-ag3-iphone", "2027-03-01 08:20:15",
      E("registration", "sevgi.celik@mail.example", "Sevgi Çelik", "Elele Münster e.V.",
        ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Sevgi Çelik <sevgi.celik@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + PLACE_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<A3C91F0E-6B2D-4E87-9F15-D0C4B8A27E63@mail.example>"),
           ("In-Reply-To", bot_id("20270228173201")),
           ("References", bot_id("20270228173201")),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Morgen,

ja, sehr gerne! Ich nehme den freien Platz in der AG 3 an. Vielen Dank, dass Sie an mich gedacht haben.

Viele Grüße
Sevgi Çelik
Elele Münster e.V.

Von meinem iPhone gesendet

> Am 28.02.2027 um 17:32 schrieb {MSO_NAME} <{MSO}>:
>
{gt_quote(place_free("Frau Çelik", "AG3", 1, "Dienstag, 2. März 2027, 12:00 Uhr"))}
""", charset="utf-8", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Declining an offered place (AG 2, 2 persons): withdraws the waiting-list
# registration -> cancellation.  Gmail alternative in German.

SCHMIDT = """Liebe Frau Meza Correa-Flock,

vielen Dank für das Angebot! Leider müssen wir absagen: Meine Kollegin und ich haben für den 13. März inzwischen einen anderen Termin zugesagt, weil wir nicht mehr mit einem Platz gerechnet hatten. Bitte geben Sie die beiden Plätze an die Nächsten auf der Warteliste weiter und streichen Sie uns von der Liste.

Herzliche Grüße
Olga Schmidt
Aussiedlertreff Coerde"""


@mail("schmidt-declines-free-places", "2027-03-01 14:55:02",
      E("cancellation", "olga.schmidt@aussiedlertreff-coerde.example", "Olga Schmidt",
        "Aussiedlertreff Coerde", [], None, "de"), "de")
def _(m):
    m.head(("From", "Olga Schmidt <olga.schmidt@aussiedlertreff-coerde.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + PLACE_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAB5tY8uI1oP4aS7dF0gH3jK6lZ9xC2vB5nM8qW1eR4tY7uI0oP@mail.gmail.example>"),
           ("In-Reply-To", bot_id("20270301091003")),
           ("References", bot_id("20270301091003")),
           ("MIME-Version", "1.0"))
    attribution = (f"Am Mo., 1. März 2027 um 09:10 Uhr schrieb {MSO_NAME} <{MSO}>:")
    gmail_reply(m, SCHMIDT, attribution,
                place_free("Frau Schmidt", "AG2", 2, "Mittwoch, 3. März 2027, 12:00 Uhr"))


# -- 014 ---------------------------------------------------------------------
# Russian change, Thunderbird (format=flowed, 8bit), quoting the waiting-list
# mail: "переведите меня ... в третью рабочую группу" -> [AG3].

@mail("morozov-russian-waitlist-to-ag3", "2027-03-02 09:40:37",
      E("change", "a.morozov@mail.example", "Алексей Морозов",
        "Культурный центр «Мост» Мюнстер", ["AG3"], None, "ru"), "ru")
def _(m):
    m.head(("From", "Алексей Морозов <a.morozov@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + WAITLIST_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<e29b1c47-0d3f-4a86-b5e2-9f7c1a0d4e68@mail.example>"),
           ("In-Reply-To", bot_id("20270219151002")),
           ("References", bot_id("20270219151002")),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "ru"),
           ("MIME-Version", "1.0"))
    m.single(f"""Добрый день!

Спасибо за информацию. Раз вторая рабочая группа переполнена, а я только
шестой в листе ожидания, переведите меня, пожалуйста, в третью рабочую
группу (Förderungsmöglichkeiten und effektives Vereinsmanagement). Из листа
ожидания меня можно убрать.

С уважением,
Алексей Морозов
Культурный центр «Мост» Мюнстер

19.02.2027 15:10, Tag der Migrantenselbstorganisationen пишет:
{gt_quote(waitlist("Herr Morozov", "AG2", 1, 6, ["AG1", "AG3"]))}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 015 ---------------------------------------------------------------------
# English acceptance of two offered places (AG 3), Outlook alternative with
# English header labels, windows-1252 QP -> registration [AG3], 2.

ADEYEMI = """Dear organising team,

Yes please! We are delighted to take the two places in workgroup 3. Both of us will come: myself and my colleague Chiamaka Eze.

Many thanks,
Folake Adeyemi
Nigerian Women's Forum Münster"""


@mail("adeyemi-accepts-two-places-outlook-en", "2027-03-02 17:05:50",
      E("registration", "f.adeyemi@nigerian-womens-forum.example", "Folake Adeyemi",
        "Nigerian Women's Forum Münster", ["AG3"], 2, "en"), "en", tz=0)
def _(m):
    m.head(("From", '"Adeyemi, Folake" <f.adeyemi@nigerian-womens-forum.example>'),
           ("To", TO_MSO),
           ("Subject", "RE: " + PLACE_SUBJECT),
           ("Thread-Topic", PLACE_SUBJECT),
           ("Thread-Index", "AQHbi7Tq0W3eR6tY9uI2oP5aS8dF1gH4jK7l"),
           ("Date", m.date),
           ("Message-ID", "<LO2P265MB4410A9B8C7D6E5F4A3B2@LO2P265MB4410.GBRP265.PROD.OUTLOOK.example>"),
           ("In-Reply-To", bot_id("20270302112004")),
           ("References", bot_id("20270302112004")),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_MSO, "Tuesday, March 2, 2027 11:20 AM",
             '"Adeyemi, Folake" <f.adeyemi@nigerian-womens-forum.example>', PLACE_SUBJECT,
             place_free("Frau Adeyemi", "AG3", 2, "Donnerstag, 4. März 2027, 12:00 Uhr"))
    m.alternative(outlook_plain(ADEYEMI, quote, EN_LABELS),
                  outlook_html(ADEYEMI, quote, EN_LABELS, lang="EN-GB"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 016 ---------------------------------------------------------------------
# Learner German, plain 8bit: "Arbeitsgruppe Bildung", alone, waiting list if
# full -> [AG1], 1.

@mail("abdi-nur-learner-german-bildung", "2027-03-03 10:30:11",
      E("registration", "farah.abdinur@mail.example", "Farah Abdi Nur",
        "Somalischer Verein Münster e.V.", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "farah abdi <farah.abdinur@mail.example>"),
           ("To", MSO),
           ("Subject", "anmeldung MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAD4rE7tY0uI3oP6aS9dF2gH5jK8lZ1xC4vB7nM0qW3eR6tY9uI@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich will mich anmelden für MSO Tag am 13 März. Ich komme alleine. Ich möchte gerne in Arbeitsgruppe Bildung weil wir haben viele Kinder in unsere Verein und Schule ist großes Thema. Wenn die Gruppe schon voll ist bitte auf Warteliste, ich warte gern.

Danke schön
Farah Abdi Nur
Somalischer Verein Münster e.V.
""", charset="utf-8", cte="8bit")


# -- 017 ---------------------------------------------------------------------
# Arabic, plain UTF-8 base64, Arabic-Indic digits in the date; "شخصين" = 2;
# third group, else the first (education) -> [AG3, AG1].

@mail("khatib-arabic-ag3-else-ag1", "2027-03-03 19:47:26",
      E("registration", "rasha.khatib@mail.example", "رشا الخطيب",
        "جمعية الجالية السورية في مونستر", ["AG3", "AG1"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Rasha Al-Khatib <rasha.khatib@mail.example>"),
           ("To", MSO),
           ("Subject", "تسجيل - يوم منظمات المهاجرين"),
           ("Date", m.date),
           ("Message-ID", "<1772563646.910244.77102@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

أود التسجيل للمشاركة في يوم منظمات المهاجرين (MSO-Tag) يوم السبت ١٣ آذار. سنحضر شخصين: أنا وزميلتي من الجمعية.

نرغب في المشاركة في مجموعة العمل الثالثة (التمويل وإدارة الجمعيات)، وإذا كانت ممتلئة فالمجموعة الأولى عن التعليم.

مع التحية
رشا الخطيب
جمعية الجالية السورية في مونستر
""", charset="utf-8", cte="base64")


# -- 018 ---------------------------------------------------------------------
# Bounce: our relay's Postfix DSN for a "place has become free" offer; the
# remote mailbox is full (5.2.2).  Returned headers only (text/rfc822-headers).

GRIGORYAN = "v.grigoryan@armenische-gemeinde-ms.example"


@mail("postfix-bounce-mailbox-full-place-offer", "2027-03-04 06:12:03",
      E("bounce", bounced=GRIGORYAN), "en")
def _(m):
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270304051203.4B7E21C0A9@mail.muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. The returned headers are
attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{GRIGORYAN}>: host mx.armenische-gemeinde-ms.example[198.51.100.77]
    said: 552 5.2.2 <{GRIGORYAN}>: Mailbox full, quota exceeded
    (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "4B7E21C0A9"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Thu,  4 Mar 2027 06:11:58 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {GRIGORYAN}"),
         ("Original-Recipient", f"rfc822;{GRIGORYAN}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx.armenische-gemeinde-ms.example"),
         ("Diagnostic-Code", f"smtp; 552 5.2.2 <{GRIGORYAN}>: Mailbox full, quota\n"
                             "    exceeded")])
    headers = m.text(f"""Return-Path: <{MSO}>
Received: by mail.muenster.example (Postfix, from userid 1001)
	id 4B7E21C0A9; Thu,  4 Mar 2027 06:11:58 +0100 (CET)
From: {MSO_NAME} <{MSO}>
To: Vardan Grigoryan <{GRIGORYAN}>
Subject: {PLACE_SUBJECT}
Date: Thu, 04 Mar 2027 06:11:57 +0100
Message-ID: {bot_id("20270304061157")}
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
""", subtype="rfc822-headers", charset="us-ascii", cte="7bit",
                     headers=[("Content-Description", "Undelivered Message Headers")])
    m.multi("report", [note, dsn, headers], style="postfix",
            params={"report-type": "delivery-status"})


# -- 019 ---------------------------------------------------------------------
# English question, plain ASCII: all groups full - may I come to the morning
# only, without a workgroup?  Announces no registration.

@mail("raman-plenary-only-question", "2027-03-04 12:33:48",
      E("question", "priya.raman@tamil-sangam-ms.example", "Priya Raman",
        "Tamil Sangam Muenster", [], None, "en"), "en")
def _(m):
    m.head(("From", "Priya Raman <priya.raman@tamil-sangam-ms.example>"),
           ("To", MSO),
           ("Subject", "Morning programme only?"),
           ("Date", m.date),
           ("Message-ID", "<PR-8d41c2e07b5f@tamil-sangam-ms.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Hi,

I just heard that all three workgroups are fully booked - what a pity.
Is it possible to come to the morning programme only, without joining a
workgroup in the afternoon? If so, do I still have to register, and by
when?

Thanks and best regards,
Priya Raman
Tamil Sangam Muenster
""", charset="us-ascii", cte="7bit")


# -- 020 ---------------------------------------------------------------------
# Hand-over with the substitute's name, postal and e-mail address; Outlook
# HTML only (windows-1252 QP) quoting the confirmation (AG 2, 1).  Labelled as
# the substitute's registration, confirmation to his address.

KUSNEZOWA = """Sehr geehrte Damen und Herren,

leider muss ich meine Teilnahme am Tag der Migrantenselbstorganisationen absagen, da ich am 13. März an einer Pflichtfortbildung teilnehmen muss.

Damit der Platz in der AG 2 nicht verloren geht, würde gern unser Vorstandsmitglied Herr Dmitri Wolkow an meiner Stelle kommen. Seine Kontaktdaten:

Dmitri Wolkow
Kompass e.V. – Verein für Integration und Bildung
Warendorfer Straße 45, 48145 Münster
E-Mail: dmitri.wolkow@kompass-muenster.example

Bitte senden Sie die Bestätigung an Herrn Wolkow. Vielen Dank!

Mit freundlichen Grüßen

Natalia Kusnezowa
Geschäftsführerin
Kompass e.V. – Verein für Integration und Bildung"""


@mail("kusnezowa-hands-place-to-wolkow-outlook-html", "2027-03-05 09:15:29",
      E("registration", "dmitri.wolkow@kompass-muenster.example", "Dmitri Wolkow",
        "Kompass e.V. – Verein für Integration und Bildung", ["AG2"], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Kusnezowa, Natalia" <n.kusnezowa@kompass-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbbm3Tq5W8eR1tY4uI7oP0aS3dF6gH9jK2"),
           ("Date", m.date),
           ("Message-ID", "<VI1PR08MB3356B7C8D9E0F1A2B3C4@VI1PR08MB3356.eurprd08.prod.outlook.example>"),
           ("In-Reply-To", bot_id("20270128140202")),
           ("References", bot_id("20270128140202")),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_MSO, "Donnerstag, 28. Januar 2027 14:02",
             '"Kusnezowa, Natalia" <n.kusnezowa@kompass-muenster.example>',
             CONFIRMATION_SUBJECT, confirmation("Frau Kusnezowa", "AG2", 1))
    m.single(outlook_html(KUSNEZOWA, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Farsi (Dari writer) change, Gmail reply quoting the waiting-list mail (AG 2,
# 2 persons): move both to "کارگروه ۳" (Persian digit) -> [AG3].

KARIMI = """سلام،

از پیام شما متشکرم. حالا که کارگروه ۲ پر است و ما در لیست انتظار هستیم، لطفاً ما دو نفر را به کارگروه ۳ (Förderungsmöglichkeiten und Vereinsmanagement) منتقل کنید. این موضوع برای انجمن ما هم خیلی مهم است.

با سپاس و احترام
حمید کریمی
انجمن فرهنگی افغان‌های مونستر"""


@mail("karimi-farsi-waitlist-to-ag3", "2027-03-05 20:10:55",
      E("change", "hamid.karimi@mail.example", "حمید کریمی",
        "انجمن فرهنگی افغان‌های مونستر", ["AG3"], None, "fa"), "fa")
def _(m):
    m.head(("From", "Hamid Karimi <hamid.karimi@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + WAITLIST_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAK6uI9oP2aS5dF8gH1jK4lZ7xC0vB3nM6qW9eR2tY5uI8oP1aS@mail.gmail.example>"),
           ("In-Reply-To", bot_id("20270219101201")),
           ("References", bot_id("20270219101201")),
           ("MIME-Version", "1.0"))
    attribution = ("\u202bدر تاریخ جمعه ۱۹ فوریهٔ ۲۰۲۷ ساعت ۱۰:۱۲ "
                   f"{MSO_NAME} <{MSO}> نوشت:\u202c")
    gmail_reply(m, KARIMI, attribution,
                waitlist("Herr Karimi", "AG2", 2, 5, ["AG1", "AG3"]), rtl=True, cte="base64")


# -- 022 ---------------------------------------------------------------------
# Last-minute registration on deadline day from a phone: "Zukunftsprozess",
# otherwise any group -> [AG2]; no organisation.

@mail("jovanovic-last-minute-phone", "2027-03-06 13:05:40",
      E("registration", "branka.jovanovic@mail.example", "Branka Jovanović", None,
        ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Branka Jovanović <branka.jovanovic@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung auf den letzten Drücker"),
           ("Date", m.date),
           ("Message-ID", "<q8w2e5.1772798740.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

auf den letzten Drücker: Ich möchte mich noch für den MSO-Tag am 13.3. anmelden, nur ich. Am liebsten Zukunftsprozess, wenn da nix mehr frei ist, ist mir die Gruppe egal. Hauptsache dabei :)

LG Branka Jovanović

Von meinem Samsung Galaxy Smartphone gesendet.
""", charset="utf-8", cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# Late registration with apologies, the day after the deadline; Thunderbird
# reply to the reminder (which names all AGs).  "zu dritt" -> 3, [AG1].

@mail("mahmoudi-late-apology-three", "2027-03-07 09:22:17",
      E("registration", "leyla.mahmoudi@kulturbruecke-ms.example", "Leyla Mahmoudi",
        "Kulturbrücke Münster e.V.", ["AG1"], 3, "de"), "de")
def _(m):
    m.head(("From", "Leyla Mahmoudi <leyla.mahmoudi@kulturbruecke-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0c4d8e2a-7f19-4b63-a0d5-e81f3b9c6a27@kulturbruecke-ms.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Meza Correa-Flock,

es tut mir wirklich leid, dass ich mich erst jetzt melde – ich weiß, die
Anmeldefrist ist gestern Abend abgelaufen. Ihre Erinnerung ist in unserem
Vereinspostfach untergegangen, und ich habe sie erst heute früh gesehen.

Wenn es irgendwie noch geht, würden wir gern zu dritt kommen (ich und zwei
Mitglieder unseres Vorstands), und zwar in die AG 1 zum Bildungssystem.
Falls dort nichts mehr frei ist, setzen Sie uns bitte auf die Warteliste.

Nochmals Entschuldigung und herzliche Grüße
Leyla Mahmoudi
Kulturbrücke Münster e.V.

Am 11.02.27 um 10:00 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(REMINDER)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 024 ---------------------------------------------------------------------
# English late registration with apologies, Apple Mail alternative;
# "workgroup III" -> [AG3]; waiting list if too late.

FERREIRA = """Dear Ms Meza Correa-Flock,

I'm so sorry for writing after the deadline - I was travelling for two weeks and only saw the invitation now. If there is still any chance, I would like to register for the MSO Day on 13 March, workgroup III (funding and association management). It would be just me.

If it's too late, I completely understand, but please put me on the waiting list in case someone cancels.

Best wishes,
Daniela Ferreira
Associação Lusófona de Münster"""


@mail("ferreira-late-apology-english-iii", "2027-03-07 14:41:03",
      E("registration", "daniela.ferreira@lusofonia-ms.example", "Daniela Ferreira",
        "Associação Lusófona de Münster", ["AG3"], 1, "en"), "en")
def _(m):
    m.head(("From", "Daniela Ferreira <daniela.ferreira@lusofonia-ms.example>"),
           ("Subject", "Late registration - MSO Day 13 March"),
           ("Message-Id", "<4F2A8C61-D0B3-4E97-8A15-C7E2B9F03D48@lusofonia-ms.example>"),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"))
    m.alternative(FERREIRA, apple_html(FERREIRA), charset="utf-8", cte="quoted-printable",
                  style="apple")


# -- 025 ---------------------------------------------------------------------
# Other: a training provider's newsletter about its own workshop (places,
# waiting list, "Anmeldung", "Fördermittel", "Vereinsmanagement").

BW_TEXT = """Newsletter März 2027 – Paritätisches Bildungswerk Münsterland

Nur noch 3 Plätze frei!

Workshop "Fördermittel richtig beantragen"
Samstag, 20. März 2027, 10:00 bis 15:00 Uhr
Haus der Vereine, Bahnhofstraße 12, Münster

Sie lernen, welche Förderprogramme für Vereine und Migrantenorganisationen
in NRW in Frage kommen, wie ein Antrag aufgebaut ist und wie Sie ein
einfaches Vereinsmanagement mit Kassenbuch und Verwendungsnachweis
aufsetzen.

Anmeldung: bis 15. März über https://www.bildungswerk-muensterland.example/anmeldung
Ist der Kurs voll, kommen Sie automatisch auf die Warteliste.

Weitere Termine:
- 27.03.: Datenschutz im Verein
- 10.04.: Social Media für Ehrenamtliche

Sie erhalten diesen Newsletter, weil Sie sich dafür eingetragen haben.
Abmelden: https://www.bildungswerk-muensterland.example/newsletter/abmelden?id=88213"""

BW_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Newsletter März 2027</title></head>
<body style="margin:0;padding:0;background:#f2f2f2">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="20" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px">
<tr><td style="background:#00587c;color:#ffffff;font-size:18px"><b>Paritätisches Bildungswerk Münsterland</b> – Newsletter März 2027</td></tr>
<tr><td><h2 style="color:#c0392b">Nur noch 3 Plätze frei!</h2>
<p><b>Workshop &bdquo;Fördermittel richtig beantragen&ldquo;</b><br>
Samstag, 20. März 2027, 10:00 bis 15:00 Uhr<br>
Haus der Vereine, Bahnhofstraße 12, Münster</p>
<p>Sie lernen, welche Förderprogramme für Vereine und Migrantenorganisationen in NRW in Frage kommen, wie ein Antrag aufgebaut ist und wie Sie ein einfaches Vereinsmanagement mit Kassenbuch und Verwendungsnachweis aufsetzen.</p>
<p><a href="https://www.bildungswerk-muensterland.example/anmeldung" style="background:#00587c;color:#fff;padding:8px 14px;text-decoration:none">Jetzt anmelden</a> (bis 15. März)<br>
Ist der Kurs voll, kommen Sie automatisch auf die Warteliste.</p>
<p><b>Weitere Termine</b><br>27.03.: Datenschutz im Verein<br>10.04.: Social Media für Ehrenamtliche</p></td></tr>
<tr><td style="font-size:11px;color:#777">Sie erhalten diesen Newsletter, weil Sie sich dafür eingetragen haben.
<a href="https://www.bildungswerk-muensterland.example/newsletter/abmelden?id=88213">Abmelden</a></td></tr>
</table></td></tr></table>
</body></html>
"""


@mail("bildungswerk-newsletter-waitlist", "2027-03-07 17:50:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Paritätisches Bildungswerk Münsterland <newsletter@bildungswerk-muensterland.example>"),
           ("To", MSO),
           ("Subject", "Nur noch 3 Plätze: Workshop „Fördermittel richtig beantragen“ am 20. März"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-03.88213.7f1e@bildungswerk-muensterland.example>"),
           ("List-Unsubscribe", "<https://www.bildungswerk-muensterland.example/newsletter/abmelden?id=88213>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Mailer", "CleverReach"),
           ("MIME-Version", "1.0"))
    m.alternative(BW_TEXT, BW_HTML, charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Russian answer to "leider ausgebucht" with the asked-for details in a form
# block: waiting list for "Рабочая группа: 2", 1 person -> registration [AG2].
# Gmail alternative, UTF-8 base64, Russian attribution line.

KRAVETS = """Здравствуйте!

Спасибо за быстрый ответ. Да, пожалуйста, внесите меня в лист ожидания:

Имя: Татьяна Кравец
Организация: Общество русско-немецкой культуры «Берёзка» Мюнстер
Рабочая группа: 2 (Zukunftsprozess)
Количество человек: 1

Если освободится место, я с удовольствием приду.

С уважением,
Татьяна Кравец"""


@mail("kravets-russian-reply-to-fully-booked", "2027-03-08 08:05:36",
      E("registration", "t.kravets@mail.example", "Татьяна Кравец",
        "Общество русско-немецкой культуры «Берёзка» Мюнстер", ["AG2"], 1, "ru"), "ru")
def _(m):
    m.head(("From", addr("Татьяна Кравец", "t.kravets@mail.example", "utf-8", "b")),
           ("To", TO_MSO),
           ("Subject", "Re: " + FULL_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAE1oP4aS7dF0gH3jK6lZ9xC2vB5nM8qW1eR4tY7uI0oP3aS6dF@mail.gmail.example>"),
           ("In-Reply-To", "<a81f0c3e.20270307163011@muenster.example>"),
           ("References", "<a81f0c3e.20270307163011@muenster.example>"),
           ("MIME-Version", "1.0"))
    attribution = f"вс, 7 мар. 2027 г. в 16:30, {MSO_NAME} <{MSO}>:"
    gmail_reply(m, KRAVETS, attribution, fully_booked("Frau Kravets"), cte="base64")


# -- 027 ---------------------------------------------------------------------
# Arabic question, windows-1256 base64, new mail: "am I on the waiting list,
# and in which position?"  Western digits (cp1256 has no Arabic-Indic ones).

@mail("saleh-arabic-am-i-on-waitlist", "2027-03-08 11:20:19",
      E("question", "omar.saleh@mail.example", "عمر صالح",
        "البيت الثقافي العربي في مونستر", [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Omar Saleh <omar.saleh@mail.example>"),
           ("To", MSO),
           ("Subject", ew("قائمة الانتظار؟", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<000601db9024$1c2d3e40$54687ab0$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 15.0"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم،

أرسلت لكم قبل أسبوعين رسالة للتسجيل في يوم منظمات المهاجرين في مجموعة العمل الثانية، ثم قرأت أن المجموعات كلها ممتلئة. لم يصلني أي رد حتى الآن.

هل اسمي مسجل على قائمة الانتظار؟ وإذا كان كذلك، ما هو ترتيبي فيها؟ الفعالية بعد 5 أيام فقط.

شكراً جزيلاً
عمر صالح
البيت الثقافي العربي في مونستر
""", charset="windows-1256", cte="base64")


# -- 028 ---------------------------------------------------------------------
# Cancellation quoting the confirmation (AG 3): a colleague *might* come
# instead and would write herself - nobody is registered -> cancellation.

PHAM = """Hallo liebes MSO-Team,

leider muss ich meine Anmeldung für Samstag zurückziehen – meine Tochter hat an dem Tag ihre Prüfung in der Musikschule, das hatte ich übersehen.

Es kann sein, dass unsere Kassiererin an meiner Stelle kommen möchte. Ich habe sie gefragt, sie überlegt noch und meldet sich gegebenenfalls selbst bei Ihnen. Meinen Platz können Sie aber auf jeden Fall freigeben.

Viele Grüße
Hoa Pham-Schulte
Deutsch-Vietnamesischer Verein Münster e.V."""


@mail("pham-schulte-cancel-colleague-may-write", "2027-03-08 15:33:42",
      E("cancellation", "hoa.pham-schulte@dvv-muenster.example", "Hoa Pham-Schulte",
        "Deutsch-Vietnamesischer Verein Münster e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Hoa Pham-Schulte <hoa.pham-schulte@dvv-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAG7pA0sD3fG6hJ9kL2zX5cV8bN1mQ4wE7rT0yU3iO6pA9sD2fG@mail.gmail.example>"),
           ("In-Reply-To", bot_id("20270209191502")),
           ("References", bot_id("20270209191502")),
           ("MIME-Version", "1.0"))
    attribution = f"Am Di., 9. Feb. 2027 um 19:15 Uhr schrieb {MSO_NAME} <{MSO}>:"
    gmail_reply(m, PHAM, attribution, confirmation("Frau Pham-Schulte", "AG3", 1))


# -- 029 ---------------------------------------------------------------------
# Turkish hand-over: "yerime ... Selin Aydoğan gelecek", her address "for your
# list", but the confirmation is to go to the writer -> registration of Selin
# Aydoğan with the writer's address.  Thunderbird, UTF-8 8bit.

@mail("yildiz-turkish-hands-place-to-aydogan", "2027-03-08 19:02:58",
      E("registration", "oguz.yildiz@tadk-muenster.example", "Selin Aydoğan",
        "Türk-Alman Kültür Derneği Münster", ["AG3"], 1, "tr"), "tr")
def _(m):
    m.head(("From", "Oğuz Yıldız <oguz.yildiz@tadk-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<b4e7a9c2-1f38-4d05-86ea-3c0d9f2b5e71@tadk-muenster.example>"),
           ("In-Reply-To", bot_id("20270211124002")),
           ("References", bot_id("20270211124002")),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr-TR"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

maalesef 13 Mart'ta işim çıktı, katılamayacağım. Yerime derneğimizden
Selin Aydoğan gelecek; o da 3. çalışma grubuna (Vereinsmanagement)
katılmak istiyor. Listeniz için e-posta adresi: selin.aydogan@mail.example

Onay e-postasını bana gönderebilirsiniz, ben ona iletirim.

Saygılarımla
Oğuz Yıldız
Türk-Alman Kültür Derneği Münster

11.02.2027 12:40 tarihinde Tag der Migrantenselbstorganisationen yazdı:
{gt_quote(confirmation("Herr Yıldız", "AG3", 1))}
""", charset="utf-8", cte="8bit")


# -- 030 ---------------------------------------------------------------------
# Accepting an offered place (AG 1) for fewer persons than offered: "ich komme
# also allein" -> registration [AG1], 1.  GMX-style quote header block.

@mail("medina-accepts-place-now-alone", "2027-03-09 07:50:21",
      E("registration", "jc.medina@latino-ms.example", "Juan Carlos Medina",
        "Lateinamerikanischer Kulturverein Münster e.V.", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Juan Carlos Medina <jc.medina@latino-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Aw: " + PLACE_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<trinity-1b7d4e90-5c2a-4f38-9e61-a0c3d8f2b547-1773039021336@3c-app-gmx-bs58>"),
           ("In-Reply-To", bot_id("20270308180502")),
           ("References", bot_id("20270308180502")),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Morgen,

ja, wir nehmen den Platz in der AG 1 gern an! Kleine Änderung: Meine
Kollegin ist inzwischen leider verhindert, ich komme also allein und nicht
zu zweit.

Vielen Dank und bis Samstag
Juan Carlos Medina
Lateinamerikanischer Kulturverein Münster e.V.
 

Gesendet: Montag, 08. März 2027 um 18:05 Uhr
Von: "{MSO_NAME}" <{MSO}>
An: jc.medina@latino-ms.example
Betreff: {PLACE_SUBJECT}
{gt_quote(place_free("Herr Medina", "AG1", 2, "Mittwoch, 10. März 2027, 12:00 Uhr"))}
""", charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# English cancellation of a waiting-list place ("please take me off it"),
# Gmail reply quoting the waiting-list mail.

VEGA = """Hi,

thanks for putting me on the waiting list back in February. Please take me off it now - I won't be in Münster on 13 March after all, so someone else should get the place if one opens up.

All the best,
Marisol Vega"""


@mail("vega-english-off-the-waitlist", "2027-03-09 10:12:39",
      E("cancellation", "marisol.vega@mail.example", "Marisol Vega", None, [], None, "en"), "en")
def _(m):
    m.head(("From", "Marisol Vega <marisol.vega@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + WAITLIST_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAN3sD6fG9hJ2kL5zX8cV1bN4mQ7wE0rT3yU6iO9pA2sD5fG8hJ@mail.gmail.example>"),
           ("In-Reply-To", bot_id("20270216101502")),
           ("References", bot_id("20270216101502")),
           ("MIME-Version", "1.0"))
    attribution = f"On Tue, Feb 16, 2027 at 10:15 AM {MSO_NAME} <{MSO}> wrote:"
    gmail_reply(m, VEGA, attribution, waitlist("Frau Vega", "AG2", 1, 4, ["AG1", "AG3"]))


# -- 032 ---------------------------------------------------------------------
# Farsi acceptance of an offered place, Gmail reply with Persian attribution:
# "جای خالی در کارگروه اول ... قبول می‌کنم", "فقط خودم" -> registration [AG1], 1.

MOUSAVI = """سلام،

خیلی ممنون از خبر خوب! بله، جای خالی در کارگروه اول (آموزش) را با کمال میل قبول می‌کنم و روز شنبه می‌آیم. فقط خودم هستم.

با احترام
فاطمه موسوی
کانون زنان ایرانی مونستر"""


@mail("mousavi-farsi-accepts-place-ag1", "2027-03-09 13:40:05",
      E("registration", "f.mousavi@mail.example", "فاطمه موسوی",
        "کانون زنان ایرانی مونستر", ["AG1"], 1, "fa"), "fa")
def _(m):
    m.head(("From", "Fatemeh Mousavi <f.mousavi@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + PLACE_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAP8dF1gH4jK7lZ0xC3vB6nM9qW2eR5tY8uI1oP4aS7dF0gH3jK@mail.gmail.example>"),
           ("In-Reply-To", bot_id("20270309110002")),
           ("References", bot_id("20270309110002")),
           ("MIME-Version", "1.0"))
    attribution = ("\u202bدر تاریخ سه‌شنبه ۹ مارس ۲۰۲۷ ساعت ۱۱:۰۰ "
                   f"{MSO_NAME} <{MSO}> نوشت:\u202c")
    gmail_reply(m, MOUSAVI, attribution,
                place_free("Frau Mousavi", "AG1", 1, "Donnerstag, 11. März 2027, 12:00 Uhr"),
                rtl=True)


# -- 033 ---------------------------------------------------------------------
# Bilingual Turkish/German out-of-office of an association mailbox answering
# a "place has become free" offer (Auto-Submitted, Precedence: auto_reply).

@mail("tikv-bilingual-autoreply-to-offer", "2027-03-10 08:01:12",
      E("auto_reply"), "tr")
def _(m):
    m.head(("From", "Türkisch-Islamischer Kulturverein Hiltrup <info@tikv-hiltrup.example>"),
           ("To", TO_MSO),
           ("Subject", "Otomatik yanıt / Automatische Antwort: " + PLACE_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<autoreply.1773126072.5521@tikv-hiltrup.example>"),
           ("In-Reply-To", bot_id("20270310080002")),
           ("References", bot_id("20270310080002")),
           ("Auto-Submitted", "auto-replied"),
           ("Precedence", "auto_reply"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

e-postanız için teşekkür ederiz. Derneğimizin bürosu 15 Mart 2027'ye kadar
kapalıdır. Mesajınız bu tarihten sonra cevaplanacaktır.

Guten Tag,

vielen Dank für Ihre Nachricht. Unser Vereinsbüro ist bis zum 15. März 2027
geschlossen. Wir beantworten Ihre E-Mail danach.

Türkisch-Islamischer Kulturverein Hiltrup e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Arabic late registration with apologies, Gmail alternative (rtl), UTF-8
# base64, no quote: "شخصين" = 2; second group about Münster's future -> [AG2].

DARWISH = """صباح الخير،

أعتذر جداً عن التأخر في التسجيل، فقد علمت بالموعد النهائي متأخراً. إذا كان ذلك ممكناً، ما زلت أرغب في حضور يوم منظمات المهاجرين يوم السبت، أنا وشخص آخر من جمعيتنا، أي شخصين.

نفضّل مجموعة العمل الثانية حول مستقبل مدينة مونستر. وإذا لم يكن هناك مكان، نرجو وضعنا على قائمة الانتظار.

مع خالص الشكر
أحمد درويش
جمعية الصداقة العربية الألمانية في مونستر"""


@mail("darwish-arabic-late-apology-ag2", "2027-03-10 11:25:47",
      E("registration", "ahmad.darwish@mail.example", "أحمد درويش",
        "جمعية الصداقة العربية الألمانية في مونستر", ["AG2"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Ahmad Darwish <ahmad.darwish@mail.example>"),
           ("To", MSO),
           ("Subject", "تسجيل متأخر - MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAQ9fG2hJ5kL8zX1cV4bN7mQ0wE3rT6yU9iO2pA5sD8fG1hJ4kL@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(DARWISH, gmail_html(DARWISH, rtl=True), charset="utf-8", cte="base64",
                  style="gmail")


# -- 035 ---------------------------------------------------------------------
# "Ja gerne!" to a place offer from a phone; the group is only in the quote,
# so by the corpus convention workgroups = [].  First name only in the text:
# the display name gives the full name.

NOWICKA = """Ja gerne!!! Ich komme. Danke schön 😊

Ewelina"""


@mail("nowicka-ja-gerne-group-only-in-quote", "2027-03-10 14:10:30",
      E("registration", "ewelina.nowicka@mail.example", "Ewelina Nowicka", None,
        [], 1, "de"), "de")
def _(m):
    m.head(("From", "Ewelina Nowicka <ewelina.nowicka@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + PLACE_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAR1gH4jK7lZ0xC3vB6nM9qW2eR5tY8uI1oP4aS7dF0gH3jK6lZ@mail.gmail.example>"),
           ("In-Reply-To", bot_id("20270310124502")),
           ("References", bot_id("20270310124502")),
           ("MIME-Version", "1.0"))
    attribution = f"{MSO_NAME} <{MSO}> schrieb am Mi., 10. März 2027, 12:45:"
    gmail_reply(m, NOWICKA, attribution,
                place_free("Frau Nowicka", "AG2", 1, "Donnerstag, 11. März 2027, 18:00 Uhr"))


# -- 036 ---------------------------------------------------------------------
# Russian: declining an offered place (no longer needed) -> cancellation.
# Webmail reply with a Russian attribution, UTF-8 QP.

@mail("pak-russian-declines-place", "2027-03-10 18:45:09",
      E("cancellation", "sergey.pak@mail.example", "Сергей Пак", None, [], None, "ru"), "ru")
def _(m):
    m.head(("From", addr("Сергей Пак", "sergey.pak@mail.example", "utf-8", "b")),
           ("To", TO_MSO),
           ("Subject", "Re: " + PLACE_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1773164709.338201774@f117.i.mail.example>"),
           ("In-Reply-To", bot_id("20270310162002")),
           ("References", bot_id("20270310162002")),
           ("X-Mailer", "Mail.Example Webmail"),
           ("MIME-Version", "1.0"))
    m.single(f"""Добрый вечер!

Спасибо, что вспомнили обо мне, но, к сожалению, место мне уже не нужно:
в субботу я буду на свадьбе у брата. Отдайте его, пожалуйста, следующему
в листе ожидания.

С уважением,
Сергей Пак


Среда, 10 марта 2027, 16:20 +01:00 от {MSO_NAME} <{MSO}>:
{gt_quote(place_free("Herr Pak", "AG3", 1, "Freitag, 12. März 2027, 12:00 Uhr"))}
""", charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Russian late registration with apologies, windows-1251 QP, new mail:
# "меня и мужа (нас двое)" = 2; "первую рабочую группу, по образованию" -> [AG1].

@mail("grinberg-russian-late-cp1251", "2027-03-11 09:30:26",
      E("registration", "n.grinberg@mail.example", "Наталья Гринберг",
        "Общество «Русский дом» Мюнстер", ["AG1"], 2, "ru"), "ru")
def _(m):
    m.head(("From", addr("Наталья Гринберг", "n.grinberg@mail.example", "windows-1251", "b")),
           ("To", MSO),
           ("Subject", ew("Поздняя регистрация – MSO-Tag", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<20270311093026.7c1f@mail.example>"),
           ("X-Mailer", "The Bat! (v10.5.3) Professional"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день!

Прошу прощения за опоздание с регистрацией – я знаю, что срок закончился
6 марта. Я только вчера вернулась из больницы.

Если ещё есть возможность, запишите, пожалуйста, меня и мужа (нас двое)
в первую рабочую группу, по образованию. Если мест нет, поставьте нас
в лист ожидания.

Заранее спасибо!
Наталья Гринберг
Общество «Русский дом» Мюнстер
""", charset="windows-1251", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Change with a fallback: from the AG 2 waiting list into AG 1 if there is
# room, else stay waiting for AG 2 -> [AG1, AG2].  Apple Mail alternative,
# quote inside a blockquote.

TAS = """Liebes Team,

wir stehen mit zwei Personen auf der Warteliste für die AG 2. Da es ja nun bald losgeht: Könnten Sie uns beide stattdessen in die AG 1 eintragen, falls dort noch Plätze frei sind? Wenn nicht, bleiben wir einfach auf der Warteliste für die AG 2.

Danke und liebe Grüße
Nilüfer Taş
Türkischer Elternbeirat Münster"""


@mail("tas-waitlist-to-ag1-else-stay", "2027-03-11 12:15:44",
      E("change", "nilufer.tas@elternbeirat-ms.example", "Nilüfer Taş",
        "Türkischer Elternbeirat Münster", ["AG1", "AG2"], None, "de"), "de")
def _(m):
    attribution = f"Am 14.02.2027 um 10:22 schrieb {MSO_NAME} <{MSO}>:"
    quoted = waitlist("Frau Taş", "AG2", 2, 2, ["AG1", "AG3"])
    m.head(("From", "Nilüfer Taş <nilufer.tas@elternbeirat-ms.example>"),
           ("Subject", "Re: " + WAITLIST_SUBJECT),
           ("Message-Id", "<9E4B2D71-3C8A-4F05-B6E9-1D7A0C5F2B83@elternbeirat-ms.example>"),
           ("In-Reply-To", bot_id("20270214102202")),
           ("References", bot_id("20270214102202")),
           ("Date", m.date),
           ("To", TO_MSO),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"))
    plain = f"{TAS}\n\n> {attribution}\n> \n{gt_quote(quoted)}\n"
    m.alternative(plain, apple_html(TAS, attribution, quoted), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 039 ---------------------------------------------------------------------
# German question from someone on the AG 3 waiting list: should I just turn
# up on Saturday?  By when will you tell me?

@mail("bouzid-waitlist-just-turn-up-question", "2027-03-11 16:02:13",
      E("question", "karim.bouzid@post-mail.example", "Karim Bouzid",
        "Algerischer Kulturverein Münster", [], None, "de"), "de")
def _(m):
    m.head(("From", "Karim Bouzid <karim.bouzid@post-mail.example>"),
           ("To", MSO),
           ("Subject", "Warteliste AG 3 - einfach vorbeikommen?"),
           ("Date", m.date),
           ("Message-ID", "<trinity-6c0e3a81-2d9f-4b57-a1e4-7f8b2c9d0e36-1773241333419@3c-app-postmail-bap21>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich stehe seit zwei Wochen auf der Warteliste für die AG 3 und habe
bisher nichts gehört. Lohnt es sich, am Samstag trotzdem um 10 Uhr ins
Stadtweinhaus zu kommen, falls jemand nicht erscheint? Oder kommt man nur
mit Bestätigung hinein?

Und bis wann würden Sie sich spätestens melden, wenn doch ein Platz frei
wird?

Mit freundlichen Grüßen
Karim Bouzid
Algerischer Kulturverein Münster
""", charset="utf-8", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Turkish cancellation of a waiting-list registration (3 persons), Gmail reply
# with a Turkish attribution line, UTF-8 base64.

GULER = """İyi akşamlar,

bekleme listesinde 3 kişi olarak kayıtlıydık. Cumartesi günü derneğimizin başka bir etkinliği çıktı, bu yüzden gelemeyeceğiz. Lütfen kaydımızı bekleme listesinden silin.

Teşekkürler, kolay gelsin
Ayşe Güler
Münster Türk Veliler Birliği"""


@mail("guler-turkish-cancel-waitlist", "2027-03-11 20:20:37",
      E("cancellation", "ayse.guler@mail.example", "Ayşe Güler",
        "Münster Türk Veliler Birliği", [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Ayşe Güler <ayse.guler@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + WAITLIST_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAS2hJ5kL8zX1cV4bN7mQ0wE3rT6yU9iO2pA5sD8fG1hJ4kL7zX@mail.gmail.example>"),
           ("In-Reply-To", bot_id("20270303091502")),
           ("References", bot_id("20270303091502")),
           ("MIME-Version", "1.0"))
    attribution = f"{MSO_NAME} <{MSO}>, 3 Mar 2027 Çar, 09:15 tarihinde şunu yazdı:"
    gmail_reply(m, GULER, attribution, waitlist("Frau Güler", "AG2", 3, 14, []),
                cte="base64")


# -- 041 ---------------------------------------------------------------------
# Very late registration from a shared office mailbox; Reply-To is her own
# address and she asks to be answered there.  AG 3 else AG 1, 2 persons.
# Outlook plain text, iso-8859-1 QP; the From name is an ISO-8859-1 encoded word.

@mail("noori-very-late-shared-mailbox-reply-to", "2027-03-12 08:40:02",
      E("registration", "s.noori@afghan-frauen-ms.example", "Soraya Noori",
        "Afghanischer Frauenverein Münster e.V.", ["AG3", "AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Büro Afghanischer Frauenverein", "buero@afghan-frauen-ms.example",
                         "iso-8859-1", "q")),
           ("Reply-To", "Soraya Noori <s.noori@afghan-frauen-ms.example>"),
           ("To", MSO),
           ("Subject", "Kurzfristige Anmeldung MSO-Tag (bitte entschuldigen Sie)"),
           ("Date", m.date),
           ("Message-ID", "<000c01db9331$5e6f7a80$1b4f6f80$@afghan-frauen-ms.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Morgen Frau Meza Correa-Flock,

ich weiß, es ist sehr kurzfristig und die Frist ist längst vorbei - bitte
entschuldigen Sie! Wir haben die Anmeldung verpasst, weil unsere
Vorsitzende lange krank war und niemand das Postfach gelesen hat.

Falls noch irgendwo ein Platz frei ist, würden meine Kollegin Parwin
Sultani und ich gern kommen, am liebsten in die AG 3 Fördermittel, sonst
AG 1. Wenn nichts mehr frei ist, verstehen wir das natürlich.

Bitte antworten Sie an meine eigene Adresse, das Büropostfach schaue ich
am Wochenende nicht an.

Viele Grüße
Soraya Noori
Afghanischer Frauenverein Münster e.V.
""", charset="iso-8859-1", cte="quoted-printable")


# -- 042 ---------------------------------------------------------------------
# Farsi answer to "leider ausgebucht" with the asked-for details: "کارگروه:
# ۱", "تعداد نفرات: ۲" (Persian digits) -> registration [AG1], 2.  The name in
# the form (with a zero-width non-joiner) beats the Latin display name.

HOSSEINZADEH = """سلام،

ممنون از پاسخ شما. بله، لطفاً مرا در لیست انتظار بگذارید:

نام: علی حسین‌زاده
انجمن: انجمن دانشجویان و پژوهشگران ایرانی مونستر
کارگروه: ۱ (آموزش)
تعداد نفرات: ۲

اگر جایی خالی شد، با یکی از اعضای انجمن می‌آییم.

با تشکر"""


@mail("hosseinzadeh-farsi-reply-to-fully-booked", "2027-03-12 10:05:51",
      E("registration", "ali.hosseinzadeh@mail.example", "علی حسین‌زاده",
        "انجمن دانشجویان و پژوهشگران ایرانی مونستر", ["AG1"], 2, "fa"), "fa")
def _(m):
    m.head(("From", "Ali Hosseinzadeh <ali.hosseinzadeh@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + FULL_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAT5kL8zX1cV4bN7mQ0wE3rT6yU9iO2pA5sD8fG1hJ4kL7zX0cV@mail.gmail.example>"),
           ("In-Reply-To", "<c4d92e17.20270311171044@muenster.example>"),
           ("References", "<c4d92e17.20270311171044@muenster.example>"),
           ("MIME-Version", "1.0"))
    attribution = ("\u202bدر تاریخ پنجشنبه ۱۱ مارس ۲۰۲۷ ساعت ۱۷:۱۰ "
                   f"{MSO_NAME} <{MSO}> نوشت:\u202c")
    gmail_reply(m, HOSSEINZADEH, attribution, fully_booked("Herr Hosseinzadeh"),
                rtl=True, cte="base64")


# -- 043 ---------------------------------------------------------------------
# Arabic acceptance of two offered places on the last day: "نقبل المكانين في
# مجموعة العمل الثانية", "شخصين" -> registration [AG2], 2.  Gmail reply, QP.

ALSAYED = """مرحباً،

شكراً جزيلاً على هذا الخبر الجميل! نعم، نقبل المكانين في مجموعة العمل الثانية، وسأحضر مع زميلتي كما سجّلنا، أي شخصين.

إلى اللقاء يوم السبت
نور السيد
جمعية المرأة العربية في مونستر"""


@mail("alsayed-arabic-accepts-two-places", "2027-03-12 12:30:18",
      E("registration", "nour.alsayed@mail.example", "نور السيد",
        "جمعية المرأة العربية في مونستر", ["AG2"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Nour Al-Sayed <nour.alsayed@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + PLACE_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAU8lZ1xC4vB7nM0qW3eR6tY9uI2oP5aS8dF1gH4jK7lZ0xC3vB@mail.gmail.example>"),
           ("In-Reply-To", bot_id("20270312093002")),
           ("References", bot_id("20270312093002")),
           ("MIME-Version", "1.0"))
    attribution = ("\u202bفي الجمعة، 12 مارس 2027 في 9:30 ص تمت كتابة ما يلي بواسطة "
                   f"{MSO_NAME} <{MSO}>:\u202c")
    gmail_reply(m, ALSAYED, attribution,
                place_free("Frau Al-Sayed", "AG2", 2, "Freitag, 12. März 2027, 18:00 Uhr"),
                rtl=True)


# -- 044 ---------------------------------------------------------------------
# English registration the evening before the event, with a question about
# parking (still a registration); 1 else 3, two persons.  multipart/mixed with
# the writer's vCard attached.

KAMAU = """Dear MSO team,

apologies for the very late registration - our board only decided yesterday who would represent us. Two of us would like to come tomorrow: Wanjiru Njoroge and myself. We'd be interested in workgroup 1 (education), or workgroup 3 if 1 is full.

One more question: is there parking near the Stadtweinhaus, or should we rather come by bus?

Thank you, and hopefully see you tomorrow!
Joseph Kamau
Kenyan Community Münster e.V."""

KAMAU_VCF = """BEGIN:VCARD
VERSION:3.0
N:Kamau;Joseph;;;
FN:Joseph Kamau
ORG:Kenyan Community Münster e.V.
TITLE:Chairman
EMAIL;TYPE=INTERNET:joseph.kamau@kenya-community.example
TEL;TYPE=CELL:+49 176 55501234
END:VCARD"""


@mail("kamau-english-eve-of-event-vcard", "2027-03-12 17:50:33",
      E("registration", "joseph.kamau@kenya-community.example", "Joseph Kamau",
        "Kenyan Community Münster e.V.", ["AG1", "AG3"], 2, "en"), "en")
def _(m):
    m.head(("From", "Joseph Kamau <joseph.kamau@kenya-community.example>"),
           ("To", MSO),
           ("Subject", "Late registration for tomorrow (2 persons)"),
           ("Date", m.date),
           ("Message-ID", "<d2f81a4c-6e07-4b39-95c1-0a8e3f7b2d64@kenya-community.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    body = m.text(KAMAU, charset="utf-8", cte="quoted-printable")
    vcf = m.text(KAMAU_VCF, subtype="vcard", charset="utf-8", cte="quoted-printable",
                 params={"name": "Joseph Kamau.vcf"},
                 headers=[("Content-Disposition", 'attachment; filename="Joseph Kamau.vcf"')])
    m.multi("mixed", [body, vcf])



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


def check_labels(e, text_lang):
    """Problems with one expected record on its own."""
    problems = []
    if tuple(e) != FIELDS:
        problems.append("expected record has wrong keys or key order")
        return problems
    k = e["kind"]
    if k not in KINDS:
        problems.append(f"bad kind {k}")
    if text_lang not in LANGS:
        problems.append(f"text language {text_lang} not in {LANGS}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WG_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if k not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    ps = e["party_size"]
    if k == "registration":
        if not (isinstance(ps, int) and ps >= 1):
            problems.append("registration needs party_size >= 1")
    elif k == "change":
        if ps is not None and not (isinstance(ps, int) and ps >= 1):
            problems.append("change party_size must be null or >= 1")
    elif ps is not None:
        problems.append("party_size must be null for this kind")
    if k in PERSON_KINDS:
        if not e["email"] or e["email"] != e["email"].lower() or "@" not in e["email"]:
            problems.append("person mail needs a lower-case email")
        if not e["name"]:
            problems.append("person mail needs a name")
        if e["language"] not in LANGS:
            problems.append(f"bad language {e['language']}")
        elif e["language"] != text_lang:
            problems.append("language differs from the text language")
        if e["organisation"] == "":
            problems.append("organisation must be null, not empty")
    else:
        for f in ("email", "name", "organisation", "language"):
            if e[f] is not None:
                problems.append(f"{f} must be null for {k}")
    if (k == "bounce") != (e["bounced_recipient"] is not None):
        problems.append("bounced_recipient only (and always) for bounces")
    if e["bounced_recipient"] and e["bounced_recipient"] != e["bounced_recipient"].lower():
        problems.append("bounced_recipient must be lower-case")
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
    if not (datetime.datetime(2027, 2, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 3, 13, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside 1 Feb - 12 Mar 2027")
    got = [p.get_content() for p in leaves(msg)]
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (g, w) in enumerate(zip(got, want)):
        if g.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
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
    e = expected
    if e["kind"] in PERSON_KINDS:
        header_addrs = [a.lower() for _, a in getaddresses(
            [str(msg.get("From", "")), str(msg.get("Reply-To", ""))])]
        if e["email"] not in header_addrs and e["email"] not in text.lower():
            problems.append(f"email {e['email']} neither in From/Reply-To nor in the text")
        if msg.get("Reply-To") and e["email"] not in header_addrs[1:] \
                and e["email"] not in text.lower().replace(header_addrs[0], ""):
            problems.append("Reply-To present but the email is not the Reply-To")
        norm = unicodedata.normalize("NFC", text)
        for f in ("name", "organisation"):
            if e[f] and unicodedata.normalize("NFC", e[f]) not in norm:
                problems.append(f"{f} {e[f]!r} not written in the mail")
    if e["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(e["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
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
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x text language:")
    print("  " + " ".join(f"{lang:>4}" for lang in LANGS) + "  all")
    for k in KINDS:
        row = [table[(k, lang)] for lang in LANGS]
        print("  " + " ".join(f"{n:>4}" for n in row) + f"  {sum(row):>3}  {k}")
    row = [sum(table[(k, lang)] for k in KINDS) for lang in LANGS]
    print("  " + " ".join(f"{n:>4}" for n in row) + f"  {sum(row):>3}  all")
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
            if not path.exists() or path.read_bytes() != data:
                print(f"{name}: differs from the generated bytes")
                bad += 1
        path = HERE / "expected.json"
        if not path.exists() or path.read_text(encoding="utf-8") != exp_text:
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

    # re-read what is on disk (or would be) and check every mail and label
    for (name, m, e, text_lang), data in zip(built, datas):
        if not args.check:
            data = (mails_dir / name).read_bytes()
        for problem in check(name, data, m, e) + check_labels(e, text_lang):
            print(f"{name}: {problem}")
            bad += 1
    reread = json.loads((HERE / "expected.json").read_text(encoding="utf-8")) \
        if (HERE / "expected.json").exists() else {}
    if reread != expected:
        print("expected.json does not load back to the labels")
        bad += 1
    for addr_, n in collections.Counter(senders(datas)).items():
        if n > 1:
            print(f"sender {addr_} appears {n} times")
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
