"""Registration mails of real length, generated: what bench_parse.py and bench.py --realistic read.

A real registration is rarely six lines. People answer the invitation with
"Reply", so their mail quotes it; they write a few sentences about their
association; their client adds a signature with address and phone, a legal
disclaimer, and an HTML copy of everything (Outlook sends HTML only). This
module writes such mails from the benchmark's own words (no corpus text), for
any event config: the workgroups named and quoted are the config's own.

Each mail comes with what a correct reading says (registration, the workgroup
id), so a benchmark can check the parser still reads what it times.
"""

from __future__ import annotations

import email.policy
import html
import random
import textwrap
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

import datetime as dt

# --- the words ---------------------------------------------------------------------------

NAMES = {
    "de": [("Jürgen", "Brinkmann"), ("Sabine", "Hoffmann"), ("Katrin", "Schäfer"), ("Lukas", "Richter")],
    "tr": [("Ayşe", "Yılmaz"), ("Mehmet", "Kaya"), ("Zeynep", "Çelik"), ("Hüseyin", "Doğan")],
    "en": [("Grace", "Okafor"), ("Emeka", "Adeyemi"), ("Amina", "Mensah"), ("Kwame", "Owusu")],
    "fr": [("Aminata", "Diallo"), ("Moussa", "Traoré"), ("Fatou", "Ndiaye"), ("Ibrahima", "Camara")],
    "ru": [("Ольга", "Смирнова"), ("Сергей", "Петров"), ("Ирина", "Волкова"), ("Андрей", "Кузнецов")],
}
ORGS = ["Türkischer Elternverein Münster e.V.", "Afrikanischer Kulturverein Münster e.V.",
        "Deutsch-Russischer Verein Brücke e.V.", "Verein der Eltern aus Eritrea",
        "Griechische Gemeinde Münster e.V.", "Ukrainischer Frauenverein e.V."]
STREETS = ["Hammer Straße 12", "Wolbecker Straße 88", "Grevener Straße 140", "Kanalstraße 31"]

# the sentence that registers, per language; {group} names one workgroup
REGISTER = {
    "de": ["hiermit melde ich mich verbindlich für die {group} an.", "ich möchte mich gern für {group} anmelden."],
    "en": ["I would like to register for {group}.", "please register me for {group}."],
    "tr": ["MSO-Tag için {group} kayıt olmak istiyorum."],
    "fr": ["je voudrais m'inscrire à {group}."],
    "ru": ["я хочу зарегистрироваться в {group}."],
}
GROUP_BY_NUMBER = {
    "de": ["AG {n}", "Arbeitsgruppe {n}"], "en": ["workgroup {n}", "working group {n}"],
    "tr": ["{n}. çalışma grubuna"], "fr": ["l'atelier {n}"], "ru": ["рабочую группу {n}"],
}
GREETING = {"de": "Sehr geehrte Damen und Herren,", "en": "Dear organisers,", "tr": "Merhaba,",
            "fr": "Bonjour,", "ru": "Здравствуйте,"}
CLOSING = {"de": "Mit freundlichen Grüßen", "en": "Kind regards,", "tr": "Saygılarımla,",
           "fr": "Cordialement,", "ru": "С уважением,"}
