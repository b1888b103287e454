"""Finding known phrases in a message's words.

Everything the parser recognises (requirements, lexicon terms, frameworks, cue words) is a
phrase: a sequence of lower-case words. `PhraseIndex` reads each clause's words as the keys of
its `PhraseTree` (phrase_tree.py: Snowball stems, shorthand read out, typos repaired), and walks
the tree to find the longest phrase that is said at each word.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from itertools import accumulate, chain, compress, filterfalse, pairwise
from operator import or_
from typing import NamedTuple

from knowledge.reading.counts import SPELLED_COUNTS, is_count
from knowledge.reading.phrase_tree import Node, PhraseTree, Tagging

_MAX_FILLERS = 2  # "we are still mostly on", "in front of several existing services"
_MAX_PAIRS_READ = 50_000  # bounded like the typo repairs
# an index whose phrases open with fewer words than this (the intent cues: about a hundred) finds where they may
# start word by word among the few that open one; the lexicon (thousands) opens most words, found in C passes
_FEW_FIRST_WORDS = 500


class Match(NamedTuple):
    """A known phrase found at words[start:end], with every tag attached to it (a tuple: a long paste makes
    hundreds, and a frozen dataclass is several times slower to build)."""

    start: int
    end: int
    tags: tuple[tuple[str, str], ...]
    kinds: Mapping[str, str]  # the tags by kind, the last of a kind winning; one read-only mapping per phrase
    surface: str
    fuzzy: bool = False  # at least one word was typo-corrected to match


# a match built as the tuple it is, in C: a paste makes hundreds, and the named tuple's own __new__ is Python
_new_match = tuple.__new__


def _next_number(numbers: list[int], at: int, none: int) -> int:
    """Where the first bare number at or after `at` is, in the sorted positions `numbers` (`none` if none)."""
    k = bisect_left(numbers, at)
    return numbers[k] if k < len(numbers) else none


class PhraseIndex(PhraseTree):
    """Longest-match lookup of tagged phrases by word stems, tolerant of shorthand and small typos."""

    def scan(self, raw_words: list[str]) -> tuple[list[Match], list[tuple[str, str]]]:
        """Find phrases left to right, longest first; also return (typed, read-as) typo corrections."""
        return self.scan_clauses([raw_words])[0]

    def scan_pair(self, first: str, second: str) -> tuple[Match, ...]:
        """The phrases in two words ("a form", "small api"), asked of a paste's clauses again and again: kept once
        the typo cache knows both words, when their reading can no longer change."""
        found = self._pairs_read.get((first, second))
        if found is None:
            found = tuple(self.scan([first, second])[0])
            repairs = self.typos.repairs
            if first in repairs and second in repairs and len(self._pairs_read) < _MAX_PAIRS_READ:
                self._pairs_read[(first, second)] = found
        return found

    def scan_clauses(self, clauses: list[list[str]]) -> list[tuple[list[Match], list[tuple[str, str]]]]:
        """`scan` for each clause, the words of all of them read in one pass (a phrase never spans two clauses):
        a long paste has a hundred clauses, most of them a few words long."""
        flat = list(chain.from_iterable(clauses))
        typos = self.typos
        cache, uncached = typos.repairs, {}
        if not all(map(cache.__contains__, flat)):  # (looked up in C: most messages bring no new word)
            for word in filterfalse(cache.__contains__, flat):  # words not seen before, in reading order
                repaired = typos.repair(word)
                if repaired is not None and word not in cache:
                    uncached[word] = repaired  # the cache is full
        # The cache answers almost every word of a long paste: looked up by map(), not word by word in Python.
        keys: list[str] = list(map(typos.keys.get, flat, flat))
        fuzzy: list[str | None] = list(map(typos.fixes.get, flat))
        if uncached:
            keys = [uncached[word][0] if word in uncached else key for word, key in zip(flat, keys, strict=True)]
            fuzzy = [uncached[word][1] if word in uncached else fixed for word, fixed in zip(flat, fuzzy, strict=True)]
        positions = range(len(flat))
        # where a phrase may start and where a bare number is (found in C): a scan visits these, not every word
        counts = map(or_, map(str.isdigit, keys), map(SPELLED_COUNTS.__contains__, keys))  # is_count, in C
        digits = list(compress(positions, counts))
        starts = self._starts(keys, digits)
        fuzzy_at = set(compress(positions, fuzzy))  # where a typo was corrected: in few pastes, at few words
        scanned: list[tuple[list[Match], list[tuple[str, str]]]] = [([], []) for _ in clauses]
        # one pass over the starts of every clause (a phrase never spans two), each read from its clause's start
        clause_ends = list(accumulate(map(len, clauses)))
        trie, lengths, fillers = self._trie, self._lengths, self._fillers
        clause = -1
        start = stop = free = first_digit = 0
        numbers: list[int] = []  # where the clause's bare numbers are, from its start
        local: list[str] = []  # with a bare number in the clause: its keys and words, for the phrases that may
        local_words: list[str] = []  # skip the number, tried length by length
        matches: list[Match] = []
        corrections: list[tuple[str, str]] = []
        for i in starts:
            if i >= stop:  # the first start of a later clause (a quarter of the clauses have none)
                clause = bisect_right(clause_ends, i, clause + 1)
                stop = clause_ends[clause]
                start = free = stop - len(clauses[clause])
                first_digit = bisect_left(digits, start, first_digit)
                last_digit = bisect_left(digits, stop, first_digit)
                numbers = [at - start for at in digits[first_digit:last_digit]] if first_digit < last_digit else []
                local = keys[start:stop] if numbers else []
                local_words = flat[start:stop] if numbers else []
                matches, corrections = scanned[clause]
            elif i < free:
                continue
            key = keys[i]
            node = trie[key]
            at: range | list[int]
            if numbers and _next_number(numbers, i - start + 1, len(local)) < i - start + lengths[key][0]:
                hit = self._longest_skipping_numbers(local, local_words, i - start, numbers)
                if hit is None:
                    continue
                end, tagging, at = hit[0] + start, hit[1], [j + start for j in hit[2]]
            elif not node.children and node.tagging is not None:  # a phrase no longer one goes on from: no walk
                end, tagging, at = i + 1, node.tagging, range(i, i + 1)
            else:
                # walk the prefix tree while some phrase goes on, keeping each phrase that ends on the way; the
                # longest wins unless its tags are all for names that must be spelled as written
                ends: list[tuple[int, Tagging, bool]] = []  # (end, tagging, its spelling to check)
                j = i + 1
                kept_kinds: frozenset[str] | None = None  # once a filler is skipped, the kinds a match may have
                while True:
                    if node.tagging is not None and (kept_kinds is None or kept_kinds.issuperset(node.tagging.kinds)):
                        ends.append((j, node.tagging, node.spelled or kept_kinds is not None))
                    if j >= stop:
                        break
                    if (child := node.children.get(keys[j])) is None:
                        # skip a filler or two ("several existing") when the phrase goes on after them
                        if keys[j] not in fillers or (hop := self._after_fillers(node, keys, j, stop)) is None:
                            break
                        kept_kinds = hop[2] if kept_kinds is None else kept_kinds & hop[2]
                        j, child = hop[0], hop[1]
                    node, j = child, j + 1
                found: tuple[int, Tagging] | None = None
                for end, said, check in reversed(ends):
                    kept = self._as_spelled(said, keys, flat, range(i, end)) if check and end > i + 1 else said
                    if kept is not None:
                        found = (end, kept)
                        break
                if found is None:
                    continue
                (end, tagging), at = found, range(i, found[0])
            was_fuzzy = bool(fuzzy_at) and not fuzzy_at.isdisjoint(at)
            if was_fuzzy:
                corrections += [(flat[j], fixed) for j in at if (fixed := fuzzy[j])]
            surface = flat[i] if end == i + 1 else " ".join(flat[i:end])
            matches.append(_new_match(Match, (i - start, end - start, tagging.tags, tagging.kinds, surface, was_fuzzy)))
            free = end
        return scanned

    def _starts(self, keys: list[str], digits: list[int]) -> list[int]:
        """The positions where a phrase may be said: a phrase alone, the first two words of one, or a word
        opening some phrase right before a bare number or a filler (which a phrase may skip: "expose 3 models")."""
        positions = range(len(keys))
        trie = self._trie
        if len(trie) < _FEW_FIRST_WORDS:  # (the intent cues: few of a paste's words open one) looked at one by one
            return self._starts_among(keys, list(compress(positions, map(trie.__contains__, keys))), set(digits))
        found = set(compress(positions, map(self._alone.__contains__, keys)))
        found.update(compress(positions, map(self._pairs.__contains__, pairwise(keys))))
        found.update(at - 1 for at in digits if at and keys[at - 1] in trie)
        if self._fillers:  # "we already know": a filler right after a phrase's first word
            fillers = compress(positions, map(self._fillers.__contains__, keys))
            found.update(at - 1 for at in fillers if at and keys[at - 1] in trie)
        return sorted(found)

    def _starts_among(self, keys: list[str], opens: list[int], digits: set[int]) -> list[int]:
        """`_starts`, from the positions whose word opens some phrase (in order)."""
        trie, alone, fillers = self._trie, self._alone, self._fillers
        last = len(keys) - 1
        return [
            i
            for i in opens
            if keys[i] in alone
            or (i < last and (keys[i + 1] in trie[keys[i]].children or i + 1 in digits or keys[i + 1] in fillers))
        ]

    def _after_fillers(
        self, node: Node, keys: list[str], at: int, stop: int
    ) -> tuple[int, Node, frozenset[str]] | None:
        """Where a phrase goes on after a filler or two at keys[at] (its position and node), and the kinds a phrase
        holding those fillers may have; None when no filler there lets it go on."""
        fillers = self._fillers
        kinds: frozenset[str] | None = None
        skip = at
        while skip < stop and skip - at < _MAX_FILLERS and keys[skip] in fillers:
            kinds = fillers[keys[skip]] if kinds is None else kinds & fillers[keys[skip]]
            skip += 1
            if skip < stop and (child := node.children.get(keys[skip])) is not None:
                return skip, child, kinds
        return None

    def _as_spelled(
        self, tagging: Tagging, keys: list[str], raw_words: list[str], at: range | list[int]
    ) -> Tagging | None:
        """The tagging of a phrase of several words found at `at`, less the exact kinds' tags when the words are
        not spelled as one of the names (None when no tag is left)."""
        key = tuple(keys[j] for j in at)
        spelled = self._spellings.get(key)
        if spelled and tuple(raw_words[j] for j in at) not in spelled:
            return self._misspelled[key]
        return tagging

    def _longest_skipping_numbers(
        self, keys: list[str], raw_words: list[str], i: int, numbers: list[int]
    ) -> tuple[int, Tagging, range | list[int]] | None:
        """The longest phrase starting at keys[i] when a bare number falls within its reach, tried length by length."""
        phrases, count = self._taggings, len(keys)
        for length in self._lengths[keys[i]]:
            end = i + length
            tagging = phrases.get(tuple(keys[i:end])) if end <= count else None
            at: range | list[int] = range(i, end)
            if tagging is None and length > 1 and _next_number(numbers, i + 1, count) < end:
                # "expose 3 models", "split into 12 services": a bare count inside a phrase is skipped
                # unless the count opens a phrase of its own ("for 10 year product": "10 year product" reads).
                window = range(i, min(count, i + 2 * length))
                at = [j for j in window if j == i or not is_count(keys[j]) or self._opens(keys, j)][:length]
                skipped = len(at) == length and at[-1] >= i + length
                tagging = phrases.get(tuple(keys[j] for j in at)) if skipped else None
                end = at[-1] + 1
            if tagging is not None and end > i + 1:
                tagging = self._as_spelled(tagging, keys, raw_words, at)
            if tagging is not None:
                return end, tagging, at
        return None

    def _opens(self, keys: list[str], at: int) -> bool:
        """Some phrase starts at keys[at]."""
        return any(self._tags.get(tuple(keys[at : at + n])) for n in self._lengths.get(keys[at], ()))
