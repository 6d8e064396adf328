"""OAuth2 (XOAUTH2) for IMAP and SMTP, as Microsoft 365 and Gmail want it.

IMAP: a real Dovecot whose oauth2 passdb asks a local token endpoint (RFC 7662
introspection, POST token=...) whether the bearer token is active, the way it
would ask a real provider. SMTP: aiosmtpd with an XOAUTH2 handler that checks
the exact SASL string "user=...^Aauth=Bearer TOKEN^A^A". The token always comes
from `token_command` (like mbsync's PassCmd), run just before each login.
"""

from __future__ import annotations

import base64
import json
import sqlite3
import sys
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest

from mailbot.config import load_config
from mailbot.errors import ConfigError, LoginError
from mailbot.mailbox import ImapMailbox
from mailbot.runner import run_once
from servers import HOST, IMAP_OAUTH_USER, Dovecot, RecordingHandler, SmtpServer

TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.mailbot-test-access-token"
SMTP_USER = "mso-tag@muenster.example"


# --- the token endpoint --------------------------------------------------------------


@dataclass
class TokenEndpoint:
    """A local OAuth2 introspection endpoint: knows which tokens are active for whom."""

    active: dict[str, str] = field(default_factory=dict)  # token -> username
    requests: list[dict] = field(default_factory=list)
    server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.server.server_port}/introspect"

    def answer(self, form: dict[str, list[str]]) -> dict:
        token = (form.get("token") or [""])[0]
        self.requests.append({"token": token})
        user = self.active.get(token)
        return {"active": True, "username": user} if user else {"active": False}


def _handler_for(endpoint: TokenEndpoint):
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - http.server's naming
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
            data = json.dumps(endpoint.answer(parse_qs(body))).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):  # keep test output clean
            pass

    return Handler


@pytest.fixture
def token_endpoint():
    endpoint = TokenEndpoint(active={TOKEN: IMAP_OAUTH_USER})
    endpoint.server = ThreadingHTTPServer((HOST, 0), _handler_for(endpoint))
    thread = threading.Thread(target=endpoint.server.serve_forever, daemon=True)
    thread.start()
    yield endpoint
    endpoint.server.shutdown()
    endpoint.server.server_close()
    thread.join(timeout=5)


@pytest.fixture
def oauth_dovecot(test_ca, token_endpoint):
    server = Dovecot(test_ca, oauth2_introspection_url=token_endpoint.url)
    try:
        server.start()
        yield server
    finally:
        server.cleanup()


# --- an SMTP server that checks the exact SASL exchange ---------------------------------


@dataclass
class StrictXoauth2Handler(RecordingHandler):
    """Accepts XOAUTH2 only when the decoded initial response is byte for byte what RFC-less
    XOAUTH2 (Google, Microsoft) prescribes; records every attempt."""

    user: str = SMTP_USER
    attempts: list[bytes] = field(default_factory=list)

    async def auth_XOAUTH2(self, server, args):  # noqa: N802 - aiosmtpd's naming
        from aiosmtpd.smtp import AuthResult

        raw = base64.b64decode(args[1]) if len(args) > 1 else b""
        self.attempts.append(raw)
        if raw == f"user={self.user}\x01auth=Bearer {self.oauth_token}\x01\x01".encode():
            return AuthResult(success=True, auth_data=self.user.encode())
        return AuthResult(success=False, handled=False, message="535 5.7.8 Invalid token")


@pytest.fixture
def oauth_smtpd(test_ca):
    server = SmtpServer(test_ca, auth=True)
    server.handler = StrictXoauth2Handler(oauth_token=TOKEN)
    server.start()
    yield server
    server.stop()


# --- helpers -----------------------------------------------------------------------------


def token_command(tmp_path, token: str = TOKEN, name: str = "token") -> str:
    """A token command like a real helper script: prints the token (plus a newline)."""
    file = tmp_path / name
    file.write_text(token + "\n")
    return f"{sys.executable} -c \"import sys; print(open(sys.argv[1]).read().strip())\" {file}"


def oauth_config(write_config, tmp_path, imap, smtp, imap_token=TOKEN, smtp_token=TOKEN):
    imap_extra = {"auth": "xoauth2", "username": IMAP_OAUTH_USER, "password_env": None,
                  "token_command": token_command(tmp_path, imap_token, "imap-token")}
    smtp_extra = {"auth": "xoauth2", "username": SMTP_USER, "password_env": None,
                  "token_command": token_command(tmp_path, smtp_token, "smtp-token")}
    return load_config(write_config(imap, smtp, imap_extra=imap_extra, smtp_extra=smtp_extra))


def registration() -> bytes:
    return (
        "From: Marta Lopes <marta.lopes@verein-a.example>\r\nTo: mso-tag@muenster.example\r\n"
        "Subject: Anmeldung\r\nMessage-ID: <oauth-reg@verein-a.example>\r\n"
        "Date: Mon, 11 Jan 2027 09:00:00 +0100\r\n\r\n"
        "Guten Tag,\r\n\r\nich melde mich für die Arbeitsgruppe 2 an.\r\n\r\nViele Grüße\r\nMarta Lopes\r\n"
    ).encode()


