#!/usr/bin/env python3
"""Build the "first contact" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: MSO-Tag 2027 (config.toml is an unchanged copy of ../../shared/corpus/dev/config.toml),
45 mails from people who write to the event for the first time: newcomers to Germany
and to associations, German from translation apps, international students and
volunteers in English, Integrationslotsen and social workers writing for the refugees
they support, people who misread what the workgroups are, people who tell their life
story before they say what they want, and a few machine mails.

Every mail text is written by hand below.  The script only wraps the texts in MIME
with the standard `email` package, writes the files and reads every file back to
check it (see check()).

    python3 make_mails.py           # (re)write mails/*.eml and expected.json, then check
    python3 make_mails.py --check   # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats   # also print counts per kind, language and format

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).
Standard library only, Python 3.11.
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
from email.utils import format_datetime, formataddr, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': hand-encoded header values are written exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"
INVITATION_ID = "<einladung.mso2027.0112.k7r2@muenster.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
WORKGROUP_IDS = ("AG1", "AG2", "AG3")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset="utf-8", enc="q"):
    """'Name <address>' with a non-ASCII name as RFC 2047 words in `charset`."""
    if name.isascii():
        return formataddr((name, address))
    return f"{ew(name, charset, enc)} <{address}>"


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


def gt_quote(text):
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))


def esc(line):
    return html.escape(line, quote=False)


def E(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    """One expected.json record; every key is always present."""
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def _h(slug, n):
    return hashlib.sha256(f"final11e/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


# ---------------------------------------------------------------------------
# one message under construction
# ---------------------------------------------------------------------------

class Mail:
    def __init__(self, slug, when, tz_hours=1):
        self.slug = slug
        tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
        self.when = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
        self.date = format_datetime(self.when)
        self.msg = EmailMessage(policy=POLICY)
        self.intended = []          # decoded content of each leaf part, in walk order
        self.crlf = False
        self._nb = 0

    def head(self, *pairs, envelope=None, received=True, crlf=False):
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in order.
        ASCII values (plain or RFC 2047-encoded) are stored verbatim, folded at
        spaces; values with non-ASCII characters are encoded by the policy (UTF-8)."""
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
                (self.when + datetime.timedelta(seconds=2)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=1))))
            qid = _h(self.slug, "qid")[:11].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.muenster.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{MSO}>; {arrival}")
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

    def binary(self, data, maintype, subtype, filename):
        p = MIMEPart(policy=POLICY)
        p.set_content(data, maintype=maintype, subtype=subtype, cte="base64",
                      disposition="attachment", filename=filename)
        self.intended.append(data)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
               params=None):
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            self.msg[k] = v
        self.intended.append(text)

    def boundary(self, style="std"):
        self._nb += 1
        h = _h(self.slug, f"b{self._nb}")
        if style == "outlook":
            return f"_00{self._nb}_DB9PR02MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:16]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mx.muenster.example"
        if style == "yahoo":
            return f"----=_Part_{int(h[:7], 16)}_{int(h[7:16], 16)}.{1800000000000 + int(h[16:22], 16)}"
        return f"=_{h[:24]}"

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


def make_pdf(lines):
    """A minimal one-page PDF showing `lines` (ASCII)."""
    ops = ["BT", "/F1 22 Tf", "70 760 Td"]
    for i, line in enumerate(lines):
        if i == 1:
            ops.append("/F1 13 Tf")
        ops.append(f"({line}) Tj")
        ops.append("0 -26 Td")
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("ascii")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>",
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
# texts that several mails quote (written for this set)
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung zum Tag der Migrantenselbstorganisationen 2027"
INVITATION = """Sehr geehrte Damen und Herren,
liebe Aktive in Vereinen und Initiativen,

am Samstag, dem 13. März 2027, findet von 10 bis 16 Uhr im Stadtweinhaus
(Prinzipalmarkt 8, 48143 Münster) der Tag der Migrantenselbstorganisationen
statt. Wir laden Sie und Ihre Mitglieder herzlich dazu ein.

Nach der Begrüßung und einem Impulsvortrag arbeiten wir in drei parallelen
Arbeitsgruppen weiter:

  Arbeitsgruppe I:   Menschen mit Migrationsvorgeschichte im Bildungssystem
  Arbeitsgruppe II:  Münsters Zukunftsprozess aus der Sicht der Menschen mit
                     Migrationsvorgeschichte
  Arbeitsgruppe III: Förderungsmöglichkeiten und effektives Vereinsmanagement

Anmeldungen nehmen wir bis Samstag, 6. März 2027, per E-Mail an
mso-tag@muenster.example entgegen. Bitte schreiben Sie uns, wer kommt, für
welche Organisation, wie viele Personen und welche Arbeitsgruppe Sie
bevorzugen.

Die Teilnahme ist kostenfrei, ein Mittagsimbiss wird angeboten.

Freundliche Grüße
Kommunales Integrationszentrum Münster"""

CONF_SUBJECT = "Anmeldebestätigung: Tag der Migrantenselbstorganisationen 2027"

AG_LABEL = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(salutation, ag, persons):
    """The confirmation the registration mailbox sent; quoted by changes and cancellations."""
    return f"""Guten Tag {salutation},

Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027 ist bei uns
eingegangen. Wir freuen uns auf Sie!

Termin:        Samstag, 13. März 2027, 10:00–16:00 Uhr
Ort:           Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
Arbeitsgruppe: {AG_LABEL[ag]}
Personen:      {persons}

Wenn sich etwas ändert oder Sie nicht kommen können, antworten Sie bitte
einfach auf diese Nachricht.

Kommunales Integrationszentrum Münster
Tag der Migrantenselbstorganisationen"""


