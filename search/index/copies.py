"""Near-copies: articles that are the same story text (wire copy run by several outlets,
a re-headlined or lightly edited version, the same text in other furniture).

Each article's body is cut into overlapping runs of SHINGLE words (case and punctuation
ignored), and a MinHash of them (datasketch) is kept with the article.  Its values,
in BANDS bands of ROWS, are index terms: two articles sharing a band are candidates,
and they are near-copies when the MinHash estimates that they share most of their
text: a Jaccard similarity of at least SAME_TEXT, or the shorter lying at least
CONTAINED inside the longer (a trimmed copy), and were published within DAYS_APART of
each other.  Bodies shorter than SHORTEST runs are never called copies: there is too
little text to be sure.

A near-copy is found when it is indexed: against the index as it was, and against the
articles indexed in the same run.  It records the text keys (`dupkey`, the hash of the
cleaned text, one per article) of the earlier articles it copies in `copy_of`; at
question time the snapshot joins those links into groups.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
import sys
import types
import zlib
from array import array
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from datetime import datetime
from typing import Any

__all__ = ["Fingerprint", "fingerprint", "fingerprint_of", "runs_of", "same_text", "CopyFinder", "CopyGroups",
           "BANDS", "ROWS"]

SHINGLE = 3  # words per run
SHORTEST = 8  # runs: a body with fewer (under ten words) is never called a copy
BANDS, ROWS = 20, 3  # 60 MinHash values; candidates from about a third of text shared
WITH_HEADLINE = 50  # words: a body shorter than this is judged with its headline
DAYS_APART = 5  # copies of one story are published within this many days of each other
SAME_TEXT = 0.5  # estimated Jaccard similarity of two copies at least
CONTAINED = 0.8  # or: this share of the shorter text inside the longer
_WORD = re.compile(r"\w+")
_LINK_LIST = re.compile(r"\s*[•▪►]\s*\S")  # a short summary that opens with a bullet: a list of links
_U32 = next(code for code in "IL" if array(code).itemsize == 4)  # an array of 32-bit hashes


@dataclass(frozen=True)
class Fingerprint:
    values: bytes  # BANDS * ROWS MinHash values, 4 bytes each
    runs: int  # how many distinct runs of words the body has

    def bands(self) -> list[str]:
        width = 4 * ROWS
        return [f"{band}.{hashlib.blake2b(self.values[band * width:(band + 1) * width], digest_size=8).hexdigest()}"
                for band in range(BANDS)]


def runs_of(body: str, title: str = "") -> bytes | None:
    """The body's distinct runs of words, each hashed to 32 bits (packed, sorted), or
    None when it is too short to call anything its copy.  A short body (a feed item's
    summary) is taken with its headline: an outlet's stock summary under different
    headlines ("Five things to know this morning") is not one story's text, while a
    long body is the same text whatever its headline.  Cheap and free of datasketch:
    it runs where articles are built, in the worker processes.  A short summary that opens
    with a bullet ("• Trump team announces … • Exclusive: …") is a list of links to
    other stories: its item is judged by its own headline, or an item it links to was
    called its copy (11 of the 1,926 copies found in the 64k ukraine feed)."""
    words = _WORD.findall(body.casefold())
    if len(words) < WITH_HEADLINE:
        if _LINK_LIST.match(body):  # other stories' headlines ("• … • …"): no text of its own
            words = []
        words = _WORD.findall(title.casefold()) + words
    hashes = sorted({zlib.crc32(" ".join(words[n:n + SHINGLE]).encode("utf-8"))
                     for n in range(len(words) - SHINGLE + 1)})
    if len(hashes) < SHORTEST:
        return None
    return array(_U32, hashes).tobytes()


@lru_cache(maxsize=1)
def _minhash() -> Any:
    """datasketch's MinHash class, imported without the rest of datasketch when it is
    not loaded yet.  The package's __init__ loads its LSH indexes, and they import SciPy:
    0.45 s and 70 MB in every process that makes a fingerprint (a one-file update, the
    index writer) and again in the writer processes forked from it, for nothing
    near-copies use.  The MinHash module needs only NumPy and datasketch's hash
    functions; should that change, the package is imported whole."""
    if "datasketch" not in sys.modules:
        spec = importlib.util.find_spec("datasketch")
        if spec is not None and spec.submodule_search_locations:
            bare = types.ModuleType("datasketch")
            bare.__path__ = list(spec.submodule_search_locations)
            sys.modules["datasketch"] = bare
            try:
                from datasketch.minhash import MinHash as bare_minhash
                return bare_minhash
            except ImportError:
                pass
            finally:  # a later `import datasketch` runs the package's own __init__, finding this module loaded
                del sys.modules["datasketch"]
    from datasketch import MinHash

    return MinHash


@lru_cache(maxsize=1)
def _minhash_kind() -> dict[str, Any]:
    """The MinHash's settings, its permutations drawn once (drawing them is most of
    the cost of a MinHash of a few hundred runs)."""
    settings: dict[str, Any] = {"num_perm": BANDS * ROWS, "seed": 1, "scheme": "affine32", "hashfunc": int}
    return {**settings, "permutations": _minhash()(**settings).permutations}


def fingerprint_of(runs: bytes) -> Fingerprint:
    """The MinHash (datasketch) of runs from `runs_of`."""
    import numpy as np

    minhash = _minhash()(**_minhash_kind())
    hashes = array(_U32)
    hashes.frombytes(runs)
    minhash.update_batch(hashes.tolist())
    return Fingerprint(np.asarray(minhash.hashvalues, dtype=np.uint32).tobytes(), len(hashes))


def fingerprint(body: str, title: str = "") -> Fingerprint | None:
    """The body's MinHash, or None when it is too short to call anything its copy
    (`runs_of` and `fingerprint_of` in one)."""
    runs = runs_of(body, title)
    return fingerprint_of(runs) if runs is not None else None


def same_text(a: Fingerprint, b: Fingerprint) -> bool:
    """Whether two bodies are the same text, as far as their MinHashes tell."""
    import numpy as np

    agree = float(np.mean(np.frombuffer(a.values, dtype=np.uint32) == np.frombuffer(b.values, dtype=np.uint32)))
    if agree >= SAME_TEXT:
        return True
    # |A and B| = J (|A| + |B|) / (1 + J): how much of the shorter is inside the longer
    shared = agree * (a.runs + b.runs) / (1 + agree)
    return shared >= CONTAINED * min(a.runs, b.runs)


def _near_in_time(a: datetime | None, b: datetime | None) -> bool:
    """Copies run within days of each other; the same text a week on is a series'
    stock text ("Quiz of the week", "Week in pictures"), not one story."""
    return a is None or b is None or abs((a - b).total_seconds()) <= DAYS_APART * 86400


class CopyFinder:
    """Finds, for each article being indexed, the earlier articles it is a near-copy of:
    in the index as it was (by its band terms) and among those indexed in this run."""

    def __init__(self, searcher: Any | None) -> None:
        self.searcher = searcher
        self._seen: dict[str, list[tuple[str, Fingerprint, datetime | None]]] = defaultdict(list)  # band -> this run's

    def copies(self, key: str, found: Fingerprint | None, when: datetime | None = None) -> list[str]:
        """The text keys of the earlier articles the one with text key `key` (published
        `when`) copies: the same text, published within DAYS_APART of it."""
        if found is None:
            return []
        bands = found.bands()
        candidates: dict[str, tuple[Fingerprint, datetime | None]] = {}
        for band in bands:
            for other, theirs, then in self._seen.get(band, ()):
                candidates[other] = (theirs, then)
        if self.searcher is not None:
            candidates.update(self._indexed(bands))
        matches = sorted(other for other, (theirs, then) in candidates.items()
                         if other != key and _near_in_time(when, then) and same_text(found, theirs))
        for band in bands:
            self._seen[band].append((key, found, when))
        return matches

    def _indexed(self, bands: list[str]) -> dict[str, tuple[Fingerprint, datetime | None]]:
        from whoosh import query as wq

        hits = self.searcher.search(wq.Or([wq.Term("copyband", band) for band in bands]), limit=50)
        found = {}
        for hit in hits:
            fields = hit.fields()
            if fields.get("minhash"):
                found[fields["dupkey"]] = (Fingerprint(fields["minhash"], int(fields.get("runs") or 0)),
                                           fields.get("published"))
        return found


def _first_live(reader: Any, dupkey: bytes) -> int | None:
    """The article whose text key is `dupkey`, if it is still in the index."""
    if ("dupkey", dupkey) not in reader:
        return None
    for doc in reader.postings("dupkey", dupkey).all_ids():
        if not reader.is_deleted(doc):
            return int(doc)
    return None


class CopyGroups:
    """The near-copy groups of one snapshot: docnum -> group, and each group's docnums."""

    def __init__(self, searcher: Any) -> None:
        reader = searcher.reader()
        parent: dict[int, int] = {}

        def root(doc: int) -> int:
            parent.setdefault(doc, doc)
            while parent[doc] != doc:
                parent[doc] = parent[parent[doc]]
                doc = parent[doc]
            return doc

        if "copy_of" in reader.indexed_field_names():
            for raw, _ in reader.iter_field("copy_of"):
                original = _first_live(reader, raw)
                if original is None:  # the article it copied has gone
                    continue
                for doc in reader.postings("copy_of", raw).all_ids():
                    if not reader.is_deleted(doc):
                        parent[root(doc)] = root(original)
        self._group: dict[int, int] = {doc: root(doc) for doc in parent}
        members: dict[int, list[int]] = defaultdict(list)
        for doc, group in self._group.items():
            members[group].append(doc)
        self._members = {group: sorted(docs) for group, docs in members.items() if len(docs) > 1}
        self._outlets: dict[int, str | None] | None = None  # each member's outlet, read when first counted

    def __len__(self) -> int:
        return len(self._members)

    def group_of(self, docnum: int) -> int | None:
        group = self._group.get(docnum)
        return group if group in self._members else None

    def fold(self, docnums: list[int]) -> tuple[list[int], dict[int, int]]:
        """The docnums with each group's later members left out (in the given order), and
        how many were folded into each one kept."""
        if not self._members:
            return docnums, {}
        kept: list[int] = []
        first: dict[int, int] = {}
        folded: dict[int, int] = {}
        for doc in docnums:
            group = self.group_of(doc)
            if group is None:
                kept.append(doc)
            elif group in first:
                folded[first[group]] += 1
            else:
                first[group] = doc
                folded[doc] = 0
                kept.append(doc)
        return kept, {doc: n for doc, n in folded.items() if n}

    def once_per_outlet(self, docnums: list[int], outlet_of: Callable[[int], str | None]) -> list[int]:
        """The docnums with a group's text counted once per outlet (its first article
        from each outlet kept; articles of no known outlet count as one outlet).  Each
        member's outlet is asked once per snapshot: this runs for every count."""
        if not self._members:
            return docnums
        if self._outlets is None:
            self._outlets = {doc: outlet_of(doc) for docs in self._members.values() for doc in docs}
        outlets = self._outlets
        seen: set[tuple[int, str | None]] = set()
        kept = []
        for doc in docnums:
            group = self.group_of(doc)
            if group is not None:
                key = (group, outlets[doc])
                if key in seen:
                    continue
                seen.add(key)
            kept.append(doc)
        return kept

    def members(self, docnum: int) -> list[int]:
        """Every docnum of the article's group, itself included ([docnum] when it has none)."""
        group = self.group_of(docnum)
        return self._members[group] if group is not None else [docnum]
