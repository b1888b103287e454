"""Cross-references of the cue vocabulary and the close-call settings (`vocabulary.yaml`, `closecalls.yaml`): the
frameworks, requirement ids and categories, and lexicon concepts their lists name. Run by `checks.py` after the
requirements' phrases have their owners."""

from __future__ import annotations

from typing import Any


def vocabulary_problems(
    sections: dict[str, list[tuple[str, Any]]], owners: dict[str, tuple[str, str]], ids: dict[str, set[str]]
) -> list[str]:
    """A problem for each name in the vocabulary or close-call lists that no framework, requirement, category or
    concept owns; `owners` maps a phrase key to its owner, `ids` a section to its entries' ids."""
    frameworks, requirement_ids, concepts = ids["frameworks"], ids["requirements"], ids["lexicon"]
    problems: list[str] = []
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
            f"{label}: a close_calls need list names unknown requirement '{rid}'"
            for rid in (
                *model.no_pain_needs,
                *model.ranked_still_loose,
                *model.project_needs,
                *model.open_properties,
                *model.open_when_asked,
            )
            if rid not in requirement_ids
        ]
        problems += [
            f"{label}: tie_breakers '{tie.id}' names unknown requirement '{rid}'"
            for tie in model.tie_breakers
            for rid in (*tie.prevails, *tie.over, *tie.unless)
            if rid not in requirement_ids
        ]
        problems += [
            f"{label}: option_tie_breakers '{tie.id}' names unknown framework '{fw}'"
            for tie in model.option_tie_breakers
            for fw in (*tie.among, tie.pick)
            if fw not in frameworks
        ]
        problems += [
            f"{label}: option_tie_breakers '{tie.id}' picks '{tie.pick}', not one of its `among`"
            for tie in model.option_tie_breakers
            if tie.pick not in tie.among
        ]
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
    return problems
