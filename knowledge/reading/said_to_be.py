"""A thing of ours said to be a framework ("the portal is django", "the services are flask apps") or said to run
one ("the shop runs django"): what the team runs today, unless the subject is a plan ("the proposal is flask")."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from knowledge.base.models import Vocabulary
from knowledge.reading.phrases import Match
from knowledge.reading.text import ARTICLES

DESCRIBED_REACH = 5  # "is a tiny single purpose fastapi service": the "is a" may sit a few words back
_SUBJECT_WORDS = 3  # "the shop runs", "the order service uses": a short subject before a run verb


class SaidToBe:
    """Built once per vocabulary, with the owner words that make a subject ours ('our', 'my')."""

    def __init__(self, vocab: Vocabulary, strong_owners: frozenset[str], artifact_words: frozenset[str]) -> None:
        self._cues = vocab.roles
        self._artifact_words = artifact_words
        self._described = frozenset(vocab.described_current)
        self._definite = vocab.roles.definite | strong_owners
        self._teams = vocab.roles.team_nouns
        self._unreal = vocab.running.unreal  # "would", "if", "which": a thing only planned or asked about
        self._not_ours = vocab.running.manifest_elsewhere  # "the tutorial", "the vendor": code that is not ours

    def plan_named(self, said: list[str]) -> bool:
        """A plan's noun in `said` ('the current proposal', 'their quote'), not one naming a system of ours by what
        it handles ('the bid service', 'our quotes api', 'the offers service (django)')."""
        return any(
            word in self._cues.plan_subjects and (i + 1 == len(said) or said[i + 1] not in self._artifact_words)
            for i, word in enumerate(said)
        )

    def said_to_be(self, raw: list[str], start: int, end: int, follows: Mapping[str, str]) -> bool:
        """'our course tool is django', 'the services are flask apps', 'this one is a tiny fastapi service': a
        thing of ours said to be a framework (the framework ends the clause, or an artifact noun follows it)
        names what runs today."""
        for k in range(1, DESCRIBED_REACH + 1):
            at = start - k
            if at < 0 or self._cues.asking.intersection(raw[:at]):
                continue
            ran = raw[at] not in self._cues.is_verbs
            if ran and not self._subject_runs(raw, at):
                continue
            if self.plan_named(raw[max(0, at - DESCRIBED_REACH) : at]):
                return False  # "the current proposal is flask": an option put forward, nothing of ours runs on it
            # "the portal is (still) django", "… is flask with …"
            if self._cues.is_fillers.issuperset(raw[at + 1 : start]):
                while end < len(raw) and (raw[end],) in self._cues.is_tails:
                    end += 1  # "the portal is django btw and …": a one-word aside, then the clause goes on
                return (
                    end == len(raw)
                    # "the lab uses flask for its sample app", "the shop runs django and wants an api"
                    or (ran and raw[end] in self._cues.run_purposes | self._cues.is_clause_joiners)
                    or ("artifact" in follows and end + 1 == len(raw))
                    or raw[end] in self._cues.is_joiners
                    or raw[end] in self._cues.is_parts  # "the app is django templates with …": built of its parts
                    or tuple(raw[end:]) in self._cues.is_tails  # "its django btw", "the api is fastapi now"
                    # "the order service is fastapi and i need …" (not "the rest of the site is …": other parts)
                    # (the subject must name a thing of ours: "the tutorial i follow is fastapi and i …" is not)
                    or (
                        self._clause_ends(raw, end)
                        and self._cues.rest_of_work.isdisjoint(raw[:at])
                        and not self._artifact_words.isdisjoint(raw[max(0, at - DESCRIBED_REACH) : at])
                    )
                )
            # "is a small single purpose flask app"; with the article dropped, "backend = small flask service"
            lead = raw[at + 1 : start]
            while len(lead) > 1 and lead[0] in self._cues.is_fillers:
                lead = lead[1:]  # "it is already a flask app", "this is still a django project"
            return "artifact" in follows and (lead[0] in ARTICLES or self._described.issuperset(lead))
        return False

    def likened(self, raw: list[str], matches: Sequence[Match], pos: int) -> bool:
        """'ninja is basically fastapi anyway', 'litestar is fastapi with msgspec': another framework named in the
        few words before this one is the subject (the copula follows it), so one framework is likened to another;
        nothing of ours runs it. A framework only named before the subject ('unlike flask the app is django', 'we
        left flask and the app is django now') likens nothing."""
        start = matches[pos].start
        return any(
            "framework" in m.kinds
            and start - DESCRIBED_REACH <= m.start
            and m.end < start
            and raw[m.end] in self._cues.is_verbs
            for m in matches[:pos]
        )

    def _subject_runs(self, raw: list[str], at: int) -> bool:
        """'the shop runs django', 'my employer uses flask': a run verb at `at` after a short subject that opens the
        clause with a definite or owner word, in a plain statement; 'instagram runs django' names no thing of ours."""
        return (
            raw[at] in self._cues.run_verbs
            # "team runs fastapi for all 7 svcs": Slack voice drops the article before the team's own noun
            and ((2 <= at <= _SUBJECT_WORDS and raw[0] in self._definite) or (at == 1 and raw[0] in self._teams))
            and self._unreal.isdisjoint(raw[:at])
            and self._not_ours.isdisjoint(raw[:at])  # "the tutorial uses flask": learning material, not ours
            and not self.plan_named(raw[:at])  # "the proposal uses fastapi": an option put forward
        )

    def _clause_ends(self, raw: list[str], end: int) -> bool:
        """A clause joiner and a new subject (or the same subject's next verb: 'and meets its slos') right after the
        framework: it ended its own clause."""
        if not (end + 1 < len(raw) and raw[end] in self._cues.is_clause_joiners):
            return False
        after = end + 1
        while after + 1 < len(raw) and raw[after] in self._cues.is_clause_adverbs:
            after += 1  # "… is flask and just needs …"
        return raw[after] in self._cues.is_clause_subjects | self._cues.is_clause_verbs

    def fresh_said_to_be(self, raw: list[str], start: int, end: int, follows: Mapping[str, str]) -> bool:
        """'the new backend is django' (with another framework said to run): the fresh thing is where it goes."""
        lead = raw[max(0, start - DESCRIBED_REACH) : start]
        return bool(self._cues.fresh.intersection(lead)) and self.said_to_be(raw, start, end, follows)
