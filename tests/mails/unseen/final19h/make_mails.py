#!/usr/bin/env python3
"""Build the "final19h" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Vereinstag 2027 in Hagen (NRW), the day of the associations from
South-East Europe, Turkey and Kurdistan, with four working groups AK-I .. AK-IV
(see config.toml).

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in correct MIME with the standard `email` package, writes the
files, and then reads every file back with email.policy.default to check that it
parses without defects, that each body part decodes to exactly the text written
here, and that the labels are well formed.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print the counts

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
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

VT = "vereinstag@hagen.example"
TO_VT = f"Vereinstag 2027 <{VT}>"
INVITATION_ID = "<einladung-vereinstag-2027.20270215100003@hagen.example>"
REMINDER_ID_FMT = "<mailbot.reminder7d.{}@hagen.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
WG_IDS = ("AK-I", "AK-II", "AK-III", "AK-IV")
PERSON_KINDS = ("registration", "change", "cancellation", "question")


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
    return hashlib.sha256(f"{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


UTC = datetime.timezone.utc
DST_START = datetime.datetime(2027, 3, 28, 1, 0, tzinfo=UTC)
DST_END = datetime.datetime(2027, 10, 31, 1, 0, tzinfo=UTC)


def berlin(dt):
    """The same instant in Europe/Berlin local time, and the zone name."""
    if DST_START <= dt < DST_END:
        return dt.astimezone(datetime.timezone(datetime.timedelta(hours=2))), "CEST"
    return dt.astimezone(datetime.timezone(datetime.timedelta(hours=1))), "CET"


# ---------------------------------------------------------------------------
# building one message
# ---------------------------------------------------------------------------

class Mail:
    """One .eml under construction; remembers what each leaf part must decode to."""

    def __init__(self, slug, when, tz_hours):
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
        msg.set_raw("Delivered-To", VT)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            local, zone = berlin(self.when + datetime.timedelta(seconds=3))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.hagen.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{VT}>; {format_datetime(local)} ({zone})")
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

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
               params=None):
        """The whole body is one text part."""
        # set_content() drops every Content-* header; keep Content-Language.
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
            return f"_00{self._nboundary}_DB9PR03MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.hagen.example"
        if style == "samsung":
            return f"--_com.samsung.android.email_{int(h[:14], 16)}"
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


# ---------------------------------------------------------------------------
# texts that several mails quote: invitation, confirmation, reminder
# ---------------------------------------------------------------------------

INVITATION = """Liebe Vereinsvorstände, liebe Aktive,

das Kommunale Integrationszentrum Hagen lädt Sie herzlich zum Vereinstag 2027
ein – dem Treffen der Vereine und Gemeinden aus Südosteuropa, der Türkei und
Kurdistan in Hagen und Umgebung.

Datum: Samstag, 17. April 2027, 10:00 bis 16:30 Uhr
Ort: Bürgerhaus Wehringhausen, Lange Straße 20, 58089 Hagen

Nach dem gemeinsamen Auftakt arbeiten wir am Nachmittag in vier
Arbeitskreisen:

AK I: Nachwuchs und Ehrenamt im Verein
AK II: Herkunftssprachen und Mehrsprachigkeit in Familie und Schule
AK III: Vereinsfinanzen, Förderanträge und Gemeinnützigkeit
AK IV: Älter werden in Hagen: Pflege und Gesundheit der ersten Generation

Bitte melden Sie sich bis zum 10. April 2027 per E-Mail an
vereinstag@hagen.example an. Nennen Sie uns Ihren Namen, Ihren Verein, den
gewünschten Arbeitskreis (gern auch einen Zweitwunsch) und mit wie vielen
Personen Sie kommen. Sie können uns gern auch in Ihrer Sprache schreiben.

Die Teilnahme ist kostenlos. Für Essen und Getränke ist gesorgt.

Mit freundlichen Grüßen

Kommunales Integrationszentrum Hagen
i. A. Snežana Petković und Orhan Demirtaş"""

INVITATION_SUBJECT = "Einladung: Vereinstag 2027 am 17. April in Hagen"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Vereinstag 2027"
REMINDER_SUBJECT = "Erinnerung: Vereinstag 2027 am Samstag, 17. April"

AK_LINE = {
    "AK-I": "AK I – Nachwuchs und Ehrenamt im Verein",
    "AK-II": "AK II – Herkunftssprachen und Mehrsprachigkeit in Familie und Schule",
    "AK-III": "AK III – Vereinsfinanzen, Förderanträge und Gemeinnützigkeit",
    "AK-IV": "AK IV – Älter werden in Hagen: Pflege und Gesundheit der ersten Generation",
}


def confirmation(salutation, ak, persons):
    """The confirmation mailbot sent (quoted in replies and returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Vereinstag 2027 am Samstag, 17. April 2027,
10:00 bis 16:30 Uhr, im Bürgerhaus Wehringhausen, Lange Straße 20,
58089 Hagen.

Wir haben Sie für folgenden Arbeitskreis eingetragen:
{AK_LINE[ak]}

Angemeldete Personen: {persons}

Möchten Sie den Arbeitskreis wechseln oder absagen? Antworten Sie einfach
auf diese E-Mail.

Mit freundlichen Grüßen
Vereinstag 2027
Kommunales Integrationszentrum Hagen"""


def reminder(salutation, ak, persons):
    """The 7-day reminder mailbot sent on 10 April 2027."""
    return f"""Guten Tag {salutation},

in einer Woche ist es so weit: Der Vereinstag 2027 findet am Samstag,
17. April 2027, von 10:00 bis 16:30 Uhr im Bürgerhaus Wehringhausen,
Lange Straße 20, 58089 Hagen, statt.

Ihre Anmeldung:
{AK_LINE[ak]}
Angemeldete Personen: {persons}

Falls Sie doch nicht kommen können, antworten Sie bitte kurz auf diese
E-Mail, damit wir Ihren Platz weitergeben können.

Mit freundlichen Grüßen
Vereinstag 2027
Kommunales Integrationszentrum Hagen"""


def confirmation_message(to, salutation, ak, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_VT
    m["To"] = to
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(salutation, ak, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


# ---------------------------------------------------------------------------
# HTML the mail clients write
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
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}}
span.E-MailFormatvorlage18
	{{mso-style-type:personal-reply;
	font-family:"Calibri",sans-serif;
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
<body lang={lang} link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
"""

DE_LABELS = ("Von", "Gesendet", "An", "Betreff")


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="windows-1252", lang="DE", labels=DE_LABELS):
    """Outlook-style HTML for `text`; quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        l_von, l_ges, l_an, l_bet = labels
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span style='mso-fareast-language:DE'>{esc(l_von)}:</span></b>"
                   f"<span style='mso-fareast-language:DE'> {esc(von)} <br>\n"
                   f"<b>{esc(l_ges)}:</b> {esc(gesendet)}<br>\n"
                   f"<b>{esc(l_an)}:</b> {esc(an)}<br>\n"
                   f"<b>{esc(l_bet)}:</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return (OUTLOOK_HEAD.format(charset=charset, lang=lang) + "\n".join(out)
            + "\n</div>\n</body>\n</html>\n")


def outlook_plain(text, quote=None, labels=DE_LABELS):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    l_von, l_ges, l_an, l_bet = labels
    return (f"{text}\n\n{l_von}: {von}\n{l_ges}: {gesendet}\n{l_an}: {an}\n"
            f"{l_bet}: {betreff}\n\n{quoted}")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def samsung_html(text):
    """Samsung Email: one <div> per line in a dir=auto body."""
    divs = "".join(f"<div dir=\"auto\">{esc(line) if line else '<br>'}</div>"
                   for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
            f"charset=UTF-8\"></head><body>{divs}</body></html>\n")


def gmail_html(text, quote_from=None):
    """Gmail markup; the lines from `quote_from` on go into a gmail_quote blockquote."""
    lines = text.split("\n")
    cut = len(lines) if quote_from is None else quote_from
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in lines[:cut])
    if quote_from is not None:
        attribution = esc(lines[cut])
        quoted = [ln[2:] if ln.startswith("> ") else ln.lstrip(">") for ln in lines[cut + 1:]]
        qhtml = "<br>".join(esc(ln) for ln in quoted)
        inner += (f"<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
                  f"{attribution}<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px "
                  f"0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
                  f"{qhtml}</blockquote></div>")
    return f"<div dir=\"ltr\">{inner}</div>\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def yahoo_html(text):
    inner = "".join(f"<div dir=\"ltr\" data-setdir=\"false\">{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return ("<html><head></head><body><div class=\"yahoo-style-wrap\" style=\"font-family:"
            f"Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;\">{inner}</div></body></html>\n")


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=None):
    """Register a mail.  tz defaults to Berlin local time (CET, CEST from 28 March)."""
    if tz is None:
        naive = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S")
        tz = 2 if naive >= datetime.datetime(2027, 3, 28, 3, 0) else 1

    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Bilingual Turkish/German out-of-office (Auto-Submitted: auto-replied)
# answering the invitation mailing itself; all four AKs are quoted nowhere.

@mail("ozdemir-izin-abwesenheit-tr-de", "2027-02-15 10:01:14",
      E("auto_reply"), "tr")
def _(m):
    m.head(("From", "Nurcan Özdemir <n.ozdemir@tdfv-hagen.example>"),
           ("To", TO_VT),
           ("Subject", "Otomatik yanıt / Abwesenheitsnotiz: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<autoreply.1771146074.5521@tdfv-hagen.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-replied"),
           ("X-Autoreply", "yes"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

15 Şubat – 26 Şubat 2027 tarihleri arasında izindeyim ve e-postalarımı
okuyamıyorum. Acil durumlarda lütfen dernek ofisimize yazın:
buero@tdfv-hagen.example

Guten Tag,

ich bin vom 15. bis 26. Februar 2027 im Urlaub und lese meine E-Mails
nicht. In dringenden Fällen schreiben Sie bitte an unser Vereinsbüro:
buero@tdfv-hagen.example

Nurcan Özdemir
Türkisch-Deutscher Frauenverein Hagen e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 002 ---------------------------------------------------------------------
# Turkish registration; Thunderbird reply quoting the whole invitation (all
# four AKs in the quote).  "AK II'ye" (dative with apostrophe), fallback
# "AK I de olur"; the chairman comes along: 2 persons.

KORKMAZ_TEXT = """Merhaba,

davetiniz için çok teşekkür ederiz. Hagen Türk Veliler Birliği olarak
Vereinstag'a katılmak istiyoruz.

