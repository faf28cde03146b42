"""One generation of the index, and everything asked of it.

A Snapshot holds a Whoosh searcher and what is worked out from that generation (the
actor directory, the actor table, the newest date), each made once, on first use.
When the index changes or the actors file is edited, the Index makes a new Snapshot;
a snapshot is never patched, so answers from one snapshot always agree.
"""

from __future__ import annotations

import threading
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import whoosh.query as wq

from ..article import Article, ArticleActor, MentionSpan, Quote
from ..entities.directory import Actor, ActorDirectory, Overrides, OverridesError
from ..errors import UnknownActor, UnknownArticle
from ..query import And, Everything, Node
from ..question import Question, actor_node, asked
from ..results import ActorCount, QuoteHit, RelatedArticle, Results, Row
from ..timeline import Period, Timeline, count_by_period
from .actor_table import ActorTable
from .actors_file import ActorsFile
from .cards import Cards
from .compile import to_whoosh
from .described import Roles, described_speaker
from .postings import field_terms
from .published import newest, published_dates
from .schema import actor_term, actor_terms, article_from_stored, body_terms, role_terms, split_actor_term, work_terms
from .copies import CopyGroups
from .forms import TextForms
from .searching import Matches, actor_counts, copies_of, matches, quotes, search, term_spans

if TYPE_CHECKING:  # related articles and stories are loaded when first asked for
    from .stories import Stories
    from .wording import Wording

__all__ = ["Snapshot", "overrides_stamp"]


def overrides_stamp(path: Path) -> int | None:
    """When the actors file last changed (None: there is none)."""
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return None


