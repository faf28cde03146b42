from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from search.query import And, Dates, Everything, Not, Or, Phrase, QueryError, Word, parse

TODAY = date(2025, 3, 20)


def test_words_are_anded_and_phrases_kept() -> None:
    assert parse("putin talks", TODAY) == And((Word("putin"), Word("talks")))
    assert parse('"peace deal"', TODAY) == Phrase(("peace", "deal"))


def test_or_binds_looser_than_and() -> None:
    assert parse("a b OR c", TODAY) == Or((And((Word("a"), Word("b"))), Word("c")))


def test_negation_fields_and_groups() -> None:
    assert parse("(kyiv OR kiev) -moscow -source:fox", TODAY) == And((
        Or((Word("kyiv"), Word("kiev"))), Not(Word("moscow")), Not(Word("fox", "source"))))
    assert parse('actor:"Pete Hegseth" title:summit', TODAY) == And((
        Phrase(("Pete", "Hegseth"), "actor"), Word("summit", "title")))


def test_dates() -> None:
    after = parse("after:2025-02-12", TODAY)
    assert isinstance(after, Dates) and after.range.start == datetime(2025, 2, 12) and after.range.end is None
    before = parse('before:"March 2025"', TODAY)
    assert isinstance(before, Dates) and before.range.end == datetime(2025, 3, 1)
    on = parse('on:"feb 2025"', TODAY)
    assert isinstance(on, Dates) and on.range.start == datetime(2025, 2, 1) and on.range.end == datetime(2025, 3, 1)


def test_empty_query_is_everything_and_unknown_fields_are_words() -> None:
    assert parse("", TODAY) == Everything()
    assert parse("Note: x", TODAY) == And((Word("Note:"), Word("x")))


def test_typing_leniency() -> None:
    assert parse('"unclosed phrase', TODAY) == Phrase(("unclosed", "phrase"))
    assert parse("(kyiv OR kiev", TODAY) == Or((Word("kyiv"), Word("kiev")))


@pytest.mark.parametrize("text, message", [
    ("OR", "OR needs a term"), ("putin OR", "OR needs a term"), ("a)", "no opening"),
    ("()", "empty parentheses"), ("co*", "at least 3 letters"), ("date:nonsense", "'nonsense'"),
    ("after:", "needs a value"), ("x" * 2000, "too long"), ("(" * 30 + "x", "nested"),
])
def test_errors_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse(text, TODAY)


QUERY_ALPHABET = st.sampled_from(list('abc xyz"()-*?:') + ["OR ", "AND ", "NOT ", "date:", "after:", "actor:",
                                                          "title:", "on:", "Q4 2025", "2025-02-01..", "feb "])


HUGE = st.builds(lambda piece, n: piece * n, st.sampled_from(['"', "(", ")", "a*", "-", "OR ", "x ", "é"]),
                 st.integers(200, 3000))


@settings(max_examples=10_000, deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(QUERY_ALPHABET, max_size=25).map("".join), HUGE))
def test_no_query_raises_anything_but_our_error(text: str) -> None:
    try:
        parse(text, TODAY)
    except QueryError as exc:
        assert str(exc) and "\n" not in str(exc)
