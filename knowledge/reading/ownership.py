"""Whether a framework named is what the team runs today: owned ("our flask app", "my little self-hosted flask
recipe site"), said to be ("the portal is django": said_to_be.py), or what a thing of ours sits on ("hr app on
flask")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from knowledge.base.models import Vocabulary
from knowledge.base.text import phrase_words
from knowledge.reading.lists import NEED_KINDS
from knowledge.reading.phrases import Match
from knowledge.reading.said_to_be import DESCRIBED_REACH, SaidToBe
from knowledge.reading.scope import near
from knowledge.reading.state import Clause
from knowledge.reading.text import ARTICLES
from knowledge.reading.word_runs import WordRuns

_CODE_COUNT = re.compile(r"\d+k?")  # "30k", "12000": the count of a code size ("30k loc")
_VERSION = re.compile(r"\d{1,2}")  # "django 4", "flask 2" (a "4.2" is split at the dot)
_ARTIFACT_LEAD = 3  # "hr app on flask": the artifact opens the clause (a few words in at most)
_FRESH_REACH = 2  # "a separate stack built on": the fresh word a word or two before the cue
_DESCRIBING = frozenset({"requirement", "concept", "weak"})  # a need's words may describe a thing of ours


class Ownership:
    """Built once per vocabulary, with its owner and artifact words."""

    def __init__(self, vocab: Vocabulary) -> None:
        def words_of(phrase: str) -> tuple[str, ...]:
            return phrase_words(phrase, vocab.rewrites)

        self.strong_owners = frozenset(word for o in vocab.current_owners_strong for word in words_of(o))
        self._owners = frozenset(word for owner in vocab.current_owners for word in words_of(owner))
        self._joining = frozenset(vocab.current_owners_joining)
        self._artifact_words = frozenset(a for a in vocab.current_artifacts if " " not in a)
        self.artifact_words = self._artifact_words  # "django app maintained by …": a thing's noun after a name
        self._described = frozenset(vocab.described_current)
        # "30k LOC flask app, works fine": a code size opening the clause is a size word too
        sizes = vocab.code_size
        self._size_units = frozenset(w for u in sizes.units for w in u.words if " " not in w) if sizes else frozenset()
        self._cues = vocab.roles  # word sets, read once when the vocabulary loads
        self._fresh_or_article = vocab.roles.fresh | ARTICLES
        self._destination_joiners = vocab.moves.destination_joiners
        self._definite = vocab.roles.definite | self.strong_owners  # "the/our django cms powering …"
        self._unreal = vocab.running.unreal  # "would", "if", "which": a thing only planned or asked about
        self._features = WordRuns(vocab.roles.feature_verbs)  # "django gives admin": the framework described
        # "our backend folks love flask": a group of people, named by the part they work on
        self._groups = vocab.roles.taste_part_nouns | frozenset(noun.split()[-1] for noun in vocab.people_nouns)
        self._said = SaidToBe(vocab, self.strong_owners, self._artifact_words)

    def runs(self, clause: Clause, pos: int, follows: Mapping[str, str], stack_to: int) -> bool:
        """The framework `matches[pos]` is what the team runs today, unless a fresh thing is being built on it
        ("a new flask app"); `stack_to`: where the tools listed with it end ("the portal is django + drf")."""
        msg, state, raw = clause.msg, clause.state, clause.raw
        match = clause.matches[pos]
        previous_raw = msg.previous_raw
        if self._features.at(raw, match.end) and not self.strong_owners.intersection(
            raw[max(0, match.start - 2) : match.start]
        ):
            return False  # "django gives admin + orm, fastapi gives docs": what each framework offers, compared
        return bool(
            (
                (
                    near(state.current_cue, match.start)
                    and not self._fresh_before(raw, state.current_cue)
                    and not self._person_owned(raw, state.current_cue, match.start, match.end)
                )
                or "run_sign" in match.kinds  # "manage.py runserver": only a project on it has one
                or match.kinds.get("framework") in msg.in_code  # "acme/payments-fastapi", "django.db.utils"
                or "current_after" in follows
                or (  # "our flask app", or a clause that opens with "django app …"
                    ("artifact" in follows or self._described_thing(clause, pos))
                    and (
                        (match.start == 0 and not self._offered(clause, pos))
                        or (
                            self._owners.intersection(self._owner_window(raw, match.start))
                            and not self._offered_after(clause, pos)
                        )
                        or (match.start > 0 and self._size_words(raw[: match.start]))  # "large django project"
                    )
                )
                or (self._names_a_thing(clause, pos) and self._owned_across(clause, pos))
                or self.strong_owners.intersection(raw[max(0, match.start - 2) : match.start])
                or self._versioned(clause, pos)  # "django 3 app"
                or (  # "the portal is django;" (not "ninja is basically fastapi": a framework likened)
                    self.said_to_be(raw, match.start, stack_to, follows)
                    and not self._said.likened(raw, clause.matches, pos)
                )
                # "we are migrating flask to django": in a move under way, the framework before "to"
                or (state.progress and match.end < len(raw) and raw[match.end] in self._destination_joiners)
                or self._on_artifact(clause, pos)  # "hr app on flask"
                or self._powers(clause, pos, follows)  # "the django cms powering our app"
                or (  # "charts server (flask): …": a framework alone in brackets after the thing
                    match.start == 0
                    and match.end == len(raw)
                    and previous_raw[-1:]
                    # "we need an admin. flask — rejected": past a full stop it opens a new sentence, an option named
                    and not msg.sentence_opens
                    and (  # "tworavens (django): …": or after the name that opens the message
                        previous_raw[-1] in self._artifact_words or msg.previous_is_title
                    )
                    and not self._cues.fresh.intersection(previous_raw)
                    and not self._cues.choosing.intersection(previous_raw)  # "decide on one for the api: flask, …"
                    # "we need a small dashboard (flask?)", "the two candidates (django, flask)": an option asked
                    # or a plan's noun, not a label of a thing of ours
                    and not msg.asking
                    and not self._said.plan_named(previous_raw)
                )
            )
            and not self._cues.fresh.intersection(raw[max(0, match.start - 2) : match.start])
        )

    def person_said(self, raw: list[str], start: int, end: int) -> bool:
        """'our cto once mentioned starlette', 'my friend at a bank loves flask': an owner word, then a person it
        owns, a few words before the framework (no thing of ours between), so the framework is that person's. Not
        when a thing's noun follows it ('our cto wrote the flask app we run'): the framework then names a system."""
        lead = raw[max(0, start - DESCRIBED_REACH - 1) : start]
        return (
            not self._names_thing(raw, end)
            and any(
                word in self._cues.person_nouns and lead[i - 1 : i] and lead[i - 1] in self.strong_owners
                for i, word in enumerate(lead)
            )
            and self._artifact_words.isdisjoint(lead)
        )

    def _names_thing(self, raw: list[str], end: int) -> bool:
        """'the flask app', 'our django portal': a thing's noun right after the framework, which names a system."""
        return raw[end : end + 1] != [] and raw[end] in self._artifact_words

    def _person_owned(self, raw: list[str], cue_end: int, start: int, end: int) -> bool:
        """'our cto mentioned starlette', 'our intern says flask': between the owner cue and the framework, a person
        the cue owns or a verb of saying (and no thing of ours, as in 'our investor portal is django'), so the
        framework is that person's word; not when the framework names a thing ('our cto wrote the flask app')."""
        between = raw[max(0, cue_end) : start]
        return (
            not self._names_thing(raw, end)
            # a person named, or anyone said to speak for it ("our freelancer says fastapi")
            and not (self._cues.person_nouns.isdisjoint(between) and self._cues.speech_verbs.isdisjoint(between))
            # "our backend folks love flask": a thing's noun naming a group's field ("backend" before "folks")
            and not any(
                word in self._artifact_words and not self._groups.intersection(between[i + 1 : i + 2])
                for i, word in enumerate(between)
            )
        )

    def _size_words(self, words: list[str]) -> bool:
        """'large', 'huge and messy', '30k loc': words only telling how big the thing named after them is."""
        if self._described.issuperset(words):
            return True
        return (
            len(words) == 2 and bool(_CODE_COUNT.fullmatch(words[0])) and words[1] in self._size_units
        )  # "30k loc", "12000 lines"

    def _fresh_before(self, raw: list[str], cue_end: int) -> bool:
        """'a separate stack built on react and fastapi': the cue describes a fresh thing named right before it
        (its two words and the few before them), which is still to be built, not what runs."""
        return bool(self._cues.fresh.intersection(raw[max(0, cue_end - 2 - _FRESH_REACH) : max(0, cue_end - 2)]))

    def _owner_window(self, raw: list[str], start: int) -> list[str]:
        """The few words before a framework where an owner word makes its thing ours; a call verb ends them ('a
        shim that calls django setup' calls the framework's function, it owns no django thing)."""
        window = raw[max(0, start - 3) : start]
        window = [  # "suggested that a fastapi service": "that" before "a" joins a clause, it owns nothing
            word
            for i, word in enumerate(window)
            if not (word in self._joining and window[i + 1 : i + 2] and window[i + 1] in ARTICLES)
        ]
        calls = [i for i, word in enumerate(window) if word in self._cues.caller_verbs]
        return window[calls[-1] + 1 :] if calls else window

    def _versioned(self, clause: Clause, pos: int) -> bool:
        """'django 3 app', 'flask 2.2 and it works': a release number says it is installed, unless the framework
        is one of the options weighed ('django 5.1 or flask 3.0?'), where it only says which release is meant."""
        raw, match = clause.raw, clause.matches[pos]
        return bool(
            match.end < len(raw)
            and _VERSION.fullmatch(raw[match.end])
            and match.kinds.get("framework") not in clause.msg.version_options
        )

    def _offered(self, clause: Clause, pos: int) -> bool:
        """'which one: django admin, fastapi admin or flask-admin?': a framework's thing that opens a clause
        among options (after a choosing word, or with another framework or library offered after 'or') is not
        what runs."""
        if self._cues.choosing.intersection(clause.msg.previous_raw):
            return True
        end = clause.matches[pos].end
        return any(self._joins_options(clause.raw[end : m.start]) for m in _named(clause.matches[pos + 1 :]))

    def _offered_after(self, clause: Clause, pos: int) -> bool:
        """'add drf to it, or run a fastapi service next to it?': after a word joining options (opening the clause,
        or after another framework or library), a framework's thing is the alternative asked about, even with
        a weak owner word ('run a', 'the') before it."""
        raw, start = clause.raw, clause.matches[pos].start
        return self._joins_options(raw[:1]) or any(
            self._joins_options(raw[m.end : start]) for m in _named(clause.matches[:pos])
        )

    def _joins_options(self, words: list[str]) -> bool:
        return not self._cues.option_joiners.isdisjoint(words)

    def _powers(self, clause: Clause, pos: int, follows: Mapping[str, str]) -> bool:
        """'the django cms powering our vocabulary app', 'the flask service that runs our shop': a framework's
        thing (or the framework alone) said to power a thing of ours is what runs; a fresh or indefinite one
        ('a fastapi service serving our app') may still be built."""
        raw, matches = clause.raw, clause.matches
        match = matches[pos]
        cues = self._cues.powered  # "a sanic service has handled our webhooks": done so far, so already there
        if not match.start or raw[match.start - 1] in self._definite:
            cues = cues | self._cues.powering
        end = matches[pos + 1].end if "artifact" in follows and pos + 1 < len(matches) else match.end
        if (
            "artifact" in follows
            and end < len(raw)
            and raw[end] in self._cues.doing_now
            and clause.told_plainly()
            and self._unreal.isdisjoint(raw)
            and self._cues.fresh.isdisjoint(raw[: match.start])
        ):
            return True  # "a small flask app renders the archive pages": doing its work now, so it is there
        return any(
            tuple(raw[end : end + len(cue)]) == cue
            and end + len(cue) < len(raw)
            and raw[end + len(cue)] in self.strong_owners  # "… powering our app"
            for cue in cues
        )

    def said_to_be(self, raw: list[str], start: int, end: int, follows: Mapping[str, str]) -> bool:
        """'our course tool is django': see `SaidToBe.said_to_be`."""
        return self._said.said_to_be(raw, start, end, follows)

    def fresh_said_to_be(self, raw: list[str], start: int, end: int, follows: Mapping[str, str]) -> bool:
        """'the new backend is django': see `SaidToBe.fresh_said_to_be`."""
        return self._said.fresh_said_to_be(raw, start, end, follows)

    def _on_artifact(self, clause: Clause, pos: int) -> bool:
        """'hr app on flask', 'our billing service on django': a thing of ours that opens the clause, said to sit on
        a framework, is what runs today ('a new app on flask' is still to be built)."""
        raw, matches = clause.raw, clause.matches
        between = raw[matches[pos - 1].end : matches[pos].start] if pos else []
        # "our billing service is already on sanic": the "is" and a filler may stand before the "on"
        if between[-1:] != ["on"] or not (self._cues.is_verbs | self._cues.is_fillers).issuperset(between[:-1]):
            return False
        thing = matches[pos - 1]
        kept = bool(self._cues.keep_verbs.intersection(raw[max(0, thing.start - DESCRIBED_REACH) : thing.start]))
        return (
            raw[thing.end - 1] in self._artifact_words  # "hr app" (a concept) ends on an artifact noun too
            and (thing.start <= _ARTIFACT_LEAD or kept)  # "keep the internal reports service on flask"
            # "a new app on flask" is still to be built; after a keeping verb an article is fine, a fresh word not
            and not (
                self._cues.fresh.intersection(raw[: thing.end - 1])
                if kept
                else self._fresh_or_article.intersection(raw[: thing.start])
            )
            and not self._cues.addressee.intersection(raw[: thing.start])  # "what are your views on django"
        )

    def _described_thing(self, clause: Clause, pos: int) -> bool:
        """'the flask webhook relay': a need's words right after the framework, then a thing's noun."""
        raw, matches = clause.raw, clause.matches
        follower = matches[pos + 1] if pos + 1 < len(matches) else None
        return bool(
            follower
            and follower.start == matches[pos].end
            and NEED_KINDS.intersection(follower.kinds)
            and follower.end < len(raw)
            and raw[follower.end] in self._artifact_words
        )

    def _names_a_thing(self, clause: Clause, pos: int) -> bool:
        """What follows the framework ends on a thing's noun: 'flask app', 'flask recipe site'."""
        raw, matches = clause.raw, clause.matches
        follower = matches[pos + 1] if pos + 1 < len(matches) else None
        return bool(
            follower and follower.start - matches[pos].end <= 1 and raw[follower.end - 1] in self._artifact_words
        )

    def _owned_across(self, clause: Clause, pos: int) -> bool:
        """'my little self-hosted flask recipe site': a strong owner word a few describing words before the
        framework (words of no cue, or a need's words) owns it; 'a' or a fresh thing's word in between does not."""
        raw, matches = clause.raw, clause.matches
        fw = matches[pos].kinds.get("framework")
        cues_end = max((m.end for m in matches[:pos] if not _DESCRIBING.intersection(m.kinds)), default=0)
        for at in range(matches[pos].start - 1, max(cues_end, matches[pos].start - DESCRIBED_REACH) - 1, -1):
            if raw[at] in self.strong_owners:
                return True
            if raw[at] in self._cues.definite and self._unreal.isdisjoint(raw) and clause.msg.current in (None, fw):
                # "the greenhouse climate logger flask app has hummed along": a thing already there (definite) in
                # a plain statement; "the flask app we would build" is not there yet, and past what runs ("our
                # fastapi app uses the django orm") it is a part reused
                return True
            if raw[at] in self._fresh_or_article:
                return False
        return False


def _named(matches: list[Match]) -> Iterator[Match]:
    """The matches naming a framework or one of its libraries: the options a question may offer."""
    return (m for m in matches if "framework" in m.kinds or "library" in m.kinds)
