"""Command line of ``okx-key-manager``: no arguments opens the app; subcommands run tools."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Container, Sequence
from types import ModuleType
from typing import TYPE_CHECKING

from gui import __app_id__, __app_name__, __version__
from gui.commands.parsing import SubcommandParser, run_hint, subcommand_parser

if TYPE_CHECKING:
    from gui.streams import Streams


def build_parser(wanted: Container[str] | None = None) -> argparse.ArgumentParser:
    """The parser; ``wanted`` (the words of the command line) limits which subcommands get their
    own options: those import their modules, which opening the app does not need (start-up time).
    """
    parser = argparse.ArgumentParser(
        prog=__app_id__,
        description=f"{__app_name__}: connect an OKX account safely. "
        "Run without arguments to open the app.",
    )
    parser.add_argument("--version", action="version", version=f"{__app_name__} {__version__}")
    parser.add_argument(
        "--simulator",
        action="store_true",
        help="open the app against a built-in OKX simulator (fake keys, nothing saved)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that Qt, translations, the keychain and a connection check work, then exit",
    )
    # Each subcommand reports its own mistakes under its own usage (gui/commands/parsing.py).
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=SubcommandParser
    )
    for name, (summary, description) in COMMANDS.items():
        sub = commands.add_parser(name, help=summary, description=description)
        if wanted is None or name in wanted:
            command(name).add_arguments(sub)
    return parser


# Every subcommand (gui/commands/, docs/bots.md): its help and description. Each module has
# add_arguments(parser) and run(args) -> exit status.
COMMANDS = {
    "simulator": (
        "run a local OKX (fake keys, real HTTP) for tests and demos",
        "Run a local OKX simulator on 127.0.0.1 until Ctrl-C.",
    ),
    "check": (
        "check an API key against OKX and explain any problem",
        "Check an API key against OKX. Credentials are read from OKX_API_KEY, "
        "OKX_SECRET_KEY and OKX_PASSPHRASE, or asked for (never passed as arguments). With "
        "LABEL: check that saved key from here (e.g. on the server it is bound to) and record "
        "the result.",
    ),
    "list": ("list the saved connections (never a secret)", "List the saved connections."),
    "add": (
        "check an API key and save it",
        "Check an API key like the wizard does, then save it. Credentials are read from "
        "OKX_API_KEY, OKX_SECRET_KEY and OKX_PASSPHRASE, or asked for.",
    ),
    "run": (
        "start a bot with a saved key in its environment only",
        "Start COMMAND with the chosen tool's variables in its environment only (never in "
        "arguments or files): okx-key-manager run LABEL --as TOOL -- COMMAND [ARGS...]. "
        "Exits with COMMAND's exit status.",
    ),
    "env": (
        "print a saved key as a tool's variables",
        "Print the chosen tool's variables for a saved key (for docker --env-file, systemd or "
        "a script that asks for them).",
    ),
    "scan": (
        "find OKX keys in plain-text files",
        "Find OKX keys in plain-text files. Exit status 1 when some are found.",
    ),
    "migrate": (
        "move the OKX keys of a file into the app",
        "Check each OKX key in PATH, save it, and rewrite PATH without it.",
    ),
    "manager": (
        "mark a saved master-account key as the manager key",
        "Mark a saved key of the master account (Read + Trade, bound to this computer's IP) as "
        "the manager key that issues, rotates and revokes sub-accounts' keys (docs/bots.md).",
    ),
    "issue": (
        "create a sub-account's key for a bot, saved without anyone seeing it",
        "Create a Read + Trade (or Read only) key for a standard sub-account through the "
        "manager key, bound to the bot server's IPs, and save it straight from OKX's answer.",
    ),
    "rotate": (
        "replace an issued key by a new one",
        "Replace an issued key by a new one with the same sub-account, permissions and IPs, "
        "then delete the old one on OKX. --due rotates every key past its interval.",
    ),
    "revoke": (
        "delete issued keys on OKX, then here",
        "Delete an issued key (or every key issued through a manager key) on OKX, then remove "
        "it from the app.",
    ),
    "keys": (
        "list every sub-account key OKX reports beside the app's",
        "List every sub-account key OKX reports for the master account beside what the app "
        "holds: issued here, changed on OKX, unknown, gone, left over.",
    ),
}


def command(name: str) -> ModuleType:  # noqa: C901 - one static import per command
    """The module of one command, imported on demand (static imports: PyInstaller sees them;
    opening the app imports none of them)."""
    if name == "simulator":
        from gui.commands import simulator

        return simulator
    if name == "check":
        from gui.commands import check

        return check
    if name == "manager":
        from gui.commands import managing

        return managing
    if name == "issue":
        from gui.commands import issuing

        return issuing
    if name == "rotate":
        from gui.commands import rotating

        return rotating
    if name == "revoke":
        from gui.commands import revoking

        return revoking
    if name == "keys":
        from gui.commands import okxkeys

        return okxkeys
    if name == "list":
        from gui.commands import listing

        return listing
    if name == "add":
        from gui.commands import adding

        return adding
    if name == "run":
        from gui.commands import running

        return running
    if name == "env":
        from gui.commands import envcmd

        return envcmd
    if name == "scan":
        from gui.commands import scanning

        return scanning
    from gui.commands import migrating

    return migrating


def _child_command(words: list[str]) -> tuple[list[str], list[str]]:
    """``run``'s words before ``--``, and the command after it."""
    first = next((w for w in words if not w.startswith("-")), None)
    if first == "run" and "--" in words:
        split = words.index("--")
        return words[:split], words[split + 1 :]
    return words, []


