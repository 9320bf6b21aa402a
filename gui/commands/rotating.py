"""``okx-key-manager rotate LABEL --yes`` (or ``rotate --due --yes`` from a timer): replaces an
issued key by a new one and deletes the old one on OKX. docs/bots.md."""

from __future__ import annotations

import argparse
from datetime import date

from gui.commands.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, CommandError, Console, report
from gui.commands.issued_common import (
    add_server_and_store_arguments,
    need_yes,
    opened,
    target_of,
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("label", metavar="LABEL", nargs="?", help="the issued key to rotate")
    parser.add_argument(
        "--due",
        action="store_true",
        help="rotate every issued key older than its interval (for a cron job or systemd timer)",
    )
    parser.add_argument(
        "--every",
        metavar="DAYS",
        type=int,
        default=0,
        help="with --due: the interval of issued keys that have none (default: only theirs)",
    )
    add_server_and_store_arguments(parser, changes=True)


def run(args: argparse.Namespace, console: Console | None = None) -> int:
    from gui.connections.manager_key import IssuingError
    from gui.connections.rotation import due, rotate_issued
    from gui.connections.stores import find_by_label

    console = console or Console()
    errors = 0
    try:
        if bool(args.label) == bool(args.due):
            raise CommandError(EXIT_USAGE, "name one issued key (rotate LABEL), or give --due.")
        target = target_of(args, console)
        with opened(args, console) as store:
            if args.due:
                chosen = due(store, date.today(), args.every)
                if not chosen:
                    print("No issued key is due for rotation.", file=console.out)
                    return EXIT_OK
            else:
                chosen = [find_by_label(store, args.label)]
            names = ", ".join(f"“{c.label}”" for c in chosen)
            need_yes(args, f"Rotate {names} (a new key on OKX, the old one deleted)?")
            for connection in chosen:
                try:
                    result = rotate_issued(
                        store,
                        connection.id,
                        target,
                        progress=lambda t: print(t, file=console.err),
                    )
                except IssuingError as error:
                    errors += 1
                    print(f"“{connection.label}”: " + "\n".join(error.lines()), file=console.err)
                    continue
                print(
                    f"Rotated “{result.connection.label}”: now {result.connection.masked_api_key};"
                    " the old key is deleted on OKX. Restart bots already running with it.",
                    file=console.out,
                )
    except CommandError as error:
        return report("rotate", error, console)
    return EXIT_FAILED if errors else EXIT_OK
