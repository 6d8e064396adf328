#!/usr/bin/env python3
"""Evaluation set "final10a": replies to the MSO-Tag 2027 confirmations.

Most mails in this set are answers to the automatic confirmation, waiting-list
notice or reminder that mso-tag@muenster.example sends: people change their
workgroup, add or remove persons, correct their name, cancel (also for a
colleague), ask questions or just say thank you -- with the city's text quoted
in many client styles.  Some first registrations, three out-of-office replies
and one bounce are mixed in.

    python3 make_mails.py            write mails/ and expected.json, then validate
    python3 make_mails.py --check    fail if the files on disk differ
    python3 make_mails.py --stats    print counts per kind and language

Python 3.11, standard library only, deterministic.
"""

import base64
import datetime as dt
import email
import email.header
import email.policy
import email.utils
import html
import json
import quopri
import re
import struct
import sys
import zlib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAILS = HERE / "mails"
EXPECTED = HERE / "expected.json"

OUR = "mso-tag@muenster.example"
OURNAME = "Tag der Migrantenselbstorganisationen"
CET = dt.timezone(dt.timedelta(hours=1))

TITLES = {
    "AG1": "Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "Förderungsmöglichkeiten und effektives Vereinsmanagement",
}

KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
KEYS = ("kind", "email", "name", "organisation", "workgroups", "party_size", "language",
        "bounced_recipient")


def T(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=CET)


# ---------------------------------------------------------------------------
# MIME building (by hand, so that charsets and encodings are exactly as written)
# ---------------------------------------------------------------------------

class Part:
    def __init__(self, headers, body):
        self.headers = headers          # list of "Name: value" strings (ASCII)
        self.body = body                # bytes with CRLF line ends

    def render(self):
        head = "".join(h + "\r\n" for h in self.headers).encode("ascii")
        return head + b"\r\n" + self.body


def _encode_body(text, charset, cte):
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    data = text.encode(charset)                      # strict: must fit the charset
    if cte == "7bit":
        data.decode("ascii")
        return data.replace(b"\n", b"\r\n")
    if cte == "8bit":
        return data.replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        return quopri.encodestring(data).replace(b"\n", b"\r\n")
    if cte == "base64":
        return base64.encodebytes(data.replace(b"\n", b"\r\n")).replace(b"\n", b"\r\n")
    raise ValueError(cte)


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", ctype=None,
         extra=()):
    """A text/* leaf.  ctype overrides the Content-Type line (client style)."""
    ct = ctype or f'text/{subtype}; charset="{charset}"'
    headers = [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {cte}", *extra]
    return Part(headers, _encode_body(body, charset, cte))


def binary(data, ctype, filename, disposition="attachment", extra=()):
    b64 = base64.encodebytes(data).replace(b"\n", b"\r\n")
    headers = [f'Content-Type: {ctype}; name="{filename}"',
               f'Content-Disposition: {disposition}; filename="{filename}"',
               "Content-Transfer-Encoding: base64", *extra]
    return Part(headers, b64)


def raw(ctype, body, extra=()):
    """A 7bit leaf whose body is given verbatim (delivery-status, headers)."""
    data = body.replace("\r\n", "\n").encode("ascii").replace(b"\n", b"\r\n")
    return Part([f"Content-Type: {ctype}", *extra], data)


def multi(subtype, parts, boundary, params="", preamble=None):
    headers = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}']
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\r\n"
    for p in parts:
        body += b"\r\n--" + boundary.encode() + b"\r\n" + p.render()
    body += b"\r\n--" + boundary.encode() + b"--\r\n"
    if not preamble:
        body = body[2:]
    return Part(headers, body)


def addr(name, address, charset="utf-8"):
    if name is None:
        return address
    return email.utils.formataddr((name, address), charset=charset)


def hdr(value, charset="utf-8"):
    """Header text; RFC 2047 encoded when it is not plain ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return email.header.Header(value, charset, maxlinelen=76).encode(linesep="\r\n")


def message(date, frm, subject, body, to=None, msgid=None, extra=(), subj_charset="utf-8",
            cc=None):
    to = to if to is not None else addr(OURNAME, OUR)
    lines = [f"From: {frm}", f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines += [f"Subject: {hdr(subject, subj_charset)}",
              f"Date: {email.utils.format_datetime(date)}",
              f"Message-ID: <{msgid}>",
              *extra,
              "MIME-Version: 1.0"]
    head = "\r\n".join(lines).encode("ascii") + b"\r\n"
    return head + body.render()


# ---------------------------------------------------------------------------
# what the city's program sends (quoted by the writers)
# ---------------------------------------------------------------------------

WD_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
WD_DE_S = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
MON_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember"]
MON_DE_S = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
            "Nov.", "Dez."]
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

SUBJ_CONF = "Anmeldebestätigung: Tag der Migrantenselbstorganisationen 2027"
SUBJ_CONF_EN = "Registration confirmed: Tag der Migrantenselbstorganisationen 2027"
SUBJ_WAIT = "Warteliste: Tag der Migrantenselbstorganisationen 2027"
SUBJ_REMIND = "Erinnerung: Morgen ist der Tag der Migrantenselbstorganisationen"

SIGN_DE = """Mit freundlichen Grüßen
Ihr Team vom Tag der Migrantenselbstorganisationen
Stadt Münster – Kommunales Integrationszentrum"""


def conf_de(anrede, name, org, ag, persons):
    return f"""{anrede},

vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027.
Hiermit bestätigen wir Ihre Teilnahme.

Ihre Angaben:
  Name:          {name}
  Organisation:  {org or "–"}
  Arbeitsgruppe: {ag} – {TITLES[ag]}
  Personen:      {persons}

Termin: Samstag, 13. März 2027, 10:00–16:00 Uhr
Ort:    Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Möchten Sie die Arbeitsgruppe wechseln, die Personenzahl ändern oder absagen?
Antworten Sie einfach auf diese E-Mail.

{SIGN_DE}"""


def conf_en(anrede, name, org, ag, persons):
    return f"""{anrede},

thank you for registering for the Day of Migrant Organisations
(Tag der Migrantenselbstorganisationen) 2027. Your place is confirmed.

Your details:
  Name:         {name}
  Organisation: {org or "–"}
  Workgroup:    {ag} – {TITLES[ag]}
  Persons:      {persons}

Date:  Saturday, 13 March 2027, 10:00–16:00
Venue: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

To change your workgroup or the number of persons, or to cancel, simply
reply to this email.

Kind regards
Tag der Migrantenselbstorganisationen
City of Münster – Kommunales Integrationszentrum"""


def wait_de(anrede, ag, place):
    others = " und ".join(a for a in TITLES if a != ag)
    return f"""{anrede},

vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027.

Die Arbeitsgruppe {ag} ({TITLES[ag]}) ist leider schon voll.
Wir haben Sie auf die Warteliste gesetzt, Sie stehen dort auf Platz {place}.
Sobald ein Platz frei wird, rücken Sie automatisch nach und erhalten eine
Bestätigung von uns.

In {others} sind noch Plätze frei. Wenn Sie lieber dort teilnehmen möchten,
antworten Sie einfach auf diese E-Mail.

{SIGN_DE}"""


def remind_de(anrede, ag):
    return f"""{anrede},

morgen ist es so weit: Wir freuen uns, Sie am Samstag, 13. März 2027, um
10:00 Uhr im Stadtweinhaus (Prinzipalmarkt 8, 48143 Münster) zu begrüßen.

Sie sind in der Arbeitsgruppe {ag} – {TITLES[ag]} eingetragen.

Falls Sie doch nicht kommen können, sagen Sie bitte kurz ab, indem Sie auf
diese E-Mail antworten. Auf der Warteliste warten noch Interessierte.

{SIGN_DE}"""


def q(body, prefix="> ", empty=">"):
    return "\n".join(prefix + l if l else empty for l in body.split("\n"))


def gmail_de(t):
    return (f"Am {WD_DE_S[t.weekday()]}, {t.day}. {MON_DE_S[t.month - 1]} {t.year} um "
            f"{t:%H:%M} Uhr schrieb {OURNAME} <{OUR}>:")


def gmail_en(t):
    return f"On {t:%a}, {t.day} {t:%b} {t.year} at {t:%H:%M}, {OURNAME} <{OUR}> wrote:"


def apple_de(t):
    return f"Am {t:%d.%m.%Y} um {t:%H:%M} schrieb {OURNAME} <{OUR}>:"


def tb_de(t):
    return f"Am {t:%d.%m.%y} um {t:%H:%M} schrieb {OURNAME}:"


def outlook_de_date(t):
    return f"{WD_DE[t.weekday()]}, {t.day}. {MON_DE[t.month - 1]} {t.year} {t:%H:%M}"


def esc(s):
    return html.escape(s, quote=False)


def gmail_html(new, attr, quoted, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    lines = []
    for l in new.split("\n"):
        lines.append(f"<div>{esc(l)}</div>" if l else "<div><br></div>")
    qhtml = "<br>\n".join(esc(l) for l in quoted.split("\n"))
    return (f'<div{d}>' + "\n".join(lines) + "</div><br>\n"
            f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(attr)}<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
            f"{qhtml}\n</blockquote></div>\n")


def outlook_html(new, fields, quoted, lang="DE"):
    paras = "\n".join(f'<p class="MsoNormal">{esc(l) if l else "&nbsp;"}<o:p></o:p></p>'
                      for l in new.split("\n"))
    head = "<br>\n".join(f"<b>{esc(k)}</b> {esc(v)}" for k, v in fields)
    qp = "\n".join(f'<p class="MsoNormal">{esc(l) if l else "&nbsp;"}<o:p></o:p></p>'
                   for l in quoted.split("\n"))
    return f"""<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
--></style>
</head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{paras}
<div>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal">{head}<o:p></o:p></p>
</div>
</div>
{qp}
</div>
</body>
</html>"""


# ---------------------------------------------------------------------------
# binary attachments (tiny, valid, deterministic)
# ---------------------------------------------------------------------------

def tiny_png(rgb=(0, 102, 153)):
    def chunk(kind, data):
        c = kind + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0)
    rows = b"".join(b"\x00" + bytes(rgb) * 8 for _ in range(8))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def tiny_pdf(title):
    stream = f"BT /F1 18 Tf 60 760 Td ({title}) Tj ET".encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
            + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    return out


# ---------------------------------------------------------------------------
# expected records
# ---------------------------------------------------------------------------

def rec(kind, email_=None, name=None, org=None, wgs=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email_, "name": name, "organisation": org,
            "workgroups": list(wgs), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def reg(e, n, o, w, p, l):
    return rec("registration", e, n, o, w, p, l)


def chg(e, n, o, w, p, l):
    return rec("change", e, n, o, w, p, l)


def canc(e, n, o, l):
    return rec("cancellation", e, n, o, (), None, l)


def ques(e, n, o, l):
    return rec("question", e, n, o, (), None, l)


def machine(kind, bounced=None):
    return rec(kind, bounced=bounced)


MAILS_LIST = []


def mail(slug, raw_bytes, expected):
    MAILS_LIST.append((slug, raw_bytes, expected))


def reply_hdrs(ref, ua=None, extra=()):
    h = [f"In-Reply-To: <{ref}>", f"References: <{ref}>"]
    if ua:
        h.append(ua)
    return h + list(extra)


# ===========================================================================
# the mails, in arrival order
# ===========================================================================

# 001 first registration, plain UTF-8 8bit (Thunderbird), AG named by number and alias, 2 persons
mail("001-demir-erstanmeldung-zu-zweit", message(
    T(2027, 1, 18, 10, 24), addr("Selma Demir", "selma.demir@coerde-frauen.example"),
    "Anmeldung MSO-Tag 13.03.",
    text("""Sehr geehrte Damen und Herren,

hiermit melde ich mich zum Tag der Migrantenselbstorganisationen am 13. März 2027 an. Ich komme gemeinsam mit meiner Kollegin Elif Yavuz, wir sind also zu zweit.

Wir würden gerne an der Arbeitsgruppe 1 (Bildungssystem) teilnehmen, da wir in unserem Verein eine Hausaufgabenhilfe für Grundschulkinder organisieren und uns mit anderen Vereinen austauschen möchten.

Mit freundlichen Grüßen

