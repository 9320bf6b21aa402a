"""The private Secret Service as a pytest plugin (registered in tests/conftest.py): the real
keyring backend and a service name unique to one test, its items deleted afterwards."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import closing

import keyring
import pytest


@pytest.fixture
def secret_service() -> Iterator[tuple[object, str]]:
    """The real keyring backend and a service name unique to this test; cleaned afterwards."""
    backend = keyring.get_keyring()
    service = f"okx-key-manager-test-{uuid.uuid4().hex[:12]}"
    yield backend, service
    preferred = getattr(backend, "get_preferred_collection", None)
    if preferred is not None:
        collection = preferred()
        with closing(collection.connection):
            for item in collection.search_items({"service": service}):
                item.delete()
