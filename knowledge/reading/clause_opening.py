"""A clause opened: what the last clause left open (an exclusion, a wish, a list of needs, a heading's list, a
pitch's reasons) runs on into it, and what a clause's end leaves open for the next."""

from __future__ import annotations

from knowledge.base.models import Vocabulary
from knowledge.reading import lacks, leanings
from knowledge.reading.criteria import CriteriaLists
from knowledge.reading.lists import NEED_KINDS, only_needs
from knowledge.reading.negation import negate_all
from knowledge.reading.phrases import Match
from knowledge.reading.roles import FrameworkRoles
from knowledge.reading.sentences import NAME_ALONE
from knowledge.reading.state import ClauseState, MessageState, NeedRun

__all__ = ["ClauseOpener", "run_left_open"]

_ITEM_WORDS = 4  # "auto api docs", "type hints": an item of a list of reasons is a few words


def _list_item(raw: list[str], matches: list[Match]) -> bool:
    """A clause that is one short item of a list: a few words, naming needs or nothing ('faster', 'auto api docs')."""
    return 0 < len(raw) <= _ITEM_WORDS and all(NEED_KINDS.intersection(m.kinds) for m in matches)


def _pitch_item(raw: list[str], matches: list[Match], current: str | None) -> bool:
    """A short item of a pitch's list that names the framework pitched ('go sanic', 'quart, async'): needs and
    frameworks, and at most one other word, the framework opening or closing it ('small flask glue code' names a
    thing of ours by its framework, it pitches nothing)."""
    pitched = [m for m in matches if "framework" in m.kinds and m.kinds["framework"] != current]
    covered = sum(m.end - m.start for m in matches)
    return (
        0 < len(raw) <= _ITEM_WORDS
        and len(raw) - covered <= 1
        and any(m.start == 0 or m.end == len(raw) for m in pitched)
        and all("framework" in m.kinds or NEED_KINDS.intersection(m.kinds) for m in matches)
    )


def run_left_open(state: ClauseState, raw: list[str], matches: list[Match]) -> NeedRun | None:
    """A list of needs that the clause's end (a comma) leaves open: one being read, or a need negated last
    ("we dont need an admin, docs or …")."""
    if not matches or matches[-1].end != len(raw) or not NEED_KINDS.intersection(matches[-1].kinds):
        return None
    if state.run is not None and state.run_end == len(raw):
        return state.run
    if state.negating and state.found and state.found[-1].negated:
        return NeedRun(negated=True, parts=state.featuring)
    return None


