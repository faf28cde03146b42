"""Marks only a person's name bears, beyond a title before it: letters of an honour or an
office after it ('Ann Lee QC', 'Ivo Brask MP'), a role only a person holds set beside
it ('Ivo Brask, vice president of Harwick's US arm, said') and a noun news writes before
people's names right before it ('the world's richest man Ivo Brask').  A name the tagger
called an organisation or a place with such a mark is a person's: in 2022 feeds it types
"Elon Musk" a firm in nearly every item that names him."""

from __future__ import annotations

import re

from ..article import Mention
from .gazetteer import in_gazetteer
from .names import fold
from .nouns import person_nouns
from .organisations import LEGAL_FORMS, ORGANISATION_WORDS
from .places import PLACE_ENDS, is_place
from .roles import role_word
from .titles import PERSON_ROLES, TITLES, title_length
from .vocabulary import lowercase_words

__all__ = ["may_be_titled", "with_honours", "beside_role"]

_REGNAL = re.compile(r"[IVX]{1,4}")  # "Elizabeth II"
_INITIAL = re.compile(r"[A-Z]\.?")  # "Dolores M Troiani"
# Letters after a name that only a person carries: a barrister's rank, a seat, an order.
HONOURS = frozenset("QC KC MP MEP MSP MLA TD OBE MBE CBE KBE DBE".split())
_HONOUR_AFTER = re.compile(r"[ \t]+([A-Z]{2,3})(?![\w-])")  # not "Ana Vell, MP for Harwick,": a role set off
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|our)\s+$", re.IGNORECASE)
_NAME_AFTER = re.compile(r"[ \t]+[A-Z]")
_AND_BEFORE = re.compile(r"\b(?:and|or)\s+$")
_AND_AFTER = re.compile(r"\s+(?:and|or)\b")
# '…, vice president and chief operating officer of …', '…, a spokeswoman for …': a role only a
# person holds, then the body it is held in
_ROLE_BESIDE = re.compile(r",\s+(?:(?:a|an|the)\s+)?(?:[a-z][\w-]*\s+){0,5}?(?P<role>[a-z][\w-]*)\s+(?:of|at|for)\s+[A-Z]")
_ROLE_SET_OFF = re.compile(r"\b(?P<role>[a-z][\w-]*),\s+$")
# "US rapper Ivo Brask", "the world's richest man Ivo Brask", "by pop star Ivo Brask": a noun for a
# person right before the name, opened by a determiner, a possessive, a preposition or a capitalised
# word (not "rivals - market leader Harwick Dairy", "Orlen reinstates Harwick Stream")
_NOUN_BEFORE = re.compile(r"(?:^|[.:!?\n][ \t]*|(?<![\w'’-])(?:the|a|an|his|her|their|its|our|by|with|for|from|to|of|at|"
                          r"and)[ \t]+|['’]s[ \t]+|[A-Z][\w.-]*[ \t]+)(?:[a-z][\w-]*[ \t]+){0,2}?"
                          r"(?P<role>[a-z][a-z-]{2,}(?<![^s]s))[ \t]+$")
_VERB_FORM = re.compile(r"(?:ed|.{3}ing)$")  # the table's verbs ("involved Ana Vell", "starring Ivo Brask"): no nouns
_NOUN_AFTER = re.compile(r"[ \t]+(?P<words>[a-z][a-z-]+(?:[ \t]+[a-z][a-z-]+)?)")  # "the White House (press) correspondent"
_BESIDE_ROLES = PERSON_ROLES | frozenset("president director executive secretary minister professor head".split())


def may_be_titled(name: str) -> bool:
    """One to three capitalised words (and initials between) that may be a person's name: no English word first,
    no word of a firm's, a building's or a title, no place."""
    words = name.split()
    key = fold(name).split()
    initials = sum(bool(_INITIAL.fullmatch(word)) for word in words)
    if not 1 <= len(words) <= 4 or len(words) - initials > 3:
        return False
    if not all(_capitalised(words, i) for i in range(len(words))):
        return False
    if any(not part[:1].isupper() for word in words for part in word.split("-")[1:]):
        return False  # "Tunisian-born Ana Vell": an adjective, not a name's part ("Jean-Pierre", "al-Assad" are)
    return key[0] not in lowercase_words() and not _has_firm_or_title_word(key) and not is_place(name) \
        and not in_gazetteer(" ".join(key))


def _capitalised(words: list[str], i: int) -> bool:
    """The i-th word of a name starts with a capital, and is in capitals only as a numeral
    after a name ("Elizabeth II") or an initial inside one ("Ana M Vell")."""
    word = words[i]
    return word[:1].isupper() and (not word.isupper() or (i > 0 and _REGNAL.fullmatch(word) is not None)
                                   or (0 < i < len(words) - 1 and _INITIAL.fullmatch(word) is not None))


