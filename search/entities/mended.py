"""Mention spans the tagger got wrong, mended from the rest of the article: a name cut
short of the longer one the article uses, two names run together with 'and', two
places joined by a hyphen, and after a role a person run together with their firm
('economist Ann Lee of Harwick Securities'), with the place they serve ('the
governor of New York Ana Vell') or with their party before a title ('Labour MP Ana Vell')."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..article import Mention
from .gazetteer import in_gazetteer
from .names import fold
from .organisations import LEGAL_FORMS, ORGANISATION_WORDS
from .places import is_place
from .roles import ROLE_WORDS
from .titles import PERSONAL_TITLES, SUFFIXES, TITLES
from .vocabulary import lowercase_words

__all__ = ["compounds_split", "continued_names", "joined_pairs", "over_abbreviation", "split_after_role",
           "with_plural_possessor", "with_suffixes"]

_AND = re.compile(r"\s+and\s+", re.IGNORECASE)  # "MICROSOFT AND SONY" in capitals too


def joined_pairs(mentions: list[Mention]) -> list[Mention]:
    """'Coles and Woolworths' taken for one name is two when the article also names each
    of them on its own, each then of the type it has there.  A name that holds 'and'
    ('Department of Health and Human Services') is one: its halves are not named
    alone; nor is a name with '&' ('Ernst & Young') ever split."""
    alone: dict[str, Counter[str]] = defaultdict(Counter)
    for mention in mentions:
        if not _AND.search(mention.text):
            alone[fold(mention.text)][mention.type] += 1
    kept = []
    for mention in mentions:
        joins = list(_AND.finditer(mention.text))
        if len(joins) == 1:
            first, second = mention.text[:joins[0].start()], mention.text[joins[0].end():]
            if fold(first) in alone and fold(second) in alone:
                kept.append(Mention(mention.start, mention.start + len(first), first,
                                    alone[fold(first)].most_common(1)[0][0]))
                kept.append(Mention(mention.start + joins[0].end(), mention.end, second,
                                    alone[fold(second)].most_common(1)[0][0]))
                continue
        kept.append(mention)
    return kept


# A generation's mark after a name, with or without a comma: "Martin Luther King, Jr."
_SUFFIX_AFTER = re.compile(r",?[ \t]+(Jr|Sr|II|III|IV)\.?(?![\w-])")


def with_suffixes(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name runs on over the "Jr." or "III" after it ("Ana Vell, Jr., said" names Ana Vell
    Jr., not a second person or a place called "Jr."): the mention spans the whole, a
    person's, named without the comma (a numeral only after a person: "World War II" is
    no one)."""
    kept: list[Mention] = []
    for mention in mentions:
        if kept and mention.end <= kept[-1].end:
            continue  # the mark itself, now inside the name before it
        mark = _SUFFIX_AFTER.match(text, mention.end)
        if mark and (mention.type == "PER" or mark.group(1) in ("Jr", "Sr")):
            name = f"{text[mention.start:mention.end]} {mark.group().lstrip(', ').strip()}"  # a name holds no comma
            mention = Mention(mention.start, mark.end(), name, "PER")
        kept.append(mention)
    return kept


# The possessive of a plural noun for people, capitalised, right before a name: "Men's
# Wearhouse", "Women's Tennis Association", "Children's Society"
_PLURAL_POSSESSOR = re.compile(r"(?<![\w'’-])(?:Men|Women|Children|People)['’]s[ \t]+$")


