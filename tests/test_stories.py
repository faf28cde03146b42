"""Related articles and stories: what belongs together, the same every time, whatever
the shape of the text, and a clear answer for bad input."""

from __future__ import annotations

import json
from datetime import date
import random
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from search.errors import UnknownArticle
from search.index.store import Index
from search.index.wording import _analysed_words, _content_words

from .conftest import SHARED

# Three stories told by several outlets, each article in its own words, and one loner.
ARTICLES = [
    ("quake-1", "2024-04-03", "Taipei Times", "Strong earthquake shakes Taiwan, buildings collapse in Hualien",
     "A magnitude 7.4 earthquake struck off the east coast of Taiwan on Wednesday morning. Buildings in "
     "Hualien leaned at dangerous angles and rescuers searched for people trapped inside. The quake was "
     "the strongest to hit the island in twenty-five years."),
    ("quake-2", "2024-04-03", "Focus Taiwan", "Hualien rescuers search collapsed buildings after Taiwan quake",
     "Rescue teams in Hualien worked through the day to reach residents trapped in collapsed buildings "
     "after the earthquake. Taiwan's fire agency said hundreds were injured across the island."),
    ("quake-3", "2024-04-04", "Asia Wire", "Taiwan counts the cost of its strongest earthquake in decades",
     "Taiwan began counting the damage on Thursday after the strongest earthquake in twenty-five years. "
     "Hualien remained cut off by landslides; rescuers reached miners trapped in a quarry."),
    ("chip-1", "2024-04-08", "Tech Daily", "Chipmaker TSMC wins subsidy for Arizona plant",
     "TSMC will receive a federal subsidy for its semiconductor plant in Arizona, the Commerce Department "
     "said. The chipmaker plans a third factory at the Phoenix site."),
    ("chip-2", "2024-04-08", "Business Wire Review", "Commerce Department grants TSMC billions for Arizona chip "
     "factories", "The Commerce Department awarded TSMC a subsidy to build semiconductor factories in "
     "Arizona. The chipmaker's Phoenix site will get a third plant."),
    ("vote-1", "2024-04-10", "Seoul Herald", "South Korea's opposition wins parliamentary election landslide",
     "South Korea's opposition Democratic Party won a landslide in the parliamentary election, dealing a "
     "blow to President Yoon. Turnout was the highest in three decades."),
    ("vote-2", "2024-04-11", "Korea Post", "Yoon's party routed in South Korea parliamentary vote",
     "President Yoon's party was routed as voters handed the opposition Democratic Party a parliamentary "
     "majority. The prime minister offered to resign after the election."),
    ("lone-1", "2024-04-12", "Garden Notes", "How to grow tomatoes on a balcony",
     "Tomatoes need six hours of sun, a deep pot and regular watering. Pick a compact variety."),
]


def _write(folder: Path, reshape=lambda text: text) -> Path:  # type: ignore[no-untyped-def]
    """The articles as records of one JSON Lines file (ids corpus#quake-1, ...)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "corpus.jsonl"
    path.write_text("".join(json.dumps({"id": name, "date": day, "source": outlet, "title": title,
                                        "body": reshape(body)}) + "\n"
                            for name, day, outlet, title, body in ARTICLES), encoding="utf-8")
    return path


def _open(folder: Path, ix: Path) -> Index:
    index = Index.open([str(folder)], ix)
    index.update(wait=True)
    return index


def _ids(index: Index) -> dict[str, str]:
    """Record name -> article id."""
    return {hit.id.split("#", 1)[1]: hit.id for hit in index.search("", limit=None).hits}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Index:
    root = tmp_path_factory.mktemp("stories")
    return _open(_write(root / "corpus"), root / "ix")


def test_related_finds_the_same_story_first_and_says_why(built: Index) -> None:
    ids = _ids(built)
    names = {v: k for k, v in ids.items()}
    for name, article_id in ids.items():
        related = built.related(article_id, limit=3)
        story = name.split("-")[0]
        same = [n for n in ids if n.startswith(story + "-") and n != name]
        if not same:
            continue
        top = [names[r.id] for r in related[:len(same)]]
        assert sorted(top) == sorted(same), (name, top)
        assert related[0].why.terms  # shared words a reader can check


def test_an_actor_named_as_often_as_a_common_word_proposes_nothing(built: Index,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Articles naming the same actor are candidates, unless the actor is named in more
    articles than a common word is (then which of thousands came first would decide)."""
    from search.index import related

    snapshot = built.snapshot()
    docnum = snapshot._docnum(_ids(built)["quake-1"])
    source = snapshot.searcher.stored_fields(docnum)
    def proposed(table: object = None) -> set[int]:
        return related._sharing_actors(snapshot.searcher, snapshot.wording, snapshot.directory, source, {docnum}, table)

    names = {v: k for k, v in _ids(built).items()}
    assert {names[snapshot.searcher.stored_fields(doc)["id"]] for doc in proposed()} >= {"quake-2", "quake-3"}
    assert proposed(snapshot.table) == proposed()  # read from the actor table or looked up: the same
    monkeypatch.setattr(related, "COMMON_WORD", 1)
    monkeypatch.setattr(related, "COMMON_SHARE", 0.0)
    assert proposed() == set() == proposed(snapshot.table)