class Snapshot:
    """The index as of one generation, with the user's actor corrections as of one edit."""

    def __init__(self, searcher: Any, overrides: Path, notice: Callable[[str], None],
                 kept: ActorsFile | None = None) -> None:
        self.searcher = searcher
        self.overrides = overrides
        self.stamp = overrides_stamp(overrides)
        self._notice = notice  # for a broken actors file
        self._kept = kept  # the directory and table as worked out by an earlier opening
        self._keep_as: tuple[Any, ...] | None = None  # the key to keep them under, once made
        # The reader asks from several worker threads; each thing made once has its own lock, so
        # building the actor table (seconds on a large corpus) holds up nothing else.
        self._locks = {name: threading.Lock() for name in ("directory", "table", "newest", "wording", "copies",
                                                            "roles", "cards", "forms")}
        self._made: dict[str, Any] = {}

    def is_current(self) -> bool:
        """Still the latest generation, and the actors file unchanged."""
        return bool(self.searcher.up_to_date()) and overrides_stamp(self.overrides) == self.stamp

    def __len__(self) -> int:
        return int(self.searcher.doc_count())

    # Worked out once -------------------------------------------------------------------------

    def _once(self, name: str, make: Callable[[], Any]) -> Any:
        """What `make` makes, made once per snapshot under its own lock."""
        with self._locks[name]:
            if name not in self._made:
                self._made[name] = make()
            return self._made[name]

    @property
    def directory(self) -> ActorDirectory:
        """Which names are one actor: the one home of corpus-wide names."""
        found: ActorDirectory = self._once("directory", self._read_directory)
        return found

    def _read_directory(self) -> ActorDirectory:
        key = self._kept.key(self.searcher, self.stamp) if self._kept is not None else None
        if self._kept is not None and key is not None:
            found = self._kept.load(key)
            if found is not None:
                directory, table = found
                if table is not None:
                    self._made.setdefault("table", table)  # `table` asks for the directory first
                else:
                    self._keep_as = key  # the table, once made, is kept beside it
                return directory
        try:
            corrections = Overrides.load(self.overrides)
            self._keep_as = key
        except OverridesError as exc:  # not kept: the next opening must say so again
            self._notice(f"{exc}; using no overrides")
            corrections = Overrides()
        reader = self.searcher.reader()
        seen = []
        for term, count in field_terms(reader, "actor_key", actor_terms):
            name, kind = split_actor_term(term)
            seen.append((name, kind, count))
        bodies = dict(field_terms(reader, "body_key", body_terms))
        works = dict(field_terms(reader, "work_key", work_terms))
        directory = ActorDirectory(seen, corrections, _titled(reader), bodies, works)
        if self._kept is not None and self._keep_as is not None:  # seconds at 100,000 articles
            self._kept.save(self._keep_as, directory, None)
        return directory

    @property
    def table(self) -> ActorTable:
        """Each article's actors as numbers, for counting any result set fast."""
        directory = self.directory  # outside the table's lock: building it takes seconds
        found: ActorTable = self._once("table", lambda: self._make_table(directory))
        return found

    def _make_table(self, directory: ActorDirectory) -> ActorTable:
        table = ActorTable(self.searcher.reader(), directory)
        if self._kept is not None and self._keep_as is not None:
            self._kept.save(self._keep_as, directory, table)
        return table

    @property
    def roles(self) -> dict[str, tuple[tuple[str, int], ...]]:
        """What the coverage calls each actor ("Kremlin spokesman"), with how many articles
        do, over the whole corpus (the spellings of one role counted as one)."""
        directory = self.directory
        found: dict[str, tuple[tuple[str, int], ...]] = self._once("roles", lambda: _read_roles(self.searcher,
                                                                                                directory))
        return found

    @property
    def wording(self) -> Wording:
        """Each article's weighted words, for likeness (related articles, stories)."""
        from .wording import Wording

        found: Wording = self._once("wording", lambda: Wording(self.searcher, self.cards))
        return found

    @property
    def cards(self) -> Cards:
        """What lists and likeness read of each article (cards.py)."""
        found: Cards = self._once("cards", lambda: Cards(self.searcher))
        return found

    @property
    def copies(self) -> CopyGroups:
        """Which articles are near-copies of one another (the same text elsewhere)."""
        found: CopyGroups = self._once("copies", lambda: CopyGroups(self.searcher))
        return found

    def newest(self) -> date | None:
        """The day of the newest article (what relative dates count from in an archive)."""
        found: date | None = self._once("newest", lambda: _day(newest(self.searcher)))
        return found

    def actor_terms(self, text: str, kind: str | None) -> wq.Query | None:
        """The query for the articles naming the actors a user means by `text`: every name
        the directory knows, as tagged, and their distinctive forms in the text (what the
        tagger missed); None when no actor is meant."""
        directory = self.directory
        found = directory.find(text, kind)
        if not found:
            return None
        terms = [actor_term(name, seen_as) for actor in found for name in directory.names_of(actor)
                 for seen_as in directory.types[name]]
        tagged = wq.Or([wq.Term("actor_key", term) for term in terms]) if terms else wq.NullQuery
        forms: TextForms = self._once("forms", lambda: TextForms(directory, self.searcher))
        return forms.query(found, tagged) or tagged

    def _docnums(self, question: Question) -> list[int] | None:
        """The articles a question's narrowed tree matches (None: every article)."""
        return self._matched(question.narrowed)

    def _matched(self, tree: Node) -> list[int] | None:
        if isinstance(tree, Everything):
            return None
        return sorted(to_whoosh(tree, self.searcher.reader(), self.actor_terms).docs(self.searcher))

    def _counted(self, docnums: list[int] | None) -> list[int] | None:
        """What counts and timelines count: a near-copy's text once per outlet."""
        if not len(self.copies):
            return docnums
        every = docnums if docnums is not None else sorted(self.searcher.reader().all_doc_ids())
        cards = self.cards
        return self.copies.once_per_outlet(every, lambda doc: cards[doc].get("source"))

    # Questions ----------------------------------------------------------------------------------

    def search(self, question: Question | str, limit: int | None = 20, snippets: int | None = None) -> Results:
        """The first `limit` articles a question matches, with snippets around its words for
        the first `snippets` (all by default; the others show the article's opening)."""
        question = asked(question)
        return search(self.searcher, question.narrowed, question.words, limit, question.ranked_by, self.directory,
                      self.actor_terms, snippets, self.copies)

    def matches(self, question: Question | str) -> Matches:
        """Every article a question matches, in order, read lazily: the reader's list."""
        question = asked(question)
        return matches(self.searcher, question.narrowed, question.words, question.ranked_by, self.actor_terms,
                       self.cards, self.copies)

    def timeline(self, question: Question | str, period: Period | None = None) -> Timeline:
        """How many of the articles a question matches were published each day, week or
        month; `period` None chooses one for the span."""
        return count_by_period(published_dates(self.searcher, self._counted(self._docnums(asked(question)))), period)

    def actors(self, question: Question | str, limit: int | None = 50, with_actor: str | None = None
               ) -> list[ActorCount]:
        """The actors of the articles a question matches; with `with_actor`, the actors that
        appear with that one, itself left out."""
        question = asked(question)
        tree, leave_out = question.narrowed, frozenset[str]()
        if with_actor is not None:
            leave_out = frozenset({self.actor(with_actor).name})
            tree = And((tree, actor_node(with_actor))) if not isinstance(tree, Everything) else actor_node(with_actor)
        counted = self._counted(self._matched(tree))
        found = actor_counts(set(counted) if counted is not None else None, limit, self.table, leave_out)
        roles = self.roles
        return [replace(actor, roles=roles[actor.name][:ROLES_SHOWN]) if actor.name in roles else actor
                for actor in found]

    def quotes(self, question: Question | str, speaker: str | None = None, limit: int | None = None
               ) -> list[QuoteHit]:
        """Direct quotations in the articles a question matches, newest first; with
        `speaker`, only that actor's."""
        question = asked(question)
        name = None
        if speaker is not None:
            name = self.actor(speaker).name
            question = question.with_actor(speaker)
        return quotes(self.searcher, question.narrowed, self.directory, self.actor_terms, name, limit, self.roles)

    def highlights(self, body: str, question: Question | str) -> list[tuple[int, int]]:
        """Character spans of the question's words in `body` (for the reader)."""
        return term_spans(body, asked(question).tree)

    # Articles and actors ------------------------------------------------------------------------

    def _docnum(self, article_id: str) -> int:
        docnum = self.searcher.document_number(id=article_id)
        if docnum is None:
            raise UnknownArticle(article_id)
        return int(docnum)

    def article(self, article_id: str) -> Article:
        """The article, with its actors under their corpus-wide names.  Raises UnknownArticle."""
        stored = self.searcher.stored_fields(self._docnum(article_id))
        return corpus_names(article_from_stored(stored), self.directory, self.roles)

    def related(self, article_id: str, limit: int = 10) -> list[RelatedArticle]:
        """The articles that belong with one article, each with why.  Raises UnknownArticle."""
        docnum = self._docnum(article_id)
        from .related import related

        directory = self.directory  # first: reading a kept directory may bring its kept table
        return related(self.searcher, self.wording, docnum, limit, directory, set(self.copies.members(docnum)),
                       self._made.get("table"))  # made for the reader's sidebar, or kept by an earlier opening

    def copies_of(self, article_id: str) -> tuple[Row, ...]:
        """The same text published elsewhere (near-copies), oldest first.  Raises UnknownArticle."""
        return copies_of(self.searcher, self.copies, self._docnum(article_id))

    def stories(self, question: Question | str) -> Stories:
        """The articles a question matches, grouped into stories (biggest first)."""
        question = asked(question)
        docnums = self._docnums(question)
        if docnums is None:
            docnums = sorted(self.searcher.reader().all_doc_ids())  # the live ones
        from .stories import group_stories

        return group_stories(self.searcher, self.wording, self.directory, docnums,
                             " ".join((question.words, *question.actors)))

    def all_actors(self) -> list[ActorCount]:
        """Every actor of the corpus (hidden ones left out), most articles first."""
        return [ActorCount(a.name, a.type, a.aliases, a.articles, 0)  # type: ignore[arg-type]
                for a in self.directory.actors if not a.hidden]

    def actor(self, name: str) -> Actor:
        """The actor a user means by `name`.  Raises UnknownActor."""
        found = self.directory.find(name)
        if not found:
            raise UnknownActor(name)
        return max(found, key=lambda a: a.articles)

    def close(self) -> None:
        self.searcher.close()


