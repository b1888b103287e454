"""Head counts: who builds the system (the team, "40 python developers", "two of us") and who it serves (the
audience, "a dashboard for 5 analysts", "used by ~20 staff"), told apart by the words around each count."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable

from knowledge.reading.alternation import alternatives
from knowledge.reading.counts import COUNT, NUM, SPELLED_COUNTS, number_value
from knowledge.reading.noun_search import NounSearch

_TEAM_OF = re.compile(r"(?:team of|team size of|team size is|team size|squad of)\s*" + NUM + r"\b")
# "grow the eng team from 5 to 30", "headcount going from 4 to 25": the size the team is headed for
_TEAM_FROM_TO = re.compile(r"(?:team|headcount)\s+(?:\w+\s+){0,2}?from\s+" + COUNT + r"\s+to\s+" + NUM + r"\b")


def _word_led(spellings: list[str]) -> str:
    """Spellings as an alternation that starts a word, each led by its first letter with the boundary checked behind
    it: the regex engine then jumps between those letters instead of stopping at every word of a long paste."""
    return "|".join(f"{w[0]}(?<!\\w{w[0]}){w[1:]}" for w in spellings)


def people(nouns: list[str]) -> NounSearch:
    """The nouns a head count is said in (vocabulary.yaml `people_nouns`: 'developers', 'juniors', 'data
    scientists'). Found by the noun first, then the number before it: scanning for every "a"/"one" is slow on long
    pastes."""
    said = re.compile(r"(?:" + _word_led([r"\s+".join(map(re.escape, n.split())) for n in nouns]) + r")\b")
    return NounSearch(said, nouns)


# "40 python developers", "5 backend devs", "60+ engineers"
# (the count ends a word: "all devs", "as people" hold no "a")
_COUNT_BEFORE = re.compile(r"\b" + NUM + r"(?![a-z])\+?\s*-?\s*(?:[a-z]+[\s-]+)?$")

_OF_US = re.compile(r"\b(\d+|a couple|two|three|four|five|six)\s+of us\b")

# "two devs per quarter", "1 engineer a month", "3 grads every couple of sprints": people counted per period are a
# hiring rate, how fast the team grows, not its size
_RATE_AFTER = re.compile(
    r"\s+(?:(?:almost|nearly|about|roughly|around)\s+)?(?:every|each|per|a|an)\s+(?:[a-z0-9]+\s+){0,2}?"
    r"(?:month|months|quarter|quarters|sprint|sprints|year|years)\b(?!\s+ago\b)"
)


def org_scope(cues: list[str], nouns: list[str] | None = None, stops: Iterable[str] = ()) -> re.Pattern[str] | None:
    """'org wide', 'across the company' right after a head count, or an organisation's noun a describing word or
    two after it ('a 400-person logistics firm'; a `stops` word such as 'at' ends the describing run, as in
    '2 devs at a firm'): the count is the organisation's."""
    said = [r"\s*-?\s*(?:" + alternatives(cues, r"[\s-]*") + r")\b"] if cues else []
    if nouns:
        stop = r"(?!(?:" + alternatives(sorted(stops)) + r")\b)" if stops else ""
        said.append(r"(?:[\s-]+" + stop + r"[a-z]+){0,2}?[\s-]+(?:" + alternatives(nouns) + r")\b")
    return re.compile("|".join(said)) if said else None


@dataclasses.dataclass(frozen=True)
class OrgApposed:
    """'insurance company, 200 devs, mostly java. my squad is adding one service': a head count right after an
    organisation's noun and a comma or bracket describes the organisation once the asker's own unit ('my squad')
    is named later; without that unit ('a big company, 30 devs on it') the count may still be the team's."""

    count_after: re.Pattern[str]  # ends at the count
    own_unit: re.Pattern[str]
    # "an enterprise of 5000 people": the count of its members right after the organisation's noun and "of" is
    # its size ("an organisation of forty developers" counts its builders: theirs unless `own_unit` follows)
    count_of: re.Pattern[str]
    members: frozenset[str]
    # "a class of 30 interns", "a cohort of 25 students": a group taught or gathered, whoever they are
    group_of: re.Pattern[str] | None


def org_apposed(
    nouns: list[str], units: Iterable[str], groups: list[str] | None = None, members: Iterable[str] = ()
) -> OrgApposed | None:
    if not nouns or not units:
        return None
    hedge = r"(?:~|about|around|roughly|over|some)?"
    return OrgApposed(
        re.compile(r"\b(?:" + alternatives(nouns) + r")\s*[,(]\s*" + hedge + r"\s*$"),
        re.compile(r"\b(?:my|our)\s+(?:" + alternatives(sorted(units)) + r")\b"),
        re.compile(r"\b(?:" + alternatives(nouns) + r")\s+of\s*" + hedge + r"\s*$"),
        frozenset(members),
        re.compile(r"\b(?:" + alternatives(groups) + r")\s+of\s*" + hedge + r"\s*$") if groups else None,
    )


def _org_of(norm: str, at: int, noun: re.Match[str], apposed: OrgApposed) -> bool:
    """The count at `at` follows an organisation's noun and 'of' and counts its members (or its builders, with the
    asker's own unit named after), or follows a group's noun and 'of'."""
    start = max(0, at - 60)
    if apposed.group_of and apposed.group_of.search(norm, start, at):
        return True
    if not apposed.count_of.search(norm, start, at):
        return False
    return noun.group(0) in apposed.members or bool(apposed.own_unit.search(norm, noun.end()))


def people_shorthand(shorthand: dict[str, str], nouns: NounSearch) -> NounSearch | None:
    """The vocabulary's shorthand for a people noun ('engs': engineers), so '25 engs' is a head count too; found
    from where its first word is written (a leading \\b keeps the regex engine trying every position)."""
    short = sorted(k for k, v in shorthand.items() if v and nouns.fullmatch(v) and not nouns.fullmatch(k))
    return NounSearch(re.compile(r"\b(?:" + alternatives(short) + r")\b"), short) if short else None


def team_size(
    norm: str,
    nouns: NounSearch,
    org: re.Pattern[str] | None = None,
    short_people: NounSearch | None = None,
    audience: AudienceWords | None = None,
    *,
    apposed: OrgApposed | None = None,
) -> int | None:
    """The largest team size the text gives, counted in `nouns` (see `people`); a head count of the whole
    organisation ('40 engineers org-wide') is not the team's, nor one of people served ('used by 5 ppl', see
    `audience_size`)."""
    # the substring tests first: most pastes never say "team of"; each of _TEAM_OF's cues holds one of them
    said = "team of" in norm or "team size" in norm or "squad of" in norm
    sizes = [int(number_value(m.group(1))) for m in _TEAM_OF.finditer(norm)] if said else []
    if " from " in norm:  # (a substring test first: most pastes say no growth)
        sizes += [int(number_value(m.group(1))) for m in _TEAM_FROM_TO.finditer(norm)]
    found = [*nouns.finditer(norm), *(short_people.finditer(norm) if short_people else ())]
    for noun in found:
        count = _COUNT_BEFORE.search(norm, max(0, noun.start() - 40), noun.start())
        if (
            count
            and audience
            and audience.nouns.fullmatch(noun.group(0))
            and (audience_led(norm, count.start(), audience) or audience_used(norm, noun.end(), audience))
        ):
            continue  # "for 30 people", "30 people use it": the people served
        if (
            apposed
            and count
            and apposed.count_after.search(norm, max(0, count.start() - 60), count.start())
            and apposed.own_unit.search(norm, noun.end())
        ):
            continue  # "insurance company, 200 devs": the organisation's head count, said as its description
        if apposed and count and _org_of(norm, count.start(), noun, apposed):
            continue  # "an enterprise of 5000 people", "a class of 30 interns": not the team building
        if count and _RATE_AFTER.match(norm, noun.end()):
            continue  # "two devs per quarter": a hiring rate
        if count and not (org and org.match(norm, noun.end())):
            sizes.append(int(number_value(count.group(1))))
    sizes += builder_counts(norm, audience)
    if "of us" in norm:  # a substring test first: _OF_US tries every word of a long paste
        sizes += [int(number_value(m.group(1))) for m in _OF_US.finditer(norm)]
    return max(sizes) if sizes else None


# "~20 staff", "50k customers", "a few hundred users": a count (k/m or a spoken scale allowed) and up to two
# describing words before an audience noun, found from the noun back
_AUDIENCE_COUNT = (
    r"(?<![\w.])(\d+(?:[.,]\d+)?|a few|several|"
    + "|".join(sorted(SPELLED_COUNTS | {"a couple", "a dozen", "dozen"}, key=len, reverse=True))
    + r")\s*(k|m|hundred\s+thousand|hundred|thousand|million)?\s*\+?\s*-?\s*"
)
_AUDIENCE_REACH = 60  # a count, a scale and two describing words
_HEDGE = r"(?:~|about|around|roughly|maybe|perhaps|approx\w*|up to|at most|only|just|some|under|fewer than|less than)?"
_SCALE = {"k": 1_000, "m": 1_000_000, "hundred": 100, "thousand": 1_000, "million": 1_000_000}
_SCALE["hundred thousand"] = 100_000  # "a few hundred thousand users": the whole scale, not "a few hundred"


@dataclasses.dataclass(frozen=True, eq=False)  # (hashed as itself: by value, each look-up in `_counted_nouns`'s
class AudienceWords:  # cache hashed every pattern's compiled code, a tenth of a short question)
    """How an audience is said (vocabulary.yaml `audience_nouns`, `audience_lead`, `audience_not_after`), compiled
    once: the nouns, the cues before a count that make people served, the words making a count a version."""

    nouns: NounSearch
    count: re.Pattern[str]
    lead: re.Pattern[str] | None
    version: re.Pattern[str] | None
    roles: re.Pattern[str] | None = None
    role_size: int = 0
    builders: re.Pattern[str] | None = None  # "the team has thirty members": builders counted, no audience
    uses: re.Pattern[str] | None = None  # "10 people in ops would use the back office": the people served


def audience_words(
    nouns: list[str],
    lead: list[str],
    not_after: list[str],
    stops: Iterable[str],
    roles: tuple[list[str], int] = ([], 0),
    *,
    builders: list[str] | None = None,
    uses: tuple[list[str], list[str], list[str]] = ([], [], []),
    lead_adverbs: list[str] | None = None,
) -> AudienceWords:
    """The compiled audience cues; `stops` (describing-run stops) keep '3 endpoints for users' from counting;
    `roles` are in-house roles said without a count ('for the analysts') and the size they are read as."""
    # "20 in-house annotators", "5 on-site techs": a stop word opening a hyphenated compound describes the people
    stop = r"(?!(?:" + alternatives(sorted(stops)) + r")\b(?!-))" if stops else ""
    count = re.compile(_AUDIENCE_COUNT + r"((?:" + stop + r"[a-z]+[\s-]+){0,2})$")
    # "used internally by": a how-often word inside a lead cue still leads the count
    gap = r"\s+(?:(?:" + alternatives(lead_adverbs) + r")\s+)?" if lead_adverbs else r"\s+"
    led = re.compile(r"\b(?:" + alternatives(lead, gap) + r")\s+" + _HEDGE + r"\s*$") if lead else None
    version = re.compile(r"\b(?:" + alternatives(not_after) + r")\s*$") if not_after else None
    role = re.compile(r"\b(?:the|our|my)\s+(?:" + alternatives(roles[0]) + r")\b") if roles[0] else None
    built = re.compile(r"\b(?:" + alternatives(builders) + r")\s+" + _HEDGE + r"\s*$") if builders else None
    used = None
    verbs, objects, places = uses
    if verbs and objects:
        # after the noun: an optional place ("in ops", "across the warehouse"), the verb, what it is used on
        place = r"(?:\s+(?:" + alternatives(places) + r")\s+(?:the\s+|our\s+)?[a-z]+)?" if places else ""
        used = re.compile(place + r"\s+(?:" + alternatives(verbs) + r")\s+(?:" + alternatives(objects) + r")\b")
    return AudienceWords(people(nouns), count, led, version, role, roles[1], built, used)


def audience_used(norm: str, noun_end: int, said: AudienceWords | None) -> bool:
    """The people counted, their noun ending at `noun_end`, are said to use a thing of ours ('would use the tool')."""
    return said is not None and said.uses is not None and said.uses.match(norm, noun_end) is not None


def audience_led(norm: str, at: int, said: AudienceWords | None) -> bool:
    """An audience cue ('for', 'used by') ends right before the count starting at `at`."""
    return said is not None and said.lead is not None and said.lead.search(norm, max(0, at - 30), at) is not None


def audience_size(
    norm: str, said: AudienceWords, team_nouns: NounSearch, crowd: re.Pattern[str] | None = None, crowd_min: int = 0
) -> tuple[int, str] | None:
    """The largest audience counted ('5 analysts', 'used by ~20 staff'), with its words. A noun that also counts
    builders ('people', 'team members') counts the audience only after an audience cue ('for 30 people'); a count
    of at least `crowd_min` said to come at once is the crowd reading's ('2k users at once'; 'maybe 200 readers at
    a time' stays an audience), and one after a version word ('python 3 users') is none."""
    best: tuple[int, str] | None = None
    for noun, count in _counted_nouns(norm, said):
        if said.version and said.version.search(norm, max(0, count.start() - 12), count.start()):
            continue
        if said.builders and said.builders.search(norm, max(0, count.start() - 30), count.start()):
            continue  # "the team has thirty members": the count is of builders
        if team_nouns.match(norm, noun.end() + 1):
            continue  # "3 staff engineers": the count is of builders
        if team_nouns.fullmatch(noun.group(0)) and not (
            audience_led(norm, count.start(), said) or audience_used(norm, noun.end(), said)
        ):
            continue  # "two people", "five team members": the team, unless said to be served or to use it
        size = _counted(count)
        if crowd is not None and size >= crowd_min and crowd.match(norm, count.start()):
            continue  # "2k users at once": a crowd, read as one
        if best is None or size > best[0]:
            best = (size, norm[count.start() : noun.end()])
    if best is None and said.roles is not None and (role := said.roles.search(norm)):
        best = (said.role_size, role.group(0))  # "for the analysts": a team's worth of people
    return best


def role_only(audience: tuple[int, str], said: AudienceWords) -> bool:
    """Whether the audience is an in-house role said with no count ('for the analysts'), not people counted."""
    return said.roles is not None and said.roles.fullmatch(audience[1]) is not None


def _counted(count: re.Match[str]) -> int:
    """The head count an audience-count match says ('a few' 3, 'thirty' 30, '2k' 2000)."""
    amount = {"a few": 3, "several": 3, "a couple": 2, "a dozen": 12, "dozen": 12}.get(count.group(1)) or number_value(
        count.group(1).replace(",", "")
    )
    return int(amount * _SCALE.get(" ".join((count.group(2) or "").split()), 1))


def builder_counts(norm: str, said: AudienceWords | None) -> list[int]:
    """'the team has thirty members': head counts said after a builder cue, before a noun that may also name an
    audience; they count the team."""
    if said is None or said.builders is None:
        return []
    return [
        _counted(count)
        for _, count in _counted_nouns(norm, said)
        if said.builders.search(norm, max(0, count.start() - 30), count.start())
    ]


@functools.lru_cache(maxsize=4)
def _counted_nouns(norm: str, said: AudienceWords) -> tuple[tuple[re.Match[str], re.Match[str]], ...]:
    """Each audience noun with the count before it: found once per message for the audience and the team both."""
    found = (
        (noun, said.count.search(norm, max(0, noun.start() - _AUDIENCE_REACH), noun.start()))
        for noun in said.nouns.finditer(norm)
    )
    return tuple((noun, count) for noun, count in found if count is not None)
