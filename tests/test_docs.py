"""The documentation cannot drift: every config key and every command is documented, README stays short."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mailbot import config as config_module
from mailbot.cli import main

ROOT = Path(__file__).parent.parent
OPERATIONS = (ROOT / "docs" / "operations.md").read_text(encoding="utf-8")
KOORDINATION = (ROOT / "docs" / "koordination.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")


def section(text: str, heading: str) -> str:
    """The text under a '## heading' up to the next '## '."""
    return text.split(f"\n## {heading}", 1)[1].split("\n## ", 1)[0]


def documented_keys() -> dict[str, set[str]]:
    """Config table rows of operations.md by section: {"imap": {"host", "port", ...}, ...}."""
    table = section(OPERATIONS, "Configuration")
    keys: dict[str, set[str]] = {}
    current = None
    for line in table.splitlines():
        if not line.startswith("|"):
            continue
        first = line.split("|")[1]
        heading = re.search(r"\*\*\[\[?(\w+)\]\]?\*\*", first)
        if heading:
            current = heading.group(1)
            keys.setdefault(current, set())
            first = first[heading.end():]  # "**[database]** `path`" names a key in the same cell
        if current:
            keys[current] |= set(re.findall(r"`([a-z_]+)`", first))
    return keys


SCHEMAS = {**config_module._SECTIONS, "workgroups": config_module._WORKGROUP}


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_config_key_is_in_the_reference(name):
    documented = documented_keys().get(name)
    assert documented is not None, f"[{name}] has no rows in docs/operations.md ## Configuration"
    missing = sorted(set(SCHEMAS[name]) - documented)
    assert missing == [], f"[{name}] keys missing from docs/operations.md: {missing}"


def test_the_reference_names_no_key_the_loader_does_not_know():
    for name, keys in documented_keys().items():
        assert name in SCHEMAS, f"docs/operations.md documents an unknown section [{name}]"
        unknown = sorted(keys - set(SCHEMAS[name]))
        assert unknown == [], f"docs/operations.md documents unknown [{name}] keys: {unknown}"


def _default_shown(value) -> str | None:
    if isinstance(value, bool):
        return "`true`" if value else "`false`"
    if isinstance(value, str):
        return f'`"{value}"`'
    if isinstance(value, int):
        mib = 1024 * 1024
        return f"`{value // mib} MiB`" if value >= mib and value % mib == 0 else f"`{value}`"
    if isinstance(value, float) and value.is_integer():
        return f"`{int(value)}`"
    return None


def test_simple_defaults_match_the_loader():
    table = section(OPERATIONS, "Configuration")
    for name, schema in SCHEMAS.items():
        for key, (_check, default) in schema.items():
            shown = _default_shown(default)
            rows = [line for line in table.splitlines() if line.startswith(f"| `{key}` |")]
            if shown is None or len(rows) != 1:
                continue  # sizes in MiB, times, lists, keys sharing a row: written for people
            assert rows[0].split("|")[2].strip() == shown, f"[{name}].{key}: the docs say {rows[0].split('|')[2]}"


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_is_in_the_operations_reference(command):
    assert re.search(rf"`mailbot {re.escape(command)}\b", section(OPERATIONS, "Commands")), command


COORDINATOR_COMMANDS = ["status", "review", "assign", "confirm", "waitlist", "cancel", "accept", "dismiss",
                        "export", "export-person", "forget", "purge", "browse"]


@pytest.mark.parametrize("command", COORDINATOR_COMMANDS)
def test_the_coordinators_guide_shows_each_of_their_commands(command):
    assert f"mailbot {command}" in KOORDINATION
    assert command in main.commands


def test_the_coordinators_guide_is_german_and_shows_real_output():
    assert KOORDINATION.startswith("# Für die Koordination")
    for heading in ("Der Tagesablauf", "Was braucht eine Entscheidung?", "Listen für Einlass", "Datenschutz"):
        assert heading in KOORDINATION
    assert "Zu prüfen: 1  (siehe: mailbot review)" in KOORDINATION  # the demo's status, as printed
    assert all(len(line) <= 80 for line in section(KOORDINATION, "Wie voll ist jede AG?").splitlines()
               if line.startswith("  "))


def test_readme_is_a_front_door():
    lines = README.splitlines()
    assert len(lines) <= 250
    for link in re.findall(r"\]\((docs/[^)#]+)", README):
        assert (ROOT / link).exists(), link
    for doc in ("koordination.md", "operations.md", "rules.md", "parsing.md", "database.md", "reliability.md"):
        assert f"docs/{doc}" in README, doc
    assert "mailbot check" in README  # city IT is told to run it first


def test_operations_has_the_sections_city_it_needs():
    for heading in ("## Install", "## First: `mailbot check`", "## Configuration", "## Commands", "## Deploy",
                    "## Backup and restore", "## Upgrade", "## Logs"):
        assert f"\n{heading}" in OPERATIONS, heading
    restore = section(OPERATIONS, "Backup and restore")
    assert "mailbot backup" in restore and "Restore" in restore and "mailbot-backup.timer" in restore


def test_the_reference_names_no_command_that_does_not_exist():
    named = set(re.findall(r"^\| `mailbot ([a-z-]+)", section(OPERATIONS, "Commands"), flags=re.M))
    assert named and sorted(named - set(main.commands)) == []
    assert {"check", "backup"} <= set(main.commands)
