#!/usr/bin/env python3
"""parsing/scan.py, literals.py and gates.py against the ways the parser reads vocabulary today.

    .venv/bin/python bench/bench_scan.py

The text is the writer's own words of generated 40-line registrations (bench/longmail.py),
lowered as the parser's patterns expect. Three questions, CPU time on one core:

1. A vocabulary table {concept: [words]} (here: the words every match of each of
   intent.py's sentence patterns must contain, as literals.literals() reads them, about
   800 words in 23 concepts): how fast are all hits found with a plain alternation
   per concept, a trie-shaped one per concept, scan.Vocabulary with engine="regex"
   (one trie for all) and with engine="automaton" (pyahocorasick)?
2. intent.py's sentence reading runs up to 16 patterns on every sentence. How much
   of that does a gates.Gate spare, which runs a pattern only on sentences holding
   one of its words, and do both give the same answers?
3. The whole parser with every module-level pattern behind gates.gated(), swapped in
   at run time (the parser's files stay as they are): parse_message on the dev
   corpus and on 40-line mails, and whether every Parsed is the same (all corpora
   there are, else the parser's test mails).
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from longmail import LongMails, event_of  # noqa: E402

from mailbot.config import load_config  # noqa: E402
from mailbot.parsing import intent  # noqa: E402
from mailbot.parsing.lexicon import lowered  # noqa: E402
from mailbot.parsing.mime import read_mail  # noqa: E402
from mailbot.parsing.reading import read_person  # noqa: E402
from mailbot.parsing.gates import Gate, gated  # noqa: E402
from mailbot.parsing.literals import literals  # noqa: E402
from mailbot.parsing.scan import Vocabulary, trie_pattern  # noqa: E402

PARSER_MODULES = ("intent", "party", "choices", "quotes", "classify", "people", "reading", "__init__")

CORPUS_CONFIG = ROOT.parent / "shared" / "corpus" / "dev" / "config.toml"
OWN_CONFIG = ROOT / "tests" / "mails" / "parse" / "event.toml"


def cpu(fn, rounds: int = 20) -> float:
    """CPU seconds of one call, the best of `rounds` (least disturbed by other load)."""
    fn()
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def own_texts(count: int = 20) -> list[str]:
    config = load_config(CORPUS_CONFIG if CORPUS_CONFIG.exists() else OWN_CONFIG)
    gen = LongMails(event_of(config), seed=5)
    return [read_person(read_mail(gen.mail(40, "plain").raw, 10**8), config).own_text for _ in range(count)]


def intent_patterns() -> dict[str, re.Pattern]:
    """The patterns _read_sentence and _read_clause run (not the sentence splitter's)."""
    splitter = {"_ABBREVIATION_END_RE", "_ORDINAL_END_RE", "_AFTER_ORDINAL_RE"}
    return {name: p for name, p in vars(intent).items() if isinstance(p, re.Pattern) and name not in splitter}


def main() -> int:
    texts = [lowered(t) for t in own_texts()]
    joined = "\n\n".join(texts)
    kb = len(joined.encode()) / 1024
    patterns = intent_patterns()
    table = {name: sorted(words) for name, p in patterns.items() if (words := literals(p))}
    size = sum(map(len, table.values()))
    print(f"text: {len(texts)} own texts of 40-line mails, {kb:.1f} KB; table: {size} words in {len(table)} concepts\n")

    plain = [re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(ws, key=len, reverse=True))) + r")(?!\w)")
             for ws in table.values()]
    tries = [re.compile(r"(?<!\w)(?:" + trie_pattern(ws) + r")(?!\w)") for ws in table.values()]
    by_regex, by_automaton = Vocabulary(table, "regex"), Vocabulary(table, "automaton")
    print("| all hits of the table | per KB | |\n|---|---|---|")
    for label, fn in (
        (f"plain alternation per concept ({len(table)} passes)", lambda: [p.findall(joined) for p in plain]),
        (f"trie per concept ({len(table)} passes)", lambda: [p.findall(joined) for p in tries]),
        ("scan.Vocabulary, engine=regex (one trie, hits with positions)", lambda: by_regex.hits(joined)),
        ("scan.Vocabulary, engine=automaton (hits with positions)", lambda: by_automaton.hits(joined)),
    ):
        print(f"| {label} | {cpu(fn) / kb * 1e6:.0f} µs | |")
    assert by_regex.hits(joined) == by_automaton.hits(joined), "the two engines disagree"

    sentences = [lowered(s) for t in texts for s in intent.sentences(t)]
    gate = Gate(patterns)

    def every_pattern():
        return [[name for name, p in patterns.items() if p.search(s)] for s in sentences]

    def gated():
        out = []
        for s in sentences:
            allowed = gate.which(s)
            out.append([name for name, p in patterns.items() if name in allowed and p.search(s)])
        return out

    def gated_once():  # one scan of the whole text, then a look per sentence
        out, text = [], "\n".join(sentences)
        hits, at = gate.spans(text), 0
        for s in sentences:
            out.append([name for name, p in patterns.items() if hits.may_match(name, at, at + len(s)) and p.search(s)])
            at += len(s) + 1
        return out

    assert every_pattern() == gated() == gated_once(), "a gate changed an answer"
    print(f"\n| {len(patterns)} intent patterns on {len(sentences)} sentences | per KB | per sentence |\n|---|---|---|")
    for label, fn in (("intent.read_intent as it is (stops early, runs some patterns per clause)",
                       lambda: [intent.read_intent(t) for t in texts]),
                      ("every pattern on every sentence", every_pattern),
                      ("gates.Gate.which per sentence, then the patterns it allows", gated),
                      ("gates.Gate.spans once, then the patterns it allows", gated_once)):
        took = cpu(fn)
        print(f"| {label} | {took / kb * 1e6:.0f} µs | {took / len(sentences) * 1e6:.1f} µs |")
    always = sorted(gate.always)
    print(f"\n(patterns without literals, always run: {', '.join(always) or 'none'}; same answers: yes)")
    whole_parser()
    return 0


