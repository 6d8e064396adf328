"""Progress bars: drawn on a terminal only; cron, systemd and pipes see the same output as before."""

from __future__ import annotations

import mailbox
import os
import pty
import subprocess
import sys

from mailbot.config import load_config
from mailbot.progress import progress
from mailbot.runner import run_once


def registration(n: int) -> bytes:
    return (f"From: Person {n} <p{n}@verein.example>\r\nTo: mso-tag@muenster.example\r\n"
            f"Subject: Anmeldung\r\nMessage-ID: <p{n}@verein.example>\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\n"
            f"Hallo, ich melde mich für AG{n % 3 + 1} an.\r\nPerson {n}\r\n").encode()


def fill(config, count: int) -> None:
    box = mailbox.Maildir(config.maildir, create=True)
    for n in range(count):
        box.add(registration(n))


def read_all(fd: int) -> bytes:
    out = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: the other side is closed
            return out
        if not chunk:
            return out
        out += chunk


def test_the_pass_reports_every_handled_mail(maildir_config_file):
    config = load_config(maildir_config_file)
    fill(config, 12)
    seen = []
    result = run_once(config, on_mail=lambda: seen.append(1))
    assert result.new == 12 and len(seen) == 12


def test_no_terminal_no_bar(maildir_config_file):
    """Under cron or systemd (no terminal) run-once prints its summary line and nothing else."""
    config = load_config(maildir_config_file)
    fill(config, 30)
    done = subprocess.run([sys.executable, "-m", "mailbot", "run-once", "--config", str(maildir_config_file)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout.splitlines() == [done.stdout.strip()] and done.stdout.startswith("30 neue Mails")
    assert "\x1b" not in done.stdout


def test_a_terminal_gets_a_bar_that_is_erased_at_the_end(maildir_config_file, tmp_path):
    """export with stderr on a pseudo-terminal: the bar is drawn there; stdout stays the plain line."""
    config = load_config(maildir_config_file)
    fill(config, 20)
    run_once(config)
    master, slave = pty.openpty()
    out = tmp_path / "list.xlsx"
    proc = subprocess.Popen([sys.executable, "-m", "mailbot", "export", "--config", str(maildir_config_file),
                             "-o", str(out)], stdout=subprocess.PIPE, stderr=slave, text=True)
    os.close(slave)
    stdout, _ = proc.communicate(timeout=120)
    drawn = read_all(master).decode("utf-8", "replace")
    os.close(master)
    assert proc.returncode == 0
    assert stdout == f"20 Anmeldung(en) in {out} geschrieben\n"
    assert "Export" in drawn and "\x1b[" in drawn  # drawn with terminal codes ...
    assert "\x1b[?25h" in drawn and drawn.endswith("\x1b[2K")  # cursor given back, the bar's line erased


def test_progress_draws_only_on_a_terminal(tmp_path):
    plain = tmp_path / "plain.txt"
    with open(plain, "w") as stream, progress("Mails", stream=stream, show_after=0) as advance:
        advance(5)
    assert plain.read_text() == ""
    master, slave = pty.openpty()
    with os.fdopen(slave, "w") as stream, progress("Mails", total=10, stream=stream, show_after=0) as advance:
        advance(5)
    drawn = read_all(master).decode("utf-8", "replace")
    os.close(master)
    assert "Mails" in drawn


def test_a_short_pass_shows_no_bar(tmp_path):
    master, slave = pty.openpty()
    with os.fdopen(slave, "w") as stream, progress("Mails", stream=stream, show_after=60) as advance:
        advance(3)
    drawn = read_all(master)
    os.close(master)
    assert drawn == b""
