"""A quotation with no attribution of its own that carries on the speaker before: two
quotes in a row ('"…," said Brady. "…"'), one after the rest of the sentence whose verb
named the speaker ('Vell said he had heard "…" from staff. "…"'), one resumed in lower case
after its attribution, one after 'added the researcher', a speech whose closing marks were lost
where the next quote opens, and a quote set as a sentence of its own between two
sentences about one person."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..article import ArticleActor, MentionSpan, Quote
from .descriptions import AGE
from .nouns import person_nouns
from .speakers import sentence_subject
from .speech import CONTRASTING, SENTENCE_END, VERB, sentence_start
from .works import SMALL_WORDS

__all__ = ["Cue", "continued", "resumed", "going_on", "run_on", "someone_else_after", "goes_on", "framed",
           "described_before"]

# '"…," added the Uruguayan-born researcher': a description the article gave no one, after
# 'added' or 'went on', is the speaker of the quote before (no one else named between).
_GOES_ON = re.compile(r"[\s,—–-]*(?:added|continued|went on)\s+the\s+(?P<who>[^.,;:!?\"“”\n]{1,60})",
                      re.IGNORECASE)
_NOTHING_BETWEEN = re.compile(r"(?:,[^.!?\"“”\n]{0,120})?[\s.,;:!?—–-]*")
_SENTENCES = re.compile(r"[^\"“”]{0,240}")  # a sentence or two, no quotation
SENTENCES_BETWEEN = 2  # sentences that name no one, between a description and the one it describes


@dataclass(frozen=True)
class Cue:
    """What the words around a quote say of who spoke it."""

    speaker: str | None
    end: int  # where the attribution's text ends: what follows it may continue the same speaker
    described: str | None = None  # "foreign secretary": a role no one in the article holds, for the corpus
    pronoun: bool = False  # 'he said', 'she told …': someone named before, or in the headline
    definite: str | None = None  # 'the former goalkeeper wrote': a description naming no one ("former goalkeeper")


def someone_else_after(body: str, end: int, speaker: str, people: Sequence[MentionSpan],
                       actors: Sequence[ArticleActor]) -> bool:
    """The sentence a quote ends with a comma goes on to name someone other than `speaker`."""
    if not goes_on(body, end):
        return False
    stop = SENTENCE_END.search(body, end + 1, end + 160)
    limit = stop.start() if stop else end + 160
    return any(end < m.start < limit and actors[m.actor].name != speaker for m in people)


def goes_on(body: str, end: int) -> bool:
    """The quotation ending at `end` ends with a comma (its sentence goes on: '"…,’" she said')."""
    return body[:end].rstrip(" '’\"”").endswith(",")


def run_on(body: str, quotes: list[Quote], uncued: set[int], actors: Sequence[ArticleActor],
           mentions: Sequence[MentionSpan]) -> list[Quote]:
    """A quotation that runs into the next one (its closing mark lost where the next
    opens, as news sets one speech over several paragraphs) with no cue of its own is
    the next one's speaker's, back along the run; not when it names that speaker (the
    narration that introduces them, its opening quote never closed: '… against me.
    Meanwhile, spokesman Ivo Brask welcomed it. "…," Brask said')."""
    for n in range(len(quotes) - 2, -1, -1):
        quote, following = quotes[n], quotes[n + 1]
        if quote.start in uncued and following.speaker and re.fullmatch(r"\s*[\"“]", body[quote.end:following.start]) \
                and not any(quote.start <= m.start < quote.end and actors[m.actor].name == following.speaker
                            for m in mentions):
            quotes[n] = Quote(quote.start, quote.end, following.speaker)
    return quotes


def _figures(line: str) -> bool:
    """A row of a table as cleaning leaves it ('Sales (m) 1,204 1,356'): half its words or
    more are figures, and no sentence ends in it."""
    words = line.split()
    return bool(words) and not re.search(r"[.!?]\W*$", line) and sum(
        bool(re.fullmatch(r"[(£$€]?\d[\d,.%]*\)?", word)) for word in words) * 2 >= len(words)


def continued(body: str, start: int, previous: tuple[int, Cue | None, str | None],
              people: Sequence[MentionSpan], actors: Sequence[ArticleActor],
              across: re.Pattern[str] | None = None, end_of_quote: int | None = None) -> str | None:
    """The previous quote's speaker, when nothing but its attribution stands between:
    '"…," said Brady of ABN AMRO. "…"' or two quotes in a row; `across`: what else may
    stand between (no other person named in it); given where the quote ends, also the rest
    of a sentence whose verb named the speaker (see _within_its_sentence)."""
    end, cue, speaker = previous
    if speaker is None:
        return None
    gap_start = max(end + 1, cue.end if cue else 0)
    # a table set between two paragraphs of one speaker's words is no narration
    gap = "\n".join(line for line in body[gap_start:max(gap_start, start - 1)].split("\n") if not _figures(line))
    if not (across or _NOTHING_BETWEEN).fullmatch(gap) and not (
            across is None and end_of_quote is not None and cue is not None and cue.end < end
            and _within_its_sentence(body, end, gap, start, end_of_quote)):
        return None
    if any(gap_start <= m.start < start and actors[m.actor].name != speaker for m in people):
        return None
    return speaker


def _within_its_sentence(body: str, end: int, gap: str, start: int, end_of_quote: int) -> bool:
    """What stands between a quote whose speaker a verb before it named ('The mayor said he
    had told the assembly of "…"') and the next is the rest of that sentence: the next quote
    is said under the same verb ('hinged on "…" being "…"'), or is the next sentence (or
    paragraph) whole, the same speaker's words.  Not when a clause of its own, a
    verb of saying or characterising, or a quotation stands between ('…, while the council
    called it "…"'); nor when the next quote opens a sentence that goes on to tell of it ('"…"
    reads one line of the leaflet')."""
    if body[:end].rstrip(" '’\"”").endswith((".", "!", "?")):
        return False  # the quote ended its sentence: what follows is another
    letter = re.search(r"[^\W\d_]", gap)
    if letter and letter.group().isupper() and not body.isupper():
        return False
    opens_a_sentence = re.search(r"[.!?]\s*$", gap) is not None
    if (body.isupper() or body.islower()) and not opens_a_sentence:
        return False  # in one case a phrase in mid-sentence may be a title ('on "the big sunday show"')
    if opens_a_sentence and not (body[start:end_of_quote].rstrip(" '’\"”").endswith((".", "!", "?", "…"))
                                 and _NEXT_SENTENCE.match(body, end_of_quote)):
        return False
    return bool(_SENTENCE_REST.fullmatch(gap)) and not VERB.search(gap) and not _OTHER_CLAUSE.search(gap)


def _another_clause_tells(gap: str) -> bool:
    """A clause of its own ('while', 'but', 'although' …) whose verb tells of words: '…", while
    the council called it "' (but in '…," she said, but "…"' the words go on)."""
    opener = _OTHER_CLAUSE.search(gap)
    return bool(opener and VERB.search(gap, opener.end()))


_NEXT_SENTENCE = re.compile(r"[\"”’']*\s*(?:$|\n|[\"“]|[^\W\d_](?<=[A-Z]))")  # a quote ends its sentence
_SENTENCE_REST = re.compile(r"[^.!?;:\"“”\n]{1,160}(?:[.!?][\s]*)?")
_OTHER_CLAUSE = re.compile(rf"\b(?:{CONTRASTING}|according|unlike)\b", re.IGNORECASE)


_RESUMED_AFTER = re.compile(r"[^.!?\"“”\n]{1,160}")  # an attribution, no sentence's end, no other quotation
_ASKED = re.compile(r"\basked\b", re.IGNORECASE)  # what follows is what someone else asked


def resumed(body: str, start: int, previous: tuple[int, Cue | None, str | None],
            people: Sequence[MentionSpan], actors: Sequence[ArticleActor]) -> str | None:
    """'"…," said Ana Lind, chief executive of Harwick, "with many people …"': a quotation
    that opens in lower case right after the attribution of the one before goes on with
    that sentence and that speaker, unless someone else is named between."""
    end, _, speaker = previous
    opening = re.match(r"[\"“]?\s*([^\W\d_])", body[start:start + 4])
    if speaker is None or opening is None or not opening.group(1).islower() \
            or not _RESUMED_AFTER.fullmatch(body, end + 1, start - 1) or _ASKED.search(body, end + 1, start - 1) \
            or _another_clause_tells(body[end + 1:start - 1]):
        return None  # not '"…," the senator said when asked if they understood "the …"': the asker's words;
        # nor '"…", while the council called it "…"'
    if body[:end].rstrip(" '’\"”").endswith((".", "!", "?")) and not re.search(
            rf"\b(?:he|she|{re.escape(speaker.split()[-1])})\b", body[end + 1:start - 1], re.IGNORECASE):
        return None  # after a sentence quoted whole, one that tells of the speaker again: not 'France said … "…"'
    if any(end <= m.start < start and actors[m.actor].name != speaker for m in people):
        return None
    return speaker


def going_on(body: str, start: int, end: int, previous: tuple[int, Cue | None, str | None],
             people: Sequence[MentionSpan], actors: Sequence[ArticleActor]) -> str | None:
    """'"…," said Gonzalo Frasca. "…," added the Uruguayan-born researcher': the speaker
    before, unless what stands between introduces someone the description could mean
    ('A spokesman for the club disagreed. "…," added the spokesman')."""
    added = _GOES_ON.match(body, end + 1)
    if not added:
        return None
    between = body[previous[0]:start].lower()
    words = [w for w in re.findall(r"[\w’'-]{4,}", added.group("who").lower()) if w not in SMALL_WORDS]
    if any(re.search(rf"\b{re.escape(word)}", between) for word in words):  # "the minister in a statement"
        return None
    return continued(body, start, previous, people, actors, across=_SENTENCES)


def framed(body: str, start: int, end: int, people: Sequence[MentionSpan], actors: Sequence[ArticleActor]) -> str | None:
    """'However, Mr Vell has adapted the idea. "We put in 25 laptops …" Mr Vell wants …': a
    quote with no cue that is a sentence of its own, between two sentences that open with
    the same person, the one before naming no one else, is theirs.  Not in text set all in
    one case, where a sentence's start cannot be told."""
    if body.isupper() or body.islower():
        return None
    words = body[start:end].strip(" '’\"”")
    before = body[:max(0, start - 1)].rstrip()
    if not (words[:1].isupper() and words.endswith((".", "!", "?")) and before.endswith((".", "!", "?"))):
        return None
    opened = sentence_start(body, len(before) - 1)
    subject = sentence_subject(body, people, opened, len(before))
    if subject is None or {actors[m.actor].name for m in people if opened <= m.start < len(before)} != {
            actors[subject.actor].name}:
        return None
    following = re.match(r"[\"”’']*\s+(?=[A-Z])", body[end:end + 8])
    if following is None:
        return None
    after = end + following.end()
    stop = SENTENCE_END.search(body, after)
    again = sentence_subject(body, people, after, stop.start() if stop else len(body))
    if again is None or actors[again.actor].name != actors[subject.actor].name:
        return None
    return actors[subject.actor].name


def described_before(body: str, start: int, definite: str, people: Sequence[MentionSpan],
                     actors: Sequence[ArticleActor]) -> str | None:
    """'Adam Vell says the forwards are ready. The prop said: "…"': a description of a person
    (its noun one that news writes before people's names: `person_nouns.txt`) that names no
    one, opening the sentence after one about one person (its subject, the only person its
    paragraph names so far; a sentence or two between that name no one and quote nothing), is
    that person.  Not when the words of the description stand
    in that sentence ('Vell met the club's prop. The prop said'), nor when the article gives
    that person roles none of which shares a word with it, nor a spokesman, nor in text all
    in one case.  An office ('the president') never comes here: find_quotes leaves it to
    the corpus's roles."""
    head = definite.split()[-1]
    if body.isupper() or body.islower() or (head not in person_nouns() and not AGE.fullmatch(head)) \
            or head.startswith("spokes"):
        return None  # a spokesman speaks for the one named before, and is someone else
    sentence = sentence_start(body, start)
    if any(sentence <= m.start < start for m in people):
        return None
    before = body[:sentence].rstrip()
    for _ in range(SENTENCES_BETWEEN + 1):  # back over a sentence or two that name no one ('Past meetings were …')
        if not before.endswith((".", "!", "?", "\"", "”", "’")):
            return None
        opened = sentence_start(body, len(before) - 1)
        if any(opened <= m.start < len(before) for m in people) or '"' in body[opened:len(before)] or \
                "“" in body[opened:len(before)]:
            break
        before = body[:opened].rstrip()
    paragraph = body.rfind("\n", 0, opened) + 1  # nor when its paragraph names another before
    named = {actors[m.actor].name for m in people if paragraph <= m.start < len(before)}
    subject = sentence_subject(body, people, opened, len(before))
    if subject is None or named != {actors[subject.actor].name}:
        return None
    text = body[opened:len(before)].lower()
    words = [w for w in re.findall(r"[\w-]{3,}", definite.lower()) if w not in SMALL_WORDS]
    if not words or any(re.search(rf"\b{re.escape(word)}(?![a-z])", text) for word in words):  # not "presenters"
        return None
    roles = actors[subject.actor].roles  # what the article calls them must fit ('Home Secretary' is no prime minister)
    if roles and not any(set(words) & set(role.lower().split()) for role in roles):
        return None
    return actors[subject.actor].name
