"""Closing formulas ("Viele Grüße", "Best regards", "С уважением"): where a signature starts.

Kept apart from quotes.py so that people.py (which needs it to tell a closing from
a name) does not import the quote splitter, which imports people.py.
"""

from __future__ import annotations

import re

from .gates import gated
from .lexicon import concept_regex, lower_pattern, lowered

# Every language's closing words (vocab/*.toml, `closing`); lower case, run on lowered() lines:
# without re.I the matcher is several times faster. Never next to a hyphen: "Mueller-Asante"
# is a name, not Swahili "asante".
CLOSING_RE = gated(lower_pattern(rf"(?<![-‐])(?:{concept_regex('closing')})(?![-‐])"))


def is_closing_line(line: str) -> bool:
    """'Viele Grüße', 'Best regards,', 'Anlayışınız için teşekkürler.' — a short closing line."""
    words = line.split()
    if not words or len(words) > 16 or line.endswith("?"):
        return False
    if len(words) > 7 and not re.search(r"(?:salutations|regards|grüßen|grüssen|gruessen|teşekkürler)[.!,]?\s*$", line, re.I):
        return False
    found = CLOSING_RE.search(lowered(line))
    # "… eintragen? Danke!": a question before the thanks makes it a body line that ends politely;
    # so does a Chinese or Japanese sentence end ("…申し込みます。よろしくお願いします。": no spaces,
    # so the whole line counts as one word)
    return bool(found) and not any(mark in line[: found.start()] for mark in ("?", "。", "！", "？"))
