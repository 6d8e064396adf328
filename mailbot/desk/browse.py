"""`mailbot browse`: Datasette on 127.0.0.1 over the database, when the optional extra is installed.

Datasette runs behind browse_guard: only the printed address (with a fresh random
token) gets in, and only with the expected Host header.
"""

from __future__ import annotations

import importlib.util
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
import webbrowser
from pathlib import Path
from urllib.parse import urlsplit

from ..config import Config
from ..errors import MailbotError
from .browse_guard import TOKEN_PARAM
from .views import datasette_metadata

NOT_INSTALLED = ("Datasette is not installed. Install it with: pip install 'mailbot[browse]' "
                 "(or open the database file in DB Browser for SQLite)")


class BrowseUnavailable(MailbotError):
    """The optional Datasette extra is not installed."""


def datasette_installed() -> bool:
    return importlib.util.find_spec("datasette") is not None


def datasette_command(config: Config, metadata_path: Path, port: int) -> list[str]:
    """The datasette command line behind the gate (browse_guard): loopback only, personal data."""
    return [sys.executable, "-m", "mailbot.desk.browse_guard", "serve", str(config.database_path),
            "--host", "127.0.0.1", "--port", str(port), "--metadata", str(metadata_path),
            "--setting", "default_facet_size", "10"]


def browse_url(config: Config, port: int, token: str) -> str:
    """The one address that lets the browser in: the database page, with the token once."""
    return f"http://127.0.0.1:{port}/{Path(config.database_path).stem}?{TOKEN_PARAM}={token}"


def browse(config: Config, port: int = 8001, open_browser: bool = True, announce=print) -> int:
    """Run Datasette behind the gate until it is stopped (Ctrl+C); returns its exit status.

    `announce` gets the address with the token (printed for the coordinator).
    """
    if not datasette_installed():
        raise BrowseUnavailable(NOT_INSTALLED)
    token = secrets.token_urlsafe(24)
    metadata = datasette_metadata(config, Path(config.database_path).stem)
    environment = {**os.environ, "MAILBOT_BROWSE_TOKEN": token, "MAILBOT_BROWSE_PORT": str(port)}
    url = browse_url(config, port, token)
    with tempfile.TemporaryDirectory(prefix="mailbot-browse-") as folder:
        path = Path(folder) / "metadata.json"
        path.write_text(json.dumps(metadata, ensure_ascii=False, indent=2), encoding="utf-8")
        return _run_until_stopped(datasette_command(config, path, port), environment, url, open_browser, announce)


def _run_until_stopped(command: list[str], environment: dict, url: str, open_browser: bool, announce) -> int:
    """Run Datasette; Ctrl+C or SIGTERM to us stops it too (no server left behind)."""
    child = subprocess.Popen(command, env=environment)
    previous = signal.signal(signal.SIGTERM, lambda *_: child.terminate())
    try:
        announce(url)
        if open_browser and _wait_until_listening(url, child):
            webbrowser.open(url)
        return child.wait()
    except KeyboardInterrupt:
        child.terminate()
        child.wait()
        return 0
    finally:
        signal.signal(signal.SIGTERM, previous)


def _wait_until_listening(url: str, child, timeout: float = 20.0) -> bool:
    port = urlsplit(url).port
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and child.poll() is None:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return True
        except OSError:
            time.sleep(0.2)
    return False
