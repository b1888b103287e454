"""One framework traded for another ("ditch django for fastapi", "replacing plugit with django", "swapping flask
out for django"), a destination given by example, and a clause that opens a task ("migrate the flask app to
django")."""

from __future__ import annotations

from collections.abc import Container
from itertools import filterfalse

from knowledge.base.models import Vocabulary
from knowledge.reading.phrases import Match
from knowledge.reading.ready_to_leave import ReadyToLeave
from knowledge.reading.scope import CUE_REACH, near
from knowledge.reading.state import Clause
from knowledge.reading.word_runs import by_first_word, has_run

_QUOTES = ('"', "\u201c", "\u201d")  # quoted words are someone else's
_FRACTION_REACH = 3  # "3 of 5 steps are done": the count's noun and a verb between it and the word saying done
_CARRIED_REACH = 3  # "finishes the quart → litestar migration": the verb, an article or owner word, then the name


_LABEL_WORDS = 2  # "rfc", "tech spike": a short label before a colon, opening a post


class Moves:
    """Built once per vocabulary; each check reads the words around one framework named."""

    def __init__(self, vocab: Vocabulary) -> None:
        self._moves = vocab.moves  # word sets, read once when the vocabulary loads
        self._task_openers = frozenset(vocab.task_openers)
        # by first word, each word's longest first ("it is proposed that" before "it is proposed"): a clause
        # tries only the leads its first word opens
        self._task_leads = by_first_word(
            sorted({tuple(lead.split()) for lead in vocab.task_leads}, key=len, reverse=True)
        )
        self._task_passive = frozenset(vocab.task_passive)
        self._decision_labels = frozenset(tuple(label.split()) for label in vocab.decision_labels)
        self._fraction_done = frozenset(vocab.fraction_done)
        self._share_words = frozenset(vocab.share_words)
        self._move_nouns = frozenset(noun for noun in vocab.target_after if " " not in noun)
        self._first_person, self._auxiliaries = vocab.scope.first_person, vocab.scope.auxiliaries
        # "for", "with": a swap gap of one word, also what follows a framework traded away ("drop fastapi for …")
        self._swap_words = frozenset(word for gap in vocab.moves.swap_gaps if len(gap) == 1 for word in gap)
        # "our only maintainer has just quit": a filler inside a cue changes nothing; a cue left one word once its
        # fillers go ("what now") is too loose to read that way
        self._fillers = frozenset(vocab.cue_fillers)
        bare = (tuple(w for w in run if w not in self._fillers) for run in vocab.moves.open_to_leave)
        self._bare_open_to_leave = by_first_word(run for run in bare if len(run) > 1)
        self._open_to_leave = by_first_word(vocab.moves.open_to_leave)
        self._asked_how = by_first_word(vocab.moves.asked_how)
        self._rollback_asked = by_first_word(vocab.moves.rollback_asked)
        self._move_weighed = by_first_word(vocab.moves.move_weighed)
        self._ready = ReadyToLeave(vocab.moves)
        self._leaving = by_first_word(vocab.moves.leaving)
        self._leaving_how = by_first_word(vocab.moves.leaving_how)

    def opens_task(self, text: str, raw: list[str], previous: list[str] | None = None) -> bool:
        """A clause opened by a move verb said done reports a move made; opened by one in a message that asks
        nothing, it states a task decided. A gerund
        ("converting the web layer from quart to fastapi") reports the work; a bare verb must govern a thing of
        ours or a source ("migrate the flask app to django", "migrate from flask to django"): one that names
        frameworks alone ("replace flask with fastapi") or sits in quotes ('cto: "rewrite in fastapi"') is a
        slogan or someone's pitch."""
        leads = self._task_leads.get(raw[0], ()) if raw else ()
        lead = next((len(run) for run in leads if tuple(raw[: len(run)]) == run), 0)
        if (
            lead
            and any(  # "it is proposed that our flask app be ported to quart"
                word in self._task_passive and self._said_done(after)
                for word, after in zip(raw[lead:], raw[lead + 1 :], strict=False)
            )
        ):
            return "?" not in text
        if not raw or raw[0] not in self._task_openers:
            return False
        governs = len(raw) > 1 and raw[1] in self._moves.task_objects  # not "(flask underneath) moved to fastapi"
        if self._said_done(raw[0]):
            return governs  # "migrated from fastapi to litestar in one pr. keep going?": done, whatever is asked
        if "?" in text and tuple(previous or ()) not in self._decision_labels:
            return False  # "Decision: migrate the api to fastapi. what do new endpoints go in?" is decided
        if raw[0].endswith("ing"):
            return True
        quoted = any(q in text for q in _QUOTES)
        return not quoted and governs

    def fraction_done(self, raw: list[str]) -> bool:
        """'step 3 of 5 done', '2 of 4 phases are complete': a count 'n of m', then within a few words a word saying
        that share is made; a move's progress, reported."""
        if not any(map(str.isdigit, raw)):
            return False  # (both readings open on a bare number, which most clauses lack: one pass in C)
        return any(
            raw[i].isdigit()
            and raw[i + 1] == "of"
            and raw[i + 2].isdigit()
            and not self._fraction_done.isdisjoint(raw[i + 3 : i + 3 + _FRACTION_REACH])
            for i in range(len(raw) - 3)
        ) or self._share_done(raw)

    def _share_done(self, raw: list[str]) -> bool:
        """'40% migrated', '60 percent ported': a share (a number with '%' gone, or a share word after it), then a
        word saying that share is made within a few words; or a share word in a clause naming the move ('the
        port stands at 70 percent')."""
        move_named = not self._move_nouns.isdisjoint(raw)
        for i, word in enumerate(raw[:-1]):
            if not word.isdigit():
                continue
            if move_named and raw[i + 1] in self._share_words and raw[i + 2 : i + 3] != ["of"]:
                return True  # "the port to django stands at 70 percent" (not "70 percent of traffic"): the move's
            after = i + 2 if raw[i + 1] in self._share_words else i + 1
            # a bare number must be right before the word saying it is made
            bare_ok = after > i + 1 or raw[i + 1] in self._fraction_done
            if bare_ok and not self._fraction_done.isdisjoint(raw[after : after + _FRACTION_REACH]):
                return True
        return False

    def _said_done(self, word: str) -> bool:
        """A task opener in its past form: 'migrated', 'rewrote'."""
        return word in self._task_openers and (word.endswith("ed") or word in self._moves.irregular_past)

    def open_to_leave(self, said: list[str], names: Container[str]) -> bool:
        """'what should it become?', 'upgrading tornado is a pain': the message says the team is ready to leave what
        runs, wherever it says so; framework names are skipped so the words around one read as a phrase. A rebuild
        word beside a question on its destination ('rebuild it in what?') says so too."""
        plain = list(filterfalse(names.__contains__, said))  # (in C: a paste has hundreds of words)
        bare = list(filterfalse(self._fillers.__contains__, plain))
        if has_run(plain, self._open_to_leave) or has_run(bare, self._bare_open_to_leave):
            return True
        return self._ready.eol_said(plain) or self._ready.rebuild_asked(said, names)

    def may_leave(self, said: list[str], names: Container[str]) -> bool:
        """Any word the team's leaving, its readiness to leave or a question on how the move goes could rest on:
        without one, reading a message whole again cannot find them."""
        return has_run(said, self._leaving) or self.open_to_leave(said, names) or self.asks_how(said)

    def asks_how(self, said: list[str]) -> bool:
        """'what replaces g.user in fastapi?': the message asks what takes a part's place after the move, and does
        not weigh the move itself ('should we move to fastapi or not?')."""
        return has_run(said, self._asked_how) and not has_run(said, self._move_weighed)

    def asks_rollback(self, said: list[str]) -> bool:
        """'keep going or roll back?': the message offers going back as the other way out of a move."""
        return has_run(said, self._rollback_asked)

    def leaves(self, clause: Clause, pos: int, mainstream: bool = False) -> bool:
        """'we're moving off tornado', 'getting away from bottle': the cue naming what runs says it is being left
        (and no 'without' or 'not' before denies it, nor, for a `mainstream` framework, a 'consider' weighs it)."""
        state, raw = clause.state, clause.raw
        if not near(state.current_cue, clause.matches[pos].start):
            return False
        cue_end = state.current_cue
        for run in self._moves.leaving:
            start = cue_end - len(run)
            if start >= 0 and tuple(raw[start:cue_end]) == run:
                end = clause.matches[pos].end
                # (the part may be read with the name: "django orm" is one match)
                if self._moves.own_parts.intersection(raw[clause.matches[pos].start + 1 : end + 1]):
                    return False  # "move from flask's dev server to gunicorn": a part is left, not the framework
                # "replace the flask layer with fastapi": a swap asked about, read as a move
                if run in self._moves.open_replacing and self._moves.successor_words.intersection(raw[end : end + 3]):
                    return False
                before = self._past_asked_how(raw[max(0, start - CUE_REACH) : start])
                if mainstream and not self._moves.leaving_weighed.isdisjoint(
                    # "rfc: moving away from flask": a label ending the clause before weighs it too
                    before or (clause.msg.previous_raw if len(clause.msg.previous_raw) <= _LABEL_WORDS else [])
                ):
                    return False
                return self._moves.leaving_denied.isdisjoint(before)
        return False

    def asks_how_to_leave(self, raw: list[str]) -> bool:
        """'how do we move from flask then?': the question asks how the leaving goes, so it still says it."""
        return has_run(raw, self._leaving_how) and has_run(raw, self._leaving)

    def _past_asked_how(self, before: list[str]) -> list[str]:
        """'how do we move off flask': the words before a leaving cue past a `leaving_how` question, whose
        own words deny nothing ('how do we not …' still does)."""
        for at in range(len(before) - 1, -1, -1):
            if any(tuple(before[at : at + len(run)]) == run for run in self._moves.leaving_how):
                return before[at + 2 :]
        return before

    def carried_on(self, clause: Clause, pos: int) -> bool:
        """'this pr finishes the quart → litestar migration': the move named by its two frameworks (the one at
        `pos` is where it goes, a move noun right after it) with a verb carrying it on a few words before the
        framework it leaves; the move is under way."""
        matches, raw = clause.matches, clause.raw
        after = matches[pos + 1] if pos + 1 < len(matches) else None
        if after is None or after.start != matches[pos].end or "target_after" not in after.kinds:
            return False
        before = next((m for m in reversed(matches[:pos]) if "framework" in m.kinds), None)
        if before is None:
            return False
        lead_at = max(0, before.start - _CARRIED_REACH)
        verbs = [at for at in range(lead_at, before.start) if raw[at] in self._moves.completing]
        if not verbs:
            return False
        # "the payments team finished …": other people's move, unless an own word says the doers are ours
        doers = raw[: verbs[0]]
        moves = self._moves
        return moves.completing_others.isdisjoint(doers) or not moves.completing_own.isdisjoint(doers)

    def swapped(self, clause: Clause, pos: int, gap: list[str], fw: str) -> bool:
        """'ditch django for fastapi', 'replace flask with django', 'i'd drop fastapi for bare starlette': one
        framework traded for another."""
        msg, state, matches = clause.msg, clause.state, clause.matches
        match = matches[pos]
        earlier_fw = matches[pos - 1].kinds.get("framework") if pos else None
        back = pos - 1
        while (  # "replace the flask api app with a django one": the first framework's thing between
            earlier_fw is None
            and back >= 1
            and "artifact" in matches[back].kinds
            and matches[back - 1].end == matches[back].start
        ):
            back -= 1
            earlier_fw = matches[back].kinds.get("framework")
        swap_gap = gap[1:] if gap[:1] and gap[0] in self._moves.framework_words else gap  # "flask framework with"
        if (
            earlier_fw
            and earlier_fw != fw
            and set(swap_gap) in self._moves.swap_gaps
            and len(swap_gap) <= 2
            and (
                earlier_fw in msg.excluded
                or earlier_fw == msg.current
                or (state.progress and earlier_fw in msg.mentioned)
            )
        ):
            # the first is what runs, the second where it would go
            msg.excluded.pop(earlier_fw, None)
            msg.mentioned.pop(earlier_fw, None)
            msg.current, state.negating, state.excluding = earlier_fw, False, -1
            msg.targets[fw] = None
            state.targeted = True
            msg.underway = msg.underway or state.progress or msg.progress_seen or self.carried_on(clause, pos)
            return True
        if (
            pos
            and matches[pos - 1].surface in self._moves.swap_verbs
            and match.start - matches[pos - 1].end <= 1
            and self._swap_word_at(clause.raw, match.end)
        ):
            # "i'd drop fastapi for bare starlette": what would be left is what runs, not a need ruled out
            msg.current, state.negating, state.excluding = fw, False, -1
            return True
        return False

    def left_for(self, clause: Clause, pos: int, gap: list[str]) -> bool:
        """'the flask app we want to leave for fastapi': the one left was said before; this is where it goes."""
        return bool(pos and "current" in clause.matches[pos - 1].kinds and gap and set(gap) in self._moves.swap_gaps)

    def swapped_out(self, clause: Clause, match: Match, follower: Match | None) -> bool:
        """'swapping flask out for django': the first runs today, the one after 'for' is the target."""
        return (
            near(clause.state.current_cue, match.start)
            and follower is not None
            and follower.start == match.end
            and follower.surface == "out"
            and self._swap_word_at(clause.raw, follower.end)
        )

    def replaced_with(self, clause: Clause, start: int) -> bool:
        """'replacing plugit with django': a replace verb's object, then 'with' or 'by' before the framework."""
        cue, raw = clause.state.current_cue, clause.raw
        return (
            near(cue, start)
            and cue > 0
            and raw[cue - 1] in self._moves.swap_verbs
            and bool(self._moves.replace_joiners.intersection(raw[cue + 1 : start]))
        )

    def said_by_asker(self, raw: list[str], verb: int) -> bool:
        """'im replacing', 'we are now replacing': the first person (past auxiliaries) before the verb at `verb`."""
        for word in reversed(raw[:verb]):
            if word in self._first_person:
                return True
            if word not in self._auxiliaries:
                return False
        return False

    def example_of_target(self, clause: Clause, start: int) -> bool:
        """'moving to a standard framework such as django': the framework given as an example of the destination."""
        lead = tuple(clause.raw[:start])
        return clause.state.target_cue >= 0 and any(lead[len(lead) - len(ex) :] == ex for ex in self._moves.examples)

    def _swap_word_at(self, raw: list[str], at: int) -> bool:
        return at < len(raw) and raw[at] in self._swap_words
