"""How far a second, blind labeller agrees with the dev labels, and with the bot: `python -m bench.eval.agreement`.

Two labellings agree on a case when both ask a question back or their accepted picks overlap. The bot
matches a labelling when its main pick is one that labelling accepts.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

from bench.eval.run import HERE, evaluate
from knowledge.engine import default_engine


def _load(path: Path, key: str) -> dict[str, dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(c["id"]): c for c in data.get(key) or []}


def _accepts(label: dict[str, Any], pick: str) -> bool:
    return pick == "clarify" if label.get("clarify") else pick in (label.get("accept") or [])


def _agree(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a.get("clarify") or b.get("clarify"):
        return bool(a.get("clarify")) == bool(b.get("clarify"))
    return bool(set(a.get("accept") or []) & set(b.get("accept") or []))


def main() -> int:
    second = _load(HERE / "agreement" / "relabel_dev_real.yaml", "labels")
    ours = {k: v for path in sorted((HERE / "dev").glob("*.yaml")) for k, v in _load(path, "cases").items()}
    picks = {o.id: o.got.split("+")[0] for o in evaluate(default_engine(), "dev") if o.id in second}
    ids = [i for i in second if i in ours and i in picks]
    print(f"cases: {len(ids)}")
    print(f"labels agree: {sum(_agree(ours[i], second[i]) for i in ids)}")
    print(f"bot matches our labels: {sum(_accepts(ours[i], picks[i]) for i in ids)}")
    print(f"bot matches the second labels: {sum(_accepts(second[i], picks[i]) for i in ids)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
