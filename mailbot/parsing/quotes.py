"""Separate what the writer wrote from what they quoted, forwarded or sign with.

Works on lines of plain text (HTML is already text here). The writer's own
text is every line that is not quoted: above, between and below quoted blocks,
so top-posted, bottom-posted and interleaved answers are all read. A quote is
found by its shape first, words second:

* ">" lines, and an attribution line in front of them ("On … wrote:",
  "Am … schrieb …:", "2022年1月1日 9:00 X <x@y>:"): a line, possibly wrapped over
  up to five lines, that ends with a colon or an attribution verb and names an
  address, a time or a date. Such quotes may be followed by more own text.
* a quoted mail written without ">": an Outlook header block (two or more
  "Key: value" lines, one naming the sender), an "-----Original Message-----"
  line, or an attribution line followed by unquoted text. Everything after it
  is quoted.
* a forward marker ("---------- Forwarded message ---------"): the rest is a
  forwarded mail, read for its sender.

The words (verbs, field names, markers) are data in quote_words.py. Every
check looks at one line or a window of at most five lines, so the time is
linear in the length of the text.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .closings import CLOSING_RE, is_closing_line  # noqa: F401 - is_closing_line: older callers import it here
from .lexicon import lowered
from .people import _ADDRESS_LINE_RE, looks_like_name
from .quote_words import (
    ATTRIBUTION_OPENERS,
    ATTRIBUTION_VERBS,
    FORWARD_MARKERS,
    HEADER_KEYS,
    ORIGINAL_MESSAGE,
    SENT_FROM,
    words,
)
from .gates import gated
from .scan import fold


def _alternation(table: dict) -> str:
    return "|".join(re.escape(w) for w in words(table))


def _is_cjk(word: str) -> bool:
    return any("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in word)


_VERBS = words(ATTRIBUTION_VERBS)
_WORD_VERBS = "|".join(re.escape(w) for w in _VERBS if not _is_cjk(w))
_CJK_VERBS = "|".join(re.escape(w) for w in _VERBS if _is_cjk(w))
# the verb closes the line ("… X wrote", "… X wrote:", "… X 写道："); CJK verbs follow the name unspaced
_VERB_ENDINGS = tuple(sorted({fold(w) for w in _VERBS}))
_VERB_END_RE = gated(re.compile(rf"(?:(?<!\w)(?:{_WORD_VERBS})|(?:{_CJK_VERBS}))\s*:?$", re.I))
# the verb inside the line ("Den 24. nov. 2025 kl. 10.00 skrev X <x@y>:")
_VERB_INSIDE_RE = gated(re.compile(rf"(?<!\w)(?:{_WORD_VERBS})(?!\w)|{_CJK_VERBS}", re.I))
_OPENER_RE = gated(re.compile(rf"^(?:{_alternation(ATTRIBUTION_OPENERS)})(?!\w)", re.I))

_ADDR_RE = gated(re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"))
# "10:15", "kl. 10.00"; not the day and month of "02.02.2027"
_TIME_RE = gated(re.compile(r"(?<![\d.])\d{1,2}[:.]\d{2}(?!\d|\.\d)"))
# a year, or a numeric date with one separator kind ("2.02.2027", "2027-02-02"); an IP address is no date
_DATE_RE = gated(re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|(?<![\d.])\d{1,4}([./-])\d{1,2}\1\d{1,4}(?!\.?\d)"))

# characters clients put around separators and attribution lines ("------On … wrote-----", "*Van:*")
_DECOR = "-=_*~#• \t"
_INVISIBLE_RE = gated(re.compile("[\u00a0\u2007\u202f\u2009\u200a]|[\ufeff\u200b\u200c\u200d\u2060]"))

_SEPARATOR_RE = gated(re.compile(rf"^(?:{_alternation(ORIGINAL_MESSAGE)})\s*:?$", re.I))
_FORWARD_RE = gated(re.compile(rf"^(?:{_alternation(FORWARD_MARKERS)})\s*:?$", re.I))
_RULE_RE = gated(re.compile(r"^[-_=*~]{8,}$"))  # a bare line of dashes, underscores, equals signs

_HEADER_KEYS = _alternation(HEADER_KEYS)
_HEADER_LINE_RE = gated(re.compile(rf"^[*_]*({_HEADER_KEYS})[*_]*\s*:\s*[*_]*(.*)$", re.I))
_FROM_KEYS = frozenset(words(HEADER_KEYS["from"]))
_SENT_KEYS = frozenset(words(HEADER_KEYS["sent"]))
# "Emily Carter From: bob@example.com": a header block glued to the line above (HTML turned to text)
_GLUED_FROM_RE = gated(re.compile(rf"\s[*_]*(?:{_alternation(HEADER_KEYS['from'])})[*_]*\s*:\s*\S", re.I))
_FORWARD_SUBJECT_RE = gated(re.compile(r"^\s*(?:(?:re|aw|antw|sv|odp|ynt)\s*:\s*)*(?:wg|fwd?|tr|wtr|ilt|rv|enc|pd|doorst)\s*:", re.I))

# "Sent from my iPhone", "Von meinem iPhone gesendet": a client's line, at most this long
_SENT_FROM_RE = gated(re.compile(rf"^(?:{_alternation(SENT_FROM)})(?!\w)|^von meinem .{{0,40}}gesendet", re.I))
_MAX_SENT_FROM = 100
_DISCLAIMER_RE = gated(re.compile(
    r"vertraulich|confidential|intended recipient|richtige adressat|irrtümlich erhalten|"
    r"umwelt, bevor sie|before printing|diese e-mail kann|this e-mail may contain",
    re.I,
))

_WINDOW = 5  # an attribution wrapped over at most this many lines (blank lines included)
_MAX_ATTRIBUTION = 400  # characters; longer lines are text, not a client's attribution


@dataclass
class Split:
    """One text, cut into what the writer wrote and the rest."""

    body: str  # the writer's own words, without quotes and signature
    signature: str  # the closing and what follows it (name, organisation, address)
    quoted: str = ""  # quoted reply material (never read for choices)
    forward_headers: dict[str, str] = field(default_factory=dict)  # of a forwarded mail in the text
    forwarded: str = ""  # the forwarded mail's text
    form_answers: bool = False  # answers typed under the quoted form's labels are in `body`
    # quoted lines the writer answered right under (not form labels): "> [ ] Workshop 3 – …" / "Diesen."
    answered_under: tuple[str, ...] = ()


def split_text(text: str, subject: str = "") -> Split:
    """Cut a mail text into own body, signature, quoted part and inline forward."""
    lines = text.split("\n")
    seen = _Seen()
    own, quoted, rest, is_forward = _separate(lines, seen)
    answers = _form_answers(own, seen)
    taken = {i for i, _line in answers}
    body, signature = split_signature([line for i, line in enumerate(own) if i not in taken])
    if answers:
        # answers typed under the quoted form's labels ("> Anzahl der Personen:" / "only me"): read as the
        # form lines they answer, in the writer's text, whatever closing stands above or below them
        body = "\n".join(filter(None, [body, "\n".join(line for _i, line in answers)]))
    split = Split(body=body, signature=signature, quoted="\n".join(quoted + rest), form_answers=bool(answers),
                  answered_under=tuple(seen.under[:20]))
    if rest and (is_forward or _FORWARD_SUBJECT_RE.match(subject)):
        split.forward_headers, split.forwarded = _read_forward(rest)
        split.quoted = "\n".join(quoted)
    return split


# a quoted form field waiting for its answer: "> Name:", "> Anzahl der Personen:", "> Arbeitsgruppe (Erst-
# und ggf. Zweitwunsch):" (a label of at most six words, nothing after its colon)
_QUOTED_LABEL_RE = re.compile(r">[>\s]*([^\W\d_][^\s:>\d]*(?:[^\S\n]+[^\s:>\d]+){0,5}?)[^\S\n]*:[^\S\n]*")
_LABEL_REMARK_RE = re.compile(r"[^\S\n]*\([^()\n]*\)")


@dataclass
class _Seen:
    """What _separate notes about the writer's lines between quoted ones (by index in its own lines)."""

    labels: dict[int, str] = field(default_factory=dict)  # a line typed right under a quoted form label
    after_quote: set[int] = field(default_factory=set)  # a line typed right under any quoted line
    under: list[str] = field(default_factory=list)  # the quoted lines (no label) answered right under


