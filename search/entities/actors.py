"""From mentions to the actors of one article.

"President Donald Trump", "Donald Trump", "Trump", "Mr. Trump" and "Trump's" are one
actor, named by the most complete form the article uses.  A lone surname goes to
the person of that surname the article names in full (when two share the surname,
the one the article does not bring in as the other's relative, else the nearest one
before it), and takes that person's type.  Otherwise a name's type
is the majority of its mentions'.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..article import ActorType, ArticleActor, Mention, MentionSpan
from ..dates import MONTHS, WEEKDAYS
from .credits import credit_spans, dateline_spans
from .names import fold
from .organisations import LEGAL_FORMS, ORGANISATION_WORDS
from .firms import firm_names, registered_firms
from .firm_marks import called_a_body
from .capitals import confirmed_in_body
from .gazetteer import in_gazetteer
from .holidays import is_holiday
from .mended import (compounds_split, continued_names, joined_pairs, over_abbreviation, split_after_role, with_plural_possessor,
                     with_suffixes)
from .person_marks import beside_role, may_be_titled, with_honours
from .surnames import missed_surnames
from .places import is_place
from .roles import role_before, role_beside
from .tagger import find_mentions
from .trimmed import trimmed
from .works import quoted_as_work
from .titles import PERSON_ROLES, PERSONAL_TITLES, TITLES, title_length
from .vocabulary import lowercase_words

# A possessive and a family word between two names of one surname: two people.
_KIN = (r"son|sons|daughter|daughters|wife|husband|brother|brothers|sister|sisters|father|mother|stepson|stepdaughter|"
        r"stepfather|stepmother|nephew|niece|cousin|grandson|granddaughter|grandfather|grandmother|uncle|aunt|widow|"
        r"widower|child|children|ex-wife|ex-husband")
_KIN_BEFORE = re.compile(rf"\b(?:his|her|their|[\w-]+['’]s)\s+(?:[\w-]+\s+)?(?i:{_KIN}),?\s+$")  # "his son "
_ROYAL_BEFORE = re.compile(r"\b(?:Prince|Princess|King|Queen|Pope|Emperor|Empress|Duke|Duchess|Sheikh|Emir)\s+$")
_KINSHIP = re.compile(rf"['’][sS]\s+(?:[\w-]+\s+)?(?i:{_KIN}),?\s+(?:[A-Z][\w.'’-]*\s+){{0,4}}$")  # "'s son ", "'s father, Governor "

__all__ = ["article_actors", "actors_and_credits", "fold", "TITLES"]

# Articles, pronouns, conjunctions and prepositions: a closed class of words, never a name alone.
_GRAMMAR_WORDS = frozenset("a an the this that these those it its he she we they i you his her our their but and or "
                           "nor if as at in on of to by for from with".split())
# A month, a weekday or a holiday alone is a date, not an actor (unless the article names
# a person who bears it as a surname: "Theresa May", then "May").
_CALENDAR = frozenset(name for name in (*MONTHS, *WEEKDAYS) if len(name) > 3)

_DEFINITION = re.compile(r"(?P<long>[A-Z][\w&'’.-]*(?:[ \t]+(?:of|the|and|for|on|de|du|des|la|le|[A-Z][\w&'’.-]*)){1,9})"
                         r"[ \t]*\((?P<short>[A-Z][A-Z0-9&.-]{1,9})\)")


def _defined_acronyms(text: str, keys: set[str], people: set[str]) -> dict[str, str]:
    """Acronyms the article defines ("the Kurdistan Workers' Party (PKK)"): acronym key -> the long name's
    key, both mentions of the article, the long one no person's ("Rep. Ivo Vell (N.Y.)" is a state);
    the long form is the longest run of mentioned words ending before the bracket."""
    found: dict[str, str] = {}
    for match in _DEFINITION.finditer(text):
        short = fold(match.group("short"))
        words = match.group("long").split()
        if words[-1].endswith(".") and fold(words[-1]) not in LEGAL_FORMS:
            continue  # "… the Harwick Council. (AP)": a sentence ended, a credit follows
        for start in range(len(words) - 1):  # "Leaders of the Kurdistan Workers' Party": from the longest
            candidate = fold(" ".join(words[start:]))
            if candidate in keys and short in keys and candidate != short and candidate not in people:
                found[short] = candidate
                break
    return found


_MADE = re.compile(r"[\w.]+-(?:made|built|designed|supplied|manufactured|produced)\s*$", re.IGNORECASE)


def _made_thing(text: str, mention: Mention) -> str | None:
    """The key of a product the mention names, or None: "US-made Tomahawk", "the
    Korean-built Halvard" (whether or not the tagger took the maker in).  A name the
    article once calls a made thing is one wherever it appears there."""
    first, _, rest = mention.text.partition(" ")
    if rest and _MADE.match(first):
        return fold(rest)
    return fold(mention.text) if _MADE.search(text[max(0, mention.start - 30):mention.start]) else None


_DETERMINER = re.compile(r"\b(?:the|a|an|his|her|their|its|my|our|your)\s+$", re.IGNORECASE)
_HEAD_ENDS = re.compile(r"(?:['’]s)?(?:\s*[.,;:!?)\"”]|\s+(?:for|in|at|on|to|of|with|and|or|but|from|by|as|was|is|went|"
                        r"this|last|next|that|which)\b)")


def _owned_thing(text: str, mention: Mention, named: set[str]) -> str | None:
    """The key of a thing a one-word 'person' names, or None: a person is no 'an Oscar',
    'the Emmys,', 'his Ferrari.' (a determiner before the name, which ends its phrase).
    Not 'the Vell administration' (the name qualifies a noun), nor a word of the name
    of a person the article names in full."""
    key = fold(mention.text)
    if mention.type != "PER" or " " in key or key.removesuffix("s") in named or key in named:
        return None
    if _DETERMINER.search(text, max(0, mention.start - 8), mention.start) and _HEAD_ENDS.match(text, mention.end):
        return key
    return None


def _roles(text: str, mentions: list[Mention], indices: list[int]) -> tuple[str, ...]:
    """The roles written before a person's mentions or set off beside them, most used first."""
    found = Counter(role for role in (role_before(text, mentions[i].start) or
                                      role_beside(text, mentions[i].start, mentions[i].end) for i in indices) if role)
    return tuple(role for role, _ in found.most_common())


