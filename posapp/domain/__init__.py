"""Pure domain types: money, sales and their states, tokens, errors. No I/O."""
