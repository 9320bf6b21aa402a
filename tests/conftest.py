"""Shared test set-up. Qt runs offscreen: no display is needed.

The test run is hermetic: before any test module is imported (modules copy ``os.environ`` for
their child processes), the run gets its own temporary, data, config, cache and state folders.
An app a test starts therefore keys its single-instance socket, its settings and its data on
folders no other copy of the app uses: the user's open window never answers for it, and
``make test`` passes while the app runs (tests/test_single_instance.py).
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Short names: a Unix socket's path (dbus, the single instance) holds at most 107 bytes.
_RUN_ROOT = tempfile.mkdtemp(prefix="okxkm-")
atexit.register(shutil.rmtree, _RUN_ROOT, ignore_errors=True)
_FOLDERS = {
    "TMPDIR": "t",
    "XDG_DATA_HOME": "d",
    "XDG_CONFIG_HOME": "c",
    "XDG_CACHE_HOME": "k",
    "XDG_STATE_HOME": "s",
}
for _name, _short in _FOLDERS.items():
    _folder = os.path.join(_RUN_ROOT, _short)
    os.makedirs(_folder, mode=0o700)
    os.environ[_name] = _folder
tempfile.tempdir = None  # tempfile reads TMPDIR again: the run's own temporary folder
