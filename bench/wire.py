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


def wire_articles(path: Path) -> list[RawArticle]:
    """One article per document of a CoNLL-2003 file, numbered from 1 in file order."""
    articles = []
    for number, document in enumerate(documents(read_conll(path)), start=1):
        lines: list[str] = []
        quoted = False
        carried: list[str] = []  # the mark that opens this sentence's quotation, left by CoNLL on the one before
        for place, sentence in enumerate(document, start=1):
            words, carried = carried + sentence.words, []
            reopened = quoted and words[:1] == ['"']
            if reopened:
                # a paragraph that opens its mark again: the speech went on from the one before,
                # whose mark was left open, as news sets a speech over several paragraphs
                quoted = False
            opens_at_end = words[-1:] == ['"'] and len(words) > 1 and (quoted + words.count('"')) % 2 == 1
            if opens_at_end and place < len(document):  # 'said Henke . "' / 'Jasper blew …'
                carried = [words.pop()]
            text, still = _sentence(words, quoted)
            if not reopened and (quoted or text[:1].islower()) and lines:  # '… places?"' / 'asked Mustafa …'
                lines[-1] += " " + text  # one sentence, one paragraph
            else:
                lines.append(text)
            quoted = still
        title, body = lines[0], "\n\n".join(lines[1:])
        source = Source(str(path), str(path.parent), record=str(number))
        articles.append(RawArticle(f"{path.name}#{number}", source, body, title=title))
    return articles
