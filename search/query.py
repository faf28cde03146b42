"""The query language, shared by the CLI and the reader.

    putin talks                   words are ANDed
    "peace deal"                  phrase
    putin OR zelensky             uppercase OR (binds looser than AND)
    -trump  -source:fox           negation
    (kyiv OR kiev) -moscow        parentheses
    title:summit  source:reuters  actor:"Volodymyr Zelensky"  person: org: place:
    after:2025-02-12  before:"March 2025"  on:"feb 2025"  date:"last two weeks"

`parse(text, today)` returns a tree of Node values; the index turns it into a
search.  Everything a user can type either parses or raises QueryError with a
one-line message.  An unclosed quote or parenthesis is closed at the end, since
that is what a query looks like while it is being typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Union

from .daterange import DateError, DateOrder, DateRange, parse_range

from .errors import NewsdeskError

__all__ = [
    "QueryError", "Word", "Phrase", "Dates", "Not", "And", "Or", "Everything", "Node", "parse",
    "TEXT_FIELDS", "DATE_FIELDS", "terms_of", "has_terms",
]

TEXT_FIELDS = {"title": "title", "body": "body", "source": "source", "outlet": "source",
               "actor": "actor", "person": "person", "org": "org", "place": "place"}
DATE_FIELDS = ("after", "before", "on", "date", "since", "until")
MAX_QUERY = 1000
MIN_WILDCARD_PREFIX = 3
MAX_DEPTH = 20


class QueryError(NewsdeskError, ValueError):
    """A query we cannot understand; the message says what to fix."""


@dataclass(frozen=True)
class Word:
    text: str
    field: str | None = None  # None: title and body
    wildcard: bool = False


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]
    field: str | None = None


@dataclass(frozen=True)
class Dates:
    range: DateRange
    expression: str


@dataclass(frozen=True)
class Not:
    node: Node


@dataclass(frozen=True)
class And:
    nodes: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    nodes: tuple[Node, ...]


@dataclass(frozen=True)
class Everything:
    """The empty query: every article."""


Node = Union[Word, Phrase, Dates, Not, And, Or, Everything]

_TOKEN = re.compile(
    r'\s*(?:(?P<open>\()|(?P<close>\))|(?P<neg>-)(?=[^\s)])|'
    r'(?P<field>[A-Za-z]+):(?=\S)|"(?P<phrase>[^"]*)(?:"|$)|(?P<word>[^\s()"]+))'
)


@dataclass
class _Token:
    kind: str
    value: str
    field: str | None = None


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    pos = 0
    pending_field: str | None = None
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if not match or match.end() == pos:
            if text[pos:].strip() == "":
                break
            raise QueryError(f"cannot read the query at {text[pos:pos + 20]!r}")
        pos = match.end()
        kind = match.lastgroup or ""
        value = match.group(kind) if kind else ""
        if kind == "field":
            name = value.lower()
            if name in TEXT_FIELDS or name in DATE_FIELDS:
                pending_field = name
                continue
            # Not one of ours ("http:", "Note:"): the whole thing is a word.
            rest = _TOKEN.match(text, pos)
            word = value + ":" + (rest.group("word") if rest and rest.lastgroup == "word" else "")
            if rest and rest.lastgroup == "word":
                pos = rest.end()
            tokens.append(_Token("word", word))
            continue
        if kind == "word" and value.endswith(":") and value[:-1].lower() in (*TEXT_FIELDS, *DATE_FIELDS):
            raise QueryError(f"{value} needs a value right after the colon")
        if pending_field is not None:
            if kind not in ("word", "phrase"):
                raise QueryError(f"{pending_field}: needs a value right after the colon")
            tokens.append(_Token(kind, value, pending_field))
            pending_field = None
            continue
        tokens.append(_Token(kind, value))
    if pending_field is not None:
        raise QueryError(f"{pending_field}: needs a value")
    return tokens


class _Parser:
    def __init__(self, tokens: list[_Token], today: date | None, order: DateOrder) -> None:
        self.tokens = tokens
        self.pos = 0
        self.today = today
        self.order = order
        self.depth = 0

    def peek(self) -> _Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> _Token:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def parse(self) -> Node:
        if not self.tokens:
            return Everything()
        node = self.or_expr()
        while self.peek() is not None:  # stray ")" : the user typed one too many
            token = self.take()
            if token.kind == "close":
                raise QueryError("a closing parenthesis has no opening one")
        return node

    def or_expr(self) -> Node:
        nodes = [self.and_expr()]
        while self._is_operator("OR"):
            self.take()
            if self.peek() is None or self.peek().kind == "close" or self._is_operator("OR"):  # type: ignore[union-attr]
                raise QueryError("OR needs a term on both sides")
            nodes.append(self.and_expr())
        return nodes[0] if len(nodes) == 1 else Or(tuple(nodes))

    def and_expr(self) -> Node:
        nodes: list[Node] = []
        while True:
            token = self.peek()
            if token is None or token.kind == "close" or self._is_operator("OR"):
                break
            if self._is_operator("AND"):
                self.take()
                continue
            nodes.append(self.unary())
        if not nodes:
            token = self.peek()
            if token is not None and self._is_operator("OR"):
                raise QueryError("OR needs a term on both sides")
            raise QueryError("empty parentheses" if token is not None else "the query ends too early")
        return nodes[0] if len(nodes) == 1 else And(tuple(nodes))

    def unary(self) -> Node:
        token = self.peek()
        assert token is not None
        if token.kind == "neg" or self._is_operator("NOT"):
            self.take()
            if self.peek() is None or self.peek().kind == "close":  # type: ignore[union-attr]
                raise QueryError("'-' or NOT needs a term after it")
            return Not(self.unary())
        return self.atom()

    def atom(self) -> Node:
        token = self.take()
        if token.kind == "open":
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise QueryError(f"parentheses nested more than {MAX_DEPTH} deep")
            if self.peek() is None:
                raise QueryError("the query ends after an opening parenthesis")
            node = self.or_expr()
            if self.peek() is not None and self.peek().kind == "close":  # type: ignore[union-attr]
                self.take()
            self.depth -= 1
            return node
        if token.kind == "close":
            raise QueryError("a closing parenthesis has no opening one")
        if token.field in DATE_FIELDS:
            return self.dates(token)
        field = TEXT_FIELDS[token.field] if token.field else None
        if token.kind == "phrase":
            words = tuple(token.value.split())
            if not words:
                raise QueryError("empty quotes")
            return Word(words[0], field) if len(words) == 1 else Phrase(words, field)
        return _word(token.value, field)

    def dates(self, token: _Token) -> Node:
        assert token.field is not None
        try:
            found = parse_range(token.value, self.today, self.order)
        except DateError as exc:
            raise QueryError(f"{token.field}:{token.value}: {exc}") from None
        if token.field in ("after", "since"):
            found = DateRange(found.start, None)
        elif token.field == "before":
            found = DateRange(None, found.start)
        elif token.field == "until":
            found = DateRange(None, found.end)
        return Dates(found, f"{token.field}:{token.value}")

    def _is_operator(self, name: str) -> bool:
        token = self.peek()
        return token is not None and token.kind == "word" and token.field is None and token.value == name


def _word(text: str, field: str | None) -> Node:
    if "*" in text or "?" in text:
        prefix = re.split(r"[*?]", text, maxsplit=1)[0]
        if len(prefix) < MIN_WILDCARD_PREFIX:
            raise QueryError(
                f"{text!r}: put at least {MIN_WILDCARD_PREFIX} letters before a wildcard (* or ?)")
        return Word(text, field, wildcard=True)
    return Word(text, field)


def parse(text: str, today: date | None = None, order: DateOrder = "MDY") -> Node:
    """Parse a query.  Raises QueryError with a message a user can act on."""
    if len(text) > MAX_QUERY:
        raise QueryError(f"the query is too long ({len(text)} characters; at most {MAX_QUERY})")
    if not isinstance(text, str):
        raise QueryError("the query must be text")
    return _Parser(_tokens(text), today, order).parse()


def has_terms(node: Node) -> bool:
    """Does the query ask for any word (in any field), so that ranking means something?"""
    if isinstance(node, (Word, Phrase)):
        return True
    if isinstance(node, (And, Or)):
        return any(has_terms(child) for child in node.nodes)
    return False


def terms_of(node: Node) -> list[str]:
    """The words a user searched for (not negated), for highlighting and 'why'."""
    if isinstance(node, Word):
        return [node.text] if node.field in (None, "title", "body") else []
    if isinstance(node, Phrase):
        return list(node.words) if node.field in (None, "title", "body") else []
    if isinstance(node, (And, Or)):
        return [term for child in node.nodes for term in terms_of(child)]
    return []