def with_plural_possessor(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name that opens with the possessive of a plural noun for people ("Women's Tennis
    Association"), which the tagger leaves out: a plural is no one's name and no person
    owns the rest, so the possessive is the name's first word and the name a body's."""
    kept: list[Mention] = []
    for mention in mentions:
        found = _PLURAL_POSSESSOR.search(text, max(0, mention.start - 12), mention.start)
        if found and not (kept and kept[-1].end > found.start()):
            name = text[found.start():mention.end]
            # a body, no person; nor a place, but for a state's "People's Republic"
            kind = mention.type if mention.type == "LOC" and found.group().startswith("People") else "ORG"
            mention = Mention(found.start(), mention.end, name, kind)
        kept.append(mention)
    return kept


# After a short word's full stop, an initial with its stop and a capitalised word: "Wm. B.
# Tarvo" (without its stop the letter may be an article: "the TPS. A Labour spokesman")
_INITIAL_AFTER_STOP = re.compile(r"\.[ \t]+[A-Z]\.[ \t]+[A-Z]\w*(?:[-&]\w+|['’](?![sS]\b)\w+)*")
_ABBREVIATED = re.compile(r"[A-Z](?:[a-z]{1,3}|[A-Z]{1,3})")


def over_abbreviation(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name shortened with a full stop runs on over it ("Wm. B. Tarvo", a firm named for
    its founder), where the tagger read the stop as a sentence's end and cut the name in
    two ("Wm" and "B. Tarvo") or dropped its second half.  The word before the stop is one
    short word (four letters at most, as abbreviations are) and no place ("in Rome. A.
    Vell said" is two sentences), and an initial and a capitalised word follow the stop:
    a sentence seldom opens with an initial.  The mention spans the whole, of the type
    of the half after the stop when the tagger found one."""
    kept: list[Mention] = []
    skip_to = -1
    for n, mention in enumerate(mentions):
        if mention.start < skip_to:
            continue
        after = _INITIAL_AFTER_STOP.match(text, mention.end)
        if after and _ABBREVIATED.fullmatch(mention.text) and not is_place(mention.text):
            kind, end = mention.type, after.end()
            rest = [m for m in mentions[n + 1:] if m.start < after.end()]
            if rest:  # the tagger's own second half: "B. Tarvo Clothiers"
                kind, end = rest[0].type, max(end, rest[-1].end)
            mention, skip_to = Mention(mention.start, end, text[mention.start:end], kind), end
        kept.append(mention)
    return kept


_NEXT_WORD = re.compile(r"[ \t]+(\w+(?:[.'’&-]\w+)*)")
_INNER = frozenset("of de da del der van von du la".split())  # "Gulf of Mexico", "Stade de France"


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


def continued_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name keeps one span within an article: where the tagger stopped short of a longer
    name the article uses elsewhere and the text goes on with its words ("Oval" before
    "Office." where "Oval Office" is tagged), the mention is that name, of the type the
    longer name has there.  The longer name adds capitalised words only ("Labour MP",
    "Charles and Camilla", "Nets guard" add none); the text may go on in lower case
    ("Oval office") only after a name that is no known place and never stands alone
    in the article ("Florida sheriff" stays "Florida").  A mention the longer span
    now covers is dropped."""
    longer: dict[str, Counter[str]] = defaultdict(Counter)
    for mention in mentions:
        words = mention.text.split()
        if len(words) > 1 and _capitalised(words[-1]) and all(_capitalised(w) or w in _INNER for w in words[1:]):
            longer[fold(mention.text)][mention.type] += 1
    if not longer:
        return mentions
    goes_on: list[tuple[int, str] | None] = []
    for mention in mentions:
        key = fold(mention.text)
        ends = ((_goes_on(text, mention, name), name) for name in sorted(
            (n for n in longer if n.startswith(key + " ")), key=len, reverse=True))
        goes_on.append(next(((end, name) for end, name in ends if end is not None), None))
    alone = Counter(fold(m.text) for m, later in zip(mentions, goes_on) if later is None)
    kept: list[Mention] = []
    for mention, later in zip(mentions, goes_on):
        if kept and mention.start < kept[-1].end:
            continue  # inside the name before it, now continued
        if later is not None:
            end, name = later
            key = fold(mention.text)
            if all(_capitalised(w) or w.isupper() or w in _INNER for w in text[mention.end:end].split()) or not (
                    is_place(mention.text) or in_gazetteer(key) or alone[key]):
                mention = Mention(mention.start, end, text[mention.start:end], longer[name].most_common(1)[0][0])
        kept.append(mention)
    return kept


def _goes_on(text: str, mention: Mention, name: str) -> int | None:
    """Where `name` ends if the text from `mention` on spells it, else None."""
    position = mention.end
    while (word := _NEXT_WORD.match(text, position)) is not None:
        spelled = fold(text[mention.start:word.end()])
        if spelled == name:
            return word.end()
        if not name.startswith(spelled + " "):
            return None
        position = word.end()
    return None


_COMPOUND = re.compile(r"([A-Z][\w.]*)-([A-Z][\w.]*)")
_ACRONYM = re.compile(r"[A-Z]{2,3}")  # "US", "UK", "USA"


def compounds_split(mentions: list[Mention]) -> list[Mention]:
    """'USA-Russia' (as in 'the USA-Russia summit') names two places, not one: a name of two
    capitalised halves joined by a hyphen is split when one half is a known place and
    the other is one too, an acronym or a name the article uses alone.  A place whose
    own name has a hyphen ('Guinea-Bissau') stays whole, and so do 'Baden-Württemberg'
    and 'Rolls-Royce', whose halves are no such pair."""
    alone: dict[str, Counter[str]] = defaultdict(Counter)
    for mention in mentions:
        alone[fold(mention.text)][mention.type] += 1
    kept: list[Mention] = []
    for mention in mentions:
        pair = _COMPOUND.fullmatch(mention.text)
        if pair is None or mention.type == "PER" or is_place(mention.text) or in_gazetteer(mention.text):
            kept.append(mention)
            continue
        halves = (pair.group(1), pair.group(2))
        places = [is_place(half) or in_gazetteer(half) for half in halves]
        named = [place or fold(half) in alone or bool(_ACRONYM.fullmatch(half)) for half, place in zip(halves, places)]
        if not any(places) or not all(named):
            kept.append(mention)
            continue
        for number, half in enumerate(halves):
            start = mention.start + pair.start(number + 1)
            kind = alone[fold(half)].most_common(1)[0][0] if fold(half) in alone else \
                "LOC" if places[number] else mention.type  # an acronym: of the type the whole was given
            kept.append(Mention(start, start + len(half), half, kind))  # type: ignore[arg-type]
    return kept


_OF_FIRM = re.compile(r"((?:[A-Z][\w'’-]+ ){1,2}[A-Z][\w'’-]+) of ([A-Z].*)")
_ROLE_BEFORE = re.compile(r"\b([a-z]+) $")


def split_after_role(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person run together with their firm or their place after a role: see
    `people_of_firms`, `places_of_people` and `people_after_titles`."""
    return people_of_firms(text, places_of_people(text, people_after_titles(text, mentions)))


def people_after_titles(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Labour MP George Vell', 'US Attorney Ana Lim', 'BBC Mr Vell', tagged one body or
    place: a title only a person bears, inside the name, then one to three capitalised
    words that hold no word of a body's name and read as a person's name on their own,
    are that person; what stands before the title is the party, place or body, of the
    type the tagger gave (a place when it is one) when it reads as a name, else left out
    ('District Attorney Ivo Lim': no 'District')."""
    kept: list[Mention] = []
    for mention in mentions:
        words = mention.text.split(" ")
        at = max((i for i, w in enumerate(words[1:-1], 1) if w.lower().rstrip(".") in PERSONAL_TITLES), default=0)
        person = " ".join(words[at + 1:])
        folded = fold(person).split()
        if mention.type == "PER" or not at or not set(folded) - SUFFIXES or len(folded) > 3 \
                or not all(w[:1].isupper() for w in words[at + 1:]) \
                or any(w in ORGANISATION_WORDS or w in LEGAL_FORMS or w in lowercase_words() for w in folded) \
                or is_place(person) or not _a_person_alone(person):
            kept.append(mention)
            continue
        head = " ".join(words[:at])
        if is_place(head) or in_gazetteer(head):
            kept.append(Mention(mention.start, mention.start + len(head), head, "LOC"))
        elif all(w[:1].isupper() and w.lower() not in TITLES for w in words[:at]) and fold(head) not in lowercase_words():
            kept.append(Mention(mention.start, mention.start + len(head), head, mention.type))
        kept.append(Mention(mention.end - len(person), mention.end, person, "PER"))
    return kept


# 'governor of ', 'Prime Minister of the ', 'senator from ': a role and the place it serves
_ROLE_OF = re.compile(r"\b([A-Za-z]+)\s+(?:of|from|for)\s+(?:the\s+)?$")
_ROLE_OF_INSIDE = re.compile(r"([A-Z][a-z]+) (?:of|from|for) (?:the )?")


def _place_words(words: list[str]) -> int:
    """How many of the first words (up to three, longest first) name a place, or 0."""
    for n in (3, 2, 1):
        name = " ".join(words[:n])
        if len(words) - n >= 2 and (is_place(name) or in_gazetteer(name)):
            return n
    return 0


def _a_person_alone(name: str) -> bool:
    """Whether the tagger takes the name for a person's with nothing around it to sway it
    ("Ana Vell said.", not "Ecologie-Les Verts said.")."""
    from .tagger import find_mentions  # the tagger's model, loaded only when a name needs it

    return any(m.type == "PER" and m.text == name for m in find_mentions(f"{name} said."))


def places_of_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """'the governor of New York George Vell', tagged one name: after a role and "of",
    a place, then two or more capitalised words that are no place, hold no word of an
    organisation's name and read as a person's name on their own, are the place and the
    person who serves it ('the head of Europe Ecologie-Les Verts' is one party)."""
    kept: list[Mention] = []
    for mention in mentions:
        role = _ROLE_OF.search(text, max(0, mention.start - 40), mention.start)
        inside = _ROLE_OF_INSIDE.match(mention.text)  # 'Mayor of London Ana Vell', the role tagged with them
        words = mention.text[inside.end() if inside else 0:].split(" ")
        role_word = (inside or role).group(1).lower() if inside or role else ""
        n = _place_words(words) if role_word in ROLE_WORDS | TITLES else 0
        person = " ".join(words[n:])
        folded = fold(person).split()
        if not n or not all(w[:1].isupper() for w in words[n:]) or is_place(person) or in_gazetteer(person) \
                or folded[0] in lowercase_words() or any(w in ORGANISATION_WORDS or w in LEGAL_FORMS for w in folded) \
                or not _a_person_alone(person):
            kept.append(mention)
            continue
        place = " ".join(words[:n])
        place_at = mention.start + (inside.end() if inside else 0)
        kept.append(Mention(place_at, place_at + len(place), place, "LOC"))
        kept.append(Mention(mention.end - len(person), mention.end, person, "PER"))
    return kept


def people_of_firms(text: str, mentions: list[Mention]) -> list[Mention]:
    """'said economist Ann Lee of Harwick Securities', tagged one organisation: after a
    role written in lower case, a name of two or three capitalised words, then "of" and
    a body, are a person and the body they work for.  Not when the first part holds a
    word of an organisation's or a place's name, or a title ("Bank of Orlen", "Port of
    Harwick", "Duke of Orlen")."""
    kept: list[Mention] = []
    for mention in mentions:
        split = _OF_FIRM.fullmatch(mention.text)
        role = _ROLE_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        person = split.group(1) if split else ""
        words = fold(person).split()
        if split is None or role is None or role.group(1) not in ROLE_WORDS or not words \
                or words[0] in lowercase_words() or is_place(person) or in_gazetteer(" ".join(words)) \
                or any(w in ORGANISATION_WORDS or w in LEGAL_FORMS or w in TITLES for w in words):
            kept.append(mention)
            continue
        firm_at = mention.start + split.start(2)
        kept.append(Mention(mention.start, mention.start + len(person), person, "PER"))
        kept.append(Mention(firm_at, mention.end, split.group(2), "ORG"))
    return kept
