"""The local service layer: the only API the GUI and the CLI call."""

from posapp.service.counter import Counter, TerminalInfo
from posapp.service.events import Event, Status

__all__ = ["Counter", "Event", "Status", "TerminalInfo"]
