"""Saved connections and where their secrets live. Imports no Qt.

- :mod:`gui.vault.model` — Connection, Facts, CheckSummary; labels; JSON shapes.
- :mod:`gui.vault.store` — the ConnectionStore and LockableStore protocols, Problem.
- :mod:`gui.vault.keychain` — KeychainStore: secrets in the system keychain + :mod:`.index`.
- :mod:`gui.vault.filevault` — FileVaultStore: everything in one encrypted vault file.
- :mod:`gui.vault.backup` — export_backup, read_backup (preview), import_backup.
- :mod:`gui.vault.crypto` — the encrypted container (Argon2id + AES-256-GCM).
- :mod:`gui.vault.errors` — VaultError and its subclasses, each with a translatable message.

See docs/vault.md and docs/vault-format.md.
"""
