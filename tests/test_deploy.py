"""deploy/: the systemd units verify, are hardened, and fit the config template; the cron line runs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mailbot.config import load_config

DEPLOY = Path(__file__).parent.parent / "deploy"
OPERATIONS = Path(__file__).parent.parent / "docs" / "operations.md"
SERVICES = ["mailbot.service", "mailbot-run-once.service"]
INSTALLED_MAILBOT = "/opt/mailbot/.venv/bin/mailbot"
VENV_MAILBOT = Path(sys.executable).parent / "mailbot"
HARDENING = {
    "NoNewPrivileges": "yes", "ProtectSystem": "strict", "ProtectHome": "yes", "PrivateTmp": "yes",
    "StateDirectory": "mailbot", "StateDirectoryMode": "0700", "UMask": "0077",
    "CacheDirectory": "mailbot", "CacheDirectoryMode": "0700",
    "RestrictAddressFamilies": "AF_INET AF_INET6 AF_UNIX",
}


def unit(name: str) -> list[tuple[str, str, str]]:
    """(section, key, value) for every setting; systemd allows a key more than once, so no dict."""
    section, entries = "", []
    for line in (DEPLOY / name).read_text().splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        key, _, value = line.partition("=")
        entries.append((section, key.strip(), value.strip()))
    return entries


def values(name: str, section: str, key: str) -> list[str]:
    return [v for s, k, v in unit(name) if (s, k) == (section, key)]


# --- systemd ----------------------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_units_pass_systemd_analyze_verify(tmp_path):
    # verify needs ExecStart= to exist: point it at this venv's mailbot in temp copies
    assert VENV_MAILBOT.exists()
    for name in [*SERVICES, "mailbot-run-once.timer", "mailbot-backup.service", "mailbot-backup.timer"]:
        text = (DEPLOY / name).read_text().replace(INSTALLED_MAILBOT, str(VENV_MAILBOT))
        (tmp_path / name).write_text(text)
    done = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", *(str(tmp_path / n) for n in os.listdir(tmp_path))],
        capture_output=True, text=True, timeout=60, check=False)
    if done.returncode != 0 and "Failed to" in done.stderr and "bus" in done.stderr.lower():
        pytest.skip(f"systemd-analyze cannot run here: {done.stderr.strip()[:200]}")
    ours = [line for line in done.stderr.splitlines() if "mailbot" in line]
    assert done.returncode == 0 and ours == [], done.stderr


@pytest.mark.parametrize("name", SERVICES)
def test_services_are_hardened(name):
    for key, expected in HARDENING.items():
        assert values(name, "Service", key) == [expected], key
    assert values(name, "Service", "DynamicUser") == ["yes"] or values(name, "Service", "User")
    assert values(name, "Service", "WorkingDirectory") == ["/var/lib/mailbot"]
    assert values(name, "Service", "CapabilityBoundingSet") == [""]


@pytest.mark.parametrize("name", SERVICES)
def test_services_load_the_passwords_as_credentials(name):
    credentials = dict(v.split(":", 1) for v in values(name, "Service", "LoadCredential"))
    assert credentials == {"imap": "/etc/mailbot/imap.password", "smtp": "/etc/mailbot/smtp.password"}
    assert not any(k in ("Environment", "EnvironmentFile") for _s, k, _v in unit(name)), "no secrets in the unit"


def test_service_and_timer_run_the_right_commands():
    assert values("mailbot.service", "Service", "ExecStart") == [
        f"{INSTALLED_MAILBOT} serve --config /etc/mailbot/config.toml"]
    assert values("mailbot.service", "Service", "Restart") == ["on-failure"]
    assert values("mailbot-run-once.service", "Service", "ExecStart") == [
        f"{INSTALLED_MAILBOT} run-once --config /etc/mailbot/config.toml"]
    assert values("mailbot-run-once.service", "Service", "Type") == ["oneshot"]
    # 75 = EX_TEMPFAIL (server unreachable): the next tick retries, the unit is not "failed"
    assert values("mailbot-run-once.service", "Service", "SuccessExitStatus") == ["75"]
    assert values("mailbot-run-once.timer", "Timer", "OnUnitActiveSec")
    assert values("mailbot-run-once.timer", "Install", "WantedBy") == ["timers.target"]
    assert values("mailbot.service", "Install", "WantedBy") == ["multi-user.target"]


def test_backup_unit_copies_the_database_daily_with_the_service_user():
    assert values("mailbot-backup.service", "Service", "ExecStart") == [
        f"{INSTALLED_MAILBOT} backup --config /etc/mailbot/config.toml /var/lib/mailbot-backup --keep 14"]
    assert values("mailbot-backup.service", "Service", "User") == ["mailbot"]  # mailbot.service's dynamic user
    assert values("mailbot-backup.service", "Service", "StateDirectory") == ["mailbot mailbot-backup"]
    for key in ("NoNewPrivileges", "ProtectSystem", "UMask", "PrivateTmp", "ProtectHome"):
        assert values("mailbot-backup.service", "Service", key) == [HARDENING[key]], key
    assert values("mailbot-backup.timer", "Timer", "OnCalendar") and values(
        "mailbot-backup.timer", "Timer", "Persistent") == ["true"]


# --- the config template ---------------------------------------------------------------------------


def test_config_example_fits_the_units(tmp_path, monkeypatch):
    credentials = tmp_path / "credentials"
    credentials.mkdir()
    for name in ("imap", "smtp"):
        (credentials / name).write_text(f"{name}-secret\n")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(credentials))

    config = load_config(DEPLOY / "config.example")

    assert (config.imap.secret(), config.smtp.secret()) == ("imap-secret", "smtp-secret")
    assert config.database_path == Path("/var/lib/mailbot/mailbot.db")  # the StateDirectory
    assert config.imap.security == "ssl" and config.smtp.security == "ssl"
    assert config.safety.answers_per_sender_per_day == 5


# --- cron -------------------------------------------------------------------------------------------


def cron_entry() -> tuple[list[str], str, str]:
    """(five schedule fields, user, command) of the one non-comment line."""
    (line,) = [l for l in (DEPLOY / "mailbot.cron").read_text().splitlines() if l.strip() and not l.startswith("#")]
    fields = line.split(None, 6)
    return fields[:5], fields[5], fields[6]


def test_cron_line_uses_flock_and_a_dedicated_user():
    schedule, user, command = cron_entry()
    assert schedule == ["*/2", "*", "*", "*", "*"]
    assert user == "mailbot"
    assert command.startswith("flock -n /var/lib/mailbot/cron.lock ")
    assert f"{INSTALLED_MAILBOT} run-once --config /etc/mailbot/config.toml" in command


@pytest.mark.skipif(shutil.which("flock") is None, reason="flock (util-linux) is not installed")
def test_cron_command_runs_a_pass(maildir_config_file, tmp_path):
    _schedule, _user, command = cron_entry()
    log = tmp_path / "log" / "run-once.log"
    log.parent.mkdir(mode=0o700)
    command = (command.replace("/var/lib/mailbot/cron.lock", str(tmp_path / "cron.lock"))
               .replace(INSTALLED_MAILBOT, str(VENV_MAILBOT))
               .replace("/etc/mailbot/config.toml", str(maildir_config_file))
               .replace("/var/log/mailbot/run-once.log", str(log)))
    done = subprocess.run(["sh", "-c", command], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, log.read_text() if log.exists() else done.stderr
    assert "0 neue Mails" in log.read_text()


# --- docs --------------------------------------------------------------------------------------------


def test_deploy_docs_name_every_file():
    text = OPERATIONS.read_text().split("## Deploy", 1)[1].split("\n## ", 1)[0]
    for name in ["mailbot.service", "mailbot-run-once.service", "mailbot-run-once.timer", "mailbot.cron",
                 "config.example", "journalctl", "/var/lib/mailbot", "LoadCredential", "/opt/mailbot"]:
        assert name in text, name
