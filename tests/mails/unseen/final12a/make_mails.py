#!/usr/bin/env python3
"""Build the "final12a" set for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: the MSO-Tag 2027 (same config as dev).  Most mails are replies to mail the
organisers' office sent earlier: the registration confirmation ("Ihre Anmeldung
für AG 2 ist bestätigt") or the reminders sent 7 days and 1 day before the event.
People answer above, below or between the quoted lines: thanks, questions,
changes of workgroup or of the number of people, cancellations (some only for a
companion), first registrations by people who got the mail forwarded by a
colleague, and a few auto-replies and bounces answering the reminders.

Every mail text below is written by hand.  The script only wraps the texts in
MIME with the standard `email` package, writes the files, and reads every file
back to check it (parses with policy=default without defects, each text part
decodes strictly in its declared charset to exactly the written text, lines are
at most 998 octets, dates rise, only example domains).

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

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
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded are written out as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
MSO_NAME = "Tag der Migrantenselbstorganisationen"
TO_MSO = f"{MSO_NAME} <{MSO}>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def quote(text, prefix="> "):
    """Quote a text line by line, the way Thunderbird, Gmail and Apple Mail do."""
    bare = prefix.rstrip()
    return "\n".join((prefix + line) if line else bare for line in text.split("\n"))


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


def esc_addr(line):
    """Escape a line and turn bare addresses into mailto links (as webmailers do)."""
    out = esc(line)
    return re.sub(r"([\w.+-]+@[\w-]+(?:\.[\w-]+)+)",
                  r'<a href="mailto:\1">\1</a>', out)


def E(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    """One expected.json record; every key is always present."""
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def _h(slug, n):
    return hashlib.sha256(f"final12a/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


def conf_id(tag):
    return f"<mso2027.bestaetigung.{_h(tag, 'conf')[:12]}@muenster.example>"


def rem_id(tag, which):
    return f"<mso2027.erinnerung-{which}.{_h(tag, 'rem')[:12]}@muenster.example>"


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
        self.intended = []
        self.crlf = False
        self._nboundary = 0

    def head(self, *pairs, envelope=None, received=True, crlf=False):
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in
        order.  ASCII values are stored verbatim (folded at spaces when long);
        values with non-ASCII characters are encoded by the policy as UTF-8."""
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", MSO)
        if received:
            domain = sender.split("@")[1].lower()
            host = "mail." + domain
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
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.muenster.example"
        if style == "samsung":
            return f"--_com.samsung.android.email_{int(h[:12], 16)}"
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
# what the organisers' office sent earlier (quoted, forwarded, returned)
# ---------------------------------------------------------------------------

CONF_SUBJ = "Anmeldebestätigung: Tag der Migrantenselbstorganisationen 2027"
CONF_SUBJ_EN = "Registration confirmed: Tag der Migrantenselbstorganisationen 2027"
REM7_SUBJ = "Erinnerung: Tag der Migrantenselbstorganisationen am 13. März"
REM1_SUBJ = "Morgen: Tag der Migrantenselbstorganisationen"

AG_DE = {
    "AG1": ("AG 1", ["Menschen mit Migrationsvorgeschichte im Bildungssystem"]),
    "AG2": ("AG 2", ["Münsters Zukunftsprozess aus der Sicht der Menschen",
                     "mit Migrationsvorgeschichte"]),
    "AG3": ("AG 3", ["Förderungsmöglichkeiten und effektives Vereinsmanagement"]),
}
AG_EN = {
    "AG1": "(people with a migration background in the education system)",
    "AG2": "(Münster's future process from the migrant communities' point of view)",
    "AG3": "(funding opportunities and effective association management)",
}


def _ag_block(ag, label="Arbeitsgruppe:", width=16):
    short, title = AG_DE[ag]
    lines = [f"{label:<{width}}{short}"]
    lines += [" " * width + t for t in title]
    return "\n".join(lines)


def conf_de(name, ag, persons):
    """The German confirmation the office sent after a registration."""
    short = AG_DE[ag][0]
    return f"""Guten Tag {name},

Ihre Anmeldung für {short} ist bestätigt. Wir freuen uns auf Sie!

Veranstaltung:  Tag der Migrantenselbstorganisationen 2027
Datum:          Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Ort:            Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
{_ag_block(ag)}
Personen:       {persons}

Sie möchten in eine andere Arbeitsgruppe wechseln, mit mehr oder weniger
Personen kommen oder absagen? Antworten Sie einfach auf diese E-Mail.

Freundliche Grüße
Ihr Organisationsteam MSO-Tag
Kommunales Integrationszentrum der Stadt Münster"""


def conf_en(name, ag, persons):
    """The English confirmation (sent to people who registered in English)."""
    short, title = AG_DE[ag]
    pad = " " * 11
    title_lines = "\n".join(pad + t for t in title)
    return f"""Dear {name},

Your registration for {short} is confirmed. We look forward to seeing you!

Event:     Tag der Migrantenselbstorganisationen 2027
           (Day of Migrant Organisations)
Date:      Saturday, 13 March 2027, 10:00 to 16:00
Venue:     Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
Workgroup: {short}
{title_lines}
{pad}{AG_EN[ag]}
Persons:   {persons}

To change your workgroup or the number of persons, or to cancel, simply
reply to this e-mail.

Kind regards
MSO-Tag organising team
Kommunales Integrationszentrum der Stadt Münster"""


def rem7(name, ag, persons):
    """The reminder sent one week before (Saturday, 6 March 2027, 10:00)."""
    return f"""Guten Tag {name},

in einer Woche ist es so weit: Am Samstag, 13. März 2027, findet der Tag der
Migrantenselbstorganisationen im Stadtweinhaus (Prinzipalmarkt 8, 48143
Münster) statt. Einlass und Kaffee ab 9:30 Uhr, Beginn um 10:00 Uhr.

Für Sie angemeldet:
{_ag_block(ag)}
Personen:       {persons}

Falls Sie doch nicht kommen können, sagen Sie bitte kurz ab (eine Antwort
auf diese E-Mail genügt). Dann können Interessierte von der Warteliste
nachrücken.

Bis Samstag!
Ihr Organisationsteam MSO-Tag
Kommunales Integrationszentrum der Stadt Münster"""


def rem1(name, ag, persons):
    """The reminder sent the day before (Friday, 12 March 2027, 10:00)."""
    return f"""Guten Tag {name},

morgen ist es so weit! Wir erwarten Sie am Samstag, 13. März 2027, ab 9:30 Uhr
im Stadtweinhaus, Prinzipalmarkt 8. Nach dem gemeinsamen Auftakt und der
Mittagspause beginnen die Arbeitsgruppen um 13:00 Uhr.

Für Sie angemeldet:
{_ag_block(ag)}
Personen:       {persons}

Wenn Sie kurzfristig verhindert sind, geben Sie uns bitte kurz Bescheid.

Bis morgen!
Ihr Organisationsteam MSO-Tag
Kommunales Integrationszentrum der Stadt Münster"""


def office_message(to, subject, body, date, msgid, auto="auto-replied"):
    """A whole message from the office (returned inside bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_MSO
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid
    m["Auto-Submitted"] = auto
    m["MIME-Version"] = "1.0"
    m.set_content(body, charset="utf-8", cte="quoted-printable")
    return m


# ---------------------------------------------------------------------------
# client styles
# ---------------------------------------------------------------------------

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="urn:schemas-microsoft-com:office:2004:12:omml">
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
span.EmailStyle19
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
<body lang={lang} link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""

LABELS = {
    "de": ("Von:", "Gesendet:", "An:", "Betreff:"),
    "en": ("From:", "Sent:", "To:", "Subject:"),
    "fr": ("De\u00a0:", "Envoyé\u00a0:", "À\u00a0:", "Objet\u00a0:"),
    "tr": ("Kimden:", "Gönderildi:", "Kime:", "Konu:"),
}


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote_=None, labels="de", charset="Windows-1252", lang="DE"):
    """Outlook-style HTML; quote_ = (von, gesendet, an, betreff, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote_:
        von, gesendet, an, betreff, quoted = quote_
        lf, ls, lt, lsub = LABELS[labels]
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'>{esc(lf)}</span></b>"
                   f"<span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'> {esc(von)}<br>\n"
                   f"<b>{esc(ls)}</b> {esc(gesendet)}<br>\n"
                   f"<b>{esc(lt)}</b> {esc(an)}<br>\n"
                   f"<b>{esc(lsub)}</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return (OUTLOOK_HEAD.format(charset=charset, lang=lang) + "\n".join(out)
            + "\n</div>\n</body>\n</html>\n")


def outlook_plain(text, quote_=None, labels="de", rule=False):
    """The text/plain Outlook writes next to outlook_html()."""
    if not quote_:
        return text
    von, gesendet, an, betreff, quoted = quote_
    lf, ls, lt, lsub = LABELS[labels]
    sep = "________________________________\n" if rule else ""
    return (f"{text}\n\n{sep}{lf} {von}\n{ls} {gesendet}\n{lt} {an}\n"
            f"{lsub} {betreff}\n\n{quoted}")


def _divs(text, dir_attr=""):
    return "".join(f"<div{dir_attr}>{esc_addr(line) if line else '<br>'}</div>"
                   for line in text.split("\n"))


def gmail_reply(new, attribution, quoted, rtl=False):
    """(plain, html) of a Gmail reply: new text on top, quote below."""
    plain = f"{new}\n\n{attribution}\n\n{quote(quoted)}\n"
    d = "rtl" if rtl else "ltr"
    qhtml = "<br>\n".join(esc_addr(line) for line in quoted.split("\n"))
    htm = (f'<div dir="{d}">{_divs(new)}</div><br><div class="gmail_quote gmail_quote_container">'
           f'<div dir="{d}" class="gmail_attr">{esc_addr(attribution)}<br></div>'
           '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
           f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{qhtml}</blockquote></div>\n')
    return plain, htm


def gmail_forward(new, blocks, rtl=False):
    """(plain, html) of a Gmail forward; blocks = [(header_lines, body), ...],
    outermost first, each shown below a '---------- ... ---------' line."""
    plain = [new, ""]
    hparts = []
    for marker, hdr, body in blocks:
        plain += ["", marker] + hdr + ["", body]
        hparts.append(
            f'<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{esc(marker)}<br>'
            + "<br>".join(esc_addr(h) for h in hdr)
            + f"<br></div><br><br>{_divs(body)}")
    d = "rtl" if rtl else "ltr"
    htm = (f'<div dir="{d}">{_divs(new)}<br>' + "".join(hparts)
           + "</div>" * len(hparts) + "</div>\n")
    return "\n".join(plain) + "\n", htm


def apple_reply(new, attribution, quoted, below=False):
    """(plain, html) of an Apple Mail reply; below=True puts the new text under the quote."""
    q = quote(f"{attribution}\n\n{quoted}")
    plain = f"{q}\n\n{new}\n" if below else f"{new}\n\n{q}\n"
    qhtml = ("<blockquote type=\"cite\"><div>" + esc_addr(attribution) + "</div><br>"
             + "".join(f"<div>{esc_addr(line) if line else '<br>'}</div>" for line in quoted.split("\n"))
             + "</blockquote>")
    newhtml = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in new.split("\n"))
    body = (qhtml + "<br>" + newhtml) if below else (newhtml + "<div><br>" + qhtml + "</div>")
    htm = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
           "<body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
           f"line-break: after-white-space;\">{body}</body></html>\n")
    return plain, htm


# ---------------------------------------------------------------------------
# the mails, in the order they arrived
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=1):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco

# -- 001 ---------------------------------------------------------------------
# Thank-you reply to the confirmation (Gmail, multipart/alternative, UTF-8 QP).
# Nothing to do: other.  The quote names AG 2 and 2 persons.

