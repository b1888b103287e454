"""The organisation's own kind of system said as background ("we're a SaaS company; the thing I'm building is a
webhook receiver"): vocabulary.yaml `setting`. Once a later clause turns to the asker's piece and names a kind of
system of its own, the kinds named only in the setting clause are dropped; the piece is what is chosen for."""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.base.setting_cues import SettingCues
from knowledge.reading.result import RequirementMention
from knowledge.reading.state import MessageState
from knowledge.reading.word_runs import WordRuns

SETTING, PIECE = "setting", "piece"


class Setting:
    """Marks each clause as a setting, a piece or neither; drops what the setting alone said."""

    def __init__(self, cues: SettingCues | None, categories: Mapping[str, str]) -> None:
        self._cues = cues
        self._categories = categories
        # (looked up from a clause's first word: every clause of a message is noted)
        self._openers = WordRuns(cues.openers if cues else ())
        self._pieces = WordRuns(cues.pieces if cues else ())

    def note(self, msg: MessageState, raw: list[str], found: list[RequirementMention]) -> None:
        """Record the clause just read: its role (setting, piece or none) and the needs it found."""
        cues = self._cues
        if cues is None:
            return
        lead = 1 if raw[:1] and raw[0] in cues.leads else 0
        role = ""
        if self._openers.at(raw, lead) and cues.builds.isdisjoint(raw):
            role = SETTING
        elif self._pieces.at(raw, lead):
            role = PIECE
        msg.clause_roles.append((role, list(found)))

    def drop(self, msg: MessageState) -> None:
        """The kinds of system the setting clauses before the first piece named, said nowhere else, once the
        piece (or a clause after it) names a kind of system of its own."""
        roles = msg.clause_roles
        piece = next((i for i, (role, _) in enumerate(roles) if role == PIECE), -1)
        if piece <= 0 or not any(role == SETTING for role, _ in roles[:piece]):
            return
        own = {m.id for _, found in roles[piece:] for m in found if self._system(m)}
        if not own:
            return  # "we're a saas company. i need advice": the piece names no system, the setting still counts
        said_elsewhere = {m.id for role, found in roles if role != SETTING for m in found}
        for role, found in roles[:piece]:
            if role != SETTING:
                continue
            for mention in found:
                alone = self._system(mention) and mention.id not in said_elsewhere
                if alone and msg.requirements.get(mention.id) is mention:
                    del msg.requirements[mention.id]

    def _system(self, mention: RequirementMention) -> bool:
        cues = self._cues
        return cues is not None and not mention.negated and self._categories.get(mention.id) in cues.system_categories
