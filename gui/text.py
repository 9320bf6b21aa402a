"""Translatable messages for the Qt-free core layers.

The core (``gui.okx``, ``gui.vault``) must not import Qt, yet what it tells the user must be
translated. Core code marks each English source text with :func:`QT_TRANSLATE_NOOP` (which
``pyside6-lupdate`` extracts into the ``.ts`` files) and returns a :class:`Text`: the context, the
source text and its named arguments. ``str(text)`` is the English message (CLI, logs); the Qt views
call :meth:`Text.translated` with ``QCoreApplication.translate``.

    Text(QT_TRANSLATE_NOOP("okx", "Your clock is {seconds} s off."), {"seconds": 42})

An argument may itself be a :class:`Text` (a region's name): it is translated with the message, so
no English word lands inside a Chinese sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks ``source`` for translation in ``context``; returns it unchanged."""
    return source


@dataclass(frozen=True)
class Text:
    """A user-facing message: translated by the views, English everywhere else."""

    source: str
    args: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    context: str = "okx"

    def __str__(self) -> str:
        return self.source.format(**self.args)

    def translated(self, translate: Translate) -> str:
        """The message in the user's language; a broken translation falls back to English."""
        args = {
            name: value.translated(translate) if isinstance(value, Text) else value
            for name, value in self.args.items()
        }
        try:
            return translate(self.context, self.source).format(**args)
        except (KeyError, IndexError, ValueError):
            return str(self)

    def __reduce__(self) -> tuple[type[Text], tuple[str, dict[str, Any], str]]:
        """Pickled with its arguments as a dict (a report the check helper sends back:
        gui/connections/check_helper.py)."""
        return (Text, (self.source, dict(self.args), self.context))