Selma Demir
Türkisch-Deutscher Frauenverein Coerde e.V.
Hamannplatz 12, 48157 Münster
Tel. 0251 55501234
""", charset="UTF-8", cte="8bit", ctype="text/plain; charset=UTF-8; format=flowed"),
    msgid="6b1e0c2a-31f0-4c57-9d2e-demir@coerde-frauen.example",
    extra=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0",
           "Content-Language: de-DE"]),
    reg("selma.demir@coerde-frauen.example", "Selma Demir",
        "Türkisch-Deutscher Frauenverein Coerde e.V.", ["AG1"], 2, "de"))

# 002 English Gmail reply to the English confirmation: "move me from AG1 to AG3" -> only the new AG
_t = T(2027, 1, 19, 14, 2)
_q = conf_en("Dear Mr Okonkwo", "Chinedu Okonkwo", "Igbo Cultural Association Münster", "AG1", 1)
_new = """Hello,

Thanks for the quick confirmation. After talking to our board I think the funding workgroup makes more sense for me, since we are applying for project money this year and nobody in our association really knows how that works.

Could you please move me from AG1 to AG3?

Best regards,
Chinedu

--
Chinedu Okonkwo
Treasurer, Igbo Cultural Association Münster"""
mail("002-okonkwo-en-move-ag1-to-ag3", message(
    T(2027, 1, 20, 8, 31), addr("Chinedu Okonkwo", "chinedu.okonkwo@mail.example"),
    "Re: " + SUBJ_CONF_EN,
    multi("alternative", [
        text(_new + "\n\n" + gmail_en(_t) + "\n" + q(_q) + "\n", charset="UTF-8",
             ctype='text/plain; charset="UTF-8"'),
        text(gmail_html(_new, gmail_en(_t), _q), "html", charset="UTF-8",
             ctype='text/html; charset="UTF-8"'),
    ], "000000000000a1b2c3d40617f0e1aa01"),
    msgid="CAJx8Kq0vN2=okonkwo-reply@mail.example",
    extra=reply_hdrs("conf-0007.20270119T1302@muenster.example")),
    chg("chinedu.okonkwo@mail.example", "Chinedu Okonkwo", "Igbo Cultural Association Münster",
        ["AG3"], None, "en"))

# 003 Exchange out-of-office with Auto-Submitted, answering the confirmation (ISO-8859-1 QP, alternative)
_ooo = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 29.01.2027 nicht im Büro und habe in dieser Zeit keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Jansen (jansen@caritas-ms.example, Tel. 0251 5550-210).

Mit freundlichen Grüßen
Monika Weber
Fachdienst Integration und Migration
Caritasverband für die Stadt Münster e.V."""
mail("003-weber-exchange-out-of-office", message(
    T(2027, 1, 21, 9, 2), addr("Weber, Monika", "monika.weber@caritas-ms.example"),
    "Automatische Antwort: " + SUBJ_CONF,
    multi("alternative", [
        text(_ooo, charset="iso-8859-1", ctype='text/plain; charset="iso-8859-1"'),
        text("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head>\n"
             "<body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">\n"
             + "\n".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in _ooo.split("\n\n"))
             + "\n</div></body></html>", "html", charset="iso-8859-1",
             ctype='text/html; charset="iso-8859-1"'),
    ], "_000_AM0PR10MB3201C4E1B8D2A9F0CARITAS_"),
    msgid="AM0PR10MB3201C4E1B8D2A9F0@AM0PR10MB3201.caritas-ms.example",
    extra=["In-Reply-To: <conf-0011.20270121T0858@muenster.example>",
           "Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
           "X-MS-Exchange-Inbox-Rules-Loop: monika.weber@caritas-ms.example",
           "Thread-Topic: " + hdr(SUBJ_CONF), "Content-Language: de-DE"]),
    machine("auto_reply"))

# 004 Turkish Android-Gmail reply: adds her husband (1 -> 2 persons), no workgroup named; base64
_t = T(2027, 1, 20, 9, 15)
_q = conf_de("Guten Tag Frau Yılmaz", "Hatice Yılmaz", None, "AG1", 1)
_new = """Merhaba,

Onay e-postası için çok teşekkür ederim. Eşim Hasan da bu konuyla çok ilgileniyor ve benimle birlikte gelmek istiyor. Kaydıma onu da ekleyebilir misiniz? Böylece 2 kişi olacağız, ikimiz de aynı grupta oturacağız.

Almancam çok iyi olmadığı için Türkçe yazıyorum, kusura bakmayın.

Saygılarımla
Hatice Yılmaz"""
_wd_tr = ["Pzt", "Sal", "Çar", "Per", "Cum", "Cmt", "Paz"]
_mo_tr = ["Oca", "Şub", "Mar", "Nis", "May", "Haz", "Tem", "Ağu", "Eyl", "Eki", "Kas", "Ara"]
_attr = (f"{OURNAME} <{OUR}>, {_t.day} {_mo_tr[_t.month - 1]} {_t.year} {_wd_tr[_t.weekday()]}, "
         f"{_t:%H:%M} tarihinde şunu yazdı:")
mail("004-yilmaz-tr-adds-husband", message(
    T(2027, 1, 21, 19, 47), addr("Hatice Yılmaz", "hatice.yilmaz@mail.example"),
    "Re: " + SUBJ_CONF,
    multi("alternative", [
        text(_new + "\n\n" + _attr + "\n\n" + q(_q) + "\n", charset="UTF-8", cte="base64",
             ctype='text/plain; charset="UTF-8"'),
        text(gmail_html(_new, _attr, _q), "html", charset="UTF-8", cte="base64",
             ctype='text/html; charset="UTF-8"'),
    ], "0000000000004e5f6a0617f1c2bb02"),
    msgid="CAF3nYq2=hatice.yilmaz.android@mail.example",
    extra=reply_hdrs("conf-0009.20270120T0815@muenster.example")),
    chg("hatice.yilmaz@mail.example", "Hatice Yılmaz", None, [], 2, "tr"))

# 005 Polish first registration, ISO-8859-2 quoted-printable, "grupa robocza nr 3"
mail("005-kowalski-pl-registration-iso-8859-2", message(
    T(2027, 1, 22, 10, 58), addr("Marek Kowalski", "marek.kowalski@poczta.example", "iso-8859-2"),
    "Zgłoszenie - MSO-Tag 2027",
    text("""Dzień dobry,

chciałbym zgłosić swój udział w Dniu Organizacji Migranckich (MSO-Tag) 13 marca 2027 r. w Stadtweinhaus.

Interesuje mnie grupa robocza nr 3, czyli finansowanie i zarządzanie stowarzyszeniem. Przyjdę sam.

Przepraszam, że piszę po polsku - mój niemiecki jest jeszcze za słaby na oficjalne maile. Jeśli trzeba coś uzupełnić, proszę o informację.

Z poważaniem
Marek Kowalski
Polskie Stowarzyszenie Kulturalne "Most" w Münster
""", charset="iso-8859-2", ctype="text/plain; charset=ISO-8859-2; format=flowed"),
    msgid="b7a1d0e2-5c3f-11ef-kowalski@poczta.example",
    extra=["User-Agent: Mozilla Thunderbird", "Content-Language: pl"],
    subj_charset="iso-8859-2"),
    reg("marek.kowalski@poczta.example", "Marek Kowalski",
        'Polskie Stowarzyszenie Kulturalne "Most" w Münster', ["AG3"], 1, "pl"))

# 006 thanks only, Outlook top-post over the confirmation (windows-1252 QP, alternative) -> other
_t = T(2027, 1, 22, 16, 10)
_q = conf_de("Guten Tag Frau Schulte", "Andrea Schulte", "Stadtteilzentrum Hiltrup", "AG2", 1)
_new = """Liebe Organisatorinnen und Organisatoren,

herzlichen Dank für die schnelle Bestätigung – wir freuen uns schon sehr auf den Austausch im März!

Viele Grüße aus Hiltrup
Andrea Schulte

Stadtteilzentrum Hiltrup
Marktallee 31 · 48165 Münster"""
_fields = [("Von:", f"{OURNAME} <{OUR}>"), ("Gesendet:", outlook_de_date(_t)),
           ("An:", "Schulte, Andrea <a.schulte@stz-hiltrup.example>"), ("Betreff:", SUBJ_CONF)]
_plain = (_new + "\n\n" + "\n".join(f"{k} {v}" for k, v in _fields) + "\n\n" + _q + "\n")
mail("006-schulte-thanks-outlook", message(
    T(2027, 1, 25, 8, 55), addr("Schulte, Andrea", "a.schulte@stz-hiltrup.example"),
    "AW: " + SUBJ_CONF,
    multi("alternative", [
        text(_plain, charset="windows-1252", ctype='text/plain; charset="Windows-1252"'),
        text(outlook_html(_new, _fields, _q), "html", charset="windows-1252",
             ctype='text/html; charset="Windows-1252"'),
    ], "_000_DB9PR03MB7764F1A2C3D4E5F6STZHILTRUP_"),
    msgid="DB9PR03MB7764F1A2C3D4E5F6@DB9PR03MB7764.stz-hiltrup.example",
    extra=reply_hdrs("conf-0012.20270122T1510@muenster.example",
                     extra=["Thread-Topic: " + hdr(SUBJ_CONF),
                            "Thread-Index: AdtsQ8f1xKq0L2mFRn2m8Wq0hZ1c9w==",
                            "Content-Language: de-DE", "X-MS-Has-Attach:"])),
    machine("other"))

# 007 Tigrinya first registration in Ge'ez script, AG by digit with German alias, 2 persons; UTF-8 base64
mail("007-habte-ti-registration", message(
    T(2027, 1, 26, 20, 3), addr("Habte Gebremedhin", "habte.g@mail.example"),
    "ምዝገባ MSO-Tag 2027",
    text("""ሰላም ንዓኹም፣

ኣነ ሃብተ ገብረመድህን እየ። ኣብቲ ብ13 መጋቢት 2027 ኣብ Stadtweinhaus ዝካየድ መዓልቲ ማሕበራት ስደተኛታት (MSO-Tag) ክሳተፍ እደሊ።

ኣብ ጉጅለ ስራሕ 1 (ትምህርቲ - Bildungssystem) ክሳተፍ እመርጽ። ሓንቲ ኣባል ማሕበርና እውን ምሳይ ክትመጽእ እያ፣ ስለዚ ክልተ ሰባት ኢና።

ዝኾነ ሕቶ እንተሃልዩኩም ብኢመይል ክትሓቱኒ ትኽእሉ ኢኹም።

የቐንየለይ

Habte Gebremedhin
Eritreische Gemeinschaft Münster e.V.
""", charset="utf-8", cte="base64", ctype='text/plain; charset="utf-8"'),
    msgid="20270126190301.habte@mail.example"),
    reg("habte.g@mail.example", "Habte Gebremedhin", "Eritreische Gemeinschaft Münster e.V.",
        ["AG1"], 2, "ti"))

# 008 reply to the waiting-list notice for AG2 (Apple Mail, bottom quote): takes AG3 instead
_t = T(2027, 1, 26, 18, 40)
_q = wait_de("Guten Tag Herr Nguyen", "AG2", 3)
mail("008-nguyen-waitlist-takes-ag3", message(
    T(2027, 1, 27, 7, 12), addr("Minh Nguyen", "minh.nguyen@vgmn.example"),
    "Re: " + SUBJ_WAIT,
    text(f"""Hallo,

schade, dass die AG 2 schon voll ist. Bevor ich lange auf der Warteliste stehe, nehme ich lieber einen festen Platz in der AG 3 (Förderung / Vereinsmanagement) – das ist für unseren Verein ehrlich gesagt genauso wichtig.

Bitte tragen Sie mich dort ein und nehmen Sie mich dafür von der Warteliste.

Danke und viele Grüße
Minh Nguyen
Vietnamesische Gemeinde Münster-Nord


{apple_de(_t)}
>{" "}
{q(_q)}
""", charset="utf-8", ctype="text/plain; charset=utf-8"),
    msgid="F3A0C9B1-7D2E-4E0A-9C55-1B2D3E4F5A60@vgmn.example",
    extra=reply_hdrs("wait-0003.20270126T1740@muenster.example",
                     "X-Mailer: Apple Mail (2.3774.300.61.1.2)")),
    chg("minh.nguyen@vgmn.example", "Minh Nguyen", "Vietnamesische Gemeinde Münster-Nord",
        ["AG3"], None, "de"))

# 009 Spanish Gmail reply: question about interpreting, registers nothing new -> question
_t = T(2027, 1, 27, 11, 20)
_q = conf_de("Guten Tag Frau Fernández", "Lucía Fernández", "Asociación Latinoamericana Münster",
             "AG2", 1)
