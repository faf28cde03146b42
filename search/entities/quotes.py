"""Who said what: direct quotations in an article body, attributed to a speaker.

Attribution follows how news is written:
- after the quote: '"…," Hegseth said', '"…," said Kremlin spokesman Dmitry Peskov',
  '"…," Lena Ostrova, a spokeswoman for Harwick Foods, said', '"…" Hailey later recalled';
- before it: 'Hegseth said, "…"', 'Trump told reporters: "…"', 'Marr said Lammy was "…"',
  'Johnson, speaking in Madrid, said freedom is "…"', '…, describing it as "…"' (the
  sentence's subject speaks);
- a pronoun ('he said') stands for the subject of the last sentence that names a person,
  unless two people, or an unnamed one ('an ntl spokesman'), could be meant;
- a quote with no cue of its own that follows another with nothing but that quote's
  attribution between them continues the same speaker's words.
A quote with no such cue is kept without a speaker rather than given a wrong one;
scare quotes of fewer than four words are not quotes.  Quotation marks are read by
their direction: a straight mark after a space opens a quotation, one after a word
closes it, so a quote whose closing mark was lost (a paragraph break gone) ends where
the next one opens instead of swapping what is quoted and what is not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..article import ArticleActor, MentionSpan, Quote
from ..paragraphs import ABBREVIATION
from .roles import ROLE_WORDS
from .titles import TITLES

__all__ = ["find_quotes"]

MIN_WORDS = 4
_SPEECH = (r"said|says|say|told|tells|added|adds|asked|asks|replied|replies|recalled|recalls|noted|notes|wrote|"
           r"writes|tweeted|tweeting|posted|declared|stated|insisted|insists|warned|warns|argued|argues|explained|"
           r"continued|suggested|acknowledged|announced|responded|remarked|claimed|claims|conceded|stressed|"
           r"urged|urging|predicted|admitted|joked|quipped|vowed|shared|revealed|confirmed|commented|concluded|"
           r"answered|told reporters|went on")
# Verbs that report words by characterising them: their subject spoke the quoted words
# ('Zelenskiy called the attacks "terror"'), but not in the passive ('was called "…" by').
_CHARACTERISING = (r"called|calls|calling|described|describes|describing|dubbed|branded|labelled|labeled|saying|adding|"
                   r"promised|promises|pledged|pledges|promising|pledging|declaring|insisting|warning|arguing|"
                   r"noting|telling|claiming|stating|explaining|writing|tweeting|asking|vowing|stressing|predicting|"
                   r"admitting|joking|recalling|suggesting|acknowledging|announcing|responding|conceding|urging")
_PASSIVE = re.compile(r"\b(?:was|were|is|are|be|been|being|get|got)\s+$", re.IGNORECASE)
_AFTER_NAME = re.compile(rf"^[\s,—–-]*(?P<who>(?:{ABBREVIATION}|[^\s,.;:!?\"“”])(?:{ABBREVIATION}|[^,.;:!?\"“”]){{0,60}}?)"
                         rf"\s+(?:{_SPEECH})\b", re.IGNORECASE)
# '"…," Lena Ostrova, a spokeswoman for Harwick Foods, said' and '"…," Armando Falcon, OFHEO director said'
_AFTER_APPOSITIVE = re.compile(rf"^[\s,—–-]*(?P<who>(?:{ABBREVIATION}|[^,.;:!?\"“”]){{1,60}}?),\s+(?:[^.;:!?\"“”]|\.(?!\s)){{1,100}}?,?\s+"
                               rf"(?:{_SPEECH})\b", re.IGNORECASE)
_SPOKE = re.compile(r"\b([\w'’-]+)\s+(?:said|says|told|tells|added|adds)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$|[\"“])")
_AFTER_VERB = re.compile(rf"^[\s,—–-]*(?:{_SPEECH})\s+(?P<who>(?:{ABBREVIATION}|[^.;:!?\"“”]){{1,60}})", re.IGNORECASE)
_VERB = re.compile(rf"\b(?:{_SPEECH}|{_CHARACTERISING})\b", re.IGNORECASE)
_BREAK = re.compile(r"[.!?\"“”]")
# Between a name and its verb: "Hailey later recalled", "Zeldin is urging", "Smith, 79, said".
_BRIDGE = re.compile(r"^(?:,\s*\d{1,3},)?(?:\s+(?:also|later|then|once|again|now|still|previously|recently|has|had|have|"
                     r"is|was|would|will|\w+ly|on\s+\w+day|yesterday|today|tonight|(?:this|last)\s+(?:week|month|year)))*"
                     r"\s*$", re.IGNORECASE)
_ABBREVIATED = re.compile(ABBREVIATION)  # full stops that end no sentence: "U.S.", "Mr."
_ENDS_ABBREVIATION = re.compile(rf"(?:{ABBREVIATION})$")
_CLAUSE_OPENER = re.compile(r"(?:;|\b(?:but|while|whereas|although|though))\s+")
_PRONOUNS = frozenset("he she it they we i you".split())
_STOP = re.compile(r"[.!?](?= )|\n")
# Words that open a clause: a phrase holding one is no name phrase ("adding that Trump").
_CLAUSE_WORDS = frozenset("that which who whom whose when after before while because if as since but although though "
                          "where whether saying adding".split())
# Words that put a name in a relation to someone else: the name after them is not the speaker's.
_RELATING = frozenset("of for to with by at from about on in into against than like and or nor".split())
_NAME_WORDS = frozenset("the a an of and his her its their wife husband son daughter mother father brother sister "
                        "widow partner".split())
# Someone the text does not name, standing between a name and a pronoun ("… according to an
# ntl spokesman. '…,' he asked"): the pronoun may be theirs.
_UNNAMED = re.compile(r"\b(?:a|an|the|one|another)\s+(?:[\w'’-]+\s+){0,3}?(?:spokesman|spokeswoman|spokesperson|"
                      r"official|analyst|economist|source|aide|adviser|advisor|lawyer|expert|witness|resident|"
                      r"member|executive|employee|officer)\b", re.IGNORECASE)
_OPEN_CURLY, _CLOSE_CURLY, _STRAIGHT = "“", "”", '"'
_MARK_OR_BREAK = re.compile("[“”\"]|\n\n")


def _segments(body: str) -> list[tuple[int, int]]:
    """(start, end) of the text inside each quotation, across paragraphs if needed."""
    found: list[tuple[int, int]] = []
    n = len(body)
    opened: int | None = None  # where the text of the open quotation starts
    runs_on = -1  # a paragraph that opens with a mark continues the open quote: that mark opens nothing
    for mark in _MARK_OR_BREAK.finditer(body):
        i = mark.start()
        if mark.group() == "\n\n":
            if opened is not None:
                if mark.end() < n and body[mark.end()] in _OPEN_CURLY + _STRAIGHT:
                    runs_on = mark.end()
                else:
                    opened = None  # it never closed: not a quotation we can trust
            continue
        if i == runs_on:
            continue
        before = body[i - 1] if i > 0 else " "
        after = body[i + 1] if i + 1 < n else " "
        opens = mark.group() == _OPEN_CURLY or (mark.group() == _STRAIGHT and not after.isspace()
                                                  and not before.isalnum())  # 12" is inches
        # A straight mark closes after a word, or between spaces ('nine years... " Hailey recalled').
        closes = mark.group() == _CLOSE_CURLY or (mark.group() == _STRAIGHT and (not before.isspace() or after.isspace()))
        if opened is None:
            if opens:
                opened = i + 1
        elif opens and not closes:  # a new quote opens: the open one lost its closing mark
            if body[opened:i].strip():
                found.append((opened, len(body[:i].rstrip())))
            opened = i + 1
        elif closes:
            if body[opened:i].strip():
                found.append((opened, i))
            opened = None
    return found


@dataclass(frozen=True)
class _Cue:
    speaker: str | None
    end: int  # where the attribution's text ends: what follows it may continue the same speaker


def find_quotes(body: str, actors: Sequence[ArticleActor], mentions: Sequence[MentionSpan]) -> list[Quote]:
    inside = _segments(body)
    segments = [(s, e) for s, e in inside if len(body[s:e].split()) >= MIN_WORDS]
    people = [m for m in mentions if not any(s <= m.start < e for s, e in inside) and actors[m.actor].type == "PER"]
    quotes: list[Quote] = []
    previous: tuple[int, _Cue | None, str | None] | None = None  # the last quote's end, cue and speaker
    for start, end in segments:
        if _is_title(body[start:end]):  # "Sex and the City": a work's name, no one's words
            quotes.append(Quote(start, end, None))
            previous = None
            continue
        cue = _attribute(body, start, end, actors, people)
        speaker = cue.speaker if cue else None
        if cue is None and previous is not None:
            speaker = _continued(body, start, previous, people, actors)
        quotes.append(Quote(start, end, speaker))
        previous = (end, cue, speaker)
    return quotes


def _is_title(text: str) -> bool:
    """A short quotation with every longer word capitalised names a film, a book or a
    programme ("Sex and the City", "The Daily Show With Trevor Noah")."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) > 3]
    return (len(text.split()) <= 8 and bool(words) and all(w[:1].isupper() for w in words)
            and not text.isupper() and not re.search(r"[.!?,]\W*$", text.strip()))


