#!/usr/bin/env python3
"""How fast `parse_message` reads mail on one core: the corpora, and generated mails of real length.

    .venv/bin/python bench/bench_parse.py            # everything, about a minute
    .venv/bin/python bench/bench_parse.py --quick    # fewer rounds, no 3,000-line mail
    .venv/bin/python bench/bench_parse.py --corpus ../shared/corpus/dev   # one corpus only
    .venv/bin/python bench/bench_parse.py --gated    # the parser's patterns behind gates.gated()

Three parts, all in this one process, CPU time (process_time: the figure for
one core, not disturbed by other load on the machine), after a warm-up pass
(model load, regex compilation, the per-config matcher):

1. every corpus under ../shared/corpus/ that is there (or, without any, the
   parser's own test mails): time per mail and per KB of raw mail;
2. generated registrations (bench/longmail.py) with 5, 10, 20 and 40 lines of
   text, each quoting the invitation, with a signature, a disclaimer and an
   HTML part (a fifth HTML only, as Outlook sends): time per mail, per KB, and
   how many the parser still reads right (registration, the stated workgroup);
3. growth: mails with 40, 100, 1,000 and 3,000 lines, and 1 MB of text, each parsed once
   (never the same mail twice: the parser's caches would answer); the cost of one more line
   of text (µs per line) is the slope from 40 to 1,000.

It ends with the targets of issue #15 and whether this run meets them.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from longmail import LongMails, event_of  # noqa: E402

from mailbot.config import load_config  # noqa: E402
from mailbot.parsing import parse_message  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpus"
OWN_MAILS = ROOT / "tests" / "mails" / "parse"
LINES = (5, 10, 20, 40)
MEGABYTE_LINES = 20_600  # lines of German filler that make 1 MB of decoded text


def cpu_seconds(raws: list[bytes], config, rounds: int) -> float:
    """CPU seconds per mail, the mails parsed `rounds` times after one warm-up pass."""
    for raw in raws:
        parse_message(raw, config)
    start = time.process_time()
    for _ in range(rounds):
        for raw in raws:
            parse_message(raw, config)
    return (time.process_time() - start) / (rounds * len(raws))


def fresh_cpu_seconds(raws: list[bytes], config) -> float:
    """CPU seconds per mail of raws[1:], each parsed once, after raws[0] as the warm-up: no mail is
    timed that the parser has seen (growth rows; see there)."""
    parse_message(raws[0], config)
    start = time.process_time()
    for raw in raws[1:]:
        parse_message(raw, config)
    return (time.process_time() - start) / (len(raws) - 1)


def row(label: str, count: int, per_mail: float, kib: float, extra: str = "") -> str:
    return (f"| {label:<34} | {count:>5} | {per_mail * 1e3:9.2f} ms | {1 / per_mail:7.0f} | "
            f"{per_mail / kib * 1e6:7.0f} µs | {kib:7.1f} KB | {extra:>10} |")


HEAD = ("| mails                              | count |     per mail | mails/s |     per KB |       size | read right |\n"
        "|------------------------------------|-------|--------------|---------|------------|------------|------------|")


def corpora(only: str | None) -> list[tuple[str, Path, list[Path]]]:
    """(name, config, mails) of each corpus found; the parser's own test mails when there is none."""
    found = []
    folders = [Path(only)] if only else sorted(CORPORA.glob("*")) if CORPORA.is_dir() else []
    for folder in folders:
        if (folder / "config.toml").exists() and (folder / "mails").is_dir():
            found.append((folder.name, folder / "config.toml", sorted((folder / "mails").glob("*.eml"))))
    if not found:
        found.append(("parser test mails (no corpus)", OWN_MAILS / "event.toml", sorted(OWN_MAILS.glob("*.eml"))))
    return found


def read_right(mails, config) -> int:
    right = 0
    for m in mails:
        parsed = parse_message(m.raw, config)
        right += parsed.kind == "registration" and parsed.workgroups == [m.workgroup]
    return right


