"""Numbers that carry needs: horizons, request rates, crowds and latency budgets, and the thresholds team and
audience sizes cross (the head counts themselves are read in `headcounts.py`).

"5-year horizon", "until the contract ends in 2032", "50k req/s" and "p99 under 40 ms" become requirements with
the words that produced them.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable

from knowledge.base.models import Vocabulary
from knowledge.reading.alternation import alternatives
from knowledge.reading.counts import COUNT, NUM, number_value
from knowledge.reading.noun_search import NounSearch

# "3+ years", "three-plus years", "5 plus months": a lower bound reads as the span
_DURATION = re.compile(r"\b" + NUM + r"\s*(?:\+|-?\s*plus\b)?\s*-?\s*(years?|yrs?|y|months?|mos?|weeks?|wks?)\b")
# A number opening a word: the digit comes first and the word boundary is checked behind it, so the regex
# engine jumps from digit to digit instead of trying every position of a long paste.
_WHOLE_NUMBER = r"(\d(?<!\w\d)\d*(?:\.\d+)?)"
_FREQUENCY = re.compile(r"\b(?:once|twice|thrice|times|every|per)\s*$")
_FREQUENCY_REACH = len("thrice")  # its longest word
# "8 client sites a year", "two releases a month": a count of things right before "a <unit>" makes it a rate.
_COUNTED_BEFORE = re.compile(r"(?<![\w])" + COUNT + r"\s*\+?\s*((?:[a-z]+[\s-]+){1,3})$")
_COUNTED_REACH = 60  # a count and three words
# "~50k phones at once": a count of clients (k/m, or "thousands of") a few words before a word for all at once
_CROWD = (
    r"(?:(\d(?<!\w\d)\d*(?:\.\d+)?)\s*(k|m|thousand|million)?\b\s*\+?|(thousands|millions))"  # "tens of thousands" too
)

_RATE = re.compile(
    _WHOLE_NUMBER + r"\s*(k|m|thousand|million)?\s*\+?\s*"
    r"(rps|qps|tps|rpm|req s|reqs s|requests? (?:per|a|/) ?(?:second|sec|s|minute|min)|req(?:uest)?s? ?/ ?(?:sec|s|min)"
    r"|reads per second|reads a second|queries per second|queries a second"
    r"|requests per second|requests a second|hits per second|calls per second|msgs? per second|messages per second"
    r"|events per second|writes per second|(?:events?|hits|calls|msgs?|messages|writes|webhooks) ?/ ?(?:sec|s)"
    r"|/ ?(?:second|sec))\b"  # "ingesting events at 10k/sec": the count per second, its noun said before it
)
# "50,000", "2,500,000"; led by a digit with the edge checked behind it, so the regex engine jumps between digits
_THOUSANDS = re.compile(r"\d(?<![\w.,]\d)\d{0,2}(?:,\d{3})+(?![\d,])")
_COMMA_DIGITS = tuple(f",{digit}" for digit in "0123456789")  # what every `_THOUSANDS` match holds
_TIMES = re.compile(r"\b(?:(\d+)\s*x|x\s*(\d+))\b")  # "10x", "x10": a rate said to grow that many times
_LATENCY = re.compile(_WHOLE_NUMBER + r"\s*(ms|millis|milliseconds)\b")
_LATENCY_CONTEXT = re.compile(
    r"\b(p\d\d|latency|latencies|respon\w*|budget|under|below|sub|within|less than|faster)\b|<"
)
_YEAR = re.compile(
    r"\b(?:until|till|til|through|thru|into|beyond|past|ends? in|end of|by|to)\s+(?:at least\s+)?(20[2-9]\d)\b"
)
_A_YEAR = re.compile(r"20[2-9]\d")  # literal-led: far quicker than _YEAR where no year is written


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


_ELAPSED_REACH = 90  # a cue, six words and "in" ("weve had it on flask in prod for")
_BUDGET_REACH = 40  # a cue and a hedge word


def elapsed(cues: list[str]) -> re.Pattern[str] | None:
    """'hasnt been touched in a year', 'weve had it on flask in prod for 3 years': a negated perfect, or one of
    running it, a few words before 'in'/'for' and a duration makes it time gone by, not how long the system must
    live."""
    if not cues:
        return None
    return re.compile(
        r"\b(?:" + alternatives(cues) + r")\b(?:\s+[a-z]+){0,6}\s+(?:in|for|since)\s+(?:over\s+|about\s+)?$"
    )


def past(words: list[str], overruns: list[str] | None = None, ends: list[str] | None = None) -> re.Pattern[str] | None:
    """'10 years ago': right after a duration, words making it time already past (`words`: `past_after`); or an
    overrun word ('3 months over') where the clause ends or an `ends` word follows ('over budget')."""
    said = [r"(?:" + alternatives(words) + r")\b"] if words else []
    if overruns:
        follow = r"[.,;:!?)]|$" + (r"|\s+(?:" + alternatives(ends) + r")\b" if ends else "")
        said.append(r"(?:" + alternatives(overruns) + r")\b(?=\s*(?:" + follow + r"))")
    if not said:
        return None
    return re.compile(r"\s*(?:" + "|".join(said) + r")")


def budget(words: list[str]) -> re.Pattern[str] | None:
    """'we have 3 weeks': right before a duration (`words`: `budget_before`), a hedge word allowed between."""
    if not words:
        return None
    return re.compile(r"\b(?:" + alternatives(words) + r")\s+(?:only\s+|just\s+|about\s+|around\s+|roughly\s+|~\s*)?$")


def still_kept(words: list[str]) -> re.Pattern[str] | None:
    """'whoever maintains it in 2031': words (`still_kept_before`) then 'in' and a year the system still lives in."""
    if not words:
        return None
    return re.compile(r"\b(?:" + alternatives(words) + r")\s+in\s+(?:at least\s+)?(20[2-9]\d)\b")


def budget_after(words: list[str]) -> re.Pattern[str] | None:
    """'3 weeks to ship': right after a duration, words making it the time there is to build (`budget_after`)."""
    if not words:
        return None
    return re.compile(r"\s*(?:" + alternatives(words) + r")\b")


_STAFFED_REACH = 60  # a head count, a builder noun and a link word


def staffed(nouns: list[str], links: list[str]) -> re.Pattern[str] | None:
    """'two engineers for six months', 'one contractor, four months', 'team of 5, 6 months': right before a
    duration, the people building it (`nouns`) and a link word (`links`) or a comma: how long they are staffed on
    the build, not how long the system lives after it."""
    if not nouns:
        return None
    linked = r"[,:;]\s*" + (r"|(?:" + alternatives(links) + r")\s+" if links else "")
    return re.compile(
        r"(?:\b(?:" + alternatives(nouns) + r")|\b(?:team|squad) of\s+" + NUM + r")\)?\s*(?:" + linked + r")"
        r"(?:about\s+|around\s+|roughly\s+|~\s*)?$"
    )


_STAFFING_END_REACH = 80  # the rest of the staffing's sentence: "then it gets archived", "killed afterwards"


def staffing_ended(words: list[str]) -> re.Pattern[str] | None:
    """'two devs for 3 months, then it gets archived': words (vocabulary.yaml `staffing_ends`) saying the system
    ends with the staffing, so the staffed duration is its life too."""
    return re.compile(r"\b(?:" + alternatives(words) + r")\b") if words else None


def _ends_with_staffing(norm: str, end: int, ended: re.Pattern[str] | None) -> bool:
    """After a staffed duration, its sentence says the system ends then."""
    if ended is None:
        return False
    stop = re.search(r"[.!?]", norm[end : end + _STAFFING_END_REACH])
    return ended.search(norm, end, end + (stop.start() if stop else _STAFFING_END_REACH)) is not None


def tenure(words: list[str]) -> re.Pattern[str] | None:
    """'10 years of experience', '8 years of flask', '5 years with django': right after a duration, the skill
    someone has worked with that long (`words`: vocabulary.yaml `tenure_after` and the frameworks' names)."""
    if not words:
        return None
    return re.compile(r"\s*(?:of\s+|with\s+|in\s+)?(?:" + alternatives(words) + r")\b")


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
    kept_in: re.Pattern[str] | None = None,
    staffed: re.Pattern[str] | None = None,
    staffed_floor: float = float("inf"),
    staffed_end: re.Pattern[str] | None = None,
) -> float | None:
    """The longest time span the text gives, in years; `span_words` ('for', 'lasts') between a count and 'a year'
    say the count's things last that long, rather than come that often; `gone_by` (see `elapsed`) says the span
    is time since something last happened; `worked` (see `tenure`) says it is someone's experience; `budget` (see
    `budget`) says it is the time there is to build, as does `budget_after` right after it ('3 weeks to ship');
    `kept_in` (see `still_kept`) reads a year the system is still kept in as its end; `schedule` (a `budget`
    pattern of schedule nouns: 'timeline ~4 months') says it is the build's length below `staffed_floor`;
    `staffed` (see `staffed`) says it is how long builders are on it, which counts only from
    `staffed_floor` up or when `staffed_end` (see `staffing_ended`) says the system ends with it."""
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


