"""Break a copy of the knowledge base on purpose and read back the loader's complaint: a YAML mistake must name
its file and entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base.loader import KnowledgeBaseError, load_knowledge_base


def load_error(kb_copy: Path, file: str, old: str, new: str) -> str:
    """Replace the first `old` by `new` in `file` of the copy (it must be there), load it, and return the error."""
    path = kb_copy / file
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as err:
        load_knowledge_base(kb_copy)
    return str(err.value)
