"""A framework's role decided once the words around its name are read (roles.py): the cues in force and the words
near the name tried in a fixed order, the first that fits winning: a denial that reaches something else, a ban,
what someone knows or once ran elsewhere, a move's destination, another team's framework, what runs."""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.base.models import Vocabulary
from knowledge.reading.appraisal import Appraisal
from knowledge.reading.denial_reach import DenialReach
from knowledge.reading.lists import listed_before, listed_people, offered_options
from knowledge.reading.moves import Moves
from knowledge.reading.name_context import NameContext
from knowledge.reading.ownership import Ownership
from knowledge.reading.phrases import Match
from knowledge.reading.said_to_be import DESCRIBED_REACH
from knowledge.reading.scope import CUE_REACH, near
from knowledge.reading.state import Clause
from knowledge.reading.word_runs import WordRuns

__all__ = ["RoleAssignment"]

_SINGLE_REACH = 5  # "the only django thing we run is …": the thing, who runs it, then its "is"
_ESTATE_REACH = 6  # "prod is pretty much all flask": the place, its verb and a hedge or two before the name
_TEMPTED_REACH = CUE_REACH + 2  # "i'm itching to jump to fastapi": the longing and its verb before the name
_TEAM_REACH = 5  # "our sister team now runs fastapi": the team said a few words before the framework


_LIST_OR = frozenset({"or"})  # "select from django, flask, or fastapi": the list's last item after the comma