@functools.cache
def _crowd(cues: tuple[str, ...], schedules: tuple[str, ...]) -> re.Pattern[str]:
    """A count, up to four words, then a word for all at once ('50k phones at once', 'thousands of scanners hit it
    concurrently'), not one a calendar word makes an ordinal ('every second month')."""
    ordinal = r"(?!\s+(?:" + alternatives(schedules) + r")\b)" if schedules else ""
    return re.compile(r"\b" + _CROWD + r"\s*((?:[a-z]+[\s-]+){1,4}?)(?:" + alternatives(cues) + r")\b" + ordinal)


def _growth(norm: str, factors: dict[str, float]) -> Callable[[int], float]:
    """'~5 events/sec; peak season might triple that', '20 rps, 10x on sale days': the largest growth said after a
    rate, by word (vocabulary.yaml `rate_growth`) or as '10x'; a rate is judged at its grown size."""
    said = [(m.start(), float(m.group(1) or m.group(2))) for m in _TIMES.finditer(norm)]
    if factors:
        said += [(m.start(), factors[m.group(1)]) for m in _growth_words(tuple(factors)).finditer(norm)]

    def after(at: int) -> float:
        return max((factor for start, factor in said if start >= at), default=1.0)

    return after


@functools.cache
def _growth_words(words: tuple[str, ...]) -> NounSearch:
    """The growth words as one alternation, tried only where one's first word is written."""
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b")
    return NounSearch(pattern, list(words))