def _form_answers(own: list[str], seen: _Seen) -> list[tuple[int, str]]:
    """(index in own, line) of the answers to quoted form labels: "Label: answer" for the line right under
    the label, then the lines that continue it up to a blank line or the next answer."""
    out: list[tuple[int, str]] = []
    for i, label in sorted(seen.labels.items()):
        # (without the label's own remark: "Arbeitsgruppe (Erst- und ggf. Zweitwunsch)" is ours)
        out.append((i, f"{_LABEL_REMARK_RE.sub('', label)}: {own[i]}"))
        k = i + 1
        while k < len(own) and own[k].strip() and k not in seen.labels and k not in seen.after_quote:
            out.append((k, own[k]))
            k += 1
    return out


def _separate(lines: list[str], seen: _Seen | None = None) -> tuple[list[str], list[str], list[str], bool]:
    """(own lines, quoted lines, rest, rest is a forward): one pass from the top.

    '>' lines and their attribution are quoted, and own text may follow them.
    An unquoted quote (header block, separator, attribution over plain text) or
    a forward marker ends the own text: the rest is returned as it stands.
    """
    attributions = _Attributions(lines)
    own: list[str] = []
    quoted: list[str] = []
    seen_quote = False
    i = 0
    while i < len(lines):
        line = lines[i]
        end = attributions.get(i)
        if end is not None:
            quoted += lines[i : end + 1]
            after = _next_nonblank(lines, end + 1)
            if after is not None and not lines[after].startswith(">") and not seen_quote and not _only_greeting(own):
                return own, quoted, lines[end + 1 :], False
            seen_quote = True
            i = end + 1
            continue
        if line.startswith(">") or (seen_quote and _continues_quoted_line(lines, i)):
            quoted.append(line)
            seen_quote = True
        elif line and (marker := _marker(lines, i)):
            if marker == "forward" and not seen_quote:
                return own, quoted, lines[i:], True
            if marker == "header":
                _unglue_from(own)
            return own, quoted, lines[i:], False
        else:
            if seen is not None and line.strip() and i and lines[i - 1].startswith(">"):
                _note_answer(lines[i - 1], len(own), seen)
            own.append(line)
        i += 1
    return own, quoted, [], False


