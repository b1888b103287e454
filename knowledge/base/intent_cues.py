"""What a message asks (intents in vocabulary.yaml) and the one question asked when it carries no need."""

from typing import Annotated

from pydantic import Field

from knowledge.base.entry import Entry, Id, Text


class OpeningChoice(Entry):
    label: Text
    follow_up: Text
    framework: Id | None = None


class OpeningQuestion(Entry):
    """Asked when a message carries no need at all: one question, with one-tap answers."""

    question: Text
    choices: Annotated[list[OpeningChoice], Field(min_length=2, max_length=5)]


class Intent(Entry):
    id: Id
    exact: list[Text] = Field(default_factory=list, description="Cues that must be the whole message.")
    cues: list[Text] = Field(default_factory=list, description="Cues that may appear anywhere.")
    openers: list[Text] = Field(
        default_factory=list,
        description="With `pieces`: each opener followed by each piece is a cue too ('researching' + 'blog post').",
    )
    pieces: list[Text] = Field(default_factory=list, description="What an opener of this intent names.")
    between: list[Text] = Field(
        default_factory=list, description="With `openers`: a word one of which must stand between opener and piece."
    )
    not_a_pick: bool = Field(
        False,
        description="The message asks no framework pick (another layer, writing about frameworks, a job ad): the "
        "bot says what it answers and reads nothing into the state.",
    )
    yields_to_moves: bool = Field(
        False,
        description="A move from the framework that runs to another asked in the same message ('deps upgraded and "
        "flask broke: time to move to fastapi?') is the question; this intent is only its occasion.",
    )

    explains: bool = Field(
        False,
        description="Asks how frameworks differ, an explanation rather than a pick ('how are they actually "
        "different?'): answered as a comparison, and the words naming the frameworks compared are not read as the "
        "project's needs.",
    )
    unless_named: bool = Field(
        False,
        description="A framework named, or a word of `unless_said`, elsewhere in the message makes it a framework "
        "question after all ('which orm for our new fastapi service?').",
    )
    unless_said: list[Text] = Field(
        default_factory=list,
        description="Words outside the cue that make the message a pick after all; with `unless_named` a framework "
        "named does too, without it only these do ('help me understand how to pick: an internal tool …').",
    )
    with_any: list[Text] = Field(
        default_factory=list,
        description="Words one of which must also be said somewhere in the message for a cue to count: the frame "
        "is the cue and its companion together ('how do i' with a tool's name: 'how do i get gunicorn to reload').",
    )
    unless_project: bool = Field(
        False,
        description="A project word (closecalls.yaml `project_words`) said outside a quoted claim makes it a pick "
        "after all: the frame is asked beside the asker's own system ('async because it's 2026, but the service "
        "resizes images').",
    )
    not_after_count: bool = Field(
        False,
        description="A cue right after a number ('~500 requests per second') measures the project instead of "
        "asking this intent's question, so it is no cue there.",
    )
    not_after: list[Text] = Field(
        default_factory=list,
        description="Words right before a cue that make it the team's own result reported ('our benchmarks show "
        "…'), so it is no cue there.",
    )
    not_before: list[Text] = Field(
        default_factory=list,
        description="Words right after a cue that make its piece describe a system ('for a podcast app', 'a "
        "newsletter backend'): the product built is named, so it is no cue there.",
    )
    with_link: bool = Field(
        False,
        description="Its `exact` cues are the whole message once its links are taken out, and only when it had one "
        "('<url> thoughts?'): a link with a reaction and nothing said of a project.",
    )

    def all_cues(self) -> list[str]:
        """The cues, and each opener followed by each piece, one of `between` in the middle (and a word of
        `intent_fillers` may stand inside)."""
        middles = self.between or [""]
        made = (" ".join(filter(None, (o, m, p))) for o in self.openers for m in middles for p in self.pieces)
        return [*self.cues, *made]
