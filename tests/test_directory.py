"""The corpus directory: which names, written which ways, are one actor (and which are not)."""

from __future__ import annotations

from pathlib import Path

from search import Index
from search.entities.directory import ActorDirectory
from search.entities.spellings import singular_key, swapped_letters

from .conftest import write


def _one(directory: ActorDirectory, *names: str) -> bool:
    return len({id(directory.actor_of(name)) for name in names}) == 1


def test_a_things_name_and_its_plural_are_one_actor() -> None:
    directory = ActorDirectory([("Harwick Democrats", "ORG", 60), ("Harwick Democrat", "ORG", 25),
                                ("Orrin", "PER", 30), ("Orrin", "ORG", 12), ("Orrins", "ORG", 20)])
    assert _one(directory, "Harwick Democrats", "Harwick Democrat")
    assert _one(directory, "Orrin", "Orrins")  # a person's name takes no plural as a thing's does
    assert directory.actor_of("Orrin").type == "ORG"  # 42 articles as a thing against 30 as a person


def test_a_plural_does_not_join_what_may_be_two() -> None:
    """Two one-word things ("Vell", "Vells": a magazine and a paper) may be two; a surname
    beside a thing in the plural (a team) is the person's; a people's plural is no thing."""
    directory = ActorDirectory([("Vell", "ORG", 20), ("Vells", "ORG", 30),
                                ("Gordon Brindle", "PER", 40), ("Brindle", "PER", 30), ("Brindles", "ORG", 10),
                                ("Tamsin Okoro", "PER", 8), ("Tamsin Okoros", "PER", 3),
                                ("Mara Castell", "PER", 9), ("Mara Castells", "ORG", 2)])
    assert not _one(directory, "Vell", "Vells")
    assert _one(directory, "Brindle", "Gordon Brindle") and not _one(directory, "Brindle", "Brindles")
    assert not _one(directory, "Tamsin Okoro", "Tamsin Okoros")
    assert not _one(directory, "Mara Castell", "Mara Castells")  # a person's full name stays a person's
    assert singular_key("Ross") is None and singular_key("Bus") is None and singular_key("NHS") is None


def test_a_surname_typed_with_two_letters_swapped_is_the_person_the_corpus_names_far_more() -> None:
    directory = ActorDirectory([("Teodora Vasquelin", "PER", 200), ("Teodora Vasqeulin", "PER", 3),
                                ("Vasqeulin", "PER", 2), ("Marta Lindqvist", "PER", 50),
                                ("Marta Lindqvsit", "PER", 20), ("Anna Vasqeulin", "PER", 1),
                                ("Ida Ohm", "PER", 90), ("Ida Hom", "PER", 4)])
    assert _one(directory, "Teodora Vasquelin", "Teodora Vasqeulin", "Vasqeulin")
    assert not _one(directory, "Anna Vasqeulin", "Teodora Vasquelin")  # another first name: another person
    assert not _one(directory, "Marta Lindqvist", "Marta Lindqvsit")  # 50 against 20 is no slip
    assert not _one(directory, "Ida Ohm", "Ida Hom")  # too short to call it a slip
    assert swapped_letters("lindqvist", "lindqvsit") and not swapped_letters("lindqvist", "lindqvsti")
    assert not swapped_letters("abc", "abc") and not swapped_letters("abcd", "badc")


def test_a_lone_name_is_no_surname_the_corpus_does_not_support() -> None:
    """'Keelan' opens a common person's name: no surname of a name seen once ('Ama Keelan');
    a name written in full in one article says nothing of a lone name in twenty, but is
    enough for a lone name in two."""
    directory = ActorDirectory([("Keelan Rhodes", "PER", 200), ("Keelan", "PER", 30), ("Ama Keelan", "PER", 1),
                                ("Start Harbour", "PER", 1), ("Harbour", "PER", 20),
                                ("Lina Castellane", "PER", 1), ("Castellane", "PER", 2),
                                ("Jo Fenwick", "PER", 1), ("Fenwick", "ORG", 40), ("Fenwick Party", "ORG", 8)])
    assert not _one(directory, "Keelan", "Ama Keelan")
    assert not _one(directory, "Harbour", "Start Harbour")
    assert _one(directory, "Castellane", "Lina Castellane")
    assert _one(directory, "Fenwick", "Fenwick Party")  # a person named once does not block the party
    assert not _one(directory, "Fenwick", "Jo Fenwick")


