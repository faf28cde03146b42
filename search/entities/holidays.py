"""Holidays and feasts are dates, not actors: "Christmas", "Easter Monday", "Eid al-Fitr".

    pip install -e '.[train]' && python -m search.entities.holidays [OUTPUT]

writes `holidays.txt` from the holidays package (public holidays of every country it
knows, in English where it has them, 2020-2030): one name a line, folded.  A name that
is also a place ("Corpus Christi") or one word that news writes in lower case is left
out.  "Carnival" stays (news capitalises it), so the cruise line named so alone is
dropped too.  newsdesk reads the file and never imports holidays.
"""

from __future__ import annotations

import re

from .data import lines_of, write_list, HOLIDAYS, VOCABULARY
from .gazetteer import in_gazetteer
from .names import fold
from .places import is_place

__all__ = ["HOLIDAYS", "is_holiday", "holiday_names"]

YEARS = range(2020, 2031)


def _holidays() -> frozenset[str]:
    return lines_of(HOLIDAYS)


def is_holiday(name: str) -> bool:
    return fold(name) in _holidays()


def holiday_names() -> set[str]:
    import holidays

    common = set(VOCABULARY.read_text(encoding="utf-8").split())
    found: set[str] = set()
    for country in holidays.list_supported_countries():
        try:
            calendar = holidays.country_holidays(country, years=YEARS, language="en_US")
        except (NotImplementedError, ValueError):
            calendar = holidays.country_holidays(country, years=YEARS)
        for names in calendar.values():
            found.update(name.strip() for name in names.split(";"))
    return {fold(name) for name in found
            if re.fullmatch(r"[A-Za-z][A-Za-z' .-]*", name) and not is_place(name) and not in_gazetteer(name)
            and not (" " not in name and name.lower() in common)}


def main() -> None:
    write_list(holiday_names(), HOLIDAYS, "holiday names")


if __name__ == "__main__":
    main()
