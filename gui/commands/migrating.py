"""``okx-key-manager migrate PATH``: checks each key found in PATH, saves it, rewrites PATH
without it, and prints the ``run`` command to use from now on (see :mod:`gui.bots.migrate`)."""

from __future__ import annotations

import argparse
import contextlib
import os
import shlex
from collections.abc import Sequence
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
    parser.add_argument(
        "--compose",
        action="store_true",
        help="for a freqtrade config: also add the variable names (never values) to the "
        "freqtrade service's environment: in the compose file beside it (a backup is kept); "
        "without it you are asked on a terminal",
    )
    add_server_arguments(parser)
    add_store_arguments(parser)


def next_command(
    outcome: KeyOutcome, store: Sequence[str] = (), compose: Path | None = None
) -> str:
    """The ``run`` command that replaces the file's keys for this key's tool; ``store`` are
    the store options the command line was given (so the command works when pasted)."""
    from gui.bots.findings import Kind
    from gui.bots.presets import PRESETS, Tool

    finding = outcome.finding
    tool = finding.tool or Tool.OKX
    path = str(finding.path)
    if finding.kind is Kind.FREQTRADE and compose is not None:
        command = ["docker", "compose", "-f", str(compose), "up", "-d"]
    elif finding.kind is Kind.FREQTRADE:
        command = ["freqtrade", "trade", "--config", path]
    elif finding.kind is Kind.COMPOSE:
        command = ["docker", "compose", "-f", path, "up", "-d"]
    elif finding.kind is Kind.OKX_TOML:
        command = ["okx", "--profile", finding.name, "account", "balance"]
    else:
        command = list(PRESETS[tool].example_command)
    words = ["okx-key-manager", "run", outcome.label, "--as", tool.value, *store, "--", *command]
    return shlex.join(words)


def print_outcome(
    outcome: FileOutcome,
    console: Console,
    store: Sequence[str] = (),
    compose: Path | None = None,
) -> None:
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
            print(f"  {next_command(key, store, compose)}", file=console.out)
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


def _compose_for(path: Path, outcome: FileOutcome) -> tuple[Path, str] | None:
    """The compose file beside a migrated freqtrade config, and its freqtrade service, when
    that service does not pass the names yet."""
    from gui.bots.compose import bot_service, find_compose_file, passed_names
    from gui.bots.findings import Kind

    if not any(k.moved and k.finding.kind is Kind.FREQTRADE for k in outcome.keys):
        return None
    compose = find_compose_file(path)
    if compose is None:
        return None
    try:
        text = compose.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None
    service = bot_service(text, "freqtrade")
    if service is None:
        return None
    passed = passed_names(text, service)
    if passed is not None and set(FREQTRADE_NAMES) <= passed:
        return None
    return compose, service.name


FREQTRADE_NAMES = (
    "FREQTRADE__EXCHANGE__KEY",
    "FREQTRADE__EXCHANGE__SECRET",
    "FREQTRADE__EXCHANGE__PASSWORD",
)


def _consent(args: argparse.Namespace, console: Console, compose: Path, service: str) -> bool:
    if args.compose:
        return True
    if not console.interactive():
        return False
    try:
        answer = console.ask(
            f"{compose} passes no key into its {service} container. Add the names "
            f"{', '.join(FREQTRADE_NAMES)} (names only) to its environment:, keeping a backup? "
            "[y/N] "
        )
    except (EOFError, KeyboardInterrupt):
        return False
    return answer.strip().lower() in ("y", "yes")


def update_compose(
    args: argparse.Namespace, console: Console, compose: Path, service: str
) -> Path | None:
    """Adds the names to the compose file with the user's consent; returns it when done."""
    from gui.bots.compose import ComposeEditRefused, add_names
    from gui.bots.rewrite import replace_file

    lines = "\n".join(f"      - {n}" for n in FREQTRADE_NAMES)
    by_hand = (
        f"Until then, docker compose starts freqtrade without its key: add these names (names "
        f"only) under the {service} service of {compose}:\n    environment:\n{lines}\n"
        "or run this migrate again with --compose."
    )
    if not _consent(args, console, compose, service):
        print(by_hand, file=console.out)
        return None
    try:
        raw = compose.read_bytes()
        text = raw.decode("utf-8-sig")
        new_text = add_names(text, service, FREQTRADE_NAMES)
        backup = compose.with_name(compose.name + ".orig")
        fd = os.open(backup, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, raw)
        finally:
            os.close(fd)
        replace_file(compose, new_text, bom=raw.startswith(b"\xef\xbb\xbf"), secrets_left=True)
    except (OSError, UnicodeDecodeError, ComposeEditRefused) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        print(f"okx-key-manager migrate: {compose} was not changed ({reason}).", file=console.err)
        print(by_hand, file=console.out)
        return None
    print(
        f"Added {', '.join(FREQTRADE_NAMES)} (names only) to the {service} service of "
        f"{compose}; the old file is {backup}.",
        file=console.out,
    )
    return compose


def keys_left(path: Path, console: Console) -> int:
    """After migrate: the keys still in the file (the file is then made 0600, and said)."""
    from gui.bots.findings import Confidence
    from gui.bots.scan import scan_file

    left = [f for f in scan_file(path) if f.confidence is not Confidence.LOW]
    if not left:
        return 0
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(path.resolve(), 0o600)
    print(
        f"{len(left)} key(s) are still in {path} (now readable by you only, mode 0600): "
        "okx-key-manager scan shows them. This command exits with status 1 until none is left.",
        file=console.err,
    )
    return len(left)


def run(args: argparse.Namespace, console: Console | None = None) -> int:
    from gui.bots.migrate import migrate_file
    from gui.bots.scan import scan_file_noting
    from gui.commands.common import store_flags
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
        found, unread = scan_file_noting(path)
        if unread is not None:
            raise CommandError(EXIT_FAILED, f"{path} was not read: {unread}.")
        movable = [f for f in found if f.migratable]
        if not movable:
            print(f"No OKX key that can be moved was found in {path}.", file=console.out)
            for finding in found:
                print(f"  {finding.where()}: {finding.why_not_migratable()}", file=console.out)
            return EXIT_FAILED if keys_left(path, console) else EXIT_OK
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
    compose = None
    beside = _compose_for(path, outcome) if outcome.rewritten else None
    if beside is not None:
        compose = update_compose(args, console, *beside)
    print_outcome(outcome, console, store_flags(args), compose)
    left = keys_left(path, console)
    return EXIT_OK if outcome.ok and not left else EXIT_FAILED
