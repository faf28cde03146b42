"""Separating an article from the site furniture a scraper left around it.

The rules are about the shape of lines, not about any one site: navigation words
and bylines are short lines without sentence punctuation before the first
paragraph; captions carry a photo credit (a trailing agency name, "(AP Photo/…)",
"Name / AGENCY"); prompts address the reader ("Subscribe…", "Follow … on X",
"You may also like"); style sheets look like code; repeated paragraphs and the
headline repeated at the end are dropped.  Sentences of the article are kept.

Only what a rule is sure of goes, and each removed piece is kept with the rule that
removed it (`Cleaned.removed`).  The text is first read into paragraphs whatever its
shape (paragraphs.py).  A long block is never furniture, whatever it ends with, and
an article is never emptied: when nothing would be left, the text stays as it is and
`Cleaned.whole` says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .article import Removed
from .outlets import agency_signoff
from .paragraphs import ABBREVIATION, Paragraph, capitals, paragraphs, title_case

__all__ = ["Cleaned", "Removed", "clean", "derive_title", "CLEANING_VERSION", "RULES"]

CLEANING_VERSION = 14  # a change of the rules re-indexes every corpus
MOST_FURNITURE_WORDS = 60  # a longer block is article text, whatever it looks like
MOST_LABEL_WORDS = 8  # a line above the article this long is a standfirst or text, not a label or menu
MOST_HEAD_WORDS = 30  # words of labels and menus above an article; more is text
LEAD_WORDS = 20  # a block this long is the story's first paragraph: a dateline stands above it
MOST_TAIL_WORDS = 6  # "Related topics", "More on this story": a longer line after the last paragraph is text
# Why a piece was removed, in the reader's words (kind -> rule).
RULES = {
    "code": "style sheet or code", "prompt": "prompt to the reader", "credit": "photo credit",
    "caption": "photo caption", "dateline": "dateline", "byline": "byline", "noise": "no words",
    "repeat": "repeated paragraph", "head": "navigation or label above the article",
    "tail": "heading after the last paragraph", "title": "the headline again", "signoff": "agency sign-off",
    "link": "link to the full text",
}
_END_PUNCT = ".!?\"”’'…)]:;"
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\)?$")
_RUN = re.compile(r"\S{1000}")  # junk, not a word; left whole it makes some rules quadratic
_WORD = re.compile(r"[^\W_][\w'’.-]*")

# Possessive and anchored at word starts: linear on any input (a plain form was quadratic on long words).
_CODE = re.compile(r"(?<![\w#.-])[#.]?[\w-]++(?:\s*+[>+~,]\s*+[#.]?[\w:-]++)*+\s*+\{[^{}:]*+:[^{}]*+\}"
                   r"|[{};]\s*+[\w-]++\s*+:\s*+[^;{}\n]{1,300};")
# Phrases that only ever appear as page furniture when they open a line.
_UI_PHRASE = re.compile(
    r"^(?:subscribe|sign up|sign in|log in|leave a (?:reply|comment)|read (?:next|more|also)|"
    r"you (?:may|might) (?:also )?like|related(?: (?:stories|articles|coverage|content|topics))?|"
    r"recommended(?: for you)?|most (?:read|popular|viewed)|more (?:from|on|stories)|advertisement|"
    r"sponsored(?: content)?|all rights reserved|skip to (?:content|main)|share (?:this|on|via))\b",
    re.IGNORECASE,
)
# Verbs that open a call to action; furniture only when the line addresses the reader.
_CTA_VERB = re.compile(r"^(?:follow|check out|download|join|share|watch|listen|click|tap|register)\b",
                       re.IGNORECASE)
_SOCIAL = re.compile(r"https?://|www\.|@\w|\b(?:X/Twitter|Twitter|Facebook|Instagram|TikTok|YouTube|Telegram)\b|\|",
                     re.IGNORECASE)
_READER = re.compile(r"\b(?:you|your|our|us)\b", re.IGNORECASE)
_CREDIT_START = re.compile(r"^(?:photo(?:graph)?s?|image|picture|credit|caption|illustration|video)\b\s*(?::|by\b)",
                           re.IGNORECASE)
_SLASH_CREDIT = re.compile(r"^(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*\s+/\s+[A-Z][\w.&'’ -]{0,30}(?:/|$|\s[A-Z])")
_PAREN_CREDIT = re.compile(
    r"\((?:[^()]*\b(?:photo|photograph|image|file|pool|getty|handout|credit|courtesy)\b[^()]*)\)\s*$",
    re.IGNORECASE)
# Month and weekday names by their first letters ("Sept.", "Thurs", "June"), and a year.
_MONTHS = r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_WEEKDAYS = r"mon|tue|wed|thu|fri|sat|sun"
_YEAR_DIGITS = r"(?:19|20)\d\d"
_MONTH_WORD = rf"(?:{_MONTHS})[a-z]*\.?"
_DATELINE_NOISE = re.compile(
    rf"\b(?:updated|published|posted|last|modified|at|on|am|pm|a\.m\.|p\.m\.|[ecmp][sd]?t|gmt|utc|bst|cet|"
    rf"{_MONTHS}|{_WEEKDAYS})\w*\.?|\d+(?::\d+)*(?:st|nd|rd|th)?",
    re.IGNORECASE,
)
_YEAR = re.compile(rf"\b{_YEAR_DIGITS}\b")
_DATE_SHAPE = re.compile(rf"\b{_YEAR_DIGITS}\b|\b\d{{1,2}}:\d\d\b|\b\d{{1,2}}\.\d\d\s*[ap]\.?m\b|"  # a year, a time
                         rf"\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b|\b{_MONTH_WORD}|\b(?:{_WEEKDAYS})[a-z]*\b", re.IGNORECASE)
_FULL_DATE = re.compile(rf"\b{_YEAR_DIGITS}-[01]\d-[0-3]\d\b|\b{_MONTH_WORD}\s+[0-3]?\d,?\s*{_YEAR_DIGITS}\b|"
                        rf"\b[0-3]?\d\s+{_MONTH_WORD}\s+{_YEAR_DIGITS}\b", re.IGNORECASE)
_PLACE_OPENING = re.compile(r"^[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,3}"  # "BEIJING", "AL-RAM, West Bank"
                            r"(?:,[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})?[ \t]+")
_BYLINE = re.compile(r"^by\s+\S", re.IGNORECASE)
_BARE_NAME = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3}")  # two to four capitalised words
_LIST_ITEM = re.compile(r"^(?:[-*•·–]|\d{1,2}[.)])\s+\S")  # a menu or list entry is never the headline
_SENTENCE_GAP = re.compile(r"[.!?][\"”’']?\s+")
_SENTENCE_OPENERS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ\"“‘'")
# A full stop that ends an abbreviation ("U.S.", "Corp.", "J."), not a sentence.
_ABBREVIATION = re.compile(rf"(?:{ABBREVIATION})$")
# A feed's link to the full text, run on at the end of a paragraph: "... has said Read Full
# Article at RT.com", "Continue reading →", "The post <headline> appeared first on <site>."
_LINK_LABEL = re.compile(
    r"(?:(?<=\S)\s+|^)(?:Read (?i:(?:the )?(?:full|more|whole|entire)(?: (?:article|story|report|text|post))?"
    r"(?: (?:at|on) [\w.-]+)?)|Continue reading\b[^.!?\n]{0,80}?|The post \S.{0,200}? appeared first on [^\n]{1,80}?)"
    r"[\s.…→»>]*$")
_TAIL_TOKEN = re.compile(r"^(?:[A-Z][\w.&'’-]*|via|and|of|the|/|&|[\w-]+\.(?:com|net|org|co\.uk))$")


@dataclass(frozen=True)
class Cleaned:
    title: str
    title_derived: bool
    body: str
    removed: tuple[Removed, ...] = ()  # what was removed: datelines, bylines, captions, prompts…
    whole: bool = False  # nothing looked like the article's paragraphs: the text is kept as it is

    @property
    def furniture(self) -> tuple[str, ...]:
        return tuple(piece.text for piece in self.removed)


def clean(text: str, title: str | None = None) -> Cleaned:
    """Split raw article text into headline and cleaned body.

    `title` is a headline known from a record field; then the text is not
    searched for one.
    """
    found = paragraphs(_RUN.sub(r"\g<0> ", text), title)  # no rule ever sees a "word" of 1,000 characters or more
    blocks = [p.text for p in found]
    kinds = ["table" if p.table else _kind(p.text) for p in found]
    _mark_repeats(blocks, kinds)
    _mark_captions_before_credits(kinds)
    _mark_agency_datelines(blocks, kinds)
    _mark_bylines_before_datelines(blocks, kinds)

    head_end = next((i for i, kind in enumerate(kinds) if kind in ("prose", "table")), len(blocks))
    for i in range(head_end, len(blocks)):
        # In the body, an unpunctuated line opening with an imperative is a call to action.
        if kinds[i] == "subhead" and _CTA_VERB.match(blocks[i]) and not _SENTENCE_END.search(blocks[i]):
            kinds[i] = "prompt"
    headline_at = None if title else _headline(blocks[:head_end], kinds[:head_end])
    if not title and headline_at is None and _first_line_headline(found, kinds):
        headline_at, head_end = 0, max(head_end, 1)  # the first line is the headline, though it reads as a sentence
    if headline_at is not None:
        title = blocks[headline_at]
    if sum(_words(blocks[i]) for i in range(head_end) if kinds[i] == "subhead" and i != headline_at) \
            > MOST_HEAD_WORDS:
        # Labels and menus above an article are a few words; this much is text (a lead read line by line).
        kinds[:head_end] = ["prose" if kind == "subhead" and i != headline_at else kind
                            for i, kind in enumerate(kinds[:head_end])]
        head_end = next((i for i, kind in enumerate(kinds) if kind in ("prose", "table") and i != headline_at),
                        len(blocks))
    keep, why = _sort_out(blocks, kinds, head_end, headline_at)
    # The tail: headings and prompts after the last paragraph are page furniture.
    while keep and kinds[keep[-1]] not in ("prose", "table") and not _SENTENCE_END.search(blocks[keep[-1]]) \
            and _words(blocks[keep[-1]]) <= MOST_TAIL_WORDS:
        why[keep.pop()] = "tail"
    if title:
        folded_title = _fold(title)
        for i in [i for i in keep if _fold(blocks[i]) == folded_title]:
            keep.remove(i)
            why[i] = "title"
    if not keep and any(i != headline_at for i in range(len(blocks))):
        # Everything would go: then nothing is sure to be furniture.  Keep it as it is.
        body = "\n\n".join(b for i, b in enumerate(blocks) if i != headline_at)
        return Cleaned(title=(title or derive_title(body)).strip(), title_derived=not title, body=body, whole=True)
    links = []
    for i in list(keep):
        label = _LINK_LABEL.search(blocks[i])
        if not label or kinds[i] == "table":
            continue
        if label.start() == 0 and len(keep) > 1:  # the label on a line of its own
            keep.remove(i)
            why[i] = "link"
        elif _words(blocks[i][:label.start()]) >= 4:
            links.append(Removed(blocks[i][label.start():].strip(), RULES["link"]))
            blocks[i] = blocks[i][:label.start()]
    body = "\n\n".join(blocks[i] for i in sorted(keep))
    removed = tuple(Removed(blocks[i], RULES[why[i]]) for i in sorted(why)) + tuple(links)
    if title:
        return Cleaned(title=title.strip(), title_derived=False, body=body, removed=removed)
    return Cleaned(title=derive_title(body), title_derived=True, body=body, removed=removed)


def _sort_out(blocks: list[str], kinds: list[str], head_end: int, headline_at: int | None
              ) -> tuple[list[int], dict[int, str]]:
    """Which blocks stay, and why each of the others goes (the headline is neither)."""
    keep: list[int] = []
    why: dict[int, str] = {}
    for i, (block, kind) in enumerate(zip(blocks, kinds)):
        if i == headline_at:
            continue
        if i < head_end:  # above the article: navigation, bylines, datelines, captions …
            standfirst = headline_at is not None and i > headline_at and _short_sentence(block, kind)
            text = kind == "subhead" and _words(block) >= MOST_LABEL_WORDS  # too long for a label
            if standfirst or text:
                keep.append(i)
            else:
                why[i] = kind if kind in RULES else "head"
        elif kind in ("prose", "subhead", "table"):
            keep.append(i)
        else:
            why[i] = kind if kind in RULES else "head"
    return keep, why


def _first_line_headline(found: list[Paragraph], kinds: list[str]) -> bool:
    """A first line that reads as a sentence ("Can X be a history maker or just best of the rest?",
    "The Fed Likes to Tout Its Independence. So Why Are Banks Worried") above the text is its
    headline: one line, no full stop at its end, and text below it."""
    first = found[0].text if found else ""
    if len(found) < 2 or found[0].table or kinds[0] not in ("prose", "subhead", "caption") or (
            kinds[0] == "caption" and not title_case(first)):  # "… in 'Chippendales'? Full Schedule"
        return False
    ends_sentence = bool(re.search(r"(?<!\.\.)\.[\"”’']?$", first)) and not _ABBREVIATION.search(first)
    return (not ends_sentence or title_case(first)) and _words(first) >= 3 and len(first) <= 250


def _short_sentence(block: str, kind: str) -> bool:
    """'So what is the gap between Labour and the Tories?' — a sentence, though short."""
    return kind == "subhead" and _words(block) >= 4 and bool(_SENTENCE_END.search(block))


def _words(block: str) -> int:
    return len(_WORD.findall(block))


def _cased(block: str) -> str:
    """A block as the rules that read capitals need it: text in lower case, where a
    capital says nothing, is read with its words capitalised ("jane doe / afp")."""
    return block.title() if block.islower() else block


def _kind(block: str) -> str:
    words = _words(block)
    if _CODE.search(block) and (_letters_ratio(block) < 0.8 or min(block.count("{"), block.count("}")) >= 2):
        return "code"  # style rules: "ul>li{padding-left:unset}.x .y li:before{content:none}"
    if words <= 3 and agency_signoff(block):
        return "signoff"  # "Reuter" under a wire story: who sent it (the outlet), not its text
    if words > MOST_FURNITURE_WORDS:
        return "prose"  # furniture is short: a long block holds article text, whatever it ends with
    if _UI_PHRASE.match(block) and (words <= 20 or not block.endswith(".")):
        return "prompt"
    if _CTA_VERB.match(block) and (_SOCIAL.search(block) or _READER.search(block) or (":" in block[:20] and words <= 5)):
        return "prompt"  # "Watch: the full interview"; "WATCH: Senator admits …" is a headline
    if (_CREDIT_START.match(block) and words <= 7) or (words <= 8 and _SLASH_CREDIT.match(_cased(block))):
        return "credit"  # "Photo: Jane Doe/Agency"; "Photos: Crowds line the streets …" is a headline
    if block.startswith("(") and block.endswith(")") and words <= 8 and _PAREN_CREDIT.search(block):
        return "credit"
    if not capitals(block) and (_SLASH_CREDIT.match(block) or _PAREN_CREDIT.search(block) or _credit_tail(block)):
        return "caption"  # a line in capitals is a headline: "… TONNES OF U.S. MAIZE" names no photographer
    if block.endswith(("...", "…")) and words > 3:
        return "truncated"
    if words <= 12 and _is_dateline(block):
        return "dateline"
    if _BYLINE.match(block) and words <= 10 and not _SENTENCE_END.search(block):
        return "byline"
    if words == 0:
        return "noise"
    if words < 12 and block.endswith(("?", "!")):
        return "subhead"  # "What now for British tennis?" is a headline, not a paragraph
    if (words >= 12 and _SENTENCE_END.search(block)) or words >= 25 or (
            _SENTENCE_END.search(block) and words >= 4 and block[0].isupper() and "." in block[:-1] + "."):
        return "prose" if words >= 4 else "subhead"
    return "subhead"


def _letters_ratio(block: str) -> float:
    letters = sum(ch.isalpha() or ch.isspace() for ch in block)
    return letters / max(1, len(block))


def _is_dateline(block: str) -> bool:
    """A date alone: "Updated 3 March 2021, 10:02 GMT"."""
    if not re.search(r"\d", block) or not _DATE_SHAPE.search(block) or len(_YEAR.findall(block)) > 1 \
            or re.search(r"\d,\d{3}(?!\d)", block) or block.endswith("."):
        return False  # "6-4 6-2", "(1-0)", "1996 1995", "1996 45,000": a score or a table's row, no date;
        # "… UNTIL JUNE 30, 1997.": a sentence's end, cut off where text in capitals hid its paragraph
    return _words(_DATELINE_NOISE.sub(" ", block)) == 0


def _mark_agency_datelines(blocks: list[str], kinds: list[str]) -> None:
    """A place in capitals and a full date alone above the story's first paragraph is the
    agency's dateline ("BEIJING 1996-08-22", "AL-RAM, West Bank 1996-08-30").  Not further
    down, nor a sentence's end: in text set in capitals any words look like a place ("… TO
    DEFER IT UNTIL DECEMBER 31, 2001.", "YEAR TO DECEMBER 31, 1996"): a text all in
    capitals has none."""
    if capitals(" ".join(blocks)):
        return
    lead = next((i for i, block in enumerate(blocks) if kinds[i] == "table" or _words(block) >= LEAD_WORDS),
                len(blocks))
    for i in range(lead):
        block = blocks[i]
        if kinds[i] not in ("dateline", "table") and _words(block) <= 12 and _FULL_DATE.search(block) \
                and not _SENTENCE_END.search(block) and (place := _PLACE_OPENING.match(block)) \
                and _is_dateline(block[place.end():]):
            kinds[i] = "dateline"


def _credit_tail(block: str) -> bool:
    """'… in Washington, 15 October 2025. ZUMAPRESS.com' — a sentence, then a credit."""
    ends = [gap for gap in _SENTENCE_GAP.finditer(block) if not _ABBREVIATION.search(block, 0, gap.start() + 1)]
    if not ends:
        return False
    match = ends[-1]
    tail = block[match.end():].strip()
    tokens = tail.replace("/", " / ").split()
    if not 1 <= len(tokens) <= 5 or _SENTENCE_END.search(tail):
        return False
    if _words(block[: match.start() + 1]) < 6:
        return False
    return all(_TAIL_TOKEN.match(token) for token in tokens) and any(
        token[0].isupper() for token in tokens)


def _fold(block: str) -> str:
    return re.sub(r"\W+", " ", block).strip().casefold()


def _mark_repeats(blocks: list[str], kinds: list[str]) -> None:
    """Later copies of a paragraph, and truncated copies ('… of the W...'), go."""
    seen: set[str] = set()
    folded = [_fold(block) for block in blocks]
    for i, key in enumerate(folded):
        if kinds[i] == "truncated":
            prefix = _fold(blocks[i].rstrip(".… "))
            if any(j != i and folded[j].startswith(prefix) for j in range(len(blocks))):
                kinds[i] = "repeat"
            else:
                kinds[i] = "prose" if _words(blocks[i]) >= 12 else "subhead"
            continue
        if key in seen and kinds[i] in ("prose", "subhead"):
            kinds[i] = "repeat"
        seen.add(key)


def _mark_captions_before_credits(kinds: list[str]) -> None:
    """A paragraph directly above a photo credit line is that photo's caption."""
    for i in range(len(kinds) - 1):
        following = next((k for k in kinds[i + 1:] if k != "repeat"), None)
        if following == "credit" and kinds[i] in ("prose", "subhead"):
            kinds[i] = "caption"


