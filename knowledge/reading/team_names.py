"""A need's words that name people or a unit rather than a need: a team's name ("the real-time analytics team"),
another company's or another team's team, a unit said to run on a framework, a name given, a repository's name."""

from __future__ import annotations

from knowledge.base.need_cues import NeedCues
from knowledge.base.scope_cues import ScopeCues
from knowledge.reading.phrases import Match
from knowledge.reading.state import Clause

__all__ = ["TeamNames"]

_OUTSIDE_REACH = 2  # "the hosting vendor's platform team": the owner right before the team's name
_NAME_REACH = 2  # "the real-time bidding team", "called pulse dashboard": plain words a name runs over


class TeamNames:
    """Tells when a need's words are the name of a team, a unit or a repository; built once per need reader."""

    def __init__(self, needs: NeedCues, scope: ScopeCues) -> None:
        self._needs, self._scope = needs, scope

    def outside_team(self, raw: list[str], match: Match) -> bool:
        """A team named by the need's words ('platform team') right after a party outside the company ('the
        vendor's'): whose team it is, not who builds this."""
        cues = self._needs
        return (
            match.end > match.start
            and raw[match.end - 1] in cues.team_nouns
            and not cues.outside_owners.isdisjoint(raw[max(0, match.start - _OUTSIDE_REACH) : match.start])
        )

    def owning_team(self, raw: list[str], match: Match) -> bool:
        """'the platform team owns the rest': the need's words end on a team noun, pointed at ('the',
        `team_owning_openers`), with a verb of owning or handling right after: another team, named by what it does."""
        cues = self._needs
        if not (match.start > 0 and raw[match.end - 1] in cues.team_nouns):
            return False
        # "the data platform team": a plain word or two may qualify the team's name after the opener
        lead = raw[max(0, match.start - 1 - _NAME_REACH) : match.start]
        openers = [i for i, word in enumerate(lead) if word in cues.team_owning_openers]
        if not openers:
            return False
        at = len(lead) - openers[-1]  # how far before the match the opener sits
        if match.start - at > 0 and raw[match.start - at - 1] in cues.team_owned_by:
            return True  # "run by the data platform team": that team does what was said before
        return match.end < len(raw) and raw[match.end] in cues.team_owning

    def own_team(self, raw: list[str], match: Match) -> bool:
        """'we're the platform team': the need's words end on a team noun led by words making it the asker's own
        team (a couple of plain words between at most), so they say who asks, not a need."""
        cues = self._needs
        if not (cues.own_team_leads and match.end > match.start and raw[match.end - 1] in cues.team_nouns):
            return False
        for end in range(match.start, max(-1, match.start - _NAME_REACH - 1), -1):
            if any(tuple(raw[end - size : end]) in cues.own_team_leads for size in range(2, min(end, 4) + 1)):
                return True
        return False

    @staticmethod
    def in_repository_name(clause: Clause, match: Match) -> bool:
        """The need's words are joined by a hyphen to the word before or after them inside a repository's name."""
        raw, pairs = clause.raw, clause.msg.slug_pairs
        if not pairs:
            return False
        return (match.start > 0 and (raw[match.start - 1], raw[match.start]) in pairs) or (
            match.end < len(raw) and (raw[match.end - 1], raw[match.end]) in pairs
        )

    def team_name(self, raw: list[str], match: Match) -> bool:
        """'the real-time analytics team', 'our payments platform team': after a determiner, the need's words and a
        couple of plain words (no word ending a describing run) end at a team noun, so they are the team's name."""
        cues = self._needs
        if not match.start or raw[match.start - 1] not in cues.team_name_openers:
            return False
        for at in range(match.end, min(len(raw), match.end + _NAME_REACH + 1)):
            if raw[at] in cues.team_name_nouns:
                return at + 1 == len(raw) or raw[at + 1] not in cues.team_noun_modifiers
            # "the admin panel the team uses": a determiner opens another phrase, the team is who uses the thing
            if raw[at] in cues.gap_stops or raw[at] in self._scope.own_words or raw[at] in cues.team_name_openers:
                return False
        return False

    def unit_running(self, clause: Clause, match: Match) -> bool:
        """'Payments uses Django, Search is on FastAPI': the need's words are the clause's subject and a using verb
        joins them to a framework's name, so they name a unit of the organisation, not what is built."""
        cues, raw = self._needs, clause.raw
        if not cues.unit_run_verbs or (match.start and raw[match.start - 1] not in cues.unit_openers):
            return False
        if match.kinds.get("requirement") in cues.unit_parts:
            return False  # "admin uses Django": a part of the app and what it is built with
        # the verb may itself be a cue ("runs on"), so the first framework after it is looked for
        following = next((m for m in clause.matches if m.start >= match.end and "framework" in m.kinds), None)
        return following is not None and tuple(raw[match.end : following.start]) in cues.unit_run_verbs

    def given_name(self, raw: list[str], match: Match) -> bool:
        """'a team literally called real-time bidding': the need's words a couple of plain words after a naming
        word are the name given."""
        cues = self._needs
        for at in range(match.start - 1, max(-1, match.start - _NAME_REACH - 2), -1):
            if raw[at] in cues.naming_cues:
                return True
            if raw[at] in cues.naming_verbs:
                return at > 0 and raw[at - 1] in cues.naming_leads
            if raw[at] in cues.gap_stops:
                return False
        return False
