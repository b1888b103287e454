"""Finding known phrases in a message's words.

Everything the parser recognises (requirements, lexicon terms, frameworks, cue words) is a
phrase: a sequence of lower-case words. `PhraseIndex` compares words by their Snowball stem
(so "webhooks", "serving" and "dashboards" need no entries of their own), expands chat
shorthand ("mgmt", "reqs"), and repairs remaining unknown words by small typo corrections,
which it marks as fuzzy so that the advisor never trusts them as much as a word typed right.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping
from itertools import compress, filterfalse
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein, Levenshtein

from knowledge.base.text import stem, words

FUZZY_SEARCHES_PER_MESSAGE = 96  # new unknown words typo-searched per message (a paste has hundreds)
_MIN_FUZZY_LENGTH = 5  # shorter words are too easily one edit from a real word ("erp" / "era")


class Match(NamedTuple):
    """A known phrase found at words[start:end], with every tag attached to it (a tuple: a long paste makes
    hundreds, and a frozen dataclass is several times slower to build)."""

    start: int
    end: int
    tags: tuple[tuple[str, str], ...]
    kinds: Mapping[str, str]  # the tags by kind, the last of a kind winning; one read-only mapping per phrase
    surface: str
    fuzzy: bool = False  # at least one word was typo-corrected to match


def _closest(word: str, choices: list[str], limit: int) -> str | None:
    """The first of the choices nearest to `word` within `limit` Damerau-Levenshtein edits. The quadratic DL
    distance runs only on the choices within twice the limit in plain Levenshtein edits, found with rapidfuzz's
    bit-parallel scorer: a transposition is two plain edits, so no choice within the limit is left out."""
    if not choices:
        return None
    near = process.extract(word, choices, scorer=Levenshtein.distance, score_cutoff=2 * limit, limit=None)
    if not near:
        return None
    kept = [choices[index] for index in sorted(index for _, _, index in near)]  # in their first order: ties go first
    best = process.extractOne(word, kept, scorer=DamerauLevenshtein.distance, score_cutoff=limit)
    return best[0] if best is not None else None


_Tags = tuple[tuple[str, str], ...]


class _Tagging(NamedTuple):
    """A phrase's tags, and the same by kind: built once per phrase when the index is, shared by its matches."""

    tags: _Tags
    kinds: Mapping[str, str]


def _tagging(tags: _Tags) -> _Tagging:
    return _Tagging(tags, dict(tags))  # typed read-only: every match of the phrase shares it


def _next_number(numbers: list[int], at: int, none: int) -> int:
    """Where the first bare number at or after `at` is, in the sorted positions `numbers` (`none` if none)."""
    k = bisect_left(numbers, at)
    return numbers[k] if k < len(numbers) else none


class PhraseSet:
    """Whether some of a few phrases is said in a list of words ('keeps breaking'): looked up from the words
    that open a phrase, so a clause holding none of them is passed with one set test."""

    def __init__(self, phrases: Iterable[tuple[str, ...]]) -> None:
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        self._empty = False  # an empty phrase is in any words
        for phrase in phrases:
            if phrase:
                self._by_first.setdefault(phrase[0], []).append(phrase)
            else:
                self._empty = True

    def said_in(self, said: list[str]) -> bool:
        if self._empty:
            return True
        by_first = self._by_first
        if by_first.keys().isdisjoint(said):
            return False
        return any(
            tuple(said[i : i + len(phrase)]) == phrase
            for i, word in enumerate(said)
            for phrase in by_first.get(word, ())
        )


class _Node:
    """A node of the phrase prefix tree: the words that may follow, and the tagging of a phrase ending here."""

    __slots__ = ("children", "tagging")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.tagging: _Tagging | None = None