class RoleAssignment:
    """Gives a framework named its role; built once per framework roles reader, with the readers it shares."""

    def __init__(
        self,
        vocab: Vocabulary,
        *,
        moves: Moves,
        appraisal: Appraisal,
        ownership: Ownership,
        context: NameContext,
        denial: DenialReach,
        mainstream: frozenset[str],
    ) -> None:
        self.moves, self.appraisal = moves, appraisal
        self._mainstream = mainstream  # kb.ranked: a leaving only weighed keeps these running (moves.leaves)
        self._ownership, self._context, self._denial = ownership, context, denial
        self._cues, self._move_cues = vocab.roles, vocab.moves  # word sets, read once when the vocabulary loads
        self._contrasts = WordRuns(vocab.scope.contrast_exclusions)  # "not django, fastapi": the list ends there
        self._identity_openers = vocab.scope.object_openers  # "… is the wiki": the one system named
        self._org_words = vocab.roles.organisation | vocab.needs.organisation_nouns  # "company", "shop"
        # "pick a backend from django, …", "need to select from …": a choice whose options follow "from"
        self._choosing_from = vocab.roles.choosing | vocab.needs.choosing_acts

    def assign(self, clause: Clause, pos: int, fw: str, follows: Mapping[str, str], stack_to: int) -> None:
        """The role the cues in force and the words around the name give it; the first that fits wins. `stack_to`:
        where the tools listed with it end ("arkid is django + drf")."""
        if self._denial_spares(clause, pos, fw, follows, stack_to) or self._ruled_out(clause, pos, fw, follows):
            return
        if self._known_elsewhere(clause, pos, fw, follows) or self._moved_to(clause, pos, fw, follows):
            return
        self._runs_or_mentioned(clause, pos, fw, follows, stack_to)

    def _denial_spares(self, clause: Clause, pos: int, fw: str, follows: Mapping[str, str], stack_to: int) -> bool:
        """A denial or ban near the name that is of something else (the leaving, a part, a taste, a lack, an earlier
        project): the framework is not ruled out. Whether one fitted."""
        msg, state, raw, matches = clause.msg, clause.state, clause.raw, clause.matches
        match = matches[pos]
        if (near(state.excluding, match.start) or state.negating) and self._denial.departure_denied(raw, match.start):
            # "we never ditched flask", "nobody wants to drop django": the leaving is denied; the framework runs
            msg.current, state.current_cue = fw, -1
            state.negating, state.excluding = False, -1
        elif fw == msg.current and (
            (raw[match.start - 1 : match.start] and raw[match.start - 1] in self._cues.through)
            or (near(state.excluding, match.start) and "exclude_after" not in follows)
        ):
            # "streaming works locally but not through fastapi": where a symptom shows, not ruled out;
            # "runs on fastapi … thinking of dropping fastapi": leaving what runs is the move asked about
            state.negating, state.excluding = False, -1
        elif (near(state.excluding, match.start) or state.negating) and (
            "run_sign" in match.kinds or self.appraisal.related(raw, match)
        ):
            # "we dont run manage.py anymore": a file or command of it given up, not the framework ruled out;
            # "x doesnt work with django": x fails, django is not ruled out; the denial ends at its object
            msg.mentioned[fw] = None
            state.negating, state.excluding = False, -1
        elif (
            near(state.excluding, match.start)
            and raw[state.excluding - 1] in self._cues.dislike_words
            and self._denial.possessive(raw, match)
        ):
            # "disliking fastapi's direction", "we hate django's orm": the dislike is of a thing the framework has
            # (still not wanted), not a ban of the framework
            msg.mentioned[fw] = None
        elif (near(state.excluding, match.start) or state.negating) and self._denial.admitted_elsewhere(
            raw, state.excluding, match.start
        ):
            # "we cant add another admin on top of django's": the refusal took its own object; django is the setting
            msg.mentioned[fw] = None
        elif near(state.excluding, match.start) and self._denial.part_taste(raw, state.excluding):
            # "two or three of the devs dislike django": part of the team's taste, a soft preference, no ban
            msg.mentioned[fw] = None
            state.negating, state.excluding = False, -1
        elif (near(state.excluding, match.start) or state.negating) and self._context.inside_owned(
            raw, match.start, follows
        ):
            # "no admin in our fastapi app": what our app lacks is negated; the app's framework runs
            state.negating, state.excluding = False, -1
            self.assign(clause, pos, fw, follows, stack_to)
        elif state.negating and state.setting_aside and not near(state.excluding, match.start):
            # "starlite instead of fastapi for our api": a framework compared, not ruled out; the cue ends here
            state.negating = False
            self.assign(clause, pos, fw, follows, stack_to)
        elif (near(state.excluding, match.start) or state.negating) and (
            "knows_after" in follows
            or self._context.lacked_beside_known(clause, pos)
            or self._context.unfamiliar(raw, match.start)
        ):
            # "zero django experience", "no flask devs": a framework the team lacks, not one ruled out;
            # "years of django and zero fastapi": the same, with what they know named before it
            msg.mentioned[fw] = None
            state.negating, state.excluding = False, -1
        elif (near(state.excluding, match.start) or state.negating or "exclude_after" in follows) and (
            self._context.in_past_project(raw) or self._context.in_past_ban(raw)
        ):
            # "we ruled out django for the last project": a ban of an earlier project, not this one's;
            # "flask was a non-starter back then": a ban of time gone by
            msg.mentioned[fw] = None
            state.negating, state.excluding = False, -1
        else:
            return False
        return True

    def _ruled_out(self, clause: Clause, pos: int, fw: str, follows: Mapping[str, str]) -> bool:
        """A ban in force or said after the name rules the framework out (and a list before it). Whether it did."""
        msg, state, raw, matches = clause.msg, clause.state, clause.raw, clause.matches
        match = matches[pos]
        if near(state.excluding, match.start) or state.negating or "exclude_after" in follows:
            msg.excluded[fw] = None
            if "retired" in follows or (near(state.retiring, match.start) and state.retiring == state.excluding):
                msg.retired[fw] = None
            if "exclude_after" in follows:  # "flask and django are both out": the list before it goes too
                for listed in listed_before(clause, pos, self._cues.list_gap):
                    msg.excluded[listed] = None
                    msg.mentioned.pop(listed, None)
                    msg.current = None if msg.current == listed else msg.current
            state.excluding = match.end  # "except django and flask" excludes both
            state.excluded_fw_end = match.end
            # "except django, flask and quart" runs on over the commas; "no flask this time, fastapi or litestar"
            # said more after the name, and "not django, fastapi" sets the one ruled out against the next
            msg.carry_exclusion = (
                pos == len(matches) - 1
                and set(raw[match.end :]) <= self._cues.list_gap
                and not self._contrasts.ends_at(raw, match.start)
            )
        else:
            return False
        return True

    def _known_elsewhere(self, clause: Clause, pos: int, fw: str, follows: Mapping[str, str]) -> bool:
        """A framework the team knows or met elsewhere (another job, system, organisation), not this codebase's.
        Whether it is."""
        msg, state, raw, matches = clause.msg, clause.state, clause.raw, clause.matches
        match = matches[pos]
        if (
            near(state.knows_cue, match.start)
            or "knows_after" in follows
            or listed_people(clause, pos, self._cues.list_gap)
            or self._context.other_work(raw, match.start)
            or self._context.in_past(raw, match)  # "our platform was on django": no longer runs
            or self._context.past_project_before(raw, match.start)  # "at my last job we ran sanic"
            or self._context.names_past_project(raw, match.start, match.end)  # "our last flask project"
            or self._context.past_project_after(raw, match.start, match.end)  # "i did flask at my old job"
            or self._context.used_elsewhere(raw, match.end)  # "we run flask for everything else"
            or self._single_system(raw, match)  # "the only django app we have is the wiki"
            or (  # "the only thing i know is flask": what someone knows, not this codebase
                self._ownership.said_to_be(raw, match.start, match.end, follows)
                and self._cues.known_subject.intersection(self._subject_words(raw, match.start))
            )
            or (  # "every client is django": a habit of the team's, not this codebase
                self._ownership.said_to_be(raw, match.start, match.end, follows)
                and self._cues.habit.intersection(self._subject_words(raw, match.start))
                # "everything in prod is django", "prod is pretty much all flask": the estate runs it
                and self._cues.estate_places.isdisjoint(raw[max(0, match.start - _ESTATE_REACH) : match.start])
            )
            or (  # "my friend works at a django company": another organisation's framework, known
                match.end < len(raw)
                and raw[match.end] in self._org_words
                and raw[max(0, match.start - 1) : match.start] in (["a"], ["an"])
                and self._cues.elsewhere.intersection(raw[max(0, match.start - 2) : match.start - 1])
            )
            or (  # "the rest of the company is a django shop": the organisation's habit, not this code
                ("current_after" in follows or self._ownership.said_to_be(raw, match.start, match.end, follows))
                and self._cues.organisation.intersection(raw[max(0, match.start - DESCRIBED_REACH) : match.start])
                # "the company runs a django monolith" is this code; "my old company runs …" is not
                and not (
                    self._cues.org_codebase.intersection(raw[match.end : match.end + 2])
                    and not self._context.in_past_project(raw)
                )
            )
        ):
            msg.known[fw] = None
        else:
            return False
        return True

    def _moved_to(self, clause: Clause, pos: int, fw: str, follows: Mapping[str, str]) -> bool:
        """Where a move goes: after 'replacing … with', or a target cue nearer than what runs. Whether it is."""
        msg, state, raw, matches = clause.msg, clause.state, clause.raw, clause.matches
        match = matches[pos]
        owned = bool(self._ownership.strong_owners.intersection(raw[max(0, match.start - 2) : match.start]))
        if self.moves.replaced_with(clause, match.start):
            # "replacing plugit (a name we do not know) with django": the framework after "with" is where it goes
            # "im replacing it with fastapi": the asker reports the move they are making
            msg.underway = msg.underway or self.moves.said_by_asker(raw, state.current_cue - 1)
            msg.targets[fw] = None
            state.targeted, state.current_cue = True, -1
        elif (  # "to move our flask api to …"; "time to pull it off flask": the nearer cue decides
            (near(state.target_cue, match.start) or self.moves.example_of_target(clause, match.start))
            and not owned
            and state.current_cue <= state.target_cue
        ) or (
            msg.current not in (None, fw)
            and ("target_after" in follows or self._ownership.fresh_said_to_be(raw, match.start, match.end, follows))
        ):
            # "runs on bottle; a django migration is underway": past what runs, a move named after its
            # destination ("a sanic migration" with nothing said to run may be the move away from it)
            msg.targets[fw] = None
            state.targeted = True
            # "halfway thru the project i'm itching to jump to fastapi": a move only longed for
            tempted = bool(
                self._move_cues.tempted.intersection(raw[max(0, match.start - _TEMPTED_REACH) : match.start])
            )
            msg.underway = msg.underway or ((state.progress or msg.progress_seen) and not tempted)
            msg.underway = msg.underway or self.moves.carried_on(clause, pos)
        else:
            return False
        return True

    def _offered_after_from(self, clause: Clause, pos: int) -> bool:
        """'pick one from django, flask or fastapi': the framework is one of options listed after a choosing 'from'.
        Split by commas, the list goes on in the clauses after the one ending on 'from django': a clause that is a
        list of frameworks joined by 'or', one framework alone ('select from django, flask, or fastapi'), or one
        opening on 'or'."""
        msg, raw, match = clause.msg, clause.raw, clause.matches[pos]
        if raw[match.start - 1 : match.start] == ["from"]:
            return offered_options(clause, pos, self._cues.list_gap)
        if not msg.comma_ended or msg.current_ending is None:
            return False
        if match.start == 0:
            return offered_options(clause, pos, self._cues.list_gap) or match.end == len(raw)
        return match.start == 1 and raw[0] in _LIST_OR

    def _runs_or_mentioned(self, clause: Clause, pos: int, fw: str, follows: Mapping[str, str], stack_to: int) -> None:
        """The rest: another team's or firm's framework, a person's word, what runs, a move's start, else mentioned."""
        msg, state, raw, matches = clause.msg, clause.state, clause.raw, clause.matches
        match = matches[pos]
        if (
            self._context.other_team(raw[max(0, match.start - _TEAM_REACH) : match.start])
            or self._context.kept_by_other_team(raw, match.end)
            or self._context.outside_org(raw, match.start)
        ):
            # "our sister team runs fastapi", "our rivals run django": what another team or firm runs, not this codebase
            msg.mentioned[fw] = None
        elif self._ownership.person_said(raw, match.start, match.end):
            pass  # "our cto once mentioned starlette in a talk": a person's word, neither an option nor what runs
        elif self._offered_after_from(clause, pos):
            # "pick one from django, flask or fastapi": options, none of them runs (the cue ends here); a list
            # opening the clause after a comma takes in the framework the clause before ended on ("from" alone:
            # "we run a flask/quart app" still runs flask)
            msg.mentioned[fw] = None
            state.current_cue = -1
            if msg.comma_ended and msg.current is not None and msg.current == msg.current_ending:
                msg.mentioned[msg.current], msg.current = None, None
        elif self._ownership.runs(clause, pos, follows, stack_to):
            msg.leaving = msg.leaving or self.moves.leaves(clause, pos, fw in self._mainstream)
            if "target_after" in follows:  # "flask migration, phase 3: … the web.py code": settled at the end
                msg.named_moves[fw] = None
            msg.current = fw
            state.current_cue = -1  # "replacing flask with fastapi": the cue names one framework
            # ("from" alone before it: "we run django, flask or fastapi for the new one?" keeps django; nor after a
            # move's "from" with no choosing word before it: "we came from flask, django or fastapi is next")
            msg.current_ending = (
                fw
                if match.end == len(raw)
                and raw[match.start - 1 : match.start] == ["from"]
                and not self._choosing_from.isdisjoint(raw[: match.start - 1])
                else None
            )
        elif self._context.opens_move(clause, pos, follows):
            msg.current = fw  # "django → fastapi, worth it?": the clause opens on a move, from the first to the next
        else:
            if "target_after" in follows:
                msg.named_moves[fw] = None
            msg.mentioned[fw] = None

    def _single_system(self, raw: list[str], match: Match) -> bool:
        """'the only django thing we run is an old wiki': a word making the framework one system right before it,
        then, a few words on, that system named ('is' and an article or owner word): the team has met the
        framework on that one system, which is not the one asked about."""
        if not (match.start and raw[match.start - 1] in self._cues.single_system):
            return False
        after = raw[match.end : match.end + _SINGLE_REACH]
        for i, word in enumerate(after):
            if word in self._cues.is_verbs and after[i + 1 : i + 2] and after[i + 1] in self._identity_openers:
                named = raw[match.end + i + 1 : match.end + i + 1 + _SINGLE_REACH]
                # "… is the main product": the one system is the team's central codebase, which runs
                return self._cues.single_system_central.isdisjoint(named)
        return False

    def _subject_words(self, raw: list[str], start: int) -> list[str]:
        """The few words before the framework up to its 'is': 'every client is django' quantifies the things (a
        habit); in 'its all flask' the 'all' after the verb says how much of this codebase is flask."""
        lead = raw[max(0, start - 4) : start]
        verbs = [i for i, word in enumerate(lead) if word in self._cues.pronoun_is]
        return lead[: verbs[-1]] if verbs else lead
