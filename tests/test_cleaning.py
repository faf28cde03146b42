"""The cleaner keeps every sentence and drops the furniture, by general rules."""

from search.cleaning import clean, derive_title
from search.corpus import find_files, read_file

from .conftest import SEEDS

FURNITURE = [
    "Close", "NATIONAL NEWS", "Politics", "Profile Picture", "BY ASSOCIATED PRESS", "Credit:",
    "AP Photo", "of the W...", "wp-block", "{padding", "Follow Lee", "X/Twitter", "Check out:",
    "Leave a Reply", "Our community starts with you", "Subscribe to any plan", "You may also like",
    "READ NEXT", "Omar Havana", "ZUMAPRESS", "via REUTERS", "Getty Images", "Caballero-Reynols",
    "Follow The Post", "Updated February 12, 2025",
]


def _seed(name: str):
    files, _ = find_files([SEEDS])
    raw = next(read_file(f).articles[0] for f in files if f.id_prefix.startswith(name))
    return raw, clean(raw.text)


def test_seed_headlines_and_derived_titles() -> None:
    assert _seed("002")[1].title.startswith("Trump says he and Putin could do something")
    assert _seed("003")[1].title == "Trump says he will meet with Putin in Budapest in bid to end Ukraine war"
    assert _seed("004")[1].title == "Trump: Putin Wants To End the War"
    for name in ("000", "001"):  # no headline in the text: a short title from the lead
        cleaned = _seed(name)[1]
        assert cleaned.title_derived and len(cleaned.title.split()) <= 13


def test_no_furniture_left_in_any_seed() -> None:
    for name in ("000", "001", "002", "003", "004"):
        body = _seed(name)[1].body
        for junk in FURNITURE:
            assert junk not in body, (name, junk)


def test_no_article_sentence_lost_in_seeds() -> None:
    kept = {
        "000": ["Defense Secretary Hegseth on the administration's vision",
                "Danielle Kurtzleben reported from Washington", "The conversations came as Trump's new"],
        "002": ["WASHINGTON (AP) — President Donald Trump on Friday", "Trump publicly sided with Putin"],
        "003": ["WASHINGTON — President Trump announced Thursday", "Hungary is the island of PEACE!",
                "Trump urged Zelensky for months"],
        "004": ["The White House has voiced optimism", "Kremlin spokesman Dmitry Peskov said."],
    }
    for name, sentences in kept.items():
        body = _seed(name)[1].body
        for sentence in sentences:
            assert sentence in body, (name, sentence)
    # The standfirst repeated in 004 is kept once; the headline repeated at the end of 002 goes.
    assert _seed("004")[1].body.count("The White House has voiced optimism") == 1
    assert "toward ending Russia’s war in Ukraine" not in _seed("002")[1].body.split("\n\n")[-1]


def test_rules_hold_for_another_site() -> None:
    text = "\n".join([
        "MENU", "World", "",
        "Talks resume in Geneva as envoys meet again",
        "", "Published 3 March 2024, 09:10 GMT", "", "By Jane Doe", "",
        "GENEVA (Reuters) — Envoys met again on Monday to resume talks that collapsed last year, officials said.",
        "", "Delegates arrive at the venue in Geneva on Monday. Jane Roe / EPA", "",
        "The talks are expected to last a week, a spokesperson said.", "",
        "Sign up for our morning newsletter", "", "Share this article", "",
        "Most read", "", "Talks resume in Geneva as envoys meet again",
    ])
    cleaned = clean(text)
    assert cleaned.title == "Talks resume in Geneva as envoys meet again" and not cleaned.title_derived
    assert cleaned.body.split("\n\n") == [
        "GENEVA (Reuters) — Envoys met again on Monday to resume talks that collapsed last year, officials said.",
        "The talks are expected to last a week, a spokesperson said.",
    ]


def test_hard_wrapped_paragraphs_are_joined_and_headlines_may_be_questions() -> None:
    text = ("What now for British tennis?\n\nTim Henman's decision to quit has left the team with a\n"
            "problem that will not be solved quickly, the captain said on Monday.\n\nWhy? Nobody knows.\n")
    cleaned = clean(text)
    assert cleaned.title == "What now for British tennis?"
    assert cleaned.body.split("\n\n")[0].endswith("the captain said on Monday.")
    assert cleaned.body.endswith("Why? Nobody knows.")


def test_known_title_from_a_record_is_used_and_not_repeated() -> None:
    cleaned = clean("Markets fall\n\nShares fell sharply on Tuesday.", title="Markets fall")
    assert cleaned.title == "Markets fall" and cleaned.body == "Shares fell sharply on Tuesday."


def test_derive_title_skips_the_dateline_and_cuts_at_a_word() -> None:
    title = derive_title("WASHINGTON (AP) — President Donald Trump on Friday said his administration has "
                         "already had very serious discussions with Russia.")
    assert title.startswith("President Donald Trump on Friday") and title.endswith("…")


