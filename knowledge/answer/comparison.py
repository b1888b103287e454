"""The comparison table: one column per framework, one row per attribute, every cell cited."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from knowledge.base.kb import KnowledgeBase
from knowledge.base.models import Citation
from knowledge.reasoning.advice import Advice

NO_DATA = "no sourced data"


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    citations: tuple[Citation, ...]
    disputed_rows: tuple[str, ...]  # labels of rows where the sources disagree

    def as_text(self, max_width: int = 30) -> str:
        """A fixed-width table for terminals; long cells are clipped with an ellipsis."""

        def clip(cell: str) -> str:
            return cell if len(cell) <= max_width else cell[: max_width - 1] + "…"

        grid = [tuple(map(clip, self.headers))] + [tuple(map(clip, row)) for row in self.rows]
        widths = [max(len(row[i]) for row in grid) for i in range(len(self.headers))]
        line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"

        def fmt(row: tuple[str, ...]) -> str:
            return "| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"

        return "\n".join([line, fmt(grid[0]), line, *map(fmt, grid[1:]), line])


Cite = Callable[[Sequence[Citation]], str]  # citations -> a marker such as "[1,2]"


def seed_tag(citation: Citation) -> str:
    """Short source marker when no footnote numbering is at hand: the seed's number."""
    return citation.seed.split("_", 1)[0]


def _seed_tags(citations: Sequence[Citation]) -> str:
    return "[" + ",".join(dict.fromkeys(seed_tag(c) for c in citations)) + "]"


def _score_cell(advice: Advice, framework: str) -> str:
    score = advice.score_of(framework)
    if framework in advice.excluded:
        return "excluded"
    return "not ranked" if score is None else f"{score:+d}"


def comparison_table(
    kb: KnowledgeBase, frameworks: list[str], advice: Advice | None = None, cite: Cite | None = None
) -> Table:
    """Rows of the knowledge base's comparison for `frameworks`, with a score row when advice is given.

    `cite` numbers each cell's citations with the reply's footnotes, so cells and prose share one scheme.
    """
    cite = cite or _seed_tags
    frameworks = [fw for fw in dict.fromkeys(frameworks) if fw in kb.frameworks]
    headers = ("Criterion", *(kb.name(fw) for fw in frameworks))
    rows: list[tuple[str, ...]] = []
    citations: list[Citation] = []
    disputed: list[str] = []
    if advice is not None:
        rows.append(("Score for your needs", *(_score_cell(advice, fw) for fw in frameworks)))
    for row in kb.comparison:
        if not any(fw in row.cells for fw in frameworks):
            continue
        cells = []
        for fw in frameworks:
            claims = row.cells.get(fw)
            if not claims:
                cells.append(NO_DATA)
                continue
            parts = []
            for claim in claims:
                parts.append(f"{claim.value} {cite(claim.sources)}")
                citations.extend(claim.sources)
            if len(claims) > 1 and row.label not in disputed:
                disputed.append(row.label)
            cells.append(" vs ".join(parts))
        rows.append((row.label + (" ⚠" if row.label in disputed else ""), *cells))
    return Table(headers, tuple(rows), tuple(dict.fromkeys(citations)), tuple(disputed))
