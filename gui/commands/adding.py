"""``okx-key-manager add``: checks a key like the wizard does, then saves it.

Credentials come from ``OKX_API_KEY``, ``OKX_SECRET_KEY`` and ``OKX_PASSPHRASE`` or are asked
for (secret key and passphrase without echo): never from arguments."""

from __future__ import annotations

import argparse
import shlex

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


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from gui.okx.check_cli import add_server_arguments
    from gui.okx.regions import Region

    parser.add_argument("--label", help="the connection's name (default: from the API key)")
    parser.add_argument(
        "--region",
        choices=[r.value for r in Region],
        default=Region.GLOBAL.value,
        help="where the key was made: global (www.okx.com), eea (my.okx.com), us (app.okx.com)",
    )
    parser.add_argument("--demo", action="store_true", help="the key is a demo-trading key")
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
    from gui.bots.migrate import acceptable, saved_as
    from gui.connections.checking import check_key
    from gui.connections.edits import add_connection
    from gui.connections.environment import OkxTarget
    from gui.okx.check_cli import ENV_API_KEY, ENV_PASSPHRASE, ENV_SECRET_KEY, format_report
    from gui.okx.check_cli import _credentials_from_user as credentials_from_user
    from gui.okx.regions import Environment, Region
    from gui.okx.signing import mask
    from gui.vault.errors import VaultError
    from gui.vault.model import label_key, unique_label

    console = console or Console()
    region = Region(args.region)
    environment = Environment.DEMO if args.demo else Environment.LIVE
    try:
        try:
            credentials = credentials_from_user(console.env, console.ask, console.ask_hidden)
        except (EOFError, KeyboardInterrupt):
            raise CommandError(EXIT_USAGE, "no credentials given.") from None
        if not all((credentials.api_key, credentials.secret_key, credentials.passphrase)):
            raise CommandError(
                EXIT_USAGE,
                "the API key, secret key and passphrase are all needed (set "
                f"{ENV_API_KEY}, {ENV_SECRET_KEY}, {ENV_PASSPHRASE} or type them).",
            )
        from gui.okx.check_cli import base_url_refusal, warn_non_okx

        if args.base_url is not None:
            refusal = base_url_refusal(args.base_url, args.allow_non_okx_host)
            if refusal is not None:
                raise CommandError(EXIT_USAGE, refusal)
            warn_non_okx(args.base_url, console.err)
        store = open_store(args, console, create=True)
        try:
            existing = saved_as(store, credentials)
            if existing is not None:
                print(f"This key is already saved as “{existing}”.", file=console.out)
                return EXIT_OK
            taken = {label_key(c.label) for c in store.list()}
            default = f"okx-{credentials.api_key[-4:]}" if len(credentials.api_key) > 4 else "okx"
            label = args.label or unique_label(default, taken)
            if args.no_check:
                connection = add_connection(store, label, region, environment, credentials)
                print(
                    f"Saved {mask(credentials.api_key)} as “{connection.label}”, not checked "
                    "from here. On the machine the key is bound to, check it (this records the "
                    "result; a key that can withdraw is removed):\n  "
                    + shlex.join(
                        ["okx-key-manager", "check", connection.label, *store_flags(args)]
                    ),
                    file=console.out,
                )
                return EXIT_OK
            from gui.okx.check_cli import base_urls_for

            target = OkxTarget(base_urls_for(args, region), timeout=args.timeout)
            result = check_key(credentials, region, environment, target)
            print(format_report(result, credentials.api_key), file=console.out)
            if not acceptable(result):
                print("Not saved: fix the problem above, then add the key again.", file=console.err)
                return EXIT_FAILED
            connection = add_connection(store, label, region, environment, credentials, result)
        except VaultError as exc:
            from gui.commands.common import store_error

            raise store_error(exc) from None
        finally:
            store.lock()
    except CommandError as error:
        return report("add", error, console)
    print(
        f"Saved {mask(credentials.api_key)} as “{connection.label}”. Use it with, e.g.:\n  "
        + shlex.join(
            [
                "okx-key-manager",
                "run",
                connection.label,
                "--as",
                "okx",
                *store_flags(args),
                "--",
                "okx",
                "account",
                "balance",
            ]
        ),
        file=console.out,
    )
    return EXIT_OK