def test_the_articles_of_a_word_are_kept_within_their_bound(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The articles each content word is in, as related articles ask for them: what the
    index finds for the word, whether kept from an earlier question or not, and never
    more numbers kept than ARTICLES_HELD."""
    from whoosh import query as wq

    from search.index import wording as wording_module

    index = _open(_write(tmp_path / "corpus"), tmp_path / "ix")
    snapshot = index.snapshot()
    wording = wording_module.Wording(snapshot.searcher)
    monkeypatch.setattr(wording_module, "ARTICLES_HELD", 4)
    words = sorted({word for doc in range(len(ARTICLES)) for word in wording.cards[doc]["wording"].split()})
    for _ in range(2):  # the second round asks again: some kept, most started again
        for word in words:
            found = wording.articles_with(word).tolist()
            assert found == sorted(snapshot.searcher.docs_for_query(wq.Term("words", word))) and found, word
            assert wording._articles_held <= 4 or len(wording._articles) == 1
    index.close()

def test_stories_group_the_coverage_and_list_it_by_date(built: Index) -> None:
    ids = _ids(built)
    names = {v: k for k, v in ids.items()}
    found = built.stories("")
    assert found.total == len(ARTICLES) == found.grouped and not found.notes
    groups = sorted(sorted(names[row.id] for row in story.articles) for story in found.stories)
    assert groups == [["chip-1", "chip-2"], ["lone-1"], ["quake-1", "quake-2", "quake-3"], ["vote-1", "vote-2"]]
    quake = found.stories[0]  # the biggest first
    assert len(quake) == 3 and quake.label in {t for n, _, _, t, _ in ARTICLES if n.startswith("quake")}
    assert [row.published for row in quake.articles] == sorted(row.published for row in quake.articles)
    assert quake.outlets == ("Asia Wire", "Focus Taiwan", "Taipei Times")
    assert quake.first is not None and quake.last is not None and quake.first < quake.last
    narrowed = built.stories("taiwan")  # any result set: here the quake's and the chipmaker's
    assert sorted(len(s) for s in narrowed.stories) == [1, 3] or sorted(len(s) for s in narrowed.stories) == [3]


def test_the_same_corpus_gives_the_same_lists_whatever_its_shape(tmp_path: Path) -> None:
    """Two builds, and a copy with every body hard-wrapped at 50 columns: identical
    related lists (ids, order, scores, reasons) and stories."""
    def wrapped(text: str) -> str:
        return "\n".join(textwrap.wrap(text, 50))

    answers = []
    for n, shape in enumerate([lambda t: t, lambda t: t, wrapped]):
        index = _open(_write(tmp_path / f"c{n}", shape), tmp_path / f"ix{n}")
        by_name = _ids(index)
        related = {name: [(r.id, r.score, r.why) for r in index.related(article_id)]
                   for name, article_id in sorted(by_name.items())}
        stories = [(s.label, [row.id for row in s.articles], s.actors) for s in index.stories("").stories]
        answers.append((related, stories))
        index.close()
    assert answers[0] == answers[1] == answers[2]


@pytest.mark.parametrize("few_tied", [100, 0])  # ids from the tied articles' cards, or from the order of all ids
def test_which_articles_tie_for_the_last_candidate_place_does_not_depend_on_their_order(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, few_tied: int) -> None:
    """More articles than related weighs share the question's words equally: the ones
    with the lowest ids are weighed, whatever order the build numbered them in (files are
    read in parallel, so two builds number one corpus differently)."""
    from search.index import related
    from search.index.related import CANDIDATES

    monkeypatch.setattr(related, "FEW_TIED", few_tied)

    rare = [f"{a}{b}" for a in ("bel", "cor", "dun", "fal", "gor", "hal", "jor", "kel", "lom")
            for b in ("ver", "tis", "man", "rod", "sen", "pul", "dra", "nok", "wey")][:CANDIDATES + 20]
    titles = [("q", "Ferry strike halts harbour crossings")] + \
             [(f"t{n:03d}", f"Ferry {word} timetable") for n, word in enumerate(rare)]
    answers = []
    for name, order in (("forward", titles), ("backward", titles[::-1])):
        path = tmp_path / name / "feed.jsonl"
        path.parent.mkdir()
        path.write_text("".join(json.dumps({"id": key, "title": title, "date": "2031-05-02"}) + "\n"
                                for key, title in order), encoding="utf-8")
        index = _open(path.parent, tmp_path / f"ix-{name}")
        answers.append([(r.id, r.score) for r in index.related("feed#q", limit=10)])
        index.close()
    scores = [score for _, score in answers[0]]
    assert len(scores) == 10 and scores.count(scores[-1]) >= 8  # tied (the closest two sharpen the question)
    assert answers[0] == answers[1]
    assert [article_id for article_id, _ in answers[0]] == [f"feed#t{n:03d}" for n in range(10)]


def test_every_article_has_its_place_in_the_order_of_ids(built: Index) -> None:
    snapshot = built.snapshot()
    ranks = snapshot.wording.id_ranks()
    live = sorted(snapshot.searcher.reader().all_doc_ids())
    assert sorted(live, key=lambda doc: ranks[doc]) == sorted(live, key=lambda doc: snapshot.cards[doc]["id"])
    assert len({int(ranks[doc]) for doc in live}) == len(live) and min(ranks[doc] for doc in live) >= 0


def test_headline_only_records_are_related_by_their_words(tmp_path: Path) -> None:
    headlines = ["Malaysia Airlines jet missing over South China Sea",
                 "Search widens for missing Malaysia Airlines jet",
                 "Missing Malaysia Airlines plane: search enters fifth day",
                 "Apple iPhone sales slow in China",
                 "Investors fret over slowing iPhone sales"]
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps({"id": f"h{n}", "title": t, "date": "2014-03-11"}) + "\n"
                            for n, t in enumerate(headlines)), encoding="utf-8")
    index = _open(path, tmp_path / "ix")
    related = index.related("feed#h0", limit=4)
    assert [r.id for r in related[:2]] == ["feed#h1", "feed#h2"] or [r.id for r in related[:2]] == ["feed#h2", "feed#h1"]
    assert any("malaysia" in words for words in related[0].why.terms)
    assert [r.id for r in index.related("feed#h4")][:1] == ["feed#h3"]


def test_a_headline_cut_short_is_read_with_the_words_of_its_link(tmp_path: Path) -> None:
    """An aggregator's export holds a headline and a link: where the address spells the
    story out, its words count as the body's (the headlines below share no word)."""
    records = [
        ("k0", "Harbour board says yes", "https://harbour-news.example/2031/05/"
         "quayside-ferry-terminal-expansion-approved-by-board-1893"),
        ("k1", "Go-ahead at last for the quayside plan  ...", "https://coast.example/local/"
         "ferry_terminal_expansion_wins_approval.html"),
        ("k2", "Orchard growers count frost losses", "https://farm.example/news/orchard-frost-losses-counted"),
        ("k3", "Berry farms hit by late frost", "https://farm.example/id/8812/QmFzZTY0-SWQ"),
    ]
    path = tmp_path / "export.jsonl"
    path.write_text("".join(json.dumps({"id": key, "title": title, "url": link, "date": "2031-05-02"}) + "\n"
                            for key, title, link in records), encoding="utf-8")
    index = _open(path, tmp_path / "ix")
    related = index.related("export#k0", limit=3)
    assert [r.id for r in related][:1] == ["export#k1"]
    assert "ferri termin" in related[0].why.terms  # the reason, in the stems related shows
    assert [r.id for r in index.related("export#k3")][:1] == ["export#k2"]  # by 'frost' alone
    assert index.search("ferry").total == 0  # the link's words are likeness, not the text searched
    grouped = [sorted(row.id for row in story.articles) for story in index.stories("").stories]
    assert ["export#k0", "export#k1"] in grouped


def test_only_a_link_that_spells_words_gives_words() -> None:
    from search.index.wording import link_words

    assert link_words("http://paper.example/business/2031/05/02/mill-closes-after-ninety-years-20310502,0,77.story"
                      ) == "mill closes after ninety years"
    assert link_words("https://paper.example/news/uk-england-devon-61234567") == ""  # a section and a number
    assert link_words("https://paper.example/d/story/town-fair-returns/2/0HXO6y-veUa3I-FwpJxKeQ") == "town fair returns"
    assert link_words("https://paper.example/a/FwpJxKeQ-QmFzZTY0-SWQxYmC") == ""  # an encoded id, not words
    assert link_words("https://town-fair-returns-to-the-green.example/") == ""  # a host is no story
    for nothing in (None, "", "not a link", "http://[broken", "mailto:desk@paper.example"):
        assert link_words(nothing) == ""


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["http://", "https://", "", "//", "http://[", "ftp://"]))
def test_any_link_gives_words_or_nothing_and_never_fails(rest: str, scheme: str) -> None:
    from search.index.wording import link_words

    words = link_words(scheme + rest)
    assert words == "" or (len(words.split()) >= 3 and all(w.isalpha() and len(w) >= 3 for w in words.split()))
    assert not any(ord(c) < 32 for c in words)


