"""The read-only command line: `reader list`, `show`, `repair` and `check`; one module each."""
