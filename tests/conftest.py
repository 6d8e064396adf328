"""Shared fixtures: real Dovecot and aiosmtpd servers and config files wired to them.

Servers (classes in tests/servers.py; nothing is mocked):

``test_ca`` (session)
    TestCA with ``ca_file``, ``cert_file``, ``key_file``: a throw-away CA made by
    openssl and a server certificate for IP:127.0.0.1 / DNS:localhost.

``dovecot`` (function; starts in ~0.05 s, so every test gets a fresh mailbox)
    A running Dovecot. ``dovecot.host``, ``.port`` (plain IMAP), ``.tls_port`` (IMAPS),
    ``.user`` / ``.password``. ``.flavour`` is "standard" unless a test asks for another
    with ``@pytest.mark.parametrize("dovecot", ["standard", "exchange"], indirect=True)``
    (the end-to-end, move and serve tests run against both): "exchange" offers no IDLE, MOVE, UIDPLUS or
    CONDSTORE and keeps no keywords; "namespace" has the personal namespace "INBOX." with
    separator "." (Courier). Helpers::

        uid = dovecot.append(raw_bytes)               # APPEND to INBOX, returns the UID
        dovecot.append(raw, folder="Archiv", flags=[r"\\Seen"])
        dovecot.flags(uid)        # -> {"\\\\Seen", "$MailbotHandled", ...}
        dovecot.uids("Erledigt")  # -> [1, 2]
        dovecot.uidvalidity()     # -> int
        dovecot.change_uidvalidity()   # new UIDVALIDITY for INBOX (restarts Dovecot)
        dovecot.restart(); dovecot.stop(); dovecot.start()
        dovecot.logins()          # -> logins as dovecot.user so far (from Dovecot's log)
        dovecot.folder("Erledigt")   # -> "INBOX.Erledigt" on the namespace flavour
        with dovecot.client() as c: ...   # a logged-in IMAPClient for anything else

``courier`` (function)
    A real Courier-IMAP 5 (Debian's package unpacked by .ci/run with dpkg -x) behind a
    login front; skipped where it is missing. Namespace "INBOX.", UIDPLUS, IDLE, no MOVE.
    ``.append``, ``.flags``, ``.uids`` and ``.client()`` as for ``dovecot``.

``smtpd`` (function)
    A running aiosmtpd on a plain loopback port that offers AUTH (not required).
    ``smtpd.port``, ``smtpd.username`` / ``.password``. Every accepted mail is in
    ``smtpd.received``: a list of Received(mail_from, rcpt_tos, data: bytes, login, peer).
    ``smtpd.fail_next(2, 450)`` answers the next two mails with 450 at DATA
    (``stage="rcpt"`` refuses at RCPT TO instead); 421 / 550 work the same way.

``smtpd_factory`` (function)
    ``smtpd_factory(mode="starttls" | "ssl" | "none", auth=True)`` starts another
    one (TLS with ``test_ca``); all are stopped after the test.

Config files (both set MAILBOT_IMAP_PASSWORD / MAILBOT_SMTP_PASSWORD with monkeypatch):

``config_file`` (function)
    Path to a valid config.toml in tmp_path with the event, three workgroups
    (AG1, AG2, AG3, capacity 30 each), [imap] pointing at ``dovecot`` (plain port,
    security = "none"), [smtp] pointing at ``smtpd`` (with AUTH) and
    [database].path = tmp_path / "mailbot.db". Load it with
    ``mailbot.config.load_config(config_file)``.

``maildir_config_file`` (function)
    The same event with [maildir] (tmp_path / "Maildir", created with cur/new/tmp)
    and [outdir] (tmp_path / "outbox") instead of servers.

``write_config`` (function)
    The factory behind both: ``write_config(imap=dovecot, smtp=smtpd,
    imap_extra={"move_to": "Erledigt"}, smtp_extra={...}, extra="[worker]\\n...",
    maildir=None, outdir=None, name=None) -> Path`` (config.toml, then config-2.toml,
    ... unless named). Omitted servers are
    replaced by the Maildir / outdir variant.
"""

from __future__ import annotations

import mailbox
from pathlib import Path

import pytest

from servers import Courier, Dovecot, SmtpServer, courier_available, make_test_ca

IMAP_PASSWORD_ENV = "MAILBOT_IMAP_PASSWORD"
SMTP_PASSWORD_ENV = "MAILBOT_SMTP_PASSWORD"

