"""What every key command shares: opening the store (keychain or vault file, headless too), the
vault password, exit statuses, and messages without secrets.

Exit statuses (also in docs/bots.md): 0 done; 1 a check failed (``add``, ``migrate``) or keys
were found (``scan``); 2 bad usage or input; 3 no connection has that label; 4 the store cannot
be used (no or locked keychain, vault file missing or unreadable); 5 wrong vault password; 6 the
key does not suit the tool. ``run`` otherwise exits with the command's own status (126: not
executable, 127: not found).
"""

from __future__ import annotations

import argparse
import getpass
import os
import shlex
import stat
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from gui.paths import read_regular_file

if TYPE_CHECKING:
    from gui.vault.errors import VaultError
    from gui.vault.store import ConnectionStore
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_NO_LABEL = 3
EXIT_STORE = 4
EXIT_PASSWORD = 5
EXIT_TOOL = 6

HEADLESS_HINT = (
    "On a server without a desktop keychain, keep the keys in a vault file: add "
    "--vault FILE (and --password-file PATH to run unattended), or set OKX_KM_VAULT and "
    "OKX_KM_PASSWORD_FILE once; see docs/bots.md."
)

# Stand for --vault and --password-file when those are not given (a systemd unit sets them once).
ENV_VAULT = "OKX_KM_VAULT"
ENV_PASSWORD_FILE = "OKX_KM_PASSWORD_FILE"  # noqa: S105 - a variable name


class CommandError(Exception):
    """Ends a command with ``status`` and ``message`` on stderr (never a secret)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class Console:
    """Where a command reads and writes; tests pass their own."""

    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    env: Mapping[str, str] = field(default_factory=lambda: os.environ)
    ask: Callable[[str], str] = input
    ask_hidden: Callable[[str], str] = getpass.getpass
    interactive: Callable[[], bool] = field(default_factory=lambda: _stdin_is_terminal)


def _stdin_is_terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except ValueError:
        return False


def add_store_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--vault",
        metavar="FILE",
        help="use this encrypted vault file instead of the system keychain (for servers; "
        "default: $OKX_KM_VAULT)",
    )
    parser.add_argument(
        "--password-file",
        metavar="PATH",
        help="read the vault password from this file (e.g. a systemd credential in "
        "$CREDENTIALS_DIRECTORY) instead of asking on the terminal (default: "
        "$OKX_KM_PASSWORD_FILE); refused when group or others may read it",
    )


def vault_path(args: argparse.Namespace, env: Mapping[str, str]) -> Path | None:
    """The vault file: ``--vault``, else ``$OKX_KM_VAULT``, else None (the keychain)."""
    given = getattr(args, "vault", None) or env.get(ENV_VAULT, "")
    return Path(given).expanduser().absolute() if given else None


def password_file_path(args: argparse.Namespace, env: Mapping[str, str]) -> str | None:
    """``--password-file``, else ``$OKX_KM_PASSWORD_FILE``, else None (asked on the terminal)."""
    given = getattr(args, "password_file", None) or env.get(ENV_PASSWORD_FILE, "")
    return given or None


def store_flags(args: argparse.Namespace) -> list[str]:
    """The store options given on the command line, with absolute paths: a follow-up command
    printed with them works when pasted (values from OKX_KM_* need nothing: they are still
    set in the same shell)."""
    words = []
    if getattr(args, "vault", None):
        words += ["--vault", str(Path(args.vault).expanduser().absolute())]
    if getattr(args, "password_file", None):
        words += ["--password-file", str(Path(args.password_file).expanduser().absolute())]
    return words


def unprotected(path: str, env: Mapping[str, str]) -> str | None:
    """Why a password file is refused: readable or writable by group or others (as ssh
    refuses such a private key), or None. A file in ``$CREDENTIALS_DIRECTORY`` passes: systemd
    keeps that folder to the service (its ACL may show in the group bits). Not checked on
    Windows (no such mode bits)."""
    if os.name != "posix":
        return None
    credentials = env.get("CREDENTIALS_DIRECTORY", "")
    try:
        real = Path(path).resolve()
        if credentials and real.is_relative_to(Path(credentials).resolve()):
            return None
        mode = real.stat().st_mode
    except OSError:
        return None  # reading it reports the error
    if not stat.S_ISREG(mode):
        return None  # a FIFO or a device: reading it refuses it, saying what it is
    if mode & 0o077:
        return (
            f"The password file {path} is readable by other users (mode "
            f"{mode & 0o777:04o}): it was not used. Make it private with: chmod 600 {path}"
        )
    return None


def store_error(exc: VaultError) -> CommandError:
    """The exit status and message for a store's error."""
    from gui.connections.stores import LabelNotFound
    from gui.vault import errors

    message = str(exc)
    if isinstance(exc, LabelNotFound):
        return CommandError(EXIT_NO_LABEL, message)
    if isinstance(exc, errors.PasswordRejected):
        return CommandError(EXIT_PASSWORD, message)
    if isinstance(exc, errors.LabelTaken | errors.InvalidLabel | errors.PasswordTooWeak):
        return CommandError(EXIT_USAGE, message)
    if isinstance(exc, errors.KeychainUnavailable):
        return CommandError(EXIT_STORE, f"{message}\n{HEADLESS_HINT}")
    return CommandError(EXIT_STORE, message)