ROLES_SHOWN = 5


def _titled(reader: Any) -> dict[str, int]:
    """For each name, how many times an article gives it a role (per role, summed)."""
    titled: dict[str, int] = {}
    if "role_key" in reader.indexed_field_names():
        for term, count in field_terms(reader, "role_key", role_terms):
            name, _, role = term.partition("|")
            if role:
                titled[name] = titled.get(name, 0) + count
    return titled


def _read_roles(searcher: Any, directory: ActorDirectory) -> dict[str, tuple[tuple[str, int], ...]]:
    """Each actor's roles with their article counts.  A role an article wrote only before
    a surname alone ("President Vell", the article naming Tomas Vell in full) is not the
    person's when the corpus never gives it to them named in full and gives it to the
    surname's own actor (Rosa Vell, President): it may be hers, so it is nobody's (the
    article is not among hers, so she is not credited either)."""
    reader = searcher.reader()
    if "role_key" not in reader.indexed_field_names():
        return {}
    counts: defaultdict[str, Counter[str]] = defaultdict(Counter)
    written: defaultdict[str, Counter[str]] = defaultdict(Counter)  # each role's spellings, the commonest shown
    by_surname: list[tuple[Actor, str, str, int]] = []
    for term, count in field_terms(reader, "role_key", role_terms):
        name, _, role = term.partition("|")
        role, _, surname = role.partition("|")
        actor = directory.actor_of(name)
        if actor is None or actor.hidden or not role:
            continue
        key = role.casefold()
        written[key][role] += count
        if surname:
            by_surname.append((actor, key, surname, count))
        else:
            counts[actor.name][key] += count
    for actor, key, surname, count in by_surname:
        bearer = directory.actor_of(surname)
        if (bearer is not None and not bearer.hidden and bearer.type == "PER" and bearer.name != actor.name
                and key not in counts.get(actor.name, {}) and key in counts.get(bearer.name, {})):
            continue
        counts[actor.name][key] += count
    shown = {key: max(spellings, key=lambda r: (spellings[r], r)) for key, spellings in written.items()}
    return {name: tuple((shown[key], n) for key, n in sorted(found.items(), key=lambda kv: (-kv[1], kv[0])))
            for name, found in counts.items()}


