#!/usr/bin/env python3
"""Build the "final24b" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Werkstatttag Interkulturelle Woche Bielefeld 2027 (Sat 25 Sept 2027,
four workshops W1-W4).  The mails are full of numbers that are neither a
workshop choice nor a head count: room numbers, times, tram and bus lines,
phone numbers, dates, street numbers, member counts, founding years.

Every mail's text below is written by hand, one mail at a time.  This script
only wraps the texts in MIME with the standard `email` package, writes the
files, then reads every file back with email.policy.default and checks it.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json, then check
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind and language

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
import unicodedata
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded are written out as given.
POLICY = email.policy.default.clone(refold_source="none")

IKW = "werkstatttag-ikw@bielefeld.example"
IKW_NAME = "Werkstatttag Interkulturelle Woche"
TO_IKW = f"{IKW_NAME} <{IKW}>"
INVITATION_ID = "<einladung-werkstatttag-2027.20270816091502@bielefeld.example>"
REMINDER_ID = "<erinnerung-werkstatttag-2027.20270918100003@bielefeld.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
WG_IDS = ("W1", "W2", "W3", "W4")
LANGS = ("de", "tr", "ar", "en", "pl", "it")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset="utf-8", enc="q"):
    """'Name <address>'; a non-ASCII name becomes RFC 2047 words in `charset`."""
    if name.isascii():
        return formataddr((name, address))
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text):
    """Quote a text the way Thunderbird/Gmail/iOS do: '> ' before each line."""
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
    return hashlib.sha256(f"final24b/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


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
        self.intended = []
        self.crlf = False
        self._nboundary = 0

    def head(self, *pairs, envelope=None, received=True, crlf=False):
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in
        order.  ASCII values are stored verbatim (folded when long); values with
        non-ASCII characters go through the policy (UTF-8 encoded words)."""
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", IKW)
        if received:
            domain = sender.split("@")[1] if "@" in sender else "localhost.example"
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=4)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=2))))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.bielefeld.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{IKW}>; {arrival} (CEST)")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None):
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
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
            return f"_00{self._nboundary}_DB9PR03MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:14]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}"
                    f"-{h[16:20].upper()}-{h[20:32].upper()}")
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

INVITATION_SUBJECT = "Einladung: Werkstatttag Interkulturelle Woche 2027"
CONFIRMATION_SUBJECT = "Anmeldung bestätigt: Werkstatttag Interkulturelle Woche 2027"
REMINDER_SUBJECT = "Erinnerung: Werkstatttag Interkulturelle Woche am 25. September"

INVITATION = """Liebe Engagierte in Vereinen, Initiativen und Gemeinden,

im Rahmen der Interkulturellen Woche Bielefeld (19. bis 26. September 2027)
laden wir Sie herzlich zum Werkstatttag ein.

Datum: Samstag, 25. September 2027, 10:00 bis 16:00 Uhr
Ort:   Volkshochschule Bielefeld, Ravensberger Park 1, 33607 Bielefeld
       (Stadtbahn bis Jahnplatz oder Hauptbahnhof, dann ca. 10 Minuten
       Fußweg)

Ablauf:
10:00  Begrüßung und Impuls im Saal (Erdgeschoss)
11:30  Werkstätten, Teil 1
13:00  Mittagsimbiss
14:00  Werkstätten, Teil 2
15:30  Abschluss im Plenum

Die vier Werkstätten:
Werkstatt 1: Mehrsprachige Öffentlichkeitsarbeit für Vereine
Werkstatt 2: Nachbarschaftsfeste und Begegnungsformate planen
Werkstatt 3: Gegen Stammtischparolen: Argumentationstraining
Werkstatt 4: Kleine Projekte finanzieren: Anträge beim Integrationsfonds

Sie bleiben den ganzen Tag in einer Werkstatt. Die Werkstätten finden in
Seminarräumen im 1. bis 3. Obergeschoss statt (Aufzug vorhanden); die
Raumnummer schicken wir Ihnen mit der Anmeldebestätigung.

Bitte melden Sie sich bis Freitag, 17. September 2027, per E-Mail an
werkstatttag-ikw@bielefeld.example an. Nennen Sie uns Ihren Namen, Ihren
Verein oder Ihre Organisation, die gewünschte Werkstatt (gern auch einen
Zweitwunsch) und mit wie vielen Personen Sie kommen.

Die Teilnahme ist kostenlos. Rückfragen gern telefonisch unter
0521 51-6644 (Mo bis Do, 9 bis 12 Uhr).

Mit freundlichen Grüßen

Jana Wessel-Kaya
Kommunales Integrationszentrum Bielefeld
Niederwall 23, 33602 Bielefeld"""

W_LINE = {
    "W1": "Werkstatt 1 – Mehrsprachige Öffentlichkeitsarbeit für Vereine (Raum 2.14)",
    "W2": "Werkstatt 2 – Nachbarschaftsfeste und Begegnungsformate planen (Raum 1.08)",
    "W3": "Werkstatt 3 – Gegen Stammtischparolen: Argumentationstraining (Raum 2.21)",
    "W4": "Werkstatt 4 – Kleine Projekte finanzieren: Anträge beim Integrationsfonds (Raum 3.02)",
}


def confirmation(salutation, wg, persons):
    """The confirmation the organiser's tool sent (quoted in replies, returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Werkstatttag der Interkulturellen Woche
am Samstag, 25. September 2027, 10:00 bis 16:00 Uhr, in der Volkshochschule
Bielefeld, Ravensberger Park 1, 33607 Bielefeld.

Wir haben Sie für folgende Werkstatt eingetragen:
{W_LINE[wg]}

Angemeldete Personen: {persons}

Die Begrüßung beginnt um 10:00 Uhr im Saal im Erdgeschoss; die Werkstätten
laufen von 11:30 bis 13:00 und von 14:00 bis 15:30 Uhr.

Möchten Sie die Werkstatt wechseln oder absagen? Antworten Sie einfach
auf diese E-Mail. Telefonisch erreichen Sie uns unter 0521 51-6644.

Mit freundlichen Grüßen
Werkstatttag Interkulturelle Woche
Kommunales Integrationszentrum Bielefeld"""


def confirmation_message(to, salutation, wg, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_IKW
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
--></style>
</head>
<body lang=DE link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="Windows-1252", labels=("Von", "Gesendet", "An", "Betreff")):
    """Outlook (Word) HTML for `text`; quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        lv, lg, la, lb = labels
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'>{lv}:</span></b>"
                   f"<span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'> {esc(von)} <br>\n"
                   f"<b>{lg}:</b> {esc(gesendet)}<br>\n"
                   f"<b>{la}:</b> {esc(an)}<br>\n"
                   f"<b>{lb}:</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return OUTLOOK_HEAD.format(charset=charset) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels=("Von", "Gesendet", "An", "Betreff")):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    lv, lg, la, lb = labels
    return (f"{text}\n\n{lv}: {von}\n{lg}: {gesendet}\n{la}: {an}\n"
            f"{lb}: {betreff}\n\n{quoted}")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text, rtl=False, quote=None):
    """Gmail markup; quote = (attribution, quoted_text) becomes a gmail_quote blockquote."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
    if quote:
        attrib, quoted = quote
        qbody = "<br>\n".join(esc(line) for line in quoted.split("\n"))
        out += (f"<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">{esc(attrib)}<br></div>"
                f"<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
                f"border-left:1px solid rgb(204,204,204);padding-left:1ex\">{qbody}</blockquote></div>")
    return out + "\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
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
# Thunderbird reply quoting the whole invitation (all four Werkstätten in the
# quote); choice only in the new text: Werkstatt 4, "also 2 Personen".
# Founding year 1984, 143 members, "jeden 2. Sonntag", street number 132,
# VR 2314 in the signature are no choices.

