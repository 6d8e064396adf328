#!/usr/bin/env python3
"""Build the "final14a" set for `mailbot parse`: mails/NNN-slug.eml and expected.json.

MSO-Tag 2027 (config.toml is an unchanged copy of the dev config).  45 mails by
writers whose languages are rarer in such mail: Albanian, Romanian, Bulgarian,
Greek, Hungarian, Bosnian/Serbian/Croatian, Vietnamese, Indonesian, Amharic,
Tamil, Swahili, Georgian, Armenian, Lithuanian, Czech and Slovak -- mostly in
the writer's own language, some with a German or English line, some in learner
German with words of the writer's language.

Every mail text below is written by hand.  The script wraps the texts in MIME
with the standard `email` package, writes the files and reads every file back
to check it (no parser defects, every text part decodes strictly in its
declared charset and to exactly the written text, lines <= 998 octets, rising
dates, example domains only).

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

Standard library only; deterministic output (fixed dates, Message-IDs, boundaries).
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

# refold_source='none': hand-encoded header values are written exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset="utf-8", enc="q"):
    """'Name <address>'; a non-ASCII display name is RFC 2047-encoded in `charset`."""
    if name.isascii():
        return formataddr((name, address))
    return f"{ew(name, charset, enc)} <{address}>"


def subj(text, charset="utf-8", enc="q"):
    return text if text.isascii() else ew(text, charset, enc)


def gt_quote(text):
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))


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
    return hashlib.sha256(f"final14a/{slug}/{n}".encode()).hexdigest()


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
        msg.set_raw("Delivered-To", MSO)
        if received:
            frm = dict(pairs)["From"]
            domain = (sender or re.search(r"<([^>]+)>", frm).group(1)).split("@")[1]
            host = "out." + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=4)).astimezone(
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
            return f"_00{self._nboundary}_DB9PR02MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:14]}"
        if style == "apple":
            return f"Apple-Mail-{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:28].upper()}"
        if style == "sendmail":
            return f"{h[:10].upper()}.{int(h[10:18], 16) % 10**10}/mail.muenster.example"
        return f"----=_NextPart_{h[:3]}_{h[3:7].upper()}_{h[7:15].upper()}.{h[15:23].upper()}"

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
# texts the organisers sent (quoted or returned in several mails)
# ---------------------------------------------------------------------------

INVITATION_ID = "<mso2027-einladung.20270112.140511@muenster.example>"
INVITATION_SUBJECT = "Einladung: Tag der Migrantenselbstorganisationen 2027"
INVITATION = """Sehr geehrte Damen und Herren,
liebe Engagierte in den Migrantenselbstorganisationen,

am Samstag, 13. März 2027, findet von 10 bis 16 Uhr im Stadtweinhaus
(Prinzipalmarkt 8, 48143 Münster) der diesjährige Tag der
Migrantenselbstorganisationen statt. Dazu laden wir Sie herzlich ein.

Nach der Begrüßung und einem kurzen Impuls tagen drei parallele
Arbeitsgruppen:

  AG 1  Menschen mit Migrationsvorgeschichte im Bildungssystem
  AG 2  Münsters Zukunftsprozess aus der Sicht der Menschen mit
        Migrationsvorgeschichte
  AG 3  Förderungsmöglichkeiten und effektives Vereinsmanagement

Jede Arbeitsgruppe hat 30 Plätze. Anmeldungen nehmen wir bis zum
6. März 2027 unter mso-tag@muenster.example entgegen. Bitte nennen Sie
uns Ihren Namen, Ihre Organisation, Ihre Wunsch-AG (gern mit einer
Alternative) und die Zahl der Teilnehmenden.

Die Teilnahme ist kostenfrei, für Verpflegung ist gesorgt.

Wir freuen uns auf Sie!

Kommunales Integrationszentrum Münster
Ximena Meza Correa-Flock"""

REMINDER_ID = "<mso2027-erinnerung.20270211.100000@muenster.example>"
REMINDER_SUBJECT = "Erinnerung: Anmeldung zum Tag der Migrantenselbstorganisationen bis 6. März"
REMINDER7_SUBJECT = "Erinnerung: Tag der Migrantenselbstorganisationen am 13. März 2027"

CONFIRMATION_SUBJECT = "Anmeldebestätigung: Tag der Migrantenselbstorganisationen 2027"

AG_TITLE = {
    "AG1": "AG 1 - Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 - Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 - Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(anrede, ag, persons):
    """The confirmation the organisers' system sent (plain ASCII + German umlauts,
    so that replies in iso-8859-2, windows-1250 or windows-1257 can quote it)."""
    return f"""Guten Tag {anrede},

Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027 ist bei uns
eingegangen.

Termin:        Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Ort:           Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
Arbeitsgruppe: {AG_TITLE[ag]}
Personen:      {persons}

Für Änderungen oder eine Absage antworten Sie bitte einfach auf diese
E-Mail.

Viele Grüße
Ihr Organisationsteam
Tag der Migrantenselbstorganisationen"""


def confirmation_message(to, anrede, ag, persons, when, msgid, in_reply_to):
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_MSO
    m["To"] = to
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m.set_raw("In-Reply-To", in_reply_to)
    m.set_raw("References", in_reply_to)
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(anrede, ag, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


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
	mso-ligatures:standardcontextual;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}}
span.EmailStyle19
	{{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:11.0pt;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang={lang} link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, charset, lang, quote=None, labels=("Von:", "Gesendet:", "An:", "Betreff:")):
    """Outlook HTML; quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        frm, sent, to, subject, quoted = quote
        lf, ls, lt, lsub = labels
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b>{esc(lf)}</b> {esc(frm)}<br>\n"
                   f"<b>{esc(ls)}</b> {esc(sent)}<br>\n"
                   f"<b>{esc(lt)}</b> {esc(to)}<br>\n"
                   f"<b>{esc(lsub)}</b> {esc(subject)}<o:p></o:p></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return (OUTLOOK_HEAD.format(charset=charset, lang=lang) + "\n".join(out)
            + "\n</div>\n</body>\n</html>\n")


def outlook_plain(text, quote=None, labels=("Von:", "Gesendet:", "An:", "Betreff:")):
    if not quote:
        return text
    frm, sent, to, subject, quoted = quote
    lf, ls, lt, lsub = labels
    return (f"{text}\n\n________________________________\n{lf} {frm}\n{ls} {sent}\n"
            f"{lt} {to}\n{lsub} {subject}\n\n{quoted}")


def gmail_html(text, quote_intro=None, quoted=None):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    out = f'<div dir="ltr">{inner}</div>'
    if quote_intro:
        q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
        out += (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(quote_intro)}'
                f'<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{q}</blockquote></div>')
    return out + "\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\"><div dir=\"auto\">{inner}</div></body></html>\n")


def webmail_html(text):
    lines = "".join(f"<p style=\"margin:0\">{esc(line) if line else '&nbsp;'}</p>"
                    for line in text.split("\n"))
    return ("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"></head>"
            f"<body><div style=\"font-family: Arial, sans-serif; font-size: 14px;\">{lines}"
            "</div></body></html>\n")


# ---------------------------------------------------------------------------
# the mails, in arrival order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=1):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Albanian reply (Thunderbird with German UI) quoting the whole invitation with
# '>'; every AG appears in the quote, the choice is only in the new text:
# "grupi i tretë i punës" (the third working group) plus the German title.
# "Unë dhe nënkryetari ... do të vijmë të dy" = the two of us -> 2.

@mail("sq-krasniqi-reply-invitation", "2027-01-12 17:20:44",
      E("registration", "arben.krasniqi@iliria-muenster.example", "Arben Krasniqi",
        "Shoqata Kulturore Shqiptare „Iliria“ Münster e.V.", ["AG3"], 2, "sq"), "sq")
