"""Server faults injected for real: a cut IMAP connection, Dovecot restarts, refused logins,
SMTP 421/450/550, an SMTP server gone for many passes, and overlapping runs.

Each test checks the log line or the one "Error: ..." line, the exit status of
run-once (0 ok, 75 a server problem to retry later) and that nothing is lost:
every stored mail is handled and answered once the servers are back.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import datetime as dt
import logging
import select
import socket
import subprocess
import threading
import time

import pytest

from killrun import MAILBOT, RUN_TIMEOUT, mailbot_env, message_id, person, query, registration_mail, write_config
from mailbot.config import load_config
from mailbot.runner import Server, run_once
from servers import HOST, RecordingHandler, SmtpServer


# --- helpers ---------------------------------------------------------------------------------


class CuttingProxy:
    """A loopback TCP proxy to Dovecot that cuts the connection after `cut_after` bytes from the server.

    The cut happens once (the first connection that crosses the count); later
    connections pass through untouched, so the next run sees a healthy server.
    `on_cut` runs in the proxy thread right at the cut (e.g. to restart Dovecot).
    """

    def __init__(self, target_port: int, cut_after: int | None = None, on_cut=None):
        self.target_port = target_port
        self.cut_after, self.on_cut = cut_after, on_cut
        self.cuts = 0
        self.listener = socket.create_server((HOST, 0))
        self.port = self.listener.getsockname()[1]
        self.closing = threading.Event()
        self.threads: list[threading.Thread] = []

    def __enter__(self):
        self._spawn(self._accept)
        return self

    def __exit__(self, *exc):
        self.closing.set()
        self.listener.close()
        for thread in self.threads:
            thread.join(timeout=10)

    def _spawn(self, target, *args) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        self.threads.append(thread)
        thread.start()

    def _accept(self) -> None:
        self.listener.settimeout(0.1)
        while not self.closing.is_set():
            try:
                client, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            upstream = socket.create_connection((HOST, self.target_port), timeout=10)
            self._spawn(self._pump, client, upstream)

    def _pump(self, client: socket.socket, upstream: socket.socket) -> None:
        sent = 0
        with client, upstream:
            while not self.closing.is_set():
                readable, _, _ = select.select([client, upstream], [], [], 0.1)
                for side in readable:
                    data = side.recv(65536)
                    if not data:
                        return
                    if side is client:
                        upstream.sendall(data)
                        continue
                    if self.cut_after is not None and sent + len(data) >= self.cut_after:
                        client.sendall(data[:self.cut_after - sent])  # a truncated answer, then nothing
                        self._cut()
                        return
                    sent += len(data)
                    client.sendall(data)

    def _cut(self) -> None:
        self.cut_after = None
        self.cuts += 1
        if self.on_cut is not None:
            self.on_cut()


class GatedHandler(RecordingHandler):
    """Holds every mail at DATA until `gate` is set: a pass that is provably still running."""

    gate: threading.Event
    waiting = 0

    async def handle_DATA(self, server, session, envelope):
        self.waiting += 1
        deadline = time.monotonic() + 60
        while not self.gate.is_set() and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        return await super().handle_DATA(server, session, envelope)


def run_cli(config, env, *args) -> subprocess.CompletedProcess:
    return subprocess.run([*MAILBOT, "run-once", "--config", str(config), *args], env=env,
                          capture_output=True, text=True, timeout=RUN_TIMEOUT)


def one_error_line(done: subprocess.CompletedProcess) -> str:
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), done.stderr
    return lines[0]


def wait_until(condition, timeout: float = 30.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def received_ids(smtpd) -> collections.Counter:
    return collections.Counter(message_id(r.data) for r in list(smtpd.received))


def assert_all_answered_once(db, smtpd, count: int) -> None:
    """`count` registrations, each recorded once and answered exactly once."""
    assert query(db, "SELECT count(DISTINCT email), count(*) FROM registrations") == [(count, count)]
    assert query(db, "SELECT state, count(*) FROM messages GROUP BY state") == [("processed", count)]
    outbox = [m for (m,) in query(db, "SELECT message_id FROM outbox WHERE state = 'sent'")]
    assert len(outbox) == count
    assert received_ids(smtpd) == collections.Counter(outbox)


def registration_address(n: int) -> str:
    return person(n)[1]


def feed(dovecot, numbers) -> None:
    for n in numbers:
        dovecot.append(registration_mail(n))


# --- IMAP faults -----------------------------------------------------------------------------


def test_imap_connection_cut_mid_fetch(dovecot, smtpd, tmp_path):
    feed(dovecot, range(12))
    with CuttingProxy(dovecot.port, cut_after=6000) as proxy:
        dovecot.port, real_port = proxy.port, dovecot.port  # the config points at the proxy
        config = write_config(tmp_path, dovecot, smtpd, batch_size=3)
        dovecot.port = real_port
        env = mailbot_env(dovecot, smtpd)
        db = tmp_path / "mailbot.db"

        cut = run_cli(config, env)

        assert proxy.cuts == 1
        assert cut.returncode == 75
        line = one_error_line(cut)
        assert line.startswith(f"Error: IMAP server {HOST}:{proxy.port}: fetch failed: ")
        stored = query(db, "SELECT count(*) FROM messages")[0][0]
        assert 0 < stored < 12  # the cut fell inside the fetch
        # what was stored before the cut was handled and answered in the same run
        assert len(smtpd.received) == stored

        done = run_cli(config, env)
        assert done.returncode == 0, done.stderr
    assert_all_answered_once(db, smtpd, 12)


def test_dovecot_restarted_during_a_pass(dovecot, smtpd, tmp_path):
    feed(dovecot, range(12))
    with CuttingProxy(dovecot.port, cut_after=6000, on_cut=dovecot.restart) as proxy:
        dovecot.port, real_port = proxy.port, dovecot.port
        config = write_config(tmp_path, dovecot, smtpd, batch_size=3)
        dovecot.port = real_port
        env = mailbot_env(dovecot, smtpd)

        first = run_cli(config, env)
        assert first.returncode == 75 and proxy.cuts == 1
        assert "fetch failed" in one_error_line(first)
        second = run_cli(config, env)
        assert second.returncode == 0, second.stderr
    assert_all_answered_once(tmp_path / "mailbot.db", smtpd, 12)


def test_dovecot_restarted_between_passes(dovecot, smtpd, tmp_path):
    feed(dovecot, range(3))
    config = write_config(tmp_path, dovecot, smtpd)
    env = mailbot_env(dovecot, smtpd)
    assert run_cli(config, env).returncode == 0
    dovecot.restart()
    feed(dovecot, range(3, 6))

    done = run_cli(config, env)

    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "3 neue Mails: 3 angemeldet; 3 verschickt"
    assert_all_answered_once(tmp_path / "mailbot.db", smtpd, 6)


def test_dovecot_down_still_delivers_what_was_stored(dovecot, smtpd, tmp_path):
    """Mail stored before the outage is answered although IMAP is unreachable; exit 75."""
    feed(dovecot, range(2))
    config = write_config(tmp_path, dovecot, smtpd)
    env = mailbot_env(dovecot, smtpd)
    smtpd.stop()
    assert run_cli(config, env).returncode == 75  # stored and queued, SMTP down
    smtpd.start()
    dovecot.stop()

    done = run_cli(config, env)

    assert done.returncode == 75
    assert one_error_line(done) == (f"Error: IMAP server {HOST}:{dovecot.port}: cannot connect: Connection refused")
    assert done.stdout.strip() == "0 neue Mails; 2 verschickt"
    assert len(smtpd.received) == 2


def test_imap_login_refused_exits_75_and_delivers_what_was_stored(dovecot, smtpd, tmp_path):
    feed(dovecot, range(2))
    config = write_config(tmp_path, dovecot, smtpd)
    env = mailbot_env(dovecot, smtpd)
    smtpd.stop()
    run_cli(config, env)
    smtpd.start()

    done = run_cli(config, {**env, "MAILBOT_IMAP_PASSWORD": "wrong-password"})

    assert done.returncode == 75
    line = one_error_line(done)
    assert line.startswith(f"Error: IMAP server {HOST}:{dovecot.port}: login as 'mso-tag' refused: ")
    assert "wrong-password" not in done.stderr + done.stdout
    assert len(smtpd.received) == 2


# --- SMTP faults -----------------------------------------------------------------------------


def _later(seconds: float) -> str:
    return (dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=seconds)).isoformat()


def test_smtp_450_is_retried_with_backoff_then_sent(dovecot, smtpd, tmp_path):
    feed(dovecot, range(3))
    config = write_config(tmp_path, dovecot, smtpd)
    env = mailbot_env(dovecot, smtpd)
    db = tmp_path / "mailbot.db"
    smtpd.fail_next(1, 450, "mailbox busy")

    first = run_cli(config, env)

    # a 4xx is about this one mail: the others go out, the run is fine (exit 0)
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "3 neue Mails: 3 angemeldet; 2 verschickt, 1 für einen neuen Versuch vorgemerkt"
    assert query(db, "SELECT state, attempts, last_error FROM outbox ORDER BY id")[0] == (
        "pending", 1, f"SMTP server {HOST}:{smtpd.port}: DATA: 450 mailbox busy")
    assert query(db, "SELECT count(*) FROM audit WHERE action = 'deferred'") == [(1,)]
    # not due before the backoff (60 s) ...
    assert run_cli(config, env).stdout.strip() == "0 neue Mails; 0 verschickt"
    # ... then tried again (450 once more: the next try waits 120 s) ...
    smtpd.fail_next(1, 450, "mailbox busy")
    assert run_cli(config, env, "--now", _later(61)).stdout.strip() == (
        "0 neue Mails; 0 verschickt, 1 für einen neuen Versuch vorgemerkt")
    assert run_cli(config, env, "--now", _later(121)).stdout.strip() == "0 neue Mails; 0 verschickt"
    # ... and sent on the third attempt
    assert run_cli(config, env, "--now", _later(61 + 121)).stdout.strip() == "0 neue Mails; 1 verschickt"
    assert query(db, "SELECT state, attempts FROM outbox ORDER BY id") == [("sent", 3), ("sent", 1), ("sent", 1)]
    assert len(smtpd.received) == 3


def test_smtp_450_gives_up_after_max_attempts(dovecot, smtpd, tmp_path):
    feed(dovecot, range(1))
    config = write_config(tmp_path, dovecot, smtpd)
    text = config.read_text().replace('from_address = "mso-tag@muenster.example"',
                                      'from_address = "mso-tag@muenster.example"\nmax_attempts = 3')
    config.write_text(text)
    env = mailbot_env(dovecot, smtpd)
    smtpd.fail_next(10, 450)

    outputs = [run_cli(config, env, "--now", _later(seconds)) for seconds in (0, 61, 61 + 121, 1000, 5000)]

    assert [o.returncode for o in outputs] == [0] * 5
    assert outputs[2].stdout.strip() == "0 neue Mails; 0 verschickt, 1 fehlgeschlagen"
    assert "failed for good: gave up after 3 attempts" in outputs[2].stderr
    assert [o.stdout.strip() for o in outputs[3:]] == ["0 neue Mails; 0 verschickt"] * 2  # not retried forever
    assert query(tmp_path / "mailbot.db", "SELECT state, attempts FROM outbox") == [("failed", 3)]
    assert smtpd.received == []


def test_smtp_421_defers_the_queue_without_counting_attempts(dovecot, smtpd, tmp_path):
    feed(dovecot, range(3))
    config = write_config(tmp_path, dovecot, smtpd)
    env = mailbot_env(dovecot, smtpd)
    db = tmp_path / "mailbot.db"
    smtpd.fail_next(1, 421, "shutting down")

    first = run_cli(config, env)

    assert first.returncode == 75
    assert one_error_line(first) == f"Error: smtp: SMTP server {HOST}:{smtpd.port}: DATA: 421 shutting down"
    assert query(db, "SELECT state, attempts FROM outbox") == [("pending", 0)] * 3
    second = run_cli(config, env)
    assert second.returncode == 0 and second.stdout.strip() == "0 neue Mails; 3 verschickt"
    assert query(db, "SELECT state, attempts FROM outbox") == [("sent", 1)] * 3
    assert_all_answered_once(db, smtpd, 3)


def _fail_one_with_550(dovecot, smtpd, tmp_path):
    feed(dovecot, range(2))
    config = write_config(tmp_path, dovecot, smtpd)
    env = mailbot_env(dovecot, smtpd)
    smtpd.fail_next(1, 550, "no such user")
    first = run_cli(config, env)
    reg_id = query(tmp_path / "mailbot.db", "SELECT registration_id FROM outbox WHERE state = 'failed'")[0][0]
    return config, env, first, reg_id


def test_smtp_550_fails_the_mail_is_audited_and_not_retried(dovecot, smtpd, tmp_path):
    config, env, first, reg_id = _fail_one_with_550(dovecot, smtpd, tmp_path)
    db = tmp_path / "mailbot.db"

    assert first.returncode == 0, first.stderr  # the mail's fault, not the server's: no retry by cron
    assert first.stdout.strip() == "2 neue Mails: 2 angemeldet; 1 verschickt, 1 fehlgeschlagen"
    assert "failed for good" in first.stderr and "550 no such user" in first.stderr
    assert query(db, "SELECT kind, attempts FROM failed_deliveries") == [("confirmation", 1)]
    assert query(db, "SELECT detail FROM audit WHERE registration_id = ? AND action = 'failed'", [reg_id]) == [
        (f"confirmation to {registration_address(0)}: SMTP server {HOST}:{smtpd.port}: DATA: 550 no such user",)]
    again = run_cli(config, env, "--now", _later(7200))
    assert again.stdout.strip() == "0 neue Mails; 0 verschickt"
    assert len(smtpd.received) == 1


def test_smtp_550_flags_the_registration_for_review(dovecot, smtpd, tmp_path):
    _config, _env, _first, reg_id = _fail_one_with_550(dovecot, smtpd, tmp_path)
    status, workgroup, reasons = query(tmp_path / "mailbot.db",
                                       "SELECT status, workgroup, reasons FROM registrations WHERE id = ?", [reg_id])[0]
    assert (status, workgroup) == ("needs_review", "AG1")  # flagged, the place kept for the coordinator
    assert "550 no such user" in reasons


def test_smtp_unreachable_for_many_passes_then_everything_in_order(dovecot, smtpd, tmp_path):
    config = write_config(tmp_path, dovecot, smtpd)
    env = mailbot_env(dovecot, smtpd)
    db = tmp_path / "mailbot.db"
    smtpd.stop()
    for n in range(6):  # six passes (cron ticks), two new mails before each
        feed(dovecot, (2 * n, 2 * n + 1))
        down = run_cli(config, env)
        assert down.returncode == 75
        assert one_error_line(down) == (
            f"Error: smtp: SMTP server {HOST}:{smtpd.port}: cannot connect: Connection refused")
    assert query(db, "SELECT state, attempts, count(*) FROM outbox GROUP BY state") == [("pending", 0, 12)]
    smtpd.start()

    back = run_cli(config, env)

    assert back.returncode == 0 and back.stdout.strip() == "0 neue Mails; 12 verschickt"
    queued = [m for (m,) in query(db, "SELECT message_id FROM outbox ORDER BY id")]
    assert [message_id(r.data) for r in smtpd.received] == queued  # in the order of queueing
    assert_all_answered_once(db, smtpd, 12)


# --- serve -----------------------------------------------------------------------------------


@contextlib.contextmanager
def serving(config):
    stop = threading.Event()
    server = Server(config, stop)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        stop.set()
        thread.join(timeout=30)
        assert not thread.is_alive()


def test_serve_reconnects_after_dovecot_restarts(dovecot, smtpd, tmp_path, caplog, monkeypatch):
    monkeypatch.setenv("MAILBOT_IMAP_PASSWORD", dovecot.password)
    monkeypatch.setenv("MAILBOT_SMTP_PASSWORD", smtpd.password)
    config = load_config(write_config(tmp_path, dovecot, smtpd))
    caplog.set_level(logging.INFO, logger="mailbot")
    with serving(config):
        feed(dovecot, [0])
        wait_until(lambda: len(smtpd.received) == 1, what="the first answer")
        dovecot.restart()
        wait_until(lambda: "mailbox connection lost" in caplog.text, what="the reconnect log line")
        feed(dovecot, [1])
        wait_until(lambda: len(smtpd.received) == 2, what="the answer after the restart")
    line = next(r.getMessage() for r in caplog.records if "mailbox connection lost" in r.getMessage())
    assert line.endswith("reconnecting in 2 s")
    assert_all_answered_once(tmp_path / "mailbot.db", smtpd, 2)


# --- overlapping runs ------------------------------------------------------------------------


@pytest.fixture
def gated_smtpd(test_ca):
    server = SmtpServer(test_ca, auth=True)
    server.handler = GatedHandler()
    server.handler.gate = threading.Event()
    server.start()
    try:
        yield server
    finally:
        server.handler.gate.set()
        server.stop()


def test_a_cron_tick_during_a_slow_run_exits_0_with_a_message(dovecot, gated_smtpd, tmp_path):
    feed(dovecot, range(5))
    config = write_config(tmp_path, dovecot, gated_smtpd)
    env = mailbot_env(dovecot, gated_smtpd)
    slow = subprocess.Popen([*MAILBOT, "run-once", "--config", str(config)], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        wait_until(lambda: gated_smtpd.handler.waiting, what="the slow run to reach SMTP")
        tick = run_cli(config, env)
        gated_smtpd.handler.gate.set()
        out, err = slow.communicate(timeout=RUN_TIMEOUT)
    finally:
        if slow.poll() is None:
            slow.kill()
            slow.communicate()
    assert (tick.returncode, tick.stdout.strip(), tick.stderr) == (
        0, "Ein anderer mailbot-Durchlauf arbeitet gerade mit dieser Datenbank; nichts zu tun.", "")
    assert (slow.returncode, out.strip(), err) == (0, "5 neue Mails: 5 angemeldet; 5 verschickt", "")
    assert_all_answered_once(tmp_path / "mailbot.db", gated_smtpd, 5)


def test_serve_and_run_once_on_one_database_never_handle_a_mail_twice(dovecot, smtpd, tmp_path, monkeypatch):
    monkeypatch.setenv("MAILBOT_IMAP_PASSWORD", dovecot.password)
    monkeypatch.setenv("MAILBOT_SMTP_PASSWORD", smtpd.password)
    path = write_config(tmp_path, dovecot, smtpd, batch_size=3)
    env = mailbot_env(dovecot, smtpd)
    statuses = collections.Counter()
    with serving(load_config(path)):
        for burst in range(8):  # mail arrives while serve (woken by IDLE) and cron runs compete
            feed(dovecot, range(5 * burst, 5 * burst + 5))
            done = run_cli(path, env)
            statuses[done.returncode] += 1
            assert done.returncode == 0, done.stderr
        wait_until(lambda: len(smtpd.received) >= 40, what="40 answers")
    assert statuses == {0: 8}
    assert_all_answered_once(tmp_path / "mailbot.db", smtpd, 40)