# What people write around the registration: their association, their work, thanks. Statements
# only, no numbers of people, no workgroup topics: the reading of the mail must not change.
FILLER = {
    "de": [
        "Unser Verein wurde vor vielen Jahren von Eltern gegründet und trifft sich jeden Dienstag im Stadtteilhaus.",
        "Wir organisieren Hausaufgabenhilfe, Elterncafés und im Sommer ein Nachbarschaftsfest im Park.",
        "Die Einladung habe ich auch an unseren Vorstand weitergeleitet, der sich sehr über die Initiative freut.",
        "Im letzten Jahr war die Veranstaltung für uns eine gute Gelegenheit, andere Vereine kennenzulernen.",
        "Unsere Mitglieder kommen aus aller Welt und bringen viele Erfahrungen mit.",
        "Besonders der Austausch mit der Verwaltung hat uns damals geholfen, Kontakte zu knüpfen.",
        "Ich bin seit einiger Zeit Kassenwartin und kümmere mich um die Anträge und die Abrechnung.",
        "Falls Sie für die Dokumentation noch Fotos von unseren Projekten brauchen, schicke ich gern welche.",
        "Wir haben gerade ein neues Büro in der Nähe des Bahnhofs bezogen, die Adresse steht unten.",
        "Vielen Dank für die Organisation und die freundliche Einladung an alle Vereine der Stadt.",
        "Ich komme direkt von der Arbeit und bin deshalb vielleicht ein paar Minuten später da.",
        "Unsere Vorsitzende lässt herzlich grüßen, sie ist an dem Tag leider schon verplant.",
    ],
    "en": [
        "Our association was founded by parents many years ago and meets every Tuesday at the community centre.",
        "We run homework clubs, language cafés and a neighbourhood festival in the park every summer.",
        "I have forwarded the invitation to our board as well, who are very pleased about the initiative.",
        "Last year the event was a good opportunity for us to get to know other associations in the city.",
        "Our members come from many countries and speak quite different languages at home.",
        "The exchange with the city administration in particular helped us to make new contacts.",
        "I have been our treasurer for some time and take care of applications and accounts.",
        "If you need photos of our projects for the documentation, I will gladly send some.",
        "We have just moved into a new office near the main station, the address is below.",
        "Many thanks for organising this and for inviting all the associations of the city.",
    ],
    "tr": [
        "Derneğimiz yıllar önce veliler tarafından kuruldu ve her salı semt evinde toplanıyor.",
        "Ödev yardımı, dil kafeleri ve yazın parkta bir mahalle şenliği düzenliyoruz.",
        "Daveti yönetim kurulumuza da ilettim, bu girişimden çok memnun oldular.",
        "Geçen yıl etkinlik, şehirdeki diğer dernekleri tanımak için güzel bir fırsattı.",
        "Üyelerimiz birçok ülkeden geliyor ve evde çok farklı diller konuşuyor.",
        "Belediye ile yapılan görüşmeler yeni bağlantılar kurmamıza yardımcı oldu.",
    ],
    "fr": [
        "Notre association a été fondée par des parents et se réunit chaque mardi à la maison de quartier.",
        "Nous organisons de l'aide aux devoirs, des cafés de langues et une fête de quartier en été.",
        "J'ai transmis l'invitation à notre bureau, qui se réjouit beaucoup de cette initiative.",
        "L'année dernière, la journée nous a permis de rencontrer d'autres associations de la ville.",
        "Nos membres viennent de nombreux pays et parlent des langues très différentes à la maison.",
    ],
    "ru": [
        "Наше общество было основано родителями и собирается каждый вторник в районном центре.",
        "Мы организуем помощь с домашними заданиями, языковые кафе и летний праздник в парке.",
        "Я переслала приглашение нашему правлению, которое очень радо этой инициативе.",
        "В прошлом году этот день помог нам познакомиться с другими объединениями города.",
        "Наши члены приехали из многих стран и дома говорят на разных языках.",
    ],
}
DISCLAIMER = ("Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat "
              "sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender "
              "und vernichten Sie diese Mail. Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail drucken.")
LANGUAGES = ["de", "tr", "en", "fr", "ru"]
LANGUAGE_WEIGHTS = [50, 20, 15, 8, 7]


@dataclass(frozen=True)
class Event:
    """What an invitation says: the event and its workgroups (id, title), in config order."""

    name: str
    venue: str
    starts: dt.datetime
    address: str
    groups: tuple[tuple[str, str], ...]


def event_of(config) -> Event:
    """The Event of a loaded mailbot Config."""
    return Event(config.event.name, config.event.venue, config.event.starts, config.event.registration_address,
                 tuple((g.id, g.title) for g in config.workgroups))


@dataclass(frozen=True)
class LongMail:
    raw: bytes
    lines: int  # lines of the writer's own text besides greeting, registration and closing
    workgroup: str  # the id a correct reading finds
    name: str
    organisation: str
    language: str
    form: str  # "alternative" (plain + HTML), "html" (HTML only, Outlook style) or "plain"


