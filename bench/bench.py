#!/usr/bin/env python3
"""mailbot's main benchmark: a backlog after an outage, memory, serve latency, idle cost, parser, database.

    .venv/bin/python bench/bench.py            # default: 10,000 mails, about 4 minutes on 2 cores
    .venv/bin/python bench/bench.py --quick    # 1,000 mails, under a minute
    .venv/bin/python bench/bench.py --realistic   # 2,000 registrations of real length (bench/longmail.py)

Starts Dovecot and aiosmtpd exactly as the tests do (tests/servers.py; the SMTP
server runs in a process of its own, like a real one), writes a generated mix
of registration mails into the mailboxes, and prints one table. Not a test:
the figures depend on the machine. The baseline is the bare minimum of the same
job, written plainly below; mailbot's backlog pass is compared with it.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import os
import pwd
import random
import signal
import smtplib
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid, parseaddr
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # servers.py: the same Dovecot and aiosmtpd as the tests
sys.path.insert(0, str(ROOT / "bench"))

PASSWORD = "bench-pass-42"
MSO = "mso-tag@muenster.example"
INVITATION_ID = "<einladung-mso-2027.20270112140312@muenster.example>"
COORDINATOR = "koordination@muenster.example"


@dataclass(frozen=True)
class Sizes:
    backlog: int = 10_000  # mails in the big backlog (baseline and run-once)
    small: int = 1_000  # the second run-once, for "flat" memory
    latency: int = 50  # mails appended one by one while `serve` runs
    idle: float = 60.0  # seconds of `serve` with no mail
    registrations: int = 50_000  # database scale
    parse_rounds: int = 20  # times the dev corpus is parsed


QUICK = Sizes(backlog=1_000, small=200, latency=20, idle=10.0, registrations=10_000, parse_rounds=5)


# --- the mails ------------------------------------------------------------------------

FIRST = {
    "de": ["Jürgen", "Sabine", "Thomas", "Katrin", "Michael", "Anja", "Stefan", "Birgit", "Lukas", "Hanna"],
    "tr": ["Ayşe", "Mehmet", "Şükrü", "Elif", "Hüseyin", "Zeynep", "Murat", "Gülşen", "Emre", "Özlem"],
    "en": ["John", "Grace", "Emeka", "Sarah", "David", "Amina", "Peter", "Linda", "Kwame", "Rose"],
    "ru": ["Ольга", "Борис", "Наталья", "Сергей", "Ирина", "Дмитрий", "Елена", "Андрей"],
    "fr": ["Aminata", "Moussa", "Claire", "Ibrahima", "Fatou", "Pierre", "Awa", "Jean"],
}
LAST = {
    "de": ["Müller", "Schmidt", "Wagner", "Becker", "Hoffmann", "Schäfer", "Koch", "Richter", "Brinkmann"],
    "tr": ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan", "Doğan", "Aksoy"],
    "en": ["Okafor", "Smith", "Mensah", "Johnson", "Adeyemi", "Brown", "Owusu", "Taylor"],
    "ru": ["Иванова", "Петров", "Смирнова", "Кузнецов", "Попова", "Волков", "Соколова"],
    "fr": ["Diallo", "Traoré", "Diop", "Martin", "Camara", "Ndiaye", "Bernard", "Sow"],
}
ORGS = ["Türkischer Elternverein Münster e.V.", "Afrikanischer Kulturverein Münster e.V.",
        "Deutsch-Russischer Verein Brücke e.V.", "Polnische Katholische Mission", "Integrationsrat Münster",
        "Verein der Eltern aus Eritrea", "Griechische Gemeinde Münster e.V.", "Arabisches Kulturforum e.V.",
        "Ukrainischer Frauenverein e.V.", "Kurdisches Zentrum Münster", ""]
GROUP_WORD = {
    "de": ["AG {n}", "Arbeitsgruppe {n}", "die AG {n}"],
    "en": ["workgroup {n}", "workshop {n}", "working group {n}"],
    "tr": ["{n}. çalışma grubuna", "{n}. gruba"],
    "ru": ["рабочую группу {n}", "группу {n}"],
    "fr": ["l'atelier {n}", "le groupe de travail {n}"],
}
REGISTER = {
    "de": "Hallo,\n\nhiermit melde ich mich für {group} an.{party}{second}\n\nViele Grüße\n{name}\n{org}\n",
    "en": "Dear organisers,\n\nI would like to register for {group}.{party}{second}\n\nBest regards,\n{name}\n{org}\n",
    "tr": "Merhaba,\n\nMSO-Tag için {group} kayıt olmak istiyorum.{party}\n\nSaygılarımla,\n{name}\n{org}\n",
    "ru": "Здравствуйте,\n\nя хочу зарегистрироваться в {group}.{party}\n\nС уважением,\n{name}\n{org}\n",
    "fr": "Bonjour,\n\nje voudrais m'inscrire à {group}.{party}\n\nCordialement,\n{name}\n{org}\n",
}
PARTY = {
    "de": " Wir kommen zu zweit.", "en": " My colleague will come with me, so we are two people.",
    "tr": " Eşimle birlikte geleceğim.", "ru": " Нас будет двое.", "fr": " Nous serons deux personnes.",
}
SECOND = {"de": " Zweitwunsch wäre AG {n}.", "en": " My second choice would be workgroup {n}."}
SUBJECTS = {
    "de": ["Anmeldung MSO-Tag", "Anmeldung", "Anmeldung Tag der Migrantenselbstorganisationen"],
    "en": ["Registration", "Registration MSO day"], "tr": ["MSO-Tag kayıt"], "ru": ["Регистрация"],
    "fr": ["Inscription"],
}
QUOTED_INVITATION = (
    "\n\nAm 12.01.27 um 14:03 schrieb Tag der Migrantenselbstorganisationen:\n"
    "> Liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,\n>\n"
    "> wir laden Sie herzlich zum Tag der Migrantenselbstorganisationen 2027 ein.\n>\n"
    "> AG 1: Menschen mit Migrationsvorgeschichte im Bildungssystem\n"
    "> AG 2: Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte\n"
    "> AG 3: Förderungsmöglichkeiten und effektives Vereinsmanagement\n>\n"
    "> Bitte melden Sie sich bis zum 6. März 2027 formlos per E-Mail an.\n>\n"
    "> Mit freundlichen Grüßen\n> Ihr Team des Kommunalen Integrationszentrums Münster\n")
QUESTIONS = [
    "Hallo,\n\ngibt es vor Ort eine Kinderbetreuung? Dann würde ich mich gern anmelden.\n\nGruß\n{name}\n",
    "Hello,\n\nis the venue accessible by wheelchair? And is there parking nearby?\n\nThanks,\n{name}\n",
    "Guten Tag,\n\nkönnen wir dort einen Infostand für unseren Verein aufbauen?\n\nMfG\n{name}\n",
]
AUTO_REPLY = "Vielen Dank für Ihre Nachricht. Ich bin bis zum {day}. Januar nicht im Büro und habe keinen Zugriff " \
             "auf meine E-Mails.\n\nMit freundlichen Grüßen\n{name}\n"
NEWSLETTER = "Liebe Mitglieder,\n\nhier unser Newsletter für Januar mit Terminen und Hinweisen.\n\n" \
             "Abmelden: https://newsletter.example/unsubscribe\n"


class MailMix:
    """A deterministic, realistic mix: mostly registrations in five languages, the rest what a real inbox holds."""

    def __init__(self, seed: int, tag: str):
        self.rnd = random.Random(seed)
        self.tag = tag  # keeps addresses distinct between mailboxes
        self.people: list[tuple[str, str, str, str]] = []  # (address, name, language, org) that registered
        self.n = 0

    def person(self) -> tuple[str, str, str, str]:
        lang = self.rnd.choices(list(FIRST), weights=[45, 25, 12, 9, 9])[0]
        first, last = self.rnd.choice(FIRST[lang]), self.rnd.choice(LAST[lang])
        address = f"p{self.n}.{self.tag}@verein{self.n % 97}.example"
        return address, f"{first} {last}", lang, self.rnd.choice(ORGS)

    def mail(self) -> bytes:
        self.n += 1
        roll = self.rnd.random()
        if roll < 0.08 and self.people:  # the same person again: a change of mind
            return self.change(*self.rnd.choice(self.people))
        if roll < 0.10 and self.people:
            return self.cancel(*self.rnd.choice(self.people))
        if roll < 0.15:
            address, name, _lang, _org = self.person()
            return self.build(address, name, "Frage zum MSO-Tag", self.rnd.choice(QUESTIONS).format(name=name))
        if roll < 0.19:
            address, name, _lang, _org = self.person()
            return self.build(address, name, "Automatische Antwort: Anmeldung",
                              AUTO_REPLY.format(day=self.rnd.randint(8, 28), name=name),
                              extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})
        if roll < 0.21:
            return self.build(f"newsletter@verband{self.n % 7}.example", "Verband Newsletter", "Newsletter Januar",
                              NEWSLETTER, extra={"List-Id": "<news.verband.example>",
                                                 "List-Unsubscribe": "<https://newsletter.example/unsubscribe>"})
        return self.register(*self.person(), html=roll > 0.90, reply=0.82 < roll <= 0.90)

    def register(self, address, name, lang, org, *, html=False, reply=False) -> bytes:
        self.people.append((address, name, lang, org))
        n = self.rnd.randint(1, 3)
        group = self.rnd.choice(GROUP_WORD[lang]).format(n=n)
        party = PARTY[lang] if self.rnd.random() < 0.2 else ""
        second = SECOND[lang].format(n=n % 3 + 1) if lang in SECOND and self.rnd.random() < 0.25 else ""
        text = REGISTER[lang].format(group=group, party=party, second=second, name=name, org=org)
        subject = self.rnd.choice(SUBJECTS[lang])
        extra = {}
        if reply:
            text += QUOTED_INVITATION
            subject = "Re: Einladung: Tag der Migrantenselbstorganisationen 2027"
            extra = {"In-Reply-To": INVITATION_ID, "References": INVITATION_ID}
        return self.build(address, name, subject, text, extra=extra, html=html)

    def change(self, address, name, lang, org) -> bytes:
        n = self.rnd.randint(1, 3)
        text = (f"Hallo,\n\nich habe mich schon angemeldet, möchte aber lieber in die AG {n} wechseln.\n\n"
                f"Viele Grüße\n{name}\n") if lang != "en" else \
            f"Hello,\n\nI registered earlier but would like to change to workshop {n} instead.\n\nBest,\n{name}\n"
        return self.build(address, name, "Änderung meiner Anmeldung" if lang != "en" else "Change", text)

    def cancel(self, address, name, lang, org) -> bytes:
        text = f"Hallo,\n\nleider muss ich meine Anmeldung zum MSO-Tag absagen.\n\nViele Grüße\n{name}\n"
        return self.build(address, name, "Absage", text)

    def build(self, address, name, subject, text, *, extra=None, html=False) -> bytes:
        msg = EmailMessage()
        msg["Received"] = (f"from mail.verein{self.n % 97}.example (mail.verein.example [198.51.100.{self.n % 250}]) "
                           f"by mx.muenster.example (Postfix) with ESMTPS id {self.n:08X}; "
                           f"{format_datetime(_when(self.n))}")
        msg["Received"] = (f"from [192.168.1.{self.n % 200}] (p5b{self.n:06x}.dip0.t-ipconnect.example "
                           f"[93.203.{self.n % 250}.{self.n % 199}]) by mail.verein{self.n % 97}.example "
                           f"(Postfix) with ESMTPSA; {format_datetime(_when(self.n))}")
        msg["DKIM-Signature"] = (f"v=1; a=rsa-sha256; c=relaxed/relaxed; d=verein{self.n % 97}.example; s=mail; "
                                 f"h=from:to:subject:date:message-id; bh={self._blob(32)}; b={self._blob(256)}")
        msg["Authentication-Results"] = (f"mx.muenster.example; dkim=pass header.d=verein{self.n % 97}.example; "
                                         "spf=pass smtp.mailfrom=verein.example")
        msg["User-Agent"] = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.6.1"
        msg["From"] = formataddr((name, address))
        msg["To"] = f"Tag der Migrantenselbstorganisationen <{MSO}>"
        msg["Subject"] = subject
        msg["Date"] = format_datetime(_when(self.n))
        msg["Message-ID"] = f"<{self.n}.{self.tag}.{self.rnd.getrandbits(40):x}@mail.example>"
        for key, value in (extra or {}).items():
            msg[key] = value
        msg.set_content(text)
        if html:
            body = "".join(f"<p>{line}</p>" for line in text.split("\n\n"))
            msg.add_alternative(f"<html><body style=\"font-family: Arial\">{body}</body></html>", subtype="html")
        return msg.as_bytes(policy=email.policy.SMTP)


    def _blob(self, size: int) -> str:
        import base64

        text = base64.b64encode(self.rnd.randbytes(size)).decode()
        return " ".join(text[i:i + 64] for i in range(0, len(text), 64))  # folded, as signers write it


def _when(n: int):
    import datetime as dt

    return dt.datetime(2027, 1, 12, 15, tzinfo=dt.timezone.utc) + dt.timedelta(seconds=n)


def fill_maildir(dovecot, user: str, mails) -> int:
    """Write mails into the user's INBOX as Maildir files; Dovecot gives UIDs in file-time order."""
    inbox = dovecot.run_dir / "mail" / user
    for sub in ("cur", "new", "tmp"):
        (inbox / sub).mkdir(parents=True, exist_ok=True)
    owner = pwd.getpwnam("nobody") if os.geteuid() == 0 else None
    count = 0
    for count, raw in enumerate(mails, 1):
        path = inbox / "new" / f"{1_700_000_000 + count}.M{count}P1.bench"
        path.write_bytes(raw)
        if owner:
            os.chown(path, owner.pw_uid, owner.pw_gid)
    if owner:
        for folder in (inbox.parent, inbox, *(inbox / s for s in ("cur", "new", "tmp"))):
            os.chown(folder, owner.pw_uid, owner.pw_gid)
    with dovecot.client(user) as client:  # let Dovecot index the folder now, not inside a timed run
        client.select_folder("INBOX")
        uids = client.search(["ALL"])
        client.fetch(uids, ["RFC822.SIZE", "INTERNALDATE", "FLAGS"])
    return count