def _continued(body: str, start: int, previous: tuple[int, _Cue | None, str | None],
               people: Sequence[MentionSpan], actors: Sequence[ArticleActor]) -> str | None:
    """The previous quote's speaker, when nothing but its attribution stands between:
    '"…," said Brady of ABN AMRO. "…"' or two quotes in a row."""
    end, cue, speaker = previous
    if speaker is None:
        return None
    gap_start = max(end + 1, cue.end if cue else 0)
    gap = body[gap_start:max(gap_start, start - 1)]
    if not re.fullmatch(r"(?:,[^.!?\"“”\n]{0,120})?[\s.,;:!?—–-]*", gap):
        return None
    if any(gap_start <= m.start < start and actors[m.actor].name != speaker for m in people):
        return None
    return speaker


def _words(text: str) -> list[str]:
    return re.sub(r"[,“”\"]", " ", text).split()


def _is_name_phrase(text: str) -> bool:
    """'Kremlin spokesman Dmitry Peskov', 'Charlatans singer Tim Burgess', 'the president':
    a short phrase with no clause in it (not 'adding that Trump', 'The actor, who hit Rock')."""
    words = _words(text)
    return 0 < len(words) <= 8 and not any(word.lower() in _CLAUSE_WORDS for word in words)


def _leads_to_name(text: str) -> bool:
    """What may stand before a name in a speaker phrase: titles, capitalised words,
    articles and possessives ('the central bank's vice president', 'Oxfam's')."""
    shouting = text.isupper()  # in capitals a capital says nothing
    return all(_leads(word, shouting) for word in _words(text))


