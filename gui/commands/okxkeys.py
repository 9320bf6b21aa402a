"""``okx-key-manager keys --from MANAGER``: every sub-account key OKX reports beside what the app
holds; ``--clean-up --yes`` deletes what an interrupted run left. docs/bots.md."""

from __future__ import annotations

import argparse

from gui.commands.common import EXIT_OK, CommandError, Console, report
from gui.commands.issued_common import (
    add_server_and_store_arguments,
    failed,
    need_yes,
    opened,
    target_of,
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="manager", metavar="MANAGER", required=True)
    parser.add_argument(
        "--clean-up", action="store_true", help="delete on OKX the keys an interrupted run left"
    )
    add_server_and_store_arguments(parser, changes=True)


def run(args: argparse.Namespace, console: Console | None = None) -> int:
    from gui.connections.drift import clean_up, drift
    from gui.connections.manager_key import IssuingError, find_manager

    console = console or Console()
    try:
        target = target_of(args, console)
        with opened(args, console) as store:
            manager = find_manager(store, args.manager)
            if args.clean_up:
                need_yes(args, "Delete on OKX the keys an interrupted run left?")
                try:
                    handled = clean_up(store, manager, target)
                except IssuingError as error:
                    raise failed(error) from None
                print(f"Cleaned up {len(handled)} leftover key(s).", file=console.out)
            rows = drift(store, manager, target)
    except CommandError as error:
        return report("keys", error, console)
    headers = ("SUB-ACCOUNT", "NOTE ON OKX", "API KEY", "PERMISSIONS", "IPS", "STATE", "SAVED AS")
    table = [
        (
            r.sub_account,
            r.okx_label,
            r.masked,
            ",".join(r.permissions),
            ",".join(r.ips) or "-",
            str(r.state_name) + (f" ({r.detail})" if r.detail else ""),
            r.connection_label or "-",
        )
        for r in rows
    ]
    widths = [max(len(h), *(len(row[i]) for row in table)) for i, h in enumerate(headers)]
    for row in (headers, *table):
        line = "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True))
        print(line.rstrip(), file=console.out)
    return EXIT_OK
