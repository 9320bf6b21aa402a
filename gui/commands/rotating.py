"""``okx-key-manager rotate``, ``revoke`` and ``keys``: the issued keys' lifetime.

``rotate LABEL --yes`` (or ``rotate --due --yes`` from a timer) replaces an issued key by a new
one and deletes the old one on OKX; ``revoke LABEL --yes`` (or ``--all-issued --from MANAGER``)
deletes keys on OKX, then here; ``keys --from MANAGER`` lists every sub-account key OKX reports
beside what the app holds, and ``--clean-up --yes`` deletes what an interrupted run left.
"""

from __future__ import annotations

import argparse
from datetime import date

from gui.commands.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, CommandError, Console, report
from gui.commands.issuing import add_server_and_store_arguments, failed, need_yes, opened, target_of


def add_rotate_arguments(parser: argparse.ArgumentParser) -> None:
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


def add_revoke_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("label", metavar="LABEL", nargs="?", help="the issued key to revoke")
    parser.add_argument(
        "--all-issued", action="store_true", help="every key issued through --from MANAGER"
    )
    parser.add_argument("--from", dest="manager", metavar="MANAGER")
    add_server_and_store_arguments(parser, changes=True)


def add_keys_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="manager", metavar="MANAGER", required=True)
    parser.add_argument(
        "--clean-up", action="store_true", help="delete on OKX the keys an interrupted run left"
    )
    add_server_and_store_arguments(parser, changes=True)


def run_rotate(args: argparse.Namespace, console: Console | None = None) -> int:
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


def run_revoke(args: argparse.Namespace, console: Console | None = None) -> int:
    from gui.connections.manager_key import find_manager
    from gui.connections.rotation import revoke_all_issued, revoke_issued
    from gui.connections.stores import find_by_label

    console = console or Console()
    try:
        if args.all_issued == bool(args.label) or (args.all_issued and not args.manager):
            raise CommandError(
                EXIT_USAGE, "name one issued key (revoke LABEL), or --all-issued --from MANAGER."
            )
        target = target_of(args, console)
        with opened(args, console) as store:
            if args.all_issued:
                manager = find_manager(store, args.manager)
                need_yes(
                    args,
                    "Delete on OKX, then here, EVERY key issued through "
                    f"“{manager.connection.label}”?",
                )
                results = revoke_all_issued(store, manager, target)
            else:
                connection = find_by_label(store, args.label)
                need_yes(args, f"Delete “{connection.label}” on OKX, then here?")
                results = [revoke_issued(store, connection.id, target)]
    except CommandError as error:
        return report("revoke", error, console)
    for result in results:
        print(f"Revoked “{result.label}”.", file=console.out)
        if result.note is not None:
            print(f"  {result.note}", file=console.out)
    if not results:
        print("No key was issued through this manager key.", file=console.out)
    return EXIT_OK


def run_keys(args: argparse.Namespace, console: Console | None = None) -> int:
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
