"""The move words the role reader once kept inline (the word after a replace verb's object, the word before a
move's destination, the word ending a pronoun) and the weight that overrides an asker's chosen move live in YAML:
a maintainer changes the reading by editing YAML alone, and a mistake names the file and the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base.loader import KnowledgeBaseError, load_knowledge_base
from knowledge.engine import Engine
from knowledge.reading.result import ParsedQuery


def _edit(kb_dir: Path, file: str, old: str, new: str) -> None:
    path = kb_dir / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _read(kb_dir: Path, said: str) -> ParsedQuery:
    return Engine(load_knowledge_base(kb_dir)).parser.parse(said)


def test_a_replace_joiner_added_in_yaml_makes_the_framework_after_it_the_target(kb_copy: Path) -> None:
    said = "we are replacing the aging portal using django"
    assert _read(kb_copy, said).targets == ()
    _edit(kb_copy, "vocabulary.yaml", "replace_joiners: [with,", "replace_joiners: [using, with,")
    assert _read(kb_copy, said).targets == ("django",)


def test_a_destination_joiner_added_in_yaml_makes_the_framework_before_it_what_runs(kb_copy: Path) -> None:
    said = "we are migrating flask towards quart"
    assert _read(kb_copy, said).current is None
    _edit(kb_copy, "vocabulary.yaml", "destination_joiners: [to,", "destination_joiners: [towards, to,")
    after = _read(kb_copy, said)
    assert after.current == "flask" and after.targets == ("quart",)


def test_a_rewrite_joiner_added_in_yaml_makes_the_framework_after_it_the_target(kb_copy: Path) -> None:
    said = "we are rewriting it on litestar"
    assert _read(kb_copy, said).targets == ()
    _edit(kb_copy, "vocabulary.yaml", "rewrite_joiners: [in,", 'rewrite_joiners: ["on", in,')
    assert _read(kb_copy, said).targets == ("litestar",)


@pytest.mark.parametrize(
    ("file", "old", "new", "error"),
    [
        ("vocabulary.yaml", "replace_joiners: [with,", "replace_joiners: [With,", r"moves\.replace_joiners\.0"),
        ("vocabulary.yaml", "pronoun_endings: [thing]", "pronoun_endings: [-thing]", r"scope\.pronoun_endings\.0"),
        ("closecalls.yaml", "against_choice_weight: -2", "against_choice_weight: 2", r"against_choice_weight"),
    ],
)
def test_a_malformed_move_word_or_weight_names_its_file_and_field(
    kb_copy: Path, file: str, old: str, new: str, error: str
) -> None:
    _edit(kb_copy, file, old, new)
    with pytest.raises(KnowledgeBaseError, match=file.replace(".", r"\.") + r".*" + error):
        load_knowledge_base(kb_copy)
