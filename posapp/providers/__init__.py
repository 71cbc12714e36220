"""One module per provider doc: request building, hashing, parsing, code mapping. No I/O policy."""