_wd_es = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
_mo_es = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
_attr = (f"El {_wd_es[_t.weekday()]}, {_t.day} {_mo_es[_t.month - 1]} {_t.year} a las {_t:%H:%M}, "
         f"{OURNAME} (<{OUR}>) escribió:")
_new = """Hola:

Muchas gracias por la confirmación. Tengo una pregunta: ¿habrá interpretación o algún tipo de apoyo en español o en inglés en los grupos de trabajo? Entiendo bastante alemán, pero cuando la discusión va rápido me pierdo un poco.

Si no es posible, no pasa nada, iré igualmente.

Un saludo,
Lucía Fernández
Asociación Latinoamericana Münster"""
mail("009-fernandez-es-question-interpreting", message(
    T(2027, 1, 28, 13, 5), addr("Lucía Fernández", "lucia.fernandez@mail.example"),
    "Re: " + SUBJ_CONF,
    multi("alternative", [
        text(_new + "\n\n" + _attr + "\n\n" + q(_q) + "\n", charset="UTF-8",
             ctype='text/plain; charset="UTF-8"'),
        text(gmail_html(_new, _attr, _q), "html", charset="UTF-8",
             ctype='text/html; charset="UTF-8"'),
    ], "000000000000c7d8e90617f2dd03"),
    msgid="CAGm7pXe=lucia.fernandez@mail.example",
    extra=reply_hdrs("conf-0015.20270127T1020@muenster.example")),
    ques("lucia.fernandez@mail.example", "Lucía Fernández", "Asociación Latinoamericana Münster",
         "es"))

# 010 Ukrainian cancellation, KOI8-U 8bit, quote removed by the writer, name only in Cyrillic
mail("010-bondarenko-uk-cancel-koi8u", message(
    T(2027, 1, 29, 10, 22), addr("Iryna Bondarenko", "iryna.bondarenko@mail.example"),
    "Re: " + SUBJ_CONF,
    text("""Добрий день!

На жаль, я змушена скасувати свою участь у Дні мігрантських організацій 13 березня - саме на цей день мені призначили співбесіду в Jobcenter, і перенести її не можна.

Будь ласка, видаліть мою реєстрацію, щоб місце отримав хтось інший.

Дякую за розуміння та вибачте за незручності.

З повагою,
Ірина Бондаренко
""", charset="koi8-u", cte="8bit", ctype="text/plain; charset=KOI8-U"),
    msgid="1706520142.381027@mail.example",
    extra=reply_hdrs("conf-0004.20270118T1633@muenster.example",
                     "X-Mailer: Claws Mail 4.1.1 (GTK 3.24.38; x86_64-pc-linux-gnu)")),
    canc("iryna.bondarenko@mail.example", "Ірина Бондаренко", None, "uk"))

# 011 iPhone: "can I still switch?" - undecided, asks about the programme -> question, not change
_t = T(2027, 1, 28, 21, 5)
_q = conf_de("Guten Tag Herr Bauer", "Tobias Bauer", "Sportverein Grün-Weiß Kinderhaus", "AG1", 1)
mail("011-bauer-iphone-can-i-still-switch", message(
    T(2027, 1, 29, 22, 48), addr("Tobias Bauer", "tobi.bauer@me.example"),
    "Re: " + SUBJ_CONF,
    text(f"""Hallo, kurze Frage: kann man die AG noch wechseln oder ist das jetzt fest? Bin für die 1 eingetragen, überlege aber ob die Zukunftsprozess-Gruppe nicht besser passt. Was passiert da genau, gibts irgendwo ein Programm? Ich entscheide mich dann bis nächste Woche.
Gruß Tobias Bauer

Von meinem iPhone gesendet

> {apple_de(_t)}
>{" "}
{q(_q)}
""", charset="utf-8", ctype="text/plain; charset=utf-8"),
    msgid="B2C4E6F8-1A3B-4C5D-8E9F-0A1B2C3D4E5F@me.example",
    extra=reply_hdrs("conf-0016.20270128T2005@muenster.example",
                     "X-Mailer: iPhone Mail (21D61)")),
    ques("tobi.bauer@me.example", "Tobias Bauer", None, "de"))

# 012 Farsi Gmail reply (RTL, Persian digits): "instead of group ۳ put me in group ۱" -> AG1
_t = T(2027, 1, 30, 10, 0)
_q = conf_de("Guten Tag Frau Rahmani", "Maryam Rahmani", "Afghanischer Frauenverein Simorgh Münster",
             "AG3", 1)
_fa = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_wd_fa = ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]
_mo_fa = ["ژانویهٔ", "فوریهٔ", "مارس", "آوریل", "مهٔ", "ژوئن", "ژوئیهٔ", "اوت", "سپتامبر",
          "اکتبر", "نوامبر", "دسامبر"]
_attr = (f"\u202bدر تاریخ {_wd_fa[_t.weekday()]} {str(_t.day).translate(_fa)} {_mo_fa[_t.month - 1]} "
         f"{str(_t.year).translate(_fa)} ساعت {_t:%H:%M}".translate(_fa)
         + f" {OURNAME} <{OUR}> نوشت:\u202c")
_new = """سلام و وقت بخیر،

از تأیید ثبت‌نام خیلی ممنونم. می‌خواستم خواهش کنم گروه کاری من را عوض کنید: به جای گروه ۳ (مدیریت انجمن) لطفاً مرا در گروه ۱ (آموزش و مدرسه) ثبت کنید. کار اصلی من در انجمن، مشاوره به خانواده‌ها درباره‌ی مدرسه است و فکر می‌کنم آنجا بیشتر می‌توانم کمک کنم.

با سپاس فراوان
مریم رحمانی
Afghanischer Frauenverein Simorgh Münster"""
mail("012-rahmani-fa-switch-to-group-1-persian-digits", message(
    T(2027, 2, 1, 9, 3), addr("Maryam Rahmani", "maryam.rahmani@mail.example"),
    "Re: " + SUBJ_CONF,
    multi("alternative", [
        text(_new + "\n\n" + _attr + "\n\n" + q(_q) + "\n", charset="UTF-8", cte="base64",
             ctype='text/plain; charset="UTF-8"'),
        text(gmail_html(_new, _attr, _q, rtl=True), "html", charset="UTF-8", cte="base64",
             ctype='text/html; charset="UTF-8"'),
    ], "000000000000f1e2d3c40618a0ee04"),
    msgid="CAHx9Lm3=maryam.rahmani@mail.example",
    extra=reply_hdrs("conf-0017.20270130T0900@muenster.example")),
    chg("maryam.rahmani@mail.example", "مریم رحمانی", "Afghanischer Frauenverein Simorgh Münster",
        ["AG1"], None, "fa"))

# 013 colleague forwarded her confirmation (AG1); the writer registers herself for AG2 (Outlook, cp1252)
_t0 = T(2027, 1, 29, 11, 47)
_t1 = T(2027, 2, 1, 8, 15)
_q = conf_de("Guten Tag Frau Lindner", "Katja Lindner", "Jugendmigrationsdienst Münster", "AG1", 1)
mail("013-koch-registers-after-colleagues-forward", message(
    T(2027, 2, 1, 14, 30), addr("Koch, Ute", "ute.koch@jmd-muenster.example"),
    "AW: WG: " + SUBJ_CONF,
    text(f"""Guten Tag,

meine Kollegin Frau Lindner hat mir Ihre Bestätigung weitergeleitet (siehe unten). Ich würde mich gerne ebenfalls für den MSO-Tag anmelden, allerdings nicht für die AG 1 wie sie, sondern für die Arbeitsgruppe 2 zum Zukunftsprozess – so können wir als Dienst beide Themen abdecken.

Ich komme allein.

Mit freundlichen Grüßen

Ute Koch
Sozialpädagogin
Jugendmigrationsdienst Münster
Tel.: 0251 5550-4471

-----Ursprüngliche Nachricht-----
Von: Lindner, Katja <katja.lindner@jmd-muenster.example>
Gesendet: {outlook_de_date(_t1)}
An: Koch, Ute <ute.koch@jmd-muenster.example>
Betreff: WG: {SUBJ_CONF}

Hallo Ute,
hier die Bestätigung – meld dich doch auch an, dann sind wir zu zweit da.
LG Katja

-----Ursprüngliche Nachricht-----
Von: {OURNAME} <{OUR}>
Gesendet: {outlook_de_date(_t0)}
An: Lindner, Katja <katja.lindner@jmd-muenster.example>
Betreff: {SUBJ_CONF}

{_q}
""", charset="windows-1252", ctype='text/plain; charset="windows-1252"'),
    msgid="VI1PR07MB5120A8B7C6D5E4F3@VI1PR07MB5120.jmd-muenster.example",
    extra=["Thread-Topic: " + hdr("WG: " + SUBJ_CONF), "Content-Language: de-DE"]),
    reg("ute.koch@jmd-muenster.example", "Ute Koch", "Jugendmigrationsdienst Münster", ["AG2"], 1,
        "de"))

# 014 Postfix bounce of a confirmation (domain typo), multipart/report, recipient in mixed case
_bounce_txt = """This is the mail system at host mx1.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<M.Sahin@kulturbruecke-munster.example>: Host or domain name not found. Name
    service error for name=kulturbruecke-munster.example type=A: Host not
    found
"""
_dsn = """Reporting-MTA: dns; mx1.muenster.example
X-Postfix-Queue-ID: 4F2A91C0D3
X-Postfix-Sender: rfc822; mso-tag@muenster.example
Arrival-Date: Tue,  2 Feb 2027 09:14:49 +0100 (CET)

Final-Recipient: rfc822; M.Sahin@kulturbruecke-munster.example
Original-Recipient: rfc822;M.Sahin@kulturbruecke-munster.example
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=kulturbruecke-munster.example type=A: Host not found
"""
_orig = f"""Return-Path: <mso-tag@muenster.example>
Received: by mx1.muenster.example (Postfix, from userid 1001)
\tid 4F2A91C0D3; Tue,  2 Feb 2027 09:14:49 +0100 (CET)
From: {OURNAME} <{OUR}>
To: M.Sahin@kulturbruecke-munster.example
Subject: {hdr(SUBJ_CONF)}
Date: Tue, 02 Feb 2027 09:14:48 +0100
Message-ID: <conf-0021.20270202T0814@muenster.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
"""
mail("014-postfix-bounce-confirmation-domain-typo", message(
    T(2027, 2, 2, 9, 14, 51), addr("Mail Delivery System", "MAILER-DAEMON@mx1.muenster.example"),
    "Undelivered Mail Returned to Sender",
    multi("report", [
        raw("text/plain; charset=us-ascii", _bounce_txt, ["Content-Description: Notification"]),
        raw("message/delivery-status", _dsn, ["Content-Description: Delivery report"]),
        raw("text/rfc822-headers", _orig, ["Content-Description: Undelivered Message Headers"]),
    ], "4F2A91C0D3.1801145691/mx1.muenster.example", params="; report-type=delivery-status",
        preamble="This is a MIME-encapsulated message."),
    to=OUR, msgid="20270202081451.7C1E21C0D5@mx1.muenster.example",
    extra=["Auto-Submitted: auto-replied"]),
    machine("bounce", "m.sahin@kulturbruecke-munster.example"))

# 015 Arabic Gmail reply: adds two members (1 -> 3 persons), same workgroup; base64
_t = T(2027, 2, 2, 16, 15)
_q = conf_de("Guten Tag Herr Al-Ali", "Yousef Al-Ali", "Syrisch-Deutscher Kulturverein", "AG2", 1)
_wd_ar = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
_mo_ar = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
          "أكتوبر", "نوفمبر", "ديسمبر"]
_attr = (f"\u202bفي {_wd_ar[_t.weekday()]}، {_t.day} {_mo_ar[_t.month - 1]} {_t.year} في "
         f"{_t.hour - 12 if _t.hour > 12 else _t.hour}:{_t:%M} {'م' if _t.hour >= 12 else 'ص'} "
         f"كتب {OURNAME} <\u202a{OUR}\u202c>:\u202c")
