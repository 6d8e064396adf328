"""`mailbot browse` and the Datasette metadata: every table and column described."""

from __future__ import annotations

import json
import os
import shutil

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


CANNED = ["Teilnehmende je Arbeitsgruppe", "Wartelisten", "Zu prüfen", "Zustellfehler", "Alle Mails einer Person"]


def test_saved_queries_run_and_answer_the_coordinators_questions(desk_config, db):
    queries = datasette_metadata(desk_config[1], "mailbot")["databases"]["mailbot"]["queries"]
    params = {"workgroup": "AG1", "email": "a@example.org"}
    for name, query in queries.items():
        db.execute(query["sql"], params).fetchall()
    titles = [q["title"] for q in queries.values()]
    assert titles[:5] == CANNED


def test_metadata_is_german_with_facets_and_raw_tables_hidden(desk_config):
    meta = datasette_metadata(desk_config[1], "mailbot")
    tables = meta["databases"]["mailbot"]["tables"]
    assert meta["title"].startswith("Anmeldungen: ")
    assert tables["registrations"]["facets"] == ["workgroup", "status"]
    assert tables["messages"]["hidden"] is True and tables["outbox"]["hidden"] is True
    assert "Anmeldung" in tables["registrations"]["description"]


def test_datasette_listens_on_loopback_only_behind_the_gate(desk_config, tmp_path):
    command = datasette_command(desk_config[1], tmp_path / "m.json", 8001)
    assert command[command.index("--host") + 1] == "127.0.0.1"
    assert command[1:3] == ["-m", "mailbot.desk.browse_guard"]
    assert json.dumps(command)  # plain strings, no shell


TOKEN = "s3cret-token"


@pytest.mark.parametrize("host, path, query, cookie, expected", [
    ("127.0.0.1:8001", "/mailbot", "", "", ("deny", 403)),
    ("127.0.0.1:8001", "/mailbot", "mailbot_token=wrong", "", ("deny", 403)),
    ("127.0.0.1:8001", "/mailbot", f"mailbot_token={TOKEN}", "", ("redirect", 302)),
    ("127.0.0.1:8001", "/mailbot.json", "sql=select+raw+from+messages", "mailbot_browse_8001=wrong", ("deny", 403)),
    ("127.0.0.1:8001", "/mailbot.json", "sql=select+raw+from+messages", f"mailbot_browse_8001={TOKEN}", ("serve", 200)),
    ("localhost:8001", "/mailbot", "", f"mailbot_browse_8001={TOKEN}", ("serve", 200)),
    ("evil.example:8001", "/mailbot", "", f"mailbot_browse_8001={TOKEN}", ("deny", 403)),
    ("127.0.0.1:9999", "/mailbot", f"mailbot_token={TOKEN}", "", ("deny", 403)),
    ("127.0.0.1:8001", "/mailbot/messages", "", f"mailbot_browse_8001={TOKEN}", ("redirect", 302)),
    ("127.0.0.1:8001", "/mailbot/messages", "_col=subject", f"mailbot_browse_8001={TOKEN}", ("serve", 200)),
    ("127.0.0.1:8001", "/mailbot", "", f"mailbot_browse_8002={TOKEN}", ("deny", 403)),
], ids=["no-token", "wrong-token", "token-in-url", "sql-wrong-cookie", "sql-with-cookie", "localhost",
        "dns-rebinding-host", "other-port", "raw-table-hides-raw", "columns-chosen",
        "another-sessions-cookie"])
def test_the_gate(host, path, query, cookie, expected):
    from mailbot.desk.browse_guard import judge
    from mailbot.desk.views import RAW_MAIL_TABLES

    verdict = judge(host, path, query, cookie, TOKEN, 8001, RAW_MAIL_TABLES)
    assert (verdict.action, verdict.status) == expected


def test_the_token_becomes_a_strict_cookie_and_leaves_the_address():
    from mailbot.desk.browse_guard import judge

    verdict = judge("127.0.0.1:8001", "/mailbot", f"x=1&mailbot_token={TOKEN}", "", TOKEN, 8001)
    assert verdict.location == "/mailbot?x=1"
    assert verdict.set_cookie == f"mailbot_browse_8001={TOKEN}; Path=/; HttpOnly; SameSite=Strict"
    hidden = judge("127.0.0.1:8001", "/mailbot/messages", "", f"mailbot_browse_8001={TOKEN}", TOKEN, 8001,
                   {"messages": "raw"})
    assert hidden.location == "/mailbot/messages?_nocol=raw"


needs_datasette = pytest.mark.skipif(not datasette_installed(),
                                     reason="Datasette is not installed (pip install 'mailbot[browse]')")