def read_password(args: argparse.Namespace, console: Console, path: Path, *, new: bool) -> str:
    """The vault password: from ``--password-file`` or ``$OKX_KM_PASSWORD_FILE`` (one trailing
    line break dropped; refused when others may read it), else asked on the terminal without
    echo (twice for a new vault)."""
    password_file = password_file_path(args, console.env)
    if password_file:
        refusal = unprotected(password_file, console.env)
        if refusal is not None:
            raise CommandError(EXIT_STORE, refusal)
        try:
            password = read_regular_file(password_file, 64 * 1024).decode("utf-8")
        except UnicodeDecodeError:
            raise CommandError(
                EXIT_USAGE,
                f"The password file {password_file} is not UTF-8 text: it must hold the "
                "password on its first line.",
            ) from None
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise CommandError(
                EXIT_STORE, f"Cannot read the password file {password_file}: {reason}."
            ) from None
        password = password.removesuffix("\n").removesuffix("\r")
        if not password:
            raise CommandError(EXIT_USAGE, f"The password file {password_file} is empty.")
        return password
    if not console.interactive():
        raise CommandError(
            EXIT_STORE,
            f"The vault file {path} needs its password, and there is no terminal to ask it "
            "on: give it with --password-file PATH.",
        )
    try:
        password = console.ask_hidden(f"Password of the vault file {path} (hidden): ")
        if new and console.ask_hidden("The same password again (hidden): ") != password:
            raise CommandError(EXIT_USAGE, "The two passwords differ: nothing was created.")
    except (EOFError, KeyboardInterrupt):
        raise CommandError(EXIT_STORE, "No vault password given.") from None
    return password


def open_store(
    args: argparse.Namespace, console: Console, *, create: bool = False, probe: bool = True
) -> ConnectionStore:
    """The store the command line names (``--vault FILE`` or ``$OKX_KM_VAULT``), else the
    user's default one,
    unlocked; ``create`` makes a missing vault file (``add``, ``migrate``). ``probe=False``
    skips the keychain's test call (``run``: its first read fails the same way, sooner)."""
    from gui.vault.errors import VaultError
    from gui.vault.store import VAULT_FILE_NAME, default_data_dir

    store: ConnectionStore
    try:
        vault = vault_path(args, console.env)
        if vault is None and not (default_data_dir() / VAULT_FILE_NAME).exists() and not probe:
            from gui.connections.stores import system_keyring
            from gui.vault.errors import KeychainFault, KeychainUnavailable
            from gui.vault.keychain import KeychainStore

            backend = system_keyring()
            if type(backend).__module__.startswith("keyring.backends.fail"):  # no call needed
                raise KeychainUnavailable("NoKeyringError", fault=KeychainFault.MISSING)
            return KeychainStore(default_data_dir(), backend)
        if vault is None:
            from gui.connections.stores import open_default_store

            store = open_default_store(default_data_dir())
        else:
            from gui.vault.filevault import FileVaultStore

            if not vault.exists():
                if not create:
                    raise CommandError(
                        EXIT_STORE,
                        f"There is no vault file at {vault}. Create it by adding a key: "
                        + shlex.join(["okx-key-manager", "add", "--vault", str(vault)]),
                    )
                store = FileVaultStore.create(vault, read_password(args, console, vault, new=True))
                print(f"Created the vault file {vault}.", file=console.err)
                return store
            store = FileVaultStore(vault)
        if store.locked:
            path = getattr(store, "path", Path("vault file"))
            lockable = store.as_lockable()
            assert lockable is not None
            lockable.unlock(read_password(args, console, path, new=False))
        return store
    except VaultError as exc:
        raise store_error(exc) from None


def report(prog: str, error: CommandError, console: Console) -> int:
    print(f"okx-key-manager {prog}: {error.message}", file=console.err)
    return error.status
