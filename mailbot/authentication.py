"""Did our own mail server vouch for the From address? Read from Authentication-Results (RFC 8601).

Anyone can write an Authentication-Results header into a mail. Only the
topmost one can be our server's: a receiving server adds its header above
everything the sender wrote (and should remove look-alikes, RFC 8601 §5).
So mailbot reads that one header, with a real RFC 8601 parser (`authres`),
and only when it names our server; a result written anywhere else, in a
second header or in the text of another result, is never read.

Two trusted forms ([safety] in config.toml):
- `authserv_id = "mx.example.org"`: the topmost header must begin with this id.
- `authentication_results = "microsoft365"`: Exchange Online writes its
  header without an id (`spf=pass ...; dmarc=pass ...; compauth=pass`);
  the topmost header must have that form, and `compauth` (Microsoft's
  composite verdict) counts when present, else `dmarc`.

Pure: header values in, a Verdict out.
"""

from __future__ import annotations

from dataclasses import dataclass

import authres

MICROSOFT365 = "microsoft365"
_M365_ID = "microsoft365.invalid"  # stands in for the id Exchange Online leaves out
_FEATURES = authres.all_features()
MAX_HEADER_CHARS = 8000


@dataclass(frozen=True)
class Verdict:
    """What our server said about the mail's From domain."""

    trusted: bool = False  # a header of our own server was found and read
    dmarc: str | None = None  # its DMARC (or compauth) result: pass, fail, none, ...
    passed: bool = False  # authenticated: a pass for exactly the From's domain
    note: str = ""  # why nothing could be read (for the log)


def is_configured(safety) -> bool:
    """True when mailbot knows which Authentication-Results header is its own server's."""
    return bool(safety.authserv_id) or safety.authentication_results == MICROSOFT365


def authenticate(values: list[str], from_domain: str | None, safety) -> Verdict:
    """The verdict of the topmost Authentication-Results header, when it is our server's.

    `values` are the header values top to bottom, unfolded and decoded.
    """
    if not is_configured(safety):
        return Verdict(note="no trusted server configured ([safety] authserv_id)")
    if not values:
        return Verdict(note="no Authentication-Results header")
    top = " ".join(values[0][:MAX_HEADER_CHARS + 1].split())
    if len(top) > MAX_HEADER_CHARS:
        # a real server's header is a few hundred characters; a huge one is someone's and slow to read
        return Verdict(note="the topmost Authentication-Results header is too long to be our server's")
    if safety.authentication_results == MICROSOFT365:
        if _has_authserv_id(top):
            return Verdict(note="the topmost Authentication-Results is not in Microsoft 365's form")
        # older Exchange Online headers carry bare domains between the results ("…; contoso.com; dkim=…")
        top = "; ".join([_M365_ID, *(part for part in top.split(";") if "=" in part)])
    header = _parse(top)
    if header is None:
        return Verdict(note="the topmost Authentication-Results header could not be read")
    if safety.authentication_results != MICROSOFT365 and \
            str(header.authserv_id).lower() != (safety.authserv_id or "").lower():
        return Verdict(note=f"the topmost Authentication-Results is from {header.authserv_id}, not our server")
    return _verdict(header, (from_domain or "").lower(), safety.authentication_results == MICROSOFT365)


def _has_authserv_id(value: str) -> bool:
    """RFC 8601 starts with an id and ';'; Microsoft's form starts with a result (spf=...)."""
    first = value.split(";", 1)[0].strip()
    return bool(first) and "=" not in first.split("(", 1)[0]


def _parse(value: str):
    try:
        return _FEATURES.parse_value(value)
    except Exception:  # noqa: BLE001 - authres raises several kinds; unreadable is never a pass
        return None


def _verdict(header, from_domain: str, microsoft: bool) -> Verdict:
    results = {}
    header_from = ""
    for result in header.results:
        method = str(getattr(result, "method", "")).lower()
        if method in ("dmarc", "compauth") and method not in results:
            results[method] = str(result.result).lower()
            if method == "dmarc":
                header_from = _property(result, "header", "from")
    result = results.get("compauth") if microsoft and "compauth" in results else results.get("dmarc")
    if result is None:
        return Verdict(trusted=True, note="our server gave no DMARC result")
    if result == "pass" and header_from and header_from != from_domain:
        # a pass for another domain than the From we read says nothing about this From
        return Verdict(trusted=True, dmarc="none", note=f"DMARC passed for {header_from}, not {from_domain}")
    return Verdict(trusted=True, dmarc=result, passed=result == "pass" and bool(from_domain))


def _property(result, ptype: str, name: str) -> str:
    for prop in getattr(result, "properties", []):
        if prop.type.lower() == ptype and prop.name.lower() == name:
            return str(prop.value).lower()
    return ""