# --- IMAP ---------------------------------------------------------------------------------


def test_imap_xoauth2_token_is_checked_by_the_token_endpoint(oauth_dovecot, token_endpoint, oauth_smtpd,
                                                             write_config, tmp_path):
    uid = oauth_dovecot.append(registration(), user=IMAP_OAUTH_USER)
    config = oauth_config(write_config, tmp_path, oauth_dovecot, oauth_smtpd)
    with ImapMailbox(config.imap) as box:
        fetched = [m.uid for batch in box.fetch_new(0) for m in batch]
    assert fetched == [uid]
    # Dovecot really asked the endpoint, with exactly the token the command printed
    assert token_endpoint.requests == [{"token": TOKEN}]


def test_imap_xoauth2_inactive_token_is_a_login_error_without_the_token(oauth_dovecot, token_endpoint,
                                                                        oauth_smtpd, write_config, tmp_path):
    expired = "expired-token-0123456789"
    config = oauth_config(write_config, tmp_path, oauth_dovecot, oauth_smtpd, imap_token=expired)
    with pytest.raises(LoginError) as info:
        ImapMailbox(config.imap).open()
    assert f"login as {IMAP_OAUTH_USER!r} refused" in str(info.value)
    assert expired not in str(info.value)
    assert token_endpoint.requests == [{"token": expired}]


def test_password_login_cannot_bypass_the_token_endpoint(oauth_dovecot, token_endpoint):
    # the passwd-file passdb no longer answers XOAUTH2: a token it holds as a password is refused
    from imapclient import IMAPClient
    from imapclient.exceptions import LoginError as ImapLoginError

    client = IMAPClient(HOST, oauth_dovecot.port, ssl=False, timeout=10)
    try:
        with pytest.raises(ImapLoginError):
            client.oauth2_login(IMAP_OAUTH_USER, oauth_dovecot.users[IMAP_OAUTH_USER])
    finally:
        client.shutdown()


def test_failing_token_command_is_a_config_error_naming_the_key(oauth_dovecot, oauth_smtpd, write_config,
                                                                tmp_path):
    config = load_config(write_config(oauth_dovecot, oauth_smtpd, imap_extra={
        "auth": "xoauth2", "username": IMAP_OAUTH_USER, "password_env": None,
        "token_command": f"{sys.executable} -c \"import sys; sys.exit('no refresh token')\""}))
    with pytest.raises(ConfigError, match=r"\[imap\]\.token_command: exited with status 1 and gave no token"):
        ImapMailbox(config.imap).open()


# --- SMTP ---------------------------------------------------------------------------------


def test_smtp_xoauth2_sends_the_exact_sasl_string(oauth_smtpd, write_config, tmp_path):
    from mailbot.deliver import SmtpTransport

    config = load_config(write_config(smtp=oauth_smtpd, smtp_extra={
        "auth": "xoauth2", "username": SMTP_USER, "password_env": None,
        "token_command": token_command(tmp_path)}))
    transport = SmtpTransport(config.smtp)
    try:
        transport.send(SMTP_USER, "p@example.org", b"From: a@muenster.example\r\nSubject: x\r\n\r\nbody\r\n")
    finally:
        transport.close()
    assert oauth_smtpd.handler.attempts == [f"user={SMTP_USER}\x01auth=Bearer {TOKEN}\x01\x01".encode()]
    assert oauth_smtpd.received[0].login == SMTP_USER


def test_smtp_xoauth2_refused_token_is_a_login_error_without_the_token(oauth_smtpd, write_config, tmp_path):
    from mailbot.deliver import SmtpTransport

    config = load_config(write_config(smtp=oauth_smtpd, smtp_extra={
        "auth": "xoauth2", "username": SMTP_USER, "password_env": None,
        "token_command": token_command(tmp_path, "stale-smtp-token-987")}))
    with pytest.raises(LoginError) as info:
        SmtpTransport(config.smtp).send(SMTP_USER, "p@example.org", b"Subject: x\r\n\r\nbody\r\n")
    assert "535" in str(info.value) and "stale-smtp-token-987" not in str(info.value)
    assert oauth_smtpd.received == []


# --- the whole pass ---------------------------------------------------------------------------


def test_run_once_with_xoauth2_on_both_sides(oauth_dovecot, token_endpoint, oauth_smtpd, write_config,
                                             tmp_path):
    oauth_dovecot.append(registration(), user=IMAP_OAUTH_USER)
    config = oauth_config(write_config, tmp_path, oauth_dovecot, oauth_smtpd)

    result = run_once(config)

    assert result.errors == []
    assert [r.rcpt_tos for r in oauth_smtpd.received] == [["marta.lopes@verein-a.example"]]
    assert token_endpoint.requests and all(r == {"token": TOKEN} for r in token_endpoint.requests)
    db = sqlite3.connect(config.database_path)
    try:
        dump = b"\n".join(str(line).encode() for line in db.iterdump())
    finally:
        db.close()
    assert TOKEN.encode() not in dump  # the token is used, never stored
