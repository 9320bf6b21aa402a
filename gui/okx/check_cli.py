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
from decimal import Decimal
from typing import TextIO

from gui.okx.check import ConnectionReport, check_connection
from gui.okx.check_items import CheckId, CheckStatus
from gui.okx.regions import REGIONS, Environment, Region
from gui.okx.signing import Credentials, mask
from gui.okx.transport import proxy_for
from gui.okx.urls import BadUrlError, parse_base_url, try_parse

ENV_API_KEY = "OKX_API_KEY"
ENV_SECRET_KEY = "OKX_SECRET_KEY"  # noqa: S105 - the variable's name
ENV_PASSPHRASE = "OKX_PASSPHRASE"  # noqa: S105 - the variable's name

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


def add_server_arguments(parser: argparse.ArgumentParser) -> None:
    """``--base-url`` and ``--timeout``: every command that talks to OKX takes them (``check``,
    ``add``, ``migrate``)."""
    parser.add_argument(
        "--base-url",
        metavar="URL",
        help="talk to this server instead of OKX's host for --region (a simulator, a proxy); "
        "needs --allow-non-okx-host unless it is one of OKX's own addresses",
    )
    parser.add_argument(
        "--allow-non-okx-host",
        action="store_true",
        help="accept that --base-url is not OKX: your API key, passphrase and signed requests "
        "go to that server, which can use them",
    )
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds per request")


def warn_non_okx(base_url: str | None, err: TextIO) -> None:
    """The warning printed before anything is sent to a server that is not OKX's."""
    parsed = try_parse(base_url) if base_url is not None else None
    if parsed is not None and not parsed.is_official:
        print(
            f"WARNING: sending your API key and passphrase to {parsed.url}, which is not "
            "OKX's server (--allow-non-okx-host).",
            file=err,
            flush=True,
        )


def base_urls_for(args: argparse.Namespace, region: Region) -> dict[Region, str] | None:
    """The servers ``--base-url`` names for a key of ``region``; None: OKX's own. The URL handed
    on is rebuilt from its parsed parts (:func:`gui.okx.urls.parse_base_url`), not the string."""
    return {region: parse_base_url(args.base_url).url} if args.base_url else None


def _amount(value: Decimal) -> str:
    return f"{value:,.8f}".rstrip("0").rstrip(".")


def format_report(report: ConnectionReport, api_key: str) -> str:
    """The report as plain English text: one line per item, then the balances."""
    info = REGIONS[report.region]
    lines = [
        f"Checking API key {mask(api_key)} on OKX {info.name} ({report.environment.value})",
        f"Server: {report.base_url}",
    ]
    if not report.is_official:
        lines.append("NOTE: this is not OKX's server (simulator or custom address).")
    proxy = proxy_for(report.base_url)
    if proxy is not None:
        lines.append(f"Proxy: {proxy} (from the environment; it sees only an encrypted tunnel)")
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
        lines.append(f"Total equity: {_amount(report.trading.total_equity_usd)} USD")
        lines.append("Trading account:" if report.trading.details else "Trading account: empty")
        for c in report.trading.details:
            lines.append(
                f"  {c.ccy:<8} equity {_amount(c.equity):>18}  available "
                f"{_amount(c.available):>18}  ≈ {_amount(c.usd_value)} USD"
            )
    if report.funding is not None:
        lines.append("Funding account:" if report.funding.details else "Funding account: empty")
        for f in report.funding.details:
            lines.append(
                f"  {f.ccy:<8} balance {_amount(f.balance):>17}  available "
                f"{_amount(f.available):>18}"
            )
    if report.cancelled:
        lines.append("Result: cancelled.")
    elif report.ok:
        lines.append("Result: connected.")
    else:
        lines.append("Result: problem." + (f" {report.error.cause}" if report.error else ""))
    return "\n".join(lines)


def _credentials_from_user(
    env: Mapping[str, str], ask: Callable[[str], str], ask_hidden: Callable[[str], str]
) -> Credentials:
    api_key = env.get(ENV_API_KEY) or ask("API key: ")
    secret_key = env.get(ENV_SECRET_KEY) or ask_hidden("Secret key (hidden): ")
    passphrase = env.get(ENV_PASSPHRASE) or ask_hidden("Passphrase (hidden): ")
    return Credentials(api_key.strip(), secret_key.strip(), passphrase.strip())


def base_url_refusal(url: str, allowed: bool) -> str | None:
    """Why ``--base-url`` is refused, or None. One parse (:func:`gui.okx.urls.parse_base_url`,
    the HTTP library's own parser): the host judged here is the host connected to."""
    try:
        parsed = parse_base_url(url)
    except BadUrlError as exc:
        return f"{exc} Nothing was sent."
    url = parsed.url
    if not parsed.may_sign:
        return (
            f"{url} starts with http://: your key would cross the network unencrypted. Use an "
            "https:// address (plain http:// is allowed only to this computer: 127.0.0.1, ::1, "
            "localhost)."
        )
    if not parsed.is_official and not allowed:
        return (
            f"{url} is not OKX's server. Your API key, passphrase and signed requests would be "
            "sent to it, and whoever runs it could trade with your key. If you trust it (a "
            "simulator, your own proxy), add --allow-non-okx-host."
        )
    return None


def run(
    args: argparse.Namespace,
    out: TextIO = sys.stdout,
    err: TextIO = sys.stderr,
    env: Mapping[str, str] = os.environ,
    ask: Callable[[str], str] = input,
    ask_hidden: Callable[[str], str] = getpass.getpass,
) -> int:
    region = Region(args.region)
    environment = Environment.DEMO if args.demo else Environment.LIVE
    if args.simulator:
        from gui.okx.simulator import Simulator

        with Simulator() as sim:
            names = [k.name for k in sim.keys]
            if args.simulator not in names:
                print(
                    f"okx-key-manager check: the simulator has no key {args.simulator!r}; "
                    f"choose one of: {', '.join(names)}",
                    file=err,
                )
                return 2
            credentials = sim.key(args.simulator).credentials
            report = check_connection(
                credentials,
                region=region,
                environment=environment,
                base_urls=sim.base_urls,
                timeout=args.timeout,
            )
    else:
        base_url: str | None = args.base_url
        if base_url is not None:
            refusal = base_url_refusal(base_url, args.allow_non_okx_host)
            if refusal is not None:
                print(f"okx-key-manager check: {refusal}", file=err)
                return 2
        try:
            credentials = _credentials_from_user(env, ask, ask_hidden)
        except (EOFError, KeyboardInterrupt):
            print("\nokx-key-manager check: no credentials given.", file=err)
            return 2
        if not all((credentials.api_key, credentials.secret_key, credentials.passphrase)):
            print(
                "okx-key-manager check: the API key, secret key and passphrase are all needed "
                f"(set {ENV_API_KEY}, {ENV_SECRET_KEY}, {ENV_PASSPHRASE} or type them).",
                file=err,
            )
            return 2
        warn_non_okx(base_url, err)
        report = check_connection(
            credentials,
            region=region,
            environment=environment,
            base_urls=base_urls_for(args, region),
            timeout=args.timeout,
        )
    print(format_report(report, credentials.api_key), file=out)
    return 0 if report.ok else 1
