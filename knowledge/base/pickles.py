"""Values built from the knowledge base kept as pickles in the cache directory (yaml_cache.py's), each under a
digest of everything it was built from, so a cold start with nothing changed reads them back instead of building
them. A missing, stale or damaged file reads as None, and the caller builds the value again."""

from __future__ import annotations

import pickle
import sys
from pathlib import Path
from typing import TypeVar

import pydantic

from knowledge.base import yaml_cache

_T = TypeVar("_T")


def keyed(inputs: list[str] | list[bytes], suffix: str) -> Path | None:
    """Where the value built from `inputs` is kept (None: caching is off). The versions that shape a pickle
    (Python's, pydantic's, the pickle protocol's) are part of the key."""
    versions = f"pydantic {pydantic.VERSION}|{sys.implementation.cache_tag}|pickle {pickle.HIGHEST_PROTOCOL}"
    return yaml_cache.keyed_path([*inputs, versions.encode()], suffix)


def read(path: Path | None, kind: type[_T]) -> _T | None:
    """The `kind` kept at `path`, or None when there is none or it cannot be read back whole. Read from the file
    as it is unpickled, a frame at a time: a large file is never in memory whole beside its value."""
    if path is None:
        return None
    try:
        with path.open("rb") as kept:
            value = pickle.load(kept)
    except Exception:  # a damaged file can fail in any way (EOF, a bad opcode, a missing class): built again
        return None
    return value if isinstance(value, kind) else None


def write(path: Path | None, value: object) -> None:
    if path is None:
        return
    try:
        blob = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except pickle.PicklingError:
        return  # built at every start
    yaml_cache.store(path, blob)
