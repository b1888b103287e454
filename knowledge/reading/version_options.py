"""Frameworks named with a release number as one of the options weighed ("django 5.1 or flask 3.0 for the
intranet?", "fastapi 0.110 vs litestar 2"), as the one tried or looked at ("should we look at litestar 2.0?",
"trying quart 0.19 for the chat bit"), or listed after an options word ("alternatives: litestar 2, django 5"):
the number says which release would be taken up, not one installed, so it does not make the framework what runs."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from knowledge.reading.word_runs import WordRuns

# a word, or a release; a dot stays inside only between two characters ("2.0", not the full stop in "django.")
_TOKEN = re.compile(r"[a-z0-9](?:[a-z0-9_-]|\.(?=[a-z0-9]))*|\S")
_RELEASE = re.compile(r"v?\d+(?:\.\d+)*(?:\.?x)?(?:\+)?|lts")  # "5.1", "v2", "4.2.x", "0.11x", "lts"
_GAP = 3  # words between an option joiner and the framework on either side ("or plain old flask 3")
_LEAD_GAP = 2  # words between a trying lead and the framework ("look at the new litestar 2")
_ENDS = frozenset(".!?")  # a list after "options:" ends with its sentence
_LIST_GLUE = frozenset({",", "/", "and", "or", "&"})  # between options listed side by side
# "look at our flask 2.3 logs", "this is about our django 4.2 app": the release of the team's own app, not one weighed
_OWNERS = frozenset({"our", "my", "ours", "we", "us"})
# "give litestar 2 a spin": a giving lead weighs the release only with the trial said after it ("we give django 4.2
# eight workers" gives the running one something)
_OFFERS = frozenset({"give", "giving", "gave"})
_TRIALS = frozenset({"go", "spin", "try", "shot", "whirl", "chance", "look", "test"})


class ReleaseOptions:
    """Built once per vocabulary: the words joining options, leading to one tried, and naming a list of options."""

    def __init__(
        self,
        framework_by_name: Mapping[str, str],
        joiners: frozenset[str],
        leads: Iterable[tuple[str, ...]] = (),
        list_nouns: frozenset[str] = frozenset(),
    ) -> None:
        self._names = framework_by_name
        self._joiners = joiners
        self._leads = WordRuns(leads)  # vocabulary.yaml roles.release_leads
        self._lists = list_nouns  # vocabulary.yaml scope.options_after ("options:", "alternatives for it:")

    def __call__(self, norm: str) -> frozenset[str]:
        """The frameworks given a release number that are weighed, tried or listed as options, not installed."""
        if not any(ch.isdigit() for ch in norm):
            return frozenset()
        words = _TOKEN.findall(norm)
        found: set[str] = set()
        for i, word in enumerate(words):
            fw = self._names.get(word)
            if fw is None or i + 1 >= len(words) or not _RELEASE.fullmatch(words[i + 1]):
                continue
            end = i + 2
            while end < len(words) and _RELEASE.fullmatch(words[end]):
                end += 1  # "django 4.2 lts"
            if self._joined(words, i, end, fw) or self._led(words, i, end) or self._listed(words, i):
                found.add(fw)
        return frozenset(found)

    def _joined(self, words: list[str], i: int, end: int, fw: str) -> bool:
        """'django 5.1 or flask 3.0': an option joiner with another framework on the other side."""
        after = words[end : end + 1 + _GAP]
        before = words[max(0, i - 1 - _GAP) : i]
        return bool(after[:1] and after[0] in self._joiners and self._other(after[1:], fw)) or any(
            w in self._joiners and self._other(before[:k], fw) for k, w in enumerate(before)
        )

    def _led(self, words: list[str], i: int, end: int) -> bool:
        """'look at litestar 2.0', 'trying the new quart 0.19': a lead that tries or weighs it, a word or two before;
        or before the options listed with it ('evaluating litestar 2 and fastapi 0.11x')."""
        while not any(self._lead_at(words, i - gap, i, end) for gap in range(_LEAD_GAP + 1) if i - gap > 0):
            k = i - 1
            while k >= 0 and (words[k] in _LIST_GLUE or _RELEASE.fullmatch(words[k])):
                k -= 1
            if k < 0 or k == i - 1 or words[k] not in self._names:
                return False
            i = k  # the option listed before it
        return True

    def _lead_at(self, words: list[str], stop: int, i: int, end: int) -> bool:
        """A trying lead ending right before word `stop`, with nothing of the team's between it and the framework
        at `i` ('look at our django 4.2 app'), not trying to do something ('we try to keep flask 2.3 patched'), and
        a giving lead only with the trial after the release ('giving quart 0.19 a go')."""
        n = self._leads.ends_at(words, stop)
        if not n or not _OWNERS.isdisjoint(words[stop:i]) or words[stop : stop + 1] == ["to"]:
            return False
        if words[stop - 1] in _OFFERS:
            return any(words[k] == "a" and words[k + 1] in _TRIALS for k in range(end, min(end + 3, len(words) - 1)))
        return True

    def _listed(self, words: list[str], i: int) -> bool:
        """'better options: litestar 2.0, django 5', 'options for the api: …': after a colon whose sentence names
        options before it."""
        for j in range(i - 1, -1, -1):
            if words[j] in _ENDS:
                return False
            if words[j] == ":":
                return self._opens_list(words[:j])
        return False

    def _opens_list(self, words: list[str]) -> bool:
        for word in reversed(words):
            if word in _ENDS:
                return False
            if word in self._lists:
                return True
        return False

    def _other(self, words: list[str], fw: str) -> bool:
        return any(self._names.get(w) not in (None, fw) for w in words)
