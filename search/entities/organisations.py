"""Words that mark a name as an organisation's."""

from __future__ import annotations

__all__ = ["ORGANISATION_WORDS", "PART_WORDS", "LEGAL_FORMS", "without_legal_form"]

# A firm's studio, label or arm: an organisation, and a body within another ("Sony Pictures" is not Sony).
_DIVISIONS = frozenset("games studios entertainment records productions pictures software systems".split())

# Last words that make a name an organisation's, whatever the tagger thought.
ORGANISATION_WORDS = _DIVISIONS | frozenset(
    """news times post press group network party union council ministry department agency bank fund
    company corporation inc corp ltd committee commission court army navy police service institute
    foundation university college association organization organisation federation league club forces
    media channel journal tribune herald telegraph guardian centre center authority bureau society coalition
    alliance administration brigade battalion regiment academy school hospital museum holdings partners capital
    ventures industries airlines airways motors pharmaceuticals technologies laboratories""".split())

# Words naming a body within another: a "House committee" is not the House, nor "Sony Pictures" Sony.
PART_WORDS = _DIVISIONS | frozenset("committee subcommittee panel caucus division".split())

# A company's legal form, written after its name or not ("General Motors Corp", "General
# Motors"): one organisation either way, and never an actor on its own.
LEGAL_FORMS = frozenset("""corp corporation inc incorporated co ltd limited plc llc llp lp ag sa nv se spa gmbh
bv oy ab asa""".split())


def without_legal_form(words: list[str]) -> list[str]:
    """A name's words (folded) without the legal forms that close it; never none."""
    end = len(words)
    while end > 1 and words[end - 1] in LEGAL_FORMS:
        end -= 1
    return words[:end]
