#!/usr/bin/env python3
"""Evaluation mail set "final10c": MSO-Tag 2027, long and talkative writers.

Older chairpersons writing formal letters, people who tell the story of their
association (founding year, members, addresses, phone numbers, past dates, ages
of the youth they work with) around the actual registration, people who name
the workgroup they attended LAST year, who pass on greetings from people who
will NOT come, and who mention colleagues that registered separately.

    python3 make_mails.py          write mails/ and expected.json, then validate
    python3 make_mails.py --check  change nothing; fail if files on disk differ
    python3 make_mails.py --stats  print counts per kind and language

Python 3.11 standard library only; the output is deterministic.
"""

import base64
import datetime as dt
import email
import email.policy
import email.utils
import json
import quopri
import re
import sys
import zlib
import struct
from email.header import Header
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG = "mso-tag@muenster.example"
REG_HEADER = "Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>"
CET = dt.timezone(dt.timedelta(hours=1))
UTC = dt.timezone.utc

KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
LANGS = ("de", "en", "tr", "ru", "ar", "ku", "sq", "bs", "el", "pt")
WGS = ("AG1", "AG2", "AG3")
KEYS = ("kind", "email", "name", "organisation", "workgroups", "party_size", "language",
        "bounced_recipient")


# ---------------------------------------------------------------------------
# MIME building blocks (all text is built with "\n"; CRLF is applied at the end)
# ---------------------------------------------------------------------------

class Text:
    def __init__(self, text, subtype="plain", charset="utf-8", cte="8bit", filename=None,
                 params="", disposition=None):
        self.text, self.subtype, self.charset, self.cte = text, subtype, charset, cte
        self.filename, self.params, self.disposition = filename, params, disposition

    def render(self):
        data = self.text.encode(self.charset)  # strict: the text must fit the charset
        head = [f"Content-Type: text/{self.subtype}; charset=\"{self.charset}\"{self.params}",
                f"Content-Transfer-Encoding: {self.cte}"]
        if self.filename:
            head.append(f"Content-Disposition: {self.disposition or 'attachment'}; "
                        f"filename=\"{self.filename}\"")
        elif self.disposition:
            head.append(f"Content-Disposition: {self.disposition}")
        return head, encode_body(data, self.cte)


class Binary:
    def __init__(self, data, ctype, filename, disposition="attachment", cid=None):
        self.data, self.ctype, self.filename = data, ctype, filename
        self.disposition, self.cid = disposition, cid

    def render(self):
        head = [f"Content-Type: {self.ctype}; name=\"{self.filename}\"",
                "Content-Transfer-Encoding: base64",
                f"Content-Disposition: {self.disposition}; filename=\"{self.filename}\""]
        if self.cid:
            head.append(f"Content-ID: <{self.cid}>")
        return head, encode_body(self.data, "base64")


class Multi:
    def __init__(self, subtype, parts, boundary, params=""):
        self.subtype, self.parts, self.boundary, self.params = subtype, parts, boundary, params

    def render(self):
        head = [f"Content-Type: multipart/{self.subtype};{self.params}\n"
                f" boundary=\"{self.boundary}\""]
        out = b""
        if self.subtype == "mixed":
            out += b"This is a multi-part message in MIME format.\n"
        for p in self.parts:
            ph, pb = p.render()
            out += b"\n--" + self.boundary.encode() + b"\n"
            out += "\n".join(ph).encode("ascii") + b"\n\n" + pb
        out += b"\n--" + self.boundary.encode() + b"--\n"
        return head, out


def encode_body(data, cte):
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            data.decode("ascii")
        return data if data.endswith(b"\n") else data + b"\n"
    if cte == "quoted-printable":
        enc = quopri.encodestring(data, quotetabs=False)
        return enc if enc.endswith(b"\n") else enc + b"\n"
    if cte == "base64":
        return base64.encodebytes(data)
    raise ValueError(cte)


def hdr(text, charset="utf-8"):
    """An unstructured header value, RFC 2047-encoded when it is not ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset, maxlinelen=76).encode(linesep="\n")


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    return email.utils.formataddr((name, address), charset=charset)


def date(y, mo, d, h, mi, s=0, tz=CET):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def tiny_png(r, g, b, w=8, h=8):
    raw = b"".join(b"\x00" + bytes((r, g, b)) * w for _ in range(h))

    def chunk(kind, payload):
        c = struct.pack(">I", len(payload)) + kind + payload
        return c + struct.pack(">I", zlib.crc32(kind + payload) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def tiny_pdf(title):
    text = title.encode("latin-1")
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            b"4 0 obj<</Length " + str(len(text) + 30).encode() + b">>stream\nBT /F1 12 Tf 72 770 Td ("
            + text + b") Tj ET\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


MAILS = []   # (filename, bytes, record, date)


def R(kind, email_=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email_, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def mail(slug, *, when, frm, subject, body, exp, to=REG_HEADER, reply_to=None, cc=None,
         in_reply_to=None, references=None, extra=(), subject_charset="utf-8", mailer=None):
    n = len(MAILS) + 1
    fname = f"{n:03d}-{slug}.eml"
    from_addr = email.utils.parseaddr(frm)[1]
    domain = from_addr.split("@")[1]
    head = [f"Date: {email.utils.format_datetime(when)}",
            f"From: {frm}",
            f"To: {to}"]
    if cc:
        head.append(f"Cc: {cc}")
    if reply_to:
        head.append(f"Reply-To: {reply_to}")
    head.append(f"Subject: {hdr(subject, subject_charset)}")
    head.append(f"Message-ID: <{when.strftime('%Y%m%d%H%M%S')}.{slug}@{domain}>")
    if in_reply_to:
        head.append(f"In-Reply-To: {in_reply_to}")
        head.append(f"References: {references or in_reply_to}")
    if mailer:
        head.append(mailer)
    head.extend(extra)
    head.append("MIME-Version: 1.0")
    bh, bb = body.render()
    raw = "\n".join(head + bh).encode("ascii") + b"\n\n" + bb
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MAILS.append((fname, raw, exp, when))


# Texts of our side that writers quote.
INVITATION = """\
Sehr geehrte Damen und Herren,
liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,

herzlich laden wir Sie zum Tag der Migrantenselbstorganisationen 2027 ein:

  Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
  Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Drei Kernthemen werden in parallelen Arbeitsgruppen besprochen:
  AG I   Menschen mit Migrationsvorgeschichte im Bildungssystem
  AG II  Münsters Zukunftsprozess aus der Sicht der Menschen mit
         Migrationsvorgeschichte
  AG III Förderungsmöglichkeiten und effektives Vereinsmanagement

Bitte melden Sie sich bis zum 6. März 2027 an und nennen Sie uns Ihren
Namen, Ihre Organisation, die gewünschte Arbeitsgruppe und die Zahl der
Personen. Antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Ihr Team Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster
"""


def quote(text, prefix="> "):
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip()
                     for line in text.rstrip("\n").split("\n")) + "\n"


# ===========================================================================
# THE MAILS, in arrival order
# ===========================================================================

# 001 -- formal letter of an old chairman, ISO-8859-1 quoted-printable. The association story
# is full of numbers (1979, 214 members, ages 10-16, phone numbers); LAST year's workgroup was
# Vereinsmanagement (AG3) but this year he chooses AG I; the honorary chairman sends greetings
# and will not come; the treasurer will register himself. party_size stays 1.
mail("yildirim-formal-letter-history", when=date(2027, 1, 11, 9, 14, 2),
     frm=addr("Dr. Mehmet Ali Yildirim", "ma.yildirim@tdkv-coerde.example"),
     subject="Anmeldung zum Tag der Migrantenselbstorganisationen am 13. März 2027",
     subject_charset="iso-8859-1",
     mailer="User-Agent: Mozilla/5.0 (Windows NT 10.0; rv:115.0) Gecko/20100101 Thunderbird/115.6.0",
     body=Text("""\
Sehr geehrte Damen und Herren,

mit großer Freude haben wir Ihre Einladung zum diesjährigen Tag der
Migrantenselbstorganisationen erhalten, die uns wie in jedem Jahr über den
Verteiler des Integrationsrates erreicht hat.

Erlauben Sie mir, unseren Verein zunächst kurz vorzustellen, da in Ihrem
Hause in den letzten Jahren doch viele neue Gesichter tätig geworden sind.
Der Türkisch-Deutsche Kulturverein Münster-Coerde e.V. wurde am 14. Mai 1979
von zwölf Arbeitern der damaligen Westfälischen Drahtwerke gegründet, die
für ihre Familien einen Ort der Begegnung suchten. Heute zählen wir 214
Mitglieder, davon 61 unter 27 Jahren. Seit 1988 befinden sich unsere Räume
Am Hamannplatz 17. Jeden Samstag betreuen dort sechs Ehrenamtliche rund 40
Schülerinnen und Schüler im Alter von 10 bis 16 Jahren bei der
Hausaufgabenhilfe, und zweimal im Monat bieten wir eine Sprechstunde zu
Rente und Aufenthalt an.

Am Tag der Migrantenselbstorganisationen habe ich seit 2014 mit nur einer
Ausnahme (2017, damals lag ich im Clemenshospital) jedes Jahr teilgenommen.
Im vergangenen Jahr war ich in der Arbeitsgruppe zum Vereinsmanagement, die
mir sehr geholfen hat, unsere Kassenführung auf neue Füße zu stellen. Dafür
an dieser Stelle noch einmal meinen herzlichen Dank.

Hiermit melde ich mich verbindlich für Samstag, den 13. März 2027 an. In
diesem Jahr möchte ich an der Arbeitsgruppe I (Menschen mit
Migrationsvorgeschichte im Bildungssystem) teilnehmen, weil uns der
Übergang von der Schule in die Ausbildung bei unseren Jugendlichen derzeit
sehr beschäftigt.

Unser Ehrenvorsitzender, Herr Hüsnü Karabulut, lässt Sie herzlich grüßen.
Er ist inzwischen 87 Jahre alt und wird aus gesundheitlichen Gründen leider
nicht kommen können, nimmt aber regen Anteil. Unser Kassierer, Herr Cengiz
Acar, wird sich nach eigener Aussage selbst bei Ihnen anmelden.

Für Rückfragen stehe ich Ihnen selbstverständlich gern zur Verfügung.

Mit vorzüglicher Hochachtung

Dr. Mehmet Ali Yildirim
1. Vorsitzender
Türkisch-Deutscher Kulturverein Münster-Coerde e.V.
Am Hamannplatz 17, 48157 Münster
Tel. 0251 / 31 47 20 (dienstags und donnerstags 17-20 Uhr)
Mobil 0171 / 4 82 93 11
Vereinsregister Münster VR 1187
""", charset="iso-8859-1", cte="quoted-printable", params="; format=flowed"),
     exp=R("registration", "ma.yildirim@tdkv-coerde.example", "Mehmet Ali Yildirim",
           "Türkisch-Deutscher Kulturverein Münster-Coerde e.V.", ["AG1"], 1, "de"))

# 002 -- Turkish, Gmail multipart/alternative UTF-8 QP. Association history (2003, 85 members,
# 23 girls aged 12-16), two persons (writer + board member), AG I first, AG III second; a
# colleague registered separately and must not be counted; the treasurer sends greetings only.
mail("demirtas-tr-two-persons-colleague-separate", when=date(2027, 1, 12, 20, 41, 37),
     frm=addr("Hatice Demirtaş", "hatice.demirtas@gmail.example"),
     subject="MSO günü 13 Mart - kayıt (2 kişi)",
     mailer="X-Mailer: Gmail",
     body=Multi("alternative", [
         Text("""\
Sayın Yetkililer,

Merhabalar, ben Hatice Demirtaş. 2003 yılından beri Münster'de faaliyet
gösteren Münster Türk Kadınları Dayanışma Derneği'nin başkanıyım. Belki
hatırlarsınız, 2018'deki MSO gününde anadili dersleri atölyesinde biz de
söz almıştık. Bugün 85 üyemiz var, çoğu ev hanımı ve emekli kadınlar. Her
çarşamba Kinderhaus'taki mahalle merkezinde 12 ile 16 yaş arası kız
çocuklarıyla ödev ve okuma grubu yapıyoruz, şu an 23 kızımız var.

13 Mart'taki MSO gününe iki kişi olarak katılmak istiyoruz: ben ve yönetim
kurulu üyemiz Songül Yavuz. Birinci tercihimiz I. çalışma grubu (eğitim
sistemi), eğer orası dolarsa III. grup (destek imkânları ve dernek
yönetimi) da olur.

Bir de şunu belirteyim: arkadaşımız Fatma Öztürk kendi e-postasından ayrıca
kayıt yaptırdı, onu lütfen bizim sayımıza eklemeyin. Dernek saymanımız Nuran
Hanım da selam gönderiyor, o gün torununun doğum günü olduğu için
gelemeyecek.

Almancam yazışma için yeterince iyi değil, o yüzden Türkçe yazıyorum, kusura
bakmayın. Toplantıda Songül bana tercüme eder.

Saygılarımla,
Hatice Demirtaş
Başkan - Münster Türk Kadınları Dayanışma Derneği
Tel: 0251 / 27 18 44 (akşamları)
WhatsApp: 0157 / 33 90 12 47
""", charset="utf-8", cte="quoted-printable"),
         Text("""\
<div dir="ltr"><div>Sayın Yetkililer,</div><div><br></div><div>Merhabalar, ben Hatice Demirtaş. 2003 yılından beri Münster'de faaliyet gösteren Münster Türk Kadınları Dayanışma Derneği'nin başkanıyım. Belki hatırlarsınız, 2018'deki MSO gününde anadili dersleri atölyesinde biz de söz almıştık. Bugün 85 üyemiz var, çoğu ev hanımı ve emekli kadınlar. Her çarşamba Kinderhaus'taki mahalle merkezinde 12 ile 16 yaş arası kız çocuklarıyla ödev ve okuma grubu yapıyoruz, şu an 23 kızımız var.</div><div><br></div>
<div>13 Mart'taki MSO gününe <b>iki kişi</b> olarak katılmak istiyoruz: ben ve yönetim kurulu üyemiz Songül Yavuz. Birinci tercihimiz I. çalışma grubu (eğitim sistemi), eğer orası dolarsa III. grup (destek imkânları ve dernek yönetimi) da olur.</div><div><br></div>
<div>Bir de şunu belirteyim: arkadaşımız Fatma Öztürk kendi e-postasından ayrıca kayıt yaptırdı, onu lütfen bizim sayımıza eklemeyin. Dernek saymanımız Nuran Hanım da selam gönderiyor, o gün torununun doğum günü olduğu için gelemeyecek.</div><div><br></div>
<div>Almancam yazışma için yeterince iyi değil, o yüzden Türkçe yazıyorum, kusura bakmayın. Toplantıda Songül bana tercüme eder.</div><div><br></div>
<div>Saygılarımla,</div><div>Hatice Demirtaş</div><div>Başkan - Münster Türk Kadınları Dayanışma Derneği</div><div>Tel: 0251 / 27 18 44 (akşamları)</div><div>WhatsApp: 0157 / 33 90 12 47</div></div>
""", subtype="html", charset="utf-8", cte="quoted-printable"),
     ], boundary="000000000000a1b2c3d4e5f60718"),
     exp=R("registration", "hatice.demirtas@gmail.example", "Hatice Demirtaş",
           "Münster Türk Kadınları Dayanışma Derneği", ["AG1", "AG3"], 2, "tr"))

# 003 -- top-posted reply above the full quoted invitation (which names all three AGs). The
# writer says last year they were in the education group; now all three go to AG II. Three
# persons: writer, deputy, and a 17-year-old youth speaker (the age is not a count).
mail("okonkwo-berger-topposted-three-persons", when=date(2027, 1, 13, 18, 5, 51),
     frm=addr("Renate Okonkwo-Berger", "r.okonkwo-berger@dafv-muenster.example"),
     subject="Re: Einladung: Tag der Migrantenselbstorganisationen 2027",
     in_reply_to="<20270108093000.einladung@muenster.example>",
     mailer="User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:115.0) Gecko/20100101 Thunderbird/115.5.2",
     body=Text("""\
Liebe Organisatorinnen und Organisatoren,

vielen Dank für die Einladung, die ich gleich in unserer Vorstandssitzung
am Montag vorgestellt habe. Der Deutsch-Afrikanische Frauenverein feiert in
diesem Jahr übrigens sein zwanzigjähriges Bestehen (gegründet im April 2007
im Gemeindehaus an der Hammer Straße, damals waren wir elf Frauen, heute
sind wir 46 Mitglieder aus neun Ländern) und wir freuen uns deshalb ganz
besonders auf den Austausch mit den anderen Vereinen.

Letztes Jahr waren zwei von uns in der AG zur Bildung, das war sehr gut,
aber diesmal möchten wir uns alle in die AG II setzen, also Münsters
Zukunftsprozess. Da geht es ja auch um die Frage, wo wir als Frauenverein
in zehn Jahren Räume haben werden, und das brennt uns unter den Nägeln.

