"""A framework the organisation has fixed ("platform mandates fastapi", "it has to be django", "no django, no
flask, fastapi only", "only quart is on the approved list", "ops never deploys anything besides django", "the
approved list has flask on it and nothing else"), read from the words right around its name
(vocabulary.yaml `mandates`). A question ("does it have to be django?"), a denial ("we dont have to use flask"),
one person's insistence ("a colleague insists on django"), a list allowed ("only approved flask and django"), a
rule that is over ("we used to have to use flask") or one for another kind of work ("only flask is approved for
prototypes") fixes nothing."""

from __future__ import annotations

import re
from collections.abc import Mapping

from knowledge.base.mandate_cues import MandateCues
from knowledge.base.text import words
from knowledge.reading.sentences import split_sentences
from knowledge.reading.word_runs import WordRuns

_DENIAL_REACH = 2  # "we dont have to use django": the denial a word or two before the cue
_REFUSAL_REACH = 3  # "we dont really run anything except django": the refusal and its verb before the exception
_CLAUSE = re.compile(r"[,;:()\[\]\u2014\u2013]|\s-\s")  # "fastapi only, we tried …": where "<name> only" ends
_SOLE_REACH = 3  # "has flask on it and nothing else": the words between the name and a sole-tail cue
_LIST = frozenset({"and", "or", "plus"})  # "only approved flask and django": two allowed, none fixed
_ARTICLES = frozenset({"the", "a", "an"})  # "for the ml team": the word after the article says whose work


