"""A progress bar on the terminal for long work (a backlog pass, a big export, a purge).

Only when stderr is a terminal: cron mails, systemd's journal and pipes get exactly
the output they got before. The bar appears only once the work has run for a
moment (short passes never flicker one) and is erased when the work ends, so the
summary line stands alone.
"""

from __future__ import annotations

import contextlib
import sys
import time
from typing import Callable, Iterator

SHOW_AFTER = 1.0  # seconds of work before a bar is worth showing


@contextlib.contextmanager
def progress(label: str, total: int | None = None, *, stream=None, show_after: float = SHOW_AFTER
             ) -> Iterator[Callable[[int], None]]:
    """Yields `advance(n=1)`; draws a rich bar on `stream` (stderr) only when it is a terminal."""
    stream = stream if stream is not None else sys.stderr
    if not _is_terminal(stream):
        yield lambda n=1: None
        return
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                               TimeElapsedColumn)

    columns = [SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
               MofNCompleteColumn() if total else TextColumn("{task.completed}"), TimeElapsedColumn()]
    bar = Progress(*columns, console=Console(file=stream), transient=True)
    task = bar.add_task(label, total=total)
    start, shown = time.monotonic(), False

    def advance(n: int = 1) -> None:
        nonlocal shown
        bar.advance(task, n)
        if not shown and time.monotonic() - start >= show_after:
            bar.start()
            shown = True

    try:
        if show_after <= 0:
            bar.start()
            shown = True
        yield advance
    finally:
        if shown:
            bar.stop()


def _is_terminal(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed or not a real file
        return False
