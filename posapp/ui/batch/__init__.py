"""The batch screen: products sold to several beneficiaries in one request (paycodes)."""

from posapp.ui.batch.screen import BatchScreen

__all__ = ["BatchScreen"]
