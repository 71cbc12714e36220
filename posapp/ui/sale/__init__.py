"""The cashier's sale screens: product, account, amount and cash, result."""
