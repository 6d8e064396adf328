"""mime._WS_RE leaves single plain spaces alone (speed): the same text as one space for every run."""

import random
import re

from mailbot.parsing import mime

_EVERY_RUN = re.compile(r"[ \t\u00a0\u2007\u202f\u200b\ufeff]+")  # the plain rule


def test_blank_runs_become_one_space_as_before():
    rng = random.Random(15)
    chars = " \t\u00a0\u2007\u202f\u200b\ufeffab\n"
    for _ in range(5_000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 30)))
        assert mime._WS_RE.sub(" ", text) == _EVERY_RUN.sub(" ", text), repr(text)
    assert mime.tidy("a \t b\u00a0c  d\n\n\n e ") == "a b c d\n\ne"
