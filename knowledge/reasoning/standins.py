"""Another framework in the leader's place: the seeds' stand-in for a winner that is ruled out, or the home
framework whose add-ons cover the API needs that put an API framework ahead."""

from __future__ import annotations

from knowledge.base.kb import KnowledgeBase
from knowledge.reasoning.advice import Contribution, FrameworkScore
from knowledge.reasoning.incumbent import IncumbentDecision
from knowledge.reasoning.scoring import Scorer


def stand_in(
    scorer: Scorer,
    contributions: list[Contribution],
    excluded: tuple[str, ...],
    best: FrameworkScore | None,
    team: set[str],
    *,
    asked: frozenset[str] = frozenset(),
) -> FrameworkScore | None:
    """The winner is ruled out ("FastAPI is off the table"): the seeds' closest alternative takes its place,
    carrying the winner's reasons. One that also stands in for what the team runs or knows, or for the
    thread's earlier pick, comes first (a Flask team, or a thread that began on Flask, that needs async and
    may not use FastAPI: Quart, the async Flask; 003 "FAQ", 002 "The Honest Comparison"). One the asker
    names comes before those, and so may the winner's own base (Starlette under FastAPI) when named."""
    if not excluded:
        return None
    unconstrained = scorer.rank(contributions, ())
    winner = unconstrained[0]
    # Only when what is left fits poorly (under half the winner's score): otherwise the best remaining
    # big framework leads and the stand-in is named among the alternatives.
    if winner.framework not in excluded or 2 * (best.score if best else 0) >= winner.score:
        return None
    if best is not None and best.score > 0 and all(c.weight >= 0 for c in best.contributions):
        # What is left fits and no stated need counts against it: the seeds' pick for that stays, since they
        # send the FastAPI-like alternatives back to FastAPI itself (003 "FAQ"), not past a mainstream fit.
        return None
    kb = scorer.kb
    # The winner's own base, when the asker names it ("starlette only, no fastapi"): FastAPI without its layer.
    base = [kb.frameworks[fw] for fw in kb.frameworks[winner.framework].builds_on if fw in asked]
    # "no fastapi, and no async": a stand-in built around a need the user declines is no stand-in for them
    declined = {c.requirement for c in contributions if c.absent}
    said = {c.requirement for c in contributions if c.weight > 0 and not c.absent}
    candidates = base + [
        fw
        for fw in kb.frameworks.values()
        if winner.framework in fw.stands_in_for
        and fw.id not in excluded
        and not declined.intersection(fw.founded_on)
        and (best is None or _founding_fits(kb, fw.founded_on, winner.framework, said))
    ]
    candidates.sort(key=lambda fw: (fw.id not in asked, not team.intersection(fw.stands_in_for)))  # stable
    if candidates:
        return FrameworkScore(candidates[0].id, candidates[0].name, winner.score, winner.contributions)
    return None


def strong_on(kb: KnowledgeBase, fw: str, needs: list[str]) -> bool:
    """Whether the sources count `fw` for one of `needs`: Quart, founded on async, stands in for FastAPI (async
    native) but not for Flask, which the table gives no async (002 "The Honest Comparison")."""
    rules = (r for need in needs for r in kb.rules_by_requirement.get(need, ()))
    return any(r.framework == fw and r.when == "present" and r.weight > 0 for r in rules)


def _founding_fits(kb: KnowledgeBase, founded_on: list[str], winner: str, said: set[str]) -> bool:
    """A stand-in built around a need (Quart: async) takes the place of a winner that is built on it too, or of
    one ruled out while that need is said: "no flask" for a small sync service is no call for async Flask, which
    the guide's FAQ sends back to FastAPI (003 "FAQ")."""
    return not founded_on or strong_on(kb, winner, founded_on) or bool(said.intersection(founded_on))


def home_of_covered(
    scorer: Scorer,
    contributions: list[Contribution],
    excluded: tuple[str, ...],
    present: set[str],
    *,
    best: FrameworkScore | None,
    ranking: tuple[FrameworkScore, ...],
    asked: frozenset[str] = frozenset(),
    loose: frozenset[str] = frozenset(),
) -> IncumbentDecision | None:
    """A new full application that also needs an API (a content site with an API for its iOS app): in a
    close call, the API needs that the home framework's add-ons cover do not pull it to an API framework.
    The home framework is the pick when it leads clearly once those needs are set aside. `asked`: the
    frameworks named as the choice ('either fastapi or flask'); with two or more named, a home not among them
    is no option. `loose`: needs read from loose words; they do not make the home application ('our e-commerce
    company needs an api' names the company's trade, not a shop built around the api)."""
    if best is None:
        return None
    kb = scorer.kb
    for home, rule in scorer.covering_homes:
        covered = present.intersection(rule.covers)
        mine = next((s for s in ranking if s.framework == home), None)
        home_said = present.intersection(rule.home_any) - loose
        if home == best.framework or home in excluded or not covered or not home_said:
            continue
        if len(asked) >= 2 and home not in asked:
            continue  # "either fastapi or flask": the choice is between the two named
        if mine is None or best.score - mine.score > 1:
            continue  # only a close call: a clear lead stays with the leader
        aside = covered | present.intersection(rule.home_set_aside)
        if any(c.weight > 0 and c.requirement not in aside for c in best.contributions):
            continue  # the leader has a reason of its own beyond the API the add-ons give
        rest = scorer.rank([c for c in contributions if c.requirement not in aside], excluded)
        if rest[0].framework == home and rest[0].score - rest[1].score >= 2:
            names = " or ".join(kb.name(fw) for fw in rule.addons if fw not in excluded)
            reason = (
                f"What you describe is a {kb.name(home)} application first, and its API needs are met "
                f"inside it with {names}. {rule.reason}"
            )
            return IncumbentDecision(home, "covered", rule.id, reason, tuple(rule.sources), tuple(sorted(covered)))
    return None