def test_a_link_speaks_only_for_a_record_without_a_body() -> None:
    from search.index.wording import story_words

    link = "https://paper.example/world/2031/05/02/mill-closes-after-ninety-years"
    assert story_words("Mill closes", "", link) == "mill close\nmill close nineti"
    assert story_words("Mill closes", "The mill shut its gates on Friday.", link) == \
        story_words("Mill closes", "The mill shut its gates on Friday.")  # the body says what it is about


def test_a_question_whose_results_are_one_story_gets_that_story(tmp_path: Path) -> None:
    """The results of a question share its subject: their story's own words must count
    (leaving out what a tenth of the results held broke such a story into its articles)."""
    headlines = ["Norrvik glacier bridge collapses after spring thaw",
                 "Thaw blamed as Norrvik glacier bridge falls into river",
                 "Divers search river after Norrvik bridge collapse",
                 "Norrvik bridge collapse: engineers warned of glacier melt",
                 "Engineers inspect remaining spans after Norrvik collapse",
                 "Norrvik mayor orders inquiry into glacier bridge collapse",
                 "Norrvik choir wins regional festival"]
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps({"id": f"n{n}", "title": t, "date": "2031-04-0" + str(1 + n % 3)}) + "\n"
                            for n, t in enumerate(headlines)), encoding="utf-8")
    index = _open(path, tmp_path / "ix")
    grouped = [sorted(row.id for row in story.articles) for story in index.stories("norrvik").stories]
    assert grouped == [[f"feed#n{n}" for n in range(6)], ["feed#n6"]]


