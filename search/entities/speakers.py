"""Who a phrase around a quotation names: the speaker in 'said race director Ines Marlow',
"Kell's publicist Dora Vane", 'Rex Patrick, a critic of the regime, said', and who 'he'
stands for.  Each rule prefers no one to a wrong one."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..article import ArticleActor, MentionSpan
from .descriptions import AGE as _AGE
from .descriptions import definite_words, description
from .nouns import person_nouns, someone_unnamed
from .phrases import CLAUSE_WORDS, NAME_WORDS, RELATING, modifies, object_of_participle, phrase_words
from .roles import ROLE_WORDS, role_word
from .speech import (BRIDGE, BRIDGE_WORDS, PASSIVE, PRONOUN_REPORTS, REPORTING_VERBS, SENTENCE_END, SPEECH_VERB, SPOKE,
                     THINKING, VERB, clause_start, sentence_start)
from .titles import TITLES
from .vocabulary import lowercase_words

__all__ = ["described_subject", "describes",
           "name_before", "name_after", "fragment", "is_pronoun", "sentence_subject", "antecedent"]

# The first word of a sentence, as a name would be written there (not "It's", not "I").
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?][\"”’')]*\s+|\n)[\"“]?([A-Z][a-z]+)\b(?!['’])")
# A name directly followed by its verb of saying: "Vell said", "Vell later told", "Vell, who told officers"
_SAYS_AFTER = re.compile(rf"(?:,\s*who)?(?:\s+(?:{BRIDGE_WORDS}))*\s+(?:{REPORTING_VERBS})\b")
_SAYS_AFTER_ANY_CASE = re.compile(_SAYS_AFTER.pattern, re.IGNORECASE)
_DESCRIBED_SPEAKS = re.compile(rf"[^.!?]*?,\s+the\s+(?:[\w-]+\s+){{1,4}}?(?:{REPORTING_VERBS})\b")
_PRONOUNS = frozenset("he she it they we i you".split())
_STANDING = re.compile(r"(?:\d{1,4}(?:st|nd|rd|th)|top|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                       r"tenth|higher|lower)-(?:ranked|seeded|placed)|unseeded", re.IGNORECASE)  # "the 104th-ranked Ali Osk"
_PARENTHESIS = re.compile(r"^\s*\([^()]{1,24}\)")  # "(R-Ky.)", "(pictured)" after a name
# "of Harwick Foods", "from the FDA's Office of Drug Safety", "at Harwick Securities"
_OF_NAME = re.compile(r"^\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w'’&.-]*){0,5}")

# A phrase set before a sentence's subject, up to its comma: 'After the applause died down, ', 'Driving
# home, ', 'In an online post on Monday, ' (quoting no one; no comma of its own, as in 'In the address, the
# king mourned his mother, Queen Ana, and said', where the name after the comma is set beside another)
_FRONTED = re.compile(r"\s*[\"“]?(?:(?:after|before|when|while|as|since|although|though|once|until|despite|following|"
                      r"shortly|soon|earlier|later|in|on|at|during|with|without|from|for|amid|asked|speaking|"
                      r"writing|addressing)\b|[A-Z][a-z]+ing\b)[^,\"“”;:]{0,140},\s+(?P<lead>(?:[^,\s]+\s+){0,3})",
                      re.IGNORECASE)

# What a person writes in their own name, between their possessive and its verb: "Vell's
# statement said", "Vell's latest email added" (not a lawsuit or a report, which others write).
_OWN_WRITING = re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}?(?:statement|message|letter|e-?mail|tweet|post|note)"
                          rf"(?:\s+(?:{BRIDGE_WORDS}))*\s*", re.IGNORECASE)

# Someone the text does not name, standing between a name and a pronoun ("… according to an
# ntl spokesman. '…,' he asked"): the pronoun may be theirs.
_UNNAMED = re.compile(r"\b(?:a|an|the|one|another)\s+(?:[\w'’-]+\s+){0,3}?(?:spokesman|spokeswoman|spokesperson|"
                      r"official|analyst|economist|source|aide|adviser|advisor|lawyer|expert|witness|resident|"
                      r"member|executive|employee|officer|dealer|trader|broker|banker|insider|diplomat|"
                      r"negotiator|worker|neighbour|neighbor|relative|friend)\b", re.IGNORECASE)


_COORDINATED = re.compile(r"\s+(?:and|&|or)\s+[A-Z]")


def _leads_to_name(text: str) -> bool:
    """What may stand before a name in a speaker phrase: titles, capitalised words, nouns
    for people, articles and possessives ('the central bank's vice president', 'Oxfam's',
    'Harwick Rovers striker')."""
    shouting = text.isupper()  # in capitals a capital says nothing
    return all(_leads(word, shouting) for word in phrase_words(text))


def _leads(word: str, shouting: bool) -> bool:
    return ((word[:1].isupper() and not shouting) or (_AGE.fullmatch(word) or _STANDING.fullmatch(word)) is not None
            or word.lower().rstrip(".") in TITLES or role_word(word.lower()) or _person_noun(word)  # "Clippers star"
            or word.lower() in NAME_WORDS or word.lower().endswith(("'s", "’s"))
            or word.lower() in ("meanwhile", "however"))  # "Another peer meanwhile, Lord Vell"


# '… added Ernst and Young's Ana Vell': the name is half of a possessor whose other half the tagger missed
_JOINED_POSSESSOR = re.compile(r"\s+(?:and|&)\s+(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+[A-Z]")


def _is_possessor(body: str, mention: MentionSpan) -> bool:
    return body[mention.end:mention.end + 2].lower() in ("'s", "’s") or _JOINED_POSSESSOR.match(body, mention.end) is not None


def name_before(body: str, people: Sequence[MentionSpan], start: int, end: int) -> MentionSpan | None:
    """The person named last in [start, end), when the name ends the phrase (before its verb)."""
    inside = [m for m in people if start <= m.start and m.end <= end]
    if inside and _is_possessor(body, inside[-1]) and _OWN_WRITING.fullmatch(body, inside[-1].end + 2, end) and (
            " " in body[inside[-1].start:inside[-1].end] or _titled(body, inside[-1].start)):
        # "Mr Tanzi's statement said": a person's own statement speaks for them (a full name or
        # a title: "Chelsea's statement" is the club's, whatever the tagger took it for)
        return inside[-1]
    if not inside or _is_possessor(body, inside[-1]):
        return None
    leading = phrase_words(body[start:inside[-1].start])
    if leading and leading[-1].lower() in ("for", "of", "from", "at", "the", "with") or object_of_participle(
            body[start:inside[-1].start]):
        return None  # "a spokesman for the DCA said", "the jury investigating Vell told": not the one speaking
    tail = _PARENTHESIS.sub("", body[inside[-1].end:end], count=1)  # "Ana Brisk (D-NY) said"
    tail = _PARENTHESIS.sub("", _OF_NAME.sub("", tail, count=1), count=1)  # "Ivo Brask of Harwick Foods (HF) said"
    closed = re.match(r"\s*,[^,]{1,100},", tail)  # "Rex Patrick, a critic of the regime, said"
    relative = re.match(r"\s*(?:\([^()]{1,20}\))?,?\s+who\b", tail)  # "Rep. Ilse Marr (D-NY), who vowed"
    if BRIDGE.match(tail[closed.end():] if closed else tail) or relative and BRIDGE.match(tail[relative.end():]):
        return inside[-1]
    # "Colin Asplin, Blackpool Hotel Association said" and "Meghan, Duchess of Sussex has
    # said" (an apposition left open, then the verb's own bridge words), when the name opens
    # the phrase (not "Reacting to a remark by Tim Phillips, the American said")
    open_apposition = re.fullmatch(rf"\s*,([^,]{{1,60}}?)((?:\s+(?:{BRIDGE_WORDS}))*)\s*", tail)
    if open_apposition and _leads_to_name(open_apposition.group(1)) and _leads_to_name(body[start:inside[-1].start]):
        return inside[-1]
    # "the governor of Harwick, Oleh Tarnovsky, said": a role, then the name set off by commas
    if re.fullmatch(rf",(?:\s+(?:{BRIDGE_WORDS}))*\s*", tail) and _role_apposition(body[start:inside[-1].start]):
        return inside[-1]
    return None


def _titled(body: str, start: int) -> bool:
    words = body[max(0, start - 12):start].split()
    return bool(words) and words[-1].lower().rstrip(".") in TITLES


def _role_apposition(lead: str) -> bool:
    """'…, the governor of Harwick, ' and 'Tariffs, the trade commission president, ': the
    text before a name ends with a role phrase set off by a comma, of a few words, opening
    with an article or a possessive and holding a role word, and no clause."""
    lead = lead.rstrip()
    if not lead.endswith(","):
        return False
    phrase = lead[:-1]
    words = phrase[phrase.rfind(",") + 1:].split()
    if words and words[0].lower() in ("but", "meanwhile"):  # not "and": "met Ana Vell, and the chancellor, Ivo Lim,"
        words = words[1:]  # 'But his counterpart on the committee, Alan Vell, said'
    if not 2 <= len(words) <= 8 or any(word.lower() in CLAUSE_WORDS for word in words) or VERB.search(" ".join(words)):
        return False
    opening = words[0].lower()  # "the governor", "Harwick's governor", "Radio Vell's controller", "BA director of …"
    owned = any(word.endswith(("'s", "’s")) for word in words[:-1])
    return (opening in ("the", "a", "an", "his", "her", "their", "its") or owned or words[0][:1].isupper()) and (any(
        role_word(word.lower().removesuffix("'s").removesuffix("’s")) for word in words[1:])
        or _person_noun(words[-1]) or _person_noun(words[1]))  # "Her lawyer, ", "CSI's co-producer, "


def _person_noun(word: str) -> bool:
    """'lawyer', and 'co-producer' or 'vice-chairman' by the noun after the hyphen."""
    return word.lower().rsplit("-", 1)[-1] in person_nouns()


def fragment(body: str, actors: Sequence[ArticleActor], mention: MentionSpan) -> bool:
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


def is_pronoun(phrase: str) -> bool:
    """'he', 'She later', 'he once': a pronoun before its verb."""
    words = phrase.split()
    return bool(words) and words[0].lower() in ("he", "she") and bool(BRIDGE.match(phrase.strip()[len(words[0]):]))


def name_after(body: str, people: Sequence[MentionSpan], start: int, end: int) -> MentionSpan | None:
    """The first person named in [start, end) with only a title or role before the name:
    'said analyst Alex Potter at Lehman', 'said race director Ines Marlow', 'said Clapton
    who joined…', 'said his wife, Sheila', "said Kell's publicist Dora Vane"."""
    inside = [m for m in people if start <= m.start < end]
    if len(inside) > 1 and (modifies(body[inside[0].end:inside[1].start]) or _is_possessor(body, inside[0])):
        inside.pop(0)  # "said Kidder Peabody analyst Jay Freedman", the firm taken for a person
    lead = body[start:inside[0].start] if inside else ""
    if inside and (describes(lead) or _role_apposition(lead)) and not _is_possessor(body, inside[0]):
        return inside[0]  # also 'said BA director of route planning, Ivo Brask'
    return None


