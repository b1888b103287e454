"""The framework a team already runs, and the add-ons and splits that go with a pick.

The seeds' migration advice outranks greenfield scores: a Django app that needs an API stays on
Django and adds an API package; a Flask app moves to FastAPI only for a stated need; a migration
already under way is finished. The rules are data (incumbents.yaml); this module applies them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from knowledge.base.kb import KnowledgeBase
from knowledge.base.models import Citation, IncumbentRule
from knowledge.reading.parser import ParsedQuery
from knowledge.reasoning.advice import Addon, FrameworkScore, Pattern


@dataclass(frozen=True, slots=True)
class IncumbentDecision:
    framework: str
    verdict: str  # "stay" | "move" | "beside" (a new service next to the app) | "finish" | "described"
    rule: str  # the incumbents.yaml id, or "finish-migration"
    reason: str
    citations: tuple[Citation, ...]
    needs: tuple[str, ...]  # requirement ids that made the rule fire
    by_needs: bool = False  # the move goes where the needs rank first, `framework` being the way with none


def decide(
    kb: KnowledgeBase, query: ParsedQuery, present: set[str], excluded: tuple[str, ...]
) -> IncumbentDecision | None:
    """Stay, move or finish, when the team runs a framework; None when greenfield scores should decide."""
    current = query.current
    target = query.targets[0] if query.targets else None
    # A move under way is finished, also toward a framework the sources only mention ("i moved it to quart"),
    # unless that framework's own rules name a need that sends its teams on (it cannot be staffed).
    finishable = target is not None and (target in kb.ranked or target in kb.incumbents)
    if query.migration_underway and target is not None and finishable and target not in excluded:
        turned = _turned_mainstream(kb, query, target, excluded)
        if turned is not None:
            return turned
        if target not in kb.ranked:
            onward = _fired_moves(kb, kb.incumbents[target], present, excluded, set(), needs_only=True)
            if onward:
                _, rule, hits = max(onward, key=lambda item: item[0])
                assert rule.target is not None
                return IncumbentDecision(
                    rule.target, rule.verdict, rule.id, rule.reason, tuple(rule.sources), tuple(hits)
                )
        kept = _kept_by_split(kb, current, target, present) if current else None
        if kept is not None:
            return kept
        path = kb.migrations.get((current, target)) if current else None
        avoided = path is not None and path.verdict == "avoid" and not _toward_pattern(kb, current, target, present)
        if query.rollback_asked and current is not None and path is not None and avoided:
            # "push on or roll back?" on a path the sources advise against: going back is the advice offered (a
            # part split out toward a pattern the seeds back, "the public api into fastapi", is no such path)
            return IncumbentDecision(
                current,
                "stay",
                "rollback-avoided-path",
                f"You offered going back: the sources call {kb.name(current)} → {kb.name(target)} {path.verdict}: "
                f"{path.summary}",
                tuple(path.sources),
                (),
            )
        return IncumbentDecision(
            target,
            "finish",
            "finish-migration",
            f"You are already part-way to {kb.name(target)}: finish the move rather than run two frameworks "
            "for good"
            + (f"; the sources call {kb.name(path.source)} → {kb.name(target)} {path.verdict}." if path else "."),
            tuple(path.sources) if path else (),
            (),
        )
    if current is None or current in excluded:
        return None
    if query.beside and query.beside != current and query.beside in kb.ranked and query.beside not in excluded:
        # "a new fastapi service reusing our django orm": what runs stays, the new service is the other framework
        split = kb.ecosystem.reuse_split
        return IncumbentDecision(query.beside, "beside", "ecosystem-reuse-split", split.text, tuple(split.sources), ())
    path = kb.migrations.get((current, target)) if target and target not in excluded else None
    if query.asked_how and path is not None and path.verdict == "common":
        # "if we move to fastapi, what replaces g.user?": on a routine path, asking how the parts carry over is the
        # move being planned; on a rare or avoided one the stay advice still answers
        assert target is not None
        reason = (
            f"You are working out how to move to {kb.name(target)}; the sources call {kb.name(current)} → "
            f"{kb.name(target)} {path.verdict}: {path.summary}"
        )
        return IncumbentDecision(target, "move", "asked-how", reason, tuple(path.sources), ())
    if current not in kb.incumbents:
        return None
    rules = kb.incumbents[current]
    # A need the team's framework already answers with its own extension ("our flask-admin") is no reason to
    # leave it: the sources say Flask's flexibility adapts, and its missing parts come as extensions.
    met = {need for fw, need in query.extension_needs if fw == current}
    counted = {m.id for m in query.requirements if m.counted and not m.negated}
    # ... unless a load counted outgrows it ("a channels consumer for 9,000 open sockets"): 000 "Async and
    # concurrency" calls Django's async an optimization, not a foundation
    outgrown = {
        need
        for rule in rules
        if rule.outgrows_extensions and counted.issuperset(rule.counted_all)
        for need in (*rule.when_all, *rule.when_any)
    }
    met -= outgrown
    # A hedged wish ("would allow async later", "websockets would be nice") is no reason to leave what runs.
    met |= {m.id for m in query.requirements if m.wish and not m.negated}
    # Nor is a destination's feature listed as the reason to go ("move to django for its admin"): the sources move a
    # working app for a need the team has, and the features a framework offers are not one.
    met |= set(query.argued_needs)
    # Nor is a need only asked about ("do we need a separate service for that?"): whether it is needed is the question.
    met |= set(query.asked_needs)
    # Load the team tunes where the app runs (workers, gevent, the database) is no reason to leave it either:
    # the sources say databases and network I/O, not the framework, dominate latency.
    # Websockets and waits on outside calls are not settled so (`unless_any`), even when an extension serves them.
    # A need asked for while the load that would make it pay is denied ("add async" at 5 rps) is settled too.
    denied = {m.id for m in query.requirements if m.negated}
    # "the admin stays on django; the upload endpoint gets rebuilt as its own service": the piece asked about is a
    # new app beside what runs (003 "Deployment patterns"), so no stay rule keeps it or settles its needs
    apart = query.apart_decided
    if not apart:
        met |= {need for rule in rules if _matches_stay(rule, present, met, denied) for need in rule.settles}
    chosen = _to_named(kb, rules, query, present - met, excluded) or _named_only(rules, query, present - met, excluded)
    if chosen is not None:
        return chosen
    moves = _fired_moves(kb, rules, present, excluded, met, counted=counted)
    if moves:
        _, rule, hits = max(moves, key=lambda item: item[0])
        assert rule.target is not None  # the loader requires a target on move and beside rules
        return IncumbentDecision(
            rule.target, rule.verdict, rule.id, rule.reason, tuple(rule.sources), tuple(hits), rule.target_by_needs
        )
    if query.leaving:  # "we're moving off pyramid": the team has made the call to go; the needs rank where to
        return None
    weighed = [fw for fw in query.frameworks if fw != current and fw not in excluded]
    # a need the app already meets ("our sqladmin covers the ops screens") keeps no stay rule from holding
    unmet = present - met
    for rule in rules:
        if apart:
            break
        if rule.verdict != "stay" or unmet.intersection(rule.unless_any) or not present.issuperset(rule.when_all):
            continue
        if rule.when_denied_any and not denied.intersection(rule.when_denied_any):
            continue
        if rule.when_quiet and present:
            continue  # kept only while nothing stated argues for a move
        if rule.after_finished_move and not query.move_finished:
            continue  # kept only where the team has just ended a move to it
        if rule.yields_to_named and weighed:  # "it's on bottle; should we go to flask?": the needs decide
            if target in kb.ranked and not present:
                # no need argues either way: the mainstream framework the asker names is the move
                return IncumbentDecision(target, "move", rule.id, rule.reason, tuple(rule.sources), ())
            continue
        hits = [r for r in rule.when_any if r in present]
        if hits or not rule.when_any:
            return IncumbentDecision(current, "stay", rule.id, rule.reason, tuple(rule.sources), tuple(hits))
    return None


def _turned_mainstream(
    kb: KnowledgeBase, query: ParsedQuery, target: str, excluded: tuple[str, ...]
) -> IncumbentDecision | None:
    """'half the routes are on sanic; should we just go fastapi instead?': a move under way toward a framework the
    sources advise against beside a mainstream one the asker names goes to that one (frameworks.yaml yields_to)."""
    niche = kb.frameworks.get(target)
    if niche is None:
        return None
    named = [
        fw
        for fw in niche.yields_to
        # a colleague's pitch ("someone says fastapi is safer; carry on?") is weighed as any pitch, not the asker's
        if fw in query.frameworks and fw not in query.proposed and fw != query.current and fw not in excluded
    ]
    if not named:
        return None
    to = named[0]
    niche_name, to_name = kb.name(target), kb.name(to)
    reason = (
        f"You are part-way to {niche_name} and name {to_name} as the alternative: the sources advise staying with "
        f"{to_name} over {niche_name} unless your own benchmarks show a compelling reason, so the rest of the move "
        f"(and what is already ported) is better aimed at {to_name} than finished toward {niche_name}."
    )
    return IncumbentDecision(to, "move", "niche-move-yields", reason, tuple(niche.sources), ())


def _to_named(
    kb: KnowledgeBase, rules: list[IncumbentRule], query: ParsedQuery, needs: set[str], excluded: tuple[str, ...]
) -> IncumbentDecision | None:
    """'we're on web.py; i'm convinced we should rewrite it in flask': leaving a niche framework for a mainstream one
    the asker chose, the choice stands unless a need they state contradicts it: a need the chosen framework's
    own rules would move its teams on for, or one the sources count strongly against it. The reasons they give
    for the choice ('flask: actively developed, better docs') are theirs to judge, not needs against it."""
    target = query.targets[0] if query.targets else None
    if target is None or target not in kb.ranked or target in excluded or target == query.current:
        return None
    stated = needs - set(query.argued_needs)
    leaving = (*excluded, *((query.current,) if query.current else ()))
    for rule in rules:
        if not rule.to_named or stated.intersection(rule.unless_any):
            continue
        if _fired_moves(kb, kb.incumbents.get(target, []), stated, leaving, set(), needs_only=True):
            return None
        if any(
            r.framework == target and r.when == "present" and r.weight <= kb.close_calls.against_choice_weight
            for need in stated
            for r in kb.rules_by_requirement.get(need, [])
        ):
            return None
        return IncumbentDecision(target, "move", rule.id, rule.reason, tuple(rule.sources), ())
    return None


def _named_only(
    rules: list[IncumbentRule], query: ParsedQuery, needs: set[str], excluded: tuple[str, ...]
) -> IncumbentDecision | None:
    """'move our flask app to quart for async': a move to a framework the sources only mention, named by the asker
    as the one move weighed, for the needs its rule names (and none of those it leaves to another framework)."""
    weighed = {fw for fw in query.frameworks if fw != query.current and fw not in excluded}
    for rule in rules:
        if not rule.named_only or rule.target is None or weighed != {rule.target} or rule.target not in query.targets:
            continue
        hits = [r for r in rule.when_any if r in needs]
        if (hits or not rule.when_any) and needs.issuperset(rule.when_all) and not needs.intersection(rule.unless_any):
            return IncumbentDecision(rule.target, "move", rule.id, rule.reason, tuple(rule.sources), tuple(hits))
    return None


def _matches_stay(rule: IncumbentRule, present: set[str], met: set[str], denied: set[str]) -> bool:
    """A `stay` rule that names needs, one of them present (and not already met), all its `when_all` ones
    present, one of its `when_denied_any` said absent, and none of its `unless_any`."""
    named = bool(present.difference(met).intersection(rule.when_any)) or (not rule.when_any and bool(rule.when_all))
    return (
        rule.verdict == "stay"
        and named
        and (not rule.when_denied_any or bool(denied.intersection(rule.when_denied_any)))
        and present.issuperset(rule.when_all)
        and not present.intersection(rule.unless_any)
    )


def _kept_by_split(kb: KnowledgeBase, current: str, target: str, present: set[str]) -> IncumbentDecision | None:
    """A move under way stops short of a part the sources keep on the old framework: when a split names both
    frameworks and only the old one's part serves the needs said ("the last one left is the admin back office"),
    that part stays where it is."""
    for rule in kb.patterns:
        serves = {part.framework: set(part.serves) for part in rule.parts}
        if current in serves and target in serves and serves[current] & present and not serves[target] & present:
            needs = tuple(sorted(serves[current] & present))
            reason = f"The sources keep this part on {kb.name(current)} even mid-move: {rule.summary}"
            return IncumbentDecision(current, "stay", rule.id, reason, tuple(rule.sources), needs)
    return None


def _toward_pattern(kb: KnowledgeBase, current: str | None, target: str, present: set[str]) -> bool:
    """The move takes a part to the framework a seed pattern gives it beside what runs ('the public api out of
    the django monolith into fastapi'): a need said is one the target's part serves there."""
    for rule in kb.patterns:
        serves = {part.framework: set(part.serves) for part in rule.parts}
        if current in serves and target in serves and serves[target] & present:
            return True
    return False


def _fired_moves(
    kb: KnowledgeBase,
    rules: list[IncumbentRule],
    present: set[str],
    excluded: tuple[str, ...],
    met: set[str],
    *,
    needs_only: bool = False,
    counted: set[str] | frozenset[str] = frozenset(),
) -> list[tuple[int, IncumbentRule, list[str]]]:
    """The move and beside rules whose needs are present (`needs_only`: only rules that name a need), those with
    `counted_all` only when these needs were read from a number (`counted`)."""
    moves = []
    for rule in rules:
        # a named-only move waits for the asker to name its framework (see _named_only); any other may go to a
        # framework the sources only mention when its needs are said ("async, but keep the flask code": Quart)
        if rule.verdict == "stay" or rule.target is None or rule.target in excluded or rule.named_only:
            continue
        if needs_only and not (rule.when_any or rule.when_all):
            continue
        if not counted.issuperset(rule.counted_all):
            continue
        hits = [r for r in rule.when_any if r in present and r not in met]
        fires = (hits or not rule.when_any) and present.difference(met).issuperset(rule.when_all)
        if fires and not present.intersection(rule.unless_any):
            moves.append((len(hits) + len(rule.when_all), rule, [*hits, *rule.when_all]))
    return moves


def destination(
    decision: IncumbentDecision, ranking: tuple[FrameworkScore, ...], signal: bool, known: tuple[str, ...] = ()
) -> IncumbentDecision:
    """'2 devs left who know our pyramid app: server-rendered, accounts, forms': the team has to go, and the app's
    own needs say where (the seeds match a framework to the kind of project); the rule's target is the way when the
    needs rank no mainstream framework clearly first, or when the team already knows it ('we three know flask':
    002 "What I Actually See in Production" keeps Flask where the team knows it)."""
    if not decision.by_needs or not signal or not ranking or ranking[0].score <= 0 or decision.framework in known:
        return decision
    first = ranking[0]
    if first.framework == decision.framework or (len(ranking) > 1 and ranking[1].score == first.score):
        return decision
    reason = f"{decision.reason} What you describe ranks {first.name} first, so that is where the move goes."
    return replace(decision, framework=first.framework, reason=reason)


def addons(kb: KnowledgeBase, pick: str, present: set[str], excluded: tuple[str, ...]) -> tuple[Addon, ...]:
    """Packages the seeds add to `pick` for the needs present (Django + django-ninja for an API)."""
    found: dict[str, Addon] = {}
    for rule in kb.incumbents.get(pick, []):
        if rule.addons and present.intersection(rule.when_any):
            for fw in rule.addons:
                if fw not in excluded and fw in kb.frameworks:
                    found.setdefault(fw, Addon(fw, kb.name(fw), kb.frameworks[fw].summary, tuple(rule.sources)))
    return tuple(found.values())


def pattern(kb: KnowledgeBase, pick: str, present: set[str], excluded: tuple[str, ...]) -> Pattern | None:
    """A split the seeds describe, when every part's needs are present and the pick is one of its parts."""
    for rule in kb.patterns:
        frameworks = [part.framework for part in rule.parts]
        if pick not in frameworks or any(fw in excluded for fw in frameworks):
            continue
        if all(present.intersection(part.serves) for part in rule.parts):
            parts = tuple((part.framework, part.role) for part in rule.parts)
            return Pattern(rule.id, rule.summary, parts, tuple(rule.sources))
    return None
