"""Applying a turn's reading to a thread's state: what it takes back or sets right, then the needs and the
frameworks it says; a migration question sets only where the move goes from and to."""

from __future__ import annotations

import dataclasses

from knowledge.base.text import normal_words
from knowledge.engine import Engine
from knowledge.reading.parser import ParsedQuery, RequirementMention
from knowledge.reading.text import clauses
from knowledge.reading.word_runs import said_anywhere
from knowledge.reasoning import (
    client_part,
    drop_it,
    findings,
    misreading,
    moved_parts,
    part_takebacks,
    phase_turns,
    run_fix,
    soft_exclusions,
    takebacks,
)
from knowledge.reasoning.thread_state import ConversationState, fresh

_POINTING = frozenset(("that", "this", "said", "last"))  # "scratch that", "forget what i said", "ignore my last"


def _points_back(engine: Engine, parsed: ParsedQuery, state: ConversationState, retracts: list[str]) -> bool:
    """'scratch that, the vp said no': a take-back whose own clause points at what was said and names nothing of it.
    'scratch that bit about webhooks', 'forget what i said about the admin': the clause names the need it takes
    back, so that one goes, not the whole last message."""
    cues = [c for c in retracts if c.split()[-1] in _POINTING]
    rewrites = engine.kb.vocabulary.rewrites
    named = [normal_words(m.text, rewrites) for m in parsed.requirements if m.negated and m.id in state.requirements]
    for part in clauses(engine.parser.settled(parsed.text)):
        said = normal_words(part, rewrites)
        if takebacks.says(engine, said, cues) and not any(said_anywhere(list(said), [n]) for n in named if n):
            return True
    return False