def test_bad_input_gets_a_clear_answer(tmp_path: Path, built: Index) -> None:
    with pytest.raises(UnknownArticle):
        built.related("no-such-article")
    empty = built.stories("zzzzqqq")
    assert empty.total == 0 and empty.stories == []
    one = tmp_path / "one"
    one.mkdir()
    (one / "only.txt").write_text("The only article\n\nIt stands alone in its corpus.\n", encoding="utf-8")
    index = _open(one, tmp_path / "ix")
    only = index.search("").hits[0].id
    assert index.related(only) == []
    alone = index.stories("").stories
    assert len(alone) == 1 and [row.id for row in alone[0].articles] == [only]


_NEEDS_DEV_SETS = pytest.mark.skipif(not (SHARED / "corpora" / "stories").is_dir(),
                                     reason="needs ../shared/corpora/stories (the story-labelled dev sets)")


def _dev_sets() -> Iterator[tuple[str, list[dict], list[str], list[str]]]:  # type: ignore[type-arg]
    """Each story-labelled dev set: its name, records, record ids and each record's story."""
    from bench.related import labels, records

    gold = labels(SHARED / "corpora")
    for name in ("uci", "ecb"):
        items = records(SHARED / "corpora", name)
        ids = [item["id"] for item in items]
        yield name, items, ids, [gold[name][i] for i in ids]


