"""What runs, read from the shape of a sentence when no cue word said it (vocabulary.yaml `running`): a framework
given an age ("django + celery, 8 yrs old"), chosen in the past by anyone ("ADR-017 picked fastapi"), opening
the message as a stack or a described system ("web2py intranet for …"), depended on ("requires flask",
"serves its api through connexion") or pinned in a named dependency manifest ("pyproject: django = ^4.2").
003 "Migration between them" keeps what runs unless a reason to move is given, so missing it makes a question
about an old system read as a new build."""

from __future__ import annotations

import re
from collections.abc import Container, Mapping

from knowledge.base.models import Vocabulary
from knowledge.base.text import words
from knowledge.reading.counts import is_count
from knowledge.reading.word_runs import WordRuns

_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")
_YEAR = re.compile(r"(?:19|20)\d\d")
_VERSION = re.compile(r"v?\d+")  # "since v1", "since 2.0" (split at the dot)
_GLUED = re.compile(r"\d+([a-z]+)")  # "8yo", "10yrs": a count with its unit typed on
_CHUNK_END = re.compile(r"[,;:!?\n]")
_SERVE_REACH = 4  # "serves its public api through connexion": the verb a few words before the link
_HYPHENED = re.compile(r"\b[a-z0-9]+(?:-[a-z0-9]+)+\b")  # "acme-django-portal": a repository or service name
_TAG_WORDS = 3  # "thoughts?", "good idea?", "sound ok?": a review tag is a word or three
_MODIFIERS = 2  # "old internal flask api", "flask internal admin tool": describing words around the framework
_OPTIONS = frozenset({"or", "vs", "versus", "nor"})  # "django or flask intranet?": options, not a system
# "the booking engine (flask, written in 2017)": a thing, then a bracket opening on a framework's name
_LABEL = re.compile(r"([a-z0-9][a-z0-9'-]*)\s*\(\s*([a-z0-9][a-z0-9.]*)([^()]*)")
# what may follow the name inside a label: its end, a comma ("flask, 2017 vintage") or a version ("django 3.2")
_LABEL_GOES_ON = re.compile(r"\s*(?:$|[,;:]|v?\d)")
_LABEL_LEAD = 4  # "the old booking engine (": the thing's few words before the bracket, back to its article
_INDEFINITE = frozenset({"a", "an", "some", "any"})  # "we need a small dashboard (flask)": a thing still wanted
_MANIFEST_OWNER = 4  # "the blog post's sample requirements.txt": whose manifest, said a few words before it
# "flask==3.0.2", "fastapi = \"^0.111\"", "django>=4.2": a name pinned to a version, as a manifest line writes it
_PIN = re.compile(r"([a-z0-9][a-z0-9_-]*)\s*(?:==|~=|>=|<=|\^|=\s*[\"']?\s*[\^~>=<]*)\s*v?\d")


