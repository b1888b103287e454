"""The vocabulary's negation, exclusion and refusal cues, with the spellings replaced before any cue is matched. Part of
`Vocabulary` (same YAML section)."""

from typing import Annotated

from pydantic import Field, StringConstraints

from knowledge.base.entry import Entry, Text


class NegationWords(Entry):
    """Spellings replaced first; the cues that negate a need, exclude a framework or refuse an act, contracted too."""

    rewrites: dict[str, str] = Field(default_factory=dict, description="Spellings replaced first.")
    negation_before: list[Text]
    negation_after: list[Text]
    refusal_openers: list[Text] = Field(
        default_factory=list,
        description="'we wont', 'we do not': the asker saying what they will not do; followed by a `refused_acts` "
        "verb ('we wont serve html') it negates what follows (see `refusals`). A third party's 'it wont scale' is a "
        "pain, not a refusal, so only first-person openers belong here.",
    )
    refused_acts: list[Text] = Field(
        default_factory=list,
        description="'serve', 'render', 'expose': acts of providing a part of the system; after a `refusal_opener` "
        "the part is not wanted ('we dont render pages').",
    )
    heading_qualifiers: list[Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+$")]] = Field(
        default_factory=list,
        description="'out of scope for v1: …', 'non-goals this quarter: …': a word opening a short qualifier after a "
        "heading cue (one said after what it negates); the cue still heads the list after the colon.",
    )
    exclusion_before: list[Text]
    exclusion_after: list[Text]
    exclusion_next: list[Text] = Field(
        default_factory=list,
        description="'our review board refuses litestar': a gatekeeper's verb that rules out only a framework named "
        "right after it; it takes back no need ('the api refused connections' is a symptom).",
    )
    passive_auxiliaries: list[Text] = Field(
        default_factory=list,
        description="'fastapi has been prohibited', 'django got vetoed': said in place of the 'is'/'are' opening an "
        "`exclusion_after` cue, the same ban in another tense or voice (see `exclusions_after`).",
    )
    contractions: dict[Text, Text] = Field(
        default_factory=dict,
        description="'is not' -> 'isnt': a negated verb and its contraction as normalised text (apostrophe dropped); "
        "a negation or exclusion cue written with the long form is matched in the short one too (see `contracted`).",
    )

    def exclusions_after(self) -> list[str]:
        """The exclusion cues said after a framework, and each one opening on 'is'/'are' with every passive
        auxiliary in its place ('is banned' -> 'has been banned', 'got banned'), each also contracted."""
        made = (
            f"{auxiliary} {rest}"
            for cue in self.exclusion_after
            for verb, _, rest in [cue.partition(" ")]
            if verb in ("is", "are") and rest
            for auxiliary in self.passive_auxiliaries
        )
        return self.contracted([*self.exclusion_after, *made])

    def refusals(self) -> list[str]:
        """Each refusal opener followed by each refused act ('we wont' + 'serve'), also contracted ('wont')."""
        return self.contracted([f"{opener} {act}" for opener in self.refusal_openers for act in self.refused_acts])

    def negations_after(self) -> list[str]:
        """The negation cues said after a need, each also in its contracted form ('is not an option' -> 'isnt ...')."""
        return self.contracted(self.negation_after)

    def contracted(self, cues: list[str]) -> list[str]:
        """`cues` and, for each holding a long negated verb ('is not', 'will not'), the same cue with its
        contraction ('isnt', 'wont'): people write either, and a list should not have to spell both."""
        made = (
            f" {cue} ".replace(f" {long} ", f" {short} ").strip()
            for cue in cues
            for long, short in self.contractions.items()
            if f" {long} " in f" {cue} "
        )
        return list(dict.fromkeys([*cues, *made]))
