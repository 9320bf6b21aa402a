"""run's child: exit status passed through, only the preset's variables added, masking that
holds even when a secret arrives split between two reads."""

from __future__ import annotations

import os
import signal
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gui.bots.launch import MARKER, CommandNotFound, Masker, resolve, spawn_command

SECRET = "9A8B7C6D5E4F30211203F4E5D6C7B8A9"


def test_masker_replaces_whole_and_split_secrets() -> None:
    masker = Masker([SECRET, "pass-phrase"])
    out = masker.feed(b"key " + SECRET[:10].encode())
    assert SECRET[:10].encode() not in out  # held: it may be the start of the secret
    out += masker.feed(SECRET[10:].encode() + b" and pass-phrase!\n") + masker.flush()
    assert out == b"key " + MARKER + b" and " + MARKER + b"!\n"


def test_masker_releases_a_tail_that_is_not_a_secret() -> None:
    masker = Masker([SECRET])
    assert masker.feed(b"9A8") == b""
    assert masker.feed(b"X") == b"9A8X"


@given(st.binary(max_size=200), st.binary(max_size=200), st.lists(st.integers(1, 40), max_size=8))
def test_no_chunking_lets_a_secret_through(before: bytes, after: bytes, cuts: list[int]) -> None:
    stream = before + SECRET.encode() + after
    masker = Masker([SECRET])
    out, position = b"", 0
    for cut in cuts:
        out += masker.feed(stream[position : position + cut])
        position += cut
    out += masker.feed(stream[position:]) + masker.flush()
    assert SECRET.encode() not in out
    assert MARKER in out


def _python(code: str) -> list[str]:
    return [sys.executable, "-c", code]


def test_exit_status_and_signal_death_are_passed_through() -> None:
    env = dict(os.environ)
    program = resolve(_python(""), env)
    assert spawn_command(program, _python("raise SystemExit(42)"), env) == 42
    code = "import os, signal; os.kill(os.getpid(), signal.SIGTERM)"
    assert spawn_command(program, _python(code), env) == 128 + signal.SIGTERM


def test_masked_child_output(capfd: pytest.CaptureFixture[str]) -> None:
    env = {**os.environ, "S": SECRET}
    code = "import os,sys; s=os.environ['S']; print('out', s); print('err', s, file=sys.stderr)"
    program = resolve(_python(code), env)
    assert spawn_command(program, _python(code), env, mask=[SECRET]) == 0
    captured = capfd.readouterr()
    assert captured.out == f"out {MARKER.decode()}\n"
    assert captured.err == f"err {MARKER.decode()}\n"


def test_missing_and_unexecutable_commands(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(CommandNotFound) as missing:
        resolve(["no-such-program-okx-km"], {"PATH": str(tmp_path)})
    assert not missing.value.not_executable
    script = tmp_path / "bot.sh"
    script.write_text("#!/bin/sh\n")
    with pytest.raises(CommandNotFound) as blocked:
        resolve([str(script)], {"PATH": ""})
    assert blocked.value.not_executable


def test_frozen_app_gives_the_command_the_users_library_path() -> None:
    from gui.bots.launch import child_environment

    base = {
        "LD_LIBRARY_PATH": "/opt/okx-key-manager/_internal",
        "LD_LIBRARY_PATH_ORIG": "/usr/local/lib",
        "DYLD_LIBRARY_PATH": "/bundle",
        "HOME": "/home/u",
    }
    env = child_environment(base, {"OKX_SITE": "eea"}, frozen=True)
    assert env == {"LD_LIBRARY_PATH": "/usr/local/lib", "HOME": "/home/u", "OKX_SITE": "eea"}
    assert child_environment(base, {}, frozen=False) == base