def test_a_feeds_link_to_the_full_text_is_cut_and_reported() -> None:
    """Feeds end a description with a link label run on into the text; it goes, said so,
    in any shape the text comes in. Sentences that only mention reading stay."""
    endings = {"Read Full Article at Harwick.example": "Read Full Article at Harwick.example",
               "Continue reading...": "Continue reading...",
               "The post Mill talks end appeared first on Harwick Courier.":
                   "The post Mill talks end appeared first on Harwick Courier."}
    text = "Talks at the Dunmore mill ended without a deal on Friday, the union said"
    for ending, label in endings.items():
        for shape in (f"{text} {ending}", f"{text}.\n{ending}", f"{text}. {ending}".replace(" the ", "\nthe ")):
            cleaned = clean(shape, title="Mill talks end")
            assert cleaned.furniture == (label,) and not cleaned.whole, shape
            assert cleaned.body.split() == shape.replace(ending, "").split()  # not a word of the text lost
    for sentence in ("Talks ended, and you can read more at the Dunmore library.",
                     "Critics said Read More Books was a flop at the box office this week, its maker said.",
                     "The mill closed. Read more"):
        assert clean(sentence, title="Mill").body == sentence


def test_a_photo_credit_line_is_cut_in_any_case() -> None:
    """"Odile Marsan / AFP" under a picture's caption: in lower case a capital says nothing,
    and the line is still a credit; the story's words are all kept."""
    story = ("The harbour reopened on Tuesday after a week of repairs to the north quay.\n\n"
             "Cranes stand idle on the north quay at dawn\n\n"
             "Odile Marsan / AFP\n\n"
             "Ferries resumed their crossings in the afternoon, the port authority said.\n")
    for case in (str, str.lower):
        cleaned = clean(case("Harbour reopens\n\n" + story))
        assert [r.rule for r in cleaned.removed] == ["photo caption", "photo credit"], case
        assert "ferries resumed" in cleaned.body.lower() and "repairs to the north quay" in cleaned.body.lower()


def test_an_agency_dateline_of_a_place_and_a_full_date_is_a_dateline_that_dates_the_article() -> None:
    """'HARWICK 2019-05-02' alone on a line above the story, as agency copy sets it: the
    place it was filed from and the day, furniture whose date is the publication date; a
    place and a year alone are no date."""
    from search.publication import publication_date

    for line, day in (("HARWICK 2019-05-02", "2019-05-02"), ("AL-ORVA, West Vell 2019-05-03", "2019-05-03"),
                      ("NEW HARWICK, May 4, 2019", "2019-05-04")):
        text = f"Port strike ends\n\nAna Lutz\n\n{line}\n\nThe strike at the port of Harwick ended on Monday after talks."
        cleaned = clean(text)
        assert line not in cleaned.body and [r.rule for r in cleaned.removed if r.text == line] == ["dateline"]
        dated = publication_date(cleaned.removed, cleaned.body)
        assert dated.when is not None and dated.when.date().isoformat() == day, (line, dated)
    cleaned = clean("Port strike ends\n\nHARWICK 2019\n\nThe strike at the port of Harwick ended on Monday after talks.")
    assert publication_date(cleaned.removed, cleaned.body).when is None


def test_a_score_or_a_tables_row_of_numbers_is_no_dateline() -> None:
    """'6-4 6-2' under a tennis result, '(1-0)' under a score, '1996 1995' over a table and
    '43,100' after a line-up are the story's facts, not the date it was filed: they stay."""
    body = ("Ana Lutz (Harwick) beat Ida Marsh (Orlen) in the final on Sunday afternoon.\n\n6-4 6-2\n\n"
            "Harwick Rovers 2 Orlen Town 1\n\n(1-0)\n\n1996 1995\n\nOutput 45.2 41.9\n\n12.50 12.75\n\n43,100\n\n"
            "The crowd was the largest of the season, and the club said it would add seats next year.")
    cleaned = clean(f"Results\n\n{body}")
    for piece in ("6-4 6-2", "(1-0)", "1996 1995", "12.50 12.75", "43,100"):
        assert piece in cleaned.body, piece
    assert not [r for r in cleaned.removed if r.rule == "dateline"]


def test_a_name_alone_above_an_agency_dateline_is_the_reporters_byline() -> None:
    from search.entities.actors import article_actors

    text = ("Port strike ends\n\nTamsin Okoro\n\nHARWICK 2019-05-02\n\n"
            "The strike at the port of Harwick ended on Monday after talks led by Ana Lutz.")
    cleaned = clean(text)
    assert ("Tamsin Okoro", "byline") in [(r.text, r.rule) for r in cleaned.removed]
    assert "Tamsin Okoro" not in {a.name for a in article_actors(cleaned.title, cleaned.body)[0]}


def test_text_in_capitals_gives_no_date_from_the_words_of_its_story() -> None:
    """In capitals every word looks like a place, and a paragraph the wrapping hid may end on
    a line of its own: neither 'YEAR TO DECEMBER 30, 2018' nor 'JUNE 30, 2019.' is a dateline."""
    from search.publication import publication_date

    text = ("PORT STRIKE ENDS\n\nYEAR TO DECEMBER 30, 2018\n\nTHE PORT HANDLED THREE MILLION TONNES IN THE YEAR, "
            "THE HARWICK PORT AUTHORITY SAID ON MONDAY, AND THE UNION SAID IT WOULD STAY ON STRIKE UNTIL\n\n"
            "JUNE 30, 2019.\n\nTHE TALKS WILL GO ON THROUGH THE SUMMER, BOTH SIDES SAID IN A JOINT STATEMENT ON MONDAY.")
    cleaned = clean(text)
    assert "JUNE 30, 2019." in cleaned.body
    assert publication_date(cleaned.removed, cleaned.body).when is None