EVENT_TOML = """\
[event]
name = "Tag der Migrantenselbstorganisationen 2027"
starts = 2027-03-13T10:00:00
ends = 2027-03-13T16:00:00
timezone = "Europe/Berlin"
venue = "Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster"
registration_address = "mso-tag@muenster.example"
registration_deadline = 2027-03-06T23:59:00
capacity = 90
reminders = ["7d", "1d"]

[[workgroups]]
id = "AG1"
title = "Menschen mit Migrationsvorgeschichte im Bildungssystem"
capacity = 30
aliases = ["Bildung", "Bildungssystem", "Schule"]
label = "AG 1"

[[workgroups]]
id = "AG2"
title = "Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte"
capacity = 30
aliases = ["Zukunftsprozess", "Stadtentwicklung", "Münsters Zukunft"]
label = "AG 2"

[[workgroups]]
id = "AG3"
title = "Förderungsmöglichkeiten und effektives Vereinsmanagement"
capacity = 30
aliases = ["Förderung", "Fördermittel", "Vereinsmanagement", "Finanzierung"]
label = "AG 3"
"""


def toml_value(value) -> str:
    """A Python value as a TOML literal (enough for config tests)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


def toml_table(name: str, values: dict) -> str:
    lines = [f"[{name}]"] + [f"{k} = {toml_value(v)}" for k, v in values.items() if v is not None]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="session")
def test_ca(tmp_path_factory):
    return make_test_ca(tmp_path_factory.mktemp("ca"))


@pytest.fixture
def dovecot(request, test_ca):
    # indirect parametrisation picks another flavour:
    # @pytest.mark.parametrize("dovecot", ["standard", "exchange"], indirect=True)
    server = Dovecot(test_ca, flavour=getattr(request, "param", "standard"))
    try:
        server.start()
        yield server
    finally:
        server.cleanup()


@pytest.fixture
def courier():
    """A real Courier-IMAP (see tests/servers.py, Courier); skipped where .ci/run could not unpack it."""
    if not courier_available():
        pytest.skip("Courier-IMAP is not unpacked in .ci/courier (bash .ci/run does it)")
    server = Courier()
    try:
        server.start()
        yield server
    finally:
        server.cleanup()


@pytest.fixture
def smtpd_factory(test_ca):
    started: list[SmtpServer] = []

    def start(mode: str = "none", auth: bool = True) -> SmtpServer:
        server = SmtpServer(test_ca, mode=mode, auth=auth).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def smtpd(smtpd_factory):
    return smtpd_factory()


@pytest.fixture
def write_config(tmp_path, monkeypatch):
    def write(imap=None, smtp=None, *, imap_extra=None, smtp_extra=None, extra="",
              maildir=None, outdir=None, name=None) -> Path:
        parts = [EVENT_TOML]
        if imap is not None:
            monkeypatch.setenv(IMAP_PASSWORD_ENV, imap.password)
            parts.append(toml_table("imap", {
                "host": imap.host, "port": imap.port, "security": "none", "username": imap.user,
                "password_env": IMAP_PASSWORD_ENV, "timeout": 10, **(imap_extra or {}),
            }))
        else:
            maildir = Path(maildir or tmp_path / "Maildir")
            mailbox.Maildir(maildir, create=True).close()
            parts.append(toml_table("maildir", {"path": str(maildir)}))
        if smtp is not None:
            monkeypatch.setenv(SMTP_PASSWORD_ENV, smtp.password)
            parts.append(toml_table("smtp", {
                "host": smtp.host, "port": smtp.port, "security": "none", "username": smtp.username,
                "password_env": SMTP_PASSWORD_ENV, "timeout": 10,
                "from_address": "mso-tag@muenster.example",
                "from_name": "Tag der Migrantenselbstorganisationen", **(smtp_extra or {}),
            }))
        else:
            parts.append(toml_table("outdir", {"path": str(outdir or tmp_path / "outbox")}))
        parts.append(toml_table("database", {"path": str(tmp_path / "mailbot.db")}))
        parts.append(extra)
        path = tmp_path / (name or _unused_name(tmp_path))
        path.write_text("\n".join(parts), encoding="utf-8")
        return path

    return write


def _unused_name(folder: Path) -> str:
    """config.toml, then config-2.toml, ...: two fixtures in one test must not collide."""
    n = 1
    while (folder / (name := "config.toml" if n == 1 else f"config-{n}.toml")).exists():
        n += 1
    return name


@pytest.fixture
def config_file(write_config, dovecot, smtpd):
    return write_config(dovecot, smtpd)


@pytest.fixture
def maildir_config_file(write_config):
    return write_config()