# --- the SMTP server, in a process of its own -------------------------------------------


def sink_main() -> None:
    """`bench.py --sink`: aiosmtpd as in the tests; one line per accepted mail on stdout."""
    from servers import RecordingHandler, SmtpServer

    out_lock = threading.Lock()

    class Announcing(RecordingHandler):
        async def handle_DATA(self, server, session, envelope):
            with out_lock:
                sys.stdout.write(f"{time.time():.6f} {envelope.rcpt_tos[0]}\n")
                sys.stdout.flush()
            return "250 2.0.0 Message accepted"

    server = SmtpServer(mode="none", auth=False)
    server.handler = Announcing()
    server.start()
    sys.stdout.write(f"READY {server.port}\n")
    sys.stdout.flush()
    sys.stdin.read()  # until the benchmark closes the pipe
    server.stop()


class Sink:
    """The SMTP server process, and every mail it accepted: (time, recipient)."""

    def __init__(self):
        self.process = subprocess.Popen([sys.executable, __file__, "--sink"], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True)
        self.port = int(self.process.stdout.readline().split()[1])
        self.events: list[tuple[float, str]] = []
        self.changed = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            stamp, rcpt = line.split(" ", 1)
            with self.changed:
                self.events.append((float(stamp), rcpt.strip()))
                self.changed.notify_all()

    def count(self) -> int:
        return len(self.events)

    def wait_for(self, recipient: str, since: int, timeout: float) -> float | None:
        """Time the first mail to recipient arrived (among events[since:]); None after timeout."""
        deadline = time.monotonic() + timeout
        with self.changed:
            while True:
                for stamp, rcpt in self.events[since:]:
                    if rcpt == recipient:
                        return stamp
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                self.changed.wait(left)

    def stop(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=10)


