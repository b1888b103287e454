"""Beginners building a product with logins, money or personal data at stake ("most of us are juniors; customers
sign up and pay monthly"): read as the need for secure defaults that vocabulary.yaml `beginner_stakes` names, beside
"easy to learn". Settled over the whole message: the builders and the stakes are often said sentences apart."""

from __future__ import annotations

from knowledge.base.beginner_stake_cues import BeginnerStakeCues
from knowledge.base.kb import KnowledgeBase
from knowledge.reading.result import RequirementMention
from knowledge.reading.word_runs import WordRuns

_LEARNING = "easy-learning"


class BeginnerStakes:
    """Built once per knowledge base; `settle` adds the need to a message's requirements."""

    def __init__(self, kb: KnowledgeBase) -> None:
        cues: BeginnerStakeCues | None = kb.vocabulary.beginner_stakes
        self._cues = cues
        self._builders = WordRuns(cues.builders if cues else ())
        self._teaching = WordRuns(cues.teaching if cues else ())
        self._label = kb.requirements[cues.need].label if cues else ""

    def settle(self, requirements: dict[str, RequirementMention], said: list[str]) -> None:
        """Builders said to be beginners (easy-learning read), no class taught, and a need with something at stake
        said firmly: the need for secure defaults, unless said already in its own words."""
        cues = self._cues
        learning = requirements.get(_LEARNING)
        if cues is None or learning is None or learning.negated:
            return
        held = requirements.get(cues.need)
        if held is not None and not (held.weak and not held.negated):
            return
        if not any(
            (m := requirements.get(need)) is not None and not (m.negated or m.wish or m.background)
            for need in cues.stakes
        ):
            return
        if self._teaching.anywhere(said, 0, len(said)):
            return  # "students build a blog with logins in my course": learning is the goal
        builders = [" ".join(said[at : at + self._builders.at(said, at)]) for at in self._builders.openings(said)]
        builders = [b for b in builders if b]
        if not builders:
            return
        requirements[cues.need] = RequirementMention(
            cues.need, self._label, False, ", ".join(dict.fromkeys(builders)), via=cues.via
        )
