"""Bytes to safe text: decoding article files and removing control characters.

Everything that comes from an article passes through here before it is stored,
indexed or shown, so nothing downstream has to think about encodings or about
escape sequences reaching a terminal.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

__all__ = ["displayable", "UNSAFE_CHARACTERS", "escape_unsafe", "NotText", "decode", "strip_controls",
           "normalise_space"]


class NotText(ValueError):
    """The bytes do not look like text in any encoding we read."""


# C0 controls except tab and newline, DEL, and C1 controls.  Carriage returns are
# handled separately (turned into newlines) before this runs.
_CONTROL_CHARS = "\x00-\x08\x0b-\x1f\x7f-\x9f"
# Bidi overrides/embeddings/isolates can reorder what a terminal shows; zero-width
# characters hide text.  Neither carries meaning in a news article.
_INVISIBLE_CHARS = "\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb"
_CONTROLS = re.compile(f"[{_CONTROL_CHARS}]")
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
# Every character a terminal could act on or hide, and the lone surrogates of
# undecodable file names: for output that must escape them rather than drop them.
UNSAFE_CHARACTERS = re.compile(f"[{_CONTROL_CHARS}{_INVISIBLE_CHARS}\ud800-\udfff]")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Bytes that plain text in a single-byte encoding practically never contains.
_BINARY_BYTES = frozenset(range(0, 9)) | frozenset(range(14, 32)) - {27}


def strip_controls(text: str) -> str:
    """Remove control, bidi-override and zero-width characters; keep newline and tab.

    Windows and old-Mac line ends become newlines.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROLS.sub("", text)
    return _INVISIBLE.sub("", text)


def displayable(text: str) -> str:
    """Text safe to put on a terminal: no control, bidi or zero-width characters, and
    undecodable bytes of file names (lone surrogates) shown as U+FFFD."""
    text = strip_controls(text)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return text


def escape_unsafe(json_text: str) -> str:
    """JSON text with every character a terminal would act on written as a \\u escape
    (json.dumps already escapes C0 controls): the data stays exact, the output inert."""
    return UNSAFE_CHARACTERS.sub(lambda m: f"\\u{ord(m.group()):04x}", json_text)


def normalise_space(text: str) -> str:
    """Collapse runs of spaces (including no-break spaces) inside lines."""
    text = unicodedata.normalize("NFC", text)
    return re.sub(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+", " ", text)


def decode(data: bytes) -> str:
    """Decode file contents: UTF-8 (with or without BOM), UTF-16/32 with BOM, else
    Windows-1252 (a superset of Latin-1 for printable text).

    Raises NotText for binary data.  The result still needs strip_controls().
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise NotText(f"invalid {encoding} after a byte-order mark") from exc
    sample = data[:65536]
    if b"\x00" in sample:
        raise NotText("contains NUL bytes (binary file)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    binary = sum(1 for b in sample if b in _BINARY_BYTES)
    if binary > max(2, len(sample) // 100):
        raise NotText("binary data (control bytes), not text")
    # Legacy single-byte text.  cp1252 leaves five bytes undefined; Latin-1 covers them.
    return data.decode("cp1252", errors="strict") if _cp1252_ok(data) else data.decode("latin-1")


def _cp1252_ok(data: bytes) -> bool:
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True
