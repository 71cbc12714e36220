"""The counter's look: large, high-contrast, readable from a step back. The sheet itself is
resources/style.qss (a technician may restyle a terminal without touching the code)."""

from __future__ import annotations

from posapp.resources import resource

STYLE = resource("style.qss").read_text("utf-8")


def app_icon():  # noqa: ANN201 - a QIcon; Qt is imported only when a window is made
    """The application icon for windows and the taskbar."""
    from PySide6.QtGui import QIcon

    return QIcon(str(resource("icons/posapp.png")))
