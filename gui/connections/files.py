"""Writing a file the way the stores do: whole or not at all, readable by the user only."""

from __future__ import annotations

from gui.vault.atomic import atomic_write

__all__ = ["atomic_write"]
