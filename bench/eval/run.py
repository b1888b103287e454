"""Accuracy of the advice on questions written from the seeds: `make eval`.

Parts: `dev/` (we look at its misses and fix the knowledge or the parser), `heldout/` (written
before the parser work, by someone who had not read knowledge/; never tuned against) and
`heldout2/` … `heldout26/` (written fresh after each round of work, the same way, to measure it once more).
`heldout/` … `heldout18/` are retired: an analyst sorted their misses into cause classes that a round's work then
aimed at (held-out 1 to 9 in round 18, 10 to 14 in round 19, 15 and 16 in round 21, 17 and 18 in
round 22; no case text reached the fixers), so they count apart, as "analysed", not as held-out.
Each case names the acceptable main frameworks, or `clarify: true` where the only right answer is
a question back. Threads score every turn against the pick the conversation should hold then.
Every case goes through `Conversation.turn`, the shipped path, so the worked examples' override
(knowledge/reasoning/precedent_pick.py) is scored too. Its model is trained on dev and the analysed sets
(`make train`): their scores no longer measure generalisation; only held-out 21 and later do.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from knowledge.engine import Engine, default_engine
from knowledge.reasoning.conversation import Conversation, Turn

HERE = Path(__file__).parent
_RETIRED_UP_TO = 20  # held-out 1 to 20 have had their misses studied
PARTS = ("dev", "heldout", *(f"heldout{n}" for n in range(2, 31)))
ANALYSED = frozenset(("heldout", *(f"heldout{n}" for n in range(2, _RETIRED_UP_TO + 1))))
ALL_HELDOUT = "all-heldout"
ALL_ANALYSED = "all-analysed"
KINDS = ("terse", "paragraph", "negation", "incumbent", "tradeoff", "team", "situation", "undecidable", "real")


@dataclass(frozen=True)
class Outcome:
    part: str
    kind: str
    id: str
    text: str
    expected: str
    got: str
    ok: bool
    preferred: bool | None = None  # the main pick is the labeller's single best one (where a case names it)


def _load(path: Path, key: str) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return list(data.get(key) or [])


def _preferred(turn: Turn, case: dict[str, Any]) -> bool | None:
    if not case.get("prefer"):
        return None
    rec = turn.advice.recommendation
    return rec is not None and rec.framework == case["prefer"]


def _judge(turn: Turn, case: dict[str, Any]) -> tuple[bool, str, str]:
    rec = turn.advice.recommendation
    got = "clarify" if rec is None else rec.framework + (f"+{'/'.join(rec.also)}" if rec.also else "")
    if case.get("clarify"):
        return rec is None, "clarify", got
    accept = [str(a) for a in case.get("accept") or []]
    return rec is not None and rec.framework in accept, "/".join(accept), got


def evaluate(engine: Engine, part: str) -> list[Outcome]:
    folder = HERE / part
    outcomes: list[Outcome] = []
    files = sorted(folder.glob("*.yaml"))
    for path in files:
        for case in _load(path, "cases"):
            turn = Conversation(engine).turn(str(case["text"]))
            ok, expected, got = _judge(turn, case)
            kind, ident, text = str(case["kind"]), str(case["id"]), str(case["text"])
            outcomes.append(Outcome(part, kind, ident, text, expected, got, ok, _preferred(turn, case)))
    for thread in (t for path in files for t in _load(path, "threads")):
        conversation = Conversation(engine)
        for n, step in enumerate(thread["turns"], start=1):
            turn = conversation.turn(str(step["text"]))
            ok, expected, got = _judge(turn, step)
            ident = f"{thread['id']}#{n}"
            outcomes.append(
                Outcome(part, "thread turn", ident, str(step["text"]), expected, got, ok, _preferred(turn, step))
            )
    return outcomes


def _table(outcomes: list[Outcome]) -> list[str]:
    by: dict[tuple[str, str], list[bool]] = defaultdict(list)
    for o in outcomes:
        # Every held-out set also counts in one total column: the number the targets are about.
        total = ALL_ANALYSED if o.part in ANALYSED else ALL_HELDOUT if o.part.startswith("heldout") else None
        for part in (o.part, total) if total else (o.part,):
            by[(o.kind, part)].append(o.ok)
            if o.kind != "thread turn":
                by[("all one-line", part)].append(o.ok)
            if o.preferred is not None:  # stricter: where the labeller named one best pick, is it the main one?
                by[("preferred pick", part)].append(o.preferred)
    parts = [p for p in (PARTS[0], ALL_HELDOUT, ALL_ANALYSED, *PARTS[1:]) if any(k[1] == p for k in by)]
    kinds = [k for k in (*KINDS, "thread turn", "all one-line", "preferred pick") if any((k, p) in by for p in parts)]
    names = {
        "dev": "dev",
        ALL_HELDOUT: "**all held-out**",
        ALL_ANALYSED: f"analysed (retired 1–{_RETIRED_UP_TO})",
        **{p: f"held-out {p.removeprefix('heldout')}".rstrip() for p in PARTS[1:]},
    }
    lines = ["| kind | " + " | ".join(names[p] for p in parts) + " |", "|---" * (len(parts) + 1) + "|"]
    for kind in kinds:
        cells = []
        for part in parts:
            got = by.get((kind, part), [])
            cells.append(f"{sum(got)}/{len(got)} ({100 * sum(got) / len(got):.0f}%)" if got else "–")
        lines.append(f"| {kind} | {' | '.join(cells)} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=PARTS, action="append", help="only this part (repeatable)")
    parser.add_argument(
        "--misses",
        choices=("all", *PARTS, "none"),
        default="dev",
        help="which misses to list (held-out misses stay hidden unless asked: we never tune on them)",
    )
    parser.add_argument("--json", action="store_true", help="print outcomes as JSON lines")
    args = parser.parse_args(argv)
    engine = default_engine()
    outcomes = [o for part in args.part or PARTS for o in evaluate(engine, part)]
    if args.json:
        for o in outcomes:
            print(json.dumps(o.__dict__))
        return 0
    print("\n".join(_table(outcomes)))
    shown = [o for o in outcomes if not o.ok and args.misses in ("all", o.part)]
    if shown:
        print(f"\nMisses ({len(shown)}):")
        for o in shown:
            print(f"- [{o.part}/{o.kind}] {o.id}: expected {o.expected}, got {o.got} :: {o.text[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
