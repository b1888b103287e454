"""A cue that sets how the frameworks after it are read: a move made, under way, weighed or asked about, a service
retired, a pitch, the move's target, what runs today (apart from a choice asked, options weighed, a build to come or
someone's wish), and what the team knows or lacks."""

from __future__ import annotations

from knowledge.base.scope_cues import ScopeCues
from knowledge.reading import cue_context
from knowledge.reading.scope import CUE_REACH, MoveVerbs
from knowledge.reading.state import Clause


def read_move(clause: Clause, pos: int, cues: ScopeCues, move_verbs: MoveVerbs) -> bool:
    """A move reported, weighed or retired, a pitch, or a move's target; True when one of these readings applies."""
    msg, state, raw = clause.msg, clause.state, clause.raw
    match = clause.matches[pos]
    kinds = match.kinds
    if "progress_after" in kinds and state.targeted:
        msg.underway = True
    elif "progress" in kinds and (
        (match.start and cue_context.intended(raw, match.start, cues))
        or cue_context.weighed_gerund(raw, match, kinds["progress"], cues)
        # "switch our flask app to django?": a bare verb opening a question (the cue's past form met only through
        # its stem) asks about the move; "we switched our app …?" reports one
        or (match.start == 0 and msg.asking and raw[0] != kinds["progress"].split()[0])
    ):
        # "should we port our flask app to django?", "debating switching the app to fastapi": a move asked about
        # or weighed, not made; what follows runs
        state.current_cue, state.owner_cue = match.end, False
    elif "progress" in kinds:
        state.progress = True
        # "removed flasgger and were midway through moving …": a move reported is a new statement, not negated
        state.negating, state.excluding = False, -1
        if "target" in kinds:  # "60% of routes already live on fastapi": the target follows
            state.target_cue = match.end
        elif "current" in kinds:  # "as we move off flask": what runs follows
            state.current_cue, state.owner_cue = match.end, False
        ahead = raw[match.end : match.end + 2]  # "im rewriting it in django": the move's target follows
        if cues.rewrite_joiners.intersection(ahead):
            state.target_cue = match.end + max(ahead.index(w) for w in cues.rewrite_joiners if w in ahead) + 1
    elif "retire" in kinds:
        # "retiring the django auth service": it goes, its work (auth) stays wanted
        state.excluding = state.retiring = match.end
    elif "proposal" in kinds or "advice" in kinds:
        if "advice" not in kinds and cue_context.said_by(raw, match.start, cues.first_person, cues):
            return True  # "i want to migrate it to fastapi for async", "i am convinced": the asker's own reasons
        if "advice" not in kinds and cue_context.said_by(raw, match.start, cues.demanders, cues):
            return True  # "partners keep asking for an openapi spec": what those served ask for is needed
        if not state.proposal:
            state.pitch_from = len(state.named)
        state.proposal = True
        if state.owner_cue:  # "our cto wants fastapi": the "our" owns the pitcher, not the framework
            state.current_cue = -1
    elif "target" in kinds and cue_context.move_infinitive(raw, match, move_verbs, msg.named_frameworks):
        # "we plan to migrate the flask app to django": an infinitive of a move, not a destination; what it
        # governs runs today ("to rewrite it all in fastapi": the one after "in" is where it goes), and
        # "started to" reports the move under way
        ahead = raw[match.end + 1 : match.end + 1 + CUE_REACH]  # "to rewrite all of it in fastapi"
        if cues.rewrite_joiners.intersection(ahead):
            state.target_cue = match.end + 1 + max(ahead.index(w) for w in cues.rewrite_joiners if w in ahead) + 1
        else:
            state.current_cue, state.owner_cue = match.end + 1, False
        if match.start and raw[match.start - 1] in cues.starts:
            state.progress = True
    elif "target" in kinds:
        if state.retiring >= 0 and not state.negating:
            state.excluding = -1  # "decommissioning the flask service and moving to django": where its work goes
        # "to remind myself about django" is an infinitive; "to fastapi is about half done" names the destination
        ahead = raw[match.end : match.end + 3]
        ahead = ahead[: next((i for i, w in enumerate(ahead) if w in msg.named_frameworks), len(ahead))]
        infinitive = bool(cues.topic_words.intersection(ahead))
        gerund = raw[match.end : match.end + 1] and raw[match.end].endswith("ing")
        if (
            not gerund or raw[match.end].endswith(tuple(cues.pronoun_endings))
        ) and not infinitive:  # "to something": no gerund
            # ("committed to moving the flask apps …", "to remind myself about django": no destination)
            state.target_cue = match.end
            state.open_move = match.end - match.start > 1 or state.progress  # "moving to", not a bare "to"
    else:
        return False
    return True


def read_runs(clause: Clause, pos: int, *, owner_cues: frozenset[str], cues: ScopeCues) -> None:
    """What runs today (unless the cue asks, weighs options, looks ahead or reports a wish), or what the team
    knows or lacks."""
    state, raw = clause.state, clause.raw
    match = clause.matches[pos]
    kinds = match.kinds
    if (
        "current" in kinds
        and match.start
        and raw[match.start - 1] in cues.modals
        and raw[match.start] in cues.first_person
    ):
        return  # "should we use django or flask?": a choice asked about, not what runs
    if "current" in kinds and raw[match.end : match.end + 1] and raw[match.end] in cues.options_after:
        return  # "the current contenders are pyramid and cherrypy": options weighed, not what runs
    if "current" in kinds and raw[match.end : match.end + 1] and raw[match.end] in cues.message_after:
        return  # "the agency left us a note saying bottle is fine": advice handed over, not what runs
    if "current" in kinds and match.start and raw[match.start - 1] in cues.still_to_come:
        return  # "the new service will be built in flask": a build still to come, not what runs
    if "current" in kinds and raw[match.start] in cues.first_person and cue_context.wished(raw[: match.start], cues):
        return  # "tom would rather we used django": someone's wish, not what runs
    if "current" in kinds:
        state.current_cue = match.end
        state.owner_cue = kinds["current"] in owner_cues
    elif "knows" in kinds:
        state.knows_cue = match.end
        if "skill" in kinds:  # "great at async": the need after it is a skill (needs.py)
            state.skill_at, state.skill_lacking = match.end, False
    elif "skill_lacking" in kinds:  # "we dont know async": the need after it is a skill the team lacks
        state.skill_at, state.skill_lacking = match.end, True
