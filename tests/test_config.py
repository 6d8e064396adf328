"""Config mistakes: each gives one ConfigError line naming the file and the key."""

from __future__ import annotations

import subprocess
import sys
from types import SimpleNamespace

import pytest

from mailbot.config import load_config
from mailbot.errors import ConfigError

# stands in for a server in write_config: config tests need no running server
FAKE_IMAP = SimpleNamespace(host="127.0.0.1", port=1143, user="mso-tag", password="imap-secret")
FAKE_SMTP = SimpleNamespace(host="127.0.0.1", port=1025, username="mso-tag", password="smtp-secret")


@pytest.fixture
def good_config(write_config):
    return write_config(FAKE_IMAP, FAKE_SMTP)


def rewrite(path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test set-up: {old!r} not in the config"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def config_error(path, **kwargs) -> str:
    with pytest.raises(ConfigError) as info:
        load_config(path, **kwargs)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    return message


def test_the_fixture_config_is_valid(good_config):
    config = load_config(good_config, check_secrets=True)
    assert [wg.id for wg in config.workgroups] == ["AG1", "AG2", "AG3"]
    assert config.imap.port == 1143 and config.imap.secret() == "imap-secret"
    assert config.smtp.secret() == "smtp-secret"


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("password_env = \"MAILBOT_IMAP_PASSWORD\"", "pasword_env = \"X\"", "[imap].pasword_env: unknown key"),
    ("[database]", "[databse]", "[databse]: unknown section"),
    ("capacity = 30\n", "capacity = \"thirty\"\n", "[[workgroups]] #1.capacity: expected a whole number"),
    ("capacity = 90", "capacity = 0", "[event].capacity: must be positive, got 0"),
    ("capacity = 30\n", "capacity = -5\n", "[[workgroups]] #1.capacity: must be positive, got -5"),
    ("id = \"AG2\"", "id = \"AG1\"", "[[workgroups]] #2.id: duplicate workgroup id 'AG1'"),
    ("[event]", "[veranstaltung]", "[veranstaltung]: unknown section"),
    ("host = \"127.0.0.1\"\nport = 1143", "host = \"imap.example.org\"\nport = 1143",
     "[imap].security: \"none\" sends passwords and mail unencrypted"),
    ("port = 1025", "port = 70000", "[smtp].port: expected a port number 1-65535"),
    ("from_address = \"mso-tag@muenster.example\"", "from_address = \"not an address\"",
     "[smtp].from_address: expected an email address"),
    ("starts = 2027-03-13T10:00:00", "starts = \"next spring\"", "[event].starts: expected a date and time"),
    ("name = \"Tag", "name = Tag", "not valid TOML"),
], ids=["unknown-key", "unknown-section", "wrong-type", "event-capacity-zero", "workgroup-capacity-negative",
        "duplicate-workgroup", "renamed-section", "security-none-remote", "bad-port", "bad-email",
        "bad-date", "toml-syntax"])
def test_each_mistake_names_file_and_key(good_config, old, new, expected):
    rewrite(good_config, old, new)
    assert expected in config_error(good_config)


def test_missing_event_section(good_config):
    text = good_config.read_text(encoding="utf-8")
    good_config.write_text(text[text.index("[[workgroups]]"):], encoding="utf-8")
    assert config_error(good_config) == f"{good_config}: [event]: missing section"


def test_missing_imap_and_maildir(good_config):
    text = good_config.read_text(encoding="utf-8")
    start, end = text.index("[imap]"), text.index("[smtp]")
    good_config.write_text(text[:start] + text[end:], encoding="utf-8")
    assert "[imap]: missing section" in config_error(good_config)


def test_password_variable_not_set(good_config, monkeypatch):
    monkeypatch.delenv("MAILBOT_IMAP_PASSWORD")
    load_config(good_config)  # only commands that connect ask for the secret
    message = config_error(good_config, check_secrets=True)
    assert message.endswith("[imap].password_env: environment variable MAILBOT_IMAP_PASSWORD is not set")


def test_password_file_missing(good_config, tmp_path):
    rewrite(good_config, "password_env = \"MAILBOT_SMTP_PASSWORD\"", f"password_file = \"{tmp_path}/nope\"")
    assert f"[smtp].password_file: cannot read {tmp_path}/nope" in config_error(good_config, check_secrets=True)


def test_file_not_found(tmp_path):
    assert config_error(tmp_path / "nope.toml") == f"{tmp_path / 'nope.toml'}: file not found"


def test_maildir_variant_is_valid(maildir_config_file, tmp_path):
    config = load_config(maildir_config_file, check_secrets=True)
    assert config.imap is None and config.maildir == tmp_path / "Maildir"
    assert config.smtp is None and config.outdir == tmp_path / "outbox"
    assert config.database_path == tmp_path / "mailbot.db"


# --- the CLI -------------------------------------------------------------------------


@pytest.mark.parametrize("mistake", [("capacity = 90", "capacity = 0"), ("[event]", "[evnt]")],
                         ids=["bad-value", "bad-section"])
def test_cli_bad_config_gives_one_error_line(good_config, tmp_path, mistake):
    rewrite(good_config, *mistake)
    eml = tmp_path / "x.eml"
    eml.write_bytes(b"From: a@example.org\r\nSubject: hi\r\n\r\nHallo\r\n")
    done = subprocess.run([sys.executable, "-m", "mailbot", "parse", "--config", str(good_config), str(eml)],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode != 0
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(f"Error: {good_config}: ")
    assert done.stdout == ""
