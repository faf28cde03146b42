"""The segment codec: rare terms keep their postings in their entry, and everything
read back is what Whoosh's own codec gives."""

from __future__ import annotations

from pathlib import Path

from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh.codec.whoosh3 import W3Codec
from whoosh.fields import ID, KEYWORD, TEXT, Schema

from search.index.codec import INLINE_BELOW, InliningCodec
from search.index.postings import posting_blocks

# Words in one, two, three, four and many documents; keys repeated within a document.
DOCS = [
    {"id": f"d{n}", "body": f"common river {'rare' if n == 3 else ''} {'pair' if n in (2, 7) else ''} "
                            f"{'trio' if n in (1, 4, 8) else ''} {'four' if n in (0, 2, 5, 9) else ''}",
     "keys": ",".join(["K|Ann Lee"] * (n + 1) + (["K|Bo Chan"] if n % 4 == 0 else []))}
    for n in range(12)
]


def _build(directory: Path, codec: object, delete: str | None = None, merged: bool = False) -> object:
    directory.mkdir()
    ix = whoosh_index.create_in(str(directory), Schema(id=ID(stored=True, unique=True), body=TEXT(stored=True),
                                                       keys=KEYWORD(commas=True)))
    for part in (DOCS[:5], DOCS[5:]) if merged else (DOCS,):
        writer = ix.writer(codec=codec)
        for doc in part:
            writer.add_document(**doc)
        writer.commit()
    if merged:  # segments merged into one: their postings, inlined or not, are read and written again
        ix.writer(codec=codec).commit(optimize=True)
        assert len(ix._segments()) == 1  # type: ignore[attr-defined]
    if delete:
        with ix.writer(codec=codec) as writer:
            writer.delete_by_term("id", delete)
    return ix


def _everything(ix: object) -> dict[str, object]:
    with ix.searcher() as searcher:  # type: ignore[attr-defined]
        reader = searcher.reader()
        found: dict[str, object] = {}
        for word in ("common", "rare", "pair", "trio", "four", "river", "absent"):
            hits = searcher.search(wq.Term("body", word), limit=None)
            found[word] = [(hit["id"], round(hit.score, 6)) for hit in hits]
            found[word + " frequency"] = reader.doc_frequency("body", word)
            found[word + " blocks"] = [(ids, list(weights)) for ids, weights in posting_blocks(reader, "body", word)]
        found["phrase"] = [hit["id"] for hit in searcher.search(wq.Phrase("body", ["common", "river"]), limit=None)]
        for key in ("K|Ann Lee", "K|Bo Chan"):
            found[key] = [(ids, list(weights)) for ids, weights in posting_blocks(reader, "keys", key)]
        found["terms"] = [(term, info.doc_frequency(), info.weight()) for term, info in reader.iter_field("keys")]
        return found


def test_rare_terms_are_inlined_and_read_back_as_whoosh_writes_them(tmp_path: Path) -> None:
    # A segment with deletions reads its postings through a filter.
    for delete, merged in ((None, False), ("d2", False), (None, True), ("d7", True)):
        ours = _build(tmp_path / f"ours-{delete}-{merged}", InliningCodec(), delete, merged)
        theirs = _build(tmp_path / f"theirs-{delete}-{merged}", W3Codec(), delete, merged)
        assert _everything(ours) == _everything(theirs)
        with ours.searcher() as searcher:  # type: ignore[attr-defined]
            reader = searcher.reader()
            inlined = {word: reader.term_info("body", word).is_inlined() for word in ("rare", "pair", "trio", "four")}
        assert INLINE_BELOW == 4
        assert inlined == {"rare": True, "pair": True, "trio": True, "four": False}


def test_id_arrays_are_the_articles_whoosh_finds(tmp_path: Path) -> None:
    """Block by block (more than one block of 128), inlined, over two segments, and with
    deleted articles (read through Whoosh's filter): the same numbers as Whoosh's search."""
    import numpy as np

    from search.index.postings import id_arrays

    ix = whoosh_index.create_in(str(tmp_path), Schema(id=ID(stored=True, unique=True), body=TEXT))
    for part in (range(0, 170), range(170, 400)):
        with ix.writer(codec=InliningCodec()) as writer:
            for n in part:
                writer.add_document(id=f"d{n}", body=f"every {'even' if n % 2 == 0 else 'odd'} {'rare' if n == 171 else ''}")
    words = ("every", "even", "odd", "rare", "absent")
    for delete in (None, ("d10", "d171", "d399")):
        if delete:
            with ix.writer(codec=InliningCodec()) as writer:
                for name in delete:
                    writer.delete_by_term("id", name)
        with ix.searcher() as searcher:
            reader = searcher.reader()
            for word in words:
                runs = list(id_arrays(reader, "body", word))
                ours = np.concatenate(runs).tolist() if runs else []
                assert ours == sorted(searcher.docs_for_query(wq.Term("body", word))), (word, delete)
            assert len(np.concatenate(list(id_arrays(reader, "body", "every")))) == (400 if not delete else 397)
