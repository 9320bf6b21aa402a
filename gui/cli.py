"""Command line of ``okx-key-manager``: no arguments opens the app; subcommands run tools."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Container, Sequence

from gui import __app_id__, __app_name__, __version__


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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    simulator = commands.add_parser(
        "simulator",
        help="run a local OKX (fake keys, real HTTP) for tests and demos",
        description="Run a local OKX simulator on 127.0.0.1 until Ctrl-C.",
    )
    if wanted is None or "simulator" in wanted:
        from gui.okx.simulator_cli import add_arguments

        add_arguments(simulator)
    check = commands.add_parser(
        "check",
        help="check an API key against OKX and explain any problem",
        description="Check an API key against OKX. Credentials are read from OKX_API_KEY, "
        "OKX_SECRET_KEY and OKX_PASSPHRASE, or asked for (never passed as arguments).",
    )
    if wanted is None or "check" in wanted:
        from gui.okx.check_cli import add_arguments as add_check_arguments

        add_check_arguments(check)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(wanted=set(words))
    args = parser.parse_args(words)
    if args.self_test:
        from gui.selftest import run_self_test  # sets up offscreen Qt before importing it

        return run_self_test()
    if args.command not in (None, "simulator"):  # every command that may touch a secret
        from gui.hardening import harden_process

        harden_process()
    if args.command is None:
        from gui.app import run  # Qt is imported only when the GUI is wanted (it hardens too)

        return run(simulator=args.simulator)
    if args.command == "simulator":
        from gui.okx.simulator_cli import run as run_simulator

        return run_simulator(args)
    if args.command == "check":
        from gui.okx.check_cli import run as run_check

        return run_check(args)
    parser.error(f"unknown command {args.command!r}")
