"""Forms filled in by hand: a list of the workgroups with the writer's marks.

Invitations often carry a small form to send back, and writers fill its workgroup list in the
mail itself: "[x] Workshop 2", "☑ Workshop 5", "(X) Workshop 1", "Workshop 3: ja", "Workshop 2 … X",
a bold line among plain ones, "[2]" for a second choice. Every workgroup of the list is named on
its own line, so the words alone read as "all five"; the marks say which were chosen.

A list is read only when its marks account for it: at least one line ticked, and every other line
left empty ("[ ]", "☐", ": nein", ": –") or, where the ticked lines stand out on their own (a box,
a bold line), unmarked. A list with no tick, or with ticks the reader cannot order, is left to the
rest of the reader (and so to a human when it names several workgroups).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# a list marker before the box ("- [x] …", "• ☐ …")
_LEAD = r"^[^\S\n]*(?:[-•*·][^\S\n]+)?"
# a ticked box at the line's start; a digit in it ranks the choice ("[2] Workshop 4": the second choice)
_BOX_RE = re.compile(_LEAD + r"(?:[\[(][^\S\n]*(?:(?P<rank>[1-9])|[xX✓✔✗✘×●■✅☑☒])[^\S\n]*[\])]|[☒☑✅■●◉▣⬛])")
# a mark typed before one line of a list without boxes ("x Workshop 3", "✓ Workshop 3", "→ Workshop 3")
_MARK_RE = re.compile(_LEAD + r"(?:[✓✔✗✘→➔➜⇒]|[xX](?=[^\S\n])|-->|->|=>)")
# whatever may stand before the workgroup on an option's line: a list marker, a box (ticked, ranked or empty), a mark
_LEAD_MARKS_RE = re.compile(_LEAD + r"(?:[\[(][^\S\n]*[^\])\n]{0,2}[^\S\n]*[\])]|[☐□○◯◻⬜▢☒☑✅■●◉▣⬛✓✔✗✘→➔➜⇒]|[xX](?=[^\S\n])|-->|->|=>)?")
# an empty box at the line's start
_EMPTY_RE = re.compile(_LEAD + r"(?:[\[(][^\S\n]*[\])]|[☐□○◯◻⬜▢]|_{2,})")
# a mark at the line's end, as a table's column of ticks comes out in text ("… Dokumente X", "… ✓")
_MARK_AFTER_RE = re.compile(r"[^\S\n](?:[xX✓✔☑☒✅])[^\S\n]*$")
# an answer after the workgroup: "…: ja", "… – yes", "…: nein", "…: –", "…:"
_YES = (r"ja|yes|evet|да|так|tak|oui|sí|si|sim|نعم|بله|آره|po|da|igen|ano|áno|jā|taip|kyllä|ναι|"
        r"angekreuzt|gewählt|chosen|selected")
_NO = r"nein|no|nee|hayır|hayir|нет|ні|nie|non|не|لا|خیر|nei|nem|ne|jo|όχι|–|—|-|/|☐|□"
_YES_AFTER_RE = re.compile(rf"(?:[:=|]|[^\S\n][-–—][^\S\n])[^\S\n]*(?:{_YES})(?!\w)", re.I)
_NO_AFTER_RE = re.compile(rf"(?:[:=|]|[^\S\n][-–—][^\S\n])[^\S\n]*(?:{_NO})[^\S\n]*[.,;)]?[^\S\n]*$", re.I)
_EMPTY_AFTER_RE = re.compile(r":[^\S\n]*$")
# a whole line in bold, as a client writes HTML bold in text ("*Workshop 2 – …*", "**…**")
_BOLD_RE = re.compile(r"^[^\S\n]*\*{1,2}[^*\n]+\*{1,2}[^\S\n]*$")

_MAX_GAP = 2  # lines between two options of one list (a blank line of an HTML table, a wrapped title)
_MAX_LINE = 160  # an option is a line of a list, not a sentence of the text


@dataclass(frozen=True)
class Ticks:
    """What the marks of one list say: the spans of the mentions chosen (in the order of their ranks,
    else of the list) and of those left empty, and the whole list (read, for the evidence check)."""

    chosen: tuple[tuple[int, int], ...]
    left: tuple[tuple[int, int], ...]
    ranked: bool
    read: tuple[tuple[int, int], ...]  # the list's lines and its heading
    heading: tuple[tuple[int, int], ...]  # the line that introduces it ("Workshop (bitte einen ankreuzen):")


def read_ticks(text: str, mentions: list[tuple[int, int, str]], ends_in_x: frozenset[str] = frozenset()) -> Ticks | None:
    """The marks of the first list of workgroups in `text` whose marks account for every line of it.

    `mentions`: (start, end, workgroup id) of the workgroups named in the text, in order; `ends_in_x`: the
    ids of workgroups whose title ends in the word "X" ("Generation X"), where an "X" at the line's end is
    the title, not a tick."""
    lines = _lines(text)
    starts = [start for start, _end in lines]
    by_line: dict[int, list[tuple[int, int, str]]] = {}
    for m in mentions:  # (each mention to its line: a bisection, not a pass over every line per mention)
        by_line.setdefault(bisect_right(starts, m[0]) - 1, []).append(m)
    options = []  # (line index, mention spans, workgroup id)
    for index in sorted(by_line):
        start, end = lines[index]
        on_line = by_line[index]
        ids = {m[2] for m in on_line}
        # (the workgroup opens the line, after its box or mark: "[x] Workshop 2 …"; a line that names one
        # further on is a sentence or the list's own heading, "Workshop (Zweitwunsch mit „2“ markieren):")
        if len(ids) == 1 and end - start <= _MAX_LINE and _opens(text[start : on_line[0][0]]):
            options.append((index, [(s, e) for s, e, _ in on_line], next(iter(ids))))
    for block in _blocks(options):
        if len({wg for _i, _s, wg in block}) < 2:
            continue
        found = _read_block(text, lines, block, ends_in_x)
        if found:
            return found
    return None


def _opens(before: str) -> bool:
    """Only a box, a mark, a list marker or a bold mark stand before the workgroup on its line."""
    return len(_LEAD_MARKS_RE.sub("", before, count=1).strip(" *")) == 0


def _lines(text: str) -> list[tuple[int, int]]:
    """The lines of `text`; the one line with two or more boxes is split before each box, so that a form's row
    "Arbeitsgruppe:  [ ] AG 1   [x] AG 2   [ ] AG 3" reads as its heading and three options. Only a row that
    opens with its heading and a box and holds one heading ("AG 1 [ ] AG 2 [x]", a box after its label, or
    "Erstwunsch: [ ] … Zweitwunsch: [x] …" are not), and only where no other line has boxes (a second row,
    "Begleitperson: [x] ja [ ] nein", says more than the reader would take from it)."""
    rows = [line for line in text.split("\n") if len(_INLINE_BOX_RE.findall(line)) >= 2]
    single = rows[0] if len(rows) == 1 and len(rows[0]) <= 2 * _MAX_LINE else None
    out, start = [], 0
    for line in text.split("\n"):
        boxes = [m.start() for m in _INLINE_BOX_RE.finditer(line)] if line is single or line == single else []
        head = line[: boxes[0]] if boxes else ""
        if len(boxes) >= 2 and (not head.strip() or head.rstrip().endswith(":")) and ":" not in line[boxes[0]:]:
            cuts = ([0] if boxes[0] > 0 else []) + boxes + [len(line)]
            out += [(start + a, start + b) for a, b in zip(cuts, cuts[1:])]
        else:
            out.append((start, start + len(line)))
        start += len(line) + 1
    return out


# a box inside a line, at its start or after a space ("Mittagessen: [x] ja   [ ] nein")
_INLINE_BOX_RE = re.compile(r"(?:^|(?<=[^\S\n]))(?:\[[^\S\n]*[xX✓✔]?[^\S\n]*\]|[☐□☒☑])")


def _blocks(options: list) -> list[list]:
    blocks: list[list] = []
    for option in options:
        if blocks and option[0] - blocks[-1][-1][0] <= _MAX_GAP + 1:
            blocks[-1].append(option)
        else:
            blocks.append([option])
    return blocks


def _read_block(text: str, lines: list[tuple[int, int]], block: list, ends_in_x: frozenset[str]) -> Ticks | None:
    # (a letter at the line's end is no tick where the mention reaches it, "Arbeitsgruppe X", or where the
    # workgroup's title ends in it, "Generation X")
    states = [_state(text[lines[index][0] : lines[index][1]], letter_mark=wg not in ends_in_x and spans[-1][1] < lines[index][1])
              for index, spans, wg in block]
    kinds = {kind for kind, _rank in states}
    ticks = kinds & {"box", "mark", "word"}
    if ticks and "bold" not in kinds:
        # the other lines say no ("[ ]", ": nein"); only beside a bare mark ("x Workshop 3", "… X" in a
        # table) may they carry none, since a writer who ticks by a mark leaves the rest as it was
        if "" in kinds and ticks != {"mark"}:
            return None
    elif kinds == {"bold", ""} and sum(kind == "bold" for kind, _rank in states) == 1:
        pass  # one bold line among plain ones (several: emphasis, not a choice)
    else:
        return None
    chosen = [(rank, k) for k, (kind, rank) in enumerate(states) if kind in ("box", "mark", "word", "bold")]
    ranked = any(rank for rank, _k in chosen)
    # "[x] … [2] …": the ticked one first, the one marked 2 second; unranked, the list's order
    chosen = sorted(((rank or 1) if ranked else 0, k) for rank, k in chosen)
    taken = {k for _rank, k in chosen}
    heading = _heading(text, lines, block[0][0])
    return Ticks(
        chosen=tuple(span for _rank, k in chosen for span in block[k][1]),
        left=tuple(span for k in range(len(block)) if k not in taken for span in block[k][1]),
        ranked=ranked,
        read=tuple(lines[index] for index, _spans, _wg in block) + heading,
        heading=heading,
    )


def _heading(text: str, lines: list[tuple[int, int]], first: int) -> tuple[tuple[int, int], ...]:
    """The line that introduces the list ("Workshop (bitte einen ankreuzen):", "Warsztat:"), blank lines
    between allowed: a label, which names no workgroup of its own."""
    for index in range(first - 1, max(-1, first - 3), -1):
        start, end = lines[index]
        line = text[start:end].strip()
        if line:
            return ((start, end),) if line.endswith(":") and len(line) <= _MAX_LINE else ()
    return ()


def _state(line: str, letter_mark: bool = True) -> tuple[str, int | None]:
    """How a line of the list is marked: "box" (ticked), "mark" (a bare tick), "word" ("ja"), "no" (an
    empty box, "nein", nothing after the colon), "bold", or "" (no mark at all)."""
    box = _BOX_RE.match(line)
    if box:
        return "box", int(box.group("rank")) if box.group("rank") else None
    if _EMPTY_RE.match(line) or _NO_AFTER_RE.search(line) or _EMPTY_AFTER_RE.search(line):
        return "no", None
    after = _MARK_AFTER_RE.search(line)
    if _MARK_RE.match(line) or after and (letter_mark or after.group(0).strip() not in "xX"):
        return "mark", None
    if _YES_AFTER_RE.search(line):
        return "word", None
    if _BOLD_RE.match(line):
        return "bold", None
    return "", None
