"""The manager key: a master account's key marked to manage its sub-accounts' keys, and the
error every issuing use case raises (:class:`IssuingError`: what happened, the fix, and what is
left to clean up). No Qt; run off the GUI thread."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from gui.connections.environment import OkxTarget
from gui.okx.errors import OkxError
from gui.okx.models import Permission
from gui.okx.signing import Credentials
from gui.text import QT_TRANSLATE_NOOP, Text
from gui.vault.model import Connection, Facts
from gui.vault.store import ConnectionStore

if TYPE_CHECKING:
    from gui.okx.subaccounts import SubAccountApi

CONTEXT = "issuing"


def itext(source: str, **args: object) -> Text:
    return Text(source, args, CONTEXT)


class IssuingError(Exception):
    """A use case that stopped: ``message`` says what happened, ``fix`` what to do, and
    ``cleanup`` what is left on OKX or in the store (None: nothing). Never a secret."""

    def __init__(
        self,
        message: Text,
        fix: Text | None = None,
        *,
        cleanup: Text | None = None,
        okx: OkxError | None = None,
    ) -> None:
        super().__init__(str(message))
        self.message = message
        self.fix = fix
        self.cleanup = cleanup
        self.okx = okx

    def lines(self) -> list[str]:
        """The English message, fix and cleanup, for the command line."""
        return [str(t) for t in (self.message, self.fix, self.cleanup) if t is not None]


def okx_error(error: OkxError, what: Text) -> IssuingError:
    """``what`` failed because OKX (or the network) said ``error``."""
    return IssuingError(
        itext(QT_TRANSLATE_NOOP("issuing", "{what}: {cause}"), what=what, cause=error.cause),
        error.fix,
        okx=error,
    )


# --- the manager key ---------------------------------------------------------------------------

MANAGER_RISK = Text(
    QT_TRANSLATE_NOOP(
        "issuing",
        "A manager key is a key of your master (main) account with Read and Trade, bound to this "
        "computer's IP address. Through it the app creates, changes and deletes your "
        "sub-accounts' API keys — and the same key can also trade your master account. Keep it "
        "in the strongest storage you have (a vault file, or a keychain that asks before each "
        "use); the app asks before every use that creates, changes or deletes a key. If this "
        "computer's IP address changes, bind the new one to the key on OKX's web site.",
    ),
    context=CONTEXT,
)


@dataclass(frozen=True)
class Manager:
    """A manager key ready for use: its connection and credentials (never printed)."""

    connection: Connection
    credentials: Credentials

    @property
    def master_uid(self) -> str:
        return self.connection.facts.uid

    def __repr__(self) -> str:
        return f"Manager({self.connection.label!r})"


def open_api(manager: Manager, target: OkxTarget) -> SubAccountApi:
    from gui.okx.client import OkxClient
    from gui.okx.subaccounts import SubAccountApi

    connection = manager.connection
    client = OkxClient(
        manager.credentials,
        region=connection.region,
        environment=connection.environment,
        base_url=target.base_url(connection.region),
        timeout=target.timeout,
    )
    return SubAccountApi(client)


@contextmanager
def manager_api(manager: Manager, target: OkxTarget) -> Iterator[SubAccountApi]:
    api = open_api(manager, target)
    try:
        yield api
    finally:
        api.client.close()


def mark_manager(store: ConnectionStore, connection_id: str, target: OkxTarget) -> Connection:
    """Marks a saved connection as the manager key after OKX confirms it can be one: a master
    account's key, with Trade, bound to IP addresses. Show :data:`MANAGER_RISK` first."""
    from gui.okx.client import OkxClient

    connection = store.get(connection_id)
    credentials = store.get_credentials(connection_id)
    what = itext(QT_TRANSLATE_NOOP("issuing", "Checking the manager key"))
    try:
        with OkxClient(
            credentials,
            region=connection.region,
            environment=connection.environment,
            base_url=target.base_url(connection.region),
            timeout=target.timeout,
        ) as client:
            client.sync_clock()
            config = client.account_config()
    except OkxError as error:
        raise okx_error(error, what) from None
    if config.is_sub_account:
        raise IssuingError(
            itext(
                QT_TRANSLATE_NOOP(
                    "issuing",
                    "“{label}” is a key of a sub-account: only a key of the master (main) "
                    "account can manage sub-accounts' keys.",
                ),
                label=connection.label,
            ),
            itext(QT_TRANSLATE_NOOP("issuing", "Create the manager key on your main account.")),
        )
    if Permission.TRADE not in config.permissions:
        raise IssuingError(
            itext(
                QT_TRANSLATE_NOOP(
                    "issuing",
                    "“{label}” has no Trade permission: OKX creates sub-accounts' keys only "
                    "for a key with Trade.",
                ),
                label=connection.label,
            ),
            itext(QT_TRANSLATE_NOOP("issuing", "On OKX, edit the key and tick Trade.")),
        )
    if not config.bound_ips:
        raise IssuingError(not_bound_message(connection.label), not_bound_fix())

    def mark(facts: Facts) -> Facts:
        return replace(
            facts,
            manager=True,
            uid=config.uid,
            sub_account=False,
            permissions=tuple(sorted(p.value for p in config.permissions)),
            bound_ips=config.bound_ips,
        )

    return store.change_facts({connection_id: mark})[0]


def not_bound_message(label: str) -> Text:
    return itext(
        QT_TRANSLATE_NOOP(
            "issuing",
            "“{label}” is not bound to an IP address: OKX lets only IP-bound keys create, "
            "change or delete sub-accounts' keys.",
        ),
        label=label,
    )


def not_bound_fix() -> Text:
    return itext(
        QT_TRANSLATE_NOOP(
            "issuing",
            "Bind the manager key to this computer's IP address first, on OKX's API page.",
        )
    )


def unmark_manager(store: ConnectionStore, connection_id: str) -> Connection:
    return store.change_facts({connection_id: lambda f: replace(f, manager=False)})[0]


def find_manager(store: ConnectionStore, label: str) -> Manager:
    """The manager key called ``label``; raises IssuingError when it is not one."""
    from gui.connections.stores import find_by_label

    connection = find_by_label(store, label)
    if not connection.facts.manager:
        raise IssuingError(
            itext(
                QT_TRANSLATE_NOOP("issuing", "“{label}” is not marked as the manager key."),
                label=connection.label,
            ),
            itext(
                QT_TRANSLATE_NOOP(
                    "issuing", "Mark it first: okx-key-manager manager {label} --yes"
                ),
                label=connection.label,
            ),
        )
    return Manager(connection, store.get_credentials(connection.id))


def manager_for(store: ConnectionStore, issued: Connection) -> Manager:
    """The manager key of the master account that issued ``issued``."""
    assert issued.facts.issued is not None
    uid = issued.facts.issued.master_uid
    for connection in store.list():
        if connection.facts.manager and connection.facts.uid == uid:
            return Manager(connection, store.get_credentials(connection.id))
    raise IssuingError(
        itext(
            QT_TRANSLATE_NOOP(
                "issuing",
                "No manager key of the master account {uid} is saved: “{label}” cannot be "
                "changed on OKX without one.",
            ),
            uid=uid,
            label=issued.label,
        ),
        itext(
            QT_TRANSLATE_NOOP(
                "issuing", "Add the master account's manager key and mark it, then try again."
            )
        ),
    )
