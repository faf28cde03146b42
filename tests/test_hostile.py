"""Hostile input and failures: every byte of a corpus is assumed hostile and every
run may be killed.  The tests build their own hostile corpus."""

from __future__ import annotations

import codecs
import errno
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from search import Index, IndexUnavailable, Question
from search.corpus import find_files

from .conftest import ROOT, write

GOOD = "{title}\n\nOfficials in Lisbon said on Tuesday that the {word} talks would go on, reporters said.\n"
PY = sys.executable


def _good(word: str) -> str:
    return GOOD.format(title=f"Talks on {word} resume", word=word)


def hostile_corpus(root: Path) -> dict[str, str]:
    """Writes the corpus; returns {relative path: what the report must say} for
    files that must be skipped (files not listed must be indexed)."""
    bad: dict[str, str] = {}
    write(root / "plain.txt", _good("plainword"))
    write(root / "latin1.txt", _good("café").encode("cp1252"))
    write(root / "utf16.txt", codecs.BOM_UTF16_LE + _good("utfsixteen").encode("utf-16-le"))
    write(root / "bom8.txt", codecs.BOM_UTF8 + _good("bomword").encode())
    write(root / "invalid-utf8.txt", _good("invalidword").encode() + b"\xff\xfe\xfa broken bytes \xc3\x28\n")
    write(root / "nul.txt", _good("nulword").encode() + b"\x00" * 40 + b"binary tail\x00\x01\x02")
    bad["nul.txt"] = "not a text file"
    write(root / "binary.txt", bytes(range(256)) * 40)
    bad["binary.txt"] = "not a text file"
    write(root / "empty.txt", b"")
    bad["empty.txt"] = "empty"
    write(root / "blank.txt", " \n\t\n   \n")
    bad["blank.txt"] = "empty"
    # A 20 MB article and a single 1 MB line.
    paragraph = "Delegates from Lisbon met again on Tuesday and the hugeword talks went on ({}). " * 12
    write(root / "huge.txt", "A very long article\n\n" + "\n\n".join(paragraph.replace("{}", str(i)) for i in range(20_000)))
    write(root / "oneline.txt", "One enormous line " + "longlineword and more words " * 37_000)
    deep = root.joinpath(*[f"d{i}" for i in range(60)])
    write(deep / "deep.txt", _good("deepword"))
    (root / "loop").mkdir()
    os.symlink(root / "loop", root / "loop" / "again")
    for i in range(300):
        write(root / "dups" / f"copy{i:03}.txt", _good("dupword"))
    # Impossible dates: the article is kept without a date.
    for name, stamp in (("month13.txt", "2025-13-45"), ("y9999.txt", "9999-01-01"), ("old.txt", "1850-03-01")):
        write(root / "dates" / name, f" date {stamp}\n\n" + _good(f"date{name[:3]}word"))
    # Markup, ANSI and OSC in names and text.
    write(root / os.fsdecode(b"undecodable-\xff-name.txt"), _good("undecodableword"))
    write(root / "[bold]inj\x1b[6n[@click=app.quit]x[/].txt",
          "[@click=app.quit]Injected[/] \x1b[2J\x1b]52;c;aGVsbG8=\x07 title\n\n"
          "Ivan [link=file:///etc/passwd]Petrov[/link] said \x1b]8;;http://evil.example/\x07here\x1b]8;;\x07 "
          "\u202etxt.exe\u202c and zero\u200bwidth [/] [bold in Lisbon on Tuesday.\n")
    lines = [
        json.dumps({"id": "j1", "title": "Feed item one", "body": "Jsonword one from Lisbon."}),
        "{broken",
        json.dumps({"id": "j3", "title": 42, "body": "A number as title, jsonword three.", "date": []}),
        json.dumps({"id": "j4"}),
        json.dumps({"id": "j5", "title": "Big record", "body": "jsonword five " + "x" * 5_000_000}),
        json.dumps({"id": "j6", "title": "Bad date", "body": "Jsonword six came from Lisbon on Tuesday, officials said.", "date": "2025-13-45"}),
        "[1, 2, 3]",
    ]
    write(root / "feed.jsonl", "\n".join(lines) + "\n")
    return bad


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("hostile")
    bad = hostile_corpus(root)
    index = Index.open([root], tmp_path_factory.mktemp("hostile-ix"))
    report = index.update()
    yield root, bad, index, report
    index.close()


