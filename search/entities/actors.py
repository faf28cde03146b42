"""From mentions to the actors of one article.

"President Donald Trump", "Donald Trump", "Trump", "Mr. Trump" and "Trump's" are one
actor, named by the most complete form the article uses.  A lone surname goes to
the person of that surname the article names in full (the nearest one before it
when two share the surname).  A name's type is the majority of its mentions'.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..article import ActorType, ArticleActor, Mention, MentionSpan
from .organisations import ORGANISATION_WORDS
from .names import fold
from .places import is_place
from .tagger import find_mentions

__all__ = ["article_actors", "fold", "TITLES"]

# Words that precede a name and are not part of it (titles, ranks, honorifics).
TITLES = frozenset(
    """mr mrs ms miss dr prof sir dame lord lady president vice premier prime minister secretary chancellor
    king queen prince princess pope senator sen rep representative gov governor mayor general gen colonel
    col lt lieutenant admiral adm commander captain capt sgt sergeant judge justice chief ambassador envoy
    spokesman spokeswoman spokesperson leader coach deputy defense defence state foreign interior
    finance treasury former acting late rev reverend father sheikh emir ayatollah speaker attorney
    first lady commissioner chairman chairwoman chair ceo""".split()
)
_PARTICLES = frozenset("of the de da del der van von bin al la le du".split())


def _strip_titles(mention: Mention) -> Mention | None:
    """'Ukrainian President Volodymyr Zelenskyy' -> 'Volodymyr Zelenskyy'; 'Secretary of
    Defense Pete Hegseth' -> 'Pete Hegseth'; 'Ukraine Volodymyr Zelensky' (a headline's
    place before a person) -> 'Volodymyr Zelensky'."""
    words = list(re.finditer(r"[^\s]+", mention.text))
    lowered = [w.group(0).lower().rstrip(".,") for w in words]
    first = 0
    titled = [i for i, word in enumerate(lowered[:5]) if word in TITLES and i < len(words) - 1]
    if titled:
        first = titled[-1] + 1
        if first < len(words) - 1 and lowered[first] == "of":  # "Secretary of Defense Pete Hegseth"
            first += 1
            while first < len(words) - 1 and lowered[first] in TITLES:
                first += 1
    elif mention.type == "PER" and len(words) >= 3 and is_place(words[0].group(0)):
        first = 1
    if first == 0:
        return mention
    offset = words[first].start()
    return Mention(mention.start + offset, mention.end, mention.text[offset:], "PER")


_NAME_SHAPE = re.compile(r"[^\W\d_][\w.'’&-]*(?: [\w.'’&-]+){0,5}")


def _looks_like_name(text: str) -> bool:
    """Letters, inner dots, hyphens and apostrophes; no brackets, at most six words."""
    return bool(_NAME_SHAPE.fullmatch(text)) and not text.endswith(("-", "'", "’", "&"))


def _surname(key: str) -> str:
    return key.split()[-1] if key else key


def article_actors(title: str, body: str) -> tuple[tuple[ArticleActor, ...], list[MentionSpan]]:
    """The article's actors (most mentioned first) and their mentions in the body
    (offsets into `body`)."""
    text = f"{title}\n\n{body}"
    body_offset = len(title) + 2
    mentions = [m for m in (_strip_titles(m) for m in find_mentions(text))
                if m and fold(m.text) and _looks_like_name(m.text)]
    keys = [fold(m.text) for m in mentions]

    # People named in full, by surname, in order of appearance.
    full: dict[str, list[int]] = defaultdict(list)
    for i, (mention, key) in enumerate(zip(mentions, keys)):
        if mention.type == "PER" and " " in key:
            full[_surname(key)].append(i)

    group_of: list[str] = []
    for i, key in enumerate(keys):
        group = key
        if " " not in key and key in full:
            candidates = full[key]
            if len({keys[j] for j in candidates}) == 1:
                group = keys[candidates[0]]
            else:  # two people share the surname: the nearest one named before
                before = [j for j in candidates if j < i] or candidates
                group = keys[before[-1]]
        elif mentions[i].type == "PER" and " " in key:
            # "Donald J Trump" and "Donald Trump": one person when first and last names agree.
            for other in full.get(_surname(key), []):
                if keys[other] != key and keys[other].split()[0] == key.split()[0]:
                    group = min(keys[other], key, key=lambda k: (-len(k.split()), k))
                    break
        group_of.append(group)

    members: dict[str, list[int]] = defaultdict(list)
    for i, group in enumerate(group_of):
        members[group].append(i)
    actors: list[tuple[str, ActorType, int, tuple[str, ...], list[int]]] = []
    for group, indices in members.items():
        types = Counter(mentions[i].type for i in indices)
        kind = max(types, key=lambda t: (types[t], t == "PER"))
        surfaces = Counter(mentions[i].text for i in indices)
        name = max(surfaces, key=lambda s: (len(fold(s).split()), surfaces[s], s))
        if kind == "PER" and is_place(name):
            kind = "LOC"
        elif kind == "PER" and " " in name and fold(name).split()[-1] in ORGANISATION_WORDS:
            kind = "ORG"
        aliases = tuple(sorted(set(surfaces) - {name}))
        actors.append((name, kind, len(indices), aliases, indices))
    actors.sort(key=lambda a: (-a[2], a[0]))
    result = tuple(ArticleActor(name, kind, count, aliases) for name, kind, count, aliases, _ in actors)
    placed = []
    for number, (_, _, _, _, indices) in enumerate(actors):
        for i in indices:
            if mentions[i].start >= body_offset:
                placed.append(MentionSpan(mentions[i].start - body_offset, mentions[i].end - body_offset, number))
    placed.sort(key=lambda m: m.start)
    return result, placed
