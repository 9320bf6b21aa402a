"""Bundle figures: sizes of the frozen app and its .deb, its time to useful and first paint
against a bare PySide6 window frozen the same way, and peak memory.

**Time to useful** (issue 18): the frozen app started with 20 and with 1,000 saved connections
(keychain items in the Secret Service, ``connections.json`` with the statuses of an earlier
check, ``balances.json`` with a snapshot each, as ``benchmarks/startup.py`` writes them): the
wall time until its first frame is painted, counted only when that frame holds the list with all
N rows and the selected row's cached balances (the probe prints what the frame showed:
``rows=N balances=1``); a first frame without them is reported as not useful. App and bare
window alternate in each round (target: ≤ 1.3 x the bare window).

Run with ``.venv/bin/python benchmarks/bundle.py`` (builds with ``make dist deb`` and freezes
``benchmarks/bare_window.py`` into ``build/bench/`` first, with the floor of time to useful:
``benchmarks/floor_window.py``, the app's first frame built with none of the app, run in the
same rounds on the same data). Timings need an X server: without
``DISPLAY`` the script re-runs itself under ``xvfb-run -a``, and without a session bus inside
``tests/with-secret-service`` (a D-Bus session and an unlocked keyring, as on a desktop).
"First paint" is the wall time from
starting the executable until it prints ``first-paint-ms`` at its first paint event
(``OKX_KM_REPORT_FIRST_PAINT=1``; see ``gui/firstpaint.py``); the process quits right after.
Cold runs drop the page cache first (``/proc/sys/vm/drop_caches``, root only; said when not
permitted); warm runs repeat with the files cached. Peak memory is the child's ``ru_maxrss``
(the app starts loading its store right after painting, so its figure includes some of that).
Prints figures, never asserts them.
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
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gui import __app_id__, __version__  # noqa: E402

APP = ROOT / "dist" / __app_id__ / __app_id__
BARE = ROOT / "build" / "bench" / "dist" / "bare-window" / "bare-window"
FLOOR = ROOT / "build" / "bench" / "dist" / "floor-window" / "floor-window"  # Python models
WARM_RUNS = 11
COLD_RUNS = 5


@dataclass(frozen=True)
class Run:
    wall_ms: float  # from exec to the first-paint line, measured here
    reported_ms: float  # the program's own figure (since its process started)
    peak_rss_kib: int
    shows: str = ""  # what the app's first frame showed ("rows=N balances=1")


def folder_bytes(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build() -> Path:
    make = shutil.which("make") or "make"
    subprocess.run([make, "--no-print-directory", "dist", "deb"], cwd=ROOT, check=True)
    pyinstaller = ROOT / ".venv" / "bin" / "pyinstaller"
    subprocess.run(
        [
            str(pyinstaller),
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(ROOT / "build" / "bench" / "dist"),
            "--workpath",
            str(ROOT / "build" / "bench" / "work"),
            str(ROOT / "benchmarks" / "bare_window.spec"),
        ],
        cwd=ROOT,
        check=True,
    )
    return next((ROOT / "dist").glob(f"{__app_id__}_{__version__}[-_]*.deb"))  # 0.1.0-1_amd64


def drop_page_cache() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n", encoding="ascii")
    except OSError:
        return False
    return True


def first_paint(executable: Path, env: dict[str, str]) -> Run:
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(executable)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    assert process.stdout is not None
    reported = None
    shows = ""
    for line in process.stdout:
        if line.startswith("first-paint-ms "):
            wall = (time.perf_counter() - started) * 1000.0
            reported = float(line.split()[1])
            shows = " ".join(line.split()[2:])
            break
    process.stdout.close()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if reported is None:
        raise RuntimeError(f"{executable.name} exited ({process.returncode}) before painting")
    return Run(wall, reported, usage.ru_maxrss, shows)


def settled_peak_rss_kib(executable: Path, env: dict[str, str], seconds: float = 3.0) -> int:
    """Peak memory of the app left running ``seconds`` with ``--simulator`` (its wizard open)."""
    quiet = {k: v for k, v in env.items() if k != "OKX_KM_REPORT_FIRST_PAINT"}
    process = subprocess.Popen(
        [str(executable), "--simulator"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=quiet,
    )
    time.sleep(seconds)
    process.terminate()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_maxrss


def environment(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "PYTHON"))}
    env.update(
        OKX_KM_REPORT_FIRST_PAINT="1",
        QT_QPA_PLATFORM="xcb",
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        LANG="C.UTF-8",
    )
    return env


def saved_connections(home: Path, size: int, service: str) -> dict[str, str]:
    """``size`` connections saved in ``home/data-SIZE`` (its ``XDG_DATA_HOME``) as
    benchmarks/startup.py saves them; the environment that points the app at them."""
    import keyring

    from benchmarks.startup import build_store

    data_home = home / f"data-{size}"
    folder = data_home / __app_id__
    folder.mkdir(parents=True)
    build_store(folder, keyring.get_keyring(), service, size)
    return {"XDG_DATA_HOME": str(data_home)}


def useful(
    sizes: tuple[int, ...], env: dict[str, str], home: Path, rounds: int
) -> dict[str, object]:
    """Time to useful of the frozen app at each size, each start right after a bare window's."""
    import keyring

    from benchmarks.startup import delete_items
    from gui.vault.store import SERVICE

    figures: dict[str, object] = {}
    try:
        envs = {size: {**env, **saved_connections(home, size, SERVICE)} for size in sizes}
        for size in sizes:
            first_paint(APP, envs[size])  # warm
            first_paint(FLOOR, envs[size])
        bare: list[Run] = []
        apps: dict[int, list[Run]] = {size: [] for size in sizes}
        floors: dict[int, list[Run]] = {size: [] for size in sizes}
        loads: list[float] = []
        for _ in range(rounds):
            for size in sizes:
                bare.append(first_paint(BARE, env))
                apps[size].append(first_paint(APP, envs[size]))
                floors[size].append(first_paint(FLOOR, envs[size]))
                loads.append(os.getloadavg()[0])
    finally:
        delete_items(keyring.get_keyring(), SERVICE)
    b = median(bare, "wall_ms")
    figures["useful_bare_ms"] = round(b)
    figures["useful_load_range"] = [round(min(loads), 2), round(max(loads), 2)]
    for size in sizes:
        runs = apps[size]
        wanted = f"rows={size} balances=1"
        held = sum(run.shows == wanted for run in runs)
        app = median(runs, "wall_ms")
        before = bare[sizes.index(size) :: len(sizes)]  # the bare start just before each
        paired = statistics.median(a.wall_ms / c.wall_ms for a, c in zip(runs, before, strict=True))
        met = held == len(runs) and app / b <= 1.3
        print(
            f"time to useful, {size} connections (median of {rounds}, warm): app {app:.0f} ms "
            f"({min(r.wall_ms for r in runs):.0f}-{max(r.wall_ms for r in runs):.0f}), bare "
            f"window {b:.0f} ms, ratio {app / b:.2f} (paired {paired:.2f}; target <= 1.3) -> "
            f"{'MET' if met else 'MISSED'}; the list and balances in the first frame: "
            f"{held} of {len(runs)}"
        )
        floor = median(floors[size], "wall_ms")
        print(
            f"  floor, the same frame with none of the app (benchmarks/floor_window.py, frozen "
            f"the same way): {floor:.0f} ms, ratio {floor / b:.2f}"
        )
        figures[f"useful_{size}"] = {
            "floor_ms": round(floor),
            "floor_ratio": round(floor / b, 3),
            "app_ms": round(app),
            "ratio": round(app / b, 3),
            "paired_ratio": round(paired, 3),
            "first_frame_useful": f"{held}/{len(runs)}",
            "target_met": met,
        }
    return figures


