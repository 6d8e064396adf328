"""`mailbot browse`: Datasette on 127.0.0.1 over the database, when the optional extra is installed."""

from __future__ import annotations

import importlib.util
import json
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from ..config import Config
from ..errors import MailbotError
from .views import datasette_metadata

NOT_INSTALLED = ("Datasette is not installed. Install it with: pip install 'mailbot[browse]' "
                 "(or open the database file in DB Browser for SQLite)")


class BrowseUnavailable(MailbotError):
    """The optional Datasette extra is not installed."""


def datasette_installed() -> bool:
    return importlib.util.find_spec("datasette") is not None


def datasette_command(config: Config, metadata_path: Path, port: int, open_browser: bool) -> list[str]:
    """The datasette command line: loopback only, since the database holds personal data."""
    command = [sys.executable, "-m", "datasette", "serve", str(config.database_path),
               "--host", "127.0.0.1", "--port", str(port), "--metadata", str(metadata_path)]
    if open_browser:
        command.append("--open")
    return command


def browse(config: Config, port: int = 8001, open_browser: bool = True) -> int:
    """Run Datasette until it is stopped (Ctrl+C); returns its exit status."""
    if not datasette_installed():
        raise BrowseUnavailable(NOT_INSTALLED)
    metadata = datasette_metadata(config, Path(config.database_path).stem)
    with tempfile.TemporaryDirectory(prefix="mailbot-browse-") as folder:
        path = Path(folder) / "metadata.json"
        path.write_text(json.dumps(metadata, ensure_ascii=False, indent=2), encoding="utf-8")
        return _run_until_stopped(datasette_command(config, path, port, open_browser))


def _run_until_stopped(command: list[str]) -> int:
    """Run Datasette; Ctrl+C or SIGTERM to us stops it too (no server left behind)."""
    child = subprocess.Popen(command)
    previous = signal.signal(signal.SIGTERM, lambda *_: child.terminate())
    try:
        return child.wait()
    except KeyboardInterrupt:
        child.terminate()
        child.wait()
        return 0
    finally:
        signal.signal(signal.SIGTERM, previous)
