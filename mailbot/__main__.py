"""`python -m mailbot` is the same as the `mailbot` command."""

from .cli import run

run()
