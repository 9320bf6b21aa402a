"""``okx-key-manager check``: checks one API key against OKX and prints the report.

The credentials come from the environment (``OKX_API_KEY``, ``OKX_SECRET_KEY``,
``OKX_PASSPHRASE``) or are asked for, the secret key and passphrase without echo; never from
arguments, which other users of the machine can read in the process list. ``--simulator NAME``
checks a key of the built-in simulator instead, so anyone can try it without an OKX account.

``--base-url`` sends the key elsewhere than OKX: refused unless ``--allow-non-okx-host`` is
given too, and then a warning is printed before anything is sent. Plain ``http://`` is refused
except to this computer (the simulator).

Exit status: 0 the key works (warnings may be printed), 1 it has a problem, 2 bad input.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Mapping
from typing import TextIO

from gui.commands.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from gui.commands.reports import format_report as format_report
from gui.commands.server import read_credentials, refuse_base_url, target_for
from gui.okx.check import ConnectionReport
from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials
from gui.okx.target import OkxTarget


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from gui.commands.recheck import add_arguments as add_label_arguments
    from gui.commands.server import add_key_arguments, add_server_arguments

    add_key_arguments(parser)
    parser.add_argument(
        "--simulator",
        metavar="NAME",
        help="check the built-in simulator's key NAME (e.g. healthy, withdraw, eea) instead",
    )
    add_server_arguments(parser)
    add_label_arguments(parser)  # check LABEL: a saved key, its result recorded


def run(
    args: argparse.Namespace,
    out: TextIO = sys.stdout,
    err: TextIO = sys.stderr,
    env: Mapping[str, str] = os.environ,
    ask: Callable[[str], str] = input,
    ask_hidden: Callable[[str], str] = getpass.getpass,
) -> int:
    """Checks the key and prints the report; the exit status follows the rule for saving
    (:func:`gui.connections.saving.refusal`): a key that can withdraw is not "connected"."""
    from gui.commands.common import CommandError, Console
    from gui.commands.common import report as report_error
    from gui.connections.saving import refusal

    console = Console(out, err, env, ask, ask_hidden)
    if getattr(args, "label", None):
        from gui.commands import recheck

        return recheck.run(args, console)
    try:
        if args.simulator:
            credentials, report = _check_simulator_key(args)
        else:
            credentials = read_credentials(console)
            refuse_base_url(args, console)
            report = _check(args, credentials, target_for(args, Region(args.region)))
    except CommandError as error:
        return report_error("check", error, console)
    refused = refusal(report)
    print(format_report(report, credentials.api_key, refused), file=out)
    return EXIT_OK if refused is None else EXIT_FAILED


def _check(
    args: argparse.Namespace, credentials: Credentials, target: OkxTarget
) -> ConnectionReport:
    from gui.connections.checking import check_key

    environment = Environment.DEMO if args.demo else Environment.LIVE
    return check_key(credentials, Region(args.region), environment, target)


def _check_simulator_key(args: argparse.Namespace) -> tuple[Credentials, ConnectionReport]:
    """``--simulator NAME``: the built-in simulator's key, checked against it."""
    from gui.commands.common import CommandError
    from gui.okx.simulator import Simulator

    with Simulator() as sim:
        names = [k.name for k in sim.keys]
        if args.simulator not in names:
            raise CommandError(
                EXIT_USAGE,
                f"the simulator has no key {args.simulator!r}; choose one of: {', '.join(names)}",
            )
        credentials = sim.key(args.simulator).credentials
        return credentials, _check(args, credentials, OkxTarget(sim.base_urls, args.timeout))
