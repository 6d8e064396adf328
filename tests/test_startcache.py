"""startcache.py: the gates' answers kept between processes change no answer and never stop the program."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from mailbot import pattern_answers, startcache
from mailbot.parsing import literals

ROOT = Path(__file__).parent.parent
SET = ROOT / "tests" / "mails" / "unseen" / "final15c"  # a guard set in the repository (no ../shared needed)
MAILS = sorted((SET / "mails").glob("*.eml"))[:12]

# one process: parse the mails, print each result and how many answers it had to compute itself
_CHILD = """
import json, sys
from mailbot import pattern_answers, startcache
startcache.install()
from mailbot.config import load_config
from mailbot.parsing import parse_message
config = load_config(sys.argv[1])
for name in sys.argv[2:]:
    print(json.dumps(parse_message(open(name, "rb").read(), config).to_dict(), sort_keys=True))
print(pattern_answers.known()[0])
"""


def _child(env_dir: str | None) -> tuple[list[str], int]:
    env = {k: v for k, v in os.environ.items() if k != "MAILBOT_CACHE_DIR"}
    if env_dir is not None:
        env["MAILBOT_CACHE_DIR"] = env_dir
    out = subprocess.run([sys.executable, "-c", _CHILD, str(SET / "config.toml"), *map(str, MAILS)],
                         capture_output=True, text=True, env=env, cwd=ROOT, check=True).stdout.splitlines()
    return out[:-1], int(out[-1])


def test_second_process_reads_the_answers_and_parses_the_same(tmp_path):
    folder = tmp_path / "cache"
    without, computed = _child("")  # switched off: everything computed
    first, computed_first = _child(str(folder))
    files = list(folder.glob("gates-*.json"))
    assert len(files) == 1
    second, computed_second = _child(str(folder))
    assert computed > 100 and computed_first > 100  # the parser's ~300 patterns
    assert computed_second == 0  # nothing read from the patterns again
    assert first == without and second == without  # the same parse of every mail
    assert stat.S_IMODE(files[0].stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_every_kept_answer_is_the_one_computed(tmp_path):
    folder = tmp_path / "cache"
    _child(str(folder))
    records = startcache.read(next(folder.glob("gates-*.json")))
    assert len(records) > 200
    functions = {name: getattr(literals, name) for name in startcache._SHAPES}
    for (pattern, flags), record in records.items():
        for field, value in record.items():
            assert functions[field].__wrapped__(pattern, flags) == value, (pattern[:60], field)


def test_the_shapes_name_every_kept_answer():
    kept = {value.field for value in vars(literals).values() if callable(value) and hasattr(value, "field")}
    assert kept == set(startcache._SHAPES)


def _good_file(tmp_path) -> Path:
    path = tmp_path / "gates-x.json"
    records = {("(?:ab|cd)e", 0): {"_literals": frozenset({"abe", "cde"}), "_caseless_pattern": False,
                                   "_barriers": (frozenset({"."}), 1),
                                   "_branch_prefixes": (frozenset({"ab"}), frozenset(), True)}}
    assert startcache.write(path, records)
    assert startcache.read(path) == records
    return path


@pytest.mark.parametrize("damage", [
    lambda text: text[: len(text) // 2],  # truncated
    lambda text: "",
    lambda text: "[]",
    lambda text: text.replace('"format":1', '"format":99'),
    lambda text: text.replace('"_literals"', '"_unknown"'),  # an answer nobody asks for
    lambda text: text.replace('{"set":["abe","cde"]}', '{"tuple":["abe"]}'),  # the wrong shape
    lambda text: text.replace('{"set":["abe","cde"]}', '{"set":[1,2]}'),
    lambda text: text.replace('"flags":0', '"flags":"0"'),
    lambda text: text.replace('false', '"no"'),
    lambda text: "\xff\xfe garbage",
])
def test_a_damaged_file_is_not_used(tmp_path, damage):
    path = _good_file(tmp_path)
    path.write_text(damage(path.read_text(encoding="utf-8")), encoding="utf-8")
    assert startcache.read(path) == {}


def test_a_file_too_large_is_not_read(tmp_path, monkeypatch):
    path = _good_file(tmp_path)
    monkeypatch.setattr(startcache, "_MAX_BYTES", 10)
    assert startcache.read(path) == {}


def test_missing_file_and_unwritable_folder(tmp_path):
    assert startcache.read(tmp_path / "none.json") == {}
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert startcache.write(blocker / "cache" / "gates.json", {("a", 0): {"_caseless_pattern": False}}) is False
    assert list(tmp_path.iterdir()) == [blocker]  # no temporary file left behind


def test_where_the_cache_lives():
    assert startcache.cache_dir({"MAILBOT_CACHE_DIR": ""}) is None
    assert startcache.cache_dir({"MAILBOT_CACHE_DIR": "/x", "CACHE_DIRECTORY": "/y"}) == Path("/x")
    assert startcache.cache_dir({"CACHE_DIRECTORY": "/var/cache/mailbot:/other", "HOME": "/h"}) == \
        Path("/var/cache/mailbot")
    assert startcache.cache_dir({"XDG_CACHE_HOME": "/c", "HOME": "/h"}) == Path("/c/mailbot")
    assert startcache.cache_dir({"XDG_CACHE_HOME": "relative", "HOME": "/h"}) == Path("/h/.cache/mailbot")
    assert startcache.cache_dir({}) is None


def test_the_file_name_follows_the_code(tmp_path, monkeypatch):
    name = startcache.cache_file(tmp_path)
    changed = tmp_path / "literals.py"
    changed.write_bytes(startcache._SOURCES[0].read_bytes() + b"\n# changed\n")
    monkeypatch.setattr(startcache, "_SOURCES", (changed, *startcache._SOURCES[1:]))
    assert startcache.cache_file(tmp_path) != name


def test_the_file_holds_patterns_only(tmp_path):
    folder = tmp_path / "cache"
    _child(str(folder))
    data = json.loads(next(folder.glob("gates-*.json")).read_text(encoding="utf-8"))
    assert set(data) == {"format", "patterns"}
    assert all(set(item) == {"pattern", "flags", "answers"} for item in data["patterns"])
    text = json.dumps(data)
    assert not any(mail.stem.split("-", 1)[1] in text for mail in MAILS)  # nothing of the mails parsed


def test_answers_given_are_used(monkeypatch):
    monkeypatch.setattr(pattern_answers, "_RECORDS", {})
    monkeypatch.setattr(pattern_answers, "_USED", set())
    pattern_answers.remember({("zz(?:top)", 0): {"_literals": frozenset({"given"})}})
    assert literals.literals("zz(?:top)") == frozenset({"given"})
    assert pattern_answers.known()[0] == 0
    assert literals.literals("yy(?:top)") == frozenset({"yytop"})
    assert pattern_answers.known()[0] >= 1


_PATTERNS = """
import hashlib, sys
from mailbot import pattern_answers
from mailbot.config import load_config
from mailbot.parsing import parse_message
config = load_config(sys.argv[1])
for name in sys.argv[2:]:
    parse_message(open(name, "rb").read(), config)
