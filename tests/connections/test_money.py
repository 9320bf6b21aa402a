"""One money formatter for the window, the wizard and the command line."""

from __future__ import annotations

from decimal import Decimal

import pytest

from gui.connections.money import format_amount, format_usd


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("1234.5000", "1,234.5"),
        ("1E-8", "0.00000001"),
        ("12345678.9", "12,345,678.9"),
        ("500", "500"),
        ("0", "0"),
        ("-0", "0"),
        ("-0.00000000", "0"),
        ("-1.50", "-1.5"),
    ],
)
def test_amounts_keep_what_okx_sent(value: str, text: str) -> None:
    assert format_amount(Decimal(value)) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("44793.21855", "44,793.22"),
        ("1250.75", "1,250.75"),
        ("0", "0.00"),
        ("-0", "0.00"),
        ("-0.001", "0.00"),
        ("-12.345", "-12.34"),
        ("1E+3", "1,000.00"),
    ],
)
def test_usd_is_shown_to_the_cent(value: str, text: str) -> None:
    assert format_usd(Decimal(value)) == text
