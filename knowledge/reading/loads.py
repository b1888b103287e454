"""Loads said as numbers, and the needs numbers carry: request rates, crowds all at once and latency budgets, and
the thresholds horizons and team and audience sizes cross (read in `horizons.py` and `headcounts.py`).

"50k req/s", "~50k phones at once" and "p99 under 40 ms" become requirements with the words that produced them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from knowledge.base.models import Vocabulary
from knowledge.reading.alternation import alternatives
from knowledge.reading.held_crowds import held_crowds
from knowledge.reading.noun_search import NounSearch

# A number opening a word: the digit comes first and the word boundary is checked behind it, so the regex
# engine jumps from digit to digit instead of trying every position of a long paste.
_WHOLE_NUMBER = r"(\d(?<!\w\d)\d*(?:\.\d+)?)"
# "~50k phones at once": a count of clients (k/m, or "thousands of") a few words before a word for all at once
_CROWD = (
    r"(?:(\d(?<!\w\d)\d*(?:\.\d+)?)\s*(k|m|thousand|million)?\b\s*\+?|(thousands|millions))"  # "tens of thousands" too
)

_RATE_HEAD = (
    _WHOLE_NUMBER + r"\s*(k|m|thousand|million)?\s*\+?\s*"
    r"(rps|qps|tps|rpm|req s|reqs s|requests? (?:per|a|an|/) ?(?:second|sec|s|minute|min|hour|hr)"
    r"|req(?:uest)?s? ?/ ?(?:sec|s|min)"
)
_RATE_TAIL = (
    r"|reads per second|reads a second|queries per second|queries a second"
    r"|requests per second|requests a second|writes per second"
    # "2,000 messages a second", "thousands of events per second": a rate said of what is counted, not of requests
    # ("a batch job crunches 50k records a second": records are a throughput of work done, not arrivals)
    r"|(?:events?|hits|calls|msgs?|messages|webhooks|jobs|orders|sms|texts|emails|notifications|pings)"
    r" (?:per|a|an) (?:second|sec)"
    r"|(?:events?|hits|calls|msgs?|messages|writes|webhooks) ?/ ?(?:sec|s)"
    r"|/ ?(?:second|sec)"  # "ingesting events at 10k/sec": the count per second, its noun said before it
    # "partners hit it 3k times a second": the count of calls said by how often (not "times a day": no load)
    r"|times (?:per|a|an) (?:second|sec|minute|min|hour|hr))\b"
)

# "50,000", "2,500,000"; led by a digit with the edge checked behind it, so the regex engine jumps between digits
_THOUSANDS = re.compile(r"\d(?<![\w.,]\d)\d{0,2}(?:,\d{3})+(?![\d,])")
_COMMA_DIGITS = tuple(f",{digit}" for digit in "0123456789")  # what every `_THOUSANDS` match holds
_TIMES = re.compile(r"\b(?:(\d+)\s*x|x\s*(\d+))\b")  # "10x", "x10": a rate said to grow that many times
_LATENCY = re.compile(_WHOLE_NUMBER + r"\s*(ms|millis|milliseconds)\b")
_LATENCY_CONTEXT = re.compile(
    r"\b(p\d\d|latency|latencies|respon\w*|budget|under|below|sub|within|less than|faster)\b|<"
)


@functools.cache
def _rate(slow_nouns: tuple[str, ...]) -> re.Pattern[str]:
    """A count per second, minute or hour; `slow_nouns` (vocabulary.yaml `slow_rate_nouns`) also counted per minute
    or hour ('four calls a minute'), the unit that tells a slow rate."""
    slow = r"|(?:" + alternatives(slow_nouns) + r") (?:per|a|an) (?:minute|min|hour|hr)" if slow_nouns else ""
    return re.compile(_RATE_HEAD + slow + _RATE_TAIL)


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


def figure_owner(names: list[str], links: list[str], ours: tuple[str, ...] = ()) -> re.Pattern[str] | None:
    """A framework's name, then up to two linking words, at the end of the text before a rate: 'fastapi at 18k
    req/s', 'flask does 4k rps' (vocabulary.yaml `figure_links`); not when a word right before the name says it is
    the asker's own system ('our checkout runs flask at 6k req/s': `figure_ours`)."""
    if not names:
        return None
    linked = r"(?:(?:" + alternatives(links) + r")\s+){0,2}" if links else ""
    mine = "".join(r"(?<!\b" + re.escape(word) + " )" for word in ours)  # (a lookbehind is of fixed width)
    return re.compile(mine + r"\b(?:" + alternatives(names) + r")\s+" + linked + r"[^\w\s]*$")  # ("~18k")


def _framework_figure(norm: str, at: int, owner: re.Pattern[str] | None) -> bool:
    """The rate or budget starting at `at` is a framework's benchmark figure, not the asker's load (000
    "Performance": raw benchmarks rank the frameworks, they say nothing of the system being built)."""
    return owner is not None and owner.search(norm, max(0, at - 60), at) is not None


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
    figure_owner: re.Pattern[str] | None = None,
) -> list[tuple[str, str]]:
    """(requirement id, the words that carry it) for every threshold the numbers cross; with `scope_said` (a
    need saying what the app must hold), a small audience leaves the scope to it; a rate or budget said of a
    framework (`figure_owner`: "fastapi at 18k req/s") is that framework's figure and carries no need."""
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
    rates = list(_rate(tuple(vocab.slow_rate_nouns)).finditer(norm))
    growth = _growth(norm, vocab.rate_growth) if rates else None  # (a paste of prose mostly says no rate)
    for match in rates:
        if _framework_figure(norm, match.start(), figure_owner):
            continue
        rate = float(match.group(1)) * {"k": 1_000, "t": 1_000, "m": 1_000_000}.get((match.group(2) or " ")[0], 1)
        if "min" in match.group(3) or match.group(3) == "rpm":
            rate /= 60
        elif match.group(3).endswith(("hour", "hr")):
            rate /= 3600
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
    found += held_crowds(norm, vocab)  # "9,000 open connections": held at once, no "at once" needed
    budgets = [
        m.group(0)
        for m in _LATENCY.finditer(norm)
        if float(m.group(1)) <= vocab.low_latency_max_ms and not _framework_figure(norm, m.start(), figure_owner)
    ]
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