def _ids(index: Index, query: str) -> set[str]:
    """Every article with the word `query`, near-copies folded into a hit included (these
    articles are one template with a word changed: near-copies of one another)."""
    found = set()
    for hit in index.search(query, limit=None).hits:
        found.add(hit.id)
        for copy in hit.also:
            article = index.article(copy.id)
            if query.casefold() in f"{article.title} {article.body}".casefold():
                found.add(copy.id)
    return found


@pytest.mark.slow
def test_bad_files_are_reported_and_the_rest_indexed(hostile) -> None:  # type: ignore[no-untyped-def]
    root, bad, index, report = hostile
    reasons = {str(Path(s.path).relative_to(root)) if s.path.startswith(str(root)) else s.path: s.reason
               for s in report.skipped if s.line is None}
    for name, reason in bad.items():
        assert reason in reasons[name], (name, reasons.get(name))
    assert any("loop" in s.path and "loop" in s.reason for s in report.skipped)
    for word in ("undecodableword", "plainword", "café", "utfsixteen", "bomword", "invalidword", "deepword", "hugeword",
                 "longlineword", "jsonword"):
        assert _ids(index, word), f"{word} was not indexed"
    assert len(_ids(index, "dupword")) == 1 and report.duplicates == 299
    huge = index.article(next(iter(_ids(index, "hugeword"))))
    assert len(huge.body) <= 2_000_000
    assert any("very long article" in s.reason for s in report.skipped if s.path.endswith("huge.txt"))


@pytest.mark.slow
def test_bad_records_and_dates_are_reported_with_lines(hostile) -> None:  # type: ignore[no-untyped-def]
    root, _, index, report = hostile
    feed = {s.line: s.reason for s in report.skipped if s.path.endswith("feed.jsonl")}
    assert "not valid JSON" in feed[2] and "'date' is list" in feed[3] and "no title or text" in feed[4]
    assert "date ignored" in feed[6] and "not an object" in feed[7]
    assert {"feed#j1", "feed#j3", "feed#j5", "feed#j6"} <= _ids(index, "jsonword")
    assert index.article("feed#j6").published is None
    for name in ("month13", "y9999", "old"):
        article = index.article(f"dates/{name}")
        assert article.published is None, name
        assert any(s.path.endswith(f"{name}.txt") and "date ignored" in s.reason for s in report.skipped)


