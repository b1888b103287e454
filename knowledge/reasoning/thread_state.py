"""What a conversation remembers between turns: the needs, the frameworks in each role and what said them;
round-trips through JSON for the Slack store."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

STATE_VERSION = 1
_CONSTRUCTED: set[str] = set()  # {"empty"} once ConversationState.empty made a state without the validator


class ConversationState(BaseModel):
    """Everything a conversation remembers; round-trips through JSON for the Slack store."""

    # Built when first validated or dumped: a one-shot `ask` only makes a fresh state (`empty`), and building the
    # validator (with pydantic's plugin look-up) was a tenth of its cold start.
    model_config = ConfigDict(extra="ignore", defer_build=True)

    version: int = STATE_VERSION
    requirements: dict[str, bool] = Field(default_factory=dict, description="id -> negated, in order given")
    excluded: list[str] = Field(default_factory=list)
    soft_excluded: list[str] = Field(
        default_factory=list,
        description="of `excluded`, those ruled out for taste alone ('skip django, feels bloated'): a later turn that "
        "grows the project into one the framework clearly fits lets it back in",
    )
    current: str | None = None
    targets: list[str] = Field(default_factory=list)
    migration_underway: bool = False
    move_finished: bool = Field(
        False, description="the move to `current` was reported over ('we wrapped up porting it to quart')"
    )
    leaving: bool = Field(False, description="the team said it is moving off what runs ('getting off pyramid')")
    asked_how: bool = Field(
        False, description="the move to the target was asked how ('if we move to fastapi, what replaces g.user?')"
    )
    rollback_asked: bool = Field(False, description="this turn offers going back against finishing the move")
    known: list[str] = Field(default_factory=list, description="frameworks the team knows well")
    outside_python: list[str] = Field(
        default_factory=list, description="stacks outside Python named as what runs ('the site is php')"
    )
    mentioned: list[str] = Field(
        default_factory=list,
        description="frameworks named in no other role ('something like starlette might fit'): weighed as options",
    )
    pitched: list[str] = Field(
        default_factory=list,
        description="frameworks only someone else's pitch names ('a colleague says fastapi'): not the asker's choice",
    )
    options: list[str] = Field(
        default_factory=list,
        description="the shortlist last offered side by side ('plain flask, or quart?'): kept until a new one",
    )
    mandated: str | None = Field(
        None, description="the framework the organisation fixed ('platform mandates fastapi'): kept until ruled out"
    )
    said: dict[str, tuple[str, str | None, bool]] = Field(
        default_factory=dict, description="requirement id -> (the words, the lexicon concept, fuzzy): what was read"
    )
    extension_needs: list[tuple[str, str]] = Field(
        default_factory=list, description="(framework, need) its own extension answers: 'flask-admin'"
    )
    library_covers: list[tuple[str, str, str]] = Field(
        default_factory=list, description="(framework, need, library id) a library named answers: 'Django Channels'"
    )
    argued_needs: list[str] = Field(
        default_factory=list, description="needs given as the reasons for the destination the asker chose"
    )
    deciding_answers: list[str] = Field(
        default_factory=list,
        description="the follow-ups of the yes-or-no question the bot last asked, yes first: a bare 'yep' or 'nah' "
        "typed next answers it as its button would",
    )
    deciding_need: str | None = Field(None, description="the need that yes-or-no question asked about")
    asked_needs: list[str] = Field(
        default_factory=list, description="needs only asked about: 'do we need a separate service for that?'"
    )
    estate: list[tuple[str, str]] = Field(
        default_factory=list,
        description="systems listed with their frameworks ('billing (django), search (fastapi)'): (name, framework)",
    )
    estate_open: bool = Field(
        default=False,
        description="the estate was listed with none of its systems asked about: new work is weighed apart from them",
    )
    beside: str | None = Field(default=None, description="a new service's framework that reuses current's models")
    apart_decided: bool = Field(
        default=False, description="the piece asked about is decided as a service apart from what runs"
    )
    said_turn: dict[str, int] = Field(default_factory=dict, description="requirement id -> the turn that said it")
    message_words: dict[int, list[str]] = Field(
        default_factory=dict,
        description="turn -> the words of a message that stated needs: 'scratch the labeling ui' names the message "
        "that asked for one",
    )
    wishes: list[str] = Field(default_factory=list, description="requirement ids said as a hedged wish")
    first_ranked: list[str] = Field(
        default_factory=list, description="requirement ids the latest ranking turn put first ('top criterion: …')"
    )
    described: list[str] = Field(
        default_factory=list, description="frameworks this turn asked for by what they are ('async flask': Quart)"
    )
    counted: list[str] = Field(
        default_factory=list, description="requirement ids read from a number ('in six weeks'), not from words"
    )
    loose: list[str] = Field(
        default_factory=list, description="requirement ids read only from loose words ('an api', 'k8s')"
    )
    background: list[str] = Field(
        default_factory=list,
        description="requirement ids read only from the organisation's line of business ('a fintech'): they lean",
    )
    last_frameworks: dict[str, list[str]] = Field(
        default_factory=dict,
        description="role (known, excluded, targets) -> frameworks the last message alone brought in; a take-back "
        "('nvm', 'they changed their mind') removes them with that message's needs",
    )
    frameworks_turn: int = Field(-1, description="the turn that brought in `last_frameworks`")
    doubted: list[str] = Field(
        default_factory=list,
        description="needs this turn asked whether are needed at all, the question hanging on it ('if so, which?'); "
        "the next message answers it",
    )
    earlier: list[dict[str, Any]] = Field(
        default_factory=list,
        description="the subjects set aside for a new one, latest last, each a state dump: 'back to the shop' "
        "brings the last one back",
    )
    labels: list[str] = Field(
        default_factory=list, description="tags the subject was named by ('service a'): 'service b' is another one"
    )
    unmeasured: bool = Field(False, description="a message said the team has no numbers of its own")
    project_said: bool = Field(False, description="a message said something of the asker's own project")
    last_pick: str | None = None
    precedent: dict[str, Any] | None = Field(
        None,
        description="the worked examples' pick that overrode the engine's on the first message (precedent_pick.py): "
        "kept while the engine's own answer stays the one it overrode",
    )
    last_pattern: str | None = Field(
        None, description="the split the last pick came with ('django-admin-fastapi-api'): a part of it may be asked"
    )
    turns: int = 0

    @classmethod
    def empty(cls) -> ConversationState:
        """A fresh state, as `ConversationState()` makes it (every field its default). The process's first one is
        made without building the validator (`model_construct`), so a one-shot `ask` never builds it; later ones
        are validated as usual (`model_construct` reads each default factory's signature at every call, which
        costs more than the built validator once a process holds several conversations)."""
        if cls.__pydantic_complete__ or _CONSTRUCTED:
            return cls()
        _CONSTRUCTED.add("empty")
        return cls.model_construct(_fields_set=set(), **_defaults(cls))

    def to_json(self) -> str:
        return self.model_dump_json()

    @classmethod
    def from_json(cls, raw: str | bytes | dict[str, Any]) -> ConversationState:
        if isinstance(raw, dict):
            return cls.model_validate(raw)
        return cls.model_validate_json(raw)


def _defaults(model: type[BaseModel]) -> dict[str, Any]:
    """Every field's default, its factory called (none here takes the validated data): given to `model_construct`,
    which then skips reading each factory's signature (parsed from text for `list` and `dict`, the tokenizer's
    regex compiled for it: a few ms of a cold `ask`)."""
    return {
        name: field.default_factory() if field.default_factory is not None else field.default  # type: ignore[call-arg]
        for name, field in model.model_fields.items()
    }


def fresh(state: ConversationState) -> bool:
    """Whether the thread holds nothing yet: a first message, or one right after a reset."""
    return not (state.requirements or state.current or state.excluded or state.known or state.last_pick)
