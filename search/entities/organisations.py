"""Words that mark a name as an organisation's."""

from __future__ import annotations

__all__ = ["ORGANISATION_WORDS"]

# Last words that make a name an organisation's, whatever the tagger thought.
ORGANISATION_WORDS = frozenset(
    """news times post press group network party union council ministry department agency bank fund
    company corporation inc corp ltd committee commission court army navy police service institute
    foundation university college association organization organisation federation league club forces
    media channel journal tribune herald telegraph guardian""".split())