@pytest.mark.slow
@_NEEDS_DEV_SETS
def test_related_ranks_the_same_story_above_a_plain_tfidf_cosine(tmp_path: Path) -> None:
    """On both story-labelled dev sets, P@5 at least that of the textbook baseline, and
    no query left with nothing while its story has other articles."""
    from bench.related import newsdesk_index, newsdesk_ranking, precision_recall, tfidf_ranking, tfidf_vectors, text_of

    for name, items, ids, story in _dev_sets():
        asked = sorted(random.Random(7).sample(range(len(items)), 80))
        index = newsdesk_index(SHARED / "corpora", name, tmp_path / name)
        ours = precision_recall(newsdesk_ranking(index, ids)[0], story, asked)
        baseline = precision_recall(tfidf_ranking(tfidf_vectors([text_of(i) for i in items])), story, asked)
        assert ours["empty"] == 0
        assert ours["P@5"] >= baseline["P@5"], (name, ours, baseline)
        index.close()


async def _stories_shown(app, pilot):  # type: ignore[no-untyped-def]
    """Once the corpus is indexed, `v`: the article list and the story list, grouped."""
    from tui.components.article_list import ArticleList
    from tui.components.stories import StoryList
    from .test_app import _until

    articles, stories = app.query_one(ArticleList), app.query_one(StoryList)
    await _until(pilot, lambda: not app.reader.indexing and articles.matches is not None
                 and len(articles.matches) == len(ARTICLES))
    await pilot.press("v")
    await _until(pilot, lambda: stories.stories is not None)
    return articles, stories


@pytest.mark.asyncio
async def test_the_reader_switches_the_list_to_stories_and_opens_one(tmp_path: Path) -> None:
    from textual.widgets import Static

    from search.state import ReadingState
    from tui.app import NewsdeskApp
    from tui.components.timeline import TimelineChart
    from .test_app import _until

    app = NewsdeskApp([str(_write(tmp_path / "corpus"))], str(tmp_path / "ix"),
                      state=ReadingState("test", tmp_path / "state.sqlite"))

    def header() -> str:
        return app.query_one("#list-header", Static).visual.plain  # type: ignore[union-attr]

    async with app.run_test(size=(150, 42)) as pilot:
        articles, stories = await _stories_shown(app, pilot)
        assert stories.display and not articles.display and app.focused is stories
        assert [len(s) for s in stories.stories.stories] == [3, 2, 2, 1]
        await pilot.press("enter")  # the biggest story: the earthquake's three articles, by date
        await _until(pilot, lambda: articles.display and len(articles.matches) == 3)
        assert [articles.matches.row(n).id.split("#")[1] for n in range(3)] == ["quake-1", "quake-2", "quake-3"]
        assert header().startswith("Story · 3 articles · 3 outlets · 2024-04-03 to 2024-04-04")
        chart = app.query_one(TimelineChart)
        await _until(pilot, lambda: chart.story is not None and chart.timeline is not None)
        marked = [b.start for n, b in enumerate(chart.timeline.buckets) if chart._in_active(n, chart.story)]
        assert marked and marked[0] <= date(2024, 4, 3) and marked[-1] <= date(2024, 4, 4)
        assert "story 3" in chart.render().plain  # its days, in the caption too
        await pilot.press("enter")  # an article of the story opens in the reader
        await _until(pilot, lambda: app.reader.article is not None and app.reader.article.id.endswith("quake-1"))
        await pilot.press("2", "escape")  # into the reader, and back to the story's articles
        await _until(pilot, lambda: app.focused is articles)
        assert articles.display and len(articles.matches) == 3
        await pilot.press("escape")  # and from the story back to the stories
        await _until(pilot, lambda: stories.display and app.focused is stories)
        await _until(pilot, lambda: chart.story is None)  # no story open: no story's days marked
        await pilot.press("v")  # and back to the articles
        await _until(pilot, lambda: articles.display and len(articles.matches) == len(ARTICLES))
        assert header().startswith(f"{len(ARTICLES)} articles")


