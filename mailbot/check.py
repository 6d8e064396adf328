"""`mailbot check`: try every outside thing a pass needs once, and say per thing what to fix.

Each check returns Check values (one line each on the terminal); a failing check
carries the fix in words city IT can act on. The checks only read or write a
throw-away file: the mailbox is opened (folder selected, nothing fetched or
flagged), SMTP logs in and quits without sending, the database folder gets a
temporary file that is removed again.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from .config import Config
from .errors import ConfigError, LoginError, MailbotError

EARLIEST_SANE_CLOCK = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)  # a clock before this was never set


@dataclass(frozen=True)
class Check:
    """One line of `mailbot check`."""

    name: str
    ok: bool
    detail: str
    fix: str = ""


def run_checks(config: Config) -> list[Check]:
    """Every check in the order a pass needs them; a later check runs even when an earlier failed."""
    checks = [check_secrets(config)]
    if checks[0].ok:
        checks += check_imap(config) if config.imap is not None else [check_maildir(config)]
        checks.append(check_smtp(config) if config.smtp is not None else check_outdir(config))
    checks.append(check_database(config))
    checks.append(check_clock(config))
    return checks


def check_secrets(config: Config) -> Check:
    """Passwords and tokens can be read where the config says they are."""
    try:
        for server in (config.imap, config.smtp):
            if server is not None:
                server.secret()
    except ConfigError as exc:
        return Check("passwords", False, str(exc),
                     "set the environment variable or make the file readable for the mailbot user")
    return Check("passwords", True, "readable (not shown)")


def check_imap(config: Config) -> list[Check]:
    """Log in and select the folder, with the same code as a pass (mailbox.ImapMailbox.open).

    One function for the whole IMAP side, so capability or namespace checks can be
    added here: a login refusal and a missing folder come out as separate lines.
    """
    from .mailbox import ImapMailbox

    imap = config.imap
    mailbox = ImapMailbox(imap)
    login = f"IMAP {imap.host}:{imap.port}"
    try:
        mailbox.open()
    except LoginError as exc:
        return [Check(login, False, str(exc), "check [imap].username and the password (password_env / "
                                              "password_file); test them in a mail program")]
    except MailbotError as exc:
        if "cannot select folder" in str(exc):
            return [Check(login, True, f"logged in as {imap.username}"),
                    Check(f"IMAP folder {imap.folder!r}", False, str(exc),
                          f"create the folder on the server or set [imap].folder to an existing one")]
        return [Check(login, False, str(exc), "check [imap].host, port, security and ca_file; is the server "
                                              "reachable from this machine (firewall)?")]
    try:
        messages = mailbox.client.folder_status(imap.folder, ["MESSAGES"]).get(b"MESSAGES")
    except Exception:  # noqa: BLE001 - the count is a nicety; the folder was selected fine
        messages = None
    finally:
        mailbox.close()
    count = f", {messages} mail(s)" if messages is not None else ""
    return [Check(login, True, f"logged in as {imap.username}"),
            Check(f"IMAP folder {imap.folder!r}", True, f"exists{count}")]


def check_maildir(config: Config) -> Check:
    """The local Maildir exists (or can be made) and can be read."""
    from .mailbox import MaildirMailbox  # (mailbox imports maildir; the other way round is circular)

    name = "Maildir"
    try:
        with MaildirMailbox(config.maildir):
            pass
    except MailbotError as exc:
        return Check(name, False, str(exc).removeprefix("Maildir "), "create the Maildir (new/, cur/, tmp/) or fix [maildir].path "
                                            "and its owner")
    return Check(name, True, f"{config.maildir} readable")


def check_smtp(config: Config) -> Check:
    """Connect, start TLS and log in, as a pass does before sending; nothing is sent."""
    from .deliver import SmtpTransport

    smtp = config.smtp
    name = f"SMTP {smtp.host}:{smtp.port}"
    transport = SmtpTransport(smtp)
    try:
        transport.open()
    except LoginError as exc:
        return Check(name, False, str(exc), "check [smtp].username and the password (password_env / password_file)")
    except MailbotError as exc:
        return Check(name, False, str(exc), "check [smtp].host, port, security and ca_file; is the server "
                                            "reachable from this machine (firewall)?")
    finally:
        transport.close()
    return Check(name, True, f"logged in as {smtp.username}" if smtp.username else "connected")


def check_outdir(config: Config) -> Check:
    """The output folder for mail files can be written."""
    name = f"outdir {config.outdir}"
    problem = _not_writable(Path(config.outdir), create=True)
    if problem:
        return Check(name, False, problem, "create the folder and give the mailbot user write access")
    return Check(name, True, "writable")


def check_database(config: Config) -> Check:
    """The database folder takes new files (SQLite writes -wal and -shm next to the database)."""
    path = Path(config.database_path)
    name = f"database {path}"
    folder = path.parent
    if not folder.is_dir():
        return Check(name, False, f"folder {folder} does not exist",
                     f"create it for the mailbot user: install -d -m 700 {folder}")
    problem = _not_writable(folder)
    if problem:
        return Check(name, False, problem, f"give the mailbot user write access to {folder} (SQLite "
                                           f"writes its -wal and -shm files there), e.g. chown mailbot {folder}")
    if path.exists():
        if not os.access(path, os.R_OK | os.W_OK):
            return Check(name, False, f"{path} is not readable and writable", f"chown mailbot {path}; chmod 600 {path}")
        mode = path.stat().st_mode & 0o777
        if mode & 0o077:
            return Check(name, False, f"{path} has mode {mode:o}: others can read personal data",
                         f"chmod 600 {path}")
        return Check(name, True, "writable, mode 600")
    return Check(name, True, "folder writable (the file is made at the first pass)")


def check_clock(config: Config, now: dt.datetime | None = None) -> Check:
    """The clock is set and the event's time zone is known: reminders and the digest go by it."""
    now = now or dt.datetime.now(dt.timezone.utc)
    tz = config.event.tz
    local = now.astimezone(tz)
    detail = (f"{local:%d.%m.%Y %H:%M} {config.event.timezone} (UTC{local:%z}), "
              f"machine zone {time.strftime('%Z')}")
    if now < EARLIEST_SANE_CLOCK:
        return Check("clock", False, f"the clock says {now:%Y-%m-%d}: it is not set",
                     "set the clock and keep it in sync (systemd-timesyncd or chrony)")
    return Check("clock", True, detail)


def _not_writable(folder: Path, create: bool = False) -> str:
    """Why no file can be made in `folder` ('' when one can): tried for real, as root may be refused too."""
    try:
        if create:
            folder.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(dir=folder, prefix=".mailbot-check-")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        return f"cannot write in {folder}: {exc.strerror}"
    return ""
