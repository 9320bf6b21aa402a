"""What the app does with saved keys, free of Qt: the wizard, the manager and the command line
all call these use cases; bots reach them through the command line.

- :mod:`.environment` — where OKX and the store are for one run (real or simulator).
- :mod:`.stores` — opening the user's store; a connection by its name.
- :mod:`.checking` — checking a key, storing what the check found.
- :mod:`.edits` — add, rotate, rename and notes, delete, read one secret.
- :mod:`.moving` — moving every connection between the keychain and a vault file.
- :mod:`.cache` — the balance cache; :mod:`.status` — statuses and reminders;
  :mod:`.money` — how amounts are written.

See docs/architecture.md.
"""
