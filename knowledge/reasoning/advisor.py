"""Requirements -> advice: score the ranked frameworks, pick (an incumbent's rules, a stand-in, a close call
ordered), explain every point, stay honest. How sure the pick is: `confidence.py`."""

from __future__ import annotations

import dataclasses

from knowledge.base.entry import Fact
from knowledge.base.kb import KnowledgeBase
from knowledge.base.models import Citation, Disagreement
from knowledge.reading.parser import ParsedQuery
from knowledge.reasoning import (
    close_call,
    confidence,
    explain,
    incumbent,
    mandated,
    open_properties,
    pattern_parts,
    project_facts,
    shortlist,
    standins,
    weak_signal,
)
from knowledge.reasoning import deciding as deciding_questions
from knowledge.reasoning.advice import CURRENT_FRAMEWORK, Advice, Contribution, FrameworkScore
from knowledge.reasoning.described import asked_for
from knowledge.reasoning.migration import migration_note
from knowledge.reasoning.moot import without_moot
from knowledge.reasoning.scoring import Scorer


def _distinct(citations: list[Citation]) -> tuple[Citation, ...]:
    """Each citation once, in first-given order. Every rule carries its own equal copies, so they are told apart by
    their two fields (a frozen model with no other state) rather than pydantic's slower `__eq__` per pair."""
    first: dict[tuple[str, str], Citation] = {}
    for citation in citations:
        first.setdefault((citation.seed, citation.section), citation)
    return tuple(first.values())


