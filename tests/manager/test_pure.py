"""Status, reminders, the balance cache and the balance tables, without a window."""

from __future__ import annotations

import json
import sys
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from gui.connections import cache as cache_module
from gui.connections.cache import (
    FILE_NAME,
    BalanceCache,
    BalanceRow,
    Snapshot,
    StoredSnapshots,
    read_file,
)
from gui.connections.status import Status, attention, diagnose_stored
from gui.manager.models import BalanceModel, BalanceProxy
from gui.manager.settings import AppSettings
from gui.manager.settings_dialog import SettingsDialog
from gui.okx.regions import Environment, Region
from gui.vault.model import CheckStatus, CheckSummary, Connection, Facts

TODAY = date(2026, 3, 1)


def connection(
    environment: Environment = Environment.LIVE,
    permissions: tuple[str, ...] = ("read_only", "trade"),
    ips: tuple[str, ...] = (),
    checked_days_ago: int | None = None,
    created_days_ago: int = 1,
) -> Connection:
    check = None
    if checked_days_ago is not None:
        at = datetime(2026, 3, 1, 12, tzinfo=UTC) - timedelta(days=checked_days_ago)
        check = CheckSummary(at, CheckStatus.CONNECTED, "Connected")
    return Connection(
        "id1",
        "Bot",
        Region.GLOBAL,
        environment,
        "••••abcd",
        TODAY - timedelta(days=created_days_ago),
        Facts(
            permissions=permissions,
            bound_ips=ips,
            last_check=check,
            key_created_on=TODAY - timedelta(days=created_days_ago),
        ),
    )


def test_unbound_trade_key_is_reminded_before_fourteen_days() -> None:
    assert attention(connection(checked_days_ago=5), TODAY, 90) is None
    soon = attention(connection(checked_days_ago=11), TODAY, 90)
    assert soon is not None and "3 days left" in str(soon)
    # OKX never says the app's read-only checks keep a key alive (issue 21, item 22)
    assert "Check the key now" not in str(soon) and "count as use" in str(soon)
    gone = attention(connection(checked_days_ago=15), TODAY, 90)
    assert gone is not None and "may have been deleted" in str(gone)
    # Worded as OKX's documented rule, which may have changed; Withdraw keys too.
    assert "documentation says" in str(soon) and "may have changed" in str(soon)
    withdraw = attention(
        connection(permissions=("read_only", "withdraw"), checked_days_ago=11), TODAY, 90
    )
    assert withdraw is not None and str(withdraw) == str(soon)


def test_bound_read_only_and_demo_keys_never_expire() -> None:
    assert attention(connection(ips=("1.2.3.4",), checked_days_ago=30), TODAY, 0) is None
    assert attention(connection(permissions=("read_only",), checked_days_ago=30), TODAY, 0) is None
    demo = connection(environment=Environment.DEMO, checked_days_ago=30)
    assert attention(demo, TODAY, 0) is None


def test_old_keys_are_reminded_to_rotate() -> None:
    old = connection(ips=("1.2.3.4",), created_days_ago=91)
    text = attention(old, TODAY, 90)
    assert text is not None and "91 days old" in str(text)
    assert attention(old, TODAY, 0) is None  # 0 = never remind
    assert attention(old, TODAY, 120) is None


def test_an_imported_status_is_not_checked_on_this_computer() -> None:
    from dataclasses import replace

    checked = connection(checked_days_ago=2)
    assert diagnose_stored(checked).status is Status.CONNECTED
    check = checked.facts.last_check
    assert check is not None
    imported = replace(
        checked, facts=replace(checked.facts, last_check=replace(check, elsewhere=True))
    )
    diagnosis = diagnose_stored(imported)
    assert diagnosis.status is Status.NOT_CHECKED
    assert diagnosis.cause is not None and "another computer (2026-02-27)" in str(diagnosis.cause)


def test_stored_status() -> None:
    assert diagnose_stored(connection()).status is Status.NOT_CHECKED
    assert diagnose_stored(connection(checked_days_ago=1)).status is Status.CONNECTED