@mail("demirtas-reply-quoting-invitation", "2027-08-16 11:02:37",
      E("registration", "g.demirtas@elternbund-baumheide.example", "Gökhan Demirtaş",
        "Türkischer Elternbund Bielefeld-Baumheide e.V.", ["W4"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Gökhan Demirtaş", "g.demirtas@elternbund-baumheide.example", "utf-8", "b")),
           ("To", TO_IKW),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5b0e7c21-93d4-4a8f-b612-7e0c9d3a1f48@elternbund-baumheide.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Wessel-Kaya,

danke für die Einladung, die kam genau richtig. Hiermit melde ich mich
für die Werkstatt 4 an, zusammen mit unserer Kassiererin Filiz Aksu -
also 2 Personen.

Kurz zu uns, falls Sie das für die Teilnehmerliste brauchen: Wir sind
1984 gegründet worden und haben zurzeit 143 Mitglieder, die meisten
Familien aus Baumheide und Milse. Wir treffen uns jeden 2. Sonntag im
Monat.

Mit freundlichen Grüßen
Gökhan Demirtaş

-- 
Türkischer Elternbund Bielefeld-Baumheide e.V.
Heeper Straße 132 · 33607 Bielefeld
Tel. 0521 2 38 41 07
Vereinsregister Amtsgericht Bielefeld VR 2314

Am 16.08.27 um 09:15 schrieb Werkstatttag Interkulturelle Woche:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Outlook, HTML only, windows-1252 quoted-printable, invitation quoted under a
# Von:/Gesendet: block.  Workshop by its full title in „…“; "ich und zwei
# Kolleginnen" = 3.  "Raum 4", "10:30 Uhr", "800 Gäste" are no choices.

RUESING_TEXT = """Sehr geehrte Damen und Herren,

für das Interkulturelle Stadtteilzentrum Sieker melde ich mich und zwei Kolleginnen (Frau Yilmaz und Frau Petrovic) zum Werkstatttag am 25.09. an. Wir möchten alle drei in die Werkstatt „Nachbarschaftsfeste und Begegnungsformate planen“ – wir organisieren jedes Jahr am ersten Septemberwochenende das Fest auf dem Sieker Platz mit rund 800 Gästen und wollen das Konzept überarbeiten.

Eine Bitte: Frau Petrovic ist erst ab 10:30 Uhr im Haus, sie gibt morgens noch den Deutschkurs in Raum 4 bei uns.

Mit freundlichen Grüßen

Anke Rüsing
Koordination
Interkulturelles Stadtteilzentrum Sieker
Stieghorster Straße 51 · 33605 Bielefeld
Telefon: 0521 / 9 27 38 40
Öffnungszeiten: Mo–Fr 9:00–13:00 Uhr"""


@mail("ruesing-outlook-html-quoting-invitation", "2027-08-17 06:31:12",
      E("registration", "a.ruesing@stz-sieker.example", "Anke Rüsing",
        "Interkulturelles Stadtteilzentrum Sieker", ["W2"], 3, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Rüsing, Anke" <a.ruesing@stz-sieker.example>'),
           ("To", TO_IKW),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHb7k2Xc0mJ8QpL2Uu9yS3aWv1eTg=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB8841C2F07A1B3E5D9F60A4C1E2B3@DB9PR03MB8841.eurprd03.prod.outlook.example>"),
           ("References", INVITATION_ID),
           ("In-Reply-To", INVITATION_ID),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"{IKW_NAME} <{IKW}>", "Montag, 16. August 2027 09:15",
             "Rüsing, Anke <a.ruesing@stz-sieker.example>", INVITATION_SUBJECT, INVITATION)
    m.single(outlook_html(RUESING_TEXT, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# Turkish, webmail multipart/alternative, UTF-8 base64.  "3 numaralı atölye"
# is the choice; "1 numaralı tramvay" (tram line 1), 1992, 85 members and
# 9:45 are not.  "Eşimle birlikte" = with my husband -> 2.

KOCAMAN_TEXT = """Merhaba,

25 Eylül'deki Werkstatttag'e (Kültürlerarası Hafta) kayıt olmak istiyorum. Eşimle birlikte 3 numaralı atölyeye (Stammtischparolen / Argumentationstraining) katılmak istiyoruz.

Derneğimiz 1992'de kuruldu, şu anda 85 üyemiz var. Gençlerimiz son zamanlarda okulda ve otobüste çok ırkçı laf duyuyor, bu yüzden bu konu bizim için önemli.

Sabah Senne'den 1 numaralı tramvayla geleceğiz, saat 9:45 gibi orada oluruz.

Saygılarımla,
Hatice Kocaman
Bielefeld Türk Kadınlar Derneği
Tel: 0157 3921 4480"""


@mail("kocaman-turkish-tram-line-1", "2027-08-18 20:14:55",
      E("registration", "hatice.kocaman@mail.example", "Hatice Kocaman",
        "Bielefeld Türk Kadınlar Derneği", ["W3"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "Hatice Kocaman <hatice.kocaman@mail.example>"),
           ("To", IKW),
           ("Subject", "Werkstatttag kayıt"),
           ("Date", m.date),
           ("Message-ID", "<1787076895.338120.4471@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KOCAMAN_TEXT, div_html(KOCAMAN_TEXT, "font-family: Arial, sans-serif;"),
                  charset="utf-8", cte="base64")


# -- 004 ---------------------------------------------------------------------
# English, Gmail alternative; first choice Workshop 1, second Workshop 4.
# "founded in 2004", "about 300 members", "9:27", "10:00" are no choices.

EZE_TEXT = """Dear Ms Wessel-Kaya,

I'd like to register for the Werkstatttag on 25 September. My first choice would be Workshop 1 (multilingual PR), second choice Workshop 4 (funding).

I'm the secretary of the Nigerian Community Bielefeld - we were founded in 2004 and have about 300 registered members, so getting information out in English, Pidgin and Yoruba is a big topic for us.

I'll come by train from Gütersloh (arrives Bielefeld Hbf 9:27), so I should be on time for the 10:00 start.

Best regards,
Chinedu Eze
Nigerian Community Bielefeld
+49 176 2290 3381"""


@mail("eze-english-first-second-choice", "2027-08-19 13:40:08",
      E("registration", "chinedu.eze@mail.example", "Chinedu Eze",
        "Nigerian Community Bielefeld", ["W1", "W4"], 1, "en"), "en")
def _(m):
    m.head(("From", "Chinedu Eze <chinedu.eze@mail.example>"),
           ("To", IKW),
           ("Subject", "Registration Werkstatttag 25 September"),
           ("Date", m.date),
           ("Message-ID", "<CAF4nT8vW2qL7xR0mB3kY9eJ5sHd1cZp6uG2aNoQ8iVt3rXw7Ky@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(EZE_TEXT, gmail_html(EZE_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 005 ---------------------------------------------------------------------
# A filled-in form block, iso-8859-1 quoted-printable: every line has a
# number (house number, postcode, phone, founding year, member count); the
# choice is "Werkstatt: 3"; "2. Vorsitzender" is an office, not a choice.

@mail("hoffmann-form-block-numbers", "2027-08-20 10:05:43",
      E("registration", "svetlana.hoffmann@web-mail.example", "Svetlana Hoffmann",
        "Deutsch-Russischer Begegnungskreis Bielefeld e.V.", ["W3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Svetlana Hoffmann <svetlana.hoffmann@web-mail.example>"),
           ("To", IKW),
           ("Subject", "Anmeldung Werkstatttag"),
           ("Date", m.date),
           ("Message-ID", "<trinity-2e71c0b9-6f4a-4d13-8a5e-9c3b1f0d7e26-1787213143520@3c-app-webmail-bs44>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

anbei meine Anmeldung:

Name: Svetlana Hoffmann
Verein: Deutsch-Russischer Begegnungskreis Bielefeld e.V.
Anschrift: Jöllenbecker Str. 178, 33613 Bielefeld
Telefon: 0521 88 14 92 (ab 17 Uhr)
Gegründet: 1996
Mitglieder: 62
Werkstatt: 3
Personen: 2 (ich und Herr Waldemar Reich, 2. Vorsitzender)

Mit freundlichen Grüßen
Svetlana Hoffmann
""", charset="iso-8859-1", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Question (parking), not a registration: "Wenn das mit dem Parken klappt,
# melden wir uns ... an" announces a registration for later.  9 seats,
# 20 km, 10:15 Uhr are no head counts.

@mail("hermann-parking-question", "2027-08-20 16:22:19",
      E("question", "v.hermann@kulturverein-herford.example", "Viktor Hermann",
        "Kulturverein der Deutschen aus Russland Herford e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Viktor Hermann <v.hermann@kulturverein-herford.example>"),
           ("To", IKW),
           ("Subject", "Frage Parkplätze Werkstatttag"),
           ("Date", m.date),
           ("Message-ID", "<a3e90c1d-4f7b-4b22-9d08-61c5e2f7a4b9@kulturverein-herford.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

wir kommen aus Herford (ca. 20 km) und würden gern mit unserem Vereinsbus
(9 Sitze) anreisen. Gibt es an der VHS Parkplätze, oder sollten wir lieber
ins Parkhaus am Kesselbrink fahren? Und reicht es, wenn wir um 10:15 Uhr
da sind?

Wenn das mit dem Parken klappt, melden wir uns mit 3 Personen für die
Werkstatt 2 an.

Freundliche Grüße
Viktor Hermann
Kulturverein der Deutschen aus Russland Herford e.V.
""", charset="utf-8", cte="8bit")


# -- 007 ---------------------------------------------------------------------
# Arabic, UTF-8 base64, Gmail.  Workshop by its German alias in brackets;
# "أنا واثنان من أعضاء الهيئة الإدارية" = I and two board members -> 3.
# 2016, 120 members, 300 guests and a phone in Arabic-Indic digits are no
# choices.

@mail("alhassan-arabic-nachbarschaftsfeste", "2027-08-21 19:20:31",
      E("registration", "rami.alhassan@mail.example", "Rami Al-Hassan",
        "Deutsch-Syrischer Verein für Kultur und Begegnung Bielefeld e.V.", ["W2"], 3, "ar"), "ar")
def _(m):
    m.head(("From", "Rami Al-Hassan <rami.alhassan@mail.example>"),
           ("To", IKW),
           ("Subject", "تسجيل – Werkstatttag 25.09."),
           ("Date", m.date),
           ("Message-ID", "<CAJ9r2Kp4tX7qW1nL8dY3fMc6vHs0eBg5uZo2aRk7iNq4TxE1mw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم،

أرغب في تسجيل جمعيتنا في يوم الورش (Werkstatttag) ضمن الأسبوع الثقافي في بيليفيلد يوم السبت 25 أيلول/سبتمبر 2027.
سنحضر أنا واثنان من أعضاء الهيئة الإدارية، ونود المشاركة في ورشة احتفالات الجيران (Nachbarschaftsfeste).
تأسست جمعيتنا عام 2016 ولدينا اليوم حوالي 120 عضوًا، ونقيم كل سنة إفطارًا مفتوحًا في الحي لأكثر من 300 شخص.

للتواصل: ٠١٥٧٨ ٤٤٣ ٢٠١٩

مع الشكر والتقدير،
Rami Al-Hassan
Deutsch-Syrischer Verein für Kultur und Begegnung Bielefeld e.V.
""", charset="utf-8", cte="base64")


# -- 008 ---------------------------------------------------------------------
# Polish, iso-8859-2 quoted-printable, Thunderbird; name in RFC 2047 (Q,
# iso-8859-2).  "warsztat nr 4" is the choice; "linii 3", 2011, 45 members
# are not.  "Będziemy we dwie" = the two of us (women) -> 2.

@mail("kowalczyk-polish-iso-8859-2", "2027-08-23 09:12:26",
      E("registration", "joanna.kowalczyk@most-bielefeld.example", "Joanna Kowalczyk",
        'Polskie Stowarzyszenie Kulturalne "Most" Bielefeld', ["W4"], 2, "pl"), "pl")
def _(m):
    m.head(("From", "Joanna Kowalczyk <joanna.kowalczyk@most-bielefeld.example>"),
           ("To", TO_IKW),
           ("Subject", ew("Zgłoszenie na Werkstatttag 25.09.2027", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<e81c4a06-2d9f-47b3-a5c0-3f6d8b1e92a7@most-bielefeld.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

chciałabym zgłosić nas na Werkstatttag 25 września. Będziemy we dwie:
ja i moja koleżanka z zarządu, Ewa Nowicka. Interesuje nas warsztat nr 4
(Integrationsfonds, wnioski o dofinansowanie), bo w przyszłym roku chcemy
złożyć pierwszy wniosek na nasz festiwal.

Nasze stowarzyszenie działa od 2011 roku i ma 45 członków. Przyjedziemy
tramwajem linii 3 ze Stieghorst.

Pozdrawiam serdecznie
Joanna Kowalczyk
Polskie Stowarzyszenie Kulturalne "Most" Bielefeld
tel. 0521 329 77 15
""", charset="iso-8859-2", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Out-of-office (Auto-Submitted: auto-replied) to a confirmation sent to a
# registrant outside this set.  Full of dates and phone numbers.

@mail("lohmeyer-out-of-office-auto-submitted", "2027-08-23 14:03:51",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Martina Lohmeyer <m.lohmeyer@caritas-bielefeld.example>"),
           ("To", TO_IKW),
           ("Subject", "Abwesenheitsnotiz: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<vacation.1787486631.7342@caritas-bielefeld.example>"),
           ("In-Reply-To", "<mailbot.20270823140347.2f1c@bielefeld.example>"),
           ("References", "<mailbot.20270823140347.2f1c@bielefeld.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich bin vom 23.08. bis einschließlich 10.09.2027 im Urlaub und lese in
dieser Zeit keine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meinen Kollegen
Herrn Brune, Tel. 0521 55 80 21, oder an das Sekretariat der
Migrationsberatung, Tel. 0521 55 80 0 (Mo-Fr 8:30-12:30 Uhr).

Mit freundlichen Grüßen
Martina Lohmeyer
Caritas Migrationsberatung Bielefeld
""", charset="utf-8", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# German from a learner, Android, 8bit.  "Werkstatt 3" is the choice and
# "Ich komme alleine" the count; "wir sind 40 Personen" is the size of his
# association, not of his party.

@mail("warsame-learner-german-40-personen", "2027-08-24 22:47:05",
      E("registration", "abdullahi.warsame@mail.example", "Abdullahi Warsame",
        "Somalischer Verein Bielefeld", ["W3"], 1, "de"), "de")
def _(m):
    m.head(("From", "abdullahi warsame <abdullahi.warsame@mail.example>"),
           ("To", IKW),
           ("Subject", "anmeldung werkstatttag"),
           ("Date", m.date),
           ("Message-ID", "<CAM2hX5qR8tZ1wD4nV7bK0yP3sL6fJ9cE2aU5oN8iG1vQ4rTx0B@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich heiße Abdullahi Warsame, ich möchte anmelden für Werkstatttag am 25.9. Ich komme alleine. Ich möchte gerne in Werkstatt 3 wegen Stammtisch Parolen, ich habe das oft gehört in Arbeit und ich weiß nicht was ich soll sagen.

Ich bin seit 2019 in Bielefeld und ich bin in Somalischer Verein Bielefeld, wir sind 40 Personen. Mein Handy ist 0152 77 31 04 96.

Danke
Abdullahi

Von meinem Android-Smartphone gesendet
""", charset="utf-8", cte="8bit")


# -- 011 ---------------------------------------------------------------------
# Italian, Apple Mail alternative.  "laboratorio 1" is the choice; "dal 1971",
# "120 soci", "alle 18:30", "August-Bebel-Straße 94" are not.  "insieme a mia
# figlia" = with my daughter -> 2.

RUSSO_TEXT = """Buongiorno,

vorrei iscrivermi al Werkstatttag del 25 settembre insieme a mia figlia Giulia, che da quest'anno cura la nostra pagina Facebook. Ci interessa il laboratorio 1 sulla comunicazione multilingue (Öffentlichkeitsarbeit).

La nostra associazione esiste dal 1971 e conta circa 120 soci; ci troviamo ogni mercoledì alle 18:30 nella nostra sede in August-Bebel-Straße 94.

Cordiali saluti
Antonio Russo
Associazione Siciliani nel Mondo – Circolo di Bielefeld
Tel. 0521 17 60 23"""


@mail("russo-italian-apple-mail", "2027-08-25 15:33:47",
      E("registration", "antonio.russo@mail.example", "Antonio Russo",
        "Associazione Siciliani nel Mondo – Circolo di Bielefeld", ["W1"], 2, "it"), "it")
def _(m):
    m.head(("From", "Antonio Russo <antonio.russo@mail.example>"),
           ("Subject", "Iscrizione Werkstatttag 25/09"),
           ("Message-Id", "<3F8A1C2E-7D4B-4E9A-B6C1-0E5D2F7A9B34@mail.example>"),
           ("Date", m.date),
           ("To", IKW),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    m.alternative(RUSSO_TEXT, apple_html(RUSSO_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 012 ---------------------------------------------------------------------
# Short phone mail: "melde mich + 1" = 2; Werkstatt 4 with its alias in
# brackets; the mobile number is the only other number.

@mail("steinmeier-iphone-plus-one", "2027-08-26 07:18:02",
      E("registration", "ralf.steinmeier@mail.example", "Ralf Steinmeier",
        "Freundeskreis Asyl Brackwede", ["W4"], 2, "de"), "de")
def _(m):
    m.head(("From", "Ralf Steinmeier <ralf.steinmeier@mail.example>"),
           ("To", IKW),
           ("Subject", ew("Werkstatttag 25.9. – Anmeldung", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<7C1E4A92-3D5F-4B08-9A6E-2F8C0D1B7E53@mail.example>"),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0"))
    m.single("""Moin,
melde mich + 1 für Werkstatt 4 an (Anträge). Sind vom Freundeskreis Asyl Brackwede.
Gruß
Ralf Steinmeier
0171 4456712

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Association office mailbox registers its chairman, who comes alone, and
# asks to confirm to his own address (so that is the email).  "Raum 2.14"
# (their office hours room; it happens to be W1's room at the VHS),
# "10 bis 12 Uhr" and "seit 2015" are no choices.

@mail("kgz-office-registers-chairman", "2027-08-27 11:25:40",
      E("registration", "a.baran@kgz-bielefeld.example", "Aram Baran",
        "Kurdisches Gemeinschaftszentrum Bielefeld e.V.", ["W3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Kurdisches Gemeinschaftszentrum Bielefeld <info@kgz-bielefeld.example>"),
           ("To", IKW),
           ("Subject", "Anmeldung Herr Baran - Werkstatttag IKW"),
           ("Date", m.date),
           ("Message-ID", "<001c01dbf72a$4e8d1b60$ec2a5220$@kgz-bielefeld.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

hiermit melden wir unseren Vorsitzenden, Herrn Aram Baran, für den Werkstatttag am 25. September an. Er möchte an der Werkstatt „Gegen Stammtischparolen“ teilnehmen und kommt allein.

Bitte schicken Sie die Bestätigung direkt an ihn: a.baran@kgz-bielefeld.example

Herr Baran ist seit 2015 Vorsitzender und dienstags und donnerstags von 10 bis 12 Uhr in unserer Sprechstunde im Bürgerzentrum Stieghorst, Raum 2.14, erreichbar, falls Sie Rückfragen haben.

Mit freundlichen Grüßen
i. A. Dilan Şimşek
Büro
Kurdisches Gemeinschaftszentrum Bielefeld e.V.
Tel. 0521 96 47 310
""", charset="utf-8", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# English, plain ASCII; the workshop only paraphrased ("countering racist
# slogans") plus the alias Stammtischparolen.  "Tuesday 6-8pm", "Kesselbrink
# 7", "6 years" are no choices; "Just me" = 1.

@mail("asante-english-paraphrase", "2027-08-28 21:03:12",
      E("registration", "kofi.asante@mail.example", "Kofi Asante",
        "Open Doors Bielefeld", ["W3"], 1, "en"), "en")
def _(m):
    m.head(("From", "Kofi Asante <kofi.asante@mail.example>"),
           ("To", IKW),
           ("Subject", "Sign up - Werkstatttag"),
           ("Date", m.date),
           ("Message-ID", "<PAXP193MB2210D4E8A1C7F3B06E5D9A2C@PAXP193MB2210.EURP193.PROD.OUTLOOK.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hi there,

I saw the flyer for the Werkstatttag on the notice board at the university
and I'd like to sign up for the workshop on countering racist slogans
(Stammtischparolen). Just me.

A bit of background: I volunteer with Open Doors Bielefeld, we run a
language cafe every Tuesday 6-8pm at Kesselbrink 7. I'm originally from
Kumasi and have lived in Bielefeld for 6 years, and I hear this kind of
talk more and more.

Cheers,
Kofi Asante
""", charset="us-ascii", cte="7bit")


# -- 015 ---------------------------------------------------------------------
# Gmail alternative; first and second choice by topic words only
# ("Finanzierung kleiner Projekte", "Öffentlichkeitsarbeit").  Two named
# board members -> 2.  23 members, 2018, "10-jährigen", 2028 are no choices.

BRANDT_TEXT = """Hallo zusammen,

wir (Melanie Brandt und Osman Çelik vom Vorstand) möchten gerne zum Werkstatttag kommen. Erste Wahl wäre für uns die Werkstatt zur Finanzierung kleiner Projekte, falls die voll ist, gern Öffentlichkeitsarbeit.

Wir sind ein kleiner Verein mit 23 Mitgliedern, erst 2018 gegründet, und wollen 2028 zum 10-jährigen zum ersten Mal einen Förderantrag stellen – daher das Interesse.

Liebe Grüße
Melanie Brandt
Nachbarschaftsinitiative Ostmannturmviertel e.V."""


@mail("brandt-first-second-choice-by-topic", "2027-08-30 18:50:26",
      E("registration", "melanie.brandt@mail.example", "Melanie Brandt",
        "Nachbarschaftsinitiative Ostmannturmviertel e.V.", ["W4", "W1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Melanie Brandt <melanie.brandt@mail.example>"),
           ("To", IKW),
           ("Subject", "Anmeldung Werkstatttag"),
           ("Date", m.date),
           ("Message-ID", "<CAH1pQ7wX4bT9nR2mZ5kL8sYd3FgJ0cV6uE1oNaB4iW7xRq2eTs@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(BRANDT_TEXT, gmail_html(BRANDT_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 016 ---------------------------------------------------------------------
# Italian question: childcare; "vi mando subito l'iscrizione" announces a
# registration for later.  Children aged 4 and 7 are no head count.

@mail("bellini-italian-childcare-question", "2027-08-30 21:15:09",
      E("question", "chiara.bellini@mail.example", "Chiara Bellini", None, [], None, "it"), "it")
def _(m):
    m.head(("From", "Chiara Bellini <chiara.bellini@mail.example>"),
           ("To", IKW),
           ("Subject", "Domanda Werkstatttag - bambini"),
           ("Date", m.date),
           ("Message-ID", "<1788124509.992104.3318@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Buonasera,

sono interessata al Werkstatttag del 25 settembre. Ho due bambini di 4 e 7
anni: ci sarà un servizio di assistenza per i bambini durante i laboratori,
dalle 11:30 alle 15:30? Se sì, vi mando subito l'iscrizione per me e mio
marito.

Grazie mille
Chiara Bellini
""", charset="utf-8", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Turkish with German workshop words, iso-8859-9 8bit.  "2 numaralı atölye"
# is the choice; "Linie 2" (tram) is not; "dört kişi" = four persons;
# 250-person iftar is no count.  Title on its own line in the signature.

@mail("yavuz-turkish-iso-8859-9-linie-2", "2027-08-31 12:10:33",
      E("registration", "emre.yavuz@tik-baumheide.example", "Emre Yavuz",
        "Türkisch-Islamischer Kulturverein Baumheide e.V.", ["W2"], 4, "tr"), "tr")
def _(m):
    m.head(("From", "Emre Yavuz <emre.yavuz@tik-baumheide.example>"),
           ("To", IKW),
           ("Subject", ew("Werkstatttag kaydı - gençlik kolu", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270831121033.4d7e1a@tik-baumheide.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba Jana Hanım,

Baumheide'deki camimizin gençlik kolundan dört kişi olarak Werkstatttag'e
katılmak istiyoruz. Bizi 2 numaralı atölyeye, yani "Nachbarschaftsfeste und
Begegnungsformate planen" atölyesine yazabilir misiniz? Her yıl Ramazan'da
250 kişilik bir iftar yapıyoruz, bu sene komşuları da davet etmek istiyoruz.

Linie 2 ile Jahnplatz'a kadar gelip oradan yürüyeceğiz.

Selamlar,
Emre Yavuz
Gençlik Kolu Başkanı
Türkisch-Islamischer Kulturverein Baumheide e.V.
0176 5589 2210
""", charset="iso-8859-9", cte="8bit")


# -- 018 ---------------------------------------------------------------------
# Registration with a question (accessibility).  Werkstatt 1 + alias; "mit
# meiner Assistenz, also ... 2 Personen".  Bus 25, 9:40, 1,20 m are no
# choices; "2. oder 3. Stock" is a floor.

@mail("kreft-registration-with-accessibility-question", "2027-09-01 09:30:44",
      E("registration", "sabine.kreft@inklusion-migration.example", "Sabine Kreft",
        "Netzwerk Inklusion und Migration Bielefeld", ["W1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Sabine Kreft <sabine.kreft@inklusion-migration.example>"),
           ("To", IKW),
           ("Subject", "Anmeldung + Frage Barrierefreiheit"),
           ("Date", m.date),
           ("Message-ID", "<9d2f6b18-0e4a-4c71-b35d-8a1e7c0f2d93@inklusion-migration.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Liebe Frau Wessel-Kaya,

ich möchte mich für die Werkstatt 1 (Öffentlichkeitsarbeit) anmelden. Ich
nutze einen Rollstuhl und komme mit meiner Assistenz, also bitte für
2 Personen eintragen.

Dazu eine Frage: Ist der Aufzug groß genug für einen E-Rollstuhl (ca. 1,20 m
lang), falls die Werkstatt im 2. oder 3. Stock ist, und gibt es eine
barrierefreie Toilette? Ich komme mit dem Bus 25 und wäre gegen 9:40 Uhr an
der VHS.

Viele Grüße
Sabine Kreft
Netzwerk Inklusion und Migration Bielefeld
""", charset="utf-8", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Arabic in windows-1256 quoted-printable; "الورشة الرابعة" = the fourth
# workshop; "وسأحضر وحدي" = I come alone.  The Arabic text describes the
# association; the signature names it in German (that form is the label).
# 2017, 10 to 12, 2000 euro, 6 sewing machines are no choices.

@mail("mansour-arabic-windows-1256", "2027-09-02 16:45:18",
      E("registration", "laila.mansour@frauenzentrum-bi.example", "Laila Mansour",
        "Arabisches Frauenzentrum Bielefeld e.V.", ["W4"], 1, "ar"), "ar")
def _(m):
    m.head(("From", "Laila Mansour <laila.mansour@frauenzentrum-bi.example>"),
           ("To", IKW),
           ("Subject", ew("تسجيل في الورشة الرابعة", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<000b01dbfc0e$2a6f3d10$7f4db730$@frauenzentrum-bi.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

أعمل متطوعة في مركز النساء العربيات في بيليفيلد منذ سنة 2017.
أريد التسجيل في الورشة الرابعة عن تمويل المشاريع الصغيرة (Integrationsfonds)، وسأحضر وحدي.
عندنا مشروع لدروس الخياطة للنساء كل يوم خميس من الساعة 10 إلى 12، ونحتاج إلى حوالي 2000 يورو لشراء 6 ماكينات خياطة.

شكراً جزيلاً
Laila Mansour
Arabisches Frauenzentrum Bielefeld e.V.
""", charset="windows-1256", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Bounce from our own Postfix relay (multipart/report) of a confirmation to a mistyped address
# of a registrant outside this set; the returned confirmation names W2 and
# 2 persons.

BOUNCE_RCPT = "fatma.oeztuerk@web-mail.example"


@mail("postfix-bounce-unknown-user", "2027-09-03 08:02:17",
      E("bounce", bounced=BOUNCE_RCPT), "en")
def _(m):
    m.head(("From", "MAILER-DAEMON@mail.bielefeld.example (Mail Delivery System)"),
           ("To", IKW),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270903060217.8C3D41A2F7@mail.bielefeld.example>"),
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

<{BOUNCE_RCPT}>: host mx.web-mail.example[198.51.100.25] said: 550
    5.1.1 <{BOUNCE_RCPT}>: Recipient address rejected: User unknown
    (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.bielefeld.example"),
         ("X-Postfix-Queue-ID", "8C3D41A2F7"),
         ("X-Postfix-Sender", f"rfc822; {IKW}"),
         ("Arrival-Date", "Fri,  3 Sep 2027 08:02:14 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {BOUNCE_RCPT}"),
         ("Original-Recipient", f"rfc822;{BOUNCE_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx.web-mail.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{BOUNCE_RCPT}>: Recipient address\n"
                             "    rejected: User unknown")])
    original = confirmation_message(
        f"=?utf-8?q?Fatma_=C3=96zt=C3=BCrk?= <{BOUNCE_RCPT}>", "Frau Öztürk", "W2", 2,
        "Fri, 03 Sep 2027 08:02:11 +0200", "<mailbot.20270903080211.91ad@bielefeld.example>",
        "<6e1f0a3c-8b27-4d95-a4e2-c70d3b9f18a6@mail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 021 ---------------------------------------------------------------------
# HTML only (webmail markup), UTF-8; "zu dritt" = 3; "Werkstatt 2" plus
# aliases.  The long signature is all numbers: 19.9., 15 Uhr, 19:00-21:00,
# "Raum 3", VR 3872, Steuernummer, IBAN.

WIEBE_TEXT = """Hallo liebes Team der Interkulturellen Woche,

wir sind zu dritt und würden gern in die Werkstatt 2 (Feste/Begegnung) kommen. Unser Chor singt übrigens am 19.9. um 15 Uhr beim Eröffnungsfest auf dem Kesselbrink – vielleicht sieht man sich!

Herzliche Grüße
Olga Wiebe

--
Chor „Raduga“ Bielefeld e.V.
Vorsitzende: Olga Wiebe · Kassenwart: Peter Janzen
Proben: donnerstags 19:00–21:00 Uhr, Gemeindehaus Sieker, Raum 3
Amtsgericht Bielefeld VR 3872 · Steuernummer 305/5712/0123
IBAN DE27 4805 0161 0072 3390 14"""


@mail("wiebe-html-only-signature-numbers", "2027-09-03 20:12:50",
      E("registration", "olga.wiebe@mail.example", "Olga Wiebe",
        "Chor „Raduga“ Bielefeld e.V.", ["W2"], 3, "de"), "de")
def _(m):
    m.head(("From", "Olga Wiebe <olga.wiebe@mail.example>"),
           ("To", IKW),
           ("Subject", "Anmeldung Chor Raduga"),
           ("Date", m.date),
           ("Message-ID", "<trinity-8a3c1d5e-0b7f-4e62-9d14-a6f2c8e0b3d7-1788458770311@3c-app-mailcom-lxa07>"),
           ("MIME-Version", "1.0"))
    m.single(div_html(WIEBE_TEXT), subtype="html", charset="utf-8", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# English question: may one attend two workshops (1 and 3)?  Names two
# workshop numbers and the block times but registers no one.

@mail("whitfield-english-two-workshops-question", "2027-09-03 22:40:05",
      E("question", "hannah.whitfield@mail.example", "Hannah Whitfield", None, [], None, "en"), "en")
def _(m):
    m.head(("From", "Hannah Whitfield <hannah.whitfield@mail.example>"),
           ("To", IKW),
           ("Subject", "Question: two workshops?"),
           ("Date", m.date),
           ("Message-ID", "<CAB7tL2mQ9wZ4xR1nK6pY3vD8sF0gH5jU2cE7oA9iN4bV1qWr6Tz@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

is it possible to attend two workshops on the day, e.g. workshop 1 in the
first block (11:30) and workshop 3 in the second block (14:00)? Or do you
stay in the same workshop all day? I'll register once I know.

Thanks,
Hannah Whitfield
""", charset="us-ascii", cte="7bit")


# -- 023 ---------------------------------------------------------------------
# Polish, Outlook alternative in windows-1250 quoted-printable, name in an
# RFC 2047 word (windows-1250).  "warsztat 3" first, "warsztat 2" second;
# "ok. 11:30", "sala 114", "9:00" are no choices.  Registration with a
# question ("Czy to problem?").

WROBEL_TEXT = """Szanowni Państwo,

zgłaszam swój udział w Werkstatttag 25.09.2027. Pierwszy wybór: warsztat 3 („Gegen Stammtischparolen”), drugi wybór: warsztat 2.

Niestety dotrę dopiero ok. 11:30, bo od 9:00 prowadzę zajęcia w naszej sobotniej szkółce (sala 114). Czy to problem?

Z poważaniem
Agnieszka Wróbel
Polonia Bielefeld e.V."""


@mail("wrobel-polish-outlook-windows-1250", "2027-09-04 08:00:21",
      E("registration", "a.wrobel@polonia-bielefeld.example", "Agnieszka Wróbel",
        "Polonia Bielefeld e.V.", ["W3", "W2"], 1, "pl"), "pl", tz=0)
def _(m):
    m.head(("From", addr("Agnieszka Wróbel", "a.wrobel@polonia-bielefeld.example", "windows-1250", "q")),
           ("To", TO_IKW),
           ("Subject", ew("Zgłoszenie – warsztaty 25.09.", "windows-1250", "q")),
           ("Thread-Topic", ew("Zgłoszenie – warsztaty 25.09.", "windows-1250", "q")),
           ("Thread-Index", "AdwdE5r0Kp2Jx7QvS9mYbL4nHc1aGw=="),
           ("Date", m.date),
           ("Message-ID", "<VI1PR09MB4417A6C3E82D5F0B9C1E7A43D2F8@VI1PR09MB4417.eurprd09.prod.outlook.example>"),
           ("Accept-Language", "pl-PL, de-DE"),
           ("Content-Language", "pl-PL"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(WROBEL_TEXT, outlook_html(WROBEL_TEXT, charset="windows-1250"),
                  charset="windows-1250", cte="quoted-printable", style="outlook")


# -- 024 ---------------------------------------------------------------------
# Gmail forward: her registration on top, the Dachverband's forward below,
# which carries its own numbers (Mitgliederversammlung am 2.9. um 19 Uhr in
# Raum 1.08, 14 Mitgliedsvereine) and the whole invitation.  Werkstatt 1,
# "allein" = 1.

DACHVERBAND_NOTE = """Liebe Mitgliedsvereine,

anbei die Einladung des Kommunalen Integrationszentrums zum Werkstatttag.
Bitte meldet euch direkt dort an, nicht bei uns. Von unseren 14
Mitgliedsvereinen waren letztes Jahr nur 3 dabei, das geht besser!

Zur Erinnerung: Unsere Mitgliederversammlung ist am 2.9. um 19 Uhr im
Welthaus, Raum 1.08.

Herzliche Grüße
Murat Tekin
Verbund der Migrantenorganisationen OWL"""


@mail("kiknadze-gmail-forward-from-dachverband", "2027-09-06 14:22:37",
      E("registration", "tamar.kiknadze@mail.example", "Tamar Kiknadze",
        "Georgischer Kulturverein Bielefeld e.V.", ["W1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Tamar Kiknadze <tamar.kiknadze@mail.example>"),
           ("To", IKW),
           ("Subject", "Fwd: WG: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAE5vR1xT8nW3qK6mZ0bY4pL7sD2fJ9gH1cU5oA8iE3wN6rQt2Xk@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo Frau Wessel-Kaya,

die Einladung hat mir unser Dachverband weitergeleitet (siehe unten). Ich
möchte gern an der Werkstatt 1 teilnehmen, ich komme allein.

Viele Grüße
Tamar Kiknadze
Georgischer Kulturverein Bielefeld e.V.

---------- Forwarded message ---------
Von: Murat Tekin <info@vmo-owl.example>
Date: Di., 17. Aug. 2027 um 08:40 Uhr
Subject: WG: {INVITATION_SUBJECT}
To: <verteiler@vmo-owl.example>


{DACHVERBAND_NOTE}

-----Ursprüngliche Nachricht-----
Von: {IKW_NAME} <{IKW}>
Gesendet: Montag, 16. August 2027 09:15
Betreff: {INVITATION_SUBJECT}

{INVITATION}
""", charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Change, Outlook alternative (windows-1252), quoting the confirmation (W1,
# Raum 2.14, 2 persons) under a Von:/Gesendet: block.  New: Werkstatt 3.
# The area code 05205 in the signature is no choice.

KEMPER_TEXT = """Hallo Frau Wessel-Kaya,

wir haben uns im Vorstand nochmal beraten: Könnten Sie Frau Lenz und mich bitte von der Werkstatt 1 in die Werkstatt 3 umbuchen? Öffentlichkeitsarbeit machen bei uns inzwischen die Jüngeren.

Danke und viele Grüße
Bernd Kemper
Arbeitskreis Asyl Sennestadt
Tel. 05205 87 33 21"""


@mail("kemper-change-w1-to-w3-outlook", "2027-09-06 15:10:22",
      E("change", "bernd.kemper@ak-asyl-sennestadt.example", "Bernd Kemper",
        "Arbeitskreis Asyl Sennestadt", ["W3"], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Kemper, Bernd" <bernd.kemper@ak-asyl-sennestadt.example>'),
           ("To", TO_IKW),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHcFd0kY3bPq9Wm7ESz1l4A8nKx2w=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR05MB7702E1D94B3C6A0F8E2D5C17B9A4@AS8PR05MB7702.eurprd05.prod.outlook.example>"),
           ("References", "<mailbot.20270824160211.4a7e@bielefeld.example>"),
           ("In-Reply-To", "<mailbot.20270824160211.4a7e@bielefeld.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"{IKW_NAME} <{IKW}>", "Dienstag, 24. August 2027 16:02",
             "Kemper, Bernd <bernd.kemper@ak-asyl-sennestadt.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Kemper", "W1", 2))
    m.alternative(outlook_plain(KEMPER_TEXT, quote), outlook_html(KEMPER_TEXT, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 026 ---------------------------------------------------------------------
# Italian, UTF-8 8bit.  "laboratorio 2" + alias; "Saremo in tre" = 3 (three
# named people).  1965, 500 people, "Detmolder Straße 55" are no choices.

@mail("lombardi-italian-saremo-in-tre", "2027-09-07 19:40:02",
      E("registration", "f.lombardi@circolo-italiano-bi.example", "Francesca Lombardi",
        "Circolo Italiano Bielefeld e.V.", ["W2"], 3, "it"), "it")
def _(m):
    m.head(("From", "Francesca Lombardi <f.lombardi@circolo-italiano-bi.example>"),
           ("To", IKW),
           ("Subject", "Iscrizione Circolo Italiano - Werkstatttag"),
           ("Date", m.date),
           ("Message-ID", "<b4d7e2a1-6c90-43f8-8e15-2a9f0c7d3b61@circolo-italiano-bi.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "it-IT"),
           ("MIME-Version", "1.0"))
    m.single("""Gentili organizzatori,

con la presente iscrivo il nostro circolo al Werkstatttag del 25 settembre.
Saremo in tre: io, il nostro presidente Salvatore Greco e la segretaria
Maria Conti. Vorremmo partecipare al laboratorio 2 sulle feste di
quartiere (Nachbarschaftsfeste).

Il circolo è stato fondato nel 1965 dai primi lavoratori italiani arrivati
a Bielefeld e organizza ogni anno a giugno la festa di San Giovanni con più
di 500 persone.

Distinti saluti
Francesca Lombardi
Circolo Italiano Bielefeld e.V.
Detmolder Straße 55, 33604 Bielefeld
""", charset="utf-8", cte="8bit")


# -- 027 ---------------------------------------------------------------------
# Registration, Werkstatt 4; he can only come at 11:30 because of his shift
# until 11 Uhr.  "Linie 3", "ersten Werkstattteil" are no choices.

@mail("erdem-arrives-late-werkstatt-4", "2027-09-08 07:55:39",
      E("registration", "mustafa.erdem@ibz-heepen.example", "Mustafa Erdem",
        "Interkulturelles Begegnungszentrum Heepen e.V.", ["W4"], 1, "de"), "de")
def _(m):
    m.head(("From", "Mustafa Erdem <mustafa.erdem@ibz-heepen.example>"),
           ("To", IKW),
           ("Subject", "Anmeldung Werkstatttag (komme etwas später)"),
           ("Date", m.date),
           ("Message-ID", "<20270908075539.GA18832@ibz-heepen.example>"),
           ("User-Agent", "Mutt/2.2.13 (2024-03-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Morgen,

hiermit melde ich mich zum Werkstatttag an, Werkstatt 4 bitte.

Ich habe am 25.9. bis 11 Uhr noch Dienst in unserem Begegnungscafé und
kann daher frühestens um 11:30 Uhr da sein (ich nehme die Linie 3 ab
Stieghorst). Ich hoffe, das ist für den ersten Werkstattteil noch okay.

Beste Grüße
Mustafa Erdem
Interkulturelles Begegnungszentrum Heepen e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Change of party size only (2 -> 3), Turkish, Thunderbird, quoting the
# confirmation (W2, 2 persons) with a Turkish attribution line.  "Atölye
# aynı kalsın" = the workshop stays: no new choice, so workgroups [].

@mail("aydogan-turkish-party-size-change", "2027-09-09 09:30:14",
      E("change", "serkan.aydogan@mail.example", "Serkan Aydoğan", None, [], 3, "tr"), "tr")
def _(m):
    m.head(("From", addr("Serkan Aydoğan", "serkan.aydogan@mail.example", "utf-8", "b")),
           ("To", TO_IKW),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<c5a20e7f-1b48-4d93-9f6c-0d3e8a2b7c14@mail.example>"),
           ("In-Reply-To", "<mailbot.20270827140215.b3c9@bielefeld.example>"),
           ("References", "<mailbot.20270827140215.b3c9@bielefeld.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

kızım Elif de bizimle gelmek istiyor. Lütfen kaydımızı 3 kişi olarak
güncelleyebilir misiniz? Atölye aynı kalsın.

Teşekkürler,
Serkan Aydoğan

27.08.2027 14:02 tarihinde Werkstatttag Interkulturelle Woche yazdı:
{gt_quote(confirmation("Herr Aydoğan", "W2", 2))}
""", charset="utf-8", cte="8bit")


# -- 029 ---------------------------------------------------------------------
# English from the radio team's shared mailbox with a personal Reply-To
# (Reply-To wins).  "Workshop 1"; "my colleague Aylin and I" = 2.
# 97.6 FM, Thursday 19:00-20:00, 4 languages, 2022 are no choices.

@mail("nair-english-reply-to-radio-frequency", "2027-09-09 12:05:48",
      E("registration", "priya.nair@mail.example", "Priya Nair",
        "Bielefeld Global Bürgerfunk e.V.", ["W1"], 2, "en"), "en")
def _(m):
    m.head(("From", "Bielefeld Global Redaktion <redaktion@bielefeld-global.example>"),
           ("Reply-To", "Priya Nair <priya.nair@mail.example>"),
           ("To", IKW),
           ("Subject", "Registration Workshop 1 - Bielefeld Global"),
           ("Date", m.date),
           ("Message-ID", "<4a9c2e71-d03f-4b86-a7e5-1f8b6d0c39e2@bielefeld-global.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

my colleague Aylin and I would like to register for Workshop 1
(multilingual public relations) at the Werkstatttag on 25 September.

We have been making a weekly community radio show since 2022, "Bielefeld
Global", on 97.6 FM every Thursday 19:00-20:00, in 4 languages. We'd love
to learn how to reach more listeners online as well.

Please send any replies to my own address (priya.nair@mail.example), the
team inbox is only checked once a week.

Kind regards,
Priya Nair
Bielefeld Global Bürgerfunk e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# Polish question (interpreting), Gmail alternative, UTF-8 base64.  "chętnie
# się zapiszę na warsztat 3" is conditional: a question.  B1, 2024 are no
# choices.

ZIELINSKA_TEXT = """Dzień dobry,

czy warsztaty będą prowadzone tylko po niemiecku? Mam certyfikat B1 (zdałam egzamin w 2024 roku), ale przy szybkiej dyskusji w grupie często się gubię.

Jeśli będzie ktoś, kto pomoże z tłumaczeniem, chętnie się zapiszę na warsztat 3.

Pozdrawiam
Katarzyna Zielińska"""


@mail("zielinska-polish-interpreting-question", "2027-09-10 18:30:57",
      E("question", "k.zielinska@mail.example", "Katarzyna Zielińska", None, [], None, "pl"), "pl")
def _(m):
    m.head(("From", addr("Katarzyna Zielińska", "k.zielinska@mail.example", "utf-8", "q")),
           ("To", IKW),
           ("Subject", ew("Pytanie – tłumaczenie na warsztatach", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAD3wK8rY1nT6qL9mX2bZ5pV0sF4gJ7cH3uE8oA1iR6tN9xWq4Ey@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ZIELINSKA_TEXT, gmail_html(ZIELINSKA_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 031 ---------------------------------------------------------------------
# Colloquial OWL German from a sports club; "mit 5 Leuten" = 5; the club's
# name carries its founding year; 412 members, 180 children, 23 nations,
# "1. Herren", 15 Uhr, "2 von uns" are no counts or choices.  The office
# ("2. Vorsitzender") is on its own line.

@mail("hoppe-sportverein-numbers-everywhere", "2027-09-10 21:30:03",
      E("registration", "dirk.hoppe@sv-baumheide.example", "Dirk Hoppe",
        "SV Baumheide 1958 e.V.", ["W2"], 5, "de"), "de")
def _(m):
    m.head(("From", "Dirk Hoppe <dirk.hoppe@sv-baumheide.example>"),
           ("To", IKW),
           ("Subject", "Werkstatttag - SV Baumheide kommt mit 5 Leuten"),
           ("Date", m.date),
           ("Message-ID", "<1789155003.55127.dirk@sv-baumheide.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Moin moin,

wir vom SV Baumheide kommen mit 5 Leuten zum Werkstatttag. Wir würden gern
in die Werkstatt mit den Nachbarschaftsfesten, weil wir nächstes Jahr unser
70-jähriges feiern (gegr. 1958) und da soll das ganze Viertel mitmachen.
Der Verein hat 412 Mitglieder, davon 180 Kinder und Jugendliche aus 23
Nationen.

Wir sind alle aus'm Vorstand. Unsere 1. Herren spielt an dem Samstag um
15 Uhr, da müssten 2 von uns etwas früher los. Hoffe das geht.

Gruß
Dirk Hoppe
2. Vorsitzender
SV Baumheide 1958 e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Turkish, Samsung phone, first choice "1 numaralı atölye", second "3
# numaralı atölye"; "Yalnız geleceğim" = alone.  2001, Herforder Straße 210,
# 700 members are no choices.

@mail("arslan-turkish-first-second-choice", "2027-09-11 11:11:29",
      E("registration", "deniz.arslan@mail.example", "Deniz Arslan",
        "Bielefeld Alevi Kültür Merkezi e.V.", ["W1", "W3"], 1, "tr"), "tr")
def _(m):
    m.head(("From", "Deniz Arslan <deniz.arslan@mail.example>"),
           ("To", IKW),
           ("Subject", "Werkstatttag kaydı"),
           ("Date", m.date),
           ("Message-ID", "<k2r8w1.1789204289.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

Werkstatttag için kaydımı yapmak istiyorum. Birinci tercihim 1 numaralı atölye (çok dilli halkla ilişkiler), ikinci tercihim 3 numaralı atölye. Yalnız geleceğim.

Cemevimiz 2001'den beri Herforder Straße 210'da; yaklaşık 700 üyemiz var ve web sitemizi ve Instagram hesabımızı ben yönetiyorum.

Sevgiler,
Deniz Arslan
Bielefeld Alevi Kültür Merkezi e.V.

Samsung Galaxy akıllı telefonumdan gönderildi.
""", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Change, English Gmail alternative quoting the confirmation (W4, Raum 3.02,
# 1 person).  New: Workshop 2.  "room 3.02" names the old workshop;
# €1,800 and "3 events" are no choices.

ADEYEMI_TEXT = """Hi,

Quick change please: could you move me from Workshop 4 (room 3.02) to Workshop 2? Our funding application was approved last week (€1,800 for 3 events), so now we need help with planning the events rather than with money.

Thanks!
Grace Adeyemi
African Women's Network OWL"""

ADEYEMI_ATTR = (f"On Thu, 2 Sept 2027 at 11:48, {IKW_NAME} <{IKW}> wrote:")


@mail("adeyemi-english-change-w4-to-w2", "2027-09-12 10:20:36",
      E("change", "grace.adeyemi@mail.example", "Grace Adeyemi",
        "African Women's Network OWL", ["W2"], None, "en"), "en")
def _(m):
    m.head(("From", "Grace Adeyemi <grace.adeyemi@mail.example>"),
           ("To", TO_IKW),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAK1qT6wR3nY8xL0mB5vZ2pD7sH9fJ4gE1cU6oA3iW8tN5rXq0Kv@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270902114802.0d5e@bielefeld.example>"),
           ("References", "<mailbot.20270902114802.0d5e@bielefeld.example>"),
           ("MIME-Version", "1.0"))
    conf = confirmation("Frau Adeyemi", "W4", 1)
    plain = f"{ADEYEMI_TEXT}\n\n{ADEYEMI_ATTR}\n\n{gt_quote(conf)}\n"
    m.alternative(plain, gmail_html(ADEYEMI_TEXT, quote=(ADEYEMI_ATTR, conf)),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 034 ---------------------------------------------------------------------
# Outlook alternative (windows-1252): two persons, no workshop chosen yet
# ("stimmen wir ... am 20.09. ab"); workgroups [].  Dates, phone and fax
# extensions (-3, -9) are no choices.

SUDBRACK_TEXT = """Sehr geehrte Frau Wessel-Kaya,

wir möchten uns zu zweit zum Werkstatttag anmelden: Herr Dr. Jürgen Pohlmann und ich. Für welche Werkstatt wir uns entscheiden, stimmen wir noch in unserer Vorstandssitzung am 20.09. ab – wir melden uns dann bis zum 21.09. Falls das zu spät ist, nehmen Sie uns bitte trotzdem schon auf die Liste.

Mit freundlichen Grüßen
Heike Sudbrack
Geschäftsführerin
Deutsch-Griechische Gesellschaft Bielefeld e.V.
Tel. 0521 77 20 19-3
Fax 0521 77 20 19-9"""


@mail("sudbrack-outlook-no-workshop-yet", "2027-09-13 07:05:58",
      E("registration", "h.sudbrack@dgg-bielefeld.example", "Heike Sudbrack",
        "Deutsch-Griechische Gesellschaft Bielefeld e.V.", [], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Sudbrack, Heike" <h.sudbrack@dgg-bielefeld.example>'),
           ("To", TO_IKW),
           ("Subject", "Anmeldung DGG Bielefeld (2 Personen)"),
           ("Thread-Topic", "Anmeldung DGG Bielefeld (2 Personen)"),
           ("Thread-Index", "AdwkF7c2Qm9Ls0Xe4Pq1RbN8vYt3Zw=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1536B9E0C4D7A2F8E6B1D05C3A94@FR3P281MB1536.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(SUDBRACK_TEXT, outlook_html(SUDBRACK_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 035 ---------------------------------------------------------------------
# Change with a fallback, Polish Thunderbird (UTF-8) quoting the confirmation
# (W4, 1 person): "do warsztatu 1, a jeśli tam nie ma już miejsc, zostaję w
# czwórce" -> ["W1", "W4"].

@mail("wisniewski-polish-change-with-fallback", "2027-09-14 08:40:11",
      E("change", "pawel.wisniewski@mail.example", "Paweł Wiśniewski", None,
        ["W1", "W4"], None, "pl"), "pl")
def _(m):
    m.head(("From", addr("Paweł Wiśniewski", "pawel.wisniewski@mail.example", "utf-8", "q")),
           ("To", TO_IKW),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0f7d3b92-6a1e-4c58-b8e0-2d9c5a4f1e37@mail.example>"),
           ("In-Reply-To", "<mailbot.20270830101411.6b2f@bielefeld.example>"),
           ("References", "<mailbot.20270830101411.6b2f@bielefeld.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single(f"""Dzień dobry,

czy mogę się jeszcze przepisać do warsztatu 1 (Öffentlichkeitsarbeit)?
Od października prowadzę profil naszej parafii na Facebooku. Jeśli tam
nie ma już miejsc, zostaję w czwórce.

Dziękuję i pozdrawiam
Paweł Wiśniewski

W dniu 30.08.2027 o 10:14, Werkstatttag Interkulturelle Woche pisze:
{gt_quote(confirmation("Herr Wiśniewski", "W4", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Arabic, Gmail alternative (rtl), UTF-8 base64.  "الورشة رقم 3" first,
# "الورشة رقم 1" second; "أنا وزميلي عمر" = me and my colleague -> 2.
# 90 students and the university room X-E1-108 are no choices.  The body
# describes the association in Arabic; the signature names it in German.

KHALIL_TEXT = """مرحبا،

نود أنا وزميلي عمر التسجيل في يوم الورش يوم 25 سبتمبر. اختيارنا الأول هو الورشة رقم 3 (الرد على العبارات العنصرية)، والثاني الورشة رقم 1.

نحن من جمعية الطلاب العرب في جامعة بيليفيلد، عددنا حوالي 90 طالبًا وطالبة، ومكتبنا في المبنى X، الغرفة X-E1-108.

تحياتي
Yousef Khalil
Arabischer Studierendenverein Bielefeld"""


@mail("khalil-arabic-gmail-rtl-first-second", "2027-09-14 22:05:27",
      E("registration", "yousef.khalil@mail.example", "Yousef Khalil",
        "Arabischer Studierendenverein Bielefeld", ["W3", "W1"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Yousef Khalil <yousef.khalil@mail.example>"),
           ("To", IKW),
           ("Subject", "تسجيل Werkstatttag"),
           ("Date", m.date),
           ("Message-ID", "<CAG8nW2tX5qR0mK3pY6bZ9vL1sD4fJ7gH2cU8oA5iE0wN3rTq6Pm@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KHALIL_TEXT, gmail_html(KHALIL_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 037 ---------------------------------------------------------------------
# Cancellation, Outlook HTML only (windows-1252), quoting the confirmation
# (W4, Raum 3.02, 1 person).  Her "Platz in Raum 3.02" and the conference
# dates 24.-26.09. are no choices.

BROCKMANN_TEXT = """Sehr geehrte Damen und Herren,

leider muss ich meine Anmeldung für den Werkstatttag am 25.09. zurückziehen – ich wurde kurzfristig als Vertretung zur Bundeskonferenz der Integrationsagenturen (24.–26.09. in Berlin) geschickt. Bitte geben Sie meinen Platz in Raum 3.02 an jemand anderen weiter.

Mit freundlichen Grüßen

Dr. Stefanie Brockmann
AWO Integrationsagentur Bielefeld
Tel. 0521 92 16-231"""


@mail("brockmann-cancel-outlook-html", "2027-09-15 06:45:10",
      E("cancellation", "s.brockmann@awo-bielefeld.example", "Stefanie Brockmann",
        "AWO Integrationsagentur Bielefeld", [], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Brockmann, Stefanie" <s.brockmann@awo-bielefeld.example>'),
           ("To", TO_IKW),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHb8Mf3Jk1Vx0Qn2Lp9WcR4tY6aBg=="),
           ("Date", m.date),
           ("Message-ID", "<BE1P281MB2284C7A05E9D3B1F2A8C64E0D7B5@BE1P281MB2284.DEUP281.PROD.OUTLOOK.example>"),
           ("References", "<mailbot.20270818102208.c41d@bielefeld.example>"),
           ("In-Reply-To", "<mailbot.20270818102208.c41d@bielefeld.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"{IKW_NAME} <{IKW}>", "Mittwoch, 18. August 2027 10:22",
             "Brockmann, Stefanie <s.brockmann@awo-bielefeld.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Dr. Brockmann", "W4", 1))
    m.single(outlook_html(BROCKMANN_TEXT, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Change of mind inside the mail: first "Werkstatt 2", then "Also doch
# lieber Werkstatt 4, bitte nicht die 2" -> ["W4"].  "zu zweit" = 2.
# Display name as RFC 2047 (UTF-8, Q).

@mail("hadzic-change-of-mind-2-then-4", "2027-09-15 17:20:44",
      E("registration", "nermin.hadzic@mail.example", "Nermin Hadžić",
        "Bosnisch-Herzegowinischer Kulturverein Bielefeld e.V.", ["W4"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Nermin Hadžić", "nermin.hadzic@mail.example", "utf-8", "q")),
           ("To", IKW),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<7e3a1c90-b52d-4f68-9e0a-4c1d8f2b6a75@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich melde mich für den Werkstatttag an und nehme Werkstatt 2. Hm, wenn ich
es mir recht überlege: Unser Fest im Juni mit über 300 Gästen lief
eigentlich gut, was uns fehlt, ist das Geld. Also doch lieber Werkstatt 4,
bitte nicht die 2.

Ich komme zu zweit mit meinem Mann.

Viele Grüße
Nermin Hadžić
Bosnisch-Herzegowinischer Kulturverein Bielefeld e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Other: the venue's room booking confirmation (a person at the VHS, Outlook
# alternative).  It names the event, all four rooms, times, seat counts,
# a cost centre and a booking number - and registers no one.

VHS_TEXT = """Sehr geehrte Frau Wessel-Kaya,

hiermit bestätige ich Ihre Raumbuchung Nr. 2027-0917 für den Werkstatttag Interkulturelle Woche am Samstag, 25.09.2027:

Saal (EG, 120 Plätze): 09:30–16:30 Uhr, Reihenbestuhlung, 1 Beamer, 2 Mikrofone
Raum 1.08 (30 Plätze): 11:00–15:45 Uhr, Stuhlkreis, 2 Flipcharts
Raum 2.14 (24 Plätze): 11:00–15:45 Uhr, Gruppentische, 1 Beamer
Raum 2.21 (20 Plätze): 11:00–15:45 Uhr, Stuhlkreis, 1 Flipchart, Moderationskoffer
Raum 3.02 (24 Plätze): 11:00–15:45 Uhr, Gruppentische, 1 Beamer
Foyer EG: 12:45–14:15 Uhr, Imbiss (Caterer durch Sie beauftragt)

Schlüsselübergabe: Freitag, 24.09.2027, 15:00 Uhr beim Hausdienst (Herr Kötter, Tel. 0521 51-3450). Das Gebäude ist samstags ab 8:00 Uhr geöffnet, die Alarmanlage wird um 17:00 Uhr scharf geschaltet.

Die interne Verrechnung erfolgt über die Kostenstelle 4410-2027-09.

Mit freundlichen Grüßen
Im Auftrag
Sandra Koslowski
Raumvergabe / Veranstaltungsmanagement
Volkshochschule Bielefeld
Ravensberger Park 1 · 33607 Bielefeld"""


@mail("vhs-room-booking-confirmation-other", "2027-09-16 09:00:32",
      E("other"), "de", tz=0)
def _(m):
    m.head(("From", '"Koslowski, Sandra" <raumvergabe@vhs-bielefeld.example>'),
           ("To", f'"Wessel-Kaya, Jana" <{IKW}>'),
           ("Subject", "Raumbuchung 2027-0917 bestätigt: Werkstatttag IKW, Sa 25.09.2027"),
           ("Thread-Topic", "Raumbuchung 2027-0917 bestätigt: Werkstatttag IKW, Sa 25.09.2027"),
           ("Thread-Index", "AdwoN4e1Tq8Bz3Lm6Xv0Pk2Ry9Wc5A=="),
           ("Date", m.date),
           ("Message-ID", "<8b4f0c2e71a94d35@EXCH03.vhs-bielefeld.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(VHS_TEXT, outlook_html(VHS_TEXT, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 040 ---------------------------------------------------------------------
# Change, Italian webmail plain text quoting the confirmation (W2, 2 persons)
# with an Italian Gmail attribution: husband drops out ("sarò da sola" -> 1)
# and she moves to "laboratorio 3".  "dalle 6 alle 14" is a shift.

@mail("ferri-italian-change-w3-and-alone", "2027-09-16 13:15:07",
      E("change", "rosa.ferri@mail.example", "Rosa Ferri", None, ["W3"], 1, "it"), "it")
def _(m):
    m.head(("From", "Rosa Ferri <rosa.ferri@mail.example>"),
           ("To", TO_IKW),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAL5xW0tR7nY2qK9mB4vZ1pD6sH3fJ8gE5cU0oA7iT2wN9rXq4Lb@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270903112004.e2a8@bielefeld.example>"),
           ("References", "<mailbot.20270903112004.e2a8@bielefeld.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Buongiorno,

purtroppo mio marito Luca non potrà venire il 25, ha un turno in fabbrica
dalle 6 alle 14. Quindi sarò da sola. E già che ci sono: preferirei passare
dal laboratorio 2 al laboratorio 3 (Stammtischparolen), se c'è ancora posto.

Grazie e buona giornata
Rosa Ferri

Il giorno ven 3 set 2027 alle ore 11:20 {IKW_NAME} <{IKW}> ha scritto:

{gt_quote(confirmation("Frau Ferri", "W2", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# Cancellation in Arabic, Gmail plain base64, quoting the confirmation (W1,
# 2 persons) under Gmail's Arabic attribution line.  "(شخصان)" = two persons.

@mail("saleh-arabic-cancel-gmail-quote", "2027-09-17 19:30:55",
      E("cancellation", "mahmoud.saleh@mail.example", "Mahmoud Saleh", None, [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Mahmoud Saleh <mahmoud.saleh@mail.example>"),
           ("To", TO_IKW),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAN0yX3tR6nW9qK2mB7vZ4pD1sH8fJ5gE0cU3oA6iT9wN2rXq7Mc@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270827151002.7f40@bielefeld.example>"),
           ("References", "<mailbot.20270827151002.7f40@bielefeld.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""السلام عليكم،

للأسف لن نستطيع الحضور يوم السبت 25 سبتمبر، لأن عندنا في نفس اليوم حفل زفاف في العائلة في هانوفر. أرجو إلغاء تسجيلنا (شخصان).

مع الاعتذار والشكر،
Mahmoud Saleh

في الجمعة، 27 أغسطس 2027 في 3:10 م تمت كتابة ما يلي بواسطة {IKW_NAME} <{IKW}>:

{gt_quote(confirmation("Herr Saleh", "W1", 2))}
""", charset="utf-8", cte="base64")


# -- 042 ---------------------------------------------------------------------
# Out-of-office in Turkish and German, recognisable only from its text (no
# Auto-Submitted, an ordinary "Re:" subject), answering the reminder.

@mail("kilic-bilingual-out-of-office-text-only", "2027-09-18 10:00:41",
      E("auto_reply"), "tr")
def _(m):
    m.head(("From", addr("Yasemin Kılıç", "y.kilic@anadolu-kadin.example", "utf-8", "b")),
           ("To", TO_IKW),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<20270918100041.3e9b@anadolu-kadin.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,
e-postanız için teşekkürler. 13.09.-27.09.2027 tarihleri arasında izindeyim
ve e-postalarımı okuyamıyorum. Acil durumlarda derneğimizin bürosunu
arayabilirsiniz: 0521 40 21 88 (Salı ve Perşembe 15:00-18:00).

Hallo,
vielen Dank für Ihre E-Mail. Vom 13.09. bis 27.09.2027 bin ich im Urlaub
und lese keine E-Mails. In dringenden Fällen erreichen Sie unser
Vereinsbüro unter 0521 40 21 88 (Di und Do 15-18 Uhr).

Yasemin Kılıç
Anadolu Kadın Derneği Bielefeld
""", charset="utf-8", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# Late registration after the 17 Sept deadline, asking to be taken if a
# place in Werkstatt 3 is free ("nur ich" = 1): a registration.  "17.9.",
# "9b" are no choices; her employer (the school) is not the organisation.

@mail("ostermann-late-registration-after-deadline", "2027-09-20 08:12:19",
      E("registration", "katrin.ostermann@mail.example", "Katrin Ostermann",
        "Bunt statt Braun Bielefeld", ["W3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Katrin Ostermann <katrin.ostermann@mail.example>"),
           ("To", IKW),
           ("Subject", "Nachmeldung Werkstatt 3?"),
           ("Date", m.date),
           ("Message-ID", "<1789884739.204418.5520@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich weiß, die Anmeldefrist war am Freitag (17.9.), aber vielleicht ist in
der Werkstatt 3 ja noch ein Platz frei? Dann würde ich sehr gern kommen –
nur ich.

Ich bin Lehrerin an der Gesamtschule Rosenhöhe und engagiere mich
ehrenamtlich bei „Bunt statt Braun Bielefeld“. Bei uns in der 9b gab es
gerade wieder so eine Situation, und ich merke, dass mir die Worte fehlen.

Viele Grüße
Katrin Ostermann
""", charset="utf-8", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Cancellation in English from an iPhone, quoting the confirmation (W3,
# 1 person).  "6am to 2pm" and "workshop 3" (her old place) are no choices.

@mail("fernandes-english-cancel-iphone", "2027-09-21 06:10:33",
      E("cancellation", "marta.fernandes@mail.example", "Marta Fernandes", None, [], None, "en"), "en")
def _(m):
    m.head(("From", "Marta Fernandes <marta.fernandes@mail.example>"),
           ("To", TO_IKW),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<B2E7D04A-91C3-4F6E-8A25-D3F0C1B9E746@mail.example>"),
           ("In-Reply-To", "<mailbot.20270902184107.a9c3@bielefeld.example>"),
           ("References", "<mailbot.20270902184107.a9c3@bielefeld.example>"),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sorry, I have to cancel for Saturday - my shift got changed and I now work 6am to 2pm. Please give my place in workshop 3 to someone else.

Marta Fernandes

Sent from my iPhone

> On 2 Sep 2027, at 18:41, {IKW_NAME} <{IKW}> wrote:
>
{gt_quote(confirmation("Frau Fernandes", "W3", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 045 ---------------------------------------------------------------------
# Cancellation of a whole group (4 persons), Gmail German attribution
# quoting the confirmation (W2, 4 persons).  House number 31, "1. OG", "am
# 25." are no choices.

@mail("dursun-cancel-whole-group-water-damage", "2027-09-23 19:05:16",
      E("cancellation", "ibrahim.dursun@mail.example", "Ibrahim Dursun",
        "Islamische Gemeinde Sieker e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Ibrahim Dursun <ibrahim.dursun@mail.example>"),
           ("To", TO_IKW),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAP6zX4tR1nW8qK5mB0vZ7pD2sH9fJ6gE3cU1oA4iT7wN0rXq5Nd@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270901091202.3b7d@bielefeld.example>"),
           ("References", "<mailbot.20270901091202.3b7d@bielefeld.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Wessel-Kaya,

leider müssen wir für Samstag komplett absagen, alle 4 Personen. In unserer
Moschee in der Carl-Severing-Straße 31 hatten wir am Wochenende einen
Wasserschaden im 1. OG, und am 25. müssen alle Helfer beim Aufräumen mit
anpacken.

Nächstes Jahr gern wieder!
Viele Grüße
Ibrahim Dursun
Islamische Gemeinde Sieker e.V.

Am Mi., 1. Sept. 2027 um 09:12 Uhr schrieb {IKW_NAME} <{IKW}>:

{gt_quote(confirmation("Herr Dursun", "W2", 4))}
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
        if last and m.when < last:
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


EXAMPLE_DOMAIN = re.compile(r"(^|\.)example$", re.I)
URL_OK = ("schemas.microsoft.com", "www.w3.org")
PERSON_KINDS = ("registration", "change", "cancellation", "question")


def nfc(s):
    return unicodedata.normalize("NFC", s)


def check(name, data, m, expected, text_lang):
    """Problems found in one written mail (empty list when fine)."""
    problems = []
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
        for k, v in p.items():
            for d in getattr(v, "defects", ()):
                problems.append(f"header {k}: defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 8, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 11, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Aug-Oct 2027")

    # each leaf decodes to exactly the text written above
    got = [p.get_content() for p in leaves(msg)]
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (g, w) in enumerate(zip(got, want)):
        if g.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")

    # only example domains, in decoded headers and bodies (nested messages too)
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
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in URL_OK:
            problems.append(f"non-example URL host {dom}")

    # labels well formed
    e = expected
    if tuple(e) != FIELDS:
        problems.append("expected record has wrong keys or key order")
        return problems
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WG_IDS for w in wg) or len(set(wg)) != len(wg):
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
    if kind == "bounce":
        br = e["bounced_recipient"]
        if not br or br != br.lower():
            problems.append("bounce needs a lower-case bounced_recipient")
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(br and br in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")

    decoded = nfc(html.unescape(text))
    if kind in PERSON_KINDS:
        em = e["email"]
        if not em or em != em.lower():
            problems.append("person mail needs a lower-case email")
        else:
            hdr_addrs = [a.lower() for _, a in getaddresses(
                [str(msg.get("From", "")), str(msg.get("Reply-To", ""))])]
            body_text = "\n".join(got).lower()
            if em not in hdr_addrs and em not in body_text:
                problems.append(f"email {em} neither in From/Reply-To nor in the text")
            if msg.get("Reply-To") and em not in [a.lower() for _, a in getaddresses([str(msg["Reply-To"])])] \
                    and em not in body_text:
                problems.append("Reply-To present but email is not it")
        for key in ("name", "organisation"):
            v = e[key]
            if key == "name" and not v:
                problems.append("person mail needs a name")
            if v and nfc(v) not in decoded:
                problems.append(f"{key} {v!r} not written in the mail")
        if e["language"] not in LANGS:
            problems.append(f"bad language {e['language']}")
        if e["language"] != text_lang:
            problems.append("language label and text language disagree")
        if kind in ("change", "cancellation") and "Angemeldete Personen:" not in decoded:
            problems.append("change/cancellation does not quote the confirmation")
    else:
        for key in ("email", "name", "organisation", "language"):
            if e[key] is not None:
                problems.append(f"{key} must be null for {kind}")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built}, key=lambda x: (x != "de", x))
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x text language:")
    print("  " + " " * 13 + "".join(f"{x:>5}" for x in [*langs, "all"]))
    for k in KINDS:
        row = [table[(k, lg)] for lg in langs]
        print(f"  {k:13}" + "".join(f"{v or '-':>5}" for v in row) + f"{sum(row):>5}")
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
        on_disk = sorted(p.name for p in mails_dir.glob("*.eml")) if mails_dir.exists() else []
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
        # re-read what was written
        datas = [(mails_dir / name).read_bytes() for name, *_ in built]
        if json.loads((HERE / "expected.json").read_text(encoding="utf-8")) != expected:
            print("expected.json does not read back")
            bad += 1

    for (name, m, e, t), data in zip(built, datas):
        for problem in check(name, data, m, e, t):
            print(f"{name}: {problem}")
            bad += 1

    # every mail from a different person: no sender (From address) twice,
    # no attendee address or name twice
    senders = collections.Counter()
    for (name, *_), data in zip(built, datas):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        senders[getaddresses([str(msg["From"])])[0][1].lower()] += 1
    for s, k in senders.items():
        if k > 1:
            print(f"sender {s} appears {k} times")
            bad += 1
    for key in ("email", "name"):
        vals = collections.Counter(e[key] for _, _, e, _ in built if e[key])
        for v, k in vals.items():
            if k > 1:
                print(f"{key} {v!r} appears in {k} records")
                bad += 1
    if not 40 <= len(built) <= 45:
        print(f"{len(built)} mails; the brief asks for 40-45")
        bad += 1

    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