Wir kommen zu dritt:
- ich selbst (Vorsitzende),
- meine Stellvertreterin Abena Mensah,
- unsere Jugendsprecherin Joy Adeyemi, sie ist 17 und macht nächstes Jahr
  Abitur am Hittorf-Gymnasium.

Falls es Material gibt, das wir vorher lesen sollten, schicken Sie es gern
an diese Adresse. Wir würden außerdem gern einen kleinen Stapel unserer
Flyer zum Jubiläumsfest (19. Juni) mitbringen, wenn das in Ordnung ist.

Herzliche Grüße aus Hiltrup
Renate Okonkwo-Berger
Deutsch-Afrikanischer Frauenverein Münster e.V.
Telefon 02501 / 59 44 81

Am 08.01.2027 um 09:30 schrieb Tag der Migrantenselbstorganisationen:
""" + quote(INVITATION), charset="utf-8", cte="8bit"),
     exp=R("registration", "r.okonkwo-berger@dafv-muenster.example", "Renate Okonkwo-Berger",
           "Deutsch-Afrikanischer Frauenverein Münster e.V.", ["AG2"], 3, "de"))

# 004 -- Russian in KOI8-R 8bit, from an elderly chairman (The Bat!). Founded 1996, 340
# members, children 6-14, a choir; in 2018 he was in the mother-tongue workshop; his wife
# sends greetings but sings at a concert that day. One person, AG I.
mail("schmidt-ru-koi8r-rodnik", when=date(2027, 1, 15, 10, 22, 40),
     frm=addr("Вальдемар Шмидт", "w.schmidt@rodnik-muenster.example", charset="koi8-r"),
     subject="Регистрация на день организаций мигрантов 13.03.2027",
     subject_charset="koi8-r",
     mailer="X-Mailer: The Bat! (v9.4.5) Professional",
     body=Text("""\
Уважаемые дамы и господа!

Пишу Вам по-русски, так мне проще, хотя немецкий я, конечно, понимаю.
Меня зовут Вальдемар Шмидт, мне 71 год, и уже девятый год я возглавляю
Общество немцев из России "Родник" в Мюнстере. Общество было основано в
1996 году переселенцами из Казахстана и Алтайского края, сегодня у нас 340
членов. При обществе работают хор "Рябинушка" (22 человека), субботняя
школа для детей от 6 до 14 лет и клуб пожилых людей по средам.

На дне организаций мигрантов я бывал неоднократно. В 2018 году я был на
секции о родном языке, в 2020 году участвовал онлайн, что для меня было
непросто, но внук помог.

Настоящим прошу зарегистрировать меня на день организаций мигрантов
13 марта 2027 года. Хотел бы участвовать в рабочей группе I
(люди с историей миграции в системе образования), потому что вопрос
школьной поддержки наших детей для нас сейчас самый главный.

Моя жена Лидия передаёт Вам сердечный привет. Она, к сожалению, прийти не
сможет, потому что в тот же день хор выступает в Билефельде.

С уважением,
Вальдемар Шмидт
Председатель
Общество немцев из России "Родник" e.V.
Тел. 0251 / 86 12 07
Моб. 0160 / 91 35 22 40
""", charset="koi8-r", cte="8bit"),
     exp=R("registration", "w.schmidt@rodnik-muenster.example", "Вальдемар Шмидт",
           "Общество немцев из России \"Родник\" e.V.", ["AG1"], 1, "ru"))

# 005 -- a question, not a registration: a 78-year-old chairwoman asks about step-free access,
# halal lunch and whether her 15-year-old granddaughter may accompany her, and says she will
# register once she has the answer. windows-1252 quoted-printable.
mail("tchakounte-question-access", when=date(2027, 1, 16, 11, 48, 19),
     frm=addr("Marianne Tchakounté", "m.tchakounte@t-online.example", charset="windows-1252"),
     subject="Frage zum MSO-Tag: Barrierefreiheit und Essen",
     subject_charset="windows-1252",
     mailer="X-Mailer: Microsoft Outlook 16.0",
     body=Text("""\
Sehr geehrte Damen und Herren,

ich bin die Vorsitzende des Kamerunischen Kulturvereins Münster e.V., den
mein verstorbener Mann Jean-Pierre 1994 mit fünf Landsleuten gegründet hat.
Heute sind wir 58 Mitglieder, und unsere Kindertanzgruppe (Kinder zwischen
6 und 11 Jahren) tritt jedes Jahr beim Weltkindertag auf dem Domplatz auf.
Beim MSO-Tag 2016 zur interkulturellen Öffnung war ich dabei, damals noch
im Haus der Familie, und habe gute Erinnerungen daran.

Bevor ich mich für den 13. März anmelde, hätte ich zwei Fragen:

1. Ich bin inzwischen 78 Jahre alt und seit einer Hüft-OP auf einen
Rollator angewiesen. Ist das Stadtweinhaus barrierefrei? Gibt es einen
Aufzug zu den Räumen der Arbeitsgruppen, und wo könnte mich meine Tochter
am Prinzipalmarkt aussteigen lassen?

2. Wird es ein Mittagessen geben, und ist daran gedacht, dass viele unserer
Mitglieder kein Schweinefleisch essen?

Außerdem würde mich gern meine Enkelin (15) begleiten, die mir beim Gehen
hilft. Darf sie mit hinein, auch wenn sie nicht in einem Verein ist?

Sobald ich Ihre Antwort habe, melde ich mich verbindlich an.

Mit freundlichen Grüßen
Marianne Tchakounté
Kamerunischer Kulturverein Münster e.V.
Tel. 0251 / 39 55 02
""", charset="windows-1252", cte="quoted-printable"),
     exp=R("question", "m.tchakounte@t-online.example", "Marianne Tchakounté",
           "Kamerunischer Kulturverein Münster e.V.", [], None, "de"))

# 006 -- Arabic, windows-1256 base64. Association story (2015, 120 families, children 8-15);
# LAST year he was in working group II; this year two persons (he + a colleague), AG I then
# AG III; Dr. Samir Haddad registered on his own and is not part of this party.
mail("alhassan-ar-cp1256-two-persons", when=date(2027, 1, 18, 21, 3, 9),
     frm=addr("محمد الحسن", "m.alhassan@jisr-muenster.example", charset="windows-1256"),
     subject="تسجيل في يوم منظمات المهاجرين 13 مارس 2027",
     subject_charset="windows-1256",
     body=Text("""\
السادة المحترمون في مكتب الاندماج بمدينة مونستر،

تحية طيبة وبعد،

اسمي محمد الحسن، وأنا رئيس جمعية الجسر السوري الألماني في مونستر. تأسست
جمعيتنا في خريف عام 2015 على يد مجموعة من العائلات التي وصلت إلى المدينة
في تلك الفترة، واليوم يبلغ عدد أعضائنا نحو 120 عائلة. نقدم كل يوم سبت
دروس تقوية ومساعدة في الواجبات المدرسية لأطفال تتراوح أعمارهم بين 8 و15
سنة في مركز الحي في كيندرهاوس، كما ننظم دورة لغة ألمانية للأمهات مرتين
في الأسبوع.

شاركت في يوم منظمات المهاجرين في العام الماضي، وكنت في مجموعة العمل
الثانية حول مستقبل مدينة مونستر، وكانت تجربة مفيدة جدا.

أود هذا العام أن أسجل لحضور اليوم في 13 مارس 2027، وسنكون شخصين: أنا
وزميلتي رنا خليل، مسؤولة التعليم في الجمعية. نرغب في المشاركة في مجموعة
العمل الأولى (التعليم)، وإن لم يبق فيها مكان فالمجموعة الثالثة (التمويل
وإدارة الجمعيات).

للعلم: الدكتور سمير حداد من جمعيتنا سجل بنفسه عبر بريده الإلكتروني، فلا
داعي لاحتسابه معنا.

مع خالص الشكر والتقدير،
محمد الحسن
رئيس جمعية الجسر السوري الألماني - مونستر
هاتف: 0251 / 98 76 54
جوال: 0152 / 04 33 81 96
""", charset="windows-1256", cte="base64"),
     exp=R("registration", "m.alhassan@jisr-muenster.example", "محمد الحسن",
           "جمعية الجسر السوري الألماني", ["AG1", "AG3"], 2, "ar"))

# 007 -- shared association mailbox in From; the writer asks for the confirmation at her own
# private address (that address is the answer). The chairman registers separately and
# wants AG III -- that is not her choice. She takes AG II.
mail("rahimi-shared-mailbox-private-confirmation", when=date(2027, 1, 19, 14, 30, 12),
     frm=addr("Afghanischer Kulturverein Münster", "vorstand@afghanischer-kulturverein.example"),
     subject="Anmeldung MSO-Tag / Afghanischer Kulturverein",
     mailer="X-Mailer: Open-Xchange Mailer v7.10.6-Rev42",
     body=Text("""\
Sehr geehrte Damen und Herren,

ich schreibe Ihnen aus dem Vereinspostfach des Afghanischen Kulturvereins
Münster e.V., bin aber Nasrin Rahimi, die Schriftführerin. Unseren Verein
gibt es seit 2002, gegründet von acht Familien aus Kabul und Herat. Wir
haben heute 95 Mitglieder, bieten Dari- und Paschtu-Unterricht für Kinder
zwischen 6 und 12 Jahren an und feiern jedes Jahr im März Nowruz mit rund
400 Gästen im Bürgerhaus Kinderhaus (dieses Jahr am 20. März, Sie sind
herzlich eingeladen!).

Ich möchte mich für den Tag der Migrantenselbstorganisationen am 13.03.
anmelden, und zwar für die Arbeitsgruppe II zu Münsters Zukunftsprozess.
Ich studiere Stadtplanung im Master und das Thema interessiert mich auch
beruflich sehr.

Eine Bitte: Schicken Sie die Bestätigung bitte nicht an dieses Postfach,
das lesen drei Leute und manchmal geht etwas unter. Bitte an meine private
Adresse: nasrin.rahimi@posteo.example

Unser Vorsitzender, Herr Wahidullah Sultani, meldet sich selbst von seiner
eigenen Adresse an, er möchte in die AG III zur Förderung. Wir kommen also
zu zweit, aber mit zwei getrennten Anmeldungen, damit es keine Verwirrung
gibt.

Viele Grüße
Nasrin Rahimi
Schriftführerin
Afghanischer Kulturverein Münster e.V.
www.afghanischer-kulturverein.example
""", charset="utf-8", cte="quoted-printable"),
     exp=R("registration", "nasrin.rahimi@posteo.example", "Nasrin Rahimi",
           "Afghanischer Kulturverein Münster e.V.", ["AG2"], 1, "de"))

# 008 -- HTML-only mail from Outlook (windows-1252, quoted-printable, HTML entities), a
# professional in migration work who reminisces about the first MSO-Tag in 2014; a colleague
# registered separately; long legal footer with HRB number, fax and phone numbers. AG III.
mail("koetter-outlook-html-only", when=date(2027, 1, 20, 8, 2, 44),
     frm=addr("Kötter, Bernhard", "b.koetter@ifd-muenster-sued.example", charset="windows-1252"),
     subject="Anmeldung Tag der MSO 2027 - B. Kötter (IFD Münster-Süd)",
     subject_charset="windows-1252",
     mailer="X-Mailer: Microsoft Outlook 16.0",
     extra=("Thread-Index: AdrLq3k9sT0n1mQeR0uM2b7YpXz4Ag==", "Content-Language: de-DE"),
     body=Text("""\
<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
--></style></head>
<body lang="DE" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
<p class="MsoNormal">Sehr geehrte Damen und Herren,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">hiermit melde ich mich f&uuml;r den Tag der Migrantenselbstorganisationen am 13.03.2027 an und w&uuml;rde gern an der <b>Arbeitsgruppe III (F&ouml;rderungsm&ouml;glichkeiten und effektives Vereinsmanagement)</b> teilnehmen.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Erlauben Sie mir ein paar pers&ouml;nliche Worte: Ich bin seit 1991 in der Migrationsarbeit t&auml;tig, zuerst in der Aussiedlerberatung in Gievenbeck, seit 2009 beim Interkulturellen Fachdienst. Beim allerersten MSO-Tag 2014 (&bdquo;Qualifizieren, Vernetzen, Handeln&ldquo;) sa&szlig; ich noch ganz hinten und habe mitgeschrieben, 2017 durfte ich dann einen kleinen Input zur Anerkennung ausl&auml;ndischer Abschl&uuml;sse geben. Inzwischen bin ich 63 und werde in gut zwei Jahren in den Ruhestand gehen, deshalb ist es mir ein Anliegen, die Vereine, die ich seit Jahren bei F&ouml;rderantr&auml;gen begleite (derzeit sind es elf), an die richtigen Stellen weiterzugeben.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Meine Kollegin Frau Kaya aus der Jugendmigrationsberatung hat sich bereits letzte Woche separat angemeldet, bitte z&auml;hlen Sie mich also zus&auml;tzlich und nicht doppelt.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Mit freundlichen Gr&uuml;&szlig;en<o:p></o:p></p>
<p class="MsoNormal">Bernhard K&ouml;tter<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#1F3864">Interkultureller Fachdienst M&uuml;nster-S&uuml;d gGmbH<br>
Migrationsberatung f&uuml;r erwachsene Zugewanderte (MBE)<br>
Weseler Stra&szlig;e 212 &middot; 48151 M&uuml;nster<br>
Telefon 0251 / 7 03 18-22 &middot; Fax 0251 / 7 03 18-99<br>
<a href="mailto:b.koetter@ifd-muenster-sued.example">b.koetter@ifd-muenster-sued.example</a> &middot; <a href="https://www.ifd-muenster-sued.example">www.ifd-muenster-sued.example</a></span><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">Gesch&auml;ftsf&uuml;hrung: Dr. Ursula Brinkhaus &middot; Sitz der Gesellschaft: M&uuml;nster &middot; Amtsgericht M&uuml;nster HRB 16470<br>
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet.<br>
&#127807; Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.</span><o:p></o:p></p>
</div>
</body>
</html>
""", subtype="html", charset="windows-1252", cte="quoted-printable"),
     exp=R("registration", "b.koetter@ifd-muenster-sued.example", "Bernhard Kötter",
           "Interkultureller Fachdienst Münster-Süd gGmbH", ["AG3"], 1, "de"))

# 009 -- Kurmanji in ISO-8859-9 quoted-printable. Founded 1992, 160 members, children 7-13,
# dancers 14-20; two persons (he + his 19-year-old daughter), AG II; the 80-year-old founder
# sends greetings and will not come.
mail("celik-ku-iso88599-father-daughter", when=date(2027, 1, 21, 19, 17, 3),
     frm=addr("Rênas Çelik", "renas.celik@web.example", charset="iso-8859-9"),
     subject="Roja MSO 13.03.2027 - tomarkirin",
     body=Text("""\
Silav û rêz ji bo we,

Navê min Rênas Çelik e. Ez ji sala 2011an ve serokê Komeleya Çand û Hunerê
ya Kurdî li Münsterê me. Komeleya me di sala 1992an de ji aliyê çend
malbatan ve hat damezrandin, niha 160 endamên me hene. Her roja şemiyê em
ji zarokên 7 heta 13 salî re dersa zimanê kurdî didin, û koma me ya
govendê ji ciwanên 14 heta 20 salî pêk tê. Di sala 2020an de jî em bi
onlîne beşdarî roja MSO bûbûn.

Em dixwazin beşdarî Roja Rêxistinên Koçberan a 13ê Adara 2027an bibin.
Em ê du kes bin: ez û keça min Berfîn (19 salî), ku koma govendê birêve
dibe. Em dixwazin beşdarî koma xebatê ya II bibin (pêvajoya pêşerojê ya
Münsterê, "Zukunftsprozess").

Mamê Xelîl, damezrînerê komeleyê, silavên germ ji we re dişîne. Ew êdî
80 salî ye û nikare were, lê her sal dipirse ka roja MSO çawa derbas bû.

Bi rêz û silav,
Rênas Çelik
Serokê Komeleya Çand û Hunerê ya Kurdî li Münsterê
Têlefon: 0251 / 61 20 33
Mobîl: 0176 / 22 45 80 19
""", charset="iso-8859-9", cte="quoted-printable"),
     exp=R("registration", "renas.celik@web.example", "Rênas Çelik",
           "Komeleya Çand û Hunerê ya Kurdî li Münsterê", ["AG2"], 2, "ku"))

# 010 -- formal letter pasted into the body (ISO-8859-15, 8bit) plus the same letter as a PDF
# attachment. Letterhead, address block, date line "Münster, den 19. Januar 2027", founding
# year 1983, 128 members, pupils 5-15; two persons (chairwoman + treasurer), both AG III.
# The honorary chairwoman took part in 2016 and is only mentioned.
LETTER_010 = """\
Deutsch-Polnische Gesellschaft Münster e.V.
Der Vorstand
Lindenweg 8a
48149 Münster

An die Stadt Münster
Kommunales Integrationszentrum
- Tag der Migrantenselbstorganisationen -

                                        Münster, den 19. Januar 2027