_new = """السلام عليكم،

شكراً جزيلاً على تأكيد التسجيل. أود أن أضيف شخصين آخرين من جمعيتنا: الأخ سامر حداد والأخت ريم خليل. سنكون إذن ثلاثة أشخاص بدلاً من شخص واحد، وسنشارك جميعاً في نفس مجموعة العمل.

مع خالص الشكر والتقدير
يوسف العلي
الجمعية السورية الألمانية للثقافة في مونستر"""
mail("015-alali-ar-adds-two-members", message(
    T(2027, 2, 3, 11, 40), addr("Yousef Al-Ali", "yousef.alali@mail.example"),
    "Re: " + SUBJ_CONF,
    multi("alternative", [
        text(_new + "\n\n" + _attr + "\n\n" + q(_q) + "\n", charset="UTF-8", cte="base64",
             ctype='text/plain; charset="UTF-8"'),
        text(gmail_html(_new, _attr, _q, rtl=True), "html", charset="UTF-8", cte="base64",
             ctype='text/html; charset="UTF-8"'),
    ], "000000000000aa11bb220618b1ff05"),
    msgid="CAKp2Wn8=yousef.alali@mail.example",
    extra=reply_hdrs("conf-0020.20270202T1515@muenster.example")),
    chg("yousef.alali@mail.example", "يوسف العلي", "الجمعية السورية الألمانية للثقافة في مونستر",
        [], 3, "ar"))

# 016 name correction ("Krasniq" -> "Krasniqi"), Thunderbird reply, nothing else changes -> change
_t = T(2027, 2, 3, 16, 22)
_q = conf_de("Guten Tag Frau Krasniq", "Mirjeta Krasniq", "Albanischer Kulturverein Iliria Münster e.V.",
             "AG1", 1)
mail("016-krasniqi-name-misspelled", message(
    T(2027, 2, 4, 9, 10), addr("Mirjeta Krasniqi", "mirjeta.krasniqi@iliria-ms.example"),
    "Re: " + SUBJ_CONF,
    text(f"""Guten Tag,

danke für die Bestätigung. Leider ist mein Nachname falsch geschrieben, bitte korrigieren Sie ihn für die Teilnehmerliste und das Namensschild:

richtig:  Mirjeta Krasniqi
(nicht "Krasniq" – das i am Ende fehlt)

Sonst stimmt alles so.

Freundliche Grüße
Mirjeta Krasniqi
Albanischer Kulturverein Iliria Münster e.V.

{tb_de(_t)}
{q(_q, "> ", ">")}
""", charset="utf-8", cte="8bit", ctype="text/plain; charset=UTF-8; format=flowed"),
    msgid="a4c2e9f1-0b7d-4e3a-8f12-krasniqi@iliria-ms.example",
    extra=reply_hdrs("conf-0022.20270203T1522@muenster.example",
                     "User-Agent: Mozilla Thunderbird", ["Content-Language: de-DE"])),
    chg("mirjeta.krasniqi@iliria-ms.example", "Mirjeta Krasniqi",
        "Albanischer Kulturverein Iliria Münster e.V.", [], None, "de"))

# 017 secretary cancels for a sick colleague and asks to confirm to HIS address -> that address
mail("017-oeztuerk-cancels-for-sick-colleague", message(
    T(2027, 2, 5, 12, 0), addr("Nermin Öztürk", "n.oeztuerk@alevi-kulturzentrum.example"),
    "Abmeldung Herr Bakır – MSO-Tag 13.03.",
    text("""Sehr geehrte Damen und Herren,

unser Vorstandsmitglied Herr Cem Bakır hat sich vor zwei Wochen für den MSO-Tag angemeldet (mit seiner Adresse cem.bakir@mail.example). Er liegt seit letzter Woche im Krankenhaus und wird am 13. März leider nicht teilnehmen können. Er hat mich gebeten, ihn abzumelden.

Bitte streichen Sie seine Anmeldung und schicken Sie die Bestätigung der Abmeldung direkt an ihn (cem.bakir@mail.example), damit er Bescheid weiß.

Vielen Dank und freundliche Grüße

Nermin Öztürk
Schriftführerin
Alevitisches Kulturzentrum Münster e.V.
Wolbecker Str. 99 | 48155 Münster
""", charset="utf-8", ctype='text/plain; charset="utf-8"'),
    msgid="000001db5f7a$3e2c1b40$ba6851c0$@alevi-kulturzentrum.example",
    extra=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: de",
           "Thread-Index: AdtfejwsG0AQu4ZBRGKt0Q0xS2h7Dw=="]),
    canc("cem.bakir@mail.example", "Cem Bakır", "Alevitisches Kulturzentrum Münster e.V.", "de"))

# 018 Arabic first registration, windows-1256 base64, Latin signature, ordinal "second group", 2 persons
mail("018-ibrahim-ar-registration-cp1256", message(
    T(2027, 2, 8, 10, 15), addr("Khaled Ibrahim", "khaled.ibrahim@dakv-ms.example"),
    "تسجيل - يوم منظمات المهاجرين MSO-Tag",
    text("""السادة المحترمون في مدينة مونستر،
تحية طيبة وبعد،

أرغب في التسجيل في يوم منظمات المهاجرين الذي سيقام يوم السبت 13 مارس 2027 في Stadtweinhaus. سأحضر مع زميل من الجمعية، أي أننا شخصان.

نفضّل المشاركة في مجموعة العمل الثانية حول مستقبل مدينة مونستر (Zukunftsprozess)، لأننا نعمل حالياً على مشروع في حي Kinderhaus.

وتفضلوا بقبول فائق الاحترام

Khaled Ibrahim
Deutsch-Arabischer Kulturverein Münster e.V.
""", charset="windows-1256", cte="base64", ctype='text/plain; charset="windows-1256"'),
    msgid="000b01db61c2$8f3e4d10$add2e730$@dakv-ms.example",
    extra=["X-Mailer: Microsoft Outlook 14.0", "Content-Language: ar-sa"],
    subj_charset="windows-1256"),
    reg("khaled.ibrahim@dakv-ms.example", "Khaled Ibrahim",
        "Deutsch-Arabischer Kulturverein Münster e.V.", ["AG2"], 2, "ar"))

# 019 Russian mail.ru reply: first group -> second, "if full keep me in the first" -> [AG2, AG1]
_t = T(2027, 2, 5, 17, 30)
_q = conf_de("Guten Tag Herr Iwanow", "Alexej Iwanow", "Deutsch-Russische Gesellschaft Most e.V.",
             "AG1", 1)
_wd_ru = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
_mo_ru = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
          "октября", "ноября", "декабря"]
_attr = (f"{_wd_ru[_t.weekday()]}, {_t.day} {_mo_ru[_t.month - 1]} {_t.year}, {_t:%H:%M} +01:00 "
         f"от {OURNAME} <{OUR}>:")
_new = """Здравствуйте!

Спасибо за подтверждение. Я хотел бы перейти из первой рабочей группы во вторую (Zukunftsprozess) — мы как раз участвуем в обсуждении планов для нашего района, и эта тема мне ближе.

Если во второй группе мест уже нет, тогда оставьте меня, пожалуйста, в первой.

С уважением,
Алексей Иванов
Deutsch-Russische Gesellschaft Most e.V."""
_html = ("<HTML><BODY><div>" + "<br>".join(esc(l) for l in _new.split("\n"))
         + f"</div><div>&nbsp;</div><div>{esc(_attr)}<br><blockquote style=\"border-left:1px solid "
         "#0857A6; margin:10px; padding:0 0 0 10px;\"><div id=\"\"><div class=\"js-helper js-readmsg-msg\">"
         + "<br>".join(esc(l) for l in _q.split("\n")) + "</div></div></blockquote></div></BODY></HTML>")
mail("019-ivanov-ru-second-group-else-first", message(
    T(2027, 2, 8, 12, 44), addr("Алексей Иванов", "a.ivanov@mail.example"),
    "Re: " + SUBJ_CONF,
    multi("alternative", [
        text(_new + "\n\n" + _attr + "\n" + q(_q) + "\n", charset="UTF-8", cte="base64",
             ctype="text/plain; charset=utf-8"),
        text(_html, "html", charset="UTF-8", cte="base64", ctype="text/html; charset=utf-8"),
    ], "----ALT--aF3c1bD2e4A5b6C7d8E9f0a1B2c3D4e51707392640"),
    msgid="1707392640.318245771@f512.i.mail.example",
    extra=reply_hdrs("conf-0019.20270205T1630@muenster.example",
                     "X-Mailer: Mail.Ru Mailer 1.0", ["X-Priority: 3 (Normal)"])),
    chg("a.ivanov@mail.example", "Алексей Иванов", "Deutsch-Russische Gesellschaft Most e.V.",
        ["AG2", "AG1"], None, "ru"))

# 020 English out-of-office (Auto-Submitted, us-ascii 7bit) answering a confirmation
mail("020-adeyemi-en-out-of-office", message(
    T(2027, 2, 9, 9, 0, 7), addr("Grace Adeyemi", "g.adeyemi@africa-hub.example"),
    "Out of Office: " + SUBJ_CONF_EN,
    text("""Thank you for your email.

I am travelling until 22 February with very limited access to email. For urgent matters regarding the African Diaspora Hub, please contact info@africa-hub.example.

I will respond to your message as soon as possible after my return.

Kind regards,
Grace Adeyemi
""", charset="us-ascii", cte="7bit", ctype="text/plain; charset=us-ascii"),
    msgid="autoreply.20270209080007.4411@africa-hub.example",
    extra=["In-Reply-To: <conf-0026.20270209T0758@muenster.example>",
           "Auto-Submitted: auto-replied", "Precedence: auto_reply", "X-Autoreply: yes"]),
    machine("auto_reply"))

# 021 Somali first registration, us-ascii 7bit, "kooxda shaqada 2aad", alone
mail("021-farah-so-registration", message(
    T(2027, 2, 10, 15, 20), addr("Faadumo Farah", "faadumo.farah@mail.example"),
    "Diiwaangelin - MSO-Tag 13 Maarso",
    text("""Asalaamu calaykum,

Magacaygu waa Faadumo Cali Farax. Waxaan rabaa inaan ka qayb galo Maalinta Ururada Muhaajiriinta (MSO-Tag) ee 13 Maarso 2027 ka dhici doonta Stadtweinhaus.

Waxaan doorbidayaa kooxda shaqada 2aad (Zukunftsprozess - mustaqbalka magaalada Münster), sababtoo ah ururkeennu wuxuu ka shaqeeyaa arrimaha haweenka iyo xaafadaha.

Keligay ayaan iman doonaa.

Mahadsanid,
Faadumo Cali Farax
Somalischer Frauenverein Hiil-Hooyo Muenster
""".replace("Münster", "Muenster"), charset="us-ascii", cte="7bit",
         ctype="text/plain; charset=us-ascii"),
    msgid="CAM9xVb1=faadumo.farah@mail.example"),
    reg("faadumo.farah@mail.example", "Faadumo Cali Farax",
        "Somalischer Frauenverein Hiil-Hooyo Muenster", ["AG2"], 1, "so"))

# 022 HTML-only Outlook reply (windows-1252 QP): one of three cannot come -> 2 persons, AG unchanged
_t = T(2027, 2, 8, 13, 5)
_q = conf_de("Guten Tag Frau Braun", "Sabine Braun", "Internationaler Bund – Migrationsberatung Münster",
             "AG3", 3)
_new = """Sehr geehrte Damen und Herren,

wir hatten uns zu dritt angemeldet. Frau Heinrichs ist an dem Tag leider verhindert, daher kommen wir nur zu zweit (Herr Kaya und ich). An der Arbeitsgruppe ändert sich nichts.

Mit freundlichen Grüßen
i. A. Sabine Braun

Internationaler Bund – Migrationsberatung Münster
Tel. 0251 5550-8812"""
_fields = [("Von:", f"{OURNAME} <{OUR}>"), ("Gesendet:", outlook_de_date(_t)),
           ("An:", "Braun, Sabine <s.braun@ib-muenster.example>"), ("Betreff:", SUBJ_CONF)]
mail("022-braun-outlook-html-only-three-to-two", message(
    T(2027, 2, 11, 10, 5), addr("Braun, Sabine", "s.braun@ib-muenster.example"),
    "AW: " + SUBJ_CONF,
    text(outlook_html(_new, _fields, _q), "html", charset="windows-1252",
         ctype='text/html; charset="Windows-1252"'),
    msgid="FR2P281MB0123ABCDEF0123456789@FR2P281MB0123.ib-muenster.example",
    extra=reply_hdrs("conf-0024.20270208T1205@muenster.example",
                     extra=["Thread-Topic: " + hdr(SUBJ_CONF), "Content-Language: de-DE",
                            "X-MS-TNEF-Correlator:", "X-MS-Has-Attach:"])),
    chg("s.braun@ib-muenster.example", "Sabine Braun",
        "Internationaler Bund – Migrationsberatung Münster", [], 2, "de"))

