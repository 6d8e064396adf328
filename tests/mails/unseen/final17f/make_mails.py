#!/usr/bin/env python3
"""Build the "final17f" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Euregio-Begegnungstag 2027 ("Euregio-ontmoetingsdag"), a cross-border day of
associations in the German-Dutch border region, Saturday 25 September 2027 in Gronau,
five workgroups SPRACHE, JUGEND, KULTUR, FOERDER, EHRENAMT (numbers 1-5 in this order).

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files, and
then reads every file back with email.policy.default to check that it parses
without defects, that each body part decodes to exactly the text written here,
that lines stay within 998 octets, that dates rise, that only example domains
occur, and that every label is consistent with its mail.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).  Paths are
relative to this script's folder.  Python 3.11, standard library only.
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

# refold_source='none': hand-encoded header values are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

EB = "begegnungstag@euregio.example"
TO_EB = f"Euregio-Begegnungstag <{EB}>"
INVITATION_ID = "<uitnodiging-begegnungstag-2027.20270614100000@euregio.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
WORKGROUP_IDS = ("SPRACHE", "JUGEND", "KULTUR", "FOERDER", "EHRENAMT")
LANGUAGES = ("nl", "de", "da", "sv", "no", "fi", "fy", "en")

CEST = datetime.timezone(datetime.timedelta(hours=2))


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
        return formataddr((name, address))
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text, prefix="> "):
    """Quote a text the way Thunderbird/Gmail/iOS do: '> ' before each line."""
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
    return hashlib.sha256(f"{slug}/{n}".encode()).hexdigest()


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

    def head(self, *pairs, envelope=None, received=True, crlf=False, relay=None):
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in order.
        ASCII values are stored verbatim (folded at spaces when long); values with
        non-ASCII characters go through the policy (UTF-8 encoded words)."""
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", EB)
        if received:
            domain = sender.split("@")[1] if "@" in sender else "euregio.example"
            host = relay or "mail." + domain
            arrival = format_datetime((self.when + datetime.timedelta(seconds=3)).astimezone(CEST))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.euregio.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{EB}>; {arrival} (CEST)")
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
            del self.msg[k]
            self.msg[k] = v
        self._record(text)

    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_AM8PR02MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"0000000000{h[:16]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.euregio.example"
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
                    html_cte=None, style="std", top=True, params=None):
        parts = [self.text(text, "plain", charset, cte, params=params),
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

INVITATION_SUBJECT = "Einladung / Uitnodiging: Euregio-Begegnungstag 2027 – 25.09.2027"
CONFIRMATION_SUBJECT = "Anmeldebestätigung / Bevestiging aanmelding – Euregio-Begegnungstag 2027"
REMINDER_SUBJECT = "Erinnerung / Herinnering: Euregio-Begegnungstag am 25.09.2027"

INVITATION = """Liebe Vereine in der Euregio, beste verenigingen in de Euregio,

[Deutsch]
am Samstag, 25. September 2027, laden wir Sie herzlich zum
Euregio-Begegnungstag 2027 „Vereine über Grenzen“ ein. Von 10:00 bis
16:30 Uhr lernen sich im Grenzlandhaus, Enscheder Straße 120, 48599 Gronau
(Westf.), Vereine, Stiftungen und Initiativen von beiden Seiten der Grenze
kennen. Am Nachmittag arbeiten wir in fünf Werkgruppen:

Werkgruppe 1: Nachbarsprache lernen: Deutsch und Niederländisch im Vereinsalltag
Werkgruppe 2: Jugendaustausch und Sport über die Grenze
Werkgruppe 3: Kultur, Musik und Brauchtum in der Euregio
Werkgruppe 4: Fördergelder und INTERREG-Kleinprojekte für Vereine
Werkgruppe 5: Ehrenamt und Vorstandsarbeit diesseits und jenseits der Grenze

Bitte melden Sie sich bis zum 15. September per E-Mail an
begegnungstag@euregio.example an: Name, Verein, Werkgruppe (gern mit
Zweitwunsch) und Zahl der Personen. Die Teilnahme ist kostenlos.

[Nederlands]
Op zaterdag 25 september 2027 nodigen wij u van harte uit voor de
Euregio-ontmoetingsdag 2027 "Verenigingen over de grens". Van 10.00 tot
16.30 uur maken verenigingen, stichtingen en initiatieven van beide kanten
van de grens in het Grenzlandhaus in Gronau kennis met elkaar. 's Middags
werken we in vijf werkgroepen:

Werkgroep 1: Buurtaal leren: Duits en Nederlands in het verenigingsleven
Werkgroep 2: Jeugduitwisseling en sport over de grens
Werkgroep 3: Cultuur, muziek en tradities in de Euregio
Werkgroep 4: Subsidies en INTERREG-kleine projecten voor verenigingen
Werkgroep 5: Vrijwilligers en bestuurswerk aan beide kanten van de grens

Aanmelden kan tot 15 september per e-mail via begegnungstag@euregio.example:
naam, vereniging of stichting, werkgroep (graag ook een tweede keus) en
aantal personen. Deelname is gratis.

[English]
Our partner associations in Denmark, Sweden, Norway and Finland are warmly
welcome too. Please register by e-mail in English, German or Dutch, or in
your own language. The workgroups are held in German and Dutch, with
whispered interpretation where needed.

Mit freundlichen Grüßen / Met vriendelijke groet
Anke Rouwhorst-Schilling
Euregio-Begegnungstag, Geschäftsstelle / secretariaat
Am Grenzübergang 3, 48599 Gronau"""

WG_DE = {
    "SPRACHE": "Nachbarsprache lernen: Deutsch und Niederländisch im Vereinsalltag",
    "JUGEND": "Jugendaustausch und Sport über die Grenze",
    "KULTUR": "Kultur, Musik und Brauchtum in der Euregio",
    "FOERDER": "Fördergelder und INTERREG-Kleinprojekte für Vereine",
    "EHRENAMT": "Ehrenamt und Vorstandsarbeit diesseits und jenseits der Grenze",
}
WG_NL = {
    "SPRACHE": "Buurtaal leren: Duits en Nederlands in het verenigingsleven",
    "JUGEND": "Jeugduitwisseling en sport over de grens",
    "KULTUR": "Cultuur, muziek en tradities in de Euregio",
    "FOERDER": "Subsidies en INTERREG-kleine projecten voor verenigingen",
    "EHRENAMT": "Vrijwilligers en bestuurswerk aan beide kanten van de grens",
}


def conf_text(name, wg, persons):
    """The confirmation the registration tool sent (quoted in replies, returned in bounces)."""
    n = WORKGROUP_IDS.index(wg) + 1
    return f"""Guten Tag {name}, beste {name},

vielen Dank für Ihre Anmeldung zum Euregio-Begegnungstag 2027.
Hartelijk dank voor uw aanmelding voor de Euregio-ontmoetingsdag 2027.
Thank you for registering for the Euregio Meeting Day 2027.

Samstag / zaterdag 25.09.2027, 10:00–16:30
Grenzlandhaus, Enscheder Straße 120, 48599 Gronau (Westf.)

Werkgruppe / Werkgroep {n}: {WG_DE[wg]}
({WG_NL[wg]})
Personen / personen: {persons}

Änderungen oder Absage: antworten Sie einfach auf diese E-Mail.
Wijzigen of afmelden: beantwoord gewoon deze e-mail.
Changes or cancellation: simply reply to this e-mail.

Euregio-Begegnungstag / Euregio-ontmoetingsdag
Am Grenzübergang 3, 48599 Gronau"""


def conf_message(to, name, wg, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_EB
    m["To"] = to
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(conf_text(name, wg, persons), charset="utf-8", cte="quoted-printable")
    return m


def conf_id(stamp):
    return f"<mailbot.{stamp}.{_h(stamp, 'conf')[:4]}@euregio.example>"


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
span.{stylename}
	{{mso-style-type:personal-reply;
	font-family:"Aptos",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}}
@page WordSection1
	{{size:595.3pt 841.9pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}}
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

LABELS = {"de": ("Von:", "Gesendet:", "An:", "Betreff:"),
          "nl": ("Van:", "Verzonden:", "Aan:", "Onderwerp:")}
STYLENAME = {"de": "E-MailFormatvorlage18", "nl": "E-mailStijl18"}


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="Windows-1252", labels="nl", lang="NL"):
    """Outlook-style HTML for `text`; quote = (van, verzonden, aan, onderwerp, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        lv, lg, la, lb = LABELS[labels]
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span lang={lang} style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'>{lv}</span></b>"
                   f"<span lang={lang} style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'> {esc(von)} <br>\n"
                   f"<b>{lg}</b> {esc(gesendet)}<br>\n"
                   f"<b>{la}</b> {esc(an)}<br>\n"
                   f"<b>{lb}</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    head = OUTLOOK_HEAD.format(charset=charset, lang=lang, stylename=STYLENAME[labels])
    return head + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels="nl"):
    """The text/plain part Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    lv, lg, la, lb = LABELS[labels]
    return f"{text}\n\n{lv} {von}\n{lg} {gesendet}\n{la} {an}\n{lb} {betreff}\n\n{quoted}"


def gmail_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return f"<div dir=\"ltr\">{inner}</div>\n"


def gmail_reply_html(text, attribution, quoted):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    return (f"<div dir=\"ltr\">{inner}</div><br><div class=\"gmail_quote gmail_quote_container\">"
            f"<div dir=\"ltr\" class=\"gmail_attr\">{esc(attribution)}<br></div>"
            "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
            f"border-left:1px solid rgb(204,204,204);padding-left:1ex\">{q}</blockquote></div>\n")


def apple_html(text, attribution=None, quoted=None):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    if attribution:
        q = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in quoted.split("\n"))
        inner += (f"<div><br><blockquote type=\"cite\"><div>{esc(attribution)}</div><br>"
                  f"<div>{q}</div></blockquote></div>")
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def div_html(text, font="font-family: Arial, sans-serif; font-size: 10pt;"):
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


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
# Exchange out-of-office (Dutch) answering the invitation, sent to the whole
# distribution list.  Auto-Submitted: auto-generated; multipart/alternative,
# UTF-8 base64.  Mentions a phone number and "reserveringen" – nothing to register.

HAVERKATE_OOF = """Beste afzender,

Dank voor uw bericht. Ik ben met vakantie en vanaf maandag 5 juli weer op kantoor. Uw e-mail wordt niet doorgestuurd.

Voor reserveringen van zalen in het dorpshuis kunt u bellen met 0541 - 55 12 80 (dinsdag t/m donderdag, 9.00 - 12.00 uur).

Met vriendelijke groet,
Marieke Haverkate
Stichting Dorpshuis De Lutte"""


