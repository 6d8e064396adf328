"""Every bad input is a case, not a crash: generated and mutated mails through the whole pipeline.

Each case is stored in a real SQLite database and handled by Worker.handle_one
(parse → guards → decide → apply → render → compose → outbox), with a Maildir
and an outdir config, so nothing is mocked. The database is shared by all cases
of a run, as a real mailbox's would be: registrations pile up, workgroups fill,
the per-sender cap kicks in. After every case the mail must be stored and
classified (never left "new", never "error") and every queued mail must still
have exactly one recipient and our automatic-mail headers.

The default run tries ~200 cases; `pytest -m slow` runs 10,000.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import itertools
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailbot import store
from mailbot.config import load_config
from mailbot.model import KINDS
from mailbot.worker import PassResult, Worker

SEEDS = [p.read_bytes() for p in sorted((Path(__file__).parent / "mails" / "parse").glob("*.eml"))]
NOW = dt.datetime(2027, 1, 11, 9, 0, tzinfo=dt.timezone.utc)  # before the registration deadline
FINAL_STATES = {"processed", "review", "ignored", "duplicate"}
HEALTH = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large]

# --- building blocks of generated mails ------------------------------------------------------

NASTY = ["\r", "\n", "\r\n", "\x00", "\x1b", "\u2028", "\ufeff", "=?", "?=", "=?utf-8?q?a=0D=0ABcc:_x@y.z?=",
         "<", ">", "{{ 7*7 }}", "{% for x in range(9) %}", "<script>", '"', "\\", ",", ";", "@", "\t", " "]
WORDS = ["Anmeldung", "AG 1", "AG 2", "Arbeitsgruppe III", "Workshop 2", "die zweite", "Bildung", "Förderung",
         "ich melde mich an", "wir kommen zu dritt", "mit 2 Personen", "bitte stornieren", "ich kann nicht kommen",
         "bitte ändern auf AG 3", "statt AG 1 lieber AG 2", "Frage:", "Wo ist der Saal?", "Viele Grüße",
         "Mit freundlichen Grüßen", "Marta Lopes", "Ali Demir", "Verein e.V.", "Out of Office", "abwesend",
         "I would like to register", "workshop 1", "kayıt olmak istiyorum", "Я хочу зарегистрироваться",
         "أريد التسجيل", "> zitierter Text", "-- ", "Am 10.01.2027 schrieb mso-tag@muenster.example:"]
HEADER_POOL = [
    "Auto-Submitted: auto-replied", "Auto-Submitted: no", "Precedence: bulk", "List-Id: <x.lists.example>",
    "Return-Path: <>", "X-Mailbot-Loop: mso-tag@muenster.example", "X-Autoreply: yes",
    "Authentication-Results: mx.muenster.example; dmarc=fail", "Authentication-Results: other.example; dmarc=fail",
    "Reply-To: someone@else.example", "Reply-To: a@b.example, c@d.example", "In-Reply-To: <nope@x>",
    "References: <a@b> <c@d>", "X-Failed-Recipients: gone@verein-a.example", "Content-Language: tr",
]
CHARSETS = ["utf-8", "iso-8859-1", "windows-1252", "koi8-r", "utf-16", "x-unknown-charset", "", "utf-8\x00"]
ENCODINGS = ["8bit", "7bit", "quoted-printable", "base64", "x-uuencode", "bogus"]

text_bits = st.one_of(st.sampled_from(WORDS), st.sampled_from(NASTY), st.text(max_size=20))
line = st.lists(text_bits, max_size=8).map(" ".join)
addresses = st.one_of(
    st.sampled_from(["marta.lopes@verein-a.example", "ali@verein-b.example", "mso-tag@muenster.example",
                     "koordination@muenster.example", "MAILER-DAEMON@mx.example", "noreply@x.example"]),
    st.from_regex(r"[a-z]{1,8}@[a-z]{1,8}\.example", fullmatch=True),
    st.text(max_size=30),
)


@st.composite
def body_part(draw) -> bytes:
    """One text part: its headers and a body in some charset and transfer encoding."""
    text = "\r\n".join(draw(st.lists(line, min_size=1, max_size=12)))
    charset = draw(st.sampled_from(CHARSETS))
    subtype = draw(st.sampled_from(["plain", "html", "calendar", "rfc822-headers"]))
    try:
        payload = text.encode(charset.strip("\x00") or "utf-8", errors="replace")
    except LookupError:
        payload = text.encode("utf-8", errors="surrogatepass")
    head = (f"Content-Type: text/{subtype}; charset=\"{charset}\"\r\n"
            f"Content-Transfer-Encoding: {draw(st.sampled_from(ENCODINGS))}\r\n")
    return head.encode("utf-8", errors="surrogatepass") + b"\r\n" + payload


@st.composite
def mime_body(draw, depth: int = 0) -> bytes:
    """A single part, or a multipart of parts (sometimes nested, sometimes with a broken boundary)."""
    if depth >= 3 or not draw(st.booleans()):
        return draw(body_part())
    boundary = draw(st.sampled_from(["b1", "b2", "", "x" * 80, "=_\r\n"]))
    parts = draw(st.lists(mime_body(depth + 1), min_size=0, max_size=3))
    end = draw(st.sampled_from([f"--{boundary}--\r\n", ""]))  # sometimes never closed
    inner = b"".join(f"--{boundary}\r\n".encode() + p + b"\r\n" for p in parts)
    kind = draw(st.sampled_from(["mixed", "alternative", "report; report-type=delivery-status", "related"]))
    return f"Content-Type: multipart/{kind}; boundary=\"{boundary}\"\r\n\r\n".encode() + inner + end.encode()


@st.composite
def generated_mail(draw) -> bytes:
    """A mail made from parts: plausible words, hostile characters, machine headers, odd MIME."""
    name = draw(line)
    headers = [
        f"From: {name} <{draw(addresses)}>" if draw(st.booleans()) else f"From: {draw(addresses)}",
        f"Subject: {draw(line)}",
        f"Message-ID: <{draw(st.text(alphabet='abcdef0123456789', min_size=1, max_size=12))}@fuzz.example>",
        f"Date: {draw(st.sampled_from(['Mon, 11 Jan 2027 09:00:00 +0100', 'gestern', '', 'Sun, 14 Mar 2027 09:00:00 +0100']))}",
        "MIME-Version: 1.0",
        *draw(st.lists(st.sampled_from(HEADER_POOL), max_size=3)),
    ]
    head = "\r\n".join(draw(st.permutations(headers))).encode("utf-8", errors="surrogatepass")
    return head + b"\r\n" + draw(mime_body())


@st.composite
def mutated_seed(draw) -> bytes:
    """One of the project's own test mails, then cut, spliced, flipped or re-ended."""
    raw = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 4))):
        action = draw(st.sampled_from(["insert", "delete", "flip", "truncate", "lf", "dup-header"]))
        pos = draw(st.integers(0, len(raw)))
        if action == "insert":
            raw[pos:pos] = draw(st.one_of(st.binary(max_size=40), st.sampled_from(NASTY).map(str.encode)))
        elif action == "delete":
            del raw[pos:pos + draw(st.integers(1, 200))]
        elif action == "flip" and raw:
            raw[min(pos, len(raw) - 1)] ^= draw(st.integers(1, 255))
        elif action == "truncate":
            del raw[pos:]
        elif action == "lf":
            raw = bytearray(bytes(raw).replace(b"\r\n", b"\n"))
        else:
            first = bytes(raw).split(b"\n", 1)[0]
            raw[0:0] = first + b"\n"
    return bytes(raw)


