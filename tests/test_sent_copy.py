"""[imap] sent_folder keeps a copy of every answer; a database from a newer mailbot is refused."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

from mailbot import store
from mailbot.config import load_config
from mailbot.runner import run_once
from test_end_to_end import registration


def test_answers_are_copied_to_the_sent_folder_once(dovecot, smtpd, write_config):
    config = load_config(write_config(dovecot, smtpd, imap_extra={"sent_folder": "Sent"}))
    dovecot.append(registration())

    run_once(config)
    run_once(config)  # copies trail delivery by up to one pass
    run_once(config)

    assert len(smtpd.received) == 1
    assert len(dovecot.uids("Sent")) == 1
    with dovecot.client() as client:
        client.select_folder("Sent", readonly=True)
        (data,) = client.fetch(client.search("ALL"), ["BODY.PEEK[]", "FLAGS"]).values()
    assert data[b"BODY[]"] == smtpd.received[0].data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    assert b"\\Seen" in data[b"FLAGS"]


def test_a_database_from_a_newer_mailbot_is_refused(tmp_path, maildir_config_file):
    config = load_config(maildir_config_file)
    db = store.open_db(config.database_path)
    db.execute(f"PRAGMA user_version = {store.SCHEMA_VERSION + 1}")
    db.close()

    done = subprocess.run([sys.executable, "-m", "mailbot", "run-once", "--config", str(maildir_config_file)],
                          capture_output=True, text=True, env=os.environ.copy(), timeout=60)

    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "newer than this mailbot understands" in lines[0]
    check = sqlite3.connect(config.database_path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION + 1
    check.close()