def snapshot() -> Snapshot:
    return Snapshot(
        datetime(2026, 3, 1, tzinfo=UTC),
        Decimal("100.5"),
        (
            BalanceRow("BTC", Decimal("0.001"), Decimal("0.001"), Decimal(0), Decimal("60")),
            BalanceRow("DOGE", Decimal("9"), Decimal("9"), Decimal(0), Decimal("0.9")),
            BalanceRow("ETH", Decimal("10"), Decimal("10"), Decimal(0), Decimal("40")),
        ),
        (BalanceRow("DOGE", Decimal("1"), Decimal("1"), Decimal(0)),),
        account_mode=2,
        position_mode="net_mode",
        sub_account=False,
        uid="7",
    )


def test_cache_round_trip_is_atomic_and_damage_tolerant(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    BalanceCache(path).put("id1", snapshot())
    assert BalanceCache(path).load() == {"id1": snapshot()}
    assert json.loads(path.read_text())["connections"]["id1"]["trading"][0][0] == "BTC"
    assert path.stat().st_mode & 0o077 == 0
    assert [p.name for p in tmp_path.iterdir()] == [FILE_NAME]  # no temporary file left
    path.write_text("{broken")
    assert BalanceCache(path).load() == {}
    cache = BalanceCache(path)
    cache.put("id1", snapshot())
    cache.disable()
    assert not path.exists()


def test_a_damaged_snapshot_loses_only_itself(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    BalanceCache(path).put_many({"good": snapshot(), "bad": snapshot()})
    doc = json.loads(path.read_text())
    doc["connections"]["bad"]["fetched_at"] = "yesterday"  # not a time
    path.write_text(json.dumps(doc))
    assert BalanceCache(path).load() == {"good": snapshot()}
    stored = StoredSnapshots(read_file(path))
    assert stored.get("bad") is None and stored["good"] == snapshot()
    assert dict(stored.items()) == {"good": snapshot()} and list(stored) == ["good"]


def test_stored_snapshots_are_parsed_only_when_asked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / FILE_NAME
    BalanceCache(path).put_many({f"id{n}": snapshot() for n in range(50)})
    parsed: list[object] = []
    real = cache_module.snapshot_from_json

    def counted(value: dict[str, object]) -> Snapshot:
        parsed.append(value)
        return real(value)

    monkeypatch.setattr(cache_module, "snapshot_from_json", counted)
    stored = StoredSnapshots(read_file(path))
    assert len(stored) == 50 and "id7" in list(stored) and parsed == []
    assert stored["id7"] == snapshot() and stored["id7"] is stored["id7"]  # parsed once
    assert len(parsed) == 1
    assert read_file(tmp_path / "missing.json") == {}


def test_amounts_sort_as_numbers_and_small_ones_hide(qtbot: QtBot) -> None:
    model = BalanceModel(funding=False)
    proxy = BalanceProxy(model)
    model.set_rows(snapshot().trading, {})
    proxy.sort(1, Qt.SortOrder.DescendingOrder)  # equity: 10 > 9 > 0.001 (as text "9" > "10")
    assert [proxy.index(r, 0).data() for r in range(3)] == ["ETH", "DOGE", "BTC"]
    proxy.set_hide_small(True)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["ETH", "BTC"]
    funding = BalanceModel(funding=True)
    funding_proxy = BalanceProxy(funding)
    funding.set_rows(snapshot().funding, {"DOGE": Decimal("0.1")})
    funding_proxy.set_hide_small(True)
    assert funding_proxy.rowCount() == 0  # 1 DOGE at 0.1 USD is small


def test_settings_dialog_saves_its_values(qtbot: QtBot, tmp_path: Path) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert (settings.clipboard_clear_seconds, settings.rotation_days) == (30, 90)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.clipboard.setValue(45)
    dialog.rotation.setValue(0)
    dialog.auto_lock.setValue(3)
    dialog.cache.setChecked(False)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_TW"))
    dialog.accept()
    again = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert again.clipboard_clear_seconds == 45
    assert again.rotation_days == 0
    assert again.auto_lock_minutes == 3
    assert not again.balance_cache
    assert again.language == "zh_TW"


def test_constants_copied_to_keep_start_up_light_match_their_sources() -> None:
    from gui.clipboard import DEFAULT_CLEAR_SECONDS
    from gui.connections.backups import FILE_SUFFIX
    from gui.connections.status import DEFAULT_ROTATION_DAYS
    from gui.connections.storage import SERVICE
    from gui.manager import prompts, services, settings

    assert settings.DEFAULT_CLEAR_SECONDS == DEFAULT_CLEAR_SECONDS
    assert settings.DEFAULT_ROTATION_DAYS == DEFAULT_ROTATION_DAYS
    assert services.SERVICE == SERVICE
    assert prompts.FILE_SUFFIX == FILE_SUFFIX


def test_the_badge_shows_for_anything_but_okx() -> None:
    from gui.connections.environment import AppEnvironment, OkxTarget
    from gui.manager.services import talks_to_okx

    def talks(target: OkxTarget, simulator: bool = False) -> bool:
        env = AppEnvironment(target, lambda: None, simulator)  # type: ignore[arg-type,return-value]
        return talks_to_okx(env, simulator=False)

    assert talks(OkxTarget())
    official = {Region.GLOBAL: "https://www.okx.com", Region.EEA: "https://eea.okx.com"}
    assert talks(OkxTarget(official))
    custom = {Region.GLOBAL: "https://okx.example.com"}
    assert not talks(OkxTarget(custom))
    assert not talks(OkxTarget(), simulator=True)
    assert not talks_to_okx(None, simulator=True)  # the app's flag, before the environment is set
    assert talks_to_okx(None, simulator=False)


def test_idle_timer_restarts_on_input_to_any_widget(qtbot: QtBot) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QLineEdit

    from gui.manager.locking import IdleWatcher

    app = QCoreApplication.instance()
    assert app is not None
    watcher = IdleWatcher(app, 1)
    assert not watcher.timer.isActive() and not watcher.filtering  # not armed yet
    watcher.arm(True)
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    assert watcher.timer.isActive()
    qtbot.keyClick(edit, "a")
    assert watcher.restarts >= 1  # a key press in a child widget reached the app-wide filter
    assert watcher.timer.isActive()
    watcher.set_minutes(0)
    assert not watcher.timer.isActive() and not watcher.filtering
    watcher.deleteLater()


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_screen_lock_is_watched_on_linux_only(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, platform: str
) -> None:
    from gui.manager.locking import ScreenLockWatcher

    class NoBus:
        def __getattr__(self, name: str) -> object:
            pytest.fail(f"QtDBus used on {platform}")

    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setitem(sys.modules, "PySide6.QtDBus", NoBus())
    watcher = ScreenLockWatcher()
    assert watcher.sources == []
    watcher.deleteLater()


def test_default_prompts_are_the_real_dialogs_loaded_at_the_first_question() -> None:
    from gui.manager.prompts import Prompts
    from gui.manager.services import DeferredPrompts

    deferred = DeferredPrompts()
    assert deferred._prompts is None  # nothing made before it is asked
    real = deferred._real()
    assert isinstance(real, Prompts)
    assert deferred._real() is real  # made once
    questions = {n for n in vars(Prompts) if not n.startswith("_")} - {"staticMetaObject"}
    assert questions <= set(vars(DeferredPrompts))  # every question is passed on


def test_the_store_lifecycle_moves_by_its_events() -> None:
    from gui.manager.controller import Event, Lifecycle

    state = Lifecycle.OPEN
    for event, expected in [
        (Event.MOVE, Lifecycle.MOVING),
        (Event.LOCK, Lifecycle.HELD_MOVING),  # a lock during a move: the move runs on
        (Event.UNLOCK, Lifecycle.HELD_MOVING_UNLOCKING),
        (Event.BEGIN, Lifecycle.MOVING_UNLOCKING),  # unlocked: a session begins
        (Event.UNLOCK_ENDED, Lifecycle.MOVING),
        (Event.MOVE_ENDED, Lifecycle.OPEN),
        (Event.LOCK, Lifecycle.HELD),
        (Event.UNLOCK, Lifecycle.HELD_UNLOCKING),
        (Event.UNLOCK_ENDED, Lifecycle.HELD),  # a wrong password: still held
    ]:
        state = state.after(event)
        assert state is expected, (event, state)
    assert state.held and not state.moving and not state.unlocking
    assert all(s.after(Event.BEGIN).held is False for s in Lifecycle)