class RunningSigns:
    """Built once per vocabulary."""

    def __init__(
        self,
        vocab: Vocabulary,
        framework_by_name: Mapping[str, str],
        builds_on: Mapping[str, frozenset[str]],
        addon_names: Mapping[str, str] | None = None,
    ) -> None:
        """`addon_names`: an add-on's one-word names ('drf') -> the framework it lives in."""
        cues = self._cues = vocab.running
        self._by_name, self._builds_on = framework_by_name, builds_on
        self._addon_names = addon_names or {}
        self._since, self._since_marks = WordRuns(cues.since_leads), WordRuns(cues.since_marks)
        self._left, self._unsaid = WordRuns(cues.left), WordRuns(cues.counterfactual)
        self._chose, self._chosen = WordRuns(cues.choice_verbs), WordRuns(cues.choice_passive)
        self._on, self._under = WordRuns(cues.depends_before), WordRuns(cues.depends_after)
        self._stack = re.compile(r"\W*([a-z0-9]+)\s*[" + re.escape(cues.stack_joiners) + r"]\s*([a-z0-9]+)")
        joiner = "[" + re.escape(cues.stack_joiners) + "]"
        self._stack_run = re.compile(r"\W*([a-z0-9]+(?:\s*" + joiner + r"\s*[a-z0-9]+)+)")
        self._joiner = re.compile(r"\s*" + joiner + r"\s*")
        self._gone = WordRuns(cues.stack_gone)
        self._manifests = WordRuns(cues.manifests)
        self._serving = WordRuns(cues.in_service)
        # "what our competitor uses (django)": not ours (`running.elsewhere`: whose, not served_elsewhere.py)
        self._theirs = cues.elsewhere | vocab.roles.outside_orgs

    def running(self, norm: str, skip: Container[str]) -> str | None:
        """The framework a sentence's shape says runs today: the first found, none of `skip` (ruled out, a
        destination, only known)."""
        pinned = self._pinned(norm, skip)
        if pinned is not None:
            return pinned
        for index, sentence in enumerate(_SENTENCE_END.split(norm)):
            said = words(sentence)
            named = [(i, fw) for i, word in enumerate(said) if (fw := self._by_name.get(word)) and fw not in skip]
            for i, word in enumerate(said):  # "we serve 30 endpoints through drf": its home framework runs
                home = self._addon_names.get(word)
                if home is not None and home not in skip and self._depended_on(said, i):
                    return home
            if not named:
                continue
            named_system = self._named_system(sentence, skip)
            if named_system is not None:
                return named_system
            labelled = self._labelled(sentence, skip)
            if labelled is not None:
                return labelled
            if index == 0 and self._described_lead(said, named[0][0]) and self._heads(sentence, said, named[0]):
                return named[0][1]
            if index == 0 and (member := self._stack_member(sentence, skip)) is not None:
                return member
            for i, fw in named:
                if self._depended_on(said, i) or self._chosen_before(said, i):
                    return fw
            if self._aged(said) and not self._left.anywhere(said) and not self._unsaid.anywhere(said):
                return named[0][1]
        return None

    def _pinned(self, norm: str, skip: Container[str]) -> str | None:
        """'requirements.txt: flask==3.0.2', 'pyproject has fastapi = ^0.111': with a dependency manifest named, a
        framework pinned to a version is in the team's code; not 'fastapi==0.115 ok?' for a service still to build
        (no manifest) nor a pin in a plan ('should the new pyproject pin …')."""
        if not self._ours_listed(words(norm)):
            return None
        for sentence in _SENTENCE_END.split(norm):
            for pin in _PIN.finditer(sentence):
                fw = self._by_name.get(pin.group(1))
                before = words(sentence[: pin.start()])
                if fw is None or fw in skip or self._cues.unreal.intersection(before):
                    continue
                if self._cues.fresh_after.intersection(before[-self._cues.fresh_reach :]):
                    continue
                return fw
        return None

    def _ours_listed(self, said: list[str]) -> bool:
        """A manifest named with no word marking it someone else's a few words before ('the tutorial's
        requirements.txt', 'a sample pyproject')."""
        return any(
            self._cues.manifest_elsewhere.isdisjoint(said[max(0, at - _MANIFEST_OWNER) : at])
            for at in self._manifests.openings(said)
            if self._manifests.at(said, at)
        )

    def _named_system(self, sentence: str, skip: Container[str]) -> str | None:
        """'acme-django-portal needs …': a hyphen-joined name with the framework as a later part and a part naming
        a system ('portal', 'svc'); 'django-cms' or 'flask-admin' (framework first) are its packages."""
        tails = self._cues.head_nouns | self._cues.name_tails
        for name in _HYPHENED.findall(sentence):
            parts = name.split("-")
            for fw in (self._by_name.get(part) for part in parts[1:]):
                if fw is not None and fw not in skip and tails.intersection(parts):
                    return fw
        return None

    def _labelled(self, sentence: str, skip: Container[str]) -> str | None:
        """'the booking engine (flask, written in 2017) needs …': a bracket right after a thing, opening on one
        framework's name, labels the thing with what it runs on; not a thing still wanted ('a small tool (flask)',
        'a new service (fastapi)'), an option asked ('(flask?)', '(django or flask)') or a list of frameworks."""
        cues = self._cues
        for found in _LABEL.finditer(sentence):
            fw = self._by_name.get(found.group(2))
            inside = words(found.group(3))
            if fw is None or fw in skip or "?" in found.group(3) or _OPTIONS.intersection(inside):
                continue
            if inside and not _LABEL_GOES_ON.match(found.group(3)):
                continue  # "(flask burned us)": a clause about the framework, not a label of the thing
            if any(self._by_name.get(word) not in (None, fw) for word in inside):
                continue  # "(django, flask)": frameworks listed, options rather than a label
            before = words(sentence[: found.start(2)])
            lead = before[-_LABEL_LEAD:]
            if _INDEFINITE.intersection(lead) or cues.unreal.intersection(before) or self._theirs.intersection(before):
                continue
            if cues.fresh_after.intersection(lead) or self._left.anywhere(before) or self._unsaid.anywhere(before):
                continue
            return fw
        return None

    def _aged(self, said: list[str]) -> bool:
        """'8 yrs old', '2 years ago', 'since 2019', 'since v1', 'weve been on it for a decade', 'for 6 years now'."""
        cues = self._cues
        for i, word in enumerate(said):
            glued = _GLUED.fullmatch(word)
            if glued and (
                glued.group(1) in cues.glued_ages
                or (glued.group(1) in cues.time_units and said[i + 1 : i + 2] and said[i + 1] in cues.age_after)
            ):
                return True  # "8yo codebase", "8yrs old"
            if word in cues.time_units and i:
                lead = i - 1  # past the count: "2", "a", "over 8", "the last few"
                while lead >= 0 and (is_count(said[lead]) or said[lead] in cues.span_counts):
                    lead -= 1
                after = said[i + 1] if i + 1 < len(said) else ""
                if lead < i - 1 and after in cues.age_after:  # "2 yrs ago", "8 years old"
                    return True
                if 0 <= lead < i - 1 and self._serving.ends_at(said, lead + 1) and cues.unreal.isdisjoint(said[:lead]):
                    return True  # "in production three years", "live for 2 years" (not "will be in production …")
                if (  # "weve been on flask for a decade", "flask, for 6 years now"
                    lead >= 0
                    and said[lead] in cues.span_lead
                    and (cues.perfect.intersection(said[:lead]) or after in cues.span_tails)
                ):
                    return True
            if n := self._since.at(said, i):
                after = said[i + n] if i + n < len(said) else ""
                if _YEAR.fullmatch(after) or _VERSION.fullmatch(after) or self._since_marks.at(said, i + n):
                    return True
        return False

    def _chosen_before(self, said: list[str], i: int) -> bool:
        """'ADR-017 picked fastapi', 'fastapi was adopted in 2021': a past choice of it, made and built on (not
        'almost picked', not 'picked … for the new service', not 'if we had picked')."""
        cues = self._cues
        verb = self._chose.ends_at(said, i)
        if verb:
            start = i - verb
            if start and said[start - 1] in cues.choice_guards:
                return False
            if start and said[start - 1] in cues.choice_askers and not self._aged(said):
                return False  # "i picked fastapi over flask": the asker's choice under review
        elif not self._chosen.at(said, i + 1):
            return False
        fresh = cues.fresh_after.intersection(said[i + 1 : i + 1 + cues.fresh_reach])
        return not fresh and not self._unsaid.anywhere(said, 0, i)

    def _depended_on(self, said: list[str], i: int) -> bool:
        """'requires flask', 'built on top of starlette', 'is on web.py', 'serves its api through connexion',
        'connexion under the hood'; not a job ad's skill ('requires django knowledge'), a plan ('should we build
        on top of flask'), a fresh thing or someone else's ('every other project we run is on fastapi')."""
        cues = self._cues
        said_on = bool(self._on.ends_at(said, i)) or bool(self._under.at(said, i + 1))
        served = (
            i >= 2
            and said[i - 1] in cues.serve_links
            and bool(cues.serve_verbs.intersection(said[max(0, i - 1 - _SERVE_REACH) : i - 1]))
        )
        if not (said_on or served):
            return False
        return not (
            (said[i + 1 : i + 2] and said[i + 1] in cues.skill_after)
            or cues.unreal.intersection(said[:i])
            or cues.elsewhere.intersection(said[:i])
            or cues.fresh_after.intersection(said[i + 1 : i + 1 + cues.fresh_reach])
        )

    def _stack_offered_or_gone(self, sentence: str, chunk: list[str]) -> bool:
        """'… was our stack until 2023': the opening stack is gone; '…, thoughts?': a short review question ending
        the sentence puts it up for review. Either way it does not run."""
        if any(self._gone.at(chunk, i) for i in self._gone.openings(chunk)):
            return True
        if not sentence.rstrip().endswith("?"):
            return False
        tag = words(_CHUNK_END.split(sentence.rstrip()[:-1])[-1])
        return 0 < len(tag) <= _TAG_WORDS and self._cues.review_tags.issuperset(tag)

    def _stack_member(self, sentence: str, skip: Container[str]) -> str | None:
        """'celery + django already, …', 'postgres/redis/flask, …': the message opens on a stack whose one
        framework comes later in it; not a question, nor two frameworks offered ('flask/fastapi for …')."""
        chunk_end = _CHUNK_END.search(sentence)
        chunk = sentence[: chunk_end.start()] if chunk_end else sentence
        if (sentence[chunk_end.start()] if chunk_end else sentence.rstrip()[-1:]) == "?":
            return None
        cues = self._cues
        first = words(chunk)
        if _OPTIONS.intersection(first) or cues.unreal.intersection(first) or cues.fresh_after.intersection(first):
            return None
        if self._stack_offered_or_gone(sentence, first):
            return None
        run = self._stack_run.match(chunk)
        if run is None:
            return None
        found = [fw for item in self._joiner.split(run.group(1)) if (fw := self._by_name.get(item))]
        if len(set(found)) != 1 or found[0] in skip:
            return None
        return found[0]

    def _described_lead(self, said: list[str], at: int) -> bool:
        """'internal flask api …': only words describing the system (at most `_MODIFIERS`) before the framework."""
        return at <= _MODIFIERS and self._cues.head_modifiers.issuperset(said[:at])

    def _heads(self, sentence: str, said: list[str], named: tuple[int, str]) -> bool:
        """The message opens on the framework as a stack ('django + celery + drf, …', 'flask/sqlalchemy
        monolith') or a described system ('web2py intranet for the warehouse', 'django-based portal', 'internal
        flask api', 'flask internal tool'); not a question offering it ('django + htmx for an intranet?') or a list
        of options ('flask/fastapi?')."""
        at, fw = named
        cues = self._cues
        chunk_end = _CHUNK_END.search(sentence)
        chunk = sentence[: chunk_end.start()] if chunk_end else sentence
        if (sentence[chunk_end.start()] if chunk_end else sentence.rstrip()[-1:]) == "?":
            return False
        first = words(chunk)
        if _OPTIONS.intersection(first) or cues.unreal.intersection(first) or cues.fresh_after.intersection(first):
            return False
        if self._stack_offered_or_gone(sentence, first):
            return False
        stack = self._stack.match(chunk)
        if at == 0 and stack is not None and stack.group(1) == said[0]:
            other = self._by_name.get(stack.group(2))
            return other is None or fw in self._builds_on.get(other, frozenset())  # "django + drf" is one stack
        head = at + 1
        while head < min(len(first), at + 1 + _MODIFIERS) and first[head] in cues.head_modifiers:
            head += 1  # "flask internal tool": a describing word between the framework and its noun
        return head < len(first) and (first[head] in cues.head_nouns or first[head] in cues.based_words)
