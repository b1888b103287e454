"""A need's words that here name a kind of organisation: the team's own ("we are a python shop", "an api-first
shop") or a party's line of business ("the payroll vendor"), not a need of what is built."""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.base.kb import KnowledgeBase
from knowledge.reading.phrases import Match
from knowledge.reading.text import ARTICLES

__all__ = ["OrganisationKinds"]


class OrganisationKinds:
    """Tells when a need's words name a kind of organisation; built once per other-things reader."""

    def __init__(self, kb: KnowledgeBase) -> None:
        vocab = kb.vocabulary
        self._kb = kb
        self._needs, self._scope = vocab.needs, vocab.scope  # word sets, read once when the vocabulary loads

    def party_kind(self, raw: list[str], match: Match) -> bool:
        """'the payroll vendor', 'our payment provider': the need's words right before a party noun name that
        party's line of business, read loosely like the company's own trade; only for needs such a trade may name
        (vocabulary `needs.party_kind_needs`)."""
        cues = self._needs
        if match.end >= len(raw) or raw[match.end] not in cues.party_nouns:
            return False
        need = match.kinds.get("requirement")
        needs = (
            [need] if need else self._kb.concepts[match.kinds["concept"]].implies if "concept" in match.kinds else []
        )
        return bool(needs) and cues.party_kind_needs.issuperset(needs)

    def kind_of_organisation(self, raw: list[str], match: Match, before: Mapping[str, str]) -> bool:
        """'we are a python shop', 'an api-first shop': an organisation noun after a thing named (a need's or a
        framework's words right before it) or in 'we are a <word> <noun>' is the kind of team, not a store."""
        if match.surface not in self._needs.organisation_nouns:
            return False
        if before or (match.start > 0 and raw[match.start - 1] in self._needs.organisation_languages):
            return True
        article = next((i for i in range(match.start - 2, max(-1, match.start - 4), -1) if raw[i] in ARTICLES), -1)
        if article < 1:
            return False
        scope_cues = self._scope
        subject = article - 1
        # "but we're a python shop": the contraction ("were") is the subject itself, with the word before it
        if raw[subject] in scope_cues.auxiliaries and subject > 0 and raw[subject] not in scope_cues.first_person:
            subject -= 1
        return raw[subject] in scope_cues.first_person
