"""The reader's small cue-word sets live in vocabulary.yaml: a maintainer extends them there alone, and a
mistake there names the file and the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base.loader import KnowledgeBaseError, load_knowledge_base
from knowledge.engine import Engine


def _edit(kb_dir: Path, old: str, new: str) -> None:
    path = kb_dir / "vocabulary.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_swap_verb_added_in_yaml_changes_the_reading(kb_copy: Path) -> None:
    said = "we might nix django for bare flask"
    before = Engine(load_knowledge_base(kb_copy)).parser.parse(said)
    assert before.excluded == ("django",) and before.current is None  # "nix" only rules django out
    _edit(kb_copy, "swap_verbs: [drop,", "swap_verbs: [nix, drop,")
    after = Engine(load_knowledge_base(kb_copy)).parser.parse(said)
    assert after.current == "django" and after.excluded == ()  # traded away: django is what runs


def test_a_tempted_word_added_in_yaml_keeps_a_move_from_being_under_way(kb_copy: Path) -> None:
    said = "we are halfway through the build and im yearning to switch to fastapi"
    before = Engine(load_knowledge_base(kb_copy)).parser.parse(said)
    _edit(kb_copy, "tempted: [itching,", "tempted: [yearning, itching,")
    after = Engine(load_knowledge_base(kb_copy)).parser.parse(said)
    assert before.migration_underway and not after.migration_underway


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ("swap_verbs: [drop,", "swap_verbs: [Drop it,", r"moves\.swap_verbs\.0"),
        ("swap_gaps: [for,", "swap_gaps: [for the a,", r"moves\.swap_gaps\.0"),
        ("called_by: [called from,", "called_by: [called,", r"roles\.called_by\.0"),
        ("scope_keepers: [or,", "scope_keepers: [on,", r"scope\.scope_keepers\.0"),  # YAML reads on as true
        ("  thread:\n", "  thread:\n    parts: [bits]\n", r"thread\.parts: Extra inputs are not permitted"),
    ],
)
def test_a_malformed_cue_word_names_vocabulary_yaml_and_the_field(
    kb_copy: Path, old: str, new: str, field: str
) -> None:
    _edit(kb_copy, old, new)
    with pytest.raises(KnowledgeBaseError, match=r"vocabulary\.yaml: vocabulary entry: " + field):
        load_knowledge_base(kb_copy)
