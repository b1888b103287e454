"""Crowds said by what a server holds for them: '9,000 open connections', '4,000 concurrent clients', '40k
subscribers' of a live feed. Each connection is held at once, so a large count of them is high concurrency (000
"Performance": FastAPI shines when concurrency is high; 003 "When each wins > FastAPI wins": WebSocket apps),
though no 'at once' is said."""

from __future__ import annotations

import functools
import re

from knowledge.base.models import Vocabulary
from knowledge.reading.alternation import alternatives

# a count (k/m, or "thousands of"), found by its digit with the boundary checked behind it
_COUNT = r"(?:(\d(?<![\w.]\d)\d*(?:\.\d+)?)\s*(k|m|thousand|million)?\b\s*\+?|(thousands|millions)\s+of)\s*"
_DESCRIBED = r"((?:[a-z']+[\s-]+){0,3}?)"  # up to three describing words before the counted noun
_SCALE = {"k": 1_000, "t": 1_000, "m": 1_000_000}
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")
_COUNTED = re.compile(r"\d|thousands|millions")  # what every count above opens on: without it, no crowd is read


@functools.cache
def _after_count(nouns: tuple[str, ...], described: bool) -> re.Pattern[str] | None:
    """A count, (with `described`) up to three describing words, then one of `nouns`."""
    between = _DESCRIBED if described else "()"
    return re.compile(_COUNT + between + r"(?:" + alternatives(list(nouns)) + r")\b") if nouns else None


@functools.cache
def _words(words: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile(r"\b(?:" + alternatives(list(words)) + r")\b") if words else None


@functools.cache
def _ends_with(words: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile(r"\b(?:" + alternatives(list(words)) + r")\s+$") if words else None


@functools.cache
def _starts_with(words: tuple[str, ...], skipped: tuple[str, ...]) -> re.Pattern[str] | None:
    """One of `words` opening what follows, up to two `skipped` words before it ('push a new build')."""
    if not words:
        return None
    skip = r"(?:(?:" + alternatives(list(skipped)) + r")\s+){0,2}" if skipped else ""
    return re.compile(r"\s*" + skip + r"(?:" + alternatives(list(words)) + r")\b")


def _sentence(norm: str, start: int, end: int) -> str:
    """The sentence holding norm[start:end]."""
    before = [m.end() for m in _SENTENCE_END.finditer(norm, 0, start)]
    after = _SENTENCE_END.search(norm, end)
    return norm[before[-1] if before else 0 : after.start() if after else len(norm)]


def held_crowds(norm: str, vocab: Vocabulary) -> list[tuple[str, str]]:
    """('high-concurrency', words) for each count of held connections, of clients said to come together, or of a
    live feed's receivers, reaching crowd_min, with ('realtime', words) where its sentence says the feed is live;
    a tally over time or a setting ('a day', 'registered', 'pool') is none."""
    if _COUNTED.search(norm) is None:
        return []
    tally = _words(tuple(vocab.crowd_tally_words))
    pushed = _words(tuple(vocab.crowd_push_words))
    not_after = _ends_with(tuple(vocab.crowd_push_not_after))
    skipped = tuple(vocab.crowd_thing_lead_ins)
    not_before = _starts_with(tuple(vocab.crowd_push_not_before), skipped)
    things = _starts_with(tuple(vocab.crowd_lead_things), skipped)
    found: list[tuple[str, str]] = []
    patterns = (
        _after_count(tuple(vocab.crowd_held_nouns), True),
        _after_count(tuple(vocab.crowd_leads), False),
        _after_count(tuple(vocab.crowd_push_nouns), True),
    )
    for kind, pattern in enumerate(patterns):
        for match in pattern.finditer(norm) if pattern else ():
            count = float(match.group(1) or 0) * _SCALE.get((match.group(2) or " ")[0], 1)
            if not match.group(3) and count < vocab.crowd_min:
                continue
            near = match.group(4) + norm[match.end() : match.end() + 24]  # describing words and what follows
            if tally is not None and tally.search(near):
                continue
            if kind == 1 and things is not None and things.match(norm, match.end()):
                continue  # "5000 online courses": things offered, not people at once
            sentence = _sentence(norm, match.start(), match.end())
            live = pushed is not None and _live(pushed, sentence, not_after, not_before)
            if kind == 2 and not live:
                continue  # "40k subscribers" of a newsletter: receivers, but of nothing held live
            found.append(("high-concurrency", match.group(0).strip()))
            if live:  # "pick lists pushed live to 1,800 devices": the crowd is fed as things happen
                found.append(("realtime", match.group(0).strip()))
    return found


def _live(
    pushed: re.Pattern[str], sentence: str, not_after: re.Pattern[str] | None, not_before: re.Pattern[str] | None
) -> bool:
    """A push word in `sentence` not in another sense ('we go live' is a launch, 'push a hotfix' a release, not a
    live feed)."""
    return any(
        (not_after is None or not not_after.search(sentence, max(0, word.start() - 12), word.start()))
        and (not_before is None or not not_before.match(sentence, word.end()))
        for word in pushed.finditer(sentence)
    )
