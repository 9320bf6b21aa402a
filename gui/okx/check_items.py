"""The items of a connection check: their ids, statuses and the texts derived from OKX's answers.

Pure functions from an :class:`~gui.okx.models.AccountConfig` to :class:`CheckItem`, plus the
errors the check builds when it finds a key in another region or environment. No I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from gui.okx.errors import ErrorKind, OkxError
from gui.okx.models import AccountConfig, AccountMode, Permission, PositionMode
from gui.okx.regions import REGIONS, Environment, Region, region_name
from gui.text import QT_TRANSLATE_NOOP, Text

RECOMMENDED_ACCOUNT_MODE = AccountMode.FUTURES
RECOMMENDED_POSITION_MODE = PositionMode.ONE_WAY


class CheckId(Enum):
    """The items of a check, in the order they are reported."""

    REACHABLE = "reachable"
    CLOCK = "clock"
    KEY = "key"
    PASSPHRASE = "passphrase"  # noqa: S105 - an item id
    SIGNATURE = "signature"
    ENVIRONMENT = "environment"
    REGION = "region"
    PERMISSIONS = "permissions"
    IP_BINDING = "ip_binding"
    ACCOUNT_MODE = "account_mode"
    POSITION_MODE = "position_mode"
    SUB_ACCOUNT = "sub_account"


class CheckStatus(Enum):
    PASS = "pass"  # noqa: S105 - a status
    WARN = "warn"
    FAIL = "fail"
    SKIPPED = "skipped"


class FixAction(Enum):
    """A change the app can make on the user's explicit request."""

    SET_ACCOUNT_MODE = "set_account_mode"  # to Spot and futures mode (acctLv 2)
    SET_POSITION_MODE = "set_position_mode"  # to one-way (net_mode)


@dataclass(frozen=True)
class CheckItem:
    id: CheckId
    status: CheckStatus
    message: Text
    fix: Text | None = None
    severe: bool = False  # a WARN the views must show like a failure (Withdraw permission)
    action: FixAction | None = None  # the button that applies ``fix``, if the app can


def item_for(kind: ErrorKind) -> CheckId:
    """The item an authentication-stage error belongs to."""
    return {
        ErrorKind.PASSPHRASE: CheckId.PASSPHRASE,
        ErrorKind.SIGNATURE: CheckId.SIGNATURE,
        ErrorKind.IP: CheckId.IP_BINDING,
        ErrorKind.PERMISSION: CheckId.PERMISSIONS,
        ErrorKind.ENVIRONMENT: CheckId.ENVIRONMENT,
        ErrorKind.DEMO_UNSUPPORTED: CheckId.ENVIRONMENT,
        ErrorKind.REGION: CheckId.REGION,
        ErrorKind.BLOCKED: CheckId.REGION,  # 50121: this IP or its country, not the key
        ErrorKind.CLOCK: CheckId.CLOCK,
    }.get(kind, CheckId.KEY)


PASSPHRASE_OK = Text(QT_TRANSLATE_NOOP("okx", "The passphrase is correct."))
SIGNATURE_OK = Text(
    QT_TRANSLATE_NOOP("okx", "The secret key is correct: OKX accepted the request's signature.")
)


def region_error(found: Region, chosen: Region, original: OkxError) -> OkxError:
    info = REGIONS[found]
    return OkxError(
        ErrorKind.REGION,
        Text(
            #: {region}, {chosen}: translated region names (Global, EEA, US); {site}: an address.
            QT_TRANSLATE_NOOP(
                "okx",
                "This key belongs to OKX {region} ({site}), not to OKX {chosen}.",
            ),
            {"region": region_name(found), "site": info.web_host, "chosen": region_name(chosen)},
        ),
        Text(
            QT_TRANSLATE_NOOP(
                "okx", "Choose {region} as your region: it is the OKX site you log in to."
            ),
            {"region": region_name(found)},
        ),
        code=original.code,
        okx_message=original.okx_message,
        http_status=original.http_status,
    )


