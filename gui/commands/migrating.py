"""``okx-key-manager migrate PATH``: checks each key found in PATH, saves it, rewrites PATH
without it, and prints the ``run`` command to use from now on (see :mod:`gui.bots.migrate`)."""

from __future__ import annotations

import argparse
import shlex
from pathlib import Path
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
)

if TYPE_CHECKING:
    from gui.bots.migrate import FileOutcome, KeyOutcome


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from gui.okx.check_cli import add_server_arguments

    parser.add_argument("path", metavar="PATH", help="the file holding the keys")
    parser.add_argument("--label", help="the connection's name, when the file holds one key")
    add_server_arguments(parser)
    add_store_arguments(parser)


def next_command(outcome: KeyOutcome) -> str:
    """The ``run`` command that replaces the file's keys for this key's tool."""
    from gui.bots.findings import Kind
    from gui.bots.presets import PRESETS, Tool

    finding = outcome.finding
    tool = finding.tool or Tool.OKX
    path = str(finding.path)
    if finding.kind is Kind.FREQTRADE:
        command = ["freqtrade", "trade", "--config", path]
    elif finding.kind is Kind.COMPOSE:
        command = ["docker", "compose", "-f", path, "up", "-d"]
    elif finding.kind is Kind.OKX_TOML:
        command = ["okx", "--profile", finding.name, "account", "balance"]
    else:
        command = list(PRESETS[tool].example_command)
    return shlex.join(["okx-key-manager", "run", outcome.label, "--as", tool.value, "--", *command])


def print_outcome(outcome: FileOutcome, console: Console) -> None:
    from gui.bots.migrate import KeyStatus
    from gui.bots.rewrite import Exposure
    from gui.okx.regions import REGIONS
    from gui.okx.signing import mask

    for key in outcome.keys:
        finding = key.finding
        credentials = finding.credentials
        shown = mask(credentials.api_key) if credentials is not None else "?"
        where = f"the key {shown} (line {finding.line})"
        if key.status is KeyStatus.SAVED:
            print(f"Checked and saved {where} as “{key.label}”.", file=console.out)
        elif key.status is KeyStatus.ALREADY_SAVED:
            print(f"{where.capitalize()} was already saved as “{key.label}”.", file=console.out)
        else:
            reason = str(key.reason).rstrip(".")  # a sentence already: one full stop, not two
            print(
                f"{where.capitalize()} did not pass the check: {reason}. It stays in the "
                "file, untouched.",
                file=console.out,
            )
    if outcome.error is not None:
        print(f"okx-key-manager migrate: {outcome.error}", file=console.err)
    moved = [k for k in outcome.keys if k.moved]
    if outcome.rewritten:
        print(
            f"Removed {len(moved)} key(s) from {outcome.path}; everything else in it is unchanged.",
            file=console.out,
        )
        print("From now on, start the tool with:", file=console.out)
        for key in moved:
            print(f"  {next_command(key)}", file=console.out)
    pages = sorted({REGIONS[k.region].api_page(k.environment) for k in moved})
    if outcome.exposures & {Exposure.GIT_TRACKED, Exposure.GIT_HISTORY}:
        state = "is tracked" if Exposure.GIT_TRACKED in outcome.exposures else "was tracked"
        print(
            f"WARNING: {outcome.path} {state} by git: the key is still in the repository's "
            "history and in every clone. Rotate it: create a new key on OKX, delete this one "
            f"there ({', '.join(pages)}), then rotate the connection in OKX Key Manager.",
            file=console.out,
        )
    if Exposure.SYNCED in outcome.exposures:
        print(
            f"WARNING: {outcome.path} is in a synced folder: copies and old versions of it may "
            f"remain with the sync service. Rotate the key ({', '.join(pages)}).",
            file=console.out,
        )


def run(args: argparse.Namespace, console: Console | None = None) -> int:
    from gui.bots.migrate import migrate_file
    from gui.bots.scan import scan_file
    from gui.connections.checking import check_key
    from gui.connections.environment import OkxTarget
    from gui.okx.check import ConnectionReport
    from gui.okx.check_cli import base_urls_for
    from gui.okx.regions import Environment, Region
    from gui.okx.signing import Credentials
    from gui.vault.errors import VaultError

    console = console or Console()
    path = Path(args.path).expanduser()
    try:
        if not path.is_file():
            raise CommandError(EXIT_USAGE, f"{path} is not a file.")
        found = scan_file(path)
        movable = [f for f in found if f.migratable]
        if not movable:
            print(f"No OKX key that can be moved was found in {path}.", file=console.out)
            for finding in found:
                print(f"  {finding.where()}: {finding.why_not_migratable()}", file=console.out)
            return EXIT_OK
        if args.label and len(movable) > 1:
            raise CommandError(EXIT_USAGE, f"{path} holds {len(movable)} keys: --label needs one.")
        from gui.okx.check_cli import base_url_refusal, warn_non_okx

        if args.base_url is not None:
            refusal = base_url_refusal(args.base_url, args.allow_non_okx_host)
            if refusal is not None:
                raise CommandError(EXIT_USAGE, refusal)
            warn_non_okx(args.base_url, console.err)
        store = open_store(args, console, create=True)

        def check(
            credentials: Credentials, region: Region, environment: Environment
        ) -> ConnectionReport:
            target = OkxTarget(base_urls_for(args, region), timeout=args.timeout)
            return check_key(credentials, region, environment, target)

        try:
            outcome = migrate_file(path, store, check, label=args.label)
        except VaultError as exc:
            from gui.commands.common import store_error

            raise store_error(exc) from None
        finally:
            store.lock()
    except CommandError as error:
        return report("migrate", error, console)
    print_outcome(outcome, console)
    return EXIT_OK if outcome.ok else EXIT_FAILED
