"""The connection wizard: a Qt-free flow (flow, validation, passphrase) and its Qt pages."""
