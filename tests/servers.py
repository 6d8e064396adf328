"""Real servers for tests: a throw-away TLS CA, Dovecot (IMAP) and aiosmtpd (SMTP).

Nothing here is mocked: Dovecot runs as its own process group from a config file
in a short temp folder, aiosmtpd runs in a thread of the test process. The
pytest fixtures that wrap these classes live in conftest.py.
"""

from __future__ import annotations

import base64
import collections
import contextlib
import os
import pwd
import re
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from imapclient import IMAPClient

HOST = "127.0.0.1"
IMAP_USER = "mso-tag"
IMAP_PASSWORD = "imap-pass-42"
# LOGIN cannot carry non-ASCII passwords; this user checks the AUTHENTICATE PLAIN path
IMAP_UMLAUT_USER = "umlaut"
IMAP_UMLAUT_PASSWORD = "pässwört-Ü"
# XOAUTH2 in Dovecot checks the bearer token against the passdb like a password,
# so a second user whose "password" is a token lets us test oauth2_login for real.
IMAP_OAUTH_USER = "oauth-user"
IMAP_OAUTH_TOKEN = "ya29.test-token"
SMTP_USER = "mso-tag"
SMTP_PASSWORD = "smtp-pass-42"
SMTP_OAUTH_TOKEN = "smtp-oauth-token"


