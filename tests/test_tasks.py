"""The background-work runner delivers results on the GUI thread and shuts down cleanly."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from gui.tasks import Progress, TaskRunner


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    assert runner.shutdown(5000)
    assert runner.is_idle()


def test_result_and_progress_arrive_on_the_gui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    seen: list[tuple[str, Any, bool]] = []
    gui = QThread.currentThread()

    def work(cancel: threading.Event, progress: Progress) -> int:
        assert QThread.currentThread() is not gui
        progress(1)
        progress(2)
        return 42

    task = runner.submit(work)
    task.progressed.connect(lambda v: seen.append(("p", v, QThread.currentThread() is gui)))
    task.succeeded.connect(lambda v: seen.append(("ok", v, QThread.currentThread() is gui)))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen == [("p", 1, True), ("p", 2, True), ("ok", 42, True)]
    assert not task.running


def test_errors_are_delivered_not_lost(qtbot: QtBot, runner: TaskRunner) -> None:
    def work(cancel: threading.Event, progress: Progress) -> None:
        raise ValueError("boom")

    task = runner.submit(work)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], ValueError)


def test_cancel_reaches_the_work(qtbot: QtBot, runner: TaskRunner) -> None:
    started = threading.Event()

    def work(cancel: threading.Event, progress: Progress) -> str:
        started.set()
        assert cancel.wait(5)
        return "stopped early"

    task = runner.submit(work)
    assert started.wait(5)
    with qtbot.waitSignal(task.cancelled, timeout=5000), qtbot.assertNotEmitted(task.succeeded):
        task.cancel()
    assert runner.active_count == 0


def test_shutdown_cancels_waits_and_drops_queued_results(qtbot: QtBot) -> None:
    runner = TaskRunner()
    started = threading.Event()
    stopped = threading.Event()

    def work(cancel: threading.Event, progress: Progress) -> None:
        started.set()
        cancel.wait(5)
        stopped.set()

    task = runner.submit(work)
    assert started.wait(5)
    with qtbot.assertNotEmitted(task.finished, wait=50):
        assert runner.shutdown(5000)
    assert stopped.is_set()
    assert runner.is_idle()


def test_typed_handlers_get_the_result_the_error_and_the_end(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    seen: list[object] = []
    ok = runner.submit(lambda cancel, progress: 7)
    ok.then(lambda value: seen.append(value + 1), finished=lambda: seen.append("end"))
    with qtbot.waitSignal(ok.finished, timeout=5000):
        pass

    def boom(cancel: threading.Event, progress: Progress) -> int:
        raise KeyError("x")

    bad = runner.submit(boom)
    bad.then(lambda value: seen.append(value), lambda error: seen.append(type(error).__name__))
    with qtbot.waitSignal(bad.finished, timeout=5000):
        pass
    assert seen == [8, "end", "KeyError"]


def test_a_result_that_arrives_after_its_state_ended_is_dropped(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    session_open = threading.Event()
    session_open.set()
    release = threading.Event()
    reported: list[object] = []

    def slow(cancel: threading.Event, progress: Progress) -> str:
        release.wait(5)
        return "a secret read for the clipboard"

    task = runner.submit(slow, valid=session_open.is_set)
    task.then(reported.append, reported.append, lambda: reported.append("finished"))
    session_open.clear()  # the user locked while the work ran
    release.set()
    with qtbot.waitSignal(task.dropped, timeout=5000), qtbot.assertNotEmitted(task.succeeded):
        pass
    assert reported == []


def test_failures_reach_the_gui_without_the_workers_frames(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    def fails(cancel: threading.Event, progress: Progress) -> None:
        secret = "locals of the worker"  # noqa: F841 - held by the frame a traceback keeps
        raise ValueError("boom")

    task = runner.submit(fails)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert blocker.args[0].__traceback__ is None


def test_the_immediate_runner_runs_at_once_and_keeps_the_result_for_late_handlers() -> None:
    from gui.tasks import ImmediateRunner

    runner = ImmediateRunner()
    task = runner.submit(lambda cancel, progress: "done")
    seen: list[str] = []
    task.then(seen.append)  # registered after the work ran
    assert seen == ["done"]
