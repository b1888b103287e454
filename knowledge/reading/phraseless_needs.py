"""The readers that find needs said with no phrase of their own, by what a clause tells: a monolith split or services
folded back ('our node monolith is being broken up'), outside calls counted ('hits 8 airline apis'), staff handling
records by hand, what people or systems do, several parties working on records, a quality said to be good enough, a
part shrunk to a tiny thing, the app's makers gone, a rebuild refused should it succeed. Each hands the words it
reads to the need reader, unfuzzied."""

from __future__ import annotations

import functools

from knowledge.base.kb import KnowledgeBase
from knowledge.reading.activities import Activities
from knowledge.reading.adequacy import Adequacy
from knowledge.reading.departures import Departures
from knowledge.reading.growth_hedges import GrowthHedges
from knowledge.reading.needs import NeedReader
from knowledge.reading.outside_calls import OutsideCalls
from knowledge.reading.served_elsewhere import HandledElsewhere, drop_unsaid_before, served_cue_at
from knowledge.reading.shared_records import SharedRecords
from knowledge.reading.shrinks import Shrinks
from knowledge.reading.splits import MonolithSplits, SpreadWordings
from knowledge.reading.staff_handling import StaffHandling
from knowledge.reading.state import Clause
from knowledge.reading.workflow_nouns import WorkflowNouns


class PhraselessNeeds:
    """Built once per clause reader; `read` runs on a clause that named something, `read_bare` on one that named
    nothing (where the split, adequacy and shrink readers have no match to work from)."""

    def __init__(self, kb: KnowledgeBase, needs_reader: NeedReader) -> None:
        vocab = kb.vocabulary
        rewrites = vocab.rewrites

        said_as_needs = functools.partial(needs_reader.mentions, fuzzy=False)  # (a partial pickles: engine_cache.py)

        self._splits = MonolithSplits(vocab.monolith_split, rewrites, said_as_needs)
        self._spread = SpreadWordings(vocab.spread_wordings, rewrites, said_as_needs)
        self._outside_calls = OutsideCalls(vocab.outside_calls, rewrites, said_as_needs)
        self._staff_handling = StaffHandling(vocab.staff_handling, rewrites, said_as_needs, vocab.negation_before)
        self._activities = Activities(vocab.activities, rewrites, said_as_needs, vocab.negation_before)
        handled_elsewhere = HandledElsewhere(vocab.staff_handling, rewrites)  # one table, asked by both readers
        self._shared_records = SharedRecords(
            vocab.shared_records, rewrites, said_as_needs, vocab.negation_before, handled_elsewhere
        )
        self._workflow_nouns = WorkflowNouns(
            vocab.workflow_nouns, rewrites, said_as_needs, vocab.negation_before, handled_elsewhere
        )
        self._departures = Departures(vocab.departed, said_as_needs)
        self._growth_hedges = GrowthHedges(vocab.growth_hedges, said_as_needs)
        self._adequacy = Adequacy(vocab, {req.id: req.category for req in kb.requirements.values()})
        self._shrinks = Shrinks(vocab)
        self._scope = vocab.scope

    def read(self, clause: Clause) -> None:
        """A clause that named something: every reader, in this order. What they find before a cue saying another
        tool serves that part ('refund approvals now live with finance's system') is no need here."""
        cue = served_cue_at(clause, self._scope)
        kept = list(clause.state.found)
        self._read(clause)
        if cue is not None:
            drop_unsaid_before(clause, cue, kept)

    def _read(self, clause: Clause) -> None:
        self._splits.read(clause)  # "our node monolith is being broken up": services, not a large app
        self._spread.read(clause)  # "we sell laptops online", "fold the services back into one app"
        self._outside_calls.read(clause)  # "hits 8 airline apis": each request waits on many outside calls
        self._staff_handling.read(clause)  # "customer success looks up accounts": staff handle records by hand
        self._activities.read(clause)  # "the model we trained scores it": a need said by what is done
        self._shared_records.read(clause)  # "tenants file requests, contractors close them": several roles
        self._workflow_nouns.read(clause)  # "refunds over $500 need an approval step": a step as a thing
        self._adequacy.read(clause)  # "our p95 is fine": no need for lower latency
        self._shrinks.read(clause)  # "the back office is one on/off switch": a side concern
        self._departures.read(clause)  # "the guy who built it quit": nobody left who knows the app
        self._growth_hedges.read(clause)  # "no rewrite of the whole app if it takes off": an MVP that must last

    def read_bare(self, clause: Clause) -> None:
        """A clause that named nothing (a quarter of a paste's clauses): the readers that need no match."""
        self._outside_calls.read(clause)  # "every quote calls 4 hotel providers"
        self._spread.read(clause)  # "we sell them online"
        self._staff_handling.read(clause)  # "receptionists have to fix appointments"
        self._activities.read(clause)  # "the page updates the moment a score changes"
        self._shared_records.read(clause)  # "referees submit results"
        self._workflow_nouns.read(clause)  # "a trail of who edited each record"
        self._departures.read(clause)  # "the one dev who knew it left in march"
        self._growth_hedges.read(clause)  # "we'd hate to rewrite it all if the seed round closes"
