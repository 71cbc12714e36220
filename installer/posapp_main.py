"""The bundle's entry point: the `posapp` command (console) and `posapp-counter` (the
windowed twin, no console window on Windows). Both are the same program: `posapp.cli`."""

import sys

from posapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
