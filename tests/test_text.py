import codecs

import pytest

from search.text import NotText, decode, strip_controls

from .conftest import CORPORA, needs_corpora


def test_utf8_with_and_without_bom() -> None:
    assert decode("Zelenskyy’s café".encode()) == "Zelenskyy’s café"
    assert decode(codecs.BOM_UTF8 + "Orbán".encode()) == "Orbán"


def test_utf16_with_bom() -> None:
    assert decode("Kyiv — Київ".encode("utf-16")) == "Kyiv — Київ"


def test_legacy_single_byte_text() -> None:
    assert decode("£400 for Orbán’s café".encode("cp1252")) == "£400 for Orbán’s café"
    assert decode("Señor Müller".encode("latin-1")) == "Señor Müller"


@needs_corpora
def test_bbc_latin1_file_reads_its_pound_signs() -> None:
    text = decode((CORPORA / "bbc" / "sport" / "199.txt").read_bytes())
    assert text.startswith("Chelsea sack Mutu")
    assert "\ufffd" not in text


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", bytes(range(256)) * 4,
                                  b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 50])
def test_binary_is_not_text(data: bytes) -> None:
    with pytest.raises(NotText):
        decode(data)


def test_control_characters_are_removed_but_newlines_and_tabs_stay() -> None:
    hostile = "a\x1b]52;c;aGk=\x07b\x1b[2Jc\x9bd\u202eevil\u200b\r\nline\ttab"
    cleaned = strip_controls(hostile)
    assert "\x1b" not in cleaned and "\x07" not in cleaned and "\x9b" not in cleaned
    assert "\u202e" not in cleaned and "\u200b" not in cleaned
    assert cleaned.endswith("\nline\ttab")
    assert all(ch in "\n\t" or ord(ch) >= 32 for ch in cleaned)
