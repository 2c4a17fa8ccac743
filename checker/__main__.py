"""`python -m checker`: the same program as the `claimcheck` command (layer 5)."""

from __future__ import annotations

import sys

from checker.cli import main

if __name__ == "__main__":
    sys.exit(main())
