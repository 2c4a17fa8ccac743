"""Giving the C allocator's free memory back to the system (layer 0, stdlib only).

CPython asks the C allocator (glibc's malloc on Linux) for every block above 512 bytes
and for its own arenas of small objects.  What is freed in the middle of glibc's heap
stays with the process, counted in its resident memory, until `malloc_trim` hands the
free pages back: `free` returns only the top of the heap.  A large audit frees much of
what loading and the cross-check made (the claims' parsed texts, the solver's problem)
just before making every claim's result, the run's peak of memory; trimming first lets
that peak reuse pages the system takes back instead of sitting beside them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import cache


def release_free_memory() -> bool:
    """Hand the pages glibc's malloc holds free back to the system (`malloc_trim(0)`).

    Return whether it could: False where the C library has no `malloc_trim` (not
    glibc, not Linux).  Nothing is freed that a live object uses, so it changes no
    result; it costs a walk of the allocator's free lists (a few milliseconds over the
    heap of a million-claim audit), so the pipeline calls it for large corpora only.
    """
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    """Return glibc's `malloc_trim` (looked up once, at the first call), or None."""
    if sys.platform != "linux":
        return None
    try:
        import ctypes  # noqa: PLC0415 - only when a large run asks

        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # not glibc: nothing to hand back
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim
