"""A firm's registered name (a legal form after it) in one article and across a corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from search import Index
from search.entities.directory import ActorDirectory

from .conftest import write
from .test_entities import _actors_tagged, _mentions_of


def _one(directory: ActorDirectory, *names: str) -> bool:
    return len({id(directory.actor_of(name)) for name in names}) == 1


def test_a_legal_form_after_a_name_makes_it_a_firms_in_the_whole_article(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Title Case headline's firm reads like a person to the tagger; the legal form
    written after it in one place says it is a company everywhere in the article, and the
    ticker in brackets is another of its names."""
    title = "Orlenvik, Inc. (ORLV) News: Orlenvik Is No Stranger To The Pivot"
    found = _actors_tagged(monkeypatch, title, "", ("Orlenvik", "PER"), ("ORLV", "ORG"))
    assert found == {"Orlenvik Inc": ("ORG", 3)}
    title = "Tamsin Vell Company, Inc. (NYSE: TVC) shares rise"
    found = _actors_tagged(monkeypatch, title, "", ("Tamsin Vell", "PER"), ("Inc", "ORG"), ("TVC", "ORG"))
    assert found == {"Tamsin Vell Company Inc": ("ORG", 2)}
    found = _actors_tagged(monkeypatch, "orlenvik, inc. said profit rose", "", ("orlenvik", "PER"))
    assert found == {"orlenvik inc": ("ORG", 1)}  # in lower case too; "limited" and "co" are words there
    found = _actors_tagged(monkeypatch, "", "Quillon Steel Corp <QLN> said it agreed. QLN shares rose.",
                           ("Quillon Steel", "ORG"), ("QLN", "ORG"))
    assert found == {"Quillon Steel Corp": ("ORG", 3)}


def test_only_an_unambiguous_legal_form_makes_a_firm(monkeypatch: pytest.MonkeyPatch) -> None:
    """"AB" after a comma is as often a province: Calgary stays a place."""
    found = _actors_tagged(monkeypatch, "Calgary, AB: Orlenvik Corp. cuts jobs", "",
                           ("Calgary", "LOC"), ("Orlenvik", "PER"))
    assert found == {"Calgary": ("LOC", 1), "Orlenvik Corp": ("ORG", 1)}


