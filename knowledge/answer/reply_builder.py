"""ReplyBuilder for a one-shot question and for each kind of follow-up turn (why not X, compare, …)."""

from __future__ import annotations

from collections.abc import Callable

from knowledge.answer.comparison import Table, comparison_table
from knowledge.answer.reply import Reply, add_answer, add_migration, add_sources, short_title
from knowledge.engine import Engine
from knowledge.reading.intents import UPDATE
from knowledge.reasoning.advice import Advice
from knowledge.reasoning.conversation import CLARIFY, Turn
from knowledge.reasoning.migration import relevant_paths

HELP_LINES = (
    "Tell me what you are building in plain words, e.g. `microservice, high concurrency, 5-year horizon`.",
    "Then keep talking in the thread: `we also need an admin panel`, `actually async doesn't matter`, "
    "`not flask`, `we run flask today`.",
    "Ask: `why not django?` · `compare fastapi and litestar` · `how do we migrate from flask?` · "
    "`what stack should we use?` · `how fast is it?` · `what are the pitfalls?` · `how do we deploy it?` · "
    "`sources` · `start over`.",
)


class ReplyBuilder:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.kb = engine.kb
        self.names = {fw: f.name for fw, f in self.kb.frameworks.items()}
        self.titles = {seed: s.title for seed, s in self.kb.sources.items()}
        self._builders: dict[str, Callable[[Reply, Turn], None]] = {
            UPDATE: self._update,
            CLARIFY: self._clarify,
            "reset": self._reset,
            "help": self._help,
            "sources": self._sources,
            "why-not": self._why_not,
            "compare": self._compare,
            "migrate": self._migrate,
            "stack": self._stack,
            "benchmarks": self._benchmarks,
            "pitfalls": self._pitfalls,
            "deploy": self._deploy,
            "about": self._about,
        }

    def answer(self, advice: Advice) -> Reply:
        """The full answer to a one-shot question, with the comparison table."""
        reply = Reply(title="Framework Advisor", echo=advice.query.text or None)
        add_answer(reply, advice, self.names)  # migration notes only when a current framework is known
        self._attach_table(reply, list(self.kb.ranked), advice)
        add_sources(reply, self.titles)
        return reply

    def reply(self, turn: Turn, echo: str | None = None) -> Reply:
        reply = Reply(title=turn.intent.replace("-", " ").capitalize(), echo=echo)
        self._builders[turn.intent](reply, turn)
        add_sources(reply, self.titles)
        return reply

    def _attach_table(self, reply: Reply, frameworks: list[str], advice: Advice) -> Table:
        """Put the comparison for `frameworks` on the reply, its citations numbered with the rest."""
        reply.table = comparison_table(self.kb, frameworks, advice, cite=reply.footnotes.ref)
        return reply.table

    def _focus(self, turn: Turn) -> list[str]:
        pick = turn.advice.recommendation.framework if turn.advice.recommendation else None
        return list(turn.focus) or ([pick] if pick else list(self.kb.ranked))

    def _update(self, reply: Reply, turn: Turn) -> None:
        if turn.change:
            reply.add("What changed", [turn.change.explanation])
        add_answer(reply, turn.advice, self.names)
        self._attach_table(reply, list(self.kb.ranked), turn.advice)

    def _clarify(self, reply: Reply, turn: Turn) -> None:
        reply.add(
            "I couldn't use that",
            [
                "I found no requirement or framework I know in that message, so nothing changed.",
                "I understand " + self.engine.advisor.understood() + ".",
            ],
        )
        if turn.advice.recommendation:
            reply.add("Current pick", [f"*{turn.advice.recommendation.name}*, unchanged."])
        if turn.advice.deciding_question:
            dq = turn.advice.deciding_question
            reply.add("The question that decides it", [dq.question, *(f"• {c.label}" for c in dq.choices)])

    def _reset(self, reply: Reply, turn: Turn) -> None:
        reply.add(
            "Starting over", ["I've forgotten this thread's requirements. What are you building?", *HELP_LINES[:1]]
        )

    def _help(self, reply: Reply, turn: Turn) -> None:
        reply.add("How to use me", HELP_LINES)
        reply.add("What I understand", [self.engine.advisor.understood()])
        reply.add(
            "What I know",
            [
                ", ".join(f.name for f in self.kb.frameworks.values())
                + f", from {len(self.kb.sources)} source articles (say `sources`)."
            ],
        )

    def _sources(self, reply: Reply, turn: Turn) -> None:
        scratch = Reply(title="", footnotes=reply.footnotes)
        add_answer(scratch, turn.advice, self.names)
        reply.add(
            "The articles",
            [f"• _{short_title(s.title)}_, {s.publisher}, {s.date}" for s in self.kb.sources.values()],
        )

    def _why_not(self, reply: Reply, turn: Turn) -> None:
        advice, notes = turn.advice, reply.footnotes
        pick = advice.recommendation
        for fw in turn.focus:
            framework = self.kb.frameworks[fw]
            if pick and fw == pick.framework:
                lines = [f"*{framework.name}* is my pick: {pick.confidence_reason}."]
                lines += [f"• {c.label} ({c.weight:+d}): {c.reason} {notes.ref(c.citations)}" for c in pick.reasons[:4]]
            elif not framework.ranked:
                lines = [
                    f"I don't rank {framework.name}; the sources mention it only briefly. "
                    f"{framework.summary} {notes.ref(framework.sources)}"
                ]
            else:
                item = next((w for w in advice.why_not if w.framework == fw), None)
                lines = [f"{item.summary}" if item else f"{framework.name} is not ahead for your needs."]
                lines += [
                    f"• {self.names[c.framework]}: {c.label} ({c.weight:+d}): {c.reason} {notes.ref(c.citations)}"
                    for c in (item.points if item else ())
                ]
                if not advice.requirements:
                    lines.append("Tell me your requirements first and I'll weigh it against the others.")
            lines += [f"Known pitfall: {p.text} {notes.ref(p.sources)}" for p in framework.pitfalls[:2]]
            reply.add(f"Why not {framework.name}?", lines)
        self._unknown(reply, turn)

    def _unknown(self, reply: Reply, turn: Turn) -> None:
        known = ", ".join(f.name for f in self.kb.frameworks.values())
        for name in turn.parsed.unknown_frameworks:
            reply.add(
                f"About {name}",
                [f"None of my sources covers {name}, so I won't guess about it. I can speak to {known}."],
            )
        if not turn.focus and not turn.parsed.unknown_frameworks:
            guess = f" Did you mean {' or '.join(turn.suggestions)}?" if turn.suggestions else ""
            reply.add("Which framework?", [f"I didn't recognise a framework name there.{guess} I know {known}."])

    def _compare(self, reply: Reply, turn: Turn) -> None:
        focus = list(turn.focus)
        pick = turn.advice.recommendation.framework if turn.advice.recommendation else None
        if len(focus) < 2:
            focus = (
                focus
                + [fw for fw in ([pick] if pick else []) + list(self.kb.ranked) if fw not in focus][: 3 - len(focus)]
            )
        table = self._attach_table(reply, focus, turn.advice)
        notes = reply.footnotes
        lines = [
            f"• *{self.names[fw]}*: {self.kb.frameworks[fw].summary} {notes.ref(self.kb.frameworks[fw].sources)}"
            for fw in focus
        ]
        reply.add("In one line each", lines)
        if table.disputed_rows:
            reply.add(
                "Where the sources disagree",
                [f"Rows marked ⚠ carry two views: {', '.join(table.disputed_rows)}."],
            )
        faqs = [f for f in self.kb.faq if len(set(f.frameworks) & set(focus)) >= 2]
        reply.add("From the FAQ", [f"• _{f.question}_ {f.answer} {notes.ref(f.sources)}" for f in faqs])
        if turn.parsed.unknown_frameworks:
            self._unknown(reply, turn)

    def _migrate(self, reply: Reply, turn: Turn) -> None:
        advice = turn.advice
        if advice.migration:
            add_migration(reply, advice.migration, self.names)
            if advice.migration.target != (advice.recommendation.framework if advice.recommendation else None):
                pick = advice.recommendation.name if advice.recommendation else "no clear pick yet"
                reply.add("Note", [f"My recommendation for your requirements is {pick}."])
            return
        lines = ["Which framework do you run today? Say e.g. `we run flask today`."]
        reply.add("Migration", lines)
        for note in relevant_paths(self.kb, advice.recommendation.framework) if advice.recommendation else []:
            add_migration(reply, note, self.names)

    def _stack(self, reply: Reply, turn: Turn) -> None:
        for stack in (s for s in self.kb.data.stacks if s.framework in self._focus(turn)):
            reply.add(
                f"{self.names[stack.framework]} stack",
                [", ".join(stack.components) + ".", f"{stack.note} {reply.footnotes.ref(stack.sources)}"],
            )

    def _benchmarks(self, reply: Reply, turn: Turn) -> None:
        bench, notes = self.kb.benchmarks, reply.footnotes
        rows = tuple((r.setup, f"{r.hello_world_rps:,}", f"{r.with_db_rps:,}") for r in bench.rows)
        cited = tuple(bench.conditions.sources)
        reply.table = Table(("Setup", "Hello world (req/s)", "With DB (req/s)"), rows, cited, ())
        reply.add("Benchmark conditions", [f"{bench.conditions.text} {notes.ref(bench.conditions.sources)}"])
        reply.add("Read these with care", [f"• {c.text} {notes.ref(c.sources)}" for c in bench.caveats])
        reply.add("Other speed claims", [f"• {c.text} {notes.ref(c.sources)}" for c in bench.other_claims])

    def _pitfalls(self, reply: Reply, turn: Turn) -> None:
        notes = reply.footnotes
        for fw in self._focus(turn):
            pitfalls = self.kb.frameworks[fw].pitfalls
            reply.add(f"{self.names[fw]} pitfalls", [f"• {p.text} {notes.ref(p.sources)}" for p in pitfalls])
        reply.add("For your requirements", [f"• {m.text} {notes.ref(m.sources)}" for m in turn.advice.warnings])
        general = [m for m in self.kb.mistakes if not (m.framework or m.requirements or m.unless)]
        reply.add("Selection mistakes in general", [f"• {m.text} {notes.ref(m.sources)}" for m in general])

    def _deploy(self, reply: Reply, turn: Turn) -> None:
        focus = set(self._focus(turn))
        for d in self.kb.data.deployments:
            if focus & set(d.frameworks):
                lines = [f"{i}. {step}" for i, step in enumerate(d.steps, 1)]
                lines[-1] += f" {reply.footnotes.ref(d.sources)}"
                reply.add(d.title, lines)

    def _about(self, reply: Reply, turn: Turn) -> None:
        notes = reply.footnotes
        for fw in turn.focus:
            f = self.kb.frameworks[fw]
            lines = [f"{f.summary} {notes.ref(f.sources)}"]
            lines += [f"+ {s.text} {notes.ref(s.sources)}" for s in f.strengths]
            lines += [f"− {p.text} {notes.ref(p.sources)}" for p in f.pitfalls]
            lines += [f"_{q.question}_ {q.answer} {notes.ref(q.sources)}" for q in self.kb.faq if fw in q.frameworks]
            reply.add(f.name, lines)
        if turn.parsed.unknown_frameworks:
            self._unknown(reply, turn)
