"""The knowledge base's cross-references, checked once every file is read: ids unique, every id and cited
section known, one owner per phrase, exactly one of each single section. Each problem names file and entry."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from knowledge.base.incumbents import FRAMEWORK_SLOT
from knowledge.base.models import SINGLETONS, Citation
from knowledge.base.text import phrase_words, stem


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

    def need(label: str, kind: str, value: str | None, known: set[str]) -> None:
        if value is not None and value not in known:
            problems.append(f"{label}: unknown {kind} '{value}'")

    own_ids = {model.id: label for label, model in sections.get("incumbents", [])}
    for section, entries in sections.items():
        for label, model in entries:
            for citation in citations_in(model):
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
                refs = [
                    ("framework", fw, frameworks) for fw in (*model.builds_on, *model.stands_in_for, *model.yields_to)
                ]
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
                refs = [
                    ("requirement", r, requirements) for r in (*model.implies, *model.hands_off, *model.denied_implies)
                ]
            elif section == "requirements":
                tempered = [*model.tempers.needs, *model.tempers.unless] if model.tempers else []
                lacked = [model.lacked_as] if model.lacked_as else []
                refs = [
                    ("requirement", r, requirements) for r in (*model.contradicts, *model.moots, *tempered, *lacked)
                ]
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
            owner, where = owners.setdefault(phrase_key(phrase), (f"requirement {model.id}", label))
            if owner != f"requirement {model.id}":
                problems.append(f"{label}: phrase '{phrase}' is already used by {owner} ({where})")
    for label, model in sections.get("requirements", []):  # a need's "small" wording read as the need itself
        for phrase in model.modest:
            if phrase_key(phrase) in owners:
                owner = owners[phrase_key(phrase)][0]
                problems.append(f"{label}: modest phrase '{phrase}' is already a phrase of {owner}")
    for label, model in sections.get("vocabulary", []):  # a framework we rank read as a stack outside Python
        problems += [
            f"{label}: outside_python key '{key}' is {owners[key.lower()][0]}"
            for key in model.outside_python
            if owners.get(key.lower(), ("",))[0].startswith("framework")
        ]
    for label, model in sections.get("vocabulary", []):  # a run sign says which framework runs
        problems += [
            f"{label}: run_signs names unknown framework '{fw}'" for fw in model.run_signs if fw not in frameworks
        ]
    interfaces = {kind for _, model in sections.get("vocabulary", []) for kind in model.server_interfaces}
    for label, model in sections.get("frameworks", []):  # a framework is served on an interface the words name
        if model.served_on is not None:
            problems += [
                f"{label}: served_on names unknown server interface '{kind}' (vocabulary.yaml server_interfaces)"
                for kind in model.served_on.kinds
                if kind not in interfaces
            ]
    categories = {model.category for _, model in sections.get("requirements", [])}
    for label, model in sections.get("vocabulary", []):  # what a scope cut keeps is named by requirement category
        problems += [
            f"{label}: scope_cut_keeps names unknown requirement category '{category}'"
            for category in model.scope_cut_keeps
            if category not in categories
        ]
        problems += [
            f"{label}: needs.caller_categories names unknown requirement category '{category}'"
            for category in model.needs.caller_categories
            if category not in categories
        ]
        problems += [
            f"{label}: status_quo.categories names unknown requirement category '{category}'"
            for category in (model.status_quo.categories if model.status_quo else ())
            if category not in categories
        ]
    requirement_ids = ids("requirements")
    for label, model in sections.get("vocabulary", []):  # vocabulary lists that name requirements
        named = {
            "audience_scope_by": model.audience_scope_by,  # decide scope over a small audience
            "audience_role_yields_to": model.audience_role_yields_to,
            "audience_side_by": model.audience_side_by,  # a load that makes a handful's part a side part
            "audience_side_unless": model.audience_side_unless,  # rules that make the handful's part its own system
            "horizon_needs": model.horizon_needs,  # what a time already spent running does not say
            "needs.trade_deciding": model.needs.trade_deciding,  # decide alone though named as a company's trade
            "needs.client_needs": model.needs.client_needs,  # a client a backend is said to serve
            "needs.unit_parts": model.needs.unit_parts,  # parts of an app, never a unit of the organisation
            "needs.chosen_parts": model.needs.chosen_parts,  # parts a team may pick itself
            "needs.own_parts": model.needs.own_parts,  # parts a team may have made itself
            "needs.glue_needs": model.needs.glue_needs,  # services connecting other systems
            "needs.party_kind_needs": model.needs.party_kind_needs,  # an outside party's trade may name them
            "needs.part_sizes": model.needs.part_sizes,  # sizes of the system, not of a side part
            "context_needs": model.context_needs,  # a correction that only adds background
            "team_set_by": model.team_set_by,  # hold a pick to the team's frameworks
            "phase_bound": model.phase_bound,  # needs of an earlier phase a next phase drops
            "surface_needs": model.surface_needs,  # needs a drop of the screens takes with it
            # a client app added beside an application held: what names it, the application, its side's needs
            "thread.client_part": [
                *model.thread.client_part_needs,
                *model.thread.client_part_homes,
                *model.thread.client_part_scoped,
            ],
            "staff_audience_need": [model.staff_audience_need] if model.staff_audience_need else [],
            "status_quo.also": model.status_quo.also if model.status_quo else [],  # features an app may have
            "neighbours.scoped": model.neighbours.scoped if model.neighbours else [],  # sizes of a system beside ours
            # needs a kept part's clause does not take with it
            "neighbours.kept_parts": [
                *model.neighbours.kept_parts.spared,
                *([model.neighbours.kept_parts.apart] if model.neighbours.kept_parts.apart else []),
            ]
            if model.neighbours and model.neighbours.kept_parts
            else [],
        }
        problems += [
            f"{label}: {field} names unknown requirement '{rid}'"
            for field, rids in named.items()
            for rid in rids
            if rid not in requirement_ids
        ]
    for label, model in sections.get("close_calls", []):  # needs that say what runs is fine
        problems += [
            f"{label}: no_pain_needs/ranked_still_loose/project_needs names unknown requirement '{rid}'"
            for rid in (*model.no_pain_needs, *model.ranked_still_loose, *model.project_needs)
            if rid not in requirement_ids
        ]
        problems += [
            f"{label}: tie_breakers '{tie.id}' names unknown requirement '{rid}'"
            for tie in model.tie_breakers
            for rid in (*tie.prevails, *tie.over)
            if rid not in requirement_ids
        ]
        problems += [
            f"{label}: option_tie_breakers '{tie.id}' names unknown framework '{fw}'"
            for tie in model.option_tie_breakers
            for fw in (*tie.among, tie.pick)
            if fw not in ids("frameworks")
        ]
        problems += [
            f"{label}: option_tie_breakers '{tie.id}' picks '{tie.pick}', not one of its `among`"
            for tie in model.option_tie_breakers
            if tie.pick not in tie.among
        ]
    concepts = ids("lexicon")
    for label, model in sections.get("vocabulary", []):  # the concept a split monolith is read as
        split = model.monolith_split
        if split is not None and split.concept not in concepts:
            problems.append(f"{label}: monolith_split names unknown concept '{split.concept}'")
        for spread in model.spread_wordings:
            if spread.concept not in concepts:
                problems.append(f"{label}: spread_wordings '{spread.id}' names unknown concept '{spread.concept}'")
            if spread.gone is not None and spread.gone not in requirement_ids:
                problems.append(f"{label}: spread_wordings '{spread.id}' names unknown requirement '{spread.gone}'")
        calls = model.outside_calls
        if calls is not None and calls.concept not in concepts:
            problems.append(f"{label}: outside_calls names unknown concept '{calls.concept}'")
        unknown = sorted(model.scope.self_made_confirms - requirement_ids)
        if unknown:
            problems.append(f"{label}: scope.self_made_confirms names unknown requirements {unknown}")
        for activity in model.activities:
            if activity.concept not in concepts:
                problems.append(f"{label}: activity '{activity.id}' names unknown concept '{activity.concept}'")
        shared = model.shared_records
        if shared is not None and shared.concept not in concepts:
            problems.append(f"{label}: shared_records names unknown concept '{shared.concept}'")
        staff = model.staff_handling
        if staff is not None and staff.concept not in concepts:
            problems.append(f"{label}: staff_handling names unknown concept '{staff.concept}'")
        steps = model.workflow_nouns
        for concept in (steps.concept, steps.trail_concept) if steps is not None else ():
            if concept not in concepts:
                problems.append(f"{label}: workflow_nouns names unknown concept '{concept}'")
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