def _surname_roles(text: str, mentions: list[Mention], keys: list[str], group: str,
                   indices: list[int]) -> tuple[str, ...]:
    """The roles written only before a person's surname alone, never before a fuller
    name of theirs in the article: "President Vell" where the article names Tomas Vell
    in full may be Tomas, or his mother the President, whom the corpus names in full."""
    lone = [i for i in indices if " " not in keys[i] and keys[i] != group]
    if not lone:
        return ()
    fuller = {role_before(text, mentions[i].start) for i in indices if i not in lone}
    return tuple(dict.fromkeys(role for i in lone if (role := role_before(text, mentions[i].start))
                               and role not in fuller))


# A title right before a name; with a full stop only when short ("Sen.", "Gov."), not a
# sentence's last word ("… thanked the Queen. Harwick Mills")
_TITLE_BEFORE = re.compile(r"\b(?:([A-Za-z]+)|([A-Za-z]{1,4})\.) $")


def _after_title(text: str, mention: Mention) -> Mention:
    """A name the tagger did not call a person, after a title or role only a person bears, or
    opening with one ("Representative Lena Dorrit", "analyst Ann Lee", "Orlen Mayor Ann Lee"
    tagged an organisation): a person, named without the title.  Not a place, a building, a firm
    ("Governor Harwick Holdings") nor a name that starts with an English word."""
    if mention.type == "PER":
        return mention
    words = list(re.finditer(r"[^\s]+", mention.text))
    lowered = [w.group(0).lower().rstrip(".,") for w in words]
    title = _TITLE_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    inside = title_length(lowered)
    if inside and any(word in PERSONAL_TITLES for word in lowered[:inside]):  # "Mayor Ann Lee", "NYC Mayor Ann Lee"
        offset = words[inside].start()
    elif title and (title.group(1) or title.group(2)).lower() in PERSONAL_TITLES | PERSON_ROLES and len(words) >= 2:
        offset = 0
    else:
        return mention
    name = mention.text[offset:]
    return Mention(mention.start + offset, mention.end, name, "PER") if may_be_titled(name) else mention


