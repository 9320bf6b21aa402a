""" "Use with…": how to start a bot with one saved connection, without a plain-text key file.

Shows, for the chosen tool, the exact ``okx-key-manager run`` command line, a systemd unit and
(for OKX's Agent Trade Kit) an MCP client configuration — each with a Copy button. None of them
holds a secret: only the connection's label and paths. Nothing here touches the store.
"""

from __future__ import annotations

import shlex
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QClipboard, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.bots.presets import PRESETS, Tool, ToolRefused, check_usable
from gui.bots.snippets import command_line, mcp_config, systemd_unit, this_program
from gui.manager.sizing import fitted
from gui.vault.model import Connection


class UseWithDialog(QDialog):
    """The snippets for one connection. ``vault_path``: the vault file when the keys are in
    one (the snippets then name it and a password file), None for the system keychain."""

    def __init__(
        self,
        connection: Connection,
        parent: QWidget | None = None,
        *,
        vault_path: Path | None = None,
        program: str | None = None,
        clipboard: QClipboard | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("useWithDialog")
        self.connection = connection
        self.vault_path = vault_path
        self.program = program or this_program()  # this installation's, in full
        self._clipboard = clipboard
        self.setWindowTitle(self.tr("Use “{label}” with a bot").format(label=connection.label))
        self.tool = QComboBox(self)
        self.tool.setObjectName("toolCombo")
        for tool, preset in PRESETS.items():
            self.tool.addItem(preset.name, tool.value)
        self.command = QLineEdit(self)
        self.command.setObjectName("commandEdit")
        self.command.setToolTip(self.tr("The command that starts your bot; edit it as you need."))
        self.refusal = QLabel(self)
        self.refusal.setObjectName("refusalLabel")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("color: #b3261e;")
        self.run_text = self._snippet("runText")
        self.unit_text = self._snippet("systemdText")
        self.mcp_text = self._snippet("mcpText")
        self.copy_buttons: dict[str, QPushButton] = {}
        form = QFormLayout()
        form.addRow(self.tr("&Tool:"), self.tool)
        form.addRow(self.tr("&Command:"), self.command)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Start your bot through OKX Key Manager: it puts the key in the bot's "
                "environment only, so no file holds it."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.refusal)
        self.mcp_title = QLabel(self.tr("MCP client configuration (Claude Desktop, Cursor…):"))
        for key, title, text in (
            ("run", QLabel(self.tr("Command line:")), self.run_text),
            ("systemd", QLabel(self._unit_title()), self.unit_text),
            ("mcp", self.mcp_title, text_mcp := self.mcp_text),
        ):
            row = QHBoxLayout()
            row.addWidget(title, 1)
            button = QPushButton(self.tr("Copy"), self)
            button.setObjectName(f"copy_{key}")
            button.clicked.connect(lambda _=False, t=text: self._copy(t))
            self.copy_buttons[key] = button
            row.addWidget(button)
            layout.addLayout(row)
            layout.addWidget(text)
        self._mcp_widgets: tuple[QWidget, ...] = (
            self.mcp_title,
            text_mcp,
            self.copy_buttons["mcp"],
        )
        note = QLabel(
            self.tr(
                "Any program running under your user account can read a running bot's "
                "environment. Give bots a key that can trade but not withdraw, bound to your "
                "server's IP address."
            ),
            self,
        )
        note.setObjectName("environNote")
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.tool.currentIndexChanged.connect(self._tool_changed)
        self.command.textEdited.connect(lambda _text: self._refresh())
        self._tool_changed()
        self.resize(fitted(self, 720, 640))  # within the screen: Close stays on it

    def _snippet(self, name: str) -> QPlainTextEdit:
        text = QPlainTextEdit(self)
        text.setObjectName(name)
        text.setReadOnly(True)
        text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        return text

    def _unit_title(self) -> str:
        if self.vault_path is not None:
            return self.tr(
                "systemd service (the vault password comes from an encrypted credential):"
            )
        return self.tr("systemd user service (needs your keychain unlocked):")

    @property
    def selected_tool(self) -> Tool:
        return Tool(str(self.tool.currentData()))

    def select_tool(self, tool: Tool) -> None:
        self.tool.setCurrentIndex(self.tool.findData(tool.value))

    def _tool_changed(self) -> None:
        self.command.setText(shlex.join(PRESETS[self.selected_tool].example_command))
        self._refresh()

    def _refresh(self) -> None:
        tool = self.selected_tool
        try:
            check_usable(tool, self.connection.region, self.connection.environment)
        except ToolRefused as refused:
            self.refusal.setText(refused.message.translated(QCoreApplication.translate))
            self.refusal.show()
            usable = False
        else:
            self.refusal.hide()
            usable = True
        try:
            command = shlex.split(self.command.text()) or None
        except ValueError:  # an unclosed quote while typing
            command = None
        label = self.connection.label
        vault = self.vault_path
        self.run_text.setPlainText(
            command_line(label, tool, command, vault=vault, program=self.program)
        )
        self.unit_text.setPlainText(
            systemd_unit(label, tool, command, vault=vault, program=self.program)
        )
        self.mcp_text.setPlainText(mcp_config(label, vault=vault, program=self.program))
        for widget in self._mcp_widgets:
            widget.setVisible(tool is Tool.OKX)
        for button in self.copy_buttons.values():
            button.setEnabled(usable)

    def _copy(self, text: QPlainTextEdit) -> None:
        clipboard = self._clipboard or QGuiApplication.clipboard()
        clipboard.setText(text.toPlainText())
