#!/usr/bin/env python3
"""Build the "final11d" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Fachtag Kita und Familie Münster 2027 (Sat 17 April 2027), five small
workshops W1-W5 (12-20 places), so many mails answer a confirmation or a
waiting-list notice.

Every mail text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files,
and then reads every file back with email.policy.default to check it.

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
import tomllib
import unicodedata
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded are written out as given.
POLICY = email.policy.default.clone(refold_source="none")

FT = "fachtag-kita@familie-muenster.example"
TO_FT = f"Fachtag Kita und Familie <{FT}>"
INVITATION_ID = "<einladung.fachtag-kita-2027.20270201093015@familie-muenster.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply",
         "bounce", "other")
WG_IDS = ("W1", "W2", "W3", "W4", "W5")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset="utf-8", enc="q"):
    """'Name <address>'; a non-ASCII name is RFC 2047-encoded in `charset`."""
    if name.isascii():
        return formataddr((name, address))
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
    return hashlib.sha256(f"final11d/{slug}/{n}".encode()).hexdigest()


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

    # -- headers -----------------------------------------------------------
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
        msg.set_raw("Delivered-To", FT)
        if received:
            if "@" in sender:
                domain = sender.split("@")[1]
                host = ("smtp." if domain == "mail.example" else "mail.") + domain
            else:   # null envelope sender (DSN): the reporting host itself
                frm = dict(pairs)["From"]
                host = re.search(r"@([^>\s]+)", frm).group(1)
            local = datetime.timezone(datetime.timedelta(
                hours=2 if self.when >= DST_START else 1))
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=2)).astimezone(local))
            zone = "CEST" if self.when >= DST_START else "CET"
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.familie-muenster.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{FT}>; {arrival} ({zone})")
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
            del self.msg[k]
            self.msg[k] = v
        self._record(text)

    # -- containers ----------------------------------------------------------
    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_AS8PR04MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:12]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}"
                    f"-{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.familie-muenster.example"
        if style == "yahoo":
            return f"----=_Part_{int(h[:7], 16)}_{int(h[7:16], 16)}.{int(h[16:29], 16)}"
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


DST_START = datetime.datetime(2027, 3, 28, 1, 0, tzinfo=datetime.timezone.utc)


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
# texts that several mails quote (what the organiser and mailbot sent)
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung: Fachtag Kita und Familie Münster 2027 am 17. April"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Fachtag Kita und Familie Münster 2027"
WAITLIST_SUBJECT = "Warteliste – Fachtag Kita und Familie Münster 2027"
REMINDER_SUBJECT = "Erinnerung: Fachtag Kita und Familie am 17. April 2027"

INVITATION = """Liebe pädagogische Fachkräfte, liebe Eltern und Elternvertretungen,
liebe Kolleginnen und Kollegen aus Sozialarbeit und Beratung,

wie gelingt die Zusammenarbeit von Kita und Familie, wenn zu Hause andere
Sprachen gesprochen werden, wenn Eltern neu in Deutschland sind oder wenn es
um schwierige Themen geht? Darum geht es beim

Fachtag Kita und Familie Münster 2027
Samstag, 17. April 2027, 9:30 bis 15:30 Uhr
Stadthaus 3, Albersloher Weg 33, 48155 Münster

Nach dem Impulsvortrag am Vormittag arbeiten wir in fünf Workshops:

W1  Mehrsprachig aufwachsen – Familiensprachen in der Kita wertschätzen
    (20 Plätze)
W2  Elternabende mit Dolmetschung – gut vorbereitet, gut verstanden
    (12 Plätze)
W3  Übergang Kita – Grundschule gemeinsam mit Familien gestalten
    (16 Plätze)
W4  Kinderschutz in der Kita: Vertrauen aufbauen, Verfahren kennen
    (15 Plätze)
W5  Elternbeteiligung und Elternbeirat: Mitreden von Anfang an
    (18 Plätze)

Die Plätze in den Workshops sind begrenzt und werden in der Reihenfolge der
Anmeldungen vergeben. Ist ein Workshop voll, setzen wir Sie auf die
Warteliste.

Bitte melden Sie sich bis Freitag, 9. April 2027, per E-Mail an
fachtag-kita@familie-muenster.example an und nennen Sie uns: Name,
Einrichtung oder Verein, Wunsch-Workshop (gern mit Zweitwunsch) und die
Zahl der Personen.

Die Teilnahme ist kostenfrei. Während der Workshops gibt es eine
Kinderbetreuung; bitte geben Sie bei der Anmeldung an, ob Sie sie brauchen.

Mit freundlichen Grüßen
Annette Wiesmann-Demir
Amt für Kinder, Jugendliche und Familien der Stadt Münster
Fachstelle Frühe Bildung und Familie"""

W_LINE = {
    "W1": "W1 – Mehrsprachig aufwachsen – Familiensprachen in der Kita wertschätzen",
    "W2": "W2 – Elternabende mit Dolmetschung – gut vorbereitet, gut verstanden",
    "W3": "W3 – Übergang Kita – Grundschule gemeinsam mit Familien gestalten",
    "W4": "W4 – Kinderschutz in der Kita: Vertrauen aufbauen, Verfahren kennen",
    "W5": "W5 – Elternbeteiligung und Elternbeirat: Mitreden von Anfang an",
}

SIGNOFF = """Mit freundlichen Grüßen
Fachtag Kita und Familie
Amt für Kinder, Jugendliche und Familien der Stadt Münster"""


def confirmation(name, wg, persons):
    """The confirmation mailbot sent (quoted in replies, returned in bounces)."""
    return f"""Guten Tag {name},

vielen Dank für Ihre Anmeldung zum Fachtag Kita und Familie Münster 2027
am Samstag, 17. April 2027, 9:30 bis 15:30 Uhr, im Stadthaus 3,
Albersloher Weg 33, 48155 Münster.

Ihr Workshop: {W_LINE[wg]}
Angemeldete Personen: {persons}

Möchten Sie den Workshop wechseln, die Zahl der Personen ändern oder
absagen? Antworten Sie einfach auf diese E-Mail.

{SIGNOFF}"""


def waitlist(name, wg, place, persons, free):
    """The waiting-list notice mailbot sent when a workshop was full."""
    return f"""Guten Tag {name},

vielen Dank für Ihre Anmeldung zum Fachtag Kita und Familie Münster 2027.

Leider ist der Workshop {W_LINE[wg]}
bereits voll belegt. Wir haben Sie auf die Warteliste gesetzt (Platz {place},
angemeldete Personen: {persons}). Sobald ein Platz frei wird, bekommen Sie
von uns Bescheid.

Freie Plätze gibt es zurzeit noch in: {free}.
Möchten Sie lieber in einen dieser Workshops wechseln, antworten Sie
einfach auf diese E-Mail.

{SIGNOFF}"""


def reminder(name, wg, persons):
    """The 7-day reminder (sent Sat 10 April 2027, 09:30)."""
    return f"""Guten Tag {name},

in einer Woche ist es so weit: Der Fachtag Kita und Familie Münster 2027
findet am Samstag, 17. April 2027, von 9:30 bis 15:30 Uhr im Stadthaus 3,
Albersloher Weg 33, 48155 Münster statt. Einlass ist ab 9:00 Uhr.

Ihr Workshop: {W_LINE[wg]}
Angemeldete Personen: {persons}

Falls Sie nicht teilnehmen können, sagen Sie bitte kurz ab, indem Sie auf
diese E-Mail antworten – auf der Warteliste warten noch Interessierte.

