#!/usr/bin/env python3
"""Build the "afrika-forum" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Afrika-Forum Dortmund 2027 (config.toml): diaspora associations from West,
East and Central Africa and their children write in English (Nigerian,
Ghanaian, Kenyan, Cameroonian, Gambian), French (Cameroonian, Congolese,
Senegalese), Swahili, Amharic, Tigrinya, Somali, Yoruba, Lingala, Wolof
and German.

Every mail's text below is written by hand, one mail at a time.  This script
only wraps the texts in MIME with the standard `email` package, writes the
files, reads every file back with email.policy.default and checks it (no
defects, every text part decodes in its declared charset to exactly the text
written here, attachments byte-identical, CRLF lines <= 998 octets, dates
rising, example domains only, labels consistent with the conventions).

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind, language, MIME shape

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
import unicodedata
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded are written out as given.
POLICY = email.policy.default.clone(refold_source="none")

FORUM = "afrika-forum@dortmund.example"
TO_FORUM = f"Afrika-Forum Dortmund <{FORUM}>"
INVITATION_ID = "<einladung-afrika-forum-2027.20270802100000@dortmund.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
WG_IDS = ("EDU", "BIZ", "HEALTH", "YOUTH", "NET")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset=None, enc="q"):
    """'Name <address>'; a non-ASCII name is encoded in `charset` when given."""
    if name.isascii():
        return formataddr((name, address))
    if charset is None:
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
    return hashlib.sha256(f"{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


CEST = datetime.timezone(datetime.timedelta(hours=2))


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
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in order.
        ASCII values are stored verbatim (folded at spaces when long); values
        with non-ASCII characters go through the policy (UTF-8 encoded words)."""
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", FORUM)
        if received:
            domain = sender.split("@")[1] if "@" in sender else "mail.example"
            host = ("smtp." if domain.startswith("mail.") else "mail.") + domain
            arrival = format_datetime((self.when + datetime.timedelta(seconds=3)).astimezone(CEST))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.dortmund.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{FORUM}>; {arrival} (CEST)")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

    def _record(self, content):
        self.intended.append(content)

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None, record=True):
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
        if style == "yahoo":
            return f"----=_Part_{int(h[:7], 16)}_{int(h[7:15], 16)}.{1790000000000 + int(h[15:20], 16)}"
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mx.mail.example"
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


def make_pdf(lines):
    """A minimal one-page PDF showing `lines` (ASCII)."""
    ops = ["BT", "/F1 16 Tf", "60 770 Td"]
    for i, line in enumerate(lines):
        if i == 1:
            ops.append("/F1 11 Tf")
        ops.append("(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj")
        ops.append("0 -20 Td")
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
# HTML renderings of the common mail clients
# ---------------------------------------------------------------------------

def gmail_html(text, quote_head=None, quoted=None):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    out = f'<div dir="ltr">{inner}</div>'
    if quote_head:
        q = "<br>".join(esc(line) for line in quoted.split("\n"))
        out += (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(quote_head)}<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{q}</blockquote></div>')
    return out + "\n"


def gmail_plain(text, quote_head=None, quoted=None):
    if not quote_head:
        return text
    return f"{text}\n\n{quote_head}\n\n{gt_quote(quoted)}\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
            '</head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
            f'line-break: after-white-space;">{inner}</body></html>\n')


def yahoo_html(text):
    inner = "".join(f"<div dir=\"ltr\" data-setdir=\"false\">{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:'
            'Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
            f"{inner}</div></body></html>\n")