# --- 1. the baseline: the bare minimum of the same job -----------------------------------


def baseline(dovecot, user: str, sink: Sink, batch_size: int = 100) -> tuple[int, float]:
    """Read every mail (SELECT, UID SEARCH, batched FETCH, parse, decode the body) and send one short answer."""
    from imapclient import IMAPClient

    started = time.perf_counter()
    imap = IMAPClient(dovecot.host, dovecot.port, ssl=False, timeout=30)
    imap.login(user, PASSWORD)
    imap.select_folder("INBOX")
    uids = imap.search(["ALL"])
    smtp = smtplib.SMTP(dovecot.host, sink.port, timeout=30)
    count = 0
    for start in range(0, len(uids), batch_size):
        chunk = uids[start:start + batch_size]
        for uid, item in imap.fetch(chunk, ["BODY.PEEK[]"]).items():
            msg = email.message_from_bytes(item[b"BODY[]"], policy=email.policy.default)
            body = msg.get_body(("plain", "html"))
            text = body.get_content() if body is not None else ""
            sender = parseaddr(str(msg.get("From", "")))[1]
            reply = EmailMessage()
            reply["From"] = MSO
            reply["To"] = sender
            reply["Subject"] = "Re: " + str(msg.get("Subject", ""))
            reply["Message-ID"] = make_msgid(domain="muenster.example")
            reply["In-Reply-To"] = str(msg.get("Message-ID", ""))
            reply.set_content(f"Vielen Dank, wir haben Ihre Mail erhalten ({len(text)} Zeichen).\n")
            smtp.send_message(reply, from_addr=MSO, to_addrs=[sender])
            count += 1
    smtp.quit()
    imap.logout()
    return count, time.perf_counter() - started


