"""The balance cache: the balances and account facts last fetched, shown offline with their age.

With the system keychain: a NON-secret JSON file ``balances.json`` in the data folder (amounts,
currencies, uid, modes; never a key), written atomically (temporary file, fsync, rename). With a
vault file the cache stays in memory only (``path`` None): account data never sits in a plain
file beside an encrypted vault. The user can turn it off in the settings, which deletes the file.
Qt-free; read and written on worker threads. Many results are stored with one write
(:meth:`BalanceCache.put_many`).
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import ItemsView, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gui.paths import read_regular_file
from gui.vault.atomic import atomic_write
from gui.vault.index import Writer

if TYPE_CHECKING:
    from gui.okx.check import ConnectionReport

log = logging.getLogger(__name__)

FORMAT = "okx-key-manager/balance-cache"
FILE_NAME = "balances.json"
MAX_CACHE_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class BalanceRow:
    ccy: str
    equity: Decimal
    available: Decimal
    frozen: Decimal
    usd_value: Decimal | None = None  # the funding account has no USD value


@dataclass(frozen=True)
class Snapshot:
    """What one check fetched for one connection."""

    fetched_at: datetime
    total_equity_usd: Decimal | None
    trading: tuple[BalanceRow, ...]
    funding: tuple[BalanceRow, ...]
    account_mode: int | None = None
    position_mode: str | None = None
    sub_account: bool | None = None
    uid: str = ""


def snapshot_from_report(report: ConnectionReport) -> Snapshot | None:
    """The balances of a report, or None when it fetched none."""
    if report.trading is None and report.funding is None:
        return None
    trading = report.trading
    config = report.config
    return Snapshot(
        fetched_at=report.checked_at,
        total_equity_usd=None if trading is None else trading.total_equity_usd,
        trading=()
        if trading is None
        else tuple(
            BalanceRow(d.ccy, d.equity, d.available, d.frozen, d.usd_value) for d in trading.details
        ),
        funding=()
        if report.funding is None
        else tuple(
            BalanceRow(d.ccy, d.balance, d.available, d.frozen) for d in report.funding.details
        ),
        account_mode=None if config is None else config.account_mode.value,
        position_mode=None if config is None else config.position_mode.value,
        sub_account=None if config is None else config.is_sub_account,
        uid="" if config is None else config.uid,
    )


def _row_json(row: BalanceRow) -> list[str | None]:
    usd = None if row.usd_value is None else str(row.usd_value)
    return [row.ccy, str(row.equity), str(row.available), str(row.frozen), usd]


def _row(value: Any) -> BalanceRow:
    ccy, equity, available, frozen, usd = value
    return BalanceRow(
        str(ccy),
        Decimal(equity),
        Decimal(available),
        Decimal(frozen),
        None if usd is None else Decimal(usd),
    )


def snapshot_to_json(snapshot: Snapshot) -> dict[str, Any]:
    total = snapshot.total_equity_usd
    return {
        "fetched_at": snapshot.fetched_at.astimezone(UTC).isoformat(),
        "total_equity_usd": None if total is None else str(total),
        "trading": [_row_json(r) for r in snapshot.trading],
        "funding": [_row_json(r) for r in snapshot.funding],
        "account_mode": snapshot.account_mode,
        "position_mode": snapshot.position_mode,
        "sub_account": snapshot.sub_account,
        "uid": snapshot.uid,
    }


def snapshot_from_json(value: dict[str, Any]) -> Snapshot:
    total = value.get("total_equity_usd")
    fetched = datetime.fromisoformat(value["fetched_at"])
    if fetched.tzinfo is None:
        raise ValueError("no time zone")
    return Snapshot(
        fetched_at=fetched,
        total_equity_usd=None if total is None else Decimal(total),
        trading=tuple(_row(r) for r in value["trading"]),
        funding=tuple(_row(r) for r in value["funding"]),
        account_mode=value.get("account_mode"),
        position_mode=value.get("position_mode"),
        sub_account=value.get("sub_account"),
        uid=str(value.get("uid", "")),
    )


# What a damaged file or snapshot raises as it is read.
DAMAGE = (
    OSError,
    ValueError,
    KeyError,
    TypeError,
    AttributeError,  # not an object where one belongs
    RecursionError,  # JSON nested too deeply
    InvalidOperation,
)


def read_file(path: Path | None) -> dict[str, Any]:
    """The cache file's snapshots as JSON, by connection id, not parsed yet; empty when the
    file is missing or is not a balance cache."""
    if path is None or not path.exists():
        return {}
    try:
        doc = json.loads(read_regular_file(path, MAX_CACHE_BYTES).decode("utf-8"))
        if doc.get("format") != FORMAT or doc.get("version") != 1:
            raise ValueError("not a balance cache")
        connections = doc["connections"]
        if not isinstance(connections, dict):
            raise TypeError("connections")
    except DAMAGE as exc:
        log.warning("balance cache ignored: %s", type(exc).__name__)
        return {}
    return {str(k): v for k, v in connections.items()}


class StoredSnapshots(Mapping[str, Snapshot]):
    """The snapshots of a cache file, each parsed when it is first asked for. The window's
    first frame shows one connection's balances: parsing all of them cost ~17 ms of it at
    1,000 connections (benchmarks/startup.py). A snapshot that does not parse is left out
    (logged), from the moment it is found: iterate :meth:`items` for only the good ones."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self._raw = raw
        self._parsed: dict[str, Snapshot] = {}

    def __getitem__(self, connection_id: str) -> Snapshot:
        snapshot = self._parsed.get(connection_id)
        if snapshot is None:
            value = self._raw[connection_id]
            try:
                snapshot = snapshot_from_json(value)
            except DAMAGE as exc:
                del self._raw[connection_id]
                log.warning("balance cache: a snapshot ignored: %s", type(exc).__name__)
                raise KeyError(connection_id) from None
            self._parsed[connection_id] = snapshot
        return snapshot

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._raw))

    def __len__(self) -> int:
        return len(self._raw)

    def items(self) -> ItemsView[str, Snapshot]:
        """The snapshots that parse (all of them parsed)."""
        good = {}
        for connection_id in list(self._raw):
            snapshot = self.get(connection_id)
            if snapshot is not None:
                good[connection_id] = snapshot
        return good.items()


