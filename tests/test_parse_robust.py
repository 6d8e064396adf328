"""Any bytes in → a Parsed out, quickly: fuzzed input, huge mails, deeply nested parts."""

from __future__ import annotations

import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailbot.config import load_config
from mailbot.model import KINDS
from mailbot.parsing import _parse, parse_message

MAILS = Path(__file__).parent / "mails" / "parse"
CONFIG = load_config(MAILS / "event.toml")  # max_message_bytes = 2 000 000
SAMPLE = (MAILS / "de-thunderbird-quotes-all-workshops.eml").read_bytes()


def timed(raw: bytes):
    start = time.perf_counter()
    parsed = parse_message(raw, CONFIG)
    return parsed, time.perf_counter() - start


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_random_bytes_never_raise(raw):
    # below the catch-all: the reader itself must not raise (parse_message would hide it as "unreadable")
    assert _parse(raw, CONFIG).kind in KINDS


@settings(max_examples=200, deadline=None)
@given(st.integers(0, len(SAMPLE)), st.binary(min_size=1, max_size=64))
def test_corrupted_real_mail_never_raises(pos, junk):
    parsed = _parse(SAMPLE[:pos] + junk + SAMPLE[pos:], CONFIG)
    assert parsed.kind in KINDS


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=600))
def test_any_text_body_never_raises(body):
    raw = b"From: a@b.example\nSubject: x\nContent-Type: text/plain; charset=utf-8\n\n" + body.encode("utf-8", "surrogatepass")
    assert _parse(raw, CONFIG).kind in KINDS


def test_mail_over_the_size_limit_is_cut_with_a_reason():
    raw = SAMPLE + b"\n" + b"x" * 25_000_000
    parsed, seconds = timed(raw)
    assert seconds < 1.0
    assert parsed.needs_review and any("larger than" in r for r in parsed.reasons)


def test_large_attachment_within_limit_is_fast():
    config = load_config(MAILS / "event.toml")
    body = b"A" * 1_500_000
    raw = (b"From: a@b.example\nSubject: Anmeldung\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=XX\n\n"
           b"--XX\nContent-Type: text/plain\n\nIch melde mich fuer Workshop 1 an.\n--XX\n"
           b"Content-Type: application/octet-stream; name=big.bin\nContent-Disposition: attachment; filename=big.bin\n\n"
           + body + b"\n--XX--\n")
    start = time.perf_counter()
    parsed = parse_message(raw, config)
    assert time.perf_counter() - start < 1.0
    assert parsed.attachments == ["big.bin"] and parsed.workgroups == ["JUG"]


def test_hundred_nested_parts_are_handled_quickly():
    raw = b"From: a@b.example\nSubject: nest\nMIME-Version: 1.0\n"
    inner = b"Content-Type: text/plain\n\nIch melde mich an.\n"
    for depth in range(100):
        b = b"b%d" % depth
        inner = b"Content-Type: multipart/mixed; boundary=" + b + b"\n\n--" + b + b"\n" + inner + b"\n--" + b + b"--\n"
    parsed, seconds = timed(raw + inner)
    assert seconds < 1.0
    assert parsed.kind in KINDS and any("nested" in r for r in parsed.reasons)


def test_many_sibling_parts_are_cut():
    parts = b"".join(b"--X\nContent-Type: text/plain\n\nTeil %d\n" % i for i in range(500))
    raw = b"From: a@b.example\nSubject: viele\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=X\n\n" + parts + b"--X--\n"
    parsed, seconds = timed(raw)
    assert seconds < 1.0 and any("nested" in r for r in parsed.reasons)