def _note_answer(above: str, index: int, seen: _Seen) -> None:
    """The writer's line `index` stands right under the quoted line `above`: a form label it answers
    ("> Name:"), or another line it may answer ("> [ ] Workshop 3 – …" / "Diesen.", abstain.py)."""
    seen.after_quote.add(index)
    label = _QUOTED_LABEL_RE.fullmatch(above)
    if label and not _VERB_INSIDE_RE.search(above):  # ("> Anna Schmidt wrote:" is an attribution)
        seen.labels[index] = label.group(1)
    elif text := above.lstrip("> ").strip():
        seen.under.append(text)


def _marker(lines: list[str], i: int) -> str | None:
    """'forward', 'separator' or 'header' when line i starts a quoted mail written without '>'."""
    line = lines[i]
    if len(line) <= 200:
        bare = _bare(line)
        if _FORWARD_RE.match(bare):
            return "forward"
        separator = _SEPARATOR_RE.match(bare)
        if separator and bare != line.strip():
            return "separator"  # "-----Original Message-----": the words between rules
        if separator and _header_block_at(lines, _next_nonblank(lines, i + 1)):
            return "separator"
        if _RULE_RE.match(line.strip()) and (line[0] in "-_" or _header_block_at(lines, _next_nonblank(lines, i + 1))):
            return "separator"
    if _header_block_at(lines, i):
        return "header"
    return None