class LongMails:
    """A deterministic stream of long registration mails for one event."""

    def __init__(self, event: Event, seed: int = 1, tag: str = "long"):
        self.event = event
        self.rnd = random.Random(seed)
        self.tag = tag
        self.n = 0

    def mail(self, lines: int, form: str = "alternative", language: str | None = None) -> LongMail:
        """One registration with `lines` lines of further text, a signature and the quoted invitation."""
        self.n += 1
        rnd = self.rnd
        lang = language or rnd.choices(LANGUAGES, weights=LANGUAGE_WEIGHTS)[0]
        first, last = rnd.choice(NAMES[lang])
        name, org = f"{first} {last}", rnd.choice(ORGS)
        number = rnd.randint(1, len(self.event.groups))
        group = rnd.choice(GROUP_BY_NUMBER[lang]).format(n=number)
        register = rnd.choice(REGISTER[lang]).format(group=group)
        own = [GREETING[lang], "", register[0].upper() + register[1:] if lang != "de" else register, ""]
        own += self._paragraphs(lang, lines)
        signature = [CLOSING[lang], name, org, rnd.choice(STREETS), "48143 Münster",
                     f"Tel. 0251 {rnd.randint(100000, 999999)}", f"www.verein{self.n % 50}.example", "",
                     *textwrap.wrap(DISCLAIMER, 76)]
        address = f"p{self.n}.{self.tag}@verein{self.n % 97}.example"
        raw = self._build(address, name, own, signature, form)
        return LongMail(raw, lines, self.event.groups[number - 1][0], name, org, lang, form)

    def _paragraphs(self, lang: str, lines: int) -> list[str]:
        """Exactly `lines` wrapped lines of filler, in paragraphs of three to six lines."""
        out, count = [], 0
        while count < lines:
            size, paragraph = self.rnd.randint(3, 6), []
            while len(paragraph) < size:
                paragraph += textwrap.wrap(self.rnd.choice(FILLER[lang]), self.rnd.choice((64, 72, 76)))
            paragraph = paragraph[: lines - count]
            out += paragraph + [""]
            count += len(paragraph)
        return out

    def invitation(self) -> list[str]:
        """The invitation the writer answers, as the coordinator sent it."""
        e = self.event
        lines = ["Liebe Vertreterinnen und Vertreter der Vereine und Initiativen,", "",
                 f"wir laden Sie herzlich ein zur Veranstaltung „{e.name}“ am {e.starts:%d.%m.%Y} "
                 f"um {e.starts:%H:%M} Uhr, {e.venue}.", "",
                 "Am Nachmittag arbeiten wir in Arbeitsgruppen. Zur Wahl stehen:", ""]
        lines += [f"AG {i}: {title}" for i, (_id, title) in enumerate(e.groups, 1)]
        lines += ["", "Bitte melden Sie sich formlos per E-Mail an und nennen Sie die Arbeitsgruppe, an der "
                  "Sie teilnehmen möchten. Die Plätze werden in der Reihenfolge der Anmeldungen vergeben.", "",
                  "Für Getränke und einen kleinen Imbiss ist gesorgt. Der Veranstaltungsort ist barrierefrei.", "",
                  "Mit freundlichen Grüßen", "Ihr Team des Kommunalen Integrationszentrums"]
        return [w for line in lines for w in (textwrap.wrap(line, 76) or [""])]

    def _build(self, address: str, name: str, own: list[str], signature: list[str], form: str) -> bytes:
        msg = EmailMessage()
        # a month before the event (a mail after it is not a registration), the invitation a month earlier
        when = (self.event.starts - dt.timedelta(days=30)).replace(tzinfo=dt.timezone.utc) + dt.timedelta(minutes=self.n)
        msg["Received"] = (f"from mail.verein{self.n % 97}.example (mail.verein.example [198.51.100.{self.n % 250}]) "
                           f"by mx.muenster.example (Postfix) with ESMTPS id {self.n:08X}; {format_datetime(when)}")
        msg["From"] = formataddr((name, address))
        msg["To"] = formataddr((self.event.name, self.event.address))
        msg["Subject"] = f"AW: Einladung: {self.event.name}"
        msg["Date"] = format_datetime(when)
        msg["Message-ID"] = f"<{self.n}.{self.tag}.{self.rnd.getrandbits(40):x}@mail.example>"
        msg["In-Reply-To"] = msg["References"] = f"<einladung.{self.tag}@muenster.example>"
        invitation = self.invitation()
        sent = self.event.starts - dt.timedelta(days=60)
        attribution = f"Am {sent:%d.%m.%y} um 14:03 schrieb {self.event.name} <{self.event.address}>:"
        plain = "\n".join([*own, *signature, "", attribution, *(f"> {line}".rstrip() for line in invitation)]) + "\n"
        if form != "html":
            msg.set_content(plain)
        if form == "plain":
            return msg.as_bytes(policy=email.policy.SMTP)
        body = "".join(f"<p>{html.escape(line)}</p>" if line else "<p>&nbsp;</p>" for line in own)
        sig = "<br>".join(html.escape(line) for line in signature)
        quoted = "".join(f"<p>{html.escape(line)}</p>" for line in invitation if line)
        if form == "html":  # Outlook: no blockquote, a header block under a rule
            quote = (f"<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
                     f"<p><b>Von:</b> {html.escape(self.event.name)} &lt;{self.event.address}&gt;<br>"
                     f"<b>Gesendet:</b> {sent:%d.%m.%Y} 14:03<br><b>An:</b> {html.escape(address)}<br>"
                     f"<b>Betreff:</b> Einladung: {html.escape(self.event.name)}</p></div>{quoted}")
        else:
            quote = f"<div class=\"moz-cite-prefix\">{html.escape(attribution)}</div><blockquote type=\"cite\">{quoted}</blockquote>"
        page = (f"<html><head><meta charset=\"utf-8\"><style>p {{margin:0}} .sig {{color:#555}}</style></head>"
                f"<body style=\"font-family: Calibri, Arial\">{body}<div class=\"sig\">{sig}</div>{quote}</body></html>")
        if form == "html":
            msg.set_content(page, subtype="html")
        else:
            msg.add_alternative(page, subtype="html")
        return msg.as_bytes(policy=email.policy.SMTP)
