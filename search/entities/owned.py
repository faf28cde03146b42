"""A quotation that is the words of the one person its sentence is about.

'Former President Vell announced his plans to carry out "the largest …"', 'Ivo Brask
gained ground, helped by his vow to "…"': words quoted right after 'his' or 'her' and a
noun of saying (vow, pledge, claim, remarks …) are the words of the one person the
sentence names, outside quotations, before the pronoun.  Not where the sentence names
another person, or an unnamed one between ('Vell criticised the minister for his vow to
"…"'), nor where the article writes the person with an honorific of the other sex.

'Critics slammed press secretary Ana Vell on Monday for saying the firm is "…"', 'mocked
Ivo Brask for comparing voters to "…"': words quoted in what someone is praised or blamed
for saying are theirs, not the sentence subject's (but 'criticised Vell for being "…"' and
'praised Vell for sending them to the "…"' are the subject's words, or no one's).

'Joe Vell concluded his speech with this line: "…"', 'He was blunt: "…"', 'Ana Vell posted
photos with the caption, "…"': a sentence about one person that ends in the colon opening
a quote, or in a caption they post, introduces that person's words; so does a name and a
colon alone ('Rovers boss Ian Dunne: "…"'), as interviews and match reports set quotes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..article import ArticleActor, MentionSpan
from .agreement import disagrees
from .nouns import person_nouns
from .continued import Cue
from .speakers import antecedent, describes, fragment, sentence_subject
from .speech import VERB, sentence_start

__all__ = ["his_own_words", "blamed_for_saying", "introduced_by_subject", "named_with_colon", "one_person_about"]

_SAYING = ("vow|promise|pledge|plan|call|warning|claim|words|remark|comment|statement|description|message|threat|"
           "insistence|boast|assertion|declaration|prediction|demand|belief|argument|suggestion|"
           "verdict|prophecy|wish|hope|admission")
# 'his vow to "', 'her plans to carry out "', 'his claim that "', 'her latest remarks: "'
_OWNED = re.compile(rf"\b(?P<pronoun>his|her)\s+(?:[a-z]+\s+)?(?:{_SAYING})s?"
                    rf"(?:\s+(?:that|of|to(?:\s+[a-z]+){{0,3}}))?[\s,:]*$", re.IGNORECASE)
# someone the sentence does not name: 'the minister', 'a spokesman'
_UNNAMED = re.compile(r"\b(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z-]+)\b")


def his_own_words(body: str, start: int, people: Sequence[MentionSpan], actors: Sequence[ArticleActor]
                  ) -> str | None:
    """The speaker of the quote opening at `start` when the words are what the sentence's
    one person vowed or claimed, or None."""
    sentence = sentence_start(body, start)
    before = body[sentence:max(sentence, start - 1)]
    if re.search(r"[\"“”]", before):
        return None  # another quotation in the sentence: the pronoun may stand for its speaker
    owned = _OWNED.search(before)
    if owned is None:
        return None
    at = sentence + owned.start()
    named = [m for m in people if sentence <= m.start < sentence + len(before)]
    names = {actors[m.actor].name for m in named}
    if len(names) != 1 or named[-1].end > at or body[named[-1].end:named[-1].end + 2] in ("'s", "’s"):
        return None
    between = body[named[-1].end:at]
    if any(found.group("noun").lower() in person_nouns() for found in _UNNAMED.finditer(between)):
        return None
    [name] = names
    return None if disagrees(body, owned.group("pronoun"), name, people, actors) else name


_PRAISED_OR_BLAMED = re.compile(
    r"\b(?:slammed|criticised|criticized|blasted|mocked|praised|attacked|ripped|lambasted|rebuked|chided|scolded|"
    r"condemned|thanked|applauded|hailed|faulted|blamed|knocked|roasted|skewered|defended|accused|ridiculed|"
    r"castigated|censured|reprimanded|commended|credited)\s+(?P<object>[^.;:!?]{1,80}?)"
    r"(?:\s+(?:on\s+)?[A-Z][a-z]+day)?\s+for\s+(?P<doing>[a-z]+ing)\b[^.;:!?\"“”]{0,120}$")
# what one does with words beside the verbs of saying ('comparing voters to "…"', 'using the word "…"')
_WITH_WORDS = frozenset("comparing likening using referring labelling labeling branding dubbing quipping posting".split())


def blamed_for_saying(body: str, start: int, people: Sequence[MentionSpan]) -> MentionSpan | None:
    """The person a quote's sentence praises or blames for saying its words ('slammed Ana
    Vell for saying …'), named last in the verb's object, or None."""
    sentence = sentence_start(body, start)
    found = _PRAISED_OR_BLAMED.search(body, sentence, max(sentence, start - 1))
    if found is None or not (VERB.fullmatch(found.group("doing")) or found.group("doing") in _WITH_WORDS):
        return None  # 'praised Vell for sending migrants to the "…"', 'criticised Vell for being "…"'
    object_end = found.end("object")
    return next((m for m in people if found.start("object") <= m.start and m.end == object_end), None)


# What a sentence may introduce with a colon that is not its subject's words
_WRITTEN = re.compile(r"\b(?:read|reads|reading|letter|sign|signs|banner|note|placard|statement|message|post|tweet|"
                      r"text|headline|caption|slogan|inscription|poster|chant|chanted|chanting|lyrics?|song|book|"
                      r"report|email|e-mail|document|memo|ad|advert|advertisement|leaflet|label|warning|notice)\b",
                      re.IGNORECASE)


_CAPTIONED = re.compile(r"\b(?:captioned|with\s+the\s+caption|caption\s+read)\s*[,:]?\s*$", re.IGNORECASE)


def introduced_by_subject(body: str, start: int, people: Sequence[MentionSpan], actors: Sequence[ArticleActor],
                          quoted: Sequence[tuple[int, int]]) -> str | None:
    """'Joe Vell concluded his speech with this line about his rival: "…"': a sentence whose
    subject is a person, ending in the colon that opens the quote, naming no one else (but a
    possessor: 'about Ana Brask's attack') and no writing ('a sign that read:'), introduces
    that person's words; 'He is prepared to go this far: "…"', naming no one, the words of
    the one the pronoun stands for.  'Ana Vell posted photos to her account with the
    caption, "…"' is her own writing."""
    colon = re.search(r":\s*$", body[max(0, start - 4):start - 1])
    captioned = _CAPTIONED.search(body, max(0, start - 60), start - 1)  # one's own post: 'with the caption, "'
    if colon is None and captioned is None:
        return None
    at = captioned.start() if captioned else max(0, start - 4) + colon.start()
    sentence = sentence_start(body, at)
    if re.search(r"[\"“”]", body[sentence:at]) or (_WRITTEN.search(body, sentence, at) and not captioned):
        return None
    return one_person_about(body, sentence, at, actors, people, quoted)


def one_person_about(body: str, sentence: int, end: int, actors: Sequence[ArticleActor],
                     people: Sequence[MentionSpan], quoted: Sequence[tuple[int, int]]) -> str | None:
    """The one person the sentence [sentence, end) is about: its subject, when it names no
    one else (possessors and names inside quotations aside); or, when it opens with 'he' or
    'she' and names no one, the person the pronoun stands for."""
    others = {actors[m.actor].name for m in people if sentence <= m.start < end
              and body[m.end:m.end + 2] not in ("'s", "’s") and not any(s <= m.start < e for s, e in quoted)}
    pronoun = re.match(r"\s*(he|she)\s", body[sentence:end], re.IGNORECASE)
    if pronoun and not others:
        meant = antecedent(body, sentence, actors, people, quoted)
        return meant if meant and not disagrees(body, pronoun.group(1), meant, people, actors) else None
    subject = sentence_subject(body, people, sentence, end)
    if subject is None or others != {actors[subject.actor].name}:
        return None
    return actors[subject.actor].name


# Between a name and the colon that opens its quote: nothing, or how they spoke ("was coy").
_MANNER = re.compile(r"(?:\s+(?:was|is|were|seemed|sounded|remained)(?:\s+[a-z]+){1,2})?\s*")


def named_with_colon(body: str, paragraph: int, before: str, actors: Sequence[ArticleActor],
                      people: Sequence[MentionSpan]) -> Cue | None:
    """'Rovers boss Ian Dunne: "', 'Asked if he had spoken to Putin, Trump was coy: "': a
    name and a colon, as an interview or a match report sets its quotes."""
    colon = re.search(r":\s*$", before)
    if not colon:
        return None
    at = paragraph + colon.start()
    sentence = sentence_start(body, at)
    named = [m for m in people if sentence <= m.start and m.end <= at]
    if not named or fragment(body, actors, named[-1]):
        return None
    mention = named[-1]
    prefix = body[sentence:mention.start].lstrip("-–—•* ")
    part = prefix if describes(prefix) else prefix.rsplit(", ", 1)[1] if ", " in prefix else None  # 'Asked why, Vell'
    # not 'Vell told Brask:', whose quote is the one telling's (the verbs of saying decide); but
    # 'Said Vell:', 'Observes Mr Vell:' set the verb before its subject
    told = VERB.search(part or "")
    opens = part is not None and describes(part) and not (told and part[:told.start()].strip())
    if opens and _MANNER.fullmatch(body[mention.end:at]) and not prefix.lower().endswith(("'s ", "’s ")):
        return Cue(actors[mention.actor].name, mention.end)
    return None
