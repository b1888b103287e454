"""What a host or a ban rules out: the one server interface a host allows ('the host is mod_wsgi only'), an
interface denied by name ('no uvicorn allowed'), and a library a framework is built on denied ('pydantic is
banned'). Each rules out the frameworks that cannot run under it; what runs today stays, it runs there already."""

from __future__ import annotations

import dataclasses
from itertools import compress

from knowledge.base.kb import KnowledgeBase
from knowledge.base.text import words
from knowledge.reading.state import MessageState
from knowledge.reading.word_runs import WordRuns

_REFUSED_GAP = 2  # "cant support any asgi servers": words between a host's inability and the interface's name
_LONGEST_CUE = 4  # words in the longest refusal cue (word_runs.py: runs of one to four words)
_REFUSAL_REACH = 4  # "ops no longer allow wsgi-only apps": a refusal this near the interface's name denies it


class HostBans:
    """Rules out the frameworks a host's interface or a denied dependency leaves no way to run; built once per
    knowledge base."""

    def __init__(self, kb: KnowledgeBase, framework_by_name: dict[str, str]) -> None:
        vocab = kb.vocabulary
        self._kb = kb
        self._framework_by_name = framework_by_name
        # interface word -> frameworks served on that interface alone ("uvicorn" -> FastAPI, Starlette, ...)
        self._served_only: dict[str, tuple[str, ...]] = {
            word: tuple(
                fw.id for fw in kb.frameworks.values() if fw.served_on is not None and fw.served_on.kinds == [kind]
            )
            for kind, named in vocab.server_interfaces.items()
            for word in named
        }
        # interface names as words -> their kind ("sync workers" -> wsgi), and the words that make one the only
        # kind served
        self._interface_kind = {
            tuple(words(name)): kind for kind, named in vocab.server_interfaces.items() for name in named
        }
        self._first_words = frozenset(name[0] for name in self._interface_kind)
        self._host_refusals = WordRuns(tuple(words(cue)) for cue in vocab.interface_refusals)
        self._interface_only = frozenset(vocab.interface_only)
        self._interface_scoped = frozenset(vocab.interface_scoped)
        self._refusals = frozenset(cue for cue in vocab.negation_before if " " not in cue)
        self._dependency_words = frozenset(vocab.dependency_words)
        self._built_on_libraries = {
            fw.id: frozenset(fw.core_libraries.names) for fw in kb.frameworks.values() if fw.core_libraries
        }

    def apply(self, msg: MessageState, said: list[str]) -> None:
        """Rules out, in `msg.excluded`, what the host's one interface, a denied interface and a denied library
        leave no way to run (in that order: a library ban reads the frameworks already ruled out)."""
        self._only_interface(msg, said)
        self._refused_interface(msg, said)
        # a framework the message names keeps the role its own words give it; what runs stays, it runs there already
        kept = {*msg.mentioned, *msg.targets, *msg.known, msg.current}
        self._ban_interfaces(msg, kept)
        self._ban_libraries(msg, said, kept)

    def _only_interface(self, msg: MessageState, said: list[str]) -> None:
        """'the host is mod_wsgi only', 'it only runs uvicorn': the one interface the app may be served on, so the
        frameworks served on none of its kind are ruled out (what runs stays: it runs there already)."""
        for at, end, kind in self._names(said):
            only_after = said[end : end + 1] and said[end] in self._interface_only
            if not (only_after or self._interface_only.intersection(said[max(0, at - 2) : at])):
                continue
            tail = said[end + 1 : end + 2] if only_after else said[end : end + 1]
            if tail and tail[0] in self._interface_scoped:
                continue  # "we only use uvicorn locally", "uvicorn only in dev": the 'only' bounds a use, not the host
            if said[at] in msg.negated_words or self._refusals.intersection(said[max(0, at - _REFUSAL_REACH) : at]):
                continue  # "does not permit wsgi-only apps", "no longer allow …": the restriction is itself refused
            for fw in self._kb.frameworks.values():
                if fw.served_on is not None and kind not in fw.served_on.kinds and fw.id != msg.current:
                    msg.excluded[fw.id] = None

    def _names(self, said: list[str]) -> list[tuple[int, int, str]]:
        """Each interface name said (longest at a place): where it starts and ends, and its kind."""
        found = []
        # (only at the first words of names, picked out in C: `said` is the whole message)
        for at in compress(range(len(said)), map(self._first_words.__contains__, said)):
            fitting = [name for name in self._interface_kind if tuple(said[at : at + len(name)]) == name]
            if fitting:
                name = max(fitting, key=len)
                found.append((at, at + len(name), self._interface_kind[name]))
        return found

    def _refused_interface(self, msg: MessageState, said: list[str]) -> None:
        """'ops cant support asgi on this setup': a host unable to serve an interface bans it; the need read from
        its name is that interface denied, not wanted (what runs and what the message names stay)."""
        kept = {*msg.mentioned, *msg.targets, *msg.known, msg.current}
        for at, end, kind in self._names(said):
            before = range(max(0, at - _REFUSED_GAP - _LONGEST_CUE), at)
            if not any(
                (length := self._host_refusals.at(said, start)) and at - _REFUSED_GAP <= start + length <= at
                for start in before
            ):
                continue
            name = " ".join(said[at:end])
            for rid, mention in list(msg.requirements.items()):
                if not mention.negated and name in mention.text.split(", "):
                    msg.requirements[rid] = dataclasses.replace(mention, negated=True)
            for fw in self._kb.frameworks.values():
                served = fw.served_on
                if served is not None and served.kinds == [kind] and fw.id not in kept:
                    msg.excluded[fw.id] = None

    def _ban_libraries(self, msg: MessageState, said: list[str], kept: set[str | None]) -> None:
        """'pydantic is banned', 'no starlette in the image': a library a framework is built on, denied by name
        (as a need's words, or as a framework ruled out in words about what gets installed: 'starlette is too low
        level' rules out using it bare, not FastAPI), rules out the frameworks that cannot run without it; the
        toolkit left under them, itself allowed, is then the one in question (003 "FAQ": Starlette is what FastAPI
        is built on)."""
        denied = {word for m in msg.requirements.values() if m.negated for word in words(m.text)}
        if self._dependency_words.isdisjoint(said):  # "not bare starlette": a framework's name alone bans no package
            denied -= self._framework_by_name.keys()
            denied -= self._modifiers(msg)
        else:
            denied.update(alias for fw in msg.excluded for alias in self._kb.frameworks[fw].aliases)
        for fw, libraries in self._built_on_libraries.items():
            if fw not in kept and not denied.isdisjoint(libraries):
                msg.excluded[fw] = None
                for base in self._kb.frameworks[fw].builds_on:
                    if base not in msg.excluded and denied.isdisjoint(self._kb.frameworks[base].aliases):
                        msg.mentioned.setdefault(base, None)

    def _modifiers(self, msg: MessageState) -> set[str]:
        """'our pydantic models are banned from the wiki': a library's name said before another noun in a denied
        need names things made with it, not the package; unless said alone elsewhere, it bans no library."""
        before_noun: set[str] = set()
        alone: set[str] = set()
        for mention in msg.requirements.values():
            if not mention.negated:
                continue
            for part in mention.text.split(", "):
                said = words(part)
                for j, word in enumerate(said):
                    (before_noun if j + 1 < len(said) else alone).add(word)
        return before_noun - alone

    def _ban_interfaces(self, msg: MessageState, kept: set[str | None]) -> None:
        """'security won't approve anything asgi', 'no uvicorn allowed': a server interface denied by name is a
        ban on where the app may run, so the frameworks served on nothing else are ruled out."""
        for mention in msg.requirements.values():
            if not mention.negated:
                continue
            for word in mention.text.split(", "):
                for fw in self._served_only.get(word.lower(), ()):
                    if fw not in kept:
                        msg.excluded[fw] = None
