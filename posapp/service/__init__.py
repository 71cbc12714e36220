"""The local service layer: the only API the GUI and the CLI call."""

from posapp.service.counter import Counter, Event

__all__ = ["Counter", "Event"]
