"""Who wrote or reported an article, as its text credits them: a byline paragraph ("By
Jane Doe"), a contributor line ("Reporting by Ana Cruz; editing by Tom Reed", "NPR's
Sam Reed in Lagos contributed to this report").  The people named there are the
article's authors, never actors of the story it tells.  A dateline ("WASHINGTON (AP) —",
"KYIV, Ukraine, March 3 (Reuters) -") says where the story was filed from: the place
and agency it names are not actors of the story either."""

from __future__ import annotations

import re

__all__ = ["credit_spans", "dateline_spans"]

# "... contributed (reporting) (to this report)." closing a paragraph; "Reporting by ...",
# "Editing by ..." opening it, or after a semicolon or bracket ("(Reporting by A; editing by B)").
_CONTRIBUTED = re.compile(r"\bcontribut(?:ed|es)(?: (?:reporting|research|writing))?"
                          r"(?: (?:to|for) (?:this|the) (?:report|story|article))?[.)]*\s*\Z", re.IGNORECASE)
_CREDIT = re.compile(r"(?:\A|[;(]\s*|\band\s+)[(\s]*(?:additional |further )?(?:reporting|writing|written|editing|"
                     r"edited|compiled|reported|produced|research|photographs?|graphics|video) by\b", re.IGNORECASE)
_BYLINE = re.compile(r"\A\s*(?i:by)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}(?:\s*(?:,|(?i:and)|&)\s*[A-Z][^\n]{0,60})?\Z")
# "Ana Cruz reported from Lagos, Tom Reed from Abuja." closing an article.
_REPORTED_FROM = re.compile(r"\A[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}\s+(?i:reported|contributed(?: reporting)?)"
                            r"\s+(?i:from)\b")
# At a line's start: a place in capitals, perhaps a region or a date after a comma, perhaps
# the agency in brackets, then a dash.
_DATELINE = re.compile(r"^[ \t]*[A-Z][A-Z.'’ -]*[A-Z.](?:,[^\n—–()]{1,40})?(?:[ \t]*\([A-Za-z .&-]{2,30}\))?"
                       r"[ \t]*(?:—|–|--?)(?=[ \t])", re.MULTILINE)
# A photo credit at a line's start: "Omar Havana / AP / AP Defense Secretary …", "jane doe / afp"
# (one to four words, a slash, a short agency name, then another slash or the line's end).
_SLASH_CREDIT = re.compile(r"^[ \t]*(?:[^\W\d_][\w'’.-]*[ \t]+){0,3}[^\W\d_][\w'’.-]*[ \t]+/[ \t]+[^\W\d_][\w.&'’-]{0,20}"
                           r"[ \t]*(?=/|$)", re.MULTILINE)
# A photo credit in brackets closing a caption's paragraph: "(Ana Cruz/Harwick Wire via Dorr
# Images)", "(AP Photo/Tom Reed, File)": names and agencies between slashes, one of them of two
# words or more; not "(km/h)" nor a bracket inside a sentence.  Hard-wrapped text may break
# the line inside the brackets, never the paragraph.
_BRACKET_CREDIT = re.compile(r"\(((?:[^()\n]|\n(?![ \t]*\n)){3,160})\)[ \t]*(?=\n|\Z)")
_CREDIT_PIECE = re.compile(r"(?:(?:[A-Z][\w'’.&-]*|via|by|de|da|van|von|del)(?:\s+|(?=,)|\Z))+(?:,\s*(?i:file|pool))?\s*")
LONGEST = 60  # words: a longer paragraph is the story, whatever words it has
CLOSING = 2  # the paragraphs at the end where a "reported from" line is a credit


def credit_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` (headline and body, blank lines between paragraphs) credits its
    authors: (start, end) of each credit paragraph."""
    spans = []
    paragraphs = list(re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text))
    for number, found in enumerate(paragraphs):
        paragraph = found.group(0).strip()
        words = len(paragraph.split())
        if words > LONGEST:
            continue
        closing = number >= len(paragraphs) - CLOSING
        # In one case a capital says nothing: a byline is then one with no sentence's end ("BY THEN, IT WAS OVER.").
        one_case = paragraph.islower() or paragraph.isupper()
        cased = paragraph.title() if one_case else paragraph
        byline = words <= 8 and _BYLINE.match(cased) and not (one_case and paragraph.endswith("."))
        if _CONTRIBUTED.search(paragraph) or _CREDIT.search(paragraph) or byline \
                or (closing and _REPORTED_FROM.match(cased)):
            spans.append((found.start(), found.end()))
    spans += [(found.start(), found.end()) for found in _SLASH_CREDIT.finditer(text)]
    spans += [(found.start(), found.end()) for found in _BRACKET_CREDIT.finditer(text) if _photo_credit(found.group(1))]
    return sorted(spans)


def _photo_credit(inside: str) -> bool:
    """'Ana Cruz/Harwick Wire via Dorr Images': capitalised names between slashes."""
    pieces = [piece.strip() for piece in inside.split("/") if piece.strip()]
    return len(pieces) >= 2 and all(_CREDIT_PIECE.fullmatch(piece) for piece in pieces) \
        and any(len(piece.split()) >= 2 for piece in pieces)


def dateline_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Where `text` has a dateline at the start of a line, from `start` on (after the
    headline, where "U.S. - CHINA TALKS" is no dateline): (start, end) of each.  The
    place is a word of three letters or more ("U.S. -" at a line's start is no place)."""
    return [(found.start(), found.end()) for found in _DATELINE.finditer(text, start)
            if re.match(r"[ \t]*(?:[A-Z.'’ -]*[ '’-])?[A-Z]{3}", found.group(0))]
