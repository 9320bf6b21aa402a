"""Issue 17's hostile files and words, through the real commands (``python -m gui …``).

Each case hung, crashed with a traceback, printed a raw exception name or said nothing before;
each now ends at once with a message that names the problem. A subprocess ``timeout`` only
guards against a hang (a hang fails the test); nothing here measures time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.bots.conftest import VAULT_PASSWORD, headless_env

ROOT = Path(__file__).resolve().parents[2]
KEY = "7b3c0e6a-1111-4222-8333-00000000abcd"
SECRET = "0123456789ABCDEF0123456789ABCDEF"
PASSPHRASE = "Pass#word1"
FREQTRADE = {
    "exchange": {"name": "okx", "key": KEY, "secret": SECRET, "password": PASSPHRASE},
    "dry_run": True,
}


def cli(
    tmp_path: Path, *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gui", *args],
        capture_output=True,
        text=True,
        timeout=120,  # a hang guard only
        env=headless_env(tmp_path, **(env or {})),
        cwd=cwd or tmp_path,
        stdin=subprocess.DEVNULL,
    )


def clean(result: subprocess.CompletedProcess[str]) -> None:
    """No traceback, no raw exception name, no log line: every line of stderr is the app's."""
    for bad in ("Traceback", "Error:", "RecursionError", "UnicodeDecodeError", "failed:"):
        assert bad not in result.stderr, result.stderr
    assert "Traceback" not in result.stdout


def fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


# -- files that never end -----------------------------------------------------------------------


def test_a_fifo_as_the_vault_file_is_refused_at_once(tmp_path: Path) -> None:
    password = tmp_path / "pw"
    password.write_text(VAULT_PASSWORD)
    password.chmod(0o600)  # others may not read a password file
    result = cli(tmp_path, "list", "--vault", str(fifo(tmp_path / "v.okxvault")), "--password-file",
                 str(password))  # fmt: skip
    clean(result)
    assert result.returncode == 4
    assert "not a regular file: it is a named pipe (FIFO)" in result.stderr


@pytest.mark.parametrize("special", ["fifo", "/dev/zero", "folder"])
def test_a_hostile_scenario_file_is_refused_at_once(tmp_path: Path, special: str) -> None:
    if special == "fifo":
        path = str(fifo(tmp_path / "scenario.json"))
    elif special == "folder":
        path = str(tmp_path)
    else:
        path = special
    result = cli(tmp_path, "simulator", "--scenario", path, "--port", "0")
    clean(result)
    assert result.returncode == 2
    assert "bad scenario" in result.stderr
    assert "not a regular file" in result.stderr


