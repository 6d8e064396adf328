"""Hostile input: bounded work per mail, and a Maildir no single file can stop (issue #12, points 3 and 4).

Every pattern-using function of mailbot.parsing gets 50 KB and 200 KB runs of one
character class; the time must grow linearly. A pattern that retries every start
position inside a run grows with the square (4x the text, 16x the time): the limit
below is 8x, twice the linear ratio, so noise on a busy machine does not fail it.
"""

from __future__ import annotations

import gc
import mailbox
import os
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from mailbot import parallel
from mailbot.config import load_config
from mailbot.mailbox import MaildirMailbox
from mailbot.maildir import RETRY_LIST
from mailbot.parsing import choices, classify, gates, intent, language, lexicon, mime, party, people, quotes
from mailbot.parsing import parse_message
from mailbot.parsing.language import load_model
from mailbot.runner import run_once
from test_end_to_end import registration

MAILS = Path(__file__).parent / "mails" / "parse"
CONFIG = load_config(MAILS / "event.toml")
MATCHER = choices.matcher_for(CONFIG.workgroups, CONFIG.event.name)

SMALL, BIG = 50_000, 200_000
LINEAR_LIMIT = 8.0  # time(200 KB) / time(50 KB): 4 when linear, 16 when quadratic
NOISE_FLOOR = 0.5  # seconds: below this at 200 KB nothing is worth measuring (quadratic is far above)
SMALL_LIMIT = 2.0  # seconds for 50 KB: a quadratic pattern is already far over it (and fails fast)

# Runs of one character class each: what a hostile mail repeats to make a pattern backtrack.
RUNS = {
    "spaces": " ", "dots": ".", "letters": "a", "digits": "1", "double-quotes": '"', "single-quotes": "'",
    "at": "@", "hyphens": "-", "newlines": "\n", "a-at": "a@", "address-like": "a@a.", "underscores": "_",
    "cyrillic": "я", "words": "Aa ", "commas": "Ab, ", "parens": "(",
}


def _mail_with(run: str) -> bytes:
    """A person's mail (not a bounce: that path reads little) with the run in From, Subject and text."""
    return ("From: " + run[:5000] + " <a@b.example>\nSubject: Anmeldung " + run[:2000]
            + "\nContent-Type: text/plain; charset=utf-8\n\nIch melde mich an.\n" + run).encode()


def _from_header(run: str) -> tuple[str, str]:
    return mime.read_mail(("From: " + run + "\nSubject: x\n\nHallo\n").encode(), 10**8).address("From")


def _failed_recipients(run: str):
    mail = mime.read_mail(("From: a@b.example\nX-Failed-Recipients: " + run + "\nSubject: x\n\nx\n").encode(), 10**8)
    return classify.machine_verdict(mail, set()), classify.bounced_recipient(mail, set())


# Every public function of mailbot.parsing that runs patterns over text it is given.
FUNCTIONS = {
    "people.has_org_word": people.has_org_word,
    "people.strip_salutation": people.strip_salutation,
    "people.looks_like_name": people.looks_like_name,
    "people.tidy_display_name": people.tidy_display_name,
    "people.form_name": people.form_name,
    "people.signature_name": people.signature_name,
    "people.best_name": lambda t: people.best_name([t, t[:200]], t),
    "people.name_for_address": lambda t: people.name_for_address(t, "a@b.example"),
    "people.registered_other": people.registered_other,
    "people.form_organisation": people.form_organisation,
    "people.signature_organisation": lambda t: people.signature_organisation(t, "Anna Muster"),
    "people.body_organisation": people.body_organisation,
    "people.display_organisation": people.display_organisation,
    "people.is_machine_address": people.is_machine_address,
    "people.explicit_reply_address": lambda t: people.explicit_reply_address(t, set()),
    "people.EMAIL_RE": lambda t: list(people.EMAIL_RE.finditer(t)),
    "quotes.split_text": quotes.split_text,
    "quotes.split_signature": lambda t: quotes.split_signature(t.split("\n")),
    "quotes.is_closing_line": quotes.is_closing_line,
    "party.party_size": party.party_size,
    "party.says_we": party.says_we,
    "intent.sentences": intent.sentences,
    "intent.read_intent": intent.read_intent,
    "choices.choose": lambda t: choices.choose(t, MATCHER),
    "language.detect_language": lambda t: language.detect_language(t, "de"),
    "classify.out_of_office_text": classify.out_of_office_text,
    "classify.X-Failed-Recipients": _failed_recipients,
    "mime.From": _from_header,
    "mime.html_to_text": mime.html_to_text,
    "mime.tidy": mime.tidy,
    "mime.decode_header": mime.decode_header,
    "mime.decode_bytes": lambda t: mime.decode_bytes(t.encode(), None),
    "lexicon.lowered": lexicon.lowered,
    "lexicon.digit_value": lexicon.digit_value,
    "lexicon.ordinal_value": lexicon.ordinal_value,
    "parse_message": lambda t: parse_message(_mail_with(t), CONFIG),
}