@pytest.mark.asyncio
async def test_the_stories_follow_new_articles_under_the_same_question(tmp_path: Path) -> None:
    """Articles indexed while the stories are shown (feeds fetched, a corpus still being
    read) are grouped too: the question is the same, the results are not."""
    from search.state import ReadingState
    from tui.app import NewsdeskApp
    from tui.messages import IndexUpdated
    from .test_app import _until

    corpus = _write(tmp_path / "corpus").parent  # a folder, into which a new file comes
    app = NewsdeskApp([str(corpus)], str(tmp_path / "ix"), state=ReadingState("test", tmp_path / "state.sqlite"))
    async with app.run_test(size=(150, 42)) as pilot:
        articles, stories = await _stories_shown(app, pilot)
        assert sum(len(s) for s in stories.stories.stories) == len(ARTICLES)
        late = corpus / "late.jsonl"
        late.write_text(json.dumps({"id": "quake-4", "date": "2024-04-05", "source": "Island Daily",
                                    "title": "Hualien rescuers reach the last trapped miners after Taiwan earthquake",
                                    "body": "Rescuers in Hualien reached the last miners trapped by the earthquake."})
                        + "\n", encoding="utf-8")
        report = Index.open([str(corpus)], tmp_path / "ix").update(wait=True)  # as a fetch's indexing does
        assert report.added == 1
        app.reader.post_message(IndexUpdated(report))
        await _until(pilot, lambda: stories.stories is not None
                     and sum(len(s) for s in stories.stories.stories) == len(ARTICLES) + 1)
        assert stories.display and [len(s) for s in stories.stories.stories][0] == 4  # joined the earthquake


@given(st.lists(st.sampled_from(list("abcdeéİßﬁ.*'- \n1AZ") + ["the ", "U.S. ", "Straße "]), max_size=80).map("".join))
def test_content_words_are_the_analyzers_whatever_the_text(text: str) -> None:
    # The memo analyses each written word once; it must give what the analyzer gives
    # over the whole text, or stored wordings and the index's terms disagree.
    assert _content_words(text) == _analysed_words(text)


def _grouped_by_definition(count: int, pairs: dict[tuple[int, int], float], bar: float) -> list[list[int]]:
    """Average linkage as defined: join the two groups whose average likeness over every
    pair between them (a pair not given: 0) is largest, while it is at least `bar`."""
    groups = [[n] for n in range(count)]
    while len(groups) > 1:
        best, which = -1.0, (0, 0)
        for i in range(len(groups)):
            for j in range(i + 1, len(groups)):
                total = sum(pairs.get((min(a, b), max(a, b)), 0.0) for a in groups[i] for b in groups[j])
                average = total / (len(groups[i]) * len(groups[j]))
                if average > best:
                    best, which = average, (i, j)
        if best < bar:
            break
        i, j = which
        groups[i] = sorted(groups[i] + groups.pop(j))
    return sorted(groups)


