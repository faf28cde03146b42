"""Agency wire copy rebuilt from the tokens of CoNLL-2003 (Reuters RCV1, 1996), for the
quotation bench: the one kind of news in the shared corpora that is written as an agency
writes it ("…," said Ann Lee, an analyst at …; a headline in capitals; a dateline).

Each document becomes one article: its first line the headline, each sentence a
paragraph (Reuters paragraphs are mostly one sentence), and sentences joined where a
quotation runs on from one to the next, or the next opens in lower case ('"…?"' /
'asked Ann Lee'); a sentence that opens with a quotation mark while one is open starts
a paragraph of a speech set over several, as news sets them. Tokens are put back
together by the usual rules of English type ("do n't" -> "don't", no space before a
comma or after an opening quotation mark). Nothing is stored: the text is rebuilt from
the file in place.
"""

from __future__ import annotations

from pathlib import Path

from search.article import RawArticle, Source
from search.entities.conll import documents, read_conll

__all__ = ["wire_articles"]

_CLINGS_LEFT = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "n't", "N'T", "'re", "'ve", "'ll", "'d",
                "'m", "'"}
_CLINGS_RIGHT = {"(", "[", "{", "$"}


def _sentence(words: list[str], quoted: bool) -> tuple[str, bool]:
    """The words as typeset text, and whether a quotation is still open at its end."""
    out = ""
    glue = True  # no space before the next word
    for word in words:
        if word == '"':
            if quoted:
                out += '"'
                glue = False
            else:
                out += ("" if glue else " ") + '"'
                glue = True
            quoted = not quoted
            continue
        if word in _CLINGS_LEFT or glue:
            out += word
        else:
            out += " " + word
        glue = word in _CLINGS_RIGHT
    return out, quoted


def _marks_moved(sentences: list[list[str]]) -> list[list[str]]:
    """CoNLL's sentence splitter sometimes leaves the mark that opens the next sentence's
    quotation at the end of the one before ('said Henke . "' / 'Jasper blew …'): it goes
    back to the sentence it opens."""
    moved = [list(words) for words in sentences]
    quoted = False
    for number, words in enumerate(moved):
        if quoted and words[:1] == ['"']:
            quoted = False  # a paragraph of the same speech opens its mark again (see wire_articles)
        marks = [i for i, word in enumerate(words) if word == '"']
        opens_at_end = bool(marks) and marks[-1] == len(words) - 1 and (quoted + len(marks)) % 2 == 1
        if opens_at_end and number + 1 < len(moved) and len(words) > 1:
            moved[number + 1].insert(0, words.pop())
            marks.pop()
        quoted = (quoted + len(marks)) % 2 == 1
    return moved


def wire_articles(path: Path) -> list[RawArticle]:
    """One article per document of a CoNLL-2003 file, numbered from 1 in file order."""
    articles = []
    for number, document in enumerate(documents(read_conll(path)), start=1):
        lines: list[str] = []
        quoted = False
        sentences = _marks_moved([s.words for s in document])
        for words in sentences:
            if quoted and words[:1] == ['"']:
                # a paragraph that opens its mark again: the speech went on from the one before,
                # whose mark was left open, as news sets a speech over several paragraphs
                text, quoted = _sentence(words, False)
                lines.append(text)
                continue
            text, still = _sentence(words, quoted)
            if (quoted or text[:1].islower()) and lines:  # '… places?"' / 'asked Mustafa …': one sentence
                lines[-1] += " " + text  # the quotation runs on: one paragraph
            else:
                lines.append(text)
            quoted = still
        title, body = lines[0], "\n\n".join(lines[1:])
        source = Source(str(path), str(path.parent), record=str(number))
        articles.append(RawArticle(f"{path.name}#{number}", source, body, title=title))
    return articles
