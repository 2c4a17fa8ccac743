"""`python -m checker`: the same program as the `claimcheck` command (layer 5).

`run` is the program's entry (the console script's too): it imports the command line
without the cycle collector, then moves what the imports built into the collector's
permanent generation (`gc.freeze`).  Importing the checker builds a few hundred thousand
objects (pydantic's models, the modules' classes and tables) that live as long as the
process: at Python's default thresholds they cost some forty collections during the
imports (about 12 ms of a small audit's start-up) and would be scanned again by every
older-generation collection of the run, to free nothing.
"""

from __future__ import annotations

import gc
from typing import NoReturn


def run() -> NoReturn:
    """Import the command line with the collector paused and frozen after, then run it
    (`checker.cli.entry`)."""
    from checker import _dataclass_code, _regex

    # What the imports would compile, kept compiled: the methods of their dataclasses,
    # their regular expressions (`re.compile` given the kept forms).
    _dataclass_code.install()
    _regex.install()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        from checker.cli import entry
    finally:
        if was_enabled:
            gc.enable()
    gc.freeze()
    entry()


if __name__ == "__main__":
    run()