Verbindliche Anmeldung zum Tag der Migrantenselbstorganisationen am
13. März 2027

Sehr geehrte Damen und Herren,

die Deutsch-Polnische Gesellschaft Münster e.V. besteht seit dem Jahr
1983 und zählt derzeit 128 Mitglieder. Neben unseren kulturellen
Veranstaltungen (Lesungen, Chopin-Abend, Weihnachtsmarkt) unterhalten wir
seit 1997 eine Samstagsschule für polnischsprachige Kinder im Alter von 5
bis 15 Jahren, die derzeit von 74 Schülerinnen und Schülern besucht wird.
Unsere Ehrenvorsitzende, Frau Krystyna Bauer, hat 2016 am Tag der
Migrantenselbstorganisationen teilgenommen und uns seitdem immer wieder
ermutigt, den Kontakt zur Kommune zu suchen.

Hiermit melden wir für den 13. März 2027 zwei Personen an:

  1. Dr. Halina Wisniewska, Vorsitzende (Unterzeichnende)
  2. Tadeusz Nowak, Schatzmeister

Beide möchten wir für die Arbeitsgruppe III (Förderungsmöglichkeiten und
effektives Vereinsmanagement) vormerken, da wir im kommenden Jahr einen
Antrag auf Förderung unserer Samstagsschule stellen möchten.

Für Ihre Mühe danken wir Ihnen im Voraus.

Mit freundlichen Grüßen

Dr. Halina Wisniewska
Vorsitzende

Tel. 0251 / 86 40 17 · E-Mail: h.wisniewska@dpg-muenster.example
Bankverbindung: Sparkasse Münsterland Ost, IBAN DE12 4005 0150 0000 1234 56
"""
mail("wisniewska-letter-with-pdf", when=date(2027, 1, 22, 11, 5, 0),
     frm=addr("Halina Wisniewska", "h.wisniewska@dpg-muenster.example"),
     subject="Anmeldung DPG Münster - Tag der MSO 13.03.2027",
     subject_charset="iso-8859-15",
     mailer="X-Mailer: Apple Mail (2.3774.300.61.1.2)",
     body=Multi("mixed", [
         Text("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unser Anmeldeschreiben als PDF. "
              "Zur Sicherheit habe ich\nden Text auch unten eingefügt.\n\nFreundliche Grüße\n"
              "Halina Wisniewska\n\n---------------------------------------------------------\n\n"
              + LETTER_010, charset="iso-8859-15", cte="8bit"),
         Binary(tiny_pdf("Anmeldung DPG Muenster - Tag der MSO 13.03.2027"), "application/pdf",
                "Anmeldung_MSO-Tag_2027_DPG.pdf"),
     ], boundary="Apple-Mail=_5C1E0B7A-2D4F-4C39-9A1E-7F0D3B2A6C11"),
     exp=R("registration", "h.wisniewska@dpg-muenster.example", "Halina Wisniewska",
           "Deutsch-Polnische Gesellschaft Münster e.V.", ["AG3"], 2, "de"))

# 011 -- Greek in ISO-8859-7 base64. Community founded 1965, about 300 families, 48 pupils
# aged 6-15; LAST year the writer was in working group II, this year he wants group I; the
# parish priest sends greetings and will not come. One person.
mail("konstantinidis-el-iso88597", when=date(2027, 1, 24, 12, 31, 55),
     frm=addr("Νικόλαος Κωνσταντινίδης", "n.konstantinidis@ekm-muenster.example",
              charset="iso-8859-7"),
     subject="Δήλωση συμμετοχής - Ημέρα Οργανώσεων Μεταναστών 13.03.2027",
     subject_charset="iso-8859-7",
     body=Text("""\
Αξιότιμες κυρίες και κύριοι,

ονομάζομαι Νικόλαος Κωνσταντινίδης και είμαι πρόεδρος της Ελληνικής
Κοινότητας Μύνστερ. Η Κοινότητά μας ιδρύθηκε το 1965 από τους πρώτους
Έλληνες εργάτες που ήρθαν στην πόλη, και σήμερα αριθμεί περίπου 300
οικογένειες. Από το 1972 λειτουργεί το ελληνικό σχολείο του Σαββάτου, όπου
φέτος φοιτούν 48 παιδιά από 6 έως 15 ετών.

Πέρυσι συμμετείχα στην ομάδα εργασίας ΙΙ για τη μελλοντική πορεία του
Μύνστερ. Φέτος θα ήθελα να δηλώσω συμμετοχή για την Ημέρα των Οργανώσεων
Μεταναστών στις 13 Μαρτίου 2027 και να συμμετάσχω στην ομάδα εργασίας Ι
(μετανάστες στο εκπαιδευτικό σύστημα), γιατί το μέλλον του ελληνικού
σχολείου μας απασχολεί ιδιαίτερα.

Ο πατήρ Αθανάσιος της ενορίας μας σας στέλνει τους χαιρετισμούς του.
Δυστυχώς δεν θα μπορέσει να έρθει, επειδή εκείνο το Σάββατο έχει
μνημόσυνο στο Ντόρτμουντ.

Με εκτίμηση,
Νικόλαος Κωνσταντινίδης
Πρόεδρος
Ελληνική Κοινότητα Μύνστερ
Τηλ. 0251 / 27 66 13
""", charset="iso-8859-7", cte="base64"),
     exp=R("registration", "n.konstantinidis@ekm-muenster.example", "Νικόλαος Κωνσταντινίδης",
           "Ελληνική Κοινότητα Μύνστερ", ["AG1"], 1, "el"))

# 012 -- change, bottom-posted under his own quoted registration (which says AG I). He now
# wants AG III again because the treasurer takes over education; party size unchanged, so
# party_size is null. Same client as 001 (ISO-8859-1 QP).
mail("yildirim-change-bottom-posted", when=date(2027, 1, 25, 10, 2, 30),
     frm=addr("Dr. Mehmet Ali Yildirim", "ma.yildirim@tdkv-coerde.example"),
     subject="Re: Anmeldung zum Tag der Migrantenselbstorganisationen am 13. März 2027",
     subject_charset="iso-8859-1",
     in_reply_to="<20270111091402.yildirim-formal-letter-history@tdkv-coerde.example>",
     mailer="User-Agent: Mozilla/5.0 (Windows NT 10.0; rv:115.0) Gecko/20100101 Thunderbird/115.6.0",
     body=Text("""\
Am 11.01.2027 um 09:14 schrieb Dr. Mehmet Ali Yildirim:
> Sehr geehrte Damen und Herren,
>
> mit großer Freude haben wir Ihre Einladung zum diesjährigen Tag der
> Migrantenselbstorganisationen erhalten, [...]
>
> Hiermit melde ich mich verbindlich für Samstag, den 13. März 2027 an. In
> diesem Jahr möchte ich an der Arbeitsgruppe I (Menschen mit
> Migrationsvorgeschichte im Bildungssystem) teilnehmen, weil uns der
> Übergang von der Schule in die Ausbildung bei unseren Jugendlichen derzeit
> sehr beschäftigt.
> [...]

Sehr geehrte Damen und Herren,

gestatten Sie mir eine Korrektur meiner obigen Anmeldung. In unserer
Vorstandssitzung am vergangenen Freitag haben wir beschlossen, dass unser
Kassierer, Herr Acar, der selbst zwei Kinder in der Oberstufe hat, die
Arbeitsgruppe zum Bildungssystem besucht. Er hat sich inzwischen, wie
angekündigt, selbst angemeldet.

Ich möchte daher meine Wahl ändern und, wie im vergangenen Jahr, an der
Arbeitsgruppe III (Förderungsmöglichkeiten und effektives
Vereinsmanagement) teilnehmen. Es bleibt bei mir als einziger Person.

Herr Karabulut bedankt sich übrigens für die guten Wünsche, die ihm Ihre
Kollegin am Telefon ausgerichtet hat.

Mit vorzüglicher Hochachtung

Dr. Mehmet Ali Yildirim
1. Vorsitzender
Türkisch-Deutscher Kulturverein Münster-Coerde e.V.
Tel. 0251 / 31 47 20
""", charset="iso-8859-1", cte="quoted-printable"),
     exp=R("change", "ma.yildirim@tdkv-coerde.example", "Mehmet Ali Yildirim",
           "Türkisch-Deutscher Kulturverein Münster-Coerde e.V.", ["AG3"], None, "de"))

# 013 -- Albanian, UTF-8 base64. Founded 1999, 70 members, children 6-14; in 2018 he was in the
# mother-tongue workshop; three persons (he, his wife, a 23-year-old youth leader); first
# choice AG I, second AG II.
mail("berisha-sq-three-persons", when=date(2027, 1, 26, 17, 44, 8),
     frm=addr("Agron Berisha", "agron.berisha@iliria-muenster.example"),
     subject="Regjistrim - Dita e Organizatave te Migranteve 13.03.2027",
     mailer="X-Mailer: Microsoft Windows Live Mail 16.4.3528.331",
     body=Text("""\
Të nderuar zonja dhe zotërinj,

Ju përshëndes nga Shoqata Kulturore Shqiptare "Iliria" në Münster. Shoqata
jonë u themelua në vitin 1999 nga familje që erdhën nga Kosova gjatë
luftës, dhe sot ka 70 anëtarë. Çdo të shtunë zhvillojmë mësimin plotësues
të gjuhës shqipe për fëmijët 6 deri 14 vjeç, dhe kemi edhe një grup
vallesh për të rinjtë.

Në vitin 2018 kam qenë në punëtorinë për mësimin e gjuhës amtare dhe më ka
pëlqyer shumë. Prandaj këtë vit vijmë më shumë veta.

Dëshirojmë të regjistrohemi për Ditën e Organizatave të Migrantëve më 13
mars 2027. Do të vijmë tre veta: unë, bashkëshortja ime Drita Berisha
(sekretare e shoqatës) dhe Arbër Krasniqi (23 vjeç), udhëheqësi i grupit
të të rinjve. Zgjedhja jonë e parë është grupi i punës I (arsimi), e dyta
grupi i punës II (procesi i së ardhmes së Münsterit).

Ju falënderoj që na ftoni çdo vit.

Me respekt,
Agron Berisha
Kryetar
Shoqata Kulturore Shqiptare "Iliria" Münster
Tel: 0251 / 52 08 66
Mob: 0178 / 61 44 29 03
""", charset="utf-8", cte="base64"),
     exp=R("registration", "agron.berisha@iliria-muenster.example", "Agron Berisha",
           "Shoqata Kulturore Shqiptare \"Iliria\" Münster", ["AG1", "AG2"], 3, "sq"))

# 014 -- dictated on an iPhone: hardly any punctuation. Three persons (youth worker + two
# teenagers aged 16 and 17); ages 13-19 of the group and "vor drei Jahren ... Förderung" are
# not choices; the chairman sends greetings and will not come. A question inside a
# registration stays a registration. AG II.
mail("tesfay-iphone-dictated-youth", when=date(2027, 1, 26, 22, 13, 41),
     frm=addr("Senait Tesfay", "senait.tesfay@icloud.example"),
     subject="Anmeldung 13.3.",
     mailer="X-Mailer: iPhone Mail (21D61)",
     body=Text("""\
Hallo liebes MSO Team

ich bin Senait Tesfay von der eritreischen Gemeinschaft Münster ich
schreibe vom Handy weil mein Laptop kaputt ist sorry für Fehler. Wir sind
ein kleiner Verein seit 2010 mit ungefähr 40 Familien und ich mache die
Jugendarbeit, wir haben eine Gruppe mit 14 Jugendlichen zwischen 13 und 19
Jahren jeden Freitag im Jugendzentrum in Berg Fidel

Ich möchte mich anmelden für den 13.3. und ich würde gern zwei von unseren
Jugendlichen mitbringen Helen 16 und Yonas 17 die wollen unbedingt mitreden
wenn es um die Zukunft von Münster geht also AG zwei Zukunftsprozess für
uns alle drei. Ist das okay dass die unter 18 sind? Die Eltern haben schon
ja gesagt

Vor drei Jahren war ich schon mal da in der Gruppe über Förderung das war
auch gut aber für die Jugendlichen ist das zu trocken haha

Unser Vorsitzender Herr Tekle lässt grüßen er kann nicht kommen weil er
samstags arbeiten muss

Liebe Grüße
Senait

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable"),
     exp=R("registration", "senait.tesfay@icloud.example", "Senait Tesfay",
           "Eritreische Gemeinschaft Münster", ["AG2"], 3, "de"))

# 015 -- Bosnian, windows-1250 quoted-printable. Founded 1994, 180 members, children 8-14;
# LAST year he was in working group II; now AG III; the secretary registered separately; the
# 88-year-old oldest member sends greetings and will not come. One person.
mail("hodzic-bs-cp1250", when=date(2027, 1, 27, 9, 55, 20),
     frm=addr("Esad Hodžić", "esad.hodzic@ljiljan-muenster.example", charset="windows-1250"),
     subject="Prijava za Dan organizacija migranata 13.03.2027",
     mailer="X-Mailer: Microsoft Outlook 16.0",
     body=Text("""\
Poštovane dame i gospodo,

javljam se u ime Bosanskohercegovačkog kulturnog društva "Ljiljan" iz
Münstera. Naše društvo su 1994. godine osnovale izbjegličke porodice iz
Bosne, a danas imamo oko 180 članova. Imamo folklornu sekciju za djecu od
8 do 14 godina, dopunsku nastavu bosanskog jezika i svake godine 11. jula
organizujemo Dan sjećanja na Srebrenicu.

Prošle godine sam bio u radnoj grupi II (budućnost Münstera) i bilo je
jako zanimljivo. Ove godine bih se želio prijaviti za radnu grupu III,
dakle finansiranje i upravljanje udruženjem, jer nam treba pomoć oko
zahtjeva za renoviranje naših prostorija u Coerdeu.

Prijavljujem samo sebe. Naša sekretarka Amra Mehmedović se već prijavila
posebno, sa svojom e-mail adresom. Hadži Mustafa Begić, naš najstariji
član (88 godina), vas srdačno pozdravlja, ali neće moći doći.

S poštovanjem,
Esad Hodžić
predsjednik
Bosanskohercegovačko kulturno društvo "Ljiljan" Münster
Tel. 0251 / 14 93 70
""", charset="windows-1250", cte="quoted-printable"),
     exp=R("registration", "esad.hodzic@ljiljan-muenster.example", "Esad Hodžić",
           "Bosanskohercegovačko kulturno društvo \"Ljiljan\" Münster", ["AG3"], 1, "bs"))

# 016 -- the secretary forwards the chairwoman's request and asks us to confirm directly to
# the chairwoman's address: the attendee is the chairwoman, the reply goes to her address.
# The secretary herself does not come. The forwarded note mentions the 2018 workshop; the
# choice (AG I) is stated in the secretary's own text as well.
mail("rajan-forward-registers-chairwoman", when=date(2027, 1, 27, 13, 21, 2),
     frm=addr("Tharshika Rajan", "t.rajan@tkv-muenster.example"),
     subject="WG: MSO-Tag",
     mailer="User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.7.0",
     body=Text("""\
Sehr geehrte Damen und Herren,

unsere Vorsitzende Frau Dr. Kamala Sivakumar hat mich gebeten, sie für den
Tag der Migrantenselbstorganisationen am 13. März anzumelden (siehe ihre
Nachricht unten). Sie möchte in die Arbeitsgruppe I zum Bildungssystem.
Ich selbst komme nicht mit, ich habe an dem Tag eine Klausur an der FH.

Bitte schicken Sie die Bestätigung direkt an Frau Dr. Sivakumar:
k.sivakumar@tkv-muenster.example

Kurz zu uns, falls Sie uns noch nicht kennen: Der Tamilische Kulturverein
Münster e.V. wurde 1989 gegründet und hat heute 65 Mitgliedsfamilien.
In unserer Tamilschule lernen zurzeit 112 Kinder und Jugendliche zwischen
5 und 17 Jahren, jeden Samstag von 9 bis 13 Uhr in der Realschule
Kinderhaus. Außerdem gibt es eine Bharatanatyam-Tanzgruppe, die Sie
vielleicht vom Sommerfest am Aasee kennen.

Viele Grüße
Tharshika Rajan
Schriftführerin
Tamilischer Kulturverein Münster e.V.

-------- Weitergeleitete Nachricht --------
Betreff: MSO-Tag
Datum: Sun, 24 Jan 2027 22:10:05 +0100
Von: Kamala Sivakumar <k.sivakumar@tkv-muenster.example>
An: Tharshika Rajan <t.rajan@tkv-muenster.example>

Liebe Tharshika,

kannst Du mich bitte für den MSO-Tag anmelden? Bildung wie immer, ich habe
ja 2018 schon den Workshop zum herkunftssprachlichen Unterricht gemacht
und will da dranbleiben. Ich schaffe es diese Woche nicht selbst, die
Elternabende fressen mich auf.

Danke Dir und liebe Grüße
Kamala
""", charset="utf-8", cte="8bit"),
     exp=R("registration", "k.sivakumar@tkv-muenster.example", "Kamala Sivakumar",
           "Tamilischer Kulturverein Münster e.V.", ["AG1"], 1, "de"))

