"""A package of a framework named in a message ('migrating the docs to flask-smorest', 'our flask-login setup'):
not a move or a need, but a sign of which framework the app runs on."""

from __future__ import annotations

from knowledge.base.models import Vocabulary
from knowledge.reading.ownership import Ownership
from knowledge.reading.phrases import Match
from knowledge.reading.scope import near
from knowledge.reading.state import Clause


class PackageRoles:
    """Reads a framework's package named; built once per knowledge base."""

    def __init__(self, vocab: Vocabulary, ownership: Ownership) -> None:
        self._cues = vocab.roles
        self._running_cues = vocab.running
        self._package_owners = vocab.roles.definite | ownership.strong_owners

    def read(self, clause: Clause, match: Match, fw: str) -> bool:
        """'migrating the docs to flask-smorest': a package of the framework, not a move or a need."""
        msg, raw = clause.msg, clause.raw
        named = [at for at in range(match.start + 1, min(len(raw), match.end + 1)) if (fw, raw[at]) in msg.packages]
        if (
            self._owned_package(raw, match.start)
            and named
            and self._cues.package_materials.isdisjoint(raw[named[0] + 1 : named[0] + 2])  # not "the flask-admin docs"
        ):
            msg.current = msg.current or fw  # "the flask-admin screens look dated": the package of an app we run
        if not (
            match.end < len(raw)
            and (fw, raw[match.end]) in msg.packages
            and match.end not in clause.covered  # "flask-socketio" names a need: read as the framework's own
            and raw[match.end] not in self._cues.likeness  # "a flask-like api" is a likeness, not a package
        ):
            return False
        # "moving the docs to flask-smorest"; "moving to quart with quart-discord" names the destination's package
        if near(clause.state.target_cue, match.start) and fw not in msg.targets:
            msg.package_of = fw  # a move within the framework's own packages: it is what runs
            msg.current = msg.current or fw
        msg.mentioned[fw] = None
        return True

    def _owned_package(self, raw: list[str], start: int) -> bool:
        """'our flask-login setup', 'the flask-admin screens': a package owned or made definite in a plain statement
        sits in an app that runs on its framework (not 'a new app with flask-admin', not 'should we add …')."""
        return (
            start > 0
            and raw[start - 1] in self._package_owners
            and self._running_cues.unreal.isdisjoint(raw)
            and self._cues.fresh.isdisjoint(raw[:start])
        )
