"""A rendered notice → the bytes of one RFC 5322 mail, with headers that cannot be injected.

Everything that may have come from a mail (the recipient address, names,
subjects, Message-IDs) is cleaned before it becomes a header: control
characters removed, RFC 2047 encoded words decoded first (an encoded CR/LF
must not turn into a real one), addresses checked to be exactly one plain
address. As a last fence the finished bytes are parsed back and must show
exactly the headers we set and exactly one recipient.
"""

from __future__ import annotations

import base64
import datetime as dt
import email.policy
import functools
import re
import secrets
from collections import Counter
from dataclasses import dataclass
from email.header import decode_header, make_header
from email.headerregistry import Address
from email.parser import BytesHeaderParser
from email.utils import format_datetime
from typing import Iterable

from .config import Config
from .ics import build_ics
from .model import AUTO_GENERATED_KINDS, ICS_KINDS, Notice
from .notices import Rendered

POLICY = email.policy.SMTP  # CRLF line ends, RFC 2047 for non-ASCII headers
MAX_REFERENCES = 10
LOOP_HEADER = "X-Mailbot-Loop"

# A deliberately plain address: ASCII local part without quotes, a dotted domain.
# Anything else (display names, lists, groups, comments, CR/LF) is refused.
_ADDRESS_RE = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+")
_MSGID_RE = re.compile(r"<[!-;=?-~]{1,250}@[!-;=?-~]{1,250}>")  # printable ASCII, no < > or spaces
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]+")
_ENCODED_WORD_RE = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")


class InvalidRecipient(ValueError):
    """The notice's address is not exactly one plain email address; the caller flags it."""


@dataclass(frozen=True)
class Composed:
    """A mail ready for the outbox: its id, subject and recipient, and the exact bytes to send."""

    message_id: str
    subject: str
    to: str
    raw: bytes


def compose(
    config: Config,
    rendered: Rendered,
    notice: Notice,
    *,
    now: dt.datetime,
    attachments: Iterable[tuple[str, bytes, str]] = (),
    message_id: str | None = None,
) -> Composed:
    """Build the mail for one notice; raises InvalidRecipient for a bad address.

    attachments: (filename, data, mime type) each, e.g. the coordinator's xlsx.
    The calendar entry is added by itself for the kinds in ICS_KINDS.
    """
    to = valid_address(notice.to)
    headers = _headers(config, rendered, notice, to=to, now=now, message_id=message_id)
    files = list(attachments)
    if notice.kind in ICS_KINDS:
        files.append(("event.ics", build_ics(config, notice.registration, now=now), "text/calendar"))
    body = _text_part("plain", rendered.text)
    if rendered.html:
        body = _multipart("alternative", [body, _text_part("html", rendered.html)])
    if files:
        body = _multipart("mixed", [body, *(_file_part(*file) for file in files)])
    raw = b"".join(_header_line(name, value) for name, value in headers.items()) + b"MIME-Version: 1.0\r\n" + body
    check_headers(raw, headers)
    return Composed(message_id=headers["Message-ID"], subject=headers["Subject"], to=to, raw=raw)


# --- headers ------------------------------------------------------------------------------


def _headers(config: Config, rendered: Rendered, notice: Notice, *, to: str, now: dt.datetime,
             message_id: str | None) -> dict[str, str]:
    """All top-level headers, in order; each value already safe."""
    domain = config.from_address.rsplit("@", 1)[1]
    headers = {
        "From": _from_header(config.from_name or "", config.from_address),
        "To": to,
        "Subject": clean_text(rendered.subject) or clean_text(config.event.name),
        "Date": format_datetime(_aware(now)),
        # 128 bits from secrets, not make_msgid: its bits come from `random`, which a library or a
        # test tool may seed, and the outbox refuses a second mail with the same Message-ID
        "Message-ID": (clean_msgid(message_id) if message_id and clean_msgid(message_id)
                       else f"<{secrets.token_hex(16)}@{domain}>"),
    }
    reply_to = clean_msgid(notice.in_reply_to)
    refs = references(notice.references, reply_to)
    if reply_to:
        headers["In-Reply-To"] = reply_to
    if refs:
        headers["References"] = " ".join(refs)
    headers["Auto-Submitted"] = "auto-generated" if notice.kind in AUTO_GENERATED_KINDS else "auto-replied"
    headers["X-Auto-Response-Suppress"] = "All"  # Exchange: no out-of-office answers to us
    headers[LOOP_HEADER] = valid_address(config.event.registration_address)
    language = re.sub(r"[^A-Za-z0-9-]", "", rendered.language or "")[:35]
    if language:
        headers["Content-Language"] = language
    return headers