def free_port() -> int:
    """A loopback port that was free a moment ago (the OS picks it)."""
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def wait_for_port(port: int, timeout: float = 10.0, alive=lambda: True) -> None:
    """Block until something accepts connections on HOST:port."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not alive():
            raise RuntimeError(f"server for port {port} exited during start")
        with contextlib.suppress(OSError), socket.create_connection((HOST, port), timeout=0.2):
            return
        time.sleep(0.02)
    raise RuntimeError(f"nothing listens on {HOST}:{port} after {timeout} s")


# --- TLS -----------------------------------------------------------------------------


@dataclass(frozen=True)
class TestCA:
    """A throw-away CA and a server certificate for IP:127.0.0.1 and DNS:localhost."""

    __test__ = False  # not a pytest test class
    ca_file: Path
    cert_file: Path
    key_file: Path

    def server_context(self) -> ssl.SSLContext:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(self.cert_file, self.key_file)
        return ctx


def make_test_ca(folder: Path) -> TestCA:
    """Create the CA and server certificate with the openssl command line tool."""
    folder.mkdir(parents=True, exist_ok=True)
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    (folder / "server.ext").write_text(
        "subjectAltName = IP:127.0.0.1, DNS:localhost\n"
        "basicConstraints = CA:FALSE\n"
        "keyUsage = critical, digitalSignature, keyEncipherment\n"
        "extendedKeyUsage = serverAuth\n"
    )
    commands = [
        ["openssl", "req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "3",
         "-subj", "/CN=mailbot test CA",
         "-addext", "basicConstraints=critical,CA:TRUE",
         "-addext", "keyUsage=critical,keyCertSign,cRLSign"],
        ["openssl", "req", *ec, "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1"],
        ["openssl", "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
         "-CAcreateserial", "-out", "server.pem", "-days", "3", "-extfile", "server.ext"],
    ]
    for command in commands:
        subprocess.run(command, cwd=folder, check=True, capture_output=True)
    return TestCA(folder / "ca.pem", folder / "server.pem", folder / "server.key")


# --- Dovecot -------------------------------------------------------------------------

_DOVECOT_CONF = """\
base_dir = {run}/run
state_dir = {run}/state
log_path = {run}/dovecot.log
protocols = imap
listen = {host}
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
disable_plaintext_auth = no
auth_mechanisms = plain login xoauth2 oauthbearer
# without these a failed-login test stalls for seconds
auth_failure_delay = 0
mail_location = maildir:{run}/mail/%u
namespace inbox {{
  inbox = yes
{namespace}}}
{oauth2_passdb}passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {run}/passwd
{passwd_mechanisms}}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={run}/mail/%u
}}
service imap-login {{
  inet_listener imap {{
    port = {port}
  }}
  inet_listener imaps {{
    port = {tls_port}
    ssl = yes
  }}
{login_extra}}}
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
{login_extra}}}
{extra}
{flavour}
"""

# Dovecot set up the ways other servers behave (Dovecot(flavour=...)):
#  "exchange": what Exchange's / Microsoft 365's IMAP lacks: no IDLE, MOVE, UIDPLUS or CONDSTORE
#              after login, and no keywords (an ACL without the "w" right: PERMANENTFLAGS is
#              (\Deleted \Seen), a keyword STORE is silently dropped);
#  "namespace": Courier's folders: personal namespace "INBOX." with "." as separator, so
#              "Erledigt" must be created as "INBOX.Erledigt".
#  "nomove": UIDPLUS but no MOVE (older Cyrus, Courier): moving is UID COPY + UID EXPUNGE.
FLAVOURS = ("standard", "exchange", "namespace", "nomove")
_NAMESPACE = {"namespace": "  separator = .\n  prefix = INBOX.\n"}
_NOMOVE_CONF = "imap_capability = IMAP4rev1 SASL-IR LITERAL+ ID ENABLE IDLE NAMESPACE UIDPLUS UNSELECT CHILDREN\n"
_EXCHANGE_CONF = """\
imap_capability = IMAP4rev1 SASL-IR LITERAL+ ID ENABLE NAMESPACE UNSELECT CHILDREN
mail_plugins = $mail_plugins acl
plugin {{
  acl = vfile:{run}/global-acl
}}
"""
# every right but "w" (write flags other than \Seen and \Deleted: keywords)
_EXCHANGE_ACL = "* owner lrstipekxa\n"

# With Dovecot(oauth2_introspection_url=...), tokens are checked the way a real
# provider's are: the oauth2 passdb POSTs "token=..." to that URL (RFC 7662) and
# the passwd-file no longer answers XOAUTH2/OAUTHBEARER, so only a token the
# endpoint calls active logs in.
_OAUTH2_PASSDB = """\
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {run}/oauth2.conf
}}
"""
_OAUTH2_CONF = """\
introspection_mode = post
introspection_url = {url}
force_introspection = yes
username_attribute = username
active_attribute = active
active_value = true
"""


class MailHelpers:
    """What tests do with a test IMAP server's mail, for any server class with a client(user)."""

    def append(self, raw: bytes, folder: str = "INBOX", flags=(), user: str | None = None) -> int:
        """APPEND one mail and return its UID (from the APPENDUID answer)."""
        with self.client(user) as c:
            if not c.folder_exists(folder):
                c.create_folder(folder)
            answer = c.append(folder, raw, flags=flags)
        return int(re.search(rb"APPENDUID \d+ (\d+)", answer).group(1))

    def flags(self, uid: int, folder: str = "INBOX") -> set[str]:
        """The flags and keywords of one mail, as strings (e.g. {"\\\\Seen"})."""
        with self.client() as c:
            c.select_folder(folder, readonly=True)
            got = c.get_flags([uid])
        return {f.decode() for f in got.get(uid, ())}

    def uids(self, folder: str = "INBOX") -> list[int]:
        with self.client() as c:
            if not c.folder_exists(folder):
                return []
            c.select_folder(folder, readonly=True)
            return sorted(c.search("ALL"))