def test_a_firm_named_for_its_founder_keeps_the_possessive(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tagger splits "Quillon's Sporting Goods Inc" into a person and a firm of common
    words; it is one firm.  A person's firm with a name of its own, and a country's, stay
    apart from their owner."""
    found = _actors_tagged(monkeypatch, "Quillon's Sporting Goods (QSG) releases earnings", "",
                           ("Quillon", "PER"), ("QSG", "ORG"))  # the tagger saw the founder only
    assert found == {"Quillon's Sporting Goods": ("ORG", 2)}
    found = _actors_tagged(monkeypatch, "Quillon's Sporting Goods Inc (MSG) beats estimates", "",
                           ("Quillon", "PER"), ("Sporting Goods Inc", "ORG"), ("MSG", "ORG"))
    assert found == {"Quillon's Sporting Goods Inc": ("ORG", 2)}
    found = _actors_tagged(monkeypatch, "QUILLON'S SPORTING GOODS INC (QSG) BEATS ESTIMATES", "",
                           ("QUILLON", "PER"), ("SPORTING GOODS INC", "ORG"), ("QSG", "ORG"))
    assert found == {"QUILLON'S SPORTING GOODS INC": ("ORG", 1)}  # in capitals too (a lone ticker unconfirmed)
    found = _actors_tagged(monkeypatch, "Lanner's Orlenco Inc rises as Britain's Harwick Steel plc cuts jobs", "",
                           ("Lanner", "PER"), ("Orlenco Inc", "ORG"), ("Britain", "LOC"), ("Harwick Steel plc", "ORG"))
    assert found == {"Lanner": ("PER", 1), "Orlenco Inc": ("ORG", 1), "Britain": ("LOC", 1),
                     "Harwick Steel plc": ("ORG", 1)}
    found = _actors_tagged(monkeypatch, "Quell report", "The paper is owned by Ada Quillon's News Corp.",
                           ("Ada Quillon", "PER"), ("News Corp", "ORG"))
    assert found == {"Ada Quillon": ("PER", 1), "News Corp": ("ORG", 1)}


def test_a_registered_name_joins_the_firms_other_names_across_the_corpus() -> None:
    directory = ActorDirectory([("Orlenvik Inc", "ORG", 2), ("Orlenvik", "PER", 9), ("Orlenvik", "LOC", 2),
                                ("Vellmark Outfitters Inc", "ORG", 5), ("Vellmark Outfitters", "ORG", 4),
                                ("Vellmark", "ORG", 10)])
    orlenvik = directory.actor_of("Orlenvik")
    assert orlenvik is directory.actor_of("Orlenvik Inc") and (orlenvik.name, orlenvik.type) == ("Orlenvik", "ORG")
    assert _one(directory, "Vellmark", "Vellmark Outfitters", "Vellmark Outfitters Inc")
    assert directory.actor_of("Vellmark").name == "Vellmark"


def test_a_short_name_joins_a_firm_only_when_it_can_mean_no_other() -> None:
    """Not a firm's part ("Sonnet Pictures Inc" is no "Sonnet"), not a name that opens two
    firms' names, not a town, not a person the coverage describes by a role."""
    seen = [("Sonnet Pictures Inc", "ORG", 3), ("Sonnet", "ORG", 20),
            ("Tarvo Energy Corp", "ORG", 4), ("Tarvo Outfitters Inc", "ORG", 4), ("Tarvo", "ORG", 12),
            ("Brisk Valley Holdings Ltd", "ORG", 3), ("Brisk Valley", "LOC", 30),
            ("Ada Quell Co", "ORG", 2), ("Ada Quell", "PER", 30)]
    directory = ActorDirectory(seen, titled={"Ada Quell": 12})
    assert not _one(directory, "Sonnet", "Sonnet Pictures Inc")
    assert not _one(directory, "Tarvo", "Tarvo Energy Corp") and not _one(directory, "Tarvo", "Tarvo Outfitters Inc")
    assert not _one(directory, "Brisk Valley", "Brisk Valley Holdings Ltd")
    assert not _one(directory, "Ada Quell", "Ada Quell Co") and directory.actor_of("Ada Quell").type == "PER"


def test_a_firm_named_for_its_founder_is_its_lone_founder_and_its_common_words() -> None:
    seen = [("Quillon's Sporting Goods Inc", "ORG", 2), ("Quillon", "PER", 20), ("Sporting Goods", "ORG", 9)]
    directory = ActorDirectory(seen)
    assert _one(directory, "Quillon", "Sporting Goods", "Quillon's Sporting Goods Inc")
    firm = directory.actor_of("Quillon")
    assert (firm.name, firm.type) == ("Quillon's Sporting Goods", "ORG")
    assert _one(ActorDirectory([("QUILLON'S SPORTING GOODS INC", "ORG", 2), ("QUILLON", "PER", 20)]),
                "QUILLON", "QUILLON'S SPORTING GOODS INC")
    # Where the corpus names a person of that surname in full, the lone surname is theirs.
    directory = ActorDirectory([*seen, ("Ann Quillon", "PER", 5)])
    assert not _one(directory, "Quillon", "Quillon's Sporting Goods Inc")
    assert _one(directory, "Sporting Goods", "Quillon's Sporting Goods Inc")


def test_a_place_or_a_bracket_is_no_firm(monkeypatch: pytest.MonkeyPatch) -> None:
    """"UK plc" is the country's business; a bracket after a person's name is no ticker."""
    found = _actors_tagged(monkeypatch, "Harwick Bank warns UK plc of a lost decade", "",
                           ("Harwick Bank", "ORG"), ("UK", "LOC"))
    assert found == {"Harwick Bank": ("ORG", 1), "UK": ("LOC", 1)}
    found = _actors_tagged(monkeypatch, "Senator Tamsin Brelloway (PA) said no", "",
                           ("Tamsin Brelloway", "PER"), ("PA", "LOC"))
    assert found == {"Tamsin Brelloway": ("PER", 1), "PA": ("LOC", 1)}  # a person's state, no ticker
    found = _actors_tagged(monkeypatch, "Tarvo Quell (NYSE: TQL) shares fall", "",
                           ("Tarvo Quell", "ORG"), ("TQL", "ORG"))
    assert found == {"Tarvo Quell": ("ORG", 2)}


def test_a_firms_officer_before_a_name_is_a_persons_title(monkeypatch: pytest.MonkeyPatch) -> None:
    """"Orlenvik CEO Tamsin Brelloway", tagged a firm in a short item, is the firm and a
    person with a role; "CEO of Vellmark Steel" names the firm, not a person."""
    found = _actors_tagged(monkeypatch, "Orlenvik CEO Tamsin Brelloway wants to cut jobs", "",
                           ("Orlenvik CEO Tamsin Brelloway", "ORG"))
    assert found == {"Tamsin Brelloway": ("PER", 1), "Orlenvik": ("ORG", 1)}
    found = _actors_tagged(monkeypatch, "The CEO of Vellmark Steel said nothing", "", ("CEO of Vellmark Steel", "ORG"))
    assert all(kind != "PER" for kind, _ in found.values())


def test_a_kind_of_firm_written_before_a_name_makes_it_a_firms(monkeypatch: pytest.MonkeyPatch) -> None:
    """"retailer Orlenvik", "mortgage lenders Tarvo Mae and Brisk Mac": firms, however
    like people's names they look; not a clause ("the airline Ann Brelloway sued"), nor a
    standfirst run on into a name after a plural ("illegal miners Ann Brelloway's")."""
    found = _actors_tagged(monkeypatch, "Shares fall", "Shares of retailer Orlenvik Vell and of mortgage lenders "
                           "Tarvo Mae and Brisk Mac fell.", ("Orlenvik Vell", "PER"), ("Tarvo Mae", "PER"),
                           ("Brisk Mac", "PER"))
    assert found == {"Orlenvik Vell": ("ORG", 1), "Tarvo Mae": ("ORG", 1), "Brisk Mac": ("ORG", 1)}
    found = _actors_tagged(monkeypatch, "Bust", "The airline Ann Brelloway sued is bust, and illegal miners "
                           "Ada Quillon's rivals are gone.", ("Ann Brelloway", "PER"), ("Ada Quillon", "PER"))
    assert found == {"Ann Brelloway": ("PER", 1), "Ada Quillon": ("PER", 1)}


def test_a_firm_set_off_after_a_name_makes_it_a_firms(monkeypatch: pytest.MonkeyPatch) -> None:
    """"Brisk Vellmark, a public accounting and consulting firm in …" is a firm; "a company
    director", "a firm believer", "a member of the group" are people."""
    found = _actors_tagged(monkeypatch, "Raid", "Agents searched Brisk Vellmark, a public accounting and consulting "
                           "firm in the town.", ("Brisk Vellmark", "PER"))
    assert found == {"Brisk Vellmark": ("ORG", 1)}
    for after in ("a company director, said no", "a firm believer in growth, spoke", "a member of the group, spoke"):
        found = _actors_tagged(monkeypatch, "Talk", f"Ann Brelloway, {after}.", ("Ann Brelloway", "PER"))
        assert found == {"Ann Brelloway": ("PER", 1)}, after


def test_a_short_name_that_is_someones_surname_stays_theirs() -> None:
    """A lone "Brisk" where the corpus names Ann Brisk in full is hers, not Brisk Motor Co's
    (joined to both, the person would become a firm)."""
    directory = ActorDirectory([("Brisk Motor Co", "ORG", 6), ("Brisk", "PER", 20), ("Ann Brisk", "PER", 30)])
    assert not _one(directory, "Brisk", "Brisk Motor Co") and _one(directory, "Brisk", "Ann Brisk")
    assert directory.actor_of("Ann Brisk").type == "PER"
    # nor is it "Brisk Corp", the same word with a legal form, while it is a person in most of its articles
    directory = ActorDirectory([("Brisk Corp", "ORG", 1), ("Brisk", "PER", 20), ("Brisk", "ORG", 2), ("Ann Brisk", "PER", 30)])
    assert not _one(directory, "Brisk", "Brisk Corp") and _one(directory, "Brisk", "Ann Brisk")
    assert directory.actor_of("Ann Brisk").type == "PER" and directory.actor_of("Brisk Corp").type == "ORG"


def test_a_credit_after_a_sentence_is_no_ticker(monkeypatch: pytest.MonkeyPatch) -> None:
    found = _actors_tagged(monkeypatch, "Aid", "The money went to the Harwick Relief Council. (AP) It arrived.",
                           ("Harwick Relief Council", "ORG"), ("AP", "ORG"))
    assert found == {"Harwick Relief Council": ("ORG", 1), "AP": ("ORG", 1)}
    found = _actors_tagged(monkeypatch, "Orlenvik Inc. (ORV) profit up", "", ("Orlenvik Inc", "ORG"), ("ORV", "ORG"))
    assert found == {"Orlenvik Inc": ("ORG", 2)}  # the full stop is the legal form's


def test_a_possessive_before_a_firm_is_the_persons_where_the_article_names_them(
        monkeypatch: pytest.MonkeyPatch) -> None:
    found = _actors_tagged(monkeypatch, "Quillon's Blue Water (QBW) sells a paper", "Ada Quillon said it was done.",
                           ("Quillon", "PER"), ("QBW", "ORG"), ("Ada Quillon", "PER"))
    assert "Ada Quillon" in found and not any("'s" in name for name in found)


def test_what_only_a_firm_has_makes_a_name_a_firms_in_the_article(monkeypatch: pytest.MonkeyPatch) -> None:
    """Shares that move, a chief executive, a founder: a person has none of them, so a name
    the tagger took for a woman's is a firm's where the article writes them of it."""
    found = _actors_tagged(monkeypatch, "Ottilie Brand shares fell 4% on Tuesday", "",
                           ("Ottilie Brand", "PER"))
    assert found == {"Ottilie Brand": ("ORG", 1)}
    found = _actors_tagged(monkeypatch, "Shares Of Maren Lowe, Ottilie Brand Tank On Reform Plan", "",
                           ("Maren Lowe", "PER"), ("Ottilie Brand", "PER"))
    assert found == {"Maren Lowe": ("ORG", 1), "Ottilie Brand": ("ORG", 1)}  # both firms of the list
    found = _actors_tagged(monkeypatch, "", "Tobin Hale CEO Ada Quell said the plant would close.",
                           ("Tobin Hale", "PER"), ("Ada Quell", "PER"))
    assert found == {"Tobin Hale": ("ORG", 1), "Ada Quell": ("PER", 1)}
    found = _actors_tagged(monkeypatch, "", "Analysts cut their targets for Tobin Hale's share price.",
                           ("Tobin Hale", "PER"))
    assert found == {"Tobin Hale": ("ORG", 1)}


def test_what_a_person_has_too_leaves_a_person(monkeypatch: pytest.MonkeyPatch) -> None:
    """Shares she holds, a story she shares, a Title Case headline's verb: still a person."""
    for title, body in [("Ottilie Brand Shares Rising Star's Photo", ""),
                        ("", "Ottilie Brand shares her story with the court."),
                        ("", "He sold his shares in Ottilie Brand's bakery."),
                        ("", "Ottilie Brand's shares in the bakery were sold.")]:
        found = _actors_tagged(monkeypatch, title, body, ("Ottilie Brand", "PER"))
        assert found == {"Ottilie Brand": ("PER", 1)}, (title, body)


def test_an_article_that_writes_a_name_as_a_firms_says_so_to_the_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    from search.entities import actors as module

    named = [("Ottilie Brand", "PER"), ("Ada Quell", "PER")]
    monkeypatch.setattr(module, "find_mentions", lambda t: _mentions_of(t, *named))
    actors, _ = module.article_actors("Ottilie Brand stock tumbled", "Ada Quell said it would recover.")
    assert {a.name: a.called_a_body for a in actors} == {"Ottilie Brand": True, "Ada Quell": False}


def test_a_name_the_coverage_writes_as_a_firms_is_one_across_the_corpus() -> None:
    """Typed a person in most of its articles (headlines give the tagger nothing else), a
    name written as a firm in two of them and a tenth or more is a firm; two stray marks
    on a person named in forty articles are not, nor marks fewer than the roles the
    coverage gives the name, nor marks on a surname joined to a person named in full."""
    seen = [("Ottilie Brand", "PER", 12), ("Ottilie Brand", "ORG", 3), ("Ada Quell", "PER", 40),
            ("Maren Lowe", "PER", 12), ("Tobin Hale", "PER", 30), ("Hale", "PER", 10)]
    bodies = {"Ottilie Brand": 3, "Ada Quell": 2, "Maren Lowe": 3, "Hale": 2}
    directory = ActorDirectory(seen, titled={"Maren Lowe": 4}, bodies=bodies)
    kinds = {name: directory.actor_of(name).type for name in ("Ottilie Brand", "Ada Quell", "Maren Lowe", "Hale")}
    assert kinds == {"Ottilie Brand": "ORG", "Ada Quell": "PER", "Maren Lowe": "PER", "Hale": "PER"}
    assert directory.actor_of("Hale") is directory.actor_of("Tobin Hale")
    assert ActorDirectory(seen).actor_of("Ottilie Brand").type == "PER"  # the tagger's vote alone


def test_the_index_counts_the_articles_that_write_a_name_as_a_firms(tmp_path: Path) -> None:
    """What the directory weighs comes from the index, and leaves it with a removed file."""
    corpus = tmp_path / "corpus"
    write(corpus / "a.txt", "Steel shares slide\n\nShares of Harwick Steel fell 5% on Monday after the mill in "
                            "Orlen closed.\n")
    write(corpus / "b.txt", "Mill talks\n\nHarwick Steel's chief executive said on Tuesday that talks with the "
                            "union in Orlen would go on.\n")
    write(corpus / "c.txt", "Orlen mill\n\nWorkers at the Harwick Steel mill in Orlen voted on Friday.\n")
    with Index.open([corpus], tmp_path / "ix") as index:
        index.update()
        assert index.actor_directory().bodies.get("Harwick Steel") == 2
        (corpus / "b.txt").unlink()
        index.update()
        assert index.actor_directory().bodies.get("Harwick Steel") == 1