def _start_of_attribution_ending_at(lines: list[str], k: int) -> int | None:
    line = lines[k]
    if not line or len(line) > _MAX_ATTRIBUTION or not _may_end_attribution(line):
        return None
    start = _attribution_start(lines, k)
    return start if start is not None and not lines[start].startswith(">") else None


class _Attributions:
    """{first line: last line} of each attribution (or wrapped window) outside '>' quotes, asked
    line by line with `get(i)`: only the lines _separate reaches are read.

    An attribution starting at line i ends within _WINDOW lines (_attribution_start looks no
    farther up), and one starting at a '>' line is none; so the answer for i needs lines i to
    i + _WINDOW - 1, each read once. The rest of a mail after the quote that ends the writer's
    text (a header block, a forwarded mail) is never read.
    """

    def __init__(self, lines: list[str]):
        self.lines = lines
        self.found: dict[int, int] = {}  # first line -> last line, for the lines read so far
        self.read = 0  # lines[:read] have been read as possible last lines

    def get(self, i: int) -> int | None:
        if self.lines[i].startswith(">"):
            return None
        while self.read < min(len(self.lines), i + _WINDOW):  # each line once, in order: the first end wins
            start = _start_of_attribution_ending_at(self.lines, self.read)
            if start is not None:
                self.found.setdefault(start, self.read)
            self.read += 1
        return self.found.get(i)


def _may_end_attribution(line: str) -> bool:
    bare = _bare(line)
    if bare.endswith(":"):
        return True
    # _VERB_END_RE ends in "\s*:?$" and bare ends in neither: the line must end with a verb (one
    # endswith in C on every line; the pattern only on the few that do)
    return fold(bare[-40:]).endswith(_VERB_ENDINGS) and bool(_VERB_END_RE.search(bare[-40:]))


def _attribution_start(lines: list[str], k: int) -> int | None:
    """The first line of the attribution that ends at line k, or None.

    A wrapped attribution ("On Tue, … John Smith" / "<john@x>" / "wrote:") is joined
    back from the farthest line above that looks like its start: a date, a time or an
    opener word, and no sentence end before k.
    """
    quoted_next = _next_nonblank(lines, k + 1)
    quoted_next = quoted_next is not None and lines[quoted_next].startswith(">")
    decorated = _is_decorated(lines[k])
    starts = [k]
    for s in range(k - 1, max(-1, k - _WINDOW), -1):
        line = lines[s]
        if line and (line.rstrip().endswith((".", "!", "?", ":")) or len(line) > 120):
            break
        if line and _looks_like_start(line):
            starts.insert(0, s)
    for s in starts:
        window = " ".join(_bare(line) for line in lines[s : k + 1] if line)
        if len(window) <= _MAX_ATTRIBUTION and _is_attribution(window, decorated or _is_decorated(lines[s]), quoted_next):
            return s
    return None


def _looks_like_start(line: str) -> bool:
    bare = _bare(line)
    return bool(_OPENER_RE.match(bare) or _DATE_RE.search(bare) or _TIME_RE.search(bare))


