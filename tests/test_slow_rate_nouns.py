"""vocabulary.yaml `slow_rate_nouns`: things counted per minute or hour are read as a rate, from YAML alone."""

from __future__ import annotations

from knowledge.engine import Engine
from knowledge.reading.loads import needs_from_numbers


def test_a_thing_counted_per_hour_is_a_low_rate(engine: Engine) -> None:
    vocab = engine.kb.vocabulary
    assert ("no-high-concurrency", "30 messages an hour") in needs_from_numbers(
        "the bot gets 30 messages an hour", None, None, vocab
    )


def test_a_noun_added_in_yaml_is_counted_per_minute(engine: Engine) -> None:
    vocab = engine.kb.vocabulary
    said = "the kiosk sends 12 pings a minute"
    assert not needs_from_numbers(said, None, None, vocab)
    extended = vocab.model_copy(update={"slow_rate_nouns": [*vocab.slow_rate_nouns, "pings"]})
    assert ("no-high-concurrency", "12 pings a minute") in needs_from_numbers(said, None, None, extended)
