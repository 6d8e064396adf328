"""Kill `mailbot run-once` with SIGKILL at random moments and check nothing is lost or sent twice.

Used by tests/test_kill.py (a quick variant in the default run, 50+ kills with
``-m slow``) and by tests/test_faults.py for its registration mails. The worker
runs as a real subprocess against a real Dovecot; aiosmtpd runs in the test
process, so it survives the kills and counts every mail it accepted.

The one window that cannot be closed: the SMTP server accepted a mail (it is
in ``smtpd.received``) but the process died before committing ``sent``. After
such a kill the outbox row is still 'pending' although its Message-ID was
received; the next run sends the very same bytes again. The campaign counts
these hits and checks that every other mail arrived exactly once.
"""

from __future__ import annotations

import collections
import dataclasses
import email.parser
import email.policy
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from email.message import EmailMessage
from pathlib import Path

from conftest import EVENT_TOML, toml_table

MAILBOT = [sys.executable, "-m", "mailbot"]
RUN_TIMEOUT = 120  # seconds a run-once that is not killed may take before the test fails

FIRST_NAMES = ["Marta", "Ali", "Olena", "Kwame", "Ngoc", "Samira", "Jonas", "Fatma", "Dmitri", "Amara",
               "Leyla", "Tomasz", "Chiara", "Yusuf", "Ines", "Pavel", "Zeynep", "Kofi", "Mina", "Rashid"]
LAST_NAMES = ["Lopes", "Yilmaz", "Kovalenko", "Mensah", "Nguyen", "Haddad", "Becker", "Demir", "Sokolov",
              "Diallo", "Rahimi", "Nowak", "Russo", "Aydin", "Ferreira", "Horvat", "Kaya", "Owusu", "Park", "Saleh"]


def person(n: int) -> tuple[str, str]:
    """A distinct (name, address) for every n below 400."""
    first, last = FIRST_NAMES[n % 20], LAST_NAMES[(n // 20) % 20]
    return f"{first} {last}", f"{first}.{last}.{n}@verein{n}.example".lower()


def registration_mail(n: int) -> bytes:
    """Registration n: its own sender, organisation and Message-ID; workgroup 1, 2 or 3 in turn."""
    name, address = person(n)
    msg = EmailMessage()
    msg["From"] = f"{name} <{address}>"
    msg["To"] = "mso-tag@muenster.example"
    msg["Subject"] = "Anmeldung"
    msg["Message-ID"] = f"<reg-{n}@verein{n}.example>"
    msg["Date"] = "Mon, 11 Jan 2027 09:00:00 +0100"
    msg.set_content(
        f"Guten Tag,\n\nich möchte mich für die Arbeitsgruppe {n % 3 + 1} anmelden.\n\n"
        f"Viele Grüße\n{name}\nKulturverein {LAST_NAMES[(n // 20) % 20]} Münster e.V.\n")
    return msg.as_bytes()


def write_config(folder: Path, dovecot, smtpd, *, batch_size: int = 5, name: str = "config.toml") -> Path:
    """A config with room for everyone (so every mail is a confirmation) and small fetch batches."""
    event = EVENT_TOML.replace("capacity = 30", "capacity = 500").replace("capacity = 90", "capacity = 1500")
    text = event + toml_table("imap", {
        "host": dovecot.host, "port": dovecot.port, "security": "none", "username": dovecot.user,
        "password_env": "MAILBOT_IMAP_PASSWORD", "timeout": 10, "batch_size": batch_size,
    }) + toml_table("smtp", {
        "host": smtpd.host, "port": smtpd.port, "security": "none", "username": smtpd.username,
        "password_env": "MAILBOT_SMTP_PASSWORD", "timeout": 10, "from_address": "mso-tag@muenster.example",
    }) + toml_table("database", {"path": str(folder / "mailbot.db")}) + toml_table("safety", {
        # these tests are about crashes, not floods: every mail is to be answered
        "new_registrations_per_hour": 100_000, "answers_per_hour": 100_000})
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def mailbot_env(dovecot, smtpd) -> dict[str, str]:
    return dict(os.environ, MAILBOT_IMAP_PASSWORD=dovecot.password, MAILBOT_SMTP_PASSWORD=smtpd.password)


def message_id(raw: bytes) -> str:
    headers = email.parser.BytesHeaderParser(policy=email.policy.default).parsebytes(raw)
    return str(headers["Message-ID"]).strip()


def query(db_path: Path, sql: str, params=()) -> list[tuple]:
    """Read the worker's database from outside, as the coordinator would (WAL allows it)."""
    if not db_path.exists():  # killed before the first run created it
        return []
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=30)
    try:
        return db.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):  # killed before the schema was created
            return []
        raise
    finally:
        db.close()


@dataclasses.dataclass
class Figures:
    """What a campaign did, for the test's assertions and for the README."""

    kills: int = 0
    runs: int = 0
    stages: collections.Counter = dataclasses.field(default_factory=collections.Counter)
    window_hits: int = 0
    mails: int = 0
    received: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        stages = ", ".join(f"{stage} {n}" for stage, n in sorted(self.stages.items()))
        return (f"{self.kills} kills in {self.runs} runs ({stages}); {self.mails} registrations, "
                f"{self.received} mails received, {self.window_hits} in the unavoidable window; "
                f"{self.seconds:.0f} s")