def _swap_plan():
    """(module, name, original value, value with every pattern gated) for each module-level pattern."""
    import importlib

    done: dict[int, object] = {}

    def wrap(value):
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            return done.setdefault(id(value), gated(value))  # one wrapper per pattern: `is` still holds
        if isinstance(value, (list, tuple)):
            return type(value)(wrap(v) for v in value)
        if isinstance(value, dict):
            return {k: wrap(v) for k, v in value.items()}
        return value

    plan = []
    for name in PARSER_MODULES:
        module = importlib.import_module("mailbot.parsing" + ("" if name == "__init__" else f".{name}"))
        for attr, value in list(vars(module).items()):
            if not attr.startswith("__") and isinstance(value, (re.Pattern, list, tuple, dict)):
                new = wrap(value)
                if new is not value:
                    plan.append((module, attr, value, new))
    return plan, sum(1 for v in done.values() if not isinstance(v, re.Pattern))


def whole_parser() -> None:
    from bench_parse import corpora, generated

    from mailbot.parsing import parse_message

    plan, count = _swap_plan()
    config = load_config(CORPUS_CONFIG if CORPUS_CONFIG.exists() else OWN_CONFIG)
    sets = {name: ([p.read_bytes() for p in paths], load_config(path)) for name, path, paths in corpora(None)}
    sets["40 lines"] = ([m.raw for m in generated(config, 40, 40, seed=40)], config)
    results, best = {}, {}
    for variant in ("as it is", "patterns gated") * 3:
        for module, attr, old, new in plan:
            setattr(module, attr, new if variant == "patterns gated" else old)
        for name, (raws, cfg) in sets.items():
            results[variant, name] = [parse_message(r, cfg) for r in raws]
            start = time.process_time()
            for raw in raws:
                parse_message(raw, cfg)
            took = (time.process_time() - start) / len(raws)
            best[variant, name] = min(best.get((variant, name), took), took)
    for module, attr, old, _new in plan:
        setattr(module, attr, old)
    same = all(results["as it is", n] == results["patterns gated", n] for n in sets)
    print(f"\n| parse_message, {count} patterns gated | as it is | patterns gated |\n|---|---|---|")
    for name in sets:
        print(f"| {name} | {best['as it is', name] * 1e3:.2f} ms | {best['patterns gated', name] * 1e3:.2f} ms |")
    print(f"\n(every Parsed the same: {'yes' if same else 'NO'})")


if __name__ == "__main__":
    raise SystemExit(main())
