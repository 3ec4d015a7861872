"""Re-resolve only what a load changed, keeping the rest of the graph as stored.

A load that adds, changes or drops a few sources of a big store should not unpack every
source's facts and resolve the whole graph again. `ResolverState` keeps, between loads,
what the resolver learned from all sources (the periods known under each number, the
dates written for each document, the profiles of colliding numbers, what each source
cites) and, per source, the *families* its resolution touches. `resolve_changes` then
re-resolves a part of the sources and says which stored rows its result replaces.

A family is what a document's identity is decided within:
- a number's base (number, type and issuers without the year, `resolve.number_base`):
  every key of a numbered document is `base@period[@scope]`, and every fact that decides
  which key a mention joins is read under its base;
- a document cited by name (`name:...@year`): one node per name, made from every source
  that names it;
- a text's own unnumbered node (`unnumbered:<source>`), which only its source makes.

THE RULE. The families *touched* by a load are the families of the sources it adds,
changes (the old text is dropped, the new one added) or drops. Every document of a
touched family is rebuilt from the sources that touch one of them (its *members*), and
every member is re-resolved whole, but a stored member whose every numbered mention of a
touched family is dated: that one resolves them as before (a dated mention names its own
key, `Resolver.resolve`), so it only gives its part of those documents again and keeps
its stored edges and cases, unless a document it cites of a touched family is now dated
or numbered otherwise (`_citing_redated`: that decides whether its edges are set aside as
impossible, and what their cases say), when it is re-resolved too. Its part is kept in
the state (`parts.SourcePart`, made from what the resolver noted of it when its facts were
last read), so that noting it reads no facts (`Resolver.note_part`). Everything else keeps its
stored rows.

Why it is sound (the same graph as resolving every source at once):
- A mention's resolution reads only state under its own base: the periods and scopes
  known under the base (`anchors`), the dates written for its candidate keys, the
  candidates' profiles (made from the sources that cite them, which all cite the base),
  the co-citations of those sources (each source's own citations, `cited`, which only its
  own facts give) and what the citing source says of itself. If no source touching the
  base changed, none of this changed, so the mention resolves as before, and so do its
  evidence and its unresolved case.
- That holds for the mentions still unresolved: the evidence that could decide them is
  read under the same base, so new evidence for them arrives only with a source that
  touches that base, and they are then re-resolved with it.
- A document of an untouched family is made only from mentions that resolve as before,
  by sources that did not change: its row is the stored one. A document of a touched
  family is made only by sources that touch the family, all read again (re-resolved, or
  noting their part as `add_source` would). A part kept is what `note_source`, `learn`
  and `profile` made of the source's facts, which have not changed since (a changed text
  is another source), nor has what they read of the rest: only the periods known, for
  its mentions that are not dated (whose source is then resolved again, not noted), and
  whether a number is undated somewhere, for the topics its profiles keep (a part made
  while its number was dated everywhere has none: its source is read when they are asked
  for).
- An edge's evidence comes from the sources whose statements name both its ends. Edges
  are merged by evidence: the stored evidence of sources not re-resolved is kept, that of
  re-resolved sources replaced, in the order of source ids (as a whole resolution adds it).
  An edge between two untouched documents keeps its dates, so whether it is set aside as
  impossible is decided as before (`Resolver.finish` is given the stored documents).
- A stored edge on which every re-resolved or dropped source gives the evidence it gave
  (the state keeps a print of each source's evidence on each edge) is the stored one,
  whoever else supports it: only the others are read back and merged (`edges_to_read`),
  those a member not re-resolved supports too among them.
- A member not re-resolved gives the same edges and cases, and its evidence is stored:
  its mentions of untouched families resolve as before (above), those of touched ones
  name their dated keys, and whether an edge is set aside reads only its ends' dates,
  which it is re-resolved for when they moved.
- The figures of the resolution and the warnings are kept per source and summed.
- An organisation node stays while some source names it.

Where the rule does not apply, the load resolves everything (and then keeps the state):
- when there is no state for the store, or it belongs to another build of the store
  (a crash between the store's swap and the state's: see `vanban.load`);
- when the facts version or the resolver's state format changed;
- when the store has corrections: a `same` or `mention` correction joins documents across
  families, a `misprint` changes a mention's family, and a `document` correction or any
  of them is counted over the whole corpus. Corrections are a researcher's short file, so
  this is left whole rather than made incremental.
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import few
from .collector import collector_paused
from .model import Document, Edge, Evidence, Graph
from .parts import fill_sentences, parts_of, unpack
from .resolve import Resolver, SourcePart, unnumbered_key
from .state_file import FamilyRows, RowsAhead, StateFile, write_seal, write_tables
from .state_file import remove as remove_state
from .weigh import Profile
from .weigh_ahead import WeighedAhead, worth_weighing_ahead

# Bumped whenever what the state holds or how a family is read changes: a state of
# another format is not used (the load resolves everything).
STATE_FORMAT = 11


def family_of_key(key: str) -> str:
    """The family of a document key (see the module's docstring)."""
    if key.startswith(("name:", "unnumbered:")):
        return key
    # the base, before the first '@' (`split_key(key)[0]`, without splitting the rest: it
    # is asked for every document and every key each source cites, 1.4M times at 100k)
    return key.partition("@")[0]


def source_families(facts: dict[str, Any], resolver: Resolver) -> set[str]:
    """Every family the resolution of one source's facts reads or writes."""
    found = {unnumbered_key(facts["source"]["id"])}
    for _m, identity in resolver.numbers_of(facts).numbered(facts):
        found.add(identity.base)
    found.update(resolver.named_keys_of(facts))
    return found


# The state's tables kept a row a key in the state file (`state_file`), read as asked for.
_TABLES: dict[str, Callable[[], Any] | None] = {
    "anchors": dict,
    "dates": Counter,
    "profiles": None,
    "cited": set,
    "keys_of": None,
    "families_of": None,
    "sources_of": None,
    "documents_of": None,
    "organisations_of": None,
    "organisation_counts": int,
    "stats_of": None,
    "edges_of": None,
}


@dataclass
class ResolverState:
    """What the resolver learned from every source, kept between loads of one store.

    Read back from its file, the tables are `StoredTable`s: a key is read when asked
    for, and only the rows read, set or removed are written back (`save_state`)."""

    facts_version: int
    stamp: tuple[int, ...] = ()  # the store file this state belongs to (see `store_stamp`)
    whole_size: int = 0  # bytes of the store when it was last built whole
    # The resolver's own tables, shared with it while it runs (never copied: a load
    # takes the touched families out and lets the resolver put them back).
    anchors: dict[str, dict[str, few.Few]] = field(default_factory=lambda: defaultdict(dict))
    dates: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    profiles: dict[str, Profile] = field(default_factory=dict)
    cited: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # family -> keys learned, sources, document keys: a text alone, else a set (`few`)
    keys_of: dict[str, few.Few] = field(default_factory=dict)
    families_of: dict[str, set[str]] = field(default_factory=dict)  # source -> families
    sources_of: dict[str, few.Few] = field(default_factory=dict)
    documents_of: dict[str, few.Few] = field(default_factory=dict)
    organisations_of: dict[str, set[str]] = field(default_factory=dict)  # source -> keys
    organisation_counts: dict[str, int] = field(default_factory=Counter)  # key -> sources
    stats_of: dict[str, Counter[str]] = field(default_factory=dict)
    # source -> the keys (from, relation, to) of the edges it gives evidence of, but
    # ISSUED_BY (made per document), each with a print of that evidence: an update reads
    # back only the stored rels on which a source resolved again says something else
    edges_of: dict[str, dict[tuple[str, str, str], bytes]] = field(default_factory=dict)
    # family -> source -> its part of the family, packed (`parts.SourcePart`), a row each:
    # an update notes the sources it does not resolve again from these, without their facts
    parts: FamilyRows = field(default_factory=FamilyRows)
    # read whole with the header: small (a count by reason; the few sources with warnings)
    stats_total: Counter[str] = field(default_factory=Counter)
    warnings_of: dict[str, list[str]] = field(default_factory=dict)
    format: int = STATE_FORMAT
    file: StateFile | None = None  # the file it was read from, open until saved

    def stats(self) -> dict[str, int]:
        return {k: v for k, v in self.stats_total.items() if v}

    def warnings(self) -> list[str]:
        return [w for source in sorted(self.warnings_of) for w in self.warnings_of[source]]

    def header(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "facts_version": self.facts_version,
            "stats_total": self.stats_total,
            "warnings_of": self.warnings_of,
        }


# The state file is written in two steps: the state, the long part, while the store it
# belongs to is still being built (`write_state_body`), and its seal, (stamp,
# whole_size), once the store is swapped in and its stamp known (`seal_state`). An update
# by difference writes its rows and the new seal in one transaction (`save_state`).


def read_state(path: Path, facts_version: int, stamp: tuple[int, ...]) -> ResolverState | None:
    """The state at `path` if it belongs to the store of `stamp`, else None. Its tables
    are read a key at a time, from the file kept open in `state.file`."""
    try:  # a save interrupted left a journal: SQLite rolls it back at the first read
        file = StateFile(path)
    except (OSError, sqlite3.Error, pickle.UnpicklingError, EOFError, KeyError, TypeError):
        return None
    header, seal = file.header, file.seal
    if (
        not isinstance(header, dict)
        or header.get("format") != STATE_FORMAT
        or header.get("facts_version") != facts_version
        or not isinstance(seal, tuple)
        or len(seal) != 2
        or seal[0] != stamp
    ):
        file.close()
        return None
    tables = {name: file.table(name, default) for name, default in _TABLES.items()}
    tables["parts"] = file.family_rows("parts")
    state = ResolverState(
        facts_version=facts_version,
        stamp=seal[0],
        whole_size=seal[1],
        stats_total=header["stats_total"],
        warnings_of=header["warnings_of"],
        file=file,
        **tables,
    )
    return state


def state_part(path: Path) -> Path:
    """Where the state is written before it is sealed and moved to `path`."""
    return path.with_name(path.name + ".part")


def write_state_body(state: ResolverState, path: Path, ahead: RowsAhead | None = None) -> None:
    """Write the state (without its seal) beside `path`, for `seal_state` to finish; with
    `ahead`, in the file it began (`begin_state_ahead`) and wrote some tables of."""
    done = ahead.tables if ahead is not None else set()
    tables = {name: getattr(state, name) for name in _TABLES if name not in done}
    with collector_paused():
        families = {"parts": state.parts}
        write_tables(state_part(path), state.header(), tables, families, ahead is not None)


def begin_state_ahead(ahead: RowsAhead, path: Path) -> None:
    """Have `ahead` begin the state file of `path` (as `write_state_body` writes it) and
    write its parts and tables as a whole resolution hands them (`resolve_changes`)."""
    ahead.begin(state_part(path), [*_TABLES, "parts"], "parts")


def seal_state(path: Path, stamp: tuple[int, ...], whole_size: int) -> None:
    """Seal the state `write_state_body` wrote with the stamp and whole size of its store,
    and move it over the state at `path`."""
    part = state_part(path)
    write_seal(part, (stamp, whole_size))
    remove_state(path)  # with a journal of its own that must not meet the new file
    part.replace(path)


def write_state(state: ResolverState, path: Path) -> None:
    """Write the state next to its store: a new file moved over the old one."""
    write_state_body(state, path)
    seal_state(path, state.stamp, state.whole_size)


def let_go_tables(state: ResolverState) -> None:
    """Empty the tables of a state written whole (`write_state_body`), for a caller that
    reads only its header and seal fields after: a whole load holds the state's tables,
    as the resolver's, until they are written, and needs them no more (at 100k documents
    0.67 GB given back, held while the store was copied)."""
    fresh = empty_state(state.facts_version)
    for name in (*_TABLES, "parts"):
        setattr(state, name, getattr(fresh, name))


def save_state(state: ResolverState, path: Path) -> None:
    """Write the state read from `path` and changed since, sealed with its (new) stamp
    and whole size: the rows it read, set or removed, in one transaction. A state not read
    from a file is written whole."""
    if state.file is None:
        write_state(state, path)
        return
    tables = {name: getattr(state, name) for name in _TABLES}
    file, state.file = state.file, None
    with collector_paused():
        file.save(state.header(), (state.stamp, state.whole_size), tables, {"parts": state.parts})


def close_state(state: ResolverState | None) -> None:
    """Let go of the file a state was read from, unsaved."""
    if state is not None and state.file is not None:
        state.file.close()
        state.file = None


@dataclass
class Change:
    """What `resolve_changes` re-resolved and which stored rows its graph replaces."""

    graph: Graph  # the re-resolved part: documents of touched families, their edges, ...
    state: ResolverState  # the new state, for every source
    touched: set[str]  # families
    resolved: set[str]  # sources re-resolved (new ones included)
    dropped: set[str]  # sources gone from the store
    stale_documents: set[str]  # stored documents to replace or remove
    stale_organisations: set[str]  # stored organisations no source names any more
    new_organisations: set[str]  # organisations the store does not hold yet


def resolve_changes(
    state: ResolverState,
    new: dict[str, dict[str, Any]],
    dropped: set[str],
    stored_facts: Callable[[list[str]], dict[str, dict[str, Any]]],
    stored_documents: Callable[[list[str]], dict[str, Document]],
    let_go: bool = False,
    ahead: RowsAhead | None = None,
) -> Change:
    """Re-resolve what adding the sources `new` (id -> facts, as `SourceFacts.to_dict`)
    and dropping the stored sources `dropped` can change (the rule of the module).

    `stored_facts` gives the facts of stored sources by id, asked only for those resolved
    again (a member only noted gives its part of the touched families from the state:
    `parts`); `stored_documents` gives stored documents by key, with at least what dates
    an edge (`resolve.dated_before`: their key, number, date and year), for the ends the
    update does not rebuild. `state` is updated in place and returned in the `Change`.
    With an empty state and every source in `new`, this is a whole resolution.

    With `let_go`, each source's records (`RECORDS`) are emptied in its facts once it is
    resolved, for a caller that reads nothing else of them afterwards than their source
    and version: the memory they free holds the graph made from the sources after it.

    With `ahead` (a whole resolution only: an empty state, every source new), each
    source's parts are handed to it as they are made (`RowsAhead.add`), not kept in the
    state's `parts`, which stays empty; and the resolver's tables as each is final
    (`RowsAhead.add_table`, `write_state_body` then leaves them out)."""
    probe = Resolver()
    new_families = {i: source_families(f, probe) for i, f in new.items()}
    touched: set[str] = set()
    for source in dropped:
        touched |= state.families_of.get(source, set())
    for families in new_families.values():
        touched |= families
    members = set(new)
    for family in touched:
        members.update(few.items(state.sources_of.get(family)))
    members -= dropped - set(new)
    stored = _stored_parts(state, touched, members - set(new))
    parts = _alike_parts(stored)
    facts = {**stored_facts(sorted(members - set(new) - set(parts))), **new}
    ordered = sorted(members)

    learner = Resolver(numbers=probe.numbers)  # the probe read every source's numbers
    _seed(learner, state, touched, dropped | set(facts))  # a part's citations stay stored
    for i in ordered:  # each member from its facts, else from its parts
        if i in facts:
            learner.learn(facts[i], touched)
        else:
            for part in parts[i].values():
                learner.learn_part(part)
    # a part made while a touched number was dated everywhere lacks its topics, which an
    # undated mention of it now asks for: its source is read (once, in such a load)
    lacking = sorted(i for i, of in parts.items() if any(map(learner.needs_topics, of.values())))
    facts.update(stored_facts(lacking))
    for i in lacking:
        del parts[i]
    for i in ordered:
        if i in facts:
            learner.profile(facts[i], touched)
        else:
            for part in parts[i].values():
                learner.profile_part(i, part)
    if ahead is not None:  # every source learned: these change no more
        for name in ("anchors", "dates", "cited"):
            ahead.add_table(name, getattr(state, name))
    noted = {i: set().union(*(part.keys() for part in of.values())) for i, of in parts.items()}
    for i in members - set(new) - set(parts):
        keys = keys_resolved_alike(facts[i], learner, touched)
        if keys is not None:
            noted[i] = keys
    resolved = members - set(noted)
    resolver = learner.learned_only()
    fresh: dict[str, dict[str, bytes]] = defaultdict(dict)  # family -> source -> part
    # a whole resolution on two cores: a second process weighs its undated numbers ahead
    weighed = (
        WeighedAhead(resolver, [facts[i] for i in ordered])
        if ahead is not None and worth_weighing_ahead()
        else None
    )
    try:
        for position, i in enumerate(ordered):
            f = facts.get(i)
            if i in resolved:
                ready = weighed.take(position, i) if weighed is not None else None
                resolver.add_source(f, ready)  # type: ignore[arg-type]
            elif f is not None:
                resolver.note_source(f, touched)
            else:
                for part in parts[i].values():
                    resolver.note_part(part)
            if f is not None:  # its parts, from what it just noted (`Resolver.noted`)
                making = touched if i in new else _to_make(stored[i], learner)
                made = parts_of(f, making, resolver)
                if ahead is not None:
                    ahead.add(i, made)
                else:
                    for family, part in made.items():
                        fresh[family][i] = part
                if let_go and i in resolved:  # only a noted source may be added again
                    let_go_records(f)  # (`_add_sources_again`)
    finally:
        if weighed is not None:  # the topics it counted, in the profiles before they are kept
            weighed.close()
    if ahead is not None:  # every source added: their weighing counted the topics it read
        ahead.add_table("profiles", state.profiles)

    def kept(key: str) -> bool:
        return family_of_key(key) in touched

    if parts:  # their evidence came without its sentences
        fill_sentences(resolver.issuer_evidence(kept), facts, stored_facts)
    graph = resolver.finish(keep=kept, stored=stored_documents)
    redated = _citing_redated(graph, noted, stored_documents)
    if redated:
        facts.update(stored_facts(sorted(redated - set(facts))))
        again = [facts[i] for i in ordered if i in redated]
        _add_sources_again(resolver, learner, again, stored_documents)
        resolved |= redated

    stale_documents = {
        key for family in touched for key in few.items(state.documents_of.get(family))
    }
    # the documents the members cite (`cited`, whose rows the noted parts leave unread)
    learned = {key for of in parts.values() for part in of.values() for key in part.learned}
    for i in members - set(parts):
        learned.update(resolver.cited.get(i, ()))
    stale_organisations, new_organisations = _update_state(
        state, resolver, graph, touched, dropped, resolved, members, new_families, learned
    )
    if ahead is None:
        _update_parts(state, touched, fresh)
    return Change(
        graph=graph,
        state=state,
        touched=touched,
        resolved=resolved,
        dropped=dropped - set(new),
        stale_documents=stale_documents,
        stale_organisations=stale_organisations,
        new_organisations=new_organisations,
    )


def _stored_parts(
    state: ResolverState, touched: set[str], stored: set[str]
) -> dict[str, dict[str, SourcePart | None]]:
    """The parts (`ResolverState.parts`) of the `stored` members in each touched family
    they touch (None: none kept). A member whose every part resolves its family alike is
    noted from them, unread; the others are read and resolved from their facts."""
    found: dict[str, dict[str, SourcePart | None]] = defaultdict(dict)
    for family in touched:
        packed = state.parts.get(family)
        for source in few.items(state.sources_of.get(family)):
            if source in stored:
                data = packed.get(source)
                found[source][family] = None if data is None else unpack(data, source)
    return found


def _alike_parts(
    stored: dict[str, dict[str, SourcePart | None]],
) -> dict[str, dict[str, SourcePart]]:
    """The stored members noted from their parts: those whose every part resolves its
    family alike."""
    found = {}
    for source, of in stored.items():
        alike = {family: part for family, part in of.items() if part is not None and part.alike}
        if len(alike) == len(of):
            found[source] = alike
    return found


def _to_make(kept: dict[str, SourcePart | None], learner: Resolver) -> set[str]:
    """The families whose part a stored member read from its facts is given anew: where
    none is kept, or the one kept lacks the topics now asked for. The others stand: a part
    is its facts' (which a stored source keeps), but for its topics (`needs_topics`)."""
    return {
        family
        for family, part in kept.items()
        if part is None or (part.alike and learner.needs_topics(part))
    }


def _update_parts(
    state: ResolverState, touched: set[str], fresh: dict[str, dict[str, bytes]]
) -> None:
    """Keep the parts of the touched families' sources: those made anew from the facts
    read, the stored ones of the sources only noted; none of a source gone from the
    family (`sources_of`, updated already)."""
    for family in touched:
        holders = few.items(state.sources_of.get(family))
        row = {s: data for s, data in state.parts.get(family).items() if s in holders}
        row.update(fresh.get(family, {}))
        state.parts[family] = row


def keys_resolved_alike(
    facts: dict[str, Any], resolver: Resolver, touched: set[str]
) -> set[str] | None:
    """The documents of the `touched` families a stored source cites, if it resolves every
    mention of them as before whatever the change (else None): when each numbered one is
    dated (a dated mention names its own key, `Resolver.resolve`); one cited by name
    always names the same node. Its edges and cases are then those stored, unless one of
    these documents is dated otherwise now (`_citing_redated`)."""
    keys: set[str] = set()
    for _m, identity in resolver.numbers_of(facts).numbered(facts):
        if identity.base in touched:
            if identity.key is None:
                return None
            keys.add(identity.key)
    keys.update(key for key in resolver.named_keys_of(facts) if key in touched)
    return keys


def _citing_redated(
    graph: Graph,
    noted: dict[str, set[str]],
    stored_documents: Callable[[list[str]], dict[str, Document]],
) -> set[str]:
    """The sources of `noted` (source -> the documents it cites) that cite a document whose
    date, year or number `graph` changes against the store: whether an edge is set aside as
    impossible, and what its case says, read them (`Resolver._set_aside_impossible`)."""
    keys = sorted({key for cited in noted.values() for key in cited})
    if not keys:
        return set()
    stored = stored_documents(keys)
    moved = {key for key in keys if _dating(graph.documents.get(key)) != _dating(stored.get(key))}
    return {source for source, cited in noted.items() if not cited.isdisjoint(moved)}


def _add_sources_again(
    resolver: Resolver,
    learner: Resolver,
    ordered: list[dict[str, Any]],
    stored_documents: Callable[[list[str]], dict[str, Document]],
) -> None:
    """Add to the graph `resolver` built the edges, cases, figures, warnings and
    organisations of sources it only noted (`Resolver.note_source`), resolved by a
    resolver of their own that knows what `learner` learned; their part of the documents
    is in `resolver`'s graph already, whose documents (else the stored ones) date their
    edges."""
    graph = resolver.graph

    def documents(keys: list[str]) -> dict[str, Document]:
        found = stored_documents([key for key in keys if key not in graph.documents])
        return {**found, **{key: graph.documents[key] for key in keys if key in graph.documents}}

    part = learner.learned_only()
    for f in ordered:
        part.add_source(f)
    # its documents are those `resolver` built (it noted them alike): only its edges count
    built = part.finish(keep=lambda _key: False, stored=documents)
    for key, edge in built.edges.items():
        mine = graph.edges.get(key)
        if mine is None:
            graph.edges[key] = edge
        else:  # evidence in the order of source ids, as a whole resolution adds it
            mine.evidence = sorted(mine.evidence + edge.evidence, key=lambda e: e.source)
    graph.unresolved += built.unresolved
    graph.sources.update(built.sources)
    for key, organisation in built.organisations.items():
        graph.organisations.setdefault(key, organisation)
    resolver.stats_of.update(part.stats_of)
    resolver.warnings_of.update(part.warnings_of)
    resolver.organisations_of.update(part.organisations_of)


def _dating(document: Document | None) -> tuple[str | None, int | None, str | None] | None:
    return None if document is None else (document.date, document.year, document.number)


RECORDS = ("mentions", "statements", "actors")
"""The per-mention parts of a source's facts: what its resolution reads last (the graph
made from them shares only their texts, and a document's sample mention)."""


def let_go_records(facts: dict[str, Any]) -> None:
    """Empty `facts`' records (`RECORDS`), so that they are freed as the graph is made:
    held until every source was resolved, they took a whole load of 100k documents to
    4.7 GB by the end of its resolution (4.4 GB so)."""
    for name in RECORDS:
        facts[name] = []


def _seed(resolver: Resolver, state: ResolverState, touched: set[str], gone: set[str]) -> None:
    """Give `resolver` what the state knows outside the touched families: the state's
    tables themselves, with the touched families and the sources `gone` taken out (the
    resolver learns them again from the sources it re-resolves)."""
    for family in touched:
        state.anchors.pop(family, None)
        for key in few.items(state.keys_of.pop(family, None)):
            state.dates.pop(key, None)
            state.profiles.pop(key, None)
    for source in gone:
        state.cited.pop(source, None)
    resolver.anchors = state.anchors
    resolver.dates = state.dates
    resolver.profiles = state.profiles
    resolver.cited = state.cited


def _update_state(
    state: ResolverState,
    resolver: Resolver,
    graph: Graph,
    touched: set[str],
    dropped: set[str],
    resolved: set[str],
    members: set[str],
    new_families: dict[str, set[str]],
    learned: set[str],
) -> tuple[set[str], set[str]]:
    """Bring the per-source and per-family tables up to date (the resolver's own were
    updated in place) for the `members` of the touched families, of which `resolved` were
    resolved again (the others keep their figures, warnings and organisations); `learned`
    are the documents the members cite. The organisations no source names any more, and
    the new ones."""
    gone = dropped | resolved
    # the keys the touched families learned, all from these sources: each key's family
    # read once (a key is cited by many sources: 1.4M calls for 0.5M keys at 100k)
    for key in learned:
        family = family_of_key(key)
        if family in touched:
            few.add(state.keys_of, family, key)
    counts = state.organisation_counts
    before = {key for source in gone for key in state.organisations_of.get(source, ())}
    # A stored source re-resolved keeps its facts, so its families (`source_families`
    # reads nothing else): only the sources added, changed or dropped move between
    # families. Taking the others out and putting them back read and wrote a row of
    # `families_of` for each and one of `sources_of` for each of its families (at 100k
    # documents, 12,241 sources and their families' member sets, for ten new documents).
    kept = members - set(new_families)
    for source in gone - kept:
        for family in state.families_of.pop(source, set()):
            few.discard(state.sources_of, family, source)
    for source in gone:
        for key in state.organisations_of.pop(source, set()):
            counts[key] -= 1
            if counts[key] <= 0:
                del counts[key]
        stale = state.stats_of.pop(source, None)
        if stale:
            state.stats_total.subtract(stale)
        state.warnings_of.pop(source, None)
    new_organisations: set[str] = set()
    for source, families in new_families.items():
        state.families_of[source] = families
        for family in families:
            few.add(state.sources_of, family, source)
    for source in resolved:
        for key in resolver.organisations_of.get(source, ()):
            if key not in counts and key not in before:
                new_organisations.add(key)
            counts[key] += 1
        if resolver.organisations_of.get(source):
            state.organisations_of[source] = set(resolver.organisations_of[source])
        if resolver.stats_of.get(source):
            state.stats_of[source] = Counter(resolver.stats_of[source])
            state.stats_total.update(resolver.stats_of[source])
        if resolver.warnings_of.get(source):
            state.warnings_of[source] = list(resolver.warnings_of[source])
    stale_organisations = {key for key in before if key not in counts}
    for family in touched:
        state.documents_of.pop(family, None)
    for key in graph.documents:
        few.add(state.documents_of, family_of_key(key), key)
    return stale_organisations, new_organisations


def empty_state(facts_version: int) -> ResolverState:
    return ResolverState(facts_version=facts_version)


EdgeKey = tuple[str, str, str]


def evidence_prints(edges: Iterable[Edge], sources: set[str]) -> dict[str, dict[EdgeKey, bytes]]:
    """For each of `sources`, the edges (ISSUED_BY but) it gives evidence of, each with a
    print of that evidence (`_print`): what `ResolverState.edges_of` keeps."""
    found: dict[str, dict[EdgeKey, list[Evidence]]] = {}
    for edge in edges:
        if edge.relation == "ISSUED_BY":
            continue
        for evidence in edge.evidence:
            if evidence.source in sources:
                of_source = found.setdefault(evidence.source, {})
                of_source.setdefault(edge.key, []).append(evidence)
    return {
        source: {key: _print(evidence) for key, evidence in edges_of.items()}
        for source, edges_of in found.items()
    }


def _print(evidence: list[Evidence]) -> bytes:
    """A print of one source's evidence on one edge, every field of each in order: two
    equal prints are the same evidence (64 bits: a chance in 1.8e19 otherwise)."""
    text = "\x1e".join(map(_fields_text, evidence))
    return hashlib.blake2b(text.encode(), digest_size=8).digest()


def _fields_text(e: Evidence) -> str:
    """Every field of `e` in order (`Evidence.__slots__`), as text, between unit
    separators. Written out field by field, as `str` gives each: joining `map(str, ...)`
    of the fields took 6.3 µs an edge against 3.8 (the prints were three quarters of the
    whole load's notes of its edges at 100k, `note_edges`)."""
    return (
        f"{e.source}\x1f{e.start}\x1f{e.end}\x1f{e.surface}\x1f{e.sentence}\x1f"
        f"{e.language}\x1f{e.confidence}\x1f{e.rule}"
    )


def note_edges(state: ResolverState, edges: Iterable[Edge], resolved: set[str]) -> None:
    """Keep which edges each source gives evidence of, and a print of that evidence
    (`ResolverState.edges_of`): those of the sources `resolved` (or dropped) are replaced
    by what `edges`, every edge they give evidence of now, say. ISSUED_BY is left out:
    the update reads it by document."""
    for source in resolved:
        state.edges_of.pop(source, None)
    for source, prints in evidence_prints(edges, resolved).items():
        state.edges_of[source] = prints  # a row set one by one: the state's save writes it


def edges_to_read(state: ResolverState, sources: set[str], resolved: Graph) -> set[EdgeKey]:
    """The keys of the stored edges (ISSUED_BY but) an update may change: those on which
    one of `sources` (resolved again or dropped) gives evidence other than the stored one
    (`ResolverState.edges_of`), by the edges of the `resolved` part. An edge they give the
    same evidence of again is the stored one, whoever else supports it: it is not read."""
    fresh = evidence_prints(resolved.edges.values(), sources)
    keys: set[EdgeKey] = set()
    for source in sources:
        stored, now = state.edges_of.get(source, {}), fresh.get(source, {})
        keys.update(key for key in stored.keys() | now.keys() if stored.get(key) != now.get(key))
    return keys


def merge_edges(
    stored: list[Edge], resolved: Graph, gone: set[str], changed: set[EdgeKey]
) -> dict[EdgeKey, Edge]:
    """The edges to write: each stored edge with evidence from a source re-resolved or
    dropped (`gone`) keeps the evidence of other sources and takes the re-resolved one's;
    evidence is in the order of source ids, as a whole resolution adds it. Edges left
    without evidence are not written (their stored rows are deleted). Of the `resolved`
    part's other edges, only ISSUED_BY and those `changed` (`edges_to_read`) are new:
    the rest are stored as they are."""
    merged: dict[EdgeKey, Edge] = {}
    for edge in stored:
        kept = [e for e in edge.evidence if e.source not in gone]
        fresh = resolved.edges.get(edge.key)
        evidence = kept + (fresh.evidence if fresh is not None else [])
        if evidence:
            evidence.sort(key=lambda e: e.source)  # stable: each source's order is kept
            merged[edge.key] = Edge(edge.source, edge.relation, edge.target, evidence)
    for key, edge in resolved.edges.items():
        if key not in merged and edge.evidence and (key in changed or key[1] == "ISSUED_BY"):
            merged[key] = edge
    return merged