# --- mailbot as a subprocess -------------------------------------------------------------


ONE_PROCESS = False  # --one-process: [worker] parse_process = false


WORKGROUPS = (
    (1, "Menschen mit Migrationsvorgeschichte im Bildungssystem", '["Bildung", "Schule"]'),
    (2, "Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
     '["Zukunftsprozess", "Stadtentwicklung"]'),
    (3, "Förderungsmöglichkeiten und effektives Vereinsmanagement", '["Förderung", "Vereinsmanagement"]'),
)
EVENT_NAME = "Tag der Migrantenselbstorganisationen"
VENUE = "Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster"


def event_starts():
    import datetime as dt

    return (dt.datetime.now() + dt.timedelta(days=60)).replace(hour=10, minute=0, second=0, microsecond=0)


def write_config(folder: Path, dovecot, user: str, sink: Sink, mails: int) -> Path:
    import datetime as dt

    starts = event_starts()
    capacity = max(30, int(mails * 0.33))  # most are confirmed; the last ones wait
    groups = "".join(
        f'[[workgroups]]\nid = "AG{n}"\ntitle = "{title}"\ncapacity = {capacity}\naliases = {aliases}\n\n'
        for n, title, aliases in WORKGROUPS)
    path = folder / "config.toml"
    path.write_text(f"""\
[event]
name = "{EVENT_NAME}"
starts = {starts.isoformat()}
ends = {(starts + dt.timedelta(hours=6)).isoformat()}
timezone = "Europe/Berlin"
venue = "{VENUE}"
registration_address = "{MSO}"
registration_deadline = {(starts - dt.timedelta(days=7)).isoformat()}
capacity = {capacity * 3}
reminders = ["7d", "1d"]

{groups}
[imap]
host = "{dovecot.host}"
port = {dovecot.port}
security = "none"
username = "{user}"
password_env = "MAILBOT_IMAP_PASSWORD"

[smtp]
host = "{dovecot.host}"
port = {sink.port}
security = "none"
from_address = "{MSO}"
from_name = "Tag der Migrantenselbstorganisationen"

[coordinator]
emails = ["{COORDINATOR}"]

[database]
path = "{folder / 'mailbot.db'}"

[worker]
parse_process = {"false" if ONE_PROCESS else "true"}

[safety]
# the benchmark measures a big legitimate backlog: the flood limits would hold most of it
new_registrations_per_hour = 1000000
answers_per_hour = 1000000
""", encoding="utf-8")
    return path