def _is_attribution(window: str, decorated: bool, quoted_next: bool) -> bool:
    """The rules, from the shape: see the module docstring."""
    addr = bool(_ADDR_RE.search(window))
    time = bool(_TIME_RE.search(window))
    if _VERB_END_RE.search(window[-40:]):
        if addr or time or decorated or quoted_next:
            return True
        # only a date: "On 02/02/2027, City wrote:" starts with it or an opener; "… wie ich am 2.2. schrieb" does not
        return bool(_DATE_RE.search(window)) and bool(_OPENER_RE.match(window) or window[:1].isdigit())
    if not window.endswith(":"):
        return False
    if _VERB_INSIDE_RE.search(window):
        return addr or time or quoted_next
    return (addr and (time or bool(_DATE_RE.search(window)))) or ((addr or time) and quoted_next)


def _header_block_at(lines: list[str], i: int | None) -> bool:
    """A quoted mail's header block at line i: 2+ field lines with the sender, or 3+ with a date."""
    if i is None or ":" not in lines[i] or not _HEADER_LINE_RE.match(lines[i]):
        return False  # (a field line has its colon: most lines are read without the pattern)
    window = [line for line in lines[i : i + 7] if line][:6]
    fields = [m for m in (_HEADER_LINE_RE.match(line) for line in window) if m]
    keys = [m.group(1).lower() for m in fields]
    sender = any(m.group(1).lower() in _FROM_KEYS and m.group(2).strip() for m in fields)
    dated = any(m.group(1).lower() in _SENT_KEYS and re.search(r"\d", m.group(2)) for m in fields)
    return (len(keys) >= 2 and sender) or (len(keys) >= 3 and dated)


def _unglue_from(own: list[str]) -> None:
    """'Emily Carter From: bob@x' right above a header block: the name stays, 'From: …' goes."""
    if own and own[-1]:
        m = _GLUED_FROM_RE.search(own[-1])
        if m:
            own[-1] = own[-1][: m.start()].rstrip()


def _continues_quoted_line(lines: list[str], i: int) -> bool:
    """A long quoted line wrapped by a client without its '>': one line between quoted ones."""
    if i == 0 or not lines[i] or not lines[i - 1].startswith(">"):
        return False
    above = lines[i - 1].lstrip("> ")
    below = lines[i + 1] if i + 1 < len(lines) else ""
    return len(above) >= 60 and not above.endswith((".", "!", "?", ":", ";", ",")) and (not below or below.startswith(">"))


def _only_greeting(own: list[str]) -> bool:
    """No own words above the quote yet (a bottom-posted reply, HTML whose quote was removed)."""
    text = [line for line in own if line.strip()]
    return len(text) <= 1 and all(len(line.split()) <= 3 for line in text)


def _next_nonblank(lines: list[str], i: int) -> int | None:
    while i < len(lines):
        if lines[i].strip():
            return i
        i += 1
    return None


@functools.lru_cache(maxsize=4096)  # each line is asked for twice, and every reply quotes the same invitation
def _bare(line: str) -> str:
    """The line without invisible spaces and the rules and stars clients put around it."""
    return _INVISIBLE_RE.sub(" ", line).replace("：", ":").strip(_DECOR).strip()


def _is_decorated(line: str) -> bool:
    stripped = line.strip()
    return stripped.startswith(("--", "==", "__")) or stripped.endswith(("--", "==", "__"))


def _read_forward(rest: list[str]) -> tuple[dict[str, str], str]:
    """Header fields and text of a forwarded mail written inline."""
    headers: dict[str, str] = {}
    i = 0
    while i < len(rest) and (not rest[i] or _marker(rest, i) in ("forward", "separator")):
        i += 1
    while i < len(rest) and rest[i]:
        m = _HEADER_LINE_RE.match(rest[i])
        if not m:
            break
        headers[m.group(1).lower()] = m.group(2).strip(" *_")
        i += 1
    body = "\n".join(line[1:].lstrip() if line.startswith(">") else line for line in rest[i:])
    return headers, body.strip()


