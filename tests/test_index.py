"""The index: contents on the seeds, incremental updates, duplicates, and recovery."""

from __future__ import annotations

import fcntl
import json
import os
import time
from pathlib import Path

import pytest

from search import Index, QueryError, Question, UnknownArticle
from search.index import incremental as update_module

from .conftest import SEED_DATES, SEEDS, write

ARTICLE = "Budapest summit planned\n\nLeaders will meet in Budapest next month, officials said on Monday.\n"


def test_seeds_are_indexed_with_their_true_dates(seed_index: Index) -> None:
    results = seed_index.search("", limit=None)
    assert results.total == 5
    assert {h.id: h.published_iso for h in results.hits} == SEED_DATES
    assert [h.published_iso for h in results.hits] == sorted(SEED_DATES.values(), reverse=True)


def test_matches_keep_their_order(seed_index: Index) -> None:
    by_date = seed_index.matches("")
    dates = [by_date.row(i).published for i in range(len(by_date))]
    assert by_date.sort == "date" and dates == sorted(dates, reverse=True)
    ranked = seed_index.matches("budapest")
    assert ranked.sort == "rank" and ranked.row(0).id == "003_88b91152cc9c2647"
    assert ranked.position_of("003_88b91152cc9c2647") == 0
    assert seed_index.matches(Question(actors=("Pete Hegseth",))).sort == "date"  # filters alone: by date


def test_title_outweighs_body(seed_index: Index) -> None:
    hits = seed_index.search("budapest").hits
    assert hits[0].id == "003_88b91152cc9c2647"  # "Budapest" is in its headline
    assert "**Budapest**" in hits[0].snippet


def test_filters_negation_and_fields(seed_index: Index) -> None:
    ids = lambda q: {h.id for h in seed_index.search(q, limit=None).hits}  # noqa: E731
    assert ids('on:"feb 2025"') == {"000_280bedb2750b87d1", "001_869b093860f3ba4e"}
    assert ids('on:"feb 2025" -hegseth') == set()
    assert ids("after:2025-10-16") == {"003_88b91152cc9c2647", "004_300d874ee8deddb0"}
    assert ids("before:2025-02-12") == {"002_9628709f8aff7fc1"}
    assert ids('actor:"Pete Hegseth"') == {"000_280bedb2750b87d1", "001_869b093860f3ba4e"}
    assert ids("budapest OR witkoff") == {"003_88b91152cc9c2647", "004_300d874ee8deddb0"}
    assert ids('"face-to-face"') == {"000_280bedb2750b87d1", "003_88b91152cc9c2647"}
    assert ids("source:post") == {"003_88b91152cc9c2647"}
    assert ids("negoti*") >= {"001_869b093860f3ba4e"}


def test_bad_query_is_our_error(seed_index: Index) -> None:
    with pytest.raises(QueryError):
        seed_index.search("putin OR")


def test_article_show_and_unknown_id(seed_index: Index) -> None:
    article = seed_index.article("002_9628709f8aff7fc1")
    assert article.source == "Associated Press" and article.published_from == "header"
    assert any(a.name == "Vladimir Putin" for a in article.actors)
    with pytest.raises(UnknownArticle):
        seed_index.article("nope")


def test_related_explains_itself(seed_index: Index) -> None:
    related = seed_index.related("000_280bedb2750b87d1")
    assert related[0].id == "001_869b093860f3ba4e"  # the next day, the same speaker and subject
    assert related[0].why.days_apart == 1
    assert related[0].why.describe().endswith("; 1 day apart")
    assert "Pete Hegseth" in related[0].why.actors and related[0].why.terms
    assert [r.score for r in related] == sorted((r.score for r in related), reverse=True)


def test_seed_actors_are_one_actor_each(seed_index: Index) -> None:
    everyone = {a.name: a.articles for a in seed_index.actors("", limit=None)}
    zelensky = seed_index.actor("zelensky").name
    assert everyone["Donald Trump"] == everyone["Vladimir Putin"] == everyone[zelensky] == 5
    assert everyone["Pete Hegseth"] == 2 and everyone["Dmitry Peskov"] == 2
    assert "Trump" not in everyone and "Putin" not in everyone and "Zelenskyy" not in everyone
    for furniture in ("Omar Havana", "Evan Vucci", "Andrew Caballero-Reynols", "ZUMAPRESS", "Lee"):
        assert not any(furniture in name for name in everyone)
    ids = lambda q: {h.id for h in seed_index.search(q, limit=None).hits}  # noqa: E731
    assert ids("actor:zelensky") == ids("actor:Zelenskyy") == ids('actor:"Volodymyr Zelensky"') == set(
        h.id for h in seed_index.search("", limit=None).hits)


def test_actor_counts_follow_the_query(seed_index: Index) -> None:
    everyone = {a.name: a.articles for a in seed_index.actors("")}
    assert everyone["Vladimir Putin"] == 5
    budapest = {a.name for a in seed_index.actors("budapest")}
    assert "Viktor Orbán" in budapest and "Pete Hegseth" not in budapest


