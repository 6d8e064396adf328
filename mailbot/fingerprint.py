"""A mail's fingerprint: who sent what when, for mails that carry no Message-ID.

After a folder's UIDVALIDITY changes (a server migration, a recreated inbox) every
mail comes again under a new UID. Mails with a Message-ID are recognised by it;
for the others this hash of what does not change between servers stands in:
the Date, From and Subject headers, the size and the body's hash. Line endings
are made uniform first, because servers store mail with CRLF or LF.
"""

from __future__ import annotations

import hashlib
import re

_HEADERS = (b"date", b"from", b"subject")
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_FIELD = re.compile(rb"^([!-9;-~]+)[ \t]*:(.*(?:\n[ \t].*)*)", re.MULTILINE)


def fingerprint(raw: bytes) -> str:
    """A hex SHA-256 of Date, From, Subject, size and body hash; equal for the same mail anywhere."""
    text = raw.replace(b"\r\n", b"\n")
    end = _HEADER_END.search(text)
    head, body = (text[:end.start()], text[end.end():]) if end else (text, b"")
    found: dict[bytes, bytes] = {}
    for match in _FIELD.finditer(head):
        name = match.group(1).lower()
        if name in _HEADERS and name not in found:  # the first one counts, as for a mail reader
            found[name] = b" ".join(match.group(2).split())  # unfolded, whitespace made uniform
    digest = hashlib.sha256()
    for name in _HEADERS:
        digest.update(found.get(name, b"") + b"\0")
    digest.update(str(len(text)).encode() + b"\0")
    digest.update(hashlib.sha256(body).digest())
    return digest.hexdigest()