def apply(engine: Engine, state: ConversationState, parsed: ParsedQuery) -> None:
    """Apply one turn's reading to the thread's state: take-backs first, then the needs and frameworks said."""
    state.described = list(parsed.described)
    before = dict(state.requirements)
    # "a new hire says just go back to flask": mid-thread, someone else's pitch is a move under question, as
    # in a one-shot question, so it leaves the thread's own move and exclusions as they were
    pitched = set(parsed.proposed) if not fresh(state) else set()
    targets = [fw for fw in parsed.targets if fw not in pitched]
    vocab = engine.kb.vocabulary
    said = normal_words(parsed.text, vocab.rewrites)
    # a take-back acts on what earlier turns said: with nothing held, its cues are not looked for (a first paste)
    holds = bool(state.requirements or state.said or state.last_frameworks)
    # "no, 'admin' meant our sysadmins": the term's needs were a misreading, and the rest re-describes it
    misread = misreading.misread(engine, state, said) if holds else set()
    if misread:
        parsed = misreading.set_right(state, parsed, misread)
    # "sorry, it's flask not django": what runs was misnamed; neither framework is banned by it
    fixed: str | None = None
    if holds:
        parsed, fixed = run_fix.set_right(engine, state.current, parsed, said)
        # "scratch the back office, the staff roles and the payments": each item of the list goes
        parsed = part_takebacks.drop_listed(engine, parsed, before)
        # "scrap the screens, ops keeps the ERP's UI": the needs held for people at screens go
        part_takebacks.drop_surface(engine, state, parsed, before)
        # "the refund approvals now live with finance's system": that part's needs go, the rest stays
        parsed = moved_parts.apply(engine, state, parsed)
    waived = holds and takebacks.says(engine, said, vocab.waive_cues)
    named_back = any(m.negated and m.id in state.requirements for m in parsed.requirements)
    # "ops first asked for an admin, but scratch that": the take-back is of the view the message itself gave up
    settled = normal_words(engine.parser.settled(parsed.text), vocab.rewrites)
    # "scratch that, … billing + accounts dropped": a take-back pointing at what was said takes the last message
    # whole, the items it names among it; "nvm swagger" names the one it takes back
    pointing = holds and _points_back(engine, parsed, state, vocab.retract_cues)
    if (
        holds
        and (takebacks.says(engine, settled, vocab.retract_cues) or waived)
        and not ((named_back and not pointing) or fixed)
    ):
        # "they have waived it", "nvm": naming no need, it lets go of what the last message asked for
        # ("nvm swagger" names the one it takes back)
        held = set(state.requirements)
        takebacks.take_back_last(state)
        # "scratch that, they found the docs they needed": the take-back's own words say why the need went; they
        # do not bring it back
        gone = held - set(state.requirements)
        parsed = dataclasses.replace(
            parsed, requirements=tuple(m for m in parsed.requirements if m.negated or m.id not in gone)
        )
    elif holds and not fixed:
        # "they'll use retool for the dashboard, forget about it": the drop points at the part named
        parsed = drop_it.apply(engine, state, parsed, said)
    state.doubted = list(parsed.doubted)
    brought = {
        "known": [fw for fw in parsed.known if fw not in state.known],
        "excluded": [fw for fw in parsed.excluded if fw not in state.excluded],
        "targets": [fw for fw in targets if fw not in state.targets],
    }
    if any(brought.values()):
        state.last_frameworks, state.frameworks_turn = brought, state.turns
    cut = holds and (
        takebacks.says(engine, said, vocab.scope_cut_cues, deniable=True)
        or takebacks.says_left(engine, said, vocab.scope_cut_tails)
        # "forget the roles, it just calls the bank api": a drop, then what is left
        or (named_back and takebacks.says(engine, said, vocab.scope_cut_after_drop))
    )
    restated = {m.id for m in parsed.requirements if not m.negated}
    # a cut says what is still built: "now it's just me on the team" says only who builds it, so cuts nothing
    cut = cut and bool(restated - takebacks.people_facts(engine, dict.fromkeys(restated, False)))
    kept = takebacks.people_facts(engine, before) if cut else set()
    # "it's the real product now" ("our actual platform team" is no phase)
    opening = state.message_words.get(min(state.message_words, default=-1), [])
    phase = holds and (
        takebacks.says(engine, vocab.phase_said(said), vocab.phase_runs(), deniable=True)
        or phase_turns.marks_project(engine, said, opening)
    )
    corrected = (
        bool(misread)
        # an apology for misnaming what runs corrects the name, not the project's description
        # ("turns out 300 jobs hit it at once" is a finding about the same project: it adds, it does not replace)
        or (
            not fixed
            and takebacks.says(engine, findings.without_findings(engine, said), vocab.corrections(), deniable=True)
        )
        or takebacks.says_now_is(engine, said)
        or phase
    )
    if phase and (phase_turns.ends_phase(engine, said) or phase_turns.marks_project(engine, said, opening)):
        # "the pilot worked, now the proper build": the try-out's needs go even when no need of its own is read,
        # and "the demo landed" said of the phase that ended holds it no longer
        ended = set(vocab.phase_bound).intersection(before)
        takebacks.drop(state, ended)
        parsed = dataclasses.replace(parsed, requirements=tuple(m for m in parsed.requirements if m.id not in ended))
        restated -= ended
    fixed_part = part_takebacks.corrected_part(engine, parsed.text) if holds and corrected else frozenset()
    # "correction on the admin: …": that part is re-described, the rest of the project stays
    narrowed = part_takebacks.correct_part(state, parsed, fixed_part) if fixed_part else None
    if narrowed is not None:
        parsed, corrected = narrowed, False
        restated = {m.id for m in parsed.requirements if not m.negated}
    # "should have said: we're regulated", "correction: two of us, not five": a correction saying only who
    # builds it or how carefully adds that, it does not re-describe what is built
    corrected = corrected and bool(restated - takebacks.context_facts(engine, restated))
    # "turns out the back office is one on/off switch": a correction saying only side parts (wishes) shrinks
    # those parts; it does not re-describe the project
    corrected = corrected and any(not m.negated and not m.wish for m in parsed.requirements)
    if holds and restated and (cut or corrected):
        # "turns out it's just a thin api": the project re-described; what is not said again goes. A scope cut
        # ("budget got cut, it's one endpoint now") re-describes what is built, not who builds it.
        restated = {m.id for m in parsed.requirements}
        takebacks.drop(state, {rid for rid, negated in before.items() if not negated} - restated - kept)
    if holds and not (cut or corrected):
        # "a parents' app in phase 2, json only": the client's side, not the application's
        parsed = client_part.scope_to_part(engine, state, parsed)
    if holds:
        takebacks.drop_by_own_words(state, parsed, vocab.thread.vague)
        takebacks.drop_named_message(state, parsed, vocab.thread.vague)
        takebacks.drop_contradicted(state, engine, parsed)  # "it's 2 devs now" replaces "30 devs …"
    if holds and parsed.topped:
        _outranked(engine, state, set(parsed.topped))
    if parsed.first_ranked:
        state.first_ranked = list(parsed.first_ranked)  # the latest ranking is the asker's own first
    for mention in parsed.requirements:
        _record_need(state, parsed, mention)
    if any(not m.negated for m in parsed.requirements):
        state.message_words[state.turns] = list(said)
    part = bool(engine.kb.vocabulary.thread.part.intersection(parsed.negated_words)) or waived
    if holds and (part or takebacks.says(engine, said, vocab.part_drop_cues)):
        stated = {m.id for m in parsed.requirements} | kept
        # "drop the cms part" when the opening message alone described the project and the turn says nothing
        # of what is left: the part is one item of that message, so the rest of it stays, as for a feature
        turns = {state.said_turn[rid] for rid in before if rid in state.said_turn}
        whole = part and (any(not m.negated for m in parsed.requirements) or len(turns) > 1)
        takebacks.drop_the_whole_part(state, before, stated, feature=not whole)
    if holds:
        takebacks.promote_the_rest(engine, state, before)
    _record_frameworks(engine, state, parsed, targets, said)


