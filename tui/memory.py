"""Keeping the reader's long-lived objects out of Python's full collections.

An open index holds hundreds of thousands of objects (the actor directory and table,
stored fields, Whoosh's readers) that live as long as the index does.  Each full
collection walks all of them: on the BBC corpus that is a 70-100 ms pause, several
times a minute while typing, and it was what made one keystroke in twenty slow.
Once the index's structures are built, `settle()` collects what is garbage then and
moves every survivor out of the collector's sight (gc.freeze); when the index
changes, `unsettle()` hands them back, so the old generation's objects can be freed.
"""

from __future__ import annotations

import gc

__all__ = ["settle", "unsettle"]


def settle() -> None:
    gc.collect()
    gc.freeze()


def unsettle() -> None:
    gc.unfreeze()
