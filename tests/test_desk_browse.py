"""`mailbot browse` and the Datasette metadata: every table and column described."""

from __future__ import annotations

import json

import pytest

from test_desk_support import db, desk_config, run  # noqa: F401

from mailbot.desk.browse import NOT_INSTALLED, datasette_command, datasette_installed
from mailbot.desk.views import datasette_metadata


@pytest.mark.skipif(datasette_installed(), reason="Datasette is installed here")
def test_browse_without_datasette_says_how_to_install(desk_config):
    result = run(desk_config[0], "browse", "--no-open")
    assert result.exit_code == 1
    assert result.stderr == f"Error: {NOT_INSTALLED}\n"
    assert "pip install 'mailbot[browse]'" in result.stderr


def test_metadata_describes_every_table_view_and_column(desk_config, db):
    tables = datasette_metadata(desk_config[1], "mailbot")["databases"]["mailbot"]["tables"]
    for name in db.table_names() + db.view_names():
        assert tables.get(name, {}).get("description"), name
    for name in db.table_names():
        described = tables[name].get("columns", {})
        missing = [c.name for c in db[name].columns if c.name not in described]
        assert missing == [], name


def test_saved_queries_run(desk_config, db):
    queries = datasette_metadata(desk_config[1], "mailbot")["databases"]["mailbot"]["queries"]
    params = {"workgroup": "AG1", "email": "a@example.org"}
    for name, query in queries.items():
        db.execute(query["sql"], params).fetchall()
    assert set(queries) == {"door_list", "workgroup_list", "find_person", "mails_per_day"}


def test_datasette_listens_on_loopback_only(desk_config, tmp_path):
    command = datasette_command(desk_config[1], tmp_path / "m.json", 8001, open_browser=False)
    assert command[command.index("--host") + 1] == "127.0.0.1"
    assert json.dumps(command)  # plain strings, no shell


@pytest.mark.skipif(not datasette_installed(), reason="Datasette is not installed (pip install 'mailbot[browse]')")
def test_browse_serves_the_views_and_saved_queries(desk_config, db):
    import os
    import subprocess
    import sys
    import time
    import urllib.request

    from servers import free_port
    from test_desk_support import add_registration

    add_registration(db, "rosa.mendes@verein-f.example", "Rosa Mendes", "AG1", "confirmed")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "mailbot", "browse", "--config", str(desk_config[0]),
                             "--port", str(port), "--no-open"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=os.environ.copy())
    base = f"http://127.0.0.1:{port}/{desk_config[1].database_path.stem}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{base}/participants.json?_shape=array", timeout=2) as page:
                    people = json.load(page)
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.2)
        with urllib.request.urlopen(f"{base}/door_list.json?_shape=array", timeout=5) as page:
            door = json.load(page)
    finally:
        proc.terminate()  # mailbot passes it on: no datasette is left behind
        proc.wait(timeout=20)
    assert not _still_serving(base), "datasette outlived mailbot browse"
    assert [p["name"] for p in people] == ["Rosa Mendes"]
    assert any("Rosa Mendes" in json.dumps(row, ensure_ascii=False) for row in door)


def _still_serving(url: str, wait: float = 10.0) -> bool:
    """Whether the server still answers after `wait` seconds of trying to see it gone."""
    import time
    import urllib.request

    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + ".json", timeout=1).close()
        except OSError:
            return False
        time.sleep(0.2)
    return True
