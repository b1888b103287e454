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
from knowledge.reading.lists import stack_end
from knowledge.reading.moves import Moves
from knowledge.reading.name_context import NameContext
from knowledge.reading.ownership import Ownership
from knowledge.reading.package_roles import PackageRoles
from knowledge.reading.role_assignment import RoleAssignment
from knowledge.reading.state import Clause
from knowledge.reading.word_runs import WordRuns

# Where to build ("a new service"), offered as an option beside frameworks, is a choice asked about, not a fact;
# a quality offered the same way ("bare starlette or fastapi") still tells what matters.
OPTION_NEEDS = frozenset({"greenfield"})
OPTION_GAP = 3  # "drf or a separate new service": "or" and a word or two between the options

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
        self.appraisal = Appraisal(vocab, framework_by_name)
        self._ownership = Ownership(vocab)
        self._context = NameContext(vocab, self._ownership)
        self._cues = vocab.roles  # word sets, read once when the vocabulary loads
        self._options_after = vocab.scope.options_after
        self._builds_on = builds_on  # "django + drf": an add-on listed with its framework is part of its stack
        self._new_subject = vocab.thread.new_subject  # "my side project": another subject than the day job's code
        self._interim = WordRuns(vocab.roles.retire_interim)  # "until then we need …": the retiring app runs meanwhile
        self._given_up = WordRuns(vocab.roles.given_up_after)  # "the flask thing was a spike we dropped"
        self._given_up_breaks = vocab.roles.given_up_breaks
        self._packages = PackageRoles(vocab, self._ownership)
        self._denial = DenialReach(vocab, frozenset(framework_by_name))
        self._assignment = RoleAssignment(
            vocab,
            moves=self.moves,
            appraisal=self.appraisal,
            ownership=self._ownership,
            context=self._context,
            denial=self._denial,
            mainstream=mainstream,  # kb.ranked: a leaving only weighed keeps these running (moves.leaves)
        )

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
        self._assignment.assign(clause, pos, fw, follows, matches[last].end)

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
