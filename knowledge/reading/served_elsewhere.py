"""A part another tool or product serves: its needs are none of the chosen framework's. The one home of that
reading; three ways a message says it, each with its own YAML words (where to add a word: the first that fits).

- A cue in the clause, after the part ("auth is handled by the gateway", "the admin lives in retool already",
  "zendesk covers it"): `read_served_cue`, from cue_reading.py. vocabulary.yaml top level: `elsewhere_cues` (the
  plain cues, "handled by"; what follows them needs no listing, so "handled by Zendesk" needs no new word),
  `elsewhere_weak` ("live in": only beside a `scope.elsewhere_marks` word, "already"), `elsewhere_active` ("zendesk
  covers it": the other tool said before the verb); `scope.elsewhere_self` ("handled by the app itself") keeps the
  part ours. The cue words are tagged as kinds `elsewhere`, `elsewhere_weak`, `elsewhere_active` in tagging.py.
- Staff handling records in another product's screens ("support refunds through stripe's dashboard", "teachers
  grade them in canvas itself"): `HandledElsewhere`, asked by staff_handling.py and shared_records.py.
  vocabulary.yaml `staff_handling`: `elsewhere_leads` ("in", "through"), `elsewhere` (the products: add "zendesk"
  here for "agents close tickets in zendesk"), `elsewhere_own` ("itself"), `elsewhere_ours` ("the app itself").
- A hosted service named as a lexicon concept ("auth is auth0", "we sell on shopify"): `hand_off`, from needs.py.
  lexicon.yaml: the concept's `hands_off` needs (knowledge/base/wording.py `Concept`).

Not this reading, though named alike: `cut_elsewhere` (turn words: a scope cut said of other teams),
`running.elsewhere`, `running.manifest_elsewhere` and `roles.party_cues.elsewhere` (a framework or manifest that is
someone else's): these say whose something is, not that another tool serves a part of ours."""

from __future__ import annotations

from knowledge.base.kb import KnowledgeBase
from knowledge.base.scope_cues import ScopeCues
from knowledge.base.staff_handling import StaffHandlingCues
from knowledge.reading import leanings
from knowledge.reading.phrases import Match
from knowledge.reading.result import RequirementMention
from knowledge.reading.state import Clause
from knowledge.reading.word_runs import WordRuns, stemmed_phrases, stemmed_words

__all__ = ["HandledElsewhere", "hand_off", "read_served_cue", "served_cue_at"]

_TOOL_GAP = 2  # "handled by the old django app": a couple of words between the cue and the framework serving it
_REACH = 2  # "in our zendesk", "through the stripe dashboard": a word or two after the lead


# --- a cue in the clause ---------------------------------------------------------------------------------------


def read_served_cue(clause: Clause, pos: int, cues: ScopeCues) -> bool:
    """The cue at `matches[pos]` says another tool serves the part the clause named before it; True when it did
    (then no other cue reading applies)."""
    msg, raw = clause.msg, clause.raw
    match = clause.matches[pos]
    kinds = match.kinds
    requirements = msg.requirements
    if _under_way(raw, match.start, match.end):
        return False
    if ("elsewhere" in kinds or ("elsewhere_weak" in kinds and not cues.elsewhere_marks.isdisjoint(raw))) and not (
        _names_framework(clause, pos) or leanings.opens_with(raw[match.end :], cues.elsewhere_self)
    ):
        # "auth is handled by the gateway", "the admin screens live in retool already": another tool serves the
        # part, so what the clause said before the cue is no need of the system chosen
        _drop_said(clause)
    elif "elsewhere_active" in kinds and not any("framework" in m.kinds for m in clause.matches[:pos]):
        # "discourse's own admin and mod tools handle that": another tool, said before the verb, serves the part;
        # "scrap the back office; discourse's own admin handles that": the take-back said before it stands
        for dropped in _drop_said(clause):
            taken = [m for m in msg.sentence_found if m.id == dropped and m.negated]
            if taken:
                requirements[dropped] = taken[-1]
    else:
        return False
    return True


def served_cue_at(clause: Clause, cues: ScopeCues) -> int | None:
    """Where the first cue saying another tool serves the part named before it opens ('the refund approvals now live
    with finance's system'), or None: the readers of needs said without a phrase run after the cue was read, so what
    they find before it is that part too."""
    for pos, match in enumerate(clause.matches):
        kinds = match.kinds
        if _under_way(clause.raw, match.start, match.end):
            continue
        if (
            "elsewhere" in kinds or ("elsewhere_weak" in kinds and not cues.elsewhere_marks.isdisjoint(clause.raw))
        ) and not (_names_framework(clause, pos) or leanings.opens_with(clause.raw[match.end :], cues.elsewhere_self)):
            return match.start
    return None


def drop_unsaid_before(clause: Clause, cue: int, kept: list[RequirementMention]) -> None:
    """The needs found in the clause since `kept` whose words lie before the served cue at word `cue` go."""
    requirements = clause.msg.requirements
    for mention in [m for m in clause.state.found if m not in kept and not m.negated]:
        words = mention.text.split()
        starts = [at for at in range(cue) if clause.raw[at : at + len(words)] == words]
        if starts and requirements.get(mention.id) is mention:
            clause.state.found.remove(mention)
            del requirements[mention.id]


def _under_way(raw: list[str], start: int, end: int) -> bool:
    """A cue whose verb is said in its -ing form ('were moving to something mainstream'): cues are matched by stem,
    and a move under way is the team's own migration, not a part handed to another tool ('billing moved to the
    erp')."""
    return any(word.endswith("ing") and word != "being" for word in raw[start:end])


def _drop_said(clause: Clause) -> list[str]:
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


# --- staff handling records in another product's screens --------------------------------------------------------


class HandledElsewhere:
    """Whether people's handling of records, said by a verb, happens in another product's own screens: then nothing
    is to be built for them. Built once per vocabulary from the staff-handling cues; words compared by stem."""

    def __init__(self, cues: StaffHandlingCues | None, rewrites: dict[str, str]) -> None:
        self._leads = stemmed_words(cues.elsewhere_leads if cues else [])
        self._places = WordRuns(stemmed_phrases(cues.elsewhere if cues else [], rewrites))
        self._own = stemmed_words(cues.elsewhere_own if cues else [])
        self._ours = stemmed_words(cues.elsewhere_ours if cues else [])

    def __call__(self, said: list[str], start: int) -> bool:
        """After `start`, a lead word ('in', 'through') and, a word or two on, a listed product, or a name marked
        as the product's own ('canvas itself'), unless that name is a word for the system being built ('the app
        itself')."""
        for lead in range(start, len(said)):
            if said[lead] not in self._leads:
                continue
            for at in range(lead + 1, min(len(said), lead + _REACH + 1)):
                if self._places.at(said, at):
                    return True
                if at + 1 < len(said) and said[at + 1] in self._own and said[at] not in self._ours:
                    return True
        return False


# --- a hosted service named as a lexicon concept ----------------------------------------------------------------


def hand_off(kb: KnowledgeBase, clause: Clause, concept_id: str, match: Match) -> None:
    """'auth is auth0': the needs a hosted service does outside the app (the concept's `hands_off`) are not asked of
    the framework; each is recorded as denied, with the service's words."""
    concept = kb.concepts[concept_id]
    msg = clause.msg
    for rid in concept.hands_off:
        earlier = msg.requirements.pop(rid, None)
        text = f"{earlier.text}, {match.surface}" if earlier else match.surface
        mention = RequirementMention(rid, kb.requirements[rid].label, True, text, concept.label, match.fuzzy)
        msg.requirements[rid] = mention
        clause.state.found.append(mention)
