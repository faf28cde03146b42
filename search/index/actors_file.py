"""The actor directory and actor table of one index generation, kept on disk.

Working them out reads every actor posting of the index: 2 seconds for the 2,000 BBC
articles, 24 for 110,000 feed items, all of it holding the interpreter lock in the
reader's process while the user types.  Whoever works them out first (the reader, or
a command such as `newsdesk actors` or `related`) keeps them here (the directory as
soon as it is made, the table with it once that is), and every later opening of the
same generation reads them back in a tenth of the time or less.

The file belongs to the index folder (it is pickled, like Whoosh's own stored fields,
and read only from there).  Its key is everything the two depend on: the code that
works them out (a digest of its source, so a newer newsdesk never reads an older
one's merges), the schema version, the generation and its segments, the article
counts and the actors file's stamp; a file whose key differs is ignored and replaced.
A rebuild deletes it with the rest of the index.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from ..entities.directory import ActorDirectory
from .actor_table import ActorTable
from .schema import SCHEMA_VERSION

__all__ = ["ActorsFile", "ACTORS_FILE"]

ACTORS_FILE = "actors.pickle"

Key = tuple[Any, ...]


@cache
def _code() -> str:
    """A digest of the code the directory and table come from: the entity rules and
    the lists they read (places, countries, the gazetteer, the lower-case words), and
    this folder's table, schema and term counting."""
    here = Path(__file__).resolve().parent
    entities = here.parent / "entities"
    lists = [entities / name for name in ("places.txt", "countries.txt", "gazetteer.txt", "lowercase.txt")]
    sources = sorted(entities.glob("*.py")) + lists + [here / "actor_table.py", here / "schema.py", here / "postings.py",
                                                          here / "snapshot.py"]  # what the directory is given
    digest = hashlib.sha1()
    try:
        for source in sources:
            digest.update(source.read_bytes())
    except OSError:  # no source to read: nothing kept is trusted, nothing kept is found again
        return f"unread-{os.getpid()}"
    return digest.hexdigest()


def _segment_ids(reader: Any) -> tuple[str, ...] | None:
    found = []
    for leaf, _ in reader.leaf_readers():
        segment = leaf.segment() if hasattr(leaf, "segment") else None
        if segment is None:
            return None
        found.append(segment.segment_id())
    return tuple(sorted(found)) or None


class ActorsFile:
    """Where one index keeps its worked-out actors."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @staticmethod
    def key(searcher: Any, overrides_stamp: int | None) -> Key | None:
        """What the kept file must have been made from; None when this generation cannot
        be told apart from another (a reader without segments: nothing is kept)."""
        reader = searcher.reader()
        segments = _segment_ids(reader)
        if segments is None:
            return None
        return (_code(), SCHEMA_VERSION, reader.generation(), segments, reader.doc_count(),
                reader.doc_count_all(), overrides_stamp)

    def load(self, key: Key) -> tuple[ActorDirectory, ActorTable | None] | None:
        """The directory and table (None: not yet worked out) kept for `key`; None when
        there are none (or they are for another generation, or the file cannot be read)."""
        try:
            with open(self.path, "rb") as kept:
                if pickle.load(kept) != key:
                    return None
                directory, table = pickle.load(kept)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, ValueError, TypeError):
            return None
        if not isinstance(directory, ActorDirectory) or not isinstance(table, (ActorTable, type(None))):
            return None
        return directory, table

    def save(self, key: Key, directory: ActorDirectory, table: ActorTable | None) -> None:
        """Keep them for the next opening; a folder that cannot be written is no error
        (the next opening works them out again)."""
        try:
            handle, temporary = tempfile.mkstemp(prefix=ACTORS_FILE, dir=self.path.parent)
        except OSError:
            return
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(key, out, protocol=pickle.HIGHEST_PROTOCOL)
                pickle.dump((directory, table), out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, self.path)  # a reader never sees half a file
        except OSError:
            try:
                os.unlink(temporary)
            except OSError:
                pass