# 017 -- Portuguese, multipart/alternative in ISO-8859-1 quoted-printable. Founded 2008,
# 90 members, capoeira for children 7-12; LAST year she was in AG I, now AG II; her husband
# sends greetings and works that Saturday. One person.
PT_017 = """\
Prezados senhores e senhoras,

meu nome é Luciana Ferreira da Silva e sou presidente da Associação
Cultural Brasil-Münster desde 2019. A associação foi fundada em 2008 por um
grupo de brasileiras casadas com alemães e hoje temos 90 sócios. Oferecemos
aulas de capoeira e de português como língua de herança para crianças de 7
a 12 anos, todos os sábados na Escola Primária de Mecklenbeck, e a nossa
festa junina em junho já virou tradição no bairro.

No ano passado participei do grupo de trabalho I, sobre educação, e gostei
muito. Este ano gostaria de me inscrever no grupo de trabalho II, sobre o
processo de futuro de Münster, porque estamos procurando um espaço próprio
para a associação e queremos entender como a cidade está planejando.

Então, por favor, me inscrevam para o dia 13 de março de 2027, somente eu.
Meu marido Ricardo manda um abraço, mas não poderá vir porque trabalha aos
sábados no hospital.

Muito obrigada e um abraço,
Luciana Ferreira da Silva
Presidente - Associação Cultural Brasil-Münster
Tel.: 0251 / 20 47 91
"""
mail("ferreira-pt-latin1-alternative", when=date(2027, 1, 28, 20, 9, 33),
     frm=addr("Luciana Ferreira da Silva", "luciana.ferreira@brasil-muenster.example"),
     subject="Inscrição - Dia das Organizações de Migrantes 13/03/2027",
     subject_charset="iso-8859-1",
     mailer="X-Mailer: Yahoo Mail Android",
     body=Multi("alternative", [
         Text(PT_017, charset="iso-8859-1", cte="quoted-printable"),
         Text("<html><body><div style=\"font-family:Helvetica,Arial,sans-serif;font-size:13px\">"
              + "".join(f"<p>{para.replace(chr(10), ' ')}</p>\n"
                        for para in PT_017.strip().split("\n\n")[:-1])
              + "<p>Muito obrigada e um abraço,<br>Luciana Ferreira da Silva<br>"
                "Presidente - Associação Cultural Brasil-Münster<br>Tel.: 0251 / 20 47 91</p>"
                "</div></body></html>\n",
              subtype="html", charset="iso-8859-1", cte="quoted-printable"),
     ], boundary="----=_Part_4417_1832001.1801681773000"),
     exp=R("registration", "luciana.ferreira@brasil-muenster.example", "Luciana Ferreira da Silva",
           "Associação Cultural Brasil-Münster", ["AG2"], 1, "pt"))

# 018 -- cancellation in pure ASCII (7bit, umlauts written ae/oe/ue) by a 79-year-old founder
# who has a knee operation; his deputy may register herself later (that is not a
# registration); long story about 1968 and the Gastarbeiter years.
mail("marchetti-ascii-cancellation", when=date(2027, 1, 29, 8, 47, 12),
     frm=addr("Antonio Marchetti", "a.marchetti@circolo-muenster.example"),
     subject="Abmeldung MSO Tag 13. Maerz",
     mailer="X-Mailer: Microsoft Outlook Express 6.00.2900.5931",
     body=Text("""\
Sehr geehrte Damen und Herren,

leider muss ich meine Anmeldung fuer den 13. Maerz wieder zurueckziehen.
Ich hatte mich Anfang Januar per Mail fuer die Arbeitsgruppe 1 angemeldet.
Nun hat mir der Orthopaede gesagt, dass das Knie nicht mehr warten kann,
und ich komme am 10. Maerz ins Herz-Jesu-Krankenhaus in Hiltrup. Danach
heisst es erst einmal sechs Wochen Reha, so dass ich Sie bitten muss, mich
von der Liste zu streichen.

Das tut mir besonders leid, denn seit ich 1968 als junger Mann mit dem Zug
aus Foggia nach Muenster kam und wir ein Jahr spaeter den Circolo Italiano
gegruendet haben, habe ich kaum eine Veranstaltung dieser Art versaeumt.
Damals waren wir 30 Maenner in einem Wohnheim an der Gasselstiege, heute
hat der Circolo 110 Mitglieder, und die dritte Generation spricht kaum noch
Italienisch. Genau deshalb waere mir die Arbeitsgruppe zur Bildung so
wichtig gewesen.

Unsere stellvertretende Vorsitzende, Signora Rita Esposito, ueberlegt, ob
sie an meiner Stelle kommt. Sie wird sich dann selbst bei Ihnen melden.

Ich wuensche Ihnen einen guten Tag und allen Teilnehmern anregende
Gespraeche.

Mit freundlichen Gruessen
Antonio Marchetti
Ehrenvorsitzender Circolo Italiano Muenster e.V.
Tel. 0251 / 79 31 08
""", charset="us-ascii", cte="7bit"),
     exp=R("cancellation", "a.marchetti@circolo-muenster.example", "Antonio Marchetti",
           "Circolo Italiano Muenster e.V.", [], None, "de"))

# 019 -- English, multipart/alternative UTF-8. Founded 2001, about 60 families, children 5-12,
# a football team of 15-19-year-olds; two persons (president + treasurer), AG III first and
# AG II second; a colleague from another association will register himself.
EN_019 = """\
Dear Sir or Madam,

Greetings from the Nigerian Community Münster e.V.!

Please permit me to introduce our association briefly before I come to the
point. We were founded in 2001 by a handful of students of the University of
Münster, most of whom never left again. Today we are about 60 families. We
run a Saturday culture school for children aged 5 to 12 and a football team
for young people between 15 and 19 who play in the Kreisliga C. Every year
in October we celebrate Independence Day at the Begegnungszentrum Sprakel.

I attended the MSO day in 2018 and again in 2020 (online), and I found both
very useful.

Kindly register two persons for 13 March 2027:
  - myself, Chukwuemeka Obi, President
  - Mrs. Funmilayo Adebayo, Treasurer

Our first choice is working group III (funding and association management),
since we are preparing our first application to the city. Our second choice
would be working group II.

Mr. Kwame Asante of the Ghanaian Union, who is a good friend of our
association, told me he will register separately for his own organisation,
so please do not add him to ours.

Thank you very much and God bless.

Yours faithfully,
Chukwuemeka Obi
President, Nigerian Community Münster e.V.
Mobile: +49 176 55 20 31 87
"""
mail("obi-en-alternative-two-persons", when=date(2027, 1, 30, 15, 26, 45),
     frm=addr("Emeka Obi", "emeka.obi@gmail.example"),
     subject="Registration - MSO Day 13 March 2027 (Nigerian Community Münster)",
     mailer="X-Mailer: Gmail",
     body=Multi("alternative", [
         Text(EN_019, charset="utf-8", cte="quoted-printable"),
         Text("<div dir=\"ltr\">" + "".join(
             f"<div>{para.replace(chr(10), '<br>')}</div><div><br></div>"
             for para in EN_019.strip().split("\n\n")) + "</div>\n",
             subtype="html", charset="utf-8", cte="quoted-printable"),
     ], boundary="000000000000f7e6d5c4b3a2918e"),
     exp=R("registration", "emeka.obi@gmail.example", "Chukwuemeka Obi",
           "Nigerian Community Münster e.V.", ["AG3", "AG2"], 2, "en"))

# 020 -- windows-1252 8bit. LAST year in "AG Schule", this year deliberately something else:
# AG II. Her sister (board member, pregnant) sends greetings and will not come. Numbers: 2009,
# 70 families, children 6-10, a parents' evening on 4 March.
mail("elamrani-cp1252-last-year-school", when=date(2027, 2, 1, 21, 37, 16),
     frm=addr("Fatima El Amrani", "fatima.elamrani@gmx.example"),
     subject="Anmeldung für den MSO-Tag",
     subject_charset="windows-1252",
     mailer="X-Mailer: GMX FreeMail",
     body=Text("""\
Guten Abend,

ich bin Fatima El Amrani und seit 2015 Vorsitzende vom Marokkanischen
Elternverein Münster e.V. Wir haben uns 2009 gegründet, weil viele Eltern
aus unserer Gemeinde mit der Schule ihrer Kinder nicht zurechtkamen, und
sind heute 70 Familien. Zweimal pro Woche machen wir Hausaufgabenhilfe für
Grundschulkinder zwischen 6 und 10 Jahren, und im Moment bereiten wir
einen großen Elternabend zum Thema Übergang auf die weiterführende Schule
am 4. März vor.

Letztes Jahr war ich in der AG Schule, und die war wirklich gut, ich habe
viele Kontakte zu Lehrerinnen bekommen. Dieses Jahr möchte ich aber
bewusst mal etwas anderes sehen und melde mich deshalb für die AG zu
Münsters Zukunftsprozess an (AG 2). Ich glaube, wir Eltern müssen bei der
Stadtplanung mehr mitreden, gerade wenn es um Kitas und Schulwege geht.

Ich komme allein. Meine Schwester Samira, die auch im Vorstand ist, lässt
Sie herzlich grüßen, sie kann leider nicht, weil sie im achten Monat
schwanger ist und der Arzt ihr Ruhe verordnet hat.

Ich freue mich auf den Tag!

Liebe Grüße
Fatima El Amrani
Marokkanischer Elternverein Münster e.V.
Handy 0163 / 7 20 45 98
""", charset="windows-1252", cte="8bit"),
     exp=R("registration", "fatima.elamrani@gmx.example", "Fatima El Amrani",
           "Marokkanischer Elternverein Münster e.V.", ["AG2"], 1, "de"))

# 021 -- Turkish question in windows-1254 QP: childcare for a 4-year-old and Turkish
# interpretation; she will register depending on the answer. Last year she was in the
# Zukunftsprozess group; a colleague already registered himself. Nobody is registered here.
mail("aydin-tr-question-childcare", when=date(2027, 2, 2, 10, 15, 27),
     frm=addr("Gülizar Aydın", "gulizar.aydin@alevi-muenster.example", charset="windows-1254"),
     subject="MSO günü hakkında soru (çocuk bakımı / tercüme)",
     subject_charset="windows-1254",
     mailer="X-Mailer: Microsoft Outlook 16.0",
     body=Text("""\
Merhaba,

Ben Gülizar Aydın, Münster Alevi Kültür Merkezi'nde kadın kolu
sorumlusuyum. Derneğimiz 1989'da kuruldu, bugün yaklaşık 400 üyemiz var.
Cemevimizde her pazar bağlama ve semah kursları var, 8-14 yaş arası 30
kadar çocuk geliyor. Geçen sonbaharda 35. yılımızı büyük bir şenlikle
kutladık.

Geçen yıl da MSO gününe katılmıştım, Zukunftsprozess grubundaydım ve çok
memnun kaldım. Bu yıl da gelmek istiyorum ama önce iki sorum var:

1) 13 Mart'ta çocuk bakımı olacak mı? Oğlum Deniz 4 yaşında, eşim o gün
hastanede nöbette, onu bırakacak başka kimsem yok.

2) Çalışma gruplarında Türkçe tercüme olacak mı? Almancam günlük konuşma
için yeterli ama resmi konularda zorlanıyorum.

Cevabınıza göre kaydımı yaptıracağım. Derneğimizden Hasan Koç Bey
kendisi zaten kaydını yaptı, bilginiz olsun.

Şimdiden teşekkür ederim, kolay gelsin.

Gülizar Aydın
Münster Alevi Kültür Merkezi - Kadın Kolu
Tel: 0251 / 53 21 70
""", charset="windows-1254", cte="quoted-printable"),
     exp=R("question", "gulizar.aydin@alevi-muenster.example", "Gülizar Aydın",
           "Münster Alevi Kültür Merkezi", [], None, "tr"))

# 022 -- Outlook multipart/alternative, top-posted above "-----Ursprüngliche Nachricht-----"
# with the whole invitation. Four persons with per-person workgroups: two board members in
# AG III, two young people (20 and 18) in AG I. Recorded as [AG3, AG1] (order of mention);
# see README. Last year only two of them came.
ES_022_TOP = """\
Sehr geehrte Damen und Herren,

vielen Dank für die Einladung! Für den Lateinamerikanischen Kulturverein
Münster e.V. melde ich folgende vier Personen an:

1. Jorge Ramírez Castillo (Vorsitzender) - AG III
2. Claudia Becker-Rojas (Kassiererin) - AG III
3. Mateo Ramírez (20, unsere Jugendgruppe) - AG I
4. Valentina Ospina (18, ebenfalls Jugendgruppe) - AG I

Letztes Jahr waren wir nur zu zweit, aber unsere Jugendlichen haben so
begeistert von den Erzählungen gehört, dass sie diesmal unbedingt dabei
sein wollen. Mateo studiert Lehramt und Valentina hat gerade ihr Abitur am
Annette-Gymnasium gemacht, beide erleben das Thema Bildung also ganz
unmittelbar.

Zur Einordnung: Unseren Verein gibt es seit 1998. Wir sind 85 Mitglieder
aus zwölf Ländern Lateinamerikas, veranstalten jedes Jahr im Herbst das
Festival "Sabor Latino" auf dem Servatiiplatz und haben eine Kindergruppe
(4 bis 10 Jahre), die spanisch singt und tanzt.

Mit herzlichen Grüßen
Jorge Ramírez Castillo
Vorsitzender
Lateinamerikanischer Kulturverein Münster e.V.
Tel. 0251 / 48 20 93 | Mobil 0170 / 3 81 92 44
"""
ES_022_QUOTE = """\
-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Gesendet: Freitag, 8. Januar 2027 09:30
An: info@lakv-muenster.example
Betreff: Einladung: Tag der Migrantenselbstorganisationen 2027

""" + INVITATION
mail("ramirez-outlook-four-persons-split", when=date(2027, 2, 3, 9, 41, 13),
     frm=addr("Jorge Ramírez Castillo", "j.ramirez@lakv-muenster.example"),
     subject="AW: Einladung: Tag der Migrantenselbstorganisationen 2027",
     in_reply_to="<20270108093000.einladung@muenster.example>",
     mailer="X-Mailer: Microsoft Outlook 16.0",
     extra=("Thread-Topic: Einladung: Tag der Migrantenselbstorganisationen 2027",
            "Thread-Index: AQHZc2V8a3J1c2VfZWluZ2VsYWRlbg==", "Content-Language: de-DE"),
     body=Multi("alternative", [
         Text(ES_022_TOP + "\n" + ES_022_QUOTE, charset="utf-8", cte="quoted-printable"),
         Text("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
              "</head><body lang=\"DE\"><div class=\"WordSection1\">\n"
              + "".join(f"<p class=\"MsoNormal\">{p.replace(chr(10), '<br>')}<o:p></o:p></p>\n"
                        "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n"
                        for p in ES_022_TOP.strip().split("\n\n"))
              + "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
                "<p class=\"MsoNormal\"><b>Von:</b> Tag der Migrantenselbstorganisationen "
                "&lt;mso-tag@muenster.example&gt;<br><b>Gesendet:</b> Freitag, 8. Januar 2027 09:30"
                "<br><b>An:</b> info@lakv-muenster.example<br><b>Betreff:</b> Einladung: Tag der "
                "Migrantenselbstorganisationen 2027</p></div>\n"
              + "".join(f"<p class=\"MsoNormal\">{p.replace(chr(10), '<br>')}</p>\n"
                        for p in INVITATION.strip().split("\n\n"))
              + "</div></body></html>\n",
              subtype="html", charset="utf-8", cte="quoted-printable"),
     ], boundary="_000_AM0PR07MB61D2A3E4F5B6C7D8E9F0lakv_"),
     exp=R("registration", "j.ramirez@lakv-muenster.example", "Jorge Ramírez Castillo",
           "Lateinamerikanischer Kulturverein Münster e.V.", ["AG3", "AG1"], 4, "de"))

# 023 -- Russian change from a phone (UTF-8 base64): the wife's concert was moved, so she comes
# too: party size 2, both in group I (restated). Change of an existing registration (004).
mail("schmidt-ru-change-wife-comes", when=date(2027, 2, 4, 18, 2, 56),
     frm=addr("Вальдемар Шмидт", "w.schmidt@rodnik-muenster.example"),
     subject="Re: Регистрация на день организаций мигрантов 13.03.2027",
     in_reply_to="<20270115102240.schmidt-ru-koi8r-rodnik@rodnik-muenster.example>",
     mailer="X-Mailer: Android Mail",
     body=Text("""\
Добрый вечер!

Пишу с телефона, поэтому коротко (внук настроил почту и на телефоне).
Я зарегистрировался 15 января на 13 марта, рабочая группа I.

Хорошая новость: концерт хора в Билефельде перенесли на апрель, и моя
жена Лидия теперь тоже сможет прийти. Пожалуйста, запишите нас теперь
вдвоём, и её тоже в первую группу, по образованию. Она 25 лет работала
учительницей начальных классов в Караганде и здесь в субботней школе,
так что ей эта тема очень близка.

Заранее спасибо и всего доброго,
В. Шмидт
"Родник" e.V.

Отправлено с моего смартфона
""", charset="utf-8", cte="base64"),
     exp=R("change", "w.schmidt@rodnik-muenster.example", "Вальдемар Шмидт",
           "\"Родник\" e.V.", ["AG1"], 2, "ru"))

