"""A tagged mention cut to the name it holds: no lower-case words the tagger ran on into,
no quotation it ran into, no title before a person's name."""

from __future__ import annotations

import re

from ..article import Mention
from .organisations import ORGANISATION_WORDS
from .places import is_place
from .titles import title_length

__all__ = ["trimmed", "strip_titles", "before_open_quote", "without_lower_tail"]

_PARTICLES = frozenset("of the de da del der van von bin al la le du".split())


def trimmed(mention: Mention) -> Mention | None:
    """The mention cut to its name; None when nothing of a name is left."""
    return strip_titles(without_lower_tail(before_open_quote(mention)))


_LOWER_TAIL = re.compile(r"(?:\s+[a-z]+)+$")


def without_lower_tail(mention: Mention) -> Mention:
    """A person's name does not end in a word in lower case: the tagger ran on into the
    sentence ("Ruto warmly" -> "Ruto").  A place may ("the Crimean peninsula" is no
    "Crimean"), "eBay" keeps its shape, and so does a name in text set in lower case
    ("vladimir putin")."""
    cut = _LOWER_TAIL.search(mention.text)
    if mention.type != "PER" or cut is None or cut.start() == 0 or not mention.text[:1].isupper():
        return mention
    return Mention(mention.start, mention.start + cut.start(), mention.text[:cut.start()], mention.type)


_OPEN_QUOTE = re.compile(r"\s['‘\"“](?=[A-Z])")
_CLOSE_QUOTE = re.compile(r"\w['’\"”](?:\s|$)")


def before_open_quote(mention: Mention) -> Mention:
    """A name does not run into a quotation: "Mayor Ann Lee 'Iron Lady" (the tagger ran
    on into "'Iron Lady'") is "Mayor Ann Lee".  A nickname quoted inside a name, closed
    before the name goes on ("Ann 'Iron' Lee"), is left as it is."""
    opening = _OPEN_QUOTE.search(mention.text)
    if opening is None or _CLOSE_QUOTE.search(mention.text, opening.end()) or not mention.text[:opening.start()].strip():
        return mention
    return Mention(mention.start, mention.start + opening.start(), mention.text[:opening.start()], mention.type)


def strip_titles(mention: Mention) -> Mention | None:
    """A person's name without the title before it: 'Ukrainian President Volodymyr
    Zelenskyy' -> 'Volodymyr Zelenskyy'; 'Secretary of Defense Pete Hegseth' -> 'Pete
    Hegseth'; 'Ukraine Volodymyr Zelensky' (a headline's place before a person) ->
    'Volodymyr Zelensky'.  Only people's: 'General Motors Corp', 'State Department' and
    'First City Bank of Dallas' keep their first words."""
    if mention.type != "PER":
        return mention
    words = list(re.finditer(r"[^\s]+", mention.text))
    lowered = [w.group(0).lower().rstrip(".,") for w in words]
    first = title_length(lowered)
    roles = [i for i, w in enumerate(words[:-1]) if w.group(0).isalpha() and w.group(0).islower()
             and lowered[i] not in _PARTICLES] if mention.text[:1].isupper() else []  # "vladimir putin": no role
    if roles and roles[-1] + 1 > first:  # "Harwick Capital analyst Ruth Abara": the person follows the role
        first = roles[-1] + 1
    if first == 0 and len(words) >= 3 and is_place(words[0].group(0)):
        first = 1
    if first == 0 or any(word in ORGANISATION_WORDS for word in lowered[first:]):
        return mention  # "General Motors Corp" tagged a person is still an organisation's name
    offset = words[first].start()
    return Mention(mention.start + offset, mention.end, mention.text[offset:], "PER")
