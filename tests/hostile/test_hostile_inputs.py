"""The hostile-input suite: well over 100 distinct bad inputs at every reader the app has.

Vault files, backups, the index, the balance cache, settings, simulator scenario files and OKX
responses (from a loopback server). Each input goes to the real reader under a watchdog; the
suite prints how many it tried and that none crashed (an exception other than the area's own
clean error), hung (no answer within the watchdog's limit) or lost data (what was stored before
is still there, the file is unchanged after a refusal). ``tests/vault/test_vault_fuzz.py`` and
``test_crypto_corruption.py`` add generated and byte-by-byte inputs on top.

Run alone: ``.venv/bin/python -m pytest tests/hostile -q -s``.
"""

from __future__ import annotations

import tempfile
import threading
import traceback
from collections import Counter
from pathlib import Path

import pytest

from tests.hostile.cases import Case, all_cases, hostile_okx

WATCHDOG_SECONDS = 30.0


def outcome(case: Case) -> str:
    """ "ok", "lost data: …", "crashed: …" or "hung"."""
    result: list[str] = []

    def work() -> None:
        with tempfile.TemporaryDirectory(prefix="okx-km-hostile-") as folder:
            try:
                case.run(Path(folder))
                result.append("ok")
            except AssertionError as exc:
                result.append(f"lost data: {exc}")
            except BaseException as exc:  # any other exception is a crash
                where = traceback.extract_tb(exc.__traceback__)[-1]
                result.append(f"crashed: {type(exc).__name__} at {where.filename}:{where.lineno}")

    worker = threading.Thread(target=work, name=f"hostile {case.name}", daemon=True)
    worker.start()
    worker.join(WATCHDOG_SECONDS)
    return result[0] if result else "hung"


@pytest.mark.slow
def test_hostile_inputs(capsys: pytest.CaptureFixture[str]) -> None:
    with hostile_okx() as server:
        cases = all_cases(server)
        names = [(c.area, c.name) for c in cases]
        assert len(set(names)) == len(names), "two cases share a name"
        results = {(c.area, c.name): outcome(c) for c in cases}
    bad = {key: value for key, value in results.items() if value != "ok"}
    per_area = Counter(area for area, _ in results)
    counts = Counter(value.split(":")[0] for value in results.values())
    with capsys.disabled():
        print(
            f"\nhostile inputs: tried {len(results)} ("
            + ", ".join(f"{area} {n}" for area, n in per_area.items())
            + f"); crashed {counts['crashed']}, hung {counts['hung']}, "
            f"lost data {counts['lost data']}"
        )
        for (area, name), value in bad.items():
            print(f"  {area} / {name}: {value}")
    assert len(results) >= 100
    assert bad == {}
