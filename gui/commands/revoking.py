"""``okx-key-manager revoke LABEL --yes`` (or ``--all-issued --from MANAGER``): deletes issued keys
on OKX, then here. docs/bots.md."""

from __future__ import annotations

import argparse

from gui.commands.common import EXIT_OK, EXIT_USAGE, CommandError, Console, report
from gui.commands.issued_common import (
    add_server_and_store_arguments,
    need_yes,
    opened,
    target_of,
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("label", metavar="LABEL", nargs="?", help="the issued key to revoke")
    parser.add_argument(
        "--all-issued", action="store_true", help="every key issued through --from MANAGER"
    )
    parser.add_argument("--from", dest="manager", metavar="MANAGER")
    add_server_and_store_arguments(parser, changes=True)


def run(args: argparse.Namespace, console: Console | None = None) -> int:
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
