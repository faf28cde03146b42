from search.entities import article_actors, find_mentions


def test_titles_and_possessives_are_not_part_of_names() -> None:
    text = "Russian President Vladimir Putin met reporters. Putin's aide said Mr. Putin was tired."
    mentions = find_mentions(text)
    assert {m.text for m in mentions} == {"Vladimir Putin", "Putin"}
    assert all(text[m.start:m.end] == m.text for m in mentions)


def test_surnames_resolve_to_the_full_name_within_an_article() -> None:
    actors = article_actors("Hegseth in Brussels", "Defense Secretary Pete Hegseth spoke. Hegseth said no.")
    hegseth = next(a for a in actors if a.name == "Pete Hegseth")
    assert hegseth.type == "PER" and hegseth.mentions == 3 and "Hegseth" in hegseth.aliases


def test_organisations_by_their_words_and_acronyms() -> None:
    types = {m.text: m.type for m in find_mentions("Officials at NATO and the U.S. Department of Defense agreed.")}
    assert types["NATO"] == "ORG" and types["U.S. Department of Defense"] == "ORG"
