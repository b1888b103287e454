"""What the advisor returns: plain, immutable data that any front end can render."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.base.models import Citation, Disagreement, Fact, Mistake
from knowledge.reading.parser import ParsedQuery, RequirementMention

CURRENT_FRAMEWORK = "current-framework"  # pseudo-requirement id for the incumbency bonus


@dataclass(frozen=True, slots=True)
class Contribution:
    """One requirement's effect on one framework's score, with the citation behind it."""

    requirement: str
    label: str
    framework: str
    weight: int
    reason: str
    citations: tuple[Citation, ...]
    absent: bool = False
    suggest: tuple[str, ...] = ()  # alternatives the rule behind it names


@dataclass(frozen=True, slots=True)
class FrameworkScore:
    framework: str
    name: str
    score: int
    contributions: tuple[Contribution, ...]


@dataclass(frozen=True, slots=True)
class Addon:
    """A package added to the main framework (Django + django-ninja), with the seeds' reason."""

    framework: str
    name: str
    reason: str
    citations: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class Pattern:
    """A split the seeds describe: one framework per part of the system."""

    id: str
    summary: str
    parts: tuple[tuple[str, str], ...]  # (framework id, the part it serves)
    citations: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class WorkedExample:
    """A labelled question of the eval, its answer and the seed section it rests on (precedents.py)."""

    text: str
    answer: str  # the accepted frameworks' ids, "/"-joined
    seed: str
    section: str
    why: str


@dataclass(frozen=True, slots=True)
class Precedent:
    """The worked examples' pick where it overrode the needs-scoring's answer (precedent_pick.py)."""

    framework: str
    probability: float
    overrode: str  # the needs-scoring's pick, or "clarify" where it asked back
    example: WorkedExample | None
    words: tuple[str, ...] = ()  # the question's words that pulled the model most toward the pick (over `overrode`)


@dataclass(frozen=True, slots=True)
class Recommendation:
    framework: str
    name: str
    score: int
    confidence: str  # "high" | "medium" | "low"
    confidence_reason: str
    reasons: tuple[Contribution, ...]
    addons: tuple[Addon, ...] = ()
    pattern: Pattern | None = None
    also: tuple[str, ...] = ()  # co-recommended frameworks in a close call, best first after `framework`
    precedent: Precedent | None = None  # the worked examples overrode the needs-scoring's pick (kept in `also`)


@dataclass(frozen=True, slots=True)
class DecidingChoice:
    """One answer to a deciding question; pressing it adds `follow_up` to the conversation."""

    label: str
    follow_up: str
    framework: str | None = None


@dataclass(frozen=True, slots=True)
class DecidingQuestion:
    """The one question that settles a close call or a clarification, with its choices (Slack buttons)."""

    question: str
    choices: tuple[DecidingChoice, ...]
    need: str | None = None  # a yes-or-no question on this need, choices (yes, no): a bare "yep" or "nah" answers it


@dataclass(frozen=True, slots=True)
class WhyNot:
    framework: str
    name: str
    summary: str
    points: tuple[Contribution, ...]


@dataclass(frozen=True, slots=True)
class Unweighted:
    """A requirement the parser understood but no rule weighs."""

    requirement: str
    label: str
    note: Fact | None


@dataclass(frozen=True, slots=True)
class Alternative:
    framework: str
    name: str
    reason: str
    citations: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class MigrationNote:
    source: str
    target: str
    verdict: str  # "common" | "avoid" | "rare" | "stay" | "unsourced"
    summary: str
    steps: tuple[Fact, ...]
    alternatives: tuple[str, ...]
    example_before: str | None
    example_after: str | None
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class Advice:
    query: ParsedQuery
    requirements: tuple[RequirementMention, ...]
    unweighted: tuple[Unweighted, ...]
    ranking: tuple[FrameworkScore, ...]
    excluded: tuple[str, ...]
    recommendation: Recommendation | None
    runner_up: FrameworkScore | None
    why_not: tuple[WhyNot, ...]
    disagreements: tuple[Disagreement, ...]
    migration: MigrationNote | None
    alternatives: tuple[Alternative, ...]
    warnings: tuple[Mistake, ...]
    clarification: str | None
    citations: tuple[Citation, ...]
    deciding_question: DecidingQuestion | None = None

    @property
    def sources(self) -> tuple[str, ...]:
        """The seed files this answer cites, sorted."""
        return tuple(sorted({c.seed for c in self.citations}))

    def score_of(self, framework: str) -> int | None:
        return next((s.score for s in self.ranking if s.framework == framework), None)
