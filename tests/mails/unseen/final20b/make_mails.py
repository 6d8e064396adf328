#!/usr/bin/env python3
"""Build the "final20b" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Ehrenamtsbörse Hamm 2027, a volunteering fair on Saturday 25 September 2027
in the Kurhaus Bad Hamm, with four themed rooms ("Themenräume") TR1..TR4.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files, and
then reads every file back with email.policy.default to check that it parses
without defects, that each body part decodes to exactly the text written here
(attachments: the same bytes) and that the labels are well formed.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind, language, MIME shape

Output is deterministic (fixed dates, Message-IDs and MIME boundaries), so a
re-run gives byte-identical files.  Paths are relative to this script's folder.
Standard library only (Python 3.11).
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
from email.utils import format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded are written out as given.
POLICY = email.policy.default.clone(refold_source="none")

BOX = "ehrenamtsboerse@hamm.example"
TO_BOX = f"Ehrenamtsbörse Hamm <{BOX}>"
TO_BOX_ASCII = f"=?utf-8?q?Ehrenamtsb=C3=B6rse?= Hamm <{BOX}>"
INVITATION_ID = "<einladung-ehrenamtsboerse-2027.20270816090214@hamm.example>"
INFOBRIEF_ID = "<infobrief-aussteller-2027.20270828100003@hamm.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
ROOM_IDS = ("TR1", "TR2", "TR3", "TR4")
LANGS = ("de", "en", "nl", "pl")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset="utf-8", enc="q"):
    """'Name <address>' with the display name RFC 2047-encoded when non-ASCII."""
    if name.isascii():
        if re.search(r"[,.()\"]", name):
            return f'"{name}" <{address}>'
        return f"{name} <{address}>"
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
    return hashlib.sha256(f"final20b/{slug}/{n}".encode()).hexdigest()


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
        self._nboundary = 0

    def head(self, *pairs, envelope=None, received=True):
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in order.
        ASCII values are stored verbatim (folded at spaces when long); values with
        non-ASCII characters go through the policy, which encodes them as UTF-8."""
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", BOX)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=2)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=2))))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.hamm.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{BOX}>; {arrival} (CEST)")
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

    def binary(self, data, maintype, subtype, filename):
        p = MIMEPart(policy=POLICY)
        p.set_content(data, maintype=maintype, subtype=subtype, cte="base64",
                      disposition="attachment", filename=filename)
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
            return f"_00{self._nboundary}_DB9PR02MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:16]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.hamm.example"
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


def make_pdf(lines):
    """A minimal one-page PDF showing `lines` (ASCII)."""
    ops = ["BT", "/F1 20 Tf", "60 770 Td"]
    for i, line in enumerate(lines):
        if i == 1:
            ops.append("/F1 12 Tf")
        ops.append(f"({line}) Tj")
        ops.append("0 -24 Td")
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("ascii")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


# ---------------------------------------------------------------------------
# HTML flavours of the mail clients
# ---------------------------------------------------------------------------

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
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
<body lang={lang} link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="Windows-1252", lang="DE"):
    """Outlook HTML; quote = (von, gesendet, an, betreff, quoted_text) with German labels."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span lang=DE style='mso-fareast-language:DE'>Von:</span></b>"
                   f"<span lang=DE style='mso-fareast-language:DE'> {esc(von)} <br>\n"
                   f"<b>Gesendet:</b> {esc(gesendet)}<br>\n"
                   f"<b>An:</b> {esc(an)}<br>\n"
                   f"<b>Betreff:</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return (OUTLOOK_HEAD.format(charset=charset, lang=lang) + "\n".join(out)
            + "\n</div>\n</body>\n</html>\n")


def outlook_plain(text, quote=None):
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    return (f"{text}\n\nVon: {von}\nGesendet: {gesendet}\nAn: {an}\n"
            f"Betreff: {betreff}\n\n{quoted}")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text, attribution=None, quoted=None):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    out = f'<div dir="ltr">{inner}</div>'
    if attribution:
        q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
        out += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                f"{esc(attribution)}<br></div>"
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                f"{q}</blockquote></div>")
    return out + "\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


# ---------------------------------------------------------------------------
# texts of the organiser that several mails quote
# ---------------------------------------------------------------------------

ROOM_TITLE = {
    "TR1": "Bewegung für alle – Ehrenamt in Sportvereinen, Bewegungsangeboten und Vereinsjugendarbeit",
    "TR2": "Stimmen, Klänge, Traditionen – Engagement in Chören, Musikvereinen, Kultur- und Heimatpflege",
    "TR3": "Nächstenliebe konkret – Besuchsdienste, Tafeln, Seniorenarbeit und Ehrenamt in Kirchengemeinden",
    "TR4": "Ankommen in Hamm – Begleitung, Sprachpatenschaften und Unterstützung für Geflüchtete",
}

INVITATION_SUBJECT = "Einladung: Ehrenamtsbörse Hamm 2027 – Aussteller gesucht"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zur Ehrenamtsbörse Hamm 2027"

INVITATION = """Liebe Vereine, Chöre, Gemeinden und Initiativen in Hamm,

am Samstag, 25. September 2027, findet von 11:00 bis 17:00 Uhr die
Ehrenamtsbörse Hamm 2027 im Kurhaus Bad Hamm statt (Ostenallee 87,
59071 Hamm). Dort stellen Sie Ihre Arbeit vor und lernen Menschen kennen,
die sich engagieren möchten.

Die Stände verteilen wir in diesem Jahr auf vier Themenräume:

Themenraum 1: Bewegung für alle – Ehrenamt in Sportvereinen,
              Bewegungsangeboten und Vereinsjugendarbeit
Themenraum 2: Stimmen, Klänge, Traditionen – Engagement in Chören,
              Musikvereinen, Kultur- und Heimatpflege
Themenraum 3: Nächstenliebe konkret – Besuchsdienste, Tafeln,
              Seniorenarbeit und Ehrenamt in Kirchengemeinden
Themenraum 4: Ankommen in Hamm – Begleitung, Sprachpatenschaften und
              Unterstützung für Geflüchtete

Jeder Stand erhält einen Tisch, zwei Stühle und eine Stellwand.

Bitte melden Sie sich bis zum 10. September 2027 per E-Mail an
ehrenamtsboerse@hamm.example an und nennen Sie uns Ihren Namen, Ihren
Verein oder Ihre Gruppe, den gewünschten Themenraum (gern mit Zweitwunsch)
und mit wie vielen Personen Sie am Stand sein werden.

Die Teilnahme ist für Aussteller kostenlos.

Mit freundlichen Grüßen

Jutta Kemper-Brandt
Freiwilligenagentur Hamm"""


def confirmation(salutation, room, persons):
    """The confirmation mailbot sent (quoted in replies and returned in the bounce)."""
    n = room[-1]
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zur Ehrenamtsbörse Hamm 2027 am Samstag,
25. September 2027, 11:00 bis 17:00 Uhr, im Kurhaus Bad Hamm,
Ostenallee 87, 59071 Hamm.

Ihr Stand ist in folgendem Themenraum eingeplant:
Themenraum {n}: {ROOM_TITLE[room]}

Angemeldete Personen: {persons}

Möchten Sie den Themenraum wechseln oder absagen? Antworten Sie einfach
auf diese E-Mail.

Mit freundlichen Grüßen
Ehrenamtsbörse Hamm
Freiwilligenagentur Hamm"""


