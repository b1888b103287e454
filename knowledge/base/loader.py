"""Load the YAML knowledge base: read each file, validate its entries, and report every problem by file and entry
(the cross-references between entries are `checks.py`)."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from knowledge.base import pickles, yaml_cache
from knowledge.base.kb import KnowledgeBase
from knowledge.base.models import SINGLETONS, Entry, KnowledgeFile

DATA_DIR = Path(__file__).parent.parent / "data"

_SECTIONS = KnowledgeFile.model_fields


class KnowledgeBaseError(ValueError):
    """The knowledge base is invalid; `problems` lists each one as 'file: entry: what'."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("knowledge base is invalid:\n" + "\n".join(f"  - {p}" for p in problems))


@functools.cache
def _entry_adapter(section: str) -> TypeAdapter[Any]:
    annotation: Any = _SECTIONS[section].annotation
    if section not in SINGLETONS:
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
    import yaml  # (here, as below: a start-up from the cached knowledge base reads no YAML and checks nothing)

    name = path.name
    try:
        raw = yaml_cache.parse(path.read_text(encoding="utf-8"))
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
        if section not in SINGLETONS:
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


def load_knowledge_base(directory: Path = DATA_DIR) -> KnowledgeBase:
    """Read every *.yaml file in `directory`; raise KnowledgeBaseError listing all problems."""
    files = sorted(directory.glob("*.yaml"))
    if not files:
        raise KnowledgeBaseError([f"{directory}: no *.yaml files found"])
    try:
        inputs: list[str] | None = source_texts(files)
    except (OSError, UnicodeDecodeError):
        inputs = None  # an unreadable file: reported by file below, never cached
    # the whole validated knowledge base is kept too: a start with nothing changed parses and validates nothing
    stored = pickles.keyed(inputs, ".kb.pickle") if inputs is not None else None
    data = pickles.read(stored, KnowledgeFile)
    if data is None:  # (a fresh cache, or files or schema changed since it was kept)
        data = _validated(files, inputs)
        pickles.write(stored, data)  # only a knowledge base that passed every check
    return KnowledgeBase(data)


def _validated(files: list[Path], inputs: list[str] | None) -> KnowledgeFile:
    """The files read and validated entry by entry, then checked across files."""
    problems: list[str] = []
    sections: dict[str, list[tuple[str, Any]]] = {}
    for path in files:
        for section, entries in _read_file(path, problems).items():
            sections.setdefault(section, []).extend(entries)
    if not problems:
        # the same files under the same schema and checks passed before: the result cannot differ
        marker = yaml_cache.checked_marker(inputs if inputs is not None else source_texts(files))
        if not yaml_cache.is_checked(marker):
            from knowledge.base.checks import check_references

            check_references(sections, problems)
            if not problems:
                yaml_cache.mark_checked(marker)
    if problems:
        raise KnowledgeBaseError(problems)
    models: dict[str, Any] = {name: [model for _, model in entries] for name, entries in sections.items()}
    for singleton in SINGLETONS:
        models[singleton] = models[singleton][0]
    return KnowledgeFile.model_construct(**models)


def source_texts(files: list[Path]) -> list[str]:
    """What the checks' verdict and the validated knowledge base depend on: every YAML file by name and text, and
    the source of the schema and checks (every module of knowledge/base)."""
    code = sorted(Path(__file__).parent.glob("*.py"))
    return [f"{path.name}\n{path.read_text(encoding='utf-8')}" for path in (*files, *code)]


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
