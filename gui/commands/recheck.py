"""``okx-key-manager check LABEL``: checks a saved key from here (on the server a key is bound
to) and records the result — what follows ``add --no-check`` made elsewhere. A key that turns
out able to withdraw is removed: nothing keeps a key that can withdraw."""

from __future__ import annotations

import argparse

from gui.commands.common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
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
    from gui.bots.migrate import acceptable
    from gui.connections.checking import check_saved, record_outcomes
    from gui.connections.edits import delete_connection
    from gui.connections.environment import OkxTarget
    from gui.connections.stores import find_by_label
    from gui.okx.check_cli import base_url_refusal, base_urls_for, format_report, warn_non_okx
    from gui.vault.errors import VaultError

    console = console or Console()
    try:
        if args.base_url is not None:
            refusal = base_url_refusal(args.base_url, args.allow_non_okx_host)
            if refusal is not None:
                raise CommandError(EXIT_USAGE, refusal)
            warn_non_okx(args.base_url, console.err)
        store = open_store(args, console)
        try:
            connection = find_by_label(store, args.label)
            target = OkxTarget(base_urls_for(args, connection.region), timeout=args.timeout)
            outcome = check_saved(store, connection, target)
            key = store.get_credentials(connection.id).api_key
            print(format_report(outcome.report, key), file=console.out)
            if outcome.report.ok and not acceptable(outcome.report):
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
    return EXIT_OK if outcome.report.ok else EXIT_FAILED
