"""``okx-key-manager add``: checks a key like the wizard does, then saves it.

Credentials come from ``OKX_API_KEY``, ``OKX_SECRET_KEY`` and ``OKX_PASSPHRASE`` or are asked
for (secret key and passphrase without echo): never from arguments. What may be saved is decided
by :func:`gui.connections.saving.save_checked_key`, as for the wizard and ``migrate``."""

from __future__ import annotations

import argparse
import shlex
from typing import TYPE_CHECKING

from gui.commands.common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    Console,
    add_store_arguments,
    open_store,
    report,
    store_flags,
)

if TYPE_CHECKING:
    from gui.connections.saving import SaveOutcome
    from gui.connections.storage import ConnectionStore
    from gui.okx.signing import Credentials


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from gui.commands.server import add_key_arguments, add_server_arguments

    parser.add_argument("--label", help="the connection's name (default: from the API key)")
    add_key_arguments(parser)
    parser.add_argument(
        "--no-check",
        action="store_true",
        help="save without checking from here (a key bound to another machine's IP address, "
        "which OKX refuses here): its status is 'not checked' until 'okx-key-manager check "
        "LABEL' is run there",
    )
    add_server_arguments(parser)
    add_store_arguments(parser)


def run(args: argparse.Namespace, console: Console | None = None) -> int:
    from gui.commands.server import read_credentials, refuse_base_url
    from gui.connections.errors import VaultError
    from gui.connections.saving import Verdict

    console = console or Console()
    try:
        credentials = read_credentials(console)
        refuse_base_url(args, console)
        store = open_store(args, console, create=True)
        try:
            outcome = _check_and_save(args, store, credentials, console)
        except VaultError as exc:
            from gui.commands.common import store_error

            raise store_error(exc) from None
        finally:
            store.lock()
    except CommandError as error:
        return report("add", error, console)
    if outcome.stored and outcome.connection is None:  # already saved: nothing to do
        print(outcome.reason, file=console.out)
        return EXIT_OK
    if outcome.connection is None:
        print(f"Not saved: {outcome.reason}", file=console.err)
        return EXIT_USAGE if outcome.verdict is Verdict.LABEL_TAKEN else EXIT_FAILED
    print(_saved_message(args, credentials, outcome.label), file=console.out)
    return EXIT_OK


def _check_and_save(
    args: argparse.Namespace, store: ConnectionStore, credentials: Credentials, console: Console
) -> SaveOutcome:
    """Checks the key like the wizard does (unless ``--no-check``), prints the report, and
    saves it by the one rule (:func:`gui.connections.saving.save_checked_key`)."""
    from gui.commands.reports import format_report
    from gui.commands.server import target_for
    from gui.connections.checking import check_key
    from gui.connections.saving import NotChecked, refusal, save_checked_key
    from gui.okx.regions import Environment, Region

    region = Region(args.region)
    environment = Environment.DEMO if args.demo else Environment.LIVE
    label = args.label or ""
    if args.no_check:
        return save_checked_key(store, credentials, region, environment, NotChecked(), label=label)
    result = check_key(credentials, region, environment, target_for(args, region))
    print(format_report(result, credentials.api_key, refusal(result)), file=console.out)
    return save_checked_key(store, credentials, region, environment, result, label=label)


def _saved_message(args: argparse.Namespace, credentials: Credentials, label: str) -> str:
    from gui.okx.signing import mask

    if args.no_check:
        check = ["okx-key-manager", "check", label, *store_flags(args)]
        return (
            f"Saved {mask(credentials.api_key)} as “{label}”, not checked from here. On the "
            "machine the key is bound to, check it (this records the result; a key that can "
            f"withdraw is removed):\n  {shlex.join(check)}"
        )
    use = ["okx-key-manager", "run", label, "--as", "okx", *store_flags(args)]
    return f"Saved {mask(credentials.api_key)} as “{label}”. Use it with, e.g.:\n  " + shlex.join(
        [*use, "--", "okx", "account", "balance"]
    )
