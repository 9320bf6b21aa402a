"""Finding the app's keychain items without reading their secrets, and what each item tells.

keyring's API cannot list items, but the stores below it can. Where one can, each item also
carries non-secret facts about its connection (:class:`ItemFacts`: label, region, environment,
dates, masked API key) so the list of connections can be rebuilt from the keychain alone.

- Linux, Secret Service (``secretstorage``, keyring's own dependency): items carry keyring's
  attributes ``service``, ``username``, ``application`` (so ``keyring.get_password`` and
  ``secret-tool lookup service S username U`` still find them) plus ``okx-km-*`` attributes. ONE
  ``SearchItems`` call finds them all; their attributes are then read in one pipelined batch.
- Windows, Credential Manager (``win32cred`` as keyring imports it: pywin32-ctypes): generic
  credentials at keyring's compound target ``<id>@<service>`` with user name ``<id>`` (which
  ``keyring.get_password`` reads), the facts as compact JSON in the credential's ``Comment``.
  ONE ``CredEnumerate`` call lists them.
- macOS and any other backend: no search (:func:`items_for` returns None); the store then falls
  back to one read per connection, and only its journal finds orphans (docs/vault.md).
- :class:`gui.vault.memory.MemoryKeyring` (``--simulator`` mode, unit tests) implements the
  same protocol in a dict.
"""

from __future__ import annotations

import json
import logging
import secrets
import sys
import time
from collections.abc import Iterable, Mapping
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol, runtime_checkable

from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials
from gui.vault.errors import InvalidLabel, SecretCorrupt, SecretTooLarge
from gui.vault.index import IndexData
from gui.vault.keychain_backend import KeyringLike
from gui.vault.model import (
    Connection,
    Facts,
    Malformed,
    clean_label,
    credentials_from_json,
    credentials_to_json,
    label_key,
    loads_object,
    unique_label,
)

log = logging.getLogger(__name__)

PREFIX = "okx-km-"
FACTS_VERSION = "1"
SEARCH_TIMEOUT = 10.0
"""Seconds the attribute reads of one search may take in all before the keychain counts as
not answering."""
PIPELINE = 64
"""Attribute reads in flight at once on the D-Bus connection."""
MAX_COMMENT = 256  # CRED_MAX_STRING_LENGTH: the longest Comment Windows stores
MAX_ITEM_CHARS = 1000  # Windows Credential Manager: 1,280 characters; keep a margin
SECRET_FORMAT_VERSION = 1
UNNAMED_LABEL = "Found in the keychain"
"""The name of a restored item that carries no facts (written by an older version)."""


def new_connection_id() -> str:
    """A random id (never the label): 128 bits, hex."""
    return secrets.token_hex(16)


def encode_secret(credentials: Credentials) -> str:
    """The keychain item: compact JSON; raises SecretTooLarge beyond MAX_ITEM_CHARS."""
    blob = json.dumps(
        {"v": SECRET_FORMAT_VERSION, **credentials_to_json(credentials)}, separators=(",", ":")
    )
    if len(blob) > MAX_ITEM_CHARS:
        raise SecretTooLarge()
    return blob


def decode_secret(blob: str, label: str) -> Credentials:
    try:
        doc = loads_object(blob.encode("utf-8", "surrogatepass"), "the keychain item")
        if doc.get("v") != SECRET_FORMAT_VERSION:
            raise Malformed("unknown keychain item version")
        return credentials_from_json(doc, "the keychain item")
    except (Malformed, UnicodeError):
        raise SecretCorrupt(label) from None


