"""Coordinator commands (status, review, export, forget, ...): COMMANDS, added to the main group by cli.

Thin shell over mailbot.desk: each command loads the config, opens the
database, calls one desk function and prints its result. Library errors
(NotFoundError, ...) become one "Error: ..." line and exit status 1.

The store and the desk modules are imported in the commands that use them, not
here: they load sqlite-utils, which must come after cli.run() has marked NumPy
and pandas absent (heavy optional libraries it would load otherwise), and
`review`/`accept` load the parser, which the other commands need not wait for.
"""

from __future__ import annotations

import io
import json
import sys
from collections import Counter
from dataclasses import asdict

import click

from .cli_base import CONFIG_OPTION, _load, fail
from .desk.words import words_for
from .errors import MailbotError
from .model import STATUSES
from .progress import progress


def _open(config):
    """The database, with the workgroups table in step with config.toml (the views need it)."""
    from . import store
    from .desk.views import sync_workgroups

    db = store.open_db(config.database_path)
    sync_workgroups(db, config)
    return db


def _guard(call, *args, **kwargs):
    """Run a desk function; its MailbotError becomes the one-line error and exit status."""
    try:
        return call(*args, **kwargs)
    except MailbotError as exc:
        fail(str(exc))


# --- status --------------------------------------------------------------------------


@click.command()
@CONFIG_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the numbers as JSON (for scripts).")
def status(config_path: str, as_json: bool) -> None:
    """Show places per workgroup, waiting lists, the review queue and the outbox.

    Example: mailbot status --config config.toml
    """
    from rich.console import Console  # only here: loading rich costs every other command a tenth of a second

    from .desk.status import status_footer, status_summary, status_table

    config = _load(config_path)
    summary = status_summary(_open(config), config)
    if as_json:
        click.echo(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2))
        return
    console = Console(highlight=False)
    console.print(status_table(summary, config.coordinator.language, console.width))
    for line in status_footer(summary, config):
        click.echo(line)


# --- review --------------------------------------------------------------------------


@click.command()
@CONFIG_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the items as JSON (for scripts).")
def review(config_path: str, as_json: bool) -> None:
    """List every registration and mail waiting for a decision, with the mail text.

    Example: mailbot review --config config.toml
    """
    from .desk.review import format_items, json_for_terminal, review_items

    config = _load(config_path)
    items = review_items(_open(config))
    if as_json:
        click.echo(json_for_terminal([asdict(i) for i in items]))
        return
    click.echo(format_items(items, config), nl=False)


def _resolve(config_path: str, action: str, reg: int, workgroup: str | None = None, force: bool = False) -> None:
    from .desk.review import resolve

    config = _load(config_path)
    done = _guard(resolve, _open(config), config, action, reg, workgroup, force=force)
    say = words_for(config)
    click.echo(done.line(config.coordinator.language))
    for line in done.notices:
        click.echo(say("queued", what=line))


@click.command()
@CONFIG_OPTION
@click.argument("reg", type=int)
@click.argument("workgroup")
@click.option("--force", is_flag=True, help="Place the person even if the workgroup is full.")
def assign(config_path: str, reg: int, workgroup: str, force: bool) -> None:
    """Put registration REG into WORKGROUP (by the usual rules; the person is told).

    A full workgroup puts the person on its waiting list, unless --force.

    Example: mailbot assign 12 AG2
    """
    _resolve(config_path, "assign", reg, workgroup, force)


@click.command()
@CONFIG_OPTION
@click.argument("reg", type=int)
@click.option("--force", is_flag=True, help="Place the person even if the workgroup is full.")
def confirm(config_path: str, reg: int, force: bool) -> None:
    """Confirm registration REG as the parser understood it (the person is told).

    Example: mailbot confirm 12
    """
    _resolve(config_path, "confirm", reg, None, force)


@click.command()
@CONFIG_OPTION
@click.argument("reg", type=int)
def cancel(config_path: str, reg: int) -> None:
    """Cancel registration REG; the next on the waiting list moves up (everyone is told).

    Example: mailbot cancel 12
    """
    _resolve(config_path, "cancel", reg)


@click.command()
@CONFIG_OPTION
@click.argument("reg", type=int)
def waitlist(config_path: str, reg: int) -> None:
    """Put registration REG on the waiting list of its workgroup (the person is told).

    Example: mailbot waitlist 12
    """
    _resolve(config_path, "waitlist", reg)


