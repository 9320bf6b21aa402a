"""argparse for a command line of subcommands, with two repairs.

argparse hands the words a subcommand does not take back to the top-level parser, which then
reports "unrecognized arguments" under the top-level usage: the user sees ``okx-key-manager
[-h] [--version] ... COMMAND ...`` instead of the options of the command they typed. A
:class:`SubcommandParser` (``add_subparsers(parser_class=SubcommandParser)``) reports them
itself, under its own usage; and its ``hint``, when set, follows every error it reports (``run``
without ``--`` is told where the ``--`` goes: :func:`run_hint`).
"""

from __future__ import annotations

import argparse
import shlex
from typing import Any, NoReturn


class SubcommandParser(argparse.ArgumentParser):
    """The parser of one subcommand: its own mistakes, its own usage, an optional hint."""

    hint: str | None = None
    _extra_words: list[str] | None = None

    def _parse_known_args(self, *args: Any, **kwargs: Any) -> tuple[argparse.Namespace, list[str]]:
        namespace, extras = super()._parse_known_args(*args, **kwargs)
        if extras:
            self._extra_words = list(extras)
            self.error(f"unrecognized arguments: {' '.join(extras)}")
        return namespace, extras

    def error(self, message: str) -> NoReturn:
        if self.hint:
            example = shlex.join(self._extra_words or ["freqtrade", "trade"])
            message = f"{message}\n{self.hint.format(command=example)}"
        super().error(message)


def run_hint(prog: str) -> str:
    """What ``run`` says when its words hold no ``--``: where the bot's command goes."""
    return f"put -- before the bot's command: {prog} run LABEL --as TOOL -- {{command}}"


def subcommand_parser(parser: argparse.ArgumentParser, name: str) -> SubcommandParser:
    """The parser of subcommand ``name`` of ``parser`` (made with ``parser_class=
    SubcommandParser``)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) and name in action.choices:
            chosen = action.choices[name]
            if isinstance(chosen, SubcommandParser):
                return chosen
    raise KeyError(name)
