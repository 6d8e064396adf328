#!/usr/bin/env python3
"""What `mailbot parse --json` reads in every mail we have, saved once and compared after a change.

    .venv/bin/python bench/parse_reference.py --save /tmp/speed_ref      # before the change
    .venv/bin/python bench/parse_reference.py --compare /tmp/speed_ref   # after: lists every mail that differs

For a change that must not alter a single parse result (gating patterns, issue #15). The mails:
the corpora (each with its own config), the peer suites' samples, quotes/mails and controls
(with the dev corpus's config), and tests/mails (each general set with its config, the unseen guard sets with
their configs, the parser's own mails with event.toml). One `mailbot parse` process per set; each output line is stored as
"<path>\t<JSON line>" in DIR/<set>.jsonl, so a difference names the mail. Exit 1 on any difference.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
MAILBOT = Path(sys.executable).parent / "mailbot"


def sets() -> list[tuple[str, Path, list[Path]]]:
    """(name, config, mails) of every set found; sets whose folder is missing are left out."""
    found = []
    corpus = SHARED / "corpus"
    for folder in sorted(corpus.glob("*")):
        if (folder / "config.toml").exists():
            found.append((f"corpus-{folder.name}", folder / "config.toml", sorted((folder / "mails").glob("*.eml"))))
    dev = corpus / "dev" / "config.toml"
    for suite in sorted((SHARED / "peer").glob("*")):
        for part in ("samples", "mails", "controls"):
            mails = sorted((suite / part).rglob("*.eml"))
            if mails and dev.exists():
                found.append((f"peer-{suite.name}-{part}", dev, mails))
    general = ROOT / "tests" / "mails" / "general"
    for folder in sorted(general.glob("*")):
        if (folder / "config.toml").exists():
            found.append((f"tests-{folder.name}", folder / "config.toml", sorted(folder.rglob("*.eml"))))
    unseen = ROOT / "tests" / "mails" / "unseen"
    for folder in sorted(unseen.glob("*")):
        if (folder / "config.toml").exists():
            found.append((f"unseen-{folder.name}", folder / "config.toml", sorted(folder.rglob("*.eml"))))
    parse = ROOT / "tests" / "mails" / "parse"
    found.append(("tests-parse", parse / "event.toml", sorted(parse.glob("*.eml"))))
    return [s for s in found if s[2]]


def parse_lines(config: Path, mails: list[Path]) -> list[str]:
    """One "<path>\\t<JSON>" line per mail; a batch whose output does not line up is parsed one by one."""
    def run(files):
        done = subprocess.run([str(MAILBOT), "parse", "--config", str(config), "--json", *map(str, files)],
                              capture_output=True, text=True, cwd=ROOT)
        return done.stdout.splitlines() or [f"(no output, exit {done.returncode}) {done.stderr.strip()[-200:]}"]

    out = run(mails)
    if len(out) != len(mails):
        out = [" ".join(run([m])) for m in mails]
    return [f"{m}\t{line}" for m, line in zip(mails, out)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    what = ap.add_mutually_exclusive_group(required=True)
    what.add_argument("--save", type=Path, metavar="DIR")
    what.add_argument("--compare", type=Path, metavar="DIR")
    args = ap.parse_args()
    folder = args.save or args.compare
    folder.mkdir(parents=True, exist_ok=True)
    differ = total = 0
    for name, config, mails in sets():
        lines = parse_lines(config, mails)
        total += len(lines)
        target = folder / f"{name}.jsonl"
        if args.save:
            target.write_text("\n".join(lines) + "\n", encoding="utf-8")
            print(f"{name}: {len(lines)} mails saved")
            continue
        before = dict(line.split("\t", 1) for line in target.read_text(encoding="utf-8").splitlines())
        changed = [line for line in lines if before.get(line.split("\t", 1)[0]) != line.split("\t", 1)[1]]
        differ += len(changed)
        print(f"{name}: {len(lines)} mails, {len(changed)} differ")
        for line in changed:
            path, now = line.split("\t", 1)
            print(f"  {path}\n    before: {before.get(path)}\n    now:    {now}")
    print(f"{total} mails, {differ} differ" if args.compare else f"{total} mails saved in {folder}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
