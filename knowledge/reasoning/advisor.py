"""Requirements -> advice: score the ranked frameworks, explain every point, stay honest."""

from __future__ import annotations

import dataclasses

from knowledge.base.kb import KnowledgeBase
from knowledge.base.models import Citation, Disagreement
from knowledge.reading.parser import ParsedQuery
from knowledge.reading.text import in_sentence
from knowledge.reasoning import close_call, explain, incumbent
from knowledge.reasoning import deciding as deciding_questions
from knowledge.reasoning.advice import (
    CURRENT_FRAMEWORK,
    Advice,
    Contribution,
    DecidingQuestion,
    FrameworkScore,
    Recommendation,
)
from knowledge.reasoning.migration import migration_note
from knowledge.reasoning.scoring import Scorer

_LEVELS = ("low", "medium", "high")


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

    def advise(self, query: ParsedQuery, *, line: str | None = None) -> Advice:
        """`line`: in a thread, the framework picked before this turn; a stand-in follows it."""
        kb = self.kb
        present = {r.id for r in query.requirements if not r.negated}
        contributions, unweighted = self.scorer.contributions(
            query.requirements, query.current, query.known, query.library_covers
        )
        excluded = tuple(fw for fw in query.excluded if fw in kb.frameworks)
        ranking = self.scorer.rank(contributions, excluded)
        # A need that only sets the context ("new project") or read from loose words ("an api", "k8s") weighs in,
        # but alone it names no kind of system. Loose words do count beside frameworks named as the options or the
        # move, or ruled out, when those narrow the field ("fastapi vs litestar for the api"); naming every ranked
        # one does not.
        named = {fw for fw in (*query.mentioned, *query.targets, *query.excluded) if fw in kb.frameworks}
        narrowed = bool(named) and not set(kb.ranked) <= named
        loose = set() if narrowed else {m.id for m in query.requirements if m.weak}
        signal = any(
            c.requirement != CURRENT_FRAMEWORK
            and not kb.requirements[c.requirement].context_only
            and c.requirement not in loose
            for c in contributions
        )
        decision = incumbent.decide(kb, query, present, excluded)
        best: FrameworkScore | None
        if decision is not None:
            # Staying on a framework the sources only mention (Quart, Litestar) puts it first, unscored.
            unscored = FrameworkScore(decision.framework, kb.name(decision.framework), 0, ())
            best = next((s for s in ranking if s.framework == decision.framework), unscored)
        else:
            best = ranking[0] if ranking and ranking[0].score > 0 and signal else None
            if best is None and signal and excluded and ranking and close_call.even_fit(ranking[0]):
                # "no django, it's a thin gateway with auth": what is left fits the need and costs as much as
                # it gives; the remaining fits are named together rather than refusing.
                best = ranking[0]
            decision = self._home_of_covered(contributions, excluded, present, best, ranking)
            if decision is not None:
                best = next(s for s in ranking if s.framework == decision.framework)
            team = {*query.known, *query.targets, *(fw for fw in (query.current, line) if fw)}
            stand_in = self._stand_in(contributions, excluded, best, team) if signal else None
            if stand_in is not None:
                best = stand_in
        others = [s for s in ranking if best is None or s.framework != best.framework]
        runner_up = others[0] if best and others else None
        tie_break = None
        if decision is None and best is not None and runner_up is not None and close_call.is_close(kb, best, runner_up):
            best, runner_up, tie_break = close_call.order(kb, best, runner_up, query)
        disagreements = self._disagreements(present)
        recommendation = (
            self._recommend(
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
            deciding = self._move_question(decision.framework, present, excluded)
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
                kb, query, unweighted=unweighted, ranking=ranking, excluded=excluded, disagreements=disagreements
            )
            if not recommendation
            else None,
            citations=_distinct(advice_citations),
            deciding_question=deciding,
        )

    def _stand_in(
        self,
        contributions: list[Contribution],
        excluded: tuple[str, ...],
        best: FrameworkScore | None,
        team: set[str] | frozenset[str] = frozenset(),
    ) -> FrameworkScore | None:
        """The winner is ruled out ("FastAPI is off the table"): the seeds' closest alternative takes its place,
        carrying the winner's reasons. One that also stands in for what the team runs or knows, or for the
        thread's earlier pick, comes first (a Flask team, or a thread that began on Flask, that needs async and
        may not use FastAPI: Quart, the async Flask; 003 "FAQ", 002 "The Honest Comparison")."""
        if not excluded:
            return None
        unconstrained = self.scorer.rank(contributions, ())
        winner = unconstrained[0]
        # Only when what is left fits poorly (under half the winner's score): otherwise the best remaining
        # big framework leads and the stand-in is named among the alternatives.
        if winner.framework not in excluded or 2 * (best.score if best else 0) >= winner.score:
            return None
        candidates = [
            fw for fw in self.kb.frameworks.values() if winner.framework in fw.stands_in_for and fw.id not in excluded
        ]
        candidates.sort(key=lambda fw: not team.intersection(fw.stands_in_for))  # stable: the file's order next
        if candidates:
            return FrameworkScore(candidates[0].id, candidates[0].name, winner.score, winner.contributions)
        return None

    def _home_of_covered(
        self,
        contributions: list[Contribution],
        excluded: tuple[str, ...],
        present: set[str],
        best: FrameworkScore | None,
        ranking: tuple[FrameworkScore, ...],
    ) -> incumbent.IncumbentDecision | None:
        """A new full application that also needs an API (a content site with an API for its iOS app): in a
        close call, the API needs that the home framework's add-ons cover do not pull it to an API framework.
        The home framework is the pick when it leads clearly once those needs are set aside."""
        if best is None:
            return None
        homes = ((fw, r) for fw, rules in self.kb.incumbents.items() for r in rules if r.home_any and r.covers)
        for home, rule in homes:
            covered = present.intersection(rule.covers)
            mine = next((s for s in ranking if s.framework == home), None)
            if home == best.framework or home in excluded or not covered or not present.intersection(rule.home_any):
                continue
            if mine is None or best.score - mine.score > 1:
                continue  # only a close call: a clear lead stays with the leader
            if any(c.weight > 0 and c.requirement not in covered for c in best.contributions):
                continue  # the leader has a reason of its own beyond the API the add-ons give
            rest = self.scorer.rank([c for c in contributions if c.requirement not in covered], excluded)
            if rest[0].framework == home and rest[0].score - rest[1].score >= 2:
                names = " or ".join(self.kb.name(fw) for fw in rule.addons if fw not in excluded)
                reason = (
                    f"What you describe is a {self.kb.name(home)} application first, and its API needs are met "
                    f"inside it with {names}. {rule.reason}"
                )
                return incumbent.IncumbentDecision(
                    home, "covered", rule.id, reason, tuple(rule.sources), tuple(sorted(covered))
                )
        return None

    def _move_question(self, current: str, present: set[str], excluded: tuple[str, ...]) -> DecidingQuestion | None:
        """Staying put: ask about the need that would justify the seeds' common move."""
        for rule in self.kb.incumbents.get(current, []):
            if rule.verdict == "move" and rule.target and rule.target not in excluded:
                question = deciding_questions.between(self.kb, current, rule.target, present)
                if question:
                    return question
        return None

    def _disagreements(self, present: set[str]) -> tuple[Disagreement, ...]:
        return tuple(d for d in self.kb.disagreements if present.intersection(d.requirements))

    def _recommend(
        self,
        best: FrameworkScore,
        runner_up: FrameworkScore | None,
        disagreements: tuple[Disagreement, ...],
        ranking: tuple[FrameworkScore, ...],
        *,
        query: ParsedQuery,
        decision: incumbent.IncumbentDecision | None,
        present: set[str],
        excluded: tuple[str, ...],
    ) -> Recommendation:
        kb = self.kb
        margin = abs(best.score - (runner_up.score if runner_up else 0))  # a close call may lead with the lower
        reasons = tuple(c for c in best.contributions if c.weight > 0)
        needs = _independent_needs(reasons, query)
        also: tuple[str, ...] = ()
        if decision is not None:
            # Staying with no stated need rests on one fact (what you run): low; the question says what would move it.
            level = {"finish": 2, "covered": 1}.get(decision.verdict, 0)
            if decision.verdict in ("move", "beside"):
                level = 2 if len(decision.needs) >= 2 else 1
            if decision.verdict == "stay" and decision.needs:
                level = 2  # the seeds are explicit: add the API inside Django, don't port it
            verb = {
                "stay": "stay on {}",
                "move": "move to {}",
                "beside": "build this part as a separate {} service beside it",
                "finish": "finish moving to {}",
                "covered": "{}",
            }[decision.verdict]
            reason = f"You run {kb.name(query.current)} today" if query.current else "Your migration is under way"
            reason += f", so the sources' advice decides: {verb.format(best.name)}"
            if decision.verdict == "covered":
                reason = f"{best.name} leads on what you are building; add its API layer"
            if decision.needs:
                reason += f" for {', '.join(in_sentence(kb.label(r)) for r in decision.needs)}"
            lead = Contribution(CURRENT_FRAMEWORK, reason, best.framework, 0, decision.reason, decision.citations)
            reasons = (lead, *(c for c in reasons if c.requirement != CURRENT_FRAMEWORK))
        else:
            level = 2 if margin >= 4 and needs >= 2 else 1 if margin >= 2 and needs >= 1 else 0
            if runner_up and close_call.is_close(kb, best, runner_up):
                also = (runner_up.framework,)
                level = 0
            reason = f"{best.name} leads {runner_up.name if runner_up else 'the field'} by {margin} point"
            reason += f"{'s' if margin != 1 else ''}, on {needs} independent need{'s' if needs != 1 else ''}"
            if also:
                reason = f"A close call between {best.name} and {runner_up.name if runner_up else ''}" + (
                    f" ({margin} point{'s' if margin != 1 else ''} apart); one question decides it"
                )
            if needs <= 1 and all(c.weight <= 2 or _fuzzy(c, query) for c in reasons):
                level = 0  # one weak or typo-corrected signal is not enough to be sure
                reason += "; low because it rests on a single weak signal"
            if best.framework not in kb.ranked:  # a stand-in for a ruled-out winner
                stood_for = next(fw for fw in kb.frameworks[best.framework].stands_in_for if fw in excluded)
                level = min(level, 1)
                reason = (
                    f"{kb.name(stood_for)} fits best but is ruled out; {best.name} is the alternative the sources "
                    f"name in its place ({kb.frameworks[best.framework].summary}) Medium at most: the sources say "
                    "little about it."
                )
            contested = self._contested(best, ranking, disagreements)
            if contested and level > 0:
                level -= 1
                reason += (
                    f"; lowered because the sources disagree on {in_sentence(contested.topic)}, which could flip it"
                )
        return Recommendation(
            best.framework,
            best.name,
            best.score,
            _LEVELS[level],
            reason,
            reasons,
            incumbent.addons(kb, best.framework, present, excluded),
            incumbent.pattern(kb, best.framework, present, excluded),
            also,
        )

    @staticmethod
    def _contested(
        best: FrameworkScore, ranking: tuple[FrameworkScore, ...], disagreements: tuple[Disagreement, ...]
    ) -> Disagreement | None:
        """A disagreement whose disputed weights are large enough to change the winner."""
        for d in disagreements:
            for other in ranking:
                if other.framework == best.framework or other.framework not in d.frameworks:
                    continue
                swing = sum(abs(_weight_for(best, req) - _weight_for(other, req)) for req in d.requirements)
                if swing >= best.score - other.score:
                    return d
        return None

    def understood(self) -> str:
        return explain.understood(self.kb)


def _weight_for(score: FrameworkScore, requirement: str) -> int:
    return sum(c.weight for c in score.contributions if c.requirement == requirement)


def _fuzzy(contribution: Contribution, query: ParsedQuery) -> bool:
    return any(m.fuzzy for m in query.requirements if m.id == contribution.requirement)


def _independent_needs(reasons: tuple[Contribution, ...], query: ParsedQuery) -> int:
    """Needs typed in different words: one term implying two requirements is one piece of evidence."""
    words = {m.id: m.text for m in query.requirements if not m.fuzzy}
    return len({words[c.requirement] for c in reasons if c.requirement in words})
