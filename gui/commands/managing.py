"""``okx-key-manager manager LABEL --yes``: marks a saved key of the master account as the manager
key, after printing what that means (``--unmark``: no longer). docs/bots.md."""

from __future__ import annotations

import argparse

from gui.commands.common import EXIT_OK, CommandError, Console, report
from gui.commands.issued_common import (
    add_server_and_store_arguments,
    need_yes,
    opened,
    target_of,
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("label", metavar="LABEL", help="the saved key of the master account")
    parser.add_argument("--unmark", action="store_true", help="no longer use it as manager key")
    add_server_and_store_arguments(parser, changes=True)


def run(args: argparse.Namespace, console: Console | None = None) -> int:
    from gui.connections.manager_key import MANAGER_RISK, mark_manager, unmark_manager
    from gui.connections.stores import find_by_label

    console = console or Console()
    try:
        target = target_of(args, console)
        with opened(args, console) as store:
            connection = find_by_label(store, args.label)
            if args.unmark:
                unmark_manager(store, connection.id)
                print(f"“{connection.label}” is no longer the manager key.", file=console.out)
                return EXIT_OK
            print(str(MANAGER_RISK), file=console.out)
            need_yes(args, f"Mark “{connection.label}” as the manager key?")
            marked = mark_manager(store, connection.id, target)
    except CommandError as error:
        return report("manager", error, console)
    print(
        f"“{marked.label}” is the manager key of the master account {marked.facts.uid} "
        f"(bound to {', '.join(marked.facts.bound_ips)}).",
        file=console.out,
    )
    return EXIT_OK
