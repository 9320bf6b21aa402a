"""Money as the whole app shows it (wizard, manager, command line): one formatting.

Amounts come from OKX as decimal strings and stay :class:`~decimal.Decimal` — never float — so
``0.00000001`` BTC and ``12,345,678.9`` USDT print as OKX sent them, with thousands separators.
"""

from __future__ import annotations

from decimal import Decimal

CENT = Decimal("0.01")


def format_amount(value: Decimal) -> str:
    """A currency amount with thousands separators, no exponent, no trailing zeros."""
    text = f"{value:,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def format_usd(value: Decimal) -> str:
    """A USD value to the cent, with thousands separators."""
    return f"{value.quantize(CENT):,f}"
