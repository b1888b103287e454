"""Load the YAML knowledge base, validate it, and report every problem by file and entry."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, TypeAdapter, ValidationError

from knowledge.base.kb import KnowledgeBase
from knowledge.base.models import Citation, Entry, KnowledgeFile
from knowledge.base.text import phrase_words, stem

DATA_DIR = Path(__file__).parent.parent / "data"

try:  # libyaml's C loader is ~10x faster, which keeps `framework-bot ask` cold start low
    _YamlLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - pyyaml built without libyaml
    _YamlLoader = yaml.SafeLoader

_SECTIONS = KnowledgeFile.model_fields
_SINGLETONS = {"benchmarks", "vocabulary", "ecosystem", "close_calls"}


class KnowledgeBaseError(ValueError):
    """The knowledge base is invalid; `problems` lists each one as 'file: entry: what'."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("knowledge base is invalid:\n" + "\n".join(f"  - {p}" for p in problems))


@functools.cache
def _entry_adapter(section: str) -> TypeAdapter[Any]:
    annotation: Any = _SECTIONS[section].annotation
    if section not in _SINGLETONS:
        annotation = annotation.__args__[0]  # list[X] -> X: entries are validated one by one
    return TypeAdapter(annotation)


def _describe(entry: Any, index: int | None) -> str:
    where = f"entry #{index + 1}" if index is not None else "entry"
    if isinstance(entry, dict):
        for key in ("id", "seed", "framework"):
            if isinstance(entry.get(key), str):
                return f"{where} ({key}: {entry[key]})"
    return where


def _format_error(error: ValidationError) -> list[str]:
    out = []
    for item in error.errors():
        loc = ".".join(str(part) for part in item["loc"]) or "(entry)"
        out.append(f"{loc}: {item['msg']}")
    return out


