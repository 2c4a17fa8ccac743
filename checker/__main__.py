"""`python -m checker`: the same program as the `claimcheck` command (layer 5)."""

from __future__ import annotations

from checker.cli import entry

if __name__ == "__main__":
    entry()
