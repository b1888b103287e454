"""Words with two senses count as a need only with a word confirming that sense near them: a byline's name and
role, a small or unsized burst, docs written for people, someone maintaining a thing, a post's author. The same
words in the need's sense still count."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base.loader import load_knowledge_base
from knowledge.engine import Engine


def _read(engine: Engine, text: str) -> dict[str, bool]:
    """Needs read (not negated) -> whether weak."""
    return {r.id: r.weak for r in engine.parser.parse(text).requirements if not r.negated}


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Maintainer: Ines, admin of the mapping guild. It turns postcodes into lat/lon pairs.", "admin-panel"),
        ("Written by: Kofi (sso and auth squad). A job that prunes stale cache keys.", "user-auth"),
        ("Exposes ferry times as json. Gets a tiny burst when the 8am boat boards.", "high-concurrency"),
        ("Everything's in the confluence docs for support staff; the thing just relays SMS to email.", "api-docs"),
        ("Our readme documentation is thorough. It's a cron that archives old invoices.", "api-docs"),
        ("Only one volunteer maintaining it on weekends; it lists the choir's concerts.", "long-horizon"),
        ("The author of that blog post swears by async. We make a recipe box for my family.", "user-auth"),
    ],
)
def test_a_word_in_its_other_sense_names_no_need(engine: Engine, text: str, need: str) -> None:
    assert need not in _read(engine, text)


def test_an_unsized_burst_counts_only_loosely(engine: Engine) -> None:
    assert _read(engine, "Little endpoint returning tide tables; some bursts on weekend mornings.").get(
        "high-concurrency"
    )


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Maintainer: Ines. We need staff logins and an admin for the clinic desk.", "admin-panel"),
        ("Integrators build against our docs, so every endpoint must be described.", "api-docs"),
        ("Ticket drops bring bursts of 40k buyers in the first minute.", "high-concurrency"),
        ("Bursts of simultaneous connections when the match kicks off.", "high-concurrency"),
        ("We'll be maintaining this for a decade at least; it's the land registry's core.", "long-horizon"),
        ("Authors log in and editors approve their posts.", "user-auth"),
    ],
)
def test_the_same_word_in_the_need_sense_still_counts(engine: Engine, text: str, need: str) -> None:
    assert _read(engine, text).get(need) is False


def test_a_sense_check_on_a_word_the_need_does_not_have_is_reported(kb_copy: Path) -> None:
    path = kb_copy / "requirements.yaml"
    text = path.read_text()
    path.write_text(text.replace("      - said: [author]\n", "      - said: [authorship]\n", 1))
    with pytest.raises(Exception, match="sense check 'authorship' is not one of its phrases"):
        load_knowledge_base(kb_copy)
