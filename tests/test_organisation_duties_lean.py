"""An organisation's duties or newcomers said in passing ('we're regulated', 'new hires keep asking') lean only;
said of what is built (logins, CSRF, new hires joining) they still decide."""

from __future__ import annotations

import pytest

from knowledge.engine import default_engine


def _pick(text: str) -> str | None:
    advice = default_engine().ask(text)
    rec = advice.recommendation
    return rec.framework if rec is not None else None


@pytest.mark.parametrize(
    "text",
    [
        "our company is regulated, with an external audit every year; which python web framework for the next project?",
        "we got our soc2 report done last quarter. what framework should a new python service use?",
        "compliance-minded bank-adjacent firm here, what framework do you suggest for our next build?",
    ],
)
def test_organisation_duties_alone_ask_back(text: str) -> None:
    assert _pick(text) is None


def test_duty_said_of_the_system_still_decides() -> None:
    text = "auditors will check how our server-rendered member portal handles logins, sessions and csrf"
    assert _pick(text) == "django"


def test_new_hires_in_passing_only_lean() -> None:
    text = "the new hires keep losing the wiki link lol. what I need: a tiny relay posting sentry alerts into slack"
    assert _pick(text) in {"flask", "fastapi"}