def _leads(word: str, shouting: bool) -> bool:
    return ((word[:1].isupper() and not shouting) or word.lower().rstrip(".") in TITLES or word.lower() in ROLE_WORDS
            or word.lower() in _NAME_WORDS or word.lower().endswith(("'s", "’s")))


def _is_possessor(body: str, mention: MentionSpan) -> bool:
    return body[mention.end:mention.end + 2].lower() in ("'s", "’s")


def _name_before(body: str, people: Sequence[MentionSpan], start: int, end: int) -> MentionSpan | None:
    """The person named last in [start, end), when the name ends the phrase (before its verb)."""
    inside = [m for m in people if start <= m.start and m.end <= end]
    if not inside or _is_possessor(body, inside[-1]):
        return None
    tail = body[inside[-1].end:end]
    closed = re.match(r"\s*,[^,]{1,100},", tail)  # "Rex Patrick, a critic of the regime, said"
    if _BRIDGE.match(tail[closed.end():] if closed else tail):
        return inside[-1]
    # "Colin Asplin, Blackpool Hotel Association said", when the name opens the phrase (not
    # "Reacting to a remark by Tim Phillips, the American said")
    open_apposition = re.fullmatch(r"\s*,([^,]{1,60})", tail)
    if open_apposition and _leads_to_name(open_apposition.group(1)) and _leads_to_name(body[start:inside[-1].start]):
        return inside[-1]
    return None


