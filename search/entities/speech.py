"""How news reports speech: its verbs of saying, and where its sentences and clauses start.

The quotation rules (`quotes`) and the rules that find who a phrase names (`speakers`)
share these.  A full stop that ends an abbreviation ("U.S.", "Mr.", "A. J.") ends no
sentence, and a quotation's own closing mark before a lower-case word ('"…?" said Vell')
ends none either.
"""

from __future__ import annotations

import re

from ..paragraphs import ABBREVIATION

__all__ = ["SPEECH", "VERB", "THINKING", "SPEECH_VERB", "REPORTING", "REPORTING_VERBS", "PRONOUN_REPORTS", "SPOKE",
           "PASSIVE", "BRIDGE", "BRIDGE_WORDS", "ABBREVIATED", "SENTENCE_END", "CLAUSE_OF_ITS_OWN", "CONTRASTING",
           "sentence_start", "clause_start", "main_clause", "as_noun"]

SPEECH = (r"said|says|say|told|tells|tell|added|adds|add|asked|asks|ask|replied|replies|recalled|recalls|noted|notes|wrote|"
          r"writes|tweeted|tweeting|posted|declared|stated|insisted|insists|warned|warns|argued|argues|explained|"
          r"continued|suggested|acknowledged|announced|responded|remarked|remarks|claimed|claims|conceded|stressed|"
          r"urged|urging|predicted|admitted|joked|quipped|vowed|shared|revealed|confirmed|commented|concluded|"
          r"answered|went on|shouted|yelled|screamed|chanted|whispered|muttered|"
          # the present of the same verbs, as features and profiles write them ('"…," Lind quips'), but
          # for those that are also nouns ('Her comments did not impress', 'and vows to "sort out"')
          r"explains|continues|suggests|acknowledges|announces|responds|concedes|predicts|admits|reveals|confirms|"
          r"concludes|quips|mused|muses|observed|observes|cautioned|complained|complains|boasted|reflected|confided")

# What a profile says someone thinks, before the quote that says it ('Greene believes he lost the race
# in the semi-finals. "In my semi-final, …"'): their subject speaks, but a name must be that subject
# ('he believes' inside what someone told the BBC is no new speaker)
_THINKING = r"believes|thinks|feels"

# Verbs that report words by characterising them: their subject spoke the quoted words
# ('Zelenskiy called the attacks "terror"'), but not in the passive ('was called "…" by').
_CHARACTERISING = (r"called|calls|calling|described|describes|describing|dubbed|branded|labelled|labeled|saying|adding|"
                   r"promised|promises|pledged|pledges|promising|pledging|declaring|insisting|warning|arguing|"
                   r"noting|telling|claiming|stating|explaining|writing|tweeting|asking|vowing|stressing|predicting|"
                   r"admitting|joking|recalling|suggesting|acknowledging|announcing|responding|conceding|urging|"
                   r"praised|praises|accused|accuses|accusing|slammed|slams|blasted|blasts|criticised|criticized|"
                   r"criticises|criticizes|condemned|condemns|welcomed|welcomes|hailed|hails|blamed|blames|"
                   r"encouraged|encourages|thanked|thanks|denied|denies|denying|rejected|rejects|dismissed|dismisses|"
                   r"lamented|laments|mocked|mocks|demanded|demands|defended|defends|apologised|apologized|"
                   r"threatened|threatens|questioned|questions|commended|commends|applauded|applauds|lauded|lauds|"
                   r"congratulated|congratulates|decried|decries|denounced|denounces|derided|derides|reported|reporting|"
                   r"spoke of|speaks of|talked of|talks of|" + _THINKING)

THINKING = re.compile(_THINKING, re.IGNORECASE)

# "was asked", and the same shortened: "when asked", "if pressed"
PASSIVE = re.compile(r"\b(?:was|were|is|are|be|been|being|get|got|when|if|unless|until)\s+$", re.IGNORECASE)

SPOKE = re.compile(r"\b([\w'’-]+)\s+(?:said|says|told|tells|added|adds)\b", re.IGNORECASE)

SENTENCE_END = re.compile(r"[.!?](?=\s|$|[\"“])")



