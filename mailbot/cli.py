"""The command line: the only module that knows about the terminal and exit codes."""

from __future__ import annotations

import datetime as dt
import json
import logging
import signal
import sys
import threading
from functools import partial
from pathlib import Path

import click

from . import cli_desk, startcache
from .backup import backup_database
from .check import Check, run_checks
from .cli_base import CONFIG_OPTION, MailbotGroup, _load, fail
from .config import load_config
from .desk.words import say, words_for
from .errors import MailbotError
from .progress import progress

# Imported where a command needs them, not here: the pass (runner) and the parser load
# sqlite-utils, which must come after run() has marked NumPy and pandas absent, and the
# parser takes most of a second to load, which `mailbot status` and --help need not wait for.


def run() -> None:
    """The `mailbot` program (the console script, and `python -m mailbot`)."""
    # sqlite-utils imports NumPy and pandas when they are installed, only to map their
    # types to SQL column types; mailbot never hands it such values. Loaded, they would
    # cost 15 MB (NumPy) to over 60 MB (pandas) in every worker. Marking them absent
    # makes those optional imports fail as on a machine without them.
    for name in ("numpy", "pandas"):
        sys.modules.setdefault(name, None)
    startcache.install()  # the parser's gates, kept between processes (the parser itself loads later)
    main()


@click.group(cls=MailbotGroup)
@click.version_option(package_name="mailbot")
def main() -> None:
    """mailbot: registrations by plain email, answered and logged in SQLite."""


@main.command()
@CONFIG_OPTION
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line (the default and only format).")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
def parse(config_path: str, as_json: bool, files: tuple[str, ...]) -> None:
    """Parse mail files and print what mailbot reads in each, one JSON line per file.

    Example: mailbot parse --config config.toml --json mail1.eml mail2.eml
    """
    from .parsing import parse_message  # start-up: see the note at the top

    config = _load(config_path)
    out = sys.stdout
    for name in files:
        parsed = parse_message(Path(name).read_bytes(), config)
        out.write(json.dumps(parsed.contract_dict(), ensure_ascii=False) + "\n")
    out.flush()


@main.command("run-once")
@CONFIG_OPTION
@click.option("--verbose", "-v", is_flag=True, help="Log every step, not only problems.")
@click.option("--now", "now", default=None, metavar="DATETIME",
              help="Act as if it were this time (ISO 8601 with offset), e.g. for the demo or a rehearsal.")
def run_once_cmd(config_path: str, verbose: bool, now: str | None) -> None:
    """Fetch new mail, handle it, send what is due, then exit. For cron and systemd timers.

    Example: mailbot run-once --config /etc/mailbot/config.toml
    """
    from .runner import run_once  # start-up: see the note at the top

    config = _load(config_path, check_secrets=True)
    _logging(config, verbose)
    say = words_for(config)
    with progress(say("progress.pass")) as advance:
        result = run_once(config, now=_parse_now(now), on_mail=advance)
    if result is None:
        click.echo(say("pass.busy"))
        return
    click.echo(result.summary(config.coordinator.language))
    if result.errors:
        fail(result.errors[0], code=75)  # EX_TEMPFAIL: cron/systemd retry later


@main.command()
@CONFIG_OPTION
@click.option("--verbose", "-v", is_flag=True, help="Log every step, not only problems.")
def serve(config_path: str, verbose: bool) -> None:
    """Keep running: a pass on an interval and at once when new mail arrives (IMAP IDLE).

    Stops cleanly on SIGTERM or Ctrl-C, between two mails. Example: mailbot serve -c config.toml
    """
    from .runner import Server  # start-up: see the note at the top

    config = _load(config_path, check_secrets=True)
    _logging(config, verbose, force_info=True)
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    Server(config, stop).run()


@main.command()
@CONFIG_OPTION
def check(config_path: str) -> None:
    """Check the setup before the first pass: config, passwords, mailbox, SMTP, database folder, clock.

    One line per check; a failed check says what to fix. Exit status 0 only when all pass.
    Nothing is fetched, flagged or sent.

    Example: mailbot check --config /etc/mailbot/config.toml
    """
    try:
        config = load_config(config_path)
    except MailbotError as exc:
        german = partial(say, "de")  # no config, so no [coordinator] language: the default
        _check_lines([Check(german("check.config"), False, str(exc), german("check.config_fix"))], german)
        sys.exit(1)
    words = words_for(config)
    failed = _check_lines([Check(words("check.config"), True, str(config_path))] + run_checks(config, words), words)
    sys.exit(1 if failed else 0)


def _check_lines(checks, say) -> int:
    """Print one line per check (the fix after a dash); returns how many failed."""
    for item in checks:
        mark = say("check.ok") if item.ok else say("check.failed")
        line = f"{mark:<7} {item.name}: {item.detail}"
        if not item.ok and item.fix:
            line += f" — {say('check.fix')}: {item.fix}"
        click.echo(line)
    failed = sum(not c.ok for c in checks)
    click.echo(say("check.some_failed", n=failed, total=len(checks)) if failed
               else say("check.all_ok", n=len(checks)))
    return failed


@main.command()
@CONFIG_OPTION
@click.argument("dest", type=click.Path(file_okay=True, dir_okay=True))
@click.option("--keep", type=click.IntRange(min=1), default=None,
              help="DEST is a folder: keep only the newest N backups in it.")
def backup(config_path: str, dest: str, keep: int | None) -> None:
    """Copy the live database consistently (safe while serve runs), mode 0600, checked.

    DEST is a file, or a folder that gets mailbot-YYYYMMDD-HHMMSS.db.

    Example: mailbot backup --config /etc/mailbot/config.toml /var/backups/mailbot --keep 14
    """
    config = _load(config_path)
    done = backup_database(config.database_path, dest, keep=keep)
    click.echo(words_for(config)("backup.done", dest=done.path, size=done.size))
    for path in done.removed:
        click.echo(f"  - {path}")


def _parse_now(text: str | None):
    if text is None:
        return None
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        fail(f"--now: expected a date and time like 2027-01-15T12:00:00+01:00, got {text!r}")
    if when.tzinfo is None:
        fail(f"--now: give a UTC offset, e.g. {text}+01:00")
    return when.astimezone(dt.timezone.utc)


def _logging(config, verbose: bool, force_info: bool = False) -> None:
    level = logging.DEBUG if verbose else getattr(logging, config.worker.log_level)
    if not verbose and not force_info:
        level = max(level, logging.WARNING)  # run-once: quiet unless something is wrong
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("imapclient").setLevel(logging.WARNING)  # it can log protocol lines
    logging.getLogger("apscheduler").setLevel(logging.WARNING)


# The coordinator's commands live in their own module (cli_desk.COMMANDS).
for _command in cli_desk.COMMANDS:
    main.add_command(_command)
