"""Actors in an article: people, organisations and places, with character offsets.

`find_mentions(text)` finds the mentions; `article_actors(title, body)` groups them
into one entry per actor of the article ("President Donald Trump", "Trump" and
"Mr. Trump's" are one actor, "Donald Trump").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from .article import ActorType, ArticleActor, Mention

__all__ = ["find_mentions", "article_actors", "TITLES"]

# Words that precede a person's name and are not part of it.
TITLES = frozenset(
    """mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame lord lady president vice premier prime minister
    secretary chancellor king queen prince princess pope senator sen sen. rep rep. representative gov
    gov. governor mayor general gen gen. colonel col. lt. lieutenant admiral adm. commander captain judge
    justice chief ambassador envoy spokesman spokeswoman spokesperson leader coach manager director
    chairman chairwoman chair ceo founder deputy foreign defense defence state interior finance first
    former acting late pastor rev rev. father sheikh emir crown speaker attorney""".split()
)
_STOP = frozenset(
    """a an the and or but if in on at to of for from by with as is it its he she they we i you this that
    these those there their his her our my your when while after before during since until asked says said
    according also however meanwhile yet so not no yes new more most some many any all both each every
    what which who whom whose where why how here then than such one two three four five six seven eight
    nine ten monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december today tomorrow yesterday mr mrs ms""".split()
)
_ORG_WORDS = frozenset(
    """department ministry agency council committee party union group bank fund court congress senate
    parliament assembly house office commission institute foundation university college school company
    corporation corp corp. inc inc. ltd ltd. co. association organization organisation federation league
    club forces army navy police service services times post news press network authority board bureau
    administration government kremlin pentagon nato""".split()
)
_CONNECTORS = frozenset({"of", "de", "da", "del", "van", "von", "der", "bin", "al", "la", "le", "du", "for"})
_TOKEN = re.compile(r"[A-Z](?:\.[A-Z])+\.|[^\W\d_](?:[\w'’.-]*\w)?")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”]\s*|\n\s*)$")


def _is_name_word(token: str) -> bool:
    return token[:1].isupper()


def find_mentions(text: str) -> list[Mention]:
    """Mentions of people, organisations and places in `text`, in order."""
    lower_words = {m.group(0) for m in re.finditer(r"\b[a-z][a-z'-]+\b", text)}
    tokens = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
    mentions: list[Mention] = []
    i = 0
    while i < len(tokens):
        start, end, word = tokens[i]
        if not _is_name_word(word):
            i += 1
            continue
        j = i + 1
        while j < len(tokens):
            gap = text[tokens[j - 1][1]:tokens[j][0]]
            if gap not in (" ", "-") and not (gap == " " and tokens[j][2] in _CONNECTORS):
                break
            if tokens[j - 1][2].endswith(("'s", "’s")):
                break  # "Ukraine's Luhansk" is two names
            if _is_name_word(tokens[j][2]) or (
                tokens[j][2] in _CONNECTORS and j + 1 < len(tokens) and _is_name_word(tokens[j + 1][2])
            ):
                j += 1
                continue
            break
        span = tokens[i:j]
        i = j
        cued_person = False
        # Titles and sentence-initial common words are not part of a name.
        while span and (span[0][2].lower() in TITLES or span[0][2].lower() in _STOP or (
                _SENTENCE_START.search(text[:span[0][0]]) and span[0][2].lower() in lower_words)):
            cued_person |= span[0][2].lower() in TITLES
            span = span[1:]
        # "Russian President Vladimir Putin": everything up to the last title goes.
        titled = [k for k, token in enumerate(span[:4]) if token[2].lower() in TITLES]
        if titled and titled[-1] < len(span) - 1:
            cued_person = True
            span = span[titled[-1] + 1:]
        while span and (span[-1][2].lower() in _CONNECTORS or span[-1][2].lower() in _STOP):
            span = span[:-1]
        if not span:
            continue
        words = [w for _, _, w in span]
        kind = _classify(words, cued_person)
        if kind:
            s, e = span[0][0], span[-1][1]
            surface = text[s:e]
            if surface.endswith(("'s", "’s")):
                surface, e = surface[:-2], e - 2
            mentions.append(Mention(s, e, surface, kind))  # type: ignore[arg-type]
    return _resolve_single_names(mentions)


def _classify(words: list[str], cued_person: bool) -> str | None:
    lowered = [w.lower().rstrip(".") for w in words]
    if any(w in _ORG_WORDS for w in lowered):
        return "ORG"
    if cued_person:
        return "PER"
    if len(words) == 1:
        word = words[0]
        if re.fullmatch(r"[A-Z]{2,6}", word):
            return "ORG"
        if re.fullmatch(r"(?:[A-Z]\.){2,}", word):
            return "LOC"
        return "UNKNOWN"  # type decided from the article's other mentions
    if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
        return "PER"
    return None


def _resolve_single_names(mentions: list[Mention]) -> list[Mention]:
    """A lone capitalised word is a person when it is the surname of a person
    named in full in the same text; otherwise it is dropped."""
    families = {_family_key(m.text) for m in mentions if m.type == "PER"}
    resolved = []
    for mention in mentions:
        if mention.type != "UNKNOWN":  # type: ignore[comparison-overlap]
            resolved.append(mention)
        elif mention.text.lower() in families:
            resolved.append(Mention(mention.start, mention.end, mention.text, "PER"))
    return resolved


def _family_key(name: str) -> str:
    return name.split()[-1].lower().replace("’s", "").replace("'s", "")


def article_actors(title: str, body: str) -> tuple[ArticleActor, ...]:
    """The actors of one article, one entry each, most mentioned first."""
    mentions = find_mentions(title + "\n\n" + body)
    full_names: dict[str, Counter[str]] = defaultdict(Counter)
    for mention in mentions:
        if mention.type == "PER" and " " in mention.text:
            full_names[_family_key(mention.text)][mention.text] += 1
    counts: Counter[tuple[str, ActorType]] = Counter()
    aliases: dict[tuple[str, ActorType], set[str]] = defaultdict(set)
    for mention in mentions:
        name = mention.text
        kind = mention.type
        family = full_names.get(_family_key(name))
        if family and kind == "PER":
            name = max(family, key=lambda n: (len(n.split()), family[n]))
        key = (name, kind)
        counts[key] += 1
        aliases[key].add(mention.text)
    return tuple(
        ArticleActor(name=name, type=kind, mentions=n, aliases=tuple(sorted(aliases[(name, kind)] - {name})))
        for (name, kind), n in counts.most_common()
    )
