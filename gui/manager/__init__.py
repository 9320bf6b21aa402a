"""The key manager window: saved connections, their status and balances, and key actions."""
