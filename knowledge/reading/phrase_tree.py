"""The phrases an index knows, as a prefix tree of their word keys (Snowball stems, or a word read whole), with
the tags each phrase carries, the names that must be spelled as written, and the fillers a phrase may hold."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, NamedTuple

from knowledge.reading.shorthand import Shorthand
from knowledge.reading.typos import TypoRepair

if TYPE_CHECKING:
    from knowledge.reading.phrases import Match

_Tags = tuple[tuple[str, str], ...]


class Tagging(NamedTuple):
    """A phrase's tags, and the same by kind: built once per phrase when the index is, shared by its matches."""

    tags: _Tags
    kinds: Mapping[str, str]


def _tagging(tags: _Tags) -> Tagging:
    return Tagging(tags, dict(tags))  # typed read-only: every match of the phrase shares it


class Node:
    """A node of the phrase prefix tree: the words that may follow, and the tagging of a phrase ending here."""

    __slots__ = ("children", "spelled", "tagging")

    def __init__(self) -> None:
        self.children: dict[str, Node] = {}
        self.tagging: Tagging | None = None
        self.spelled = False  # the phrase ending here is a name that must be spelled as written


class PhraseTree:
    """Tagged phrases by word keys, as a dict and as a prefix tree, with the shorthand and typo repair to read
    words as the keys they stand for."""

    def __init__(
        self,
        tagged_phrases: Iterable[tuple[tuple[str, ...], str, str]],
        protected: Iterable[str],
        *,
        shorthand: dict[str, str] | None = None,
        exact_kinds: frozenset[str] = frozenset(),
        whole: Iterable[str] = (),
        fillers: Mapping[str, frozenset[str]] | None = None,
        named_shorthand: Mapping[str, str] | None = None,
        name_nouns: Iterable[str] = (),
        name_breaks: Iterable[str] = (),
    ):
        self.shorthand = Shorthand(shorthand, named_shorthand, name_nouns, name_breaks)
        # Phrases are read the way text is: "hard to find devs" must match after "devs" is expanded.
        tagged = [(tuple(self.shorthand.expand(list(phrase))), kind, value) for phrase, kind, value in tagged_phrases]
        whole = frozenset(whole)
        key_of = TypoRepair.key_reader(whole)  # "experience" read whole: its stem is also "experiment"'s
        # "we already know", "in front of our legacy services": a word a phrase of some kinds may hold inside it,
        # by its key, with the kinds such a phrase may have; a filler no phrase holds ("actually") is read as
        # written, so it is kept under that spelling too
        self._fillers = {key: kinds for word, kinds in (fillers or {}).items() for key in {key_of(word), word}}
        tags: dict[tuple[str, ...], list[tuple[str, str]]] = {}
        for phrase, kind, value in tagged:
            key = tuple(key_of(word) for word in phrase)
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
                self._spellings.setdefault(tuple(key_of(word) for word in phrase), set()).add(phrase)
        self._misspelled: dict[tuple[str, ...], Tagging | None] = {}
        for key in self._spellings:
            kept = tuple(tag for tag in self._tags[key] if tag[0] not in exact_kinds)
            self._misspelled[key] = shared.get(kept) or _tagging(kept) if kept else None
        lengths: dict[str, set[int]] = {}
        for phrase in tags:
            lengths.setdefault(phrase[0], set()).add(len(phrase))
        # Per first word, the phrase lengths to try, longest first: a few dict look-ups per position.
        self._lengths = {first: sorted(found, reverse=True) for first, found in lengths.items()}
        # The same phrases as a prefix tree: a scan walks on from a word only while some phrase goes on.
        self._trie: dict[str, Node] = {}
        for phrase, tagging in self._taggings.items():
            node = self._trie.setdefault(phrase[0], Node())
            for word in phrase[1:]:
                node = node.children.setdefault(word, Node())
            node.tagging = tagging
            node.spelled = phrase in self._spellings
        # A word opens a phrase said at it only if it is a phrase alone or the next word goes on with it: most
        # words that open some phrase ("api", "real") open none where they stand, and a scan skips them.
        self._alone = frozenset(first for first, node in self._trie.items() if node.tagging is not None)
        self._pairs = frozenset((first, second) for first, node in self._trie.items() for second in node.children)
        self.vocabulary: frozenset[str] = frozenset(word for phrase in tags for word in phrase)
        # Unknown words are read as the known word they are a small typo of; the parser sets its budget per message.
        known = (word for phrase, _, _ in tagged for word in phrase)
        self.typos = TypoRepair(self.vocabulary, known, frozenset(protected) | whole, whole)
        self._pairs_read: dict[tuple[str, str], tuple[Match, ...]] = {}  # see scan_pair
