"""``python -m gui`` does what the ``okx-key-manager`` command does."""

from gui.cli import main

raise SystemExit(main())
