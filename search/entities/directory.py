"""The actors of a whole corpus: which names are one actor, and what to call it.

Built from the names the index holds (each with the types and article counts it
was seen with), so it is cheap to rebuild after every update and follows the
user's overrides file (merge, split, rename, hide) without re-indexing:

- spellings with one variant key are one actor (Zelensky, Zelenskyy, Zelenskiy);
- a lone surname is the one person of that surname named in full, when there is
  exactly one ("Hegseth" -> "Pete Hegseth"); two Bidens keep "Biden" apart;
- a lone name that is nobody's surname and opens one dominant person's two-word name,
  used often enough to be a way of naming them, is that person ("Xi" -> "Xi Jinping");
- a country's names are one place ("America", "United States"; countries.py);
- an acronym is its expansion when the corpus has both ("NATO"; "BoE", the Bank of England,
  whose small words it writes in lower case);
- a one-word name is the firm that writes it closed up with "group", "corp" or "Co"
  ("Citi", "Citigroup"; "Pepsi", "PepsiCo"), or the one body whose name it opens and
  that the corpus writes in full more often ("Tarvo", "Tarvo Mae"; lone_names.py);
- a body's name without the town that opens it is the body, when one body has it and the
  corpus writes it in full as often ("Jaguars", "Jacksonville Jaguars"; placed.py);
- a firm's name written with its legal form ("Orlen Inc") joins its other names (registered.py);
- the canonical name is the most complete form among the common ones.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .countries import country_of
from .expansions import join_expansions
from .joined import DOMINANCE, SURNAME_ARTICLES, JoinedNames, dominant
from .lone_names import join_family_names, join_lone_openers
from .organisations import ORGANISATION_WORDS, without_legal_form
from .overrides import Overrides, OverridesError
from .names import as_written, fold, same_first_name, surname_key, variant_key, within
from .gazetteer import in_gazetteer
from .placed import join_after_place
from .places import is_place, named_after_place
from .registered import join_registered, name_of_founder, registered
from .spellings import acronym, acronym_key, spelling_key
from .titles import title_length
from .variants import join_clipped, join_plurals, join_swapped_letters

__all__ = ["Actor", "Overrides", "ActorDirectory", "OverridesError", "dominant", "DOMINANCE"]

LONE_PERSON_SHARE = 2 / 3  # a lone word no full name supports is a person in this share of its articles
SURNAME_SUPPORT = 10  # people named in full support a lone surname seen up to this many times as often
TITLED_ARTICLES = 10  # a full name given a person's role this often is a person ...
TITLED_SHARE = 0.25  # ... or in this share of its articles
BODY_SHARE = 0.1  # a name an article writes as a firm's ("shares of X") in this share of its articles is one
WORK_SHARE = 0.5  # a body's name set in quotation marks as a work's title in this share of its articles is a work's


@dataclass(frozen=True)
class Actor:
    name: str
    type: str
    aliases: tuple[str, ...]
    articles: int  # articles naming it (an upper bound: one article may use two spellings)
    hidden: bool = False


class ActorDirectory:
    """Names -> actors for one corpus."""

    def __init__(self, seen: Iterable[tuple[str, str, int]], overrides: Overrides | None = None,
                 titled: Mapping[str, int] | None = None, bodies: Mapping[str, int] | None = None,
                 works: Mapping[str, int] | None = None) -> None:
        """`seen`: (name, type, articles) for every name and type the index holds;
        `titled`: for a name, how many times an article gives it a person's role
        ("Prime Minister Liz Truss", "Twitter CEO Elon Musk"); `bodies`: in how many
        articles it is written as a firm's, a paper's or an agency's ("shares of Orlen");
        `works`: in how many it is set in quotation marks as a work's title ('Harbour of
        Knives'), hidden as no actor when that is two articles and half of its own."""
        overrides = overrides or Overrides()
        self.titled = dict(titled or {})
        self.bodies = dict(bodies or {})
        self.works = dict(works or {})
        self.types: dict[str, Counter[str]] = defaultdict(Counter)
        for name, kind, articles in seen:
            self.types[name][kind] += articles
        for group in overrides.merge:
            for name in group:
                self.types.setdefault(name, Counter())
        self._names = list(self.types)
        self.articles = {name: sum(self.types[name].values()) for name in self._names}
        self.kind = {name: (self.types[name].most_common(1)[0][0] if self.types[name] else "PER")
                     for name in self._names}
        for name in self._names:  # a full name the coverage gives a person's role is a person's ("Quell" is theirs)
            if self.kind[name] != "PER" and " " in name.strip() and self._titled([name], self.articles[name]) \
                    or self.kind[name] == "LOC" and self._person_after_place(name):
                self.kind[name] = "PER"
        self._sets = JoinedNames(self._names)
        self._split = set(overrides.split)
        self._join_spellings()
        self._join_countries()
        self._registered = {name for name in self._names if registered(name)}  # firms with their legal forms
        join_registered(self._names, self.types, self._sets, lambda n: self._titled([n], self.articles[n]), self._split,
                        self._registered)
        people = self._join_first_names()
        totals = self._totals()
        self._attested = {key for key, groups in people.items()
                          if any(totals[self._sets.find(group)] >= SURNAME_ARTICLES for group in groups)}
        self._borne = {key: sum(totals[root] for root in {self._sets.find(group) for group in groups})
                       for key, groups in people.items()}  # articles naming in full people of a surname
        join_plurals(self._names, self.types, self._sets, self._attested, self._split)
        join_clipped(self._names, self.types, self._sets, self._totals(), dominant, self._split)
        join_swapped_letters(self._names, self.kind, self._sets, people, self._totals(), dominant, DOMINANCE,
                             self._split)
        self._join_surnames(people)
        join_family_names(self._names, self.kind, self._sets, self._totals(), people, self._surnames, self._split)
        join_lone_openers(self._names, lambda name: self.kind[name] == "ORG" or self._a_body([name], self.articles[name]),
                          self._sets, self._totals(), people, self._split)
        join_expansions(self._names, self.kind, self._sets, self._totals(), self._attested, self._split)
        join_after_place(self._names, self.kind, self.articles, self._sets, self._split)
        for group in overrides.merge:
            for other in group[1:]:
                self._sets.union(group[0], other)
        self._list_actors(overrides)

    def _totals(self) -> Counter[str]:
        """Articles per group of names joined so far."""
        totals: Counter[str] = Counter()
        for name in self._names:
            totals[self._sets.find(name)] += self.articles[name]
        return totals

    def _join_spellings(self) -> None:
        """Spellings with one variant key are one actor (Zelensky, Zelenskyy, Zelenskiy)."""
        acronyms = {letters for name in self._names if (letters := acronym(name))}
        places = {variant_key(name) for name in self._names if self.kind[name] == "LOC" and acronym(name)}
        by_key: dict[tuple[str, bool], list[str]] = defaultdict(list)
        for name in self._names:
            if name not in self._split:  # a person's name and another thing's never meet by spelling ("Un", "UN")
                by_key[(spelling_key(name, self.kind[name], acronyms, places), self.kind[name] == "PER")].append(name)
        for group in by_key.values():
            for other in group[1:]:
                self._sets.union(group[0], other)

    def _join_countries(self) -> None:
        """A country's names are one place ("America", "United States of America")."""
        first: dict[str, str] = {}
        for name in self._names:
            code = country_of(name) if self.kind[name] == "LOC" and name not in self._split else None
            if code is not None:
                self._sets.union(first.setdefault(code, name), name)

    def _join_first_names(self) -> dict[str, set[str]]:
        """"Donald J Trump", "Vladimir Zelensky": one person when the surname agrees and the
        first names are spellings of one name.  Returns the people named in full, by surname."""
        sets, people = self._sets, defaultdict(set)
        for name in self._names:
            if self.kind[name] == "PER" and " " in name.strip() and name not in self._split and not is_place(name):
                people[surname_key(name)].add(sets.find(name))
        bridges = self._bridges(people)
        for name in self._names:
            if name in self._split or self.kind[name] != "PER" or " " not in variant_key(name) or name in bridges:
                continue
            words = variant_key(name).split()
            same = {p for p in people.get(surname_key(name), set()) if p != sets.find(name) and p not in bridges
                    and (same_first_name(variant_key(p).split()[0], words[0])
                         or within(words, variant_key(p).split()) or within(variant_key(p).split(), words))}
            for other in same:
                sets.union(other, name)
        totals = self._totals()
        for name, inside in bridges.items():  # to the one person it can mean, if one dominates
            target = dominant({sets.find(p) for p in inside}, totals.__getitem__)
            if target is not None:
                sets.union(target, name)
        return people

    def _bridges(self, people: dict[str, set[str]]) -> dict[str, set[str]]:
        """Names that hold two people's names: "Eric Donald Trump" (from "… his brother Eric
        Donald Trump's eldest son …") holds "Eric Trump" and "Donald Trump", who have
        different first names.  Joined to both it would make the brothers one person; it
        goes to the one that dominates, if one does.  Returns each such name with the names
        within it."""
        bridges: dict[str, set[str]] = {}
        for name in self._names:
            words = variant_key(name).split()
            if self.kind[name] != "PER" or len(words) < 3 or name in self._split:
                continue
            inside = {p for p in people.get(surname_key(name), set()) if within(variant_key(p).split(), words)}
            firsts = [variant_key(p).split()[0] for p in inside]
            if any(not same_first_name(a, b) for a in firsts for b in firsts):
                bridges[name] = inside
        return bridges

    def _join_surnames(self, people: dict[str, set[str]]) -> None:
        """A lone surname is the person who bears it, when one clearly does."""
        sets, totals = self._sets, self._totals()
        self._surnames: set[str] = set()  # the names joined here, as the surname of a person
        persons: Counter[str] = Counter()  # articles where the tagger called a group's names a person
        for name in self._names:
            persons[sets.find(name)] += self.types[name]["PER"]
        # A spelling joined to initials that outnumber it ("Un" to "UN") is that body's, not
        # a surname ("OKAFOR" in a headline beside "Okafor" is still the surname).
        largest: dict[str, str] = {}
        for name in self._names:
            group = sets.find(name)
            if group not in largest or self.articles[name] > self.articles[largest[group]]:
                largest[group] = name
        initialled = {group for group, name in largest.items() if acronym_key(name) and self.kind[name] != "PER"}
        first_names: Counter[str] = Counter()  # articles naming a person in full with it as first name
        for name in self._names:
            if self.kind[name] == "PER" and " " in variant_key(name):
                first_names[variant_key(name).split()[0]] += self.articles[name]
        for name in self._names:
            if name in self._split or is_place(name) or " " in variant_key(name) or sets.find(name) in initialled:
                continue
            person = dominant({sets.find(p) for p in people.get(variant_key(name), set())}, totals.__getitem__)
            own = sets.find(name)
            # Not when the corpus says otherwise: "David" opens more people's names than it
            # closes ("Craig David"), and a name written in full in one article ("Tory Brexit",
            # "Start Here") is no person the corpus names by surname in many more.
            if person is not None and (first_names[variant_key(name)] > totals[person]
                                       or totals[person] < SURNAME_ARTICLES < totals[own]):
                continue
            if person is not None and person != own:
                # The name with its spellings: "KREMLIN" in two headlines is "Kremlin" in 1,800
                # articles, not the surname of a name seen once.
                per_share = persons[own] / max(1, totals[own])
                if per_share >= 0.5 or (totals[own] <= 2 * totals[person] and not acronym(name)):
                    joined_total, joined_persons = totals[person] + totals[own], persons[person] + persons[own]
                    sets.union(person, name)  # ("UN" is not Kim Jong Un's surname)
                    totals[sets.find(name)], persons[sets.find(name)] = joined_total, joined_persons
                    self._surnames.add(name)

    def _list_actors(self, overrides: Overrides) -> None:
        members: dict[str, list[str]] = defaultdict(list)
        for name in self._names:
            members[self._sets.find(name)].append(name)
        hidden = {variant_key(n) for n in overrides.hide}
        renamed = {variant_key(k): v for k, v in overrides.rename.items()}
        self._actor_of: dict[str, Actor] = {}
        self.actors: list[Actor] = []
        for group in members.values():
            actor = self._make(group, hidden, renamed, overrides)
            self.actors.append(actor)
            for name in group:
                self._actor_of[name] = actor
        self.actors.sort(key=lambda a: (-a.articles, a.name))
        self._by_key: dict[str, list[Actor]] = defaultdict(list)
        for actor in self.actors:
            keys = {variant_key(n) for n in (actor.name, *actor.aliases)}
            if actor.type == "PER":
                keys |= {surname_key(n) for n in (actor.name, *actor.aliases)}
            elif actor.type == "ORG":  # asked for without its legal form
                keys |= {" ".join(without_legal_form(key.split())) for key in keys}
            for key in keys:
                self._by_key[key].append(actor)

    def _make(self, group: list[str], hidden: set[str], renamed: dict[str, str], overrides: Overrides) -> Actor:
        kinds: Counter[str] = Counter()
        for name in group:
            kinds.update(self.types[name])
        kind = max(kinds, key=lambda k: (kinds[k], k == "PER")) if kinds else "PER"
        full = [n for n in group if " " in n.strip()]
        lone = {variant_key(n) for n in group if " " not in n.strip()}
        if lone and lone <= {variant_key(n) for n in group if n in self._surnames} \
                and any(self.kind[n] == "PER" for n in full):
            # Lone surnames joined as a person's: the person decides ("Vladimir Putin"; a
            # bare "Putin" in headlines reads like "Russia" to the tagger).
            kind = "PER"
        if self._titled(full, sum(kinds.values())) or kind == "LOC" and any(map(self._person_after_place, full)):
            kind = "PER"
        elif any(n in self._registered for n in group):  # no person's name carries a legal form
            kind = "ORG"
        elif kind == "PER" and self._a_body([n for n in group if n not in self._surnames], sum(kinds.values())):
            kind = "ORG"  # nor has shares or a chief executive
        if kind == "PER" and any(is_place(n) for n in group) and not full:
            kind = "LOC"
        elif kind == "PER" and full and all(fold(n).split()[-1] in ORGANISATION_WORDS for n in full):
            kind = "ORG"  # "Fox News", "Wagner Group"
        elif kind == "PER" and not full and kinds["PER"] < LONE_PERSON_SHARE * sum(kinds.values()) \
                and not any(self._borne.get(variant_key(n), 0) * SURNAME_SUPPORT >= sum(kinds.values()) for n in group):
            # One word that is nobody's surname, and a person in too few of its articles to be
            # sure: a club or a platform the tagger half took for a person ("Chelsea" 33 times
            # a person, 34 not).  A mononym is a person nearly every time it is named.
            kind = max((k for k in kinds if k != "PER"), key=lambda k: (kinds[k], k))
        counts = {name: self.articles[name] for name in group}
        merged = next((g for g in overrides.merge if set(g) & set(group)), None)
        if merged:
            canonical = merged[0]
        else:
            plain = as_written(group, lambda n: is_place(n) or in_gazetteer(n))
            common = [n for n in plain if counts[n] >= 0.2 * max(counts[m] for m in plain)]
            canonical = max(common, key=lambda n: (len(n.split()) if kind == "PER" else 0, counts[n], n))
            founded = {key: firm for n in group if n in self._registered
                       for founder, rest, firm in [name_of_founder(n)] if founder for key in (founder, rest) if key}
            canonical = founded.get(fold(canonical), canonical)  # "Marl's Sporting Goods", not "Marl"
        display = renamed.get(variant_key(canonical)) or next(
            (renamed[variant_key(n)] for n in group if variant_key(n) in renamed), canonical)
        quoted = sum(self.works.get(n, 0) for n in group)  # a show, a film, a book: no actor
        is_hidden = any(variant_key(n) in hidden for n in (*group, display)) \
            or kind == "ORG" and quoted >= 2 and quoted >= WORK_SHARE * sum(counts.values())
        aliases = tuple(sorted(set(group) - {display}))
        return Actor(display, kind, aliases, sum(counts.values()), is_hidden)

    def _titled(self, full_names: list[str], articles: int) -> bool:
        """Whether the coverage gives these full names a person's role often enough to
        say they are a person, whatever the tagger typed.  A title before a name is what
        the tagger misses in headlines and short items: it types "Elon Musk" a firm in
        1,214 of the 1,270 news-2022 items that name him, where 52 give him a role."""
        titled = sum(self.titled.get(name, 0) for name in full_names)
        return titled >= 2 and titled >= min(TITLED_ARTICLES, TITLED_SHARE * articles)

    def _person_after_place(self, name: str) -> bool:
        """"Virginia Vell" typed a place, where the corpus names a person "Vell" alone in two
        articles or more, and in no more than the full name: a person whose first name is
        a place's (places.named_after_place).  Not "Beijing Covid" ("Covid", which the
        tagger takes for a person, is named alone far more often), nor on one article's
        word ("Beverly Hilton", "Bicester Hunt", where BBC names a "Hilton" and a "Hunt" once)."""
        surname = named_after_place(name)
        alone = self.types.get(surname) if surname else None
        return bool(alone) and max(alone, key=lambda k: (alone[k], k == "PER")) == "PER" \
            and 2 <= alone["PER"] and sum(alone.values()) <= self.articles[name]

    def _a_body(self, names: list[str], articles: int) -> bool:
        """Whether the coverage writes these names as a firm's (its shares, its chief
        executive: firm_marks.py), a paper's or an agency's in two articles or more and in a
        tenth of them, more often than it gives them a person's role.  Such marks are
        rare and near certain (16 of 16 right in BBC's full texts), where the tagger,
        reading "Fannie Mae, Freddie Mac stocks fall", takes two people."""
        marked = sum(self.bodies.get(name, 0) for name in names)
        return marked >= 2 and marked >= BODY_SHARE * articles \
            and marked > sum(self.titled.get(name, 0) for name in names)

    def actor_of(self, name: str) -> Actor | None:
        return self._actor_of.get(name)

    def name_for(self, name: str) -> str | None:
        """The corpus-wide name of a name seen in an article: its actor's name, None when
        that actor is hidden, the name itself when the directory does not know it."""
        actor = self._actor_of.get(name)
        if actor is None:
            return name
        return None if actor.hidden else actor.name

    def speaker(self, name: str | None) -> str | None:
        """Who said a quote, under the corpus-wide name (a hidden actor keeps the name seen)."""
        return (self.name_for(name) or name) if name else name

    def names_in(self, seen: Iterable[str]) -> tuple[str, ...]:
        """Names seen in an article, under their corpus-wide names, once each, hidden ones left out."""
        found: dict[str, None] = {}
        for name in seen:
            canonical = self.name_for(name)
            if canonical is not None:
                found[canonical] = None
        return tuple(found)

    def actors_in(self, seen: Iterable[str]) -> dict[str, Actor]:
        """The known, shown actors behind names seen in an article, by corpus-wide name."""
        found = {}
        for name in seen:
            actor = self._actor_of.get(name)
            if actor is not None and not actor.hidden:
                found[actor.name] = actor
        return found

    def names_of(self, actor: Actor) -> list[str]:
        """Every indexed name that belongs to `actor`."""
        return [n for n in (actor.name, *actor.aliases) if n in self.types]

    def find(self, text: str, kind: str | None = None) -> list[Actor]:
        """The actors a user means by `text` ('zelensky', 'Volodymyr Zelenskyy', 'NATO'):
        those with that name or spelling; else, for a surname, the person who bears it
        (or every bearer when none dominates)."""
        key = variant_key(text)
        found = [a for a in self._by_key.get(key, []) if kind is None or a.type == kind]
        exact = [a for a in found if any(variant_key(n) == key for n in (a.name, *a.aliases))]
        if exact:
            return exact
        if len(found) > 1:
            one = dominant(found, lambda a: a.articles)
            if one is not None:
                return [one]
            found.sort(key=lambda a: -a.articles)
        letters = acronym(text.upper()) if len(text) <= 6 else None
        if not found and letters:
            found = [a for a in self.actors if any(acronym(n) == letters for n in (a.name, *a.aliases))]
        if not found and kind in (None, "PER"):  # "President Trump", "Defense Secretary Pete Hegseth"
            words = text.split()
            titled = title_length([w.lower().rstrip(".,") for w in words])
            if titled:
                found = self.find(" ".join(words[titled:]), "PER")
        return found
