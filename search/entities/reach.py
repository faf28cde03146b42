"""How far a verb of saying reaches: back over a phrase set off after its subject ('Ana Vell, 52,
said'), forward to a quote later in its sentence ('called the delivery of missiles to Kyiv "…"'), and
from a sentence's subject to the infinitive it governs ('used his message to lament "…"')."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..article import MentionSpan
from .nouns import person_nouns
from .phrases import CLAUSE_WORDS, governed, phrase_words
from .roles import role_word
from .descriptions import definite_words
from .speakers import name_after, sentence_subject
from .speech import BRIDGE, BRIDGE_WORDS, REPORTING_VERBS, THINKING, VERB, sentence_start
from .titles import TITLES

__all__ = ["BREAK", "set_off", "runs_on_to", "infinitive_of", "joined_description", "reported_teller", "whole_name",
           "according_before", "source_after"]

_JOINED_END = re.compile(rf"\s(?:and|but)(?:\s+(?:{BRIDGE_WORDS}))*\s*$", re.IGNORECASE)

BREAK = re.compile(r"[.!?\"“”]")  # a sentence's end or a quotation between: the verb reaches no further

# Verbs whose object is the subject of the infinitive after it ('asked Vell to condemn …'): the words are
# the object's, not the sentence subject's.
# Whole verb forms only: 'a letter to shareholders', 'a press conference' block nothing.
_OBJECT_CONTROL = re.compile(r"\b(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|tell(?:s|ing)?|told|call(?:s|ed|ing)?|"
                             r"want(?:s|ed|ing)?|expect(?:s|ed|ing)?|forc(?:e|es|ed|ing)|persuad(?:e|es|ed|ing)|"
                             r"invit(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|allow(?:s|ed|ing)?|order(?:s|ed|ing)?|"
                             r"press(?:es|ed|ing)|challeng(?:e|es|ed|ing)|demand(?:s|ed|ing)?|leav(?:e|es|ing)|left|"
                             r"let(?:s|ting)?|get(?:s|ting)?|got|help(?:s|ed|ing)?|need(?:s|ed|ing)?)\b", re.IGNORECASE)


def set_off(between: str, subject: MentionSpan, verb_at: int, people: Sequence[MentionSpan]) -> bool:
    """Between a subject and its verb, words that leave the subject the speaker: a bridge
    ('later', 'on Monday'), after a phrase set off by commas ('Ana Vell, 52, said'); that
    phrase may hold commas of its own ('Ana Vell, the director of the Harwick Trust, which
    helped …, said') when it names no one."""
    if BRIDGE.match(re.sub(r"^\s*,[^\"“”]{1,120}?,", "", between)) or re.fullmatch(r"\s*,\s*", between):
        return True  # (a lone comma closes a role set off before the name: 'Her lawyer, Ana Vell, said')
    return (BRIDGE.match(re.sub(r"^\s*,[^\"“”.;:]{1,240},", "", between)) is not None
            or _UNCLOSED.fullmatch(between) is not None) and not any(subject.end <= m.start < verb_at for m in people)


# A role set off after a name whose closing comma the writer left out: 'Ana Vell, a strategist at
# Harwick Securities told Reuters'; the body it names ends right before the verb.
_UNCLOSED = re.compile(r"\s*,\s+(?:a|an|the)\s+(?:[a-z][\w'’-]*\s+){1,6}?(?:at|of|for|with|from|in)\s+(?:the\s+)?"
                       r"(?:[A-Z][\w&'’.-]*\s+){1,5}")


def runs_on_to(body: str, start: int, end: int, plain: str, verb: str, people: Sequence[MentionSpan]) -> bool:
    """'Putin called the US delivery of long-range missiles to Kyiv "…"': the verb runs on to the quote, with
    no other verb of speech, sentence's end or person between but one a preposition ties to the verb's object
    ('slammed the inquiries into former President Vell as "…"'; not 'Vell thinks the answer lies in the cries
    of', nor 'praised Vell, who …', 'mocked Vell's "…"').  Not in text all in lower case, where a quoted title
    reads as any phrase ('recalled the scene with costar ana vell for "the wolf of wall street"')."""
    return (end - start <= 160 and not THINKING.fullmatch(verb) and not BREAK.search(plain.rstrip(",:"))
            and not VERB.search(body, start, end)
            and all(not body.islower() and governed(body[start:m.start], body[m.end:m.end + 8])
                    for m in people if start <= m.start < end))


def infinitive_of(body: str, subject: MentionSpan, verb_at: int, people: Sequence[MentionSpan]) -> bool:
    """'Pope Ivo used his Christmas message to lament the "…"': a verb after "to" speaks for the
    sentence's subject when nothing between is a sentence's end, a quotation, a person or a verb whose
    object would be the one speaking ('urged Vell to condemn', 'wants the board to praise')."""
    between = body[subject.end:verb_at]
    return (between.endswith(" to ") and len(between) <= 120 and not BREAK.search(between)
            and not _OBJECT_CONTROL.search(between) and not VERB.search(between)
            and not any(subject.end <= m.start < verb_at for m in people))


_REPORTED_THAT = re.compile(rf"\b(?:{REPORTING_VERBS})\s+that\s+", re.IGNORECASE)


def reported_teller(body: str, people: Sequence[MentionSpan], sentence: int, verb_at: int) -> MentionSpan | None:
    """'Orrin said that Ana Brask of Westfield called the hospital and told the operator: "…"' (the caller
    checks the colon: not 'claimed that Brask would … and believes that the war is a "…"'): the
    person who opens the clause a verb of saying reports, when the verb before the quote is that
    person's second verb (joined by 'and', no one else named, no sentence's end or quotation between)."""
    opened = None
    for opened in _REPORTED_THAT.finditer(body, sentence, verb_at):
        pass
    subject = sentence_subject(body, people, opened.end(), verb_at) if opened else None
    if subject is None:
        return None
    between = body[subject.end:verb_at]
    joined = _JOINED_END.search(between) and len(between) <= 120 and not BREAK.search(between)
    return subject if joined and not any(subject.end <= m.start < verb_at for m in people) else None


def joined_description(phrase: str) -> str | None:
    """'The Tory leader supports a cut to 20 weeks and has said': the definite description that
    opens the sentence, when the verb is its second one, joined by 'and' or 'but' (no verb of
    saying, clause or quotation between), for the role it names; None otherwise."""
    if not _JOINED_END.search(phrase) or BREAK.search(phrase) or VERB.search(phrase):
        return None
    words = phrase_words(phrase)
    if any(word.lower() in CLAUSE_WORDS for word in words):
        return None
    for size in range(2, min(5, len(words) - 1) + 1):  # the shortest that ends in a person's noun
        noun = words[size - 1].lower()
        if definite_words(" ".join(words[:size])) is not None and words[size].islower() and (
                role_word(noun) or noun in person_nouns()):
            return " ".join(words[:size])
    return None


def whole_name(body: str, people: Sequence[MentionSpan], start: int, end: int) -> MentionSpan | None:
    """The person whose name is all of body[start:end], but spaces and titles before it
    ('Captain Ian Farquhar' set off after a role: 'hunt master, Captain Ian Farquhar, said')."""
    text = body[start:end]
    start, end = start + len(text) - len(text.lstrip()), start + len(text.rstrip())
    while (title := re.match(r"([A-Z][a-z]+\.?)\s+", body[start:end])) and title.group(1).lower().rstrip(".") in TITLES:
        start += title.end()
    return next((m for m in people if m.start == start and m.end == end), None)


_ACCORDING_TO = re.compile(r"(?i:\s*(?:but\s+|and\s+)?according\s+to\s+)(?P<who>(?:[A-Z][\w.'’-]*\s+)*)")


def according_before(body: str, start: int, people: Sequence[MentionSpan]) -> tuple[MentionSpan | None] | None:
    """'According to Mr Vell, the firm "…"': the source a quote's sentence opens with, set off
    by a comma, no verb of saying, sentence's end or other quotation between it and the quote:
    (the person named, or None for a source that names no one: 'According to police,'), or
    None when the sentence opens otherwise (or the source is 'an aide to Mr Vell')."""
    sentence = sentence_start(body, start)
    opening = _ACCORDING_TO.match(body, sentence, start)
    comma = body.find(",", opening.end(), start) if opening else -1
    if opening is None or comma < 0 or BREAK.search(body, comma, start - 1) or VERB.search(body, comma, start):
        return None
    named = next((m for m in people if opening.start("who") <= m.start <= opening.end("who") and m.end <= comma), None)
    return (named if named and not body[named.end:comma].strip() else None,)



# The rest of the quote's sentence names its source: '…," according to Lloyd Doggett.'
_ACCORDING_AFTER = re.compile(r"[^.!?\"“”\n]{0,160}?,?\s+according to\s+")
# A name and a full stop after a quote that ends on a comma: '"…," Mr Vell.', its verb left out
_BARE_NAME = re.compile(r"\s*(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\.?\s+)?")


_CREDITED = re.compile(r"[\"”’]?[ \t]*(?:[–—]|--?)[ \t]*")  # '"…" – Ana Vell.'
_ASIDE = re.compile(r"[^.!?\n]{0,80}?[–—\"“]")  # the sentence goes on past the name to a dash or a quote
_ADVERB = re.compile(r"\s*(?:[a-z]+ly\s+)?")
# The sentence after a quote points back to it: '"…" That's what actor Ana Vell said', 'These are the words of'
_POINTED_BACK = re.compile(r"[\"”’]?\s+(?:That|This|Those|These)(?:'s|’s|\s+(?:is|was|are|were))\s+"
                           r"(?:what\s+|(?:the\s+)?words\s+of\s+)")


def source_after(body: str, start: int, end: int, people: Sequence[MentionSpan]) -> tuple[MentionSpan, int] | None:
    """The person the words after a quote name as its source, and where that naming ends:
    '…" in write-offs, according to Rep. Lloyd Doggett.', '"…" That's what actor Ana Vell
    said', '"…" These were the words of Ana Vell', '"…" – Ana Vell.' (a credit after a dash)
    and '"…," Mr Vell.' (a report that left out the verb: the name alone, then the sentence's
    end)."""
    according = _ACCORDING_AFTER.match(body, end + 1)
    if according:
        mention = name_after(body, people, according.end(), according.end() + 80)
        return (mention, according.end()) if mention else None
    credit = _CREDITED.match(body, end)
    named = next((m for m in people if m.start == credit.end()), None) if credit else None
    if named and re.match(r"\s*(?:[.,;(\n]|$)", body[named.end:named.end + 2]) and not _ASIDE.match(body, named.end):
        return named, named.end  # '"…" – Ana Vell.', a credit after a dash (not '"… this album" – Alpha, out now – "…"')
    pointed = _POINTED_BACK.match(body, end)
    mention = name_after(body, people, pointed.end(), pointed.end() + 80) if pointed else None
    if pointed and mention:  # 'That's what Vell said', not 'That's what Vell's critics said'
        said = pointed.group().rstrip().endswith("of") or VERB.match(body, _ADVERB.match(body, mention.end).end())
        return (mention, mention.end) if said else None
    if not body[start:end].rstrip().endswith(","):
        return None
    lead = _BARE_NAME.match(body, end + 1)
    named = next((m for m in people if m.start == lead.end()), None)
    full_stop = re.match(r"\s*\.(?:\s|$)", body[named.end:named.end + 3]) if named else None
    return (named, named.end) if named and full_stop else None