@settings(deadline=None)  # the first example imports SciPy
@given(st.integers(2, 24), st.integers(0, 2**32 - 1), st.floats(0.05, 0.6))
def test_stories_group_by_average_linkage_as_defined_both_ways(count: int, seed: int, bar: float) -> None:
    """The grouping of stories, through SciPy's table of distances and through its pairs
    alone (what a part too large for a table takes), is average linkage as defined."""
    from search.index.grouping import average_linkage

    rng = random.Random(seed)
    pairs = {(a, b): rng.random() for a in range(count) for b in range(a + 1, count) if rng.random() < 0.3}
    first, second = [a for a, _ in pairs], [b for _, b in pairs]
    likeness = list(pairs.values())
    expected = _grouped_by_definition(count, pairs, bar)
    assert sorted(average_linkage(count, first, second, likeness, bar)) == expected
    assert sorted(average_linkage(count, first, second, likeness, bar, table_from=2)) == expected
    assert sorted(average_linkage(count, first, second, likeness, bar, dense_most=1)) == expected


def _confirmed_pairs(pairs: dict[tuple[int, int], float], short: list[bool]) -> dict[tuple[int, int], float]:
    import numpy as np

    from search.index.stories import _confirmed

    first = np.array([a for a, _ in pairs], np.int64)
    second = np.array([b for _, b in pairs], np.int64)
    value = _confirmed(len(short), first, second, np.array(list(pairs.values())), short)
    return dict(zip(pairs, value.tolist()))


def test_headlines_alike_to_the_same_others_are_confirmed_and_one_shared_word_is_not() -> None:
    """Two headlines each of a close-knit story, alike through one word, keep less of
    their likeness than two headlines of one story do; two alike to no others keep theirs."""
    story_a, story_b = range(0, 5), range(5, 10)
    pairs = {(a, b): 0.4 for group in (story_a, story_b) for a in group for b in group if a < b}
    pairs[(0, 5)] = 0.1  # one shared word across the two stories
    pairs[(1, 2)] = 0.1  # as alike, within a story
    pairs[(10, 11)] = 0.1  # a story of two
    confirmed = _confirmed_pairs(pairs, [True] * 12)
    assert confirmed[(10, 11)] == pytest.approx(0.1)
    assert confirmed[(1, 2)] > 2 * confirmed[(0, 5)]
    assert confirmed[(1, 2)] <= 0.1 and confirmed[(2, 3)] <= 0.4
    assert all(0.0 <= value <= pairs[pair] + 1e-12 for pair, value in confirmed.items())


def test_full_text_is_left_as_alike_as_it_is_and_a_mixed_pair_half_confirmed() -> None:
    pairs = {(0, 1): 0.4, (0, 2): 0.4, (1, 2): 0.4, (2, 3): 0.1, (3, 4): 0.4}
    assert _confirmed_pairs(pairs, [False] * 5) == pairs
    short = _confirmed_pairs(pairs, [True] * 5)[(2, 3)]
    mixed = _confirmed_pairs(pairs, [True, True, True, False, False])[(2, 3)]
    assert short < mixed < 0.1 and mixed == pytest.approx((0.1 * short) ** 0.5)


@pytest.mark.slow
@_NEEDS_DEV_SETS
def test_stories_beat_single_link_clustering_on_both_dev_sets(tmp_path: Path) -> None:
    """Whole-set stories ahead of the textbook baseline at its best threshold for the
    set, and the stories of one question a story (how a reader asks) mostly right."""
    from bench.related import newsdesk_index, question_stories_figures, stories_figures, tfidf_vectors, text_of

    for name, items, ids, story in _dev_sets():
        index = newsdesk_index(SHARED / "corpora", name, tmp_path / name)
        whole = stories_figures(index, ids, story, tfidf_vectors([text_of(i) for i in items]))
        assert whole["stories"]["F1"] > whole["single_link_best"]["F1"], (name, whole)
        assert whole["stories"]["F1"] >= 0.84, (name, whole)  # 0.866 and 0.890 on 2026-12-05 (0.845 before _confirmed)
        asked = question_stories_figures(index, items, ids, story)
        assert asked["F1_by_article"] >= 0.65, (name, asked)  # 0.713 and 0.773 (0.664 and 0.775 before _confirmed); 0.229 and 0.403 before 466d40c
        index.close()