def generated(config, count: int, lines: int, seed: int) -> list:
    """`count` long registrations with `lines` lines of text: 4 of 5 plain + HTML, 1 of 5 HTML only."""
    gen = LongMails(event_of(config), seed=seed, tag=f"l{lines}")
    return [gen.mail(lines, "html" if i % 5 == 4 else "alternative") for i in range(count)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", help="one folder with config.toml and mails/*.eml (default: every corpus there is)")
    ap.add_argument("--rounds", type=int, default=10, help="passes over each set of mails (default 10)")
    ap.add_argument("--quick", action="store_true", help="3 rounds, no 3,000-line mail")
    ap.add_argument("--gated", action="store_true",
                    help="every module-level pattern of the parser behind gates.gated() (bench_scan.py), "
                         "swapped in at run time: what the gates alone would give")
    args = ap.parse_args()
    rounds = 3 if args.quick else args.rounds
    if args.gated:
        from bench_scan import _swap_plan

        plan, count = _swap_plan()
        for module, attr, _old, new in plan:
            setattr(module, attr, new)
        print(f"(with {count} patterns gated)\n")
    results: dict[str, float] = {}

    print(HEAD)
    for name, config_path, paths in corpora(args.corpus):
        config = load_config(config_path)
        raws = [p.read_bytes() for p in paths]
        per_mail = cpu_seconds(raws, config, rounds)
        results[f"corpus {name}"] = per_mail
        print(row(f"corpus {name}", len(raws), per_mail, sum(map(len, raws)) / len(raws) / 1024))

    corpus_config = next((c for n, c, _p in corpora(args.corpus) if n == "dev"), None)
    config = load_config(corpus_config or corpora(args.corpus)[0][1])
    for lines in LINES:
        mails = generated(config, 50, lines, seed=lines)
        raws = [m.raw for m in mails]
        per_mail = cpu_seconds(raws, config, rounds)
        results[f"{lines} lines"] = per_mail
        print(row(f"generated, {lines} lines of text", len(raws), per_mail, sum(map(len, raws)) / len(raws) / 1024,
                  f"{read_right(mails, config)}/{len(mails)}"))
    mixed = [m for lines in range(5, 41) for m in generated(config, 3, lines, seed=100 + lines)]
    per_mail = cpu_seconds([m.raw for m in mixed], config, rounds)
    print(row("generated, 5-40 lines (mixed)", len(mixed), per_mail,
              sum(len(m.raw) for m in mixed) / len(mixed) / 1024, f"{read_right(mixed, config)}/{len(mixed)}"))

    print("\ngrowth (plain-text mails quoting the invitation, each parsed once after another as warm-up):\n")
    print(HEAD)
    sizes = (40, 100, 1000) if args.quick else (40, 100, 1000, 3000)
    for lines in sizes:
        # mails never parsed before in this process: the parser keeps its last answers for long texts
        # (presence, words, folds), so the same mail parsed again would time the caches, not the parse
        # (a 1,000-line mail: about 50 ms the second time, 90-100 ms the first)
        count = max(3, rounds * 40 // lines)
        mails = [LongMails(event_of(config), seed=7 + k, tag=f"g{k}").mail(lines, "plain", language="de")
                 for k in range(count + 1)]
        per_mail = fresh_cpu_seconds([m.raw for m in mails], config)
        results[f"one {lines}"] = per_mail
        print(row(f"{lines} lines of text", count, per_mail, sum(len(m.raw) for m in mails[1:]) / count / 1024,
                  f"{read_right(mails[1:], config)}/{count}"))
    megabyte = LongMails(event_of(config), seed=8, tag="mb").mail(MEGABYTE_LINES, "plain", language="de")
    per_mail = fresh_cpu_seconds([LongMails(event_of(config), seed=9, tag="mw").mail(1000, "plain").raw,
                                  megabyte.raw], config)
    results["1 MB"] = per_mail
    print(row("1 MB of text", 1, per_mail, len(megabyte.raw) / 1024, f"{read_right([megabyte], config)}/1"))
    per_line = (results["one 1000"] - results["one 40"]) / 960

    dev = results.get("corpus dev")
    checks = [
        ("dev corpus", f"{1 / dev:.0f} mails/s" if dev else "(no corpus)", ">= 1,000 mails/s",
         dev is not None and 1 / dev >= 1000),
        ("40 lines with a quoted invitation", f"{1 / results['40 lines']:.0f} mails/s", ">= 400 mails/s",
         1 / results["40 lines"] >= 400),
        ("one more line of text (40 -> 1,000)", f"{per_line * 1e6:.0f} µs", "<= 30 µs", per_line <= 30e-6),
        ("1 MB of text", f"{results['1 MB']:.2f} s", "<= 0.3 s", results["1 MB"] <= 0.3),
    ]
    print("\n| target (issue #15) | this run | target | |\n|---|---|---|---|")
    for label, value, target, ok in checks:
        print(f"| {label} | {value} | {target} | {'pass' if ok else 'FAIL'} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
