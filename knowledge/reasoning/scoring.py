"""Requirements -> points: each rule the seeds give a need becomes a cited contribution to one framework.

Add-ons that answer a need for their home framework, and libraries of a framework the message names
(ecosystem.yaml), cancel its cost; a hedged wish or the organisation's trade leans one point at most, a small or
short job caps what a big feature draws, a need ranked first counts more; one term counts as one vote, and what
the team runs or knows adds the seeds' incumbency weight.
"""

from __future__ import annotations

from typing import NamedTuple

from knowledge.base.kb import KnowledgeBase
from knowledge.base.models import Citation, IncumbentRule, Rule
from knowledge.base.text import words
from knowledge.reading.parser import RequirementMention
from knowledge.reasoning.advice import CURRENT_FRAMEWORK, Contribution, FrameworkScore, Unweighted

_BACKGROUND_WEIGHT = 1  # the most the organisation's line of business moves a framework, either way
_WISH_WEIGHT = 1  # the most a hedged wish ("would be nice") moves a framework, either way
_TEMPERED_WEIGHT = 1  # the most a big feature draws for a firmly said small or short job ("a throwaway form")
# A need the asker ranks first ("top criterion: …", "we optimise for …") counts this many times over: the seeds
# judge by the problem being solved and the project's own priorities (000 "Final recommendation", 001 "Key
# decision factors"), so a side need said beside it must not outvote it by summing flat.
_TOP_FACTOR = 2


class _Tempering(NamedTuple):
    """Why a small or short job caps a need's gains, and for which sayings of the need."""

    reason: str
    sources: tuple[Citation, ...]
    weak_only: bool  # only a loosely said need is capped; a firm one keeps its weight


