#!/usr/bin/env python3
"""Which of the parser's regular expressions cost the most on real-length mail, and per KB of what they read.

    .venv/bin/python bench/profile_patterns.py            # 100 mails with 40 lines of text
    .venv/bin/python bench/profile_patterns.py --lines 5 --top 20

Every compiled pattern at module level in mailbot/parsing (and the per-config
matcher's) is wrapped in a timer for one run, so the figures include the timer's
own cost (about 1 µs a call; CPU time of the thread, so other load does not count): read them as a ranking and as µs per KB, not as the
parser's speed (bench_parse.py gives that). Calls through the `re` module's own
functions (re.search("…", text)) are listed by their pattern's first characters.
"""

from __future__ import annotations

import argparse
import collections
import importlib
import pkgutil
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench_parse import generated  # noqa: E402

import mailbot.parsing  # noqa: E402
from mailbot.config import load_config  # noqa: E402
from mailbot.parsing import choices, parse_message  # noqa: E402
from mailbot.parsing.gates import GatedPattern  # noqa: E402

CORPUS_CONFIG = ROOT.parent / "shared" / "corpus" / "dev" / "config.toml"
OWN_CONFIG = ROOT / "tests" / "mails" / "parse" / "event.toml"

COST: collections.Counter = collections.Counter()
CALLS: collections.Counter = collections.Counter()
CHARS: collections.Counter = collections.Counter()


class Timed:
    """A compiled pattern that adds the time of each call to COST under its name."""

    def __init__(self, pattern: re.Pattern, name: str):
        self.regex, self.name = pattern, name

    def __getattr__(self, attr):
        return getattr(self.regex, attr)

    def _call(self, method: str, text_at: int, *args, **kwargs):
        start = time.thread_time()
        result = getattr(self.regex, method)(*args, **kwargs)
        if method == "finditer":
            result = iter(list(result))  # the matching happens while iterating: do it here
        COST[self.name] += time.thread_time() - start
        CALLS[self.name] += 1
        if len(args) > text_at and isinstance(args[text_at], str):
            CHARS[self.name] += len(args[text_at])
        return result

    def search(self, *a, **k): return self._call("search", 0, *a, **k)  # noqa: E704
    def match(self, *a, **k): return self._call("match", 0, *a, **k)  # noqa: E704
    def fullmatch(self, *a, **k): return self._call("fullmatch", 0, *a, **k)  # noqa: E704
    def finditer(self, *a, **k): return self._call("finditer", 0, *a, **k)  # noqa: E704
    def findall(self, *a, **k): return self._call("findall", 0, *a, **k)  # noqa: E704
    def split(self, *a, **k): return self._call("split", 0, *a, **k)  # noqa: E704
    def sub(self, *a, **k): return self._call("sub", 1, *a, **k)  # noqa: E704
    def subn(self, *a, **k): return self._call("subn", 1, *a, **k)  # noqa: E704


def instrument() -> None:
    """Wrap every module-level pattern of mailbot.parsing, once each, in place (lists, tuples, dicts too)."""
    done: dict[int, Timed] = {}

    def wrap(value, name):
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            return done.setdefault(id(value), Timed(value, name))
        if isinstance(value, GatedPattern):  # the pattern behind its gate: timed where it runs
            if not isinstance(value.regex, Timed):
                value.regex = Timed(value.regex, name)
                for method in [m for m in vars(value) if m in ("search", "match", "fullmatch", "finditer",
                                                               "findall", "sub", "subn", "split")]:
                    setattr(value, method, getattr(value.regex, method))  # an ungated one's own methods
            return value
        if isinstance(value, (list, tuple)):
            return type(value)(wrap(v, f"{name}[{i}]") for i, v in enumerate(value))
        if isinstance(value, dict):
            return {k: wrap(v, f"{name}[{k}]") for k, v in value.items()}
        return value

    modules = [mailbot.parsing] + [importlib.import_module(f"mailbot.parsing.{m.name}")
                                   for m in pkgutil.iter_modules(mailbot.parsing.__path__)]
    for module in modules:
        short = module.__name__.rsplit(".", 1)[-1]
        for attr, value in list(vars(module).items()):
            if not attr.startswith("__") and isinstance(value, (re.Pattern, GatedPattern, list, tuple, dict)):
                setattr(module, attr, wrap(value, f"{short}.{attr}"))
    for function in ("search", "match", "sub", "findall", "finditer", "split"):
        setattr(re, function, _timed_function(getattr(re, function), function))


def _timed_function(original, function: str):
    def timed(pattern, string, *args, **kwargs):
        start = time.thread_time()
        result = original(pattern, string, *args, **kwargs)
        if function == "finditer":
            result = iter(list(result))
        name = f"re.{function}({str(getattr(pattern, 'pattern', pattern))[:40]!r})"
        COST[name] += time.thread_time() - start
        CALLS[name] += 1
        return result
    return timed


def instrument_matcher(config) -> None:
    matcher = choices.matcher_for(config.workgroups, f"{config.event.name} {config.event.venue}")
    for attr, value in list(vars(matcher).items()):
        if isinstance(value, GatedPattern):
            value.regex = Timed(value.regex, f"Matcher.{attr}")
        elif isinstance(value, re.Pattern):
            setattr(matcher, attr, Timed(value, f"Matcher.{attr}"))
        elif attr == "id_patterns":
            for i, (p, _w) in enumerate(value):
                p.regex = Timed(p.regex, f"Matcher.id_patterns[{i}]")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lines", type=int, default=40, help="lines of text per mail (default 40)")
    ap.add_argument("--mails", type=int, default=100)
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args()
    config = load_config(CORPUS_CONFIG if CORPUS_CONFIG.exists() else OWN_CONFIG)
    raws = [m.raw for m in generated(config, args.mails, args.lines, seed=args.lines)]
    for raw in raws:  # compile, load the model, build the matcher before it is wrapped
        parse_message(raw, config)
    instrument()
    instrument_matcher(config)
    for raw in raws[:5]:
        parse_message(raw, config)
    COST.clear(), CALLS.clear(), CHARS.clear()
    start = time.process_time()
    for raw in raws:
        parse_message(raw, config)
    total = (time.process_time() - start) / len(raws)
    in_patterns = sum(COST.values()) / len(raws)
    print(f"{len(raws)} mails with {args.lines} lines: {total * 1e3:.2f} ms a mail with the timers, "
          f"{in_patterns * 1e3:.2f} ms of it in patterns\n")
    print("| pattern | µs/mail | calls/mail | chars/call | µs/KB read |\n|---|---|---|---|---|")
    for name, seconds in COST.most_common(args.top):
        calls, chars = CALLS[name], CHARS[name]
        per_kb = f"{seconds / (chars / 1024) * 1e6:.0f}" if chars else ""
        print(f"| {name} | {seconds / len(raws) * 1e6:.0f} | {calls / len(raws):.1f} | "
              f"{chars / calls if calls and chars else 0:.0f} | {per_kb} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