any_mail = st.one_of(generated_mail(), mutated_seed(), st.binary(max_size=2000))


# --- the pipeline under test --------------------------------------------------------------------


@pytest.fixture
def fuzz_worker(write_config):
    config = load_config(write_config(extra='[safety]\nauthserv_id = "mx.muenster.example"\n'
                                            '[coordinator]\nemails = ["koordination@muenster.example"]\n'))
    worker = Worker(config, clock=lambda: NOW)
    yield worker
    worker.db.close()


_uids = itertools.count(1)


def handle(worker: Worker, raw: bytes) -> tuple[str, str | None]:
    """Store one mail as the fetch stage would, handle it, and return (state, kind)."""
    uid = next(_uids)
    with store.transaction(worker.db):
        row = store.store_message(worker.db, folder="INBOX", uidvalidity=1, uid=uid, raw=raw,
                                  message_id=None, sender=None, subject=None, received_at=NOW)
    worker.handle_one(row, raw)
    return worker.db.execute("SELECT state, kind FROM messages WHERE id = ?", [row]).fetchone()


def check_outbox_since(worker: Worker, after_id: int) -> int:
    """Every mail queued since after_id: one plain recipient, our automatic headers. Returns the last id."""
    last = after_id
    for row_id, to_addr, raw in worker.db.execute(
            "SELECT id, to_addr, raw FROM outbox WHERE id > ? ORDER BY id", [after_id]).fetchall():
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert [a.addr_spec for a in msg["To"].addresses] == [to_addr]
        assert msg["Auto-Submitted"] and msg["X-Mailbot-Loop"] and msg["X-Auto-Response-Suppress"] == "All"
        assert msg["Cc"] is None and msg["Bcc"] is None
        last = row_id
    return last