def median(runs: list[Run], attribute: str) -> float:
    return statistics.median(getattr(run, attribute) for run in runs)


def main() -> int:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        # Like a logged-in desktop: a session bus with an unlocked Secret Service (without a bus
        # libdbus autolaunches one at every start; without a keychain the store fails at once).
        wrapper = ROOT / "tests" / "with-secret-service"
        return subprocess.call([str(wrapper), sys.executable, *sys.argv])
    if not os.environ.get("DISPLAY"):
        xvfb = shutil.which("xvfb-run")
        if xvfb is None:
            raise SystemExit("bundle.py: no DISPLAY and no xvfb-run (apt-get install xvfb)")
        return subprocess.call(
            [xvfb, "-a", "-s", "-screen 0 1280x800x24", sys.executable, *sys.argv]
        )
    deb = build()
    figures: dict[str, object] = {
        "benchmark": "bundle",
        "bundle_mb": round(folder_bytes(APP.parent) / 1e6, 1),
        "bare_bundle_mb": round(folder_bytes(BARE.parent) / 1e6, 1),
        "deb_mb": round(deb.stat().st_size / 1e6, 2),
    }
    print(f"bundle ({APP.parent.relative_to(ROOT)}): {folder_bytes(APP.parent) / 1e6:.1f} MB")
    print(f"bare window bundle: {folder_bytes(BARE.parent) / 1e6:.1f} MB")
    print(f".deb ({deb.name}): {deb.stat().st_size / 1e6:.1f} MB (target <= 45 MB)")
    with tempfile.TemporaryDirectory(prefix="okx-km-bench-") as tmp:
        env = environment(Path(tmp))
        for program in (APP, BARE):  # the first start of each is neither cold nor warm
            first_paint(program, env)
        cold: dict[Path, list[Run]] = {APP: [], BARE: []}
        dropped = True
        for _ in range(COLD_RUNS):
            for program in (APP, BARE):
                dropped = drop_page_cache() and dropped
                cold[program].append(first_paint(program, env))
        warm: dict[Path, list[Run]] = {APP: [], BARE: []}
        for _ in range(WARM_RUNS):
            for program in (APP, BARE):
                warm[program].append(first_paint(program, env))
        settled = settled_peak_rss_kib(APP, env)
        figures.update(useful((20, 1000), env, Path(tmp), WARM_RUNS))
    if not dropped:
        print("cold: page cache NOT dropped (needs root); cold figures are warm ones")
    for label, runs, count in (("cold", cold, COLD_RUNS), ("warm", warm, WARM_RUNS)):
        app, bare = median(runs[APP], "wall_ms"), median(runs[BARE], "wall_ms")
        spread = {
            program: f"{min(r.wall_ms for r in runs[program]):.0f}-"
            f"{max(r.wall_ms for r in runs[program]):.0f}"
            for program in (APP, BARE)
        }
        print(
            f"first paint, {label} (median of {count}): app {app:.0f} ms ({spread[APP]}), "
            f"bare window {bare:.0f} ms ({spread[BARE]}), ratio {app / bare:.2f} "
            f"(no saved connection); self-reported {median(runs[APP], 'reported_ms'):.0f} / "
            f"{median(runs[BARE], 'reported_ms'):.0f} ms"
        )
        figures[f"first_paint_{label}"] = {
            "app_ms": round(app),
            "bare_ms": round(bare),
            "ratio": round(app / bare, 3),
        }
    app_rss, bare_rss = median(warm[APP], "peak_rss_kib"), median(warm[BARE], "peak_rss_kib")
    print(
        f"peak memory, start to first paint: app {app_rss / 1024:.0f} MiB, bare window "
        f"{bare_rss / 1024:.0f} MiB; app running 3 s with --simulator (wizard open): "
        f"{settled / 1024:.0f} MiB"
    )
    figures.update(
        peak_rss_mib=round(app_rss / 1024),
        bare_peak_rss_mib=round(bare_rss / 1024),
        settled_rss_mib=round(settled / 1024),
        page_cache_dropped=dropped,
        load=[round(x, 2) for x in os.getloadavg()],
    )
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
