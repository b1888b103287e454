"""A cue word read in its clause: what it recasts of what was said before it (a negation, a wish, a ranking) or how
it sets what follows to be read (negated, wished, excluded, pitched, a move made or weighed, what runs)."""

from __future__ import annotations

import dataclasses

from knowledge.base.scope_cues import ScopeCues
from knowledge.reading import cue_context, lacks, leanings
from knowledge.reading.negation import (
    acts,
    describes_next,
    heads_compound,
    move_refused,
    negate_all,
    places,
    points_back,
    refused_act,
    refuses_making,
    said_of_need,
    takes_object,
    trial_dropped,
)
from knowledge.reading.scope import CUE_REACH, MoveVerbs
from knowledge.reading.state import Clause, ClauseState, MessageState
from knowledge.reading.text import ARTICLES

_FRAMEWORK_GAP = 1  # "it cant be plain flask": one word at most between the cue and the framework it rules out
_TOOL_GAP = 2  # "handled by the old django app": a couple of words between the cue and the framework serving it

__all__ = ["read_cue"]

_LARGE_TEAM = "large-team"  # a head count said to be the whole organisation's ("org-wide") is not the team's
_NO_MOVE_VERBS = MoveVerbs()  # (a frozen default, shared)


def read_cue(
    clause: Clause, pos: int, *, owner_cues: frozenset[str], cues: ScopeCues, move_verbs: MoveVerbs = _NO_MOVE_VERBS
) -> None:
    """A cue word, `matches[pos]`: it recasts what the clause said before it, or sets how what follows is read."""
    msg, state, raw = clause.msg, clause.state, clause.raw
    match = clause.matches[pos]
    kinds = match.kinds
    requirements = msg.requirements
    lead = raw[max(0, match.start - 2) : match.start]
    if lead[-1:] and lead[-1] in cues.passive:
        lead = lead[:-1]
    if ("negate" in kinds or "negate_after" in kinds) and lead[-1:] and lead[-1] in cues.repeated:
        return  # "the proxy keeps dropping them": a symptom that keeps happening, no need taken back
    if (
        ("negate" in kinds or "negate_after" in kinds)
        and raw[match.end - 1] in cues.losing
        and raw[match.end : match.end + 1]
        and raw[match.end] in cues.lost_units
    ):
        return  # "its dropping requests at peak": traffic lost under load, a symptom, no need taken back
    # "django is too heavy, weve ruled it out": the one named last goes; so does it for a bare "ruled out" that
    # is its whole clause ("djangos overkill here, ruled out"), with nothing before or after it to rule out
    if (
        "exclude_back" in kinds
        or ("exclude_after" in kinds and match.start == 0 and match.end == len(raw))
        or (("negate" in kinds or "negate_after" in kinds) and msg.last_named and trial_dropped(raw, match, cues))
    ):
        if msg.last_named is not None and msg.last_named != msg.current:
            msg.excluded[msg.last_named] = None
            msg.mentioned.pop(msg.last_named, None)
        return
    if "hearsay" in kinds:  # "…scales effortlessly, according to our landing page": a claim, no need
        for mention in (*msg.sentence_found, *state.found):
            if requirements.get(mention.id) is mention:
                del requirements[mention.id]
        state.hearsay = True
        return
    if "averse" in kinds:  # "burned by the async stack": the need right after, past an article or owner word
        at = match.end
        while at < len(raw) and (raw[at] in owner_cues or raw[at] in ARTICLES):
            at += 1
        state.averse_at = at
        return
    if state.negating and move_refused(raw, state.excluding, match.start, move_verbs, cues):
        # "not interested in rewriting our flask app": the move is refused, what it would leave runs
        state.negating, state.excluding = False, -1
        state.current_cue, state.owner_cue = match.end, False
        return
    if ("negate" in kinds or "negate_after" in kinds) and places(raw, match.end, cues):
        return  # "drops them on a queue": data moved somewhere, no need taken back
    if "affirm" in kinds:  # "what we cant live without is an admin": a need stated, no negation
        state.negating = state.denying = False
        state.excluding = -1
        return
    if "refused_lack" in kinds and state.denying and state.negating:
        # "wont approve anything that isnt typed": the refusal turns down the lack, so what lacks it is wanted
        lacks.wanted(msg, state.found, state.found)
        state.negating = state.denying = False
        state.excluding = -1
        return
    if "refused_lack" in kinds and "negate" not in kinds:
        return  # "an endpoint that isnt public" with no refusal before it: left as it reads without the cue
    if "deny_after" in kinds:  # "the claim that we have no need for async is incorrect": the negation is denied
        lacks.wanted(msg, state.found, state.found)
        state.negating = state.denying = False
        state.excluding = -1
        return
    if "negate" in kinds and state.denying and state.negating and not state.negated_since_cue:
        # "its not true that we dont need async": the negation is denied, so what follows is wanted
        state.negating = state.denying = False
        state.excluding = -1
        return
    if "exclude_after" in kinds and pos and "framework" in clause.matches[pos - 1].kinds:
        return  # "fastapi is off the table": the framework before it is ruled out (roles.py), not the needs
    if "exclude_after" in kinds and match.end - match.start > 1 and said_of_need(clause, pos, cues):
        negate_all(state.found, requirements)  # "a public api is out (of scope)": said of a need, it negates it
        return
    if (
        "exclude" in kinds
        # ("nothing but django": the cue's own first word refuses)
        and (state.negating or not cues.refusal_words.isdisjoint(raw[: match.start + 1]))
        and tuple(raw[match.start : match.end]) in cues.refused_exceptions
    ):
        state.negating = state.denying = False  # "doesnt want anything but django": the exception is what is kept
        state.excluding = -1
        return
    if "exclude" in kinds and tuple(raw[match.start : match.end]) in cues.framework_only_exclusions:
        after = clause.matches[pos + 1] if pos + 1 < len(clause.matches) else None
        if after is None or "framework" not in after.kinds or after.start - match.end > _FRAMEWORK_GAP:
            return  # "the backend cant be maintained": no framework right after, nothing ruled out
    if "negate" in kinds and heads_compound(clause, pos, cues):
        return  # "scrap metal marketplace": the verb is a noun opening a compound, nothing is negated
    if "negate_after" in kinds and describes_next(raw, match.start, match.end, cues):
        return  # "no unnecessary boilerplate": the adjective describes the noun after it
    if "negate" in kinds and tuple(raw[match.start : match.end]) in cues.set_aside and acts(raw, match.end, cues):
        return  # "instead of hand-rolling auth": the work is set aside, the thing is still wanted
    if "negate_after" in kinds and state.own_work and tuple(raw[match.start : match.end]) in cues.self_made:
        return  # "… assemble auth ourselves": the refusal was of the making
    if (
        "negate_after" in kinds
        and msg.asking
        and tuple(raw[match.start : match.end]) in cues.self_made
        and any(acts(raw, at, cues) or leanings.opens_with(raw[at:], cues.self_made_acts) for at in range(match.start))
    ):
        return  # "must we hand-build the admin ourselves?": the making is doubted, the thing is still wanted
    if (
        "negate_after" in kinds
        and msg.making_refused_from >= 0
        and tuple(raw[match.start : match.end]) in cues.self_made
    ):
        # "we are not writing login, password reset and permissions ourselves": the list's end says the making
        # was refused, so what the refusal negated in the clauses before is wanted built in
        lacks.wanted(msg, msg.sentence_found[msg.making_refused_from :], [])
        lacks.wanted(msg, state.found, state.found)
        msg.making_refused_from = -1
        state.negating = False
        return
    if "negate" in kinds and refuses_making(raw, match.start, match.end, cues):
        state.own_work = True  # "we dont want to assemble auth ourselves": the thing is wanted built in
        return
    if "negate" in kinds and refused_act(raw, match.start, match.end, cues) is not None:
        msg.making_refused_from = len(msg.sentence_found)  # its "ourselves" may end a list in a later clause
    if "negate_after" in kinds and tuple(raw[match.start : match.end]) in cues.self_made:
        # "we pick every library ourselves": who does the picking, which confirms a need to pick our own parts
        kept = [m for m in state.found if m.id in cues.self_made_confirms]
        if kept:
            negate_all([m for m in state.found if m not in kept], requirements)
            return
    if "negate_after" in kinds and "negate" not in kinds and cue_context.tool_follows(clause, pos, owner_cues):
        return  # "or stay in drf?", "stays in flask": the team keeping a tool, no need set aside
    if "negate_after" in kinds and not state.found and points_back(raw[match.start : match.end], cues):
        negate_all(msg.sentence_found, requirements)  # "templates, forms = dont want any of it"
    elif (
        "negate_after" in kinds
        and (state.found or "negate" not in kinds)
        and not takes_object(kinds, raw, match.end, cues)
    ):
        # ("drop" reads as "dropped" too: with nothing said before it, it negates what follows)
        negate_all(state.found, requirements)
        if state.found:  # "html, a cms and forms are not needed": the list's items in the clauses before too
            negate_all(msg.listed_before, requirements)
    elif "exclude_next" in kinds and "negate" not in kinds and "exclude" not in kinds:
        # "the board refuses litestar": only a framework right after the verb is ruled out
        start = match.end + _refused_ask(raw[match.end :], cues)  # "rejected the proposal to use flask"
        if any("framework" in m.kinds and m.start == start for m in clause.matches[pos + 1 :]):
            state.excluding = start
            if 0 < match.start <= _GATEKEEPER_WORDS:  # "security rejected quart": who refuses, not a need
                _drop_said_in(msg, state, frozenset(raw[: match.start]))
    elif "exclude" in kinds and "negate" not in kinds and match.start == 0 and kinds["exclude"] == "except":
        # "nothing fancy — except webhook bursts": an exception opening the clause adds a need; it still
        # rules out a framework ("any is fine — except django")
        state.excluding = match.end
    elif "negate" in kinds and (
        tuple(raw[match.start : match.end]) in cues.set_aside or leanings.opens_with(raw[match.end :], cues.asked_aside)
    ):
        # "a web app rather than a microservice": the need after it is set aside; "starlette instead of fastapi"
        # compares two frameworks and rules neither out (roles.py)
        state.negating = state.setting_aside = True
        state.negated_since_cue = False
        state.denying, state.lack_from = False, -1
    elif "negate" in kinds or "exclude" in kinds or "deny" in kinds:
        state.negating, state.setting_aside = True, False  # "avoid async", "but not async": an exclusion of a need
        state.denying = "deny" in kinds
        # "without docs they email us": a lack whose consequence may follow (see lack_felt)
        state.lack_from = len(state.found) if lacks.opens_lack(raw, match, cues) else -1
        if match.start and lacks.explains_pain(raw, match, cues):
            state.lack_from, state.lack_explains = len(state.found), True
        # "scratch the model": words the index doesn't know may still name a need said earlier.
        for i in range(match.end, min(len(raw), match.end + CUE_REACH)):
            if raw[i] in cues.scope_enders or raw[i] in cues.subject_enders:
                break
            if i not in clause.covered:
                msg.negated_words[raw[i]] = None
        state.negated_since_cue = False
        state.excluding = match.end
    elif "org_scope" in kinds:
        # "40 engineers org-wide": the head count just read is the organisation's, not the team's.
        for earlier in [m for m in state.found if m.id == _LARGE_TEAM and not m.negated]:
            state.found.remove(earlier)
            if requirements.get(earlier.id) is earlier:
                del requirements[earlier.id]
    elif "priority" in kinds:
        # "…easy to learn, but the actual project is a public api": what the project is outweighs what was wished
        # before; the earlier needs (in the message so far) lean as wishes
        outweighed = {
            need_id: dataclasses.replace(earlier, wish=True)
            for need_id, earlier in requirements.items()
            if not earlier.negated and not earlier.wish
        }
        state.found = [outweighed.get(m.id, m) if requirements.get(m.id) is m else m for m in state.found]
        requirements.update(outweighed)
    elif "wish" in kinds and tuple(raw[match.start : match.end]) in cues.put_off and cues.hedges.isdisjoint(raw):
        return  # "we must scale to 1m users next year": a plan with a date, not a wish
    elif "wish" in kinds:
        # "async would be nice", "nice to have: sso": a hedged wish, weaker than a stated need.
        leanings.hedge(msg, state.found)
        if not state.found and match.start == 0 and match.end == len(raw):
            leanings.tag_back(msg)  # "plus a login page, both boring": a tag alone downplays the clause before
        state.wishing, state.wished_since_cue = True, False
        msg.carry_wish = pos == len(clause.matches) - 1  # the cue ends the clause: its list may run on
    elif ("elsewhere" in kinds or ("elsewhere_weak" in kinds and not cues.elsewhere_marks.isdisjoint(raw))) and not (
        _names_framework(clause, pos) or leanings.opens_with(raw[match.end :], cues.elsewhere_self)
    ):
        # "auth is handled by the gateway", "the admin screens live in retool already": another tool serves the
        # part, so what the clause said before the cue is no need of the system chosen
        _served_elsewhere(clause)
    elif "elsewhere_active" in kinds and not any("framework" in m.kinds for m in clause.matches[:pos]):
        # "discourse's own admin and mod tools handle that": another tool, said before the verb, serves the part;
        # "scrap the back office; discourse's own admin handles that": the take-back said before it stands
        for dropped in _served_elsewhere(clause):
            taken = [m for m in msg.sentence_found if m.id == dropped and m.negated]
            if taken:
                requirements[dropped] = taken[-1]
    elif "side" in kinds:
        # "there's a tiny status page": a side part said as small by itself; its needs lean like a wish
        state.wishing, state.wished_since_cue, state.minor_part = True, False, True
        msg.side_cued = True
    elif "minor" in kinds:
        # "but also a few server-rendered pages": a minor part, its needs lean like a wish ("a few thousand
        # users" is a count)
        following = raw[match.end : match.end + 1]
        counted = bool(following) and (following[0].isdigit() or following[0] in cues.magnitudes)
        # "a site with a few forms": core; "also a small page" says its addition itself
        beside = (cues.contrasts | cues.additions).intersection(raw[: match.end])
        if beside and not counted:
            state.wishing, state.wished_since_cue, state.minor_part = True, False, True
    elif "decider" in kinds and (match.start or raw[match.start] in cues.decider_subjects):
        # "…, thats the priority": a cue opening with a pointing contraction points back as "that" before it does
        points = raw[match.start] in cues.decider_subjects
        leanings.decided(clause, raw[: match.start + 1] if points else raw[: match.start], cues)
    elif "outranks" in kinds and state.negating and not state.negated_since_cue:
        # "nothing matters more than latency", "no feature is more important than the admin": the negated subject
        # ranks what follows first, so it is wanted, neither negated nor a side concern
        state.negating, state.excluding = False, -1
    elif "outranks" in kinds:
        # "maintainability matters more than raw speed": what follows is ranked below, a side concern
        state.wishing, state.wished_since_cue = True, False
    elif "outranked" in kinds:
        # "raw speed matters less than maintainability": what came before in the clause is ranked below
        leanings.hedge(msg, state.found)
    elif "partial" in kinds:
        # "some of its members would like a login": wanted by part of the people served, a wish
        state.wishing, state.wished_since_cue = True, False
    elif "progress_after" in kinds and state.targeted:
        msg.underway = True
    elif "progress" in kinds and (
        (match.start and cue_context.intended(raw, match.start, cues))
        or cue_context.weighed_gerund(raw, match, kinds["progress"], cues)
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
            return  # "i want to migrate it to fastapi for async", "i am convinced": the asker's own reasons
        if "advice" not in kinds and cue_context.said_by(raw, match.start, cues.demanders, cues):
            return  # "partners keep asking for an openapi spec": what those served ask for is needed
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
    elif (
        "current" in kinds
        and match.start
        and raw[match.start - 1] in cues.modals
        and raw[match.start] in cues.first_person
    ):
        return  # "should we use django or flask?": a choice asked about, not what runs
    elif "current" in kinds and raw[match.end : match.end + 1] and raw[match.end] in cues.options_after:
        return  # "the current contenders are pyramid and cherrypy": options weighed, not what runs
    elif "current" in kinds and match.start and raw[match.start - 1] in cues.still_to_come:
        return  # "the new service will be built in flask": a build still to come, not what runs
    elif "current" in kinds and raw[match.start] in cues.first_person and cue_context.wished(raw[: match.start], cues):
        return  # "tom would rather we used django": someone's wish, not what runs
    elif "current" in kinds:
        state.current_cue = match.end
        state.owner_cue = kinds["current"] in owner_cues
    elif "knows" in kinds:
        state.knows_cue = match.end
        if "skill" in kinds:  # "great at async": the need after it is a skill (needs.py)
            state.skill_at, state.skill_lacking = match.end, False
    elif "skill_lacking" in kinds:  # "we dont know async": the need after it is a skill the team lacks
        state.skill_at, state.skill_lacking = match.end, True


def _served_elsewhere(clause: Clause) -> list[str]:
    """The clause's needs said so far (not denied) go: another tool serves that part. Returns the needs taken out of
    the message's requirements, which a take-back said earlier may restore."""
    state, requirements = clause.state, clause.msg.requirements
    dropped = []
    for earlier in [m for m in state.found if not m.negated]:
        state.found.remove(earlier)
        if requirements.get(earlier.id) is earlier:
            del requirements[earlier.id]
            dropped.append(earlier.id)
    return dropped


def _names_framework(clause: Clause, pos: int) -> bool:
    """The words right after the cue at `matches[pos]` name one of the frameworks ("handled by django"): the part
    stays with the frameworks being weighed, not with another tool."""
    end = clause.matches[pos].end
    return any("framework" in m.kinds and end <= m.start <= end + _TOOL_GAP for m in clause.matches[pos + 1 :])


def _refused_ask(after: list[str], cues: ScopeCues) -> int:
    """How many words after a gatekeeper verb name the ask it refuses ('the proposal to use' before 'flask');
    0 when none do."""
    at = 1 if after[:1] and after[0] in cues.ask_openers else 0
    if not after[at : at + 1] or after[at] not in cues.refused_asks:
        return 0
    for link in sorted(cues.ask_links, key=len, reverse=True):
        if tuple(after[at + 1 : at + 1 + len(link)]) == link:
            return at + 1 + len(link)
    return 0


_GATEKEEPER_WORDS = 3  # "security", "the infosec team": a short subject before the refusing verb


def _drop_said_in(msg: MessageState, state: ClauseState, subject: frozenset[str]) -> None:
    """Take back the needs read only from the gatekeeper's name that opens the clause."""
    for mention in [m for m in state.found if frozenset(m.text.split()) <= subject]:
        state.found.remove(mention)
        if msg.requirements.get(mention.id) is mention:
            del msg.requirements[mention.id]