def describes(text: str) -> bool:
    """What may stand between 'said' and the speaker's name: a title, a role, a
    possessive ('race director', "the club's team manager"), not a phrase that makes the
    name someone else's ('a friend of', 'a lawyer representing', 'police and')."""
    words = phrase_words(text)
    if words and (words[-1].lower() in RELATING or words[-1].lower().endswith("ing")):
        return False  # 'a lawyer representing', not 'chief operating officer'
    shouting = text.isupper()
    loose = [word for word in words if not _leads(word, shouting)]
    return len(loose) <= 3 and all(word.replace("-", "").isalpha() and word.islower()  # "co-ordinator"
                                   and word not in RELATING | CLAUSE_WORDS for word in loose)


def sentence_subject(body: str, people: Sequence[MentionSpan], sentence: int, verb: int) -> MentionSpan | None:
    """The person the sentence opens with ('U.S. Rep. Lee Zeldin …', 'Mr Balls, who …'), if any,
    also after a phrase set before the subject ('After the applause died down, Vell …')."""
    first = next((m for m in people if sentence <= m.start < verb), None)
    if first is None or _is_possessor(body, first):
        return None
    prefix = body[sentence:first.start]
    if _leads_to_name(prefix) or _role_apposition(prefix):  # ('Her lawyer, Ana Vell, said': a role set off)
        return first
    fronted = _FRONTED.fullmatch(prefix)
    return first if fronted and _leads_to_name(fronted.group("lead")) else None


