"""Bots and scripts use the saved keys, with no plain-text file. Qt-free.

- :mod:`.presets` — which variables each tool reads, per region and environment.
- :mod:`.envformat` — those variables as dotenv, JSON or shell lines.
- :mod:`.launch` — starting a command with them in its environment only (optionally masking them
  in its output).
- :mod:`.scan` (with :mod:`.lenient_json` and :mod:`.envlines`) — finding OKX keys in files.
- :mod:`.rewrite` and :mod:`.migrate` — moving found keys into the store and out of the files.
- :mod:`.snippets` — the command line, systemd unit and MCP configuration shown to the user.

See docs/bots.md.
"""
