"""The counter's home screen: services as tiles, the last sale, repeat from a receipt."""

from posapp.ui.home.page import HomePage

__all__ = ["HomePage"]
