"""SQLite journal: sales and their state changes, tokens, print jobs, audit, leases."""

from posapp.store.journal import Journal

__all__ = ["Journal"]