@dataclass(frozen=True)
class ItemFacts:
    """The non-secret facts an item carries about its connection (never a secret)."""

    label: str
    region: Region
    environment: Environment
    added_on: date
    key_created_on: date
    masked_api_key: str

    def to_fields(self) -> dict[str, str]:
        return {
            "v": FACTS_VERSION,
            "label": self.label,
            "region": self.region.value,
            "environment": self.environment.value,
            "added": self.added_on.isoformat(),
            "created": self.key_created_on.isoformat(),
            "masked": self.masked_api_key,
        }

    @classmethod
    def from_fields(cls, fields: Mapping[str, Any]) -> ItemFacts | None:
        """The facts in ``fields``, or None when they are absent or not valid (an item written by
        an older version, or changed by someone else)."""
        try:
            if fields.get("v") != FACTS_VERSION:
                return None
            masked = fields["masked"]
            if not isinstance(masked, str) or len(masked) > 16:
                return None
            return cls(
                label=clean_label(str(fields["label"])),
                region=Region(fields["region"]),
                environment=Environment(fields["environment"]),
                added_on=date.fromisoformat(str(fields["added"])),
                key_created_on=date.fromisoformat(str(fields["created"])),
                masked_api_key=masked,
            )
        except (KeyError, ValueError, TypeError, InvalidLabel):
            return None

    def attributes(self) -> dict[str, str]:
        """Secret Service attributes: ``okx-km-label`` and so on."""
        return {PREFIX + name: value for name, value in self.to_fields().items()}

    @classmethod
    def from_attributes(cls, attributes: Mapping[str, str]) -> ItemFacts | None:
        return cls.from_fields(
            {k[len(PREFIX) :]: v for k, v in attributes.items() if k.startswith(PREFIX)}
        )

    def comment(self) -> str:
        """Windows' ``Comment``: compact JSON, at most 256 characters (the label is dropped in the
        unlikely case that it does not fit: restoring then names the connection itself)."""
        fields = self.to_fields()
        text = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
        if len(text) > MAX_COMMENT:
            fields["label"] = ""
            text = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
        return text

    @classmethod
    def from_comment(cls, comment: object) -> ItemFacts | None:
        if not isinstance(comment, str) or len(comment) > MAX_COMMENT:
            return None
        try:
            fields = json.loads(comment)
        except ValueError:
            return None
        return cls.from_fields(fields) if isinstance(fields, dict) else None


@dataclass(frozen=True)
class FoundItem:
    """An item of the app's service: its user name (the connection id) and facts if it has any."""

    username: str
    facts: ItemFacts | None


def item_facts(connection: Connection) -> ItemFacts:
    return ItemFacts(
        label=connection.label,
        region=connection.region,
        environment=connection.environment,
        added_on=connection.added_on,
        key_created_on=connection.key_created_on,
        masked_api_key=connection.masked_api_key,
    )


def unlisted_connections(
    data: IndexData, found: Iterable[FoundItem], today: date
) -> list[Connection]:
    """Connections for the found items that neither the list nor the journal knows, sorted by
    label; labels are made unique among them and against the list."""
    known = {c.id for c in data.connections} | {p.connection.id for p in data.pending}
    taken = data.labels()
    result: list[Connection] = []
    for item in sorted(found, key=_order):
        if item.username in known or not _valid_id(item.username):
            continue
        known.add(item.username)
        facts = item.facts
        if facts is None:
            label = unique_label(UNNAMED_LABEL, taken)
            connection = Connection(
                item.username, label, Region.GLOBAL, Environment.LIVE, "", today
            )
        else:
            label = unique_label(facts.label, taken)
            connection = Connection(
                id=item.username,
                label=label,
                region=facts.region,
                environment=facts.environment,
                masked_api_key=facts.masked_api_key,
                added_on=facts.added_on,
                facts=Facts(key_created_on=facts.key_created_on),
            )
        taken.add(label_key(label))
        result.append(connection)
    return result


def _valid_id(connection_id: str) -> bool:
    """An id this app could have made (the index accepts no other)."""
    return 0 < len(connection_id) <= 64 and all(c.isalnum() or c in "-_" for c in connection_id)


def _order(item: FoundItem) -> tuple[bool, str, str]:
    return (item.facts is None, label_key(item.facts.label) if item.facts else "", item.username)


@runtime_checkable
class KeychainItems(Protocol):
    """What a keychain that can search offers besides keyring's three calls."""

    def search(self, service: str) -> list[FoundItem]:
        """Every item of ``service``, without reading any secret: one call to the keychain."""
        ...

    def write(self, service: str, username: str, secret: str, facts: ItemFacts) -> None:
        """Stores a new item that ``keyring.get_password(service, username)`` reads."""
        ...

    def update(self, service: str, username: str, facts: ItemFacts) -> None:
        """Replaces the facts of an existing item (the secret is kept)."""
        ...


def items_for(backend: KeyringLike) -> KeychainItems | None:
    """The search interface for ``backend``, or None when it cannot search."""
    if isinstance(backend, KeychainItems):  # it searches by itself (gui.vault.memory)
        return backend
    module = type(backend).__module__
    if module == "keyring.backends.SecretService":
        if getattr(backend, "scheme", "default") != "default":
            return None  # the KeePassXC scheme names its attributes differently
        return SecretServiceItems(backend)
    if module == "keyring.backends.Windows":
        # pywin32-ctypes before 0.2.1 (keyring accepts 0.2.0) has no CredEnumerate
        win32cred = vars(sys.modules[module]).get("win32cred")
        if win32cred is None or not hasattr(win32cred, "CredEnumerate"):
            return None
        return WindowsCredentialItems(backend)
    return None


