"""config.toml → frozen, validated dataclasses; every error names file, key and problem."""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import shlex
import subprocess
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from .config_checks import (
    REQUIRED,
    boolean,
    clock_time,
    date_time,
    email_address,
    email_list,
    Invalid,
    nonempty_text,
    offsets,
    one_of,
    parse_offset,
    port,
    positive_int,
    seconds,
    show,
    text,
    text_list,
    time_zone,
)
from .errors import ConfigError

# --- section schemas: key → (check, default) ----------------------------------------

_EVENT = {
    "name": (nonempty_text, REQUIRED),
    "starts": (date_time, REQUIRED),
    "ends": (date_time, REQUIRED),
    "timezone": (time_zone, "Europe/Berlin"),
    "venue": (nonempty_text, REQUIRED),
    "registration_address": (email_address, REQUIRED),
    "registration_deadline": (date_time, None),
    "capacity": (positive_int, None),
    "reminders": (offsets, ()),
    "url": (text, None),
    "max_party_size": (positive_int, 5),
}
_WORKGROUP = {
    "id": (nonempty_text, REQUIRED),
    "title": (nonempty_text, REQUIRED),
    "capacity": (positive_int, REQUIRED),
    "aliases": (text_list, ()),
    "room": (text, None),
    "label": (nonempty_text, None),
}
_SERVER_COMMON = {
    "host": (nonempty_text, REQUIRED),
    "security": (one_of("ssl", "starttls", "none"), "ssl"),
    "username": (nonempty_text, None),
    "password_env": (nonempty_text, None),
    "password_file": (nonempty_text, None),
    "token_command": (nonempty_text, None),
    "auth": (one_of("password", "xoauth2"), "password"),
    "ca_file": (nonempty_text, None),
    "timeout": (seconds, 30.0),
}
_IMAP = {
    **_SERVER_COMMON,
    "port": (port, None),
    "folder": (nonempty_text, "INBOX"),
    "batch_size": (positive_int, 100),
    "keyword": (nonempty_text, "$MailbotHandled"),
    "move_to": (nonempty_text, None),
    "sent_folder": (nonempty_text, None),
    "idle_renew": (seconds, 540.0),
    "poll_seconds": (seconds, 60.0),  # serve, where the server offers no IDLE
}
_SMTP = {
    **_SERVER_COMMON,
    "port": (port, None),
    "from_address": (email_address, REQUIRED),
    "from_name": (text, None),
    "max_attempts": (positive_int, 10),
}
_MAILDIR = {"path": (nonempty_text, REQUIRED)}
_OUTDIR = {"path": (nonempty_text, REQUIRED), "from_address": (email_address, None), "from_name": (text, None)}
_DATABASE = {"path": (nonempty_text, "mailbot.db")}
_COORDINATOR = {
    "emails": (email_list, ()),
    "digest_time": (clock_time, dt.time(7, 30)),
    "commands": (boolean, None),  # None: on exactly when the sender can be authenticated ([safety])
    "language": (one_of("de", "en"), "de"),  # what status, review, digest and CLI messages use
}
_RETENTION = {
    "days_after_event": (positive_int, None),
    "delete_imap": (boolean, False),
}
_WORKER = {
    "poll_interval": (seconds, 300.0),
    "log_level": (one_of("DEBUG", "INFO", "WARNING", "ERROR"), "INFO"),
    "parse_process": (boolean, True),
    "parse_timeout": (seconds, 10.0),
}
_NOTICES = {
    "templates": (nonempty_text, None),
    "html": (boolean, True),
    "default_language": (nonempty_text, "de"),
}
_SAFETY = {
    "answers_per_sender_per_day": (positive_int, 5),
    "authserv_id": (nonempty_text, None),
    "authentication_results": (one_of("rfc8601", "microsoft365"), "rfc8601"),
    "max_message_bytes": (positive_int, 25 * 1024 * 1024),
    "new_registrations_per_hour": (positive_int, 30),
    "answers_per_hour": (positive_int, 60),
    "recipients_per_sender_per_day": (positive_int, 3),
}

_SECTIONS: dict[str, dict] = {
    "event": _EVENT,
    "imap": _IMAP,
    "maildir": _MAILDIR,
    "smtp": _SMTP,
    "outdir": _OUTDIR,
    "database": _DATABASE,
    "coordinator": _COORDINATOR,
    "retention": _RETENTION,
    "worker": _WORKER,
    "notices": _NOTICES,
    "safety": _SAFETY,
}


