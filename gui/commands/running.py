"""``okx-key-manager run LABEL --as TOOL -- COMMAND``: starts COMMAND with the tool's variables
in its environment only (see :mod:`gui.bots.launch`). Kept light: it imports the store and the
presets, nothing that talks to OKX."""

from __future__ import annotations

import argparse
import os

from gui.commands.common import (
    EXIT_TOOL,
    EXIT_USAGE,
    CommandError,
    Console,
    add_store_arguments,
    open_store,
    report,
)

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


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.usage = (
        "%(prog)s LABEL --as TOOL [--mask] [--vault FILE] [--password-file PATH] "
        "-- COMMAND [ARGS...]"
    )
    parser.add_argument("label", help="the saved connection's name (see: okx-key-manager list)")
    add_tool_argument(parser)
    parser.add_argument(
        "--mask",
        action="store_true",
        help="run the command as a child and replace the key's values in its output "
        "(changes its output to pipes; off by default: the command replaces this process)",
    )
    add_store_arguments(parser)


def variables_for(
    args: argparse.Namespace, console: Console
) -> tuple[dict[str, str], tuple[str, ...]]:
    """The chosen tool's variables for the connection ``args.label``, and the values to mask."""
    from gui.bots.presets import Tool, ToolRefused, check_usable, secret_values, variables
    from gui.commands.common import store_error
    from gui.connections.errors import VaultError
    from gui.connections.stores import find_by_label

    store = open_store(args, console, probe=False)
    try:
        connection = find_by_label(store, args.label)
        tool = Tool(args.tool)
        check_usable(tool, connection.region, connection.environment)
        credentials = store.get_credentials(connection.id)
        return variables(
            tool, connection.region, connection.environment, credentials
        ), secret_values(credentials)
    except ToolRefused as exc:
        raise CommandError(EXIT_TOOL, str(exc)) from None
    except VaultError as exc:
        raise store_error(exc) from None
    finally:
        store.lock()


def run(args: argparse.Namespace, console: Console | None = None) -> int:
    from gui.bots.launch import (
        EXIT_NOT_EXECUTABLE,
        EXIT_NOT_FOUND,
        CommandNotFound,
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
        added, secrets = variables_for(args, console)
    except CommandError as error:
        return report("run", error, console)
    env.update(added)
    if args.mask or os.name != "posix":
        return spawn_command(program, command, env, mask=secrets if args.mask else ())
    exec_command(program, command, env)
