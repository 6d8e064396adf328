#!/usr/bin/env python3
"""Build the "final23i" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Euregio-Treffen der Migranten- und Community-Organisationen 2027,
Altes Kurhaus Aachen, Saturday 16 October 2027, workshops WS1-WS4.
Writers from Germany, the Netherlands and Belgium.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in correct MIME with the standard `email` package, writes the
files, and then reads every file back with email.policy.default to check that it
parses without defects, that each body part decodes to exactly the text written
here, and that the labels are well formed and agree with the mail.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

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
import unicodedata
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

ORG = "euregio-treffen@aachen.example"
ORG_NAME = "Euregio-Treffen 2027"
TO_ORG = f"{ORG_NAME} <{ORG}>"
INVITATION_ID = "<einladung-euregio-2027.20270831091502@aachen.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
WORKGROUPS = ("WS1", "WS2", "WS3", "WS4")
LANGS = ("de", "nl", "fr", "en", "tr", "pl")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset=None, enc="q"):
    """'Name <address>'; a non-ASCII name is encoded in `charset` when given
    (otherwise the policy encodes it as UTF-8 when the header is set)."""
    if charset is None or name.isascii():
        return formataddr((name, address)) if name.isascii() else f"{name} <{address}>"
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text):
    """Quote a text the way Thunderbird/Gmail/Apple do: '> ' before each line."""
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
    return hashlib.sha256(f"final23i/{slug}/{n}".encode()).hexdigest()


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
        self.intended = []          # decoded content of each leaf, in walk order
        self._nboundary = 0

    # -- headers -----------------------------------------------------------
    def head(self, *pairs, envelope=None, received=True):
        """Set trace headers (Return-Path, Delivered-To, Received), then `pairs`
        in the given order.  ASCII values (plain or already RFC 2047-encoded)
        are stored verbatim, folded at spaces when long; values with non-ASCII
        characters go through the policy, which encodes them as UTF-8."""
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", ORG)
        if received:
            frm = dict(pairs)["From"]
            origin = sender or (re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm)
            domain = origin.split("@")[1].lower()
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=3)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=2))))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.aachen.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{ORG}>; {arrival} (CEST)")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

    # -- leaves --------------------------------------------------------------
    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None):
        """A text leaf part (MIMEPart), for use inside a multipart."""
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
        self.intended.append(text)
        return p

    def binary(self, data, maintype, subtype, filename, disposition="attachment"):
        p = MIMEPart(policy=POLICY)
        p.set_content(data, maintype=maintype, subtype=subtype, cte="base64",
                      disposition=disposition, filename=filename)
        self.intended.append(data)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
               params=None):
        """The whole body is one text part."""
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte,
                             params=params)
        for k, v in keep:
            self.msg[k] = v
        self.intended.append(text)

    # -- containers ----------------------------------------------------------
    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_DB9PR04MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.aachen.example"
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

INVITATION_SUBJECT = "Einladung / Uitnodiging / Invitation – Euregio-Treffen 16.10.2027"

INVITATION = """*** Deutsch – Nederlands – Français – English ***

Liebe Vereine, Initiativen und Communities in der Euregio Maas-Rhein,

herzlich laden wir Sie zum Euregio-Treffen der Migranten- und
Community-Organisationen ein.

Datum: Samstag, 16. Oktober 2027, 10:00 bis 16:30 Uhr
Ort: Altes Kurhaus, Komphausbadstraße 19, 52062 Aachen
(ca. 15 Minuten zu Fuß vom Aachen Hbf, 5 Minuten vom Bushof)

Nach dem gemeinsamen Auftakt arbeiten wir in vier Workshops:
WS 1 – Grenzenlos arbeiten: Grenzpendeln, Sozialversicherung und Steuern
WS 2 – Anerkennung von Diplomen und Berufsabschlüssen in DE, NL und BE
WS 3 – Junge Menschen und Ehrenamt in der Euregio
WS 4 – Euregionale Förderprogramme und Vernetzung

Bitte melden Sie sich bis Freitag, 8. Oktober 2027, per E-Mail an
euregio-treffen@aachen.example an: Name, Organisation, Workshop (gern mit
Zweitwunsch) und Zahl der Personen. Im Plenum wird DE/NL/FR gedolmetscht.
Die Teilnahme ist kostenlos.

---

Beste verenigingen, initiatieven en gemeenschappen in de Euregio Maas-Rijn,

graag nodigen wij u uit voor de Euregio-ontmoeting van migranten- en
gemeenschapsorganisaties.

Datum: zaterdag 16 oktober 2027, 10.00 tot 16.30 uur
Plaats: Altes Kurhaus, Komphausbadstraße 19, 52062 Aken

Na de gezamenlijke opening werken we in vier workshops:
WS 1 – Grenzeloos werken: grensarbeid, sociale zekerheid en belastingen
WS 2 – Erkenning van diploma's en beroepskwalificaties in DE, NL en BE
WS 3 – Jongeren en vrijwilligerswerk in de Euregio
WS 4 – Euregionale subsidieprogramma's en netwerken

Aanmelden vóór vrijdag 8 oktober 2027 per e-mail aan
euregio-treffen@aachen.example: naam, organisatie, workshop (graag met een
tweede keuze) en aantal personen.

---

Chères associations, chères initiatives de l'Euregio Meuse-Rhin,

nous avons le plaisir de vous inviter à la Rencontre eurégionale des
associations de migrants et des communautés.

Date : samedi 16 octobre 2027, de 10h00 à 16h30
Lieu : Altes Kurhaus, Komphausbadstraße 19, 52062 Aix-la-Chapelle

Après l'ouverture commune, nous travaillerons en quatre ateliers :
WS 1 – Travailler sans frontières : travail frontalier, sécurité sociale et impôts
WS 2 – Reconnaissance des diplômes et qualifications professionnelles en DE, NL et BE
WS 3 – Les jeunes et le bénévolat dans l'Euregio
WS 4 – Programmes de financement eurégionaux et mise en réseau

Inscription jusqu'au vendredi 8 octobre 2027 par e-mail à
euregio-treffen@aachen.example : nom, organisation, atelier (avec un
deuxième choix si possible) et nombre de personnes.

---

English: Saturday 16 October 2027, 10:00-16:30, Altes Kurhaus, Aachen.
Four workshops: WS 1 cross-border work, WS 2 recognition of qualifications,
WS 3 young people and volunteering, WS 4 Euregional funding and networking.
Please register by 8 October with your name, organisation, workshop and
number of persons.

Mit freundlichen Grüßen / Met vriendelijke groet / Meilleures salutations

Katrin Offermanns
Kommunales Integrationszentrum der StädteRegion Aachen
Zollernstraße 10, 52070 Aachen · Tel. +49 241 5198-2741
in Zusammenarbeit mit Netwerk Nieuwe Burgers Limburg (Hasselt),
Stichting Samen Parkstad (Heerlen) und Plateforme interculturelle de Verviers"""


WS_LINE = {
    "de": {
        "WS1": "WS 1 – Grenzenlos arbeiten: Grenzpendeln, Sozialversicherung und Steuern",
        "WS2": "WS 2 – Anerkennung von Diplomen und Berufsabschlüssen in DE, NL und BE",
        "WS3": "WS 3 – Junge Menschen und Ehrenamt in der Euregio",
        "WS4": "WS 4 – Euregionale Förderprogramme und Vernetzung",
    },
    "nl": {
        "WS1": "WS 1 – Grenzeloos werken: grensarbeid, sociale zekerheid en belastingen",
        "WS2": "WS 2 – Erkenning van diploma's en beroepskwalificaties in DE, NL en BE",
        "WS3": "WS 3 – Jongeren en vrijwilligerswerk in de Euregio",
        "WS4": "WS 4 – Euregionale subsidieprogramma's en netwerken",
    },
    "fr": {
        "WS1": "WS 1 – Travailler sans frontières : travail frontalier, sécurité sociale et impôts",
        "WS2": "WS 2 – Reconnaissance des diplômes et qualifications professionnelles en DE, NL et BE",
        "WS3": "WS 3 – Les jeunes et le bénévolat dans l'Euregio",
        "WS4": "WS 4 – Programmes de financement eurégionaux et mise en réseau",
    },
    "en": {
        "WS1": "WS 1 – Working across borders: commuting, social security and tax",
        "WS2": "WS 2 – Recognition of diplomas and professional qualifications in DE, NL and BE",
        "WS3": "WS 3 – Young people and volunteering in the Euregio",
        "WS4": "WS 4 – Euregional funding programmes and networking",
    },
}

CONF_SUBJECT = {
    "de": "Anmeldung bestätigt: Euregio-Treffen der Migranten- und Community-Organisationen 2027",
    "nl": "Aanmelding bevestigd: Euregio-ontmoeting van migranten- en gemeenschapsorganisaties 2027",
    "fr": "Inscription confirmée : Rencontre eurégionale des associations de migrants et des communautés 2027",
    "en": "Registration confirmed: Euregio Meeting of Migrant and Community Organisations 2027",
}

SIGN_OFF = f"""{ORG_NAME}
Kommunales Integrationszentrum der StädteRegion Aachen"""


def confirmation(lang, salutation, ws, persons):
    """The confirmation mailbot sent, in the registrant's language
    (quoted in replies and returned in bounces)."""
    line = WS_LINE[lang][ws]
    if lang == "de":
        return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Euregio-Treffen der Migranten- und
Community-Organisationen am Samstag, 16. Oktober 2027, 10:00 bis 16:30 Uhr,
im Alten Kurhaus, Komphausbadstraße 19, 52062 Aachen.

Workshop: {line}
Angemeldete Personen: {persons}

Möchten Sie den Workshop wechseln oder absagen? Antworten Sie einfach auf
diese E-Mail.

Mit freundlichen Grüßen
{SIGN_OFF}"""
    if lang == "nl":
        return f"""Beste {salutation},

Hartelijk dank voor uw aanmelding voor de Euregio-ontmoeting van migranten-
en gemeenschapsorganisaties op zaterdag 16 oktober 2027, 10.00 tot 16.30 uur,
in het Altes Kurhaus, Komphausbadstraße 19, 52062 Aken.

Workshop: {line}
Aangemelde personen: {persons}

Wilt u van workshop wisselen of afzeggen? Beantwoord dan gewoon deze e-mail.

Met vriendelijke groet
{SIGN_OFF}"""
    if lang == "fr":
        return f"""Bonjour {salutation},

Merci pour votre inscription à la Rencontre eurégionale des associations de
migrants et des communautés, le samedi 16 octobre 2027 de 10h00 à 16h30,
à l'Altes Kurhaus, Komphausbadstraße 19, 52062 Aix-la-Chapelle.

Atelier : {line}
Personnes inscrites : {persons}

Vous souhaitez changer d'atelier ou annuler ? Répondez simplement à cet e-mail.

Meilleures salutations
{SIGN_OFF}"""
    return f"""Dear {salutation},

Thank you for registering for the Euregio Meeting of Migrant and Community
Organisations on Saturday, 16 October 2027, 10:00 to 16:30, at the
Altes Kurhaus, Komphausbadstraße 19, 52062 Aachen.

Workshop: {line}
Registered persons: {persons}

Would you like to change workshops or cancel? Just reply to this email.

Kind regards
{SIGN_OFF}"""