_SCALES = ("hundred", "thousand", "million")  # every scale `_vague` reads holds one of these


@functools.cache
def _described_rate(words: tuple[str, ...]) -> re.Pattern[str]:
    """Up to two describing words between a count and what it counts per second ('2000 json read requests')."""
    said = alternatives(list(words))
    return re.compile(
        r"(?<=[\dkm] )(?:(?:" + said + r") ){1,2}(?=(?:requests?|reads|writes|queries|calls|hits) (?:per|a) )"
    )


@functools.cache
def _vague(amounts: tuple[tuple[str, int], ...]) -> re.Pattern[str]:
    """A vague amount before a scale ('a few hundred thousand', 'a couple million')."""
    said = alternatives([amount for amount, _ in amounts])
    return re.compile(r"\b(" + said + r")\s+(hundred\s+thousand|hundred|thousand|million)\b")


def _spelled_out(amount: int, scale: str) -> str:
    """'a few' 'hundred thousand' as '300 thousand': the count in the words the readings know."""
    words = scale.split()
    return (
        f"{amount * 100} {words[-1]}"
        if len(words) > 1
        else (f"{amount * 100}" if scale == "hundred" else f"{amount} {scale}")
    )


def crowd_cue(vocab: Vocabulary) -> re.Pattern[str] | None:
    """The crowd reading's pattern (a count, a few words, then a word for all at once), if any cue is listed."""
    return _crowd(tuple(vocab.all_at_once), tuple(vocab.all_at_once_schedules)) if vocab.all_at_once else None


