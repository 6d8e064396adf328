"""Parsing in a second process, so a big backlog uses two cores.

Parsing is pure (bytes + Config -> Parsed), so it can run anywhere. During a
pass with many stored mails the worker sends their raw bytes to one parse
process, in order, in small chunks, and takes the Parsed results back in the
same order while it decides and answers the earlier mails. Nothing else moves:
mails are stored raw before they are parsed, each decision has its own
transaction in the worker, and the worker alone writes the database.

The process is `python -m mailbot.parallel`, started with pipes for stdin and
stdout; nothing is inherited but those (no fork of a threaded process). It
reads the pickled Config first, then chunks of raw mails, and answers each
chunk with its list of Parsed. It exits when its stdin closes, so it never
outlives the worker, not even a SIGKILLed one (the kernel closes the pipe).
Frames are an 8-byte length and a pickle; only the worker writes them.

Every mail is parsed within a hard time limit ([worker] parse_timeout, see
`parse_within`), here and in the worker: a mail over it is stored, left for
review ("parse took too long") and the pass goes on.
"""

from __future__ import annotations

import contextlib
import ctypes
import email
import encodings
import gc
import html
import os
import pickle
import queue
import re
import resource
import select
import signal
import struct
import subprocess
import sys
import threading
from pathlib import Path

from .model import Parsed
from .parsing import parse_message
from .parsing.language import load_model
from .parsing.gates import prepare
from . import startcache

_LEN = struct.Struct("!Q")
_CHUNKS = (2, 4, 8, 16)  # first chunks small, so the worker waits little for the first results


class OverBudget(BaseException):
    """Raised into a parse that ran over its time; a BaseException, so the parser's
    own `except Exception` (a broken mail is a case, not a crash) cannot swallow it."""


def too_slow(seconds: float):
    """The Parsed of a mail whose parse ran over the limit: nobody is answered, a person reads it."""
    return Parsed(kind="other", needs_review=True,
                  reasons=[f"parse took too long (over {seconds:g} s): the mail is stored, a person should read it"])


def parse_within(raw: bytes, config, seconds: float | None = None):
    """parse_message with a hard time limit; over it, `too_slow(seconds)`.

    In a main thread (run-once, the parse process) a timer signal interrupts the
    parse, even inside a regular expression. In another thread (`serve` runs its
    passes in the scheduler's thread) the parse runs in a helper thread that is
    waited for at most `seconds` and then stopped at its next Python instruction.
    """
    seconds = seconds if seconds is not None else config.worker.parse_timeout
    load_model()  # once per process, and not part of any one mail's time
    prepare()  # the parser's gates, likewise (built on first use, not at import)
    _warm(config)  # and the patterns the reader compiles on first use (vocabulary, the config's words)
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        return _parse_with_alarm(parse_message, raw, config, seconds)
    return _parse_in_thread(parse_message, raw, config, seconds)


_WARM_MAIL = ("From: Anna Beispiel <anna@beispiel.example>\nSubject: Anmeldung\nMessage-ID: <warm@mailbot.invalid>\n"
              "Content-Type: text/plain; charset=utf-8\n\nIch melde mich mit meiner Kollegin für AG 1 an.\n\n"
              "Viele Grüße\nAnna Beispiel\n").encode()
_warmed: set[int] = set()


def _warm(config) -> None:
    """Parse one small mail per config and process before any mail's clock runs: a cold reader
    compiles its vocabulary patterns on first use, which a fresh process under load can push
    past a short `parse_timeout` on its first real mail."""
    if id(config) not in _warmed:
        _warmed.add(id(config))
        parse_message(_WARM_MAIL, config)
        startcache.save()  # the gates are built now: the next process reads them (not only at exit)


# the code a parse runs in its own right: mailbot's and the standard library's mail, text and pattern modules
_PARSE_CODE = tuple(f"{Path(m.__file__).parent}{os.sep}" for m in (sys.modules[__package__], email, re, html, encodings))


