"""Side questions: "is there a vegetarian lunch?" next to a registration or a cancellation.

The contract reads a registration that also asks something as a registration. The
registration may go ahead on its own when the question touches nothing it depends on:
no workgroup, no number or person, no word of registering, coming, cancelling, changing,
a condition or a negation, and it does not point back at what the mail asks ("geht das?",
"is that possible?": `is_that_ok` in the vocabulary files). Then the writer is answered as
usual and the mail stays on the coordinator's review list for the question (decide.py). A question that touches any of
these ("can I bring my daughter?", "is AG 2 still free?", "if it costs something I
cannot come?") sends the whole mail to review as before.
"""

from __future__ import annotations

import functools
import re

from ..config import Config
from .choices import choose, event_matcher
from .intent import question_sentences, speaks_of_coming
from .gates import gated
from .lexicon import GROUP_NOUN, concept_pattern, lowered
from .reading import Reading, evidence_in

# The concepts a side question must not speak of: each could change what the action is.
_TOUCHES = ("register", "attend", "registration", "cancel", "cant_come", "amend", "one_more", "condition", "negation",
            "already", "my_registration", "companion_drops", "as_soon_as", "if_so",
            "is_that_ok")
_MAX_QUESTIONS = 3
_MAX_LENGTH = 300  # characters: a long question is a letter of its own


@functools.cache
def _touches() -> tuple[re.Pattern, ...]:
    return tuple(concept_pattern(c) for c in _TOUCHES)


def side_questions(r: Reading, config: Config) -> list[str]:
    """The mail's questions when every one is a side question; empty when any is not (or none is)."""
    asked = question_sentences(r.own_text)
    if not asked or len(asked) > _MAX_QUESTIONS:
        return []
    matcher = event_matcher(config)
    for question in asked:
        if not _aside(question, config, matcher):
            return []
    return [" ".join(q.split()) for q in asked]


def _aside(question: str, config: Config, matcher) -> bool:
    if len(question) > _MAX_LENGTH or evidence_in(question, config):
        return False
    found = choose(question, matcher)
    if found.ids or found.unknown or found.spans or _GROUP_NOUN_RE.search(question):
        return False  # ("Welche AG empfehlen Sie?": the workgroup the registration gets depends on the answer)
    # "whether"/"ob" in a question asks, it sets no condition ("let me know whether there is lunch")
    low = _WHETHER_RE.sub(" ", lowered(question))
    return not (any(p.search(low) for p in _touches()) or speaks_of_coming(question))


_GROUP_NOUN_RE = gated(re.compile(rf"(?<![\w-]){GROUP_NOUN}(?![\w])", re.I))
_WHETHER_RE = re.compile(r"\b(?:whether|ob)\b")