def mailbot_env() -> dict:
    return {**os.environ, "MAILBOT_IMAP_PASSWORD": PASSWORD, "PYTHONPATH": str(ROOT)}


# `python -m mailbot`, plus a line at exit with the process's own peak RSS (VmHWM, the
# high-water mark of its own memory) and its largest reaped child's (its parse process).
_RUN_WITH_PEAKS = """\
import atexit, os, resource, runpy, sys
def _peaks():
    hwm = [line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM:")][0]
    with open(os.environ["BENCH_PEAKS_FILE"], "w") as f:
        f.write(f"{hwm} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}\\n")
atexit.register(_peaks)
if os.environ.get("BENCH_PROFILE"):  # where the worker's time goes: cProfile stats at exit
    import cProfile
    _profile = cProfile.Profile()
    atexit.register(lambda: (_profile.disable(), _profile.dump_stats(os.environ["BENCH_PROFILE"])))
    _profile.enable()
sys.argv[0] = "mailbot"
runpy.run_module("mailbot", run_name="__main__", alter_sys=True)
"""


def run_once(config: Path) -> tuple[float, int, str]:
    """`mailbot run-once` as cron would run it: (wall seconds, peak RSS in KiB, its summary line).

    The peak RSS is the SUM of the worker's own peak and its parse process's peak
    (a big pass parses in a second process, mailbot/parallel.py), as if both peaked
    at the same moment. `wait4` (what /usr/bin/time shows) cannot give this: Linux
    reports there max(own peak, peak of any reaped child), not a sum, and it counts
    the memory of the process that started it: at exec Linux carries the old memory's
    high-water mark over into ru_maxrss, and a process started with vfork (as
    subprocess does) had its parent's memory until then, here the benchmark's own
    ~100 MB. So the worker runs under a few lines that write at exit its VmHWM from
    /proc/self/status (the high-water mark of its own memory only) and getrusage's
    RUSAGE_CHILDREN ru_maxrss: its largest reaped child's peak. A run-once starts at
    most one parse process and reaps it before the pass ends; that figure is at least
    the worker's size when it started the child (the same carry-over), well below what
    the parse process reaches by itself once it loads the language model.
    """
    out_path = config.parent / "run-once.out"
    peaks_path = config.parent / "run-once.peaks"
    with open(out_path, "w") as out:
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-c", _RUN_WITH_PEAKS, "run-once", "--config", str(config)],
                                   env={**mailbot_env(), "BENCH_PEAKS_FILE": str(peaks_path)},
                                   stdout=out, stderr=subprocess.STDOUT)
        _pid, status, usage = os.wait4(process.pid, 0)  # its rusage, like /usr/bin/time
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
    text = out_path.read_text(errors="replace").strip()
    if process.returncode != 0:
        raise RuntimeError(f"run-once failed ({process.returncode}):\n{text}")
    own, child = (int(v) for v in peaks_path.read_text().split())
    _say(f"  peak RSS: worker {own / 1024:.0f} MB + parse process {child / 1024:.0f} MB "
         f"(wait4's ru_maxrss: {usage.ru_maxrss / 1024:.0f} MB)")
    return seconds, own + child, text.splitlines()[-1] if text else ""


# --- 4./5. serve: latency and idle cost -----------------------------------------------


