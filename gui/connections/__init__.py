"""What the app does with saved keys, free of Qt, and the one door to storage: the wizard, the
manager, the command line and the bots call these use cases and never import :mod:`gui.vault`.

- :mod:`.environment` — where OKX and the store are for one run (real or simulator).
- :mod:`.stores` — opening the user's store (or a named vault file), unlocking; a connection by
  its name.
- :mod:`.checking` — checking a key, storing what the check found.
- :mod:`.saving` — the one rule for saving a key (``save_checked_key``).
- :mod:`.edits` — add, rotate, rename and notes, delete, read one secret.
- :mod:`.backups` — backups out and in; :mod:`.repairs` — the consistency scan's findings.
- :mod:`.moving` — moving every connection between the keychain and a vault file.
- :mod:`.model`, :mod:`.storage`, :mod:`.errors`, :mod:`.files` — the storage layer's types
  the layers above use, re-exported.
- :mod:`.cache` — the balance cache; :mod:`.status` — statuses and reminders;
  :mod:`.money` — how amounts are written.

See docs/architecture.md.
"""