# 023 Spanish Outlook reply to waiting-list notice for AG1: stay waitlisted, else group 2 -> [AG1, AG2]
_t = T(2027, 2, 11, 17, 2)
_q = wait_de("Guten Tag Frau García López", "AG1", 2)
_wd_es_l = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
_mo_es_l = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre", "octubre", "noviembre", "diciembre"]
mail("023-garcia-es-waitlist-group1-else-group2", message(
    T(2027, 2, 12, 9, 30), addr("García López, Carmen", "c.garcia@cchaleman.example", "windows-1252"),
    "RE: " + SUBJ_WAIT,
    text(f"""Buenos días:

Gracias por avisarme. Prefiero seguir en la lista de espera del grupo 1 (educación), porque es justo el tema de nuestra asociación. Pero si al final no queda ninguna plaza libre, por favor apúntenme en el grupo 2, para no quedarme fuera del todo.

Saludos cordiales,

Carmen García López
Centro Cultural Hispano-Alemán de Münster

________________________________
De: {OURNAME} <{OUR}>
Enviado: {_wd_es_l[_t.weekday()]}, {_t.day} de {_mo_es_l[_t.month - 1]} de {_t.year} {_t.hour}:{_t:%M}
Para: García López, Carmen <c.garcia@cchaleman.example>
Asunto: {SUBJ_WAIT}

{_q}
""", charset="windows-1252", ctype='text/plain; charset="Windows-1252"'),
    msgid="PAXPR02MB7421C1D2E3F4A5B6@PAXPR02MB7421.cchaleman.example",
    extra=reply_hdrs("wait-0006.20270211T1602@muenster.example",
                     extra=["Content-Language: es-ES"])),
    chg("c.garcia@cchaleman.example", "Carmen García López",
        "Centro Cultural Hispano-Alemán de Münster", ["AG1", "AG2"], None, "es"))

# 024 first registration, Gmail alternative + PDF flyer attached; first and second choice by number
_new = """Sehr geehrtes Organisationsteam,

im Namen des Bosnisch-Herzegowinischen Kulturvereins Behar Münster e.V. melde ich mich für den Tag der Migrantenselbstorganisationen am 13. März an.

Meine erste Wahl wäre die Arbeitsgruppe 2 zum Zukunftsprozess, als zweite Wahl die Arbeitsgruppe 1.

Zur Info hänge ich unseren aktuellen Vereinsflyer an – vielleicht ist er für die Auslage am Infotisch interessant.

Mit freundlichen Grüßen
Hana Begić
2. Vorsitzende
Bosnisch-Herzegowinischer Kulturverein Behar Münster e.V."""
mail("024-begic-registration-with-pdf-flyer", message(
    T(2027, 2, 15, 10, 10), addr("Hana Begić", "hana.begic@behar-ms.example"),
    "Anmeldung Tag der MSO 2027",
    multi("mixed", [
        multi("alternative", [
            text(_new, charset="UTF-8", ctype='text/plain; charset="UTF-8"'),
            text('<div dir="ltr">' + "".join(f"<div>{esc(l)}</div>" if l else "<div><br></div>"
                                             for l in _new.split("\n")) + "</div>\n", "html",
                 charset="UTF-8", ctype='text/html; charset="UTF-8"'),
        ], "000000000000d4e5f60618c2aa17"),
        binary(tiny_pdf("Behar Muenster - Vereinsflyer 2027"), "application/pdf",
               "Behar_Flyer_2027.pdf",
               extra=["Content-ID: <f_lm3x0a1b0>", "X-Attachment-Id: f_lm3x0a1b0"]),
    ], "000000000000d4e5f60618c2aa19"),
    msgid="CAPq1Vz7=hana.begic@behar-ms.example"),
    reg("hana.begic@behar-ms.example", "Hana Begić",
        "Bosnisch-Herzegowinischer Kulturverein Behar Münster e.V.", ["AG2", "AG1"], 1, "de"))

# 025 learner German from a phone, no capitals, "Arbeitsgrupe 3", 2 persons, signature first name only
mail("025-yusuf-learner-phone-registration", message(
    T(2027, 2, 15, 21, 40), addr("Amina Yusuf", "amina.yusuf88@mail.example"),
    "anmeldung",
    text("""Halo guten tag

ich will gerne komen zu MSO tag 13 märz. ich bin Vorsitzende von klein verein "Afrika Brücke Münster" wir machen hilfe für frauen und kinder. Arbeitsgrupe 3 bitte weil wir brauchen geld für projekt und wissen nicht wie beantragen.

wir komen 2 person, ich und meine Stellvertreterin.

danke schön
Amina

Gesendet von meinem Samsung Galaxy Smartphone.
""", charset="utf-8", cte="8bit", ctype="text/plain; charset=utf-8"),
    msgid="mb4x7c2-amina.yusuf88@mail.example"),
    reg("amina.yusuf88@mail.example", "Amina Yusuf", "Afrika Brücke Münster", ["AG3"], 2, "de"))

# 026 Gmail reply: thanks + questions about wheelchair access and parking -> question
_t = T(2027, 2, 16, 8, 41)
_q = conf_de("Guten Tag Frau Doğan", "Emine Doğan", "Kurdischer Frauenverein Jiyan", "AG1", 2)
_new = """Guten Tag,

vielen Dank für die Anmeldebestätigung. Zwei Fragen hätte ich noch:

1. Ist das Stadtweinhaus barrierefrei? Meine Mutter begleitet mich und sitzt im Rollstuhl.
2. Gibt es in der Nähe Parkplätze, oder sollten wir besser mit dem Bus kommen?

Vielen Dank im Voraus
Emine Doğan"""
mail("026-dogan-question-wheelchair-parking", message(
    T(2027, 2, 16, 12, 15), addr("Emine Doğan", "emine.dogan@mail.example"),
    "Re: " + SUBJ_CONF,
    multi("alternative", [
        text(_new + "\n\n" + gmail_de(_t) + "\n\n" + q(_q) + "\n", charset="UTF-8",
             ctype='text/plain; charset="UTF-8"'),
        text(gmail_html(_new, gmail_de(_t), _q), "html", charset="UTF-8",
             ctype='text/html; charset="UTF-8"'),
    ], "000000000000e5f6a7b80618c3bb06"),
    msgid="CAN5rTy4=emine.dogan@mail.example",
    extra=reply_hdrs("conf-0031.20270216T0741@muenster.example")),
    ques("emine.dogan@mail.example", "Emine Doğan", None, "de"))

# 027 association mailbox with Reply-To to the chair; adds a third person; "bisher ... AG 2" is context
mail("027-pham-shared-mailbox-reply-to-adds-person", message(
    T(2027, 2, 17, 18, 20), addr("Deutsch-Vietnamesischer Freundeskreis", "post@dvf-muenster.example",
                                 "iso-8859-15"),
    "Nachmeldung zu unserer Anmeldung MSO-Tag",
    text("""Liebes MSO-Team,

zu unserer Anmeldung (bisher 2 Personen, AG 2) möchten wir noch eine Person nachmelden: Herr Tran Quoc Bao kommt auch mit. Dann sind wir insgesamt 3 Personen.

Antworten bitte an meine Adresse (steht im Reply-To), das Vereinspostfach lese ich nur unregelmäßig.

Viele Grüße
Pham Thu Trang
Vorstand
Deutsch-Vietnamesischer Freundeskreis Münster e.V.
""", charset="iso-8859-15", cte="8bit", ctype="text/plain; charset=ISO-8859-15"),
    msgid="5f2a9c1e.dvf-post.0217@dvf-muenster.example",
    extra=[f"Reply-To: {addr('Pham Thu Trang', 'trang.pham@mail.example')}",
           "X-Mailer: Roundcube Webmail/1.6.9"]),
    chg("trang.pham@mail.example", "Pham Thu Trang",
        "Deutsch-Vietnamesischer Freundeskreis Münster e.V.", [], 3, "de"))

# 028 Turkish cancellation (general assembly the same day), windows-1254 QP, Yandex-style quote
_t = T(2027, 2, 12, 10, 5)
_q = conf_de("Guten Tag Herr Kaya", "Mehmet Kaya", "Münster Türk Toplumu Derneği", "AG3", 1)
mail("028-kaya-tr-cancel-windows-1254", message(
    T(2027, 2, 18, 20, 10), addr("Mehmet Kaya", "m.kaya@mtt-dernek.example", "windows-1254"),
    "Ynt: " + SUBJ_CONF,
    text(f"""İyi günler,

13 Mart'ta derneğimizin olağan genel kurulu yapılacağı için maalesef MSO-Tag'e katılamayacağım. Kaydımı iptal edebilir misiniz? Yerime bir arkadaşımızın gelip gelemeyeceğini henüz bilmiyoruz, gelirse kendisi ayrıca kayıt olur.

Anlayışınız için teşekkür ederim, kolay gelsin.

Mehmet Kaya
Başkan Yardımcısı
Münster Türk Toplumu Derneği

{_t:%d.%m.%Y}, {_t:%H:%M} tarihinde {OURNAME} <{OUR}> yazdı:
{q(_q)}
""", charset="windows-1254", ctype="text/plain; charset=windows-1254"),
    msgid="4471708280610@mail-sas1.mtt-dernek.example",
    extra=reply_hdrs("conf-0025.20270212T0905@muenster.example"),
    subj_charset="windows-1254"),
    canc("m.kaya@mtt-dernek.example", "Mehmet Kaya", "Münster Türk Toplumu Derneği", "tr"))

# 029 inline reply: quoted "Arbeitsgruppe: AG2" answered with "bitte AG1"; quoted "Personen: 1" "stimmt"
_t = T(2027, 2, 18, 11, 30)
_conf = conf_de("Guten Tag Herr Müller", "Jonas Müller", "Flüchtlingshilfe Gievenbeck", "AG2", 1)
_a, _b = _conf.split("  Personen:")
_b, _c = ("  Personen:" + _b).split("\nTermin:")
_inline = (q(_a.rstrip("\n")) + "\n\nBitte auf AG1 ändern, da habe ich mich beim Schreiben vertan – "
           "ich meinte die Bildungs-AG. Sorry!\n\n" + q(_b.rstrip("\n")) + "\n\nStimmt so.\n\n"
           + q("Termin:" + _c))
mail("029-mueller-inline-reply-ag2-to-ag1", message(
    T(2027, 2, 19, 8, 2), addr("Jonas Müller", "jonas.mueller@fh-gievenbeck.example"),
    "Re: " + SUBJ_CONF,
    text(f"""Hallo,

{tb_de(_t)}
{_inline}

Viele Grüße
Jonas

-- 
Jonas Müller
Flüchtlingshilfe Gievenbeck
https://www.fh-gievenbeck.example
""", charset="utf-8", cte="8bit", ctype="text/plain; charset=UTF-8"),
    msgid="7e1b3d5a-2c4f-4a6e-9b8d-mueller@fh-gievenbeck.example",
    extra=reply_hdrs("conf-0033.20270218T1030@muenster.example",
                     "User-Agent: Mozilla Thunderbird", ["Content-Language: de-DE"])),
    chg("jonas.mueller@fh-gievenbeck.example", "Jonas Müller", "Flüchtlingshilfe Gievenbeck",
        ["AG1"], None, "de"))

# 030 Arabic reply to waiting-list notice: "is there a real chance? when will I know?" -> question
_t = T(2027, 2, 20, 14, 0)
_q = wait_de("Guten Tag Frau Hassan", "AG1", 5)
_attr = (f"\u202bفي {_wd_ar[_t.weekday()]}، {_t.day} {_mo_ar[_t.month - 1]} {_t.year} في "
         f"{_t.hour - 12 if _t.hour > 12 else _t.hour}:{_t:%M} {'م' if _t.hour >= 12 else 'ص'} "
         f"كتب {OURNAME} <\u202a{OUR}\u202c>:\u202c")
