"""Whether a clause places what it says in an earlier project or job ('at my previous job we built …', 'my last 3
clients were …'), before a given word: what is said there is that project's, not the one asked about."""

from __future__ import annotations

from knowledge.reading import counts
from knowledge.reading.scope import says_run


def placed_before(raw: list[str], start: int, past: frozenset[tuple[str, ...]], turns: frozenset[str]) -> bool:
    """A `past` cue before `start`, with no word turning to this project ('but', 'here', 'now': `turns`) after it;
    a count between the cue's words ('my last 3 clients') does not hide it."""
    before = [word for word in raw[:start] if word not in counts.NUMBER_WORDS and not word.isdigit()]
    if not says_run(before, past):
        return False
    for at in range(len(before) - 1, -1, -1):
        if before[at] in turns:
            return False
        if any(tuple(before[at : at + len(run)]) == run for run in past):
            return True
    return False


def names_inside(raw: list[str], start: int, end: int, past: frozenset[tuple[str, ...]]) -> bool:
    """The words from `start` to `end` sit inside a `past` cue, describing it ('our last flask project', 'my
    previous django job'): the earlier project is named by what it ran, so the framework is that project's."""
    for run in past:
        for cut in range(1, len(run)):
            if (
                tuple(raw[max(0, start - cut) : start]) == run[:cut]
                and tuple(raw[end : end + len(run) - cut]) == run[cut:]
            ):
                return True
    return False


def placed_after(
    raw: list[str],
    end: int,
    past: frozenset[tuple[str, ...]],
    *,
    leads: frozenset[str],
    reach: int,
    stops: frozenset[str],
) -> bool:
    """'i did flask for years at my old job': within `reach` words after the framework, a lead word ('at', 'in')
    opens a `past` cue (one determiner such as 'my' may stand between), with no word turning to this project
    (`stops`) before it; the framework is that earlier job's."""
    for at in range(end, min(len(raw), end + reach)):
        if raw[at] in stops:
            return False
        if raw[at] not in leads:
            continue
        for skip in (1, 2):  # "at my old job", "at old job"
            if any(tuple(raw[at + skip : at + skip + len(run)]) == run for run in past):
                return True
    return False
