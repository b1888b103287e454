"""Requirements -> advice: score the ranked frameworks, explain every point, stay honest."""

from __future__ import annotations

from knowledge.base.kb import KnowledgeBase
from knowledge.base.models import Citation, Disagreement, Mistake
from knowledge.reading.parser import ParsedQuery, RequirementMention
from knowledge.reading.phrases import in_sentence
from knowledge.reasoning import deciding as deciding_questions
from knowledge.reasoning import incumbent
from knowledge.reasoning.advice import (
    CURRENT_FRAMEWORK,
    Advice,
    Alternative,
    Contribution,
    DecidingQuestion,
    FrameworkScore,
    MigrationNote,
    Recommendation,
    Unweighted,
    WhyNot,
)
from knowledge.reasoning.migration import migration_note

_LEVELS = ("low", "medium", "high")


class Advisor:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        # (framework, need) -> (add-on names, citations): needs an add-on answers for its home framework.
        self._covered_by: dict[tuple[str, str], tuple[str, tuple[Citation, ...]]] = {}
        for rules in kb.incumbents.values():
            for rule in rules:
                names = " or ".join(kb.name(fw) for fw in rule.addons)
                for need in rule.covers:
                    self._covered_by.setdefault((rule.current, need), (names, tuple(rule.sources)))

    def advise(self, query: ParsedQuery) -> Advice:
        kb = self.kb
        present = {r.id for r in query.requirements if not r.negated}
        contributions, unweighted = self._contributions(query.requirements, query.current, query.known)
        excluded = tuple(fw for fw in query.excluded if fw in kb.frameworks)
        ranking = self._rank(contributions, excluded)
        signal = any(c.requirement != CURRENT_FRAMEWORK for c in contributions)
        decision = incumbent.decide(kb, query, present, excluded)
        best: FrameworkScore | None
        if decision is not None:
            best = next(s for s in ranking if s.framework == decision.framework)
        else:
            best = ranking[0] if ranking and ranking[0].score > 0 and signal else None
            stand_in = self._stand_in(contributions, excluded, best) if signal else None
            if stand_in is not None:
                best = stand_in
        others = [s for s in ranking if best is None or s.framework != best.framework]
        runner_up = others[0] if best and others else None
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
        warnings = self._warnings(pick, present)
        alternatives = self._alternatives(query, ranking, migration, excluded)
        why_not = self._why_not(best, ranking, excluded, decision) if best else ()
        if recommendation is None:
            deciding = deciding_questions.opening(kb) if not signal and not query.current else None
        elif recommendation.also:
            deciding = deciding_questions.between(kb, recommendation.framework, recommendation.also[0], present)
        elif decision is not None and decision.verdict == "stay":
            deciding = self._move_question(decision.framework, present, excluded)
        else:
            deciding = None
        advice_citations = list(decision.citations) if decision else []
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
            clarification=self._clarify(query, unweighted, ranking, excluded, disagreements)
            if not recommendation
            else None,
            citations=tuple(dict.fromkeys(advice_citations)),
            deciding_question=deciding,
        )

    def _stand_in(
        self, contributions: list[Contribution], excluded: tuple[str, ...], best: FrameworkScore | None
    ) -> FrameworkScore | None:
        """The winner is ruled out ("FastAPI is off the table"): the seeds' closest alternative takes its place,
        carrying the winner's reasons."""
        if not excluded:
            return None
        unconstrained = self._rank(contributions, ())
        winner = unconstrained[0]
        # Only when what is left fits poorly (under half the winner's score): otherwise the best remaining
        # big framework leads and the stand-in is named among the alternatives.
        if winner.framework not in excluded or 2 * (best.score if best else 0) > winner.score:
            return None
        for fw in self.kb.frameworks.values():
            if winner.framework in fw.stands_in_for and fw.id not in excluded:
                return FrameworkScore(fw.id, fw.name, winner.score, winner.contributions)
        return None

    def _move_question(self, current: str, present: set[str], excluded: tuple[str, ...]) -> DecidingQuestion | None:
        """Staying put: ask about the need that would justify the seeds' common move."""
        for rule in self.kb.incumbents.get(current, []):
            if rule.verdict == "move" and rule.target and rule.target not in excluded:
                question = deciding_questions.between(self.kb, current, rule.target, present)
                if question:
                    return question
        return None

    def _contributions(
        self, mentions: tuple[RequirementMention, ...], current: str | None, known: tuple[str, ...] = ()
    ) -> tuple[list[Contribution], tuple[Unweighted, ...]]:
        out: list[Contribution] = []
        unweighted: list[Unweighted] = []
        for mention in mentions:
            wanted = "absent" if mention.negated else "present"
            rules = [r for r in self.kb.rules_by_requirement.get(mention.id, []) if r.when == wanted]
            for rule in rules:
                covered = self._covered_by.get((rule.framework, mention.id))
                if covered and rule.weight < 0 and not mention.negated:
                    # An add-on answers this need for the framework, so it costs nothing.
                    out.append(
                        Contribution(
                            mention.id,
                            mention.label,
                            rule.framework,
                            0,
                            f"Covered by {covered[0]}: {rule.reason}",
                            tuple(rule.sources) + covered[1],
                            mention.negated,
                        )
                    )
                    continue
                out.append(
                    Contribution(
                        mention.id,
                        mention.label,
                        rule.framework,
                        rule.weight,
                        rule.reason,
                        tuple(rule.sources),
                        mention.negated,
                        tuple(rule.suggest),
                    )
                )
            if not rules and not mention.negated:
                unweighted.append(Unweighted(mention.id, mention.label, self.kb.requirements[mention.id].note))
        out = _one_vote_per_term(out, mentions)
        # What the team runs, or only knows well, counts (the seeds: "your team already knows it").
        for fw, label in [(current, "You run {} today"), *((k, "Your team knows {}") for k in known)]:
            incumbency = self.kb.frameworks[fw].incumbent if fw in self.kb.frameworks else None
            if fw and incumbency:
                out.append(
                    Contribution(
                        CURRENT_FRAMEWORK,
                        label.format(self.kb.name(fw)),
                        fw,
                        incumbency.weight,
                        incumbency.reason,
                        tuple(incumbency.sources),
                    )
                )
        return out, tuple(unweighted)

    def _rank(self, contributions: list[Contribution], excluded: tuple[str, ...]) -> tuple[FrameworkScore, ...]:
        scores = []
        for order, fw in enumerate(self.kb.ranked):
            if fw in excluded:
                continue
            mine = tuple(sorted((c for c in contributions if c.framework == fw), key=lambda c: -abs(c.weight)))
            scores.append((FrameworkScore(fw, self.kb.name(fw), sum(c.weight for c in mine), mine), order))
        # Deterministic: score, then breadth of support, then the knowledge base's own order.
        scores.sort(key=lambda item: (-item[0].score, -sum(c.weight > 0 for c in item[0].contributions), item[1]))
        return tuple(score for score, _ in scores)

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
        margin = best.score - (runner_up.score if runner_up else 0)
        reasons = tuple(c for c in best.contributions if c.weight > 0)
        needs = _independent_needs(reasons, query)
        also: tuple[str, ...] = ()
        if decision is not None:
            # Staying with no stated need rests on one fact (what you run): low; the question says what would move it.
            level = {"finish": 2, "move": 2 if len(decision.needs) >= 2 else 1}.get(decision.verdict, 0)
            if decision.verdict == "stay" and decision.needs:
                level = 2  # the seeds are explicit: add the API inside Django, don't port it
            verb = {"stay": "stay on", "move": "move to", "finish": "finish moving to"}[decision.verdict]
            reason = f"You run {kb.name(query.current)} today" if query.current else "Your migration is under way"
            reason += f", so the sources' advice decides: {verb} {best.name}"
            if decision.needs:
                reason += f" for {', '.join(in_sentence(kb.label(r)) for r in decision.needs)}"
            lead = Contribution(CURRENT_FRAMEWORK, reason, best.framework, 0, decision.reason, decision.citations)
            reasons = (lead, *(c for c in reasons if c.requirement != CURRENT_FRAMEWORK))
        else:
            level = 2 if margin >= 4 and needs >= 2 else 1 if margin >= 2 and needs >= 1 else 0
            if runner_up and runner_up.score > 0 and margin <= 1:
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

    def _why_not(
        self,
        best: FrameworkScore,
        ranking: tuple[FrameworkScore, ...],
        excluded: tuple[str, ...],
        decision: incumbent.IncumbentDecision | None,
    ) -> tuple[WhyNot, ...]:
        out = []
        for other in ranking:
            if other.framework == best.framework:
                continue
            own = {c.requirement: c.weight for c in other.contributions}
            edges = [c for c in best.contributions if c.weight > own.get(c.requirement, 0)]
            minuses = [c for c in other.contributions if c.weight < 0]
            points = tuple(sorted(minuses, key=lambda c: c.weight)) + tuple(edges)
            gap = best.score - other.score
            summary = (
                f"{other.name} scores {other.score} against {best.name}'s {best.score} ({gap} behind)."
                if gap > 0
                else f"{other.name} ties with {best.name} at {best.score}."
                if gap == 0
                else f"{other.name} would score higher for a new project ({other.score} against {best.score}), "
                f"but {decision.reason[0].lower() + decision.reason[1:] if decision else ''}"
            )
            out.append(WhyNot(other.framework, other.name, summary, points[:4]))
        for fw in excluded:
            out.append(WhyNot(fw, self.kb.name(fw), f"You ruled out {self.kb.name(fw)}.", ()))
        return tuple(out)

    def _warnings(self, pick: str | None, present: set[str]) -> tuple[Mistake, ...]:
        if pick is None:
            return ()
        return tuple(
            m
            for m in self.kb.mistakes
            if (m.framework or m.requirements or m.unless)
            and m.framework in (None, pick)
            and present.issuperset(m.requirements)
            and not present.intersection(m.unless)
        )

    def _alternatives(
        self,
        query: ParsedQuery,
        ranking: tuple[FrameworkScore, ...],
        migration: MigrationNote | None,
        excluded: tuple[str, ...],
    ) -> tuple[Alternative, ...]:
        found: dict[str, Alternative] = {}
        for score in ranking:
            for c in score.contributions:
                for fw in c.suggest:
                    found.setdefault(fw, Alternative(fw, self.kb.name(fw), c.reason, c.citations))
        for stand_in in self.kb.frameworks.values():  # "FastAPI is out": name what stands in for it
            ruled_out = [x for x in stand_in.stands_in_for if x in excluded]
            if ruled_out and stand_in.id not in excluded:
                reason = f"In place of {self.kb.names(ruled_out)}: {stand_in.summary}"
                found.setdefault(stand_in.id, Alternative(stand_in.id, stand_in.name, reason, tuple(stand_in.sources)))
        named = [*query.mentioned, *query.targets, *(migration.alternatives if migration else ())]
        if all(fw in excluded for fw in self.kb.ranked):
            named += [fw for fw in self.kb.frameworks if fw not in self.kb.ranked]
        for fw in named:
            framework = self.kb.frameworks.get(fw)
            if framework and not framework.ranked:
                found.setdefault(fw, Alternative(fw, framework.name, framework.summary, tuple(framework.sources)))
        return tuple(a for a in found.values() if a.framework not in excluded)

    def _clarify(
        self,
        query: ParsedQuery,
        unweighted: tuple[Unweighted, ...],
        ranking: tuple[FrameworkScore, ...],
        excluded: tuple[str, ...],
        disagreements: tuple[Disagreement, ...],
    ) -> str:
        if not ranking:
            return (
                f"You've ruled out {self.kb.names(excluded)}, which are all the frameworks I rank. The sources "
                "mention a few alternatives (below); tell me what you need and I'll say what they say about it."
            )
        parts = []
        if query.unknown_frameworks:
            parts.append(
                f"I have no sourced knowledge of {', '.join(query.unknown_frameworks)}, so I can't "
                f"rank it; I cover {self.kb.names(self.kb.frameworks)}."
            )
        if query.suggestions:
            parts.append(f"Did you mean {' or '.join(query.suggestions)}?")
        negated = [in_sentence(r.label) for r in query.requirements if r.negated]
        top = ranking[0]
        tied = [s.name for s in ranking if s.score == top.score]
        if query.current and not (negated or unweighted) and not any(not r.negated for r in query.requirements):
            parts.append(
                f"You run {self.kb.name(query.current)} today; the sources advise against rewriting without a reason."
            )
        elif len(tied) > 1 and top.score > 0:
            reading = f" {disagreements[0].reading}" if disagreements else ""
            parts.append(f"That leaves {' and '.join(tied)} tied at {top.score}, and I won't guess.{reading}")
        elif excluded and top.score <= 0 and any(not r.negated for r in query.requirements):
            parts.append(
                f"With {self.kb.names(excluded)} ruled out, no remaining framework has a net advantage for "
                f"what you need; the ranking below shows what each would cost you."
            )
        elif negated or unweighted:
            noted = [in_sentence(u.label) for u in unweighted] + [f"no {label}" for label in negated]
            parts.append(f"I noted {', '.join(noted)}, but that alone doesn't separate the frameworks.")
        elif not query.requirements and query.mentioned:
            named = self.kb.names(query.mentioned)
            parts.append(
                f"You named {named}; I rank frameworks by what you need, so tell me about the project, "
                f"or ask me to compare them (`compare {' '.join(query.mentioned)}`)."
            )
        elif not query.requirements:
            parts.append("I couldn't find a requirement I know in that.")
        parts.append("What are you building, and what matters most? I understand " + self.understood() + ".")
        return " ".join(parts)

    def understood(self) -> str:
        """One example per requirement category, for clarifying questions and help."""
        by_category: dict[str, list[str]] = {}
        for req in self.kb.requirements.values():
            by_category.setdefault(req.category, []).append(req.phrases[0])
        return "; ".join(f"{cat}: {', '.join(examples[:5])}" for cat, examples in by_category.items())


