"""Reading gaps closed as mechanisms: modifiers inside a need's wording, symptoms that look like take-backs,
quantified subjects, lists before a cue, and owner words held across adjectives.

Phrasings are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


def _reqs(engine: Engine, text: str) -> dict[str, bool]:
    return {m.id: m.negated for m in engine.parser.parse(text).requirements}


@pytest.mark.parametrize(
    "text",
    [
        "live chat over websockets where the gateway keeps dropping them",
        "we push server-sent events and they keep getting dropped somewhere behind the balancer",
        "realtime dashboards whose nginx keeps dropping connections under load",
    ],
)
def test_a_dropping_symptom_takes_back_no_need(engine: Engine, text: str) -> None:
    assert _reqs(engine, text)["realtime"] is False


def test_drop_as_a_take_back_still_negates(engine: Engine) -> None:
    assert _reqs(engine, "we need sso, drop the admin panel")["admin-panel"] is True


@pytest.mark.parametrize(
    "text, kept",
    [
        ("nobody from another company will ever hit these json endpoints", "rest-api"),
        ("no partners will call the json api", "rest-api"),
    ],
)
def test_a_negated_subject_ends_at_its_verb(engine: Engine, text: str, kept: str) -> None:
    assert _reqs(engine, text)[kept] is False


@pytest.mark.parametrize(
    "text",
    [
        "sanic and quart are both banned by platform, we need websockets",
        "both sanic and quart are out, websockets needed",
        "sanic or quart are not options here; websockets",
    ],
)
def test_an_exclusion_after_a_list_rules_out_every_framework_in_it(engine: Engine, text: str) -> None:
    assert set(engine.parser.parse(text).excluded) == {"sanic", "quart"}


@pytest.mark.parametrize(
    "text, fw",
    [
        ("we are a pair of django/celery veterans starting a billing tool", "django"),
        ("four flask and sqlalchemy folks, internal reporting api", "flask"),
    ],
)
def test_a_list_of_tools_before_a_people_word_is_what_the_team_knows(engine: Engine, text: str, fw: str) -> None:
    assert fw in engine.parser.parse(text).known


@pytest.mark.parametrize("text", ["a django ml-inference service for fraud scores", "small flask ai-powered helper"])
def test_a_need_opening_a_hyphenated_compound_is_no_package(engine: Engine, text: str) -> None:
    parsed = engine.parser.parse(text)
    assert "ml-serving" in {m.id for m in parsed.requirements}
    assert not [need for _, need in parsed.extension_needs if need == "ml-serving"]


def test_a_framework_package_still_answers_its_need(engine: Engine) -> None:
    assert ("flask", "admin-panel") in engine.parser.parse("we bolted flask-admin onto it").extension_needs


@pytest.mark.parametrize(
    "text, current, target",
    [
        ("moving my small home-grown django photo site to litestar", "django", "litestar"),
        ("that quart service is the one we plan to leave for fastapi", "quart", "fastapi"),
        ("the sanic api we keep meaning to swap for litestar", "sanic", "litestar"),
    ],
)
def test_what_runs_and_where_it_goes(engine: Engine, text: str, current: str, target: str) -> None:
    parsed = engine.parser.parse(text)
    assert (parsed.current, parsed.targets) == (current, (target,))


def test_a_thing_still_to_build_is_not_owned(engine: Engine) -> None:
    assert engine.parser.parse("the team wants a small self-hosted flask photo site").current is None


@pytest.mark.parametrize(
    "text",
    [
        "b2b json api where keeping the schema stable matters; backward compatibility is a must",
        "versioned api for partners, no breaking changes ever",
    ],
)
def test_a_stable_contract_is_typed_schemas_not_maturity(engine: Engine, text: str) -> None:
    found = _reqs(engine, text)
    assert found.get("typed-validation") is False and "ecosystem" not in found


@pytest.mark.parametrize(
    "text", ["litestar looks a lot more stable than sanic to me", "sanic feels way less mature than quart"]
)
def test_a_quality_judged_of_a_framework_is_no_need(engine: Engine, text: str) -> None:
    assert "ecosystem" not in _reqs(engine, text)


def test_stability_asked_for_is_still_maturity(engine: Engine) -> None:
    assert _reqs(engine, "we want something boring and stable for ten years")["ecosystem"] is False


@pytest.mark.parametrize(
    "text, need",
    [
        ("a small stateless python json svc for billing", "small-scope"),
        ("we want a tiny read-only lookup api", "small-scope"),
        ("the backend purely returns a rest api to the phone client", "api-only"),
        ("it only hands back a json api to the web client", "api-only"),
    ],
)
def test_describing_words_between_keep_a_wording(engine: Engine, text: str, need: str) -> None:
    assert _reqs(engine, text).get(need) is False


@pytest.mark.parametrize(
    "text", ["only admins use the api", "a small team for the api", "also a simple status page", "a small signup form"]
)
def test_a_gap_wording_needs_a_thing_and_plain_words(engine: Engine, text: str) -> None:
    found = _reqs(engine, text)
    assert "api-only" not in found and "server-rendered" not in found and "forms-crud" not in found


@pytest.mark.parametrize(
    "text", ["a webhook relay with light traffic", "barely any traffic, a handful of users", "low load, one task"]
)
def test_low_traffic_says_concurrency_is_not_needed(engine: Engine, text: str) -> None:
    assert _reqs(engine, text)["high-concurrency"] is True