class KillCampaign:
    """Feeds registration mails, starts run-once, kills it after a seeded random delay."""

    def __init__(self, dovecot, smtpd, config_path: Path, *, seed: int, max_delay: float = 1.6):
        self.dovecot, self.smtpd, self.config_path = dovecot, smtpd, config_path
        self.db_path = config_path.parent / "mailbot.db"
        self.env = mailbot_env(dovecot, smtpd)
        self.random = random.Random(seed)
        self.max_delay = max_delay
        self.appended = 0
        self.extra = collections.Counter()  # Message-ID -> sends explained by the window
        self.figures = Figures()

    def feed(self, count: int) -> None:
        for _ in range(count):
            self.dovecot.append(registration_mail(self.appended))
            self.appended += 1

    def run(self, kills: int, feed_each: tuple[int, int] = (0, 3)) -> Figures:
        """Kill `kills` runs that were busy, feeding a few mails before each; then let it finish."""
        started = time.monotonic()
        for _ in range(kills * 4):  # bounded: a run that ends before its delay is no kill
            if self.figures.kills >= kills:
                break
            self.feed(self.random.randint(*feed_each))
            self.kill_one(self.random.uniform(0.05, self.max_delay))
        self.finish()
        self.figures.seconds = time.monotonic() - started
        self.figures.mails = self.appended
        self.figures.received = len(self.smtpd.received)
        return self.figures

    def kill_one(self, delay: float) -> None:
        before = self.progress()
        proc = self.start()
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=RUN_TIMEOUT)
            self.figures.kills += 1
            self.figures.stages[self.stage(before)] += 1
        else:
            assert proc.returncode == 0, f"run-once exited {proc.returncode}"
        self.figures.runs += 1

    def start(self) -> subprocess.Popen:
        return subprocess.Popen([*MAILBOT, "run-once", "--config", str(self.config_path)], env=self.env,
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def finish(self) -> None:
        """Runs without kills until one finds nothing left to do (bounded)."""
        for _ in range(5):
            done = subprocess.run([*MAILBOT, "run-once", "--config", str(self.config_path)], env=self.env,
                                  capture_output=True, text=True, timeout=RUN_TIMEOUT)
            self.figures.runs += 1
            assert done.returncode == 0, done.stderr
            if done.stdout.startswith("0 neue Mails; 0 verschickt"):
                return
        raise AssertionError("mailbot still had work after 5 undisturbed runs")

    # --- what a kill interrupted -----------------------------------------------------

    def progress(self) -> tuple:
        polled = query(self.db_path, "SELECT max(polled_at) FROM mailbox_state")
        return polled[0][0] if polled else None

    def stage(self, polled_before) -> str:
        """Where the killed run left the work, judged from the database (and the window check)."""
        if self.note_window():
            return "in the window"
        if self.progress() == polled_before:
            return "start-up"  # Python starting, connecting, logging in: the poll was not recorded yet
        if query(self.db_path, "SELECT count(*) FROM messages WHERE state = 'new'")[0][0]:
            return "handling"  # stored, not yet decided
        if query(self.db_path, "SELECT count(*) FROM outbox WHERE state = 'pending'")[0][0]:
            return "delivering"  # committed and queued, not yet sent (or in the SMTP transaction)
        last_uid = query(self.db_path, "SELECT coalesce(max(last_uid), 0) FROM mailbox_state")[0][0]
        if last_uid < self.appended:
            return "fetching"  # everything so far done, the next batch not stored yet
        if query(self.db_path, "SELECT count(*) FROM messages WHERE marked = 0")[0][0]:
            return "marking"
        return "exiting"

    def received_ids(self) -> collections.Counter:
        return collections.Counter(message_id(r.data) for r in list(self.smtpd.received))

    def note_window(self) -> bool:
        """True when the kill left a received mail 'pending': it will be sent again."""
        received = self.received_ids()
        hit = False
        for (mid,) in query(self.db_path, "SELECT message_id FROM outbox WHERE state = 'pending'"):
            if received[mid] > self.extra[mid]:  # every send of a still-pending row was unrecorded
                self.figures.window_hits += received[mid] - self.extra[mid]
                self.extra[mid] = received[mid]
                hit = True
        return hit

    # --- the promise -----------------------------------------------------------------

    def check(self) -> None:
        """Every registration once, every confirmation once (plus window resends), all marked."""
        registered = collections.Counter(
            e for (e,) in query(self.db_path, "SELECT email FROM registrations WHERE status = 'confirmed'"))
        expected = {person(n)[1] for n in range(self.appended)}
        assert set(registered) == expected
        assert max(registered.values()) == 1, [e for e, c in registered.items() if c > 1]
        assert query(self.db_path, "SELECT count(*) FROM registrations")[0][0] == self.appended
        assert query(self.db_path, "SELECT state, count(*) FROM messages GROUP BY state") == [
            ("processed", self.appended)]
        outbox = query(self.db_path, "SELECT message_id, to_addr, state FROM outbox")
        assert len(outbox) == self.appended and {s for _m, _t, s in outbox} == {"sent"}
        received = self.received_ids()
        for mid, _to, _state in outbox:
            assert received[mid] == 1 + self.extra[mid], (mid, received[mid], self.extra[mid])
        assert sum(received.values()) == self.appended + sum(self.extra.values())
        per_recipient = collections.Counter(r.rcpt_tos[0] for r in self.smtpd.received)
        assert set(per_recipient) == expected
        marked = query(self.db_path, "SELECT count(*) FROM messages WHERE marked = 1")[0][0]
        assert marked == self.appended
