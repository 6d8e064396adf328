"""Coordinator commands (status, review, export, forget, ...), registered on the main group."""

from __future__ import annotations
