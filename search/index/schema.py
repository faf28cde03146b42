"""The Whoosh schema, and the conversion between Article values and index documents.

The schema is pickled into every index, so analyzers here are Whoosh's own
classes; SCHEMA_VERSION changes whenever a field changes, and an index written
with another version is rebuilt.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from collections.abc import Sequence
from typing import Any

from whoosh.fields import DATETIME, ID, IDLIST, KEYWORD, STORED, TEXT, Schema

from ..article import Article, ArticleActor, MentionSpan, Quote, Removed
from ..cleaning import CLEANING_VERSION
from ..entities.names import variant_key
from .analyzers import name_analyzer, text_analyzer
from .cards import card_field, card_of
from .copies import Fingerprint
from .wording import story_words

__all__ = ["SCHEMA_VERSION", "make_schema", "document", "article_from_stored", "actor_terms", "role_terms", "body_terms",
           "work_terms", "path_key", "dup_key", "text_analyzer", "name_analyzer", "actor_term", "split_actor_term"]

# The cleaning rules are part of the version: a change of either re-indexes every corpus.
SCHEMA_VERSION = f"26-words-links-credits-linklists-bodies-works-cleaning{CLEANING_VERSION}"


def make_schema() -> Schema:
    return Schema(
        id=ID(stored=True, unique=True),
        file=ID(),  # path_key of the file the article came from
        dupfiles=KEYWORD(),  # path_keys of files holding exact copies
        dupkey=ID(stored=True),  # hash of the cleaned text
        path=STORED(),
        stamp=STORED(),  # (size, mtime_ns, digest) of the file when read
        duplicates=STORED(),  # [(id, path, stamp), ...]
        title=TEXT(analyzer=text_analyzer(), stored=True, field_boost=2.5),
        title_derived=STORED(),
        body=TEXT(analyzer=text_analyzer(), stored=True),
        words=IDLIST(),  # each content word of the headline and body once (wording.py): related's look-up
        card=card_field(),  # id, headline, outlet, date, actors and content words, apart (cards.py)
        minhash=STORED(),  # the body's MinHash values (copies.py), or none for a short body
        runs=STORED(),  # how many runs of words the MinHash was made of
        copyband=KEYWORD(),  # its bands: articles sharing one may be near-copies
        copy_of=KEYWORD(stored=True),  # the dupkeys of the earlier articles this one is a near-copy of
        source=TEXT(analyzer=name_analyzer(), stored=True),
        published=DATETIME(stored=True, sortable=True),
        published_from=STORED(),
        published_why=STORED(),
        removed=STORED(),  # [(rule, text), ...]: what cleaning removed
        kept_whole=STORED(),
        month=ID(),
        url=STORED(),
        authors=STORED(),
        record=STORED(),
        line=STORED(),
        actors=STORED(),  # [(name, type, mentions, aliases, roles, surname roles, called a body, quoted as a work), ...]
        mentions=STORED(),  # [(start, end, actor index), ...] in the body
        quotes=STORED(),  # [(start, end, speaker), ...] in the body
        # Names by type; `actor:` searches all three (a field of every name would index each twice).
        person=TEXT(analyzer=name_analyzer()),
        org=TEXT(analyzer=name_analyzer()),
        place=TEXT(analyzer=name_analyzer()),
        actor_key=KEYWORD(commas=True),  # "TYPE|Name" once per mention: the directory's and counts' input
        role_key=KEYWORD(commas=True),  # "Name|role" once per article and role (see entities/roles.py)
        body_key=KEYWORD(commas=True),  # names an article writes as a firm's ("shares of Orlen": firm_marks.py)
        work_key=KEYWORD(commas=True),  # names an article sets in quotation marks as a work's title (works.py)
    )


def path_key(path: str) -> str:
    return hashlib.blake2b(path.encode("utf-8", "surrogatepass"), digest_size=10).hexdigest()


def dup_key(article: Article) -> str:
    folded = " ".join((article.title + "\n" + article.body).split()).casefold()
    return hashlib.blake2b(folded.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


_TYPE_FIELD = {"PER": "person", "ORG": "org", "LOC": "place"}


def document(article: Article, stamp: tuple[int, int, str], duplicates: list[tuple[str, str, tuple[int, int, str]]],
             print_: Fingerprint | None = None, copy_of: Sequence[str] = (), wording: str | None = None
             ) -> dict[str, Any]:
    """The index document for an article read from a file with fingerprint `stamp`; with
    its body's MinHash `print_`, the text keys of the articles it is a near-copy of and
    its content words (`story_words`, worked out here when not given)."""
    if wording is None:
        wording = story_words(article.title, article.body, article.url)
    doc: dict[str, Any] = {
        "id": article.id,
        "file": path_key(article.path),
        "dupkey": dup_key(article),
        "path": article.path,
        "stamp": stamp,
        "duplicates": duplicates,
        "title": article.title,
        "title_derived": article.title_derived,
        "body": article.body,
        "card": card_of(article, wording),
        "words": " ".join(sorted(set(wording.split()))),
        "published_from": article.published_from,
        "published_why": article.published_why,
        "removed": [(piece.rule, piece.text) for piece in article.removed],
        "kept_whole": article.kept_whole,
        "url": article.url,
        "authors": list(article.authors),
        "record": article.record,
        "line": article.line,
        "actors": [(a.name, a.type, a.mentions, list(a.aliases), list(a.roles), list(a.surname_roles), a.called_a_body,
                    a.quoted_as_work)
                   for a in article.actors],
        "mentions": [(m.start, m.end, m.actor) for m in article.mentions],
        "quotes": [(q.start, q.end, q.speaker, q.described) for q in article.quotes],
    }
    if print_ is not None:
        doc.update(minhash=print_.values, runs=print_.runs, copyband=" ".join(print_.bands()))
    if copy_of:
        doc["copy_of"] = " ".join(copy_of)
    if duplicates:
        doc["dupfiles"] = " ".join(sorted({path_key(path) for _, path, _ in duplicates}))
    if article.source:
        doc["source"] = article.source
    if article.published:
        doc["published"] = article.published
        doc["month"] = article.published.strftime("%Y-%m")
    names: dict[str, list[str]] = {"person": [], "org": [], "place": []}
    for actor in article.actors:
        names[_TYPE_FIELD[actor.type]].extend([actor.name, *actor.aliases])
    for field, values in names.items():
        if values:
            doc[field] = "\n".join(values)
    if article.actors:
        # One term per mention (capped), so the posting's weight counts the mentions.
        doc["actor_key"] = ",".join(",".join([actor_term(a.name, a.type)] * max(1, min(a.mentions, 200)))
                                    for a in article.actors)
        roles = [role_term(a.name, role, role in a.surname_roles) for a in article.actors for role in a.roles]
        if roles:
            doc["role_key"] = ",".join(roles)
        bodies = body_terms(doc)
        if bodies:
            doc["body_key"] = ",".join(sorted(bodies))
        works = work_terms(doc)
        if works:
            doc["work_key"] = ",".join(sorted(works))
    return doc


def actor_term(name: str, kind: str) -> str:
    return f"{kind}|{_term_name(name)}"


def role_term(name: str, role: str, by_surname: bool = False) -> str:
    """"Name|role"; "Name|role|Surname" when the article wrote the role only before the
    surname alone (the corpus decides whose it is: see snapshot._read_roles)."""
    name = _term_name(name)
    term = f"{name}|{_term_name(role)}"
    return f"{term}|{name.split()[-1]}" if by_surname and " " in name else term


def actor_terms(fields: dict[str, Any]) -> set[str]:
    """The actor_key terms of a stored article."""
    return {actor_term(name, kind) for name, kind, *_ in fields.get("actors") or ()}


def role_terms(fields: dict[str, Any]) -> set[str]:
    """The role_key terms of a stored article."""
    return {role_term(name, role, role in (roles[1] if len(roles) > 1 else ()))
            for name, _, _, _, *roles in fields.get("actors") or () for role in (roles[0] if roles else ())}


def _marked(fields: dict[str, Any], mark: int) -> set[str]:
    """The names of a stored article's actors whose tuple holds a true mark at `mark`
    (counted after the name), as keyword terms."""
    return {_term_name(name) for name, *rest in fields.get("actors") or () if len(rest) > mark and rest[mark]}


def _term_name(name: str) -> str:
    return " ".join(name.replace(",", " ").split())  # a comma separates keyword terms


def body_terms(fields: dict[str, Any]) -> set[str]:
    """The body_key terms of a stored article: the names it writes as a firm's."""
    return _marked(fields, 5)


