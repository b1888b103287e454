"""The knowledge base's cross-references, checked once every file is read: ids unique, every id and cited
section known, one owner per phrase, exactly one of each single section. Each problem names file and entry."""

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from knowledge.base.entry_checks import KnownIds, entry_references, phrase_key
from knowledge.base.models import SINGLETONS, Citation
from knowledge.base.vocabulary_checks import vocabulary_problems

__all__ = ["check_references", "citations_in", "phrase_key"]


def citations_in(value: Any) -> Iterator[Citation]:
    """Every citation in a model, however deep in its fields, lists and mappings."""
    if isinstance(value, Citation):
        yield value
    elif isinstance(value, BaseModel):
        for field in type(value).model_fields:
            yield from citations_in(getattr(value, field))
    elif isinstance(value, list | tuple):
        for item in value:
            yield from citations_in(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from citations_in(item)


def check_references(sections: dict[str, list[tuple[str, Any]]], problems: list[str]) -> None:
    """Append a problem for each broken cross-reference among the read entries, {section: [(label, model)]}."""

    def ids(section: str) -> set[str]:
        return {model.id for _, model in sections.get(section, [])}

    frameworks, requirements = ids("frameworks"), ids("requirements")
    families = {model.family for _, model in sections.get("frameworks", []) if model.family}
    seeds = {model.seed: set(model.sections) for _, model in sections.get("sources", [])}

    for section in (
        "frameworks",
        "requirements",
        "rules",
        "comparison",
        "disagreements",
        "scenarios",
        "mistakes",
        "migrations",
        "deployments",
        "faq",
        "lexicon",
        "incumbents",
        "patterns",
        "libraries",
    ):
        seen: dict[str, str] = {}
        for label, model in sections.get(section, []):
            if model.id in seen:
                problems.append(f"{label}: duplicate id '{model.id}' (also in {seen[model.id]})")
            seen.setdefault(model.id, label)

    def need(label: str, kind: str, value: str | None, known_ids: set[str]) -> None:
        if value is not None and value not in known_ids:
            problems.append(f"{label}: unknown {kind} '{value}'")

    own_ids = {model.id: label for label, model in sections.get("incumbents", [])}
    known = KnownIds(frameworks, requirements, families, own_ids)
    for section, entries in sections.items():
        for label, model in entries:
            for citation in citations_in(model):
                head = citation.section.split(" > ")[0]
                if citation.seed not in seeds:
                    problems.append(f"{label}: cites unknown seed '{citation.seed}' (see sources.yaml)")
                elif head not in seeds[citation.seed]:
                    problems.append(f"{label}: cites section '{head}' that {citation.seed} does not list")
            refs, own_problems = entry_references(section, label, model, known)
            problems += own_problems
            for kind, value, ids_of_kind in refs:
                need(label, kind, value, ids_of_kind)

    # Two requirements (or a requirement and a framework) sharing a phrase would make the parser guess.
    owners: dict[str, tuple[str, str]] = {}
    for label, model in sections.get("frameworks", []):
        for alias in (model.id, model.name, *model.aliases):
            owners.setdefault(alias.lower(), (f"framework {model.id}", label))
    for label, model in sections.get("requirements", []):
        for phrase in model.phrases:
            owner, where = owners.setdefault(phrase_key(phrase), (f"requirement {model.id}", label))
            if owner != f"requirement {model.id}":
                problems.append(f"{label}: phrase '{phrase}' is already used by {owner} ({where})")
    for label, model in sections.get("requirements", []):  # a need's "small" wording read as the need itself
        for phrase in model.modest:
            if phrase_key(phrase) in owners:
                owner = owners[phrase_key(phrase)][0]
                problems.append(f"{label}: modest phrase '{phrase}' is already a phrase of {owner}")
    problems += vocabulary_problems(
        sections, owners, {"frameworks": frameworks, "requirements": requirements, "lexicon": ids("lexicon")}
    )
    for label, model in sections.get("lexicon", []):
        for term in model.terms:
            owner, where = owners.setdefault(phrase_key(term), (f"concept {model.id}", label))
            if owner != f"concept {model.id}":
                problems.append(f"{label}: term '{term}' is already used by {owner} ({where})")
    for label, model in sections.get("libraries", []):  # a library named like a framework would hide it
        for name in (*model.names, *model.bare_names):
            if name.lower() in owners and owners[name.lower()][0].startswith("framework"):
                problems.append(f"{label}: name '{name}' is already {owners[name.lower()][0]}")
    if not any(model.ranked for _, model in sections.get("frameworks", [])):
        problems.append("frameworks: no framework has 'ranked: true', so nothing can be recommended")
    for singleton in sorted(SINGLETONS):
        found = sections.get(singleton, [])
        if len(found) != 1:
            problems.append(f"{singleton}: expected exactly one '{singleton}:' section, found {len(found)}")
