"""How index segments are written: Whoosh's own format, with the postings of rare
terms kept inside the term's entry.

Whoosh's W3 codec is meant to "inline" a term's postings into its term entry when it
has fewer than `inlinelimit` of them, but its writer calls a method that does not
exist (`set_inline`, for `set_inlined`), so the default limit of 1 inlines nothing
and a larger one fails.  Every term then gets a block of its own in the postings
file, pickled and compressed: most terms of a corpus (rare words, names, each
article's near-copy bands) are in one to three articles, and writing their blocks
was a sixth of the index writer's time on BBC.  Whoosh's own reader reads inlined postings (a
`ListMatcher`), so only writing changes; its values are kept as the block reader
gives them (merging segments copies them), and term vectors (whose reader expects a
block) are written as before.  The codec is pickled into each segment's
entry in the table of contents: this module and class name must stay importable.
"""

from __future__ import annotations

from typing import Any

from whoosh.codec.whoosh3 import W3Codec, W3PostingsWriter

__all__ = ["InliningCodec", "INLINE_BELOW"]

INLINE_BELOW = 4  # postings: a term in fewer articles keeps them in its entry


class _InliningPostingsWriter(W3PostingsWriter):  # type: ignore[misc]
    def finish_postings(self) -> Any:
        if self._byteids or self.written() or len(self) >= self._inlinelimit:  # a term vector, or many postings
            return super().finish_postings()
        # The values as Whoosh's block reader gives them back: None each for a format
        # without values (it skips empty ones as it writes), else one per posting.
        values = (None,) * len(self._ids) if self._format.fixed_value_size() == 0 else tuple(self._values)
        if len(values) != len(self._ids):
            return super().finish_postings()
        terminfo = self._terminfo
        terminfo.add_block(self)
        terminfo.set_inlined(self._ids, self._weights, values)
        self._terminfo = None  # between terms, as Whoosh's writer leaves it
        return terminfo


class InliningCodec(W3Codec):  # type: ignore[misc]
    def __init__(self, blocklimit: int = 128, compression: int = 3, inlinelimit: int = INLINE_BELOW) -> None:
        super().__init__(blocklimit=blocklimit, compression=compression, inlinelimit=inlinelimit)

    def postings_writer(self, dbfile: Any, byteids: bool = False) -> Any:
        return _InliningPostingsWriter(dbfile, blocklimit=self._blocklimit, byteids=byteids,
                                       compression=self._compression, inlinelimit=self._inlinelimit)
