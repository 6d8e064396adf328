"""Where mail goes: an SMTP server (smtplib) or a local folder of .eml files.

Both transports have the same small interface:

    transport = open_transport(config)        # connects lazily, on the first send
    try:
        reply = transport.send(envelope_from, recipient, raw_bytes)
    except TemporaryFailure: ...              # 4xx or no connection: retry later
    except PermanentFailure: ...              # 5xx or a bad address: do not retry
    # LoginError / ServerError (from mailbot.errors) mean the settings are wrong
    # (credentials refused, no AUTH offered): stop sending, tell a person
    finally:
        transport.close()

The recipient always comes from the argument, never from the mail's headers, and
there is exactly one per call: a hostile To:/Cc:/Bcc: cannot add recipients.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import re
import smtplib
import tempfile
from email.parser import BytesHeaderParser
from pathlib import Path

from .config import Config, Smtp
from .errors import LoginError, MailbotError, ServerError
from .mailbox_base import describe_oserror, tls_context

log = logging.getLogger(__name__)


class DeliveryError(MailbotError):
    """A mail was not delivered; `code` is the server's reply code (None: no answer)."""

    def __init__(self, message: str, code: int | None = None, text: str = ""):
        super().__init__(message)
        self.code = code
        self.text = text


class TemporaryFailure(DeliveryError):
    """Try again later: a 4xx reply, or the server could not be reached (code None)."""


class PermanentFailure(DeliveryError):
    """Do not retry: a 5xx reply, or a recipient address that cannot be sent to."""


# one plain address: no spaces, brackets, commas or line breaks (header/command injection)
_ADDRESS_RE = re.compile(r"^[^\s<>,;:\"()\[\]\\]+@[^\s<>,;:\"()\[\]\\@]+$")


def check_recipient(recipient: str) -> str:
    """The recipient as one bare address, or PermanentFailure."""
    if not isinstance(recipient, str) or not _ADDRESS_RE.match(recipient):
        raise PermanentFailure(f"not a single email address: {recipient!r}")
    return recipient


def _check_sender(envelope_from: str) -> str:
    # "" is the null sender (<>), allowed for mail that must never bounce back
    return envelope_from if envelope_from == "" else check_recipient(envelope_from)


# --- SMTP ----------------------------------------------------------------------------


