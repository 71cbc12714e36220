"""The counter's look: large, high-contrast, readable from a step back. The sheet itself is
resources/style.qss (a technician may restyle a terminal without touching the code)."""

from __future__ import annotations

from posapp.resources import resource, resources_dir

# Images in the sheet are named from the resources folder, found at run time.
STYLE = resource("style.qss").read_text("utf-8").replace("@RESOURCES@",
                                                         resources_dir().as_posix())


def app_icon():  # noqa: ANN201 - a QIcon; Qt is imported only when a window is made
    """The application icon for windows and the taskbar."""
    from PySide6.QtGui import QIcon

    return QIcon(str(resource("icons/posapp.png")))
