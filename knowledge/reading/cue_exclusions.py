"""A negation or exclusion cue that takes something back: a framework tried and dropped, or the needs (and
frameworks) after the cue negated, set aside or ruled out, with the ask a gatekeeper refuses. The take-back
(read_negation) is read only after the cue's look-alikes (cue_lifted.py, cue_making.py) have been ruled out."""

from __future__ import annotations

from knowledge.base.scope_cues import ScopeCues
from knowledge.reading import lacks, leanings
from knowledge.reading.negation import negate_all, points_back, takes_object, trial_dropped
from knowledge.reading.scope import CUE_REACH
from knowledge.reading.state import Clause, ClauseState, MessageState

_GATEKEEPER_WORDS = 3  # "security", "the infosec team": a short subject before the refusing verb


def read_dropped(clause: Clause, pos: int, cues: ScopeCues) -> bool:
    """A symptom read as no negation, or the framework named last ruled out; True when the cue is read."""
    msg, raw = clause.msg, clause.raw
    match = clause.matches[pos]
    kinds = match.kinds
    lead = raw[max(0, match.start - 2) : match.start]
    if lead[-1:] and lead[-1] in cues.passive:
        lead = lead[:-1]
    if ("negate" in kinds or "negate_after" in kinds) and lead[-1:] and lead[-1] in cues.repeated:
        return True  # "the proxy keeps dropping them": a symptom that keeps happening, no need taken back
    if (
        ("negate" in kinds or "negate_after" in kinds)
        and raw[match.end - 1] in cues.losing
        and raw[match.end : match.end + 1]
        and raw[match.end] in cues.lost_units
    ):
        return True  # "its dropping requests at peak": traffic lost under load, a symptom, no need taken back
    if ("negate" in kinds or "negate_after" in kinds) and _comes_out(raw, match.start, match.end, cues):
        return True  # "traffic spikes when a big concert drops": the concert comes out, no need taken back
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
        return True
    return False


def read_negation(clause: Clause, pos: int, cues: ScopeCues) -> bool:
    """What was said before the cue negated, or what follows it set to be read negated, set aside or ruled out;
    True when one of these readings applies (the cue is then read)."""
    msg, state, raw = clause.msg, clause.state, clause.raw
    match = clause.matches[pos]
    kinds = match.kinds
    requirements = msg.requirements
    if "negate" in kinds and _judges_fit(clause, pos, cues):
        pass  # "django is not great for a game server": the framework judged; the need after "for" stands
    elif "negate_after" in kinds and not state.found and points_back(raw[match.start : match.end], cues):
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
        clause.negated_from.append(match.end)
        # "scratch the model": words the index doesn't know may still name a need said earlier.
        for i in range(match.end, min(len(raw), match.end + CUE_REACH)):
            if raw[i] in cues.scope_enders or raw[i] in cues.subject_enders:
                break
            if i not in clause.covered:
                msg.negated_words[raw[i]] = None
        state.negated_since_cue = False
        state.excluding = match.end
    else:
        return False
    return True


_FIT_SUBJECT_GAP = 2  # "django is not", "flask honestly isnt": the framework's verb and an adverb at most


def _judges_fit(clause: Clause, pos: int, cues: ScopeCues) -> bool:
    """'fastapi is not great for', 'flask isnt ideal for': a negation said of the framework named just before it
    (its verb between), then a word of fit and 'for'."""
    raw, match = clause.raw, clause.matches[pos]
    if not pos or "framework" not in clause.matches[pos - 1].kinds:
        return False
    if match.start - clause.matches[pos - 1].end > _FIT_SUBJECT_GAP:
        return False
    after = raw[match.end :]
    return any(tuple(after[: len(fit)]) == fit and after[len(fit) : len(fit) + 1] == ["for"] for fit in cues.fit_words)


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


def _drop_said_in(msg: MessageState, state: ClauseState, subject: frozenset[str]) -> None:
    """Take back the needs read only from the gatekeeper's name that opens the clause."""
    for mention in [m for m in state.found if frozenset(m.text.split()) <= subject]:
        state.found.remove(mention)
        if msg.requirements.get(mention.id) is mention:
            del msg.requirements[mention.id]


_EVENT_REACH = 5  # a time word and a short subject: "when the new range drops"


def _comes_out(raw: list[str], start: int, end: int, cues: ScopeCues) -> bool:
    """'when a big concert drops': a `losing` word ending its clause, after a time word and a subject with no
    first-person word or article-led object after the verb, says a thing comes out, not that a need goes."""
    if end != len(raw) or end - start != 1 or raw[start] not in cues.losing:
        return False
    lead = raw[max(0, start - _EVENT_REACH) : start]
    opener = max((i for i, w in enumerate(lead) if w in cues.event_openers), default=-1)
    if opener < 0 or opener == len(lead) - 1:
        return False  # no time word, or nothing between it and the verb ("…when dropped")
    subject = lead[opener + 1 :]
    return cues.first_person.isdisjoint(subject)