def _run_of(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _seconds(function, text: str) -> float:
    start = time.perf_counter()
    function(text)
    return time.perf_counter() - start


@pytest.fixture(scope="module", autouse=True)
def _model_loaded():
    load_model()  # two seconds once, not inside the first measurement
    parse_message(_mail_with("AG 2"), CONFIG)  # the gates' automaton is built at the first use: a second
    gates.prepare()  # or two, which is no pattern's time (parallel.parse_within prepares it the same way)


@pytest.mark.parametrize("name", FUNCTIONS)
def test_every_pattern_function_is_linear_in_runs_of_one_character_class(name):
    function = FUNCTIONS[name]
    slow = []
    for label, unit in RUNS.items():
        small = _seconds(function, _run_of(unit, SMALL))
        assert small < SMALL_LIMIT, f"{name}: 50 KB of {label} took {small:.1f} s"
        big = _seconds(function, _run_of(unit, BIG))
        if big > NOISE_FLOOR and big / max(small, 1e-4) > LINEAR_LIMIT:
            # once more: was it a busy machine (or a lucky first run) rather than the pattern?
            small = max(small, *(_seconds(function, _run_of(unit, SMALL)) for _ in range(2)))
            big = min(big, _seconds(function, _run_of(unit, BIG)))
            if big > NOISE_FLOOR and big / max(small, 1e-4) > LINEAR_LIMIT:
                slow.append(f"{label}: {small:.3f} s -> {big:.3f} s")
    assert slow == [], f"{name} grows faster than linearly: " + "; ".join(slow)


@pytest.mark.parametrize("unit", ["a", " ", ".", "@", "\n", "a@", "1"], ids=repr)
def test_a_megabyte_of_one_character_is_parsed_in_bounded_time(unit):
    seconds = _seconds(lambda t: parse_message(_mail_with(t), CONFIG), unit * 1_000_000)
    assert seconds < 5.0


# --- the time budget per mail ---------------------------------------------------------

HOSTILE = _mail_with(_run_of("a", 200_000))  # the attack: 219 s before the patterns were fixed
# Dense sentences: linear, but honest work over the small limits below (0.2-0.4 s since the
# parser reads text at ~50 µs a line: every short line names a workgroup and a count; the
# 200 KB that mime.py reads)
def slow_mail(tag: str) -> bytes:
    """A slow mail of its own per test: the parser's caches (keyed by text) never hold one another test parsed."""
    return (f"From: Anna <anna@verein.example>\nSubject: Anmeldung {tag}\nContent-Type: text/plain; charset=utf-8\n\n"
            + f"{tag}\n" + "AG 2, 3 Personen.\n" * 11_000).encode()


def _no_parse_left_running(seconds: float = 30.0) -> None:
    """Wait until a parse helper thread stopped by its budget has really stopped: it ends at its next bytecode,
    after the regex call it is in, and must not run on into the next test (a suspected cause of a flake)."""
    for thread in threading.enumerate():
        if thread.name == "mailbot-parse":
            thread.join(seconds)


def test_a_parse_over_its_time_is_stopped_and_flagged():
    started = time.perf_counter()
    parsed = parallel.parse_within(slow_mail("main"), CONFIG, 0.05)
    assert time.perf_counter() - started < 0.5
    assert parsed.kind == "other" and parsed.needs_review
    assert parsed.reasons == ["parse took too long (over 0.05 s): the mail is stored, a person should read it"]


# (the stop is raised into the parse thread at its next bytecode; when that is a gc callback of the test
# tools, e.g. hypothesis's, Python reports it as ignored and mailbot raises it again: pytest's report of the
# ignored one is no failure of the budget, which the asserts below check)
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_the_time_budget_holds_outside_the_main_thread_too():
    out = {}

    def run():
        started = time.perf_counter()
        out["parsed"] = parallel.parse_within(slow_mail("thread"), CONFIG, 0.05)
        out["seconds"] = time.perf_counter() - started

    thread = threading.Thread(target=run)  # `serve` runs its passes in the scheduler's thread
    thread.start()
    thread.join(30)
    _no_parse_left_running()
    assert out["seconds"] < 0.5
    assert out["parsed"].reasons[0].startswith("parse took too long")


def test_an_alarm_that_lands_in_a_gc_callback_is_let_pass_and_a_later_one_stops_the_parse():
    # A test tool's gc callback (hypothesis keeps one) once took the alarm: the stop raised there is no
    # exception of the parse, Python reports it as ignored, and pytest failed the test on that report
    # (filterwarnings = error); so can a finalizer or a hook. The alarm now passes over anything but the parse's
    # own code; the timer's next one stops the parse.
    calls = []

    def slow_callback(phase, _info):
        if phase == "start":
            calls.append(phase)
            end = time.perf_counter() + 0.15
            while time.perf_counter() < end:  # Python code of the callback, where the first alarms land
                pass

    def parse(raw, config):
        gc.collect()  # (the callback runs first: the first alarms land in it)
        return parse_message(raw, config)  # a mail that takes longer than the limit: a later alarm stops it

    gc.collect()  # (the earlier tests' garbage first: its finalizers are no part of this test)
    gc.callbacks.append(slow_callback)
    try:
        started = time.perf_counter()
        parsed = parallel._parse_with_alarm(parse, slow_mail("gc"), CONFIG, 0.05)
    finally:
        gc.callbacks.remove(slow_callback)
    assert calls and time.perf_counter() - started < 1.0
    assert parsed.reasons == ["parse took too long (over 0.05 s): the mail is stored, a person should read it"]


def test_an_alarm_that_lands_in_a_finalizer_is_let_pass_and_a_later_one_stops_the_parse():
    class Slow:
        def __del__(self):
            end = time.perf_counter() + 0.15
            while time.perf_counter() < end:  # where the first alarms land
                pass

    def parse(raw, config):
        Slow()  # finalized right here
        return parse_message(raw, config)

    parsed = parallel._parse_with_alarm(parse, slow_mail("finalizer"), CONFIG, 0.05)
    assert parsed.reasons == ["parse took too long (over 0.05 s): the mail is stored, a person should read it"]


def test_a_mail_within_its_time_is_parsed_as_usual():
    raw = registration()
    assert parallel.parse_within(raw, CONFIG, 10.0) == parse_message(raw, CONFIG)


def _states(config) -> list[tuple]:
    db = sqlite3.connect(config.database_path)
    try:
        return db.execute("SELECT sender, state, error FROM messages ORDER BY id").fetchall()
    finally:
        db.close()


def test_a_200_kb_hostile_mail_is_handled_end_to_end_in_under_two_seconds(maildir_config_file):
    config = load_config(maildir_config_file)
    box = mailbox.Maildir(config.maildir)
    box.add(HOSTILE)
    box.add(registration())
    started = time.perf_counter()
    result = run_once(config)
    seconds = time.perf_counter() - started
    assert result.errors == []
    assert seconds < 2.0
    assert [state for _s, state, _e in _states(config)][1] == "processed"


@pytest.mark.parametrize("parse_process", [False, True], ids=["in the worker", "in the parse process"])
def test_a_mail_over_the_parse_timeout_is_stored_and_left_for_review(write_config, parse_process):
    switch = "true" if parse_process else "false"
    config = load_config(write_config(extra=f"[worker]\nparse_timeout = 0.1\nparse_process = {switch}\n"))
    box = mailbox.Maildir(config.maildir)
    box.add(slow_mail(f"worker-{parse_process}"))
    count = 25 if parse_process else 1  # 20 pending mails and more go to the parse process
    for n in range(count):
        box.add(registration(sender=f"Person {n} <p{n}@verein.example>", msgid=f"<r{n}@verein.example>"))
    result = run_once(config)
    assert result.errors == []
    states = _states(config)
    assert states[0][1:] == ("review", "left for review: parse took too long (over 0.1 s): the mail is stored, "
                                       "a person should read it")
    assert {state for _s, state, _e in states[1:]} == {"processed"}  # the pass went on


# --- Maildir: no single file stops a pass ----------------------------------------------


def nested_parts(depth: int = 1000) -> bytes:
    inner = b"Content-Type: text/plain\n\nIch melde mich an.\n"
    for n in range(depth):
        b = b"b%d" % n
        inner = b"Content-Type: multipart/mixed; boundary=" + b + b"\n\n--" + b + b"\n" + inner + b"\n--" + b + b"--\n"
    return (b"From: Nest <nest@verein.example>\nSubject: nest\nMessage-ID: <nest@verein.example>\n"
            b"MIME-Version: 1.0\n" + inner)


def test_maildir_pass_survives_a_mail_with_1000_nested_parts_and_unreadable_files(maildir_config_file):
    config = load_config(maildir_config_file)
    box = mailbox.Maildir(config.maildir)
    box.add(registration(sender="Ana <ana@verein.example>", msgid="<a@verein.example>"))
    box.add(nested_parts())
    fifo = Path(config.maildir) / "new" / "1700000000.fifo.host"
    os.mkfifo(fifo)  # a plain open() would wait for a writer forever
    dangling = Path(config.maildir) / "new" / "1700000001.link.host"
    dangling.symlink_to(Path(config.maildir) / "gone.eml")
    box.add(registration(sender="Ben <ben@verein.example>", msgid="<b@verein.example>"))

    result = run_once(config)

    assert result.errors == []
    states = _states(config)
    assert [(s, state) for s, state, _e in states] == [
        ("ana@verein.example", "processed"), ("nest@verein.example", "review"), ("ben@verein.example", "processed")]
    assert "unreadable mail" in states[1][2]
    retry = (Path(config.maildir) / RETRY_LIST).read_text().split()
    assert len(retry) == 2  # the FIFO and the dangling link wait in the Maildir, untouched
    assert fifo.exists() and dangling.is_symlink()

    # the link's target appears: the next pass reads the mail it was waiting for
    (Path(config.maildir) / "gone.eml").write_bytes(
        registration(sender="Cem <cem@verein.example>", msgid="<c@verein.example>"))
    again = run_once(config)
    assert again.errors == [] and again.new == 1
    assert _states(config)[-1][:2] == ("cem@verein.example", "processed")
    assert len((Path(config.maildir) / RETRY_LIST).read_text().split()) == 1


def test_maildir_takes_flags_and_date_from_the_file_not_from_parsing_it(tmp_path):
    mailbox.Maildir(tmp_path / "Maildir", create=True).close()
    path = tmp_path / "Maildir" / "cur" / "1800000000.M1P1.host:2,FS"
    path.write_bytes(nested_parts())  # the stdlib's get_message raises RecursionError on it
    os.utime(path, (1_800_000_000, 1_800_000_000))
    with MaildirMailbox(tmp_path / "Maildir") as ours:
        (fetched,) = [m for batch in ours.fetch_new(0) for m in batch]
    assert set(fetched.flags) == {"\\Flagged", "\\Seen"}
    assert fetched.internaldate.timestamp() == 1_800_000_000
    assert fetched.raw == nested_parts()


def test_maildir_marks_a_mail_handled_without_parsing_it(tmp_path):
    box = mailbox.Maildir(tmp_path / "Maildir", create=True)
    (tmp_path / "Maildir" / "new" / "1800000000.M1P1.host").write_bytes(nested_parts())
    with MaildirMailbox(tmp_path / "Maildir") as ours:
        (fetched,) = [m for batch in ours.fetch_new(0) for m in batch]
        ours.mark_handled([fetched.uid])
        assert [m.uid for batch in ours.fetch_new(0) for m in batch] == [fetched.uid]
    assert os.listdir(tmp_path / "Maildir" / "new") == []
    assert os.listdir(tmp_path / "Maildir" / "cur") == ["1800000000.M1P1.host:2,"]  # moved, still unread
    box.close()


# --- a mail over max_message_bytes is stored cut ------------------------------------------


def test_a_mail_over_max_message_bytes_is_stored_cut_and_the_server_keeps_it(dovecot, smtpd, write_config):
    config = load_config(write_config(dovecot, smtpd, extra="[safety]\nmax_message_bytes = 100000\n"))
    big = registration(body="Hallo,\n\nich melde mich für AG 1 an.\n\n" + "Anhang " * 60_000 + "\nMarta\n")
    big = big.replace(b"\n", b"\r\n")  # as the server stores it
    uid = dovecot.append(big)

    result = run_once(config)

    assert result.errors == []
    db = sqlite3.connect(config.database_path)
    try:
        size, raw = db.execute("SELECT size, raw FROM messages").fetchone()
        (received,) = db.execute("SELECT detail FROM audit WHERE action = 'received'").fetchone()
        status, reasons = db.execute("SELECT status, reasons FROM registrations").fetchone()
    finally:
        db.close()
    assert size == len(big) and raw.startswith(big[:100_000])
    assert raw[100_000:].startswith(b"\r\n\r\n[mailbot: this mail had %d bytes; only the first 100000" % len(big))
    assert len(raw) < 100_300
    assert status == "needs_review" and "larger than 100000 bytes" in reasons  # a person looks at it
    assert received.endswith("; only the first 100000 bytes stored, the mail server keeps the whole mail")
    with dovecot.client() as c:  # the original stays on the server, whole
        c.select_folder("INBOX", readonly=True)
        assert len(c.fetch([uid], ["RFC822"])[uid][b"RFC822"]) == len(big)


def test_a_stop_the_parse_thread_swallowed_is_raised_again():
    # (as in a gc callback, where Python ignores an exception: the first stop is lost, the watcher's next
    # one ends the thread)
    swallowed = []

    def work():
        try:
            while True:
                pass
        except parallel.OverBudget:
            swallowed.append(True)
        try:
            while True:
                pass
        except parallel.OverBudget:
            return

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    parallel._stop(thread)
    parallel._stop_again(thread)
    thread.join(1)
    assert swallowed and not thread.is_alive()


@pytest.mark.parametrize("unit", ["aя", "яяяяa", "a я", "Аnmeldung ", "1я", "_a", "я", "a"], ids=repr)
def test_words_of_two_scripts_are_read_in_linear_time(unit):
    # mime.one_script_words: the mixed-word pattern reads each word at its start only, and the rewrite of a
    # mixed word looks each letter up in a set (a list made one long mixed word quadratic: 240 s for 200 KB)
    small = _seconds(mime.one_script_words, _run_of(unit, SMALL) + " AG я")
    big = _seconds(mime.one_script_words, _run_of(unit, BIG) + " AG я")
    assert small < SMALL_LIMIT and (big < NOISE_FLOOR or big / max(small, 1e-4) < LINEAR_LIMIT), (small, big)
