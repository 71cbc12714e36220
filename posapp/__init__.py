"""posapp: a counter point-of-sale terminal for tokens, bills, PINs and paycodes."""

__version__ = "0.1.0"
