"""SIGKILL at random and at chosen moments: every registration once, every answer once.

The random campaign (tests/killrun.py) is the proof; the chosen-moment tests
show that its window detection sees a real window hit and that a kill just
before the server accepts a mail causes no duplicate. Figures for
README.md, "Reliability and security": ``.venv/bin/pytest -m slow tests/test_kill.py -s``.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess

import pytest

from killrun import MAILBOT, RUN_TIMEOUT, KillCampaign, mailbot_env, message_id, query, registration_mail, write_config
from servers import RecordingHandler, SmtpServer


class KillingHandler(RecordingHandler):
    """Records like the fixture's handler, and SIGKILLs the client at a chosen SMTP step.

    ``kill_after_accepting = n``: after storing mail n (before "250" reaches the client),
    the exact unavoidable window. ``kill_at_rcpt = n``: at RCPT TO of mail n, before the
    server has accepted anything.
    """

    victim: int | None = None
    latency: float = 0.0  # seconds between the client's final "." and the server storing the mail
    kill_after_accepting: int | None = None
    kill_at_rcpt: int | None = None
    rcpts = 0

    def _kill(self) -> None:
        if self.victim is not None:
            os.kill(self.victim, signal.SIGKILL)
            self.victim = None

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        self.rcpts += 1
        if self.rcpts == self.kill_at_rcpt:
            self._kill()
        return await super().handle_RCPT(server, session, envelope, address, rcpt_options)

    async def handle_DATA(self, server, session, envelope):
        if self.latency:  # a real MTA writes its queue file first; meanwhile the client waits
            await asyncio.sleep(self.latency)
        reply = await super().handle_DATA(server, session, envelope)
        if reply.startswith("250") and len(self.received) == self.kill_after_accepting:
            self._kill()
        return reply


@pytest.fixture
def killing_smtpd(test_ca):
    server = SmtpServer(test_ca, auth=True)
    server.handler = KillingHandler()
    server.start()
    try:
        yield server
    finally:
        server.stop()


def _run_killed_by_server(config, env, handler) -> int:
    """Start run-once and let the SMTP handler kill it; returns the exit status (-9)."""
    proc = subprocess.Popen([*MAILBOT, "run-once", "--config", str(config)], env=env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    handler.victim = proc.pid
    try:
        return proc.wait(timeout=RUN_TIMEOUT)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _finish(config, env) -> str:
    done = subprocess.run([*MAILBOT, "run-once", "--config", str(config)], env=env,
                          capture_output=True, text=True, timeout=RUN_TIMEOUT)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_kill_in_the_window_sends_that_one_mail_twice_and_nothing_else(dovecot, killing_smtpd, tmp_path):
    for n in range(6):
        dovecot.append(registration_mail(n))
    config = write_config(tmp_path, dovecot, killing_smtpd)
    env = mailbot_env(dovecot, killing_smtpd)
    killing_smtpd.handler.kill_after_accepting = 3

    assert _run_killed_by_server(config, env, killing_smtpd.handler) == -signal.SIGKILL

    third = message_id(killing_smtpd.received[2].data)
    db = tmp_path / "mailbot.db"
    # the server has it, the database does not know: this is the window
    assert query(db, "SELECT state FROM outbox WHERE message_id = ?", [third]) == [("pending",)]
    assert _finish(config, env).endswith("; 4 verschickt")
    ids = [message_id(r.data) for r in killing_smtpd.received]
    assert len(ids) == 7 and ids.count(third) == 2 and len(set(ids)) == 6
    assert query(db, "SELECT count(*) FROM registrations") == [(6,)]


def test_kill_before_the_server_accepted_sends_nothing_twice(dovecot, killing_smtpd, tmp_path):
    for n in range(6):
        dovecot.append(registration_mail(n))
    config = write_config(tmp_path, dovecot, killing_smtpd)
    env = mailbot_env(dovecot, killing_smtpd)
    killing_smtpd.handler.kill_at_rcpt = 3

    assert _run_killed_by_server(config, env, killing_smtpd.handler) == -signal.SIGKILL

    assert _finish(config, env).endswith("; 4 verschickt")
    ids = [message_id(r.data) for r in killing_smtpd.received]
    assert len(ids) == 6 and len(set(ids)) == 6


def test_the_campaign_detects_a_window_hit(dovecot, killing_smtpd, tmp_path):
    """The detector the random campaign relies on must see a real hit (else it proves nothing)."""
    config = write_config(tmp_path, dovecot, killing_smtpd)
    campaign = KillCampaign(dovecot, killing_smtpd, config, seed=1)
    campaign.feed(4)
    killing_smtpd.handler.kill_after_accepting = 2
    assert _run_killed_by_server(config, campaign.env, killing_smtpd.handler) == -signal.SIGKILL
    assert campaign.stage(None) == "in the window"
    campaign.finish()
    campaign.check()
    assert campaign.figures.window_hits == 1


def _campaign(dovecot, smtpd, tmp_path, kills: int, seed: int, label: str = ""):
    config = write_config(tmp_path, dovecot, smtpd)
    campaign = KillCampaign(dovecot, smtpd, config, seed=seed)
    campaign.feed(30)
    figures = campaign.run(kills)
    print(f"\nkill test{label} (seed {seed}): {figures.line()}")
    campaign.check()
    assert figures.kills >= kills
    handled = dovecot_keyword_count(dovecot)
    assert handled == campaign.appended
    return figures


def dovecot_keyword_count(dovecot) -> int:
    with dovecot.client() as c:
        c.select_folder("INBOX", readonly=True)
        return len(c.search(["KEYWORD", "$MailbotHandled"]))


def test_random_kills_quick(dovecot, smtpd, tmp_path):
    _campaign(dovecot, smtpd, tmp_path, kills=8, seed=20270313)


@pytest.mark.slow
def test_random_kills_fifty(dovecot, smtpd, tmp_path):
    figures = _campaign(dovecot, smtpd, tmp_path, kills=50, seed=6)
    # the kills must have landed inside the work, not only at start-up, or the test proves little
    assert len(set(figures.stages) - {"start-up", "exiting"}) >= 2, figures.stages


@pytest.mark.slow
def test_random_kills_fifty_with_a_slow_smtp_server(dovecot, killing_smtpd, tmp_path):
    """With 20 ms between the final "." and the server's 250 the window is wider: it is counted, not lost."""
    killing_smtpd.handler.latency = 0.02
    figures = _campaign(dovecot, killing_smtpd, tmp_path, kills=50, seed=7, label=" with 20 ms SMTP latency")
    assert len(set(figures.stages) - {"start-up", "exiting"}) >= 2, figures.stages
