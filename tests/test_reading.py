"""Reading that holds on text never seen: every word kept whatever the shape, dates
right or absent (and why), headlines and agency outlets right.  The stories here are
written for these tests."""

from __future__ import annotations

import os
import re
import textwrap
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.reshape import SHAPES, reshape
from search.article import RawArticle, Source
from search.cleaning import clean
from search.metadata import build_article
from tui.cli import main

from .conftest import CORPORA, SEEDS, needs_corpora, write

WIRE = """GRAIN BOARD BUYS 120,000 TONNES OF U.S. BARLEY
  LISBON, June 9 - The national grain board said it had bought
  120,000 tonnes of U.S. barley for shipment in July and August,
  and that a further tender would follow before the harvest.
      A board official said prices were in line with last month's
  purchase. "We expect the second tender to be smaller," he said.
      Barley stocks stood at 410,000 tonnes at the end of May,
  against 385,000 a year earlier, the board said.
      Stocks    May 31     April 30
      Barley    410,000    395,000
      Wheat     222,000    230,000
  Reuter
"""


def _read(text: str, path: str = "<test>", title: str | None = None):  # type: ignore[no-untyped-def]
    raw = RawArticle(id="x", source=Source(path=path, root=path), text=text, title=title)
    return build_article(raw, extractor=lambda t, b: ((), (), (), ()))[0]


def _words(text: str) -> Counter[str]:
    return Counter(w.lower() for w in re.findall(r"\w+", text))


def test_hard_wrapped_wire_copy_keeps_every_word() -> None:
    article = _read(WIRE)
    assert article.title == "GRAIN BOARD BUYS 120,000 TONNES OF U.S. BARLEY"  # the final dot of U.S. stays
    body_words = _words(article.body)
    for line in WIRE.splitlines()[1:-1]:  # every line of the story and of its table is in the body
        assert not _words(line) - body_words, line
    assert article.body.count("\n\n") >= 3  # paragraphs found again: they start indented
    assert article.source == "Reuters"  # the sign-off names the agency, and is not text of the story
    assert "Reuter" not in article.body.split()
    assert [piece.rule for piece in article.removed] == ["agency sign-off"]


def test_a_year_less_dateline_gets_no_year_without_evidence() -> None:
    article = _read(WIRE)
    assert article.published is None and article.published_from == "none"
    assert "has no year" in article.published_why
    dated = _read(WIRE.replace("  Reuter\n", "  Updated June 10, 1991\n"))  # a later date gives the year
    assert dated.published == datetime(1991, 6, 9) and "dateline 'LISBON, June 9'" in dated.published_why
    earlier = _read(WIRE.replace("  Reuter\n", "  Updated June 2, 1991\n"))  # June 9 would be after it
    assert earlier.published == datetime(1991, 6, 2) and earlier.published_why == "from the dateline or byline"


def test_dates_of_the_events_a_story_tells_are_not_its_date() -> None:
    story = ("Harbour works to finish in spring\n\n"
             "The port authority said the notes are due October 15, 1996, and that the figures are as of "
             "December 31, 1993. Work began on July 1, 1992, and the new quay opens on 3 March 1997.\n\n"
             "The authority expects traffic to double by the end of the decade, its chairman said.\n")
    article = _read(story)
    assert article.published is None
    assert article.published_why.startswith("no date")


def test_a_lead_that_dates_itself_by_weekday_is_believed() -> None:
    story = ("Council approves budget\n\n"
             "The city council on Tuesday, March 4, 2014, approved a budget of 2.1 billion after a long debate.\n\n"
             "Members said the vote was the closest in a decade.\n")
    assert _read(story).published == datetime(2014, 3, 4)


def test_no_date_later_than_the_file(tmp_path: Path) -> None:
    path = write(tmp_path / "old.txt", "Quay opens\n\nPublished 12 May 2024\n\nThe new quay opened, the port said.\n")
    os.utime(path, (datetime(2020, 1, 1).timestamp(), datetime(2020, 1, 1).timestamp()))
    article = _read(path.read_text(), path=str(path))
    assert article.published is None and "later than the file" in article.published_why


def test_a_text_with_nothing_like_paragraphs_is_kept_as_it_is() -> None:
    text = "Results\n\nHome side\nAway side\nDraw\nNo result\n"
    cleaned = clean(text)
    assert cleaned.whole and all(word in cleaned.body for word in ("Home", "Away", "Draw"))


def test_a_headline_in_capitals_is_not_a_photo_caption() -> None:
    cleaned = clean("MILL TO CLOSE TWO PLANTS IN U.S. SOUTH\n  ATLANTA, May 2 - The mill said on Friday it would "
                    "close two of its plants in the region by the end of the year.\n")
    assert cleaned.title == "MILL TO CLOSE TWO PLANTS IN U.S. SOUTH"