{SIGNOFF}"""


def mailbot_message(subject, to, body, when, msgid, in_reply_to=None,
                    auto="auto-replied"):
    """A message mailbot sent, as a whole (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_FT
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = when
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m["Auto-Submitted"] = auto
    m["MIME-Version"] = "1.0"
    m.set_content(body, charset="utf-8", cte="quoted-printable")
    return m


# ---------------------------------------------------------------------------
# HTML the way some clients write it
# ---------------------------------------------------------------------------

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
@font-face
	{{font-family:Aptos;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}}
span.E-MailFormatvorlage19
	{{mso-style-type:personal-reply;
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


def outlook_html(text, quote=None, charset="Windows-1252"):
    """Outlook-style HTML for `text`; quote = (von, gesendet, an, betreff, quoted)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span style='mso-ligatures:none'>Von:</span></b>"
                   f"<span style='mso-ligatures:none'> {esc(von)} <br>\n"
                   f"<b>Gesendet:</b> {esc(gesendet)}<br>\n"
                   f"<b>An:</b> {esc(an)}<br>\n"
                   f"<b>Betreff:</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return OUTLOOK_HEAD.format(charset=charset) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    return (f"{text}\n\nVon: {von}\nGesendet: {gesendet}\nAn: {an}\n"
            f"Betreff: {betreff}\n\n{quoted}")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML (GMX/web.de): one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text, attribution=None, quoted=None, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
    if attribution:
        q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
        out += ("<br><div class=\"gmail_quote gmail_quote_container\">"
                f"<div dir=\"ltr\" class=\"gmail_attr\">{esc(attribution)}<br></div>"
                "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
                "border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
                f"{q}</blockquote></div>")
    return out + "\n"


def apple_html(text, attribution=None, quoted=None):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    if attribution:
        q = "<br>".join(esc(line) for line in quoted.split("\n"))
        inner += (f"<div><br><blockquote type=\"cite\"><div>{esc(attribution)}</div><br>"
                  f"<div><div>{q}</div></div></blockquote></div>")
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
# Thunderbird reply to the invitation, format=flowed, 8bit.  The quoted
# invitation lists all five workshops; the choice ("Mehrsprachig aufwachsen",
# a title phrase, not a number) and "also 2 Personen" are in the new text.
# "17 Familiensprachen" is a count of languages, not of persons.

HOEVELMANN_SIG = """-- 
Jana Hövelmann
Erzieherin, Sprach-Kita-Fachkraft
Ev. Kita Regenbogen Gievenbeck
Tel. 0251 87 12 40"""

CONF_HOEVELMANN = "<fachtag.20270201140601.5b2c@familie-muenster.example>"
HOEVELMANN_ID = "<6f1d2a7c-93b4-4e0a-8c55-2d1e9b7f4a30@kita-regenbogen.example>"


@mail("hoevelmann-reply-to-invitation-w1", "2027-02-01 14:05:22",
      E("registration", "j.hoevelmann@kita-regenbogen.example", "Jana Hövelmann",
        "Ev. Kita Regenbogen Gievenbeck", ["W1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Jana Hövelmann <j.hoevelmann@kita-regenbogen.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", HOEVELMANN_ID),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird 128.6.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Wiesmann-Demir,

danke für die Einladung, die kommt wie gerufen! Wir melden uns gern an:
meine Kollegin Merve Yılmaz und ich, also 2 Personen, für den Workshop
„Mehrsprachig aufwachsen“. In unserer Einrichtung werden inzwischen 17
Familiensprachen gesprochen, und wir suchen dringend Ideen, wie wir sie im
Alltag sichtbarer machen können.

Kinderbetreuung brauchen wir nicht.

Viele Grüße
Jana Hövelmann

{HOEVELMANN_SIG}

Am 01.02.27 um 09:30 schrieb Fachtag Kita und Familie:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Turkish, Outlook desktop, ISO-8859-9 quoted-printable; name and subject in
# RFC 2047 Q words in ISO-8859-9.  First choice "1. atölye", second "5. atölye";
# "Eşim Hakan ile birlikte ... 2 kişiyiz" = 2 persons.  She names her daughter's
# Kita, but she comes as a mother, not for the Kita: organisation null.

@mail("korkmaz-turkish-w1-else-w5", "2027-02-01 21:17:40",
      E("registration", "ayse.korkmaz84@mail.example", "Ayşe Korkmaz", None,
        ["W1", "W5"], 2, "tr"), "tr")
def _(m):
    m.head(("From", addr("Ayşe Korkmaz", "ayse.korkmaz84@mail.example", "iso-8859-9")),
           ("To", FT),
           ("Subject", ew("Kayıt - Fachtag Kita und Familie 17 Nisan", "iso-8859-9")),
           ("Date", m.date),
           ("Message-ID", "<000001db74e2$8a3c4f10$9eb4ed30$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

17 Nisan'daki Fachtag Kita und Familie'ye kayıt olmak istiyorum. Eşim Hakan
ile birlikte geleceğiz, yani 2 kişiyiz.

En çok 1. atölyeyle (çok dilli büyümek) ilgileniyoruz. Orada yer kalmadıysa
5. atölye (velilerin katılımı) de olur.
Kızımız Kita Pusteblume'ye gidiyor, evde Türkçe ve Almanca konuşuyoruz.

Çocuk bakımına ihtiyacımız yok, kızım o gün anneannesinde kalacak.

Teşekkürler, iyi akşamlar
Ayşe Korkmaz
""", charset="iso-8859-9", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# Outlook, HTML only (MsoNormal), windows-1252 quoted-printable, Exchange
# time in UTC.  A Kita head registers herself and two colleagues (a list of
# three names) for "Workshop 4".  "Kinderschutzbeauftragte" is a job title.

CONF_TERHAAR = "<fachtag.20270202083214.1d4a@familie-muenster.example>"

TERHAAR_SIG = """Monika Terhaar-Schulze
Leitung
Städtische Kita Hamannplatz
Hamannplatz 12 · 48157 Münster
Tel. 0251 492-51 73"""


@mail("terhaar-schulze-outlook-html-w4-three", "2027-02-02 07:31:05",
      E("registration", "m.terhaar-schulze@kitas-stadt-muenster.example",
        "Monika Terhaar-Schulze", "Städtische Kita Hamannplatz", ["W4"], 3, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Terhaar-Schulze, Monika" <m.terhaar-schulze@kitas-stadt-muenster.example>'),
           ("To", f'"{FT}" <{FT}>'),
           ("Subject", "Anmeldung Fachtag 17.04. – Städt. Kita Hamannplatz"),
           ("Thread-Topic", "Anmeldung Fachtag 17.04. – Städt. Kita Hamannplatz"),
           ("Thread-Index", "AdtlG0x3Ub8FbW1hS6y7nE0pJ2c1Aw=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR04MB84121C3D5E7F90A1B2C3D4E5F6A7B@AS8PR04MB8412.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    text = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich und zwei Kolleginnen aus unserem Team zum Fachtag Kita und Familie an:

- Monika Terhaar-Schulze (Leitung)
- Anja Brüning (stellv. Leitung, Kinderschutzbeauftragte)
- Chiamaka Okonkwo (Erzieherin)

Wir möchten gemeinsam den Workshop 4 „Kinderschutz in der Kita“ besuchen. Eine Kinderbetreuung benötigen wir nicht.

Mit freundlichen Grüßen

{TERHAAR_SIG}"""
    m.single(outlook_html(text), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# English, Gmail multipart/alternative.  "the child protection workshop (W4)"
# first, "the workshop on parents' evenings with interpreters" (W2, by its
# topic in English) second.

CONF_RAGHUNATHAN = "<fachtag.20270203090341.c3f0@familie-muenster.example>"


@mail("raghunathan-english-w4-else-w2", "2027-02-03 09:02:48",
      E("registration", "priya.raghunathan@fz-kinderhaus.example", "Priya Raghunathan",
        "Familienzentrum Kinderhaus", ["W4", "W2"], 1, "en"), "en")
def _(m):
    m.head(("From", "Priya Raghunathan <priya.raghunathan@fz-kinderhaus.example>"),
           ("To", FT),
           ("Subject", "Registration Fachtag 17 April"),
           ("Date", m.date),
           ("Message-ID", "<CAJ4rX1m0p9QvT2kL8sYw3nB6dF1hZ5cE7gA0uR4iO2tN9xVb3Q@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Dear organising team,

I'd like to register for the Fachtag on 17 April. I'm a social worker at
Familienzentrum Kinderhaus and work mostly with families who arrived in
Münster in the last two years, so the child protection workshop (W4) would
be my first choice. If that one is full, I'd go for the workshop on parents'
evenings with interpreters.

It's just me, no childcare needed.

Kind regards,
Priya

-- 
Priya Raghunathan (she/her)
Social Worker | Familienzentrum Kinderhaus
Kinderhauser Straße 140, 48159 Münster"""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 005 ---------------------------------------------------------------------
# Sent from the parents' council's shared mailbox with Reply-To to the
# chairman's private address (the writer asks for replies there).  The
# organisation's name contains "Elternbeirat" (an alias of W5), but the
# choice is W3 ("Übergang in die Grundschule").  "14 Kinder" is no party size.

CONF_BROCKHOFF = "<fachtag.20270203164922.7a18@familie-muenster.example>"


@mail("brockhoff-elternbeirat-shared-mailbox-w3", "2027-02-03 16:48:10",
      E("registration", "stefan.brockhoff@mail.example", "Stefan Brockhoff",
        "Elternbeirat Kita Kunterbunt", ["W3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Elternbeirat Kita Kunterbunt <elternbeirat@kita-kunterbunt.example>"),
           ("Reply-To", "Stefan Brockhoff <stefan.brockhoff@mail.example>"),
           ("To", FT),
           ("Subject", "Anmeldung Elternbeirat Kita Kunterbunt"),
           ("Date", m.date),
           ("Message-ID", "<b41e7d0c5a9f2e83d1c6@webmail.kita-kunterbunt.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo zusammen,

als Elternbeirat der Kita Kunterbunt in Mecklenbeck möchten wir gern am
Fachtag teilnehmen. Wir kommen zu zweit: Julia Rensing und ich.

Am meisten interessiert uns der Workshop zum Übergang in die Grundschule –
bei uns kommen im Sommer 14 Kinder in die Schule, und gerade die Eltern,
die selbst nicht in Deutschland zur Schule gegangen sind, haben dazu viele
Fragen.

Antworten bitte an meine private Adresse, das Postfach des Elternbeirats
schaut nicht jeder regelmäßig an.

Viele Grüße
Stefan Brockhoff
Vorsitzender Elternbeirat Kita Kunterbunt
""", charset="utf-8", cte="8bit")


# -- 006 ---------------------------------------------------------------------
# Ukrainian, windows-1251 8bit; the display name and subject are RFC 2047
# B words in windows-1251; the signature is in Latin letters.  A registration
# that also asks whether an interpreter will be there.  "син (4 роки)" and
# "B1" are no party size or workshop.

@mail("kravchuk-ukrainian-w1-asks-interpreter", "2027-02-04 07:55:31",
      E("registration", "olena.kravchuk@mail.example", "Olena Kravchuk", None,
        ["W1"], 1, "uk"), "uk")
def _(m):
    m.head(("From", addr("Олена Кравчук", "olena.kravchuk@mail.example", "windows-1251", "b")),
           ("To", FT),
           ("Subject", ew("Реєстрація на Fachtag 17.04", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1770188131.482913.55021@mail.example>"),
           ("X-Mailer", "Mail.example Webmail 3.4"),
           ("MIME-Version", "1.0"))
    m.single("""Добрий день!

Мене звати Олена Кравчук, я з Харкова, уже два роки живу в Мюнстері. Мій син (4 роки) ходить у дитячий садок в Ангельмоде.
Я хотіла б зареєструватися на Fachtag 17 квітня, на воркшоп 1 – про багатомовне виховання. Вдома ми говоримо українською та російською, а в садку – тільки німецькою, і я не знаю, як краще для дитини.
Прийду одна.

І ще питання: чи буде на воркшопі перекладач? Моя німецька поки що на рівні B1.

Дякую!
Olena Kravchuk
""", charset="windows-1251", cte="8bit")


# -- 007 ---------------------------------------------------------------------
# A secretary registers her colleague and asks that the confirmation go to
# his address (typed wrongly: caritas-ms instead of caritas-muenster; see
# 008 and 010).  Outlook multipart/alternative, ISO-8859-1 QP; the display
# name "Lütkehaus, Sabine" is a Q word in ISO-8859-1.

CONF_ACAR = "<fachtag.20270205112102.3e91@familie-muenster.example>"
LUETKEHAUS_ID = "<000c01db77a1$5e2f7a40$1a8e6ec0$@caritas-muenster.example>"

LUETKEHAUS_SIG = """i. A. Sabine Lütkehaus

Sekretariat Fachberatung Kindertageseinrichtungen
Caritasverband für die Stadt Münster e.V.
Josefstraße 2 | 48151 Münster
Telefon 0251 53009-412"""


@mail("luetkehaus-registers-colleague-acar", "2027-02-05 11:20:14",
      E("registration", "d.acar@caritas-ms.example", "Deniz Acar",
        "Caritasverband für die Stadt Münster e.V.", ["W2"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Lütkehaus, Sabine", "s.luetkehaus@caritas-muenster.example",
                         "iso-8859-1")),
           ("To", FT),
           ("Subject", "Anmeldung Herr Acar (Caritas) - Fachtag 17.04.2027"),
           ("Date", m.date),
           ("Message-ID", LUETKEHAUS_ID),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    text = f"""Sehr geehrte Damen und Herren,

hiermit melde ich unseren Kollegen Herrn Deniz Acar zum Fachtag Kita und Familie am 17.04.2027 an. Herr Acar ist bei uns Fachberater für die interkulturelle Öffnung unserer Kindertageseinrichtungen und möchte gern am Workshop 2 (Elternabende mit Dolmetschung) teilnehmen.

Da Herr Acar in dieser Woche im Urlaub ist, schreibe ich für ihn. Bitte senden Sie die Anmeldebestätigung direkt an ihn: d.acar@caritas-ms.example

Vielen Dank!

Mit freundlichen Grüßen
{LUETKEHAUS_SIG}"""
    m.alternative(outlook_plain(text), outlook_html(text, charset="iso-8859-1"),
                  charset="iso-8859-1", cte="quoted-printable", style="outlook")


# -- 008 ---------------------------------------------------------------------
# Our own Postfix could not deliver the confirmation to the mistyped address
# from 007 (domain does not exist).  multipart/report with the whole returned
# confirmation as message/rfc822.

@mail("postfix-bounce-domain-not-found", "2027-02-05 11:21:07",
      E("bounce", bounced="d.acar@caritas-ms.example"), "en")
def _(m):
    rcpt = "d.acar@caritas-ms.example"
    m.head(("From", "MAILER-DAEMON@mail.familie-muenster.example (Mail Delivery System)"),
           ("To", FT),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270205102107.4B7F21C0E3@mail.familie-muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.familie-muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: Host or domain name not found. Name service error for
    name=caritas-ms.example type=AAAA: Host not found
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.familie-muenster.example"),
         ("X-Postfix-Queue-ID", "4B7F21C0E3"),
         ("X-Postfix-Sender", f"rfc822; {FT}"),
         ("Arrival-Date", "Fri,  5 Feb 2027 11:21:02 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.4.4")])
    inner = mailbot_message(CONFIRMATION_SUBJECT, f"Deniz Acar <{rcpt}>",
                            confirmation("Deniz Acar", "W2", 1),
                            "Fri, 05 Feb 2027 11:21:02 +0100", CONF_ACAR, LUETKEHAUS_ID)
    m.multi("report", [note, dsn, rfc822_part(inner)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 009 ---------------------------------------------------------------------
# Romanian, ISO-8859-16 (the charset with ș and ț with comma below),
# quoted-printable; subject as a Q word in ISO-8859-16.  "atelierul 5",
# "deci suntem 2 persoane"; the 3-year-old for the childcare is not counted.

CONF_DUMITRESCU = "<fachtag.20270206201509.04bd@familie-muenster.example>"


@mail("dumitrescu-romanian-w5", "2027-02-06 20:14:55",
      E("registration", "mihaela.dumitrescu@mail.example", "Mihaela Dumitrescu",
        "Asociația Culturală Casa Românească Münster", ["W5"], 2, "ro"), "ro")
def _(m):
    m.head(("From", "Mihaela Dumitrescu <mihaela.dumitrescu@mail.example>"),
           ("To", FT),
           ("Subject", ew("Înscriere Fachtag Kita und Familie", "iso-8859-16")),
           ("Date", m.date),
           ("Message-ID", "<4c2b8e17-0d6a-4f93-b5e1-7a9c3d2f8e60@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird 115.18.0"),
           ("Content-Language", "ro"),
           ("MIME-Version", "1.0"))
    m.single("""Bună ziua,

mă numesc Mihaela Dumitrescu și fac parte din comitetul de părinți al asociației noastre. Aș dori să mă înscriu la Fachtag Kita und Familie din 17 aprilie, la atelierul 5 (implicarea părinților, „Elternbeteiligung”).
Vin împreună cu o colegă din asociație, deci suntem 2 persoane.

Am avea nevoie și de supraveghere pentru copii: un băiat de 3 ani.

Vă mulțumesc frumos!

Cu stimă,
Mihaela Dumitrescu
Asociația Culturală Casa Românească Münster
""", charset="iso-8859-16", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Change after the organiser phoned about the bounce (008): a corrected
# address to confirm to, and one more person for the same workshop, named
# again ("ebenfalls in den Workshop 2").  Outlook multipart/alternative.

@mail("luetkehaus-correction-address-plus-one", "2027-02-08 10:03:19",
      E("change", "d.acar@caritas-muenster.example", "Deniz Acar",
        "Caritasverband für die Stadt Münster e.V.", ["W2"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Lütkehaus, Sabine", "s.luetkehaus@caritas-muenster.example",
                         "iso-8859-1")),
           ("To", FT),
           ("Cc", "Deniz Acar <d.acar@caritas-muenster.example>"),
           ("Subject", "Korrektur: Anmeldung Herr Acar (Caritas)"),
           ("Date", m.date),
           ("Message-ID", "<001201db7a0f$9c41d2e0$d4c578a0$@caritas-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    text = f"""Sehr geehrte Frau Wiesmann-Demir,

vielen Dank für Ihren Anruf heute Morgen! Ich hatte mich bei der Adresse von Herrn Acar tatsächlich vertippt. Richtig ist:

d.acar@caritas-muenster.example

Bitte schicken Sie die Bestätigung noch einmal dorthin.

Und eine Ergänzung: Unsere Kollegin Frau Maren Pohlmann aus der Fachberatung möchte ebenfalls in den Workshop 2. Die Anmeldung wäre dann für 2 Personen (Herr Acar und Frau Pohlmann). Falls dafür kein Platz mehr frei ist, kommt Herr Acar allein.

Mit freundlichen Grüßen
{LUETKEHAUS_SIG}"""
    m.alternative(outlook_plain(text), outlook_html(text, charset="iso-8859-1"),
                  charset="iso-8859-1", cte="quoted-printable", style="outlook")


# -- 011 ---------------------------------------------------------------------
# iPhone, lower case, typo "kinderschuz".  The Kita is written in lower case;
# the label keeps it as written.

@mail("wuebbeling-iphone-kinderschuz", "2027-02-08 22:40:02",
      E("registration", "nadine.wuebbeling@mail.example", "Nadine Wübbeling",
        "kita zwergenland", ["W4"], 1, "de"), "de")
def _(m):
    m.head(("From", "Nadine Wübbeling <nadine.wuebbeling@mail.example>"),
           ("To", FT),
           ("Subject", "Fachtag"),
           ("Date", m.date),
           ("Message-ID", "<3A9F1C2E-7B44-4D0E-9E15-C82A6F0B1D57@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D82)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,
ich möchte mich gerne für den fachtag am 17.4. anmelden, für den workshop kinderschuz. bin erzieherin in der kita zwergenland in hiltrup. nur ich

Lg Nadine Wübbeling

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Question: may interpreters attend workshop 2?  He would register "falls das
# passt" - conditional, so nobody is registered yet.

@mail("beckmann-question-w2-for-interpreters", "2027-02-09 13:30:44",
      E("question", "t.beckmann@sprachmittlerpool-ms.example", "Thorsten Beckmann",
        "Sprachmittlerpool Münster", [], None, "de"), "de")
def _(m):
    m.head(("From", "Thorsten Beckmann <t.beckmann@sprachmittlerpool-ms.example>"),
           ("To", FT),
           ("Subject", "Frage zu Workshop 2 - auch für Sprachmittler*innen?"),
           ("Date", m.date),
           ("Message-ID", "<e2b5c0a1-6d7f-4c38-91ae-0f3d5b7c9a12@sprachmittlerpool-ms.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.7.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag Frau Wiesmann-Demir,

ich koordiniere den Sprachmittlerpool Münster; unsere Sprachmittlerinnen
und Sprachmittler sind regelmäßig bei Elternabenden und Elterngesprächen in
Kitas im Einsatz.

Richtet sich der Workshop 2 nur an Kita-Fachkräfte, oder dürfen auch
Sprachmittler*innen teilnehmen? Aus unserer Sicht wäre es sehr sinnvoll,
wenn beide Seiten zusammen darüber sprechen. Wir würden mit drei oder vier
Leuten kommen, möchten den Kitas aber keine Plätze wegnehmen – der Workshop
hat ja nur 12.

Falls das passt, melde ich uns gern verbindlich an. Gibt es für unsere
Ehrenamtlichen eventuell eine Fahrtkostenerstattung?

Freundliche Grüße
Thorsten Beckmann
Koordination Sprachmittlerpool Münster
c/o Gesellschaft für Sprache und Teilhabe e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Vietnamese, iPhone multipart/alternative, UTF-8 base64; subject a B word.
# "hội thảo số 3", "Chúng tôi đi 2 người" (we are 2).

CONF_NGUYEN = "<fachtag.20270210094630.e6f2@familie-muenster.example>"


@mail("nguyen-vietnamese-w3", "2027-02-10 09:45:13",
      E("registration", "hong.nguyen.ms@mail.example", "Nguyễn Thị Hồng", None,
        ["W3"], 2, "vi"), "vi")
def _(m):
    m.head(("From", "Hong Nguyen <hong.nguyen.ms@mail.example>"),
           ("To", FT),
           ("Subject", ew("Đăng ký Fachtag Kita und Familie", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<8E51B0A4-2C3D-4F6E-A7B8-19C0D2E3F4A5@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D82)"),
           ("MIME-Version", "1.0"))
    text = """Kính gửi Ban tổ chức,

Tôi tên là Nguyễn Thị Hồng. Con gái tôi năm nay học năm cuối ở Kita và tháng 8 sẽ vào lớp 1. Vợ chồng tôi muốn đăng ký tham gia Fachtag ngày 17/4, hội thảo số 3 về việc chuyển từ Kita lên trường tiểu học (Übergang Kita – Grundschule).

Chúng tôi đi 2 người. Không cần trông trẻ.

Xin chân thành cảm ơn!
Nguyễn Thị Hồng"""
    m.alternative(text, apple_html(text), charset="utf-8", cte="base64", style="apple")


# -- 014 ---------------------------------------------------------------------
# Thunderbird reply to the confirmation of 001: one more colleague, "in
# denselben Workshop" (no workshop named) - "Dann wären wir zu dritt" = 3.

@mail("hoevelmann-adds-colleague", "2027-02-11 17:02:36",
      E("change", "j.hoevelmann@kita-regenbogen.example", "Jana Hövelmann",
        "Ev. Kita Regenbogen Gievenbeck", [], 3, "de"), "de")
def _(m):
    m.head(("From", "Jana Hövelmann <j.hoevelmann@kita-regenbogen.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0b7c4e91-2fa8-4d3e-b6c1-58e0a9d2f7b4@kita-regenbogen.example>"),
           ("In-Reply-To", CONF_HOEVELMANN),
           ("References", f"{INVITATION_ID} {HOEVELMANN_ID} {CONF_HOEVELMANN}"),
           ("User-Agent", "Mozilla Thunderbird 128.6.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo noch mal,

kurze Ergänzung zu unserer Anmeldung: Unsere neue Kollegin Sophie Lammers
möchte auch gern mitkommen, natürlich in denselben Workshop. Wäre das noch
möglich? Dann wären wir zu dritt.

Danke und viele Grüße
Jana Hövelmann

{HOEVELMANN_SIG}

Am 01.02.27 um 14:06 schrieb Fachtag Kita und Familie:
{gt_quote(confirmation("Jana Hövelmann", "W1", 2))}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 015 ---------------------------------------------------------------------
# Exchange out-of-office answering a confirmation (the registration itself
# is not in this set).  RFC 3834 headers, CRLF line ends, multipart/alternative
# in UTF-8 base64.  It mentions "Kinderschutz" and a phone number.

@mail("hesselmann-exchange-out-of-office", "2027-02-12 09:09:51",
      E("auto_reply"), "de", tz=0)
def _(m):
    subject = "Automatische Antwort: " + CONFIRMATION_SUBJECT
    m.head(("From", '"Hesselmann, Birgit" <b.hesselmann@awo-kitas-ms.example>'),
           ("To", TO_FT),
           ("Subject", ew(subject, "utf-8", "q")),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbfT3nq8Zc1mJ0QkS2x4bV9yFwAA=="),
           ("Date", m.date),
           ("Message-ID", "<a7e4c1b0d9f24e6b8c31@DB9PR06MB7731.eurprd06.prod.outlook.example>"),
           ("In-Reply-To", "<fachtag.20270212100938.2f6b@familie-muenster.example>"),
           ("References", "<fachtag.20270212100938.2f6b@familie-muenster.example>"),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "b.hesselmann@awo-kitas-ms.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"),
           crlf=True)
    text = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 19.02.2027, nicht im Haus. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an das Sekretariat der Fachberatung (fachberatung@awo-kitas-ms.example, Tel. 0251 6 20 44-0).
Bei Fragen zum Kinderschutz erreichen Sie unsere insoweit erfahrene Fachkraft unter 0251 6 20 44-27.

Mit freundlichen Grüßen
Birgit Hesselmann
Fachberatung Kindertageseinrichtungen
AWO Kreisverband Münster"""
    m.alternative(text, outlook_html(text, charset="utf-8"), charset="utf-8", cte="base64",
                  style="outlook")


# -- 016 ---------------------------------------------------------------------
# Apple Mail, multipart/alternative.  A social worker with three mothers = 4
# persons for "Workshop 5"; three children for the childcare are not counted.
# The registration also asks a question (may she interpret in Dari?).
# "Elternbeirat" occurs in the text as well (an alias of W5, the same choice).

@mail("sen-four-persons-w5-childcare", "2027-02-15 15:25:37",
      E("registration", "guelay.sen@stadtteiltreff-coerde.example", "Gülay Şen",
        "Stadtteiltreff Coerde", ["W5"], 4, "de"), "de")
def _(m):
    m.head(("From", "Gülay Şen <guelay.sen@stadtteiltreff-coerde.example>"),
           ("To", FT),
           ("Subject", "Anmeldung Fachtag – Stadtteiltreff Coerde"),
           ("Date", m.date),
           ("Message-ID", "<C0F3A1D2-6E84-4B57-9A12-D3E4F5061728@stadtteiltreff-coerde.example>"),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("MIME-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    text = """Liebe Frau Wiesmann-Demir,

ich möchte uns für den Fachtag am 17. April anmelden. Wir sind insgesamt vier Personen: ich als Sozialarbeiterin und drei Mütter aus unserem Elterncafé (Frau Haidari, Frau Osmani und Frau Tekin).

Wir würden gern zusammen in den Workshop 5 zur Elternbeteiligung gehen. Die drei sind in ihren Kitas inzwischen sehr aktiv, eine von ihnen wurde sogar schon gefragt, ob sie im Elternbeirat mitmacht.

Zwei der Mütter bringen ihre Kinder mit (drei Kinder zwischen 2 und 5 Jahren), wir würden die Kinderbetreuung also gern in Anspruch nehmen.

Noch eine Frage: Frau Haidari spricht erst wenig Deutsch. Wäre es in Ordnung, wenn ich ihr im Workshop leise auf Dari übersetze?

Herzliche Grüße
Gülay Şen

Gülay Şen
Sozialarbeiterin (B.A.)
Stadtteiltreff Coerde
Breslauer Straße 150, 48157 Münster"""
    m.alternative(text, apple_html(text), charset="utf-8", cte="quoted-printable",
                  style="apple")


# -- 017 ---------------------------------------------------------------------
# Turkish Gmail reply to the confirmation of 002: her husband cannot come,
# she still comes - a partial cancellation, so a change to 1 person.

@mail("korkmaz-turkish-husband-cannot-come", "2027-02-17 08:05:12",
      E("change", "ayse.korkmaz84@mail.example", "Ayşe Korkmaz", None, [], 1, "tr"), "tr")
def _(m):
    conf = "<fachtag.20270201211811.9e07@familie-muenster.example>"
    m.head(("From", "Ayşe Korkmaz <ayse.korkmaz84@mail.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAL9vR2nTq4XkzP0sB7wM1cE6yH3dJ8fG5aU2iK0oL7rN4tWq9A@mail.gmail.example>"),
           ("In-Reply-To", conf),
           ("References", f"<000001db74e2$8a3c4f10$9eb4ed30$@mail.example> {conf}"),
           ("MIME-Version", "1.0"))
    text = """Merhaba,

eşim Hakan 17 Nisan'da işten izin alamadı, maalesef gelemiyor. Ben yine de geliyorum.
Kaydı 1 kişi olarak düzeltebilir misiniz?

Teşekkür ederim.
Ayşe Korkmaz"""
    attribution = f"Fachtag Kita und Familie <{FT}>, 1 Şub 2027 Pzt, 21:18 tarihinde şunu yazdı:"
    quoted = confirmation("Ayşe Korkmaz", "W1", 2)
    plain = f"{text}\n\n{attribution}\n\n{gt_quote(quoted)}"
    m.alternative(plain, gmail_html(text, attribution, quoted), charset="utf-8",
                  cte="base64", style="gmail")


# -- 018 ---------------------------------------------------------------------
# Arabic Gmail, RTL, UTF-8 base64.  "الورشة رقم ٢" with an Arabic-Indic digit;
# "سأحضر وحدي" = I'll come alone.  Latin signature.  W2 is full by now, so
# mailbot answered with the waiting-list notice that 020 replies to.

WAIT_ALHAMWI = "<fachtag.20270218195133.b871@familie-muenster.example>"
ALHAMWI_ID = "<CAF2kQ7wXe9Rb1nT4mY8sP0dC3vH6jL5gA2uZ7iO1tN4xWb8Kq@mail.gmail.example>"


@mail("alhamwi-arabic-w2", "2027-02-18 19:50:26",
      E("registration", "ahmad.alhamwi@mail.example", "Ahmad Alhamwi", None,
        ["W2"], 1, "ar"), "ar")
def _(m):
    m.head(("From", "Ahmad Alhamwi <ahmad.alhamwi@mail.example>"),
           ("To", FT),
           ("Subject", ew("تسجيل - Fachtag Kita und Familie", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", ALHAMWI_ID),
           ("MIME-Version", "1.0"))
    text = """السلام عليكم،

اسمي أحمد الحموي، وأنا أب لطفلين في روضة أطفال (Kita) في حي كيندرهاوس.
أرغب في التسجيل في يوم Fachtag Kita und Familie بتاريخ ١٧ نيسان/أبريل.
أريد المشاركة في الورشة رقم ٢ (اجتماعات أولياء الأمور مع الترجمة)، لأنني أترجم أحياناً للعائلات العربية في الروضة.
سأحضر وحدي.

مع الشكر والتقدير
Ahmad Alhamwi"""
    m.alternative(text, gmail_html(text, rtl=True), charset="utf-8", cte="base64",
                  style="gmail")


# -- 019 ---------------------------------------------------------------------
# Learner German from GMX webmail, HTML only, ISO-8859-1 QP.  "Workshop mit
# Mehrsprachigkeit" (alias); "9 Sprachen" is no party size.

@mail("kowalska-learner-german-gmx-html", "2027-02-19 12:12:41",
      E("registration", "a.kowalska@gmx-post.example", "Agnieszka Kowalska",
        "Kita Sternschnuppe", ["W1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Agnieszka Kowalska <a.kowalska@gmx-post.example>"),
           ("To", FT),
           ("Subject", "Anmeldung fur Fachtag"),
           ("Date", m.date),
           ("Message-ID", "<trinity-4d8e2f1a-93c6-4b0e-a5d7-6f1e0c3b9a28-1771499561042@3c-app-gmx-bap41>"),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    text = """Guten Tag,

ich heiße Agnieszka Kowalska und ich arbeite als Kinderpflegerin in Kita Sternschnuppe in Wolbeck. Ich will mich anmelden für den Fachtag am 17 April, für Workshop mit Mehrsprachigkeit bitte.
In unsere Gruppe sind Kinder mit 9 Sprachen und ich möchte lernen, wie wir das besser machen. Ich spreche selbst Polnisch und ein bisschen Russisch.
Ich komme alleine. Kinderbetreuung brauche ich nicht.

Vielen Dank und schöne Grüße
Agnieszka Kowalska"""
    m.single(div_html(text), subtype="html", charset="iso-8859-1", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Arabic Gmail reply to the waiting-list notice for 018 (W2 full, free: W1,
# W3, W4, W5 - all in the quote).  He moves to "الورشة الأولى" (the first
# workshop) and leaves the waiting list: a change, not a cancellation.

@mail("alhamwi-arabic-waitlist-move-to-w1", "2027-02-22 09:10:33",
      E("change", "ahmad.alhamwi@mail.example", "Ahmad Alhamwi", None, ["W1"], None, "ar"), "ar")
def _(m):
    m.head(("From", "Ahmad Alhamwi <ahmad.alhamwi@mail.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + WAITLIST_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF2kQ7x0Lm3Wq8vRb5nT1yC9dK4hJ7sG2aE6uZ0iO3tP8xVw5Y@mail.gmail.example>"),
           ("In-Reply-To", WAIT_ALHAMWI),
           ("References", f"{ALHAMWI_ID} {WAIT_ALHAMWI}"),
           ("MIME-Version", "1.0"))
    text = """مرحباً،

شكراً على رسالتكم. بما أن الورشة الثانية ممتلئة، أرجو نقلي إلى الورشة الأولى (النشأة مع عدة لغات). لا داعي لإبقائي على قائمة الانتظار.

مع التحية
أحمد"""
    attribution = f"في الخميس، ١٨ فبراير ٢٠٢٧ في ٧:٥١ م، كتب Fachtag Kita und Familie <{FT}>:"
    quoted = waitlist("Ahmad Alhamwi", "W2", 3, 1, "W1, W3, W4 und W5")
    plain = f"{text}\n\n{attribution}\n\n{gt_quote(quoted)}"
    m.alternative(plain, gmail_html(text, attribution, quoted, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 021 ---------------------------------------------------------------------
# Newsletter of a Kita information service, multipart/alternative, bulk
# headers.  It offers its own seminar "Mehrsprachigkeit" with "Jetzt
# anmelden", and mentions Elternabende, Einschulung and Kinderschutz.

@mail("kitanetz-newsletter", "2027-02-24 14:40:00", E("other"), "de")
def _(m):
    m.head(("From", "KitaNetz NRW <newsletter@kitanetz-nrw.example>"),
           ("To", FT),
           ("Subject", "KitaNetz NRW – Newsletter 2/2027: Mehrsprachigkeit, Elternbriefe, Schutzkonzepte"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-02.8f3a21.20270224134000@lists.kitanetz-nrw.example>"),
           ("List-Id", "KitaNetz NRW Newsletter <newsletter.kitanetz-nrw.example>"),
           ("List-Unsubscribe", "<https://www.kitanetz-nrw.example/newsletter/abmelden?id=8f3a21>, <mailto:abmelden@kitanetz-nrw.example?subject=8f3a21>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Mailer", "Newsletter2Go"),
           ("MIME-Version", "1.0"),
           envelope="bounce-8f3a21@lists.kitanetz-nrw.example")
    text = """KitaNetz NRW – Newsletter 2/2027
================================

Liebe Leserinnen und Leser,

der Frühling kommt, und mit ihm viele Fortbildungen. Unsere Auswahl:

ONLINE-SEMINAR: Mehrsprachigkeit im Kita-Alltag
Di, 16. März 2027, 14:00–16:30 Uhr, Zoom
Wie Familiensprachen im Gruppenalltag Platz finden – mit Praxisbeispielen
aus drei Sprach-Kitas. Jetzt anmelden:
https://www.kitanetz-nrw.example/seminare/mehrsprachigkeit

NEU IM SHOP: Elternbriefe in 14 Sprachen
Vorlagen für Elternabende, Eingewöhnung und Einschulung, zum Ausdrucken.
https://www.kitanetz-nrw.example/shop/elternbriefe

RECHT: Schutzkonzepte nach § 45 SGB VIII
Unser Kurzüberblick zum Kinderschutz in Kindertageseinrichtungen,
aktualisiert für 2027.
https://www.kitanetz-nrw.example/recht/schutzkonzept

--
Sie erhalten diesen Newsletter, weil Sie sich mit
fachtag-kita@familie-muenster.example angemeldet haben.
Abmelden: https://www.kitanetz-nrw.example/newsletter/abmelden?id=8f3a21
KitaNetz NRW · Informationsdienst für die Kindertagesbetreuung"""
    blocks = text.split("\n\n")
    body = "".join(
        "<p style=\"font-family:Arial,sans-serif;font-size:14px;color:#333333\">"
        + "<br>\n".join(esc(line) for line in block.split("\n")) + "</p>\n"
        for block in blocks)
    page = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>KitaNetz NRW</title></head>\n"
            "<body style=\"margin:0;background:#f4f4f4\">\n<table width=\"600\" align=\"center\" "
            "style=\"background:#ffffff\"><tr><td style=\"padding:24px\">\n"
            + body + "</td></tr></table>\n</body></html>\n")
    m.alternative(text, page, charset="utf-8", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# Bulgarian, Thunderbird, UTF-8 quoted-printable; name only in Cyrillic.  A
# Kita educator for "работилница 2"; "Ще дойда сама" = I'll come alone.  W2 is
# full: she gets the waiting-list notice that 024 answers.

WAIT_PETROVA = "<fachtag.20270225105619.44ad@familie-muenster.example>"
PETROVA_ID = "<9a3e5c71-4b0d-4e2f-8c16-d7a2b9f0e5c3@kita-loewenzahn.example>"


@mail("petrova-bulgarian-w2", "2027-02-25 10:55:08",
      E("registration", "desislava.petrova@kita-loewenzahn.example", "Десислава Петрова",
        "Kita Löwenzahn", ["W2"], 1, "bg"), "bg")
def _(m):
    m.head(("From", addr("Десислава Петрова", "desislava.petrova@kita-loewenzahn.example",
                         "utf-8", "b")),
           ("To", FT),
           ("Subject", ew("Записване за Fachtag – работилница 2", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", PETROVA_ID),
           ("User-Agent", "Mozilla Thunderbird 128.7.1"),
           ("Content-Language", "bg"),
           ("MIME-Version", "1.0"))
    m.single("""Здравейте,

казвам се Десислава Петрова и работя като възпитателка в детска градина в Мюнстер. Искам да се запиша за Fachtag на 17 април, за работилница 2 – родителски срещи с преводач. При нас има много семейства от България и Румъния и често аз превеждам на родителските срещи, затова темата е много важна за мен.

Ще дойда сама.

Поздрави,
Десислава Петрова
Kita Löwenzahn, Münster-Berg Fidel
""", charset="utf-8", cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# GMX reply (now from his private address, where the confirmation went) to
# the confirmation of 005: switch to "Workshop 5", and if that is full stay
# with "Übergang" (W3) - new choice first, fallback second.

@mail("brockhoff-switch-w5-else-stay-w3", "2027-02-26 18:22:47",
      E("change", "stefan.brockhoff@mail.example", "Stefan Brockhoff",
        "Elternbeirat Kita Kunterbunt", ["W5", "W3"], None, "de"), "de")
def _(m):
    m.head(("From", "Stefan Brockhoff <stefan.brockhoff@mail.example>"),
           ("To", TO_FT),
           ("Subject", "Aw: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<trinity-1e6b9d3f-0a2c-4f85-b7e4-2d9c0a1f6e38-1772126567311@3c-app-mailcom-bs08>"),
           ("In-Reply-To", CONF_BROCKHOFF),
           ("References", CONF_BROCKHOFF),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    text = """Hallo,

wir haben im Elternbeirat noch mal drüber gesprochen: Frau Rensing und ich würden lieber in den Workshop 5 (Elternbeteiligung) wechseln, weil wir gerade unsere Elternversammlung neu aufstellen und da dringend Ideen brauchen. Geht das noch?
Wenn dort nichts mehr frei ist, bleiben wir einfach beim Übergang.

Danke & Gruß
Stefan Brockhoff
Elternbeirat Kita Kunterbunt"""
    head = f"""Gesendet: Mittwoch, 03. Februar 2027 um 16:49 Uhr
Von: "Fachtag Kita und Familie" <{FT}>
An: "Stefan Brockhoff" <stefan.brockhoff@mail.example>
Betreff: {CONFIRMATION_SUBJECT}"""
    quoted = confirmation("Stefan Brockhoff", "W3", 2)
    plain = f"{text}\n\n\n{head}\n\n{quoted}"
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    hdiv = "<br>".join(esc(line) for line in head.split("\n"))
    qdiv = "<br>".join(esc(line) for line in quoted.split("\n"))
    html_text = ("<html><head></head><body><div style=\"font-family: Verdana;font-size: 12.0px;\">"
                 f"{divs}<div>&nbsp;</div><div name=\"quote\" style=\"margin:10px 5px 5px 10px; "
                 "padding: 10px 0 10px 10px; border-left:2px solid #C3D9E5; word-wrap: break-word;\">"
                 f"<div style=\"margin:0 0 10px 0;\"><b>{hdiv}</b></div>"
                 f"<div name=\"quoted-content\">{qdiv}</div></div></div></body></html>\n")
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Bulgarian reply to the waiting-list notice for 022: the other workshops do
# not suit her, please delete her from the waiting list - a cancellation.
# Thunderbird, UTF-8 8bit, bottom quote with the Bulgarian attribution line.

@mail("petrova-bulgarian-leaves-waitlist", "2027-03-01 11:05:50",
      E("cancellation", "desislava.petrova@kita-loewenzahn.example", "Десислава Петрова",
        None, [], None, "bg"), "bg")
def _(m):
    m.head(("From", addr("Десислава Петрова", "desislava.petrova@kita-loewenzahn.example",
                         "utf-8", "b")),
           ("To", TO_FT),
           ("Subject", "Re: " + WAITLIST_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<2f8d0b6a-c153-4e97-a0d4-6b1e3c9f7a25@kita-loewenzahn.example>"),
           ("In-Reply-To", WAIT_PETROVA),
           ("References", f"{PETROVA_ID} {WAIT_PETROVA}"),
           ("User-Agent", "Mozilla Thunderbird 128.7.1"),
           ("Content-Language", "bg"),
           ("MIME-Version", "1.0"))
    quoted = waitlist("Десислава Петрова", "W2", 6, 1, "W1, W3, W4 und W5")
    m.single(f"""Здравейте,

благодаря за информацията. Другите работилници не са толкова подходящи за моята работа, затова се отказвам от участие. Моля, изтрийте ме от листата на чакащите.

Успех с Fachtag-а!
Десислава Петрова

На 25.02.2027 в 10:56, Fachtag Kita und Familie написа:
{gt_quote(quoted)}
""", charset="utf-8", cte="8bit")


# -- 025 ---------------------------------------------------------------------
# Outlook for iOS, English, reply to the confirmation of 004 (W4, 1): move
# from W4 to W3.  English quote header, no '>' in the quote.

@mail("raghunathan-moves-w4-to-w3", "2027-03-02 07:48:19",
      E("change", "priya.raghunathan@fz-kinderhaus.example", "Priya Raghunathan", None,
        ["W3"], None, "en"), "en")
def _(m):
    m.head(("From", "Priya Raghunathan <priya.raghunathan@fz-kinderhaus.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbdhK2p0Vn1Rm9Tk6cW3qYzX8aBw=="),
           ("Date", m.date),
           ("Message-ID", "<PA4PR08MB6270E3B1C9D2A5F4B7E08C1DA51F2@PA4PR08MB6270.eurprd08.prod.outlook.example>"),
           ("In-Reply-To", CONF_RAGHUNATHAN),
           ("References", CONF_RAGHUNATHAN),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    text = """Hi,

Quick change please: could you move me from W4 to W3 (transition to primary school)? A colleague from one of our Kitas is already going to the child protection workshop, so we'd like to split up and cover more topics.

Thanks a lot!
Priya

Get Outlook for iOS"""
    head = f"""From: Fachtag Kita und Familie <{FT}>
Sent: Wednesday, February 3, 2027 9:03:41 AM
To: Priya Raghunathan <priya.raghunathan@fz-kinderhaus.example>
Subject: {CONFIRMATION_SUBJECT}"""
    quoted = confirmation("Priya Raghunathan", "W4", 1)
    plain = f"{text}\n________________________________\n{head}\n\n{quoted}"
    own = "".join(f"<div dir=\"ltr\">{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    hq = "<br>\n".join(esc(line) for line in head.split("\n"))
    qq = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    html_text = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
                 f"<body>{own}<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">"
                 f"<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" "
                 f"style=\"font-size:11pt\" color=\"#000000\">{hq}</font><div>&nbsp;</div></div>"
                 f"<div>{qq}</div></body></html>\n")
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="outlook")


# -- 026 ---------------------------------------------------------------------
# Arabic question before registering (fee? Arabic interpretation?), Outlook,
# windows-1256 quoted-printable; "إذا كانت هناك ترجمة فسأسجل" = if there is
# interpretation I will register - conditional, so a question.

@mail("suleiman-arabic-question-fee-interpreting", "2027-03-03 16:30:05",
      E("question", "rana.suleiman@mail.example", "Rana Suleiman", None, [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Rana Suleiman <rana.suleiman@mail.example>"),
           ("To", FT),
           ("Subject", ew("سؤال عن Fachtag Kita und Familie", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<000301db8c52$7f1e3a90$6d5aafb0$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ar-sy"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

قرأت عن Fachtag Kita und Familie على موقع المدينة، ولدي سؤالان قبل التسجيل:
هل المشاركة مجانية أم يجب دفع رسوم؟
وهل ستكون هناك ترجمة إلى العربية في المحاضرة الصباحية؟ أنا أم لطفلين ولغتي الألمانية ما زالت ضعيفة.

إذا كانت هناك ترجمة فسأسجل بكل سرور.

شكراً جزيلاً
رنا سليمان
""", charset="windows-1256", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Ukrainian Gmail reply to a waiting-list notice (W2 full; her registration
# is not in this set): move to "воркшоп 4", drop the W2 waiting list.

@mail("melnyk-ukrainian-waitlist-move-to-w4", "2027-03-05 13:13:27",
      E("change", "iryna.melnyk@mail.example", "Ірина Мельник", "Kita Sonnenschein",
        ["W4"], None, "uk"), "uk")
def _(m):
    wait = "<fachtag.20270304214005.d0c9@familie-muenster.example>"
    m.head(("From", "Iryna Melnyk <iryna.melnyk@mail.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + WAITLIST_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAM5nB8tYq2Wr7xK0vZ3dP9cF1hL6sJ4gE8aU5iO2mN7tRb1Xw@mail.gmail.example>"),
           ("In-Reply-To", wait),
           ("References", wait),
           ("MIME-Version", "1.0"))
    text = """Добрий день!

Дякую за лист. Шкода, що в W2 вже немає місць. Тоді, будь ласка, запишіть мене на воркшоп 4 (захист дітей у Kita). З листа очікування на W2 мене можна викреслити.

З повагою,
Ірина Мельник
вихователька, Kita Sonnenschein"""
    attribution = f"чт, 4 бер. 2027 р. о 21:40 Fachtag Kita und Familie <{FT}> пише:"
    quoted = waitlist("Iryna Melnyk", "W2", 8, 1, "W1, W3, W4 und W5")
    plain = f"{text}\n\n{attribution}\n\n{gt_quote(quoted)}"
    m.alternative(plain, gmail_html(text, attribution, quoted), charset="utf-8",
                  cte="base64", style="gmail")


# -- 028 ---------------------------------------------------------------------
# An association's office autoresponder (German and Turkish) without any
# Auto-Submitted or Precedence header; it answers a confirmation.

@mail("elternbund-autoresponder-no-headers", "2027-03-08 09:20:14", E("auto_reply"), "de")
def _(m):
    conf = "<fachtag.20270308091952.6a3e@familie-muenster.example>"
    m.head(("From", "Deutsch-Türkischer Elternbund Münster <info@dt-elternbund-ms.example>"),
           ("To", TO_FT),
           ("Subject", "Eingangsbestätigung / Mesajınız alındı"),
           ("Date", m.date),
           ("Message-ID", "<autoresp.1772958014.20917@dt-elternbund-ms.example>"),
           ("In-Reply-To", conf),
           ("References", conf),
           ("MIME-Version", "1.0"))
    m.single("""*** Dies ist eine automatisch erzeugte Nachricht. ***

Vielen Dank für Ihre E-Mail an den Deutsch-Türkischen Elternbund Münster e.V.
Unser Büro ist dienstags und donnerstags von 10 bis 13 Uhr besetzt. Wir
melden uns so bald wie möglich bei Ihnen.

*** Bu otomatik bir mesajdır. ***

E-postanız için teşekkür ederiz. Büromuz salı ve perşembe günleri saat
10:00-13:00 arası açıktır. En kısa sürede size geri döneceğiz.

Deutsch-Türkischer Elternbund Münster e.V. · Hammer Straße 210 · 48153 Münster
""", charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# English Gmail: "My wife Abena and I" = 2, "workshop 3", else "workshop 5".
# They are parent representatives at their son's Kita and name it; the
# daughter for the childcare is not counted.

CONF_ASANTE = "<fachtag.20270309200612.7d3b@familie-muenster.example>"
ASANTE_ID = "<CAD7hW3pZr5Tq9yM2kX0vB4nC8dF1gJ6sL3aE7uR0iO5tP2xYw@mail.gmail.example>"


@mail("asante-boateng-english-w3-else-w5", "2027-03-09 20:05:40",
      E("registration", "kofi.asante-boateng@mail.example", "Kofi Asante-Boateng",
        "International Kita Münster", ["W3", "W5"], 2, "en"), "en")
def _(m):
    m.head(("From", "Kofi Asante-Boateng <kofi.asante-boateng@mail.example>"),
           ("To", FT),
           ("Subject", "Sign-up Fachtag Kita und Familie"),
           ("Date", m.date),
           ("Message-ID", ASANTE_ID),
           ("MIME-Version", "1.0"))
    text = """Hello,

My wife Abena and I would like to sign up for the Fachtag on 17 April. We're both on the parents' council at our son's Kita, the International Kita Münster, and he starts school in August – so workshop 3 on the transition to primary school would be ideal for us. If it's already full, workshop 5 would be our second choice.

We'd also need the childcare for our daughter (she's 2).

Cheers,
Kofi Asante-Boateng"""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 030 ---------------------------------------------------------------------
# Outlook plain text, windows-1252 QP, reply to a confirmation (W1, 2; the
# registration is not in this set) with two numbered questions ("1.", "2.")
# - certificate of attendance and parking.  Question, nothing to change.

@mail("ossenbrink-question-certificate-parking", "2027-03-10 12:00:37",
      E("question", "k.ossenbrink@kita-st-mauritz.example", "Kathrin Ossenbrink",
        "Familienzentrum St. Mauritz", [], None, "de"), "de")
def _(m):
    conf = "<fachtag.20270309152048.19f7@familie-muenster.example>"
    m.head(("From", '"Ossenbrink, Kathrin" <k.ossenbrink@kita-st-mauritz.example>'),
           ("To", f"'Fachtag Kita und Familie' <{FT}>"),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<002a01db91a7$c3e5f820$4bb0e860$@kita-st-mauritz.example>"),
           ("In-Reply-To", conf),
           ("References", conf),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", "AQKx3f0Ww5nOq8YtRk2M7dJvLp0c9w=="),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

vielen Dank für die Bestätigung! Zwei kurze Fragen noch:

1. Bekommen wir eine Teilnahmebescheinigung? Unser Träger rechnet den Fachtag als Fortbildungstag an, dafür brauchen wir einen Nachweis.
2. Gibt es am Stadthaus 3 Parkplätze, oder sollten wir lieber mit dem Bus kommen?

Viele Grüße aus St. Mauritz
Kathrin Ossenbrink
Familienzentrum St. Mauritz

-----Ursprüngliche Nachricht-----
Von: Fachtag Kita und Familie <{FT}>
Gesendet: Dienstag, 9. März 2027 15:20
An: Ossenbrink, Kathrin <k.ossenbrink@kita-st-mauritz.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Kathrin Ossenbrink", "W1", 2)}
""", charset="windows-1252", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Outlook multipart/alternative reply to the confirmation of 003 (W4, 3):
# one colleague drops out, the other two come as planned -> change to 2.

@mail("terhaar-schulze-colleague-drops-out", "2027-03-12 07:40:10",
      E("change", "m.terhaar-schulze@kitas-stadt-muenster.example", "Monika Terhaar-Schulze",
        "Städtische Kita Hamannplatz", [], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Terhaar-Schulze, Monika" <m.terhaar-schulze@kitas-stadt-muenster.example>'),
           ("To", TO_FT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbdW9r4kQm2Tn8Ux3zV6bYcP1sJwAN7Hqg"),
           ("Date", m.date),
           ("Message-ID", "<AS8PR04MB8412F0E1D2C3B4A5968778695A4B3C2D@AS8PR04MB8412.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", CONF_TERHAAR),
           ("References", CONF_TERHAAR),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    text = f"""Sehr geehrte Damen und Herren,

eine Änderung zu unserer Anmeldung: Frau Okonkwo ist ab März in Elternzeit und kann leider nicht am Fachtag teilnehmen. Frau Brüning und ich kommen wie geplant.

Mit freundlichen Grüßen

{TERHAAR_SIG}"""
    quote = (f"Fachtag Kita und Familie <{FT}>",
             "Dienstag, 2. Februar 2027 08:32",
             "Terhaar-Schulze, Monika <m.terhaar-schulze@kitas-stadt-muenster.example>",
             CONFIRMATION_SUBJECT, confirmation("Monika Terhaar-Schulze", "W4", 3))
    m.alternative(outlook_plain(text, quote), outlook_html(text, quote, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 032 ---------------------------------------------------------------------
# Romanian Yahoo reply to the confirmation of 009 (W5, 2): her husband comes
# too, "Deci vom fi 3 persoane în total".  Yahoo quotes without '>'.

@mail("dumitrescu-romanian-adds-husband", "2027-03-15 21:10:28",
      E("change", "mihaela.dumitrescu@mail.example", "Mihaela Dumitrescu", None,
        [], 3, "ro"), "ro")
def _(m):
    m.head(("From", "Mihaela Dumitrescu <mihaela.dumitrescu@mail.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1482093517.2210384.1773605428117@mail.yahoo.example>"),
           ("In-Reply-To", CONF_DUMITRESCU),
           ("References", CONF_DUMITRESCU),
           ("X-Mailer", "WebService/1.1.23187 YMailNorrin"),
           ("MIME-Version", "1.0"))
    text = """Bună seara,

aș vrea să mai adaug o persoană la înscrierea noastră: vine și soțul meu, Radu Dumitrescu. Deci vom fi 3 persoane în total.

Mulțumesc mult!
Mihaela"""
    attribution = (f"În sâmbătă, 6 februarie 2027, 20:15:09 CET, Fachtag Kita und Familie "
                   f"<{FT}> a scris:")
    quoted = confirmation("Mihaela Dumitrescu", "W5", 2)
    plain = f"{text}\n\n\n\n{attribution}\n\n\n{quoted}"
    own = "".join(f"<div dir=\"ltr\" data-setdir=\"false\">{esc(line) if line else '<br>'}</div>"
                  for line in text.split("\n"))
    qq = "<br>".join(esc(line) for line in quoted.split("\n"))
    html_text = ("<html><head></head><body><div class=\"yahoo-style-wrap\" style=\"font-family:"
                 f"Helvetica Neue, Helvetica, Arial, sans-serif; font-size:13px;\">{own}</div>"
                 f"<div id=\"yahoo_quoted_1\" class=\"yahoo_quoted\"><div>{esc(attribution)}</div>"
                 f"<div><br></div><div>{qq}</div></div></body></html>\n")
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="yahoo")


# -- 033 ---------------------------------------------------------------------
# Advertising from a print shop (name badges for events), windows-1252.

@mail("druckerei-advertising-name-badges", "2027-03-17 09:58:00", E("other"), "de")
def _(m):
    m.head(("From", "Druckerei Lindenblatt <angebote@druckerei-lindenblatt.example>"),
           ("To", FT),
           ("Subject", "Ihr Fachtag? Namensschilder & Tagungsmappen – jetzt 15 % sparen"),
           ("Date", m.date),
           ("Message-ID", "<20270317085800.61f0c2@mailer.druckerei-lindenblatt.example>"),
           ("Precedence", "bulk"),
           ("List-Unsubscribe", "<mailto:abmelden@druckerei-lindenblatt.example>"),
           ("MIME-Version", "1.0"))
    text = """Guten Tag,

Sie planen einen Fachtag, eine Tagung oder ein Elternfest? Wir liefern alles
aus einer Hand:

  * Namensschilder mit Clip oder Band – ab 0,39 € pro Stück
  * Tagungsmappen und Programmhefte
  * Roll-ups und Banner für den Empfang

Nur bis 31. März: 15 % Frühlingsrabatt mit dem Code FRUEHLING27.
Bestellen Sie bequem online: https://www.druckerei-lindenblatt.example/tagung

Mit freundlichen Grüßen
Ihr Team der Druckerei Lindenblatt

Sie möchten keine Angebote mehr erhalten? Antworten Sie mit „Abmelden“."""
    m.alternative(text, div_html(text, "font-family: Arial;font-size: 13px;"),
                  charset="windows-1252", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Turkish reply from Samsung Email to a waiting-list notice (W3 full, place
# 2; his registration is not in this set): asks about his chances and the
# morning programme - a question, he does not switch workshops.

@mail("demirci-turkish-waitlist-question", "2027-03-22 16:44:09",
      E("question", "murat.demirci@mail.example", "Murat Demirci", None, [], None, "tr"), "tr")
def _(m):
    wait = "<fachtag.20270321180544.f2a0@familie-muenster.example>"
    m.head(("From", "Murat Demirci <murat.demirci@mail.example>"),
           ("To", FT),
           ("Subject", "Re: " + WAITLIST_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<x3k9w2.1774194249.samsung@mail.example>"),
           ("In-Reply-To", wait),
           ("References", wait),
           ("MIME-Version", "1.0"))
    text = f"""Merhaba,

bekleme listesinde 2. sıradayım. Sizce yer açılma ihtimali var mı?

Bir de şunu sormak istiyorum: atölyeye giremesem bile sabahki programa (açılış ve konuşma) katılabilir miyim?

Saygılarımla
Murat Demirci

Samsung Galaxy akıllı telefonumdan gönderildi.

-------- Orijinal mesaj --------
Kimden: Fachtag Kita und Familie <{FT}>
Tarih: 21.03.2027 18:05 (GMT+01:00)
Alıcı: Murat Demirci <murat.demirci@mail.example>
Konu: {WAITLIST_SUBJECT}

{waitlist("Murat Demirci", "W3", 2, 1, "W1 und W5")}"""
    m.alternative(text, div_html(text, "font-family: sans-serif;font-size: 14px;"),
                  charset="utf-8", cte="base64")


# -- 035 ---------------------------------------------------------------------
# Vietnamese iPhone reply to the confirmation of 013: cancels for both.
# Summer time from here on (+02:00).

@mail("nguyen-vietnamese-cancels", "2027-03-30 10:20:45",
      E("cancellation", "hong.nguyen.ms@mail.example", "Nguyễn Thị Hồng", None,
        [], None, "vi"), "vi", tz=2)
def _(m):
    m.head(("From", "Hong Nguyen <hong.nguyen.ms@mail.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5D2E9F10-8A7B-4C63-B1E4-0F9A8B7C6D5E@mail.example>"),
           ("In-Reply-To", CONF_NGUYEN),
           ("References", CONF_NGUYEN),
           ("X-Mailer", "iPhone Mail (22E240)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Chào anh chị,

Rất tiếc, gia đình tôi phải về Việt Nam gấp vì bà ngoại bị ốm nặng, nên chúng tôi không thể tham dự ngày 17/4 được. Xin hủy đăng ký của hai vợ chồng tôi.

Cảm ơn và xin lỗi anh chị.
Hồng

Gửi từ iPhone của tôi

> Vào 10 thg 2, 2027, lúc 09:46, Fachtag Kita und Familie <{FT}> đã viết:
>
{gt_quote(confirmation("Nguyễn Thị Hồng", "W3", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Outlook HTML only, windows-1252: a Kita head withdraws her team's whole
# registration (3 places in W3; not in this set) and asks to pass the places
# to the waiting list.

@mail("vennemann-kita-withdraws-team-outlook", "2027-04-06 05:15:33",
      E("cancellation", "e.vennemann@kita-st-josef-ms.example", "Elisabeth Vennemann",
        "Kath. Kita St. Josef Kinderhaus", [], None, "de"), "de", tz=0)
def _(m):
    conf = "<fachtag.20270216110417.8c55@familie-muenster.example>"
    m.head(("From", '"Vennemann, Elisabeth" <e.vennemann@kita-st-josef-ms.example>'),
           ("To", TO_FT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbgE1x8sPq0Ld5Rz2c7nWk4bYtMgBqF3zw"),
           ("Date", m.date),
           ("Message-ID", "<VI1PR02MB5839A0B1C2D3E4F5061728394A5B6C7D@VI1PR02MB5839.eurprd02.prod.outlook.example>"),
           ("In-Reply-To", conf),
           ("References", conf),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    text = """Sehr geehrte Frau Wiesmann-Demir,

leider müssen wir unsere Anmeldung für den Fachtag zurückziehen. Wegen mehrerer Krankheitsfälle im Team mussten wir unseren Tag der offenen Tür auf Samstag, den 17.04., verschieben, und dann kann von uns niemand kommen.

Bitte geben Sie unsere drei Plätze im Workshop gern an die Warteliste weiter. Beim nächsten Mal sind wir hoffentlich dabei!

Mit freundlichen Grüßen

Elisabeth Vennemann
Leitung
Kath. Kita St. Josef Kinderhaus"""
    quote = (f"Fachtag Kita und Familie <{FT}>",
             "Dienstag, 16. Februar 2027 11:04",
             "Vennemann, Elisabeth <e.vennemann@kita-st-josef-ms.example>",
             CONFIRMATION_SUBJECT, confirmation("Elisabeth Vennemann", "W3", 3))
    m.single(outlook_html(text, quote), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# German DSN "mailbox full" from the recipient's provider for the 7-day
# reminder; multipart/report with text/rfc822-headers, CRLF line ends.

@mail("webpost-bounce-mailbox-full-reminder", "2027-04-10 09:31:12",
      E("bounce", bounced="tuan.pham@webpost.example"), "de", tz=2)
def _(m):
    rcpt = "tuan.pham@webpost.example"
    m.head(("From", "Mail Delivery System <MAILER-DAEMON@mx01.webpost.example>"),
           ("To", FT),
           ("Subject", "Unzustellbar: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<dsn.20270410073112.7e2c41@mx01.webpost.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=True, crlf=True)
    note = m.text(f"""Dies ist eine automatisch erzeugte Nachricht des Mailservers
mx01.webpost.example.

Ihre Nachricht konnte nicht zugestellt werden:

  Empfänger: {rcpt}
  Grund:     Das Postfach des Empfängers ist voll (Speicherplatz überschritten).

Der Empfänger muss erst Nachrichten löschen, bevor er wieder E-Mails
empfangen kann. Bitte versuchen Sie es später noch einmal.

Betreff der Nachricht: {REMINDER_SUBJECT}
Gesendet am: 10.04.2027 09:30
""", charset="utf-8", cte="quoted-printable", headers=[("Content-Description", "Benachrichtigung")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx01.webpost.example"),
         ("Arrival-Date", "Sat, 10 Apr 2027 09:30:04 +0200")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox full - quota exceeded")])
    headers = m.text(f"""Return-Path: <{FT}>
Received: from mx.familie-muenster.example (mx.familie-muenster.example [198.51.100.41])
	by mx01.webpost.example with ESMTPS id 4Hq7Zt0k2Nz1xR
	for <{rcpt}>; Sat, 10 Apr 2027 09:30:04 +0200
From: Fachtag Kita und Familie <{FT}>
To: Tuan Pham <{rcpt}>
Subject: {REMINDER_SUBJECT}
Date: Sat, 10 Apr 2027 09:30:00 +0200
Message-ID: <fachtag.erinnerung.20270410093000.5c81@familie-muenster.example>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
""", subtype="rfc822-headers", charset="us-ascii", cte="7bit",
                     headers=[("Content-Description", "Undelivered Message Headers")])
    m.multi("report", [note, dsn, headers],
            params={"report-type": "delivery-status"})


# -- 038 ---------------------------------------------------------------------
# Apple Mail, English, replying to the 7-day reminder for 029 (W3, 2):
# cancels "both our places".

@mail("asante-boateng-cancels-reply-to-reminder", "2027-04-10 19:33:02",
      E("cancellation", "kofi.asante-boateng@mail.example", "Kofi Asante-Boateng", None,
        [], None, "en"), "en", tz=2)
def _(m):
    rem = "<fachtag.erinnerung.20270410093000.7d3b@familie-muenster.example>"
    m.head(("From", "Kofi Asante-Boateng <kofi.asante-boateng@mail.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<4B1C7E2A-93D0-4F58-AE61-2C3D4E5F6A7B@mail.example>"),
           ("In-Reply-To", rem),
           ("References", f"{ASANTE_ID} {CONF_ASANTE} {rem}"),
           ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),
           ("MIME-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"))
    text = """Hi there,

Sorry to do this at short notice – Abena's mother was taken to hospital in Kumasi yesterday and we're flying out on Tuesday, so we won't make it on the 17th after all. Please cancel both our places so someone from the waiting list can have them.

Hope it's a great day!
Kofi"""
    attribution = f"On 10 Apr 2027, at 09:30, Fachtag Kita und Familie <{FT}> wrote:"
    quoted = reminder("Kofi Asante-Boateng", "W3", 2)
    plain = f"{text}\n\n> {attribution}\n>\n{gt_quote(quoted)}"
    m.alternative(plain, apple_html(text, attribution, quoted), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 039 ---------------------------------------------------------------------
# Gmail forward after the deadline: the invitation (all five workshops) and
# a note naming W3 and W4 are in the forwarded part; her own text asks for
# "Übergang Kita – Grundschule" if a place is free, 1 person.  A registration
# (whether late ones are taken is the tool's and organiser's business).

@mail("pieper-forward-late-registration-w3", "2027-04-12 08:50:16",
      E("registration", "h.pieper@marienschule-roxel.example", "Hildegard Pieper",
        "Marienschule Roxel", ["W3"], 1, "de"), "de", tz=2)
def _(m):
    m.head(("From", "Hildegard Pieper <h.pieper@marienschule-roxel.example>"),
           ("To", FT),
           ("Subject", "Fwd: WG: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAE1mT6rWq3Yp8zK2vX5dB0nC7hF4gJ9sL1aU6iR3oO8tN5xZv@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Sehr geehrte Frau Wiesmann-Demir,

die Leiterin unserer Kooperations-Kita hat mir Ihre Einladung weitergeleitet (s. unten). Ich weiß, dass die Anmeldefrist am Freitag abgelaufen ist – falls im Workshop zum Übergang Kita – Grundschule doch noch ein Platz frei ist, würde ich sehr gern teilnehmen (nur ich, 1 Person). Als Lehrerin in der Schuleingangsphase fände ich es wichtig, dass auch die Schulseite mit am Tisch sitzt.

Mit freundlichen Grüßen
Hildegard Pieper
Marienschule Roxel
Städtische Katholische Grundschule"""
    fwd_head = """---------- Forwarded message ---------
Von: Birgit Overesch <leitung@kita-roxel-sonnenhof.example>
Date: Di., 2. Feb. 2027 um 07:58 Uhr
Subject: WG: """ + INVITATION_SUBJECT + """
To: Hildegard Pieper <h.pieper@marienschule-roxel.example>"""
    fwd_body = f"""Liebe Hildegard,
wäre W3 nicht was für dich? Passt genau zu unserem Kooperationsprojekt. Ich bin leider schon in W4 angemeldet.
Liebe Grüße, Birgit

Von: Fachtag Kita und Familie <{FT}>
Gesendet: Montag, 1. Februar 2027 09:30
An: Fachtag Kita und Familie <{FT}>
Betreff: {INVITATION_SUBJECT}

{INVITATION}"""
    plain = f"{text}\n\n{fwd_head}\n\n\n{fwd_body}"
    own = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    fh = "<br>".join(esc(line) for line in fwd_head.split("\n"))
    fb = "<br>".join(esc(line) for line in fwd_body.split("\n"))
    html_text = (f"<div dir=\"ltr\">{own}<br><div class=\"gmail_quote gmail_quote_container\">"
                 f"<div dir=\"ltr\" class=\"gmail_attr\">{fh}<br></div><br><br>{fb}</div></div>\n")
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 040 ---------------------------------------------------------------------
# iPhone, two days before: cancellation (sick).  The From address is in mixed
# case; an emoji in UTF-8 QP.

@mail("wuebbeling-iphone-cancels-sick", "2027-04-15 22:10:40",
      E("cancellation", "nadine.wuebbeling@mail.example", "Nadine Wübbeling", None,
        [], None, "de"), "de", tz=2)
def _(m):
    m.head(("From", "Nadine Wübbeling <Nadine.Wuebbeling@mail.example>"),
           ("To", FT),
           ("Subject", "Absage Fachtag Samstag"),
           ("Date", m.date),
           ("Message-ID", "<7C0D1E2F-3A4B-4C5D-8E9F-A0B1C2D3E4F5@mail.example>"),
           ("X-Mailer", "iPhone Mail (22E252)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,
leider muss ich mich für Samstag abmelden, hab mir von den Kids was eingefangen und bin bis Ende der Woche krankgeschrieben 🤒
Vielleicht freut sich ja jemand von der Warteliste über den Platz im Kinderschutz-Workshop.

Lg Nadine Wübbeling

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
def NFKC_FOLD(s):
    return " ".join(unicodedata.normalize("NFKC", s).casefold().split())


def check(name, data, m, expected, prev_date):
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
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 2, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 4, 17, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside 1 Feb - 16 Apr 2027")
    if prev_date and when <= prev_date:
        problems.append("Date does not rise with the numbering")
    # every text leaf decodes strictly in its declared charset, to the written text
    got = []
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            cs = p.get_content_charset() or "us-ascii"
            raw = p.get_payload(decode=True)
            try:
                raw.decode(cs, "strict")
            except (UnicodeDecodeError, LookupError) as exc:
                problems.append(f"text part does not decode as {cs}: {exc}")
        got.append(p.get_content())
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (g, w) in enumerate(zip(got, want)):
        if isinstance(w, bytes):
            if g != w:
                problems.append(f"part {i}: attachment bytes differ")
        elif g.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
    # every address-like string and URL uses an example domain
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
    problems += check_labels(msg, text, expected)
    return problems, when


def check_labels(msg, text, e):
    """The label follows the corpus conventions (../README of the corpora)."""
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    k = e["kind"]
    if k not in KINDS:
        problems.append(f"unknown kind {k}")
    wg = e["workgroups"]
    if any(w not in WG_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append("bad workgroup ids")
    person = k in ("registration", "change", "cancellation", "question")
    if person:
        em = e["email"]
        if not em or em != em.lower():
            problems.append("person mail needs a lower-case email")
        elif em not in text.lower():
            problems.append("email occurs nowhere in the mail")
        if not e["name"] or not e["language"]:
            problems.append("person mail needs name and language")
        folded = NFKC_FOLD(text)
        for key in ("name", "organisation"):
            if e[key] and NFKC_FOLD(e[key]) not in folded:
                problems.append(f"{key} {e[key]!r} occurs nowhere in the mail")
    else:
        if any(e[f] is not None for f in ("email", "name", "organisation", "language")):
            problems.append("machine mail must have null email/name/organisation/language")
    if k not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    if k == "registration" and not (isinstance(e["party_size"], int) and e["party_size"] >= 1):
        problems.append("registration needs party_size >= 1")
    if k not in ("registration", "change") and e["party_size"] is not None:
        problems.append("party_size must be null for this kind")
    if k == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not e["bounced_recipient"] or e["bounced_recipient"] != e["bounced_recipient"].lower():
            problems.append("bounce needs a lower-case bounced_recipient")
        elif not any(e["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built}, key=lambda x: (x != "de", x))
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x text language:")
    print("  " + " " * 13 + " ".join(f"{x:>3}" for x in langs))
    for k in KINDS:
        print(f"  {k:13}" + " ".join(f"{table[(k, x)]:>3}" for x in langs))
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

    cfg = tomllib.loads((HERE / "config.toml").read_text(encoding="utf-8"))
    if tuple(w["id"] for w in cfg["workgroups"]) != WG_IDS:
        print("config.toml workgroups differ from WG_IDS")
        return 1

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
