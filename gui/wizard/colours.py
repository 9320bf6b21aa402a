"""The wizard's colours, chosen for the palette in use so text stays readable in light and dark.

Status colours (pass, warning, error, muted) come in a light-palette and a dark-palette shade,
each with at least 4.5:1 contrast (WCAG AA for text) against both the window and the base colour
of its palette; :func:`contrast` is how tests check that for any palette. A palette is dark when
its window colour is. Fusion draws a check box's frame as the window colour darkened by 40%,
invisible on a dark window: :func:`visible_check_box` gives such a box a lighter frame.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QCheckBox, QWidget


class Tone(Enum):
    PASS = "pass"  # noqa: S105 - a tone
    WARN = "warn"
    FAIL = "fail"
    MUTED = "muted"


_LIGHT = {Tone.PASS: "#1b5e20", Tone.WARN: "#7a4a00", Tone.FAIL: "#b00020", Tone.MUTED: "#5f5f5f"}
_DARK = {Tone.PASS: "#81c784", Tone.WARN: "#ffb74d", Tone.FAIL: "#ff8a80", Tone.MUTED: "#b3b3b3"}
# WCAG's minimum for the parts of a control (non-text contrast).
FRAME_CONTRAST = 3.0
# The error panel: background, text, border.
_PANEL_LIGHT = ("#fdecea", "#8b0000", "#f5c2c0")
_PANEL_DARK = ("#3d1a1a", "#ffcdd2", "#8e3b3b")


def luminance(colour: QColor) -> float:
    """WCAG relative luminance."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colour(tone: Tone, palette: QPalette) -> QColor:
    return QColor((_DARK if is_dark(palette) else _LIGHT)[tone])


def text_style(tone: Tone, palette: QPalette) -> str:
    return f"color: {colour(tone, palette).name()};"


def panel_style(palette: QPalette) -> str:
    """The error panel above the buttons."""
    background, text, border = _PANEL_DARK if is_dark(palette) else _PANEL_LIGHT
    return f"background: {background}; color: {text}; padding: 6px; border: 1px solid {border};"


def panel_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """(background, text) of the error panel, for tests."""
    background, text, _border = _PANEL_DARK if is_dark(palette) else _PANEL_LIGHT
    return QColor(background), QColor(text)


def check_box_frame(palette: QPalette) -> QColor:
    """The frame colour Fusion draws around a check box indicator with this palette."""
    return check_box_frame_of(palette.color(QPalette.ColorRole.Window))


def visible_check_box(box: QCheckBox, palette: QPalette) -> None:
    """Gives the box's frame enough contrast with the window (3:1): Fusion derives it from the
    Window colour, so only the box's own palette changes it (the page keeps the application's).
    Lighter on a dark palette, where the frame was nearly invisible; darker on a light one."""
    own = QPalette(palette)
    window = palette.color(QPalette.ColorRole.Window)
    shifted = window
    for factor in range(100, 1001, 25):  # the least change that makes the frame visible
        shifted = window.lighter(factor) if is_dark(palette) else window.darker(factor)
        if contrast(check_box_frame_of(shifted), window) >= FRAME_CONTRAST:
            break
    own.setColor(QPalette.ColorRole.Window, shifted)
    if is_dark(palette):
        own.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Button))
    box.setPalette(own)


def visible_check_boxes(widget: QWidget) -> None:
    """:func:`visible_check_box` for every check box in ``widget``, against its palette. Call
    it again on a PaletteChange: a box's own palette does not follow the application's."""
    palette = widget.palette()
    for box in widget.findChildren(QCheckBox):
        visible_check_box(box, palette)


def check_box_frame_of(window: QColor) -> QColor:
    return window.darker(140)
