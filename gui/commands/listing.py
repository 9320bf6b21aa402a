"""``okx-key-manager list``: the saved connections, never a secret.

Keys can wait in the keychain without a place in the list (the list file, ``connections.json``,
was lost or reset). ``list`` then says how many and how to get them back: ``list --restore``
lists them again (what the window's "Restore" offers), reading each one once to check it."""

from __future__ import annotations

import argparse
import json

from gui.commands.common import (
    EXIT_OK,
    CommandError,
    Console,
    add_store_arguments,
    open_store,
    report,
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print a JSON list")
    parser.add_argument(
        "--restore",
        action="store_true",
        help="first list again the keys that wait in the keychain without a place in the list",
    )
    add_store_arguments(parser)


def run(args: argparse.Namespace, console: Console | None = None) -> int:
    from gui.commands.common import store_error
    from gui.connections.status import diagnose_stored
    from gui.vault.errors import VaultError

    console = console or Console()
    try:
        store = open_store(args, console)
    except CommandError as error:
        return report("list", error, console)
    try:
        if args.restore:
            restored = store.restore_unlisted()
            print(f"Restored {len(restored)} key(s) from the keychain.", file=console.err)
        waiting = len(store.scan().unlisted)
    except VaultError as exc:
        store.lock()
        return report("list", store_error(exc), console)
    rows = []
    for connection in store.list():
        check = connection.facts.last_check
        diagnosis = diagnose_stored(connection)
        rows.append(
            {
                "label": connection.label,
                "region": connection.region.value,
                "environment": connection.environment.value,
                "status": diagnosis.status.value,
                "problem": None if diagnosis.cause is None else str(diagnosis.cause),
                "last_checked": None if check is None else check.at.isoformat(),
                "api_key": connection.masked_api_key,
            }
        )
    store.lock()
    if waiting:
        print(
            f"{waiting} key(s) wait in the keychain without a place in this list (its file "
            "was lost or reset). List them again with: okx-key-manager list --restore",
            file=console.err,
        )
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False), file=console.out)
        return EXIT_OK
    if not rows:
        if not waiting:
            print("No saved connections. Add one with: okx-key-manager add", file=console.out)
        return EXIT_OK
    headers = ("LABEL", "REGION", "ENVIRONMENT", "STATUS", "LAST CHECKED", "API KEY")
    table = [
        (
            str(r["label"]),
            str(r["region"]),
            str(r["environment"]),
            str(r["status"]),
            "never" if r["last_checked"] is None else str(r["last_checked"])[:16].replace("T", " "),
            str(r["api_key"]),
        )
        for r in rows
    ]
    widths = [max(len(h), *(len(row[i]) for row in table)) for i, h in enumerate(headers)]
    for row in (headers, *table):
        print(
            "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip(),
            file=console.out,
        )
    return EXIT_OK
