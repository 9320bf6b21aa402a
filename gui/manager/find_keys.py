""" "Find keys in files…": scans for OKX keys in plain-text files and moves the chosen ones into
the app with the same checks as ``okx-key-manager migrate``.

The scan and the migration run on a :class:`~gui.tasks.TaskRunner` (they read files and talk to
OKX), never on the GUI thread. The migration itself is a callable passed in — the window gives
one bound to its store and OKX target (:func:`gui.bots.migrate.migrate_findings`) — so this dialog
never opens a store. Values are shown masked only.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.bots.findings import Confidence, Finding
from gui.bots.migrate import FileOutcome, KeyStatus
from gui.bots.rewrite import Exposure
from gui.bots.scan import ScanResult, default_places, scan_paths
from gui.manager.sizing import fitted
from gui.tasks import Task, TaskRunner, Work
from gui.text import Text

# Migrates the chosen findings (off the GUI thread); the event asks it to stop.
MigrateFn = Callable[[Sequence[Finding], threading.Event], Sequence[FileOutcome]]
Places = Sequence[Path | tuple[Path, int]]
T = TypeVar("T")


def _tr(text: Text) -> str:
    return text.translated(QCoreApplication.translate)


def button_text(text: str) -> str:
    """A button's words as a sentence names them: without the mnemonic ("&U", "(&U)")."""
    return re.sub(r"\(&\w\)|&(?=\w)", "", text)


