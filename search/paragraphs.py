"""The paragraphs of a text, whatever shape it comes in, before any line is judged.

Real text arrives as blank-line paragraphs, one paragraph per line, paragraphs
hard-wrapped at a fixed width with or without blank lines between them (newswire,
e-mail, `lynx -dump`), paragraph starts marked by indentation, CRLF line ends and
trailing spaces, and tables.  A block of lines is read as wrapped when most of its
lines run to nearly the same width; then a line continues the one before it unless
the line before ended early (the first word of this line would have fitted on it),
this line is indented further than the text around it, or either is a table row or
a line in capitals (a headline).  Other blocks keep one paragraph per line.

Table rows are kept as lines of their own and marked, so that no rule takes them
for a heading.  Nothing here drops a word.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .text import normalise_space

__all__ = ["Paragraph", "paragraphs", "capitals", "title_case", "ABBREVIATION", "SHORT_TITLES"]

# A full stop that ends an abbreviation ("U.S.", "Corp.", "J.", "Lt."), not a sentence.
# Titles and ranks shortened with a full stop: "Mr.", "Sen.", "Const.".
SHORT_TITLES = "Mr|Mrs|Ms|Dr|Prof|Rev|Fr|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Capt|Cmdr|Adm|Maj|Cpl|Pvt|Const|Det|Insp|Supt|St|Mt|Ft|Jr|Sr"
ABBREVIATION = (rf"\b(?:[A-Za-z]\.){{2,}}|\b[A-Z]\.|\b(?:{SHORT_TITLES}|Inc|Corp|Co|Ltd|No|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|"
                r"vs)\.")

MIN_WRAP_WIDTH = 30  # narrower "wrapping" is a list of short lines (menus, tags)
TWO_LINE_WRAP = 60  # a first line this long, open at its end, over a shorter one: wrapped once
MAX_WRAP_WIDTH = 160  # text "wrapped" wider than this is one paragraph per line
_COLUMN_GAP = re.compile(r"(?<=\S)(?: {2,}| \| )(?=\S)")
_NUMBER = re.compile(r"\d")
_SENTENCE_CLOSE = re.compile(r"[.!?][\"”’')]?$")
_DASHED = re.compile(r"[-–—]\s")  # "- they fear …,": an item of a list, each ending in a comma
_COMMA_END = re.compile(r",[\"”’']?$")  # no paragraph ends in a comma, even inside a quotation's mark
_SENTENCE_INSIDE = re.compile(r"[a-z][.!?][\"”’')]?\s+[A-Z]")
_CODE_LINE = re.compile(r"\{[^{}\n]*:[^{}\n]*\}|[{};]\s*[\w-]+\s*:\s*[^;{}\n]{1,200};")
# A list entry.  A dash is not among them: wrapping puts a dash at the start of a line too.
_BULLET = re.compile(r"\s*(?:[*•·]|\d{1,2}[.)])\s+\S")
_LETTERS = re.compile(r"[^\W\d_]")
_WORDS = re.compile(r"\w+")
_HYPHEN_END = re.compile(r"[^\W_]-$")  # "… Jean-" at a line's end (not " -" or "--")
_WORD_START = re.compile(r"[^\W_]")
_SUSPENDED = re.compile(r"(?i:and|or|nor|to)\b")
# A line ending in an article, "of", a conjunction or a possessive goes on: no sentence,
# headline or label ends so ("… as the Russian invasion of" over "Ukraine enters …").
# Not "her", which ends many a headline as an object ("… who needed fees to marry her").
_OPEN_END = re.compile(r"(?<![\w'’-])(?i:the|an?|of|and|or|nor|his|their|its|our|your|my)$")


@dataclass(frozen=True)
class Paragraph:
    text: str
    table: bool = False  # a table row (or rows): kept as it is, never a heading


def paragraphs(text: str, title: str | None = None) -> list[Paragraph]:
    """The text's paragraphs, in order, with white space inside each folded.

    `title` is the headline a record gives (a feed's title): then a first line stands
    above the text as a headline only when it is that headline, and a feed item's
    description wrapped at a width keeps its first sentence whole."""
    found: list[Paragraph] = []
    blocks = []
    for chunk in re.split(r"\n[ \t\u00a0\r]*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [line.expandtabs(4).rstrip() for line in chunk.split("\n")]
        blocks.append([line for line in lines if line.strip()])
    width = _text_margin([line for lines in blocks if len(lines) > 1 for line in lines])
    for lines in blocks:
        if lines:
            found.extend(_read_block(lines, first=not found, width=width, title=title))
    return found


def _text_margin(lines: list[str]) -> int | None:
    """The width the whole text was wrapped at, when its blocks of more than one line show
    one (at least four prose lines reach near it); None for text not wrapped."""
    prose = _prose(lines, [_is_table_row(line) for line in lines])
    if len(prose) < 4:
        return None
    margin = _margin(prose)
    return margin if MIN_WRAP_WIDTH <= margin <= MAX_WRAP_WIDTH and _reaching(prose, margin) >= max(4, 0.5 * len(prose)) \
        else None


def _full(lines: list[str], width: int | None) -> bool:
    """Every line but the last of a short block ran to the text's margin: the next line's
    first word would not have fitted on it ('… agreed with Boris' / 'Nikolayevich …')."""
    return width is not None and len(lines) > 1 and all(
        len(line) >= 0.7 * width and len(line) + 1 + len(after.split()[0]) > width for line, after in zip(lines, lines[1:]))


def _read_block(lines: list[str], first: bool = False, width: int | None = None,
                title: str | None = None) -> list[Paragraph]:
    tables = [_is_table_row(line) for line in lines]
    alone = _is_wrapped(lines, tables)
    if len(lines) == 1 or not (alone or not any(tables) and _full(lines, width)):
        return _unwrapped(lines, tables)
    base = _base_indent(lines)
    margin = _margin(lines) if alone else width or 0
    out: list[Paragraph] = []
    current: list[str] = []
    for i, line in enumerate(lines):
        apart = tables[i] or tables[i - 1] or _code(line) or _code(lines[i - 1])
        # At the top of the text (no sentence has ended yet), headlines and labels stand above it.
        top = first and 1 <= i <= 3 and len(current) == 1 and _indent(lines[i - 1]) <= base and not any(
            _SENTENCE_CLOSE.search(earlier) for earlier in lines[:i])  # a headline is a line of its own
        # A short open line after it is the rest of a wrapped headline, not the text below it.
        # A first line longer than the margin was not wrapped at it: a headline above the text.
        over = first and i == 1 and len(lines[0]) > margin + 5 and " " in lines[0].strip() and _indent(lines[0]) <= base
        # Under a headline already set apart (not a label: "Politics"), a line that ran to the
        # margin (the next word would not have fitted on it) is the text's first, wrapped
        # there ("… said on" over "Friday that …"), not a second headline.
        ran_full = bool(out) and len(out[-1].text.split()) >= 3 and \
            len(lines[i - 1].rstrip()) + 1 + len(line.split()[0]) > margin
        headline = (over or top and not ran_full and _headline_above(lines[i - 1], line) and (
            len(line) >= 0.8 * margin or bool(_SENTENCE_CLOSE.search(line) or _SENTENCE_INSIDE.search(line)))) \
            and (title is None or _opens(title, lines[i - 1]))
        if current and (apart or headline or _starts_paragraph(lines[i - 1], line, base, margin)):
            out.append(Paragraph(normalise_space(_join(current)).strip(), tables[i - 1]))
            current = []
        current.append(line.strip())
    out.append(Paragraph(normalise_space(_join(current)).strip(), tables[-1]))
    return out


def _join(lines: list[str]) -> str:
    """The lines of a paragraph as one: a line broken after a word's hyphen goes on with no
    space ("Jean-" over "Pierre", "1990-" over "91"), but not into a word that ends what the
    hyphen began ("pre-" over "and post-war")."""
    joined = ""
    for line in lines:
        line = line.strip()
        gap = "" if _HYPHEN_END.search(joined) and _WORD_START.match(line) and not _SUSPENDED.match(line) else " "
        joined = joined + gap + line if joined else line
    return joined


def _unwrapped(lines: list[str], tables: list[bool]) -> list[Paragraph]:
    """One paragraph per line, but a line that goes on a sentence (it starts in lower case
    or with a figure, under a line without a closing mark) continues the line above it: a
    short paragraph wrapped once shows no margin to judge by."""
    out: list[Paragraph] = []
    for i, (line, table) in enumerate(zip(lines, tables)):
        text = normalise_space(line).strip()
        before = out[-1] if out else None
        goes_on = before is not None and (
            text[:1].islower() or (text[:1].isdigit() and not re.search(r"[.!?:;\"”’')\]]$", before.text))
            or (_COMMA_END.search(before.text) is not None and not _DASHED.match(text)))
        # "    The minister, who took office in" over "May, declined …": an indented start, then the rest.
        goes_on = goes_on or before is not None and bool(_OPEN_END.search(before.text)) and text[:1].isalnum()
        goes_on = goes_on or before is not None and _indent(lines[i - 1]) >= _indent(line) + 2 and \
            len(lines[i - 1].split()) >= 4 and not _SENTENCE_CLOSE.search(lines[i - 1]) and (
                i == 1 or _indent(lines[i - 2]) < _indent(lines[i - 1]))
        if before is not None and goes_on and not table and not before.table and not _BULLET.match(line) \
                and not _code(line) and not _code(before.text):
            out[-1] = Paragraph(_join([before.text, text]))
        else:
            out.append(Paragraph(text, table))
    return out


def _base_indent(lines: list[str]) -> int:
    """The indentation of the text's running lines: the least one that many lines share
    (paragraph starts stand further in; a headline may stand out at the margin)."""
    counts = Counter(_indent(line) for line in lines)
    shared = [indent for indent, n in counts.items() if n >= max(2, 0.2 * len(lines))]
    if shared:
        return min(shared)
    return min(_indent(line) for line in lines[1:]) if len(lines) > 1 else _indent(lines[0])


def _opens(title: str, line: str) -> bool:
    """The line is the known headline, or the first line of it wrapped."""
    words = _WORDS.findall(line.lower())
    return bool(words) and _WORDS.findall(title.lower())[:len(words)] == words


def _headline_above(top: str, line: str) -> bool:
    """The text's first line, unpunctuated, over a line that opens a sentence: a headline
    set directly above wrapped text (a line that goes on a sentence mostly starts lower case)."""
    words = top.split()
    if len(words) < 3 or re.search(r"[.,;:!?\"”’'…)-]$", top) or _OPEN_END.search(top) or not line.lstrip(" \"“‘'(").isupper() and \
            not line.lstrip(" \"“‘'(")[:1].isupper():
        return False
    return title_case(top) or not words[-1][:1].isupper()  # not "… said President" over "Biden on Monday …"


def _margin(lines: list[str]) -> int:
    """The right margin the text was wrapped at: full lines reach it.  The first line may be
    a headline set above the text, and a word too long to wrap may run past the margin,
    so neither the first nor the longest line decides it."""
    body = lines[1:] if len(lines) > 2 and _indent(lines[0]) <= _base_indent(lines) else lines
    lengths = sorted(len(line) for line in body)
    return lengths[-2] if len(lengths) >= 5 else lengths[-1]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _is_wrapped(lines: list[str], tables: list[bool]) -> bool:
    """Most lines (the last of each paragraph aside) end near one right margin."""
    if len(lines) == 2 and not any(tables) and len(lines[0].strip()) >= TWO_LINE_WRAP \
            and len(lines[1]) <= len(lines[0]) and (not re.search(r"[.!?:;\"”’')\]]$", lines[0])
                                                    or _COMMA_END.search(lines[0])):
        return True  # a heading or short paragraph wrapped once: a long open first line, a shorter one
    prose = _prose(lines, tables)
    if len(prose) < 2:
        return False
    margin = _margin(prose)
    if not MIN_WRAP_WIDTH <= margin <= MAX_WRAP_WIDTH:
        return False  # narrower: a list of short lines; wider: one paragraph per line
    return _reaching(prose[:-1], margin) >= max(1, 0.5 * (len(prose) - 1))


def _prose(lines: list[str], tables: list[bool]) -> list[str]:
    """The lines that show a wrapping: list entries and short labels say nothing of it."""
    return [line for line, table in zip(lines, tables) if not table and not _BULLET.match(line) and len(line.split()) > 5]


def _reaching(lines: list[str], margin: int) -> int:
    """How many of the lines end near the margin."""
    return sum(len(line) >= margin - max(10, 0.2 * margin) for line in lines)


def _starts_paragraph(before: str, line: str, base: int, margin: int) -> bool:
    if _indent(line) > base:
        return True  # an indented paragraph start
    if _indent(line) < base:
        return True  # back out to the margin: a heading or a new part
    if _BULLET.match(line):
        return True  # a list item
    if line.lstrip()[:1].islower() or _COMMA_END.search(before):
        return False  # a sentence goes on: "… up," / "she said.", '"…," / Vell said.'
    first_word = line.split()[0]
    if len(before) + 1 + len(first_word) <= margin:
        return True  # the line before ended early: it ended a paragraph (or is a heading)
    return capitals(before) != capitals(line)


def capitals(line: str) -> bool:
    """A headline in capitals ("GRAIN BOARD BUYS BARLEY"); one word in capitals is a name."""
    letters = _LETTERS.findall(line)
    return len(line.split()) >= 3 and len(letters) >= 8 and all(ch.isupper() for ch in letters)


def title_case(line: str, least: int = 3, share: float = 0.8) -> bool:
    """"Trump Needs White Suburban Women. His Indictment Splits Them.": most longer words
    capitalised (`share` of them, `least` of them or more)."""
    longer = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) >= 4]
    return len(longer) >= least and sum(w[0].isupper() for w in longer) >= share * len(longer)


def _code(line: str) -> bool:
    """A line of style rules or script: it stands apart from the text around it."""
    return bool(_CODE_LINE.search(line))


def _is_table_row(line: str) -> bool:
    """Cells apart by runs of spaces, tabs or bars, with figures among them."""
    stripped = line.strip()
    if stripped.startswith("|") and stripped.count("|") >= 2:
        return True
    return len(_COLUMN_GAP.findall(stripped)) >= 2 and bool(_NUMBER.search(stripped))