def _outranked(engine: Engine, state: ConversationState, topped: set[str]) -> None:
    """'…, that's the priority': a turn ranking its needs first puts what earlier turns asked for below them, as
    wishes (000 "Final recommendation": the problem being solved decides); who builds it is no rival need."""
    held = {rid for rid, negated in state.requirements.items() if not negated} - topped
    held -= takebacks.people_facts(engine, dict.fromkeys(held, False))
    state.wishes += [rid for rid in held if rid not in state.wishes]


def _record_frameworks(
    engine: Engine, state: ConversationState, parsed: ParsedQuery, targets: list[str], said: tuple[str, ...]
) -> None:
    """The frameworks the turn names in each role, and the other facts of the project it says."""
    # "not django … django is fine again": a framework let back in is neither ruled out now nor still
    lifted = takebacks.lifted(engine, said, [*state.excluded, *parsed.excluded])
    if not parsed.excluded and not state.mandated and takebacks.ban_lifted(engine, said):
        # "the ban got lifted": no name, so every framework ruled out firmly comes back (taste ones stay out)
        lifted |= {fw for fw in state.excluded if fw not in state.soft_excluded}
    state.excluded = [fw for fw in state.excluded if fw not in lifted]
    for fw in parsed.excluded:
        if fw not in state.excluded and fw not in lifted:
            state.excluded.append(fw)
    # "skip django, feels bloated": ruled out for taste only; ruled out again with no taste reason, it is firm
    soft = soft_exclusions.taste_only(engine, parsed.text, said, parsed.excluded)
    state.soft_excluded = [
        fw for fw in (*state.soft_excluded, *soft) if fw in state.excluded and (fw not in parsed.excluded or fw in soft)
    ]
    state.soft_excluded = list(dict.fromkeys(state.soft_excluded))
    for fw in (*parsed.mentioned, *targets, *((parsed.mandated,) if parsed.mandated else ())):
        if fw in state.excluded:  # named again without a "not": the user changed their mind
            state.excluded.remove(fw)
    # a mandate holds for the thread ("platform mandates django" … "it needs websockets too") until ruled out
    # or the user says it is over ("the mandate got dropped")
    kept = state.mandated not in state.excluded and not parsed.mandate_lifted
    if state.mandated and parsed.mandated in (None, state.mandated):
        kept = kept and not takebacks.widened(engine, said, state.mandated)
    state.mandated = parsed.mandated or (state.mandated if kept else None)
    if parsed.current:
        # "we're moving off tornado": said again of the same framework, the leaving still stands
        state.leaving = parsed.leaving or (state.leaving and parsed.current == state.current)
        state.move_finished = parsed.move_finished or (state.move_finished and parsed.current == state.current)
        state.current = parsed.current
    elif state.current in parsed.retired:
        # "could it live there?" … "that django app is being retired": the home offered goes away, so the work
        # asked about cannot live on its framework
        state.excluded += [state.current] if state.current not in state.excluded else []
        state.current = None
    if targets:
        state.targets = targets
        state.asked_how = parsed.asked_how  # the move named again: asked how, or weighed afresh
    state.migration_underway = state.migration_underway or (parsed.migration_underway and bool(targets))
    state.rollback_asked = parsed.rollback_asked  # asked of this turn only
    state.known += [fw for fw in parsed.known if fw not in state.known]
    state.mentioned += [fw for fw in parsed.mentioned if fw not in state.mentioned]
    state.pitched += [fw for fw in parsed.proposed if fw not in state.pitched]
    state.options = list(parsed.options) or state.options  # a follow-up weighs the same shortlist
    state.outside_python += [s for s in parsed.outside_python if s not in state.outside_python]
    state.extension_needs += [pair for pair in parsed.extension_needs if pair not in state.extension_needs]
    state.library_covers += [c for c in parsed.library_covers if c not in state.library_covers]
    state.beside = parsed.beside or state.beside
    state.apart_decided = parsed.apart_decided or state.apart_decided
    if parsed.estate_open or parsed.current:  # listed anew, or one system (or another framework) named as running
        state.estate_open = parsed.estate_open
    elif state.estate_open and state.current in {fw for _, fw in state.estate} and parsed.requirements:
        # "which of the two gets the live chat?": the new work's own needs, none of the systems named; no one of
        # them is what runs
        state.current = None
    state.estate = list(parsed.estate) or state.estate
    state.argued_needs += [n for n in parsed.argued_needs if n not in state.argued_needs]
    # a need asked about stays only asked until a message states it
    stated = {m.id for m in parsed.requirements if not m.negated and m.id not in parsed.asked_needs}
    state.asked_needs = [n for n in state.asked_needs if n not in stated]
    state.asked_needs += [n for n in parsed.asked_needs if n not in state.asked_needs]