# 024 -- a professional from a neighbourhood centre: new in the job, her retired predecessor
# sends greetings; she will choose her workgroup on the day (workgroups []); a two-screen
# disclaimer in German and English follows the signature. UTF-8 QP.
mail("brueggemann-no-workgroup-disclaimer", when=date(2027, 2, 5, 11, 38, 2),
     frm=addr("Brüggemann, Katharina", "k.brueggemann@nbz-bergfidel.example"),
     subject="Anmeldung Tag der MSO - Nachbarschaftszentrum Berg Fidel",
     mailer="X-Mailer: Microsoft Outlook 16.0",
     body=Text("""\
Sehr geehrte Damen und Herren,

seit dem 1. Februar bin ich die neue Stadtteilkoordinatorin im
Nachbarschaftszentrum Berg Fidel und trete damit die Nachfolge von Frau
Lütke-Hüttmann an, die Ihnen sicher bekannt ist: Sie war, wie sie mir
erzählt hat, bei jedem MSO-Tag seit 2014 dabei. Sie ist jetzt im
wohlverdienten Ruhestand, lässt Sie aber alle herzlich grüßen und hat mir
ans Herz gelegt, die Tradition fortzuführen.

Deshalb melde ich mich hiermit für den 13. März an. In unserem Haus
treffen sich inzwischen acht Migrantenselbstorganisationen regelmäßig,
vom eritreischen Jugendtreff (Freitagabend) bis zur Seniorengruppe der
Russlanddeutschen (mittwochs ab 14 Uhr), und ich möchte die Gelegenheit
nutzen, die Verantwortlichen einmal außerhalb unseres Hauses zu erleben.

In welche Arbeitsgruppe ich gehe, würde ich gern vor Ort entscheiden, je
nachdem, wo die Vereine aus unserem Stadtteil sitzen. Ich hoffe, das ist
in Ordnung.

Mit freundlichen Grüßen

Katharina Brüggemann
Stadtteilkoordination
Nachbarschaftszentrum Berg Fidel
Trägerverein Stadtteilarbeit Münster-Süd e.V.
Am Berg Fidel 51 | 48153 Münster
Tel. 0251 / 9 19 27-30 | Fax 0251 / 9 19 27-39
www.nbz-bergfidel.example

Sprechzeiten: Mo-Do 9-12 Uhr, Di zusätzlich 15-18 Uhr

______________________________________________________________________
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte
Informationen. Wenn Sie nicht der richtige Adressat sind oder diese
E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den
Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie
die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.
Informationen zum Datenschutz nach Art. 13 DSGVO finden Sie unter
www.nbz-bergfidel.example/datenschutz

This e-mail may contain confidential and/or privileged information. If
you are not the intended recipient (or have received this e-mail in
error) please notify the sender immediately and destroy this e-mail. Any
unauthorised copying, disclosure or distribution of the material in this
e-mail is strictly forbidden.
______________________________________________________________________
""", charset="utf-8", cte="quoted-printable"),
     exp=R("registration", "k.brueggemann@nbz-bergfidel.example", "Katharina Brüggemann",
           "Nachbarschaftszentrum Berg Fidel", [], 1, "de"))

# 025 -- Arabic question (multipart/alternative, UTF-8 base64): may an individual without an
# association attend, is there Arabic interpretation, is it free? A friend registered via his
# association. No registration, no organisation.
AR_025 = """\
مرحبا،

أنا أحمد يوسف، مهندس مدني من حلب، وأعيش في مونستر منذ عام 2016. لست عضوا
في أي جمعية حتى الآن، لكنني أتطوع منذ ثلاث سنوات في مساعدة التلاميذ في
واجباتهم المدرسية في مركز الحي في كوردي، ومعظمهم بين 10 و16 سنة.

قرأت عن يوم منظمات المهاجرين على موقع المدينة، ولدي بعض الأسئلة قبل أن
أسجل:
- هل يمكن لشخص ليس عضوا في جمعية أن يشارك؟
- هل ستكون هناك ترجمة إلى العربية في مجموعات العمل؟
- هل المشاركة مجانية أم هناك رسوم؟

صديقي خالد سجل بالفعل عن طريق جمعيته، وهو الذي شجعني على الكتابة إليكم.

شكرا جزيلا لكم، وأتمنى لكم يوما سعيدا.
أحمد يوسف
0157 / 84 26 19 03
"""
mail("yousef-ar-question-individual", when=date(2027, 2, 7, 16, 55, 40),
     frm=addr("أحمد يوسف", "ahmad.yousef@outlook.example"),
     subject="سؤال عن يوم منظمات المهاجرين",
     mailer="X-Mailer: Microsoft Outlook for Android",
     body=Multi("alternative", [
         Text(AR_025, charset="utf-8", cte="base64"),
         Text("<html><body><div dir=\"rtl\">" + AR_025.strip().replace("\n\n", "<br><br>")
              .replace("\n", " ") + "</div></body></html>\n",
              subtype="html", charset="utf-8", cte="base64"),
     ], boundary="_002_DB9PR01MB7A3C0yousef_"),
     exp=R("question", "ahmad.yousef@outlook.example", "أحمد يوسف", None, [], None, "ar"))

# 026 -- the colleague announced in 006 now registers himself (ISO-8859-15 QP): AG III, AG I as
# fallback; Ms. Khalil is already in the chairman's registration; an 84-year-old honorary
# member sends greetings. Numbers: 2015, 2019, 230 families, ages 0-17. One person.
mail("haddad-colleague-registers-himself", when=date(2027, 2, 8, 7, 12, 9),
     frm=addr("Dr. med. Samir Haddad", "praxis.haddad@kinderarzt-gievenbeck.example"),
     subject="Anmeldung Tag der MSO - Dr. Haddad (Syrisch-Deutsche Brücke)",
     mailer="User-Agent: Mozilla/5.0 (Windows NT 10.0; rv:115.0) Gecko/20100101 Thunderbird/115.7.0",
     body=Text("""\
Sehr geehrte Damen und Herren,

Herr Al-Hassan, der Vorsitzende unseres Vereins, hat Ihnen vor einigen
Wochen geschrieben und dabei erwähnt, dass ich mich selbst anmelden würde.
Das hole ich hiermit nach, etwas verspätet, ich bitte um Nachsicht.

Ich bin Kinderarzt in Gievenbeck und seit der Gründung 2015 im Vorstand der
Syrisch-Deutschen Brücke e.V. (so heißt unser Verein auf Deutsch). Neben
der Hausaufgabenhilfe bieten wir seit 2019 eine monatliche
Gesundheitssprechstunde für Familien an; im letzten Jahr kamen 230 Familien
mit Kindern zwischen 0 und 17 Jahren.

Für den 13. März wähle ich die Arbeitsgruppe III, weil wir für die
Sprechstunde dringend eine verlässliche Finanzierung brauchen. Falls diese
Gruppe voll ist, gern die AG I. Frau Khalil ist, wie Sie wissen, bereits
über Herrn Al-Hassan angemeldet, mich führen Sie bitte einzeln.

Unser Ehrenmitglied Frau Prof. Lindemann, die uns in den Anfangsjahren so
unterstützt hat, lässt Sie grüßen; sie ist inzwischen 84 und kommt nicht
mehr zu solchen Veranstaltungen.

Mit freundlichen Grüßen
Dr. med. Samir Haddad
Vorstand, Syrisch-Deutsche Brücke e.V.

Kinderarztpraxis Dr. Haddad
Roxeler Straße 212, 48161 Münster
Tel. 0251 / 8 71 16 40
""", charset="iso-8859-15", cte="quoted-printable"),
     exp=R("registration", "praxis.haddad@kinderarzt-gievenbeck.example", "Samir Haddad",
           "Syrisch-Deutsche Brücke e.V.", ["AG3", "AG1"], 1, "de"))

# 027 -- Kurmanji change (UTF-8 8bit): the daughter has an exam, so the party of 009 shrinks to
# one; the workgroup stays II and is restated. Chatty about the general assembly (64 members).
mail("celik-ku-change-daughter-exam", when=date(2027, 2, 9, 20, 30, 44),
     frm=addr("Rênas Çelik", "renas.celik@web.example"),
     subject="Guhertin: tomarkirina Roja MSO (Rênas Çelik)",
     body=Text("""\
Silav û rêz,

Ez Rênas Çelik im, ji Komeleya Çand û Hunerê ya Kurdî li Münsterê. Di 21ê
Çileyê de min ji bo Roja MSO du kes tomar kiribûn: ez û keça min Berfîn.

Mixabin Berfîn nikare were, ji ber ku di 13ê Adarê de li zanîngehê
îmtîhana wê ya dawî heye. Ji kerema xwe tomarkirina me bikin yek kes. Ez ê
bi tenê werim, û koma xebatê wekî berê dimîne: koma II.

Duh me civîna giştî ya komeleyê li dar xist, 64 endam hatin, û min behsa
roja MSO kir. Gelek kes meraq dikin, belkî sala bê em bi komeke mezintir
werin. Berfîn jî silavan dişîne û dibêje sala bê bi teqez tê.

Spas û rêz,
Rênas Çelik
""", charset="utf-8", cte="8bit"),
     exp=R("change", "renas.celik@web.example", "Rênas Çelik",
           "Komeleya Çand û Hunerê ya Kurdî li Münsterê", ["AG2"], 1, "ku"))

# 028 -- inline answers under our follow-up questions: AG II (fallback AG I), two persons, the
# organisation; the chairwoman sends greetings and will not come. The quoted question lists
# all three AGs -- only the unquoted answers count. Completes a registration.
mail("hrytsenko-inline-answers", when=date(2027, 2, 10, 13, 4, 18),
     frm=addr("Oksana Hrytsenko", "oksana.hrytsenko@nadija-muenster.example"),
     subject="Re: Ihre Nachricht zum Tag der Migrantenselbstorganisationen",
     in_reply_to="<20270209142000.rueckfrage@muenster.example>",
     mailer="User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.7.1",
     body=Text("""\
Guten Tag,

danke für die schnelle Antwort, hier meine Antworten direkt im Text.

Am 09.02.2027 um 14:20 schrieb Tag der Migrantenselbstorganisationen:
> Sehr geehrte Frau Hrytsenko,
>
> vielen Dank für Ihr Interesse am Tag der Migrantenselbstorganisationen.
> Damit wir Sie anmelden können, fehlen uns noch einige Angaben:
>
> 1. Für welche Arbeitsgruppe möchten Sie sich anmelden (AG I Bildung,
> AG II Zukunftsprozess, AG III Förderung und Vereinsmanagement)?

AG II bitte, und wenn die voll ist, AG I. Wir haben viele Familien, die
nicht wissen, ob sie in Münster bleiben, und die Stadt soll das wissen.

> 2. Wie viele Personen kommen?

Zwei: ich und meine Kollegin Iryna Melnyk. Unsere Vorsitzende Frau
Bondarenko lässt grüßen, aber sie kommt nicht, sie ist auf Dienstreise
in Kyjiw bis Ende März.

> 3. Für welche Organisation?

Ukrainischer Verein "Nadija" Münster e.V. Wir sind 2014 gegründet,
damals waren wir 20 Mitglieder, seit 2022 sind wir 150. Wir haben eine
Samstagsschule für Kinder von 6 bis 16 Jahren und eine Beratung jeden
Dienstag in der Friedenskirche.

> Mit freundlichen Grüßen
> Ihr Team Tag der Migrantenselbstorganisationen

Viele Grüße
Oksana Hrytsenko
""", charset="utf-8", cte="quoted-printable"),
     exp=R("registration", "oksana.hrytsenko@nadija-muenster.example", "Oksana Hrytsenko",
           "Ukrainischer Verein \"Nadija\" Münster e.V.", ["AG2", "AG1"], 2, "de"))

# 029 -- Albanian cancellation (ISO-8859-1 8bit) of the three-person registration of 013: the
# family travels to the 40-day memorial of an uncle in Prizren. The youth leader may come on
# his own and would write himself -- not a registration.
mail("berisha-sq-cancellation-memorial", when=date(2027, 2, 11, 19, 48, 31),
     frm=addr("Agron Berisha", "agron.berisha@iliria-muenster.example"),
     subject="Anulim i regjistrimit - Iliria Münster",
     subject_charset="iso-8859-1",
     mailer="X-Mailer: Microsoft Windows Live Mail 16.4.3528.331",
     body=Text("""\
Të nderuar zonja dhe zotërinj,

Me shumë keqardhje ju njoftoj se ne nga Shoqata "Iliria" nuk do të mund të
vijmë më 13 mars. Më 1 shkurt na ndërroi jetë xhaxhai im në Prizren, dhe
të gjithë familja do të udhëtojmë në Kosovë për të dyzetat, që bien pikërisht
në ato ditë. Prandaj ju lutem ta anuloni regjistrimin tonë për të tre
personat (unë, Drita dhe Arbëri).

Arbëri më tha se ndoshta vjen vetë, por ai do t'ju shkruajë vetë nëse
vendos të vijë.

Xhaxhai im ka qenë një nga themeluesit e shoqatës sonë në vitin 1999 dhe
gjithmonë thoshte se duhet të jemi të pranishëm kur qyteti na fton. Na
vjen shumë keq që pikërisht këtë vit nuk mundemi.

Shpresoj që vitin tjetër të jemi përsëri me ju. Ju dëshiroj një ditë të
suksesshme.

Me respekt,
Agron Berisha
Kryetar
Shoqata Kulturore Shqiptare "Iliria" Münster
""", charset="iso-8859-1", cte="8bit"),
     exp=R("cancellation", "agron.berisha@iliria-muenster.example", "Agron Berisha",
           "Shoqata Kulturore Shqiptare \"Iliria\" Münster", [], None, "sq"))

# 030 -- an 80-year-old retired teacher (ISO-8859-1 base64) lists every MSO-Tag since 2014 with
# its motto; registers himself for AG I; a board member sends greetings and will not come.
mail("salgado-every-year-since-2014", when=date(2027, 2, 12, 10, 20, 0),
     frm=addr("Ernesto Salgado", "e.salgado@spanischer-elternverein.example"),
     subject="Anmeldung zum Tag der Migrantenselbstorganisationen",
     mailer="X-Mailer: Microsoft Outlook 14.0",
     body=Text("""\
Sehr geehrte Damen und Herren,

erlauben Sie einem alten Hasen ein paar einleitende Worte. Ich bin Jahrgang
1946, kam 1964 als Achtzehnjähriger aus Galicien nach Westfalen und habe
später fast dreißig Jahre als Lehrer für muttersprachlichen
Spanischunterricht an Münsteraner Schulen gearbeitet. Der Spanische
Elternverein Münster e.V., dessen Vorsitz ich seit 1988 innehabe, wurde
1971 von Eltern gegründet, die wollten, dass ihre Kinder in der deutschen
Schule bestehen, ohne ihre Sprache zu verlieren. Heute haben wir noch 46
Mitglieder, die meisten im Rentenalter, aber auch einige junge Familien aus
Madrid und Valencia, die in den letzten Jahren zugezogen sind.

Ich habe bisher jeden Tag der Migrantenselbstorganisationen besucht:
2014 "Qualifizieren, Vernetzen, Handeln", 2015 die Willkommenskultur,
2016 die interkulturelle Öffnung der Kommune, 2017 die Qualifizierung für
den Arbeitsmarkt, 2018 die Potenziale der MSO (damals war ich im Workshop
zum herkunftssprachlichen Unterricht, Sie ahnen warum), 2020 sogar digital
am Bildschirm meines Enkels, und auch die folgenden Jahre.

So soll es auch 2027 sein: Hiermit melde ich mich für den 13. März an, und
zwar für die Arbeitsgruppe I, Menschen mit Migrationsvorgeschichte im
Bildungssystem. Das Thema begleitet mich mein ganzes Leben.

Unsere Schriftführerin, Frau Pilar Gómez, lässt Sie herzlich grüßen. Sie
wäre gern mitgekommen, ist aber an diesem Wochenende bei ihrer Tochter in
Sevilla.

Mit freundlichen Grüßen
Ernesto Salgado
Vorsitzender
Spanischer Elternverein Münster e.V.
Telefon 0251 / 62 18 05 (bitte nicht vor 10 Uhr)
""", charset="iso-8859-1", cte="base64"),
     exp=R("registration", "e.salgado@spanischer-elternverein.example", "Ernesto Salgado",
           "Spanischer Elternverein Münster e.V.", ["AG1"], 1, "de"))

