"""The demo's mailbox and report (what `bash demo/run.sh` does), run in a temporary folder."""

from __future__ import annotations

import datetime as dt
import importlib.util
import shutil
from pathlib import Path

from mailbot.config import load_config
from mailbot.runner import run_once

DEMO = Path(__file__).resolve().parent.parent / "demo"


def test_the_demo_prints_subjects_and_the_files_it_read(tmp_path, capsys):
    for folder in ("new", "cur", "tmp"):
        (tmp_path / "mailbox" / folder).mkdir(parents=True)
    for mail in sorted((DEMO / "mails").glob("*.eml")):
        shutil.copy(mail, tmp_path / "mailbox" / "new" / mail.name)
    config_text = (DEMO / "config.toml").read_text(encoding="utf-8").replace("../demo-out/", f"{tmp_path}/")
    (tmp_path / "config.toml").write_text(config_text, encoding="utf-8")
    config = load_config(tmp_path / "config.toml")

    result = run_once(config, now=dt.datetime.fromisoformat("2027-01-15T12:00:00+01:00"))
    assert result.errors == [] and result.new == 15

    spec = importlib.util.spec_from_file_location("demo_show", DEMO / "show.py")
    show = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(show)
    show.main(str(tmp_path / "config.toml"))
    out = capsys.readouterr().out
    # the newsletter's subject is raw UTF-8 in its header
    assert "'Newsletter Januar: Termine und Förderprogramme' -> other" in out
    for name in ("Anmeldeformular-Lima.pdf", "Anmeldung.docx", "Rami Haddad.vcf"):
        assert f"read from attachment {name}" in out
    assert "#8 Ana Lima (Brasilianischer Kulturverein Münster e.V.) -> AG3, 2 person(s), confirmed" in out
