"""A framework's library named instead of the framework ("Django Channels", "graphene-django", "each a
blueprint"): read from the ecosystem map (ecosystem.yaml). A native library stands for its framework in the
role reading and states the needs it answers; a shared one ("jinja", "gunicorn") says nothing of what runs."""

from __future__ import annotations

import re
from collections.abc import Iterable

from knowledge.base.kb import KnowledgeBase
from knowledge.base.models import Library
from knowledge.base.text import phrase_words, stem
from knowledge.reading.phrase_set import PhraseSet
from knowledge.reading.phrases import Match
from knowledge.reading.result import RequirementMention
from knowledge.reading.roles import FrameworkRoles
from knowledge.reading.state import Clause, MessageState
from knowledge.reading.word_runs import WordRuns

_MATERIAL_REACH = 2  # "flask-login's readme", "the flask-admin docs page"
_SPOKEN_REACH = 2  # "django-tenants handles schemas", "slowapi really does rate limiting"
_WANTED_GAP = 2  # "would need something like flask-restful", "we'd have to bolt on flask-smorest"

LIBRARY = "library"
_SENTENCES = re.compile(r"[^.!?\n]*[.!?\n]?")


def _only_asked(text: str, lib: Library) -> bool:
    """Every sentence naming the library is a question ('which one: sqladmin, django admin or fastapi admin?')."""
    said = [s.strip() for s in _SENTENCES.findall(text.lower()) if any(n in s for n in lib.names)]
    return bool(said) and all(s.endswith("?") for s in said)


def _stems(said: Iterable[str]) -> tuple[str, ...]:
    return tuple(stem(word) for word in said)


def library_tags(kb: KnowledgeBase) -> list[tuple[tuple[str, ...], str, str]]:
    """Every library spelling, for the phrase index."""
    rewrites = kb.vocabulary.rewrites
    return [
        (phrase_words(name, rewrites), LIBRARY, lib.id)
        for lib in kb.libraries.values()
        for name in (*lib.names, *lib.bare_names)
    ]