class Scorer:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        # (framework, need) -> (add-on names, citations): needs an add-on answers for its home framework.
        self._covered_by: dict[tuple[str, str], tuple[str, tuple[Citation, ...]]] = {}
        for current, rules in kb.incumbents.items():
            for rule in rules:
                names = " or ".join(kb.name(fw) for fw in rule.addons)
                for need in rule.covers:
                    self._covered_by.setdefault((current, need), (names, tuple(rule.sources)))
        # (home framework, rule): the incumbents' rules for an app whose API needs its add-ons cover, in the
        # knowledge base's order (standins.home_of_covered), found once rather than per question
        self.covering_homes: tuple[tuple[str, IncumbentRule], ...] = tuple(
            (fw, rule) for fw, rules in kb.incumbents.items() for rule in rules if rule.home_any and rule.covers
        )
        # (need, "present" or "absent") -> its rules, each with its sources and suggestions as tuples: read once,
        # not per mention of every turn
        self._rules: dict[tuple[str, str], list[tuple[Rule, tuple[Citation, ...], tuple[str, ...]]]] = {}
        for need, need_rules in kb.rules_by_requirement.items():
            for need_rule in need_rules:
                entry = (need_rule, tuple(need_rule.sources), tuple(need_rule.suggest))
                self._rules.setdefault((need, need_rule.when), []).append(entry)

    def contributions(
        self,
        mentions: tuple[RequirementMention, ...],
        current: str | None,
        known: tuple[str, ...] = (),
        libraries: tuple[tuple[str, str, str], ...] = (),
        topped: frozenset[str] = frozenset(),
    ) -> tuple[list[Contribution], tuple[Unweighted, ...]]:
        """`libraries`: (framework, need, library id) the message's own libraries answer ("Django Channels");
        `topped`: the needs the asker ranks first."""
        covered_by = dict(self._covered_by)
        for home, need, lib_id in libraries:
            lib = self.kb.libraries[lib_id]
            covered_by.setdefault((home, need), (lib.names[0], tuple(lib.sources)))
        out: list[Contribution] = []
        unweighted: list[Unweighted] = []
        leaned: dict[str, int] = {}  # per framework, what the wishes moved it so far
        tempered = self._tempered(mentions)
        yielded = self._yielded(mentions)
        for mention in mentions:
            wanted = "absent" if mention.negated else "present"
            rules = self._rules.get((mention.id, wanted), [])
            for rule, sources, suggest in rules:
                covered = covered_by.get((rule.framework, mention.id))
                if covered and rule.weight < 0 and not mention.negated:
                    # An add-on answers this need for the framework, so it costs nothing.
                    out.append(
                        Contribution(
                            mention.id,
                            mention.label,
                            rule.framework,
                            0,
                            f"Covered by {covered[0]}: {rule.reason}",
                            sources + covered[1],
                            mention.negated,
                        )
                    )
                    continue
                weight, reason, cited = rule.weight, rule.reason, sources
                tempering = tempered.get(mention.id)
                if (
                    tempering is not None
                    and weight > _TEMPERED_WEIGHT
                    and not mention.negated
                    and (mention.weak or not tempering.weak_only)
                ):
                    # "a throwaway signup form": a small or short job draws one point at most from a big feature
                    weight, reason = _TEMPERED_WEIGHT, f"{reason} ({tempering.reason})"
                    cited = sources + tempering.sources
                yielding = yielded.get(mention.id)
                if yielding is not None and weight > yielding[0] and not mention.negated:
                    # "pages now, but TypeScript later": the sources say which of the two needs wins
                    weight, reason, cited = yielding[0], f"{reason} ({yielding[1]})", sources + yielding[2]
                if mention.background and not mention.wish:
                    # "a fintech as it happens, but the ask is one endpoint": the trade tells who builds; the seeds
                    # decide by what is built (000 "Final recommendation"), so it only breaks ties
                    weight = max(-_BACKGROUND_WEIGHT, min(_BACKGROUND_WEIGHT, weight))
                if mention.id in topped and not (mention.wish or mention.negated or mention.weak or mention.background):
                    weight *= _TOP_FACTOR  # (a loose word ranked first, "juniors", is still a loose word)
                if mention.wish:
                    # A hedged wish ("async would be nice") leans one point at most, and the wishes together do
                    # too: they break ties, never decide.
                    so_far = leaned.get(rule.framework, 0)
                    low, high = max(-_WISH_WEIGHT, -_WISH_WEIGHT - so_far), min(_WISH_WEIGHT, _WISH_WEIGHT - so_far)
                    weight = max(low, min(high, weight))
                    leaned[rule.framework] = so_far + weight
                out.append(
                    Contribution(
                        mention.id,
                        mention.label,
                        rule.framework,
                        weight,
                        reason,
                        cited,
                        mention.negated,
                        suggest,
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

    def _tempered(self, mentions: tuple[RequirementMention, ...]) -> dict[str, _Tempering]:
        """Needs whose gains a firmly said small or short job caps, each with why."""
        out: dict[str, _Tempering] = {}
        for mention in mentions:
            tempers = self.kb.requirements[mention.id].tempers
            # a number ("in six weeks", "for 4 analysts") says how long the build takes or who uses it; only
            # words say the job itself is small or short-lived
            if tempers is None or mention.wish or mention.counted or mention.negated != (tempers.when == "absent"):
                continue
            loose = {" ".join(words(phrase)) for phrase in tempers.loose}
            if not {" ".join(words(said)) for said in mention.text.split(", ")} - loose:
                continue  # "a tiny change", "a signup form plus accounts": a part sized, not the job
            if any(m.id in tempers.unless and not m.negated for m in mentions):
                continue  # "an MVP that will become the product", "with an admin": more than a small job
            for need in tempers.needs:
                out.setdefault(need, _Tempering(tempers.reason, tuple(tempers.sources), tempers.weak_only))
        return out

    def _yielded(self, mentions: tuple[RequirementMention, ...]) -> dict[str, tuple[int, str, tuple[Citation, ...]]]:
        """Needs a firmly said rival outranks (closecalls.yaml `tie_breakers`), each with its cap, the reason and
        its sources."""
        firm = {m.id for m in mentions if not (m.negated or m.wish or m.weak or m.background)}
        said = {m.id for m in mentions if not m.negated}
        out: dict[str, tuple[int, str, tuple[Citation, ...]]] = {}
        for tie in self.kb.close_calls.tie_breakers:
            if firm.isdisjoint(tie.prevails) or not said.isdisjoint(tie.unless):
                continue
            for need in said.intersection(tie.over):
                if tie.said_as and not all(_said_only_as(m.text, tie.said_as) for m in mentions if m.id == need):
                    continue  # "sso" on a dashboard is a sign-in add-on; "roles and permissions" is more
                out.setdefault(need, (tie.cap, tie.text, tuple(tie.sources)))
        return out

    def rank(self, contributions: list[Contribution], excluded: tuple[str, ...]) -> tuple[FrameworkScore, ...]:
        scores = []
        for order, fw in enumerate(self.kb.ranked):
            if fw in excluded:
                continue
            mine = tuple(sorted((c for c in contributions if c.framework == fw), key=lambda c: -abs(c.weight)))
            scores.append((FrameworkScore(fw, self.kb.name(fw), sum(c.weight for c in mine), mine), order))
        # Deterministic: score, then breadth of support, then the knowledge base's own order.
        scores.sort(key=lambda item: (-item[0].score, -sum(c.weight > 0 for c in item[0].contributions), item[1]))
        return tuple(score for score, _ in scores)


def _said_only_as(text: str, allowed: list[str]) -> bool:
    """Every word a need was read from ("login, sso") is one of `allowed`."""
    return {" ".join(words(said)) for said in text.split(", ")} <= {" ".join(words(a)) for a in allowed}


def _one_vote_per_term(
    contributions: list[Contribution], mentions: tuple[RequirementMention, ...]
) -> list[Contribution]:
    """A lexicon term that implies several needs ("React Native": an API and a mobile backend) is one piece of
    evidence: per framework, only its strongest effect counts, so a single phrase cannot outvote two."""
    text = {m.id: m.text for m in mentions}
    strongest: dict[tuple[str, str], Contribution] = {}
    for c in contributions:
        key = (c.framework, text.get(c.requirement, c.requirement))
        held = strongest.get(key)
        # equally strong both ways ("warehouse staff": an internal tool Flask can be, an admin it lacks): the
        # cost counts, the term proves no fit it also argues against
        if (
            held is None
            or abs(c.weight) > abs(held.weight)
            or (abs(c.weight) == abs(held.weight) and c.weight < held.weight)
        ):
            strongest[key] = c
    kept = set(map(id, strongest.values()))
    return [c for c in contributions if id(c) in kept]