def test_the_shape_of_a_seed_changes_nothing() -> None:
    """Every seed in every shape, at every width from 60 to 80 columns."""
    for seed in sorted(SEEDS.glob("*.txt")):
        text = re.sub(r"^\s*date \d{4}-\d\d-\d\d", "", seed.read_text(encoding="utf-8"))
        original = _read(text)
        want = _words(original.body)
        for shape in SHAPES:
            kept = wanted = same_title = same_date = 0
            for width in range(60, 81):
                again = _read(reshape(text, shape, width))
                kept += sum((want & _words(again.body)).values())
                wanted += sum(want.values())
                same_title += again.title == original.title
                same_date += again.published == original.published
            assert kept >= 0.99 * wanted, f"{seed.name} {shape}: {kept / wanted:.4f} of the words kept"
            assert same_title == 21, f"{seed.name} {shape}: title changed at {21 - same_title} widths"
            assert same_date >= 20, f"{seed.name} {shape}: date changed at {21 - same_date} widths"


SENTENCES = ["The committee met on Tuesday and agreed to review the plan.", "Officials said the talks would resume.",
             "Prices rose by 3.5 per cent in the third quarter, the office said.", "\"We will not give up,\" she said.",
             "Shares in the company fell sharply after the announcement.", "Rescue teams reached the village at dawn.",
             "The minister, who took office in May, declined to comment.", "Two bridges were closed for repairs.",
             "A spokesman for the port said traffic had doubled since 2019.", "Nobody was hurt, police said."]


@settings(max_examples=80, deadline=None, derandomize=True)  # the same examples in every run
@given(order=st.permutations(SENTENCES), cuts=st.sets(st.integers(1, len(SENTENCES) - 1), max_size=5),
       width=st.integers(40, 100), indent=st.sampled_from(["", "  "]), start=st.sampled_from(["", "    "]),
       blank=st.booleans(), crlf=st.booleans())
def test_wrapped_prose_in_any_shape_keeps_every_word(order: list[str], cuts: set[int], width: int, indent: str,
                                                     start: str, blank: bool, crlf: bool) -> None:
    import textwrap

    bounds = [0, *sorted(cuts), len(order)]
    texts = [" ".join(order[a:b]) for a, b in zip(bounds, bounds[1:])]
    lines = ["Committee backs plan for the new harbour"]
    for text in texts:
        lines += textwrap.wrap(text, width, initial_indent=indent + start, subsequent_indent=indent)
        if blank:
            lines.append("")
    article = _read(("\r\n" if crlf else "\n").join(lines) + "\n")
    assert article.title == "Committee backs plan for the new harbour"
    assert _words(article.body) == _words(" ".join(texts))


@needs_corpora
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_the_shape_of_bbc_articles_changes_nothing(shape: str) -> None:
    files = sorted((CORPORA / "bbc").rglob("*.txt"))[::20]
    kept = wanted = same_titles = 0
    for number, path in enumerate(files):
        text = path.read_bytes().decode("utf-8", errors="replace")
        original, again = _read(text), _read(reshape(text, shape, 60 + number % 21))
        want = _words(original.body)
        kept += sum((want & _words(again.body)).values())
        wanted += sum(want.values())
        same_titles += again.title == original.title
    assert kept >= 0.99 * wanted, f"{shape}: {kept / wanted:.4f} of the words kept"
    assert same_titles >= 0.99 * len(files)


def test_show_removed_lists_each_piece_with_its_rule(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["show", "004_300d874ee8deddb0", "--removed", "--index-dir", str(tmp_path / "ix")])
    out = capsys.readouterr().out
    assert code == 0
    assert "[photo caption]" in out and "[prompt to the reader]" in out and "Andrew Caballero-Reynols" in out
    assert "President Donald Trump said on Wednesday" not in out  # the article itself is not listed


def test_paragraphs_of_wrapped_quotations_are_the_same_whatever_the_shape() -> None:
    """A paragraph never ends in a comma ('"…," / Vell said.'), and in text wrapped at one
    width, a short paragraph whose first line was full goes on ('… with the chairman Ola' /
    'Brantvedtsson …', 'to their pace.' / 'We had …'), though it shows no margin of its own."""
    from search.paragraphs import paragraphs

    quotes = ["\"Today the weather was the most important thing for the crews,\" Wilhelmina Brantvedtsson-Marlow said.",
              "\"The main thing is the plan. It was agreed with Olafur Brantvedtssonsdottirsson yesterday.\"",
              "\"This was one of those weeks when the new cranes did not work so well. We fought hard.\""]
    story = ("Harbour works to finish in spring\n\n"
             + "\n\n".join(["The port authority said on Friday that the new quay would open in March after "
                            "two years of delays and a long dispute over its cost."] * 3 + quotes) + "\n")
    for shape in ("wrapped", "indented, no blank lines", "trailing spaces"):
        shaped = reshape(story, shape)
        assert not any(quote in line for quote in quotes for line in shaped.splitlines())  # each over two lines
        assert [p.text for p in paragraphs(shaped)][-3:] == quotes, shape
    # Items of a list that each end in a comma stay apart.
    items = "The reasons given:\n- the cost of the move,\n- the risk of going abroad,\n- the brand."
    assert len(paragraphs(items)) == 4