def run_case(worker: Worker, raw: bytes, seen: list[int]) -> None:
    state, kind = handle(worker, raw)
    assert state in FINAL_STATES, f"mail left in state {state!r}"
    assert kind in KINDS or state == "duplicate"
    seen[0] = check_outbox_since(worker, seen[0])


def fuzz(cases: int):
    """The property, at a given number of cases; delivery to the outdir runs every 50 cases."""

    @settings(max_examples=cases, deadline=None, suppress_health_check=HEALTH, derandomize=cases < 1000)
    @given(raw=any_mail)
    def prop(worker, seen, raw):
        run_case(worker, raw, seen)
        seen[1] += 1
        if seen[1] % 50 == 0:
            result = PassResult()
            worker.outbox.deliver(result)
            assert result.failed == 0

    return prop


def test_fuzzed_mails_through_the_pipeline(fuzz_worker):
    fuzz(200)(fuzz_worker, [0, 0])
    assert fuzz_worker.db.execute("SELECT count(*) FROM messages WHERE state IN ('new', 'error')").fetchone()[0] == 0


@pytest.mark.slow
def test_fuzzed_mails_through_the_pipeline_10000(fuzz_worker):
    fuzz(10_000)(fuzz_worker, [0, 0])
    db = fuzz_worker.db
    assert db.execute("SELECT count(*) FROM messages").fetchone()[0] >= 10_000
    assert db.execute("SELECT count(*) FROM messages WHERE state IN ('new', 'error')").fetchone()[0] == 0


# --- size and depth limits ----------------------------------------------------------------------

REGISTRATION = ("From: Marta Lopes <marta.lopes@verein-a.example>\r\nTo: mso-tag@muenster.example\r\n"
                "Subject: Anmeldung\r\nMessage-ID: <{id}@verein-a.example>\r\nDate: Mon, 11 Jan 2027 09:00:00 +0100\r\n"
                "MIME-Version: 1.0\r\n")
TEXT = "Guten Tag,\r\n\r\nich melde mich für die Arbeitsgruppe 2 an.\r\n\r\nViele Grüße\r\nMarta Lopes\r\n"


def reasons_of(worker: Worker) -> list[str]:
    """The parser's reasons for the last handled mail (kept in messages.parsed for the coordinator)."""
    parsed = worker.db.execute("SELECT parsed FROM messages ORDER BY id DESC LIMIT 1").fetchone()[0]
    return json.loads(parsed)["reasons"]


def test_a_mail_over_max_message_bytes_goes_to_review(write_config):
    config = load_config(write_config(extra="[safety]\nmax_message_bytes = 100000\n"))
    worker = Worker(config, clock=lambda: NOW)
    try:
        raw = (REGISTRATION.format(id="huge") + "Content-Type: text/plain; charset=utf-8\r\n\r\n"
               + TEXT + ("x" * 76 + "\r\n") * 2000).encode()
        assert len(raw) > 100_000
        state, _kind = handle(worker, raw)
        assert state == "review"
        assert any("larger than 100000 bytes" in r for r in reasons_of(worker))
    finally:
        worker.db.close()


def test_a_hundred_nested_parts_go_to_review(write_config):
    config = load_config(write_config())
    worker = Worker(config, clock=lambda: NOW)
    try:
        nested = "Content-Type: text/plain; charset=utf-8\r\n\r\n" + TEXT
        for level in range(100):
            nested = (f"Content-Type: multipart/mixed; boundary=\"n{level}\"\r\n\r\n"
                      f"--n{level}\r\n{nested}\r\n--n{level}--\r\n")
        state, _kind = handle(worker, (REGISTRATION.format(id="nested") + nested).encode())
        assert state == "review"
        assert any("nested parts" in r for r in reasons_of(worker))
    finally:
        worker.db.close()