class LibraryReader:
    """Built once per knowledge base; `read` handles one library match, `settle` the whole message."""

    def __init__(self, kb: KnowledgeBase, roles: FrameworkRoles, homes: dict[str, str]) -> None:
        self._kb = kb
        self._roles = roles
        self._homes = homes  # an add-on's home framework ("django-rest-framework" lives in Django)
        rewrites = kb.vocabulary.rewrites
        bare = [phrase_words(n, rewrites) for lib in kb.libraries.values() for n in lib.bare_names]
        self._bare = {_stems(said) for said in bare}
        self._bare_spelled = set(bare)  # "channels", never "a slack channel": an everyday word counts as spelled
        self._reuse = PhraseSet(phrase_words(cue, rewrites) for cue in kb.ecosystem.reuse_cues)
        self._new_service = PhraseSet(phrase_words(cue, rewrites) for cue in kb.ecosystem.new_service_cues)
        # the needs an ORM library answers ("orm-models"): said beside a reuse cue, they are the models reused
        self._purpose = kb.vocabulary.needs.purpose
        self._instrument = kb.vocabulary.needs.instrument
        self._materials = kb.vocabulary.roles.package_materials
        self._wanted = WordRuns(kb.vocabulary.roles.package_wanted)
        self._owners = kb.vocabulary.roles.package_wanted_owners
        self._spoken_of = frozenset(kb.ecosystem.spoken_of_verbs)
        self._spoken_openers = frozenset(kb.ecosystem.spoken_of_openers)
        self._fresh = frozenset(req.id for req in kb.requirements.values() if req.fresh)
        self._model_needs = {need for lib in kb.libraries.values() if lib.models for need in lib.answers}

    def home(self, fw: str) -> str:
        return self._homes.get(fw, fw)

    def read(self, clause: Clause, pos: int, gap: list[str]) -> None:
        """The library named by `matches[pos]`: its framework's role, and the needs it answers."""
        match = clause.matches[pos]
        kinds = match.kinds
        lib = self._kb.libraries[kinds[LIBRARY]]
        if lib.framework is None:
            return  # shared: its words are a need (read elsewhere) or nothing, never a framework
        msg, state = clause.msg, clause.state
        fw = lib.framework
        if match.fuzzy:
            return  # a library is named as spelled: "serial" is not "serializers"
        said = tuple(clause.raw[match.start : match.end])
        if _stems(said) in self._bare:
            # "should we use channels?": an everyday word, the library only beside its framework's name, and only
            # as its name is spelled ("a websocket channel" is one room, not Django's Channels)
            if said not in self._bare_spelled or self.home(fw) not in {self.home(n) for n in msg.named_frameworks}:
                return
            left = state.negating or state.excluding >= 0
        else:
            left = self._read_role(clause, pos, gap, fw)
        purpose = next((i for i in range(match.end, len(clause.raw)) if clause.raw[i] in self._purpose), None)
        if purpose is not None and not left and not state.negating and state.purpose_of is None:
            state.purpose_of = (fw, purpose)  # "added flask-smorest … for openapi docs": see answer_purpose
        if gap[-1:] and gap[-1] in self._instrument and not left and not state.negating and state.brought_by is None:
            state.brought_by = (fw, match.start - 1)  # "gained openapi docs via flask-smorest": see answer_purpose
        if "requirement" not in kinds and "concept" not in kinds:
            self._state_needs(clause, lib, match)
        msg.libraries[lib.id] = msg.libraries.get(lib.id, True) and not left
        if self._wanted_before(clause.raw, match.start):
            # "getting openapi docs needs flask-restx plus more plugins", "we'd have to bolt on flask-smorest": the
            # package is what meeting the need would take, so it meets nothing where the app runs yet
            msg.wanted_libraries.add(lib.id)
            return
        if lib.installed and not left and self._plain(clause) and not self._talked_about(clause, match):
            msg.held_libraries[lib.id] = None

    def _wanted_before(self, raw: list[str], start: int) -> bool:
        """A package-wanting cue (vocabulary.yaml roles.package_wanted) ending a word or two before the package,
        with none of the team's words between ('we need our flask-smorest schemas' is not one)."""
        return any(
            self._wanted.ends_at(raw, start - gap) and self._owners.isdisjoint(raw[start - gap : start])
            for gap in range(_WANTED_GAP + 1)
            if start - gap > 0
        )

    def _talked_about(self, clause: Clause, match: Match) -> bool:
        """'the flask-login readme makes sessions look easy', 'flask-admin docs': a piece written about the package
        (vocabulary.yaml roles.package_materials), not an app of ours using it; 'django-tenants handles schemas
        well': the extension opens its clause (an article at most before it) and a verb of what it does or seems
        follows within two words."""
        if not self._materials.isdisjoint(clause.raw[match.end : match.end + _MATERIAL_REACH]):
            return True
        if any(w not in self._spoken_openers for w in clause.raw[: match.start]):
            return False
        return not self._spoken_of.isdisjoint(clause.raw[match.end : match.end + _SPOKEN_REACH])

    @staticmethod
    def _plain(clause: Clause) -> bool:
        """The clause tells what the team has ("app is blueprints + flask-login"): no wish, pitch, question,
        denial, hearsay or move-to names the library, so the library's framework is what runs."""
        state = clause.state
        return clause.told_plainly() and not (state.negating or state.target_cue >= 0 or state.excluding >= 0)

    def _read_role(self, clause: Clause, pos: int, gap: list[str], fw: str) -> bool:
        """The library takes its framework's role ("our channels consumers": Django runs); True when the
        library is what is being left ("drop flask-socketio"): that leaves the library, not the framework."""
        msg = clause.msg
        excluded, targets = set(msg.excluded), set(msg.targets)
        self._roles.read(clause, pos, gap, fw)
        if fw in msg.excluded and fw not in excluded:
            del msg.excluded[fw]
            return True
        if fw in msg.targets and fw not in targets:  # "moving the docs to flask-smorest": within the framework
            del msg.targets[fw]
            msg.package_of = fw
            msg.current = msg.current or fw
        return False

    def _state_needs(self, clause: Clause, lib: Library, match: Match) -> None:
        """A library's name says the needs it answers ("graphene-django": GraphQL), as a term would."""
        msg, state = clause.msg, clause.state
        for need in (*lib.answers, *lib.states):
            req = self._kb.requirements[need]
            mention = RequirementMention(need, req.label, state.negating, match.surface, lib.names[0], match.fuzzy)
            earlier = msg.requirements.pop(need, None)
            if earlier is not None and not earlier.negated and not mention.negated:
                mention = earlier  # already said in its own words: keep them
            state.found.append(mention)
            msg.requirements[need] = mention

    def settle(
        self, msg: MessageState, words: list[str], current: str | None
    ) -> tuple[str | None, tuple[tuple[str, str, str], ...], str | None]:
        """After the whole message: the framework a kept library names when nothing else says what runs, the
        needs kept libraries answer, and the new service's framework when one reuses another's models."""
        kept = [self._kb.libraries[lib_id] for lib_id, keep in msg.libraries.items() if keep]
        natives = [lib for lib in kept if lib.framework is not None]
        apart = {self.home(fw) for fw in msg.named_apart}
        # "Django Channels is the websocket server for Django. use it?": a library proposed for work said to be
        # on its framework (named apart from the library) is that framework's stack; "want django's orm" is not
        offered = apart | {self.home(lib.framework or "") for lib in natives}
        # (not one only asked about among several frameworks' things: "which one: sqladmin, django admin or
        # fastapi admin?")
        stack = [
            self.home(lib.framework or "")
            for lib in natives
            if self.home(lib.framework or "") in apart and not (len(offered) > 1 and _only_asked(msg.text, lib))
        ]
        if current is None and stack:
            current = stack[0]
        # "app is blueprints + flask-sqlalchemy + flask-login, stable for years": a framework's own extension told
        # as the team's, in a plain statement, says that framework runs (003 When each wins: keep what works);
        # not one only offered in a question ("which one: sqladmin, django admin or fastapi admin?")
        held = [
            self.home(lib.framework or "")
            for lib in natives
            if lib.id in msg.held_libraries and not _only_asked(msg.text, lib)
        ]
        held = [fw for fw in held if fw not in msg.excluded and fw not in msg.targets]
        fresh = any(not m.negated and m.id in self._fresh for m in msg.requirements.values())
        if current is None and held and not fresh:  # "greenfield, but we'd add flask-login": nothing runs yet
            current = held[0]
        covers = tuple(
            (self.home(lib.framework or ""), need, lib.id)
            for lib in natives
            if lib.id not in msg.failed_libraries
            # (one only said to be needed answers nothing yet, unless the team also says it has it: "we run
            # flask-smorest … we need flask-smorest to support openapi 3.1")
            and (lib.id not in msg.wanted_libraries or lib.id in msg.held_libraries)
            for need in lib.answers
        )
        beside = None
        models_fw = next((self.home(lib.framework or "") for lib in natives if lib.models), current)
        said_models = any(lib.models for lib in natives) or bool(self._model_needs.intersection(msg.requirements))
        if models_fw and said_models and self._reuse.said_in(words) and self._new_service.said_in(words):
            # "ahmed proposed a separate fastapi service": a framework only someone else's pitch names is the move
            # under question, not the team's plan for the new service
            others = [fw for fw in (*msg.targets, *msg.mentioned) if fw not in msg.proposed]
            beside = next(
                (self.home(fw) for fw in others if self.home(fw) != models_fw and self.home(fw) in self._kb.ranked),
                None,
            )
            if beside is not None:
                current = current or models_fw
        return current, covers, beside