def _titled_person(mention: Mention, people: set[str], lone: set[str]) -> Mention:
    """A span the tagger did not call a person that is a person's full name, with or
    without a title before it ("Defense Pete Hegseth" or "Elon Musk" tagged an
    organisation): that person, when the article names them so elsewhere, or calls a
    person by that surname alone ("Hegseth said", "Musk said").  Not a place ("Port
    Elizabeth" where Elizabeth is a person), nor a firm's name ("Harwick & Dorr")."""
    if mention.type == "PER":
        return mention
    words = list(re.finditer(r"[^\s]+", mention.text))
    first = title_length([w.group(0).lower().rstrip(".,") for w in words])
    rest = fold(mention.text[words[first].start():])
    if not first and not _may_be_a_persons_name(mention.text, rest, lone):
        return mention
    if not rest or not (rest in people or (" " in rest and rest.split()[-1] in lone)) \
            or any(word in ORGANISATION_WORDS or word in LEGAL_FORMS for word in rest.split()):
        return mention
    offset = words[first].start()
    return Mention(mention.start + offset, mention.end, mention.text[offset:], "PER")


def _may_be_a_persons_name(text: str, key: str, lone: set[str]) -> bool:
    """Two capitalised words, the second a surname the article uses alone for a person,
    the first no English word, acronym or place: "Elon Musk" ("Musk said"), not "Real
    Madrid", "Manchester United", "Snow Patrol" or "UK Oscar"."""
    words = text.split()
    first = fold(words[0]) if words else ""
    return len(words) == 2 and all(word[:1].isupper() for word in words) and not words[0].isupper() \
        and "&" not in text \
        and key.split()[-1] in lone and first not in lowercase_words() \
        and not (is_place(text) or in_gazetteer(key) or is_place(first) or in_gazetteer(first))


_NAME_SHAPE = re.compile(r"[^\W\d_][\w.'’&-]*(?: [\w.'’&-]+){0,5}")
_PRONOUN_I = re.compile(r"I['’](?:m|ve|ll|d)", re.IGNORECASE)


def _looks_like_name(text: str) -> bool:
    """Letters, inner dots, hyphens and apostrophes; no brackets, at most six words; not a
    word of grammar alone ("An" that opens a sentence glued to a standfirst, "I'm")."""
    return bool(_NAME_SHAPE.fullmatch(text)) and not text.endswith(("-", "'", "’", "&")) \
        and fold(text) not in _GRAMMAR_WORDS and not _PRONOUN_I.fullmatch(text)


def _written_as_full_name(name: str) -> bool:
    """A person's full name as a first name alone may stand for: written as names are, not
    "Labour MPs", "Nintendo DS", "Nintendo Europe", nor in a text set in one case ("falconer
    rebuts", "GUPTA DOESN'T"), where the tagger's spans are unsure."""
    words = name.split()
    return words[0][:1].isupper() and words[-1][:1].isupper() and not name.isupper() and not (
        re.fullmatch(r"[A-Z]{2,}s?", words[-1]) or is_place(words[-1]) or fold(words[-1]) in ORGANISATION_WORDS)


def _surname(key: str) -> str:
    return key.split()[-1] if key else key


def _brought_in_as_relative(text: str, name: str) -> bool:
    """'Boris Yeltsin visited his wife Naina', 'her father, former President Donald Trump': the
    person's first name follows 'his', 'her' or 'their' and a word of kinship."""
    first = re.escape(name.split()[0])
    return any(found.group(1)[:1].isupper() for found in re.finditer(
        rf"\b(?:his|her|their)\s+(?:[\w-]+\s+)?(?:{_KIN}),?\s+(?:[\w.'’-]+\s+){{0,3}}?({first})\b", text, re.IGNORECASE))


def _relatives(text: str, one: Mention, other: Mention) -> bool:
    """Whether two names of one surname are two relatives: "President Vell's son Tomas
    Vell", "Tomas Vell's father, Governor Vell".  The corpus's directory knows which Vell
    the lone name is."""
    first, second = (one, other) if one.end <= other.start else (other, one)
    between = text[first.end:second.start]
    return len(between) <= 60 and _KINSHIP.match(between) is not None


def _credit_of(credits: list[tuple[int, int]], mention: Mention) -> tuple[int, int] | None:
    return next(((start, end) for start, end in credits if start <= mention.start < end), None)


def _credited(text: str, credits: list[tuple[int, int]], found: list[Mention]) -> dict[str, None]:
    """The people the credits name, in order.  A credit's names are people's, whatever
    the tagger thought, but for an organisation's words ("Staff Reports") and the
    picture agencies: a name that is one in any credit of the article is one in all."""
    placed = [(m, credit) for m in found if (credit := _credit_of(credits, m)) is not None]
    agencies = {fold(m.text) for m, credit in placed if m.type == "ORG" and _picture_agency(text, credit, m, found)}
    credited: dict[str, None] = {}
    for mention, _ in placed:
        words = fold(mention.text).split()
        if mention.type == "PER" or (mention.type == "ORG" and len(words) > 1 and fold(mention.text) not in agencies
                                     and not any(word in ORGANISATION_WORDS for word in words)):
            credited[mention.text] = None
    return credited


