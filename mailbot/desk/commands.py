"""Commands by mail (STATUS, EXPORT): what a coordinator gets back.

The pass reaches them through the handlers the worker registers
(stages/context.DeskHandlers.commands); the core never imports this module.
"""

from __future__ import annotations

from ..config import Config
from .export import export_xlsx_bytes
from .status import status_text

EXPORT_NAME = "teilnehmende.xlsx"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def status(db, config: Config) -> tuple[dict, list]:
    """STATUS: the status table in the answer's text."""
    return {"status": status_text(db, config)}, []


def export(db, config: Config) -> tuple[dict, list]:
    """EXPORT: the status table, and the participant list as an xlsx attachment."""
    return {"status": status_text(db, config)}, [(EXPORT_NAME, export_xlsx_bytes(db, config), XLSX_TYPE)]


COMMANDS = {"STATUS": status, "EXPORT": export}
