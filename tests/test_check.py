"""`mailbot check` against the real test Dovecot and aiosmtpd, and on a Maildir setup."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from mailbot.check import check_clock
from mailbot.cli import main
from mailbot.config import load_config
from mailbot.desk.words import words_for


def check(path, env=None):
    return CliRunner().invoke(main, ["check", "--config", str(path)], env=env, catch_exceptions=False)


def failures(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("FEHLER")]


def test_all_pass_against_the_test_servers(write_config, dovecot, smtpd):
    result = check(write_config(dovecot, smtpd))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert [line.split()[0] for line in lines[:-1]] == ["OK"] * (len(lines) - 1)
    names = [line.split(": ")[0].split(None, 1)[1] for line in lines[:-1]]
    assert names[:3] == ["Konfiguration", "Passwörter", f"IMAP {dovecot.host}:{dovecot.port}"]
    assert any(n.startswith("SMTP ") for n in names) and any(n.startswith("Datenbank ") for n in names)
    assert lines[-1] == f"Alle {len(lines) - 1} Prüfungen bestanden."


def test_a_wrong_imap_password_is_one_line(write_config, dovecot, smtpd, monkeypatch):
    path = write_config(dovecot, smtpd)
    monkeypatch.setenv("MAILBOT_IMAP_PASSWORD", "wrong")
    result = check(path)
    assert result.exit_code == 1
    (line,) = failures(result.output)
    assert line.startswith(f"FEHLER  IMAP {dovecot.host}:{dovecot.port}: ")
    assert "refused" in line and "Abhilfe: [imap].username und das Passwort prüfen" in line
    assert "wrong" not in line


def test_a_missing_folder_is_one_line(write_config, dovecot, smtpd):
    result = check(write_config(dovecot, smtpd, imap_extra={"folder": "Anmeldungen"}))
    assert result.exit_code == 1
    (line,) = failures(result.output)
    assert line.startswith("FEHLER  IMAP-Ordner 'Anmeldungen': ")
    assert "den Ordner auf dem Server anlegen oder [imap].folder" in line


def test_an_unreachable_smtp_server_is_one_line(write_config, dovecot, smtpd):
    path = write_config(dovecot, smtpd)
    smtpd.stop()
    result = check(path)
    assert result.exit_code == 1
    (line,) = failures(result.output)
    assert line.startswith("FEHLER  SMTP ") and "cannot connect" in line


def test_a_read_only_database_folder_is_one_line(write_config, tmp_path):
    """Run as an unprivileged user: root may write anywhere, so chmod alone proves nothing as root."""
    data = tmp_path / "data"
    data.mkdir()
    config = write_config()
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace(str(load_config(config).database_path), str(data / "mailbot.db")), encoding="utf-8")
    assert load_config(config).database_path == data / "mailbot.db"
    command = [sys.executable, "-m", "mailbot", "check", "--config", str(config)]
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("setpriv (util-linux) is needed to drop root for this test")
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
        for folder in tmp_path.parents[:2]:
            folder.chmod(folder.stat().st_mode | 0o011)  # let the unprivileged user reach tmp_path
        for item in [tmp_path, *tmp_path.rglob("*")]:
            item.chmod(0o777 if item.is_dir() else 0o666)
    data.chmod(0o555)
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, cwd="/")
    assert done.returncode == 1, done.stdout + done.stderr
    (line,) = failures(done.stdout)
    assert line.startswith(f"FEHLER  Datenbank {data / 'mailbot.db'}: kann in {data} nicht schreiben: "
                           "Permission denied")
    assert "dem mailbot-Benutzer Schreibrecht auf" in line


def test_a_broken_config_is_one_line(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text("[event]\nname = \n", encoding="utf-8")
    result = check(path)
    assert result.exit_code == 1
    (line,) = failures(result.output)
    assert line.startswith(f"FEHLER  Konfiguration: {path}: not valid TOML")


def test_maildir_setup_passes(maildir_config_file):
    result = check(maildir_config_file)
    assert result.exit_code == 0, result.output
    assert any(line.startswith("OK      Maildir: ") for line in result.output.splitlines())
    assert any(line.startswith("OK      Ausgabeordner ") for line in result.output.splitlines())


def test_an_unset_clock_fails(maildir_config_file):
    config = load_config(maildir_config_file)
    say = words_for(config)
    assert not check_clock(config, say, dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)).ok
    assert check_clock(config, say, dt.datetime(2027, 1, 1, tzinfo=dt.timezone.utc)).ok


def test_english_when_the_coordinator_reads_english(write_config, dovecot, smtpd):
    path = write_config(dovecot, smtpd, imap_extra={"folder": "Registrations"},
                        extra='[coordinator]\nlanguage = "en"\n')
    lines = check(path).output.splitlines()
    assert "FAILED  IMAP folder 'Registrations': " in "\n".join(lines)
    assert "fix: create the folder on the server" in "\n".join(lines)
    assert lines[-1] == f"1 of {len(lines) - 1} checks failed."


def test_an_untrusted_certificate_is_one_line(write_config, dovecot, smtpd):
    # Dovecot's certificate comes from the tests' own CA; without ca_file it is not trusted.
    path = write_config(dovecot, smtpd, imap_extra={"security": "ssl", "port": dovecot.tls_port})
    result = check(path)
    assert result.exit_code == 1
    (line,) = failures(result.output)
    assert line.startswith(f"FEHLER  IMAP {dovecot.host}:{dovecot.tls_port}: ")
    assert "TLS certificate verification failed" in line
    assert "Abhilfe: das Zertifikat des Servers wird nicht anerkannt: [imap].ca_file" in line
