"""Reading many keychain secrets at once ("Check all"): one call where the keychain can.

keyring reads one secret per call, and on the Secret Service each call opens a D-Bus connection
and an encrypted session (~8 round trips and a Diffie-Hellman exchange). A keychain that can
search (:mod:`gui.vault.keychain_items`: the Secret Service, the in-memory keyring) reads them
all in one batch; any other is read one secret at a time.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Mapping
from typing import Protocol, runtime_checkable

from gui.okx.signing import Credentials
from gui.vault.errors import SecretCorrupt
from gui.vault.keychain_backend import KeyringLike, keychain_failure
from gui.vault.keychain_items import decode_secret


@runtime_checkable
class BatchSecrets(Protocol):
    """A keychain that reads many secrets in one call."""

    def read_secrets(self, service: str, usernames: Iterable[str]) -> dict[str, str]:
        """The secrets of ``usernames`` in ``service`` that one batch could read; a caller reads
        any missing one on its own (``get_password`` then says why)."""
        ...


def read_credentials(
    backend: KeyringLike, items: object, service: str, labels: Mapping[str, str]
) -> dict[str, Credentials]:
    """The credentials of the connections ``labels`` names (id: label) that could be read and
    decoded; an id left out is read alone, which says why it fails. Any keychain fault raises
    :class:`~gui.vault.errors.KeychainUnavailable`."""
    try:
        if isinstance(items, BatchSecrets):
            blobs = items.read_secrets(service, list(labels))
        else:
            read = backend.get_password
            blobs = {i: blob for i in labels if (blob := read(service, i)) is not None}
    except Exception as exc:
        raise keychain_failure("read", exc) from None
    found: dict[str, Credentials] = {}
    for connection_id, blob in blobs.items():
        if connection_id in labels:
            with contextlib.suppress(SecretCorrupt):  # its own read says so
                found[connection_id] = decode_secret(blob, labels[connection_id])
    return found
