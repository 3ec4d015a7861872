"""Undated numbers weighed ahead by a second process while a whole resolution adds its
sources (issue 11: a load of 100,000 documents from facts in a minute on two cores).

Adding the sources is one pass in source order: what each adds to the graph depends on
what the sources before it added. But the document an undated number joins does not:
`Resolver.resolve` reads only what every source taught the resolver before any is added
(`learn`, `profile`: its anchors, dates, citations and profiles), and the citing source's
own facts. Weighing the candidates of such numbers, with the topics of their profiles
counted the first time they are read, was about a seventh of a 100k load's main thread,
while the second core idled.

So a process forked once every source is learned weighs them too, a chunk of sources at a
time, ahead of the load as it adds them: at the start of each chunk the load takes the
chunk's resolutions if the process has sent them, and resolves its mentions itself
otherwise, the process then skipping past it (the two never wait for each other; a chunk
both did is the same either way). Weighing is about a third of what adding a source
costs the load, so the process keeps ahead from the second chunk on. It also sends the
topics of each profile it counted: a profile the load would have counted while adding
those sources is counted the same, topic for topic, so the resolver's state is the one a
single process makes (the state keeps a profile's texts not counted yet as they are).
"""

from __future__ import annotations

import gc
import os
import pickle
import threading
from collections import Counter
from collections.abc import Iterator, Sequence
from multiprocessing import get_context
from multiprocessing.connection import Connection
from typing import Any

from .resolve import Resolution, Resolver

CHUNK = 250  # sources a message: the load takes or leaves a chunk whole

Resolved = dict[str, dict[int, Resolution]]  # source id -> mention index -> resolution
"""The resolutions of a chunk's undated numbered mentions."""


def worth_weighing_ahead() -> bool:
    """Whether this process may use a second core: on one, weighing ahead only adds work."""
    cores = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    return (len(cores) if cores is not None else os.cpu_count() or 1) >= 2


def undated_resolutions(resolver: Resolver, facts: dict[str, Any]) -> dict[int, Resolution]:
    """What `Resolver.add_source` resolves with `Resolver.resolve` and weighing can decide:
    every numbered mention without a date or year, but the text naming itself (a dated
    one names its own key at once, nothing to gain ahead)."""
    own_number = facts["document"].get("number")
    found: dict[int, Resolution] = {}
    numbers = resolver.numbers_of(facts).identities
    for index, (m, number) in enumerate(zip(facts["mentions"], numbers, strict=True)):
        if number is None or number.key is not None:
            continue
        if own_number and m["canonical"] == own_number:
            continue
        found[index] = resolver.resolve(m, facts, number)
    return found


class WeighedAhead:
    """The process weighing ahead (see the module), and the load's side of it: `take`
    before adding each source, `close` once every source is added (or on failure)."""

    def __init__(self, resolver: Resolver, sources: Sequence[dict[str, Any]]) -> None:
        """Forks now: `resolver` must have learned and profiled every source, and
        `sources` are the facts of those it will add, in that order."""
        ctx = get_context("fork")
        self._resolver = resolver
        self._chunks = (len(sources) + CHUNK - 1) // CHUNK
        self._reached = ctx.RawValue("l", -1)  # the load's chunk, read by the process
        reader, sender = ctx.Pipe(duplex=False)
        self._process = ctx.Process(
            target=_weigh_ahead,
            args=(resolver, sources, self._reached, reader, sender),
            daemon=True,
        )
        # forked with the collector off, which the process keeps: walking the load's heap
        # would write to every page of it, and so copy them all
        gc_was_on = gc.isenabled()
        gc.disable()
        try:
            self._process.start()
        finally:
            if gc_was_on:
                gc.enable()
        sender.close()
        self._messages: list[bytes] = []
        self._lock = threading.Lock()
        # read by a thread, so that a sending process never waits for the load's next chunk
        self._receiver = threading.Thread(
            target=self._receive, args=(reader,), name="vanban-weighed", daemon=True
        )
        self._receiver.start()
        self._ready: dict[int, Resolved] = {}
        self._current: Resolved = {}
        self.chunks_taken = 0

    def _receive(self, reader: Connection) -> None:
        with reader:
            while True:
                try:
                    message = reader.recv_bytes()
                except (EOFError, OSError):
                    return
                with self._lock:
                    self._messages.append(message)

    def take(self, position: int, source: str) -> dict[int, Resolution] | None:
        """The resolutions of `source` (the `position`-th added) if the process made them
        before the load reached their chunk, else None: the load resolves them."""
        if position % CHUNK == 0:
            chunk = position // CHUNK
            self._reached.value = chunk
            self._unpack_received()
            self._current = self._ready.pop(chunk, {})
            self.chunks_taken += bool(self._current)
        return self._current.get(source)

    def _unpack_received(self) -> None:
        with self._lock:
            messages, self._messages = self._messages, []
        profiles = self._resolver.profiles
        for message in messages:
            chunk, resolved, counted = pickle.loads(message)
            self._ready[chunk] = resolved
            for key, counts in counted:
                texts = profiles[key].topic_texts
                if texts.waiting:  # counted as `TopicCounts.counts` would count them here
                    texts.counted, texts.waiting = counts, []

    def close(self) -> None:
        """Stop the process and take in the topics it counted: called once every source is
        added, before the profiles are read for the state."""
        self._reached.value = self._chunks
        self._process.join()
        self._receiver.join()
        self._unpack_received()
        self._ready.clear()
        self._current = {}
        # A process that failed cost only its speed: the load resolved the chunks it did
        # not send, and took the topics only of those it sent.


def _weigh_ahead(
    resolver: Resolver,
    sources: Sequence[dict[str, Any]],
    reached: Any,
    reader: Connection,
    sender: Connection,
) -> None:
    """The process of `WeighedAhead`: chunk after chunk, each past the one the load has
    reached (it skips ahead when the load catches up). A load that dies closes the pipe:
    the process ends at its next chunk."""
    reader.close()  # the load's end: held here too, the pipe would never close
    counted: set[str] = set()
    chunk = 0
    with sender:
        while True:
            chunk = max(chunk, reached.value + 1)
            begin = chunk * CHUNK
            if begin >= len(sources):
                return
            resolved = {
                facts["source"]["id"]: undated_resolutions(resolver, facts)
                for facts in sources[begin : begin + CHUNK]
            }
            newly = list(_newly_counted(resolver, resolved, counted))
            try:
                sender.send_bytes(pickle.dumps((chunk, resolved, newly), pickle.HIGHEST_PROTOCOL))
            except OSError:  # the load is gone
                return
            chunk += 1


def _newly_counted(
    resolver: Resolver, resolved: Resolved, sent: set[str]
) -> Iterator[tuple[str, Counter[str]]]:
    """The topics of the profiles counted while weighing `resolved` and not sent yet: only
    a weighed candidate's profile is ever counted (`weigh.weigh`)."""
    for of_source in resolved.values():
        for found in of_source.values():
            for key in found.candidates:
                profile = resolver.profiles.get(key)
                if profile is None or key in sent or profile.topic_texts.waiting:
                    continue
                sent.add(key)
                yield key, profile.topic_texts.counted
