#!/usr/bin/env python3
"""Build the "final12h" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: 3. Bielefelder Demokratiekonferenz 2027 (config.toml in this folder), four
afternoon dialogue rounds named by colour: BLAU, GRUEN, ROT, GELB.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files, and
then reads every file back with email.policy.default to check it (no defects,
every text part decodes to exactly the written text, example domains only, lines
of at most 998 octets, rising dates, labels consistent with the conventions).

    python3 make_mails.py           # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check   # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats   # also print counts

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
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
POLICY = email.policy.default.clone(refold_source="none")

DK = "demokratiekonferenz@bielefeld.example"
TO_DK = f"Demokratiekonferenz Bielefeld <{DK}>"
INVITATION_ID = "<einladung-dk-2027.20270816140502@bielefeld.example>"
REMINDER_ID = "<erinnerung-dk-2027.20270906074500@bielefeld.example>"
WORKGROUPS = ("BLAU", "GRUEN", "ROT", "GELB")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
CEST = 2


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset=None, enc="q"):
    """'Name <address>'; a non-ASCII name is RFC 2047-encoded in `charset` when
    given (otherwise the policy encodes it as UTF-8 when the header is set)."""
    if charset is None or name.isascii():
        return formataddr((name, address)) if name.isascii() else f"{name} <{address}>"
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text, prefix="> "):
    return "\n".join((prefix + line) if line else prefix.rstrip() for line in text.split("\n"))


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
    return hashlib.sha256(f"final12h/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


# ---------------------------------------------------------------------------
# building one message
# ---------------------------------------------------------------------------

class Mail:
    """One .eml under construction; remembers what each leaf part must decode to."""

    def __init__(self, slug, when, tz_hours=CEST):
        self.slug = slug
        tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
        self.when = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
        self.date = format_datetime(self.when)
        self.msg = EmailMessage(policy=POLICY)
        self.intended = []
        self.crlf = False
        self._nboundary = 0

    def head(self, *pairs, envelope=None, received=True, crlf=False):
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", DK)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=4)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=CEST))))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.bielefeld.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{DK}>; {arrival} (CEST)")
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

    def binary(self, data, maintype, subtype, filename, disposition="attachment"):
        p = MIMEPart(policy=POLICY)
        p.set_content(data, maintype=maintype, subtype=subtype, cte="base64",
                      disposition=disposition, filename=filename)
        self._record(data)
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
            return f"_00{self._nboundary}_DB9PR03MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:16]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.bielefeld.example"
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

INVITATION_SUBJECT = "Einladung: 3. Bielefelder Demokratiekonferenz am 25. September 2027"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zur 3. Bielefelder Demokratiekonferenz"
REMINDER_SUBJECT = "Erinnerung: Anmeldung zur Demokratiekonferenz bis 17. September"

INVITATION = """Liebe Engagierte in Vereinen, Initiativen und Nachbarschaften,
liebe Bielefelderinnen und Bielefelder,

Demokratie lebt davon, dass viele mitreden. Deshalb laden wir Sie herzlich
zur 3. Bielefelder Demokratiekonferenz ein:

Samstag, 25. September 2027, 10:00 bis 16:30 Uhr
Ravensberger Spinnerei, Ravensberger Park 1, 33607 Bielefeld

Nach dem Auftakt im Plenum sprechen wir ab 13:30 Uhr in vier
Dialogrunden miteinander. Jede Runde hat eine Farbe, die Sie auch auf
Ihrem Namensschild wiederfinden:

  Runde BLAU:  Wählen ohne deutschen Pass? Politische Teilhabe für alle
  Runde GRÜN:  Klimaschutz im Quartier: gemeinsam die Stadt gestalten
  Runde ROT:   Hass im Netz, Desinformation und Zivilcourage
  Runde GELB:  Jung mitbestimmen: Jugendbeteiligung in Schule und Stadtteil

Bitte melden Sie sich bis Freitag, 17. September 2027, per E-Mail an
demokratiekonferenz@bielefeld.example an. Schreiben Sie uns Ihren Namen,
gegebenenfalls Ihren Verein oder Ihre Gruppe, Ihre Wunschrunde (gern mit
Zweitwunsch) und mit wie vielen Personen Sie kommen.

Die Teilnahme ist kostenlos. Mittags gibt es einen Imbiss (vegetarisch
und halal). Dolmetschen ins Türkische, Arabische, Russische und
Ukrainische ist nach Absprache möglich.

Mit freundlichen Grüßen
Büro für Bürgerbeteiligung der Stadt Bielefeld
im Auftrag Jana Overbeck"""

REMINDER = """Liebe Engagierte,

in knapp drei Wochen ist es so weit: Am Samstag, 25. September 2027,
findet die 3. Bielefelder Demokratiekonferenz in der Ravensberger
Spinnerei statt. Anmeldeschluss ist Freitag, der 17. September.

Zur Erinnerung die vier Dialogrunden am Nachmittag:
  BLAU – Wählen ohne deutschen Pass? Politische Teilhabe für alle
  GRÜN – Klimaschutz im Quartier: gemeinsam die Stadt gestalten
  ROT  – Hass im Netz, Desinformation und Zivilcourage
  GELB – Jung mitbestimmen: Jugendbeteiligung in Schule und Stadtteil

In der roten und der gelben Runde sind nur noch wenige Plätze frei.
Wer schon angemeldet ist, muss nichts weiter tun.

