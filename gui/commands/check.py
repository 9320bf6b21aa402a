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
from typing import TYPE_CHECKING, TextIO

from gui.commands.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from gui.commands.server import read_credentials, refuse_base_url, target_for
from gui.connections.money import format_amount, format_usd
from gui.okx.check import ConnectionReport
from gui.okx.check_items import CheckId, CheckStatus
from gui.okx.regions import REGIONS, Environment, Region
from gui.okx.signing import Credentials, mask
from gui.okx.target import OkxTarget

if TYPE_CHECKING:
    from gui.connections.saving import SaveOutcome

ITEM_NAMES = {
    CheckId.REACHABLE: "Reachable",
    CheckId.CLOCK: "Clock",
    CheckId.KEY: "API key",
    CheckId.PASSPHRASE: "Passphrase",
    CheckId.SIGNATURE: "Secret key",
    CheckId.ENVIRONMENT: "Environment",
    CheckId.REGION: "Region",
    CheckId.PERMISSIONS: "Permissions",
    CheckId.IP_BINDING: "IP binding",
    CheckId.ACCOUNT_MODE: "Account mode",
    CheckId.POSITION_MODE: "Position mode",
    CheckId.SUB_ACCOUNT: "Account",
}
STATUS_TAGS = {
    CheckStatus.PASS: "ok",
    CheckStatus.WARN: "warn",
    CheckStatus.FAIL: "FAIL",
    CheckStatus.SKIPPED: "-",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from gui.commands.server import add_server_arguments

    parser.add_argument(
        "--region",
        choices=[r.value for r in Region],
        default=Region.GLOBAL.value,
        help="where the key was made: global (www.okx.com), eea (my.okx.com), us (app.okx.com)",
    )
    parser.add_argument("--demo", action="store_true", help="the key is a demo-trading key")
    parser.add_argument(
        "--simulator",
        metavar="NAME",
        help="check the built-in simulator's key NAME (e.g. healthy, withdraw, eea) instead",
    )
    add_server_arguments(parser)


def format_report(
    report: ConnectionReport, api_key: str, refused: SaveOutcome | None = None
) -> str:
    """The report as plain English text: one line per item, the balances, then the verdict
    (``refused``: why the key may not be used, from the rule for saving)."""
    info = REGIONS[report.region]
    lines = [
        f"Checking API key {mask(api_key)} on OKX {info.name} ({report.environment.value})",
        f"Server: {report.base_url}",
    ]
    if not report.is_official:
        lines.append("NOTE: this is not OKX's server (simulator or custom address).")
    # The rows a failure left unchecked come after it (and after every checked row), not above.
    for item in sorted(report.items, key=lambda item: item.status is CheckStatus.SKIPPED):
        tag = "WARN!" if item.severe else STATUS_TAGS[item.status]
        lines.append(f"  [{tag:>5}] {ITEM_NAMES[item.id]:<13} {item.message}")
        if item.fix is not None and item.status is not CheckStatus.PASS:
            lines.append(f"          {'':<13} Fix: {item.fix}")
    if report.detected_region is not None or report.detected_environment is not None:
        region = report.detected_region or report.region
        environment = report.detected_environment or report.environment
        lines.append(
            f"This key belongs to OKX {REGIONS[region].name} ({environment.value}): "
            f"check it there (--region {region.value}"
            + (" --demo" if environment is Environment.DEMO else "")
            + ")."
        )
    if report.trading is not None:
        lines.append(f"Total equity: {format_usd(report.trading.total_equity_usd)} USD")
        lines.append("Trading account:" if report.trading.details else "Trading account: empty")
        for c in report.trading.details:
            lines.append(
                f"  {c.ccy:<8} equity {format_amount(c.equity):>18}  available "
                f"{format_amount(c.available):>18}  ≈ {format_usd(c.usd_value)} USD"
            )
    if report.funding is not None:
        lines.append("Funding account:" if report.funding.details else "Funding account: empty")
        for f in report.funding.details:
            lines.append(
                f"  {f.ccy:<8} balance {format_amount(f.balance):>17}  available "
                f"{format_amount(f.available):>18}"
            )
    lines.append(_verdict(report, refused))
    return "\n".join(lines)


def _verdict(report: ConnectionReport, refused: SaveOutcome | None) -> str:
    if report.cancelled:
        return "Result: cancelled."
    if not report.ok:
        return "Result: problem." + (f" {report.error.cause}" if report.error else "")
    if refused is not None:
        return f"Result: not usable. {refused.reason}"
    return "Result: connected."


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