def _(m):
    m.head(("From", "Arben Krasniqi <arben.krasniqi@iliria-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5e0c7a12-93d4-4b8f-a1c6-2f7e9d03b5a8@iliria-muenster.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "sq"),
           ("MIME-Version", "1.0"))
    m.single(f"""Përshëndetje,

faleminderit për ftesën! Unë dhe nënkryetari i shoqatës sonë, z. Driton
Morina, do të vijmë të dy më 13 mars.

Na intereson më shumë grupi i tretë i punës, ai për financimin dhe
menaxhimin e shoqatave (Förderungsmöglichkeiten und effektives
Vereinsmanagement). Pikërisht aty kemi më shumë nevojë për këshilla,
sepse këtë vit duam të aplikojmë për herë të parë për fonde nga qyteti.

Me respekt,
Arben Krasniqi
Kryetar
Shoqata Kulturore Shqiptare „Iliria“ Münster e.V.
Tel. 0176 4418 2093

Am 12.01.2027 um 14:05 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit")


# -- 002 ---------------------------------------------------------------------
# Romanian Outlook (Romanian UI: "De la: / Trimis: / Către: / Subiect:"),
# multipart/alternative in windows-1250 quoted-printable; Romanian written
# with the cedilla letters ş ţ that windows-1250 carries.  "eu şi soţul meu
# ... deci două persoane" -> 2; "grupa de lucru nr. 2" -> AG2.  The invitation
# below names all three groups.

DUMITRESCU_TEXT = """Bună ziua,

vă mulţumim pentru invitaţie! Ne înscriem la Ziua organizaţiilor de migranţi din 13 martie: eu şi soţul meu, Radu Dumitrescu, deci două persoane.

Am dori să participăm la grupa de lucru nr. 2, despre procesul de viitor al oraşului Münster (Zukunftsprozess). Locuim aici de 15 ani şi avem destule idei.

Cu stimă,
Mihaela Dumitrescu
Secretar
Asociaţia Culturală Română „Dacia” Münster e.V.
Tel. 0251 / 61 33 07"""


@mail("ro-dumitrescu-outlook-windows-1250", "2027-01-13 08:05:19",
      E("registration", "m.dumitrescu@dacia-ms.example", "Mihaela Dumitrescu",
        "Asociaţia Culturală Română „Dacia” Münster e.V.", ["AG2"], 2, "ro"), "ro", tz=0)
def _(m):
    m.head(("From", addr("Dumitrescu, Mihaela", "m.dumitrescu@dacia-ms.example")),
           ("To", TO_MSO),
           ("Subject", "RE: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbZQx3k9Rr1fUuTkq0m2b8xYl1vA=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR02MB84410C5E3A7F21B6D0E94C2AA8B12@DB9PR02MB8441.eurprd02.prod.outlook.example>"),
           ("References", INVITATION_ID),
           ("In-Reply-To", INVITATION_ID),
           ("Accept-Language", "ro-RO, de-DE, en-US"),
           ("Content-Language", "ro-RO"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    labels = ("De la:", "Trimis:", "Către:", "Subiect:")
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "marţi, 12 ianuarie 2027 14:05",
             f"Tag der Migrantenselbstorganisationen <{MSO}>",
             INVITATION_SUBJECT, INVITATION)
    m.alternative(outlook_plain(DUMITRESCU_TEXT, quote, labels),
                  outlook_html(DUMITRESCU_TEXT, "windows-1250", "RO", quote, labels),
                  charset="windows-1250", cte="quoted-printable", style="outlook")


# -- 003 ---------------------------------------------------------------------
# Hungarian, iso-8859-2 quoted-printable, Thunderbird.  Family name first
# ("Tóth Ágnes").  First choice "az elsőt (oktatási rendszer)", fallback "a
# harmadik" -> [AG1, AG3].  "Hárman jövünk" = we come as three -> 3.

@mail("hu-toth-iso-8859-2", "2027-01-13 19:44:02",
      E("registration", "toth.agnes@freemail-hu.example", "Tóth Ágnes",
        "Münsteri Magyar Kulturális Egyesület", ["AG1", "AG3"], 3, "hu"), "hu")
def _(m):
    m.head(("From", addr("Tóth Ágnes", "toth.agnes@freemail-hu.example", "iso-8859-2", "q")),
           ("To", MSO),
           ("Subject", subj("Jelentkezés: MSO-Tag, március 13.", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<a3f1e2d0-6c7b-4f19-8e55-0b9d4c2a7e31@freemail-hu.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"),
           ("Content-Language", "hu"),
           ("MIME-Version", "1.0"))
    m.single("""Tisztelt Szervezők!

Szeretnénk jelentkezni a március 13-i MSO-napra (Tag der
Migrantenselbstorganisationen). Hárman jövünk a Münsteri Magyar
Kulturális Egyesülettől: jómagam, Kiss Péter és Varga Zsófia.

A munkacsoportok közül leginkább az elsőt választanánk (oktatási
rendszer, Bildungssystem), mert hétvégi magyar iskolát működtetünk
gyerekeknek. Ha az már megtelt, a harmadik is megfelel nekünk.

Üdvözlettel:
Tóth Ágnes
elnök
Münsteri Magyar Kulturális Egyesület
""", charset="iso-8859-2", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# Bulgarian, windows-1251 base64 (The Bat!), display name and subject in
# windows-1251 B-words.  "Ще дойдем четирима души" = four people -> 4;
# "втората работна група" = the second working group -> AG2.

@mail("bg-ivanova-windows-1251", "2027-01-14 10:31:37",
      E("registration", "desislava.ivanova@abv-mail.example", "Десислава Иванова",
        "Българско културно дружество „Родина“ Мюнстер", ["AG2"], 4, "bg"), "bg")
def _(m):
    m.head(("From", addr("Десислава Иванова", "desislava.ivanova@abv-mail.example", "windows-1251", "b")),
           ("To", MSO),
           ("Subject", subj("Регистрация за 13 март", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1937204116.20270114103137@abv-mail.example>"),
           ("X-Mailer", "The Bat! (v10.1.2) Professional"),
           ("MIME-Version", "1.0"))
    m.single("""Здравейте,

бих искала да се регистрирам за Деня на мигрантските самоорганизации на 13 март в Мюнстер. Ще дойдем четирима души от дружеството – аз и трима членове на управителния съвет.

Интересуваме се от втората работна група (бъдещето на Мюнстер / Zukunftsprozess), защото много от нашите членове живеят тук от скоро и искат да участват в развитието на града.

Поздрави,
Десислава Иванова
Българско културно дружество „Родина“ Мюнстер
""", charset="windows-1251", cte="base64")


# -- 005 ---------------------------------------------------------------------
# Greek, iso-8859-7 8bit.  The roman numeral is typed on a Greek keyboard:
# "ΙΙΙ" is three GREEK CAPITAL IOTAs (U+0399), read by any person as III ->
# AG3.  "μαζί με τη σύζυγό μου" = with my wife -> 2.  The From display name is
# Latin, the signature Greek; the signature's full name is the label.

@mail("el-zachariou-iso-8859-7-greek-iota", "2027-01-14 21:02:55",
      E("registration", "kzachariou@otenet-mail.example", "Κωνσταντίνος Ζαχαρίου",
        "Ελληνικός Πολιτιστικός Σύλλογος Μύνστερ «Ο Όμηρος»", ["AG3"], 2, "el"), "el")
def _(m):
    m.head(("From", "Konstantinos Zachariou <kzachariou@otenet-mail.example>"),
           ("To", MSO),
           ("Subject", subj("Συμμετοχή 13/3", "iso-8859-7", "b")),
           ("Date", m.date),
           ("Message-ID", "<7c2d9a40-1e5f-4b36-9d08-e4a1f6b3c257@otenet-mail.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:102.0) Gecko/20100101 Thunderbird/102.15.1"),
           ("Content-Language", "el"),
           ("MIME-Version", "1.0"))
    m.single("""Καλησπέρα σας,

θα ήθελα να δηλώσω συμμετοχή στην Ημέρα των Οργανώσεων Μεταναστών στις
13 Μαρτίου. Θα έρθω μαζί με τη σύζυγό μου, Μαρία.

Μας ενδιαφέρει η ομάδα εργασίας ΙΙΙ (χρηματοδότηση και διαχείριση
συλλόγων), γιατί ο σύλλογός μας θέλει φέτος να κάνει αίτηση για
επιχορήγηση από τον δήμο.

Με εκτίμηση,
Κωνσταντίνος Ζαχαρίου
Ελληνικός Πολιτιστικός Σύλλογος Μύνστερ «Ο Όμηρος»
""", charset="iso-8859-7", cte="8bit")


# -- 006 ---------------------------------------------------------------------
# Learner German with Bosnian words, from a phone, UTF-8 quoted-printable.
# "Wir kommen zu dritt – ja, moja sestra i komšinica Amra" -> 3; "Gruppe
# Bildung" -> AG1.  The signature is only "Emina"; she names herself in full
# in the first line.  Language: German (the Bosnian bits are asides).

@mail("bs-hadzic-learner-german", "2027-01-15 08:12:09",
      E("registration", "emina.hadzic87@mail.example", "Emina Hadžić",
        "Bosnisch-Herzegowinischer Kulturverein „Behar“", ["AG1"], 3, "de"), "de")
def _(m):
    m.head(("From", "Emina H. <emina.hadzic87@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<m1x9c3.1768461129.samsungmail@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich bin Emina Hadžić von Bosnisch-Herzegowinischer Kulturverein „Behar“. Ich möchte anmelden für Tag von Migranten Organisationen am 13. mart. Wir kommen zu dritt – ja, moja sestra i komšinica Amra, sie sind auch in Verein.

Wir möchten in die Gruppe Bildung, weil unsere Kinder gehen hier in Schule und es gibt viele Probleme mit Lehrer und Sprache.

Hvala puno und liebe Grüße
Emina

Poslano sa mog Samsung Galaxy pametnog telefona.
""", charset="utf-8", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Albanian question only (Gmail, multipart/alternative): may a private person
# come, is the hall wheelchair-accessible.  "para se të regjistrohem" =
# before I register: nobody is registered yet.

GASHI_TEXT = """Përshëndetje,

pashë në Facebook që më 13 mars bëhet Dita e organizatave të migrantëve në Münster. Kam dy pyetje para se të regjistrohem:

1. A duhet të jem anëtare e ndonjë shoqate, apo mund të vij edhe si person privat?
2. A mund të hyhet në sallë me karrige me rrota? Nëna ime lëviz me karrige me rrota dhe do të donte të vinte me mua.

Ju faleminderit shumë!
Blerina Gashi"""


@mail("sq-gashi-question-wheelchair", "2027-01-15 18:40:31",
      E("question", "blerina.gashi94@gmail.example", "Blerina Gashi", None, [], None, "sq"), "sq")
def _(m):
    m.head(("From", "Blerina Gashi <blerina.gashi94@gmail.example>"),
           ("To", MSO),
           ("Subject", subj("Pyetje për 13 mars", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAK7mQz4rN2bT8yW1xE5vH0pL3sG9dJ6fU2aO4iC7nR1kY8wZqA@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(GASHI_TEXT, gmail_html(GASHI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 008 ---------------------------------------------------------------------
# Vietnamese, Gmail multipart/alternative, UTF-8 base64.  "Chúng tôi đi 3
# người" -> 3; "nhóm làm việc số 1 về giáo dục" -> AG1.  The From display name
# is the westernised "Minh Tran"; the signature gives the Vietnamese full name.

TRAN_TEXT = """Kính gửi Ban tổ chức,

Tôi xin đăng ký tham dự Ngày các tổ chức tự lập của người di cư (Tag der Migrantenselbstorganisationen) vào thứ Bảy, ngày 13/3/2027.
Chúng tôi đi 3 người: tôi, vợ tôi và một anh trong Ban chấp hành Hội.
Chúng tôi muốn tham gia nhóm làm việc số 1 về giáo dục, vì Hội đang tổ chức lớp tiếng Việt cho các cháu vào cuối tuần.

Trân trọng,
Trần Văn Minh
Hội người Việt Nam tại Münster"""


@mail("vi-tran-gmail-base64", "2027-01-16 11:03:48",
      E("registration", "minh.tran.ms@gmail.example", "Trần Văn Minh",
        "Hội người Việt Nam tại Münster", ["AG1"], 3, "vi"), "vi")
def _(m):
    m.head(("From", "Minh Tran <minh.tran.ms@gmail.example>"),
           ("To", MSO),
           ("Subject", subj("Đăng ký tham dự ngày 13/3", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAO3vX8pQ1mT6kR9wY2cE4sB7nH0jL5gF8dU1aZ3iK6oP9rN2tM@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(TRAN_TEXT, gmail_html(TRAN_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 009 ---------------------------------------------------------------------
# Indonesian, Apple Mail on an iPad, multipart/alternative UTF-8 QP.
# "Kami bertiga" = the three of us -> 3.  "Kelompok Kerja 2 ... Kalau sudah
# penuh, Kelompok Kerja 3 juga boleh" -> [AG2, AG3].

SARI_TEXT = """Halo Ibu Meza Correa-Flock,

Dengan ini saya mendaftarkan diri untuk acara Tag der Migrantenselbstorganisationen tanggal 13 Maret. Kami bertiga dari Perhimpunan Masyarakat Indonesia di Münster (saya dan dua pengurus lainnya).

Kami paling tertarik dengan Kelompok Kerja 2 tentang masa depan kota Münster. Kalau sudah penuh, Kelompok Kerja 3 juga boleh.

Terima kasih banyak dan sampai jumpa!

Salam hangat,
Dewi Kartika Sari

Dikirim dari iPad saya"""


@mail("id-sari-ipad-apple-mail", "2027-01-17 09:55:21",
      E("registration", "dewi.ks@icloud.example", "Dewi Kartika Sari",
        "Perhimpunan Masyarakat Indonesia di Münster", ["AG2", "AG3"], 3, "id"), "id")
def _(m):
    m.head(("From", "Dewi Kartika Sari <dewi.ks@icloud.example>"),
           ("To", MSO),
           ("Subject", "Pendaftaran MSO-Tag 13 Maret"),
           ("Date", m.date),
           ("Message-ID", "<3B7E2C19-8D4A-4F60-A1B5-9E0C7D2F6A48@icloud.example>"),
           ("X-Mailer", "iPad Mail (22D82)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.alternative(SARI_TEXT, apple_html(SARI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 010 ---------------------------------------------------------------------
# Amharic (Ge'ez script), UTF-8 base64; the German workgroup words in
# brackets.  "ሁለት ሰዎች ነን" = we are two people -> 2; "ሦስተኛውን የሥራ ቡድን" =
# the third working group -> AG3.

@mail("am-tadesse-amharic-base64", "2027-01-17 20:30:06",
      E("registration", "meron.tadesse@aethiopischer-verein.example", "Meron Tadesse",
        "Äthiopischer Kultur- und Sozialverein Münster e.V.", ["AG3"], 2, "am"), "am")
def _(m):
    m.head(("From", "Meron Tadesse <meron.tadesse@aethiopischer-verein.example>"),
           ("To", MSO),
           ("Subject", subj("ምዝገባ / Anmeldung 13.03.", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<20270117203006.61f3a9@aethiopischer-verein.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""ሰላም ጤና ይስጥልኝ፣

ማርች 13 ቀን 2027 በሙንስተር በሚካሄደው የስደተኛ ማኅበራት ቀን (Tag der Migrantenselbstorganisationen) ላይ ለመሳተፍ መመዝገብ እፈልጋለሁ።
ሁለት ሰዎች ነን፤ እኔና የማኅበራችን ገንዘብ ያዥ።
ሦስተኛውን የሥራ ቡድን (Förderung und Vereinsmanagement) መቀላቀል እንፈልጋለን።

ከሰላምታ ጋር
Meron Tadesse
Äthiopischer Kultur- und Sozialverein Münster e.V.
""", charset="utf-8", cte="base64")

# -- 011 ---------------------------------------------------------------------
# Change (Hungarian), iso-8859-2 base64, Thunderbird reply quoting the German
# confirmation, which names AG 1 and 3 persons.  New choice: "mégis inkább a
# 2. munkacsoportba" -> [AG2]; "Továbbra is hárman leszünk" = still three, so
# the number does not change (party_size null).

@mail("hu-toth-change-to-ag2", "2027-01-18 13:12:40",
      E("change", "toth.agnes@freemail-hu.example", "Tóth Ágnes",
        None, ["AG2"], None, "hu"), "hu")
def _(m):
    m.head(("From", addr("Tóth Ágnes", "toth.agnes@freemail-hu.example", "iso-8859-2", "q")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0e4b7c95-2a13-4d8e-b6f0-71c3a9e5d208@freemail-hu.example>"),
           ("In-Reply-To", "<mailbot.20270113194511.7c21@muenster.example>"),
           ("References", "<mailbot.20270113194511.7c21@muenster.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"),
           ("Content-Language", "hu"),
           ("MIME-Version", "1.0"))
    m.single(f"""Kedves Szervezők!

Köszönöm a visszaigazolást. Közben az egyesületben megbeszéltük, és
mégis inkább a 2. munkacsoportba (Zukunftsprozess) mennénk, nem az
elsőbe. Továbbra is hárman leszünk.

Köszönettel:
Tóth Ágnes

2027. 01. 13. 19:45 keltezéssel, Tag der Migrantenselbstorganisationen írta:
{gt_quote(confirmation("Frau Tóth", "AG1", 3))}
""", charset="iso-8859-2", cte="base64")


# -- 012 ---------------------------------------------------------------------
# Tamil, Outlook.com multipart/alternative, UTF-8 QP.  "நாங்கள் மூன்று பேர்
# வருவோம்" = we three will come -> 3; "முதலாவது பணிக்குழுவில் (கல்வி –
# Bildungssystem)" = the first working group -> AG1.  The signature gives the
# name in Tamil script and then in Latin script; the label takes the Latin
# line, which is also the From display name.

RAJENDRAN_TEXT = """வணக்கம்,

மார்ச் 13 அன்று நடைபெறும் புலம்பெயர்ந்தோர் அமைப்புகளின் தினத்தில் (Tag der Migrantenselbstorganisationen) கலந்துகொள்ள பதிவு செய்ய விரும்புகிறேன்.
நாங்கள் மூன்று பேர் வருவோம் – நான், என் கணவர் மற்றும் எங்கள் சங்கத்தின் செயலாளர்.
முதலாவது பணிக்குழுவில் (கல்வி – Bildungssystem) பங்கேற்க விரும்புகிறோம். எங்கள் சங்கம் வார இறுதிகளில் குழந்தைகளுக்கு தமிழ் வகுப்புகள் நடத்துகிறது.

நன்றி,
கவிதா ராஜேந்திரன்
Kavitha Rajendran
Tamilischer Kulturverein Münster e.V."""


@mail("ta-rajendran-outlook-com", "2027-01-19 07:45:13",
      E("registration", "kavitha.rajendran@tamilmail.example", "Kavitha Rajendran",
        "Tamilischer Kulturverein Münster e.V.", ["AG1"], 3, "ta"), "ta")
def _(m):
    m.head(("From", "Kavitha Rajendran <kavitha.rajendran@tamilmail.example>"),
           ("To", TO_MSO),
           ("Subject", subj("பதிவு – MSO-Tag 13.03.2027", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<PAXP251MB0412B7D3E9F1A6C2D8E05F4B91A7@PAXP251MB0412.EURP251.PROD.OUTLOOK.example>"),
           ("Content-Language", "ta-IN"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(RAJENDRAN_TEXT, outlook_html(RAJENDRAN_TEXT, "utf-8", "EN-US"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 013 ---------------------------------------------------------------------
# Sendmail-style bounce (multipart/report) from our own server: the
# confirmation to Kavitha Rajendran was refused with 552 5.2.2 mailbox full.
# The returned confirmation names AG 1 and 3 persons.

@mail("sendmail-bounce-mailbox-full", "2027-01-19 07:46:58",
      E("bounce", bounced="kavitha.rajendran@tamilmail.example"), "en")
def _(m):
    rcpt = "kavitha.rajendran@tamilmail.example"
    m.head(("From", "Mail Delivery Subsystem <MAILER-DAEMON@mail.muenster.example>"),
           ("To", MSO),
           ("Subject", "Returned mail: see transcript for details"),
           ("Date", m.date),
           ("Message-ID", "<202701190646.30J6kw9R018842@mail.muenster.example>"),
           ("Auto-Submitted", "auto-generated (failure)"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""The original message was received at Tue, 19 Jan 2027 07:46:21 +0100
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<{rcpt}>
    (reason: 552 5.2.2 Mailbox full)

   ----- Transcript of session follows -----
... while talking to mx1.tamilmail.example.:
>>> DATA
<<< 552 5.2.2 <{rcpt}>: Recipient address rejected: Mailbox quota exceeded
554 5.0.0 Service unavailable
""", charset="us-ascii", cte="7bit")
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("Received-From-MTA", "DNS; localhost"),
         ("Arrival-Date", "Tue, 19 Jan 2027 07:46:21 +0100")],
        [("Final-Recipient", f"RFC822; {rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "DNS; mx1.tamilmail.example"),
         ("Diagnostic-Code", f"SMTP; 552 5.2.2 <{rcpt}>: Recipient address rejected:\n"
                             "    Mailbox quota exceeded"),
         ("Last-Attempt-Date", "Tue, 19 Jan 2027 07:46:58 +0100")])
    original = confirmation_message(
        f"Kavitha Rajendran <{rcpt}>", "Frau Rajendran", "AG1", 3,
        "Tue, 19 Jan 2027 07:46:21 +0100", "<mailbot.20270119074621.0b9e@muenster.example>",
        "<PAXP251MB0412B7D3E9F1A6C2D8E05F4B91A7@PAXP251MB0412.EURP251.PROD.OUTLOOK.example>")
    m.multi("report", [note, dsn, rfc822_part(original, "Returned message")],
            style="sendmail", params={"report-type": "delivery-status"})


# -- 014 ---------------------------------------------------------------------
# Swahili, plain us-ascii 7bit (Swahili needs no accents; he writes Muenster).
# "Tutakuwa watu wanne" = we will be four people -> 4; "kikundi cha kazi
# namba mbili" = working group number two -> AG2.

@mail("sw-mwakilema-ascii", "2027-01-20 22:10:27",
      E("registration", "baraka.mwakilema@mail.example", "Baraka Mwakilema",
        "Jumuiya ya Watanzania Muenster", ["AG2"], 4, "sw"), "sw")
def _(m):
    m.head(("From", "Baraka Mwakilema <baraka.mwakilema@mail.example>"),
           ("To", MSO),
           ("Subject", "Usajili - Siku ya Mashirika ya Wahamiaji"),
           ("Date", m.date),
           ("Message-ID", "<1768943427.52211.baraka@webmail.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Habari za leo,

Naomba kujiandikisha kwa ajili ya Siku ya Mashirika ya Wahamiaji
tarehe 13 Machi 2027 hapa Muenster.
Tutakuwa watu wanne kutoka Jumuiya ya Watanzania Muenster: mimi, mke
wangu na wanachama wawili.
Tungependa kushiriki kikundi cha kazi namba mbili (mustakabali wa mji
wa Muenster - Zukunftsprozess).

Asanteni sana,
Baraka Mwakilema
Mwenyekiti, Jumuiya ya Watanzania Muenster
Simu: 0157 2290 6611
""", charset="us-ascii", cte="7bit")


# -- 015 ---------------------------------------------------------------------
# Georgian, HTML only from a webmailer, UTF-8 base64.  Display name in
# Georgian script, signature in Latin script.  "მოვალ მარტო" = I'll come
# alone -> 1; "მეორე სამუშაო ჯგუფი" = the second working group -> AG2.

BERIDZE_TEXT = """გამარჯობათ,

მინდა დავრეგისტრირდე მიგრანტთა ორგანიზაციების დღეზე, რომელიც 13 მარტს გაიმართება მიუნსტერში.
მოვალ მარტო. მაინტერესებს მეორე სამუშაო ჯგუფი – მიუნსტერის მომავლის პროცესი (Zukunftsprozess).

პატივისცემით,
Nino Beridze
Georgischer Kulturverein „Iberia“ Münster e.V."""


@mail("ka-beridze-html-only", "2027-01-21 16:20:50",
      E("registration", "nino.beridze@iberia-ms.example", "Nino Beridze",
        "Georgischer Kulturverein „Iberia“ Münster e.V.", ["AG2"], 1, "ka"), "ka")
def _(m):
    m.head(("From", addr("ნინო ბერიძე", "nino.beridze@iberia-ms.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", subj("რეგისტრაცია – MSO-Tag", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<web.1769008850.82f1c4@iberia-ms.example>"),
           ("MIME-Version", "1.0"))
    m.single(webmail_html(BERIDZE_TEXT), subtype="html", charset="utf-8", cte="base64")


# -- 016 ---------------------------------------------------------------------
# Armenian registration with a question about parking (registration, since it
# also signs them up).  "Երկուսով կգանք" = we two will come -> 2; "երրորդ
# աշխատանքային խումբը" = the third working group -> AG3.  Display name in
# Armenian script, signature in Latin script.

@mail("hy-hakobyan-plus-parking-question", "2027-01-22 10:05:33",
      E("registration", "armen.hakobyan@armenische-gemeinde.example", "Armen Hakobyan",
        "Armenische Gemeinde Münster e.V.", ["AG3"], 2, "hy"), "hy")
def _(m):
    m.head(("From", addr("Արմեն Հակոբյան", "armen.hakobyan@armenische-gemeinde.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", subj("Գրանցում / MSO-Tag 13.03.2027", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<4f8a1d3e-b2c7-49e0-a615-d9e3f07c2b84@armenische-gemeinde.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Բարև Ձեզ,

Ցանկանում եմ գրանցվել մարտի 13-ին կայանալիք Միգրանտների ինքնակազմակերպությունների օրվան։ Երկուսով կգանք՝ ես և մեր համայնքի խորհրդի անդամ Լիլիթ Սարգսյանը։
Մեզ հետաքրքրում է երրորդ աշխատանքային խումբը (ֆինանսավորում և միությունների կառավարում)։

Մի հարց էլ ունեմ. հնարավո՞ր է մեքենան կայանել Stadtweinhaus-ի մոտ, թե՞ ավելի լավ է գալ հանրային տրանսպորտով։

Շնորհակալություն,
Armen Hakobyan
Armenische Gemeinde Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Newsletter of a Balkan cultural centre (other), Bosnian with a German
# paragraph, multipart/alternative UTF-8 QP, list headers.  It mentions the
# MSO-Tag on 13 March but registers nobody.

BALKAN_TEXT = """BALKAN KULTURZENTRUM MÜNSTER
Bilten / Newsletter 2/2027

Drage članice i članovi, dragi prijatelji,

u februaru vas očekuje bogat program:

* Petak, 5. 2., 19:00 – Sevdah večer s grupom „Merak“ (ulaz slobodan, donacije dobrodošle)
* Subota, 13. 2., 15:00 – Radionica pletenja i kafa za žene
* Nedjelja, 21. 2., 17:00 – Filmsko veče: „Quo vadis, Aida?“ (s njemačkim titlovima)

Liebe Freundinnen und Freunde, alle Veranstaltungen sind offen für alle – auf Deutsch und auf Bosnisch/Kroatisch/Serbisch.

Podsjećamo: 13. marta je Tag der Migrantenselbstorganisationen u Stadtweinhausu. Prijave idu direktno organizatorima.

Srdačan pozdrav,
Vaš tim Balkan Kulturzentruma

Odjava s liste / Abmelden: https://newsletter.balkan-kulturzentrum.example/odjava?id=4471"""


@mail("bs-balkan-kulturzentrum-newsletter", "2027-01-23 12:30:00",
      E("other"), "bs")
def _(m):
    m.head(("From", "Balkan Kulturzentrum Münster <newsletter@balkan-kulturzentrum.example>"),
           ("To", MSO),
           ("Subject", subj("Bilten februar 2027 – Balkan Kulturzentrum", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-02.4471.0193@newsletter.balkan-kulturzentrum.example>"),
           ("List-Id", "Bilten Balkan Kulturzentrum <bilten.balkan-kulturzentrum.example>"),
           ("List-Unsubscribe", "<https://newsletter.balkan-kulturzentrum.example/odjava?id=4471>"),
           ("Precedence", "bulk"),
           ("X-Mailer", "phpList v3.6.15"),
           ("MIME-Version", "1.0"),
           envelope="bounces-4471@newsletter.balkan-kulturzentrum.example")
    body, items = [], []
    for line in BALKAN_TEXT.split("\n"):
        if line.startswith("* "):
            items.append(f"<li>{esc(line[2:])}</li>")
            continue
        if items:
            body.append("<ul>" + "".join(items) + "</ul>")
            items = []
        if line.startswith("Odjava"):
            body.append('<p style="font-size:11px;color:#777">Odjava s liste / Abmelden: '
                        '<a href="https://newsletter.balkan-kulturzentrum.example/odjava?id=4471">'
                        'ovdje / hier</a></p>')
        elif line:
            body.append(f"<p>{esc(line)}</p>")
    html_text = ("<html><body style=\"font-family:Georgia,serif\">"
                 "<table width=\"600\" align=\"center\"><tr><td>\n"
                 + "\n".join(body) + "\n</td></tr></table></body></html>\n")
    m.alternative(BALKAN_TEXT, html_text, charset="utf-8", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Lithuanian, windows-1257 quoted-printable.  "Atvyksime dviese" = we two will
# come -> 2; "I darbo grupė" (roman I) = working group I -> AG1.

@mail("lt-kazlauskiene-windows-1257", "2027-01-24 19:15:42",
      E("registration", "ruta.kazlauskiene@lietuviai-ms.example", "Rūta Kazlauskienė",
        "Lietuvių bendruomenė Miunsteryje", ["AG1"], 2, "lt"), "lt")
def _(m):
    m.head(("From", addr("Rūta Kazlauskienė", "ruta.kazlauskiene@lietuviai-ms.example", "windows-1257", "q")),
           ("To", MSO),
           ("Subject", subj("Registracija – Migrantų organizacijų diena", "windows-1257", "q")),
           ("Date", m.date),
           ("Message-ID", "<000801db6e9a$4c2f1e30$e48d5a90$@lietuviai-ms.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "lt"),
           ("MIME-Version", "1.0"))
    m.single("""Laba diena,

norėčiau užregistruoti save ir savo kolegę Ingą Petrauskaitę į Migrantų organizacijų dieną kovo 13 d. Atvyksime dviese.

Mus labiausiai domina I darbo grupė – migrantai švietimo sistemoje (Bildungssystem), nes Lietuvių bendruomenė Miunsteryje šeštadieniais organizuoja lituanistinę mokyklėlę vaikams.

Pagarbiai
Rūta Kazlauskienė
Lietuvių bendruomenė Miunsteryje
""", charset="windows-1257", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Czech, UTF-8 QP from a webmailer.  "Budeme tři" = we will be three -> 3;
# "pracovní skupiny č. 2" -> AG2.

@mail("cs-dvorak-webmail", "2027-01-25 08:50:17",
      E("registration", "tomas.dvorak@seznam-mail.example", "Tomáš Dvořák",
        "Česko-německý spolek Münster", ["AG2"], 3, "cs"), "cs")
def _(m):
    m.head(("From", addr("Tomáš Dvořák", "tomas.dvorak@seznam-mail.example")),
           ("To", MSO),
           ("Subject", subj("Přihláška na 13. 3.", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<Vk.Q1Z.3xdLm4ePcR.1j8JsH@seznam-mail.example>"),
           ("X-Mailer", "Email.cz"),
           ("MIME-Version", "1.0"))
    m.single("""Dobrý den,

rád bych se přihlásil na Den migrantských organizací 13. března. Budeme tři – já a dva členové výboru našeho spolku.
Chtěli bychom se zúčastnit pracovní skupiny č. 2 (Zukunftsprozess), protože nás zajímá, jak se bude Münster dál rozvíjet.

S pozdravem
Tomáš Dvořák
Česko-německý spolek Münster
""", charset="utf-8", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Bulgarian question (deadline, places left), UTF-8 8bit.  "Ако има места, ще
# ви пиша отново с имената" = if there are places I'll write again with the
# names: nothing is registered yet.

@mail("bg-stoyanov-question-deadline", "2027-01-25 14:22:09",
      E("question", "georgi.stoyanov@abv-mail.example", "Георги Стоянов", None, [], None, "bg"), "bg")
def _(m):
    m.head(("From", addr("Георги Стоянов", "georgi.stoyanov@abv-mail.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", subj("Въпрос за регистрацията", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1476039822.20270125142209@abv-mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Здравейте,

едва днес видях поканата за 13 март. Може ли все още да се регистрираме, или вече няма места? И до кога е крайният срок?

Ако има места, ще ви пиша отново с имената на хората от нашия клуб.

Благодаря предварително,
Георги Стоянов
""", charset="utf-8", cte="8bit")

# -- 021 ---------------------------------------------------------------------
# Serbian in Cyrillic, windows-1251 8bit, display name windows-1251 Q-words.
# "пријављујем себе и супругу Јелену" = I register myself and my wife -> 2;
# "прва радна група" = the first working group -> AG1.

@mail("sr-jovanovic-cyrillic-windows-1251", "2027-01-26 09:10:51",
      E("registration", "d.jovanovic@skud-muenster.example", "Драган Јовановић",
        "Српско културно-уметничко друштво „Бранко Радичевић“ Минстер", ["AG1"], 2, "sr"), "sr")
def _(m):
    m.head(("From", addr("Драган Јовановић", "d.jovanovic@skud-muenster.example", "windows-1251", "q")),
           ("To", MSO),
           ("Subject", subj("Пријава – 13. март", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<003a01db6fc2$8e71b5d0$ab552170$@skud-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 15.0"),
           ("MIME-Version", "1.0"))
    m.single("""Поштовани,

пријављујем себе и супругу Јелену за Дан мигрантских организација 13. марта у Минстеру.
Занима нас прва радна група – образовање (Bildungssystem), јер водимо допунску школу на српском језику и имамо доста искуства са родитељима.

Срдачан поздрав,
Драган Јовановић
Српско културно-уметничко друштво „Бранко Радичевић“ Минстер
""", charset="windows-1251", cte="8bit")


# -- 022 ---------------------------------------------------------------------
# Change (Indonesian), Gmail reply quoting the confirmation (AG 2, 3 persons).
# "kami jadi berempat, bukan bertiga" = now four of us, not three -> party 4;
# "Kelompok kerjanya tetap sama" = the group stays the same -> workgroups [].

SARI_CHANGE = """Halo,

terima kasih atas konfirmasinya. Ada sedikit perubahan: kami jadi berempat, bukan bertiga – Pak Hendra Wijaya dari perhimpunan kami ternyata juga bisa ikut. Kelompok kerjanya tetap sama.

Salam,
Dewi"""

SARI_QUOTE_INTRO = ("Pada Min, 17 Jan 2027 pukul 09.56 Tag der Migrantenselbstorganisationen "
                    f"<{MSO}> menulis:")


@mail("id-sari-change-berempat", "2027-01-27 11:45:26",
      E("change", "dewi.ks@icloud.example", "Dewi Kartika Sari",
        None, [], 4, "id"), "id")
def _(m):
    m.head(("From", "Dewi Kartika Sari <dewi.ks@icloud.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAHv2pW9sL4kT1qX7mB3nE8cR0yF5jD2gU6aZ9iO1wK4tN7hP3s@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270117095602.2d4a@muenster.example>"),
           ("References", "<mailbot.20270117095602.2d4a@muenster.example>"),
           ("MIME-Version", "1.0"))
    quoted = confirmation("Frau Sari", "AG2", 3)
    plain = f"{SARI_CHANGE}\n\n{SARI_QUOTE_INTRO}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_html(SARI_CHANGE, SARI_QUOTE_INTRO, quoted),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 023 ---------------------------------------------------------------------
# Croatian, iso-8859-2 8bit (straight quotes: the charset has no „“).
# "Dolazimo nas petero" = five of us come -> 5; "radionica broj 3" -> AG3.

@mail("hr-kovacevic-iso-8859-2", "2027-01-28 15:02:38",
      E("registration", "ivana.kovacevic@zrinski-ms.example", "Ivana Kovačević",
        'Hrvatska kulturna udruga "Zrinski" Münster', ["AG3"], 5, "hr"), "hr")
def _(m):
    m.head(("From", addr("Ivana Kovačević", "ivana.kovacevic@zrinski-ms.example", "iso-8859-2", "q")),
           ("To", MSO),
           ("Subject", subj("Prijava za 13.3. - udruga Zrinski", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270128150238.GA17734@zrinski-ms.example>"),
           ("User-Agent", "Mutt/2.2.13 (2024-03-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Poštovani,

ovim putem prijavljujem našu udrugu na Dan migrantskih samoorganizacija
13. ožujka. Dolazimo nas petero (predsjednik, blagajnica, dvoje voditelja
folklora i ja).

Zanima nas radionica broj 3 - Förderung/Vereinsmanagement, jer tražimo
načine kako financirati nove nošnje za folklornu skupinu.

Lijep pozdrav,
Ivana Kovačević
tajnica
Hrvatska kulturna udruga "Zrinski" Münster
""", charset="iso-8859-2", cte="8bit")


# -- 024 ---------------------------------------------------------------------
# Slovak, Outlook HTML only, windows-1250 quoted-printable.  "prihlasujem seba
# a dvoch kolegov" = myself and two colleagues -> 3; "ako prvú voľbu ...
# pracovnú skupinu II, ako druhú voľbu pracovnú skupinu III" -> [AG2, AG3].

HORVATHOVA_TEXT = """Dobrý deň,

týmto prihlasujem seba a dvoch kolegov zo Slovenského spolku v Münsteri na Deň migrantských organizácií (13. 3. 2027).
Ako prvú voľbu by sme chceli pracovnú skupinu II (Zukunftsprozess), ako druhú voľbu pracovnú skupinu III.

Ďakujem a prajem pekný deň
Martina Horváthová
podpredsedníčka
Slovenský spolok v Münsteri e.V.
Tel.: +49 251 98 76 54 32"""


@mail("sk-horvathova-outlook-html-windows-1250", "2027-01-30 10:18:04",
      E("registration", "martina.horvathova@slovensky-spolok.example", "Martina Horváthová",
        "Slovenský spolok v Münsteri e.V.", ["AG2", "AG3"], 3, "sk"), "sk")
def _(m):
    m.head(("From", addr("Martina Horváthová", "martina.horvathova@slovensky-spolok.example",
                         "windows-1250", "q")),
           ("To", TO_MSO),
           ("Subject", subj("Prihláška – Deň migrantských organizácií", "windows-1250", "q")),
           ("Thread-Topic", subj("Prihláška – Deň migrantských organizácií", "windows-1250", "q")),
           ("Thread-Index", "AdtyL0h6bV2kQ1x9S3aPq8mWz0c4Ng=="),
           ("Date", m.date),
           ("Message-ID", "<VI1PR03MB6210E4A1C9B7D35F8E21A06C4D19@VI1PR03MB6210.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "sk-SK, de-DE"),
           ("Content-Language", "sk-SK"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(HORVATHOVA_TEXT, "windows-1250", "SK"), subtype="html",
             charset="windows-1250", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Greek, Outlook multipart/alternative in windows-1253 quoted-printable.
# "Θα είμαστε 2 άτομα" -> 2; "Προτιμούμε την ομάδα εργασίας 2 ... Αν δεν
# υπάρχουν θέσεις, τότε την ομάδα 1" -> [AG2, AG1].

NIKOLAOU_TEXT = """Αγαπητοί διοργανωτές,

σας γράφω για να δηλώσω συμμετοχή στην εκδήλωση της 13ης Μαρτίου. Θα είμαστε 2 άτομα από τον Σύλλογο Ποντίων Μύνστερ – εγώ και η ταμίας μας, κ. Σοφία Αθανασιάδου.
Προτιμούμε την ομάδα εργασίας 2 (Zukunftsprozess). Αν δεν υπάρχουν θέσεις, τότε την ομάδα 1.

Με φιλικούς χαιρετισμούς,
Ελένη Νικολάου
Πρόεδρος
Σύλλογος Ποντίων Μύνστερ"""


@mail("el-nikolaou-outlook-windows-1253", "2027-02-01 16:40:12",
      E("registration", "eleni.nikolaou@pontier-ms.example", "Ελένη Νικολάου",
        "Σύλλογος Ποντίων Μύνστερ", ["AG2", "AG1"], 2, "el"), "el", tz=0)
def _(m):
    m.head(("From", addr("Ελένη Νικολάου", "eleni.nikolaou@pontier-ms.example", "windows-1253", "b")),
           ("To", TO_MSO),
           ("Subject", subj("Δήλωση συμμετοχής – 13 Μαρτίου", "windows-1253", "b")),
           ("Thread-Topic", subj("Δήλωση συμμετοχής – 13 Μαρτίου", "windows-1253", "b")),
           ("Thread-Index", "AdtzRk1cPq7vLm0xT2eYb9WnH4dA8Q=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR04MB7702C3D9E1F05A6B7C84D2E1F3A9@AS8PR04MB7702.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "el-GR, en-US"),
           ("Content-Language", "el-GR"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(NIKOLAOU_TEXT, outlook_html(NIKOLAOU_TEXT, "windows-1253", "EL"),
                  charset="windows-1253", cte="quoted-printable", style="outlook")


# -- 026 ---------------------------------------------------------------------
# Change, learner German with Bosnian words, windows-1250 8bit, reply from the
# Samsung mail app (Bosnian UI) quoting the confirmation (AG 1, 3 persons).
# New choice: "die dritte Gruppe – Förderung und Verein management" -> [AG3];
# "Wir sind immer noch drei" -> number unchanged (party_size null).

@mail("bs-hadzic-change-to-ag3", "2027-02-02 07:58:30",
      E("change", "emina.hadzic87@mail.example", "Emina Hadžić",
        None, ["AG3"], None, "de"), "de")
def _(m):
    m.head(("From", "Emina H. <emina.hadzic87@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Odg: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<m2k7d1.1770015510.samsungmail@mail.example>"),
           ("In-Reply-To", "<mailbot.20270115081302.9a1f@muenster.example>"),
           ("References", "<mailbot.20270115081302.9a1f@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo nochmal,

ich habe mit Amra gesprochen, wir wollen doch nicht Gruppe Bildung, lieber die dritte Gruppe – Förderung und Verein management. Unsere Verein braucht Geld für Projekt mit Jugendliche. Bitte ändern, ako je moguće.

Wir sind immer noch drei.

Hvala,
Emina Hadžić

Poslano sa mog Samsung Galaxy pametnog telefona.

-------- Originalna poruka --------
Od: Tag der Migrantenselbstorganisationen <{MSO}>
Datum: 15.01.2027 08:13 (GMT+01:00)
Za: emina.hadzic87@mail.example
Predmet: {CONFIRMATION_SUBJECT}

{confirmation("Frau Hadžić", "AG1", 3)}
""", charset="windows-1250", cte="8bit")


# -- 027 ---------------------------------------------------------------------
# Learner German with Vietnamese words, iPhone, UTF-8 base64.  "Wir sind 2
# Person, ich und chồng tôi (mein Mann)" -> 2; "AG 1 Schule" -> AG1.  The
# signature is only "Hoa"; the first line gives the full name.  No
# organisation.

@mail("vi-pham-learner-german-iphone", "2027-02-03 21:47:15",
      E("registration", "hoa.pham@icloud.example", "Phạm Thị Hoa",
        None, ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Hoa Pham <hoa.pham@icloud.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung 13.3"),
           ("Date", m.date),
           ("Message-ID", "<9D4E1A7C-2B3F-4C58-8E6D-0F1A2B3C4D5E@icloud.example>"),
           ("X-Mailer", "iPhone Mail (22D82)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single("""Hallo,
ich heiße Phạm Thị Hoa, ich möchte anmelden für Tag am 13.3. Wir sind 2 Person, ich und chồng tôi (mein Mann).
AG 1 Schule bitte, weil unsere con (Kinder) gehen in Grundschule und wir verstehen nicht immer alles.
Cảm ơn nhiều!
Hoa

Von meinem iPhone gesendet
""", charset="utf-8", cte="base64")


# -- 028 ---------------------------------------------------------------------
# Advertising (other): a Greek caterer offers food for the event; German with
# Greek greetings, multipart/alternative UTF-8 QP.

OLYMPIA_TEXT = """Καλημέρα! Guten Tag!

Sie planen den Tag der Migrantenselbstorganisationen am 13. März? Wir von Olympia Catering Münster bringen griechische Gastfreundschaft zu Ihrer Veranstaltung: Mezedes, Spanakopita, vegetarische und vegane Platten, Baklava – ab 14,50 € pro Person, Lieferung im Stadtgebiet inklusive.

Für Vereine und Initiativen gewähren wir 10 % Rabatt.

Angebot anfordern: https://www.olympia-catering.example/angebot

Καλή όρεξη!
Ihr Team von Olympia Catering
Hammer Straße 112, 48153 Münster

Sie erhalten diese E-Mail, weil Ihre Adresse öffentlich zugänglich ist. Keine weiteren Angebote: https://www.olympia-catering.example/abmelden"""


@mail("el-olympia-catering-advertising", "2027-02-04 06:00:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Olympia Catering <angebote@olympia-catering.example>"),
           ("To", MSO),
           ("Subject", subj("Καλημέρα! Catering für Ihre Veranstaltung am 13. März – 10 % Vereinsrabatt",
                            "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270204050000.1f9c4e@mailer.olympia-catering.example>"),
           ("List-Unsubscribe", "<https://www.olympia-catering.example/abmelden>"),
           ("X-Mailer", "CleverReach"),
           ("MIME-Version", "1.0"),
           envelope="bounce-7781@mailer.olympia-catering.example")
    paras = []
    for para in OLYMPIA_TEXT.split("\n\n"):
        para = esc(para).replace("\n", "<br>")
        para = re.sub(r"(https://[\w./-]+)", r'<a href="\1">\1</a>', para)
        paras.append(f"<p>{para}</p>")
    html_text = ("<html><body style=\"background:#f3f7fb\"><table width=\"620\" align=\"center\" "
                 "style=\"background:#fff;font-family:Helvetica,Arial,sans-serif\"><tr><td>"
                 "<h1 style=\"color:#1b5fa8\">Olympia Catering</h1>\n" + "\n".join(paras)
                 + "\n</td></tr></table></body></html>\n")
    m.alternative(OLYMPIA_TEXT, html_text, charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Romanian (comma-below ș ț, UTF-8 QP).  A priest registers his colleague Ana
# Popa and asks to confirm to her address; he does not come himself ("Eu nu
# pot participa") -> the attendee is Ana Popa, 1 person, AG1.

@mail("ro-ionescu-registers-ana-popa", "2027-02-05 11:33:09",
      E("registration", "ana.popa@parohia-ms.example", "Ana Popa",
        "Parohia Ortodoxă Română „Sf. Nicolae” Münster", ["AG1"], 1, "ro"), "ro")
def _(m):
    m.head(("From", "Vasile Ionescu <vasile.ionescu@parohia-ms.example>"),
           ("To", MSO),
           ("Subject", subj("Înscriere – Ziua organizațiilor de migranți", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<b2e9c4f1-07a6-4d3b-8f15-c6d0e2a9b731@parohia-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Bună ziua,

aș dori să o înscriu pe colega mea, doamna Ana Popa, la Ziua organizațiilor de migranți din 13 martie. Eu nu pot participa, dar ea va reprezenta parohia noastră.
Doamna Popa ar vrea să participe la grupa de lucru 1 (Bildungssystem), pentru că se ocupă de orele de limba română pentru copii.

Vă rog să trimiteți confirmarea direct la adresa ei: ana.popa@parohia-ms.example

Cu mulțumiri,
Pr. Vasile Ionescu
Parohia Ortodoxă Română „Sf. Nicolae” Münster
""", charset="utf-8", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# Learner German with an Albanian sentence, iso-8859-2 QP (it carries ë, ç and
# the German umlauts).  "nur ich allein" -> 1; "die zweite Arbeitsgruppe,
# über Zukunft von Münster" -> AG2.

@mail("sq-berisha-learner-german-iso-8859-2", "2027-02-06 17:25:44",
      E("registration", "fatmire.berisha@mail.example", "Fatmire Berisha",
        'Albanischer Frauenverein "Bashkimi" Münster', ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Fatmire Berisha <fatmire.berisha@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Tag der MSO"),
           ("Date", m.date),
           ("Message-ID", "<1770395144.88213.fatmire@webmail.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

mein Name ist Fatmire Berisha, ich bin in Albanischer Frauenverein "Bashkimi" Münster. Ich möchte gern kommen zu die Tag am 13. März, nur ich allein, meine Kolegin hat keine Zeit.

Ich interesiere für die zweite Arbeitsgruppe, über Zukunft von Münster. Unë jetoj këtu 20 vjet (ich wohne hier schon 20 Jahre) und ich habe viele Idee für die Stadt.

Faleminderit!
Fatmire Berisha
""", charset="iso-8859-2", cte="quoted-printable")

# -- 031 ---------------------------------------------------------------------
# Hungarian students, UTF-8 8bit, one English line.  "mi ketten" = the two of
# us -> 2.  They have not chosen a workgroup and will decide on the day -> [].

@mail("hu-szabo-students-no-workgroup", "2027-02-08 23:05:18",
      E("registration", "levente.szabo@uni-muenster.example", "Szabó Levente",
        "Münsteri Magyar Diákok Egyesülete", [], 2, "hu"), "hu")
def _(m):
    m.head(("From", "Levente Szabo <levente.szabo@uni-muenster.example>"),
           ("To", MSO),
           ("Subject", subj("Jelentkezés 03.13. – Magyar Diákok", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<e61b0f4a-3c98-4d27-a5e1-8b2f7c0d9e46@uni-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Sziasztok!

A Münsteri Magyar Diákok Egyesületétől jelentkeznénk a március 13-i
napra, mi ketten: Szabó Levente és Nagy Réka.
Hogy melyik munkacsoportba megyünk, azt még nem döntöttük el, majd a
helyszínen választunk, ha az úgy is jó.

Thanks a lot & see you in March!
Levente

-- 
Szabó Levente
Münsteri Magyar Diákok Egyesülete
""", charset="utf-8", cte="8bit")


# -- 032 ---------------------------------------------------------------------
# Question in learner German with a Romanian aside, windows-1250 QP: may a
# not-yet-registered group come, is there a fee?  "Wenn ja, wir melden uns
# dann an" = they will register later.

@mail("ro-moldovan-learner-question-windows-1250", "2027-02-09 12:14:27",
      E("question", "cristina.moldovan@yahoo.example", "Cristina Moldovan", None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Cristina Moldovan <cristina.moldovan@yahoo.example>"),
           ("To", MSO),
           ("Subject", "Frage - Verein nicht eingetragen"),
           ("Date", m.date),
           ("Message-ID", "<1844637201.3310754.1770635667123@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.23187 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

wir sind eine kleine Gruppe von rumänische Familien in Münster-Kinderhaus, aber noch kein eingetragene Verein (încă nu suntem asociaţie înregistrată). Dürfen wir trotzdem kommen zu MSO-Tag? Und muss man etwas bezahlen?

Wenn ja, wir melden uns dann an.

Mulţumesc frumos,
Cristina Moldovan
""", charset="windows-1250", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Learner German with Georgian words, UTF-8 QP.  "Wir kommen zwei Personen,
# ich und meine Mann Giorgi" -> 2; "AG Förderung" -> AG3.  The From display
# name is a lower-case English transliteration ("gelashvili"); the mail and
# the signature use the German one ("Gelaschwili"), then the Georgian script.
# No organisation yet (they want to found one).

@mail("ka-gelaschwili-learner-german", "2027-02-10 19:56:03",
      E("registration", "tamar.gelashvili@mail.example", "Tamar Gelaschwili",
        None, ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "tamar gelashvili <tamar.gelashvili@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<CAE2nR7tY5kW0pM3xB8vQ1cL6sH9fJ4dG7aU0oZ2iN5rT8eK1wX@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Meza Correa-Flock,

ich bin Tamar Gelaschwili, ich komme aus Georgien (საქართველო) und wohne seit 3 Jahre in Münster. Ich möchte mich anmelden für Tag der Migrantenselbstorganisationen. Wir kommen zwei Personen, ich und meine Mann Giorgi.

Wir möchten in AG Förderung, weil wir wollen eine Verein gründen für georgische Kinder (ქართული სკოლა) und brauchen Information über Geld und Antrag.

Mit freundliche Grüße
Tamar Gelaschwili
თამარ გელაშვილი
""", charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Exchange out-of-office in Croatian and German, to the general reminder;
# multipart/alternative windows-1250 QP, Auto-Submitted: auto-generated.

ZAJEDNICA_OOO = """Poštovani,

hvala na Vašoj poruci. Ured udruge zatvoren je do 22. veljače 2027. Vašu poruku obradit ćemo nakon povratka.

Vielen Dank für Ihre Nachricht. Unser Büro ist bis zum 22.02.2027 nicht besetzt. Ihre E-Mail wird danach bearbeitet.

Hrvatska zajednica Münster e.V."""


@mail("hr-zajednica-exchange-automatski-odgovor", "2027-02-11 10:03:41",
      E("auto_reply"), "hr")
def _(m):
    m.head(("From", addr("Hrvatska zajednica Münster", "info@hrvatska-zajednica-ms.example",
                         "windows-1250", "q")),
           ("To", TO_MSO),
           ("Subject", subj("Automatski odgovor: " + REMINDER_SUBJECT, "windows-1250", "q")),
           ("Thread-Topic", subj(REMINDER_SUBJECT, "windows-1250", "q")),
           ("Thread-Index", "AQHbfG0pN7xk2Lm1R0a9cQ4vWz3e5Q=="),
           ("Date", m.date),
           ("Message-ID", "<2a9f6c1e8b3d4e07@EXMBX01.hrvatska-zajednica-ms.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "hr-HR"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(ZAJEDNICA_OOO, outlook_html(ZAJEDNICA_OOO, "windows-1250", "HR"),
                  charset="windows-1250", cte="quoted-printable", style="outlook")


# -- 035 ---------------------------------------------------------------------
# Exchange non-delivery report in English from the remote organisation's
# server (the general reminder went to a deleted mailbox), multipart/report
# with an alternative notice, delivery-status and text/rfc822-headers; CRLF.

NDR_RCPT = "pirmininkas@lietuviai-nrw.example"
NDR_TEXT = f"""Delivery has failed to these recipients or groups:

{NDR_RCPT}
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.


Diagnostic information for administrators:

Generating server: EXMBX02.lietuviai-nrw.example

{NDR_RCPT}
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'"""

NDR_HTML = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body>
<p><b><font color="#000066" size="3" face="Arial">Delivery has failed to these recipients or groups:</font></b></p>
<font color="#000000" size="2" face="Tahoma"><p><a href="mailto:{NDR_RCPT}">{NDR_RCPT}</a><br>
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.<br>
</p></font>
<br><br>
<font color="#808080" size="2" face="Tahoma"><p>Diagnostic information for administrators:</p>
<p>Generating server: EXMBX02.lietuviai-nrw.example</p>
<p>{NDR_RCPT}<br>
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p></font>
</body>
</html>
"""

NDR_ORIG_HEADERS = f"""Received: from mail.muenster.example (198.51.100.25) by
 EXMBX02.lietuviai-nrw.example (10.20.1.12) with Microsoft SMTP Server id
 15.2.1544.4; Thu, 11 Feb 2027 10:00:14 +0100
From: Tag der Migrantenselbstorganisationen <{MSO}>
To: <{NDR_RCPT}>
Subject: =?utf-8?q?Erinnerung=3A_Anmeldung_zum_Tag_der_Migrantenselbstorganisat?=
 =?utf-8?q?ionen_bis_6=2E_M=C3=A4rz?=
Date: Thu, 11 Feb 2027 10:00:00 +0100
Message-ID: {REMINDER_ID}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
Return-Path: {MSO}
"""


@mail("lt-exchange-ndr-recipient-not-found", "2027-02-11 09:06:12",
      E("bounce", bounced=NDR_RCPT), "en", tz=0)
def _(m):
    m.head(("From", "Microsoft Outlook <postmaster@lietuviai-nrw.example>"),
           ("To", f"<{MSO}>"),
           ("Subject", subj("Undeliverable: " + REMINDER_SUBJECT, "utf-8", "q")),
           ("Thread-Topic", subj(REMINDER_SUBJECT, "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<5b1e7d2c-9a04-4f83-b6c2-e0d31f8a7c95@EXMBX02.lietuviai-nrw.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("Content-Language", "en-US"),
           ("Auto-Submitted", "auto-replied"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("MIME-Version", "1.0"),
           envelope="", received=True, crlf=True)
    notice = m.alternative(NDR_TEXT, NDR_HTML, charset="utf-8", cte="quoted-printable",
                           style="outlook", top=False)
    dsn = dsn_part(
        [("Reporting-MTA", "dns;EXMBX02.lietuviai-nrw.example"),
         ("Received-From-MTA", "dns;mail.muenster.example"),
         ("Arrival-Date", "Thu, 11 Feb 2027 09:00:14 +0000")],
        [("Original-Recipient", f"rfc822;{NDR_RCPT}"),
         ("Final-Recipient", f"rfc822;{NDR_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.1.10"),
         ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not\n"
                             " found by SMTP address lookup")])
    headers = m.text(NDR_ORIG_HEADERS, subtype="rfc822-headers", charset="us-ascii", cte="7bit")
    m.multi("report", [notice, dsn, headers], style="outlook",
            params={"report-type": "delivery-status"})


# -- 036 ---------------------------------------------------------------------
# Czech, UTF-8 QP: she forwards her own registration, which she had first sent
# to the contact address on the city's web page.  The registration is in the
# forwarded part, written by herself: [AG3, AG1] ("Kdyby byla plná, pak
# skupina 1"), 1 person ("Přijdu sama").

@mail("cs-novakova-forwards-own-mail", "2027-02-12 18:20:39",
      E("registration", "jana.novakova@posta-cz.example", "Jana Nováková",
        "Český spolek Beseda Münster", ["AG3", "AG1"], 1, "cs"), "cs")
def _(m):
    m.head(("From", addr("Jana Nováková", "jana.novakova@posta-cz.example")),
           ("To", MSO),
           ("Subject", subj("Fwd: Přihláška – Tag der Migrantenselbstorganisationen", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<c7a0e35b-1f28-4d96-9b4e-2d8f6a1c0e73@posta-cz.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "cs"),
           ("MIME-Version", "1.0"))
    m.single("""Dobrý den,

posílám znovu svou přihlášku. Původně jsem ji poslala na adresu paní Meza Correa-Flock z webové stránky města, ale nepřišla žádná odpověď. Doufám, že je to sem správně.

Děkuji
Jana Nováková


-------- Přeposlaná zpráva --------
Předmět: 	Přihláška – Tag der Migrantenselbstorganisationen
Datum: 	Mon, 1 Feb 2027 20:14:33 +0100
Od: 	Jana Nováková <jana.novakova@posta-cz.example>
Komu: 	Meza-Correa-Flock@stadt-muenster.example



Dobrý den, paní Meza Correa-Flock,

ráda bych se přihlásila na Tag der Migrantenselbstorganisationen 13. března. Přijdu sama.
Zajímá mě hlavně pracovní skupina 3 – dotace a vedení spolku. Kdyby byla plná, pak skupina 1.

S pozdravem
Jana Nováková
Český spolek Beseda Münster
""", charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Vietnamese student's question (may a non-member student come, is English
# spoken in the groups), UTF-8 QP, with an English line.  Registers nobody.

@mail("vi-le-student-question", "2027-02-15 22:31:50",
      E("question", "hoangnam.le@uni-muenster.example", "Lê Hoàng Nam", None, [], None, "vi"), "vi")
def _(m):
    m.head(("From", addr("Lê Hoàng Nam", "hoangnam.le@uni-muenster.example")),
           ("To", MSO),
           ("Subject", subj("Câu hỏi về ngày 13/3 (question)", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270215223150.Horde.k3Xr9QmTzPw1bC7eVn2Lh0a@webmail.uni-muenster.example>"),
           ("User-Agent", "Horde Application Framework 5"),
           ("MIME-Version", "1.0"))
    m.single("""Chào anh chị,

Em là sinh viên năm hai ở Đại học Münster, em không thuộc hội hay tổ chức nào cả. Em muốn hỏi là sinh viên như em có được tham dự ngày 13/3 không ạ? Và trong các nhóm làm việc có ai nói tiếng Anh không, vì tiếng Đức của em chưa tốt lắm.

(Sorry, my German is not good yet - an answer in English is also fine.)

Em cảm ơn ạ!
Lê Hoàng Nam
""", charset="utf-8", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Change (Tamil), UTF-8 base64, a fresh mail (her confirmation bounced, see
# 013).  "முதலாவது பணிக்குழுவுக்குப் பதிலாக இரண்டாவது பணிக்குழுவில்" =
# instead of the first, the second working group -> [AG2]; "எண்ணிக்கை அதே –
# மூன்று பேர்" = the number is the same, three -> party_size null.

@mail("ta-rajendran-change-to-ag2", "2027-02-17 08:09:14",
      E("change", "kavitha.rajendran@tamilmail.example", "Kavitha Rajendran",
        None, ["AG2"], None, "ta"), "ta")
def _(m):
    m.head(("From", "Kavitha Rajendran <kavitha.rajendran@tamilmail.example>"),
           ("To", MSO),
           ("Subject", subj("பணிக்குழு மாற்றம் / Änderung AG", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<PAXP251MB04127E1A2B3C4D5E6F708192A3B4@PAXP251MB0412.EURP251.PROD.OUTLOOK.example>"),
           ("Content-Language", "ta-IN"),
           ("MIME-Version", "1.0"))
    m.single("""வணக்கம்,

ஜனவரியில் நான் மூன்று பேருக்குப் பதிவு செய்தேன், ஆனால் உறுதிப்படுத்தல் மின்னஞ்சல் எதுவும் எனக்கு வரவில்லை (என் அஞ்சல் பெட்டி நிரம்பியிருந்தது, மன்னிக்கவும்).

ஒரு மாற்றம்: முதலாவது பணிக்குழுவுக்குப் பதிலாக இரண்டாவது பணிக்குழுவில் (Zukunftsprozess) கலந்துகொள்ள விரும்புகிறோம். எண்ணிக்கை அதே – மூன்று பேர்.

தயவுசெய்து இந்த முகவரிக்கு உறுதிப்படுத்தல் அனுப்புங்கள்.

நன்றி,
Kavitha Rajendran
""", charset="utf-8", cte="base64")


# -- 039 ---------------------------------------------------------------------
# Cancellation (Czech), iso-8859-2 QP, Thunderbird reply quoting the
# confirmation (AG 2, 3 persons).

@mail("cs-dvorak-cancel-iso-8859-2", "2027-02-19 13:37:02",
      E("cancellation", "tomas.dvorak@seznam-mail.example", "Tomáš Dvořák",
        None, [], None, "cs"), "cs")
def _(m):
    m.head(("From", addr("Tomáš Dvořák", "tomas.dvorak@seznam-mail.example", "iso-8859-2", "q")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<8f2c6a1d-4b07-4e39-a5d2-7c1e9b3f0a64@seznam-mail.example>"),
           ("In-Reply-To", "<mailbot.20270125085102.5f0c@muenster.example>"),
           ("References", "<mailbot.20270125085102.5f0c@muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single(f"""Dobrý den,

bohužel musíme naši účast zrušit - v ten den máme valnou hromadu
spolku, kterou nejde přesunout. Prosím, vyškrtněte nás všechny tři
ze seznamu.

Omlouvám se a děkuji za pochopení
Tomáš Dvořák

Dne 25. 01. 27 v 8:51 Tag der Migrantenselbstorganisationen napsal(a):
{gt_quote(confirmation("Herr Dvořák", "AG2", 3))}
""", charset="iso-8859-2", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Change (Albanian), iPhone reply quoting the confirmation (AG 3, 2 persons).
# "do të vijmë tre veta, jo dy" = three, not two -> party 3; "Grupi i punës
# mbetet i njëjti" = the group stays the same -> workgroups [].

@mail("sq-krasniqi-change-three-iphone", "2027-02-22 18:48:20",
      E("change", "arben.krasniqi@iliria-muenster.example", "Arben Krasniqi",
        None, [], 3, "sq"), "sq")
def _(m):
    m.head(("From", "Arben Krasniqi <arben.krasniqi@iliria-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<F3A7C1E9-5B2D-4E80-9A6F-1C4D7B0E2A95@iliria-muenster.example>"),
           ("In-Reply-To", "<mailbot.20270112172102.8e3b@muenster.example>"),
           ("References", "<mailbot.20270112172102.8e3b@muenster.example>"),
           ("X-Mailer", "iPhone Mail (22D82)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single(f"""Përshëndetje,

një ndryshim i vogël: do të vijmë tre veta, jo dy. Do të na bashkohet edhe sekretarja e shoqatës, znj. Valbona Hoxha. Grupi i punës mbetet i njëjti.

Faleminderit,
Arben Krasniqi

Dërguar nga iPhone-i im

> Më 12 jan 2027, në 17:21, Tag der Migrantenselbstorganisationen <{MSO}> shkroi:
>
{gt_quote(confirmation("Herr Krasniqi", "AG3", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# Misdirected private mail in Lithuanian (other): a mother writes to the choir
# leader that her daughter will miss rehearsal.

@mail("lt-jankauskiene-misdirected-choir", "2027-02-25 20:12:33",
      E("other"), "lt")
def _(m):
    m.head(("From", addr("Asta Jankauskienė", "asta.jankauskiene@mail.example")),
           ("To", MSO),
           ("Subject", "Gabija - repeticija"),
           ("Date", m.date),
           ("Message-ID", "<1772046753.41977.asta@webmail.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Sveika, Laima,

Gabija šį šeštadienį į repeticiją neateis, ji serga. Ar galėtum atsiųsti naujų dainų natas, kad ji galėtų pasimokyti namie?

Ačiū ir iki kito karto!
Asta
""", charset="utf-8", cte="quoted-printable")


# -- 042 ---------------------------------------------------------------------
# Cancellation (Swahili), us-ascii 7bit, one English line.  "Tafadhali futeni
# usajili wetu wote (watu wanne)" = please delete our whole registration.

@mail("sw-mwakilema-cancel", "2027-03-01 06:55:47",
      E("cancellation", "baraka.mwakilema@mail.example", "Baraka Mwakilema",
        None, [], None, "sw"), "sw")
def _(m):
    m.head(("From", "Baraka Mwakilema <baraka.mwakilema@mail.example>"),
           ("To", MSO),
           ("Subject", "Kufuta usajili - 13 Machi"),
           ("Date", m.date),
           ("Message-ID", "<1772344547.60318.baraka@webmail.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Habari,

Samahani sana, hatutaweza kuhudhuria tarehe 13 Machi. Baba yangu mdogo
amefariki nyumbani Tanzania na tunasafiri wiki ijayo kwa ajili ya
mazishi.
Tafadhali futeni usajili wetu wote (watu wanne).

Sorry for the short notice, and thank you for your understanding.

Baraka Mwakilema
""", charset="us-ascii", cte="7bit")


# -- 043 ---------------------------------------------------------------------
# Out-of-office in Romanian and German to the 7-day reminder, windows-1250
# QP, Auto-Submitted: auto-replied.

@mail("ro-dumitrescu-out-of-office", "2027-03-06 09:00:52",
      E("auto_reply"), "ro", tz=0)
def _(m):
    m.head(("From", addr("Dumitrescu, Mihaela", "m.dumitrescu@dacia-ms.example")),
           ("To", TO_MSO),
           ("Subject", subj("Răspuns automat: " + REMINDER7_SUBJECT, "windows-1250", "q")),
           ("Thread-Topic", subj(REMINDER7_SUBJECT, "windows-1250", "q")),
           ("Date", m.date),
           ("Message-ID", "<DB9PR02MB8441AE27F0C3B19D5E6A4C8B07F2@DB9PR02MB8441.eurprd02.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.reminder.20270306100003.41d7@muenster.example>"),
           ("References", "<mailbot.reminder.20270306100003.41d7@muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "ro-RO"),
           ("MIME-Version", "1.0"))
    m.single("""Bună ziua,

sunt în concediu până pe 10 martie 2027 şi nu am acces la e-mail. Pentru probleme urgente ale asociaţiei vă rog să scrieţi la info@dacia-ms.example.

Ich bin bis zum 10.03.2027 im Urlaub. In dringenden Fällen schreiben Sie bitte an info@dacia-ms.example.

Mihaela Dumitrescu""", charset="windows-1250", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Cancellation (Georgian), UTF-8 base64.  "გთხოვთ, გააუქმოთ ჩემი
# რეგისტრაცია" = please cancel my registration.

@mail("ka-beridze-cancel", "2027-03-09 07:30:19",
      E("cancellation", "nino.beridze@iberia-ms.example", "Nino Beridze",
        None, [], None, "ka"), "ka")
def _(m):
    m.head(("From", addr("ნინო ბერიძე", "nino.beridze@iberia-ms.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", subj("გაუქმება – 13 მარტი", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<web.1773037819.0c5e92@iberia-ms.example>"),
           ("MIME-Version", "1.0"))
    m.single("""გამარჯობათ,

სამწუხაროდ, 13 მარტს ვერ მოვალ – სამსახურში ცვლა ვერ გავცვალე. გთხოვთ, გააუქმოთ ჩემი რეგისტრაცია, რომ ადგილი სხვას დარჩეს.

ბოდიშს გიხდით,
Nino Beridze
""", charset="utf-8", cte="base64")


# -- 045 ---------------------------------------------------------------------
# Cancellation (Greek), iso-8859-7 quoted-printable, signed only with an
# initial.  "Παρακαλώ ακυρώστε τη δήλωσή μας" = please cancel our registration.

@mail("el-zachariou-cancel-iso-8859-7", "2027-03-11 21:14:08",
      E("cancellation", "kzachariou@otenet-mail.example", "Κωνσταντίνος Ζαχαρίου",
        None, [], None, "el"), "el")
def _(m):
    m.head(("From", "Konstantinos Zachariou <kzachariou@otenet-mail.example>"),
           ("To", MSO),
           ("Subject", subj("Ακύρωση συμμετοχής", "iso-8859-7", "q")),
           ("Date", m.date),
           ("Message-ID", "<d41e8b07-6a3c-4f25-9e10-b7c2a5f8d396@otenet-mail.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:102.0) Gecko/20100101 Thunderbird/102.15.1"),
           ("Content-Language", "el"),
           ("MIME-Version", "1.0"))
    m.single("""Καλημέρα σας,

δυστυχώς η σύζυγός μου κι εγώ τελικά δεν θα μπορέσουμε να έρθουμε το
Σάββατο, γιατί πρέπει να ταξιδέψουμε επειγόντως στη Θεσσαλονίκη για
οικογενειακό λόγο. Παρακαλώ ακυρώστε τη δήλωσή μας.

Ευχαριστώ και καλή επιτυχία στην εκδήλωση!
Κ. Ζαχαρίου
""", charset="iso-8859-7", cte="quoted-printable")


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
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")


def check(name, data, m, expected):
    problems = []
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    for line in data.split(b"\n"):
        if len(line.rstrip(b"\r")) > 998:
            problems.append("line longer than 998 octets")
            break
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 1, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 4, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Jan-Mar 2027")
    # every text part decodes strictly in its declared charset, to the written text
    got = []
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            cs = p.get_content_charset() or "us-ascii"
            raw = p.get_payload(decode=True)
            try:
                raw.decode(cs, errors="strict")
            except (UnicodeDecodeError, LookupError) as e:
                problems.append(f"text part does not decode as {cs}: {e}")
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
    # the labels
    if set(expected) != set(FIELDS):
        problems.append("expected record has wrong keys")
    k = expected["kind"]
    if k not in KINDS:
        problems.append(f"unknown kind {k}")
    if k == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
        if expected["bounced_recipient"] != expected["bounced_recipient"].lower():
            problems.append("bounced_recipient not lower-case")
    elif expected["bounced_recipient"] is not None:
        problems.append("bounced_recipient set on a non-bounce")
    if k in ("auto_reply", "bounce", "other"):
        if any(expected[f] is not None for f in ("email", "name", "organisation",
                                                  "party_size", "language")) or expected["workgroups"]:
            problems.append("machine/other record must have null person fields")
    else:
        if not expected["email"] or expected["email"] != expected["email"].lower():
            problems.append("email missing or not lower-case")
        if not expected["language"]:
            problems.append("language missing")
        if k == "registration" and not isinstance(expected["party_size"], int):
            problems.append("registration needs a party_size")
        if k in ("cancellation", "question") and (expected["party_size"] is not None
                                                 or expected["workgroups"]):
            problems.append("cancellation/question carries party_size or workgroups")
    for wg in expected["workgroups"]:
        if wg not in ("AG1", "AG2", "AG3"):
            problems.append(f"unknown workgroup {wg}")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    langs = collections.Counter(t for _, _, _, t in built)
    reg_langs = collections.Counter(e["language"] for _, _, e, _ in built
                                    if e["kind"] == "registration")
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
    print("registration languages:", dict(sorted(reg_langs.items())))
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
        on_disk = sorted(p.name for p in mails_dir.glob("*.eml"))
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
