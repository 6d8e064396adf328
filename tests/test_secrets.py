"""Secrets stay secret: not in logs, stderr, exceptions, the database or repr(config).

Also: TLS is verified by default, plaintext only to loopback hosts, and the
database (with its folder) is created readable by its owner only.
"""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from mailbot.config import load_config
from mailbot.errors import ConfigError, LoginError, ServerError
from mailbot.mailbox import ImapMailbox
from mailbot.runner import run_once
from servers import IMAP_PASSWORD, SMTP_PASSWORD

MAILBOT = [sys.executable, "-m", "mailbot"]
WRONG = "wrong-Secret-7f3a9c"
REGISTRATION = (
    "From: Marta Lopes <marta.lopes@verein-a.example>\r\nTo: mso-tag@muenster.example\r\n"
    "Subject: Anmeldung\r\nMessage-ID: <sec-1@verein-a.example>\r\nDate: Mon, 11 Jan 2027 09:00:00 +0100\r\n\r\n"
    "Ich melde mich für die Arbeitsgruppe 2 an.\r\n\r\nViele Grüße\r\nMarta Lopes\r\n"
).encode()


def database_bytes(config) -> bytes:
    """The database file and its WAL/SHM companions, as an attacker with the files would read them."""
    base = Path(config.database_path)
    return b"".join(p.read_bytes() for p in (base, Path(f"{base}-wal"), Path(f"{base}-shm")) if p.exists())


def assert_nowhere(secret: str, *texts: str | bytes) -> None:
    for text in texts:
        blob = text.encode() if isinstance(text, str) else text
        assert secret.encode() not in blob


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*MAILBOT, *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})}, check=False)


# --- logs, stderr, database -----------------------------------------------------------------


def test_a_debug_pass_logs_and_stores_no_password(dovecot, smtpd, config_file, caplog):
    dovecot.append(REGISTRATION)
    config = load_config(config_file)
    caplog.set_level(logging.DEBUG)  # imapclient's protocol log included

    result = run_once(config)

    assert result.sent == 1
    log_text = "\n".join(f"{r.getMessage()} {r.args!r} {r.exc_text or ''}" for r in caplog.records)
    assert caplog.records  # the pass did log
    assert_nowhere(IMAP_PASSWORD, log_text, database_bytes(config))
    assert_nowhere(SMTP_PASSWORD, log_text, database_bytes(config))


def test_the_cli_at_debug_prints_no_password(dovecot, smtpd, config_file):
    dovecot.append(REGISTRATION)
    env = {"MAILBOT_IMAP_PASSWORD": IMAP_PASSWORD, "MAILBOT_SMTP_PASSWORD": SMTP_PASSWORD}

    done = run_cli("run-once", "--verbose", "--config", str(config_file), env=env)

    assert done.returncode == 0, done.stderr
    assert "1 neue Mail" in done.stdout
    assert_nowhere(IMAP_PASSWORD, done.stdout, done.stderr)
    assert_nowhere(SMTP_PASSWORD, done.stdout, done.stderr)


def test_a_failing_imap_login_shows_no_password(dovecot, smtpd, config_file, caplog):
    caplog.set_level(logging.DEBUG)
    env = {"MAILBOT_IMAP_PASSWORD": WRONG, "MAILBOT_SMTP_PASSWORD": SMTP_PASSWORD}

    done = run_cli("run-once", "--verbose", "--config", str(config_file), env=env)

    assert done.returncode != 0
    assert "login as 'mso-tag' refused" in done.stderr
    assert_nowhere(WRONG, done.stdout, done.stderr, database_bytes(load_config(config_file)))
    # and in-process, the exception and every log record
    os.environ["MAILBOT_IMAP_PASSWORD"] = WRONG  # config_file's monkeypatch restores it
    with pytest.raises(LoginError) as info:
        ImapMailbox(load_config(config_file).imap).open()
    log_text = "\n".join(f"{r.getMessage()} {r.args!r}" for r in caplog.records)
    assert_nowhere(WRONG, str(info.value), repr(info.value), log_text)


def test_a_failing_smtp_login_shows_no_password(dovecot, smtpd, config_file, caplog, monkeypatch):
    dovecot.append(REGISTRATION)
    monkeypatch.setenv("MAILBOT_SMTP_PASSWORD", WRONG)
    caplog.set_level(logging.DEBUG)
    config = load_config(config_file)

    try:  # a refused login stops sending: reported in the result or raised, depending on the stage
        errors = " ".join(run_once(config).errors)
    except LoginError as exc:
        errors = f"{exc} {exc!r}"

    assert smtpd.received == []
    assert "refused" in errors
    log_text = "\n".join(f"{r.getMessage()} {r.args!r} {r.exc_text or ''}" for r in caplog.records)
    assert_nowhere(WRONG, log_text, errors, database_bytes(config))
    done = run_cli("run-once", "--verbose", "--config", str(config_file),
                   env={"MAILBOT_IMAP_PASSWORD": IMAP_PASSWORD, "MAILBOT_SMTP_PASSWORD": WRONG})
    assert done.returncode != 0 and "refused" in done.stderr
    assert_nowhere(WRONG, done.stdout, done.stderr)