def _opens_clause(body: str, sentence: int, mention: MentionSpan) -> bool:
    """The name is the subject of a clause of its own: 'but Tennis Ostrava's Nils Berg'."""
    opened = clause_start(body, sentence, mention.start)
    return opened > sentence and mention.start - opened <= 60 and _leads_to_name(body[opened:mention.start])


def _reported_by_another(body: str, sentence: int, mention: MentionSpan) -> bool:
    """A verb of speech before the name, outside any quote, whose speaker is not the name:
    not 'said Vell', nor 'Asked why, Vell said'."""
    prefix = body[sentence:mention.start]
    after_quotes = max(prefix.rfind('"'), prefix.rfind("”")) + 1
    verbs = list(VERB.finditer(prefix, after_quotes))
    if not verbs:
        return False
    between = prefix[verbs[-1].end():]
    if PASSIVE.search(prefix[:verbs[-1].start()]) and re.match(r"\s+by\s", between):
        return False  # "was welcomed by shadow secretary David Vell": the agent is the one
    opening = between.rsplit(", ", 1)[-1] if ", " in between else None  # 'Asked why, Vell'
    if not between.strip() and (SPEECH_VERB.fullmatch(verbs[-1].group()) or THINKING.fullmatch(verbs[-1].group())):
        # 'said Vell' is Vell's, but 'A spokesman said Vell had …', '… believes Vell is …' are another's
        return bool(re.search(r"[^\W\d_]", prefix[after_quotes:verbs[-1].start()].rsplit(",", 1)[-1])) \
            and re.match(r"\s+[a-z]", body[mention.end:mention.end + 3]) is not None
    return not describes(between) and not (opening is not None and _leads_to_name(opening))


