"""The owner's history: search sales, see tokens again, reprint."""
