"""Keep requirements.lock / requirements-dev.lock in step with pyproject.toml's dependencies.

    python tools/lock.py check   # exit 1, naming `make lock`, when pyproject's dependencies changed since
    python tools/lock.py stamp   # after `uv pip compile`: record which dependencies each lock was made from

Each lock's first line is `# pyproject-deps: <sha256>` of the dependency lists it was resolved from (the
[project] dependencies, plus the dev extra for the dev lock), so editing the linters' settings needs no
new lock, and adding a package cannot be installed past silently. Standard library only: it runs before
any virtual environment exists.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCKS = {"requirements.lock": False, "requirements-dev.lock": True}  # file -> includes the dev extra
MARK = "# pyproject-deps: "


def digest(with_dev: bool) -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    deps = {
        "requires-python": project.get("requires-python"),
        "dependencies": sorted(project.get("dependencies", [])),
        "dev": sorted(project.get("optional-dependencies", {}).get("dev", [])) if with_dev else [],
    }
    return hashlib.sha256(json.dumps(deps, sort_keys=True).encode()).hexdigest()


def check() -> int:
    for name, with_dev in LOCKS.items():
        path = ROOT / name
        if not path.exists():
            print(f"{name} is missing: run `make lock`", file=sys.stderr)
            return 1
        first = path.read_text().split("\n", 1)[0]
        if first != MARK + digest(with_dev):
            print(
                f"pyproject.toml's dependencies changed since {name} was made: run `make lock` "
                "(then commit pyproject.toml and both lock files together)",
                file=sys.stderr,
            )
            return 1
    return 0


def stamp() -> int:
    for name, with_dev in LOCKS.items():
        path = ROOT / name
        lines = [line for line in path.read_text().splitlines() if not line.startswith(MARK)]
        path.write_text("\n".join([MARK + digest(with_dev), *lines]) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit({"check": check, "stamp": stamp}[sys.argv[1] if len(sys.argv) > 1 else "check"]())