def _subcommands(parser: argparse.ArgumentParser) -> set[str]:
    return {
        name
        for action in parser._subparsers._group_actions  # type: ignore[union-attr]
        for name in getattr(action, "choices", {})
    }


def main(argv: Sequence[str] | None = None) -> int:
    from gui.streams import prepare

    # First of all: the windowed program may have started without stdout/stderr (gui.streams).
    streams = prepare()
    return streams.run(lambda: _main(argv, streams))


def _main(argv: Sequence[str] | None, streams: Streams) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    if not given:  # a double-click: the app, without building the parser (~8 ms of its start)
        return _open_app(streams, simulator=False)
    words, child_command = _child_command(given)
    parser = build_parser(wanted=set(words))
    first = next((w for w in words if not w.startswith("-")), None)
    if first == "run" and "--" not in given:  # the bot's command went in without its --
        subcommand_parser(parser, "run").hint = run_hint(__app_id__)
    asks_help = "-h" in words or "--help" in words
    if first in _subcommands(parser) and not asks_help and not streams.may_run(first):
        return streams.refuse(first)  # before parsing: no usage error into a report file
    args = parser.parse_args(words)
    args.child_command = child_command
    if args.self_test:
        from gui.paths import prepare_frozen_qt  # Qt is wanted

        prepare_frozen_qt()
        from gui.selftest import run_self_test  # sets up offscreen Qt before importing it

        return run_self_test()
    if args.command not in (None, "simulator"):  # every command that may touch a secret
        from gui.hardening import harden_process

        harden_process()
    if args.command is None:
        return _open_app(streams, simulator=args.simulator)
    if not streams.may_run(args.command):
        return streams.refuse(args.command)
    return _run_command(parser, args)


def _open_app(streams: Streams, simulator: bool) -> int:
    from gui.paths import prepare_frozen_qt

    prepare_frozen_qt()
    streams.opening_app()
    from gui.app import run  # Qt is imported only when the GUI is wanted (it hardens too)

    return run(simulator=simulator)


# Exit status when a command stops on an error the app did not expect (sysexits' EX_SOFTWARE).
EXIT_INTERNAL = 70


def _run_command(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    """Runs one command. Its messages are the user's only output: log records are not printed
    (Python would otherwise print warnings such as "keychain probe failed: …" above them), and
    an unexpected exception becomes one line, never a traceback, unless ``OKX_KM_DEBUG`` is set."""
    import logging
    import os

    debug = bool(os.environ.get("OKX_KM_DEBUG"))
    if not debug:
        logging.getLogger().addHandler(logging.NullHandler())
    try:
        return _dispatch(parser, args)
    except KeyboardInterrupt:
        print(f"\nokx-key-manager {args.command}: interrupted.", file=sys.stderr)
        return 130
    except Exception as exc:
        if debug:
            raise
        print(
            f"okx-key-manager {args.command}: stopped by an unexpected error "
            f"({type(exc).__name__}). Run it again with OKX_KM_DEBUG=1 to see where, and "
            "report it.",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def _dispatch(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    status: int = command(args.command).run(args)
    return status
