"""A framework's role in a message: what runs today (current), where it would go (target), what the team
knows, what is ruled out (excluded), or a package of a framework ("flask-smorest") rather than a move
(package_roles.py); how far a denial near the name reaches is denial_reach.py's.

The cues in the clause state say most of it; the words around the name say the rest ("our flask app",
"the portal is django", "ditch django for fastapi")."""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.base.models import Vocabulary
from knowledge.base.text import words
from knowledge.reading.appraisal import Appraisal
from knowledge.reading.denial_reach import DenialReach
from knowledge.reading.lists import listed_before, listed_people, stack_end
from knowledge.reading.moves import Moves
from knowledge.reading.name_context import NameContext
from knowledge.reading.ownership import Ownership
from knowledge.reading.package_roles import PackageRoles
from knowledge.reading.phrases import Match
from knowledge.reading.said_to_be import DESCRIBED_REACH
from knowledge.reading.scope import CUE_REACH, near
from knowledge.reading.state import Clause
from knowledge.reading.word_runs import WordRuns

# Where to build ("a new service"), offered as an option beside frameworks, is a choice asked about, not a fact;
# a quality offered the same way ("bare starlette or fastapi") still tells what matters.
OPTION_NEEDS = frozenset({"greenfield"})
OPTION_GAP = 3  # "drf or a separate new service": "or" and a word or two between the options

_SINGLE_REACH = 5  # "the only django thing we run is …": the thing, who runs it, then its "is"
_ESTATE_REACH = 6  # "prod is pretty much all flask": the place, its verb and a hedge or two before the name
_TEMPTED_REACH = CUE_REACH + 2  # "i'm itching to jump to fastapi": the longing and its verb before the name
_TEAM_REACH = 5  # "our sister team now runs fastapi": the team said a few words before the framework
_GIVEN_UP_REACH = 5  # "the fastapi thing was a prototype we dropped": the thing and a few words, then the verb
TITLE_WORDS = 3  # "screenly ose (django): …": a project's name opening the message is a few words


