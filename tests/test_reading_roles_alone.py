"""A staff role alone asks for no back office ('field staff carry phones that upload readings'): the lexicon holds
no bare roles, and the staff reader needs a verb of handling records after the role (vocabulary.yaml
`staff_handling`); a supplier swapped ('changes payroll providers') is no record handled."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import wanted


@pytest.mark.parametrize(
    "text",
    [
        "our field staff carry tablets that sync photos to the api every night",
        "warehouse staff wear ring scanners that send each scan to our ingest service",
        "the hr staff switch benefits providers every other year, unrelated, I'm building a public api",
    ],
)
def test_a_role_without_handling_records_is_no_back_office(engine: Engine, text: str) -> None:
    assert "admin-panel" not in wanted(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "field staff must correct visit notes and reassign jobs between themselves",
        "the returns desk where warehouse staff process RMAs and refunds",
        "call centre agents edit a caller's address while on the phone",
    ],
)
def test_a_role_handling_records_is_a_back_office(engine: Engine, text: str) -> None:
    assert "admin-panel" in wanted(engine, text)
