"""A tool's variables as text, for ``okx-key-manager env``: dotenv, JSON or shell.

- ``dotenv``: ``NAME=value`` lines, what ``docker run --env-file``, compose's ``env_file`` and
  systemd's ``EnvironmentFile`` read. A value that is not plain (a passphrase with spaces,
  quotes, ``$``, ``#``...) is double-quoted with backslash escapes, which compose, systemd and
  python-dotenv understand; ``docker run --env-file`` alone keeps quotes literally
  (:func:`needs_quotes` lets the caller warn).
- ``docker``: ``NAME=value`` lines taken literally, as ``docker run --env-file`` (and compose's
  ``env_file`` with ``format: raw``) read them: no quotes, no escapes, ``#`` and ``$`` kept.
- ``json``: one object, as AWS's ``credential_process`` model prints it.
- ``shell``: ``export NAME='value'`` lines for ``eval``.
"""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Mapping
from enum import StrEnum


class Format(StrEnum):
    DOTENV = "dotenv"
    DOCKER = "docker"
    JSON = "json"
    SHELL = "shell"


_PLAIN = re.compile(r"[A-Za-z0-9_@%+=:,./-]*")


class UnsafeValue(ValueError):  # noqa: N818 - reads as the condition
    """A value no format here can carry (a line break or a NUL)."""


def needs_quotes(value: str) -> bool:
    return _PLAIN.fullmatch(value) is None


def _dotenv_value(value: str) -> str:
    if not needs_quotes(value):
        return value
    if "'" not in value and "\\" not in value:  # single quotes: literal for every reader
        return f"'{value}'"
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render(variables: Mapping[str, str], fmt: Format) -> str:
    """The variables as text ending with a newline; raises UnsafeValue for a value with a line
    break or a NUL (never part of an OKX key, and unsafe in every format)."""
    for value in variables.values():
        if any(c in value for c in "\r\n\0"):
            raise UnsafeValue("a value holds a line break")
    if fmt is Format.DOCKER:
        return "".join(f"{name}={value}\n" for name, value in variables.items())
    if fmt is Format.JSON:
        return json.dumps(dict(variables), indent=2) + "\n"
    if fmt is Format.SHELL:
        return "".join(f"export {name}={shlex.quote(value)}\n" for name, value in variables.items())
    return "".join(f"{name}={_dotenv_value(value)}\n" for name, value in variables.items())
