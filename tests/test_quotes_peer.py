"""The peer quotes suite (../shared/peer/quotes): 127 registrations under real clients' quotes.

Runs the suite's own evaluate.py against this checkout's parser when the shared
folder is there (it is other projects' test data and stays outside the
repository); skipped otherwise.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

SUITE = Path(os.environ.get("MAILBOT_PEER_QUOTES", Path(__file__).resolve().parents[2] / "shared" / "peer" / "quotes"))
if not (SUITE / "evaluate.py").exists():
    SUITE = Path("/work/shared/peer/quotes")


@pytest.mark.skipif(not (SUITE / "evaluate.py").exists(), reason="peer quotes suite not present")
def test_peer_quotes_suite():
    run = subprocess.run(
        [sys.executable, str(SUITE / "evaluate.py"), "--mailbot", f"{sys.executable} -m mailbot"],
        cwd=SUITE, capture_output=True, text=True, timeout=600,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    last = run.stdout.strip().splitlines()[-1]
    figures = dict(re.findall(r"(\w+)=([\d.]+)%?", last))
    assert figures["crashes"] == "0", last
    # no reply that is read right alone is read wrong under its quote
    assert figures["quote_broke"] == "0", last
    assert figures["from_quote"] == "0", last
    # what the quote adds is never acted on unreviewed
    assert "of them without needs_review: 0" in run.stdout, last
    # 98/127 today, as many as the replies alone: the rest the reader does not understand without a quote either
    assert float(figures["correct_workgroups"]) >= 77.1, last
