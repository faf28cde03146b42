"""Actors: the tagger, grouping within an article, the corpus directory, quotes."""

from __future__ import annotations

from pathlib import Path

import pytest

from search.article import ArticleActor, MentionSpan, Quote
from search.entities import article_actors, find_mentions
from search.entities.__main__ import main as conll_main
from search.entities.conll import read_conll, score, spans, to_iob2
from search.entities.directory import ActorDirectory, Overrides, OverridesError
from search.entities.marks import quotation_spans
from search.entities.headline import from_headline
from search.entities.quotes import find_quotes
from search.entities.surnames import missed_surnames

from .conftest import CORPORA, needs_corpora


def test_spans_read_iob1_and_iob2() -> None:
    iob1 = ["I-PER", "I-PER", "O", "I-LOC", "B-LOC", "O", "I-MISC"]
    assert spans(iob1) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC"), (6, 7, "MISC")]
    assert to_iob2(iob1) == ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "O", "B-MISC"]
    assert spans(to_iob2(iob1)) == spans(iob1)


def test_score_counts_exact_spans_and_ignores_misc() -> None:
    gold = [["B-PER", "I-PER", "O", "B-ORG", "B-MISC"]]
    predicted = [["B-PER", "O", "O", "B-ORG", "O"]]
    result = score(gold, predicted)
    assert result.prf("ORG") == (1.0, 1.0, 1.0)
    assert result.prf("PER") == (0.0, 0.0, 0.0)
    assert result.prf() == (0.5, 0.5, 0.5)


def test_conll_command_scores_and_writes_predictions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sample = tmp_path / "tiny.conll"
    sample.write_text("-DOCSTART- -X- O O\n\nAngela NNP I-NP I-PER\nMerkel NNP I-NP I-PER\nvisited VBD I-VP O\n"
                      "Paris NNP I-NP I-LOC\n. . O O\n\n", encoding="utf-8")
    assert conll_main(["--conll", str(sample), "--predict", str(tmp_path / "out")]) == 0
    printed = capsys.readouterr().out
    assert "overall" in printed and "tokens/s" in printed
    lines = [line.split() for line in (tmp_path / "out").read_text().splitlines() if line and "DOCSTART" not in line]
    assert len(lines) == 5 and all(len(columns) == 5 for columns in lines)
    assert all(columns[4] == "O" or columns[4][:2] in ("B-", "I-") for columns in lines)


def test_a_name_keeps_the_type_its_document_gives_it_most() -> None:
    from search.entities.consistency import consistent_types

    sentences = [["Talks", "with", "Orvendo", "Pell", "."], ["Pell", "said", "no", "."],
                 ["Pell", "left", "early", "."], ["Kessaly", "Foods", "agreed", "."],
                 ["Kessaly", "Foods", "shares", "rose", "."], ["Kessaly", "Foods", "and", "Pell", "."]]
    tagged = [["O", "O", "B-PER", "I-PER", "O"], ["B-ORG", "O", "O", "O"], ["B-PER", "O", "O", "O"],
              ["B-ORG", "I-ORG", "O", "O"], ["B-PER", "I-PER", "O", "O", "O"], ["B-ORG", "I-ORG", "O", "B-LOC", "O"]]
    mended = consistent_types(sentences, tagged, [None] * len(sentences))
    assert mended[1] == ["B-PER", "O", "O", "O"]  # a firm once, a place once; a person alone and in the full name
    assert mended[4] == ["B-ORG", "I-ORG", "O", "O", "O"]  # two votes to one
    assert mended[5] == ["B-ORG", "I-ORG", "O", "B-PER", "O"]
    assert mended[2] == tagged[2]
    assert mended[0] == tagged[0] and mended[3] == tagged[3]
    # A line set in capitals neither votes nor is changed.
    shouted = consistent_types(sentences, tagged, [None, "CU", None, None, "CU", None])
    assert shouted[1] == tagged[1] and shouted[4] == tagged[4]


def test_a_place_once_run_into_a_name_stays_a_place() -> None:
    from search.entities.consistency import consistent_types

    sentences = [["Ulm", "Varosk", "spoke", "."], *[["In", "Varosk", "."] for _ in range(3)],
                 ["Ite", "Daro", "met", "Daro", "."], ["Ite", "Daro", "left", "."]]
    tagged = [["B-PER", "I-PER", "O", "O"], *[["O", "B-LOC", "O"] for _ in range(3)],
              ["B-PER", "I-PER", "O", "B-ORG", "O"], ["B-PER", "I-PER", "O", "O"]]
    mended = consistent_types(sentences, tagged, [None] * len(sentences))
    assert mended[1:4] == tagged[1:4]  # tagged a place three times alone, part of a name once
    assert mended[4] == ["B-PER", "I-PER", "O", "B-PER", "O"]  # the surname of the person named twice


def test_tagger_finds_people_organisations_places_with_offsets() -> None:
    text = "Ukrainian President Volodymyr Zelensky met NATO chief Mark Rutte in Brussels on Monday."
    found = {(m.text, m.type) for m in find_mentions(text)}
    assert {("Volodymyr Zelensky", "PER"), ("NATO", "ORG"), ("Mark Rutte", "PER"), ("Brussels", "LOC")} <= found
    assert all(text[m.start:m.end] == m.text for m in find_mentions(text))


def test_one_person_many_forms_within_an_article() -> None:
    actors, mentions = article_actors(
        "Allies meet",
        "President Donald Trump spoke on Monday. Mr. Trump said Trump's plan would work. "
        "Joe Biden disagreed, and Hunter Biden stayed silent. Biden said nothing more.")
    names = {a.name: a for a in actors}
    assert names["Donald Trump"].mentions == 3 and names["Donald Trump"].type == "PER"
    assert "Trump" in names["Donald Trump"].aliases
    assert "Joe Biden" in names and "Hunter Biden" in names and "Biden" not in names
    body = "President Donald Trump spoke"
    assert any(m.start == body.index("Donald") for m in mentions)


def _directory(*seen: tuple[str, str, int], overrides: Overrides | None = None) -> ActorDirectory:
    return ActorDirectory(seen, overrides)


def test_people_named_in_full_decide_the_type_of_their_surnames() -> None:
    """Headlines write a leader's bare surname where a country would stand, and the tagger
    may call it a place; joined to the person named in full, it is that person."""
    directory = _directory(("Amaka Okafor", "PER", 30), ("Okafor", "LOC", 50), ("OKAFOR", "LOC", 5),
                           ("Norland", "LOC", 90), ("Tomas Un", "PER", 40), ("Un", "ORG", 3), ("UN", "ORG", 60),
                           ("TALBOT", "PER", 4), ("Talbot", "PER", 9), ("Ines Talbot", "PER", 12))
    okafor = directory.actor_of("Okafor")
    assert okafor is directory.actor_of("Amaka Okafor") and (okafor.name, okafor.type) == ("Amaka Okafor", "PER")
    assert directory.actor_of("Norland").type == "LOC"
    # Initials are not a surname, even by way of a spelling joined to them.
    assert directory.actor_of("UN") is directory.actor_of("Un") is not directory.actor_of("Tomas Un")
    # A surname written in capitals is still the surname.
    assert directory.actor_of("TALBOT") is directory.actor_of("Ines Talbot")


def test_spellings_surnames_and_acronyms_merge() -> None:
    directory = _directory(("Volodymyr Zelensky", "PER", 10), ("Zelenskyy", "PER", 4), ("Zelenskiy", "PER", 3),
                           ("Kyiv", "LOC", 9), ("Kiev", "LOC", 2), ("Viktor Orbán", "PER", 2), ("Orban", "PER", 1),
                           ("Pete Hegseth", "PER", 3), ("Hegseth", "PER", 5), ("NATO", "ORG", 8),
                           ("North Atlantic Treaty Organization", "ORG", 1))
    zelensky = directory.actor_of("Zelenskiy")
    assert zelensky is directory.actor_of("Zelenskyy") and zelensky.name == "Volodymyr Zelensky"
    assert directory.actor_of("Kiev") is directory.actor_of("Kyiv")
    assert directory.actor_of("Orban").name == "Viktor Orbán"
    assert directory.actor_of("Hegseth").name == "Pete Hegseth"
    assert directory.actor_of("NATO") is directory.actor_of("North Atlantic Treaty Organization")
    assert [a.name for a in directory.find("zelensky")] == ["Volodymyr Zelensky"]


def test_shorter_full_names_and_transliterated_first_names_join_the_person() -> None:
    directory = _directory(("Recep Tayyip Erdogan", "PER", 49), ("Tayyip Erdoğan", "PER", 13), ("Erdogan", "PER", 50),
                           ("Volodymyr Zelensky", "PER", 40), ("Vladimir Zelensky", "PER", 5),
                           ("Donald Trump", "PER", 30), ("Donald J Trump", "PER", 2))
    assert directory.actor_of("Erdogan") is directory.actor_of("Tayyip Erdoğan")
    assert directory.actor_of("Erdogan").name == "Recep Tayyip Erdogan"
    assert directory.actor_of("Vladimir Zelensky").name == "Volodymyr Zelensky"
    assert directory.actor_of("Donald J Trump") is directory.actor_of("Donald Trump")


def test_people_sharing_a_surname_stay_apart() -> None:
    directory = _directory(("Joe Biden", "PER", 9), ("Hunter Biden", "PER", 3), ("Biden", "PER", 20))
    assert directory.actor_of("Joe Biden") is not directory.actor_of("Hunter Biden")
    assert directory.actor_of("Biden").name == "Biden"


def test_overrides_merge_split_rename_hide(tmp_path: Path) -> None:
    path = tmp_path / "actors.toml"
    path.write_text('merge = [["Boris Johnson", "BoJo"]]\nsplit = ["Kiev"]\nhide = ["Oval Office"]\n'
                    '[rename]\n"Volodymyr Zelensky" = "Zelensky"\n', encoding="utf-8")
    directory = _directory(("Boris Johnson", "PER", 3), ("BoJo", "PER", 1), ("Kyiv", "LOC", 5), ("Kiev", "LOC", 1),
                           ("Oval Office", "LOC", 2), ("Volodymyr Zelensky", "PER", 4),
                           overrides=Overrides.load(path))
    assert directory.actor_of("BoJo").name == "Boris Johnson"
    assert directory.actor_of("Kiev") is not directory.actor_of("Kyiv")
    assert directory.actor_of("Oval Office").hidden
    assert directory.actor_of("Volodymyr Zelensky").name == "Zelensky"
    path.write_text("merge = 3\n", encoding="utf-8")
    with pytest.raises(OverridesError, match="merge"):
        Overrides.load(path)
    path.write_text("[broken\n", encoding="utf-8")
    with pytest.raises(OverridesError, match="actors.toml"):
        Overrides.load(path)


def _quotes(body: str) -> list[tuple[str | None, str]]:
    actors, mentions = article_actors("Talks", body)
    return [(q.speaker, body[q.start:q.end]) for q in find_quotes(body, actors, mentions)]


def test_quote_patterns() -> None:
    body = ("Defense Secretary Pete Hegseth spoke in Brussels.\n\n"
            "\u201cThere is no betrayal there,\u201d Hegseth told reporters.\n\n"
            "\u201cWe are ready to meet many times,\u201d said Kremlin spokesman Dmitry Peskov.\n\n"
            "Hegseth said, \u201cWe want a sovereign and prosperous Ukraine.\u201d\n\n"
            "Peskov spoke again on Tuesday. \u201cNothing has changed since last week,\u201d he said.\n\n"
            "The talks ended late.\n\n"
            "\u201cThis is a quote that nobody in particular can claim.\u201d\n\n"
            "It was a \u201cvery good\u201d meeting.")
    assert _quotes(body) == [
        ("Pete Hegseth", "There is no betrayal there,"),
        ("Dmitry Peskov", "We are ready to meet many times,"),
        ("Pete Hegseth", "We want a sovereign and prosperous Ukraine."),
        ("Dmitry Peskov", "Nothing has changed since last week,"),
        (None, "This is a quote that nobody in particular can claim."),
    ]


def test_quote_over_several_paragraphs() -> None:
    body = ("Foreign Minister Sergei Lavrov said: \u201cWe will not accept this plan in any form.\n\n"
            "\u201cIt ignores every concern we have raised for years.\u201d")
    [(speaker, text)] = _quotes(body)
    assert speaker == "Sergei Lavrov" and text.endswith("raised for years.") and "\n\n" in text


@needs_corpora
def test_f1_on_the_development_set_meets_the_target(capsys: pytest.CaptureFixture[str]) -> None:
    gold = read_conll(CORPORA / "conll2003" / "eng.testa")
    from search.entities.conll import documents
    from search.entities.tagger import tag_words

    predicted = [tags for document in documents(gold) for tags in tag_words([s.words for s in document])]
    result = score([s.tags for s in gold], predicted)
    assert result.prf()[2] >= 0.91, result.table()
    assert result.prf("ORG")[2] >= 0.84 and result.prf("PER")[2] >= 0.92, result.table()


@needs_corpora
@pytest.mark.parametrize("case", [str.upper, str.lower], ids=["capitals", "lower case"])
def test_text_set_in_one_case_keeps_most_of_its_names(case) -> None:  # type: ignore[no-untyped-def]
    """Wire copy in capitals or a feed in lower case: the case of a word says nothing
    there, and the tagger still finds most names (before word clusters and recased
    training text: F1 0.59 in capitals, 0.03 in lower case)."""
    from search.entities.conll import documents, recased
    from search.entities.tagger import tag_words

    gold = recased(read_conll(CORPORA / "conll2003" / "eng.testa"), case)
    predicted = [tags for document in documents(gold) for tags in tag_words([s.words for s in document])]
    assert score([s.tags for s in gold], predicted).prf()[2] >= 0.85


@needs_corpora
@pytest.mark.slow
def test_a_tagger_trained_as_shipped_scores_on_documents_it_never_saw(tmp_path: Path) -> None:
    """Trained as the shipped model is (on eng.train), less the last fifth of its
    documents, and scored on that fifth, which nothing was trained or tuned on (issue
    14's goal is F1 >= 0.88 and ORG >= 0.82 on a CoNLL test set it never saw: 0.902 and
    0.814 measured here).  In capitals and in lower case (wire copy, some feeds) it
    still finds most names."""
    from bench.held_out import split_documents
    from search.entities import tagger
    from search.entities.conll import documents, recased
    from search.entities.train import train

    learned, held, _, _ = split_documents(CORPORA / "conll2003" / "eng.train", 0.2, tmp_path)
    model = tmp_path / "model.crfsuite"
    train(learned, model)
    shipped = tagger.MODEL
    tagger.MODEL = model
    tagger._tagger.cache_clear()
    try:
        results = {}
        for name, change in (("as written", None), ("capitals", str.upper), ("lower case", str.lower)):
            gold = read_conll(held) if change is None else recased(read_conll(held), change)
            predicted = [tags for document in documents(gold)
                         for tags in tagger.tag_words([s.words for s in document])]
            results[name] = score([s.tags for s in gold], predicted)
    finally:
        tagger.MODEL = shipped
        tagger._tagger.cache_clear()
    written = results["as written"]
    assert written.prf()[2] >= 0.90 and written.prf("ORG")[2] >= 0.80, written.table()
    assert results["capitals"].prf()[2] >= 0.84 and results["lower case"].prf()[2] >= 0.82, \
        "\n".join(r.table() for r in results.values())


def test_word_clusters_ignore_case_and_digits() -> None:
    from search.entities.clusters import SIZES, cluster_key, word_clusters

    assert cluster_key("Q3-2024") == "q0-0000"
    found = word_clusters("Monday")
    assert found is not None and len(found) == len(SIZES) and found == word_clusters("MONDAY")
    assert word_clusters("Xqzvbrt") is None
    # Days of the week share the finest cluster: the table groups words by use.
    assert word_clusters("tuesday")[-1] == word_clusters("wednesday")[-1]  # type: ignore[index]


def test_place_names_are_marked_longest_first_and_only_where_capitals_mean_names() -> None:
    from search.entities.gazetteer import place_marks

    assert place_marks("Talks in New York City and Kherson ended".split()) == \
        [None, None, "B", "I", "I", None, "B", None]
    assert place_marks("talks in kherson and in Paris ended".split()) == [None] * 5 + ["B", None]  # capitals only
    assert place_marks("TALKS IN KHERSON ENDED".split())[2] == "B"  # a line in capitals: no sign either way
    assert place_marks("talks in kherson ended".split())[2] == "B"
    # A one-word name that news writes in lower case is no place ("Reading", "Split").
    assert place_marks("The Split was agreed".split()) == [None] * 4


def test_features_carry_what_other_mentions_of_a_name_say() -> None:
    from search.entities.features import Document, sequence_features
    from search.entities.tokens import line_case

    sentences = [["Mr", "Okonkwo", "arrived", "."], ["Later", ",", "Okonkwo", "left", "."]]
    features = sequence_features(sentences[1], Document(sentences), line_case(sentences[1]))
    assert "dp=mr" in features[2] and "dn=left" in features[2] and "dn=arrived" in features[2]
    assert not any(f.startswith("dp=") for f in features[3])  # only capitalised words carry them
    headline = ["TALKS", "END", "IN", "VIENNA"]
    shouted = sequence_features(headline, Document([headline]), line_case(headline))
    assert all("CU" in f for f in shouted) and not any("CU" in f for f in features)


def _mentions_of(text: str, *named: tuple[str, str]) -> list:  # type: ignore[type-arg]
    """Mentions as a tagger would give them (the rules below are tested apart from the
    CRF): each name at its every standalone occurrence in the text."""
    import re

    from search.article import Mention

    found = []
    taken: set[int] = set()
    for name, kind in sorted(named, key=lambda pair: -len(pair[0])):  # longer names first
        for match in re.finditer(rf"\b{re.escape(name)}\b", text):
            if not taken & set(range(match.start(), match.end())):
                taken.update(range(match.start(), match.end()))
                found.append(Mention(match.start(), match.end(), name, kind))  # type: ignore[arg-type]
    return sorted(found, key=lambda m: m.start)


def _actors_tagged(monkeypatch: pytest.MonkeyPatch, title: str, body: str, *named: tuple[str, str]
                   ) -> dict[str, tuple[str, int]]:
    """The article's actors (name -> type, mentions) with the tagger giving `named`."""
    from search.entities import actors as module

    monkeypatch.setattr(module, "find_mentions", lambda t: _mentions_of(t, *named))
    return {a.name: (a.type, a.mentions) for a in article_actors(title, body)[0]}


def test_titles_are_taken_from_people_only(monkeypatch: pytest.MonkeyPatch) -> None:
    from search.entities import actors as module

    text = ("Depot shut\n\nInterior Minister Karl Brandt said the Interior Ministry and General Dynamics Corp "
            "would review the depot. The Foreign Office declined to comment. Transport Secretary Ana Lind "
            "disagreed; Lind wants it open.")
    named = [("Interior Minister Karl Brandt", "PER"), ("Interior Ministry", "ORG"), ("General Dynamics Corp", "PER"),
             ("Foreign Office", "ORG"), ("Secretary Ana Lind", "ORG"), ("Lind", "PER")]
    monkeypatch.setattr(module, "find_mentions", lambda t: _mentions_of(t, *named))
    actors, _ = article_actors("Depot shut", text.split("\n\n", 1)[1])
    kinds = {a.name: (a.type, a.mentions) for a in actors}
    assert kinds == {"Karl Brandt": ("PER", 1), "Interior Ministry": ("ORG", 1), "General Dynamics Corp": ("ORG", 1),
                     "Foreign Office": ("ORG", 1), "Ana Lind": ("PER", 2)}  # a title and a name tagged ORG: her


