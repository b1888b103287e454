"""Cue patterns, built from vocabulary lists, that tell what a written duration measures when it is not how long
the system must live: time gone by ("hasnt been touched in a year"), the time there is to build ("we have 3
weeks"), how long builders are staffed ("two devs for six months"), someone's experience ("8 years of flask");
and a year the system is still kept in ("whoever maintains it in 2031"). `horizons.horizon_years` takes them.
"""

from __future__ import annotations

import re

from knowledge.reading.alternation import alternatives
from knowledge.reading.counts import NUM


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


def budget(words: list[str], glossed: bool = False) -> re.Pattern[str] | None:
    """'we have 3 weeks': right before a duration (`words`: `budget_before`), a hedge word allowed between;
    `glossed` also lets a bracket or colon stand between ('the end of the sprint (2 wks)', 'deadline: 3 weeks'),
    the duration then glossing the date just named."""
    if not words:
        return None
    gap = r"\s*[(:]\s*|\s+" if glossed else r"\s+"
    return re.compile(  # ("go-live is in 8 weeks": a hyphen joins a cue's words as a space does)
        r"\b(?:"
        + alternatives(words, r"[\s-]+")
        + r")(?:"
        + gap
        + r")(?:only\s+|just\s+|about\s+|around\s+|roughly\s+|~\s*)?$"
    )


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


def schedule_after(words: list[str]) -> re.Pattern[str] | None:
    """'a 4-month timeline', '2 months out': right after a duration, a schedule word (`schedule_after`); 'out of'
    ('6 months out of support') is another phrase."""
    if not words:
        return None
    return re.compile(r"\s*(?:" + alternatives(words) + r")\b(?!\s+of\b)")


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


def staffing_ended(words: list[str]) -> re.Pattern[str] | None:
    """'two devs for 3 months, then it gets archived': words (vocabulary.yaml `staffing_ends`) saying the system
    ends with the staffing, so the staffed duration is its life too."""
    return re.compile(r"\b(?:" + alternatives(words) + r")\b") if words else None


def tenure(words: list[str]) -> re.Pattern[str] | None:
    """'10 years of experience', '8 years of flask', '5 years with django': right after a duration, the skill
    someone has worked with that long (`words`: vocabulary.yaml `tenure_after` and the frameworks' names)."""
    if not words:
        return None
    return re.compile(r"\s*(?:of\s+|with\s+|in\s+)?(?:" + alternatives(words) + r")\b")


def point(words: list[str]) -> re.Pattern[str] | None:
    """'after 8 months', 'within a year': right before a duration, a point word (`words`: `point_before`), a hedge
    word allowed between."""
    if not words:
        return None
    return re.compile(r"\b(?:" + alternatives(words) + r")\s+(?:about\s+|around\s+|roughly\s+|~\s*)?$")
