"""The people who built or knew the app said to be gone ("the guy who built our bottle api quit"), read as the
staffing risk vocabulary.yaml `departed` names: the words between the maker and the leaving word vary too much
("who understood it", "who built our tornado-based booking api") for set phrases to cover."""

from __future__ import annotations

from knowledge.base.departure_cues import DepartureCues
from knowledge.reading.result import Mentions
from knowledge.reading.state import Clause
from knowledge.reading.word_runs import WordRuns


class Departures:
    """Built once per vocabulary; `read` rereads one clause."""

    def __init__(self, cues: DepartureCues | None, mentions: Mentions) -> None:
        self._cues = cues
        self._makers = WordRuns(cues.makers if cues else ())
        self._gone = WordRuns(cues.departures if cues else ())
        self._mentions = mentions
        self._strangers = WordRuns(cues.strangers if cues else ())
        self._stranger_verbs = WordRuns(cues.stranger_verbs if cues else ())

    def read(self, clause: Clause) -> None:
        """A maker, then a leaving word within reach (not denied right before it): the need, unless said already."""
        cues, raw, msg = self._cues, clause.raw, clause.msg
        if cues is None or cues.need in msg.requirements:
            return
        for start in self._makers.openings(raw):
            size = self._makers.at(raw, start)
            if not size:
                continue
            for at in range(start + size, min(len(raw), start + size + cues.reach + 1)):
                gone = self._gone.at(raw, at)
                if gone and raw[at - 1] not in cues.blockers and not self._hands_over(raw, at + gone):
                    surface = " ".join(raw[start : at + gone])
                    for mention in self._mentions({"requirement": cues.need}, surface, False):
                        clause.state.found.append(mention)
                        msg.requirements[mention.id] = mention
                    return
        self._strangers_to_current(clause)

    def _strangers_to_current(self, clause: Clause) -> None:
        """'nobody on the team has used sanic': no one here, a knowing verb within reach, then the framework that
        runs (an article or owner word between at most); said of another framework it is no risk to the app."""
        cues, raw, msg = self._cues, clause.raw, clause.msg
        running = msg.current or msg.running_named
        if cues is None or running is None:
            return
        for start in self._strangers.openings(raw):
            size = self._strangers.at(raw, start)
            if not size:
                continue
            for at in range(start + size, min(len(raw), start + size + cues.reach + 1)):
                verb = self._stranger_verbs.at(raw, at)
                if not verb:
                    continue
                named = [m for m in clause.matches if m.start in (at + verb, at + verb + 1)]
                if any(m.kinds.get("framework") == running for m in named):
                    surface = " ".join(raw[start : at + verb + 1])
                    for mention in self._mentions({"requirement": cues.need}, surface, False):
                        clause.state.found.append(mention)
                        msg.requirements[mention.id] = mention
                    return
                break

    def _hands_over(self, raw: list[str], at: int) -> bool:
        """'left comments', 'left us a readme', 'left the codebase tidy': the leaving word takes a thing as its
        object, not a place a person leaves ('left the company')."""
        cues = self._cues
        if cues is None or at >= len(raw):
            return False
        if raw[at] in cues.left_behind:
            return True
        return raw[at] in cues.determiners and (at + 1 == len(raw) or raw[at + 1] not in cues.workplaces)