for pattern, flags in sorted(pattern_answers._USED):
    print(hashlib.sha256(pattern.encode()).hexdigest()[:16], flags, pattern[:40].replace(chr(10), " "))
"""


def test_patterns_are_the_same_in_every_process():
    """The parser's patterns built from sets of words do not follow the hash seed (scan.longest_first):
    else each process would build other patterns, the kept answers would never fit, and words of one
    length could be tried in another order."""
    texts = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "MAILBOT_CACHE_DIR": ""}
        texts.append(subprocess.run([sys.executable, "-c", _PATTERNS, str(SET / "config.toml"), *map(str, MAILS[:3])],
                                    capture_output=True, text=True, env=env, cwd=ROOT, check=True).stdout)
    assert len(texts[0].splitlines()) > 200
    assert texts[0] == texts[1]


def test_files_of_other_versions_unused_for_a_month_are_removed(tmp_path):
    import time

    old, recent = tmp_path / "gates-0000000000000000.json", tmp_path / "gates-1111111111111111.json"
    for path in (old, recent):
        path.write_text("{}")
    month = time.time() - 31 * 86400
    os.utime(old, (month, month))
    keep = tmp_path / "notes.txt"
    keep.write_text("not ours")
    os.utime(keep, (month, month))
    assert startcache.write(tmp_path / "gates-2222222222222222.json", {("a", 0): {"_caseless_pattern": False}})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gates-1111111111111111.json", "gates-2222222222222222.json",
                                                          "notes.txt"]


def test_a_file_read_is_touched(tmp_path, monkeypatch):
    import time

    folder = tmp_path / "cache"
    _child(str(folder))
    path = next(folder.glob("gates-*.json"))
    month = time.time() - 31 * 86400
    os.utime(path, (month, month))
    monkeypatch.setattr(startcache, "_installed", False)
    monkeypatch.setattr(startcache, "_loaded", None)
    monkeypatch.setattr(startcache.atexit, "register", lambda f: None)
    startcache.install({"MAILBOT_CACHE_DIR": str(folder)})
    assert path.stat().st_mtime == month  # nothing read yet
    pattern_answers._load()  # what the parser's first question does
    assert path.stat().st_mtime > month + 86400


_LAZY_CHILD = """
import sys
from mailbot import startcache
startcache.install()
print(startcache._loaded)
from mailbot.config import load_config
from mailbot.parsing import parse_message
parse_message(open(sys.argv[2], "rb").read(), load_config(sys.argv[1]))
print(startcache._loaded is not None)
"""


def test_a_command_that_parses_nothing_reads_nothing(tmp_path):
    folder = tmp_path / "cache"
    _child(str(folder))
    kept = next(folder.glob("gates-*.json"))
    os.utime(kept, (1_000_000_000, 1_000_000_000))
    env = {**os.environ, "MAILBOT_CACHE_DIR": str(folder)}
    out = subprocess.run([sys.executable, "-c", _LAZY_CHILD, str(SET / "config.toml"), str(MAILS[0])],
                         capture_output=True, text=True, env=env, cwd=ROOT, check=True).stdout.splitlines()
    assert out == ["None", "True"]  # read on the first parse, not at install
    assert kept.stat().st_mtime > 1_000_000_000  # and then marked as in use