def work_terms(fields: dict[str, Any]) -> set[str]:
    """The work_key terms of a stored article: the names it quotes as a work's title, but
    for its own outlet's, which a paper may set in marks as its house style ("'Le Vell'
    examines")."""
    own = _without_the(fields.get("source") or "")
    return {name for name in _marked(fields, 6) if _without_the(name) != own}


def _without_the(name: str) -> str:
    key = variant_key(name)
    return key.removeprefix("the ")


def split_actor_term(term: str) -> tuple[str, str]:
    kind, _, name = term.partition("|")
    return name, kind


def article_from_stored(fields: dict[str, Any]) -> Article:
    published = fields.get("published")
    return Article(
        id=fields["id"],
        path=fields["path"],
        title=fields["title"],
        title_derived=bool(fields.get("title_derived")),
        source=fields.get("source"),
        published=published if isinstance(published, datetime) else None,
        published_from=fields.get("published_from") or "none",
        body=fields.get("body") or "",
        url=fields.get("url"),
        authors=tuple(fields.get("authors") or ()),
        actors=tuple(ArticleActor(name, kind, mentions, tuple(aliases), *(tuple(r) for r in rest[:2]),
                                  called_a_body=bool(rest[2:3] and rest[2]), quoted_as_work=bool(rest[3:4] and rest[3]))
                     for name, kind, mentions, aliases, *rest in fields.get("actors") or ()),
        duplicates=tuple(path for _, path, _ in fields.get("duplicates") or ()),
        mentions=tuple(MentionSpan(*m) for m in fields.get("mentions") or ()),
        quotes=tuple(Quote(*q) for q in fields.get("quotes") or ()),
        record=fields.get("record"),
        line=fields.get("line"),
        published_why=fields.get("published_why") or "",
        removed=tuple(Removed(text, rule) for rule, text in fields.get("removed") or ()),
        kept_whole=bool(fields.get("kept_whole")),
    )