@click.command()
@CONFIG_OPTION
@click.argument("mail", type=int)
def dismiss(config_path: str, mail: int) -> None:
    """Take mail MAIL off the review list: it is not a registration. Nobody is told.

    Example: mailbot dismiss 45
    """
    from .desk.review import dismiss as dismiss_mail

    config = _load(config_path)
    _guard(dismiss_mail, _open(config), mail, language=config.coordinator.language)
    click.echo(words_for(config)("dismissed", id=mail))


@click.command()
@CONFIG_OPTION
@click.argument("mail", type=int)
def accept(config_path: str, mail: int) -> None:
    """Handle held mail MAIL as genuine: the rules decide and the sender gets the answer.

    For mails mailbot held instead of answering (DMARC failed, automatic-mail
    headers, too many answers to one address today, a repeated "already
    registered"). The answer leaves with the next run-once or serve pass.

    Example: mailbot accept 45
    """
    from .desk.review import accept as accept_mail

    config = _load(config_path)
    click.echo(_guard(accept_mail, _open(config), config, mail).line(config.coordinator.language))


# --- exports -------------------------------------------------------------------------


@click.command()
@CONFIG_OPTION
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx"]), default=None,
              help="File format (default: from the -o file name, else csv).")
@click.option("--workgroup", "-w", default=None, help="Only this workgroup (its id, e.g. AG1).")
@click.option("--status", "statuses", type=click.Choice(STATUSES), multiple=True,
              help="Only registrations with this status; repeat for several.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Write to this file (csv: default is the screen).")
@click.option("--plain", is_flag=True, help="CSV with commas and no BOM (for other programs than Excel).")
def export(config_path: str, fmt: str | None, workgroup: str | None, statuses: tuple[str, ...],
           output: str | None, plain: bool) -> None:
    """Write participant lists (one row per registration) for Excel.

    xlsx: a sheet "Alle" (the door list) and one sheet per workgroup.
    csv: UTF-8 with BOM and semicolons, as German Excel expects (--plain: commas).

    Example: mailbot export --format xlsx -o teilnehmende.xlsx --status confirmed
    """
    from .desk.export import (COLUMNS, ExportFilter, column_heads, export_rows, write_csv, write_private_file,
                              xlsx_bytes)

    config = _load(config_path)
    fmt = fmt or ("xlsx" if output and output.lower().endswith(".xlsx") else "csv")
    if fmt == "xlsx" and not output:
        fail(words_for(config)("export.xlsx_needs_file"))
    selection = ExportFilter(workgroup, statuses)
    with progress(words_for(config)("progress.export"), show_after=0) as advance:
        rows = _guard(export_rows, _open(config), config, selection)
        advance(len(rows))
        if fmt == "xlsx":
            data = xlsx_bytes(rows, config, selection)
        else:
            text = io.StringIO(newline="")
            heads = COLUMNS if plain else column_heads(config.coordinator.language)
            write_csv(rows, text, excel=not plain, heads=heads)
    if fmt == "xlsx":
        write_private_file(output, data)
    else:
        if not output:
            click.echo(text.getvalue(), nl=False)
            return
        write_private_file(output, text.getvalue().encode("utf-8"))
    click.echo(words_for(config)("export.written", n=len(rows), file=output))


# --- data protection -----------------------------------------------------------------


@click.command("export-person")
@CONFIG_OPTION
@click.argument("address", metavar="EMAIL")
def export_person(config_path: str, address: str) -> None:
    """Print everything stored about one person as JSON (the DSGVO right of access).

    Example: mailbot export-person ayse@example.org > auskunft.json
    """
    from .desk.privacy import export_person as collect

    config = _load(config_path)
    data = _guard(collect, _open(config), address, language=config.coordinator.language)
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


@click.command()
@CONFIG_OPTION
@click.argument("address", metavar="EMAIL")
@click.option("--dry-run", is_flag=True, help="Only list what would be erased, row by row.")
@click.option("--with-name-matches", is_flag=True,
              help="Also erase mails that only name the person's name (check them with --dry-run first).")
