"""The knowledge base's YAML parsed once per content: a parsed file is kept as `marshal` data in a user cache
directory, keyed by the file's text, so a cold `framework-bot ask` skips the parse (about 50 ms of its start-up).
Any problem with the cache (no home directory, a read-only disk, a damaged file) falls back to parsing.
The cross-file checks are kept the same way: a marker says these exact files passed them under this exact schema
and check code, so a start-up with nothing changed skips them (about 80 ms), while any edit is checked again.
Whole values built from the knowledge base are kept likewise (pickles.py)."""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

CACHE_ENV = "FRAMEWORK_ADVISOR_CACHE"  # a directory, or "off"


def _cache_dir() -> Path | None:
    chosen = os.environ.get(CACHE_ENV)
    if chosen == "off":
        return None
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "framework-advisor"


def parse(text: str) -> Any:
    """`yaml.safe_load(text)`, from the cache when this exact text was parsed before (a YAML error still raises)."""
    import yaml  # (here: a start-up from the cached knowledge base parses no YAML)

    folder = _cache_dir()
    # the key holds what the data's shape depends on: the text, the parser and the marshal format
    key = hashlib.sha256(f"{yaml.__version__}|{sys.implementation.cache_tag}|{text}".encode()).hexdigest()[:40]
    path = folder / f"{key}.marshal" if folder is not None else None
    if path is not None:
        try:
            return marshal.loads(path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            pass
    # libyaml's C loader is ~10x faster than the pure-Python one, which is left for a pyyaml built without it
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if path is not None:
        with contextlib.suppress(ValueError):  # data marshal cannot hold (a date): parsed each time
            store(path, marshal.dumps(data))
    return data


def store(path: Path, blob: bytes, keep: int | None = None) -> None:
    """Keep `blob` at `path`, whole or not at all, and prune the oldest files of its kind past KEEP: each edit of
    the knowledge base or its code adds files under new keys, which would otherwise pile up for ever. A pruned file
    still in use is only built and kept again at the next start. `keep`: how many of its kind (KEEP unless told)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        partial.write_bytes(blob)
        partial.replace(path)  # whole or not at all: another process may read it meanwhile
        _prune(path.parent, "".join(path.suffixes), KEEP if keep is None else keep)
    except OSError:
        pass  # unwritable: built at every start


KEEP = 64  # files of one kind kept; a start uses about 25 (one per YAML file) plus one of each other kind


def _prune(folder: Path, suffix: str, keep: int) -> None:
    kind = [entry for entry in os.scandir(folder) if entry.name.endswith(suffix) and entry.is_file()]
    if len(kind) <= keep:
        return
    kind.sort(key=lambda entry: entry.stat().st_mtime, reverse=True)
    for entry in kind[keep:]:
        with contextlib.suppress(OSError):  # another process pruned it first
            os.unlink(entry.path)


def checked_marker(texts: list[str]) -> Path | None:
    """Where the marker for these inputs (the YAML files' texts, the schema's and checks' source) would be."""
    return keyed_path(texts, ".checked")


def keyed_path(texts: Sequence[str | bytes], suffix: str) -> Path | None:
    """A file in the cache directory named by a digest of `texts` (None: caching is off)."""
    folder = _cache_dir()
    if folder is None:
        return None
    digest = hashlib.sha256()
    for text in texts:
        digest.update(text if isinstance(text, bytes) else text.encode())
        digest.update(b"\x00")  # (so two inputs never run together into a third)
    return folder / f"{digest.hexdigest()[:40]}{suffix}"


def is_checked(marker: Path | None) -> bool:
    return marker is not None and marker.exists()


def mark_checked(marker: Path | None) -> None:
    if marker is None:
        return
    store(marker, b"")  # (unwritable: the checks run at every start)