class FindKeysDialog(QDialog):
    """Lists what the scan of ``places`` (default: where the known tools keep their files, and
    the home folder's own files) found; migrates the checked findings with ``migrate``."""

    def __init__(
        self,
        runner: TaskRunner,
        migrate: MigrateFn,
        parent: QWidget | None = None,
        *,
        places: Places | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("findKeysDialog")
        self.setWindowTitle(self.tr("Find OKX keys in files"))
        self.runner = runner
        self.migrate = migrate
        self.findings: list[Finding] = []
        self._items: dict[int, QTreeWidgetItem] = {}
        self._task: Task[Any] | None = None
        intro = QLabel(
            #: {button}: the toolbar button's own words ("Use with…"), translated with it.
            self.tr(
                "Bots often keep OKX keys in plain-text files that anyone with the file can "
                "use. Checked keys are verified, saved here, and removed from their files; "
                "start your bots with “{button}” afterwards."
            ).format(button=button_text(QCoreApplication.translate("ManagerWindow", "&Use with…"))),
            self,
        )
        intro.setObjectName("findKeysIntro")
        intro.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("scanStatus")
        self.status.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("findingsTree")
        self.tree.setRootIsDecorated(False)
        # Long paths keep their ends: the folder's start and the file's name (whole in the tip).
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.tree.setHeaderLabels(
            [
                self.tr("File"),
                self.tr("Line"),
                self.tr("Tool"),
                self.tr("Confidence"),
                self.tr("Values"),
            ]
        )
        self.results = QPlainTextEdit(self)
        self.results.setObjectName("migrationResults")
        self.results.setReadOnly(True)
        self.results.hide()
        self.folder_button = QPushButton(self.tr("Scan a &folder…"), self)
        self.folder_button.setObjectName("scanFolderButton")
        self.folder_button.clicked.connect(self._choose_folder)
        self.migrate_button = QPushButton(self.tr("&Move the checked keys into the app"), self)
        self.migrate_button.setObjectName("migrateButton")
        self.migrate_button.clicked.connect(self.start_migration)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.migrate_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.results)
        layout.addLayout(buttons)
        self.tree.itemChanged.connect(lambda *_: self._update_buttons())
        self.resize(fitted(self, 820, 520))
        # From the home folder, never the process's working folder (the app's own source after
        # `make run`): its own files and the known tools' folders; "Scan a folder…" for others.
        home = Path.home()
        self.start_scan(places if places is not None else default_places(home, home))

    # -- scanning -------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._task is not None

    def start_scan(self, places: Places) -> None:
        """Scans ``places`` on the runner; the list fills when it is done."""
        self._cancel_task()
        self.tree.clear()
        self.findings = []
        self.status.setText(self.tr("Looking for OKX keys…"))

        def work(cancel: threading.Event, _progress: Callable[[Any], None]) -> ScanResult:
            return scan_paths(places, cancel=cancel)

        self._start(work, self._scanned)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Scan a folder"))
        if folder:
            self.start_scan([Path(folder)])

    def _scanned(self, result: ScanResult) -> None:
        self.findings = list(result.findings)
        self._items = {}
        for index, finding in enumerate(self.findings):
            item = QTreeWidgetItem(
                [
                    str(finding.path),
                    str(finding.line),
                    finding.tool.value if finding.tool is not None else "—",
                    self._confidence(finding.confidence),
                    finding.shown_values(),
                ]
            )
            item.setToolTip(0, str(finding.path))
            reason = finding.why_not_migratable()
            if reason is None:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Checked)
            else:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                item.setToolTip(0, f"{finding.path}\n{_tr(reason)}")
            self.tree.addTopLevelItem(item)
            self._items[index] = item
        for column in range(1, 4):
            self.tree.resizeColumnToContents(column)
        if not self.findings:
            self.status.setText(
                self.tr("No OKX key found in {files} files.").format(files=result.files)
            )
        else:
            self.status.setText(
                self.tr("{count} possible OKX keys found in {files} files.").format(
                    count=len(self.findings), files=result.files
                )
            )
        if result.unread:  # never skipped in silence: which, and (on hover) why
            self.status.setText(
                self.status.text()
                + " "
                + self.tr(
                    "{count} files were not read (not a regular file, too large or binary)."
                ).format(count=len(result.unread))
            )
            self.status.setToolTip("\n".join(f"{path}: {why}" for path, why in result.unread))

    def _confidence(self, confidence: Confidence) -> str:
        return {
            Confidence.HIGH: self.tr("high"),
            Confidence.MEDIUM: self.tr("medium"),
            Confidence.LOW: self.tr("low"),
        }[confidence]

    def checked(self) -> list[Finding]:
        return [
            finding
            for index, finding in enumerate(self.findings)
            if self._items[index].checkState(0) == Qt.CheckState.Checked
            and finding.why_not_migratable() is None
        ]

    # -- migrating ------------------------------------------------------------------------------

    def start_migration(self) -> None:
        chosen = self.checked()
        if not chosen or self.busy:
            return
        self.status.setText(self.tr("Checking and saving {count} keys…").format(count=len(chosen)))

        def work(
            cancel: threading.Event, _progress: Callable[[Any], None]
        ) -> Sequence[FileOutcome]:
            return self.migrate(chosen, cancel)

        self._start(work, self._migrated)

    def _migrated(self, outcomes: Sequence[FileOutcome]) -> None:
        lines: list[str] = []
        for outcome in outcomes:
            lines += self._describe(outcome)
        self.results.setPlainText("\n".join(lines))
        self.results.show()
        moved = sum(1 for o in outcomes for k in o.keys if k.moved)
        self.status.setText(self.tr("{count} keys moved into the app.").format(count=moved))
        for item in self._items.values():
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(0, Qt.CheckState.Unchecked)

    def _describe(self, outcome: FileOutcome) -> list[str]:
        lines = [str(outcome.path)]
        for key in outcome.keys:
            line = key.finding.line
            if key.status is KeyStatus.SAVED:
                lines.append(
                    self.tr("  Line {line}: checked and saved as “{label}”.").format(
                        line=line, label=key.label
                    )
                )
            elif key.status is KeyStatus.ALREADY_SAVED:
                lines.append(
                    self.tr("  Line {line}: already saved as “{label}”.").format(
                        line=line, label=key.label
                    )
                )
            else:
                reason = _tr(key.reason) if key.reason is not None else ""
                lines.append(
                    self.tr(
                        "  Line {line}: did not pass the check, left in the file: {reason}"
                    ).format(line=line, reason=reason)
                )
        if outcome.error is not None:
            lines.append("  " + _tr(outcome.error))
        if outcome.rewritten:
            lines.append(self.tr("  The keys were removed from the file; the rest is unchanged."))
        if outcome.exposures & {Exposure.GIT_TRACKED, Exposure.GIT_HISTORY}:
            lines.append(
                self.tr(
                    "  This file is or was tracked by git: the key stays in the repository's "
                    "history. Rotate the key (create a new one on OKX, delete this one)."
                )
            )
        if Exposure.SYNCED in outcome.exposures:
            lines.append(
                self.tr(
                    "  This file is in a synced folder: old copies may remain with the sync "
                    "service. Rotate the key."
                )
            )
        return lines

    # -- plumbing -------------------------------------------------------------------------------

    def _start(self, work: Work[T], done: Callable[[T], None]) -> None:
        task = self.runner.submit(work)
        self._task = task

        # A task of a closed dialog (or a replaced one) still reports: only the current one
        # counts, so nothing touches the widgets of a dialog that is gone.
        task.then(
            lambda value: done(value) if self._task is task else None,
            lambda error: self._failed(error) if self._task is task else None,
            lambda: self._finished(task),
        )
        self._update_buttons()

    def _failed(self, error: object) -> None:
        message = getattr(error, "message", None)
        if isinstance(message, Text):  # the store's errors say what to do
            self.status.setText(_tr(message))
            return
        self.status.setText(
            self.tr(
                "Something unexpected went wrong; nothing was changed. Try again, and if it keeps "
                "happening, restart the app."
            )
        )

    def _finished(self, task: Task[Any]) -> None:
        if self._task is task:
            self._task = None
            self._update_buttons()

    def _update_buttons(self) -> None:
        self.migrate_button.setEnabled(not self.busy and bool(self.checked()))
        self.folder_button.setEnabled(not self.busy)

    def _cancel_task(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def done(self, result: int) -> None:
        self._cancel_task()
        super().done(result)