def test_a_lone_name_is_not_a_body_named_once_nor_a_committee_of_it() -> None:
    directory = ActorDirectory([("Pellam", "ORG", 30), ("Pellam University", "ORG", 1),
                                ("Corran", "ORG", 30), ("Corran Group", "ORG", 5),
                                ("Senate", "ORG", 100), ("Senate Committee", "ORG", 10),
                                ("Orla", "ORG", 2), ("Orla Bank", "ORG", 1)])
    assert not _one(directory, "Pellam", "Pellam University")
    assert _one(directory, "Corran", "Corran Group")
    assert not _one(directory, "Senate", "Senate Committee")
    assert _one(directory, "Orla", "Orla Bank")  # both rare: the one long form is all there is to go by


def test_a_bodys_name_with_its_words_clipped_is_that_body_when_one_is_meant() -> None:
    directory = ActorDirectory([("Harwick Progressive Party", "ORG", 80), ("Harwick Prog Party", "ORG", 10),
                                ("Corran Progs", "ORG", 12), ("Corran Progressives", "ORG", 30),
                                ("Selwyn Mara", "ORG", 20), ("Selby Mara", "ORG", 18), ("Sel Mara", "ORG", 5),
                                ("Ed Harlan", "PER", 9), ("Edwina Harlan", "PER", 30)])
    assert _one(directory, "Harwick Progressive Party", "Harwick Prog Party")
    assert _one(directory, "Corran Progs", "Corran Progressives")  # clipped and in the plural
    assert not _one(directory, "Sel Mara", "Selwyn Mara") and not _one(directory, "Sel Mara", "Selby Mara")
    assert not _one(directory, "Ed Harlan", "Edwina Harlan")  # people's first names are not clipped words


def test_one_word_the_tagger_half_took_for_a_person_is_what_the_other_types_say() -> None:
    directory = ActorDirectory([("Bramley", "PER", 33), ("Bramley", "ORG", 32), ("Bramley", "LOC", 2),
                                ("Varga", "PER", 60), ("Varga", "ORG", 20),
                                ("Okoye", "PER", 50), ("Okoye", "ORG", 40), ("Ada Okoye", "PER", 10),
                                ("Ben Okoye", "PER", 10)])
    assert directory.actor_of("Bramley").type == "ORG"
    assert directory.actor_of("Varga").type == "PER"  # a person in three of four articles: a mononym
    # Two people bear it (neither is the one meant): a surname still, whatever the tagger says
    assert directory.actor_of("Okoye").type == "PER" and not _one(directory, "Okoye", "Ada Okoye")


def test_a_monarchs_number_is_no_doubled_letter() -> None:
    directory = ActorDirectory([("Aldora II", "PER", 50), ("Aldora III", "PER", 10), ("Aldora Vii", "PER", 2),
                                ("Ivo Brannock", "PER", 30), ("Ivo Branock", "PER", 5)])
    assert not _one(directory, "Aldora II", "Aldora III") and not _one(directory, "Aldora II", "Aldora Vii")
    assert _one(directory, "Ivo Brannock", "Ivo Branock")  # a doubled letter elsewhere is a spelling still


def test_a_lone_word_spelling_initials_is_no_body_it_opens() -> None:
    """'Kv' is 'KV' (Kell Vale) by spelling, so no 'KV Herald' takes it for its first word."""
    directory = ActorDirectory([("Kell Vale", "LOC", 300), ("KV", "LOC", 90), ("Kv", "ORG", 3),
                                ("KV Herald", "ORG", 6)])
    assert _one(directory, "Kell Vale", "KV", "Kv")
    assert not _one(directory, "KV Herald", "Kell Vale")


def test_an_articles_names_joined_by_the_directory_keep_its_quotes_role_resolution() -> None:
    """Two names of one body in an article (joined by the directory) and a quote whose
    speaker the article names only as "the foreign secretary": the corpus's roles still
    resolve it once the article's actors are put under their corpus-wide names."""
    from search.article import Article, ArticleActor, Quote
    from search.index.snapshot import corpus_names

    directory = ActorDirectory([("Harwick Democrats", "ORG", 60), ("Harwick Democrat", "ORG", 25),
                                ("Ada Vell", "PER", 30)])
    body = "Ada Vell met the Harwick Democrats and a Harwick Democrat. \"It is not for negotiation,\" the secretary said."
    article = Article("a", "a.txt", "Talks", False, None, None, "none", body,
                      actors=(ArticleActor("Ada Vell", "PER", 1), ArticleActor("Harwick Democrats", "ORG", 1, (), ()),
                              ArticleActor("Harwick Democrat", "ORG", 1)),
                      quotes=(Quote(60, 86, None, "foreign secretary"),))
    roles = {"Ada Vell": (("Foreign Secretary", 3),)}
    named = corpus_names(article, directory, roles)
    assert [a.name for a in named.actors] == ["Harwick Democrats", "Ada Vell"]
    assert [q.speaker for q in named.quotes] == ["Ada Vell"]
    assert [q.speaker for q in corpus_names(article, directory).quotes] == [None]  # no corpus roles: no guess


