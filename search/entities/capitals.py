"""An all-capitals headline's names: in capitals the tagger tells names from words no
better than a guess ("HARWICK BUYS STAKE IN MILL")."""

from __future__ import annotations

from ..article import Mention
from .gazetteer import in_gazetteer
from .names import fold
from .organisations import LEGAL_FORMS, ORGANISATION_WORDS
from .places import is_place
from .registered import registered
from .vocabulary import lowercase_words

__all__ = ["confirmed_in_body"]


def confirmed_in_body(mentions: list[Mention], title: str, body: str) -> list[Mention]:
    """An all-capitals headline ("HARWICK BUYS STAKE IN MILL") tells names from words
    no better than a guess: its mentions count only when the body names them too.  An
    item that is its headline alone keeps the known places, a firm with its legal form,
    and the names of two words or more none of which news writes in lower case but an
    organisation's ("TAIWAN", "HARWICK STEEL", "BANK OF HARWICK"); not a lone word
    ("QTR"), nor a name the tagger ran on into the sentence ("HARWICK BUYS", "ORLEN GUN")."""
    letters = [ch for ch in title if ch.isalpha()]
    if len(title.split()) < 2 or not letters or sum(ch.isupper() for ch in letters) < 0.8 * len(letters):
        return mentions
    if not body.strip():
        return [m for m in mentions if is_place(m.text) or m.type == "LOC" and in_gazetteer(fold(m.text))
                or registered(m.text) or " " in m.text.strip() and all(
                    w not in lowercase_words() or w in ORGANISATION_WORDS or w in LEGAL_FORMS or w in ("of", "and", "the")
                    for w in fold(m.text).split())]
    in_body = {fold(m.text) for m in mentions if m.start >= len(title)}
    folded_body = " " + fold(body) + " "
    return [m for m in mentions if m.start >= len(title) or fold(m.text) in in_body
            or f" {fold(m.text)} " in folded_body]