@pytest.mark.parametrize("query", ["", "budapest", "putin -hegseth", "after:2025-02-20", "actor:zelensky"])
def test_actor_counts_equal_a_count_of_every_article(seed_index: Index, query: str) -> None:
    """The fast count (postings read once) against the slow one (each article read)."""
    articles: dict[str, int] = {}
    mentions: dict[str, int] = {}
    for hit in seed_index.search(query, limit=None).hits:
        for actor in seed_index.article(hit.id).actors:
            articles[actor.name] = articles.get(actor.name, 0) + 1
            mentions[actor.name] = mentions.get(actor.name, 0) + actor.mentions
    counted = seed_index.actors(query, limit=None)
    assert counted and {a.name: a.articles for a in counted} == articles
    assert {a.name: a.mentions for a in counted} == mentions
    assert [a.articles for a in counted] == sorted(articles.values(), reverse=True)


def test_rebuild_reuses_found_actors_instead_of_tagging_again(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from search.index import extractions

    with Index.open([SEEDS], tmp_path / "ix") as index:
        index.update()
        before = {h.id: index.article(h.id) for h in index.search("", limit=None).hits}

    def no_tagging(title: str, body: str) -> None:
        raise AssertionError("extraction ran again for an unchanged article")

    monkeypatch.setattr(extractions, "extract", no_tagging)
    with Index.open([SEEDS], tmp_path / "ix", rebuild=True) as index:
        assert len(index) == 0
        assert index.update().added == len(before)
        after = {h.id: index.article(h.id) for h in index.search("", limit=None).hits}
    assert after == before and any(a.actors and a.quotes for a in after.values())


def _open(corpus: Path, tmp: Path) -> Index:
    return Index.open([corpus], tmp / "ix")


def test_incremental_add_change_touch_delete(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write(corpus / "a.txt", ARTICLE)
    write(corpus / "b.txt", "Markets fall\n\nShares fell sharply in London on Tuesday, traders said.\n")
    with _open(corpus, tmp_path) as index:
        assert index.update().added == 2
        assert index.update().read == 0  # unchanged: nothing is read
        write(corpus / "c.txt", "Rain expected\n\nForecasters expect heavy rain across the north on Friday.\n")
        report = index.update()
        assert (report.read, report.added) == (1, 1)
        write(corpus / "b.txt", "Markets rise\n\nShares rose sharply in London on Tuesday, traders said.\n")
        assert index.update().read == 1
        assert index.search("rose").total == 1 and index.search("fell").total == 0
        os.utime(corpus / "a.txt", ns=(time.time_ns(), time.time_ns() + 10**9))  # touched, same text
        assert index.update().read == 0
        (corpus / "c.txt").unlink()
        report = index.update()
        assert report.removed_files == 1 and len(index) == 2


def test_exact_duplicates_are_indexed_once_and_survive_deletion(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    for name in ("a.txt", "copy1.txt", "copy2.txt"):
        write(corpus / name, ARTICLE)
    with _open(corpus, tmp_path) as index:
        report = index.update()
        assert (report.added, report.duplicates) == (1, 2)
        article = index.article("a")
        assert sorted(Path(p).name for p in article.duplicates) == ["copy1.txt", "copy2.txt"]
        (corpus / "a.txt").unlink()
        index.update()
        assert len(index) == 1
        survivor = index.search("budapest").hits[0]
        assert survivor.id == "copy1"
        assert [Path(p).name for p in index.article("copy1").duplicates] == ["copy2.txt"]


def test_a_long_file_commits_in_growing_batches_and_reports_progress_between(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    records = [{"id": f"r{i}", "title": f"Item {i}", "body": f"Body number {i} of the feed."} for i in range(300)]
    write(corpus / "feed.jsonl", "\n".join(json.dumps(r) for r in records))
    monkeypatch.setattr(update_module, "FIRST_BATCH", 2)
    monkeypatch.setattr(update_module, "BATCH_ARTICLES", 4)
    monkeypatch.setattr(update_module, "MAX_BATCH", 64)
    monkeypatch.setattr(update_module, "PROGRESS_EVERY", 50)
    commits: list[int] = []
    real_writer = update_module._writer

    def counting_writer(ix, expected):
        writer = real_writer(ix, expected)
        real_commit = writer.commit
        writer.commit = lambda *a, **k: (commits.append(1), real_commit(*a, **k))[1]
        return writer

    monkeypatch.setattr(update_module, "_writer", counting_writer)
    reports: list[int] = []
    with _open(corpus, tmp_path) as index:
        index.update(progress=lambda done, total, path: reports.append(done))
        assert len(index) == 300
    # 2, 4, 6, 12, 24, 48, then 64 at a time: 10 commits, where batches of 4 would make 75
    assert len(commits) == 10
    assert len(reports) >= 300 // 50 and reports == sorted(reports)


def test_interrupted_run_is_completed_without_loss_or_repeats(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                              ) -> None:
    corpus = tmp_path / "corpus"
    records = [{"id": f"r{i}", "title": f"Item {i}", "body": f"Body number {i} of the feed."} for i in range(30)]
    write(corpus / "feed.jsonl", "\n".join(json.dumps(r) for r in records))
    write(corpus / "x.txt", ARTICLE)
    monkeypatch.setattr(update_module, "BATCH_ARTICLES", 7)
    monkeypatch.setattr(update_module, "FIRST_BATCH", 7)
    real = update_module.build_article
    calls = {"n": 0}

    def dies_half_way(raw, today=None, *extractor):
        calls["n"] += 1
        if calls["n"] == 20:
            raise KeyboardInterrupt  # as if killed: batches before this were committed
        return real(raw, today, *extractor)

    with _open(corpus, tmp_path) as index:
        monkeypatch.setattr(update_module, "build_article", dies_half_way)
        with pytest.raises(KeyboardInterrupt):
            index.update()
        assert 0 < len(index) < 31
    monkeypatch.setattr(update_module, "build_article", real)
    with _open(corpus, tmp_path) as index:
        index.update()
        ids = [h.id for h in index.search("", limit=None).hits]
        assert len(ids) == len(set(ids)) == 31


def test_manifest_lost_after_commit_is_rebuilt_from_the_index(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write(corpus / "a.txt", ARTICLE)
    with _open(corpus, tmp_path) as index:
        index.update()
        index._manifest.set_meta("generation", "-1")  # as if killed between commit and manifest
        assert index.update().read == 0
        assert len(index) == 1


def test_second_process_is_never_blocked_into_a_crash(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write(corpus / "a.txt", ARTICLE)
    with _open(corpus, tmp_path) as index:
        index.update()
        write(corpus / "b.txt", "Other news\n\nSomething else happened on Monday, police said.\n")
        with open(index.directory / "newsdesk.lock", "a+") as held:
            fcntl.flock(held, fcntl.LOCK_EX)  # another process is updating
            report = index.update()
            assert report.busy and len(index) == 1  # reads what is committed
        assert index.update().added == 1


def test_corrupt_index_is_rebuilt_with_a_message(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write(corpus / "a.txt", ARTICLE)
    with _open(corpus, tmp_path) as index:
        index.update()
        directory = index.directory
    for toc in directory.glob("_MAIN_*.toc"):
        toc.write_bytes(b"garbage")
    with _open(corpus, tmp_path) as index:
        assert any("rebuilding" in notice for notice in index.notices)
        index.update()
        assert index.search("budapest").total == 1


@pytest.mark.parametrize("meta", ["schema", "extraction"])
def test_an_index_another_version_wrote_is_rebuilt(tmp_path: Path, meta: str) -> None:
    """Other cleaning rules (the schema) or another way of finding actors and quotes (a
    new tagger, new rules): the stored answers are not this version's, so it starts over."""
    corpus = tmp_path / "corpus"
    write(corpus / "a.txt", ARTICLE)
    with _open(corpus, tmp_path) as index:
        index.update()
    with _open(corpus, tmp_path) as index:
        assert not index.notices and len(index) == 1  # the same version keeps it
        index._manifest.set_meta(meta, index._manifest.get_meta(meta) + "-old")
    with _open(corpus, tmp_path) as index:
        assert any("another version" in notice for notice in index.notices) and len(index) == 0
        assert index.update().added == 1


def test_bad_date_is_reported_and_the_article_kept(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write(corpus / "bad.txt", " date 2025-13-45 Headline of the day here\n\nSomething happened, they said.\n")
    with _open(corpus, tmp_path) as index:
        report = index.update()
        assert report.added == 1 and "2025-13-45" in str(report.skipped[0])
        assert index.search("").hits[0].published is None
        assert index.skipped()[0].reason.startswith("date ignored")


def test_default_index_location_is_in_the_user_cache(tmp_path: Path) -> None:
    with Index.open([SEEDS]) as index:
        assert str(index.directory).startswith(os.environ["XDG_CACHE_HOME"])


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from .test_query import QUERY_ALPHABET  # noqa: E402


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.text(max_size=40), st.lists(QUERY_ALPHABET, max_size=12).map("".join)))
def test_any_query_searches_or_raises_our_error(seed_index: Index, text: str) -> None:
    try:
        results = seed_index.search(text, limit=5)
    except QueryError as exc:
        assert str(exc)
    else:
        assert 0 <= results.total <= 5 and len(results.hits) <= 5


def test_actor_overrides_apply_without_reindexing(tmp_path: Path) -> None:
    overrides = tmp_path / "actors.toml"
    with Index.open([SEEDS], tmp_path / "ix", overrides=overrides) as index:
        index.update()
        assert index.actor("hegseth").name == "Pete Hegseth"
        overrides.write_text('hide = ["Oval Office"]\n[rename]\n"Pete Hegseth" = "Secretary Hegseth"\n',
                             encoding="utf-8")
        names = {a.name for a in index.actors("", limit=None)}
        assert "Secretary Hegseth" in names and "Pete Hegseth" not in names and "Oval Office" not in names
        assert index.update().read == 0  # nothing was re-indexed
        assert {h.id for h in index.search('actor:"Secretary Hegseth"').hits} == {
            "000_280bedb2750b87d1", "001_869b093860f3ba4e"}
        overrides.write_text("merge = 'not a list'\n", encoding="utf-8")
        index.actors("")
        assert any("merge" in notice for notice in index.notices)
    with Index.open([SEEDS], tmp_path / "ix", overrides=overrides) as again:  # not read from the kept file
        again.actors("")
        assert any("merge" in notice for notice in again.notices)


def test_worked_out_actors_are_kept_for_the_next_opening(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from search.index import actor_table

    corpus = tmp_path / "corpus"
    write(corpus / "a.txt", ARTICLE)
    write(corpus / "b.txt", "Orban greets Putin\n\nViktor Orban met Vladimir Putin in Budapest on Tuesday.\n")
    overrides = tmp_path / "actors.toml"
    with Index.open([str(corpus)], tmp_path / "ix", overrides=overrides) as index:
        index.update()
        first = index.actors("", limit=None)
    kept = tmp_path / "ix" / "actors.pickle"
    assert kept.exists() and first

    built = []
    real = actor_table.ActorTable.__init__

    def counting(self: object, *args: object) -> None:
        built.append(1)
        real(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(actor_table.ActorTable, "__init__", counting)
    with Index.open([str(corpus)], tmp_path / "ix", overrides=overrides) as index:
        assert index.actors("", limit=None) == first and not built  # read back, not worked out
        write(corpus / "c.txt", "Putin visits Minsk\n\nVladimir Putin flew to Minsk on Friday.\n")
        index.update()
        counted = {a.name: a.articles for a in index.actors("", limit=None)}
        assert counted["Vladimir Putin"] == 2 and len(built) == 1  # a new generation: worked out again
    overrides.write_text('hide = ["Budapest"]\n', encoding="utf-8")
    with Index.open([str(corpus)], tmp_path / "ix", overrides=overrides) as index:
        assert "Budapest" not in {a.name for a in index.actors("", limit=None)} and len(built) == 2
    with Index.open([str(corpus)], tmp_path / "ix-2", overrides=overrides) as index:
        index.update()
        index.actor("putin")  # the directory alone is kept too (related and quotes need no table)
    assert (tmp_path / "ix-2" / "actors.pickle").exists() and len(built) == 2
    with Index.open([str(corpus)], tmp_path / "ix-2", overrides=overrides) as index:
        index.actors("")
    with Index.open([str(corpus)], tmp_path / "ix-2", overrides=overrides) as index:
        index.actors("")
    assert len(built) == 3  # the table was made once, then kept beside the directory
    (tmp_path / "empty").mkdir()
    with Index.open([str(tmp_path / "empty")], tmp_path / "ix-empty", overrides=overrides) as index:
        assert index.actors("") == []  # an index with no segment keeps nothing, and counts nothing
    assert not (tmp_path / "ix-empty" / "actors.pickle").exists()
    kept.write_bytes(b"not a pickle")
    with Index.open([str(corpus)], tmp_path / "ix", overrides=overrides) as index:
        assert "Budapest" not in {a.name for a in index.actors("", limit=None)} and len(built) == 5


SEED_QUOTES = {  # the opening words of every direct quote in the seeds -> its speaker (None: no cue)
    "The first time we'll meet": "Donald Trump", "I think we're on the way": "Donald Trump",
    "I think President Putin wants peace": "Donald Trump", "We believe that America": "Volodymyr Zelenskyy",
    "the United States will no longer": "Pete Hegseth", "We must start by recognizing": "Pete Hegseth",
    "Chasing this illusionary goal": "Pete Hegseth", "The United States does not believe": "Pete Hegseth",
    "intends to end this war": "Pete Hegseth", "There is no betrayal": "Pete Hegseth",
    "There is a recognition": "Pete Hegseth", "I think you saw": "Pete Hegseth", "So I look forward": "Pete Hegseth",
    "one man in the world": "Pete Hegseth", "returning to Ukraine": "Pete Hegseth",
    "He intends to end this war": "Pete Hegseth", "We want a sovereign": "Pete Hegseth",
    "We will be speaking": "Donald Trump", "We want to end that war": "Donald Trump",
    "I don’t want to say that": "Donald Trump", "We always had a business-like": "Vladimir Putin",
    "I couldn’t disagree": "Vladimir Putin", "within two weeks": "Donald Trump",
    "We need Tomahawks": "Donald Trump", "So I don’t know": "Donald Trump", "I did actually say": "Donald Trump",
    "No, I said it that way": "Donald Trump", "I just got off the phone": "Viktor Orbán",
    "I can tell you": "Donald Trump", "He would like to end the war": "Donald Trump",
    "We are still ready to meet": "Dmitry Peskov",
}


def test_seed_quotes_are_attributed_correctly_or_not_at_all(seed_index: Index) -> None:
    zelensky = seed_index.actor("zelensky").name
    expected = {start: (zelensky if who == "Volodymyr Zelenskyy" else who) for start, who in SEED_QUOTES.items()}
    found = seed_index.quotes("")
    attributed = 0
    for quote in found:
        key = next((start for start in expected if quote.text.startswith(start)), None)
        if key is None:
            assert quote.speaker is None or len(quote.text.split()) < 8, quote  # scare quotes: no speaker
            continue
        if quote.speaker is not None:
            attributed += 1
            assert quote.speaker == expected[key], (quote.text[:40], quote.speaker)
    assert attributed >= 25  # most are attributed, none wrongly


def test_a_timeline_over_segments_with_and_without_dates(tmp_path: Path) -> None:
    """A segment with no dated article has no date column; Whoosh then read the index's
    column short, and counting a timeline failed (IndexError) on such a corpus."""
    corpus = tmp_path / "corpus"
    for n in range(3):
        write(corpus / f"undated{n}.txt", f"Undated story {n}\n\nA story about harbours and ships, number {n}.\n")
    index = Index.open([corpus], tmp_path / "ix")
    index.update(wait=True)
    write(corpus / "dated.jsonl", json.dumps({"id": "d", "title": "Dated story", "date": "2024-05-01",
                                              "body": "A story about harbours, with a date."}) + "\n")
    index.update(wait=True)
    timeline = index.timeline("harbours")
    assert timeline.total == 4 and timeline.undated == 3
    index.close()


def test_cards_hold_what_lists_and_likeness_read(seed_index: Index) -> None:
    from search.index.cards import Cards
    from search.index.wording import Wording, story_words

    snapshot = seed_index.snapshot()
    searcher = snapshot.searcher
    cards = Cards(searcher)
    for docnum in searcher.reader().all_doc_ids():
        card, stored = cards[docnum], searcher.stored_fields(docnum)
        assert {key: card[key] for key in ("id", "title", "source", "published")} == \
               {key: stored.get(key) for key in ("id", "title", "source", "published")}
        assert [name for name, _ in card["actors"]] == [name for name, *_ in stored["actors"]]
        assert card["wording"] == story_words(stored["title"], stored["body"], stored.get("url"))

    class NoCards:  # a reader of segments written without cards
        def __init__(self, reader: object) -> None:
            self._reader = reader

        def has_column(self, field: str) -> bool:
            return False if field == "card" else self._reader.has_column(field)  # type: ignore[attr-defined]

        def __getattr__(self, name: str) -> object:
            return getattr(self._reader, name)

    class Searcher:
        def __init__(self) -> None:
            self._reader = NoCards(searcher.reader())

        def reader(self) -> NoCards:
            return self._reader

        def __getattr__(self, name: str) -> object:
            return getattr(searcher, name)

    plain, carded = Wording(Searcher()), Wording(searcher)
    for docnum in searcher.reader().all_doc_ids():
        assert "wording" not in plain.cards[docnum] and plain.cards[docnum]["id"] == cards[docnum]["id"]
        assert plain.vector(docnum) == carded.vector(docnum) != {}


def test_terms_read_segment_by_segment_are_whooshs_own(tmp_path: Path) -> None:
    from search.index.postings import field_terms

    corpus = tmp_path / "corpus"
    people = ["Ann Lee", "Bo Chan", "Cara Diaz"]
    for number, person in enumerate(people * 2):  # one update each: one segment each
        write(corpus / f"{number}.txt", f"Story {number}\n\n{person} met Dana Ortiz in Lisbon on Monday, "
                                        f"{person} told reporters.\n")
        with _open(corpus, tmp_path) as index:
            index.update()
    with _open(corpus, tmp_path) as index:
        reader = index.snapshot().searcher.reader()
        assert len(list(reader.leaf_readers())) > 1
        for field in ("actor_key", "body", "title"):
            whooshs = [(raw.decode("utf-8"), info.doc_frequency()) for raw, info in reader.iter_field(field)]
            assert field_terms(reader, field) == whooshs and whooshs
        assert ("PER|Dana Ortiz", 6) in field_terms(reader, "actor_key")


def test_actor_wildcards_find_names_of_every_type(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write(corpus / "a.txt", "Port deal signed\n\nAnn Lee of Harwick Dockers Federation signed the deal in Lisbon "
                            "on Monday, Ann Lee said.\n")
    write(corpus / "b.txt", "Markets calm\n\nShares were steady in Tokyo on Tuesday, traders said.\n")
    with _open(corpus, tmp_path) as index:
        index.update()
        ids = lambda query: {hit.id for hit in index.search(query, limit=None).hits}  # noqa: E731
        assert ids("actor:lisb*") == ids("place:lisb*") == {"a"}
        assert ids("actor:harw*") == ids("org:harw*") == {"a"}
        assert ids("actor:ann*") == ids("person:ann*") == {"a"}
        assert ids("actor:toky*") == {"b"} and ids("person:toky*") == set()


def test_the_text_forms_actor_search_looks_for_are_the_actors_own() -> None:
    """actor: also finds a name the tagger missed, by the forms that are the actor's alone."""
    from search.entities.directory import ActorDirectory
    from search.index.forms import TextForms

    class Searcher:  # how many articles hold a word in their headline or body (each once)
        in_text = {"okafor": 30, "harwick": 400, "smith": 60, "hous": 300, "market": 45, "vell": 130}

        def search(self, query, limit, scored):  # type: ignore[no-untyped-def]
            word = query.subqueries[0].text
            return range(self.in_text.get(word, 0))

    directory = ActorDirectory([("Ada Okafor", "PER", 20), ("Okafor", "PER", 15), ("Harwick", "LOC", 90),
                                ("Harwick Mills", "ORG", 5), ("Jon Smith", "PER", 30), ("Smith", "PER", 10),
                                ("Will Smith", "PER", 25), ("House", "ORG", 50), ("Port Talbot", "LOC", 8),
                                ("Market", "ORG", 40), ("Rosa Vell", "PER", 80), ("Vell", "PER", 20),
                                ("Vell Harbour", "PER", 9), ("Tomas Vell", "PER", 5)])
    forms = TextForms(directory, Searcher())
    assert forms.forms(directory.actor_of("Okafor")) == ["ada okafor", "okafor"]
    assert forms.forms(directory.actor_of("Harwick")) == []  # tagged in fewer than half the texts holding it
    assert forms.forms(directory.actor_of("Jon Smith")) == ["jon smith"]  # "Smith" is also Will Smith's
    assert forms.forms(directory.actor_of("House")) == []  # tagged in a sixth of the texts holding it
    assert forms.forms(directory.actor_of("Market")) == []  # a word news writes in lower case
    assert forms.forms(directory.actor_of("Port Talbot")) == ["port talbot"]
    # "Vell Harbour", typed a person (a tagger's run-on), shares no surname: only Tomas Vell's 5 count
    assert forms.forms(directory.actor_of("Rosa Vell")) == ["rosa vell", "vell"]


def test_actor_search_over_several_segments_finds_every_article_naming_the_actor(tmp_path: Path) -> None:
    """The articles whose text names an actor are kept by number for the whole index;
    Whoosh asks each segment with its own numbers, so they must be turned into those."""
    corpus = tmp_path / "corpus"
    bodies = ["Dredging of the harbour starts in May, Mayor Ada Okafor told fishermen at the quay.",
              "School meals will cost less from autumn after a vote backed by Ada Okafor.",
              "Bus timetables change next week; Ada Okafor's office blamed a shortage of drivers.",
              "Library hours are cut to four days as Ada Okafor trims the culture budget.",
              "Street lighting on the ring road failed twice this winter, Ada Okafor admitted.",
              "Flood defences along the river cost twice the estimate, said Ada Okafor on Friday.",
              "Market stall rents rise by a tenth, and traders say Ada Okafor ignored them.",
              "New park benches arrive in June, Ada Okafor promised pensioners at a meeting."]

    def story(n: int) -> str:
        return f"Council news {n}\n\n{bodies[n]}\n"

    for n in range(4):
        write(corpus / f"a{n}.txt", story(n))
    index = Index.open([corpus], tmp_path / "ix")
    index.update(wait=True)
    for n in range(4, 8):  # a second segment
        write(corpus / f"a{n}.txt", story(n))
    write(corpus / "other.txt", "Ferry news\n\nThe ferry left on time, the operator said on Monday.\n")
    index.update(wait=True)
    found = {hit.id for hit in index.search('actor:"Ada Okafor"', limit=None).hits}
    assert len(found) == 8 and not any("other" in name for name in found)
    assert len(index.matches('actor:"Ada Okafor"')) == 8 and index.timeline('actor:"Ada Okafor"').total == 8
    index.close()


def test_a_removed_files_names_and_roles_leave_with_it(tmp_path: Path) -> None:
    """Whoosh keeps a deleted article in its segment until the segment is merged: its
    names and roles must not stay in the directory, the sidebar or the roles, whether
    its segment is kept (a third of it deleted) or rewritten (more than half)."""
    corpus = tmp_path / "corpus"
    write(corpus / "a.txt", "Port talks stall\n\nHarbour minister Tomasz Vell said on Monday that the port "
                            "talks in Orlen had stalled.\n")
    write(corpus / "b.txt", "Mill reopens\n\nThe Harwick Mills plant reopened on Tuesday, said manager Ines Dorr.\n")
    write(corpus / "c.txt", "Rain expected\n\nForecasters expect heavy rain across the north on Friday.\n")
    with _open(corpus, tmp_path) as index:
        index.update()
        before = {a.name: a for a in index.actors("", limit=None)}
        assert "Tomasz Vell" in before and before["Tomasz Vell"].roles
        assert index.actor_directory().actor_of("Tomasz Vell") is not None
        (corpus / "a.txt").unlink()
        index.update()
        after = {a.name: a for a in index.actors("", limit=None)}
        assert "Tomasz Vell" not in after and "Ines Dorr" in after
        assert index.actor_directory().actor_of("Tomasz Vell") is None
        (corpus / "b.txt").unlink()
        index.update()
        assert index.actor_directory().actor_of("Ines Dorr") is None
    from whoosh import index as whoosh_index

    segments = whoosh_index.open_dir(str(tmp_path / "ix"))._segments()
    assert sum(s.doc_count_all() for s in segments) == 1 and not any(s.deleted_count() for s in segments)


def test_a_role_written_before_a_surname_alone_is_not_given_to_a_namesake_named_in_full(tmp_path: Path) -> None:
    """'President Vell' in an article that names only Tomas Vell in full: the corpus
    calls Rosa Vell President whenever it names her in full and never Tomas, so Tomas
    is not listed as a President.  A role the person named in full may hold ("Mayor
    Okafor" beside Ada Okafor, the only Okafor) stays theirs."""
    corpus = tmp_path / "corpus"
    president = ["opened the new bridge in Orlen on Monday and thanked the builders",
                 "signed the budget on Tuesday, her aides said", "unveiled a harbour plan in Orlen on Saturday",
                 "visited a school in the north on Sunday"]
    for n, what in enumerate(president):
        write(corpus / f"p{n}.txt", f"Orlen news {n}\n\nPresident Rosa Vell {what}.\n")
    write(corpus / "talks.txt", "Talks with unions\n\nPresident Vell met union leaders in Orlen on Wednesday.\n")
    write(corpus / "trial.txt", "Land deal trial opens\n\nTomas Vell went on trial on Thursday over a land deal. "
                                "President Vell was not in court, and Tomas Vell denied wrongdoing.\n")
    write(corpus / "market.txt", "Market budget cut\n\nThe city's mayor, Ada Okafor, spoke to traders on Friday. "
                                 "Mayor Okafor said the market budget was cut.\n")
    with _open(corpus, tmp_path) as index:
        index.update()
        found = {a.name: dict(a.roles) for a in index.actors("", limit=None)}
    assert found["Tomas Vell"] == {}
    assert found["Rosa Vell"] == {"President": 5}  # four named in full, one by title and surname alone
    assert found["Ada Okafor"] == {"mayor": 2}  # "the city's mayor, Ada Okafor," and "Mayor Okafor"


def test_a_speaker_named_only_by_a_role_is_the_one_the_corpus_calls_so(tmp_path: Path) -> None:
    """'"…," the foreign secretary told MPs' in an article that names Ada Vell without a
    title: the corpus calls her Foreign Secretary, so the quotation is hers, in the
    quotes and in the article.  'the president' is not a former President."""
    corpus = tmp_path / "corpus"
    write(corpus / "a1.txt", "Rebate talks\n\nForeign Secretary Ada Vell met her counterparts in Orlen on Monday.\n")
    write(corpus / "a2.txt", "Summit ends\n\nForeign Secretary Ada Vell left the summit in Harwick early on Tuesday.\n")
    write(corpus / "a3.txt", "Rebate defended\n\nAda Vell said the rebate was fair and would stay. \"Our position "
                             "is very clear and it is not for negotiation at all,\" the foreign secretary told MPs.\n")
    write(corpus / "a4.txt", "Former leader speaks\n\nFormer President Tomas Brask spoke in Orlen on Monday.\n")
    write(corpus / "a5.txt", "Former leader again\n\nFormer President Tomas Brask visited Harwick on Tuesday.\n")
    write(corpus / "a6.txt", "Aid debate\n\nTomas Brask criticised the aid plan on Friday. \"We cannot go on paying "
                             "for this war for years to come,\" the president told reporters.\n")
    with _open(corpus, tmp_path) as index:
        index.update()
        said = {q.text.split()[0]: q.speaker for q in index.quotes("")}
        assert said == {"Our": "Ada Vell", "We": None}
        [rebate] = index.search("rebate defended", limit=1).hits
        assert [q.speaker for q in index.article(rebate.id).quotes] == ["Ada Vell"]


def test_the_role_a_quote_names_goes_to_one_person_the_corpus_calls_so_in_two_articles() -> None:
    from search.index.described import described_speaker

    roles = {"Ada Vell": (("Foreign Secretary", 5), ("MP", 1)), "Tomas Brask": (("former President", 9),),
             "Ines Dorr": (("deputy leader", 4),), "Karl Lind": (("Labour leader", 6),), "Ida Marsh": (("MP", 3),)}
    assert described_speaker("foreign secretary", ["Ada Vell", "Karl Lind"], roles) == "Ada Vell"
    assert described_speaker("president", ["Tomas Brask"], roles) is None  # another office
    assert described_speaker("former president", ["Tomas Brask"], roles) == "Tomas Brask"
    assert described_speaker("leader", ["Ines Dorr", "Karl Lind"], roles) == "Karl Lind"  # a deputy leader is not
    assert described_speaker("mp", ["Ada Vell"], roles) is None  # called so once: not enough
    assert described_speaker("mp", ["Ida Marsh"], roles) == "Ida Marsh"
    assert described_speaker("foreign secretary", ["Karl Lind"], roles) is None  # she is not in the article
    roles["Karl Lind"] += (("Foreign Secretary", 2),)
    assert described_speaker("foreign secretary", ["Ada Vell", "Karl Lind"], roles) is None  # two could be meant


def test_an_index_folder_holding_another_corpus_is_not_emptied_by_default(tmp_path: Path) -> None:
    """Updating an index folder to a different corpus would remove all it holds (a
    command run without its --corpus on a named --index-dir): refused, with what to do;
    --rebuild replaces it."""
    from search import IndexUnavailable

    first, second = tmp_path / "first", tmp_path / "second"
    write(first / "a.txt", ARTICLE)
    write(second / "b.txt", "Markets fall\n\nShares fell sharply in London on Tuesday, traders said.\n")
    with Index.open([first], tmp_path / "ix") as index:
        assert index.update().added == 1
    with Index.open([second], tmp_path / "ix") as index:
        with pytest.raises(IndexUnavailable, match="another corpus .*--rebuild"):
            index.update()
        assert len(index) == 1
    with Index.open([str(first) + "/"], tmp_path / "ix") as index:  # the same corpus, written another way
        assert index.update().read == 0
    with Index.open([first, second], tmp_path / "ix") as index:  # grown by a folder, then narrowed again
        assert index.update().added == 1 and len(index) == 2
    with Index.open([first], tmp_path / "ix") as index:
        assert index.update().removed_files == 1 and len(index) == 1
    with Index.open([second], tmp_path / "ix") as index:
        with pytest.raises(IndexUnavailable):
            index.update()
    with Index.open([second], tmp_path / "ix", rebuild=True) as index:
        assert index.update().added == 1 and index.search("fell").total == 1


def test_the_bulk_writers_sub_writers_start_from_the_forkserver_not_as_forks(tmp_path: Path) -> None:
    """Forked, Whoosh's sub-writers each carried a copy of the builder's tagger tables and
    near-copy index; started from the forkserver they carry none, and still write every
    article."""
    import multiprocessing

    from whoosh import fields, index

    from search.index.writers import open_writer

    ix = index.create_in(str(tmp_path), fields.Schema(id=fields.ID(stored=True), body=fields.TEXT))
    writer = open_writer(ix, procs=2, limitmb=32, multisegment=True)
    for n in range(250):  # more than one job of 100 for each sub-writer
        writer.add_document(id=str(n), body=f"article number {n} about the harwick mill")
    assert {task._popen.method for task in writer.tasks} == {"forkserver"}  # type: ignore[attr-defined]
    writer.commit()
    assert multiprocessing.get_start_method() == "forkserver"
    with ix.searcher() as searcher:
        assert searcher.doc_count() == 250


def test_a_cancelled_bulk_writer_leaves_no_sub_writer_running(tmp_path: Path) -> None:
    """Whoosh's own cancel() only flags this process's copy of each sub-writer, which
    then waits on its queue for good; cancel_writer stops them, and nothing is written."""
    from whoosh import fields, index

    from search.index.writers import cancel_writer, open_writer

    ix = index.create_in(str(tmp_path), fields.Schema(id=fields.ID(stored=True), body=fields.TEXT))
    writer = open_writer(ix, procs=2, limitmb=32, multisegment=True)
    for n in range(250):
        writer.add_document(id=str(n), body=f"article number {n} about the harwick mill")
    tasks = list(writer.tasks)
    deadline = time.monotonic() + 30
    while not writer.jobqueue.empty() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(1.0)  # both jobs taken and written: the sub-writers wait on the queue
    assert tasks and all(task.is_alive() for task in tasks)
    cancel_writer(writer)
    for task in tasks:
        task.join(timeout=10)
    assert not any(task.is_alive() for task in tasks)
    with ix.searcher() as searcher:
        assert searcher.doc_count() == 0


def test_a_credits_words_are_no_storys_words() -> None:
    """Two articles with pictures by one photographer, or one reporter's byline, are not
    alike for it: the words of a credit do not count for related articles and stories."""
    from search.index.wording import story_words

    body = "Workers cleared the quay at dawn. (Ana Cruz/Harwick Wire via Dorr Images)\n\nReporting by Tom Reed"
    words = set(story_words("Quay cleared", body).split())
    assert {"worker", "quai", "dawn"} <= words  # stems
    assert not {"cruz", "harwick", "dorr", "reed", "tom"} & words


def test_ctrl_c_while_a_sub_writer_starts_leaves_one_the_writer_can_stop(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C that arrives while a worker process is being started takes effect once it
    has started: interrupted half-way, the writer held a sub-writer it could not stop
    ("can only join a started process", printed as a traceback by `newsdesk index`)."""
    import multiprocessing.process
    import signal

    from whoosh import fields, index

    from search.index.writers import cancel_writer, open_writer

    start = multiprocessing.process.BaseProcess.start

    def start_then_ctrl_c(process: multiprocessing.process.BaseProcess) -> None:
        signal.raise_signal(signal.SIGINT)  # as the start begins
        start(process)

    monkeypatch.setattr(multiprocessing.process.BaseProcess, "start", start_then_ctrl_c)
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    ix = index.create_in(str(tmp_path), fields.Schema(id=fields.ID(stored=True), body=fields.TEXT))
    writer = open_writer(ix, procs=2, limitmb=32, multisegment=True)
    try:
        with pytest.raises(KeyboardInterrupt):
            for n in range(250):
                writer.add_document(id=str(n), body=f"article number {n} about the harwick mill")
        assert writer.tasks and all(task.pid is not None for task in writer.tasks)
    finally:
        signal.signal(signal.SIGINT, before)
        monkeypatch.undo()
        cancel_writer(writer)
    assert not any(task.is_alive() for task in writer.tasks)