# 031 -- Greek change (windows-1253 QP): a colleague responsible for the Greek school took
# AG I herself, so he moves from group I to group II "as last year". Party unchanged.
mail("konstantinidis-el-change-to-ii", when=date(2027, 2, 14, 11, 7, 45),
     frm=addr("Νικόλαος Κωνσταντινίδης", "n.konstantinidis@ekm-muenster.example",
              charset="windows-1253"),
     subject="Αλλαγή ομάδας εργασίας - Κωνσταντινίδης",
     subject_charset="windows-1253",
     body=Text("""\
Αγαπητές κυρίες και κύριοι,

σας είχα γράψει στις 24 Ιανουαρίου και είχα δηλώσει συμμετοχή στην ομάδα
εργασίας Ι. Στο μεταξύ η κυρία Μαρία Παπαδοπούλου, που είναι υπεύθυνη της
σχολικής επιτροπής του ελληνικού σχολείου, δήλωσε η ίδια συμμετοχή στην
ομάδα Ι, και είναι πολύ πιο αρμόδια από μένα για τα θέματα της
εκπαίδευσης.

Γι' αυτό θα ήθελα να αλλάξω και να πάω στην ομάδα εργασίας ΙΙ (η
μελλοντική πορεία του Μύνστερ), όπως και πέρυσι. Έχουμε άλλωστε ένα
ζήτημα με την αίθουσα της Κοινότητας, γιατί το συμβόλαιο ενοικίασης λήγει
το 2028 και δεν ξέρουμε τι θα γίνει μετά.

Σας ευχαριστώ πολύ για την κατανόηση.

Με εκτίμηση,
Νικόλαος Κωνσταντινίδης
Πρόεδρος, Ελληνική Κοινότητα Μύνστερ
""", charset="windows-1253", cte="quoted-printable"),
     exp=R("change", "n.konstantinidis@ekm-muenster.example", "Νικόλαος Κωνσταντινίδης",
           "Ελληνική Κοινότητα Μύνστερ", ["AG2"], None, "el"))

# 032 -- other: an association's monthly newsletter (bulk, List-Unsubscribe) that mentions the
# MSO-Tag on 13 March among its dates. It registers nobody and asks nothing.
VN_032 = """\
RUNDBRIEF Nr. 47 - Februar 2027
Vietnamesischer Kulturverein Münster e.V.

Liebe Mitglieder, liebe Freundinnen und Freunde,

Chúc mừng năm mới! Am 6. Februar hat das Jahr der Ziege begonnen, und
unser Tết-Fest im Bürgerhaus Kinderhaus war mit über 350 Gästen das
größte seit unserer Gründung 1982. Ein herzliches Dankeschön an die 40
Helferinnen und Helfer, besonders an die Jugendgruppe (12 bis 17 Jahre),
die den Drachentanz aufgeführt hat. Fotos finden Sie auf
www.vkv-muenster.example/tet2027.

TERMINE
- Sa 13.03.2027: Tag der Migrantenselbstorganisationen im Stadtweinhaus.
  Unser Vorstand ist vertreten, besuchen Sie uns am Infotisch!
- Fr 19.03.2027, 19 Uhr: Mitgliederversammlung mit Vorstandswahl,
  Gemeindesaal St. Josef
- So 11.04.2027: Ausflug zum Hafen Duisburg (Anmeldung bei Frau Trần,
  Tel. 0251 / 21 33 08)

VEREINSNACHRICHTEN
Unsere Vietnamesischkurse für Kinder von 6 bis 12 Jahren sind voll; eine
Warteliste führt Herr Nguyễn. Die Hausaufgabenhilfe findet ab März
dienstags statt statt montags.

Spenden: Sparkasse Münsterland Ost, IBAN DE55 4005 0150 0000 9876 54

Sie erhalten diesen Rundbrief, weil Sie Mitglied oder Freund unseres
Vereins sind. Abmelden: rundbrief-abmelden@vkv-muenster.example
"""
mail("vkv-newsletter-mentions-date", when=date(2027, 2, 15, 6, 0, 0),
     frm=addr("Vietnamesischer Kulturverein Münster", "rundbrief@vkv-muenster.example"),
     to=addr("Rundbrief-Empfänger", "rundbrief@vkv-muenster.example"),
     subject="Rundbrief Nr. 47 - Tết 2027, Termine, Vereinsnachrichten",
     extra=("List-Id: Rundbrief VKV <rundbrief.vkv-muenster.example>",
            "List-Unsubscribe: <mailto:rundbrief-abmelden@vkv-muenster.example>",
            "Precedence: bulk"),
     mailer="X-Mailer: Mailman (mailing list manager)",
     body=Multi("alternative", [
         Text(VN_032, charset="utf-8", cte="quoted-printable"),
         Text("<html><body style=\"font-family:Georgia,serif\"><table width=\"600\"><tr><td>"
              + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in VN_032.strip().split("\n\n"))
              + "</td></tr></table></body></html>\n",
              subtype="html", charset="utf-8", cte="quoted-printable"),
     ], boundary="===============4711081502270600=="),
     exp=R("other"))

# 033 -- Bosnian (ISO-8859-2 base64): two persons (she and her 22-year-old daughter who leads
# the girls' group aged 12-18), AG I; LAST year she was in the funding group; a friend sends
# greetings and will not come.
mail("kurtovic-bs-iso88592-mother-daughter", when=date(2027, 2, 16, 19, 25, 57),
     frm=addr("Sabina Kurtović", "sabina.kurtovic@sehara-muenster.example", charset="iso-8859-2"),
     subject="Prijava - Dan organizacija migranata, 13. mart",
     subject_charset="iso-8859-2",
     body=Text("""\
Poštovani,

ja sam Sabina Kurtović, predsjednica Udruženja žena "Sehara" Münster.
Udruženje smo osnovale 2004. godine, nas sedam žena koje smo se
upoznale na kursu njemačkog jezika, a danas imamo 55 članica. Jednom
sedmično imamo radionice za djevojčice od 12 do 18 godina (zadaća,
ručni rad, razgovori o školi i poslu), a u maju organizujemo bazar čiji
prihod ide za stipendije.

Prošle godine sam bila u radnoj grupi o finansiranju i mnogo sam naučila
o zahtjevima za sredstva. Ove godine bismo htjele u radnu grupu I, o
obrazovanju.

Prijavljujem dvije osobe: sebe i moju kćerku Lejlu Kurtović (22), koja
vodi grupu djevojčica i studira socijalni rad. Moja prijateljica Emina iz
udruženja vas lijepo pozdravlja, ona nažalost ne može doći jer radi u
smjeni.

Hvala i srdačan pozdrav,
Sabina Kurtović
Udruženje žena "Sehara" Münster
Tel. 0251 / 70 38 12
""", charset="iso-8859-2", cte="base64"),
     exp=R("registration", "sabina.kurtovic@sehara-muenster.example", "Sabina Kurtović",
           "Udruženje žena \"Sehara\" Münster", ["AG1"], 2, "bs"))

# 034 -- auto_reply: a talkative out-of-office answer to our confirmation, with the whole
# association profile, opening hours and phone numbers. Auto-Submitted header present.
mail("oeztuerk-out-of-office-long", when=date(2027, 2, 17, 8, 0, 12),
     frm=addr("Kemal Öztürk", "k.oeztuerk@dkf-muenster.example", charset="iso-8859-1"),
     subject="Automatische Antwort: Bestätigung Ihrer Anmeldung zum Tag der MSO 2027",
     subject_charset="iso-8859-1",
     in_reply_to="<20270217075958.bestaetigung-0417@muenster.example>",
     extra=("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"),
     mailer="X-Mailer: Microsoft Exchange Server 15.2",
     body=Text("""\
Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin vom 15.02. bis einschließlich
28.02.2027 im Urlaub und lese meine E-Mails in dieser Zeit nicht. Ihre
Nachricht wird nicht weitergeleitet.

In dringenden Vereinsangelegenheiten wenden Sie sich bitte an unsere
Geschäftsstelle (Tel. 0251 / 4 18 22 70, Di und Do 16-19 Uhr) oder an
meinen Stellvertreter, Herrn Baran Aslan.

Der Deutsch-Kurdische Freundeskreis Münster e.V. wurde 1997 gegründet und
feiert in diesem Jahr sein 30-jähriges Bestehen. Mit rund 120 Mitgliedern
bieten wir Sprachkurse, Hausaufgabenhilfe für Kinder von 8 bis 14 Jahren
und eine Rechtsberatung am ersten Montag im Monat an. Unser Jubiläumsfest
findet am 5. Juni 2027 im Hansa-Forum statt - merken Sie sich den Termin
gern schon vor!

Mit freundlichen Grüßen
Kemal Öztürk
1. Vorsitzender
Deutsch-Kurdischer Freundeskreis Münster e.V.
""", charset="iso-8859-1", cte="quoted-printable"),
     exp=R("auto_reply"))

# 035 -- shared association mailbox in From, Reply-To names the general secretary: the reply
# goes to Reply-To. Two persons (he + youth warden aged 24), AG III. Mentions the president of
# the Nigerian Community (019), who registered on his own.
mail("asante-reply-to-ghanaian-union", when=date(2027, 2, 18, 22, 4, 36),
     frm=addr("Ghanaian Union Münster", "info@ghanaian-union.example"),
     reply_to=addr("Kwame Asante", "kwame.asante@web.example"),
     subject="MSO-Tag 2027 - Anmeldung Ghanaian Union",
     mailer="X-Mailer: Roundcube Webmail/1.6.5",
     body=Text("""\
Sehr geehrte Damen und Herren,

ich schreibe über das Postfach unseres Vereins; bitte antworten Sie aber an
meine eigene Adresse (sie steht als Antwortadresse drin), weil ich dieses
Postfach nur unregelmäßig lese.

Die Ghanaian Union Münster gibt es seit 1996. Wir haben 75 Mitglieder und
eine Fußballgruppe für Jungen und Mädchen von 12 bis 16 Jahren, die jeden
Sonntag auf dem Platz an der Sentruper Höhe trainiert. Im letzten Sommer
haben wir zusammen mit der Nigerian Community das erste "Afro-Sommerfest"
an der Promenade veranstaltet.

Für den 13. März möchte ich zwei Personen anmelden: mich selbst und unseren
Jugendwart Emmanuel Boateng (24). Wir wollen beide in die Arbeitsgruppe III
zur Förderung, denn unsere Jugendarbeit läuft bisher komplett über
Mitgliedsbeiträge und das reicht hinten und vorne nicht.

Mein Freund Emeka Obi von der Nigerian Community hat sich, wie er sagte,
schon selbst angemeldet, also bitte nicht doppelt zählen.

Beste Grüße
Kwame Asante
Generalsekretär, Ghanaian Union Münster e.V.
Tel. 0176 / 48 02 55 13
""", charset="utf-8", cte="8bit"),
     exp=R("registration", "kwame.asante@web.example", "Kwame Asante",
           "Ghanaian Union Münster e.V.", ["AG3"], 2, "de"))

# 036 -- formal Turkish from a mosque association chairman (ISO-8859-9 8bit). Founded 1986,
# 230 members, children 7-14, youth 15-25; LAST year he was in the education group; this year
# AG II first, AG I second; the imam sends greetings and will not come. One person.
mail("sahin-tr-iso88599-mosque-association", when=date(2027, 2, 19, 14, 11, 50),
     frm=addr("Mustafa Şahin", "mustafa.sahin@kinderhaus-camii.example", charset="iso-8859-9"),
     subject="Göçmen Dernekleri Günü 2027 - kayıt",
     subject_charset="iso-8859-9",
     body=Text("""\
Muhterem Yetkililer,

Selamün aleyküm, hürmetlerimle. Ben Mustafa Şahin, 2019 yılından beri
Kinderhaus Camii ve Kültür Derneği'nin yönetim kurulu başkanıyım.
Derneğimiz 1986 yılında, Kinderhaus'ta oturan ilk nesil işçilerimiz
tarafından bir bodrum katında kurulmuştur. Bugün 230 üyemiz bulunmakta;
hafta sonları 7-14 yaş arası yaklaşık 60 çocuğumuza Kur'an ve ödev
yardımı veriyoruz, 15-25 yaş arası gençlerimiz için de ayrı bir gençlik
kolumuz var.

Geçen sene Eğitim çalışma grubundaydım. Orada tanıştığım okul müdiresi
ile hâlâ görüşüyoruz, bu vesileyle tekrar teşekkür ederim.

13 Mart 2027 tarihindeki Göçmen Dernekleri Günü'ne şahsım adına kayıt
olmak istiyorum. Bu sene tercihim II. çalışma grubudur (Münster'in
gelecek süreci), orası dolu ise I. grup da olur. Camimizin yeni binası
için şehir ile görüşmelerimiz sürüyor, o yüzden bu konu bizim için çok
önemli.

Camimizin imamı Osman Hoca da sizlere selamlarını iletiyor; o hafta sonu
Köln'de bir seminerde olacağı için kendisi gelemeyecek.

Hürmetlerimle,
Mustafa Şahin
Yönetim Kurulu Başkanı
Kinderhaus Camii ve Kültür Derneği
Tel: 0251 / 21 64 09
""", charset="iso-8859-9", cte="8bit"),
     exp=R("registration", "mustafa.sahin@kinderhaus-camii.example", "Mustafa Şahin",
           "Kinderhaus Camii ve Kültür Derneği", ["AG2", "AG1"], 1, "tr"))

# 037 -- question from someone already registered (she names her AG III registration of
# 20 January): parking, a roll-up banner, last year's documentation. Nothing changes, so it is
# a question with workgroups []. multipart/alternative UTF-8 QP.
HY_037 = """\
Liebes Team vom MSO-Tag,

ich habe mich am 20. Januar für die AG III angemeldet und eine Bestätigung
bekommen, vielen Dank dafür. Nun hätte ich noch ein paar praktische Fragen,
bevor es losgeht:

1. Gibt es in der Nähe des Stadtweinhauses Parkplätze, die man am Samstag
   nutzen kann, oder kommt man besser mit dem Bus? Ich wohne in Roxel.
2. Dürfen wir als Verein ein Roll-up-Banner und ein paar Flyer mitbringen?
   2018 gab es einen Tisch für Vereinsmaterial, das war sehr schön.
3. Gibt es die Dokumentation vom letzten Jahr irgendwo zum Nachlesen? Ich
   war leider krank und unsere Vorstandskollegin hat nur Stichworte notiert.

Kurz zu uns: Die Armenische Gemeinde Münster e.V. besteht seit 1991, wir
sind rund 90 Familien, und am 24. April gedenken wir jedes Jahr gemeinsam
mit der Stadtgesellschaft des Völkermords an den Armeniern. Unsere
Sonntagsschule besuchen 26 Kinder zwischen 5 und 13 Jahren.

Herzliche Grüße
Mariam Sarkisjan
Armenische Gemeinde Münster e.V.
"""
mail("sarkisjan-question-already-registered", when=date(2027, 2, 22, 9, 33, 3),
     frm=addr("Mariam Sarkisjan", "mariam.sarkisjan@armenische-gemeinde.example"),
     subject="Fragen zum MSO-Tag (Parken, Banner, Dokumentation)",
     mailer="X-Mailer: Gmail",
     body=Multi("alternative", [
         Text(HY_037, charset="utf-8", cte="quoted-printable"),
         Text("<div dir=\"ltr\">" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>"
                                            for p in HY_037.strip().split("\n\n")) + "</div>\n",
              subtype="html", charset="utf-8", cte="quoted-printable"),
     ], boundary="0000000000003c9d8e06123abcde"),
     exp=R("question", "mariam.sarkisjan@armenische-gemeinde.example", "Mariam Sarkisjan",
           "Armenische Gemeinde Münster e.V.", [], None, "de"))

# 038 -- Russian in windows-1251 QP: three persons ("нас будет трое"), AG III; LAST year she was
# in the group on Münster's future; the association turns 30 (1997), 210 members, youth 14-18.
mail("kovalchuk-ru-cp1251-three-persons", when=date(2027, 2, 23, 12, 48, 27),
     frm=addr("Ирина Ковальчук", "i.kovalchuk@most-muenster.example", charset="windows-1251"),
     subject="Регистрация: День организаций мигрантов, 13 марта",
     subject_charset="windows-1251",
     mailer="X-Mailer: Microsoft Outlook 16.0",
     body=Text("""\
Здравствуйте!

Меня зовут Ирина Ковальчук, я координатор Центра интеграции «Мост» e.V. в
Мюнстере. Наш центр был основан в 1997 году, так что в этом году нам
исполняется 30 лет! Сейчас у нас 210 членов, мы проводим консультации для
новых переселенцев, курсы немецкого языка и молодёжный проект для
подростков от 14 до 18 лет («Мост в профессию»).

В прошлом году я была в рабочей группе о будущем Мюнстера, было очень
интересно, но в этом году нам нужнее всего тема финансирования: проект
для подростков заканчивается в июне, и мы ищем новые источники.

Поэтому прошу зарегистрировать нас на 13 марта в рабочую группу III
(возможности финансирования и управление объединением). Нас будет трое:
я, наш бухгалтер Наталья Беккер и руководитель молодёжного проекта
Ольга Фризен.

Заранее благодарю!

С уважением,
Ирина Ковальчук
Координатор
Центр интеграции «Мост» e.V.
Тел. 0251 / 39 07 45
""", charset="windows-1251", cte="quoted-printable"),
     exp=R("registration", "i.kovalchuk@most-muenster.example", "Ирина Ковальчук",
           "Центр интеграции «Мост» e.V.", ["AG3"], 3, "ru"))

