"""The text of a file that may hold many articles (a Nexis or Factiva export, as TXT,
or made text from DOCX, RTF or HTML): split into its articles when its layout is
known, else the file's one article."""

from __future__ import annotations

from ..text import strip_controls
from . import factiva, nexis
from .common import CorpusFile, Format, Read, reads_text
from .plain import article_of_text

__all__ = ["split_text", "TEXT"]


@reads_text("a text file")
def _read_text(file: CorpusFile, text: str) -> Read:
    return split_text(file, text)


def split_text(file: CorpusFile, text: str) -> Read:
    text = strip_controls(text.replace("\r\n", "\n").replace("\r", "\n")).lstrip("\ufeff")
    if nexis.recognise(text):
        return nexis.split(file, text)
    if factiva.recognise(text):
        return factiva.split(file, text)
    return article_of_text(file, text)


TEXT = Format("text", (".txt", ".md", ".markdown", ".text"), lambda head: False, _read_text,
              "one article per file (its first paragraph the headline, an optional first line "
              "`date 2024-03-05`), or a Nexis or Factiva text export of many")