def forget(config_path: str, address: str, dry_run: bool, with_name_matches: bool) -> None:
    """Erase one person's data (by address and registration) from the database file (DSGVO right to erasure).

    Mails that only name the person's name may be a namesake's: --dry-run lists
    them, --with-name-matches erases them too.

    Example: mailbot forget --dry-run ayse@example.org
    """
    from .desk.privacy import forget_person

    config = _load(config_path)
    say = words_for(config)
    erased = _guard(forget_person, _open(config), config, address, dry_run=dry_run,
                    with_name_matches=with_name_matches)
    click.echo(erased.line(config.coordinator.language))
    for line in erased.listing:
        click.echo(f"  {line}")
    _imap_note(config, erased)
    if erased.name_matches:
        click.echo(say("forget.name_matches", n=len(erased.name_matches))
                   + say("forget.name_matches_listed" if dry_run else "forget.name_matches_kept"))
        if dry_run:
            for line in erased.name_matches:
                click.echo(f"  {line}")


def _imap_note(config, erased) -> None:
    """What forget or purge did (or would do) outside the database: journal, answer files, the mailbox."""
    say = words_for(config)
    if not erased.journal_clean:
        click.echo(say("forget.journal"))
    if erased.files:
        click.echo(say("forget.files_dry" if erased.dry_run else "forget.files", n=len(erased.files),
                       folder=config.outdir))
    elsewhere = _by_folder(erased.by_message_id, say)
    if not erased.imap and not elsewhere:
        return
    if config.retention.delete_imap:
        if erased.imap:
            click.echo(say("forget.imap_would" if erased.dry_run else "forget.imap_will", n=len(erased.imap)))
        if elsewhere:
            click.echo(say("forget.elsewhere_would" if erased.dry_run else "forget.elsewhere_will", where=elsewhere))
    else:
        if erased.imap:
            click.echo(say("forget.imap_kept", n=len(erased.imap)))
        if elsewhere:
            click.echo(say("forget.elsewhere_kept", where=elsewhere))


def _by_folder(items, say) -> str:
    return ", ".join(say("forget.in_folder", n=n, folder=folder)
                     for folder, n in sorted(Counter(f for f, _mid in items).items()))


@click.command()
@CONFIG_OPTION
@click.option("--dry-run", is_flag=True, help="Only show what would be erased.")
@click.option("--now", "force", is_flag=True, help="Purge now, even before [retention] days_after_event.")
def purge(config_path: str, dry_run: bool, force: bool) -> None:
    """Erase all personal data after the event, keeping anonymous counts per workgroup.

    run-once does this by itself [retention] days_after_event days after the event.

    Example: mailbot purge --dry-run
    """
    from . import store
    from .desk.privacy import purge_date, purge_due, purge_personal_data
    from .desk.status import local_time

    config = _load(config_path)
    say = words_for(config)
    when = purge_date(config)
    when_text = local_time(config, store.iso(when)) if when else say("purge.never")
    if not dry_run and not force and not purge_due(config, store.utcnow()):
        fail(say("purge.not_due", when=when_text))
    with progress(say("progress.purge"), show_after=0):
        result = purge_personal_data(_open(config), config, dry_run=dry_run)
    click.echo(say("purge.due", when=when_text))
    click.echo(result.line(config.coordinator.language))
    for c in result.counts:
        status = say(f"status.{c['status']}") if c["status"] in STATUSES else c["status"]
        click.echo(say("purge.kept", wg=c["workgroup"] or "-", status=status, registrations=c["registrations"],
                       persons=c["persons"]))
    _imap_note(config, result)


# --- browse --------------------------------------------------------------------------


@click.command()
@CONFIG_OPTION
@click.option("--port", default=8001, show_default=True, help="Port on 127.0.0.1.")
@click.option("--no-open", is_flag=True, help="Do not open a web browser.")
def browse(config_path: str, port: int, no_open: bool) -> None:
    """Open the database in Datasette on 127.0.0.1, with German labels and saved questions.

    Only the address printed (with a one-time random token) opens it; needs
    pip install 'mailbot[browse]'. Ctrl+C stops it.

    Example: mailbot browse --config config.toml
    """
    from .desk.browse import browse as run

    config = _load(config_path)
    _open(config).conn.close()  # migrate and sync first: the views must exist
    say = words_for(config)

    def announce(url: str) -> None:
        click.echo(say("browse.open"))
        click.echo(f"  {url}", nl=True)
        sys.stdout.flush()

    code = _guard(run, config, port, not no_open, announce)
    sys.exit(code)


# Added to the `mailbot` group by cli.py.
COMMANDS = [command for command in list(globals().values()) if isinstance(command, click.Command)]
