#!/usr/bin/env python3
"""Build the corpus "final20h" for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Fachtag Migration und Gesundheit 2027, Kreishaus Recklinghausen, four
workshops SPR, PSY, PFL, ARZ (see config.toml).

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files, and
then reads every file back with email.policy.default to check that it parses
without defects, that each body part decodes to exactly the text written here,
and that the labels are well formed and agree with the mail.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json, then check
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind, language and MIME shape

Output is deterministic (fixed dates, Message-IDs and MIME boundaries), so a
re-run gives byte-identical files.  Paths are relative to this script's folder.
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
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import format_datetime, getaddresses, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

FT = "fachtag-gesundheit@kreis-recklinghausen.example"
TO_FT = f"Fachtag Migration und Gesundheit <{FT}>"
INVITATION_ID = "<einladung-fachtag-mig-ges-2027.20270413091507@kreis-recklinghausen.example>"
CEST = datetime.timezone(datetime.timedelta(hours=2))

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
LANGS = ("de", "fr", "ar", "en")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset="utf-8", enc="q"):
    """'Name <address>' with a non-ASCII name encoded in `charset`."""
    if name.isascii():
        if re.search(r"[.,()<>@:;\"\[\]]", name):
            return f'"{name}" <{address}>'
        return f"{name} <{address}>"
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
    return hashlib.sha256(f"final20h/{slug}/{n}".encode()).hexdigest()


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
        frm = dict(pairs)["From"]
        from_addr = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm.split()[0]
        sender = from_addr if envelope is None else envelope
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", FT)
        if received:
            domain = from_addr.split("@")[1].lower()
            if domain.startswith(("mx.", "mail.", "smtp.")):
                host = domain
            else:
                host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime((self.when + datetime.timedelta(seconds=4)).astimezone(CEST))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.kreis-recklinghausen.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{FT}>; {arrival} (CEST)")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None, record=True):
        """A text leaf part, for use inside a multipart."""
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
        if record:
            self.intended.append(text)
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
            return f"_00{self._nboundary}_DB9PR02MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:14]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.kreis-recklinghausen.example"
        if style == "yahoo":
            return f"----=_Part_{int(h[:7], 16)}_{int(h[7:16], 16)}.{1781000000000 + int(h[16:22], 16)}"
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

INVITATION_SUBJECT = "Einladung: Fachtag Migration und Gesundheit 2027 am 9. Juni"
CONFIRMATION_SUBJECT = "Anmeldung bestätigt: Fachtag Migration und Gesundheit 2027"

INVITATION = """Sehr geehrte Damen und Herren,
liebe Kolleginnen und Kollegen,

das Kommunale Integrationszentrum und das Gesundheitsamt des Kreises
Recklinghausen laden Sie herzlich zum Fachtag Migration und Gesundheit
2027 ein.

Datum: Mittwoch, 9. Juni 2027, 9:30 bis 16:00 Uhr
Ort: Kreishaus Recklinghausen, Kurt-Schumacher-Allee 1,
     45657 Recklinghausen

Nach Impulsvorträgen am Vormittag arbeiten wir am Nachmittag in vier
Workshops:

WS 1 (SPR): Sprachmittlung und Dolmetschen im Gesundheitswesen
WS 2 (PSY): Psychische Gesundheit, Trauma und Flucht
WS 3 (PFL): Kultursensible Pflege und Altern in der Migration
WS 4 (ARZ): Arzneimittel, Prävention und Gesundheitskompetenz

Der Fachtag richtet sich an Ärztinnen und Ärzte, Pflegekräfte, Apotheken,
Sprach- und Kulturmittler*innen, Beratungsstellen, Selbsthilfegruppen
und Migrantenorganisationen.

Bitte melden Sie sich bis zum 28. Mai 2027 per E-Mail an
fachtag-gesundheit@kreis-recklinghausen.example an. Nennen Sie uns bitte
Ihren Namen, Ihre Einrichtung oder Organisation, den gewünschten
Workshop (gern auch einen Zweitwunsch) und mit wie vielen Personen Sie
kommen.

Die Teilnahme ist kostenfrei. Die Zertifizierung als Fortbildung ist bei
der Ärztekammer Westfalen-Lippe beantragt.

Vous pouvez aussi vous inscrire en français. You are welcome to register
in English. يمكنكم التسجيل باللغة العربية أيضاً.

Mit freundlichen Grüßen

Kommunales Integrationszentrum Kreis Recklinghausen
i. A. Miriam Terhorst
Tel. 02361 53-4417"""

WS_LINE = {
    "SPR": "WS 1 – Sprachmittlung und Dolmetschen im Gesundheitswesen",
    "PSY": "WS 2 – Psychische Gesundheit, Trauma und Flucht",
    "PFL": "WS 3 – Kultursensible Pflege und Altern in der Migration",
    "ARZ": "WS 4 – Arzneimittel, Prävention und Gesundheitskompetenz",
}


def confirmation(salutation, ws, persons):
    """The confirmation mailbot sent (quoted in replies and returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Fachtag Migration und Gesundheit 2027
am Mittwoch, 9. Juni 2027, 9:30 bis 16:00 Uhr, im Kreishaus Recklinghausen,
Kurt-Schumacher-Allee 1, 45657 Recklinghausen.

Wir haben Sie für folgenden Workshop eingetragen:
{WS_LINE[ws]}

Angemeldete Personen: {persons}

Möchten Sie den Workshop wechseln oder absagen? Antworten Sie einfach
auf diese E-Mail.

Mit freundlichen Grüßen
Fachtag Migration und Gesundheit
Kommunales Integrationszentrum Kreis Recklinghausen"""


def confirmation_message(to, salutation, ws, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (returned in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_FT
    m["To"] = to
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(salutation, ws, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


def conf_id(stamp):
    return f"<mailbot.{stamp}@kreis-recklinghausen.example>"


# ---------------------------------------------------------------------------
# client styles
# ---------------------------------------------------------------------------

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
span.E-MailFormatvorlage17
	{{mso-style-type:personal-compose;
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
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang={lang} link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""

DE_LABELS = ("Von:", "Gesendet:", "An:", "Betreff:")
EN_LABELS = ("From:", "Sent:", "To:", "Subject:")


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, labels=DE_LABELS, charset="Windows-1252", lang="DE"):
    """Outlook-style HTML for `text`; quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        frm, sent, to, subject, quoted = quote
        lf, ls, lt, lsub = labels
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'>{lf}</span></b>"
                   f"<span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'> {esc(frm)} <br>\n"
                   f"<b>{ls}</b> {esc(sent)}<br>\n"
                   f"<b>{lt}</b> {esc(to)}<br>\n"
                   f"<b>{lsub}</b> {esc(subject)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return (OUTLOOK_HEAD.format(charset=charset, lang=lang) + "\n".join(out)
            + "\n</div>\n</body>\n</html>\n")


def outlook_plain(text, quote=None, labels=DE_LABELS):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    frm, sent, to, subject, quoted = quote
    lf, ls, lt, lsub = labels
    return (f"{text}\n\n{lf} {frm}\n{ls} {sent}\n{lt} {to}\n"
            f"{lsub} {subject}\n\n{quoted}")


