"""When loose words alone may still decide: several that agree, or the team's own framework when the needs are
neutral. The advisor asks back on loose words alone; these are the two ways the sources let them count."""

from __future__ import annotations

from knowledge.base.kb import KnowledgeBase
from knowledge.reading.parser import ParsedQuery
from knowledge.reasoning.advice import Contribution


def _leader(contributions: list[Contribution]) -> str | None:
    """The one framework a need's rules put strictly first, if any."""
    totals: dict[str, int] = {}
    for c in contributions:
        totals[c.framework] = totals.get(c.framework, 0) + c.weight
    ordered = sorted(totals.items(), key=lambda item: -item[1])
    if not ordered or ordered[0][1] <= 0 or (len(ordered) > 1 and ordered[1][1] == ordered[0][1]):
        return None
    return ordered[0][0]


def agreeing(kb: KnowledgeBase, query: ParsedQuery, contributions: list[Contribution]) -> bool:
    """Loose cues from separate words that each put the same framework first add up to a need that decides ("an
    endpoint, a rabbitmq consumer, containers"): one loose word leaves the kind of system open, several that agree
    name it. Background leanings (the company's trade) never count here."""
    loose = {m.id: m.text for m in query.requirements if m.weak and not m.background and not m.negated and not m.wish}
    leaders: dict[str, str] = {}  # a cue's words -> the framework it leads to
    for need, text in loose.items():
        kind = kb.requirements[need]
        if kind.context_only or kind.category not in kb.close_calls.agreeing_categories:
            continue
        leader = _leader([c for c in contributions if c.requirement == need])
        if leader is not None:
            leaders.setdefault(text, leader)
    return len(leaders) >= kb.close_calls.agreeing_loose_cues and len(set(leaders.values())) == 1


def team_framework(kb: KnowledgeBase, query: ParsedQuery, excluded: tuple[str, ...]) -> str | None:
    """The one mainstream framework the team knows well, when no need decides: the sources count a framework the
    team already knows as a reason to pick it (002 "Django: The Monolith That Works"; 001 "Key decision factors")."""
    known = {fw for fw in query.known if fw in kb.ranked and fw not in excluded}
    if _settled_stack(kb, query, excluded):
        known.add(str(query.current))  # "all our services are django; next one too?": what runs, with no pain said
    if any(fw not in known for fw in (*query.mentioned, *query.targets, *query.proposed)):
        return None  # another framework weighed ("is flask dead?", "fastapi vs django"): the question is elsewhere
    return known.pop() if len(known) == 1 else None


def _settled_stack(kb: KnowledgeBase, query: ParsedQuery, excluded: tuple[str, ...]) -> bool:
    """What runs is a mainstream framework and the message says only the context ("the next service") and no need
    or pain: the sources keep an existing codebase without a reason to change (003 "When each wins > Flask wins":
    don't rewrite without reason; 002 "What I Actually See in Production": Flask if the team already knows it)."""
    if query.current is None or query.current not in kb.ranked or query.current in excluded:
        return False
    calm = set(kb.close_calls.no_pain_needs)
    needs = [m.id for m in query.requirements if not m.negated]
    if not all(kb.requirements[rid].context_only or rid in calm for rid in needs):
        return False
    # said to be fine ("it works, flask again?"), not an open question on the next one ("we run django, what should
    # the next service be?": what it will do is still unsaid)
    return bool(calm.intersection(needs))