def _has_firm_or_title_word(key: list[str]) -> bool:
    """A word of a firm's, a building's or a title is in the (folded) words."""
    return any(word in ORGANISATION_WORDS or word in LEGAL_FORMS or word in PLACE_ENDS or word in TITLES
               for word in key)


def _honoured(name: str) -> bool:
    """Two or three capitalised words before an honour: a name, unless a word of it is a
    firm's, a building's or a title ('Harwick Holdings MP' is no one), or it is a place.
    An English word may open it ('Guy Marr QC'): the letters after it say enough."""
    words = name.split()
    words = words[title_length([word.lower().rstrip(".,") for word in words]):]  # "Mr Guy Marr QC"
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and not w.isupper() for w in words) \
        and not _has_firm_or_title_word(fold(" ".join(words)).split()) and not is_place(" ".join(words))


def with_honours(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Guy Marr QC' (whatever the tagger called it, with the letters in the span or just
    after it): the person Guy Marr, the span still holding the letters, so that what
    follows them follows the name ('Guy Marr QC, who chairs the council, said').  Not
    after a determiner ('the Ealing North MP' is a seat), not letters that stand before
    a name as a title ('Plaid Cymru MP Elfyn Llwyd'), and for a name the tagger did not
    call a person, not letters joined to a role by 'and' ('Veteran Labour MP and former
    minister …', '… minister and Bolton West MP,').  Letters alone ('a QC, Ann Lee') are
    no one.  Nothing changes in text all in capitals, where any word may be letters."""
    if text.isupper():
        return mentions
    kept = []
    for mention in mentions:
        words = mention.text.split()
        if mention.text.strip() in HONOURS:
            continue
        if len(words) >= 3 and words[-1] in HONOURS:
            name = mention.text[:mention.text.rstrip().rfind(" ")].rstrip(" ,")
            end = mention.end
        else:
            after = _HONOUR_AFTER.match(text, mention.end)
            name, end = mention.text, after.end() if after and after.group(1) in HONOURS else -1
        joined = _AND_BEFORE.search(text, max(0, mention.start - 5), mention.start) or _AND_AFTER.match(text, end)
        if end >= 0 and _honoured(name) and not _DETERMINER_BEFORE.search(text, max(0, mention.start - 6),
                                                                          mention.start) \
                and not _NAME_AFTER.match(text, end) and (mention.type == "PER" or not joined):
            mention = Mention(mention.start, end, name, "PER")
        kept.append(mention)
    return kept


def beside_role(text: str, mention: Mention) -> Mention:
    """'Jim Orr, vice president and chief operating officer of Harwick's US arm, said' or
    'The woman's lawyer, Ana M Vell, said', tagged an organisation: a person, by the role
    set beside the name (after it, one only a person holds, then 'of', 'at' or 'for' a
    body; before it, a noun news writes before people's names, set off by commas on both
    sides).  Not a firm ('Harwick Holdings, owner of …') nor one word alone."""
    if mention.type == "PER" or len(mention.text.split()) < 2:
        return mention
    beside = _ROLE_BESIDE.match(text, mention.end)
    before = _ROLE_SET_OFF.search(text, max(0, mention.start - 40), mention.start)
    if (beside is None or beside.group("role") not in _BESIDE_ROLES) and not (
            before and before.group("role") in person_nouns() and text[mention.end:mention.end + 1] == ",") \
            and not _after_person_noun(text, mention):
        return mention
    return Mention(mention.start, mention.end, mention.text, "PER") if may_be_titled(mention.text) else mention


def _after_person_noun(text: str, mention: Mention) -> bool:
    """'US rapper Ivo Brask said': a name of two words right after a noun news writes before
    people's names, opened by a determiner, a possessive, a preposition or a capitalised
    word; not a name that qualifies a noun for a person after it ('the chief Harwick
    House correspondent'), one owned ('composer Vell's Thais'), nor one that opens with a
    town's name (a team: 'Celtic host Harwick United')."""
    noun = _NOUN_BEFORE.search(text, max(0, mention.start - 60), mention.start)
    words = mention.text.split()
    if noun is None or noun.group("role") not in person_nouns() or _VERB_FORM.search(noun.group("role")) or len(words) != 2 \
            or "'" in mention.text or "’" in mention.text or in_gazetteer(fold(words[0])):
        return False  # ("Celtic host Harwick United": a town's team)
    after = _NOUN_AFTER.match(text, mention.end)
    return after is None or not any(word in person_nouns() or role_word(word) for word in after.group("words").split())
