"""The decision record: a conversation's advice as a MADR (Markdown Architectural Decision Record).

Pure: advice and thread metadata in, markdown out. Slack saves it as a canvas (or a file),
`framework-bot ask --format madr` prints it. Every claim carries a footnote number, and the
sources list names each article by title and section: the same scheme as every other answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from knowledge.answer.comparison import comparison_table
from knowledge.answer.markdown import md_escape, md_line, md_table
from knowledge.answer.reply import Footnotes, short_title, source_line, understood_line
from knowledge.base.kb import KnowledgeBase
from knowledge.base.models import Citation
from knowledge.reading.text import in_sentence
from knowledge.reasoning.advice import Advice, Contribution, Precedent

TEAM = ("large-team", "small-team")
HORIZON = ("long-horizon", "short-horizon", "prototype")
TITLE_WHAT_LIMIT = 80
SECTIONS = (  # every record has these headings, in this order (tests check them)
    "Context and Problem Statement",
    "Decision Drivers",
    "Considered Options",
    "Decision Outcome",
    "Consequences",
    "Pros and Cons of the Options",
    "Where the Sources Disagree",
    "Comparison",
    "Sources",
    "More Information",
)
_SAVE = re.compile(
    r"\b(save|record|log|write (it|this|that) (up|down)|keep)\b.{0,40}\b(decision|adr|record|canvas)\b", re.I
)


def is_save_request(text: str) -> bool:
    """'save this as a decision', 'record the decision', 'log it as an ADR', 'keep a record'."""
    return bool(_SAVE.search(text))


@dataclass(frozen=True)
class RecordMeta:
    """Where the decision was made. Every string here except `deciders` is untrusted user text."""

    question: str
    date: str  # ISO date, e.g. 2026-11-26
    deciders: tuple[str, ...] = ()  # already formatted by the caller (canvas mentions, names)
    thread_url: str | None = None
    history: tuple[str, ...] = field(default_factory=tuple)  # the turns typed in the thread, in order
    status: str = "proposed"


def record_title(advice: Advice, kb: KnowledgeBase, question: str) -> str:
    """'Use FastAPI with django-ninja for a partner API'; plain text, for canvas and file titles."""
    rec = advice.recommendation
    what = " ".join(question.split())
    if len(what) > TITLE_WHAT_LIMIT:
        what = what[: TITLE_WHAT_LIMIT - 1].rsplit(" ", 1)[0] + "…"
    if rec is None:
        return f"Choose a Python web framework for {what}" if what else "Choose a Python web framework"
    also = () if rec.precedent else rec.also  # (an overruled pick's `also` is the needs-scoring's, not chosen)
    pick = " and ".join([rec.name, *(kb.name(fw) for fw in also)])
    addons = " with " + " and ".join(a.name for a in rec.addons) if rec.addons else ""
    return f"Use {pick}{addons}" + (f" for {what}" if what else "")


def _reason(c: Contribution, notes: Footnotes) -> str:
    what = f"no {in_sentence(c.label)}" if c.absent else in_sentence(c.label)
    return f"{what} ({c.weight:+d}): {c.reason} {notes.ref(c.citations)}".rstrip()


def _overruled(precedent: Precedent, names: dict[str, str], notes: Footnotes) -> str:
    """The worked example that overruled the needs-scoring, cited by its seed section."""
    engine = "would ask first" if precedent.overrode == "clarify" else f"picks {names.get(precedent.overrode)}"
    line = (
        f"Overruled: the needs-scoring {engine}; the worked-examples model is {precedent.probability:.0%} sure of"
        f" {names.get(precedent.framework, precedent.framework)}."
    )
    if precedent.words:
        line += " Its words for it: " + ", ".join(f"“{md_escape(word)}”" for word in precedent.words) + "."
    example = precedent.example
    if example is None:
        return line
    text = " ".join(example.text.split())
    text = md_escape(text if len(text) <= 160 else text[:159] + "…")  # (a labelled question: not our text)
    answer = " or ".join(names.get(fw, fw) for fw in example.answer.split("/"))
    cited = notes.ref([Citation(seed=example.seed, section=example.section)]) if example.seed else ""
    return f"{line} The worked example most like yours: “{text}” was answered {answer}. {cited}".rstrip()


def _options(advice: Advice, kb: KnowledgeBase) -> list[str]:
    rec = advice.recommendation
    options = list(kb.ranked)
    if rec:
        options += [rec.framework, *rec.also, *(a.framework for a in rec.addons)]
        if rec.pattern:
            options += [fw for fw, _ in rec.pattern.parts]
    options += [a.framework for a in advice.alternatives]
    return [fw for fw in dict.fromkeys(options) if fw in kb.frameworks]


def madr_record(advice: Advice, kb: KnowledgeBase, meta: RecordMeta) -> str:
    """The whole record as markdown. Sections follow MADR; `SECTIONS` lists the headings."""
    notes = Footnotes()
    names = {fw: f.name for fw, f in kb.frameworks.items()}
    rec = advice.recommendation
    q = advice.query
    out: list[str] = [f"# {md_escape(record_title(advice, kb, meta.question))}", ""]
    out += [
        f"* Status: {meta.status}",
        f"* Date: {meta.date}",
        f"* Deciders: {', '.join(meta.deciders) or 'not recorded'}",
        "",
    ]

    # ---- context
    out += ["## Context and Problem Statement", ""]
    if meta.question.strip():
        out += [f"> {md_escape(meta.question)}", ""]
    present = {r.id for r in advice.requirements if not r.negated}
    team = [kb.label(r) for r in TEAM if r in present]
    horizon = [kb.label(r) for r in HORIZON if r in present]
    out += [
        f"* Requirements as understood: {md_line(understood_line(advice, names))}",
        f"* Team: {', '.join(team) or 'not stated'}",
        f"* Horizon: {', '.join(horizon) or 'not stated'}",
        "* Framework in use today: "
        + (names.get(q.current, q.current) if q.current else "none stated (a new codebase)"),
        "",
    ]

    # ---- drivers
    out += ["## Decision Drivers", ""]
    unweighed = {u.requirement for u in advice.unweighted}
    drivers = [
        (("no " + in_sentence(r.label)) if r.negated else r.label)
        + (" (noted; no source weighs it)" if r.id in unweighed else "")
        for r in advice.requirements
    ]
    out += [f"* {d}" for d in drivers] or ["* No requirement stated yet."]
    out.append("")

    # ---- options
    options = _options(advice, kb)
    addon_ids = {a.framework for a in rec.addons} if rec else set()
    out += ["## Considered Options", ""]
    for fw in options:
        kind = " (add-on)" if fw in addon_ids else ""
        score = advice.score_of(fw)
        scored = f", score {score:+d}" if score is not None else ""
        excluded = ", ruled out" if fw in advice.excluded else ""
        out.append(f"* {names[fw]}{kind}{scored}{excluded}")
    out.append("")

    # ---- outcome
    out += ["## Decision Outcome", ""]
    if rec:
        also = () if rec.precedent else rec.also
        chosen = " and ".join(f'"{names.get(fw, fw)}"' for fw in (rec.framework, *also))
        out.append(f"Chosen option: {chosen}, because {rec.confidence_reason}.")
        out += ["", f"Confidence: **{rec.confidence}**.", ""]
        out += [f"* {md_line(_reason(c, notes))}" for c in rec.reasons[:5]]
        if rec.precedent:
            out.append(f"* {_overruled(rec.precedent, names, notes)}")
        for addon in rec.addons:
            out.append(f"* Add {addon.name}: {addon.reason} {notes.ref(addon.citations)}".rstrip())
        if rec.pattern:
            out.append(f"* Split the system: {rec.pattern.summary} {notes.ref(rec.pattern.citations)}".rstrip())
            out += [f"  * {names.get(fw, fw)} for {part}" for fw, part in rec.pattern.parts]
        runner = advice.runner_up
        if runner and rec.precedent and runner.framework == rec.precedent.overrode:
            out.append(f"* Runner-up: {runner.name}, score {runner.score:+d}: the needs-scoring's pick, overruled.")
        elif runner and runner.score > rec.score:
            ahead = runner.score - rec.score
            why = "the first reason above says why"
            out.append(f"* Runner-up: {runner.name}, {ahead} ahead on points but not chosen ({why}).")
        elif runner:
            out.append(f"* Runner-up: {runner.name}, {rec.score - runner.score} behind.")
    else:
        out.append("No option is chosen yet. " + (advice.clarification or "The requirements do not separate them."))
    if advice.deciding_question:
        dq = advice.deciding_question
        out += ["", f"The question that decides it: {dq.question}", ""]
        out += [f"* {c.label}" + (f" → {names[c.framework]}" if c.framework in names else "") for c in dq.choices]
    out.append("")

    # ---- consequences
    out += ["## Consequences", ""]
    start = len(out)
    if rec:
        out += [f"* Good, because {md_line(_reason(c, notes))}" for c in rec.reasons[:3] if c.weight > 0]
    out += [f"* Bad, because {m.text} {notes.ref(m.sources)}".rstrip() for m in advice.warnings]
    if rec and rec.framework in kb.frameworks:
        out += [f"* Watch out: {p.text} {notes.ref(p.sources)}".rstrip() for p in kb.frameworks[rec.framework].pitfalls]
    note = advice.migration
    if note and q.current:
        src, tgt = names.get(note.source, note.source), names.get(note.target, note.target)
        heading = f"Staying on {src}" if note.source == note.target else f"Migration from {src} to {tgt}"
        out += ["", f"### {heading}", "", f"{note.summary} {notes.ref(note.citations[:1])}".rstrip(), ""]
        out += [f"{i}. {step.text} {notes.ref(step.sources)}".rstrip() for i, step in enumerate(note.steps, 1)]
        if note.alternatives:
            out.append("Instead consider: " + ", ".join(names.get(a, a) for a in note.alternatives) + ".")
    if len(out) == start:
        out.append("* None recorded yet: they follow from the option chosen.")
    out.append("")

    # ---- pros and cons per option
    out += ["## Pros and Cons of the Options", ""]
    scores = {s.framework: s for s in advice.ranking}
    for fw in options:
        framework = kb.frameworks[fw]
        out += [f"### {framework.name}", "", f"{framework.summary} {notes.ref(framework.sources)}".rstrip(), ""]
        own = [c for c in scores[fw].contributions if c.framework == fw] if fw in scores else []
        out += [f"* Good, because {md_line(_reason(c, notes))}" for c in own if c.weight > 0]
        out += [f"* Good, because {s.text} {notes.ref(s.sources)}".rstrip() for s in framework.strengths]
        out += [f"* Bad, because {md_line(_reason(c, notes))}" for c in own if c.weight < 0]
        out += [f"* Bad, because {p.text} {notes.ref(p.sources)}".rstrip() for p in framework.pitfalls]
        out.append("")

    # ---- disagreements
    out += ["## Where the Sources Disagree", ""]
    for d in advice.disagreements:
        out.append(f"* **{d.topic}**")
        out += [f"  * {v.text} {notes.ref(v.sources)}".rstrip() for v in d.views]
        out.append(f"  * Our reading: {d.reading}")
    if not advice.disagreements:
        out.append("* The sources agree on everything this decision rests on.")
    out.append("")

    # ---- comparison
    table = comparison_table(kb, options, advice, cite=notes.ref)
    out += ["## Comparison", "", md_table(table), ""]

    # ---- sources
    titles = {seed: s.title for seed, s in kb.sources.items()}
    out += ["## Sources", ""]
    out += [f"* {source_line(n, c, titles)}" for c, n in notes.entries.items()]
    out.append("")

    # ---- more information
    out += ["## More Information", ""]
    if meta.thread_url:
        out.append(f"* Discussed in Slack: [the conversation thread]({meta.thread_url})")
    if meta.history:
        out.append("* The conversation, turn by turn:")
        out += [f"  {i}. {md_escape(text)}" for i, text in enumerate(meta.history, 1)]
    articles = ", ".join(short_title(s.title) for s in kb.sources.values())
    out.append(f"* Drawn by Framework Advisor from {len(kb.sources)} articles: {articles}.")
    return "\n".join(out).rstrip() + "\n"


__all__ = ["SECTIONS", "RecordMeta", "is_save_request", "madr_record", "record_title"]
