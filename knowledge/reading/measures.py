"""The numbers a message gives about its own system, read into needs: how long it must live, how many build it,
how many use it, how much load and code it carries. A figure said of a system beside ours is not ours; a figure
counted outweighs a loose word that only implies the opposite; a handful of staff counted beside a load others
bring use a side part."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping

from knowledge.base.kb import KnowledgeBase
from knowledge.reading import headcounts, horizons, loads, span_cues
from knowledge.reading.neighbours import Neighbours
from knowledge.reading.result import RequirementMention
from knowledge.reading.sizes import SizeReader

_SMALL = "small-scope"  # read from a count of code units, the size of the job itself


_LARGE_TEAM = "large-team"


class Measures:
    """Reads a message's figures into its lifetime, team size and counted needs; built once per knowledge base."""

    def __init__(self, kb: KnowledgeBase, framework_by_name: dict[str, str]) -> None:
        vocab = kb.vocabulary
        self._kb = kb
        self._span_words = frozenset(vocab.span_words)
        self._figure_owner = loads.figure_owner(list(framework_by_name), vocab.figure_links, tuple(vocab.figure_ours))
        self._neighbours = Neighbours(vocab.neighbours)
        self._org_scope = headcounts.org_scope(vocab.org_scope_cues, vocab.org_nouns, vocab.needs.gap_stops)
        self._org_apposed = headcounts.org_apposed(
            vocab.org_nouns, vocab.needs.team_name_nouns, vocab.group_of_nouns, vocab.org_member_nouns
        )
        self._people = headcounts.people(vocab.people_nouns)
        self._short_people = headcounts.people_shorthand(vocab.shorthand, self._people)
        self._audience = headcounts.audience_words(
            vocab.audience_nouns,
            vocab.audience_lead,
            [*vocab.audience_not_after, *framework_by_name],
            vocab.needs.gap_stops,
            (vocab.audience_roles, vocab.small_audience_max),
            builders=vocab.audience_builder_lead,
            uses=(vocab.audience_use_after, vocab.audience_use_objects, vocab.audience_use_places),
            lead_adverbs=vocab.audience_lead_adverbs,
        )
        self._crowd = loads.crowd_cue(vocab)
        self._crowd_min = vocab.crowd_min
        # the needs an incumbent rule wants counted (`counted_all`): words for them backed by a count are counted
        self._count_backed = frozenset(n for rules in kb.incumbents.values() for r in rules for n in r.counted_all)
        self._scope_by = frozenset(vocab.audience_scope_by)
        self._staff = headcounts.people(vocab.staff_audiences) if vocab.staff_audiences else None
        self._staff_need = vocab.staff_audience_need
        self._staff_marked = (
            re.compile(r"\b(?:" + "|".join(map(re.escape, vocab.staff_markers)) + r")\b")
            if vocab.staff_markers
            else None
        )
        self._role_yields_to = frozenset(vocab.audience_role_yields_to)
        self._side_by = frozenset(vocab.audience_side_by)
        self._side_unless = frozenset(vocab.audience_side_unless)
        self._small_audience = vocab.small_audience_max
        self._elapsed = span_cues.elapsed([*vocab.elapsed_cues, *vocab.ran_for_cues])
        self._tenure = span_cues.tenure([*vocab.tenure_after, *framework_by_name])
        self._past = span_cues.past(vocab.past_after, vocab.overrun_after, vocab.overrun_ends)
        # a deadline ("we have 3 weeks") and a task's length ("onboarding takes a month") alike are not a lifetime
        # (nor is time gone by, "in the last two months", nor a process's stretch, "a two-week comment period")
        self._budget = span_cues.budget([*vocab.budget_before, *vocab.task_length_before, *vocab.gone_by_before])
        self._budget_after = span_cues.budget_after([*vocab.budget_after, *vocab.stretch_after])
        # build time only below the lifetime floor; said before the duration or after it ("a 4-month timeline")
        self._schedule = span_cues.budget(vocab.schedule_before, glossed=True)
        self._schedule_after = span_cues.schedule_after(vocab.schedule_after)
        self._schedule_until = span_cues.schedule_after(vocab.schedule_until)  # "3 weeks until the demo"
        self._kept_in = span_cues.still_kept(vocab.still_kept_before)
        audience_nouns = set(vocab.audience_nouns)
        builders = [noun for noun in vocab.people_nouns if noun not in audience_nouns]
        self._staffed = span_cues.staffed([*builders, *vocab.staffing_nouns], vocab.staffing_links)
        self._staffed_floor = vocab.long_horizon_min_years
        self._staffed_end = span_cues.staffing_ended(vocab.staffing_ends)
        self._point = span_cues.point(vocab.point_before)  # "after 8 months": a date, a life only if said to be
        self._point_life = span_cues.staffing_ended([*vocab.point_lifespan, *vocab.staffing_ends])
        self._sizes = SizeReader(vocab.code_size, list(framework_by_name))

    def read(
        self, norm: str, requirements: dict[str, RequirementMention], topped: Mapping[str, None]
    ) -> tuple[float | None, int | None]:
        """The system's lifetime in years and team size, with the needs its figures give set in `requirements`
        (and those said only of a neighbouring system taken out). `topped`: the needs the asker ranks first."""
        kb = self._kb
        own = self._neighbours.own_text(norm)  # sizes, ages and head counts of a system beside ours are not ours
        own_team = headcounts.team_size(
            own, self._people, self._org_scope, self._short_people, self._audience, apposed=self._org_apposed
        )
        # "…, same org": the other system's team builds ours too; unless the message counts its own team ("we're 3
        # devs, same team as before"), which is the team building this
        same = own_team is None and self._neighbours.same_builders(norm)
        for req_id in self._neighbours.scoped & requirements.keys():
            if same and req_id == _LARGE_TEAM:
                continue
            if not requirements[req_id].negated and self._neighbours.only_beside(requirements[req_id].text, norm, own):
                del requirements[req_id]
        horizon, team = (
            horizons.horizon_years(
                own,
                self._span_words,
                self._elapsed,
                self._tenure,
                self._past,
                budget=self._budget,
                budget_after=self._budget_after,
                schedule=self._schedule,
                schedule_after=self._schedule_after,
                schedule_until=self._schedule_until,
                kept_in=self._kept_in,
                staffed=self._staffed,
                staffed_floor=self._staffed_floor,
                staffed_end=self._staffed_end,
                point=self._point,
                point_life=self._point_life,
            ),
            headcounts.team_size(
                norm, self._people, self._org_scope, self._short_people, self._audience, apposed=self._org_apposed
            )
            if same
            else own_team,
        )
        audience = headcounts.audience_size(norm, self._audience, self._people, self._crowd, self._crowd_min)
        said_needs = {m.id for m in requirements.values() if not m.negated}
        if (
            audience is not None
            and headcounts.role_only(audience, self._audience)
            and said_needs & self._role_yields_to
        ):
            audience = None  # "the editors of our news site": the readers are served too, the role only asked
        if audience is not None:  # "for our 12 support agents": staff working our records, an in-house tool
            said_needs |= self._staff_tool(audience, requirements)
        scope_said = bool(self._scope_by & said_needs)
        counted = loads.needs_from_numbers(
            own, horizon, team, kb.vocabulary, audience, scope_said=scope_said, figure_owner=self._figure_owner
        )
        sized = self._sizes.needs(own)
        counted += sized
        measured = {found_id for found_id, _ in counted}
        for found_id, surface in counted:
            req_id = found_id.removeprefix("no-")
            loose = requirements.get(req_id)
            if found_id != req_id and req_id not in measured and loose is not None and loose.via and not loose.negated:
                # "~5 events/sec, peak season might triple that": a rate measured low (grown as said) outweighs
                # a loose word for load ("peak season"), which only implies it
                del requirements[req_id]
            if found_id == req_id and req_id in kb.requirements:
                # "the 2 people who build it leave, someone else takes it over": a team counted small outweighs a
                # large team only implied by a wording's concept (a handover), as a rate measured does above
                for other in kb.requirements[req_id].contradicts:
                    implied = requirements.get(other)
                    if implied is not None and implied.via and not implied.negated and other not in measured:
                        del requirements[other]
            said_loosely = req_id in requirements and requirements[req_id].weak and found_id == req_id
            if req_id in kb.requirements and (req_id not in requirements or said_loosely):
                # "about a dozen endpoints": counted, the loose word ("endpoints") is said firmly
                label = kb.requirements[req_id].label
                # (a count of the system's own code units, "3 routes total", says the job's size as words would:
                # it is no number of weeks or users)
                counted_size = (found_id, surface) in sized and found_id == _SMALL
                requirements[req_id] = RequirementMention(
                    req_id, label, found_id != req_id, surface, counted=not counted_size
                )
            elif found_id in self._count_backed and (said := requirements.get(req_id)) and not said.negated:
                # "15k fans at once on sale day": said in words and counted too, the count backs it where a rule
                # asks for a counted need (elsewhere a counted need weighs differently: a small scope counted)
                requirements[req_id] = dataclasses.replace(said, counted=True)
        self._side_part(audience, requirements, topped)
        return horizon, team

    def _staff_tool(self, audience: tuple[int, str], requirements: dict[str, RequirementMention]) -> set[str]:
        """The in-house tool a staff audience implies ('our 12 support agents'), added unless said either way."""
        need = self._staff_need
        if need is None or need in requirements:
            return set()
        marked = self._staff_marked is not None and self._staff_marked.search(audience[1]) is not None
        if not marked and (self._staff is None or next(self._staff.finditer(audience[1]), None) is None):
            return set()
        requirements[need] = RequirementMention(need, self._kb.requirements[need].label, False, audience[1])
        return {need}

    def _side_part(
        self, audience: tuple[int, str] | None, requirements: dict[str, RequirementMention], topped: Mapping[str, None]
    ) -> None:
        """'5k devices post every second; plus an admin for 3 support staff': beside a load others bring, the
        handful counted use a side part, so what that part holds (an admin, CRUD screens) leans like a wish.
        A part the asker ranks first, or gives rules of its own (roles, an audit trail), is no side part; a need
        others are served by (a content site, a shop) is never the handful's."""
        if audience is None or audience[0] > self._small_audience or headcounts.role_only(audience, self._audience):
            return
        firm = {need for need, m in requirements.items() if not m.negated and not m.wish}
        if firm.isdisjoint(self._side_by) or not firm.isdisjoint(self._side_unless):
            return
        for need in self._scope_by - self._role_yields_to - topped.keys():
            mention = requirements.get(need)
            if mention is not None and not mention.negated:
                requirements[need] = dataclasses.replace(mention, wish=True)