def corpus_names(article: Article, directory: ActorDirectory, corpus_roles: Roles | None = None) -> Article:
    """The article's actors and quote speakers under their corpus-wide names; actors
    that turn out to be one are merged, hidden ones dropped; with the corpus's roles, a
    speaker named only by a role is the one person of the article the corpus calls so."""
    merged: dict[str, ArticleActor] = {}
    new_index: dict[int, int] = {}
    for number, actor in enumerate(article.actors):
        name = directory.name_for(actor.name)
        if name is None:  # hidden
            continue
        found = directory.actor_of(actor.name)
        kind = found.type if found else actor.type
        if name in merged:
            old = merged[name]
            aliases = tuple(sorted(set(old.aliases) | set(actor.aliases) | {actor.name} - {name}))
            roles = old.roles + tuple(r for r in actor.roles if r not in old.roles)
            merged[name] = ArticleActor(name, old.type, old.mentions + actor.mentions, aliases, roles)
        else:
            aliases = tuple(sorted((set(actor.aliases) | {actor.name}) - {name}))
            merged[name] = ArticleActor(name, kind, actor.mentions, aliases, actor.roles)  # type: ignore[arg-type]
        new_index[number] = list(merged).index(name)
    actors = tuple(sorted(merged.values(), key=lambda a: (-a.mentions, a.name)))
    order = {a.name: i for i, a in enumerate(actors)}
    names = list(merged)
    mentions = tuple(MentionSpan(m.start, m.end, order[names[new_index[m.actor]]])
                     for m in article.mentions if m.actor in new_index)
    people = [a.name for a in actors if a.type == "PER"]
    quoted = tuple(Quote(q.start, q.end, directory.speaker(q.speaker) if q.speaker or not (q.described and corpus_roles)
                         else described_speaker(q.described, people, corpus_roles)) for q in article.quotes)
    return replace(article, actors=actors, mentions=mentions, quotes=quoted)


def _day(when: datetime | None) -> date | None:
    return when.date() if when else None
