"""vocabulary.yaml's `roles`, the words around another system that calls ours or feeds it data ('called from our
checkout service', 'the checkout service calls it'): that system's kind describes the caller, not what is built.
Part of `RoleCues` (same YAML section)."""

from pydantic import Field

from knowledge.base.entry import Entry
from knowledge.base.words import Word, WordPair


class CallerCues(Entry):
    """Words around a system that calls ours, or that our data comes from."""

    called_by: frozenset[WordPair] = Field(
        description="'called from our checkout service': two words before a system that calls this one, so that "
        "system's kind describes the caller, not what is built."
    )
    bare_caller_objects: frozenset[Word] = Field(
        frozenset(),
        description="'checkout calls it on every payment': after a need's word named bare and a call verb, the "
        "words standing for our system, which make that word the caller, not a need.",
    )
    caller_agents: frozenset[Word] = Field(
        description="'hit by the checkout service': one word before a system that acts on this one, so that "
        "system's kind describes the caller, not what is built."
    )
    source_agents: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'leave balances from the payroll api': one word before a system the data is taken from, so "
        "that system's kind describes the source, not what is built.",
    )
    serve_verbs: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'serving the model to two internal apps': a verb of handing ours out; a system after its 'to' "
        "a few words on is one ours serves, so its kind describes that caller, not what is built.",
    )
    relative_pronouns: frozenset[Word] = Field(
        frozenset(),
        description="'an api that ecommerce plugins call': a word opening a relative clause, whose subject, before "
        "a call verb, is the system calling the thing described (ours), so its kind describes the caller.",
    )
    caller_joiners: frozenset[Word] = Field(
        description="'called by the crm and the checkout service': words joining callers listed one after another."
    )
    caller_verbs: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'the checkout service calls it': a verb after a system whose object is ours, so that system "
        "is the caller and its kind describes the caller, not what is built.",
    )
    caller_helpers: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'the checkout service needs to be able to call them': words that may sit between the caller "
        "and its verb (modals, 'to', 'be able').",
    )
    caller_objects: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'… calls them', '… hits our api': right after a call verb, words that make its object the "
        "system asked about, not another one ('the checkout service calls stripe').",
    )