def _new_subject(body: str, start: int, end: int, named: set[str], actors: Sequence[ArticleActor],
                 quoted: Sequence[tuple[int, int]]) -> bool:
    """A sentence of narration between opens with a capitalised word that news never
    writes in lower case and that names no organisation or place we know, or that names
    another person: a name the tagger missed there ("Cyril Vasse fired 19 aces. Tarkowsky
    broke a racket. '…,' he said")."""
    if body.isupper() or body.islower():
        return False  # in one case every sentence would look so
    common = lowercase_words()
    people = {word.lower() for actor in actors if actor.type == "PER" for word in actor.name.split()}
    others = {word.lower() for actor in actors if actor.type != "PER" for word in actor.name.split()}
    for opening in _SENTENCE_OPENING.finditer(body, max(0, start - 3), end):
        word = opening.group(1).lower()
        if any(s <= opening.start(1) < e for s, e in quoted) or word in named:
            continue  # a sentence of someone's words, not of the narration; or of the one meant
        if word in people or (word not in common and word not in others and word not in _PRONOUNS):
            return True
    return False


def described_subject(body: str, position: int, people: Sequence[MentionSpan]) -> str | None:
    """'The home secretary, whose plan …, rejected the claims. "…," he said': the role that
    opens the last sentence before `position` when that sentence names no one, for the
    corpus to resolve (as `description`); not 'the president of Harwick' nor 'the
    minister's aide', whose role belongs to someone else."""
    end = sentence_start(body, position)  # the pronoun's own sentence (or the quote's) starts here
    while end > 0 and body[end - 1].isspace():
        end -= 1
    if end == 0:
        return None
    sentence = sentence_start(body, end - 1)
    if any(sentence <= m.start < position for m in people):
        return None
    words = re.findall(r"[\w'’-]+|,", body[sentence:sentence + 80])
    for size in range(min(5, len(words) - 1), 1, -1):
        if "," in words[:size] or words[size].lower() == "of" or any(
                word.lower().endswith(("'s", "’s")) for word in words[size - 1:size + 1]):
            continue  # "the president of Harwick", "the minister's aide": someone else's role
        found = description(" ".join(words[:size]))
        if found:
            return found
    return None