Bizi AK II'ye (Herkunftssprachen) yazabilir misiniz? Orada yer kalmazsa
AK I de olur. Derneğimizin başkanı Ahmet Yücel Bey de benimle gelecek,
yani toplam 2 kişiyiz.

Saygılarımla
Hatice Korkmaz
Sekreter
Hagen Türk Veliler Birliği e.V."""


@mail("korkmaz-tr-reply-quoting-invitation", "2027-02-15 13:22:47",
      E("registration", "hatice.korkmaz@veliler-hagen.example", "Hatice Korkmaz",
        "Hagen Türk Veliler Birliği e.V.", ["AK-II", "AK-I"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "Hatice Korkmaz <hatice.korkmaz@veliler-hagen.example>"),
           ("To", TO_VT),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5b0e7c21-93aa-4f0d-8c6e-1d2f3a4b5c6d@veliler-hagen.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(f"""{KORKMAZ_TEXT}

Am 15.02.27 um 10:00 schrieb Vereinstag 2027:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit")


# -- 003 ---------------------------------------------------------------------
# Bosnian from a phone without diacritics ("Postovani", "visejezicnost");
# the account's display name has them ("Emir Hadžić"), the typed signature
# not: the name is the spelling with diacritics.  "sebe i suprugu" = 2,
# "radnu grupu broj 2" (accusative).  Samsung Email multipart/alternative.

HADZIC_TEXT = """Postovani,

prijavljujem sebe i suprugu za radnu grupu broj 2 (maternji jezik i visejezicnost). Nasa djeca idu na dopunsku nastavu bosanskog jezika pa nas ta tema bas zanima.

Ja sam u upravnom odboru, supruga vodi sekciju za zene.

Pozdrav
Emir Hadzic
Bosnjacka kulturna zajednica Hagen e.V.


Poslano sa mog Samsung Galaxy pametnog telefona."""


@mail("hadzic-bs-phone-no-diacritics", "2027-02-15 21:47:05",
      E("registration", "emir.hadzic@mail.example", "Emir Hadžić",
        "Bosnjacka kulturna zajednica Hagen e.V.", ["AK-II"], 2, "bs"), "bs")
