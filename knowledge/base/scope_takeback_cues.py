"""vocabulary.yaml's `scope`, the words after a take-back word ('drop', 'scrap') that make it take nothing back: a
symptom ('keeps dropping requests'), data moved ('drops them on a queue'), a framework tried and dropped. Part of
`ScopeCues` (same YAML section)."""

from pydantic import Field

from knowledge.base.entry import Entry
from knowledge.base.words import Word, WordRun


class ScopeTakeBackCues(Entry):
    """Words around a take-back word that make it take no need back."""

    compound_negators: frozenset[Word] = Field(
        frozenset(),
        description="'scrap metal marketplace', 'cut flower shop': negation verbs that are also nouns opening a "
        "compound; they negate only when an `object_openers` word or a need follows them right away ('scrap the "
        "roles', 'cut auth').",
    )
    repeated: frozenset[Word] = Field(
        description="'the proxy keeps dropping them': right before a take-back word, something that keeps happening, "
        "so the words are a symptom and take no need back."
    )
    lost_units: frozenset[Word] = Field(
        frozenset(),
        description="'the receiver is dropping requests', 'dropped connections at peak': right after a take-back "
        "word, a unit of traffic; what is lost under load is a symptom, so no need is taken back.",
    )
    losing: frozenset[Word] = Field(
        frozenset(),
        description="'drop', 'losing': take-back words that also say traffic is lost; only these, followed by a "
        "`lost_units` word, read as a symptom ('no requests' still denies).",
    )
    event_openers: frozenset[Word] = Field(
        frozenset(),
        description="'when the album drops', 'once the new range drops': a time word opening the clause part that a "
        "`losing` word ends; the thing drops as in comes out (an event), so no need is taken back.",
    )
    moved_objects: frozenset[Word] = Field(
        frozenset(),
        description="'drops them on a queue': right after a take-back word, a pronoun for the data being moved; "
        "with a place word after it, the words move data somewhere and take no need back.",
    )
    places: frozenset[Word] = Field(
        frozenset(),
        description="'dumps it into s3': after a take-back word and a moved object, a word saying where the data goes.",
    )
    object_openers: frozenset[Word] = Field(
        frozenset(),
        description="'drop the docs into …': a word opening the object of a take-back verb ('the', 'our'), so the "
        "cue acts on a thing that `object_places` may move ('nobody logs into it' has none).",
    )
    object_places: frozenset[WordRun] = Field(
        frozenset(),
        description="'drop the docs into a wiki': after a take-back word and a short object of any words, a place "
        "(one word or a run) saying where the thing goes: moved, not taken back.",
    )
    object_targets: frozenset[WordRun] = Field(
        frozenset(),
        description="'dispatch can drop new jobs on them': after a take-back word and a short object of any words "
        "(no opener needed), a place that is a pronoun for people or devices: the thing is handed to them, not "
        "taken back.",
    )
    passive: frozenset[Word] = Field(
        description="'keep getting dropped': a word allowed between the repeating word and the take-back word."
    )
    trial_verbs: frozenset[Word] = Field(
        frozenset(),
        description="'we tried django for the proxy and dropped it': earlier in the clause, a word of trying a "
        "framework; a take-back word then followed by a trial pronoun drops that framework, not the needs.",
    )
    trial_pronouns: frozenset[Word] = Field(
        frozenset(),
        description="'… and dropped it': right after a take-back word, a pronoun for the framework tried.",
    )