def antecedent(body: str, position: int, actors: Sequence[ArticleActor], people: Sequence[MentionSpan],
               quoted: Sequence[tuple[int, int]], depth: int = 0) -> str | None:
    """The subject of the last sentence before `position` that names a person, when one
    person can be meant: not when the sentence names two and neither is its subject, nor
    when an unnamed person ('an ntl spokesman') comes between.  A sentence whose subject
    is itself 'he' or 'she' ('He will race Jason Gardener.') passes on its own subject."""
    earlier = [m for m in people if m.end <= position]
    if not earlier:
        return None
    last = earlier[-1]
    sentence = sentence_start(body, last.start)
    if depth < 2 and re.match(r"\s*(?:he|she)\s", body[sentence:sentence + 5], re.IGNORECASE):
        inner = re.search(r"\b(?:he|she)\s+$", body[max(0, position - 8):position], re.IGNORECASE)
        if inner and sentence_start(body, position) == sentence:
            return None  # "He said Barzani sent a message in which he said": the second "he" may be Barzani
        meant = antecedent(body, sentence, actors, people, quoted, depth + 1)
        return meant if meant and not _someone_else_between(body, sentence, position, meant, actors, quoted) else None
    # The subject, not a possessor: in "Trump's new defense secretary, Pete Hegseth,
    # laid out…" the sentence is about Hegseth.
    candidates = [m for m in earlier if m.start >= sentence and not _is_possessor(body, m)]
    if len(candidates) > 1 and modifies(body[candidates[0].end:candidates[1].start]):
        candidates.pop(0)  # "Labour election chief Alan Milburn": the first name is the second's party or firm
    reporting = [m for m in candidates if _SAYS_AFTER.match(body, m.end)]
    if len({m.actor for m in reporting}) == 1 and not any(
            _opens_clause(body, sentence, m) for m in candidates if m.actor != reporting[0].actor):
        candidates = reporting  # "…, Lord Butler said in an interview conducted by Boris Johnson."
    if candidates and _opened_by_description(body[sentence:candidates[0].start]):
        # "The 31-year-old was third behind Ana Osk and Jo Marr": the one described, met before
        if depth >= 2 or body.isupper() or body.islower():
            return None  # (in one case a name the tagger missed may stand between)
        meant = antecedent(body, sentence, actors, people, quoted, depth + 1)
        return meant if meant and not _someone_else_between(body, sentence, position, meant, actors, quoted) else None
    if len({m.actor for m in candidates}) > 1 and (not _leads_to_name(body[sentence:candidates[0].start]) or any(
            _opens_clause(body, sentence, m) for m in candidates[1:] if m.actor != candidates[0].actor)):
        # "the board heard from Ana and Tom. 'Fine,' she said"; "Ana said …, but Tom's
        # coach Nils Berg disagreed. '…,' he said": no guess
        return None
    if not candidates and not _leads_to_name(body[sentence:last.start]):
        return None  # "… of Moore's film": the only name is a possessor inside the sentence
    opening = _described_opening(body[sentence:candidates[0].start]) if candidates else None
    if opening is not None:
        # "The seventh seed, who is to meet Roddick, … '…,' he said": the sentence is about
        # someone it describes, not the one it names; a role passes on the subject before it
        if depth >= 2 or description(opening) is None:
            return None  # a description that is no role: who is meant is for the reader
        meant = antecedent(body, sentence, actors, people, quoted, depth + 1)
        return meant if meant and not _someone_else_between(body, sentence, position, meant, actors, quoted) else None
    if not candidates and sentence_start(body, position) == sentence:
        return None  # "Vell's rule was "…", he told": the quote's own sentence is about Vell, not by him
    first = (candidates or [last])[0]  # "Savage's future has been …" is about Savage
    if _COORDINATED.match(body, first.end):
        return None  # "Only Vell and Harwick stand in the way …": a subject of two is no "he"
    if _someone_before(body, sentence, first, quoted):
        return None  # "The Spaniard believed he was talking to Ivo Brask": the sentence is about another
    if someone_unnamed(body[sentence:first.start], body[first.end:first.end + 40]):
        return None  # "An aide to Ana Vell spoke", "Ana Vell's lawyer said": the one meant is unnamed
    if _reported_by_another(body, sentence, first):
        return None  # "the chancellor said the cuts proposed by Oliver Vell …": someone else spoke first
    if _DESCRIBED_SPEAKS.match(body, first.end, position):
        return None  # "Describing Mr Vell as "kind", the mother-of-nine said …": someone described speaks
    meant = actors[first.actor].name
    stop = SENTENCE_END.search(body, last.end, position)
    following = stop.end() if stop else -1  # where the sentence naming them ends
    if PRONOUN_REPORTS.search(body, first.end, following if following >= 0 else position):
        return None  # "Vell has failed, he claimed": the one who speaks is not Vell
    if following >= 0 and _UNNAMED.search(body, following, position):
        return None
    if _someone_else_between(body, following if following >= 0 else position, position, meant, actors, quoted):
        return None
    return meant


