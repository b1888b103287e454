"""The validated knowledge base with the look-ups the parser and advisor need."""

from __future__ import annotations

from collections.abc import Iterable

from knowledge.base.incumbents import bound
from knowledge.base.models import (
    Benchmarks,
    CloseCalls,
    ComparisonRow,
    Concept,
    Disagreement,
    EcosystemRules,
    Faq,
    Framework,
    IncumbentRule,
    KnowledgeFile,
    Library,
    MigrationPath,
    Mistake,
    PatternRule,
    Requirement,
    Rule,
    Scenario,
    Source,
    Vocabulary,
)


class KnowledgeBase:
    """Read-only view over a validated KnowledgeFile, indexed by id."""

    def __init__(self, data: KnowledgeFile) -> None:
        self.data = data
        self.frameworks: dict[str, Framework] = {fw.id: fw for fw in data.frameworks}
        self.ranked: tuple[str, ...] = tuple(fw.id for fw in data.frameworks if fw.ranked)
        self.requirements: dict[str, Requirement] = {req.id: req for req in data.requirements}
        self.sources: dict[str, Source] = {src.seed: src for src in data.sources}
        self.rules_by_requirement: dict[str, list[Rule]] = {}
        for rule in data.rules:
            self.rules_by_requirement.setdefault(rule.requirement, []).append(rule)
        self.migrations: dict[tuple[str, str], MigrationPath] = {(m.source, m.target): m for m in data.migrations}
        self.concepts: dict[str, Concept] = {c.id: c for c in data.lexicon}
        self.incumbents: dict[str, list[IncumbentRule]] = {}
        by_family: dict[str, list[IncumbentRule]] = {}
        for inc in data.incumbents:
            if inc.current is not None:
                self.incumbents.setdefault(inc.current, []).append(inc)
            elif inc.family is not None:
                by_family.setdefault(inc.family, []).append(inc)
            for fw_id in inc.current_any:  # one rule, in the same place of each framework's list
                self.incumbents.setdefault(fw_id, []).append(bound(inc, fw_id, self.name(fw_id), prefix=True))
        # A family's rules, bound to each member that has none of its own (Bottle reads like Flask's kin).
        for fw in data.frameworks:
            if fw.family in by_family and fw.id not in self.incumbents:
                self.incumbents[fw.id] = [bound(r, fw.id, fw.name, prefix=False) for r in by_family[fw.family]]
        self.patterns: list[PatternRule] = list(data.patterns)
        self.libraries: dict[str, Library] = {lib.id: lib for lib in data.libraries}

    @property
    def vocabulary(self) -> Vocabulary:
        assert self.data.vocabulary is not None  # the loader guarantees exactly one
        return self.data.vocabulary

    @property
    def close_calls(self) -> CloseCalls:
        assert self.data.close_calls is not None  # the loader guarantees exactly one
        return self.data.close_calls

    @property
    def ecosystem(self) -> EcosystemRules:
        assert self.data.ecosystem is not None  # the loader guarantees exactly one
        return self.data.ecosystem

    @property
    def benchmarks(self) -> Benchmarks:
        assert self.data.benchmarks is not None  # the loader guarantees exactly one
        return self.data.benchmarks

    @property
    def comparison(self) -> list[ComparisonRow]:
        return self.data.comparison

    @property
    def disagreements(self) -> list[Disagreement]:
        return self.data.disagreements

    @property
    def scenarios(self) -> list[Scenario]:
        return self.data.scenarios

    @property
    def mistakes(self) -> list[Mistake]:
        return self.data.mistakes

    @property
    def faq(self) -> list[Faq]:
        return self.data.faq

    def name(self, framework_id: str) -> str:
        fw = self.frameworks.get(framework_id)
        return fw.name if fw else framework_id

    def spellings(self, aliases: bool = False) -> dict[str, str]:
        """Every way the knowledge base spells a framework ('fastapi', 'FastAPI', and with `aliases` 'fast api'),
        lower-cased, to its id: the one table the readers find framework names by."""
        return {
            spelling.lower(): fw.id
            for fw in self.frameworks.values()
            for spelling in (fw.id, fw.name, *(fw.aliases if aliases else ()))
        }

    def names(self, framework_ids: Iterable[str]) -> str:
        """'Django, Flask, FastAPI' for a list of ids."""
        return ", ".join(self.name(fw) for fw in framework_ids)

    def label(self, requirement_id: str) -> str:
        req = self.requirements.get(requirement_id)
        return req.label if req else requirement_id
