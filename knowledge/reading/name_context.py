"""What the words around a framework's name say of it, beside the cues in force: it ran in the past or in another
project, another team or other work of ours runs it, the team lacks it, a reason follows it, or the clause opens
on a move from it. `FrameworkRoles` (roles.py) asks these while deciding the name's role."""

from __future__ import annotations

import re
from collections.abc import Mapping

from knowledge.base.models import Vocabulary
from knowledge.reading import past_project
from knowledge.reading.ownership import Ownership
from knowledge.reading.phrases import Match
from knowledge.reading.scope import says_run
from knowledge.reading.state import Clause
from knowledge.reading.text import ARTICLES
from knowledge.reading.word_runs import WordRuns

_VERSION = re.compile(r"v?\d{1,2}")  # "django 1.11", "flask 3" (a "1.11" is split at the dot)
_UNKNOWN_GAP = 6  # "django experience and none at all with fastapi"
_WORK_REACH = 8  # "all of our other services are built on django": the mark a few words before the framework
_WORK_NOUN_REACH = 3  # "other internal python services": the noun a word or two after the mark
_AGENT_REACH = 6  # "django app (that is) maintained by (the)": the agent word a few words after the framework
_PAST_AFTER_REACH = 8  # "flask for years and years at my old job": the cue's lead a few words after the framework
_TEAM_SUBJECT_REACH = 5  # "our competitors pretty much all run django": the subject a few words before
_HANDOVER_REACH = 5  # "we've taken over the supplier's …": the handover said right before the other party
REASON_REACH = 6  # "since [the new ninja release] is …": the words a reason's verb may sit in after "since"