_new = """مرحباً،

وصلتني رسالتكم بأنني على قائمة الانتظار لمجموعة العمل رقم 1. هل هناك فرصة حقيقية للحصول على مكان؟ ومتى ستخبرونني بالنتيجة تقريباً؟ أحتاج أن أطلب إجازة من العمل قبل أسبوعين على الأقل.

شكراً جزيلاً
نور حسن"""
mail("030-hassan-ar-waitlist-chance-question", message(
    T(2027, 2, 22, 9, 50), addr("Nour Hassan", "nour.hassan@mail.example"),
    "Re: " + SUBJ_WAIT,
    multi("alternative", [
        text(_new + "\n\n" + _attr + "\n\n" + q(_q) + "\n", charset="UTF-8", cte="base64",
             ctype='text/plain; charset="UTF-8"'),
        text(gmail_html(_new, _attr, _q, rtl=True), "html", charset="UTF-8", cte="base64",
             ctype='text/html; charset="UTF-8"'),
    ], "000000000000b2c3d4e50618d4cc07"),
    msgid="CAL8sQw2=nour.hassan@mail.example",
    extra=reply_hdrs("wait-0011.20270220T1300@muenster.example")),
    ques("nour.hassan@mail.example", "نور حسن", None, "ar"))

# 031 out-of-office as plain text only, no Auto-Submitted header (ISO-8859-1 8bit)
mail("031-schmidt-abwesenheit-text-only", message(
    T(2027, 2, 23, 7, 30, 12), addr("Ralf Schmidt", "r.schmidt@awo-ms.example"),
    "Abwesend: " + SUBJ_CONF,
    text("""Guten Tag,

ich bin bis zum 01.03.2027 nicht im Dienst. Ihre E-Mail wird nicht weitergeleitet und erst nach meiner Rückkehr bearbeitet.

In dringenden Fällen wenden Sie sich bitte an unser Sekretariat: sekretariat@awo-ms.example

Mit freundlichen Grüßen
Ralf Schmidt
AWO Migrationsberatung Münster
""", charset="iso-8859-1", cte="8bit", ctype="text/plain; charset=ISO-8859-1"),
    msgid="20270223063012.GA20771@awo-ms.example",
    extra=["In-Reply-To: <conf-0036.20270223T0629@muenster.example>"]),
    machine("auto_reply"))

# 032 Polish Thunderbird reply to his month-old confirmation: "z trzeciej na drugą" -> AG2
_t = T(2027, 1, 22, 11, 2)
_q = conf_de("Guten Tag Herr Kowalski", "Marek Kowalski",
             'Polskie Stowarzyszenie Kulturalne "Most" w Münster', "AG3", 1)
mail("032-kowalski-pl-third-to-second", message(
    T(2027, 2, 24, 20, 15), addr("Marek Kowalski", "marek.kowalski@poczta.example"),
    "Re: " + SUBJ_CONF,
    text(f"""Dzień dobry,

po rozmowie z zarządem naszego stowarzyszenia chciałbym jednak zmienić grupę roboczą z trzeciej na drugą (przyszłość Münster / Zukunftsprozess). Finansowaniem zajmuje się u nas kolega, który niestety i tak nie może przyjść.

Dziękuję i pozdrawiam
Marek Kowalski

W dniu {_t:%d.%m.%Y} o {_t:%H:%M}, {OURNAME} pisze:
{q(_q, "> ", ">")}
""", charset="utf-8", ctype="text/plain; charset=UTF-8; format=flowed"),
    msgid="c93e1a77-8b2d-4f0e-kowalski2@poczta.example",
    extra=reply_hdrs("conf-0013.20270122T1002@muenster.example", "User-Agent: Mozilla Thunderbird",
                     ["Content-Language: pl"])),
    chg("marek.kowalski@poczta.example", "Marek Kowalski", None, ["AG2"], None, "pl"))

# 033 bottom-posted (Evolution) change with preference: AG 3, if full AG 2
_t = T(2027, 2, 25, 9, 0)
_q = conf_de("Guten Tag Frau Rossi", "Francesca Rossi", "Italienischer Kulturkreis Münster e.V.", "AG1", 1)
mail("033-rossi-bottom-post-ag3-else-ag2", message(
    T(2027, 2, 25, 16, 40), addr("Francesca Rossi", "francesca.rossi@ikk-ms.example"),
    "Re: " + SUBJ_CONF,
    text(f"""Am {WD_DE[_t.weekday()]}, dem {_t:%d.%m.%Y} um {_t:%H:%M} +0100 schrieb {OURNAME}:
{q(_q)}

Hallo zusammen,

wäre es möglich, mich doch in die AG 3 umzutragen? Falls die schon voll ist, dann bitte in die AG 2. In der Bildungs-AG sitzen von unserem Verein schon zwei andere Leute, das wäre doppelt.

Grazie e saluti
Francesca Rossi
Italienischer Kulturkreis Münster e.V.
""", charset="utf-8", ctype="text/plain; charset=utf-8"),
    msgid="8a1f2d6c4e9b7a3f5d0c@ikk-ms.example",
    extra=reply_hdrs("conf-0038.20270225T0800@muenster.example",
                     "X-Mailer: Evolution 3.50.3")),
    chg("francesca.rossi@ikk-ms.example", "Francesca Rossi", "Italienischer Kulturkreis Münster e.V.",
        ["AG3", "AG2"], None, "de"))

# 034 Outlook reply with programme questions (timetable, AG 3 material, halal lunch) -> question
_t = T(2027, 2, 24, 15, 45)
_q = conf_de("Guten Tag Frau Wolf", "Katrin Wolf", "Netzwerk Interkulturelle Vereine Münster", "AG3", 1)
mail("034-wolf-programme-questions-outlook", message(
    T(2027, 2, 26, 11, 11), addr("Wolf, Katrin", "k.wolf@niv-muenster.example"),
    "AW: " + SUBJ_CONF,
    text(f"""Hallo Frau Meza Correa-Flock, hallo Team,

vielen Dank für die Bestätigung. Zur Vorbereitung in unserem Vorstand hätte ich drei Fragen zum Programm:

- Gibt es schon einen Ablaufplan mit Uhrzeiten (Begrüßung, Arbeitsgruppen, Mittagspause, Abschluss)?
- Wer moderiert die AG 3, und gibt es dort vorab Unterlagen, z. B. zu den Förderprogrammen des Landes NRW?
- Ist für ein Mittagessen gesorgt? Eine Kollegin isst nur halal.

Beste Grüße
Katrin Wolf

Netzwerk Interkulturelle Vereine Münster
Koordination
Tel. 0251 5550-3302

-----Ursprüngliche Nachricht-----
Von: {OURNAME} <{OUR}>
Gesendet: {outlook_de_date(_t)}
An: Wolf, Katrin <k.wolf@niv-muenster.example>
Betreff: {SUBJ_CONF}

{_q}
""", charset="windows-1252", ctype='text/plain; charset="windows-1252"'),
    msgid="AS8PR10MB6221E0F1A2B3C4D5@AS8PR10MB6221.niv-muenster.example",
    extra=reply_hdrs("conf-0035.20270224T1445@muenster.example",
                     extra=["Thread-Topic: " + hdr(SUBJ_CONF), "Content-Language: de-DE"])),
    ques("k.wolf@niv-muenster.example", "Katrin Wolf", "Netzwerk Interkulturelle Vereine Münster",
         "de"))

# 035 Russian first registration, KOI8-R 8bit, roman numerals I then III, Cyrillic signature
mail("035-sokolova-ru-registration-koi8r", message(
    T(2027, 3, 1, 9, 30), addr("Natalia Sokolova", "n.sokolova@mail.example"),
    "Регистрация MSO-Tag 2027",
    text("""Добрый день!

Прошу зарегистрировать меня на День мигрантских организаций 13 марта 2027 года.

Рабочая группа: в первую очередь группа I (образование), если там мест нет - группа III.
Буду одна.

Заранее спасибо!

Наталья Соколова
Kulturverein Dialog Münster e.V.
""".replace("Münster", "Muenster"), charset="koi8-r", cte="8bit", ctype="text/plain; charset=koi8-r"),
    msgid="20270301083011.5523@mail.example",
    extra=["X-Mailer: The Bat! (v10.5.3) Professional"], subj_charset="koi8-r"),
    reg("n.sokolova@mail.example", "Наталья Соколова", "Kulturverein Dialog Muenster e.V.",
        ["AG1", "AG3"], 1, "ru"))

# 036 English thanks to the English confirmation, Outlook top-post -> other
_t = T(2027, 3, 1, 10, 0)
_q = conf_en("Dear Mr Boateng", "Samuel Boateng", "Ghanaian Association Münster", "AG3", 1)
_new = """Many thanks, received! Looking forward to it.

Best,
Samuel"""
_fields = [("From:", f"{OURNAME} <{OUR}>"),
           ("Sent:", f"{WD_EN[_t.weekday()]}, {MON_EN[_t.month - 1]} {_t.day}, {_t.year} {_t:%I:%M} AM"),
           ("To:", "Samuel Boateng <s.boateng@ghanaian-assoc.example>"), ("Subject:", SUBJ_CONF_EN)]
mail("036-boateng-en-thanks-outlook", message(
    T(2027, 3, 1, 14, 22), addr("Samuel Boateng", "s.boateng@ghanaian-assoc.example"),
    "RE: " + SUBJ_CONF_EN,
    multi("alternative", [
        text(_new + "\n\n________________________________\n" + "\n".join(f"{k} {v}" for k, v in _fields)
             + "\n\n" + _q + "\n", charset="utf-8", ctype='text/plain; charset="utf-8"'),
        text(outlook_html(_new, _fields, _q, "EN-GB").replace("windows-1252", "utf-8"), "html",
             charset="utf-8", ctype='text/html; charset="utf-8"'),
    ], "_000_LO2P265MB5012D0E1F2A3B4C5GHANA_"),
    msgid="LO2P265MB5012D0E1F2A3B4C5@LO2P265MB5012.ghanaian-assoc.example",
    extra=reply_hdrs("conf-0040.20270301T0900@muenster.example",
                     extra=["Content-Language: en-GB", "X-MS-Has-Attach:"])),
    machine("other"))

# 037 student without association asks whether she may attend at all -> question (no registration)
mail("037-hartmann-student-may-i-attend", message(
    T(2027, 3, 2, 19, 5), addr("Leonie Hartmann", "leonie.hartmann@web.example"),
    "Frage zur Teilnahme am MSO-Tag",
    text("""Sehr geehrte Damen und Herren,

ich studiere Soziale Arbeit an der FH Münster und schreibe meine Bachelorarbeit über die Zusammenarbeit von Migrantenselbstorganisationen und Kommunen.

Darf ich als Einzelperson ohne Verein am MSO-Tag teilnehmen, oder ist die Veranstaltung nur für Vertreterinnen und Vertreter von Vereinen gedacht? Und falls ja: Bis wann müsste ich mich anmelden?

Mit freundlichen Grüßen
Leonie Hartmann
""", charset="iso-8859-1", ctype="text/plain; charset=iso-8859-1"),
    msgid="trinity-5d1a2f3b-9c8e-4b7a-a6d5-hartmann@web.example",
    extra=["X-UI-Message-Type: mail"]),
    ques("leonie.hartmann@web.example", "Leonie Hartmann", None, "de"))

# 038 Farsi first registration (Yahoo-like alternative, base64), Persian digits ۲ and ۲ persons
_new = """با سلام و احترام،

اینجانب، عضو هیئت مدیره‌ی انجمن‌مان، مایلم در روز سازمان‌های مهاجران (MSO-Tag) در تاریخ ۱۳ مارس ۲۰۲۷ شرکت کنم.

گروه کاری مورد نظر: گروه ۲ (آینده‌ی شهر مونستر)
تعداد شرکت‌کنندگان: ۲ نفر (من و همسرم)

پیشاپیش از زحمات شما سپاسگزارم.

Ali Ahmadi
Afghanischer Kulturverein Münster e.V."""
mail("038-ahmadi-fa-registration-yahoo", message(
    T(2027, 3, 3, 21, 17), addr("Ali Ahmadi", "ali.ahmadi@yahoo.example"),
    "ثبت نام MSO-Tag",
    multi("alternative", [
        text(_new, charset="UTF-8", cte="base64", ctype="text/plain; charset=UTF-8"),
        text('<html><head></head><body><div class="ydp4c2e1f0yahoo-style-wrap" dir="rtl" '
             'style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif; font-size:13px;">'
             + "".join(f"<div>{esc(l)}</div>" if l else "<div><br></div>" for l in _new.split("\n"))
             + "</div></body></html>", "html", charset="UTF-8", cte="base64",
             ctype="text/html; charset=UTF-8"),
    ], "----=_Part_1188411_902735551.1772569020113"),
    msgid="1188411.902735551.1772569020113@mail.yahoo.example",
    extra=["X-Mailer: WebService/1.1.23187 YMailNorrin"]),
    reg("ali.ahmadi@yahoo.example", "Ali Ahmadi", "Afghanischer Kulturverein Münster e.V.", ["AG2"], 2,
        "fa"))

