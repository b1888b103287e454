"""The words of needs named but not asked for: inside what is not known yet, in a joke or vanity ask relayed from
someone, quoted as a requester's buzzwords, or in a choice conceded before 'except'. Part of `Vocabulary`
(`open_frames` section)."""

from pydantic import Field

from knowledge.base.entry import Entry, Text


class OpenFrameCues(Entry):
    unknown: list[Text] = Field(
        default_factory=list,
        description="'dont know if', 'cant say whether': what follows to the sentence's end is not known yet; a 'yet' "
        "may stand between any two words. Needs said only there are options left open (loose).",
    )
    jokes: list[Text] = Field(
        default_factory=list,
        description="'lol', 'for the cv', 'jokes': with a `requesters` word before or after in the sentence, the "
        "needs between them are a joke or a vanity ask, not needs.",
    )
    requesters: list[Text] = Field(
        default_factory=list, description="Who relays a wish: 'cto', 'the client', 'marketing'."
    )
    relay_verbs: list[Text] = Field(
        default_factory=list,
        description="'says', 'wants', 'insists': a requester with one of these and needs said only as quoted "
        "buzzwords ('scalable', 'serverless') relays words, not needs.",
    )
    concessions: list[Text] = Field(
        default_factory=list,
        description="'would be the obvious', 'is the natural': a choice conceded; with an `exceptions` word after, "
        "the needs before it only describe the conceded choice.",
    )
    exceptions: list[Text] = Field(
        default_factory=list, description="'except', 'but', 'only': what the concession yields to."
    )
