"""What each of the window's actions does: the window's and the operations' methods by
:class:`~gui.manager.actions.Act` (the registry says what the actions are)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from gui.manager.actions import Act

if TYPE_CHECKING:
    from gui.connections.model import Connection
    from gui.manager.window import ManagerWindow


def slots(window: ManagerWindow) -> dict[Act, Callable[[], object]]:
    def on_selected(do: Callable[[Connection], object]) -> Callable[[], None]:
        def run() -> None:
            connection = window.selected()
            if connection is not None:
                do(connection)

        return run

    return {
        Act.ADD: window.add,
        Act.CHECK: window.check_selected,
        Act.CHECK_ALL: window.check_all,
        Act.EDIT: on_selected(lambda c: window.ops.edit(c)),
        Act.ROTATE: window.rotate_selected,
        Act.DELETE: on_selected(lambda c: window.ops.delete(c)),
        Act.COPY_API_KEY: on_selected(lambda c: window.ops.copy(c, Act.COPY_API_KEY)),
        Act.COPY_SECRET_KEY: on_selected(lambda c: window.ops.copy(c, Act.COPY_SECRET_KEY)),
        Act.COPY_PASSPHRASE: on_selected(lambda c: window.ops.copy(c, Act.COPY_PASSPHRASE)),
        Act.OPEN_OKX: on_selected(lambda c: window.ops.open_on_okx(c)),
        Act.USE_WITH: on_selected(lambda c: window.ops.use_with(c)),
        Act.FIND_KEYS: lambda: window.ops.find_keys(),
        Act.EXPORT: lambda: window.ops.export_backup(),
        Act.IMPORT: lambda: window.ops.import_backup(),
        Act.LOCK: window.lock,
        Act.SETTINGS: window.open_settings,
    }
