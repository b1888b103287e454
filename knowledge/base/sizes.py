"""How a count of a system's own code units ('150k lines', '~80 models', '3 endpoints') says how big it is:
the units and their thresholds, and the words that make a count something else (vocabulary.yaml `code_size`)."""

from typing import Annotated

from pydantic import Field, model_validator

from knowledge.base.entry import Entry, Id, Text
from knowledge.base.words import Word


class SizeUnit(Entry):
    """One kind of code unit and the counts at which it makes the system large or small."""

    words: Annotated[list[Text], Field(min_length=1, description="'lines', 'lines of code', 'loc'.")]
    scale: Annotated[int, Field(gt=0)] = Field(1, description="'80 kloc': one unit counts this many.")
    large_min: Annotated[int, Field(gt=0)] | None = None
    small_max: Annotated[int, Field(gt=0)] | None = None
    adjacent: bool = Field(False, description="No word may stand between count and unit ('5 product lines').")
    framework_has: bool = Field(
        False, description="A framework has these too: 'django (77k lines of code)' is its size, not the project's."
    )
    not_before: list[Text] = Field(
        default_factory=list, description="'serve 3 models': words just before the count that make them other things."
    )
    not_between: list[Word] = Field(
        default_factory=list, description="'3 ml models': a word between count and unit that makes them other things."
    )
    least: Annotated[int, Field(gt=0)] = Field(
        1,
        description="Smaller counts are not read: for a singular unit ('a 3-endpoint bot'), 'a rest endpoint' "
        "names one thing without counting the system's.",
    )
    counted_says: Id | None = Field(
        None,
        description="'about a dozen endpoints': a requirement id any count of the system's own units states firmly, "
        "whatever the size (endpoints counted are an API's; the bare word alone is a loose mention).",
    )

    @model_validator(mode="after")
    def _has_threshold(self) -> "SizeUnit":
        if self.large_min is None and self.small_max is None:
            raise ValueError(f"unit {self.words[0]!r} needs large_min or small_max")
        if self.large_min is not None and self.small_max is not None and self.small_max >= self.large_min:
            raise ValueError(f"unit {self.words[0]!r}: small_max must be below large_min")
        return self


class CodeSizeCues(Entry):
    """Counts of code units, and the words that say a count is not of the whole system."""

    units: Annotated[list[SizeUnit], Field(min_length=1)]
    count_words: dict[Text, Annotated[float, Field(gt=0)]] = Field(
        default_factory=dict, description="'a dozen': 12, 'hundreds of': 100; digits and 'one'..'twenty' are read."
    )
    not_before: list[Text] = Field(
        default_factory=list,
        description="'adding 3 endpoints', 'calls 5 endpoints': words just before the count that make it a part of "
        "the system, or someone else's.",
    )
    not_between: list[Word] = Field(
        default_factory=list, description="'2 new endpoints', '5 external endpoints', 'one of the tables'."
    )
    project_nouns: list[Text] = Field(
        default_factory=list,
        description="'flask app, 40k lines', 'our flask codebase is 150k lines': between a framework's name and a "
        "count of a unit it has too, a noun that makes the count the project's.",
    )
    not_after: list[Text] = Field(
        default_factory=list,
        description="'6 endpoints left', '10k views a day', '3 routes still on flask', '2 views to port': words "
        "right after the unit.",
    )
