#!/usr/bin/env python3
"""Evaluation mail set "final10f": Seniorenforum Kinderhaus 2027.

Senior citizens' groups of migrant communities register for three
Gesprächskreise K1 (Pflege und Gesundheit), K2 (Wohnen im Alter) and
K3 (Rente und Behörden).  Writers are older people, their grown-up children,
neighbours, social workers and community leaders.

    python3 make_mails.py          write mails/ and expected.json, then validate
    python3 make_mails.py --check  fail if the files on disk differ
    python3 make_mails.py --stats  print counts

Standard library only, deterministic.
"""
import base64
import binascii
import email
import email.policy
import email.utils
import html as htmlmod
import json
import os
import re
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
OUR = "seniorenforum@muenster.example"
OUR_NAME = "Seniorenforum Kinderhaus"
WG_IDS = ("K1", "K2", "K3")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")

# ---------------------------------------------------------------- MIME helpers


class Part:
    def __init__(self, ctype, body=None, charset=None, cte="7bit", parts=None,
                 params=None, filename=None, disposition=None, raw=None):
        self.ctype = ctype
        self.body = body          # str for text parts
        self.charset = charset
        self.cte = cte
        self.parts = parts or []
        self.params = params or {}
        self.filename = filename
        self.disposition = disposition
        self.raw = raw            # bytes for binary / message parts


def plain(text, cs="utf-8", cte="quoted-printable", flowed=False):
    p = Part("text/plain", text, cs, cte)
    if flowed:
        p.params["format"] = "flowed"
    return p


def html(text, cs="utf-8", cte="quoted-printable"):
    return Part("text/html", text, cs, cte)


def alt(*parts):
    return Part("multipart/alternative", parts=list(parts))


def mixed(*parts):
    return Part("multipart/mixed", parts=list(parts))


def attach(data, ctype, filename):
    return Part(ctype, raw=data, cte="base64", filename=filename,
                disposition="attachment")


def html_from_text(text, style="gmail"):
    """Render a plain text as the HTML part a mail client would produce."""
    paras = text.split("\n\n")
    out = []
    if style == "outlook":
        out.append('<html xmlns:o="urn:schemas-microsoft-com:office:office">'
                   '<head><meta http-equiv="Content-Type" content="text/html">'
                   '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt;'
                   ' font-family:"Calibri",sans-serif;} --></style></head>'
                   '<body lang="DE" link="#0563C1"><div class="WordSection1">')
        for para in paras:
            for line in para.split("\n"):
                out.append('<p class="MsoNormal">%s<o:p></o:p></p>'
                           % (htmlmod.escape(line) or "&nbsp;"))
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        out.append("</div></body></html>")
    else:
        out.append('<div dir="ltr">')
        for para in paras:
            out.append("<div>%s</div><div><br></div>"
                       % "<br>".join(htmlmod.escape(l) for l in para.split("\n")))
        out.append("</div>")
    return "\n".join(out) + "\n"


