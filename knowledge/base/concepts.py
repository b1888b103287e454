"""A lexicon concept: the words people type for a product, tool or situation, and the needs they imply
(lexicon.yaml)."""

from typing import Annotated

from pydantic import Field, model_validator

from knowledge.base.analogies import ProductAnalogy
from knowledge.base.entry import Entry, Id, Text


class Concept(Entry):
    """Lexicon: words people type for a product, tool or situation, and the needs they imply."""

    id: Id
    label: Text = Field(description="Reads after an arrow: 'React Native → mobile client of an API'.")
    implies: list[Id] = Field(
        default_factory=list,
        description="Requirement ids, most important first; none for a service that only takes work off the app "
        "('a third-party cms'): then `hands_off` names that work.",
    )
    terms: Annotated[list[Text], Field(min_length=1)]
    weak: bool = Field(
        False,
        description="Its terms name infrastructure or tooling ('postgres', 'helm chart') that every framework runs "
        "with, or a date ('by friday') that says when rather than what: the needs they imply count once another "
        "need decides, but alone they decide nothing.",
    )
    alike: bool = Field(
        False,
        description="Its terms name infrastructure every framework runs with the same way ('postgres', 'helm "
        "chart', 'k8s'): besides being `weak`, they only lean, even between two named frameworks ('django or "
        "fastapi? we have postgres') or beside a framework someone pitched, so they never decide a pick.",
    )
    paperwork: bool = Field(
        False,
        description="Its terms name paperwork people fill in and chase ('expense reports', 'timesheets') as much as a "
        "system for it: in a message about building or choosing something (a `building_words` word) or a terse one "
        "they name the system's needs; in a note about deadlines and people ('expense reports are due friday') "
        "they count only beside a need that decides, as `weak` terms do.",
    )
    analogies: ProductAnalogy | None = Field(
        None,
        description="Well-known products of this kind ('etsy' for a marketplace): said as what is built is like "
        "('a mini-etsy for potters'), inside a vocabulary `analogy_frames` frame, they imply the concept too.",
    )
    hands_off: list[Id] = Field(
        default_factory=list,
        description="A hosted service ('auth0', 'stripe checkout') does these needs' work outside the app: said with "
        "it, they are not asked of the framework ('auth is auth0' needs token checks, not a user system). The "
        "lexicon's served-elsewhere reading (reading/served_elsewhere.py, with the vocabulary's cue lists).",
    )
    denied_implies: list[Id] = Field(
        default_factory=list,
        description="Requirement ids the concept denied says ('a full rewrite is not happening', 'nobody will sign "
        "off on a rewrite': the code that runs is kept), besides denying `implies`.",
    )

    @model_validator(mode="after")
    def _says_something(self) -> "Concept":
        if not self.implies and not self.hands_off:
            raise ValueError(f"concept {self.id!r}: give `implies` or `hands_off` (it says nothing of the app)")
        if self.alike and not self.weak:
            raise ValueError(f"concept {self.id!r}: `alike` terms are loose words too; set `weak: true` as well")
        return self