class BalanceCache:
    """Snapshots by connection id, persisted in ``path`` (None: memory only, nothing written)."""

    def __init__(self, path: Path | None, *, writer: Writer = atomic_write) -> None:
        self.path = path
        self._writer = writer
        self._lock = threading.Lock()
        self._snapshots: dict[str, Snapshot] = {}

    def get(self, connection_id: str) -> Snapshot | None:
        with self._lock:
            return self._snapshots.get(connection_id)

    def snapshots(self) -> dict[str, Snapshot]:
        """A copy of every snapshot held."""
        with self._lock:
            return dict(self._snapshots)

    def load(self) -> dict[str, Snapshot]:
        """Reads the file; a missing or damaged one gives an empty cache, a damaged snapshot
        in it is left out (it is only a cache)."""
        stored = StoredSnapshots(read_file(self.path))
        loaded = dict(stored.items())
        with self._lock:
            self._snapshots = dict(loaded)
        return loaded

    def put(self, connection_id: str, snapshot: Snapshot) -> None:
        self.put_many({connection_id: snapshot})

    def put_many(self, snapshots: dict[str, Snapshot]) -> None:
        """Keeps the snapshots, then writes the file once."""
        if not snapshots:
            return
        with self._lock:
            self._snapshots.update(snapshots)
        self._save()

    def forget(self, connection_ids: set[str]) -> None:
        """Drops the snapshots of connections no longer saved."""
        with self._lock:
            gone = connection_ids & set(self._snapshots)
            for connection_id in gone:
                del self._snapshots[connection_id]
        if gone:
            self._save()

    def _save(self) -> None:
        with self._lock:
            if self.path is None:
                return
            doc = {
                "format": FORMAT,
                "version": 1,
                "connections": {k: snapshot_to_json(v) for k, v in self._snapshots.items()},
            }
            data = json.dumps(doc, sort_keys=True, indent=1).encode()
            try:
                self._writer(self.path, data)
            except OSError as exc:
                log.warning("balance cache not written: %s", type(exc).__name__)

    def disable(self) -> None:
        """Stops writing, then overwrites and deletes the file (:func:`wipe_file`)."""
        with self._lock:
            path, self.path = self.path, None
        if path is not None:
            wipe_file(path)


def wipe_file(path: Path) -> None:
    """Overwrites the regular file ``path`` with zeros (flushed to the disk), then deletes it:
    balances, equity and account modes do not stay readable in the file's old blocks on a
    simple file system. (A copy-on-write or journaling file system, or an SSD, may keep old
    blocks anyway: the deletion is what is promised; the overwrite is a best effort.) A path
    that is not a regular file is only unlinked; a missing one is fine."""
    import os
    import stat

    try:
        info = path.lstat()
    except FileNotFoundError:
        return
    if stat.S_ISREG(info.st_mode):
        try:
            fd = os.open(
                path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
            )
            try:
                left = info.st_size
                while left > 0:
                    left -= os.write(fd, bytes(min(left, 1 << 20)))
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            log.warning("balance cache not overwritten: %s", type(exc).__name__)
    path.unlink(missing_ok=True)