def hdr_text(value, cs="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        try:
            value.encode(cs)
        except UnicodeEncodeError:
            cs = "utf-8"          # what mail clients do when the charset cannot hold it
        return Header(value, cs).encode(maxlinelen=76).replace("\n", "\r\n")


def addr(name, address, cs="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, address))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(maxlinelen=76).replace("\n", "\r\n"), address)


def encode_body(text, cs, cte):
    text = text.replace("\r\n", "\n")
    data = text.encode(cs)
    if cte == "7bit":
        data.decode("ascii")
        return data.replace(b"\n", b"\r\n")
    if cte == "8bit":
        return data.replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        return binascii.b2a_qp(data, istext=True).replace(b"\n", b"\r\n")
    if cte == "base64":
        data = data.replace(b"\n", b"\r\n")
        return base64.encodebytes(data).replace(b"\n", b"\r\n")
    raise ValueError(cte)


class Serializer:
    def __init__(self, tag):
        self.tag = tag
        self.n = 0

    def part(self, p):
        """Return (header lines, body bytes) of a part."""
        heads = []
        if p.ctype.startswith("multipart/"):
            self.n += 1
            boundary = "----=_Part_%s_%02d" % (self.tag, self.n)
            params = "".join(' %s="%s";' % kv for kv in p.params.items())
            heads.append('Content-Type: %s;%s\r\n\tboundary="%s"'
                         % (p.ctype, params, boundary))
            chunks = []
            for sub in p.parts:
                sh, sb = self.part(sub)
                chunks.append(b"--" + boundary.encode() + b"\r\n"
                              + "\r\n".join(sh).encode() + b"\r\n\r\n" + sb)
            body = b"".join(c if c.endswith(b"\r\n") else c + b"\r\n" for c in chunks)
            body += b"--" + boundary.encode() + b"--\r\n"
            return heads, body
        if p.ctype.startswith("text/") and p.body is not None:
            params = "".join("; %s=%s" % kv for kv in p.params.items())
            heads.append('Content-Type: %s; charset="%s"%s' % (p.ctype, p.charset, params))
            heads.append("Content-Transfer-Encoding: %s" % p.cte)
            return heads, encode_body(p.body, p.charset, p.cte)
        if p.ctype in ("message/rfc822", "message/delivery-status", "text/rfc822-headers"):
            heads.append("Content-Type: %s" % p.ctype)
            if p.disposition:
                heads.append("Content-Disposition: %s" % p.disposition)
            raw = p.raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
            return heads, raw
        # binary attachment
        name = p.filename
        heads.append('Content-Type: %s; name="%s"' % (p.ctype, name))
        heads.append('Content-Disposition: attachment; filename="%s"' % name)
        heads.append("Content-Transfer-Encoding: base64")
        return heads, base64.encodebytes(p.raw).replace(b"\n", b"\r\n")


def berlin(stamp):
    """'2027-03-12 09:14' local Berlin time -> aware datetime (DST from 28 March)."""
    dt = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    off = 2 if dt >= datetime(2027, 3, 28, 2, 0) else 1
    return dt.replace(tzinfo=timezone(timedelta(hours=off)))


def build(m, tag):
    ser = Serializer(tag)
    cs = m.get("hcs", "utf-8")
    h = []
    h.append("Return-Path: <%s>" % m.get("envelope", m["from"][1]))
    h.append("Received: from %s (%s [192.0.2.%d])\r\n\tby mx.muenster.example (Postfix)"
             " with ESMTPS id %s\r\n\tfor <%s>; %s"
             % (m.get("helo", "mail." + m["from"][1].split("@")[1]),
                m.get("helo", "mail." + m["from"][1].split("@")[1]),
                10 + int(tag[:3]) % 200, tag[:3] + "A7F" + tag[:3],
                OUR, email.utils.format_datetime(m["dt"] + timedelta(seconds=4))))
    h.append("From: " + addr(m["from"][0], m["from"][1], cs))
    to = m.get("to", [(OUR_NAME, OUR)])
    h.append("To: " + ", ".join(addr(n, a, cs) for n, a in to))
    if m.get("cc"):
        h.append("Cc: " + ", ".join(addr(n, a, cs) for n, a in m["cc"]))
    if m.get("reply_to"):
        h.append("Reply-To: " + addr(m["reply_to"][0], m["reply_to"][1], cs))
    h.append("Subject: " + hdr_text(m["subject"], cs))
    h.append("Date: " + email.utils.format_datetime(m["dt"]))
    h.append("Message-ID: <%s>" % m.get("msgid", "%s.%s@%s" % (
        tag[:3], m["dt"].strftime("%Y%m%d%H%M%S"), m["from"][1].split("@")[1])))
    if m.get("in_reply_to"):
        h.append("In-Reply-To: <%s>" % m["in_reply_to"])
        h.append("References: <%s>" % m["in_reply_to"])
    for line in m.get("extra", []):
        h.append(line)
    h.append("MIME-Version: 1.0")
    ph, body = ser.part(m["body"])
    h.extend(ph)
    return ("\r\n".join(h) + "\r\n\r\n").encode("ascii") + body


# ------------------------------------------------------------- shared texts

INVITE_ID = "einladung.seniorenforum2027@muenster.example"

INVITATION = """Einladung zum Seniorenforum Kinderhaus 2027

Liebe Seniorinnen und Senioren, liebe Vereine und Gemeinden,

am Donnerstag, 20. Mai 2027, 10:00 bis 15:00 Uhr, laden wir herzlich ins
Bürgerhaus Kinderhaus, Idenbrockplatz 8, 48159 Münster, ein.

Drei Gesprächskreise stehen zur Wahl:
  K1  Pflege und Gesundheit
  K2  Wohnen im Alter
  K3  Rente und Behörden

Anmeldung bitte bis 7. Mai 2027 an seniorenforum@muenster.example mit Name,
Verein oder Gruppe, gewünschtem Gesprächskreis und Zahl der Personen.
Begleitpersonen und Dolmetschende sind willkommen.

Petra Brinkhoff
Seniorenbüro Kinderhaus, Stadt Münster"""


def confirmation(salutation, persons, wg_line):
    return """%s,

vielen Dank für Ihre Anmeldung zum Seniorenforum Kinderhaus 2027
am 20. Mai 2027, 10:00 bis 15:00 Uhr, Bürgerhaus Kinderhaus.

Angemeldet: %s
Gesprächskreis: %s

Für Änderungen oder eine Absage antworten Sie einfach auf diese Mail.

Mit freundlichen Grüßen
Petra Brinkhoff
Seniorenbüro Kinderhaus""" % (salutation, persons, wg_line)


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


def rec(kind, email_=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email_, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


# tiny binary attachments (deterministic)
FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
FAKE_JPEG = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" \
    + bytes(range(256)) * 3 + bytes([0xFF, 0xD9])

# ------------------------------------------------------------------- the mails

MAILS = []


def mail(slug, when, frm, subject, body, expected, **kw):
    m = dict(slug=slug, dt=berlin(when) if isinstance(when, str) else when,
             **{"from": frm}, subject=subject, body=body, expected=expected)
    m.update(kw)
    MAILS.append(m)


# Community leader registers five seniors of his association and himself as
# companion; plain UTF-8 quoted-printable, list of names, question on stairs.
mail("yildirim-vereinsgruppe-k1", "2027-03-12 09:14",
     ("Mehmet Yıldırım", "m.yildirim@tkv-kinderhaus.example"),
     "Anmeldung Seniorengruppe TKV Kinderhaus",
     plain("""Sehr geehrte Frau Brinkhoff,

vielen Dank für die Einladung, die wir über den Integrationsrat bekommen haben.

Aus unserem Seniorenkreis möchten 5 ältere Mitglieder am Seniorenforum
teilnehmen, ich komme als Begleiter und Übersetzer mit. Wir sind also
6 Personen.

Die Gruppe interessiert sich vor allem für Pflege und Gesundheit
(Gesprächskreis K1). Viele haben Fragen zum Pflegegrad und zur Pflegekasse.

Teilnehmer:
- Hüsnü Arslan
- Emine Arslan
- Kadir Koç
- Zehra Polat
- Nuri Aydemir
- Mehmet Yıldırım (Begleitung)

Zwei der Herren gehen mit Stock. Ist das Bürgerhaus ohne Treppen erreichbar?

Mit freundlichen Grüßen

Mehmet Yıldırım
2. Vorsitzender
Türkischer Kulturverein Kinderhaus e.V.
Kinderhauser Straße 112, 48159 Münster
Tel. 0251 555 0142
Vereinsheim geöffnet Mo–Fr 15–19 Uhr
"""),
     rec("registration", "m.yildirim@tkv-kinderhaus.example", "Mehmet Yıldırım",
         "Türkischer Kulturverein Kinderhaus e.V.", ["K1"], 6, "de"))

# Polish pensioner registers herself and her husband in Polish; first and
# second choice by id plus German title; ISO-8859-2 quoted-printable.
mail("kowalczyk-polnisch-ehepaar", "2027-03-13 10:41",
     ("Halina Kowalczyk", "halina.kowalczyk@poczta.example"),
     "Zgłoszenie - Forum Seniorów 20 maja",
     plain("""Dzień dobry,

nazywam się Halina Kowalczyk, mam 74 lata i mieszkam w Kinderhaus od 1989 roku.
Zaproszenie dostałam od pani z parafii.

Chciałabym zgłosić siebie i mojego męża Zbigniewa na Seniorenforum 20 maja.
Najbardziej interesuje nas grupa K2 - mieszkanie na starość (Wohnen im Alter),
bo szukamy mniejszego mieszkania bez schodów. Jeżeli tam nie będzie miejsca,
to K3 - emerytura i urzędy.

Mąż słabo mówi po niemiecku, ja trochę lepiej.

Pozdrawiam serdecznie
Halina Kowalczyk
tel. 0251 555 3318
""", cs="iso-8859-2"),
     rec("registration", "halina.kowalczyk@poczta.example", "Halina Kowalczyk",
         None, ["K2", "K3"], 2, "pl"), hcs="iso-8859-2")

# Daughter registers her Greek father and will accompany him; Gmail
# multipart/alternative, base64, emoji; the Greek community is only where he
# saw the flyer, not his organisation.
_t = """Hallo liebes Team vom Seniorenforum,

mein Vater, Georgios Papadopoulos, hat Ihren Flyer im Café der Griechischen Gemeinde gesehen und möchte unbedingt kommen 😊 Er ist 83 und kommt seit einem Sturz im Winter nicht mehr gut allein zurecht, deshalb würde ich ihn begleiten.

Er interessiert sich für den Kreis Pflege und Gesundheit.

Er hat keine eigene Mailadresse, bitte schicken Sie alles an mich.

Viele Grüße
Eleni Papadopoulou-Wessels
"""
mail("papadopoulos-tochter-begleitet", "2027-03-14 20:03",
     ("Eleni Papadopoulou-Wessels", "eleni.wessels@mailbox.example"),
     "Anmeldung für meinen Vater",
     alt(plain(_t, cte="base64"), html(html_from_text(_t), cte="base64")),
     rec("registration", "eleni.wessels@mailbox.example", "Georgios Papadopoulos",
         None, ["K1"], 2, "de"))

# Russian pensioner, KOI8-R 8bit, her pensioners' club named in passing.
mail("ivanova-russisch-k3", "2027-03-15 11:26",
     ("Валентина Иванова", "v.ivanova@t-mail.example"),
     "Регистрация на Seniorenforum",
     plain("""Здравствуйте!

Меня зовут Валентина Иванова. Я хожу в клуб пенсионеров "Встреча", там нам
раздали ваше приглашение. Хочу записаться на форум 20 мая.

Меня интересует группа K3 - пенсия и ведомства. У меня много вопросов про
Grundsicherung и про пенсию из Казахстана, там стаж не засчитывают.

Приду одна.

С уважением,
Валентина Иванова
""", cs="koi8-r", cte="8bit"),
     rec("registration", "v.ivanova@t-mail.example", "Валентина Иванова",
         "Клуб пенсионеров \"Встреча\"", ["K3"], 1, "ru"), hcs="koi8-r")

# Home-care nurse asks about accessibility before registering anyone;
# Outlook HTML-only, windows-1252 quoted-printable, long disclaimer.
mail("kortmann-pflegedienst-barrierefrei", "2027-03-16 08:52",
     ("Kortmann, Sabine", "s.kortmann@pflegedienst-lebensabend.example"),
     "Frage Barrierefreiheit Seniorenforum",
     html(html_from_text("""Guten Tag,

ich bin Pflegedienstleitung beim ambulanten Pflegedienst „Lebensabend“ und betreue mehrere Klientinnen und Klienten aus der russischsprachigen und der türkischen Community in Kinderhaus. Einige haben Interesse am Seniorenforum.

Bevor ich jemanden anmelde, hätte ich ein paar Fragen:
1. Ist der Veranstaltungsraum stufenlos erreichbar, und gibt es ein rollstuhlgerechtes WC?
2. Können Pflegekräfte bzw. Begleitpersonen kostenlos mit hinein? Zählen sie bei der Teilnehmerzahl mit?
3. Gibt es Parkplätze direkt am Haus für unseren Kleinbus?

Vielen Dank und freundliche Grüße

Sabine Kortmann
Pflegedienstleitung
Ambulanter Pflegedienst Lebensabend GmbH
Westhoffstraße 5 • 48159 Münster
Tel. 0251 555 7710 • Fax 0251 555 7711

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.""", "outlook"),
          cs="windows-1252"),
     rec("question", "s.kortmann@pflegedienst-lebensabend.example", "Sabine Kortmann",
         "Ambulanter Pflegedienst Lebensabend GmbH", [], None, "de"),
     hcs="windows-1252",
     extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdtmQk3vW9xk2s1bQ0e8aQ=="])

# Out-of-office reply of a migration counsellor to our partner circular;
# Auto-Submitted header, ISO-8859-1 quoted-printable.
mail("abwesenheit-caritas", "2027-03-17 07:02",
     ("Dragana Petković", "d.petkovic@caritas-ms.example"),
     "Automatische Antwort: Seniorenforum Kinderhaus 2027 - Bitte an die Kooperationspartner",
     plain("""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 26.03.2027 nicht im Büro und habe keinen Zugriff
auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an migrationsdienst@caritas-ms.example
oder telefonisch an 0251 555 2200.

Mit freundlichen Grüßen
Dragana Petković
Caritas-Migrationsdienst Münster
""", cs="utf-8", cte="quoted-printable"),
     rec("auto_reply"),
     in_reply_to="partner-rundmail.20270316@muenster.example",
     extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

# Syrian pensioner registers himself and his wife in Arabic, first and second
# choice by number words; windows-1256 base64.
mail("alhassan-arabisch-ehepaar", "2027-03-18 15:30",
     ("Mahmoud Al-Hassan", "m.alhassan@webpost.example"),
     "تسجيل في منتدى كبار السن",
     plain("""السلام عليكم ورحمة الله،

أنا محمود الحسن، عمري 78 سنة، من سوريا وأسكن في كيندرهاوس منذ 2016.
أريد أن أسجل نفسي وزوجتي أم خالد في منتدى كبار السن يوم 20 أيار.

نحن مهتمون بمجموعة النقاش الأولى (الرعاية والصحة)، وإذا أمكن أيضاً المجموعة
الثانية (السكن في الشيخوخة) لأننا نبحث عن شقة في الطابق الأرضي.

هل يوجد مترجم عربي؟ لغتنا الألمانية ضعيفة.

مع الشكر والاحترام
محمود الحسن
عضو في الجمعية السورية الألمانية في مونستر
""", cs="windows-1256", cte="base64"),
     rec("registration", "m.alhassan@webpost.example", "محمود الحسن",
         "الجمعية السورية الألمانية في مونستر", ["K1", "K2"], 2, "ar"),
     hcs="windows-1256")

# Vietnamese association registers a group of four with a numbered list;
# Gmail multipart/alternative UTF-8 base64.
_t = """Kính gửi Ban tổ chức,

Tôi là Nguyễn Thị Lan, phụ trách nhóm người cao tuổi của Hội Người Việt tại Münster. Chúng tôi xin đăng ký 4 người (kể cả tôi) tham dự Diễn đàn Người cao tuổi ngày 20/5/2027:

1. Nguyễn Thị Lan (người đi kèm, phiên dịch)
2. Phạm Văn Đức
3. Lê Thị Hoa
4. Vũ Văn Thành

Chúng tôi muốn tham gia nhóm thảo luận K2 (Wohnen im Alter - nhà ở khi về già).

Xin cảm ơn và trân trọng,
Nguyễn Thị Lan
Hội Người Việt tại Münster e.V.
"""
mail("nguyen-vietnamesische-gruppe", "2027-03-20 19:45",
     ("Nguyễn Thị Lan", "lan.nguyen@hoinguoiviet-ms.example"),
     "Đăng ký tham dự Seniorenforum Kinderhaus",
     alt(plain(_t, cte="base64"), html(html_from_text(_t), cte="base64")),
     rec("registration", "lan.nguyen@hoinguoiviet-ms.example", "Nguyễn Thị Lan",
         "Hội Người Việt tại Münster e.V.", ["K2"], 4, "vi"))

# Daughter writes from her parents' family address about transport; Reply-To
# (and an explicit request) points to her own address; ISO-8859-2 8bit German.
mail("babic-fahrdienst-frage", "2027-03-22 21:10",
     ("Familie Babić", "familie.babic@kabelnet.example"),
     "Fahrdienst?",
     plain("""Hallo,

ich schreibe vom Computer meiner Eltern. Meine Mutter (Marija Babić, 79) hat
die Einladung zum Seniorenforum von der kroatischen Gemeinde bekommen. Sie
würde gern kommen, aber sie kann seit der Hüft-OP nicht mehr mit dem Bus
fahren und ich arbeite an dem Tag.

Gibt es einen Fahrdienst oder kann man über Sie ein Taxi bestellen? Wenn es
eine Möglichkeit gibt, melde ich sie gern an.

Bitte antworten Sie an meine Adresse (ivana.babic@buero-mail.example), die
Eltern schauen selten in die Mails.

Danke und Gruß
Ivana Babić
""", cs="iso-8859-2", cte="8bit"),
     rec("question", "ivana.babic@buero-mail.example", "Ivana Babić", None, [], None, "de"),
     hcs="iso-8859-2",
     reply_to=("Ivana Babić", "ivana.babic@buero-mail.example"))

# Social worker registers a women's group of ten (8 seniors, herself, an
# interpreter), first choice K1, fall-back K2; Outlook multipart/alternative
# windows-1252 QP plus a CSV name list.
_t = """Sehr geehrte Frau Brinkhoff,

hiermit melde ich unseren Gesprächskreis „Frauen 60plus“ vom AWO-Begegnungszentrum Kinderhaus zum Seniorenforum an.

Es kommen 8 Frauen aus unserem Kreis (überwiegend türkisch- und kurdischstämmig), dazu ich selbst und unsere ehrenamtliche Dolmetscherin Frau Gülten Aksoy – insgesamt also 10 Personen. Die Namensliste hängt an.

Die Gruppe möchte gern zusammenbleiben. Am liebsten wäre uns der Gesprächskreis 1 (Pflege und Gesundheit), falls der schon voll ist, Gesprächskreis 2.

Drei der Damen sind auf einen Rollator angewiesen, wir kommen mit unserem Kleinbus.

Mit freundlichen Grüßen
i. A. Claudia Hemsing
Dipl.-Sozialarbeiterin
AWO Begegnungszentrum Kinderhaus
Telefon 0251 555 4040
"""
_csv = """Nr;Name;Sprache;Rollator
1;Ayten Kılıç;tr;ja
2;Hatice Yavuz;tr;nein
3;Leyla Ehmed;ku;ja
4;Fadime Korkmaz;tr;nein
5;Nurcan Uçar;tr;nein
6;Besna Şimşek;ku;ja
7;Sultan Avcı;tr;nein
8;Meryem Doğru;tr;nein
9;Gülten Aksoy (Dolmetscherin);tr/de;
10;Claudia Hemsing (AWO);de;
""".replace("\n", "\r\n").encode("utf-8")
mail("hemsing-awo-frauengruppe", "2027-03-23 10:05",
     ("Claudia Hemsing", "c.hemsing@awo-kinderhaus.example"),
     "Anmeldung Frauengesprächskreis AWO – Seniorenforum 20.05.",
     mixed(alt(plain(_t, cs="windows-1252"),
               html(html_from_text(_t, "outlook"), cs="windows-1252")),
           attach(_csv, "text/csv; charset=utf-8", "Teilnehmerinnen_Seniorenforum.csv")),
     rec("registration", "c.hemsing@awo-kinderhaus.example", "Claudia Hemsing",
         "AWO Begegnungszentrum Kinderhaus", ["K1", "K2"], 10, "de"),
     hcs="windows-1252", msgid="hemsing.0323@awo-kinderhaus.example",
     extra=["X-Mailer: Microsoft Outlook 16.0"])

# Phone-typed Turkish without diacritics, no punctuation, format=flowed,
# iPhone footer; couple, K3.
mail("demir-handy-tuerkisch", "2027-03-24 17:48",
     ("ayse demir", "aysedemir1952@mobilpost.example"),
     "seniorenforum",
     plain("""merhaba
ben Ayse Demir kinderhausta oturuyorum 74 yasindayim. esim Ismail ile ikimiz \
gelmek istiyoruz 20 mayis toplantisina. emeklilik ve resmi daireler konusu \
(K3) bizi ilgilendiriyor Rentenversicherung dan mektup geldi anlamadik
tesekkurler
Ayse Demir

iPhone'umdan gönderildi
""", flowed=True),
     rec("registration", "aysedemir1952@mobilpost.example", "Ayse Demir",
         None, ["K3"], 2, "tr"))

# Change by reply: the Polish couple switches to K1; the quoted German
# confirmation still names K2/K3; windows-1250 8bit, top-posted.
mail("kowalczyk-wechsel-k1", "2027-03-29 09:33",
     ("Halina Kowalczyk", "halina.kowalczyk@poczta.example"),
     "Re: Bestätigung Ihrer Anmeldung – Seniorenforum Kinderhaus 2027",
     plain("""Dzień dobry,

dziękuję za potwierdzenie. Niestety mąż miał w marcu mały udar i teraz
ważniejsze są dla nas sprawy opieki. Czy możemy zmienić grupę na K1
(Pflege und Gesundheit)? Mieszkanie na razie nie jest pilne.
Przyjdziemy nadal we dwoje.

Pozdrawiam
H. Kowalczyk

W dniu 14.03.2027 o 09:02, Seniorenforum Kinderhaus pisze:
""" + quote(confirmation("Sehr geehrte Frau Kowalczyk", "2 Personen",
                          "K2 Wohnen im Alter (Zweitwunsch: K3 Rente und Behörden)")) + "\n",
           cs="windows-1250", cte="8bit"),
     rec("change", "halina.kowalczyk@poczta.example", "Halina Kowalczyk",
         None, ["K1"], None, "pl"),
     hcs="windows-1250", in_reply_to="bestaetigung.002@muenster.example")

# Greek pensioner writes in Greek, comes with his German neighbour; formal name
# only in the text, initial in the signature; ISO-8859-7 QP.
mail("karagiannis-griechisch-nachbar", "2027-03-31 12:00",
     ("Lefteris K.", "lefteris.k@ellinika-mail.example"),
     "Δήλωση συμμετοχής - Seniorenforum",
     plain("""Καλημέρα σας,

ονομάζομαι Ελευθέριος Καραγιάννης, είμαι 76 χρονών και ζω στο Μύνστερ από το
1971. Θα ήθελα να δηλώσω συμμετοχή στο Seniorenforum στις 20 Μαΐου.

Με ενδιαφέρει ο κύκλος συζήτησης K2 (Wohnen im Alter), γιατί το σπίτι μου
έχει πολλές σκάλες και δεν ξέρω τι να κάνω.

Θα έρθει μαζί μου και ο γείτονάς μου, ο κύριος Heinz Becker, που με βοηθάει
με τα γερμανικά. Δηλαδή δύο άτομα.

Ευχαριστώ πολύ,
Ε. Καραγιάννης
""", cs="iso-8859-7"),
     rec("registration", "lefteris.k@ellinika-mail.example", "Ελευθέριος Καραγιάννης",
         None, ["K2"], 2, "el"), hcs="iso-8859-7")

# Cancellation because of a fall; top-posted over the quoted confirmation;
# ISO-8859-15 8bit.
mail("esposito-absage-sturz", "2027-04-02 16:20",
     ("Rosaria Esposito", "rosaria.esposito@libero-post.example"),
     "AW: Bestätigung Ihrer Anmeldung – Seniorenforum Kinderhaus 2027",
     plain("""Guten Tag Frau Brinkhoff,

leider müssen wir unsere Anmeldung zurücknehmen. Mein Mann Salvatore ist
letzte Woche gestürzt und liegt im Krankenhaus, danach kommt er noch in die
Reha. Allein möchte ich nicht kommen.

Bitte geben Sie unsere zwei Plätze an jemand anderen weiter. Vielleicht
nächstes Jahr.

Mit freundlichen Grüßen
Rosaria Esposito

-----Ursprüngliche Nachricht-----
Von: Seniorenforum Kinderhaus <seniorenforum@muenster.example>
Gesendet: Montag, 15. März 2027 10:12
An: rosaria.esposito@libero-post.example
Betreff: Bestätigung Ihrer Anmeldung – Seniorenforum Kinderhaus 2027

""" + confirmation("Sehr geehrte Frau Esposito", "2 Personen", "K3 Rente und Behörden") + "\n",
           cs="windows-1252", cte="8bit"),
     rec("cancellation", "rosaria.esposito@libero-post.example", "Rosaria Esposito",
         None, [], None, "de"),
     hcs="windows-1252", in_reply_to="bestaetigung.esposito@muenster.example")

# Croatian pensioner asks about interpreters and cost; conditional "I'd
# register if ..." is not a registration; windows-1250 base64.
mail("horvat-kroatisch-dolmetscher", "2027-04-05 10:11",
     ("Stjepan Horvat", "stjepan.horvat@hrnet.example"),
     "Pitanje za Seniorenforum",
     plain("""Poštovani,

čitao sam u biltenu Hrvatske katoličke misije o forumu za starije u
Kinderhausu. Zanima me hoće li biti prevoditelja za hrvatski jezik? Moj
njemački je dobar za trgovinu, ali za razgovor o mirovini i uredima nije
dovoljno.

Također, koliko košta sudjelovanje i treba li platiti ručak?

Ako bude prevoditelja, rado ću se prijaviti.

Srdačan pozdrav,
Stjepan Horvat
Münster-Kinderhaus
""", cs="windows-1250", cte="base64"),
     rec("question", "stjepan.horvat@hrnet.example", "Stjepan Horvat",
         None, [], None, "hr"), hcs="windows-1250")

# Kurdish (Kurmanji) cultural centre registers five seniors with the writer;
# UTF-8 8bit.
mail("dogan-kurdisch-gruppe", "2027-04-07 18:27",
     ("Ferhat Doğan", "ferhat.dogan@navenda-kurdi.example"),
     "Tomarkirin - Seniorenforum Kinderhaus",
     plain("""Silav û rêz,

Ez Ferhat Doğan im, berpirsiyarê koma kal û pîran li Navenda Çanda Kurdî ya
Münsterê. Me vexwendina we ji Integrationsratê wergirt, spas.

Em dixwazin beşdarî Seniorenforumê bibin. Em ê bi tevahî 5 kes bin, ez jî di
nav de:
- Ferhat Doğan
- Xanim Ehmed
- Silêman Elî
- Gulê Mûsa
- Reşîd Ömer

Em dixwazin bikevin Koma Axaftinê ya yekem, K1 (Lênêrîn û Tenduristî /
Pflege und Gesundheit).

Çar ji wan almanî baş nizanin, ez ê ji wan re wergerînim.

Bi silav,
Ferhat Doğan
Navenda Çanda Kurdî Münster e.V.
""", cte="8bit"),
     rec("registration", "ferhat.dogan@navenda-kurdi.example", "Ferhat Doğan",
         "Navenda Çanda Kurdî Münster e.V.", ["K1"], 5, "ku"))

# Postfix bounce of our reminder to a defunct group address (mixed case in
# the report); multipart/report with delivery-status and the original message.
_orig = ("From: Seniorenforum Kinderhaus <seniorenforum@muenster.example>\n"
         "To: Seniorenkreis@Griechische-Gemeinde-MS.example\n"
         "Subject: Erinnerung: Seniorenforum Kinderhaus 2027\n"
         "Date: Thu, 08 Apr 2027 06:14:02 +0200\n"
         "Message-ID: <erinnerung.0408.17@muenster.example>\n"
         "MIME-Version: 1.0\n"
         "Content-Type: text/plain; charset=\"utf-8\"\n"
         "Content-Transfer-Encoding: 8bit\n\n"
         "Guten Tag,\n\nwir erinnern an unsere Einladung:\n\n" + INVITATION + "\n").encode("utf-8")
_ds = b"""Reporting-MTA: dns; mx.hellasnet.example
X-Postfix-Queue-ID: 4Kx9Qp1ZzRz5vN
Arrival-Date: Thu,  8 Apr 2027 06:14:05 +0200 (CEST)

Final-Recipient: rfc822; Seniorenkreis@Griechische-Gemeinde-MS.example
Original-Recipient: rfc822;Seniorenkreis@Griechische-Gemeinde-MS.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.griechische-gemeinde-ms.example
Diagnostic-Code: smtp; 550 5.1.1 <Seniorenkreis@Griechische-Gemeinde-MS.example>:
    Recipient address rejected: User unknown in virtual mailbox table
"""
_bounce = Part("multipart/report", parts=[
    plain("""This is the mail system at host mx.hellasnet.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<Seniorenkreis@Griechische-Gemeinde-MS.example>: host
    mail.griechische-gemeinde-ms.example[198.51.100.23] said: 550 5.1.1
    <Seniorenkreis@Griechische-Gemeinde-MS.example>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
""", cs="us-ascii", cte="7bit"),
    Part("message/delivery-status", raw=_ds),
    Part("message/rfc822", raw=_orig)],
    params={"report-type": "delivery-status"})
mail("bounce-griechischer-seniorenkreis", "2027-04-08 06:15",
     ("Mail Delivery System", "MAILER-DAEMON@mx.hellasnet.example"),
     "Undelivered Mail Returned to Sender", _bounce,
     rec("bounce", bounced="seniorenkreis@griechische-gemeinde-ms.example"),
     envelope="", helo="mx.hellasnet.example",
     extra=["Auto-Submitted: auto-replied"])

# Italian couple, first choice K3, second K1, sign-off with role and club on
# separate lines; ISO-8859-15 QP with the euro sign.
mail("ferraro-italienisch-acli", "2027-04-09 11:02",
     ("Giovanni Ferraro", "g.ferraro@acli-muenster.example"),
     "Iscrizione Forum Anziani Kinderhaus",
     plain("""Gentili signori,

con la presente vorrei iscrivere me stesso e mia moglie Carmela al Forum degli
anziani del 20 maggio a Kinderhaus.

Siamo arrivati in Germania nel 1964, io ho lavorato 35 anni in fonderia e
adesso abbiamo tanti problemi con la pensione italiana e quella tedesca
insieme. Quindi come prima scelta il gruppo K3 (Rente und Behörden), come
seconda scelta il K1.

Mia moglie ha bisogno di un posto vicino al bagno, se possibile. Se c'è una
quota di partecipazione (5 € o simile) la paghiamo volentieri.

Distinti saluti
Giovanni Ferraro
Presidente della sezione anziani
Circolo ACLI Münster
""", cs="iso-8859-15"),
     rec("registration", "g.ferraro@acli-muenster.example", "Giovanni Ferraro",
         "Circolo ACLI Münster", ["K3", "K1"], 2, "it"), hcs="iso-8859-15")

# Son registers his mother from his work account and asks to confirm to her
# own address; his employer's signature and disclaimer are not her
# organisation; Outlook multipart/alternative UTF-8 QP.
_t = """Sehr geehrte Damen und Herren,

ich möchte meine Mutter, Frau Fatma Şahin, für das Seniorenforum am 20.05.2027 anmelden. Sie interessiert sich für den Gesprächskreis „Pflege und Gesundheit“, da mein Vater seit letztem Jahr pflegebedürftig ist.

Meine Mutter kommt allein, der Fahrdienst der Tagespflege bringt sie bis vor die Tür. Sie spricht gut genug Deutsch für die Runde.

Bitte senden Sie die Bestätigung direkt an meine Mutter: fatma.sahin@heimnetz.example – ich bin beruflich viel unterwegs.

Mit freundlichen Grüßen
Emre Şahin
Teamleiter Disposition

Stadtwerke Logistik GmbH
Hafenweg 30 | 48155 Münster
Telefon +49 251 555 9000 | emre.sahin@stadtwerke-logistik.example
Geschäftsführung: Dr. Ralf Overmeyer | Amtsgericht Münster HRB 99999

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.
"""
mail("sahin-sohn-fuer-mutter", "2027-04-12 07:45",
     ("Şahin, Emre", "emre.sahin@stadtwerke-logistik.example"),
     "Anmeldung Fatma Şahin – Seniorenforum",
     alt(plain(_t), html(html_from_text(_t, "outlook"))),
     rec("registration", "fatma.sahin@heimnetz.example", "Fatma Şahin",
         None, ["K1"], 1, "de"),
     extra=["X-Mailer: Microsoft Outlook 16.0"])

# Retail newsletter that talks about seniors, care and living; List headers;
# multipart/alternative.
_t = """Frühlingsaktion im Sanitätshaus Vital!

Sicher und selbstständig wohnen im Alter: Nur bis 30. April 20 % auf alle Rollatoren, Badewannenlifter und Haltegriffe.

Kostenlose Beratung zu Pflegehilfsmitteln und Zuschüssen der Pflegekasse - auch auf Türkisch und Russisch.

Jetzt Termin vereinbaren: https://www.sanitaetshaus-vital.example/termin

Sie erhalten diesen Newsletter, weil Sie sich auf unserer Website angemeldet haben. Abmelden: https://www.sanitaetshaus-vital.example/abmelden
"""
mail("newsletter-sanitaetshaus", "2027-04-13 05:00",
     ("Sanitätshaus Vital", "newsletter@sanitaetshaus-vital.example"),
     "Frühlingsaktion: 20 % auf Rollatoren und Badewannenlifter",
     alt(plain(_t), html(html_from_text(_t))),
     rec("other"),
     extra=["List-Unsubscribe: <https://www.sanitaetshaus-vital.example/abmelden>",
            "List-Id: Vital Kundenbrief <kundenbrief.sanitaetshaus-vital.example>",
            "Precedence: bulk"])

# Russian daughter registers both parents who come alone; reply to her;
# windows-1251 base64.
mail("klein-tochter-russisch-eltern", "2027-04-14 20:30",
     ("Ольга Кляйн", "olga.klein@mailfix.example"),
     "Регистрация родителей на Seniorenforum",
     plain("""Добрый день,

пишу по поручению моих родителей, Николая и Людмилы Шмидт (им 80 и 77 лет).
Они живут в Kinderhaus, на Sprakeler Strasse, и хотели бы прийти на
Seniorenforum 20 мая.

Их интересует тема «Жильё в старости» (K2) — они думают о переезде в квартиру
с лифтом или в Betreutes Wohnen.

Сама я прийти не смогу (работаю), папа с мамой придут вдвоём, дорогу они
знают.

Ответ, пожалуйста, присылайте мне, я им всё распечатаю.

Спасибо!
Ольга Кляйн
""", cs="windows-1251", cte="base64"),
     rec("registration", "olga.klein@mailfix.example", "Николай Шмидт",
         None, ["K2"], 2, "ru"), hcs="windows-1251")

# The AWO group shrinks from 10 to 8; Outlook-style quoted original below
# still names Gesprächskreis 1 and 2; no new workgroup.
mail("hemsing-awo-nur-noch-acht", "2027-04-15 13:13",
     ("Claudia Hemsing", "c.hemsing@awo-kinderhaus.example"),
     "AW: Anmeldung Frauengesprächskreis AWO – Seniorenforum 20.05.",
     plain("""Hallo Frau Brinkhoff,

kurze Korrektur zu unserer Anmeldung: Frau Kılıç und Frau Yavuz können leider
nicht mitkommen (die eine ist zur Kur, die andere hat einen Facharzttermin,
der sich nicht verschieben lässt). Wir sind also nur noch 8 Personen statt 10.

Am Gesprächskreis ändert sich nichts.

Viele Grüße
Claudia Hemsing

-----Ursprüngliche Nachricht-----
Von: Claudia Hemsing <c.hemsing@awo-kinderhaus.example>
Gesendet: Dienstag, 23. März 2027 10:05
An: seniorenforum@muenster.example
Betreff: Anmeldung Frauengesprächskreis AWO – Seniorenforum 20.05.

Sehr geehrte Frau Brinkhoff,

hiermit melde ich unseren Gesprächskreis „Frauen 60plus“ vom AWO-Begegnungszentrum Kinderhaus zum Seniorenforum an.

Es kommen 8 Frauen aus unserem Kreis, dazu ich selbst und unsere ehrenamtliche Dolmetscherin – insgesamt also 10 Personen.

Die Gruppe möchte gern zusammenbleiben. Am liebsten wäre uns der Gesprächskreis 1 (Pflege und Gesundheit), falls der schon voll ist, Gesprächskreis 2.
"""),
     rec("change", "c.hemsing@awo-kinderhaus.example", "Claudia Hemsing",
         "AWO Begegnungszentrum Kinderhaus", [], 8, "de"),
     in_reply_to="hemsing.0323@awo-kinderhaus.example",
     extra=["X-Mailer: Microsoft Outlook 16.0"])

# Arabic question about the bus from Coerde and a lift; UTF-8 QP, Arabic-Indic
# digits; registers no one yet.
mail("khatib-arabisch-bus-aufzug", "2027-04-16 09:09",
     ("سعاد الخطيب", "souad.khatib@arabnet.example"),
     "سؤال عن منتدى كبار السن",
     plain("""مرحباً،

أنا سعاد الخطيب، عمري ٧١ سنة وأسكن في حي كوردي (Coerde). سمعت عن منتدى كبار
السن في كيندرهاوس من جارتي.

عندي سؤالان قبل التسجيل:
- كيف أصل إلى Bürgerhaus Kinderhaus بالباص من كوردي؟ هل يوجد موقف قريب؟
- هل يوجد مصعد؟ لا أستطيع صعود الدرج بسبب ركبتي.

شكراً جزيلاً
سعاد
"""),
     rec("question", "souad.khatib@arabnet.example", "سعاد الخطيب", None, [], None, "ar"))

# Learner German by a Vietnamese pensioner, with his wife; topic words
# instead of an id ("Gesprächkreis Wohnen im Alter"); UTF-8 8bit.
mail("tran-lernerdeutsch-wohnen", "2027-04-19 14:50",
     ("Tran Van Hung", "hung.tran1950@vnmail.example"),
     "anmeldung",
     plain("""Guten Tag,

ich heiße Trần Văn Hùng, ich bin 76 Jahre alt und wohne seit 1980 in Münster.
Ich habe von Ihr Seniorenforum in der Zeitung gelest.

Ich möchte anmelden für Gesprächkreis Wohnen im Alter. Ich komme mit meine
Frau Thị Mai, also zwei Person.

Meine Deutsch ist nicht so gut aber ich verstehe viel.

Vielen Dank
Trần Văn Hùng
""", cte="8bit"),
     rec("registration", "hung.tran1950@vnmail.example", "Trần Văn Hùng",
         None, ["K2"], 2, "de"))

# Turkish daughter cancels for both parents (heart attack) from her own
# address; windows-1254 QP.
mail("demir-kaplan-absage-tuerkisch", "2027-04-21 22:40",
     ("Sevgi Demir-Kaplan", "sevgi.kaplan@posta-tr.example"),
     "Ayşe Demir - Seniorenforum iptal",
     plain("""Merhaba,

annem Ayşe Demir ve babam İsmail Demir 20 Mayıs'taki Seniorenforum'a
kayıtlıydı (K3). Babam geçen hafta kalp krizi geçirdi, şu an hastanede
yatıyor. Annem de onun yanından ayrılmak istemiyor. Bu yüzden ikisinin de
kaydını iptal etmek istiyoruz.

Annemin e-postalarını ben takip ediyorum, cevabı bana yazabilirsiniz.

Anlayışınız için teşekkürler,
Sevgi Demir-Kaplan
""", cs="windows-1254"),
     rec("cancellation", "sevgi.kaplan@posta-tr.example", "Ayşe Demir",
         None, [], None, "tr"), hcs="windows-1254")

# Ticket-system receipt without any Auto-Submitted header, answering our
# deadline reminder.
mail("ticket-pflegestuetzpunkt", "2027-04-22 08:00",
     ("Pflegestützpunkt Münster-Nord", "info@pflegestuetzpunkt-nord.example"),
     "[Ticket#2027042210000231] Eingangsbestätigung: Erinnerung Anmeldeschluss Seniorenforum",
     plain("""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ihr Anliegen wurde unter der Ticketnummer
2027042210000231 erfasst und wird in der Reihenfolge des Eingangs bearbeitet.

Bitte antworten Sie nicht auf diese E-Mail. Wenn Sie uns weitere Informationen
senden möchten, nennen Sie bitte die Ticketnummer im Betreff.

Ihr Team vom Pflegestützpunkt Münster-Nord
""", cs="iso-8859-1", cte="quoted-printable"),
     rec("auto_reply"), hcs="iso-8859-1",
     in_reply_to="erinnerung.0421@muenster.example")

# Greek change: from K2 to K3, neighbour no longer comes (party 1);
# windows-1253 8bit.
mail("karagiannis-wechsel-k3", "2027-04-23 10:30",
     ("Lefteris K.", "lefteris.k@ellinika-mail.example"),
     "Αλλαγή - Seniorenforum",
     plain("""Καλησπέρα,

θα ήθελα να αλλάξω τη δήλωσή μου για το Seniorenforum. Αντί για τον κύκλο K2
(Wohnen) θέλω να πάω στον κύκλο K3 (σύνταξη και υπηρεσίες). Πήρα ένα γράμμα από
τη Deutsche Rentenversicherung και δεν το καταλαβαίνω καθόλου.

Επίσης ο γείτονάς μου δεν μπορεί τελικά να έρθει, οπότε θα είμαι μόνος μου,
ένα άτομο.

Ευχαριστώ,
Ελευθέριος Καραγιάννης
""", cs="windows-1253", cte="8bit"),
     rec("change", "lefteris.k@ellinika-mail.example", "Ελευθέριος Καραγιάννης",
         None, ["K3"], 1, "el"), hcs="windows-1253")

# Migration counsellor forwards our invitation (all three circles quoted) and
# registers a client without e-mail for circle 3; answers to her.
mail("maric-caritas-klient-grgic", "2027-04-26 11:11",
     ("Jelena Marić", "jelena.maric@caritas-ms.example"),
     "WG: Einladung Seniorenforum Kinderhaus 2027 – Anmeldung Herr Grgić",
     plain("""Liebes Team des Seniorenforums,

ich melde hiermit Herrn Josip Grgić an, den ich in der Migrationsberatung
betreue. Er hat keine eigene E-Mail-Adresse und hat mich gebeten, das für ihn
zu erledigen. Er möchte in den Gesprächskreis 3 (Rente und Behörden). Er kommt
allein, ich selbst kann an dem Tag leider nicht.

Rückmeldungen bitte an mich, ich gebe sie telefonisch weiter.

Viele Grüße
Jelena Marić
Caritas-Migrationsdienst Münster
Telefon 0251 555 2214

---------- Weitergeleitete Nachricht ----------
Von: Seniorenforum Kinderhaus <seniorenforum@muenster.example>
Datum: Mi., 10. März 2027 um 09:00 Uhr
Betreff: Einladung Seniorenforum Kinderhaus 2027
An: migrationsdienst@caritas-ms.example

""" + INVITATION + "\n"),
     rec("registration", "jelena.maric@caritas-ms.example", "Josip Grgić",
         "Caritas-Migrationsdienst Münster", ["K3"], 1, "de"))

# Italian daughter in Milan asks whether her mother with mild dementia may
# bring her carer and whether there is a quiet room; conditional, so a
# question; Gmail multipart/alternative QP, +0200 sender.
_t = """Buongiorno,

scrivo per mia madre, Teresa Lombardi (84 anni), che abita a Kinderhaus. Ha una demenza leggera e si agita quando c'è troppa gente. Vorrei chiedervi:

– può venire con la sua badante, la signora Oksana, senza che questa si debba iscrivere a parte?
– c'è una stanza più tranquilla dove potersi ritirare per qualche minuto?

Se è possibile, la iscriviamo volentieri. Io purtroppo vivo a Milano e non posso accompagnarla.

Grazie mille e cordiali saluti,
Francesca Lombardi
"""
mail("lombardi-italienisch-demenz-frage", "2027-04-27 09:05",
     ("Francesca Lombardi", "francesca.lombardi@posta-it.example"),
     "Domanda per mia madre – Seniorenforum",
     alt(plain(_t), html(html_from_text(_t))),
     rec("question", "francesca.lombardi@posta-it.example", "Francesca Lombardi",
         None, [], None, "it"))

# Shared club mailbox, HTML-only, 12 people with the chair, first choice by
# title words, second by title words; UTF-8 base64.
mail("papadakis-seniorentreff-zwoelf", "2027-04-28 16:44",
     ("Deutsch-Griechischer Seniorentreff", "treff@dg-seniorentreff.example"),
     "Anmeldung Gruppe Seniorentreff",
     html("""<html><body style="font-family:Arial;font-size:12pt">
<p>Sehr geehrte Damen und Herren,</p>
<p>wir vom Deutsch-Griechischen Seniorentreff Kinderhaus m&ouml;chten gern als Gruppe
zum Seniorenforum kommen. Wir sind <b>insgesamt 12 Personen, mit mir</b>:</p>
<ol>
<li>Konstantinos Papadakis</li><li>Maria Papadaki</li><li>Dimitrios Nikolaidis (dolmetscht)</li>
<li>Sofia Georgiou</li><li>Anna Lindemann</li><li>Christos Vlachos</li>
<li>Ekaterini Vlachou</li><li>Gerda Hölscher</li><li>Panagiotis Ioannou</li>
<li>Theodora Ioannou</li><li>Manfred Rüschhoff</li><li>Despina Alexiou</li>
</ol>
<p>Unser Wunsch: <u>Wohnen im Alter</u>, als zweite Wahl Pflege und Gesundheit.</p>
<p>Einige Mitglieder brauchen einen Dolmetscher Griechisch&ndash;Deutsch, den bringen wir
selbst mit (Herr Nikolaidis steht schon auf der Liste).</p>
<p>Mit freundlichen Grüßen<br>
Konstantinos Papadakis<br>
Vorsitzender<br>
Deutsch-Griechischer Seniorentreff Kinderhaus</p>
</body></html>
""", cte="base64"),
     rec("registration", "treff@dg-seniorentreff.example", "Konstantinos Papadakis",
         "Deutsch-Griechischer Seniorentreff Kinderhaus", ["K2", "K1"], 12, "de"),
     msgid="treff.0428@dg-seniorentreff.example")

# Neighbour cancels for a man in hospital (pneumonia); ISO-8859-1 8bit.
mail("wessendorf-nachbarin-absage-kaya", "2027-05-02 12:12",
     ("Gertrud Wessendorf", "g.wessendorf@t-netz.example"),
     "Absage Herr Kaya",
     plain("""Guten Tag,

ich bin die Nachbarin von Herrn Osman Kaya. Er hat sich bei Ihnen für das
Seniorenforum angemeldet, ich hatte ihm damals die Mail geschrieben.

Herr Kaya ist am Wochenende ins Krankenhaus gekommen (Lungenentzündung) und
wird am 20. Mai sicher nicht kommen können. Er hat mich gebeten, Ihnen
abzusagen.

Freundliche Grüße
Gertrud Wessendorf
""", cs="iso-8859-1", cte="8bit"),
     rec("cancellation", "g.wessendorf@t-netz.example", "Osman Kaya",
         None, [], None, "de"), hcs="iso-8859-1")

# Russian-German pensioner writes German without umlauts from a KOI8-R
# client; change from circle 3 to circle 1; Cyrillic name only in signature.
mail("iwanowa-wechsel-k1-ohne-umlaute", "2027-05-03 09:40",
     ("Валентина Иванова", "v.ivanova@t-mail.example"),
     "Re: Bestaetigung Seniorenforum",
     plain("""Guten Tag,

ich habe mich fuer Gespraechskreis 3 (Rente) angemeldet. Meine Tochter hat
jetzt alles mit der Grundsicherung fuer mich gemacht, deshalb brauche ich das
nicht mehr. Bitte aendern Sie auf Gespraechskreis 1 Pflege und Gesundheit,
ich habe Pflegegrad 2 bekommen und habe viele Fragen.

Danke
Valentina Iwanowa
(Валентина Иванова)
""", cs="koi8-r", cte="quoted-printable"),
     rec("change", "v.ivanova@t-mail.example", "Valentina Iwanowa",
         None, ["K1"], None, "de"), hcs="koi8-r",
     in_reply_to="bestaetigung.004@muenster.example")

# Caretaker of the venue informs the organiser; not a participant's mail.
mail("hausmeister-buergerhaus-info", "2027-05-04 14:00",
     ("Bernd Hülsmann", "hausmeister@buergerhaus-kinderhaus.example"),
     "Saal 20.5. geblockt",
     plain("""Moin Petra,

nur zur Info: für den 20.5. hab ich den großen Saal und die beiden
Gruppenräume im EG für euch geblockt, 8 bis 16 Uhr. Die Rampe am
Seiteneingang ist repariert, der Aufzug zum 1. OG wurde letzte Woche gewartet.

Schlüssel liegt wie immer bei mir im Büro.

Gruß
Bernd
""", cs="iso-8859-15"),
     rec("other"), hcs="iso-8859-15")

# Registration with an accessibility question folded in; membership
# organisation in learner-ish German; ISO-8859-15 QP.
mail("reimer-rollator-wohnen", "2027-05-05 10:20",
     ("Elisabeth Reimer", "elisabeth.reimer@netzpost.example"),
     "Anmeldung Seniorenforum",
     plain("""Sehr geehrte Damen und Herren,

ich möchte mich gern zum Seniorenforum anmelden. Ich bin 81 Jahre, seit 1992
in Deutschland (aus Kasachstan) und wohne jetzt allein.

Ich interessiere mich für Wohnen im Alter, weil ich überlege ob ich ins
Betreute Wohnen gehe.

Eine Frage noch: ich gehe mit Rollator. Ist der Saal im Erdgeschoss oder gibt
es Aufzug?

Ich bin Mitglied im Landsmannschaft der Deutschen aus Russland, Ortsgruppe
Münster.

Mit freundlichen Grüßen
Elisabeth Reimer
""", cs="iso-8859-15"),
     rec("registration", "elisabeth.reimer@netzpost.example", "Elisabeth Reimer",
         "Landsmannschaft der Deutschen aus Russland, Ortsgruppe Münster",
         ["K2"], 1, "de"), hcs="iso-8859-15")

# Croatian couple, circle K3; association chair; ISO-8859-2 base64.
mail("markovic-kroatisch-ehepaar", "2027-05-06 19:55",
     ("Ivan Marković", "ivan.markovic@hrnet.example"),
     "Prijava - Seniorenforum Kinderhaus",
     plain("""Dobar dan,

prijavljujem sebe i suprugu Anu na Seniorenforum 20. svibnja. Oboje smo u
mirovini već 10 godina, ali imamo problema s hrvatskom i njemačkom mirovinom,
pa nas zanima krug K3 (Rente und Behörden).

Supruga slabije hoda, treba joj stolica blizu ulaza.

Lijep pozdrav,
Ivan Marković
predsjednik
Hrvatska kulturna udruga Münster
""", cs="iso-8859-2", cte="base64"),
     rec("registration", "ivan.markovic@hrnet.example", "Ivan Marković",
         "Hrvatska kulturna udruga Münster", ["K3"], 2, "hr"), hcs="iso-8859-2")

# Turkish pensioner with German topic words in the text, first K3 then K1;
# ISO-8859-9 8bit; asks for an interpreter too.
mail("celik-tuerkisch-k3-k1", "2027-05-07 22:30",
     ("Hasan Celik", "hasan.celik@kinderhaus-camii.example"),
     "Seniorenforum kayıt",
     plain("""Selamün aleyküm,

Ben Hasan Çelik, Kinderhaus Camii Derneği'nin emekliler grubundanım.
20 Mayıs'taki Seniorenforum'a katılmak istiyorum.

Benim için en önemli konu Rente ve Behörden (K3). Grundsicherung başvurusu
yaptım, Sozialamt'tan hâlâ cevap yok. Orası dolarsa Pflege und Gesundheit (K1)
de olur.

Yalnız geleceğim. Almancam zayıf, tercüman olacak mı?

Saygılarımla
Hasan Çelik
Kinderhaus Camii Derneği
""", cs="iso-8859-9", cte="8bit"),
     rec("registration", "hasan.celik@kinderhaus-camii.example", "Hasan Çelik",
         "Kinderhaus Camii Derneği", ["K3", "K1"], 1, "tr"), hcs="iso-8859-9")

# The whole group of twelve cancels (flu); bottom-posted under the quoted
# confirmation; multipart/alternative ISO-8859-1 QP from the shared mailbox.
_t = quote(confirmation("Sehr geehrter Herr Papadakis", "12 Personen",
                        "K2 Wohnen im Alter (Zweitwunsch: K1 Pflege und Gesundheit)")) + """

Sehr geehrte Frau Brinkhoff,

leider müssen wir absagen. Bei uns im Treff geht seit zwei Wochen die Grippe um, die Hälfte liegt flach, und der Vorstand hat beschlossen, dass wir dieses Mal nicht als Gruppe kommen. Bitte streichen Sie die ganze Gruppe (12 Personen).

Es tut uns sehr leid, wir waren letztes Jahr so gern dabei.

K. Papadakis
"""
mail("papadakis-gruppe-grippe-absage", "2027-05-08 08:30",
     ("Deutsch-Griechischer Seniorentreff", "treff@dg-seniorentreff.example"),
     "Re: Bestätigung Ihrer Anmeldung – Seniorenforum Kinderhaus 2027",
     alt(plain(_t, cs="iso-8859-1"), html(html_from_text(_t), cs="iso-8859-1")),
     rec("cancellation", "treff@dg-seniorentreff.example", "Konstantinos Papadakis",
         "Deutsch-Griechischer Seniorentreff Kinderhaus", [], None, "de"),
     hcs="iso-8859-1", in_reply_to="bestaetigung.030@muenster.example")

# Vietnamese group shrinks from four to three because of pneumonia, restates
# K2; reply to confirmation, UTF-8 QP.
mail("nguyen-nur-noch-drei", "2027-05-11 20:15",
     ("Nguyễn Thị Lan", "lan.nguyen@hoinguoiviet-ms.example"),
     "Re: Bestätigung Ihrer Anmeldung – Seniorenforum Kinderhaus 2027",
     plain("""Kính gửi chị Petra,

Bà Lê Thị Hoa trong nhóm chúng tôi bị viêm phổi nên không thể tham dự được.
Nhóm chúng tôi chỉ còn 3 người. Chúng tôi vẫn tham gia nhóm K2 như cũ.

Cảm ơn chị nhiều,
Lan

Am 21.03.2027 um 08:40 schrieb Seniorenforum Kinderhaus:
""" + quote(confirmation("Sehr geehrte Frau Nguyễn", "4 Personen", "K2 Wohnen im Alter")) + "\n"),
     rec("change", "lan.nguyen@hoinguoiviet-ms.example", "Nguyễn Thị Lan",
         "Hội Người Việt tại Münster e.V.", ["K2"], 3, "vi"),
     in_reply_to="bestaetigung.008@muenster.example")

# Son cancels for his parents from his phone; UTF-8 base64, Samsung footer.
mail("alhassan-sohn-absage", "2027-05-14 07:20",
     ("Khaled Al-Hassan", "khaled.alhassan@mobil-mail.example"),
     "Absage Mahmoud Al-Hassan",
     plain("""Hallo,

mein Vater Mahmoud Al-Hassan hat sich mit meiner Mutter für den 20.5.
angemeldet. Meine Mutter ist leider schwer krank geworden und mein Vater
möchte sie nicht allein lassen. Deshalb sagen beide ab.

Danke für alles und sorry für die Umstände.
Khaled Al-Hassan


Von meinem Samsung Galaxy Smartphone gesendet.
""", cte="base64"),
     rec("cancellation", "khaled.alhassan@mobil-mail.example", "Mahmoud Al-Hassan",
         None, [], None, "de"))

# Late registration from the Polish mission's shared office mailbox; Reply-To
# and an explicit request point to the group leader's private address;
# multipart/alternative windows-1250 QP plus a photo of the parish notice.
_t = """Sehr geehrte Frau Brinkhoff,

ich weiß, die Anmeldefrist ist schon vorbei, aber vielleicht geht es noch: Ich leite ehrenamtlich den Seniorenkreis der Polnischen Katholischen Mission und schreibe aus dem Büro der Mission. Zwei Damen aus unserem Kreis, Frau Wiesława Wróbel und Frau Jadwiga Kamińska, möchten gern zum Seniorenforum kommen, ich begleite sie. Also 3 Personen.

Wir möchten in den Gesprächskreis Pflege und Gesundheit.

Bitte antworten Sie an meine private Adresse, das Büro ist nur dienstags besetzt.

Mit freundlichen Grüßen
Krystyna Nowak
Seniorenkreis
Polnische Katholische Mission Münster
"""
mail("nowak-polnische-mission-spaet", "2027-05-17 11:00",
     ("Polska Misja Katolicka Münster", "biuro@pmk-muenster.example"),
     "Anmeldung Seniorenkreis PMK",
     mixed(alt(plain(_t, cs="windows-1250"), html(html_from_text(_t), cs="windows-1250")),
           attach(FAKE_JPEG, "image/jpeg", "aushang_pfarrbrief.jpg")),
     rec("registration", "krystyna.nowak@domowa-poczta.example", "Krystyna Nowak",
         "Polnische Katholische Mission Münster", ["K1"], 3, "de"),
     hcs="windows-1250",
     reply_to=("Krystyna Nowak", "krystyna.nowak@domowa-poczta.example"))


# ------------------------------------------------------------ writing / checks

def slug_file(i, m):
    return "%03d-%s.eml" % (i, m["slug"])


def render():
    files = {}
    expected = {}
    for i, m in enumerate(MAILS, 1):
        name = slug_file(i, m)
        files[name] = build(m, "%03d%s" % (i, m["slug"][:6]))
        expected[name] = m["expected"]
    exp_bytes = (json.dumps(expected, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode("utf-8")
    return files, expected, exp_bytes


EXAMPLE_HOST = re.compile(r"(^|\.)(example|example\.(org|com|net))$", re.I)
ADDR_RE = re.compile(r"[\w.+\-]+@([\w\-]+(?:\.[\w\-]+)+)")
URL_RE = re.compile(r"https?://([^/\s\"'<>]+)", re.I)


def check_hosts(text, where, errors):
    for mo in ADDR_RE.finditer(text):
        host = mo.group(1).rstrip(".").lower()
        if not EXAMPLE_HOST.search(host):
            errors.append("%s: non-example address %s" % (where, mo.group(0)))
    for mo in URL_RE.finditer(text):
        host = mo.group(1).split(":")[0].lower()
        if not EXAMPLE_HOST.search(host):
            errors.append("%s: non-example URL host %s" % (where, host))


def validate(files, expected):
    errors = []
    last = None
    if sorted(files) != sorted(expected):
        errors.append("files and expected.json differ")
    for name in sorted(files):
        raw = files[name]
        if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
            errors.append("%s: bare CR or LF" % name)
        for ln in raw.split(b"\r\n"):
            if len(ln) > 998:
                errors.append("%s: line longer than 998 octets" % name)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        texts = []
        for part in msg.walk():
            if part.get_content_maintype() == "multipart":
                continue
            ctype = part.get_content_type()
            payload = part.get_payload(decode=True)
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                try:
                    texts.append(payload.decode(cs, "strict"))
                except (UnicodeDecodeError, LookupError) as exc:
                    errors.append("%s: %s part not %s: %s" % (name, ctype, cs, exc))
            elif ctype == "message/rfc822":
                inner = part.get_payload()[0]
                texts.append(str(inner))
            elif ctype == "message/delivery-status":
                texts.append(str(part))
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %r" % (name, part.defects))
        if msg.defects:
            errors.append("%s: defects %r" % (name, msg.defects))
        for key in ("From", "To", "Cc", "Reply-To", "Message-ID", "In-Reply-To"):
            for v in msg.get_all(key, []):
                check_hosts(str(v), name + " " + key, errors)
        for t in texts:
            check_hosts(t, name, errors)
        dt = email.utils.parsedate_to_datetime(msg["Date"])
        if last is not None and dt <= last:
            errors.append("%s: Date does not rise" % name)
        last = dt
        r = expected[name]
        if set(r) != {"kind", "email", "name", "organisation", "workgroups",
                      "party_size", "language", "bounced_recipient"}:
            errors.append("%s: wrong keys" % name)
            continue
        k = r["kind"]
        if k not in KINDS:
            errors.append("%s: bad kind" % name)
        if not isinstance(r["workgroups"], list) or any(w not in WG_IDS for w in r["workgroups"]) \
                or len(set(r["workgroups"])) != len(r["workgroups"]):
            errors.append("%s: bad workgroups" % name)
        person = k in ("registration", "change", "cancellation", "question")
        if person:
            if not r["email"] or r["email"] != r["email"].lower() or "@" not in r["email"]:
                errors.append("%s: bad email" % name)
            elif not EXAMPLE_HOST.search(r["email"].split("@")[1]):
                errors.append("%s: email not example" % name)
            elif r["email"] not in raw.decode("latin-1").lower() and \
                    not any(r["email"] in t.lower() for t in texts):
                errors.append("%s: email not in mail" % name)
            if not r["name"] or not isinstance(r["language"], str) or len(r["language"]) != 2:
                errors.append("%s: person fields" % name)
        else:
            if any(r[f] is not None for f in ("email", "name", "organisation", "language")):
                errors.append("%s: machine/other mail must have null person fields" % name)
            if r["workgroups"]:
                errors.append("%s: workgroups must be empty" % name)
        if k == "registration":
            if not isinstance(r["party_size"], int) or r["party_size"] < 1:
                errors.append("%s: party_size" % name)
            if not r["workgroups"]:
                pass
        elif k == "change":
            if r["party_size"] is not None and (not isinstance(r["party_size"], int) or r["party_size"] < 1):
                errors.append("%s: party_size" % name)
        elif r["party_size"] is not None:
            errors.append("%s: party_size must be null" % name)
        if k == "bounce":
            b = r["bounced_recipient"]
            if not b or b != b.lower() or b not in raw.decode("latin-1").lower():
                errors.append("%s: bounced_recipient" % name)
        elif r["bounced_recipient"] is not None:
            errors.append("%s: bounced_recipient must be null" % name)
    return errors


def stats(files, expected):
    kinds, langs, cs, ctes, types = {}, {}, {}, {}, {}
    for name, raw in files.items():
        r = expected[name]
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
        langs[str(r["language"])] = langs.get(str(r["language"]), 0) + 1
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        types[msg.get_content_type()] = types.get(msg.get_content_type(), 0) + 1
        for part in msg.walk():
            if part.get_content_maintype() == "text" and part.get_content_charset():
                c = part.get_content_charset()
                cs[c] = cs.get(c, 0) + 1
                e = part.get("Content-Transfer-Encoding", "7bit").lower()
                ctes[e] = ctes.get(e, 0) + 1
    for title, d in (("kinds", kinds), ("languages", langs), ("top-level types", types),
                     ("text-part charsets", cs), ("text-part encodings", ctes)):
        print(title + ": " + ", ".join("%s=%d" % kv for kv in sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))))
    print("total: %d" % len(files))


def main(argv):
    files, expected, exp_bytes = render()
    errors = validate(files, expected)
    if errors:
        print("\n".join(errors))
        return 1
    maildir = os.path.join(HERE, "mails")
    if "--stats" in argv:
        stats(files, expected)
        return 0
    if "--check" in argv:
        bad = []
        on_disk = set(os.listdir(maildir)) if os.path.isdir(maildir) else set()
        if on_disk != set(files):
            bad.append("mail file names differ")
        for name, data in files.items():
            p = os.path.join(maildir, name)
            if not os.path.exists(p) or open(p, "rb").read() != data:
                bad.append(name)
        p = os.path.join(HERE, "expected.json")
        if not os.path.exists(p) or open(p, "rb").read() != exp_bytes:
            bad.append("expected.json")
        if bad:
            print("differs: " + ", ".join(bad))
            return 1
        print("ok: %d mails match" % len(files))
        return 0
    os.makedirs(maildir, exist_ok=True)
    for old in os.listdir(maildir):
        if old.endswith(".eml") and old not in files:
            os.remove(os.path.join(maildir, old))
    for name, data in files.items():
        with open(os.path.join(maildir, name), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "expected.json"), "wb") as fh:
        fh.write(exp_bytes)
    # re-read from disk and validate again
    disk = {n: open(os.path.join(maildir, n), "rb").read() for n in files}
    errors = validate(disk, json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8")))
    if errors:
        print("\n".join(errors))
        return 1
    print("wrote %d mails and expected.json; validation ok" % len(files))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
