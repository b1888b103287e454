"""Whether a follow-up turns to another system ("ok. and the customer-facing billing api?").

The shape, not a list of sentences: lead-in words, an opener ("and", "what about", "for"), then a noun
phrase that ends in a noun naming a system ("the internal reporting tool", "my api side project"). A part
of the same system ("and for the admin part?", "what about an admin panel?") ends in no such noun, so it
keeps the context."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from knowledge.base.text import stem, words
from knowledge.base.thread_cues import ThreadCues
from knowledge.reading.text import ARTICLES

MAX_QUALIFIERS = 4  # "the customer facing billing api": a name, not a clause


def announces_new_subject(said: Sequence[str], cues: ThreadCues) -> bool:
    """'separate question: another team needs …': after lead-in words, an opener that announces another subject,
    unless what follows points back at this one before naming another ('separately, rate limiting on it')."""
    start = _past_lead_ins(said, cues)
    opener = next((o for o in cues.subject_openers if tuple(said[start : start + len(o)]) == o), None)
    if opener is None:
        opener = _marked_opener(said, start, cues)
    if opener is None:
        return False
    rest = said[start + len(opener) :]
    named = next((at for at, word in enumerate(rest) if word in cues.systems), len(rest))
    # (the system word itself included: "same api, a new endpoint" points back with the noun it names)
    return not any(_runs_at(rest[: named + 1], run) for run in cues.back_references)


def _marked_opener(said: Sequence[str], start: int, cues: ThreadCues) -> tuple[str, ...] | None:
    """'different piece: …', 'a separate component: …': an article at most, a mark, then a generic noun."""
    at = start + (start < len(said) and said[start] in ARTICLES)
    words = tuple(said[start : at + 2])
    if len(words) == at + 2 - start and words[-2] in cues.opener_marks and words[-1] in cues.opener_nouns:
        return words
    return None


def _runs_at(said: Sequence[str], run: tuple[str, ...]) -> bool:
    return any(tuple(said[at : at + len(run)]) == run for at in range(len(said) - len(run) + 1))


def _past_lead_ins(said: Sequence[str], cues: ThreadCues) -> int:
    """Where the words start once the lead-in words ('ok', 'so') are skipped."""
    start = 0
    while start < len(said) and said[start] in cues.lead_ins:
        start += 1
    return start


def returns_to_earlier(said: Sequence[str], cues: ThreadCues) -> bool:
    """'back to the shop: black friday?', 'ok and back to the shop': after lead-in words (and a conjunction), an
    opener that returns to the earlier subject."""
    start = _past_lead_ins(said, cues)
    while start < len(said) and said[start] in cues.openers:
        start += 1
    return any(tuple(said[start : start + len(opener)]) == opener for opener in cues.return_openers)


def names_new_subject(said: Sequence[str], cues: ThreadCues) -> bool:
    """`said`: the turn's words, shorthand expanded. A bare name of a system with a qualifier ("the billing
    api", not "the api", which may be this system's own) is a new subject; a follow-up that goes on past
    the name is one only when a word marks it as another ("my side project")."""
    skipped = {*cues.lead_ins, *cues.openers, *cues.prepositions}
    start, opened, last = 0, False, ""
    while start < len(said) and said[start] in skipped:
        last = said[start]
        opened = opened or last in cues.openers or last in cues.prepositions
        start += 1
    if not opened:
        return False
    heads = [h for h in range(start, min(len(said), start + MAX_QUALIFIERS + 2)) if said[h] in cues.systems]
    # the last noun that still closes a name: "my api side project" ends at "project"
    head = next((h for h in reversed(heads) if _is_name(said[start:h], cues, skipped)), None)
    if head is None:
        return False
    phrase = said[start:head]
    if not (phrase and phrase[0] in cues.determiners) and last not in cues.prepositions:
        return False  # "and we need an api": a clause adding a need, not a name
    qualifiers = _after_determiners(phrase, cues)
    marked = bool(cues.new_subject.intersection(phrase))
    return marked or (head + 1 == len(said) and bool(qualifiers))


def names_unseen(said: Sequence[str], seen: Collection[str], cues: ThreadCues, *, asked: bool) -> bool:
    """'and the marketing site the comms team edits, with news posts?', 'what about the sms microservice that
    forwards reminders?': after an opener, a system named with qualifiers none of which this subject was described
    with (`seen`), then a clause about it, in a question: another subject. 'and the partner api should push
    webhooks?' names the system under way ('partner' was said of it)."""
    skipped = {*cues.lead_ins, *cues.openers, *cues.prepositions}
    start, opened = 0, False
    while start < len(said) and said[start] in skipped:
        opened = opened or said[start] in cues.openers or said[start] in cues.prepositions
        start += 1
    if not (opened and asked and start < len(said) and said[start] in cues.determiners):
        return False
    for head in range(start + 1, min(len(said), start + MAX_QUALIFIERS + 2)):
        if said[head] not in cues.systems or head + 1 >= len(said):
            continue
        qualifiers = _after_determiners(said[start:head], cues)
        return (
            bool(qualifiers)
            and _is_name(said[start:head], cues, skipped)
            # "and the stock-sync microservice that pushes …?" after "an e-commerce site … stock": a kind of system
            # the subject was never called, with a qualifier new to it, is another one
            and (
                _seen_nowhere([*qualifiers, said[head]], seen)
                or (_seen_nowhere([said[head]], seen) and any(_seen_nowhere([q], seen) for q in qualifiers))
            )
            and (said[head + 1] in cues.relative_openers or _contact_clause(said[head + 1 :], cues))
        )
    return False


