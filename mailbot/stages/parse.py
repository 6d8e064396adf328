"""Parse: a stored mail's bytes → Parsed, here, or in a second process when many mails wait.

Each mail is parsed within a hard time limit (parallel.parse_within). From
PARALLEL_MIN pending mails on, a parse process (parallel.ParseProcess) parses
them in order, a few chunks ahead, while this process guards, decides and
answers; it is started at the pass's first big batch and used for the rest of it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

from ..model import Parsed
from ..parallel import ParseProcess, ParseProcessError, Stopped, chunk_sizes, parse_within
from ..parsing.language import release_model

log = logging.getLogger(__name__)

PARALLEL_MIN = 20  # pending mails from which a pass parses in a second process


class Parsing:
    """The parse stage of one pass; close() at the end of the pass ends its parse process."""

    def __init__(self, config):
        self.config = config
        self._process: ParseProcess | None = None
        self._state: str | None = None  # None: not tried yet; "on"; "off": parse here for the rest of the pass
        self.peak_kib: int | None = None  # the parse process's peak RSS, for the benchmark

    def parsed(self, pending: list[dict], stop: threading.Event) -> Iterator[tuple[dict, Parsed]]:
        """Each pending mail (a row with "id" and "raw") with its Parsed, in order, until `stop` is set.

        Use it in contextlib.closing(): leaving early retires a parse process that still
        has chunks outstanding, so later results can never be matched with the wrong mail.
        """
        process = self._process_for(len(pending), stop)
        done = 0
        if process is not None:
            for item, parsed in self._from_process(process, pending, stop):
                yield item, parsed
                done += 1
        for item in pending[done:]:
            if stop.is_set():
                return
            yield item, parse_within(item["raw"], self.config)  # a hard time limit per mail

    def _process_for(self, pending: int, stop: threading.Event) -> ParseProcess | None:
        if not self.config.worker.parse_process:
            return None
        if self._state == "off" or (self._state is None and pending < PARALLEL_MIN):
            return None
        if self._process is None:
            try:
                self._process = ParseProcess(self.config, stop)
            except (OSError, ParseProcessError) as exc:
                log.warning("could not start the parse process, parsing here: %s", exc)
                self._state = "off"
                return None
            self._state = "on"
            release_model()  # a serve worker's own copy: the parse process loads its own
        return self._process

    def _from_process(self, process: ParseProcess, pending: list[dict], stop: threading.Event):
        """Parsed from the parse process, in order; a dead process ends its use for this pass."""
        chunks, start = [], 0
        for size in chunk_sizes():
            if start >= len(pending):
                break
            chunks.append(pending[start:start + size])
            start += size
        try:
            for chunk in chunks:
                process.submit([item["raw"] for item in chunk])
            for chunk in chunks:
                parsed_list = process.results()
                if len(parsed_list) != len(chunk):
                    raise ParseProcessError("answer for a different chunk")
                for item, parsed in zip(chunk, parsed_list):
                    if stop.is_set():
                        return
                    yield item, parsed
        except Stopped:
            return
        except ParseProcessError as exc:
            log.warning("the parse process failed, parsing here for the rest of the pass: %s", exc)
            self._state = "off"
            self.close()
        finally:
            if process.pending:
                self.close()

    def close(self) -> None:
        """End the parse process, if one runs; this pass parses here from now on."""
        process, self._process = self._process, None
        if process is not None:
            process.close()
            if process.peak_kib is not None:
                self.peak_kib = max(self.peak_kib or 0, process.peak_kib)
                log.debug("parse process peak RSS %d KiB", process.peak_kib)
        if self._state == "on":
            self._state = "off"


def describe(parsed: Parsed) -> str:
    """One line for the log: what the parser understood."""
    parts = [parsed.kind]
    if parsed.email:
        parts.append(f"from {parsed.email}")
    if parsed.workgroups:
        parts.append("workgroups " + ", ".join(parsed.workgroups))
    if parsed.party_size and parsed.party_size > 1:
        parts.append(f"{parsed.party_size} persons")
    if parsed.language:
        parts.append(f"language {parsed.language}")
    if parsed.bounced_recipient:
        parts.append(f"bounced {parsed.bounced_recipient}")
    if parsed.read_from_attachments:
        parts.append("read from attachment " + ", ".join(parsed.read_from_attachments))
    text = ", ".join(parts)
    if parsed.needs_review:
        text += "; unsure: " + "; ".join(parsed.reasons)
    return text
