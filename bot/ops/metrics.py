"""Prometheus metrics, served at GET /metrics. One registry per process (prometheus-client's default).

Names are prefixed `advisor_`. Counters only ever go up; tests read them before and after.
"""

from __future__ import annotations

from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, Counter, Gauge, Histogram, generate_latest

LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)

COMMANDS = Counter("advisor_commands", "Slash commands received, by kind (ask, compare, migrate, help)", ["kind"])
EVENTS = Counter("advisor_events", "Events received, by type (message, app_mention)", ["type"])
ACTIONS = Counter("advisor_actions", "Button clicks, by action_id", ["action"])
ANSWERS = Counter("advisor_answers", "Answers delivered, by how (thread, response_url, degraded, apology)", ["via"])
ANSWER_SECONDS = Histogram(
    "advisor_answer_seconds", "Time to build and deliver one answer, once work started", buckets=LATENCY_BUCKETS
)
ACK_TO_ANSWER_SECONDS = Histogram(
    "advisor_ack_to_answer_seconds",
    "From the ack (Slack's 200) to the end of the work, waiting for a work slot included",
    buckets=LATENCY_BUCKETS,
)
SLACK_CALLS = Counter(
    "advisor_slack_api_calls", "Slack Web API calls by method and outcome (ok, or the error)", ["method", "error"]
)
SLACK_429_RETRIES = Counter("advisor_slack_429_retries", "429 answers waited out (Retry-After) and retried", ["method"])
SLACK_RETRIES = Counter(
    "advisor_slack_retries", "Calls retried after a 5xx or connection error, with backoff", ["method"]
)
DEDUP_HITS = Counter("advisor_dedup_hits", "Events or messages skipped as already handled", ["where"])
DB_ERRORS = Counter("advisor_database_errors", "Store operations that raised, by operation", ["op"])
FALLBACKS = Counter(
    "advisor_fallbacks",
    "Answers (or parts) delivered another way: response_url, degraded blocks, plain text, or only an apology",
    ["kind"],
)
WORK_QUEUE_DEPTH = Gauge("advisor_work_queue_depth", "Acked requests waiting for a work slot")
WORK_IN_FLIGHT = Gauge("advisor_work_in_flight", "Requests being worked on (at most WORK_CONCURRENCY)")
ANSWER_CACHE = Counter("advisor_answer_cache", "Answer cache lookups, by result (hit, miss)", ["result"])


def exposition() -> tuple[bytes, str]:
    """The text format and its content type."""
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST


def value(name: str, **labels: str) -> float:
    """A sample's current value (0.0 when absent), for tests and the bench."""
    sample = REGISTRY.get_sample_value(name, labels or None)
    return sample if sample is not None else 0.0
