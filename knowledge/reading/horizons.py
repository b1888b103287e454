"""How long the system must live, from the durations and years a message writes: "5-year horizon", "until the
contract ends in 2032". Durations that say something else (time gone by, the build's time or staffing, someone's
experience, a rate) are passed by, told apart by the cue patterns built in `span_cues.py`.
"""

from __future__ import annotations

import datetime
import re

from knowledge.reading.counts import COUNT, NUM, number_value

# "3+ years", "three-plus years", "5 plus months": a lower bound reads as the span
_DURATION = re.compile(r"\b" + NUM + r"\s*(?:\+|-?\s*plus\b)?\s*-?\s*(years?|yrs?|y|months?|mos?|weeks?|wks?)\b")
_FREQUENCY = re.compile(r"\b(?:once|twice|thrice|times|every|per)\s*$")
_FREQUENCY_REACH = len("thrice")  # its longest word
# "8 client sites a year", "two releases a month": a count of things right before "a <unit>" makes it a rate.
_COUNTED_BEFORE = re.compile(r"(?<![\w])" + COUNT + r"\s*\+?\s*((?:[a-z]+[\s-]+){1,3})$")
_COUNTED_REACH = 60  # a count and three words
_YEAR = re.compile(
    r"\b(?:until|till|til|through|thru|into|beyond|past|ends? in|end of|by|to)\s+(?:at least\s+)?(20[2-9]\d)\b"
)
_A_YEAR = re.compile(r"20[2-9]\d")  # literal-led: far quicker than _YEAR where no year is written
_ELAPSED_REACH = 90  # a cue, six words and "in" ("weve had it on flask in prod for")
_BUDGET_REACH = 40  # a cue and a hedge word
_POINT_REACH = 30  # a point in time's own words: 'must still be in use after', 'it is replaced'
_STAFFED_REACH = 60  # a head count, a builder noun and a link word
_STAFFING_END_REACH = 80  # the rest of the staffing's sentence: "then it gets archived", "killed afterwards"


def _frequency_before(norm: str, at: int) -> bool:
    """A frequency word ends right before `at` (spaces between): searched in that short window, not the whole
    text before it, which made a paste with many durations quadratic."""
    word_end = at
    while word_end > 0 and norm[word_end - 1].isspace():
        word_end -= 1
    return _FREQUENCY.search(norm, max(0, word_end - _FREQUENCY_REACH), at) is not None


def _counted_before(norm: str, at: int, span_words: frozenset[str]) -> bool:
    """'8 client sites' ends right before `at`: a count of things, which makes the 'a year' after it a rate
    ('8 client sites a year'); a word saying how long ('2 devs for a year') keeps it a span."""
    found = _COUNTED_BEFORE.search(norm, max(0, at - _COUNTED_REACH), at)
    return found is not None and span_words.isdisjoint(found.group(1).split())


def _ends_with_staffing(norm: str, end: int, ended: re.Pattern[str] | None) -> bool:
    """After a staffed duration, its sentence says the system ends then."""
    if ended is None:
        return False
    stop = re.search(r"[.!?]", norm[end : end + _STAFFING_END_REACH])
    return ended.search(norm, end, end + (stop.start() if stop else _STAFFING_END_REACH)) is not None


def _sentence_says(norm: str, start: int, end: int, cue: re.Pattern[str] | None) -> bool:
    """Whether `cue` occurs near norm[start:end] ('still in use after 5 years', 'after 2 years it is replaced'),
    within its sentence: a word of living said of someone else's work further off does not count."""
    if cue is None:
        return False
    opened = max(norm.rfind(mark, 0, start) for mark in ".!?;") + 1
    closed = min((at for at in (norm.find(mark, end) for mark in ".!?;") if at >= 0), default=len(norm))
    return cue.search(norm, max(opened, start - _POINT_REACH), min(closed, end + _POINT_REACH)) is not None