# 039 Samsung phone, quote unprefixed below "-------- Ursprüngliche Nachricht --------": 3 -> 2 (change)
_t = T(2027, 3, 2, 17, 44)
_q = conf_de("Guten Tag Frau Wagner", "Nicole Wagner", "Elterncafé Angelmodde", "AG3", 1)
mail("039-wagner-phone-switch-3-to-2", message(
    T(2027, 3, 4, 7, 58), addr("Nicole Wagner", "nicole.wagner@mail.example"),
    "AW: " + SUBJ_CONF,
    text(f"""Hi, kann ich noch auf die 2 wechseln statt 3? Die Zukunftssache passt besser zu unserem Projekt. Danke!! LG Nicole



Gesendet von meinem Galaxy


-------- Ursprüngliche Nachricht --------
Von: {OURNAME} <{OUR}>
Datum: {_t:%d.%m.%y} {_t:%H:%M} (GMT+01:00)
An: nicole.wagner@mail.example
Betreff: {SUBJ_CONF}

{_q}
""", charset="utf-8", cte="base64", ctype="text/plain; charset=utf-8"),
    msgid="x1v9k3-nicole.wagner.galaxy@mail.example",
    extra=reply_hdrs("conf-0041.20270302T1644@muenster.example")),
    chg("nicole.wagner@mail.example", "Nicole Wagner", None, ["AG2"], None, "de"))

# 040 English Gmail reply: colleague drops out, 2 -> 1 person
_t = T(2027, 2, 15, 10, 3)
_q = conf_en("Dear Mr Kebede", "Dawit Kebede", "Ethiopian Community Association Münster", "AG2", 2)
_new = """Hi there,

Quick update on my registration: my colleague Selam won't be able to join after all (she got a work shift she can't swap), so it will just be me on 13 March. Please change it to 1 person.

Thanks a lot,
Dawit Kebede
Ethiopian Community Association Münster"""
mail("040-kebede-en-two-to-one", message(
    T(2027, 3, 5, 10, 30), addr("Dawit Kebede", "dawit.kebede@mail.example"),
    "Re: " + SUBJ_CONF_EN,
    multi("alternative", [
        text(_new + "\n\n" + gmail_en(_t) + "\n\n" + q(_q) + "\n", charset="UTF-8",
             ctype='text/plain; charset="UTF-8"'),
        text(gmail_html(_new, gmail_en(_t), _q), "html", charset="UTF-8",
             ctype='text/html; charset="UTF-8"'),
    ], "000000000000c3d4e5f60619a1dd08"),
    msgid="CAB7uMv9=dawit.kebede@mail.example",
    extra=reply_hdrs("conf-0028.20270215T0903@muenster.example")),
    chg("dawit.kebede@mail.example", "Dawit Kebede", "Ethiopian Community Association Münster", [], 1,
        "en"))

# 041 wife replies to her confirmation to register her husband separately, confirmation to his address
_t = T(2027, 2, 20, 12, 12)
_q = conf_de("Guten Tag Frau Lange", "Svetlana Lange", "Deutsch-Kasachischer Kulturverein Münster",
             "AG2", 1)
mail("041-lange-registers-husband-separately", message(
    T(2027, 3, 5, 18, 45), addr("Svetlana Lange", "svetlana.lange@mail.example"),
    "Re: " + SUBJ_CONF,
    text(f"""Liebes Team,

mein Mann möchte jetzt doch auch mitkommen, er ist auch Mitglied bei uns im Verein. Allerdings lieber in die AG 1, weil er Lehrer ist. Können Sie ihn bitte separat anmelden?

Peter Lange, peter.lange@schule-ms.example

Die Bestätigung bitte direkt an ihn schicken.

Danke und liebe Grüße
Svetlana Lange
Deutsch-Kasachischer Kulturverein Münster

> {apple_de(_t)}
>{" "}
{q(_q)}
""", charset="utf-8", ctype="text/plain; charset=utf-8"),
    msgid="0D5E7F91-A2B3-4C6D-8E0F-1A2B3C4D5E6F@mail.example",
    extra=reply_hdrs("conf-0034.20270220T1112@muenster.example",
                     "X-Mailer: Apple Mail (2.3826.300.87.4.3)")),
    reg("peter.lange@schule-ms.example", "Peter Lange", "Deutsch-Kasachischer Kulturverein Münster",
        ["AG1"], 1, "de"))

# 042 Ukrainian first registration, windows-1251 8bit, roman numeral II, Cyrillic signature
mail("042-shevchuk-uk-registration-cp1251", message(
    T(2027, 3, 6, 20, 12), addr("Olena Shevchuk", "olena.shevchuk@mriya-ms.example"),
    "Реєстрація на MSO-Tag",
    text("""Доброго дня!

Прошу зареєструвати мене на День організацій мігрантів 13 березня. Обираю робочу групу II (Zukunftsprozess). Буду сама.

Я координую волонтерів у нашій спілці, тому тема майбутнього міста для нас дуже важлива.

Дякую!
Олена Шевчук
Ukrainischer Verein Mriya Münster e.V.
""".replace("Münster", "Munster"), charset="windows-1251", cte="8bit",
         ctype="text/plain; charset=windows-1251"),
    msgid="1741288320.a7b3c9@mriya-ms.example",
    extra=["X-Mailer: Microsoft Outlook Express 6.00.2900.5931"], subj_charset="windows-1251"),
    reg("olena.shevchuk@mriya-ms.example", "Олена Шевчук", "Ukrainischer Verein Mriya Munster e.V.",
        ["AG2"], 1, "uk"))

# 043 iPhone reply to waiting-list notice: take me off the waiting list -> cancellation
_t = T(2027, 3, 1, 16, 20)
_q = wait_de("Guten Tag Frau Aras", "AG3", 2)
mail("043-aras-iphone-off-the-waitlist", message(
    T(2027, 3, 6, 22, 30), addr("Deniz Aras", "deniz.aras@icloud.example"),
    "Re: " + SUBJ_WAIT,
    text(f"""Hallo, bitte nehmen Sie mich von der Warteliste für AG 3 runter, ich habe am 13. doch einen anderen Termin. Danke und viel Erfolg mit der Veranstaltung!
Deniz Aras

Von meinem iPhone gesendet

> {apple_de(_t)}
>{" "}
{q(_q)}
""", charset="utf-8", ctype="text/plain; charset=utf-8"),
    msgid="6E2C8A40-F1D3-4B5E-97A8-C0B1D2E3F4A5@icloud.example",
    extra=reply_hdrs("wait-0015.20270301T1520@muenster.example", "X-Mailer: iPhone Mail (22D72)")),
    canc("deniz.aras@icloud.example", "Deniz Aras", None, "de"))

# 044 English: after the deadline, "is switching still possible? no change for now" -> question
_t = T(2027, 2, 9, 12, 30)
_q = conf_en("Dear Ms dos Santos", "Ana dos Santos", "Associação Brasileira de Münster", "AG2", 1)
mail("044-dossantos-en-can-i-still-switch-later", message(
    T(2027, 3, 7, 11, 0), addr("Ana dos Santos", "ana.santos@abm-muenster.example"),
    "Re: " + SUBJ_CONF_EN,
    text(f"""Hello,

I registered for workgroup 2 a few weeks ago. I see the registration deadline has passed now - is it still possible to switch workgroups if we decide to? Our board meets on Wednesday to decide who goes where.

No change for now, I just want to know whether it's an option.

Many thanks,
Ana dos Santos
Associação Brasileira de Münster

{gmail_en(_t)}
{q(_q)}
""", charset="utf-8", cte="8bit", ctype="text/plain; charset=utf-8"),
    msgid="87a1b2c3d4.fsf@abm-muenster.example",
    extra=reply_hdrs("conf-0027.20270209T1130@muenster.example",
                     "User-Agent: Gnus/5.13 (Gnus v5.13)")),
    ques("ana.santos@abm-muenster.example", "Ana dos Santos", "Associação Brasileira de Münster", "en"))

# 045 Outlook alternative (windows-1252 QP) with long disclaimer: "nicht zu dritt, sondern zu viert" -> 4
_t = T(2027, 2, 19, 14, 20)
_q = conf_de("Guten Tag Herr Kersting", "Bernd Kersting", "Deutsch-Ghanaischer Freundeskreis Münster e.V.",
             "AG1", 3)
_new = """Guten Tag,

kleine Korrektur zu unserer Anmeldung: Wir sind nicht zu dritt, sondern zu viert – unsere neue Praktikantin Frau Asante möchte auch gerne teilnehmen. Bitte passen Sie die Personenzahl auf 4 an.

Vielen Dank und freundliche Grüße

Bernd Kersting
Geschäftsführung
Deutsch-Ghanaischer Freundeskreis Münster e.V.
Hammer Straße 140 · 48153 Münster
Tel. 0251 5550-6610 | www.dgf-muenster.example

Vereinsregister: Amtsgericht Münster VR 4711
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet."""
_fields = [("Von:", f"{OURNAME} <{OUR}>"), ("Gesendet:", outlook_de_date(_t)),
           ("An:", "Bernd Kersting <b.kersting@dgf-muenster.example>"), ("Betreff:", SUBJ_CONF)]
mail("045-kersting-outlook-three-to-four-disclaimer", message(
    T(2027, 3, 8, 9, 12), addr("Bernd Kersting", "b.kersting@dgf-muenster.example"),
    "AW: " + SUBJ_CONF,
    multi("alternative", [
        text(_new + "\n\n________________________________\n" + "\n".join(f"{k} {v}" for k, v in _fields)
             + "\n\n" + _q + "\n", charset="windows-1252", ctype='text/plain; charset="windows-1252"'),
        text(outlook_html(_new, _fields, _q), "html", charset="windows-1252",
             ctype='text/html; charset="windows-1252"'),
    ], "_000_BE1P281MB2233A1B2C3D4E5F6DGF_"),
    msgid="BE1P281MB2233A1B2C3D4E5F6@BE1P281MB2233.dgf-muenster.example",
    extra=reply_hdrs("conf-0032.20270219T1320@muenster.example",
                     extra=["Thread-Topic: " + hdr(SUBJ_CONF), "Content-Language: de-DE"])),
    chg("b.kersting@dgf-muenster.example", "Bernd Kersting",
        "Deutsch-Ghanaischer Freundeskreis Münster e.V.", [], 4, "de"))

# 046 whole group of three withdraws; Outlook related (logo inline), Dr. title in signature
_new = """Sehr geehrte Damen und Herren,

leider müssen wir unsere Anmeldung für den MSO-Tag am 13.03.2027 vollständig zurückziehen. Wegen einer kurzfristig angesetzten Klausurtagung unseres Trägers kann keine der drei angemeldeten Personen (Frau Yıldız, Herr Neumann und ich) teilnehmen.

Wir bedauern das sehr und hoffen, im nächsten Jahr wieder dabei zu sein. Bitte geben Sie die Plätze gern an Personen auf der Warteliste weiter.

Mit freundlichen Grüßen

Dr. Yasemin Karaca
Leitung
Bildungswerk Interkulturell Münster gGmbH"""
_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
         '<body lang="DE"><div class="WordSection1">\n'
         + "\n".join(f'<p class="MsoNormal">{esc(l) if l else "&nbsp;"}</p>' for l in _new.split("\n"))
         + '\n<p class="MsoNormal"><img width="120" height="40" src="cid:image001.png@01DB90A1.5C7E3F20" '
         'alt="Logo Bildungswerk"></p>\n</div></body></html>')
mail("046-karaca-whole-group-withdraws", message(
    T(2027, 3, 9, 8, 5), addr("Dr. Yasemin Karaca", "y.karaca@bildungswerk-ms.example"),
    "Absage MSO-Tag 2027 – Bildungswerk Interkulturell",
    multi("related", [
        multi("alternative", [
            text(_new, charset="utf-8", ctype='text/plain; charset="utf-8"'),
            text(_html, "html", charset="utf-8", ctype='text/html; charset="utf-8"'),
        ], "_000_GV0P278MB0777BILDUNGSWERK_"),
        binary(tiny_png(), "image/png", "image001.png", "inline",
               extra=["Content-ID: <image001.png@01DB90A1.5C7E3F20>",
                      "Content-Description: image001.png"]),
    ], "_004_GV0P278MB0777BILDUNGSWERK_", params='; type="multipart/alternative"'),
    msgid="GV0P278MB07771A2B3C4D5E6F@GV0P278MB0777.bildungswerk-ms.example",
    extra=["Content-Language: de-DE", "X-MS-Has-Attach: yes"]),
    canc("y.karaca@bildungswerk-ms.example", "Yasemin Karaca",
         "Bildungswerk Interkulturell Münster gGmbH", "de"))

