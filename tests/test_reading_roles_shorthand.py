"""Roles said in the singular or in shorthand: one person singled out by what they do ('the assessor', 'each
reviewer') is a party of the shared records (vocabulary.yaml `shared_records.singular_leads`), and so are the
titles with no party ending ('the TAs', 'the prof'); in-house teams said by their shorthand ('ops') or as the
managers and leads over in-house work handle records by hand (`staff_handling`), while a role word after a word
that makes it a program ('the package manager') and the verb 'manage' itself name no one."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import wanted


@pytest.mark.parametrize(
    "text",
    [
        "candidates upload a cv and the recruiter shortlists or rejects each one",
        "authors send in chapters, the editor can reject them and the publisher decides on the cover",
        "kids submit their homework on it and the TAs mark it by friday",
        "apprentices log their site hours, the prof signs off at term end",
    ],
)
def test_singular_and_shorthand_parties_make_a_role_workflow(engine: Engine, text: str) -> None:
    assert "user-auth" in wanted(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "ops needs a place to reverse a payment and look up a customer's orders",
        "the regional managers approve stock transfers between our 9 shops",
        "4 warehouse leads have to adjust inventory counts after each stocktake",
    ],
)
def test_shorthand_and_manager_roles_handle_records(engine: Engine, text: str) -> None:
    assert "admin-panel" in wanted(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "the package manager updates our lockfile on every build of the flask api",
        "our team will manage it and update it now and then, which framework",
        "the server restarts at night and the counter resets, a flask app from 2019",
        # the people or machines moved are no record: "ops" runs the servers here
        "a bottle app the staff like. the old hosts go away in may and ops moves us, do we switch?",
        "IT migrates the vm to the new region next week, does the flask service need changes",
    ],
)
def test_programs_and_the_verb_manage_are_no_roles(engine: Engine, text: str) -> None:
    found = wanted(engine, text)
    assert "admin-panel" not in found and "user-auth" not in found