def _alternation(words: list[str]) -> str:
    """The words as one regular expression that shares their prefixes ("sa(?:id|ys|y)"):
    the same whole-word matches as "said|says|say", found in a sixth of the time, since
    the engine no longer tries each of 150 words at every position."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}

    def branch(node: dict[str, dict]) -> str:
        parts = [re.escape(letter) + branch(child) for letter, child in sorted(node.items()) if letter]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 and "" not in node else f"(?:{'|'.join(parts)})"
        return body + "?" if "" in node else body

    return branch(trie)


# Verbs of saying whose plain form is also a noun ("a claim", "the urge"), verbs only after
# "will", "would" or "to": speech trailed before it is given ('Sunak will urge "bold … action"').
_PLAIN_AFTER_MODAL = (r"urge|warn|argue|insist|declare|announce|stress|claim|admit|reveal|promise|pledge|vow|describe|"
                      r"lament|decry|condemn|denounce|criticise|criticize|praise|hail|slam|blast|accuse|deride|mock")
_MODAL = r"(?:(?<=\bwill )|(?<=\bwould )|(?<=\bto ))"

# Every verb that reports words; scanned for in the text before each quote.
# not the end of a compound ("so-called rogue states")
VERB = re.compile(rf"(?<![\w-]){_alternation((SPEECH + '|' + _CHARACTERISING).split('|'))}\b"
                  rf"|{_MODAL}(?:{_PLAIN_AFTER_MODAL})\b", re.IGNORECASE)

PRONOUN_REPORTS = re.compile(rf",\s*(?:he|she)\s+(?:{SPEECH})\b", re.IGNORECASE)  # ", he claimed"

SPEECH_VERB = re.compile(SPEECH, re.IGNORECASE)

# Verbs that report what someone said (and may run on to the words quoted from them).
REPORTING_VERBS = (r"said|says|told|tells|added|adds|asked|asks|insisted|insists|argued|argues|claimed|claims|stressed|"
                   r"acknowledged|warned|warns|suggested|explained|noted|wrote|saying|adding")
REPORTING = re.compile(REPORTING_VERBS, re.IGNORECASE)

# Words between a name and its verb: "Hailey later recalled", "Zeldin is urging", "Smith, 79, said".
BRIDGE_WORDS = (r"(?:was|were)\s+(?:heard|overheard|caught|seen|recorded|filmed)|"  # "Vell was heard calling him \"…\""
                r"also|later|then|once|again|now|still|since|already|meanwhile|however|previously|recently|has|had|have|"
                r"is|was|would|will|"
                r"\w+ly|"  # "Vell … has since added"
                r"(?:expected|set|due|going|poised|about)\s+to|"
                r"(?:alleged|reported|understood|thought|believed|known|claimed|said)\s+to(?:\s+have)?|"  # "is alleged to have said"
                r"on\s+\w+day|yesterday|today|tonight|(?:this|last)\s+(?:week|month|year)")
BRIDGE = re.compile(rf"^(?:,\s*\d{{1,3}},)?(?:\s+(?:{BRIDGE_WORDS}))*\s*$", re.IGNORECASE)

ABBREVIATED = re.compile(ABBREVIATION)  # full stops that end no sentence: "U.S.", "Mr."

_ENDS_ABBREVIATION = re.compile(rf"(?:{ABBREVIATION})$")

# A clause with a subject of its own: in 'Vell was the butt of a gaffe when the host opened the
# envelope and declared "…"' the second verb is the host's, not the sentence subject's.
CLAUSE_OF_ITS_OWN = re.compile(r"\b(?:when|whereas|while|after|before|because|since|until|unless|although|though)"
                               r"\s+(?:the|a|an|his|her|their|its|this|these|those)\s", re.IGNORECASE)
CONTRASTING = "but|while|whereas|although|though"  # words that open a clause with a subject of its own
_CLAUSE_OPENER = re.compile(rf"(?:;|\b(?:{CONTRASTING}))\s+")

# a sentence's end, a line's, or a dateline's: "Vatican City (AP) -- Pope Ivo said"
_STOP = re.compile(r"[.!?][\"”’')]*(?= )|\n|\([A-Z][A-Za-z]{1,9}\)\s*(?:-{1,2}|—|–)(?= )")


def sentence_start(body: str, position: int) -> int:
    """Where the sentence holding `position` starts: after the last full stop, question
    or exclamation mark before it that ends no abbreviation ("A. J. Smith"), or a line."""
    window = max(0, position - 1000)
    cut = window - 1
    for stop in _STOP.finditer(body, window, position):
        if len(stop.group()) > 1 and body[stop.end() + 1:stop.end() + 2].islower():
            continue  # '"… into here?" said Calder': the quote's own mark
        if stop.group()[0] != "." or not _ENDS_ABBREVIATION.search(body, max(0, stop.start() - 12), stop.start() + 1):
            cut = stop.end() - 1
    return cut + 1


def clause_start(body: str, sentence: int, position: int) -> int:
    """Where the last clause before `position` opens: after 'but', 'while', ';' (or the sentence's start)."""
    opener = None
    for opener in _CLAUSE_OPENER.finditer(body, sentence, position):
        pass
    return opener.end() if opener else sentence


# A sentence that opens with a clause of its own: 'When Ana Vell noted …, Ivo Brask shot back'
_SUBORDINATE = re.compile(r"\s*[\"“]?(?:when|after|before|while|as|since|although|though|once|until|if|unless|"
                          r"because|whereas)\s", re.IGNORECASE)
_MAIN_OPENS = re.compile(r",\s+(?=[A-Z])")


def main_clause(body: str, sentence: int, position: int) -> int:
    """Where the main clause before `position` opens, in a sentence that opens with a
    clause of its own ('When Ana Vell, the host, noted …, Ivo Brask shot back, saying'):
    after the last comma before a capitalised word; the sentence's start otherwise."""
    if not _SUBORDINATE.match(body, sentence) or body[sentence:position].isupper():
        return sentence
    opener = None
    for opener in _MAIN_OPENS.finditer(body, sentence, position):
        pass
    return opener.end() if opener else sentence


# Before a word of saying, a determiner or a possessive ("the claims", "Vell's calls", "her
# pledges"), a verb of saying ("rejected claims", "calling claims of …") or, for a form not in
# -ing ("by saying" is a verb's), a preposition ("amid calls", "over claims") makes it a noun.
_DETERMINED = re.compile(r"(?:(?<![\w'’-])(?:the|an?|his|her|their|its|our|your|my|these|those|such|whose|many|"
                         r"several)|\w['’]s)\s+$", re.IGNORECASE)
_AFTER_PREPOSITION = re.compile(r"(?<![\w'’-])(?:of|amid|despite|over|about|against|after|following|with|for|"
                                r"from|on|in)\s+$", re.IGNORECASE)  # not "to": "to say" is a verb's


def as_noun(text: str, at: int, word: str) -> bool:
    """The word of saying at `at` in `text` is a noun there, not a verb."""
    if _DETERMINED.search(text, 0, at):
        return True
    if not word.lower().endswith("ing") and _AFTER_PREPOSITION.search(text, 0, at):
        return True
    # after a verb, only a form that can be a plural noun: "the accused said" is a verb's
    return word.lower().endswith("s") and any(
        not text[verb.end():at].strip() for verb in VERB.finditer(text, max(0, at - 20), at))
