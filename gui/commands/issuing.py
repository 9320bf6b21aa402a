"""``okx-key-manager manager`` and ``issue``: the manager key, and bot keys no person sees.

``manager LABEL --yes`` marks a saved key of the master account as the manager key, after
printing what that means. ``issue --from MANAGER --sub-account NAME --ip IP[,IP…] --yes``
creates a sub-account's key through it and saves it straight from OKX's answer. Every command
that changes something on OKX needs ``--yes``; none prints a secret. Docs: docs/bots.md.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
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
    store_error,
)

if TYPE_CHECKING:
    from gui.connections.environment import OkxTarget
    from gui.connections.manager_key import IssuingError
    from gui.vault.store import ConnectionStore


def add_server_and_store_arguments(parser: argparse.ArgumentParser, *, changes: bool) -> None:
    from gui.okx.check_cli import add_server_arguments

    if changes:
        parser.add_argument(
            "--yes", action="store_true", help="do it: changes on OKX need this confirmation"
        )
    add_server_arguments(parser)
    add_store_arguments(parser)


def add_manager_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("label", metavar="LABEL", help="the saved key of the master account")
    parser.add_argument("--unmark", action="store_true", help="no longer use it as manager key")
    add_server_and_store_arguments(parser, changes=True)


def add_issue_arguments(parser: argparse.ArgumentParser) -> None:
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


def target_of(args: argparse.Namespace, console: Console) -> OkxTarget:
    """OKX, or the server ``--base-url`` names (for every region)."""
    from gui.connections.environment import OkxTarget
    from gui.okx.check_cli import base_url_refusal, warn_non_okx
    from gui.okx.regions import Region

    if args.base_url is None:
        return OkxTarget(timeout=args.timeout)
    refusal = base_url_refusal(args.base_url, args.allow_non_okx_host)
    if refusal is not None:
        raise CommandError(EXIT_USAGE, refusal)
    warn_non_okx(args.base_url, console.err)
    return OkxTarget(dict.fromkeys(Region, args.base_url), timeout=args.timeout)


def failed(error: IssuingError) -> CommandError:
    return CommandError(EXIT_FAILED, "\n".join(error.lines()))


def need_yes(args: argparse.Namespace, what: str) -> None:
    if not args.yes:
        raise CommandError(EXIT_USAGE, f"{what} Nothing was changed: add --yes to do it.")


def print_leftovers(store: ConnectionStore, console: Console) -> None:
    """The keys an interrupted run left on OKX (from the store's records, no network)."""
    from gui.connections.leftovers import leftovers

    for leftover in leftovers(store):
        print(f"WARNING: {leftover.message}", file=console.err)


@contextmanager
def opened(args: argparse.Namespace, console: Console) -> Iterator[ConnectionStore]:
    """The store, its leftovers reported, its errors turned into exit statuses, locked after."""
    from gui.connections.manager_key import IssuingError
    from gui.vault.errors import VaultError

    store = open_store(args, console)
    try:
        print_leftovers(store, console)
        yield store
    except VaultError as exc:
        raise store_error(exc) from None
    except IssuingError as error:
        raise failed(error) from None
    finally:
        store.lock()


def run_manager(args: argparse.Namespace, console: Console | None = None) -> int:
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


def run_issue(args: argparse.Namespace, console: Console | None = None) -> int:
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
            "To be checked from the server: this computer's IP is not bound to the key.",
            file=console.out,
        )
    print(f"Start the bot with:\n  {run_line(connection)}", file=console.out)
    return EXIT_OK