def test_a_name_a_dateline_shouts_is_shown_as_the_text_writes_it() -> None:
    """'LONDON 2031-05-02' opens most of a wire's stories; a reader writes 'London'.
    An acronym has no mixed-case spelling and stays in capitals."""
    directory = ActorDirectory([("LONDON", "LOC", 80), ("London", "LOC", 12), ("FEDOC", "ORG", 30),
                                ("ORLEN BAY", "LOC", 40), ("Orlen Bay", "LOC", 3),
                                ("HARWICK PACT", "ORG", 50), ("Harwick Pact", "ORG", 10), ("Hpo", "ORG", 10)])
    assert directory.actor_of("LONDON").name == "London" and _one(directory, "LONDON", "London")  # a place
    assert directory.actor_of("Orlen Bay").name == "Orlen Bay"  # however rarely written so
    assert directory.actor_of("HARWICK PACT").name == "Harwick Pact"  # more than one word: no acronym
    assert directory.actor_of("FEDOC").name == "FEDOC"


def test_an_acronym_written_as_a_word_too_is_shown_as_most_write_it() -> None:
    """'NATO' and 'Nato' (as some outlets write acronyms) are one actor, named as most write it."""
    directory = ActorDirectory([("FEDOC", "ORG", 60), ("Fedoc", "ORG", 25), ("ORVAL", "ORG", 5), ("Orval", "ORG", 40)])
    assert _one(directory, "FEDOC", "Fedoc") and directory.actor_of("Fedoc").name == "FEDOC"
    assert directory.actor_of("ORVAL").name == "Orval"


def test_a_full_name_given_a_persons_role_takes_its_lone_surname_whatever_the_tagger_typed_it() -> None:
    """Short feed items make the tagger type "Ada Quell" a firm more often than a person;
    the coverage calling her "CEO Ada Quell" says she is one, so a lone "Quell" is hers."""
    seen = [("Ada Quell", "ORG", 168), ("Ada Quell", "PER", 98), ("Quell", "PER", 6), ("Quell", "LOC", 2)]
    directory = ActorDirectory(seen, titled={"Ada Quell": 52})
    assert _one(directory, "Ada Quell", "Quell") and directory.actor_of("Quell").type == "PER"
    assert not _one(ActorDirectory(seen), "Ada Quell", "Quell")  # no role given: the tagger's firm stays apart


def test_an_acronym_that_writes_its_small_words_in_lower_case_is_its_expansion() -> None:
    """'BoH' is the Bank of Harwick and 'DfO' the Department for Oskby; the case says which
    letters are small words, so 'BoH' is no 'Board Harwick' and no 'Bank on Harwick Hill'."""
    directory = ActorDirectory([("Bank of Harwick", "ORG", 12), ("BoH", "ORG", 30), ("BOH", "ORG", 4),
                                ("Board Harwick", "ORG", 40), ("Department for Oskby", "ORG", 6), ("DfO", "ORG", 9),
                                ("Bank on Harwick Hill", "ORG", 50)])
    assert _one(directory, "Bank of Harwick", "BoH", "BOH")
    assert _one(directory, "Department for Oskby", "DfO")
    assert not _one(directory, "BoH", "Board Harwick") and not _one(directory, "BoH", "Bank on Harwick Hill")


def test_a_one_word_name_is_the_firm_that_closes_it_up_with_group_or_co() -> None:
    """'Harwi' is Harwigroup's short name, and 'Tolle' PolleCo's is not; a place or a person
    is never a firm's short name."""
    directory = ActorDirectory([("Harwigroup", "ORG", 20), ("Harwigroup Inc", "ORG", 5), ("Harwi", "ORG", 12),
                                ("OsklaCo", "ORG", 8), ("Oskla", "ORG", 6), ("PolleCo", "ORG", 7), ("Tolle", "ORG", 4),
                                ("Marlgroup", "ORG", 9), ("Marl", "LOC", 30), ("Tollebank", "ORG", 3)])
    assert _one(directory, "Harwigroup", "Harwigroup Inc", "Harwi")
    assert _one(directory, "OsklaCo", "Oskla")
    assert not _one(directory, "PolleCo", "Tolle")
    assert not _one(directory, "Marlgroup", "Marl")
    assert not _one(directory, "Tollebank", "Tolle")  # a bank is no firm of its name