def serve_latency_and_idle(dovecot, user: str, sink: Sink, folder: Path, count: int, idle: float):
    """Start `serve`, APPEND mails one at a time and time each answer; then measure it doing nothing."""
    from imapclient import IMAPClient

    config = write_config(folder, dovecot, user, sink, 1000)
    log = open(folder / "serve.log", "w")
    process = subprocess.Popen([sys.executable, "-m", "mailbot", "serve", "--config", str(config)],
                               env=mailbot_env(), stdout=log, stderr=subprocess.STDOUT)
    try:
        _wait_for_text(folder / "serve.log", "serving", 20)
        time.sleep(2.0)  # the first pass and IDLE are under way
        mix = MailMix(seed=7, tag="lat")
        latencies, missing = [], 0
        imap = IMAPClient(dovecot.host, dovecot.port, ssl=False, timeout=30)
        imap.login(user, PASSWORD)
        for i in range(count):
            address, name, lang, org = mix.person()
            mix.n += 1
            raw = mix.register(address, name, lang, org)
            since = sink.count()
            appended = time.time()
            imap.append("INBOX", raw)
            arrived = sink.wait_for(address, since, timeout=15)
            if arrived is None:
                missing += 1
            else:
                latencies.append(arrived - appended)
            time.sleep(0.2)
        imap.logout()
        time.sleep(3.0)  # let the last pass finish
        before = _cpu_seconds(process.pid)
        time.sleep(idle)
        used = _cpu_seconds(process.pid) - before
        peak_kib = _peak_kib(process.pid)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
    return latencies, missing, used, peak_kib


def _peak_kib(pid: int) -> int:
    """The process's own high-water mark of memory (VmHWM), from /proc."""
    status = Path(f"/proc/{pid}/status").read_text()
    return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")))


