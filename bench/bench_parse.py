#!/usr/bin/env python3
"""How many typical mails per second `parse_message` reads on one core.

    .venv/bin/python bench/bench_parse.py [--corpus ../shared/corpus/dev] [--rounds 20]

Parses the corpus mails (or, without a corpus, the parser's own test mails)
repeatedly in one process and prints mails per second. The target is 300.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from mailbot.config import load_config
from mailbot.parsing import parse_message

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "dev"),
                    help="a folder with config.toml and mails/*.eml")
    ap.add_argument("--rounds", type=int, default=20)
    args = ap.parse_args()
    corpus = Path(args.corpus)
    if (corpus / "config.toml").exists():
        config, mails = load_config(corpus / "config.toml"), sorted((corpus / "mails").glob("*.eml"))
    else:
        own = ROOT / "tests" / "mails" / "parse"
        config, mails = load_config(own / "event.toml"), sorted(own.glob("*.eml"))
    raws = [p.read_bytes() for p in mails]
    for raw in raws:  # warm-up: model load, regex compilation, the per-config matcher
        parse_message(raw, config)
    # CPU time of this process: the figure for one core, not disturbed by other load on the machine
    start, wall = time.process_time(), time.perf_counter()
    for _ in range(args.rounds):
        for raw in raws:
            parse_message(raw, config)
    seconds, wall = time.process_time() - start, time.perf_counter() - wall
    count = len(raws) * args.rounds
    print(f"{count} mails in {seconds:.2f} s CPU ({wall:.2f} s wall): {count / seconds:.0f} mails/s on one core (target 300)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