@mail("demir-thanks-for-confirmation", "2027-02-01 09:12:40", E("other"), "de")
def _(m):
    m.head(("From", "Ayşe Demir <ayse.demir.ms@gmail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJ),
           ("Date", m.date),
           ("Message-ID", "<CAHq7vR2x0pLmT4s9fWbZk3N8dYc1eGuJ6oAiQ5rE2hVt7nBwXg@mail.gmail.example>"),
           ("In-Reply-To", conf_id("demir")),
           ("References", conf_id("demir")),
           ("MIME-Version", "1.0"))
    new = """Hallo liebes Orga-Team,

vielen Dank für die schnelle Bestätigung! Meine Kollegin und ich freuen uns
schon sehr auf den Tag, das Thema Zukunftsprozess ist für uns gerade total
aktuell.

Bis zum 13. März!
Ayşe Demir
Deutsch-Türkischer Frauentreff Gievenbeck"""
    attribution = (f"Am Do., 28. Jan. 2027 um 19:22 Uhr schrieb {MSO_NAME} <{MSO}>:")
    plain, htm = gmail_reply(new, attribution, conf_de("Ayşe Demir", "AG2", 2))
    m.alternative(plain, htm, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 002 ---------------------------------------------------------------------
# Learner German (Polish writer), Thunderbird, iso-8859-2 QP, top-posted above
# the quoted confirmation (AG 1).  "Können Sie mich bitte umtauschen in AG 3"
# is a change to AG 3, described by the alias words as well.

@mail("kowalczyk-learner-german-switch-to-ag3", "2027-02-01 17:40:05",
      E("change", "agnieszka.kowalczyk@poczta-ms.example", "Agnieszka Kowalczyk",
        "Polnischer Elternverein Tęcza e.V.", ["AG3"], None, "de"), "de")
def _(m):
    m.head(("From", ew("Agnieszka Kowalczyk", "iso-8859-2") + " <agnieszka.kowalczyk@poczta-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + ew(CONF_SUBJ, "iso-8859-2")),
           ("Date", m.date),
           ("Message-ID", "<7b2e91c4-5d0a-4f38-9e61-c3a8d2f05b17@poczta-ms.example>"),
           ("In-Reply-To", conf_id("kowalczyk")),
           ("References", conf_id("kowalczyk")),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Tag,

ich bin angemeldet für AG 1 aber ich habe jetzt mit unsere Vorstand
gesprochen und für unsere Verein ist besser die Gruppe mit Förderung und
Vereinsmanagement, weil wir suchen Geld für Sprachkurs (polnisch) für die
Kinder. Können Sie mich bitte umtauschen in AG 3?

Danke schön und mit freundliche Grüße
Agnieszka Kowalczyk
Polnischer Elternverein Tęcza e.V.

Am 29.01.2027 um 09:47 schrieb {MSO_NAME}:
{quote(conf_de("Agnieszka Kowalczyk", "AG1", 1))}
""", charset="iso-8859-2", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# Question (parking, halal food) in English above an Outlook-quoted English
# confirmation.  Outlook multipart/alternative, windows-1252 QP.

OKONKWO_TEXT = """Good morning,

Thank you for the confirmation. Two quick questions before the day:

1. Is there parking close to the Stadtweinhaus, or would you recommend we come by bus? I will be driving in from Greven.
2. Will the lunch include halal options? Some of our members asked me.

Many thanks in advance,

Chinedu Okonkwo
Secretary
Igbo Union Münster e.V.
+49 157 3382 0914"""


@mail("okonkwo-english-question-parking-halal", "2027-02-02 08:03:22",
      E("question", "c.okonkwo@igbo-union-ms.example", "Chinedu Okonkwo",
        "Igbo Union Münster e.V.", [], None, "en"), "en")
def _(m):
    m.head(("From", "Chinedu Okonkwo <c.okonkwo@igbo-union-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "RE: " + CONF_SUBJ_EN),
           ("Thread-Topic", CONF_SUBJ_EN),
           ("Thread-Index", "AQHbdF3kq8mW0Yx1TzK7a2PnRf9s4A=="),
           ("Date", m.date),
           ("Message-ID", "<PR3P195MB0821A4C7E2D94F1B8C3E@PR3P195MB0821.EURP195.PROD.OUTLOOK.example>"),
           ("In-Reply-To", conf_id("okonkwo")),
           ("References", conf_id("okonkwo")),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    q = (f"{MSO_NAME} <{MSO}>", "Monday, February 1, 2027 4:12 PM",
         "Chinedu Okonkwo <c.okonkwo@igbo-union-ms.example>", CONF_SUBJ_EN,
         conf_en("Chinedu Okonkwo", "AG1", 1))
    m.alternative(outlook_plain(OKONKWO_TEXT, q, "en"),
                  outlook_html(OKONKWO_TEXT, q, "en", lang="EN-GB"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 004 ---------------------------------------------------------------------
# Turkish, Outlook with Turkish labels, windows-1254 QP.  One more member
# comes: "2 değil 3 kişi olacağız" -> change of party size to 3; no new
# workgroup (the quoted confirmation says AG 3).

KILIC_TEXT = """Merhaba,

Onay için çok teşekkürler. Derneğimizden bir arkadaşımız daha katılmak istiyor, yani 2 değil 3 kişi olacağız. Kaydımızı buna göre güncelleyebilir misiniz?

Saygılarımla
Emre Kılıç
Kinderhaus Türk Spor ve Kültür Derneği"""


@mail("kilic-turkish-outlook-now-three", "2027-02-02 19:55:10",
      E("change", "emre.kilic@kinderhaus-tsk.example", "Emre Kılıç",
        "Kinderhaus Türk Spor ve Kültür Derneği", [], 3, "tr"), "tr")
def _(m):
    m.head(("From", ew("Emre Kılıç", "windows-1254") + " <emre.kilic@kinderhaus-tsk.example>"),
           ("To", TO_MSO),
           ("Subject", "YNT: " + ew(CONF_SUBJ, "windows-1254")),
           ("Thread-Topic", ew(CONF_SUBJ, "windows-1254")),
           ("Thread-Index", "AdtdF0a7mJ2kQ9VnT1y4cW8pXr3uLg=="),
           ("Date", m.date),
           ("Message-ID", "<000001db7598$2a4f1c60$7eed5520$@kinderhaus-tsk.example>"),
           ("In-Reply-To", conf_id("kilic")),
           ("References", conf_id("kilic")),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    q = (f"{MSO_NAME} <{MSO}>", "2 Şubat 2027 Salı 11:05",
         "emre.kilic@kinderhaus-tsk.example", CONF_SUBJ, conf_de("Emre Kılıç", "AG3", 2))
    m.alternative(outlook_plain(KILIC_TEXT, q, "tr"),
                  outlook_html(KILIC_TEXT, q, "tr", charset="windows-1254", lang="TR"),
                  charset="windows-1254", cte="quoted-printable", style="outlook")


# -- 005 ---------------------------------------------------------------------
# First registration by forwarding: a colleague (registered for AG 3) forwarded
# his confirmation; she forwards it on to the office with her own text on top
# and asks for AG 1.  The colleague's note "dann sind wir zu zweit vom Verein
# da" is not her party size.  Gmail forward, plain QP + HTML base64.

@mail("aslan-forwarded-confirmation-registers-ag1", "2027-02-03 11:30:18",
      E("registration", "d.aslan.ms@gmail.example", "Dilan Aslan",
        "Alevitische Gemeinde Münster e.V.", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Dilan Aslan <d.aslan.ms@gmail.example>"),
           ("To", MSO),
           ("Subject", "Fwd: Fwd: " + CONF_SUBJ),
           ("Date", m.date),
           ("Message-ID", "<CAJx4mN0bQ7kP2sR9tYv3WcE8fLh1aZg5uDo6iKn2Xe7rTq4MpA@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    new = """Guten Tag,

mein Vereinskollege Cem Şahin hat mir seine Anmeldebestätigung
weitergeleitet (siehe unten). Ich möchte mich hiermit ebenfalls anmelden,
allerdings nicht für seine Gruppe, sondern für die AG 1 zum Bildungssystem,
weil ich im Elternbeirat einer Grundschule aktiv bin.

Viele Grüße
Dilan Aslan
Alevitische Gemeinde Münster e.V."""
    inner_note = """Hi Dilan,

hier die Infos zum MSO-Tag. Meld dich doch auch an, dann sind wir zu zweit
vom Verein da :)

LG Cem"""
    blocks = [
        ("---------- Forwarded message ---------",
         ["Von: Cem Şahin <cem.sahin@alevi-ms.example>",
          "Date: Mo., 1. Feb. 2027 um 21:14 Uhr",
          "Subject: Fwd: " + CONF_SUBJ,
          "To: Dilan Aslan <d.aslan.ms@gmail.example>"],
         inner_note),
        ("---------- Forwarded message ---------",
         [f"Von: {MSO_NAME} <{MSO}>",
          "Date: Fr., 29. Jan. 2027 um 14:31 Uhr",
          "Subject: " + CONF_SUBJ,
          "To: <cem.sahin@alevi-ms.example>"],
         conf_de("Cem Şahin", "AG3", 1)),
    ]
    plain, htm = gmail_forward(new, blocks)
    m.alternative(plain, htm, charset="utf-8", cte="quoted-printable",
                  html_cte="base64", style="gmail")


# -- 006 ---------------------------------------------------------------------
# Arabic thank-you (other), Gmail right-to-left, UTF-8 base64.
# "شكراً جزيلاً على التأكيد" = many thanks for the confirmation.

@mail("almasri-arabic-thanks", "2027-02-04 14:10:51", E("other"), "ar")
def _(m):
    m.head(("From", "Yousef Al-Masri <yousef.almasri@gmail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJ),
           ("Date", m.date),
           ("Message-ID", "<CAPf2sW8nL0qZ5xR3vTk9mYb1cHe7uJa4oGi6dNs2wEr8tKq3Vh@mail.gmail.example>"),
           ("In-Reply-To", conf_id("almasri")),
           ("References", conf_id("almasri")),
           ("MIME-Version", "1.0"))
    new = """السلام عليكم،

شكراً جزيلاً على التأكيد وعلى تنظيم هذا اليوم المهم لجمعياتنا.
سنكون هناك إن شاء الله، أنا واثنان من أعضاء الجمعية.

مع خالص التحية
يوسف المصري
الجمعية السورية الألمانية في مونستر"""
    attribution = f"في الأربعاء، 3 فبراير 2027 في 10:15 ص كتب {MSO_NAME} <{MSO}>:"
    plain, htm = gmail_reply(new, attribution, conf_de("Yousef Al-Masri", "AG2", 3), rtl=True)
    m.alternative(plain, htm, charset="utf-8", cte="base64", style="gmail")


# -- 007 ---------------------------------------------------------------------
# French cancellation from an iPhone, text/plain UTF-8 QP, quote below.

@mail("traore-french-iphone-cancel", "2027-02-05 10:44:09",
      E("cancellation", "aminata.traore@orange-mail.example", "Aminata Traoré",
        None, [], None, "fr"), "fr")
def _(m):
    m.head(("From", "Aminata Traoré <aminata.traore@orange-mail.example>"),
           ("Subject", "Re: " + CONF_SUBJ),
           ("Message-Id", "<9C41E2B7-3F8D-4A05-B6E1-52D7C0A9F348@orange-mail.example>"),
           ("Date", m.date),
           ("To", TO_MSO),
           ("In-Reply-To", conf_id("traore")),
           ("References", conf_id("traore")),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.single(f"""Bonjour,

Je suis vraiment désolée mais je ne pourrai pas venir le 13 mars, je dois partir à Bamako pour une affaire de famille. Merci d'annuler mon inscription et de donner ma place à quelqu'un d'autre.

Bien cordialement,
Aminata Traoré

Envoyé de mon iPhone

{quote(f"Le 3 févr. 2027 à 16:20, {MSO_NAME} <{MSO}> a écrit :" + chr(10) + chr(10) + conf_de("Aminata Traoré", "AG2", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Russian, Mail.ru-style multipart/alternative, UTF-8 base64.  Asks to move
# from the first to the second workgroup ("перейти во вторую") -> AG 2.

@mail("smirnova-russian-move-to-second", "2027-02-05 21:18:33",
      E("change", "olga.smirnova@inbox-mail.example", "Ольга Смирнова",
        None, ["AG2"], None, "ru"), "ru")
def _(m):
    m.head(("From", "=?UTF-8?B?0J7Qu9GM0LPQsCDQodC80LjRgNC90L7QstCw?= <olga.smirnova@inbox-mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + ew(CONF_SUBJ, "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1770322713.418273910@f512.i.inbox-mail.example>"),
           ("In-Reply-To", conf_id("smirnova")),
           ("References", conf_id("smirnova")),
           ("X-Mailer", "Mail.Ru Mailer 1.0"),
           ("MIME-Version", "1.0"))
    new = """Здравствуйте!

Я зарегистрирована в первой рабочей группе (образование), но хотела бы
перейти во вторую – про Zukunftsprozess. Эта тема ближе к моей работе в
совете района. Если это возможно, пожалуйста, переведите меня.

С уважением,
Ольга Смирнова"""
    attribution = f"Четверг, 4 февраля 2027, 9:02 +01:00 от {MSO_NAME} <{MSO}>:"
    quoted = conf_de("Ольга Смирнова", "AG1", 1)
    plain = f"{new}\n\n\n{attribution}\n{quote(quoted)}\n"
    qhtml = "<br>".join(esc_addr(line) for line in quoted.split("\n"))
    htm = ("<HTML><BODY>" + "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>"
                                    for line in new.split("\n"))
           + f"<div>&nbsp;</div><div>&nbsp;</div><blockquote style=\"border-left:1px solid #0857A6; "
           f"margin:10px; padding:0 0 0 10px;\">{esc_addr(attribution)}<br>"
           f"<div id=\"\"><div class=\"js-helper js-readmsg-msg\"><div><div>{qhtml}</div></div></div></div>"
           "</blockquote></BODY></HTML>\n")
    m.alternative(plain, htm, charset="utf-8", cte="base64")


# -- 009 ---------------------------------------------------------------------
# Question only (attendance certificate, slides), Outlook HTML only,
# windows-1252 QP, confirmation quoted below a Von/Gesendet block.

KETTLER_TEXT = """Sehr geehrte Damen und Herren,

vielen Dank für die Bestätigung. Vorab eine kurze Frage: Stellen Sie am 13. März Teilnahmebescheinigungen aus? Zwei unserer Ehrenamtlichen brauchen eine für ihren Fortbildungsnachweis.

Und werden die Präsentationen aus den Arbeitsgruppen hinterher verschickt?

Mit freundlichen Grüßen
i. A. Sabine Kettler

Fachdienst Migration und Integration
Caritasverband für die Stadt Münster e.V.
Josefstraße 2 · 48151 Münster
Tel. 0251 53009-412"""


@mail("kettler-caritas-question-certificate", "2027-02-08 09:01:27",
      E("question", "s.kettler@caritas-ms.example", "Sabine Kettler",
        "Caritasverband für die Stadt Münster e.V.", [], None, "de"), "de", tz=1)
def _(m):
    m.head(("From", '"Kettler, Sabine" <s.kettler@caritas-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + ew(CONF_SUBJ, "windows-1252")),
           ("Thread-Topic", ew(CONF_SUBJ, "windows-1252")),
           ("Thread-Index", "AQHbe0kR7pXv2Nf3Q0mY8cTb5sZ1wA=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR09MB6172B3E9C10D4A7F92E1@AS8PR09MB6172.eurprd09.prod.outlook.example>"),
           ("In-Reply-To", conf_id("kettler")),
           ("References", conf_id("kettler")),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    q = (f"{MSO_NAME} <{MSO}>", "Freitag, 5. Februar 2027 14:37",
         "Kettler, Sabine <s.kettler@caritas-ms.example>", CONF_SUBJ,
         conf_de("Sabine Kettler", "AG3", 2))
    m.single(outlook_html(KETTLER_TEXT, q, "de"), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Ukrainian, written BETWEEN the quoted lines (K-9 Mail, UTF-8 8bit).  Under
# the quoted "AG 3" she asks for AG 1 (Bildung); under "Personen: 1" she
# only confirms she comes alone.  Change to AG 1, party size unchanged.

@mail("bondarenko-ukrainian-interleaved-to-ag1", "2027-02-09 16:27:44",
      E("change", "iryna.bondarenko@ukr-mail.example", "Ірина Бондаренко",
        None, ["AG1"], None, "uk"), "uk")
def _(m):
    m.head(("From", "Iryna Bondarenko <iryna.bondarenko@ukr-mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJ),
           ("Date", m.date),
           ("Message-ID", "<4E0B7A21-9C3D-4F58-A6E2-1D8B5C7F0A93@ukr-mail.example>"),
           ("In-Reply-To", conf_id("bondarenko")),
           ("References", conf_id("bondarenko")),
           ("User-Agent", "K-9 Mail for Android"),
           ("MIME-Version", "1.0"))
    c = conf_de("Iryna Bondarenko", "AG3", 1).split("\n")
    i_ag = next(i for i, l in enumerate(c) if l.startswith("Arbeitsgruppe:"))
    i_p = next(i for i, l in enumerate(c) if l.startswith("Personen:"))
    head_q = quote("\n".join(c[:i_ag + 2]))
    pers_q = quote("\n".join(c[i_ag + 2:i_p + 1]))
    rest_q = quote("\n".join(c[i_p + 1:]))
    m.single(f"""Добрий день!

6 лютого 2027 р. 11:50:07 CET, {MSO_NAME} <{MSO}> написав(-ла):
{head_q}

Тут помилка – я хотіла записатися в AG 1 (Bildung), бо працюю з дітьми
в українській суботній школі. Будь ласка, виправте.

{pers_q}

Так, буду сама.

{rest_q}

Дякую!
Ірина Бондаренко
""", charset="utf-8", cte="8bit")


# -- 011 ---------------------------------------------------------------------
# A registered participant asks to register his colleague separately, with the
# confirmation going straight to her: a registration for her (not a change of
# his party size).  Outlook in plain-text mode, iso-8859-1 QP, quote below
# "-----Ursprüngliche Nachricht-----".

@mail("landwehr-registers-colleague-karaca", "2027-02-10 12:05:36",
      E("registration", "l.karaca@nbz-bergfidel.example", "Leyla Karaca",
        "Nachbarschaftszentrum Berg Fidel", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Landwehr, Jörg" <j.landwehr@nbz-bergfidel.example>'),
           ("To", f"'{MSO_NAME}' <{MSO}>"),
           ("Cc", "Leyla Karaca <l.karaca@nbz-bergfidel.example>"),
           ("Subject", "AW: " + ew(CONF_SUBJ, "iso-8859-1")),
           ("Date", m.date),
           ("Message-ID", "<002b01db7b9e$8c3f2a10$a4bd7e30$@nbz-bergfidel.example>"),
           ("In-Reply-To", conf_id("landwehr")),
           ("References", conf_id("landwehr")),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo liebes Orga-Team,

danke für die Bestätigung! Meine Kollegin Leyla Karaca (in Kopie) möchte
auch gerne teilnehmen. Sie interessiert sich für die AG 2, also den
Zukunftsprozess, weil sie bei uns die Stadtteilkonferenz koordiniert.

Könnten Sie sie bitte separat anmelden und die Bestätigung direkt an sie
schicken (l.karaca@nbz-bergfidel.example)?

Vielen Dank und beste Grüße
Jörg Landwehr

Nachbarschaftszentrum Berg Fidel
Hogenbergstraße 160, 48153 Münster

-----Ursprüngliche Nachricht-----
Von: {MSO_NAME} <{MSO}>
Gesendet: Montag, 8. Februar 2027 17:03
An: j.landwehr@nbz-bergfidel.example
Betreff: {CONF_SUBJ}

{conf_de("Jörg Landwehr", "AG1", 1)}
""", charset="iso-8859-1", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Farsi questions (bring her 9-year-old son? interpreting?), Gmail RTL,
# plain QP + HTML base64.  No registration change: question.

@mail("mohammadi-farsi-question-child-interpreter", "2027-02-11 08:47:03",
      E("question", "parisa.mohammadi@gmail.example", "پریسا محمدی",
        None, [], None, "fa"), "fa")
def _(m):
    m.head(("From", "Parisa Mohammadi <parisa.mohammadi@gmail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJ),
           ("Date", m.date),
           ("Message-ID", "<CAB9kLm3Qz7wR1pV5nXs8tYd2cFh0gJu4eAo6iMr3Kb9vWq1NxE@mail.gmail.example>"),
           ("In-Reply-To", conf_id("mohammadi")),
           ("References", conf_id("mohammadi")),
           ("MIME-Version", "1.0"))
    new = """سلام،

از تأیید ثبت‌نام ممنونم. دو سؤال داشتم:
آیا می‌توانم پسر ۹ ساله‌ام را همراه خودم بیاورم؟ برای بچه‌ها برنامه‌ای هست؟
و آیا در گروه‌های کاری مترجم فارسی یا عربی خواهد بود؟ آلمانی من هنوز خیلی خوب نیست.

با تشکر
پریسا محمدی"""
    attribution = (f"در تاریخ سه‌شنبه ۹ فوریه ۲۰۲۷ ساعت ۲۰:۴۱ {MSO_NAME} <{MSO}> نوشت:")
    plain, htm = gmail_reply(new, attribution, conf_de("Parisa Mohammadi", "AG1", 1), rtl=True)
    m.alternative(plain, htm, charset="utf-8", cte="quoted-printable",
                  html_cte="base64", style="gmail")


# -- 013 ---------------------------------------------------------------------
# Whole group of three cancels; Apple Mail multipart/alternative, UTF-8 QP.

@mail("papadaki-apple-mail-group-cancels", "2027-02-12 13:33:58",
      E("cancellation", "eleni.papadaki@icloud-mail.example", "Eleni Papadaki",
        "Griechischer Elternverein Münster", [], None, "de"), "de")
def _(m):
    m.head(("From", "Eleni Papadaki <eleni.papadaki@icloud-mail.example>"),
           ("Subject", "Re: " + CONF_SUBJ),
           ("Date", m.date),
           ("In-Reply-To", conf_id("papadaki")),
           ("To", TO_MSO),
           ("References", conf_id("papadaki")),
           ("Message-Id", "<E7A2C0F4-61B9-4D3E-8F25-0B9C4D1A7E62@icloud-mail.example>"),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    new = """Liebes Team,

leider müssen wir drei unsere Anmeldung zurückziehen. Der Gemeindevorstand
hat unser Frühlingsfest ausgerechnet auf den 13. März gelegt, und da werden
wir alle gebraucht. Sehr schade!

Vielleicht klappt es nächstes Jahr.

Herzliche Grüße
Eleni Papadaki
Griechischer Elternverein Münster"""
    attribution = f"Am 02.02.2027 um 14:51 schrieb {MSO_NAME} <{MSO}>:"
    plain, htm = apple_reply(new, attribution, conf_de("Eleni Papadaki", "AG2", 3))
    m.alternative(plain, htm, charset="utf-8", cte="quoted-printable", style="apple")

# -- 014 ---------------------------------------------------------------------
# Companion drops out ("it will only be me"): change of party size 2 -> 1,
# no new workgroup.  Outlook on the web, UTF-8 base64, quote below a rule.

ASANTE_TEXT = """Hello,

Small change on our side: my wife has to work that Saturday after all, so it will only be me. Could you please reduce our registration to 1 person? I'm still coming as planned.

Thanks, and see you in March!
Samuel Asante"""


def owa_html(text, hdr, quoted):
    lines = "".join(f"<div class=\"elementToProof\" style=\"font-family: Aptos, Aptos_EmbeddedFont, "
                    f"Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);\">"
                    f"{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    h = "<br>\n".join(f"<b>{esc(k)}</b> {esc(v)}" for k, v in hdr)
    q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style>\n"
            "</head>\n<body dir=\"ltr\">\n" + lines +
            "\n<div id=\"appendonsend\"></div>\n<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">\n"
            "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\">"
            + h + "</font>\n<div>&nbsp;</div>\n</div>\n<div>" + q + "</div>\n</body>\n</html>\n")


@mail("asante-english-wife-not-coming", "2027-02-15 10:09:14",
      E("change", "samuel.asante@outlook-mail.example", "Samuel Asante",
        None, [], 1, "en"), "en", tz=1)
def _(m):
    m.head(("From", "Samuel Asante <samuel.asante@outlook-mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJ_EN),
           ("Thread-Topic", CONF_SUBJ_EN),
           ("Thread-Index", "AQHbf4Qz1kW8nT0cR5mP2vXa7sLy9g=="),
           ("Date", m.date),
           ("Message-ID", "<DU0P192MB1547E0C2A9B34F81D6A2@DU0P192MB1547.EURP192.PROD.OUTLOOK.example>"),
           ("In-Reply-To", conf_id("asante")),
           ("References", conf_id("asante")),
           ("Accept-Language", "en-US"),
           ("Content-Language", "en-US"),
           ("MIME-Version", "1.0"))
    hdr = [("From:", f"{MSO_NAME} <{MSO}>"),
           ("Sent:", "Wednesday, February 3, 2027 9:41 AM"),
           ("To:", "Samuel Asante <samuel.asante@outlook-mail.example>"),
           ("Subject:", CONF_SUBJ_EN)]
    quoted = conf_en("Samuel Asante", "AG2", 2)
    plain = (ASANTE_TEXT + "\n\n________________________________\n"
             + "\n".join(f"{k} {v}" for k, v in hdr) + "\n\n" + quoted + "\n")
    m.alternative(plain, owa_html(ASANTE_TEXT, hdr, quoted), charset="utf-8",
                  cte="base64", style="outlook")


# -- 015 ---------------------------------------------------------------------
# Turkish two-line thank-you from a Samsung phone (other), UTF-8 base64,
# with an emoji and the whole confirmation below "Orijinal mesaj".

@mail("yazici-turkish-samsung-thanks", "2027-02-16 18:50:02", E("other"), "tr")
def _(m):
    m.head(("From", "Tuba Yazıcı <tuba.yazici@mail.example>"),
           ("To", f"{MSO_NAME} <{MSO}>"),
           ("Subject", "Re: " + CONF_SUBJ),
           ("Date", m.date),
           ("Message-ID", "<k3p8v1.1771264202.samsung@mail.example>"),
           ("In-Reply-To", conf_id("yazici")),
           ("References", conf_id("yazici")),
           ("MIME-Version", "1.0"))
    new = "Çok teşekkür ederim, 13 Mart'ta görüşmek üzere! 🌷\n\nTuba"
    sig = "Samsung Galaxy akıllı telefonumdan gönderildi."
    hdr = ["-------- Orijinal mesaj --------",
           f"Kimden: {MSO_NAME} <{MSO}>",
           "Tarih: 14.02.2027 20:18 (GMT+01:00)",
           "Alıcı: tuba.yazici@mail.example",
           f"Konu: {CONF_SUBJ}"]
    quoted = conf_de("Tuba Yazıcı", "AG1", 1)
    plain = f"{new}\n\n\n\n{sig}\n\n\n" + "\n".join(hdr) + "\n\n" + quoted + "\n"
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>"
           + "".join(f"<div dir=\"auto\">{esc(line) if line else '<br>'}</div>" for line in new.split("\n"))
           + "<div dir=\"auto\"><br></div><div dir=\"auto\"><br></div>"
           + f"<div id=\"composer_signature\" dir=\"auto\"><div style=\"font-size:85%;color:#575757\" dir=\"auto\">{esc(sig)}</div></div>"
           + "<div dir=\"auto\"><br></div><div dir=\"auto\"><br></div>"
           + "<div align=\"left\" dir=\"auto\" style=\"font-size:100%;color:#000000\"><!-- originalMessage -->"
           + "".join(f"<div>{esc_addr(h)}</div>" for h in hdr) + "</div>"
           + "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in quoted.split("\n"))
           + "</body></html>\n")
    m.alternative(plain, htm, charset="utf-8", cte="base64", style="samsung")


# -- 016 ---------------------------------------------------------------------
# English first registration: a colleague forwarded her own confirmation
# (AG 3); the writer forwards it on and asks for AG 2, else AG 1.
# Apple Mail forward, multipart/alternative UTF-8 QP.

@mail("raghunathan-english-forwarded-ag2-else-ag1", "2027-02-18 14:02:47",
      E("registration", "priya.raghunathan@uni-muenster.example", "Priya Raghunathan",
        "Internationales Zentrum „Die Brücke“", ["AG2", "AG1"], 1, "en"), "en")
def _(m):
    m.head(("From", "Priya Raghunathan <priya.raghunathan@uni-muenster.example>"),
           ("Subject", "Fwd: " + CONF_SUBJ),
           ("Date", m.date),
           ("Message-Id", "<5AD03F9E-27C4-4B81-9E3A-C6F1D08B2E75@uni-muenster.example>"),
           ("To", MSO),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    new = """Hello,

my colleague Ana Ferreira forwarded me her confirmation (below) and suggested
I sign up as well. I would like to register for workgroup 2 on Münster's
future process. If that one is already full, workgroup 1 would be my second
choice. It will be just me.

Best wishes,
Priya Raghunathan

Programme Coordinator
Internationales Zentrum „Die Brücke“
Universität Münster"""
    ana_note = """Hi Priya,

this is the MSO day I mentioned at lunch. Registration is just an email to the address below, they reply within a day or so.

Ana"""
    outer = ["From: Ana Ferreira <ana.ferreira@uni-muenster.example>",
             "Subject: Fwd: " + CONF_SUBJ,
             "Date: 15 February 2027 at 18:02:11 CET",
             "To: Priya Raghunathan <priya.raghunathan@uni-muenster.example>"]
    inner = [f"From: {MSO_NAME} <{MSO}>",
             "Subject: " + CONF_SUBJ,
             "Date: 12 February 2027 at 13:20:44 CET",
             "To: ana.ferreira@uni-muenster.example"]
    conf = conf_de("Ana Ferreira", "AG3", 1)
    plain = (f"{new}\n\n\nBegin forwarded message:\n\n" + "\n".join(outer) + f"\n\n{ana_note}\n\n"
             "Begin forwarded message:\n\n" + "\n".join(inner) + f"\n\n{conf}\n")

    def hdr_html(hs):
        return "".join(f"<div style=\"margin: 0px;\"><span style=\"font-family: -webkit-system-font, Helvetica Neue, "
                       f"Helvetica, sans-serif;\"><b>{esc(h.split(': ', 1)[0])}: </b>{esc_addr(h.split(': ', 1)[1])}"
                       f"<br></span></div>" for h in hs)

    def divs(t):
        return "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in t.split("\n"))
    htm = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
           "<body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;\">"
           + divs(new) + "<div><br><blockquote type=\"cite\"><div>Begin forwarded message:</div><br>"
           + hdr_html(outer) + "<br>" + divs(ana_note)
           + "<div><br><blockquote type=\"cite\"><div>Begin forwarded message:</div><br>"
           + hdr_html(inner) + "<br>" + divs(conf)
           + "</blockquote></div></blockquote></div></body></html>\n")
    m.alternative(plain, htm, charset="utf-8", cte="quoted-printable", style="apple")


# -- 017 ---------------------------------------------------------------------
# More people: "mit 4 Personen statt mit 2" -> change, party size 4, no new
# workgroup.  Outlook multipart/alternative, windows-1252 QP.

NOORI_TEXT = """Sehr geehrte Damen und Herren,

bitte ändern Sie unsere Anmeldung: Wir kommen jetzt mit 4 Personen statt mit 2, weil sich noch zwei Mitglieder unseres Jugendvorstands angeschlossen haben.

Vielen Dank!

Mit freundlichen Grüßen
Ahmad Shah Noori
Vorsitzender
Afghanischer Kultur- und Sportverein Münster e.V."""


@mail("noori-outlook-now-four-persons", "2027-02-19 11:11:05",
      E("change", "a.noori@aksv-muenster.example", "Ahmad Shah Noori",
        "Afghanischer Kultur- und Sportverein Münster e.V.", [], 4, "de"), "de")
def _(m):
    m.head(("From", "Ahmad Shah Noori <a.noori@aksv-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + ew(CONF_SUBJ, "windows-1252")),
           ("Thread-Topic", ew(CONF_SUBJ, "windows-1252")),
           ("Thread-Index", "AQHbbM0v8Rk2pQx5WnT3yL7cZ1aE4g=="),
           ("Date", m.date),
           ("Message-ID", "<VI1P190MB0734C1F8A2E94B06D3A7@VI1P190MB0734.EURP190.PROD.OUTLOOK.example>"),
           ("In-Reply-To", conf_id("noori")),
           ("References", conf_id("noori")),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    q = (f"{MSO_NAME} <{MSO}>", "Mittwoch, 27. Januar 2027 12:10",
         "Ahmad Shah Noori <a.noori@aksv-muenster.example>", CONF_SUBJ,
         conf_de("Ahmad Shah Noori", "AG2", 2))
    m.alternative(outlook_plain(NOORI_TEXT, q, "de"), outlook_html(NOORI_TEXT, q, "de"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 018 ---------------------------------------------------------------------
# Arabic cancellation, Outlook plain text in windows-1256 QP.  The quote was
# deleted (windows-1256 could not carry the German umlauts anyway).

@mail("nasser-arabic-windows1256-cancel", "2027-02-22 20:14:39",
      E("cancellation", "khaled.nasser@webmail-ms.example", "خالد ناصر",
        None, [], None, "ar"), "ar")
def _(m):
    m.head(("From", ew("خالد ناصر", "windows-1256", "b") + " <khaled.nasser@webmail-ms.example>"),
           ("To", f"'{MSO_NAME}' <{MSO}>"),
           ("Subject", "RE: " + ew(CONF_SUBJ, "utf-8")),
           ("Date", m.date),
           ("Message-ID", "<001701db8562$5e2a9f40$1a7fddc0$@webmail-ms.example>"),
           ("In-Reply-To", conf_id("nasser")),
           ("References", conf_id("nasser")),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ar-sa"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم ورحمة الله،

أعتذر منكم، لن أتمكن من حضور يوم منظمات المهاجرين في 13 آذار بسبب ظرف عائلي طارئ، وسأضطر للسفر إلى عمّان.
أرجو إلغاء تسجيلي وإعطاء مكاني لشخص آخر.

مع الشكر والتقدير
خالد ناصر
""", charset="windows-1256", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# English question typed between the quoted lines of the English confirmation
# (under "Venue": is the building step-free?).  Thunderbird, UTF-8 QP.

@mail("ceesay-english-interleaved-accessibility", "2027-02-24 09:40:26",
      E("question", "fatou.ceesay@posteo-mail.example", "Fatou Ceesay",
        None, [], None, "en"), "en")
def _(m):
    m.head(("From", "Fatou Ceesay <fatou.ceesay@posteo-mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJ_EN),
           ("Date", m.date),
           ("Message-ID", "<a61f3d09-8c2e-4b7a-95d0-e2c7b14f8a36@posteo-mail.example>"),
           ("In-Reply-To", conf_id("ceesay")),
           ("References", conf_id("ceesay")),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    c = conf_en("Fatou Ceesay", "AG3", 1).split("\n")
    i_v = next(i for i, l in enumerate(c) if l.startswith("Venue:"))
    m.single(f"""Hi,

On 20/02/2027 08:55, {MSO_NAME} wrote:
{quote(chr(10).join(c[:i_v + 1]))}

Is the building step-free? I use a wheelchair, so I would need a lift if
the workgroups meet upstairs. Is there an accessible toilet?

{quote(chr(10).join(c[i_v + 1:]))}

Thanks a lot,
Fatou
""", charset="utf-8", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Turkish first registration on a colleague's forwarded confirmation (AG 2,
# 1 person): she wants AG 1 ("1. çalışma grubu") and brings one more person
# ("toplam 2 kişiyiz").  Gmail in Turkish, UTF-8 QP.

@mail("koc-turkish-forwarded-ag1-two", "2027-02-25 15:15:57",
      E("registration", "zehra.koc@gmail.example", "Zehra Koç",
        "Coerde Kadın Dayanışma Derneği", ["AG1"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "Zehra Koç <zehra.koc@gmail.example>"),
           ("To", MSO),
           ("Subject", "Fwd: " + CONF_SUBJ),
           ("Date", m.date),
           ("Message-ID", "<CAM3nP8qT1zX6wV0rKs4yBd9cEh2fLu7gJa5oNi1Rm8tWe3QkZs@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    new = """Merhaba,

Çalışma arkadaşım Hatice Yıldız bu e-postayı bana iletti. Ben de 13 Mart'taki MSO gününe katılmak istiyorum.
1. çalışma grubuna (Bildung / eğitim sistemi) yazılmak istiyorum. Yanımda derneğimizden bir kişi daha olacak, yani toplam 2 kişiyiz.

Saygılarımla
Zehra Koç
Coerde Kadın Dayanışma Derneği"""
    note = """Zehra Hanım merhaba,

bahsettiğim toplantı bu. Kayıt için doğrudan bu adrese yazabilirsiniz.

Selamlar
Hatice"""
    blocks = [
        ("---------- Yönlendirilen ileti ---------",
         ["Gönderen: Hatice Yıldız <hatice.yildiz@coerde-kadin.example>",
          "Date: 24 Şub 2027 Çar 21:05",
          "Subject: Fwd: " + CONF_SUBJ,
          "To: Zehra Koç <zehra.koc@gmail.example>"],
         note),
        ("---------- Yönlendirilen ileti ---------",
         [f"Gönderen: {MSO_NAME} <{MSO}>",
          "Date: 23 Şub 2027 Sal 09:12",
          "Subject: " + CONF_SUBJ,
          "To: <hatice.yildiz@coerde-kadin.example>"],
         conf_de("Hatice Yıldız", "AG2", 1)),
    ]
    plain, htm = gmail_forward(new, blocks)
    m.alternative(plain, htm, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 021 ---------------------------------------------------------------------
# French, Outlook HTML only with French header labels, windows-1252 QP.
# "Serait-il possible de modifier mon inscription" for "l'atelier 3" is a
# change request (from workshop 2 to 3).

KABORE_TEXT = """Bonjour,

Je suis inscrit à l'atelier 2, mais après discussion avec notre bureau, il serait plus utile pour notre association que je participe à l'atelier 3 sur les financements et la gestion associative.

Serait-il possible de modifier mon inscription en conséquence ?

Je vous remercie par avance.

Cordialement,

Jean-Baptiste Kaboré
Président
Association Burkinabè de Münster"""


@mail("kabore-french-outlook-atelier-3", "2027-02-26 10:31:12",
      E("change", "jb.kabore@abm-muenster.example", "Jean-Baptiste Kaboré",
        "Association Burkinabè de Münster", ["AG3"], None, "fr"), "fr")
def _(m):
    m.head(("From", "=?iso-8859-1?Q?Jean-Baptiste_Kabor=E9?= <jb.kabore@abm-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "RE: " + ew(CONF_SUBJ, "windows-1252")),
           ("Thread-Topic", ew(CONF_SUBJ, "windows-1252")),
           ("Thread-Index", "AQHbhA2s9Tk1mR7vQ3pZ0wYc5nXb8A=="),
           ("Date", m.date),
           ("Message-ID", "<PAXP193MB2281F7D0B6C14E29A8C5@PAXP193MB2281.EURP193.PROD.OUTLOOK.example>"),
           ("In-Reply-To", conf_id("kabore")),
           ("References", conf_id("kabore")),
           ("Accept-Language", "fr-FR, de-DE"),
           ("Content-Language", "fr-FR"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    q = (f"{MSO_NAME} <{MSO}>", "mercredi 10 février 2027 16:05",
         "jb.kabore@abm-muenster.example", CONF_SUBJ, conf_de("Jean-Baptiste Kaboré", "AG2", 1))
    m.single(outlook_html(KABORE_TEXT, q, "fr", lang="FR"), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# Russian cancellation in KOI8-R, 8bit, no quote (The Bat!).

@mail("volkov-russian-koi8r-cancel", "2027-03-01 08:20:48",
      E("cancellation", "d.volkov@rusdom-ms.example", "Дмитрий Волков",
        None, [], None, "ru"), "ru")
def _(m):
    m.head(("From", ew("Дмитрий Волков", "koi8-r", "b") + " <d.volkov@rusdom-ms.example>"),
           ("Reply-To", ew("Дмитрий Волков", "koi8-r", "b") + " <d.volkov@rusdom-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + ew(CONF_SUBJ, "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1823374602.20270301082048@rusdom-ms.example>"),
           ("In-Reply-To", conf_id("volkov")),
           ("References", conf_id("volkov")),
           ("X-Mailer", "The Bat! (v10.5.3) Professional"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день.

К сожалению, вынужден отменить своё участие в мероприятии 13 марта - меня
отправляют в командировку в Гамбург. Прошу удалить мою регистрацию.

Удачного проведения!

--
С уважением,
Дмитрий Волков
""", charset="koi8-r", cte="8bit")


# -- 023 ---------------------------------------------------------------------
# Albanian thank-you (other): "Faleminderit shumë për konfirmimin!".
# Gmail with a German interface, UTF-8 QP.

@mail("krasniqi-albanian-thanks", "2027-03-02 13:44:20", E("other"), "sq")
def _(m):
    m.head(("From", "Arben Krasniqi <arben.krasniqi@gmail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJ),
           ("Date", m.date),
           ("Message-ID", "<CAE5tR1wQ8kN3zX7vYm0pLs2dBc9fHg4uJo6aKi8Tn1rWe5VqPx@mail.gmail.example>"),
           ("In-Reply-To", conf_id("krasniqi")),
           ("References", conf_id("krasniqi")),
           ("MIME-Version", "1.0"))
    new = """Përshëndetje,

Faleminderit shumë për konfirmimin! Do të vij me kënaqësi. Shihemi më 13 mars.

Me respekt,
Arben Krasniqi
Shoqata Kulturore Shqiptare "Iliria" Münster"""
    attribution = f"Am So., 28. Feb. 2027 um 12:40 Uhr schrieb {MSO_NAME} <{MSO}>:"
    plain, htm = gmail_reply(new, attribution, conf_de("Arben Krasniqi", "AG2", 1))
    m.alternative(plain, htm, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 024 ---------------------------------------------------------------------
# Spanish: "vendremos tres personas ... en lugar de yo sola" -> change,
# party size 3; "en el mismo grupo de trabajo" names no new workgroup.
# Gmail in Spanish, UTF-8 QP.

@mail("fernandez-spanish-now-three", "2027-03-03 19:02:31",
      E("change", "lucia.fernandez.ortiz@gmail.example", "Lucía Fernández Ortiz",
        "Asociación Latinoamericana de Münster", [], 3, "es"), "es")
def _(m):
    m.head(("From", "Lucía Fernández Ortiz <lucia.fernandez.ortiz@gmail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJ),
           ("Date", m.date),
           ("Message-ID", "<CAF8yK2nV5qT0wR3xPz7mLb1sDc4eHu9gJa6oMi2Yt5rNe8WkQs@mail.gmail.example>"),
           ("In-Reply-To", conf_id("fernandez")),
           ("References", conf_id("fernandez")),
           ("MIME-Version", "1.0"))
    new = """Hola:

Les escribo porque al final vendremos tres personas de nuestra asociación en lugar de yo sola: mis compañeras Carmen y Valeria también quieren participar, en el mismo grupo de trabajo.
¿Podrían actualizar la inscripción a 3 personas?

Muchas gracias y un saludo cordial,
Lucía Fernández Ortiz
Asociación Latinoamericana de Münster"""
    attribution = f"El mié, 17 feb 2027 a las 11:03, {MSO_NAME} (<{MSO}>) escribió:"
    plain, htm = gmail_reply(new, attribution, conf_de("Lucía Fernández Ortiz", "AG1", 1))
    m.alternative(plain, htm, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 025 ---------------------------------------------------------------------
# Question: two identical confirmations arrived, is he registered twice?
# The new text repeats "AG 1, 2 Personen" only to describe them.
# Thunderbird, iso-8859-15 8bit.

@mail("hoelscher-two-confirmations-question", "2027-03-04 11:58:09",
      E("question", "w.hoelscher@dkf-muenster.example", "Werner Hölscher",
        "Deutsch-Kurdischer Freundeskreis Münster e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", ew("Werner Hölscher", "iso-8859-15") + " <w.hoelscher@dkf-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + ew(CONF_SUBJ, "iso-8859-15")),
           ("Date", m.date),
           ("Message-ID", "<3f7d0e92-b1a4-4c6e-8d25-9a0c7e3b5f18@dkf-muenster.example>"),
           ("In-Reply-To", conf_id("hoelscher")),
           ("References", conf_id("hoelscher")),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo zusammen,

ich habe gestern zwei identische Bestätigungen bekommen (beide für AG 1,
2 Personen), im Abstand von ein paar Minuten. Bin ich jetzt doppelt
angemeldet? Nicht dass wir Ihnen zwei Plätze zu viel blockieren - wir
kommen natürlich nur einmal zu zweit.

Gruß
Werner Hölscher
Deutsch-Kurdischer Freundeskreis Münster e.V.

Am 03.03.27 um 10:26 schrieb {MSO_NAME}:
{quote(conf_de("Werner Hölscher", "AG1", 2))}
""", charset="iso-8859-15", cte="8bit")


# -- 026 ---------------------------------------------------------------------
# First registration from an iPhone: forwards the confirmation a friend had
# forwarded to her (AG 2, 2 persons) and asks for AG 3 for herself.
# "Geht das noch?" does not make it a question only.  UTF-8 QP alternative.

@mail("polat-iphone-forwarded-ag3", "2027-03-05 16:40:13",
      E("registration", "nurcan.polat@mail.example", "Nurcan Polat",
        None, ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Nurcan Polat <nurcan.polat@mail.example>"),
           ("Subject", "WG: Fwd: " + CONF_SUBJ),
           ("Date", m.date),
           ("Message-Id", "<0B3F8E5A-D2C1-47A9-B6E4-9F1A2C7D5E30@mail.example>"),
           ("To", MSO),
           ("X-Mailer", "iPhone Mail (22D82)"),
           ("Mime-Version", "1.0 (1.0)"))
    new = """Hallo,

ich habe die Mail unten von Ayşe Demir weitergeleitet bekommen. Ich würde gern auch noch mitkommen, am liebsten in die AG 3 (Fördermittel). Geht das noch?

Danke!
Nurcan Polat"""
    sig = "Von meinem iPhone gesendet"
    fwd_hdr = ["Von: Ayşe Demir <ayse.demir.ms@gmail.example>",
               "Datum: 4. März 2027 um 21:40:12 MEZ",
               "An: Nurcan Polat <nurcan.polat@mail.example>",
               "Betreff: Fwd: " + CONF_SUBJ]
    ayse = "Schau mal, das ist der Tag, von dem ich erzählt hab. Meld dich einfach direkt bei denen an 😊"
    inner_hdr = ["---------- Forwarded message ---------",
                 f"Von: {MSO_NAME} <{MSO}>",
                 "Date: Do., 28. Jan. 2027 um 19:22 Uhr",
                 "Subject: " + CONF_SUBJ,
                 "To: <ayse.demir.ms@gmail.example>"]
    conf = conf_de("Ayşe Demir", "AG2", 2)
    fwd_body = "\n".join(fwd_hdr) + f"\n\n{ayse}\n\n" + "\n".join(inner_hdr) + f"\n\n{conf}"
    plain = f"{new}\n\n{sig}\n\nAnfang der weitergeleiteten Nachricht:\n\n{quote(fwd_body)}\n"

    def divs(t):
        return "".join(f"<div>{esc_addr(line) if line else '<br>'}</div>" for line in t.split("\n"))
    htm = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
           "<body dir=\"auto\">" + divs(new) + f"<div><br></div><div dir=\"ltr\">{sig}</div>"
           "<div dir=\"ltr\"><br><blockquote type=\"cite\">Anfang der weitergeleiteten Nachricht:<br><br></blockquote></div>"
           "<blockquote type=\"cite\"><div dir=\"ltr\">" + divs(fwd_body) + "</div></blockquote></body></html>\n")
    m.alternative(plain, htm, charset="utf-8", cte="quoted-printable", style="apple")

# ---------------------------------------------------------------------------
# Saturday, 6 March 2027, 10:00: the one-week reminder goes out
# ---------------------------------------------------------------------------

# -- 027 ---------------------------------------------------------------------
# Exchange out-of-office answering the reminder (Auto-Submitted:
# auto-generated, X-Auto-Response-Suppress), multipart/alternative UTF-8 QP.

OSTERKAMP_OOF = """Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 12. März 2027, nicht im Büro und habe in dieser Zeit keinen Zugriff auf meine E-Mails.

In dringenden Angelegenheiten wenden Sie sich bitte an meine Kollegin Frau Brüggemann, Tel. 0251 492-5117.

Mit freundlichen Grüßen
Martina Osterkamp
Schulsozialarbeit Hauptschule Coerde"""


@mail("osterkamp-exchange-out-of-office", "2027-03-06 10:00:41", E("auto_reply"), "de")
def _(m):
    m.head(("From", '"Osterkamp, Martina" <m.osterkamp@schulen-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + ew(REM7_SUBJ, "utf-8")),
           ("Thread-Topic", ew(REM7_SUBJ, "utf-8")),
           ("Thread-Index", "AQHbjmE3c0Rk9T2vWx7pN1yQz5sLbA=="),
           ("Date", m.date),
           ("Message-ID", "<b41e7c02d9a34f6e8a15@EXMBX02.schulen-ms.example>"),
           ("In-Reply-To", rem_id("osterkamp", "7d")),
           ("References", rem_id("osterkamp", "7d")),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "m.osterkamp@schulen-ms.example"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(OSTERKAMP_OOF, outlook_html(OSTERKAMP_OOF, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 028 ---------------------------------------------------------------------
# Exchange Online NDR for the reminder, from the recipient's organisation:
# recipient not found (550 5.1.10).  multipart/report with a
# multipart/alternative notice, delivery-status and the returned reminder;
# CRLF line ends.

OSM_RCPT = "h.osmanovic@bih-zajednica.example"
OSM_TEXT = f"""Your message to {OSM_RCPT} couldn't be delivered.

h.osmanovic wasn't found at bih-zajednica.example.

mso-tag          Office 365          h.osmanovic
Action Required                      Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Send the message again, retyping the address or selecting it from your address book.
- Contact the recipient by some other means (by phone, for example) to confirm you're using the right address.

More Info for Email Admins
Status code: 550 5.1.10

Original Message Details
Created Date:       3/6/2027 9:00:04 AM
Sender Address:     {MSO}
Recipient Address:  {OSM_RCPT}
Subject:            {REM7_SUBJ}

Error Details
Error:               550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {OSM_RCPT} not found by SMTP address lookup
Message rejected by: VI1PR09MB4012.eurprd09.prod.outlook.example"""


def _osm_html():
    rows = "".join(f"<p style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:14px\">{esc_addr(line)}</p>"
                   for line in OSM_TEXT.split("\n") if line)
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<style>*{font-family:'Segoe UI',Frutiger,'Frutiger Linotype','Dejavu Sans','Helvetica Neue',Arial,sans-serif;}</style>\n"
            "</head>\n<body>\n<table style=\"width:100%;max-width:548px\"><tr><td>\n" + rows
            + "\n</td></tr></table>\n</body>\n</html>\n")


@mail("exchange-online-ndr-reminder-not-found", "2027-03-06 09:01:12",
      E("bounce", bounced=OSM_RCPT), "en", tz=0)
def _(m):
    m.head(("From", "Microsoft Outlook <postmaster@bih-zajednica.example>"),
           ("To", MSO),
           ("Subject", "Undeliverable: " + ew(REM7_SUBJ, "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<0c5f2e7a-94d1-4b3e-a8c6-71e0d9b24f53@VI1PR09MB4012.eurprd09.prod.outlook.example>"),
           ("In-Reply-To", rem_id("osmanovic", "7d")),
           ("References", rem_id("osmanovic", "7d")),
           ("Auto-Submitted", "auto-replied"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("Content-Language", "en-US"),
           ("MIME-Version", "1.0"),
           envelope="", received=False, crlf=True)
    notice = m.alternative(OSM_TEXT, _osm_html(), charset="utf-8", cte="quoted-printable",
                           style="outlook", top=False)
    dsn = dsn_part(
        [("Reporting-MTA", "dns;VI1PR09MB4012.eurprd09.prod.outlook.example"),
         ("Received-From-MTA", "dns;mail.muenster.example"),
         ("Arrival-Date", "Sat, 6 Mar 2027 09:00:07 +0000")],
        [("Original-Recipient", f"rfc822;{OSM_RCPT}"),
         ("Final-Recipient", f"rfc822;{OSM_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.1.10"),
         ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient\n"
                             f" {OSM_RCPT} not found by SMTP address lookup")])
    original = office_message(
        f"Hasan Osmanović <{OSM_RCPT}>", REM7_SUBJ, rem7("Hasan Osmanović", "AG3", 1),
        "Sat, 06 Mar 2027 10:00:04 +0100", rem_id("osmanovic", "7d"), "auto-generated")
    m.multi("report", [notice, dsn, rfc822_part(original)], style="outlook",
            params={"report-type": "delivery-status"})


# -- 029 ---------------------------------------------------------------------
# An association office's autoresponder, German and Turkish, with only
# X-Autoreply / Precedence headers (no Auto-Submitted).  Plain UTF-8 QP.

@mail("elternbund-office-autoresponder-de-tr", "2027-03-06 10:02:05", E("auto_reply"), "de")
def _(m):
    m.head(("From", "Türkisch-Deutscher Elternbund Münster <buero@tdeb-muenster.example>"),
           ("To", MSO),
           ("Subject", "Eingangsbestätigung / Mesajınız alındı"),
           ("Date", m.date),
           ("Message-ID", "<autoreply.1772787725.5531@tdeb-muenster.example>"),
           ("In-Reply-To", rem_id("tdeb", "7d")),
           ("References", rem_id("tdeb", "7d")),
           ("X-Autoreply", "yes"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

vielen Dank für Ihre E-Mail an den Türkisch-Deutschen Elternbund Münster e.V.
Unser Büro ist dienstags und donnerstags von 15 bis 18 Uhr besetzt. Wir
melden uns so bald wie möglich bei Ihnen.

Diese Nachricht wurde automatisch erstellt.

---

Sayın ilgili,

Türk-Alman Veli Birliği Münster'e gönderdiğiniz e-posta için teşekkür ederiz.
Bürömüz salı ve perşembe günleri 15:00-18:00 saatleri arasında açıktır. En
kısa zamanda size dönüş yapacağız.

Bu mesaj otomatik olarak gönderilmiştir.
""", charset="utf-8", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# Postfix bounce from the office's own relay: the recipient's server rejected
# the reminder at RCPT TO (user unknown).  multipart/report with the
# returned headers only (text/rfc822-headers).

RAH_RCPT = "m.rahmani@afghanische-frauen-ms.example"


def _rahmani_headers():
    return f"""Return-Path: <{MSO}>
Received: from mailbot.muenster.example (localhost [127.0.0.1])
	by mail.muenster.example (Postfix) with ESMTPSA id 6C1E02A4B7
	for <{RAH_RCPT}>; Sat,  6 Mar 2027 10:00:05 +0100 (CET)
From: {MSO_NAME} <{MSO}>
To: Mariam Rahmani <{RAH_RCPT}>
Subject: =?utf-8?q?Erinnerung=3A_Tag_der_Migrantenselbstorganisationen_am_13=2E_M?=
 =?utf-8?q?=C3=A4rz?=
Date: Sat, 06 Mar 2027 10:00:05 +0100
Message-ID: {rem_id("rahmani", "7d")}
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
"""


@mail("postfix-relay-bounce-user-unknown", "2027-03-06 10:02:48",
      E("bounce", bounced=RAH_RCPT), "en")
def _(m):
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270306090248.A41F32B9C0@mail.muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{RAH_RCPT}>: host
    mx01.afghanische-frauen-ms.example[203.0.113.58] said: 550 5.1.1
    <{RAH_RCPT}>: Recipient address rejected: User unknown in
    local recipient table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "6C1E02A4B7"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Sat,  6 Mar 2027 10:00:05 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {RAH_RCPT}"),
         ("Original-Recipient", f"rfc822;{RAH_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx01.afghanische-frauen-ms.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{RAH_RCPT}>: Recipient address\n"
                             "    rejected: User unknown in local recipient table")])
    headers = m.text(_rahmani_headers(), subtype="rfc822-headers", charset="us-ascii", cte="7bit",
                     headers=[("Content-Description", "Undelivered Message Headers")])
    m.multi("report", [note, dsn, headers], style="postfix",
            params={"report-type": "delivery-status"})


# -- 031 ---------------------------------------------------------------------
# English out-of-office (Outlook, HTML only, UTF-8 base64).

VOGT_OOF = """Thank you for your email.

I am travelling until 11 March 2027 with limited access to email. I will reply as soon as possible after my return.

For urgent matters concerning the Migration and Diversity Lab, please contact our office at lab-office@uni-muenster.example.

Best regards,
Henrik Vogt"""


@mail("vogt-english-out-of-office", "2027-03-06 10:04:30", E("auto_reply"), "en")
def _(m):
    m.head(("From", "Henrik Vogt <henrik.vogt@uni-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Automatic reply: " + ew(REM7_SUBJ, "utf-8")),
           ("Thread-Topic", ew(REM7_SUBJ, "utf-8")),
           ("Thread-Index", "AQHbjmE3Vt8pZ2kQ0xR4cW7nY1sDfA=="),
           ("Date", m.date),
           ("Message-ID", "<1d8f4a6e0b2c47f9a3e5@EXHUB01.uni-muenster.example>"),
           ("In-Reply-To", rem_id("vogt", "7d")),
           ("References", rem_id("vogt", "7d")),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "en-US"),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(VOGT_OOF, charset="utf-8", lang="EN-US"), subtype="html",
             charset="utf-8", cte="base64")


# -- 032 ---------------------------------------------------------------------
# Cancellation typed between the quoted lines of the reminder, right under
# "Falls Sie doch nicht kommen können, sagen Sie bitte kurz ab".
# Thunderbird, UTF-8 8bit, format=flowed.

@mail("jovanovic-interleaved-cancel-sick", "2027-03-06 14:22:17",
      E("cancellation", "branka.jovanovic@sveti-sava-ms.example", "Branka Jovanović",
        "Serbischer Kulturverein „Sveti Sava“ Münster", [], None, "de"), "de")
def _(m):
    m.head(("From", "Branka Jovanović <branka.jovanovic@sveti-sava-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + ew(REM7_SUBJ, "utf-8")),
           ("Date", m.date),
           ("Message-ID", "<c0e95b3a-7f12-4d86-b4a9-3e6d2f1c8a07@sveti-sava-ms.example>"),
           ("In-Reply-To", rem_id("jovanovic", "7d")),
           ("References", rem_id("jovanovic", "7d")),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    r = rem7("Branka Jovanović", "AG1", 1).split("\n")
    i = next(i for i, l in enumerate(r) if l.startswith("nachrücken"))
    m.single(f"""Am 06.03.27 um 10:00 schrieb {MSO_NAME}:
{quote(chr(10).join(r[:i + 1]))}

Das mache ich hiermit leider: Ich bin bis Ende März krankgeschrieben und
kann am Samstag nicht kommen. Bitte geben Sie meinen Platz weiter.

{quote(chr(10).join(r[i + 2:]))}

Viele Grüße
Branka Jovanović
Serbischer Kulturverein „Sveti Sava“ Münster
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 033 ---------------------------------------------------------------------
# Companion cancelled, she still comes: change of party size 2 -> 1.
# Gmail on Android, UTF-8 base64.

@mail("elidrissi-husband-not-coming", "2027-03-06 20:05:36",
      E("change", "samira.elidrissi@gmail.example", "Samira El Idrissi",
        None, [], 1, "de"), "de")
def _(m):
    m.head(("From", "Samira El Idrissi <samira.elidrissi@gmail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + ew(REM7_SUBJ, "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAN6qW2zR8tX1vK5mPy0sLd3cBh7eFu4gJo9aNi2Vt6rQe1XkMs@mail.gmail.example>"),
           ("In-Reply-To", rem_id("elidrissi", "7d")),
           ("References", rem_id("elidrissi", "7d")),
           ("MIME-Version", "1.0"))
    new = """Hallo,

danke für die Erinnerung! Mein Mann kann am Samstag leider doch nicht mitkommen, er muss arbeiten. Ich komme aber trotzdem, also bitte nur noch 1 Person eintragen.

LG Samira El Idrissi"""
    attribution = f"{MSO_NAME} <{MSO}> schrieb am Sa., 6. März 2027, 10:00:"
    plain, htm = gmail_reply(new, attribution, rem7("Samira El Idrissi", "AG1", 2))
    m.alternative(plain, htm, charset="utf-8", cte="base64", style="gmail")


# -- 034 ---------------------------------------------------------------------
# Late first registration in Russian after the deadline: a colleague
# forwarded his reminder (AG 2); the writer wants the third workgroup and
# comes alone ("Приду один").  Gmail in Russian, UTF-8 QP.

@mail("zhakupov-russian-forwarded-reminder-late", "2027-03-07 09:17:25",
      E("registration", "artur.zhakupov@gmail.example", "Артур Жакупов",
        "Казахстанско-немецкое общество Мюнстера", ["AG3"], 1, "ru"), "ru")
def _(m):
    m.head(("From", "Artur Zhakupov <artur.zhakupov@gmail.example>"),
           ("To", MSO),
           ("Subject", "Fwd: " + ew(REM7_SUBJ, "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAG1rT7xM4kP9wQ2nVz5sYb8cLd0eHu3fJa7oKi6Wt1mRe4NqXs@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    new = """Здравствуйте!

Мой коллега Виктор Шмидт переслал мне ваше напоминание. Я знаю, что срок регистрации уже прошёл, но, может быть, ещё есть свободное место? Я бы очень хотел участвовать в третьей рабочей группе (Fördermittel / Vereinsmanagement). Приду один.

С уважением,
Артур Жакупов
Казахстанско-немецкое общество Мюнстера"""
    note = "Артур, вот то, о чём я говорил. Пиши им прямо на этот адрес.\nВ."
    blocks = [
        ("---------- Пересланное сообщение ---------",
         ["От: Viktor Schmidt <viktor.schmidt@kndg-ms.example>",
          "Date: сб, 6 мар. 2027 г. в 18:31",
          "Subject: Fwd: " + REM7_SUBJ,
          "To: Artur Zhakupov <artur.zhakupov@gmail.example>"],
         note),
        ("---------- Forwarded message ---------",
         [f"Von: {MSO_NAME} <{MSO}>",
          "Date: Sa., 6. März 2027 um 10:00 Uhr",
          "Subject: " + REM7_SUBJ,
          "To: <viktor.schmidt@kndg-ms.example>"],
         rem7("Viktor Schmidt", "AG2", 1)),
    ]
    plain, htm = gmail_forward(new, blocks)
    m.alternative(plain, htm, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 035 ---------------------------------------------------------------------
# "Thanks for the reminder! See you on Saturday" from an iPhone: other.
# text/plain UTF-8 QP with an emoji.

@mail("wanjiru-iphone-see-you-saturday", "2027-03-07 12:40:03", E("other"), "en")
def _(m):
    m.head(("From", "Grace Wanjiru <grace.wanjiru@icloud-mail.example>"),
           ("Subject", "Re: " + ew(REM7_SUBJ, "utf-8")),
           ("Message-Id", "<7F2D9C41-B8E0-4A37-91C5-E6A3F0D2B814@icloud-mail.example>"),
           ("Date", m.date),
           ("To", TO_MSO),
           ("In-Reply-To", rem_id("wanjiru", "7d")),
           ("References", rem_id("wanjiru", "7d")),
           ("X-Mailer", "iPhone Mail (22D82)"),
           ("Mime-Version", "1.0 (1.0)"))
    att = f"On 6. Mar 2027, at 10:00, {MSO_NAME} <{MSO}> wrote:"
    m.single(f"""Thanks for the reminder! See you on Saturday 🙂

Grace

Sent from my iPhone

{quote(att + chr(10) + chr(10) + rem7("Grace Wanjiru", "AG2", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Late first registration in Farsi: a colleague forwarded his reminder (AG 1);
# the writer and his wife want "گروه کاری دوم" (the second workgroup) -> AG 2,
# 2 persons.  Gmail in Persian, right-to-left, UTF-8 base64.

@mail("rostami-farsi-forwarded-reminder-ag2-two", "2027-03-08 08:55:40",
      E("registration", "hamid.rostami@gmail.example", "حمید رستمی",
        "انجمن فرهنگی ایرانیان مونستر", ["AG2"], 2, "fa"), "fa")
def _(m):
    m.head(("From", "Hamid Rostami <hamid.rostami@gmail.example>"),
           ("To", MSO),
           ("Subject", "Fwd: " + ew(REM7_SUBJ, "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAD4wV9pK2tM7xR0qZn3sYc6bLe1fHu8gJa5oPi4Xt9mNe2RkWs@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    new = """سلام و وقت بخیر،

همکارم آقای نادری ایمیل یادآوری شما را برای من فرستاد. می‌دانم که مهلت ثبت‌نام تمام شده است، اما اگر هنوز جا هست، من و همسرم مایلیم در گروه کاری دوم (آینده شهر مونستر) شرکت کنیم.

با سپاس
حمید رستمی
انجمن فرهنگی ایرانیان مونستر"""
    note = "حمید جان سلام،\nاین همان برنامه‌ای است که گفتم. مستقیم به همین آدرس ایمیل بزن.\nمهدی"
    blocks = [
        ("---------- Forwarded message ---------",
         ["از: Mehdi Naderi <m.naderi@iran-kultur-ms.example>",
          "Date: شنبه ۶ مارس ۲۰۲۷ ساعت ۲۲:۱۵",
          "Subject: Fwd: " + REM7_SUBJ,
          "To: Hamid Rostami <hamid.rostami@gmail.example>"],
         note),
        ("---------- Forwarded message ---------",
         [f"Von: {MSO_NAME} <{MSO}>",
          "Date: Sa., 6. März 2027 um 10:00 Uhr",
          "Subject: " + REM7_SUBJ,
          "To: <m.naderi@iran-kultur-ms.example>"],
         rem7("Mehdi Naderi", "AG1", 1)),
    ]
    plain, htm = gmail_forward(new, blocks, rtl=True)
    m.alternative(plain, htm, charset="utf-8", cte="base64", style="gmail")


# -- 037 ---------------------------------------------------------------------
# Arabic change from the first to the third workgroup, answering the
# reminder; Apple Mail in Arabic, UTF-8 QP.

@mail("abdallah-arabic-apple-move-to-third", "2027-03-08 15:30:52",
      E("change", "lina.abdallah@icloud-mail.example", "لينا عبد الله",
        "جمعية المرأة العربية في مونستر", ["AG3"], None, "ar"), "ar")
def _(m):
    m.head(("From", "Lina Abdallah <lina.abdallah@icloud-mail.example>"),
           ("Subject", "Re: " + ew(REM7_SUBJ, "utf-8", "b")),
           ("Date", m.date),
           ("In-Reply-To", rem_id("abdallah", "7d")),
           ("To", TO_MSO),
           ("References", rem_id("abdallah", "7d")),
           ("Message-Id", "<A93E5D17-2C4B-4F80-B1D6-8E7F0C3A9B52@icloud-mail.example>"),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    new = """مرحباً،

شكراً على التذكير. أرجو نقلي من مجموعة العمل الأولى إلى مجموعة العمل الثالثة (التمويل وإدارة الجمعيات)، لأن جمعيتنا تحتاج حالياً إلى معلومات عن إمكانيات التمويل.

مع التحية
لينا عبد الله
جمعية المرأة العربية في مونستر"""
    attribution = f"في ٦ مارس ٢٠٢٧، في ١٠:٠٠ ص، كتب {MSO_NAME} <{MSO}>:"
    plain, htm = apple_reply(new, attribution, rem7("Lina Abdallah", "AG1", 1))
    m.alternative(plain, htm, charset="utf-8", cte="quoted-printable", style="apple")


# -- 038 ---------------------------------------------------------------------
# Ukrainian question (may she come at 11:30? lunch?), Outlook plain text
# in windows-1251 QP, no quote.

@mail("melnyk-ukrainian-windows1251-question-late-arrival", "2027-03-09 18:48:11",
      E("question", "oksana.melnyk@ukr-mail.example", "Оксана Мельник",
        None, [], None, "uk"), "uk")
def _(m):
    m.head(("From", ew("Оксана Мельник", "windows-1251", "b") + " <oksana.melnyk@ukr-mail.example>"),
           ("To", f"'{MSO_NAME}' <{MSO}>"),
           ("Subject", "RE: " + ew(REM7_SUBJ, "utf-8")),
           ("Date", m.date),
           ("Message-ID", "<000c01db911f$7a3e52d0$6ebaf870$@ukr-mail.example>"),
           ("In-Reply-To", rem_id("melnyk", "7d")),
           ("References", rem_id("melnyk", "7d")),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "uk"),
           ("MIME-Version", "1.0"))
    m.single("""Добрий вечір!

Дякую за нагадування. Скажіть, будь ласка, чи можна прийти не на початок, а десь об 11:30? У суботу зранку я працюю в пекарні.
І чи буде обід, чи краще взяти щось із собою?

З повагою
Оксана Мельник
""", charset="windows-1251", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Italian: "saremo in due invece che in tre" -> change, party size 2.
# Gmail in Italian, UTF-8 QP.

@mail("russo-italian-two-instead-of-three", "2027-03-10 13:13:29",
      E("change", "giulia.russo@comites-ms.example", "Giulia Russo",
        "Comunità Italiana di Münster", [], 2, "it"), "it")
def _(m):
    m.head(("From", "Giulia Russo <giulia.russo@comites-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + ew(REM7_SUBJ, "utf-8")),
           ("Date", m.date),
           ("Message-ID", "<CAK2xN5tR9pW1mQ7vZy3sLb0cDf6eHu4gJa8oTi1Yk5rMe9VqPs@mail.gmail.example>"),
           ("In-Reply-To", rem_id("russo", "7d")),
           ("References", rem_id("russo", "7d")),
           ("MIME-Version", "1.0"))
    new = """Buongiorno,

per sabato saremo in due invece che in tre: purtroppo una collega si è ammalata. Potete aggiornare la nostra iscrizione?

Grazie mille e a sabato!
Giulia Russo
Comunità Italiana di Münster"""
    attribution = f"Il giorno sab 6 mar 2027 alle ore 10:00 {MSO_NAME} <{MSO}> ha scritto:"
    plain, htm = gmail_reply(new, attribution, rem7("Giulia Russo", "AG2", 3))
    m.alternative(plain, htm, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 040 ---------------------------------------------------------------------
# English cancellation written BELOW the quoted reminder (Apple Mail,
# bottom-posting), multipart/alternative UTF-8 QP.

@mail("moyo-english-bottom-post-cancel", "2027-03-11 09:05:44",
      E("cancellation", "tendai.moyo@zdn-muenster.example", "Tendai Moyo",
        "Zimbabwe Diaspora Network Münster", [], None, "en"), "en")
def _(m):
    m.head(("From", "Tendai Moyo <tendai.moyo@zdn-muenster.example>"),
           ("Subject", "Re: " + ew(REM7_SUBJ, "utf-8")),
           ("Date", m.date),
           ("In-Reply-To", rem_id("moyo", "7d")),
           ("To", TO_MSO),
           ("References", rem_id("moyo", "7d")),
           ("Message-Id", "<2E8C4B7F-91A3-4D06-B5E2-F7C1D3A9E064@zdn-muenster.example>"),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    new = """Dear team,

Unfortunately I have to cancel. My return flight from Harare has been moved to the 14th, so I won't be back in time. Please give my place to someone on the waiting list.

Best regards,
Tendai Moyo
Zimbabwe Diaspora Network Münster"""
    attribution = f"On 6. Mar 2027, at 10:00, {MSO_NAME} <{MSO}> wrote:"
    plain, htm = apple_reply(new, attribution, rem7("Tendai Moyo", "AG3", 1), below=True)
    m.alternative(plain, htm, charset="utf-8", cte="quoted-printable", style="apple")


# -- 041 ---------------------------------------------------------------------
# Late first registration in Greek, forwarding (Thunderbird, inline) the
# reminder a colleague had forwarded him (AG 2).  He wants "ομάδα εργασίας 1"
# and comes alone.  text/plain UTF-8 base64.

@mail("stavrou-greek-thunderbird-forward-late", "2027-03-11 22:17:06",
      E("registration", "nikos.stavrou@mail.example", "Νίκος Σταύρου",
        "Ελληνική Κοινότητα Μύνστερ", ["AG1"], 1, "el"), "el")
def _(m):
    m.head(("From", "Νίκος Σταύρου <nikos.stavrou@mail.example>"),
           ("To", MSO),
           ("Subject", "Fwd: Fwd: " + ew(REM7_SUBJ, "utf-8")),
           ("Date", m.date),
           ("Message-ID", "<5d2a8e14-c07b-4f93-a6e1-b93f0d7c2e58@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "el"),
           ("MIME-Version", "1.0"))
    m.single(f"""Καλησπέρα σας,

ένας συνάδελφος, ο κ. Λαμπρόπουλος, μου προώθησε την υπενθύμισή σας. Ξέρω
ότι είναι αργά, αλλά αν υπάρχει ακόμη θέση, θα ήθελα πολύ να έρθω το
Σάββατο στην ομάδα εργασίας 1 (εκπαίδευση). Θα έρθω μόνος.

Με εκτίμηση,
Νίκος Σταύρου
Ελληνική Κοινότητα Μύνστερ


-------- Προωθημένο μήνυμα --------
Θέμα: \tFwd: {REM7_SUBJ}
Ημερομηνία: \tWed, 10 Mar 2027 19:12:40 +0100
Από: \tΚώστας Λαμπρόπουλος <k.lampropoulos@mail.example>
Προς: \tΝίκος Σταύρου <nikos.stavrou@mail.example>



Νίκο, δες αυτό, νομίζω ότι σε ενδιαφέρει.
Κ.

---------- Forwarded message ---------
Von: {MSO_NAME} <{MSO}>
Date: Sa., 6. März 2027 um 10:00 Uhr
Subject: {REM7_SUBJ}
To: <k.lampropoulos@mail.example>

{rem7("Kostas Lampropoulos", "AG2", 1)}
""", charset="utf-8", cte="base64")


# ---------------------------------------------------------------------------
# Friday, 12 March 2027, 10:00: the one-day reminder goes out
# ---------------------------------------------------------------------------

# -- 042 ---------------------------------------------------------------------
# A mail provider accepted the reminder, then bounced it (mailbox over
# quota).  German and English notice, multipart/report with delivery-status
# and the returned reminder.

TEK_RCPT = "yusuf.tekin@gmx-mail.example"


@mail("provider-bounce-mailbox-full-de-en", "2027-03-12 10:00:52",
      E("bounce", bounced=TEK_RCPT), "de")
def _(m):
    m.head(("From", "Mail Delivery System <MAILER-DAEMON@mout.gmx-mail.example>"),
           ("To", MSO),
           ("Subject", "Mail delivery failed: returning message to sender"),
           ("Date", m.date),
           ("Message-ID", "<1MqKsW-1vB3xY0Kme-00eN7q@mout.gmx-mail.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-Failed-Recipients", TEK_RCPT),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""Dies ist eine automatisch erstellte Nachricht des Mailsystems
mout.gmx-mail.example.

Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt
werden. Es handelt sich um einen dauerhaften Fehler:

  {TEK_RCPT}
    Das Postfach des Empfängers ist voll (Speicherplatz überschritten).
    552 5.2.2 mailbox over quota

--- English ---

This message was created automatically by the mail system.
A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error:

  {TEK_RCPT}
    The recipient's mailbox is full (storage quota exceeded).
    552 5.2.2 mailbox over quota
""", charset="utf-8", cte="quoted-printable")
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mout.gmx-mail.example"),
         ("Arrival-Date", "Fri, 12 Mar 2027 10:00:09 +0100")],
        [("Final-Recipient", f"rfc822; {TEK_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Diagnostic-Code", "smtp; 552 5.2.2 mailbox over quota")])
    original = office_message(
        f"Yusuf Tekin <{TEK_RCPT}>", REM1_SUBJ, rem1("Yusuf Tekin", "AG2", 1),
        "Fri, 12 Mar 2027 10:00:07 +0100", rem_id("tekin", "1d"), "auto-generated")
    m.multi("report", [note, dsn, rfc822_part(original)],
            params={"report-type": "delivery-status"})


# -- 043 ---------------------------------------------------------------------
# Vacation autoresponder in Russian and German (Auto-Submitted: auto-replied),
# text/plain UTF-8 base64.

@mail("kuznetsova-russian-german-vacation", "2027-03-12 10:01:30", E("auto_reply"), "ru")
def _(m):
    m.head(("From", "=?UTF-8?B?0KLQsNGC0YzRj9C90LAg0JrRg9C30L3QtdGG0L7QstCw?= <t.kuznetsova@yandex-mail.example>"),
           ("To", MSO),
           ("Subject", ew("Автоответ: " + REM1_SUBJ, "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<2874121773306090@vla5-mxback.yandex-mail.example>"),
           ("In-Reply-To", rem_id("kuznetsova", "1d")),
           ("References", rem_id("kuznetsova", "1d")),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!
Я в отпуске до 12 марта и читаю почту нерегулярно. Отвечу после возвращения.

Guten Tag,
ich bin bis zum 12. März im Urlaub und lese meine E-Mails nur unregelmäßig.
Ich melde mich nach meiner Rückkehr.

Татьяна Кузнецова
""", charset="utf-8", cte="base64")


# -- 044 ---------------------------------------------------------------------
# Turkish cancellation answering the one-day reminder; Gmail on Android in
# Turkish, UTF-8 QP.

@mail("gunes-turkish-cancel-son-sick", "2027-03-12 19:40:18",
      E("cancellation", "fatma.gunes@gmail.example", "Fatma Güneş",
        None, [], None, "tr"), "tr")
def _(m):
    m.head(("From", "=?UTF-8?Q?Fatma_G=C3=BCne=C5=9F?= <fatma.gunes@gmail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + REM1_SUBJ),
           ("Date", m.date),
           ("Message-ID", "<CAL7tY3wN0kR5xP8qVm2sZc9bDe4fHu1gJa6oLi3Qt7nWe5XkRs@mail.gmail.example>"),
           ("In-Reply-To", rem_id("gunes", "1d")),
           ("References", rem_id("gunes", "1d")),
           ("MIME-Version", "1.0"))
    new = """Merhaba,

Maalesef yarın gelemiyorum, oğlum dün gece ateşlendi. Kaydımı iptal edebilir misiniz? Kusura bakmayın, çok isterdim.

Fatma Güneş"""
    attribution = f"{MSO_NAME} <{MSO}>, 12 Mar 2027 Cum, 10:00 tarihinde şunu yazdı:"
    plain, htm = gmail_reply(new, attribution, rem1("Fatma Güneş", "AG3", 1))
    m.alternative(plain, htm, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 045 ---------------------------------------------------------------------
# Same-day cancellation at 08:12 on the event day, Outlook for Android,
# multipart/alternative UTF-8 QP, quote of the one-day reminder below a rule.

BECKER_TEXT = """Guten Morgen,

ich muss für heute leider kurzfristig absagen, meine Tochter hat über Nacht Fieber bekommen und ich bleibe bei ihr. Sehr schade, ich hatte mich auf die AG gefreut.

Viele Grüße
Matthias Becker-Yüksel
Elternnetzwerk Hiltrup-Ost

Outlook für Android herunterladen"""


@mail("becker-yueksel-same-day-cancel", "2027-03-13 08:12:57",
      E("cancellation", "m.becker-yueksel@mail.example", "Matthias Becker-Yüksel",
        "Elternnetzwerk Hiltrup-Ost", [], None, "de"), "de")
def _(m):
    m.head(("From", "Matthias Becker-Yüksel <m.becker-yueksel@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + REM1_SUBJ),
           ("Thread-Topic", REM1_SUBJ),
           ("Thread-Index", "AQHbk1c0xW7rT2nP9kQ4vZ1mY8sLcA=="),
           ("Date", m.date),
           ("Message-ID", "<AM7P191MB0613D4B8E1C2F9A07B65@AM7P191MB0613.EURP191.PROD.OUTLOOK.example>"),
           ("In-Reply-To", rem_id("becker", "1d")),
           ("References", rem_id("becker", "1d")),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    hdr = [("Von:", f"{MSO_NAME} <{MSO}>"),
           ("Gesendet:", "Freitag, März 12, 2027 10:00:06 AM"),
           ("An:", "m.becker-yueksel@mail.example <m.becker-yueksel@mail.example>"),
           ("Betreff:", REM1_SUBJ)]
    quoted = rem1("Matthias Becker-Yüksel", "AG1", 1)
    plain = (BECKER_TEXT + "\n________________________________\n"
             + "\n".join(f"{k} {v}" for k, v in hdr) + "\n\n" + quoted + "\n")
    m.alternative(plain, owa_html(BECKER_TEXT, hdr, quoted), charset="utf-8",
                  cte="quoted-printable", style="outlook")


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


def check(name, data, m, expected):
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
    if when != m.when:
        problems.append("Date header differs from the build time")
    if not (datetime.datetime(2027, 1, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 4, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Jan-Mar 2027")
    parts = list(leaves(msg))
    want = m.intended
    if len(parts) != len(want):
        problems.append(f"{len(parts)} leaf parts, built {len(want)}")
    for i, (p, w) in enumerate(zip(parts, want)):
        cs = p.get_content_charset() or "us-ascii"
        raw = p.get_payload(decode=True)
        try:
            strict = raw.decode(cs, "strict")
        except (UnicodeDecodeError, LookupError) as exc:
            problems.append(f"part {i}: does not decode in {cs}: {exc}")
            continue
        got = p.get_content()
        if got != strict.replace("\r\n", "\n") and got != strict:
            problems.append(f"part {i}: get_content() differs from strict decode")
        if got.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
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
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"(?:https?|ftp)://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example URL host {dom}")
    for dom in re.findall(r"\b(?:from|by) ([\w-]+(?:\.[\w-]+)+)", str(msg.get("Received", ""))):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example host {dom}")
    if set(expected) != set(FIELDS):
        problems.append("expected record has wrong keys")
    kind = expected["kind"]
    if kind == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
        if expected["bounced_recipient"] != expected["bounced_recipient"].lower():
            problems.append("bounced_recipient not lower-case")
    elif expected["bounced_recipient"] is not None:
        problems.append("bounced_recipient set on a non-bounce")
    if kind in MACHINE:
        if any(expected[k] is not None for k in ("email", "name", "organisation",
                                                 "party_size", "language")):
            problems.append("machine/other record must have null person fields")
        if expected["workgroups"]:
            problems.append("machine/other record must have no workgroups")
    else:
        if not expected["email"] or expected["email"] != expected["email"].lower():
            problems.append("email missing or not lower-case")
        elif expected["email"] not in text.lower():
            problems.append("expected email does not occur in the mail")
        if not expected["language"]:
            problems.append("language missing")
        if kind == "registration":
            if not isinstance(expected["party_size"], int) or expected["party_size"] < 1:
                problems.append("registration needs a party size")
            if not expected["workgroups"]:
                problems.append("registration without workgroup (intended?)")
        elif kind in ("cancellation", "question") and expected["party_size"] is not None:
            problems.append("party_size must be null for cancellation/question")
        if kind in ("cancellation", "question") and expected["workgroups"]:
            problems.append("workgroups must be [] for cancellation/question")
    for wg in expected["workgroups"]:
        if wg not in ("AG1", "AG2", "AG3"):
            problems.append(f"unknown workgroup {wg}")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    langs = collections.Counter(t for _, _, _, t in built)
    by_kind_lang = collections.Counter((e["kind"], e["language"]) for _, _, e, _ in built
                                       if e["language"])
    encs = collections.Counter()
    types = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    print("kinds:", dict(sorted(kinds.items())))
    print("text languages (all mails):", dict(sorted(langs.items())))
    print("labelled language by kind:", dict(sorted(by_kind_lang.items())))
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
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
