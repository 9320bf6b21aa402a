"""What ``okx-key-manager run LABEL --as okx -- true`` adds over starting ``true`` itself.

Times, interleaved round by round so that load changes hit every variant alike: ``true``,
``python -c pass`` (the interpreter's own start), and ``run`` with the key in the system keychain
(only inside a Secret Service: ``tests/with-secret-service .venv/bin/python
benchmarks/run_overhead.py``) and in a vault file with a password file (one Argon2id unlock per
run, by design) — and, when ``make dist`` has built it, the frozen ``okx-key-manager-cli`` in
keychain mode (what an installed app runs). Target: ``run`` adds at most 150 ms over the child
in keychain mode, on the frozen CLI. As a desktop runs it: no ``PYTHON_KEYRING_BACKEND`` in the
children's environment (tests/with-secret-service sets it; keyring then chooses among all its
backends), and the app's bytecode compiled first (``compileall``), as an installed copy has it,
even where ``PYTHONDONTWRITEBYTECODE`` is set. Prints the machine's load, medians, 90th
percentiles, overheads and ratios, then one JSON line.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = int(os.environ.get("RUN_OVERHEAD_ROUNDS", "15"))
FROZEN_CLI = ROOT / "dist" / "okx-key-manager" / "okx-key-manager-cli"
TARGET_MS = 150.0
PASSWORD = "benchmark vault password 1234"
LABEL = "bench"


def _program() -> list[str]:
    script = Path(sys.executable).with_name("okx-key-manager")
    return [str(script)] if script.exists() else [sys.executable, "-m", "gui"]


def _time(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{argv[:4]} failed ({done.returncode}): {done.stderr.decode()[-300:]}")
    return elapsed * 1000


def _stats(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "median_ms": round(statistics.median(ordered), 1),
        "p90_ms": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))], 1),
    }


def main() -> None:
    from gui.okx.regions import Environment, Region
    from gui.okx.signing import Credentials
    from gui.vault.filevault import FileVaultStore

    key = Credentials("11111111-2222-4333-8444-555555555555", "A" * 32, "bench passphrase")
    true = shutil.which("true") or "/bin/true"
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="okx-km-run-bench-") as folder:
        base = Path(folder)
        # As a desktop session: no PYTHON_KEYRING_BACKEND; bytecode compiled as in an installed
        # app (in a temporary folder, removed at exit)
        skip = ("PYTHONDONTWRITEBYTECODE", "PYTHON_KEYRING_BACKEND")
        env = {k: v for k, v in os.environ.items() if k not in skip}
        env.update(XDG_DATA_HOME=str(base / "xdg"), PYTHONPYCACHEPREFIX=str(base / "pycache"))
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", str(ROOT / "gui")], env=env, check=True
        )
        vault = base / "keys.okxvault"
        store = FileVaultStore.create(vault, PASSWORD)
        store.add(LABEL, Region.GLOBAL, Environment.LIVE, key)
        store.lock()
        password_file = base / "password"
        password_file.write_text(PASSWORD)
        password_file.chmod(0o600)  # a password file others may read is refused
        variants: dict[str, list[str]] = {
            "true": [true],
            "python -c pass": [sys.executable, "-c", "pass"],
            "run (vault file)": [
                *_program(), "run", LABEL, "--as", "okx", "--vault", str(vault),
                "--password-file", str(password_file), "--", true,
            ],
        }  # fmt: skip
        keychain_store = None
        if os.environ.get("OKX_KM_TEST_SECRET_SERVICE") == "1":
            from gui.connections.stores import open_keychain_store
            from gui.vault.store import APP_NAME

            keychain_store = open_keychain_store(base / "xdg" / APP_NAME)
            keychain_store.add(LABEL, Region.GLOBAL, Environment.LIVE, key)
            variants["run (keychain)"] = [*_program(), "run", LABEL, "--as", "okx", "--", true]
            if FROZEN_CLI.exists():
                variants["run (keychain, frozen)"] = [
                    str(FROZEN_CLI), "run", LABEL, "--as", "okx", "--", true,
                ]  # fmt: skip
            else:
                print(f"no frozen CLI at {FROZEN_CLI} (make dist): measured from source only")
        samples: dict[str, list[float]] = {name: [] for name in variants}
        try:
            for argv in variants.values():  # warm the page cache and bytecode once
                _time(argv, env)
            for _ in range(ROUNDS):
                for name, argv in variants.items():
                    samples[name].append(_time(argv, env))
        finally:
            if keychain_store is not None:
                for connection in keychain_store.list():
                    keychain_store.delete(connection.id)
    load_after = os.getloadavg()
    results = {name: _stats(values) for name, values in samples.items()}
    base_true = results["true"]["median_ms"]
    base_python = results["python -c pass"]["median_ms"]
    print(f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}, {ROUNDS} rounds")
    print(f"load average before {load_before[0]:.2f}, after {load_after[0]:.2f}")
    for name, figures in results.items():
        line = f"{name:<18} median {figures['median_ms']:7.1f} ms  p90 {figures['p90_ms']:7.1f} ms"
        if name.startswith("run"):
            over = figures["median_ms"] - base_true
            figures["over_true_ms"] = round(over, 1)
            figures["ratio_to_true"] = round(figures["median_ms"] / base_true, 1)
            figures["ratio_to_python"] = round(figures["median_ms"] / base_python, 2)
            line += (
                f"  +{over:.1f} ms over true (x{figures['ratio_to_true']}),"
                f" x{figures['ratio_to_python']} python -c pass"
            )
        print(line)
    for name in ("run (keychain)", "run (keychain, frozen)"):
        keychain = results.get(name)
        if keychain is None:
            print(f"{name}: skipped (inside tests/with-secret-service, after make dist)")
        else:
            verdict = "MEETS" if keychain["over_true_ms"] <= TARGET_MS else "MISSES"
            print(f"{name} {verdict} the target of +{TARGET_MS:.0f} ms over the child")
    summary = {
        "benchmark": "run_overhead",
        "rounds": ROUNDS,
        "load_before": round(load_before[0], 2),
        "load_after": round(load_after[0], 2),
        "keyring_backend_variable": "unset, as on a desktop",
        "target_over_true_ms": TARGET_MS,
        **{
            name.replace(" ", "_").replace("(", "").replace(")", "").replace(",", ""): v
            for name, v in results.items()
        },
    }
    print(json.dumps(summary, sort_keys=True))


if __name__ == "__main__":
    main()
