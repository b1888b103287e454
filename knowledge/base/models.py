"""The knowledge base's schema: what one YAML file may hold, gathered from the models of each concept
(frameworks.py, requirements.py, incumbents.py, sources.py, guides.py, wording.py, ecosystem.py, closecall.py).

Cross-references (a rule naming a framework, a citation naming a seed) are checked by
`knowledge.base.checks` once `knowledge.base.loader` has read every file, knowing which file each entry came from.
"""

from pydantic import Field

from knowledge.base.closecall import CloseCalls
from knowledge.base.concepts import Concept
from knowledge.base.ecosystem import EcosystemRules, Library
from knowledge.base.entry import Citation, Entry, Fact, Id, Text
from knowledge.base.frameworks import Framework, Incumbency
from knowledge.base.guides import Deployment, Faq, MigrationPath, Mistake, Scenario, Stack
from knowledge.base.incumbents import IncumbentRule, PatternPart, PatternRule
from knowledge.base.intent_cues import Intent, OpeningChoice, OpeningQuestion
from knowledge.base.requirements import Requirement, Rule, StateOf
from knowledge.base.sources import BenchmarkRow, Benchmarks, Claim, ComparisonRow, Disagreement, Source
from knowledge.base.wording import Vocabulary

__all__ = [
    "SINGLETONS",
    "BenchmarkRow",
    "Benchmarks",
    "Citation",
    "Claim",
    "CloseCalls",
    "ComparisonRow",
    "Concept",
    "Deployment",
    "Disagreement",
    "EcosystemRules",
    "Entry",
    "Fact",
    "Faq",
    "Framework",
    "Id",
    "Incumbency",
    "IncumbentRule",
    "Intent",
    "KnowledgeFile",
    "Library",
    "MigrationPath",
    "Mistake",
    "OpeningChoice",
    "OpeningQuestion",
    "PatternPart",
    "PatternRule",
    "Requirement",
    "Rule",
    "Scenario",
    "Source",
    "Stack",
    "StateOf",
    "Text",
    "Vocabulary",
]  # the models live in one module per concept; this is the schema's one front door


class KnowledgeFile(Entry):
    """What one YAML file may hold; every key is optional and lists merge across files."""

    sources: list[Source] = Field(default_factory=list)
    frameworks: list[Framework] = Field(default_factory=list)
    requirements: list[Requirement] = Field(default_factory=list)
    lexicon: list[Concept] = Field(default_factory=list)
    incumbents: list[IncumbentRule] = Field(default_factory=list)
    patterns: list[PatternRule] = Field(default_factory=list)
    rules: list[Rule] = Field(default_factory=list)
    comparison: list[ComparisonRow] = Field(default_factory=list)
    disagreements: list[Disagreement] = Field(default_factory=list)
    scenarios: list[Scenario] = Field(default_factory=list)
    mistakes: list[Mistake] = Field(default_factory=list)
    migrations: list[MigrationPath] = Field(default_factory=list)
    stacks: list[Stack] = Field(default_factory=list)
    deployments: list[Deployment] = Field(default_factory=list)
    faq: list[Faq] = Field(default_factory=list)
    benchmarks: Benchmarks | None = None
    vocabulary: Vocabulary | None = None
    libraries: list[Library] = Field(default_factory=list)
    ecosystem: EcosystemRules | None = None
    close_calls: CloseCalls | None = None


# The sections of a KnowledgeFile that are one mapping, not a list of entries; the knowledge base has exactly one.
SINGLETONS = frozenset({"benchmarks", "vocabulary", "ecosystem", "close_calls"})