# 047 learner German reply to the waiting-list notice: "ok I wait" - nothing to do -> other
_t = T(2027, 3, 8, 11, 5)
_q = wait_de("Guten Tag Herr Othman", "AG2", 4)
mail("047-othman-learner-ok-i-wait", message(
    T(2027, 3, 9, 13, 33), addr("Abdulrahman Othman", "abdulrahman.othman@mail.example"),
    "Re: " + SUBJ_WAIT,
    text(f"""Hallo,
danke fur die Info. ok ich warte auf Warteliste, vielleicht wird Platz frei inshallah. Sie schreiben mir dann.

Mit freundlichen Grüßen
Abdulrahman Othman

{gmail_de(_t)}

{q(_q)}
""", charset="utf-8", cte="8bit", ctype='text/plain; charset="UTF-8"'),
    msgid="CAD4tNx6=abdulrahman.othman@mail.example",
    extra=reply_hdrs("wait-0017.20270308T1005@muenster.example")),
    machine("other"))

# 048 Gmail reply after the deadline: AG 3 -> AG 1 and daughter comes along (1 -> 2) + "geht das noch?"
_t = T(2027, 2, 22, 18, 30)
_q = conf_de("Guten Tag Frau Koç", "Fatma Koç", "Türkisch-Islamischer Kulturverein Berg Fidel", "AG3", 1)
_new = """Hallo liebes Team,

zwei Änderungen bitte:
1. Statt AG 3 möchte ich lieber in die AG 1 (Bildung), weil wir gerade ein Nachhilfeprojekt starten.
2. Meine Tochter Elif (17) würde gern mitkommen, sie engagiert sich bei uns im Jugendbereich. Also 2 Personen.

Geht das noch, obwohl die Anmeldefrist vorbei ist?

Danke!
Fatma Koç
Türkisch-Islamischer Kulturverein Berg Fidel"""
mail("048-koc-ag3-to-ag1-plus-daughter", message(
    T(2027, 3, 10, 17, 20), addr("Fatma Koç", "fatma.koc@mail.example"),
    "Re: " + SUBJ_CONF,
    multi("alternative", [
        text(_new + "\n\n" + gmail_de(_t) + "\n\n" + q(_q) + "\n", charset="UTF-8",
             ctype='text/plain; charset="UTF-8"'),
        text(gmail_html(_new, gmail_de(_t), _q), "html", charset="UTF-8",
             ctype='text/html; charset="UTF-8"'),
    ], "000000000000d5e6f7a80619b2ee09"),
    msgid="CAE6vOz3=fatma.koc@mail.example",
    extra=reply_hdrs("conf-0037.20270222T1730@muenster.example")),
    chg("fatma.koc@mail.example", "Fatma Koç", "Türkisch-Islamischer Kulturverein Berg Fidel", ["AG1"], 2,
        "de"))

# 049 iPhone one-liner with emoji: must I print the confirmation? -> question
_t = T(2027, 3, 5, 9, 40)
_q = conf_de("Guten Tag Frau Omerović", "Jasmina Omerović", None, "AG2", 1)
mail("049-omerovic-print-confirmation-emoji", message(
    T(2027, 3, 11, 20, 3), addr("Jasmina Omerović", "jasmina.omerovic@mail.example"),
    "Re: " + SUBJ_CONF,
    text(f"""Hallo, muss ich die Bestätigung ausgedruckt mitbringen oder reicht das aufm Handy? Und gibts eigentlich Kaffee 😅
Lg Jasmina

Von meinem iPhone gesendet

> {apple_de(_t)}
>{" "}
{q(_q)}
""", charset="utf-8", ctype="text/plain; charset=utf-8"),
    msgid="9B8A7C6D-5E4F-4A3B-2C1D-0E9F8A7B6C5D@mail.example",
    extra=reply_hdrs("conf-0042.20270305T0840@muenster.example", "X-Mailer: iPhone Mail (22D72)")),
    ques("jasmina.omerovic@mail.example", "Jasmina Omerović", None, "de"))

# 050 reply to the 1-day reminder from an Android phone: sick, cannot come tomorrow -> cancellation
_t = T(2027, 3, 12, 8, 0)
_q = remind_de("Guten Tag Herr Berisha", "AG3")
mail("050-berisha-sick-reply-to-reminder", message(
    T(2027, 3, 12, 9, 47), addr("Ilir Berisha", "ilir.berisha@kosova-ms.example"),
    "Re: " + SUBJ_REMIND,
    text(f"""Hallo, leider bin ich seit gestern krank (Grippe) und kann morgen nicht kommen. Bitte streichen Sie mich, vielleicht kann noch jemand von der Warteliste nachrücken. Schade!!

Ilir Berisha
Kosovarischer Kulturverein Dardania

Am {_t:%d.%m.%Y} {_t:%H:%M} schrieb {OURNAME} <{OUR}>:
{q(_q)}
""", charset="utf-8", cte="base64", ctype="text/plain; charset=utf-8"),
    msgid="k9m2p4q6-ilir.berisha.android@kosova-ms.example",
    extra=reply_hdrs("remind-0063.20270312T0700@muenster.example",
                     "X-Mailer: K-9 Mail for Android")),
    canc("ilir.berisha@kosova-ms.example", "Ilir Berisha", "Kosovarischer Kulturverein Dardania", "de"))


# ===========================================================================
# validation
# ===========================================================================

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-=$]+@((?:[A-Za-z0-9\-]+\.)+[A-Za-z]{2,})(?![A-Za-z0-9\-])")
URL_RE = re.compile(r"(?:https?://|www\.)([A-Za-z0-9\-.]+)", re.I)
EXAMPLE_SLD = {"example.org", "example.com", "example.net"}


def host_ok(host):
    host = host.lower().rstrip(".")
    return (host == "example" or host.endswith(".example") or host in EXAMPLE_SLD
            or any(host.endswith("." + d) for d in EXAMPLE_SLD))


def check_hosts(where, s):
    for m in EMAIL_RE.finditer(s):
        if not host_ok(m.group(1)):
            raise SystemExit(f"{where}: non-example address {m.group(0)!r}")
    for m in URL_RE.finditer(s):
        h = m.group(1)
        if m.group(0).lower().startswith("www."):
            h = "www." + h
        if not host_ok(h):
            raise SystemExit(f"{where}: non-example host {h!r}")


def validate(name, raw_bytes, exp):
    if b"\r\n" not in raw_bytes or re.search(rb"(?<!\r)\n", raw_bytes) or re.search(rb"\r(?!\n)", raw_bytes):
        raise SystemExit(f"{name}: line ends are not all CRLF")
    for line in raw_bytes.split(b"\r\n"):
        if len(line) > 998:
            raise SystemExit(f"{name}: line longer than 998 octets")
    head = raw_bytes.split(b"\r\n\r\n", 1)[0]
    try:
        head.decode("ascii")
    except UnicodeDecodeError:
        raise SystemExit(f"{name}: non-ASCII in the top-level header")
    msg = email.message_from_bytes(raw_bytes, policy=email.policy.default)
    texts = []
    for k, v in msg.items():
        texts.append(str(v))
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{name}: defects {part.defects}")
        if part.is_multipart() or part.get_content_maintype() == "message":
            continue
        payload = part.get_payload(decode=True)
        if part.defects:
            raise SystemExit(f"{name}: defects after decoding {part.defects}")
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            try:
                texts.append(payload.decode(cs, "strict"))
            except (UnicodeDecodeError, LookupError) as e:
                raise SystemExit(f"{name}: text part does not decode as {cs}: {e}")
    if msg.get("Date") is None or msg.get("Message-ID") is None:
        raise SystemExit(f"{name}: Date or Message-ID missing")
    for t in texts:
        check_hosts(name, t)
    # the record
    if set(exp) != set(KEYS):
        raise SystemExit(f"{name}: record keys {sorted(exp)}")
    k = exp["kind"]
    if k not in KINDS:
        raise SystemExit(f"{name}: kind {k}")
    machine_kind = k in ("auto_reply", "bounce", "other")
    for key in ("email", "name", "organisation", "language"):
        if machine_kind and exp[key] is not None:
            raise SystemExit(f"{name}: {key} must be null for {k}")
        if not machine_kind and key in ("email", "name", "language") and not exp[key]:
            raise SystemExit(f"{name}: {key} missing for {k}")
    if exp["email"] is not None:
        e = exp["email"]
        if e != e.lower() or not EMAIL_RE.fullmatch(e) or not host_ok(e.split("@")[1]):
            raise SystemExit(f"{name}: bad email {e}")
        if e.encode() not in raw_bytes.lower() and not any(e in t.lower() for t in texts):
            raise SystemExit(f"{name}: expected email {e} does not occur in the mail")
    if exp["language"] is not None and not re.fullmatch(r"[a-z]{2}", exp["language"]):
        raise SystemExit(f"{name}: bad language")
    w = exp["workgroups"]
    if not isinstance(w, list) or any(x not in TITLES for x in w) or len(set(w)) != len(w):
        raise SystemExit(f"{name}: bad workgroups {w}")
    if machine_kind and w:
        raise SystemExit(f"{name}: workgroups for {k}")
    p = exp["party_size"]
    if k == "registration":
        if not (isinstance(p, int) and p >= 1):
            raise SystemExit(f"{name}: registration needs party_size")
    elif k == "change":
        if p is not None and not (isinstance(p, int) and p >= 1):
            raise SystemExit(f"{name}: bad party_size")
    elif p is not None:
        raise SystemExit(f"{name}: party_size must be null for {k}")
    b = exp["bounced_recipient"]
    if (k == "bounce") != (b is not None):
        raise SystemExit(f"{name}: bounced_recipient/kind mismatch")
    if b is not None and (b != b.lower() or b.encode() not in raw_bytes.lower()):
        raise SystemExit(f"{name}: bad bounced_recipient {b}")
    return msg


def build():
    files = {}
    expected = {}
    last = None
    for i, (slug, raw_bytes, exp) in enumerate(MAILS_LIST, 1):
        if not slug.startswith(f"{i:03d}-"):
            raise SystemExit(f"{slug}: number does not match position {i}")
        name = slug + ".eml"
        msg = validate(name, raw_bytes, exp)
        date = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if last is not None and date <= last:
            raise SystemExit(f"{name}: Date does not rise")
        last = date
        files[name] = raw_bytes
        expected[name] = exp
    exp_bytes = (json.dumps(expected, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return files, exp_bytes, expected


def stats(expected):
    kinds = Counter(r["kind"] for r in expected.values())
    langs = Counter(r["language"] or "-" for r in expected.values())
    print("kinds:", ", ".join(f"{k}={kinds[k]}" for k in KINDS if kinds[k]))
    print("languages:", ", ".join(f"{k}={v}" for k, v in sorted(langs.items(), key=lambda x: -x[1])))
    print("total:", len(expected))


def main(argv):
    files, exp_bytes, expected = build()
    if "--stats" in argv:
        stats(expected)
        return 0
    if "--check" in argv:
        bad = []
        on_disk = {p.name for p in MAILS.glob("*.eml")} if MAILS.exists() else set()
        for extra in sorted(on_disk - set(files)):
            bad.append(f"extra file mails/{extra}")
        for name, data in files.items():
            p = MAILS / name
            if not p.exists() or p.read_bytes() != data:
                bad.append(f"differs: mails/{name}")
        if not EXPECTED.exists() or EXPECTED.read_bytes() != exp_bytes:
            bad.append("differs: expected.json")
        for b in bad:
            print(b)
        print("check:", "FAILED" if bad else "ok", f"({len(files)} mails)")
        return 1 if bad else 0
    MAILS.mkdir(exist_ok=True)
    for p in MAILS.glob("*.eml"):
        if p.name not in files:
            p.unlink()
    for name, data in files.items():
        (MAILS / name).write_bytes(data)
    EXPECTED.write_bytes(exp_bytes)
    # re-read what was written
    for name in files:
        validate(name, (MAILS / name).read_bytes(), expected[name])
    print(f"wrote {len(files)} mails and expected.json; validated")
    stats(expected)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