def confirmation_message(lang, to, salutation, ws, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_ORG
    m["To"] = to
    m["Subject"] = CONF_SUBJECT[lang]
    m["Date"] = when
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(lang, salutation, ws, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


# -- client styles ------------------------------------------------------------

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
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>
<body lang={body_lang} link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""

OUTLOOK_LABELS = {
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "en": ("From", "Sent", "To", "Subject"),
}


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, lang="de", charset="Windows-1252"):
    """Outlook-style HTML for `text`; quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        l_from, l_sent, l_to, l_subj = OUTLOOK_LABELS[lang]
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'>{l_from}:</span></b>"
                   f"<span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'> {esc(von)} <br>\n"
                   f"<b>{l_sent}:</b> {esc(gesendet)}<br>\n"
                   f"<b>{l_to}:</b> {esc(an)}<br>\n"
                   f"<b>{l_subj}:</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    body_lang = {"de": "DE", "nl": "NL", "fr": "FR", "en": "EN-GB"}[lang]
    return (OUTLOOK_HEAD.format(charset=charset, body_lang=body_lang)
            + "\n".join(out) + "\n</div>\n</body>\n</html>\n")


def outlook_plain(text, quote=None, lang="de"):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    l_from, l_sent, l_to, l_subj = OUTLOOK_LABELS[lang]
    return (f"{text}\n\n{l_from}: {von}\n{l_sent}: {gesendet}\n{l_to}: {an}\n"
            f"{l_subj}: {betreff}\n\n{quoted}")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return f"<div dir=\"ltr\">{inner}</div>\n"


def gmail_reply(text, attribution, quoted):
    """(plain, html) of a Gmail reply quoting `quoted` below `attribution`."""
    plain = f"{text}\n\n{attribution}\n\n{gt_quote(quoted)}"
    qlines = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    html_text = (f"<div dir=\"ltr\">{inner}</div><br><div class=\"gmail_quote\">"
                 f"<div dir=\"ltr\" class=\"gmail_attr\">{esc(attribution)}<br></div>"
                 "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
                 "border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
                 f"{qlines}</blockquote></div>\n")
    return plain, html_text


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
# Thunderbird reply quoting the whole four-language invitation with '>' (all
# four workshops appear in the quote); the choice "Workshop 2" and the
# colleague (2 persons) are only in the new text.  UTF-8 8bit, format=flowed.

@mail("demirtas-becker-reply-quoting-invitation", "2027-08-31 11:02:47",
      E("registration", "g.demirtas-becker@dtf-stolberg.example", "Gül Demirtaş-Becker",
        "Deutsch-Türkischer Frauenverein Stolberg e.V.", ["WS2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Gül Demirtaş-Becker <g.demirtas-becker@dtf-stolberg.example>"),
           ("To", TO_ORG),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5b0e7c2d-91a4-4f3e-8c6b-2d7a0f9e1c35@dtf-stolberg.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Offermanns,

vielen Dank für die Einladung, das klingt sehr spannend! Ich melde mich und
meine Kollegin Songül Aras für den Workshop 2 (Anerkennung von Diplomen) an.
In unserer Beratung sitzen ständig Frauen, deren Abschlüsse aus der Türkei
oder aus Syrien hier nicht anerkannt werden. Da hoffen wir auf gute Kontakte
auf der niederländischen und belgischen Seite.

Wir kommen mit dem Auto aus Stolberg.

Herzliche Grüße
Gül Demirtaş-Becker

-- 
Deutsch-Türkischer Frauenverein Stolberg e.V.
Rathausstraße 12 · 52222 Stolberg (Rhld.)
Tel. 02402 / 97 31 58

Am 31.08.27 um 09:15 schrieb Euregio-Treffen 2027:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Dutch (Heerlen), Outlook multipart/alternative, windows-1252 QP.  "met onze
# penningmeester ... in totaal 2 personen"; train time 9.12 uur, Dutch
# postcode "6411 HD" and phone numbers are not choices or counts.

PINAS_TEXT = """Geachte mevrouw Offermanns,

Namens Stichting Surinaamse Gemeenschap Parkstad meld ik mij graag aan voor de Euregio-ontmoeting op 16 oktober in Aken. Ik kom samen met onze penningmeester, mevrouw Sandra Kromodikoro, dus in totaal 2 personen.

Wij hebben allebei interesse in workshop 1 (grensarbeid). Veel van onze leden werken in Duitsland en lopen vast met de belastingaangifte en de zorgverzekering.

We nemen de trein vanuit Heerlen (vertrek 9.12 uur), dus we zijn ruim op tijd.

Met vriendelijke groet,

Rinaldo Pinas
Voorzitter
Stichting Surinaamse Gemeenschap Parkstad
Akerstraat 88, 6411 HD Heerlen
T 045 - 571 22 39 | M 06 - 41 87 23 05"""


@mail("pinas-dutch-outlook", "2027-08-31 14:37:12",
      E("registration", "r.pinas@surinaamse-gemeenschap-parkstad.example", "Rinaldo Pinas",
        "Stichting Surinaamse Gemeenschap Parkstad", ["WS1"], 2, "nl"), "nl", tz=0)
def _(m):
    m.head(("From", '"Pinas, Rinaldo" <r.pinas@surinaamse-gemeenschap-parkstad.example>'),
           ("To", TO_ORG),
           ("Subject", "Aanmelding Euregio-ontmoeting 16 oktober"),
           ("Thread-Topic", "Aanmelding Euregio-ontmoeting 16 oktober"),
           ("Thread-Index", "AdwaE3k9Qm1rT0xYSs6gkZb2VmN4pA=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR04MB8412A7C3E1F20B4D9E6A5C3B7F10@DB9PR04MB8412.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "nl-NL, en-US"),
           ("Content-Language", "nl-NL"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(PINAS_TEXT), outlook_html(PINAS_TEXT, lang="nl"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 003 ---------------------------------------------------------------------
# Belgian French (Liège), plain windows-1252 QP: "Nous serons trois personnes",
# first and second choice as "l'atelier 2" / "l'atelier 4"; ASBL in the
# organisation; a train time "8h16" and "changement à Welkenraedt".

@mail("mbuyi-french-first-second-choice", "2027-09-01 09:12:30",
      E("registration", "mc.mbuyi@femmes-congolaises-liege.example", "Marie-Claire Mbuyi",
        "Association des Femmes Congolaises de Liège ASBL", ["WS2", "WS4"], 3, "fr"), "fr")
def _(m):
    m.head(("From", "Marie-Claire Mbuyi <mc.mbuyi@femmes-congolaises-liege.example>"),
           ("To", ORG),
           ("Subject", "Inscription - Rencontre eurégionale du 16/10"),
           ("Date", m.date),
           ("Message-ID", "<000001dbfb0c$5e2a91c0$1a7fb540$@femmes-congolaises-liege.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "fr-be"),
           ("MIME-Version", "1.0"))
    m.single("""Bonjour Madame Offermanns,

Suite à votre invitation, je souhaite inscrire notre association à la Rencontre eurégionale du samedi 16 octobre à Aix-la-Chapelle.

Nous serons trois personnes : moi-même, notre secrétaire et une jeune bénévole.
Premier choix : l'atelier 2 (reconnaissance des diplômes). Beaucoup de nos membres sont infirmières ou enseignantes diplômées à Kinshasa et n'arrivent pas à faire reconnaître leur diplôme en Belgique.
Deuxième choix : l'atelier 4.

Nous viendrons en train depuis Liège-Guillemins (départ 8h16, changement à Welkenraedt).

Bien à vous,

Marie-Claire Mbuyi
Présidente
Association des Femmes Congolaises de Liège ASBL
Rue Saint-Léonard 214 – 4000 Liège
GSM : +32 477 28 91 40
""", charset="windows-1252", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# English (Maastricht), Gmail multipart/alternative; "just me this time" = 1;
# registration that also asks a question (still a registration).

KRISHNAN_TEXT = """Hi Ms Offermanns,

I'd like to register for the Euregio meeting on 16 October. I'm coming on behalf of the Indian Association Maastricht - just me this time.

Workshop 1 (working across borders) please. Quite a few of our members live in Maastricht and work in Aachen or at Chemelot, and the tax and social security questions come up all the time.

Is there a list of participants beforehand? It would be great to know which associations from Liège are coming.

Thanks and best regards,
Ananya Krishnan
Indian Association Maastricht
+31 6 2874 1190"""


@mail("krishnan-english-gmail", "2027-09-01 20:45:03",
      E("registration", "ananya.krishnan@mail.example", "Ananya Krishnan",
        "Indian Association Maastricht", ["WS1"], 1, "en"), "en")
def _(m):
    m.head(("From", "Ananya Krishnan <ananya.krishnan@mail.example>"),
           ("To", ORG),
           ("Subject", "Registration - Euregio meeting 16 Oct"),
           ("Date", m.date),
           ("Message-ID", "<CAN4xq7Hb2vT0kPzR9wYd3mLfE5sQ8uJ1aKc6gB0nV7rXoWp2Dw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KRISHNAN_TEXT, gmail_html(KRISHNAN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 005 ---------------------------------------------------------------------
# Turkish (Genk, Belgium), iso-8859-9 QP, name and subject RFC 2047 in
# iso-8859-9.  "İki kişi geleceğiz" = we come as two; "gençlik ve gönüllülük
# atölyesi (WS 3)"; "yaklaşık bir saat" is no count.  Organisation ends in vzw.

@mail("yalcin-turkish-genk", "2027-09-02 10:30:55",
      E("registration", "hatice.yalcin@genk-turk-kultur.example", "Hatice Yalçın",
        "Genk Türk Kültür Derneği vzw", ["WS3"], 2, "tr"), "tr")
def _(m):
    m.head(("From", addr("Hatice Yalçın", "hatice.yalcin@genk-turk-kultur.example",
                         "iso-8859-9", "q")),
           ("To", ORG),
           ("Subject", ew("Euregio buluşması kayıt", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270902083055.4b1c7e@webmail.genk-turk-kultur.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba Sayın Offermanns,

16 Ekim'de Aachen'daki Euregio buluşmasına derneğimiz adına kayıt olmak istiyoruz. Daveti Limburg'daki federasyonumuz aracılığıyla aldık.

İki kişi geleceğiz: ben ve gençlik kolu başkanımız Emre Kaplan. Gençlik ve gönüllülük atölyesine (WS 3) katılmak istiyoruz, çünkü gençleri derneğe nasıl bağlayacağımız bizim en büyük sorunumuz.

Genk'ten arabayla geleceğiz, yaklaşık bir saat sürüyor.

Saygılarımla,
Hatice Yalçın
Genk Türk Kültür Derneği vzw
Vennestraat 41, 3600 Genk
Tel: +32 89 35 12 47
""", charset="iso-8859-9", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# German from Eupen (Ostbelgien), a form block with "am liebsten WS 4
# (Förderprogramme), sonst WS 1"; VoG as legal form; Belgian phone numbers;
# bus "Linie 14" and "9:38" are no choices.  Also asks a question.

@mail("rahimi-eupen-form-block", "2027-09-02 16:05:41",
      E("registration", "farid.rahimi@akv-ostbelgien.example", "Farid Rahimi",
        "Afghanischer Kulturverein Ostbelgien VoG", ["WS4", "WS1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Farid Rahimi <farid.rahimi@akv-ostbelgien.example>"),
           ("To", ORG),
           ("Subject", "Anmeldung Euregio-Treffen"),
           ("Date", m.date),
           ("Message-ID", "<e81f40a2-3c6d-4b97-a5e0-7d2c9b1f6a48@akv-ostbelgien.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich möchte mich für das Euregio-Treffen am 16. Oktober anmelden.

Name: Farid Rahimi
Verein: Afghanischer Kulturverein Ostbelgien VoG
Workshop: am liebsten WS 4 (Förderprogramme), sonst WS 1
Personen: 1

Ich komme mit dem Bus Linie 14 aus Eupen, der ist um 9:38 am Bushof. Ist das Kurhaus von dort gut zu Fuß zu erreichen?

Mit freundlichen Grüßen
Farid Rahimi

Afghanischer Kulturverein Ostbelgien VoG
Hookstraße 9, 4700 Eupen
Tel. 087 55 63 21 / GSM 0495 21 77 03
""", charset="utf-8", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Flemish Dutch (Hasselt): "Graag had ik ons ingeschreven", "met ons drieën"
# = 3, "mvg", gsm; the ages "17 en 19 jaar" are not counts; a question about
# minors inside a registration.  Another association ("Netwerk Nieuwe
# Burgers") is named but is not hers.

@mail("el-amrani-flemish-drieen", "2027-09-03 08:48:19",
      E("registration", "nadia.elamrani@mvv-hasselt.example", "Nadia El Amrani",
        "Marokkaanse Vrouwenvereniging Hasselt vzw", ["WS3"], 3, "nl"), "nl")
def _(m):
    m.head(("From", "Nadia El Amrani <nadia.elamrani@mvv-hasselt.example>"),
           ("To", ORG),
           ("Subject", "inschrijving euregio-ontmoeting"),
           ("Date", m.date),
           ("Message-ID", "<1788418099.27734.1611@webmail.mvv-hasselt.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Goeiedag,

Via het Netwerk Nieuwe Burgers kregen we jullie uitnodiging door. Graag had ik ons ingeschreven voor de ontmoeting op zaterdag 16 oktober.

We zouden met ons drieën komen: ikzelf en twee meisjes van onze jongerenwerking (17 en 19 jaar). Ze willen heel graag naar de workshop rond jongeren en vrijwilligerswerk, dus WS 3 voor ons alle drie.

Is het ok dat de ene nog geen 18 is? Ze komt uiteraard onder mijn begeleiding.

Alvast bedankt en tot dan!

Mvg,
Nadia El Amrani
Marokkaanse Vrouwenvereniging Hasselt vzw
Kempische Steenweg 120, 3500 Hasselt
gsm 0486 33 71 52
""", charset="utf-8", cte="8bit")


# -- 008 ---------------------------------------------------------------------
# Question only (accessibility, parking) before registering; a numbered list
# 1./2. that is not a workshop choice.

@mail("tesfamariam-question-accessibility", "2027-09-03 13:20:06",
      E("question", "semhar.t@eritreische-gemeinde-aachen.example", "Semhar Tesfamariam",
        "Eritreische Gemeinde Aachen e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Semhar Tesfamariam <semhar.t@eritreische-gemeinde-aachen.example>"),
           ("To", ORG),
           ("Subject", "Frage Barrierefreiheit Kurhaus"),
           ("Date", m.date),
           ("Message-ID", "<CAF8wTq3nLz0Rb6vYk1mPd9sHe4uJc7gXa2oQf5iN0tBr3WyEmA@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Sehr geehrte Damen und Herren,

wir würden gerne mit mehreren Mitgliedern unserer Gemeinde zum Euregio-Treffen am 16.10. kommen. Eine unserer Vorstandsfrauen sitzt im Rollstuhl. Bevor wir uns anmelden, möchte ich fragen:

1. Ist das Alte Kurhaus barrierefrei, auch die Räume für die Workshops?
2. Gibt es in der Nähe einen Behindertenparkplatz?

Mit dem Bus ginge es auch, aber mit dem Auto wäre es für sie einfacher.

Vielen Dank und freundliche Grüße
Semhar Tesfamariam
Eritreische Gemeinde Aachen e.V.
0241 / 56 38 902"""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 009 ---------------------------------------------------------------------
# Polish (Herzogenrath), windows-1250 QP, name and subject RFC 2047 B in
# windows-1250.  "zgłosić siebie i męża" = me and my husband -> 2;
# "warsztat nr 1 (praca transgraniczna)".  The body names the association in
# the genitive, the signature in the base form (the label).  Also a question.

@mail("wojcik-polish-herzogenrath", "2027-09-04 19:11:37",
      E("registration", "agnieszka.wojcik@mail.example", "Agnieszka Wójcik",
        "Polskie Stowarzyszenie Kulturalne „Most” e.V.", ["WS1"], 2, "pl"), "pl")
def _(m):
    m.head(("From", addr("Agnieszka Wójcik", "agnieszka.wojcik@mail.example",
                         "windows-1250", "b")),
           ("To", ORG),
           ("Subject", ew("Zgłoszenie – spotkanie Euregio 16.10", "windows-1250", "b")),
           ("Date", m.date),
           ("Message-ID", "<8f3d2a61-0b7c-4e19-9a54-c2e6f1d08b73@mail.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

chciałabym zgłosić siebie i męża na spotkanie Euregio 16 października w Akwizgranie. Jesteśmy z Polskiego Stowarzyszenia Kulturalnego „Most” w Herzogenrath.

Interesuje nas warsztat nr 1 (praca transgraniczna). Ja pracuję w Holandii, w Kerkrade, a mieszkamy po niemieckiej stronie – mamy ciągle problemy z ubezpieczeniem i podatkami, i wiem, że wielu Polaków w regionie ma to samo.

Czy warsztaty będą tylko po niemiecku? Mąż słabo mówi po niemiecku, ale dobrze po angielsku.

Pozdrawiam serdecznie
Agnieszka Wójcik
Polskie Stowarzyszenie Kulturalne „Most” e.V.
Kleikstraße 34, 52134 Herzogenrath
tel. +49 176 4829 1163
""", charset="windows-1250", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Outlook HTML only (MsoNormal), windows-1252 QP; the workshop only by its
# full title in typographic quotes; "zu zweit"; "1. Vorsitzende", "2028" and
# a legal disclaimer are no choices.

FERREIRA_TEXT = """Sehr geehrte Frau Offermanns,

hiermit melde ich uns verbindlich zum Euregio-Treffen am 16. Oktober 2027 an. Wir kommen zu zweit: ich und unsere Kassiererin, Frau Juliana Santos Brandt.

Wir möchten gerne am Workshop „Euregionale Förderprogramme und Vernetzung“ teilnehmen. Wir planen für 2028 ein Kulturfestival zusammen mit brasilianischen Gruppen aus Maastricht und Lüttich und suchen dafür Fördermöglichkeiten.

Mit freundlichen Grüßen

Ana Lúcia Ferreira-Heinen
1. Vorsitzende
Brasilianischer Kulturverein Aachen e.V.
Jakobstraße 45 · 52064 Aachen
Tel. +49 241 40 12 388

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail."""


@mail("ferreira-heinen-outlook-html-only", "2027-09-06 09:40:22",
      E("registration", "ana.ferreira-heinen@brasil-aachen.example", "Ana Lúcia Ferreira-Heinen",
        "Brasilianischer Kulturverein Aachen e.V.", ["WS4"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Ferreira-Heinen, Ana Lucia" <ana.ferreira-heinen@brasil-aachen.example>'),
           ("To", TO_ORG),
           ("Subject", "Anmeldung Euregio-Treffen - Brasilianischer Kulturverein"),
           ("Thread-Topic", "Anmeldung Euregio-Treffen - Brasilianischer Kulturverein"),
           ("Thread-Index", "AdwfA1c2Zk8rQ0m9Tq2xVb5eWn7yHg=="),
           ("Date", m.date),
           ("Message-ID", "<AM0PR10MB3390F4B2C8D1E6A7903C5D2E8B41@AM0PR10MB3390.eurprd10.prod.outlook.example>"),
           ("Accept-Language", "de-DE, pt-BR"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(FERREIRA_TEXT), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# French with Moroccan Arabic (Darija) words from a phone (Verviers):
# "inchallah", "wallah", "ya rien", "choukran bzaf"; "On sera 4 : moi et 3
# jeunes" = 4; "l'atelier 3 les jeunes et le bénévolat"; ages 18-22 and
# "9h30" are no counts.  No signature block; the organisation is in the text.

@mail("ait-belkacem-darija-french-phone", "2027-09-06 22:17:58",
      E("registration", "youssef.aitbelkacem@mail.example", "Youssef Ait Belkacem",
        "Jeunesse Solidaire Verviers", ["WS3"], 4, "fr"), "fr")
def _(m):
    m.head(("From", "Youssef Ait Belkacem <youssef.aitbelkacem@mail.example>"),
           ("To", ORG),
           ("Subject", "inscription atelier jeunes"),
           ("Date", m.date),
           ("Message-ID", "<A7C1E90B-52D4-4F8E-9B36-1E0D7F2A6C84@mail.example>"),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0"))
    m.single("""Salam alikoum madame,

c'est Youssef de Jeunesse Solidaire Verviers, l'asbl du quartier Hodimont. On veut venir le 16 octobre à Aachen inchallah. On sera 4 : moi et 3 jeunes de l'asbl, ils ont entre 18 et 22 ans. Pour nous c'est l'atelier 3 les jeunes et le bénévolat, wallah c'est exactement notre sujet, les jeunes du quartier ils veulent s'engager mais ya rien pour eux.

On prend le train à Verviers, normalement on arrive vers 9h30 à Aachen Hbf.

Choukran bzaf et à bientôt inchallah
Youssef Ait Belkacem
0489 12 40 77

Envoyé de mon iPhone""", charset="utf-8", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Dutch Exchange out-of-office to our confirmation (auto_reply), with
# Auto-Submitted and X-Auto-Response-Suppress; "14 045" is the municipal
# phone number.

@mail("hoebergen-dutch-out-of-office", "2027-09-07 10:03:31",
      E("auto_reply"), "nl", tz=0)
def _(m):
    m.head(("From", "Willemijn Hoebergen <w.hoebergen@gemeente-kerkrade.example>"),
           ("To", TO_ORG),
           ("Subject", "Automatisch antwoord: " + CONF_SUBJECT["nl"]),
           ("Thread-Topic", CONF_SUBJECT["nl"]),
           ("Date", m.date),
           ("Message-ID", "<4a6e1d0c9b7f42e5a3c8d2b1f0e7a964@EXMBX02.gemeente-kerkrade.example>"),
           ("In-Reply-To", "<mailbot.20270907120327.6d1a@aachen.example>"),
           ("References", "<mailbot.20270907120327.6d1a@aachen.example>"),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "nl-NL"),
           ("MIME-Version", "1.0"))
    text = """Dank voor uw bericht. Ik ben afwezig tot en met maandag 13 september en heb in die periode geen toegang tot mijn e-mail. Uw bericht wordt niet doorgestuurd.

Voor dringende zaken kunt u contact opnemen met het Klant Contact Centrum van de gemeente, telefoon 14 045.

Met vriendelijke groet,
Willemijn Hoebergen
Beleidsmedewerker Integratie
Gemeente Kerkrade"""
    m.alternative(text, outlook_html(text, lang="nl", charset="utf-8"), charset="utf-8",
                  cte="quoted-printable", style="outlook")


# -- 013 ---------------------------------------------------------------------
# Dutch carrying the sentences with German inserted (Vaals): "liebe Frau
# Offermanns", "mein Deutsch ist leider nicht so gut", "de Anerkennung van
# diploma's", "bis dann!" -> nl.  "met twee personen" = 2, "workshop 2".
# An emoji; UTF-8 8bit.

@mail("haidari-dutch-with-german", "2027-09-07 15:26:44",
      E("registration", "mariam.haidari@afghaanse-gemeenschap-limburg.example", "Mariam Haidari",
        "Stichting Afghaanse Gemeenschap Limburg", ["WS2"], 2, "nl"), "nl")
def _(m):
    m.head(("From", "Mariam Haidari <mariam.haidari@afghaanse-gemeenschap-limburg.example>"),
           ("To", ORG),
           ("Subject", "Aanmelding / Anmeldung 16.10."),
           ("Date", m.date),
           ("Message-ID", "<f2c7b804-6d1e-4a3f-b09e-58a1d4c7e2f6@afghaanse-gemeenschap-limburg.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Beste mevrouw Offermanns, liebe Frau Offermanns,

ik schrijf maar in het Nederlands, mein Deutsch ist leider nicht so gut zum Schreiben 🙂

Ik ben Mariam Haidari van de Stichting Afghaanse Gemeenschap Limburg. Ik woon in Vaals en werk in Aken, dus dat hele grensverhaal ken ik goed.

Wij willen graag met twee personen komen naar workshop 2, de Anerkennung van diploma's. Mijn collega is arts uit Kabul en wacht al twee jaar op de erkenning van zijn diploma in Nederland. In Duitsland gaat het misschien sneller?

Tot 16 oktober, bis dann!

Groetjes,
Mariam Haidari
Stichting Afghaanse Gemeenschap Limburg
Maastrichterlaan 27, 6291 EL Vaals
06 - 28 19 74 30
""", charset="utf-8", cte="8bit")


# -- 014 ---------------------------------------------------------------------
# Forward: a migration counsellor forwards a client's registration written in
# learner German and asks to confirm to him.  The attendee is the forwarded
# writer (name, organisation, email he is to be confirmed at); "wir sind 2
# person"; "Workshop Nummer 2 die Anerkennung"; "RE 1 ... um 9:05".

@mail("mertens-forwards-alhamoud-learner-german", "2027-09-08 12:50:09",
      E("registration", "khaled.alhamoud@mail.example", "Khaled Alhamoud",
        "Syrisch-Deutsche Brücke e.V.", ["WS2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Sabine Mertens <s.mertens@migrationsberatung-dueren.example>"),
           ("To", ORG),
           ("Subject", "WG: anmeldung workshop"),
           ("Date", m.date),
           ("Message-ID", "<0b2c01dc20a7$91d4e3f0$b57eabd0$@migrationsberatung-dueren.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Liebe Frau Offermanns,

Herr Alhamoud hat seine Anmeldung versehentlich nur an mich geschickt, ich leite sie Ihnen hiermit weiter. Bitte schicken Sie die Bestätigung direkt an ihn: khaled.alhamoud@mail.example

Viele Grüße
Sabine Mertens
Migrationsberatung für Erwachsene, Düren
Tel. 02421 / 27 98-31

-----Ursprüngliche Nachricht-----
Von: Khaled Alhamoud <khaled.alhamoud@mail.example>
Gesendet: Dienstag, 7. September 2027 21:14
An: Sabine Mertens <s.mertens@migrationsberatung-dueren.example>
Betreff: anmeldung workshop

Hallo Frau Offermanns

ich heiße Khaled Alhamoud ich bin von dem Syrisch-Deutsche Brücke e.V. in Düren. Ich will mich anmelden für Euregio Treffen am 16.10 . wir sind 2 person, ich und mein Freund Abdulrahman.

Wir möchten Workshop Nummer 2 die Anerkennung , ich war Apotheker in Syrien und mein Freund ist Ingeneur und wir warten schon lange für die Anerkennung.

wir kommen mit Zug RE 1 von Düren, um 9:05 ab.

Vielen Dank
Khaled Alhamoud
Tel 0176 23 45 67 81
""", charset="windows-1252", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Change (WS 3 -> WS 1), plain-text Outlook reply quoting the German
# confirmation below "-----Ursprüngliche Nachricht-----"; the quote names
# WS 3 and 2 persons; "Die Personenzahl bleibt bei 2" (no size change).

@mail("papadaki-change-to-ws1", "2027-09-09 09:31:26",
      E("change", "e.papadaki@griechische-gemeinde-aachen.example", "Eleni Papadaki-Schmitz",
        "Griechische Gemeinde Aachen e.V.", ["WS1"], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", "Eleni Papadaki-Schmitz <e.papadaki@griechische-gemeinde-aachen.example>"),
           ("To", TO_ORG),
           ("Subject", "AW: " + CONF_SUBJECT["de"]),
           ("Date", m.date),
           ("Message-ID", "<000c01dc211f$2a0e6b90$7e2b42b0$@griechische-gemeinde-aachen.example>"),
           ("In-Reply-To", "<mailbot.20270907164802.3c1e@aachen.example>"),
           ("References", "<mailbot.20270907164802.3c1e@aachen.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Morgen,

ich habe mich bei der Anmeldung vertan: wir wollten eigentlich nicht in den Jugend-Workshop, sondern in WS 1 (Grenzpendeln). Könnten Sie uns beide bitte umtragen? Die Personenzahl bleibt bei 2.

Danke und viele Grüße
Eleni Papadaki-Schmitz
Griechische Gemeinde Aachen e.V.

-----Ursprüngliche Nachricht-----
Von: {TO_ORG}
Gesendet: Dienstag, 7. September 2027 16:48
An: Eleni Papadaki-Schmitz <e.papadaki@griechische-gemeinde-aachen.example>
Betreff: {CONF_SUBJECT["de"]}

{confirmation("de", "Frau Papadaki-Schmitz", "WS3", 2)}
""", charset="windows-1252", cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# English (Liège), plain US-ASCII 7bit; "register two persons", first choice
# "workshop 4", fallback "workshop 2"; the organisation only in the
# signature; "16th" is a date.

@mail("owusu-english-liege", "2027-09-09 17:44:50",
      E("registration", "k.owusu@ghana-union-liege.example", "Kwabena Owusu",
        "Ghana Union Liege ASBL", ["WS4", "WS2"], 2, "en"), "en")
def _(m):
    m.head(("From", "Kwabena Owusu <k.owusu@ghana-union-liege.example>"),
           ("To", ORG),
           ("Subject", "Registration Euregio meeting"),
           ("Date", m.date),
           ("Message-ID", "<000701dc2161$7b0c33e0$71249ba0$@ghana-union-liege.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""Dear Organisers,

Greetings from Liege. Please register two persons from our association for the meeting on Saturday 16th October: myself and our secretary, Mrs. Comfort Asante.

Our first choice is workshop 4 (funding and networking). If that one is full, workshop 2 is also fine.

We will come by car. Is there parking near the venue?

Best regards,
Kwabena Owusu
Chairman
Ghana Union Liege ASBL
Tel: +32 465 18 22 07
""", charset="us-ascii", cte="7bit")


# -- 017 ---------------------------------------------------------------------
# The same registration written twice, first in French, then in Dutch (Visé,
# near the language border); Gmail alternative.  language = the first version
# (fr).  "deux personnes" / "twee personen" = 2; "l'atelier 2" / "workshop 2".

BOUZID_TEXT = """Bonjour,

Nous souhaitons participer à la rencontre du 16 octobre avec deux personnes (Latifa Bouzid et Hassan Zerrouki). Nous choisissons l'atelier 2 sur la reconnaissance des diplômes.

Goedendag,

Wij willen graag met twee personen deelnemen aan de ontmoeting van 16 oktober (Latifa Bouzid en Hassan Zerrouki). Wij kiezen voor workshop 2 over de erkenning van diploma's.

Merci / Bedankt,
Latifa Bouzid
Al Amal asbl
Rue de la Station 18, 4600 Visé
04 379 52 16"""


@mail("bouzid-french-then-dutch", "2027-09-10 11:15:37",
      E("registration", "latifa.bouzid@alamal-vise.example", "Latifa Bouzid",
        "Al Amal asbl", ["WS2"], 2, "fr"), "fr")
def _(m):
    m.head(("From", "Latifa Bouzid <latifa.bouzid@alamal-vise.example>"),
           ("To", ORG),
           ("Subject", "Inscription / Inschrijving 16/10"),
           ("Date", m.date),
           ("Message-ID", "<CAJr5Lk0bW3mVq8sTn2zYe7hGd1pXc9fRa4uKo6iM2tNw8EyBvQ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(BOUZID_TEXT, gmail_html(BOUZID_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 018 ---------------------------------------------------------------------
# German, Gmail alternative, "Erstwunsch: WS 3 ... Zweitwunsch: WS 4",
# "zu dritt" = 3; the body has the organisation in the dative ("vom
# Kurdischen ..."), the signature the base form; "(Jugendreferentin)".

KAYA_TEXT = """Hallo liebes Orga-Team,

wir vom Kurdischen Gesellschaftszentrum Aachen möchten gerne zu dritt am Euregio-Treffen teilnehmen.

Erstwunsch: WS 3 – Junge Menschen und Ehrenamt
Zweitwunsch: WS 4 – Förderprogramme

Wir haben eine sehr aktive Jugendgruppe und würden gern Kontakte zu kurdischen Vereinen in Maastricht und Lüttich knüpfen.

Liebe Grüße
Rojda Kaya
(Jugendreferentin)
Kurdisches Gesellschaftszentrum Aachen e.V.
Adalbertsteinweg 123, 52070 Aachen"""


@mail("kaya-first-second-wish", "2027-09-13 08:22:15",
      E("registration", "rojda.kaya@kgz-aachen.example", "Rojda Kaya",
        "Kurdisches Gesellschaftszentrum Aachen e.V.", ["WS3", "WS4"], 3, "de"), "de")
def _(m):
    m.head(("From", "Rojda Kaya <rojda.kaya@kgz-aachen.example>"),
           ("To", ORG),
           ("Subject", "Anmeldung zum Euregio-Treffen"),
           ("Date", m.date),
           ("Message-ID", "<CAH2pVn7wXq4Zr0tLb8mKd5sJe1yGc3fUa9oTi6hR4vBn2WxDkE@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KAYA_TEXT, gmail_html(KAYA_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 019 ---------------------------------------------------------------------
# Postfix bounce (multipart/report) for a Dutch confirmation sent to a
# mistyped domain ("heerlne"); the returned confirmation names WS 1, 1 person.

@mail("postfix-bounce-domain-typo", "2027-09-13 08:23:04",
      E("bounce", bounced="a.haddou@marokkaanse-vereniging-heerlne.example"), "en")
def _(m):
    rcpt = "a.haddou@marokkaanse-vereniging-heerlne.example"
    m.head(("From", "MAILER-DAEMON@mail.aachen.example (Mail Delivery System)"),
           ("To", ORG),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270913062304.9C4E21A0B7@mail.aachen.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.aachen.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: Host or domain name not found.
    Name service error for name=marokkaanse-vereniging-heerlne.example type=A:
    Host not found
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.aachen.example"),
         ("X-Postfix-Queue-ID", "9C4E21A0B7"),
         ("X-Postfix-Sender", f"rfc822; {ORG}"),
         ("Arrival-Date", "Mon, 13 Sep 2027 08:23:01 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.4.4"),
         ("Diagnostic-Code", "X-Postfix; Host or domain name not found. Name service error\n"
                             "    for name=marokkaanse-vereniging-heerlne.example type=A: Host not found")])
    original = confirmation_message(
        "nl", f"Abdelhak Haddou <{rcpt}>", "heer Haddou", "WS1", 1,
        "Mon, 13 Sep 2027 08:23:00 +0200", "<mailbot.20270913082300.71b4@aachen.example>",
        "<d94e1b27-3a0f-4c68-8e25-6f1b0c7d2a93@mail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 020 ---------------------------------------------------------------------
# Turkish carrying the sentences with German association words ("Vorstand'dan",
# "Elternvertreter", "Workshop 2'ye (Anerkennung von Diplomen)",
# "Berufsanerkennung") -> tr.  "3 kişi olacağız" = 3.  iPhone, UTF-8 base64.

@mail("gunes-turkish-with-german-iphone", "2027-09-14 19:05:42",
      E("registration", "orhan.gunes@tvb-aachen.example", "Orhan Güneş",
        "Aachen Türk Veliler Birliği e.V.", ["WS2"], 3, "tr"), "tr")
def _(m):
    m.head(("From", "Orhan Güneş <orhan.gunes@tvb-aachen.example>"),
           ("To", ORG),
           ("Subject", "Kayıt / Anmeldung Euregio"),
           ("Date", m.date),
           ("Message-ID", "<3E9B0C47-8A21-4D6F-B5E3-0C7A19F2D468@tvb-aachen.example>"),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba Katrin Hanım,

Aachen Türk Veliler Birliği olarak 16 Ekim'deki Euregio-Treffen'e katılmak istiyoruz. 3 kişi olacağız: ben, Vorstand'dan Nurcan Hanım ve bir Elternvertreter arkadaşımız.

Workshop 2'ye (Anerkennung von Diplomen) yazılmak istiyoruz, çünkü velilerimizin çoğunun Türkiye'deki diplomaları burada geçmiyor, Berufsanerkennung konusunda bize çok soru geliyor.

Teşekkürler, iyi çalışmalar
Orhan Güneş
Aachen Türk Veliler Birliği e.V.
0163 581 22 40

iPhone'umdan gönderildi""", charset="utf-8", cte="base64")


# -- 021 ---------------------------------------------------------------------
# Question only, French (Liège), iso-8859-1 8bit: interpretation in the
# workshops and halal/vegetarian lunch; "je vous enverrai notre inscription
# la semaine prochaine" announces a registration for later.

@mail("diallo-french-question-interpretation", "2027-09-15 10:40:08",
      E("question", "f.diallo@agl-liege.example", "Fatoumata Diallo",
        "Association Guinéenne de Liège ASBL", [], None, "fr"), "fr")
def _(m):
    m.head(("From", "Fatoumata Diallo <f.diallo@agl-liege.example>"),
           ("To", ORG),
           ("Subject", ew("Question interprétation et repas", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<1789461608.402917.1.JavaMail.webmail@agl-liege.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Bonjour,

Notre association aimerait participer à la rencontre du 16 octobre, mais avant de nous inscrire, j'ai deux questions :

- Y aura-t-il une traduction en français dans les ateliers, ou seulement en plénière ? Plusieurs de nos membres ne parlent ni allemand ni néerlandais.
- Le repas de midi est-il prévu, et y a-t-il une option halal ou végétarienne ?

Si c'est bon, je vous enverrai notre inscription la semaine prochaine.

Cordialement,
Fatoumata Diallo
Association Guinéenne de Liège ASBL
0472 60 19 85
""", charset="iso-8859-1", cte="8bit")


# -- 022 ---------------------------------------------------------------------
# Dutch (Maastricht), Apple Mail alternative from an iPhone: "Ik kom met vier
# jongeren ... met z'n vijven" = 5; "workshop 3"; train times 8.53 / 9.45.

TUHUMURY_TEXT = """Hallo,

Hierbij meld ik ons aan voor de Euregio-ontmoeting op 16 oktober. Ik kom met vier jongeren van onze stichting, dus we zijn met z'n vijven.

We kiezen voor workshop 3, jongeren en vrijwilligerswerk.

We reizen met de trein vanuit Maastricht (8.53 uur) via Heerlen en zijn dan rond 9.45 uur op Aachen Hbf. Mochten we iets later zijn, dan weet u waarom 😉

Groet,
Priscilla Tuhumury
Stichting Molukse Jongeren Zuid-Limburg
Brusselsestraat 60, 6211 PG Maastricht
06-15 38 92 70

Verstuurd vanaf mijn iPhone"""


@mail("tuhumury-dutch-vijven-apple", "2027-09-15 21:03:29",
      E("registration", "p.tuhumury@molukse-jongeren-zl.example", "Priscilla Tuhumury",
        "Stichting Molukse Jongeren Zuid-Limburg", ["WS3"], 5, "nl"), "nl")
def _(m):
    m.head(("From", "Priscilla Tuhumury <p.tuhumury@molukse-jongeren-zl.example>"),
           ("To", ORG),
           ("Subject", "Aanmelding workshop 3"),
           ("Date", m.date),
           ("Message-ID", "<6F1A2B3C-47D8-4E90-A1B2-C3D4E5F60718@molukse-jongeren-zl.example>"),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0"))
    m.alternative(TUHUMURY_TEXT, apple_html(TUHUMURY_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 023 ---------------------------------------------------------------------
# Registration without a workshop choice ("vor Ort entscheiden"; "Alle vier
# Themen" is no choice); "meine Frau Gisela und ich" = 2; "seit 2015".
# iso-8859-1 QP.

@mail("lennartz-no-workshop-choice", "2027-09-16 09:55:13",
      E("registration", "w.lennartz@helferkreis-simmerath.example", "Werner Lennartz",
        "Helferkreis Asyl Simmerath", [], 2, "de"), "de")
def _(m):
    m.head(("From", "Werner Lennartz <w.lennartz@helferkreis-simmerath.example>"),
           ("To", ORG),
           ("Subject", "Anmeldung 16.10."),
           ("Date", m.date),
           ("Message-ID", "<5f2e8d1a.c40b7e93@helferkreis-simmerath.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

meine Frau Gisela und ich möchten uns für das Euregio-Treffen am 16. Oktober anmelden. Wir begleiten seit 2015 im Helferkreis Asyl Simmerath geflüchtete Familien, viele davon haben Verwandte in Belgien und den Niederlanden.

Für welchen Workshop wir uns entscheiden, wissen wir noch nicht. Das würden wir gerne vor Ort entscheiden, wenn das geht. Alle vier Themen sind für uns interessant.

Mit freundlichen Grüßen
Werner Lennartz
Helferkreis Asyl Simmerath
Tel. 02473 / 93 81 27
""", charset="iso-8859-1", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Polish with Dutch words (Heerlen): "Stichting", "grensarbeid", "uitzendbureau",
# "belastingdienst", "zorgverzekering", "subsidie" -> pl.  "Przyjadę sam" = 1;
# first choice "warsztat 1", second "warsztat 4".  UTF-8 QP.

@mail("kowalczyk-polish-with-dutch", "2027-09-17 07:38:52",
      E("registration", "tomasz.kowalczyk@poolse-school-parkstad.example", "Tomasz Kowalczyk",
        "Stichting Poolse School Parkstad", ["WS1", "WS4"], 1, "pl"), "pl")
def _(m):
    m.head(("From", "Tomasz Kowalczyk <tomasz.kowalczyk@poolse-school-parkstad.example>"),
           ("To", ORG),
           ("Subject", ew("Rejestracja – Euregio 16 października", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<a0c5e3f1-7b29-4d86-9e14-3f8b2d6c0a57@poolse-school-parkstad.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

nazywam się Tomasz Kowalczyk i jestem przewodniczącym Stichting Poolse School Parkstad w Heerlen. Chciałbym się zapisać na spotkanie 16 października.

Przyjadę sam. Pierwszy wybór: warsztat 1 (grensarbeid, czyli praca transgraniczna), bo wielu rodziców naszych uczniów pracuje w Niemczech przez uitzendbureau i ma problemy z belastingdienst i zorgverzekering. Drugi wybór: warsztat 4, bo szukamy subsidie na nasze projekty.

Z poważaniem
Tomasz Kowalczyk
Stichting Poolse School Parkstad
Geleenstraat 15, 6411 HR Heerlen
tel. +31 6 1947 2865
""", charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Change, Flemish, Gmail reply (Dutch interface) quoting the Dutch
# confirmation (WS 3, 2 persons): "toch liever naar WS 4" and "met vier in
# plaats van met twee" -> WS4, party 4; "da's", "Merci alvast".

VANDERSTEEN_TEXT = """Dag Katrin,

Kleine wijziging bij ons: we zouden toch liever naar WS 4 gaan, rond subsidies en netwerken, da's voor ons op dit moment belangrijker. En we komen met vier in plaats van met twee, onze voorzitter en een vrijwilliger komen ook mee.

Kan dat nog? Merci alvast!

Groetjes,
Els Vandersteen
vzw De Brug Tongeren"""


@mail("vandersteen-flemish-change-ws4-four", "2027-09-17 14:12:36",
      E("change", "els.vandersteen@debrug-tongeren.example", "Els Vandersteen",
        "vzw De Brug Tongeren", ["WS4"], 4, "nl"), "nl")
def _(m):
    m.head(("From", "Els Vandersteen <els.vandersteen@debrug-tongeren.example>"),
           ("To", TO_ORG),
           ("Subject", "Re: " + CONF_SUBJECT["nl"]),
           ("Date", m.date),
           ("Message-ID", "<CAM9tRz4yWp1Xq7vNb0kLe3sHd6uJf2gTa8oRi5mQ1cBn7VxEwP@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270910112301.5a9f@aachen.example>"),
           ("References", "<mailbot.20270910112301.5a9f@aachen.example>"),
           ("MIME-Version", "1.0"))
    plain, html_text = gmail_reply(
        VANDERSTEEN_TEXT,
        f"Op vr 10 sep 2027 om 11:23 schreef {ORG_NAME} <{ORG}>:",
        confirmation("nl", "mevrouw Vandersteen", "WS3", 2))
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 026 ---------------------------------------------------------------------
# German (St. Vith, Ostbelgien) from the association's shared info box with
# a personal Reply-To; she also asks for the confirmation at that address.
# "komme alleine" = 1; "WS 2, Anerkennung von Diplomen".

@mail("kohnen-shared-box-reply-to", "2027-09-20 11:30:47",
      E("registration", "lea.kohnen@miteinander-stvith.example", "Lea Kohnen",
        "VoG Miteinander St. Vith", ["WS2"], 1, "de"), "de")
def _(m):
    m.head(("From", "VoG Miteinander St. Vith <info@miteinander-stvith.example>"),
           ("Reply-To", "Lea Kohnen <lea.kohnen@miteinander-stvith.example>"),
           ("To", ORG),
           ("Subject", "Anmeldung Euregio-Treffen Aachen"),
           ("Date", m.date),
           ("Message-ID", "<20270920093047.Horde.kQ2v7Zb0xN4mLr8sTe1yWa3@webmail.miteinander-stvith.example>"),
           ("User-Agent", "Horde Application Framework 5"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

hiermit melde ich mich für das Euregio-Treffen am 16.10.2027 in Aachen an. Ich koordiniere bei uns die Begleitung von Geflüchteten in der Eifel und komme alleine.

Workshop: WS 2, Anerkennung von Diplomen

Bitte schicken Sie die Bestätigung an meine persönliche Adresse (lea.kohnen@miteinander-stvith.example), das Info-Postfach lesen wir nur unregelmäßig.

Freundliche Grüße aus der Eifel
Lea Kohnen
VoG Miteinander St. Vith
Hauptstraße 61, 4780 St. Vith
Tel. 080 22 91 45
""", charset="utf-8", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Newsletter of the Euregio (other), German and Dutch, multipart/alternative;
# it announces our meeting with "Anmeldung ... bis 8. Oktober" and the four
# workshops, and other events with their own registrations.

NEWSLETTER_TEXT = """Euregio Maas-Rhein | Newsletter September 2027

Liebe Leserinnen und Leser, beste lezers,

in dieser Ausgabe / in deze editie:
1. Euregio-Treffen der Migranten- und Community-Organisationen, 16. Oktober, Aachen
2. Neue Sprechstunden der GrenzInfoPunkte / Nieuwe spreekuren GrensInfoPunten
3. People-to-People-Projekte: Einreichfrist 30. November / indieningstermijn 30 november

1. Euregio-Treffen, 16. Oktober 2027, Altes Kurhaus Aachen
Vereine und Initiativen aus Deutschland, den Niederlanden und Belgien treffen sich in Aachen. In vier Workshops geht es um Grenzpendeln, die Anerkennung von Diplomen, junge Menschen und Ehrenamt sowie um euregionale Förderprogramme. Anmeldung per E-Mail an euregio-treffen@aachen.example bis 8. Oktober.
Verenigingen uit de drie landen ontmoeten elkaar in Aken. Aanmelden via euregio-treffen@aachen.example.

2. GrenzInfoPunkte / GrensInfoPunten
Die GrenzInfoPunkte in Aachen, Eupen, Maastricht und Heerlen bieten ab Oktober zusätzliche Sprechstunden am Samstagvormittag an. Termine: https://grenzinfo.euregio-mr.example/termine

3. People-to-People-Projekte
Kleine grenzüberschreitende Begegnungsprojekte werden mit bis zu 25.000 Euro gefördert. Informationen und Anmeldung zum Infoabend am 4. November: https://euregio-mr.example/p2p

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. / U ontvangt deze nieuwsbrief omdat u zich hebt ingeschreven.
Abmelden / Afmelden: https://euregio-mr.example/newsletter/afmelden?id=20417
Euregio Maas-Rhein, Gospertstraße 42, 4700 Eupen"""

NEWSLETTER_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Euregio Maas-Rhein Newsletter September 2027</title></head>
<body style="margin:0;background:#eef1f4;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#1d1d1b;">
<tr><td style="background:#003d7c;color:#ffffff;"><h1 style="margin:0;font-size:21px;">Euregio Maas-Rhein</h1><p style="margin:4px 0 0;">Newsletter September 2027</p></td></tr>
<tr><td>
<p>Liebe Leserinnen und Leser, beste lezers,</p>
<p>in dieser Ausgabe / in deze editie:</p>
<ol><li>Euregio-Treffen der Migranten- und Community-Organisationen, 16. Oktober, Aachen</li><li>Neue Sprechstunden der GrenzInfoPunkte / Nieuwe spreekuren GrensInfoPunten</li><li>People-to-People-Projekte: Einreichfrist 30. November / indieningstermijn 30 november</li></ol>
<h2 style="font-size:17px;">1. Euregio-Treffen, 16. Oktober 2027, Altes Kurhaus Aachen</h2>
<p>Vereine und Initiativen aus Deutschland, den Niederlanden und Belgien treffen sich in Aachen. In vier Workshops geht es um Grenzpendeln, die Anerkennung von Diplomen, junge Menschen und Ehrenamt sowie um euregionale Förderprogramme. Anmeldung per E-Mail an <a href="mailto:euregio-treffen@aachen.example">euregio-treffen@aachen.example</a> bis 8. Oktober.</p>
<p>Verenigingen uit de drie landen ontmoeten elkaar in Aken. Aanmelden via <a href="mailto:euregio-treffen@aachen.example">euregio-treffen@aachen.example</a>.</p>
<h2 style="font-size:17px;">2. GrenzInfoPunkte / GrensInfoPunten</h2>
<p>Die GrenzInfoPunkte in Aachen, Eupen, Maastricht und Heerlen bieten ab Oktober zusätzliche Sprechstunden am Samstagvormittag an. <a href="https://grenzinfo.euregio-mr.example/termine">Termine</a></p>
<h2 style="font-size:17px;">3. People-to-People-Projekte</h2>
<p>Kleine grenzüberschreitende Begegnungsprojekte werden mit bis zu 25.000 Euro gefördert. <a href="https://euregio-mr.example/p2p">Informationen und Anmeldung zum Infoabend am 4. November</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#666666;">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. / U ontvangt deze nieuwsbrief omdat u zich hebt ingeschreven.<br>
<a href="https://euregio-mr.example/newsletter/afmelden?id=20417">Abmelden / Afmelden</a><br>
Euregio Maas-Rhein, Gospertstraße 42, 4700 Eupen</td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("euregio-newsletter", "2027-09-21 08:00:05",
      E("other"), "de")
def _(m):
    m.head(("From", "Euregio Maas-Rhein <newsletter@euregio-mr.example>"),
           ("To", ORG),
           ("Subject", "Newsletter September 2027 | Nieuwsbrief september 2027"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-09.20417.euregio-treffen=aachen.example@news.euregio-mr.example>"),
           ("List-Unsubscribe", "<https://euregio-mr.example/newsletter/afmelden?id=20417>"),
           ("List-Id", "Euregio Maas-Rhein Newsletter <newsletter.euregio-mr.example>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"),
           envelope="bounces+20417@news.euregio-mr.example")
    m.alternative(NEWSLETTER_TEXT, NEWSLETTER_HTML, charset="utf-8", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# French with Darija (Seraing), older writer, few accents, Subject in
# capitals: "Je veux inscrire 2 personnes ... moi et mon fils", "l'atelier
# numero 1 le travail frontalier", "l3jeb", "ya bzaf", "Allah ybarek fik";
# "depuis 3 ans" is no count.  The signature is short ("A. Bouhlal"); the
# self-introduction gives the full name.

@mail("bouhlal-darija-french-seraing", "2027-09-21 18:47:20",
      E("registration", "a.bouhlal58@mail.example", "Abdelkader Bouhlal",
        "Association des Travailleurs Marocains de Seraing", ["WS1"], 2, "fr"), "fr")
def _(m):
    m.head(("From", "abdelkader bouhlal <a.bouhlal58@mail.example>"),
           ("To", ORG),
           ("Subject", "INSCRIPTION"),
           ("Date", m.date),
           ("Message-ID", "<PAXP193MB1942C0E51A7B3D96F4E2A08C71B5@PAXP193MB1942.EURP193.PROD.OUTLOOK.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Bonjour madame Offermanns

Je suis Abdelkader Bouhlal, president de l'Association des Travailleurs Marocains de Seraing. Je veux inscrire 2 personnes pour le 16 octobre, moi et mon fils Karim.

On veut l'atelier numero 1 le travail frontalier. Mon fils il travaille a Aachen depuis 3 ans et il habite a Seraing, chaque annee c'est la meme histoire avec les impots, l3jeb ! Ya bzaf de jeunes de chez nous qui sont dans la meme situation.

Merci beaucoup, Allah ybarek fik
A. Bouhlal
tel 04 336 71 29
""", charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Cancellation, Outlook alternative (UTF-8 QP) quoting the German
# confirmation (WS 4, 3 persons) in a "Von:/Gesendet:" block.  The display
# name has no diacritics; the signature gives the Vietnamese spelling.

NGUYEN_TEXT = """Sehr geehrte Frau Offermanns,

leider müssen wir unsere Anmeldung für den 16. Oktober zurückziehen. An dem Wochenende holen wir unser Mondfest nach, das wegen des Wetters ausfallen musste, und der ganze Vorstand wird dort gebraucht.

Wir wünschen Ihnen eine gelungene Veranstaltung und hoffen, beim nächsten Mal dabei zu sein.

Mit freundlichen Grüßen
Nguyễn Thị Thu Hà
Vietnamesischer Kulturverein Aachen e.V."""


@mail("nguyen-cancel-outlook", "2027-09-22 09:05:51",
      E("cancellation", "thuha.nguyen@vkv-aachen.example", "Nguyễn Thị Thu Hà",
        "Vietnamesischer Kulturverein Aachen e.V.", [], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Nguyen Thi Thu Ha" <thuha.nguyen@vkv-aachen.example>'),
           ("To", TO_ORG),
           ("Subject", "AW: " + CONF_SUBJECT["de"]),
           ("Thread-Topic", CONF_SUBJECT["de"]),
           ("Thread-Index", "AQHcK3a9Vt1mQ2x8Tn0Ze4bHk7wLpAAbC9dE"),
           ("Date", m.date),
           ("Message-ID", "<GV1PR08MB8420B7E3A9D2C54F1E06A3B9D7C2@GV1PR08MB8420.eurprd08.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270906173514.8e2d@aachen.example>"),
           ("References", "<mailbot.20270906173514.8e2d@aachen.example>"),
           ("Accept-Language", "de-DE, vi-VN"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_ORG, "Montag, 6. September 2027 17:35",
             "Nguyen Thi Thu Ha <thuha.nguyen@vkv-aachen.example>",
             CONF_SUBJECT["de"], confirmation("de", "Frau Nguyen", "WS4", 3))
    m.alternative(outlook_plain(NGUYEN_TEXT, quote),
                  outlook_html(NGUYEN_TEXT, quote, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 030 ---------------------------------------------------------------------
# English (students in Aachen), Outlook for iOS alternative: "Three of us"
# with the two others named; "workshop 3 (young people and volunteering)";
# "around 40 volunteers" is no count.

MEHTA_TEXT = """Hello,

I'm writing for the Indian Students' Association Aachen. Three of us would like to join the Euregio meeting on 16 Oct - me, Sneha Iyer and Rohan Das.

We'd like workshop 3 (young people and volunteering). We organise Diwali in Aachen every year with around 40 volunteers and would love to learn how other groups keep young people involved.

Cheers,
Arjun Mehta
Indian Students' Association Aachen
+49 1521 774 0913

Get Outlook for iOS"""


@mail("mehta-english-outlook-ios", "2027-09-22 13:33:09",
      E("registration", "arjun.mehta@mail.example", "Arjun Mehta",
        "Indian Students' Association Aachen", ["WS3"], 3, "en"), "en")
def _(m):
    m.head(("From", "Arjun Mehta <arjun.mehta@mail.example>"),
           ("To", ORG),
           ("Subject", "Registration - Indian Students' Association"),
           ("Date", m.date),
           ("Message-ID", "<DU2P192MB2143E8A0C5B7D91F36A2E40B8C19@DU2P192MB2143.EURP192.PROD.OUTLOOK.example>"),
           ("X-Mailer", "Outlook for iOS"),
           ("MIME-Version", "1.0"))
    m.alternative(MEHTA_TEXT, div_html(MEHTA_TEXT, "font-family: Aptos, sans-serif;"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 031 ---------------------------------------------------------------------
# Question only, Dutch (Sittard): children and the language of workshop 3;
# "drie kinderen tussen 4 en 8 jaar" and the list numbers are no counts or
# choices; "melden we ons daarna definitief aan" is a registration for later.

@mail("korkmaz-dutch-question-children", "2027-09-23 20:10:34",
      E("question", "hulya.korkmaz@turkse-ouders-sg.example", "Hülya Korkmaz",
        "Vereniging Turkse Ouders Sittard-Geleen", [], None, "nl"), "nl")
def _(m):
    m.head(("From", "Hülya Korkmaz <hulya.korkmaz@turkse-ouders-sg.example>"),
           ("To", ORG),
           ("Subject", "Vraag over kinderen en taal"),
           ("Date", m.date),
           ("Message-ID", "<CAK3vXb8tRq2Yn0wLm5zPd7sJe9uHc1fGa4oVi2kT6nBq0ZxEwR@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Goedemiddag,

Wij zijn van plan om met een paar moeders van onze vereniging naar de Euregio-ontmoeting te komen. Ik heb eerst twee vragen:

1. Mogen we kinderen meenemen, of is er kinderopvang? Het gaat om drie kinderen tussen 4 en 8 jaar.
2. Wordt er in workshop 3 ook Nederlands gesproken? Niet iedereen spreekt Duits.

Als dat allemaal lukt, melden we ons daarna definitief aan.

Met vriendelijke groet,
Hülya Korkmaz
Vereniging Turkse Ouders Sittard-Geleen
Rijksweg Zuid 31, 6131 AL Sittard"""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 032 ---------------------------------------------------------------------
# Change, English, plain Outlook quote below a line of underscores: the
# colleague drops out (2 -> 1) and "move me from workshop 1 to workshop 2"
# -> WS2, party 1.  Signed only "Chidi"; the display name is the full name.

@mail("okonkwo-english-change-ws2-one", "2027-09-24 10:17:45",
      E("change", "chidi.okonkwo@mail.example", "Chidi Okonkwo", None, ["WS2"], 1, "en"),
      "en", tz=0)
def _(m):
    m.head(("From", "Chidi Okonkwo <chidi.okonkwo@mail.example>"),
           ("To", TO_ORG),
           ("Subject", "RE: " + CONF_SUBJECT["en"]),
           ("Date", m.date),
           ("Message-ID", "<AS8PR07MB7991D2F04A6C8B35E19D7A0C4F62@AS8PR07MB7991.eurprd07.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270913154105.2f7c@aachen.example>"),
           ("References", "<mailbot.20270913154105.2f7c@aachen.example>"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hi,

Small change please: my colleague can no longer make it, so it will be just me. And could you move me from workshop 1 to workshop 2 (recognition of diplomas)?

Thanks a lot,
Chidi

________________________________
From: {TO_ORG}
Sent: Monday, September 13, 2027 3:41 PM
To: Chidi Okonkwo <chidi.okonkwo@mail.example>
Subject: {CONF_SUBJECT["en"]}

{confirmation("en", "Mr Okonkwo", "WS1", 2)}
""", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# German carrying the sentences with Dutch inserted (Herzogenrath/Kerkrade):
# "half Duits, half Nederlands", "gemeente Kerkrade", "Tot zaterdag 16 oktober
# dan" -> de.  "zu zweit" = 2, "vor allem WS 4"; two countries' addresses and
# phone numbers; emoji.  The organisation appears with quotes in the text
# and without in the signature (the same name).

@mail("vliegen-bauer-german-with-dutch", "2027-09-27 12:02:18",
      E("registration", "ingrid.vliegen@eurode-willkommen.example", "Ingrid Vliegen-Bauer",
        "Initiative Eurode Willkommen", ["WS4"], 2, "de"), "de")
def _(m):
    m.head(("From", "Ingrid Vliegen-Bauer <ingrid.vliegen@eurode-willkommen.example>"),
           ("To", ORG),
           ("Subject", "Anmeldung - Eurode Willkommen"),
           ("Date", m.date),
           ("Message-ID", "<0D5E7F91-B3A2-4C6D-8E1F-2A4B6C8D0E13@eurode-willkommen.example>"),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Frau Offermanns,

wir von der Initiative „Eurode Willkommen“ (Herzogenrath/Kerkrade) kommen gerne zum Treffen! Wir sind zu zweit, mein Kollege Bart Houben und ich.

Uns interessiert vor allem WS 4. Wir machen ja alles grenzüberschreitend, half Duits, half Nederlands, und die Förderung ist jedes Mal ein Puzzle: mal zahlt die gemeente Kerkrade, mal die Stadt Herzogenrath, mal niemand. 😅

Tot zaterdag 16 oktober dan,
Ingrid Vliegen-Bauer
Initiative Eurode Willkommen
Neustraße 20, 52134 Herzogenrath / Nieuwstraat 21, 6462 Kerkrade
Tel. +49 2406 81 34 55 · +31 45 535 21 08
""", charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# German vacation reply to our confirmation marked only by X-Autoreply (no
# Auto-Submitted), subject "Abwesenheitsnotiz".

@mail("jansen-german-vacation-x-autoreply", "2027-09-27 16:21:40",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Bernd Jansen <b.jansen@migrationsdienst-dueren.example>"),
           ("To", ORG),
           ("Subject", "Abwesenheitsnotiz"),
           ("Date", m.date),
           ("Message-ID", "<autoreply.1790518900.31877@migrationsdienst-dueren.example>"),
           ("In-Reply-To", "<mailbot.20270927162131.0c8b@aachen.example>"),
           ("X-Autoreply", "yes"),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 8. Oktober 2027 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unser Sekretariat unter 02421 / 48 07-0.

Mit freundlichen Grüßen
Bernd Jansen
Fachdienst Integration und Migration
Migrationsdienst Düren
""", charset="iso-8859-1", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Cancellation, French (Verviers), from an iPhone; Apple quotes the French
# confirmation (WS 2, 2 persons) with the attribution inside the quote.

@mail("kabongo-french-cancel-iphone", "2027-09-28 18:20:16",
      E("cancellation", "jp.kabongo@mail.example", "Jean-Pierre Kabongo",
        "Communauté Congolaise de Verviers", [], None, "fr"), "fr")
def _(m):
    m.head(("From", "Jean-Pierre Kabongo <jp.kabongo@mail.example>"),
           ("To", TO_ORG),
           ("Subject", "Re: " + CONF_SUBJECT["fr"]),
           ("Date", m.date),
           ("Message-ID", "<B2D4F6A8-1C3E-4A5B-9D7F-0E2C4A6B8D19@mail.example>"),
           ("In-Reply-To", "<mailbot.20270913100502.4d6e@aachen.example>"),
           ("References", "<mailbot.20270913100502.4d6e@aachen.example>"),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0"))
    quoted = (f"Le 13 sept. 2027 à 10:05, {ORG_NAME} <{ORG}> a écrit :\n\n"
              + confirmation("fr", "Monsieur Kabongo", "WS2", 2))
    m.single(f"""Bonsoir,

Je suis désolé mais nous devons annuler notre participation du 16 octobre. Notre président est hospitalisé et nous avons des obligations à l'association ce week-end-là.

Merci de libérer nos places pour d'autres.

Cordialement
Jean-Pierre Kabongo
Communauté Congolaise de Verviers

Envoyé de mon iPhone

{gt_quote(quoted)}""", charset="utf-8", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Flemish with French words (Maasmechelen): "Ik had graag vier personen
# ingeschreven", "het atelier over de diploma's (WS 2)", "allez, ge kent dat
# wel", "Merci en tot dan"; registration with a small question.  The body
# names "onze Circolo Italiano Maasmechelen", the signature adds vzw (label).

@mail("miceli-flemish-with-french", "2027-09-29 09:44:02",
      E("registration", "salvatore.miceli@circolo-maasmechelen.example", "Salvatore Miceli",
        "Circolo Italiano Maasmechelen vzw", ["WS2"], 4, "nl"), "nl")
def _(m):
    m.head(("From", "Salvatore Miceli <salvatore.miceli@circolo-maasmechelen.example>"),
           ("To", ORG),
           ("Subject", "inschrijving Euregio 16/10"),
           ("Date", m.date),
           ("Message-ID", "<000301dc3105$e6a7c2b0$b3f74810$@circolo-maasmechelen.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "nl-be"),
           ("MIME-Version", "1.0"))
    m.single("""Dag mevrouw,

Ik had graag vier personen ingeschreven van onze Circolo Italiano Maasmechelen voor de ontmoeting in Aken op zaterdag 16/10.

We zouden alle vier naar het atelier over de diploma's gaan (WS 2). Mijn schoonzoon is ingenieur van opleiding in Albanië en zijn diploma wordt hier maar half erkend, allez, ge kent dat wel.

Moeten we iets meebrengen? Anders zien we jullie daar. Merci en tot dan!

Salvatore Miceli
Circolo Italiano Maasmechelen vzw
Rijksweg 410, 3630 Maasmechelen
gsm 0475 82 14 90
""", charset="windows-1252", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Polish with French words (Liège): "atelier nr 2 (reconnaissance des
# diplômes)", "Merci beaucoup" -> pl.  "w trzy osoby" = 3; fallback "atelier
# nr 3".  Gmail alternative, UTF-8 base64.

NOWICKA_TEXT = """Dzień dobry Pani,

piszę w imieniu stowarzyszenia Polonia Liège asbl. Chcielibyśmy przyjechać na spotkanie 16 października w trzy osoby.

Wybieramy atelier nr 2 (reconnaissance des diplômes) – mamy w stowarzyszeniu kilka nauczycielek i psycholożek, które od lat walczą o uznanie dyplomów w Belgii. Jeśli nie będzie miejsca, to atelier nr 3.

Przyjedziemy pociągiem z Liège-Guillemins przez Welkenraedt.

Merci beaucoup i pozdrawiam,
Katarzyna Nowicka
Polonia Liège asbl
tel. 0496 27 58 13"""


@mail("nowicka-polish-with-french", "2027-09-30 16:25:33",
      E("registration", "k.nowicka@polonia-liege.example", "Katarzyna Nowicka",
        "Polonia Liège asbl", ["WS2", "WS3"], 3, "pl"), "pl")
def _(m):
    m.head(("From", "Katarzyna Nowicka <k.nowicka@polonia-liege.example>"),
           ("To", ORG),
           ("Subject", "Zapisy na spotkanie 16.10 / inscription"),
           ("Date", m.date),
           ("Message-ID", "<CAP1wQr6tZn3Xv9bLk2mYd4sHe8uJc0fRa7oTi5gN3vBw1ExDqM@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(NOWICKA_TEXT, gmail_html(NOWICKA_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 038 ---------------------------------------------------------------------
# Change, French with Darija ("Lah yhafdek", "Choukran"), Gmail reply (French
# interface) quoting the French confirmation (WS 2, 1 person): "l'atelier 4
# ... Si l'atelier 4 est complet ... je reste dans le 2" -> WS4, WS2.

EL_OUAZZANI_TEXT = """Bonjour Madame,

Lah yhafdek, est-ce que je peux changer d'atelier ? Je préfère finalement l'atelier 4 sur le financement, notre association des mamans de Droixhe veut faire un projet avec une association de Maastricht et on a besoin de subsides. Si l'atelier 4 est complet, pas de souci, je reste dans le 2.

Choukran et bonne journée,
Samira El Ouazzani
Les Mamans de Droixhe ASBL"""


@mail("el-ouazzani-darija-french-change", "2027-10-01 11:11:40",
      E("change", "samira.elouazzani@mail.example", "Samira El Ouazzani",
        "Les Mamans de Droixhe ASBL", ["WS4", "WS2"], None, "fr"), "fr")
def _(m):
    m.head(("From", "Samira El Ouazzani <samira.elouazzani@mail.example>"),
           ("To", TO_ORG),
           ("Subject", "Re: " + CONF_SUBJECT["fr"]),
           ("Date", m.date),
           ("Message-ID", "<CAE7sYn2vQp5Wr1tKb9mLd6zJe3uGc8fXa0oRi4hT7nBv2QxFwS@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270917142611.9b3a@aachen.example>"),
           ("References", "<mailbot.20270917142611.9b3a@aachen.example>"),
           ("MIME-Version", "1.0"))
    plain, html_text = gmail_reply(
        EL_OUAZZANI_TEXT,
        f"Le ven. 17 sept. 2027 à 14:26, {ORG_NAME} <{ORG}> a écrit :",
        confirmation("fr", "Madame El Ouazzani", "WS2", 1))
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 039 ---------------------------------------------------------------------
# Cancellation, Dutch, Outlook alternative (windows-1252 QP) quoting the
# Dutch confirmation (WS 1, 3 persons) under "Van:/Verzonden:/Aan:/Onderwerp:".

RAMDIN_TEXT = """Geachte heer/mevrouw,

Helaas moeten wij onze aanmelding voor 16 oktober annuleren. Door een sterfgeval in de familie van onze voorzitter is ons bestuur die week in Suriname.

Wij hopen volgend jaar wel aanwezig te kunnen zijn.

Met vriendelijke groet,

Shanti Ramdin
Secretaris
Hindostaanse Vereniging Sittard"""


@mail("ramdin-dutch-cancel-outlook", "2027-10-04 08:59:27",
      E("cancellation", "s.ramdin@hindostaanse-vereniging-sittard.example", "Shanti Ramdin",
        "Hindostaanse Vereniging Sittard", [], None, "nl"), "nl", tz=0)
def _(m):
    m.head(("From", '"Ramdin, Shanti" <s.ramdin@hindostaanse-vereniging-sittard.example>'),
           ("To", TO_ORG),
           ("Subject", "RE: " + CONF_SUBJECT["nl"]),
           ("Thread-Topic", CONF_SUBJECT["nl"]),
           ("Thread-Index", "AQHcHk2r0Wm5Yq1vTx8Nb3eLp6zQsAAhG4dF"),
           ("Date", m.date),
           ("Message-ID", "<VI1PR03MB6204A9C1E7F3B25D8E40C6A1F9B3@VI1PR03MB6204.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270908101207.1e5c@aachen.example>"),
           ("References", "<mailbot.20270908101207.1e5c@aachen.example>"),
           ("Accept-Language", "nl-NL, en-US"),
           ("Content-Language", "nl-NL"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_ORG, "woensdag 8 september 2027 10:12",
             "Ramdin, Shanti <s.ramdin@hindostaanse-vereniging-sittard.example>",
             CONF_SUBJECT["nl"], confirmation("nl", "mevrouw Ramdin", "WS1", 3))
    m.alternative(outlook_plain(RAMDIN_TEXT, quote, lang="nl"),
                  outlook_html(RAMDIN_TEXT, quote, lang="nl"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 040 ---------------------------------------------------------------------
# Exchange non-delivery report in Dutch from the recipient's side ("Onbestelbaar:"),
# multipart/report with the original headers; the confirmation went to a
# mailbox that does not exist.

def _exchange_original_headers(rcpt):
    return f"""Received: from mail.aachen.example (198.51.100.24) by
 AM8PR05MB7702.eurprd05.prod.outlook.example with Microsoft SMTP Server id
 15.20.8200.12; Tue, 5 Oct 2027 05:12:19 +0000
From: {TO_ORG}
To: Mehmet Yilmaz <{rcpt}>
Subject: {CONF_SUBJECT["nl"]}
Date: Tue, 05 Oct 2027 07:12:17 +0200
Message-ID: <mailbot.20271005071217.6a0e@aachen.example>
In-Reply-To: <7c0b2e94-1d5a-4f38-b6e2-9a4c1d7f3e05@mail.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
"""


@mail("exchange-ndr-dutch", "2027-10-05 05:12:25",
      E("bounce", bounced="m.yilmaz@jongerencentrum-maastricht.example"), "nl", tz=0)
def _(m):
    rcpt = "m.yilmaz@jongerencentrum-maastricht.example"
    m.head(("From", "postmaster@jongerencentrum-maastricht.example"),
           ("To", ORG),
           ("Subject", "Onbestelbaar: " + CONF_SUBJECT["nl"]),
           ("Date", m.date),
           ("Message-ID", "<e2a9c4f1-6b3d-4e07-8a51-d0c7b9f3e264@AM8PR05MB7702.eurprd05.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20271005071217.6a0e@aachen.example>"),
           ("References", "<mailbot.20271005071217.6a0e@aachen.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("Content-Language", "nl-NL"),
           ("MIME-Version", "1.0"),
           envelope="")
    note = m.text(f"""Uw bericht aan {rcpt} kan niet worden bezorgd.

m.yilmaz is niet gevonden bij jongerencentrum-maastricht.example.

Wat moet ik doen?
Het e-mailadres van de ontvanger is mogelijk verkeerd gespeld of bestaat niet. Controleer het adres en probeer het opnieuw, of neem op een andere manier contact op met de ontvanger.

Meer informatie voor IT-beheerders
Fout gerapporteerd door: AM8PR05MB7702.eurprd05.prod.outlook.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", charset="utf-8", cte="quoted-printable")
    dsn = dsn_part(
        [("Reporting-MTA", "dns;AM8PR05MB7702.eurprd05.prod.outlook.example"),
         ("Received-From-MTA", "dns;mail.aachen.example"),
         ("Arrival-Date", "Tue, 5 Oct 2027 05:12:19 +0000")],
        [("Original-Recipient", f"rfc822;{rcpt}"),
         ("Final-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.10"),
         ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")])
    headers = m.text(_exchange_original_headers(rcpt), subtype="rfc822-headers",
                     charset="utf-8", cte="7bit")
    m.multi("report", [note, dsn, headers], style="outlook",
            params={"report-type": "delivery-status"})


# -- 041 ---------------------------------------------------------------------
# Change of party size only (2 -> 3, "jetzt doch zu dritt", "Workshop bleibt
# gleich"), iPhone reply quoting the German confirmation (WS 2, 2 persons)
# with the attribution inside the quote.

@mail("oeztuerk-change-party-three-iphone", "2027-10-06 19:40:11",
      E("change", "m.oeztuerk@tig-eschweiler.example", "Mustafa Öztürk",
        "Türkisch-Islamische Gemeinde Eschweiler e.V.", [], 3, "de"), "de")
def _(m):
    m.head(("From", "Mustafa Öztürk <m.oeztuerk@tig-eschweiler.example>"),
           ("To", TO_ORG),
           ("Subject", ew("Re: " + CONF_SUBJECT["de"], "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<9C8B7A6D-5E4F-4321-B0A9-8F7E6D5C4B3A@tig-eschweiler.example>"),
           ("In-Reply-To", "<mailbot.20270914190611.7f2b@aachen.example>"),
           ("References", "<mailbot.20270914190611.7f2b@aachen.example>"),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0"))
    quoted = (f"Am 14.09.2027 um 19:06 schrieb {ORG_NAME} <{ORG}>:\n\n"
              + confirmation("de", "Herr Öztürk", "WS2", 2))
    m.single(f"""Hallo,

kleine Änderung: wir kommen jetzt doch zu dritt, unser Imam Hasan Hoca möchte auch mitkommen. Workshop bleibt gleich.

Danke
Mustafa Öztürk
Türkisch-Islamische Gemeinde Eschweiler e.V.

Von meinem iPhone gesendet

{gt_quote(quoted)}""", charset="utf-8", cte="quoted-printable")


# -- 042 ---------------------------------------------------------------------
# Question only, English (Mönchengladbach): travel costs, afternoon only;
# "two or three women" and "about 30 euros" are no registration.

@mail("boateng-english-question-travel-costs", "2027-10-07 12:30:58",
      E("question", "abena.boateng@awn-mg.example", "Abena Boateng",
        "African Women's Network Mönchengladbach", [], None, "en"), "en")
def _(m):
    m.head(("From", "Abena Boateng <abena.boateng@awn-mg.example>"),
           ("To", ORG),
           ("Subject", "Question about travel costs"),
           ("Date", m.date),
           ("Message-ID", "<1791369058.551204.77@webmail.awn-mg.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Dear Ms Offermanns,

Our network would like to send two or three women to the Euregio meeting in October. Before I register them I wanted to ask whether travel costs can be reimbursed. The return ticket from Mönchengladbach to Aachen is about 30 euros per person, which is a lot for our members.

Also, is it possible to come only for the afternoon workshops?

Kind regards,
Abena Boateng
African Women's Network Mönchengladbach
Tel. 02161 / 57 94 38
""", charset="utf-8", cte="8bit")


# -- 043 ---------------------------------------------------------------------
# Late registration (the day after the deadline) as a form block:
# "Workshop: WS 2 (Ersatz: WS 1)", "Personen: 2"; still a registration.

@mail("marchenko-late-form-block", "2027-10-09 08:40:14",
      E("registration", "olena.marchenko@ukr-verein-aachen.example", "Olena Marchenko",
        "Ukrainischer Verein Aachen e.V.", ["WS2", "WS1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Olena Marchenko <olena.marchenko@ukr-verein-aachen.example>"),
           ("To", ORG),
           ("Subject", "Nachmeldung Euregio-Treffen"),
           ("Date", m.date),
           ("Message-ID", "<b5e08c3a-2f17-4d94-a6c1-e9d03b7f4a26@ukr-verein-aachen.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Offermanns,

ich weiß, dass die Anmeldefrist gestern abgelaufen ist. Wenn es noch freie Plätze gibt, würden wir sehr gerne noch teilnehmen:

Name: Olena Marchenko
Verein: Ukrainischer Verein Aachen e.V.
Workshop: WS 2 (Ersatz: WS 1)
Personen: 2
Anreise: zu Fuß, wir wohnen um die Ecke 🙂

Vielen Dank für Ihr Verständnis!
Olena Marchenko
Tel. 0157 38 29 11 60
""", charset="utf-8", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Cancellation, Turkish (Heerlen), Thunderbird with a Turkish attribution
# line, quoting the German confirmation (WS 4, 2 persons); windows-1254 QP.
# "40. yıl kutlaması" is no count; the organisation has a Dutch name.

@mail("dogan-turkish-cancel-thunderbird", "2027-10-12 17:50:03",
      E("cancellation", "ercan.dogan@turkse-vereniging-heerlen.example", "Ercan Doğan",
        "Turkse Vereniging Heerlen", [], None, "tr"), "tr")
def _(m):
    m.head(("From", addr("Ercan Doğan", "ercan.dogan@turkse-vereniging-heerlen.example",
                         "windows-1254", "q")),
           ("To", TO_ORG),
           ("Subject", ew("Re: " + CONF_SUBJECT["de"], "windows-1254", "q")),
           ("Date", m.date),
           ("Message-ID", "<4d7e2c90-8a1b-4f63-b5d2-1e9c0a7f3b48@turkse-vereniging-heerlen.example>"),
           ("In-Reply-To", "<mailbot.20270920091204.3b8d@aachen.example>"),
           ("References", "<mailbot.20270920091204.3b8d@aachen.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

Maalesef 16 Ekim'de katılamayacağız. Aynı gün Heerlen'de derneğimizin 40. yıl kutlaması var, bunu da ancak geçen hafta kesinleştirdik. Kaydımızı iptal ederseniz seviniriz.

İyi bir toplantı geçirmenizi dileriz.

Saygılarla,
Ercan Doğan
Turkse Vereniging Heerlen

20.09.2027 09:12 tarihinde {ORG_NAME} yazdı:
{gt_quote(confirmation("de", "Herr Doğan", "WS4", 2))}
""", charset="windows-1254", cte="quoted-printable")


# -- 045 ---------------------------------------------------------------------
# Thank-you after the event (other), Dutch; it names a workshop topic and
# future plans but registers, changes or asks nothing.

@mail("lemmens-dutch-thanks-after-event", "2027-10-18 09:30:42",
      E("other"), "nl")
def _(m):
    m.head(("From", "Fenna Lemmens <fenna.lemmens@steunpunt-nieuwkomers-parkstad.example>"),
           ("To", TO_ORG),
           ("Subject", "Bedankt voor zaterdag!"),
           ("Date", m.date),
           ("Message-ID", "<c7f1a3e5-9b2d-4c08-a6e4-3d5b7f9a1c62@steunpunt-nieuwkomers-parkstad.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Beste Katrin en team,

Wat een mooie en inspirerende dag was het zaterdag! Vooral de workshop over de erkenning van diploma's heeft ons veel opgeleverd. We hebben al afgesproken met twee Duitse verenigingen uit Stolberg en Düren om in november samen verder te praten.

We kijken uit naar de documentatie die jullie zouden rondsturen. Tot een volgende keer!

Hartelijke groet,
Fenna Lemmens
Steunpunt Nieuwkomers Parkstad
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
PERSON_KINDS = ("registration", "change", "cancellation", "question")
MACHINE_KINDS = ("auto_reply", "bounce", "other")
QUOTE_MARK = "Kommunales Integrationszentrum der StädteRegion Aachen"


def label_problems(e, msg, decoded_text):
    """Labels well formed and in agreement with the mail."""
    problems = []
    if tuple(e) != FIELDS:
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WORKGROUPS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if wg and kind not in ("registration", "change"):
        problems.append("workgroups only for registration/change")
    party = e["party_size"]
    if kind == "registration":
        if not (isinstance(party, int) and party >= 1):
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if party is not None and not (isinstance(party, int) and party >= 1):
            problems.append("bad change party_size")
        if not wg and party is None:
            problems.append("a change must change something")
    elif party is not None:
        problems.append("party_size must be null")
    if (e["bounced_recipient"] is None) != (kind != "bounce"):
        problems.append("bounced_recipient only (and always) for bounce")
    if e["bounced_recipient"] and e["bounced_recipient"] != e["bounced_recipient"].lower():
        problems.append("bounced_recipient not lower-case")
    if kind in MACHINE_KINDS:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
        return problems
    if e["language"] not in LANGS:
        problems.append(f"bad language {e['language']}")
    em = e["email"]
    if not em or em != em.lower():
        problems.append("email missing or not lower-case")
    else:
        header_addrs = [a.lower() for _, a in getaddresses(
            [str(msg.get("From", "")), str(msg.get("Reply-To", ""))])]
        if em not in header_addrs and em not in decoded_text.lower():
            problems.append(f"email {em} not in From/Reply-To/text")
        if msg.get("Reply-To") and em not in header_addrs[1:] and em in header_addrs[:1]:
            problems.append("Reply-To present but email is the From address")
    if not e["name"] or e["name"] not in decoded_text:
        problems.append(f"name {e['name']!r} not written in the mail")
    if e["organisation"] is not None and e["organisation"] not in decoded_text:
        problems.append(f"organisation {e['organisation']!r} not written in the mail")
    if kind in ("change", "cancellation"):
        if not str(msg.get("In-Reply-To", "")).startswith("<mailbot."):
            problems.append("change/cancellation does not answer a confirmation")
        if QUOTE_MARK not in decoded_text:
            problems.append("change/cancellation does not quote the confirmation")
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
    if not (datetime.datetime(2027, 8, 30, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 11, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside 30 Aug - 31 Oct 2027")
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
    # every address-like string and URL must use an example domain
    # (checked on decoded headers and bodies, nested messages included)
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
    top_headers = "\n".join(f"{k}: {v}" for k, v in msg.items())
    plain = "\n".join(p.get_content() for p in leaves(msg)
                      if p.get_content_type() == "text/plain")
    problems += label_problems(expected, msg, unicodedata.normalize(
        "NFC", top_headers + "\n" + (plain or html.unescape(text))))
    return problems


def sender_of(data):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    return getaddresses([str(msg["From"])])[0][1].lower()


def stats(built, datas):
    rows = collections.defaultdict(collections.Counter)
    for _, _, e, t in built:
        rows[t][e["kind"]] += 1
    print("kind x text language:")
    print("  " + "lang " + " ".join(f"{k[:6]:>6}" for k in KINDS) + "    all")
    for lang in sorted(rows):
        c = rows[lang]
        print(f"  {lang:4} " + " ".join(f"{c[k]:6}" for k in KINDS) + f" {sum(c.values()):6}")
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    print("kinds:", dict(sorted(kinds.items())))
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

    if not 40 <= len(built) <= 45:
        print(f"{len(built)} mails; the set must have 40-45")
        bad += 1
    senders = collections.Counter(sender_of(d) for d in datas)
    for s, k in senders.items():
        if k > 1:
            print(f"sender {s} appears {k} times")
            bad += 1
    for (name, m, e, _), data in zip(built, datas):
        for problem in check(name, data, m, e):
            print(f"{name}: {problem}")
            bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
