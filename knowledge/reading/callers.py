"""A need's words that here name another system: one calling ours ("called from our checkout service", "checkout
calls it on every payment"), a client ours serves ("json endpoints for the new app"), or a person's own system ("my
cousin's shop"), told by the kinds of system a caller can be (vocabulary `needs.caller_categories`)."""

from __future__ import annotations

from knowledge.base.kb import KnowledgeBase
from knowledge.reading.appraisal import Appraisal
from knowledge.reading.phrases import Match

__all__ = ["Callers"]


class Callers:
    """Tells when a need's words name a caller or a client; built once per other-things reader."""

    def __init__(self, kb: KnowledgeBase, appraisal: Appraisal) -> None:
        vocab = kb.vocabulary
        self._kb = kb
        self._appraisal = appraisal
        self._needs = vocab.needs  # word sets, read once when the vocabulary loads
        self._roles = vocab.roles
        self.fresh = frozenset(req.id for req in kb.requirements.values() if req.fresh)
        self._owners = frozenset(vocab.current_owners)
        self._category = {req.id: req.category for req in kb.requirements.values()}

    def named(self, raw: list[str], match: Match) -> bool:
        """The need's words name a system calling ours, or a person's own system, not a need."""
        if (
            match.start >= 2
            and (raw[match.start - 2], raw[match.start - 1]) in self._needs.event_counts
            and self._appraisal.called(raw)
        ):
            return True  # "checkout calls it on every payment": the caller's event counted, not a need
        # ("after each new hire", "on every websocket message": an event our own system or team handles is one)
        # "called from our checkout service": the caller's kind of system, not this one's
        if self._appraisal.caller(raw, match, self._names_a_system(match)):
            return True
        if self._appraisal.bare_caller(raw, match) and self._names_a_system(match):
            return True  # "checkout calls it": a kind of system calling ours ("webhooks hit us" is traffic we take)
        if self._appraisal.relative_caller(raw, match) and self._names_a_system(match):
            return True  # "a relay that our cms calls": the relative clause's subject calls ours
        # "my cousin's shop runs on django": a person's own system, not ours
        return self._persons_thing(raw, match) and self._names_a_system(match)

    def _names_a_system(self, match: Match) -> bool:
        """The words name only kinds of system (a shop, a crm, a dashboard), the needs a caller can have."""
        kinds = match.kinds
        if "requirement" in kinds:
            needs = [kinds["requirement"]]
        elif "concept" in kinds:
            needs = self._kb.concepts[kinds["concept"]].implies
        else:
            return False
        return bool(needs) and all(self._category[n] in self._needs.caller_categories for n in needs)

    def _persons_thing(self, raw: list[str], match: Match) -> bool:
        """'my cousin's shop', 'a friends startup': the words right after a person's possessive (the apostrophe may
        be gone) name that person's system; 'our colleague's app' is still the team's."""
        at, people = match.start, self._roles.person_nouns
        if at >= 2 and raw[at - 1] == "s" and raw[at - 2] in people:
            owner = at - 2
        elif at >= 1 and raw[at - 1].endswith("s") and raw[at - 1][:-1] in people:
            owner = at - 1
        else:
            return False
        return self._roles.team_owners.isdisjoint(raw[max(0, owner - 2) : owner])

    def serves(self, raw: list[str], match: Match) -> bool:
        """'json endpoints for the new app': a fresh need's words after an api's noun and 'for' name the client."""
        said = match.kinds.get("requirement")
        if said is None or said not in self.fresh:
            return False
        return self.after_clients(raw, match.start)

    def client_calls(self, raw: list[str], end: int) -> bool:
        """'the service the mobile app talks to': right after the client's words, it is said to call ours."""
        return any(tuple(raw[end : end + len(act)]) == act for act in self._needs.client_acts)

    def after_clients(self, raw: list[str], start: int) -> bool:
        """An api's noun and 'for' (vocabulary `needs.clients`), owner words between, right before `start`."""
        at = start
        while at > 2 and raw[at - 1] in self._owners:
            at -= 1
        return at >= 2 and (raw[at - 2], raw[at - 1]) in self._needs.clients