# -- Linux: the Secret Service ----------------------------------------------------------------

BUS_NAME = "org.freedesktop.secrets"
COLLECTION_IFACE = "org.freedesktop.Secret.Collection"
ITEM_IFACE = "org.freedesktop.Secret.Item"
SERVICE_PATH = "/org/freedesktop/secrets"
SERVICE_IFACE = "org.freedesktop.Secret.Service"


class SecretServiceItems:
    """Search and attributes through keyring's SecretService backend and its D-Bus connection."""

    def __init__(self, backend: Any) -> None:
        self.backend = backend

    def _collection(self) -> Any:
        return self.backend.get_preferred_collection()  # unlocks, or raises KeyringLocked

    def _base_attributes(self, service: str, username: str) -> dict[str, str]:
        return {"service": service, "username": username, "application": self.backend.appid}

    def search(self, service: str) -> list[FoundItem]:
        from jeepney import DBusAddress, new_method_call

        collection = self._collection()
        with closing(collection.connection) as connection:
            address = DBusAddress(collection.collection_path, BUS_NAME, COLLECTION_IFACE)
            call = new_method_call(address, "SearchItems", "a{ss}", ({"service": service},))
            reply = connection.send_and_get_reply(call, timeout=SEARCH_TIMEOUT)
            paths: list[str] = list(_body(reply)[0])
            found = []
            for attributes in _read_attributes(connection, paths).values():
                username = attributes.get("username")
                if attributes.get("service") == service and username:
                    found.append(FoundItem(username, ItemFacts.from_attributes(attributes)))
            return found

    def read_secrets(self, service: str, usernames: Iterable[str]) -> dict[str, str]:
        """ONE D-Bus connection, one session, ``SearchItems``, the attributes in one pipelined
        batch and ONE ``GetSecrets`` for every item wanted — where ``keyring.get_password`` opens
        a connection and a session per item (~8 round trips and a Diffie-Hellman exchange: the
        most of "Check all"'s time per key that was not the network). Locked items, which
        ``GetSecrets`` leaves out, are left to single reads."""
        from jeepney import DBusAddress, new_method_call
        from secretstorage.util import open_session

        wanted = set(usernames)
        collection = self._collection()
        with closing(collection.connection) as connection:
            address = DBusAddress(collection.collection_path, BUS_NAME, COLLECTION_IFACE)
            call = new_method_call(address, "SearchItems", "a{ss}", ({"service": service},))
            reply = connection.send_and_get_reply(call, timeout=SEARCH_TIMEOUT)
            paths: list[str] = list(_body(reply)[0])
            owners: dict[str, str] = {}
            for path, attributes in _read_attributes(connection, paths).items():
                username = attributes.get("username", "")
                if attributes.get("service") == service and username in wanted:
                    owners.setdefault(path, username)
            if not owners:
                return {}
            session = open_session(connection)
            address = DBusAddress(SERVICE_PATH, BUS_NAME, SERVICE_IFACE)
            call = new_method_call(
                address, "GetSecrets", "aoo", (list(owners), session.object_path)
            )
            reply = connection.send_and_get_reply(call, timeout=SEARCH_TIMEOUT)
            found: dict[str, str] = {}
            for path, secret in dict(_body(reply)[0]).items():
                owner = owners.get(path)
                if owner is not None and owner not in found:
                    found[owner] = _open_secret(session, secret).decode("utf-8")
            return found

    def write(self, service: str, username: str, secret: str, facts: ItemFacts) -> None:
        collection = self._collection()
        attributes = {**self._base_attributes(service, username), **facts.attributes()}
        with closing(collection.connection):
            collection.create_item(
                _item_label(facts), attributes, secret.encode("utf-8"), replace=True
            )

    def update(self, service: str, username: str, facts: ItemFacts) -> None:
        collection = self._collection()
        with closing(collection.connection):
            for item in collection.search_items({"service": service, "username": username}):
                kept = {k: v for k, v in item.get_attributes().items() if not k.startswith(PREFIX)}
                item.set_attributes({**kept, **facts.attributes()})
                item.set_label(_item_label(facts))


def _open_secret(session: Any, secret: tuple[Any, ...]) -> bytes:
    """A Secret Service ``Secret`` struct (session, parameters, value, content type) as its
    bytes, decrypted as :meth:`secretstorage.item.Item.get_secret` does."""
    if not session.encrypted:
        return bytes(secret[2])
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    decryptor = Cipher(algorithms.AES(session.aes_key), modes.CBC(bytes(secret[1]))).decryptor()
    padded = decryptor.update(bytes(secret[2])) + decryptor.finalize()
    return padded[: -padded[-1]]


