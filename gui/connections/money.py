"""Money as the whole app shows it (wizard, manager, command line): one formatting.

Amounts come from OKX as decimal strings and stay :class:`~decimal.Decimal` — never float — so
``0.00000001`` BTC and ``12,345,678.9`` USDT print as OKX sent them, with thousands separators.
USD values are shown to the cent. A negative zero (``-0``, ``-0.001`` USD) is shown as zero:
OKX sends ``-0`` for an emptied balance, and "−0.00 USD" reads as a debt.
"""

from __future__ import annotations

from decimal import Decimal

CENT = Decimal("0.01")


def _without_negative_zero(value: Decimal) -> Decimal:
    return abs(value) if value.is_zero() else value


def format_amount(value: Decimal) -> str:
    """A currency amount with thousands separators, no exponent, no trailing zeros."""
    text = f"{_without_negative_zero(value):,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def format_usd(value: Decimal) -> str:
    """A USD value to the cent, with thousands separators (``44,793.22``)."""
    return f"{_without_negative_zero(value.quantize(CENT)):,f}"