def _fragment(body: str, actors: Sequence[ArticleActor], mention: MentionSpan) -> bool:
    """A one-word name right after a capitalised word that is no title ('Lockheed Martin
    said'): the end of a longer name the tagger split, not a person."""
    if " " in actors[mention.actor].name:
        return False
    words = body[max(0, mention.start - 40):mention.start].split()
    if not words or body[mention.start - 1:mention.start] != " ":
        return False
    word = words[-1]
    return not word.isupper() and word[:1].isupper() and word[-1:].isalpha() and word.lower() not in TITLES | ROLE_WORDS \
        and not word.lower().endswith(("'s", "’s"))


def _is_pronoun(phrase: str) -> bool:
    """'he', 'She later', 'he once': a pronoun before its verb."""
    words = phrase.split()
    return bool(words) and words[0].lower() in ("he", "she") and bool(_BRIDGE.match(phrase.strip()[len(words[0]):]))


def _name_after(body: str, people: Sequence[MentionSpan], start: int, end: int) -> MentionSpan | None:
    """The first person named in [start, end) with only a title or role before the name:
    'said analyst Alex Potter at Lehman', 'said race director Ines Marlow', 'said Clapton
    who joined…', 'said his wife, Sheila', "said Kell's publicist Dora Vane"."""
    inside = [m for m in people if start <= m.start < end]
    if len(inside) > 1 and (_modifies(body[inside[0].end:inside[1].start]) or _is_possessor(body, inside[0])):
        inside.pop(0)  # "said Kidder Peabody analyst Jay Freedman", the firm taken for a person
    if inside and _describes(body[start:inside[0].start]) and not _is_possessor(body, inside[0]):
        return inside[0]
    return None


def _describes(text: str) -> bool:
    """What may stand between 'said' and the speaker's name: a title, a role, a
    possessive ('race director', "the club's team manager"), not a phrase that makes the
    name someone else's ('a friend of', 'a lawyer representing', 'police and')."""
    words = _words(text)
    if words and words[-1].lower() in _RELATING:
        return False
    shouting = text.isupper()
    loose = [word for word in words if not _leads(word, shouting)]
    return len(loose) <= 3 and all(word.isalpha() and word.islower() and word not in _RELATING | _CLAUSE_WORDS
                                   and not word.endswith("ing") for word in loose)


def _sentence_start(body: str, position: int) -> int:
    """Where the sentence holding `position` starts: after the last full stop, question
    or exclamation mark before it that ends no abbreviation ("A. J. Smith"), or a line."""
    window = max(0, position - 1000)
    cut = window - 1
    for stop in _STOP.finditer(body, window, position):
        if stop.group() != "." or not _ENDS_ABBREVIATION.search(body, max(0, stop.start() - 12), stop.end()):
            cut = stop.start()
    return cut + 1


def _subject(body: str, people: Sequence[MentionSpan], sentence: int, verb: int) -> MentionSpan | None:
    """The person the sentence opens with ('U.S. Rep. Lee Zeldin …', 'Mr Balls, who …'), if any."""
    first = next((m for m in people if sentence <= m.start < verb), None)
    if first is None or _is_possessor(body, first) or not _leads_to_name(body[sentence:first.start]):
        return None
    return first