class Dovecot(MailHelpers):
    """A private Dovecot: plain IMAP on `port`, IMAPS on `tls_port`, users in a passwd-file.

    Start it with start(); stop() ends its whole process group, because Dovecot's
    children outlive the master while a client is connected.
    """

    def __init__(self, ca: TestCA, users: dict[str, str] | None = None,
                 oauth2_introspection_url: str | None = None, flavour: str = "standard"):
        if flavour not in FLAVOURS:
            raise ValueError(f"flavour: one of {FLAVOURS}, not {flavour!r}")
        self.ca = ca
        self.flavour = flavour
        self.oauth2_introspection_url = oauth2_introspection_url
        self.host = HOST
        self.users = users or {
            IMAP_USER: IMAP_PASSWORD, IMAP_UMLAUT_USER: IMAP_UMLAUT_PASSWORD, IMAP_OAUTH_USER: IMAP_OAUTH_TOKEN,
        }
        self.user = IMAP_USER
        self.password = self.users[IMAP_USER]
        # short and traversable: socket paths < 108 bytes, and unprivileged
        # Dovecot processes cannot enter pytest's 0700 tmp_path
        self.run_dir = Path(tempfile.mkdtemp(prefix="mbdc-", dir="/tmp"))
        self.run_dir.chmod(0o755)
        self.port = free_port()
        self.tls_port = free_port()
        self.process: subprocess.Popen | None = None
        self._write_files()

    # -- lifecycle --

    def _write_files(self) -> None:
        mail = self.run_dir / "mail"
        mail.mkdir()
        if os.geteuid() == 0:  # Dovecot refuses to handle mail as uid 0
            entry = pwd.getpwnam("nobody")
            os.chown(mail, entry.pw_uid, entry.pw_gid)
        passwd = self.run_dir / "passwd"
        passwd.write_text("".join(f"{u}:{{PLAIN}}{p}::::::\n" for u, p in self.users.items()), encoding="utf-8")
        passwd.chmod(0o644)  # the auth process must read it; test passwords only
        self._write_conf()

    def _write_conf(self) -> None:
        root = os.geteuid() == 0
        entry = pwd.getpwnam("nobody") if root else pwd.getpwuid(os.geteuid())
        login_extra = "" if root else "  chroot =\n"
        extra = "" if root else (
            f"default_internal_user = {entry.pw_name}\n"
            f"default_internal_group = {_group_name(entry.pw_gid)}\n"
            f"default_login_user = {entry.pw_name}\n"
        )
        oauth2_passdb, passwd_mechanisms = "", ""
        if self.oauth2_introspection_url:
            (self.run_dir / "oauth2.conf").write_text(_OAUTH2_CONF.format(url=self.oauth2_introspection_url))
            oauth2_passdb = _OAUTH2_PASSDB.format(run=self.run_dir)
            passwd_mechanisms = "  mechanisms = plain login\n"
        flavour = ""
        if self.flavour == "exchange":
            (self.run_dir / "global-acl").write_text(_EXCHANGE_ACL)
            flavour = _EXCHANGE_CONF.format(run=self.run_dir)
        elif self.flavour == "nomove":
            flavour = _NOMOVE_CONF
        self.conf = self.run_dir / "dovecot.conf"
        self.conf.write_text(_DOVECOT_CONF.format(
            namespace=_NAMESPACE.get(self.flavour, "  separator = /\n"), flavour=flavour,
            run=self.run_dir, host=HOST, cert=self.ca.cert_file, key=self.ca.key_file,
            uid=entry.pw_uid, gid=entry.pw_gid, port=self.port, tls_port=self.tls_port,
            login_extra=login_extra, extra=extra, oauth2_passdb=oauth2_passdb, passwd_mechanisms=passwd_mechanisms,
        ))

    def start(self) -> Dovecot:
        """Start Dovecot in the foreground (own process group) and wait until it listens."""
        for attempt in range(3):
            try:
                return self._start_once()
            except RuntimeError as exc:
                # another test run took our "free" port in the meantime, or the master died
                # before it opened its log (on a loaded machine, once in a few thousand
                # starts, with nothing said): take new ports and start again
                if attempt == 2 or not ("Address already in use" in str(exc) or "exited during start" in str(exc)):
                    raise
                self.port, self.tls_port = free_port(), free_port()
                self._write_conf()
                for name in ("dovecot.log", "dovecot.stderr"):
                    (self.run_dir / name).unlink(missing_ok=True)
        raise AssertionError("unreachable")

    def _start_once(self) -> Dovecot:
        # what the master says before its log is open (a bad config, a failed bind) goes to stderr
        with open(self.run_dir / "dovecot.stderr", "wb") as stderr:
            self.process = subprocess.Popen(
                ["dovecot", "-F", "-c", str(self.conf)],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=stderr,
                start_new_session=True,
            )
        try:
            for port in (self.port, self.tls_port):
                wait_for_port(port, alive=lambda: self.process.poll() is None)
            self._wait_for_greeting()
        except RuntimeError as exc:
            code = self.process.poll()
            self.stop()
            said = (self.run_dir / "dovecot.stderr").read_text(errors="replace")
            raise RuntimeError(f"{exc} (exit status {code})\n--- dovecot.log ---\n{self.log()}"
                               f"\n--- stderr ---\n{said}") from None
        return self

    def _wait_for_greeting(self) -> None:
        # the master listens before it is ready; a SIGTERM then is ignored for seconds
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection((HOST, self.port), timeout=2) as s:
                if s.recv(100).startswith(b"* OK"):
                    return
            time.sleep(0.02)
        raise RuntimeError("Dovecot sends no IMAP greeting")

    def stop(self) -> None:
        """Stop the master and every child (IMAP sessions included)."""
        if self.process is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            # an imap-login process that is still starting ignores SIGTERM and the
            # master waits for it: soon after, kill what is left
            self.process.wait(timeout=0.3)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        # children still alive after the master is gone (an IMAP session in IDLE)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.run_dir, ignore_errors=True)

    def log(self) -> str:
        path = self.run_dir / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    # -- helpers for tests --

    def logins(self, user: str | None = None) -> int:
        """How many IMAP logins as `user` this Dovecot has logged so far."""
        return self.log().count(f"Login: user=<{user or self.user}>")

    def folder(self, name: str) -> str:
        """A top-level folder's full name on this server ("INBOX.Erledigt" on the namespace flavour)."""
        return name if self.flavour != "namespace" or name.upper() == "INBOX" else f"INBOX.{name}"

    @contextlib.contextmanager
    def client(self, user: str | None = None):
        """A logged-in IMAPClient on the plain port (for test set-up and checks)."""
        user = user or self.user
        client = IMAPClient(self.host, self.port, ssl=False, timeout=10)
        try:
            client.login(user, self.users[user])
            yield client
        finally:
            with contextlib.suppress(Exception):
                client.logout()

    def uidvalidity(self, folder: str = "INBOX") -> int:
        with self.client() as c:
            return c.folder_status(folder, ["UIDVALIDITY"])[b"UIDVALIDITY"]

    def change_uidvalidity(self, new_value: int | None = None) -> int:
        """Give INBOX a new UIDVALIDITY (as after a server migration); restarts Dovecot."""
        self.stop()
        inbox = self.run_dir / "mail" / self.user
        uidlist = inbox / "dovecot-uidlist"
        text = uidlist.read_text()
        old = int(re.search(r" V(\d+)", text).group(1))
        new_value = new_value or old + 1000
        uidlist.write_text(re.sub(r" V\d+", f" V{new_value}", text, count=1))
        for index in inbox.glob("dovecot.index*"):  # the index caches the old value
            index.unlink()
        self.start()
        return new_value