def _item_label(facts: ItemFacts) -> str:
    """What Seahorse and other keychain viewers show for the item."""
    return f"OKX Key Manager: {facts.label} ({facts.masked_api_key})"


def _body(message: Any) -> tuple[Any, ...]:
    from jeepney import MessageType
    from jeepney.wrappers import DBusErrorResponse

    if message.header.message_type == MessageType.error:
        raise DBusErrorResponse(message)
    return tuple(message.body)


def _read_attributes(connection: Any, paths: list[str]) -> dict[str, dict[str, str]]:
    """The ``Attributes`` property of each item, read with up to :data:`PIPELINE` requests in
    flight on one connection (one round trip per item would cost ~1 ms each). An item deleted
    in the meantime is left out."""
    from jeepney import DBusAddress, HeaderFields, MessageType, Properties

    deadline = time.monotonic() + SEARCH_TIMEOUT
    todo = iter(paths)
    waiting: dict[int, str] = {}
    result: dict[str, dict[str, str]] = {}

    def send_next() -> None:
        path = next(todo, None)
        if path is None:
            return
        serial = next(connection.outgoing_serial)
        message = Properties(DBusAddress(path, BUS_NAME, ITEM_IFACE)).get("Attributes")
        connection.send(message, serial=serial)
        waiting[serial] = path

    for _ in range(PIPELINE):
        send_next()
    while waiting:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("the Secret Service did not answer the search in time")
        message = connection.receive(timeout=remaining)
        path = waiting.pop(message.header.fields.get(HeaderFields.reply_serial, -1), None)
        if path is None:
            continue  # a signal, or a reply to something else
        if message.header.message_type != MessageType.error:
            _signature, value = message.body[0]
            result[path] = {str(k): str(v) for k, v in dict(value).items()}
        send_next()
    return result


# -- Windows: the Credential Manager ----------------------------------------------------------

ERROR_NOT_FOUND = 1168


class WindowsCredentialItems:
    """Generic credentials at ``<id>@<service>`` with the facts in ``Comment``.

    keyring's own ``set_password`` first moves an item at target ``<service>`` to its compound
    target, rewriting its ``Comment``; writing every item straight to its compound target (which
    ``get_password`` and ``delete_password`` both look at) keeps the facts intact. Items written by
    an older version at target ``<service>`` are still found (they have no facts).
    """

    def __init__(self, backend: Any) -> None:
        self.backend = backend

    @staticmethod
    def _api() -> tuple[Any, Any]:
        """``win32cred`` and ``pywintypes`` exactly as keyring's Windows backend imported them."""
        from keyring.backends import Windows

        names = vars(Windows)  # imported there inside a try block, not re-exported
        return names["win32cred"], names["pywintypes"]

    def search(self, service: str) -> list[FoundItem]:
        win32cred, pywintypes = self._api()
        try:
            credentials = win32cred.CredEnumerate(Filter=None, Flags=0)
        except pywintypes.error as exc:
            if getattr(exc, "winerror", None) == ERROR_NOT_FOUND:
                return []  # the user has no credentials at all
            raise
        found = []
        for credential in credentials:
            username = credential.get("UserName")
            target = credential.get("TargetName")
            if credential.get("Type") != win32cred.CRED_TYPE_GENERIC or not username:
                continue
            if target in (service, f"{username}@{service}"):
                found.append(FoundItem(username, ItemFacts.from_comment(credential.get("Comment"))))
        del credentials  # it held every credential's blob
        return found

    def _write(self, target: str, username: str, secret: str, comment: str) -> None:
        win32cred, _ = self._api()
        win32cred.CredWrite(
            {
                "Type": win32cred.CRED_TYPE_GENERIC,
                "TargetName": target,
                "UserName": username,
                "CredentialBlob": secret,
                "Comment": comment,
                "Persist": self.backend.persist,
            },
            0,
        )

    def write(self, service: str, username: str, secret: str, facts: ItemFacts) -> None:
        self._write(f"{username}@{service}", username, secret, facts.comment())

    def update(self, service: str, username: str, facts: ItemFacts) -> None:
        win32cred, pywintypes = self._api()
        for target in (f"{username}@{service}", service):
            try:
                credential = win32cred.CredRead(Type=win32cred.CRED_TYPE_GENERIC, TargetName=target)
            except pywintypes.error as exc:
                if getattr(exc, "winerror", None) == ERROR_NOT_FOUND:
                    continue
                raise
            if credential.get("UserName") == username:
                blob = bytes(credential["CredentialBlob"]).decode("utf-16")  # as keyring reads
                self._write(target, username, blob, facts.comment())
                return