def _attribute(body: str, start: int, end: int, actors: Sequence[ArticleActor], people: Sequence[MentionSpan]
               ) -> _Cue | None:
    """The speaker the text around a quote names (a cue with no speaker when it names no
    one we know: 'a spokesperson said'), or None when there is no cue at all."""
    line_end = body.find("\n", end)
    after_start = end + 1
    after = body[after_start: line_end if line_end >= 0 else len(body)][:160]
    # '"… ends here." Analysts say…' is a new sentence; '"…," said' and '"…" said' attribute.
    closed_sentence = body[start:end].rstrip().endswith(".") and not body[start:end].rstrip().endswith("..")
    for pattern in (() if closed_sentence else (_AFTER_NAME, _AFTER_APPOSITIVE, _AFTER_VERB)):
        match = pattern.match(after)
        if not match:
            continue
        who = match.group("who").strip()
        who_start, who_end = after_start + match.start("who"), after_start + match.end("who")
        cue_end = after_start + match.end()
        stop = _SENTENCE_END.search(body, cue_end, cue_end + 150)
        cue_end = stop.end() if stop else cue_end  # the attribution runs to its sentence's end
        if pattern is _AFTER_VERB:
            mention = _name_after(body, people, who_start, who_end)
            return _Cue(actors[mention.actor].name if mention else None, cue_end)
        if _is_pronoun(who):
            return _Cue(_antecedent(body, start - 1, actors, people), cue_end)
        if not _is_name_phrase(who):
            continue
        mention = _name_before(body, people, who_start, who_end)
        if mention and _fragment(body, actors, mention):
            mention = None
        return _Cue(actors[mention.actor].name if mention else None, cue_end)
    return _cue_before(body, start, actors, people)


def _cue_before(body: str, start: int, actors: Sequence[ArticleActor], people: Sequence[MentionSpan]
                ) -> _Cue | None:
    """'Hegseth said, "', 'Trump told reporters: "', 'Marr said Lammy was "', '…, saying "',
    'Rovers boss Ian Dunne: "'."""
    line = body.rfind("\n", 0, start - 1) + 1
    end = start - 1
    if not body[line:end].strip() and line > 0:
        # The quote opens its paragraph: the paragraph before may introduce it ('Vell said:')
        # or report the same speaker's words ('…, pilot Jim Orr told the Herald.').
        end = len(body[:line].rstrip())
        line = body.rfind("\n", 0, end) + 1
    paragraph = max(line, end - 240)
    before = body[paragraph:end]
    colon = re.search(r":\s*$", before)
    if colon:  # a name and a colon, as an interview or a match report sets its quotes
        sentence = _sentence_start(body, paragraph + colon.start())
        mention = _name_before(body, people, sentence, paragraph + colon.start())
        if mention and mention.end == paragraph + colon.start() and _describes(
                body[sentence:mention.start].lstrip("-–—•* ")) and not _fragment(body, actors, mention):
            return _Cue(actors[mention.actor].name, mention.end)
    for verb in reversed(list(_VERB.finditer(before))):
        tail = before[verb.end():].rstrip()
        if len(tail) > 100:
            return None
        plain = _ABBREVIATED.sub("", tail)
        leads_in = len(tail) <= 60 and not _BREAK.search(plain.rstrip(",:"))
        said_sentence = tail.endswith(".") and not _BREAK.search(plain[:-1])
        if not (leads_in or said_sentence) or (
                _PASSIVE.search(before[:verb.start()]) and not verb.group().lower().endswith("ing")):
            continue
        verb_at = paragraph + verb.start()
        sentence = _sentence_start(body, verb_at)
        if said_sentence and not leads_in and re.search("[”\"]", body[sentence:verb_at]):
            return None  # '"…," said Blythe, an economist. "…"': the verb tells who said the quote before
        phrase = body[sentence:verb_at].rstrip()
        words = _words(phrase)
        if words and words[-1].lower() in ("he", "she") or _is_pronoun(phrase):  # "…, he said", "He also said"
            return _Cue(_antecedent(body, verb_at, actors, people), verb_at)
        mention = _name_before(body, people, sentence, sentence + len(phrase))
        if mention and not _fragment(body, actors, mention):  # "… Jones said", "Zelenskiy called it"
            return _Cue(actors[mention.actor].name, verb_at)
        # "…, but Ines Marlow refused, saying": the subject of the clause the verb is in
        subject = _subject(body, people, sentence, verb_at) or _subject(body, people, _clause_start(body, sentence, verb_at),
                                                                        verb_at)
        if subject is not None:
            between = body[subject.end:verb_at]
            participle = verb.group().lower().endswith("ing") and before[:verb.start()].rstrip().endswith(",")
            # "Trump, 79, did not say when, but suggested …": a second verb of the same subject
            joined = re.search(r"(?:,\s*|\s)(?:and|but)\s*$", between) and not any(
                subject.end <= m.start < verb_at for m in people)
            if participle or joined or _BRIDGE.match(re.sub(r"^\s*,[^\"“”]{1,120}?,", "", between)):
                return _Cue(actors[subject.actor].name, verb_at)
        return _Cue(None, verb_at)
    return None