# 039 -- cancellation top-posted above our quoted confirmation (which says AG2, 1 person): the
# association celebrates its 40th anniversary that very day; a colleague who registered
# separately will still come -- only her own registration is withdrawn.
mail("arslan-cancellation-over-confirmation", when=date(2027, 2, 24, 17, 19, 8),
     frm=addr("Nilgün Arslan", "nilguen.arslan@elternbund-muenster.example"),
     subject="Re: Bestätigung Ihrer Anmeldung zum Tag der MSO 2027",
     in_reply_to="<20270122101500.bestaetigung-0211@muenster.example>",
     mailer="User-Agent: Mozilla/5.0 (Windows NT 10.0; rv:115.0) Gecko/20100101 Thunderbird/115.8.0",
     body=Text("""\
Liebes Team,

es tut mir wirklich leid, aber ich muss meine Anmeldung wieder absagen.
Unser Vorstand hat gestern festgestellt, dass der Türkische Elternbund
Münster genau am 13. März 1987 gegründet wurde, also feiern wir am 13.
März 2027 unser 40-jähriges Jubiläum. Das Fest war eigentlich für Mai
geplant, aber der Saal im Bürgerhaus war nur an diesem Samstag frei, und
als Vorsitzende muss ich natürlich dabei sein und die Rede halten.

Mein Kollege Herr Yusuf Demir, der sich separat angemeldet hat, kommt aber
trotzdem zum MSO-Tag und vertritt uns dort. Er bringt auch unsere
Einladung zum Jubiläum für Sie mit.

Bitte streichen Sie also nur mich von der Liste.

Herzliche Grüße
Nilgün Arslan
Vorsitzende, Türkischer Elternbund Münster e.V.

Am 22.01.2027 um 10:15 schrieb Tag der Migrantenselbstorganisationen:
> Sehr geehrte Frau Arslan,
>
> vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen
> am 13. März 2027 im Stadtweinhaus. Wir haben folgende Angaben notiert:
>
>   Name:           Nilgün Arslan
>   Organisation:   Türkischer Elternbund Münster e.V.
>   Arbeitsgruppe:  AG2 - Münsters Zukunftsprozess
>   Personen:       1
>
> Wenn sich etwas ändert, antworten Sie einfach auf diese E-Mail.
>
> Mit freundlichen Grüßen
> Ihr Team Tag der Migrantenselbstorganisationen
""", charset="utf-8", cte="quoted-printable"),
     exp=R("cancellation", "nilguen.arslan@elternbund-muenster.example", "Nilgün Arslan",
           "Türkischer Elternbund Münster e.V.", [], None, "de"))

# 040 -- Arabic change (UTF-8 base64, Arabic-Indic digits): the colleague of 006 cannot come, so
# the party shrinks to one, and he switches to group III, where Dr. Haddad (026) also is.
mail("alhassan-ar-change-alone-group-three", when=date(2027, 2, 25, 20, 51, 14),
     frm=addr("محمد الحسن", "m.alhassan@jisr-muenster.example"),
     subject="تعديل التسجيل - يوم منظمات المهاجرين",
     body=Text("""\
السادة المحترمون،

تحية طيبة،

أرسلت إليكم في ١٨ يناير رسالة سجلت فيها شخصين من جمعية الجسر السوري
الألماني: أنا وزميلتي رنا خليل. للأسف لن تتمكن رنا من الحضور، فقد سافرت
إلى غازي عنتاب لأن والدتها مريضة، ولا نعرف متى ستعود.

لذلك أرجو تعديل التسجيل: سأحضر وحدي، شخص واحد فقط. وبما أن رنا كانت هي
المسؤولة عن موضوع التعليم، فأفضل أن أنتقل إلى مجموعة العمل الثالثة
(التمويل وإدارة الجمعيات)، حيث سيكون الدكتور سمير حداد أيضا، فنعمل معا
على طلب التمويل للسنة القادمة.

مع الشكر الجزيل،
محمد الحسن
جمعية الجسر السوري الألماني
""", charset="utf-8", cte="base64"),
     exp=R("change", "m.alhassan@jisr-muenster.example", "محمد الحسن",
           "جمعية الجسر السوري الألماني", ["AG3"], 1, "ar"))

# 041 -- HTML-only (no text/plain) with the association's logo as PNG attachment. Workgroup
# given only by an alias ("Finanzierung" = AG III). Her husband sends greetings, works that day.
FA_041 = """\
<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Sehr geehrte Damen und Herren,</p>
<p>der <b>Deutsch-Iranische Kulturverein Münster e.V.</b> wurde 1985 von Studierenden und
Ärzten gegründet und hat heute 140 Mitglieder. Wir betreiben eine Persischschule für
Kinder von 6 bis 14 Jahren (samstags, 38 Kinder), veranstalten Lesungen persischer Dichtung
und feiern jedes Jahr Nowruz und Yalda. In den letzten Jahren kamen viele junge Menschen
aus dem Iran neu zu uns, die wir bei Behördengängen begleiten.</p>
<p>Ich möchte mich hiermit für den Tag der MSO am 13. März 2027 anmelden. Mich
interessiert vor allem das Thema <u>Finanzierung</u>, da wir für die Persischschule bisher
keinerlei öffentliche Mittel bekommen und die Lehrkräfte ehrenamtlich arbeiten.</p>
<p>Mein Mann Dariush, der Kassenwart, lässt grüßen. Er wäre gern mitgekommen, hat an dem
Samstag aber Dienst in der Uniklinik.</p>
<p>Unser Logo hänge ich an, falls Sie eine Übersicht der teilnehmenden Vereine
erstellen.</p>
<p>Mit freundlichen Grüßen<br>
Dr. Shirin Tavakoli<br>
Vorsitzende<br>
Deutsch-Iranischer Kulturverein Münster e.V.<br>
<a href="https://www.dikv-muenster.example">www.dikv-muenster.example</a></p>
</div></body></html>
"""
mail("tavakoli-html-only-logo-alias", when=date(2027, 2, 26, 15, 2, 37),
     frm=addr("Shirin Tavakoli", "shirin.tavakoli@dikv-muenster.example"),
     subject="Anmeldung Tag der MSO 2027",
     mailer="User-Agent: Microsoft-MacOutlook/16.82",
     body=Multi("mixed", [
         Text(FA_041, subtype="html", charset="utf-8", cte="base64"),
         Binary(tiny_png(0, 122, 94), "image/png", "logo_dikv.png"),
     ], boundary="B_3791034157_1098457"),
     exp=R("registration", "shirin.tavakoli@dikv-muenster.example", "Shirin Tavakoli",
           "Deutsch-Iranischer Kulturverein Münster e.V.", ["AG3"], 1, "de"))

# 042 -- English question in plain ASCII: a doctoral student asks whether she may attend as an
# observer and interview participants; she would register only if allowed. No registration.
mail("raman-en-question-observer", when=date(2027, 2, 27, 11, 26, 49),
     frm=addr("Priya Raman", "p.raman@uni-muenster.example"),
     subject="Question: attending the MSO Day as a researcher",
     mailer="User-Agent: Roundcube Webmail/1.6.6",
     body=Text("""\
Dear organising team,

I hope this message finds you well. My name is Priya Raman, and I am a
doctoral researcher at the Institute of Political Science of the
University of Muenster, where I have been working since October 2024 on
a thesis about the recognition of migrant organisations in German
municipalities. My supervisor suggested that the MSO Day would be an
ideal place to understand how associations and the city actually talk to
each other.

I am not a member of any association myself, so I wanted to ask before
doing anything:

- Would it be acceptable for me to attend as an observer, without taking
  an active part in the discussions?
- Would it be possible to approach participants during the breaks and ask
  whether they would agree to a short interview later (not on the day
  itself, and of course anonymised)?
- I would not record anything without consent. Is there anything in your
  data protection rules I should be aware of?

If this is possible, I would of course register properly and choose a
working group. If you feel it is not appropriate, I completely understand.

With many thanks and kind regards,
Priya Raman
Doctoral researcher
Institute of Political Science, University of Muenster
""", charset="us-ascii", cte="7bit"),
     exp=R("question", "p.raman@uni-muenster.example", "Priya Raman",
           "Institute of Political Science, University of Muenster", [], None, "en"))

# 043 -- change from the writer of 003, replying to her own quoted registration: now five
# instead of three; the workgroup is not restated (workgroups [] , party_size 5). The new
# persons are named with ages; a member's 80th birthday and an old MSO-Tag are mentioned.
mail("okonkwo-berger-change-five", when=date(2027, 3, 1, 19, 12, 24),
     frm=addr("Renate Okonkwo-Berger", "r.okonkwo-berger@dafv-muenster.example"),
     subject="Re: Re: Einladung: Tag der Migrantenselbstorganisationen 2027",
     in_reply_to="<20270113180551.okonkwo-berger-topposted-three-persons@dafv-muenster.example>",
     mailer="User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:115.0) Gecko/20100101 Thunderbird/115.8.1",
     body=Text("""\
Liebe Organisatorinnen und Organisatoren,

kleine Änderung bei uns: Wir kommen jetzt nicht zu dritt, sondern zu
fünft! Bei unserem Vereinstreffen am Samstag haben sich noch zwei weitere
Frauen gemeldet, Comfort Ansah (52) und ihre Tochter Linda (23), die
gerade ihr Referendariat an einer Grundschule in Kinderhaus macht. Beide
waren 2018 schon einmal beim MSO-Tag dabei, damals noch im Workshop zum
Haus der Kulturen, und haben so davon geschwärmt, dass ich nicht nein
sagen konnte.

Insgesamt also fünf Personen vom Deutsch-Afrikanischen Frauenverein.
Ich hoffe, das ist so kurz vor Schluss noch möglich.

Unsere älteste Gründerin, Mama Grace, wird übrigens am 13. März 80 Jahre
alt und feiert im Kreis der Familie, sie lässt alle grüßen.

Herzliche Grüße aus Hiltrup
Renate Okonkwo-Berger

Am 13.01.2027 um 18:05 schrieb Renate Okonkwo-Berger:
> Liebe Organisatorinnen und Organisatoren,
>
> vielen Dank für die Einladung, [...]
>
> Letztes Jahr waren zwei von uns in der AG zur Bildung, das war sehr gut,
> aber diesmal möchten wir uns alle in die AG II setzen, also Münsters
> Zukunftsprozess. [...]
>
> Wir kommen zu dritt:
> - ich selbst (Vorsitzende),
> - meine Stellvertreterin Abena Mensah,
> - unsere Jugendsprecherin Joy Adeyemi, sie ist 17 [...]
""", charset="utf-8", cte="8bit"),
     exp=R("change", "r.okonkwo-berger@dafv-muenster.example", "Renate Okonkwo-Berger",
           "Deutsch-Afrikanischer Frauenverein", [], 5, "de"))

# 044 -- learner German (no umlauts, wrong cases): two persons, "Gruppe Bildung" = AG I; LAST
# year he was in "Gruppe 3"; numbers: 2008, 300 members, 17 pupils at the Gymnasium; a
# board member is ill and sends greetings.
mail("alo-learner-german-two-persons", when=date(2027, 3, 2, 16, 40, 5),
     frm=addr("Xate Alo", "xate.alo@ezidisches-kulturzentrum.example"),
     subject="anmeldung MSO tag",
     mailer="X-Mailer: Microsoft Outlook 16.0",
     body=Text("""\
Sehr geehrte Damen und Herren

Ich heise Xate Alo, ich bin Vorsitzende von Ezidisches Kulturzentrum
Münster e.V. Wir sind Verein seit 2008 , haben 300 Mitglied , meistens
Familien aus Irak und Syrien und Türkei. Jeden Sonntag wir machen Unterricht
fur Kinder in Kurmanci und Religion, 6 bis 15 Jahre. Viele unsere Kinder
jetzt gehen zu Gymnasium, 17 Kinder, wir sind sehr stolz.

Ich möchte anmelden fur MSO Tag am 13.03. Ich komme mit meine Kollege Herr
Murad Khalaf, also wir sind 2 Person. Wir wollen Gruppe Bildung, weil
Schule ist wichtigste Thema fur unsere Familien.

Letzte Jahr ich war in Gruppe 3 mit Förderung, war gut aber sehr
kompliziert fur mich mit die Formulare.

Herr Sido Hesen vom Vorstand grüßt Ihnen, er ist krank und kommt nicht.

Vielen Dank
Mit freundliche Grüße
Xate Alo
Ezidisches Kulturzentrum Münster e.V.
Tel 0176 / 90 12 47 36
""", charset="utf-8", cte="quoted-printable"),
     exp=R("registration", "xate.alo@ezidisches-kulturzentrum.example", "Xate Alo",
           "Ezidisches Kulturzentrum Münster e.V.", ["AG1"], 2, "de"))

# 045 -- cancellation written by the daughter for her 84-year-old father (he had a fall); the
# reply goes to her address. Long family story (1974, Cyprus). Only kind and email are scored.
mail("georgiou-daughter-cancels-for-father", when=date(2027, 3, 3, 8, 55, 41),
     frm=addr("Eleni Georgiou-Wagner", "eleni.wagner@t-online.example"),
     subject="Abmeldung meines Vaters Pavlos Georgiou vom MSO-Tag",
     mailer="X-Mailer: Apple Mail (2.3774.400.31)",
     body=Text("""\
Sehr geehrte Damen und Herren,

ich schreibe Ihnen im Auftrag meines Vaters, Pavlos Georgiou, der sich
im Januar für den Tag der Migrantenselbstorganisationen angemeldet hat.
Mein Vater ist 84 Jahre alt und am vergangenen Wochenende in seiner
Wohnung gestürzt. Es ist zum Glück nichts gebrochen, aber er muss sich
die nächsten Wochen schonen und kann am 13. März leider nicht kommen.
Bitte streichen Sie ihn von der Teilnehmerliste.

Er hat mich ausdrücklich gebeten, Ihnen zu schreiben, wie leid es ihm
tut. Seit er 1974 nach dem Krieg aus Famagusta nach Münster kam und
wenig später den Zypriotischen Verein Münster mitgegründet hat, ist ihm
der Austausch mit den anderen Gemeinden eine Herzenssache. Den MSO-Tag
hat er, soweit ich weiß, nur 2020 verpasst, weil er mit dem
Online-Format nicht zurechtkam.

Falls der Verein jemand anderen schickt, wird sich diese Person selbst
bei Ihnen melden. Antworten Sie gern an meine Adresse, mein Vater liest
seine E-Mails kaum.

Mit freundlichen Grüßen
Eleni Georgiou-Wagner
""", charset="utf-8", cte="quoted-printable"),
     exp=R("cancellation", "eleni.wagner@t-online.example", "Pavlos Georgiou",
           "Zypriotischer Verein Münster", [], None, "de"))

# 046 -- multipart/alternative windows-1252 QP with an enormous association signature (VR
# number, tax number, IBAN, opening hours, social media). Explicit ranking: 1. Wahl
# Zukunftsprozess, 2. Wahl Förderung -> [AG2, AG3]. The 1971 story of Korean nurses; the
# co-founder sends greetings; the treasurer already registered herself.
KO_046 = """\
Sehr geehrte Damen und Herren,

mein Name ist Jin-Hee Park, ich bin 76 Jahre alt und seit 2012
Vorsitzende des Koreanischen Frauenvereins Münster. Ich kam im Herbst 1971
mit 21 anderen jungen Krankenschwestern aus Seoul an das Clemenshospital,
und 1975 haben wir, sieben von ihnen, den Verein gegründet. Heute sind wir
64 Mitglieder, darunter inzwischen auch unsere Töchter und Enkelinnen, und
wir kochen jedes Jahr beim Fest der Kulturen auf dem Domplatz.

Für den 13. März melde ich mich gern an:
1. Wahl: AG Zukunftsprozess
2. Wahl: AG Förderung

Unsere Mitgründerin Frau Soon-Ja Lee lässt Sie herzlich grüßen; sie lebt
inzwischen bei ihrem Sohn in Hamburg und kommt nicht mehr nach Münster.
Unsere Schatzmeisterin Frau Kim hat sich schon selbst angemeldet.

Mit freundlichen Grüßen

Jin-Hee Park
Vorsitzende

--
Koreanischer Frauenverein Münster e.V.
Vereinsheim: Grevener Straße 91, 48159 Münster
Öffnungszeiten: Mi 15-18 Uhr, Sa 10-13 Uhr (nicht in den Schulferien)
Telefon 0251 / 2 70 81 64 (AB) | Mobil 0171 / 9 03 44 12
Vereinsregister: Amtsgericht Münster VR 2045
Steuernummer 337/5791/0468 - als gemeinnützig anerkannt
Spendenkonto: Volksbank Münsterland Nord
IBAN DE61 4036 1906 0012 3456 00 | BIC GENODEM1IBB
Instagram: www.instagram.example/kfv_muenster
Web: https://www.kfv-muenster.example
"""
mail("park-cp1252-signature-ranking", when=date(2027, 3, 4, 10, 3, 18),
     frm=addr("Jin-Hee Park", "jinhee.park@kfv-muenster.example"),
     subject="Anmeldung - Koreanischer Frauenverein Münster",
     subject_charset="windows-1252",
     mailer="X-Mailer: Microsoft Outlook 15.0",
     body=Multi("alternative", [
         Text(KO_046, charset="windows-1252", cte="quoted-printable"),
         Text("<html><body><font face=\"Arial\" size=\"2\">"
              + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in KO_046.strip().split("\n\n"))
              + "</font></body></html>\n",
              subtype="html", charset="windows-1252", cte="quoted-printable"),
     ], boundary="----=_NextPart_000_0047_01DB6E2A.3C5F1B80"),
     exp=R("registration", "jinhee.park@kfv-muenster.example", "Jin-Hee Park",
           "Koreanischer Frauenverein Münster e.V.", ["AG2", "AG3"], 1, "de"))

