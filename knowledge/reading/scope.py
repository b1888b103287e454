"""Cues and how far they reach: which needs a negation or a wish governs, where a cue's reach ends.

A cue sets the clause state (cue_reading.py); the need or framework read after it takes its role from that state,
while the cue still reaches it."""

from __future__ import annotations

import dataclasses
import functools

from knowledge.base.scope_cues import ScopeCues
from knowledge.reading import leanings
from knowledge.reading.phrase_set import PhraseSet
from knowledge.reading.state import ClauseState, MessageState

CUE_REACH = 4  # a cue word governs a framework at most this many words later
_LINK_WORDS = 3  # the longest feature link ("that comes with")
_THING_WORDS = 5  # "a big batteries included framework": the most words naming the denied thing before its link


@dataclasses.dataclass(frozen=True)
class MoveVerbs:
    """Bare move verbs ('migrate', 'port') and the words that show one governs a thing of ours ('the', 'our')."""

    verbs: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()


def near(cue_at: int, position: int) -> bool:
    """A cue at word `cue_at` (-1: none) governs a framework at `position`."""
    return cue_at >= 0 and position - cue_at <= CUE_REACH


def close_scopes(
    state: ClauseState,
    gap: list[str],
    cues: ScopeCues,
    lack_verbs: frozenset[str] = frozenset(),
    *,
    after_cue: bool = False,
) -> None:
    """The words between two matches may end a negation or a wish: a joiner after what it governed ("not async
    and we need sso"), a verb saying what the negated thing fails to yield ("no plugin gets us docs"), or a
    long run of other words."""
    needed = _subject_needs(gap, cues)
    # "a framework with an orm, migrations and an admin": the denied thing's parts listed, each still denied
    next_part = state.featuring and set(gap) <= cues.item_joiners | cues.listed_articles
    if state.negating and state.negated_since_cue and not next_part and _ends(gap, cues):
        state.negating = False
    if state.negating and says_run(gap, cues.new_predicates):  # "zero web experience and need to serve …"
        state.negating = False
    # the verb follows the negated thing ("no plugin gets us"), not the cue itself ("we dont get much traffic")
    lacking = [i for i, w in enumerate(gap) if w in lack_verbs]
    if state.negating and lacking and (not after_cue or lacking[0] > 0):
        state.negating = False
    # "never be edited directly by": the adverb adds no distance, nor "the" opening the next item ("and the roles")
    counted = [
        w
        for i, w in enumerate(gap)
        if w not in cues.reach_fillers and not (w in cues.listed_articles and i and gap[i - 1] in cues.scope_keepers)
    ]
    parts = state.negating and _parts_follow(counted, cues)
    if (
        state.negating
        and not needed
        and not parts
        and any(w not in cues.scope_keepers for w in counted)
        and len(counted) > 3
    ):
        state.negating = False  # ("no one here will need an admin": the subject's need verb carries it on)
    state.featuring = state.featuring or parts
    if state.wishing and state.wished_since_cue and _ends(gap, cues):
        state.wishing = state.minor_part = False


def after_framework(state: ClauseState, gap: list[str], cues: ScopeCues) -> None:
    """The words after a framework a negation governs: the setting it would serve ("not flask for a big team") or a
    reason ("not django since we're api-only") ends the negation, as a need negated before them would."""
    if cues.framework_settings.intersection(gap[:1]) or _ends(gap, cues):
        state.negating = False


def skill_then_joiner(said: list[str], cues: ScopeCues) -> bool:
    """'… experience and a deadline' (from the match before the gap on): a negated skill's noun, then a joiner
    opening the next item, which the negation does not reach."""
    return any(w in cues.skill_nouns and cues.scope_keepers.intersection(said[i + 1 :]) for i, w in enumerate(said))


def _parts_follow(gap: list[str], cues: ScopeCues) -> bool:
    """'(dont need) a big framework with an': a short naming of the denied thing, then a link to what it comes
    with (an article may follow); no joiner or new subject in between, which would end the negation."""
    end = len(gap)
    while end and gap[end - 1] in cues.listed_articles:
        end -= 1
    for size in range(1, min(end, _LINK_WORDS) + 1):
        named = gap[: end - size]
        if tuple(gap[end - size : end]) in cues.feature_links:
            return len(named) <= _THING_WORDS and not _ends(named, cues)
    return False


def _subject_needs(gap: list[str], cues: ScopeCues) -> bool:
    """'nobody will need': a subject ender followed by a verb of needing."""
    return any(
        w in cues.subject_enders and gap[i + 1 : i + 2] and gap[i + 1] in cues.need_verbs for i, w in enumerate(gap)
    )


def _ends(gap: list[str], cues: ScopeCues) -> bool:
    """A word that ends a negation or a wish: a joiner or a new subject, or an auxiliary not before a need verb."""
    return any(
        w in cues.scope_enders
        or (w in cues.subject_enders and not (gap[i + 1 : i + 2] and gap[i + 1] in cues.need_verbs))
        for i, w in enumerate(gap)
    )


def restart_at_break(msg: MessageState, state: ClauseState, word: str, pos: int, cues: ScopeCues) -> ClauseState:
    """A clause break inside a clause ("but", "however") starts fresh cues; the needs found so far stay."""
    pitch = state if state.proposal else msg.pitched if pos == 0 else None
    if pitch is not None and (pitch.named or word in cues.contrasts):
        # "the contractor says we need async, but ...": a pitch the team answers back
        leanings.discount_pitch(pitch, msg)
    return ClauseState(found=state.found, since_break=len(state.found))


def says_run(words: list[str], runs: frozenset[tuple[str, ...]]) -> bool:
    """One of `runs` said word for word somewhere in `words`."""
    return bool(words) and _phrase_set(runs).said_in(words)


@functools.lru_cache(maxsize=512)  # a handful of cue sets, each asked about every clause of a paste
def _phrase_set(runs: frozenset[tuple[str, ...]]) -> PhraseSet:
    return PhraseSet(runs)