def samsung_html(text):
    inner = "<br>".join(esc(line) for line in text.split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            f'<body><div dir="auto">{inner}</div></body></html>\n')


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}}
span.EmailStyle17
	{{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
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


def outlook_html(text, cs="windows-1252", lang="EN-GB", quote=None, labels=("From", "Sent", "To", "Subject")):
    """Outlook-style HTML; quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        fr, sent, to, subj, quoted = quote
        lf, ls, lt, lsub = labels
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b>{lf}:</b> {esc(fr)}<br>\n<b>{ls}:</b> {esc(sent)}<br>\n"
                   f"<b>{lt}:</b> {esc(to)}<br>\n<b>{lsub}:</b> {esc(subj)}<o:p></o:p></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return OUTLOOK_HEAD.format(cs=cs, lang=lang) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels=("From", "Sent", "To", "Subject")):
    if not quote:
        return text
    fr, sent, to, subj, quoted = quote
    lf, ls, lt, lsub = labels
    return (f"{text}\n\n{lf}: {fr}\n{ls}: {sent}\n{lt}: {to}\n{lsub}: {subj}\n\n{quoted}")


# ---------------------------------------------------------------------------
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung / Invitation: Afrika-Forum Dortmund 2027 am 25.09."

INVITATION = """Liebe Vereine, Gemeinden und Initiativen der afrikanischen Diaspora,
liebe Interessierte,

herzlich laden wir Sie zum Afrika-Forum Dortmund 2027 – Diaspora gestaltet
mit ein.

Datum: Samstag, 25. September 2027, 10:00 bis 17:00 Uhr
Ort:   Dietrich-Keuning-Haus, Leopoldstraße 50–58, 44147 Dortmund

Am Nachmittag arbeiten wir in fünf Workshops:

Workshop 1: Bildungswege: Unsere Kinder in Schule, Ausbildung und Studium
Workshop 2: Wirtschaft und Unternehmertum zwischen Ruhrgebiet und Afrika
Workshop 3: Gesundheit, Pflege und psychosoziale Unterstützung
Workshop 4: Zweite Generation: Jugend, Identität und Empowerment
Workshop 5: Vereine vernetzen: Förderung, Gemeinnützigkeit und
            Zusammenarbeit mit der Stadt

Bitte melden Sie sich bis zum 17. September 2027 per E-Mail an
afrika-forum@dortmund.example an: Name, Verein oder Gemeinde,
Wunsch-Workshop (gern mit Zweitwunsch) und Anzahl der Personen.

--- English ---

Dear associations, congregations and initiatives of the African diaspora,
you are warmly invited to the Afrika-Forum Dortmund 2027 on Saturday,
25 September 2027, 10 am to 5 pm, at the Dietrich-Keuning-Haus. Please
register by 17 September by e-mail to afrika-forum@dortmund.example with
your name, association, preferred workshop (1 to 5, a second choice is
welcome) and the number of persons.

Participation is free of charge. Lunch and drinks are provided.

Mit herzlichen Grüßen / Warm regards
Ruth Tamba-Hesse
Koordination Afrika-Forum Dortmund
Integrationsnetzwerk Dortmund & Afrikanischer Dachverband Ruhr
Tel. 0231 50-2 77 64"""

WS = {
    "EDU": "Bildungswege: Unsere Kinder in Schule, Ausbildung und Studium",
    "BIZ": "Wirtschaft und Unternehmertum zwischen Ruhrgebiet und Afrika",
    "HEALTH": "Gesundheit, Pflege und psychosoziale Unterstützung",
    "YOUTH": "Zweite Generation: Jugend, Identität und Empowerment",
    "NET": "Vereine vernetzen: Förderung, Gemeinnützigkeit und Zusammenarbeit mit der Stadt",
}

CONF_SUBJECT = {
    "de": "Ihre Anmeldung zum Afrika-Forum Dortmund 2027",
    "en": "Your registration for the Afrika-Forum Dortmund 2027",
    "fr": "Votre inscription à l'Afrika-Forum Dortmund 2027",
}


def confirmation(lang, salutation, wg, persons):
    """The confirmation mailbot sent (quoted in replies and returned in bounces)."""
    if lang == "de":
        return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Afrika-Forum Dortmund 2027 am Samstag,
25. September 2027, 10:00 bis 17:00 Uhr, im Dietrich-Keuning-Haus,
Leopoldstraße 50–58, 44147 Dortmund.

Workshop: {wg} – {WS[wg]}
Angemeldete Personen: {persons}

Möchten Sie den Workshop wechseln oder absagen? Antworten Sie einfach auf
diese E-Mail.

Mit freundlichen Grüßen
Afrika-Forum Dortmund 2027"""
    if lang == "en":
        return f"""Dear {salutation},

thank you for registering for the Afrika-Forum Dortmund 2027 on Saturday,
25 September 2027, 10:00 to 17:00, at the Dietrich-Keuning-Haus,
Leopoldstraße 50–58, 44147 Dortmund.

Workshop: {wg} – {WS[wg]}
Persons registered: {persons}

To change your workshop or to cancel, simply reply to this e-mail.

Kind regards
Afrika-Forum Dortmund 2027"""
    return f"""Bonjour {salutation},

merci pour votre inscription à l'Afrika-Forum Dortmund 2027, le samedi
25 septembre 2027, de 10h00 à 17h00, au Dietrich-Keuning-Haus,
Leopoldstraße 50–58, 44147 Dortmund.

Atelier : {wg} – {WS[wg]}
Personnes inscrites : {persons}

Pour changer d'atelier ou annuler, répondez simplement à cet e-mail.

Cordialement
Afrika-Forum Dortmund 2027"""


def confirmation_message(lang, to, salutation, wg, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_FORUM
    m["To"] = to
    m["Subject"] = CONF_SUBJECT[lang]
    m["Date"] = when
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(lang, salutation, wg, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


def conf_id(stamp):
    """Message-ID of the confirmation mailbot sent at `stamp` (YYYYmmddHHMMSS)."""
    return f"<mailbot.{stamp}.{hashlib.sha256(stamp.encode()).hexdigest()[:4]}@dortmund.example>"


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
# Nigerian pastor, Gmail multipart/alternative, replies to the invitation and
# quotes all five workshops.  Group of four from the congregation, first and
# second choice.  Title "Pastor" (and "Deaconess", "Brother", "Sister") are
# not part of the name.

ADEBAYO_TEXT = """Dear Sir/Ma,

Greetings in the mighty name of our Lord Jesus Christ.

On behalf of the RCCG Jesus House Parish Dortmund, I wish to sincerely thank the organisers for this laudable initiative, which will no doubt go a long way in bringing the African community in Dortmund together. May the Lord crown all your efforts with success.

Kindly register four (4) persons from our parish for the forum: myself, my wife Deaconess Funmilayo Adebayo, Brother Chinedu Okafor and Sister Blessing Eze. We would like to attend Workshop 1 (Bildungswege), as many of our members have children in German schools and the challenges are enormous. If Workshop 1 is already full, Workshop 4 will also be fine for us.

We look forward to a fruitful time of fellowship and learning. God bless you richly.

Yours in His vineyard,

Pastor Emmanuel Adebayo
Parish Pastor, RCCG Jesus House Parish Dortmund
Tel: +49 176 2290 4417 | +234 803 555 0192"""

INVITATION_GMAIL_HEAD = f"On Mon, 2 Aug 2027 at 10:00, Afrika-Forum Dortmund <{FORUM}> wrote:"


@mail("adebayo-rccg-reply-to-invitation", "2027-08-02 13:25:41",
      E("registration", "emmanuel.adebayo@rccg-jesushouse-dortmund.example", "Emmanuel Adebayo",
        "RCCG Jesus House Parish Dortmund", ["EDU", "YOUTH"], 4, "en"), "en")
def _(m):
    m.head(("From", "Pastor Emmanuel Adebayo <emmanuel.adebayo@rccg-jesushouse-dortmund.example>"),
           ("To", TO_FORUM),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF3xq7Lw0pZ2m9kRj1b8Nn4TtYc5vD6eQ+a=Hs0gBq7uXk2p1w@mail.gmail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(ADEBAYO_TEXT, INVITATION_GMAIL_HEAD, INVITATION),
                  gmail_html(ADEBAYO_TEXT, INVITATION_GMAIL_HEAD, INVITATION),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 002 ---------------------------------------------------------------------
# Cameroonian French, Outlook multipart/alternative in ISO-8859-1 (subject in
# RFC 2047 Q, iso-8859-1).  Two persons, workshop named by number and German
# title words; a side question about food does not make it a question.

NGO_BISSOU_TEXT = """Bonjour à vous,

J'espère que vous allez bien et que la préparation du forum avance bien de votre côté.

Je viens par la présente m'inscrire au Forum Afrique du 25 septembre. Je serai accompagnée de ma belle-soeur, Mme Solange Etoundi, donc nous serons deux personnes.

Nous souhaitons participer à l'atelier 3 « Gesundheit, Pflege und psychosoziale Unterstützung », car nous travaillons toutes les deux dans les soins à domicile et nous voyons beaucoup de nos compatriotes qui ne savent pas où s'adresser.

Petite question : est-ce qu'il y aura à manger sur place ou bien il faut prévoir ?

Merci d'avance et bonne journée à vous.

Marie-Claire Ngo Bissou
Secrétaire générale
Association des Camerounais de Dortmund e.V.
Tél. : +49 152 0418 7723 | WhatsApp : +237 6 99 41 28 05"""


@mail("ngo-bissou-cameroun-outlook-latin1", "2027-08-03 09:10:22",
      E("registration", "mc.ngobissou@acd-dortmund.example", "Marie-Claire Ngo Bissou",
        "Association des Camerounais de Dortmund e.V.", ["HEALTH"], 2, "fr"), "fr")
def _(m):
    m.head(("From", "Marie-Claire NGO BISSOU <mc.ngobissou@acd-dortmund.example>"),
           ("To", FORUM),
           ("Subject", ew("Inscription Forum Afrique - atelier 3 (santé)", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<000c01dbe42f$7a1e9b40$6e5bd1c0$@acd-dortmund.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", "AdvkL3oem0BpTnm3S4Ccx0ZbwE5Z1A=="),
           ("Content-Language", "fr"),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(NGO_BISSOU_TEXT),
                  outlook_html(NGO_BISSOU_TEXT, cs="iso-8859-1", lang="FR"),
                  charset="iso-8859-1", cte="quoted-printable", style="outlook")


# -- 003 ---------------------------------------------------------------------
# Kenyan English from an iPhone, short and WhatsApp-like ("Am interested",
# "Pls"); us-ascii 7bit.  "the business one" = workshop 2.

@mail("kariuki-iphone-business-one", "2027-08-03 21:47:05",
      E("registration", "wanjiku.kariuki@mail.example", "Wanjiku Kariuki",
        "Kenya Community Ruhr", ["BIZ"], 1, "en"), "en")
def _(m):
    m.head(("From", "Wanjiku Kariuki <wanjiku.kariuki@mail.example>"),
           ("To", FORUM),
           ("Subject", "Afrika forum registration"),
           ("Date", m.date),
           ("Message-ID", "<8E1B5C2A-40F7-4D3C-9A61-B27E0D95F3C4@mail.example>"),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0"))
    m.single("""Hi,
Pls register me for the forum on 25th Sept. Am interested in workshop 2 the business one. Am a member of Kenya Community Ruhr.

Thanks and God bless
Wanjiku Kariuki
+254 722 318 904 (WhatsApp)

Sent from my iPhone""", charset="us-ascii", cte="7bit")


# -- 004 ---------------------------------------------------------------------
# Amharic, Gmail multipart/alternative, UTF-8 base64; display name in
# Ethiopic (RFC 2047 B).  Three persons ("ሦስት ሰዎች"), the third workshop
# ("ሦስተኛውን ዎርክሾፕ").  The association is described in Amharic in the
# body and named in German in the signature (the label).

ALEMU_TEXT = """ጤና ይስጥልኝ፣

ስሜ ትዕግስት አለሙ ይባላል። በዶርትሙንድ የኢትዮጵያውያን ባህል ማኅበር የሴቶች ጉዳይ ኃላፊ ነኝ።

ሴፕቴምበር 25 ቀን 2027 በሚካሄደው የአፍሪካ ፎረም ላይ ለመሳተፍ መመዝገብ እንፈልጋለን። ሦስት ሰዎች እንመጣለን፦ እኔ፣ ባለቤቴ አቶ ዳዊት እና ጓደኛዬ ወ/ሮ መሰረት።

ሦስተኛውን ዎርክሾፕ (ጤና፣ እንክብካቤ እና የሥነ ልቦና ድጋፍ) መርጠናል። ብዙ የማኅበረሰባችን አባላት በዚህ ጉዳይ ላይ እርዳታ ይፈልጋሉ።

እግዚአብሔር ይስጥልኝ፣
ትዕግስት አለሙ

Tigist Alemu
Äthiopischer Kulturverein Dortmund e.V.
Tel. +49 176 8834 2210"""


@mail("alemu-amharic-third-workshop", "2027-08-04 19:02:37",
      E("registration", "tigist.alemu@mail.example", "Tigist Alemu",
        "Äthiopischer Kulturverein Dortmund e.V.", ["HEALTH"], 3, "am"), "am")
def _(m):
    m.head(("From", addr("ትዕግስት አለሙ", "tigist.alemu@mail.example", "utf-8", "b")),
           ("To", FORUM),
           ("Subject", ew("ምዝገባ – Afrika-Forum", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAJm4v0tR9x1Lq7ZcY3pE6oWn2Hb8kGf5aSd-0Ui4rTjXq9Vz2A@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALEMU_TEXT, gmail_html(ALEMU_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 005 ---------------------------------------------------------------------
# A daughter registers her father ("Chief", President-General of a hometown
# union).  Attendee = the father; the confirmation is to go to her own
# address (From).  She says she will not come herself: 1 person.

OKONKWO_TEXT = """Hello,

I'm writing on behalf of my dad, Chief Ikechukwu Okonkwo. He is the President-General of Ndi Igbo Dortmund e.V. and he would really love to attend the Afrika-Forum on 25 September. He's not really into emails, so I'm handling this for him lol.

He'd like to join Workshop 2 (business/Unternehmertum), he has been talking about it all week.

It's just him, I won't be coming (I have exams at uni that week).

Please send the confirmation to this email address and I'll show it to him.

Thanks a lot!
Chiamaka Okonkwo"""


@mail("okonkwo-daughter-registers-chief", "2027-08-05 11:40:12",
      E("registration", "chiamaka.okonkwo@mail.example", "Ikechukwu Okonkwo",
        "Ndi Igbo Dortmund e.V.", ["BIZ"], 1, "en"), "en")
def _(m):
    m.head(("From", "Chiamaka Okonkwo <chiamaka.okonkwo@mail.example>"),
           ("To", FORUM),
           ("Subject", "Registration for my dad (Chief Ikechukwu Okonkwo)"),
           ("Date", m.date),
           ("Message-ID", "<CAH9tWq3pN0v8YkR5cL1mX7bZs2Fd4Ge6Ju-Pa9Ko3iQw8Er5Tg@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(OKONKWO_TEXT, gmail_html(OKONKWO_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 006 ---------------------------------------------------------------------
# Ghanaian English from Yahoo ("We are coming three", "Counting on your
# usual cooperation").  Workshop 5 by its German title words, workshop 2 as
# "the business one" second.  "Mrs." is dropped from the name.

FRIMPONG_TEXT = """Good morning,

Please we wish to register for the upcoming Afrika-Forum on the 25th of September. We are coming three (3) from the Ghana Union Dortmund, namely myself, our Chairman Mr. Kofi Ansah and the Organising Secretary Madam Adwoa Boakye.

We are most interested in the workshop on "Vereine vernetzen" (funding and cooperation with the city) and as a second option the business one.

Counting on your usual cooperation.

Thank you and God bless.

Mrs. Akosua Frimpong
Secretary, Ghana Union Dortmund
Mobile: +49 1578 340 2261 / +233 24 411 8093"""


@mail("frimpong-ghana-union-yahoo", "2027-08-06 07:55:30",
      E("registration", "akosua.frimpong@yahoo.example", "Akosua Frimpong",
        "Ghana Union Dortmund", ["NET", "BIZ"], 3, "en"), "en")
def _(m):
    m.head(("From", "Akosua Frimpong <akosua.frimpong@yahoo.example>"),
           ("To", FORUM),
           ("Subject", "REGISTRATION - GHANA UNION DORTMUND"),
           ("Date", m.date),
           ("Message-ID", "<1786005330.2241987.1786005330114@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.22645 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.alternative(FRIMPONG_TEXT, yahoo_html(FRIMPONG_TEXT), charset="utf-8",
                  cte="quoted-printable", style="yahoo")


# -- 007 ---------------------------------------------------------------------
# Tigrinya, plain text UTF-8 base64 from an Android phone; subject in
# RFC 2047 B.  "ኣነን ጓለይን" = me and my daughter (2); "ራብዓይ ዎርክሾፕ" = the
# fourth workshop.  "25 መስከረም" is 25 September (Eritrean usage).

@mail("gebremedhin-tigrinya-fourth", "2027-08-06 22:13:48",
      E("registration", "senait.gm@mail.example", "Senait Gebremedhin",
        "Eritreische Gemeinde Dortmund e.V.", ["YOUTH"], 2, "ti"), "ti")
def _(m):
    m.head(("From", "Senait G. <senait.gm@mail.example>"),
           ("To", FORUM),
           ("Subject", ew("ምዝገባ ንኣፍሪቃ ፎረም", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAP2nXb7cR4vT0wQ9mZ1sL6kYh3Jd8Fg5Ue-Lo2Ni7pWq4Ea1Ks@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""ሰላም ንኹልኻትኩም፣

ኣነ ሰናይት ገብረመድህን እየ፣ ካብ ማሕበረሰብ ኤርትራውያን ዶርትሙንድ።
ኣብቲ ብ25 መስከረም 2027 ኣብ ዶርትሙንድ ዝካየድ ኣፍሪቃ ፎረም ክንሳተፍ ንደሊ ኢና።
ክልተ ሰባት ኢና፡ ኣነን ጓለይ ሊድያን።
ራብዓይ ዎርክሾፕ (ካልኣይ ወለዶ፡ መንእሰያት) ንመርጽ፣ ጓለይ 17 ዓመት እያ።

የቐንየልና።
ሰናይት

Senait Gebremedhin
Eritreische Gemeinde Dortmund e.V.

Sent from my Android""", charset="utf-8", cte="base64")


# -- 008 ---------------------------------------------------------------------
# Other: a network's newsletter announcing another event with its own
# workshops and "Jetzt anmelden".  multipart/alternative, List-* headers.

NEWSLETTER_TEXT = """Afrika-Ruhr Netzwerk – Newsletter August 2027

Liebe Freundinnen und Freunde,

1) Afrikanische Kulturtage Bochum, 3.–5. September 2027
Drei Tage Musik, Film und Diskussion im Bahnhof Langendreer. Am Samstag
gibt es vier Mitmach-Workshops:
  Workshop 1: Djembe für Anfänger*innen
  Workshop 2: Afrikanische Küche – Jollof, Ndolé, Injera
  Workshop 3: Haare & Identität
  Workshop 4: Storytelling für Kinder
Jetzt anmelden: https://kulturtage.afrika-ruhr.example/anmeldung

2) Afrika-Forum Dortmund am 25.09.
Unsere Partner aus Dortmund laden zum Afrika-Forum ein. Anmeldung direkt
beim Veranstalter, nicht über uns.

3) Mitgliederversammlung
Die nächste Mitgliederversammlung des Netzwerks ist am 16. Oktober.

Herzliche Grüße
Ihr Team vom Afrika-Ruhr Netzwerk

Sie erhalten diesen Newsletter, weil Sie sich auf afrika-ruhr.example
eingetragen haben. Abmelden: https://afrika-ruhr.example/newsletter/abmelden"""


@mail("afrika-ruhr-newsletter", "2027-08-08 16:20:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Afrika-Ruhr Netzwerk <newsletter@afrika-ruhr.example>"),
           ("To", FORUM),
           ("Subject", ew("Newsletter August: Kulturtage Bochum – jetzt anmelden!", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-08.4f1c9e@afrika-ruhr.example>"),
           ("List-Id", "Afrika-Ruhr Newsletter <newsletter.afrika-ruhr.example>"),
           ("List-Unsubscribe", "<https://afrika-ruhr.example/newsletter/abmelden?u=afrika-forum>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    body = NEWSLETTER_TEXT.split("\n")
    h = "".join(f"<p>{esc(line)}</p>" if line else "" for line in body)
    html_text = ('<!DOCTYPE html><html><body style="font-family:Arial,sans-serif;color:#222">'
                 '<table width="600" align="center"><tr><td style="background:#c8102e;color:#fff;'
                 'padding:12px;font-size:20px">Afrika-Ruhr Netzwerk</td></tr><tr><td>'
                 f"{h}</td></tr></table></body></html>\n")
    m.alternative(NEWSLETTER_TEXT, html_text, charset="utf-8", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Lingala with French words, plain UTF-8 8bit.  "atelier ya mibale" = the
# second workshop, "bato mibale" = two persons ("ngai na mwasi na ngai").
# Registration plus a question about payment.  The full name in the
# self-introduction beats the short signature "Papa J-P Mukendi".

@mail("mukendi-lingala-mibale", "2027-08-09 10:05:19",
      E("registration", "jp.mukendi@mail.example", "Jean-Pierre Mukendi",
        "Association des Congolais de Dortmund", ["BIZ"], 2, "ln"), "ln")
def _(m):
    m.head(("From", "JP Mukendi <jp.mukendi@mail.example>"),
           ("To", FORUM),
           ("Subject", "Inscription Afrika-Forum"),
           ("Date", m.date),
           ("Message-ID", "<20270809080519.7a2b41c0@webmail.mail.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Mbote na bino bandeko,

Nazali Jean-Pierre Mukendi, mokambi ya Association des Congolais de Dortmund.
Nalingi ko-inscrire ngai na mwasi na ngai na Afrika-Forum ya mokolo 25 septembre. Tokozala bato mibale.

Tolingi kokende na atelier ya mibale, oyo ya business (Wirtschaft und Unternehmertum), pamba te tozali na projet ya import-export na Kinshasa mpe tolingi koyekola makambo ya mibeko awa na Allemagne.

Soki ezali na eloko ya kofuta, boyebisa biso.

Matondo mingi, Nzambe apambola bino.

Papa J-P Mukendi
+49 163 772 0915 / +243 81 554 3207""", charset="utf-8", cte="8bit")


# -- 010 ---------------------------------------------------------------------
# Senegalese French mixed with Wolof greetings and blessings, Thunderbird,
# format=flowed UTF-8 8bit.  Three persons from a dahira (religious
# association); workshop 4, else 1.  Language: French (the Wolof is
# greeting, blessing and one aside).

@mail("diop-dahira-french-wolof", "2027-08-10 12:30:44",
      E("registration", "moussa.diop@dahira-touba-dortmund.example", "Moussa Diop",
        "Dahira Touba Dortmund", ["YOUTH", "EDU"], 3, "fr"), "fr")
def _(m):
    m.head(("From", "Moussa Diop <moussa.diop@dahira-touba-dortmund.example>"),
           ("To", FORUM),
           ("Subject", "Inscription Dahira Touba Dortmund - Forum du 25 septembre"),
           ("Date", m.date),
           ("Message-ID", "<5b8e0c13-6a2f-4d77-b1e9-93c4f0a2d6e8@dahira-touba-dortmund.example>"),
           ("User-Agent", "Mozilla Thunderbird 128.1.0"),
           ("Content-Language", "fr"),
           ("MIME-Version", "1.0"))
    m.single("""Assalamou aleykoum,

Na ngeen def ? J'espère que vous allez bien, ak seen njaboot (et vos 
familles).

Je suis Moussa Diop, diawrigne (responsable) du Dahira Touba Dortmund. 
Nous souhaitons nous inscrire au Forum Afrique du 25 septembre. Nous 
serons trois : moi-même et deux jeunes de notre dahira, Serigne Fallou 
Sène et Cheikh Ibra Fall.

Les jeunes veulent participer à l'atelier 4 sur la jeunesse et 
l'identité, c'est leur sujet. Si c'est complet, mettez-nous dans 
l'atelier 1 (éducation).

Jërëjëf, Yàlla na leen Yàlla fay.

Moussa Diop
Dahira Touba Dortmund
+49 176 4410 7782 / +221 77 631 42 09
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 011 ---------------------------------------------------------------------
# Yoruba with tone marks, plain UTF-8 base64 (Yahoo app); subject Q-encoded.
# "Èmi àti ọkọ mi ... ènìyàn méjì" = me and my husband, two persons;
# Workshop 3.  The signature form (no diacritics, no "Alhaja") is the label;
# the association is named with diacritics in the body and without in the
# signature (signature form).

@mail("oladapo-yoruba-workshop-3", "2027-08-10 20:45:03",
      E("registration", "mutiat.oladapo@yahoo.example", "Mutiat Oladapo",
        "Egbe Omo Yoruba Dortmund e.V.", ["HEALTH"], 2, "yo"), "yo")
def _(m):
    m.head(("From", "Mutiat Oladapo <mutiat.oladapo@yahoo.example>"),
           ("To", FORUM),
           ("Subject", ew("Ìforúkọsílẹ̀ – Afrika-Forum 25 September", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<1786387503.3318820.1786387503771@mail.yahoo.example>"),
           ("X-Mailer", "YahooMailAndroidMobile/6.58.1"),
           ("MIME-Version", "1.0"))
    m.single("""Ẹ kú ìrọ̀lẹ́ o,

Ẹ kú iṣẹ́ takuntakun tí ẹ ń ṣe fún àwọn ọmọ Áfíríkà ní Dortmund. Olúwa á bù kún yín.

Orúkọ mi ni Mutiat Ọládàpọ̀, ọmọ ẹgbẹ́ Ẹgbẹ́ Ọmọ Yorùbá Dortmund ni mí. Mo fẹ́ forúkọ sílẹ̀ fún Afrika-Forum ní ọjọ́ kẹẹ̀dọ́gbọ̀n oṣù kẹsàn-án (25 September).

Èmi àti ọkọ mi la ó wá, ènìyàn méjì. A fẹ́ lọ sí Workshop 3 (ìlera àti ìtọ́jú aláìsàn).

Ẹ ṣé púpọ̀. Ọlọ́run á ṣe é láṣeyọrí.

Alhaja Mutiat Oladapo
Egbe Omo Yoruba Dortmund e.V.
+49 172 604 1189 / +234 805 221 7634

Sent from Yahoo Mail for Android""", charset="utf-8", cte="base64")


# -- 012 ---------------------------------------------------------------------
# Question: a Kenyan single mother will register only if there is childcare
# ("If childcare is possible I'll register straight away").  Swahili
# sign-off in an English mail.  Mentions the youth workshop as her interest.

@mail("njoroge-childcare-question", "2027-08-11 09:30:27",
      E("question", "esther.njoroge@outlook.example", "Esther Wambui Njoroge",
        None, [], None, "en"), "en")
def _(m):
    m.head(("From", "Esther Njoroge <esther.njoroge@outlook.example>"),
           ("To", FORUM),
           ("Subject", "Childcare at the Afrika-Forum?"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR02MB7741C0D1E2F3A4B5C6D7E8F9A0B1C2D3@DB9PR02MB7741.eurprd02.prod.outlook.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hello there,

I hope this finds you well. I'm a single mum of two (4 and 7) and I would really love to come to the Afrika-Forum, especially the youth workshop, since I run a small Saturday homework club for African kids in Dortmund-Nord.

Before I register: will there be any childcare on the day? If not, is it okay if I bring the kids along? They are well behaved, mostly :)

If childcare is possible I'll register straight away.

Asante sana,
Esther Wambui Njoroge""", charset="us-ascii", cte="7bit")


# -- 013 ---------------------------------------------------------------------
# Swahili, plain UTF-8 quoted-printable.  "Tutakuja watu wawili" = two
# persons; "warsha ya kwanza" = the first workshop.  Signed "Mama Rehema",
# then the full name (the label, without "Mama").

@mail("juma-swahili-warsha-ya-kwanza", "2027-08-12 14:00:51",
      E("registration", "rehema.juma@mail.example", "Rehema Salim Juma",
        "Umoja wa Wanawake wa Afrika Mashariki Dortmund", ["EDU"], 2, "sw"), "sw")
def _(m):
    m.head(("From", "Rehema Juma <rehema.juma@mail.example>"),
           ("To", FORUM),
           ("Subject", "Usajili - Afrika Forum Dortmund"),
           ("Date", m.date),
           ("Message-ID", "<CAB7uYp2wE5rT8iO1pA4sD6fG9hJ0kL3zX-Cv5Bn7Mq2Wr8Ty4U@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Habari za leo ndugu waandaaji,

Natumaini hamjambo na kazi ya maandalizi inaendelea vizuri. Mimi ni mwenyekiti wa Umoja wa Wanawake wa Afrika Mashariki Dortmund.

Ningependa kujiandikisha kwa Afrika-Forum tarehe 25 Septemba. Tutakuja watu wawili, mimi na katibu wetu Bi. Zawadi Mohamed. Tungependa kushiriki warsha ya kwanza kuhusu elimu ya watoto wetu (Bildungswege), kwa sababu akina mama wengi wanahangaika na shule za watoto hapa Ujerumani.

Asanteni sana na Mungu awabariki.

Mama Rehema
Rehema Salim Juma
Mwenyekiti, Umoja wa Wanawake wa Afrika Mashariki Dortmund
Simu: +49 157 3390 2284""", charset="utf-8", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# Somali, plain us-ascii 7bit (Somali Latin orthography needs no
# diacritics).  "Aniga iyo gabadhayda ... (2 qof)" = me and my daughter;
# Workshop 1 named by number and the Somali word for education.

@mail("xasan-somali-waxbarasho", "2027-08-13 18:20:09",
      E("registration", "faadumo.xasan@mail.example", "Faadumo Xasan Cali",
        "Ururka Haweenka Soomaaliyeed ee Dortmund", ["EDU"], 2, "so"), "so")
def _(m):
    m.head(("From", "Faadumo Xasan <faadumo.xasan@mail.example>"),
           ("To", FORUM),
           ("Subject", "Diiwaangelin Afrika-Forum"),
           ("Date", m.date),
           ("Message-ID", "<CAQ1hZx8vB3nM6kJ0lP9oI2uY5tR7eW4qA-Sd1Fg3Hj6Kl8Zx0C@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Asalaamu calaykum,

Magacaygu waa Faadumo Xasan Cali. Waxaan ka tirsanahay Ururka Haweenka Soomaaliyeed ee Dortmund.

Waxaan jeclaan lahaa inaan iska diiwaangeliyo Afrika-Forum-ka 25-ka September. Aniga iyo gabadhayda Hodan ayaa iman doonna (2 qof). Waxaan dooranaynaa Workshop 1, waxbarashada carruurta, sababtoo ah carruurteena waxay dhib kala kulmaan dugsiyada halkan.

Mahadsanid, Ilaahay ha idin barakeeyo.

Faadumo Xasan Cali
Tel: +49 1575 220 9143""", charset="us-ascii", cte="7bit")


# -- 015 ---------------------------------------------------------------------
# Kenyan doctor, Outlook multipart/alternative windows-1252 QP.  The
# signature names her employer (a hospital, with a German disclaimer); the
# association she comes for is in the body.  "Dr." is dropped.  A question
# about presenting their work does not make it a question.

KAMAU_TEXT = """Dear Afrika-Forum team,

Greetings from Dortmund-Hörde!

I would like to register for the forum on 25 September. I'll be representing the Kenya Diaspora Nurses Association Germany, where I coordinate our mentorship programme for newly arrived Kenyan nurses.

Workshop 3 (health, care and psychosocial support) is the obvious one for me. Kindly also let me know if there will be a chance to present our work briefly – no worries if not.

Kind regards / Mit freundlichen Grüßen

Dr. med. Njeri Kamau-Richter
Oberärztin, Klinik für Psychiatrie und Psychotherapie
Klinikum Westfalenpark gGmbH
Tel. +49 231 953-18840

------------------------------------------------------------
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Klinikum Westfalenpark gGmbH, Geschäftsführung: Dr. Hans-Peter Lübbers, Amtsgericht Dortmund HRB 99999."""


@mail("kamau-richter-outlook-disclaimer", "2027-08-16 10:12:36",
      E("registration", "njeri.kamau-richter@klinikum-westfalenpark.example", "Njeri Kamau-Richter",
        "Kenya Diaspora Nurses Association Germany", ["HEALTH"], 1, "en"), "en")
def _(m):
    m.head(("From", '"Kamau-Richter, Njeri Dr." <njeri.kamau-richter@klinikum-westfalenpark.example>'),
           ("To", FORUM),
           ("Subject", "Registration Afrika-Forum 25.09. - Workshop 3"),
           ("Date", m.date),
           ("Message-ID", "<4F2A8C1D0E9B4A77@EXMB02.klinikum-westfalenpark.example>"),
           ("Thread-Topic", "Registration Afrika-Forum 25.09. - Workshop 3"),
           ("Thread-Index", "Adv4c8Zq1m0Qf3ZrT0W1cR2hYz7L9w=="),
           ("Accept-Language", "de-DE, en-GB"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(KAMAU_TEXT), outlook_html(KAMAU_TEXT, cs="windows-1252"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 016 ---------------------------------------------------------------------
# Exchange out-of-office answer to the confirmation of 015, bilingual,
# Auto-Submitted: auto-replied.

@mail("kamau-richter-out-of-office", "2027-08-16 10:13:20",
      E("auto_reply"), "de")
def _(m):
    cid = conf_id("20270816101305")
    m.head(("From", '"Kamau-Richter, Njeri Dr." <njeri.kamau-richter@klinikum-westfalenpark.example>'),
           ("To", TO_FORUM),
           ("Subject", "Automatische Antwort: " + CONF_SUBJECT["en"]),
           ("Date", m.date),
           ("Message-ID", "<7C3B9E2F1A0D4E55@EXMB02.klinikum-westfalenpark.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 30.08.2027 im Urlaub und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an das Sekretariat der Klinik für Psychiatrie, Tel. 0231 953-18800.

Thank you for your message. I am on annual leave until 30 August 2027 inclusive. For urgent matters please contact the secretariat, phone +49 231 953-18800.

Dr. Njeri Kamau-Richter""", charset="utf-8", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Change from 003 (iPhone reply quoting the English confirmation, which names
# BIZ): move to workshop 1 ("the education one").  UTF-8 QP for the emoji.

@mail("kariuki-change-to-education", "2027-08-17 12:00:33",
      E("change", "wanjiku.kariuki@mail.example", "Wanjiku Kariuki",
        None, ["EDU"], None, "en"), "en")
def _(m):
    cid = conf_id("20270803214806")
    m.head(("From", "Wanjiku Kariuki <wanjiku.kariuki@mail.example>"),
           ("To", TO_FORUM),
           ("Subject", "Re: " + CONF_SUBJECT["en"]),
           ("Date", m.date),
           ("Message-ID", "<3D9F0A7E-21B4-4C8D-A5E6-7F1029C3B8D4@mail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hi, sorry pls change me to workshop 1. My chama ladies are all going to the education one and they've asked me to join them \N{SMILING FACE WITH SMILING EYES}

Thanks
Wanjiku

Sent from my iPhone

> On 3 Aug 2027, at 21:48, Afrika-Forum Dortmund <{FORUM}> wrote:
>
{gt_quote(confirmation("en", "Ms Kariuki", "BIZ", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Anglophone Cameroonian, Outlook HTML only, windows-1252 QP, +237 number.
# Two persons; workshop 5 by number and German title words.

NKONGHO_TEXT = """Dear Sir/Madam,

Warm greetings from the Manyu Cultural Association Dortmund.

I write on behalf of our association to register two (2) persons for the Afrika-Forum on 25th September 2027, namely myself and our Financial Secretary, Mr. Agbor Eyong Peter.

We are interested in Workshop 5 (Vereine vernetzen), as our association is presently in the process of acquiring the status of e.V. and we need proper guidance on Gemeinnützigkeit and funding.

Thanks for the good work you are doing for our community.

Yours in the service of the community,

Ebenezer Tabe Nkongho
President, Manyu Cultural Association Dortmund
Tel: +49 1521 093 4478 | +237 6 77 52 18 30"""


@mail("nkongho-manyu-outlook-html-only", "2027-08-18 19:40:02",
      E("registration", "e.nkongho@manyu-dortmund.example", "Ebenezer Tabe Nkongho",
        "Manyu Cultural Association Dortmund", ["NET"], 2, "en"), "en")
def _(m):
    m.head(("From", "Ebenezer Nkongho <e.nkongho@manyu-dortmund.example>"),
           ("To", FORUM),
           ("Subject", "REGISTRATION FOR AFRIKA-FORUM 2027"),
           ("Date", m.date),
           ("Message-ID", "<000201dbf0a9$c41e5d20$4c5b1760$@manyu-dortmund.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", "AdvwqcQeXSBMWxdgGFaUr3Yc9vK3nQ=="),
           ("Content-Language", "en-gb"),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(NKONGHO_TEXT, cs="windows-1252"), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# German, second generation, GMX webmail in ISO-8859-15 QP.  A youth group of
# four for workshop 4; a question about arriving late is part of a
# registration.  The contact person names herself in the middle of the text.

@mail("tshibanda-afro-youth-german", "2027-08-20 11:15:48",
      E("registration", "afroyouth.dortmund@gmx.example", "Naomi Tshibanda",
        "Afro Youth Dortmund", ["YOUTH"], 4, "de"), "de")
def _(m):
    m.head(("From", "Afro Youth Dortmund <afroyouth.dortmund@gmx.example>"),
           ("To", FORUM),
           ("Subject", "Anmeldung Workshop 4 :)"),
           ("Date", m.date),
           ("Message-ID", "<trinity-9e4b1d2c-7a3f-4c80-b5d6-2e1f0a9c8b7d-1787217348092@3c-app-gmx-bs41>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo liebes Orga-Team,

wir sind die Afro Youth Dortmund, eine Gruppe junger Leute (16-25) mit afrikanischen Wurzeln, die meisten von uns sind hier geboren. Wir würden gern mit 4 Leuten zum Afrika-Forum kommen, natürlich in den Workshop 4 (Zweite Generation). Das Thema ist genau unser Ding!

Ich bin die Ansprechpartnerin: Naomi Tshibanda, Handy 0176 5512 0934.

Ist es okay, wenn zwei von uns erst gegen 12 Uhr dazukommen? Die haben vormittags noch Basketballtraining.

Liebe Grüße und bis bald
Naomi
Afro Youth Dortmund""", charset="iso-8859-15", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Congolese church, French, windows-1252 QP plain text from the church
# secretariat's address (From name RFC 2047 Q in windows-1252).  A numbered
# list of seven persons with honorifics (Maman, Papa, Frère, Sœur).  The
# adults want workshop 1, the three young people workshop 4: the writer's
# own group's choice is the label (see README).

@mail("kabeya-eglise-la-grace-group-of-seven", "2027-08-21 09:00:10",
      E("registration", "secretariat@eglise-lagrace-dortmund.example", "Chantal Kabeya",
        "Église Évangélique La Grâce Dortmund", ["EDU"], 7, "fr"), "fr")
def _(m):
    m.head(("From", addr("Secrétariat Église La Grâce", "secretariat@eglise-lagrace-dortmund.example",
                         "windows-1252", "q")),
           ("To", FORUM),
           ("Subject", ew("Inscription groupe Église Évangélique La Grâce (7 personnes)", "windows-1252", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270821070010.3c81f2@eglise-lagrace-dortmund.example>"),
           ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
           ("MIME-Version", "1.0"))
    m.single("""Paix du Seigneur Jésus-Christ !

Chers organisateurs,

Nous vous saluons au nom précieux de notre Seigneur. L'Église Évangélique La Grâce de Dortmund a le plaisir d'inscrire un groupe de sept (7) personnes pour le Forum Afrique du 25 septembre :

1. Maman Chantal Kabeya (responsable des mamans)
2. Maman Thérèse Ilunga
3. Maman Béatrice Nsimba
4. Papa Alphonse Kabeya
5. Frère Patrick Mbuyi
6. Sœur Grâce Tshilombo (17 ans)
7. Frère Daniel Kabeya (16 ans)

Les mamans et Papa Alphonse souhaitent participer à l'atelier 1 (éducation), car c'est notre grand souci : l'orientation de nos enfants à l'école. Les trois jeunes voudraient plutôt aller à l'atelier 4.

Que Dieu vous bénisse abondamment.

Pour le secrétariat,
Maman Chantal Kabeya
Église Évangélique La Grâce Dortmund
Tél. +49 231 7209 5531""", charset="windows-1252", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# The church secretariat's auto-answer to the confirmation of 020, French,
# without Auto-Submitted or any other auto-reply header.

@mail("eglise-secretariat-auto-answer-no-header", "2027-08-21 09:01:31",
      E("auto_reply"), "fr")
def _(m):
    cid = conf_id("20270821090112")
    m.head(("From", addr("Secrétariat Église La Grâce", "secretariat@eglise-lagrace-dortmund.example",
                         "windows-1252", "q")),
           ("To", TO_FORUM),
           ("Subject", ew("Réponse automatique : " + CONF_SUBJECT["fr"], "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270821070131.autorep.71d0@eglise-lagrace-dortmund.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    m.single("""Shalom !

Merci pour votre message. Le secrétariat de l'Église Évangélique La Grâce est ouvert le mardi et le jeudi de 17h00 à 20h00. Nous traiterons votre demande dès que possible.

Pour les urgences pastorales, veuillez appeler le +49 231 7209 5531.

Nos cultes : chaque dimanche à 14h30.

Que Dieu vous bénisse !
-- 
Ce message a été envoyé automatiquement.""", charset="utf-8", cte="base64")


# -- 022 ---------------------------------------------------------------------
# Change from 001: one more person (4 -> 5).  Gmail reply quoting the English
# confirmation (EDU, 4).  No workshop choice in the new text: [].

ADEBAYO_CHANGE = """Dear Sir/Ma,

Greetings in Jesus' name. Thank you very much for the confirmation.

Please note that our youth pastor, Pastor Samuel Ogunleye, will now also be joining us, so we shall be five (5) persons in total instead of four. Kindly update your records accordingly.

Remain blessed.

Pastor Emmanuel Adebayo
RCCG Jesus House Parish Dortmund"""


@mail("adebayo-change-now-five", "2027-08-22 15:30:55",
      E("change", "emmanuel.adebayo@rccg-jesushouse-dortmund.example", "Emmanuel Adebayo",
        "RCCG Jesus House Parish Dortmund", [], 5, "en"), "en")
def _(m):
    cid = conf_id("20270802132640")
    head = f"On Mon, 2 Aug 2027 at 13:26, Afrika-Forum Dortmund <{FORUM}> wrote:"
    quoted = confirmation("en", "Pastor Adebayo", "EDU", 4)
    m.head(("From", "Pastor Emmanuel Adebayo <emmanuel.adebayo@rccg-jesushouse-dortmund.example>"),
           ("To", TO_FORUM),
           ("Subject", "Re: " + CONF_SUBJECT["en"]),
           ("Date", m.date),
           ("Message-ID", "<CAF3xq7Mz5tK0p1XcQ8n2bV4eYr7hJ9uLw+d=Fs3aGk6oTq8i2B@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(ADEBAYO_CHANGE, head, quoted),
                  gmail_html(ADEBAYO_CHANGE, head, quoted),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 023 ---------------------------------------------------------------------
# Nigerian student, WhatsApp style from Samsung Email: lower case, "pls",
# "tnx", emojis with skin-tone modifiers; multipart/alternative UTF-8 base64.
# "me and my 2 guys" = 3.  Signed "Tobi"; the display name has the full name.
# A university is not an organisation he comes for: null.

TOBI_TEXT = """good evening sir/ma \N{PERSON WITH FOLDED HANDS}\N{EMOJI MODIFIER FITZPATRICK TYPE-5}

pls i want to register for the afrika forum. me and my 2 guys (Tunde and Segun), we want to do the youth workshop, workshop 4. we are all students at TU dortmund

tnx so much, God bless \N{PERSON RAISING BOTH HANDS IN CELEBRATION}\N{EMOJI MODIFIER FITZPATRICK TYPE-5}
Tobi

Sent from my Galaxy"""


@mail("adeyemi-whatsapp-style-samsung", "2027-08-23 20:10:14",
      E("registration", "tobi.adeyemi@mail.example", "Oluwatobi Adeyemi",
        None, ["YOUTH"], 3, "en"), "en")
def _(m):
    m.head(("From", "Oluwatobi Adeyemi <tobi.adeyemi@mail.example>"),
           ("To", FORUM),
           ("Subject", "afrika forum"),
           ("Date", m.date),
           ("Message-ID", "<h7u3k2.q1x9ra0d4b8c@email.android.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(TOBI_TEXT, samsung_html(TOBI_TEXT), charset="utf-8", cte="base64")


# -- 024 ---------------------------------------------------------------------
# Learner German from a Somali-born man; GMX forward ("WG: WG:") of the
# invitation his social worker had forwarded to him.  The whole invitation
# (five workshops) is inside the forward; his choice "Workshop Wirtschaft"
# is in his own text.  UTF-8 QP.

FARAH_TEXT = """Sehr geehrte Damen und Herren

Ich heisse Abdullahi Hassan Farah, ich komme aus Somalia und wohne in Dortmund seit 2019. Ich habe diese Einladung von meine Betreuerin bekommen. Ich möchte gerne anmelden für Workshop Wirtschaft, weil ich will ein klein Geschäft aufmachen (Lebensmittel aus Afrika). Ich komme alleine.

Vielen Dank

Mit freundliche Grüße
Abdullahi Hassan Farah
Tel 0157 8820 4571"""


@mail("farah-learner-german-forward", "2027-08-24 13:00:40",
      E("registration", "abdullahi.farah@web.example", "Abdullahi Hassan Farah",
        None, ["BIZ"], 1, "de"), "de")
def _(m):
    m.head(("From", "Abdullahi Farah <abdullahi.farah@web.example>"),
           ("To", FORUM),
           ("Subject", "WG: WG: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<trinity-0d2c8b7e-5f41-4a93-8e6d-c1b2a3f4e5d6-1787310040551@3c-app-webde-bap12>"),
           ("MIME-Version", "1.0"))
    m.single(f"""{FARAH_TEXT}

-------- Weitergeleitete Nachricht --------
Betreff: WG: {INVITATION_SUBJECT}
Datum: Thu, 19 Aug 2027 16:02:11 +0200
Von: Petra Lindemann <p.lindemann@integrationsagentur-do.example>
An: abdullahi.farah@web.example

Hallo Herr Farah,

hier ist die Einladung zum Afrika-Forum, von der ich Ihnen erzählt habe.
Melden Sie sich einfach per E-Mail an, das ist kostenlos.

Viele Grüße
Petra Lindemann
Integrationsagentur Dortmund-Nord

-------- Weitergeleitete Nachricht --------
Betreff: {INVITATION_SUBJECT}
Datum: Mon, 2 Aug 2027 10:00:00 +0200
Von: Afrika-Forum Dortmund <{FORUM}>
An: Afrika-Forum Dortmund <{FORUM}>

{INVITATION}
""", charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Change from 005: the daughter pastes her father's WhatsApp messages
# ("the one for associations and funding" = workshop 5) and also asks for
# "Workshop 5"; the quoted confirmation names BIZ.  Gmail alternative.

OKONKWO_CHANGE = """Hi,

It's Chiamaka again, writing for my dad Chief Ikechukwu Okonkwo. He changed his mind \N{SEE-NO-EVIL MONKEY} see his WhatsApp messages below. Can you please move him to Workshop 5?

Thanks,
Chiamaka

[25/08/2027, 07:58] Daddy: Chiamaka good morning. Tell those people I will rather attend the one for associations and funding. Our union wants to register as e.V. Business can wait.
[25/08/2027, 08:01] Chiamaka: ok dad I'll email them
[25/08/2027, 08:02] Daddy: Thank you my daughter. God bless you"""


@mail("okonkwo-daughter-pastes-whatsapp-change", "2027-08-25 08:45:02",
      E("change", "chiamaka.okonkwo@mail.example", "Ikechukwu Okonkwo",
        None, ["NET"], None, "en"), "en")
def _(m):
    cid = conf_id("20270805114103")
    head = f"On Thu, 5 Aug 2027 at 11:41, Afrika-Forum Dortmund <{FORUM}> wrote:"
    quoted = confirmation("en", "Mr Okonkwo", "BIZ", 1)
    m.head(("From", "Chiamaka Okonkwo <chiamaka.okonkwo@mail.example>"),
           ("To", TO_FORUM),
           ("Subject", "Re: " + CONF_SUBJECT["en"]),
           ("Date", m.date),
           ("Message-ID", "<CAH9tWq5xR2m0LpZ7vN3bK1cYt8Gs6Df4Ea-Qw0Jo5iUy9Hr2Te@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(OKONKWO_CHANGE, head, quoted),
                  gmail_html(OKONKWO_CHANGE, head, quoted),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 026 ---------------------------------------------------------------------
# Question, Congolese French: can associations run a stand and sell food?
# No registration.

@mail("lukusa-stand-question-french", "2027-08-26 17:05:37",
      E("question", "didier.lukusa@mail.example", "Didier Lukusa Mbuyi",
        "Association Bana Kasaï Ruhr", [], None, "fr"), "fr")
def _(m):
    m.head(("From", "Didier Lukusa <didier.lukusa@mail.example>"),
           ("To", FORUM),
           ("Subject", "Question : stand et cuisine au forum ?"),
           ("Date", m.date),
           ("Message-ID", "<CAM8rTq4bN1xW6zL0pY3kV9cHs2Ju5Gf7Ed-Aw1Io4nRt8Qy6Zp@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Bonjour chers frères et sœurs,

Je suis Didier Lukusa Mbuyi, président de l'Association Bana Kasaï Ruhr. Nous avons vu l'annonce du forum, c'est vraiment une très bonne initiative pour notre diaspora.

Nous voulons savoir si les associations peuvent tenir un petit stand ce jour-là pour présenter nos activités et vendre quelques plats congolais (pondu, fumbwa, makemba). Faut-il payer quelque chose pour le stand ? Y a-t-il une cuisine sur place, ou au moins des prises électriques pour les réchauds ?

Dans l'attente de votre réponse, nous vous souhaitons une bonne soirée.

Didier Lukusa Mbuyi
+49 1522 604 8870 / +243 99 812 4406""", charset="utf-8", cte="8bit")


# -- 027 ---------------------------------------------------------------------
# Ghanaian hometown association registers a delegation of eight; the list of
# names is in an attached PDF.  Outlook multipart/mixed (alternative + PDF),
# UTF-8 QP.  Workshop 2, else 5.

KWAHU_TEXT = """Dear Organisers,

Compliments of the day.

I am directed by the Executive Council of the Kwahu Citizens Association Germany to register our delegation of eight (8) members for the Afrika-Forum on Saturday, 25th September 2027. The list of delegates with their telephone numbers is attached for your records.

Our delegation wishes to take part in Workshop 2 (Wirtschaft und Unternehmertum), in view of the investment drive we are currently running for our hometown, Nkawkaw. Should that workshop be fully booked, kindly place us in Workshop 5.

We count on your cooperation.

Yours faithfully,

Yaw Ofori-Mensah
General Secretary
For: Kwahu Citizens Association Germany
+49 1590 442 7185 | +233 20 771 5524"""


@mail("kwahu-delegation-pdf-list", "2027-08-27 10:30:21",
      E("registration", "yaw.ofori-mensah@kwahu-germany.example", "Yaw Ofori-Mensah",
        "Kwahu Citizens Association Germany", ["BIZ", "NET"], 8, "en"), "en")
def _(m):
    m.head(("From", "Yaw Ofori-Mensah <yaw.ofori-mensah@kwahu-germany.example>"),
           ("To", FORUM),
           ("Subject", "Registration of Delegation - Kwahu Citizens Association Germany"),
           ("Date", m.date),
           ("Message-ID", "<AM0PR04MB5523E1F2A3B4C5D6E7F8A9B0C1D2E3F4@AM0PR04MB5523.eurprd04.prod.outlook.example>"),
           ("Thread-Topic", "Registration of Delegation - Kwahu Citizens Association Germany"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", "yes"),
           ("MIME-Version", "1.0"))
    alt = m.alternative(outlook_plain(KWAHU_TEXT), outlook_html(KWAHU_TEXT, cs="utf-8"),
                        charset="utf-8", cte="quoted-printable", style="outlook", top=False)
    pdf = m.binary(make_pdf([
        "Kwahu Citizens Association Germany",
        "Delegation to the Afrika-Forum Dortmund, 25 September 2027",
        "",
        "1. Nana Kwasi Agyemang (Chairman)       +49 1577 210 4433",
        "2. Yaw Ofori-Mensah (Gen. Secretary)     +49 1590 442 7185",
        "3. Abena Owusu-Ansah (Treasurer)         +49 1512 330 9081",
        "4. Kwame Boateng                         +49 1523 771 0264",
        "5. Akua Darkwa                           +49 1579 455 3302",
        "6. Kofi Amponsah                         +49 1520 618 2297",
        "7. Adwoa Sarpong                         +49 1575 090 4412",
        "8. Emmanuel Asiedu                       +49 1590 128 6650",
    ]), "application", "pdf", "Delegates_Afrika-Forum_2027.pdf")
    m.multi("mixed", [alt, pdf], style="outlook")


# -- 028 ---------------------------------------------------------------------
# A 15-year-old registers her mother (German, from her phone).  Attendee =
# the mother; the confirmation is explicitly to go to the mother's address
# (which has a typo, see the bounce 029).  The daughter comes along to
# translate: 2 persons.  Workshop "Gesundheit (Nr. 3)".

@mail("tadesse-daughter-for-mother", "2027-08-28 16:50:08",
      E("registration", "abebech.tadese@mail.example", "Abebech Tadesse",
        "Äthiopische Frauen Ruhr e.V.", ["HEALTH"], 2, "de"), "de")
def _(m):
    m.head(("From", "Liya <liya.t2012@mail.example>"),
           ("To", FORUM),
           ("Subject", "Anmeldung für meine Mama"),
           ("Date", m.date),
           ("Message-ID", "<CAR5kMx2nV8bQ1wE4tY7uI0oP3aS6dF9gH-Jk2Lz5Xc8Vb1Nm4Q@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich schreibe für meine Mutter, Abebech Tadesse. Sie kann nicht so gut Deutsch und hat keinen Computer. Sie möchte gern zum Afrika-Forum kommen, in den Workshop Gesundheit (Nr. 3). Sie ist Mitglied im Verein Äthiopische Frauen Ruhr e.V.

Ich komme mit und übersetze für sie, also sind wir 2 Personen.

Bitte schicken Sie die Bestätigung an ihre eigene E-Mail: abebech.tadese@mail.example

Danke!!
Liya (15)""", charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Postfix DSN: the confirmation to the mother's mistyped address (028)
# bounces, "User unknown".  multipart/report with the returned message.

TADESE = "abebech.tadese@mail.example"


@mail("postfix-bounce-mother-address-typo", "2027-08-28 16:51:02",
      E("bounce", bounced=TADESE), "en")
def _(m):
    m.head(("From", "MAILER-DAEMON@mx.mail.example (Mail Delivery System)"),
           ("To", FORUM),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270828145102.8B41E2C07F@mx.mail.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mx.mail.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{TADESE}>: host imap.mail.example[192.0.2.44] said: 550 5.1.1
    <{TADESE}>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx.mail.example"),
         ("X-Postfix-Queue-ID", "8B41E2C07F"),
         ("X-Postfix-Sender", f"rfc822; {FORUM}"),
         ("Arrival-Date", "Sat, 28 Aug 2027 16:50:58 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {TADESE}"),
         ("Original-Recipient", f"rfc822;{TADESE}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; imap.mail.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{TADESE}>: Recipient address\n"
                             "    rejected: User unknown in virtual mailbox table")])
    original = confirmation_message(
        "de", f"Abebech Tadesse <{TADESE}>", "Frau Tadesse", "HEALTH", 2,
        "Sat, 28 Aug 2027 16:50:55 +0200", conf_id("20270828165055"),
        "<CAR5kMx2nV8bQ1wE4tY7uI0oP3aS6dF9gH-Jk2Lz5Xc8Vb1Nm4Q@mail.gmail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 030 ---------------------------------------------------------------------
# Wolof (with the French loanwords "atelier", "santé", "septembre"), plain
# ISO-8859-1 QP; subject Q-encoded in ISO-8859-1.  "Ñun ñaar" = the two of us
# (she and her husband); "atelier bu ñetteel bi" = the third workshop.

@mail("ndiaye-wolof-netteel", "2027-08-30 19:25:17",
      E("registration", "fatou.ndiaye@mail.example", "Fatou Ndiaye",
        "Mbootaayu Jigéeni Senegaal Dortmund", ["HEALTH"], 2, "wo"), "wo")
def _(m):
    m.head(("From", "Fatou Ndiaye <fatou.ndiaye@mail.example>"),
           ("To", FORUM),
           ("Subject", ew("Bind sama tur - Afrika-Forum (ñun ñaar)", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270830172517.GA14223@mail.example>"),
           ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Salaamaalekum,

Na ngeen def? Maa ngi tudd Fatou Ndiaye, maa ngi dëkk Dortmund.
Dama bëgg bind sama tur ci Afrika-Forum bi, 25 septembre.

Ñun ñaar lay ñëw: man ak sama jëkkër Mamadou.
Danuy bëgg atelier bu ñetteel bi, bu santé bi (Gesundheit), ndax sama
jëkkër infirmier la.

Jërëjëf ci seen liggéey. Yàlla na leen Yàlla fay.

Fatou Ndiaye
Mbootaayu Jigéeni Senegaal Dortmund
+49 1573 118 2046""", charset="iso-8859-1", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Change from 002: to workshop 4 ("l'atelier 4 (jeunesse)"), "toujours deux
# personnes" (unchanged: null).  Outlook in French, windows-1252 QP, with the
# French confirmation (HEALTH) quoted under a "De : / Envoyé : / À : /
# Objet :" block.

NGO_BISSOU_CHANGE = """Bonjour,

Finalement nous préférons changer pour l'atelier 4 (jeunesse) : ma belle-soeur veut accompagner ses deux grands enfants qui sont nés ici et qui ont beaucoup de questions sur leur identité. Nous serons toujours deux personnes.

Merci de votre compréhension et bonne journée.

Marie-Claire Ngo Bissou
Association des Camerounais de Dortmund e.V."""

FR_LABELS = ("De ", "Envoyé ", "À ", "Objet ")


@mail("ngo-bissou-change-to-atelier-4", "2027-09-01 09:40:03",
      E("change", "mc.ngobissou@acd-dortmund.example", "Marie-Claire Ngo Bissou",
        "Association des Camerounais de Dortmund e.V.", ["YOUTH"], None, "fr"), "fr")
def _(m):
    cid = conf_id("20270803091105")
    quote = (f"Afrika-Forum Dortmund <{FORUM}>", "mardi 3 août 2027 09:11",
             f"Marie-Claire NGO BISSOU <mc.ngobissou@acd-dortmund.example>",
             CONF_SUBJECT["fr"], confirmation("fr", "Madame Ngo Bissou", "HEALTH", 2))
    m.head(("From", "Marie-Claire NGO BISSOU <mc.ngobissou@acd-dortmund.example>"),
           ("To", TO_FORUM),
           ("Subject", ew("RE: " + CONF_SUBJECT["fr"], "windows-1252", "q")),
           ("Date", m.date),
           ("Message-ID", "<001401dc1b7e$2f9a4c10$8ecee430$@acd-dortmund.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", "AQHcG34vmkwQjs7kMA2E1Lw7dNwXqQ=="),
           ("Content-Language", "fr"),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(NGO_BISSOU_CHANGE, quote, FR_LABELS),
                  outlook_html(NGO_BISSOU_CHANGE, cs="windows-1252", lang="FR", quote=quote,
                               labels=FR_LABELS),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 032 ---------------------------------------------------------------------
# Question from Lagos (+0100): can the organisers issue a visa invitation
# letter?  She will register only after the answer ("If yes ... I will
# register immediately").  "Chief (Mrs.)" is a title.

@mail("adeyinka-bello-lagos-visa-letter", "2027-09-02 21:00:44",
      E("question", "folake.adeyinkabello@mail.example", "Folake Adeyinka-Bello",
        "Women in Agribusiness Network Nigeria", [], None, "en"), "en", tz=1)
def _(m):
    m.head(("From", "Folake Adeyinka-Bello <folake.adeyinkabello@mail.example>"),
           ("To", FORUM),
           ("Subject", "URGENT: Invitation letter for visa - Afrika Forum"),
           ("Date", m.date),
           ("Message-ID", "<CAN0pLm3qW6eR9tY2uI5oA8sD1fG4hJ7kZ-Xc0Vb3Nm6Qw9Er2T@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Dear Sir/Madam,

Compliments of the season. I am Chief (Mrs.) Folake Adeyinka-Bello, founder of the Women in Agribusiness Network Nigeria, based in Lagos. I came across the Afrika-Forum through my sister who lives in Bochum and I am very much interested in attending, particularly the workshop on business.

However, I will need to apply for a Schengen visa. Could your office issue an official letter of invitation to support my visa application? If yes, please let me know the information you need (passport data page etc.) and I will register immediately.

Kindly treat as urgent, as visa appointment slots at the German Embassy in Lagos are very limited.

Thank you and God bless.

Chief (Mrs.) Folake Adeyinka-Bello
Founder/CEO, Women in Agribusiness Network Nigeria
+234 802 318 7745""", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Cancellation of the whole group of 006 (funeral at home), Yahoo plain
# us-ascii, new mail without a quote.

@mail("frimpong-cancel-funeral", "2027-09-04 11:11:09",
      E("cancellation", "akosua.frimpong@yahoo.example", "Akosua Frimpong",
        "Ghana Union Dortmund", [], None, "en"), "en")
def _(m):
    m.head(("From", "Akosua Frimpong <akosua.frimpong@yahoo.example>"),
           ("To", FORUM),
           ("Subject", "CANCELLATION - GHANA UNION DORTMUND"),
           ("Date", m.date),
           ("Message-ID", "<1788513069.3390121.1788513069602@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.22645 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.single("""Dear Sir/Madam,

With deep regret I write to inform you that the three of us from the Ghana Union Dortmund will no longer be able to attend the forum. Our Chairman has lost his beloved mother and the final funeral rites have been fixed for Saturday 25th September in Kumasi, so the executives will all be travelling home.

Kindly cancel our registration. Sorry for any inconvenience caused.

Thank you.

Mrs. Akosua Frimpong
Secretary, Ghana Union Dortmund""", charset="us-ascii", cte="7bit")


# -- 034 ---------------------------------------------------------------------
# Change from 013 in Swahili: "tutakuwa watu watatu" = we will be three now.
# No workshop in the new text ([]); the quoted English confirmation names
# EDU.  Gmail alternative, UTF-8 QP.

JUMA_CHANGE = """Habari,

Asante kwa uthibitisho. Naomba kuwajulisha kwamba sasa tutakuwa watu watatu, sio wawili: Mama Neema Kiprono pia atakuja pamoja nasi.

Asanteni, Mungu awabariki.

Mama Rehema
Rehema Salim Juma"""


@mail("juma-swahili-now-three", "2027-09-06 14:20:30",
      E("change", "rehema.juma@mail.example", "Rehema Salim Juma",
        None, [], 3, "sw"), "sw")
def _(m):
    cid = conf_id("20270812140119")
    head = f"On Thu, 12 Aug 2027 at 14:01, Afrika-Forum Dortmund <{FORUM}> wrote:"
    quoted = confirmation("en", "Ms Juma", "EDU", 2)
    m.head(("From", "Rehema Juma <rehema.juma@mail.example>"),
           ("To", TO_FORUM),
           ("Subject", "Re: " + CONF_SUBJECT["en"]),
           ("Date", m.date),
           ("Message-ID", "<CAB7uYp5rT2eW8qA0sD3fG6hJ9kL1zX4cV-Bn7Mq0Wr3Ty6Ui9O@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(JUMA_CHANGE, head, quoted), gmail_html(JUMA_CHANGE, head, quoted),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 035 ---------------------------------------------------------------------
# Other: a caterer advertises buffets "for the Afrika-Forum" to the
# registration address.  HTML only, UTF-8 QP, mixes German and English.

@mail("mama-afrika-catering-advert", "2027-09-08 10:00:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Mama Afrika Catering <angebote@mama-afrika-catering.example>"),
           ("To", FORUM),
           ("Subject", ew("Ihr Afrika-Forum am 25.09. – Jollof, Suya & Injera für alle Teilnehmer!", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<campaign-8812.3f0e77a1@mailer.mama-afrika-catering.example>"),
           ("List-Unsubscribe", "<mailto:abmelden@mama-afrika-catering.example>"),
           ("X-Mailer", "Sendinblue"),
           ("MIME-Version", "1.0"))
    m.single("""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Mama Afrika Catering</title></head>
<body style="margin:0;background:#f6efe3;font-family:Georgia,serif">
<table width="620" align="center" cellpadding="16" style="background:#ffffff">
<tr><td style="background:#1b5e20;color:#ffd54f;font-size:26px;text-align:center">Mama Afrika Catering Dortmund</td></tr>
<tr><td>
<p>Liebes Orga-Team vom Afrika-Forum,</p>
<p>Sie erwarten am 25. September viele Gäste? Wir kochen für Ihre Teilnehmer wie zu Hause:
Jollof Rice, Suya, Ndolé, Injera mit Wot, Plantains &amp; Chin Chin.</p>
<p><b>Forum-Angebot:</b> Buffet ab 12,90 € pro Person, ab 50 Personen inkl. Lieferung und Geschirr.
Vegetarisch und halal auf Wunsch.</p>
<p>Book now – limited dates in September!</p>
<p style="text-align:center"><a href="https://mama-afrika-catering.example/forum-angebot"
 style="background:#c62828;color:#fff;padding:12px 24px;text-decoration:none">Jetzt Angebot anfragen</a></p>
<p>Herzliche Grüße<br>Mama Comfort &amp; Team</p>
</td></tr>
<tr><td style="font-size:11px;color:#777">Mama Afrika Catering, Münsterstraße 140, 44145 Dortmund.
Keine Werbung mehr? <a href="https://mama-afrika-catering.example/abmelden">Abmelden</a></td></tr>
</table>
</body></html>
""", subtype="html", charset="utf-8", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Cancellation from 004 in Amharic: her husband is ill, "please cancel the
# registration of all three of us".  Gmail reply quoting the English
# confirmation; UTF-8 base64.

ALEMU_CANCEL = """ሰላም፣

ይቅርታ፣ ባለቤቴ ስለታመመ ሴፕቴምበር 25 በፎረሙ ላይ መገኘት አንችልም። እባካችሁ የሦስታችንንም ምዝገባ ሰርዙልን።

ስለ ትብብራችሁ እናመሰግናለን።
ትዕግስት አለሙ"""


@mail("alemu-amharic-cancel", "2027-09-09 18:30:12",
      E("cancellation", "tigist.alemu@mail.example", "ትዕግስት አለሙ",
        None, [], None, "am"), "am")
def _(m):
    cid = conf_id("20270804190331")
    head = f"On Wed, 4 Aug 2027 at 19:03, Afrika-Forum Dortmund <{FORUM}> wrote:"
    quoted = confirmation("en", "Ms Alemu", "HEALTH", 3)
    m.head(("From", addr("ትዕግስት አለሙ", "tigist.alemu@mail.example", "utf-8", "b")),
           ("To", TO_FORUM),
           ("Subject", "Re: " + CONF_SUBJECT["en"]),
           ("Date", m.date),
           ("Message-ID", "<CAJm4v0uS1y2Mr8AdZ4qF7pXo3Ic9lHg6bTe-1Vj5sUkYr0Wa3B@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(ALEMU_CANCEL, head, quoted), gmail_html(ALEMU_CANCEL, head, quoted),
                  charset="utf-8", cte="base64", style="gmail")


# -- 037 ---------------------------------------------------------------------
# Cancellation from 010 (French with Wolof), Thunderbird reply quoting the
# French confirmation (YOUTH, 3); format=flowed UTF-8 8bit.

@mail("diop-cancel-deuil", "2027-09-14 08:05:27",
      E("cancellation", "moussa.diop@dahira-touba-dortmund.example", "Moussa Diop",
        None, [], None, "fr"), "fr")
def _(m):
    cid = conf_id("20270810123117")
    m.head(("From", "Moussa Diop <moussa.diop@dahira-touba-dortmund.example>"),
           ("To", TO_FORUM),
           ("Subject", "Re: " + CONF_SUBJECT["fr"]),
           ("Date", m.date),
           ("Message-ID", "<a1f7c3e9-42d8-4b6e-9c05-7e3b2d1f0a84@dahira-touba-dortmund.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("User-Agent", "Mozilla Thunderbird 128.2.0"),
           ("Content-Language", "fr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Salamaalekum,

Je suis au regret de vous informer que nous ne pourrons pas venir le 25. 
Nous avons un deuil dans la famille et je dois rentrer d'urgence à Touba 
ce week-end. Les deux jeunes ne viendront pas non plus sans moi.

Merci d'annuler notre inscription.

Jërëjëf, ba beneen yoon inch'Allah.
Moussa Diop

Le 10/08/2027 à 12:31, Afrika-Forum Dortmund a écrit :
{gt_quote(confirmation("fr", "Monsieur Diop", "YOUTH", 3))}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 038 ---------------------------------------------------------------------
# Cancellation from 014 in Somali, new mail, us-ascii.

@mail("xasan-somali-cancel", "2027-09-16 20:40:55",
      E("cancellation", "faadumo.xasan@mail.example", "Faadumo Xasan Cali",
        None, [], None, "so"), "so")
def _(m):
    m.head(("From", "Faadumo Xasan <faadumo.xasan@mail.example>"),
           ("To", FORUM),
           ("Subject", "Ka noqosho - Afrika-Forum"),
           ("Date", m.date),
           ("Message-ID", "<CAQ1hZx9wC4oN7lK1mQ0pJ3vZ6uS8fX5rB-Te2Gh4Ik7Lm9Ay1D@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Asalaamu calaykum,

Waan ka xumahay, laakiin aniga iyo gabadhayda ma iman karno Afrika-Forum-ka 25-ka September. Hooyaday ayaa xanuunsan, waxaanan u safrayaa Nairobi usbuucan.

Fadlan tirtir diiwaangelintayada.

Mahadsanid.
Faadumo Xasan Cali""", charset="us-ascii", cte="7bit")


# -- 039 ---------------------------------------------------------------------
# Exchange Online NDR in English for the 7-day reminder to the Kwahu
# secretary (027): mailbox full, 5.2.2.  multipart/report with the
# returned headers, CRLF line ends, UTC.

KWAHU = "yaw.ofori-mensah@kwahu-germany.example"
REMINDER_ID = "<mailbot.reminder7d.20270918100004.0c1e@dortmund.example>"
NDR_TEXT = f"""Delivery has failed to these recipients or groups:

{KWAHU}
The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.

Diagnostic information for administrators:

Generating server: AM0PR04MB5523.eurprd04.prod.outlook.example

{KWAHU}
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

Original message headers:

From: Afrika-Forum Dortmund <{FORUM}>
To: Yaw Ofori-Mensah <{KWAHU}>
Subject: Reminder: Afrika-Forum Dortmund 2027 in one week
Date: Sat, 18 Sep 2027 10:00:04 +0200
Message-ID: {REMINDER_ID}"""


@mail("exchange-ndr-reminder-mailbox-full", "2027-09-18 08:00:41",
      E("bounce", bounced=KWAHU), "en", tz=0)
def _(m):
    m.head(("From", "Microsoft Outlook <postmaster@kwahu-germany.example>"),
           ("To", FORUM),
           ("Subject", "Undeliverable: Reminder: Afrika-Forum Dortmund 2027 in one week"),
           ("Date", m.date),
           ("Message-ID", "<9b1d7f22-6c4e-4a31-8f0b-5e2d1c3a4b60@AM0PR04MB5523.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("Auto-Submitted", "auto-replied"),
           ("Content-Language", "en-US"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("MIME-Version", "1.0"),
           envelope="", received=False, crlf=True)
    ndr_html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
                "<body><p><b><font color=\"#000066\" size=\"3\" face=\"Segoe UI\">Delivery has failed to these "
                f"recipients or groups:</font></b></p><p><a href=\"mailto:{KWAHU}\">{KWAHU}</a><br>"
                "The recipient's mailbox is full and can't accept messages now. Please try resending your "
                "message later, or contact the recipient directly.</p></body></html>\n")
    notice = m.alternative(NDR_TEXT, ndr_html, charset="utf-8", cte="base64", top=False)
    dsn = dsn_part(
        [("Reporting-MTA", "dns;AM0PR04MB5523.eurprd04.prod.outlook.example"),
         ("Received-From-MTA", "dns;mx.dortmund.example"),
         ("Arrival-Date", "Sat, 18 Sep 2027 08:00:38 +0000")],
        [("Final-Recipient", f"rfc822;{KWAHU}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Diagnostic-Code", "smtp;554 5.2.2 mailbox full;\n STOREDRV.Deliver.Exception:QuotaExceededException")])
    headers = m.text(f"""Received: from mx.dortmund.example (198.51.100.25) by
 AM0PR04MB5523.eurprd04.prod.outlook.example; Sat, 18 Sep 2027 08:00:38 +0000
From: Afrika-Forum Dortmund <{FORUM}>
To: Yaw Ofori-Mensah <{KWAHU}>
Subject: Reminder: Afrika-Forum Dortmund 2027 in one week
Date: Sat, 18 Sep 2027 10:00:04 +0200
Message-ID: {REMINDER_ID}
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
""", subtype="rfc822-headers", charset="us-ascii", cte="7bit")
    m.multi("report", [notice, dsn, headers], style="outlook",
            params={"report-type": "delivery-status"})


# -- 040 ---------------------------------------------------------------------
# Gambian English with Wolof greetings ("Nanga def", "Jërëjëf"), Apple Mail
# multipart/alternative UTF-8 QP, after the deadline: "If there is still
# space, please register me and my brother" with a workshop = registration.

JALLOW_TEXT = """Salaam aleikum,

Nanga def? Hope you are all doing well and the preparations are going fine.

My name is Lamin Jallow, I'm from the Gambia and a member of the Gambian Association Dortmund. I just saw your flyer at the Afro shop on Münsterstraße. I know I'm late and the deadline has passed, sorry about that \N{PERSON WITH FOLDED HANDS}\N{EMOJI MODIFIER FITZPATRICK TYPE-6}

If there is still space, please register me and my brother Ebrima for Workshop 2 (business). We are planning to open a small shop for African products here in Dortmund.

Jërëjëf, insha'Allah see you on Saturday.

Lamin Jallow
+49 1590 377 2150 / +220 770 4418"""


@mail("jallow-gambian-late-registration", "2027-09-20 17:45:09",
      E("registration", "lamin.jallow@mail.example", "Lamin Jallow",
        "Gambian Association Dortmund", ["BIZ"], 2, "en"), "en")
def _(m):
    m.head(("From", "Lamin Jallow <lamin.jallow@mail.example>"),
           ("To", FORUM),
           ("Subject", "Late registration - Workshop 2"),
           ("Date", m.date),
           ("Message-ID", "<6F0C2A9B-8D31-4E57-B2A4-C9E1F07D35B8@mail.example>"),
           ("X-Mailer", "Apple Mail (2.3776.700.51)"),
           ("MIME-Version", "1.0"))
    m.alternative(JALLOW_TEXT, apple_html(JALLOW_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def build_all():
    built = []
    last = None
    for n, (slug, when, tz, expected, text_lang, fn) in enumerate(MAILS, 1):
        if not re.fullmatch(r"[a-z0-9-]+", slug):
            raise SystemExit(f"{slug}: slug must be lower-case ASCII")
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


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).casefold()


def check(name, data, m, expected, text_lang):
    """Problems found in one written mail (empty list when fine)."""
    problems = []
    for i, line in enumerate(data.split(b"\n"), 1):
        if len(line) > 998:
            problems.append(f"line {i} longer than 998 octets")
    if m.crlf and b"\n" in data.replace(b"\r\n", b""):
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
    got = list(leaves(msg))
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (p, w) in enumerate(zip(got, want)):
        if isinstance(w, bytes):
            if p.get_content() != w:
                problems.append(f"part {i}: attachment bytes differ")
            continue
        cs = p.get_content_charset() or "us-ascii"
        try:
            strict = p.get_payload(decode=True).decode(cs)
        except (UnicodeDecodeError, LookupError) as e:
            problems.append(f"part {i}: does not decode in {cs}: {e}")
            continue
        if strict.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
        if p.get_content().replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: get_content() differs from the written text")
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
    # the labels
    e = expected
    if tuple(e) != FIELDS:
        problems.append("expected record has wrong keys")
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"unknown kind {kind}")
    wgs = e["workgroups"]
    if any(w not in WG_IDS for w in wgs) or len(set(wgs)) != len(wgs):
        problems.append(f"bad workgroups {wgs}")
    if kind not in ("registration", "change") and wgs:
        problems.append("workgroups must be [] for this kind")
    if kind == "registration" and not (isinstance(e["party_size"], int) and e["party_size"] >= 1):
        problems.append("registration needs party_size >= 1")
    if kind == "change" and e["party_size"] is not None and not (
            isinstance(e["party_size"], int) and e["party_size"] >= 1):
        problems.append("change party_size must be null or >= 1")
    if kind not in ("registration", "change") and e["party_size"] is not None:
        problems.append("party_size must be null for this kind")
    if kind in ("auto_reply", "bounce", "other"):
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
    else:
        if not e["email"] or e["email"] != e["email"].lower():
            problems.append("email must be lower-case and present")
        elif e["email"] not in text.lower():
            problems.append("email occurs nowhere in the mail")
        for k in ("name", "organisation"):
            if e[k] is not None and norm(e[k]) not in norm(text):
                problems.append(f"{k} {e[k]!r} does not occur in the decoded mail")
        if not e["name"]:
            problems.append("person mail needs a name")
        if e["language"] != text_lang:
            problems.append("language differs from the text language")
    if kind == "bounce":
        if not e["bounced_recipient"] or e["bounced_recipient"] != e["bounced_recipient"].lower():
            problems.append("bounced_recipient must be lower-case")
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(e["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built})
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x text language:")
    print("  " + " ".join(f"{x:>4}" for x in ["", *langs]))
    for k in KINDS:
        print(f"  {k[:12]:12} " + " ".join(f"{table[(k, lang)] or '-':>4}" for lang in langs))
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

    for (name, m, e, t), data in zip(built, datas):
        for problem in check(name, data, m, e, t):
            print(f"{name}: {problem}")
            bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
