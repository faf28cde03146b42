"""The library's own errors: each carries a message a user can act on."""

from __future__ import annotations

__all__ = ["NewsdeskError", "UnknownArticle", "UnknownActor", "IndexUnavailable"]


class NewsdeskError(Exception):
    """Base of every error newsdesk reports to its user."""


class UnknownArticle(NewsdeskError, KeyError):
    """No article has that id in this corpus."""

    def __str__(self) -> str:
        return f"no article with id {self.args[0]!r} in this corpus"


class IndexUnavailable(NewsdeskError):
    """The index cannot be opened or written (permissions, disk, another process)."""


class UnknownActor(NewsdeskError, KeyError):
    """No actor of the corpus goes by that name."""

    def __str__(self) -> str:
        return f"no actor named {self.args[0]!r} in this corpus"