# --- the typed result ---------------------------------------------------------------


@dataclass(frozen=True)
class Workgroup:
    id: str
    title: str
    capacity: int
    number: int  # 1-based position in the config: "AG 2", "Arbeitsgruppe II"
    aliases: tuple[str, ...] = ()  # with the label: it is a name people use for the workgroup too
    room: str | None = None
    label: str = ""  # how mails, calendar entries and lists name it ("Forum B"); the id when not set


@dataclass(frozen=True)
class Event:
    name: str
    starts: dt.datetime  # naive, local to `timezone`
    ends: dt.datetime
    timezone: str
    venue: str
    registration_address: str
    registration_deadline: dt.datetime | None = None
    capacity: int | None = None
    reminders: tuple[str, ...] = ()
    url: str | None = None
    max_party_size: int = 5  # a larger party goes to review: "wir sind 30" must not book a workgroup

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def local(self, when: dt.datetime) -> dt.datetime:
        """A naive event time → an aware datetime in the event's zone."""
        return when.replace(tzinfo=self.tz)

    @property
    def starts_utc(self) -> dt.datetime:
        return self.local(self.starts).astimezone(dt.timezone.utc)

    @property
    def ends_utc(self) -> dt.datetime:
        return self.local(self.ends).astimezone(dt.timezone.utc)

    @property
    def deadline_utc(self) -> dt.datetime | None:
        if self.registration_deadline is None:
            return None
        return self.local(self.registration_deadline).astimezone(dt.timezone.utc)

    def reminder_offsets(self) -> list[tuple[str, dt.timedelta]]:
        return [(r, parse_offset(r)) for r in self.reminders]


@dataclass(frozen=True)
class Server:
    """IMAP or SMTP connection settings. Secrets are never stored here, only where to find them."""

    section: str
    host: str
    port: int
    security: str
    username: str | None
    password_env: str | None
    password_file: str | None
    token_command: str | None
    auth: str
    ca_file: str | None
    timeout: float
    config_path: str = ""

    def secret(self) -> str | None:
        """The password (or, for auth = "xoauth2", the access token), read just in time."""
        where = f"{self.config_path}: [{self.section}]"
        if self.auth == "xoauth2":
            return _run_token_command(self.token_command or "", f"{where}.token_command")
        if self.password_env:
            value = os.environ.get(self.password_env)
            if not value:
                raise ConfigError(f"{where}.password_env: environment variable {self.password_env} is not set")
            return value
        if self.password_file:
            # "${CREDENTIALS_DIRECTORY}/imap" works under systemd's LoadCredential= for any unit name.
            file = os.path.expandvars(self.password_file)
            if "$" in file:
                raise ConfigError(f"{where}.password_file: {self.password_file} names an unset variable")
            try:
                return Path(file).read_text(encoding="utf-8").rstrip("\r\n")
            except OSError as exc:
                raise ConfigError(f"{where}.password_file: cannot read {file}: {exc.strerror}") from None
        return None


@dataclass(frozen=True)
class Imap(Server):
    folder: str = "INBOX"
    batch_size: int = 100
    keyword: str = "$MailbotHandled"
    move_to: str | None = None
    sent_folder: str | None = None
    idle_renew: float = 540.0
    poll_seconds: float = 60.0


@dataclass(frozen=True)
class Smtp(Server):
    from_address: str = ""
    from_name: str | None = None
    max_attempts: int = 10


@dataclass(frozen=True)
class Coordinator:
    emails: tuple[str, ...] = ()
    digest_time: dt.time = dt.time(7, 30)
    commands: bool = False  # resolved by _coordinator: on only with a trusted server
    language: str = "de"


@dataclass(frozen=True)
class Retention:
    days_after_event: int | None = None
    delete_imap: bool = False


@dataclass(frozen=True)
class Worker:
    poll_interval: float = 300.0
    log_level: str = "INFO"
    parse_process: bool = True  # big passes parse in a second process (faster, ~85 MB more)
    parse_timeout: float = 10.0  # hard limit per mail: over it the mail is stored and left for review


@dataclass(frozen=True)
class Notices:
    templates: Path | None = None
    html: bool = True
    default_language: str = "de"