def _wait_for_text(path: Path, text: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if text in path.read_text(errors="replace"):
            return
        time.sleep(0.05)
    raise RuntimeError(f"serve did not start:\n{path.read_text(errors='replace')}")


def _cpu_seconds(pid: int) -> float:
    """utime + stime of a process (all its threads), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# --- 6. the parser -------------------------------------------------------------------


def parser_rate(rounds: int) -> tuple[float, int]:
    """parse_message alone over the dev corpus, repeated: mails per CPU second of one core."""
    from mailbot.config import load_config
    from mailbot.parsing import parse_message

    corpus = ROOT.parent / "shared" / "corpus" / "dev"
    if (corpus / "config.toml").exists():
        config, paths = load_config(corpus / "config.toml"), sorted((corpus / "mails").glob("*.eml"))
    else:
        own = ROOT / "tests" / "mails" / "parse"
        config, paths = load_config(own / "event.toml"), sorted(own.glob("*.eml"))
    raws = [p.read_bytes() for p in paths]
    for raw in raws:  # warm-up: compiled patterns, the per-config matcher
        parse_message(raw, config)
    started = time.process_time()
    for _ in range(rounds):
        for raw in raws:
            parse_message(raw, config)
    return len(raws) * rounds / (time.process_time() - started), len(raws) * rounds


# --- 7. the database at scale --------------------------------------------------------


def database_scale(folder: Path, registrations: int) -> dict[str, float]:
    """`mailbot status` and exports as the coordinator runs them, with many registrations in the file."""
    from bench_desk import CONFIG, seed

    from mailbot import store
    from mailbot.config import load_config

    (folder / "Maildir").mkdir()
    path = folder / "config.toml"
    path.write_text(CONFIG, encoding="utf-8")
    config = load_config(path)
    db = store.open_db(config.database_path)
    seed(db, registrations)
    db.close()
    times = {}
    for label, args in (("status", ["status"]),
                        ("export csv", ["export", "-o", str(folder / "list.csv")]),
                        ("export xlsx", ["export", "--format", "xlsx", "-o", str(folder / "list.xlsx")])):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "mailbot", *args, "--config", str(path)], env=mailbot_env(),
                       check=True, capture_output=True, cwd=folder)
        times[label] = time.perf_counter() - started
    return times


# --- --realistic: a backlog of real-length mail ------------------------------------------


def long_mails(count: int, seed: int):
    """Registrations of real length (bench/longmail.py): 5-40 lines of text, the quoted invitation,
    a signature with disclaimer, an HTML part; one in five HTML only, as Outlook sends."""
    from longmail import Event, LongMails

    event = Event(EVENT_NAME, VENUE, event_starts(), MSO, tuple((f"AG{n}", title) for n, title, _a in WORKGROUPS))
    gen, rnd = LongMails(event, seed=seed, tag=f"r{seed}"), random.Random(seed)
    for _ in range(count):
        yield gen.mail(rnd.randint(5, 40), "html" if rnd.random() < 0.2 else "alternative").raw


def realistic(count: int) -> int:
    """The backlog of `count` long registrations: the bare job and `run-once` in the same run, peak RSS."""
    from servers import IMAP_USER, Dovecot, make_test_ca

    from mailbot.config import load_config
    from mailbot.parsing import parse_message

    table = Table()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="mailbot-bench-") as tmp:
        tmp = Path(tmp)
        dovecot = Dovecot(make_test_ca(tmp / "ca"), users={IMAP_USER: PASSWORD, "backlog": PASSWORD}).start()
        sink = Sink()
        try:
            _say(f"writing {count} long mails")
            raws = list(long_mails(count, seed=11))
            fill_maildir(dovecot, "backlog", raws)
            (tmp / "big").mkdir()
            config_path = write_config(tmp / "big", dovecot, "backlog", sink, count)

            _say("parse alone")
            config, sample = load_config(config_path), raws[:500]
            for raw in sample[:50]:
                parse_message(raw, config)
            cpu = time.process_time()
            for raw in sample:
                parse_message(raw, config)
            parse_rate = len(sample) / (time.process_time() - cpu)

            _say("baseline")
            before = sink.count()
            base_count, base_seconds = baseline(dovecot, "backlog", sink)
            assert sink.count() - before == base_count, "the SMTP server missed baseline mails"
            base_rate = base_count / base_seconds

            _say("run-once on the backlog")
            before = sink.count()
            seconds, rss, summary = run_once(config_path)
            delivered = sink.count() - before
            _say(f"  {summary}; {delivered} delivered in {seconds:.1f} s")
        finally:
            sink.stop()
            dovecot.cleanup()
    size = sum(map(len, raws)) / len(raws) / 1024
    bot_rate = count / seconds
    ratio = bot_rate / base_rate
    table.add(f"mails: registrations with 5-40 lines, quoted invitation, signature, HTML ({size:.1f} KB avg)",
              f"{count:,}")
    table.add("baseline: imapclient + email + smtplib", f"{base_rate:.0f} mails/s ({base_seconds:.1f} s)",
              "(reference)")
    table.add("run-once backlog (end to end)", f"{bot_rate:.0f} mails/s ({seconds:.1f} s)")
    table.add("  ratio to baseline", f"{ratio:.2f}", ">= 0.67", ratio >= 0.67)
    table.add("  answers delivered", f"{delivered:,}")
    table.add("  its summary", summary[-90:])
    table.add("peak RSS run-once (worker + parse process)", f"{rss / 1024:.0f} MB", "<= 150 MB", rss <= 150 * 1024)
    table.add(f"parse alone, {len(sample)} of these mails, one core", f"{parse_rate:.0f} mails/s")
    print()
    print(table.markdown())
    print(f"\n({os.cpu_count()} cores; {'one process' if ONE_PROCESS else 'parse process'}; "
          f"whole benchmark {time.perf_counter() - started:.0f} s)")
    return 0 if all(r[3] != "FAIL" for r in table.rows) else 1


# --- the table -----------------------------------------------------------------------


class Table:
    def __init__(self):
        self.rows: list[tuple[str, str, str, str]] = []

    def add(self, metric: str, value: str, target: str = "", ok: bool | None = None) -> None:
        self.rows.append((metric, value, target, "" if ok is None else ("pass" if ok else "FAIL")))

    def markdown(self) -> str:
        head = ("metric", "value", "target", "")
        widths = [max(len(r[i]) for r in [head, *self.rows]) for i in range(4)]
        line = lambda r: "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |"  # noqa: E731
        return "\n".join([line(head), "|" + "|".join("-" * (w + 2) for w in widths) + "|",
                          *(line(r) for r in self.rows)])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true",
                    help="1,000 mails, 20 latency mails, 10 s idle, 10,000 registrations: under a minute")
    ap.add_argument("--mails", type=int, help="mails in the backlog (default 10,000; --quick 1,000)")
    ap.add_argument("--one-process", action="store_true",
                    help="run mailbot with [worker] parse_process = false (parsing in the worker itself)")
    ap.add_argument("--realistic", action="store_true",
                    help="only the backlog, of 2,000 real-length registrations (5-40 lines, quoted invitation, "
                         "signature, HTML): baseline, run-once, peak RSS")
    ap.add_argument("--sink", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    global ONE_PROCESS
    ONE_PROCESS = args.one_process
    if args.sink:
        sink_main()
        return 0
    if args.realistic:
        return realistic(args.mails or 2_000)
    sizes = QUICK if args.quick else Sizes()
    if args.mails:
        sizes = Sizes(**{**sizes.__dict__, "backlog": args.mails})
    from servers import IMAP_USER, Dovecot, make_test_ca

    table = Table()
    bench_started = time.perf_counter()
    rate, parsed = parser_rate(sizes.parse_rounds)
    with tempfile.TemporaryDirectory(prefix="mailbot-bench-") as tmp:
        tmp = Path(tmp)
        users = {IMAP_USER: PASSWORD, "backlog": PASSWORD, "small": PASSWORD, "serve": PASSWORD}
        dovecot = Dovecot(make_test_ca(tmp / "ca"), users=users).start()
        sink = Sink()
        try:
            _say(f"writing {sizes.backlog} + {sizes.small} mails")
            mix = MailMix(seed=1, tag="b")
            fill_maildir(dovecot, "backlog", (mix.mail() for _ in range(sizes.backlog)))
            mix = MailMix(seed=2, tag="s")
            fill_maildir(dovecot, "small", (mix.mail() for _ in range(sizes.small)))

            _say("baseline")
            before = sink.count()
            base_count, base_seconds = baseline(dovecot, "backlog", sink)
            assert sink.count() - before == base_count, "the SMTP server missed baseline mails"
            base_rate = base_count / base_seconds

            _say("run-once on the backlog")
            (tmp / "big").mkdir()
            before = sink.count()
            seconds, rss_big, summary = run_once(write_config(tmp / "big", dovecot, "backlog", sink, sizes.backlog))
            delivered = sink.count() - before
            bot_rate = sizes.backlog / seconds
            _say(f"  {summary}; {delivered} delivered in {seconds:.1f} s")

            _say("run-once on the small mailbox")
            (tmp / "small").mkdir()
            _s, rss_small, summary_small = run_once(write_config(tmp / "small", dovecot, "small", sink, sizes.small))
            _say(f"  {summary_small}")

            _say(f"serve: {sizes.latency} mails one by one, then {sizes.idle:.0f} s idle")
            (tmp / "serve").mkdir()
            latencies, missing, idle_cpu, serve_kib = serve_latency_and_idle(dovecot, "serve", sink, tmp / "serve",
                                                                  sizes.latency, sizes.idle)
        finally:
            sink.stop()
            dovecot.cleanup()
        _say(f"database: {sizes.registrations} registrations")
        (tmp / "db").mkdir()
        db_times = database_scale(tmp / "db", sizes.registrations)

    table.add(f"baseline: imapclient + email + smtplib, {base_count:,} mails", f"{base_rate:.0f} mails/s",
              "(reference)")
    ratio = bot_rate / base_rate
    table.add(f"run-once backlog, {sizes.backlog:,} mails (end to end)", f"{bot_rate:.0f} mails/s ({seconds:.1f} s)")
    table.add("  ratio to baseline", f"{ratio:.2f}", ">= 0.67", ratio >= 0.67)
    table.add("  confirmations etc. delivered", f"{delivered:,}")
    flat = rss_big <= rss_small * 1.25 + 5 * 1024
    table.add(f"peak RSS run-once, {sizes.small:,} mails", f"{rss_small / 1024:.0f} MB", "<= 150 MB",
              rss_small <= 150 * 1024)
    table.add(f"peak RSS run-once, {sizes.backlog:,} mails", f"{rss_big / 1024:.0f} MB", "<= 150 MB, flat",
              rss_big <= 150 * 1024 and flat)
    if latencies:
        q = statistics.quantiles(latencies, n=20, method="inclusive") if len(latencies) > 1 else latencies * 19
        table.add(f"serve latency APPEND -> SMTP, p50 ({len(latencies)} mails)",
                  f"{statistics.median(latencies):.2f} s")
        table.add("serve latency p95", f"{q[18]:.2f} s", "<= 2 s", q[18] <= 2.0 and not missing)
    if missing:
        table.add("serve: mails without an answer within 15 s", str(missing), "0", False)
    table.add(f"serve peak RSS ({sizes.latency} mails one by one, then idle)", f"{serve_kib / 1024:.0f} MB",
              "<= 150 MB", serve_kib <= 150 * 1024)
    share = idle_cpu / sizes.idle * 100
    table.add(f"serve idle CPU over {sizes.idle:.0f} s", f"{idle_cpu:.2f} s = {share:.2f} % of a core", "< 0.5 %",
              share < 0.5)
    table.add(f"parse alone, dev corpus x{sizes.parse_rounds} ({parsed} mails)", f"{rate:.0f} mails/s", ">= 300",
              rate >= 300)
    for label, took in db_times.items():
        table.add(f"mailbot {label}, {sizes.registrations:,} registrations", f"{took:.2f} s", "< 1 s", took < 1.0)
    print()
    print(table.markdown())
    print(f"\n({os.cpu_count()} cores; whole benchmark {time.perf_counter() - bench_started:.0f} s)")
    return 0 if all(r[3] != "FAIL" for r in table.rows) else 1


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