def test_wire_copy_is_rebuilt_from_conll_tokens_as_an_agency_sets_it(tmp_path: Path) -> None:
    from bench.wire import wire_articles

    sentences = ['HARBOUR TALKS END .', 'OSKBY 1996-08-30',
                 '" We do n\'t see any grounds for it , " Ines Marlow said . "',  # the next quote's mark left here
                 'It ignores every concern .',
                 '" And it will not pass , " she added .',
                 '" Why now ? "', 'asked Oren Vell .']
    conll = "-DOCSTART- -X- O O\n\n" + "\n\n".join("\n".join(f"{word} NN O O" for word in s.split()) for s in sentences)
    path = write(tmp_path / "tiny.conll", conll + "\n")
    [article] = wire_articles(path)
    assert article.title == "HARBOUR TALKS END."
    assert article.text.split("\n\n") == [
        "OSKBY 1996-08-30",
        "\"We don't see any grounds for it,\" Ines Marlow said.",
        "\"It ignores every concern.",  # a speech over two paragraphs: the first left open
        "\"And it will not pass,\" she added.",
        "\"Why now?\" asked Oren Vell.",
    ]


def test_a_feed_description_wrapped_at_any_width_keeps_its_first_sentence_whole() -> None:
    """With its headline known from the feed, the first line of a wrapped description is
    no headline set above the text: the sentence, and who said what in it, stays whole."""
    title = "Harbour chief rejects quay delay claims"
    description = ("Former port authority chair Wilhelmina Brantvedtsson-Marlow on Friday said the new "
                   "quay at Oskby would open in March, calling the claims of a further delay \"simply "
                   "untrue and unfair to the crews\".")
    original = _read(description, title=title)
    assert "\n\n" not in original.body
    for width in range(40, 81):
        shaped = "\n".join(textwrap.wrap(description, width, break_on_hyphens=False))
        assert _read(shaped, title=title).body == original.body, width
    # The headline itself over the text is still a headline, wrapped or not.
    for width in (25, 80):
        again = _read("\n".join(textwrap.wrap(title, width)) + "\n" + "\n".join(textwrap.wrap(description, 70)),
                      title=title)
        assert again.title == title and again.body == original.body, width


def test_a_line_ending_in_an_article_or_of_goes_on() -> None:
    """A short paragraph wrapped once, too short to show a margin: a line that ends in "of",
    "the" or "and" runs on to the next, whatever its first letter."""
    from search.paragraphs import paragraphs

    text = "These are the main developments as the blockade of\nOskby harbour enters its 52nd day."
    assert [p.text for p in paragraphs(text)] == [
        "These are the main developments as the blockade of Oskby harbour enters its 52nd day."]
    # One line a paragraph, each closed, stays so.
    assert len(paragraphs("The quay opens in March.\nOskby harbour welcomes the news.")) == 2


def test_a_line_broken_after_a_words_hyphen_joins_it_again() -> None:
    """Most wrapping breaks a line after a hyphen: "Brantvedtsson-" over "Marlow" is one
    name again, "1990-" over "91" one span, but "pre-" over "and post-war" keeps its space."""
    from search.paragraphs import paragraphs

    text = ("Former port authority chair Wilhelmina Brantvedtsson-Marlow said on Friday that the quay, built "
            "in 1990-91 by the Oskby-Harwick company, would keep its pre- and post-war sheds, and that the "
            "long-term plan - not the short-term one - was agreed with the Tolle-Vance family.")
    broken = 0
    for width in range(40, 67):  # wider, its first line, ending "… said on", reads as a headline
        lines = textwrap.wrap(text, width)
        broken += any(re.search(r"\w-$", line) for line in lines)
        assert [p.text for p in paragraphs("\n".join(lines))] == [text], width
    assert broken >= 15  # the widths did break lines after hyphens



def test_under_a_headline_a_first_line_that_ran_to_the_margin_is_the_texts() -> None:
    """A headline right above wrapped text, no blank line between: the text's first line,
    ending "… said on" over "Friday that …", ran to the margin and goes on; it is no
    second headline line."""
    text = ("The harbour master of Oskby, Tomas Vell, said on Friday that the new quay would open in March "
            "after two years of delays, and that the crews had been told to expect a busy spring season.")
    split = 0
    for width in range(40, 81):
        lines = textwrap.wrap(text, width)
        split += lines[0].endswith(("said on", "said", "Vell,", "of", "the"))  # the widths that tempt a split
        article = _read("Oskby quay to open in March\n" + "\n".join(lines))
        assert article.title == "Oskby quay to open in March" and article.body == text, width
    assert split >= 5