class NameContext:
    """The readings of the words around a framework's name; built once per knowledge base."""

    def __init__(self, vocab: Vocabulary, ownership: Ownership) -> None:
        self._cues = vocab.roles
        self._past = WordRuns(vocab.roles.past_before)
        # the words opening a past-project cue, and those a name may follow inside one ('our last <flask> project'):
        # a clause holding none is passed with one set test
        self._past_project_openers = frozenset(run[0] for run in vocab.roles.past_project if run)
        self._past_project_inner = frozenset(w for run in vocab.roles.past_project for w in run[:-1])
        self._other_work_after = WordRuns(vocab.roles.other_work_after)
        self._past_project_leads = vocab.roles.past_project_leads
        self._ownership = ownership

    def in_past(self, raw: list[str], match: Match) -> bool:
        """'was on django' puts the framework in the past; 'was on django 1.11 until we upgraded' dates only the
        version, and the framework still runs."""
        return self._past.ends_at(raw, match.start) > 0 and not _VERSION.fullmatch(
            raw[match.end] if match.end < len(raw) else ""
        )

    def opens_reason(self, raw: list[str], after: int, follows: Mapping[str, str]) -> bool:
        """'fastapi since ninja is …': the time word after the framework opens a reason, not how long it has run."""
        if follows.get("current_after") not in self._cues.reason_after:
            return False
        nxt = raw[after] if after < len(raw) else ""
        if nxt[:1].isdigit() or nxt in self._cues.since_times:
            return False
        if nxt in self._cues.reason_contractions:  # "since it's the async flask" vs "since its 2.0 release"
            ahead = raw[after + 1 : after + 3]
            if ahead[:1] and ahead[0] in ARTICLES:  # "since it's a port of flask"
                return True
            return not any(w[:1].isdigit() or w in self._cues.since_times for w in ahead)
        if nxt in self._cues.reason_subjects and after + 1 < len(raw):
            # "since it scales better" states how things are now; "since it launched", "since it was released" tell
            # a time, said in the past
            verb = raw[after + 1]
            return not (verb.endswith("ed") or verb in self._cues.since_past or verb in self._cues.since_times)
        return bool(self._cues.reason_verbs.intersection(raw[after : after + REASON_REACH]))

    def in_past_project(self, raw: list[str]) -> bool:
        """The clause places what it says in an earlier project ('for the last project', 'on our previous app')."""
        return says_run(raw, self._cues.past_project)

    def in_past_ban(self, raw: list[str]) -> bool:
        """The clause places a ban in time gone by ('flask was a non-starter back then')."""
        return says_run(raw, self._cues.past_ban)

    def past_project_before(self, raw: list[str], start: int) -> bool:
        """'at my previous company we used sanic': the clause opens in an earlier job or project before the
        framework (no word turning to this one between), so the team knows it; it is not what runs here."""
        if self._past_project_openers.isdisjoint(raw[:start]):
            return False
        return past_project.placed_before(raw, start, self._cues.past_project, self._cues.past_project_ends)

    def past_project_after(self, raw: list[str], start: int, end: int) -> bool:
        """'i did flask for years at my old job': a past-project cue follows the framework in the clause, so the asker
        knows it from there; it is not what runs here. Not when an owner word holds the framework ('our flask app,
        which i started at my last job' is ours)."""
        if self._past_project_leads.isdisjoint(raw[end : end + _PAST_AFTER_REACH]):
            return False
        # "our api is flask like it was at my previous company": the owner may lead the subject of "is"
        if self._ownership.strong_owners.intersection(raw[max(0, start - _TEAM_SUBJECT_REACH) : start]):
            return False
        return past_project.placed_after(
            raw,
            end,
            self._cues.past_project,
            leads=self._past_project_leads,
            reach=_PAST_AFTER_REACH,
            stops=self._cues.past_project_ends,
        )

    def outside_org(self, raw: list[str], start: int) -> bool:
        """'our competitors all run django', 'most of the industry is on flask': an organisation outside ours is the
        subject a few words before the framework, with no word turning back to us or naming a thing between."""
        before = raw[max(0, start - _TEAM_SUBJECT_REACH) : start]
        if any(self._persons_own(before, i) for i in range(len(before))):
            return True
        for i in range(len(before) - 1, -1, -1):
            word = before[i]
            if word in self._cues.outside_orgs:
                # "we've taken over the supplier's flask codebase": handed over, so it runs here now
                at = start - len(before) + i
                return not says_run(raw[max(0, at - _HANDOVER_REACH) : at], self._cues.passed_to_us)
            if word in self._cues.outside_org_breaks or word in self._ownership.artifact_words:
                return False
        return False

    def _persons_own(self, before: list[str], i: int) -> bool:
        """'a friend's startup runs on fastapi': a thing a person outside the team owns (the apostrophe may be gone:
        'friends startup'), so its framework is that person's."""
        word, people = before[i], self._cues.person_nouns
        owned = (word == "s" and i > 0 and before[i - 1] in people) or (word[:-1] in people and word.endswith("s"))
        return (
            owned
            and i + 1 < len(before)
            and self._cues.team_owners.isdisjoint(before[max(0, i - 2) : i])  # "our colleague's app": the team's
            and self._cues.outside_org_breaks.isdisjoint(before[i + 1 :])  # "my friend says our app is flask"
        )

    def names_past_project(self, raw: list[str], start: int, end: int) -> bool:
        """'our last flask project became chaos': the framework describes an earlier project, so the team knows it;
        it is not what runs here."""
        if not start or raw[start - 1] not in self._past_project_inner:
            return False
        return past_project.names_inside(raw, start, end, self._cues.past_project)

    def lacked_beside_known(self, clause: Clause, pos: int) -> bool:
        """'3 devs with years of django and zero fastapi': the framework named before this one in the clause is one
        the team knows, and only `unknown_gap` words (a joiner, the negation, words of experience) stand between."""
        matches, raw = clause.matches, clause.raw
        before = next((m for m in reversed(matches[:pos]) if "framework" in m.kinds), None)
        if before is None or before.kinds["framework"] not in clause.msg.known:
            return False
        between = raw[before.end : matches[pos].start]
        return len(between) <= _UNKNOWN_GAP and all(word in self._cues.unknown_gap for word in between)

    def inside_owned(self, raw: list[str], start: int, follows: Mapping[str, str]) -> bool:
        """'in our fastapi app': a place word, an owner word, the framework, then a thing of ours."""
        lead = raw[max(0, start - 2) : start]
        return (
            "artifact" in follows
            and len(lead) == 2
            and lead[0] in self._cues.inside_owned
            and lead[1] in self._ownership.strong_owners
        )

    def unfamiliar(self, raw: list[str], start: int) -> bool:
        """'nobody has ever touched django': a verb of working with it right before the negated framework."""
        return any(tuple(raw[max(0, start - len(run)) : start]) == run for run in self._cues.unfamiliar_before)

    def other_team(self, before: list[str]) -> bool:
        """A team marked as not ours ('sister team', 'another squad') in the words before a framework."""
        cues = self._cues
        return any(
            w in cues.other_team_marks and cues.team_nouns.intersection(before[i + 1 : i + 3])
            for i, w in enumerate(before)
        )

    def kept_by_other_team(self, raw: list[str], end: int) -> bool:
        """'a django app maintained by another team', 'a flask service that the data team owns': right after the
        framework, only a thing's noun and words naming who keeps it, then a team marked as not ours."""
        cues = self._cues
        links = cues.other_team_agents | cues.org_codebase | self._ownership.artifact_words
        for at in range(end, min(len(raw), end + _AGENT_REACH)):
            if self.other_team(raw[at : at + 3]) and raw[at] in cues.other_team_marks:
                # "… that another team handed over to us": passed on, so ours
                return not says_run(raw[at:], cues.passed_to_us)
            if raw[at] not in links:
                return False
        return False

    def other_work(self, raw: list[str], start: int) -> bool:
        """'our other services are fastapi', 'all our other apps run on flask': the framework is said of the
        team's other work, so the team knows it; it is not what the thing asked about runs. ('the other django apps'
        is left to the other readings: it often names the system the new piece lives in.)"""
        cues = self._cues
        if says_run(raw[start:], cues.other_work_shared):
            return False  # "… and so does this one": the thing asked about runs it too
        before = raw[max(0, start - _WORK_REACH) : start]
        for i, word in enumerate(before):
            if word not in cues.other_work_marks:
                continue
            for j in range(i + 1, min(i + _WORK_NOUN_REACH + 1, len(before))):
                if before[j] in cues.other_work_nouns and cues.other_work_links.issuperset(before[j + 1 :]):
                    return True
        return False

    def used_elsewhere(self, raw: list[str], end: int) -> bool:
        """'we run flask for everything else': right after the framework (a word such as 'basically' may stand
        between), it is said to serve the rest of the team's work, so the team knows it; unless the thing asked
        about is said to share it ('… and so does this one')."""
        after = self._other_work_after.anywhere(raw, end, end + 2)  # (first: rarely said; the shared cue is
        return after and not says_run(raw[end:], self._cues.other_work_shared)  # looked for in the whole rest)

    @staticmethod
    def opens_move(clause: Clause, pos: int, follows: Mapping[str, str]) -> bool:
        """A framework opening the clause, a target cue ('to', an arrow) and a framework right after it: a move
        written as a route. Not inside a sentence ('compare django to fastapi' weighs the two)."""
        matches = clause.matches
        if pos != 0 or matches[0].start != 0 or "target" not in follows:
            return False
        cue = matches[pos + 1] if pos + 1 < len(matches) else None
        after = matches[pos + 2] if pos + 2 < len(matches) else None
        return bool(cue and after and "framework" in after.kinds and after.start == cue.end)