def div_html(text, font="font-family: Verdana; font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return f"<div{d}>{inner}</div>\n"


def gmail_reply_plain(text, attribution, quoted):
    return f"{text}\n\n{attribution}\n\n{gt_quote(quoted)}\n"


def gmail_reply_html(text, attribution, quoted, rtl=False):
    q = "".join(f"{esc(line)}<br>" if line else "<br>" for line in quoted.split("\n"))
    return (gmail_html(text, rtl).rstrip("\n")
            + f'<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
            + f"{esc(attribution)}<br></div>"
            + '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            + f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{q}</blockquote></div>\n')


def yahoo_html(text):
    inner = "".join(f"<div dir=\"ltr\" data-setdir=\"false\">{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return ("<html><head></head><body><div class=\"yahoo-style-wrap\" style=\"font-family:Helvetica Neue, "
            f"Helvetica, Arial, sans-serif;font-size:13px;\">{inner}</div></body></html>")


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
    """text_lang: language of the text (for machine mail too); 'ar-Latn' = Arabizi."""
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Thunderbird reply quoting the whole invitation (all four workshops in the
# quote); first and second choice by number; "Dr. med." title; the MFA comes
# along -> 2.

@mail("haddad-reply-quoting-invitation", "2027-04-13 10:22:41",
      E("registration", "n.haddad@praxis-haddad-wiegand.example", "Nabil Haddad",
        "Gemeinschaftspraxis Haddad & Wiegand", ["ARZ", "SPR"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Dr. med. Nabil Haddad", "n.haddad@praxis-haddad-wiegand.example")),
           ("To", TO_FT),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5b0e2d71-93c4-4f18-a6d2-7e1c0b9f3a54@praxis-haddad-wiegand.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.9.1"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Terhorst,

vielen Dank für die Einladung, das Thema liegt uns in der Praxis sehr am
Herzen – ungefähr ein Drittel unserer Patientinnen und Patienten spricht
kaum Deutsch.

Ich melde mich hiermit für den Workshop 4 (Arzneimittel, Prävention und
Gesundheitskompetenz) an, als Zweitwunsch Workshop 1. Unsere MFA Frau
Leila Mansour kommt mit und hat dieselben Wünsche.

Mit freundlichen Grüßen
Nabil Haddad

-- 
Dr. med. Nabil Haddad
Facharzt für Allgemeinmedizin
Gemeinschaftspraxis Haddad & Wiegand
Bochumer Straße 141 · 45661 Recklinghausen
Tel. 02361 37 18 50

Am 13.04.27 um 09:15 schrieb Fachtag Migration und Gesundheit:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# French, Gmail multipart/alternative; the workshop named by a French
# paraphrase of its title plus "WS 1"; interpreter from a Sprachmittler pool.

NDIAYE_TEXT = """Bonjour Madame Terhorst,

Je vous remercie pour l'invitation au Fachtag Migration und Gesundheit, que m'a transmise la coordinatrice de notre pool.
Je souhaiterais m'inscrire à l'atelier sur l'interprétariat et la médiation linguistique (WS 1). Je travaille depuis quatre ans comme interprète communautaire dans les hôpitaux et les cabinets médicaux de la région, surtout en wolof, en peul et en français.

Je viendrai seule.

Bien cordialement,

Aïssatou Ndiaye
Interprète communautaire (wolof – peul – français – allemand)
Sprachmittlerpool Emscher-Lippe
Tél. : 0176 48 20 39 11"""


@mail("ndiaye-french-interpreter-gmail", "2027-04-13 14:05:19",
      E("registration", "aissatou.ndiaye@mail.example", "Aïssatou Ndiaye",
        "Sprachmittlerpool Emscher-Lippe", ["SPR"], 1, "fr"), "fr")
def _(m):
    m.head(("From", "Aïssatou Ndiaye <aissatou.ndiaye@mail.example>"),
           ("To", FT),
           ("Subject", "Inscription Fachtag Migration und Gesundheit – atelier 1"),
           ("Date", m.date),
           ("Message-ID", "<CAF3kq8Zr2Lw0pXn7YtB4dVc9sH1mJ6gE5uA0oRb2iNq7TeK3xw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(NDIAYE_TEXT, gmail_html(NDIAYE_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 003 ---------------------------------------------------------------------
# Arabic (Syrian) from an Android phone, UTF-8 base64.  "أنا وثلاث نساء من
# المجموعة" = me and three women of the group -> 4; "ورشة العمل الثانية" = the
# second workshop.  Registration with a question.  Latin display name, Arabic
# signature (the signature is the name).

@mail("alabdullah-arabic-selfhelp-group", "2027-04-13 21:47:02",
      E("registration", "salma.abdullah86@mail.example", "سلمى العبدالله",
        "مجموعة دعم النساء السوريات – هيرتن", ["PSY"], 4, "ar"), "ar")
def _(m):
    m.head(("From", "Salma Alabdullah <salma.abdullah86@mail.example>"),
           ("To", FT),
           ("Subject", "تسجيل - Fachtag Migration und Gesundheit"),
           ("Date", m.date),
           ("Message-ID", "<CAM7pR2xK9qT4wL1nV8bZ3sYd6fH0gJ5cE2aU7oN4iB9vQ1xRtw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم،

أنا سلمى العبدالله، مسؤولة عن مجموعة دعم النساء السوريات. وصلتنا دعوتكم لليوم المهني "الهجرة والصحة" عن طريق مركز الاندماج.

نرغب بالمشاركة أنا وثلاث نساء من المجموعة في ورشة العمل الثانية (الصحة النفسية والصدمات واللجوء).
كثير من النساء في مجموعتنا عندهن تجارب صعبة من الحرب ومن الطريق، ونريد أن نتعلم كيف ندعم بعضنا بشكل أفضل.

هل توجد ترجمة إلى العربية في الورشة؟ إذا لا، فليست مشكلة، واحدة منا تتكلم الألمانية جيداً.

شكراً جزيلاً
سلمى العبدالله
مجموعة دعم النساء السوريات – هيرتن
0157 32 66 19 04

أُرسلت من هاتفي Android
""", charset="utf-8", cte="base64")


# -- 004 ---------------------------------------------------------------------
# English from a care service, Outlook multipart/alternative, windows-1252 QP.
# "My colleague ... and I" -> 2; "Workshop 3"; street and phone numbers.

ADEYEMI_TEXT = """Dear Sir or Madam,

My colleague Mrs Comfort Asante and I would like to register for the Fachtag Migration und Gesundheit on 9 June 2027.
We are both interested in Workshop 3 (culturally sensitive care and ageing in migration). In our daily work we care for more and more elderly clients from Turkey, the Balkans and West Africa, and we would like to learn from other services.

Thank you and kind regards,

Blessing Adeyemi-Okoro
Pflegefachkraft / Praxisanleiterin
Ambulanter Pflegedienst Sonnenweg GmbH
Hochstraße 58 | 45768 Marl
Tel. 02365 49 81 30"""


@mail("adeyemi-okoro-english-care-service", "2027-04-14 08:31:55",
      E("registration", "b.adeyemi-okoro@pflegedienst-sonnenweg.example", "Blessing Adeyemi-Okoro",
        "Ambulanter Pflegedienst Sonnenweg GmbH", ["PFL"], 2, "en"), "en")
def _(m):
    m.head(("From", '"Adeyemi-Okoro, Blessing" <b.adeyemi-okoro@pflegedienst-sonnenweg.example>'),
           ("To", TO_FT),
           ("Subject", "Registration Fachtag 9 June - Workshop 3"),
           ("Thread-Topic", "Registration Fachtag 9 June - Workshop 3"),
           ("Thread-Index", "AdutK3x0b7Qm1pWeRkV8y2uZ5aBxDg=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR02MB7345A1C2E3F4B5D6C7A8B9E0F1D2@DB9PR02MB7345.eurprd02.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "en-US"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(ADEYEMI_TEXT), outlook_html(ADEYEMI_TEXT, lang="EN-US"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 005 ---------------------------------------------------------------------
# French, "Pr." title (visiting professor from Tunisia), Roundcube,
# iso-8859-1 QP; "de préférence l'atelier 4 ... À défaut, l'atelier 1".

@mail("bouazizi-pr-french-roundcube", "2027-04-14 12:10:33",
      E("registration", "mehdi.bouazizi@fm-sousse.example", "Mehdi Bouazizi",
        "Faculté de médecine de Sousse", ["ARZ", "SPR"], 1, "fr"), "fr", tz=1)
def _(m):
    m.head(("From", addr("Pr. Mehdi Bouazizi", "mehdi.bouazizi@fm-sousse.example")),
           ("To", FT),
           ("Subject", ew("Inscription au Fachtag du 9 juin (Pr. Bouazizi)", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<8c41f07be2d9a53e16f0c4b7d2a95e31@fm-sousse.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Madame, Monsieur,

Un collègue du Gesundheitsamt de Gelsenkirchen m'a fait suivre votre
invitation. Je serai en Allemagne du 1er au 15 juin dans le cadre d'un
séjour de recherche et je serais très heureux de participer à votre
Fachtag du 9 juin.

Je souhaiterais m'inscrire de préférence à l'atelier 4 (médicaments,
prévention et compétences en santé). À défaut, l'atelier 1 sur
l'interprétariat m'intéresserait également.

Je parle allemand, mais mieux le français ; j'espère que cela ne posera
pas de problème.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations
distinguées.

Pr. Mehdi Bouazizi
Professeur de santé publique et de médecine préventive
Faculté de médecine de Sousse
Sousse, Tunisie
""", charset="iso-8859-1", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# A head of nursing registers herself and two nurses from Morocco (3);
# workshop by its German title in typographic quotes, fallback "Workshop 1".
# The signature names a parent organisation too; the text names the station.
# Outlook multipart/alternative windows-1252 QP with a disclaimer.

OVERKAMP_TEXT = """Sehr geehrte Damen und Herren,

für die Diakoniestation Datteln melde ich mich und zwei Pflegekräfte aus unserem Team, Frau Khadija Amrani und Herrn Youssef El Idrissi, zum Fachtag Migration und Gesundheit am 9. Juni an.

Wir interessieren uns vor allem für den Workshop „Kultursensible Pflege und Altern in der Migration“. Falls der schon voll ist, gerne Workshop 1.

Frau Amrani und Herr El Idrissi sind seit letztem Jahr über ein Anerkennungsprogramm aus Marokko bei uns und bringen viel Erfahrung mit.

Mit freundlichen Grüßen

Sandra Overkamp
Pflegedienstleitung
Diakoniestation Datteln
Diakonisches Werk im Kirchenkreis Recklinghausen
Hohe Straße 21, 45711 Datteln
Telefon 02363 56 44-0

------------------------------------------------------------
Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der vorgesehene Empfänger sein, benachrichtigen Sie bitte den Absender und löschen Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail ist nicht gestattet."""


@mail("overkamp-pdl-three-nurses-outlook", "2027-04-15 09:02:17",
      E("registration", "s.overkamp@diakonie-datteln.example", "Sandra Overkamp",
        "Diakoniestation Datteln", ["PFL", "SPR"], 3, "de"), "de")
def _(m):
    m.head(("From", '"Overkamp, Sandra" <s.overkamp@diakonie-datteln.example>'),
           ("To", TO_FT),
           ("Subject", "Anmeldung Fachtag Migration und Gesundheit - Diakoniestation Datteln"),
           ("Thread-Topic", "Anmeldung Fachtag Migration und Gesundheit - Diakoniestation Datteln"),
           ("Thread-Index", "Adut4Vq1XkR0n8ZcT3uY7vW2e5QfHB=="),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB1932C4D5E6F7A8B9C0D1E2F3A4B5@FR2P281MB1932.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(OVERKAMP_TEXT), outlook_html(OVERKAMP_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 007 ---------------------------------------------------------------------
# Moroccan Darija in Latin letters (Arabizi: 3 = ع, 7 = ح), mixed with French
# and German words.  "Workshop 4"; "ghadi nji bohdi" = I will come alone -> 1.
# The running text says only "wa7ed l'apotheke"; the signature names it.

@mail("ouchen-arabizi-darija-pta", "2027-04-15 16:40:48",
      E("registration", "hamza.ouchen@mail.example", "Hamza Ouchen",
        "Glückauf-Apotheke Herten", ["ARZ"], 1, "ar"), "ar-Latn")
def _(m):
    m.head(("From", "Hamza Ouchen <hamza.ouchen@mail.example>"),
           ("To", FT),
           ("Subject", "tasjil Fachtag"),
           ("Date", m.date),
           ("Message-ID", "<CAK2wQ9vY4rB7tN0mX3cL6aS8dF1gH5jZ2kP9oI4uE7yT0qWr3e@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Salam 3alikom,

ana Hamza Ouchen, PTA (pharmazeutisch-technischer Assistent) f wa7ed l'apotheke f Herten. mol l'apotheke werrani l'invitation dyalkom w gal lia nsajjel.
bghit nsajjel f Workshop 4 (Arzneimittel, Prävention...), 7it bzaf dyal les clients dyalna 3arab w ma kay3erfouch kifach yakhdo dwa dyalhom mzyan.
ghadi nji bohdi.

choukran bzaf w nhar zwin
Hamza Ouchen
Glückauf-Apotheke Herten
""", charset="utf-8", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Sent from a pharmacy's shared mailbox with a personal Reply-To (which wins);
# the workshop by its code "ARZ"; "Just me, 1 person".  Plain us-ascii 7bit.

@mail("owusu-ansah-shared-pharmacy-reply-to", "2027-04-16 11:15:06",
      E("registration", "kwabena.owusu-ansah@rosen-apotheke-re.example", "Kwabena Owusu-Ansah",
        "Rosen-Apotheke Recklinghausen", ["ARZ"], 1, "en"), "en")
def _(m):
    m.head(("From", "Rosen-Apotheke Recklinghausen <info@rosen-apotheke-re.example>"),
           ("Reply-To", "Kwabena Owusu-Ansah <kwabena.owusu-ansah@rosen-apotheke-re.example>"),
           ("To", FT),
           ("Subject", "Registration Fachtag - ARZ workshop"),
           ("Date", m.date),
           ("Message-ID", "<0D7E44A1-6B2F-4C8E-9A13-52F0B8C7D9E6@rosen-apotheke-re.example>"),
           ("X-Mailer", "Microsoft Outlook for Mac 16.89"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

I am writing from our pharmacy's shared account, please send the
confirmation to my personal address (kwabena.owusu-ansah@rosen-apotheke-re.example,
it is also in the reply-to).

I'd like to register for the ARZ workshop at the Fachtag on 9 June.
Just me, 1 person.

Best regards
Kwabena Owusu-Ansah
Apotheker / Pharmacist, Branch Manager
Rosen-Apotheke Recklinghausen
Breite Strasse 12, 45657 Recklinghausen
""", charset="us-ascii", cte="7bit")


# -- 009 ---------------------------------------------------------------------
# Arabic (Iraqi) from Outlook, multipart/alternative UTF-8 QP, with
# Arabic-Indic digits: "ورشة العمل رقم ٢ ... وإلا فرقم ١", "٩ حزيران ٢٠٢٧".
# A colleague comes too -> 2.  Arabic signature, German hospital name.

JUBOURI_TEXT = """السادة المنظمون المحترمون،

تحية طيبة وبعد،

أود التسجيل في اليوم المهني "الهجرة والصحة" يوم الأربعاء ٩ حزيران ٢٠٢٧.
أرغب بالمشاركة في ورشة العمل رقم ٢ (الصحة النفسية والصدمات واللجوء)، وإذا لم يتوفر فيها مكان فورشة العمل رقم ١.
سيحضر معي زميلي د. حسن الربيعي من نفس القسم، وله نفس الاختيار.

مع فائق الاحترام والتقدير

د. علي الجبوري
طبيب مساعد – قسم الأمراض الباطنية
Stiftskrankenhaus Recklinghausen
هاتف: 02361 5508-214"""


@mail("aljubouri-arabic-indic-digits-outlook", "2027-04-16 20:33:29",
      E("registration", "a.aljubouri@stiftskrankenhaus-re.example", "علي الجبوري",
        "Stiftskrankenhaus Recklinghausen", ["PSY", "SPR"], 2, "ar"), "ar")
def _(m):
    m.head(("From", '"Al-Jubouri, Ali" <a.aljubouri@stiftskrankenhaus-re.example>'),
           ("To", TO_FT),
           ("Subject", "التسجيل في اليوم المهني - Fachtag Migration und Gesundheit"),
           ("Thread-Topic", "التسجيل في اليوم المهني - Fachtag Migration und Gesundheit"),
           ("Thread-Index", "AduuA1Lr7Qx0m2ZkT9uY4vW1e6RfGC=="),
           ("Date", m.date),
           ("Message-ID", "<AM0PR06MB6210E7F8A9B0C1D2E3F4A5B6C7D8@AM0PR06MB6210.eurprd06.prod.outlook.example>"),
           ("Accept-Language", "ar-SA, de-DE"),
           ("Content-Language", "ar-SA"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    html_text = outlook_html(JUBOURI_TEXT, charset="utf-8", lang="AR-SA").replace(
        "<p class=MsoNormal>", "<p class=MsoNormal dir=RTL style='text-align:right;direction:rtl;unicode-bidi:embed'>")
    m.alternative(outlook_plain(JUBOURI_TEXT), html_text,
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 010 ---------------------------------------------------------------------
# Question only (CME points, half-day attendance); "Bevor ich mich anmelde".
# GMX plain text, UTF-8 QP.

@mail("trabelsi-question-cme-points", "2027-04-19 08:12:44",
      E("question", "l.trabelsi@frauenarzt-dorsten.example", "Leïla Trabelsi",
        "Frauenarztpraxis am Markt", [], None, "de"), "de")
def _(m):
    m.head(("From", "Leila Trabelsi <l.trabelsi@frauenarzt-dorsten.example>"),
           ("To", FT),
           ("Subject", "Frage zum Fachtag am 9.6."),
           ("Date", m.date),
           ("Message-ID", "<trinity-3e8a1c55-7b0f-4d6e-a2c9-f41b8e0d6c37-1776579164012@3c-app-gmx-bs38>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Terhorst,

ich bin Gynäkologin in einer Praxis in Dorsten und betreue viele Frauen
aus Nord- und Westafrika. Der Fachtag klingt sehr interessant.

Bevor ich mich anmelde, zwei Fragen:
1. Ist die Zertifizierung bei der Ärztekammer inzwischen bestätigt, und
   wie viele Fortbildungspunkte gibt es?
2. Kann ich auch nur am Vormittag teilnehmen? Nachmittags habe ich an dem
   Mittwoch Sprechstunde.

Vielen Dank und freundliche Grüße
Dr. Leïla Trabelsi
Frauenärztin
Frauenarztpraxis am Markt
Recklinghäuser Straße 3, 46282 Dorsten
""", charset="utf-8", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# French (Ivorian self-help group), Yahoo multipart/alternative; "Nous serons
# quatre personnes"; "Premier choix : atelier 4 / Deuxième choix : atelier 2".
# The "Mme" title is not part of the name.

KOUASSI_TEXT = """Bonjour,

Je me permets de vous écrire au nom de notre association. Nous sommes un groupe d'entraide pour les personnes africaines qui vivent avec le diabète ou l'hypertension, et pour leurs familles.

Nous souhaitons participer au Fachtag le 9 juin. Nous serons quatre personnes (moi-même, notre trésorier et deux membres du groupe).
Premier choix : atelier 4 (prévention, médicaments)
Deuxième choix : atelier 2

Merci d'avance et à bientôt.

Mme Adjoua Kouassi-Brou
Présidente
Association Santé Diaspora Africaine Recklinghausen (ASDAR)"""


@mail("kouassi-brou-french-yahoo-four", "2027-04-19 13:30:12",
      E("registration", "adjoua.kouassi@ymail.example", "Adjoua Kouassi-Brou",
        "Association Santé Diaspora Africaine Recklinghausen (ASDAR)", ["ARZ", "PSY"], 4, "fr"), "fr")
def _(m):
    m.head(("From", "Adjoua Kouassi <adjoua.kouassi@ymail.example>"),
           ("To", FT),
           ("Subject", "Inscription ASDAR - Fachtag 9 juin"),
           ("Date", m.date),
           ("Message-ID", "<1618203451.2047711.1776598212345@mail.ymail.example>"),
           ("X-Mailer", "WebService/1.1.23187 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.alternative(KOUASSI_TEXT, yahoo_html(KOUASSI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="yahoo")


# -- 012 ---------------------------------------------------------------------
# Learner German (Syrian pharmacist in recognition): "an die Fachtag",
# "die Workshop Arzneimittel am meisten, aber auch Workshop Sprachmittlung".
# web.de, UTF-8 8bit.

@mail("alsayed-learner-german-pharmacist", "2027-04-20 10:45:37",
      E("registration", "m.alsayed93@web-mail.example", "Mohamad Alsayed",
        "Stern-Apotheke", ["ARZ", "SPR"], 1, "de"), "de")
def _(m):
    m.head(("From", "Mohamad Alsayed <m.alsayed93@web-mail.example>"),
           ("To", FT),
           ("Subject", "Anmeldung Fachtag"),
           ("Date", m.date),
           ("Message-ID", "<trinity-8f2c6a10-4d3b-4e71-9c05-b7a2e1f0d9c8-1776674737221@3c-app-webde-bap45>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich heiße Mohamad Alsayed, ich komme aus Syrien und bin Apotheker. Zurzeit mache ich meine Anerkennung und arbeite als Praktikant in der Stern-Apotheke in Castrop-Rauxel.
Ich möchte gerne an die Fachtag am 9. Juni teilnehmen. Mich interessiert die Workshop Arzneimittel am meisten, aber auch Workshop Sprachmittlung ist interesant für mich, weil ich oft für arabische Kunden übersetze.
Ich komme alleine.

Vielen Dank im Voraus
Mit freundlichen Grüße
Mohamad Alsayed
""", charset="utf-8", cte="8bit")


# -- 013 ---------------------------------------------------------------------
# English, Apple Mail multipart/alternative; "WS 2 – Mental health, trauma
# and flight" (title translated); address in the signature.

OSMAN_TEXT = """Dear Ms Terhorst,

thank you for the invitation. I work as a psychosocial counsellor with refugees, mainly from Sudan, Eritrea and Syria, and I would be glad to take part in the Fachtag.
Please register me for WS 2 – Mental health, trauma and flight.

Warm regards,
Amna Osman
Psychosocial Counsellor
Psychosoziales Zentrum für Geflüchtete Vest
Kunibertistraße 27 · 45657 Recklinghausen"""


@mail("osman-english-apple-mail", "2027-04-20 17:20:08",
      E("registration", "amna.osman@psz-vest.example", "Amna Osman",
        "Psychosoziales Zentrum für Geflüchtete Vest", ["PSY"], 1, "en"), "en")
def _(m):
    m.head(("From", "Amna Osman <amna.osman@psz-vest.example>"),
           ("Subject", "Fachtag registration"),
           ("Message-Id", "<7A2C9E14-B35D-4F80-8E61-C0D4F2A9B713@psz-vest.example>"),
           ("Date", m.date),
           ("To", FT),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    m.alternative(OSMAN_TEXT, apple_html(OSMAN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 014 ---------------------------------------------------------------------
# Postfix bounce (multipart/report) of a confirmation: the remote server
# rejected a mistyped local part (benmousa for benmoussa).  The returned
# confirmation names WS 3.

@mail("postfix-bounce-user-unknown", "2027-04-21 09:03:51",
      E("bounce", bounced="f.benmousa@pflegedienst-lotus.example"), "en")
def _(m):
    rcpt = "f.benmousa@pflegedienst-lotus.example"
    m.head(("From", "MAILER-DAEMON@mail.kreis-recklinghausen.example (Mail Delivery System)"),
           ("To", FT),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270421070351.4B7C21D0F3@mail.kreis-recklinghausen.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.kreis-recklinghausen.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx.pflegedienst-lotus.example[203.0.113.61]
    said: 550 5.1.1 <{rcpt}>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.kreis-recklinghausen.example"),
         ("X-Postfix-Queue-ID", "4B7C21D0F3"),
         ("X-Postfix-Sender", f"rfc822; {FT}"),
         ("Arrival-Date", "Wed, 21 Apr 2027 09:03:48 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx.pflegedienst-lotus.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected:\n"
                             "    User unknown in virtual mailbox table")])
    original = confirmation_message(
        f"Fatima Benmoussa <{rcpt}>", "Frau Benmoussa", "PFL", 2,
        "Wed, 21 Apr 2027 09:03:48 +0200", conf_id("20270421090348.7e2a"),
        "<3f9d2c71-8a4e-4b05-b6d1-e0c2a7f5d913@pflegedienst-lotus.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 015 ---------------------------------------------------------------------
# French from an iPhone (Guinean paediatric resident): "l'atelier n° 2";
# she asks to register a nurse colleague for the same workshop -> 2.
# Department line and hospital line in the signature.

@mail("camara-french-iphone-colleague", "2027-04-21 15:35:26",
      E("registration", "fatoumata.camara@vinzenz-oer.example", "Fatoumata Camara",
        "Vinzenz-Hospital Oer-Erkenschwick", ["PSY"], 2, "fr"), "fr")
def _(m):
    m.head(("From", "Fatoumata Camara <fatoumata.camara@vinzenz-oer.example>"),
           ("Subject", "Inscription Fachtag"),
           ("Message-Id", "<E5B1D8A3-2F74-4C69-A0B8-93D6C1E7F024@vinzenz-oer.example>"),
           ("Date", m.date),
           ("To", FT),
           ("X-Mailer", "iPhone Mail (22E252)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.single("""Bonjour,

Je souhaite m'inscrire au Fachtag du 9 juin. Je suis médecin assistante en pédiatrie et je m'occupe souvent d'enfants réfugiés et de leurs familles.
Je choisis l'atelier n° 2 (santé psychique, trauma).
Ma collègue infirmière, Mme Mariama Sow, voudrait aussi venir, dans le même atelier. Pouvez-vous l'inscrire avec moi ?

Merci beaucoup,
Dr Fatoumata Camara
Médecin assistante – Klinik für Kinder- und Jugendmedizin
Vinzenz-Hospital Oer-Erkenschwick

Envoyé de mon iPhone
""", charset="utf-8", cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# Exchange out-of-office answering a confirmation (Auto-Submitted:
# auto-generated, X-Auto-Response-Suppress); names a doctor, a hospital and
# a date range.

MAHMOUD_OOF = """Vielen Dank für Ihre Nachricht.

Ich bin vom 22.04. bis einschließlich 02.05.2027 nicht im Haus und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an das Sekretariat der Klinik für Innere Medizin, Tel. 02043 278-3100.

Mit freundlichen Grüßen
Dr. med. Tarek Mahmoud
Oberarzt, Klinik für Innere Medizin
Lukas-Krankenhaus Gladbeck"""


@mail("mahmoud-exchange-out-of-office", "2027-04-22 11:02:09",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", '"Mahmoud, Tarek Dr." <tarek.mahmoud@lukas-gladbeck.example>'),
           ("To", TO_FT),
           ("Subject", "Automatische Antwort: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbs3Fk8J2xWm0n6kO1pL9qZ4rT7w=="),
           ("Date", m.date),
           ("Message-ID", "<c7e1a9f35b2d4e60a8f1@EXMBX02.lukas-gladbeck.example>"),
           ("References", conf_id("20270422110205.5c1d")),
           ("In-Reply-To", conf_id("20270422110205.5c1d")),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(MAHMOUD_OOF), outlook_html(MAHMOUD_OOF),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 017 ---------------------------------------------------------------------
# Lebanese Arabic in Latin letters (Arabizi: 2 = ء in "rfi2ti", 3 = ع,
# 8 = غ).  "ana w rfi2ti Maya" = me and my friend Maya -> 2; "workshop 3".
# She introduces herself with her full name and signs with her first name.

@mail("khoury-arabizi-lebanese-nurse", "2027-04-22 18:44:31",
      E("registration", "rana.khoury90@mail.example", "Rana Khoury",
        "Seniorenzentrum St. Anna", ["PFL"], 2, "ar"), "ar-Latn")
def _(m):
    m.head(("From", "Rana Khoury <rana.khoury90@mail.example>"),
           ("Subject", "Fachtag 9 June"),
           ("Message-Id", "<B3E8F1A2-7C54-4D96-8B0E-A1F2C3D4E5F6@mail.example>"),
           ("Date", m.date),
           ("To", FT),
           ("X-Mailer", "iPhone Mail (22E252)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.single("""Marhaba,

Ana Rana Khoury, bechte8el mmarrda (Pflegefachkraft) bi Seniorenzentrum St. Anna b Waltrop.
Baddi sajjel 3al Fachtag ana w rfi2ti Maya Sfeir, kamen hiye mmarrda 3anna.
Ktir badna nfoot 3al workshop 3 (Kultursensible Pflege), la2anno 3anna ktir kbar bel 3omr men Turkiya w men 3and el 3arab w ma fi 7ada yefham 3alehon mnih.

Merci ktir w ya3tikon el 3afye
Rana

Sent from my iPhone
""", charset="utf-8", cte="7bit")


# -- 018 ---------------------------------------------------------------------
# Gmail forward ("Fwd: WG:") of the invitation that a member of the
# Integrationsrat had forwarded to her; the new text on top chooses by the
# alias "Prävention"; "wir sind zu fünft" -> 5.  The quoted invitation
# lists all four workshops and the Integrationsrat member's name.

EL_OUARDI_TEXT = """Sehr geehrte Frau Terhorst,

Frau Kaya vom Integrationsrat hat mir Ihre Einladung weitergeleitet (siehe unten). Ich leite in unserem Verein eine Selbsthilfegruppe für Frauen mit Diabetes, die meisten Frauen kommen aus Marokko.

Wir möchten gerne zum Fachtag kommen, wir sind zu fünft. Wir möchten in den Workshop zur Prävention.

Viele Grüße
Naima El Ouardi
Marokkanischer Frauenverein Al-Nour Recklinghausen e.V."""

KAYA_FWD = f"""Liebe Naima,

das ist doch etwas für eure Diabetes-Gruppe! Anmeldung einfach per Mail.

LG Ayşe

-----Ursprüngliche Nachricht-----
Von: Fachtag Migration und Gesundheit <{FT}>
Gesendet: Dienstag, 13. April 2027 09:15
An: Integrationsrat Kreis Recklinghausen <info@integrationsrat-re.example>
Betreff: {INVITATION_SUBJECT}

{INVITATION}"""

EL_OUARDI_FWD_HEAD = """---------- Forwarded message ---------
Von: Ayşe Kaya <a.kaya@integrationsrat-re.example>
Date: Di., 20. Apr. 2027 um 18:02 Uhr
Subject: WG: """ + INVITATION_SUBJECT + """
To: naima.elouardi@mail.example <naima.elouardi@mail.example>
"""


@mail("el-ouardi-forwarded-invitation", "2027-04-23 09:50:14",
      E("registration", "naima.elouardi@mail.example", "Naima El Ouardi",
        "Marokkanischer Frauenverein Al-Nour Recklinghausen e.V.", ["ARZ"], 5, "de"), "de")
def _(m):
    m.head(("From", "Naima El Ouardi <naima.elouardi@mail.example>"),
           ("To", FT),
           ("Subject", "Fwd: WG: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAP5vX2qL8nT1wR4mK7bZ0sYd3fH6gJ9cE1aU4oN7iB2vQ5xRtg@mail.gmail.example>"),
           ("References", "<VI1PR04MB5599A0B1C2D3E4F5@VI1PR04MB5599.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", "<VI1PR04MB5599A0B1C2D3E4F5@VI1PR04MB5599.eurprd04.prod.outlook.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{EL_OUARDI_TEXT}\n\n{EL_OUARDI_FWD_HEAD}\n\n{KAYA_FWD}\n"
    fwd_html = "".join(f"{esc(line)}<br>" if line else "<br>" for line in
                       (EL_OUARDI_FWD_HEAD + "\n\n" + KAYA_FWD).split("\n"))
    html_text = (gmail_html(EL_OUARDI_TEXT).rstrip("\n")
                 + f'<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{fwd_html}</div></div>\n')
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 019 ---------------------------------------------------------------------
# English from a senior physician, Outlook HTML only (windows-1252 QP);
# "Dr. med. Omar Khalil, MD, MSc"; offers a short input (still a registration);
# bilingual hospital disclaimer.

KHALIL_TEXT = """Dear Ms Terhorst,

I would like to register for the Fachtag Migration und Gesundheit on 9 June, Workshop 2 (Psychische Gesundheit, Trauma und Flucht).

If it is of interest, I would be happy to contribute a short input (10 minutes) on trauma-informed care for Arabic-speaking patients in the workshop – feel free to let me know.

Kind regards,

Dr. med. Omar Khalil, MD, MSc
Oberarzt / Senior Physician
Klinik für Psychiatrie, Psychotherapie und Psychosomatik
Evangelisches Krankenhaus Haltern am See
Tel. +49 2364 104-2270

--------------------------------------------
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.
This e-mail may contain confidential and/or privileged information. If you are not the intended recipient, please notify the sender immediately and destroy this e-mail."""


@mail("khalil-english-outlook-html-only", "2027-04-26 10:10:57",
      E("registration", "omar.khalil@ekh-haltern.example", "Omar Khalil",
        "Evangelisches Krankenhaus Haltern am See", ["PSY"], 1, "en"), "en")
def _(m):
    m.head(("From", '"Khalil, Omar Dr." <omar.khalil@ekh-haltern.example>'),
           ("To", TO_FT),
           ("Subject", "Registration Fachtag Migration und Gesundheit - WS 2"),
           ("Thread-Topic", "Registration Fachtag Migration und Gesundheit - WS 2"),
           ("Thread-Index", "Adu4Z1qB9kR2n0XcT6uY3vW8e5PfHA=="),
           ("Date", m.date),
           ("Message-ID", "<PA4PR08MB7051B2C3D4E5F6A7B8C9D0E1F2A3@PA4PR08MB7051.eurprd08.prod.outlook.example>"),
           ("Accept-Language", "en-US, de-DE"),
           ("Content-Language", "en-US"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(KHALIL_TEXT, lang="EN-US"), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Advertising (other): a video-interpreting vendor that saw the Fachtag;
# says "Dolmetschen", "Workshop", "melden Sie sich ... an".

DOLMETSCH_TEXT = """Sehr geehrte Damen und Herren,

wir haben gesehen, dass Sie am 9. Juni den Fachtag Migration und Gesundheit veranstalten – ein wichtiges Thema!

Mit DolmetschDirekt erreichen Praxen, Kliniken und Pflegedienste in unter 60 Sekunden eine qualifizierte Dolmetscherin per Video – in über 50 Sprachen, darunter Arabisch, Französisch, Tigrinya, Dari und Wolof.

Gern stellen wir unser Angebot in Ihrem Workshop zur Sprachmittlung vor oder sind mit einem Stand vor Ort.
Frühbucher-Aktion: 3 Monate kostenlos testen bei Vertragsabschluss bis 31.05.2027.

Melden Sie sich jetzt für eine kostenlose Demo an: https://dolmetsch-direkt.example/demo

Mit freundlichen Grüßen
Jana Wöstmann
Key Account Management Gesundheitswesen
DolmetschDirekt GmbH · Berlin

Sie erhalten diese E-Mail, weil Ihre Adresse öffentlich zugänglich ist. Keine weiteren Nachrichten: https://dolmetsch-direkt.example/abmelden?e=fachtag-gesundheit"""

DOLMETSCH_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>DolmetschDirekt</title></head>
<body style="margin:0;background:#eef3f7;font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#1d2b36;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#0b6e8a;color:#ffffff;font-size:22px;font-weight:bold;">DolmetschDirekt</td></tr>
<tr><td>
<p>Sehr geehrte Damen und Herren,</p>
<p>wir haben gesehen, dass Sie am 9. Juni den Fachtag Migration und Gesundheit veranstalten – ein wichtiges Thema!</p>
<p>Mit <b>DolmetschDirekt</b> erreichen Praxen, Kliniken und Pflegedienste in unter 60 Sekunden eine qualifizierte Dolmetscherin per Video – in über 50 Sprachen, darunter Arabisch, Französisch, Tigrinya, Dari und Wolof.</p>
<p>Gern stellen wir unser Angebot in Ihrem Workshop zur Sprachmittlung vor oder sind mit einem Stand vor Ort.<br>
<span style="color:#c0392b;font-weight:bold;">Frühbucher-Aktion:</span> 3 Monate kostenlos testen bei Vertragsabschluss bis 31.05.2027.</p>
<p><a href="https://dolmetsch-direkt.example/demo" style="display:inline-block;background:#0b6e8a;color:#ffffff;padding:12px 22px;text-decoration:none;border-radius:4px;">Jetzt kostenlose Demo anmelden</a></p>
<p>Mit freundlichen Grüßen<br>Jana Wöstmann<br>Key Account Management Gesundheitswesen<br>DolmetschDirekt GmbH · Berlin</p>
</td></tr>
<tr><td style="font-size:11px;color:#8a99a6;">Sie erhalten diese E-Mail, weil Ihre Adresse öffentlich zugänglich ist. <a href="https://dolmetsch-direkt.example/abmelden?e=fachtag-gesundheit">Keine weiteren Nachrichten</a></td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("dolmetschdirekt-advertising", "2027-04-26 14:22:40",
      E("other"), "de")
def _(m):
    m.head(("From", "Jana Wöstmann | DolmetschDirekt <kontakt@dolmetsch-direkt.example>"),
           ("To", FT),
           ("Subject", "Ihr Fachtag am 9. Juni: Videodolmetschen in 50 Sprachen – 3 Monate gratis"),
           ("Date", m.date),
           ("Message-ID", "<0101018f2a7b3c41-9e2d4f1a-6b3c-4d8e-a0f1-2b3c4d5e6f70-000000@mailer.dolmetsch-direkt.example>"),
           ("List-Unsubscribe", "<https://dolmetsch-direkt.example/abmelden?e=fachtag-gesundheit>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(DOLMETSCH_TEXT, DOLMETSCH_HTML, charset="utf-8", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# French, freelance sworn interpreter (no organisation: "Je travaille en
# indépendante"; the court she is sworn at is not one); workshop by its
# German title in « »; Thunderbird, iso-8859-15 QP.

@mail("boukhalfa-french-freelance-interpreter", "2027-04-27 12:30:03",
      E("registration", "s.boukhalfa@interpretes-ruhr.example", "Samira Boukhalfa",
        None, ["SPR"], 1, "fr"), "fr")
def _(m):
    m.head(("From", "Samira Boukhalfa <s.boukhalfa@interpretes-ruhr.example>"),
           ("To", FT),
           ("Subject", "Inscription Fachtag Migration und Gesundheit"),
           ("Date", m.date),
           ("Message-ID", "<4e7b1c92-d05a-4f3e-8b61-a29c7e0f5d18@interpretes-ruhr.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "fr"),
           ("MIME-Version", "1.0"))
    m.single("""Bonjour,

Je suis interprète et traductrice assermentée pour l'arabe et le français
auprès du Landgericht Bochum, et j'interviens régulièrement à l'hôpital et
chez les médecins pour des patients du Maghreb.

Je voudrais m'inscrire à l'atelier « Sprachmittlung und Dolmetschen im
Gesundheitswesen ». Je travaille en indépendante.

Bien à vous,
Samira Boukhalfa
Interprète - Traductrice assermentée
arabe / français / allemand
Tél. 0163 771 20 58
""", charset="iso-8859-15", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# Change of workshop (2 -> 1) in French; Thunderbird reply with a French
# attribution line quoting the confirmation (which names WS 2).

@mail("sarr-change-french-thunderbird", "2027-04-28 08:40:16",
      E("change", "ibrahima.sarr@haard-klinik.example", "Ibrahima Sarr",
        "Haard-Klinik Marl", ["SPR"], None, "fr"), "fr")
def _(m):
    cid = conf_id("20270421091402.2b8e")
    m.head(("From", "Dr Ibrahima Sarr <ibrahima.sarr@haard-klinik.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<a91f3e07-5c2d-4b86-9e14-7d0c2b8f6a35@haard-klinik.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "fr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Bonjour,

Après réflexion, je préférerais changer d'atelier : merci de m'inscrire à
l'atelier 1 (Sprachmittlung) au lieu de l'atelier 2. Nous avons en ce
moment de gros problèmes d'interprétariat dans notre service et c'est plus
urgent pour nous.

Cordialement,
Dr Ibrahima Sarr
Médecin assistant – Psychiatrie
Haard-Klinik Marl

Le 21/04/2027 à 09:14, Fachtag Migration und Gesundheit a écrit :
{gt_quote(confirmation("Herr Dr. Sarr", "PSY", 1))}
""", charset="utf-8", cte="8bit")


# -- 023 ---------------------------------------------------------------------
# Arabic (Palestinian pharmacist), Gmail multipart/alternative with dir=rtl,
# UTF-8 base64; "ورشة العمل الرابعة (ARZ)"; "سأحضر وحدي" = I will come
# alone.  The pharmacy's name is written in Latin letters inside the text.

NAJJAR_TEXT = """مرحباً،

اسمي هبة النجار، صيدلانية أعمل في Markt-Apotheke Dorsten منذ سنتين.
أود التسجيل في اليوم المهني يوم 9 يونيو، في ورشة العمل الرابعة (ARZ) عن الأدوية والوقاية.
نلاحظ كل يوم في الصيدلية أن كثيراً من المرضى العرب لا يفهمون تعليمات الدواء باللغة الألمانية، وأتمنى أن نتبادل الخبرات حول هذا الموضوع.

سأحضر وحدي.

مع الشكر والتقدير
هبة النجار
صيدلانية
Markt-Apotheke Dorsten"""


@mail("najjar-arabic-gmail-rtl-pharmacist", "2027-04-28 14:15:49",
      E("registration", "heba.najjar@mail.example", "هبة النجار",
        "Markt-Apotheke Dorsten", ["ARZ"], 1, "ar"), "ar")
def _(m):
    m.head(("From", "Heba Al-Najjar <heba.najjar@mail.example>"),
           ("To", FT),
           ("Subject", "التسجيل في اليوم المهني للهجرة والصحة"),
           ("Date", m.date),
           ("Message-ID", "<CAH4nW7qX1tZ8yB3mR6vC9xL2aS5dF0gJ7hK4lP1oI6uY9tR2eQ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(NAJJAR_TEXT, gmail_html(NAJJAR_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 024 ---------------------------------------------------------------------
# Question (English, Nigerian self-help group): may patient groups attend,
# is there a fee?  "two or three of our members would like to come" is not a
# registration.

@mail("eze-question-self-help-group", "2027-04-29 10:05:22",
      E("question", "chinedu.eze@sicklecell-ruhr.example", "Chinedu Eze",
        "Sickle Cell Support Group Ruhr", [], None, "en"), "en")
def _(m):
    m.head(("From", "Chinedu Eze <chinedu.eze@sicklecell-ruhr.example>"),
           ("To", FT),
           ("Subject", "Question about the Fachtag - open to self-help groups?"),
           ("Date", m.date),
           ("Message-ID", "<CAJ9xT2kP5wQ8nV1bM4cR7sY0dZ3hG6fE9aU2oN5iK8vB1qXrw4@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Good day,

I am the coordinator of a self-help group for families living with sickle
cell disease in the Ruhr area (most of our members are from Nigeria, Ghana
and Cameroon).

I saw your Fachtag on the Kreis website. Is it only for health
professionals, or can members of patient self-help groups also attend?
And is there any fee?

If it is open to us, two or three of our members would like to come.

Thanks and God bless,
Chinedu Eze
Sickle Cell Support Group Ruhr
""", charset="utf-8", cte="7bit")


# -- 025 ---------------------------------------------------------------------
# Health-navigator project registers its coordinator and four navigators:
# "insgesamt also 5 Personen"; "Erstwunsch: Workshop 4 (Gesundheitskompetenz)
# / Zweitwunsch: Workshop 1".  Thunderbird, iso-8859-1 8bit.

@mail("jaziri-gesundheitslotsinnen-five", "2027-04-30 09:30:10",
      E("registration", "h.jaziri@gesundheitslotsinnen-vest.example", "Houda Jaziri",
        "Gesundheitslotsinnen Vest", ["ARZ", "SPR"], 5, "de"), "de")
def _(m):
    m.head(("From", "Houda Jaziri <h.jaziri@gesundheitslotsinnen-vest.example>"),
           ("To", FT),
           ("Subject", "Anmeldung Gesundheitslotsinnen Vest (5 Personen)"),
           ("Date", m.date),
           ("Message-ID", "<b2d70c4e-1f8a-4e39-a65b-3c9e0f7d2a81@gesundheitslotsinnen-vest.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.10.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Terhorst,

hiermit melde ich mich mit vier unserer Gesundheitslotsinnen zum Fachtag
Migration und Gesundheit an (insgesamt also 5 Personen). Unsere
Lotsinnen kommen aus Syrien, Guinea, dem Irak und Marokko und begleiten
Familien zu Ärzten, Apotheken und Beratungsstellen.

Erstwunsch: Workshop 4 (Gesundheitskompetenz)
Zweitwunsch: Workshop 1

Die Namen der Lotsinnen schicke ich Ihnen nächste Woche.

Mit freundlichen Grüßen
Houda Jaziri
Projektkoordination
Gesundheitslotsinnen Vest
Kemnastraße 9, 45657 Recklinghausen
""", charset="iso-8859-1", cte="8bit")


# -- 026 ---------------------------------------------------------------------
# Change in English: Workshop 4 -> Workshop 2 and a colleague joins (1 -> 2).
# Outlook multipart/alternative UTF-8 QP with the English From:/Sent:/To:/
# Subject: block above the quoted confirmation (which names WS 4).

BOATENG_TEXT = """Hello,

could you please move me from Workshop 4 to Workshop 2 (trauma)? Also, my colleague Dr. Efua Mensah from our department would like to join me, so we will be 2 persons.

Many thanks,
Emmanuel Boateng
Assistenzarzt, Klinik für Innere Medizin
Klinikum Westerholt"""


@mail("boateng-change-english-outlook-quote", "2027-05-03 11:11:38",
      E("change", "e.boateng@klinikum-westerholt.example", "Emmanuel Boateng",
        "Klinikum Westerholt", ["PSY"], 2, "en"), "en")
def _(m):
    cid = conf_id("20270428104107.9d4f")
    m.head(("From", '"Boateng, Emmanuel" <e.boateng@klinikum-westerholt.example>'),
           ("To", TO_FT),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbuJ7k2m9ZcS3uY4vW1e5RfGAbCdEf"),
           ("Date", m.date),
           ("Message-ID", "<GV1PR10MB6088C3D4E5F6A7B8C9D0E1F2A3B4@GV1PR10MB6088.EURPRD10.PROD.OUTLOOK.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Fachtag Migration und Gesundheit <{FT}>",
             "Wednesday, April 28, 2027 10:41 AM",
             "Boateng, Emmanuel <e.boateng@klinikum-westerholt.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Dr. Boateng", "ARZ", 1))
    m.alternative(outlook_plain(BOATENG_TEXT, quote, EN_LABELS),
                  outlook_html(BOATENG_TEXT, quote, EN_LABELS, charset="utf-8", lang="EN-GB"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 027 ---------------------------------------------------------------------
# Arabic (Egyptian ICU nurse), Yahoo plain UTF-8 base64; "سأحضر مع زميلتين"
# = with two (female) colleagues -> 3, in the dual form; "ورشة العمل الأولى"
# = the first workshop; "9 يونيو" is a date.

@mail("abdelrahman-arabic-icu-nurses", "2027-05-03 19:00:51",
      E("registration", "mona.abdelrahman@ymail.example", "منى عبد الرحمن",
        "Vestisches Klinikum Castrop-Rauxel", ["SPR"], 3, "ar"), "ar")
def _(m):
    m.head(("From", "Mona Abdelrahman <mona.abdelrahman@ymail.example>"),
           ("To", FT),
           ("Subject", "تسجيل في يوم الهجرة والصحة"),
           ("Date", m.date),
           ("Message-ID", "<1290374658.3318205.1777827651908@mail.ymail.example>"),
           ("X-Mailer", "WebService/1.1.23187 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم ورحمة الله وبركاته

أنا منى عبد الرحمن، ممرضة في قسم العناية المركزة في Vestisches Klinikum Castrop-Rauxel.
أريد أن أسجل في يوم "الهجرة والصحة" يوم 9 يونيو، وسأحضر مع زميلتين من القسم (واحدة من المغرب وواحدة من تونس).
نحب أن نشارك في ورشة العمل الأولى عن الترجمة والوساطة اللغوية، لأننا كثيراً ما نترجم للمرضى وأهاليهم في القسم بدون أي تدريب.

شكراً لكم
منى عبد الرحمن
ممرضة عناية مركزة
Vestisches Klinikum Castrop-Rauxel
""", charset="utf-8", cte="base64")


# -- 028 ---------------------------------------------------------------------
# French/German out-of-office from a GP practice without any RFC 3834
# header; only the subject and the text say it is automatic.
# iso-8859-1 QP, Q-encoded subject.

@mail("balde-french-out-of-office-no-header", "2027-05-04 08:20:05",
      E("auto_reply"), "fr")
def _(m):
    cid = conf_id("20270504082001.1f6b")
    m.head(("From", addr("Dr Mamadou Baldé", "m.balde@praxis-balde.example", "iso-8859-1")),
           ("To", FT),
           ("Subject", ew("Réponse automatique : " + CONFIRMATION_SUBJECT, "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<autorep.20270504082005.31c7@praxis-balde.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    m.single("""Bonjour,

Je suis absent du cabinet du 3 au 14 mai 2027 (congés). Votre message ne
sera pas transféré. Pour toute urgence, merci de contacter le cabinet au
02362 98 77 10.

Guten Tag,

ich bin vom 3. bis 14. Mai 2027 nicht in der Praxis. Ihre Nachricht wird
nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an die
Praxis unter 02362 98 77 10.

Dr Mamadou Baldé
Hausarztpraxis Baldé, Dorsten
""", charset="iso-8859-1", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Cancellation (German, senior physician): Outlook plain text, windows-1252
# QP, "-----Ursprüngliche Nachricht-----" above the quoted confirmation.

@mail("saleh-cancel-outlook-plain", "2027-05-04 14:50:27",
      E("cancellation", "hatem.saleh@marien-klinik-herten.example", "Hatem Saleh",
        "Marien-Klinik Herten-Disteln", [], None, "de"), "de")
def _(m):
    cid = conf_id("20270415113207.6a0c")
    m.head(("From", '"Saleh, Hatem" <hatem.saleh@marien-klinik-herten.example>'),
           ("To", TO_FT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbrf3k9J2xWm0n6kO1pL9qZ4rT7wAHt2Kq"),
           ("Date", m.date),
           ("Message-ID", "<BE1P281MB2207D4E5F6A7B8C9D0E1F2A3B4C5@BE1P281MB2207.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

leider muss ich meine Anmeldung zum Fachtag am 9. Juni zurückziehen. Durch eine kurzfristige Änderung im Dienstplan habe ich an diesem Tag Dienst in der Notaufnahme.

Ich bedauere das sehr und würde mich freuen, beim nächsten Fachtag dabei zu sein.

Mit freundlichen Grüßen
Dr. Hatem Saleh
Oberarzt Zentrale Notaufnahme
Marien-Klinik Herten-Disteln

-----Ursprüngliche Nachricht-----
Von: Fachtag Migration und Gesundheit <{FT}>
Gesendet: Donnerstag, 15. April 2027 11:32
An: Saleh, Hatem <hatem.saleh@marien-klinik-herten.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Herr Dr. Saleh", "PSY", 1)}
""", charset="windows-1252", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# French (Togolese nurse), HTML only from a webmailer, UTF-8 base64; two
# workshops without preference ("n°1 et n°3 ... peu importe lequel"): labelled
# in the order written.  "Klinik am Ostpark" is named inside the French text.

AGBODJAN_TEXT = """Bonjour Madame, Monsieur,

Je m'appelle Kossi Agbodjan, je suis infirmier au service des urgences de la Klinik am Ostpark à Herten. Je suis originaire du Togo.
Je voudrais m'inscrire pour le Fachtag du 9 juin. Les ateliers n°1 et n°3 m'intéressent tous les deux, peu importe lequel.

Merci et bonne journée
Kossi Agbodjan"""


@mail("agbodjan-french-html-only-no-preference", "2027-05-05 10:00:44",
      E("registration", "kossi.agbodjan@orange-mail.example", "Kossi Agbodjan",
        "Klinik am Ostpark", ["SPR", "PFL"], 1, "fr"), "fr")
def _(m):
    m.head(("From", "kossi.agbodjan <kossi.agbodjan@orange-mail.example>"),
           ("To", FT),
           ("Subject", "inscription"),
           ("Date", m.date),
           ("Message-ID", "<1943522871.81734.1777968044512.JavaMail.open-xchange@opme11oxm31.orange-mail.example>"),
           ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62"),
           ("MIME-Version", "1.0"))
    m.single(div_html(AGBODJAN_TEXT, "font-family: arial,helvetica,sans-serif; font-size: 10pt;"),
             subtype="html", charset="utf-8", cte="base64")


# -- 031 ---------------------------------------------------------------------
# English (Egyptian health mediator), Gmail multipart/alternative; "first
# choice would be Workshop 1 ...; if that one is full, Workshop 2".  The
# running text says "Caritas in Gladbeck"; the signature gives the full name.

FAROUK_TEXT = """Hello Ms Terhorst,

I'm a health mediator (Gesundheitsmediatorin) with Caritas in Gladbeck, originally from Egypt, and I'd like to register for the Fachtag on 9 June.
My first choice would be Workshop 1 (language mediation and interpreting); if that one is full, Workshop 2.

Best regards,
Mariam Farouk
Gesundheitsmediatorin
Caritas-Migrationsdienst Gladbeck"""


@mail("farouk-english-first-second-choice", "2027-05-06 09:15:12",
      E("registration", "mariam.farouk@mail.example", "Mariam Farouk",
        "Caritas-Migrationsdienst Gladbeck", ["SPR", "PSY"], 1, "en"), "en")
def _(m):
    m.head(("From", "Mariam Farouk <mariam.farouk@mail.example>"),
           ("To", FT),
           ("Subject", "Registration for the Fachtag"),
           ("Date", m.date),
           ("Message-ID", "<CAB1zV8qT3wY6nR9mK2bZ5sXd0fH4gJ7cE3aU6oN9iB1vQ4xRtk@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(FAROUK_TEXT, gmail_html(FAROUK_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 032 ---------------------------------------------------------------------
# Question in French (Moroccan GP): language of the workshops, registering
# the whole practice team later.  "Avant de m'inscrire"; windows-1252 8bit
# with typographic apostrophes.

@mail("alaoui-question-french-team", "2027-05-07 17:30:36",
      E("question", "dr.alaoui@praxis-alaoui-brandt.example", "Youssef Alaoui",
        "Gemeinschaftspraxis Alaoui & Brandt", [], None, "fr"), "fr")
def _(m):
    m.head(("From", addr("Dr Youssef Alaoui", "dr.alaoui@praxis-alaoui-brandt.example")),
           ("To", FT),
           ("Subject", "Questions sur le Fachtag du 9 juin"),
           ("Date", m.date),
           ("Message-ID", "<000c01dbbf52$3a4b5c60$af0e1d20$@praxis-alaoui-brandt.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "fr"),
           ("MIME-Version", "1.0"))
    m.single("""Bonjour,

Je suis médecin généraliste à Gladbeck et une grande partie de mes patients vient du Maroc et d’Algérie. Votre Fachtag m’intéresse beaucoup.

Avant de m’inscrire, j’aurais deux questions :
- les ateliers se déroulent-ils uniquement en allemand ?
- est-il possible d’inscrire plus tard toute l’équipe du cabinet (deux médecins et trois assistantes médicales), ou le nombre de places est-il limité par structure ?

Merci d’avance pour votre réponse.

Cordialement
Dr Youssef Alaoui
Médecin généraliste
Gemeinschaftspraxis Alaoui & Brandt
Horster Straße 40, 45964 Gladbeck
""", charset="windows-1252", cte="8bit")


# -- 033 ---------------------------------------------------------------------
# Arabic (Iraqi community association), Thunderbird plain windows-1256 8bit;
# "سنحضر ثلاثة أشخاص" = we come three persons, then enumerated; workshop
# by topic plus the German title in brackets.  "رئيس" (chairman) is on its
# own line above the association.

@mail("almousawi-arabic-windows-1256-association", "2027-05-10 08:05:09",
      E("registration", "h.almousawi@iraqi-community-re.example", "حسين الموسوي",
        "جمعية الجالية العراقية في ريكلينغهاوزن", ["PFL"], 3, "ar"), "ar")
def _(m):
    m.head(("From", addr("حسين الموسوي", "h.almousawi@iraqi-community-re.example", "windows-1256", "b")),
           ("To", FT),
           ("Subject", ew("تسجيل جمعية الجالية العراقية – Fachtag 9.6.", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<6c2e9a17-3b84-4f05-9d71-e8a0c4b2f639@iraqi-community-re.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "ar"),
           ("MIME-Version", "1.0"))
    m.single("""بسم الله الرحمن الرحيم

الإخوة في مركز الاندماج في دائرة ريكلينغهاوزن المحترمون،

تحية طيبة،
يسرّنا أن نسجّل مشاركتنا في اليوم المهني للهجرة والصحة. سنحضر ثلاثة أشخاص من الجمعية: أنا ونائب الرئيس والمسؤولة عن شؤون كبار السن.
اختيارنا هو ورشة العمل الخاصة برعاية كبار السن (Kultursensible Pflege)، لأن عدداً من كبار السن في جاليتنا يحتاجون اليوم إلى رعاية منزلية، والعائلات لا تعرف الخدمات المتوفرة.

مع التقدير
حسين الموسوي
رئيس
جمعية الجالية العراقية في ريكلينغهاوزن
""", charset="windows-1256", cte="8bit")


# -- 034 ---------------------------------------------------------------------
# Change in German from an iPhone: workshop 3 -> 4 and 2 -> 3 persons
# ("wir sind jetzt zu dritt"); iOS attribution and '>' quote of the
# confirmation (which names WS 3 and 2 persons).

@mail("benali-change-iphone-workshop-and-size", "2027-05-10 12:40:22",
      E("change", "r.benali@pflegedienst-atlas.example", "Rachid Benali",
        "Pflegedienst Atlas GmbH", ["ARZ"], 3, "de"), "de")
def _(m):
    cid = conf_id("20270422140711.0e5b")
    m.head(("From", "Rachid Benali <r.benali@pflegedienst-atlas.example>"),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-Id", "<9D4F2B61-0A3C-4E87-B5D2-6C1E8F0A7B39@pflegedienst-atlas.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("To", TO_FT),
           ("X-Mailer", "iPhone Mail (22E252)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.single(f"""Hallo Frau Terhorst,

wir möchten bitte wechseln: statt Workshop 3 lieber Workshop 4 (Arzneimittel). Und wir sind jetzt zu dritt, unsere neue Kollegin Frau Zahra Mokhtari kommt auch mit.

Danke!
Rachid Benali
Pflegedienst Atlas GmbH

Von meinem iPhone gesendet

> Am 22.04.2027 um 14:07 schrieb Fachtag Migration und Gesundheit <{FT}>:
> 
{gt_quote(confirmation("Herr Benali", "PFL", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Exim bounce as plain text (no multipart/report): the remote host accepted
# the confirmation, then gave up on a full mailbox; X-Failed-Recipients
# names the address; the whole returned message follows as text.

BENYAHIA = "aicha.benyahia@mailbox-afrique.example"


def _benyahia_copy():
    original = confirmation_message(
        f"Aïcha Benyahia <{BENYAHIA}>", "Frau Benyahia", "ARZ", 1,
        "Fri, 07 May 2027 10:12:31 +0200", conf_id("20270507101231.8c3e"),
        "<CAL3mQ7vT0wX4yB1nZ8cR5sL2aD9fG6hJ3kP0oI7uE4yT1qWr8b@mail.gmail.example>")
    text = original.as_string(policy=POLICY)
    assert text.isascii()
    return ("Return-path: <" + FT + ">\n"
            "Received: from mail.kreis-recklinghausen.example ([198.51.100.20])\n"
            "\tby mx.mailbox-afrique.example with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
            "\t(Exim 4.97)\n"
            "\t(envelope-from <" + FT + ">)\n"
            "\tid 1s4Tq2-0007Lb-1P\n"
            "\tfor " + BENYAHIA + ";\n"
            "\tFri, 07 May 2027 08:12:34 +0000\n" + text)


@mail("exim-bounce-mailbox-full-plain", "2027-05-11 06:12:40",
      E("bounce", bounced=BENYAHIA), "en", tz=0)
def _(m):
    m.head(("From", "Mail Delivery System <Mailer-Daemon@mx.mailbox-afrique.example>"),
           ("To", FT),
           ("Subject", "Mail delivery failed: returning message to sender"),
           ("Date", m.date),
           ("Message-Id", "<E1s5Ab2-0009Xy-3Q@mx.mailbox-afrique.example>"),
           ("X-Failed-Recipients", BENYAHIA),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="")
    m.single(f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {BENYAHIA}
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

{_benyahia_copy()}""", charset="us-ascii", cte="7bit")


# -- 036 ---------------------------------------------------------------------
# Cancellation in French, Gmail reply (multipart/alternative) with the French
# attribution line and the quoted confirmation in a blockquote.

SY_TEXT = """Bonjour,

Je suis au regret de devoir annuler ma participation au Fachtag du 9 juin : notre association organise finalement une journée de dépistage le même jour à Dortmund.
Merci de libérer ma place pour quelqu'un d'autre, et bonne continuation pour l'organisation.

Bien cordialement,
Khadidiatou Sy
Coordinatrice santé
Association des Femmes Sénégalaises de la Ruhr"""


@mail("sy-cancel-french-gmail-reply", "2027-05-12 15:00:17",
      E("cancellation", "khadidiatou.sy@afsr-ruhr.example", "Khadidiatou Sy",
        "Association des Femmes Sénégalaises de la Ruhr", [], None, "fr"), "fr")
def _(m):
    cid = conf_id("20270420160209.3d7a")
    m.head(("From", "Khadidiatou Sy <khadidiatou.sy@afsr-ruhr.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAG8mW1qZ4tY7nR0bK3vC6xL9aS2dF5gJ8hK1lP4oI7uY0tR3eA@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    attribution = (f"Le mar. 20 avr. 2027 à 16:02, Fachtag Migration und Gesundheit <{FT}> a écrit :")
    quoted = confirmation("Frau Sy", "ARZ", 1)
    m.alternative(gmail_reply_plain(SY_TEXT, attribution, quoted),
                  gmail_reply_html(SY_TEXT, attribution, quoted),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 037 ---------------------------------------------------------------------
# German (Senegalese ward manager), Outlook multipart/alternative UTF-8 QP;
# registration plus a question about CPD points; "Station 4B" and the
# street number are not workshops; department line above the hospital.

FALL_TEXT = """Sehr geehrte Frau Terhorst,

hiermit melde ich mich zum Fachtag Migration und Gesundheit am 9. Juni an. Ich arbeite als Stationsleitung in der Geriatrie und möchte gern am Workshop 3 teilnehmen.

Eine Frage noch: Erhalten auch Pflegekräfte eine Teilnahmebescheinigung für die Fortbildungspunkte (Registrierung beruflich Pflegender)?

Mit freundlichen Grüßen

Ousmane Fall
Gesundheits- und Krankenpfleger
Stationsleitung Station 4B – Klinik für Geriatrie
Antonius-Hospital Marl
Lipper Weg 11 · 45770 Marl"""


@mail("fall-german-registration-plus-question", "2027-05-14 10:20:33",
      E("registration", "o.fall@antonius-marl.example", "Ousmane Fall",
        "Antonius-Hospital Marl", ["PFL"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Fall, Ousmane" <o.fall@antonius-marl.example>'),
           ("To", TO_FT),
           ("Subject", "Anmeldung Fachtag 09.06.2027"),
           ("Thread-Topic", "Anmeldung Fachtag 09.06.2027"),
           ("Thread-Index", "AdvEc7Xk2P0mQ9ZcS1uY8vW3e5RfGD=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB2766E5F6A7B8C9D0E1F2A3B4C5D6@FR3P281MB2766.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(FALL_TEXT), outlook_html(FALL_TEXT, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 038 ---------------------------------------------------------------------
# Question in Arabic (volunteer in a parents' self-help group): may
# volunteers attend, may she bring her baby?  "إذا كان ذلك ممكناً سأسجل أنا
# وزميلتي" = if so, I will register with my colleague -> a question.
# Gmail plain UTF-8 base64.

@mail("darwish-question-arabic-volunteer", "2027-05-17 09:45:08",
      E("question", "yasmin.darwish@mail.example", "ياسمين درويش",
        "مجموعة المساعدة الذاتية لأهالي الأطفال ذوي الإعاقة", [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Yasmin Darwish <yasmin.darwish@mail.example>"),
           ("To", FT),
           ("Subject", "سؤال عن اليوم المهني"),
           ("Date", m.date),
           ("Message-ID", "<CAN6yR4qW9tZ2xB5mL8vC1xK4aS7dF0gJ3hK6lP9oI2uY5tR8eM@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""مرحبا،

اسمي ياسمين درويش، وأعمل متطوعة في مجموعة المساعدة الذاتية لأهالي الأطفال ذوي الإعاقة.
قرأت عن اليوم المهني على فيسبوك، وعندي سؤالان قبل أن أسجل:
1- هل المشاركة مسموحة للمتطوعين، وليس فقط للأطباء والممرضين؟
2- هل يمكن أن آتي مع ابني الرضيع (عمره 4 أشهر)؟

إذا كان ذلك ممكناً سأسجل أنا وزميلتي.

شكراً
ياسمين درويش
""", charset="utf-8", cte="base64")


# -- 039 ---------------------------------------------------------------------
# Change in Arabic (Syrian social worker): workshop 3 -> 2, "عدد الأشخاص يبقى
# كما هو" = the number stays.  Gmail reply with an Arabic attribution line,
# multipart/alternative RTL, UTF-8 base64.

KHATIB_TEXT = """مرحباً،

أرجو نقلي من ورشة العمل الثالثة إلى ورشة العمل الثانية (الصحة النفسية والصدمات)، فقد تبيّن لي أن موضوعها أقرب إلى عملي في الإرشاد الاجتماعي للاجئين.
عدد الأشخاص يبقى كما هو.

شكراً جزيلاً
رزان الخطيب
Flüchtlingsberatung der Diakonie Gladbeck"""


@mail("alkhatib-change-arabic-gmail-reply", "2027-05-18 13:10:41",
      E("change", "razan.alkhatib@diakonie-gladbeck.example", "رزان الخطيب",
        "Flüchtlingsberatung der Diakonie Gladbeck", ["PSY"], None, "ar"), "ar")
def _(m):
    cid = conf_id("20270421151205.4f9b")
    m.head(("From", "Razan Alkhatib <razan.alkhatib@diakonie-gladbeck.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAE2vT5qK8nW1xR4mB7cZ0sYd3fH6gJ9cE1aU4oN7iB2vQ5xRtp@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    attribution = (f"في الأربعاء، 21 أبريل 2027 في 3:12 م، كتب Fachtag Migration und Gesundheit <{FT}>:")
    quoted = confirmation("Frau Alkhatib", "PFL", 1)
    m.alternative(gmail_reply_plain(KHATIB_TEXT, attribution, quoted),
                  gmail_reply_html(KHATIB_TEXT, attribution, quoted, rtl=True),
                  charset="utf-8", cte="base64", style="gmail")


# -- 040 ---------------------------------------------------------------------
# Cancellation in English from Outlook for iOS: short text, "Get Outlook for
# iOS", a line of underscores and an English header block above the quote.

@mail("nnamdi-cancel-outlook-ios", "2027-05-19 16:25:19",
      E("cancellation", "adaeze.nnamdi@outlook-mail.example", "Adaeze Nnamdi",
        None, [], None, "en"), "en")
def _(m):
    cid = conf_id("20270430141844.7b2d")
    m.head(("From", "Adaeze Nnamdi <adaeze.nnamdi@outlook-mail.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<AS8PR05MB9127F6A7B8C9D0E1F2A3B4C5D6E7@AS8PR05MB9127.eurprd05.prod.outlook.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-MS-Exchange-Organization-SCL", "1"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hi,

Sorry, I have to cancel my registration for 9 June. We are short-staffed that week and I can't get the day off.
Hopefully next time!

Best,
Adaeze Nnamdi

Get Outlook for iOS
________________________________
From: Fachtag Migration und Gesundheit <{FT}>
Sent: Friday, April 30, 2027 2:18:44 PM
To: Adaeze Nnamdi <adaeze.nnamdi@outlook-mail.example>
Subject: {CONFIRMATION_SUBJECT}

{confirmation("Frau Nnamdi", "SPR", 1)}
""", charset="utf-8", cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# Newsletter (other) of the county's self-help contact office: describes the
# Fachtag, its workshops and how to register, plus other items.

KISS_TEXT = """Selbsthilfe-Kontaktstelle Kreis Recklinghausen – Newsletter Mai 2027

Liebe Selbsthilfe-Aktive,

in dieser Ausgabe:
1. Fachtag Migration und Gesundheit am 9. Juni
2. Neue Gruppe: Pflegende Angehörige (arabischsprachig) in Marl
3. Selbsthilfetag am 4. September auf dem Rathausplatz

1. Fachtag Migration und Gesundheit am 9. Juni
Das Kommunale Integrationszentrum lädt ins Kreishaus ein. In vier Workshops geht es um Sprachmittlung, psychische Gesundheit und Trauma, kultursensible Pflege sowie Arzneimittel und Prävention. Selbsthilfegruppen sind ausdrücklich willkommen! Anmeldung bis 28. Mai per E-Mail an fachtag-gesundheit@kreis-recklinghausen.example.

2. Neue Gruppe: Pflegende Angehörige (arabischsprachig)
Ab Juni trifft sich jeden zweiten Dienstag um 17 Uhr im Familienzentrum Marl-Hüls eine Gruppe für arabischsprachige pflegende Angehörige. Kontakt über die Kontaktstelle.

3. Selbsthilfetag am 4. September
Gruppen, die sich mit einem Stand beteiligen möchten, melden sich bitte bis 30. Juni bei uns: https://selbsthilfe-kreis-re.example/selbsthilfetag

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
Abmelden: https://selbsthilfe-kreis-re.example/newsletter/abmelden?id=2291
Selbsthilfe-Kontaktstelle Kreis Recklinghausen · 45657 Recklinghausen"""

KISS_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Newsletter Mai 2027</title></head>
<body style="margin:0;background:#f4f4f0;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="20" cellspacing="0" style="background:#ffffff;font-family:Verdana,sans-serif;font-size:14px;color:#222;">
<tr><td style="background:#5a8f29;color:#fff;"><h1 style="margin:0;font-size:20px;">Selbsthilfe-Kontaktstelle Kreis Recklinghausen</h1><p style="margin:4px 0 0;">Newsletter Mai 2027</p></td></tr>
<tr><td>
<p>Liebe Selbsthilfe-Aktive,</p>
<p>in dieser Ausgabe:</p>
<ol><li>Fachtag Migration und Gesundheit am 9. Juni</li><li>Neue Gruppe: Pflegende Angehörige (arabischsprachig) in Marl</li><li>Selbsthilfetag am 4. September auf dem Rathausplatz</li></ol>
<h2 style="font-size:16px;color:#5a8f29;">Fachtag Migration und Gesundheit am 9. Juni</h2>
<p>Das Kommunale Integrationszentrum lädt ins Kreishaus ein. In vier Workshops geht es um Sprachmittlung, psychische Gesundheit und Trauma, kultursensible Pflege sowie Arzneimittel und Prävention. Selbsthilfegruppen sind ausdrücklich willkommen! Anmeldung bis 28. Mai per E-Mail an <a href="mailto:fachtag-gesundheit@kreis-recklinghausen.example">fachtag-gesundheit@kreis-recklinghausen.example</a>.</p>
<h2 style="font-size:16px;color:#5a8f29;">Neue Gruppe: Pflegende Angehörige (arabischsprachig)</h2>
<p>Ab Juni trifft sich jeden zweiten Dienstag um 17 Uhr im Familienzentrum Marl-Hüls eine Gruppe für arabischsprachige pflegende Angehörige. Kontakt über die Kontaktstelle.</p>
<h2 style="font-size:16px;color:#5a8f29;">Selbsthilfetag am 4. September</h2>
<p>Gruppen, die sich mit einem Stand beteiligen möchten, melden sich bitte bis 30. Juni bei uns: <a href="https://selbsthilfe-kreis-re.example/selbsthilfetag">Zur Anmeldung</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777;">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.<br>
<a href="https://selbsthilfe-kreis-re.example/newsletter/abmelden?id=2291">Abmelden</a> · Selbsthilfe-Kontaktstelle Kreis Recklinghausen · 45657 Recklinghausen</td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("selbsthilfe-kontaktstelle-newsletter", "2027-05-21 08:00:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Selbsthilfe-Kontaktstelle Kreis RE <newsletter@selbsthilfe-kreis-re.example>"),
           ("To", FT),
           ("Subject", "Newsletter Mai 2027: Fachtag Migration und Gesundheit, neue Gruppen, Selbsthilfetag"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-05.2291.7e3a9c@selbsthilfe-kreis-re.example>"),
           ("List-Id", "Newsletter Selbsthilfe <newsletter.selbsthilfe-kreis-re.example>"),
           ("List-Unsubscribe", "<https://selbsthilfe-kreis-re.example/newsletter/abmelden?id=2291>"),
           ("Precedence", "bulk"),
           ("X-Mailer", "Listenversand 3.4"),
           ("MIME-Version", "1.0"))
    m.alternative(KISS_TEXT, KISS_HTML, charset="utf-8", cte="quoted-printable")


# -- 042 ---------------------------------------------------------------------
# Cancellation in Tunisian Arabic in Latin letters (Arabizi: 3 = ع, 9 = ق)
# mixed with French; names the booked "Workshop 2", which a cancellation does
# not choose.  Android, UTF-8 QP; replies to the confirmation.

@mail("gharbi-cancel-arabizi-tunisian", "2027-05-25 11:30:46",
      E("cancellation", "wassim.gharbi@elisabeth-dorsten.example", "Wassim Gharbi",
        "Elisabeth-Klinikum Dorsten", [], None, "ar"), "ar-Latn")
def _(m):
    cid = conf_id("20270426100512.2c8f")
    m.head(("From", "Wassim Gharbi <wassim.gharbi@elisabeth-dorsten.example>"),
           ("To", FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<m3k8x1.1779701446.android@elisabeth-dorsten.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    m.single(f"""Aslema,

Sorry barcha, ma najjamch nji nhar 9 juin, 3andi garde f l'sbitar w ma l9itech chkoun ybaddel m3aya.
3aychek annuli l'inscription mte3i (Workshop 2).
Inchallah marra okhra.

Wassim Gharbi
Assistenzarzt – Klinik für Allgemein- und Viszeralchirurgie
Elisabeth-Klinikum Dorsten

-------- Message d'origine --------
De : Fachtag Migration und Gesundheit <{FT}>
Date : 26/04/2027 10:05 (GMT+02:00)
À : wassim.gharbi@elisabeth-dorsten.example
Objet : {CONFIRMATION_SUBJECT}

{confirmation("Herr Dr. Gharbi", "PSY", 1)}
""", charset="utf-8", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# Late registration (after the 28 May deadline) in English: "If there is
# still space, could you please register me"; no workshop choice ("Any
# workshop is fine") -> []; no organisation.  Plain us-ascii.

@mail("nwosu-late-registration-any-workshop", "2027-05-31 09:12:05",
      E("registration", "ifeoma.nwosu@mail.example", "Ifeoma Nwosu",
        None, [], 1, "en"), "en")
def _(m):
    m.head(("From", "Ifeoma Nwosu <ifeoma.nwosu@mail.example>"),
           ("To", FT),
           ("Subject", "Late registration 9 June?"),
           ("Date", m.date),
           ("Message-ID", "<CAD7wS3qY6tB9nK2mV5cR8xL1aZ4dF7gJ0hK3lP6oI9uY2tR5eN@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

I know the registration deadline was last Friday, sorry! If there is
still space, could you please register me for the Fachtag on 9 June?
I'm a final-year medical student from Nigeria doing my practical year
(PJ) in psychiatry here in Recklinghausen.

Any workshop is fine for me, whichever still has places.

Thank you so much,
Ifeoma Nwosu
""", charset="us-ascii", cte="7bit")


# -- 044 ---------------------------------------------------------------------
# Change in French after the deadline: only the party size changes (a
# colleague joins, "Nous serons donc deux, même atelier") -> workgroups [],
# party 2.  Thunderbird reply, UTF-8 8bit format=flowed; the From name is
# an ISO-8859-1 encoded word.

@mail("toure-change-french-party-size", "2027-06-02 18:40:27",
      E("change", "aminata.toure@vita-vest-pflege.example", "Aminata Touré",
        "Ambulanter Pflegedienst Vita Vest", [], 2, "fr"), "fr")
def _(m):
    cid = conf_id("20270423085102.6e1a")
    m.head(("From", addr("Aminata Touré", "aminata.toure@vita-vest-pflege.example", "iso-8859-1")),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<d4a8c2f1-6e39-4b07-8c5d-1f2e3a4b5c6d@vita-vest-pflege.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "fr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Bonjour,

Petite modification pour mon inscription : ma collègue Awa Diabaté, qui
est aussi aide-soignante chez nous, voudrait venir avec moi. Nous serons
donc deux, même atelier.

Merci beaucoup !
Aminata Touré
Aide-soignante
Ambulanter Pflegedienst Vita Vest

Le 23/04/2027 à 08:51, Fachtag Migration und Gesundheit a écrit :
{gt_quote(confirmation("Frau Touré", "PFL", 1))}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def load_config():
    with open(HERE / "config.toml", "rb") as f:
        return tomllib.load(f)


def build_all():
    built = []
    last = None
    for n, (slug, when, tz, expected, text_lang, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when, tz)
        fn(m)
        if last and m.when < last:
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


def mail_text(msg):
    """Decoded headers and text of every part (HTML unescaped), nested ones too."""
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            t = p.get_content()
            chunks.append(html.unescape(t) if p.get_content_subtype() == "html" else t)
    return "\n".join(chunks)


EXAMPLE_DOMAIN = re.compile(r"(^|\.)(example|example\.org|example\.com|example\.net)$", re.I)
PERSON_KINDS = ("registration", "change", "cancellation", "question")
TITLES = re.compile(r"^(dr|pr|prof|mme|mlle|m|mr|mrs|ms|frau|herr|د)\b\.?", re.I)


def check_labels(e, msg, text, text_lang, wg_ids):
    problems = []
    if tuple(e) != FIELDS:
        return ["expected record has wrong keys or key order"]
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"unknown kind {kind}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or len(set(wg)) != len(wg) or not set(wg) <= set(wg_ids):
        problems.append(f"bad workgroups {wg}")
    if kind not in ("registration", "change") and wg:
        problems.append("workgroups only for registration/change")
    ps = e["party_size"]
    if kind == "registration":
        if not (isinstance(ps, int) and ps >= 1):
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if ps is not None and not (isinstance(ps, int) and ps >= 1):
            problems.append("bad party_size for change")
    elif ps is not None:
        problems.append("party_size must be null")
    if kind == "bounce":
        b = e["bounced_recipient"]
        if not b or b != b.lower():
            problems.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient only for bounces")
    if kind in PERSON_KINDS:
        em = e["email"]
        heads = getaddresses([str(msg.get("From", "")), str(msg.get("Reply-To", ""))])
        if not em or em != em.lower():
            problems.append("email must be lower-case")
        elif em not in [a.lower() for _, a in heads] and em not in text.lower():
            problems.append(f"email {em} not in the mail")
        if msg.get("Reply-To") and em != getaddresses([str(msg["Reply-To"])])[0][1].lower():
            problems.append("Reply-To should win")
        if not e["name"] or e["name"] not in text:
            problems.append(f"name {e['name']!r} not written in the mail")
        elif TITLES.match(e["name"]):
            problems.append(f"name {e['name']!r} starts with a title")
        if e["organisation"] is not None and e["organisation"] not in text:
            problems.append(f"organisation {e['organisation']!r} not written in the mail")
        if e["language"] not in LANGS:
            problems.append(f"language {e['language']}")
        elif text_lang.split("-")[0] != e["language"]:
            problems.append("text language tag disagrees with the label")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
    if kind in ("change", "cancellation"):
        if CONFIRMATION_SUBJECT not in str(msg.get("Subject", "")) or not msg.get("In-Reply-To"):
            problems.append("change/cancellation must answer the confirmation")
        if "Angemeldete Personen:" not in text:
            problems.append("change/cancellation must quote the confirmation")
    return problems


def check(name, data, m, expected, text_lang, wg_ids, starts):
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
    if not (datetime.datetime(2027, 4, 1, tzinfo=CEST) <= when < starts):
        problems.append(f"date {when} outside April 2027 .. event start")
    got = [p.get_content() for p in leaves(msg)]
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (g, w) in enumerate(zip(got, want)):
        if g.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
    text = mail_text(msg)
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
        rcpts.append(str(msg.get("X-Failed-Recipients", "")))
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient neither in Final-Recipient nor X-Failed-Recipients")
    problems += check_labels(expected, msg, text, text_lang, wg_ids)
    return problems


def sender_of(data):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    return getaddresses([str(msg["From"])])[0][1].lower()


def stats(built, datas):
    table = collections.defaultdict(collections.Counter)
    for _, _, e, t in built:
        table[e["kind"]][t] += 1
    langs = sorted({t for _, _, _, t in built})
    print("kind          " + " ".join(f"{l:>7}" for l in langs) + "   total")
    for kind in KINDS:
        row = table[kind]
        print(f"{kind:13} " + " ".join(f"{row[l] or '-':>7}" for l in langs)
              + f"   {sum(row.values()):5}")
    total = collections.Counter(t for _, _, _, t in built)
    print(f"{'all':13} " + " ".join(f"{total[l]:>7}" for l in langs) + f"   {len(built):5}")
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

    config = load_config()
    wg_ids = [w["id"] for w in config["workgroups"]]
    starts = config["event"]["starts"].replace(tzinfo=CEST)
    if config["event"]["registration_address"] != FT:
        raise SystemExit("config.toml registration_address differs from FT")

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

    # re-read what is on disk (or what would be written, under --check)
    seen = {}
    for (name, m, e, text_lang), data in zip(built, datas):
        if not args.check:
            data = (mails_dir / name).read_bytes()
        for problem in check(name, data, m, e, text_lang, wg_ids, starts):
            print(f"{name}: {problem}")
            bad += 1
        s = sender_of(data)
        if s in seen:
            print(f"{name}: sender {s} already wrote {seen[s]}")
            bad += 1
        seen[s] = name
    reread = json.loads((HERE / "expected.json").read_text(encoding="utf-8")) \
        if (HERE / "expected.json").exists() else {}
    if reread != expected:
        print("expected.json does not re-read to the labels")
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
