"""``okx-key-manager env LABEL --as TOOL --format dotenv|docker|json|shell``: prints a tool's
variables for ``docker --env-file``, systemd or a script that asks for them (AWS's
``credential_process`` model). Warns when stdout is a terminal; ``--output FILE`` writes a
0600 file instead."""

from __future__ import annotations

import argparse
from pathlib import Path

from gui.commands.common import EXIT_OK, EXIT_USAGE, CommandError, Console, report
from gui.commands.running import add_tool_argument


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from gui.commands.common import add_store_arguments

    parser.add_argument("label", help="the saved connection's name (see: okx-key-manager list)")
    add_tool_argument(parser)
    from gui.commands.running import add_key_arguments

    add_key_arguments(parser)
    parser.add_argument(
        "--format",
        choices=("dotenv", "docker", "json", "shell"),
        default="dotenv",
        help="dotenv (default; compose, systemd, dotenv libraries), docker (for docker run "
        "--env-file: values taken literally, no quotes), json, shell",
    )
    parser.add_argument(
        "--output",
        metavar="FILE",
        help="write to FILE (created with mode 0600, replaced atomically) instead of stdout",
    )
    add_store_arguments(parser)


def _is_terminal(console: Console) -> bool:
    try:
        return bool(console.out.isatty())
    except (AttributeError, ValueError):
        return False


def run(args: argparse.Namespace, console: Console | None = None) -> int:
    from gui.bots.envformat import Format, UnsafeValue, needs_quotes, render
    from gui.commands.running import variables_for

    console = console or Console()
    fmt = Format(args.format)
    try:
        variables, _secrets = variables_for(args, console)
        try:
            text = render(variables, fmt)
        except UnsafeValue:
            if fmt is Format.DOCKER:
                raise CommandError(
                    EXIT_USAGE,
                    "a value holds a line break, which Docker's --env-file cannot carry (it "
                    "reads one variable per line): pass it with run instead, e.g. "
                    "okx-key-manager run LABEL --as TOOL -- docker run -e NAME ...",
                ) from None
            raise CommandError(
                EXIT_USAGE,
                "a value holds a line break: it cannot be printed safely in this format.",
            ) from None
    except CommandError as error:
        return report("env", error, console)
    if fmt is Format.DOTENV and any(needs_quotes(v) for v in variables.values()):
        print(
            "okx-key-manager env: note: a value is quoted; compose, systemd and dotenv "
            "libraries remove the quotes, but 'docker run --env-file' keeps them: use "
            "--format docker for it.",
            file=console.err,
        )
    if args.output:
        from gui.vault.atomic import atomic_write
        from gui.vault.errors import VaultError

        try:
            atomic_write(Path(args.output), text.encode("utf-8"))
        except VaultError as exc:
            return report("env", CommandError(EXIT_USAGE, str(exc)), console)
        return EXIT_OK
    if _is_terminal(console):
        print(
            "okx-key-manager env: warning: printing secret keys to the terminal (they may stay "
            "in its scroll-back); pipe them to the program that needs them instead.",
            file=console.err,
        )
    console.out.write(text)
    console.out.flush()
    return EXIT_OK
