"""What the list shows about a connection: its status and whether the key needs attention.

Pure functions over :class:`~gui.vault.model.Connection` and the last check report, tested
without Qt. Messages are :class:`~gui.text.Text` in context "manager".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from gui.okx.regions import Environment
from gui.text import QT_TRANSLATE_NOOP, Text
from gui.vault.model import CheckStatus as StoredStatus
from gui.vault.model import Connection

if TYPE_CHECKING:
    from gui.okx.check import ConnectionReport

# OKX's documented rule (it may have changed): a live Trade or Withdraw key without bound IPs is
# deleted after 14 days unused. Read-only and demo keys are not affected.
UNUSED_KEY_DAYS = 14
# Days before that deadline when the reminder appears.
UNUSED_WARN_DAYS = 4
DEFAULT_ROTATION_DAYS = 90


class Status(StrEnum):
    CONNECTED = "connected"
    PROBLEM = "problem"
    CHECKING = "checking"
    NOT_CHECKED = "not-checked"
    OFFLINE = "offline"


def status_name(status: Status) -> Text:
    names = {
        Status.CONNECTED: QT_TRANSLATE_NOOP("manager", "Connected"),
        Status.PROBLEM: QT_TRANSLATE_NOOP("manager", "Problem"),
        Status.CHECKING: QT_TRANSLATE_NOOP("manager", "Checking…"),
        Status.NOT_CHECKED: QT_TRANSLATE_NOOP("manager", "Not checked"),
        Status.OFFLINE: QT_TRANSLATE_NOOP("manager", "Offline"),
    }
    return Text(names[status], context="manager")


@dataclass(frozen=True)
class Diagnosis:
    """A status with its cause (shown on hover) and fix (shown on click)."""

    status: Status
    cause: Text | None = None
    fix: Text | None = None


def diagnose_report(report: ConnectionReport) -> Diagnosis:
    """The status a fresh check report gives."""
    from gui.okx.check import CheckStatus
    from gui.okx.errors import TRANSPORT_KINDS

    if report.ok and not report.severe_warnings:
        return Diagnosis(Status.CONNECTED)
    if report.error is not None and report.error.kind in TRANSPORT_KINDS:
        return Diagnosis(Status.OFFLINE, report.error.cause, report.error.fix)
    for item in report.items:
        if item.status is CheckStatus.FAIL or item.severe:
            return Diagnosis(Status.PROBLEM, item.message, item.fix)
    return Diagnosis(Status.PROBLEM)


def diagnose_stored(connection: Connection) -> Diagnosis:
    """The status remembered from the last check (its message is stored in English)."""
    check = connection.facts.last_check
    if check is None:
        return Diagnosis(Status.NOT_CHECKED)
    if check.elsewhere:  # imported: its status is the exporting computer's
        return Diagnosis(
            Status.NOT_CHECKED,
            Text(
                QT_TRANSLATE_NOOP(
                    "manager",
                    "Imported from a backup: last checked on another computer ({date}), not yet "
                    "on this one.",
                ),
                {"date": check.at.date().isoformat()},
                "manager",
            ),
        )
    if check.status is StoredStatus.CONNECTED:
        return Diagnosis(Status.CONNECTED)
    return Diagnosis(Status.PROBLEM, Text(check.message, context="manager-stored"))


def attention(connection: Connection, today: date, rotation_days: int) -> Text | None:
    """A reminder when the key needs attention soon, else None."""
    facts = connection.facts
    live = connection.environment is Environment.LIVE
    if live and {"trade", "withdraw"} & set(facts.permissions) and not facts.bound_ips:
        check = facts.last_check
        last_used = check.at.date() if check and check.status is StoredStatus.CONNECTED else None
        since = last_used or connection.added_on
        left = UNUSED_KEY_DAYS - (today - since).days
        if left <= UNUSED_WARN_DAYS:
            source = (
                #: The list shows the words before the first colon (： too): keep one there.
                QT_TRANSLATE_NOOP(
                    "manager",
                    "{days} days left under OKX's 14-day rule: OKX's documentation says a Trade "
                    "or Withdraw key without bound IPs is deleted after 14 days unused (the rule "
                    "may have changed). The days count from this app's last check, but OKX does "
                    "not say whether read-only requests such as these checks count as use: bind "
                    "an IP address on OKX to keep the key.",
                )
                if left > 0
                #: The list shows the words before the first colon (： too): keep one there.
                else QT_TRANSLATE_NOOP(
                    "manager",
                    "Unused for 14 days or more: under OKX's documented 14-day rule this key may "
                    "have been deleted. Check it; if it is gone, rotate it.",
                )
            )
            return Text(source, {"days": max(left, 0)}, "manager")
    if rotation_days > 0:
        age = (today - connection.key_created_on).days
        if age >= rotation_days:
            return Text(
                QT_TRANSLATE_NOOP(
                    "manager", "This key is {days} days old: rotate it (replace it with a new key)."
                ),
                {"days": age},
                "manager",
            )
    return None