class Advisor:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.scorer = Scorer(kb)

    def advise(self, query: ParsedQuery, *, line: str | None = None, part: str | None = None) -> Advice:
        """`line`: in a thread, the framework picked before this turn; a stand-in follows it. `part`: the framework
        of the one part of the last split a follow-up asks about (pattern_parts.py)."""
        kb = self.kb
        query = without_moot(kb, query)  # "a cpu-bound resizer, async please": async gains it nothing
        present = {r.id for r in query.requirements if not r.negated}
        # a service decided apart from what runs is a new app: running the old one weighs nothing for it
        running = None if query.apart_decided else query.current
        contributions, unweighted = self.scorer.contributions(
            query.requirements, running, query.known, query.library_covers, frozenset(query.first_ranked)
        )
        excluded = tuple(fw for fw in query.excluded if fw in kb.frameworks)
        ranking = self.scorer.rank(contributions, excluded)
        # A need that only sets the context ("new project") or read from loose words ("an api", "k8s") weighs in,
        # but alone it names no kind of system. Loose words do count beside frameworks named as the options or the
        # move, or ruled out, when those narrow the field ("fastapi vs litestar for the api"); naming every ranked
        # one does not.
        named = {fw for fw in (*query.mentioned, *query.targets, *query.excluded) if fw in kb.frameworks}
        # ... but only for a project of the asker's: "deadline's friday, flask or django?" or "is hiring easier with
        # django than flask?" names frameworks and no system, so the loose word stays loose
        of_project = (
            query.current is not None
            or query.project_said
            or query.team_size is not None
            or project_facts.project_said_in(kb, query.text)
            or project_facts.project_need_read(kb, query)
        )
        narrowed = bool(named) and not set(kb.ranked) <= named and of_project
        # A loose word the asker ranks first ("our top priority is security") is the criterion the choice is judged
        # on (001 "Key decision factors"), so it names the problem after all.
        ranked_first = set(query.first_ranked) - set(kb.close_calls.ranked_still_loose)
        # ... and for a service decided apart from what runs ("the upload endpoint gets rebuilt as its own service"),
        # whose loose words name the whole new service
        loose = (
            set()
            if narrowed or query.apart_decided
            else {m.id for m in query.requirements if m.weak and m.id not in ranked_first}
        )
        # a need that only leans (the company's trade, a virtue every framework claims) names no problem even
        # between two named frameworks ("scalable and maintainable, django or fastapi?")
        loose |= {m.id for m in query.requirements if m.background and not m.negated}
        # "is async worth it?", "we expect heavy traffic": a generic property alone is the open question; between
        # named frameworks only when asked ("fastapi or django: should we even go async?")
        left_open = open_properties.open_needs(kb, query, asked_only=narrowed)
        loose |= left_open
        signal = any(
            c.requirement != CURRENT_FRAMEWORK
            and not kb.requirements[c.requirement].context_only
            and c.requirement not in loose
            for c in contributions
        ) or weak_signal.agreeing(kb, query, contributions)
        # "platform mandates fastapi": the organisation's fixed framework decides before what runs or the needs do
        decision = mandated.fixed(kb, query, excluded) or incumbent.decide(kb, query, present, excluded)
        if decision is not None:
            decision = incumbent.destination(decision, ranking, signal, query.known)
        decision = decision or asked_for(kb, query, present, excluded)
        best: FrameworkScore | None
        stand_in: FrameworkScore | None = None
        option_fact: Fact | None = None
        if decision is not None:
            # Staying on a framework the sources only mention (Quart, Litestar) puts it first, unscored.
            unscored = FrameworkScore(decision.framework, kb.name(decision.framework), 0, ())
            best = next((s for s in ranking if s.framework == decision.framework), unscored)
        else:
            best = ranking[0] if ranking and ranking[0].score > 0 and signal else None
            # the team's framework decides a project of theirs, not a question on the market ("fastapi devs are
            # easier to hire, so fastapi?")
            known = weak_signal.team_framework(kb, query, excluded) if not signal and of_project else None
            if known is not None:
                # no need decides, so the framework the team knows well does (the sources' deciding factor)
                best = next((s for s in ranking if s.framework == known), None)
            settled = (
                close_call.option_pick(kb, query, excluded, of_project=of_project)
                if best is None and not signal
                else None
            )
            if settled is not None:
                # "Litestar or FastAPI? we have measured nothing": the sources settle that shortlist themselves
                best = next((s for s in ranking if s.framework == settled[0]), None)
                option_fact = settled[1]
            if best is None and signal and excluded and ranking and close_call.even_fit(ranking[0]):
                # "no django, it's a thin gateway with auth": what is left fits the need and costs as much as
                # it gives; the remaining fits are named together rather than refusing.
                best = ranking[0]
            elif best is None and signal and ranking and self._winner_ruled_out(contributions, excluded):
                # "HR forms app, but django is vetoed": the needs still name a winner, only it is ruled out; the
                # least costly mainstream framework left is the answer, low, rather than asking what was said
                best = ranking[0]
            asked = frozenset(fw for fw in (*query.mentioned, *query.targets) if fw not in excluded)
            decision = standins.home_of_covered(
                self.scorer,
                contributions,
                excluded,
                present,
                best=best,
                ranking=ranking,
                asked=asked,
                # a need said only as a side wish ("also a tiny admin") does not make the home application
                loose=frozenset(m.id for m in query.requirements if m.weak or m.wish),
            )
            if decision is not None:
                best = next(s for s in ranking if s.framework == decision.framework)
            team = {*query.known, *query.targets, *(fw for fw in (query.current, line) if fw)}
            stand_in = (
                standins.stand_in(self.scorer, contributions, excluded, best, team, asked=asked) if signal else None
            )
            if stand_in is not None:
                best = stand_in
        if best is not None and signal and (decision is None or decision.verdict == "move"):
            # "plain flask, or quart?": the leader is off the asker's shortlist; one option may still answer
            own = {*query.known, *(fw for fw in (query.current, line) if fw)}
            chosen = shortlist.among_options(
                kb, query, best, ranking, own, close_allowed=decision is None and stand_in is None
            )
            if chosen is not None:
                best, decision = chosen
        if query.doubted:
            best = None  # "do we even need an admin? if so, which?": the pick waits on that answer; ask it back
        others = [s for s in ranking if best is None or s.framework != best.framework]
        runner_up = others[0] if best and others else None
        tie_break = option_fact
        wishes = close_call.wished(query)
        if decision is None and best is not None and runner_up is not None and stand_in is None:
            best, runner_up = close_call.stated_first(kb, best, runner_up, wishes)
        if (
            decision is None
            and best is not None
            and runner_up is not None
            and close_call.is_close(kb, best, runner_up, wishes)
        ):
            best, runner_up, tie_break = close_call.order(kb, best, runner_up, query)
        disagreements = self._disagreements(present)
        recommendation = (
            confidence.recommend(
                kb,
                best,
                runner_up,
                disagreements,
                ranking,
                query=query,
                decision=decision,
                present=present,
                excluded=excluded,
            )
            if best
            else None
        )
        if recommendation is not None and best is not None:
            pointed = pattern_parts.to_part(kb, recommendation, part, ranking, present=present, excluded=excluded)
            if pointed.framework != recommendation.framework:  # the part asked about leads; the whole pick follows
                runner_up, best = best, next((s for s in ranking if s.framework == pointed.framework), best)
            recommendation = pointed
        if recommendation is not None and tie_break is not None:
            reason = f"{recommendation.confidence_reason}; {recommendation.name} is named first: {tie_break.text}"
            recommendation = dataclasses.replace(recommendation, confidence_reason=reason)
        pick = recommendation.framework if recommendation else None
        target = query.targets[0] if query.targets else pick
        if query.targets or decision is None:
            pass  # the move the user names, or the greenfield pick
        elif (
            decision.verdict == "stay"
            and decision.needs
            and runner_up
            and (decision.framework, runner_up.framework) in kb.migrations
        ):
            target = runner_up.framework  # staying: the note explains the move not made, and what to do instead
        elif decision.verdict == "mandated":
            target = decision.framework if decision.framework == query.current else None  # a new service, no port
        else:
            target = decision.framework
        migration = migration_note(kb, query.current, target)
        warnings = explain.warnings(kb, pick, present)
        alternatives = explain.alternatives(kb, query, ranking, migration, excluded)
        why_not = explain.why_not(kb, best, ranking, excluded, decision) if best else ()
        if recommendation is None:
            deciding = deciding_questions.opening(kb) if not signal and not query.current else None
        elif recommendation.also:
            deciding = deciding_questions.between(kb, recommendation.framework, recommendation.also[0], present)
        elif decision is not None and decision.verdict == "stay":
            deciding = deciding_questions.move(kb, decision.framework, present, excluded)
        else:
            deciding = None
        advice_citations = list(decision.citations) if decision else []
        advice_citations += list(tie_break.sources) if tie_break else []
        advice_citations += [c for s in ranking for x in s.contributions for c in x.citations]
        advice_citations += [c for d in disagreements for v in d.views for c in v.sources]
        advice_citations += [c for w in warnings for c in w.sources]
        advice_citations += [c for a in alternatives for c in a.citations]
        advice_citations += list(migration.citations) if migration else []
        advice_citations += [u.note.sources[0] for u in unweighted if u.note]
        if recommendation:
            advice_citations += [c for a in recommendation.addons for c in a.citations]
            advice_citations += list(recommendation.pattern.citations) if recommendation.pattern else []
        return Advice(
            query=query,
            requirements=query.requirements,
            unweighted=unweighted,
            ranking=ranking,
            excluded=excluded,
            recommendation=recommendation,
            runner_up=runner_up,
            why_not=why_not,
            disagreements=disagreements,
            migration=migration,
            alternatives=alternatives,
            warnings=warnings,
            clarification=explain.clarification(
                kb,
                query,
                unweighted=unweighted,
                ranking=ranking,
                excluded=excluded,
                disagreements=disagreements,
                left_open=left_open,
            )
            if not recommendation
            else None,
            citations=_distinct(advice_citations),
            deciding_question=deciding,
        )

    def _winner_ruled_out(self, contributions: list[Contribution], excluded: tuple[str, ...]) -> bool:
        """The needs pick a framework (a positive lead) that is ruled out."""
        if not excluded:
            return False
        unconstrained = self.scorer.rank(contributions, ())
        return bool(unconstrained) and unconstrained[0].framework in excluded and unconstrained[0].score > 0

    def _disagreements(self, present: set[str]) -> tuple[Disagreement, ...]:
        return tuple(d for d in self.kb.disagreements if present.intersection(d.requirements))

    def understood(self) -> str:
        return explain.understood(self.kb)
