"""Separating an article from the site furniture a scraper left around it.

The rules are about the shape of lines, not about any one site: navigation words
and bylines are short lines without sentence punctuation before the first
paragraph; captions carry a photo credit (a trailing agency name, "(AP Photo/…)",
"Name / AGENCY"); prompts address the reader ("Subscribe…", "Follow … on X",
"You may also like"); style sheets look like code; repeated paragraphs and the
headline repeated at the end are dropped.  Sentences of the article are kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import normalise_space

__all__ = ["Cleaned", "clean", "derive_title"]

_END_PUNCT = ".!?\"”’'…)]:;"
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\)?$")
_RUN = re.compile(r"\S{1000}")  # junk, not a word; left whole it makes some rules quadratic
_WORD = re.compile(r"[^\W_][\w'’.-]*")

# Possessive and anchored at word starts: linear on any input (a plain form was quadratic on long words).
_CODE = re.compile(r"(?<![\w#.-])[#.]?[\w-]++(?:\s*+[>+~,]\s*+[#.]?[\w:-]++)*+\s*+\{[^{}]*+:[^{}]*+\}"
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
_DATELINE_NOISE = re.compile(
    r"\b(?:updated|published|posted|last|modified|at|on|am|pm|a\.m\.|p\.m\.|[ecmp][sd]?t|gmt|utc|bst|cet|"
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon|tue|wed|thu|fri|sat|sun)\w*\.?|\d+(?::\d+)*(?:st|nd|rd|th)?",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^by\s+\S", re.IGNORECASE)
_SENTENCE_GAP = re.compile(r"[.!?][\"”’']?\s+")
_TAIL_TOKEN = re.compile(r"^(?:[A-Z][\w.&'’-]*|via|and|of|the|/|&|[\w-]+\.(?:com|net|org|co\.uk))$")


@dataclass(frozen=True)
class Cleaned:
    title: str
    title_derived: bool
    body: str
    furniture: tuple[str, ...] = ()  # what was removed: datelines, bylines, captions, prompts…


def clean(text: str, title: str | None = None) -> Cleaned:
    """Split raw article text into headline and cleaned body.

    `title` is a headline known from a record field; then the text is not
    searched for one.
    """
    blocks = _blocks(_RUN.sub(r"\g<0> ", text))  # no rule ever sees a "word" of 1,000 characters or more
    kinds = [_kind(block) for block in blocks]
    _mark_repeats(blocks, kinds)
    _mark_captions_before_credits(kinds)

    head_end = next((i for i, kind in enumerate(kinds) if kind == "prose"), len(blocks))
    for i in range(head_end, len(blocks)):
        # In the body, an unpunctuated line opening with an imperative is a call to action.
        if kinds[i] == "subhead" and _CTA_VERB.match(blocks[i]) and not _SENTENCE_END.search(blocks[i]):
            kinds[i] = "prompt"
    headline_at = None if title else _headline(blocks[:head_end], kinds[:head_end])
    if headline_at is not None:
        title = blocks[headline_at]
    keep = []
    for i, (block, kind) in enumerate(zip(blocks, kinds)):
        if i < head_end and not (headline_at is not None and i > headline_at and _short_sentence(block, kind)):
            continue  # headline, navigation, bylines, datelines and captions above the article
        if kind in ("prose", "subhead"):
            keep.append(i)
    # The tail: headings and prompts after the last paragraph are page furniture.
    while keep and kinds[keep[-1]] != "prose" and not _SENTENCE_END.search(blocks[keep[-1]]):
        keep.pop()
    if title:
        folded_title = _fold(title)
        keep = [i for i in keep if _fold(blocks[i]) != folded_title]
    body = "\n\n".join(blocks[i] for i in keep)
    kept = set(keep)
    furniture = tuple(block for i, block in enumerate(blocks) if i not in kept and i != headline_at)
    if title:
        return Cleaned(title=title.strip(), title_derived=False, body=body, furniture=furniture)
    return Cleaned(title=derive_title(body), title_derived=True, body=body, furniture=furniture)


def _short_sentence(block: str, kind: str) -> bool:
    """'So what is the gap between Labour and the Tories?' — a sentence, though short."""
    return kind == "subhead" and _words(block) >= 4 and bool(_SENTENCE_END.search(block))


def _blocks(text: str) -> list[str]:
    """Paragraphs: blank-line separated; a block of short lines is split into lines,
    a hard-wrapped paragraph is joined."""
    blocks: list[str] = []
    for chunk in re.split(r"\n[ \t\u00a0]*\n", text):
        lines = [normalise_space(line).strip() for line in chunk.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            continue
        wrapped = len(lines) > 1 and all(len(line) >= 40 for line in lines[:-1]) and not any(
            _SENTENCE_END.search(line) for line in lines[:-1])
        if wrapped:
            blocks.append(" ".join(lines))
        else:
            blocks.extend(lines)
    return blocks


def _words(block: str) -> int:
    return len(_WORD.findall(block))


def _kind(block: str) -> str:
    words = _words(block)
    if _CODE.search(block) and _letters_ratio(block) < 0.8:
        return "code"
    if _UI_PHRASE.match(block) and (words <= 20 or not block.endswith(".")):
        return "prompt"
    if _CTA_VERB.match(block) and (_SOCIAL.search(block) or _READER.search(block) or ":" in block[:20]):
        return "prompt"
    if _CREDIT_START.match(block) or (words <= 8 and _SLASH_CREDIT.match(block)):
        return "credit"
    if block.startswith("(") and block.endswith(")") and words <= 8 and _PAREN_CREDIT.search(block):
        return "credit"
    if _SLASH_CREDIT.match(block) or _PAREN_CREDIT.search(block) or _credit_tail(block):
        return "caption"
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
    if not re.search(r"\d", block):
        return False
    rest = _DATELINE_NOISE.sub(" ", block)
    return _words(rest) == 0


def _credit_tail(block: str) -> bool:
    """'… in Washington, 15 October 2025. ZUMAPRESS.com' — a sentence, then a credit."""
    ends = list(_SENTENCE_GAP.finditer(block))
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


def _headline(blocks: list[str], kinds: list[str]) -> int | None:
    candidates = [i for i, kind in enumerate(kinds) if kind in ("subhead", "truncated")
                  and not _BYLINE.match(blocks[i]) and len(blocks[i]) <= 250
                  and (not blocks[i].endswith(".") or blocks[i].endswith("..."))]
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
    sentence = re.split(r"(?<=[.!?])[\"”’']?\s+(?=[A-Z\"“‘'])", lead, maxsplit=1)[0].strip()
    words = sentence.split()
    if len(words) > max_words:
        return " ".join(words[:max_words]).rstrip(",;:—–-") + "…"
    return sentence.rstrip(".") or "(untitled)"
