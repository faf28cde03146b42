import gzip
import json
import os
from pathlib import Path

from search.corpus import find_files, read_file

from .conftest import SEEDS, write


def test_folders_are_read_recursively_with_relative_ids(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "Title\n\nBody text here.")
    write(tmp_path / "deep" / "er" / "b.md", "Other\n\nMore text.")
    write(tmp_path / ".hidden" / "c.txt", "Hidden\n\nNot read.")
    write(tmp_path / "image.png", b"\x89PNG")
    write(tmp_path / "README.md", "About this folder")
    files, problems = find_files([tmp_path])
    assert [f.id_prefix for f in files] == ["a", "deep/er/b"]
    assert problems == []


def test_several_roots_prefix_ids_with_their_folder(tmp_path: Path) -> None:
    write(tmp_path / "one" / "x.txt", "A\n\nB.")
    write(tmp_path / "two" / "x.txt", "C\n\nD.")
    files, _ = find_files([tmp_path / "one", tmp_path / "two"])
    assert sorted(f.id_prefix for f in files) == ["one/x", "two/x"]


def test_missing_path_and_symlink_loop_are_reported(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "A\n\nB.")
    os.symlink(tmp_path, tmp_path / "loop")
    files, problems = find_files([tmp_path, tmp_path / "nope"])
    assert [f.id_prefix.split("/", 1)[-1] for f in files] == ["a"]
    reasons = " ".join(p.reason for p in problems)
    assert "no such file" in reasons and "symlink loop" in reasons


def test_seed_header_is_read_as_the_date() -> None:
    files, _ = find_files([SEEDS])
    read = read_file(files[0])
    article = read.articles[0]
    assert article.has_header and article.date == "2025-02-12"
    assert article.text.startswith("Updated February 12")


def test_jsonl_records_with_bad_lines_and_wrong_types(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "headline": "Good one", "text": "Body.", "pubDate": "2025-02-01"}),
        "{broken json",
        json.dumps({"title": 42, "body": "Title is a number.", "date": []}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "a1", "title": "Same id again", "content": "Second."}),
        json.dumps({"url": "https://x"}),
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    files, _ = find_files([path])
    read = read_file(files[0])
    assert [a.id for a in read.articles] == ["feed#a1", "feed#3", "feed#5"]
    assert read.articles[0].title == "Good one" and read.articles[0].date == "2025-02-01"
    assert read.articles[1].title == "42"  # a number is usable text
    by_line = {s.line: s.reason for s in read.skipped}
    assert "not valid JSON" in by_line[2]
    assert "'date' is list" in by_line[3]
    assert "not an object" in by_line[4]
    assert "no title or text" in by_line[6]


def test_gzipped_jsonl_and_json_arrays(tmp_path: Path) -> None:
    records = [{"id": i, "title": f"T{i}", "description": "D.", "source": "https://www.reuters.com/world/"}
               for i in range(3)]
    gz = tmp_path / "items.jsonl.gz"
    gz.write_bytes(gzip.compress("\n".join(json.dumps(r) for r in records).encode()))
    arr = write(tmp_path / "items.json", json.dumps({"articles": records}))
    for path, stem in ((gz, "items"), (arr, "items")):
        read = read_file(find_files([path])[0][0])
        assert [a.id for a in read.articles] == [f"{stem}#0", f"{stem}#1", f"{stem}#2"]
        assert read.articles[0].outlet == "https://www.reuters.com/world/"


def test_binary_and_empty_files_are_skipped_with_reasons(tmp_path: Path) -> None:
    binary = write(tmp_path / "bin.txt", b"\x00\x01\x02binary\x00")
    empty = write(tmp_path / "empty.txt", "  \n\n ")
    for path, reason in ((binary, "not a text file"), (empty, "empty file")):
        read = read_file(find_files([path])[0][0])
        assert read.articles == [] and reason in read.skipped[0].reason
