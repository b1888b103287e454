"""The words a negation cue reaches in its clause, for the readers of needs said with no phrase of their own:
"forget the roles and approvals" reaches "approvals" over the list, as the phrase reader's negation would
(scope.py), so a step named there is dropped, not asked for."""

from __future__ import annotations

from knowledge.base.scope_cues import ScopeCues
from knowledge.reading.state import Clause

_OTHER_WORDS = 3  # "forget the manager approval step": the most other words the cue reaches, as for a need (scope.py)


def mark(clause: Clause, cues: ScopeCues) -> None:
    """Sets `clause.negated`: from each negation cue on, the words while they are articles, list joiners, fillers,
    the words of a need the clause negated, or at most a few others; a scope ender between items ends it."""
    if not clause.negated_from:
        return
    raw = clause.raw
    negated_words = {w for m in clause.state.found if m.negated for w in m.text.split()}
    passing = cues.listed_articles | cues.reach_fillers | negated_words
    joiners = cues.scope_keepers | cues.item_joiners
    for start in clause.negated_from:
        others = 0
        for at in range(start, len(raw)):
            word = raw[at]
            if word in joiners and at > start and raw[at - 1] in negated_words | passing:
                pass  # "the roles and approvals": the list goes on
            elif word in cues.scope_enders or word in cues.subject_enders:
                break
            elif word not in passing:
                others += 1
                if others > _OTHER_WORDS:
                    break
            clause.negated.add(at)
