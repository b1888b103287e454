"""Background in a pasted paragraph names frameworks and systems that are not the team's: a framework from an
earlier job, one another team keeps, one a boss or friend talks about, a service on another stack. None of these
is what runs here, and a need's words describing another stack's system are not this system's needs."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import first_pick, wanted


@pytest.mark.parametrize(
    "text",
    [
        "at my former employer we used sanic for the async bits. here we start a multi-tenant saas with roles",
        "in my previous company we used quart heavily; this new product is an hr app with approval forms",
        "at my last employer we deployed falcon for years. the new thing is a customer portal with logins",
    ],
)
def test_a_framework_of_an_earlier_job_is_not_what_runs(engine: Engine, text: str) -> None:
    parsed = engine.parser.parse(text)
    assert parsed.current is None
    assert first_pick(engine, text) == "django"


@pytest.mark.parametrize(
    "text",
    [
        "the crm is a django app maintained by another team. we need a small glue script between it and sap, "
        "small scope, one dev",
        "invoicing is a flask service that the other team owns; our piece is a public partner api with openapi docs",
        "the catalog runs on a django monolith kept by a different team. we're building a small glue service "
        "between it and the warehouse system, tiny scope",
    ],
)
def test_a_framework_another_team_keeps_is_not_ours(engine: Engine, text: str) -> None:
    assert engine.parser.parse(text).current is None


@pytest.mark.parametrize(
    "text",
    [
        "our cto once mentioned starlette at a meetup. we have not scoped anything yet",
        "our architect mentioned litestar in passing. nothing is scoped yet",
        "our founder likes sanic, but the product is not defined yet",
    ],
)
def test_a_framework_a_person_talks_about_is_neither_run_nor_an_option(engine: Engine, text: str) -> None:
    assert engine.parser.parse(text).current is None
    assert first_pick(engine, text) is None


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "the company has a go gateway in front of everything. we are the python team and need to build something",
            "api-gateway",
        ),
        ("there is a node notifications service already. we need something new in python", "microservice"),
        ("the legacy php storefront takes the orders; our python part is still being scoped", "ecommerce"),
        ("the old ruby admin panel is what ops use; we need something in python, not scoped yet", "admin-panel"),
    ],
)
def test_a_need_said_of_another_stacks_system_is_not_ours(engine: Engine, text: str, other: str) -> None:
    assert other not in wanted(engine, text)


def test_a_python_shop_after_a_contraction_is_the_team_not_a_store(engine: Engine) -> None:
    assert "ecommerce" not in wanted(engine, "our boss likes go but we're a python shop, project not scoped yet")
