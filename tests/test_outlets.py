import pytest

from search.outlets import outlet_from_text, outlet_name


@pytest.mark.parametrize("source, name", [
    ("http://rss.cnn.com/rss/edition.rss", "CNN"),
    ("https://moxie.foxnews.com/google-publisher/latest.xml", "Fox News"),
    ("http://feeds.bbci.co.uk/news/rss.xml", "BBC News"),
    ("https://feeds.a.dj.com/rss/RSSWorldNews.xml", "The Wall Street Journal"),
    ("www.theguardian.com", "The Guardian"),
    ("https://www.some-local-paper.co.uk/feed", "Some Local Paper"),
    ("Kyiv Independent", "Kyiv Independent"),
])
def test_outlet_names_from_source_fields(source: str, name: str) -> None:
    assert outlet_name(source) == name


def test_signals_in_text() -> None:
    assert outlet_from_text("WASHINGTON (AP) — The president said.") == "Associated Press"
    assert outlet_from_text("Headline\n\nBY ASSOCIATED PRESS\n\nText.") == "Associated Press"
    assert outlet_from_text("LONDON (Reuters) - Shares fell.") == "Reuters"
    assert outlet_from_text("Text.\n\nFollow The Post’s live coverage of the summit") == "The Post"
    assert outlet_from_text("Text.\n\n© 2024 Kyiv Independent. All rights reserved.") == "Kyiv Independent"
    assert outlet_from_text("He sold copyrighted music files are illegal, he said.") is None
    assert outlet_from_text("Nothing here names a publisher.") is None
