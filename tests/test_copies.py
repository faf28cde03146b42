"""Near-copies: the same story text under another headline, trimmed, or in other
furniture is one entry with "also published by"; the same topic in other words is not."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from search.index.copies import fingerprint, same_text
from search.index.store import Index

WIRE = [
    "Rescue teams in the eastern city of Hualien worked through the night to reach residents trapped in "
    "collapsed buildings after the strongest earthquake to hit Taiwan in a quarter of a century.",
    "The island's fire agency said more than a thousand people had been injured and dozens remained "
    "unaccounted for, many of them workers at quarries and tunnels along the coastal highway.",
    "Officials said the quake, measured at magnitude 7.4, struck shortly before eight in the morning as "
    "commuters were heading to work. Rail services were suspended across the island while engineers "
    "inspected tracks and bridges.",
    "Semiconductor makers said production lines were being checked and most staff had returned to work "
    "by the afternoon, easing fears of a lasting disruption to the supply of chips.",
]
OTHER_WORDS = [  # the same event, written by another newsroom
    "Taiwan was shaken on Wednesday by its most powerful tremor in twenty-five years, leaving buildings "
    "in Hualien leaning at perilous angles and sending rocks tumbling onto mountain roads.",
    "Television pictures showed people being helped out of windows with ladders, while the authorities "
    "opened shelters for residents whose homes were judged unsafe.",
    "Chipmakers reported only minor damage, and analysts expected output to recover within days.",
]


def _body(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


def test_edited_copies_are_the_same_text_and_other_words_are_not() -> None:
    original = fingerprint(_body(WIRE))
    assert original is not None
    trimmed = fingerprint(_body(WIRE[:2]))  # the last paragraphs cut
    furnished = fingerprint("Advertisement\n\n" + _body(WIRE) + "\n\nRead more: Asia news\nShare this story")
    rewrapped = fingerprint(textwrap.fill(_body(WIRE).upper(), 60))  # re-shaped, in capitals
    quoted = fingerprint(_body(WIRE).replace("said", "says"))  # lightly edited
    for copy in (trimmed, furnished, rewrapped, quoted):
        assert copy is not None and same_text(original, copy) and same_text(copy, original)
    other = fingerprint(_body(OTHER_WORDS))
    assert other is not None and not same_text(original, other)
    assert fingerprint("Too short to be sure about.") is None


def _records(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_copies_fold_into_one_entry_and_count_once_per_outlet(tmp_path: Path) -> None:
    records = [
        {"id": "wire", "title": "Taiwan quake: rescuers search collapsed buildings", "source": "Wire Service",
         "date": "2024-04-03", "body": _body(WIRE)},
        {"id": "paper", "title": "Hundreds hurt as strongest quake in 25 years hits Taiwan", "source": "Daily Paper",
         "date": "2024-04-03", "body": _body(WIRE[:3])},
        {"id": "paper-again", "title": "Taiwan earthquake: latest", "source": "Daily Paper",
         "date": "2024-04-04", "body": "UPDATED\n\n" + _body(WIRE)},
        {"id": "rival", "title": "Taiwan shaken by most powerful tremor in decades", "source": "Rival Times",
         "date": "2024-04-03", "body": _body(OTHER_WORDS)},
    ]
    index = Index.open([str(_records(tmp_path / "news.jsonl", records))], tmp_path / "ix")
    index.update(wait=True)
    found = index.search("taiwan", limit=None)
    assert found.total == 4 and found.folded == 2 and len(found.hits) == 2
    folded = next(hit for hit in found.hits if hit.also)
    assert {folded.id, *(r.id for r in folded.also)} == {"news#wire", "news#paper", "news#paper-again"}
    listed = index.matches("taiwan")
    assert len(listed) == 2 and listed.folded == 2
    assert listed.position_of("news#paper-again") == listed.position_of(folded.id)  # a folded copy: its group's row
    assert [r.id for r in index.copies_of("news#rival")] == []
    assert [r.id for r in index.copies_of("news#paper")] == ["news#wire", "news#paper-again"] or \
        [r.id for r in index.copies_of("news#paper")] == ["news#paper-again", "news#wire"]
    # Related articles: the copies first, as the same text (nearest in time first), then the rest.
    related = index.related("news#wire")
    assert [(r.id, r.why.same_text) for r in related] == \
        [("news#paper", True), ("news#paper-again", True), ("news#rival", False)]
    assert related[0].why.describe().startswith("the same text")
    # Counted once per outlet: the Daily Paper ran the text twice, the wire once, the rival its own.
    assert index.timeline("taiwan").total == 3

    # A copy arriving later is found against the index.
    later = tmp_path / "later.jsonl"
    _records(later, [{"id": "late", "title": "Quake toll rises", "source": "Evening Post", "date": "2024-04-05",
                      "body": _body(WIRE[1:])}])
    index.close()
    index = Index.open([str(tmp_path / "news.jsonl"), str(later)], tmp_path / "ix")
    index.update(wait=True)
    assert any(r.id.endswith("#late") for r in index.copies_of("news#wire"))
    again = index.search("quake")  # the four copies, and not the rival (it says "tremor")
    assert again.total == 4 and again.folded == 3 and len(again.hits) == 1
    index.close()


def test_a_stock_summary_under_other_headlines_is_not_one_story() -> None:
    """A feed item's short summary is judged with its headline: an outlet's stock summary
    over different stories is not a copy; the same item re-headlined by a desk is."""
    stock = "Five things you need to know about the coronavirus pandemic this morning, from our team."
    masks = fingerprint(stock, "Covid: Face masks return to classrooms as staff absences rise")
    tests = fingerprint(stock, "Covid: Daily tests for key workers and food bartering in lockdown")
    assert masks is not None and tests is not None and not same_text(masks, tests)
    item = ("The White House said the president warned that the United States would respond decisively if "
            "Russia moved further into Ukraine, in a call that lasted nearly an hour.")
    first = fingerprint(item, "Biden tells Ukrainian president US will respond decisively")
    again = fingerprint(item, "UPDATE 1-Biden tells Ukraine's president US will respond decisively")
    assert first is not None and again is not None and same_text(first, again)


def test_a_summary_of_links_to_other_stories_makes_no_item_a_copy() -> None:
    """A feed item whose summary is a list of links to other stories is judged by its
    own headline: the story it links to is not its copy, and its own re-headlined twin is."""
    linked = "Harbour board approves the quayside ferry terminal expansion after long delay"
    links = f"• {linked} • Live: news in brief"
    under = fingerprint(links, "Coastal towns along the bay count the cost of the long winter storms")
    plain = fingerprint("", linked)
    assert under is not None and plain is not None and not same_text(under, plain)
    again = fingerprint(links, "Coastal towns along the bay count the cost of the long winter storms in full")
    other = fingerprint("• Another list of links • Live: the day's news in brief",
                        "Coastal towns along the bay count the cost of the long winter storms in full")
    assert again is not None and other is not None and same_text(under, again) and same_text(under, other)
    long_list = links + " " + " ".join(["Growers say the frost came late and hard this spring."] * 6)
    kept = fingerprint(long_list, "Coastal towns along the bay count the cost of the long winter storms")
    assert kept is not None and kept.runs > under.runs  # a long body is its own text, bullets or not


def test_the_same_text_a_week_apart_is_a_series_not_a_copy() -> None:
    from datetime import datetime

    from search.index.copies import CopyFinder

    stock = "Test yourself on the news of the week with our quiz, and share your score with your friends."
    finder = CopyFinder(None)
    assert finder.copies("a", fingerprint(stock, "Quiz of the week"), datetime(2022, 1, 7)) == []
    assert finder.copies("b", fingerprint(stock, "Quiz of the week"), datetime(2022, 1, 14)) == []
    assert finder.copies("c", fingerprint(stock, "Quiz of the week"), datetime(2022, 1, 15)) == ["b"]


def test_a_fingerprint_loads_no_scipy_and_equals_the_whole_packages(tmp_path: Path) -> None:
    text = " ".join(WIRE)
    probe = ("import sys{first}\nfrom search.index.copies import fingerprint\n"
             "found = fingerprint(sys.argv[1])\nprint(found.values.hex(), found.runs, 'scipy' in sys.modules)")
    root = Path(__file__).resolve().parents[1]
    answers = [subprocess.run([sys.executable, "-c", probe.format(first=first), text], capture_output=True,
                              text=True, cwd=root, check=True).stdout.split()
               for first in ("", "\nimport datasketch")]
    bare, whole = answers
    assert bare[:2] == whole[:2] and int(bare[1]) > 8
    assert bare[2] == "False" and whole[2] == "True"  # the whole package brings SciPy; a fingerprint alone does not
