"""The default engine kept whole as one pickle in the cache directory (knowledge/base/pickles.py): building it from
the kept knowledge base and phrase indexes is most of a cold `framework-bot ask` (regex compiles, phrase lists
normalised and stemmed), reading it back a small part of that. It is kept as built, before any message fills its
caches. The key holds all it is built from: the YAML files, the worked-examples model's file, the source of every
module under knowledge/, and the versions of Python (whose regex code it holds), the stemmer and rapidfuzz.

A compiled regex pickles as its pattern and is compiled again when read back, which would keep most of the cost;
here it is kept with its compiled code instead, handed back to the regex engine as `re.compile` itself does, and
only when rebuilding from that code gives a pattern equal to the one compiled (same pattern, flags and code)."""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import array
import copyreg
import hashlib
import io
import pickle
import re
import sys
from collections.abc import Callable
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any, TypeVar

import rapidfuzz
import Stemmer

from knowledge.base import pickles, yaml_cache
from knowledge.base.loader import DATA_DIR
from knowledge.reading.phrase_tree import Node, Tagging
from knowledge.reasoning.precedents import MODEL_PATH

_KNOWLEDGE = Path(__file__).parent
_T = TypeVar("_T")
_CODE = "I"  # the array type of the regex engine's code words (checked against _sre.CODESIZE below)


def engine_path(directory: Path | None = None) -> Path | None:
    """Where the engine built from the knowledge base in `directory` (the default one) is kept (None: caching is
    off, or an input cannot be read, when it is built each time and the loader reports what it cannot read)."""
    directory = DATA_DIR if directory is None else directory
    try:
        yaml = [_named(path, path.name) for path in sorted(directory.glob("*.yaml"))]
        code = [_named(path, str(path.relative_to(_KNOWLEDGE))) for path in sorted(_KNOWLEDGE.rglob("*.py"))]
        inputs = [*yaml, *code, _versions().encode(), _model(directory).encode()]
    except OSError:
        return None
    return pickles.keyed(inputs, ".engine.pickle")


def _named(path: Path, name: str) -> bytes:
    """A file's name and bytes, hashed as read: decoding megabytes of YAML and source to hash them again as UTF-8
    was a twentieth of a cold `ask` (a file that does not decode is the loader's to report, on the build)."""
    return name.encode() + b"\n" + path.read_bytes()


def _model(directory: Path) -> str:
    """The worked-examples model the engine holds (precedents.py), by its bytes' hash (none: "no model")."""
    path = directory / MODEL_PATH.name
    return f"precedents {hashlib.sha256(path.read_bytes()).hexdigest()}" if path.exists() else "no precedents"


def _versions() -> str:
    return (
        f"python {sys.version}|sre {_sre.MAGIC} {_sre.CODESIZE}|stemmer {Stemmer.version()}|"
        f"rapidfuzz {rapidfuzz.__version__}"
    )


def read(path: Path | None, kind: type[_T]) -> _T | None:
    """The `kind` kept at `path`, or None: read as pickles.py reads every kept value (its regexes come back
    through `_compiled`, which the pickle names)."""
    return pickles.read(path, kind)


def write(path: Path | None, value: object) -> None:
    """Keep `value`, its compiled regexes with their code; nothing when it cannot be pickled (built each time)."""
    if path is None:
        return
    buffer = io.BytesIO()
    try:
        _pickler(buffer).dump(value)
    except (pickle.PicklingError, TypeError, AttributeError):  # (a local function or an open file in it)
        return
    yaml_cache.store(path, buffer.getvalue(), keep=ENGINES_KEPT)


ENGINES_KEPT = 8  # a few megabytes each: fewer kept than of the small kinds


def _compiled(kept: tuple[str | bytes, int, bytes, int, dict[str, int], tuple[str | None, ...]]) -> re.Pattern[Any]:
    """A pattern from its compiled code, as re._compiler.compile makes it."""
    pattern, flags, code, groups, groupindex, indexgroup = kept
    return _sre.compile(pattern, flags, array.array(_CODE, code).tolist(), groups, groupindex, indexgroup)  # type: ignore[no-any-return]


def _reduce_pattern(pattern: re.Pattern[Any]) -> tuple[Callable[..., Any], tuple[Any, ...]]:
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        flags = pattern.flags | parsed.state.flags
        code = array.array(_CODE, _compiler._code(parsed, flags))
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        kept = (pattern.pattern, flags, code.tobytes(), parsed.state.groups - 1, groupindex, tuple(indexgroup))
        if code.itemsize == _sre.CODESIZE and _compiled(kept) == pattern:  # (patterns compare by their code too)
            return _compiled, (kept,)
    except Exception:  # any change in the regex module's insides: compiled again when read back, as usual
        pass
    return _PLAIN(pattern)  # type: ignore[return-value]


_PLAIN = copyreg.dispatch_table[re.Pattern]  # (the pattern and its flags)


def _node(children: dict[str, Node], tagging: Tagging | None, spelled: bool) -> Node:
    """A phrase-tree node as the tree builds it (phrase_tree.py)."""
    node = Node.__new__(Node)
    node.children, node.tagging, node.spelled = children, tagging, spelled
    return node


def _node_reducer() -> Callable[[Node], tuple[Callable[..., Node], tuple[Any, ...]]]:
    """A phrase-tree node kept as one call with its fields (a slotted object's state is read back field by field,
    most of reading an index), and the leaves alike kept once: two thirds of the nodes end a phrase and lead
    nowhere, with a few thousand distinct taggings between them. Nothing changes a node once the tree is built, and
    nothing tells two equal leaves apart."""
    leaves: dict[tuple[int, bool], Node] = {}  # (the tagging's id, spelled) -> the one leaf kept; its tagging lives

    def shared(node: Node) -> Node:
        return node if node.children else leaves.setdefault((id(node.tagging), node.spelled), node)

    def reduce(node: Node) -> tuple[Callable[..., Node], tuple[Any, ...]]:
        children = {word: shared(child) for word, child in node.children.items()}
        return _node, (children, node.tagging, node.spelled)

    return reduce


def _pickler(buffer: io.BytesIO) -> pickle.Pickler:
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    # (this pickler's own table: pickling elsewhere is left as it is)
    pickler.dispatch_table = {**copyreg.dispatch_table, re.Pattern: _reduce_pattern, Node: _node_reducer()}
    return pickler