def _mark_bylines_before_datelines(blocks: list[str], kinds: list[str]) -> None:
    """A name alone on its line directly above a dateline is the reporter's byline, as an
    agency sets it ("Deborah Charles" over "RANGOON 1996-08-31"): never an actor."""
    for i in range(len(kinds) - 1):
        if kinds[i + 1] == "dateline" and kinds[i] in ("subhead", "prose") and _BARE_NAME.fullmatch(blocks[i]) \
                and not blocks[i].isupper() and _FULL_DATE.search(blocks[i + 1]):  # not a table's label in capitals
            kinds[i] = "byline"


def _headline(blocks: list[str], kinds: list[str]) -> int | None:
    candidates = [i for i, kind in enumerate(kinds) if kind in ("subhead", "truncated")
                  and not _BYLINE.match(blocks[i]) and not _LIST_ITEM.match(blocks[i]) and len(blocks[i]) <= 250
                  and (not blocks[i].endswith(".") or blocks[i].endswith("...") or _ABBREVIATION.search(blocks[i]))]
    if not candidates:
        return None
    # Section labels and navigation ("Close", "NATIONAL NEWS", "Politics") come first.
    titles = [i for i in candidates if _words(blocks[i]) >= 3]
    return titles[0] if titles else candidates[-1]


_LEAD_DATELINE = re.compile(r"^[A-Z][A-Z .,'’-]{2,40}(?:\([^)]{1,20}\))?\s*[—–-]+\s*")


def derive_title(body: str, max_words: int = 12) -> str:
    """A short title from the lead: its first sentence, cut at a word boundary."""
    lead = body.strip().split("\n", 1)[0] if body.strip() else ""
    lead = _LEAD_DATELINE.sub("", lead)
    sentence = next((lead[:gap.end()] for gap in _SENTENCE_GAP.finditer(lead)
                     if lead[gap.end():gap.end() + 1] in _SENTENCE_OPENERS
                     and not _ABBREVIATION.search(lead, 0, gap.start() + 1)), lead).strip()
    words = sentence.split()
    if len(words) > max_words:
        return " ".join(words[:max_words]).rstrip(",;:—–-") + "…"
    if sentence.endswith(".") and not _ABBREVIATION.search(sentence):
        sentence = sentence.rstrip(".")
    return sentence or "(untitled)"
