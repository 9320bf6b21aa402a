"""A screenshot of the app's first frame, taken at its first paint, with N saved connections.

    xvfb-run -a -s "-screen 0 1280x1024x24" .venv/bin/python benchmarks/first_frame.py \\
        docs/screenshots/first-frame-1000-keys.png [N]

N (default 1,000) connections are saved as ``benchmarks/startup.py`` saves them — index with
the statuses of an earlier check, ``balances.json`` with a snapshot each — into a temporary data
folder (an in-memory keyring: the first frame never reads the keychain). The window is made as
``gui.app.run`` makes it (``create_window``); at its first Paint event the grab is scheduled for
the next turn of the event loop, before anything else runs (the store is never opened here), so
the picture is the first frame's content. Prints what the frame showed.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    target = Path(sys.argv[1])
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    with tempfile.TemporaryDirectory(prefix="okx-km-first-frame-") as tmp:
        os.environ["XDG_DATA_HOME"] = str(Path(tmp) / "data")
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        from PySide6.QtCore import QEvent, QObject, QSettings, QTimer

        from benchmarks.startup import build_store
        from gui import __app_id__
        from gui.app import create_application, create_window
        from gui.vault.memory import MemoryKeyring
        from gui.vault.store import default_data_dir

        folder = default_data_dir()
        folder.mkdir(parents=True)
        build_store(folder, MemoryKeyring(), "okx-km-first-frame", size)
        app = create_application()
        window = create_window(QSettings(__app_id__, __app_id__))

        class AtFirstPaint(QObject):
            seen = False

            def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint and not self.seen:
                    self.seen = True
                    QTimer.singleShot(0, grab)
                return False

        def grab() -> None:
            window.grab().save(str(target))
            print(f"{target}: first frame, {window.first_frame_shows()}")
            app.quit()

        watcher = AtFirstPaint()
        window.installEventFilter(watcher)
        window.show()
        app.exec()


if __name__ == "__main__":
    main()
