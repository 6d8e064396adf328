"""`mailbot backup`: a consistent, owner-only copy while another process keeps writing."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest
from click.testing import CliRunner

from mailbot import store
from mailbot.backup import BackupError, backup_database
from mailbot.cli import main
from mailbot.config import load_config

# A writer like serve: its own process, one transaction after another, rows big enough to
# span pages, until it is stopped.
WRITER = textwrap.dedent("""
    import sys
    from mailbot import store
    db = store.open_db(sys.argv[1])
    n = 0
    print("ready", flush=True)
    while True:
        with store.transaction(db):
            for _ in range(20):
                store.audit(db, "load", "x" * 3000 + str(n))
                n += 1
            db.execute("DELETE FROM audit WHERE id % 7 = 0")
""")


def test_backup_while_another_process_writes_is_consistent(maildir_config_file, tmp_path):
    config = load_config(maildir_config_file)
    store.open_db(config.database_path).conn.close()
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(config.database_path)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "ready"
        time.sleep(0.3)
        copies = []
        for n in range(5):
            result = CliRunner().invoke(main, ["backup", "--config", str(maildir_config_file),
                                               str(tmp_path / f"copy{n}.db")], catch_exceptions=False)
            assert result.exit_code == 0, result.output
            copies.append(tmp_path / f"copy{n}.db")
            time.sleep(0.1)
        assert writer.poll() is None, "the writer must still be running"
    finally:
        writer.terminate()
        writer.wait(timeout=20)
        writer.stdout.close()
    sizes = []
    for copy in copies:
        assert copy.stat().st_mode & 0o777 == 0o600
        conn = sqlite3.connect(copy)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        sizes.append(conn.execute("SELECT count(*) FROM audit WHERE action = 'load'").fetchone()[0])
        conn.close()
    assert sizes == sorted(sizes) and sizes[-1] > sizes[0] > 0  # each a later snapshot of a live database
    assert not list(tmp_path.glob(".*.partial"))


def test_a_folder_gets_dated_files_and_keep_prunes(maildir_config_file, tmp_path):
    import datetime as dt

    config = load_config(maildir_config_file)
    store.open_db(config.database_path).conn.close()
    folder = tmp_path / "backups"
    folder.mkdir()
    made = [backup_database(config.database_path, folder, keep=2, now=dt.datetime(2027, 1, day, 3, 0))
            for day in (1, 2, 3)]
    assert [p.name for p in sorted(folder.iterdir())] == ["mailbot-20270102-030000.db", "mailbot-20270103-030000.db"]
    assert made[-1].removed == (folder / "mailbot-20270101-030000.db",)


def test_the_cli_line(maildir_config_file, tmp_path):
    config = load_config(maildir_config_file)
    store.open_db(config.database_path).conn.close()
    result = CliRunner().invoke(main, ["backup", "-c", str(maildir_config_file), str(tmp_path / "b.db")])
    size = (tmp_path / "b.db").stat().st_size
    assert result.output == f"Sicherung geschrieben: {tmp_path / 'b.db'} ({size} Bytes, Integritätsprüfung ok)\n"


@pytest.mark.parametrize("case, message", [
    ("no-database", "no database at"), ("no-folder", "folder"), ("onto-itself", "is the live database itself")],
    ids=["no-database", "missing-folder", "onto-the-live-file"])
def test_errors_are_one_line(maildir_config_file, tmp_path, case, message):
    config = load_config(maildir_config_file)
    if case != "no-database":
        store.open_db(config.database_path).conn.close()
    dest = {"no-database": tmp_path / "b.db", "no-folder": tmp_path / "nowhere" / "b.db",
            "onto-itself": config.database_path}[case]
    result = CliRunner().invoke(main, ["backup", "-c", str(maildir_config_file), str(dest)])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and message in result.output and len(result.output.splitlines()) == 1
    with pytest.raises(BackupError):
        backup_database(config.database_path, dest)


def test_backup_while_serve_handles_a_backlog(dovecot, smtpd, config_file, tmp_path):
    """The issue's case: `mailbot serve` is storing, deciding and answering mail; backups taken meanwhile."""
    import os
    import signal

    from test_progress import registration

    for n in range(150):
        dovecot.append(registration(n))
    serve = subprocess.Popen([sys.executable, "-m", "mailbot", "serve", "--config", str(config_file)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=os.environ.copy())
    database = load_config(config_file).database_path
    copies = []
    try:
        deadline = time.monotonic() + 60
        while _stored(database) == 0 and time.monotonic() < deadline:  # serve has begun storing the backlog
            time.sleep(0.05)
        for n in range(6):
            result = CliRunner().invoke(main, ["backup", "-c", str(config_file), str(tmp_path / f"b{n}.db")])
            assert result.exit_code == 0, result.output
            copies.append(tmp_path / f"b{n}.db")
            time.sleep(0.3)
        assert serve.poll() is None, "serve must still be running"
    finally:
        serve.send_signal(signal.SIGTERM)
        serve.wait(timeout=30)
    counts = []
    for copy in copies:
        conn = sqlite3.connect(copy)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        counts.append(conn.execute("SELECT count(*) FROM messages").fetchone()[0]
                      + conn.execute("SELECT count(*) FROM outbox").fetchone()[0])
        conn.close()
    assert counts == sorted(counts) and counts[-1] > 0


def _stored(database) -> int:
    try:
        conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return 0
    try:
        return conn.execute("SELECT count(*) FROM messages").fetchone()[0]
    except sqlite3.Error:  # not there yet, or not migrated yet
        return 0
    finally:
        conn.close()