_CONTACT_REACH = 6  # "the back office finance keeps asking for?": a short clause with no relative word


def _contact_clause(after: Sequence[str], cues: ThreadCues) -> bool:
    """'and the back office finance keeps asking for?': a clause about the name with no relative word, known by the
    preposition it leaves at the end."""
    return 1 < len(after) <= _CONTACT_REACH and after[-1] in {*cues.prepositions, *cues.relative_openers}


def _seen_nowhere(named: Sequence[str], seen: Collection[str]) -> bool:
    """None of the words (by stem: 'partners' is 'partner') was said of the subject under way."""
    stems = {stem(word) for word in seen}
    return not any(stem(word) in stems for word in named)


def names_built(said: Sequence[str], cues: ThreadCues) -> bool:
    """'we're also building a tiny slack bot that posts …', 'after that i have to build our team's demo api': a
    cue of building (`build_openers`) then a named system ("a tiny slack bot"), marked as one more by a word of
    `additions` in the lead-in, the cue or right after the name: another subject, whatever follows the name."""
    start = _past_lead_ins(said, cues)
    marked = bool(cues.additions.intersection(said[:start]))
    rest = [w for w in said[start : start + _BUILD_REACH] if w not in cues.additions]
    marked = marked or len(rest) < len(said[start : start + _BUILD_REACH])
    opener = next((o for o in cues.build_openers if tuple(rest[: len(o)]) == o), None)
    if opener is None:
        return False
    phrase_start = len(opener)
    if not (phrase_start < len(rest) and rest[phrase_start] in cues.determiners):
        return False
    skipped = {*cues.lead_ins, *cues.openers, *cues.prepositions}
    for head in range(phrase_start + 1, min(len(rest), phrase_start + MAX_QUALIFIERS + 2)):
        phrase = rest[phrase_start:head]
        if rest[head] in cues.systems and _after_determiners(phrase, cues) and _is_name(phrase, cues, skipped):
            return marked or rest[head + 1 : head + 2] == ["too"]
    return False


_BUILD_REACH = 14  # the cue and the name come first: "we're also building a tiny slack bot"


def names_main(said: Sequence[str], cues: ThreadCues) -> bool:
    """'ok and the main platform stays django?': after lead-ins and an opener, the system the thread began with."""
    start = _past_opened(said, cues)
    return (
        start + 2 < len(said)
        and said[start] in cues.determiners
        and said[start + 1] in cues.main_words
        and said[start + 2] in cues.systems
    )


def main_named_at(said: Sequence[str], cues: ThreadCues) -> set[int]:
    """Where `names_main` finds the first subject named: the follow-up's head, or nowhere."""
    return {_past_opened(said, cues)} if names_main(said, cues) else set()


def definite_names(said: Sequence[str], named: Collection[Sequence[str]], cues: ThreadCues) -> set[int]:
    """'and the shop itself stays django in that setup?': where a definite noun phrase ("the shop", "our online
    shop") names one of the word runs `named` (what a subject was said to be). One right after a word of
    `cues.mention_before` ('it reads from the shop database') is only mentioned, not what the message is about."""
    wanted = {tuple(stem(w) for w in run) for run in named if run}
    stems = [stem(w) for w in said]
    found: set[int] = set()
    for at, word in enumerate(said):
        if word not in cues.definite or (at > 0 and said[at - 1] in cues.mention_before):
            continue
        for start in range(at + 1, min(len(said), at + 2 + MAX_QUALIFIERS)):
            if any(tuple(stems[start : start + len(run)]) == run for run in wanted):
                found.add(at)
                break
            if said[start] in cues.determiners or said[start] in cues.openers:
                break
    return found


def opened_at(said: Sequence[str], cues: ThreadCues) -> int:
    """Where the noun phrase a follow-up opens on starts ('and for the shop, …': at 'the')."""
    return _past_opened(said, cues)


def _past_opened(said: Sequence[str], cues: ThreadCues) -> int:
    """Where a follow-up's noun phrase starts: past lead-ins, openers and prepositions ('ok and the …')."""
    skipped = {*cues.lead_ins, *cues.openers, *cues.prepositions}
    start = 0
    while start < len(said) and said[start] in skipped:
        start += 1
    return start