class PhraseIndex:
    """Longest-match lookup of tagged phrases by word stems, tolerant of shorthand and small typos."""

    def __init__(
        self,
        tagged_phrases: Iterable[tuple[tuple[str, ...], str, str]],
        protected: Iterable[str],
        shorthand: dict[str, str] | None = None,
        exact_kinds: frozenset[str] = frozenset(),
    ):
        self._shorthand = {word: tuple(words(expansion)) for word, expansion in (shorthand or {}).items()}
        # Phrases are read the way text is: "hard to find devs" must match after "devs" is expanded.
        tagged = [(tuple(self.expand(list(phrase))), kind, value) for phrase, kind, value in tagged_phrases]
        tags: dict[tuple[str, ...], list[tuple[str, str]]] = {}
        for phrase, kind, value in tagged:
            key = tuple(stem(word) for word in phrase)
            if key and (kind, value) not in tags.setdefault(key, []):
                tags[key].append((kind, value))
        self._tags: dict[tuple[str, ...], _Tags] = {p: tuple(t) for p, t in tags.items()}
        shared = {t: _tagging(t) for t in set(self._tags.values())}  # one per distinct tags: a need has many phrases
        self._taggings = {p: shared[t] for p, t in self._tags.items()}
        # A name of several words ("flask-migrate") is matched as spelled, not by stems: "flask migration" is a
        # move, not the package. Per stem key, the spellings that may carry the exact kinds' tags, and the
        # phrase's tagging without them (None: no tag left).
        self._exact_kinds = exact_kinds
        self._spellings: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
        for phrase, kind, _ in tagged:
            if kind in exact_kinds and len(phrase) > 1:
                self._spellings.setdefault(tuple(stem(word) for word in phrase), set()).add(phrase)
        self._misspelled: dict[tuple[str, ...], _Tagging | None] = {}
        for key in self._spellings:
            kept = tuple(tag for tag in self._tags[key] if tag[0] not in exact_kinds)
            self._misspelled[key] = shared.get(kept) or _tagging(kept) if kept else None
        lengths: dict[str, set[int]] = {}
        for phrase in tags:
            lengths.setdefault(phrase[0], set()).add(len(phrase))
        # Per first word, the phrase lengths to try, longest first: a few dict look-ups per position.
        self._lengths = {first: sorted(found, reverse=True) for first, found in lengths.items()}
        # The same phrases as a prefix tree: a scan walks on from a word only while some phrase goes on.
        self._trie: dict[str, _Node] = {}
        for phrase, tagging in self._taggings.items():
            node = self._trie.setdefault(phrase[0], _Node())
            for word in phrase[1:]:
                node = node.children.setdefault(word, _Node())
            node.tagging = tagging
        self.vocabulary: frozenset[str] = frozenset(word for phrase in tags for word in phrase)
        self._protected = frozenset(protected) | frozenset(stem(word) for word in protected)
        self._surface: dict[str, str] = {}  # a known stem -> one full word it came from, for typo repair
        for phrase, _, _ in tagged:
            for word in phrase:
                self._surface.setdefault(word, stem(word))
        # Candidates by first letter and length: a typo rarely changes the first letter and changes the
        # length by at most the edit limit; the buckets keep a cold paste of
        # 4,000 characters (hundreds of unseen words) inside the latency budget.
        self._fuzzy_by_first: dict[tuple[str, int], list[str]] = {}
        for word in sorted(self._surface):
            if len(word) >= _MIN_FUZZY_LENGTH and not word.isdigit():
                self._fuzzy_by_first.setdefault((word[0], len(word)), []).append(word)
        self._choices: dict[tuple[str, int, int], list[str]] = {}
        self._repairs: dict[str, tuple[str, str | None] | None] = {}
        # The cached repairs split for a scan's C-level look-ups: word -> key it is read as (a word missing reads as
        # itself), word -> the word a typo was corrected to (missing: no typo).
        self._keys: dict[str, str] = {}
        self._fixes: dict[str, str] = {}
        # Typo searches left for the message being read; the parser sets it per message, so a pasted
        # 4,000-character document repairs its first words and keeps within the latency budget.
        self.fuzzy_budget = 1 << 30
        self._nearest: dict[tuple[str, int, float], str | None] = {}

    def repair(self, word: str) -> tuple[str, str | None] | None:
        """The known stem `word` stands for, and the word it was corrected to (None: no typo); None if unknown."""
        if word in self._repairs:
            return self._repairs[word]
        found: tuple[str, str | None] | None = None
        key = stem(word)
        if key in self.vocabulary:
            found = (key, None)
        elif self.fuzzy_budget <= 0:
            return None  # not cached: a later, shorter message may still repair it
        elif (
            len(word) >= _MIN_FUZZY_LENGTH
            and word not in self._protected
            and key not in self._protected
            and not any(ch.isdigit() for ch in word)
        ):
            self.fuzzy_budget -= 1
            limit = 1 if len(word) < 9 else 2
            best = _closest(word, self._fuzzy_choices(word[0], len(word), limit), limit)
            if best is not None and best not in self._protected:
                found = (self._surface[best], best)
        if len(self._repairs) < 50_000:  # bounded: 4,000-character inputs must not grow memory forever
            self._repairs[word] = found
            if found is not None:
                self._keys[word] = found[0]
                if found[1] is not None:
                    self._fixes[word] = found[1]
        return found

    def knows_all(self, raw_words: Iterable[str]) -> bool:
        """Every word's repair is cached: scanning them again reads them alike, with no typo search."""
        return self._repairs.keys() >= set(raw_words)

    def _fuzzy_choices(self, first: str, size: int, limit: int) -> list[str]:
        """The known words a typo of a `size`-letter word opening with `first` may stand for; built once per kind."""
        key = (first, size, limit)
        choices = self._choices.get(key)
        if choices is None:
            by_first = self._fuzzy_by_first
            choices = [c for n in range(size - limit, size + limit + 1) for c in by_first.get((first, n), ())]
            if choices:  # bounded by the known words' letters and lengths, whatever lengths the text has
                self._choices[key] = choices
        return choices

    def expand(self, raw_words: list[str]) -> list[str]:
        """Chat shorthand to full words ("mgmt" -> "management", "w/o" handled by rewrites)."""
        if self._shorthand.keys().isdisjoint(raw_words):
            return raw_words
        out: list[str] = []
        for word in raw_words:
            out.extend(self._shorthand.get(word, (word,)))
        return out

    def scan(self, raw_words: list[str]) -> tuple[list[Match], list[tuple[str, str]]]:
        """Find phrases left to right, longest first; also return (typed, read-as) typo corrections."""
        return self.scan_clauses([raw_words])[0]

    def scan_clauses(self, clauses: list[list[str]]) -> list[tuple[list[Match], list[tuple[str, str]]]]:
        """`scan` for each clause, the words of all of them read in one pass (a phrase never spans two clauses):
        a long paste has a hundred clauses, most of them a few words long."""
        flat = [word for raw in clauses for word in raw]
        cache, uncached = self._repairs, {}
        if not cache.keys() >= set(flat):  # (one set test: most messages bring no new word)
            for word in filterfalse(cache.__contains__, flat):  # words not seen before, in reading order
                found = self.repair(word)
                if found is not None and word not in cache:
                    uncached[word] = found  # the cache is full
        # The cache answers almost every word of a long paste: looked up by map(), not word by word in Python.
        keys: list[str] = list(map(self._keys.get, flat, flat))
        fuzzy: list[str | None] = list(map(self._fixes.get, flat))
        if uncached:
            keys = [uncached[word][0] if word in uncached else key for word, key in zip(flat, keys, strict=True)]
            fuzzy = [uncached[word][1] if word in uncached else fixed for word, fixed in zip(flat, fuzzy, strict=True)]
        positions = range(len(flat))
        # where a phrase may start and where a bare number is (found in C): a scan visits these, not every word
        starts = list(compress(positions, map(self._trie.__contains__, keys)))
        digits = list(compress(positions, map(str.isdigit, keys)))
        scanned = []
        start = first = first_digit = 0
        for raw in clauses:
            stop = start + len(raw)
            last = bisect_left(starts, stop, first)
            last_digit = bisect_left(digits, stop, first_digit)
            numbers = [at - start for at in digits[first_digit:last_digit]]
            scanned.append(self._scan_span(flat, keys, fuzzy, starts[first:last], numbers, start=start, stop=stop))
            start, first, first_digit = stop, last, last_digit
        return scanned

    def _scan_span(
        self,
        flat: list[str],
        keys: list[str],
        fuzzy: list[str | None],
        starts: list[int],
        numbers: list[int],
        *,
        start: int,
        stop: int,
    ) -> tuple[list[Match], list[tuple[str, str]]]:
        """The phrases in flat[start:stop], one clause, at positions counted from its start; `starts`: the
        positions in it whose word opens some phrase, `numbers`: where its bare numbers are (from its start)."""
        matches: list[Match] = []
        corrections: list[tuple[str, str]] = []
        if not starts:
            return matches, corrections
        trie, lengths, spellings = self._trie, self._lengths, self._spellings
        # With a bare number in the clause, the phrases that may skip it are tried length by length, on the
        # clause's own keys
        local = keys[start:stop] if numbers else []
        free = start  # the first word no match covers
        for i in starts:
            if i < free:
                continue
            key = keys[i]
            node = trie[key]
            at: range | list[int]
            if numbers and _next_number(numbers, i - start + 1, len(local)) < i - start + lengths[key][0]:
                hit = self._longest_skipping_numbers(local, flat[start:stop], i - start, numbers)
                if hit is None:
                    continue
                end, tagging, at = hit[0] + start, hit[1], [j + start for j in hit[2]]
            else:
                # walk the prefix tree while some phrase goes on, keeping each phrase that ends on the way; the
                # longest wins unless its tags are all for names that must be spelled as written
                ends: list[tuple[int, _Tagging]] = []
                j = i + 1
                while True:
                    if node.tagging is not None:
                        ends.append((j, node.tagging))
                    if j >= stop or (child := node.children.get(keys[j])) is None:
                        break
                    node, j = child, j + 1
                found: tuple[int, _Tagging] | None = None
                for end, said in reversed(ends):
                    kept = self._as_spelled(said, keys, flat, range(i, end)) if spellings and end > i + 1 else said
                    if kept is not None:
                        found = (end, kept)
                        break
                if found is None:
                    continue
                (end, tagging), at = found, range(i, found[0])
            was_fuzzy = any(fuzzy[j] for j in at)
            if was_fuzzy:
                corrections += [(flat[j], fixed) for j in at if (fixed := fuzzy[j])]
            matches.append(Match(i - start, end - start, tagging.tags, tagging.kinds, " ".join(flat[i:end]), was_fuzzy))
            free = end
        return matches, corrections

    def _as_spelled(
        self, tagging: _Tagging, keys: list[str], raw_words: list[str], at: range | list[int]
    ) -> _Tagging | None:
        """The tagging of a phrase of several words found at `at`, less the exact kinds' tags when the words are
        not spelled as one of the names (None when no tag is left)."""
        key = tuple(keys[j] for j in at)
        spelled = self._spellings.get(key)
        if spelled and tuple(raw_words[j] for j in at) not in spelled:
            return self._misspelled[key]
        return tagging

    def _longest_skipping_numbers(
        self, keys: list[str], raw_words: list[str], i: int, numbers: list[int]
    ) -> tuple[int, _Tagging, range | list[int]] | None:
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
                at = [j for j in window if j == i or not keys[j].isdigit() or self._opens(keys, j)][:length]
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

    def nearest(self, word: str, choices: list[str], max_distance: float = 0.6) -> str | None:
        """Closest of `choices` to an unknown word, for 'did you mean …?' (distance as a share of length)."""
        key = (word, len(choices), max_distance)  # callers pass one fixed list of names per index
        if key in self._nearest:
            return self._nearest[key]
        scorer = DamerauLevenshtein.normalized_distance
        best = process.extractOne(word, choices, scorer=scorer, score_cutoff=max_distance)
        found = best[0] if best else None
        if len(self._nearest) < 50_000:  # bounded like the repairs
            self._nearest[key] = found
        return found