def horizon_years(
    norm: str,
    span_words: frozenset[str] = frozenset(),
    gone_by: re.Pattern[str] | None = None,
    worked: re.Pattern[str] | None = None,
    past: re.Pattern[str] | None = None,
    *,
    budget: re.Pattern[str] | None = None,
    budget_after: re.Pattern[str] | None = None,
    schedule: re.Pattern[str] | None = None,
    schedule_after: re.Pattern[str] | None = None,
    schedule_until: re.Pattern[str] | None = None,
    kept_in: re.Pattern[str] | None = None,
    staffed: re.Pattern[str] | None = None,
    staffed_floor: float = float("inf"),
    staffed_end: re.Pattern[str] | None = None,
    point: re.Pattern[str] | None = None,
    point_life: re.Pattern[str] | None = None,
) -> float | None:
    """The longest time span the text gives, in years; `span_words` ('for', 'lasts') between a count and 'a year'
    say the count's things last that long, rather than come that often. The patterns are built in `span_cues`:
    `gone_by` (see `elapsed`) says the span is time since something last happened; `worked` (see `tenure`) says
    it is someone's experience; `budget` (see `budget`) says it is the time there is to build, as does
    `budget_after` right after it ('3 weeks to ship'); `kept_in` (see `still_kept`) reads a year the system is
    still kept in as its end; `schedule` (a `budget` pattern of schedule nouns: 'timeline ~4 months') says it is
    the build's length below `staffed_floor`, as does `schedule_after` right after it ('a 4-month timeline'), and
    `schedule_until` ('3 weeks until the demo') unless `point_life` finds a word of living near it;
    `staffed` (see `staffed`) says it is how long builders are on it, which counts only from `staffed_floor` up or
    when `staffed_end` (see `staffing_ended`) says the system ends with it; `point` (see `point`) right before it
    makes it a point in time, the system's life only where `point_life` (see `staffing_ended`) finds a word of
    living or ending in its sentence."""
    longest: float | None = None
    for match in _DURATION.finditer(norm):
        if gone_by is not None and gone_by.search(norm, max(0, match.start() - _ELAPSED_REACH), match.start()):
            continue  # "hasnt been touched in a year": how long it has sat, not how long it must last
        if budget is not None and budget.search(norm, max(0, match.start() - _BUDGET_REACH), match.start()):
            continue  # "we have 3 weeks": the time to build it in, not how long it must live
        if budget_after is not None and budget_after.match(norm, match.end()):
            continue  # "3 weeks to ship": the time to build it in, not how long it must live
        if past is not None and past.match(norm, match.end()):
            continue  # "picked it 10 years ago": time already past, not the system's lifetime ahead
        if worked is not None and worked.match(norm, match.end()):
            continue  # "10 years of flask": how long someone has worked with it, not how long the system lives
        if (
            point is not None
            and point.search(norm, max(0, match.start() - _BUDGET_REACH), match.start())
            and not _sentence_says(norm, match.start(), match.end(), point_life)
        ):
            continue  # "we hand it over after 8 months": when something happens, not how long it lives
        if _frequency_before(norm, match.start()):
            continue  # "once a month", "twice a week": how often, not how long
        if match.group(1) == "a" and _counted_before(norm, match.start(), span_words):
            continue  # "8 client sites a year", "two releases a month": a rate, not a lifetime
        amount, unit = number_value(match.group(1)), match.group(2)
        years = amount if unit.startswith("y") else amount / 12 if unit.startswith("mo") else amount / 52
        if (
            schedule is not None
            and years < staffed_floor
            and schedule.search(norm, max(0, match.start() - _BUDGET_REACH), match.start())
        ):
            continue  # "timeline ~4 months": the build's schedule; "timeframe ~8 years" is the system's life
        if schedule_after is not None and years < staffed_floor and schedule_after.match(norm, match.end()):
            continue  # "a 4-month timeline", "release is 2 months out": when it ships, not how long it lives
        if (
            schedule_until is not None
            and years < staffed_floor
            and schedule_until.match(norm, match.end())
            and not _sentence_says(norm, match.start(), match.end(), point_life)
        ):
            continue  # "3 weeks until the demo": time to go; "has to live 2 months until …" is its life
        if (
            staffed is not None
            and years < staffed_floor
            and staffed.search(norm, max(0, match.start() - _STAFFED_REACH), match.start())
            and not _ends_with_staffing(norm, match.end(), staffed_end)
        ):
            continue  # "two devs for six months": the build's length; the system may live long after it
        longest = years if longest is None else max(longest, years)
    this_year = datetime.date.today().year  # "until the contract ends in 2032" counts from now
    said_years = [*_YEAR.finditer(norm), *(kept_in.finditer(norm) if kept_in else ())] if _A_YEAR.search(norm) else []
    for match in said_years:  # the cheap search first
        years = float(int(match.group(1)) - this_year)
        if years > 0:
            longest = years if longest is None else max(longest, years)
    return longest