@dataclass(frozen=True)
class Safety:
    answers_per_sender_per_day: int = 5
    authserv_id: str | None = None
    authentication_results: str = "rfc8601"  # or "microsoft365": Exchange Online's header without an id
    max_message_bytes: int = 25 * 1024 * 1024
    new_registrations_per_hour: int = 30  # flood limits: further mail waits for review
    answers_per_hour: int = 60
    recipients_per_sender_per_day: int = 3


@dataclass(frozen=True)
class Config:
    path: Path
    event: Event
    workgroups: tuple[Workgroup, ...]
    database_path: Path
    from_address: str
    from_name: str | None
    imap: Imap | None = None
    maildir: Path | None = None
    smtp: Smtp | None = None
    outdir: Path | None = None
    coordinator: Coordinator = field(default_factory=Coordinator)
    retention: Retention = field(default_factory=Retention)
    worker: Worker = field(default_factory=Worker)
    notices: Notices = field(default_factory=Notices)
    safety: Safety = field(default_factory=Safety)

    def workgroup(self, wg_id: str | None) -> Workgroup | None:
        for wg in self.workgroups:
            if wg.id == wg_id:
                return wg
        return None

    @property
    def own_addresses(self) -> frozenset[str]:
        """Addresses that are us: mail from them is never answered (loop guard)."""
        return frozenset({self.from_address, self.event.registration_address})


# --- loading -------------------------------------------------------------------------


def load_config(path: str | os.PathLike, *, check_secrets: bool = False) -> Config:
    """Read and validate a config file; ConfigError names file, key and problem.

    With check_secrets, the password sources are checked too (for commands that connect).
    """
    path = Path(path)
    shown = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{shown}: file not found") from None
    except OSError as exc:
        raise ConfigError(f"{shown}: cannot read: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{shown}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{shown}: not valid TOML: {exc}") from None
    config = _build(data, path)
    if check_secrets:
        for server in (config.imap, config.smtp):
            if server is not None:
                server.secret()
    return config


def _build(data: dict, path: Path) -> Config:
    shown = str(path)
    base = path.resolve().parent
    for key in data:
        if key not in _SECTIONS and key != "workgroups":
            raise ConfigError(f"{shown}: [{key}]: unknown section")
    sec = {name: _section(data, name, schema, shown) for name, schema in _SECTIONS.items()}
    if sec["event"] is None:
        raise ConfigError(f"{shown}: [event]: missing section")
    event = Event(**sec["event"])
    if event.ends < event.starts:
        raise ConfigError(f"{shown}: [event].ends: is before [event].starts")
    workgroups = _workgroups(data.get("workgroups"), shown)

    if sec["imap"] is None and sec["maildir"] is None:
        raise ConfigError(f"{shown}: [imap]: missing section (or give [maildir] for a local mailbox)")
    if sec["imap"] is not None and sec["maildir"] is not None:
        raise ConfigError(f"{shown}: [maildir]: give either [imap] or [maildir], not both")
    if sec["smtp"] is None and sec["outdir"] is None:
        raise ConfigError(f"{shown}: [smtp]: missing section (or give [outdir] to write mail to a folder)")

    imap = _server(Imap, "imap", sec["imap"], shown, default_ports={"ssl": 993, "starttls": 143, "none": 143})
    smtp = _server(Smtp, "smtp", sec["smtp"], shown, default_ports={"ssl": 465, "starttls": 587, "none": 25})
    outdir = sec["outdir"] or {}
    from_address = (smtp.from_address if smtp else None) or outdir.get("from_address") or event.registration_address
    from_name = (smtp.from_name if smtp else None) or outdir.get("from_name") or event.name

    notices = dict(sec["notices"] or {})
    if notices.get("templates"):
        notices["templates"] = _resolve(base, notices["templates"])
    return Config(
        path=path,
        event=event,
        workgroups=workgroups,
        database_path=_resolve(base, (sec["database"] or {}).get("path", "mailbot.db")),
        from_address=from_address,
        from_name=from_name,
        imap=imap,
        maildir=_resolve(base, sec["maildir"]["path"]) if sec["maildir"] else None,
        smtp=smtp,
        outdir=_resolve(base, outdir["path"]) if outdir else None,
        coordinator=_coordinator(sec["coordinator"] or {}, sec["safety"] or {}, shown),
        retention=Retention(**(sec["retention"] or {})),
        worker=Worker(**(sec["worker"] or {})),
        notices=Notices(**notices),
        safety=Safety(**(sec["safety"] or {})),
    )