def _(m):
    m.head(("From", addr("Emir Hadžić", "emir.hadzic@mail.example", "utf-8", "b")),
           ("To", VT),
           ("Subject", "Prijava za Vereinstag"),
           ("Date", m.date),
           ("Message-ID", "<lk3q7z.t9x2b1m4c8d0@email.android.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(HADZIC_TEXT, samsung_html(HADZIC_TEXT), charset="utf-8",
                  cte="quoted-printable", style="samsung")


# -- 004 ---------------------------------------------------------------------
# German from the secretary of a Serbian Orthodox parish (Outlook, UTF-8):
# a numbered list of three persons (priest, treasurer, herself) -- the list
# numbers are no AKs.  First choice AK IV, second AK I.

STOJANOVIC_TEXT = """Sehr geehrte Frau Petković,
sehr geehrter Herr Demirtaş,

vielen Dank für die Einladung. Für die Serbisch-Orthodoxe Kirchengemeinde Hl. Sava Hagen melde ich folgende Personen zum Vereinstag am 17.04.2027 an:

1. Vater Dragan Ilić, Gemeindepriester
2. Herr Miloš Jovanović, Kassierer des Kirchenvorstands
3. Milica Stojanović (ich selbst), Schriftführerin

Wir möchten gern in den AK IV (Pflege und Gesundheit der ersten Generation), da viele unserer älteren Gemeindemitglieder allein leben. Als Zweitwunsch nennen wir AK I.

Mit freundlichen Grüßen

Milica Stojanović
Schriftführerin
Serbisch-Orthodoxe Kirchengemeinde Hl. Sava Hagen
Eppenhauser Straße 101, 58093 Hagen"""


@mail("stojanovic-de-outlook-parish-three-persons", "2027-02-16 08:10:33",
      E("registration", "m.stojanovic@spc-hagen.example", "Milica Stojanović",
        "Serbisch-Orthodoxe Kirchengemeinde Hl. Sava Hagen", ["AK-IV", "AK-I"], 3, "de"),
      "de", tz=0)
def _(m):
    m.head(("From", addr("Stojanović, Milica", "m.stojanovic@spc-hagen.example", "utf-8", "q")),
           ("To", TO_VT),
           ("Subject", "Anmeldung zum Vereinstag 2027"),
           ("Thread-Topic", "Anmeldung zum Vereinstag 2027"),
           ("Thread-Index", "AdtgQ1x7Rk2pYc4nT0a9uW3e5mBvHg=="),
           ("Date", m.date),
           ("Message-ID", "<AM0PR03MB6210A4F1C2D3E4B5A6C7D8E9F0A1@AM0PR03MB6210.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "de-DE, sr-Latn-RS"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(STOJANOVIC_TEXT), outlook_html(STOJANOVIC_TEXT, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 005 ---------------------------------------------------------------------
# Albanian with ë and ç; "grupin e dytë të punës" (accusative ordinal);
# "tre veta" = 3 (writer, chairman, teacher).  The running text has the
# genitive "Shoqatës Kulturore ...", the signature the base form.

GASHI_TEXT = """Përshëndetje,

Ju shkruaj në emër të Shoqatës Kulturore Shqiptare "Iliria" Hagen. Ju falënderojmë për ftesën!

Dëshirojmë të marrim pjesë në grupin e dytë të punës (gjuha amtare dhe shumëgjuhësia), sepse shoqata jonë organizon mësimin plotësues të gjuhës shqipe për fëmijët çdo të shtunë.

Do të vijmë tre veta: unë, kryetari i shoqatës z. Bekim Hoti dhe mësuesja jonë e gjuhës shqipe, znj. Drita Berisha.

Me respekt,
Arben Gashi
Sekretar
Shoqata Kulturore Shqiptare "Iliria" Hagen"""


@mail("gashi-sq-grupi-i-dyte", "2027-02-16 18:30:12",
      E("registration", "arben.gashi@iliria-hagen.example", "Arben Gashi",
        'Shoqata Kulturore Shqiptare "Iliria" Hagen', ["AK-II"], 3, "sq"), "sq")
def _(m):
    m.head(("From", "Arben Gashi <arben.gashi@iliria-hagen.example>"),
           ("To", VT),
           ("Subject", "Regjistrim për Vereinstag 2027"),
           ("Date", m.date),
           ("Message-ID", "<CAJq8mV3x0kP2rT7nYc5ZbG1aH4eLwQ9sD6fU8iO0pE@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(GASHI_TEXT, gmail_html(GASHI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 006 ---------------------------------------------------------------------
# Kurmanji with full diacritics (ç ê î û ş); "koma xebatê ya sêyemîn"
# (third working group); "em du kes in" = 2.  UTF-8 base64 (Gmail).

AYDIN_TEXT = """Silav û rêz,

Navê min Rojda Aydın e, ez di lijneya rêveber a Navenda Çanda Kurdî Hagen de me.

Em dixwazin beşdarî koma xebatê ya sêyemîn bibin (Vereinsfinanzen, Förderanträge). Komeleya me hîn nû ye û gelek pirsên me li ser pere û projeyan hene.

Ez û hevalê min Serhat Tekin, xezînedarê komeleyê, em ê werin. Yanî em du kes in.

Spas û silavên germ
Rojda Aydın
Navenda Çanda Kurdî Hagen e.V."""


@mail("aydin-ku-koma-seyemin", "2027-02-17 20:05:41",
      E("registration", "rojda.aydin@navenda-hagen.example", "Rojda Aydın",
        "Navenda Çanda Kurdî Hagen e.V.", ["AK-III"], 2, "ku"), "ku")
def _(m):
    m.head(("From", "Rojda Aydın <rojda.aydin@navenda-hagen.example>"),
           ("To", VT),
           ("Subject", "Qeydkirin – Vereinstag 2027"),
           ("Date", m.date),
           ("Message-ID", "<CAF7r2nQm8vK0bX4cZp1tLy6wE9hJ3sD5gU2iA7oR0k@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(AYDIN_TEXT, gmail_html(AYDIN_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 007 ---------------------------------------------------------------------
# Macedonian Cyrillic; "првата работна група" (definite ordinal), "двајца"
# = 2; organisation with the article in the text, base form in the signature.

PETROVSKA_TEXT = """Почитувани,

Македонското културно друштво „Гоце Делчев“ од Хаген со задоволство ќе учествува на Vereinstag 2027.

Би сакале да се пријавиме за првата работна група (подмладок и волонтерство), бидејќи имаме фолклорна секција со многу млади луѓе кои сакаме да ги вклучиме и во работата на друштвото.

Ќе дојдеме двајца: јас и претседателот на друштвото, г. Трајче Стојановски.

Со почит,
Весна Петровска
секретар
Македонско културно друштво „Гоце Делчев“ Хаген"""


@mail("petrovska-mk-prvata-rabotna-grupa", "2027-02-18 11:40:09",
      E("registration", "vesna.petrovska@mail.example", "Весна Петровска",
        "Македонско културно друштво „Гоце Делчев“ Хаген", ["AK-I"], 2, "mk"), "mk")
def _(m):
    m.head(("From", addr("Весна Петровска", "vesna.petrovska@mail.example", "utf-8", "b")),
           ("To", VT),
           ("Subject", ew("Пријава за Vereinstag 2027", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1771411209.384117.22@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single(PETROVSKA_TEXT + "\n", charset="utf-8", cte="base64")


# -- 008 ---------------------------------------------------------------------
# Greek, ISO-8859-7: "ομάδα εργασίας ΙΙ" written with two Greek capital iotas
# (a Greek keyboard); "με τη σύζυγό μου" = 2.  The Greek signature beats the
# Latin display name.

PAPADOPOULOS_TEXT = """Αγαπητοί φίλοι,

σας ευχαριστούμε θερμά για την πρόσκληση. Θα ήθελα να δηλώσω τη συμμετοχή μου στην ομάδα εργασίας ΙΙ (Herkunftssprachen), γιατί η κοινότητά μας λειτουργεί ελληνικό σχολείο κάθε Σάββατο.

Θα έρθω μαζί με τη σύζυγό μου, την κα Ελένη Παπαδοπούλου, που διδάσκει στο σχολείο μας. Άρα είμαστε 2 άτομα.

Με φιλικούς χαιρετισμούς
Νικόλαος Παπαδόπουλος
Πρόεδρος
Ελληνική Κοινότητα Χάγκεν"""


@mail("papadopoulos-el-greek-iota-numeral", "2027-02-19 08:55:27",
      E("registration", "n.papadopoulos@ekh-hagen.example", "Νικόλαος Παπαδόπουλος",
        "Ελληνική Κοινότητα Χάγκεν", ["AK-II"], 2, "el"), "el")
def _(m):
    m.head(("From", "Nikolaos Papadopoulos <n.papadopoulos@ekh-hagen.example>"),
           ("To", TO_VT),
           ("Subject", ew("Συμμετοχή στο Vereinstag 2027", "iso-8859-7", "q")),
           ("Date", m.date),
           ("Message-ID", "<b71c2e90-4f3d-4a8b-9e1c-6d5f4a3b2c10@ekh-hagen.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "el"),
           ("MIME-Version", "1.0"))
    m.single(PAPADOPOULOS_TEXT + "\n", charset="iso-8859-7", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Turkish typed on an iPhone without Turkish letters ("calisma grubuna",
# "kisi"); "3. calisma grubuna" (ordinal + dative); "4 kisi ... ben dahil".
# The name and organisation only ever appear without diacritics.

@mail("dogan-tr-iphone-no-diacritics", "2027-02-20 14:12:50",
      E("registration", "alirizadogan58@mail.example", "Ali Riza Dogan",
        "Iserlohn Alevi Kultur Merkezi", ["AK-III"], 4, "tr"), "tr")
def _(m):
    m.head(("From", "Ali Riza Dogan <alirizadogan58@mail.example>"),
           ("To", VT),
           ("Subject", "Vereinstag kayit"),
           ("Date", m.date),
           ("Message-ID", "<8F1D3A2C-6B4E-4C7A-9D0E-2F5A8B1C3E7D@mail.example>"),
           ("X-Mailer", "iPhone Mail (21D61)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single("""Merhaba,

Iserlohn Alevi Kultur Merkezi olarak 3. calisma grubuna katilmak istiyoruz (Vereinsfinanzen). Yonetim kurulundan 4 kisi gelecegiz, ben dahil.

Saygilar
Ali Riza Dogan

iPhone’umdan gönderildi
""", charset="utf-8", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# German carrying the sentences, with a Turkish sentence inserted; she
# registers herself and her father (a board member): 2.  The association
# is given in brackets.  Apple Mail on iPhone, emoji.

SAHIN_TEXT = """Hallo liebes Vereinstag-Team,

ich möchte mich und meinen Vater für den AK IV anmelden. Babam emekli ve Pflege konusu tam ona göre 😊 Er ist seit Jahren im Vorstand bei uns im Kulturverein (Türkisch-Islamischer Kulturverein Hohenlimburg e.V.) und kümmert sich viel um die älteren Mitglieder.

Wir sind also zu zweit. Falls es vor Ort eine Übersetzung ins Türkische gibt, wäre das super, ansonsten übersetze ich für ihn.

Liebe Grüße / sevgiler
İlayda Şahin"""


@mail("sahin-de-with-turkish-father", "2027-02-21 19:30:18",
      E("registration", "ilayda.sahin@mail.example", "İlayda Şahin",
        "Türkisch-Islamischer Kulturverein Hohenlimburg e.V.", ["AK-IV"], 2, "de"), "de")
def _(m):
    m.head(("From", "İlayda Şahin <ilayda.sahin@mail.example>"),
           ("To", VT),
           ("Subject", "Anmeldung Vereinstag – AK IV"),
           ("Date", m.date),
           ("Message-ID", "<C3A9E1F7-2D4B-4E8A-B6C0-7F1D9A2E5B34@mail.example>"),
           ("X-Mailer", "iPhone Mail (21E236)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.alternative(SAHIN_TEXT, apple_html(SAHIN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 011 ---------------------------------------------------------------------
# Zazaki (Kırmancki/Dimilki) with German workgroup words: "grûba hîrêyine"
# (the third group), "ma dı kesî yenê" (we come as two).  Labelled "ku"
# (see README: ISO 639-1 has no code for Zazaki).

@mail("polat-zazaki-gruba-hireyine", "2027-02-22 10:05:44",
      E("registration", "hesen.polat@mail.example", "Hesen Polat",
        "Dersim Kulturverein Hagen e.V.", ["AK-III"], 2, "ku"), "zza")
def _(m):
    m.head(("From", "Hesen Polat <hesen.polat@mail.example>"),
           ("To", VT),
           ("Subject", "Qeyd – Vereinstag 2027"),
           ("Date", m.date),
           ("Message-ID", "<CAH2k9pX7w3nQ0mB5vR8cT1yZ4sL6jF2dG9hE0aU3oK@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Sılam,

nameyê mı Hesen Polat o. Ez Dersim Kulturverein Hagen de endamê heyetê idareyî ya.

Ma wazenê ke beşdarê grûba hîrêyine bıbê (Vereinsfinanzen u Förderanträge). Komeleya ma newe ya u ma wazenê ke derheqê fonan u proceyan de çiyê bımusê.

Ma dı kesî yenê: ez u serekê komeleya ma, Cemal Doğan.

Berxudar bê, weş bımanê!
Hesen Polat
Dersim Kulturverein Hagen e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Croatian: "radnu skupinu IV." (Roman numeral with the ordinal dot);
# "dolazim sama" = 1; a colleague who may register later is not counted.

KOVACEVIC_TEXT = """Poštovani,

ovim putem se prijavljujem za Vereinstag 2027, i to za radnu skupinu IV. (Pflege und Gesundheit). U našoj udruzi imamo sve više starijih članova kojima treba pomoć, pa me ta tema posebno zanima.

Za sada dolazim sama. Moguće je da će se kasnije javiti još jedna kolegica iz udruge, ona će se onda sama prijaviti.

Srdačan pozdrav,
Marija Kovačević
Hrvatska kulturna udruga „Zrinski“ Hagen"""


@mail("kovacevic-hr-radna-skupina-iv", "2027-02-23 17:44:02",
      E("registration", "marija.kovacevic@hku-zrinski.example", "Marija Kovačević",
        "Hrvatska kulturna udruga „Zrinski“ Hagen", ["AK-IV"], 1, "hr"), "hr")
def _(m):
    m.head(("From", "Marija Kovačević <marija.kovacevic@hku-zrinski.example>"),
           ("To", VT),
           ("Subject", "Prijava – radna skupina IV."),
           ("Date", m.date),
           ("Message-ID", "<CAM5t0rV1q8zN3xB6wK9cY2pL4hJ7sD0fG5uE8iA1oQ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KOVACEVIC_TEXT, gmail_html(KOVACEVIC_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 013 ---------------------------------------------------------------------
# Other: a caterer's unsolicited offer for the event ("100 Personen" is no
# registration).  German, multipart/alternative.

CATERING_TEXT = """Sehr geehrte Damen und Herren,

wir haben gelesen, dass Sie am 17. April 2027 den Vereinstag im Bürgerhaus Wehringhausen ausrichten. Gern machen wir Ihnen ein Angebot für das Catering:

- Burek und Börek (Käse, Spinat, Hackfleisch)
- Ćevapi mit Ajvar und Lepinja
- Baklava und Tulumba
- Getränke inkl. türkischem Tee und bosnischem Kaffee

Für 100 Personen ab 14,50 € pro Person, Lieferung und Aufbau inklusive. Ein ausführliches Angebot senden wir Ihnen gern zu.

Mit freundlichen Grüßen
Edin Mujkić
Balkan Catering Hagen
Tel. 02331 9 87 65 43
www.balkan-catering-hagen.example"""


@mail("balkan-catering-offer", "2027-02-24 07:30:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Balkan Catering Hagen <info@balkan-catering-hagen.example>"),
           ("To", VT),
           ("Subject", "Catering für Ihren Vereinstag am 17. April – Burek, Börek & mehr"),
           ("Date", m.date),
           ("Message-ID", "<20270224073000.4f2a9c@balkan-catering-hagen.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(CATERING_TEXT, div_html(CATERING_TEXT, "font-family: Arial; font-size: 10pt;"),
                  charset="utf-8", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# German with a Romani greeting and thanks ("Lačho dive", "Najis tumenge");
# "Arbeitskreis 2"; a dashed list of four persons, "zu viert".  ISO-8859-2.
# Display name without diacritics, signature with them.

@mail("jasarovic-de-romani-greeting-zu-viert", "2027-02-25 12:30:36",
      E("registration", "sabina.jasarovic@web.example", "Sabina Jašarović",
        "Roma Kulturverein Phralipe Hagen e.V.", ["AK-II"], 4, "de"), "de")
def _(m):
    m.head(("From", "Sabina Jasarovic <sabina.jasarovic@web.example>"),
           ("To", VT),
           ("Subject", "Anmeldung Vereinstag Roma Kulturverein"),
           ("Date", m.date),
           ("Message-ID", "<trinity-7d2e1f4a-9c3b-4a6e-b8d0-5f1e2a3c4b6d-1772019036@msvc-mesg-web002>"),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    m.single("""Lačho dive! Guten Tag,

hiermit melden wir uns vom Roma Kulturverein Phralipe Hagen für den Arbeitskreis 2 an. Das Thema Herkunftssprachen ist für uns sehr wichtig - bei uns ist es Romanes, und dafür gibt es an den Schulen in Hagen bisher fast nichts.

Mitkommen werden:
- unsere Vorsitzende Elvira Mustafa
- ihr Mann Bajram Mustafa (Kassenwart)
- mein Neffe Denis, der unsere Jugendgruppe leitet
- und ich

Also sind wir zu viert.

Najis tumenge!
Sabina Jašarović
Roma Kulturverein Phralipe Hagen e.V.
""", charset="iso-8859-2", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Turkish chairman, Outlook, windows-1254: "Birinci tercihimiz Arbeitskreis I,
# ikinci tercihimiz Arbeitskreis III"; "iki arkadaşım ve ben ... üç kişi";
# a board member in Cc.

OZTURK_TEXT = """Sayın Yetkililer,

Hagen Türk Kültür Derneği adına 17 Nisan 2027 tarihindeki Vereinstag'a katılmak istiyoruz.

Birinci tercihimiz Arbeitskreis I (Nachwuchs und Ehrenamt), ikinci tercihimiz Arbeitskreis III. Gençlerimizi derneğe nasıl kazanacağımız bizim için şu an en önemli konu.

Yönetim kurulundan iki arkadaşım ve ben olmak üzere toplam üç kişi katılacağız.

Saygılarımla

Kemal Öztürk
Yönetim Kurulu Başkanı
Hagen Türk Kültür Derneği e.V.
Tel: 02331 / 4 56 78 90"""


@mail("ozturk-tr-outlook-birinci-ikinci-tercih", "2027-02-26 08:00:19",
      E("registration", "kemal.ozturk@htkd-hagen.example", "Kemal Öztürk",
        "Hagen Türk Kültür Derneği e.V.", ["AK-I", "AK-III"], 3, "tr"), "tr", tz=0)
def _(m):
    m.head(("From", addr("Kemal Öztürk", "kemal.ozturk@htkd-hagen.example", "windows-1254", "q")),
           ("To", TO_VT),
           ("Cc", addr("Selim Aksu", "selim.aksu@htkd-hagen.example")),
           ("Subject", ew("Vereinstag 2027 katılım – Hagen Türk Kültür Derneği", "windows-1254", "q")),
           ("Thread-Topic", ew("Vereinstag 2027 katılım – Hagen Türk Kültür Derneği", "windows-1254", "q")),
           ("Thread-Index", "AdtoF2b9Wm4kQz1eP7rN3xV0cY8sLg=="),
           ("Date", m.date),
           ("Message-ID", "<DB7PR05MB4312F0E1D2C3B4A59687A6B5C4D3@DB7PR05MB4312.eurprd05.prod.outlook.example>"),
           ("Accept-Language", "tr-TR, de-DE"),
           ("Content-Language", "tr-TR"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(OZTURK_TEXT),
                  outlook_html(OZTURK_TEXT, charset="windows-1254", lang="TR"),
                  charset="windows-1254", cte="quoted-printable", style="outlook")


# -- 016 ---------------------------------------------------------------------
# Serbian Cyrillic, windows-1251 quoted-printable: "прву радну групу"
# (accusative ordinal), "нас је двоје" = 2; "преко 60 деце" is no party
# size.  Latin display name, Cyrillic signature (the label).

NIKOLIC_TEXT = """Поштовани,

пријављујем се за прву радну групу (подмладак и волонтерски рад у удружењу). Наш КУД има преко 60 деце и омладине у фолклорним групама, али нам недостају млади људи у управи.

Са мном долази и председник нашег удружења, Горан Марковић, тако да нас је двоје.

Срдачан поздрав,
Јелена Николић
Српско културно-уметничко друштво „Коло“ Лиденшајд"""


@mail("nikolic-sr-cyrillic-prvu-radnu-grupu", "2027-02-27 16:20:55",
      E("registration", "jelena.nikolic@kud-kolo.example", "Јелена Николић",
        "Српско културно-уметничко друштво „Коло“ Лиденшајд", ["AK-I"], 2, "sr"), "sr")
def _(m):
    m.head(("From", "Jelena Nikolic <jelena.nikolic@kud-kolo.example>"),
           ("To", VT),
           ("Subject", ew("Пријава за Vereinstag", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1772205655.77310.1204@webmail.kud-kolo.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single(NIKOLIC_TEXT + "\n", charset="windows-1251", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Kurmanji from a phone, diacritics dropped ("ji" for "jî", "xwiska" for
# "xwişka"); "koma 2 ... eger cih tune be koma 1" = first and second choice;
# "Em 3 kes in".  Display name only "Berivan"; the signature has the full
# name; organisation in the text with "li Gevelsberge", base form signed.

@mail("yilmaz-ku-phone-koma-2-an-1", "2027-03-01 08:45:31",
      E("registration", "berivan.jinen@mail.example", "Berivan Yilmaz",
        "Komeleya Jinen Kurd Gevelsberg", ["AK-II", "AK-I"], 3, "ku"), "ku")
def _(m):
    m.head(("From", "Berivan <berivan.jinen@mail.example>"),
           ("To", VT),
           ("Subject", "qeydkirin"),
           ("Date", m.date),
           ("Message-ID", "<CAB4x1mT9o2qV7nZ0cK3rW6yP8sH1jD4fL5gE2uA9iN@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Silav,

ez Berivan im ji Komeleya Jinen Kurd li Gevelsberge. Em dixwazin tevli koma 2 bibin, eger cih tune be koma 1 ji dibe.

Em 3 kes in: ez, xwiska min u diya min.

Spas
Berivan Yilmaz
Komeleya Jinen Kurd Gevelsberg
""", charset="utf-8", cte="7bit")


# -- 018 ---------------------------------------------------------------------
# Bosnian question: childcare decides whether she comes; "prijavit ću se
# naknadno za radnu grupu II" announces a later registration -> question.

KARIC_TEXT = """Dobar dan,

zanima me da li će na Vereinstagu biti čuvanje djece i do koje dobi. Ja bih došla sa kćerkom (4 godine), ali samo ako neko može čuvati djecu za vrijeme radnih grupa.

Ako je to moguće, prijavit ću se naknadno za radnu grupu II.

Hvala unaprijed i lijep pozdrav,
Lejla Karić
Udruženje bosanskohercegovačkih žena Hagen"""


@mail("karic-bs-question-childcare", "2027-03-01 19:10:07",
      E("question", "lejla.karic@mail.example", "Lejla Karić",
        "Udruženje bosanskohercegovačkih žena Hagen", [], None, "bs"), "bs")
def _(m):
    m.head(("From", "Lejla Karić <lejla.karic@mail.example>"),
           ("To", VT),
           ("Subject", "Pitanje – čuvanje djece na Vereinstagu"),
           ("Date", m.date),
           ("Message-ID", "<CAL0s3nW5r8tX1mA4vB7cQ2zK9yH6jF3dP0gE5uO8iR@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KARIC_TEXT, gmail_html(KARIC_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 019 ---------------------------------------------------------------------
# Bosnian from the mosque community's shared mailbox; Outlook HTML only,
# windows-1250.  Three persons listed (imam, chairman, the secretary);
# "radnu grupu III, a kao drugi izbor radnu grupu I".  The text has the
# genitive "Džemata Hagen", display name and signature "Džemat Hagen".

BEGIC_TEXT = """Es-selamu alejkum, poštovani,

u ime Džemata Hagen prijavljujemo tri osobe za Vereinstag 2027:

- efendija Senad Mujić, imam džemata
- Haris Begić, predsjednik džemata
- Amra Begić, sekretarka (ja)

Željeli bismo u radnu grupu III (Vereinsfinanzen), a kao drugi izbor radnu grupu I.

Potvrdu molim pošaljite na ovu adresu.

S poštovanjem,
Amra Begić
sekretarka
Džemat Hagen"""


@mail("begic-bs-dzemat-outlook-html-only", "2027-03-02 12:10:48",
      E("registration", "info@dzemat-hagen.example", "Amra Begić", "Džemat Hagen",
        ["AK-III", "AK-I"], 3, "bs"), "bs", tz=0)
def _(m):
    m.head(("From", addr("Džemat Hagen", "info@dzemat-hagen.example", "windows-1250", "q")),
           ("To", TO_VT),
           ("Subject", ew("Prijava – Vereinstag 2027 (Džemat Hagen)", "windows-1250", "q")),
           ("Thread-Topic", ew("Prijava – Vereinstag 2027 (Džemat Hagen)", "windows-1250", "q")),
           ("Thread-Index", "AdtrA9c1Yx5mN2pK8qT0vR4wB7eZ3g=="),
           ("Date", m.date),
           ("Message-ID", "<VI1PR08MB3377B2C1D0E9F8A7B6C5D4E3F2A1@VI1PR08MB3377.eurprd08.prod.outlook.example>"),
           ("Accept-Language", "bs-Latn-BA, de-DE"),
           ("Content-Language", "bs-Latn-BA"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(BEGIC_TEXT, charset="windows-1250", lang="BS-LATN-BA"),
             subtype="html", charset="windows-1250", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Turkish registration with a question (lift); the first choice only
# paraphrased ("bakım ve sağlık konusundaki çalışma grubu ... AK IV
# sanırım"), fallback "II numaralı grup"; "Yalnız geleceğim" = 1.
# Gmail, UTF-8 base64.

AKTAS_TEXT = """İyi günler,

Vereinstag'a katılmak istiyorum. Bakım ve sağlık konusundaki çalışma grubuna (AK IV sanırım) yazılmak istiyorum, orası doluysa II numaralı grup da olur.

Bir de sorum var: Bürgerhaus'ta asansör var mı? Dizimden ameliyat oldum, merdiven çıkmakta zorlanıyorum.

Yalnız geleceğim.

Teşekkürler, iyi çalışmalar
Gülseren Aktaş"""


@mail("aktas-tr-registration-plus-question", "2027-03-03 19:55:26",
      E("registration", "gulseren.aktas@mail.example", "Gülseren Aktaş", None,
        ["AK-IV", "AK-II"], 1, "tr"), "tr")
def _(m):
    m.head(("From", "Gülseren Aktaş <gulseren.aktas@mail.example>"),
           ("To", VT),
           ("Subject", "Vereinstag'a kayıt + bir soru"),
           ("Date", m.date),
           ("Message-ID", "<CAP9v6mQ2x5nT8kB1wR4cZ7yL0sJ3hD6fG2uE9aO5iM@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(AKTAS_TEXT, gmail_html(AKTAS_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 021 ---------------------------------------------------------------------
# The office of a Kurdish community centre registers its chairman, who comes
# alone; the writer does not come.  The confirmation is to go to his own
# address, named in the text.  Outlook, windows-1252.

EKINCI_TEXT = """Sehr geehrte Damen und Herren,

hiermit melde ich unseren Vorsitzenden, Herrn Hüseyin Ekinci, zum Vereinstag am 17. April an. Er möchte in den Arbeitskreis III (Vereinsfinanzen, Förderanträge und Gemeinnützigkeit) und kommt allein; ich selbst kann an dem Tag leider nicht.

Bitte schicken Sie die Bestätigung direkt an ihn: h.ekinci@malakurda-hagen.example

Mit freundlichen Grüßen
Leyla Arslan
Büro

Mala Kurda Hagen e.V.
Bergstraße 40, 58095 Hagen"""


@mail("malakurda-office-registers-chairman", "2027-03-04 09:30:14",
      E("registration", "h.ekinci@malakurda-hagen.example", "Hüseyin Ekinci",
        "Mala Kurda Hagen e.V.", ["AK-III"], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Mala Kurda Hagen e.V." <buero@malakurda-hagen.example>'),
           ("To", TO_VT),
           ("Subject", "Anmeldung unseres Vorsitzenden zum Vereinstag"),
           ("Thread-Topic", "Anmeldung unseres Vorsitzenden zum Vereinstag"),
           ("Thread-Index", "AdtsC4e8Pq1wZ6nV3mK0tY9rB2xL5g=="),
           ("Date", m.date),
           ("Message-ID", "<PA4PR02MB7788C1B2A3D4E5F60718293A4B5C@PA4PR02MB7788.eurprd02.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(EKINCI_TEXT), outlook_html(EKINCI_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 022 ---------------------------------------------------------------------
# Postfix bounce: the confirmation to the chairman's address named in 021
# was rejected by the remote server (user unknown).  multipart/report with
# the returned confirmation (AK III, 1 person).

EKINCI_RCPT = "h.ekinci@malakurda-hagen.example"


@mail("postfix-bounce-user-unknown", "2027-03-04 10:31:40",
      E("bounce", bounced=EKINCI_RCPT), "en")
def _(m):
    m.head(("From", "MAILER-DAEMON@mail.hagen.example (Mail Delivery System)"),
           ("To", VT),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270304093140.2C7F31A0B4@mail.hagen.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.hagen.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{EKINCI_RCPT}>: host mx.malakurda-hagen.example[198.51.100.41]
    said: 550 5.1.1 <{EKINCI_RCPT}>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.hagen.example"),
         ("X-Postfix-Queue-ID", "2C7F31A0B4"),
         ("X-Postfix-Sender", f"rfc822; {VT}"),
         ("Arrival-Date", "Thu,  4 Mar 2027 10:31:37 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {EKINCI_RCPT}"),
         ("Original-Recipient", f"rfc822;{EKINCI_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx.malakurda-hagen.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{EKINCI_RCPT}>: Recipient address\n"
                             "    rejected: User unknown in virtual mailbox table")])
    original = confirmation_message(
        f"Hüseyin Ekinci <{EKINCI_RCPT}>", "Herr Ekinci", "AK-III", 1,
        "Thu, 04 Mar 2027 10:31:37 +0100", "<mailbot.20270304103137.9c2e@hagen.example>",
        "<PA4PR02MB7788C1B2A3D4E5F60718293A4B5C@PA4PR02MB7788.eurprd02.prod.outlook.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 023 ---------------------------------------------------------------------
# Macedonian in Latin letters from a phone ("ke dojdeme trojca" = 3,
# "rabotna grupa 4"); the display name is Cyrillic, the signature Latin (the
# label).  The father's "clen na upravniot odbor" is a board member.

@mail("trajkovski-mk-latin-phone-trojca", "2027-03-05 22:10:39",
      E("registration", "zoran.trajkovski@mail.example", "Zoran Trajkovski",
        "MKD Ilinden Ludenscheid", ["AK-IV"], 3, "mk"), "mk")
def _(m):
    m.head(("From", addr("Зоран Трајковски", "zoran.trajkovski@mail.example", "utf-8", "b")),
           ("To", VT),
           ("Subject", "Prijava"),
           ("Date", m.date),
           ("Message-ID", "<r8k2p0.w4n7c1x9v3b5@email.android.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Zdravo,

se prijavuvame za rabotna grupa 4 (za starite lica i negata). Ke dojdeme trojca: jas, sopruga mi Snezana i tatko mi Blagoja, koj e clen na upravniot odbor na drustvoto.

Pozdrav,
Zoran Trajkovski
MKD Ilinden Ludenscheid

Sent from my Galaxy
""", charset="utf-8", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Romani (Balkan Romani) question from an association chairman: can they
# bring their children, and may Romani be a topic in AK 2; he will write
# later how many come.  He asks for the answer in German (see README).

@mail("bajrami-romani-question-children", "2027-03-06 11:20:03",
      E("question", "ramiz.bajrami@mail.example", "Ramiz Bajrami",
        'Romano Udruženje "Romano Ilo" Lüdenscheid', [], None, "de"), "rom")
def _(m):
    m.head(("From", "Ramiz Bajrami <ramiz.bajrami@mail.example>"),
           ("To", VT),
           ("Subject", "Pućhipe / Frage Vereinstag"),
           ("Date", m.date),
           ("Message-ID", "<1772792403.552031.3381@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Lačho dive,

mo anav si Ramiz Bajrami, me sem o šerutno katar o Romano Udruženje "Romano Ilo" ano Lüdenscheid. Šunđam kaj kerena o Vereinstag ko 17. april.

Mangav te pučav: šaj li te ava amare čhavorenca? Amen sam but familije, e dada thaj e daja ka aven, ali o čhavore naštik ačhen korkore khere. Si li katar tumen Kinderbetreuung?

Thaj: ko Arbeitskreis 2 šaj li te vakeras vi pala e romani čhib?

Kana džanav, ka pisinav tumenge kobor džene ka ava.

Najis tumenge,
Ramiz Bajrami
Romano Udruženje "Romano Ilo" Lüdenscheid

Bitte Antwort auf Deutsch, meine Tochter liest mit. Danke!
""", charset="utf-8", cte="8bit")


# -- 025 ---------------------------------------------------------------------
# Greek in Latin letters (Greeklish) from an iPhone, us-ascii: "omada
# ergasias 3", "Erxomaste 2 atoma".  Signed only "Giorgos K.": the name is
# the display name.

@mail("karagiannis-greeklish-omada-3", "2027-03-08 11:11:58",
      E("registration", "g.karagiannis@mail.example", "Giorgos Karagiannis",
        'Syllogos Pontion Iserlohn "Oi Akrites"', ["AK-III"], 2, "el"), "el")
def _(m):
    m.head(("From", "Giorgos Karagiannis <g.karagiannis@mail.example>"),
           ("To", VT),
           ("Subject", "Symmetoxh Vereinstag"),
           ("Date", m.date),
           ("Message-ID", "<4E7B2D1A-9C3F-4B8E-A6D0-1F5C2E8A7B39@mail.example>"),
           ("X-Mailer", "iPhone Mail (21D61)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single("""Geia sas,

tha ithela na dhlwsw symmetoxh gia thn omada ergasias 3 (Vereinsfinanzen). Erxomaste 2 atoma, egw kai o pateras mou o opoios einai tamias ston syllogo mas.

Syllogos Pontion Iserlohn "Oi Akrites"

Eyxaristw poly
Giorgos K.

Sent from my iPhone
""", charset="us-ascii", cte="7bit")


# -- 026 ---------------------------------------------------------------------
# Change of party size only (2 -> 4, two more board members); the AK stays:
# workgroups [].  Outlook reply quoting the confirmation (AK IV, 2) below a
# Von/Gesendet block.

GEORGIOU_TEXT = """Sehr geehrte Damen und Herren,

kurze Änderung zu unserer Anmeldung: Es kommen noch zwei weitere Vorstandsmitglieder mit, Herr Kostas Nikolaidis und Frau Sofia Michailidou. Wir wären dann insgesamt 4 Personen. Der Arbeitskreis bleibt gleich.

Vielen Dank und freundliche Grüße
Eleni Georgiou
Griechische Gemeinde Lüdenscheid e.V."""


@mail("georgiou-de-change-party-size", "2027-03-09 08:40:21",
      E("change", "eleni.georgiou@gg-luedenscheid.example", "Eleni Georgiou",
        "Griechische Gemeinde Lüdenscheid e.V.", [], 4, "de"), "de", tz=0)
def _(m):
    conf_id = "<mailbot.20270218151207.4b1d@hagen.example>"
    m.head(("From", "Eleni Georgiou <eleni.georgiou@gg-luedenscheid.example>"),
           ("To", TO_VT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbgiJd5s2Vq0PZ8kW3nR7yT1xM4gAB9cQo"),
           ("Date", m.date),
           ("Message-ID", "<AS8PR01MB9090E4D3C2B1A0F9E8D7C6B5A493@AS8PR01MB9090.eurprd01.prod.outlook.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("Accept-Language", "de-DE, el-GR"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_VT, "Donnerstag, 18. Februar 2027 15:12",
             "Eleni Georgiou <eleni.georgiou@gg-luedenscheid.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Georgiou", "AK-IV", 2))
    m.alternative(outlook_plain(GEORGIOU_TEXT, quote), outlook_html(GEORGIOU_TEXT, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 027 ---------------------------------------------------------------------
# German with Croatian inserted ("ja, mama i tata", "mama je blagajnica");
# the AK only named by its topic ("Nachwuchs und Ehrenamt"); "zu dritt".
# Apple Mail, emoji.

KOVAC_TEXT = """Hallo zusammen,

ich bin Ivana vom HKUD Matija Gubec Hagen (kroatischer Kultur- und Folkloreverein). Wir würden gerne in den Arbeitskreis zum Thema Nachwuchs und Ehrenamt kommen – bei uns tanzen viele Jugendliche, aber in den Vorstand will keiner 😅

Wir kommen zu dritt: ja, mama i tata – die beiden sind seit über 30 Jahren im Vorstand, mama je blagajnica, tata predsjednik.

Lijepi pozdrav / liebe Grüße
Ivana Kovač
HKUD Matija Gubec Hagen e.V."""


@mail("kovac-de-croatian-mama-i-tata", "2027-03-10 15:40:17",
      E("registration", "ivana.kovac@matija-gubec.example", "Ivana Kovač",
        "HKUD Matija Gubec Hagen e.V.", ["AK-I"], 3, "de"), "de")
def _(m):
    m.head(("From", "Ivana Kovač <ivana.kovac@matija-gubec.example>"),
           ("To", VT),
           ("Subject", "Anmeldung zum Vereinstag"),
           ("Date", m.date),
           ("Message-ID", "<6A2F8C1E-3B7D-4E9A-8C5F-0D4B1E7A2C96@matija-gubec.example>"),
           ("X-Mailer", "Apple Mail (2.3774.300.61.1.2)"),
           ("MIME-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.300.61.1.2\\))"))
    m.alternative(KOVAC_TEXT, apple_html(KOVAC_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 028 ---------------------------------------------------------------------
# Albanian from the women's association's shared mailbox with the vice-
# chair's personal Reply-To (and the wish to confirm there); "grupin e
# katërt të punës", "unë bashkë me tri gra" = 4.

@mail("hoxha-sq-shared-mailbox-reply-to", "2027-03-12 09:25:50",
      E("registration", "mimoza.hoxha@mail.example", "Mimoza Hoxha",
        "Shoqata e Grave Shqiptare Hagen", ["AK-IV"], 4, "sq"), "sq")
def _(m):
    m.head(("From", "Shoqata e Grave Shqiptare Hagen <info@grate-shqiptare-hagen.example>"),
           ("Reply-To", "Mimoza Hoxha <mimoza.hoxha@mail.example>"),
           ("To", VT),
           ("Subject", "Regjistrim – grupi i katërt i punës"),
           ("Date", m.date),
           ("Message-ID", "<0f3e9a21-6c4b-4d8e-b7a1-2e5d8c1f4a90@grate-shqiptare-hagen.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "sq"),
           ("MIME-Version", "1.0"))
    m.single("""Të nderuar organizatorë,

ju lutem regjistroni katër anëtare të shoqatës sonë për grupin e katërt të punës (Pflege und Gesundheit). Shumë nga gratë tona kujdesen në shtëpi për prindërit e moshuar dhe kanë nevojë për informacion.

Do të vij unë bashkë me tri gra nga kryesia e shoqatës: Fatime Rexha, Shpresa Kelmendi dhe Vjollca Rama.

Konfirmimin ju lutem ma dërgoni në adresën time personale, sepse këtë adresë të shoqatës e lexojmë rrallë.

Me respekt,
Mimoza Hoxha
Nënkryetare
Shoqata e Grave Shqiptare Hagen
""", charset="utf-8", cte="8bit")


# -- 029 ---------------------------------------------------------------------
# Turkish change: "AK II yerine AK IV'e" (the old AK is named too); the
# Thunderbird quote of the confirmation (AK II, 1 person) is in German.

@mail("yavuz-tr-change-ak-ii-yerine-iv", "2027-03-13 08:30:44",
      E("change", "cengiz.yavuz@mail.example", "Cengiz Yavuz", None,
        ["AK-IV"], None, "tr"), "tr")
def _(m):
    conf_id = "<mailbot.20270220110214.7e3a@hagen.example>"
    m.head(("From", "Cengiz Yavuz <cengiz.yavuz@mail.example>"),
           ("To", TO_VT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<2d9c4e7a-81f0-4b3e-a5c6-9e0f1d2b3a47@mail.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

AK II yerine AK IV'e geçmek istiyorum, annem kısa süre önce bakıma muhtaç
oldu ve bu konuda bilgi almak istiyorum. Mümkünse değişikliği yapar
mısınız?

Teşekkürler
Cengiz Yavuz

20.02.2027 11:02 tarihinde Vereinstag 2027 yazdı:
{gt_quote(confirmation("Herr Yavuz", "AK-II", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# Turkish note above a twice-forwarded invitation (Gmail, Turkish
# interface): "Arbeitskreis 1'e 2 kişi"; the forwarded invitation lists all
# four AKs and the federation's note.

KARA_TEXT = f"""Merhaba,

bu daveti Federasyon'dan aldık. Dernek olarak biz de katılmak istiyoruz: Arbeitskreis 1'e 2 kişi, ben ve gençlik kolu başkanımız Deniz Aslan.

Saygılar
Yusuf Kara
Anadolu Alevi Kültür Derneği Schwelm

---------- Forwarded message ---------
Gönderen: Alevitische Föderation NRW <info@alevi-federasyon-nrw.example>
Date: 1 Mar 2027 Pzt 09:14
Subject: Fwd: {INVITATION_SUBJECT}
To: <vereine@alevi-federasyon-nrw.example>


Sevgili canlar,
Hagen'deki Vereinstag davetini aşağıda iletiyoruz. İlgilenen dernekler doğrudan vereinstag@hagen.example adresine yazabilir.
Federasyon Sekreterliği

---------- Forwarded message ---------
Von: Vereinstag 2027 <{VT}>
Date: Mo., 15. Feb. 2027 um 10:00 Uhr
Subject: {INVITATION_SUBJECT}
To: <vereinstag-verteiler@hagen.example>


{INVITATION}"""


@mail("kara-tr-forwarded-invitation", "2027-03-15 18:05:29",
      E("registration", "yusuf.kara@cemevi-schwelm.example", "Yusuf Kara",
        "Anadolu Alevi Kültür Derneği Schwelm", ["AK-I"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "Yusuf Kara <yusuf.kara@cemevi-schwelm.example>"),
           ("To", VT),
           ("Subject", "Fwd: Fwd: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAD3q7nR0w4mX8tB2vK5cZ1yP9sL6jH3fG0uE7aI4oW@mail.gmail.example>"),
           ("References", INVITATION_ID + "\n <CAFed1nV8q2mT5xB0wR3cY7zK4sL9hJ1dG6uE2aO8iP@mail.gmail.example>"),
           ("In-Reply-To", "<CAFed1nV8q2mT5xB0wR3cY7zK4sL9hJ1dG6uE2aO8iP@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KARA_TEXT, gmail_html(KARA_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 031 ---------------------------------------------------------------------
# Other: a German/Kurmanji newsletter of another association about its
# Newroz festival, with its own "Anmeldung" for groups "ab 5 Personen".
# List headers, Precedence: bulk.

NEWROZ_TEXT = """Newroz pîroz be! Frohes Newroz!

Liebe Freundinnen und Freunde,

am Samstag, 20. März 2027, feiern wir Newroz im Kulturzentrum in Bochum – mit Musik, Dengbêj, Volkstanz und Essen. Einlass ist um 15:00 Uhr.

Anmeldung für Gruppen ab 5 Personen bitte bis 18. März über unser Formular: https://kkz-ruhr.example/newroz

Hevalên delal,
em ê roja Şemiyê, 20ê Adarê, Newrozê li Bochumê pîroz bikin. Hûn hemû bi xêr werin!

Kurdisches Kulturzentrum Ruhr e.V.
Newsletter abbestellen: https://kkz-ruhr.example/abmelden"""


@mail("kkz-ruhr-newroz-newsletter", "2027-03-16 12:00:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Kurdisches Kulturzentrum Ruhr <newsletter@kkz-ruhr.example>"),
           ("To", VT),
           ("Subject", "Newroz 2027: Einladung zum Fest / Vexwendina Newrozê"),
           ("Date", m.date),
           ("Message-ID", "<newsletter.2027-03.7731@kkz-ruhr.example>"),
           ("List-Id", "Newsletter KKZ Ruhr <newsletter.kkz-ruhr.example>"),
           ("List-Unsubscribe", "<https://kkz-ruhr.example/abmelden>, <mailto:newsletter-leave@kkz-ruhr.example>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(NEWROZ_TEXT, div_html(NEWROZ_TEXT, "font-family: Georgia, serif; font-size: 15px;"),
                  charset="utf-8", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Kurmanji carrying the sentences with German association words
# ("Arbeitskreis IV", "Vorstand", "Pflege û Gesundheit"); "bi diya xwe re",
# "68 salî" is an age, "em 2 kes in".

@mail("kaya-ku-arbeitskreis-iv-with-mother", "2027-03-17 20:40:35",
      E("registration", "dilan.kaya@mail.example", "Dilan Kaya",
        "Mezopotamya Kulturverein Hagen e.V.", ["AK-IV"], 2, "ku"), "ku")
def _(m):
    m.head(("From", "Dilan Kaya <dilan.kaya@mail.example>"),
           ("To", VT),
           ("Subject", "Anmeldung – Arbeitskreis IV"),
           ("Date", m.date),
           ("Message-ID", "<CAE6n2pW9r3mQ7xB1vT4cK8yZ0sL5jD2fH9gU6aO3iX@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Silav,

ez dixwazim xwe ji bo Arbeitskreis IV qeyd bikim (Pflege û Gesundheit). Ez ê bi diya xwe re werim – ew 68 salî ye û di Vorstand a komeleya me de ye. Ew bi xwe jî li malê li bapîrê min dinêre, loma ev mijar ji bo me gelek girîng e.

Yanî em 2 kes in.

Bi silav
Dilan Kaya
Mezopotamya Kulturverein Hagen e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Bosnian change from an iPhone, no diacritics: "u trecu radnu grupu
# umjesto prve" and her son comes too: "bit cemo troje" (2 -> 3).  iOS
# attribution line in Bosnian, quoted confirmation (AK I, 2).

@mail("softic-bs-change-trecu-grupu-troje", "2027-03-18 07:50:12",
      E("change", "nermina.softic@mail.example", "Nermina Softic", None,
        ["AK-III"], 3, "bs"), "bs")
def _(m):
    conf_id = "<mailbot.20270222091402.1f6b@hagen.example>"
    m.head(("From", "Nermina Softic <nermina.softic@mail.example>"),
           ("To", TO_VT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<9B3E1C7A-5D2F-4A8B-9E6C-3F0A7D1B4E28@mail.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("X-Mailer", "iPhone Mail (21E236)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single(f"""Dobar dan,

molim vas da nas prebacite u trecu radnu grupu umjesto prve. I dolazi jos moj sin (on je blagajnik u udruzenju), znaci bit cemo troje.

Hvala puno
Nermina

Poslano sa mog iPhonea

> Dana 22. 2. 2027., u 09:14, Vereinstag 2027 <{VT}> je napisao/la:
>
{gt_quote(confirmation("Frau Softic", "AK-I", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# German registration without an AK choice ("vor Ort entscheiden"), alone.
# GMX, ISO-8859-1.  The text has the genitive "der Griechisch-Deutschen
# Gesellschaft Hagen", the signature the base form.

@mail("papadakis-de-no-ak-yet", "2027-03-19 11:50:46",
      E("registration", "d.papadakis@gmx.example", "Dimitrios Papadakis",
        "Griechisch-Deutsche Gesellschaft Hagen e.V.", [], 1, "de"), "de")
def _(m):
    m.head(("From", "Dimitrios Papadakis <d.papadakis@gmx.example>"),
           ("To", VT),
           ("Subject", "Anmeldung Vereinstag 17.4."),
           ("Date", m.date),
           ("Message-ID", "<trinity-3c8a1e2f-7b4d-4f9a-a2c6-8e1d0b5f3a7c-1773917446@3c-app-gmx-bap33>"),
           ("Importance", "normal"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

hiermit melde ich mich für den Vereinstag am 17. April an. Ich bin im Vorstand der Griechisch-Deutschen Gesellschaft Hagen.

In welchen Arbeitskreis ich gehe, weiß ich noch nicht - ich würde mich gern vor Ort entscheiden, wenn das geht. Ich komme allein.

Viele Grüße
Dimitrios Papadakis
Griechisch-Deutsche Gesellschaft Hagen e.V.
""", charset="iso-8859-1", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Serbian (ekavian) in Latin letters: "drugu radnu grupu", "Dolazimo nas
# troje"; Yahoo display name without diacritics, signature with (label).

MILOSEVIC_TEXT = """Poštovani,

prijavljujem se za drugu radnu grupu (maternji jezik). Dolazimo nas troje: ja, supruga Svetlana i naša učiteljica srpskog jezika iz udruženja, gospođa Ljiljana Perić.

Srdačan pozdrav,
Dragan Milošević
predsednik
Srpsko kulturno društvo „Vuk Karadžić“ Witten"""


@mail("milosevic-sr-latin-drugu-radnu-grupu", "2027-03-22 08:10:23",
      E("registration", "dragan_milosevic@yahoo.example", "Dragan Milošević",
        "Srpsko kulturno društvo „Vuk Karadžić“ Witten", ["AK-II"], 3, "sr"), "sr")
def _(m):
    m.head(("From", "Dragan Milosevic <dragan_milosevic@yahoo.example>"),
           ("To", VT),
           ("Subject", "Prijava - druga radna grupa"),
           ("Date", m.date),
           ("Message-ID", "<1204583771.3310947.1774163423051@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.23187 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.alternative(MILOSEVIC_TEXT, yahoo_html(MILOSEVIC_TEXT), charset="utf-8",
                  cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Kurmanji change in Gmail (German interface): "ji koma yekem derbasî koma
# duyem bikin".  Display name without diacritics, signature with (label).

RONAHI_TEXT = f"""Silav,

ji kerema xwe min ji koma yekem derbasî koma duyem bikin (Herkunftssprachen). Ez li komeleyê dersên kurdî didim zarokan, loma ev kom ji min re baştir e.

Spas dikim
Şêrwan Ronahî

Am Mi., 24. Feb. 2027 um 18:03 Uhr schrieb Vereinstag 2027 <{VT}>:
{gt_quote(confirmation("Herr Ronahi", "AK-I", 1))}"""


@mail("ronahi-ku-change-koma-duyem", "2027-03-23 21:30:57",
      E("change", "serwan.ronahi@mail.example", "Şêrwan Ronahî", None,
        ["AK-II"], None, "ku"), "ku")
def _(m):
    conf_id = "<mailbot.20270224180311.8a0c@hagen.example>"
    m.head(("From", "Serwan Ronahi <serwan.ronahi@mail.example>"),
           ("To", TO_VT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAG8m1qT4w7nV0xB3rK6cZ9yP2sL5jF8dH1gU4aO7iY@mail.gmail.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("MIME-Version", "1.0"))
    cut = RONAHI_TEXT.split("\n").index(next(
        ln for ln in RONAHI_TEXT.split("\n") if ln.startswith("Am Mi.")))
    m.alternative(RONAHI_TEXT, gmail_html(RONAHI_TEXT, quote_from=cut), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 037 ---------------------------------------------------------------------
# Turkish question: an interpreter decides whether she registers herself
# and her mother ("sonra kesin kaydımızı yaparım") -> question.  ISO-8859-9
# 8bit, subject encoded in ISO-8859-9.

@mail("kilic-tr-question-interpreter", "2027-03-25 17:15:08",
      E("question", "fadime.kilic@mail.example", "Fadime Kılıç", None, [], None, "tr"), "tr")
def _(m):
    m.head(("From", addr("Fadime Kılıç", "fadime.kilic@mail.example", "iso-8859-9", "q")),
           ("To", VT),
           ("Subject", ew("Tercüman olacak mı?", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<1774455308.119834.7702@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

annem Almanca bilmiyor ama Pflege konusundaki çalışma grubuna (AK IV) çok
gelmek istiyor. Orada Türkçe tercüman olacak mı?

Eğer tercüman olursa ikimizi de kaydettirmek istiyorum, yoksa maalesef
annem için pek anlamı yok. Cevabınızı bekliyorum, sonra kesin kaydımızı
yaparım.

Selamlar
Fadime Kılıç
""", charset="iso-8859-9", cte="8bit")


# -- 038 ---------------------------------------------------------------------
# German cancellation for three board members of a Bosnian association;
# Outlook (UTF-8) quoting the confirmation (AK III, 3).

MEHMEDOVIC_TEXT = """Sehr geehrte Damen und Herren,

leider müssen wir unsere Anmeldung für den Vereinstag stornieren. Unsere Jahreshauptversammlung musste kurzfristig auf den 17. April verlegt werden, und wir drei aus dem Vorstand müssen dort sein.

Wir bedauern das sehr und hoffen, beim nächsten Mal dabei zu sein.

Mit freundlichen Grüßen
Selma Mehmedović
Bosnisch-Herzegowinischer Kulturverein Iserlohn e.V."""


@mail("mehmedovic-de-cancel-outlook", "2027-03-29 08:20:40",
      E("cancellation", "selma.mehmedovic@bhkv-iserlohn.example", "Selma Mehmedović",
        "Bosnisch-Herzegowinischer Kulturverein Iserlohn e.V.", [], None, "de"), "de", tz=0)
def _(m):
    conf_id = "<mailbot.20270305084702.3d9f@hagen.example>"
    m.head(("From", addr("Selma Mehmedović", "selma.mehmedovic@bhkv-iserlohn.example", "utf-8", "q")),
           ("To", TO_VT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbjXf2c8Pq1YwN5mK0tZ3rB7xL4gAC2eWs"),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1844A9B8C7D6E5F4A3B2C1D0E9F8@FR3P281MB1844.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_VT, "Freitag, 5. März 2027 08:47",
             "Selma Mehmedović <selma.mehmedovic@bhkv-iserlohn.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Mehmedović", "AK-III", 3))
    m.alternative(outlook_plain(MEHMEDOVIC_TEXT, quote),
                  outlook_html(MEHMEDOVIC_TEXT, quote, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 039 ---------------------------------------------------------------------
# Albanian change from a Samsung phone without ë: "ne vend te grupit te
# pare ... ne grupin e trete" (genitive and accusative ordinals); his wife
# does not come: 2 -> 1.  "-------- Original message --------" quote.

MORINA_TEXT = f"""Pershendetje,

ju lutem nje ndryshim: ne vend te grupit te pare, me regjistroni ne grupin e trete te punes. Gruaja nuk mund te vije, keshtu qe vij vetem une.

Faleminderit
Agron Morina


Sent from my Galaxy


-------- Original message --------
From: Vereinstag 2027 <{VT}>
Date: 02.03.27 14:20 (GMT+01:00)
To: Agron Morina <agron.morina@mail.example>
Subject: {CONFIRMATION_SUBJECT}

{confirmation("Herr Morina", "AK-I", 2)}"""


@mail("morina-sq-change-grupin-e-trete", "2027-03-31 19:45:13",
      E("change", "agron.morina@mail.example", "Agron Morina", None,
        ["AK-III"], 1, "sq"), "sq")
def _(m):
    conf_id = "<mailbot.20270302142011.5c7e@hagen.example>"
    m.head(("From", "Agron Morina <agron.morina@mail.example>"),
           ("To", VT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<x2v9k4.q7m1n8b3c6z0@email.android.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("MIME-Version", "1.0"))
    m.alternative(MORINA_TEXT, samsung_html(MORINA_TEXT), charset="utf-8",
                  cte="base64", style="samsung")


# -- 040 ---------------------------------------------------------------------
# Greek cancellation from a Greek-language Outlook ("ΑΠ:", Από/Στάλθηκε/
# Προς/Θέμα), UTF-8 body, name and subject in windows-1253, quoting the
# confirmation (AK II, 2).

IOANNIDOU_TEXT = """Καλησπέρα σας,

δυστυχώς δεν θα μπορέσουμε να έρθουμε στο Vereinstag στις 17 Απριλίου, γιατί την ίδια μέρα έχουμε τη γενική συνέλευση της κοινότητας. Παρακαλώ ακυρώστε τη δήλωσή μας για τα 2 άτομα.

Ευχαριστούμε πολύ και καλή επιτυχία!

Αικατερίνη Ιωαννίδου
Ελληνική Κοινότητα Witten"""

EL_LABELS = ("Από", "Στάλθηκε", "Προς", "Θέμα")


@mail("ioannidou-el-cancel-outlook-greek", "2027-04-02 11:05:32",
      E("cancellation", "a.ioannidou@ek-witten.example", "Αικατερίνη Ιωαννίδου",
        "Ελληνική Κοινότητα Witten", [], None, "el"), "el", tz=0)
def _(m):
    conf_id = "<mailbot.20270311100517.2e8b@hagen.example>"
    m.head(("From", addr("Αικατερίνη Ιωαννίδου", "a.ioannidou@ek-witten.example", "windows-1253", "b")),
           ("To", TO_VT),
           ("Subject", ew("ΑΠ: " + CONFIRMATION_SUBJECT, "windows-1253", "q")),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbkmA7e1Rk9PqZ3wN6cV0yT5xL8gAD4fXt"),
           ("Date", m.date),
           ("Message-ID", "<GV0P278MB0655D8C7B6A5F4E3D2C1B0A9F8E7@GV0P278MB0655.CHEP278.PROD.OUTLOOK.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("Accept-Language", "el-GR, de-DE"),
           ("Content-Language", "el-GR"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_VT, "Πέμπτη, 11 Μαρτίου 2027 10:05",
             "Αικατερίνη Ιωαννίδου <a.ioannidou@ek-witten.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Ioannidou", "AK-II", 2))
    m.alternative(outlook_plain(IOANNIDOU_TEXT, quote, EL_LABELS),
                  outlook_html(IOANNIDOU_TEXT, quote, charset="utf-8", lang="EL",
                               labels=EL_LABELS),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 041 ---------------------------------------------------------------------
# Macedonian change in Gmail (Macedonian interface): "наместо во втората
# работна група ... во четвртата"; the number of persons stays.

STEFANOVSKA_TEXT = f"""Почитувани,

Ве молам за една промена: наместо во втората работна група, би сакале да бидеме во четвртата (Pflege und Gesundheit). Бројот на лица останува ист.

Однапред благодарам,
Билјана Стефановска

На пет, 26 фев 2027 во 16:40 Vereinstag 2027 <{VT}> напиша:
{gt_quote(confirmation("Frau Stefanovska", "AK-II", 2))}"""


@mail("stefanovska-mk-change-vo-chetvrtata", "2027-04-05 09:30:26",
      E("change", "biljana.stefanovska@mail.example", "Билјана Стефановска", None,
        ["AK-IV"], None, "mk"), "mk")
def _(m):
    conf_id = "<mailbot.20270226164009.6f2d@hagen.example>"
    m.head(("From", addr("Билјана Стефановска", "biljana.stefanovska@mail.example", "utf-8", "b")),
           ("To", TO_VT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAK1p5nX8r2mW6tB9vQ3cZ0yL7sH4jD1fG8uE5aO2iV@mail.gmail.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("MIME-Version", "1.0"))
    cut = STEFANOVSKA_TEXT.split("\n").index(next(
        ln for ln in STEFANOVSKA_TEXT.split("\n") if ln.startswith("На пет")))
    m.alternative(STEFANOVSKA_TEXT, gmail_html(STEFANOVSKA_TEXT, quote_from=cut),
                  charset="utf-8", cte="base64", style="gmail")


# -- 042 ---------------------------------------------------------------------
# Turkish cancellation from an iPhone, typed without Turkish letters; the
# account name has them ("Murat Çelik").  "4 kisilik yer" repeats the old
# number.  iOS Turkish attribution and '>' quote (AK I, 4).

@mail("celik-tr-cancel-iphone", "2027-04-07 18:20:49",
      E("cancellation", "murat.celik@mail.example", "Murat Çelik", None,
        [], None, "tr"), "tr")
def _(m):
    conf_id = "<mailbot.20270303192204.0b5a@hagen.example>"
    m.head(("From", "Murat Çelik <murat.celik@mail.example>"),
           ("To", TO_VT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<D1E4A7B2-8C5F-4D3A-B9E0-6A2C7F1D8B45@mail.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single(f"""Merhaba,

maalesef katilamayacagiz, dernek baskanimiz hastanede ve diger arkadaslar da o gun isten izin alamadi. Kaydimizi iptal edebilir misiniz? 4 kisilik yer bosa gitmesin.

Kusura bakmayin
Murat Celik

iPhone’umdan gönderildi

> 3 Mar 2027 tarihinde 19:22 saatinde, Vereinstag 2027 <{VT}> şunları yazdı:
>
{gt_quote(confirmation("Herr Çelik", "AK-I", 4))}
""", charset="utf-8", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# Croatian/German Exchange out-of-office answering the 7-day reminder
# (Auto-Submitted: auto-generated, X-Auto-Response-Suppress).

BABIC_OOF = """Poštovani,

do 19. travnja 2027. nisam u uredu. Vaša poruka neće biti proslijeđena. U hitnim slučajevima obratite se uredu misije na broj 02371 12 34 56.

Sehr geehrte Damen und Herren,

ich bin bis zum 19. April 2027 nicht im Büro. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an das Missionsbüro unter 02371 12 34 56.

Ante Babić
Hrvatska katolička misija Iserlohn"""


@mail("babic-hr-exchange-out-of-office", "2027-04-10 08:00:52",
      E("auto_reply"), "hr", tz=0)
def _(m):
    rem_id = REMINDER_ID_FMT.format("20270410100004.1a7c")
    m.head(("From", addr("Babić, Ante", "ante.babic@hkm-iserlohn.example", "utf-8", "q")),
           ("To", TO_VT),
           ("Subject", "Automatski odgovor: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Thread-Index", "AQHbqD1c9Xk2mPq7wZ4nV8cT0yR3eA=="),
           ("Date", m.date),
           ("Message-ID", "<7f3b1e9d2c4a4e61@EXCH02.hkm-iserlohn.example>"),
           ("In-Reply-To", rem_id),
           ("References", rem_id),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "hr-HR"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(BABIC_OOF), outlook_html(BABIC_OOF, charset="utf-8", lang="HR"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 044 ---------------------------------------------------------------------
# Zazaki cancellation answering the reminder (AK III, 2), with Turkish
# loan words ("iptal"); labelled "ku" (see README).  Display name without,
# signature with diacritics.

@mail("dogan-zazaki-cancel-reply-to-reminder", "2027-04-11 20:15:37",
      E("cancellation", "zeynep.dogan@mail.example", "Zeynep Doğan", None,
        [], None, "ku"), "zza")
def _(m):
    rem_id = REMINDER_ID_FMT.format("20270410100006.4d2e")
    m.head(("From", "Zeynep Dogan <zeynep.dogan@mail.example>"),
           ("To", TO_VT),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5c8e2a1f-3d7b-4e9c-a0f6-1b4d7e2c9a38@mail.example>"),
           ("In-Reply-To", rem_id),
           ("References", rem_id),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sılam,

ma 17ê Nisane de nêşkenê bêrê, qusır de mewındê. Maya mı nêweş a, ez gani keye de bımanı.

Kerem kerê qeydê ma iptal kerê, ca bıdê kesanê bînan.

Weş bımanê
Zeynep Doğan

Am 10.04.2027 um 10:00 schrieb Vereinstag 2027:
{gt_quote(reminder("Frau Dogan", "AK-III", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 045 ---------------------------------------------------------------------
# Croatian cancellation; plain-text Outlook quote "-----Izvorna poruka-----"
# (Od/Poslano/Prima/Predmet), windows-1250, quoting the confirmation
# (AK IV, 1).

@mail("juric-hr-cancel-izvorna-poruka", "2027-04-14 08:40:15",
      E("cancellation", "tomislav.juric@hkz-hagen.example", "Tomislav Jurić",
        "Hrvatska kulturna zajednica Hagen", [], None, "hr"), "hr", tz=0)
def _(m):
    conf_id = "<mailbot.20270309112008.9e4f@hagen.example>"
    m.head(("From", addr("Tomislav Jurić", "tomislav.juric@hkz-hagen.example", "windows-1250", "q")),
           ("To", TO_VT),
           ("Subject", "ODG: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbkO8m2Rq5XwP1nK7cV4yT9zL0eA=="),
           ("Date", m.date),
           ("Message-ID", "<000a01dbad1f$3c5e7a90$b51b6fb0$@hkz-hagen.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "hr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Poštovani,

nažalost moram otkazati svoje sudjelovanje na Vereinstagu. Pozvan sam za kuma na vjenčanje u Zagrebu upravo taj vikend.

Lijep pozdrav,
Tomislav Jurić
Hrvatska kulturna zajednica Hagen

-----Izvorna poruka-----
Od: Vereinstag 2027 <{VT}>
Poslano: utorak, 9. ožujka 2027. 11:20
Prima: Tomislav Jurić <tomislav.juric@hkz-hagen.example>
Predmet: {CONFIRMATION_SUBJECT}

{confirmation("Herr Jurić", "AK-IV", 1)}
""", charset="windows-1250", cte="quoted-printable")



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
LANG_CODE = re.compile(r"^[a-z]{2}$")
LANG_OK = {"de", "en", "tr", "ku", "bs", "hr", "sr", "sq", "mk", "el"}


def decoded_text(msg):
    """Decoded headers and text of every part (nested messages included)."""
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    return "\n".join(chunks)


def check_labels(e, msg, text):
    """Problems with one expected record, judged against its decoded mail."""
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind!r}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WG_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg!r}")
    if kind not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    ps = e["party_size"]
    if kind == "registration":
        if not (isinstance(ps, int) and ps >= 1):
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if ps is not None and not (isinstance(ps, int) and ps >= 1):
            problems.append("bad party_size for change")
        if not wg and ps is None:
            problems.append("a change must change the AK or the party size")
    elif ps is not None:
        problems.append("party_size must be null for this kind")
    if kind == "bounce":
        b = e["bounced_recipient"]
        if not b or b != b.lower():
            problems.append("bounced_recipient must be set and lower-case")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    if kind in PERSON_KINDS:
        em = e["email"]
        if not em or em != em.lower() or not EXAMPLE_DOMAIN.search(em.split("@")[-1]):
            problems.append(f"bad email {em!r}")
        elif em not in text.lower():
            problems.append(f"email {em} occurs nowhere in the mail")
        if not e["name"] or e["name"] not in text:
            problems.append(f"name {e['name']!r} not written in the mail")
        if e["organisation"] is not None and e["organisation"] not in text:
            problems.append(f"organisation {e['organisation']!r} not written in the mail")
        if not (e["language"] and LANG_CODE.match(e["language"]) and e["language"] in LANG_OK):
            problems.append(f"bad language {e['language']!r}")
        if kind in ("change", "cancellation"):
            if msg["In-Reply-To"] is None:
                problems.append("change/cancellation must answer a mail (In-Reply-To)")
            if "Angemeldete Personen:" not in text:
                problems.append("change/cancellation must quote the confirmation or reminder")
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
    if not (datetime.datetime(2027, 2, 1, tzinfo=UTC) <= when
            < datetime.datetime(2027, 5, 1, tzinfo=UTC)):
        problems.append(f"date {when} outside Feb-Apr 2027")
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
    text = decoded_text(msg)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in (
                "schemas.microsoft.com", "www.w3.org"):
            problems.append(f"non-example URL host {dom}")
    for dom in re.findall(r"\bwww\.([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom != "w3.org":
            problems.append(f"non-example web host www.{dom}")
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    problems += check_labels(expected, msg, text)
    return problems


def check_senders(built, datas):
    """No sender twice: every mail comes from a different From address."""
    problems = []
    seen = {}
    for (name, *_), data in zip(built, datas):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        addrs = [a.lower() for _, a in getaddresses([str(msg["From"])])]
        for a in addrs:
            if a in seen:
                problems.append(f"{name}: sender {a} already sent {seen[a]}")
            seen[a] = name
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((t, e["kind"]) for _, _, e, t in built)
    labels = collections.Counter(e["language"] for _, _, e, _ in built if e["language"])
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
    print("expected language labels (person mail):", dict(sorted(labels.items())))
    print("text language x kind:")
    for t in sorted({t for t, _ in table}):
        row = {k: table[(t, k)] for k in KINDS if table[(t, k)]}
        print(f"  {t:4} {sum(row.values()):3}  {row}")
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

    if not 40 <= len(built) <= 45:
        print(f"{len(built)} mails; the set must have 40-45")
        bad += 1
    for (name, m, e, _), data in zip(built, datas):
        for problem in check(name, data, m, e):
            print(f"{name}: {problem}")
            bad += 1
    for problem in check_senders(built, datas):
        print(problem)
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