def _weight_for(score: FrameworkScore, requirement: str) -> int:
    return sum(c.weight for c in score.contributions if c.requirement == requirement)


def _fuzzy(contribution: Contribution, query: ParsedQuery) -> bool:
    return any(m.fuzzy for m in query.requirements if m.id == contribution.requirement)


def _independent_needs(reasons: tuple[Contribution, ...], query: ParsedQuery) -> int:
    """Needs typed in different words: one term implying two requirements is one piece of evidence."""
    words = {m.id: m.text for m in query.requirements if not m.fuzzy}
    return len({words[c.requirement] for c in reasons if c.requirement in words})


def _one_vote_per_term(
    contributions: list[Contribution], mentions: tuple[RequirementMention, ...]
) -> list[Contribution]:
    """A lexicon term that implies several needs ("React Native": an API and a mobile backend) is one piece of
    evidence: per framework, only its strongest effect counts, so a single phrase cannot outvote two."""
    text = {m.id: m.text for m in mentions}
    strongest: dict[tuple[str, str], Contribution] = {}
    for c in contributions:
        key = (c.framework, text.get(c.requirement, c.requirement))
        if key not in strongest or abs(c.weight) > abs(strongest[key].weight):
            strongest[key] = c
    kept = set(map(id, strongest.values()))
    return [c for c in contributions if id(c) in kept]