def needs_from_numbers(
    norm: str,
    horizon: float | None,
    team: int | None,
    vocab: Vocabulary,
    audience: tuple[int, str] | None = None,
    *,
    scope_said: bool = False,
) -> list[tuple[str, str]]:
    """(requirement id, the words that carry it) for every threshold the numbers cross; with `scope_said` (a
    need saying what the app must hold), a small audience leaves the scope to it."""
    found: list[tuple[str, str]] = []
    # "50,000 requests per second": a thousands separator is no clause break inside the count (a comma before a
    # digit looked for first: most pastes have commas, few in a number)
    if any(comma in norm for comma in _COMMA_DIGITS):
        norm = _THOUSANDS.sub(lambda number: number.group(0).replace(",", ""), norm)
    if horizon is not None and horizon >= vocab.long_horizon_min_years:
        found.append(("long-horizon", f"{horizon:g}-year horizon"))
    elif horizon is not None and horizon <= vocab.short_horizon_max_years:
        found.append(("short-horizon", f"{horizon:g}-year horizon"))
    if team is not None and team >= vocab.large_team_min:
        found.append(("large-team", f"team of {team}"))
    elif team is not None and team <= vocab.small_team_max:
        found.append(("small-team", f"team of {team}"))
    if vocab.rate_describers:  # "2000 json read requests per second" is read as "2000 requests per second"
        norm = _described_rate(tuple(vocab.rate_describers)).sub("", norm)
    # "a few hundred thousand": said as a count the rate and crowd readings take (a scale word tested first: the
    # pattern would try every word of a long paste)
    if vocab.vague_amounts and any(scale in norm for scale in _SCALES):
        norm = _vague(tuple(vocab.vague_amounts.items())).sub(
            lambda m: _spelled_out(vocab.vague_amounts[" ".join(m.group(1).split())], m.group(2)), norm
        )
    rates = list(_RATE.finditer(norm))
    growth = _growth(norm, vocab.rate_growth) if rates else None  # (a paste of prose mostly says no rate)
    for match in rates:
        rate = float(match.group(1)) * {"k": 1_000, "t": 1_000, "m": 1_000_000}.get((match.group(2) or " ")[0], 1)
        if "min" in match.group(3) or match.group(3) == "rpm":
            rate /= 60
        rate *= growth(match.end()) if growth else 1.0
        if rate >= vocab.high_rate_min_rps:
            found.append(("high-concurrency", match.group(0)))
        elif rate <= vocab.low_rate_max_rps:
            found.append(("no-high-concurrency", match.group(0)))  # "~20 rps": evidence against, read as negated
    crowd = crowd_cue(vocab)
    for match in crowd.finditer(norm) if crowd else ():
        unit = (match.group(2) or " ")[0]  # "k", "thousand", "m", "million"
        count = float(match.group(1) or 0) * {"k": 1_000, "t": 1_000, "m": 1_000_000}.get(unit, 1)
        if match.group(3) or count >= vocab.crowd_min:  # "thousands of …" is a crowd whatever the digits
            found.append(("high-concurrency", match.group(0)))
    budgets = [m.group(0) for m in _LATENCY.finditer(norm) if float(m.group(1)) <= vocab.low_latency_max_ms]
    if budgets and _LATENCY_CONTEXT.search(norm):  # the context search only when a budget is there to qualify
        found += [("low-latency", budget) for budget in budgets]
    if audience is not None and audience[0] <= vocab.modest_audience_max:
        # "for 5 analysts": a small audience is no case for high concurrency (last, so a rate or crowd measured
        # high keeps its say); a handful of people also keeps the thing small
        found.append(("no-high-concurrency", audience[1]))
        # "the researchers want 3k rps": a load measured high is no small thing, whoever asked for it
        measured_high = any(found_id == "high-concurrency" for found_id, _ in found)
        if audience[0] <= vocab.small_audience_max and not scope_said and not measured_high:
            found.append(("small-scope", audience[1]))
    return found