# 047 -- reply to LAST year's confirmation (quoted, 2026, AG3): the new text chooses AG II.
# Integration council member who comes for his association, not for the council (a
# colleague comes for the council). Lists earlier themes. One person.
mail("petrovic-reply-to-last-years-confirmation", when=date(2027, 3, 5, 7, 45, 50),
     frm=addr("Dr. Goran Petrović", "goran.petrovic@svetisava-muenster.example"),
     subject="Re: Bestätigung Ihrer Anmeldung zum Tag der MSO 2026",
     in_reply_to="<20260202110300.bestaetigung-0088@muenster.example>",
     mailer="User-Agent: Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.8.1",
     body=Text("""\
Guten Morgen,

ich antworte einfach auf die Bestätigung vom letzten Jahr, weil ich dort
Ihre Adresse gefunden habe, ich hoffe, das ist in Ordnung.

Ich möchte mich für den Tag der Migrantenselbstorganisationen am
13. März 2027 anmelden, diesmal für die AG II, Münsters Zukunftsprozess.
Letztes Jahr war ich, wie Sie unten sehen, in der AG III, und davor in
jedem Jahr in einem anderen Workshop: 2016 Interkulturelle Öffnung, 2017
Arbeitsmarkt, 2018 Haus der Kulturen. Man kennt sich inzwischen, und das
ist auch der eigentliche Wert dieses Tages.

Ich komme als Vorsitzender des Serbischen Kulturvereins "Sveti Sava"
Münster e.V. (gegründet 1973, heute 150 Mitglieder, Folkloregruppe für
Kinder von 7 bis 14 Jahren) und nicht für den Integrationsrat, dem ich
ebenfalls angehöre. Für den Integrationsrat kommt Frau Yıldız, die sich
selbst anmeldet.

Mit besten Grüßen
Dr. Goran Petrović

Am 02.02.2026 um 11:03 schrieb Tag der Migrantenselbstorganisationen:
> Sehr geehrter Herr Dr. Petrović,
>
> vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen
> 2026. Wir haben folgende Angaben notiert:
>
>   Name:           Dr. Goran Petrović
>   Organisation:   Serbischer Kulturverein "Sveti Sava" Münster e.V.
>   Arbeitsgruppe:  AG3 - Förderungsmöglichkeiten und effektives
>                   Vereinsmanagement
>   Personen:       1
>
> Mit freundlichen Grüßen
> Ihr Team Tag der Migrantenselbstorganisationen
""", charset="utf-8", cte="8bit"),
     exp=R("registration", "goran.petrovic@svetisava-muenster.example", "Goran Petrović",
           "Serbischer Kulturverein \"Sveti Sava\" Münster e.V.", ["AG2"], 1, "de"))

# 048 -- "did my registration arrive?" with an explicit fallback: "if not, take this mail as
# the registration" -- two persons, AG III. Labelled registration (see README). ISO-8859-1 QP.
mail("almeida-did-it-arrive-fallback", when=date(2027, 3, 6, 18, 22, 33),
     frm=addr("Maria do Céu Almeida", "mceu.almeida@gmx.example", charset="iso-8859-1"),
     subject="Ist meine Anmeldung angekommen? (MSO-Tag 13.03.)",
     subject_charset="iso-8859-1",
     mailer="X-Mailer: GMX FreeMail",
     body=Text("""\
Guten Abend,

ich hatte mich am 30. Januar per E-Mail für den MSO-Tag angemeldet, habe
aber bis heute keine Bestätigung bekommen, auch nicht im Spam-Ordner. Da
heute ja der letzte Anmeldetag ist, schreibe ich lieber noch einmal.

Falls meine Mail nicht angekommen ist, betrachten Sie bitte diese hier
als Anmeldung: Wir sind zwei Personen, ich und mein Mann José Almeida, der
Kassierer unseres Vereins, und wir möchten beide in die Arbeitsgruppe III
(Förderungsmöglichkeiten und Vereinsmanagement).

Unser Verein ist das Centro Português Münster e.V., gegründet 1972 von
Arbeitern aus dem Minho, heute noch 80 Mitglieder. Wir haben eine
Folkloregruppe und jeden Samstag Portugiesischunterricht für Kinder von
6 bis 12 Jahren in der Overbergschule. Die Zuschüsse vom Konsulat sind
letztes Jahr weggefallen, deshalb die Arbeitsgruppe III.

Vielen Dank und bis nächsten Samstag hoffentlich!
Maria do Céu Almeida
Centro Português Münster e.V.
Tel. 0251 / 66 29 04
""", charset="iso-8859-1", cte="quoted-printable"),
     exp=R("registration", "mceu.almeida@gmx.example", "Maria do Céu Almeida",
           "Centro Português Münster e.V.", ["AG3"], 2, "de"))

# 049 -- late registration after the deadline (8 March), with an apology; text/plain in
# ISO-8859-1 base64 plus a vCard attachment. One person, AG I; the treasurer registered in
# February; a board member sends greetings.
VCARD_049 = """\
BEGIN:VCARD
VERSION:3.0
N:Warsame;Abdirahman;;;
FN:Abdirahman Warsame
ORG:Somalischer Verein Münster e.V.
TITLE:Vorsitzender
TEL;TYPE=CELL:+49 157 31 84 22 06
EMAIL;TYPE=INTERNET:a.warsame@somali-muenster.example
END:VCARD
"""
mail("warsame-late-with-vcard", when=date(2027, 3, 8, 13, 9, 2),
     frm=addr("Abdirahman Warsame", "a.warsame@somali-muenster.example"),
     subject="Verspätete Anmeldung MSO-Tag",
     subject_charset="iso-8859-1",
     mailer="X-Mailer: Microsoft Outlook 16.0",
     body=Multi("mixed", [
         Text("""\
Sehr geehrte Damen und Herren,

ich weiß, dass die Anmeldefrist am 6. März abgelaufen ist, und bitte
trotzdem um Ihr Verständnis. Ich war drei Wochen in Nairobi bei meiner
Mutter und habe Ihre Einladung erst gestern in meinem Postfach gefunden.

Wenn es noch einen Platz gibt, möchte ich mich für den 13. März anmelden,
und zwar für die Arbeitsgruppe I (Bildungssystem). Wir machen im
Somalischen Verein Münster e.V. seit 2014 Hausaufgabenhilfe für Kinder
von 6 bis 16 Jahren, inzwischen sind es 35 Kinder, und die Frage, wie
wir mit den Schulen besser zusammenarbeiten können, ist für uns die
wichtigste.

Zu uns: gegründet 2012, etwa 50 Familien, Treffpunkt im
Stadtteilhaus Coerde. Unsere Kassiererin Frau Hodan Ali hat sich schon
im Februar angemeldet. Herr Farah aus dem Vorstand lässt grüßen, er
kann leider nicht kommen.

Falls es keinen Platz mehr gibt, habe ich natürlich Verständnis.

Mit freundlichen Grüßen
Abdirahman Warsame
Vorsitzender, Somalischer Verein Münster e.V.
""", charset="iso-8859-1", cte="base64"),
         Text(VCARD_049, subtype="vcard", charset="utf-8", cte="quoted-printable",
              filename="Abdirahman Warsame.vcf"),
     ], boundary="_004_VI1PR0601MB2A7Fwarsame_"),
     exp=R("registration", "a.warsame@somali-muenster.example", "Abdirahman Warsame",
           "Somalischer Verein Münster e.V.", ["AG1"], 1, "de"))

# 050 -- last-minute cancellation from a phone the evening before (UTF-8 8bit): the youth
# worker of 014 has the flu and the two teenagers will not go without her, so all three
# cancel; chatty, no punctuation, greetings.
mail("tesfay-last-minute-cancellation", when=date(2027, 3, 12, 21, 17, 44),
     frm=addr("Senait Tesfay", "senait.tesfay@icloud.example"),
     subject="Absage morgen",
     mailer="X-Mailer: iPhone Mail (21D61)",
     body=Text("""\
Hallo nochmal

leider muss ich uns für morgen absagen, ich liege seit gestern mit
Grippe im Bett 39 Fieber und Helen und Yonas wollen nicht ohne mich gehen
was ich verstehe sie kennen da ja niemanden. Wir waren zu dritt angemeldet
in der AG zwei, bitte alle drei streichen damit andere die Plätze
bekommen können

Die beiden sind echt traurig, sie hatten schon Fragen vorbereitet über
den Jugendtreff in Berg Fidel. Vielleicht kann ich sie nächstes Jahr
mitbringen, dann sind sie 17 und 18

Viele Grüße und einen schönen Tag morgen
Senait

Von meinem iPhone gesendet
""", charset="utf-8", cte="8bit"),
     exp=R("cancellation", "senait.tesfay@icloud.example", "Senait Tesfay",
           "Eritreische Gemeinschaft Münster", [], None, "de"))


# ===========================================================================
# writing and validation
# ===========================================================================

EXAMPLE_HOST = re.compile(r"(^|\.)(example|example\.(org|com|net))$", re.I)
ADDR_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL_RE = re.compile(r"(?:https?://|www\.)([\w.-]+)", re.I)


def host_ok(host):
    host = host.lower().rstrip(".")
    return bool(EXAMPLE_HOST.search(host)) or host == "muenster.example"


def check_hosts(fname, text, where):
    for m in ADDR_RE.finditer(text):
        if not host_ok(m.group(1)):
            raise SystemExit(f"{fname}: non-example address {m.group(0)!r} in {where}")
    for m in URL_RE.finditer(text):
        host = m.group(1)
        if m.group(0).lower().startswith("www."):
            host = "www." + host
        if not host_ok(host):
            raise SystemExit(f"{fname}: non-example URL host {host!r} in {where}")


def validate(files, expected):
    last = None
    for fname, raw in files.items():
        if b"\r" in raw.replace(b"\r\n", b""):
            raise SystemExit(f"{fname}: bare CR")
        if b"\n" in raw.replace(b"\r\n", b""):
            raise SystemExit(f"{fname}: bare LF")
        for line in raw.split(b"\r\n"):
            if len(line) > 998:
                raise SystemExit(f"{fname}: line longer than 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects:
            raise SystemExit(f"{fname}: defects {msg.defects}")
        when = email.utils.parsedate_to_datetime(msg["Date"])
        if last is not None and when <= last:
            raise SystemExit(f"{fname}: Date does not rise ({when} <= {last})")
        last = when
        for name, value in msg.items():
            check_hosts(fname, str(value), f"header {name}")
        for part in msg.walk():
            if part.defects:
                raise SystemExit(f"{fname}: part defects {part.defects}")
            if part.is_multipart():
                continue
            payload = part.get_payload(decode=True)
            if part.defects:
                raise SystemExit(f"{fname}: defects after decoding {part.defects}")
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset()
                if not cs:
                    raise SystemExit(f"{fname}: text part without charset")
                try:
                    text = payload.decode(cs, "strict")
                except (UnicodeDecodeError, LookupError) as e:
                    raise SystemExit(f"{fname}: text part does not decode as {cs}: {e}")
                if text != part.get_content():
                    raise SystemExit(f"{fname}: get_content differs from strict decode")
                check_hosts(fname, text, "body")
        rec = expected[fname]
        if tuple(rec) != KEYS:
            raise SystemExit(f"{fname}: record keys {tuple(rec)}")
        k = rec["kind"]
        if k not in KINDS:
            raise SystemExit(f"{fname}: kind {k}")
        if not isinstance(rec["workgroups"], list) or any(w not in WGS for w in rec["workgroups"]) \
                or len(set(rec["workgroups"])) != len(rec["workgroups"]):
            raise SystemExit(f"{fname}: workgroups {rec['workgroups']}")
        if k in ("auto_reply", "bounce", "other"):
            if any(rec[f] is not None for f in ("email", "name", "organisation", "language",
                                                 "party_size")) or rec["workgroups"]:
                raise SystemExit(f"{fname}: machine/other record carries person fields")
        else:
            if not rec["email"] or rec["email"] != rec["email"].lower() or not host_ok(
                    rec["email"].split("@")[1]):
                raise SystemExit(f"{fname}: email {rec['email']}")
            if rec["language"] not in LANGS or not rec["name"]:
                raise SystemExit(f"{fname}: language/name {rec['language']} {rec['name']}")
        if k == "bounce":
            if not rec["bounced_recipient"] or rec["bounced_recipient"] != rec["bounced_recipient"].lower():
                raise SystemExit(f"{fname}: bounced_recipient")
        elif rec["bounced_recipient"] is not None:
            raise SystemExit(f"{fname}: bounced_recipient must be null")
        if k == "registration":
            if not isinstance(rec["party_size"], int) or rec["party_size"] < 1:
                raise SystemExit(f"{fname}: party_size {rec['party_size']}")
        elif k == "change":
            if rec["party_size"] is not None and (not isinstance(rec["party_size"], int)
                                                  or rec["party_size"] < 1):
                raise SystemExit(f"{fname}: party_size {rec['party_size']}")
        elif rec["party_size"] is not None:
            raise SystemExit(f"{fname}: party_size must be null for {k}")
        if k in ("cancellation", "question") and rec["workgroups"]:
            raise SystemExit(f"{fname}: workgroups must be [] for {k}")
        # the reply address must occur in the mail (header or body)
        if rec["email"] and rec["email"] not in raw.decode("ascii", "replace").lower():
            found = False
            for part in msg.walk():
                if part.get_content_maintype() == "text" and rec["email"] in part.get_content().lower():
                    found = True
            if not found:
                raise SystemExit(f"{fname}: email {rec['email']} does not occur in the mail")


def build():
    files = {fname: raw for fname, raw, _, _ in MAILS}
    expected = {fname: exp for fname, _, exp, _ in MAILS}
    names = [f for f in files]
    if names != sorted(names) or len(set(names)) != len(names):
        raise SystemExit("file names not in order")
    exp_text = json.dumps(expected, ensure_ascii=False, indent=1) + "\n"
    return files, expected, exp_text


def stats(expected):
    from collections import Counter
    kinds = Counter(r["kind"] for r in expected.values())
    langs = Counter(r["language"] or "-" for r in expected.values())
    print(f"{len(expected)} mails")
    print("kinds:", ", ".join(f"{k}={kinds[k]}" for k in KINDS if kinds[k]))
    print("languages:", ", ".join(f"{k}={v}" for k, v in langs.most_common()))


def main(argv):
    files, expected, exp_text = build()
    validate(files, expected)
    if "--stats" in argv:
        stats(expected)
        return 0
    mails_dir = HERE / "mails"
    if "--check" in argv:
        bad = []
        on_disk = {p.name for p in mails_dir.glob("*.eml")} if mails_dir.exists() else set()
        if on_disk != set(files):
            bad.append("set of mail files differs")
        for fname, raw in files.items():
            p = mails_dir / fname
            if not p.exists() or p.read_bytes() != raw:
                bad.append(fname)
        p = HERE / "expected.json"
        if not p.exists() or p.read_text(encoding="utf-8") != exp_text:
            bad.append("expected.json")
        if bad:
            print("differs from disk: " + ", ".join(bad[:10]))
            return 1
        print(f"ok: {len(files)} mails and expected.json match")
        return 0
    mails_dir.mkdir(exist_ok=True)
    for p in mails_dir.glob("*.eml"):
        if p.name not in files:
            p.unlink()
    for fname, raw in files.items():
        (mails_dir / fname).write_bytes(raw)
    (HERE / "expected.json").write_text(exp_text, encoding="utf-8")
    # re-read what was written and validate again
    again = {p.name: p.read_bytes() for p in sorted(mails_dir.glob("*.eml"))}
    validate(again, json.loads((HERE / "expected.json").read_text(encoding="utf-8")))
    print(f"wrote and validated {len(files)} mails and expected.json")
    stats(expected)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
