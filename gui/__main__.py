"""``python -m gui`` does what the ``okx-key-manager`` command does (and, with
``--check-helper``, is the check helper of a running window: gui/connections/check_helper.py)."""

import sys

if sys.argv[1:] == ["--check-helper"]:
    from gui.hardening import harden_process

    harden_process()  # before any key arrives
    from gui.connections.check_helper import main as helper

    helper()

from gui.cli import main

raise SystemExit(main())
