"""Fit the counter to its screen: the style sheet's pixel sizes scaled with the screen
height (the sheet is drawn for 1024x768), so 800x600 fits and 1920x1080 reads from a step
back."""

from __future__ import annotations

import re

from PySide6.QtGui import QScreen

BASE_HEIGHT = 768  # the sheet's sizes are right for a 1024x768 screen
LOWEST, HIGHEST = 0.8, 1.5
_PX = re.compile(r"(\d+(?:\.\d+)?)px")


def screen_scale(screen: QScreen | None) -> float:
    """How much larger than the sheet's sizes this screen wants its text, in 0.05 steps."""
    if screen is None:
        return 1.0
    height = screen.availableGeometry().height()
    factor = min(HIGHEST, max(LOWEST, height / BASE_HEIGHT))
    return round(factor * 20) / 20


def scaled_style(sheet: str, factor: float) -> str:
    """Every pixel size in the sheet (fonts, padding, borders) times `factor`, at least 1px."""
    if abs(factor - 1.0) < 0.01:
        return sheet
    return _PX.sub(lambda m: f"{max(1, round(float(m.group(1)) * factor))}px", sheet)