def confirmation_message(to, salutation, ag, persons, when, msgid, in_reply_to):
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
    m.set_content(confirmation(salutation, ag, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


# -- HTML flavours -------------------------------------------------------------

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
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
span.E-MailFormatvorlage20
	{{mso-style-type:personal-reply;
	font-family:"Aptos",sans-serif;
	color:windowtext;}}
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


OUTLOOK_LABELS = {
    "de": ("Von:", "Gesendet:", "An:", "Betreff:"),
    "en": ("From:", "Sent:", "To:", "Subject:"),
}


def outlook_html(text, quote=None, charset="windows-1252", labels="de"):
    """Word-HTML as Outlook writes it; quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        lv, lg, la, lb = OUTLOOK_LABELS[labels]
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b>{lv}</b> {esc(von)} <br>\n"
                   f"<b>{lg}</b> {esc(gesendet)}<br>\n"
                   f"<b>{la}</b> {esc(an)}<br>\n"
                   f"<b>{lb}</b> {esc(betreff)}<o:p></o:p></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return (OUTLOOK_HEAD.format(charset=charset) + "\n".join(out)
            + "\n</div>\n</body>\n</html>\n")


def outlook_plain(text, quote=None, labels="de"):
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    lv, lg, la, lb = OUTLOOK_LABELS[labels]
    return (f"{text}\n\n{lv} {von}\n{lg} {gesendet}\n{la} {an}\n"
            f"{lb} {betreff}\n\n{quoted}")


def gmail_html(text, rtl=False, attr=None, quoted=None):
    """Gmail markup; with attr/quoted a gmail_quote block follows."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
    if attr:
        q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
        out += ("<br><div class=\"gmail_quote gmail_quote_container\">"
                f"<div dir=\"ltr\" class=\"gmail_attr\">{esc(attr)}<br></div>"
                "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
                "border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
                f"{q}</blockquote></div>")
    return out + "\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """GMX/web.de-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def yahoo_html(text):
    inner = "".join(f"<div dir=\"ltr\" data-setdir=\"false\">{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return ("<html><head></head><body><div class=\"yahoo-style-wrap\" style=\"font-family:"
            "Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;\">"
            f"{inner}</div></body></html>\n")


# ---------------------------------------------------------------------------
# the mails, in arrival order; the numbers follow this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz, expected, text_language, notes, builder)


def mail(slug, when, expected, text_lang, tz=1, notes=""):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, notes, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Integrationslotsin registers herself and the Syrian mother she accompanies;
# Thunderbird reply quoting the whole invitation (all three AGs in the quote).

SOMMERKAMP = """Guten Tag,

vielen Dank für die Einladung, die mir Frau Tebbe vom Stadtteilbüro
weitergeleitet hat.

Ich bin seit dem Sommer ehrenamtliche Integrationslotsin beim Lotsenpunkt
Kinderhaus und begleite dort unter anderem Frau Rania Al-Hamwi, die mit
ihren drei Kindern aus Aleppo nach Münster gekommen ist. Frau Al-Hamwi
hilft inzwischen im Elterncafé der Grundschule mit und möchte gern mehr
darüber erfahren, wie Schule in Deutschland funktioniert und wo Eltern
mitreden können.

Wir würden deshalb gern zu zweit kommen, am liebsten in die Arbeitsgruppe I
(Bildungssystem).

Frau Al-Hamwi hat keine eigene E-Mail-Adresse, bitte schreiben Sie alles
an mich.

Mit freundlichen Grüßen
Brigitte Sommerkamp
Integrationslotsin, Lotsenpunkt Kinderhaus
Tel. 0251 555 2184"""


@mail("sommerkamp-lotsin-with-client-quotes-invitation", "2027-01-12 17:21:40",
      E("registration", "b.sommerkamp@t-online.example", "Brigitte Sommerkamp",
        "Lotsenpunkt Kinderhaus", ["AG1"], 2, "de"), "de",
      notes="helper + client, quoted invitation names all AGs")
def _(m):
    m.head(("From", "Brigitte Sommerkamp <b.sommerkamp@t-online.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5b1e2a7c-93d0-4f1a-8c62-0e7d41b9a3f5@t-online.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    body = (SOMMERKAMP + "\n\nAm 12.01.27 um 14:03 schrieb Tag der Migrantenselbstorganisationen:\n"
            + gt_quote(INVITATION) + "\n")
    m.single(body, charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# German from a translation app (Dari speaker); wants to found an association,
# so AG 3 ("Arbeitsgruppe drei"); no organisation yet.

NOORI = """Sehr geehrte Damen und Herren,

Ich hoffe, dass es Ihnen gut geht.

Mein Name ist Ahmad Zia Noori und ich komme aus Afghanistan, Provinz Herat. Seit 14 Monaten lebe ich in der Stadt Münster. Ich habe Ihre Einladung auf der Pinnwand in meiner Sprachschule gesehen und mein Lehrer hat gesagt, dass jeder teilnehmen darf.

Ich bin derzeit kein Mitglied einer Vereinigung, aber ich habe die Absicht, einen Verein für afghanische Jugendliche zu gründen, damit sie Sport treiben und bei den Hausaufgaben Hilfe bekommen. Ich weiß nicht, wie man einen Verein gründet und woher das Geld kommt.

Aus diesem Grund möchte ich mich für die Arbeitsgruppe drei registrieren, in der es um die Förderung und die Verwaltung des Vereins geht. Ich werde alleine teilnehmen.

Ich bedanke mich im Voraus für Ihre Mühe und Ihre Zeit.

Mit freundlichen Grüßen
Ahmad Zia Noori"""


@mail("noori-app-german-found-association", "2027-01-13 09:47:12",
      E("registration", "ahmadzia.noori@gmail.example", "Ahmad Zia Noori", None,
        ["AG3"], 1, "de"), "de", notes="translation-app German")
def _(m):
    m.head(("From", "Ahmad Zia Noori <ahmadzia.noori@gmail.example>"),
           ("To", MSO),
           ("Subject", "Registrierung für die Veranstaltung von Selbstorganisation"),
           ("Date", m.date),
           ("Message-ID", "<CAF7xq2pN0ori+Rk3vW9yT1bH6mZ4sD8eJ2cL5uA0gQ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(NOORI, gmail_html(NOORI), style="gmail")


# -- 003 ---------------------------------------------------------------------
# International student, English; first and second choice by number.

RAGHUNATHAN = """Dear organisers,

I hope it's okay to write in English - my German is still at A2 level, I'm working on it!

My name is Priya Raghunathan, I'm doing my master's in Geoinformatics at the university, and since October I volunteer at the Welcome Café International in Hiltrup, where we meet newcomers every Thursday afternoon. A friend from the café forwarded me your invitation.

I would love to take part on 13 March. I'm most interested in working group 2 about Münster's future process (my thesis is on participatory urban planning), and if that one is full, group 1 would be my second choice.

It's just me, one person.

Thank you very much and kind regards,
Priya

--
Priya Raghunathan
M.Sc. Geoinformatics, Universität Münster
Volunteer, Welcome Café International"""


@mail("raghunathan-student-english-two-choices", "2027-01-14 22:15:03",
      E("registration", "priya.raghunathan@uni-muenster.example", "Priya Raghunathan",
        "Welcome Café International", ["AG2", "AG1"], 1, "en"), "en")
def _(m):
    m.head(("From", "Priya Raghunathan <priya.raghunathan@uni-muenster.example>"),
           ("To", MSO),
           ("Subject", "Registration – MSO Day 13 March"),
           ("Date", m.date),
           ("Message-ID", "<CAJr8vK1x+Pq7dM0w2Yb5nHc3eT9fLs6aZ4gUo1iR8k@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(RAGHUNATHAN, gmail_html(RAGHUNATHAN), style="gmail")


# -- 004 ---------------------------------------------------------------------
# Arabic: a father registers the whole family (5 persons); display name is a
# kunya ("Abu Omar"), the signature gives the name.

QASSAB = """السلام عليكم ورحمة الله،

أنا يوسف القصاب من سوريا، أعيش في مونستر منذ سنة ونصف مع زوجتي وأولادي الثلاثة. قرأت عن هذا اليوم في مجموعة واتساب للعائلات العربية، وأحب أن أشارك لأنها أول مرة نسمع فيها عن شيء مثل هذا.

نريد أن نأتي كلنا، أنا وزوجتي والأولاد، يعني خمسة أشخاص. نحن مهتمون أكثر بمجموعة العمل الأولى عن التعليم والمدارس، لأن أولادنا في المدرسة ونجد النظام هنا صعباً.

هل يجب أن نحضر معنا أوراقاً أو هويات؟

شكراً جزيلاً
يوسف القصاب"""


@mail("qassab-arabic-family-of-five", "2027-01-15 20:31:55",
      E("registration", "yousef.qassab@mail.example", "يوسف القصاب", None,
        ["AG1"], 5, "ar"), "ar", notes="family with children; kunya display name")
def _(m):
    m.head(("From", "Abu Omar <yousef.qassab@mail.example>"),
           ("To", MSO),
           ("Subject", ew("تسجيل حضور يوم منظمات المهاجرين", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAK2wQ7n+Yq9sT4pXb1LmR6dF0hC3eZ8vN5jG2aU7oW@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(QASSAB, gmail_html(QASSAB, rtl=True), cte="base64", style="gmail")


# -- 005 ---------------------------------------------------------------------
# Tigrinya: she and her sister (2), "ጉጅለ ስራሕ 3"; the group's German name in
# Latin letters inside the Ge'ez text; Yahoo, base64.

TESFAMARIAM = """ሰላም ክቡራት ኣሰናዳእቲ፣

ኣነ ሄለን ተስፋማርያም እየ። ቅድሚ ክልተ ዓመት ካብ ኤርትራ ናብ ጀርመን መጺአ፣ ሕጂ ኣብ ሙንስተር እነብር ኣለኹ። ምስ ካልኦት ኤርትራውያን ደቂ ኣንስትዮ ንእሽቶ ጉጅለ ኣለና፣ ስማ "Eritreische Frauengruppe Münster" እዩ።

ኣብቲ ናይ 13 መጋቢት መዓልቲ ክንሳተፍ ንደሊ ኢና። ኣነን ሓብተይ ሳባን ክልተ ሰባት ኢና። ናብ ጉጅለ ስራሕ 3 (ደገፍ ገንዘብን ምምሕዳር ማሕበርን) ክንከይድ ንደሊ፣ ምኽንያቱ ጉጅለና ማሕበር ክንገብሮ ስለ እንደሊ።

የቐንየልና
ሄለን ተስፋማርያም"""


@mail("tesfamariam-tigrinya-with-sister", "2027-01-16 11:02:37",
      E("registration", "helen.tesfamariam@yahoo.example", "ሄለን ተስፋማርያም",
        "Eritreische Frauengruppe Münster", ["AG3"], 2, "ti"), "ti")
def _(m):
    m.head(("From", "Helen Tesfamariam <helen.tesfamariam@yahoo.example>"),
           ("To", MSO),
           ("Subject", ew("ምዝገባ – MSO-Tag 13.03.2027", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1862305741.2210457.1800000157@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.22946 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.alternative(TESFAMARIAM, yahoo_html(TESFAMARIAM), cte="base64", style="yahoo")


# -- 006 ---------------------------------------------------------------------
# Social worker (Outlook, windows-1252) registers herself and three Somali women
# she advises (4 persons), AG III; adds a question about interpreting.

UPHOFF = """Sehr geehrte Damen und Herren,

hiermit melde ich mich und drei Frauen aus meiner Beratung für den Tag der Migrantenselbstorganisationen am 13.03.2027 an:

- Katrin Uphoff (Flüchtlingsberatung)
- Hodan Abdi Warsame
- Ifrah Mohamed Nuur
- Sahra Ahmed Jama

Die drei Damen kommen aus Somalia und treffen sich seit gut einem Jahr regelmäßig als Frauengruppe. Sie überlegen, daraus einen eingetragenen Verein zu machen, wissen aber noch wenig darüber, was das alles bedeutet. Deshalb möchten wir alle vier gern in die Arbeitsgruppe III (Förderungsmöglichkeiten und Vereinsmanagement).

Eine Frage noch: Frau Nuur und Frau Jama verstehen bisher nur wenig Deutsch. Gibt es an dem Tag eventuell Sprachmittlung (Somali oder Englisch)? Sonst übersetze ich selbst ein bisschen, das geht auch.

Mit freundlichen Grüßen

Katrin Uphoff
Sozialarbeiterin (B.A.)
Flüchtlingsberatung der Diakonie Münster
Telefon 0251 555 0142"""


@mail("uphoff-social-worker-four-persons-outlook", "2027-01-18 10:12:48",
      E("registration", "k.uphoff@diakonie-muenster.example", "Katrin Uphoff",
        "Flüchtlingsberatung der Diakonie Münster", ["AG3"], 4, "de"), "de",
      notes="helper + three clients, registration with a question")
def _(m):
    m.head(("From", '"Uphoff, Katrin" <k.uphoff@diakonie-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung MSO-Tag - Flüchtlingsberatung (4 Personen)"),
           ("Thread-Topic", "Anmeldung MSO-Tag - Flüchtlingsberatung (4 Personen)"),
           ("Thread-Index", "AdtpQ2fE8kLmN0pqRsT1uVwXyZ3aBg=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1742C0D9E5A14B7C@FR3P281MB1742.DEUP281.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(UPHOFF, outlook_html(UPHOFF), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 007 ---------------------------------------------------------------------
# Life story first (learner German, B2): Kharkiv, flight, Kita, Saturday school;
# the request comes in the second-to-last paragraph: she + a colleague, AG 1
# named as "Arbeitsgruppe über Bildungssystem".

BONDARENKO = """Sehr geehrte Damen und Herren,

entschuldigen Sie bitte, dass mein Brief lang wird, aber ich möchte Ihnen zuerst erklären, wer ich bin.

Ich heiße Iryna Bondarenko, ich bin 41 Jahre alt und komme aus Charkiw in der Ukraine. Im März 2022 bin ich mit meiner Tochter (damals 9 Jahre) und meiner Mutter nach Deutschland geflohen. Zuerst waren wir in einer Turnhalle in Dortmund, dann hat uns eine sehr nette Familie in Münster-Gremmendorf aufgenommen. Dafür bin ich bis heute sehr dankbar.

In der Ukraine war ich 15 Jahre Grundschullehrerin. Hier habe ich zuerst Deutschkurse gemacht (jetzt habe ich B2, aber das Schreiben ist immer noch schwer für mich), und seit letztem Jahr arbeite ich als Ergänzungskraft in einer Kita. Meine Anerkennung als Lehrerin läuft noch, das dauert sehr lange.

Am Samstag unterrichten wir, ich und andere ukrainische Mütter, ukrainische Kinder in Ukrainisch, Geschichte und Mathematik, damit sie den Kontakt zu ihrer Sprache nicht verlieren. So ist die Ukrainische Samstagsschule Münster entstanden, wir sind etwa 40 Kinder und 7 Lehrerinnen. Wir sind noch kein Verein, wir treffen uns in den Räumen von einer Kirchengemeinde.

Eine Bekannte hat mir erzählt, dass es den Tag der Migrantenselbstorganisationen gibt. Ich wusste bis jetzt nicht, dass es so etwas gibt, und ich finde das sehr gut.

Deshalb meine Bitte: ich möchte mich und meine Kollegin Natalija Savchuk anmelden. Wir interessieren uns für die Arbeitsgruppe über Bildungssystem, weil viele Eltern Fragen zu deutschen Schulen haben und wir auch über herkunftssprachlichen Unterricht sprechen möchten.

Vielen Dank für Ihre Geduld beim Lesen!

Mit freundlichen Grüßen
Iryna Bondarenko
Ukrainische Samstagsschule Münster"""


@mail("bondarenko-life-story-learner-german", "2027-01-19 23:48:21",
      E("registration", "iryna.bondarenko@icloud.example", "Iryna Bondarenko",
        "Ukrainische Samstagsschule Münster", ["AG1"], 2, "de"), "de",
      notes="life story before the request")
def _(m):
    m.head(("From", "Iryna Bondarenko <iryna.bondarenko@icloud.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung / Frage"),
           ("Date", m.date),
           ("Message-ID", "<3F0C8E61-2B7A-4D95-A1E4-76C9B0D2F813@icloud.example>"),
           ("X-Mailer", "Apple Mail (2.3774.600.62)"),
           ("MIME-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))"))
    m.alternative(BONDARENKO, apple_html(BONDARENKO), style="apple")


# -- 008 ---------------------------------------------------------------------
# Pashto, alone, "دوهمه کاري ډله" (the second workgroup); Eastern Arabic digits
# in the date.

SAFI = """السلام علیکم،

زما نوم ګل رحمان صافي دی. زه د ننګرهار یم او دوه کاله کیږي چې په مونستر کې اوسیږم. زه د کومې ټولنې غړی نه یم، خو غواړم چې د خپل ښار په راتلونکي کې برخه واخلم.

زه غواړم چې د مارچ په ۱۳ مه په دې غونډه کې ګډون وکړم. ما ته دوهمه کاري ډله (د مونستر د راتلونکي پروسه) ډېره په زړه پورې ده. زه یوازې راځم.

مننه
ګل رحمان صافي"""


@mail("safi-pashto-second-group", "2027-01-20 18:05:09",
      E("registration", "gulrahman.safi@mail.example", "ګل رحمان صافي", None,
        ["AG2"], 1, "ps"), "ps")
def _(m):
    m.head(("From", "Gulrahman Safi <gulrahman.safi@mail.example>"),
           ("To", MSO),
           ("Subject", "د MSO ورځې لپاره نوم لیکنه"),
           ("Date", m.date),
           ("Message-ID", "<20270120170509.41c7e2@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single(SAFI, charset="utf-8", cte="8bit")


# -- 009 ---------------------------------------------------------------------
# Out-of-office (RFC 3834 header) answering a confirmation; ISO-8859-1.

@mail("elsbecker-caritas-out-of-office", "2027-01-21 08:30:44",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Martina Elsbecker <m.elsbecker@caritas-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Abwesenheitsnotiz: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<vacation.1768980644.3311@caritas-ms.example>"),
           ("In-Reply-To", "<mailbot.20270121083041.7c2d@muenster.example>"),
           ("References", "<mailbot.20270121083041.7c2d@muenster.example>"),
           ("Auto-Submitted", "auto-replied (vacation)"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 29. Januar 2027
nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an den Fachdienst Migration,
Telefon 0251 555 0180, oder an migrationsdienst@caritas-ms.example.

Mit freundlichen Grüßen
Martina Elsbecker
Caritasverband - Fachdienst Migration
""", charset="iso-8859-1", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Volunteer asks for the young people he works with; will register later.

@mail("whitfield-esc-volunteer-questions", "2027-01-22 14:40:26",
      E("question", "tom.whitfield@esc-volunteers.example", "Tom Whitfield",
        "Jugendzentrum Coerde", [], None, "en"), "en",
      notes="announces a registration for later")
def _(m):
    m.head(("From", "Tom Whitfield <tom.whitfield@esc-volunteers.example>"),
           ("To", MSO),
           ("Subject", "Question about MSO day - language / who can come"),
           ("Date", m.date),
           ("Message-ID", "<a3d9e1f4-0b62-47c8-9d15-c2e7f8a0b4d6@esc-volunteers.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

I'm a European Solidarity Corps volunteer from Cork, working at the youth
centre in Coerde until August. A few of the young people I work with
(mostly 17-19, from Afghanistan, Guinea and Syria) saw the poster and are
curious about the MSO day.

Before I sign anyone up I wanted to check a couple of things:

1. Is the day only for people who are already in an association, or can
   individuals come too?
2. Will everything be in German? Some of them are at A1/A2.
3. Is there a minimum age?

If it works for them I'll send you a proper registration with names.

Thanks a lot,
Tom Whitfield
ESC volunteer, Jugendzentrum Coerde
""", charset="us-ascii", cte="7bit")


# -- 011 ---------------------------------------------------------------------
# Somali: he and his brother, "kooxda shaqada 2aad".

XUSEEN = """Asc,

Magacaygu waa Cabdullahi Xuseen Cilmi. Waxaan Jarmalka imid 2023, hadda waxaan ku noolahay Münster, waxaanan ka shaqeeyaa dukaan. Walaalkay Maxamed ayaa ii sheegay barnaamijkan.

Waxaan rabnaa inaan ka qayb galno maalinta 13-ka March. Waxaan nahay laba qof: aniga iyo walaalkay Maxamed Xuseen Cilmi. Waxaan doorannay kooxda shaqada 2aad (mustaqbalka magaalada Münster), sababtoo ah waxaan rabnaa in codkeena la maqlo.

Mahadsanid
Cabdullahi Xuseen Cilmi"""


@mail("xuseen-somali-with-brother", "2027-01-23 16:20:18",
      E("registration", "cabdullahi.xuseen@mail.example", "Cabdullahi Xuseen Cilmi",
        None, ["AG2"], 2, "so"), "so")
def _(m):
    m.head(("From", "Cabdullahi Xuseen <cabdullahi.xuseen@mail.example>"),
           ("To", MSO),
           ("Subject", "Isdiiwaangelin - maalinta ururada muhaajiriinta"),
           ("Date", m.date),
           ("Message-ID", "<m.20270123162018.19af@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single(div_html(XUSEEN, "font-family: Arial;font-size: 14px;"), subtype="html",
             charset="utf-8", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Arabic text followed by the writer's own Google translation into German.
# The association's registered German name stands in Latin letters in both.

HAMDAN = """مرحباً،

اسمي نزار حمدان، وأنا عضو جديد في جمعية Syrisches Haus Münster e.V.، انضممت إليها قبل ثلاثة أشهر فقط. رئيس الجمعية طلب مني أن أسجل نفسي وزميلي سامر للمشاركة في يوم منظمات المهاجرين الذاتية.

نحن شخصان، ونرغب في المشاركة في مجموعة العمل الثانية حول مستقبل مدينة مونستر.

لغتي الألمانية ليست جيدة بعد، لذلك أضفت ترجمة.

مع الشكر
نزار حمدان

---------------------------------
Übersetzung (Google):

Hallo,

Mein Name ist Nizar Hamdan und ich bin ein neues Mitglied im Verein Syrisches Haus Münster e.V., ich bin ihm erst vor drei Monaten beigetreten. Der Vorsitzende des Vereins hat mich gebeten, mich und meinen Kollegen Samer für die Teilnahme am Tag der Selbstorganisationen der Migranten zu registrieren.

Wir sind zwei Personen und möchten an der zweiten Arbeitsgruppe über die Zukunft der Stadt Münster teilnehmen.

Mein Deutsch ist noch nicht gut, deshalb habe ich eine Übersetzung hinzugefügt.

Mit Dank
Nizar Hamdan"""


@mail("hamdan-arabic-plus-google-translation", "2027-01-25 21:10:33",
      E("registration", "nizar.hamdan@mail.example", "نزار حمدان",
        "Syrisches Haus Münster e.V.", ["AG2"], 2, "ar"), "ar",
      notes="Arabic original, then German machine translation")
def _(m):
    m.head(("From", addr("نزار حمدان", "nizar.hamdan@mail.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", ew("تسجيل / Anmeldung", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAN4hd9Qm2+Ts8vZx0Lb3kR7pW1eY6cF5gJ9aU2oI4n@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single(HAMDAN, charset="utf-8", cte="base64")


# -- 013 ---------------------------------------------------------------------
# Kurmanji, ISO-8859-9; she and her daughter (2), "koma xebatê ya yekem".

AYDEMIR = """Silav û rêz,

Navê min Rojda Aydemir e. Ez ji Qamişloyê me û ji sala 2023an ve li Münsterê dijîm. Ez endama komeleya jinên kurd a li Münsterê me, lê ez hê nû me û cara yekem e ku ez beşdarî bernameyeke wiha dibim.

Ez dixwazim xwe û keça xwe Zozan (17 salî) tomar bikim. Em herdu dixwazin beşdarî koma xebatê ya yekem bibin, ya li ser perwerde û dibistanê, ji ber ku Zozan sala bê dê dibistanê biqedîne û gelek pirsên me hene.

Spas ji bo xebata we.

Rojda Aydemir
Komeleya Jinên Kurd Münster"""


@mail("aydemir-kurmanji-with-daughter", "2027-01-26 19:55:02",
      E("registration", "rojda.aydemir@mail.example", "Rojda Aydemir",
        "Komeleya Jinên Kurd Münster", ["AG1"], 2, "ku"), "ku")
def _(m):
    m.head(("From", "Rojda Aydemir <rojda.aydemir@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Tomarkirin ji bo Roja Rêxistinên Koçberan", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<1769453702.552301.4410@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single(AYDEMIR, charset="iso-8859-9", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# Misreads "Arbeitsgruppe" as a way to find work; asks, registers no one.

@mail("benyoucef-thinks-workgroup-means-job", "2027-01-27 12:12:50",
      E("question", "samir.benyoucef88@mail.example", "Samir Benyoucef", None,
        [], None, "de"), "de", notes="misunderstanding: Arbeitsgruppe = work")
def _(m):
    m.head(("From", "samir benyoucef <samir.benyoucef88@mail.example>"),
           ("To", MSO),
           ("Subject", "arbeitsgruppe"),
           ("Date", m.date),
           ("Message-ID", "<m.1769512370.5521@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo

Ich heiße Samir Benyoucef ich bin 36 jahre und komme aus Algerien, seit 8 Monate in Münster. ich habe Elektriker gelernt und in meine land 10 jahre gearbeitet.

Ich habe im Internet gesehen "Arbeitsgruppe" am 13 März. Ich suche Arbeit sehr dringend. Kann ich in die Arbeitsgruppe kommen und da Arbeit finden? Muss ich Lebenslauf mitbringen? Oder ist das nur für Verein?

Danke für Antwort
Samir
""", charset="utf-8", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Russian, windows-1251 base64; first choice group 1, else group 2; the parents'
# club is named in Latin letters.

KRAVETS = """Здравствуйте!

Меня зовут Ольга Кравец. Я приехала в Германию полтора года назад из Санкт-Петербурга, сейчас живу в Мюнстере и учу немецкий. Недавно я начала помогать в родительском клубе «Elternclub Raduga», где встречаются русскоязычные семьи с детьми. Для меня всё это ново – раньше я никогда не состояла ни в каком объединении.

Я хотела бы зарегистрироваться на 13 марта. Больше всего меня интересует рабочая группа 1 (образование), если там не будет мест – группа 2.

Приду одна.

Заранее спасибо!
С уважением,
Ольга Кравец"""


@mail("kravets-russian-cp1251-two-choices", "2027-01-28 20:40:15",
      E("registration", "olga.kravets@mail.example", "Ольга Кравец", "Elternclub Raduga",
        ["AG1", "AG2"], 1, "ru"), "ru")
def _(m):
    m.head(("From", addr("Ольга Кравец", "olga.kravets@mail.example", "windows-1251", "b")),
           ("To", MSO),
           ("Subject", ew("Регистрация на День организаций мигрантов", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1769629215.318840512@f512.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single(KRAVETS, charset="windows-1251", cte="base64")


# -- 016 ---------------------------------------------------------------------
# Dari (fa): she and her husband, Persian digit ۲; "گروپ کاری اول".

SADAT = """سلام و احترام،

من فرشته سادات هستم. ما از کابل هستیم و یک سال است که در مونستر زندگی می‌کنیم. من و شوهرم، احمد شاه سادات، می‌خواهیم در این روز اشتراک کنیم. ما عضو هیچ انجمنی نیستیم، اما در مکتب پسر ما یک گروه والدین افغان جور شده و می‌خواهیم بیشتر یاد بگیریم.

ما ۲ نفر هستیم و گروپ کاری اول (تعلیم و تربیه و مکتب) را انتخاب می‌کنیم.

تشکر از شما
فرشته سادات"""


@mail("sadat-dari-couple", "2027-01-29 15:18:40",
      E("registration", "fereshta.sadat@mail.example", "فرشته سادات", None,
        ["AG1"], 2, "fa"), "fa", notes="Dari labelled fa")
def _(m):
    m.head(("From", "Fereshta Sadat <fereshta.sadat@mail.example>"),
           ("To", MSO),
           ("Subject", ew("ثبت نام برای روز سازمان های مهاجرین", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAM9pL4e+Vx2Qr7sNb0Hk5dT8wY1cZ3fG6jA9uE2oR7m@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(SADAT, gmail_html(SADAT, rtl=True), style="gmail")


# -- 017 ---------------------------------------------------------------------
# Erasmus student for a student group, three persons, "working group II" and
# "working group I as a backup"; iPhone, with questions.

@mail("ferreira-law-clinic-three-iphone", "2027-02-01 13:05:27",
      E("registration", "lucas.ferreira@rlc-muenster.example", "Lucas Ferreira",
        "Refugee Law Clinic Münster", ["AG2", "AG1"], 3, "en"), "en")
def _(m):
    m.head(("From", "Lucas Ferreira <lucas.ferreira@rlc-muenster.example>"),
           ("To", MSO),
           ("Subject", "Registration - 3 people from Refugee Law Clinic"),
           ("Date", m.date),
           ("Message-ID", "<9C4B2E07-51AD-4F3E-8B60-D27A1E94C5F8@rlc-muenster.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single("""Hi there,

I'm Lucas, an Erasmus student from Porto and since this semester part of the Refugee Law Clinic Münster (we're a student group giving free legal advice to refugees).

Three of us would like to join the MSO day on 13 March: me, Hanna Vogt and Yusuf Demir. We'd prefer working group II (Münster's future process), and working group I as a backup.

Do we need to bring anything? Is lunch included?

Cheers,
Lucas Ferreira
Refugee Law Clinic Münster

Sent from my iPhone""", charset="utf-8", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Turkish, ISO-8859-9; a nurse new to Germany, no association; "2. çalışma grubu".

OZTURK = """Merhabalar,

Ben Merve Öztürk, 2024 yılında hemşire olarak Türkiye'den Münster'e geldim ve bir hastanede çalışıyorum. Almanca öğreniyorum ama yazarken hâlâ zorlanıyorum, o yüzden Türkçe yazıyorum, umarım sorun olmaz.

Daha önce hiçbir derneğe üye olmadım, bu tür etkinlikleri de yeni keşfediyorum. Bir iş arkadaşım bu günden bahsetti.

13 Mart'taki etkinliğe katılmak istiyorum. Münster'in geleceği ile ilgili 2. çalışma grubuna katılmak isterim. Yalnız geleceğim.

Şimdiden teşekkür ederim.
Saygılarımla,
Merve Öztürk"""


@mail("ozturk-turkish-nurse-alone", "2027-02-02 19:30:58",
      E("registration", "merve.ozturk@mail.example", "Merve Öztürk", None,
        ["AG2"], 1, "tr"), "tr")
def _(m):
    m.head(("From", addr("Merve Öztürk", "merve.ozturk@mail.example", "iso-8859-9", "q")),
           ("To", MSO),
           ("Subject", ew("Kayıt - 13 Mart toplantısı", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270202183058.Horde.k3Q9xL2mT0aB@webmail.mail.example>"),
           ("User-Agent", "Horde Application Framework 5"),
           ("MIME-Version", "1.0"))
    m.single(OZTURK, charset="iso-8859-9", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Mother (translation-app German) wants to enrol her son in school; she read
# "Bildungssystem" and "Anmeldung" on the flyer.  Not an event registration.

HUSSEIN = """Guten Tag,

ich bin Mutter von einem Sohn, er heißt Liban und ist 9 Jahre alt. Wir sind vor zwei Monaten in Münster angekommen aus dem Lager in Griechenland. Mein Sohn geht noch nicht zur Schule.

Ich habe auf dem Papier in der Unterkunft gesehen "Menschen mit Migrationsvorgeschichte im Bildungssystem" und "Anmeldung". Ich möchte meinen Sohn für die Schule anmelden. Welche Papiere brauche ich? Wann kann er beginnen?

Vielen Dank für Ihre Hilfe.
Amina Hussein

Outlook für Android herunterladen"""


@mail("hussein-wants-school-place-for-son", "2027-02-03 07:55:31",
      E("question", "amina.hussein77@outlook.example", "Amina Hussein", None,
        [], None, "de"), "de", notes="misunderstanding: AG 1 = school enrolment")
def _(m):
    m.head(("From", "Amina Hussein <amina.hussein77@outlook.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Schule"),
           ("Date", m.date),
           ("Message-ID", "<AS8P195MB1377D5F0A2C14E9B@AS8P195MB1377.EURP195.PROD.OUTLOOK.example>"),
           ("X-Mailer", "Outlook for Android"),
           ("MIME-Version", "1.0"))
    html_text = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
                 "</head><body><div dir=\"auto\">"
                 + "".join(f"<div dir=\"auto\">{esc(l) if l else '<br>'}</div>"
                           for l in HUSSEIN.split("\n")[:-2])
                 + "</div><div dir=\"auto\"><br></div><div dir=\"auto\">"
                 "<a href=\"https://aka.outlook.example/ghei36\">Outlook für Android herunterladen</a>"
                 "</div></body></html>\n")
    m.alternative(HUSSEIN, html_text, style="outlook")


# -- 020 ---------------------------------------------------------------------
# New volunteer wants "all three" workgroups one after another (they run in
# parallel); the order she gives is taken as her order of preference.

@mail("brockmann-wants-all-three-groups", "2027-02-04 10:30:07",
      E("registration", "h.brockmann@t-online.example", "Hannelore Brockmann",
        "Ehrenamtskreis Gievenbeck", ["AG1", "AG2", "AG3"], 1, "de"), "de",
      notes="misunderstanding: groups are parallel")
def _(m):
    m.head(("From", "h.brockmann@t-online.example"),
           ("To", MSO),
           ("Subject", "Anmeldung zum MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<1Jx7Qm-2mK4Tr0Pz-00aB@fwd12.aul.t-online.example>"),
           ("X-Mailer", "T-Online eMail 6.22.0"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich bin seit November im Ehrenamtskreis der Unterkunft an der Gievenbecker Reihe aktiv und dort noch ziemlich neu. Mit Vereinen und "Selbstorganisationen" hatte ich bisher ehrlich gesagt wenig zu tun, ich war 38 Jahre Bankkauffrau. Umso mehr interessiert mich Ihr Tag.

Hiermit melde ich mich an (1 Person). Ich würde gern bei allen drei Arbeitsgruppen mitmachen, weil mich alles interessiert: zuerst Bildung, danach Zukunftsprozess und zum Schluss Förderung/Vereinsmanagement, damit ich für unseren Kreis etwas mitnehmen kann.

Mit freundlichen Grüßen
Hannelore Brockmann
Ehrenamtskreis Gievenbeck
""", charset="iso-8859-15", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Postfix bounce: the confirmation to an address a helper had typed for a client
# ("unknown user"); the returned confirmation is attached.

@mail("postfix-bounce-unknown-user", "2027-02-05 09:14:22",
      E("bounce", bounced="daniel.tekle@web-mail.example"), "en")
def _(m):
    rcpt = "daniel.tekle@web-mail.example"
    m.head(("From", "MAILER-DAEMON@mx.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270205081422.3C1F29A0B7@mx.muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mx.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx00.web-mail.example[203.0.113.25] said: 550
    5.1.1 <{rcpt}>: Recipient address rejected: User unknown
    (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx.muenster.example"),
         ("X-Postfix-Queue-ID", "3C1F29A0B7"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Fri,  5 Feb 2027 09:14:20 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx00.web-mail.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{rcpt}>: Recipient address\n"
                             "    rejected: User unknown")])
    original = confirmation_message(
        f"Daniel Tekle <{rcpt}>", "Herr Tekle", "AG2", 1,
        "Fri, 05 Feb 2027 09:14:19 +0100", "<mailbot.20270205091419.4e8b@muenster.example>",
        "<0a7e5c31-d2b8-4f96-a1c4-e85b3d9f2067@fluechtlingshilfe-mecklenbeck.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 022 ---------------------------------------------------------------------
# Change, Turkish: from group 2 to group 1; Gmail (Turkish interface) reply
# quoting the confirmation (AG 2, 1 person).

YAVUZ = """Merhaba,

kaydım için teşekkürler. Bir değişiklik yapmak istiyorum: 2. grup yerine 1. gruba (eğitim sistemi) geçebilir miyim? Kızım bu yıl liseye başlıyor ve okul konusu şu anda bizim için daha önemli.

Teşekkürler,
Hakan Yavuz"""


@mail("yavuz-turkish-change-to-group-1", "2027-02-08 18:22:46",
      E("change", "hakan.yavuz@mail.example", "Hakan Yavuz", None, ["AG1"], None, "tr"), "tr")
def _(m):
    m.head(("From", "Hakan Yavuz <hakan.yavuz@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAP3kZ8r+Hy1Wq5vTn7Lc0mB4dX9eS2fJ6gA3uR8oQ1p@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270128190402.a1b2@muenster.example>"),
           ("References", "<mailbot.20270128190402.a1b2@muenster.example>"),
           ("MIME-Version", "1.0"))
    attr = ("Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>, "
            "28 Oca 2027 Per, 19:04 tarihinde şunu yazdı:")
    conf = confirmation("Herr Yavuz", "AG2", 1)
    plain = f"{YAVUZ}\n\n{attr}\n\n{gt_quote(conf)}\n"
    m.alternative(plain, gmail_html(YAVUZ, attr=attr, quoted=conf), style="gmail")


# -- 023 ---------------------------------------------------------------------
# French, ISO-8859-1 8bit: he and a fellow student (2), "groupe de travail n° 2".

NKOULOU = """Bonsoir Madame, Monsieur,

Je me permets de vous écrire en français, j'espère que ce n'est pas un problème.

Je m'appelle Jean-Baptiste Nkoulou, je suis étudiant en master de chimie à Münster depuis septembre. Avec quelques amis, nous venons de relancer l'Association des Étudiants Camerounais de Münster, qui était en sommeil depuis plusieurs années, et j'en suis maintenant le secrétaire. C'est la première fois que je m'occupe d'une association.

Nous souhaitons participer à la journée du 13 mars, mon camarade Yannick Ebongue et moi-même (donc 2 personnes). Nous choisissons le groupe de travail n° 2 sur le processus d'avenir de Münster.

En vous remerciant par avance,
Bien cordialement,

Jean-Baptiste Nkoulou
Secrétaire - Association des Étudiants Camerounais de Münster"""


@mail("nkoulou-french-student-association", "2027-02-09 22:41:13",
      E("registration", "jb.nkoulou@mail.example", "Jean-Baptiste Nkoulou",
        "Association des Étudiants Camerounais de Münster", ["AG2"], 2, "fr"), "fr")
def _(m):
    m.head(("From", "Jean-Baptiste Nkoulou <jb.nkoulou@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Inscription journée des associations de migrants - 13 mars",
                           "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<1770673273.7718.wm-oc04@mail.example>"),
           ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62"),
           ("MIME-Version", "1.0"))
    m.single(NKOULOU, charset="iso-8859-1", cte="8bit")


# -- 024 ---------------------------------------------------------------------
# Ukrainian, KOI8-U: three persons, first choice group 3, second group 1; the
# community is not a registered association yet.

LYTVYN = """Добрий день!

Мене звати Оксана Литвин. Я в Німеччині з 2022 року, а з минулої осені допомагаю в організації "Українська громада Мюнстера" - ми робимо зустрічі, консультації для новоприбулих і свята для дітей. Офіційно ми поки що не зареєстровані як ферайн, тому нам дуже потрібна інформація, як це зробити і де шукати фінансування.

Ми хочемо прийти втрьох: я, Галина Ткачук і Андрій Мельник. Перший вибір - третя робоча група (фінансування та управління об'єднанням), другий - перша група.

Дякую!
З повагою,
Оксана Литвин
Українська громада Мюнстера"""


@mail("lytvyn-ukrainian-koi8u-three", "2027-02-10 12:03:39",
      E("registration", "oksana.lytvyn@ukr-mail.example", "Оксана Литвин",
        "Українська громада Мюнстера", ["AG3", "AG1"], 3, "uk"), "uk")
def _(m):
    m.head(("From", addr("Оксана Литвин", "oksana.lytvyn@ukr-mail.example", "koi8-u", "b")),
           ("To", MSO),
           ("Subject", ew("Реєстрація на MSO-Tag", "koi8-u", "b")),
           ("Date", m.date),
           ("Message-ID", "<1770721419.883014.21@frontend3.ukr-mail.example>"),
           ("MIME-Version", "1.0"))
    m.single(LYTVYN, charset="koi8-u", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Jugendmigrationsdienst registers a young man she supports; she does not come
# herself and asks us to confirm to his own address.

JANSEN = """Guten Tag,

ich arbeite beim Jugendmigrationsdienst und möchte einen jungen Mann anmelden, den ich seit seiner Ankunft begleite: Herrn Abdulkarim Yusuf (22) aus dem Sudan, seit 2025 in Münster. Er macht gerade eine Ausbildung zum Anlagenmechaniker und engagiert sich in seiner Freizeit in einer sudanesischen Jugendgruppe, die bisher aber keinen Namen und keine feste Struktur hat.

Er interessiert sich für die Arbeitsgruppe 2 zum Zukunftsprozess. Ich selbst habe an dem Samstag leider schon einen anderen Termin, er kommt also allein.

Bitte schicken Sie die Bestätigung direkt an ihn: abdulkarim.yusuf@mail.example – er liest Englisch besser als Deutsch, falls Sie etwas zweisprachig haben, wäre das ideal.

Viele Grüße
Miriam Jansen
Jugendmigrationsdienst Münster"""


@mail("jansen-jmd-registers-client-confirm-to-him", "2027-02-11 11:27:05",
      E("registration", "abdulkarim.yusuf@mail.example", "Abdulkarim Yusuf", None,
        ["AG2"], 1, "de"), "de", notes="helper registers someone else, who comes alone")
def _(m):
    m.head(("From", '"Jansen, Miriam" <miriam.jansen@jmd-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Herr Abdulkarim Yusuf"),
           ("Thread-Topic", "Anmeldung Herr Abdulkarim Yusuf"),
           ("Thread-Index", "AdtcRk1wQ2Lm7zXpT0uYvBn4HsE9aw=="),
           ("Date", m.date),
           ("Message-ID", "<BE1P281MB2915E4A0C7D3B81F@BE1P281MB2915.DEUP281.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(JANSEN, outlook_html(JANSEN, charset="utf-8"), charset="utf-8",
                  cte="quoted-printable", style="outlook")


# -- 026 ---------------------------------------------------------------------
# Ticket system of a counselling centre acknowledges our confirmation
# (no Auto-Submitted header; Precedence and X-Loop only); German + English.

@mail("refugio-ticket-receipt", "2027-02-12 09:01:16",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Beratungszentrum Refugio Nord <info@refugio-nord.example>"),
           ("To", MSO),
           ("Subject", "[Ticket#2027021210000231] Eingangsbestätigung / Confirmation of receipt: "
            + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1770883276.612204.7301@helpdesk.refugio-nord.example>"),
           ("In-Reply-To", "<mailbot.20270212090112.b3f0@muenster.example>"),
           ("References", "<mailbot.20270212090112.b3f0@muenster.example>"),
           ("Precedence", "bulk"),
           ("X-Loop", "info@refugio-nord.example"),
           ("X-Mailer", "Znuny Mail Service"),
           ("MIME-Version", "1.0"))
    text = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Sie wurde unter der Ticketnummer
2027021210000231 erfasst. Wir bearbeiten Anfragen in der Reihenfolge ihres
Eingangs, in der Regel innerhalb von drei Werktagen.

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.

---

Dear Sir or Madam,

thank you for your message. It has been registered under ticket number
2027021210000231. We usually answer within three working days.

Please do not reply to this automatically generated e-mail.

Beratungszentrum Refugio Nord
"""
    html_text = ("<html><body style=\"font-family:Geneva,Helvetica,Arial,sans-serif;font-size:12px;\">"
                 + "<br>\n".join(esc(l) for l in text.split("\n")) + "</body></html>\n")
    m.alternative(text, html_text, style="std")


# -- 027 ---------------------------------------------------------------------
# Life story in English (teacher from Ibadan, choir), request at the end:
# himself and his wife, "workshop 3"; flyer PDF attached.

ADEYEMI = """Dear Sir/Madam,

Greetings to you and your team, and compliments of the season (a little late!).

Please permit me to first introduce myself. My name is Emmanuel Adeyemi, I was born in Ibadan, Nigeria, where I worked for eleven years as a secondary school music teacher and choir master. In 2023 my wife Grace got admission for her PhD in Münster, so we relocated here with our two boys. It was not easy at the beginning - the weather, the language, the paperwork at the Ausländerbehörde - but God has been faithful and we are settling in.

Last year some of us Africans who love to sing started meeting on Sunday afternoons, and today we are about 25 members from Nigeria, Ghana, Cameroon and Kenya. We call ourselves the Grace Community Choir Münster. We have sung at two church events and at the Christmas market in Hiltrup (see the flyer attached). However, we have no registered association yet, no bank account, and we are now looking for a rehearsal room we can afford. Somebody at the Stadtteilbüro told me that the city supports groups like ours and that your event is the right place to learn about it.

So, to make a long story short: I would like to register myself and my wife Grace for the MSO Day on 13 March. We are interested in the workshop about funding opportunities and association management (workshop 3).

Thank you for your kind attention. I look forward to hearing from you.

Yours faithfully,
Emmanuel Adeyemi
Grace Community Choir Münster
+49 151 555 0199"""


@mail("adeyemi-life-story-english-flyer", "2027-02-13 16:48:52",
      E("registration", "emma.adeyemi@yahoo.example", "Emmanuel Adeyemi",
        "Grace Community Choir Münster", ["AG3"], 2, "en"), "en",
      notes="life story before the request; PDF attachment")
def _(m):
    m.head(("From", "Emmanuel Adeyemi <emma.adeyemi@yahoo.example>"),
           ("To", MSO),
           ("Subject", "Registration for the MSO Day (Emmanuel and Grace Adeyemi)"),
           ("Date", m.date),
           ("Message-ID", "<1348820577.4471802.1802972932@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.22946 YMailNodin"),
           ("MIME-Version", "1.0"))
    alt = m.alternative(ADEYEMI, yahoo_html(ADEYEMI), style="yahoo", top=False)
    pdf = m.binary(make_pdf(["Grace Community Choir Muenster",
                             "Christmas Concert - Hiltrup Christmas Market",
                             "Saturday 12 December 2026, 17:00",
                             "Songs from Nigeria, Ghana, Cameroon and Kenya"]),
                   "application", "pdf", "Choir_Flyer_Dec2026.pdf")
    m.multi("mixed", [alt, pdf], style="yahoo")


# -- 028 ---------------------------------------------------------------------
# Translation-app German: "Werkstatt 2" (workshop → Werkstatt), "Zukunft
# Verfahren"; he and a friend (2).

KIDANE = """Sehr geehrte Damen und Herren

Ich heiße Berhane Kidane. Ich bin aus Eritrea und wohne in Münster seit drei Jahren. Ich bin Mitglied von der Eritreische Gemeinschaft Münster. Der Vorsitzende sagt, es ist gut, wenn auch die jungen Mitglieder zu der Versammlung gehen.

Ich möchte teilnehmen an dem Tag von Migranten Selbstorganisationen am 13. März. Ich möchte mich anmelden für die Werkstatt 2 über Zukunft Verfahren von Münster. Ich komme mit meinem Freund Mehari, also wir sind zwei Personen.

Ich danke Ihnen für Ihre freundliche Aufmerksamkeit.

Hochachtungsvoll
Berhane Kidane"""


@mail("kidane-app-german-werkstatt-2", "2027-02-15 20:20:41",
      E("registration", "berhanekidane21@mail.example", "Berhane Kidane",
        "Eritreische Gemeinschaft Münster", ["AG2"], 2, "de"), "de",
      notes="translation-app German, 'Werkstatt' for workshop")
def _(m):
    m.head(("From", "BERHANE KIDANE <berhanekidane21@mail.example>"),
           ("To", MSO),
           ("Subject", "Teilnahme an Werkstatt"),
           ("Date", m.date),
           ("Message-ID", "<m.20270215202041.e77c@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single(KIDANE, charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Change: helper's client cannot come, helper still comes (2 → 1), workgroup
# unchanged; Outlook reply quoting the confirmation.

WILMSMEYER = """Guten Morgen,

kurze Änderung zu unserer Anmeldung: Herr Jawad Azimi, den ich mit angemeldet hatte, hat jetzt einen Platz im Integrationskurs bekommen, und ausgerechnet am 13. März ist dort ein Samstagstermin zur Prüfungsvorbereitung. Er kann daher leider nicht mitkommen.

Ich selbst komme aber wie geplant, bitte tragen Sie also nur noch eine Person ein. Die Arbeitsgruppe bleibt gleich.

Schöne Grüße
Gerd Wilmsmeyer
Flüchtlingshilfe Roxel"""


@mail("wilmsmeyer-client-drops-out-party-1", "2027-02-16 08:45:19",
      E("change", "gerd.wilmsmeyer@fluechtlingshilfe-roxel.example", "Gerd Wilmsmeyer",
        "Flüchtlingshilfe Roxel", [], 1, "de"), "de",
      notes="part of the party cancels: change of party size")
def _(m):
    m.head(("From", "Gerd Wilmsmeyer <gerd.wilmsmeyer@fluechtlingshilfe-roxel.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONF_SUBJECT),
           ("Thread-Topic", CONF_SUBJECT),
           ("Thread-Index", "AQHbfR2kT9wXc3LmQpZ0n7vB1aYdEg=="),
           ("Date", m.date),
           ("Message-ID", "<DU2P195MB0861A3F7B2E0C54D@DU2P195MB0861.EURP195.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270120163322.0d9e@muenster.example>"),
           ("References", "<mailbot.20270120163322.0d9e@muenster.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Mittwoch, 20. Januar 2027 16:33",
             "Gerd Wilmsmeyer <gerd.wilmsmeyer@fluechtlingshilfe-roxel.example>",
             CONF_SUBJECT, confirmation("Herr Wilmsmeyer", "AG1", 2))
    m.alternative(outlook_plain(WILMSMEYER, quote), outlook_html(WILMSMEYER, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 030 ---------------------------------------------------------------------
# Change, Kurmanji: her husband comes too (1 → 2) and both move from group 1 to
# group 2; Gmail (German interface) quoting the confirmation.

TEKIN = """Silav,

Spas ji bo erêkirinê. Ez dixwazim du tiştan biguherînim: hevjînê min Dilşad jî dixwaze bê, ji ber vê yekê em ê bibin du kes. Û em herdu dixwazin li şûna koma 1ê beşdarî koma 2yan bibin (pêşeroja Münsterê).

Gelek spas
Berfin Tekin"""


@mail("tekin-kurmanji-change-group-and-size", "2027-02-17 21:35:08",
      E("change", "berfin.tekin@mail.example", "Berfin Tekin", None, ["AG2"], 2, "ku"), "ku")
def _(m):
    m.head(("From", "Berfin Tekin <berfin.tekin@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAQ8tB2x+Rk4Lm0vWn6Yc3pE7dZ1fS9hJ5gA2uT8oN4k@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270127101207.6a1c@muenster.example>"),
           ("References", "<mailbot.20270127101207.6a1c@muenster.example>"),
           ("MIME-Version", "1.0"))
    attr = ("Am Mi., 27. Jan. 2027 um 10:12 Uhr schrieb Tag der Migrantenselbstorganisationen "
            "<mso-tag@muenster.example>:")
    conf = confirmation("Frau Tekin", "AG1", 1)
    plain = f"{TEKIN}\n\n{attr}\n\n{gt_quote(conf)}\n"
    m.alternative(plain, gmail_html(TEKIN, attr=attr, quoted=conf), style="gmail")


# -- 031 ---------------------------------------------------------------------
# Somali question (interpreter? membership needed?), will register afterwards.

@mail("maxamuud-somali-question-interpreter", "2027-02-18 14:14:57",
      E("question", "hibaaq.maxamuud@mail.example", "Hibaaq Maxamuud", None,
        [], None, "so"), "so")
def _(m):
    m.head(("From", "Hibaaq Maxamuud <hibaaq.maxamuud@mail.example>"),
           ("To", MSO),
           ("Subject", "Su'aal ku saabsan 13 March"),
           ("Date", m.date),
           ("Message-ID", "<20270218141457.GA20931@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Salaan,

Waxaan ahay Hibaaq Maxamuud. Waxaan arkay warqad ku saabsan maalinta ururada muhaajiriinta ee 13 March.

Waxaan rabaa inaan wax ka weydiiyo: Ma jiraa turjumaan Af-Soomaali ah? Jarmalkaygu weli ma fiicna. Sidoo kale, ma u baahanahay inaan xubin ka ahaado urur si aan uga qayb galo?

Haddii ay suurtogal tahay, waan is diiwaan gelin doonaa.

Mahadsanid
Hibaaq
""", charset="us-ascii", cte="7bit")


# -- 032 ---------------------------------------------------------------------
# Arabic question, windows-1256 base64: asylum seeker asks whether he may take
# part without a residence permit; will register if yes.

ZOUBI = """مساء الخير،

أنا خالد، وصلت إلى ألمانيا قبل سبعة أشهر وما زلت في إجراءات اللجوء، وأسكن حالياً في سكن جماعي في مونستر. سمعت عن يوم منظمات المهاجرين من إحدى المتطوعات.

سؤالي: هل يحق لي المشاركة وأنا ليس لدي إقامة بعد؟ وهل هناك أي تكاليف؟ لا أريد أن أسبب أي مشكلة لملف اللجوء الخاص بي.

إذا كان ذلك ممكناً سأرسل لكم تسجيلي.

مع الشكر والتقدير
خالد الزعبي"""


@mail("zoubi-arabic-question-asylum-status", "2027-02-19 19:02:34",
      E("question", "khaled.zoubi@mail.example", "خالد الزعبي", None,
        [], None, "ar"), "ar")
def _(m):
    m.head(("From", addr("خالد الزعبي", "khaled.zoubi@mail.example", "windows-1256", "b")),
           ("To", MSO),
           ("Subject", ew("استفسار عن المشاركة", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<000901dc8305$5e2f4a10$1a8ddb30$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single(ZOUBI, charset="windows-1256", cte="base64")


# -- 033 ---------------------------------------------------------------------
# Registers for group 3 because he hopes for personal funding of his diploma
# recognition (misreads "Förderung"); GMX HTML only.

MOHAMMADI = """Sehr geehrte Damen und Herren,

mein Name ist Reza Mohammadi, ich bin Bauingenieur aus dem Iran und lebe seit einem Jahr in Münster. Mein Diplom ist noch nicht anerkannt und ich brauche Geld für die Übersetzungen und für einen Anpassungslehrgang.

Ich habe gelesen, in Gruppe 3 geht es um Förderungsmöglichkeiten. Darum möchte ich mich gerne für Gruppe 3 anmelden, vielleicht kann ich dort Förderung für meine Anerkennung bekommen.

Ich komme allein.

Mit freundlichen Grüßen
Reza Mohammadi"""


@mail("mohammadi-group-3-hopes-personal-funding", "2027-02-20 10:44:29",
      E("registration", "reza.mohammadi@gmx.example", "Reza Mohammadi", None,
        ["AG3"], 1, "de"), "de", notes="misunderstanding: Förderung = personal funding")
def _(m):
    m.head(("From", "Reza Mohammadi <reza.mohammadi@gmx.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Gruppe 3"),
           ("Date", m.date),
           ("Message-ID", "<trinity-5c0e8b2a-7d41-4f93-b6a2-1e9c3d7f0a58-1771580669114@3c-app-gmx-bap58>"),
           ("MIME-Version", "1.0"))
    m.single(div_html(MOHAMMADI), subtype="html", charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Newsletter (other) that advertises the MSO-Tag, its workgroups and how to
# register; sent to the event mailbox because it is subscribed.

NEWSLETTER = """Freiwilligenagentur Münster - Newsletter Februar 2027

Liebe Engagierte, liebe Interessierte,

der Winter hat uns noch im Griff, aber in der Freiwilligenarbeit ist viel
in Bewegung. Hier unsere Themen für diesen Monat:

1) NEUE ENGAGEMENTS
- Lesepatinnen und Lesepaten für zwei Grundschulen in Coerde gesucht
- Fahrradwerkstatt Hiltrup sucht Menschen, die gern schrauben
- Sprachcafé im Stadtteilhaus Kinderhaus: Gesprächspartner*innen gesucht

2) FORTBILDUNGEN
- 27.02.: "Interkulturell kommunizieren" (ganztägig, kostenfrei)
- 10.03.: Erste Hilfe für Ehrenamtliche

3) TERMIN-TIPP: TAG DER MIGRANTENSELBSTORGANISATIONEN
Am Samstag, 13. März, lädt das Kommunale Integrationszentrum ins
Stadtweinhaus ein. In drei Arbeitsgruppen geht es um Bildung, um Münsters
Zukunftsprozess und um Förderung und Vereinsmanagement. Anmeldung bis
6. März per E-Mail an mso-tag@muenster.example.

Sie möchten diesen Newsletter nicht mehr erhalten? Abmelden:
https://www.freiwilligenagentur-ms.example/newsletter/abmelden

Freiwilligenagentur Münster
Impressum: https://www.freiwilligenagentur-ms.example/impressum
"""


@mail("freiwilligenagentur-newsletter", "2027-02-22 07:00:03",
      E("other"), "de", notes="newsletter naming the event and its workgroups")
def _(m):
    m.head(("From", "Freiwilligenagentur Münster <newsletter@freiwilligenagentur-ms.example>"),
           ("To", MSO),
           ("Subject", "Newsletter Februar 2027: Neue Engagements, Fortbildungen und Termine"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-02.8841.ms0033@news.freiwilligenagentur-ms.example>"),
           ("List-Unsubscribe",
            "<https://www.freiwilligenagentur-ms.example/newsletter/abmelden?u=8841>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Mailer", "CleverReach"),
           ("MIME-Version", "1.0"))
    paras = NEWSLETTER.strip("\n").split("\n\n")
    body = "".join(
        "<p style=\"margin:0 0 14px 0;font-family:Arial,sans-serif;font-size:14px;color:#333\">"
        + "<br>".join(esc(l) for l in p.split("\n")) + "</p>\n" for p in paras)
    html_text = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Newsletter</title></head>"
                 "<body style=\"background:#f2f2f2\"><table width=\"600\" align=\"center\" "
                 "style=\"background:#ffffff;padding:24px\"><tr><td>\n" + body
                 + "</td></tr></table></body></html>\n")
    m.alternative(NEWSLETTER, html_text, style="std")


# -- 035 ---------------------------------------------------------------------
# Change, English: group 3, and if full stay in group 2; Outlook for iOS quote
# with English labels.

TAN = """Hi,

Thanks for the confirmation! Small change if possible: could you move me to working group 3 (funding / association management)? I just joined the board of our student association and I think that one will be more useful for me. If group 3 is already full, please just leave me in group 2.

Best,
Mei Lin

Get Outlook for iOS"""


@mail("tan-english-change-3-else-stay-2", "2027-02-23 12:30:50",
      E("change", "meilin.tan@mail.example", "Mei Lin Tan", None, ["AG3", "AG2"], None, "en"), "en",
      notes="fallback to the current group")
def _(m):
    m.head(("From", "Mei Lin Tan <meilin.tan@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "RE: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<PA4P190MB1208F1C2D3E4A5B6@PA4P190MB1208.EURP190.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270204151240.9f3e@muenster.example>"),
           ("References", "<mailbot.20270204151240.9f3e@muenster.example>"),
           ("MIME-Version", "1.0"))
    conf = confirmation("Frau Tan", "AG2", 1)
    plain = (f"{TAN}\n________________________________\n"
             f"From: Tag der Migrantenselbstorganisationen <{MSO}>\n"
             "Sent: Thursday, February 4, 2027 3:12:40 PM\n"
             "To: Mei Lin Tan <meilin.tan@mail.example>\n"
             f"Subject: {CONF_SUBJECT}\n\n{conf}\n")
    m.single(plain, charset="utf-8", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Cancellation, Ukrainian, 8bit; Gmail (Ukrainian interface) quoting the
# confirmation.

MOROZ = """Добрий вечір,

на жаль, мушу скасувати свою реєстрацію на 13 березня. Я нарешті знайшла роботу, і саме в цю суботу в мене перша зміна, відмовитися не можу.

Дуже шкода, сподіваюся прийти наступного року.
Тетяна Мороз"""


@mail("moroz-ukrainian-cancel-new-job", "2027-02-24 18:10:22",
      E("cancellation", "tetiana.moroz@mail.example", "Тетяна Мороз", None,
        [], None, "uk"), "uk")
def _(m):
    m.head(("From", addr("Тетяна Мороз", "tetiana.moroz@mail.example", "utf-8", "b")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAR5mW1z+Tn8Kp3vXc6Lb9qD0eY2fH7gJ4aS1uZ5oM8r@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270128162011.2b7d@muenster.example>"),
           ("References", "<mailbot.20270128162011.2b7d@muenster.example>"),
           ("MIME-Version", "1.0"))
    attr = ("чт, 28 січ. 2027 р. о 16:20 Tag der Migrantenselbstorganisationen "
            "<mso-tag@muenster.example> пише:")
    conf = confirmation("Frau Moroz", "AG1", 1)
    plain = f"{MOROZ}\n\n{attr}\n\n{gt_quote(conf)}\n"
    m.alternative(plain, gmail_html(MOROZ, attr=attr, quoted=conf), cte="8bit", style="gmail")


# -- 037 ---------------------------------------------------------------------
# Integrationslotse (phone, all lower case) registers an Afghan couple and
# himself: three persons, "arbeitsgruppe bildung"; asks about the children.

@mail("hartkamp-lotse-phone-lowercase-three", "2027-02-25 21:58:44",
      E("registration", "klaus.hartkamp@mail.example", "klaus hartkamp",
        "integrationslotsen coerde", ["AG1"], 3, "de"), "de",
      notes="lower case; helper + couple")
def _(m):
    m.head(("From", "Klaus Hartkamp <klaus.hartkamp@mail.example>"),
           ("To", MSO),
           ("Subject", "anmeldung mso tag"),
           ("Date", m.date),
           ("Message-ID", "<8f2c61d0-4a97-4e3b-b05d-7c1e93a2f648@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""hallo zusammen,

ich bin integrationslotse in coerde (seit kurzem, bin frisch pensionierter lehrer) und begleite eine afghanische familie, herr und frau sherzad. die beiden würden gern mal sehen was es an vereinen gibt und wie das hier mit schule läuft, ihre 3 kinder sind in der grundschule bzw kita.

wir kommen also zu dritt: die beiden und ich. arbeitsgruppe bildung bitte.

sollen die kinder mitkommen? eher nicht oder?

gruß klaus hartkamp
integrationslotsen coerde

von meinem handy gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Bounce in German from the recipient's provider: mailbox full (5.2.2);
# only the headers of our mail come back.

@mail("webmail-bounce-mailbox-full-german", "2027-02-26 10:00:37",
      E("bounce", bounced="s.habibi@web-mail.example"), "de")
def _(m):
    rcpt = "s.habibi@web-mail.example"
    m.head(("From", "Mail Delivery System <MAILER-DAEMON@mx01.web-mail.example>"),
           ("To", MSO),
           ("Subject", "Unzustellbar: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<bounce.20270226090037.77e1@mx01.web-mail.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""Dies ist eine automatisch erstellte Nachricht des Mailsystems von
mx01.web-mail.example.

Ihre Nachricht konnte an folgenden Empfänger nicht zugestellt werden:

  {rcpt}

Grund: Das Postfach des Empfängers ist voll (Speicherplatz überschritten).
Der Empfänger muss zuerst Nachrichten löschen, bevor er wieder E-Mails
erhalten kann.

Technische Details:
  552 5.2.2 <{rcpt}>: mailbox full, quota exceeded
""", charset="utf-8", cte="quoted-printable", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx01.web-mail.example"),
         ("Arrival-Date", "Fri, 26 Feb 2027 10:00:35 +0100")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Diagnostic-Code", "smtp; 552 5.2.2 mailbox full, quota exceeded")])
    headers = m.text(f"""Return-Path: <{MSO}>
Received: from mx.muenster.example (mx.muenster.example [198.51.100.20])
	by mx01.web-mail.example with ESMTPS id 4Qk9Lm0Tz2
	for <{rcpt}>; Fri, 26 Feb 2027 10:00:35 +0100
From: {TO_MSO}
To: Sahar Habibi <{rcpt}>
Subject: =?utf-8?q?Anmeldebest=C3=A4tigung=3A_Tag_der_Migrantenselbstorganisationen_2?=
 =?utf-8?q?027?=
Date: Fri, 26 Feb 2027 10:00:33 +0100
Message-ID: <mailbot.20270226100033.c41a@muenster.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
""", subtype="rfc822-headers", charset="us-ascii", cte="7bit",
        headers=[("Content-Description", "Undelivered Message Headers")])
    m.multi("report", [note, dsn, headers], style="std",
            params={"report-type": "delivery-status"})


# -- 039 ---------------------------------------------------------------------
# Cancellation, Tigrinya, Gmail HTML only (base64), not a reply.

GEBREMEDHIN = """ሰላም፣

ኣነ ፊልሞን ገብረመድህን እየ። ንመዓልቲ 13 መጋቢት ተመዝጊበ ነይረ፣ ግን ኣብታ መዓልቲ ናብ ፍራንክፉርት ክኸይድ ስለ ዘለኒ ክመጽእ ኣይክእልን እየ። በጃኹም ምዝገባይ ሰርዙዎ።

ይቕሬታ፣ የቐንየልና።
ፊልሞን ገብረመድህን"""


@mail("gebremedhin-tigrinya-cancel-html-only", "2027-02-27 09:20:11",
      E("cancellation", "filmon.gebremedhin@mail.example", "ፊልሞን ገብረመድህን", None,
        [], None, "ti"), "ti")
def _(m):
    m.head(("From", "Filmon Gebremedhin <filmon.gebremedhin@mail.example>"),
           ("To", MSO),
           ("Subject", ew("ምስራዝ ምዝገባ", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAS2nX7y+Lp0Wq4vKb8Tc1mF3dZ6eH9gJ2aR5uY7oP0s@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single(gmail_html(GEBREMEDHIN), subtype="html", charset="utf-8", cte="base64")


# -- 040 ---------------------------------------------------------------------
# Cancellation, English, CRLF line ends, not a reply; names her old group.

@mail("kelly-english-cancel-crlf", "2027-03-01 08:05:46",
      E("cancellation", "saoirse.kelly@mail.example", "Saoirse Kelly", None,
        [], None, "en"), "en")
def _(m):
    m.head(("From", "Saoirse Kelly <saoirse.kelly@mail.example>"),
           ("To", MSO),
           ("Subject", "Can't make it on 13 March - please cancel"),
           ("Date", m.date),
           ("Message-ID", "<20270301080546.8d21f7a3@saoirse-laptop>"),
           ("X-Mailer", "Claws Mail 4.2.0 (GTK 3.24.41; x86_64-pc-linux-gnu)"),
           ("MIME-Version", "1.0"), crlf=True)
    m.single("""Hi,

I registered for the MSO day a few weeks ago (Saoirse Kelly, working group 1).
Unfortunately my volunteering placement was cut short and I'm flying back to
Dublin on 10 March, so I won't be there. Please cancel my place so someone
else can have it.

Sorry for the hassle and good luck with the day!

Saoirse
""", charset="us-ascii", cte="7bit")


# -- 041 ---------------------------------------------------------------------
# French questions first (free? baby? German needed?), registration only
# announced ("je m'inscrirai").

SOW = """Bonjour,

Je suis arrivée de Guinée l'année dernière et je fais partie depuis peu d'un petit groupe de femmes africaines à Kinderhaus. On m'a parlé de votre journée du 13 mars.

Avant de m'inscrire, j'aurais quelques questions :
- est-ce que c'est gratuit ?
- est-ce qu'on peut venir avec un bébé de 6 mois ?
- est-ce qu'il faut parler allemand ?

Si tout est bon, je m'inscrirai avec mon amie Kadiatou.

Merci beaucoup et bonne journée,
Mariama Sow"""


@mail("sow-french-questions-before-registering", "2027-03-02 13:50:24",
      E("question", "mariama.sow@mail.example", "Mariama Sow", None, [], None, "fr"), "fr")
def _(m):
    m.head(("From", "Mariama Sow <mariama.sow@mail.example>"),
           ("To", MSO),
           ("Subject", "Renseignements journée du 13 mars"),
           ("Date", m.date),
           ("Message-ID", "<CAT6pY3w+Mq9Xr2vLc5Kb0nG8dZ4eJ1hF7aU3oS6iW9t@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(SOW, gmail_html(SOW), style="gmail")


# -- 042 ---------------------------------------------------------------------
# Change in translation-app German: "nicht mehr in der Gruppe eins ... in die
# Gruppe drei"; Outlook.com reply quoting the confirmation (AG 1).

FARAH = """Hallo,

Danke für die Bestätigung. Ich möchte bitte die Gruppe ändern. Ich will nicht mehr in der Gruppe eins sein. Bitte setzen Sie mich in die Gruppe drei, über das Geld für die Vereine. Unser Verein braucht Unterstützung für die Miete von einem Raum.

Ich bedanke mich für Ihr Verständnis.
Abdiwali Farah
Somalischer Kulturverein Münster"""


@mail("farah-app-german-change-1-to-3", "2027-03-03 17:25:12",
      E("change", "abdiwali.farah@outlook.example", "Abdiwali Farah",
        "Somalischer Kulturverein Münster", ["AG3"], None, "de"), "de",
      notes="translation-app German")
def _(m):
    m.head(("From", "Abdiwali Farah <abdiwali.farah@outlook.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<GV1P190MB2064B7C1E3F0A29D@GV1P190MB2064.EURP190.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270209114510.58ca@muenster.example>"),
           ("References", "<mailbot.20270209114510.58ca@muenster.example>"),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Dienstag, 9. Februar 2027 11:45",
             "Abdiwali Farah <abdiwali.farah@outlook.example>",
             CONF_SUBJECT, confirmation("Herr Farah", "AG1", 1))
    m.alternative(outlook_plain(FARAH, quote), outlook_html(FARAH, quote, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 043 ---------------------------------------------------------------------
# Advertising (other): translation agency targeting migrant organisations.

AD_TEXT = """Beglaubigte Übersetzungen für Vereine und Migrantenorganisationen

Sehr geehrte Damen und Herren,

Sie organisieren Veranstaltungen für Migrantenselbstorganisationen? Wir
übersetzen Ihre Einladungen, Flyer und Anmeldeformulare schnell und
zuverlässig in über 40 Sprachen - von Arabisch bis Tigrinya.

Nur bis 31. März: 15 % Frühjahrsrabatt für gemeinnützige Vereine.

Jetzt unverbindliches Angebot anfordern:
https://www.linguapro-uebersetzungen.example/angebot

LinguaPro Übersetzungen GmbH
Abmelden: https://www.linguapro-uebersetzungen.example/abmelden
"""


@mail("linguapro-translation-advertising", "2027-03-05 11:11:11",
      E("other"), "de")
def _(m):
    m.head(("From", "LinguaPro Übersetzungen <angebote@linguapro-uebersetzungen.example>"),
           ("To", MSO),
           ("Subject", "Beglaubigte Übersetzungen für Vereine & Migrantenorganisationen – 15 % Frühjahrsrabatt"),
           ("Date", m.date),
           ("Message-ID", "<20270305101111.0.7712.mailing@send.linguapro-uebersetzungen.example>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    lines = AD_TEXT.strip("\n").split("\n")
    html_text = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
                 "</head><body><center><table width=\"640\" cellpadding=\"0\" cellspacing=\"0\">"
                 f"<tr><td style=\"background:#003b6f;color:#fff;font-size:22px;padding:20px\">{esc(lines[0])}</td></tr>"
                 "<tr><td style=\"padding:20px;font-family:Arial;font-size:14px\">"
                 + "<br>\n".join(esc(l) for l in lines[2:])
                 + "</td></tr></table></center></body></html>\n")
    m.single(html_text, subtype="html", charset="utf-8", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Late registration (after 6 March), Russian, KOI8-R; short life story first.

ZHUMABAEV = """Добрый вечер!

Извините, что пишу после 6 марта - я только сегодня увидел ваше объявление в городской библиотеке. Коротко о себе: мне 52 года, я из Караганды, Казахстан, в Германии с прошлого лета, по профессии инженер-строитель. Сейчас прохожу интеграционный курс. В Казахстане я двадцать лет был в правлении садового товарищества и знаю, как важно, когда люди сами организуются, но здесь я пока почти никого не знаю.

Если ещё есть свободные места, пожалуйста, запишите меня на 13 марта в рабочую группу 2 - о будущем Мюнстера. Я буду один.

С уважением,
Ерлан Жумабаев"""


@mail("zhumabaev-russian-koi8r-late", "2027-03-07 22:10:58",
      E("registration", "erlan.zhumabaev@mail.example", "Ерлан Жумабаев", None,
        ["AG2"], 1, "ru"), "ru", notes="after the deadline")
def _(m):
    m.head(("From", addr("Ерлан Жумабаев", "erlan.zhumabaev@mail.example", "koi8-r", "b")),
           ("To", MSO),
           ("Subject", ew("Регистрация (не поздно?)", "koi8-r", "b")),
           ("Date", m.date),
           ("Message-ID", "<1804705858.5512@mail.example>"),
           ("X-Mailer", "The Bat! (v11.2.3) Professional"),
           ("MIME-Version", "1.0"))
    m.single(ZHUMABAEV, charset="koi8-r", cte="quoted-printable")


# -- 045 ---------------------------------------------------------------------
# Cancellation, Pashto, child is ill; reply quoting the confirmation.

STANIKZAI = """سلام،

زه بښنه غواړم، زه نشم کولی چې د مارچ په ۱۳ مه راشم. زما ماشوم ناروغ دی او باید له هغه سره په کور کې پاتې شم. مهرباني وکړئ زما نوم لیکنه لغوه کړئ.

ډېره مننه
زرغونه ستانکزی"""


@mail("stanikzai-pashto-cancel-child-ill", "2027-03-10 12:00:35",
      E("cancellation", "zarghuna.stanikzai@mail.example", "زرغونه ستانکزی", None,
        [], None, "ps"), "ps")
def _(m):
    m.head(("From", "Zarghuna Stanikzai <zarghuna.stanikzai@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAU1qZ6v+Nr3Ks8wMd2Lb7pH0eY5fJ4gT9aX2uC6oQ3u@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270215100530.7e40@muenster.example>"),
           ("References", "<mailbot.20270215100530.7e40@muenster.example>"),
           ("MIME-Version", "1.0"))
    attr = ("On Mon, 15 Feb 2027 at 10:05, Tag der Migrantenselbstorganisationen "
            "<mso-tag@muenster.example> wrote:")
    conf = confirmation("Frau Stanikzai", "AG1", 1)
    plain = f"{STANIKZAI}\n\n{attr}\n\n{gt_quote(conf)}\n"
    m.alternative(plain, gmail_html(STANIKZAI, rtl=True, attr=attr, quoted=conf), style="gmail")


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def build_all():
    built = []
    last = None
    for n, (slug, when, tz, expected, text_lang, notes, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when, tz)
        fn(m)
        if last and m.when <= last:
            raise SystemExit(f"{slug}: dates must rise with the numbering")
        last = m.when
        built.append((f"{n:03d}-{slug}.eml", m, expected, text_lang, notes))
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
ALLOWED_URL_HOSTS = ("schemas.microsoft.com", "www.w3.org")
LANGS = {"de", "en", "ar", "fa", "ps", "ti", "uk", "ru", "tr", "ku", "so", "fr"}


def decoded_header(value):
    return str(make_header(decode_header(str(value))))


def check_labels(e, msg, alltext):
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    k = e["kind"]
    if k not in KINDS:
        problems.append(f"bad kind {k}")
    if any(w not in WORKGROUP_IDS for w in e["workgroups"]) or \
            len(set(e["workgroups"])) != len(e["workgroups"]):
        problems.append("bad workgroups")
    if k not in ("registration", "change") and e["workgroups"]:
        problems.append("workgroups only for registration/change")
    if k == "registration":
        if not (isinstance(e["party_size"], int) and e["party_size"] >= 1):
            problems.append("registration needs party_size >= 1")
    elif k == "change":
        if e["party_size"] is not None and not (isinstance(e["party_size"], int)
                                                and e["party_size"] >= 1):
            problems.append("bad party_size for change")
    elif e["party_size"] is not None:
        problems.append("party_size must be null")
    if k in ("auto_reply", "bounce", "other"):
        for f in ("email", "name", "organisation", "language"):
            if e[f] is not None:
                problems.append(f"{f} must be null for {k}")
    else:
        if not e["email"] or e["email"] != e["email"].lower():
            problems.append("email missing or not lower-case")
        elif e["email"] not in alltext.lower():
            problems.append("email does not occur in the mail")
        if e["language"] not in LANGS:
            problems.append(f"language {e['language']}")
        for f in ("name", "organisation"):
            if e[f] is not None and e[f] not in alltext:
                problems.append(f"{f} {e[f]!r} not written in the mail")
        if not e["name"]:
            problems.append("person mail without name")
    if (k == "bounce") != (e["bounced_recipient"] is not None):
        problems.append("bounced_recipient only (and always) for bounces")
    return problems


def check(name, data, m, expected):
    problems = []
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for line in data.split(b"\n"):
        if len(line.rstrip(b"\r")) > 998:
            problems.append("line longer than 998 octets")
            break
    if m.crlf and data.count(b"\n") != data.count(b"\r\n"):
        problems.append("mixed line ends")
    if not m.crlf and b"\r" in data:
        problems.append("stray CR")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    for h in ("From", "Subject"):
        if "=?" in decoded_header(msg[h]):
            problems.append(f"{h} does not decode")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 1, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 4, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Jan-Mar 2027")
    got = list(leaves(msg))
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (p, w) in enumerate(zip(got, want)):
        if isinstance(w, bytes):
            if p.get_content() != w:
                problems.append(f"part {i}: attachment bytes differ")
            continue
        raw = p.get_payload(decode=True)
        cs = p.get_content_charset() or "us-ascii"
        try:
            text = raw.decode(cs)
        except (UnicodeDecodeError, LookupError) as exc:
            problems.append(f"part {i}: does not decode as {cs}: {exc}")
            continue
        if text.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {decoded_header(v)}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
        if p.get_content_type() == "message/delivery-status":
            for b in p.get_payload():
                chunks += [f"{k}: {v}" for k, v in b.items()]
    text = "\n".join(chunks)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in ALLOWED_URL_HOSTS:
            problems.append(f"non-example URL host {dom}")
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    problems += check_labels(expected, msg, html.unescape(text))
    return problems


def check_corpus(built, datas):
    problems = []
    senders = collections.Counter()
    for (name, m, e, _, _), data in zip(built, datas):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        frm = msg["From"].addresses[0].addr_spec.lower() if msg["From"].addresses else ""
        senders[frm] += 1
    for s, n in senders.items():
        if n > 1:
            problems.append(f"sender {s} appears {n} times")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _, _ in built)
    table = collections.Counter((t, e["kind"]) for _, _, e, t, _ in built)
    types = collections.Counter()
    encs = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    print("kinds:", dict(sorted(kinds.items())))
    langs = sorted({t for _, _, _, t, _ in built})
    print("language x kind:")
    for lang in langs:
        row = {k: table[(lang, k)] for k in KINDS if table[(lang, k)]}
        print(f"  {lang}: {row}  total {sum(row.values())}")
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
    expected = {name: e for name, _, e, _, _ in built}
    exp_text = "{\n" + ",\n".join(
        f"  {json.dumps(name)}: {json.dumps(e, ensure_ascii=False)}"
        for name, e in expected.items()) + "\n}\n"
    datas = [m.as_bytes() for _, m, _, _, _ in built]

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

    for (name, m, e, _, _), data in zip(built, datas):
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
