"""A message cut for reading: sentences, the reasons after a colon, dash-paired asides; and the yes-or-no
questions a bare "nah" in the next clause answers, or a need put in doubt that a later question hangs on."""

from __future__ import annotations

import re

from knowledge.base.models import Vocabulary
from knowledge.base.text import phrase_words, words
from knowledge.reading.phrase_set import PhraseSet
from knowledge.reading.text import marked_clauses

# a sentence: the clauses before a colon, those after it (the reasons given), and its asides
Clauses = list[tuple[str, bool, bool]]  # each clause with whether it is asked and whether only a comma ends it
Sentence = tuple[Clauses, str, Clauses, list[str]]

# "… flask. the codebase …": a sentence ends a colon's list of reasons. The space first, the mark before it checked
# after: the regex engine jumps from space to space instead of trying every character of a long paste.
# An emoji before the space ends a sentence too: chat puts one where the full stop would be ("… 5x faster 🙄 our
# p95 is fine").
_SENTENCE = re.compile(r"\s(?<=[.!?\u2600-\u27bf\ufe0f\U0001f300-\U0001faff]\s)\s*")
# " — … — " within one line: a list of "- name — verdict" lines pairs dashes of two lines, which is no aside
_ASIDE = re.compile(r"\s[\u2014\u2013]\s*([^\u2014\u2013.!?\n]{3,120}?)\s*[\u2014\u2013]\s")
NAME_ALONE = 3  # a clause of a name and a word or two at most ("django 5")
_LEAD_IN = 2  # "ok so do we need sso?": words before a question's opener


def sentences(norm: str) -> list[Sentence]:
    """The normalised message's sentences, each cut at its first colon, its asides taken out."""
    return [sentence(whole) for whole in split_sentences(norm)]


def split_sentences(norm: str) -> list[str]:
    """The normalised message's sentences as written."""
    return _SENTENCE.split(norm)


def sentence(whole: str) -> Sentence:
    """One sentence cut at its first colon, its asides taken out."""
    # "replacing plugit — a niche framework x is built on — with django": the aside describes the word
    # before it; the sentence reads on without it, and an aside describing a framework states no need
    dashed = "\u2014" in whole or "\u2013" in whole  # (a cheap test first: most sentences have no aside)
    asides = [m.group(1) for m in _ASIDE.finditer(whole)] if dashed else []
    before, colon, after = (_ASIDE.sub(_aside_gap, whole) if dashed else whole).partition(": ")
    return marked_clauses(before), colon, marked_clauses(after), asides


def _aside_gap(aside: re.Match[str]) -> str:
    """What stands for a taken-out aside: a listing one ("a storefront — cart, checkout, refunds — though the CEO
    frets …") ends the clause as its comma would, so a hedge after it reaches back no further than without the
    dashes; a describing one ("plugit — a niche framework x is built on — with django") lets the sentence read on."""
    return " , " if ", " in aside.group(1) else " "


class Questions:
    """Yes-or-no questions and the bare no that answers one; built once per vocabulary."""

    def __init__(self, vocab: Vocabulary) -> None:
        def words_of(phrase: str) -> tuple[str, ...]:
            return phrase_words(phrase, vocab.rewrites)

        self._answer_no = tuple(words_of(cue) for cue in vocab.answer_no)
        self._doubts = PhraseSet(words_of(cue) for cue in vocab.doubt_cues)
        self._conditionals = PhraseSet(words_of(cue) for cue in vocab.answer_conditionals)
        self._breaks = tuple(words_of(cue) for cue in vocab.clause_breaks)
        self._openers = frozenset(vocab.yes_no_openers)
        self._leave_asks = tuple(words_of(cue) for cue in vocab.leave_asks)
        self._open_askers = frozenset(vocab.open_askers)
        self._lead_ins = vocab.thread.lead_ins
        self._choice_words = vocab.roles.choosing | vocab.roles.asking

    def yes_no(self, clause: str) -> bool:
        """'do we need sso?', 'ok so is an admin needed?': the question opens (after a lead-in word or two) with a
        word that asks yes or no; a thing named alone ('websockets?') asks whether it is needed."""
        said = words(clause)
        if 0 < len(said) <= NAME_ALONE and not self._choice_words.intersection(said):
            return True
        return self.opens_yes_no(said)

    def opens_yes_no(self, said: list[str]) -> bool:
        """'will channels hold up': the words open (after a lead-in word or two) with a word that asks yes or no."""
        lead, lead_ins = 0, self._lead_ins  # (a plain loop: asked of every clause, over a word or two)
        while lead <= _LEAD_IN and lead < len(said) and said[lead] in lead_ins:
            lead += 1
        return lead < len(said) and said[lead] in self._openers

    def asks_ban(self, said: list[str]) -> bool:
        """'is fastapi a no-go for us?', 'django's out?': asked, with no word asking anything else, the question is
        whether a ban holds; it rules nothing out (the asked clause's `said` words)."""
        return self._open_askers.isdisjoint(said)

    def asks_leave(self, clause: str) -> bool:
        """'ok could we skip django?': the question opens (after a lead-in word or two) by asking leave to do what
        it says, so a framework it leaves out is put up, not ruled out."""
        said = words(clause)
        return any(
            tuple(said[lead : lead + len(ask)]) == ask
            for lead in range(_LEAD_IN + 1)
            if all(w in self._lead_ins for w in said[:lead])
            for ask in self._leave_asks
        )

    def doubts(self, raw: list[str]) -> bool:
        """'do users even need an admin panel', 'is an admin actually necessary': the clause asks whether its needs
        are needed at all."""
        return self._doubts.said_in(raw)

    def hangs_on_answer(self, raw: list[str]) -> bool:
        """'if yes, which admin?', 'if so, which one': what the clause asks waits on a need put in doubt before."""
        return self._conditionals.said_in(raw)

    def answers_no(self, raw: list[str]) -> bool:
        """'nah', 'nope but maybe later': a no said alone or before a break; 'no idea yet' says something else."""
        return any(self._bare_no(raw, cue) for cue in self._answer_no)

    def _bare_no(self, raw: list[str], cue: tuple[str, ...]) -> bool:
        size = len(cue)
        if tuple(raw[:size]) != cue:
            return False
        return len(raw) == size or any(tuple(raw[size : size + len(b)]) == b for b in self._breaks)
