"""Word documents (DOCX, python-docx) and RTF (striprtf), as database exports give
them: their text is split into articles as a text export is (exports.py)."""

from __future__ import annotations

import io
import zipfile

from .common import CorpusFile, Format, Read
from .exports import split_text

__all__ = ["DOCX", "RTF"]


def _sniff_docx(head: bytes) -> bool:
    return head.startswith(b"PK\x03\x04") and b"word/" in head[:4096]


def _read_docx(file: CorpusFile, data: bytes) -> Read:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        return Read().skip(file, f"not a readable DOCX file: {exc.__class__.__name__}: {exc}")
    except Exception as exc:  # python-docx raises its own errors for a damaged package
        return Read().skip(file, f"not a readable DOCX file: {exc.__class__.__name__}: {exc}")
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:  # some exports put the metadata in a table
        lines.extend(cell.text for row in table.rows for cell in row.cells)
    return split_text(file, "\n".join(lines))


def _read_rtf(file: CorpusFile, data: bytes) -> Read:
    from striprtf.striprtf import rtf_to_text

    try:
        text = rtf_to_text(data.decode("cp1252", errors="replace"), errors="replace")  # RTF's own code page
    except Exception as exc:  # striprtf's parser on a damaged file
        return Read().skip(file, f"not a readable RTF file: {exc.__class__.__name__}: {exc}")
    return split_text(file, text)


DOCX = Format("Word document", (".docx",), _sniff_docx, _read_docx,
              "Nexis Uni or Factiva exports saved as DOCX (one article per document too)")
RTF = Format("RTF", (".rtf",), lambda head: head.lstrip()[:5] == b"{\\rtf", _read_rtf,
             "Factiva or Nexis exports, press archives saved as RTF")