@mail("haverkate-exchange-afwezig", "2027-06-14 10:00:37", E("auto_reply"), "nl")
def _(m):
    m.head(("From", "Marieke Haverkate <m.haverkate@dorpshuis-delutte.example>"),
           ("To", TO_EB),
           ("Subject", ew("Automatisch antwoord: " + INVITATION_SUBJECT, "utf-8", "b")),
           ("Thread-Topic", ew(INVITATION_SUBJECT, "utf-8", "b")),
           ("Thread-Index", "AQHb3Uq1mZ8cYkS0dE2a7Lr4fP0wAg=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR03MB7312C0FE1D2A44B6A9E3F1C2B83A2@AS8PR03MB7312.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "nl-NL"),
           ("X-MS-Has-Attach", ""),
           ("X-MS-Exchange-Inbox-Rules-Loop", "m.haverkate@dorpshuis-delutte.example"),
           ("MIME-Version", "1.0"))
    m.alternative(HAVERKATE_OOF, outlook_html(HAVERKATE_OOF, charset="utf-8"),
                  charset="utf-8", cte="base64", style="outlook")


# -- 002 ---------------------------------------------------------------------
# Dutch Outlook (multipart/alternative, windows-1252 QP) replying to the
# invitation: "RE:", the whole bilingual invitation quoted below a
# Van:/Verzonden:/Aan:/Onderwerp: block, so every workgroup title appears in
# the quote.  Choice "werkgroep 3 (cultuur, muziek en tradities)", two persons
# (himself and the conductor, named).  Phone 06-…, Postbus and postcode 7580 AC.

NIJHUIS_TEXT = """Goedemiddag,

Namens onze muziekvereniging meld ik graag twee personen aan voor de ontmoetingsdag op 25 september: mijzelf en onze dirigent, Anouk Bos.

Wij kiezen voor werkgroep 3 (cultuur, muziek en tradities). We spelen regelmatig in Gronau en Bad Bentheim en zoeken nog Duitse verenigingen om samen een concert mee op te zetten.

Ik ben overdag het best bereikbaar op 06-41 72 93 05.

Met vriendelijke groet,

Gerrit Nijhuis
secretaris Muziekvereniging Harmonie Eendracht Losser
Postbus 112, 7580 AC Losser"""

NIJHUIS_QUOTE = ("Euregio-Begegnungstag <begegnungstag@euregio.example>",
                 "maandag 14 juni 2027 10:00",
                 "Euregio-Begegnungstag <begegnungstag@euregio.example>",
                 INVITATION_SUBJECT, INVITATION)


@mail("nijhuis-outlook-reply-invitation", "2027-06-14 11:02:18",
      E("registration", "secretaris@harmonie-eendracht-losser.example", "Gerrit Nijhuis",
        "Muziekvereniging Harmonie Eendracht Losser", ["KULTUR"], 2, "nl"), "nl")
def _(m):
    m.head(("From", "Gerrit Nijhuis <secretaris@harmonie-eendracht-losser.example>"),
           ("To", TO_EB),
           ("Subject", ew("RE: " + INVITATION_SUBJECT, "windows-1252", "q")),
           ("Thread-Topic", ew(INVITATION_SUBJECT, "windows-1252", "q")),
           ("Thread-Index", "AQHb3Uq1mZ8cYkS0dE2a7Lr4fP0wAgABfK3w"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR05MB8817A0C3E52B4F1D9E6B71A4C22F1@DB9PR05MB8817.eurprd05.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Accept-Language", "nl-NL, en-US"),
           ("Content-Language", "nl-NL"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(NIJHUIS_TEXT, NIJHUIS_QUOTE),
                  outlook_html(NIJHUIS_TEXT, NIJHUIS_QUOTE),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 003 ---------------------------------------------------------------------
# iPhone, Dutch with a German sign-off ("mit freundlichen Grüßen") from a youth
# trainer on the border.  "de werkgroep 2, jeugd en sport", alone.  Language nl.

@mail("terhorst-iphone-nl-de-groet", "2027-06-14 20:31:05",
      E("registration", "wimterhorst@ziggo.example", "Wim ter Horst", "SV Glanerbrug",
        ["JUGEND"], 1, "nl"), "nl")
def _(m):
    m.head(("From", "Wim ter Horst <wimterhorst@ziggo.example>"),
           ("To", EB),
           ("Subject", "Aanmelding"),
           ("Date", m.date),
           ("Message-ID", "<6E1B7D3A-2F48-4C9B-A1E5-90D3C7B2F611@ziggo.example>"),
           ("X-Mailer", "iPhone Mail (22C152)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

Ik wil mij graag aanmelden voor de werkgroep 2, jeugd en sport. Ik kom alleen. Ben jeugdtrainer bij SV Glanerbrug, we spelen veel tegen clubs uit Gronau en willen graag een vast toernooi opzetten.

mit freundlichen Grüßen
Wim ter Horst

Verzonden vanaf mijn iPhone""", charset="utf-8", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# German Thunderbird, format=flowed 8bit.  Two persons (herself and the
# treasurer, named), first choice Werkgruppe 4, fallback "die 5".  Signature
# with "1. Vorsitzende", a street number, a postcode and a phone number.

@mail("terhechte-heimatverein-zweitwunsch", "2027-06-15 09:12:44",
      E("registration", "e.terhechte@heimatverein-epe.example", "Elisabeth Terhechte",
        "Heimatverein Epe e.V.", ["FOERDER", "EHRENAMT"], 2, "de"), "de")
def _(m):
    m.head(("From", "Elisabeth Terhechte <e.terhechte@heimatverein-epe.example>"),
           ("To", EB),
           ("Subject", "Anmeldung Begegnungstag 25.9."),
           ("Date", m.date),
           ("Message-ID", "<3c9a1e7f-5d20-4b8e-9f63-a8e2d41c7b05@heimatverein-epe.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

für den Heimatverein Epe e.V. melde ich mich und unseren Kassierer Josef
Overesch zum Euregio-Begegnungstag an.

Wir interessieren uns vor allem für die Werkgruppe 4, weil wir mit unserem
Partnerverein in Haaksbergen ein gemeinsames Projekt zur Geschichte der
Textilindustrie planen und dafür Fördergeld suchen. Sollte die 4 schon voll
sein, gehen wir gern in die Werkgruppe 5.

Mit freundlichen Grüßen

Elisabeth Terhechte
1. Vorsitzende
Heimatverein Epe e.V.
Gronauer Straße 14, 48599 Gronau-Epe
Tel. 02565 4471""", charset="utf-8", cte="8bit",
             params={"format": "flowed"})


# -- 005 ---------------------------------------------------------------------
# Flemish webmail, ISO-8859-1 8bit.  "wij zijn met drie", "werkgroep drie",
# three named people, plus a practical question (parking) – still a
# registration.  Belgian postcode 3590 and a GSM number.

@mail("vandersmissen-vlaams-parking", "2027-06-15 16:40:27",
      E("registration", "lieve.vandersmissen@telenet.example", "Lieve Vandersmissen",
        "Volksdansgroep 't Kempens Hart vzw", ["KULTUR"], 3, "nl"), "nl")
def _(m):
    m.head(("From", "Lieve Vandersmissen <lieve.vandersmissen@telenet.example>"),
           ("To", EB),
           ("Subject", "inschrijving ontmoetingsdag 25/09"),
           ("Date", m.date),
           ("Message-ID", "<1781534427.48211.1623907@webmail.telenet.example>"),
           ("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF127 (Win)/9.0.0_GA_4546)"),
           ("MIME-Version", "1.0"))
    m.single("""Beste organisatoren,

Via de Vlaamse volkskunstkoepel kregen wij jullie uitnodiging doorgestuurd. Graag schrijven wij ons in voor de Euregio-ontmoetingsdag: wij zijn met drie (ikzelf, Jos Geerts en Mieke Wouters) en willen het liefst naar werkgroep drie, rond cultuur en tradities. Het programma ziet er héél boeiend uit.

Nog een praktische vraag: is er parking aan de zaal, of raden jullie aan om met de trein naar Gronau te komen? Wij rijden vanuit Limburg, dat is toch een eind.

Alvast bedankt en tot dan!

Lieve Vandersmissen
Volksdansgroep 't Kempens Hart vzw
Kerkstraat 41, 3590 Diepenbeek
GSM 0475 62 18 09""", charset="iso-8859-1", cte="8bit")


# -- 006 ---------------------------------------------------------------------
# Danish Thunderbird reply to the invitation (Danish attribution line, the
# whole invitation quoted with '>').  "to personer", "arbejdsgruppe 2 om
# ungdomsudveksling og sport".  UTF-8 QP.

@mail("kjaergaard-dansk-thunderbird", "2027-06-16 08:05:51",
      E("registration", "mette.kjaergaard@folkedans-soenderborg.example", "Mette Kjærgaard",
        "Folkedanserforeningen Sønderborg", ["JUGEND"], 2, "da"), "da")
def _(m):
    m.head(("From", addr("Mette Kjærgaard", "mette.kjaergaard@folkedans-soenderborg.example",
                         "iso-8859-1")),
           ("To", TO_EB),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<b7e40c2a-91f3-4d6e-8a15-2c0f9e7d3b48@folkedans-soenderborg.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.11.0"),
           ("Content-Language", "da"),
           ("MIME-Version", "1.0"))
    m.single("""Kære arrangører,

Tak for invitationen, som vi har fået via vores venskabsforening i Hengelo.

Vi vil gerne deltage med to personer fra Folkedanserforeningen Sønderborg:
mig selv og vores ungdomsleder, Rasmus Holm. Vi vil helst være med i
arbejdsgruppe 2 om ungdomsudveksling og sport, fordi vi til næste sommer
får besøg af en ungdomsgruppe fra Twente.

Vi forstår tysk ganske godt, men hollandsk er lidt sværere :-)

Venlig hilsen
Mette Kjærgaard
formand, Folkedanserforeningen Sønderborg
Tlf. +45 74 42 18 63

Den 14-06-2027 kl. 10:00 skrev Euregio-Begegnungstag:
""" + gt_quote(INVITATION), charset="utf-8", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# The secretary registers the chairman, who has no e-mail, and asks for the
# confirmation to go to her.  name = the attendee, email = the writer.
# Gmail, multipart/alternative UTF-8 QP.

KAMPHUIS_TEXT = """Goedemorgen,

Onze voorzitter, Herman Leferink, wil graag naar de Euregio-ontmoetingsdag op 25 september. Hij komt alleen en kiest voor werkgroep 5 (vrijwilligers en bestuurswerk). Wij hebben net als veel dorpen moeite om nieuwe bestuursleden te vinden, en horen dat het aan de Duitse kant niet anders is.

Herman heeft zelf geen e-mail. Wilt u de bevestiging en verdere informatie daarom naar mij sturen? Ik geef het aan hem door.

Met vriendelijke groet,
Truus Kamphuis
secretaris Vereniging Dorpsbelang Overdinkel
tel. 053 - 538 41 96"""


@mail("kamphuis-meldt-voorzitter-aan", "2027-06-16 12:30:09",
      E("registration", "truuskamphuis@gmail.example", "Herman Leferink",
        "Vereniging Dorpsbelang Overdinkel", ["EHRENAMT"], 1, "nl"), "nl")
def _(m):
    m.head(("From", "Truus Kamphuis <truuskamphuis@gmail.example>"),
           ("To", EB),
           ("Subject", "Aanmelding Herman Leferink (Dorpsbelang Overdinkel)"),
           ("Date", m.date),
           ("Message-ID", "<CAF7k2m9Qx3vZ0nR5tLw8YbP1sE6cJ4hU2dG7aN0oXi3Tq9Mw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KAMPHUIS_TEXT, gmail_html(KAMPHUIS_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 008 ---------------------------------------------------------------------
# Swedish, Apple Mail multipart/alternative.  "Vi blir tre personer",
# "arbetsgrupp fyra, om EU-bidrag och INTERREG".  Swedish mobile number.

LINDQVIST_TEXT = """Hej!

Jag heter Anders Lindqvist och är kassör i Hembygdsföreningen Gamla Vetlanda. Vår kommun har sedan många år ett vänortssamarbete med Oldenzaal, och därifrån fick vi er inbjudan.

Vi blir tre personer som gärna kommer den 25 september. Vi är mest intresserade av arbetsgrupp fyra, om EU-bidrag och INTERREG, eftersom vi funderar på ett gemensamt projekt om gamla hantverk.

Vi förstår engelska och lite tyska.

Med vänliga hälsningar
Anders Lindqvist
Hembygdsföreningen Gamla Vetlanda
070-312 45 88"""


@mail("lindqvist-svenska-apple", "2027-06-17 19:14:32",
      E("registration", "anders.lindqvist@telia.example", "Anders Lindqvist",
        "Hembygdsföreningen Gamla Vetlanda", ["FOERDER"], 3, "sv"), "sv")
def _(m):
    m.head(("From", "Anders Lindqvist <anders.lindqvist@telia.example>"),
           ("To", EB),
           ("Subject", ew("Anmälan till Euregio-Begegnungstag", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<A1D93F7C-6B2E-4E80-9C14-5F7A2B8E0D36@telia.example>"),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    m.alternative(LINDQVIST_TEXT, apple_html(LINDQVIST_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 009 ---------------------------------------------------------------------
# Newsletter of a cultural foundation (other): another event with its own
# "aanmelden", a subsidy round, volunteers wanted.  List headers, UTF-8 base64.

NEWSLETTER_TEXT = """Nieuwsbrief Stichting Grenslandcultuur - juni 2027

In deze nieuwsbrief:
- Grensoverschrijdende Cultuurnacht Enschede-Gronau op 10 juli
- Subsidieloket: nieuwe ronde kleine cultuurprojecten
- Vrijwilligers gezocht voor het Grenslandfestival

CULTUURNACHT OVER DE GRENS
Op zaterdag 10 juli zijn musea, koren en harmonieën aan beide kanten van de grens tot middernacht open. Verenigingen kunnen zich nog tot 30 juni aanmelden voor een optreden via https://www.grenslandcultuur.example/cultuurnacht.

SUBSIDIELOKET
Heeft uw vereniging een idee voor een klein cultuurproject met een Duitse partner? Tot 1 september kunt u een aanvraag indienen van maximaal € 2.500.

VRIJWILLIGERS GEZOCHT
Voor het Grenslandfestival in augustus zoeken we nog 20 vrijwilligers voor de kassa, de bar en de opbouw. Aanmelden kan via vrijwilligers@grenslandcultuur.example.

U ontvangt deze nieuwsbrief omdat u zich hebt ingeschreven op onze website.
Afmelden: https://www.grenslandcultuur.example/afmelden"""

NEWSLETTER_HTML = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Nieuwsbrief juni 2027</title></head>
<body style="margin:0;background:#f3f1ec;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="16" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;color:#2b2b2b;">
<tr><td style="background:#7a1f2b;color:#ffffff;font-size:22px;">Stichting Grenslandcultuur &ndash; nieuwsbrief juni 2027</td></tr>
<tr><td>
<h2 style="font-size:18px;">Cultuurnacht over de grens</h2>
<p>Op zaterdag 10 juli zijn musea, koren en harmonie&euml;n aan beide kanten van de grens tot middernacht open. Verenigingen kunnen zich nog tot 30 juni <a href="https://www.grenslandcultuur.example/cultuurnacht">aanmelden voor een optreden</a>.</p>
<h2 style="font-size:18px;">Subsidieloket</h2>
<p>Heeft uw vereniging een idee voor een klein cultuurproject met een Duitse partner? Tot 1 september kunt u een aanvraag indienen van maximaal &euro;&nbsp;2.500.</p>
<h2 style="font-size:18px;">Vrijwilligers gezocht</h2>
<p>Voor het Grenslandfestival in augustus zoeken we nog 20 vrijwilligers voor de kassa, de bar en de opbouw. Aanmelden kan via <a href="mailto:vrijwilligers@grenslandcultuur.example">vrijwilligers@grenslandcultuur.example</a>.</p>
</td></tr>
<tr><td style="font-size:11px;color:#777777;">U ontvangt deze nieuwsbrief omdat u zich hebt ingeschreven op onze website. <a href="https://www.grenslandcultuur.example/afmelden">Afmelden</a></td></tr>
</table></td></tr></table>
</body></html>
"""


@mail("grenslandcultuur-nieuwsbrief", "2027-06-18 10:22:00", E("other"), "nl")
def _(m):
    m.head(("From", "Stichting Grenslandcultuur <nieuwsbrief@grenslandcultuur.example>"),
           ("To", EB),
           ("Subject", "Nieuwsbrief juni 2027: Cultuurnacht over de grens, subsidieloket en meer"),
           ("Date", m.date),
           ("Message-ID", "<20270618082200.7f3c1a9e4b@news.grenslandcultuur.example>"),
           ("List-Id", "Nieuwsbrief Grenslandcultuur <nieuwsbrief.grenslandcultuur.example>"),
           ("List-Unsubscribe", "<https://www.grenslandcultuur.example/afmelden?u=8812a>, "
                                "<mailto:afmelden@grenslandcultuur.example?subject=afmelden>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Mailer", "Laposta"),
           ("MIME-Version", "1.0"),
           envelope="bounces+8812a@news.grenslandcultuur.example")
    m.alternative(NEWSLETTER_TEXT, NEWSLETTER_HTML, charset="utf-8", cte="base64")


# -- 010 ---------------------------------------------------------------------
# West Frisian (fy): "Hjirby jou ik my op", "mei ús twaen" (the two of us),
# "wurkgroep 1, oer de taal fan de buorlju".  Plain UTF-8 8bit.

@mail("devries-frysk-opjefte", "2027-06-19 21:48:13",
      E("registration", "sjoukje.devries@hetnet.example", "Sjoukje de Vries",
        "Toanielferiening Us Nocht", ["SPRACHE"], 2, "fy"), "fy")
def _(m):
    m.head(("From", "Sjoukje de Vries <sjoukje.devries@hetnet.example>"),
           ("To", EB),
           ("Subject", "Opjefte Euregio-moetingsdei"),
           ("Date", m.date),
           ("Message-ID", "<000301db9c4a$5e2b7f10$1a827d30$@hetnet.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "fy"),
           ("MIME-Version", "1.0"))
    m.single("""Goeiejûn,

Troch ús freonen fan de Plattdeutsche Bühne yn Nordhorn hawwe wy jimme útnûging krigen. Hjirby jou ik my op foar de Euregio-Begegnungstag op 25 septimber. Myn man Tsjerk komt ek mei, dus wy binne mei ús twaen.

Wy wolle graach nei wurkgroep 1, oer de taal fan de buorlju. Us toanielferiening spilet yn it Frysk en soms yn it Nederlânsk, en wy binne benijd hoe't Dútske en Nederlânske ferienings dat mei de taal dogge.

Mei freonlike groetnis,
Sjoukje de Vries
Toanielferiening Us Nocht, Grou""", charset="utf-8", cte="8bit")

# -- 011 ---------------------------------------------------------------------
# Norwegian (Bokmål) from an iPhone: "Vi blir fire stykker", "arbeidsgruppe
# nummer tre (kultur og musikk)".  Language labelled "no".

@mail("solbakken-norsk-iphone", "2027-06-22 14:10:26",
      E("registration", "ingrid.solbakken@online.example", "Ingrid Solbakken",
        "Vennskapsforeningen Kristiansand-Twente", ["KULTUR"], 4, "no"), "no")
def _(m):
    m.head(("From", "Ingrid Solbakken <ingrid.solbakken@online.example>"),
           ("To", EB),
           ("Subject", "Påmelding 25. september"),
           ("Date", m.date),
           ("Message-ID", "<9F2C4E61-7A3B-4D05-B8E2-1C6D0A9F3E77@online.example>"),
           ("X-Mailer", "iPhone Mail (22D63)"),
           ("MIME-Version", "1.0"))
    m.single("""Hei!

Vi i Vennskapsforeningen Kristiansand-Twente vil gjerne være med på Begegnungstag i Gronau. Vi blir fire stykker, og vi ønsker oss til arbeidsgruppe nummer tre (kultur og musikk), siden flere av oss synger i kor.

Kan dere sende bekreftelsen til denne adressen?

Hilsen Ingrid Solbakken
leder, Vennskapsforeningen Kristiansand-Twente

Sendt fra min iPhone""", charset="utf-8", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Outlook set to plain text (us-ascii 7bit), from a private address.  "met z'n
# vieren voor de vierde werkgroep".  Asks for the confirmation to go to the
# foundation's secretariat – an address with a typo (openluchtheater, one t),
# which bounces in 013.  email = the address he asks us to confirm to.
# "in 2029 honderd jaar", a postcode and a phone number as distractors.

@mail("oude-egbrink-bevestiging-naar-secretariaat", "2027-06-23 09:40:12",
      E("registration", "secretariaat@openluchtheater-hertme.example", "Bert Oude Egbrink",
        "Stichting Openluchttheater Hertme", ["FOERDER"], 4, "nl"), "nl")
def _(m):
    m.head(("From", "Bert Oude Egbrink <b.oudeegbrink@kpnmail.example>"),
           ("To", EB),
           ("Subject", "Aanmelding Stichting Openluchttheater Hertme"),
           ("Date", m.date),
           ("Message-ID", "<000001db9d1b$2c4e8a70$84cb9f50$@kpnmail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", "AdvdG2yH0Kc3vQ8sTnm4c2Lp9WbX1A=="),
           ("Content-Language", "nl"),
           ("MIME-Version", "1.0"))
    m.single("""Goedemorgen,

Hierbij meld ik ons aan voor de Euregio-ontmoetingsdag in Gronau. Wij komen met z'n vieren en willen graag naar de vierde werkgroep, die over subsidies en INTERREG. Het theater bestaat in 2029 honderd jaar en we willen voor het jubileum een voorstelling samen met een Duitse amateurgroep maken.

Wilt u de bevestiging sturen naar ons secretariaat, secretariaat@openluchtheater-hertme.example? Dan komt het bij de juiste persoon terecht.

Met vriendelijke groet,

Bert Oude Egbrink
Stichting Openluchttheater Hertme
Hertmerweg 22, 7495 PK Hertme
06-22 81 47 90""", charset="us-ascii", cte="7bit")


# -- 013 ---------------------------------------------------------------------
# Postfix DSN (multipart/report): the confirmation to 012's mistyped
# secretariat address could not be delivered (domain not found).  The returned
# confirmation names Werkgruppe 4 and 4 persons.

@mail("postfix-bounce-secretariaat-typo", "2027-06-23 09:40:53",
      E("bounce", bounced="secretariaat@openluchtheater-hertme.example"), "en")
def _(m):
    rcpt = "secretariaat@openluchtheater-hertme.example"
    m.head(("From", "MAILER-DAEMON@mail.euregio.example (Mail Delivery System)"),
           ("To", EB),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270623074053.4B7E21A03C@mail.euregio.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.euregio.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: Host or domain name not found. Name
    service error for name=openluchtheater-hertme.example type=MX: Host not
    found, try again
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.euregio.example"),
         ("X-Postfix-Queue-ID", "4B7E21A03C"),
         ("X-Postfix-Sender", f"rfc822; {EB}"),
         ("Arrival-Date", "Wed, 23 Jun 2027 09:40:50 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.4.4"),
         ("Diagnostic-Code", "X-Postfix; Host or domain name not found. Name service error\n"
                             "    for name=openluchtheater-hertme.example type=MX: Host not found,\n"
                             "    try again")])
    original = conf_message(
        rcpt, "Bert Oude Egbrink", "FOERDER", 4,
        "Wed, 23 Jun 2027 09:40:50 +0200", conf_id("20270623094050"),
        "<000001db9d1b$2c4e8a70$84cb9f50$@kpnmail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 014 ---------------------------------------------------------------------
# Finnish webmail, ISO-8859-15 QP, Finnish time zone (+03:00).  "Tulen yksin"
# (I come alone), "työryhmään 5 …, toinen vaihtoehtoni on työryhmä 4".
# Organisation with the suffix "ry" and a case ending in the text ("ry:tä").

@mail("makela-suomi-tyoryhma", "2027-06-24 16:03:38",
      E("registration", "paivi.makela@elisanet.example", "Päivi Mäkelä",
        "Suomi-Alankomaat-yhdistys ry", ["EHRENAMT", "FOERDER"], 1, "fi"), "fi", tz=3)
def _(m):
    m.head(("From", addr("Päivi Mäkelä", "paivi.makela@elisanet.example", "iso-8859-15")),
           ("To", EB),
           ("Subject", "Ilmoittautuminen / Anmeldung 25.9.2027"),
           ("Date", m.date),
           ("Message-ID", "<1782306218.5521.1719234218093@webmail.elisanet.example>"),
           ("X-Mailer", "Open-Xchange Mailer v8.27.68"),
           ("MIME-Version", "1.0"))
    m.single("""Hei,

ilmoittaudun Euregio-Begegnungstag-tapahtumaan 25.9.2027 Gronaussa. Tulen yksin.

Edustan Suomi-Alankomaat-yhdistys ry:tä. Haluaisin osallistua työryhmään 5 (vapaaehtoistyö ja hallitustyö). Jos se on täynnä, toinen vaihtoehtoni on työryhmä 4.

Ymmärrän saksaa hyvin, hollantia valitettavasti en.

Ystävällisin terveisin
Päivi Mäkelä
Suomi-Alankomaat-yhdistys ry
puh. +358 40 718 2290""", charset="iso-8859-15", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Question (Dutch): in which language are the workgroups held?  Contains the
# alias "taal" and a conditional "Als er vertaald wordt, melden we ons graag
# aan … met twee of drie mensen" – no registration yet.

BROUWER_TEXT = """Goedendag,

Wij hebben de uitnodiging voor de ontmoetingsdag gelezen en zijn als IJsclub De Poolster uit Glanerbrug zeker geïnteresseerd. Maar in welke taal worden de werkgroepen gegeven? Mijn Duits is niet best, en dat van de meeste van onze leden ook niet.

Als er vertaald wordt, melden we ons graag aan, waarschijnlijk met twee of drie mensen.

Groet,
Johan Brouwer
IJsclub De Poolster"""


@mail("brouwer-vraag-welke-taal", "2027-06-25 11:17:50",
      E("question", "johan.brouwer@planet.example", "Johan Brouwer", "IJsclub De Poolster",
        [], None, "nl"), "nl")
def _(m):
    m.head(("From", "Johan Brouwer <johan.brouwer@planet.example>"),
           ("To", EB),
           ("Subject", "Vraagje over de voertaal"),
           ("Date", m.date),
           ("Message-ID", "<CAH3pQ0c7Lm2Fz9WkT4rYb1sNdE8uV6gJ5xR0aK3hP2oMq7Ze@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(BROUWER_TEXT, gmail_html(BROUWER_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 016 ---------------------------------------------------------------------
# German Outlook, HTML only (Word HTML, windows-1252 QP).  "Werkgruppe I"
# (roman numeral), three named persons, "Dr." and "Vorsitzende" in the
# signature, house number "52a", postcode and phone.

RENSING_TEXT = """Sehr geehrte Damen und Herren,

hiermit melde ich für das Partnerschaftskomitee Bocholt-Aalten e.V. drei Personen zum Euregio-Begegnungstag am 25. September an: Frau Marion Tenhagen, Herrn Wouter Klein Gunnewiek und mich.

Wir möchten gern an der Werkgruppe I teilnehmen. Unsere Sprachkurse für Vereinsmitglieder laufen seit zwei Jahren, und wir würden unsere Erfahrungen gern mit anderen teilen.

Mit freundlichen Grüßen

Dr. Claudia Rensing
Vorsitzende
Partnerschaftskomitee Bocholt-Aalten e.V.
Kaiser-Wilhelm-Straße 52a, 46395 Bocholt
Telefon 02871 / 23 94 11"""


@mail("rensing-outlook-html-werkgruppe-i", "2027-06-29 10:05:14",
      E("registration", "claudia.rensing@partnerschaft-bocholt-aalten.example", "Claudia Rensing",
        "Partnerschaftskomitee Bocholt-Aalten e.V.", ["SPRACHE"], 3, "de"), "de")
def _(m):
    m.head(("From", '"Rensing, Claudia" <claudia.rensing@partnerschaft-bocholt-aalten.example>'),
           ("To", TO_EB),
           ("Subject", "Anmeldung Partnerschaftskomitee Bocholt-Aalten"),
           ("Thread-Topic", "Anmeldung Partnerschaftskomitee Bocholt-Aalten"),
           ("Thread-Index", "AdvoZk4R9x1bT0uEQm2yW7n3cJpL5A=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1742B0D2E8C14A7F93D5E61A0B7C4@FR3P281MB1742.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(RENSING_TEXT, labels="de", lang="DE"), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Gmail HTML only (no text/plain).  "werkgroep 5 over vrijwilligers", "we zijn
# met 2".  The word "taallessen" contains the alias "taal" but chooses nothing.

ELAMRANI_TEXT = """Hallo,

Ik wil me graag aanmelden voor de ontmoetingsdag, werkgroep 5 over vrijwilligers. Mijn nicht Samira komt ook mee, dus we zijn met 2.
Wij zijn allebei actief bij Vrouwenvereniging Al Amal in Enschede, we geven taallessen en hebben een kookclub met vrouwen uit Gronau.

Groetjes,
Fatima el Amrani"""


@mail("elamrani-gmail-html", "2027-07-01 09:30:47",
      E("registration", "fatima.elamrani@gmail.example", "Fatima el Amrani",
        "Vrouwenvereniging Al Amal", ["EHRENAMT"], 2, "nl"), "nl")
def _(m):
    m.head(("From", "Fatima el Amrani <fatima.elamrani@gmail.example>"),
           ("To", EB),
           ("Subject", "aanmelden"),
           ("Date", m.date),
           ("Message-ID", "<CAJ9vR2nWq5Xo8Lm3TbK0dZ7sF4yH1cE6gU2pA9iN5rV8wQ3k@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single(gmail_html(ELAMRANI_TEXT), subtype="html", charset="utf-8", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Danish from an iPad, ISO-8859-1 QP: "Jeg kommer alene", "den første
# arbejdsgruppe om nabosprog" (Danish ordinal).  Display name ISO-8859-1 Q.

@mail("bech-dansk-foerste-arbejdsgruppe", "2027-07-02 15:20:03",
      E("registration", "soeren.bech@jubii.example", "Søren Bech",
        "Grænselandsforeningen Tønder", ["SPRACHE"], 1, "da"), "da")
def _(m):
    m.head(("From", addr("Søren Bech", "soeren.bech@jubii.example", "iso-8859-1")),
           ("To", EB),
           ("Subject", "Tilmelding - Euregio Begegnungstag"),
           ("Date", m.date),
           ("Message-ID", "<5D8E2B19-C4A7-4F60-93B1-E27F0C6A8D42@jubii.example>"),
           ("X-Mailer", "iPad Mail (22C152)"),
           ("MIME-Version", "1.0"))
    m.single("""Hej

Jeg vil gerne tilmelde mig Begegnungstag den 25. september. Jeg kommer alene.

Jeg er frivillig i Grænselandsforeningen Tønder, hvor vi arbejder meget med sprog på begge sider af den dansk-tyske grænse. Derfor vil jeg gerne deltage i den første arbejdsgruppe om nabosprog. Det bliver spændende at høre, hvordan I gør det mellem Tyskland og Holland.

Mvh
Søren Bech

Sendt fra min iPad""", charset="iso-8859-1", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Swedish Thunderbird reply to the invitation (Swedish attribution line, whole
# invitation quoted).  "mig själv och min kollega", "arbetsgrupp 3".

@mail("sjoberg-svenska-thunderbird-citat", "2027-07-05 13:12:21",
      E("registration", "karin.sjoberg@bryggan-malmo.example", "Karin Sjöberg",
        "Kulturföreningen Bryggan", ["KULTUR"], 2, "sv"), "sv")
def _(m):
    m.head(("From", addr("Karin Sjöberg", "karin.sjoberg@bryggan-malmo.example")),
           ("To", TO_EB),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<e2a6f0b4-3c81-47d9-a5e0-7b19c4d82f63@bryggan-malmo.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.12.0"),
           ("Content-Language", "sv-SE"),
           ("MIME-Version", "1.0"))
    m.single("""Hej,

tack för inbjudan! Jag anmäler mig själv och min kollega Elin Nyström från
Kulturföreningen Bryggan i Malmö. Vi vill gärna vara med i arbetsgrupp 3
(kultur, musik och traditioner).

Vi kommer med tåg via Hamburg och stannar några dagar i Enschede.

Vänliga hälsningar
Karin Sjöberg
Kulturföreningen Bryggan

Den 2027-06-14 kl. 10:00, skrev Euregio-Begegnungstag:
""" + gt_quote(INVITATION), charset="utf-8", cte="8bit")


# -- 020 ---------------------------------------------------------------------
# Swedish vacation reply to the confirmation of 019, without Auto-Submitted or
# any other auto-reply header (only the subject "Autosvar:" and the text say
# so).  ISO-8859-1 QP.

@mail("sjoberg-autosvar-semester", "2027-07-05 13:13:41", E("auto_reply"), "sv")
def _(m):
    cid = conf_id("20270705131322")
    m.head(("From", addr("Karin Sjöberg", "karin.sjoberg@bryggan-malmo.example", "iso-8859-1")),
           ("To", TO_EB),
           ("Subject", ew("Autosvar: " + CONFIRMATION_SUBJECT, "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<autosvar.1783250021.77@bryggan-malmo.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    m.single("""Hej!

Tack för ditt mejl. Jag har semester till och med den 8 augusti och läser inte min e-post under tiden.

Vid brådskande ärenden, kontakta föreningens kansli på 040-611 23 45 eller info@bryggan-malmo.example.

Karin Sjöberg
Kulturföreningen Bryggan""", charset="iso-8859-1", cte="quoted-printable")

# -- 021 ---------------------------------------------------------------------
# Change (Dutch Outlook reply to 002's confirmation, multipart/alternative
# UTF-8 QP): "naar de tweede werkgroep … Kunt u ons omzetten?"; the number
# stays ("Het blijft bij twee personen") so party_size is null.  The quoted
# confirmation names Werkgruppe 3.

NIJHUIS2_TEXT = """Goedemorgen,

Na overleg in het bestuur willen wij toch liever naar de tweede werkgroep, over jeugduitwisseling. Ons jeugdorkest wil volgend jaar op tournee naar Duitsland en daar past die groep beter bij. Kunt u ons omzetten? Het blijft bij twee personen.

Met vriendelijke groet,

Gerrit Nijhuis
secretaris Muziekvereniging Harmonie Eendracht Losser"""

NIJHUIS2_QUOTE = ("Euregio-Begegnungstag <begegnungstag@euregio.example>",
                  "maandag 14 juni 2027 11:03",
                  "Gerrit Nijhuis <secretaris@harmonie-eendracht-losser.example>",
                  CONFIRMATION_SUBJECT, conf_text("Gerrit Nijhuis", "KULTUR", 2))


@mail("nijhuis-omzetten-tweede-werkgroep", "2027-07-07 08:44:30",
      E("change", "secretaris@harmonie-eendracht-losser.example", "Gerrit Nijhuis",
        "Muziekvereniging Harmonie Eendracht Losser", ["JUGEND"], None, "nl"), "nl")
def _(m):
    cid = conf_id("20270614110319")
    m.head(("From", "Gerrit Nijhuis <secretaris@harmonie-eendracht-losser.example>"),
           ("To", TO_EB),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHb3VB0tX2mG8cE0kS5nQ1wZ7yR4gAiLp9c"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR05MB8817F27C0A1E4D6B8C53E9A1D07B2@DB9PR05MB8817.eurprd05.prod.outlook.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Accept-Language", "nl-NL, en-US"),
           ("Content-Language", "nl-NL"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(NIJHUIS2_TEXT, NIJHUIS2_QUOTE),
                  outlook_html(NIJHUIS2_TEXT, NIJHUIS2_QUOTE, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 022 ---------------------------------------------------------------------
# West Frisian again, short, Gmail for Android (multipart/alternative, UTF-8
# base64): "wurkgroep 2 (jeugd en sport)", "Ik kom allinnich".

HOEKSTRA_TEXT = """Hoi,

Hjirby jou ik my op foar de moetingsdei yn Gronau, wurkgroep 2 (jeugd en sport). Ik kom allinnich.
Ik bin jeugdtrainer by Keatsferiening Easterlittens en wy soene graach ris in keatswedstriid mei Dútske jongerein organisearje.

Groetnis,
Sytse Hoekstra"""


@mail("hoekstra-frysk-keatsen", "2027-07-08 19:02:55",
      E("registration", "sytsehoekstra@live.example", "Sytse Hoekstra",
        "Keatsferiening Easterlittens", ["JUGEND"], 1, "fy"), "fy")
def _(m):
    m.head(("From", "Sytse Hoekstra <sytsehoekstra@live.example>"),
           ("To", EB),
           ("Subject", "opjefte wurkgroep 2"),
           ("Date", m.date),
           ("Message-ID", "<CAK5sT8rYv2Pm0Qx7WnL4cB9dE3fH6jU1gR8aZ5oN2iV7kX0w@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(HOEKSTRA_TEXT, gmail_html(HOEKSTRA_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 023 ---------------------------------------------------------------------
# Question (German): bus parking for ~40 people, should they split over the
# workgroups?  "Wenn das klappt, melden wir uns dann richtig an." – not yet a
# registration.

@mail("wellering-frage-reisebus", "2027-07-12 10:10:19",
      E("question", "b.wellering@web.example", "Bernd Wellering", "Musikzug FF Vreden",
        [], None, "de"), "de")
def _(m):
    m.head(("From", "Bernd Wellering <b.wellering@web.example>"),
           ("To", EB),
           ("Subject", "Frage Busparkplatz"),
           ("Date", m.date),
           ("Message-ID", "<trinity-4a7f2c91-6e3b-4d18-b0a5-93c8e1f27d64-1783843819447@3c-app-webde-bap44>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

wir vom Musikzug der Freiwilligen Feuerwehr Vreden überlegen, mit dem ganzen Verein zum Begegnungstag zu kommen, das wären so um die 40 Leute. Gibt es am Grenzlandhaus Parkplätze für einen Reisebus? Und reicht der Platz in den Werkgruppen für so eine große Gruppe, oder müssten wir uns aufteilen?

Wenn das klappt, melden wir uns dann richtig an.

Gruß
Bernd Wellering
Musikzug FF Vreden""", charset="utf-8", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Sent from the foundation's shared mailbox with Reply-To set to her own
# address (email = Reply-To).  "Eerste keus: werkgroep 4 / Tweede keus:
# werkgroep 1", two named persons; "42 km", a postcode.  Outlook plain,
# windows-1252 QP.

@mail("wiegerinck-reply-to-stichting", "2027-07-14 11:45:02",
      E("registration", "m.wiegerinck@gmail.example", "Marloes Wiegerinck",
        "Stichting Grensoverschrijdend Wandelen Achterhoek", ["FOERDER", "SPRACHE"], 2, "nl"), "nl")
def _(m):
    m.head(("From", "Stichting Grensoverschrijdend Wandelen Achterhoek <info@grenswandelen-achterhoek.example>"),
           ("Reply-To", "Marloes Wiegerinck <m.wiegerinck@gmail.example>"),
           ("To", EB),
           ("Subject", "Aanmelding Euregio-ontmoetingsdag"),
           ("Date", m.date),
           ("Message-ID", "<002b01dbd49a$6f1e3c20$4d5ab460$@grenswandelen-achterhoek.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "nl"),
           ("MIME-Version", "1.0"))
    m.single("""Beste mensen,

Ik stuur dit vanuit het algemene adres van onze stichting, maar antwoorden graag naar mijn eigen mailadres (staat als antwoordadres ingesteld).

Wij komen met twee personen: Marloes Wiegerinck (dat ben ik, wandelcoördinator) en Henk Rouwmaat, penningmeester.
Eerste keus: werkgroep 4 (subsidies)
Tweede keus: werkgroep 1 (buurtaal)

We organiseren elk jaar de Grenslandroute, 42 km over de grens bij Dinxperlo en Suderwick, en willen graag weten hoe we daar subsidie voor kunnen krijgen.

Hartelijke groet,
Marloes Wiegerinck
Stichting Grensoverschrijdend Wandelen Achterhoek
Dorpsstraat 3, 7091 CA Dinxperlo""", charset="windows-1252", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Change (Danish Thunderbird reply quoting 006's confirmation): the treasurer
# comes too, "så vi bliver tre personer", and "kan I flytte os til
# arbejdsgruppe 4 i stedet?".  UTF-8 8bit, format=flowed.

@mail("kjaergaard-aendring-tre-personer", "2027-07-19 20:20:44",
      E("change", "mette.kjaergaard@folkedans-soenderborg.example", "Mette Kjærgaard",
        "Folkedanserforeningen Sønderborg", ["FOERDER"], 3, "da"), "da")
def _(m):
    cid = conf_id("20270616080607")
    m.head(("From", addr("Mette Kjærgaard", "mette.kjaergaard@folkedans-soenderborg.example",
                         "iso-8859-1")),
           ("To", TO_EB),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0f5c8d21-7e4a-4b93-a2d6-c81e3f9b0a57@folkedans-soenderborg.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.12.0"),
           ("Content-Language", "da"),
           ("MIME-Version", "1.0"))
    m.single("""Hej igen,

Der er sket lidt siden sidst: vores kasserer, Birthe Lund, vil også gerne
med, så vi bliver tre personer. Og vi har besluttet at søge EU-midler til
ungdomsudvekslingen, så kan I flytte os til arbejdsgruppe 4 i stedet?

På forhånd tak.

Venlig hilsen
Mette Kjærgaard
Folkedanserforeningen Sønderborg

Den 16-06-2027 kl. 08:06 skrev Euregio-Begegnungstag:
""" + gt_quote(conf_text("Mette Kjærgaard", "JUGEND", 2)), charset="utf-8", cte="8bit",
             params={"format": "flowed"})


# -- 026 ---------------------------------------------------------------------
# Forward of her own registration, first sent by mistake to the general
# Euregio address (Outlook plain, windows-1252 QP, "FW:", "-----Oorspronkelijk
# bericht-----").  The registration is her own text, not a quote of ours:
# "met z'n tweeën", "werkgroep III, cultuur".  Display name "Ria Hofstede",
# signature "Ria Hofstede-Lammers" (the label).

@mail("hofstede-doorgestuurd-eigen-mail", "2027-07-21 09:00:31",
      E("registration", "ria.hofstede@ziggo.example", "Ria Hofstede-Lammers",
        "Oranjevereniging Glane", ["KULTUR"], 2, "nl"), "nl")
def _(m):
    m.head(("From", "Ria Hofstede <ria.hofstede@ziggo.example>"),
           ("To", EB),
           ("Subject", "FW: aanmelding ontmoetingsdag"),
           ("Date", m.date),
           ("Message-ID", "<001801dbda0e$3b7c9f40$b275ddc0$@ziggo.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", "AQH5vW3kq0pT8mZyLc2rE1nD7sXb9AABcDfQ"),
           ("Content-Language", "nl"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

Dit bericht heb ik vorige week per ongeluk naar het algemene adres van de Euregio gestuurd. Ik heb nog niets gehoord, dus ik stuur het maar even door naar het goede adres.

Groet, Ria

-----Oorspronkelijk bericht-----
Van: Ria Hofstede <ria.hofstede@ziggo.example>
Verzonden: dinsdag 13 juli 2027 21:14
Aan: info@euregio.example
Onderwerp: aanmelding ontmoetingsdag

Goedenavond,

Graag meld ik mij aan voor de Euregio-ontmoetingsdag op 25 september. Mijn man Geert komt ook mee, dus we zijn met z'n tweeën. We willen graag naar werkgroep III, cultuur.

Wij zitten allebei in het bestuur van Oranjevereniging Glane, die elk jaar samen met de schutters uit Gronau een grensfeest organiseert.

Vriendelijke groeten,
Ria Hofstede-Lammers
Oranjevereniging Glane
Tel. 053-461 73 28""", charset="windows-1252", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Question in English from a Finnish heritage society (Finnish time zone):
# travel grants, English in the workgroups?  "If there is some support, we
# would be happy to register" – not yet a registration.

VIRTANEN_TEXT = """Hello,

I am the secretary of Lahden Kotiseutuyhdistys (Lahti local heritage society) in Finland. Our twin town contacts in Enschede forwarded your invitation to us.

Two of our board members would be interested in attending, but travelling from Finland is quite expensive for a small volunteer association. Is there any travel grant or support for partner associations from the Nordic countries? And would the workgroups be held in English at all, or only in German and Dutch?

If there is some support, we would be happy to register.

Best regards,
Mikko Virtanen
Secretary, Lahden Kotiseutuyhdistys ry"""


@mail("virtanen-english-travel-question", "2027-07-26 14:30:08",
      E("question", "mikko.virtanen@kotiseutu-lahti.example", "Mikko Virtanen",
        "Lahden Kotiseutuyhdistys ry", [], None, "en"), "en", tz=3)
def _(m):
    m.head(("From", "Mikko Virtanen <mikko.virtanen@kotiseutu-lahti.example>"),
           ("To", EB),
           ("Subject", "Question: travel support for partner associations?"),
           ("Date", m.date),
           ("Message-ID", "<CAM1xQ7vTz4Rk9Lp2WsN6bE0cY8dH3fJ5gU7aP1oV4iK2nX9m@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(VIRTANEN_TEXT, gmail_html(VIRTANEN_TEXT), charset="UTF-8", cte="7bit",
                  style="gmail")


# -- 028 ---------------------------------------------------------------------
# Flemish, Samsung Email, UTF-8 base64, terse: "Graag 2 plaatsen voor werkgroep
# 1 (taal) op 25/9", colleague named; "Mvg".

@mail("peeters-samsung-vlaams", "2027-08-02 09:15:40",
      E("registration", "dirk.peeters@skynet.example", "Dirk Peeters", "Davidsfonds Lommel",
        ["SPRACHE"], 2, "nl"), "nl")
def _(m):
    m.head(("From", "Dirk Peeters <dirk.peeters@skynet.example>"),
           ("To", EB),
           ("Subject", "Inschrijving werkgroep taal"),
           ("Date", m.date),
           ("Message-ID", "<bt2n7x.s9qk4c1vp3fe@samsung.skynet.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Dag,

Graag 2 plaatsen voor werkgroep 1 (taal) op 25/9, voor mezelf en mijn collega Kristel Janssens van Davidsfonds Lommel. Wij organiseren al jaren Duitse conversatietafels.

Mvg
Dirk Peeters
0496 27 41 83

Verzonden vanaf mijn Samsung Galaxy-smartphone.""", charset="utf-8", cte="base64")


# -- 029 ---------------------------------------------------------------------
# Change (Swedish Apple Mail reply quoting 008's confirmation, blockquote
# type=cite): "byta till arbetsgrupp 1 om grannspråk"; "Vi är fortfarande tre"
# (number unchanged → party_size null).  Signed with the first name only.

LINDQVIST2_TEXT = """Hej igen!

Vi har pratat ihop oss i styrelsen och vill hellre byta till arbetsgrupp 1 om grannspråk. Det visade sig att vi inte kan söka INTERREG-pengar från Sverige för det här projektet, så då är språkgruppen mer användbar för oss. Vi är fortfarande tre.

Hälsningar
Anders"""

LINDQVIST2_ATTR = ("17 juni 2027 kl. 19:15 skrev Euregio-Begegnungstag "
                   "<begegnungstag@euregio.example>:")


@mail("lindqvist-byte-arbetsgrupp-1", "2027-08-09 17:40:12",
      E("change", "anders.lindqvist@telia.example", "Anders Lindqvist",
        None, ["SPRACHE"], None, "sv"), "sv")
def _(m):
    cid = conf_id("20270617191533")
    quoted = conf_text("Anders Lindqvist", "FOERDER", 3)
    m.head(("From", "Anders Lindqvist <anders.lindqvist@telia.example>"),
           ("To", TO_EB),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<4C7A2E90-B35D-4F18-8E61-0D9B3A7C5F24@telia.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    plain = f"{LINDQVIST2_TEXT}\n\n> {LINDQVIST2_ATTR}\n> \n" + gt_quote(quoted)
    m.alternative(plain, apple_html(LINDQVIST2_TEXT, LINDQVIST2_ATTR, quoted),
                  charset="utf-8", cte="quoted-printable", style="apple")


# -- 030 ---------------------------------------------------------------------
# German with Dutch mixed in (a German living in Enschede): "für die
# Werkgruppe Ehrenamt und Vorstandsarbeit", "Mijn man komt ook mee, dus wij
# zijn met z'n tweeën".  Mostly German → language de.  GMX, UTF-8 QP.

@mail("brink-jansen-deutsch-nederlands-gemischt", "2027-08-16 10:30:57",
      E("registration", "heike.brinkjansen@gmx.example", "Heike Brink-Jansen",
        "Frauenchor Grenzenlos Enschede-Gronau", ["EHRENAMT"], 2, "de"), "de")
def _(m):
    m.head(("From", "Heike Brink-Jansen <heike.brinkjansen@gmx.example>"),
           ("To", EB),
           ("Subject", "Anmeldung / aanmelding"),
           ("Date", m.date),
           ("Message-ID", "<trinity-8b1e5d47-2a9c-4f03-96e7-d35b0c8a1f29-1786869057311@3c-app-gmx-bs61>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo zusammen,

ich wohne seit über zwanzig Jahren in Enschede und bin im Vorstand vom deutsch-niederländischen Frauenchor Grenzenlos. Ich möchte mich gerne für den Begegnungstag anmelden, und zwar für die Werkgruppe Ehrenamt und Vorstandsarbeit – bei uns im Chor wollen immer weniger Leute ein Amt übernehmen. Mijn man komt ook mee, dus wij zijn met z'n tweeën.

Sorry für das Sprachgemisch, nach so vielen Jahren hier passiert mir das ständig ;-)

Hartelijke groeten / herzliche Grüße
Heike Brink-Jansen
Frauenchor Grenzenlos Enschede-Gronau""", charset="utf-8", cte="quoted-printable")

# -- 031 ---------------------------------------------------------------------
# Change of party size only (German Thunderbird reply quoting 004's
# confirmation): the treasurer can't come, "Ich komme also allein. Bei der
# Werkgruppe bleibt es." → party_size 1, workgroups [].

@mail("terhechte-aenderung-allein", "2027-08-23 12:05:36",
      E("change", "e.terhechte@heimatverein-epe.example", "Elisabeth Terhechte",
        "Heimatverein Epe e.V.", [], 1, "de"), "de")
def _(m):
    cid = conf_id("20270615091347")
    m.head(("From", "Elisabeth Terhechte <e.terhechte@heimatverein-epe.example>"),
           ("To", TO_EB),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<8a2d6f13-0b7e-4c59-a3f1-e6c94b2d7085@heimatverein-epe.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

leider kann Herr Overesch am 25. September doch nicht mitkommen, er hat an
dem Tag eine Familienfeier. Ich komme also allein. Bei der Werkgruppe
bleibt es.

Freundliche Grüße
Elisabeth Terhechte
Heimatverein Epe e.V.

Am 15.06.2027 um 09:13 schrieb Euregio-Begegnungstag:
""" + gt_quote(conf_text("Elisabeth Terhechte", "FOERDER", 2)), charset="utf-8", cte="8bit",
             params={"format": "flowed"})


# -- 032 ---------------------------------------------------------------------
# Change of mind inside one new registration (iPad, Dutch): "Eerst wilde ik
# naar werkgroep 3, maar … Schrijf mij daarom maar in voor werkgroep 5."  "met
# z'n tweeën" refers to him and a colleague in the same group, not to his
# party: "Ik kom alleen".

@mail("schuttert-ipad-bedenkt-zich", "2027-08-30 08:50:22",
      E("registration", "maarten.schuttert@icloud.example", "Maarten Schuttert",
        "Historische Kring Denekamp", ["EHRENAMT"], 1, "nl"), "nl")
def _(m):
    m.head(("From", "Maarten Schuttert <maarten.schuttert@icloud.example>"),
           ("To", EB),
           ("Subject", "Aanmelding ontmoetingsdag 25 september"),
           ("Date", m.date),
           ("Message-ID", "<7B3E9C04-1D62-4A8F-B5E7-2F0C8D6A9B13@icloud.example>"),
           ("X-Mailer", "iPad Mail (22G86)"),
           ("MIME-Version", "1.0"))
    m.single("""Beste organisatie,

Ik wil me graag aanmelden voor de ontmoetingsdag. Eerst wilde ik naar werkgroep 3, maar mijn collega van de historische kring gaat daar al heen, en het heeft weinig zin om met z'n tweeën in dezelfde groep te zitten. Schrijf mij daarom maar in voor werkgroep 5.

Ik kom alleen, mijn collega meldt zich zelf aan.

Met vriendelijke groet,
Maarten Schuttert
Historische Kring Denekamp

Verstuurd vanaf mijn iPad""", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Question (Flemish, Outlook.com multipart/alternative ISO-8859-1 QP): may
# someone who is not in an association take part?  "Zo ja, dan meld ik me
# graag aan voor de werkgroep over vrijwilligers" – conditional on the answer.

CLAES_TEXT = """Goeiedag,

Ik ben geen lid van een vereniging, maar ik werk als vrijwilliger bij het OCMW van Maasmechelen en ik ben erg geïnteresseerd in de samenwerking over de grens. Mag ik ook deelnemen aan de ontmoetingsdag, of is die enkel voor verenigingen?

Zo ja, dan meld ik me graag aan voor de werkgroep over vrijwilligers.

Vriendelijke groeten,
An Claes"""


@mail("claes-vraag-zonder-vereniging", "2027-09-02 18:25:49",
      E("question", "an.claes@hotmail.example", "An Claes", None, [], None, "nl"), "nl")
def _(m):
    m.head(("From", "An Claes <an.claes@hotmail.example>"),
           ("To", EB),
           ("Subject", "Vraag: deelnemen zonder vereniging?"),
           ("Date", m.date),
           ("Message-ID", "<AM0P190MB0731E5C2A8D94F06B13E7D2CA4F90@AM0P190MB0731.EURP190.PROD.OUTLOOK.example>"),
           ("Content-Language", "nl-BE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(CLAES_TEXT, div_html(CLAES_TEXT, "font-family: Aptos, Calibri, sans-serif; font-size: 12pt;"),
                  charset="iso-8859-1", cte="quoted-printable", style="outlook")


# -- 034 ---------------------------------------------------------------------
# Cancellation (Norwegian iPhone reply quoting 011's confirmation with the
# iOS attribution line): "Dessverre må vi melde oss av."

@mail("solbakken-avmelding-norsk", "2027-09-06 11:11:07",
      E("cancellation", "ingrid.solbakken@online.example", "Ingrid Solbakken",
        None, [], None, "no"), "no")
def _(m):
    cid = conf_id("20270622141104")
    m.head(("From", "Ingrid Solbakken <ingrid.solbakken@online.example>"),
           ("To", TO_EB),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<2E5F8A17-94C3-4B6D-A0E2-7C1B9D3F5A80@online.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0"))
    m.single("""Hei,

Dessverre må vi melde oss av. Flyet vårt fra Kristiansand er innstilt, og vi finner ingen annen rimelig forbindelse som passer. Veldig synd, vi gledet oss!

Beklager ulempen.

Hilsen Ingrid

Sendt fra min iPhone

> 22. jun. 2027 kl. 14:11 skrev Euregio-Begegnungstag <begegnungstag@euregio.example>:
> 
""" + gt_quote(conf_text("Ingrid Solbakken", "KULTUR", 4)), charset="utf-8",
             cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Change (Flemish, Zimbra reply quoting 005's confirmation under "-----
# Oorspronkelijk bericht -----"): one of three drops out, "wij komen met twee
# in plaats van drie"; "Jos en ikzelf blijven gewoon ingeschreven voor
# werkgroep 3" names the (unchanged) workgroup.

@mail("vandersmissen-wijziging-met-twee", "2027-09-08 09:05:33",
      E("change", "lieve.vandersmissen@telenet.example", "Lieve Vandersmissen",
        None, ["KULTUR"], 2, "nl"), "nl")
def _(m):
    cid = conf_id("20270615164112")
    m.head(("From", "Lieve Vandersmissen <lieve.vandersmissen@telenet.example>"),
           ("To", TO_EB),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1789282733.61904.1726007@webmail.telenet.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF129 (Win)/9.0.0_GA_4546)"),
           ("MIME-Version", "1.0"))
    m.single("""Beste,

Mieke Wouters moet helaas afhaken (ze is aan haar knie geopereerd), dus wij komen met twee in plaats van drie. Jos en ikzelf blijven gewoon ingeschreven voor werkgroep 3.

En bedankt voor de info over de parking!

Groetjes,
Lieve

----- Oorspronkelijk bericht -----
Van: "Euregio-Begegnungstag" <begegnungstag@euregio.example>
Aan: "Lieve Vandersmissen" <lieve.vandersmissen@telenet.example>
Verzonden: Dinsdag 15 juni 2027 16:41:12
Onderwerp: """ + CONFIRMATION_SUBJECT + "\n\n" + conf_text("Lieve Vandersmissen", "KULTUR", 3),
             charset="utf-8", cte="8bit")


# -- 036 ---------------------------------------------------------------------
# Cancellation by 012 in a new mail (no quote, no confirmation ever received –
# it bounced in 013): "wij moeten ons helaas afmelden".  Written from his own
# address, so email = From.  Outlook plain us-ascii.

@mail("oude-egbrink-afmelding", "2027-09-10 16:45:58",
      E("cancellation", "b.oudeegbrink@kpnmail.example", "Bert Oude Egbrink",
        "Stichting Openluchttheater Hertme", [], None, "nl"), "nl")
def _(m):
    m.head(("From", "Bert Oude Egbrink <b.oudeegbrink@kpnmail.example>"),
           ("To", EB),
           ("Subject", "Afmelding Openluchttheater Hertme"),
           ("Date", m.date),
           ("Message-ID", "<000a01dbe28f$71d03b60$5570b220$@kpnmail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "nl"),
           ("MIME-Version", "1.0"))
    m.single("""Goedemiddag,

In juni heb ik ons met vier personen aangemeld voor de ontmoetingsdag. Een bevestiging heb ik nooit gezien; ik denk dat ik toen een tikfout in het adres van ons secretariaat heb gemaakt. Maar dat maakt inmiddels niet meer uit: wij moeten ons helaas afmelden, want op 25 september hebben we de generale repetitie van onze najaarsvoorstelling.

Hopelijk een volgende keer!

Met vriendelijke groet,
Bert Oude Egbrink
Stichting Openluchttheater Hertme""", charset="us-ascii", cte="7bit")


# -- 037 ---------------------------------------------------------------------
# Cancellation (German Outlook HTML only, reply quoting 016's confirmation
# under a Von:/Gesendet:/An:/Betreff: block): "müssen wir unsere Teilnahme …
# absagen … Bitte streichen Sie alle drei Anmeldungen."

RENSING2_TEXT = """Sehr geehrte Damen und Herren,

zu unserem großen Bedauern müssen wir unsere Teilnahme am Begegnungstag absagen. Unser Komitee empfängt am selben Wochenende kurzfristig eine Delegation aus Aalten, und dieser Besuch lässt sich nicht verschieben.

Bitte streichen Sie alle drei Anmeldungen. Wir wünschen Ihnen eine gelungene Veranstaltung.

Mit freundlichen Grüßen

Dr. Claudia Rensing
Vorsitzende
Partnerschaftskomitee Bocholt-Aalten e.V."""

RENSING2_QUOTE = ("Euregio-Begegnungstag <begegnungstag@euregio.example>",
                  "Dienstag, 29. Juni 2027 10:06",
                  "Rensing, Claudia <claudia.rensing@partnerschaft-bocholt-aalten.example>",
                  CONFIRMATION_SUBJECT, conf_text("Claudia Rensing", "SPRACHE", 3))


@mail("rensing-absage-outlook-html", "2027-09-13 14:52:17",
      E("cancellation", "claudia.rensing@partnerschaft-bocholt-aalten.example", "Claudia Rensing",
        "Partnerschaftskomitee Bocholt-Aalten e.V.", [], None, "de"), "de")
def _(m):
    cid = conf_id("20270629100615")
    m.head(("From", '"Rensing, Claudia" <claudia.rensing@partnerschaft-bocholt-aalten.example>'),
           ("To", TO_EB),
           ("Subject", ew("AW: " + CONFIRMATION_SUBJECT, "windows-1252", "q")),
           ("Thread-Topic", ew(CONFIRMATION_SUBJECT, "windows-1252", "q")),
           ("Thread-Index", "AdvoZk4R9x1bT0uEQm2yW7n3cJpL5AAKx3Rw"),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB17420A6C3E9D4B2F81E7C05D9A3B6@FR3P281MB1742.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(RENSING2_TEXT, RENSING2_QUOTE, labels="de", lang="DE"),
             subtype="html", charset="windows-1252", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Dutch Exchange Online NDR (multipart/report: multipart/alternative notice,
# message/delivery-status, text/rfc822-headers) for the 7-day reminder to a
# club address that no longer exists.  Its registration is not in the corpus.

NDR_RCPT = "k.wessels@vv-dinxperlo.example"

NDR_TEXT = f"""Uw bericht is niet bezorgd bij {NDR_RCPT}, omdat het adres niet is gevonden of geen e-mail kan ontvangen.

Hoe los ik dit op?
Controleer of het e-mailadres van de ontvanger goed is gespeld en verzend het bericht opnieuw. Als het adres klopt, neemt u op een andere manier contact op met de ontvanger (bijvoorbeeld telefonisch) en vraagt u naar het juiste adres.

Meer informatie voor e-mailbeheerders
Statuscode: 550 5.1.10
Deze fout treedt op omdat het e-mailadres van de ontvanger niet bestaat in de organisatie van de ontvanger.

Oorspronkelijke berichtkoppen:"""

NDR_HTML = f"""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div style="font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:14px;color:#212121">
<p style="font-size:21px;color:#c00000"><b>Uw bericht is niet bezorgd bij {NDR_RCPT}</b></p>
<p>Het adres is niet gevonden of kan geen e-mail ontvangen.</p>
<p><b>Hoe los ik dit op?</b><br>
Controleer of het e-mailadres van de ontvanger goed is gespeld en verzend het bericht opnieuw. Als het adres klopt, neemt u op een andere manier contact op met de ontvanger (bijvoorbeeld telefonisch) en vraagt u naar het juiste adres.</p>
<p><b>Meer informatie voor e-mailbeheerders</b><br>
Statuscode: 550 5.1.10<br>
Deze fout treedt op omdat het e-mailadres van de ontvanger niet bestaat in de organisatie van de ontvanger.</p>
</div>
</body>
</html>
"""

NDR_ORIG_HEADERS = f"""Received: from mail.euregio.example (198.51.100.23) by
 AM9PR02MB6711.eurprd02.prod.outlook.example with Microsoft SMTP Server
 id 15.20.8722.21; Sat, 18 Sep 2027 08:00:08 +0000
From: Euregio-Begegnungstag <{EB}>
To: {NDR_RCPT}
Subject: {REMINDER_SUBJECT}
Date: Sat, 18 Sep 2027 10:00:05 +0200
Message-ID: <mailbot.reminder.20270918100005.9c41@euregio.example>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
"""


@mail("exchange-ndr-onbestelbaar-herinnering", "2027-09-18 08:00:11",
      E("bounce", bounced=NDR_RCPT), "nl", tz=0)
def _(m):
    m.head(("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@vv-dinxperlo.example>"),
           ("To", EB),
           ("Subject", "Onbestelbaar: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<9d1c4a7e-2f35-4b80-a6c1-e07b3d92f518@AM9PR02MB6711.eurprd02.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.reminder.20270918100005.9c41@euregio.example>"),
           ("References", "<mailbot.reminder.20270918100005.9c41@euregio.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("Content-Language", "nl-NL"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("MIME-Version", "1.0"),
           envelope="", relay="mail-am9pr02.outbound.protection.outlook.example")
    notice = m.alternative(NDR_TEXT, NDR_HTML, charset="utf-8", cte="quoted-printable",
                           style="outlook", top=False)
    dsn = dsn_part(
        [("Reporting-MTA", "dns;AM9PR02MB6711.eurprd02.prod.outlook.example"),
         ("Received-From-MTA", "dns;mail.euregio.example"),
         ("Arrival-Date", "Sat, 18 Sep 2027 08:00:08 +0000")],
        [("Final-Recipient", f"rfc822;{NDR_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.1.10"),
         ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient\n"
                             f" {NDR_RCPT} not found by SMTP address lookup")])
    headers = m.text(NDR_ORIG_HEADERS, subtype="rfc822-headers", charset="us-ascii", cte="7bit")
    m.multi("report", [notice, dsn, headers], style="outlook",
            params={"report-type": "delivery-status"})


# -- 039 ---------------------------------------------------------------------
# Cancellation (Finnish webmail reply quoting 014's confirmation, Finnish
# attribution line, +03:00): "valitettavasti joudun perumaan osallistumiseni".

@mail("makela-peruutus-suomi", "2027-09-20 20:10:44",
      E("cancellation", "paivi.makela@elisanet.example", "Päivi Mäkelä",
        None, [], None, "fi"), "fi", tz=3)
def _(m):
    cid = conf_id("20270624150419")
    m.head(("From", addr("Päivi Mäkelä", "paivi.makela@elisanet.example", "iso-8859-15")),
           ("To", TO_EB),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1789924244.8117.1726856244731@webmail.elisanet.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "Open-Xchange Mailer v8.29.41"),
           ("MIME-Version", "1.0"))
    m.single("""Hei,

valitettavasti joudun perumaan osallistumiseni. Äitini sairastui, enkä voi matkustaa syyskuussa Saksaan. Toivottavasti ensi vuonna!

Ystävällisin terveisin
Päivi Mäkelä

Euregio-Begegnungstag <begegnungstag@euregio.example> kirjoitti 24.6.2027 klo 16.04:

""" + gt_quote(conf_text("Päivi Mäkelä", "EHRENAMT", 1)), charset="utf-8",
             cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Thank-you after the event from 003 (other): names "de werkgroep jeugd en
# sport", "drie clubs", "in oktober", signs off in German again.

@mail("terhorst-bedankt-na-afloop", "2027-09-27 19:40:02", E("other"), "nl")
def _(m):
    m.head(("From", "Wim ter Horst <wimterhorst@ziggo.example>"),
           ("To", EB),
           ("Subject", "Bedankt!"),
           ("Date", m.date),
           ("Message-ID", "<C48A1F7E-5B93-4D26-8E0A-3F71D2B6C95E@ziggo.example>"),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0"))
    m.single("""Hoi allemaal,

Bedankt voor de super georganiseerde dag zaterdag! In de werkgroep jeugd en sport heb ik drie clubs uit Gronau en Ochtrup leren kennen, in oktober spelen we al het eerste toernooi samen.

Volgend jaar ben ik zeker weer van de partij.

mit sportlichen Grüßen
Wim

Verzonden vanaf mijn iPhone""", charset="utf-8", cte="quoted-printable")


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def build_all():
    built = []
    for n, (slug, when, tz, expected, text_lang, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when, tz)
        fn(m)
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


def visible_text(msg):
    """Decoded From/Reply-To/To/Subject plus every text part (HTML without tags)."""
    chunks = [str(msg.get(h, "")) for h in ("From", "Reply-To", "To", "Subject")]
    for p in leaves(msg):
        if p.get_content_maintype() != "text":
            continue
        t = p.get_content()
        if p.get_content_subtype() == "html":
            t = re.sub(r"<style.*?</style>", " ", t, flags=re.S)
            t = html.unescape(re.sub(r"<[^>]+>", " ", t))
        chunks.append(t)
    return "\n".join(chunks)


def _norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s).casefold()).strip()


EXAMPLE_DOMAIN = re.compile(r"(^|\.)(example|example\.org|example\.com|example\.net)$", re.I)


def check_label(e, text_lang, msg):
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        return [f"unknown kind {kind!r}"]
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WORKGROUP_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg!r}")
    if kind not in ("registration", "change") and wg:
        problems.append(f"{kind} must have workgroups []")
    ps = e["party_size"]
    if kind == "registration":
        if not (isinstance(ps, int) and ps >= 1):
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if ps is not None and not (isinstance(ps, int) and ps >= 1):
            problems.append("change party_size must be null or >= 1")
        if ps is None and not wg:
            problems.append("a change must change the workgroup or the number")
    elif ps is not None:
        problems.append(f"{kind} must have party_size null")
    if kind == "bounce":
        b = e["bounced_recipient"]
        if not b or b != b.lower():
            problems.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient only for bounces")
    seen = _norm(visible_text(msg))
    if kind in PERSON_KINDS:
        em = e["email"]
        if not em or em != em.lower():
            problems.append("person kinds need a lower-case email")
        else:
            hdr = [a.lower() for _, a in getaddresses(
                [str(v) for k in ("From", "Reply-To") for v in msg.get_all(k, [])])]
            if em not in hdr and em not in seen:
                problems.append(f"email {em} occurs nowhere in the mail")
        if not e["name"]:
            problems.append("person kinds need a name")
        elif _norm(e["name"]) not in seen:
            problems.append(f"name {e['name']!r} occurs nowhere in the mail")
        if e["organisation"] is not None and _norm(e["organisation"]) not in seen:
            problems.append(f"organisation {e['organisation']!r} occurs nowhere in the mail")
        if e["language"] not in LANGUAGES:
            problems.append(f"language {e['language']!r} not one of {LANGUAGES}")
        elif e["language"] != text_lang:
            problems.append(f"language {e['language']} but the text is {text_lang}")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{kind} must have {k} null")
    return problems


def check(name, data, m, expected, text_lang):
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
    if not (datetime.datetime(2027, 6, 14, tzinfo=CEST) <= when
            < datetime.datetime(2027, 10, 1, tzinfo=CEST)):
        problems.append(f"date {when} outside 14 June - 30 September 2027")
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            cs = p.get_content_charset() or "us-ascii"
            try:
                p.get_payload(decode=True).decode(cs)
            except (UnicodeDecodeError, LookupError):
                problems.append(f"a text part does not decode in its charset {cs}")
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
        if p.get_content_type() == "message/delivery-status":
            for b in p.get_payload():
                chunks += [f"{k}: {v}" for k, v in b.items()]
    text = "\n".join(chunks)
    for dom in re.findall(r"[\w.+$-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in (
                "schemas.microsoft.com", "www.w3.org"):
            problems.append(f"non-example URL host {dom}")
    for dom in re.findall(r"(?:from|by|dns;) ?([a-z0-9-]+(?:\.[a-z0-9-]+)+)", text, re.I):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and not re.fullmatch(r"[\d.]+", dom):
            problems.append(f"non-example host {dom}")
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    problems += check_label(expected, text_lang, msg)
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    by_kind_lang = collections.Counter((e["kind"], t) for _, _, e, t in built)
    encs = collections.Counter()
    types = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_type(), p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    print("kinds:", dict(sorted(kinds.items())))
    langs = sorted({t for _, _, _, t in built})
    print("kind x text language:")
    print(f"  {'':13}" + " ".join(f"{l:>3}" for l in langs))
    for k in KINDS:
        print(f"  {k:13}" + " ".join(f"{by_kind_lang[(k, l)]:>3}" for l in langs))
    print("top-level content types:", dict(sorted(types.items())))
    print("text parts by (type, charset, transfer encoding):")
    for (ct, cs, cte), k in sorted(encs.items()):
        print(f"  {ct:20} {cs:14} {cte:18} {k}")


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
    last = None
    for name, m, _, _ in built:
        if last is not None and m.when <= last:
            print(f"{name}: dates must rise with the numbering")
            bad += 1
        last = m.when
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
