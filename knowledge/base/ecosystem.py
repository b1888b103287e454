"""The framework ecosystem as data: libraries people name instead of the framework they belong to."""

from typing import Annotated, Literal

from pydantic import Field

from knowledge.base.entry import Entry, Fact, Id, Sources, Text


class Library(Entry):
    """A library and what naming it says. `native`: it belongs to `framework`, so saying it as ours means the
    framework runs, and the needs in `answers` are met inside that framework. `shared`: used with several
    frameworks ("jinja", "pydantic", "gunicorn"), so it says nothing about which one runs."""

    id: Id
    kind: Literal["native", "shared"]
    names: Annotated[list[Text], Field(min_length=1, description="Spellings read as this library.")]
    bare_names: list[Text] = Field(
        default_factory=list,
        description="Everyday words ('channels', 'blueprints') read as the library only when its framework is "
        "named in the same message.",
    )
    framework: Id | None = Field(default=None, description="The framework a native library belongs to.")
    answers: list[Id] = Field(default_factory=list, description="Needs the library meets for its framework.")
    states: list[Id] = Field(
        default_factory=list,
        description="Needs its name states without meeting them ('flask-socketio': realtime, still a reason to move).",
    )
    models: bool = Field(default=False, description="The framework's ORM/models layer, which a new service may reuse.")
    installed: bool = Field(
        default=False,
        description="An extension a team adds to an app of its framework ('flask-login', 'drf serializers'): told as "
        "had in a plain statement, it says that framework runs. Not for the framework's own parts or products "
        "('django orm', 'django admin', 'wagtail'), which people praise, know or compare without running them.",
    )
    note: Text
    sources: Sources


class EcosystemRules(Entry):
    """What the map adds to reasoning beyond single libraries."""

    reuse_cues: Annotated[
        list[Text], Field(min_length=1, description="'reuse', 'share': one service uses another's models.")
    ]
    new_service_cues: Annotated[
        list[Text],
        Field(min_length=1, description="'a new service', 'standalone': the other framework's is to be built."),
    ]
    spoken_of_verbs: list[Text] = Field(
        default_factory=list,
        description="'django-tenants handles schemas well', 'the flask-login readme makes it look easy': a verb "
        "within two words after an installed extension that opens its clause; the extension is spoken of, not had, "
        "so it says nothing of what runs.",
    )
    spoken_of_openers: list[Text] = Field(
        default_factory=list,
        description="'the', 'this': words allowed before an extension that opens its clause (see spoken_of_verbs).",
    )
    reuse_split: Fact = Field(description="Why a new service in one framework may reuse another framework's models.")
