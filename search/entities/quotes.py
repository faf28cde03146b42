"""Who said what: direct quotations in an article body, attributed to a speaker.

Attribution follows how news is written:
- after the quote: '"…," Hegseth said', '"…," said Kremlin spokesman Dmitry Peskov',
  '"…," Lena Ostrova, a spokeswoman for Harwick Foods, said', '"…" Hailey later recalled';
- before it: 'Hegseth said, "…"', 'Trump told reporters: "…"', 'Marr said Lammy was "…"',
  'Johnson, speaking in Madrid, said freedom is "…"', '…, describing it as "…"' (the
  sentence's subject speaks);
- a pronoun ('he said') stands for the subject of the last sentence that names a person,
  unless two people, or an unnamed one ('an ntl spokesman'), could be meant (speakers.py);
- a quote with no cue of its own that follows another, or a short utterance, with nothing
  but that one's attribution between them continues the same speaker's words;
- a role the article gives one person only ('said the Lions coach'), a source named after
  the quote ('according to …'), the paragraph before a quote that opens its own.
A quote with no such cue is kept without a speaker rather than given a wrong one;
scare quotes of fewer than four words are not quotes.  Quotations are found by their
marks (marks.py); one that runs into the next, its paragraph break lost, is the next
one's speaker's.  '"…," the paper quoted Omar as saying' is Omar's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..article import ArticleActor, MentionSpan, Quote
from ..paragraphs import ABBREVIATION
from .agreement import disagrees
from .continued import Cue, continued, described_before, framed, going_on, goes_on, resumed, run_on, someone_else_after
from .descriptions import definite, description
from .headline import from_headline
from .marks import quotation_spans
from .narrated import narrated_speaker
from .nouns import person_nouns
from .owned import blamed_for_saying, his_own_words, introduced_by_subject, named_with_colon
from .phrases import ends_in_a_role, is_name_phrase, joins_another, phrase_words
from .reach import (BREAK, according_before, infinitive_of, joined_description, reported_teller, runs_on_to, set_off,
                    source_after, whole_name)
from .repeated import same_words_same_speaker
from .roles import ROLE_WORDS
from .role_speakers import by_lone_name, by_role
from .speakers import (antecedent, described_subject, describes, fragment, is_pronoun, name_after, name_before,
                       sentence_subject)
from .speech import (ABBREVIATED, CLAUSE_OF_ITS_OWN, PASSIVE, PRONOUN_REPORTS, REPORTING, SENTENCE_END, SPEECH,
                     SPEECH_VERB, THINKING, VERB, as_noun, clause_start, main_clause, sentence_start)
from .titles import TITLES
from .works import names_a_work

__all__ = ["find_quotes"]

MIN_WORDS = 4
# '"…," Vell said', also '"…," Vell thinks' and '"…," Vell began.' (words that open a speech)
_AFTER_NAME = re.compile(rf"^[\s,—–-]*(?P<who>(?:{ABBREVIATION}|[^\s,.;:!?\"“”])(?:{ABBREVIATION}|[^,.;:!?\"“”]){{0,90}}?)"
                         rf"\s+(?:{SPEECH}|{THINKING.pattern}|(?:began|begins)(?=\s*[.,;:]))\b", re.IGNORECASE)

# '"…," Lena Ostrova, a spokeswoman for Harwick, said', '"…," Al Falcon, OFHEO director said', '"…," the mayor, Ilse Marr, said'
_AFTER_APPOSITIVE = re.compile(rf"^[\s,—–-]*(?P<who>(?:{ABBREVIATION}|[^,.;:!?\"“”]){{1,60}}?),\s+"
                               rf"(?P<apposed>(?:[^.;:!?\"“”]|\.(?!\s)){{1,100}}?),?\s+(?:{SPEECH})\b", re.IGNORECASE)

# '"…," Lena Ostrova, who led the talks, told …': a quote that ends on a comma goes on to its
# speaker, even where the verb comes too late to see or a feed's summary cut it off ('who was …').
_AFTER_NAME_WHO = re.compile(r"^\s*(?P<who>[^\s,.;:!?\"“”][^,.;:!?\"“”]{0,59}?),\s+(?:who|whose)\b")

_AFTER_VERB = re.compile(rf"^[\s,—–-]*(?:{SPEECH}|{THINKING.pattern})\s+(?P<who>(?:{ABBREVIATION}|[^.;:!?\"“”]){{1,60}})", re.IGNORECASE)

# Verbs of saying whose subject may follow them ('…, says Vell:'), unlike 'told Vell:', 'asked Vell:'
_INVERTED_VERB = re.compile(r"says|said|adds|added|writes|wrote|explains|explained", re.IGNORECASE)
_SET_OFF_THEN_OPENS = re.compile(r"(?:,[^\"“”.;:!?]{1,120})?\s*[:,]\s*")
# Verbs of saying that also take a thing as object ("added a disclaimer", "shared a video").
_TRANSITIVE = frozenset("added adds shared posted revealed announced".split())
_OBJECT = re.compile(r"\s+(?:a|an|the|its|his|her|their|new|more|some|\d+)\s", re.IGNORECASE)
_IN_PROSE = re.compile(r"(?<=[^\W\d_] )[\"“][^\"“”.,;:!?]{1,60}[\"”]")  # 'there were "good arguments" for'
_SCARE_QUOTE = re.compile(rf"[\"“](?:\S+\s+){{0,{MIN_WORDS - 2}}}\S+[\"”]")  # a quotation of fewer than MIN_WORDS words
_CITED = re.compile(r"\b(?:attributed to|quoting|quoted|in the words of|the words of|a quote from|a line from)\s+",
                    re.IGNORECASE)
_JOINED = re.compile(r"(?:,\s*|\s)(?:and|but)\s*$")  # a second verb of the sentence's subject follows
_IN_PHRASE = re.compile(r"\b(?:about|with|of|for|to|from|against|on|at|over|the)\s+$", re.I)  # "about the Ana Vell row"
# Someone's words named as theirs right before the quote ('said that the president's statement in May, that
# "…", was mistaken') are the possessor's (but in 'said Vell's comments were "…"' the speaker's).
_OWNED_WORDS = re.compile(r"(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:statements?|remarks?|words|claims?|comments?|assertions?|"
                          r"declarations?|promises?|pledges?|messages?|slogans?|warnings?|tweets?|posts?)"
                          r"(?:\s+(?:in|on|at|last|this)\s+[\w ]{1,20}?)?[\s,]*(?:that|:)?[\s,]*$", re.IGNORECASE)
# After a question or an exclamation a capitalised word opens a new sentence ('"…?" His aide said that …')
_NEW_SENTENCE = re.compile(r"\s+(?:The|His|Her|Their|Its|A|An|This|That|These|Those|But|And|Meanwhile)\s")
# '"…," Arab Daily quoted Prince Omar as saying' (before a quote, 'Tanjug quotes Omar as saying: "…"'; 'Omar was
# quoted as saying'): the one quoted speaks, not the paper
_QUOTED_AS_AFTER = re.compile(r"^[\s,—–-]*(?:(?P<subject>[^.;:!?\"“”]{1,60}?)\s)?quote[sd]\s+(?P<who>[^.;:!?\"“”]{1,80}?)"
                              r"\s+as\s+(?:saying|telling)\b", re.IGNORECASE)  # ('Omar was quoted by Tass as saying')
# A verb that characterises words, in the passive, shortly before a quote whose agent follows it
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:called|described|dubbed|branded|"
                             r"labelled|labeled|hailed|derided|mocked|denounced|condemned|criticised|criticized)"
                             r"(?:\s+as)?\s+[^.!?\"“”]{0,40}$")
_AGENT_AFTER = re.compile(r"[\s,]*by\s+")
_QUOTED_PASSIVE = re.compile(r"\s+(?:was|were|is|has been|had been)\s+(?:also\s+)?quoted\s+"  # "was quoted [in the Herald] [as]"
                             r"(?:(?:in|by|on)\s+[^.;:!?\"“”]{1,60}?\s+)?(?:as\s+)?", re.IGNORECASE)
_QUOTED_AS_BEFORE = re.compile(r"\bquote[sd]\s+(?P<who>[^.;:!?\"“”]{1,80}?)\s+as\s+$", re.IGNORECASE)

def _pronoun_cue(body: str, position: int, actors: Sequence[ArticleActor], people: Sequence[MentionSpan],
                 quoted: Sequence[tuple[int, int]], end: int, pronoun: str) -> Cue:
    """The cue of 'he said': the person the pronoun stands for, or the role that opens the
    sentence before when that sentence names no one ('The home secretary … "…," he said')."""
    speaker = antecedent(body, position, actors, people, quoted)
    if speaker and disagrees(body, pronoun, speaker, people, actors):
        return Cue(None, end, pronoun=True)
    return Cue(speaker, end, None if speaker else described_subject(body, position, people), pronoun=True)


def _role_cue(who: str, actors: Sequence[ArticleActor], end: int) -> Cue:
    """The cue of a phrase naming no one by name: the one person the article gives that
    role, or the role itself for the corpus to resolve."""
    speaker = by_lone_name(who, actors) or by_role(who, actors)
    return Cue(speaker, end, None if speaker else description(who), definite=None if speaker else definite(who))


def find_quotes(body: str, actors: Sequence[ArticleActor], mentions: Sequence[MentionSpan], title: str = ""
                ) -> list[Quote]:
    marked = quotation_spans(body)
    inside = [(s, e) for s, e, _ in marked]
    runs_on = {s for s, _, cut in marked if cut}
    # A short utterance ('"It's the stress," said Johnson.') is no quote to show, but the one
    # after it may continue its speaker's words; a short phrase ('"a disaster"') is neither.
    segments = [(s, e) for s, e in inside if len(body[s:e].split()) >= MIN_WORDS or re.search(r"[,.!?]\W*$", body[s:e])]
    people = [m for m in mentions if not any(s <= m.start < e for s, e in inside) and actors[m.actor].type == "PER"
              and not ends_in_a_role(actors[m.actor].name)]
    quotes: list[Quote] = []
    previous: tuple[int, Cue | None, str | None] | None = None  # the last quote's end, cue and speaker
    uncued: set[int] = set()  # quotes with no cue of their own that run into the next
    unnamed: set[int] = set()  # quotes cued by a pronoun or a role that stand for no one the body names
    pronouns: set[int] = set()  # of those, the ones cued by a pronoun
    strangers: set[int] = set()  # quotes cued by someone named by no name, role or pronoun ('a club official')
    for start, end in segments:
        if len(body[start:end].split()) < MIN_WORDS:
            cue = _attribute(body, start, end, actors, people, inside)
            previous = (end, cue, cue.speaker if cue else None)
            continue
        if names_a_work(body[start:end]):  # "Sex and the City": a work's name, no one's words
            quotes.append(Quote(start, end, None))
            previous = None
            continue
        cue = _attribute(body, start, end, actors, people, inside)
        speaker = cue.speaker if cue else None
        if cue is not None and speaker is None and cue.definite and not cue.described:
            # a role ('the president') is the corpus's to resolve: it knows a former President from one
            speaker = described_before(body, start, cue.definite, people, actors)
        if cue is None and previous is not None:
            speaker = continued(body, start, previous, people, actors, end_of_quote=end)
            if speaker and someone_else_after(body, end, speaker, people, actors):
                speaker = None  # '"…," a crestfallen Ivo Lim confided': the sentence goes on to another
        elif speaker is None and previous is not None:
            speaker = going_on(body, start, end, previous, people, actors) or resumed(body, start, previous,
                                                                                        people, actors)
        if cue is None and speaker is None:
            speaker = framed(body, start, end, people, actors) or his_own_words(body, start, people, actors) or \
                introduced_by_subject(body, start, people, actors, inside) or narrated_speaker(
                    body, start, end, people, actors, inside, previous and (previous[0], previous[2]))
        quotes.append(Quote(start, end, speaker, cue.described if cue and speaker is None else None))
        if cue is None and speaker is None and start in runs_on:
            uncued.add(start)
        if cue is not None and speaker is None and (cue.pronoun or cue.described or cue.definite):
            unnamed.add(start)
            if cue.pronoun:
                pronouns.add(start)
        elif cue is not None and speaker is None:
            strangers.add(start)  # 'said a club official': someone the article does not name
        previous = (end, cue, speaker)
    return same_words_same_speaker(body, from_headline(body, title, run_on(body, quotes, uncued, actors, mentions),
                                                       unnamed, pronouns, actors, people, strangers))


def _attribute(body: str, start: int, end: int, actors: Sequence[ArticleActor], people: Sequence[MentionSpan],
               quoted: Sequence[tuple[int, int]]) -> Cue | None:
    """The speaker the text around a quote names (a cue with no speaker when it names no
    one we know: 'a spokesperson said'), or None when there is no cue at all."""
    line_end = body.find("\n", end)
    after_start = end + 1
    after = body[after_start: line_end if line_end >= 0 else len(body)][:160]
    # '"… ends here." Analysts say…' is a new sentence; '"…," said' and '"…" said' attribute.
    # ('"…." he said', a full stop for a comma, goes on in lower case to its attribution; in text
    # all in lower case every sentence does)
    closed_sentence = (body[start:end].rstrip().endswith(".") and not body[start:end].rstrip().endswith("..")
                       and (body.islower() or not re.match(r"\s*[a-z]", after))) or (
        body[start:end].rstrip(" '’").endswith(("?", "!")) and _NEW_SENTENCE.match(after) is not None)
    for pattern in (() if closed_sentence else (_AFTER_NAME, _AFTER_APPOSITIVE, _AFTER_VERB)):
        match = pattern.match(after)
        if not match:
            continue
        who = match.group("who").strip()
        who_start, who_end = after_start + match.start("who"), after_start + match.end("who")
        cue_end = after_start + match.end()
        stop = SENTENCE_END.search(body, cue_end, cue_end + 150)
        cue_end = stop.end() if stop else cue_end  # the attribution runs to its sentence's end
        if pattern is _AFTER_VERB:  # a role up to its comma: 'recalls the campaigner, who …'
            mention = name_after(body, people, who_start, who_end)
            return Cue(actors[mention.actor].name, cue_end) if mention else _role_cue(who.split(",")[0], actors, cue_end)
        if is_pronoun(who):
            return _pronoun_cue(body, start - 1, actors, people, quoted, cue_end, who)
        if pattern is _AFTER_APPOSITIVE and who[:1].islower() and not body.islower() and is_pronoun(
                match.group("apposed").strip()):
            # 'Mr Vell's plan was "…" for Harwick, he said': the pronoun means someone before its sentence (not
            # in text all in lower case, where the narration's case says nothing)
            return _pronoun_cue(body, sentence_start(body, start), actors, people, quoted, cue_end,
                                match.group("apposed").strip())
        if not is_name_phrase(who) or (pattern is _AFTER_NAME and joins_another(who)):
            continue
        mention = name_before(body, people, who_start, who_end)
        if mention and fragment(body, actors, mention):
            mention = None
        # '"…," the mayor, Ilse Marr, said': the name set beside (not '"…?" His aide, Ilse Marr, said that …', a
        # new sentence after a question)
        if mention is None and pattern is _AFTER_APPOSITIVE and (goes_on(body, end) or who[:1].islower()):
            mention = whole_name(body, people, after_start + match.start("apposed"), after_start + match.end("apposed"))
        return Cue(actors[mention.actor].name, cue_end) if mention else _role_cue(who, actors, cue_end)
    relative = _AFTER_NAME_WHO.match(after) if body[start:end].rstrip().endswith(",") else None
    if relative and is_name_phrase(relative.group("who")):  # '"…," Lena Ostrova, who led the talks, …'
        mention = name_before(body, people, after_start + relative.start("who"), after_start + relative.end("who"))
        if mention and not fragment(body, actors, mention):
            return Cue(actors[mention.actor].name, after_start + relative.end())
    quoted_as = None if closed_sentence else _QUOTED_AS_AFTER.match(after)
    if quoted_as:
        mention = name_after(body, people, after_start + quoted_as.start("who"), after_start + quoted_as.end("who"))
        passive = re.search(r"\s+(?:was|were|is|has been|had been)(?:\s+also)?$", quoted_as.group("subject") or "")
        if passive and re.match(r"(?:by|in|on)\s", quoted_as.group("who"), re.IGNORECASE):
            at = after_start + quoted_as.start("subject")  # 'Omar was quoted by Tass as saying': Omar
            mention = name_before(body, people, at, at + passive.start())
        return Cue(actors[mention.actor].name if mention else None, after_start + quoted_as.end())
    if (source := source_after(body, start, end, people)) is not None:  # '…," according to Rep. Lloyd Doggett.'
        return Cue(actors[source[0].actor].name, source[1])  # also '"…," Mr Vell.', its verb left out
    agent = _AGENT_AFTER.match(body, end + 1) if _PASSIVE_BEFORE.search(body, max(0, start - 81), start - 1) else None
    if agent:  # 'he was called the "fifth child of the group" by the film's director Marc Forster'
        mention = name_after(body, people, agent.end(), agent.end() + 80)
        if mention:
            return Cue(actors[mention.actor].name, agent.end())
    return _cue_before(body, start, actors, people, quoted)


def _inverted(body: str, verb_at: int, verb_end: int, end: int, people: Sequence[MentionSpan]) -> MentionSpan | None:
    """'…overlooked, says Jack Vell, a professor at Harwick: "': after a comma, a verb of
    saying set before its subject, a name (a role before it, a phrase set off after it),
    and the colon or comma that opens the quote."""
    if not _INVERTED_VERB.fullmatch(body, verb_at, verb_end) or not re.search(r",\s*$", body[max(0, verb_at - 3):verb_at]):
        return None
    mention = name_after(body, people, verb_end, verb_end + 60)
    if mention is None or any(mention.end <= m.start < end for m in people):
        return None
    return mention if _SET_OFF_THEN_OPENS.fullmatch(body, mention.end, end) else None


def _described_subject(body: str, people: Sequence[MentionSpan], sentence: int, verb: int) -> MentionSpan | None:
    """The person the sentence opens with after a description in lower case whose noun is
    a person's ('Harwick Rovers veteran forward Ivo Lim will …, saying'): not after a verb
    ('The poster shows Mr Lim …'), a verb of speech or a pronoun ('He said Mr Lim …')."""
    first = next((m for m in people if sentence <= m.start < verb), None)
    prefix = body[sentence:first.start] if first else ""
    words = phrase_words(prefix)
    if not words or body[first.end:first.end + 2].lower() in ("'s", "’s") or not describes(prefix) or \
            VERB.search(prefix) or any(is_pronoun(word) for word in words):
        return None
    while words and words[-1][:1].isupper() and words[-1].lower().rstrip(".") in TITLES:  # "Mr", "Gov."
        words.pop()
    last = words[-1] if words else ""
    return first if last[:1].isupper() or last.lower() in ROLE_WORDS or last.lower() in person_nouns() else None


def _cue_before(body: str, start: int, actors: Sequence[ArticleActor], people: Sequence[MentionSpan],
                quoted: Sequence[tuple[int, int]]) -> Cue | None:
    """'Hegseth said, "', 'Trump told reporters: "', 'Marr said Lammy was "', '…, saying "',
    a name and a colon, or the paragraph before a quote that opens its own."""
    line = body.rfind("\n", 0, start - 1) + 1
    end = start - 1
    if not body[line:end].strip() and line > 0:
        # The quote opens its paragraph: the paragraph before may introduce it ('Vell said:')
        # or report the same speaker's words ('…, pilot Jim Orr told the Herald.').
        end = len(body[:line].rstrip())
        line = body.rfind("\n", 0, end) + 1
    paragraph = max(line, end - 240)
    before = body[paragraph:end]
    if (source := according_before(body, start, people)) is not None:  # 'According to Mr Vell, the firm "…"'
        return Cue(actors[source[0].actor].name if source[0] else None, start - 1)
    if (blamed := blamed_for_saying(body, start, people)) is not None:  # 'slammed Ana Vell for saying "…"'
        return Cue(actors[blamed.actor].name, start - 1)
    named = named_with_colon(body, paragraph, before, actors, people)
    if named:
        return named
    unnamed: Cue | None = None  # a verb that tells of words but names no one we know
    for verb in reversed(list(VERB.finditer(before))):
        if as_noun(before, verb.start(), verb.group()) and not re.match(r"\s+that\b", before[verb.end():], re.I):
            continue  # "Vell said the claims were \"…\"": a noun; but "dismissed claims that it was \"…\"" quotes them
        tail = before[verb.end():].rstrip()
        if any(s <= paragraph + verb.start() < e for s, e in quoted) and not re.fullmatch(r"[^.!?]{0,60}[:,]", tail) \
                and body[:start - 1].rstrip().endswith((".", "!", "?")):
            # '"… Somebody told me this was … history. "…"': the words quoted before are theirs; not 'Vell said: "'
            return unnamed  # nor '… Vell said staff wanted "…"': narration a quote that lost its closing mark ran into
        # a scare quote is no break: 'said the proposals "lacked compulsion".'
        plain = _SCARE_QUOTE.sub("x", ABBREVIATED.sub("", re.sub(r"\d\.\d", "0", tail)))  # "4.75%" ends nothing
        # "Donaldson said that although …, the regulator would \"…\"": what a speaker said
        # runs on, in one sentence, to the words quoted from them
        reporting = REPORTING.fullmatch(verb.group()) is not None
        reported = (reporting and not BREAK.search(plain.removesuffix("."))) or runs_on_to(
            body, paragraph + verb.end(), end, plain, verb.group(), people)
        if len(tail) > 100 and not reported:
            if THINKING.fullmatch(verb.group()) or not (reporting or BREAK.search(_IN_PROSE.sub("x", tail).removesuffix("."))):
                continue  # thought or urged far from the quote in its sentence: 'Vell said … and urged …. "
            return None
        leads_in = len(tail) <= 60 and not BREAK.search(plain.rstrip(",:"))
        said_sentence = tail.endswith(".") and not BREAK.search(plain[:-1])
        verb_at = paragraph + verb.start()
        inverted = _inverted(body, verb_at, paragraph + verb.end(), end, people) if reported else None
        if inverted:  # '…, says Jack Vell, a professor at Harwick: "'
            return Cue(actors[inverted.actor].name, verb_at)
        quoted_as = _QUOTED_AS_BEFORE.search(before, 0, verb.start()) if verb.group().lower() == "saying" else None
        if quoted_as and leads_in:  # 'Interfax quoted Omar as saying: "'
            mention = name_after(body, people, paragraph + quoted_as.start("who"), paragraph + quoted_as.end("who"))
            return Cue(actors[mention.actor].name if mention else None, verb_at)
        if _OBJECT.match(tail) and verb.group().lower() in _TRANSITIVE:
            continue  # "Netflix has added a disclaimer …": a thing added, no words said
        cited = _CITED.search(tail)
        if cited and (leads_in or reported):  # 'recalls a quote attributed to Otto Brenner: "'
            mention = name_after(body, people, paragraph + verb.end() + cited.end(), end)
            return Cue(actors[mention.actor].name if mention else None, verb_at)
        owned = _OWNED_WORDS.search(tail)
        if owned and (leads_in or reported):
            at = paragraph + verb.end() + owned.start()
            mention = next((m for m in people if m.end == at), None)
            return Cue(actors[mention.actor].name if mention and not fragment(body, actors, mention) else None, verb_at)
        if PASSIVE.search(before[:verb.start()]) and not verb.group().lower().endswith("ing"):
            agent = re.search(r"(?:^|\s)by\s+", tail[:80])
            if agent and (leads_in or reported):  # "was described by Premier Ola Brant as \"…\""
                mention = name_after(body, people, verb_at + len(verb.group()) + agent.end(), verb_at + 90)
                if mention:
                    return Cue(actors[mention.actor].name, verb_at)
            continue
        if not (leads_in or said_sentence or reported):
            continue
        sentence = sentence_start(body, verb_at)
        if said_sentence and not leads_in and re.search("[”\"]", _IN_PROSE.sub("x", body[sentence:verb_at])):
            return None  # '"…," said Blythe, an economist. "…"': the verb tells who said the quote before
        phrase = body[sentence:verb_at].rstrip()
        words = phrase_words(phrase)
        # "…, he said", "He also said", "He hinted at …, and said", "She cited …, saying": a pronoun's
        # second verb, no one named between
        second_verb = words[:1] in (["He"], ["She"]) and (_JOINED.search(phrase) or (
            phrase.endswith(",") and verb.group().lower().endswith("ing"))) and not any(
            sentence <= m.start < verb_at for m in people)
        if words and words[-1].lower() in ("he", "she") or is_pronoun(phrase) or second_verb:
            if THINKING.fullmatch(verb.group()):
                continue  # "Vell told the BBC that while he believes …": the verb of saying before
            return _pronoun_cue(body, verb_at, actors, people, quoted, verb_at,
                                words[-1] if words and words[-1].lower() in ("he", "she") else phrase)
        mention = name_before(body, people, sentence, sentence + len(phrase))
        if mention and not fragment(body, actors, mention):  # "… Jones said", "Zelenskiy called it"
            return Cue(actors[mention.actor].name, verb_at)
        if tail.endswith(":") and (teller := reported_teller(body, people, sentence, verb_at)) is not None:
            return Cue(actors[teller.actor].name, verb_at)  # "Vell said that Ana Brask … and told her: \""
        # "…, but Ines Marlow refused, saying": the subject of the clause the verb is in
        participle = verb.group().lower().endswith("ing") and before[:verb.start()].rstrip().endswith((",", " by", " -", "–", "—"))
        # ('When Ana Vell, the host, noted …, Ivo Brask shot back, saying': the main clause's subject)
        subject = sentence_subject(body, people, main_clause(body, sentence, verb_at), verb_at) or sentence_subject(
            body, people, clause_start(body, sentence, verb_at), verb_at) or (
            _described_subject(body, people, sentence, verb_at) if participle else None)
        if subject is not None and PRONOUN_REPORTS.search(body, subject.end, verb_at + 1):
            return Cue(None, verb_at)  # "Blair has failed, he claimed, saying …": the one saying is not Blair
        if subject is not None:
            between = body[subject.end:verb_at]
            # "Trump, 79, did not say when, but suggested …": a second verb of the same subject
            joined = _JOINED.search(between) and not CLAUSE_OF_ITS_OWN.search(between) and not any(
                subject.end <= m.start < verb_at and not _IN_PHRASE.search(body, subject.end, m.start) for m in people)
            if participle or joined or _QUOTED_PASSIVE.fullmatch(between) or set_off(between, subject, verb_at, people) \
                    or infinitive_of(body, subject, verb_at, people):
                return Cue(actors[subject.actor].name, verb_at)
        inner = not reporting and VERB.search(body, clause_start(body, sentence, verb_at), verb_at)
        if inner and leads_in and re.fullmatch(r"[\s:,]*", tail) and SPEECH_VERB.fullmatch(verb.group()):
            return Cue(None, verb_at)  # "He said the man shouted: \"…\"": the words are the man's, unnamed
        if not SPEECH_VERB.fullmatch(verb.group()) or inner:
            # "Vell added that firms encouraged staff to …", "He said if the growth continued …":
            # a verb inside what someone else is reported to say (but in "Vell said the police
            # had said …" the police speak)
            unnamed = unnamed or Cue(None, verb_at)
            continue
        return _role_cue(joined_description(phrase) or phrase, actors, verb_at)
    return unnamed