Mit freundlichen Grüßen
Büro für Bürgerbeteiligung der Stadt Bielefeld"""

ROUND_LINE = {
    "BLAU": "Runde BLAU – Wählen ohne deutschen Pass? Politische Teilhabe für alle",
    "GRUEN": "Runde GRÜN – Klimaschutz im Quartier: gemeinsam die Stadt gestalten",
    "ROT": "Runde ROT – Hass im Netz, Desinformation und Zivilcourage",
    "GELB": "Runde GELB – Jung mitbestimmen: Jugendbeteiligung in Schule und Stadtteil",
}


def confirmation(salutation, wg, persons):
    """The confirmation mailbot sent (quoted in replies, returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zur 3. Bielefelder Demokratiekonferenz am
Samstag, 25. September 2027, 10:00 bis 16:30 Uhr, in der Ravensberger
Spinnerei, Ravensberger Park 1, 33607 Bielefeld.

Ihre Dialogrunde am Nachmittag:
{ROUND_LINE[wg]}

Angemeldete Personen: {persons}

Sie möchten die Runde wechseln oder absagen? Antworten Sie einfach auf
diese E-Mail.

Mit freundlichen Grüßen
Demokratiekonferenz Bielefeld
Büro für Bürgerbeteiligung"""


def confirmation_message(to, salutation, wg, persons, when, msgid, in_reply_to):
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_DK
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


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
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
span.E-MailFormatvorlage17
	{{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:11.0pt;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang=DE link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="windows-1252", labels=("Von", "Gesendet", "An", "Betreff")):
    """Outlook-style HTML for `text`; quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        lv, lg, la, lb = labels
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'>{lv}:</span></b>"
                   f"<span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'> {esc(von)}<br>\n"
                   f"<b>{lg}:</b> {esc(gesendet)}<br>\n"
                   f"<b>{la}:</b> {esc(an)}<br>\n"
                   f"<b>{lb}:</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return OUTLOOK_HEAD.format(charset=charset) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels=("Von", "Gesendet", "An", "Betreff")):
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    lv, lg, la, lb = labels
    return (f"{text}\n\n________________________________\n{lv}: {von}\n{lg}: {gesendet}\n"
            f"{la}: {an}\n{lb}: {betreff}\n\n{quoted}")


def gmail_html(text, rtl=False, quote_head=None, quoted=None):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
    if quote_head:
        q = "<br>".join(esc(line) for line in quoted.split("\n"))
        out += (f"<br><div class=\"gmail_quote gmail_quote_container\"><div dir=\"ltr\" class=\"gmail_attr\">"
                f"{esc(quote_head)}<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
                f"border-left:1px solid rgb(204,204,204);padding-left:1ex\">{q}</blockquote></div>")
    return out + "\n"


def apple_html(text, quote_head=None, quoted=None):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    if quote_head:
        q = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in quoted.split("\n"))
        inner += (f"<div><br><blockquote type=\"cite\"><div>{esc(quote_head)}</div><br>"
                  f"<div>{q}</div></blockquote></div>")
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def div_html(text, font="font-family: Verdana; font-size: 12px;"):
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=CEST):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Thunderbird reply quoting the whole invitation (all four colours in the
# quote).  First choice yellow, fallback blue, "mein Mann ... auch" = 2.

@mail("sarikaya-reply-invitation-gelb-else-blau", "2027-08-16 15:22:17",
      E("registration", "emine.sarikaya@elternbund-baumheide.example", "Emine Sarıkaya",
        "Türkisch-Deutscher Elternbund Baumheide e.V.", ["GELB", "BLAU"], 2, "de"), "de")
def _(m):
    m.head(("From", "Emine Sarıkaya <emine.sarikaya@elternbund-baumheide.example>"),
           ("To", TO_DK),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5e0b9c7a-41d2-4f86-b3a1-7c2e9d04f1a8@elternbund-baumheide.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Overbeck,

vielen Dank für die Einladung, das klingt sehr spannend!

Hiermit melde ich mich an, mein Mann Cengiz kommt auch mit, also zwei
Personen. Wir würden am liebsten in die gelbe Runde gehen, weil wir im
Elternbund ständig mit Jugendlichen und Schulen zu tun haben. Falls die
schon voll ist, dann bitte die blaue.

Viele Grüße
Emine Sarıkaya

-- 
Türkisch-Deutscher Elternbund Baumheide e.V.
Vorstand / Schriftführerin

Am 16.08.2027 um 14:05 schrieb Demokratiekonferenz Bielefeld:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Exchange out-of-office to the invitation, with Auto-Submitted.

STADTTEILBUERO_OOF = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 3. September 2027 im Urlaub. Ihre E-Mail wird
nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an meine
Kollegin Sabine Krüger, s.krueger@quartiere-bielefeld.example,
Tel. 0521 51-3377.

Mit freundlichen Grüßen
Martina Vogt
Stadtteilbüro Heepen"""


@mail("vogt-exchange-out-of-office", "2027-08-16 15:24:03",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Vogt, Martina <m.vogt@quartiere-bielefeld.example>"),
           ("To", TO_DK),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<AM0PR03MB5763C1E0F2B4A7D9@AM0PR03MB5763.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-replied"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "m.vogt@quartiere-bielefeld.example"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(STADTTEILBUERO_OOF,
                  outlook_html(STADTTEILBUERO_OOF, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 003 ---------------------------------------------------------------------
# Turkish, ISO-8859-9 quoted-printable; "mavi grup" (blue), two persons, the
# chairman named in the text.

@mail("ozdemir-turkish-mavi-grup", "2027-08-17 09:10:44",
      E("registration", "m.ozdemir@sennestadt-dernek.example", "Mehmet Özdemir",
        "Sennestadt Türk Kültür ve Dayanışma Derneği", ["BLAU"], 2, "tr"), "tr")
def _(m):
    m.head(("From", addr("Mehmet Özdemir", "m.ozdemir@sennestadt-dernek.example", "iso-8859-9")),
           ("To", DK),
           ("Subject", ew("Kayıt - mavi grup", "iso-8859-9")),
           ("Date", m.date),
           ("Message-ID", "<20270817071044.3F21A@sennestadt-dernek.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.6"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

25 Eylül'deki Demokrasi Konferansı'na kayıt olmak istiyoruz. İki kişi
geleceğiz: ben ve derneğimizin başkanı Hasan Çelik Bey.

Öğleden sonraki oturumlarda mavi gruba katılmak istiyoruz. Yabancıların
seçim hakkı konusu üyelerimizi çok ilgilendiriyor, çoğu otuz yıldır
burada yaşıyor ama hâlâ oy kullanamıyor.

Saygılarımla,
Mehmet Özdemir
Sennestadt Türk Kültür ve Dayanışma Derneği
""", charset="iso-8859-9", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# English student, Gmail multipart/alternative.  Red first, green second;
# "the big green building" is a question about the venue, not a choice.
# Explicitly no organisation.

KRISHNAN_TEXT = """Hi there,

I'd like to register for the Democracy Conference on 25 September. I'm a
master's student in sociology and I'm coming as a private person, not on
behalf of any group.

For the afternoon I'd love to join the red round on hate and
disinformation online - it's really close to my thesis topic. If that
one fills up, the green one would be my second choice.

One practical thing: is the venue the big green building right next to
the park, or the old brick factory? I've only been to Ravensberger Park
once and I got a bit lost.

Thanks a lot and best regards,
Ananya Krishnan"""


@mail("krishnan-english-red-then-green", "2027-08-17 20:41:29",
      E("registration", "ananya.krishnan@mail.example", "Ananya Krishnan", None,
        ["ROT", "GRUEN"], 1, "en"), "en")
def _(m):
    m.head(("From", "Ananya Krishnan <ananya.krishnan@mail.example>"),
           ("To", DK),
           ("Subject", "Registration - Democracy Conference 25 Sept"),
           ("Date", m.date),
           ("Message-ID", "<CAH7qLx2m9Vt0rKpD4sNw8eJ1bY5cUoF3gZ6aTiQ0hWx7Rn2Lk@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KRISHNAN_TEXT, gmail_html(KRISHNAN_TEXT), charset="utf-8",
                  cte="7bit", style="gmail")


# -- 005 ---------------------------------------------------------------------
# Arabic (script), base64: "الجولة الخضراء" (the green round) about climate in
# the neighbourhood; "أنا مع صديقتين" = 3.  The association is only "الجمعية"
# in the body; the signature names it in German.

@mail("alhamwi-arabic-green-three-women", "2027-08-18 11:05:12",
      E("registration", "nour.alhamwi@mail.example", "Nour Al-Hamwi",
        "Syrischer Frauenverein Bielefeld e.V.", ["GRUEN"], 3, "ar"), "ar")
def _(m):
    m.head(("From", "Nour Al-Hamwi <nour.alhamwi@mail.example>"),
           ("To", DK),
           ("Subject", "تسجيل في مؤتمر الديمقراطية"),
           ("Date", m.date),
           ("Message-ID", "<CAF3pRt9Yw1nKx5dZ0qLm7Tv2sH8eGbJ4uN6cWoA1iXr3Dy9Qp@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم،

أود تسجيل اسمي في مؤتمر الديمقراطية يوم السبت ٢٥ أيلول/سبتمبر. سأحضر مع صديقتين من الجمعية، أي أننا ثلاث نساء.

نرغب في المشاركة في الجولة الخضراء عن حماية المناخ في الحي، لأننا نعمل منذ سنة على مشروع حديقة مشتركة في حي باومهايده.

هل يمكن توفير ترجمة إلى العربية؟ إحدى صديقاتي لا تتكلم الألمانية جيداً.

مع الشكر والتقدير
نور الحموي
Nour Al-Hamwi
Syrischer Frauenverein Bielefeld e.V.
""", charset="utf-8", cte="base64")


# -- 006 ---------------------------------------------------------------------
# A party's newsletter (other): full of "grün", mentions the conference and
# "die grüne Runde", but registers nobody.

GRUENE_TEXT = """GRÜNER NEWSLETTER BIELEFELD – September 2027

Liebe Freundinnen und Freunde,

der Sommer war heiß, der Herbst wird politisch. Hier unsere Termine:

* Di, 7. September, 19:00 Uhr: Grüner Stammtisch im Café am Kesselbrink
* Sa, 25. September: Demokratiekonferenz der Stadt. Viele von uns wollen
  in die grüne Runde zum Klimaschutz im Quartier. Bitte meldet euch
  selbst beim Büro für Bürgerbeteiligung an, wir machen keine
  Sammelanmeldung!
* Do, 30. September, 18:30 Uhr: Kreismitgliederversammlung

Aus dem Rat: Die Koalition hat den Klimafonds für Stadtteilprojekte auf
den Weg gebracht. Anträge können Initiativen ab Oktober stellen.

Grüne Grüße
Euer Kreisvorstand

BÜNDNIS 90/DIE GRÜNEN, Kreisverband Bielefeld
Newsletter abbestellen: https://gruene-bielefeld.example/newsletter/abmelden"""

GRUENE_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Grüner Newsletter September 2027</title></head>
<body style="margin:0;background:#f4f7f2;font-family:Arial,Helvetica,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#46962b;color:#ffffff;font-size:22px;font-weight:bold;">GRÜNER NEWSLETTER BIELEFELD – September 2027</td></tr>
<tr><td style="font-size:15px;line-height:1.5;color:#222;">
<p>Liebe Freundinnen und Freunde,</p>
<p>der Sommer war heiß, der Herbst wird politisch. Hier unsere Termine:</p>
<ul>
<li><b>Di, 7. September, 19:00 Uhr:</b> Grüner Stammtisch im Café am Kesselbrink</li>
<li><b>Sa, 25. September:</b> Demokratiekonferenz der Stadt. Viele von uns wollen in die grüne Runde zum Klimaschutz im Quartier. Bitte meldet euch selbst beim Büro für Bürgerbeteiligung an, wir machen keine Sammelanmeldung!</li>
<li><b>Do, 30. September, 18:30 Uhr:</b> Kreismitgliederversammlung</li>
</ul>
<p><b>Aus dem Rat:</b> Die Koalition hat den Klimafonds für Stadtteilprojekte auf den Weg gebracht. Anträge können Initiativen ab Oktober stellen.</p>
<p>Grüne Grüße<br>Euer Kreisvorstand</p>
</td></tr>
<tr><td style="font-size:12px;color:#666;">BÜNDNIS 90/DIE GRÜNEN, Kreisverband Bielefeld<br>
<a href="https://gruene-bielefeld.example/newsletter/abmelden">Newsletter abbestellen</a></td></tr>
</table></td></tr></table>
</body></html>
"""


@mail("gruene-kreisverband-newsletter", "2027-08-18 14:30:00",
      E("other"), "de")
def _(m):
    m.head(("From", "BÜNDNIS 90/DIE GRÜNEN Bielefeld <newsletter@gruene-bielefeld.example>"),
           ("To", DK),
           ("Subject", "Grüner Newsletter September: Stammtisch, Klimafonds & mehr"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-09.4471.20270818123000@gruene-bielefeld.example>"),
           ("List-Id", "Gruener Newsletter Bielefeld <newsletter.gruene-bielefeld.example>"),
           ("List-Unsubscribe", "<https://gruene-bielefeld.example/newsletter/abmelden?u=8812>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(GRUENE_TEXT, GRUENE_HTML, charset="utf-8", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Senior, T-Online webmail, ISO-8859-1 QP.  Names the round by what he
# remembers ("wo es um das Wahlrecht für Ausländer geht", he does not know
# the colour) = BLAU; wife included = 2.

@mail("woestmann-senior-wahlrecht-round", "2027-08-19 08:47:51",
      E("registration", "g.woestmann@t-online.example", "Gerhard Wöstmann",
        "Seniorenbeirat der Stadt Bielefeld", ["BLAU"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Gerhard Wöstmann", "g.woestmann@t-online.example", "iso-8859-1")),
           ("To", DK),
           ("Subject", "Anmeldung Demokratiekonferenz"),
           ("Date", m.date),
           ("Message-ID", "<1786697271043.2187.91c4e0@email.t-online.example>"),
           ("X-Mailer", "t-online.de EmailCenter"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

hiermit melde ich mich und meine Frau Ursula Wöstmann für die
Demokratiekonferenz am 25.9. an.

Wir möchten gerne an der Gesprächsrunde teilnehmen, in der es um das
Wahlrecht für Ausländer geht. Welche Farbe die hatte, weiß ich nicht
mehr, die Einladung hat mir ein Bekannter nur kurz gezeigt. Ich bin im
Seniorenbeirat und wir diskutieren das Thema dort schon lange.

Meine Frau ist gehbehindert, wir bräuchten Plätze nahe am Eingang.

Mit freundlichen Grüßen

Gerhard Wöstmann
Seniorenbeirat der Stadt Bielefeld
Tel. 0521 / 44 12 87
""", charset="iso-8859-1", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Russian question, windows-1251 8bit: can one take part in two rounds (the
# blue and the green)?  She will write again with her choice: no registration.

@mail("kravets-russian-question-two-rounds", "2027-08-19 19:12:06",
      E("question", "l.kravets@mail.example", "Людмила Кравец", None, [], None, "ru"), "ru")
def _(m):
    m.head(("From", addr("Людмила Кравец", "l.kravets@mail.example", "windows-1251", "b")),
           ("To", DK),
           ("Subject", ew("Вопрос по конференции 25.09", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1786813926.551204783@f402.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Я получила приглашение на конференцию о демократии через наш
интеграционный курс. У меня вопрос: можно ли участвовать сразу в двух
группах? Синяя группа – про выборы, зелёная – про климат, и меня
интересуют обе темы.

Если нельзя, я подумаю и напишу ещё раз, в какую группу хочу.

С уважением,
Людмила Кравец
""", charset="windows-1251", cte="8bit")


# -- 009 ---------------------------------------------------------------------
# German question from a neighbourhood group; they will register once they
# know.  "Auf dem gelben Flyer" is the flyer's colour.

@mail("schaefer-lindemann-question-yellow-flyer", "2027-08-20 10:03:38",
      E("question", "petra.sl@nachbarn-sieker.example", "Petra Schäfer-Lindemann",
        "Nachbarschaftstreff Sieker-Süd", [], None, "de"), "de")
def _(m):
    m.head(("From", "Petra Schäfer-Lindemann <petra.sl@nachbarn-sieker.example>"),
           ("To", DK),
           ("Subject", "Fragen zur Demokratiekonferenz (Kinderbetreuung, Uhrzeit)"),
           ("Date", m.date),
           ("Message-ID", "<d8a1e3f7-0c52-4b9d-8e6a-2f4c7b1d9e05@nachbarn-sieker.example>"),
           ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.1.0"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo zusammen,

wir sind eine kleine Nachbarschaftsinitiative (Nachbarschaftstreff
Sieker-Süd) und überlegen, mit fünf oder sechs Leuten zur Konferenz zu
kommen. Vorher hätten wir zwei Fragen:

1. Gibt es am Nachmittag eine Kinderbetreuung? Zwei von uns haben kleine
   Kinder.
2. Auf dem gelben Flyer, der bei uns im Stadtteilzentrum ausliegt, steht
   als Ende 16:00 Uhr, in Ihrer Mail 16:30 Uhr. Was stimmt denn?

Sobald wir das wissen, melden wir uns richtig an.

Danke & viele Grüße
Petra Schäfer-Lindemann
""", charset="utf-8", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Ukrainian, Gmail alternative: "синю групу" (blue), else "червону" (red);
# Latin name and German association name in the signature.

MELNYK_TEXT = """Добрий день!

Мене звати Оксана Мельник, я з Української громади в Білефельді. Хочу
зареєструватися на конференцію про демократію 25 вересня.

Я б хотіла потрапити в синю групу (про право голосу для людей без
німецького паспорта). Якщо там не буде місць, то в червону.

Прийду сама.

Дякую!
З повагою,
Oksana Melnyk
Ukrainische Gemeinde Bielefeld e.V."""


@mail("melnyk-ukrainian-blue-else-red", "2027-08-21 13:40:19",
      E("registration", "oksana.melnyk@mail.example", "Oksana Melnyk",
        "Ukrainische Gemeinde Bielefeld e.V.", ["BLAU", "ROT"], 1, "uk"), "uk")
def _(m):
    m.head(("From", "Оксана Мельник <oksana.melnyk@mail.example>"),
           ("To", DK),
           ("Subject", "Реєстрація на конференцію 25.09"),
           ("Date", m.date),
           ("Message-ID", "<CAJx8Pq4Nn0vTe2wK9rL1mYb7sD3hF6cUaG5zRoQ2iMt8Wv1Xe@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(MELNYK_TEXT, gmail_html(MELNYK_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 011 ---------------------------------------------------------------------
# Student council, informal.  "in die dritte Runde" = the third in the
# invitation's order = ROT; the yellow pullovers are only how to spot them.

@mail("brinkhoff-fachschaft-dritte-runde", "2027-08-23 09:15:02",
      E("registration", "jonas.brinkhoff@uni-bielefeld.example", "Jonas Brinkhoff",
        "Fachschaft Soziologie", ["ROT"], 4, "de"), "de")
def _(m):
    m.head(("From", "Jonas Brinkhoff <jonas.brinkhoff@uni-bielefeld.example>"),
           ("To", DK),
           ("Subject", "Anmeldung Fachschaft (4 Pers.)"),
           ("Date", m.date),
           ("Message-ID", "<a3f9c1d0-77e2-4b1a-9d5c-e8f02b6a4c13@uni-bielefeld.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.7"),
           ("MIME-Version", "1.0"))
    m.single("""Moin,

wir würden gern als Fachschaft zur Demokratiekonferenz kommen, und zwar zu
viert. Bei den Dialogrunden wollen wir alle in die dritte Runde, wir
machen im Wintersemester ein Projektseminar zu Telegram-Gruppen und
Verschwörungserzählungen, da passt das perfekt.

Ihr erkennt uns übrigens an den gelben Fachschaftspullis :)

Die Namen der anderen drei reich ich gern nach, falls ihr die braucht.

Viele Grüße
Jonas Brinkhoff
Fachschaft Soziologie
""", charset="utf-8", cte="8bit")


# -- 012 ---------------------------------------------------------------------
# Farsi, multipart/alternative RTL: "میزگرد زرد" (the yellow round), father
# and 16-year-old son = 2.

SADEGHI_TEXT = """با سلام و احترام،

اینجانب بهنام صادقی همراه با پسرم آرین (۱۶ ساله) می‌خواهیم در کنفرانس دموکراسی روز ۲۵ سپتامبر شرکت کنیم.

برای بعدازظهر میزگرد زرد را انتخاب می‌کنیم، یعنی موضوع مشارکت جوانان در مدرسه و محله. پسرم در شورای دانش‌آموزی مدرسه‌اش فعال است و خیلی علاقه دارد.

با تشکر فراوان
بهنام صادقی
Behnam Sadeghi
Iranischer Kulturverein Bielefeld e.V."""


@mail("sadeghi-farsi-yellow-with-son", "2027-08-24 17:55:40",
      E("registration", "behnam.sadeghi@mail.example", "Behnam Sadeghi",
        "Iranischer Kulturverein Bielefeld e.V.", ["GELB"], 2, "fa"), "fa")
def _(m):
    m.head(("From", "Behnam Sadeghi <behnam.sadeghi@mail.example>"),
           ("To", DK),
           ("Subject", "ثبت نام برای کنفرانس دموکراسی"),
           ("Date", m.date),
           ("Message-ID", "<CAM5tWq0Hh3pLr8yN2xBv6Kc1oZ9eJd4sFu7gTiA0mRy5Pn3Vq@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(SADEGHI_TEXT, gmail_html(SADEGHI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 013 ---------------------------------------------------------------------
# French, Apple Mail (iPad) alternative: "la ronde verte", else "la bleue".

NKOULOU_TEXT = """Bonjour,

Je souhaite m'inscrire à la conférence sur la démocratie du samedi 25 septembre.

Pour l'après-midi, je choisis la ronde verte (le climat dans le quartier). Si elle est complète, je prendrai volontiers la bleue.

Je viendrai seule, au nom de l'Association des Camerounais de Bielefeld.

Bien cordialement,
Marie-Claire Nkoulou

Envoyé de mon iPad"""


@mail("nkoulou-french-ronde-verte", "2027-08-25 11:20:55",
      E("registration", "mc.nkoulou@acb-bielefeld.example", "Marie-Claire Nkoulou",
        "Association des Camerounais de Bielefeld", ["GRUEN", "BLAU"], 1, "fr"), "fr")
def _(m):
    m.head(("From", "Marie-Claire Nkoulou <mc.nkoulou@acb-bielefeld.example>"),
           ("To", DK),
           ("Subject", "Inscription – conférence sur la démocratie"),
           ("Date", m.date),
           ("Message-ID", "<8B2E4F71-6C0D-4A93-B5E8-1D7F3A9C2E64@acb-bielefeld.example>"),
           ("X-Mailer", "iPad Mail (21G93)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.alternative(NKOULOU_TEXT, apple_html(NKOULOU_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 014 ---------------------------------------------------------------------
# Postfix bounce: the recipient's mailbox is full (5.2.2).  The returned
# confirmation names Runde ROT.

@mail("postfix-bounce-mailbox-full", "2027-08-26 08:02:31",
      E("bounce", bounced="h.rezai@webpost.example"), "en")
def _(m):
    rcpt = "h.rezai@webpost.example"
    m.head(("From", "MAILER-DAEMON@mail.bielefeld.example (Mail Delivery System)"),
           ("To", DK),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270826060231.5B7E21C04F@mail.bielefeld.example>"),
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

<{rcpt}>: host mx.webpost.example[203.0.113.87] said: 552 5.2.2
    <{rcpt}>: Mailbox full, quota exceeded (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.bielefeld.example"),
         ("X-Postfix-Queue-ID", "5B7E21C04F"),
         ("X-Postfix-Sender", f"rfc822; {DK}"),
         ("Arrival-Date", "Thu, 26 Aug 2027 08:02:27 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx.webpost.example"),
         ("Diagnostic-Code", f"smtp; 552 5.2.2 <{rcpt}>: Mailbox full, quota exceeded")])
    original = confirmation_message(
        f"Hamid Rezai <{rcpt}>", "Herr Rezai", "ROT", 1,
        "Thu, 26 Aug 2027 08:02:27 +0200", conf_id("20270826080227.7c1d"),
        "<0a9e3c5b-2d71-4f08-b6e4-91c7d2a5f3e0@webpost.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 015 ---------------------------------------------------------------------
# Ticket-system receipt answering a confirmation (auto_reply): OTRS-style
# headers, Auto-Submitted and X-Loop.

@mail("freiwilligenagentur-ticket-receipt", "2027-08-26 19:30:12",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Freiwilligenagentur Bielefeld - Service <service@freiwilligenagentur-bi.example>"),
           ("To", DK),
           ("Subject", "[Ticket#2027082610001234] Eingangsbestätigung: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1788197412.412908.611021@helpdesk.freiwilligenagentur-bi.example>"),
           ("In-Reply-To", conf_id("20270826192958.2e4a")),
           ("References", conf_id("20270826192958.2e4a")),
           ("Auto-Submitted", "auto-replied"),
           ("X-Loop", "service@freiwilligenagentur-bi.example"),
           ("X-OTRS-Loop", "yes"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht an die Freiwilligenagentur Bielefeld.

Ihr Anliegen wurde unter der Ticketnummer 2027082610001234 erfasst.
Wir bearbeiten Anfragen in der Reihenfolge ihres Eingangs und melden uns
in der Regel innerhalb von drei Werktagen bei Ihnen.

Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht. Wenn
Sie uns weitere Informationen schicken möchten, behalten Sie bitte die
Ticketnummer im Betreff bei.

Ihr Team der Freiwilligenagentur Bielefeld
""", charset="utf-8", cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# Italian, ISO-8859-1 8bit: "il gruppo azzurro" (light blue) confirmed by the
# topic (voting rights) = BLAU; "quello giallo" as alternative.

@mail("esposito-italian-azzurro-else-giallo", "2027-08-27 10:10:33",
      E("registration", "giovanna.esposito@mail.example", "Giovanna Esposito",
        "Associazione Italiana Bielefeld e.V.", ["BLAU", "GELB"], 1, "it"), "it")
def _(m):
    m.head(("From", "Giovanna Esposito <giovanna.esposito@mail.example>"),
           ("To", DK),
           ("Subject", "Iscrizione conferenza democrazia 25/9"),
           ("Date", m.date),
           ("Message-ID", "<1788509433.118724@webmail.mail.example>"),
           ("X-Mailer", "Libero Mail"),
           ("MIME-Version", "1.0"))
    m.single("""Buongiorno,

mi chiamo Giovanna Esposito e vorrei iscrivermi alla conferenza sulla
democrazia del 25 settembre, per l'Associazione Italiana di Bielefeld.

Per il pomeriggio preferirei il gruppo azzurro, quello sul diritto di
voto: molti dei nostri soci anziani votano solo alle comunali e
vorrebbero capire di più. In alternativa andrebbe bene anche quello
giallo.

Verrò da sola.

Cordiali saluti
Giovanna Esposito
Associazione Italiana Bielefeld e.V.
""", charset="iso-8859-1", cte="8bit")


# -- 017 ---------------------------------------------------------------------
# Polish, ISO-8859-2 QP: "grupę zieloną" (green), herself and her husband.

@mail("wojcik-polish-zielona", "2027-08-30 09:00:48",
      E("registration", "k.wojcik@most-bielefeld.example", "Katarzyna Wójcik",
        'Polskie Stowarzyszenie Kulturalne "Most" e.V.', ["GRUEN"], 2, "pl"), "pl")
def _(m):
    m.head(("From", addr("Katarzyna Wójcik", "k.wojcik@most-bielefeld.example", "iso-8859-2")),
           ("To", DK),
           ("Subject", ew("Zgłoszenie na konferencję 25 września", "iso-8859-2")),
           ("Date", m.date),
           ("Message-ID", "<b71c0e94-3a2f-4d86-a1e5-6f9d2c8b0a37@most-bielefeld.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.14.0"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

chciałabym zgłosić siebie i mojego męża Piotra na Konferencję
Demokracji w dniu 25 września.

Wybieramy grupę zieloną - ochrona klimatu w dzielnicy. W naszym
stowarzyszeniu od wiosny prowadzimy mały ogród społeczny i chętnie
podzielimy się doświadczeniami.

Z poważaniem
Katarzyna Wójcik
Polskie Stowarzyszenie Kulturalne "Most" e.V.
""", charset="iso-8859-2", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Learner German from a phone; "die Runde für junge Leute ... auf arabisch
# al-asfar" = GELB.  No organisation.

@mail("alsaleh-learner-german-al-asfar", "2027-08-31 14:12:09",
      E("registration", "yazan.alsaleh@mail.example", "Yazan Alsaleh", None,
        ["GELB"], 1, "de"), "de")
def _(m):
    m.head(("From", "Yazan <yazan.alsaleh@mail.example>"),
           ("To", DK),
           ("Subject", "anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<E4A1C9F2-0B7D-4E35-8C61-D2F5A8B3E907@mail.example>"),
           ("X-Mailer", "iPhone Mail (21G80)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single("""Hallo,

ich heiße Yazan Alsaleh, ich bin 19 Jahre und mache Ausbildung als Elektroniker. Mein Lehrer hat gesagt es gibt Demokratie Konferenz am 25.9 und ich kann kommen.

Ich möchte bitte in die Runde für junge Leute, mein Freund sagt die ist gelb, auf arabisch wir sagen al-asfar haha. Ich komme allein.

Danke
Yazan

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Change (001's thread): husband can't come (2 -> 1) and she moves from
# yellow to blue.  The quoted confirmation names GELB.

@mail("sarikaya-change-to-blau-alone", "2027-09-01 08:30:26",
      E("change", "emine.sarikaya@elternbund-baumheide.example", "Emine Sarıkaya",
        None, ["BLAU"], 1, "de"), "de")
def _(m):
    cid = conf_id("20270816152240.4b8e")
    m.head(("From", "Emine Sarıkaya <emine.sarikaya@elternbund-baumheide.example>"),
           ("To", TO_DK),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<c1d84a2e-9f37-4b60-8e15-3a7b0f6c2d94@elternbund-baumheide.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Morgen,

es gibt eine Änderung bei uns: Mein Mann muss an dem Samstag doch
arbeiten, ich komme also allein. Und wenn ich schon ohne ihn bin, würde
ich lieber in die blaue Runde wechseln statt in die gelbe, das Thema
Wahlrecht interessiert mich persönlich mehr.

Danke und viele Grüße
Emine Sarıkaya

Am 16.08.2027 um 15:22 schrieb Demokratiekonferenz Bielefeld:
{gt_quote(confirmation("Frau Sarıkaya", "GELB", 2))}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 020 ---------------------------------------------------------------------
# English, three persons for the yellow round; the green-and-white T-shirts
# are how to spot them.  Organisation in body and signature.

OBI_TEXT = """Good afternoon,

Please register three persons from the Nigerian Community Bielefeld for the Democracy Conference on Saturday 25 September: myself, Blessing Adeyemi and Tunde Bakare, both from our youth wing.

We would like to be in the yellow round, the one on youth participation. No second choice needed, that is the one that matters for us.

You will easily spot us, we'll be wearing our green and white community T-shirts.

Kind regards,
Chukwuemeka Obi
Secretary, Nigerian Community Bielefeld e.V.
+49 171 000 4821"""


@mail("obi-english-yellow-three", "2027-09-01 16:45:37",
      E("registration", "c.obi@nigerian-community-bi.example", "Chukwuemeka Obi",
        "Nigerian Community Bielefeld e.V.", ["GELB"], 3, "en"), "en")
def _(m):
    m.head(("From", "Emeka Obi <c.obi@nigerian-community-bi.example>"),
           ("To", DK),
           ("Subject", "Registration: Nigerian Community Bielefeld (3 persons)"),
           ("Date", m.date),
           ("Message-ID", "<AS8P194MB1287E0C4F1A2B9D3@AS8P194MB1287.EURP194.PROD.OUTLOOK.example>"),
           ("X-Mailer", "Outlook for Android"),
           ("MIME-Version", "1.0"))
    m.alternative(OBI_TEXT, div_html(OBI_TEXT, "font-family: Aptos, sans-serif; font-size: 11pt;"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 021 ---------------------------------------------------------------------
# Turkish question (UTF-8 base64): interpreter in the red round
# ("Kırmızı grupta"), wheelchair access; they will register after the answer.

@mail("demirtas-turkish-question-interpreter", "2027-09-02 10:00:51",
      E("question", "emekliler.bielefeld@mail.example", "İsmail Demirtaş",
        "Bielefeld Türk Emekliler Derneği", [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Türk Emekliler Derneği <emekliler.bielefeld@mail.example>"),
           ("To", DK),
           ("Subject", "Tercüman ve tekerlekli sandalye hakkında soru"),
           ("Date", m.date),
           ("Message-ID", "<CAK2vNp8Rr5tYx0wM3qGb9Lc6eH1sDz7fJu4iBoT2nWa8Xk0Ue@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Sayın ilgili,

Bielefeld Türk Emekliler Derneği olarak konferansınıza katılmayı
düşünüyoruz. Üyelerimizin çoğu yaşlı ve Almancaları yeterli değil.

Sormak istediklerimiz:
- Kırmızı grupta (internetteki nefret ve yalan haberler) Türkçe tercüman
  olacak mı?
- Binaya tekerlekli sandalye ile girilebiliyor mu? İki üyemiz tekerlekli
  sandalye kullanıyor.

Cevabınıza göre kaç kişiyle geleceğimizi bildireceğiz.

Saygılarımızla
İsmail Demirtaş
Dernek Başkanı
""", charset="utf-8", cte="base64")


# -- 022 ---------------------------------------------------------------------
# Outlook HTML only (windows-1252 QP) from a shared office mailbox; Reply-To
# and the text ask for confirmation to her own address.  Two persons for two
# different rounds: the writer's own choice is ROT, the colleague's GRUEN.

KUHLMANN_TEXT = """Sehr geehrte Damen und Herren,

für das Nachbarschaftszentrum Stieghorst melde ich zwei Personen zur Demokratiekonferenz am 25.09.2027 an:

- Dagmar Kuhlmann (ich selbst): Runde Rot
- Serkan Yildiz, Sprecher unseres Mieterbeirats: Runde Grün

Bitte schicken Sie die Bestätigungen an meine persönliche Adresse d.kuhlmann@nz-stieghorst.example, das Funktionspostfach wird nicht täglich gelesen.

Mit freundlichen Grüßen
i. A. Dagmar Kuhlmann

Nachbarschaftszentrum Stieghorst e.V.
Quartiersarbeit
Glatzer Straße 21 · 33605 Bielefeld
Tel. 0521 92 63 40"""


@mail("kuhlmann-outlook-html-two-rounds", "2027-09-03 12:12:14",
      E("registration", "d.kuhlmann@nz-stieghorst.example", "Dagmar Kuhlmann",
        "Nachbarschaftszentrum Stieghorst e.V.", ["ROT"], 2, "de"), "de")
def _(m):
    m.head(("From", "Nachbarschaftszentrum Stieghorst <info@nz-stieghorst.example>"),
           ("To", TO_DK),
           ("Reply-To", "Dagmar Kuhlmann <d.kuhlmann@nz-stieghorst.example>"),
           ("Subject", "Anmeldung Demokratiekonferenz – NZ Stieghorst"),
           ("Thread-Topic", "Anmeldung Demokratiekonferenz – NZ Stieghorst"),
           ("Thread-Index", "AdrV1c3k8QmZp2LxTq6Y0bN4hEw7Fg=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB2214A7C0D9E1B5F2@FR3P281MB2214.DEUP281.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(KUHLMANN_TEXT), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# Arabic question: childcare?  "If yes, I will register at once" for the
# yellow round (conditional: question).  "الهلال الأحمر" (the Red Crescent)
# is where she volunteered.

@mail("khalil-arabic-question-childcare", "2027-09-04 21:05:47",
      E("question", "huda.khalil@mail.example", "Huda Khalil", None, [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Huda Khalil <huda.khalil@mail.example>"),
           ("To", DK),
           ("Subject", "استفسار عن رعاية الأطفال"),
           ("Date", m.date),
           ("Message-ID", "<CAD9wHs1Ee6qZt3pV0xNr4Km8cJ2bLy5gTo7uAiS1fPq9Ry4Wm@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """مرحباً،

قرأت الدعوة لمؤتمر الديمقراطية وأنا مهتمة جداً بالجولة الصفراء عن مشاركة الشباب، لأن ابنتي الكبرى عضوة في مجلس الطلاب في مدرستها.

لكن عندي طفلان صغيران (٣ و٥ سنوات). هل توجد رعاية للأطفال أثناء الجلسات بعد الظهر؟ إذا كان الجواب نعم، سأسجل فوراً.

كنت متطوعة في الهلال الأحمر في حلب قبل أن آتي إلى ألمانيا، وأحب المشاركة في مثل هذه النقاشات.

شكراً جزيلاً
هدى خليل"""
    m.alternative(text, gmail_html(text, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 024 ---------------------------------------------------------------------
# Bilingual (German/Arabic) office auto-answer to the reminder, recognisable
# only by its text: no Auto-Submitted, no X-Autoreply, no Precedence.

@mail("igb-brackwede-office-hours-autoanswer", "2027-09-06 07:50:22",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Islamische Gemeinde Brackwede <info@igb-brackwede.example>"),
           ("To", TO_DK),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<20270906075022.6618@igb-brackwede.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre E-Mail!
Unser Büro ist zurzeit nur dienstags und freitags besetzt. Wir
beantworten Ihre Nachricht so schnell wie möglich.

شكراً لرسالتكم!
مكتبنا مفتوح حالياً يومي الثلاثاء والجمعة فقط. سنرد عليكم في أقرب وقت ممكن.

Islamische Gemeinde Brackwede e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Outlook reply to the reminder (which lists all four colours).  "Rot" is in
# the organisation's name (Jugendrotkreuz); the round is named by topic
# ("Runde zur Jugendbeteiligung") = GELB.  Two persons.

HOFFMEISTER_TEXT = """Hallo liebes Team der Demokratiekonferenz,

danke für die Erinnerung, das wäre uns fast durchgerutscht! Vom Jugendrotkreuz kommen zwei Gruppenleitungen: Lea Hoffmeister (ich) und Malte Gerdes. Wir möchten gern in die Runde zur Jugendbeteiligung.

Liebe Grüße
Lea Hoffmeister

Jugendrotkreuz Kreisverband Bielefeld
Bildungsreferentin"""


@mail("hoffmeister-jugendrotkreuz-reply-reminder", "2027-09-06 09:30:58",
      E("registration", "lea.hoffmeister@jrk-bielefeld.example", "Lea Hoffmeister",
        "Jugendrotkreuz Kreisverband Bielefeld", ["GELB"], 2, "de"), "de")
def _(m):
    m.head(("From", "Hoffmeister, Lea <lea.hoffmeister@jrk-bielefeld.example>"),
           ("To", TO_DK),
           ("Subject", "AW: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Thread-Index", "AQHb9n2Kc4Lq8vR1T0mW3yZ5bX7eJgAA2k9p"),
           ("Date", m.date),
           ("Message-ID", "<VI1PR02MB6410B3E9D27C4F18@VI1PR02MB6410.eurprd02.prod.outlook.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    quote = (f"Demokratiekonferenz Bielefeld <{DK}>",
             "Montag, 6. September 2027 07:45",
             "Hoffmeister, Lea <lea.hoffmeister@jrk-bielefeld.example>",
             REMINDER_SUBJECT, REMINDER)
    m.alternative(outlook_plain(HOFFMEISTER_TEXT, quote),
                  outlook_html(HOFFMEISTER_TEXT, quote, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 026 ---------------------------------------------------------------------
# Russian, KOI8-R 8bit: "вторая группа (про климат)" = the second round =
# GRUEN; "впятером" = 5.  Cyrillic name only; the club's German name in the
# signature.

@mail("schmidt-russian-seniors-second-group", "2027-09-06 18:22:15",
      E("registration", "rodnik.seniorenklub@mail.example", "Валентина Шмидт",
        'Seniorenklub "Rodnik" e.V.', ["GRUEN"], 5, "ru"), "ru")
def _(m):
    m.head(("From", addr("Валентина Шмидт", "rodnik.seniorenklub@mail.example", "koi8-r", "b")),
           ("To", DK),
           ("Subject", ew("Регистрация на конференцию - клуб Родник", "koi8-r", "b")),
           ("Date", m.date),
           ("Message-ID", "<1788711735.220417.8841@mail.example>"),
           ("X-Mailer", "The Bat! (v10.5.3) Home"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день, уважаемые организаторы!

Пишу от имени нашего клуба пожилых людей "Родник". Мы хотим прийти на
конференцию 25 сентября впятером (я и ещё четыре человека из клуба).

Нас больше всего интересует вторая группа - про климат и дворы в нашем
районе. Мы уже два года ухаживаем за клумбами возле нашего дома.

Некоторые из нас плохо говорят по-немецки. Можно ли решить вопрос с
переводчиком на месте?

С уважением,
Валентина Шмидт
Seniorenklub "Rodnik" e.V.
""", charset="koi8-r", cte="8bit")


# -- 027 ---------------------------------------------------------------------
# Arabic written in Latin letters ("Arabizi") from a phone: "el jalsa el
# khadra (al-akhdar)" = GRUEN; "ma3i okhti ... fa ne7na 2" = 2.

@mail("kanaan-arabizi-al-akhdar", "2027-09-07 12:40:03",
      E("registration", "ahmad.kanaan99@mail.example", "Ahmad Kanaan", None,
        ["GRUEN"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Ahmad Kanaan <ahmad.kanaan99@mail.example>"),
           ("To", DK),
           ("Subject", "tasjeel conference"),
           ("Date", m.date),
           ("Message-ID", "<0F3B7D21-A8C4-4E96-9B1F-5E2D7C0A4B83@mail.example>"),
           ("X-Mailer", "iPhone Mail (21G93)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single("""Marhaba,

ana Ahmad Kanaan, bade sajjel 7ali lal conference taba3 el demokratie yom el sabt 25.9. Bade ro7 3al jalsa el khadra (al-akhdar), ya3ni taba3 el climate bel 7ay. Ma3i okhti Lama kaman, fa ne7na 2.

Shukran ktir
Ahmad

Sent from my iPhone""", charset="us-ascii", cte="7bit")


# -- 028 ---------------------------------------------------------------------
# Change (004's thread), Gmail reply: red -> yellow.  The quoted
# confirmation names ROT.

@mail("krishnan-change-red-to-yellow", "2027-09-08 10:10:41",
      E("change", "ananya.krishnan@mail.example", "Ananya Krishnan", None,
        ["GELB"], None, "en"), "en")
def _(m):
    cid = conf_id("20270817204140.9a3f")
    m.head(("From", "Ananya Krishnan <ananya.krishnan@mail.example>"),
           ("To", TO_DK),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAH7qLx0bT4nW8yPs2Kd6vRm1eJ9cLzG3hUo5aFiX7qNt0Sw2Mp@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    text = """Hello again,

small change of plans: could you please move me from the red round to the yellow one? My supervisor just told me her research group is running a session in the yellow round and she asked me to take notes there.

Thank you!
Ananya"""
    head = f"On Tue, 17 Aug 2027 at 20:41, Demokratiekonferenz Bielefeld <{DK}> wrote:"
    quoted = confirmation("Frau Krishnan", "ROT", 1)
    plain = f"{text}\n\n{head}\n\n{gt_quote(quoted)}"
    m.alternative(plain, gmail_html(text, quote_head=head, quoted=quoted),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 029 ---------------------------------------------------------------------
# Advertising (other): coloured lanyards in blue, green, red and yellow.

DRUCK_TEXT = """Sehr geehrte Veranstalterinnen und Veranstalter,

Sie planen eine Konferenz mit farbigen Arbeitsgruppen? Dann haben wir
genau das Richtige für Sie:

  * Lanyards in Blau, Grün, Rot und Gelb – ab 0,79 EUR/Stück
  * Namensschilder mit farbigem Balken, bedruckt nach Ihrer Liste
  * Tischaufsteller für jede Runde

Nur bis 20. September: 20 % Herbstrabatt mit dem Code HERBST27.

Jetzt bestellen: https://druckhaus-teutoburg.example/konferenz

Mit freundlichen Grüßen
Ihr Druckhaus Teutoburg

Sie erhalten diese E-Mail, weil Sie bei uns Kunde waren. Abmelden:
https://druckhaus-teutoburg.example/abmelden"""

DRUCK_HTML = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;color:#222;">
<h2 style="color:#1a3d7c;">Konferenz mit farbigen Arbeitsgruppen?</h2>
<p>Sehr geehrte Veranstalterinnen und Veranstalter,</p>
<p>dann haben wir genau das Richtige für Sie:</p>
<table cellpadding="6"><tr>
<td style="background:#1f5fbf;color:#fff;">Blau</td><td style="background:#2e8b3a;color:#fff;">Grün</td>
<td style="background:#c0262d;color:#fff;">Rot</td><td style="background:#f2c500;">Gelb</td></tr></table>
<ul><li>Lanyards in Blau, Grün, Rot und Gelb – ab 0,79 EUR/Stück</li>
<li>Namensschilder mit farbigem Balken, bedruckt nach Ihrer Liste</li>
<li>Tischaufsteller für jede Runde</li></ul>
<p><b>Nur bis 20. September: 20&nbsp;% Herbstrabatt mit dem Code HERBST27.</b></p>
<p><a href="https://druckhaus-teutoburg.example/konferenz">Jetzt bestellen</a></p>
<p>Mit freundlichen Grüßen<br>Ihr Druckhaus Teutoburg</p>
<p style="font-size:11px;color:#888;">Sie erhalten diese E-Mail, weil Sie bei uns Kunde waren.
<a href="https://druckhaus-teutoburg.example/abmelden">Abmelden</a></p>
</body></html>
"""


@mail("druckhaus-lanyards-advertising", "2027-09-09 15:00:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Druckhaus Teutoburg <angebote@druckhaus-teutoburg.example>"),
           ("To", DK),
           ("Subject", "Lanyards & Namensschilder in 4 Farben – 20 % Herbstrabatt"),
           ("Date", m.date),
           ("Message-ID", "<campaign-7781.4410293@mailer.druckhaus-teutoburg.example>"),
           ("List-Unsubscribe", "<https://druckhaus-teutoburg.example/abmelden>"),
           ("Precedence", "bulk"),
           ("X-Mailer", "CleverSend 5.2"),
           ("MIME-Version", "1.0"))
    m.alternative(DRUCK_TEXT, DRUCK_HTML, charset="utf-8", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# German, GMX text/plain: BLAU for two; red, green and yellow appear as the
# colours of the council's "Ampel" coalition.

@mail("meier-buergerverein-blau-ampel-remark", "2027-09-10 11:11:20",
      E("registration", "kd.meier@gmx.example", "Klaus-Dieter Meier",
        "Bürgerverein Quelle e.V.", ["BLAU"], 2, "de"), "de")
def _(m):
    m.head(("From", "Klaus-Dieter Meier <kd.meier@gmx.example>"),
           ("To", DK),
           ("Subject", "Anmeldung Bürgerverein Quelle – 2 Personen"),
           ("Date", m.date),
           ("Message-ID", "<trinity-4e7a1c90-2b3d-4f58-a6e1-0c9d8b7f2a31-1789030280113@3c-app-gmx-bap41>"),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Overbeck,

für den Bürgerverein Quelle e.V. melde ich mich und unsere 2. Vorsitzende,
Frau Renate Hollmann, zur Demokratiekonferenz an. Wir möchten beide in
die Runde BLAU.

Eine Bemerkung sei mir erlaubt: Bei uns im Vorstand wurde schon
gewitzelt, dass Rot, Grün und Gelb genau die Farben der Ampel im Rat
sind und für alle anderen nur Blau übrig bleibt. Ich gehe davon aus,
dass das Zufall ist und die Konferenz überparteilich bleibt, das ist uns
als Bürgerverein wichtig.

Mit freundlichen Grüßen
Klaus-Dieter Meier
1. Vorsitzender
Bürgerverein Quelle e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Farsi cancellation (012's thread), Outlook-style reply quoting the
# confirmation (GELB, 2) below an English-labelled header block.

SADEGHI_CANCEL = """با سلام،

متأسفانه من و پسرم نمی‌توانیم در کنفرانس ۲۵ سپتامبر شرکت کنیم. همان روز مسابقهٔ فوتبال مدرسهٔ آرین است و او کاپیتان تیم است. لطفاً ثبت نام ما را لغو کنید.

با تشکر و پوزش
بهنام صادقی"""


@mail("sadeghi-farsi-cancellation", "2027-09-10 20:45:09",
      E("cancellation", "behnam.sadeghi@mail.example", "Behnam Sadeghi", None,
        [], None, "fa"), "fa")
def _(m):
    cid = conf_id("20270824175602.0d6b")
    m.head(("From", "Behnam Sadeghi <behnam.sadeghi@mail.example>"),
           ("To", TO_DK),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<DB7PR05MB5573E2A19C0F4B86@DB7PR05MB5573.eurprd05.prod.outlook.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    labels = ("From", "Sent", "To", "Subject")
    quote = (f"Demokratiekonferenz Bielefeld <{DK}>",
             "Tuesday, August 24, 2027 5:56 PM",
             "Behnam Sadeghi <behnam.sadeghi@mail.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Sadeghi", "GELB", 2))
    m.alternative(outlook_plain(SADEGHI_CANCEL, quote, labels),
                  outlook_html(SADEGHI_CANCEL, quote, charset="utf-8", labels=labels),
                  charset="utf-8", cte="base64", style="outlook")


# -- 032 ---------------------------------------------------------------------
# Exchange NDR (German), CRLF line ends, user unknown.  The returned
# confirmation names BLAU.

EXCH_RCPT = "M.Schaefer@awo-bielefeld-mitte.example"
EXCH_TEXT = f"""Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.

Betreff: {CONFIRMATION_SUBJECT}
Gesendet: 13.09.2027 09:04

Die Nachricht hat folgende Empfänger nicht erreicht:

{EXCH_RCPT} am 13.09.2027 09:05
Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie erneut, die Nachricht zu senden.
<mx.awo-bielefeld-mitte.example #550 5.1.1 RESOLVER.ADR.RecipNotFound; not found>

Diagnoseinformationen für Administratoren:

Generierender Server: EX02.bielefeld.example"""

EXCH_HTML = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>DSN</title>
</head>
<body>
<p><b><font color="#000066" size="3" face="Arial">Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.</font></b></p>
<table cellspacing="0" cellpadding="0" border="0">
<tr><td><font size="2" face="Tahoma">Betreff:</font></td><td><font size="2" face="Tahoma">{CONFIRMATION_SUBJECT}</font></td></tr>
<tr><td><font size="2" face="Tahoma">Gesendet:</font></td><td><font size="2" face="Tahoma">13.09.2027 09:04</font></td></tr>
</table>
<p><font size="2" face="Tahoma">Die Nachricht hat folgende Empfänger nicht erreicht:</font></p>
<p><font size="2" face="Tahoma"><a href="mailto:{EXCH_RCPT}">{EXCH_RCPT}</a> am 13.09.2027 09:05</font></p>
<blockquote><font size="2" face="Tahoma">Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie erneut, die Nachricht zu senden.<br>
&lt;mx.awo-bielefeld-mitte.example #550 5.1.1 RESOLVER.ADR.RecipNotFound; not found&gt;</font></blockquote>
<p><font size="2" face="Tahoma">Diagnoseinformationen für Administratoren:</font></p>
<p><font size="2" face="Tahoma">Generierender Server: EX02.bielefeld.example</font></p>
</body>
</html>
"""


@mail("exchange-ndr-recipient-not-found", "2027-09-13 07:05:12",
      E("bounce", bounced=EXCH_RCPT.lower()), "de", tz=0)
def _(m):
    m.head(("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@bielefeld.example>"),
           ("To", TO_DK),
           ("Subject", "Unzustellbar: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<7e1a2c93-4b5d-4f60-8a71-b2c3d4e5f607@EX02.bielefeld.example>"),
           ("In-Reply-To", conf_id("20270913090411.51c7")),
           ("References", conf_id("20270913090411.51c7")),
           ("Content-Language", "de-DE"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False, crlf=True)
    notice = m.alternative(EXCH_TEXT, EXCH_HTML, charset="utf-8", cte="base64", top=False)
    dsn = dsn_part(
        [("Reporting-MTA", "dns;EX02.bielefeld.example"),
         ("Received-From-MTA", "dns;EX02.bielefeld.example"),
         ("Arrival-Date", "Mon, 13 Sep 2027 07:04:11 +0000")],
        [("Original-Recipient", f"rfc822;{EXCH_RCPT}"),
         ("Final-Recipient", f"rfc822;{EXCH_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns;mx.awo-bielefeld-mitte.example"),
         ("Diagnostic-Code", "smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found")])
    original = confirmation_message(
        f"Markus Schäfer <{EXCH_RCPT}>", "Herr Schäfer", "BLAU", 1,
        "Mon, 13 Sep 2027 09:04:11 +0200", conf_id("20270913090411.51c7"),
        "<3c5e7a91-0d2b-4f46-8e13-a5b7c9d1e2f4@awo-bielefeld-mitte.example>")
    m.multi("report", [notice, dsn, rfc822_part(original, CONFIRMATION_SUBJECT)],
            style="outlook", params={"report-type": "delivery-status"})


# -- 033 ---------------------------------------------------------------------
# Ukrainian student: "жовта група" first, "червона" second; the blue-yellow
# flag ("синьо-жовтий прапор") is a question on the side, not a choice.

KOVAL_TEXT = """Вітаю!

Я Дмитро Коваль, студент Університету Білефельда, і хочу зареєструватися на вашу конференцію 25 вересня. Найбільше мене цікавить жовта група (молодь і школа), а якщо там не буде місця, то червона.

І ще питання: чи можна взяти з собою синьо-жовтий прапор? Хотів би після конференції сфотографуватися з ним перед будівлею.

Дякую!
Дмитро Коваль
Dmytro Koval"""


@mail("koval-ukrainian-yellow-else-red-flag", "2027-09-13 14:30:27",
      E("registration", "dmytro.koval@uni-bielefeld.example", "Dmytro Koval", None,
        ["GELB", "ROT"], 1, "uk"), "uk")
def _(m):
    m.head(("From", "Dmytro Koval <dmytro.koval@uni-bielefeld.example>"),
           ("To", DK),
           ("Subject", "Реєстрація + питання"),
           ("Date", m.date),
           ("Message-ID", "<4f2b8d1e-6a90-4c37-b5e2-1d8c0f7a3b69@uni-bielefeld.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.7"),
           ("MIME-Version", "1.0"))
    m.alternative(KOVAL_TEXT, div_html(KOVAL_TEXT, "font-family: sans-serif; font-size: 13px;"),
                  charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Change (011's thread): 4 -> 6 persons, nothing said about the round (the
# quoted confirmation names ROT).  Phrased as a question ("Geht das noch?").

@mail("brinkhoff-change-six-persons", "2027-09-14 08:20:36",
      E("change", "jonas.brinkhoff@uni-bielefeld.example", "Jonas Brinkhoff", None,
        [], 6, "de"), "de")
def _(m):
    cid = conf_id("20270823091518.c4d2")
    m.head(("From", "Jonas Brinkhoff <jonas.brinkhoff@uni-bielefeld.example>"),
           ("To", TO_DK),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<7b0e5c2a-19d4-4e8f-a3c6-d5f1e0b92a48@uni-bielefeld.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("User-Agent", "Roundcube Webmail/1.6.7"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hi,

kleines Update: wir sind jetzt zu sechst statt zu viert, zwei Erstis aus
der O-Woche wollen unbedingt mit. Geht das noch?

LG Jonas

Am 23.08.2027 09:15, schrieb Demokratiekonferenz Bielefeld:
{gt_quote(confirmation("Herr Brinkhoff", "ROT", 4))}
""", charset="utf-8", cte="8bit")


# -- 035 ---------------------------------------------------------------------
# Spanish: "la ronda naranja" (no such round) described as "la de los jóvenes
# y la participación en la escuela" = GELB by its topic.

@mail("fernandez-spanish-ronda-naranja-youth", "2027-09-14 19:10:44",
      E("registration", "lucia.fernandez@casalatina-bi.example", "Lucía Fernández Ochoa",
        "Casa Latina Bielefeld", ["GELB"], 1, "es"), "es")
def _(m):
    m.head(("From", "Lucia Fernandez <lucia.fernandez@casalatina-bi.example>"),
           ("To", DK),
           ("Subject", "Inscripción conferencia 25 de septiembre"),
           ("Date", m.date),
           ("Message-ID", "<CAN4rYt7Pq2wLs9xM5vEb1Kd8oZ3fJc6gHu0aTiR2nWy4Qm7Bs@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hola, buenas tardes:

Me llamo Lucía Fernández Ochoa y quisiera inscribirme en la conferencia
sobre democracia del 25 de septiembre. Vengo por parte de Casa Latina
Bielefeld.

Me interesa la ronda naranja, la de los jóvenes y la participación en la
escuela (creo que era naranja, tengo la invitación en el otro ordenador).
Trabajo como educadora en un centro juvenil y me encantaría aportar.

Iré yo sola.

Muchas gracias y un saludo,
Lucía
""", charset="iso-8859-1", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Cancellation (007's thread), windows-1252 QP, the confirmation quoted below
# a T-Online "-----Original-Nachricht-----" block.

@mail("woestmann-cancellation-hospital", "2027-09-15 10:00:05",
      E("cancellation", "g.woestmann@t-online.example", "Gerhard Wöstmann", None,
        [], None, "de"), "de")
def _(m):
    cid = conf_id("20270819084806.1f9b")
    m.head(("From", addr("Gerhard Wöstmann", "g.woestmann@t-online.example", "iso-8859-1")),
           ("To", DK),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1789459205118.2187.a7d3f1@email.t-online.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "t-online.de EmailCenter"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

leider müssen meine Frau und ich unsere Anmeldung zurückziehen. Meine
Frau muss am 24.9. ins Krankenhaus, eine geplante Operation an der
Hüfte, die jetzt doch vorgezogen wurde.

Vielleicht klappt es im nächsten Jahr.

Mit freundlichen Grüßen
Gerhard Wöstmann


-----Original-Nachricht-----
Betreff: {CONFIRMATION_SUBJECT}
Datum: 2027-08-19T08:48:06+0200
Von: "Demokratiekonferenz Bielefeld" <{DK}>
An: "g.woestmann@t-online.example" <g.woestmann@t-online.example>

{confirmation("Herr Wöstmann", "BLAU", 2)}
""", charset="windows-1252", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Polish cancellation (017's thread), UTF-8, top-posted over the quoted
# confirmation (GRUEN, 2).

@mail("wojcik-polish-cancellation", "2027-09-16 08:40:17",
      E("cancellation", "k.wojcik@most-bielefeld.example", "Katarzyna Wójcik", None,
        [], None, "pl"), "pl")
def _(m):
    cid = conf_id("20270830090102.8e4c")
    m.head(("From", addr("Katarzyna Wójcik", "k.wojcik@most-bielefeld.example", "iso-8859-2")),
           ("To", TO_DK),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<e2a9c4f7-80b3-4d15-9c6e-7a1f3b5d8c20@most-bielefeld.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.14.0"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single(f"""Dzień dobry,

niestety musimy odwołać nasze zgłoszenie na 25 września. Mąż złamał nogę
i przez kilka tygodni nie wychodzi z domu, a ja muszę się nim opiekować.

Może w przyszłym roku!
Pozdrawiam serdecznie
Katarzyna Wójcik

W dniu 30.08.2027 o 09:01, Demokratiekonferenz Bielefeld pisze:
{gt_quote(confirmation("Frau Wójcik", "GRUEN", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Arabic change (005's thread), Gmail reply with an Arabic quote header:
# green -> red ("الجولة الحمراء"); still three, so no new party size.

@mail("alhamwi-arabic-change-to-red", "2027-09-16 21:15:33",
      E("change", "nour.alhamwi@mail.example", "Nour Al-Hamwi", None,
        ["ROT"], None, "ar"), "ar")
def _(m):
    cid = conf_id("20270818110538.3a7e")
    m.head(("From", "Nour Al-Hamwi <nour.alhamwi@mail.example>"),
           ("To", TO_DK),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF3pRt2Lm8vXw4nQ0sKb6Ty1eH9cZdJ5gUo3aFiP7rNx2Wq8Ks@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    text = """مرحباً،

بعد التفكير قررنا أن ننتقل من الجولة الخضراء إلى الجولة الحمراء عن الكراهية على الإنترنت، لأن صديقتنا تعرضت مؤخراً لتعليقات عنصرية على فيسبوك ونريد أن نتحدث عن ذلك. عددنا ما زال ثلاثة.

شكراً لكم
نور"""
    head = f"في الأربعاء، ١٨ أغسطس ٢٠٢٧ في ١١:٠٥ ص كتب Demokratiekonferenz Bielefeld <{DK}>:"
    quoted = confirmation("Frau Al-Hamwi", "GRUEN", 3)
    plain = f"{text}\n\n{head}\n\n{gt_quote(quoted)}"
    m.alternative(plain, gmail_html(text, rtl=True, quote_head=head, quoted=quoted),
                  charset="utf-8", cte="base64", style="gmail")


# -- 039 ---------------------------------------------------------------------
# English cancellation (020's thread), a new mail without quote.

@mail("obi-english-cancellation", "2027-09-20 09:00:39",
      E("cancellation", "c.obi@nigerian-community-bi.example", "Chukwuemeka Obi",
        "Nigerian Community Bielefeld", [], None, "en"), "en")
def _(m):
    m.head(("From", "Emeka Obi <c.obi@nigerian-community-bi.example>"),
           ("To", DK),
           ("Subject", "Cancellation - Nigerian Community, 25 September"),
           ("Date", m.date),
           ("Message-ID", "<AS8P194MB12873D9A0E5F6C41@AS8P194MB1287.EURP194.PROD.OUTLOOK.example>"),
           ("X-Mailer", "Outlook for Android"),
           ("MIME-Version", "1.0"))
    text = """Dear team,

I'm sorry to say that the three of us from the Nigerian Community Bielefeld will not be able to attend on 25 September after all. Our youth wing has been invited to a football tournament in Dortmund on the same day, and Blessing and Tunde are organising it.

Please cancel our registration. We hope to join next year.

Kind regards,
Chukwuemeka Obi"""
    m.alternative(text, div_html(text, "font-family: Aptos, sans-serif; font-size: 11pt;"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 040 ---------------------------------------------------------------------
# French change (013's thread), Apple Mail reply: green -> red
# ("la ronde rouge"), a colleague joins: 2.

@mail("nkoulou-french-change-rouge-plus-one", "2027-09-22 11:30:02",
      E("change", "mc.nkoulou@acb-bielefeld.example", "Marie-Claire Nkoulou", None,
        ["ROT"], 2, "fr"), "fr")
def _(m):
    cid = conf_id("20270825112118.6b0f")
    m.head(("From", "Marie-Claire Nkoulou <mc.nkoulou@acb-bielefeld.example>"),
           ("To", TO_DK),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1C7A9E30-5F2B-4D84-A6C1-E9B0D3F72A15@acb-bielefeld.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "Apple Mail (2.3826.600.51.1.1)"),
           ("MIME-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))"))
    text = """Bonjour,

Petit changement : je voudrais passer de la ronde verte à la ronde rouge (la haine sur internet), et une collègue de l'association, Solange Mbarga, souhaite m'accompagner. Nous serions donc deux.

Merci d'avance et à samedi !
Marie-Claire Nkoulou"""
    head = f"Le 25 août 2027 à 11:21, Demokratiekonferenz Bielefeld <{DK}> a écrit :"
    quoted = confirmation("Frau Nkoulou", "GRUEN", 1)
    plain = f"{text}\n\n> {head}\n> \n{gt_quote(quoted)}"
    m.alternative(plain, apple_html(text, quote_head=head, quoted=quoted),
                  charset="utf-8", cte="quoted-printable", style="apple")



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
MACHINE = ("auto_reply", "bounce", "other")


def check_label(e, text_lang, decoded, addresses):
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    k = e["kind"]
    if k not in KINDS:
        problems.append(f"unknown kind {k}")
    wg = e["workgroups"]
    if any(w not in WORKGROUPS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if wg and k not in ("registration", "change"):
        problems.append("workgroups for a kind that chooses none")
    ps = e["party_size"]
    if k == "registration" and not (isinstance(ps, int) and ps >= 1):
        problems.append("registration needs party_size >= 1")
    if k == "change" and not (ps is None or (isinstance(ps, int) and ps >= 1)):
        problems.append("bad party_size for change")
    if k not in ("registration", "change") and ps is not None:
        problems.append("party_size must be null")
    if (k == "bounce") != (e["bounced_recipient"] is not None):
        problems.append("bounced_recipient only (and always) for bounces")
    if e["bounced_recipient"] and e["bounced_recipient"] != e["bounced_recipient"].lower():
        problems.append("bounced_recipient not lower-case")
    if k in MACHINE:
        for f in ("email", "name", "organisation", "language"):
            if e[f] is not None:
                problems.append(f"{f} must be null for {k}")
    else:
        if not e["email"] or e["email"] != e["email"].lower():
            problems.append("email missing or not lower-case")
        elif e["email"] not in addresses and e["email"] not in decoded.lower():
            problems.append("email occurs neither in From/Reply-To nor in the text")
        if e["language"] != text_lang:
            problems.append(f"language {e['language']} != text language {text_lang}")
        for f in ("name", "organisation"):
            if e[f] is not None and e[f] not in " ".join(decoded.split()):
                problems.append(f"{f} {e[f]!r} does not occur in the mail")
        if not e["name"]:
            problems.append("person mail without a name")
    return problems


def check(name, data, m, expected, text_lang):
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
    if not (datetime.datetime(2027, 8, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 10, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Aug-Sep 2027")
    got = []
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            cs = p.get_content_charset() or "us-ascii"
            raw = p.get_payload(decode=True)
            try:
                raw.decode(cs)
            except (UnicodeDecodeError, LookupError):
                problems.append(f"text part does not decode in its charset {cs}")
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
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    addresses = set()
    for h in ("From", "Reply-To"):
        if msg[h] is not None:
            addresses |= {a.addr_spec.lower() for a in msg[h].addresses}
    problems += check_label(expected, text_lang, text, addresses)
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built})
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x text language:")
    print("  " + " ".join(f"{x:>4}" for x in ["kind".ljust(12)] + langs))
    for k in KINDS:
        print(f"  {k:12} " + " ".join(f"{table[(k, l)] or '-':>4}" for l in langs))
    wg = collections.Counter(w for _, _, e, _ in built for w in e["workgroups"][:1])
    print("first choices:", dict(wg))
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