def _in_the_parse(frame) -> bool:
    """Whether the alarm interrupted the parse's own code, not code Python runs in passing inside it (a gc
    callback, a finalizer, a weakref callback, an import by a hook): an exception raised there is no exception
    of the parse, Python only reports it as ignored. Every frame from the innermost out to the first of
    mailbot's must be parse code and no finalizer."""
    callbacks = {getattr(callback, "__code__", None) for callback in gc.callbacks}
    mailbot_code = _PARSE_CODE[0]
    while frame is not None:
        code = frame.f_code
        if code.co_name == "__del__" or code in callbacks or not code.co_filename.startswith(_PARSE_CODE):
            return False
        if code.co_filename.startswith(mailbot_code):
            return True
        frame = frame.f_back
    return False


def _parse_with_alarm(parse_message, raw: bytes, config, seconds: float):
    def over(_signum, frame):
        if not _in_the_parse(frame):
            return  # the timer repeats every 50 ms: a later alarm stops the parse in its own code
        raise OverBudget()

    previous = signal.signal(signal.SIGALRM, over)
    try:  # an alarm just after the parse ended still counts the mail as too slow: harmless, rare
        # (repeating every 50 ms: an alarm that lands outside the parse's own code, in a gc callback, a finalizer
        # or a hook, is let pass;
        # the next one stops the parse; the timer is cleared before anything else once it is stopped)
        signal.setitimer(signal.ITIMER_REAL, seconds, 0.05)
        try:
            return parse_message(raw, config)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except OverBudget:
        return too_slow(seconds)
    finally:
        signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)


def _parse_in_thread(parse_message, raw: bytes, config, seconds: float):
    box: list = []

    def run():
        with contextlib.suppress(OverBudget):
            box.append(parse_message(raw, config))

    helper = threading.Thread(target=run, name="mailbot-parse", daemon=True)
    helper.start()
    helper.join(seconds)
    if helper.is_alive():
        # stops the helper at its next bytecode (CPython's documented way to raise into a thread); an
        # exception that lands in a callback Python ignores (a gc callback, a __del__) is lost, so a watcher
        # raises it again while the helper still runs, without keeping the caller waiting
        _stop(helper)
        threading.Thread(target=_stop_again, args=(helper,), name="mailbot-parse-stop", daemon=True).start()
        return too_slow(seconds)
    return box[0] if box else too_slow(seconds)


def _stop(helper: threading.Thread) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(helper.ident), ctypes.py_object(OverBudget))


def _stop_again(helper: threading.Thread, tries: int = 20, pause: float = 0.05) -> None:
    for _ in range(tries):
        helper.join(pause)
        if not helper.is_alive():
            return
        _stop(helper)


class ParseProcessError(Exception):
    """The parse process died or answered nonsense: parse in the worker instead."""


class Stopped(Exception):
    """The stop event was set while waiting for results."""


def chunk_sizes():
    """2, 4, 8, 16, 16, ...: the worker's first wait is short, later chunks cost little to send."""
    yield from _CHUNKS
    while True:
        yield _CHUNKS[-1]


