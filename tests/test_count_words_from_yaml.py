"""Count word lists that live in vocabulary.yaml alone: a word added there is read with no code change."""

from __future__ import annotations

from knowledge.engine import Engine
from knowledge.reading.held_crowds import held_crowds
from knowledge.reading.loads import needs_from_numbers


def test_a_thing_counted_per_hour_is_a_low_rate(engine: Engine) -> None:
    vocab = engine.kb.vocabulary
    assert ("no-high-concurrency", "30 messages an hour") in needs_from_numbers(
        "the bot gets 30 messages an hour", None, None, vocab
    )


def test_a_noun_added_in_yaml_is_counted_per_minute(engine: Engine) -> None:
    vocab = engine.kb.vocabulary
    said = "the kiosk sends 12 beeps a minute"
    assert not needs_from_numbers(said, None, None, vocab)
    extended = vocab.model_copy(update={"slow_rate_nouns": [*vocab.slow_rate_nouns, "beeps"]})
    assert ("no-high-concurrency", "12 beeps a minute") in needs_from_numbers(said, None, None, extended)


def test_a_lead_in_added_in_yaml_is_passed_over_before_a_thing(engine: Engine) -> None:
    # vocabulary.yaml `crowd_thing_lead_ins`: "5000 online new courses" counts courses, not people online
    vocab = engine.kb.vocabulary
    said = "we have 5000 online fresh courses"
    assert held_crowds(said, vocab)
    extended = vocab.model_copy(update={"crowd_thing_lead_ins": [*vocab.crowd_thing_lead_ins, "fresh"]})
    assert not held_crowds(said, extended)