def test_a_bodys_name_without_the_town_that_opens_it_is_that_body_when_one_body_is_meant() -> None:
    """'Otterhounds' is the Harwick Otterhounds; 'Herons' could be either town's club and
    'Lynxes', named far more often than the Pellam Lynxes, is another body; a country's
    initials open a firm's arm there, not the firm's name; a lone town is not the club."""
    directory = ActorDirectory([("Harwick", "LOC", 40), ("Bramley", "LOC", 30), ("Oskby", "LOC", 20),
                                ("Pellam", "LOC", 10), ("Harwick Otterhounds", "ORG", 12), ("Otterhounds", "ORG", 10),
                                ("Bramley Herons", "ORG", 8), ("Oskby Herons", "ORG", 6), ("Herons", "ORG", 5),
                                ("Pellam Lynxes", "ORG", 2), ("Lynxes", "ORG", 9),
                                ("UK Vellmart", "ORG", 5), ("Vellmart", "ORG", 3)])
    assert _one(directory, "Harwick Otterhounds", "Otterhounds")
    assert not _one(directory, "Herons", "Bramley Herons") and not _one(directory, "Herons", "Oskby Herons")
    assert not _one(directory, "Lynxes", "Pellam Lynxes")
    assert not _one(directory, "Vellmart", "UK Vellmart")
    assert not _one(directory, "Harwick", "Harwick Otterhounds")
    firm = ActorDirectory([("Harwick", "LOC", 40), ("Harwick Rovers", "ORG", 10), ("Rovers", "ORG", 3),
                           ("Rovers Airlines", "ORG", 8), ("Rovers Airlines Inc", "ORG", 2)])
    assert _one(firm, "Rovers", "Rovers Airlines") and not _one(firm, "Rovers", "Harwick Rovers")  # already a firm's


def test_a_person_whose_first_name_is_a_places_is_a_person() -> None:
    """The tagger types "Georgia Vellmark" a place (it knows Georgia); the corpus names a
    person "Vellmark" alone in two articles, no more often than the full name: a person,
    and the lone name is hers.  Not on one article's lone word, not a building's or a
    park's name, and not where the lone word is named far more often than the pair."""
    seen = [("Georgia Vellmark", "LOC", 9), ("Vellmark", "PER", 2), ("Lyon Tarvo", "LOC", 4), ("Tarvo", "PER", 1),
            ("Lima Quillon Park", "LOC", 3), ("Lima Park", "LOC", 3), ("Park", "PER", 2),
            ("Osaka Quell", "LOC", 3), ("Quell", "PER", 40)]
    directory = ActorDirectory(seen)
    kinds = {name: directory.actor_of(name).type for name in ("Georgia Vellmark", "Lyon Tarvo", "Lima Park", "Osaka Quell")}
    assert kinds == {"Georgia Vellmark": "PER", "Lyon Tarvo": "LOC", "Lima Park": "LOC", "Osaka Quell": "LOC"}
    assert _one(directory, "Georgia Vellmark", "Vellmark")


def test_a_plural_in_ies_is_its_singular_in_y() -> None:
    directory = ActorDirectory([("Quorry", "PER", 30), ("Quorry", "ORG", 5), ("Quorries", "ORG", 20),
                                ("Harwick Ally", "ORG", 6), ("Harwick Allies", "ORG", 9),
                                ("Vell Zombie", "ORG", 4), ("Vell Zombies", "ORG", 7)])
    assert _one(directory, "Quorry", "Quorries")
    assert _one(directory, "Harwick Ally", "Harwick Allies")
    assert _one(directory, "Vell Zombie", "Vell Zombies")  # a singular in -ie, as before