def _coordinator(values: dict, safety: dict, shown: str) -> Coordinator:
    """Commands by mail only with a trusted server: otherwise anyone can write From: the coordinator."""
    values = dict(values)
    trusted = bool(safety.get("authserv_id")) or safety.get("authentication_results") == "microsoft365"
    if values.get("commands") is None:
        values["commands"] = trusted
    elif values["commands"] and not trusted:
        raise ConfigError(
            f"{shown}: [coordinator].commands: STATUS / EXPORT by mail need [safety].authserv_id "
            "(or authentication_results = \"microsoft365\"): without it anyone can forge the coordinator's From")
    return Coordinator(**values)


def _section(data: dict, name: str, schema: dict, shown: str) -> dict | None:
    raw = data.get(name)
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise ConfigError(f"{shown}: [{name}]: expected a table ([{name}]), got {show(raw)}")
    return _check_table(raw, schema, f"{shown}: [{name}]")


def _check_table(raw: dict, schema: dict, where: str) -> dict:
    out = {}
    for key, value in raw.items():
        if key not in schema:
            raise ConfigError(f"{where}.{key}: unknown key")
        check, _default = schema[key]
        try:
            out[key] = check(value)
        except Invalid as exc:
            raise ConfigError(f"{where}.{key}: {exc}") from None
    for key, (_check, default) in schema.items():
        if key not in out:
            if default is REQUIRED:
                raise ConfigError(f"{where}.{key}: missing (required)")
            out[key] = default
    return out


def _workgroups(raw: Any, shown: str) -> tuple[Workgroup, ...]:
    if raw is None:
        raise ConfigError(f"{shown}: [[workgroups]]: missing section (at least one workgroup is needed)")
    if not isinstance(raw, list) or not raw:
        raise ConfigError(f"{shown}: [[workgroups]]: expected one or more [[workgroups]] tables")
    seen: set[str] = set()
    groups = []
    for number, item in enumerate(raw, start=1):
        where = f"{shown}: [[workgroups]] #{number}"
        if not isinstance(item, dict):
            raise ConfigError(f"{where}: expected a table")
        values = _check_table(item, _WORKGROUP, where)
        if values["id"].casefold() in seen:
            raise ConfigError(f"{where}.id: duplicate workgroup id {values['id']!r}")
        seen.add(values["id"].casefold())
        values["label"] = values["label"] or values["id"]
        if values["label"] != values["id"] and values["label"].casefold() not in map(str.casefold, values["aliases"]):
            values["aliases"] = (*values["aliases"], values["label"])
        groups.append(Workgroup(number=number, **values))
    return tuple(groups)


def _server(cls, name: str, values: dict | None, shown: str, default_ports: dict[str, int]):
    if values is None:
        return None
    where = f"{shown}: [{name}]"
    values = dict(values)
    if values["port"] is None:
        values["port"] = default_ports[values["security"]]
    if values["security"] == "none" and not _is_loopback(values["host"]):
        raise ConfigError(
            f"{where}.security: \"none\" sends passwords and mail unencrypted; "
            f"it is allowed only for loopback hosts, not {values['host']!r}"
        )
    if values["auth"] == "xoauth2":
        if not values["token_command"]:
            raise ConfigError(f"{where}.token_command: missing (required when auth = \"xoauth2\")")
        if not values["username"]:
            raise ConfigError(f"{where}.username: missing (required when auth = \"xoauth2\")")
    elif values["password_env"] and values["password_file"]:
        raise ConfigError(f"{where}.password_file: give either password_env or password_file, not both")
    elif values["username"] and not (values["password_env"] or values["password_file"]):
        raise ConfigError(f"{where}.password_env: missing (give password_env or password_file for the username)")
    if name == "imap" and values["username"] is None and values["auth"] == "password":
        raise ConfigError(f"{where}.username: missing (required)")
    return cls(section=name, config_path=shown, **values)


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _resolve(base: Path, value: str) -> Path:
    p = Path(value).expanduser()
    return p if p.is_absolute() else base / p


def _run_token_command(command: str, where: str) -> str:
    """Run the configured token command (like mbsync's PassCmd) and return its first line."""
    try:
        done = subprocess.run(shlex.split(command), capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ConfigError(f"{where}: cannot run: {exc.__class__.__name__}") from None
    token = done.stdout.strip().splitlines()[0] if done.stdout.strip() else ""
    if done.returncode != 0 or not token:
        # stderr may carry the token source's complaint, never the token itself
        raise ConfigError(f"{where}: exited with status {done.returncode} and gave no token")
    return token