def _modifies(between: str) -> bool:
    """' election chief ', ' spokesman ': a name, then a role ending in a title, then a name."""
    words = between.split()
    return 0 < len(words) <= 4 and words[-1].lower() in TITLES | ROLE_WORDS and not re.search(r"[,.;:]", between)


def _clause_start(body: str, sentence: int, position: int) -> int:
    """Where the last clause before `position` opens: after 'but', 'while', ';' (or the sentence's start)."""
    opener = None
    for opener in _CLAUSE_OPENER.finditer(body, sentence, position):
        pass
    return opener.end() if opener else sentence


def _opens_clause(body: str, sentence: int, mention: MentionSpan) -> bool:
    """The name is the subject of a clause of its own: 'but Tennis Ostrava's Nils Berg'."""
    opened = _clause_start(body, sentence, mention.start)
    return opened > sentence and mention.start - opened <= 60 and _leads_to_name(body[opened:mention.start])


def _antecedent(body: str, position: int, actors: Sequence[ArticleActor], people: Sequence[MentionSpan]
                ) -> str | None:
    """The subject of the last sentence before `position` that names a person, when one
    person can be meant: not when the sentence names two and neither is its subject, nor
    when an unnamed person ('an ntl spokesman') comes between."""
    earlier = [m for m in people if m.end <= position]
    if not earlier:
        return None
    last = earlier[-1]
    sentence = _sentence_start(body, last.start)
    # The subject, not a possessor: in "Trump's new defense secretary, Pete Hegseth,
    # laid out…" the sentence is about Hegseth.
    candidates = [m for m in earlier if m.start >= sentence and not _is_possessor(body, m)]
    if len(candidates) > 1 and _modifies(body[candidates[0].end:candidates[1].start]):
        candidates.pop(0)  # "Labour election chief Alan Milburn": the first name is the second's party or firm
    if len({m.actor for m in candidates}) > 1 and (not _leads_to_name(body[sentence:candidates[0].start]) or any(
            _opens_clause(body, sentence, m) for m in candidates[1:] if m.actor != candidates[0].actor)):
        # "the board heard from Ana and Tom. 'Fine,' she said"; "Ana said …, but Tom's
        # coach Nils Berg disagreed. '…,' he said": no guess
        return None
    meant = actors[(candidates or [last])[0].actor].name
    stop = _SENTENCE_END.search(body, last.end, position)
    following = stop.end() if stop else -1  # where the sentence naming them ends
    if following >= 0 and _UNNAMED.search(body, following, position):
        return None
    # "… Labour MP George Foulkes said the campaign would fail. '…,' he said": someone
    # spoke after the last person we know was named, even if we did not know the name.
    named = {word.lower() for word in meant.split()}
    one_case = body.isupper() or body.islower()  # where any word may be a name the tagger missed
    for speaker in _SPOKE.finditer(body, following if following >= 0 else position, position):
        word = speaker.group(1)
        if (word[:1].isupper() or one_case) and word.lower() not in named | _PRONOUNS:
            return None
    return meant
