#!/usr/bin/env python3
"""Build the "final22f" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Werkstatttag für ukrainische und russischsprachige Initiativen 2027,
Bielefeld, Saturday 16 October 2027, workshops WS1-WS4 (see config.toml).

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files, and
then reads every file back with email.policy.default to check that it parses
without defects, that each body part decodes to exactly the text written here
(attachments: the same bytes) and that the labels are well formed.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind, language, charset

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
import struct
import sys
import zlib
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

WT = "werkstatttag@bielefeld.example"
TO_WT = f"Werkstatttag Bielefeld <{WT}>"
INVITATION_ID = "<einladung-werkstatttag-2027.20270830100512@bielefeld.example>"
INVITATION2_ID = "<einladung-werkstatttag-2027-verteiler.20270906081500@bielefeld.example>"
REMINDER_PREFIX = "<erinnerung-werkstatttag-2027"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
WS_IDS = ("WS1", "WS2", "WS3", "WS4")
LANGS = ("uk", "ru", "de", "en")
CEST = 2   # all mails arrive between late August and mid October 2027


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


def gt_quote(text, prefix="> "):
    """Quote a text the way Thunderbird/Gmail do: '> ' before each line."""
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

    def __init__(self, slug, when, tz_hours=CEST):
        self.slug = slug
        tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
        self.when = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
        self.date = format_datetime(self.when)
        self.msg = EmailMessage(policy=POLICY)
        self.intended = []          # decoded content of each leaf, in walk order
        self.crlf = False
        self._nboundary = 0

    # -- headers -----------------------------------------------------------
    def head(self, *pairs, envelope=None, received=True, crlf=False):
        """Set trace headers (Return-Path, Delivered-To, Received), then `pairs`
        in the given order.  ASCII values (plain or already RFC 2047-encoded)
        are stored verbatim, folded at spaces when long; values with non-ASCII
        characters go through the policy, which encodes them as UTF-8."""
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", WT)
        if received:
            domain = sender.split("@")[1] if "@" in sender else "bielefeld.example"
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=3)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=CEST))))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.bielefeld.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{WT}>; {arrival} (CEST)")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

    # -- leaves --------------------------------------------------------------
    def _record(self, content):
        self.intended.append(content)

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None, record=True):
        """A text leaf part (MIMEPart), for use inside a multipart."""
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
        """The whole body is one text part."""
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte,
                             params=params)
        for k, v in keep:
            self.msg[k] = v
        self._record(text)

    # -- containers ----------------------------------------------------------
    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_VI1PR03MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mx.example"
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


def make_png(width=64, height=40):
    """A small RGB PNG: a blue and yellow banner over a grey floor."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            if y < 12:
                px = (0, 87, 183)
            elif y < 24:
                px = (255, 215, 0)
            else:
                px = (150, 150, 150) if (x // 6) % 2 else (120, 120, 120)
            row += bytes(px)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


# ---------------------------------------------------------------------------
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = ("Einladung / Запрошення / Приглашение: Werkstatttag 2027 "
                      "am 16. Oktober in Bielefeld")

INVITATION = """Liebe Aktive in ukrainischen und russischsprachigen Initiativen,

das Kommunale Integrationszentrum Bielefeld lädt Selbsthilfegruppen,
Sonntagsschulen, Elternvereine und Initiativen herzlich zum Werkstatttag 2027
ein.

Datum: Samstag, 16. Oktober 2027, 10:00 bis 16:30 Uhr
Ort: Alte Feuerwache, Am Kesselbrink 5, 33602 Bielefeld

Am Nachmittag arbeiten wir parallel in vier Workshops:
Workshop 1: Herkunftssprachlicher Unterricht und Sonntagsschulen
Workshop 2: Elternarbeit – Schule in Deutschland verstehen und mitgestalten
Workshop 3: Selbsthilfegruppen stärken – Ehrenamt, Vernetzung,
            psychosoziale Unterstützung
Workshop 4: Vom Projekt zum Verein – Gründung, Gemeinnützigkeit, Fördermittel

Bitte melden Sie sich bis zum 8. Oktober 2027 per E-Mail an
werkstatttag@bielefeld.example an: Name, Initiative oder Verein, gewünschter
Workshop (gern mit Zweitwunsch) und Anzahl der Personen. Sie können uns auch
auf Ukrainisch, Russisch oder Englisch schreiben.

Die Teilnahme ist kostenlos, für ein Mittagessen ist gesorgt.

---

Шановні активісти українських ініціатив!

Запрошуємо вас на Werkstatttag 2027 – день воркшопів для груп самодопомоги,
недільних шкіл, батьківських об'єднань та ініціатив.
Субота, 16 жовтня 2027, 10:00–16:30, Alte Feuerwache, Am Kesselbrink 5, Білефельд.

Воркшоп 1: Навчання рідною мовою та недільні школи
Воркшоп 2: Батьки і школа в Німеччині
Воркшоп 3: Групи самодопомоги: волонтерство, мережі, психосоціальна підтримка
Воркшоп 4: Від ініціативи до об'єднання (Verein): заснування, гранти

Реєстрація до 8 жовтня на werkstatttag@bielefeld.example: ім'я, організація,
воркшоп (можна і запасний варіант), кількість осіб.

---

Уважаемые представители русскоязычных инициатив!

Приглашаем вас на Werkstatttag 2027 – день воркшопов для групп самопомощи,
воскресных школ, родительских объединений и инициатив.
Суббота, 16 октября 2027, 10:00–16:30, Alte Feuerwache, Am Kesselbrink 5, Билефельд.

Воркшоп 1: Обучение на родном языке и воскресные школы
Воркшоп 2: Родители и школа в Германии
Воркшоп 3: Группы самопомощи: волонтёрство, сети, психосоциальная поддержка
Воркшоп 4: От инициативы к объединению (Verein): регистрация, гранты

Регистрация до 8 октября по адресу werkstatttag@bielefeld.example: имя,
организация, воркшоп (можно с запасным вариантом), количество человек.

Mit freundlichen Grüßen / З повагою / С уважением
Natalia Friesen
Kommunales Integrationszentrum Bielefeld"""

CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Werkstatttag 2027"
REMINDER_SUBJECT = "Erinnerung: Werkstatttag am Samstag, 16. Oktober 2027"

WS_LINE = {
    "WS1": "Workshop 1 – Herkunftssprachlicher Unterricht und Sonntagsschulen",
    "WS2": "Workshop 2 – Elternarbeit – Schule in Deutschland verstehen und mitgestalten",
    "WS3": "Workshop 3 – Selbsthilfegruppen stärken – Ehrenamt, Vernetzung, psychosoziale Unterstützung",
    "WS4": "Workshop 4 – Vom Projekt zum Verein – Gründung, Gemeinnützigkeit, Fördermittel",
}


def confirmation(salutation, ws, persons):
    """The confirmation mailbot sent (quoted in replies and returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Werkstatttag für ukrainische und
russischsprachige Initiativen 2027 am Samstag, 16. Oktober 2027, 10:00 bis
16:30 Uhr, in der Alten Feuerwache, Am Kesselbrink 5, 33602 Bielefeld.

Wir haben Sie für folgenden Workshop eingetragen:
{WS_LINE[ws]}

Angemeldete Personen: {persons}

Möchten Sie den Workshop wechseln oder absagen? Antworten Sie einfach auf
diese E-Mail.

Mit freundlichen Grüßen
Werkstatttag Bielefeld
Kommunales Integrationszentrum Bielefeld"""


def reminder(salutation, ws, persons):
    """The 7-day reminder mailbot sent."""
    return f"""Guten Tag {salutation},

in einer Woche ist es so weit: Wir freuen uns, Sie beim Werkstatttag für
ukrainische und russischsprachige Initiativen 2027 zu begrüßen.

Samstag, 16. Oktober 2027, 10:00 bis 16:30 Uhr
Alte Feuerwache, Am Kesselbrink 5, 33602 Bielefeld

Ihr Workshop: {WS_LINE[ws]}
Angemeldete Personen: {persons}

Falls Sie doch nicht kommen können, sagen Sie bitte kurz ab, indem Sie auf
diese E-Mail antworten.

Mit freundlichen Grüßen
Werkstatttag Bielefeld
Kommunales Integrationszentrum Bielefeld"""


def confirmation_message(to, salutation, ws, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_WT
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


def outlook_head(charset):
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
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
	font-size:11.0pt;
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
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang=DE link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""


OUTLOOK_LABELS = {
    "de": ("Von:", "Gesendet:", "An:", "Betreff:"),
    "ru": ("От:", "Отправлено:", "Кому:", "Тема:"),
}


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="utf-8", labels="de"):
    """Outlook-style HTML for `text`; quote = (von, gesendet, an, betreff, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        lv, lg, la, lb = OUTLOOK_LABELS[labels]
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span style='mso-fareast-language:DE'>{lv}</span></b>"
                   f"<span style='mso-fareast-language:DE'> {esc(von)} <br>\n"
                   f"<b>{lg}</b> {esc(gesendet)}<br>\n"
                   f"<b>{la}</b> {esc(an)}<br>\n"
                   f"<b>{lb}</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return outlook_head(charset) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels="de"):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    lv, lg, la, lb = OUTLOOK_LABELS[labels]
    return (f"{text}\n\n{lv} {von}\n{lg} {gesendet}\n{la} {an}\n"
            f"{lb} {betreff}\n\n{quoted}")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_plain(text, attribution=None, quoted=None):
    if quoted is None:
        return text
    return f"{text}\n\n{attribution}\n\n{gt_quote(quoted)}"


def gmail_html(text, attribution=None, quoted=None):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    if quoted is not None:
        q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
        inner += ('<br><div class="gmail_quote gmail_quote_container">'
                  f'<div dir="ltr" class="gmail_attr">{esc(attribution)}<br></div>'
                  '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                  'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                  f"{q}</blockquote></div>")
    return f'<div dir="ltr">{inner}</div>\n'


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


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
# Ukrainian Gmail reply quoting the trilingual invitation; "прийдемо втрьох" = 3, "воркшоп 1", Cyrillic signature beats Latin display name.

MELNYK_TEXT = """Доброго дня, пані Наталіє!

Дякуємо за запрошення! Від нашої недільної школи прийдемо втрьох: я та дві
вчительки, Оксана і Марія. Нас найбільше цікавить воркшоп 1 – навчання
рідною мовою та недільні школи.

З повагою,
Ірина Мельник
Недільна школа «Джерело» Білефельд
тел. 0176 418 22 93"""

MELNYK_ATTR = f"пн, 30 серп. 2027 р. о 10:05 Werkstatttag Bielefeld <{WT}> пише:"


@mail("melnyk-uk-gmail-quoting-invitation", "2027-08-30 14:22:31",
      E("registration", "iryna.melnyk@dzherelo-schule.example", "Ірина Мельник",
        "Недільна школа «Джерело» Білефельд", ["WS1"], 3, "uk"), "uk")
def _(m):
    m.head(("From", "Iryna Melnyk <iryna.melnyk@dzherelo-schule.example>"),
           ("To", TO_WT),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF3mK0vQ1n8Yx4Tz7LpR2sWd9HgE6jBu5oNc0aMr3kVf8y1iXg@mail.gmail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(MELNYK_TEXT, MELNYK_ATTR, INVITATION),
                  gmail_html(MELNYK_TEXT, MELNYK_ATTR, INVITATION),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 002 ---------------------------------------------------------------------
# German Outlook multipart/alternative; first and second choice by number (WS4, else WS2); writer plus named colleague = 2.

SCHAEFER_TEXT = """Sehr geehrte Frau Friesen,

für die Ortsgruppe Bielefeld der Landsmannschaft melde ich mich und unsere Jugendreferentin, Frau Alina Gerber, zum Werkstatttag am 16. Oktober an.

Wir möchten am liebsten in Workshop 4 („Vom Projekt zum Verein“), da wir für unsere Jugendgruppe einen eigenen Verein gründen wollen. Falls Workshop 4 schon voll ist, nehmen wir gerne Workshop 2.

Mit freundlichen Grüßen

Waldemar Schäfer
Vorsitzender
Landsmannschaft der Deutschen aus Russland e.V., Ortsgruppe Bielefeld
Tel. 0521 / 9 87 45 10"""


@mail("schaefer-de-outlook-first-second", "2027-08-31 09:10:05",
      E("registration", "w.schaefer@lmdr-bielefeld.example", "Waldemar Schäfer",
        "Landsmannschaft der Deutschen aus Russland e.V., Ortsgruppe Bielefeld",
        ["WS4", "WS2"], 2, "de"), "de")
def _(m):
    m.head(("From", '"Schäfer, Waldemar" <w.schaefer@lmdr-bielefeld.example>'),
           ("To", TO_WT),
           ("Subject", "Anmeldung Werkstatttag – LmDR Ortsgruppe Bielefeld"),
           ("Thread-Topic", "Anmeldung Werkstatttag – LmDR Ortsgruppe Bielefeld"),
           ("Thread-Index", "AdwYk3Fq7bQ2mJ0dTn6LrA1x9ZcWgQ=="),
           ("Date", m.date),
           ("Message-ID", "<VI1PR03MB4821C0FFEE12A4B5D6E7F809A1B2@VI1PR03MB4821.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(SCHAEFER_TEXT), outlook_html(SCHAEFER_TEXT),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 003 ---------------------------------------------------------------------
# Russian in Latin transliteration from a phone; "vorkshop 3", "s podrugoy ... nas budet dvoe" = 2; signature beats short display name.

@mail("kuznecova-ru-translit-phone", "2027-08-31 21:47:12",
      E("registration", "svetakuz88@mail.example", "Svetlana Kuznecova",
        'Gruppa samopomoshchi "Vmeste" Gütersloh', ["WS3"], 2, "ru"), "ru")
def _(m):
    m.head(("From", "Svetlana K. <svetakuz88@mail.example>"),
           ("To", WT),
           ("Subject", "Registraciya Werkstatttag"),
           ("Date", m.date),
           ("Message-ID", "<CAOx7pq2mT9fG1hN4bV8sK3dL6wR0yZ5uE2cA9jQ1nX4vM7tPbw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Zdravstvuyte!

Izvinite chto latinicey, na telefone net russkoy klaviatury.
Hochu zapisatsya na Werkstatttag 16 oktyabrya, na vorkshop 3 (gruppy samopomoshchi). Pridu s podrugoy, ona tozhe u nas v gruppe, tak chto nas budet dvoe.

Spasibo bolshoe!
Svetlana Kuznecova
Gruppa samopomoshchi "Vmeste" Gütersloh

Otpravleno s Android
""", charset="utf-8", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# English from a Ukrainian club coordinator; "Workshop 4 is exactly what we need"; "with my husband" = 2.

KH_TEXT = """Dear Ms Friesen,

I'd like to register for the workshop day on 16 October. I'm coordinating the Ukrainian Women's Club Herford, and we are thinking about becoming a registered association (e.V.), so Workshop 4 is exactly what we need.

I will come with my husband Andrii, who does the bookkeeping for our club.

Sorry for writing in English – my German is still at A2 level.

Kind regards,
Kateryna Hordiienko
Ukrainian Women's Club Herford"""


@mail("hordiienko-en-with-husband", "2027-09-01 12:05:44",
      E("registration", "k.hordiienko@mail.example", "Kateryna Hordiienko",
        "Ukrainian Women's Club Herford", ["WS4"], 2, "en"), "en")
def _(m):
    m.head(("From", "Kateryna Hordiienko <k.hordiienko@mail.example>"),
           ("To", WT),
           ("Subject", "Registration – workshop day 16 October"),
           ("Date", m.date),
           ("Message-ID", "<CAHd2qL8rW5nB0tY3kF7xJ1cV4mS9pG6zE2aU8oN5iT3wR0bQkA@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KH_TEXT, gmail_html(KH_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 005 ---------------------------------------------------------------------
# Ukrainian transliteration, us-ascii; ordinal "druhyi vorkshop" = WS2; "Budu odna" = 1; no organisation named.

@mail("tkachenko-uk-translit-druhyi", "2027-09-02 19:30:26",
      E("registration", "olena.tkachenko@mail.example", "Olena Tkachenko", None,
        ["WS2"], 1, "uk"), "uk")
def _(m):
    m.head(("From", "Olena Tkachenko <olena.tkachenko@mail.example>"),
           ("To", WT),
           ("Subject", "Reiestratsiia na Werkstatttag"),
           ("Date", m.date),
           ("Message-ID", "<1788370226.4417.olena@smtp.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Dobryi den!

Khochu zareiestruvatysia na Werkstatttag 16.10. Meni tsikavyi druhyi vorkshop, pro batkiv i nimetsku shkolu - u mene dvoie ditei v Gesamtschule, i ya v batkivskomu komiteti nashoi ukrainskoi hrupy.
Budu odna.

Diakuiu!
Olena
""", charset="us-ascii", cte="7bit")


# -- 006 ---------------------------------------------------------------------
# Russian from The Bat!, windows-1251 8bit and B-words; "Нас будет трое"; "первый ... если там не будет мест — на второй" = WS1, WS2.

@mail("schmidt-ru-thebat-cp1251", "2027-09-03 10:14:57",
      E("registration", "galina.schmidt@raduga-bi.example", "Галина Шмидт",
        "Культурное общество «Радуга» e.V.", ["WS1", "WS2"], 3, "ru"), "ru")
def _(m):
    m.head(("From", addr("Галина Шмидт", "galina.schmidt@raduga-bi.example", "windows-1251", "b")),
           ("To", WT),
           ("Subject", ew("Регистрация на Werkstatttag 16.10.2027", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1561298431.20270903101457@raduga-bi.example>"),
           ("X-Mailer", "The Bat! (v10.4.1) Professional"),
           ("Reply-To", addr("Галина Шмидт", "galina.schmidt@raduga-bi.example", "windows-1251", "b")),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте, Наталья!

Прошу зарегистрировать нас на Werkstatttag 16 октября. Нас будет трое:
я и две преподавательницы нашей воскресной школы, Елена Фаст и Ольга Реймер.
Хотели бы попасть на первый воркшоп (воскресные школы), если там не будет
мест — на второй.

-- 
С уважением,
Галина Шмидт
Культурное общество «Радуга» e.V.
руководитель воскресной школы, Билефельд
""", charset="windows-1251", cte="8bit")


# -- 007 ---------------------------------------------------------------------
# German question (interpreting, groups without e.V.) with a conditional "wenn beides passt, melde ich uns ... an": not a registration.

@mail("kroeger-de-question-dolmetschen", "2027-09-03 15:40:19",
      E("question", "b.kroeger@diakonie-bielefeld.example", "Bettina Kröger",
        "Diakonie für Bielefeld gGmbH", [], None, "de"), "de")
def _(m):
    m.head(("From", "Bettina Kröger <b.kroeger@diakonie-bielefeld.example>"),
           ("To", WT),
           ("Subject", "Frage zum Werkstatttag – Dolmetschen?"),
           ("Date", m.date),
           ("Message-ID", "<5f2a9c1e-0b7d-4e38-a6f1-93d2c8e4b705@diakonie-bielefeld.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Frau Friesen,

ich leite bei uns ein Sprachcafé für ukrainische Frauen; einige von ihnen
engagieren sich in einer kleinen Selbsthilfegruppe (noch ohne Verein).
Zwei Fragen, bevor ich die Frauen anmelde:

1. Können auch Gruppen teilnehmen, die (noch) kein eingetragener Verein sind?
2. Werden die Workshops gedolmetscht? Die meisten Frauen sprechen erst wenig
   Deutsch.

Wenn beides passt, melde ich uns gern für den Workshop Selbsthilfe an.

Viele Grüße
Bettina Kröger
Migrationsberatung
Diakonie für Bielefeld gGmbH
""", charset="utf-8", cte="8bit")


# -- 008 ---------------------------------------------------------------------
# Ukrainian in KOI8-U (Thunderbird on Linux), KOI8-U B-words; "себе та двох колег" = 3; "другий воркшоп"; list of three names.

@mail("levchenko-uk-koi8u", "2027-09-06 08:02:48",
      E("registration", "b.levchenko@batky-bielefeld.example", "Богдан Левченко",
        "Українська батьківська асоціація Білефельд e.V.", ["WS2"], 3, "uk"), "uk")
def _(m):
    m.head(("From", addr("Богдан Левченко", "b.levchenko@batky-bielefeld.example", "koi8-u", "b")),
           ("To", WT),
           ("Subject", ew("Реєстрація: Українська батьківська асоціація", "koi8-u", "b")),
           ("Date", m.date),
           ("Message-ID", "<7c41e0d2-58a9-4b3f-9e16-2fd0a8c3b914@batky-bielefeld.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:102.0) Gecko/20100101 Thunderbird/102.15.1"),
           ("Content-Language", "uk"),
           ("MIME-Version", "1.0"))
    m.single("""Добрий день!

Реєструю себе та двох колег з правління на Werkstatttag 16 жовтня.
Ми обираємо другий воркшоп (батьки і школа в Німеччині). Запасний
варіант нам не потрібен.

Учасники:
Богдан Левченко (голова правління)
Василь Кравчук
Світлана Гаврилюк

Українська батьківська асоціація Білефельд e.V.

З повагою
Богдан Левченко
""", charset="koi8-u", cte="8bit")


# -- 009 ---------------------------------------------------------------------
# German learner text, HTML-only webmail, with a Russian clause in Cyrillic inside; "zu dritt"; workshop by the alias "Sonntagsschule".

@mail("sawatzki-de-learner-russian-insert", "2027-09-06 20:11:03",
      E("registration", "jelena.sawatzki@mail.example", "Jelena Sawatzki",
        "Elternverein Radost e.V.", ["WS1"], 3, "de"), "de")
def _(m):
    m.head(("From", "Jelena Sawatzki <jelena.sawatzki@mail.example>"),
           ("To", WT),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<trinity-2c7e91b4-5d03-4f8a-b6e2-90a1c4d7e3f5-1788717063221@3c-app-mailcom-bs08>"),
           ("MIME-Version", "1.0"))
    text = """Guten Tag Frau Friesen,

ich möchte uns anmelden für Werkstatttag am 16. Oktober. Wir kommen zu dritt – я, Таня и Марина, мы все преподаём в субботней школе. Wir interesieren uns für Workshop Sonntagsschule, das ist genau unser Thema.
Unser Verein heißt Elternverein Radost e.V., wir sind in Bielefeld-Sennestadt.

Vielen Dank und bis bald
Jelena Sawatzki"""
    m.single(div_html(text), subtype="html", charset="utf-8", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Out-of-office (Auto-Submitted, Precedence) of a school social worker answering the second mailing of the invitation.

@mail("wessel-out-of-office-invitation", "2027-09-07 07:30:12",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Andrea Wessel <a.wessel@schulsozialarbeit-bi.example>"),
           ("To", WT),
           ("Subject", "Abwesenheitsnotiz: Einladung / Запрошення / Приглашение: Werkstatttag 2027 am 16. Oktober in Bielefeld"),
           ("Date", m.date),
           ("Message-ID", "<ooo.1788759012.8842@schulsozialarbeit-bi.example>"),
           ("In-Reply-To", INVITATION2_ID),
           ("References", INVITATION2_ID),
           ("Auto-Submitted", "auto-replied"),
           ("Precedence", "auto_reply"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 17. September
im Urlaub. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an das Sekretariat der
Gesamtschule Quelle, Tel. 0521 51 23 40.

Mit freundlichen Grüßen
Andrea Wessel
Schulsozialarbeit
""", charset="utf-8", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Russian from an iPhone, UTF-8 base64; "меня и мою дочь" = 2; ordinal "четвёртый воркшоп"; display name completes a first-name signature.

@mail("weber-ru-iphone-with-daughter", "2027-09-08 11:52:36",
      E("registration", "marina.weber@mail.example", "Марина Вебер", None,
        ["WS4"], 2, "ru"), "ru")
def _(m):
    m.head(("From", "Марина Вебер <marina.weber@mail.example>"),
           ("To", WT),
           ("Subject", "Регистрация"),
           ("Date", m.date),
           ("Message-ID", "<8E2D41A7-6C93-4B0F-A15E-7D3C9F02B6E4@mail.example>"),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день!

Запишите, пожалуйста, меня и мою дочь Алису на четвёртый воркшоп (как создать Verein). Алисе 19, она ведёт у нас детский театральный кружок, и мы хотим наконец оформить всё официально.

Спасибо!
Марина

Отправлено с iPhone
""", charset="utf-8", cte="base64")


# -- 012 ---------------------------------------------------------------------
# Ukrainian switching mid-word from Cyrillic to Latin transliteration; "Nas bude chetvero" = 4; Latin signature beats Cyrillic display name.

@mail("bondar-uk-mixed-scripts", "2027-09-08 16:03:21",
      E("registration", "nadiia.bondar@mail.example", "Nadiia Bondar",
        "Selbsthilfegruppe Razom Paderborn", ["WS3"], 4, "uk"), "uk")
def _(m):
    m.head(("From", "Надія Бондар <nadiia.bondar@mail.example>"),
           ("To", WT),
           ("Subject", "Werkstatttag реєстрація"),
           ("Date", m.date),
           ("Message-ID", "<m3x8q2.1788875001.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Добрий день, пані Наталіє!
Хочу зареєструвати нашу групу на Werkstatttag. Ми група самодопо
sorry, klaviatura perekliuchylas i ne mozhu znaity kyrylytsiu :(
Otzhe: my hrupa samodopomohy dlia ukrainskykh mam u Paderborni, khochemo na vorkshop 3. Nas bude chetvero.
Diakuiu!
Nadiia Bondar
Selbsthilfegruppe Razom Paderborn

Von meinem Samsung Galaxy Smartphone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# English plain text, format=flowed; "First choice: workshop 3 / Second choice: workshop 1"; "my colleague ... and I" = 2.

@mail("savchenko-en-first-second", "2027-09-09 09:26:40",
      E("registration", "yuliia.savchenko@ukr-hilfe-owl.example", "Yuliia Savchenko",
        "Ukrainische Hilfe OWL e.V.", ["WS3", "WS1"], 2, "en"), "en")
def _(m):
    m.head(("From", "Yuliia Savchenko <yuliia.savchenko@ukr-hilfe-owl.example>"),
           ("To", WT),
           ("Subject", "Werkstatttag 2027 - registration"),
           ("Date", m.date),
           ("Message-ID", "<0e5b7d21-93c4-4a6f-8b12-c4f9e0d2a831@ukr-hilfe-owl.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    m.single("""Hello Ms Friesen,

my colleague Oksana Romaniuk and I would like to register for the
Werkstatttag on 16 October.

First choice: workshop 3 (self-help groups)
Second choice: workshop 1

We run weekly support meetings for Ukrainian families in Bad Oeynhausen
and Löhne.

Best regards,
Yuliia Savchenko
Ukrainische Hilfe OWL e.V.
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 014 ---------------------------------------------------------------------
# Question in Russian transliteration (childcare); "esli prismotr budet, to ya by zapisalas'" is conditional, no registration.

@mail("golubeva-ru-translit-question-childcare", "2027-09-10 08:45:09",
      E("question", "tanya.golubeva@mail.example", "Tatiana Golubeva", None,
        [], None, "ru"), "ru")
def _(m):
    m.head(("From", "Tatiana Golubeva <tanya.golubeva@mail.example>"),
           ("To", WT),
           ("Subject", "vopros pro Werkstatttag"),
           ("Date", m.date),
           ("Message-ID", "<CAM4tz9Hq0pX6rJ2nW8bY1cK5vL3sF7dG0eA4uT9mQ2oN6iZ8xw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Zdravstvuyte, Natalya!

Podskazhite pozhaluysta, budet li na Werkstatttag prismotr za det'mi? U menya dvoe malen'kih (3 i 5 let), ostavit' ih ne s kem. Esli prismotr budet, to ya by zapisalas' na vtoroy vorkshop.

Zaranee spasibo,
Tatiana
""", charset="us-ascii", cte="7bit")


# -- 015 ---------------------------------------------------------------------
# German Apple Mail; Erstwunsch/Zweitwunsch lines (WS1, WS4); "insgesamt fünf: ich und vier Kolleginnen" = 5; org base form from signature.

SK_TEXT = """Liebe Frau Friesen,

hiermit melde ich das Lehrerinnenteam der Ukrainischen Sonntagsschule Bielefeld zum Werkstatttag an. Wir sind insgesamt fünf: ich und vier Kolleginnen.

Erstwunsch: Workshop 1 (Herkunftssprachlicher Unterricht und Sonntagsschulen)
Zweitwunsch: Workshop 4

Die Namen der Kolleginnen schicke ich Ihnen gern noch nach.

Herzliche Grüße
Iryna Schneider-Koval
Ukrainische Sonntagsschule Bielefeld e.V."""


@mail("schneider-koval-de-apple-five", "2027-09-10 13:17:52",
      E("registration", "i.schneider-koval@sonntagsschule-bi.example", "Iryna Schneider-Koval",
        "Ukrainische Sonntagsschule Bielefeld e.V.", ["WS1", "WS4"], 5, "de"), "de")
def _(m):
    m.head(("From", "Iryna Schneider-Koval <i.schneider-koval@sonntagsschule-bi.example>"),
           ("To", WT),
           ("Subject", "Anmeldung Ukrainische Sonntagsschule"),
           ("Date", m.date),
           ("Message-ID", "<3B7E0C94-2F1A-4D85-9C6B-E81A5D2F7C30@sonntagsschule-bi.example>"),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("MIME-Version", "1.0"))
    m.alternative(SK_TEXT, apple_html(SK_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 016 ---------------------------------------------------------------------
# Ukrainian Outlook in windows-1251 (plain + Word HTML, QP); "мене та мою дружину" = 2; "семінар про заснування Verein (воркшоп 4)".

HNATIUK_TEXT = """Вітаю!

Прошу зареєструвати мене та мою дружину Галину на Werkstatttag 16 жовтня в Білефельді. Нас цікавить семінар про заснування Verein (воркшоп 4) – ми вже рік працюємо як ініціативна група і хочемо зареєструвати e.V.

З повагою
Тарас Гнатюк
Ініціативна група українців Гютерсло"""


@mail("hnatiuk-uk-outlook-cp1251", "2027-09-13 07:48:14",
      E("registration", "taras.hnatiuk@ukr-guetersloh.example", "Тарас Гнатюк",
        "Ініціативна група українців Гютерсло", ["WS4"], 2, "uk"), "uk")
def _(m):
    subject = ew("Реєстрація на Werkstatttag", "windows-1251", "b")
    m.head(("From", addr("Тарас Гнатюк", "taras.hnatiuk@ukr-guetersloh.example", "windows-1251", "b")),
           ("To", WT),
           ("Subject", subject),
           ("Thread-Topic", subject),
           ("Thread-Index", "AdwkP3x9Qm0bVt2KR4eL8jZcWn1u5A=="),
           ("Date", m.date),
           ("Message-ID", "<000a01dc2461$7b3e1f20$71b95d60$@ukr-guetersloh.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "uk"),
           ("MIME-Version", "1.0"))
    m.alternative(HNATIUK_TEXT, outlook_html(HNATIUK_TEXT, charset="windows-1251"),
                  charset="windows-1251", cte="quoted-printable", style="outlook")


# -- 017 ---------------------------------------------------------------------
# Postfix multipart/report bounce of a confirmation (user unknown at the remote server); returned confirmation names WS2.

@mail("postfix-bounce-user-unknown", "2027-09-13 09:58:07",
      E("bounce", bounced="i.shevtchuk@ukr-minden.example"), "en")
def _(m):
    rcpt = "i.shevtchuk@ukr-minden.example"
    m.head(("From", "MAILER-DAEMON@mx.bielefeld.example (Mail Delivery System)"),
           ("To", WT),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270913075807.4C1E02A7F3@mx.bielefeld.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mx.bielefeld.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx.ukr-minden.example[198.51.100.77] said: 550
    5.1.1 <{rcpt}>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx.bielefeld.example"),
         ("X-Postfix-Queue-ID", "4C1E02A7F3"),
         ("X-Postfix-Sender", f"rfc822; {WT}"),
         ("Arrival-Date", "Mon, 13 Sep 2027 09:58:04 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx.ukr-minden.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected:\n"
                             "    User unknown in virtual mailbox table")])
    original = confirmation_message(
        f"Iryna Shevchuk <{rcpt}>", "Frau Shevchuk", "WS2", 2,
        "Mon, 13 Sep 2027 09:58:03 +0200", "<mailbot.20270913095803.2e9c@bielefeld.example>",
        "<b0c3e7f2-1a4d-48e6-9f25-d71a0c8e3b46@ukr-minden.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 018 ---------------------------------------------------------------------
# Russian in KOI8-R from mutt; ASCII display name, Cyrillic self-introduction and signature; "семинар номер три"; "Буду один" = 1.

@mail("zaitsev-ru-koi8r-mutt", "2027-09-14 18:33:40",
      E("registration", "v.zaitsev@nadezhda-salzuflen.example", "Виктор Зайцев",
        'Общество "Надежда" e.V.', ["WS3"], 1, "ru"), "ru")
def _(m):
    m.head(("From", "Viktor Zaitsev <v.zaitsev@nadezhda-salzuflen.example>"),
           ("To", WT),
           ("Subject", ew("Запись на семинар", "koi8-r", "b")),
           ("Date", m.date),
           ("Message-ID", "<20270914163340.GA21877@pc-viktor.nadezhda-salzuflen.example>"),
           ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день.

Меня зовут Виктор Зайцев, я инженер на пенсии и с прошлого года помогаю
в группе взаимопомощи для пожилых переселенцев при нашем обществе.
Хотел бы записаться на семинар номер три (группы самопомощи). Буду один.

Извините, что пишу по-русски, немецкий у меня пока слабый.

-- 
Виктор Зайцев
Общество "Надежда" e.V.
Бад-Зальцуфлен
""", charset="koi8-r", cte="8bit")


# -- 019 ---------------------------------------------------------------------
# Ukrainian change from Gmail (Ukrainian attribution), quoting the confirmation (WS2): "з другого воркшопу на перший" -> WS1.

OSTAPENKO_TEXT = """Добрий день!

Чи можна перевести мене з другого воркшопу на перший (недільні школи)?
Моя колега вже записана туди, і нам краще бути разом.

Дякую!
Людмила Остапенко"""
OSTAPENKO_ATTR = f"пн, 13 вер. 2027 р. о 10:12 Werkstatttag Bielefeld <{WT}> пише:"
OSTAPENKO_CONF = confirmation("Frau Ostapenko", "WS2", 1)


@mail("ostapenko-uk-change-gmail", "2027-09-15 12:40:18",
      E("change", "l.ostapenko@mail.example", "Людмила Остапенко", None,
        ["WS1"], None, "uk"), "uk")
def _(m):
    m.head(("From", "Liudmyla Ostapenko <l.ostapenko@mail.example>"),
           ("To", TO_WT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAJ9vN2mR4qB7xT0kL5wH8sF1cD3gY6zE9aP2uO5iM8nV1tK4rw@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270913101240.a1f3@bielefeld.example>"),
           ("References", "<mailbot.20270913101240.a1f3@bielefeld.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(OSTAPENKO_TEXT, OSTAPENKO_ATTR, OSTAPENKO_CONF),
                  gmail_html(OSTAPENKO_TEXT, OSTAPENKO_ATTR, OSTAPENKO_CONF),
                  charset="utf-8", cte="base64", style="gmail")


# -- 020 ---------------------------------------------------------------------
# Russian carrying the sentences, full of German school words; "Workshop 2 (Elternarbeit)"; "Нас будет четверо" with four names.

@mail("lang-ru-german-words-azbuka", "2027-09-16 10:05:33",
      E("registration", "e.lang@azbuka-detmold.example", "Елена Ланг",
        "Samstagsschule „Azbuka“ Detmold e.V.", ["WS2"], 4, "ru"), "ru")
def _(m):
    m.head(("From", "Elena Lang <e.lang@azbuka-detmold.example>"),
           ("To", WT),
           ("Subject", "Anmeldung Werkstatttag – Azbuka Detmold"),
           ("Date", m.date),
           ("Message-ID", "<a8e1d5c7-3f92-4b06-8d4e-15c7b2f9a063@azbuka-detmold.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "ru"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте, Наталья!

Мы – Elternbeirat субботней школы «Азбука» в Детмольде. Хотим записаться
на Workshop 2 (Elternarbeit), потому что у родителей много вопросов про
Schulwechsel, Gymnasialempfehlung и Elternsprechtag.
Нас будет четверо: я, Ирина Кох, Павел Штейн и Вера Ланг.

Спасибо за организацию!
Елена Ланг
Samstagsschule „Azbuka“ Detmold e.V.
""", charset="utf-8", cte="8bit")


# -- 021 ---------------------------------------------------------------------
# English question (wheelchair access, assistant) "before I register"; mentions the self-help workshop without choosing.

@mail("marchenko-en-question-accessibility", "2027-09-16 17:21:45",
      E("question", "oleh.marchenko@mail.example", "Oleh Marchenko", None,
        [], None, "en"), "en")
def _(m):
    m.head(("From", "Oleh Marchenko <oleh.marchenko@mail.example>"),
           ("To", WT),
           ("Subject", "Accessibility question - Werkstatttag 16 Oct"),
           ("Date", m.date),
           ("Message-ID", "<CAK2pW7nT4vR9xB1mQ6sL3cF8dH0gY5zE2aJ7uO4iN9kV6tM1rg@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Hello,

I'm interested in the workshop day on 16 October, but before I register I have two questions:

- Is the venue accessible by wheelchair (lift, accessible toilet)?
- Can I bring my personal assistant, and would she need to register separately?

I'm active in a self-help group for families of Ukrainian veterans here in Bielefeld, so the self-help workshop sounds interesting.

Thanks in advance,
Oleh Marchenko"""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="7bit", style="gmail")


# -- 022 ---------------------------------------------------------------------
# German all in lower case from an iPhone; "mich und meine schwester" = 2; "workshop 3 selbsthilfe"; group name in quotes.

@mail("dueck-de-lowercase-iphone", "2027-09-17 21:58:02",
      E("registration", "anna.dueck@mail.example", "Anna Dück",
        'treffpunkt "podrugi"', ["WS3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Anna Dück <anna.dueck@mail.example>"),
           ("To", WT),
           ("Subject", "anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<F1C8A3E6-7B20-4D9E-8A51-3C6E0B9D2F47@mail.example>"),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0"))
    m.single("""hallo frau friesen, hiermit melde ich mich und meine schwester an für workshop 3 selbsthilfe. wir machen seit märz eine gruppe für russischsprachige frauen in schildesche (treffpunkt "podrugi"), deshalb passt das gut
lg anna dück

Gesendet von meinem iPhone
""", charset="utf-8", cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# Ukrainian HTML only (Gmail markup, base64); Roman numeral "IV воркшоп"; "Прийду сама" = 1.

KOVALCHUK_TEXT = """Доброго вечора!

Запишіть мене, будь ласка, на IV воркшоп (від ініціативи до об’єднання). Наше товариство «Українці в Білефельді» хоче стати e.V., і ми не знаємо, з чого почати.

Прийду сама.

Щиро,
Софія Ковальчук
Товариство «Українці в Білефельді»"""


@mail("kovalchuk-uk-html-only-roman", "2027-09-20 20:14:29",
      E("registration", "sofiia.kovalchuk@mail.example", "Софія Ковальчук",
        "Товариство «Українці в Білефельді»", ["WS4"], 1, "uk"), "uk")
def _(m):
    m.head(("From", "Sofiia Kovalchuk <sofiia.kovalchuk@mail.example>"),
           ("To", WT),
           ("Subject", "Реєстрація на воркшоп IV"),
           ("Date", m.date),
           ("Message-ID", "<CAP5nR8wQ2mT7xK0bL4vH9sD1cF6gY3zE8aJ5uO2iM7kN0tW9qA@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single(gmail_html(KOVALCHUK_TEXT), subtype="html", charset="utf-8", cte="base64")


# -- 024 ---------------------------------------------------------------------
# Russian newsletter (other, Precedence: bulk) with its own "регистрация" and a line pointing to the Werkstatttag.

DOM_TEXT = """Дорогие друзья!

Русский дом OWL приглашает вас на осенний концерт «Золотая осень»:
суббота, 23 октября 2027, 18:00, Stadthalle Gütersloh.
В программе романсы, народные песни и выступление детского хора.
Вход свободный, регистрация обязательна: https://russkij-dom-owl.example/konzert

Также напоминаем: 16 октября в Билефельде проходит Werkstatttag для
украинских и русскоязычных инициатив. Регистрация – у организаторов,
Kommunales Integrationszentrum Bielefeld.

Ваш Русский дом OWL

Вы получили это письмо, потому что подписаны на рассылку Русского дома OWL.
Отписаться: https://russkij-dom-owl.example/unsubscribe"""


@mail("russkij-dom-newsletter", "2027-09-21 09:00:00",
      E("other"), "ru")
def _(m):
    m.head(("From", "Русский дом OWL <newsletter@russkij-dom-owl.example>"),
           ("To", WT),
           ("Subject", "Осенний концерт «Золотая осень» – 23 октября"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-09.5d1a7f@russkij-dom-owl.example>"),
           ("List-Unsubscribe", "<https://russkij-dom-owl.example/unsubscribe>"),
           ("List-Id", "Russkij Dom OWL <news.russkij-dom-owl.example>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(DOM_TEXT, div_html(DOM_TEXT, "font-family: Arial, sans-serif; font-size: 15px;"),
                  charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Russian transliteration, informal, from a club's shared mailbox with the writer's Reply-To; "vtoroy ... esli mest net - chetvertyy"; "Nas troe".

@mail("becker-ru-translit-reply-to", "2027-09-21 22:37:15",
      E("registration", "d.becker@sozvezdie-lemgo.example", "Dmitrij Becker",
        "Jugend- und Familienclub Sozvezdie e.V.", ["WS2", "WS4"], 3, "ru"), "ru")
def _(m):
    m.head(("From", "Sozvezdie e.V. <info@sozvezdie-lemgo.example>"),
           ("Reply-To", "Dmitrij Becker <d.becker@sozvezdie-lemgo.example>"),
           ("To", WT),
           ("Subject", "Anmeldung Werkstatttag / zapis'"),
           ("Date", m.date),
           ("Message-ID", "<20270921223715.71a4c0e2@webmail.sozvezdie-lemgo.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Privet Natalya!

Eto Dima iz kluba "Sozvezdie" v Lemgo, my videlis' na Integrationsrat v iyune.
Zapishi nas pozhaluysta na Werkstatttag: luchshe vsego vtoroy workshop (Elternarbeit), esli tam mest net - chetvertyy. Nas troe: ya, Sergey i Olya.

Spasibo!
Dmitrij Becker
Jugend- und Familienclub Sozvezdie e.V.
""", charset="us-ascii", cte="7bit")


# -- 026 ---------------------------------------------------------------------
# Russian change from Outlook (От/Отправлено/Кому/Тема), quoting the confirmation (WS3, 2): "не двое, а трое" -> 3, workshop unchanged.

KREMER_TEXT = """Добрый день, Наталья!

Небольшое изменение: нас будет не двое, а трое – к нам присоединится ещё одна волонтёрка, Юлия Дик. Воркшоп остаётся тот же.

С уважением,
Ольга Кремер
Волонтёрская группа «Помощь Украине» Херфорд"""


@mail("kremer-ru-change-outlook-party", "2027-09-22 14:09:51",
      E("change", "o.kremer@pomoshch-herford.example", "Ольга Кремер",
        "Волонтёрская группа «Помощь Украине» Херфорд", [], 3, "ru"), "ru")
def _(m):
    m.head(("From", "Ольга Кремер <o.kremer@pomoshch-herford.example>"),
           ("To", TO_WT),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHcIvN1kR8bQ0mTL2y6Xw4jZc9VnAAHf3Ew"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR02MB7345E1A2B3C4D5E6F708192A3B4C@DB9PR02MB7345.eurprd02.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270910180322.7b5d@bielefeld.example>"),
           ("References", "<mailbot.20270910180322.7b5d@bielefeld.example>"),
           ("Accept-Language", "ru-RU, de-DE"),
           ("Content-Language", "ru-RU"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Werkstatttag Bielefeld <{WT}>",
             "10 сентября 2027 г. 18:03",
             "Ольга Кремер <o.kremer@pomoshch-herford.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Kremer", "WS3", 2))
    m.alternative(outlook_plain(KREMER_TEXT, quote, labels="ru"),
                  outlook_html(KREMER_TEXT, quote, labels="ru"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 027 ---------------------------------------------------------------------
# Ukrainian, UTF-8 8bit; "перший ..., а якщо там не буде місць — на третій" = WS1, WS3; "з донькою" = 2.

@mail("pavlyshyn-uk-with-daughter-fallback", "2027-09-23 19:02:44",
      E("registration", "marta.pavlyshyn@mail.example", "Марта Павлишин",
        "Недільна школа УГКЦ Білефельд", ["WS1", "WS3"], 2, "uk"), "uk")
def _(m):
    m.head(("From", "Марта Павлишин <marta.pavlyshyn@mail.example>"),
           ("To", WT),
           ("Subject", "Реєстрація на Werkstatttag 16.10"),
           ("Date", m.date),
           ("Message-ID", "<1790182964.318027.7741@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Добрий день!

Зареєструйте, будь ласка, мене на перший воркшоп, а якщо там не буде місць — на третій.
Прийду з донькою Соломією (їй 16, вона допомагає вчителькам у нашій недільній школі при парафії).

Дякую і до зустрічі!
Марта Павлишин
Недільна школа УГКЦ Білефельд
""", charset="utf-8", cte="8bit")


# -- 028 ---------------------------------------------------------------------
# German Outlook from a counselling service: writer and two colleagues = 3 (copies asked for them); workshop by its title.

BUSSMANN_TEXT = """Sehr geehrte Frau Friesen,

hiermit melde ich mich und meine beiden Kolleginnen Olga Wiebe und Swetlana Reimer vom Fachdienst Migration zum Werkstatttag am 16.10. an. Wir begleiten mehrere ukrainische Selbsthilfegruppen und möchten daher gern in den Workshop „Selbsthilfegruppen stärken“.

Bitte schicken Sie die Bestätigung auch an meine Kolleginnen in Kopie (o.wiebe@caritas-bielefeld.example, s.reimer@caritas-bielefeld.example).

Mit freundlichen Grüßen
Heike Bußmann
Fachdienst Migration und Integration
Caritasverband Bielefeld e.V.
Turnerstraße 4, 33602 Bielefeld"""


@mail("bussmann-de-caritas-three", "2027-09-24 10:31:06",
      E("registration", "heike.bussmann@caritas-bielefeld.example", "Heike Bußmann",
        "Caritasverband Bielefeld e.V.", ["WS3"], 3, "de"), "de")
def _(m):
    m.head(("From", "Bußmann, Heike <heike.bussmann@caritas-bielefeld.example>"),
           ("To", TO_WT),
           ("Cc", "Wiebe, Olga <o.wiebe@caritas-bielefeld.example>, Reimer, Swetlana <s.reimer@caritas-bielefeld.example>"),
           ("Subject", "Anmeldung Werkstatttag – Caritas Fachdienst Migration"),
           ("Thread-Topic", "Anmeldung Werkstatttag – Caritas Fachdienst Migration"),
           ("Thread-Index", "AdwtF0c3m8VqR1xNT5ePzL2kWb7yHg=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1933A0B1C2D3E4F5A6B7C8D9E0F1@FR3P281MB1933.DEUP281.PROD.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(BUSSMANN_TEXT, outlook_html(BUSSMANN_TEXT),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 029 ---------------------------------------------------------------------
# Exchange out-of-office in German and Russian (Auto-Submitted: auto-generated) from the colleague copied on 028's confirmation.

WIEBE_TEXT = """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 1. Oktober 2027 nicht im Büro. In dringenden Fällen wenden Sie sich bitte an migrationsdienst@caritas-bielefeld.example.

Спасибо за ваше письмо. Я в отпуске до 1 октября 2027 г. включительно. По срочным вопросам обращайтесь, пожалуйста, по адресу migrationsdienst@caritas-bielefeld.example.

Olga Wiebe
Fachdienst Migration und Integration
Caritasverband Bielefeld e.V."""


@mail("wiebe-exchange-ooo-de-ru", "2027-09-24 10:32:15",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Wiebe, Olga <o.wiebe@caritas-bielefeld.example>"),
           ("To", TO_WT),
           ("Subject", "Automatische Antwort: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB0617B1C2D3E4F5A6B7C8D9E0F1A2@FR3P281MB0617.DEUP281.PROD.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270924103112.c4e8@bielefeld.example>"),
           ("References", "<mailbot.20270924103112.c4e8@bielefeld.example>"),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "o.wiebe@caritas-bielefeld.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(WIEBE_TEXT, outlook_html(WIEBE_TEXT), charset="utf-8",
                  cte="base64", style="outlook")


# -- 030 ---------------------------------------------------------------------
# Russian Gmail (base64); workshop only paraphrased ("по финансированию и регистрации Verein" = WS4); "вдвоём с коллегой" = 2.

BEKKER_TEXT = """Здравствуйте!

Я из казахстанско-немецкого общества «Достык» в Билефельде. Мы хотели бы подать заявку на грант от города, поэтому нас интересует воркшоп по финансированию и регистрации Verein. Будем вдвоём с коллегой.

С уважением,
Айгуль Беккер
Общество «Достык» e.V."""


@mail("bekker-ru-paraphrase-vdvoyom", "2027-09-27 08:19:37",
      E("registration", "aigul.bekker@mail.example", "Айгуль Беккер",
        "Общество «Достык» e.V.", ["WS4"], 2, "ru"), "ru")
def _(m):
    m.head(("From", "Айгуль Беккер <aigul.bekker@mail.example>"),
           ("To", WT),
           ("Subject", "Регистрация Werkstatttag"),
           ("Date", m.date),
           ("Message-ID", "<CAD8sK1vP5mW2xR9nT4bL7cH0gF3dY6zE1aQ8uO5iJ2kM9tN4rw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(BEKKER_TEXT, gmail_html(BEKKER_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 031 ---------------------------------------------------------------------
# Cancellation in Ukrainian transliteration from a Samsung phone (German UI), confirmation quoted without '>' below "Ursprüngliche Nachricht".

@mail("moroz-uk-translit-cancel-samsung", "2027-09-27 13:55:02",
      E("cancellation", "viktoriia.moroz@mail.example", "Viktoriia Moroz", None,
        [], None, "uk"), "uk")
def _(m):
    m.head(("From", "Viktoriia Moroz <viktoriia.moroz@mail.example>"),
           ("To", TO_WT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<k9w2r7.1790510102.samsung@mail.example>"),
           ("In-Reply-To", "<mailbot.20270920114012.5f0a@bielefeld.example>"),
           ("References", "<mailbot.20270920114012.5f0a@bielefeld.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Dobryi den,
na zhal my ne zmozhemo pryity 16.10, syn zakhvoriv i likar skazav shcho tse nadovho. Skasuite bud laska nashu reiestratsiiu.
Vybachte i diakuiu!
Viktoriia Moroz



Von meinem Samsung Galaxy Smartphone gesendet.


-------- Ursprüngliche Nachricht --------
Von: Werkstatttag Bielefeld <{WT}>
Datum: 20.09.27 11:40 (GMT+02:00)
An: viktoriia.moroz@mail.example
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Frau Moroz", "WS1", 3)}
""", charset="utf-8", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Ukrainian Apple Mail; "нас буде п'ятеро, разом зі мною" = 5; "другий воркшоп ... то на четвертий" = WS2, WS4.

LYSENKO_TEXT = """Доброго дня, пані Наталіє!

Від нашої громади зареєструйте, будь ласка, п’ятьох учасників – нас буде п’ятеро, разом зі мною. Ми всі батьки дітей, які цього року пішли до німецької школи, тож найбільше хочемо на другий воркшоп. Якщо там не вистачить місць для всіх, то на четвертий.

Імена надішлю пізніше.

Дякую!
Оксана Лисенко
Українська громада Мінден e.V."""


@mail("lysenko-uk-apple-five", "2027-09-28 09:44:20",
      E("registration", "o.lysenko@ukr-hromada-minden.example", "Оксана Лисенко",
        "Українська громада Мінден e.V.", ["WS2", "WS4"], 5, "uk"), "uk")
def _(m):
    m.head(("From", "Oksana Lysenko <o.lysenko@ukr-hromada-minden.example>"),
           ("To", WT),
           ("Subject", "Реєстрація – Українська громада Мінден"),
           ("Date", m.date),
           ("Message-ID", "<9D4A2E71-0C5B-4F38-B6E9-1A7C3D8F2E05@ukr-hromada-minden.example>"),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("MIME-Version", "1.0"))
    m.alternative(LYSENKO_TEXT, apple_html(LYSENKO_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 033 ---------------------------------------------------------------------
# An association office forwards its chairman's request (WG:) and asks to confirm to his address; the registration is his.

@mail("dug-owl-forwards-chairman", "2027-09-29 08:12:47",
      E("registration", "m.hrytsenko@dug-owl.example", "Mykhailo Hrytsenko",
        "Deutsch-Ukrainische Gesellschaft OWL e.V.", ["WS4"], 1, "de"), "de")
def _(m):
    m.head(("From", "Geschäftsstelle DUG OWL <info@dug-owl.example>"),
           ("To", TO_WT),
           ("Subject", "WG: Anmeldung Werkstatttag"),
           ("Thread-Topic", "Anmeldung Werkstatttag"),
           ("Thread-Index", "AQHcMKp8bW1xT3nQ0kR5mLz7YcVe2gAAb8Xw"),
           ("Date", m.date),
           ("Message-ID", "<000d01dc30f2$1a2b3c40$4e5f6a70$@dug-owl.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Friesen,

anbei leite ich Ihnen die Anmeldung unseres Vorsitzenden, Herrn Mykhailo Hrytsenko, weiter. Bitte schicken Sie die Bestätigung direkt an ihn: m.hrytsenko@dug-owl.example

Mit freundlichen Grüßen
Sabine Tiemann
Geschäftsstelle
Deutsch-Ukrainische Gesellschaft OWL e.V.

-----Ursprüngliche Nachricht-----
Von: Mykhailo Hrytsenko <m.hrytsenko@dug-owl.example>
Gesendet: Dienstag, 28. September 2027 22:14
An: info@dug-owl.example
Betreff: Anmeldung Werkstatttag

Liebe Sabine,

kannst Du mich bitte für den Werkstatttag am 16.10. in Bielefeld anmelden? Workshop 4 (Vereinsgründung/Fördermittel) wäre ideal, ich komme allein.

Danke!
Mykhailo
""", charset="windows-1252", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Ukrainian question (fee, lunch, leaving early), base64; mentions a school lesson but registers no one.

@mail("kushnir-uk-questions", "2027-09-30 16:27:11",
      E("question", "halyna.kushnir@mail.example", "Галина Кушнір", None,
        [], None, "uk"), "uk")
def _(m):
    m.head(("From", "Галина Кушнір <halyna.kushnir@mail.example>"),
           ("To", WT),
           ("Subject", "Питання щодо Werkstatttag"),
           ("Date", m.date),
           ("Message-ID", "<1790774831.602214.9930@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Добрий день!

Маю кілька запитань щодо Werkstatttag:
1) Чи участь безкоштовна?
2) Чи буде обід, чи треба брати щось із собою?
3) Чи можна прийти тільки на першу половину дня? О 14:00 у мене заняття в суботній школі.

Дякую за відповідь!
Галина Кушнір
""", charset="utf-8", cte="base64")


# -- 035 ---------------------------------------------------------------------
# English change from Outlook for iOS quoting the confirmation (WS1): "from Workshop 1 to Workshop 3"; workshop 1 named again for a colleague.

@mail("bilyk-en-change-outlook-ios", "2027-10-01 07:58:33",
      E("change", "a.bilyk@mail.example", "Anastasiia Bilyk", None,
        ["WS3"], None, "en"), "en")
def _(m):
    m.head(("From", "Anastasiia Bilyk <a.bilyk@mail.example>"),
           ("To", TO_WT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<AS8PR07MB7a3c91e2f4b5d6e7f8091a2b3c4d5e6f@AS8PR07MB.eurprd07.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270917160211.93bd@bielefeld.example>"),
           ("References", "<mailbot.20270917160211.93bd@bielefeld.example>"),
           ("X-Mailer", "Outlook for iOS"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hi Natalia,

could you please move me from Workshop 1 to Workshop 3 (self-help groups)? Our Sunday school has found two more teachers in the meantime, so my colleague will cover workshop 1 and I'd rather focus on our support group.

Thanks a lot!
Anastasiia

Get Outlook for iOS
________________________________
From: Werkstatttag Bielefeld <{WT}>
Sent: Friday, September 17, 2027 4:02:11 PM
To: Anastasiia Bilyk <a.bilyk@mail.example>
Subject: {CONFIRMATION_SUBJECT}

{confirmation("Frau Bilyk", "WS1", 1)}
""", charset="utf-8", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Russian registration with a parking question; "Workshop 3 (Selbsthilfe)" in German; "Нас будет шестеро, включая меня" = 6.

GERING_TEXT = """Добрый день, уважаемые организаторы!

Наш клуб «Встреча» (русскоязычные пенсионеры, Bielefeld-Heepen) хотел бы принять участие в Werkstatttag. Нас будет шестеро, включая меня. Все хотят в Workshop 3 (Selbsthilfe) – мы как раз группа взаимопомощи.

Подскажите, пожалуйста, есть ли парковка рядом с Alte Feuerwache? Двое из нас плохо ходят.

С уважением,
Людмила Геринг
руководитель клуба «Встреча»"""


@mail("gering-ru-six-plus-question", "2027-10-01 11:06:48",
      E("registration", "l.gering@vstrecha-heepen.example", "Людмила Геринг",
        "клуб «Встреча»", ["WS3"], 6, "ru"), "ru")
def _(m):
    m.head(("From", "Людмила Геринг <l.gering@vstrecha-heepen.example>"),
           ("To", WT),
           ("Subject", "Клуб «Встреча» – Werkstatttag"),
           ("Date", m.date),
           ("Message-ID", "<20271001110648.2b7f93@webmail.vstrecha-heepen.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(GERING_TEXT, div_html(GERING_TEXT, "font-family: Tahoma; font-size: 13px;"),
                  charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Russian cancellation from Windows Live Mail in windows-1251; the quoted German confirmation lost its umlauts to '?'.

WOLF_CONF = confirmation("Herr Wolf", "WS2", 2).encode("cp1251", errors="replace").decode("cp1251")


@mail("wolf-ru-cancel-cp1251-lossy-quote", "2027-10-04 20:41:26",
      E("cancellation", "igor.wolf@mail.example", "Игорь Вольф", None,
        [], None, "ru"), "ru")
def _(m):
    m.head(("From", addr("Игорь Вольф", "igor.wolf@mail.example", "windows-1251", "b")),
           ("To", f'"Werkstatttag Bielefeld" <{WT}>'),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<4A7E1C90B3D2463F9E8A05C1D7F2B6E8@IgorPC>"),
           ("In-Reply-To", "<mailbot.20270927101402.18e6@bielefeld.example>"),
           ("References", "<mailbot.20270927101402.18e6@bielefeld.example>"),
           ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"),
           ("X-MimeOLE", "Produced By Microsoft MimeOLE V16.4.3528.331"),
           ("MIME-Version", "1.0"))
    m.single(f"""Здравствуйте!

К сожалению, мы вынуждены отменить регистрацию: 16 октября у нас в общине
выборы правления, и мы оба должны быть там. Надеюсь, в следующий раз
получится.

Игорь Вольф

----- Original Message ----- 
From: "Werkstatttag Bielefeld" <{WT}>
To: <igor.wolf@mail.example>
Sent: Monday, September 27, 2027 10:14 AM
Subject: {CONFIRMATION_SUBJECT}


{gt_quote(WOLF_CONF)}
""", charset="windows-1251", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# English plain us-ascii; "me and two other dads" = 3; workshop 2, fallback workshop 1; URL in the signature.

@mail("kravets-en-three-dads", "2027-10-05 18:12:09",
      E("registration", "serhii.kravets@mail.example", "Serhii Kravets",
        "Ukrainian Parents Initiative Paderborn", ["WS2", "WS1"], 3, "en"), "en")
def _(m):
    m.head(("From", "Serhii Kravets <serhii.kravets@mail.example>"),
           ("To", WT),
           ("Subject", "Registration Werkstatttag - Ukrainian Parents Initiative Paderborn"),
           ("Date", m.date),
           ("Message-ID", "<CAE6rT3nW8qM1xK5bP0vL9cH2gF7dY4zE6aJ3uO8iR1kN5tV2mA@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hello Ms Friesen,

please register three people from our Ukrainian Parents Initiative Paderborn for the workshop day: me and two other dads, Roman and Yurii. We'd like to attend workshop 2 (parents and school). If it's full, workshop 1 is fine as well.

Cheers,
Serhii Kravets
Ukrainian Parents Initiative Paderborn
https://upi-paderborn.example
""", charset="us-ascii", cte="7bit")


# -- 039 ---------------------------------------------------------------------
# German change from Thunderbird (windows-1252) quoting the confirmation (WS4, 2): "statt Workshop 4 ... Workshop 1", "zu viert" -> WS1, 4.

@mail("janzen-de-change-thunderbird", "2027-10-06 09:37:55",
      E("change", "p.janzen@kulturverein-lage.example", "Peter Janzen",
        "Aussiedler-Kulturverein Lage e.V.", ["WS1"], 4, "de"), "de")
def _(m):
    m.head(("From", "Peter Janzen <p.janzen@kulturverein-lage.example>"),
           ("To", TO_WT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<e3b8a1d4-6c07-4f92-8a5e-0d1f7c2b9e63@kulturverein-lage.example>"),
           ("In-Reply-To", "<mailbot.20270922143105.6a2c@bielefeld.example>"),
           ("References", "<mailbot.20270922143105.6a2c@bielefeld.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.2.3"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo Frau Friesen,

wir müssen unsere Anmeldung leider ändern: Statt Workshop 4 möchten wir
lieber in Workshop 1, weil wir im November mit einer Russisch-AG für
Kinder anfangen. Außerdem sind wir jetzt zu viert statt zu zweit.

Danke und Gruß
Peter Janzen
Aussiedler-Kulturverein Lage e.V.

Am 22.09.27 um 14:31 schrieb Werkstatttag Bielefeld:
{gt_quote(confirmation("Herr Janzen", "WS4", 2))}
""", charset="windows-1252", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Late registration (after the deadline) in Ukrainian transliteration: "if there is a place", "vorkshop 3", "z mamoiu" = 2.

@mail("savka-uk-translit-late-with-mother", "2027-10-10 21:03:17",
      E("registration", "khrystyna.savka@mail.example", "Khrystyna Savka", None,
        ["WS3"], 2, "uk"), "uk")
def _(m):
    m.head(("From", "Khrystyna Savka <khrystyna.savka@mail.example>"),
           ("To", WT),
           ("Subject", "Werkstatttag - shche mozhna?"),
           ("Date", m.date),
           ("Message-ID", "<CAN1qW5mR8xT2vK7bL0pH3cF9dG6sY4zE1aJ8uO3iM6kP0tV5nA@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Dobryi vechir!

Bachu shcho reiestratsiia vzhe zakinchylas, ale mozhe shche ye mistse? Yakshcho tak, zapyshit mene bud laska na vorkshop 3, ya bula b z mamoiu (vona tezh khodyt do nashoi hrupy pidtrymky).

Diakuiu!
Khrystyna Savka
""", charset="us-ascii", cte="7bit")


# -- 041 ---------------------------------------------------------------------
# German cancellation, Outlook HTML only in windows-1252, answering the 7-day reminder (WS3, 3) quoted below a Von/Gesendet block.

PENNER_TEXT = """Sehr geehrte Frau Friesen,

leider müssen wir unsere Teilnahme am Werkstatttag absagen. Zwei unserer drei Teilnehmerinnen sind erkrankt, und allein möchte ich die lange Anfahrt nicht machen. Bitte streichen Sie uns von der Liste.

Mit freundlichen Grüßen
Irina Penner
Frauentreff Nadeschda e.V.
Lemgo"""


@mail("penner-de-cancel-reminder-outlook-html", "2027-10-11 08:26:40",
      E("cancellation", "i.penner@nadeschda-lemgo.example", "Irina Penner",
        "Frauentreff Nadeschda e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Irina Penner <i.penner@nadeschda-lemgo.example>"),
           ("To", TO_WT),
           ("Subject", "AW: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Thread-Index", "AQHcOPq3xN0bR7mKT1w5Lz9YcVe4hAAD2kQw"),
           ("Date", m.date),
           ("Message-ID", "<PAXPR04MB8163F0E1D2C3B4A5968778695A4B@PAXPR04MB8163.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", "<erinnerung-werkstatttag-2027.20271009090002.7d31@bielefeld.example>"),
           ("References", "<erinnerung-werkstatttag-2027.20271009090002.7d31@bielefeld.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Werkstatttag Bielefeld <{WT}>",
             "Samstag, 9. Oktober 2027 09:00",
             "Irina Penner <i.penner@nadeschda-lemgo.example>",
             REMINDER_SUBJECT, reminder("Frau Penner", "WS3", 3))
    m.single(outlook_html(PENNER_TEXT, quote, charset="windows-1252"), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 042 ---------------------------------------------------------------------
# Ukrainian cancellation from an iPhone (Ukrainian UI) quoting the confirmation (WS4, 1) under an iOS attribution line.

@mail("boiko-uk-cancel-iphone", "2027-10-12 19:48:03",
      E("cancellation", "olha.boiko@mail.example", "Ольга Бойко", None,
        [], None, "uk"), "uk")
def _(m):
    m.head(("From", "Ольга Бойко <olha.boiko@mail.example>"),
           ("To", TO_WT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<C7E93A15-4B2D-4F06-9E81-5A0D3C6B7F24@mail.example>"),
           ("In-Reply-To", "<mailbot.20270920093107.0c4d@bielefeld.example>"),
           ("References", "<mailbot.20270920093107.0c4d@bielefeld.example>"),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Добрий день!
На жаль, мушу скасувати свою реєстрацію на 16 жовтня. Нас переводять до іншого Landkreis, і саме в ці дні переїзд. Дуже шкода!
Ольга Бойко

Надіслано з iPhone

> 20 вер. 2027 р. о 09:31 Werkstatttag Bielefeld <{WT}> написав(-ла):
> 
{gt_quote(confirmation("Frau Boiko", "WS4", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# Russian-transliteration change from Gmail (English UI) quoting the confirmation (WS3, 1): "s tret'ego ... na chetvertyy", "nas budet dvoe".

@mail("rempel-ru-translit-change", "2027-10-13 07:15:29",
      E("change", "elena.rempel@mail.example", "Elena Rempel", None,
        ["WS4"], 2, "ru"), "ru")
def _(m):
    m.head(("From", "Elena Rempel <elena.rempel@mail.example>"),
           ("To", TO_WT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAB3tL9pQ6mW0xR4nK8vT2cH5gF1dY7zE3aJ0uO6iN4kM8sV7qw@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270927110208.e71b@bielefeld.example>"),
           ("References", "<mailbot.20270927110208.e71b@bielefeld.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Zdravstvuyte!
Mozhno menya perevesti s tret'ego vorkshopa na chetvertyy? I muzh tozhe hochet poyti, tak chto nas budet dvoe.
Spasibo bol'shoe!
Elena Rempel

On Mon, Sep 27, 2027, 11:02 AM Werkstatttag Bielefeld <{WT}> wrote:

{gt_quote(confirmation("Frau Rempel", "WS3", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Thank-you after the event (other) with a PNG photo attached; names the workshop it attended.

@mail("chornyi-thanks-after-event-photo", "2027-10-18 10:04:51",
      E("other"), "de")
def _(m):
    m.head(("From", "Roman Chornyi <roman.chornyi@jugendtreff-buende.example>"),
           ("To", TO_WT),
           ("Subject", "Danke für den Werkstatttag!"),
           ("Date", m.date),
           ("Message-ID", "<6a0e3f8c-21d9-4b57-9c4e-b8f1a7d2e053@jugendtreff-buende.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    text = m.text("""Liebe Frau Friesen,

herzlichen Dank für den Werkstatttag am Samstag! Der Workshop zur
Vereinsgründung war für uns Gold wert – wir haben am Sonntag gleich die
Satzung besprochen.

Im Anhang ein Foto aus dem Workshop, Sie dürfen es gern für Ihre
Dokumentation verwenden.

Viele Grüße
Roman Chornyi
Ukrainischer Jugendtreff Bünde
""", charset="utf-8", cte="8bit")
    png = m.binary(make_png(), "image", "png", "Werkstatttag_Workshop4.png")
    m.multi("mixed", [text, png])



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


def decoded_text(msg):
    """Decoded headers and text of the top-level message (HTML unescaped)."""
    chunks = [f"{k}: {v}" for k, v in msg.items()]
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            t = p.get_content()
            if p.get_content_subtype() == "html":
                t = html.unescape(re.sub(r"<[^>]+>", "\n", t))
            chunks.append(t)
    return "\n".join(chunks)


def check_labels(e, msg):
    """Problems with one expected record, alone and against its mail."""
    problems = []
    if tuple(e) != FIELDS:
        return ["expected record has wrong keys or key order"]
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WS_IDS for w in wg) or len(set(wg)) != len(wg):
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
        if not wg and ps is None:
            problems.append("a change must change the workshop or the size")
    elif ps is not None:
        problems.append("party_size must be null for this kind")
    if kind == "bounce":
        br = e["bounced_recipient"]
        if not br or br != br.lower():
            problems.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    text = decoded_text(msg)
    if kind in PERSON_KINDS:
        em = e["email"]
        if not em or em != em.lower():
            problems.append("person mail needs a lower-case email")
        else:
            own = [a.lower() for _, a in getaddresses(
                [str(msg.get("From", "")), str(msg.get("Reply-To", ""))])]
            if em not in own and em not in text.lower():
                problems.append(f"email {em} neither sender nor in the text")
        if e["language"] not in LANGS:
            problems.append(f"bad language {e['language']}")
        if not e["name"] or e["name"] not in text:
            problems.append(f"name {e['name']!r} not written in the mail")
        if e["organisation"] is not None and e["organisation"] not in text:
            problems.append(f"organisation {e['organisation']!r} not written in the mail")
        if kind in ("change", "cancellation"):
            if msg["In-Reply-To"] is None or "Angemeldete Personen:" not in text:
                problems.append("change/cancellation must answer and quote our mail")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
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
    if not (datetime.datetime(2027, 8, 15, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 11, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside 15 Aug - 31 Oct 2027")
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
    problems += check_labels(expected, msg)
    return problems


def check_senders(built, datas):
    """No sender address twice in the corpus."""
    seen = {}
    problems = []
    for (name, *_), data in zip(built, datas):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        frm = [a.lower() for _, a in getaddresses([str(msg["From"])])]
        for a in frm:
            if a in seen:
                problems.append(f"{name}: sender {a} already sent {seen[a]}")
            seen[a] = name
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
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
    langs = sorted({t for _, _, _, t in built})
    print("kind          " + " ".join(f"{l:>3}" for l in langs) + "  all")
    for k in KINDS:
        row = [table[(k, l)] for l in langs]
        print(f"{k:13} " + " ".join(f"{n:>3}" for n in row) + f"  {sum(row):>3}")
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
    for problem in check_senders(built, datas):
        print(problem)
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
