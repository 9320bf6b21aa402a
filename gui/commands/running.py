"""``okx-key-manager run LABEL --as TOOL -- COMMAND``: starts COMMAND with the tool's variables
in its environment only (see :mod:`gui.bots.launch`). Kept light: it imports the store and the
presets, nothing that talks to OKX."""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from gui.commands.common import (
    EXIT_TOOL,
    EXIT_USAGE,
    CommandError,
    Console,
    add_store_arguments,
    open_store,
    report,
)

if TYPE_CHECKING:
    from gui.okx.signing import Credentials

TOOLS = ("freqtrade", "okx", "python-okx", "ccxt", "passivbot")


def add_tool_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as",
        dest="tool",
        required=True,
        choices=TOOLS,
        help="which tool's variable names to set: freqtrade (FREQTRADE__EXCHANGE__*), okx (OKX's "
        "Agent Trade Kit: OKX_API_KEY...), python-okx, ccxt (OKX_APIKEY...), passivbot (PB_*)",
    )


def add_key_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--prefix",
        default="",
        help="put PREFIX before each of the tool's names for LABEL's key (e.g. LIVE_)",
    )
    parser.add_argument(
        "--key",
        dest="more_keys",
        action="append",
        default=[],
        metavar="LABEL2:PREFIX",
        help="also give the saved key LABEL2, its names starting with PREFIX (e.g. --key "
        "demo:DEMO_ gives DEMO_OKX_APIKEY...); may be repeated",
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.usage = (
        "%(prog)s LABEL --as TOOL [--prefix PREFIX] [--key LABEL2:PREFIX ...] [--mask] "
        "[--vault FILE] [--password-file PATH] -- COMMAND [ARGS...]"
    )
    parser.add_argument("label", help="the saved connection's name (see: okx-key-manager list)")
    add_tool_argument(parser)
    add_key_arguments(parser)
    parser.add_argument(
        "--mask",
        action="store_true",
        help="run the command as a child and replace the key's values in its output "
        "(changes its output to pipes; off by default: the command replaces this process)",
    )
    add_store_arguments(parser)


_PREFIX = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def wanted_keys(args: argparse.Namespace) -> list[tuple[str, str]]:
    """(label, prefix) for each key the command line asks for, the first being LABEL's."""
    keys = [(args.label, getattr(args, "prefix", "") or "")]
    for spec in getattr(args, "more_keys", None) or []:
        label, colon, prefix = spec.rpartition(":")
        if not colon or not label or (prefix and not _PREFIX.fullmatch(prefix)):
            raise CommandError(
                EXIT_USAGE,
                f"--key {spec!r}: write it as LABEL:PREFIX, the prefix made of letters, digits "
                "and _ (e.g. --key demo:DEMO_).",
            )
        keys.append((label, prefix))
    for _label, prefix in keys:
        if prefix and not _PREFIX.fullmatch(prefix):
            raise CommandError(EXIT_USAGE, f"--prefix {prefix!r}: use letters, digits and _.")
    return keys


def variables_for(
    args: argparse.Namespace, console: Console
) -> tuple[dict[str, str], tuple[str, ...]]:
    """The chosen tool's variables for each key asked for, and the values to mask."""
    from gui.bots.presets import Tool, ToolRefused, check_usable, secret_values, variables
    from gui.commands.common import store_error
    from gui.connections.stores import find_by_label
    from gui.vault.errors import VaultError

    keys = wanted_keys(args)
    store = open_store(args, console, probe=False)
    added: dict[str, str] = {}
    secrets: list[str] = []
    try:
        tool = Tool(args.tool)
        for label, prefix in keys:
            connection = find_by_label(store, label)
            check_usable(tool, connection.region, connection.environment)
            credentials = store.get_credentials(connection.id)
            names = variables(tool, connection.region, connection.environment, credentials)
            for name, value in names.items():
                if prefix + name in added:
                    raise CommandError(
                        EXIT_USAGE,
                        f"two keys would both set {prefix + name}: give each --key its own PREFIX.",
                    )
                added[prefix + name] = value
            secrets += secret_values(credentials)
        return added, tuple(secrets)
    except ToolRefused as exc:
        raise CommandError(EXIT_TOOL, str(exc)) from None
    except VaultError as exc:
        raise store_error(exc) from None
    finally:
        store.lock()


def _passivbot_credentials(args: argparse.Namespace, console: Console) -> Credentials:
    from gui.bots.presets import Tool, ToolRefused, check_usable
    from gui.commands.common import store_error
    from gui.connections.stores import find_by_label
    from gui.vault.errors import VaultError

    store = open_store(args, console, probe=False)
    try:
        connection = find_by_label(store, args.label)
        check_usable(Tool.PASSIVBOT, connection.region, connection.environment)
        return store.get_credentials(connection.id)
    except ToolRefused as exc:
        raise CommandError(EXIT_TOOL, str(exc)) from None
    except VaultError as exc:
        raise store_error(exc) from None
    finally:
        store.lock()


def container_hint(command: list[str], added: dict[str, str], cwd: Path) -> str | None:
    """A warning when the command starts a container that passes none of ``added``."""
    from gui.bots.compose import compose_file_of, docker_run_passes, is_docker_run, services
    from gui.bots.compose import passed_names as compose_passes

    names = list(added)
    if is_docker_run(command):
        passed = docker_run_passes(command)
        if passed is not None and not passed & set(names):
            flags = " ".join(f"-e {n}" for n in names)
            return (
                "docker run passes only the variables it is told to: add "
                f"{flags} before the image name, or the container gets no key."
            )
        return None
    path = compose_file_of(command, cwd)
    if path is None:
        return None
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None
    found = services(text)
    if not found:
        return None
    for service in found:
        passed = compose_passes(text, service)
        if passed is None or passed & set(names):
            return None
    lines = "\n".join(f"      - {n}" for n in names)
    return (
        f"{path} passes none of {', '.join(names)} into its containers, so they start without "
        f"the key. Add them, names only, under the bot service's environment:\n"
        f"    environment:\n{lines}\n"
        "(okx-key-manager migrate --compose does it for a freqtrade config; see docs/bots.md)."
    )


def _cwd() -> Path:
    """The working folder (``.`` when it was removed: nothing is found there then)."""
    try:
        return Path.cwd()
    except OSError:
        return Path(".")


def _is_container(command: list[str]) -> bool:
    from gui.bots.compose import compose_file_of, is_docker_run

    return (
        is_docker_run(command)
        or compose_file_of(command, _cwd()) is not None
        or (Path(command[0]).name in ("docker", "podman", "docker-compose", "podman-compose"))
    )


def run(args: argparse.Namespace, console: Console | None = None) -> int:
    from gui.bots.launch import (
        EXIT_NOT_EXECUTABLE,
        EXIT_NOT_FOUND,
        CommandNotFound,
        ExecFailed,
        child_environment,
        exec_command,
        resolve,
        spawn_command,
    )
    from gui.paths import is_frozen

    console = console or Console()
    command = list(getattr(args, "child_command", None) or [])
    try:
        if not command:
            raise CommandError(
                EXIT_USAGE,
                "name the command to start after --, e.g.: okx-key-manager run LABEL --as "
                "freqtrade -- freqtrade trade",
            )
        env = child_environment(console.env, {}, frozen=is_frozen())
        try:
            program = resolve(command, env)
        except CommandNotFound as missing:
            status = EXIT_NOT_EXECUTABLE if missing.not_executable else EXIT_NOT_FOUND
            what = "cannot be executed" if missing.not_executable else "was not found on PATH"
            raise CommandError(status, f"the command {missing.command!r} {what}.") from None
        if args.tool == "passivbot" and not _is_container(command):
            if getattr(args, "more_keys", None) or getattr(args, "prefix", ""):
                raise CommandError(EXIT_USAGE, "passivbot started directly takes one key.")
            return _run_passivbot_directly(args, console, program, command, env)
        added, secrets = variables_for(args, console)
    except CommandError as error:
        return report("run", error, console)
    hint = container_hint(command, added, _cwd())
    if hint is not None:
        print(f"okx-key-manager run: warning: {hint}", file=console.err)
    env.update(added)
    try:
        if args.mask or os.name != "posix":
            return spawn_command(program, command, env, mask=secrets if args.mask else ())
        exec_command(program, command, env)
    except ExecFailed as failed:
        return report("run", CommandError(failed.status, failed.message), console)


def _run_passivbot_directly(
    args: argparse.Namespace,
    console: Console,
    program: str,
    command: list[str],
    env: dict[str, str],
) -> int:
    """passivbot outside a container reads ./api-keys.json: give it one in memory for the run
    (:mod:`gui.bots.runtime_file`), as a child, and remove it when passivbot exits."""
    from gui.bots.launch import ExecFailed, spawn_command
    from gui.bots.runtime_file import ApiKeysFile, RuntimeFileRefused

    user = console.env.get("PB_USER") or args.label
    try:
        keys_file = ApiKeysFile(_cwd(), user, _passivbot_credentials(args, console), env)
    except RuntimeFileRefused as exc:
        raise CommandError(EXIT_TOOL, str(exc)) from None
    credentials = keys_file.credentials
    masked = (credentials.api_key, credentials.secret_key, credentials.passphrase)
    try:
        with keys_file:
            return spawn_command(program, command, env, mask=masked if args.mask else ())
    except RuntimeFileRefused as exc:
        raise CommandError(EXIT_TOOL, str(exc)) from None
    except ExecFailed as failed:
        raise CommandError(failed.status, failed.message) from None
