"""Which of two frameworks within a few points of each other leads a co-recommendation (closecalls.yaml)."""

from __future__ import annotations

from itertools import compress

from knowledge.base.entry import Fact
from knowledge.base.kb import KnowledgeBase
from knowledge.base.text import phrase_words
from knowledge.reading.parser import ParsedQuery
from knowledge.reasoning.advice import FrameworkScore


def is_close(
    kb: KnowledgeBase, best: FrameworkScore, runner_up: FrameworkScore, wishes: frozenset[str] = frozenset()
) -> bool:
    """Within the margin, with the runner-up fitting too (a positive score, or an even fit when both are at
    zero): the two are named together, one question deciding. Only wishes (`wishes`: the hedged needs) bringing
    them within it is no close call: a wish breaks ties, it does not make one."""
    margin = kb.close_calls.margin
    if abs(best.score - runner_up.score) > margin:
        return False
    if abs(_stated(best, wishes) - _stated(runner_up, wishes)) > margin:
        return False
    return runner_up.score > 0 or (best.score == 0 and even_fit(runner_up))


def wished(query: ParsedQuery) -> frozenset[str]:
    """The needs said only as hedged wishes."""
    return frozenset(m.id for m in query.requirements if m.wish and not m.negated)


def stated_first(
    kb: KnowledgeBase, best: FrameworkScore, runner_up: FrameworkScore, wishes: frozenset[str]
) -> tuple[FrameworkScore, FrameworkScore]:
    """Level or within the margin only through wishes, the one the stated needs put clearly ahead leads: a wish
    breaks a tie, it does not overturn a stated lead."""
    if abs(best.score - runner_up.score) > kb.close_calls.margin:
        return best, runner_up
    if _stated(runner_up, wishes) - _stated(best, wishes) > kb.close_calls.margin:
        return runner_up, best
    return best, runner_up


def even_fit(score: FrameworkScore) -> bool:
    """A net score of zero that some need supports: a fit with an equal cost, not the absence of a fit."""
    return score.score == 0 and any(c.weight > 0 for c in score.contributions)


def order(
    kb: KnowledgeBase, best: FrameworkScore, runner_up: FrameworkScore, query: ParsedQuery
) -> tuple[FrameworkScore, FrameworkScore, Fact | None]:
    """The leader first, and the rule that put it there when it is not the score's order. A framework the message
    names keeps its lead; otherwise, in a tie, one the sources pick for a stated need leads one that only copes
    with each."""
    named = {*query.known, *query.targets, *query.mentioned, *((query.current,) if query.current else ())}
    if best.framework in named:
        return best, runner_up, None
    rules = kb.close_calls
    if best.score == runner_up.score and runner_up.framework in query.known and best.framework not in named:
        return runner_up, best, rules.named_leads  # "all we know is fastapi": in a tie, the team's own leads
    if runner_up.framework in _kin(kb, named) and best.framework not in _kin(kb, named):
        return runner_up, best, rules.kin_leads
    if best.score == runner_up.score and _strongest(best) <= rules.lean_weight < _strongest(runner_up):
        return runner_up, best, rules.pick_over_leans
    return best, runner_up, None


def _kin(kb: KnowledgeBase, named: set[str]) -> set[str]:
    """The ranked frameworks a named lesser-known one belongs with: what it is built on or stands in for, and
    what is built on it (Starlette -> FastAPI, Litestar -> FastAPI, Quart -> Flask and FastAPI)."""
    lesser = [kb.frameworks[fw] for fw in named if fw in kb.frameworks and not kb.frameworks[fw].ranked]
    kin = {k for fw in lesser for k in (*fw.builds_on, *fw.stands_in_for)}
    kin |= {other.id for other in kb.frameworks.values() if any(fw.id in other.builds_on for fw in lesser)}
    return {fw for fw in kin if fw in kb.frameworks and kb.frameworks[fw].ranked}


def _stated(score: FrameworkScore, wishes: frozenset[str]) -> int:
    """The score without what hedged wishes gave."""
    return score.score - sum(c.weight for c in score.contributions if c.requirement in wishes)


def _strongest(score: FrameworkScore) -> int:
    return max((c.weight for c in score.contributions), default=0)


def option_pick(
    kb: KnowledgeBase, query: ParsedQuery, excluded: tuple[str, ...], *, of_project: bool = False
) -> tuple[str, Fact] | None:
    """With no need read, a shortlist the sources settle by themselves ('Sanic or FastAPI? we measured
    nothing': FastAPI, unless one's own benchmarks say otherwise): the pick and why. For a project of the asker's
    (`of_project`: "litestar or fastapi for the new service?", "is sanic worth it for our next service?") the
    sources' answer holds without the measuring said, and a lone rival asked about is weighed against the pick."""
    asked = {fw for fw in (*query.mentioned, *query.targets) if fw in kb.frameworks and fw not in excluded}
    if query.current or not asked or (len(asked) < 2 and not of_project):
        return None
    lone = asked if len(asked) == 1 else set()  # "is fastapi production ready?" asks about the pick, not a rival
    unmeasured = query.unmeasured or unmeasured_in(kb, query.text) or of_project
    for tie in kb.close_calls.option_tie_breakers:
        if tie.pick in excluded or not asked <= set(tie.among) or tie.pick in lone:
            continue
        if (tie.pick in asked or of_project) and (unmeasured or not tie.unmeasured_only):
            return tie.pick, Fact(text=tie.text, sources=tie.sources)
    return None


def unmeasured_in(kb: KnowledgeBase, text: str) -> bool:
    """Own measurements said to be missing ("we haven't load-tested anything", "measured nothing"); a request
    for numbers ("any recent benchmarks?") or a claim heard ("someone says it beats X") is not that."""
    cues = kb.close_calls.unmeasured
    if cues is None or not text:
        return False
    said = phrase_words(text)
    measures, denials = set(cues.measures), set(cues.denials)
    return any(  # (at the measuring words only, picked out in C: `said` is the whole message)
        not denials.isdisjoint(said[max(0, at - cues.reach) : at + cues.reach + 1])
        for at in compress(range(len(said)), map(measures.__contains__, said))
    )
