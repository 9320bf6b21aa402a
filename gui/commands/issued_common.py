"""What the issued-key commands share (``manager``, ``issue``, ``rotate``, ``revoke``, ``keys``):
OKX or ``--base-url``, ``--yes`` for changes, the store opened with its leftovers reported, and
the use cases' errors as exit statuses. Docs: docs/bots.md.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from gui.commands.common import (
    EXIT_FAILED,
    EXIT_USAGE,
    CommandError,
    Console,
    add_store_arguments,
    open_store,
    store_error,
)

if TYPE_CHECKING:
    from gui.connections.environment import OkxTarget
    from gui.connections.manager_key import IssuingError
    from gui.connections.storage import ConnectionStore


def add_server_and_store_arguments(parser: argparse.ArgumentParser, *, changes: bool) -> None:
    from gui.commands.server import add_server_arguments

    if changes:
        parser.add_argument(
            "--yes", action="store_true", help="do it: changes on OKX need this confirmation"
        )
    add_server_arguments(parser)
    add_store_arguments(parser)


def target_of(args: argparse.Namespace, console: Console) -> OkxTarget:
    """OKX, or the server ``--base-url`` names (for every region)."""
    from gui.commands.server import refuse_base_url
    from gui.okx.regions import Region
    from gui.okx.target import OkxTarget
    from gui.okx.urls import parse_base_url

    if args.base_url is None:
        return OkxTarget(timeout=args.timeout)
    refuse_base_url(args, console)
    url = parse_base_url(args.base_url).url
    return OkxTarget(dict.fromkeys(Region, url), timeout=args.timeout)


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
    from gui.connections.errors import VaultError
    from gui.connections.manager_key import IssuingError

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
