"""The exceptions mailbot raises; only the CLI turns them into exit codes."""


class MailbotError(Exception):
    """Base class: every error mailbot means to report to a person."""


class ConfigError(MailbotError):
    """The configuration file is missing, malformed or inconsistent."""


class ServerError(MailbotError):
    """An IMAP or SMTP server could not be reached or refused us (retry later)."""


class RefusedError(ServerError):
    """The server answered NO / BAD to a command; the connection itself is fine."""


class LoginError(ServerError):
    """The server was reached but refused the credentials."""


class LockedError(MailbotError):
    """Another mailbot process holds the database lock."""


class NotFoundError(MailbotError):
    """A registration, mail or person named on the command line does not exist."""