def _group_name(gid: int) -> str:
    import grp

    return grp.getgrgid(gid).gr_name


# --- SMTP (aiosmtpd) -----------------------------------------------------------------


@dataclass
class Received:
    """One mail as the SMTP server got it."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    login: str | None = None
    peer: tuple | None = None  # the client's (host, port): same port = same connection


@dataclass
class RecordingHandler:
    """aiosmtpd handler: records every accepted mail; can be told to refuse the next N."""

    received: list[Received] = field(default_factory=list)
    oauth_token: str = SMTP_OAUTH_TOKEN
    _failures: collections.deque = field(default_factory=collections.deque)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def fail_next(self, count: int, code: int, text: str = "try again later", stage: str = "data") -> None:
        """Answer the next `count` mails with `code` at stage "rcpt" or "data"."""
        with self._lock:
            self._failures.extend([(stage, f"{code} {text}")] * count)

    def _failure(self, stage: str) -> str | None:
        with self._lock:
            if self._failures and self._failures[0][0] == stage:
                return self._failures.popleft()[1]
        return None

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        failure = self._failure("rcpt")
        if failure:
            return failure
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        failure = self._failure("data")
        if failure:
            return failure
        login = getattr(session.auth_data, "login", session.auth_data)
        login = login.decode() if isinstance(login, bytes) else login
        with self._lock:
            self.received.append(Received(
                envelope.mail_from, list(envelope.rcpt_tos), envelope.content, login, tuple(session.peer)))
        return "250 2.0.0 Message accepted"

    async def auth_XOAUTH2(self, server, args):
        """SASL XOAUTH2 as Gmail/Outlook speak it: user=...^Aauth=Bearer TOKEN^A^A."""
        from aiosmtpd.smtp import AuthResult

        blob = args[1] if len(args) > 1 else ""
        text = base64.b64decode(blob).decode() if blob else ""
        fields = dict(part.split("=", 1) for part in text.split("\1") if "=" in part)
        if fields.get("auth") == f"Bearer {self.oauth_token}":
            return AuthResult(success=True, auth_data=fields.get("user", "").encode())
        return AuthResult(success=False, handled=False, message="535 5.7.8 Invalid token")


class SmtpServer:
    """aiosmtpd in a thread of the test process, on a free loopback port.

    mode: "none" (plain), "starttls" (offers STARTTLS), "ssl" (implicit TLS).
    With auth=True it offers AUTH PLAIN/LOGIN/XOAUTH2 (also on a plain port).
    """

    def __init__(self, ca: TestCA | None = None, mode: str = "none", auth: bool = False):
        self.host = HOST
        self.port = free_port()
        self.mode = mode
        self.handler = RecordingHandler()
        self.username, self.password = SMTP_USER, SMTP_PASSWORD
        self._kwargs: dict = {"server_hostname": "mx.mailbot.test", "auth_require_tls": False}
        if auth:
            self._kwargs["authenticator"] = self._authenticate
        if mode == "ssl":
            self._kwargs["ssl_context"] = ca.server_context()
        elif mode == "starttls":
            self._kwargs["tls_context"] = ca.server_context()
        self.controller = None

    def _authenticate(self, server, session, envelope, mechanism, auth_data):
        from aiosmtpd.smtp import AuthResult

        ok = auth_data.login.decode() == self.username and auth_data.password.decode() == self.password
        return AuthResult(success=ok, handled=False, auth_data=auth_data)

    @property
    def received(self) -> list[Received]:
        return self.handler.received

    def fail_next(self, count: int, code: int, text: str = "try again later", stage: str = "data") -> None:
        self.handler.fail_next(count, code, text, stage)

    def start(self) -> SmtpServer:
        from aiosmtpd.controller import Controller

        for attempt in range(3):
            controller = Controller(self.handler, hostname=HOST, port=self.port, **self._kwargs)
            try:
                controller.start()
            except OSError:  # the port was taken after free_port() picked it
                controller.loop.close()
                if attempt == 2:
                    raise
                self.port = free_port()
                continue
            self.controller = controller
            return self
        raise AssertionError("unreachable")

    def stop(self) -> None:
        if self.controller is None:
            return
        self.controller.stop()
        # the controller leaves its loop open; closing it avoids a ResourceWarning
        if not self.controller.loop.is_closed():
            self.controller.loop.close()
        self.controller = None


# --- Courier-IMAP (optional) ---------------------------------------------------------

# Debian's courier-imap and its libraries unpacked with `dpkg -x` (.ci/run does it; the
# package conflicts with dovecot-imapd, so it is not installed). Tests skip without it.
COURIER_ROOT = Path(os.environ.get("MAILBOT_TEST_COURIER", Path(__file__).resolve().parent.parent / ".ci" / "courier"))
# what Debian's /etc/courier/imapd offers; IDLE is immediate with IMAP_ENHANCEDIDLE=1 and
# Gamin's gam_server (unpacked too: without it every command waits 1.2 s for it). No MOVE.
COURIER_CAPABILITY = "IMAP4rev1 UIDPLUS CHILDREN NAMESPACE THREAD=ORDEREDSUBJECT THREAD=REFERENCES SORT QUOTA IDLE"
_IMAP_ARG = re.compile(rb'"((?:[^"\\]|\\.)*)"|(\S+)')


def courier_available() -> bool:
    return (COURIER_ROOT / "usr" / "bin" / "imapd").exists()


class Courier(MailHelpers):
    """Courier-IMAP 5, real, behind a small login front in this process.

    Courier's imapd runs preauthenticated (AUTHENTICATED=user, as for IMAP over SSH), so
    no authdaemon is needed. The front answers the greeting, CAPABILITY and LOGIN (it
    checks the password), then joins the connection to a fresh imapd: every command
    after login is Courier's own. Personal namespace "INBOX.", separator ".", UIDPLUS
    but no MOVE, IDLE (enhanced, through Gamin).
    """

    def __init__(self, capability: str = COURIER_CAPABILITY):
        self.host = HOST
        self.flavour = "courier"
        self.user, self.password = IMAP_USER, IMAP_PASSWORD
        self.users = {IMAP_USER: IMAP_PASSWORD}
        self.capability = capability
        self.run_dir = Path(tempfile.mkdtemp(prefix="mbcr-", dir="/tmp"))
        self.port = 0
        self.tls_port = None
        self._listener: socket.socket | None = None
        self._processes: list[subprocess.Popen] = []
        self._lock = threading.Lock()
        subprocess.run([str(COURIER_ROOT / "usr" / "bin" / "maildirmake.courier"), str(self.run_dir / "Maildir")],
                       env=self._env(), check=True, capture_output=True)

    def _env(self) -> dict:
        libs = sorted({str(p.parent) for p in COURIER_ROOT.rglob("*.so*")})
        return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LD_LIBRARY_PATH": ":".join(libs),
                "AUTHENTICATED": self.user, "IMAP_KEYWORDS": "1", "IMAP_ENHANCEDIDLE": "1",
                "IMAP_CAPABILITY": self.capability, "HOME": str(self.run_dir),
                "GAMIN_DEBUG_SERVER": str(COURIER_ROOT / "usr" / "libexec" / "gam_server")}

    def start(self) -> Courier:
        self._listener = socket.create_server((HOST, 0))
        self.port = self._listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def stop(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.close()
        with self._lock:
            processes, self._processes = self._processes, []
        for process in processes:
            _end(process)

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.run_dir, ignore_errors=True)

    def _accept(self) -> None:
        while self._listener is not None:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._session, args=(conn,), daemon=True).start()

    def _session(self, conn: socket.socket) -> None:
        with conn, conn.makefile("rb") as reader:
            conn.sendall(b"* OK [CAPABILITY IMAP4rev1] Courier-IMAP behind the mailbot test front\r\n")
            while True:
                line = reader.readline()
                if not line:
                    return
                tag, _, rest = line.rstrip(b"\r\n").partition(b" ")
                command, _, args = rest.partition(b" ")
                command = command.upper()
                if command == b"CAPABILITY":
                    conn.sendall(b"* CAPABILITY IMAP4rev1\r\n" + tag + b" OK done\r\n")
                elif command == b"LOGOUT":
                    conn.sendall(b"* BYE\r\n" + tag + b" OK done\r\n")
                    return
                elif command == b"LOGIN":
                    words = [(q.replace(b'\\"', b'"').replace(b"\\\\", b"\\") if q else a)
                             for q, a in _IMAP_ARG.findall(args)]
                    if words == [self.user.encode(), self.password.encode()]:
                        self._join(conn, tag)
                        return
                    conn.sendall(tag + b" NO [AUTHENTICATIONFAILED] wrong user or password\r\n")
                else:
                    conn.sendall(tag + b" BAD not before LOGIN\r\n")

    def _join(self, conn: socket.socket, tag: bytes) -> None:
        process = subprocess.Popen([str(COURIER_ROOT / "usr" / "bin" / "imapd"), "Maildir"], cwd=self.run_dir,
                                   env=self._env(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.DEVNULL)
        with self._lock:
            self._processes.append(process)
        while True:  # Courier's own greeting (and a FAM alert) belong to a login that already happened
            line = process.stdout.readline()
            if not line or line.startswith(b"* PREAUTH"):
                break
        conn.sendall(tag + b" OK LOGIN completed\r\n")

        def upstream():
            with contextlib.suppress(OSError, ValueError):
                while data := conn.recv(65536):
                    process.stdin.write(data)
                    process.stdin.flush()
            with contextlib.suppress(OSError):
                process.stdin.close()

        threading.Thread(target=upstream, daemon=True).start()
        with contextlib.suppress(OSError, ValueError):
            while data := process.stdout.read1(65536):
                conn.sendall(data)
        _end(process)

    # -- helpers for tests (through the front, like mailbot) --

    @contextlib.contextmanager
    def client(self, user: str | None = None):
        client = IMAPClient(self.host, self.port, ssl=False, timeout=10)
        try:
            client.login(self.user, self.password)
            yield client
        finally:
            with contextlib.suppress(Exception):
                client.logout()


def _end(process: subprocess.Popen) -> None:
    """Kill an imapd and close its pipes (twice is fine)."""
    with contextlib.suppress(ProcessLookupError):
        process.kill()
    process.wait()
    for pipe in (process.stdin, process.stdout):
        with contextlib.suppress(OSError, ValueError):
            pipe.close()