def _read_file(path: Path, problems: list[str]) -> dict[str, list[tuple[str, Any]]]:
    """Parse one file into {section: [(label, model), ...]}, appending problems."""
    name = path.name
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_YamlLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        at = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "unknown position"
        problems.append(f"{name}: YAML syntax error at {at}: {exc.problem}")
        return {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        problems.append(f"{name}: cannot read: {exc}")
        return {}
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        problems.append(f"{name}: the top level must be a mapping of sections such as 'rules:'")
        return {}
    parsed: dict[str, list[tuple[str, Any]]] = {}
    for section, value in raw.items():
        if section not in _SECTIONS:
            known = ", ".join(sorted(_SECTIONS))
            problems.append(f"{name}: unknown section '{section}' (known: {known})")
            continue
        items: list[tuple[int | None, Any]] = [(None, value)]
        if section not in _SINGLETONS:
            if not isinstance(value, list):
                problems.append(f"{name}: section '{section}' must be a list of entries")
                continue
            items = list(enumerate(value))
        for index, entry in items:
            label = f"{name}: {section} {_describe(entry, index)}"
            try:
                model = _entry_adapter(section).validate_python(entry)
            except ValidationError as exc:
                problems.extend(f"{label}: {msg}" for msg in _format_error(exc))
                continue
            parsed.setdefault(section, []).append((label, model))
    return parsed


def _citations(value: Any) -> Iterator[Citation]:
    if isinstance(value, Citation):
        yield value
    elif isinstance(value, BaseModel):
        for field in type(value).model_fields:
            yield from _citations(getattr(value, field))
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _citations(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _citations(item)


def _check_references(sections: dict[str, list[tuple[str, Any]]], problems: list[str]) -> None:
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

    def need(label: str, kind: str, value: str | None, known: set[str]) -> None:
        if value is not None and value not in known:
            problems.append(f"{label}: unknown {kind} '{value}'")

    for section, entries in sections.items():
        for label, model in entries:
            for citation in _citations(model):
                head = citation.section.split(" > ")[0]
                if citation.seed not in seeds:
                    problems.append(f"{label}: cites unknown seed '{citation.seed}' (see sources.yaml)")
                elif head not in seeds[citation.seed]:
                    problems.append(f"{label}: cites section '{head}' that {citation.seed} does not list")
            refs: list[tuple[str, str | None, set[str]]] = []
            if section == "rules":
                refs = [("requirement", model.requirement, requirements), ("framework", model.framework, frameworks)]
                refs += [("framework", fw, frameworks) for fw in model.suggest]
            elif section == "frameworks":
                refs = [("framework", fw, frameworks) for fw in (*model.builds_on, *model.stands_in_for)]
                if model.ranked and model.family is not None:
                    problems.append(f"{label}: a ranked framework has no 'family' (only an unranked one borrows one)")
            elif section == "comparison":
                refs = [("framework", fw, frameworks) for fw in model.cells]
            elif section in ("disagreements", "scenarios", "mistakes"):
                reqs = list(model.requirements) + list(getattr(model, "unless", []))
                fws = list(getattr(model, "frameworks", [])) + list(getattr(model, "pick", []))
                fws += [model.framework] if getattr(model, "framework", None) else []
                refs = [("requirement", r, requirements) for r in reqs] + [("framework", f, frameworks) for f in fws]
            elif section == "migrations":
                refs = [("framework", fw, frameworks) for fw in (model.source, model.target, *model.alternatives)]
            elif section in ("stacks",):
                refs = [("framework", model.framework, frameworks)]
            elif section == "lexicon":
                refs = [("requirement", r, requirements) for r in model.implies]
            elif section == "requirements":
                refs = [("requirement", r, requirements) for r in model.contradicts]
                keys = {_phrase_key(phrase) for phrase in model.phrases}
                problems += [
                    f"{label}: weak phrase '{phrase}' is not one of its phrases"
                    for phrase in model.weak
                    if _phrase_key(phrase) not in keys
                ]
            elif section == "incumbents":
                refs = [("framework", fw, frameworks) for fw in (model.current, model.target, *model.addons)]
                refs.append(("family", model.family, families))
                if (model.current is None) == (model.family is None):
                    problems.append(f"{label}: a rule names exactly one of 'current' and 'family'")
                refs += [
                    ("requirement", r, requirements)
                    for r in (
                        *model.when_any,
                        *model.when_all,
                        *model.unless_any,
                        *model.covers,
                        *model.home_any,
                        *model.settles,
                    )
                ]
                if model.to_named and (model.verdict != "move" or model.target is not None):
                    problems.append(f"{label}: a 'to_named' rule is a 'move' with no fixed target")
                if model.verdict in ("move", "beside") and model.target is None and not model.to_named:
                    problems.append(f"{label}: a '{model.verdict}' rule needs a target")
                if model.settles and (model.verdict != "stay" or not model.when_any):
                    problems.append(f"{label}: only a 'stay' rule with a when_any can settle needs")
            elif section == "patterns":
                refs = [("framework", part.framework, frameworks) for part in model.parts]
                refs += [("requirement", r, requirements) for part in model.parts for r in part.serves]
            elif section in ("deployments", "faq"):
                refs = [("framework", fw, frameworks) for fw in model.frameworks]
            elif section == "libraries":
                refs = [("framework", model.framework, frameworks)]
                refs += [("requirement", r, requirements) for r in (*model.answers, *model.states)]
                if (model.kind == "native") != (model.framework is not None) or (model.answers and not model.framework):
                    problems.append(f"{label}: a native library names its framework; a shared one names none")
                problems += [  # met and only stated at once: the reader cannot tell which
                    f"{label}: need '{r}' is in both 'answers' and 'states'"
                    for r in set(model.answers) & set(model.states)
                ]
            elif section == "benchmarks":
                refs = [("framework", row.framework, frameworks) for row in model.rows]
            for kind, value, known in refs:
                need(label, kind, value, known)

    # Two requirements (or a requirement and a framework) sharing a phrase would make the parser guess.
    owners: dict[str, tuple[str, str]] = {}
    for label, model in sections.get("frameworks", []):
        for alias in (model.id, model.name, *model.aliases):
            owners.setdefault(alias.lower(), (f"framework {model.id}", label))
    for label, model in sections.get("requirements", []):
        for phrase in model.phrases:
            owner, where = owners.setdefault(_phrase_key(phrase), (f"requirement {model.id}", label))
            if owner != f"requirement {model.id}":
                problems.append(f"{label}: phrase '{phrase}' is already used by {owner} ({where})")
    for label, model in sections.get("requirements", []):  # a need's "small" wording read as the need itself
        for phrase in model.modest:
            if _phrase_key(phrase) in owners:
                owner = owners[_phrase_key(phrase)][0]
                problems.append(f"{label}: modest phrase '{phrase}' is already a phrase of {owner}")
    for label, model in sections.get("vocabulary", []):  # a framework we rank read as a stack outside Python
        problems += [
            f"{label}: outside_python key '{key}' is {owners[key.lower()][0]}"
            for key in model.outside_python
            if owners.get(key.lower(), ("",))[0].startswith("framework")
        ]
    for label, model in sections.get("lexicon", []):
        for term in model.terms:
            owner, where = owners.setdefault(_phrase_key(term), (f"concept {model.id}", label))
            if owner != f"concept {model.id}":
                problems.append(f"{label}: term '{term}' is already used by {owner} ({where})")
    for label, model in sections.get("libraries", []):  # a library named like a framework would hide it
        for name in (*model.names, *model.bare_names):
            if name.lower() in owners and owners[name.lower()][0].startswith("framework"):
                problems.append(f"{label}: name '{name}' is already {owners[name.lower()][0]}")
    if not any(model.ranked for _, model in sections.get("frameworks", [])):
        problems.append("frameworks: no framework has 'ranked: true', so nothing can be recommended")
    for singleton in sorted(_SINGLETONS):
        found = sections.get(singleton, [])
        if len(found) != 1:
            problems.append(f"{singleton}: expected exactly one '{singleton}:' section, found {len(found)}")


def _phrase_key(phrase: str) -> str:
    """Phrases collide when they read the same to the parser: same word stems in the same order."""
    return " ".join(stem(word) for word in phrase_words(phrase))


def load_knowledge_base(directory: Path = DATA_DIR) -> KnowledgeBase:
    """Read every *.yaml file in `directory`; raise KnowledgeBaseError listing all problems."""
    problems: list[str] = []
    files = sorted(directory.glob("*.yaml"))
    if not files:
        raise KnowledgeBaseError([f"{directory}: no *.yaml files found"])
    sections: dict[str, list[tuple[str, Any]]] = {}
    for path in files:
        for section, entries in _read_file(path, problems).items():
            sections.setdefault(section, []).extend(entries)
    if not problems:
        _check_references(sections, problems)
    if problems:
        raise KnowledgeBaseError(problems)
    models: dict[str, Any] = {name: [model for _, model in entries] for name, entries in sections.items()}
    for singleton in _SINGLETONS:
        models[singleton] = models[singleton][0]
    return KnowledgeBase(KnowledgeFile.model_construct(**models))


@functools.cache
def default_knowledge_base() -> KnowledgeBase:
    """The knowledge base shipped inside the package, loaded once per process."""
    return load_knowledge_base(DATA_DIR)


def json_schema() -> dict[str, Any]:
    """JSON Schema for one knowledge-base YAML file, for editor autocompletion."""
    schema = KnowledgeFile.model_json_schema(by_alias=True)
    schema["title"] = "Framework Advisor knowledge-base file"
    schema["description"] = "Any YAML file in knowledge/data/ may hold any of these sections; lists merge across files."
    return schema


__all__ = ["DATA_DIR", "Entry", "KnowledgeBaseError", "default_knowledge_base", "json_schema", "load_knowledge_base"]