def test_a_huge_scenario_file_is_refused_unread(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: costs no disk
    result = cli(tmp_path, "simulator", "--scenario", str(big), "--port", "0")
    clean(result)
    assert result.returncode == 2
    assert "larger than" in result.stderr


def test_a_deep_scenario_file_is_too_deeply_nested(tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    result = cli(tmp_path, "simulator", "--scenario", str(deep), "--port", "0")
    clean(result)
    assert result.returncode == 2
    assert "too deeply nested" in result.stderr


@pytest.mark.parametrize("source", ["/dev/urandom", "fifo", "binary"])
def test_a_bad_password_file_gets_a_clear_message(tmp_path: Path, source: str) -> None:
    if source == "fifo":
        path = str(fifo(tmp_path / "pw"))
    elif source == "binary":
        (tmp_path / "pw").write_bytes(b"\xff\xfe\x00secret")
        (tmp_path / "pw").chmod(0o600)
        path = str(tmp_path / "pw")
    else:
        path = source
    vault = tmp_path / "v.okxvault"
    env = {"OKX_API_KEY": KEY, "OKX_SECRET_KEY": SECRET, "OKX_PASSPHRASE": PASSPHRASE}
    result = cli(tmp_path, "add", "--vault", str(vault), "--password-file", path, env=env)
    clean(result)
    assert result.returncode in (2, 4)
    assert f"password file {path}" in result.stderr
    expected = "not UTF-8 text" if source == "binary" else "not a regular file"
    assert expected in result.stderr
    assert not vault.exists()


def test_a_fifo_as_the_index_is_refused_at_once(tmp_path: Path) -> None:
    data = tmp_path / "xdg-data" / "okx-key-manager"
    data.mkdir(parents=True)
    fifo(data / "connections.json")
    env = {"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}  # answers, holds nothing
    result = cli(tmp_path, "list", env=env)
    clean(result)
    assert result.returncode == 4
    assert "not a regular file" in result.stderr


# -- scan and migrate on what people have ----------------------------------------------------


def test_scan_and_migrate_survive_a_100000_deep_json_file(tmp_path: Path) -> None:
    deep = tmp_path / "config.json"
    deep.write_text('{"a":' * 100_000 + "1" + "}" * 100_000)
    scanned = cli(tmp_path, "scan", str(deep))
    clean(scanned)
    assert scanned.returncode == 0
    migrated = cli(tmp_path, "migrate", str(deep), "--vault", str(tmp_path / "v"))
    clean(migrated)
    assert migrated.returncode == 0
    assert "No OKX key" in migrated.stdout


def _config(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_scan_finds_a_key_beside_a_stray_byte(tmp_path: Path) -> None:
    text = json.dumps(FREQTRADE, indent=2).replace(
        '"dry_run"', '"bot_name": "caf\\u00e9",\n  "dry_run"'
    )
    data = text.encode().replace(b"caf\\u00e9", b"caf\xe9")  # one Latin-1 byte
    path = _config(tmp_path, "config.json", data)
    result = cli(tmp_path, "scan", str(path))
    clean(result)
    assert result.returncode == 1
    assert f"{path}:" in result.stdout and "freqtrade" in result.stdout
    assert "cannot rewrite this file" in result.stdout


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_scan_finds_a_key_in_utf16(tmp_path: Path, codec: str) -> None:
    body = json.dumps(FREQTRADE, indent=2)
    bom = b"\xfe\xff" if codec == "utf-16-be" else b""  # the others write their own
    data = bom + body.encode(codec)
    path = _config(tmp_path, "config.json", data)
    result = cli(tmp_path, "scan", str(path))
    clean(result)
    assert result.returncode == 1
    assert "freqtrade" in result.stdout and "high" in result.stdout
    assert "cannot rewrite this file" in result.stdout  # scan says so before migrate is tried
    migrated = cli(tmp_path, "migrate", str(path), "--vault", str(tmp_path / "v"))
    clean(migrated)
    assert "cannot rewrite this file" in migrated.stdout  # it says why, and leaves it whole
    assert path.read_bytes() == data


def test_a_file_too_large_is_listed_as_not_read(tmp_path: Path) -> None:
    big = _config(tmp_path, "big/config.json", json.dumps(FREQTRADE).encode())
    with big.open("r+b") as handle:
        handle.truncate(200 * 1024 * 1024)
    result = cli(tmp_path, "scan", str(tmp_path / "big"))
    clean(result)
    assert f"Not read: {big}: the file is larger than" in result.stderr
    migrated = cli(tmp_path, "migrate", str(big), "--vault", str(tmp_path / "v"))
    clean(migrated)
    assert migrated.returncode == 1
    assert "was not read: the file is larger than" in migrated.stderr


def test_a_fifo_in_a_scanned_folder_is_listed_not_waited_on(tmp_path: Path) -> None:
    folder = tmp_path / "bots"
    folder.mkdir()
    pipe = fifo(folder / ".env")
    _config(folder, "config.json", json.dumps(FREQTRADE).encode())
    result = cli(tmp_path, "scan", str(folder))
    clean(result)
    assert result.returncode == 1
    assert f"Not read: {pipe}: not a regular file: it is a named pipe (FIFO)" in result.stderr


def test_a_key_200_folders_deep_is_found(tmp_path: Path) -> None:
    # Relative parts keep the path under PATH_MAX (4096): 200 × "d/" is 400 characters.
    deep = Path(*(["d"] * 200))
    _config(tmp_path / "root", str(deep / "config.json"), json.dumps(FREQTRADE).encode())
    result = cli(tmp_path, "scan", "root")
    clean(result)
    assert result.returncode == 1
    assert "config.json:" in result.stdout and "freqtrade" in result.stdout


def test_the_file_cap_is_reached_with_a_note(tmp_path: Path) -> None:
    from gui.bots.scan import scan_paths

    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(30):
        (folder / f"f{i:02}.txt").write_text("nothing\n")
    result = scan_paths([folder], max_files=10)
    assert result.truncated and result.files == 10


def test_notebooks_and_logs_are_scanned(tmp_path: Path) -> None:
    cells = [
        {
            "cell_type": "code",
            "source": [
                "import okx.Account as Account\n",
                f'okx_api_key = "{KEY}"\n',
                f'okx_secret_key = "{SECRET}"\n',
            ],
        },
    ]
    _config(tmp_path / "nb", "example.ipynb", json.dumps({"cells": cells, "nbformat": 4}).encode())
    _config(tmp_path / "nb", "bot.log", f"2026-01-01 starting with OKX_API_KEY={KEY}\n"
            f"OKX_SECRET_KEY={SECRET}\nOKX_PASSPHRASE={PASSPHRASE}\n".encode())  # fmt: skip
    result = cli(tmp_path, "scan", "nb")
    clean(result)
    assert result.returncode == 1
    assert "example.ipynb" in result.stdout
    assert "bot.log" in result.stdout


def test_ids_lock_files_and_a_lone_uuid_are_not_keys(tmp_path: Path) -> None:
    lock = {
        "packages": {
            f"node_modules/p{i}": {
                "resolved": f"https://registry.example/p{i}",
                "id": f"{i:08x}-0000-4000-8000-000000000000",
                "integrity": f"{i:032x}",
            }
            for i in range(30)
        }
    }
    _config(tmp_path / "fp", "package-lock.json", json.dumps(lock, indent=2).encode())
    _config(
        tmp_path / "fp", "trade.py", f'okx_order_id = "{KEY}"\nclient_oid = "{SECRET}"\n'.encode()
    )
    _config(tmp_path / "fp", "hashes.txt", f"sha256: {SECRET}\nrequest_id: {KEY}\n".encode())
    result = cli(tmp_path, "scan", "fp")
    clean(result)
    assert result.returncode == 0, result.stdout
    assert "0 possible OKX key(s)" in result.stderr


def test_low_confidence_only_exits_0_with_a_note(tmp_path: Path) -> None:
    _config(tmp_path / "low", "notes.txt", f"a {KEY}\nb {SECRET}\n".encode())
    result = cli(tmp_path, "scan", "low")
    clean(result)
    assert "low" in result.stdout
    assert result.returncode == 0
    assert "Only low-confidence matches" in result.stderr


# -- words ----------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["list", "add"])
def test_no_log_line_above_the_message(tmp_path: Path, command: str) -> None:
    env = {
        "PYTHON_KEYRING_BACKEND": "tests.hostile.fake_keyrings.BrokenKeyring",
        "OKX_API_KEY": KEY, "OKX_SECRET_KEY": SECRET, "OKX_PASSPHRASE": PASSPHRASE,
    }  # fmt: skip
    result = cli(tmp_path, command, *(["--timeout", "2"] if command == "add" else []), env=env)
    clean(result)
    assert "InitError" not in result.stderr
    assert result.stderr.startswith(f"okx-key-manager {command}: The system keychain")


@pytest.mark.parametrize("command", [["env", "Main", "--as", "freqtrade"],
                                     ["run", "Main", "--as", "freqtrade", "--", "true"],
                                     ["list"]])  # fmt: skip
def test_no_keychain_and_a_locked_one_are_worded_apart(tmp_path: Path, command: list[str]) -> None:
    from gui.okx.regions import Environment, Region
    from gui.okx.signing import Credentials
    from gui.vault.keychain import KeychainStore
    from gui.vault.memory import MemoryKeyring

    saved = KeychainStore(tmp_path / "xdg-data" / "okx-key-manager", MemoryKeyring())
    saved.add("Main", Region.GLOBAL, Environment.LIVE, Credentials(KEY, SECRET, PASSPHRASE))
    missing = cli(tmp_path, *command)  # keyring's "fail" backend: no keychain at all
    clean(missing)
    assert "No system keychain was found" in missing.stderr
    assert "Unlock" not in missing.stderr
    locked = cli(
        tmp_path, *command,
        env={"PYTHON_KEYRING_BACKEND": "tests.hostile.fake_keyrings.LockedKeyring"},
    )  # fmt: skip
    clean(locked)
    assert "The system keychain is locked" in locked.stderr
    assert "No system keychain" not in locked.stderr
    assert missing.returncode == locked.returncode == 4
