"""Is this line of an export's header its date line?"""

from __future__ import annotations

import re

from ..dates import BadDate, parse_published

__all__ = ["is_date_line"]

_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def is_date_line(line: str) -> bool:
    """A short line that holds a year and reads as a date ("March 3, 2021 Wednesday
    10:00 PM GMT", "3 March 2021", "Mittwoch 31. August 2011")."""
    line = line.strip()
    if not line or len(line) > 64 or not _YEAR.search(line):
        return False
    try:
        parse_published(line)
    except BadDate:
        return False
    return True