def _opened_by_description(prefix: str) -> bool:
    """'The 31-year-old was third behind ': a sentence whose subject is someone described by
    their age, and a verb, not the names that follow (not 'The 31-year-old Harwick striker
    Ivo Lim', where the description leads to the name, nor one set off beside it)."""
    opening = re.match(r"\s*(?i:the)\s+([\w-]+)\s+([a-z]+)\s", prefix)
    return opening is not None and _AGE.fullmatch(opening.group(1)) is not None and not _leads_to_name(prefix) \
        and not prefix.rstrip().endswith(",") and opening.group(2) not in CLAUSE_WORDS | RELATING


def _someone_before(body: str, sentence: int, name: MentionSpan, quoted: Sequence[tuple[int, int]]) -> bool:
    """'he' or 'she' in the narration of a sentence before its first name: someone else, met
    before the name, is what the sentence is about ('The Spaniard believed he was talking to
    Ivo Brask').  Not when the name opens the clause after a comma: a clause set before its
    subject speaks of them ('Asked whether he was tired, Mr Brask said')."""
    prefix = body[sentence:name.start]
    if (", " in prefix and _leads_to_name(prefix.rsplit(", ", 1)[1])) or _SAYS_AFTER_ANY_CASE.match(body, name.end):
        return False  # nor when the name says something: '… he has fought them, and Brask said'
    return any(not any(s <= sentence + m.start() < e for s, e in quoted)
               for m in re.finditer(r"\b(?:he|she)\b", prefix, re.IGNORECASE))


def _described_opening(prefix: str) -> str | None:
    """'The seventh seed' of 'The seventh seed, who is to meet ': a definite description
    of a person (a role, or one 'who' follows) set off by a comma, that opens the sentence
    before a name that is not its subject (not 'The answer, says Prof Vell, is …', nor 'The
    speech, which …, was introduced by his son Nick')."""
    if _leads_to_name(prefix) or "," not in prefix or VERB.search(prefix):
        return None
    phrase, rest = prefix.split(",", 1)
    words = definite_words(phrase)
    if words is None or not (role_word(words[-1].lower()) or re.match(r"\s*who\s", rest)):
        return None
    return phrase


def _someone_else_between(body: str, start: int, position: int, meant: str, actors: Sequence[ArticleActor],
                          quoted: Sequence[tuple[int, int]]) -> bool:
    """After the sentence naming `meant`: '… Labour MP George Foulkes said the campaign
    would fail. "…," he said' (someone spoke, even if we did not know the name), or
    'Cyril Saulnier fired 19 aces. Roddick broke a racket. "…," he said'."""
    named = {word.lower() for word in re.split(r"[\s-]+", meant)}
    if _new_subject(body, start, position, named, actors, quoted):
        return True
    one_case = body.isupper() or body.islower()  # where any word may be a name the tagger missed
    for speaker in SPOKE.finditer(body, start, position):
        word = speaker.group(1)
        if (word[:1].isupper() or one_case) and word.lower() not in named | _PRONOUNS:
            return True
    return False