def names_part(said: Sequence[str], cues: ThreadCues) -> bool:
    """'and the model-serving part specifically?': a follow-up that is only the name of one part of the system
    ("the <qualifiers> part", a part word from `cues.part`) narrowed to it ("specifically", "on its own") asks
    what that part needs alone. Unnarrowed ('and for the reporting part?') it asks about the part within the
    whole, which keeps its needs; 'and for the admin part we need sso' goes on past the name."""
    skipped = {*cues.lead_ins, *cues.openers, *cues.prepositions}
    start, opened, last, narrowed = 0, False, "", False
    # "only for the chat part, what would you pick?": narrowed before the name, the question may follow it
    while start < len(said) and (said[start] in skipped or (not opened and said[start] in cues.narrowing_before)):
        last = said[start]
        narrowed = narrowed or last in cues.narrowing_before
        opened = opened or last in cues.openers or last in cues.prepositions
        start += 1
    head = next((h for h in range(start, len(said)) if said[h] in cues.part), None)
    if head is None:
        return False
    after = said[head + 1 :]
    # narrowed before the name, only a question may follow it ("only for the chat part, what would you pick?")
    asked = narrowed and (not after or after[0] in cues.part_questions)
    if not opened or not (asked or (after and all(w in cues.narrowing for w in after))):
        return False
    phrase = said[start:head]
    if not (phrase and phrase[0] in cues.determiners) and last not in cues.prepositions:
        return False
    qualifiers = _after_determiners(phrase, cues)
    return bool(qualifiers) and _is_name(phrase, cues, skipped)


def _is_name(phrase: Sequence[str], cues: ThreadCues, skipped: set[str]) -> bool:
    """Optional determiners ("the other"), then a few qualifiers that are neither lead-ins nor determiners."""
    qualifiers = _after_determiners(phrase, cues)
    return len(qualifiers) <= MAX_QUALIFIERS and not any(w in skipped or w in cues.determiners for w in qualifiers)


def _after_determiners(phrase: Sequence[str], cues: ThreadCues) -> Sequence[str]:
    """The words after the determiners that open a noun phrase: one ("the billing api") or two ("the other
    service", "my other project")."""
    start = 0
    while start < min(len(phrase), 2) and phrase[start] in cues.determiners:
        start += 1
    return phrase[start:]


def names_carved_out(said: Sequence[str], carved: bool, cues: ThreadCues) -> bool:
    """'what do we write the new services we carve out of it in?': `carved` tells that the turn says a piece is
    cut out of the system discussed; naming that piece by a system noun makes it a subject of its own."""
    if not carved:
        return False
    systems = {stem(word) for word in cues.systems}
    return any(stem(word) in systems for word in said)


_CLAUSE_END = re.compile(r"[.:;,?!()\n]+")


def labels_named(normalized: str, cues: ThreadCues) -> list[str]:
    """'service a: a public api … so for service b?': the tags ('service a') each clause opens on, in order; a
    tag is a system noun and a word of `cues.labels` that ends the clause or has a `label_tails` word after it."""
    skipped = {*cues.lead_ins, *cues.openers, *cues.prepositions, *cues.definite}
    found: list[str] = []
    for clause in _CLAUSE_END.split(normalized):
        said = words(clause)
        start = 0
        while start < len(said) and said[start] in skipped:
            start += 1
        if start + 1 >= len(said) or said[start] not in cues.systems or said[start + 1] not in cues.labels:
            continue
        if start + 2 == len(said) or said[start + 2] in cues.label_tails:
            tag = f"{stem(said[start])} {said[start + 1]}"
            found += [tag] if tag not in found else []
    return found


def names_apart(said: Sequence[str], cues: ThreadCues) -> bool:
    """'what about the admin side? it's a separate little app': what is turned to is said to be (`cues.apart_copulas`) a
    system of its own (a word of `cues.apart`, a few qualifiers, a system noun), so another subject. Deployed
    'on a separate server' it is not said to be one."""
    skipped = {*cues.lead_ins, *cues.openers, *cues.prepositions}
    # "jk, it's a standalone service": the system discussed re-described; only a turn to something else counts
    start = _past_lead_ins(said, cues)
    if not (start < len(said) and (said[start] in cues.openers or said[start] in cues.prepositions)):
        return False
    for at in range(2, len(said)):
        if said[at] not in cues.apart or said[at - 1] not in cues.determiners or said[at - 2] not in cues.apart_copulas:
            continue
        for head in range(at + 1, min(len(said), at + MAX_QUALIFIERS + 2)):
            if said[head] in cues.systems:
                return _is_name(said[at + 1 : head], cues, skipped)
    return False


def opening_label(normalized: str, cues: ThreadCues) -> str | None:
    """'service b: back-office app …': the tag the message's first clause opens on, if any."""
    first = next((clause for clause in _CLAUSE_END.split(normalized) if words(clause)), "")
    return next(iter(labels_named(first, cues)), None)


def first_label(tag: str, cues: ThreadCues) -> bool:
    """'service 1', 'app a': the tag of a first system."""
    return tag.rsplit(maxsplit=1)[-1] in cues.first_labels
