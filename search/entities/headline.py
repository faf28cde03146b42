"""The person a headline is about, as the speaker of a quote its body gives only a pronoun
or a role.

A feed item is often a headline and a sentence or two: 'Ana Vell Vows Action on Prices'
above '"We will not wait," the finance minister said.'  The body names no one; the
headline names who spoke.  Its opening name is the speaker when the headline names that
person alone, or has them say something ('Vell says Brask was "wrong"'), and the body
names no person before the quote (before its sentence, for a role or a description): else
the pronoun or the role may stand for that person, and the rules of `speakers` have
already decided.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..article import ArticleActor, MentionSpan, Quote
from .speech import VERB, sentence_start
from .titles import TITLES

__all__ = ["headline_speaker", "from_headline"]

_OPENING = re.compile(r"^[\s\"'“”‘’«»]*")
_TITLE_WORD = re.compile(r"([\w.]+)\s+")
# After the name: a verb of the headline, not more of a name, a possessive or a list.
_AFTER = re.compile(r"^(?:\s+|:\s*)(?P<word>[\w'’-]+)")


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
    text = title[_OPENING.match(title).end():]
    while (word := _TITLE_WORD.match(text)) and word.group(1).lower().rstrip(".") in TITLES | {"former", "ex"}:
        text = text[word.end():]
    for actor in named:
        form = next((form for form in _forms(actor) if text.lower().startswith(form.lower())
                     if text.isupper() or text.startswith(form)), None)
        if form is None:
            continue
        after = _AFTER.match(text[len(form):])
        if after is None or ":" in after.group() or after.group("word").lower() in ("and", "&", "or"):
            return None  # 'Vell’s plan', 'Vell and Brask'; 'Vell: Harwick takes "steps"', a topic before its colon
        return actor.name if len(named) == 1 or _says(after.group("word")) else None
    return None


def from_headline(body: str, title: str, quotes: list[Quote], unnamed: set[int], pronouns: set[int],
                  actors: Sequence[ArticleActor], people: Sequence[MentionSpan]) -> list[Quote]:
    """The quotes starting at `unnamed` (cued by a role or, those at `pronouns`, a pronoun,
    that the body gives no one) given to the headline's speaker, where the body names no
    person before them."""
    waiting = [q for q in quotes if q.speaker is None and q.start in unnamed]
    speaker = headline_speaker(title, actors) if title and waiting else None
    if speaker is None:
        return quotes
    first = min((m.start for m in people), default=len(body))
    # a pronoun may stand for anyone named before it; a role opens its sentence ('The former
    # mayor said Brask’s "…"')
    given = {q.start for q in waiting if first >= (q.start if q.start in pronouns else sentence_start(body, q.start))}
    return [Quote(q.start, q.end, speaker) if q.start in given else q for q in quotes]