@pytest.mark.slow
def test_injected_text_is_inert_in_library_and_cli(hostile, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root, _, index, _ = hostile
    [found] = [hit for hit in index.search("injected", limit=None).hits]
    article = index.article(found.id)
    for text in (article.title, article.body, found.id, found.snippet):
        assert not any(ord(ch) < 32 and ch not in "\n\t" or 0x7f <= ord(ch) < 0xa0 for ch in text)
        assert "\u202e" not in text and "\u200b" not in text
    assert "[@click=app.quit]Injected[/]" in article.title
    env = {**os.environ, "COLUMNS": "120"}
    for args in (["search", "injected"], ["search", "injected", "--json"], ["show", found.id],
                 ["actors", "--json"], ["index", "--json"]):
        done = subprocess.run([PY, "-m", "tui", *args, "--corpus" if args[0] != "index" else "", str(root),
                               "--index-dir", str(index.directory)] if args[0] != "index" else
                              [PY, "-m", "tui", *args, str(root), "--index-dir", str(index.directory)],
                              capture_output=True, env=env, cwd=ROOT, timeout=300)
        assert done.returncode == 0, done.stderr[-500:]
        for stream in (done.stdout, done.stderr):
            assert b"\x1b]52" not in stream and b"\x1b]8;;http://evil" not in stream and b"\x1b[2J" not in stream
            assert b"\x1b[6n" not in stream  # from a file name
            assert "\u202e".encode() not in stream


def test_unreadable_file_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    write(corpus / "ok.txt", _good("okword"))
    locked = write(corpus / "locked.txt", _good("lockedword"))
    real_open = open

    def guarded(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(path) == str(locked):  # as chmod 000 does for anyone but root
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", guarded)
    with Index.open([corpus], tmp_path / "ix") as index:
        report = index.update()
        assert _ids(index, "okword") and not _ids(index, "lockedword")
    assert any(s.path == str(locked) and "Permission denied" in s.reason for s in report.skipped)


def test_file_rewritten_or_deleted_while_indexing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from search.index import incremental

    corpus = tmp_path / "corpus"
    first = write(corpus / "a.txt", _good("beforeword"))
    doomed = write(corpus / "b.txt", _good("doomedword"))
    real = incremental.read_file

    def meddling(file):  # type: ignore[no-untyped-def]
        read = real(file)
        if file.path == str(first):  # rewritten just after it was read
            first.write_text(_good("afterword"))
            os.utime(first, ns=(time.time_ns() + 10**9,) * 2)
            doomed.unlink()  # and another file deleted before it is read
        return read

    monkeypatch.setattr(incremental, "read_file", meddling)
    with Index.open([corpus], tmp_path / "ix") as index:
        report = index.update()
        assert any(s.path == str(doomed) for s in report.skipped)
        monkeypatch.setattr(incremental, "read_file", real)
        index.update()  # the next run sees the rewrite
        assert _ids(index, "afterword") and not _ids(index, "beforeword") and not _ids(index, "doomedword")


# Crashes and concurrency ---------------------------------------------------------------

def _kill_corpus(root: Path) -> set[str]:
    ids = set()
    for i in range(700):
        write(root / f"f{i // 100}" / f"a{i:04}.txt", _good(f"word{i}") + f"Unique sentence number {i}.\n")
        ids.add(f"f{i // 100}/a{i:04}")
    records = [json.dumps({"id": f"r{i}", "title": f"Record {i}", "body": f"Feed body {i} from Lisbon."})
               for i in range(1500)]
    write(root / "feed.jsonl", "\n".join(records))
    ids.update(f"feed#r{i}" for i in range(1500))
    for i in range(40):
        write(root / "dups" / f"d{i}.txt", _good("samecopy"))
    ids.add("dups/d0")
    return ids


def _index_cmd(corpus: Path, index_dir: Path) -> list[str]:
    return [PY, "-m", "tui", "index", str(corpus), "--index-dir", str(index_dir)]


def _all_ids(index_dir: Path, corpus: Path) -> list[str]:
    with Index.open([corpus], index_dir) as index:
        # Every article, the near-copies folded into a hit too (the corpus is one template).
        return [article for hit in index.search(Question(sort="date"), limit=None).hits
                for article in (hit.id, *(copy.id for copy in hit.also))]


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_nothing_and_repeats_nothing(tmp_path: Path) -> None:
    corpus, index_dir = tmp_path / "corpus", tmp_path / "ix"
    expected = _kill_corpus(corpus)
    rng = random.Random(20)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for trial in range(20):
        child = subprocess.Popen(_index_cmd(corpus, index_dir), stdout=subprocess.DEVNULL,
                                 stderr=subprocess.PIPE, env=env, cwd=ROOT, start_new_session=True)
        time.sleep(rng.uniform(0.3, 3.0))
        os.killpg(child.pid, signal.SIGKILL)  # the command and its worker processes
        _, err = child.communicate()
        assert b"Traceback" not in err, (trial, err[-800:])
        if trial % 5 == 4:  # now and then, change the corpus between kills
            write(corpus / "late" / f"late{trial}.txt", _good(f"late{trial}"))
            expected.add(f"late/late{trial}")
    done = subprocess.run(_index_cmd(corpus, index_dir), capture_output=True, env=env, cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stderr[-800:]
    ids = _all_ids(index_dir, corpus)
    assert len(ids) == len(set(ids)), "an article was indexed twice"
    assert set(ids) == expected


def _in_group(group: int) -> list[int]:
    """The processes of a process group still running (zombies are gone already)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_bytes()
            except OSError:
                continue
            fields = stat[stat.rindex(b")") + 2:].split()
            if int(fields[2]) == group and fields[0] != b"Z":
                found.append(int(entry))
    return found


_WORKER_HANDLER = """
import concurrent.futures, multiprocessing, signal, sys
from search.index.writers import deaf_forkserver

def handler(_):
    return signal.getsignal(signal.SIGINT) == signal.SIG_IGN

if __name__ == "__main__":
    if sys.argv[1] == "deaf":
        deaf_forkserver()
    context = multiprocessing.get_context("forkserver")
    with concurrent.futures.ProcessPoolExecutor(2, mp_context=context) as pool:  # no initializer
        print(all(pool.map(handler, range(4))))
"""


@pytest.mark.parametrize(("how", "ignored"), [("deaf", b"True"), ("plain", b"False")])
def test_workers_forked_after_deaf_forkserver_ignore_ctrl_c_from_birth(tmp_path: Path, how: str,
                                                                      ignored: bytes) -> None:
    """A worker still importing its modules when Ctrl-C comes has not yet run its initializer:
    it must be born ignoring Ctrl-C, or it prints a KeyboardInterrupt.  (The plain forkserver,
    for contrast, hands its children Python's default handler.)"""
    script = tmp_path / "probe.py"
    script.write_text(_WORKER_HANDLER, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    # as from a terminal: a suite started in the background ignores Ctrl-C, and so would its children
    done = subprocess.run([sys.executable, str(script), how], capture_output=True, env=env, cwd=ROOT, timeout=120,
                          preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert done.returncode == 0, done.stderr[-800:]
    assert done.stdout.strip() == ignored


@pytest.mark.slow
@pytest.mark.parametrize(("stop", "whole_group", "said"), [
    (signal.SIGTERM, False, b"newsdesk: stopped"),  # `kill PID`: the command alone
    (signal.SIGINT, True, b"newsdesk: interrupted"),  # Ctrl-C: every process of the terminal's group
])
def test_a_kill_stops_the_build_and_every_worker_it_started(tmp_path: Path, stop: signal.Signals,
                                                            whole_group: bool, said: bytes) -> None:
    """`kill` of `newsdesk index`, or Ctrl-C, once its worker processes run: it says so,
    no worker prints a traceback or is left behind (after a kill, Whoosh's sub-writers
    and the build's workers waited on their queues for good); the next run finishes
    the corpus."""
    corpus, index_dir = tmp_path / "corpus", tmp_path / "ix"
    expected = _kill_corpus(corpus)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    # As from a terminal: a suite started in the background (`.ci/run &`) ignores SIGINT,
    # and so would the command it starts, as the shell's rules want.
    child = subprocess.Popen(_index_cmd(corpus, index_dir), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             env=env, cwd=ROOT, start_new_session=True,
                             preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        deadline = time.monotonic() + 120
        while len(_in_group(child.pid)) < 4 and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)  # the command, the forkserver and workers
        assert child.poll() is None and len(_in_group(child.pid)) >= 4, "the build started no workers"
        time.sleep(1.0)
        (os.killpg if whole_group else os.kill)(child.pid, stop)
        _, err = child.communicate(timeout=120)
        assert child.returncode == 128 + stop and said in err and b"Traceback" not in err, err[-800:]
        deadline = time.monotonic() + 20
        while _in_group(child.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _in_group(child.pid) == []
    finally:
        if _in_group(child.pid):
            os.killpg(child.pid, signal.SIGKILL)
    done = subprocess.run(_index_cmd(corpus, index_dir), capture_output=True, env=env, cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stderr[-800:]
    assert set(_all_ids(index_dir, corpus)) == expected


@pytest.mark.slow
def test_two_processes_indexing_and_a_reader_at_once(tmp_path: Path) -> None:
    corpus, index_dir = tmp_path / "corpus", tmp_path / "ix"
    expected = _kill_corpus(corpus)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    runs = [subprocess.Popen(_index_cmd(corpus, index_dir), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env=env, cwd=ROOT) for _ in range(2)]
    reader = subprocess.Popen([PY, "-m", "tui", "search", "lisbon", "--json", "--corpus", str(corpus),
                               "--index-dir", str(index_dir)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              env=env, cwd=ROOT)
    for process in [*runs, reader]:
        out, err = process.communicate(timeout=600)
        assert process.returncode == 0 and b"Traceback" not in err, err[-800:]
    done = subprocess.run(_index_cmd(corpus, index_dir), capture_output=True, env=env, cwd=ROOT, timeout=600)
    assert done.returncode == 0
    ids = _all_ids(index_dir, corpus)
    assert len(ids) == len(set(ids)) and set(ids) == expected


@pytest.mark.parametrize("error", [errno.ENOSPC, errno.EROFS])
def test_full_disk_or_read_only_cache_keeps_the_previous_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               error: int) -> None:
    from whoosh.filedb.filestore import FileStorage

    corpus = tmp_path / "corpus"
    write(corpus / "a.txt", _good("firstword"))
    with Index.open([corpus], tmp_path / "ix") as index:
        index.update()
    write(corpus / "b.txt", _good("secondword"))

    def failing(self, name, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(error, os.strerror(error))

    with Index.open([corpus], tmp_path / "ix") as index:
        monkeypatch.setattr(FileStorage, "create_file", failing)
        with pytest.raises(IndexUnavailable) as raised:
            index.update()
        assert os.strerror(error) in str(raised.value) and "previous index is unchanged" in str(raised.value)
        assert _ids(index, "firstword") and not _ids(index, "secondword")
        monkeypatch.undo()
        index.update()
        assert _ids(index, "secondword")


def test_truncated_index_files_are_rebuilt_without_a_traceback(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    for i in range(30):
        write(corpus / f"a{i}.txt", _good(f"word{i}"))
    with Index.open([corpus], tmp_path / "ix") as index:
        index.update()
        directory = index.directory
    for part in sorted(directory.glob("*.seg"), key=lambda p: p.stat().st_size)[-1:]:
        part.write_bytes(part.read_bytes()[: part.stat().st_size // 3])
    with Index.open([corpus], tmp_path / "ix") as index:
        index.update()
        assert len(_ids(index, "lisbon")) == 30
        assert index.notices and "rebuilding" in index.notices[0]


def test_an_index_never_deletes_what_it_did_not_write(tmp_path: Path) -> None:
    """--index-dir given a folder that holds other things (the corpus itself, a home
    folder): refused with a clear message, and nothing in it touched; also when an old
    index is rebuilt in a folder where someone has since put a file."""
    corpus = tmp_path / "corpus"
    write(corpus / "a.txt", _good("harbour"))
    write(corpus / "notes" / "b.md", _good("quay"))
    before = {path: path.read_bytes() for path in corpus.rglob("*") if path.is_file()}
    with pytest.raises(IndexUnavailable, match="not an index"):
        Index.open([corpus], corpus)
    done = subprocess.run(_index_cmd(corpus, corpus), capture_output=True, cwd=ROOT, timeout=600)
    assert done.returncode == 1 and b"not an index" in done.stderr and b"Traceback" not in done.stderr
    assert {path: path.read_bytes() for path in corpus.rglob("*") if path.is_file()} == before

    folder = tmp_path / "ix"
    with Index.open([corpus], folder) as index:
        index.update()
    write(folder / "diary.txt", "mine")
    (folder / ".hidden").write_text("mine too", encoding="utf-8")
    with pytest.raises(IndexUnavailable, match="diary.txt"):
        Index.open([corpus], folder, rebuild=True)
    assert (folder / "diary.txt").read_text(encoding="utf-8") == "mine"
    (folder / "diary.txt").unlink()
    with Index.open([corpus], folder, rebuild=True) as index:  # a hidden file neither stops it nor goes
        index.update()
        assert _ids(index, "harbour")
    assert (folder / ".hidden").read_text(encoding="utf-8") == "mine too"


def test_a_folder_another_process_is_making_an_index_in_is_no_shared_folder(tmp_path: Path) -> None:
    """What an index holds while another process writes it (a table of contents written
    under a temporary name, a segment's parts, Whoosh's temporary files, SQLite journals,
    the actors file's temporary copy) is the index's, not someone's files: no refusal."""
    corpus = tmp_path / "corpus"
    write(corpus / "a.txt", _good("harbour"))
    folder = tmp_path / "ix"
    folder.mkdir()
    for name in ("_MAIN_0.toc.1764831102.4637134", "MAIN_0721sw88ms17tlvn.pst", "MAIN_WRITELOCK",
                 "k3j5h2g1f0d9s8a7p6o5i4u3y2t1.tmp", "manifest.sqlite-journal", "extractions.sqlite-wal",
                 "actors.pickle8x_2kq1z", "newsdesk.lock"):
        (folder / name).write_bytes(b"")
    with Index.open([corpus], folder) as index:
        index.update()
        assert _ids(index, "harbour")


def test_acknowledged_state_survives_sigkill(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    script = ("import sys, time\nfrom pathlib import Path\nfrom search.state import ReadingState\n"
              "s = ReadingState('c', Path(sys.argv[1]))\n"
              "for i in range(50):\n    s.set_read(f'a{i}')\n"
              "s.set_starred('a7', True)\ns.put('query', 'putin')\nprint('ok', flush=True)\ntime.sleep(60)\n")
    child = subprocess.Popen([PY, "-c", script, str(path)], stdout=subprocess.PIPE, cwd=ROOT,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert child.stdout is not None and child.stdout.readline().strip() == b"ok"
    child.kill()
    child.wait()
    from search.state import ReadingState

    state = ReadingState("c", path)
    assert all(state.is_read(f"a{i}") for i in range(50))
    assert state.is_starred("a7") and state.get("query") == "putin"


def test_scanning_reports_a_folder_that_vanishes(tmp_path: Path) -> None:
    files, problems = find_files([tmp_path / "nowhere"])
    assert not files and "no such file or folder" in problems[0].reason


# The terminal itself ---------------------------------------------------------------------

INJECTED_CSI = (b"\x1b[5i", b"\x1b[6n", b"\x1b[21t", b"\x1b[3J")  # sequences Textual itself never writes


def _injection_corpus(root: Path) -> None:
    csi = "".join(seq.decode() for seq in INJECTED_CSI)
    write(root / "inject\x1b[6n[@click=app.quit]name.txt",
          f"Zebulon [@click=app.quit]Headline[/] {csi}\x1b]52;c;aGVsbG8=\x07 report\n\n"
          "Zebulon Quartermaine, the mayor of Lisbon, met Ivan Petrov on Tuesday to discuss the harbour, "
          "officials said.\n\n"
          f"Mayor Quartermaine [link=file:///etc/passwd]met[/link] \x1b]8;;http://evil.example/\x07the "
          f"press\x1b]8;;\x07 in Lisbon on Tuesday {csi}, and \u202eofficials\u202c said the talks went well. "
          "\"We will not [bold stop\x1b]52;c;cHduZWQ=\x07 now,\" Quartermaine said [/] at the harbour.\n")
    write(root / "plain.txt", _good("plainword"))


def _drive_in_pty(command: list[str], keys: list[tuple[float, bytes]], env: dict[str, str]) -> bytes:
    import fcntl
    import pty
    import select
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 140, 0, 0))
    child = subprocess.Popen(command, stdin=slave, stdout=slave, stderr=slave, env=env, cwd=ROOT,
                             start_new_session=True)
    os.close(slave)
    out = bytearray()
    started = time.monotonic()
    pending = list(keys)
    try:
        while time.monotonic() - started < 90 and child.poll() is None:
            ready, _, _ = select.select([master], [], [], 0.05)
            if ready:
                try:
                    out += os.read(master, 65536)
                except OSError:
                    break
            if pending and b"Zebulon" in out and time.monotonic() - started >= pending[0][0]:
                os.write(master, pending.pop(0)[1])
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
        os.close(master)
    return bytes(out)


@pytest.mark.slow
def test_no_escape_sequence_from_articles_reaches_the_terminal(tmp_path: Path) -> None:
    corpus, index_dir = tmp_path / "corpus", tmp_path / "ix"
    _injection_corpus(corpus)
    with Index.open([corpus], index_dir) as index:
        index.update()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TERM": "xterm-256color", "COLUMNS": "140", "LINES": "40"}
    keys = [(4, b"\r"), (6, b"\t"), (7, b"\t"), (8, b"?"), (9, b"\x1b"), (10, b"\x10"), (11, b"zebulon"),
            (12, b"\x1b"), (13, b"/"), (14, b"zebulon\r"), (16, b"!"), (17, b"\x11")]
    stream = _drive_in_pty([PY, "-m", "tui", str(corpus), "--index-dir", str(index_dir)], keys, env)
    assert b"Zebulon" in stream and b"Quartermaine" in stream  # the article was drawn
    assert b"[@click=app.quit]" in stream  # as text
    for sequence in (*INJECTED_CSI, b"\x1b]52", b"\x1b]8;;http://evil", "\u202e".encode()):
        assert sequence not in stream, sequence


@pytest.mark.slow
@pytest.mark.asyncio
async def test_terminal_sizes_and_resizing_while_indexing(tmp_path: Path) -> None:
    from search.state import ReadingState
    from tui.app import NewsdeskApp
    from tui.components.article_list import ArticleList

    corpus = tmp_path / "corpus"
    expected = _kill_corpus(corpus)
    app = NewsdeskApp([str(corpus)], str(tmp_path / "ix"), state=ReadingState("t", tmp_path / "state.sqlite"))
    sizes = [(20, 6), (300, 100), (40, 12), (21, 7), (160, 50), (80, 24), (300, 6), (20, 100)]
    async with app.run_test(size=(120, 40)) as pilot:
        resized_while_indexing = 0
        for _ in range(600):
            for size in sizes:
                await pilot.resize_terminal(*size)
                await pilot.pause(0.01)
                resized_while_indexing += app.reader.indexing
            await pilot.press("down", "enter", "tab")
            if not app.reader.indexing:
                break
        assert resized_while_indexing >= 3  # the resizing did overlap the indexing
        await pilot.resize_terminal(120, 40)
        # The keys pressed in every pane may have chosen a date preset ("last 7 days") or an
        # actor, as often as the indexing lasted: clear them, as the command "Clear actors and dates" does.
        app.reader.action_clear_filters()
        for _ in range(400):
            matches = app.query_one(ArticleList).matches
            if matches is not None and len(matches) + matches.folded == len(expected):
                break
            await pilot.pause(0.05)
        listed = app.query_one(ArticleList).matches
        assert app.is_running and len(listed) + listed.folded == len(expected)
