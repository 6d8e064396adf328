"""A big pass parses in a second process (mailbot/parallel.py); nothing else about the pass changes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import mailbox
import os
import signal
import sqlite3
import subprocess
import sys
import time
from email.message import EmailMessage
from pathlib import Path

import pytest

from mailbot import parallel
from mailbot.stages import parse as parse_stage
from mailbot.config import load_config
from mailbot.parsing import language
from mailbot.worker import Worker

CLOCK = dt.datetime(2027, 1, 11, 9, 0, tzinfo=dt.timezone.utc)

TEXTS = [
    ("de", "Guten Tag,\n\nich möchte mich für die Arbeitsgruppe {ag} anmelden.\n\nViele Grüße\n{name}\n"),
    ("en", "Hello,\n\nI would like to register for workgroup {ag}, thank you very much.\n\nBest regards\n{name}\n"),
    ("tr", "Merhaba,\n\nÇalışma grubu {ag} için kayıt olmak istiyorum, teşekkürler.\n\nSaygılarımla\n{name}\n"),
    ("fr", "Bonjour,\n\nJe voudrais m'inscrire à l'atelier {ag}, merci beaucoup.\n\nCordialement\n{name}\n"),
    ("ru", "Здравствуйте,\n\nя хочу зарегистрироваться в рабочей группе {ag}.\n\nС уважением\n{name}\n"),
]
NAMES = ["Marta Lopes", "Ayşe Demir", "John Miller", "Claire Martin", "Olga Ivanova", "Kemal Yılmaz", "Anna Schmidt"]


def mails(count: int) -> list[bytes]:
    out = []
    for n in range(count):
        _lang, text = TEXTS[n % len(TEXTS)]
        name = NAMES[n % len(NAMES)]
        msg = EmailMessage()
        msg["From"] = f"{name} <person{n}@verein.example>"
        msg["To"] = "mso-tag@muenster.example"
        msg["Subject"] = "Anmeldung" if n % 9 else "Frage zur Anreise?"
        msg["Message-ID"] = f"<m{n}@verein.example>"
        msg["Date"] = "Mon, 11 Jan 2027 09:00:00 +0100"
        msg.set_content(text.format(ag=1 + n % 3, name=name))
        out.append(msg.as_bytes())
    out.append(b"\xff\xfe not a mail at all \x00")  # parse_message flags it; it never raises
    return out


def setup(maildir_config_file: Path, where: Path, count: int):
    config = load_config(maildir_config_file)
    where.mkdir()
    box = mailbox.Maildir(where / "Maildir", create=True)
    for raw in mails(count):
        box.add(raw)
    return dataclasses.replace(config, maildir=where / "Maildir", database_path=where / "mailbot.db",
                               outdir=where / "outbox")


def contents(config) -> dict:
    db = sqlite3.connect(config.database_path)
    try:
        return {
            "messages": db.execute("SELECT id, message_id, state, kind, parsed, registration_id, error "
                                   "FROM messages ORDER BY id").fetchall(),
            "registrations": db.execute("SELECT id, email, name, language, party_size, workgroup, status "
                                        "FROM registrations ORDER BY id").fetchall(),
            "outbox": db.execute("SELECT id, kind, dedupe_key, registration_id, message_row, to_addr, subject, in_reply_to "
                                  "FROM outbox ORDER BY id").fetchall(),
        }
    finally:
        db.close()


@pytest.fixture
def started(monkeypatch):
    """Every ParseProcess started during the test."""
    processes = []
    original = parallel.ParseProcess.__init__

    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        processes.append(self)

    monkeypatch.setattr(parallel.ParseProcess, "__init__", init)
    return processes


def run(config, **kwargs):
    w = Worker(config, clock=lambda: CLOCK, **kwargs)
    try:
        return w, w.run_pass()
    finally:
        w.db.close()


def test_a_big_pass_parses_in_a_second_process_with_the_same_result(maildir_config_file, tmp_path, started,
                                                                     monkeypatch):
    parallel_config = setup(maildir_config_file, tmp_path / "parallel", 50)
    here_config = setup(maildir_config_file, tmp_path / "here", 50)
    monkeypatch.setattr(language, "_identifier", None)  # the worker itself never needs the model then

    _w, result = run(parallel_config)
    assert len(started) == 1 and started[0].process.poll() is not None  # used, and gone after the pass
    assert language._identifier is None
    assert result.new == 51

    monkeypatch.setattr(parse_stage, "PARALLEL_MIN", 10**9)
    _w, here_result = run(here_config)
    assert len(started) == 1
    assert result.outcomes == here_result.outcomes
    got, expected = contents(parallel_config), contents(here_config)
    assert got == expected
    assert all(row[2] != "new" for row in got["messages"])  # every mail handled


def test_a_worker_holding_the_model_drops_it_when_a_parse_process_takes_over(maildir_config_file, tmp_path,
                                                                            started, monkeypatch):
    # A long-running serve has the model from its small passes; during a big pass the
    # parse process has its own, so the worker lets go of its copy (read again when needed).
    config = setup(maildir_config_file, tmp_path / "big", 50)
    language.detect_language("Hiermit melde ich mich zur Arbeitsgruppe an.")
    assert language._identifier is not None
    _w, result = run(config)
    assert len(started) == 1 and result.new == 51
    assert language._identifier is None
    assert language.detect_language("Hiermit melde ich mich zur Arbeitsgruppe an.") == "de"


def test_a_small_pass_parses_in_the_worker(maildir_config_file, tmp_path, started):
    config = setup(maildir_config_file, tmp_path / "small", 5)
    _w, result = run(config)
    assert started == [] and result.new == 6


def test_a_crashed_parse_process_falls_back_to_parsing_here(maildir_config_file, tmp_path, started, monkeypatch):
    crash_config = setup(maildir_config_file, tmp_path / "crash", 50)
    here_config = setup(maildir_config_file, tmp_path / "here", 50)
    original_submit = parallel.ParseProcess.submit
    submitted, parsed_here = [], []

    def submit(self, raws):
        submitted.append(len(raws))
        if len(submitted) == 3:  # dies with two chunks sent: the rest is never answered
            self.process.kill()
            self.process.wait()
        return original_submit(self, raws)

    original_parse = parse_stage.parse_within

    def parse_here(raw, config, seconds=None):
        parsed_here.append(1)
        return original_parse(raw, config, seconds)

    monkeypatch.setattr(parallel.ParseProcess, "submit", submit)
    monkeypatch.setattr(parse_stage, "parse_within", parse_here)
    _w, result = run(crash_config)
    assert len(started) == 1 and started[0].process.poll() is not None  # not started again in this pass
    assert len(parsed_here) >= 51 - 2 - 4  # at most the first two chunks came from the parse process
    assert result.new == 51

    monkeypatch.setattr(parse_stage, "PARALLEL_MIN", 10**9)
    _w, here_result = run(here_config)
    assert result.outcomes == here_result.outcomes
    assert contents(crash_config) == contents(here_config)  # no mail lost, none handled twice


def test_stop_ends_the_pass_between_mails_and_the_parse_process(maildir_config_file, tmp_path, started,
                                                                monkeypatch):
    config = setup(maildir_config_file, tmp_path / "stop", 50)
    original = Worker.handle_one
    handled = []

    def handle_one(self, row, raw, parsed=None):
        outcome = original(self, row, raw, parsed)
        handled.append(row)
        if len(handled) == 10:
            self.stop.set()  # as SIGTERM does
        return outcome

    monkeypatch.setattr(Worker, "handle_one", handle_one)
    _w, result = run(config)
    assert len(handled) == 10
    assert len(started) == 1 and started[0].process.poll() is not None
    states = [row[2] for row in contents(config)["messages"]]
    assert states[:10].count("new") == 0 and states[10:] == ["new"] * 41  # stored, handled next pass


def test_the_parse_process_ends_when_its_worker_is_killed(maildir_config_file, tmp_path):
    script = (
        "import sys, time\n"
        "from mailbot.config import load_config\n"
        "from mailbot.parallel import ParseProcess\n"
        "p = ParseProcess(load_config(sys.argv[1]))\n"
        "p.submit([b'Subject: x\\r\\n\\r\\nhello'])\n"
        "p.results()\n"
        "print(p.process.pid, flush=True)\n"
        "time.sleep(60)\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", script, str(maildir_config_file)], stdout=subprocess.PIPE,
                              text=True, env={**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)})
    try:
        child = int(parent.stdout.readline())
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and _alive(child):
            time.sleep(0.05)
        assert not _alive(child)
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        parent.stdout.close()


def _alive(pid: int) -> bool:
    """Running, not a zombie (an orphan is reaped by init, or by the container's first process)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_the_parse_process_can_be_switched_off(maildir_config_file, tmp_path, started):
    config = setup(maildir_config_file, tmp_path / "off", 50)
    config = dataclasses.replace(config, worker=dataclasses.replace(config.worker, parse_process=False))
    _w, result = run(config)
    assert started == [] and result.new == 51