def test_token_command_output_is_never_in_an_error(maildir_config_file, write_config, tmp_path):
    leaky = f"{sys.executable} -c \"import sys; print('{WRONG}', file=sys.stderr); sys.exit(3)\""
    config = load_config(write_config(smtp=_FakeServer(), smtp_extra={
        "auth": "xoauth2", "password_env": None, "token_command": leaky}))
    with pytest.raises(ConfigError) as info:
        config.smtp.secret()
    assert "exited with status 3" in str(info.value)
    assert_nowhere(WRONG, str(info.value))


class _FakeServer:
    """Just the attributes write_config reads; nothing listens (the test never connects)."""

    host, port, username, password = "127.0.0.1", 1, "mso-tag", "unused"


# --- where secrets come from ------------------------------------------------------------------


def test_repr_of_config_shows_no_secret(dovecot, smtpd, config_file):
    config = load_config(config_file, check_secrets=True)
    text = repr(config) + str(config)
    assert_nowhere(IMAP_PASSWORD, text)
    assert_nowhere(SMTP_PASSWORD, text)
    assert "MAILBOT_IMAP_PASSWORD" in text  # only where the secret is, never what it is


def test_password_file_from_the_systemd_credentials_directory(dovecot, smtpd, write_config, tmp_path, monkeypatch):
    credentials = tmp_path / "credentials"
    credentials.mkdir(mode=0o700)
    (credentials / "imap").write_text(IMAP_PASSWORD + "\n")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(credentials))
    config = load_config(write_config(dovecot, smtpd, imap_extra={
        "password_env": None, "password_file": "${CREDENTIALS_DIRECTORY}/imap"}))

    with ImapMailbox(config.imap) as box:
        assert box.uidvalidity() > 0
    assert_nowhere(IMAP_PASSWORD, repr(config))


def test_password_file_naming_an_unset_variable_is_a_clear_error(write_config, dovecot, smtpd, monkeypatch):
    monkeypatch.delenv("CREDENTIALS_DIRECTORY", raising=False)
    config = load_config(write_config(dovecot, smtpd, imap_extra={
        "password_env": None, "password_file": "${CREDENTIALS_DIRECTORY}/imap"}))
    with pytest.raises(ConfigError, match=r"\[imap\]\.password_file: .* names an unset variable"):
        config.imap.secret()


# --- TLS ------------------------------------------------------------------------------------


def test_imap_tls_is_verified_by_default(dovecot, write_config):
    # the test CA is not in the system's trust store: without ca_file the certificate must be refused
    config = load_config(write_config(dovecot, imap_extra={"security": "ssl", "port": dovecot.tls_port}))
    with pytest.raises(ServerError, match="certificate"):
        ImapMailbox(config.imap).open()


def test_imap_tls_works_with_the_configured_ca(dovecot, write_config, test_ca):
    config = load_config(write_config(dovecot, imap_extra={
        "security": "ssl", "port": dovecot.tls_port, "ca_file": str(test_ca.ca_file)}))
    with ImapMailbox(config.imap) as box:
        assert box.uidvalidity() > 0


@pytest.mark.parametrize("mode", ["ssl", "starttls"])
def test_smtp_tls_is_verified_by_default(smtpd_factory, write_config, mode):
    from mailbot.deliver import SmtpTransport, TemporaryFailure

    server = smtpd_factory(mode=mode)
    transport = SmtpTransport(load_config(write_config(smtp=server, smtp_extra={"security": mode})).smtp)
    with pytest.raises((TemporaryFailure, ServerError), match="certificate"):
        transport.send("mso-tag@muenster.example", "p@example.org", b"Subject: x\r\n\r\nx\r\n")
    assert server.received == []


@pytest.mark.parametrize("host", ["mail.muenster.example", "10.0.0.5", "192.168.1.1"])
def test_plaintext_is_refused_for_other_hosts(write_config, host, tmp_path):
    path = write_config(smtp=_FakeServer(), smtp_extra={"host": host})
    with pytest.raises(ConfigError, match=r"\[smtp\]\.security: \"none\" sends passwords and mail unencrypted"):
        load_config(path)


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "127.0.0.53"])
def test_plaintext_is_allowed_for_loopback_hosts(write_config, host):
    assert load_config(write_config(smtp=_FakeServer(), smtp_extra={"host": host})).smtp.security == "none"


# --- file modes -------------------------------------------------------------------------------


def test_database_and_its_folder_are_private(write_config, tmp_path, monkeypatch):
    old = os.umask(0o022)  # the usual umask: the modes below must come from mailbot, not from it
    try:
        folder = tmp_path / "state" / "mailbot"
        config_path = write_config()
        text = config_path.read_text().replace(f'path = "{tmp_path / "mailbot.db"}"',
                                               f'path = "{folder / "mailbot.db"}"')
        config_path.write_text(text)
        config = load_config(config_path)
        assert config.database_path == folder / "mailbot.db"
        run_once(config)
    finally:
        os.umask(old)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for file in folder.iterdir():  # the database, its WAL and SHM files, the pass lock
        assert stat.S_IMODE(file.stat().st_mode) & 0o077 == 0, file.name
    assert stat.S_IMODE((folder / "mailbot.db").stat().st_mode) == 0o600