def split_signature(lines: list[str]) -> tuple[str, str]:
    """(body, signature): the signature starts at the closing formula or the '--' line."""
    lines = _drop_trailer_lines(lines)
    start = _signature_start(lines)
    if start < len(lines):
        lines, start = _split_closing_line(lines, start)
    # a postscript under the signature is the writer's words again ("P.S. Mein Mann kommt auch mit, also 3
    # Personen", "Not: Eşim de gelmek istiyor"): its paragraph goes back to the body
    ps = next((i for i in range(start, len(lines)) if _POSTSCRIPT_RE.match(lines[i])), None)
    if ps is not None:
        end = next((j for j in range(ps + 1, len(lines)) if not lines[j].strip()), len(lines))
        # (without its marker: "Not:" is Turkish "note", and no English "not")
        body = "\n".join([*lines[:start], "", _POSTSCRIPT_RE.sub("", lines[ps]), *lines[ps + 1 : end]]).strip()
        signature = "\n".join([*lines[start:ps], *lines[end:]]).strip()
        return body, signature
    body = "\n".join(lines[:start]).strip()
    signature = "\n".join(lines[start:]).strip()
    return body, signature


# "P.S.", "PS:", "P.P.S.", "PD:" (posdata), "П.С.", "ПС:", "Not:" (Turkish), "Nachtrag:", "N.B.", "ملاحظة:",
# "پی‌نوشت:", "پ.ن." at the start of a line
_POSTSCRIPT_RE = re.compile(
    r"^[^\S\n]*(?:p\.?[^\S\n]?p?\.?[^\S\n]?s\b\.?|p\.[^\S\n]?d\.|п\.?[^\S\n]?с\.|пс\b|"
    r"(?:not|nachtrag|n\.[^\S\n]?b\.|nb|post[-\s]?scriptum|ملاحظة|پی‌نوشت|پ\.ن\.?)[^\S\n]*:)", re.I)


def _drop_trailer_lines(lines: list[str]) -> list[str]:
    out = [line for line in lines if not (len(line) <= _MAX_SENT_FROM and _SENT_FROM_RE.match(line))]
    # A legal disclaimer paragraph is nobody's words.
    return [line for line in out if not (len(line) > 60 and _DISCLAIMER_RE.search(line))]


def _signature_start(lines: list[str]) -> int:
    for i, line in enumerate(lines):
        if line in ("--", "-- ", "—", "---"):
            return _closing_before(lines, i)
    closing = _closing_before(lines, len(lines))
    if closing < len(lines):
        return closing
    return _trailing_name_block(lines)


def _closing_before(lines: list[str], end: int) -> int:
    """The last closing formula line among the last lines before `end` (else `end`)."""
    nonempty = [i for i in range(end) if lines[i]]
    for i in reversed(nonempty[-14:]):
        if is_closing_line(lines[i]) and _followed_by_text(lines, i, end):
            return i
    return end


def _split_closing_line(lines: list[str], start: int) -> tuple[list[str], int]:
    """'… egitim grubuna. Tesekkurler.': a sentence before the closing on its line stays body."""
    line = lines[start]
    found = CLOSING_RE.search(lowered(line))
    head = line[: found.start()].rstrip() if found else ""
    if head.endswith((".", "!")) and len(head.split()) >= 3:
        return [*lines[:start], head, line[found.start() :], *lines[start + 1 :]], start + 1
    return lines, start


def _followed_by_text(lines: list[str], i: int, end: int) -> bool:
    return any(lines[j] for j in range(i + 1, min(end, i + 4)))


def _trailing_name_block(lines: list[str]) -> int:
    """Without a closing: a short last paragraph that starts with a name is the signature."""
    end = len(lines)
    while end and not lines[end - 1]:
        end -= 1
    start = end
    while start and lines[start - 1]:
        start -= 1
    # street, postcode and phone lines under the name do not make the block long
    size = sum(1 for line in lines[start:end] if not _ADDRESS_LINE_RE.search(line))
    if 0 < start and size <= 4 and end - start <= 8 and looks_like_name(lines[start]):
        return start
    return len(lines)
