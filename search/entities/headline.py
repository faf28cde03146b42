"""The person a headline is about, as the speaker of a quote its body gives only a pronoun
or a role.

A feed item is often a headline and a sentence or two: 'Ana Vell Vows Action on Prices'
above '"We will not wait," the finance minister said.'  The body names no one; the
headline names who spoke.  Its opening name is the speaker when the headline names that
person alone, has them say something ('Vell says Brask was "wrong"') or opens with their
name, a colon and their words (an interview's: 'Ana Vell: "I was ahead of my time"') or
credits its words to them after a dash ('Prices must fall now - Ana Vell'), and
the body names no person before the quote (before its sentence, for a role or a
description): else the pronoun or the role may stand for that person, and the rules of
`speakers` have already decided.  A pronoun may also be the headline's speaker's when
everyone the body names before it is that speaker, named in full, no one unnamed speaks
before it and no one the text leaves unnamed ('my partner') stands near it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from ..article import ArticleActor, MentionSpan, Quote
from .nouns import unnamed_person_in
from .speech import VERB, sentence_start
from .titles import TITLES

__all__ = ["headline_speaker", "from_headline"]

_OPENING = re.compile(r"^[\s\"'“”‘’«»]*")
_TITLE_WORD = re.compile(r"([\w.]+)\s+")
# After the name: a verb of the headline, not more of a name, a possessive or a list.
_AFTER = re.compile(r"^(?:\s+|:\s*)(?P<word>[\w'’-]+)")
# A colon, then a quotation mark: the named person's words follow
_QUOTED_AFTER_COLON = re.compile(r":\s*[\"'“‘]")
_CREDITED = re.compile(r"\s[-–—]\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s*$")  # "… - Ana Vell"
_CUE_AFTER = 60  # characters after a quote where its cue ('," her husband said') stands


def _forms(actor: ArticleActor) -> list[str]:
    words = actor.name.split()
    forms = [actor.name, *actor.aliases]
    if len(words) > 1:
        forms.append(words[-1])  # the surname a headline uses
    return sorted(set(forms), key=len, reverse=True)


def _named(title: str, form: str) -> re.Match[str] | None:
    return re.search(rf"(?<![\w'’-]){re.escape(form)}(?![\w-])", title, re.IGNORECASE if title.isupper() else 0)


def _says(word: str) -> bool:
    """A verb of saying as a headline writes it: 'says', 'warns', 'vows', 'insists'."""
    word = word.lower()
    forms = [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "ied")
    elif word.endswith("es"):
        forms += [word[:-1] + "d", word[:-2] + "ed"]
    elif word.endswith("s"):
        forms.append(word[:-1] + "ed")
    return any(VERB.fullmatch(form) for form in forms)


def headline_speaker(title: str, actors: Sequence[ArticleActor]) -> str | None:
    """The person the headline opens with, when it is who speaks in it: the one person it
    names, or the subject of its verb of saying ('Vell says …', 'Vell Insists …')."""
    people = [actor for actor in actors if actor.type == "PER"]
    named = [actor for actor in people if any(_named(title, form) for form in _forms(actor))]
    if not named:
        return None
    credited = _CREDITED.search(title)  # 'Rioters held a dagger to our throat - Vell': the words are theirs
    speaker = next((actor.name for actor in named if credited.group("name") in _forms(actor)), None) if credited else None
    if speaker is not None:
        return speaker
    text = title[_OPENING.match(title).end():]
    while (word := _TITLE_WORD.match(text)) and word.group(1).lower().rstrip(".") in TITLES | {"former", "ex"}:
        text = text[word.end():]
    for actor in named:
        form = next((form for form in _forms(actor) if text.lower().startswith(form.lower())
                     if text.isupper() or text.startswith(form)), None)
        if form is None:
            continue
        if _QUOTED_AFTER_COLON.match(text, len(form)):
            return actor.name  # 'Ana Vell: “I was ahead of my time”': an interview's headline, in their words
        after = _AFTER.match(text[len(form):])
        if after is None or ":" in after.group() or after.group("word").lower() in ("and", "&", "or"):
            return None  # 'Vell’s plan', 'Vell and Brask'; 'Vell: Harwick takes "steps"', a topic before its colon
        return actor.name if len(named) == 1 or _says(after.group("word")) else None
    return None


def _someone_else_near(body: str, quote: Quote) -> bool:
    """The sentence before a quote, its own or its cue after it tells of someone unnamed
    whom its pronoun may mean ('When I met my partner he said: "…"')."""
    opened = sentence_start(body, quote.start)
    before = sentence_start(body, opened - 1) if opened > 0 else 0
    return unnamed_person_in(body[before:quote.start]) or unnamed_person_in(body[quote.end:quote.end + _CUE_AFTER])


def from_headline(body: str, title: str, quotes: list[Quote], unnamed: set[int], pronouns: set[int],
                  actors: Sequence[ArticleActor], people: Sequence[MentionSpan], strangers: Set[int] = frozenset()
                  ) -> list[Quote]:
    """The quotes starting at `unnamed` (cued by a role or, those at `pronouns`, a pronoun,
    that the body gives no one) given to the headline's speaker, where the body names no
    person before them (for a pronoun: no one but the headline's speaker, named in full,
    and no quote before it is cued by someone unnamed, at `strangers`: 'said a club
    official')."""
    waiting = [q for q in quotes if q.speaker is None and q.start in unnamed]
    speaker = headline_speaker(title, actors) if title and waiting else None
    if speaker is None:
        return quotes
    first = min((m.start for m in people), default=len(body))
    # a pronoun may stand for anyone named before it, but for no one else when everyone named
    # before it is the headline's speaker; a role opens its sentence ('The former mayor said Brask’s "…"')
    first_other = min((m.start for m in people if actors[m.actor].name != speaker), default=len(body))
    if " " not in speaker:
        first_other = first  # a name of one word may be a firm's the tagger took for a person's
    # nor after the words of someone it leaves unnamed ('"…," said a club official. "…," he added')
    first_other = min([first_other, *strangers])
    given = {q.start for q in waiting
             if (first_other >= q.start and not _someone_else_near(body, q) if q.start in pronouns
                 else first >= sentence_start(body, q.start))}
    return [Quote(q.start, q.end, speaker) if q.start in given else q for q in quotes]