class ParseProcess:
    """One parse process for one pass: `submit` chunks, `results` returns them in order."""

    def __init__(self, config, stop: threading.Event | None = None):
        self.stop = stop if stop is not None else threading.Event()
        root = str(Path(__file__).resolve().parent.parent)
        env = dict(os.environ)
        env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        self.process = subprocess.Popen([sys.executable, "-m", "mailbot.parallel"], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, env=env, close_fds=True)
        self._out = self.process.stdout.fileno()
        self._pending = 0  # chunks submitted and not yet read back
        self._queue: queue.Queue = queue.Queue()
        # A thread writes, so a full pipe in one direction never blocks the other.
        self._writer = threading.Thread(target=self._write_frames, name="mailbot-parse-feed", daemon=True)
        self._writer.start()
        self._send(("config", config))
        self.peak_kib: int | None = None

    @property
    def pending(self) -> int:
        return self._pending

    def submit(self, raws: list[bytes]) -> None:
        self._send(("parse", [bytes(r) for r in raws]))
        self._pending += 1

    def results(self) -> list:
        """The next submitted chunk's Parsed list; ParseProcessError if the process is gone."""
        if self._pending <= 0:
            raise ParseProcessError("no chunk submitted")
        reply = self._receive()
        self._pending -= 1
        if not (isinstance(reply, tuple) and reply and reply[0] == "parsed"):
            raise ParseProcessError(f"unexpected answer: {type(reply).__name__}")
        return reply[1]

    def close(self, timeout: float = 2.0) -> None:
        """End the process: politely when nothing is outstanding (it reports its peak RSS), else kill it."""
        if self.process.poll() is None and self._pending == 0:
            with contextlib.suppress(Exception):
                self._send(("bye",))
                reply = self._receive(timeout=timeout)
                if isinstance(reply, tuple) and reply and reply[0] == "bye":
                    self.peak_kib = reply[1]
        elif self.process.poll() is None:
            self.process.kill()  # parsing is pure: its outstanding work is simply dropped
        self._queue.put(None)
        self._writer.join(timeout=timeout)
        with contextlib.suppress(OSError, ValueError):
            self.process.stdin.close()  # the process exits when its stdin closes
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        with contextlib.suppress(OSError):
            self.process.stdout.close()

    # --- frames ------------------------------------------------------------------------

    def _send(self, message) -> None:
        if not self._writer.is_alive():
            raise ParseProcessError("the parse process's pipe is closed")
        self._queue.put(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))

    def _write_frames(self) -> None:
        stdin = self.process.stdin
        while True:
            data = self._queue.get()
            if data is None:
                return
            try:
                stdin.write(_LEN.pack(len(data)))
                stdin.write(data)
                stdin.flush()
            except (OSError, ValueError):  # the process is gone; the reader sees EOF
                return

    def _receive(self, timeout: float | None = None):
        size = _LEN.unpack(self._read_exactly(_LEN.size, timeout))[0]
        try:
            return pickle.loads(self._read_exactly(size, timeout))
        except Exception as exc:  # noqa: BLE001 - a broken frame means a broken process
            raise ParseProcessError(f"unreadable answer: {exc.__class__.__name__}") from exc

    def _read_exactly(self, size: int, timeout: float | None) -> bytes:
        parts, got = [], 0
        waited = 0.0
        while got < size:
            ready, _, _ = select.select([self._out], [], [], 0.2)
            if not ready:
                if self.stop.is_set():
                    raise Stopped()
                waited += 0.2
                if timeout is not None and waited >= timeout:
                    raise ParseProcessError("the parse process does not answer")
                continue
            part = os.read(self._out, min(size - got, 1 << 20))
            if not part:
                raise ParseProcessError(f"the parse process ended (exit status {self.process.poll()})")
            parts.append(part)
            got += len(part)
        return b"".join(parts)


# --- the parse process itself ----------------------------------------------------------


def _read_frame(stream) -> object | None:
    head = stream.read(_LEN.size)
    if len(head) < _LEN.size:
        return None
    size = _LEN.unpack(head)[0]
    data = stream.read(size)
    if len(data) < size:
        return None
    return pickle.loads(data)


def _write_frame(stream, message) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_LEN.pack(len(data)))
    stream.write(data)
    stream.flush()


def main() -> int:
    """Read the Config, then chunks of raw mails until stdin closes; answer each chunk in order."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a Ctrl-C reaches the worker; it ends us by closing the pipe
    startcache.install()
    inp = os.fdopen(os.dup(0), "rb")
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # a stray print must not break the frames
    config = None
    try:
        while True:
            message = _read_frame(inp)
            if message is None:
                return 0
            what = message[0]
            if what == "config":
                config = message[1]
            elif what == "parse":
                _write_frame(out, ("parsed", [parse_within(raw, config) for raw in message[1]]))
            elif what == "bye":
                _write_frame(out, ("bye", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))
    except (BrokenPipeError, EOFError):
        return 0


if __name__ == "__main__":
    sys.exit(main())