def test_a_lone_word_is_the_one_body_whose_two_word_name_it_opens() -> None:
    """'Tarvo' for Tarvo Mae, which the corpus writes in full more often; not a firm's arm
    ('Orlen Music': Orlen is written alone more often; 'Vellmark Europe', named for a
    place), not where a person's name opens with the word too ('Brisk Ellery'), and not
    a surname of people named in full ('Ana Doyle', 'Ivo Doyle')."""
    directory = ActorDirectory([("Tarvo Mae", "ORG", 15), ("Tarvo", "PER", 6), ("Orlen Music", "ORG", 6),
                                ("Orlen", "ORG", 40), ("Vellmark Europe", "ORG", 8), ("Vellmark", "ORG", 3),
                                ("Brisk Mac", "ORG", 13),
                                ("Brisk", "PER", 6), ("Brisk Ellery", "PER", 3), ("Doyle Partners", "ORG", 9),
                                ("Doyle", "ORG", 3), ("Ana Doyle", "PER", 5), ("Ivo Doyle", "PER", 4)])
    assert _one(directory, "Tarvo Mae", "Tarvo")
    for long, lone in (("Orlen Music", "Orlen"), ("Vellmark Europe", "Vellmark"), ("Brisk Mac", "Brisk"),
                       ("Doyle Partners", "Doyle")):
        assert not _one(directory, long, lone), lone


def test_two_names_hyphenated_are_no_longer_name_a_lone_word_opens() -> None:
    """'Tarvo-Brisk' (a headline's 'Tarvo-Brisk overhaul'), when the corpus writes both
    halves alone, is a pair: 'Tarvo' is still the one body it opens, Tarvo Mae.  A
    hyphenated name with a half the corpus never writes alone ('Tarvo-Quell') is a name."""
    seen = [("Tarvo Mae", "ORG", 15), ("Tarvo", "ORG", 6), ("Brisk Mac", "ORG", 13), ("Brisk", "ORG", 5),
            ("Tarvo-Brisk", "LOC", 1)]
    directory = ActorDirectory(seen)
    assert _one(directory, "Tarvo Mae", "Tarvo") and _one(directory, "Brisk Mac", "Brisk")
    directory = ActorDirectory(seen[:-1] + [("Tarvo-Quell", "ORG", 1)])
    assert not _one(directory, "Tarvo Mae", "Tarvo")


def test_a_name_quoted_as_a_works_title_in_half_its_articles_is_no_actor() -> None:
    """'Harbour of Knives', set in quotation marks as a show's title in 3 of its 5 articles,
    is hidden; a paper quoted so in 3 of 40 ('Le Vell') and a body quoted in one article
    only are not, nor is a person."""
    seen = [("Harbour of Knives", "ORG", 5), ("Le Vell", "ORG", 40), ("Tarvo Union", "ORG", 1),
            ("Ana Quell", "PER", 4)]
    works = {"Harbour of Knives": 3, "Le Vell": 3, "Tarvo Union": 1, "Ana Quell": 4}
    directory = ActorDirectory(seen, works=works)
    hidden = {name for name, *_ in seen if directory.actor_of(name).hidden}
    assert hidden == {"Harbour of Knives"}
    assert not any(actor.hidden for actor in ActorDirectory(seen).actors)  # no marks, nothing hidden


def test_the_index_counts_the_articles_that_quote_a_name_as_a_work(tmp_path: Path) -> None:
    """From the articles to the directory: quoted as a show in two of three articles, the
    name leaves the actor list; the firm beside it stays."""
    corpus = tmp_path / "corpus"
    write(corpus / "a.txt", "Streaming deal\n\nQuellcast viewers can now watch 'Harbour of Knives' without a "
                            "subscription, Quellcast said on Monday.\n")
    write(corpus / "b.txt", "Quellcast offers 'Harbour of Knives'\n\nThe series comes to Quellcast customers "
                            "on Friday.\n")
    write(corpus / "c.txt", "Quellcast deal\n\nQuellcast will stream Harbour of Knives too, the firm said.\n")
    with Index.open([corpus], tmp_path / "ix") as index:
        index.update()
        assert index.actor_directory().works.get("Harbour of Knives") == 2
        names = {actor.name for actor in index.actors("", limit=50)}
        assert "Harbour of Knives" not in names and "Quellcast" in names


def test_an_outlet_quoting_its_own_name_does_not_make_it_a_work() -> None:
    """A paper that sets its own name in marks as its house style ("'Le Vell' examines")
    counts as no work there; another outlet quoting it so does."""
    from search.index.schema import work_terms

    actors = [("Le Vell", "ORG", 1, [], [], [], False, True), ("Harbour of Knives", "ORG", 1, [], [], [], False, True)]
    assert work_terms({"source": "Le Vell", "actors": actors}) == {"Harbour of Knives"}
    assert work_terms({"source": "The Harwick Post", "actors": actors}) == {"Le Vell", "Harbour of Knives"}
    assert work_terms({"actors": actors[:1] + [("Quellcast", "ORG", 1, [], [], [], False, False)]}) == {"Le Vell"}