def environment_error(found: Environment, original: OkxError) -> OkxError:
    if found is Environment.DEMO:
        cause = QT_TRANSLATE_NOOP("okx", "This is a demo trading key, but live trading was chosen.")
        fix = QT_TRANSLATE_NOOP(
            "okx",
            "Choose demo trading to use this key, or create a live key on OKX's API page "
            "(outside Demo Trading).",
        )
    else:
        cause = QT_TRANSLATE_NOOP("okx", "This is a live trading key, but demo trading was chosen.")
        fix = QT_TRANSLATE_NOOP(
            "okx",
            "Choose live trading to use this key, or create a demo key under Demo Trading on OKX.",
        )
    return OkxError(
        ErrorKind.ENVIRONMENT,
        Text(cause),
        Text(fix),
        code=original.code,
        okx_message=original.okx_message,
        http_status=original.http_status,
    )


# --- the items derived from a working account config --------------------------------------------


def permissions_item(config: AccountConfig) -> CheckItem:
    perms = config.permissions
    if Permission.WITHDRAW in perms:
        return CheckItem(
            CheckId.PERMISSIONS,
            CheckStatus.WARN,
            Text(
                QT_TRANSLATE_NOOP(
                    "okx",
                    "This key can WITHDRAW funds: anyone who obtains it could move your money "
                    "out of OKX.",
                )
            ),
            Text(
                QT_TRANSLATE_NOOP(
                    "okx",
                    "Delete this key on OKX and create a new one with only Read and Trade. "
                    "This app never needs Withdraw.",
                )
            ),
            severe=True,
        )
    if Permission.READ not in perms:
        return CheckItem(
            CheckId.PERMISSIONS,
            CheckStatus.FAIL,
            Text(QT_TRANSLATE_NOOP("okx", "The key lacks the Read permission the app needs.")),
            Text(QT_TRANSLATE_NOOP("okx", "On OKX, edit the key and tick Read.")),
        )
    if Permission.TRADE not in perms:
        return CheckItem(
            CheckId.PERMISSIONS,
            CheckStatus.WARN,
            Text(
                QT_TRANSLATE_NOOP(
                    "okx", "The key can only read: balances show, but orders cannot be placed."
                )
            ),
            Text(
                QT_TRANSLATE_NOOP(
                    "okx", "To trade from this app, edit the key on OKX and tick Trade."
                )
            ),
        )
    return CheckItem(
        CheckId.PERMISSIONS,
        CheckStatus.PASS,
        Text(QT_TRANSLATE_NOOP("okx", "The key can read and trade, and cannot withdraw.")),
    )


def ip_item(config: AccountConfig, environment: Environment) -> CheckItem:
    if config.bound_ips:
        return CheckItem(
            CheckId.IP_BINDING,
            CheckStatus.PASS,
            Text(
                QT_TRANSLATE_NOOP("okx", "The key only works from {ips}."),
                {"ips": ", ".join(config.bound_ips)},
            ),
        )
    if environment is Environment.DEMO:
        return CheckItem(
            CheckId.IP_BINDING,
            CheckStatus.PASS,
            Text(
                QT_TRANSLATE_NOOP(
                    "okx", "The key is not bound to an IP address. Demo keys never expire."
                )
            ),
        )
    if not config.permissions & {Permission.TRADE, Permission.WITHDRAW}:
        return CheckItem(
            CheckId.IP_BINDING,
            CheckStatus.PASS,
            Text(
                QT_TRANSLATE_NOOP(
                    "okx",
                    "The key is not bound to an IP address. OKX's 14-day rule for unbound keys "
                    "does not apply to read-only keys.",
                )
            ),
        )
    return CheckItem(
        CheckId.IP_BINDING,
        CheckStatus.WARN,
        Text(
            QT_TRANSLATE_NOOP(
                "okx",
                "The key is not bound to an IP address, so it works from anywhere. OKX's "
                "documentation says such keys with Trade or Withdraw permission are deleted "
                "after 14 days without use (the rule may have changed).",
            )
        ),
        Text(
            QT_TRANSLATE_NOOP(
                "okx",
                "On OKX, edit the key and bind it to this computer's public IP address. OKX "
                "does not say whether read-only requests, such as this app's checks, count as "
                "use.",
            )
        ),
    )