def _picture_agency(text: str, credit: tuple[int, int], mention: Mention, found: list[Mention]) -> bool:
    """Whether a name in a credit is who distributes the picture, not who took it: the
    library after "via" ("/AFP via Getty Images"), or, in a credit of names between
    slashes, what the tagger calls an organisation beside a person ("Ana Cruz/Harwick
    Wire", "Harwick Wire/Tom Reed").  Without a person there, the tagger's organisation
    may be the photographer's name, and is credited as before."""
    start, end = credit
    if re.search(r"\b(?i:via)\s*\Z", text[start:mention.start]):
        return True
    return "/" in text[start:end] and any(m.type == "PER" and start <= m.start < end for m in found)


def article_actors(title: str, body: str) -> tuple[tuple[ArticleActor, ...], list[MentionSpan]]:
    """The article's actors (most mentioned first) and their mentions in the body
    (offsets into `body`)."""
    actors, spans, _ = actors_and_credits(title, body)
    return actors, spans


def actors_and_credits(title: str, body: str
                       ) -> tuple[tuple[ArticleActor, ...], list[MentionSpan], tuple[str, ...]]:
    """The article's actors and their mentions in the body, and the people its byline
    and contributor lines credit (its authors, never its actors)."""
    text = f"{title}\n\n{body}"
    body_offset = len(title) + 2
    credits = credit_spans(text)
    datelines = dateline_spans(text, body_offset)
    tagged = over_abbreviation(text, with_plural_possessor(text, find_mentions(text)))
    tagged = split_after_role(text, compounds_split(missed_surnames(text, continued_names(text, with_honours(text, with_suffixes(text, registered_firms(text, tagged)))))))
    found = [m for m in map(trimmed, tagged)
             if m and fold(m.text) and _looks_like_name(m.text)]
    found = [m for m in found if not any(start <= m.start < end for start, end in datelines)]  # filed from where
    credited = _credited(text, credits, found)
    mentions = [m for m in found if _credit_of(credits, m) is None]
    mentions = joined_pairs([beside_role(text, _after_title(text, m)) for m in mentions])
    people = {fold(m.text) for m in mentions if m.type == "PER" and " " in fold(m.text)}
    lone = {fold(m.text) for m in mentions if m.type == "PER" and " " not in fold(m.text)}
    mentions = [_titled_person(m, people, lone) for m in mentions]
    people |= {fold(m.text) for m in mentions if m.type == "PER" and " " in fold(m.text)}
    surnames = {name.split()[-1] for name in people}
    mentions = [m for m in mentions if fold(m.text) in surnames or not (  # dates, not actors
        all(w in _CALENDAR or w.isdigit() for w in fold(m.text).split()) or is_holiday(m.text))]
    mentions = [m for m in mentions if fold(m.text) not in LEGAL_FORMS]  # "Inc", "Corp" alone: no one
    things = [_made_thing(text, m) for m in mentions]
    named = {word for name in people for word in name.split()}
    made = set(filter(None, things))
    owned = {key for m in mentions if (key := _owned_thing(text, m, named))}
    mentions = [m for m, thing in zip(mentions, things)
                if thing is None and fold(m.text) not in made and fold(m.text).removesuffix("s") not in made
                and not (m.type == "PER" and (fold(m.text) in owned or fold(m.text).removesuffix("s") in owned))]
    mentions = confirmed_in_body(mentions, title, body)
    keys = [fold(m.text) for m in mentions]
    defined = _defined_acronyms(text, set(keys), {key for m, key in zip(mentions, keys) if m.type == "PER"})
    defined |= {name: firm for name, firm in firm_names(text, mentions).items() if name in keys and firm in keys}
    keys = [defined.get(key, key) for key in keys]

    # People named in full, by surname, in order of appearance.
    full: dict[str, list[int]] = defaultdict(list)
    first_named: dict[str, set[str]] = defaultdict(set)  # first name -> the people named in full with it
    for i, (mention, key) in enumerate(zip(mentions, keys)):
        if mention.type == "PER" and " " in key:
            full[_surname(key)].append(i)
            if _written_as_full_name(mention.text):
                first_named[key.split()[0]].add(key)
    for mention, key in zip(mentions, keys):  # a firm as well ("Contrack"), a relative ("his son Orrin"), a royal
        if mention.type != "PER" or _KIN_BEFORE.search(text, max(0, mention.start - 40), mention.start) \
                or _ROYAL_BEFORE.search(text, max(0, mention.start - 20), mention.start):  # ("Prince Charles")
            first_named.pop(key, None)

    group_of: list[str] = []
    for i, key in enumerate(keys):
        group = key
        bearers = full.get(key, []) if " " not in key else []  # people of that surname named in full
        related = {keys[j] for j in bearers if _relatives(text, mentions[i], mentions[j])}
        candidates = [j for j in bearers if keys[j] not in related]
        if candidates:
            if len({keys[j] for j in candidates}) == 1:
                group = keys[candidates[0]]
            else:  # two people share the surname: not one the article brings in as another's
                # relative ("his wife Naina", "her father, former President Donald Trump"); else the
                # nearest one named before
                principal = {key for key in {keys[j] for j in candidates} if not _brought_in_as_relative(text, key)}
                before = [j for j in candidates if j < i] or candidates
                group = principal.pop() if len(principal) == 1 else keys[before[-1]]
        elif mentions[i].type == "PER" and " " not in key and len(first_named.get(key, ())) == 1:
            group = next(iter(first_named[key]))  # "Jess Carter", then "says Jess": no one else is Jess
        elif " " in key and len(fuller := {keys[j] for j in full.get(_surname(key), [])
                                           if keys[j].endswith(" " + key)}) == 1:
            group = fuller.pop()  # "Aung San Suu Kyi", then "Suu Kyi" (whatever the tagger took it for)
        elif mentions[i].type == "PER" and " " in key:
            # "Donald J Trump" and "Donald Trump": one person when first and last names agree;
            # "Lewis-Francis" alone is the surname of "Mark Lewis-Francis".
            hyphenated = " " not in mentions[i].text.strip()
            for other in full.get(_surname(key), []):
                if keys[other] != key and (keys[other].split()[0] == key.split()[0]
                                           or hyphenated and keys[other].endswith(" " + key)):
                    group = min(keys[other], key, key=lambda k: (-len(k.split()), k))
                    break
        group_of.append(group)

    members: dict[str, list[int]] = defaultdict(list)
    for i, group in enumerate(group_of):
        members[group].append(i)
    actors: list[tuple[str, ActorType, int, tuple[str, ...], list[int], tuple[bool, bool]]] = []
    for group, indices in members.items():
        # A lone surname joined the person the article names in full: that person's
        # type decides ("Vladimir Putin", then "Putin" tagged a place as "Russia" would be).
        named_in_full = [i for i in indices if keys[i] == group and " " in group] or indices
        types = Counter(mentions[i].type for i in named_in_full)
        kind = max(types, key=lambda t: (types[t], t == "PER"))
        surfaces = Counter(mentions[i].text for i in indices)
        name = max(surfaces, key=lambda s: (len(fold(s).split()), surfaces[s], s))
        if kind == "PER" and is_place(name):
            kind = "LOC"
        body = kind != "LOC" and any(called_a_body(text, mentions[i]) for i in indices if mentions[i].text == name)
        if kind == "PER" and (" " in name and fold(name).split()[-1] in ORGANISATION_WORDS or body):
            kind = "ORG"
        aliases = tuple(sorted(set(surfaces) - {name}))
        work = kind == "ORG" and any(mentions[i].type == "ORG" and quoted_as_work(text, mentions[i].start, mentions[i].end)
                                     for i in indices)
        actors.append((name, kind, len(indices), aliases, indices, (body and kind == "ORG", work)))
    actors.sort(key=lambda a: (-a[2], a[0]))
    result = tuple(ArticleActor(name, kind, count, aliases, _roles(text, mentions, indices),
                                _surname_roles(text, mentions, keys, group_of[indices[0]], indices))
                   if kind == "PER" else ArticleActor(name, kind, count, aliases, called_a_body=marks[0],
                                                      quoted_as_work=marks[1])
                   for name, kind, count, aliases, indices, marks in actors)
    placed = []
    for number, (*_, indices, _) in enumerate(actors):
        for i in indices:
            if mentions[i].start >= body_offset:
                placed.append(MentionSpan(mentions[i].start - body_offset, mentions[i].end - body_offset, number))
    placed.sort(key=lambda m: m.start)
    return result, placed, tuple(credited)