def confirmation_message(to, salutation, room, persons, when, msgid, in_reply_to):
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_BOX
    m["To"] = to
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(salutation, room, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


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
# Dutch Outlook out-of-office (with a German line) to the invitation;
# Auto-Submitted: auto-generated and X-Auto-Response-Suppress.

VANDIJK_OOO = """Beste afzender,

Tot en met zondag 29 augustus ben ik met vakantie en lees ik mijn e-mail niet. Uw bericht wordt niet doorgestuurd. Voor dringende pastorale zaken kunt u contact opnemen met de scriba van de kerkenraad: scriba@npg-ruhrgebied.example.

Ich bin bis einschließlich 29. August im Urlaub. In dringenden Fällen wenden Sie sich bitte an scriba@npg-ruhrgebied.example.

Met vriendelijke groet,
ds. Pieter van Dijk
Nederlandse Protestantse Gemeente Ruhrgebied"""


@mail("vandijk-dutch-out-of-office", "2027-08-16 09:03:11",
      E("auto_reply"), "nl")
def _(m):
    m.head(("From", "Pieter van Dijk <p.vandijk@npg-ruhrgebied.example>"),
           ("To", TO_BOX),
           ("Subject", "Automatisch antwoord: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<AM0PR10MB29870C1D2E3F4A5B6C7D8E9F0A1B@AM0PR10MB2987.eurprd10.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "nl-NL"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(VANDIJK_OOO, outlook_html(VANDIJK_OOO, charset="utf-8", lang="NL"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 002 ---------------------------------------------------------------------
# Thunderbird reply quoting the whole invitation (all four rooms in the quote);
# the room is only paraphrased in the new text ("zu den anderen Sportvereinen").

@mail("brueggemann-reply-quoting-invitation", "2027-08-16 14:22:37",
      E("registration", "kd.brueggemann@germania-heessen.example", "Klaus-Dieter Brüggemann",
        "TuS Germania Hamm-Heessen 1921 e.V.", ["TR1"], 3, "de"), "de")
def _(m):
    m.head(("From", "Klaus-Dieter Brüggemann <kd.brueggemann@germania-heessen.example>"),
           ("To", TO_BOX),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5f0c2d7e-81a4-4b3f-9e62-d3a7c1b08e45@germania-heessen.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo Frau Kemper-Brandt,

danke für die Einladung, da sind wir gerne wieder dabei! Letztes Jahr
haben wir über die Börse zwei neue Übungsleiter gefunden.

Wir möchten wieder zu den anderen Sportvereinen, wir suchen vor allem
Leute für unsere Jugendabteilung (Fußball und Leichtathletik). Am Stand
sind wir zu dritt: ich, unsere Jugendwartin Svenja Koch und ein Trainer
aus der C-Jugend.

Sportliche Grüße
Klaus-Dieter Brüggemann

-- 
TuS Germania Hamm-Heessen 1921 e.V.
2. Vorsitzender
Tel. 02381 / 46 33 18

Am 16.08.27 um 09:02 schrieb Ehrenamtsbörse Hamm:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 003 ---------------------------------------------------------------------
# Outlook HTML only (windows-1252 QP) quoting the invitation below a Von:/Gesendet:
# block.  A church choir that chooses the music room, not the church room.
# "drei Sängerinnen und ich" = 4.

STRAETER_TEXT = """Sehr geehrte Frau Kemper-Brandt,

der Kirchenchor Cäcilia Hamm-Uentrop möchte sich gern wieder an der Ehrenamtsbörse beteiligen. Als Chor sehen wir uns am ehesten bei den anderen Chören und Gesangsgruppen, auch wenn wir zur Pfarrei gehören. Wir sind zu viert am Stand (drei Sängerinnen und ich).

Falls möglich, hätten wir gern einen Tisch in Fensternähe, damit unsere Fotowand „100 Jahre Cäcilia“ gut zur Geltung kommt.

Mit freundlichen Grüßen

Monika Sträter-Hülsmann
Schriftführerin
Kirchenchor Cäcilia Hamm-Uentrop
Tel. 02385 / 91 27 40"""


@mail("straeter-huelsmann-outlook-html-quote", "2027-08-16 16:05:12",
      E("registration", "m.straeter-huelsmann@caecilia-uentrop.example", "Monika Sträter-Hülsmann",
        "Kirchenchor Cäcilia Hamm-Uentrop", ["TR2"], 4, "de"), "de")
def _(m):
    m.head(("From", addr("Sträter-Hülsmann, Monika", "m.straeter-huelsmann@caecilia-uentrop.example",
                         "windows-1252", "q")),
           ("To", TO_BOX),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHb7kR2c9Xw1pLmT0a3VqZ8bE4yHgAB"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR02MB8123F4A1C2B3D4E5F6A7B8C9D0E1@DB9PR02MB8123.eurprd02.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Ehrenamtsbörse Hamm <{BOX}>", "Montag, 16. August 2027 09:02",
             f"Ehrenamtsbörse Hamm <{BOX}>", INVITATION_SUBJECT, INVITATION)
    m.single(outlook_html(STRAETER_TEXT, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# English, Gmail alternative; first and second choice, both paraphrased
# ("the room for sports clubs", "the room about newcomers and refugee support").
# "founded 2019" is not a size; "me and our captain" = 2.

QURESHI_TEXT = """Hello,

I'm writing on behalf of Hamm Cricket Club. We are a young club (founded 2019) - most of our players came to Hamm as refugees from Afghanistan and Pakistan - and we are always looking for volunteers who can help with coaching, scoring and the paperwork for the league.

We would like to have a table in the room for sports clubs. If that one is already full, the room about newcomers and refugee support would suit us too.

We'll be two people: me and our captain Wahidullah Noori.

My German is not so good yet, so an answer in English would be great, but German is okay too.

Thanks a lot,
Farhan Qureshi
Secretary, Hamm Cricket Club
0176 2049 8831"""


@mail("qureshi-cricket-english-two-choices", "2027-08-17 11:40:51",
      E("registration", "farhan@hamm-cricket.example", "Farhan Qureshi",
        "Hamm Cricket Club", ["TR1", "TR4"], 2, "en"), "en")
def _(m):
    m.head(("From", "Farhan Qureshi <farhan@hamm-cricket.example>"),
           ("To", BOX),
           ("Subject", "Registration - Ehrenamtsbörse 25 Sept"),
           ("Date", m.date),
           ("Message-ID", "<CAPx7RkT2vN9qL4wZ0bH8cY3mF6dJ1sG5uE2oA7iK9tW3rXn0Qg@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(QURESHI_TEXT, gmail_html(QURESHI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 005 ---------------------------------------------------------------------
# A filled-in form block; the room line paraphrases the topic; a width (85 cm)
# and a phone number are no sizes.

@mail("wiemers-form-block", "2027-08-17 20:15:33",
      E("registration", "renate.wiemers@web-post.example", "Renate Wiemers",
        "Helferkreis Asyl Bockum-Hövel", ["TR4"], 2, "de"), "de")
def _(m):
    m.head(("From", "Renate Wiemers <renate.wiemers@web-post.example>"),
           ("To", BOX),
           ("Subject", "Anmeldung Ehrenamtsbörse"),
           ("Date", m.date),
           ("Message-ID", "<trinity-3e8a1f20-5c7b-4d91-a0e6-9b2d4f8c1a73-1787076933418@3c-app-webpost-bs04>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

hiermit melden wir uns für die Ehrenamtsbörse am 25.09. an:

Verein/Gruppe: Helferkreis Asyl Bockum-Hövel
Ansprechpartnerin: Renate Wiemers
Telefon: 02381 / 7 12 09
Themenraum: der Raum für Begleitung und Sprachpaten von Geflüchteten
Personen am Stand: 2
Strom benötigt: nein

Wir bringen ein Roll-up mit (ca. 85 cm breit), ich hoffe, das passt neben den Tisch.

Viele Grüße
Renate Wiemers
""", charset="utf-8", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Polish, iso-8859-2 QP (Thunderbird); a parish choir asks for the room with
# choirs and music groups; "w trzy osoby" = 3.  Organisation: the inflected
# "chóru parafialnego Lutnia" in the text, the base form in the signature.

@mail("zawadzka-polish-choir", "2027-08-18 08:30:19",
      E("registration", "h.zawadzka@pmk-hamm.example", "Halina Zawadzka",
        "Chór parafialny Lutnia", ["TR2"], 3, "pl"), "pl")
def _(m):
    m.head(("From", addr("Halina Zawadzka", "h.zawadzka@pmk-hamm.example")),
           ("To", BOX),
           ("Subject", ew("Zgłoszenie chóru - Ehrenamtsbörse 2027", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<7b1d9c34-2e0f-4a85-b6c3-58e1f0a9d2c7@pmk-hamm.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.1.0"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single("""Szanowni Państwo,

w imieniu chóru parafialnego Lutnia przy Polskiej Misji Katolickiej w Hamm
chciałabym zgłosić nasz udział w Ehrenamtsbörse 25 września.

Najlepiej pasujemy do sali z chórami i zespołami muzycznymi. Przy stoisku
będziemy w trzy osoby: ja, nasz dyrygent i jedna z chórzystek.

Czy mogę pisać po polsku? Jeśli to problem, nasz dyrygent może zadzwonić
i wszystko powtórzyć po niemiecku.

Z wyrazami szacunku
Halina Zawadzka
Chór parafialny Lutnia
Polska Misja Katolicka w Hamm
""", charset="iso-8859-2", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Question before registering (cooling trailer, power outside); "Ich melde uns
# dann richtig an" announces the registration for later.

@mail("tenbrock-tafel-question", "2027-08-18 13:02:44",
      E("question", "w.tenbrock@tafel-pelkum.example", "Wilfried Tenbrock",
        "Tafelladen Hamm-Pelkum e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Wilfried Tenbrock <w.tenbrock@tafel-pelkum.example>"),
           ("To", BOX),
           ("Subject", ew("Frage vor der Anmeldung - Kühlanhänger?", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270818130244.3c9e1a7f@tafel-pelkum.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.7"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag Frau Kemper-Brandt,

der Tafelladen Hamm-Pelkum e.V. würde gern bei der Ehrenamtsbörse
mitmachen. Bevor ich uns anmelde, eine Frage: Wir würden am liebsten
unseren Kühlanhänger mitbringen und vor dem Kurhaus aufstellen, damit die
Leute sehen, wie die Lebensmittelrettung praktisch abläuft. Geht das, und
gibt es draußen einen Stromanschluss (230 V reicht)?

Ich melde uns dann richtig an, sobald ich von Ihnen höre.

Freundliche Grüße
Wilfried Tenbrock
Tafelladen Hamm-Pelkum e.V.
Logistik
""", charset="iso-8859-1", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Short iPhone mail; the room paraphrased ("bei den sozialen Gruppen, wo es um
# Besuche bei älteren Menschen geht"); "zu zweit".

@mail("brinkhoff-iphone-besuchsdienst", "2027-08-18 19:47:02",
      E("registration", "ute.brinkhoff@mail.example", "Ute Brinkhoff",
        "Besuchsdienstkreis der Ev. Kirchengemeinde Rhynern", ["TR3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Ute Brinkhoff <ute.brinkhoff@mail.example>"),
           ("To", BOX),
           ("Subject", ew("Ehrenamtsbörse", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<9C2A4E71-5B3D-4F08-A1E6-7D3C0B9F2E48@mail.example>"),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single("""Hallo liebes Team der Freiwilligenagentur,

wir vom Besuchsdienstkreis sind am 25.9. gerne wieder dabei, natürlich bei den sozialen Gruppen, wo es um Besuche bei älteren Menschen geht. Wir kommen zu zweit, Frau Hagedorn und ich.

Liebe Grüße
Ute Brinkhoff
Besuchsdienstkreis der Ev. Kirchengemeinde Rhynern

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# English, Apple Mail alternative; registration plus a question (singing);
# "about 30 singers from 11 countries" and "two or three songs" are no sizes;
# "four of us at the table, me included" = 4.

OKONKWO_TEXT = """Dear Sir or Madam,

Gospel Voices Hamm would love to take part in the volunteering fair on 25 September! We are an international gospel choir with about 30 singers from 11 countries, and we are looking for new singers and for people who can help us organise our concerts.

Please put us with the other choirs and music groups. There will be four of us at the table, me included.

One question: would it be possible for us to sing two or three songs at some point during the day? We don't need any equipment, we sing a cappella.

Blessings,
Blessing Okonkwo
Choir Director
Gospel Voices Hamm"""


@mail("okonkwo-gospel-english-apple", "2027-08-19 10:10:27",
      E("registration", "blessing.okonkwo@gospelvoices-hamm.example", "Blessing Okonkwo",
        "Gospel Voices Hamm", ["TR2"], 4, "en"), "en")
def _(m):
    m.head(("From", "Blessing Okonkwo <blessing.okonkwo@gospelvoices-hamm.example>"),
           ("Subject", "Gospel Voices Hamm - volunteering fair"),
           ("Message-Id", "<4E8B1C2D-7A9F-4D63-B0E5-1F2A3C4D5E6F@gospelvoices-hamm.example>"),
           ("Date", m.date),
           ("To", BOX),
           ("X-Mailer", "Apple Mail (2.3826.600.51.1.5)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.5\\))"))
    m.alternative(OKONKWO_TEXT, apple_html(OKONKWO_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 010 ---------------------------------------------------------------------
# A parish secretary registers the Caritas group of a member without e-mail and
# asks for the confirmation to the parish office.  Outlook alternative,
# windows-1252 QP.  The writer does not come; "zu zweit" = the two attendees.

LOHMANN_TEXT = """Sehr geehrte Damen und Herren,

im Auftrag von Frau Gertrud Lohmann melde ich die Caritas-Konferenz St. Victor Herringen zur Ehrenamtsbörse am 25. September an. Frau Lohmann hat selbst keine E-Mail-Adresse; bitte schicken Sie die Bestätigung und alle weiteren Informationen an das Pfarrbüro, wir geben sie an sie weiter.

Die Caritas-Konferenz besucht Kranke und Senioren in der Gemeinde und hilft bei der Lebensmittelausgabe mit. Sie möchte deshalb gern in den Raum mit den sozialen und kirchlichen Gruppen. Frau Lohmann kommt mit Frau Marita Stöcker, also zu zweit.

Mit freundlichen Grüßen
i. A. Beate Hülsbusch
Pfarrsekretärin

Katholische Pfarrei St. Victor Herringen
Pfarrbüro
Dorfstraße 12, 59077 Hamm
Öffnungszeiten: Di–Fr 9–12 Uhr"""


@mail("pfarrbuero-registers-lohmann", "2027-08-19 15:33:48",
      E("registration", "pfarrbuero@st-victor-herringen.example", "Gertrud Lohmann",
        "Caritas-Konferenz St. Victor Herringen", ["TR3"], 2, "de"), "de")
def _(m):
    m.head(("From", '"Pfarrbüro St. Victor Herringen" <pfarrbuero@st-victor-herringen.example>'),
           ("To", TO_BOX),
           ("Subject", "Anmeldung Caritas-Konferenz St. Victor"),
           ("Thread-Topic", "Anmeldung Caritas-Konferenz St. Victor"),
           ("Thread-Index", "AdvxQ2k7Lm0bT9pRdZ4uY1wE6aNcVg=="),
           ("Date", m.date),
           ("Message-ID", "<1a2b3c4d5e6f4708@PFARR-PC02.st-victor-herringen.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(LOHMANN_TEXT), outlook_html(LOHMANN_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 011 ---------------------------------------------------------------------
# The writer forwards his own registration that went to an old address two
# weeks earlier (Thunderbird inline forward); the choice is in the forwarded
# text, confirmed by "Gilt alles noch so."

@mail("pieper-forwards-own-registration", "2027-08-20 09:05:16",
      E("registration", "joerg.pieper@kanuclub-hamm.example", "Jörg Pieper",
        "Kanu-Club Hamm 1928 e.V.", ["TR1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Jörg Pieper <joerg.pieper@kanuclub-hamm.example>"),
           ("To", BOX),
           ("Subject", "Fwd: Anmeldung Ehrenamtsbörse"),
           ("Date", m.date),
           ("Message-ID", "<c3a81e0f-6d42-4b79-8f15-0e2d9a7b4c61@kanuclub-hamm.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

unsere Anmeldung hatte ich vor zwei Wochen an die alte Adresse der
Freiwilligenagentur geschickt und nie etwas gehört – die gibt es
wohl nicht mehr. Daher hier noch einmal weitergeleitet. Gilt alles noch so.

Gruß
Jörg Pieper



-------- Weitergeleitete Nachricht --------
Betreff: 	Anmeldung Ehrenamtsbörse
Datum: 	Fri, 6 Aug 2027 21:14:09 +0200
Von: 	Jörg Pieper <joerg.pieper@kanuclub-hamm.example>
An: 	info@freiwilligenagentur-hamm.example



Liebes Team,

auch dieses Jahr möchte sich der Kanu-Club Hamm 1928 e.V. bei der
Ehrenamtsbörse vorstellen. Wir suchen Helfer für unsere Jugendgruppe und
für das Bootshaus-Team. Gern wieder in den Raum mit den Sportvereinen!
Wir sind zu zweit am Stand.

Paddlergruß
Jörg Pieper
Kanu-Club Hamm 1928 e.V.
Jugendwart
""", charset="utf-8", cte="8bit")


# -- 012 ---------------------------------------------------------------------
# No room chosen: a Catholic youth group does not know where it belongs and
# leaves it to the organiser.  iso-8859-1, 8bit.

@mail("wellenbrock-kjg-no-room", "2027-08-20 14:40:09",
      E("registration", "jana.wellenbrock@kjg-bonifatius.example", "Jana Wellenbrock",
        "KjG St. Bonifatius Hamm-Bockum", [], 3, "de"), "de")
def _(m):
    m.head(("From", "Jana Wellenbrock <jana.wellenbrock@kjg-bonifatius.example>"),
           ("To", BOX),
           ("Subject", "Anmeldung KjG St. Bonifatius"),
           ("Date", m.date),
           ("Message-ID", "<20270820144009.GA4417@kjg-bonifatius.example>"),
           ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo zusammen,

die KjG St. Bonifatius Hamm-Bockum möchte sich gern bei der Ehrenamtsbörse
vorstellen. Wir suchen Gruppenleiterinnen und Gruppenleiter für unsere
Kinder- und Jugendgruppen und Betreuer fürs Sommerlager.

Ehrlich gesagt wissen wir nicht genau, in welchen Themenraum wir gehören:
Wir machen Jugendarbeit mit viel Sport und Spiel, sind aber ein
katholischer Verband. Ordnen Sie uns einfach da ein, wo noch Platz ist -
wir sind da flexibel.

Wir kommen zu dritt.

Viele Grüße
Jana Wellenbrock
für die Leiterrunde der KjG St. Bonifatius Hamm-Bockum
""", charset="iso-8859-1", cte="8bit")


# -- 013 ---------------------------------------------------------------------
# Newsletter of the city sports federation (other): mentions the fair, its
# sports room and "Anmeldung".

SSB_TEXT = """Stadtsportbund Hamm – SSB-Info August 2027

Liebe Sportfreundinnen und Sportfreunde,

die Themen dieser Ausgabe:
1. Ehrenamtsbörse Hamm am 25. September – Vereine gesucht
2. Neue Übungsleiter-Lizenzen: Lehrgänge im Herbst
3. Sportabzeichen-Tag am 11. September im Jahnstadion

1. Ehrenamtsbörse Hamm
Auch in diesem Jahr stellt sich das Ehrenamt im Kurhaus Bad Hamm vor. Für die Sportvereine gibt es einen eigenen Themenraum „Bewegung für alle“. Die Anmeldung der Vereine läuft bis zum 10. September direkt bei der Freiwilligenagentur: ehrenamtsboerse@hamm.example. Nutzen Sie die Chance, neue Übungsleiterinnen und Übungsleiter zu gewinnen!

2. Übungsleiter-Lehrgänge
Die Lehrgänge C-Lizenz Breitensport beginnen am 2. Oktober. Anmeldung über das Bildungsportal: https://ssb-hamm.example/bildung

3. Sportabzeichen-Tag
Am 11. September von 10 bis 15 Uhr im Jahnstadion. Alle Vereine sind eingeladen.

Sie erhalten diese SSB-Info, weil Ihr Verein Mitglied im Stadtsportbund Hamm ist.
Abmelden: https://ssb-hamm.example/newsletter/abmelden?id=20731
Stadtsportbund Hamm e.V. · Geschäftsstelle · 59065 Hamm"""

SSB_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>SSB-Info August 2027</title></head>
<body style="margin:0;background:#eeeeee;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222;">
<tr><td style="background:#0a6e3c;color:#fff;"><h1 style="margin:0;font-size:21px;">Stadtsportbund Hamm</h1><p style="margin:4px 0 0;">SSB-Info August 2027</p></td></tr>
<tr><td>
<p>Liebe Sportfreundinnen und Sportfreunde,</p>
<ol><li>Ehrenamtsbörse Hamm am 25. September – Vereine gesucht</li><li>Neue Übungsleiter-Lizenzen: Lehrgänge im Herbst</li><li>Sportabzeichen-Tag am 11. September im Jahnstadion</li></ol>
<h2 style="font-size:17px;color:#0a6e3c;">Ehrenamtsbörse Hamm</h2>
<p>Auch in diesem Jahr stellt sich das Ehrenamt im Kurhaus Bad Hamm vor. Für die Sportvereine gibt es einen eigenen Themenraum „Bewegung für alle“. Die Anmeldung der Vereine läuft bis zum 10. September direkt bei der Freiwilligenagentur: <a href="mailto:ehrenamtsboerse@hamm.example">ehrenamtsboerse@hamm.example</a>. Nutzen Sie die Chance, neue Übungsleiterinnen und Übungsleiter zu gewinnen!</p>
<h2 style="font-size:17px;color:#0a6e3c;">Übungsleiter-Lehrgänge</h2>
<p>Die Lehrgänge C-Lizenz Breitensport beginnen am 2. Oktober. <a href="https://ssb-hamm.example/bildung">Zum Bildungsportal</a></p>
<h2 style="font-size:17px;color:#0a6e3c;">Sportabzeichen-Tag</h2>
<p>Am 11. September von 10 bis 15 Uhr im Jahnstadion. Alle Vereine sind eingeladen.</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;">Sie erhalten diese SSB-Info, weil Ihr Verein Mitglied im Stadtsportbund Hamm ist.<br>
<a href="https://ssb-hamm.example/newsletter/abmelden?id=20731">Abmelden</a> · Stadtsportbund Hamm e.V. · Geschäftsstelle · 59065 Hamm</td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("stadtsportbund-newsletter", "2027-08-21 10:00:03",
      E("other"), "de")
def _(m):
    m.head(("From", "Stadtsportbund Hamm <newsletter@ssb-hamm.example>"),
           ("To", BOX),
           ("Subject", "SSB-Info August 2027: Ehrenamtsbörse, Lehrgänge, Sportabzeichen"),
           ("Date", m.date),
           ("Message-ID", "<ssb-info-2027-08.20731.7d1e9a@ssb-hamm.example>"),
           ("List-Id", "SSB-Info <ssb-info.ssb-hamm.example>"),
           ("List-Unsubscribe", "<https://ssb-hamm.example/newsletter/abmelden?id=20731>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(SSB_TEXT, SSB_HTML, charset="utf-8", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# Dutch, iso-8859-1 QP; the room paraphrased in Dutch ("de ruimte over
# bezoekwerk en ouderenzorg"); "met z'n tweeën" = 2; the signature gives the
# fuller name (Hoekstra-Bakker) than the From display name.

@mail("hoekstra-dutch-diaconie", "2027-08-21 18:22:40",
      E("registration", "g.hoekstra@npg-ruhrgebied.example", "Gerda Hoekstra-Bakker",
        "Diaconie Nederlandse Protestantse Gemeente Ruhrgebied", ["TR3"], 2, "nl"), "nl")
def _(m):
    m.head(("From", "Gerda Hoekstra <g.hoekstra@npg-ruhrgebied.example>"),
           ("To", BOX),
           ("Subject", "Aanmelding Ehrenamtsborse 25 september"),
           ("Date", m.date),
           ("Message-ID", "<000c01dbf2a4$7e3b1c50$7ab154f0$@npg-ruhrgebied.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "nl"),
           ("MIME-Version", "1.0"))
    m.single("""Beste mevrouw Kemper-Brandt,

Namens de diaconie van onze gemeente wil ik ons graag aanmelden voor de
Ehrenamtsbörse op 25 september in het Kurhaus. Wij zijn een kleine
Nederlandstalige protestantse gemeente in het Ruhrgebied; onze diaconie
bezoekt ouderen en zieken uit de gemeente, ook in Hamm en omgeving.

Daarom lijkt de ruimte over bezoekwerk en ouderenzorg ons het meest
geschikt. We komen met z'n tweeën, mijn man Sjoerd en ik.

Excuses dat ik in het Nederlands schrijf; mijn Duits is op papier niet zo
goed. Gesproken Duits verstaan wij wel prima.

Met vriendelijke groet,
Gerda Hoekstra-Bakker
Diaconie Nederlandse Protestantse Gemeente Ruhrgebied
""", charset="iso-8859-1", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Sent from her employer's address (bank) with a signature block and a legal
# disclaimer; the organisation is the choir, not the employer.  Outlook
# alternative, windows-1252 QP.

OVERKAMP_TEXT = """Liebe Frau Kemper-Brandt,

ich schreibe Ihnen ausnahmsweise vom Büro aus, weil mein privates Postfach gerade streikt. Der Frauenchor Cantabile Hamm e.V. möchte sich zur Ehrenamtsbörse anmelden. Am liebsten würden wir bei den anderen Chören und Musikvereinen stehen. Wir kommen zu zweit (meine Mitsängerin Frau Dröge und ich).

Für Rückfragen bin ich tagsüber unter dieser Adresse erreichbar.

Herzliche Grüße
Sabine Overkamp
1. Vorsitzende Frauenchor Cantabile Hamm e.V.

--
Sparkasse Hamm-Lippe
Sabine Overkamp | Firmenkundenberatung
Südstraße 44 | 59065 Hamm
Telefon 02381 123-4567 | www.sparkasse-hamm-lippe.example

Sparkasse Hamm-Lippe, Anstalt des öffentlichen Rechts, Sitz Hamm, Amtsgericht Hamm HRA 1234.
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet."""


@mail("overkamp-choir-from-work-disclaimer", "2027-08-23 08:15:26",
      E("registration", "sabine.overkamp@sparkasse-hamm-lippe.example", "Sabine Overkamp",
        "Frauenchor Cantabile Hamm e.V.", ["TR2"], 2, "de"), "de")
def _(m):
    m.head(("From", '"Overkamp, Sabine" <sabine.overkamp@sparkasse-hamm-lippe.example>'),
           ("To", TO_BOX),
           ("Subject", "Anmeldung Frauenchor Cantabile"),
           ("Thread-Topic", "Anmeldung Frauenchor Cantabile"),
           ("Thread-Index", "AdvzR8c1Ko2pYt5mWq0xN3bL7eHfUA=="),
           ("Date", m.date),
           ("Message-ID", "<8f3e2d1c0b9a4e57@SPKEXCH03.sparkasse-hamm-lippe.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(OVERKAMP_TEXT), outlook_html(OVERKAMP_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 016 ---------------------------------------------------------------------
# Phone mail, all lower case, no punctuation: "bitte zu den sportvereinen",
# "3 leute".

@mail("demir-boxclub-lowercase-phone", "2027-08-23 12:50:14",
      E("registration", "murat.demir@mail.example", "Murat Demir",
        "Boxclub Hamm-Süd 1985 e.V.", ["TR1"], 3, "de"), "de")
def _(m):
    m.head(("From", "Murat Demir <murat.demir@mail.example>"),
           ("To", BOX),
           ("Subject", "anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<k2r8x1.1787482214.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""hallo
wir vom boxclub würden gerne mitmachen bei der ehrenamtsbörse am 25 september
bitte zu den sportvereinen
wir sind 3 leute am stand
gruß murat demir
Boxclub Hamm-Süd 1985 e.V.

Von meinem Samsung Galaxy Smartphone gesendet""", charset="utf-8", cte="base64")


# -- 017 ---------------------------------------------------------------------
# One of the few mails that name the rooms by number: "Themenraum 4,
# hilfsweise in Themenraum 3".  Roundcube, iso-8859-1 QP.  The organisation is
# inflected in the text and in its base form in the signature.

@mail("ruether-themenraum-4-else-3", "2027-08-24 09:30:55",
      E("registration", "hg.ruether@ak-asyl-hamm.example", "Hans-Georg Rüther",
        "Ökumenischer Arbeitskreis Asyl Hamm", ["TR4", "TR3"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Dr. Hans-Georg Rüther", "hg.ruether@ak-asyl-hamm.example",
                         "iso-8859-1", "q")),
           ("To", BOX),
           ("Subject", ew("Ehrenamtsbörse 2027 - Ökumenischer Arbeitskreis Asyl",
                          "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270824093055.7a1f3c2e@ak-asyl-hamm.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.7"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Kemper-Brandt,

für den Ökumenischen Arbeitskreis Asyl Hamm melde ich uns zur Ehrenamtsbörse
2027 an. Wir bitten um einen Platz in Themenraum 4, hilfsweise in
Themenraum 3. Am Stand werden Frau Anneliese Vogt und ich sein.

Wir suchen vor allem Menschen, die Geflüchtete zu Behörden- und
Arztterminen begleiten.

Mit freundlichen Grüßen
Dr. Hans-Georg Rüther
Sprecher
Ökumenischer Arbeitskreis Asyl Hamm
""", charset="iso-8859-1", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# English question before registering; "we would register for the room about
# refugees ... probably with three people" is conditional.  Numbered list.

@mail("adeyemi-english-question", "2027-08-24 16:12:31",
      E("question", "pastor@icf-hamm.example", "Samuel Adeyemi",
        "International Christian Fellowship Hamm", [], None, "en"), "en")
def _(m):
    m.head(("From", "Samuel Adeyemi <pastor@icf-hamm.example>"),
           ("To", BOX),
           ("Subject", "Volunteering fair - are English-speaking groups welcome?"),
           ("Date", m.date),
           ("Message-ID", "<CAJm4Tq8wX1rN7bV0kZ3pL9sY2dH6fG5cE8aU1oR4iW7tB0vQ2x@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

I read about the Ehrenamtsbörse in the local paper. We are the International
Christian Fellowship Hamm, an English-speaking church with members from about
20 nations. Several of our members volunteer with refugees and would like to
get others involved.

Before we register I have two questions:
1. Is it okay if our table is mostly in English, or should everything be in
   German?
2. Do we have to bring our own display board, or is one provided?

If everything works out, we would register for the room about refugees and
newcomers, probably with three people.

Kind regards,
Samuel Adeyemi
Pastor, International Christian Fellowship Hamm
""", charset="utf-8", cte="8bit")


# -- 019 ---------------------------------------------------------------------
# Gmail alternative.  The group also plays football with refugees but asks for
# the room about arriving in Hamm "und nicht zu den Sportvereinen"; "zu viert".

VOSSKUHL_TEXT = """Liebe Frau Kemper-Brandt,

hiermit melde ich den Willkommenskreis Heessen für die Ehrenamtsbörse an. Wir kommen zu viert.

Kurz zur Einordnung: Wir machen zwar einmal die Woche Fußball mit den Jungs aus der Unterkunft am Sachsenring, unser Schwerpunkt sind aber die Sprachpatenschaften und die Begleitung von Familien im Alltag. Deshalb bitte lieber in den Raum, in dem es ums Ankommen in Hamm geht, und nicht zu den Sportvereinen.

Viele Grüße
Claudia Voßkuhl
Willkommenskreis Heessen"""


@mail("vosskuhl-willkommenskreis-not-sports", "2027-08-25 11:05:38",
      E("registration", "claudia.vosskuhl@mail.example", "Claudia Voßkuhl",
        "Willkommenskreis Heessen", ["TR4"], 4, "de"), "de")
def _(m):
    m.head(("From", "Claudia Voßkuhl <claudia.vosskuhl@mail.example>"),
           ("To", BOX),
           ("Subject", "Anmeldung Willkommenskreis Heessen"),
           ("Date", m.date),
           ("Message-ID", "<CAHb2Wn5tQ8yR1mK4vX7zL0pS3dF9gJ2cE6aU8oN1iT5wB4rYq@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(VOSSKUHL_TEXT, gmail_html(VOSSKUHL_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 020 ---------------------------------------------------------------------
# Polish football club, Gmail plain UTF-8 base64; "w sali ze sportem";
# "we dwóch" = 2.

@mail("grabowski-polish-football", "2027-08-25 19:40:12",
      E("registration", "tomek.grabowski@mail.example", "Tomasz Grabowski",
        "KS Orzeł Hamm e.V.", ["TR1"], 2, "pl"), "pl")
def _(m):
    m.head(("From", addr("Tomasz Grabowski", "tomek.grabowski@mail.example")),
           ("To", BOX),
           ("Subject", ew("Zgłoszenie klubu – Ehrenamtsbörse", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAKq9Zr3vT6yN0mB8wX2pL5sH1dG4fJ7cE9aU3oR6iW0tQ8vYk@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

chciałbym zgłosić nasz klub piłkarski KS Orzeł Hamm e.V. na Ehrenamtsbörse 25.09. Szukamy trenerów do drużyn dziecięcych i kogoś do pomocy przy prowadzeniu strony internetowej.

Prosimy o miejsce w sali ze sportem. Będziemy we dwóch – ja i nasz trener juniorów Paweł.

Pozdrawiam serdecznie
Tomasz Grabowski
prezes, KS Orzeł Hamm e.V.
""", charset="utf-8", cte="base64")


# -- 021 ---------------------------------------------------------------------
# Church brass band, Apple Mail alternative: first choice the music groups,
# second the church and social groups, both paraphrased; a question too.

WORTMANN_TEXT = """Hallo Frau Kemper-Brandt,

der Posaunenchor der Ev. Kirchengemeinde Hamm-Mark möchte sich bei der Ehrenamtsbörse vorstellen. Wir suchen Nachwuchs – Bläserinnen und Bläser jeden Alters, Anfänger willkommen.

Wir sind ja Kirche und Musik zugleich. Am liebsten wären wir bei den Musikvereinen und Chören, wenn dort kein Platz mehr ist, gern auch bei den kirchlichen und sozialen Gruppen. Wir sind mit drei Leuten da, mich eingeschlossen.

Dürften wir zwischendurch ein, zwei Choräle spielen? Wir halten es auch kurz, versprochen.

Gruß
Dietmar Wortmann
Chorleiter
Posaunenchor der Ev. Kirchengemeinde Hamm-Mark"""


@mail("wortmann-posaunenchor-two-choices-apple", "2027-08-26 10:20:44",
      E("registration", "d.wortmann@mail.example", "Dietmar Wortmann",
        "Posaunenchor der Ev. Kirchengemeinde Hamm-Mark", ["TR2", "TR3"], 3, "de"), "de")
def _(m):
    m.head(("From", "Dietmar Wortmann <d.wortmann@mail.example>"),
           ("Subject", "Posaunenchor Hamm-Mark bei der Ehrenamtsbörse"),
           ("Message-Id", "<2D7F9A1B-3C4E-4B5D-8E6F-9A0B1C2D3E4F@mail.example>"),
           ("Date", m.date),
           ("To", BOX),
           ("X-Mailer", "Apple Mail (2.3826.600.51.1.5)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.5\\))"))
    m.alternative(WORTMANN_TEXT, apple_html(WORTMANN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 022 ---------------------------------------------------------------------
# Cancellation answering the confirmation, plain-text Outlook quote under
# "-----Ursprüngliche Nachricht-----" (the quote names the sports room and 2).

@mail("hoelscher-schach-cancel-outlook-quote", "2027-08-27 08:45:03",
      E("cancellation", "bernd.hoelscher@schachfreunde-hamm.example", "Bernd Hölscher",
        "Schachfreunde Hamm 1930 e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", addr("Bernd Hölscher", "bernd.hoelscher@schachfreunde-hamm.example")),
           ("To", TO_BOX),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<001a01dbf5b1$2c4d6e80$84e84b80$@schachfreunde-hamm.example>"),
           ("In-Reply-To", "<mailbot.20270818104102.4e1a@hamm.example>"),
           ("References", "<mailbot.20270818104102.4e1a@hamm.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Tag,

leider müssen wir unsere Teilnahme an der Ehrenamtsbörse absagen. Der Landesverband hat ausgerechnet auf den 25. September ein Mannschaftsturnier gelegt, und dann fehlen uns schlicht die Leute für den Stand. Bitte geben Sie unseren Platz weiter.

Nächstes Jahr gerne wieder!

Mit freundlichen Grüßen
Bernd Hölscher
Schachfreunde Hamm 1930 e.V.

-----Ursprüngliche Nachricht-----
Von: Ehrenamtsbörse Hamm <{BOX}> 
Gesendet: Mittwoch, 18. August 2027 10:41
An: Bernd Hölscher <bernd.hoelscher@schachfreunde-hamm.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Herr Hölscher", "TR1", 2)}
""", charset="windows-1252", cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# HTML only from a webmailer, UTF-8 base64.  A church group that places itself
# with the refugee helpers rather than the church room; "drei Plätze (..)".

GROENE_TEXT = """Guten Tag,

für das Café International der Ev. Kirchengemeinde Heessen möchte ich drei Plätze bei der Ehrenamtsbörse anmelden (Frau Pape, Herr Yilmaz und ich).

Wir sind zwar eine kirchliche Gruppe, aber bei uns geht es um Begegnung mit geflüchteten Familien und um Deutschkurse – wir gehören also eher in den Raum zur Unterstützung von Geflüchteten als zu den Kirchengemeinden.

Mit freundlichen Grüßen
Elisabeth Gröne
Café International der Ev. Kirchengemeinde Heessen"""


@mail("groene-cafe-international-html-only", "2027-08-27 15:00:29",
      E("registration", "elisabeth.groene@mail.example", "Elisabeth Gröne",
        "Café International der Ev. Kirchengemeinde Heessen", ["TR4"], 3, "de"), "de")
def _(m):
    m.head(("From", addr("Elisabeth Gröne", "elisabeth.groene@mail.example", "iso-8859-1", "q")),
           ("To", BOX),
           ("Subject", ew("Anmeldung Café International", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<trinity-8d2f6a41-0c3e-4b7a-95d1-e6f2a8c0b347-1787490029551@3c-app-mailcom-bs09>"),
           ("MIME-Version", "1.0"))
    m.single(div_html(GROENE_TEXT), subtype="html", charset="utf-8", cte="base64")


# -- 024 ---------------------------------------------------------------------
# Out-of-office of a club office, recognisable only from its text (no
# Auto-Submitted, no Precedence, an ordinary "Re:" subject), answering the
# organiser's info letter.

@mail("westfalia-geschaeftsstelle-ooo-text-only", "2027-08-28 10:00:41",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", addr("SV Westfalia Hamm-Westen – Geschäftsstelle",
                         "geschaeftsstelle@westfalia-hamm.example")),
           ("To", BOX),
           ("Subject", ew("Re: Infobrief für Aussteller – Ehrenamtsbörse Hamm 2027", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<1787904041.66120.autoresp@westfalia-hamm.example>"),
           ("In-Reply-To", INFOBRIEF_ID),
           ("References", INFOBRIEF_ID),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre Nachricht!

Unsere Geschäftsstelle ist vom 23.08. bis einschließlich 10.09.2027 nicht
besetzt. Ihre E-Mail wird in dieser Zeit nicht gelesen und nicht
weitergeleitet.

In dringenden Fällen erreichen Sie unseren 1. Vorsitzenden Rainer Kuhlmann
unter 0171 / 552 31 80.

Sportliche Grüße
SV Westfalia Hamm-Westen e.V.
– Geschäftsstelle –
""", charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Change of room (culture/tradition -> senior work and visiting services),
# paraphrased; Gmail alternative quoting the confirmation (TR2, 2 persons);
# "An der Personenzahl ändert sich nichts."

KOETTER_TEXT = """Guten Tag Frau Kemper-Brandt,

wir haben uns im Vorstand noch einmal beraten: Dieses Jahr wollen wir auf der Börse vor allem Helfer für unsere Seniorennachmittage und den Fahrdienst gewinnen, nicht so sehr für die Heimat- und Brauchtumspflege. Könnten Sie uns deshalb in den Raum für Seniorenarbeit und Besuchsdienste umbuchen? An der Personenzahl ändert sich nichts.

Vielen Dank und freundliche Grüße
Manfred Kötter
Heimat- und Bürgerverein Hamm-Berge e.V."""

KOETTER_ATTR = f"Am Mo., 23. Aug. 2027 um 18:04 Uhr schrieb Ehrenamtsbörse Hamm <{BOX}>:"
KOETTER_CONF = confirmation("Herr Kötter", "TR2", 2)


@mail("koetter-change-to-seniors-room-gmail", "2027-08-30 09:15:57",
      E("change", "manfred.koetter@heimatverein-berge.example", "Manfred Kötter",
        "Heimat- und Bürgerverein Hamm-Berge e.V.", ["TR3"], None, "de"), "de")
def _(m):
    m.head(("From", "Manfred Kötter <manfred.koetter@heimatverein-berge.example>"),
           ("To", TO_BOX),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAMr5Vt1yQ4wN8bK2xZ6pL0sT3dH7fG9cE1aU5oR8iW2tB6vXm@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270823180402.9b2c@hamm.example>"),
           ("References", "<mailbot.20270823180402.9b2c@hamm.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{KOETTER_TEXT}\n\n{KOETTER_ATTR}\n\n{gt_quote(KOETTER_CONF)}\n"
    m.alternative(plain, gmail_html(KOETTER_TEXT, KOETTER_ATTR, KOETTER_CONF),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 026 ---------------------------------------------------------------------
# English, plain ASCII (no umlaut in the subject); mentions group rides but
# asks "please don't put us in with the sports clubs"; "just me" = 1.

@mail("pryce-welcome-bikes-english", "2027-08-31 11:50:08",
      E("registration", "gareth.pryce@mail.example", "Gareth Pryce",
        "Welcome Bikes Hamm", ["TR4"], 1, "en"), "en")
def _(m):
    m.head(("From", "Gareth Pryce <gareth.pryce@mail.example>"),
           ("To", BOX),
           ("Subject", "Stand at the Ehrenamtsborse"),
           ("Date", m.date),
           ("Message-ID", "<DU2P192MB1877A3B4C5D6E7F8@DU2P192MB1877.EURP192.PROD.OUTLOOK.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hi there,

I'd like to register Welcome Bikes Hamm for the volunteering fair. We're a
small group that collects old bikes, fixes them up and gives them to
refugees, and we teach people how to repair them themselves. We also do the
occasional group ride, but please don't put us in with the sports clubs -
we belong with the refugee support groups.

It'll just be me on the day.

Cheers,
Gareth Pryce
Welcome Bikes Hamm
""", charset="us-ascii", cte="7bit")


# -- 027 ---------------------------------------------------------------------
# Registration with a PDF flyer attached (multipart/mixed, Thunderbird);
# "passen wir wohl am besten zu den Sportvereinen"; "mit drei Leuten".

@mail("hengstenberg-dlrg-pdf-flyer", "2027-09-01 09:00:37",
      E("registration", "t.hengstenberg@dlrg-hamm.example", "Tobias Hengstenberg",
        "DLRG Ortsgruppe Hamm e.V.", ["TR1"], 3, "de"), "de")
def _(m):
    m.head(("From", "Tobias Hengstenberg <t.hengstenberg@dlrg-hamm.example>"),
           ("To", TO_BOX),
           ("Subject", ew("Anmeldung DLRG Ortsgruppe Hamm – Ehrenamtsbörse 2027", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<e7b40c12-9f3a-4d86-a15e-2c8d0f6b3a94@dlrg-hamm.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    text = m.text("""Hallo Frau Kemper-Brandt,

die DLRG Ortsgruppe Hamm e.V. meldet sich zur Ehrenamtsbörse an. Wir suchen
Ausbilder für die Schwimm- und Rettungsschwimmkurse und Leute für den
Wachdienst am Datteln-Hamm-Kanal. Thematisch passen wir wohl am besten zu
den Sportvereinen.

Wir sind mit drei Leuten am Stand und bringen eine Übungspuppe mit – ich
hoffe, dafür ist Platz.

Unseren Flyer für das Programmheft habe ich angehängt.

Viele Grüße
Tobias Hengstenberg
Technischer Leiter
DLRG Ortsgruppe Hamm e.V.
""", charset="utf-8", cte="8bit")
    pdf = m.binary(make_pdf(["DLRG Ortsgruppe Hamm e.V.",
                             "Rettungsschwimmer werden - Ausbilder gesucht!",
                             "Training: dienstags 19 Uhr, Maximare Hamm",
                             "Kontakt: info@dlrg-hamm.example"]),
                   "application", "pdf", "Flyer_DLRG_Hamm_2027.pdf")
    m.multi("mixed", [text, pdf])


# -- 028 ---------------------------------------------------------------------
# Question from an individual without a club (must visitors register?); she
# names music and visits to care homes as interests, which are no choice.

@mail("pohlmann-visitor-question", "2027-09-01 20:30:22",
      E("question", "ingrid.pohlmann@mail.example", "Ingrid Pohlmann", None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Ingrid Pohlmann <ingrid.pohlmann@mail.example>"),
           ("To", BOX),
           ("Subject", ew("Frage zur Ehrenamtsbörse", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<1788287422.30517.1466@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich habe in der Zeitung von der Ehrenamtsbörse gelesen. Ich bin seit Juni
in Rente und würde mich gern ehrenamtlich engagieren, am liebsten irgendwo
mit Musik oder bei Besuchen im Altenheim. Ich bin aber in keinem Verein.

Muss ich mich als Besucherin auch anmelden, oder kann ich einfach
vorbeikommen? Und kostet das Eintritt?

Mit freundlichen Grüßen
Ingrid Pohlmann
""", charset="iso-8859-1", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Dutch korfball club, Apple Mail plain UTF-8 QP; "bij de andere sportclubs";
# "met z'n drieën" = 3.

@mail("verhoeven-dutch-korfbal", "2027-09-02 10:45:19",
      E("registration", "joost@korfbal-hamm.example", "Joost Verhoeven",
        "Korfbalclub Hamm '09", ["TR1"], 3, "nl"), "nl")
def _(m):
    m.head(("From", "Joost Verhoeven <joost@korfbal-hamm.example>"),
           ("Subject", "Aanmelding korfbalclub voor de Ehrenamtsbörse"),
           ("Message-Id", "<6A1B2C3D-4E5F-4061-8273-9A4B5C6D7E8F@korfbal-hamm.example>"),
           ("Date", m.date),
           ("To", BOX),
           ("X-Mailer", "Apple Mail (2.3826.600.51.1.5)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.5\\))"))
    m.single("""Hallo,

Hierbij meld ik Korfbalclub Hamm '09 aan voor de Ehrenamtsbörse op 25 september. We zijn een kleine club, ooit opgericht door een paar Nederlanders in Hamm, maar inmiddels spelen er vooral Duitse kinderen bij ons. We zoeken trainers en mensen die willen helpen bij de jeugdtoernooien.

We staan graag bij de andere sportclubs. We komen met z'n drieën.

Sorry voor het Nederlands, Duits schrijven gaat mij niet zo goed af. Bellen in het Duits lukt wel!

Groeten,
Joost Verhoeven
voorzitter Korfbalclub Hamm '09
0157 3388 1204
""", charset="utf-8", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# Polish change (Thunderbird, UTF-8 QP) quoting the German confirmation (TR2,
# 2): new room paraphrased (help for newcomers and refugees) and 3 persons.

@mail("lewandowska-polish-change-room-and-size", "2027-09-03 08:20:46",
      E("change", "a.lewandowska@polonia-hamm.example", "Agnieszka Lewandowska",
        "Stowarzyszenie Polonia Hamm e.V.", ["TR4"], 3, "pl"), "pl")
def _(m):
    m.head(("From", "Agnieszka Lewandowska <a.lewandowska@polonia-hamm.example>"),
           ("To", TO_BOX),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0e9d4a27-b31c-4f58-86a2-7c5e1d3f9b80@polonia-hamm.example>"),
           ("In-Reply-To", "<mailbot.20270820123302.7f3d@hamm.example>"),
           ("References", "<mailbot.20270820123302.7f3d@hamm.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single(f"""Dzień dobry,

po rozmowie w zarządzie chcielibyśmy zmienić naszą salę. Zamiast sali
z chórami i kulturą wolimy salę o pomocy dla nowo przybyłych i uchodźców -
w tym roku szukamy przede wszystkim wolontariuszy do naszych kursów
językowych i do pomocy rodzinom z Ukrainy.

Przyjdziemy też w trzy osoby, a nie w dwie.

Pozdrawiam
Agnieszka Lewandowska
Stowarzyszenie Polonia Hamm e.V.

W dniu 20.08.2027 o 12:33, Ehrenamtsbörse Hamm pisze:
{gt_quote(confirmation("Frau Lewandowska", "TR2", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Old-style formal mail naming the room by number ("Themenraum 2 (Gesang)");
# "Ich komme mit zwei Sangesbrüdern" = 3; "seit über 150 Jahren", "1873" are
# no sizes.  iso-8859-1 QP.

@mail("bartmann-mgv-themenraum-2", "2027-09-03 14:10:05",
      E("registration", "heinrich.bartmann@mgv-concordia-pelkum.example", "Heinrich Bartmann",
        "Männergesangverein Concordia 1873 Hamm-Pelkum e.V.", ["TR2"], 3, "de"), "de")
def _(m):
    m.head(("From", "Heinrich Bartmann <heinrich.bartmann@mgv-concordia-pelkum.example>"),
           ("To", BOX),
           ("Subject", "Anmeldung MGV Concordia"),
           ("Date", m.date),
           ("Message-ID", "<000001dbfc2e$9a8b7c60$cfa27520$@mgv-concordia-pelkum.example>"),
           ("X-Mailer", "Microsoft Outlook 14.0"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

hiermit melde ich den Männergesangverein Concordia 1873 Hamm-Pelkum e.V. zur
Ehrenamtsbörse an. Wir bitten um einen Tisch im Themenraum 2 (Gesang).
Ich komme mit zwei Sangesbrüdern.

Unser Chor besteht seit über 150 Jahren, aber uns fehlt leider der
Nachwuchs. Vielleicht findet sich ja über die Börse der eine oder andere
jüngere Sänger.

Mit freundlichem Sängergruß
Heinrich Bartmann
Schriftführer
Männergesangverein Concordia 1873 Hamm-Pelkum e.V.
""", charset="iso-8859-1", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Postfix bounce (multipart/report): the confirmation to 031's mailbox was
# refused because the mailbox is full; the returned confirmation names TR2.

@mail("postfix-bounce-mailbox-full", "2027-09-03 14:11:20",
      E("bounce", bounced="heinrich.bartmann@mgv-concordia-pelkum.example"), "en")
def _(m):
    rcpt = "heinrich.bartmann@mgv-concordia-pelkum.example"
    m.head(("From", "MAILER-DAEMON@mail.hamm.example (Mail Delivery System)"),
           ("To", BOX),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270903121120.4B7E21C0F9@mail.hamm.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.hamm.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host
    mx.mgv-concordia-pelkum.example[198.51.100.77] said: 552 5.2.2 Mailbox full
    - quota exceeded (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.hamm.example"),
         ("X-Postfix-Queue-ID", "4B7E21C0F9"),
         ("X-Postfix-Sender", f"rfc822; {BOX}"),
         ("Arrival-Date", "Fri,  3 Sep 2027 14:11:17 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx.mgv-concordia-pelkum.example"),
         ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox full - quota exceeded")])
    original = confirmation_message(
        f"Heinrich Bartmann <{rcpt}>", "Herr Bartmann", "TR2", 3,
        "Fri, 3 Sep 2027 14:11:16 +0200", "<mailbot.20270903141116.2c8e@hamm.example>",
        "<000001dbfc2e$9a8b7c60$cfa27520$@mgv-concordia-pelkum.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 033 ---------------------------------------------------------------------
# English change of party size only (2 -> 4), "Same room as before is fine";
# Outlook for iOS quote with English labels.

@mail("asante-hawks-english-size-change", "2027-09-06 09:05:33",
      E("change", "kevin.asante@hammhawks.example", "Kevin Asante",
        "Hamm Hawks Basketball e.V.", [], 4, "en"), "en")
def _(m):
    m.head(("From", "Kevin Asante <kevin.asante@hammhawks.example>"),
           ("To", TO_BOX),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<PA4P190MB1252C9D8E7F6A5B4@PA4P190MB1252.EURP190.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270824151502.3a9f@hamm.example>"),
           ("References", "<mailbot.20270824151502.3a9f@hamm.example>"),
           ("X-Mailer", "Outlook for iOS"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hi,

quick update from the Hamm Hawks: two more of our coaches want to help at the stand, so we'll be four people instead of two. Same room as before is fine.

Thanks!
Kevin Asante
Hamm Hawks Basketball e.V.

________________________________
From: Ehrenamtsbörse Hamm <{BOX}>
Sent: Tuesday, August 24, 2027 3:15:02 PM
To: Kevin Asante <kevin.asante@hammhawks.example>
Subject: {CONFIRMATION_SUBJECT}

{confirmation("Herr Asante", "TR1", 2)}
""", charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Sent from the club's shared mailbox with a personal Reply-To; first choice
# sports, second the social groups (paraphrased); "zu zweit".

@mail("luettecke-club-mailbox-reply-to", "2027-09-06 16:40:58",
      E("registration", "petra.luettecke@mail.example", "Petra Lüttecke",
        "TV Rhynern 1912 e.V.", ["TR1", "TR3"], 2, "de"), "de")
def _(m):
    m.head(("From", '"TV Rhynern 1912 e.V." <info@tv-rhynern.example>'),
           ("Reply-To", addr("Petra Lüttecke", "petra.luettecke@mail.example")),
           ("To", BOX),
           ("Subject", ew("Ehrenamtsbörse – Anmeldung TV Rhynern", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<a4c19e5b-7d20-4f63-b8e1-3f0a6c2d9e57@tv-rhynern.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich schreibe über das Vereinspostfach, bitte antworten Sie aber an meine
private Adresse (steht als Antwortadresse drin).

Der TV Rhynern 1912 e.V. ist gern bei der Ehrenamtsbörse dabei. Wir suchen
Übungsleiter für Kinderturnen und Reha-Sport und Helfer für das
Sportabzeichen. Bitte zu den anderen Sportvereinen – und falls es da eng
wird, gern auch zu den sozialen Gruppen, unser Reha-Sport passt ja ein
bisschen zur Seniorenarbeit.

Am Stand sind wir zu zweit.

Viele Grüße
Petra Lüttecke
Abteilungsleiterin Turnen
""", charset="utf-8", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Cancellation, Outlook alternative (windows-1252 QP) quoting the confirmation
# (TR4, 3 persons) below a Von:/Gesendet: block.

KAMPMANN_TEXT = """Sehr geehrte Frau Kemper-Brandt,

leider muss ich die Anmeldung der Flüchtlingshilfe Hamm-Norden zurückziehen. Nachdem zwei unserer langjährigen Aktiven weggezogen sind, schaffen wir es im September nicht, einen Stand zu besetzen. Vielleicht klappt es im nächsten Jahr wieder.

Mit freundlichen Grüßen
Dorothea Kampmann
Flüchtlingshilfe Hamm-Norden"""


@mail("kampmann-cancel-outlook-quote", "2027-09-07 10:00:14",
      E("cancellation", "d.kampmann@fluechtlingshilfe-hamm-norden.example", "Dorothea Kampmann",
        "Flüchtlingshilfe Hamm-Norden", [], None, "de"), "de")
def _(m):
    m.head(("From", '"Kampmann, Dorothea" <d.kampmann@fluechtlingshilfe-hamm-norden.example>'),
           ("To", TO_BOX),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHb8x1Yk5Rt2mWcQ0pZ7aL3vN9eJgAC"),
           ("Date", m.date),
           ("Message-ID", "<AS8PR04MB7745B1C2D3E4F5A6B7C8D9E0F1A2@AS8PR04MB7745.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270819112002.5d6e@hamm.example>"),
           ("References", "<mailbot.20270819112002.5d6e@hamm.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Ehrenamtsbörse Hamm <{BOX}>", "Donnerstag, 19. August 2027 11:20",
             "Kampmann, Dorothea <d.kampmann@fluechtlingshilfe-hamm-norden.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Kampmann", "TR4", 3))
    m.alternative(outlook_plain(KAMPMANN_TEXT, quote), outlook_html(KAMPMANN_TEXT, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 036 ---------------------------------------------------------------------
# Casual Ruhr-German with an emoji; "zu die annern Chöre"; "mit sechs Mann,
# mich mitgezählt" = 6; the display name is a nickname, the signature the full
# name.

@mail("tigges-shantychor-ruhrdeutsch", "2027-09-07 18:25:09",
      E("registration", "hansi.tigges@mail.example", "Hans-Jürgen Tigges",
        "Shanty-Chor Lippewellen Hamm", ["TR2"], 6, "de"), "de")
def _(m):
    m.head(("From", "Hansi Tigges <hansi.tigges@mail.example>"),
           ("To", BOX),
           ("Subject", "Shantychor will auch!"),
           ("Date", m.date),
           ("Message-ID", "<p9w3e7.1788805509.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Moin Frau Kemper-Brandt,

hier is der Hansi vom Shanty-Chor Lippewellen. Wir wollen auch wieder mitmachen bei die Ehrenamtsbörse, klar doch. Stellen Se uns man wieder zu die annern Chöre, da gehörn wir hin. Wir kommen mit sechs Mann, mich mitgezählt – und wenn Se wollen, singen wir auch n Lied 😉

Bis denne
Hans-Jürgen Tigges
Shanty-Chor Lippewellen Hamm

Von meinem Samsung Galaxy Smartphone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Polish cancellation, Gmail alternative with a Polish attribution line,
# quoting the German confirmation (TR3, 2).

NOWICKI_TEXT = """Dzień dobry,

niestety musimy odwołać nasz udział w Ehrenamtsbörse. Nasza przewodnicząca zachorowała, a sam nie dam rady obsłużyć stoiska. Bardzo przepraszam za kłopot.

Z poważaniem
Krzysztof Nowicki
Polski Klub Seniora w Hamm"""

NOWICKI_ATTR = f"pon., 30 sie 2027 o 10:12 Ehrenamtsbörse Hamm <{BOX}> napisał(a):"
NOWICKI_CONF = confirmation("Herr Nowicki", "TR3", 2)


@mail("nowicki-polish-cancel-gmail", "2027-09-08 09:40:36",
      E("cancellation", "k.nowicki@mail.example", "Krzysztof Nowicki",
        "Polski Klub Seniora w Hamm", [], None, "pl"), "pl")
def _(m):
    m.head(("From", "Krzysztof Nowicki <k.nowicki@mail.example>"),
           ("To", TO_BOX),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CANv3Xp7tR0yQ4mB1wZ8kL2sF5dH9gJ6cE3aU7oN0iT4wY8rVz@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270830101202.8c4a@hamm.example>"),
           ("References", "<mailbot.20270830101202.8c4a@hamm.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{NOWICKI_TEXT}\n\n{NOWICKI_ATTR}\n\n{gt_quote(NOWICKI_CONF)}\n"
    m.alternative(plain, gmail_html(NOWICKI_TEXT, NOWICKI_ATTR, NOWICKI_CONF),
                  charset="utf-8", cte="base64", style="gmail")


# -- 038 ---------------------------------------------------------------------
# Question from an already registered club (power at the table, set-up time);
# "(Sportraum, 2 Personen)" describes the existing registration, no change.

@mail("rademacher-ttc-question-power", "2027-09-09 13:15:42",
      E("question", "sven.rademacher@ttc-werries.example", "Sven Rademacher",
        "TTC Hamm-Werries", [], None, "de"), "de")
def _(m):
    m.head(("From", "Sven Rademacher <sven.rademacher@ttc-werries.example>"),
           ("To", BOX),
           ("Subject", "Stromanschluss am Stand?"),
           ("Date", m.date),
           ("Message-ID", "<trinity-1f4b7c90-2a5d-4e38-b6f0-c9d3e1a7b245-1788959742003@3c-app-webpost-bs12>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

wir sind für die Ehrenamtsbörse angemeldet (Sportraum, 2 Personen). Zwei
Fragen noch: Gibt es an den Tischen Strom? Wir würden gern auf einem
Bildschirm einen kleinen Film über unsere Jugendarbeit zeigen. Und ab wann
können wir am Samstag aufbauen?

Danke und Gruß
Sven Rademacher
TTC Hamm-Werries
""", charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# On the evening of the deadline, Outlook HTML only (windows-1252 QP); the room
# by its catchphrase in typographic quotes („Nächstenliebe konkret“); "zu zweit".

RAULF_TEXT = """Sehr geehrte Frau Kemper-Brandt,

auf den letzten Drücker: Der Ökumenische Mittagstisch Hamm-Mitte möchte sich noch zur Ehrenamtsbörse anmelden, wir haben die Einladung leider erst heute im Gemeindebrief entdeckt. Wir wären gern im Raum „Nächstenliebe konkret“. Wir kommen zu zweit.

Ich hoffe, es ist noch ein Tisch frei!

Mit freundlichen Grüßen
Christa Raulf
Ökumenischer Mittagstisch Hamm-Mitte"""


@mail("raulf-mittagstisch-deadline-outlook-html", "2027-09-10 22:50:17",
      E("registration", "christa.raulf@mittagstisch-hamm.example", "Christa Raulf",
        "Ökumenischer Mittagstisch Hamm-Mitte", ["TR3"], 2, "de"), "de")
def _(m):
    m.head(("From", '"Raulf, Christa" <christa.raulf@mittagstisch-hamm.example>'),
           ("To", TO_BOX),
           ("Subject", ew("Anmeldung Ehrenamtsbörse – noch möglich?", "windows-1252", "q")),
           ("Thread-Topic", ew("Anmeldung Ehrenamtsbörse – noch möglich?", "windows-1252", "q")),
           ("Thread-Index", "AdwCk3p8Rz1mTq6yWb0nX4cL9eJsHA=="),
           ("Date", m.date),
           ("Message-ID", "<GV1PR03MB8456E1F2A3B4C5D6E7F8A9B0C1D2@GV1PR03MB8456.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(RAULF_TEXT), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Change after the deadline, phrased as a question ("könnten Sie uns ... zu
# den Flüchtlingshelfern umsetzen?"); iPhone quote of the confirmation (TR3, 2).

@mail("osthues-change-to-refugee-room-iphone", "2027-09-13 10:05:51",
      E("change", "marianne.osthues@mail.example", "Marianne Osthues",
        "Ev. Frauenhilfe Bockum-Hövel", ["TR4"], None, "de"), "de")
def _(m):
    m.head(("From", "Marianne Osthues <marianne.osthues@mail.example>"),
           ("To", TO_BOX),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<B3E7A9C1-0D2F-4A58-9B6E-1C4D7F0A3E92@mail.example>"),
           ("In-Reply-To", "<mailbot.20270826110202.1e7b@hamm.example>"),
           ("References", "<mailbot.20270826110202.1e7b@hamm.example>"),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single(f"""Liebe Frau Kemper-Brandt,

könnten Sie uns noch in den Raum zu den Flüchtlingshelfern umsetzen? Unser neues Sprachcafé für ukrainische Frauen ist inzwischen unser größtes Projekt, und dafür suchen wir die meisten Helferinnen. Wir sind weiterhin zu zweit.

Herzliche Grüße
Marianne Osthues
Ev. Frauenhilfe Bockum-Hövel

Von meinem iPhone gesendet

> Am 26.08.2027 um 11:02 schrieb Ehrenamtsbörse Hamm <{BOX}>:
> 
{gt_quote(confirmation("Frau Osthues", "TR3", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# Marketing spam (other) naming the event; alternative, English.

PROMO_TEXT = """Hi Ehrenamtsbörse Hamm team,

We noticed your event "Ehrenamtsbörse Hamm 2027" is coming up on September 25.
Did you know that 63% of community events miss their attendance goal?

EventBoost fills your room with targeted social ads, automated reminder
sequences and a branded registration page - set up in 24 hours.

This week only: 40% off our Starter package.
Book a free demo: https://eventboost-marketing.example/demo?ref=hamm2027

Best,
Tyler Morgan
Growth Team, EventBoost

You are receiving this email because your address is publicly listed.
Unsubscribe: https://eventboost-marketing.example/unsub?e=ehrenamtsboerse%40hamm.example"""

PROMO_HTML = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#111">
<p>Hi Ehrenamtsbörse Hamm team,</p>
<p>We noticed your event <b>&quot;Ehrenamtsbörse Hamm 2027&quot;</b> is coming up on September 25.
Did you know that <b>63%</b> of community events miss their attendance goal?</p>
<p>EventBoost fills your room with targeted social ads, automated reminder sequences and a branded registration page &ndash; set up in 24 hours.</p>
<p style="background:#ffe14d;padding:10px"><b>This week only: 40% off our Starter package.</b></p>
<p><a href="https://eventboost-marketing.example/demo?ref=hamm2027" style="background:#e8336d;color:#fff;padding:10px 18px;text-decoration:none">Book a free demo</a></p>
<p>Best,<br>Tyler Morgan<br>Growth Team, EventBoost</p>
<p style="font-size:11px;color:#888">You are receiving this email because your address is publicly listed.
<a href="https://eventboost-marketing.example/unsub?e=ehrenamtsboerse%40hamm.example">Unsubscribe</a></p>
</body></html>
"""


@mail("eventboost-marketing-spam", "2027-09-16 12:30:00",
      E("other"), "en", tz=-4)
def _(m):
    m.head(("From", "Tyler from EventBoost <tyler@eventboost-marketing.example>"),
           ("To", BOX),
           ("Subject", "Fill every seat at Ehrenamtsbörse Hamm 2027 (40% off this week)"),
           ("Date", m.date),
           ("Message-ID", "<0100018f2c7e4b1a-3d5f7a9c-1e2b-4c6d-8f0a-2b4c6d8e0f1a-000000@mailer.eventboost-marketing.example>"),
           ("List-Unsubscribe", "<https://eventboost-marketing.example/unsub?e=ehrenamtsboerse%40hamm.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(PROMO_TEXT, PROMO_HTML, charset="utf-8", cte="quoted-printable")


# -- 042 ---------------------------------------------------------------------
# Change of party size only (3 -> 2), plain Outlook quote below a line of
# underscores (the quote names the music room and 3).

@mail("schoettler-spielmannszug-size-down", "2027-09-20 09:00:48",
      E("change", "f.schoettler@spielmannszug-heessen.example", "Friedhelm Schöttler",
        "Spielmannszug Hamm-Heessen 1954 e.V.", [], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Friedhelm Schöttler", "f.schoettler@spielmannszug-heessen.example",
                         "iso-8859-1", "q")),
           ("To", TO_BOX),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<VI1P190MB0644D2E3F4A5B6C7@VI1P190MB0644.EURP190.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270902091402.6a1c@hamm.example>"),
           ("References", "<mailbot.20270902091402.6a1c@hamm.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Tag,

bei uns hat sich leider ein Helfer abgemeldet, wir sind am Stand also nur noch zu zweit statt zu dritt. Sonst bleibt alles wie besprochen.

Mit freundlichem Gruß
Friedhelm Schöttler
Spielmannszug Hamm-Heessen 1954 e.V.

________________________________
Von: Ehrenamtsbörse Hamm <{BOX}>
Gesendet: Donnerstag, 2. September 2027 09:14
An: Friedhelm Schöttler <f.schoettler@spielmannszug-heessen.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Herr Schöttler", "TR2", 3)}
""", charset="windows-1252", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# Short English cancellation from an iPhone two days before the fair, with the
# iOS quote of the German confirmation (TR4, 1).

@mail("reid-english-cancel-iphone", "2027-09-23 07:45:26",
      E("cancellation", "anna.reid@mail.example", "Anna Reid", None, [], None, "en"), "en")
def _(m):
    m.head(("From", "Anna Reid <anna.reid@mail.example>"),
           ("To", TO_BOX),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<F1C3E5A7-9B2D-4F60-8A1C-3E5B7D9F1A24@mail.example>"),
           ("In-Reply-To", "<mailbot.20270901192202.0b5e@hamm.example>"),
           ("References", "<mailbot.20270901192202.0b5e@hamm.example>"),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single(f"""Hi, so sorry but I have to cancel for Saturday - both kids have chickenpox and I can't find anyone to take over our table. Please give the spot to someone else.
Anna Reid

Sent from my iPhone

> On 1 Sep 2027, at 19:22, Ehrenamtsbörse Hamm <{BOX}> wrote:
> 
{gt_quote(confirmation("Frau Reid", "TR4", 1))}
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


def check_labels(e):
    """Problems with the form of one expected record."""
    p = []
    if tuple(e) != FIELDS:
        p.append("expected record has wrong keys")
        return p
    k = e["kind"]
    if k not in KINDS:
        p.append(f"bad kind {k}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in ROOM_IDS for w in wg) or len(set(wg)) != len(wg):
        p.append(f"bad workgroups {wg}")
    if k not in ("registration", "change") and wg:
        p.append("workgroups must be [] for this kind")
    ps = e["party_size"]
    if k == "registration":
        if not (isinstance(ps, int) and ps >= 1):
            p.append("registration needs party_size >= 1")
    elif k == "change":
        if ps is not None and not (isinstance(ps, int) and ps >= 1):
            p.append("bad party_size for change")
    elif ps is not None:
        p.append("party_size must be null for this kind")
    if k in PERSON_KINDS:
        if not e["email"] or e["email"] != e["email"].lower():
            p.append("person mail needs a lower-case email")
        if not e["name"]:
            p.append("person mail needs a name")
        if e["language"] not in LANGS:
            p.append(f"bad language {e['language']}")
    else:
        for f in ("email", "name", "organisation", "language"):
            if e[f] is not None:
                p.append(f"{f} must be null for {k}")
    if (k == "bounce") != (e["bounced_recipient"] is not None):
        p.append("bounced_recipient only and always for bounces")
    if e["bounced_recipient"] and e["bounced_recipient"] != e["bounced_recipient"].lower():
        p.append("bounced_recipient must be lower-case")
    return p


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
    if not (datetime.datetime(2027, 8, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 10, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Aug-Sep 2027")
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
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in (
                "schemas.microsoft.com", "www.w3.org", "w3.org"):
            problems.append(f"non-example URL host {dom}")
    problems += check_labels(expected)
    k = expected["kind"]
    plain = html.unescape(text)
    low = plain.lower()
    if k in PERSON_KINDS:
        if expected["email"] not in low:
            problems.append("expected email does not occur in the mail")
        if expected["name"] not in plain:
            problems.append("expected name does not occur in the mail")
        if expected["organisation"] and expected["organisation"] not in plain:
            problems.append("expected organisation does not occur in the mail")
    if k in ("change", "cancellation"):
        if msg["In-Reply-To"] is None or "Angemeldete Personen:" not in plain:
            problems.append("change/cancellation must answer and quote the confirmation")
    if k == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    return problems


def sender(data):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    return getaddresses([str(msg["From"])])[0][1].lower()


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built})
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x text language:")
    print(f"  {'':13}" + "".join(f"{l:>5}" for l in langs) + "  all")
    for k in KINDS:
        if kinds[k]:
            print(f"  {k:13}" + "".join(f"{table[(k, l)] or '-':>5}" for l in langs)
                  + f"  {kinds[k]:>3}")
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

    for (name, m, e, _), data in zip(built, datas):
        for problem in check(name, data, m, e):
            print(f"{name}: {problem}")
            bad += 1
    seen = collections.Counter(sender(d) for d in datas)
    for s, n in seen.items():
        if n > 1:
            print(f"sender {s} appears {n} times")
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
