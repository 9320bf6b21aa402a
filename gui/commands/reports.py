"""The connection check's report as plain English text, for ``check``, ``check LABEL`` and
``add``: one line per item, the balances, then the verdict of the rule for saving a key."""

from __future__ import annotations

from typing import TYPE_CHECKING

from gui.connections.money import format_amount, format_usd
from gui.okx.check import ConnectionReport
from gui.okx.check_items import CheckId, CheckStatus
from gui.okx.regions import REGIONS, Environment
from gui.okx.signing import mask
from gui.okx.transport import proxy_for

if TYPE_CHECKING:
    from gui.connections.saving import SaveOutcome

ITEM_NAMES = {
    CheckId.REACHABLE: "Reachable",
    CheckId.CLOCK: "Clock",
    CheckId.KEY: "API key",
    CheckId.PASSPHRASE: "Passphrase",
    CheckId.SIGNATURE: "Secret key",
    CheckId.ENVIRONMENT: "Environment",
    CheckId.REGION: "Region",
    CheckId.PERMISSIONS: "Permissions",
    CheckId.IP_BINDING: "IP binding",
    CheckId.ACCOUNT_MODE: "Account mode",
    CheckId.POSITION_MODE: "Position mode",
    CheckId.SUB_ACCOUNT: "Account",
}
STATUS_TAGS = {
    CheckStatus.PASS: "ok",
    CheckStatus.WARN: "warn",
    CheckStatus.FAIL: "FAIL",
    CheckStatus.SKIPPED: "-",
}


def format_report(
    report: ConnectionReport, api_key: str, refused: SaveOutcome | None = None
) -> str:
    """The report as plain English text: one line per item, the balances, then the verdict
    (``refused``: why the key may not be used, from the rule for saving)."""
    info = REGIONS[report.region]
    lines = [
        f"Checking API key {mask(api_key)} on OKX {info.name} ({report.environment.value})",
        f"Server: {report.base_url}",
    ]
    if not report.is_official:
        lines.append("NOTE: this is not OKX's server (simulator or custom address).")
    proxy = proxy_for(report.base_url)
    if proxy is not None:
        lines.append(f"Proxy: {proxy} (from the environment; it sees only an encrypted tunnel)")
    # The rows a failure left unchecked come after it (and after every checked row), not above.
    for item in sorted(report.items, key=lambda item: item.status is CheckStatus.SKIPPED):
        tag = "WARN!" if item.severe else STATUS_TAGS[item.status]
        lines.append(f"  [{tag:>5}] {ITEM_NAMES[item.id]:<13} {item.message}")
        if item.fix is not None and item.status is not CheckStatus.PASS:
            lines.append(f"          {'':<13} Fix: {item.fix}")
    if report.detected_region is not None or report.detected_environment is not None:
        region = report.detected_region or report.region
        environment = report.detected_environment or report.environment
        lines.append(
            f"This key belongs to OKX {REGIONS[region].name} ({environment.value}): "
            f"check it there (--region {region.value}"
            + (" --demo" if environment is Environment.DEMO else "")
            + ")."
        )
    if report.trading is not None:
        lines.append(f"Total equity: {format_usd(report.trading.total_equity_usd)} USD")
        lines.append("Trading account:" if report.trading.details else "Trading account: empty")
        for c in report.trading.details:
            lines.append(
                f"  {c.ccy:<8} equity {format_amount(c.equity):>18}  available "
                f"{format_amount(c.available):>18}  ≈ {format_usd(c.usd_value)} USD"
            )
    if report.funding is not None:
        lines.append("Funding account:" if report.funding.details else "Funding account: empty")
        for f in report.funding.details:
            lines.append(
                f"  {f.ccy:<8} balance {format_amount(f.balance):>17}  available "
                f"{format_amount(f.available):>18}"
            )
    lines.append(_verdict(report, refused))
    return "\n".join(lines)


def _verdict(report: ConnectionReport, refused: SaveOutcome | None) -> str:
    if report.cancelled:
        return "Result: cancelled."
    if not report.ok:
        return "Result: problem." + (f" {report.error.cause}" if report.error else "")
    if refused is not None:
        return f"Result: not usable. {refused.reason}"
    return "Result: connected."
