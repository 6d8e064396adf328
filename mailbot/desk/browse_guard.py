"""The gate in front of Datasette for `mailbot browse`: a secret token and the Host header.

Datasette on 127.0.0.1 is reachable by every local user and, through DNS rebinding,
by any web page the coordinator has open: that page's script talks to
"evil.example:8001" which resolves to 127.0.0.1. So every request must

- name an expected Host (127.0.0.1:PORT or localhost:PORT), else 403, and
- carry the token: once in the URL that `mailbot browse` prints (it becomes an
  HttpOnly, SameSite=Strict cookie and is taken out of the address bar), then as
  that cookie. Without it nothing is served, no table and no SQL.

Pages of the raw-mail tables open without the raw column (Datasette's `_nocol`).

Run as `python -m mailbot.desk.browse_guard serve ...`: it registers itself as a
Datasette plugin and hands over to Datasette's own command line. The token and
port come in the environment (MAILBOT_BROWSE_TOKEN, MAILBOT_BROWSE_PORT).
"""

from __future__ import annotations

import hmac
import os
import sys
from dataclasses import dataclass
from http.cookies import SimpleCookie
from urllib.parse import parse_qsl, urlencode

from .views import RAW_MAIL_TABLES

TOKEN_PARAM = "mailbot_token"
COOKIE = "mailbot_browse_{port}"  # per port: cookies ignore ports, and two browse sessions must not clash
DENIED = ("Kein Zugriff: Öffnen Sie die Adresse, die `mailbot browse` angezeigt hat "
          "(Access denied: open the address `mailbot browse` printed).")
WRONG_HOST = "Kein Zugriff: unerwarteter Host-Header (Access denied: unexpected Host header)."


@dataclass(frozen=True)
class Verdict:
    """What to do with one request: serve it, redirect it, or refuse it."""

    action: str  # "serve", "redirect" or "deny"
    location: str = ""
    set_cookie: str = ""
    status: int = 200
    message: str = ""


def judge(host: str, path: str, query: str, cookie_header: str, token: str, port: int,
          raw_tables: dict[str, str] | None = None) -> Verdict:
    """The gate's decision for one request, from plain values (pure: tested without a server)."""
    if host.lower() not in (f"127.0.0.1:{port}", f"localhost:{port}"):
        return Verdict("deny", status=403, message=WRONG_HOST)
    params = parse_qsl(query, keep_blank_values=True)
    given = [v for k, v in params if k == TOKEN_PARAM]
    if given:
        if not _same(given[-1], token):
            return Verdict("deny", status=403, message=DENIED)
        rest = urlencode([(k, v) for k, v in params if k != TOKEN_PARAM])
        return Verdict("redirect", location=path + (f"?{rest}" if rest else ""), status=302,
                       set_cookie=f"{COOKIE.format(port=port)}={token}; Path=/; HttpOnly; SameSite=Strict")
    if not _same(_cookie(cookie_header, COOKIE.format(port=port)), token):
        return Verdict("deny", status=403, message=DENIED)
    hide = _raw_column(path, params, raw_tables or {})
    if hide:
        return Verdict("redirect", status=302, location=path + "?" + urlencode([*params, ("_nocol", hide)]))
    return Verdict("serve")


def _same(given: str, token: str) -> bool:
    return bool(given) and bool(token) and hmac.compare_digest(given.encode(), token.encode())


def _cookie(header: str, name: str) -> str:
    jar = SimpleCookie()
    try:
        jar.load(header or "")
    except Exception:  # noqa: BLE001 - a malformed cookie header is simply no token
        return ""
    return jar[name].value if name in jar else ""


def _raw_column(path: str, params: list[tuple[str, str]], raw_tables: dict[str, str]) -> str:
    """The raw column to hide on a raw-mail table's HTML page, unless columns were chosen already."""
    parts = [p for p in path.split("/") if p]
    if len(parts) != 2 or parts[1] not in raw_tables:  # /<database>/<table> only, not rows or .json
        return ""
    if any(k in ("_col", "_nocol") for k, _v in params):
        return ""
    return raw_tables[parts[1]]


# --- the Datasette plugin ---------------------------------------------------------------


def asgi_wrapper(datasette):
    """Datasette plugin hook: wrap the whole app in the gate."""
    token = os.environ.get("MAILBOT_BROWSE_TOKEN", "")
    port = int(os.environ.get("MAILBOT_BROWSE_PORT", "0"))

    def wrap(app):
        async def gate(scope, receive, send):
            if scope["type"] != "http":
                return await app(scope, receive, send)
            headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
            verdict = judge(headers.get("host", ""), scope.get("path", "/"),
                            scope.get("query_string", b"").decode("latin-1"), headers.get("cookie", ""),
                            token, port, RAW_MAIL_TABLES)
            if verdict.action == "serve":
                return await app(scope, receive, send)
            await _answer(send, verdict)

        return gate

    return wrap


async def _answer(send, verdict: Verdict) -> None:
    headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"cache-control", b"no-store")]
    if verdict.location:
        headers.append((b"location", verdict.location.encode("latin-1", "replace")))
    if verdict.set_cookie:
        headers.append((b"set-cookie", verdict.set_cookie.encode("latin-1")))
    body = (verdict.message + "\n").encode("utf-8") if verdict.message else b""
    await send({"type": "http.response.start", "status": verdict.status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def main() -> None:
    """`python -m mailbot.desk.browse_guard serve ...`: Datasette's command line with the gate."""
    # Datasette is optional (mailbot[browse]) and runs only in this process of its own
    from datasette import hookimpl
    from datasette.cli import cli
    from datasette.plugins import pm

    hookimpl(asgi_wrapper)
    pm.register(sys.modules[__name__], name="mailbot-browse-guard")
    cli()


if __name__ == "__main__":
    main()