class Browse:
    """`mailbot browse` running in its own process, with the address it printed."""

    def __init__(self, config_path, database_stem: str):
        import os
        import subprocess
        import sys
        import time

        from servers import free_port

        self.port = free_port()
        self.proc = subprocess.Popen([sys.executable, "-m", "mailbot", "browse", "--config", str(config_path),
                                      "--port", str(self.port), "--no-open"], stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, env=os.environ.copy(), text=True)
        self.proc.stdout.readline()  # "Datasette läuft. ..."
        self.url = self.proc.stdout.readline().strip()
        self.token = self.url.split("mailbot_token=")[1]
        self.base = f"http://127.0.0.1:{self.port}/{database_stem}"
        deadline = time.monotonic() + 30
        while self.get("", cookie=False)[0] != 403:
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise RuntimeError("mailbot browse did not start")
            time.sleep(0.2)

    def get(self, path: str, cookie: bool = True, host: str | None = None) -> tuple[int, str]:
        import urllib.error
        import urllib.request

        request = urllib.request.Request(self.base + path)
        if cookie:
            request.add_header("Cookie", f"mailbot_browse_{self.port}={self.token}")
        if host:
            request.add_header("Host", host)
        try:
            with urllib.request.urlopen(request, timeout=5) as page:
                return page.status, page.read().decode("utf-8")
        except urllib.error.HTTPError as exc:
            with exc:
                return exc.code, exc.read().decode("utf-8")
        except OSError:
            return 0, ""

    def stop(self) -> None:
        self.proc.terminate()  # mailbot passes it on: no datasette is left behind
        self.proc.wait(timeout=20)
        self.proc.stdout.close()


@needs_datasette
def test_browse_serves_the_views_and_saved_queries_only_with_the_token(desk_config, db):
    from test_desk_support import add_registration

    add_registration(db, "rosa.mendes@verein-f.example", "Rosa Mendes", "AG1", "confirmed")
    browse = Browse(desk_config[0], desk_config[1].database_path.stem)
    try:
        status, people = browse.get("/participants.json?_shape=array")
        _, canned = browse.get("/teilnehmende_je_arbeitsgruppe.json?_shape=array")
        refused = [browse.get("/participants.json", cookie=False)[0],
                   browse.get(".json?sql=select+raw+from+messages", cookie=False)[0],
                   browse.get("/participants.json", host=f"rebind.example:{browse.port}")[0]]
    finally:
        browse.stop()
    assert not _still_serving(browse.base), "datasette outlived mailbot browse"
    assert status == 200 and [p["name"] for p in json.loads(people)] == ["Rosa Mendes"]
    assert [row["Name"] for row in json.loads(canned)] == ["Rosa Mendes"]
    assert refused == [403, 403, 403]


@needs_datasette
@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed (apt-get install chromium)")
def test_canned_queries_render_in_headless_chromium(desk_config, db, tmp_path):
    import subprocess

    from test_desk_support import add_registration

    add_registration(db, "rosa.mendes@verein-f.example", "Rosa Mendes", "AG1", "confirmed")
    add_registration(db, "wanda@example.org", "Wanda Warte", "AG2", "waitlisted")
    browse = Browse(desk_config[0], desk_config[1].database_path.stem)
    shot = tmp_path / "browse.png"
    chromium = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1280,1800", "--hide-scrollbars"]
    try:
        dom = subprocess.run([*chromium, "--dump-dom", browse.url], capture_output=True, text=True, timeout=120)
        subprocess.run([*chromium, f"--screenshot={shot}", browse.url], capture_output=True, timeout=120)
        page = subprocess.run([*chromium, "--dump-dom", browse.url.replace("?", "/wartelisten?")],
                              capture_output=True, text=True, timeout=120)
    finally:
        browse.stop()
    for title in CANNED:
        assert title in dom.stdout, title
    assert "Anmeldungen: Tag der Migrantenselbstorganisationen 2027" in dom.stdout
    assert "Wanda Warte" in page.stdout and "Rosa Mendes" not in page.stdout
    assert shot.exists() and shot.stat().st_size > 10_000
    keep = os.environ.get("MAILBOT_SCREENSHOT")  # set it to keep the picture for a look
    if keep:
        shutil.copy(shot, keep)


def _still_serving(url: str, wait: float = 10.0) -> bool:
    """Whether the server still answers (even with 403) after `wait` seconds of trying to see it gone."""
    import time
    import urllib.error
    import urllib.request

    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + ".json", timeout=1).close()
        except urllib.error.HTTPError as exc:
            exc.close()
        except OSError:
            return False
        time.sleep(0.2)
    return True