@functools.lru_cache(maxsize=16)
def _from_header(name: str, address: str) -> str:
    """The From value for the configured name and address (the same on every answer: built once)."""
    return str(Address(display_name=clean_text(name), addr_spec=valid_address(address)))


def valid_address(value: str | None) -> str:
    """Exactly one plain address ('a@b.org'), lower-cased domain; InvalidRecipient otherwise."""
    text = (value or "").strip(" ")
    if _CONTROL_RE.search(text) or not _ADDRESS_RE.fullmatch(text):
        raise InvalidRecipient(f"not a single plain email address: {text[:80]!r}")
    local, domain = text.rsplit("@", 1)
    return f"{local}@{domain.lower()}"


def clean_text(value: str | None) -> str:
    """A header text from anywhere: encoded words decoded, control characters gone, one line.

    Decoding comes first because the header machinery would otherwise decode
    "=?utf-8?q?a=0D=0ABcc:...?=" itself and write a real CR/LF. Encoded words
    that are left (nested ones) are defused, so nothing decodes a second time.
    """
    text = str(value or "")
    for _ in range(3):  # nested encodings: decode until nothing changes
        decoded = _decode_words(text)
        if decoded == text:
            break
        text = decoded
    text = _CONTROL_RE.sub(" ", text)
    text = _ENCODED_WORD_RE.sub(lambda m: m.group(0).replace("=?", "= ?"), text)
    return " ".join(text.split())[:250]


def _decode_words(text: str) -> str:
    if "=?" not in text:
        return text
    try:
        return str(make_header(decode_header(text)))
    except (ValueError, LookupError, UnicodeError):  # broken or unknown charset: defuse instead
        return text


def clean_msgid(value: str | None) -> str | None:
    """The first well-formed <id@host> in value, or None."""
    if not value:
        return None
    match = _MSGID_RE.search(_CONTROL_RE.sub("", str(value)))
    return match.group(0) if match else None


def references(refs: Iterable[str | None], in_reply_to: str | None) -> list[str]:
    """References to send: well-formed ids only, each once, the answered mail last, at most 10."""
    ids = [i for i in (clean_msgid(r) for r in refs or ()) if i]
    if in_reply_to:
        ids = [i for i in ids if i != in_reply_to] + [in_reply_to]
    unique = list(dict.fromkeys(reversed(ids)))[::-1]  # keep the last occurrence's position
    return unique[-MAX_REFERENCES:]


def _aware(when: dt.datetime) -> dt.datetime:
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.timezone.utc)


# --- body and attachments -------------------------------------------------------------------
#
# The MIME structure is written directly rather than through EmailMessage: the result is the
# same (text/plain, in multipart/alternative with text/html, in multipart/mixed with files),
# at a tenth of the cost, which matters when a backlog of thousands of answers is composed.
# The header values are folded by the same email.policy machinery EmailMessage would use.


def _header_line(name: str, value: str) -> bytes:
    """One folded header line; short ASCII values as they are, the rest through POLICY (RFC 2047)."""
    if value.isascii() and len(name) + len(value) <= 76 and not _CONTROL_RE.search(value):
        return f"{name}: {value}\r\n".encode("ascii")
    return _folded(name, value)