def test_a_name_keeps_a_title_word_followed_by_a_suffix_and_stops_at_a_quotation(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """"Dr. Amos Delane King Jr." is no King named "Jr." (who would join any "... Jr." of
    the corpus); "Orlen Mayor Ines Dorrit 'Iron Lady" (the tagger ran on into the quoted
    nickname, as one organisation) is the Mayor Ines Dorrit; a nickname closed inside a
    name is left alone."""
    body = "Crowds in Orlen remembered the pastor Dr. Amos Delane King Jr on Monday."
    assert _actors_tagged(monkeypatch, "Parade", body, ("Amos Delane King Jr", "PER"), ("Orlen", "LOC")) == {
        "Amos Delane King Jr": ("PER", 1), "Orlen": ("LOC", 1)}
    assert _actors_tagged(monkeypatch, "Parade", body, ("Amos Delane King Jr", "ORG"), ("Orlen", "LOC")) == {
        "Amos Delane King Jr": ("ORG", 1), "Orlen": ("LOC", 1)}
    body = "A columnist called Orlen Mayor Ines Dorrit 'Iron Lady' for her budget speech."
    assert _actors_tagged(monkeypatch, "Budget", body, ("Orlen Mayor Ines Dorrit 'Iron Lady", "ORG")) == {
        "Ines Dorrit": ("PER", 1)}
    body = "The boxer Tomas 'Hammer' Vell fights in Orlen."
    assert _actors_tagged(monkeypatch, "Fight", body, ("Tomas 'Hammer' Vell", "PER"), ("Orlen", "LOC")) == {
        "Tomas 'Hammer' Vell": ("PER", 1), "Orlen": ("LOC", 1)}


def test_months_weekdays_and_credited_reporters_are_not_actors(monkeypatch: pytest.MonkeyPatch) -> None:
    from search.entities import actors as module
    from search.metadata import build_article
    from search.article import RawArticle, Source

    body = ("Harwick Foods said sales rose in December, chief executive Lena Ostrova told analysts on Thursday.\n\n"
            "Officer Tom August led the inquiry. August said it was closed.\n\n"
            "Reporting by Marta Kowalski in Gdansk; Editing by Olu Adeyemi")
    named = [("Harwick Foods", "ORG"), ("December", "PER"), ("Lena Ostrova", "PER"), ("Thursday", "PER"),
             ("Tom August", "PER"), ("August", "PER"), ("Marta Kowalski", "PER"), ("Gdansk", "LOC"),
             ("Olu Adeyemi", "PER")]
    monkeypatch.setattr(module, "find_mentions", lambda t: _mentions_of(t, *named))
    actors, _ = article_actors("Sales rise", body)
    names = {a.name for a in actors}
    assert {"December", "Thursday", "Marta Kowalski", "Olu Adeyemi", "Gdansk"}.isdisjoint(names)
    assert {"Harwick Foods", "Lena Ostrova", "Tom August"} <= names
    assert next(a for a in actors if a.name == "Tom August").mentions == 2  # "August" is his, not a month
    raw = RawArticle(id="a", source=Source(path="/nonexistent/a.txt", root="/nonexistent"), text=body,
                     title="Sales rise", authors=("Desk Staff",))
    article, _ = build_article(raw)
    assert article.authors == ("Desk Staff", "Marta Kowalski", "Olu Adeyemi")


def test_a_lone_surname_takes_the_type_of_the_person_named_in_full(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tagger may call a bare surname a place where a leader stands for a country
    ("Okafor's war"); the person the article names in full decides. A tagged span that
    runs on into lower-case words ends at the name."""
    body = ("President Amaka Okafor met envoys. Okafor said talks would go on. Okafor's army advanced "
            "and Okafor warned the Sahel bloc. Later Okafor warmly thanked Dunmore.")
    named = [("President Amaka Okafor", "PER"), ("Okafor", "LOC"), ("Okafor warmly", "PER"), ("Dunmore", "LOC"),
             ("Sahel", "LOC")]
    assert _actors_tagged(monkeypatch, "Talks", body, *named) == {"Amaka Okafor": ("PER", 5), "Dunmore": ("LOC", 1),
                                                                  "Sahel": ("LOC", 1)}
    # Without the full name, a bare name keeps the type most of its mentions have.
    assert _actors_tagged(monkeypatch, "Talks", body.split(". ", 1)[1], ("Okafor", "LOC"), ("Okafor warmly", "PER")) \
        == {"Okafor": ("LOC", 4)}
    # A place may end in a word in lower case.
    assert list(_actors_tagged(monkeypatch, "Coast", "Storms hit the Sahel coast.", ("Sahel coast", "LOC"))) \
        == ["Sahel coast"]


def test_a_dateline_names_no_actor(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where a story was filed from, and the agency, are not actors of the story; the
    same place named in the story is."""
    from search.entities import actors as module
    from search.entities.credits import dateline_spans

    body = ("PORT TALBRIDGE, Norland, May 4 (Harwick Wire) - Talks at the Dunmore mill ended.\n\n"
            "ASHFORD — Workers in Ashford voted.\n\n"
            "NATO officials were not involved in the Norland talks.")
    named = [("PORT TALBRIDGE", "LOC"), ("Norland", "LOC"), ("Harwick Wire", "ORG"), ("Dunmore", "LOC"),
             ("ASHFORD", "LOC"), ("Ashford", "LOC"), ("NATO", "ORG")]
    monkeypatch.setattr(module, "find_mentions", lambda t: _mentions_of(t, *named))
    actors, spans = article_actors("Mill talks end", body)
    assert {a.name: a.mentions for a in actors} == {"Dunmore": 1, "Ashford": 1, "NATO": 1, "Norland": 1}
    assert all(body[s.start:s.end] != "PORT TALBRIDGE" for s in spans)
    lines = {"ST. ALDEN (AP) — x": True, "KESTON -- x": True, "U.S. - Norland trade": False,
             "The U.S. — and Norland — agreed": False, "Dunmore — the mill": False}
    assert {line: bool(dateline_spans(line)) for line in lines} == lines


def test_credit_lines_are_told_from_story_text() -> None:
    from search.entities.credits import credit_spans

    credits = ["By Ines Ruiz", "By Ines Ruiz and Li Wei, Harwick Courier",
               "Lagos Herald's Ada Obi contributed to this report.", "(Reporting by Ana Cruz; editing by Tom Reed)",
               "Additional reporting by Li Wei in Beijing"]
    story = ["The firm contributed $5m to the campaign last year, filings show.",
             "The report, compiled by the UN agency, shows a rise.", "By then, nobody cared.",
             "By Monday the strike was over."]
    closing = "Ana Cruz reported from Lagos, Tom Reed from Abuja."
    credits += [closing, "Odile Marsan / AFP", "Odile Marsan / AFP / Harbour cranes at dawn, Tuesday."]
    story += ["By the end, Tom Reed had won the seat."]
    for case in (str, str.upper, str.lower):  # in capitals or lower case, the same lines are credits
        assert all(credit_spans(case(line)) for line in credits), case
        assert not any(credit_spans(case(line)) for line in story), case
    article = "\n\n".join([closing.replace(".", " that the port had reopened."), "More.", "And more.", closing])
    assert [article[a:b] for a, b in credit_spans(article)] == [closing]  # at the end a credit; at the top, news


def test_an_actor_asked_for_with_a_title_is_found() -> None:
    directory = _directory(("Ines Ruiz", "PER", 12), ("Ruiz", "PER", 20), ("Harwick Council", "ORG", 5))
    assert [a.name for a in directory.find("Mayor Ines Ruiz")] == ["Ines Ruiz"]
    assert [a.name for a in directory.find("Governor Ruiz")] == ["Ines Ruiz"]
    assert directory.find("Mayor Nobody Known") == []


def test_a_company_with_and_without_its_legal_form_and_its_initials_is_one() -> None:
    directory = _directory(("Harwick Steel Corp", "ORG", 14), ("Harwick Steel", "ORG", 30), ("HS", "ORG", 6),
                           ("Harwick Steel Co.", "ORG", 2), ("Northgate Holdings Ltd", "ORG", 4),
                           ("Harwick", "LOC", 40))
    steel = directory.actor_of("Harwick Steel Corp")
    assert steel is directory.actor_of("Harwick Steel") is directory.actor_of("HS") \
        is directory.actor_of("Harwick Steel Co.")
    assert steel.name == "Harwick Steel" and steel.type == "ORG"
    assert directory.actor_of("Harwick") is not steel
    assert [a.name for a in directory.find("Northgate Holdings")] == ["Northgate Holdings Ltd"]


def test_a_legal_form_alone_is_no_actor(monkeypatch: pytest.MonkeyPatch) -> None:
    from search.entities import actors as module

    body = "Shares of Harwick Steel Corp rose. The Inc said nothing, and Corp officials declined to comment."
    monkeypatch.setattr(module, "find_mentions",
                        lambda t: _mentions_of(t, ("Harwick Steel Corp", "ORG"), ("Inc", "ORG"), ("Corp", "ORG")))
    actors, _ = article_actors("Steel", body)
    assert [a.name for a in actors] == ["Harwick Steel Corp"]


def test_a_studio_or_a_label_the_tagger_took_for_a_person_is_an_organisation_and_no_parents_name(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from search.entities import actors as module

    body = "Norvale Studios laid off staff, and Tessan Records signed a new act. Ilse Marr joined Norvale Studios."
    monkeypatch.setattr(module, "find_mentions", lambda t: _mentions_of(
        t, ("Norvale Studios", "PER"), ("Tessan Records", "PER"), ("Ilse Marr", "PER")))
    actors, _ = article_actors("Studio cuts", body)
    assert {a.name: a.type for a in actors} == {"Norvale Studios": "ORG", "Tessan Records": "ORG", "Ilse Marr": "PER"}
    # over a corpus, "Tessan" alone is the parent firm, not its label
    directory = _directory(("Tessan Records", "ORG", 3), ("Tessan", "ORG", 2), ("Harwick Bank", "ORG", 3),
                           ("Harwick", "ORG", 2))
    assert directory.actor_of("Tessan") is not directory.actor_of("Tessan Records")
    assert directory.actor_of("Harwick") is directory.actor_of("Harwick Bank")


def test_a_role_set_off_beside_a_name_is_among_its_roles(monkeypatch: pytest.MonkeyPatch) -> None:
    from search.entities import actors as module

    body = ("Ivo Brask, the Harwick Foods spokesman, said prices would rise. Ana Osk, 45, an analyst at "
            "Northgate Capital, agreed. The club's managing director, Nils Berg, declined to comment. "
            "Tam Orrin, the crestfallen Harwick coach, left early. Ola Brant, a city planner, and Ida Lund, "
            "the political ambitions of its founder, are not roles.")
    named = [("Ivo Brask", "PER"), ("Ana Osk", "PER"), ("Nils Berg", "PER"), ("Tam Orrin", "PER"),
             ("Ola Brant", "PER"), ("Ida Lund", "PER")]
    monkeypatch.setattr(module, "find_mentions", lambda t: _mentions_of(t, *named))
    actors, _ = article_actors("Prices", body)
    assert {a.name: a.roles for a in actors} == {
        "Ivo Brask": ("Harwick Foods spokesman",), "Ana Osk": ("analyst at Northgate Capital",),
        "Nils Berg": ("managing director",), "Tam Orrin": ("Harwick coach",),
        "Ola Brant": (), "Ida Lund": (),  # a planner is no office; ambitions are no one's role
    }


def test_quotes_go_to_the_person_behind_a_role_or_an_apposition(monkeypatch: pytest.MonkeyPatch) -> None:
    from search.entities import actors as module

    body = ("Harwick Foods cut prices.\n\n"
            "\u201cMargins will stay thin for a year at least,\u201d said Northgate Capital analyst Ruth Abara.\n\n"
            "\u201cWe do not comment on market rumours at all,\u201d Lena Ostrova, a spokeswoman for Harwick Foods, "
            "said.\n\n"
            "Tom Reyes, the union's regional secretary, said: \u201cThe cuts will cost jobs in the depot.\u201d\n\n"
            "Ostrova met Reyes on Monday. \u201cIt was a frank and useful meeting,\u201d she said.\n\n"
            "On Tuesday the board heard from Ostrova and Reyes. \u201cWe have heard both sides now,\u201d she said.")
    named = [("Harwick Foods", "ORG"), ("Northgate Capital analyst Ruth Abara", "PER"), ("Lena Ostrova", "PER"),
             ("Tom Reyes", "PER"), ("Ostrova", "PER"), ("Reyes", "PER")]
    monkeypatch.setattr(module, "find_mentions", lambda t: _mentions_of(t, *named))
    assert _quotes(body) == [
        ("Ruth Abara", "Margins will stay thin for a year at least,"),
        ("Lena Ostrova", "We do not comment on market rumours at all,"),
        ("Tom Reyes", "The cuts will cost jobs in the depot."),
        ("Lena Ostrova", "It was a frank and useful meeting,"),  # the sentence's subject
        (None, "We have heard both sides now,"),  # two people, neither the subject: no guess
    ]


def test_an_all_capitals_headline_counts_only_names_the_body_confirms(monkeypatch: pytest.MonkeyPatch) -> None:
    from search.entities import actors as module

    title = "NORTHGATE BUYS HARWICK MILL"
    body = "Northgate Holdings agreed to buy the old mill in Harwick, the company said on Friday."
    named = [("NORTHGATE BUYS", "ORG"), ("HARWICK", "LOC"), ("Northgate Holdings", "ORG"), ("Harwick", "LOC")]
    monkeypatch.setattr(module, "find_mentions", lambda t: _mentions_of(t, *named))
    actors, _ = article_actors(title, body)
    assert sorted(a.name for a in actors) == ["Harwick", "Northgate Holdings"]
    assert next(a for a in actors if a.name == "Harwick").mentions == 2
    # In an ordinary headline the tagger's names are trusted as it found them.
    monkeypatch.setattr(module, "find_mentions",
                        lambda t: _mentions_of(t, ("Northgate", "ORG"), ("Northgate Holdings", "ORG"), ("Harwick", "LOC")))
    actors, _ = article_actors("Northgate to buy mill", body)
    assert next(a for a in actors if a.name == "Northgate").mentions == 1



def test_an_all_capitals_headline_alone_keeps_places_and_names_of_no_common_words(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A feed item that is its headline alone has no body to confirm its names: it keeps a
    known place, a firm, a name of uncommon words; not a lone word, nor a name the tagger
    ran on into the sentence, nor a one-word 'person' that is some town's name too."""
    named = [("QTR", "ORG"), ("BANK OF ORLENVIK", "ORG"), ("TAIWAN", "LOC"), ("TAMSIN BRELLOWAY", "PER"),
             ("VELLMARK GUN", "ORG"), ("TAYLOR", "PER")]
    title = "QTR NET UP AT BANK OF ORLENVIK; TAIWAN HOLDS TAMSIN BRELLOWAY, VELLMARK GUN DEAL, TAYLOR SAYS"
    found = _actors_tagged(monkeypatch, title, "", *named)
    assert sorted(found) == ["BANK OF ORLENVIK", "TAIWAN", "TAMSIN BRELLOWAY"]

def test_an_acronym_the_article_defines_is_its_long_name(monkeypatch: pytest.MonkeyPatch) -> None:
    from search.entities import actors as module

    body = ("Leaders of the Harwick Dockers Federation (FEDOC) met on Monday. FEDOC said the strike would go on, "
            "and the Harwick Port Authority declined to comment.")
    named = [("Harwick Dockers Federation", "ORG"), ("FEDOC", "ORG"), ("Harwick Port Authority", "ORG")]
    monkeypatch.setattr(module, "find_mentions", lambda t: _mentions_of(t, *named))
    actors, _ = article_actors("Strike goes on", body)
    federation = next(a for a in actors if a.name == "Harwick Dockers Federation")
    assert federation.mentions == 3 and "FEDOC" in federation.aliases
    assert {a.name for a in actors} == {"Harwick Dockers Federation", "Harwick Port Authority"}


def test_the_role_written_before_a_name() -> None:
    from search.entities.roles import role_before

    def role(text: str, name: str) -> str | None:
        return role_before(text, text.index(name))

    assert role("The deal was signed, said harbour commissioner-elect of sorts, Ines Ruiz.", "Ines Ruiz") is None  # after a comma: an apposition, not a title
    assert role("The deal was signed, said Harbour Commissioner Ines Ruiz.", "Ines Ruiz") == "Harbour Commissioner"
    assert role("Northgate Capital analyst Ruth Abara expects more.", "Ruth Abara") == "Northgate Capital analyst"
    assert role("Minister of Transport Karl Brandt disagreed.", "Karl Brandt") == "Minister of Transport"
    assert role("Dr. Karl Brandt disagreed.", "Karl Brandt") is None  # an honorific is no role
    assert role("Former Mayor Karl Brandt disagreed.", "Karl Brandt") == "Former Mayor"  # a former one stays so
    assert role("The former mayor, Karl Brandt, disagreed.", "Karl Brandt") is None
    assert role("It began under former President Karl Brandt.", "Karl Brandt") == "former President"
    assert role("Harbour Commissioner Ines Ruiz's Northgate deal.", "Northgate") is None  # hers, not the deal's
    assert role("Ines Ruiz met the Queen. Harbour Commissioner Ruiz left.", "Ruiz left") == "Harbour Commissioner"
    assert role("The vote went to Sen. Ines Ruiz.", "Ines Ruiz") == "Sen."  # an abbreviation ends no sentence
    assert role("It was opposed by shadow chancellor Karl Brandt.", "Karl Brandt") == "shadow chancellor"  # no chancellor
    assert role("Interim Mayor Karl Brandt disagreed.", "Karl Brandt") == "Interim Mayor"
    assert role("It was opposed by shadow home secretary Karl Brandt.", "Karl Brandt") == "shadow home secretary"
    assert role("The case went to Justice Karl Brandt.", "Karl Brandt") == "Justice"  # a judge's title still

    assert role("As President Karl Brandt spoke, they left.", "Karl Brandt") == "President"
    assert role("Talks ended. Karl Brandt left.", "Karl Brandt") is None
    assert role("Union Leader Tom Reyes\nsaid no.", "Tom Reyes") == "Union Leader"
    assert role("She is the new head of Westmark Foods.", "Westmark Foods") is None  # it holds no role
    assert role("The Governor's Westmark plan failed.", "Westmark") is None  # the Governor's, not a governor
    assert role("Governor Lena Ostrova's aide Pavel Dunn resigned.", "Pavel Dunn") == "Governor Lena Ostrova's aide"
    assert role("The line was built in Argentina. Harbour Commissioner Ines Ruiz opened it.", "Ines Ruiz") == \
        "Harbour Commissioner"  # the sentence before is not part of it
    assert role("The line was built in Orvo. Harbour Commissioner Ines Ruiz opened it.", "Ines Ruiz") == \
        "Harbour Commissioner"  # however short its last word
    assert role("It was built in St. Anvik. Harbour Commissioner Ines Ruiz opened it.", "Ines Ruiz") == \
        "Harbour Commissioner"
    assert role("St. Anvik Harbour Commissioner Ines Ruiz opened it.", "Ines Ruiz") == \
        "St. Anvik Harbour Commissioner"  # an abbreviation ends no sentence
    assert role("Gen. Karl Brandt disagreed.", "Karl Brandt") == "Gen."
    assert role("Although President Karl Brandt won, they left.", "Karl Brandt") == "President"  # a clause's opening
    assert role("She was named head of Mr Brandt's office.", "Brandt") is None
    assert role("It was said by the Westmark spokesman. Karl Brandt left.", "Karl Brandt") is None
    assert role("It set up air defense Westmark batteries.", "Westmark") is None  # a department alone is no role
    shouted = "THE DEAL WAS SIGNED ON MONDAY BY HARBOUR COMMISSIONER INES RUIZ."
    assert role(shouted, "INES RUIZ") == "COMMISSIONER"  # in capitals only the role word itself is known
    assert role("Harbour Board press secretary Ines Ruiz spoke.", "Ines Ruiz") == "Harbour Board press secretary"
    assert role("said the national security adviser Tom Reyes.", "Tom Reyes") == "national security adviser"
    assert role("Orlen district attorney Ines Ruiz spoke.", "Ines Ruiz") == "Orlen district attorney"
    assert role("In the security services Tom Reyes spoke.", "Tom Reyes") is None  # no role word: no role
    headline = "Senator Blasts The Deputy Director Of The Agency Over Claims Vell Took Bribes"
    assert role(headline, "Vell") is None  # in Title Case, too: "Claims" is no part of a role
    assert role("Vell Meets With Orlen President Dorrit In Harwick", "Dorrit") == "President"
    # A role word that is also a verb is one after "to" or a modal: the name it governs has no role.
    assert role("Ana Lutz will head Dorrit's campaign.", "Dorrit") is None
    assert role("They'll coach Dorrit's side.", "Dorrit") is None
    assert role("She agreed to chair Orlen analyst Ana Lutz's panel.", "Ana Lutz") == "Orlen analyst"
    assert role("It was so, according to coach Ana Lutz.", "Ana Lutz") == "coach"


def test_a_lone_surname_a_possessive_makes_a_relative_of_the_person_named_in_full_is_someone_else(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """'Governor Vell's son Tomas Vell': the Governor is another Vell, whom the corpus's
    directory may know; 'Senator Ana Vell ... Sen. Vell' is one."""
    named = [("Vell", "PER"), ("Tomas Vell", "PER")]
    body = "Prosecutors charged Governor Vell's son Tomas Vell on Monday. Tomas Vell denied it."
    assert _actors_tagged(monkeypatch, "Charges", body, *named) == {"Tomas Vell": ("PER", 2), "Vell": ("PER", 1)}
    body = "Tomas Vell's father, Governor Vell, said nothing."
    assert _actors_tagged(monkeypatch, "Charges", body, *named) == {"Tomas Vell": ("PER", 1), "Vell": ("PER", 1)}
    body = "Coach Ida Marsh has died. Marsh's son, Ed Marsh, said she died at home."  # the other Marsh is hers
    assert _actors_tagged(monkeypatch, "Obituary", body, ("Marsh", "PER"), ("Ida Marsh", "PER"), ("Ed Marsh", "PER")
                          ) == {"Ida Marsh": ("PER", 2), "Ed Marsh": ("PER", 1)}
    body = "Senator Ana Vell spoke. Sen. Vell said more. Vell's office agreed."
    assert _actors_tagged(monkeypatch, "Talks", body, ("Vell", "PER"), ("Ana Vell", "PER")) == {
        "Ana Vell": ("PER", 3)}


def test_actors_carry_the_roles_the_coverage_gives_them(seed_index) -> None:  # type: ignore[no-untyped-def]
    from search.question import Question

    found = {actor.name: dict(actor.roles) for actor in seed_index.actors(Question(), limit=None)}
    assert found["Dmitry Peskov"].get("Kremlin spokesman", 0) >= 1
    assert all(n >= 1 for roles in found.values() for n in roles.values())
    assert not found.get("Russia")  # places have no roles


def test_an_acronym_is_not_a_persons_surname_nor_joined_to_a_person_by_spelling() -> None:
    directory = _directory(("Min Ho Un", "PER", 20), ("Un", "PER", 6), ("UN", "ORG", 40), ("U.N.", "ORG", 5),
                           ("United Nations", "ORG", 12))
    assert directory.actor_of("Un").name == "Min Ho Un"
    assert directory.actor_of("UN") is directory.actor_of("U.N.") is directory.actor_of("United Nations")
    assert directory.actor_of("UN") is not directory.actor_of("Min Ho Un")


def test_a_made_thing_is_not_an_actor(monkeypatch: pytest.MonkeyPatch) -> None:
    from search.entities import actors as module

    body = ("Ostrava will buy Korean-built Halvard frigates and two US-made Skarn Hawk jets, Lena Ostrova said. "
            "The Skarn Hawks arrive in May, paid for by state-owned Veltra Bank.")
    monkeypatch.setattr(module, "find_mentions", lambda t: _mentions_of(t, ("Ostrava", "LOC"), ("Halvard", "PER"),
                                                                        ("US-made Skarn Hawk", "PER"),
                                                                        ("Lena Ostrova", "PER"), ("Skarn Hawks", "ORG"),
                                                                        ("Veltra Bank", "ORG")))
    names = {a.name for a in module.article_actors("Navy deal", body)[0]}
    assert names == {"Ostrava", "Lena Ostrova", "Veltra Bank"}  # a state-owned firm is an actor



def test_a_seed_in_lower_case_keeps_its_people_whole() -> None:
    """Text set in lower case: a name has no capital, so no rule may read its first name
    as a role or its surname as a sentence run on ("vladimir putin" stays whole); and in
    ordinary text a lower-case word is never a name."""
    from search.cleaning import clean

    from .conftest import SEEDS

    raw = next(iter(sorted(SEEDS.glob("000_*.txt")))).read_text(encoding="utf-8")
    cleaned = clean(raw.lower())
    names = {a.name for a in article_actors(cleaned.title, cleaned.body)[0]}
    assert {"vladimir putin", "pete hegseth", "marco rubio"} <= names, names
    cleaned = clean(raw)
    assert all(any(ch.isupper() for ch in a.name) for a in article_actors(cleaned.title, cleaned.body)[0])


def _quotes_with(monkeypatch: pytest.MonkeyPatch, body: str, *named: tuple[str, str]) -> list[tuple[str | None, str]]:
    """Quotes and speakers with the tagger's names given, so the rules are tested alone."""
    from search.entities import actors as module

    monkeypatch.setattr(module, "find_mentions", lambda t: _mentions_of(t, *named))
    return [(speaker, " ".join(text.split()[:3])) for speaker, text in _quotes(body)]


def test_a_quote_that_follows_its_speakers_attribution_continues_their_words(monkeypatch: pytest.MonkeyPatch) -> None:
    body = ("\u201cPrices will keep rising into the spring,\u201d said Dara Quill, an economist at Fenwick Bank. "
            "\u201cNobody should expect relief before May.\u201d\n\n"
            "\u201cAnd wages will lag behind them for a while.\u201d\n\n"
            "Markets fell on the news.\n\n"
            "\u201cThis is the worst week since the crash,\u201d one trader complained.")
    assert _quotes_with(monkeypatch, body, ("Dara Quill", "PER"), ("Fenwick Bank", "ORG")) == [
        ("Dara Quill", "Prices will keep"), ("Dara Quill", "Nobody should expect"), ("Dara Quill", "And wages will"),
        (None, "This is the"),  # after a sentence of narration, a new quote is no one's we know
    ]


def test_a_quote_resumed_in_lower_case_after_its_attribution_is_the_same_speakers(
        monkeypatch: pytest.MonkeyPatch) -> None:
    body = ("\u201cThe harbour is moving from a cost to a part of town life,\u201d said Dara Quill, chief executive "
            "of Fenwick Ports, \u201cwith many people walking its quays as they would a park.\u201d\n\n"
            "\u201cThe plan fails every family in the north of the county,\u201d said Dara Quill, while Ivo Brask "
            "called it \u201ca mess of promises that nobody will keep in the end.\u201d\n\n"
            "\u201cWe expect the yards to reopen in the spring,\u201d said Dara Quill. Markets fell. "
            "\u201cand then the orders will follow for a while yet.\u201d")
    assert _quotes_with(monkeypatch, body, ("Dara Quill", "PER"), ("Ivo Brask", "PER"), ("Fenwick Ports", "ORG")) == [
        ("Dara Quill", "The harbour is"), ("Dara Quill", "with many people"),
        ("Dara Quill", "The plan fails"), ("Ivo Brask", "a mess of"),  # someone else named between
        ("Dara Quill", "We expect the"), (None, "and then the"),  # a sentence of narration between
    ]


def test_he_after_a_sentence_opened_by_a_role_and_naming_no_one_leaves_the_role_for_the_corpus() -> None:
    from search.entities.quotes import find_quotes

    def found(body: str) -> list[tuple[str | None, str | None]]:
        return [(q.speaker, q.described) for q in find_quotes(body, (), [])]

    body = ("The harbour commissioner, whose plan is due on Monday, rejected the claims. "
            "\u201cThe quays stay open to everyone who works on them,\u201d he said.")
    assert found(body) == [(None, "harbour commissioner")]
    body = ("The president of Harwick Foods spoke on Monday. "
            "\u201cWe will keep the plant open all through the winter,\u201d he said.")
    assert found(body) == [(None, None)]  # the role of a firm: whose, the corpus cannot say
    body = ("The minister's aide spoke on Monday. \u201cWe will keep the plant open all through the winter,\u201d "
            "he said.")
    assert found(body) == [(None, None)]  # the aide is not the minister


def test_a_person_run_together_with_their_firm_after_a_role_is_a_person(monkeypatch: pytest.MonkeyPatch) -> None:
    body = ("\u201cOrders are picking up across the region,\u201d said economist Dara Quill of Fenwick Securities. "
            "The chairman of Bank of Orlen disagreed.")
    tagged = [("Dara Quill of Fenwick Securities", "ORG"), ("Bank of Orlen", "ORG")]
    assert _actors_tagged(monkeypatch, "Orders", body, *tagged) == {
        "Dara Quill": ("PER", 1), "Fenwick Securities": ("ORG", 1), "Bank of Orlen": ("ORG", 1)}
    assert _quotes_with(monkeypatch, body, *tagged) == [("Dara Quill", "Orders are picking")]


def test_a_description_after_added_is_the_speaker_before_unless_someone_else_fits_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    body = ("\u201cWhen I started, I thought it would take decades,\u201d said Ivo Brask, a games specialist at "
            "the Harwick Institute.\n\n\u201cI was the first to be surprised by how fast it went,\u201d added the "
            "Osk-born researcher.\n\n"
            "\u201cWe were robbed in the second half,\u201d said Ivo Brask. A spokesman for the club disagreed. "
            "\u201cThe referee got every call right,\u201d added the spokesman.\n\n"
            "\u201cIt was a fair result in the end,\u201d said Ivo Brask. Lena Dorrit spoke next. "
            "\u201cWe have nothing more to add today,\u201d added the chair.\n\n"
            "\u201cThe mill stays open all winter,\u201d said Ivo Brask. A minister was asked about it. "
            "\u201cNo decision has been taken on the mill,\u201d added the minister in a statement.")
    assert _quotes_with(monkeypatch, body, ("Ivo Brask", "PER"), ("Lena Dorrit", "PER"), ("Harwick Institute", "ORG")) == [
        ("Ivo Brask", "When I started,"), ("Ivo Brask", "I was the"),
        ("Ivo Brask", "We were robbed"), (None, "The referee got"),  # the spokesman the text introduced between
        ("Ivo Brask", "It was a"), (None, "We have nothing"),  # someone else named between
        ("Ivo Brask", "The mill stays"), (None, "No decision has"),  # any word of the description
    ]


def test_a_quote_whose_closing_mark_was_lost_ends_where_the_next_opens(monkeypatch: pytest.MonkeyPatch) -> None:
    """Straight marks read by direction: '"One. "Two."' is two quotes (the paragraph break
    between them was lost), not a quote around the narration that follows."""
    body = ('Coach Efe Oduya said: "We played with real spirit tonight. "The second half was our best of the year." '
            'Oduya then left for the airport with the squad. "We go again on Saturday at home," added Oduya.')
    assert _quotes_with(monkeypatch, body, ("Efe Oduya", "PER"), ("Oduya", "PER")) == [
        ("Efe Oduya", "We played with"), ("Efe Oduya", "The second half"), ("Efe Oduya", "We go again"),
    ]


def test_a_quote_opened_by_a_single_mark_and_closed_by_a_double_one_is_a_quote(monkeypatch: pytest.MonkeyPatch) -> None:
    """A feed's summary runs its standfirst into a first paragraph whose opening mark was set
    as a single one ('… between two worlds ‘It is …,” says …'): the quotation is read, and the
    one after it goes on with its speaker.  An apostrophe, or a single quotation closed
    before the double mark, opens nothing."""
    body = ("Reef wardens are caught between two worlds \u2018It is a fantastic thing to swim beside a shark,\u201d "
            "says the marine scientist Tova Brannock. \u201cNothing quite measures up to it.\u201d")
    assert _quotes_with(monkeypatch, body, ("Tova Brannock", "PER")) == [
        ("Tova Brannock", "It is a"), ("Tova Brannock", "Nothing quite measures"),
    ]
    assert quotation_spans("The band\u2019s rock \u2018n\u2019 roll tour ends here,\u201d it said.") == []
    assert quotation_spans("She sang \u2018Blue Moon\u2019 and left the stage at nine.\u201d He did not.") == []
    assert quotation_spans("The \u201880s are back, says the shop\u201d on the corner.") == []
    nested = "He said: \u201cThe order was \u2018Hold the line\u2019, and we held it.\u201d"
    assert [nested[s:e] for s, e, _ in quotation_spans(nested)] == ["The order was \u2018Hold the line\u2019, and we held it."]


def test_a_speech_set_over_paragraphs_whose_breaks_were_lost_is_the_speakers_named_at_its_end(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """News opens each paragraph of one speech with a mark and closes only the last: with the
    breaks gone, the paragraphs before the attribution are the same speaker's words."""
    body = ('Sales of players rose by a tenth. "This year we will see the home move to the pocket. '
            '"Some makers will show how far that goes," said Ansel Trevik. Rivals disagreed. '
            '"Nobody will buy a second box for the kitchen. "It is a fad," one analyst said.')
    assert _quotes_with(monkeypatch, body, ("Ansel Trevik", "PER")) == [
        ("Ansel Trevik", "This year we"), ("Ansel Trevik", "Some makers will"),
        (None, "Nobody will buy"), (None, "It is a"),  # the run ends with no one named: no one
    ]
    unclosed = ('"This year we will see the home move to the pocket. Later, the chief of Rotha, Ansel Trevik, '
                'spoke. "Some makers will show how far that goes," said Ansel Trevik.')  # narration in the run
    assert _quotes_with(monkeypatch, unclosed, ("Ansel Trevik", "PER"))[0] == (None, "This year we")
    separated = body.replace('pocket. "', 'pocket.\n\n"')  # the same, its paragraph break kept
    assert _quotes_with(monkeypatch, separated, ("Ansel Trevik", "PER"))[0] == ("Ansel Trevik", "This year we")


def test_a_name_set_beside_a_role_and_a_verb_in_the_present_name_the_speaker(monkeypatch: pytest.MonkeyPatch) -> None:
    body = ('"There were no delays on the line at all," the mayor, Ilse Marrow, said on the radio. '
            '"The trains are running as normal tonight."\n\n'
            '"If she needs a drummer for the tour, she should call me," Tova Brannock quips.\n\n'
            'Her comments did not impress Dag Orrin. "She has no idea what a tour costs," he said.\n\n'
            'Dag Orrin asked: "Where did the money go?" His aide, Ilse Marrow, said that it was spent.')
    assert _quotes_with(monkeypatch, body, ("Ilse Marrow", "PER"), ("Tova Brannock", "PER"), ("Dag Orrin", "PER")) == [
        ("Ilse Marrow", "There were no"), ("Ilse Marrow", "The trains are"), ("Tova Brannock", "If she needs"),
        ("Dag Orrin", "She has no"),  # 'comments', a noun here, reports no one's words
        ("Dag Orrin", "Where did the"),  # after a question, 'His aide, …, said' opens a new sentence
    ]


def test_a_quote_does_not_continue_the_speaker_before_when_its_sentence_names_another(
        monkeypatch: pytest.MonkeyPatch) -> None:
    body = ('"Nobody has paid any tax at all this year," observed Ansel Trevik. "That was a total disaster for '
            'us," a crestfallen Ivo Lindqvist admitted to the host.')
    assert _quotes_with(monkeypatch, body, ("Ansel Trevik", "PER"), ("Ivo Lindqvist", "PER")) == [
        ("Ansel Trevik", "Nobody has paid"), ("Ivo Lindqvist", "That was a")]
    body = body.replace("admitted to", "smiled at")  # no verb of saying: no one, rather than Trevik
    assert _quotes_with(monkeypatch, body, ("Ansel Trevik", "PER"), ("Ivo Lindqvist", "PER"))[1] == (None, "That was a")


def test_a_quote_after_what_a_named_person_believes_is_theirs(monkeypatch: pytest.MonkeyPatch) -> None:
    body = ('Ansel Trevik finished third in the final. But Trevik believes he lost the title in the heats. '
            '"In my heat I was saving energy for the final."\n\n'
            'Ivo Lindqvist told the Harwick Post that while he believes the league should rest in winter, he does not '
            'expect a break to change who wins the cup. "I just feel it is hard to say what a break will do."')
    named = (("Ansel Trevik", "PER"), ("Trevik", "PER"), ("Ivo Lindqvist", "PER"), ("Harwick Post", "ORG"))
    assert _quotes_with(monkeypatch, body, *named) == [
        ("Ansel Trevik", "In my heat"),
        ("Ivo Lindqvist", "I just feel"),  # 'he believes' inside what he told the paper: the teller speaks
    ]


def test_the_one_a_paper_quotes_as_saying_speaks_and_praise_reports_words(monkeypatch: pytest.MonkeyPatch) -> None:
    body = ('"We will open the yards to every trade by spring," the Harwick Post quoted Prince Omar Belkadi as saying. '
            '"Nobody will be turned away from the gates."\n\n'
            'The agency quoted dock worker Ilse Marrow as saying: "We are mourning the passing of a great firm."\n\n'
            '"Sales will not recover this year," the paper quoted a trader as saying.\n\n'
            'Queen Tova Brannock has commended the crews for showing "real courage in the face of the storm".')
    named = (("Omar Belkadi", "PER"), ("Harwick Post", "ORG"), ("Ilse Marrow", "PER"), ("Tova Brannock", "PER"))
    assert _quotes_with(monkeypatch, body, *named) == [
        ("Omar Belkadi", "We will open"), ("Omar Belkadi", "Nobody will be"), ("Ilse Marrow", "We are mourning"),
        (None, "Sales will not"),  # the paper quoted someone it does not name: not the paper
        ("Tova Brannock", "real courage in"),
    ]


def test_the_subject_of_a_reporting_sentence_speaks(monkeypatch: pytest.MonkeyPatch) -> None:
    named = (("Tomas Vell", "PER"), ("Lisbon", "LOC"), ("Ines Farr", "PER"), ("Colm Dowd", "PER"), ("Orla Benn", "PER"),
             ("Harl Wenzel", "PER"),  # a firm the tagger took for a person
             ("Dagny Ruud", "PER"), ("Ilya Vorn", "PER"))
    body = "\n\n".join([
        "Tomas Vell, speaking in Lisbon on Monday, said the agreement was \u201ca good day for every farmer\u201d.",
        "Ines Farr defended the plan in a long interview, saying it would \u201cpay for itself within five years\u201d.",
        "She told the Morning Hour with Colm Dowd: \u201cWe have done the sums and they add up.\u201d",
        "Orla Benn was called \u201cthe best negotiator in the business\u201d by the ministers.",
        "Reacting to a remark by Tomas Vell, the chairman said: \u201cThat is simply not how it happened.\u201d",
        "\u201cThe sector will recover by autumn,\u201d said Harl Wenzel analyst Dagny Ruud.",
        "Tomas Vell, 61, did not say when talks would end, but suggested they would close \u201cbefore the "
        "harvest begins in June\u201d.",
        "Envoy Ilya Vorn told reporters that the U.S. should \u201cheed the voice of reason now\u201d.",
        "Ines Farr on Sunday said many growers in the U.S. are \u201ctired of the whole affair\u201d.",
    ])
    assert _quotes_with(monkeypatch, body, *named) == [
        ("Tomas Vell", "a good day"), ("Ines Farr", "pay for itself"),
        ("Ines Farr", "We have done"),  # 'She' is the speaker, not the host named after 'told'
        (None, "the best negotiator"),  # in the passive the subject did not say it
        (None, "That is simply"),  # the name is the remark's author, not the chairman
        ("Dagny Ruud", "The sector will"), ("Tomas Vell", "before the harvest"),
        ("Ilya Vorn", "heed the voice"), ("Ines Farr", "tired of the"),  # "U.S." ends no sentence
    ]


def test_no_speaker_when_the_pronoun_could_mean_someone_unnamed_or_the_quote_is_a_title(
        monkeypatch: pytest.MonkeyPatch) -> None:
    named = (("Piet Moor", "PER"), ("Drell Bank", "ORG"), ("Ana Ruiz", "PER"), ("Brevik", "ORG"), ("Marlow", "PER"))
    body = ("Piet Moor opened the hearing.\n\n"
            "The plan was welcomed by an analyst at Drell Bank. \u201cThis will not last the year,\u201d he said.\n\n"
            "Piet Moor spoke next. Then Kofi Lamb said the opposite. \u201cWe cannot afford any of it,\u201d he said.\n\n"
            "Ana Ruiz starred in \u201cThe Long Road Home Again\u201d last year.\n\n"
            "\u201cWe are aware of the incident at the plant,\u201d Brevik Marlow said in a statement.")
    assert _quotes_with(monkeypatch, body, *named) == [
        (None, "This will not"), (None, "We cannot afford"), (None, "The Long Road"), (None, "We are aware"),
    ]


def test_the_speaker_after_said_may_carry_a_role_of_any_words_but_not_a_relation(
        monkeypatch: pytest.MonkeyPatch) -> None:
    named = (("Ines Marlow", "PER"), ("Kell", "PER"), ("Dora Vane", "PER"), ("Piet Moor", "PER"),
             ("A. J. Kessler", "PER"), ("Dufresne", "PER"), ("Ian Dunne", "PER"))
    body = "\n\n".join([
        "\u201cThe course is faster than it was last year,\u201d said race director Ines Marlow.",
        "\u201cShe would like the press to respect her family,\u201d said Kell's publicist Dora Vane.",
        "\u201cHe was always kind to the staff,\u201d said a friend of Piet Moor.",
        "\u201cIt is disappointing to hear about the issue,\u201d general manager A. J. Kessler said in a statement.",
        "\u201cWe saw the man moving inside the office,\u201d Mr. Dufresne said.",
        "- Rovers boss Ian Dunne: \u201cWe had a great chance to take the lead early.\u201d",
        "Asked if he had spoken to Piet Moor, Ines Marlow was coy: \u201cI do not want to say that now.\u201d",
    ])
    assert _quotes_with(monkeypatch, body, *named) == [
        ("Ines Marlow", "The course is"), ("Dora Vane", "She would like"),
        (None, "He was always"),  # a friend's words, not Piet Moor's
        ("A. J. Kessler", "It is disappointing"), ("Dufresne", "We saw the"), ("Ian Dunne", "We had a"),
        ("Ines Marlow", "I do not"),
    ]


def test_a_participle_speaks_for_its_clauses_subject_and_he_said_waits_for_one_person(
        monkeypatch: pytest.MonkeyPatch) -> None:
    named = (("Tarrant", "PER"), ("Ola Brant", "PER"), ("Ilse Marr", "PER"), ("Nils Berg", "PER"))
    body = "\n\n".join([
        "Police stopped Tarrant's car, but Tarrant refused to get out, saying officers \u201cwould have to drag "
        "him out\u201d.",
        "Ola Brant left the council in 1998, declaring \u201ctoday the town hall, tomorrow the country\u201d.",
        "Ilse Marr said the courts were too slow, but Tennis Ostrava's Nils Berg rejected that. "
        "\u201cWe made them faster than last year,\u201d he said.",
    ])
    assert _quotes_with(monkeypatch, body, *named) == [
        ("Tarrant", "would have to"), ("Ola Brant", "today the town"),
        (None, "We made them"),  # two people each the subject of a clause: no guess
    ]


def test_a_quote_that_opens_a_paragraph_is_the_words_of_the_one_the_paragraph_before_reports(
        monkeypatch: pytest.MonkeyPatch) -> None:
    named = (("Jim Orr", "PER"), ("Orla Benn", "PER"), ("Tomas Vell", "PER"))
    body = "\n\n".join([
        "The climber was still alive when rescuers reached him, pilot Jim Orr told the Herald on Sunday.",
        "\u201cHe was very badly hurt and he had lost his gloves in the fall.\u201d",
        "Orla Benn won the vote on Friday after a long count.",
        "\u201cIt was a long night for all of us in the hall.\u201d",  # narration reports no one's words
        "Tomas Vell said:",
        "\u201cWe will appeal against the ruling this week.\u201d",
    ])
    assert _quotes_with(monkeypatch, body, *named) == [
        ("Jim Orr", "He was very"), (None, "It was a"), ("Tomas Vell", "We will appeal"),
    ]


def test_in_capitals_a_speaker_the_tagger_missed_still_stops_a_pronoun(monkeypatch: pytest.MonkeyPatch) -> None:
    """'MR VELL SAID …. "…," HE SAID': Vell was not found, so 'he' must not go to the person
    named before him; and in capitals "KELL'S" is a possessive as "Kell's" is."""
    named = (("ORLA BENN", "PER"), ("KELL", "PER"))
    body = ("ORLA BENN INSISTED SHE WAS ON COURSE. MR VELL SAID PEOPLE DID NOT BELIEVE HER. "
            "\"THERE IS AN ISSUE OF TRUST IN ALL THIS,\" HE SAID.\n\n"
            "\"SHE WOULD LIKE THE PRESS TO RESPECT HER FAMILY,\" SAID KELL'S PUBLICIST DORA VANE.")
    assert _quotes_with(monkeypatch, body, *named) == [(None, "THERE IS AN"), (None, "SHE WOULD LIKE")]


def test_words_quoted_inside_reported_speech_are_the_reporting_subjects(monkeypatch: pytest.MonkeyPatch) -> None:
    named = (("Ola Brant", "PER"), ("Ines Farr", "PER"), ("Harland", "LOC"), ("Ilse Marr", "PER"), ("Tolm", "PER"),
             ("Piet Vell", "PER"))
    body = "\n\n".join([
        "Ola Brant said that although the act gives no exemption to foreign firms, the regulator would "
        "\u201ccontinue to be sensitive to their rules\u201d.",
        "The siege was described by Premier Ines Farr on Monday as \u201cwhat madness looks like in war\u201d.",
        "Ines Farr accused Harland of \u201cdoing everything to destroy us completely\u201d.",
        "Critics cheered Rep. Ilse Marr (D-NY), who vowed to \u201cmake sure the bill is never passed\u201d.",
        "Tolm explained the case on \u201cSunday Night in Harwick.\u201d",  # a programme, no one's words
        "Piet Vell added that some firms encouraged staff to write online. \u201cOne of the problems is that "
        "they encourage it when it suits them.\u201d",
    ])
    assert _quotes_with(monkeypatch, body, *named) == [
        ("Ola Brant", "continue to be"), ("Ines Farr", "what madness looks"), ("Ines Farr", "doing everything to"),
        ("Ilse Marr", "make sure the"), (None, "Sunday Night in"), ("Piet Vell", "One of the"),
    ]


def test_he_said_is_not_the_name_someone_else_reports_on(monkeypatch: pytest.MonkeyPatch) -> None:
    named = (("Oliver Vell", "PER"), ("Ana Brant", "PER"), ("Brant", "PER"))
    body = "\n\n".join([
        "In the hall the chancellor said the cuts proposed by Oliver Vell would close every school, he told "
        "activists. \u201cI give you this promise about our schools,\u201d he said.",
        "Ana Brant has failed to tackle these problems, he claimed. \u201cThe result is higher taxes for "
        "everyone,\u201d he said.",
        "Speaking on Breakfast with Brant, he said migrants were welcome. \u201cWe will set up a points system "
        "for work,\u201d he said.",  # the show's host is not the one speaking
    ])
    assert _quotes_with(monkeypatch, body, *named) == [(None, "I give you"), (None, "The result is"),
                                                       (None, "We will set")]


def test_a_name_the_tagger_missed_stops_he_said_and_a_cited_author_speaks(monkeypatch: pytest.MonkeyPatch) -> None:
    named = (("Cyril Vasse", "PER"), ("Oksana Brel", "PER"), ("Otto Kremer", "PER"))
    body = "\n\n".join([
        "Cyril Vasse, meanwhile, fired 19 aces. Tarkowsky broke a racket in the second set. "
        "\u201cA lot of people think it is easy to play well every week,\u201d he said.",  # 'he' may be Tarkowsky
        "The writer Oksana Brel recalls a quote attributed to Otto Kremer: \u201cWars are not won by generals "
        "but by schoolteachers.\u201d",
    ])
    assert _quotes_with(monkeypatch, body, *named) == [(None, "A lot of"), ("Otto Kremer", "Wars are not")]


def test_he_said_goes_to_a_possessor_only_when_the_sentence_is_about_them(monkeypatch: pytest.MonkeyPatch) -> None:
    named = (("Tim Darro", "PER"), ("Robbie Salt", "PER"))
    body = "\n\n".join([
        "The critic doubted the appeal of Tim Darro's film. \u201cVoters tend to go for epic pictures,\u201d he said.",
        "Robbie Salt's future at the club has been the talk of the town. \u201cThe crowd gave me a standing "
        "ovation on Saturday,\u201d he said.",
    ])
    assert _quotes_with(monkeypatch, body, *named) == [(None, "Voters tend to"), ("Robbie Salt", "The crowd gave")]


def test_a_role_the_article_gives_one_person_and_a_chain_of_he_name_the_speaker(
        monkeypatch: pytest.MonkeyPatch) -> None:
    named = (("Clive Ormond", "PER"), ("Eddie Varga", "PER"), ("Mark Tully-Oates", "PER"), ("Jason Garde", "PER"))
    body = "\n\n".join([
        "Rovers coach Clive Ormond named his squad, and Harbour coach Eddie Varga named his.",
        "\u201cTheir display against France was simply awesome,\u201d said the Rovers coach.",
        "\u201cWe will see on Saturday who is ready,\u201d said the coach.",  # two coaches: no guess
        "Mark Tully-Oates wants gold this year. Tully-Oates has yet to choose his races. He will race Jason Garde "
        "in February. He added: \u201cIt is too early to make any predictions for the summer.\u201d",
    ])
    assert _quotes_with(monkeypatch, body, *named) == [
        ("Clive Ormond", "Their display against"), (None, "We will see"), ("Mark Tully-Oates", "It is too"),
    ]


def test_a_role_after_an_adverb_that_opens_the_sentence_names_its_holder(monkeypatch: pytest.MonkeyPatch) -> None:
    body = ("Harbour chairman Eddie Varga met the players on Monday.\n\n"
            "Later the Harbour chairman said: \u201cWe will not sell anyone this winter, whatever is offered.\u201d\n\n"
            "Meanwhile, the chairman added: \u201cThe ground will be rebuilt by the spring of next year.\u201d")
    assert _quotes_with(monkeypatch, body, ("Eddie Varga", "PER")) == [
        ("Eddie Varga", "We will not"), ("Eddie Varga", "The ground will"),
    ]


def test_a_role_set_off_by_a_comma_after_a_firm_or_with_a_hyphen_names_the_speaker(
        monkeypatch: pytest.MonkeyPatch) -> None:
    named = (("Ivo Brask", "PER"), ("Ana Osk", "PER"), ("Jo Marr", "PER"), ("Harwick Air", "ORG"))
    body = "\n\n".join([
        "\u201cThe routes do not make a profit and we cannot keep them,\u201d said Harwick Air director of route "
        "planning, Ivo Brask.",
        "Harwick Trust chief executive, Ana Osk, said: \u201cThe money will not reach the schools this year.\u201d",
        "\u201cWe believe this bill is detailed enough to be scrutinised,\u201d said co-ordinator Jo Marr.",
        "\u201cShe would never have wanted this for the company,\u201d said a close friend of Ana Osk.",
    ])
    assert _quotes_with(monkeypatch, body, *named) == [
        ("Ivo Brask", "The routes do"), ("Ana Osk", "The money will"), ("Jo Marr", "We believe this"),
        (None, "She would never"),  # the friend is not the one named after "of"
    ]


def test_the_president_is_not_the_former_one(monkeypatch: pytest.MonkeyPatch) -> None:
    body = ("The amnesty ends the era of former president Ivo Brask.\n\n"
            "The new government, led by President Ana Osk, is scrapping old tax records. \u201cThere are people "
            "who have money but are afraid to show it,\u201d the president told a government session.")
    assert _quotes_with(monkeypatch, body, ("Ivo Brask", "PER"), ("Ana Osk", "PER")) == [("Ana Osk", "There are people")]


def test_the_foreign_secretary_is_not_the_shadow_one_nor_the_coach_the_assistant(
        monkeypatch: pytest.MonkeyPatch) -> None:
    named = (("Ivo Brask", "PER"), ("Ana Osk", "PER"), ("Nils Berg", "PER"))
    body = ("Shadow foreign secretary Ivo Brask said: \u201cWe have fought a very clean campaign.\u201d\n\n"
            "In a speech Ana Osk said of the opposition leader that he was \u201cclever but not wise\u201d. "
            "The Foreign Secretary told the radio: \u201cI was making an observation about his temper.\u201d\n\n"
            "Vice-president Nils Berg agreed. \u201cWe share that view entirely,\u201d the president said.")
    assert _quotes_with(monkeypatch, body, *named) == [
        ("Ivo Brask", "We have fought"), ("Ana Osk", "clever but not"),
        (None, "I was making"),  # Brask is the shadow one; the corpus may know who the foreign secretary is
        (None, "We share that"),  # a vice president is not the president
    ]
    # the office the attribution names, qualified the same way, is still the one holder's
    body = body.replace("The Foreign Secretary told", "The shadow foreign secretary told")
    assert _quotes_with(monkeypatch, body, *named)[2] == ("Ivo Brask", "I was making")


def test_a_quote_after_the_rest_of_a_sentence_whose_verb_named_the_speaker_is_theirs(
        monkeypatch: pytest.MonkeyPatch) -> None:
    named = (("Ana Osk", "PER"), ("Ivo Brask", "PER"))
    body = ("The mayor, Ana Osk, said she had listed a number of \u201cintrusions by the press\u201d into her "
            "family's life. \u201cI do not compare any of it with the worst of history.\u201d\n\n"
            "Ivo Brask warned that relief hinged on \u201cclean water and working clinics\u201d being "
            "\u201cquickly and properly supplied\u201d.\n\n"
            "Ana Osk said the plan was \u201cshort of money and of time\u201d, while the council called it "
            "\u201ca sound and careful investment\u201d.\n\n"
            "Ivo Brask said: \u201cWe will open the bridge in May.\u201d The crowd cheered. "
            "\u201cNobody here believed it would happen.\u201d")
    assert _quotes_with(monkeypatch, body, *named) == [
        ("Ana Osk", "intrusions by the"), ("Ana Osk", "I do not"),  # the next sentence's words are hers
        ("Ivo Brask", "clean water and"), ("Ivo Brask", "quickly and properly"),  # both under 'warned'
        ("Ana Osk", "short of money"), (None, "a sound and"),  # 'while the council': another's clause
        ("Ivo Brask", "We will open"), (None, "Nobody here believed"),  # a sentence of narration between
    ]
    # in one case a phrase in mid-sentence may be a work's title: only a sentence of its own goes on
    lowered = [speaker for speaker, _ in _quotes_with(monkeypatch, body.lower(), *[(n.lower(), t) for n, t in named])]
    assert lowered[1] == "ana osk" and lowered[3] is None


def test_he_after_a_sentence_about_someone_met_before_the_name_and_a_hosts_second_verb(
        monkeypatch: pytest.MonkeyPatch) -> None:
    named = (("Ivo Brask", "PER"), ("Nils Berg", "PER"), ("Ana Osk", "PER"))
    body = "\n\n".join([
        "The winger believed he was talking to club director Ivo Brask when he called his team-mates lazy. "
        "\u201cI would rather play anywhere else than here,\u201d he added.",  # the winger, not Brask
        "Asked whether he was tired, Nils Berg said he would play on. \u201cThere is a long season ahead of "
        "us,\u201d he said.",  # a clause set before its subject: Berg
        "Since then he has fought the unions and the courts and Ana Osk said he would lose. \u201cHe has "
        "no friends left in the chamber,\u201d she said.",  # the name that says something is the subject
        "Nils Berg was the butt of a famous gaffe when the host opened the envelope and declared "
        "\u201ccome up and get it, Nils\u201d to the hall.",  # the host's words
    ])
    assert _quotes_with(monkeypatch, body, *named) == [
        (None, "I would rather"), ("Nils Berg", "There is a"), ("Ana Osk", "He has no"), (None, "come up and"),
    ]


def test_someone_described_by_their_age_is_the_one_named_before_and_a_speech_that_began(
        monkeypatch: pytest.MonkeyPatch) -> None:
    named = (("Ana Osk", "PER"), ("Mia Lund", "PER"), ("Ida Berg", "PER"), ("Ivo Brask", "PER"))
    body = "\n\n".join([
        "Ana Osk will miss the indoor season to rest a knee. The 31-year-old was third behind Mia Lund and "
        "Ida Berg last week but prefers the track. \u201cI am wary of injuries this winter,\u201d she said.",
        "Ivo Brask set a personal best in the heats. \u201cI have qualified and that matters most,\u201d said "
        "the 28-year-old.",
        "\u201cHow quietly the gift is given,\u201d Ivo Brask began.",  # the words that open a speech
    ])
    assert _quotes_with(monkeypatch, body, *named) == [
        ("Ana Osk", "I am wary"), ("Ivo Brask", "I have qualified"), ("Ivo Brask", "How quietly the"),
    ]
    # the 31-year-old's sentence names two others; in one case no sentence can be told apart
    lowered = _quotes_with(monkeypatch, body.lower(), *[(n.lower(), t) for n, t in named])
    assert lowered[0] == (None, "i am wary")


def test_a_sentence_that_opens_according_to_someone_and_a_titled_name_set_off_after_a_role(
        monkeypatch: pytest.MonkeyPatch) -> None:
    named = (("Ivo Brask", "PER"), ("Ana Osk", "PER"), ("Norvale", "PER"))
    body = ("Spokesman Ivo Brask said the firm still thought the deal valid. According to Mr Brask, the firm "
            "\u201cwas not planning to bid at a new tender\u201d. According to police, the driver \u201cwas going "
            "far too fast for the road\u201d. According to an aide to Ana Osk, she \u201cwill not stand again for "
            "the seat\u201d.\n\n"
            "\u201cWe are not going away from this valley,\u201d hunt master, Captain Ivo Brask, said.\n\n"
            "\u201cEurope has a glut of grain this year,\u201d Ana Osk was quoted by the Harwick news agency as "
            "saying. \u201cWe are dealing with the surplus now.\u201d\n\n"
            "\u201cThere may have been a third official he was seeking,\u201d said Norvale police Lt. Ivo Brask.")
    assert _quotes_with(monkeypatch, body, *named) == [
        ("Ivo Brask", "was not planning"), (None, "was going far"),
        (None, "will not stand"),  # the aide's account, not Osk's words
        ("Ivo Brask", "We are not"), ("Ana Osk", "Europe has a"), ("Ana Osk", "We are dealing"),
        ("Ivo Brask", "There may have"),  # a town the tagger took for a person, before a title written short
    ]


def test_a_verb_after_to_speaks_for_the_subject_after_a_dateline(monkeypatch: pytest.MonkeyPatch) -> None:
    named = (("Ana Osk", "PER"), ("Ivo Brask", "PER"))
    body = "\n\n".join([
        "Harwick City (AP) -- Ana Osk used her New Year message on Sunday to lament the \u201cicy winds of "
        "war\u201d blowing across the valley.",
        "The panel overseeing the inquiry investigating former President Ivo Brask told reporters that its "
        "members \u201ccan talk about the final report\u201d.",  # Brask is the one investigated
        "After the hearing Ana Osk told reporters the ruling was \u201ca victory for every tenant in the "
        "city\u201d.",
        "Ivo Brask used a letter to shareholders on Monday to denounce the \u201creckless and cruel cuts\u201d "
        "made by the board.",  # a letter, no verb 'let': nothing between whose object would speak
    ])
    assert _quotes_with(monkeypatch, body, *named) == [
        ("Ana Osk", "icy winds of"), (None, "can talk about"), ("Ana Osk", "a victory for"),
        ("Ivo Brask", "reckless and cruel"),
    ]


def test_a_name_after_a_role_only_a_person_holds_is_a_person(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tagger may call a name after a lower-case role an organisation ('said analyst Ana
    Osk') or run a parish into its sheriff: a role or title only people hold makes it a
    person, and the one who speaks; a role a firm may hold ('owner') does not."""
    body = "\n\n".join([
        "\u201cAll the markets grew apart from the north,\u201d mobile analyst Ana Osk told reporters.",
        "\u201cI am not pleased,\u201d Harwick Parish Sheriff Ivo Brask said. \u201cHe will not film in my "
        "jail again.\u201d",
        "\u201cWe will keep every one of the shops open,\u201d said its new owner Vellum Trading.",
    ])
    named = (("Ana Osk", "ORG"), ("Harwick Parish Sheriff Ivo Brask", "ORG"), ("Vellum Trading", "ORG"))
    assert _quotes_with(monkeypatch, body, *named) == [
        ("Ana Osk", "All the markets"), ("Ivo Brask", "I am not"), ("Ivo Brask", "He will not"),
        (None, "We will keep"),
    ]


def test_the_agent_after_a_quote_of_a_passive_verb_speaks(monkeypatch: pytest.MonkeyPatch) -> None:
    body = ("Her plan was described as \u201ca reckless gamble with our money\u201d by shadow chancellor Ivo Brask.\n\n"
            "The bill was passed in a \u201cspirit of real and lasting compromise\u201d by the council and Ivo Brask.")
    assert _quotes_with(monkeypatch, body, ("Ivo Brask", "PER")) == [
        ("Ivo Brask", "a reckless gamble"), (None, "spirit of real"),  # passed: no verb that tells of words
    ]


def test_a_description_whose_second_verb_says_names_its_role(monkeypatch: pytest.MonkeyPatch) -> None:
    body = ("Harwick Rovers manager Ivo Brask was at the ground.\n\n"
            "The Rovers manager wants a bigger squad and has said the pitch is \u201cnot fit for league football\u201d.\n\n"
            "The pitch, which the club rebuilt, was relaid and has said to be \u201cthe finest in the whole league\u201d.")
    assert _quotes_with(monkeypatch, body, ("Ivo Brask", "PER"), ("Harwick Rovers", "ORG")) == [
        ("Ivo Brask", "not fit for"), (None, "the finest in"),
    ]


def test_a_description_after_a_sentence_or_two_that_name_no_one_is_the_one_named_before(
        monkeypatch: pytest.MonkeyPatch) -> None:
    body = ("Harwick's Ivo Brask has called the rivalry with the Rovers bitter.\n\n"
            "Past meetings have stirred up plenty of ill-feeling between the sides, and they meet again on Tuesday.\n\n"
            "\u201cIt is just more bitter against the Rovers,\u201d the defender told the Gazette.\n\n"
            "Ana Osk has called the derby the best in the land. The ground holds 30,000. Tickets sold out in an hour. "
            "The club expects a record crowd. \u201cWe have waited all year for this game,\u201d the striker said.")
    assert _quotes_with(monkeypatch, body, ("Ivo Brask", "PER"), ("Ana Osk", "PER"), ("Harwick", "ORG")) == [
        ("Ivo Brask", "It is just"), (None, "We have waited"),  # three sentences between: too far to tell
    ]


def test_he_is_the_one_a_sentence_reports_not_the_one_it_mentions(monkeypatch: pytest.MonkeyPatch) -> None:
    named = (("Lord Brant", "PER"), ("Ola Vinter", "PER"))
    body = ("The dossier was thin, Lord Brant said in an interview conducted by the editor, Ola Vinter. "
            "He said: \u201cWe had to tell ministers the evidence was thin.\u201d")
    assert _quotes_with(monkeypatch, body, *named) == [("Brant", "We had to")]  # the title is no part of the name


def test_a_scare_quote_does_not_break_reported_speech_nor_give_a_participle_to_the_wrong_name(
        monkeypatch: pytest.MonkeyPatch) -> None:
    named = (("Jim Parten", "PER"), ("Ana Brant", "PER"))
    body = "\n\n".join([
        "Jim Parten, from Families First, said the new proposals \"lacked compulsion\".",
        "\"We would like to see couples agree a plan and then have it enforced.\"",
        "Ana Brant has failed to tackle these problems, he claimed, saying she has the \"wrong solution\" to them.",
        "\"The result is bigger government and higher taxes for all.\"",
    ])
    assert _quotes_with(monkeypatch, body, *named) == [("Jim Parten", "We would like"), (None, "The result is")]


def test_an_organisation_taken_for_a_person_does_not_speak_for_its_spokesman_nor_by_adding_a_thing(
        monkeypatch: pytest.MonkeyPatch) -> None:
    named = (("DCA", "PER"), ("Streamflix", "PER"))  # the tagger's mistakes: both are organisations
    body = "\n\n".join([
        "A spokesman for the DCA said: \u201cThe department has provided strong, clear leadership.\u201d",
        "Streamflix has added a disclaimer to the trailer of \"The Court,\" labelling the show a \"fictional "
        "dramatisation of real events.\"",
    ])
    assert _quotes_with(monkeypatch, body, *named) == [(None, "The department has"), (None, "fictional dramatisation of")]


def test_a_verb_inside_reported_speech_is_not_the_one_that_reports(monkeypatch: pytest.MonkeyPatch) -> None:
    named = (("Alex Banner", "PER"), ("Mike Holt", "PER"))
    body = "\n\n".join([
        "Prices will rise by 1% over the next six months, Alex Banner said. He said if the growth continued at "
        "this level the central bank might raise rates from their current 4.75%.",
        "\"I think the key is what the bank expects to happen to the market.\"",
        "Mike Holt said the police had said ID cards could \"help them stop a bomb plot in the city\".",
    ])
    assert _quotes_with(monkeypatch, body, *named) == [("Alex Banner", "I think the"), (None, "help them stop")]


def test_a_quote_continues_a_short_utterance_whose_speaker_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    named = (("Jade Jonson", "PER"),)
    body = ("Her confidence has suffered this winter. \"It's the stress,\" said Jade Jonson. \"I am not used to "
            "feeling this so early in the season.\" Critics called it \"a disaster\". \"Nobody saw it coming at all.\"")
    assert _quotes_with(monkeypatch, body, *named) == [("Jade Jonson", "I am not"), (None, "Nobody saw it")]


def test_an_open_apposition_before_has_said_and_an_according_to_after_the_quote(
        monkeypatch: pytest.MonkeyPatch) -> None:
    named = (("Meghan", "PER"), ("Anton LaCava", "PER"), ("Gerry Schell", "PER"))
    body = "\n\n".join([
        "Meghan, Duchess of Sussex has said she was \"fed to the wolves, every one of them,\" in a new trailer.",
        "The suspect, Anton LaCava, was \"deliberately seeking out these individuals,\" according to Troy police "
        "Lt. Gerry Schell.",
    ])
    assert _quotes_with(monkeypatch, body, *named) == [("Meghan", "fed to the"), ("Gerry Schell", "deliberately seeking out")]


def test_a_role_set_off_before_the_name_a_description_that_drops_whose_and_a_name_in_brackets(
        monkeypatch: pytest.MonkeyPatch) -> None:
    named = (("Oleh Tarnovsky", "PER"), ("Marta Lindqvist", "PER"), ("Ian Pellow", "PER"), ("Steve Marlowe", "PER"),
             ("Jim Farrow", "PER"), ("Kurt Lanner", "PER"), ("Harwick Tenants Association", "ORG"))
    body = "\n\n".join([
        "In a post, the governor of Harwick, Oleh Tarnovsky, said: \u201cWe withstood the attack on the city.\u201d",
        "Tariffs, the trade commission president, Marta Lindqvist, said, \u201care working to cripple the regime.\u201d",
        "Party co-chairman Ian Pellow derided the photo call, saying: \"The show of unity was poor acting.\"",
        "Chairman Steve Marlowe met the players. But the Harwick chairman added: \"They decided to withdraw the offer.\"",
        "Senator Jim Farrow (R-Ky.) said Thursday that Kurt Lanner \u201ccrossed the line of ethics\u201d by then.",
        "Members of the Harwick Tenants Association also said the rent rise was \u201ctoo much for most families.\u201d",
    ])
    assert _quotes_with(monkeypatch, body, *named) == [
        ("Oleh Tarnovsky", "We withstood the"), ("Marta Lindqvist", "are working to"), ("Ian Pellow", "The show of"),
        ("Steve Marlowe", "They decided to"),  # the one person the article calls chairman
        ("Jim Farrow", "crossed the line"),
        (None, "too much for"),  # an organisation's members: no one named
    ]


def test_words_shouted_by_someone_unnamed_a_title_before_a_comma_and_a_name_of_its_firm(
        monkeypatch: pytest.MonkeyPatch) -> None:
    named = (("Ivo Brask", "PER"), ("Harwick Foods", "ORG"), ("Nell Ambry", "PER"), ("Dora Quint", "PER"))
    body = "\n\n".join([
        "Ivo Brask of Harwick Foods told the meeting: \u201cThe depot will stay open next year.\u201d",
        "Nell Ambry was pelted with eggs. She said the man shouted: \"You have ruined this town for good.\"",
        "Dora Quint, who starred in \"The Long Way Down to Harwick,\" died on Friday.",
        "\u201cBrask has hit a new low,\u201d she wrote on Friday.",
    ])
    assert _quotes_with(monkeypatch, body, *named) == [
        ("Ivo Brask", "The depot will"),
        (None, "You have ruined"),  # the man's words, not the one who reports them
        (None, "The Long Way"),  # a film's name, its comma set inside the marks
        ("Dora Quint", "Brask has hit"),  # a comma after words in lower case: no title
    ]


def test_no_description_goes_to_one_of_two_people_it_could_mean(monkeypatch: pytest.MonkeyPatch) -> None:
    named = (("Steve Marlowe", "PER"), ("Dan Oduya", "PER"))
    body = ("Chairman Steve Marlowe met Rovers chairman Dan Oduya. "
            "Later the Harwick chairman added: \"We will not sell the ground to anyone.\"")
    assert _quotes_with(monkeypatch, body, *named) == [(None, "We will not")]


def test_a_name_after_a_title_only_people_bear_is_a_person(monkeypatch: pytest.MonkeyPatch) -> None:
    from search.entities import actors as module

    body = ("Representative Lena Dorrit said the plan would fail. Governor Harwick Holdings bought the mill. "
            "Crowds thanked the Queen. Tamsin Orrell Mills opened a shop. Sen. Ivo Brask spoke. "
            "The State Oduya Trust was founded in Harwick. Queen Ada III opened the Queen Ada Bridge. "
            "Princess Cruises sailed.")
    monkeypatch.setattr(module, "find_mentions", lambda t: _mentions_of(
        t, ("Lena Dorrit", "ORG"), ("Harwick Holdings", "ORG"), ("Oduya Trust", "ORG"), ("Queen Ada III", "ORG"),
        ("Queen Ada Bridge", "ORG"), ("Princess Cruises", "ORG"), ("Tamsin Orrell Mills", "ORG"), ("Ivo Brask", "ORG")))
    types = {a.name: a.type for a in article_actors("Plan", body)[0]}
    assert types == {"Lena Dorrit": "PER", "Harwick Holdings": "ORG", "Oduya Trust": "ORG", "Ada III": "PER",
                     "Queen Ada Bridge": "ORG", "Princess Cruises": "ORG", "Tamsin Orrell Mills": "ORG",
                     "Ivo Brask": "PER"}


def test_a_word_of_grammar_alone_is_no_actor(monkeypatch: pytest.MonkeyPatch) -> None:
    from search.entities import actors as module

    body = "Blasts near the bridge An \"extremely fierce battle\" goes on, Hanna Marr said."
    monkeypatch.setattr(module, "find_mentions", lambda t: _mentions_of(t, ("An", "PER"), ("Hanna Marr", "PER")))
    actors, _ = article_actors("Battle", body)
    assert [a.name for a in actors] == ["Hanna Marr"]


def test_a_shortened_title_or_initial_keeps_its_full_stop() -> None:
    """As CoNLL-2003 writes them: a split-off stop reads as a sentence's end, and 'Mr' as a name."""
    from search.entities.tokens import tokenize

    words = [t.text for t in tokenize("Mr. Dufresne met Const. Ola Brant and A. J. Kessler. It ended.")]
    assert words == ["Mr.", "Dufresne", "met", "Const.", "Ola", "Brant", "and", "A.", "J.", "Kessler", ".", "It",
                     "ended", "."]


def test_the_lower_case_vocabulary_counts_prose_only() -> None:
    """Case is counted inside sentences of ordinary prose: not a sentence's first word, not a
    line in Title Case or in one case, where a capital says nothing."""
    from search.entities.vocabulary import count_cases

    lower, capital = count_cases([
        ["The", "mayor", "praised", "Harwick", "Mills", "on", "Monday", "."],
        ["Praised", "by", "all", ",", "Okafor", "stayed", "."],  # a sentence's first word: no count
        ["Mayor", "Praised", "For", "Harwick", "Rescue"],  # Title Case: no count
        ["MAYOR", "PRAISED", "AGAIN"], ["the", "mayor", "praised", "okafor"],  # one case: no count
    ])
    assert lower["praised"] == 1 and capital["praised"] == 0 and lower["mayor"] == 1
    assert capital["harwick"] == 1 and lower["okafor"] == 0 and capital["okafor"] == 1


def test_a_title_case_headline_is_put_back_in_sentence_case_by_the_shipped_vocabulary() -> None:
    from search.entities.tagger import _sentence_case

    headline = "Okafor Stresses Urgency Of Talks In Harwick".split()
    assert _sentence_case(headline) == "Okafor stresses urgency of talks in Harwick".split()


def test_a_name_that_holds_two_peoples_names_does_not_make_them_one() -> None:
    """'Ada Okafor' and 'Ben Okafor' are two people; a run-together 'Ben Ada Okafor' (a
    standfirst glued to a sentence) holds both names and must not join them."""
    directory = ActorDirectory([("Ada Okafor", "PER", 40), ("Ben Okafor", "PER", 6), ("Ben Ada Okafor", "PER", 1),
                                ("Okafor", "PER", 30), ("Recep Idris Tulga", "PER", 3), ("Idris Tulga", "PER", 9)])
    assert directory.actor_of("Ben Okafor").name == "Ben Okafor"
    assert directory.actor_of("Ben Ada Okafor").name == "Ada Okafor"  # to the one who dominates
    assert directory.actor_of("Okafor").name == "Ada Okafor"
    assert directory.actor_of("Recep Idris Tulga") is directory.actor_of("Idris Tulga")  # a longer form, one person


def test_a_full_name_the_coverage_gives_a_persons_role_is_a_person() -> None:
    """The tagger types a new name a firm in most short items; the roles written before
    it ("Prime Minister Mira Castellane") say it is a person.  A place given a title a
    few times, and a lone name, keep the type most articles give them."""
    seen = [("Mira Castellane", "ORG", 300), ("Mira Castellane", "PER", 40), ("Orsk Valley", "LOC", 200),
            ("Lune", "ORG", 50), ("Tavi Brennan", "LOC", 30), ("Tavi Brennan", "PER", 2)]
    titled = {"Mira Castellane": 25, "Orsk Valley": 3, "Lune": 40, "Tavi Brennan": 9}
    directory = ActorDirectory(seen, titled=titled)
    assert directory.actor_of("Mira Castellane").type == "PER"  # 25 times titled: more than ten
    assert directory.actor_of("Tavi Brennan").type == "PER"  # 9 of 32 articles: more than a quarter
    assert directory.actor_of("Orsk Valley").type == "LOC"
    assert directory.actor_of("Lune").type == "ORG"
    assert ActorDirectory(seen).actor_of("Mira Castellane").type == "ORG"  # untitled, the majority decides


def test_a_one_word_name_with_a_legal_form_is_no_acronyms_expansion() -> None:
    directory = ActorDirectory([("Harwick", "LOC", 50), ("Harwick Inc", "ORG", 2), ("H.I.", "LOC", 3),
                                ("Harwick Steel Corp", "ORG", 9), ("HSC", "ORG", 4), ("HS", "ORG", 2)])
    assert directory.actor_of("H.I.") is not directory.actor_of("Harwick Inc")
    assert directory.actor_of("HSC") is directory.actor_of("Harwick Steel Corp") is directory.actor_of("HS")


def test_a_lone_name_that_opens_one_persons_name_is_theirs_when_the_corpus_uses_it() -> None:
    """'Xu' alone, never anyone's surname, is Xu Wenjie, whose family name comes first;
    a stray first name seen a few times is left alone."""
    directory = ActorDirectory([("Xu Wenjie", "PER", 200), ("Xu", "PER", 60), ("Xu Lin", "PER", 5),
                                ("Dana Price", "PER", 150), ("Dana", "PER", 3), ("Okafor", "PER", 40),
                                ("Okafor Mills", "ORG", 12)])
    assert directory.actor_of("Xu") is directory.actor_of("Xu Wenjie")
    assert directory.actor_of("Xu Lin") is not directory.actor_of("Xu Wenjie")
    assert directory.actor_of("Dana").name == "Dana"  # three articles: no way the corpus names her


def test_a_countrys_names_are_one_place_and_two_countries_stay_two() -> None:
    """ISO 3166's short, official and common names of one country are one place; a name
    two countries share joins neither, and a person named like a country is no country."""
    directory = ActorDirectory([("Czechia", "LOC", 30), ("Czech Republic", "LOC", 20),
                                ("South Korea", "LOC", 40), ("Republic of Korea", "LOC", 3),
                                ("North Korea", "LOC", 25), ("Korea", "LOC", 10),
                                ("America", "PER", 4), ("United States of America", "LOC", 5),
                                ("Georgia", "LOC", 12)])
    assert directory.actor_of("Czechia") is directory.actor_of("Czech Republic")
    assert directory.actor_of("Republic of Korea") is directory.actor_of("South Korea")
    assert directory.actor_of("North Korea") is not directory.actor_of("South Korea")
    assert directory.actor_of("Korea") not in (directory.actor_of("North Korea"), directory.actor_of("South Korea"))
    assert directory.actor_of("America") is not directory.actor_of("United States of America")
    assert directory.actor_of("Georgia").aliases == ()


def test_a_countrys_code_in_capitals_is_that_country_but_not_a_code_that_is_a_word() -> None:
    """ "the USA-Russia summit": the code is the country; "CAN" (Canada's) is a word."""
    directory = ActorDirectory([("United States", "LOC", 30), ("USA", "LOC", 2), ("Canada", "LOC", 9),
                                ("CAN", "LOC", 2), ("Upfield School of Arts", "ORG", 2)])
    assert directory.actor_of("USA") is directory.actor_of("United States")
    assert directory.actor_of("Upfield School of Arts") is not directory.actor_of("USA")  # its initials, no country
    assert directory.actor_of("CAN") is not directory.actor_of("Canada")


def test_the_country_file_gives_each_name_one_country() -> None:
    from search.entities.countries import COUNTRIES
    from search.entities.names import variant_key

    countries: dict[str, set[str]] = {}
    for line in COUNTRIES.read_text(encoding="utf-8").splitlines():
        code, _, name = line.partition("\t")
        countries.setdefault(variant_key(name), set()).add(code)
    assert len(countries) > 300
    assert all(len(codes) == 1 for codes in countries.values())


def test_an_acronym_is_spelled_letter_for_letter() -> None:
    """Acronyms one letter apart are not spellings of one name ("HBC", "HC", "HCC"); an
    acronym with dots is the same acronym; a one-word name is the acronym written as a
    word ("Fedoc") unless it is an English word ("Aid" in a headline)."""
    directory = ActorDirectory([("HBC", "ORG", 60), ("HC", "LOC", 9), ("H.C.", "LOC", 4), ("HCC", "ORG", 2),
                                ("FEDOC", "ORG", 30), ("Fedoc", "ORG", 12), ("AID", "ORG", 20), ("Aid", "ORG", 3)])
    assert len({directory.actor_of(name).name for name in ("HBC", "HC", "HCC")}) == 3
    assert directory.actor_of("H.C.") is directory.actor_of("HC")
    assert directory.actor_of("Fedoc") is directory.actor_of("FEDOC")
    assert directory.actor_of("Aid") is not directory.actor_of("AID")


def test_a_legal_form_after_a_place_names_no_company_of_that_place() -> None:
    """'Harwick Steel Corp' is 'Harwick Steel'; 'Ohio AG' (an attorney general) is not
    Ohio, nor 'HX plc' the place the corpus calls 'HX'."""
    directory = ActorDirectory([("Harwick Steel", "ORG", 20), ("Harwick Steel Corp", "ORG", 5),
                                ("Ohio", "LOC", 80), ("Ohio AG", "ORG", 3), ("HX", "LOC", 40), ("HX plc", "ORG", 2)])
    assert directory.actor_of("Harwick Steel Corp") is directory.actor_of("Harwick Steel")
    assert directory.actor_of("Ohio AG") is not directory.actor_of("Ohio")
    assert directory.actor_of("HX plc") is not directory.actor_of("HX")


def test_a_full_name_the_tagger_called_a_firm_is_the_person_its_surname_names(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """'Tavo Renquist' tagged an organisation while 'Renquist said' is a person: the
    article's one person.  Not a firm or club whose last word the tagger took for a
    person: "Global Renquist" (an English word first), "London Renquist" (a place)."""
    said = " Renquist said on Friday that the deal was done."
    assert _actors_tagged(monkeypatch, "Port sold", "Tavo Renquist has bought the port." + said,
                          ("Tavo Renquist", "ORG"), ("Renquist", "PER")) == {"Tavo Renquist": ("PER", 2)}
    for firm in ("Global Renquist", "London Renquist"):
        assert _actors_tagged(monkeypatch, "Port sold", f"{firm} has bought the port." + said,
                              (firm, "ORG"), ("Renquist", "PER"))[firm] == ("ORG", 1)


def test_a_holiday_is_a_date_not_an_actor(monkeypatch: pytest.MonkeyPatch) -> None:
    """'Christmas' and 'Eid al-Fitr' tagged as names are dates, not actors; a person
    who bears a holiday's name as a surname is still that person."""
    body = ("Harwick Foods expects sales to rise before Christmas and Eid al-Fitr, chief executive Dana Easter "
            "said. Easter said the stores would open late.")
    named = [("Harwick Foods", "ORG"), ("Christmas", "PER"), ("Eid al-Fitr", "LOC"), ("Dana Easter", "PER"),
             ("Easter", "PER")]
    assert _actors_tagged(monkeypatch, "Sales", body, *named) == {"Harwick Foods": ("ORG", 1),
                                                                  "Dana Easter": ("PER", 2)}


def _mention_at(name: str, whole: str, kind: str, start: int = 0):  # type: ignore[no-untyped-def]
    """A mention of `name` where it first stands in `whole` from `start` on."""
    from search.article import Mention

    begin = whole.index(name, start)
    return Mention(begin, begin + len(name), name, kind)  # type: ignore[arg-type]


def test_two_names_taken_for_one_are_split_only_when_each_is_named_alone() -> None:
    from search.article import Mention
    from search.entities.mended import joined_pairs

    at = _mention_at

    text = ("Tarnova and Brellix cut prices. Tarnova fell; Brellix rose. The Office of Tides and Harbours "
            "and Pellow & Quartey said nothing. Harbours closed. Pellow and Quartey.")
    mentions = [at("Tarnova and Brellix", text, "ORG"), at("Tarnova", text, "ORG", 30), at("Brellix", text, "PER", 30),
                at("Office of Tides and Harbours", text, "ORG"), at("Pellow & Quartey", text, "ORG"),
                at("Harbours", text, "LOC", 120)]
    split = joined_pairs(mentions)
    assert [(m.text, m.type, text[m.start:m.end]) for m in split[:2]] == [
        ("Tarnova", "ORG", "Tarnova"), ("Brellix", "PER", "Brellix")]  # each of the type it has alone
    # 'Office of Tides' is never named alone; '&' is part of a name.
    assert [m.text for m in split[2:]] == ["Tarnova", "Brellix", "Office of Tides and Harbours", "Pellow & Quartey",
                                           "Harbours"]
    shouted = text.upper()  # in capitals too
    assert [m.text for m in joined_pairs([Mention(m.start, m.end, shouted[m.start:m.end], m.type)
                                           for m in mentions])] == [m.text.upper() for m in split]


def test_a_name_the_tagger_cut_short_is_the_longer_name_the_article_uses() -> None:
    """Where the text goes on with the words of a longer name the article tags elsewhere,
    the short mention is that name (and its type); not where the longer name adds a
    word in lower case, a title's shape or 'and', nor a lower-case word after a known
    place or a name that stands alone elsewhere."""
    from search.entities.mended import continued_names

    at = _mention_at

    text = ("Talks began in the Amber Chamber. Guests left the Amber Chamber. Later the Amber chamber shut. "
            "The Tallow Basin flooded; Tallow Basin farms too.")
    mentions = [at("Amber Chamber", text, "ORG"), at("Amber", text, "LOC", 40), at("Amber", text, "LOC", 70),
                at("Tallow Basin", text, "LOC"), at("Tallow", text, "PER", 110)]
    got = [(m.text, m.type, text[m.start:m.end]) for m in continued_names(text, mentions)]
    assert got == [("Amber Chamber", "ORG", "Amber Chamber"), ("Amber Chamber", "ORG", "Amber Chamber"),
                   ("Amber chamber", "ORG", "Amber chamber"), ("Tallow Basin", "LOC", "Tallow Basin"),
                   ("Tallow Basin", "LOC", "Tallow Basin")]

    text = "Dorvel MP spoke. Dorvel MP left. Kestrel Nets guard scored; Kestrel Nets guard again. Norway coast."
    mentions = [at("Dorvel MP", text, "ORG"), at("Dorvel", text, "ORG", 10), at("Kestrel Nets guard", text, "ORG"),
                at("Kestrel Nets", text, "ORG", 50)]
    assert [m.text for m in continued_names(text, mentions)] == ["Dorvel MP", "Dorvel", "Kestrel Nets guard",
                                                                  "Kestrel Nets"]
    text = "Norway Fjords opened. Norway fjords shut. Norway said so."  # a known place, then lower case
    mentions = [at("Norway Fjords", text, "LOC"), at("Norway", text, "LOC", 15)]
    assert [m.text for m in continued_names(text, mentions)] == ["Norway Fjords", "Norway"]
    text = "Pellin Quay opened. Pellin quay shut. Pellin said so."  # the short name stands alone too
    mentions = [at("Pellin Quay", text, "LOC"), at("Pellin", text, "PER", 15), at("Pellin", text, "PER", 35)]
    assert [m.text for m in continued_names(text, mentions)] == ["Pellin Quay", "Pellin", "Pellin"]


def test_two_places_joined_by_a_hyphen_are_two_actors() -> None:
    from search.entities.mended import compounds_split

    text = ("The Chile-Peru border and EU-Chile talks. Guinea-Bissau voted; Baden-Württemberg and Rolls-Royce too. "
            "Tarrow-Peru trade; Tarrow grew.")
    names = [("Chile-Peru", "LOC"), ("EU-Chile", "ORG"), ("Guinea-Bissau", "LOC"), ("Baden-Württemberg", "LOC"),
             ("Rolls-Royce", "ORG"), ("Tarrow-Peru", "LOC"), ("Tarrow", "ORG")]
    mentions = [_mention_at(name, text, kind) for name, kind in names]
    got = [(m.text, m.type, text[m.start:m.end]) for m in compounds_split(mentions)]
    assert got == [("Chile", "LOC", "Chile"), ("Peru", "LOC", "Peru"), ("EU", "ORG", "EU"), ("Chile", "LOC", "Chile"),
                   ("Guinea-Bissau", "LOC", "Guinea-Bissau"), ("Baden-Württemberg", "LOC", "Baden-Württemberg"),
                   ("Rolls-Royce", "ORG", "Rolls-Royce"), ("Tarrow", "ORG", "Tarrow"), ("Peru", "LOC", "Peru"),
                   ("Tarrow", "ORG", "Tarrow")]


def test_a_countrys_name_without_a_lower_case_epithet_is_that_country() -> None:
    """'Great X' -> 'X' when news writes 'great' in lower case and 'X' is no common word or
    continent; 'United Y' (a word news capitalises) and 'New Realm' (a common word left)
    give nothing, and a short name two countries could have goes to neither."""
    from search.entities.countries import _without_epithet

    common = {"great", "new", "realm", "the", "oceania"}
    named = [("Great Varnia", {"VAR"}), ("United Dominion", {"UDO"}), ("New Realm", {"NRE"}),
             ("Great Oceania", {"GOC"}), ("New Tessaly", {"NTE"}), ("Great Tessaly", {"GTE"}), ("Varnia", {"VAR"})]
    assert _without_epithet(named, common) == {"Varnia": {"VAR"}, "Tessaly": {"NTE", "GTE"}}


def test_a_lone_name_is_its_body_with_one_organisation_word_not_a_longer_body() -> None:
    """'Harwick' is 'Harwick Group'; 'Dorrel' is no 'Dorrel Select Committee' (a committee
    about it, or a division of it, is another body)."""
    directory = ActorDirectory([("Harwick", "ORG", 30), ("Harwick Group", "ORG", 12),
                                ("Dorrel", "ORG", 40), ("Dorrel Select Committee", "ORG", 9)])
    assert directory.actor_of("Harwick") is directory.actor_of("Harwick Group")
    assert directory.actor_of("Dorrel") is not directory.actor_of("Dorrel Select Committee")


def test_a_one_word_name_after_a_determiner_that_ends_its_phrase_is_a_thing(monkeypatch: pytest.MonkeyPatch) -> None:
    """'an Orrin', 'the Orrins.' name an award (or a car, a virus), not a person, wherever
    the article uses it; 'the Vell administration' qualifies a noun, and Vell is named in
    full: a person still."""
    body = ("Dana Vell won an Orrin for the role. The Orrins, held in March, drew Tamsin Holt. Orrin voters "
            "cheered. The Vell administration welcomed the Holt of old.")
    named = [("Dana Vell", "PER"), ("Orrin", "PER"), ("Orrins", "PER"), ("Vell", "PER"), ("Tamsin Holt", "PER"),
             ("Holt", "PER")]
    assert _actors_tagged(monkeypatch, "Awards", body, *named) == {"Dana Vell": ("PER", 2),
                                                                   "Tamsin Holt": ("PER", 2)}


def test_a_photo_credit_in_brackets_closing_a_caption_names_no_actor() -> None:
    from search.entities.credits import credit_spans

    text = ("Workers clear the quay in Orvo on May 2. (Ana Cruz/Harwick Wire via Dorr Images)\n\n"
            "Flights (Orvo/Anvik) resumed at 80 km/h. (km/h)\n\n"
            "The mill reopened. (Wire Photo/Tom Reed, File)")
    found = [text[start:end] for start, end in credit_spans(text)]
    assert found == ["(Ana Cruz/Harwick Wire via Dorr Images)", "(Wire Photo/Tom Reed, File)"]
    wrapped = text.replace("Cruz/Harwick Wire via", "Cruz/Harwick\nWire via")  # hard-wrapped inside the brackets
    found = [wrapped[start:end] for start, end in credit_spans(wrapped)]
    assert found == ["(Ana Cruz/Harwick\nWire via Dorr Images)", "(Wire Photo/Tom Reed, File)"]
    unclosed = text.replace("Dorr Images)\n\n", "Dorr\n\nImages)\n\n")  # a paragraph's end is no line break
    assert [unclosed[start:end] for start, end in credit_spans(unclosed)] == ["(Wire Photo/Tom Reed, File)"]


def test_a_picture_agency_in_a_credit_is_no_author(monkeypatch: pytest.MonkeyPatch) -> None:
    """Who took a picture is its author; the agency after the photographer's slash and the
    library it comes "via" are not, whatever the tagger calls them.  An agency before the
    slash is followed by its photographer, whom the tagger may call an organisation."""
    from search.entities import actors as module

    body = ("Crews cleared the quay in Orvo. (Ana Cruz/Harwick Wire via Dorr Images)\n\n"
            "The mill reopened on Friday. (Harwick Wire/Tom Reed)\n\n"
            "Boats returned. (Lida Marsh/Harwick Wire)")
    named = [("Orvo", "LOC"), ("Ana Cruz", "PER"), ("Harwick Wire", "ORG"), ("Dorr Images", "ORG"),
             ("Tom Reed", "PER"), ("Lida Marsh", "ORG")]
    monkeypatch.setattr(module, "find_mentions", lambda t: _mentions_of(t, *named))
    actors, _, authors = module.actors_and_credits("Quay cleared", body)
    assert authors == ("Ana Cruz", "Tom Reed", "Lida Marsh")  # no person beside her: she may be one
    assert {a.name for a in actors} == {"Orvo"}
    named = [("Orvo", "LOC"), ("Lida Marsh", "ORG"), ("Dorr Images", "ORG")]  # no person: only "via" tells
    monkeypatch.setattr(module, "find_mentions", lambda t: _mentions_of(t, *named))
    for via in ("via", "VIA"):
        body = f"Boats returned to Orvo. (Lida Marsh/Kell {via} Dorr Images)"
        assert module.actors_and_credits("Boats return", body)[2] == ("Lida Marsh",), via


def test_a_verb_that_characterises_words_runs_on_to_a_quote_far_from_it(monkeypatch: pytest.MonkeyPatch) -> None:
    body = ("Ines Marlow called the long-delayed delivery of eleven freight trains to the northern port "
            "\u201ca betrayal of every promise made to us\u201d.\n\n"
            "Oren Vell thinks that the answer could well lie somewhere in between the cries of \u201cimpossible to regulate "
            "anything\u201d and the rest.\n\n"
            "Oren Vell also announced plans to merge thirty agencies into nine - described by one union as a "
            "\u201cbonfire of the public bodies\u201d.\n\n"
            "Ines Marlow suggests so-called rogue states such as these are less of a worry than \u201cfailed and "
            "failing states everywhere\u201d.\n\n"
            "Oren Vell called last week for observers at the count - saying otherwise there could be \u201cmonths "
            "of court challenges ahead\u201d.")
    assert _quotes_with(monkeypatch, body, ("Ines Marlow", "PER"), ("Oren Vell", "PER")) == [
        ("Ines Marlow", "a betrayal of"),
        (None, "impossible to regulate"),  # what someone thinks, not what they said
        (None, "bonfire of the"),  # the union's words: another verb of speech between
        ("Ines Marlow", "failed and failing"),  # "so-called" is no verb of speech
        ("Oren Vell", "months of court"),  # a participle after a dash
    ]


def test_a_name_a_preposition_ties_to_the_object_does_not_stop_the_verb_running_on(
        monkeypatch: pytest.MonkeyPatch) -> None:
    body = ("Former Ohio Gov. Ines Marlow slammed the state inquiries into former President Oren Vell as being "
            "part of a \u201crot in our public life that must end,\u201d arguing they were motivated.\n\n"
            "Ines Marlow praised Oren Vell, who called the plan \u201ca gift to the whole of the north\u201d.")
    assert _quotes_with(monkeypatch, body, ("Ines Marlow", "PER"), ("Oren Vell", "PER"), ("Ohio", "LOC")) == [
        ("Ines Marlow", "rot in our"),  # Vell is part of the object: the inquiries into him
        ("Oren Vell", "a gift to"),  # a clause of his own
    ]
    # all in lower case, a quoted title reads as any phrase: a name between still keeps the verb from the quote
    lower = ("ines marlow recalled preparing for the long night scene with costar oren vell for "
             "\u201cthe wolf of the northern sea\u201d and laughed.")
    assert _quotes_with(monkeypatch, lower, ("ines marlow", "PER"), ("oren vell", "PER")) == [(None, "the wolf of")]


def test_a_person_who_reports_speaks_the_words_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    body = ("Oren Vell, the Harwick-appointed mayor of the occupied port, has reported on his channel that "
            "\u201cfacades, balconies and the roofs of three schools\u201d were damaged overnight.\n\n"
            "\u201cThe river stood up for the whole valley\u201d reads one line of the leaflet, according to images "
            "reported by the Harwick Gazette over the weekend.")
    assert _quotes_with(monkeypatch, body, ("Oren Vell", "PER"), ("Harwick Gazette", "ORG")) == [
        ("Oren Vell", "facades, balconies and"),
        (None, "The river stood"),  # images reported by a paper: no one reports them in person
    ]


def test_he_after_a_sentence_about_someone_it_describes_is_not_the_one_it_names(
        monkeypatch: pytest.MonkeyPatch) -> None:
    body = ("Talen Oswy faces a hard draw in the spring.\n\n"
            "The seventh seed, who is lined up to meet Corvin Adair in the last eight, is looking forward to it. "
            "\u201cHe is a tough player on any surface at all,\u201d he said.\n\n"
            "The answer, says Dr Mira Esk, is a new court. \u201cWe have asked for it for a long time,\u201d she said.")
    assert _quotes_with(monkeypatch, body, ("Talen Oswy", "PER"), ("Corvin Adair", "PER"), ("Mira Esk", "PER")) == [
        (None, "He is a"),  # the seed is someone the sentence describes, not Corvin Adair
        ("Mira Esk", "We have asked"),
    ]


def test_agency_attributions(monkeypatch: pytest.MonkeyPatch) -> None:
    body = ("\u201cAll flights will go to the northern field for now,\u201d Harwick radio quotes port director "
            "Ilse Varga as saying.\n\n"
            "Tam Oru was quoted as saying: \u201cWhat kind of peace keeps us from our own fields?\u201d\n\n"
            "\u201cNothing on the ground has changed for us at all,\u201d said 20-year-old Mira Dask from the camp.\n\n"
            "\u201cThey entered the valley early this morning,\u201d Faik Lorn of the Harwick Democratic Party (HDP) "
            "told Reuters.\n\n"
            "\u201cThe plant has a clear strategic value for the group,\u201d said Osk SpA chairman and chief "
            "executive officer Lena Varo.\n\n"
            "He said Ibo Tarn sent a letter in which he said: \u201cWe plead with you to help us now.\u201d")
    named = [("Ilse Varga", "PER"), ("Tam Oru", "PER"), ("Mira Dask", "PER"), ("Faik Lorn", "PER"),
             ("Harwick Democratic Party", "ORG"), ("Osk SpA", "PER"), ("Lena Varo", "PER"), ("Ibo Tarn", "PER")]
    assert _quotes_with(monkeypatch, body, *named) == [
        ("Ilse Varga", "All flights will"), ("Tam Oru", "What kind of"), ("Mira Dask", "Nothing on the"),
        ("Faik Lorn", "They entered the"),
        ("Lena Varo", "The plant has"),  # the firm the tagger took for a person, then two roles joined
        (None, "We plead with"),  # the second "he" may be Ibo Tarn
    ]


@pytest.mark.parametrize("body, named, expected", [
    (("The talks were led by HPU leader Ivo Tarn in the north.\n\n"
      "\u201cThe leadership declares its support for the ceasefire from Monday,\u201d the HPU said in a statement.\n\n"
      "General Ode Malven replaced another general, Sami Ruud, who told officers that peace was at hand. "
      "\u201cIt is difficult but I want to assure you that peace is in sight,\u201d he said."),
     [("Ivo Tarn", "PER"), ("HPU", "ORG"), ("Ode Malven", "PER"), ("Sami Ruud", "PER")],
     [(None, "The leadership declares"),  # "the HPU" is the party, not its leader
      ("Sami Ruud", "It is difficult")]),  # "who told officers": the one who reports
    (("President Oren Valdas visited his wife Mirela in hospital on Friday.\n\n"
      "Mirela Valdas had an operation last week.\n\n"
      "\u201cMirela looks well and is clearly getting better,\u201d an aide quoted Valdas as saying.\n\n"
      "In an interview with the broadcaster's Ilan Dask, the foreign minister said the talks would go on. "
      "\u201cWe will not stop until the ceasefire holds everywhere,\u201d he said."),
     [("Oren Valdas", "PER"), ("Mirela Valdas", "PER"), ("Valdas", "PER"), ("Ilan Dask", "PER")],
     [("Oren Valdas", "Mirela looks well"),  # not the Valdas named just before: she came in as his wife
      (None, "We will not")]),  # the minister speaks, not the interviewer
])
def test_who_speaks_when_the_sentence_names_someone_else(monkeypatch: pytest.MonkeyPatch, body: str,
                                                         named: list[tuple[str, str]],
                                                         expected: list[tuple[str | None, str]]) -> None:
    assert _quotes_with(monkeypatch, body, *named) == expected


def test_a_paper_the_article_names_as_one_is_no_person(monkeypatch: pytest.MonkeyPatch) -> None:
    from search.entities import actors as module

    body = ("The author died at 79, the official newspaper Varnakor reported on Saturday.\n\n"
            "Varnakor called the novel \u201cthe greatest gift to the modern novel in our land\u201d.\n\n"
            "Broadcaster Ilse Dorrin said the book changed her life.")
    named = [("Varnakor", "PER"), ("Ilse Dorrin", "PER")]
    assert _quotes_with(monkeypatch, body, *named) == [(None, "the greatest gift")]
    monkeypatch.setattr(module, "find_mentions", lambda t: _mentions_of(t, *named))
    kinds = {actor.name: actor.type for actor in article_actors("Talks", body)[0]}
    assert kinds == {"Varnakor": "ORG", "Ilse Dorrin": "PER"}  # a broadcaster is a person


def test_a_speaker_the_tagger_half_missed_is_the_person_the_article_names_in_full(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The tagger may take the last words of a long name for a body ('Ruiz Delgado'), miss
    a surname that is also a title ('said King'), and a rank may stand before a name."""
    body = ("Harwick's opposition leader Ana Ruiz Delgado spoke on Sunday.\n\n"
            "\u201cThe vote was stolen from the people,\u201d Ruiz Delgado said.\n\n"
            "Captain Mora Lind King named her team. \u201cWe will wait until the last minute,\u201d said King.\n\n"
            "\u201cI am an emotional player,\u201d said the 104th-ranked Oswy.")
    named = [("Ana Ruiz Delgado", "PER"), ("Ruiz Delgado", "ORG"), ("Mora Lind King", "PER"), ("Oswy", "PER")]
    assert _quotes_with(monkeypatch, body, *named) == [
        ("Ana Ruiz Delgado", "The vote was"), ("Mora Lind King", "We will wait"), ("Oswy", "I am an")]
    actors, _ = article_actors("Talks", body)
    assert [(a.name, a.type, a.mentions) for a in actors if "Delgado" in a.name] == [("Ana Ruiz Delgado", "PER", 2)]


def test_speech_trailed_before_it_is_given_is_the_speakers(monkeypatch: pytest.MonkeyPatch) -> None:
    """'will urge', 'is expected to warn': the plain form of a verb that is also a noun
    reports words after "will", "would" or "to", and nowhere else ('the urge to')."""
    body = ("Ana Lutz will urge \u201cbold and lasting action\u201d against the cartels on Monday.\n\n"
            "Tomas Vell is expected to warn that \u201cthe worst is still to come\u201d for savers.\n\n"
            "Ines Marr once felt the urge to \u201cget out and see the world\u201d that took her to sea.")
    named = [("Ana Lutz", "PER"), ("Tomas Vell", "PER"), ("Ines Marr", "PER")]
    assert _quotes_with(monkeypatch, body, *named) == [
        ("Ana Lutz", "bold and lasting"), ("Tomas Vell", "the worst is"), (None, "get out and")]


def test_a_first_name_alone_is_the_one_person_named_in_full_with_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """Features call people by their first names ('says Tamsin'); not a firm that the article
    also names alone, nor a relative brought in by first name ('his son Orrin')."""
    body = ("Tamsin Okoro met Ida Marsh at the club in 2016.\n\n"
            "\u201cAt the beginning I thought she was arrogant,\u201d says Tamsin.\n\n"
            "\u201cWe like the same shows,\u201d says Ida.\n\n"
            "Westmark Holdings made the bid. \u201cThe price is fair,\u201d Westmark said.\n\n"
            "Orrin Vell spoke first. He was introduced by his son Orrin, who said: \u201cHe always meant it.\u201d")
    named = [("Tamsin Okoro", "PER"), ("Ida Marsh", "PER"), ("Tamsin", "PER"), ("Westmark Holdings", "PER"),
             ("Westmark", "ORG"), ("Westmark", "PER"), ("Orrin Vell", "PER"), ("Orrin", "PER")]
    assert _quotes_with(monkeypatch, body, *named) == [
        ("Tamsin Okoro", "At the beginning"), ("Ida Marsh", "We like the"), (None, "The price is"),
        ("Orrin", "He always meant")]
    actors, _ = article_actors("Talks", body)
    assert {a.name for a in actors if a.type == "PER"} == {"Tamsin Okoro", "Ida Marsh", "Orrin Vell", "Orrin"}


def test_a_first_name_is_no_royal_and_no_body_the_tagger_took_for_a_person(monkeypatch: pytest.MonkeyPatch) -> None:
    body = ("Prince Edric hosted a dinner. Edric Marsh, the party's leader, did not attend. Edric said little.\n\n"
            "Harwick MPs voted against the bill. Harwick said it would appeal.")
    named = [("Edric", "PER"), ("Edric Marsh", "PER"), ("Harwick MPs", "PER"), ("Harwick", "PER")]
    from search.entities import actors as module

    monkeypatch.setattr(module, "find_mentions", lambda t: _mentions_of(t, *named))
    actors, _ = article_actors("Talks", body)
    assert {a.name: a.mentions for a in actors} == {"Edric": 2, "Edric Marsh": 1, "Harwick MPs": 1, "Harwick": 1}


def test_a_first_name_joins_no_name_in_a_text_set_in_one_case(monkeypatch: pytest.MonkeyPatch) -> None:
    """In lower case the tagger runs a name into the next word ('orrin rebuts'): a lone
    'orrin' is then no first name of it."""
    from search.entities import actors as module

    body = "orrin rebuts the claims. orrin said the bill was clear, and orrin said it again."
    monkeypatch.setattr(module, "find_mentions", lambda t: _mentions_of(t, ("orrin rebuts", "PER"), ("orrin", "PER")))
    assert {a.name: a.mentions for a in article_actors("talks", body)[0]} == {"orrin rebuts": 1, "orrin": 2}


def test_a_verb_joined_after_the_quote_a_relative_clause_a_band_and_a_decrying_subject(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """'"…" to the assembly and warned': the words after the quote end joining a second
    verb to the subject before it, who spoke; '"…," Name, who …' names its speaker though a
    feed cut the verb off; a band named like a person, before 'frontman', is not the one
    a later 'he' means; 'decries "…"' reports its subject's words."""
    named = (("Ilse Marrow", "PER"), ("Dorin Vale", "PER"), ("Harwick Assembly", "ORG"), ("Corin Aldaya", "PER"),
             ("Nils Ferrand", "PER"),  # a band the tagger took for a person
             ("Tobin Marsh", "PER"), ("Ada Vell", "PER"))
    body = "\n\n".join([
        'Senator Ilse Marrow has labelled Dorin Vale as "the gravest danger we have ever faced" to the Harwick '
        "Assembly and warned against his return.",
        "\u201cThat day began the hardest year of my whole life,\u201d Corin Aldaya, who was referring to the...",
        "Nils Ferrand frontman Tobin Marsh has called for more public money for music.",
        "\u201cFor any scene to thrive it needs some public money,\u201d he said.",
        'At the rally Ada Vell decries "a culture of waste, scandal and failure".',
    ])
    assert _quotes_with(monkeypatch, body, *named) == [
        ("Ilse Marrow", "the gravest danger"), ("Corin Aldaya", "That day began"),
        ("Tobin Marsh", "For any scene"), ("Ada Vell", "a culture of"),
    ]


def test_a_name_from_its_body_a_stop_before_he_said_and_an_owned_role_set_off(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """'Name from the Harwick Office of Port Safety told … that "…"' is the name's; a quote
    closed with a full stop where a comma belongs ('"…." he said') goes on to its
    attribution, and the quotes after it continue that speaker; "Port Harwick's chief
    executive, Ivo Brask, said" is Brask's."""
    named = (("Dora Lind", "PER"), ("Harwick Office of Port Safety", "ORG"), ("Ansel Forde", "PER"),
             ("Port Harwick", "ORG"), ("Ivo Brask", "PER"))
    body = "\n\n".join([
        'Dora Lind from the Harwick Office of Port Safety told the panel that "there really is no need for new cranes".',
        "Ansel Forde said he was unsure what caused the collapse. \u201cI don't know what happened.\u201d he said. "
        "\u201cIt was just a shame for everyone. \u201cBy all accounts the damage is serious.\u201d",
        "Port Harwick's chief executive, Ivo Brask, said: \u201cWe will rebuild the quay within the year.\u201d",
    ])
    assert _quotes_with(monkeypatch, body, *named) == [
        ("Dora Lind", "there really is"), ("Ansel Forde", "I don't know"), ("Ansel Forde", "It was just"),
        ("Ansel Forde", "By all accounts"), ("Ivo Brask", "We will rebuild"),
    ]


def test_a_surname_the_tagger_missed_is_its_person_unless_it_could_be_anything_else() -> None:
    """The article names Cyril Vantongeren in full; where the tagger passed his surname by,
    it is his mention, but not where it is part of another name ('Ruth Vantongeren',
    'Vantongeren Group'), not a surname two people share, not a word news writes in lower
    case, and nothing in text set all in one case."""
    from search.article import Mention

    text = ("Cyril Vantongeren beat Ilse Marrow and Anna Marrow in Harwick. Vantongeren will rise to 50th. "
            "Mr Vantongeren's coach agreed. Vantongeren Group pays him; Ruth Vantongeren watched. "
            "Marrow was upset. Tom Young said young players learn.")
    names = ["Cyril Vantongeren", "Ilse Marrow", "Anna Marrow", "Tom Young"]
    mentions = [Mention(text.index(name), text.index(name) + len(name), name, "PER") for name in names]
    found = missed_surnames(text, mentions)
    added = [(m.text, text[m.end:m.end + 5]) for m in found if m not in mentions]
    assert added == [("Vantongeren", " will"), ("Vantongeren", "'s co")]
    assert all(m.type == "PER" for m in found) and found == sorted(found, key=lambda m: m.start)
    assert missed_surnames(text.upper(), [Mention(m.start, m.end, m.text.upper(), "PER") for m in mentions]) \
        == [Mention(m.start, m.end, m.text.upper(), "PER") for m in mentions]


def test_in_text_all_in_lower_case_a_full_stop_still_closes_the_quotes_sentence(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """'"…." he said' goes on to its attribution because a new sentence would open with a
    capital; in text all in lower case every sentence opens without one, so there the
    full stop closes the quote's sentence and the next one's subject did not say it."""
    named = (("ilse marrow", "PER"), ("ansel forde", "PER"))
    body = ('ilse marrow spoke first. "the harbour will stay closed all week." ansel forde said the board '
            'would meet on monday.')
    assert _quotes_with(monkeypatch, body, *named) == [(None, "the harbour will")]


def test_a_name_inside_what_a_speaker_said_does_not_take_their_next_he_said(monkeypatch: pytest.MonkeyPatch) -> None:
    """'Vell had said that president Osk …' names Osk in Vell's words: the 'he said' after
    is Vell's (a role between two names made the first the second's firm or party)."""
    named = (("Tomas Vell", "PER"), ("Ana Osk", "PER"))
    body = ("Earlier, Mr Tomas Vell had said that president Ana Osk has decided to step in this week. "
            "\"In practice, it will be an intervention of some kind,\" he said.")
    assert _quotes_with(monkeypatch, body, *named) == [("Tomas Vell", "In practice, it")]


def test_a_subject_set_off_by_a_phrase_of_several_commas_still_says_the_words(monkeypatch: pytest.MonkeyPatch) -> None:
    named = (("Ivo Brask", "PER"), ("Harwick Trust", "ORG"))
    body = ("Dr Ivo Brask, the director of the Harwick Trust, which matched hosts with families, said he wanted the "
            "town to show the \"same generosity of spirit to them all\" this winter.")
    assert _quotes_with(monkeypatch, body, *named) == [("Ivo Brask", "same generosity of")]


def test_a_role_that_names_another_country_is_not_the_speakers(monkeypatch: pytest.MonkeyPatch) -> None:
    """'the Harwick president' is not the one person the article calls 'Orland president'."""
    named = (("Ola Brant", "PER"),)
    body = ("The senators are playing into Orland president Ola Brant's hands, he warned. "
            "\u201cTheir loyalists celebrated the vote last week,\u201d the Harwick president said on Tuesday.")
    assert _quotes_with(monkeypatch, body, *named) == [(None, "Their loyalists celebrated")]


def test_words_named_as_someone_elses_before_the_quote_are_not_the_speakers(monkeypatch: pytest.MonkeyPatch) -> None:
    named = (("Ivo Brask", "PER"), ("Lena Dorr", "PER"))
    body = "\n\n".join([
        "Dr Ivo Brask said that the president's statement in September, that \"the crisis is over for good\", "
        "was mistaken.",
        "Ivo Brask said Lena Dorr's warning that \"the river will rise again soon\" was sound.",
        "Ivo Brask said the minister's remarks were \"well justified in every way\".",
    ])
    assert _quotes_with(monkeypatch, body, *named) == [
        (None, "the crisis is"), ("Lena Dorr", "the river will"), ("Ivo Brask", "well justified in")]


def test_a_long_role_before_the_name_after_the_quote_names_the_speaker(monkeypatch: pytest.MonkeyPatch) -> None:
    named = (("Harwick Defence Ministry", "ORG"), ("Ivo Brask", "PER"))
    body = ("\u201cThe most successful operations took place in a photo editor,\u201d Harwick Defence Ministry\u2019s "
            "intelligence directorate representative Ivo Brask said in televised remarks.")
    assert _quotes_with(monkeypatch, body, *named) == [("Ivo Brask", "The most successful")]


def test_a_quote_between_two_sentences_that_open_with_one_person_is_theirs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Not when the sentence before names someone else too, nor when the sentence after
    opens with another person, nor in text all in lower case."""
    named = (("Ivo Brask", "PER"), ("Brask", "PER"), ("Lena Dorr", "PER"))
    body = "\n\n".join([
        "Ivo Brask built the network.",
        "However, Mr Brask has taken the idea to two schools. \"We put in 25 laptops and only one has broken.\" "
        "Mr Brask wants the laptops to become common.",
        "Mr Brask met Lena Dorr at the school. \"The children cherish these things every day.\" Mr Brask left.",
        "Mr Brask visited the school in May. \"The teachers were wary of them at first.\" Lena Dorr agreed.",
    ])
    assert _quotes_with(monkeypatch, body, *named) == [
        ("Ivo Brask", "We put in"), (None, "The children cherish"), (None, "The teachers were")]
    lower = (("ivo brask", "PER"),)
    assert _quotes_with(monkeypatch, "mr ivo brask has taken the idea on. \"we put in 25 laptops and only one "
                        "broke.\" mr ivo brask wants more.", *lower) == [(None, "we put in")]


def test_a_word_not_learned_with_its_accents_takes_the_clusters_of_its_plain_spelling(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The cluster table learned 'swiatek' from feeds that drop accents; 'Świątek' is the
    same name.  A word the table knows with its accents keeps its own clusters."""
    from search.entities import clusters

    table = {"swiatek": ("1", "2", "3"), "perez": ("4", "5", "6"), "pérez": ("7", "8", "9"), "bjorn": ("1", "1", "1")}
    monkeypatch.setattr(clusters, "_table", lambda: table)
    assert clusters.word_clusters("Świątek") == ("1", "2", "3")
    assert clusters.word_clusters("Pérez") == ("7", "8", "9")
    assert clusters.word_clusters("Bjørn") == ("1", "1", "1")  # a letter Unicode does not split
    assert clusters.word_clusters("Östergren") is None


def _headline_quotes(monkeypatch: pytest.MonkeyPatch, title: str, body: str, *named: tuple[str, str]
                     ) -> list[str | None]:
    from search.entities import actors as module

    monkeypatch.setattr(module, "find_mentions", lambda t: _mentions_of(t, *named))
    actors, mentions = article_actors(title, body)
    return [q.speaker for q in find_quotes(body, actors, mentions, title)]


def test_a_quote_whose_body_gives_only_a_role_or_a_pronoun_is_the_headlines_speakers(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A feed item's body names no one; its headline names who speaks: the one person it
    names, or the one its verb of saying follows.  Not a headline's topic before a colon,
    nor when the body names someone before the pronoun."""
    said = "\u201cWe will not wait for the banks to act,\u201d the finance minister said."
    assert _headline_quotes(monkeypatch, "Ivo Brask Vows Action on Prices", said, ("Ivo Brask", "PER")) == ["Ivo Brask"]
    assert _headline_quotes(monkeypatch, "Brask warns Lena Dorr over prices", said,
                            ("Brask", "PER"), ("Lena Dorr", "PER")) == ["Brask"]
    assert _headline_quotes(monkeypatch, "Ivo Brask to meet Lena Dorr in Riga", said,
                            ("Ivo Brask", "PER"), ("Lena Dorr", "PER")) == [None]  # which of the two is the minister?
    assert _headline_quotes(monkeypatch, "Ivo Brask: Harwick Bank takes steps", said,
                            ("Ivo Brask", "PER"), ("Harwick Bank", "ORG")) == [None]
    assert _headline_quotes(monkeypatch, "Brask’s plan for prices", said, ("Brask", "PER")) == [None]
    pronoun = "Lena Dorr spoke next. Then Tom Vik said the opposite. \u201cThe rates are far too high for anyone,\u201d he said."
    assert _headline_quotes(monkeypatch, "Ivo Brask says rates must fall", pronoun,
                            ("Ivo Brask", "PER"), ("Lena Dorr", "PER")) == [None]
    assert _headline_quotes(monkeypatch, "Ivo Brask says rates must fall",
                            "\u201cThe rates are far too high for anyone,\u201d he said on Monday.",
                            ("Ivo Brask", "PER")) == ["Ivo Brask"]
    assert _headline_quotes(monkeypatch, "Ivo Brask says rates must fall",
                            "\u201cThe rates are far too high for anyone,\u201d a spokesman said.",
                            ("Ivo Brask", "PER")) == [None]  # someone unnamed, not the one in the headline


def test_a_pronoun_after_a_body_that_names_only_the_headlines_speaker_is_theirs(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """'he said' where everyone the body names before it is the headline's speaker, named in
    full: that speaker.  Not after the words of someone it leaves unnamed, nor near a
    person it names by a noun ('my partner'), nor for a name of one word (a firm the tagger
    may have taken for a person).  A headline of a name, a colon and a quotation mark is an
    interview's: the name speaks."""
    said = "\u201cThe rates are far too high for anyone,\u201d he said."
    title = "Ivo Brask says rates must fall"
    named = ("Ivo Brask", "PER")
    opened = "The veteran singer discusses her new record Ivo Brask remembers the night in Riga well. "
    assert _headline_quotes(monkeypatch, title, opened + said, named) == ["Ivo Brask"]
    stranger = ("Ivo Brask spoke in Riga on Monday. \u201cHe will not be at the club next week,\u201d said a club "
                "official. \u201cThe rates are far too high for anyone,\u201d he added.")
    assert _headline_quotes(monkeypatch, title, stranger, named) == [None, None]
    partner = "We spoke in Riga on Monday. When I met my partner he said: \u201cThe rates are far too high.\u201d"
    assert _headline_quotes(monkeypatch, title, partner, named) == [None]
    for name, given in (("Ivo Brask", "Ivo Brask"), ("Brask", None)):  # the rule itself, past the body's own rules
        body = f"{name} spoke. \u201cThe rates are far too high,\u201d he said."
        start = body.index("\u201c") + 1
        quotes = [Quote(start, body.index("\u201d"), None)]
        people = [MentionSpan(0, len(name), 0)]
        assert [q.speaker for q in from_headline(body, f"{name} says rates must fall", quotes, {start}, {start},
                                                 (ArticleActor(name, "PER", 1),), people)] == [given]
    assert _headline_quotes(monkeypatch, "Ivo Brask: \u2018I was ahead of my time\u2019", said, named) == ["Ivo Brask"]
    assert _headline_quotes(monkeypatch, "Ivo Brask: Harwick Bank takes steps", said,
                            named, ("Harwick Bank", "ORG")) == [None]
    # a headline's words credited after a dash are that person's; an outlet after one is no one
    minister = "\u201cThe rates are far too high for anyone,\u201d the finance minister said."
    assert _headline_quotes(monkeypatch, "Rates are far too high - Ivo Brask", minister, named) == ["Ivo Brask"]
    assert _headline_quotes(monkeypatch, "Ivo Brask says rates must fall - Harwick News", minister,
                            named, ("Harwick News", "ORG")) == ["Ivo Brask"]


def test_a_table_between_two_paragraphs_of_one_speakers_words_does_not_end_them(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows of figures as cleaning leaves them stand between the paragraphs; a line of
    narration in their place still ends the run."""
    quoted = ("\u201cWhen the new plant opens we will review the figures,\u201d Ivo Brask said.\n\n{}\n\n"
              "\u201cA listing would be one option, but nothing is decided.\u201d")
    table = "Figures 2004 2005\n\nSales (m) 1,204 1,356\n\nProfit (m) 310 352"
    named = (("Ivo Brask", "PER"),)
    assert _quotes_with(monkeypatch, quoted.format(table), *named) == [("Ivo Brask", "When the new"),
                                                                        ("Ivo Brask", "A listing would")]
    assert _quotes_with(monkeypatch, quoted.format("Sales rose by 12% in 2005 after a slow start"), *named) == [
        ("Ivo Brask", "When the new"), (None, "A listing would")]


def test_a_description_after_a_sentence_about_one_person_is_that_person(monkeypatch: pytest.MonkeyPatch) -> None:
    """'The prop said' after a sentence whose subject is the one person its paragraph names;
    not a spokesman, not a firm ('the retailer'), not when that sentence holds the
    description's words, nor when the article's role for that person is another one."""
    named = (("Ivo Brask", "PER"), ("Lena Dorr", "PER"), ("Harwick", "ORG"))
    said = "\u201cWe will see how good they are and the scrum is the key to it,\u201d"

    def another(n: int) -> str:  # each case its own words: words quoted twice are one speaker's (repeated.py)
        return said.replace("the key", f"key number {n}")

    body = "\n\n".join([
        f"Ivo Brask says the forwards are ready for the match in Riga.\n\nThe prop said: {said[:-2]}\u201d",
        f"Ivo Brask says the forwards are ready for the match. {another(1)} the spokesman said.",
        f"Ivo Brask founded Harwick in 1990. {another(2)} the retailer said.",
        f"Ivo Brask met the club's new prop at the ground. {another(3)} the prop said.",
        f"Ivo Brask spoke to Lena Dorr at the ground. {another(4)} the prop said.",
    ])
    assert [speaker for speaker, _ in _quotes_with(monkeypatch, body, *named)] == ["Ivo Brask", None, None, None, None]
    titled = (("Home Secretary Ivo Brask", "PER"),)
    assert [s for s, _ in _quotes_with(monkeypatch, f"Home Secretary Ivo Brask visited the school. {said} the prime "
                                       "minister said.", *titled)] == [None]


def test_a_verb_of_saying_before_its_subject_names_the_speaker_and_one_told_is_not(monkeypatch: pytest.MonkeyPatch) -> None:
    named = (("Jack Vell", "PER"), ("Lena Dorr", "PER"), ("Harwick University", "ORG"))
    body = "\n\n".join([
        "Its benefits have been overlooked, says Jack Vell, a professor at Harwick University: "
        "\u201cThe evidence just keeps on coming in.\u201d",
        "The plan was dropped, Jack Vell told Lena Dorr: \u201cWe could not find the money for it.\u201d",
        "The plan was dropped, says Jack Vell, who met Lena Dorr: \u201cWe could not find the money for it.\u201d",
        "The plan was dropped. Said Lena Dorr: \u201cWe could not find the money for it.\u201d",
    ])
    assert [s for s, _ in _quotes_with(monkeypatch, body, *named)] == ["Jack Vell", "Jack Vell", None, "Lena Dorr"]


def test_he_said_after_a_sentence_about_someone_unnamed_is_no_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    """'An aide to Lena Dorr spoke': the sentence is about the aide; "Lena Dorr's plan" is still Dorr's."""
    said = " \u201cThe rates are far too high for anyone here,\u201d {} said."
    named = (("Lena Dorr", "PER"),)
    openings = ["An aide to Lena Dorr spoke on Monday.", "A spokesman for Lena Dorr spoke on Monday.",
                "Lena Dorr's lawyer spoke on Monday.", "Lena Dorr's plan was dropped on Monday."]
    speakers = [_quotes_with(monkeypatch, opening + said.format("she" if "plan" in opening else "he"), *named)[0][0]
                for opening in openings]
    assert speakers == [None, None, None, "Lena Dorr"]


def test_a_participle_goes_to_the_person_a_description_opens_the_sentence_with(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """'Harwick Rovers veteran forward Ivo Lim will …, saying "…"': the sentence's subject is the
    person after a description whose noun is a person's; not when the words before the name
    end in a verb ('The poster shows Mr Lim …, saying') or hold one of speech ('He said Mr Lim …')."""
    named = (("Ivo Lindqvist", "PER"), ("Ola Brant", "PER"))
    body = ('Harwick Rovers veteran forward Ivo Lindqvist will play one more season, saying, "This is the last '
            'one for me and my family."\n\n'
            'The poster shows Mr Lindqvist holding a pocket watch, saying: "I can spend the same money twice over."'
            '\n\nHe said Mr Brant had spoken with real warmth, adding: "He went well beyond what we thought he would."')
    found = _quotes_with(monkeypatch, body, *named)
    assert found[:2] == [("Ivo Lindqvist", "This is the"), (None, "I can spend")]
    assert found[2][0] != "Ola Brant"  # the words of the one who said 'He said', not of the one named after it


def test_a_generations_mark_after_a_comma_is_part_of_the_name(monkeypatch: pytest.MonkeyPatch) -> None:
    """'Orin Vell, Jr. said' names Orin Vell Jr., who spoke: not a person (or a place) called
    'Jr.'; a numeral runs on only after a person's name ('the Harwick War II' is no one)."""
    body = ('Orin Vell, Jr. said at the rally that "the arc of this town bends toward the harbour."\n\n'
            'Ines Marlow III, a lawyer, was there. Veterans of the Harwick War II marched.')
    assert _quotes_with(monkeypatch, body, ("Orin Vell", "PER"), ("Jr.", "LOC"), ("Ines Marlow", "PER"),
                        ("Harwick War", "MISC")) == [("Orin Vell Jr.", "the arc of")]
    from search.entities import actors as module

    monkeypatch.setattr(module, "find_mentions", lambda t: _mentions_of(t, ("Orin Vell", "PER"), ("Jr.", "LOC"),
                                                                           ("Ines Marlow", "PER"), ("Harwick War", "ORG")))
    actors, _ = article_actors("Rally", body)
    assert sorted((a.name, a.type) for a in actors) == [
        ("Harwick War", "ORG"), ("Ines Marlow III", "PER"), ("Orin Vell Jr.", "PER")]


def test_a_pronouns_second_verb_after_and_reports_the_same_speaker(monkeypatch: pytest.MonkeyPatch) -> None:
    """'He hinted at …, and said: "…"': the sentence's subject is a pronoun, and the verb of
    saying is its second verb: the quote is the one the pronoun means."""
    body = ('"I thought I should explain myself before I go," said Ivo Lindqvist, who was in Berlin. The film '
            'chronicles his life and career.\n\n'
            '"I am still going to be making music," he said. He hinted at discontent with the industry, and said: '
            '"I do not really think there is anyone I want to spar with."')
    assert _quotes_with(monkeypatch, body, ("Ivo Lindqvist", "PER")) == [
        ("Ivo Lindqvist", "I thought I"), ("Ivo Lindqvist", "I am still"), ("Ivo Lindqvist", "I do not"),
    ]


def test_a_pronoun_that_closes_a_sentence_of_reported_speech_names_its_quote(monkeypatch: pytest.MonkeyPatch) -> None:
    """'The climate meant … the "…" planned by the council, he said.': the quote inside a
    sentence that ends with its attribution is the one the pronoun means, someone named
    before that sentence (not 'Mr Vell' whose task the sentence reports)."""
    body = ('Ivo Lindqvist spoke in Harwick. The climate meant the town could not afford the "reckless tax cutting '
            'spree" planned by the council, he said.\n\n'
            'Ola Brant welcomed the result. Mr Lindqvist\'s first task was to "rebuild a sense of purpose" at '
            'home, she said.')
    assert _quotes_with(monkeypatch, body, ("Ivo Lindqvist", "PER"), ("Lindqvist", "PER"), ("Ola Brant", "PER")) == [
        ("Ivo Lindqvist", "reckless tax cutting"), ("Ola Brant", "rebuild a sense"),
    ]
    lower = body.lower()  # where the narration's case says nothing, the rule does not guess
    assert _quotes_with(monkeypatch, lower, ("ivo lindqvist", "PER"), ("ola brant", "PER"))[0][0] is None


def test_a_firm_typed_as_a_person_before_a_prefixed_role_or_a_role_and_a_comma_is_not_the_speaker(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """'Harwick co-chairman Ivo Lindqvist …, he told' and 'said Vellum spokeswoman, Ola
    Brant': the name before the role is the party or the firm, even when the tagger took
    it for a person; the speaker is the name after the role."""
    body = ('Harwick co-chairman Ivo Lindqvist opened the conference with a speech. The council has been marked by '
            '"lost trust and a failure to deliver", he told the delegates.\n\n'
            '"Our aim was always to serve everyone," said Vellum spokeswoman, Ola Brant. "We will not exclude anyone."')
    named = (("Harwick", "PER"), ("Ivo Lindqvist", "PER"), ("Vellum", "PER"), ("Ola Brant", "PER"))
    assert _quotes_with(monkeypatch, body, *named) == [
        ("Ivo Lindqvist", "lost trust and"), ("Ola Brant", "Our aim was"), ("Ola Brant", "We will not"),
    ]


def test_words_heard_or_asked_by_the_subject_are_theirs_but_not_when_the_subject_was_asked(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """'Vell was heard calling a reporter a "…"' and 'Vell asked Osk whether Brant was
    "…"' are Vell's words; in 'Brant told reporters when asked if …: "…"' the words are
    still Brant's (the one asked is the subject, not someone asking).  A role after the
    quote is read up to its comma: '"…," recalls the campaigner, who …'."""
    body = ('Mayor Ivo Lindqvist was heard calling a reporter from the local paper a "stupid little man with a pen" '
            'after the meeting.\n\n'
            'Host Ola Brant asked the council spokeswoman Ines Marlow on her show on Tuesday whether Mr Lindqvist '
            'was "setting himself up for failure" by cutting the budget.\n\n'
            'Dara Quill told reporters in Harwick when asked if the town had what it needed: "I am confident that it '
            'will be able to do even more."\n\n'
            'Tove Lind remembers her first day at school. "A teacher said my hair was a mess, and I had to cut it," '
            'recalls the campaigner, who has spoken about it often.')
    named = (("Ivo Lindqvist", "PER"), ("Lindqvist", "PER"), ("Ola Brant", "PER"), ("Ines Marlow", "PER"),
             ("Dara Quill", "PER"), ("Tove Lind", "PER"))
    assert _quotes_with(monkeypatch, body, *named) == [
        ("Ivo Lindqvist", "stupid little man"), ("Ola Brant", "setting himself up"), ("Dara Quill", "I am confident"),
        ("Tove Lind", "A teacher said"),
    ]


def test_a_persons_own_statement_speaks_for_them_but_a_clubs_does_not(monkeypatch: pytest.MonkeyPatch) -> None:
    """'Mr Vell's statement said: "…"' is Vell's (a person's own statement, letter or
    email); 'Harwick's statement added' is the club's, even when the tagger took the
    club's one-word name for a person's, and a lawsuit is its lawyers'."""
    body = ('Ivo Lindqvist resigned on Friday. Mr Lindqvist\'s statement said: "I apologise to all who have suffered '
            'as a result of my plans."\n\n'
            'Harwick\'s statement added: "Any player who takes drugs breaches his contract with the club."\n\n'
            'Ola Brant sued the paper. Ms Brant\'s lawsuit said: "The claims were false and malicious from the start."')
    named = (("Ivo Lindqvist", "PER"), ("Lindqvist", "PER"), ("Harwick", "PER"), ("Ola Brant", "PER"), ("Brant", "PER"))
    assert _quotes_with(monkeypatch, body, *named) == [
        ("Ivo Lindqvist", "I apologise to"), (None, "Any player who"), (None, "The claims were"),
    ]


def test_a_name_run_on_into_its_role_in_capitals_is_no_speaker(monkeypatch: pytest.MonkeyPatch) -> None:
    """In capitals the tagger may run a firm's name on into the role after it ('VELLUM
    CHAIRWOMAN'): that is nobody; the person named after it speaks, or no one is named."""
    body = ('VELLUM CHAIRWOMAN, OLA BRANT, SAID THE DEAL PROVIDED FOR A FUND "THAT IS AFFORDABLE, SENSIBLE AND '
            'WORKABLE". "AT THE END OF THE DAY WE ARE DEALING WITH PEOPLE WHO ARE ILL," SHE SAID.\n\n'
            '"WE ARE SORRY FOR THE DELAY TO THE PLANS," SAID HARWICK SPOKESWOMAN, TOVE LIND.')
    named = (("VELLUM CHAIRWOMAN", "PER"), ("OLA BRANT", "PER"), ("HARWICK SPOKESWOMAN", "PER"))
    found = _quotes_with(monkeypatch, body, *named)
    assert [speaker for speaker, _ in found] == ["OLA BRANT", "OLA BRANT", None]  # the role set off before her


def test_a_description_with_a_hyphenated_noun_names_the_one_person_before(monkeypatch: pytest.MonkeyPatch) -> None:
    """'Ivo Lind scored twice. "…," said the Harwick full-back.': a hyphenated noun
    ('full-back', 'fly-half', 'co-chairman') is a description's noun as any other is."""
    body = ('Ivo Lindqvist scored twice as the side won at home.\n\n'
            'Ivo Lindqvist was pleased afterwards. "There is no lack of confidence in the team at all," said the '
            'Vellum full-back.')
    assert _quotes_with(monkeypatch, body, ("Ivo Lindqvist", "PER"), ("Vellum", "ORG")) == [
        ("Ivo Lindqvist", "There is no")]


def test_a_state_in_brackets_after_a_persons_name_is_no_acronym_of_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """'Rep. Ivo Lindqvist (NY) said …' names a state, not a short form of the person
    (the bracket defines an acronym only after an organisation's long name), so the
    quote after it is his."""
    from search.entities import actors as module

    body = ('Former Rep. Ivo Lindqvist (NY) said that the polls showing a matchup between two of the men should '
            '"send off alarm bells to everyone in the party" this year.')
    named = (("Ivo Lindqvist", "PER"), ("NY", "LOC"))
    assert _quotes_with(monkeypatch, body, *named) == [("Ivo Lindqvist", "send off alarm")]
    monkeypatch.setattr(module, "find_mentions", lambda t: _mentions_of(t, *named))
    actors, _ = article_actors("Polls", body)
    assert sorted((a.name, a.type, a.aliases) for a in actors) == [("Ivo Lindqvist", "PER", ()), ("NY", "LOC", ())]


def test_a_pronouns_participle_after_a_comma_reports_the_pronouns_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """'She cited the recapture of the village, saying "…"': the participle's subject is the
    sentence's pronoun, the person named before."""
    body = ('"Yes, the advances are slow, but they are sure," Dara Quill said. She cited the recapture of the village '
            'in the south, saying "mopping up operations were complete" in the area.')
    assert _quotes_with(monkeypatch, body, ("Dara Quill", "PER")) == [
        ("Dara Quill", "Yes, the advances"), ("Dara Quill", "mopping up operations")]


def test_a_pronoun_after_a_quote_about_a_possessor_is_not_the_possessor(monkeypatch: pytest.MonkeyPatch) -> None:
    """'Ola Brant spoke. Mr Lindqvist's rule was "…", he added.': the sentence holding
    the quote is about Lindqvist, and names no one who could be 'he'; it is not his."""
    body = ('"Harwick is heading the wrong way," Ola Brant said in her message. Mr Lindqvist\'s council was a "bossy '
            'and interfering council that takes decisions for everyone," he added.')
    found = _quotes_with(monkeypatch, body, ("Ola Brant", "PER"), ("Lindqvist", "PER"))
    assert found == [("Ola Brant", "Harwick is heading"), (None, "bossy and interfering")]


def test_a_verb_in_the_words_quoted_before_attributes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """A speech set over several paragraphs loses its closing marks where the next opens:
    'Somebody told me' inside it is the speaker's words, not who speaks next.  A verb that
    leads in to the quote ('Wenger said: "') or one before a quote inside a sentence is
    narration the run-on swallowed, and still counts."""
    body = "\n\n".join([
        "Tam Orrin said hopes were high. \u201cIt does not feel like a launch any more. Somebody told me this "
        "was the biggest release in the firm\u2019s history. \u201cWe are all just hoping they got it right "
        "again.\u201d",
        "Ivo Brask added: \u201cOf course he will learn, it is one of those things. Nils Marr is likely to play. "
        "Harwick boss Ana Lind said: \u201cNils is an option but we need a second striker.\u201d",
        "Ana Lind defended her record, saying waits were \u201conly a tenth of the health agenda. Ivo Brask, who "
        "was a doctor, said staff wanted a period of calm after \u201ctremendous change and reform\u201d.",
    ])
    named = (("Tam Orrin", "PER"), ("Ivo Brask", "PER"), ("Nils Marr", "PER"), ("Ana Lind", "PER"))
    quotes = _quotes_with(monkeypatch, body, *named)
    assert quotes[:2] == [("Tam Orrin", "It does not"), ("Tam Orrin", "We are all")]
    assert ("Ivo Brask", "Nils is an") not in quotes  # Ana Lind's, whom the run-on swallowed: never Ivo Brask's
    assert ("Ana Lind", "tremendous change and") not in quotes  # the doctor's words, not hers


def test_he_does_not_stand_for_someone_the_article_calls_ms(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pronoun stands for no one the article names only with honorifics of the other sex."""
    body = "\n\n".join([
        "Ana Lind wrote to Mr Brask on Tuesday, accusing him of an error of judgement.",
        "In a furious reply, the first minister said his words had been twisted. He told Ms Lind: \u201cIt is "
        "disappointing that you have added to this distortion of what I said.\u201d",
        "Ms Lind spoke at a rally in the evening. \u201cWe will win the seat back in the spring,\u201d she said.",
        "Ms Lind spoke again the next day. \u201cNobody will take this seat from us in the spring,\u201d he said.",
    ])
    assert _quotes_with(monkeypatch, body, ("Ana Lind", "PER"), ("Brask", "PER")) == [
        (None, "It is disappointing"), ("Ana Lind", "We will win"), (None, "Nobody will take")]


def test_letters_after_a_name_or_a_role_beside_it_make_it_a_persons(monkeypatch: pytest.MonkeyPatch) -> None:
    """'Ivo Brask QC' or 'Tom Orrin, vice president … of Harwick's US arm' tagged an
    organisation: a person, who speaks.  A firm set beside a role a firm may hold, or
    letters after a firm's name, change nothing."""
    from search.entities import actors as module

    body = "\n\n".join([
        "The new chairman of the Bar Council, Ivo Brask QC warned there was a real risk of unrest. \u201cWhat is "
        "going to happen to young men when they are stopped in the street?\u201d",
        "\u201cAs fuel prices rise, thrift catches the eye,\u201d Tom Orrin, vice president and chief operating "
        "officer of Harwick\u2019s US sales arm, said in a statement.",
        "Vellum Trading, owner of the Orlen Courier, said sales rose. Harwick Holdings MP is a fund.",
        "Party chairman Ana Vell, MP for Witney, added: \u201cIf it were not so serious it would be funny.\u201d",
        "Veteran Harwick MP and former minister Jack Lind met a QC, officials and Orlen West MP.",
    ])
    named = (("Ivo Brask QC", "ORG"), ("Tom Orrin", "ORG"), ("Vellum Trading", "ORG"), ("Harwick Holdings", "ORG"),
             ("Bar Council", "ORG"), ("Orlen Courier", "ORG"), ("Harwick", "ORG"), ("Ana Vell", "PER"),
             ("Witney", "LOC"), ("Veteran Harwick MP", "ORG"), ("QC", "LOC"), ("Orlen West MP", "ORG"),
             ("Jack Lind", "PER"))
    assert _quotes_with(monkeypatch, body, *named) == [("Ivo Brask", "What is going"), ("Tom Orrin", "As fuel prices"),
                                                       ("Ana Vell", "If it were")]  # 'MP for Witney': a role set off
    monkeypatch.setattr(module, "find_mentions", lambda t: _mentions_of(t, *named))
    types = {actor.name: actor.type for actor in article_actors("Talks", body)[0]}
    assert types["Ivo Brask"] == types["Tom Orrin"] == "PER"
    assert types["Vellum Trading"] == types["Harwick Holdings"] == "ORG"
    assert "Veteran Harwick" not in types and "Orlen West" not in types and "QC" not in types  # roles, a seat
    upper = body.upper()
    monkeypatch.setattr(module, "find_mentions", lambda t: _mentions_of(t, ("IVO BRASK QC", "ORG")))
    assert {a.name: a.type for a in article_actors("TALKS", upper)[0]}.get("IVO BRASK QC") == "ORG"  # all capitals


def test_a_title_written_short_names_the_role_a_description_speaks_for(monkeypatch: pytest.MonkeyPatch) -> None:
    """'Sen. Ana Vell' is the one the article calls 'the incumbent senator'; a phrase she was
    asked about after her words is the asker's, not hers."""
    body = ("Sen. Ana Vell (D-AZ) said in an interview that her party is \u201cnot even close\u201d to a deal. "
            "\u201cAbsolutely not. Not even close,\u201d the incumbent senator said when asked if her party "
            "understood \u201cthe complexity of the issue\u201d.")
    assert _quotes_with(monkeypatch, body, ("Ana Vell", "PER")) == [
        ("Ana Vell", "Absolutely not. Not"), (None, "the complexity of")]
    two = body.replace("Sen. Ana Vell (D-AZ)", "Sen. Ana Vell (D-AZ) and Sen. Ivo Brask")
    assert _quotes_with(monkeypatch, two, ("Ana Vell", "PER"), ("Ivo Brask", "PER"))[0] == (
        None, "Absolutely not. Not")  # two senators: no guess


def test_the_one_a_verb_of_saying_reports_speaks_with_their_second_verb(monkeypatch: pytest.MonkeyPatch) -> None:
    body = ("Police arrested a woman on Friday. Prosecutor Ana Vell said that Tam Orrin of Westfield called the "
            "clinic and told the operator: \u201cThere is a bomb on the way. You better get everybody out.\u201d\n\n"
            "Prosecutor Ana Vell said that Tam Orrin called Ivo Brask and told him: \u201cYou will never see the "
            "money again, not one penny of it.\u201d\n\n"
            "Ivo Brask said the caller told the operator: \u201cThere is another one in the car park.\u201d\n\n"
            "Ana Vell has claimed that Tam Orrin would not have done it and believes the plan is a \u201cperfect "
            "example of a folly that nobody wanted\u201d.")
    named = (("Ana Vell", "PER"), ("Tam Orrin", "PER"), ("Ivo Brask", "PER"), ("Westfield", "LOC"))
    quotes = _quotes_with(monkeypatch, body, *named)
    assert quotes[:3] == [
        ("Tam Orrin", "There is a"),
        (None, "You will never"),  # someone else named between: no guess
        (None, "There is another"),  # the caller's, unnamed
    ]
    assert quotes[3][0] != "Tam Orrin"  # 'and believes' is Ana Vell's second verb: no colon leads in


def test_a_name_half_of_a_possessor_is_not_the_one_who_speaks(monkeypatch: pytest.MonkeyPatch) -> None:
    """'added Vellum and Brask's Sanjay Orrin': the tagger took 'Vellum' for a person and
    missed 'Brask's'; the one who speaks is named after the possessive."""
    body = ("\u201cIt is a good day for carriers,\u201d said Harwick\u2019s principal analyst Kobita Lind. "
            "\u201cThe change could really ignite interest in the industry,\u201d added Vellum and Brask\u2019s "
            "Sanjay Orrin.")
    named = (("Vellum", "PER"), ("Harwick", "ORG"), ("Kobita Lind", "PER"), ("Sanjay Orrin", "PER"))
    assert _quotes_with(monkeypatch, body, *named) == [("Kobita Lind", "It is a"), ("Sanjay Orrin", "The change could")]


def test_a_quote_in_lower_case_after_a_whole_sentence_quoted_resumes_only_its_speaker(
        monkeypatch: pytest.MonkeyPatch) -> None:
    body = ("Ivo Brask said: \u201cWe are planning for a whole year of resistance.\u201d Harwick has said it "
            "would deliver the vehicles \u201cby the end of next week\u201d.\n\n"
            "Ana Lind said: \u201cWe will win this seat back next spring.\u201d Ms Lind also laughed off "
            "suggestions, saying it was \u201cone of the safest seats in the country\u201d.")
    named = (("Ivo Brask", "PER"), ("Harwick", "LOC"), ("Ana Lind", "PER"))
    assert _quotes_with(monkeypatch, body, *named) == [
        ("Ivo Brask", "We are planning"), (None, "by the end"),  # Harwick's words, not his
        ("Ana Lind", "We will win"), ("Ana Lind", "one of the"),
    ]


def test_a_role_set_off_before_a_name_and_a_passive_quoted_saying(monkeypatch: pytest.MonkeyPatch) -> None:
    """'The woman's lawyer, Ana M Vell, said …. "…"' (the tagger called the name a firm) and
    'Mr Brask was quoted in the Herald saying: "…"' name their speakers; 'Harwick-born Ivo
    Lind' is no name with its adjective."""
    from search.entities import actors as module

    body = "\n\n".join([
        "The unnamed woman\u2019s lawyer, Ana M Vell, said her client was likely to sue. \u201cI think that is "
        "the only avenue open to her now.\u201d",
        "Ivo Brask left the party. Mr Brask was quoted in the Herald newspaper saying: \u201cI feel the party "
        "have over-reacted and overshot the runway.\u201d",
        "The festival's director, Harwick-born Ivo Lind, said nothing.",
    ])
    named = (("Ana M Vell", "ORG"), ("Ivo Brask", "PER"), ("Harwick-born Ivo Lind", "ORG"), ("Herald", "ORG"))
    assert _quotes_with(monkeypatch, body, *named) == [("Ana M Vell", "I think that"), ("Ivo Brask", "I feel the")]
    monkeypatch.setattr(module, "find_mentions", lambda t: _mentions_of(t, *named))
    types = {actor.name: actor.type for actor in article_actors("Talks", body)[0]}
    assert types.get("Harwick-born Ivo Lind") != "PER"


def test_a_noun_for_a_person_before_a_name_the_tagger_called_a_firm_or_a_place(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """'the world's richest man Ivo Brask', 'by pop star Lena Dorrit': people, whatever the
    tagger called them.  Not a name that qualifies a person after it ('the chief Harwick
    Lodge correspondent'), a verb of the noun table ('that involved Kesta Trucks'), a noun
    opened by no determiner, preposition or name ('rivals - market leader Orlen Dairy'), a
    possessive ('composer Vell's Thais') nor a name that opens with a town's (a team:
    'Celtic host Kilmarnock Rovers')."""
    from search.entities import actors as module

    body = ("The world's richest man Ivo Brask bought the club. It was sung by pop star Lena Dorrit. "
            "The chief Harwick Lodge correspondent left. The raid involved Kesta Trucks. Its rivals - market "
            "leader Orlen Dairy and others - fell. The composer Vell's Thais was sung. Celtic host Kilmarnock Rovers.")
    named = (("Ivo Brask", "ORG"), ("Lena Dorrit", "LOC"), ("Harwick Lodge", "ORG"), ("Kesta Trucks", "ORG"),
             ("Orlen Dairy", "ORG"), ("Vell's Thais", "ORG"), ("Celtic", "ORG"), ("Kilmarnock Rovers", "ORG"))
    monkeypatch.setattr(module, "find_mentions", lambda t: _mentions_of(t, *named))
    types = {actor.name: actor.type for actor in article_actors("Talks", body)[0]}
    assert types["Ivo Brask"] == "PER" and types["Lena Dorrit"] == "PER"
    assert [types.get(name) for name in ("Harwick Lodge", "Kesta Trucks", "Orlen Dairy", "Kilmarnock Rovers")] == [
        "ORG"] * 4
    assert types.get("Vell's Thais", "ORG") == "ORG"


def test_after_a_clause_of_its_own_a_participle_is_the_main_clauses_subjects(monkeypatch: pytest.MonkeyPatch) -> None:
    """'When Ana Vell, the host, noted …, Ivo Brask shot back, saying "…"': the one who says is
    the main clause's subject, not the name in the clause the sentence opens with."""
    body = ("When Ana Vell, the host, noted that the figures were wrong, Ivo Brask shot back, saying they were "
            "\u201cfar too high for anyone at all.\u201d\n\n"
            "When Tam Orrin died, President Lena Dorr led the tributes, saying he \u201chad a profound influence "
            "on all of us\u201d.")
    named = (("Ana Vell", "PER"), ("Ivo Brask", "PER"), ("Tam Orrin", "PER"), ("Lena Dorr", "PER"))
    assert _quotes_with(monkeypatch, body, *named) == [("Ivo Brask", "far too high"), ("Lena Dorr", "had a profound")]


def test_thinks_after_a_quote_and_spoke_of_before_one_name_the_speaker(monkeypatch: pytest.MonkeyPatch) -> None:
    body = ("\u201cIt is totally going to kill the business model of radio,\u201d thinks Ivo Brask.\n\n"
            "President Ana Vell of Harwick spoke of the need for a \u201cshared responsibility for peace and "
            "stability\u201d.\n\n"
            "\u201cNobody here believes a word of the plan,\u201d Tam Orrin thinks.")
    named = (("Ivo Brask", "PER"), ("Ana Vell", "PER"), ("Harwick", "LOC"), ("Tam Orrin", "PER"))
    assert _quotes_with(monkeypatch, body, *named) == [
        ("Ivo Brask", "It is totally"), ("Ana Vell", "shared responsibility for"), ("Tam Orrin", "Nobody here believes")]


def test_a_phrase_set_before_the_subject_leaves_the_subject_the_speaker(monkeypatch: pytest.MonkeyPatch) -> None:
    """'After the applause died down, Ivo Brask deflected, saying …' is Brask's; in 'In the
    address, the queen mourned her brother, Prince Tam Orrin, and said …' the name after a
    comma is set beside another, and says nothing."""
    body = ("After a smattering of applause died down, Ivo Brask deflected, saying they were simply there to "
            "\u201cexplain to you that we need options\u201d.\n\n"
            "In the address, the queen mourned the death of her brother, Prince Tam Orrin, and said, \u201cI am "
            "deeply aware of the duties which have now passed to me.\u201d")
    named = (("Ivo Brask", "PER"), ("Tam Orrin", "PER"))
    assert _quotes_with(monkeypatch, body, *named) == [("Ivo Brask", "explain to you"), (None, "I am deeply")]


def test_words_quoted_twice_are_the_speaker_the_fuller_quote_names(monkeypatch: pytest.MonkeyPatch) -> None:
    """A summary's phrase with no name is the speaker's whose quote holds it; a name in
    quotation marks, every word capitalised, is no one's words however often it is quoted."""
    body = ("The ruling will \u201cfan the flames of division\u201d, a congresswoman said. "
            "The group called it \u201cThe Day of Harwick Freedom\u201d.\n\n"
            "Ana Quellby, of Illinois, said: \u201cThe ruling will only fan the flames of division. We will "
            "mark The Day of Harwick Freedom.\u201d")
    named = (("Ana Quellby", "PER"), ("Illinois", "LOC"))
    assert _quotes_with(monkeypatch, body, *named) == [
        ("Ana Quellby", "fan the flames"), (None, "The Day of"), ("Ana Quellby", "The ruling will")]


def test_what_the_one_person_of_a_sentence_vowed_is_their_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """'Ivo Brask gained ground, helped by his vow to "…"' is Brask's; not where the
    sentence names another ('Brask met Tam Orrin, praising her pledge to "…"'), nor
    where the article gives the one named an honorific of the other sex."""
    body = ("Ivo Brask gained ground on Monday, helped by his promise to fund the fleet and his vow to "
            "\u201cbuild the harbour wall this year\u201d.\n\n"
            "Mr Brask met Tam Orrin, praising her pledge to \u201ckeep the ferry running every winter\u201d.\n\n"
            "Ms Dara Quell left early. Quell was cheered for his vow to \u201ckeep every library open all "
            "year\u201d.")
    named = (("Ivo Brask", "PER"), ("Tam Orrin", "PER"), ("Dara Quell", "PER"))
    assert _quotes_with(monkeypatch, body, *named) == [
        ("Ivo Brask", "build the harbour"), (None, "keep the ferry"), (None, "keep every library")]


def test_a_description_whose_noun_the_sentence_before_holds_only_in_the_plural(monkeypatch: pytest.MonkeyPatch) -> None:
    """'Brask will host her last show and guest presenters will stand in. The long-running
    presenter said: "…"' is Brask: presenters are a group, no other one presenter."""
    body = ("Ana Brask will host her last show in March and guest presenters will stand in until a replacement "
            "is found.\n\nThe long-running presenter said: \u201cI would like to thank all the viewers who watched "
            "the show.\u201d")
    assert _quotes_with(monkeypatch, body, ("Ana Brask", "PER")) == [("Ana Brask", "I would like")]


def test_a_name_and_a_full_stop_after_a_quote_is_its_speaker_whose_verb_was_left_out(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """'"…," Mr Vell.' is Vell's (the report left out 'said'); not after a quote that ends a
    sentence of its own ('"… here." Tam Orrin.'), where the name opens the next."""
    body = ("Ivo Vell is an economist at Harwick Bank. \u201cThe slowdown will probably mark the start of a "
            "more difficult period,\u201d Mr Vell.\n\n"
            "Markets fell.\n\n\u201cNobody expected the board to meet this week.\u201d Tam Orrin. The talks went on.")
    named = (("Ivo Vell", "PER"), ("Harwick Bank", "ORG"), ("Tam Orrin", "PER"))
    assert _quotes_with(monkeypatch, body, *named) == [("Ivo Vell", "The slowdown will"), (None, "Nobody expected the")]


def test_words_someone_is_blamed_for_saying_are_theirs(monkeypatch: pytest.MonkeyPatch) -> None:
    """'Critics slammed press secretary Ana Vell on Monday for saying the firm is "…"' is Vell's;
    'Ivo Brask criticised Ana Vell for being "…"' is not hers: she is blamed for being, not for saying."""
    body = ("Critics slammed press secretary Ana Vell on Monday for saying the board is \u201ckeeping a close eye on "
            "the harbour\u201d.\n\n"
            "Ivo Brask criticised Ana Vell for being \u201cpart of the problem that day\u201d.")
    named = (("Ana Vell", "PER"), ("Ivo Brask", "PER"))
    assert _quotes_with(monkeypatch, body, *named)[0] == ("Ana Vell", "keeping a close")
    assert _quotes_with(monkeypatch, body, *named)[1][0] != "Ana Vell"


def test_a_sentence_that_points_back_to_a_quote_names_its_speaker(monkeypatch: pytest.MonkeyPatch) -> None:
    """'"…" That's what actor Ivo Brask said', '"…" These were the words of Ana Vell'; not
    'That is what Brask's critics said' nor 'That is what Brask wanted'."""
    body = "\n\n".join([
        "\u201cWe will never give up on this town.\u201d That is what Brask\u2019s critics said.",
        "\u201cThe ferry must run all winter long.\u201d That is what Brask wanted.",
        "\u201cLove will make you do crazy things.\u201d That\u2019s what actor Ivo Brask said at the awards.",
        "\u201cWe called for you to ban the weapons and you answered with an assault.\u201d These were the words "
        "of Ana Vell, a councillor.",
    ])
    named = (("Ivo Brask", "PER"), ("Ana Vell", "PER"))
    assert _quotes_with(monkeypatch, body, *named) == [
        (None, "We will never"), (None, "The ferry must"), ("Ivo Brask", "Love will make"),
        ("Ana Vell", "We called for")]


def test_a_sentence_about_one_person_that_ends_in_a_colon_introduces_their_words(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """'Joe Vell concluded his speech about Ana Brask's attack with this line: "…"' is Vell's;
    'He was blunt: "…"' after it, his again; not a sign that read, nor a sentence naming two."""
    body = "\n\n".join([
        "President Joe Vell concluded his speech about Ana Brask\u2019s attack on the port with this line: "
        "\u201cFor the town\u2019s sake, this cannot go on.\u201d",
        "Markets fell on the news. He was blunt about it: \u201cWe will not pay for the harbour twice.\u201d",
        "Joe Vell walked past a placard that read: \u201cNo more ferries for the rich.\u201d",
        "Joe Vell met Ana Brask at the quay: \u201cThe talks are over for this year.\u201d",
    ])
    named = (("Joe Vell", "PER"), ("Ana Brask", "PER"))
    speakers = [speaker for speaker, _ in _quotes_with(monkeypatch, body, *named)]
    assert speakers[:3] == ["Joe Vell", "Joe Vell", None] and speakers[3] != "Joe Vell"


def test_a_person_run_together_with_the_place_they_serve_after_a_role_is_a_person(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """'the governor of Texas Dara Quill', 'Mayor of Leeds Ana Vell' tagged as one name are
    a place and a person; 'the chairman of Bank of Orlen Holdings' is one firm, and so is
    'the head of Europe Ecologie-Les Verts', which reads as no person's name."""
    body = ("The last governor of Texas Dara Quill said the port could \u201cpull off a recovery this year\u201d. "
            "Mayor of Leeds Ana Vell agreed. The chairman of Bank of Orlen Holdings did not, nor did the head of "
            "Europe Ecologie-Les Verts.")
    tagged = [("Texas Dara Quill", "ORG"), ("Mayor of Leeds Ana Vell", "PER"), ("Bank of Orlen Holdings", "ORG"),
              ("Europe Ecologie-Les Verts", "ORG")]
    assert _actors_tagged(monkeypatch, "Port", body, *tagged) == {
        "Texas": ("LOC", 1), "Dara Quill": ("PER", 1), "Leeds": ("LOC", 1), "Ana Vell": ("PER", 1),
        "Bank of Orlen Holdings": ("ORG", 1), "Europe Ecologie-Les Verts": ("ORG", 1)}
    assert _quotes_with(monkeypatch, body, *tagged) == [("Dara Quill", "pull off a")]


def test_a_role_set_off_after_but_and_a_possessive_names_the_speaker_beside_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """'But his counterpart on the committee, Ana Vell, said it should wait "…"' is Vell's;
    in 'Vell met the mayor, Ivo Lim, and the chancellor, Dara Quill, urging them to be "…"'
    the name after "and" is one of those met, not the one urging."""
    body = ("Ivo Lim said the plan could \u201creduce the chances of fraud at every count\u201d. But his counterpart on "
            "the committee, Ana Vell, said it should wait \u201cuntil the measures have been put in place.\u201d\n\n"
            "Ana Vell met the mayor, Ivo Lim, and the chancellor, Dara Quill, urging them to be \u201cthe ones who "
            "change the game\u201d.")
    named = (("Ivo Lim", "PER"), ("Ana Vell", "PER"), ("Dara Quill", "PER"))
    assert _quotes_with(monkeypatch, body, *named)[:2] == [("Ivo Lim", "reduce the chances"),
                                                           ("Ana Vell", "until the measures")]
    assert _quotes_with(monkeypatch, body, *named)[2][0] != "Dara Quill"


def test_a_name_after_a_dash_credits_the_quote_unless_the_sentence_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """'"…" – Ana Vell.' credits Vell; in '"… on this album" – Harwick Nights, out now – "…"'
    the name is an aside inside someone else's words."""
    body = ("Readers wrote in. \u201cIt is late here and my whole sleep schedule has been ruined by this match\u201d "
            "\u2013 Ana Vell.\n\n"
            "Markets fell. \u201cWe had the groove back, and I think on this album\u201d \u2013 Dara Quill, out now "
            "\u2013 \u201cwe kept it.\u201d")
    named = (("Ana Vell", "PER"), ("Dara Quill", "PER"))
    assert _quotes_with(monkeypatch, body, *named)[:2] == [("Ana Vell", "It is late"), (None, "We had the")]


def test_a_caption_someone_posts_is_their_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """'Vell posted photos to her account with the caption, "…"' is Vell's; a caption in a
    sentence that names two people is no one's we know."""
    body = ("Ana Vell posted a series of photos to her account with the caption, \u201cBut are these even costumes "
            "at all.\u201d\n\n"
            "Ivo Brask shared a photo of Dara Quill with the caption \u201cNobody will ever unsee this one.\u201d")
    named = (("Ana Vell", "PER"), ("Ivo Brask", "PER"), ("Dara Quill", "PER"))
    assert _quotes_with(monkeypatch, body, *named) == [("Ana Vell", "But are these"), (None, "Nobody will ever")]


def test_he_after_an_unnamed_dealer_is_no_one_named_before(monkeypatch: pytest.MonkeyPatch) -> None:
    """'… said Ana Vell, an analyst. One dealer, who asked not to be named, said sales were
    "…". "…," he said' may be the dealer's, so it is no one's we know."""
    body = ("\u201cIn terms of all the worries about trading, it is a result,\u201d said Ivo Brask, an analyst at "
            "Harwick Securities. However, one dealer, who asked not to be named, said the sales were \u201cnot what "
            "people had hoped for\u201d. \u201cChristmas has been tough for the whole sector,\u201d he said.")
    named = (("Ivo Brask", "PER"), ("Harwick Securities", "ORG"))
    assert _quotes_with(monkeypatch, body, *named) == [
        ("Ivo Brask", "In terms of"), (None, "not what people"), (None, "Christmas has been")]


def test_a_word_of_saying_used_as_a_noun_is_no_verb_between_a_speaker_and_their_words(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """'the claims were', 'calling claims of …', 'amid calls for': nouns, so the subject who
    said them speaks; but 'the accused said' is a verb's, and words quoted from 'claims that …'
    are the claims'."""
    named = (("Tomas Vell", "PER"), ("Ana Brask", "PER"), ("Ola Brant", "PER"))
    body = "\n\n".join([
        "Tomas Vell said the claims were \"simply untrue and unfair to the crews\".",
        "Ana Brask on Friday said the quay would open in March, calling claims of a further delay \"a story "
        "put about by our rivals\".",
        "Ola Brant resigned amid calls for \"a full and open inquiry into the port\".",
        "The accused said: \"I have never seen that ledger before.\"",
        "Tomas Vell has dismissed claims that the harbour was \"run for the benefit of the few\".",
    ])
    assert _quotes_with(monkeypatch, body, *named) == [
        ("Tomas Vell", "simply untrue and"), ("Ana Brask", "a story put"),
        (None, "a full and"),  # who called for it is not said
        (None, "I have never"),  # the accused, unnamed
        (None, "run for the"),  # the claims' words, not the words of the one who dismissed them
    ]


def test_a_speaker_named_after_a_noun_for_people_or_with_what_is_alleged_they_said(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """'The show's co-producer, Ana Brask, said' (the noun after the hyphen is one for
    people), 'Harwick Rovers striker Tomas Vell spoke … and said', 'Ola Brant is alleged to
    have said that …', 'Ines Marlow, the coach who …, has since added:'."""
    named = (("Tomas Vell", "PER"), ("Ana Brask", "PER"), ("Ola Brant", "PER"), ("Ines Marlow", "PER"),
             ("Harwick Rovers", "ORG"))
    body = "\n\n".join([
        "The show's co-producer, Ana Brask, said the episode would have \"more storms and more wrecks\" than usual.",
        "Harwick Rovers striker Tomas Vell spoke out about the ban and said he felt like it was a \"slap on the "
        "wrist.\"",
        "Ola Brant is alleged to have said that the quay should be \"sold to the highest bidder at once\".",
        "Ines Marlow, the Oskby coach who will face them in the final, has since added: \"They made me dream "
        "with the way they played.\"",
    ])
    assert _quotes_with(monkeypatch, body, *named) == [
        ("Ana Brask", "more storms and"), ("Tomas Vell", "slap on the"), ("Ola Brant", "sold to the"),
        ("Ines Marlow", "They made me")]


def test_a_body_speaks_for_itself_and_a_subject_of_two_is_no_he(monkeypatch: pytest.MonkeyPatch) -> None:
    """'the committee added' is the committee's, not its chairman's; 'Mr Vell meanwhile told
    the BBC' and 'Another peer meanwhile, Lord Brant, said' name their speakers; after 'Only
    Marlow and Harwick stand in the way', 'he said' may be anyone."""
    named = (("Tomas Vell", "PER"), ("Ola Brant", "PER"), ("Ines Marlow", "PER"), ("Ana Brask", "PER"),
             ("Harwick", "LOC"))
    body = "\n\n".join([
        "Committee chairman Ana Brask opened the hearing. The bill needs work, the committee said. \"However, "
        "the government should be careful to ensure that no one is given carte blanche,\" the committee added.",
        "Mr Tomas Vell meanwhile told the BBC: \"I believe the harbour can do better than the rest of them.\"",
        "Another peer meanwhile, Lord Ola Brant, said not to publish it would \"strengthen the suspicion that "
        "the text was doctored\".",
        "Only Ines Marlow and Harwick stand in the way of a small nation reaching a second final. \"We have "
        "already played our greatest match ever,\" he said.",
    ])
    assert _quotes_with(monkeypatch, body, *named) == [
        (None, "However, the government"), ("Tomas Vell", "I believe the"), ("Ola Brant", "strengthen the suspicion"),
        (None, "We have already")]


def test_a_name_inside_a_phrase_between_a_subject_and_its_second_verb_does_not_take_the_verb(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """'Tomas Vell spoke out about the Ola Brant affair and said …': Brant, inside the phrase
    'about the …', is no subject; the second verb is Vell's."""
    named = (("Tomas Vell", "PER"), ("Ola Brant", "PER"), ("Harwick Rovers", "ORG"))
    body = ("Harwick Rovers striker Tomas Vell spoke out about the Ola Brant affair and said he felt like the ban "
            "was a \"slap on the wrist for the whole club.\"")
    assert _quotes_with(monkeypatch, body, *named) == [("Tomas Vell", "slap on the")]


def test_a_verb_urging_far_from_a_quote_in_the_sentence_that_runs_to_it_leaves_the_verb_of_saying_before(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """'Ola Brant said … and urged the council to … (far from the quote). "…"': the sentence
    is Brant's report, and the quote that follows goes on with it; a sentence of another's
    between still stops it."""
    named = (("Tomas Vell", "PER"), ("Ola Brant", "PER"))
    body = ("Tomas Vell said the vote had been lost. \"The harbour plan should be dropped at once.\" Ola Brant said it "
            "was impossible to overstate how much the ruling mattered and urged the council to move as fast as "
            "\"humanly possible\" to settle the matter in the interests of every family on the quays. \"If you do, "
            "we will give you every support.\"")
    assert _quotes_with(monkeypatch, body, *named) == [("Tomas Vell", "The harbour plan"), ("Ola Brant", "If you do,")]
    stopped = body.replace("quays. ", "quays. The meeting ended early. Tomas Vell left. ")
    assert _quotes_with(monkeypatch, stopped, *named)[1] == (None, "If you do,")


def test_a_role_set_off_after_a_name_without_its_closing_comma_leaves_the_name_the_speaker(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """'Ana Vell, a strategist at Harwick Securities told Reuters …': the comma after the firm
    was left out; the firm did not speak.  A person in the phrase still stops it."""
    named = (("Ana Vell", "PER"), ("Harwick Securities", "ORG"), ("Reuters", "ORG"), ("Tomas Brask", "PER"))
    body = ("Ana Vell, a strategist at Harwick Securities told Reuters that while no move was expected, \"it is enough "
            "to show they will be tougher on rates\".")
    assert _quotes_with(monkeypatch, body, *named) == [("Ana Vell", "it is enough")]
    other = body.replace("a strategist at Harwick Securities", "a friend of Tomas Brask")
    assert _quotes_with(monkeypatch, other, *named) == [(None, "it is enough")]


def test_a_phrase_quoted_inside_a_sentence_of_reported_speech_does_not_hide_its_speaker(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """'He acknowledged there were "good arguments" against it, but said …. "…"': the phrase
    quoted in the sentence is no quotation the verb attributes, as '"…," said Vell. "…"' is."""
    named = (("Ola Brant", "PER"), ("Tomas Vell", "PER"))
    body = ("Ola Brant said the harbour plan would go ahead. He acknowledged there were \"good old arguments\" against "
            "it, but said the council had weighed all the \"competing interests\" before reaching its decision. \"I do "
            "not pretend that it is an easy decision for anyone in this town.\"\n\n"
            "\"It is the stress,\" said Tomas Vell. \"I am not used to feeling this at all, this early in the year.\"")
    assert _quotes_with(monkeypatch, body, *named) == [("Ola Brant", "I do not"), ("Tomas Vell", "It is the"),
                                                       ("Tomas Vell", "I am not")]


def test_a_name_reported_by_someone_unnamed_is_no_antecedent_for_he(monkeypatch: pytest.MonkeyPatch) -> None:
    """'A party spokesman said Harwick Rovers had spent …. "…," he added': the name after the
    verb is what the spokesman spoke of, not who spoke ('… believes Ivo Brask is suited …'
    too); '… said Ana Vell, an analyst. "…," she said' is still Vell's."""
    named = (("Harwick Rovers", "PER"), ("Ivo Brask", "PER"), ("Ana Vell", "PER"))
    body = ("Critics accused the party of buying votes. A party spokesman said Harwick Rovers had spent more on the "
            "last election. \"With the money the others have, the only way is to buy the advertising space,\" he "
            "added.\n\nThe defender believes Ivo Brask is perfectly suited to the job. \"He is the icing on the cake "
            "at the club, everyone knows it,\" he said.\n\nGamers will move to better networks said Ana Vell, an "
            "analyst. \"Operators need to offer more than access to these services,\" she said.")
    assert _quotes_with(monkeypatch, body, *named) == [(None, "With the money"), (None, "He is the"),
                                                       ("Ana Vell", "Operators need to")]


def test_a_verb_far_from_a_quote_still_stops_the_search_at_a_quotation_that_ends_a_sentence(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """In capitals, where a show's name cannot be told from words: 'OLA BRANT SLAMMED …,
    SAYING … WHEN SHE PRAISED THE SONG … IN HER SERIES "GUTSY." DURING THE "…" PODCAST' --
    the one-word title ends a sentence; what follows is not under 'saying'."""
    named = (("OLA BRANT", "PER"), ("IVO LIND", "PER"), ("ANA VELL", "PER"))
    body = ("OLA BRANT SLAMMED THE FORMER NOMINEE IVO LIND, SAYING THAT SHE WAS \u201cJUST PANDERING\u201d WHEN SHE "
            "PRAISED THE VULGAR \u201cWAP\u201d SONG BY A RAPPER FROM THE OLD HARBOUR TOWN FEATURING SINGER ANA VELL "
            "DURING HER STREAMING SERIES "
            "\u201cGUTSY.\u201d DURING THE \u201cTHE OLA BRANT HARBOUR HOUR\u201d PODCAST ON TUESDAY, THE HOST "
            "SPOKE ABOUT THE QUEEN.")
    assert _quotes_with(monkeypatch, body, *named) == [(None, "THE OLA BRANT")]


def test_name_hits_counts_the_articles_that_write_a_name_and_those_where_the_tagger_finds_it(tmp_path: Path) -> None:
    from bench.name_hits import name_hits

    (tmp_path / "one.txt").write_text("Talks stall\n\nMarta Quillon, the finance minister, said on Tuesday that "
                                      "the talks had stalled.\n", encoding="utf-8")
    (tmp_path / "two.txt").write_text("Weather\n\nRain is expected across the region on Friday.\n", encoding="utf-8")
    (tmp_path / "three.txt").write_text("Quillon\n\nthe word quillon, in lower case, names a part of a sword.\n",
                                        encoding="utf-8")
    hits = name_hits(tmp_path, ["Marta Quillon", "Talvero"], limit=10)
    assert hits["Marta Quillon"] == (1, 1)
    assert hits["Talvero"] == (0, 0)


def test_words_prose_capitalises_are_counted_inside_sentences_only() -> None:
    from search.entities.proper import count_capitals

    capital, lower = count_capitals([
        ["Shares", "of", "Quorbit", "rose", "after", "Quorbit", "said", "so", "."],
        ["Quorbit", "opens", "the", "line", ",", "which", "does", "not", "count", "."],
        ["He", "read", "a", "quorbit", "and", "the", "NATO", "note", "."],
        ["ALL", "OF", "THIS", "LINE", "IS", "IN", "CAPITALS", "QUORBIT"],
        ["So", "I'm", "told", "and", "I’ve", "heard", "that", "I", "am", "."],
    ])
    assert capital["quorbit"] == 2 and lower["quorbit"] == 1  # not the line's first word, nor capitals
    assert "nato" not in capital and "shares" not in capital and "all" not in capital
    assert not {"i", "i'm", "i’ve"} & set(capital)  # the pronoun names no one


def test_the_pronoun_i_is_in_no_table_of_names() -> None:
    from search.entities.proper import capitalised_words

    assert not {"i'm", "i’m", "i'll", "i've", "i'd"} & capitalised_words()


def test_a_platform_the_word_clusters_put_among_nouns_is_still_a_name() -> None:
    # The clusters put Facebook beside "video", "post" and "account"; the tagger found it in 14%
    # of the news-2022 items that name it until it learned how news prose writes its case.
    found = find_mentions("Facebook bought the headset maker for $2 billion on Tuesday, the company said.")
    assert [(m.text, m.type) for m in found] == [("Facebook", "ORG")]


def test_a_bodys_name_ends_before_a_common_word_the_tagger_ran_on_into(monkeypatch: pytest.MonkeyPatch) -> None:
    """'Vellmark website', 'Orlen Club of creditor nations': the name is what comes before
    the first common word in lower case, or what follows the last ('Orlen bank Vellmark
    Capital'; a person's after a noun for people).  The small words of a name stay ('Friends
    of the Vell', 'Doctors without Quarrels'), and so does a legal form ('Harwick Steel plc')."""
    found = _actors_tagged(monkeypatch, "", "The Vellmark website was down. The Orlen Club of creditor nations met.",
                           ("Vellmark website", "ORG"), ("Orlen Club of creditor nations", "ORG"))
    assert found == {"Vellmark": ("ORG", 1), "Orlen Club": ("ORG", 1)}
    found = _actors_tagged(monkeypatch, "", "Orlen bank Vellmark Capital and Orlen singer Tamsin Vell met.",
                           ("Orlen bank Vellmark Capital", "ORG"), ("Orlen singer Tamsin Vell", "ORG"))
    assert found == {"Vellmark Capital": ("ORG", 1), "Tamsin Vell": ("PER", 1)}  # the name after a description
    found = _actors_tagged(monkeypatch, "", "Friends of the Vell and Doctors without Quarrels met Harwick Steel plc.",
                           ("Friends of the Vell", "ORG"), ("Doctors without Quarrels", "ORG"), ("Harwick Steel plc", "ORG"))
    assert found == {"Friends of the Vell": ("ORG", 1), "Doctors without Quarrels": ("ORG", 1),
                     "Harwick Steel plc": ("ORG", 1)}
    found = _actors_tagged(monkeypatch, "", "The Crimean peninsula and vellmark website.",
                           ("Crimean peninsula", "LOC"), ("vellmark website", "ORG"))
    assert found == {"Crimean peninsula": ("LOC", 1), "vellmark website": ("ORG", 1)}  # a place; text in lower case


def test_the_pronoun_i_is_no_actor(monkeypatch: pytest.MonkeyPatch) -> None:
    found = _actors_tagged(monkeypatch, "", "I'm told Tamsin Vell agreed. I’ve heard so.",
                           ("I'm", "PER"), ("Tamsin Vell", "PER"), ("I’ve", "PER"))
    assert found == {"Tamsin Vell": ("PER", 1)}


def test_a_quote_in_the_first_person_after_a_sentence_about_one_person_is_theirs(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """'Ivo Brask signalled his intent to move abroad. "I'm 30 now …"' is Brask's; not when
    the sentence names someone else, leaves someone unnamed ('met a widow'), tells of what
    another did to its subject, or the quote is no one's 'I'; nor after a quote of someone
    else's close before, which may go on."""
    named = (("Ivo Brask", "PER"), ("Ana Vell", "PER"))
    cases = {
        "Speaking on his plans, Ivo Brask signalled his intent to move abroad. "
        "\u201cI\u2019m 30 now and in five years I will not be in this country.\u201d": "Ivo Brask",
        "Ivo Brask met Ana Vell at the quay on Monday. "
        "\u201cI told him the ferry would never run again.\u201d": None,
        "Ivo Brask met a grieving widow at the quay on Monday. "
        "\u201cMy son never came home from the harbour, and I still wait.\u201d": None,
        "Ivo Brask walked along the quay on Monday. "
        "\u201cMy whole life was spent on this harbour.\u201d": "Ivo Brask",
        "Ivo Brask was attacked by a crowd at the quay on Monday. "
        "\u201cI will find you and make you pay for this.\u201d": None,
        "Ivo Brask moved abroad on Monday. "
        "\u201cThe ferry will run again before the winter.\u201d": None,
        "\u201cThe port is finished for this year,\u201d said Ana Vell. Ivo Brask left the meeting early. "
        "\u201cI have nothing more to add to what was said.\u201d": None,
    }
    for body, speaker in cases.items():
        assert _quotes_with(monkeypatch, body, *named)[-1][0] == speaker, body


def test_a_name_before_a_noun_for_people_and_a_name_is_the_seconds_subject(monkeypatch: pytest.MonkeyPatch) -> None:
    """'said Tam Corrin biographer Oona Rusk': the biographer speaks, the first name is her
    subject; 'Ana Vell will partner Ivo Brask …' (a verb that is also a noun) is Vell's
    sentence, and the quote after it is not Brask's."""
    named = (("Tam Corrin", "PER"), ("Oona Rusk", "PER"), ("Ana Vell", "PER"), ("Ivo Brask", "PER"))
    body = ("\u201cThe band was never pretty, and never once in tune,\u201d said Corrin biographer Oona Rusk.\n\n"
            "Tam Corrin left the band in May. Ana Vell will partner Ivo Brask in the doubles. "
            "\u201cI might be playing some singles events this season as well,\u201d she said.")
    quotes = _quotes_with(monkeypatch, body, *named)
    assert quotes[0] == ("Oona Rusk", "The band was")
    assert quotes[1][0] != "Ivo Brask"


def test_a_person_run_together_with_their_party_before_a_title_is_a_person(monkeypatch: pytest.MonkeyPatch) -> None:
    """'Green MEP Orla Venn' tagged as one body is the party and the person, whose 'she' then
    has a name; a body's name that holds a title word of its own ('Harwick Foods Ambassador
    Fund') stays whole."""
    body = ("Green MEP Orla Venn said the port would close. \u201cNobody in this town was ever asked about it,\u201d "
            "she said. The Harwick Foods Ambassador Fund paid for the study.")
    tagged = [("Green MEP Orla Venn", "ORG"), ("Harwick Foods Ambassador Fund", "ORG")]
    actors = _actors_tagged(monkeypatch, "Port", body, *tagged)
    assert actors["Orla Venn"] == ("PER", 1) and actors["Green"][0] == "ORG"
    assert actors["Harwick Foods Ambassador Fund"] == ("ORG", 1)
    assert _quotes_with(monkeypatch, body, *tagged) == [("Orla Venn", "Nobody in this")]


def test_a_name_opening_with_a_plural_possessive_keeps_it_and_is_a_bodys(monkeypatch: pytest.MonkeyPatch) -> None:
    """'Women's Orlen Rowing Union' and 'Men's Vellhouse' (the tagger leaving the possessive
    out, and taking the shop for a person) are bodies' names whole; 'the men's Orlen Cup'
    in lower case and 'Ana Vell's Harwick' are not."""
    body = ("The Women's Orlen Rowing Union met Men's Vellhouse staff before the men's Orlen Cup. "
            "Ana Vell's Harwick team won.")
    tagged = [("Orlen Rowing Union", "ORG"), ("Vellhouse", "PER"), ("Orlen Cup", "ORG"), ("Ana Vell", "PER"),
              ("Harwick", "ORG")]
    actors = _actors_tagged(monkeypatch, "Rowing", body, *tagged)
    assert actors["Women's Orlen Rowing Union"][0] == "ORG" and actors["Men's Vellhouse"][0] == "ORG"
    assert "Orlen Cup" in actors and "Harwick" in actors and "Ana Vell" in actors


def test_a_name_shortened_with_a_stop_runs_on_over_an_initial(monkeypatch: pytest.MonkeyPatch) -> None:
    """'Wm. B. Tarvo', which the tagger cuts at the stop ('Wm' and 'B. Tarvo') or leaves
    half untagged, is one name; a place before the stop ('Oslo. B. Tarvo'), a longer
    word ('Orlenvik. B. Tarvo'), or a letter without its stop (the article: 'the TPQ. A
    Tarvo spokesman') keep the sentence's end."""
    found = _actors_tagged(monkeypatch, "Vellco buys Wm. B. Tarvo Clothiers", "", ("Vellco", "ORG"), ("Wm", "PER"),
                           ("B. Tarvo Clothiers", "ORG"))
    assert found == {"Vellco": ("ORG", 1), "Wm. B. Tarvo Clothiers": ("ORG", 1)}  # the type of the half after
    found = _actors_tagged(monkeypatch, "Wm. B. Tarvo's sale closes", "", ("Wm", "PER"))
    assert found == {"Wm. B. Tarvo": ("PER", 1)}  # the tagger's type stands
    body = "The mill stayed in Oslo. B. Tarvo left. The man from Orlenvik. B. Tarvo said. He called the TPQ. A Tarvo aide said."
    found = _actors_tagged(monkeypatch, "Mill", body, ("Oslo", "LOC"), ("Orlenvik", "LOC"), ("TPQ", "ORG"),
                           ("B. Tarvo", "PER"), ("Tarvo", "PER"))
    assert {"Oslo", "Orlenvik", "TPQ"} <= set(found) and not any(name.count(".") > 1 for name in found)


def test_a_firms_officer_or_listing_is_no_name_and_no_part_of_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """'Orlenvik CEO' and 'Tarvo IPO' are Orlenvik and Tarvo; 'CEO of Brisko' is Brisko;
    'IPO' alone and 'Major CEOs' (a headline's words) are no one; 'CEO Ana Vell' is Ana
    Vell."""
    title = "Orlenvik CEO Ana Vell sells stake as Tarvo IPO slips"
    body = "Major CEOs fear the IPO market. The CEO of Brisko said little. CEO Ivo Quell agreed."
    found = _actors_tagged(monkeypatch, title, body, ("Orlenvik CEO", "ORG"), ("Ana Vell", "PER"),
                           ("Tarvo IPO", "ORG"), ("Major CEOs", "PER"), ("IPO", "ORG"), ("CEO of Brisko", "ORG"),
                           ("CEO Ivo Quell", "PER"))
    assert found == {"Orlenvik": ("ORG", 1), "Ana Vell": ("PER", 1), "Tarvo": ("ORG", 1), "Brisko": ("ORG", 1),
                     "Ivo Quell": ("PER", 1)}
    found = _actors_tagged(monkeypatch, "Floods", "The river rose in Coos overnight.", ("Coos", "LOC"))
    assert "Coos" in found  # a word spelled like one, not written in capitals, is no office


def test_a_body_set_in_quotation_marks_as_a_works_title_is_marked_so(monkeypatch: pytest.MonkeyPatch) -> None:
    """'Harbour of Knives' in marks is a show's title; one word in marks, a name after
    "so-called", a nickname between a person's names, and a possessive are not."""
    from search.entities.works import quoted_as_work

    def quoted(text: str, name: str) -> bool:
        start = text.index(name)
        return quoted_as_work(text, start, start + len(name))

    assert quoted("Quellcast viewers can now watch 'Harbour of Knives' without a subscription.", "Harbour of Knives")
    assert quoted("Quellcast offers \u2018Vell Street,\u2019 \u2018Harbour of Knives\u2019 in a deal", "Vell Street")
    assert not quoted("She said: \"Ditto.\" Then she left.", "Ditto")
    assert not quoted("the so-called 'Harwick People's Republic' said", "Harwick People's Republic")
    assert not quoted("Ivo \u201cHarbour Cat\u201d Vell was arrested", "Harbour Cat")
    assert not quoted("fans of 'Harbour of Knives's star", "Harbour of Knives")
    assert quoted("fans of Ivo's \u201cHarbour Cat\u201d series", "Harbour Cat")  # a common word after the marks
    named = [("Quellcast", "ORG"), ("Harbour of Knives", "ORG")]
    from search.entities import actors as module
    monkeypatch.setattr(module, "find_mentions", lambda t: _mentions_of(t, *named))
    actors, _ = module.article_actors("Quellcast offers 'Harbour of Knives'", "Quellcast said so.")
    assert {a.name: a.quoted_as_work for a in actors} == {"Quellcast": False, "Harbour of Knives": True}


def test_a_name_opening_with_a_plural_possessive_is_no_place_but_a_states(monkeypatch: pytest.MonkeyPatch) -> None:
    """'Men's Vellhouse' typed a place is a body; 'the People's Republic' stays a place."""
    body = "Men's Vellhouse agreed the sale. Officials of the People's Republic of Orlenia met."
    found = _actors_tagged(monkeypatch, "Sale", body, ("Vellhouse", "LOC"), ("Republic of Orlenia", "LOC"))
    assert found["Men's Vellhouse"][0] == "ORG" and found["People's Republic of Orlenia"][0] == "LOC"