class Mandates:
    """Built once per vocabulary with the framework spellings."""

    def __init__(self, cues: MandateCues | None, names: Mapping[str, str]) -> None:
        self._cues = cues
        self._names = names
        self._before = WordRuns(cues.before if cues else ())
        self._voiced = WordRuns(cues.voiced if cues else ())
        self._after = WordRuns(cues.after if cues else ())
        self._sole = WordRuns(cues.sole_after if cues else ())
        self._allowed = WordRuns(cues.allowed if cues else ())
        self._own = WordRuns(cues.own_projects if cues else ())
        self._lapsed = WordRuns(cues.lapsed if cues else ())
        self._kept = WordRuns(cues.kept_exceptions if cues else ())
        self._voiced_after = WordRuns(cues.voiced_after if cues else ())
        self._insisting = WordRuns(cues.insisting if cues else ())
        self._joined = WordRuns(cues.joined if cues else ())

    def read(self, norm: str) -> str | None:
        """The framework the normalised message says is fixed; the last one said when several are."""
        cues = self._cues
        said_all = words(norm)
        if cues is None or self._names.keys().isdisjoint(said_all):
            return None  # (a set test: no framework named, none fixed)
        if self._own.anywhere(said_all):
            return None  # (a side project: the mandate told is the day job's)
        fixed: str | None = None
        for sentence in split_sentences(norm):
            if sentence.rstrip().endswith("?"):
                continue  # "does it have to be django?" asks; it does not fix
            said = words(sentence)
            if self._names.keys().isdisjoint(said):
                continue  # (a set test: most sentences name no framework)
            ends = _clause_ends(sentence)
            for i, word in enumerate(said):
                fw = self._names.get(word)
                if (
                    fw is not None
                    and not self._listed(said, i)
                    and (
                        self._fixes(said, i, i + 1 in ends, cues)
                        or self._kept_alone(said, i, _clause_of(ends, i, len(said))[0], cues)
                        or self._sole_said(said, i, ends, cues)
                        or self._on_register(said, i, _clause_of(ends, i, len(said))[1], cues)
                    )
                    and not self._lapsed.anywhere(said, *_clause_of(ends, i, len(said)))
                ):
                    fixed = fw
        return fixed

    def lifted(self, norm: str) -> bool:
        """Whether the message ends a mandate told before ('the mandate got dropped'), fixing none itself."""
        cues = self._cues
        if cues is None:
            return False
        ended = any(
            not cues.rule_nouns.isdisjoint(said) and self._lapsed.anywhere(said)
            for said in map(words, split_sentences(norm))
        )
        return ended and self.read(norm) is None  # (the rarely met test first)

    def _sole_said(self, said: list[str], i: int, ends: frozenset[int], cues: MandateCues) -> bool:
        """'the approved list has flask on it and nothing else': a sole-tail cue a few words after the name, in its
        clause, with no denial or pitcher before it, in a sentence about a rule (a box holding only flask is none)."""
        stop = min(_clause_of(ends, i, len(said))[1], i + 2 + _SOLE_REACH)
        return (
            self._sole.anywhere(said, i + 1, stop)
            and not cues.sole_rules.isdisjoint(said)
            and cues.denials.isdisjoint(said[max(0, i - _DENIAL_REACH) : i])
            and cues.pitchers.isdisjoint(said[:i])
        )

    def _on_register(self, said: list[str], i: int, stop: int, cues: MandateCues) -> bool:
        """'litestar is on the approved list', 'flask is on our allowed register': one name put on the record of what
        may ship is the framework fixed, unless the clause lets it in beside others ('… on the list too') or scopes
        the rule to another kind of work."""
        if said[i - 1 : i] and said[i - 1] in cues.denials:
            return False
        cue = self._allowed.at(said, i + 1)
        rest = said[i + 1 + cue : stop]
        kept_in = next((n for n, word in enumerate(rest) if word in cues.registers), -1)
        return (
            bool(cue)
            and kept_in >= 0
            and not (cues.sole_rules - cues.registers).isdisjoint(rest)  # an approval word, not the list alone
            and cues.refusals.isdisjoint(rest)  # "… on the banned list" rules it out
            and cues.additions.isdisjoint(rest)
            and not self._joined.anywhere(said, i + 1)  # "…, as are flask and fastapi": others on it beside
            and cues.pitchers.isdisjoint(said[:i])
            and not _scoped(said, i + 2 + cue + kept_in, cues)  # "… on the approved list for prototypes"
        )

    def _listed(self, said: list[str], i: int) -> bool:
        """The name is one of a list of frameworks ('flask and django', 'flask or quart')."""
        nxt = said[i + 1 : i + 3]
        prev = said[max(0, i - 2) : i]
        return (
            (bool(nxt) and nxt[0] in self._names)
            or (len(nxt) == 2 and nxt[0] in _LIST and nxt[1] in self._names)
            or (len(prev) == 2 and prev[1] in _LIST and prev[0] in self._names)
        )

    def _kept_alone(self, said: list[str], i: int, clause_start: int, cues: MandateCues) -> bool:
        """'ops never deploys anything besides django', 'nothing other than flask gets deployed': a refusal of all
        else in the name's clause, a few words before the exception or opening it, leaves the name the one allowed;
        'i dont care, anything but django' refuses in another clause and rules django out."""
        kept = self._kept.ends_at(said, i)
        if not kept or not cues.pitchers.isdisjoint(said[:i]):
            return False
        start = i - kept
        return not cues.refusals.isdisjoint(said[max(clause_start, start - _REFUSAL_REACH) : start + 1])

    def _fixes(self, said: list[str], i: int, clause_ends: bool, cues: MandateCues) -> bool:
        """Whether the words around the name at `i` fix it; `clause_ends`: a mark follows the word after it."""
        if not cues.pitchers.isdisjoint(said[:i]):
            return False  # "a contractor says fastapi is mandatory": one person's pitch
        cue = self._before.ends_at(said, i)
        voiced = 0 if cue else self._voiced.ends_at(said, i)
        if voiced and not cues.authorities.isdisjoint(said[: i - voiced]):
            cue = voiced  # "the client insists on quart"; "one team insists on django" is weighed
        if cue:
            start = i - cue
            return cues.denials.isdisjoint(said[max(0, start - _DENIAL_REACH) : start]) and not _scoped(
                said, i + 1, cues
            )
        if said[i - 1 : i] and said[i - 1] in cues.only:  # "only flask is approved"; not "the only django app"
            things = next((n for n in (2, 1) if cues.allowed_things.issuperset(said[i + 1 : i + 1 + n])), 0)
            if len(said) < i + 1 + things:
                things = 0
            allowed = self._allowed.at(said, i + 1 + things)  # "only flask images are approved"
            return bool(allowed) and not _scoped(said, i + 1 + things + allowed, cues)
        voiced_after = self._voiced_after.at(said, i + 1)
        if voiced_after:
            # "the cto says flask or nothing": a stance, the organisation's only when its holder decides, and not
            # one scoped to another kind of work ("… fastapi or nothing for the ml team's services")
            return (
                not (cues.authorities | cues.deciders).isdisjoint(said[:i])
                and not self._insisting.anywhere(said)
                and not _scoped(said, i + 1 + voiced_after, cues, past_articles=True)
            )
        after = self._after.at(said, i + 1)
        if not after or (said[i - 1 : i] and said[i - 1] in cues.denials):
            return False
        if after == 1 and said[i + 1] in cues.only:
            # "fastapi only." / "django only please"; "flask only through tutorials" narrows how it is used
            nxt = said[i + 2 : i + 3]
            return clause_ends or not nxt or nxt[0] in cues.closers
        return True


def _scoped(said: list[str], j: int, cues: MandateCues, *, past_articles: bool = False) -> bool:
    """Whether a scope at word `j` narrows the rule to a kind of work ('approved for prototypes'), not this one;
    `past_articles`: the word after an article decides ('for the ml team' is scoped, 'for the new services' not)."""
    if not (j + 1 < len(said) and said[j] in cues.scope_openers):
        return False
    k = j + 1
    while past_articles and k + 1 < len(said) and said[k] in _ARTICLES:
        k += 1
    return said[k] not in cues.scope_keepers


def _clause_of(ends: frozenset[int], i: int, size: int) -> tuple[int, int]:
    """The word span of the clause holding word `i` (from the word after the last mark before it)."""
    start = max((e + 1 for e in ends if e < i), default=0)
    stop = min((e + 1 for e in ends if e >= i), default=size)
    return start, stop


def _clause_ends(sentence: str) -> frozenset[int]:
    """The positions of the words a clause mark follows ('fastapi only, we …': the position of 'only')."""
    ends: set[int] = set()
    count = 0
    for piece in _CLAUSE.split(sentence)[:-1]:
        count += len(words(piece))
        ends.add(count - 1)
    return frozenset(ends)