class ClauseOpener:
    """Opens each clause's state from what the message carries; built once per parser."""

    def __init__(self, vocab: Vocabulary, roles: FrameworkRoles, criteria: CriteriaLists) -> None:
        self._scope = vocab.scope
        self._list_gap = vocab.roles.list_gap
        self._list_tails = vocab.roles.list_tails
        self._negated_joiners = vocab.scope.negated_joiners
        self._roles = roles
        self._criteria = criteria

    def _list_goes_on(self, raw: list[str], matches: list[Match], ruled_out: str | None, comma_ended: bool) -> bool:
        """'except django, flask and fastapi': the clause after a ruled-out framework goes on with the list only when
        it opens on another framework ('we ditched flask in 2023, the api is fastapi now' says something new), or
        names the ruled-out one again ('avoid django? our last django project was a mess')."""
        named = [m.kinds["framework"] for m in matches if "framework" in m.kinds]
        if named and named[0] == ruled_out:
            return True
        first = matches[0] if matches else None
        # "anything but django — fastapi or flask", "skip django; fastapi": past a dash or a semicolon the
        # alternatives start; only a comma carries a list on
        return (
            comma_ended
            and first is not None
            and "framework" in first.kinds
            and set(raw[: first.start]) <= self._list_gap
            and not self._allowed(raw, matches)
        )

    def _allowed(self, raw: list[str], matches: list[Match]) -> bool:
        """'…, flask and fastapi are both ok': right after the clause's last framework, a verb allowing them."""
        last = max((m.end for m in matches if "framework" in m.kinds), default=-1)
        after = tuple(raw[last:])
        return last >= 0 and any(after[: len(run)] == run for run in self._scope.allowed_after)

    def _joined_items(self, raw: list[str], matches: list[Match]) -> bool:
        """'stricter schemas and async views': short items joined by 'and'/'or', naming needs and no framework."""
        if not any(NEED_KINDS.intersection(m.kinds) for m in matches) or any("framework" in m.kinds for m in matches):
            return False
        cuts = [i for i, word in enumerate(raw) if word in self._scope.item_joiners]
        bounds = zip([-1, *cuts], [*cuts, len(raw)], strict=True)
        return bool(cuts) and all(0 < end - start - 1 <= _ITEM_WORDS for start, end in bounds)

    def _appositive(self, raw: list[str]) -> bool:
        """'a fast async framework with websockets': an article, then within a few words a noun naming a kind of
        framework."""
        scope = self._scope
        return (
            bool(raw)
            and raw[0] in scope.appositive_openers
            and not scope.appositive_heads.isdisjoint(raw[1:_ITEM_WORDS])
        )

    def open(self, msg: MessageState, raw: list[str], matches: list[Match]) -> ClauseState:
        """A fresh clause state; an exclusion, a wish or a list of needs left open at the last clause's end runs
        on (a negated list only over a clause that is nothing but a list)."""
        msg.progress_seen = msg.progress_seen or msg.clause.progress
        lacks.lack_felt_next(msg, raw, self._scope)
        last = msg.clause
        # "i'd love to learn fastapi, but really it's a forms app": the preference before the comma is a wish
        leanings.preference_turned(msg, msg.previous_raw, last.found, raw, self._scope)
        msg.pitched = last if last.proposal and not last.named else None  # may be answered in the next clause
        carried = msg.carry_exclusion and self._list_goes_on(raw, matches, msg.last_named, msg.comma_ended)
        state = msg.clause = ClauseState(excluding=0 if carried else -1, wishing=msg.carry_wish)
        if msg.carry_negation:
            state.negating, state.excluding, msg.carry_negation = True, 0, False
        elif msg.heading_list and (not matches or only_needs(raw, matches, self._list_gap, self._list_tails)):
            state.negating, state.excluding = True, 0  # the next item of the heading's list ("…, cms, forms")
        else:
            msg.heading_list = False  # a clause that says more than an item ends the heading's list
        if msg.carry_current:  # "the back-end is based on, web.py": the cue that ended the last clause
            state.current_cue, msg.carry_current = 0, False
        if msg.carry_target and len(raw) <= NAME_ALONE:  # "moving to something mainstream — django."
            state.target_cue = 0
        msg.carry_target = False
        self._criteria.open(msg, state, raw, matches)
        if self._roles.moves.opens_task(msg.text, raw, msg.previous_raw):
            state.progress = True  # "migrate the flask app to django.": a task decided, not a question
        elif self._roles.moves.fraction_done(raw):
            state.progress = True  # "django -> fastapi, step 3 of 5 done": part of the move made
        run = msg.carry_run or msg.held_run
        listed = run is not None and not run.owner and only_needs(raw, matches, self._list_gap, self._list_tails)
        if run is not None and (run.owner or (listed and (run.parts or self._negated_joiners.intersection(raw)))):
            state.run, state.run_end = run, 0
            negate_all(msg.held, msg.requirements)  # "no orm, auth, templates or admin": the list was negated
        # a bare need after a negated one ("no orm, authentication, …") is held until the list ends
        msg.held_run = run if listed and state.run is None else None
        msg.held = msg.held if msg.held_run is not None else []
        # a pitch's list of reasons runs on past a comma or a dash, not past a full stop ("… say django for saas?
        # we need accounts, billing and an admin" are the team's own needs)
        pitch_open = last.proposal and (last.named or msg.proposed) and not msg.sentence_opens
        if pitch_open and (
            _list_item(raw, matches)
            # "… - adds docs, pydantic models and async endpoints": the last items joined in one clause
            or self._joined_items(raw, matches)
            # "suggests sanic, a fast async framework with websockets": the candidate described in apposition
            or (bool(last.named) and self._appositive(raw))
        ):
            state.proposal = True  # "someone wants fastapi (faster, api docs, async)": the pitch's list of reasons
        elif msg.carry_pitch:  # "teammate: 'litestar has better typing'": the speaker's words open the pitch
            state.proposal, msg.carry_pitch = True, False
        elif msg.pitched is last and _pitch_item(raw, matches, msg.current):
            # "keeps saying we should 'go async, go sanic'": the pitch names its framework an item later; the
            # reasons said before it are the pitch's too
            state.proposal, state.pitch_before = True, last
        msg.carry_exclusion = msg.carry_wish = False
        msg.carry_run = None
        msg.package_of = None
        return state
