"""``okx-key-manager check LABEL``: checks a saved key from here (on the server a key is bound
to) and records the result — what follows ``add --no-check`` made elsewhere. A key that turns
out able to withdraw is removed: nothing keeps a key that can withdraw."""

from __future__ import annotations

import argparse

from gui.commands.common import (
    EXIT_FAILED,
    EXIT_OK,
    CommandError,
    Console,
    add_store_arguments,
    open_store,
    report,
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "label",
        nargs="?",
        help="check this saved connection and record the result (else: a key from "
        "OKX_API_KEY... or asked for)",
    )
    add_store_arguments(parser)


def run(args: argparse.Namespace, console: Console | None = None) -> int:
    from gui.commands.reports import format_report
    from gui.commands.server import refuse_base_url, target_for
    from gui.connections.checking import check_saved, record_outcomes
    from gui.connections.edits import delete_connection
    from gui.connections.errors import VaultError
    from gui.connections.saving import Verdict, refusal
    from gui.connections.stores import find_by_label

    console = console or Console()
    try:
        refuse_base_url(args, console)
        store = open_store(args, console)
        try:
            connection = find_by_label(store, args.label)
            outcome = check_saved(store, connection, target_for(args, connection.region))
            key = store.get_credentials(connection.id).api_key
            refused = refusal(outcome.report)
            print(format_report(outcome.report, key, refused), file=console.out)
            if refused is not None and refused.verdict is Verdict.CAN_WITHDRAW:
                delete_connection(store, connection.id)
                print(
                    f"“{connection.label}” can withdraw: OKX Key Manager keeps no key that can "
                    "withdraw, so it was removed. Create a key without the Withdraw permission "
                    "on OKX, then add it.",
                    file=console.err,
                )
                return EXIT_FAILED
            record_outcomes(store, [outcome])
        except VaultError as exc:
            from gui.commands.common import store_error

            raise store_error(exc) from None
        finally:
            store.lock()
    except CommandError as error:
        return report("check", error, console)
    print(f"Recorded the result for “{connection.label}”.", file=console.out)
    return EXIT_OK if refused is None else EXIT_FAILED