class FrameworkRoles:
    """Decides the role of each framework named; built once per knowledge base with its owner and artifact words."""

    def __init__(
        self,
        vocab: Vocabulary,
        framework_by_name: dict[str, str],
        builds_on: Mapping[str, frozenset[str]],
        mainstream: frozenset[str] = frozenset(),
    ) -> None:
        self.moves = Moves(vocab)
        self._mainstream = mainstream  # kb.ranked: a leaving only weighed keeps these running (moves.leaves)
        self.appraisal = Appraisal(vocab, framework_by_name)
        self._ownership = Ownership(vocab)
        self._context = NameContext(vocab, self._ownership)
        self._cues, self._move_cues = vocab.roles, vocab.moves  # word sets, read once when the vocabulary loads
        self._options_after = vocab.scope.options_after
        self._contrasts = WordRuns(vocab.scope.contrast_exclusions)  # "not django, fastapi": the list ends there
        self._identity_openers = vocab.scope.object_openers  # "… is the wiki": the one system named
        self._builds_on = builds_on  # "django + drf": an add-on listed with its framework is part of its stack
        self._org_words = vocab.roles.organisation | vocab.needs.organisation_nouns  # "company", "shop"
        self._new_subject = vocab.thread.new_subject  # "my side project": another subject than the day job's code
        self._interim = WordRuns(vocab.roles.retire_interim)  # "until then we need …": the retiring app runs meanwhile
        self._given_up = WordRuns(vocab.roles.given_up_after)  # "the flask thing was a spike we dropped"
        self._given_up_breaks = vocab.roles.given_up_breaks
        self._packages = PackageRoles(vocab, self._ownership)
        self._denial = DenialReach(vocab, frozenset(framework_by_name))

    def read(self, clause: Clause, pos: int, gap: list[str], fw: str) -> None:
        """The framework `fw` named by `matches[pos]`, `gap` the words since the match before it: record it under
        its role."""
        msg, state, matches = clause.msg, clause.state, clause.matches
        match = matches[pos]
        if self._packages.read(clause, match, fw):
            return
        state.named.append(fw)
        msg.last_named = fw
        if (
            gap[-1:] == ["or"]
            and len(gap) <= OPTION_GAP
            and state.found
            and state.found[-1].text == matches[pos - 1].surface
            and state.found[-1].id in OPTION_NEEDS
        ):
            mention = state.found.pop()  # "a new service or drf?": a place to build offered, not a stated need
            if msg.requirements.get(mention.id) is mention:
                del msg.requirements[mention.id]
        if self.moves.swapped(clause, pos, gap, fw):
            return
        if self.moves.left_for(clause, pos, gap):
            # "the flask app we want to leave for fastapi": the one left was said before; this is where it goes
            msg.targets[fw] = None
            state.targeted, state.current_cue = True, -1
            return
        follower = matches[pos + 1] if pos + 1 < len(matches) else None
        follows = follower.kinds if follower and follower.start - match.end <= 2 else {}
        if (
            follower is not None
            and clause.raw[match.end : match.end + 1] == ["for"]
            and msg.current not in (None, fw)
            and not clause.told_plainly()
        ):
            # "our app is fastapi … django for the admin?": with another framework running, one asked for a part is
            # weighed for it, not a thing of ours built on it
            follows = {k: v for k, v in follows.items() if k != "artifact"}
        if (
            "exclude_after" in follows
            and follower is not None
            and self._denial.particle_out(clause.raw, match, follower)
        ):
            follows = {k: v for k, v in follows.items() if k != "exclude_after"}  # "flask comes out ahead"
        if "exclude_next" in follows and follower is not None and self._denial.acts_on(clause.raw, follower):
            follows = {k: v for k, v in follows.items() if k != "exclude_after"}  # "django rejected the form"
        if (
            follower is not None
            and (
                self._context.opens_reason(clause.raw, follower.end, follows)
                or not self._cues.judged_gap.isdisjoint(clause.raw[match.end : follower.start])
                # "a post saying django is legacy": a label in someone else's pitch, not our code (000 "Introduction")
                or (
                    state.proposal
                    and clause.raw[match.end : follower.start]
                    and self._cues.label_gap.issuperset(clause.raw[match.end : follower.start])
                    and self._ownership.strong_owners.isdisjoint(clause.raw[max(0, match.start - 2) : match.start])
                )
            )
        ):
            follows = {k: v for k, v in follows.items() if k != "current_after"}
        if (
            follower is not None
            and clause.raw[follower.end : follower.end + 1]
            and (clause.raw[follower.end] in self._options_after)
        ):  # "pyramid and cherrypy are the current contenders": the options weighed, not what runs
            follows = {k: v for k, v in follows.items() if k not in ("current_after", "current")}
        if "workplace" in follows and not self._new_subject.isdisjoint(words(msg.text.lower())):
            # "django at work, flask for my side project": the day job's framework is known; with no other
            # subject named ("we use django at work, and that's the app i need to extend") it is the one asked about
            follows = {**follows, "knows_after": follows["workplace"]}
        last = stack_end(clause, pos, self._cues.list_gap, self._builds_on)
        if pos < last < len(matches) - 1 and matches[last + 1].start - matches[last].end <= 2:
            # "django + celery + postgres shop": the word after the tools listed with it describes the framework
            follows = matches[last + 1].kinds
        beyond = matches[pos + 2] if "artifact" in follows and pos + 2 < len(matches) else None
        if (
            "retire_after" in follows
            or (beyond and follower and beyond.start - follower.end <= 2 and "retire_after" in beyond.kinds)
            or self._given_up_later(clause, pos)
        ) and not self._interim.anywhere(words(msg.text.lower())):
            follows = {**follows, "exclude_after": "retired", "retired": ""}  # "the django app is being retired"
        if self._denial.new_action_since_excluded(clause, pos):
            # "drop fastapi and thinly wrap starlette", "drop flask and standardize on fastapi": past a ruled-out
            # framework, a word other than a list joiner starts a new action; the next framework is not in the list
            state.negating, state.excluding = False, -1
        if follower is not None and self.moves.swapped_out(clause, match, follower):
            # "swapping flask out for django": the first runs today, the one after "for" is the target
            msg.current, state.current_cue, state.target_cue = fw, -1, follower.end + 1
            return
        self._assign(clause, pos, fw, follows, matches[last].end)

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

    def _given_up_later(self, clause: Clause, pos: int) -> bool:
        """'the fastapi thing was a prototype we dropped', 'that django experiment got shelved': later in the
        clause, before any other framework, the thing on it is said to be given up; it does not run."""
        raw, matches = clause.raw, clause.matches
        stop = next((m.start for m in matches[pos + 1 :] if "framework" in m.kinds), len(raw))
        # "our fastapi backend used a plugin that got archived": farther on, the verb is said of something else
        end = matches[pos].end
        cue = next((at for at in range(end, min(stop, end + _GIVEN_UP_REACH)) if self._given_up.at(raw, at)), None)
        # "flask with a react frontend we dropped": another thing brought in before the cue is the one given up
        return cue is not None and self._given_up_breaks.isdisjoint(raw[end:cue])

    def _subject_words(self, raw: list[str], start: int) -> list[str]:
        """The few words before the framework up to its 'is': 'every client is django' quantifies the things (a
        habit); in 'its all flask' the 'all' after the verb says how much of this codebase is flask."""
        lead = raw[max(0, start - 4) : start]
        verbs = [i for i, word in enumerate(lead) if word in self._cues.pronoun_is]
        return lead[: verbs[-1]] if verbs else lead

    def _assign(self, clause: Clause, pos: int, fw: str, follows: Mapping[str, str], stack_to: int) -> None:
        """The role the cues in force and the words around the name give it; the first that fits wins. `stack_to`:
        where the tools listed with it end ("arkid is django + drf")."""
        msg, state, raw, matches = clause.msg, clause.state, clause.raw, clause.matches
        match = matches[pos]
        owned = bool(self._ownership.strong_owners.intersection(raw[max(0, match.start - 2) : match.start]))
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
            self._assign(clause, pos, fw, follows, stack_to)
        elif state.negating and state.setting_aside and not near(state.excluding, match.start):
            # "starlite instead of fastapi for our api": a framework compared, not ruled out; the cue ends here
            state.negating = False
            self._assign(clause, pos, fw, follows, stack_to)
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
        elif near(state.excluding, match.start) or state.negating or "exclude_after" in follows:
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
        elif (
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
        elif self.moves.replaced_with(clause, match.start):
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
        elif (
            self._context.other_team(raw[max(0, match.start - _TEAM_REACH) : match.start])
            or self._context.kept_by_other_team(raw, match.end)
            or self._context.outside_org(raw, match.start)
        ):
            # "our sister team runs fastapi", "our rivals run django": what another team or firm runs, not this codebase
            msg.mentioned[fw] = None
        elif self._ownership.person_said(raw, match.start, match.end):
            pass  # "our cto once mentioned starlette in a talk": a person's word, neither an option nor what runs
        elif self._ownership.runs(clause, pos, follows, stack_to):
            msg.leaving = msg.leaving or self.moves.leaves(clause, pos, fw in self._mainstream)
            if "target_after" in follows:  # "flask migration, phase 3: … the web.py code": settled at the end
                msg.named_moves[fw] = None
            msg.current = fw
            state.current_cue = -1  # "replacing flask with fastapi": the cue names one framework
        elif self._context.opens_move(clause, pos, follows):
            msg.current = fw  # "django → fastapi, worth it?": the clause opens on a move, from the first to the next
        else:
            if "target_after" in follows:
                msg.named_moves[fw] = None
            msg.mentioned[fw] = None
