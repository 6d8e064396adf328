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
from .deliver import SmtpTransport
from .desk.words import words_for
from .errors import ConfigError, LoginError, MailbotError
from .mailbox import ImapMailbox
from .maildir import MaildirMailbox

EARLIEST_SANE_CLOCK = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)  # a clock before this was never set


@dataclass(frozen=True)
class Check:
    """One line of `mailbot check`."""

    name: str
    ok: bool
    detail: str
    fix: str = ""


def run_checks(config: Config, say=None) -> list[Check]:
    """Every check in the order a pass needs them; a later check runs even when an earlier failed.

    `say` gives the texts (desk.words, in [coordinator] language; German by default).
    """
    say = say or words_for(config)
    checks = [check_secrets(config, say)]
    if checks[0].ok:
        checks += check_imap(config, say) if config.imap is not None else [check_maildir(config, say)]
        checks.append(check_smtp(config, say) if config.smtp is not None else check_outdir(config, say))
    checks.append(check_database(config, say))
    checks.append(check_clock(config, say))
    return checks


def check_secrets(config: Config, say) -> Check:
    """Passwords and tokens can be read where the config says they are."""
    try:
        for server in (config.imap, config.smtp):
            if server is not None:
                server.secret()
    except ConfigError as exc:
        return Check(say("check.passwords"), False, str(exc), say("check.passwords_fix"))
    return Check(say("check.passwords"), True, say("check.passwords_ok"))


def check_imap(config: Config, say) -> list[Check]:
    """Log in and select the folder, with the same code as a pass (mailbox.ImapMailbox.open).

    One function for the whole IMAP side, so capability or namespace checks can be
    added here: a login refusal and a missing folder come out as separate lines.
    """
    imap = config.imap
    mailbox = ImapMailbox(imap)
    login = f"IMAP {imap.host}:{imap.port}"
    folder = say("check.folder", folder=imap.folder)
    logged_in = Check(login, True, say("check.logged_in", user=imap.username))
    try:
        mailbox.open()
    except LoginError as exc:
        return [Check(login, False, str(exc), say("check.login_fix", section="imap"))]
    except MailbotError as exc:
        if "cannot select folder" in str(exc):
            return [logged_in, Check(folder, False, str(exc), say("check.folder_fix"))]
        return [Check(login, False, str(exc), _connect_fix(exc, "imap", say))]
    try:
        messages = mailbox.client.folder_status(imap.folder, ["MESSAGES"]).get(b"MESSAGES")
    except Exception:  # noqa: BLE001 - the count is a nicety; the folder was selected fine
        messages = None
    finally:
        mailbox.close()
    count = say("check.mails", n=messages) if messages is not None else ""
    return [logged_in, Check(folder, True, say("check.folder_ok", count=count))]


def _connect_fix(exc: Exception, section: str, say) -> str:
    # mailbox/deliver word a refused certificate "TLS certificate verification failed (...)".
    if "certificate verification failed" in str(exc):
        return say("check.ca_fix", section=section)
    return say("check.reach_fix", section=section)


def check_maildir(config: Config, say) -> Check:
    """The local Maildir exists (or can be made) and can be read."""
    try:
        with MaildirMailbox(config.maildir):
            pass
    except MailbotError as exc:
        return Check("Maildir", False, str(exc).removeprefix("Maildir "), say("check.maildir_fix"))
    return Check("Maildir", True, say("check.maildir_ok", path=config.maildir))


def check_smtp(config: Config, say) -> Check:
    """Connect, start TLS and log in, as a pass does before sending; nothing is sent."""
    smtp = config.smtp
    name = f"SMTP {smtp.host}:{smtp.port}"
    transport = SmtpTransport(smtp)
    try:
        transport.open()
    except LoginError as exc:
        return Check(name, False, str(exc), say("check.login_fix", section="smtp"))
    except MailbotError as exc:
        return Check(name, False, str(exc), _connect_fix(exc, "smtp", say))
    finally:
        transport.close()
    return Check(name, True, say("check.logged_in", user=smtp.username) if smtp.username else say("check.connected"))


def check_outdir(config: Config, say) -> Check:
    """The output folder for mail files can be written."""
    name = say("check.outdir", path=config.outdir)
    problem = _not_writable(Path(config.outdir), say, create=True)
    if problem:
        return Check(name, False, problem, say("check.outdir_fix"))
    return Check(name, True, say("check.writable"))


def check_database(config: Config, say) -> Check:
    """The database folder takes new files (SQLite writes -wal and -shm next to the database)."""
    path = Path(config.database_path)
    name = say("check.database", path=path)
    folder = path.parent
    if not folder.is_dir():
        return Check(name, False, say("check.no_folder", folder=folder), say("check.no_folder_fix", folder=folder))
    problem = _not_writable(folder, say)
    if problem:
        return Check(name, False, problem, say("check.db_folder_fix", folder=folder))
    if not path.exists():
        return Check(name, True, say("check.db_new"))
    if not os.access(path, os.R_OK | os.W_OK):
        return Check(name, False, say("check.db_access", path=path), say("check.db_access_fix", path=path))
    mode = path.stat().st_mode & 0o777
    if mode & 0o077:
        return Check(name, False, say("check.db_mode", path=path, mode=f"{mode:o}"), say("check.db_mode_fix", path=path))
    return Check(name, True, say("check.db_ok"))


def check_clock(config: Config, say, now: dt.datetime | None = None) -> Check:
    """The clock is set and the event's time zone is known: reminders and the digest go by it."""
    now = now or dt.datetime.now(dt.timezone.utc)
    if now < EARLIEST_SANE_CLOCK:
        return Check(say("check.clock"), False, say("check.clock_unset", day=f"{now:%Y-%m-%d}"),
                     say("check.clock_fix"))
    local = now.astimezone(config.event.tz)
    return Check(say("check.clock"), True, say("check.clock_ok", local=f"{local:%d.%m.%Y %H:%M}",
                                               zone=config.event.timezone, offset=f"{local:%z}",
                                               machine=time.strftime("%Z")))


def _not_writable(folder: Path, say, create: bool = False) -> str:
    """Why no file can be made in `folder` ('' when one can): tried for real, as root may be refused too."""
    try:
        if create:
            folder.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(dir=folder, prefix=".mailbot-check-")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        return say("check.cannot_write", folder=folder, why=exc.strerror)
    return ""
