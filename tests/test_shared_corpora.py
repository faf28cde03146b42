"""The real corpora load, with the right titles, outlets and dates (CI has them)."""

from __future__ import annotations

import collections
import re
from pathlib import Path

import pytest

from search import Index
from search.corpus import find_files, read_file
from search.metadata import Extraction, build_article

from .conftest import CORPORA, needs_corpora

pytestmark = needs_corpora


def _no_actors(title: str, body: str) -> Extraction:
    return (), (), (), ()


def _articles(path: Path):
    """Every article of `path`, built as the indexer builds it but without looking for
    actors and quotes (nine tenths of the time), which change no title, body, outlet or date."""
    files, problems = find_files([path])
    for file in files:
        read = read_file(file)
        for raw in read.articles:
            yield raw, build_article(raw, extractor=_no_actors)[0]


def test_bbc_titles_are_the_first_lines_and_nothing_is_dated_wrongly() -> None:
    count = 0
    for raw, article in _articles(CORPORA / "bbc"):
        count += 1
        assert " ".join(article.title.split()) == " ".join(raw.text.split("\n", 1)[0].split()), article.id
        assert not article.title_derived
        assert article.published is None, (article.id, article.published)  # the BBC set has no dates
        assert article.source is None
    assert count == 2225  # README.TXT is not an article


def test_bbc_cleaning_loses_no_sentence() -> None:
    lost = []
    for raw, article in _articles(CORPORA / "bbc"):
        body = " ".join(article.body.split())
        for line in raw.text.split("\n")[1:]:
            line = " ".join(line.split())
            if len(line.split()) >= 3 and line[-1:] in '.!?"':
                if line not in body:
                    lost.append((article.id, line))
    assert lost == []


@pytest.mark.slow
def test_bbc_index_folds_duplicates_and_answers(tmp_path: Path) -> None:
    with Index.open([CORPORA / "bbc"], tmp_path / "ix") as index:
        report = index.update()
        assert report.added + report.duplicates == 2225
        assert report.duplicates >= 98  # the README counts 98 exact duplicate pairs
        assert index.search("chelsea mutu drugs").hits[0].id == "sport/199"
        top = index.search("title:yukos").hits
        assert top and all("yukos" in h.title.lower() for h in top)
        assert len(index.article("sport/199").body) > 1000


@pytest.mark.parametrize("name, items", [("ukraine-2022-2023.jsonl.gz", 64269), ("news-2022.jsonl.gz", 110541)])
def test_rss_files_load_with_outlet_names_and_dates(name: str, items: int) -> None:
    outlets: collections.Counter[str] = collections.Counter()
    count = 0
    for raw, article in _articles(CORPORA / "rss" / name):
        count += 1
        assert article.published_from == "field" and article.published is not None
        assert 2021 <= article.published.year <= 2023
        assert article.source and "://" not in article.source and not article.title_derived
        outlets[article.source] += 1
    assert count == items
    assert {"CNN", "BBC News", "Fox News", "Daily Mail", "The Guardian"} <= set(outlets)


@pytest.fixture(scope="module")
def ukraine(tmp_path_factory: pytest.TempPathFactory):
    corpus = CORPORA / "rss" / "ukraine-2022-2023.jsonl.gz"
    index = Index.open([corpus], tmp_path_factory.mktemp("ukraine"), overrides=Path("/nonexistent/actors.toml"))
    report = index.update()
    yield index, report
    index.close()


@pytest.mark.slow
def test_rss_index_answers_like_a_reader_expects(ukraine) -> None:
    index, report = ukraine
    assert report.added + report.duplicates == 64269
    hits = index.search('"grain deal" date:"2022"', limit=10).hits
    assert hits and all(h.published and h.published.year == 2022 for h in hits)
    assert all("grain" in (h.title + h.snippet).lower() for h in hits)
    newest = index.search("", limit=1).hits[0]
    assert newest.published_iso and newest.published_iso.startswith("2023-12")
    assert index.search("source:reuters").total == 145  # every Reuters item of the file, each distinct
    assert index.update().read == 0  # unchanged: nothing read again


@pytest.mark.slow
def test_rss_top_actors_are_real_names_without_spelling_twins(ukraine) -> None:
    from search.entities.names import surname_key, variant_key

    index, _ = ukraine
    top = index.actors("", limit=30)
    names = [a.name for a in top]
    assert all(re.fullmatch(r"[A-Z][\w.'’ -]+", name) for name in names), names
    keys = [variant_key(name) for name in names]
    assert len(set(keys)) == len(keys), names
    people = [surname_key(a.name) for a in top if a.type == "PER"]
    assert len(set(people)) == len(people), names
    for expected in ("Donald Trump", "Vladimir Putin", "Volodymyr Zelensky", "Kyiv", "NATO"):
        assert expected in names, names
    assert next(a for a in top if a.name == "Kyiv").type == "LOC"
    ids = lambda q: {h.id for h in index.search(q, limit=None).hits}  # noqa: E731
    assert ids("actor:zelensky") == ids("actor:Zelenskyy") == ids('actor:"Volodymyr Zelensky"')
