"""What every command shares: the --config option, one-line errors, loading the config.

Both command modules (cli, cli_desk) import this one; neither imports the other's
commands back, so there is no import cycle: cli adds cli_desk.COMMANDS to its group.
"""

from __future__ import annotations

import sys

import click

from .config import load_config
from .errors import MailbotError

CONFIG_OPTION = click.option(
    "--config", "-c", "config_path", default="config.toml", show_default=True,
    type=click.Path(dir_okay=False), help="The event's config.toml.",
)


class MailbotGroup(click.Group):
    """Turns any MailbotError a command lets through into one `Error: ...` line and exit 1."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except MailbotError as exc:
            fail(str(exc))


def _load(config_path: str, *, check_secrets: bool = False):
    try:
        return load_config(config_path, check_secrets=check_secrets)
    except MailbotError as exc:
        fail(str(exc))


def fail(message: str, code: int = 1):
    """Print one clear line on stderr and exit non-zero."""
    click.echo(f"Error: {message}", err=True)
    sys.exit(code)
