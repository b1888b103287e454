""" "Internal only" / "for internal use" said of a thing restricts who may reach it; it is the in-house
(back-office) tool need only when said of an app, tool or system, or in the tool's own words.

Phrasings are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import first_pick, wishes_by_id


@pytest.mark.parametrize(
    "text",
    [
        "plotly charts of our churn numbers for the data team, internal only",
        "a little status page for the on-call crew, internal use only",
        "small json api for internal use, three services call it",
    ],
)
def test_an_audience_restriction_is_not_an_internal_tool(engine: Engine, text: str) -> None:
    assert "internal-tool" not in wishes_by_id(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "internal tool for 40 staff to approve expenses",
        "an internal-only app where the warehouse crew log returns",
        "vendor contracts app for internal use: edit, search, upload scans",
    ],
)
def test_an_app_for_internal_use_stays_an_internal_tool(engine: Engine, text: str) -> None:
    assert "internal-tool" in wishes_by_id(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "small data-science dashboard with plotly graphs off a single postgres table, internal only, 5 analysts",
        "data-science dashboard: plotly graphs from one postgres table, internal use only, 6 analysts",
    ],
)
def test_an_internal_only_data_science_dashboard_goes_to_flask(engine: Engine, text: str) -> None:
    # 003 "When each wins > Flask wins": data-science dashboards; the restriction adds no back-office need
    assert first_pick(engine, text) == "flask"
