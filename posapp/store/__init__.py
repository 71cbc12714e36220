"""SQLite journal: sales and their state changes, tokens, print jobs, audit, leases."""

from posapp.store.journal import Journal, SaleRecord

__all__ = ["Journal", "SaleRecord"]
