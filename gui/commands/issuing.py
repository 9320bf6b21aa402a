"""``okx-key-manager issue --from MANAGER --sub-account NAME --ip IP[,IP…] --yes``: creates a
sub-account's key through the manager key and saves it straight from OKX's answer (no person
sees it). docs/bots.md."""

from __future__ import annotations

import argparse
import shlex

from gui.commands.common import EXIT_OK, EXIT_USAGE, CommandError, Console, report
from gui.commands.issued_common import (
    add_server_and_store_arguments,
    failed,
    need_yes,
    opened,
    target_of,
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="manager", metavar="MANAGER", required=True)
    parser.add_argument("--sub-account", metavar="NAME", required=True)
    parser.add_argument(
        "--ip", metavar="IP[,IP…]", required=True, help="the bot server's IPs (at most 20)"
    )
    parser.add_argument("--label", default="", help="the saved key's name")
    parser.add_argument("--read-only", action="store_true", help="Read only (default Read+Trade)")
    parser.add_argument(
        "--rotate-every", metavar="DAYS", type=int, default=0, help="rotation interval for --due"
    )
    parser.add_argument(
        "--create-sub-account", action="store_true", help="create a standard sub-account NAME"
    )
    add_server_and_store_arguments(parser, changes=True)


def run(args: argparse.Namespace, console: Console | None = None) -> int:
    from gui.connections.issuing import IssueRequest, issue_key, parse_ips, run_line
    from gui.connections.manager_key import IssuingError, find_manager

    console = console or Console()
    try:
        if args.rotate_every < 0:
            raise CommandError(EXIT_USAGE, "--rotate-every needs a number of days (0: none).")
        try:
            ips = parse_ips(args.ip)
        except IssuingError as error:
            raise failed(error) from None
        target = target_of(args, console)
        with opened(args, console) as store:
            manager = find_manager(store, args.manager)
            perms = "Read" if args.read_only else "Read + Trade"
            need_yes(
                args,
                f"Create a {perms} key for the sub-account {args.sub_account}, bound to "
                f"{', '.join(ips)}, through the manager key “{manager.connection.label}”?",
            )
            request = IssueRequest(
                args.sub_account,
                ips,
                args.label,
                read_only=args.read_only,
                rotation_days=args.rotate_every,
                create_sub_account=args.create_sub_account,
            )
            result = issue_key(
                store, manager, request, target, progress=lambda t: print(t, file=console.err)
            )
    except CommandError as error:
        return report("issue", error, console)
    connection = result.connection
    print(
        f"Issued {connection.masked_api_key} for the sub-account {args.sub_account} and saved it "
        f"as “{connection.label}” (never shown, never copied).",
        file=console.out,
    )
    if result.checked_here:
        report_ok = result.report is not None and result.report.error is None
        print(
            "Checked from here: " + ("it works." if report_ok else "it does NOT work yet."),
            file=console.out,
        )
    else:
        print(
            "To be checked from the server: this computer's IP is not bound to the key. There, "
            f"check it with: okx-key-manager check {shlex.quote(connection.label)}",
            file=console.out,
        )
    print(f"Start the bot with:\n  {run_line(connection)}", file=console.out)
    return EXIT_OK
