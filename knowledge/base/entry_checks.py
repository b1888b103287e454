"""The ids one knowledge-base entry names, by its section, and the problems its own fields show: a rule's
requirement and framework, a framework's kin, a requirement's phrases that must be its own. `checks.py` runs it on
every entry and reports each unknown id."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from knowledge.base.incumbents import FRAMEWORK_SLOT
from knowledge.base.text import phrase_words, stem

Reference = tuple[str, str | None, set[str]]  # (kind of id, the id named, the ids known)


@dataclass(frozen=True)
class KnownIds:
    frameworks: set[str]
    requirements: set[str]
    families: set[str]
    rules: dict[str, str]  # incumbents.yaml rule id -> its label


def entry_references(section: str, label: str, model: Any, known: KnownIds) -> tuple[list[Reference], list[str]]:
    """The ids the entry names, and the problems of its own fields (listed before the unknown ids)."""
    frameworks, requirements, families, own_ids = known.frameworks, known.requirements, known.families, known.rules
    problems: list[str] = []
    refs: list[tuple[str, str | None, set[str]]] = []
    if section == "rules":
        refs = [("requirement", model.requirement, requirements), ("framework", model.framework, frameworks)]
        refs += [("framework", fw, frameworks) for fw in model.suggest]
    elif section == "frameworks":
        refs = [("framework", fw, frameworks) for fw in (*model.builds_on, *model.stands_in_for, *model.yields_to)]
        refs += [("requirement", r, requirements) for r in model.founded_on]
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
        refs = [("requirement", r, requirements) for r in (*model.implies, *model.hands_off, *model.denied_implies)]
    elif section == "requirements":
        tempered = [*model.tempers.needs, *model.tempers.unless] if model.tempers else []
        lacked = [model.lacked_as] if model.lacked_as else []
        refs = [("requirement", r, requirements) for r in (*model.contradicts, *model.moots, *tempered, *lacked)]
        keys = {phrase_key(phrase) for phrase in model.phrases}
        problems += [
            f"{label}: weak phrase '{phrase}' is not one of its phrases"
            for phrase in model.weak
            if phrase_key(phrase) not in keys
        ]
        problems += [  # a loose size word tempers nothing alone: it must be one of the need's own words
            f"{label}: loose tempering phrase '{phrase}' is not one of its phrases"
            for phrase in (model.tempers.loose if model.tempers else [])
            if phrase_key(phrase) not in keys
        ]
        problems += [  # "template" in another sense: it must be one of the need's own words
            f"{label}: sense '{sense.said}' is not one of its phrases"
            for sense in model.senses
            if phrase_key(sense.said) not in keys
        ]
        problems += [  # a word checked for its sense must be one of the need's own words
            f"{label}: sense check '{said}' is not one of its phrases"
            for check in model.sense_checks
            for said in check.said
            if phrase_key(said) not in keys
        ]
    elif section == "incumbents":
        runs = (model.current, *model.current_any)
        refs = [("framework", fw, frameworks) for fw in (*runs, model.target, *model.addons)]
        refs.append(("family", model.family, families))
        if [model.current is not None, model.family is not None, bool(model.current_any)].count(True) != 1:
            problems.append(f"{label}: a rule names exactly one of 'current' and 'family' (or 'current_any')")
        problems += _shared_rule_problems(label, model, own_ids)
        refs += [
            ("requirement", r, requirements)
            for r in (
                *model.when_any,
                *model.when_all,
                *model.unless_any,
                *model.covers,
                *model.home_any,
                *model.home_set_aside,
                *model.settles,
                *model.when_denied_any,
            )
        ]
        if model.to_named and (model.verdict != "move" or model.target is not None):
            problems.append(f"{label}: a 'to_named' rule is a 'move' with no fixed target")
        if model.verdict in ("move", "beside") and model.target is None and not model.to_named:
            problems.append(f"{label}: a '{model.verdict}' rule needs a target")
        if model.settles and (model.verdict != "stay" or not (model.when_any or model.when_all)):
            problems.append(f"{label}: only a 'stay' rule with a when_any or when_all can settle needs")
        if set(model.counted_all) - set(model.when_all) or (model.counted_all and model.verdict == "stay"):
            problems.append(f"{label}: 'counted_all' needs are on a move or beside rule and in its 'when_all'")
        if model.outgrows_extensions and not model.counted_all:
            problems.append(f"{label}: 'outgrows_extensions' needs 'counted_all' (the count that outgrows)")
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
            f"{label}: need '{r}' is in both 'answers' and 'states'" for r in set(model.answers) & set(model.states)
        ]
    elif section == "benchmarks":
        refs = [("framework", row.framework, frameworks) for row in model.rows]
    return refs, problems


def phrase_key(phrase: str) -> str:
    """Phrases collide when they read the same to the parser: same word stems in the same order."""
    return " ".join(stem(word) for word in phrase_words(phrase))


_SLOT = re.compile(r"\{[^{}]*\}")


def _shared_rule_problems(label: str, rule: Any, own_ids: dict[str, str]) -> list[str]:
    """A rule shared by several frameworks: its ids for each must be free, and its reason may name the framework
    that runs only by `{framework}` (only a shared rule has one to fill in)."""
    problems = [
        f"{label}: its rule for '{fw}' is '{fw}-{rule.id}', the id of another rule ({own_ids[f'{fw}-{rule.id}']})"
        for fw in rule.current_any
        if f"{fw}-{rule.id}" in own_ids
    ]
    slots = set(_SLOT.findall(rule.reason))
    if slots - {FRAMEWORK_SLOT}:
        problems.append(
            f"{label}: unknown slot {sorted(slots - {FRAMEWORK_SLOT})} in its reason (only {FRAMEWORK_SLOT})"
        )
    if FRAMEWORK_SLOT in slots and rule.current is not None:
        problems.append(f"{label}: {FRAMEWORK_SLOT} in the reason of a rule for one framework: write its name")
    return problems
