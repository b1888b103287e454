"""What to say: a presentation-neutral reply (sections, footnoted citations, one table).

Both the terminal renderer and the Slack renderer draw from a Reply, so the choice of
content for each answer and follow-up intent lives here once. Lines use Slack-style
emphasis (*bold*, `code`), which reads fine in a terminal too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from knowledge.answer.comparison import Table
from knowledge.base.models import Citation
from knowledge.reading.text import in_sentence
from knowledge.reasoning.advice import Advice, Contribution, MigrationNote


@dataclass
class Footnotes:
    """Numbers citations in order of first use: [1], [2] …"""

    entries: dict[Citation, int] = field(default_factory=dict)

    def ref(self, citations: Iterable[Citation]) -> str:
        numbers = [self.entries.setdefault(c, len(self.entries) + 1) for c in citations]
        return "[" + ",".join(map(str, dict.fromkeys(numbers))) + "]" if numbers else ""


@dataclass(frozen=True)
class Section:
    title: str
    lines: tuple[str, ...]
    code: str | None = None  # preformatted text, e.g. a migration example


@dataclass
class Reply:
    title: str
    sections: list[Section] = field(default_factory=list)
    table: Table | None = None
    footnotes: Footnotes = field(default_factory=Footnotes)
    echo: str | None = None  # the user's own words, always untrusted

    def add(self, title: str, lines: Iterable[str], code: str | None = None) -> None:
        lines = tuple(line for line in lines if line)
        if lines or code:
            self.sections.append(Section(title, lines, code))


def _reason(c: Contribution, notes: Footnotes) -> str:
    sign = f"{c.weight:+d}"
    what = f"no {in_sentence(c.label)}" if c.absent else c.label
    return f"{what} ({sign}): {c.reason} {notes.ref(c.citations)}"


def understood_line(advice: Advice, kb_name: dict[str, str]) -> str:
    q = advice.query
    # Each need with the words that produced it, so a misreading can be corrected in the thread.
    parts = [("no " + in_sentence(r.label)) if r.negated else r.reading for r in advice.requirements]
    if q.current:
        parts.append(f"you run {kb_name.get(q.current, q.current)} today")
    elif q.outside_python:  # the move into Python is a new build: the needs above decide it
        parts.append(f"you run {', '.join(q.outside_python)} today, outside Python (a new build in Python)")
    if q.known:  # "team only knows django": it weighs (the scores move), so it is shown like the framework run today
        parts.append("your team knows " + ", ".join(kb_name.get(fw, fw) for fw in q.known))
    if advice.excluded:
        parts.append("not " + ", ".join(kb_name.get(fw, fw) for fw in advice.excluded))
    fixes = ", ".join(f"“{typed}” as “{read}”" for typed, read in q.corrections)
    text = "; ".join(parts) if parts else "no requirement I know"
    return text + (f" (read {fixes})" if fixes else "")


def add_answer(reply: Reply, advice: Advice, names: dict[str, str], detail: bool = True) -> None:
    """The recommendation and everything that explains it."""
    notes = reply.footnotes
    reply.add("I understood", [understood_line(advice, names)])
    rec = advice.recommendation
    if rec:
        lines = [f"*{rec.name}* (score {rec.score:+d}, {rec.confidence} confidence: {rec.confidence_reason})."]
        lines += [f"• {_reason(c, notes)}" for c in rec.reasons[: 6 if detail else 3]]
        if rec.precedent and not rec.reasons:
            lines.append(f"• No need you gave weighs for {rec.name}: this pick rests on the worked example below.")
        reply.add("Recommendation", lines)
    if rec and rec.precedent:
        reply.add("Close call", precedent_lines(advice, names, notes))
    elif rec and rec.also:
        others = " and ".join(names.get(fw, fw) for fw in rec.also)
        reply.add("Close call", [f"*{rec.name}* and *{others}* are close for your needs; either is a sound pick."])
    if rec and rec.addons:
        reply.add("Add to it", [f"• *{a.name}*: {a.reason} {notes.ref(a.citations)}" for a in rec.addons])
    if rec and rec.pattern:
        pattern = rec.pattern
        lines = [f"{pattern.summary} {notes.ref(pattern.citations)}"]
        lines += [f"• *{names.get(fw, fw)}* for {part}" for fw, part in pattern.parts]
        reply.add("A split that fits", lines)
    if advice.clarification:
        reply.add("To give a sound answer I need more", [advice.clarification])
    if advice.deciding_question:
        dq = advice.deciding_question
        reply.add("The question that decides it", [dq.question, *(f"• {c.label}" for c in dq.choices)])
    if advice.runner_up and rec:
        runner = advice.runner_up
        behind = rec.score - runner.score
        if rec.precedent and runner.framework == rec.precedent.overrode:
            line = f"*{runner.name}* (score {runner.score:+d}): the needs-scoring's pick."
        elif behind < 0:  # ahead on points, but what the team runs decided (see why not the others)
            ahead = -behind
            line = f"*{runner.name}* (score {runner.score:+d}, {ahead} ahead on points but not the pick; see why not)."
        else:
            line = f"*{runner.name}* (score {runner.score:+d}, {behind} behind)."
        reply.add("Runner-up", [line])
    if not detail:
        return
    why = []
    for item in advice.why_not:
        own = [c for c in item.points if c.framework == item.framework]
        edge = [c for c in item.points if c.framework != item.framework]
        text = f"• *{item.name}*: {item.summary}"
        text += "".join(f" {_reason(c, notes)}" for c in own[:2])
        if edge and rec:
            text += (
                f" {rec.name}'s edge: " + ", ".join(f"{in_sentence(c.label)} ({c.weight:+d})" for c in edge[:3]) + "."
            )
        why.append(text)
    reply.add("Why not the others", why)
    reply.add(
        "Where the sources disagree",
        [
            f"• *{d.topic}*: "
            + " / ".join(f"{v.text} {notes.ref(v.sources)}" for v in d.views)
            + f" _Our reading:_ {d.reading}"
            for d in advice.disagreements
        ],
    )
    reply.add("Watch out", [f"• {m.text} {notes.ref(m.sources)}" for m in advice.warnings])
    add_migration(reply, advice.migration, names)
    reply.add("Also worth knowing", [f"• *{a.name}*: {a.reason} {notes.ref(a.citations)}" for a in advice.alternatives])
    reply.add(
        "Noted, not weighed",
        [
            f"• {u.label}: " + (f"{u.note.text} {notes.ref(u.note.sources)}" if u.note else "no source weighs this.")
            for u in advice.unweighted
        ],
    )


def precedent_lines(advice: Advice, names: dict[str, str], notes: Footnotes) -> list[str]:
    """Where the worked examples overrode the needs-scoring: that they disagree, why each, and the example."""
    rec = advice.recommendation
    assert rec is not None and rec.precedent is not None
    precedent = rec.precedent
    runner = advice.runner_up
    if precedent.overrode == "clarify" or runner is None:
        head = f"*The needs-scoring would ask first; the worked examples pick {rec.name}.*"
    else:
        cases = [c for c in runner.contributions if c.weight > 0 and not c.absent][:3]
        why = ", ".join(f"{in_sentence(c.label)} ({c.weight:+d})" for c in cases)
        refs = notes.ref(c for x in cases for c in x.citations)
        head = (
            f"*The needs-scoring and the worked examples disagree.* The needs-scoring picks *{runner.name}*"
            + (f" for {why} {refs}" if cases else "")
            + f"; the questions most like yours were answered *{rec.name}*, and the worked-examples model is sure"
            + f" enough ({precedent.probability:.0%}) to overrule it."
        )
    if precedent.words:
        quoted = ", ".join(f"“{word}”" for word in precedent.words)
        head += f" Words in your question that point to {rec.name} in the worked examples: {quoted}."
    example = precedent.example
    if example is None:
        return [head]
    text = " ".join(example.text.split())
    text = text if len(text) <= 160 else text[:159] + "…"
    answer = " or ".join(names.get(fw, fw) for fw in example.answer.split("/"))
    cited = notes.ref([Citation(seed=example.seed, section=example.section)]) if example.seed else ""
    why = "" if example.why.startswith("paraphrase of") else f": {example.why}"  # (a reworded case names its original)
    line = f"Worked example most like yours: “{text}” was answered *{answer}*{why} {cited}"
    return [head, line.rstrip()]


def add_migration(reply: Reply, note: MigrationNote | None, names: dict[str, str]) -> None:
    if note is None:
        return
    notes = reply.footnotes
    if note.source == note.target:
        head = f"*Staying on {names.get(note.source, note.source)}*: "
    else:
        head = f"*{names.get(note.source, note.source)} → {names.get(note.target, note.target)}* ({note.verdict}): "
    lines = [head + note.summary + " " + notes.ref(note.citations[:1])]
    lines += [f"{i}. {step.text} {notes.ref(step.sources)}" for i, step in enumerate(note.steps, 1)]
    if note.alternatives:
        lines.append("Instead consider: " + ", ".join(names.get(a, a) for a in note.alternatives) + ".")
    code = None
    if note.example_before and note.example_after:
        before, after = names.get(note.source), names.get(note.target)
        code = f"# before ({before})\n{note.example_before}\n\n# after ({after})\n{note.example_after}"
    reply.add("Migration notes", lines, code)


def short_title(title: str) -> str:
    """An article's title without the knowledge base's editorial note in brackets."""
    return title.split(" (", 1)[0].strip() or title


def source_line(number: int, citation: Citation, titles: dict[str, str]) -> str:
    """The one citation scheme: `[3] Article title, § Section` (the seed file only when it has no title)."""
    title = titles.get(citation.seed)
    return f"[{number}] {short_title(title) if title else citation.seed}, § {citation.section}"


def add_sources(reply: Reply, titles: dict[str, str]) -> None:
    """The footnote list: every citation used so far, by article title and section."""
    reply.add("Sources", [source_line(n, c, titles) for c, n in reply.footnotes.entries.items()])


__all__ = [
    "Footnotes",
    "Reply",
    "Section",
    "add_answer",
    "add_migration",
    "add_sources",
    "precedent_lines",
    "short_title",
    "source_line",
    "understood_line",
]