@functools.lru_cache(maxsize=256)
def _folded(name: str, value: str) -> bytes:
    """A header folded by POLICY; kept, because most repeat from answer to answer (From, the subject
    of each kind and language) and the header machinery costs about 0.1 ms a header."""
    return POLICY.header_factory(name, value).fold(policy=POLICY).encode("ascii")


def _text_part(subtype: str, text: str) -> bytes:
    """A UTF-8 text part; 7bit/8bit when every line is short, else base64 (as EmailMessage chooses)."""
    lines = text.encode("utf-8").splitlines()
    if max((len(line) for line in lines), default=0) <= POLICY.max_line_length:
        cte = "7bit" if text.isascii() else "8bit"
        payload = b"\r\n".join(lines) + b"\r\n"
    else:
        cte = "base64"
        payload = _base64(b"\r\n".join(lines) + b"\r\n")
    return (f'Content-Type: text/{subtype}; charset="utf-8"\r\n'
            f"Content-Transfer-Encoding: {cte}\r\n\r\n").encode("ascii") + payload


def _file_part(filename: str, data: bytes, mime_type: str) -> bytes:
    """An attachment, base64; a calendar entry with method=PUBLISH so Outlook offers "add to calendar"."""
    maintype, _, subtype = mime_type.partition("/")
    maintype, subtype = _token(maintype) or "application", _token(subtype) or "octet-stream"
    name = _FILENAME_UNSAFE_RE.sub("_", clean_text(filename)) or "attachment"
    params = f'; method="PUBLISH"; charset="utf-8"; name="{name}"' if (maintype, subtype) == ("text", "calendar") \
        else ""
    return (f"Content-Type: {maintype}/{subtype}{params}\r\nContent-Transfer-Encoding: base64\r\n"
            f'Content-Disposition: attachment; filename="{name}"\r\n\r\n').encode("ascii") + _base64(data)


def _multipart(subtype: str, parts: list[bytes]) -> bytes:
    boundary = "===============" + secrets.token_hex(12) + "=="
    while any(boundary.encode("ascii") in part for part in parts):  # as good as impossible, but cheap to rule out
        boundary = "===============" + secrets.token_hex(12) + "=="
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"\r\n\r\n'.encode("ascii")]
    for i, part in enumerate(parts):
        out.append(f"{'--' if i == 0 else chr(13) + chr(10) + '--'}{boundary}\r\n".encode("ascii"))
        out.append(part)
    out.append(f"\r\n--{boundary}--\r\n".encode("ascii"))
    return b"".join(out)


def _base64(data: bytes) -> bytes:
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def _token(value: str) -> str:
    return re.sub(r"[^A-Za-z0-9.+-]", "", value)


_FILENAME_UNSAFE_RE = re.compile(r'[^A-Za-z0-9._ ()+-]')


# --- the last fence -----------------------------------------------------------------------------


def check_headers(raw: bytes, headers: dict[str, str]) -> None:
    """Parse the bytes back: exactly our headers, once each, and exactly one recipient."""
    # The header section is enough for this check; parsing the body parts too would double the cost.
    # compat32 splits the section into the same names and raw values as the default policy but builds
    # no header objects; only To is then parsed exactly as the default policy reads it.
    # The section ends at the first empty line; the header parser would read the body only to drop it.
    end = raw.find(b"\r\n\r\n")
    parsed = BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw if end < 0 else raw[:end + 4])
    expected = Counter(name.lower() for name in headers) + Counter({"mime-version": 1, "content-type": 1})
    found = Counter(name.lower() for name in parsed.keys())
    found.pop("content-transfer-encoding", None)  # present on single-part mails only
    if found != expected:
        raise ValueError(f"composed mail has unexpected headers: {sorted((found - expected) | (expected - found))}")
    raw_to = next(value for name, value in parsed.raw_items() if name.lower() == "to")
    recipients = email.policy.default.header_fetch_parse("To", raw_to).addresses
    if len(recipients) != 1 or recipients[0].addr_spec.lower() != headers["To"].lower():
        raise ValueError("composed mail does not have exactly the one intended recipient")
