"""Back-office steps named as things, with no staff role and handling verb ('refunds over $500 need an approval
step', 'claims go through two sign-offs', 'a trail of who edited each record'): the admin, permissions and users of
000 "Real-world business scenarios > Internal tools" and 002 "Django: The Monolith That Works" (vocabulary.yaml
`workflow_nouns`). A step that is the builders' own ('every PR needs two approvals'), a call other systems make
('an approvals api'), or done in a bought product ('approvals happen in jira') says nothing of the app."""

from __future__ import annotations

from knowledge.base.text import phrase_words
from knowledge.base.workflow_nouns import WorkflowNounCues
from knowledge.reading.result import Mentions
from knowledge.reading.served_elsewhere import HandledElsewhere
from knowledge.reading.state import Clause
from knowledge.reading.word_runs import WordRuns, stemmed_phrases

_NEGATION_REACH = 3  # "no approvals at all", "we don't need any sign-off": a refusal a few words before


class WorkflowNouns:
    """Built once per vocabulary; `read` rereads one clause."""

    def __init__(
        self,
        cues: WorkflowNounCues | None,
        rewrites: dict[str, str],
        mentions: Mentions,
        negations: list[str],
        elsewhere: HandledElsewhere,
    ) -> None:
        self._cues = cues
        # nouns as written: by stem, "approve" and "review" would be anyone's verbs
        self._nouns = WordRuns(phrase_words(noun, rewrites) for noun in (cues.nouns if cues else ()))
        self._leads = frozenset(w for lead in (cues.trail_leads if cues else ()) for w in phrase_words(lead, rewrites))
        self._verbs = WordRuns(phrase_words(verb, rewrites) for verb in (cues.trail_verbs if cues else ()))
        self._marks = WordRuns(stemmed_phrases(cues.trail_marks if cues else [], rewrites))
        self._not_near = WordRuns(stemmed_phrases(cues.not_near if cues else [], rewrites))
        self._gone = WordRuns(stemmed_phrases(cues.gone_after if cues else [], rewrites))
        self._negations = WordRuns(stemmed_phrases(negations, rewrites))
        self._elsewhere = elsewhere
        self._mentions = mentions

    def read(self, clause: Clause) -> None:
        """The first step or trail the clause names, when nothing near makes it the builders' or another
        product's, adds its concept's needs unless said already."""
        cues, raw = self._cues, clause.raw
        if cues is None or not (self._nouns.may_start_in(raw) or not self._leads.isdisjoint(raw)):
            return  # (most clauses name no step)
        said = clause.stems
        for at in range(len(raw)):
            if length := self._nouns.at(raw, at):
                concept = cues.concept
            elif raw[at] in self._leads and (verb := self._verbs.at(raw, at + 1)) and self._kept(said, at, verb, cues):
                length, concept = 1 + verb, cues.trail_concept
            else:
                continue
            if self._refused(said, at, at + length, cues.reach):
                continue
            surface = " ".join(raw[at : at + length])
            clause.add_unsaid(self._mentions({"concept": concept}, surface, False))
            return

    def _kept(self, said: list[str], at: int, verb: int, cues: WorkflowNounCues) -> bool:
        """A trail mark within reach either side of 'who edited': a record of acts is kept."""
        near = range(max(0, at - cues.reach), min(len(said), at + 1 + verb + cues.reach))
        return any(self._marks.at(said, i) for i in near if not at <= i <= at + verb)

    def _refused(self, said: list[str], start: int, end: int, reach: int) -> bool:
        """A builders' word or outside call within reach, a refusal just before or after, or the step done
        elsewhere."""
        near = range(max(0, start - reach), min(len(said), end + reach))
        if any(self._not_near.at(said, at) for at in near if not start <= at < end):
            return True
        if any(self._negations.at(said, at) for at in range(max(0, start - _NEGATION_REACH), start)):
            return True
        if any(self._gone.at(said, at) for at in range(end, min(len(said), end + reach))):
            return True  # "approvals are gone": the step refused after it
        return self._elsewhere(said, end)


__all__ = ["WorkflowNouns"]