class SmtpTransport:
    """One SMTP connection, reused for many mails and re-opened when it breaks."""

    def __init__(self, settings: Smtp):
        self.settings = settings
        self.where = f"SMTP server {settings.host}:{settings.port}"
        self._smtp: smtplib.SMTP | None = None

    def open(self) -> None:
        """Connect, secure and log in; TemporaryFailure if unreachable, LoginError if refused."""
        self.close()
        smtp = self._connect()
        try:
            self._secure_and_login(smtp)
        except BaseException:
            smtp.close()
            raise
        self._smtp = smtp

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        context = tls_context(s.ca_file) if s.security != "none" else None
        smtp = smtplib.SMTP_SSL(timeout=s.timeout, context=context) if s.security == "ssl" \
            else smtplib.SMTP(timeout=s.timeout)
        # smtplib takes the TLS server name from _host, which only __init__ sets; connecting
        # here instead lets us close the socket when the greeting fails
        smtp._host = s.host  # noqa: SLF001
        try:
            smtp.connect(s.host, s.port)
        except (OSError, smtplib.SMTPException) as exc:
            smtp.close()
            raise self._unreachable("cannot connect", exc) from None
        return smtp

    def _secure_and_login(self, smtp: smtplib.SMTP) -> None:
        s = self.settings
        try:
            smtp.ehlo()
            if s.security == "starttls":
                smtp.starttls(context=tls_context(s.ca_file))
                smtp.ehlo()
            if s.username:
                self._login(smtp)
        except smtplib.SMTPAuthenticationError as exc:
            raise LoginError(f"{self.where}: login as {s.username!r} refused: {_reply(exc)}") from None
        except smtplib.SMTPNotSupportedError as exc:
            raise ServerError(f"{self.where}: {exc} (is TLS or AUTH needed?)") from None
        except (OSError, smtplib.SMTPException) as exc:
            raise self._unreachable("cannot start the session", exc) from None

    def _login(self, smtp: smtplib.SMTP) -> None:
        s = self.settings
        secret = s.secret() or ""
        if s.auth == "xoauth2":
            first = f"user={s.username}\1auth=Bearer {secret}\1\1"
            # on failure the server sends a JSON challenge; the answer must be empty
            smtp.auth("XOAUTH2", lambda challenge=None: first if challenge is None else "")
        else:
            smtp.login(s.username, secret)

    def _unreachable(self, doing: str, exc: Exception) -> TemporaryFailure:
        if isinstance(exc, OSError):
            reason = describe_oserror(exc)
        elif isinstance(exc, smtplib.SMTPResponseException):
            reason = _reply(exc)
        else:
            reason = str(exc) or exc.__class__.__name__
        return TemporaryFailure(f"{self.where}: {doing}: {reason}")

    def close(self) -> None:
        """QUIT if possible; safe to call twice and after the connection dropped."""
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (OSError, smtplib.SMTPException):
            smtp.close()

    def send(self, envelope_from: str, recipient: str, raw: bytes) -> str:
        """Send raw to exactly one recipient; return the server's final reply ("250 ...")."""
        check_recipient(recipient)
        _check_sender(envelope_from)
        reused = self._smtp is not None
        if not reused:
            self.open()
        try:
            return self._transaction(envelope_from, recipient, raw)
        except smtplib.SMTPServerDisconnected:
            self.close()
            if not reused:
                raise TemporaryFailure(f"{self.where}: connection closed during the transaction") from None
        # the server dropped a connection we kept open between mails: one fresh try
        self.open()
        try:
            return self._transaction(envelope_from, recipient, raw)
        except smtplib.SMTPServerDisconnected:
            self.close()
            raise TemporaryFailure(f"{self.where}: connection closed during the transaction") from None

    def _transaction(self, envelope_from: str, recipient: str, raw: bytes) -> str:
        smtp = self._smtp
        options = self._mail_options(envelope_from, recipient, raw)
        try:
            self._expect(smtp.mail(envelope_from, options), (250,), "MAIL FROM", reset=True)
            self._expect(smtp.rcpt(recipient), (250, 251), f"RCPT TO <{recipient}>", reset=True)
            code, text = smtp.data(raw)
            self._expect((code, text), (250,), "DATA", reset=False)
        except smtplib.SMTPServerDisconnected:
            raise
        except smtplib.SMTPResponseException as exc:  # DATA itself refused
            self._expect((exc.smtp_code, exc.smtp_error), (), "DATA", reset=True)
        except (OSError, smtplib.SMTPException) as exc:
            self.close()
            raise self._unreachable("sending failed", exc) from None
        return f"{code} {_text(text)}"

    def _mail_options(self, envelope_from: str, recipient: str, raw: bytes) -> list[str]:
        options = []
        if not raw.isascii() and self._smtp.has_extn("8bitmime"):
            options.append("BODY=8BITMIME")
        if not (envelope_from + recipient).isascii():
            if not self._smtp.has_extn("smtputf8"):
                raise PermanentFailure(f"{self.where}: does not accept non-ASCII addresses (no SMTPUTF8)")
            options.append("SMTPUTF8")
        return options

    def _expect(self, reply: tuple[int, bytes], good: tuple[int, ...], step: str, reset: bool) -> None:
        code, text = reply
        if code in good:
            return
        message = f"{self.where}: {step}: {code} {_text(text)}"
        if code in (421, -1):  # the server is closing the connection
            self.close()
        elif reset:  # end the half-done transaction so the connection can be reused
            try:
                self._smtp.rset()
            except (OSError, smtplib.SMTPException):
                self.close()
        failure = PermanentFailure if 500 <= code < 600 else TemporaryFailure
        raise failure(message, code=code, text=_text(text))


def _text(text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    return " ".join(text.split())  # multi-line replies → one line


def _reply(exc: smtplib.SMTPResponseException) -> str:
    return f"{exc.smtp_code} {_text(exc.smtp_error)}"


# --- folder --------------------------------------------------------------------------


class FolderTransport:
    """Writes every mail as an .eml file into a folder, as a local delivery agent would.

    Each file starts with Return-Path and Delivered-To lines naming the envelope, so
    the one real recipient is visible even when the headers say otherwise.
    """

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)

    def open(self) -> None:
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise TemporaryFailure(f"outdir {self.path}: {describe_oserror(exc)}") from None

    def close(self) -> None:
        """Nothing to close; here for the common interface."""

    def send(self, envelope_from: str, recipient: str, raw: bytes) -> str:
        """Write the mail atomically (temp file, then rename); return "250 <file name>"."""
        check_recipient(recipient)
        _check_sender(envelope_from)
        self.open()
        envelope = f"Return-Path: <{envelope_from}>\r\nDelivered-To: {recipient}\r\n".encode()
        name = self._file_name(raw)
        try:
            fd, tmp = tempfile.mkstemp(dir=self.path, prefix=".tmp-", suffix=".eml")
            with os.fdopen(fd, "wb") as out:
                out.write(envelope + raw)
            os.replace(tmp, self.path / name)
        except OSError as exc:
            raise TemporaryFailure(f"outdir {self.path}: {describe_oserror(exc)}") from None
        return f"250 {name}"

    def _file_name(self, raw: bytes) -> str:
        headers = BytesHeaderParser().parsebytes(raw)
        key = str(headers.get("Message-ID", "")).strip().encode() or raw
        digest = hashlib.sha256(key).hexdigest()[:12]
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S.%fZ")
        name, n = f"{stamp}-{digest}.eml", 1
        while (self.path / name).exists():  # same mail twice within a microsecond
            n += 1
            name = f"{stamp}-{digest}-{n}.eml"
        return name


def open_transport(config: Config) -> SmtpTransport | FolderTransport:
    """The configured transport; SMTP connects on the first send (or an explicit open())."""
    if config.smtp is not None:
        return SmtpTransport(config.smtp)
    return FolderTransport(config.outdir)
