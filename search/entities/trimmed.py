"""A tagged mention cut to the name it holds: no lower-case words the tagger ran on into,
no quotation it ran into, no firm's officer or listing after a firm, no title before a
person's name."""

from __future__ import annotations

import re

from ..article import Mention
from .organisations import LEGAL_FORMS, ORGANISATION_WORDS
from .nouns import person_nouns
from .places import is_place
from .titles import OFFICERS, title_length
from .vocabulary import lowercase_words

__all__ = ["trimmed", "strip_titles", "before_open_quote", "without_lower_tail", "without_common_words",
           "without_offices"]

_PARTICLES = frozenset("of the de da del der van von bin al la le du".split())
# The small words a body's name may hold in lower case ("Friends of the Earth", "Food and Drug
# Administration", "Doctors without Borders", "Médecins sans Frontières"), and its legal form
_KEPT_WORDS = _PARTICLES | LEGAL_FORMS | frozenset("and or v vs for to on in at by with without sans des di do dos das "
                                                   "y e et a an upon from under over against into pour sur en aux au per und für zu im am".split())


def trimmed(mention: Mention) -> Mention | None:
    """The mention cut to its name; None when nothing of a name is left."""
    cut = without_offices(mention)
    return None if cut is None else strip_titles(without_common_words(without_lower_tail(before_open_quote(cut))))


# A firm's officers and its listing: common nouns news writes in capitals ("CEO", "co-CEOs", "IPO")
_OFFICES = OFFICERS | {"ipo"}
_WORD = re.compile(r"\S+")


def _an_office(word: str, one_case: bool) -> bool:
    """"CEO", "co-CEOs", "IPO": in capitals, as news writes them ("Coos" is a place), or in
    any case in a name set all in lower case."""
    core = word.rstrip(".,:;").removeprefix("co-").removeprefix("Co-").removesuffix("s")
    return core.lower() in _OFFICES and (core.isupper() or one_case)


def without_offices(mention: Mention) -> Mention | None:
    """A firm's officer or its listing ("CEO", "IPO") is no name and no part of one: where
    the tagger ran a firm's name on into one ("Orlen CEO", "Vell IPO") the name ends before
    it, "CEO of Orlen" is Orlen's, and "IPO" alone, or after words only a sentence has
    ("Major CEOs"), is no one (None).  A name after the office ("CEO Ann Lee") is left to
    the title rules."""
    words = list(_WORD.finditer(mention.text))
    at = [i for i, word in enumerate(words) if _an_office(word.group(), mention.text.islower())]
    if not at:
        return mention
    first, last = at[0], at[-1]
    if last + 1 < len(words):
        if words[last + 1].group().lower() in ("of", "at") and last + 2 < len(words):  # "CEO of Orlen"
            start = words[last + 2].start()
            return Mention(mention.start + start, mention.end, mention.text[start:], "ORG")
        return mention
    head = [word.group() for word in words[:first]]
    while head and head[-1].lower() in ("and", "&"):
        head.pop()
    if all(word.lower() in lowercase_words() or word.lower() in _KEPT_WORDS for word in head):
        return None
    end = words[len(head) - 1].end()
    return Mention(mention.start, mention.start + end, mention.text[:end], mention.type)


_LOWER_WORD = re.compile(r"(?<=\s)[a-z]+(?:-[a-z]+)*(?=\s|$)")


def without_common_words(mention: Mention) -> Mention:
    """A body's name holds no common word in lower case.  Where the tagger ran a name on
    into what the sentence says of it ("BBC website", "Nato expansion", "Chamber of
    Deputies industry commission"), the name ends before the first such word; where it ran
    a description on into the name after it ("US bank Wells Fargo", "Internet giant
    Lycos"), the name is what follows the last, and a person's when that word is a noun
    for people ("R&B star Usher").  A name's small words ("Friends of the Earth", "Doctors
    without Borders"), its legal form ("Harwick Steel plc") and a body's own word ("European
    commission") stay; so do a place's words ("the Crimean peninsula" is no "Crimean") and
    a name in text set in lower case."""
    if mention.type in ("PER", "LOC") or not mention.text[:1].isupper():
        return mention
    common = [word for word in _LOWER_WORD.finditer(mention.text) if word.group(0) not in _KEPT_WORDS
              and not (word.group(0) in ORGANISATION_WORDS and word.end() == len(mention.text))]  # "Vell council"
    if not common:
        return mention
    after = mention.text[common[-1].end():]
    if after.strip()[:1].isupper():  # a name follows the last common word
        offset = common[-1].end() + len(after) - len(after.lstrip())
        kind = "PER" if common[-1].group(0) in person_nouns() else mention.type
        return Mention(mention.start + offset, mention.end, mention.text[offset:], kind)  # type: ignore[arg-type]
    words = mention.text[:common[0].start()].split()
    while words and words[-1] in _KEPT_WORDS:  # "Paris Club of creditor nations" -> "Paris Club"
        words.pop()
    if not words:
        return mention
    name = mention.text[:mention.text.index(words[-1], len(" ".join(words[:-1]))) + len(words[-1])]
    return Mention(mention.start, mention.start + len(name), name, mention.type)


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