def _record_need(state: ConversationState, parsed: ParsedQuery, mention: RequirementMention) -> None:
    """One need the turn says: a negation of one held drops it; else it is held as said (loose, counted, a wish)."""
    if mention.negated and state.requirements.get(mention.id) is False:
        del state.requirements[mention.id]  # "actually async doesn't matter": drop it
        wordings = state.said.pop(mention.id, ("", None, False))[0]
        takebacks.drop_read_alongside(state, wordings, {m.id for m in parsed.requirements})
    else:
        # loose words add to a need said firmly before; alone they stay loose
        firm = state.requirements.get(mention.id) == mention.negated and mention.id not in state.loose
        loose = mention.weak and not firm
        if loose != (mention.id in state.loose):
            state.loose = [rid for rid in state.loose if rid != mention.id] + ([mention.id] if loose else [])
        background = loose and mention.background
        if background != (mention.id in state.background):  # "a fintech": who builds, until said of the system
            state.background = [rid for rid in state.background if rid != mention.id] + (
                [mention.id] if background else []
            )
        held = state.requirements.pop(mention.id, None) == mention.negated
        state.requirements[mention.id] = mention.negated
        state.said[mention.id] = (mention.text, mention.via, mention.fuzzy)
        if not (held and mention.id in state.said_turn):
            # said again, a need still belongs to the message that first said it: taking back or dropping
            # a later message ("nvm", "scratch the labeling ui") leaves what an earlier one said
            state.said_turn[mention.id] = state.turns
        if mention.counted != (mention.id in state.counted):  # "in six weeks": a number, until said in words
            state.counted = [rid for rid in state.counted if rid != mention.id] + (
                [mention.id] if mention.counted else []
            )
        if mention.wish != (mention.id in state.wishes):  # "async would be nice": a wish, until said firmly
            state.wishes = [rid for rid in state.wishes if rid != mention.id] + ([mention.id] if mention.wish else [])


def apply_migration(engine: Engine, state: ConversationState, parsed: ParsedQuery) -> None:
    """'migrate flask fastapi', 'how do we move from flask?': set from/to without other changes."""
    named = [fw for fw in parsed.mentioned if fw in engine.kb.frameworks]
    source = parsed.current or (named.pop(0) if named else None)
    # "new hires keep lobbying for fastapi. migrate?": a move someone else pitches is asked about, not made
    pitched = set(parsed.proposed)
    targets = [fw for fw in parsed.targets if fw not in pitched]
    named = [fw for fw in named if fw not in pitched]
    target = targets[0] if targets else (named[0] if named else None)
    apply(
        engine,
        state,
        ParsedQuery(
            text=parsed.text,
            requirements=parsed.requirements,
            excluded=parsed.excluded,
            outside_python=parsed.outside_python,
            # "migrating the docs to flask-smorest": a move within the framework's own packages stays on it
            extension_needs=parsed.extension_needs,
            argued_needs=parsed.argued_needs,  # "move to django for its admin?": the move's reasons, as said
        ),
    )
    if source:
        # "finally moving off tornado": the call to go is made, so the needs say where to
        state.leaving = parsed.leaving or (state.leaving and source == state.current)
        state.move_finished = parsed.move_finished or (state.move_finished and source == state.current)
        state.current = source
    state.targets = [target] if target and target != source else []
    state.migration_underway = parsed.migration_underway and bool(state.targets)
    # "mid-move to litestar; fastapi instead?": a framework named beside the move is still named (incumbent.py
    # weighs a mainstream one named beside a niche move)
    others = [fw for fw in (*parsed.mentioned, *parsed.targets) if fw in engine.kb.frameworks and fw not in pitched]
    state.mentioned += [fw for fw in others if fw not in (source, target) and fw not in state.mentioned]
    state.pitched += [fw for fw in pitched if fw not in state.pitched]
    # "if we migrate to fastapi, what takes g.user's place?": the move worked out, as when said with "move"
    state.asked_how = parsed.asked_how and bool(state.targets)
    state.rollback_asked = parsed.rollback_asked and bool(state.targets)