_MODE_NAMES = {
    AccountMode.SPOT: QT_TRANSLATE_NOOP("okx", "Spot mode"),
    AccountMode.FUTURES: QT_TRANSLATE_NOOP("okx", "Spot and futures mode"),
    AccountMode.MULTI_CURRENCY: QT_TRANSLATE_NOOP("okx", "Multi-currency margin mode"),
    AccountMode.PORTFOLIO: QT_TRANSLATE_NOOP("okx", "Portfolio margin mode"),
}


def account_mode_name(mode: AccountMode) -> Text:
    """OKX's current name of an account mode (acctLv 2 was "single-currency margin")."""
    return Text(_MODE_NAMES[mode])


def account_mode_item(config: AccountConfig, *, spot_only: bool = False) -> CheckItem:
    """The account mode against the guide's (Spot and futures); any mode does for spot only."""
    mode = config.account_mode
    args = {"mode": account_mode_name(mode)}
    if spot_only:
        return CheckItem(
            CheckId.ACCOUNT_MODE,
            CheckStatus.PASS,
            Text(
                QT_TRANSLATE_NOOP(
                    "okx", "Account mode: {mode}. Every account mode allows spot trading."
                ),
                args,
            ),
        )
    if mode is RECOMMENDED_ACCOUNT_MODE:
        return CheckItem(
            CheckId.ACCOUNT_MODE,
            CheckStatus.PASS,
            Text(QT_TRANSLATE_NOOP("okx", "Account mode: {mode}, as the guide recommends."), args),
        )
    return CheckItem(
        CheckId.ACCOUNT_MODE,
        CheckStatus.WARN,
        Text(
            QT_TRANSLATE_NOOP(
                "okx",
                "Account mode: {mode}. For futures the guide assumes Spot and futures mode "
                "(which older guides call single-currency margin).",
            ),
            args,
        ),
        Text(
            QT_TRANSLATE_NOOP(
                "okx",
                "Let the app switch to Spot and futures mode. OKX refuses while positions or "
                "orders are open, and the very first switch to a mode must be made once on "
                "OKX's web site or app.",
            )
        ),
        action=FixAction.SET_ACCOUNT_MODE,
    )


def position_mode_item(config: AccountConfig, *, spot_only: bool = False) -> CheckItem:
    if spot_only:
        return CheckItem(
            CheckId.POSITION_MODE,
            CheckStatus.PASS,
            Text(
                QT_TRANSLATE_NOOP(
                    "okx", "Position mode: not used for spot trading, so left as it is."
                )
            ),
        )
    if config.position_mode is RECOMMENDED_POSITION_MODE:
        return CheckItem(
            CheckId.POSITION_MODE,
            CheckStatus.PASS,
            Text(QT_TRANSLATE_NOOP("okx", "Position mode: one-way, as the guide recommends.")),
        )
    return CheckItem(
        CheckId.POSITION_MODE,
        CheckStatus.WARN,
        Text(
            QT_TRANSLATE_NOOP(
                "okx",
                "Position mode: long/short, so a contract can hold a long and a short position "
                "at once. The guide assumes one-way mode.",
            )
        ),
        Text(
            QT_TRANSLATE_NOOP(
                "okx",
                "Let the app switch to one-way mode. OKX allows it only when no positions or "
                "orders are open.",
            )
        ),
        action=FixAction.SET_POSITION_MODE,
    )


def sub_account_item(config: AccountConfig) -> CheckItem:
    if config.is_sub_account:
        message = Text(
            QT_TRANSLATE_NOOP(
                "okx",
                "This key belongs to a sub-account (UID {uid}) of main account {main_uid}: "
                "the balances shown are the sub-account's.",
            ),
            {"uid": config.uid, "main_uid": config.main_uid},
        )
    else:
        message = Text(
            QT_TRANSLATE_NOOP("okx", "This key belongs to your main account (UID {uid})."),
            {"uid": config.uid},
        )
    return CheckItem(CheckId.SUB_ACCOUNT, CheckStatus.PASS, message)


NOT_CHECKED = Text(QT_TRANSLATE_NOOP("okx", "Not checked: an earlier step failed."))
CANCELLED = Text(QT_TRANSLATE_NOOP("okx", "Not checked: the check was cancelled."))
