"""Moving keys found in a file into the store, and out of the file.

For each complete key found with high confidence (:attr:`Finding.migratable`): check it with a
read-only connection check (``check``, passed in: the command line and the app give their own
target), save it — or recognise it as already saved —, read it back; then rewrite the file
without the keys that were saved (:mod:`gui.bots.rewrite`). A key whose check fails stays in the
file untouched (a file with only failing keys is not written at all). Run off the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from gui.bots.findings import Finding, Kind
from gui.bots.rewrite import BOM, Exposure, RewriteFailed, exposures, replace_file, without_keys
from gui.bots.scan import scan_text
from gui.bots.textfiles import read_text
from gui.connections.edits import add_connection
from gui.connections.status import diagnose_report
from gui.okx.check import ConnectionReport
from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials, mask
from gui.text import QT_TRANSLATE_NOOP, Text
from gui.vault.model import label_key, unique_label
from gui.vault.store import ConnectionStore

# A read-only check of a key in a region and environment.
CheckFn = Callable[[Credentials, Region, Environment], ConnectionReport]


class KeyStatus(StrEnum):
    SAVED = "saved"
    ALREADY_SAVED = "already-saved"
    CHECK_FAILED = "check-failed"


@dataclass(frozen=True)
class KeyOutcome:
    finding: Finding
    status: KeyStatus
    region: Region
    environment: Environment
    label: str = ""
    report: ConnectionReport | None = None
    # Why the check failed, in English or translated by the views.
    reason: Text | None = None

    @property
    def moved(self) -> bool:
        return self.status is not KeyStatus.CHECK_FAILED


@dataclass(frozen=True)
class FileOutcome:
    path: Path
    keys: tuple[KeyOutcome, ...] = ()
    rewritten: bool = False
    exposures: frozenset[Exposure] = field(default_factory=frozenset)
    error: Text | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and all(k.moved for k in self.keys)


def _text(source: str, **args: object) -> Text:
    return Text(source, args, "bots")


def default_label(finding: Finding) -> str:
    """A label saying where the key came from: "freqtrade config", "okx live"..."""
    tool = finding.tool.value if finding.tool is not None else "okx"
    if finding.name and finding.kind in (Kind.OKX_TOML, Kind.PASSIVBOT):
        where = finding.name
    elif finding.path.stem in ("", ".env", "docker-compose", "compose"):
        where = finding.path.parent.name or finding.path.stem
    else:
        where = finding.path.stem
    return f"{tool} {where}".strip()[:64]


def verify(finding: Finding, check: CheckFn) -> tuple[ConnectionReport, Region, Environment]:
    """Checks the key where the file says it belongs (else Global, live); when OKX says it
    belongs elsewhere, checks it there once."""
    credentials = finding.credentials
    assert credentials is not None
    region = finding.region or Region.GLOBAL
    environment = finding.environment or Environment.LIVE
    report = check(credentials, region, environment)
    if not report.ok and (report.detected_region or report.detected_environment):
        other = (report.detected_region or region, report.detected_environment or environment)
        try:
            second = check(credentials, *other)
        except (KeyError, ValueError):  # the target has no server for that region
            return report, region, environment
        return second, *other
    return report, region, environment


def acceptable(report: ConnectionReport) -> bool:
    """What the wizard saves: a key that works and has no severe warning (Withdraw)."""
    return report.ok and not report.severe_warnings


def saved_as(store: ConnectionStore, credentials: Credentials) -> str | None:
    for connection in store.list():
        same_key = connection.masked_api_key == mask(credentials.api_key)
        if same_key and store.get_credentials(connection.id) == credentials:
            return connection.label
    return None


def _save(
    store: ConnectionStore, finding: Finding, check: CheckFn, label: str | None
) -> KeyOutcome:
    credentials = finding.credentials
    assert credentials is not None
    report, region, environment = verify(finding, check)
    if not acceptable(report):
        cause = diagnose_report(report).cause or _text(
            QT_TRANSLATE_NOOP("bots", "The key did not pass the check.")
        )
        return KeyOutcome(finding, KeyStatus.CHECK_FAILED, region, environment, "", report, cause)
    existing = saved_as(store, credentials)
    if existing is not None:
        return KeyOutcome(finding, KeyStatus.ALREADY_SAVED, region, environment, existing, report)
    taken = {label_key(c.label) for c in store.list()}
    name = unique_label(label or default_label(finding), taken)
    connection = add_connection(store, name, region, environment, credentials, report)
    if store.get_credentials(connection.id) != credentials:  # read back before the file changes
        raise RuntimeError("the saved key did not read back the same")
    return KeyOutcome(finding, KeyStatus.SAVED, region, environment, connection.label, report)


def migrate_file(
    path: Path,
    store: ConnectionStore,
    check: CheckFn,
    *,
    chosen: Collection[Finding] | None = None,
    label: str | None = None,
    cancel: threading.Event | None = None,
) -> FileOutcome:
    """Migrates the migratable keys of one file (only those in ``chosen`` when given)."""
    text = read_text(path)
    if text is None:
        return FileOutcome(
            path,
            error=_text(
                QT_TRANSLATE_NOOP(
                    "bots", "{path} cannot be read as a text file (missing, too big or binary)."
                ),
                path=str(path),
            ),
        )
    found = [f for f in scan_text(path, text) if f.migratable and (chosen is None or f in chosen)]
    outcomes: list[KeyOutcome] = []
    for finding in found:
        if cancel is not None and cancel.is_set():
            break
        outcomes.append(_save(store, finding, check, label if len(found) == 1 else None))
    moved = [o for o in outcomes if o.moved]
    if not moved:
        return FileOutcome(path, tuple(outcomes))
    try:
        with path.open("rb") as handle:
            raw = handle.read()
        if raw.decode("utf-8-sig") != text:
            return FileOutcome(
                path,
                tuple(outcomes),
                error=_text(
                    QT_TRANSLATE_NOOP(
                        "bots",
                        "{path} changed while its keys were checked, so it was left as it is. "
                        "The keys are saved: run the migration again to remove them from it.",
                    ),
                    path=str(path),
                ),
            )
        new_text = without_keys(
            text, [o.finding for o in moved], {i: o.label for i, o in enumerate(moved)}
        )
        # Every file migrate rewrites ends 0600 (docs/bots.md), keys left in it or not.
        replace_file(path, new_text, bom=raw.startswith(BOM.encode()), secrets_left=True)

    except (OSError, RewriteFailed, UnicodeDecodeError) as exc:
        return FileOutcome(
            path,
            tuple(outcomes),
            error=_text(
                QT_TRANSLATE_NOOP(
                    "bots",
                    "{path} could not be rewritten ({reason}); it is unchanged. The keys are "
                    "saved: remove them from the file by hand.",
                ),
                path=str(path),
                reason=getattr(exc, "strerror", None) or str(exc) or type(exc).__name__,
            ),
        )
    return FileOutcome(path, tuple(outcomes), True, frozenset(exposures(path)))


def migrate_findings(
    findings: Iterable[Finding],
    store: ConnectionStore,
    check: CheckFn,
    *,
    cancel: threading.Event | None = None,
    progress: Callable[[FileOutcome], None] | None = None,
) -> list[FileOutcome]:
    """Migrates the chosen findings, file by file."""
    by_path: dict[Path, list[Finding]] = {}
    for finding in findings:
        by_path.setdefault(finding.path, []).append(finding)
    results = []
    for path, chosen in by_path.items():
        if cancel is not None and cancel.is_set():
            break
        outcome = migrate_file(path, store, check, chosen=chosen, cancel=cancel)
        results.append(outcome)
        if progress is not None:
            progress(outcome)
    return results
