"""The vocabulary's words around a framework's name (what runs, is known or is moved to) and the words that tell how
a clause stands (a break, a yes-or-no question, a doubt), with the words never typo-corrected. Part of
`Vocabulary` (same YAML section)."""

from pydantic import Field

from knowledge.base.entry import Entry, Id, Text
from knowledge.base.open_frame_cues import OpenFrameCues
from knowledge.base.words import Word


class RoleWords(Entry):
    """What runs, is known or is moved to; clause breaks, the questions a clause asks; plain words, other stacks."""

    current_before: list[Text]
    current_after: list[Text]
    target_before: list[Text]
    clause_breaks: list[Text]
    answer_no: list[Text] = Field(
        default_factory=list,
        description="Opening a clause right after a question ('do we need sso? nah'): the needs the question "
        "asked about are negated.",
    )
    answer_yes: list[Text] = Field(
        default_factory=list,
        description="A whole message of these ('yep', 'yes definitely') after the bot asked a yes-or-no question "
        "answers it yes; `answer_no` answers it no.",
    )
    answer_fillers: list[Word] = Field(
        default_factory=list,
        description="'ok yes thanks', 'nope sorry': words around a bare yes or no that leave it bare.",
    )
    yes_no_openers: list[Word] = Field(
        default_factory=list,
        description="'do we need sso? nah': a question opening with one of these (after a lead-in word or two) asks "
        "yes or no, so an `answer_no` after it answers it; 'which is best for chat? no preference' asks no such thing.",
    )
    leave_asks: list[Text] = Field(
        default_factory=list,
        description="'could we skip django?', 'should we avoid flask here?': a question opening with one of these "
        "(after a lead-in word or two) asks whether a framework may be left out; it rules nothing out.",
    )
    open_askers: list[Word] = Field(
        default_factory=list,
        description="'why is flask out?', 'what else, now that django is out?': a question holding one of these asks "
        "something beside the ban, which stands; 'is fastapi a no-go?' and 'django's out?' hold none and only ask "
        "whether the framework is ruled out, which rules nothing out.",
    )
    doubt_cues: list[Text] = Field(
        default_factory=list,
        description="'do users even need an admin?', 'is an admin actually necessary?': the needs of the clause are "
        "put in doubt; with an `answer_conditionals` cue after ('if yes, which one?'), the answer waits on them.",
    )
    answer_conditionals: list[Text] = Field(
        default_factory=list,
        description="'if yes', 'if so': what follows hangs on the answer to a need put in doubt before it.",
    )
    common_words: list[Text] = Field(description="Never typo-corrected into a requirement word.")
    open_frames: OpenFrameCues | None = Field(
        None, description="Needs named but not asked for: unknown yet, joked, quoted buzzwords, a conceded choice."
    )
    claimed_virtues: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'scalable', 'secure', 'maintainable': a quality every framework claims, said of the system as "
        "an adjective; said loosely, it leans one point at most beside a need that decides.",
    )
    paste_virtues: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'scalable', 'secure', 'fast': virtues every framework claims; in a paste, a sentence whose "
        "needs are only these, said loosely, praises the company's values rather than describing the system.",
    )
    unknown_frameworks: dict[Id, Text] = Field(description="Frameworks we know exist but have no sources on.")
    outside_python: dict[Text, Text] = Field(
        default_factory=dict,
        description="Stacks outside Python ('rails', 'ktor'), phrase -> name: what runs when a team moves into Python.",
    )
    lack_verbs: list[Text] = Field(
        default_factory=list,
        description="'no plugin gets us an openapi spec': after a negated thing, what it fails to yield is wanted.",
    )
    target_after: list[Text] = Field(
        default_factory=list, description="'a django migration is underway': right after a framework, a move to it."
    )
    knowledge_before: list[Text] = Field(default_factory=list, description="'team knows flask': what the team knows.")
    knowledge_after: list[Text] = Field(default_factory=list, description="'six django devs': what the team knows.")
    workplace_after: list[Text] = Field(
        default_factory=list,
        description="'django at work': the day job's framework. Read as knowledge_after only when the message names "
        "another subject of the asker's (a side project, thread.new_subject); otherwise the work codebase is the "
        "one asked about.",
    )
    skill_before: list[Text] = Field(
        default_factory=list,
        description="'the whole team is great at async': a skill of the team; read as knowledge_before too, and the "
        "need named right after it is what the team can do, not a need of the system.",
    )
    skill_lacking_before: list[Text] = Field(
        default_factory=list,
        description="'we dont know async': a skill the team lacks; the need named right after it is no need of the "
        "system (a requirement's `lacked_as` names what the lack says instead).",
    )
    skill_after: list[Text] = Field(
        default_factory=list,
        description="'our devs know sqlalchemy inside out': how well the team knows what is named right before; "
        "read as knowledge_after too, and a need named right before it is a skill, not a need of the system.",
    )
    current_artifacts: list[Text] = Field(
        default_factory=list, description="'our flask app': nouns that make a framework current after an owner word."
    )
    run_signs: dict[Id, list[Text]] = Field(
        default_factory=dict,
        description="Framework id -> things only a project on that framework has ('manage.py', 'runserver'): one "
        "named says the framework runs, even where its name is not written.",
    )
    server_interfaces: dict[Id, list[Text]] = Field(
        default_factory=dict,
        description="Server interface -> the words naming it ('asgi': asgi, uvicorn). A need denied in one of these "
        "words ('nothing asgi', 'no uvicorn allowed') bans the interface: frameworks served on nothing else are "
        "ruled out (frameworks.yaml `served_on`).",
    )
    interface_only: list[Word] = Field(
        default_factory=list,
        description="'the host is mod_wsgi only', 'only supports wsgi': a word right before or after (or two before) "
        "an interface's name that makes it the only one the app may be served on: frameworks not served on it are "
        "ruled out, save the one that runs.",
    )
    interface_refusals: list[Text] = Field(
        default_factory=list,
        description="'cant support asgi', 'our paas doesnt run uvicorn': a host's inability said a word or two before "
        "an interface's name bans that interface, as a denied need in its words does. Not negation cues: 'it cant "
        "support 2k users' is a pain that makes the need.",
    )
    dependency_words: list[Word] = Field(
        default_factory=list,
        description="'dependency', 'image', 'container': a framework ruled out in a message with one of these is "
        "ruled out as a package, so the frameworks built on it (frameworks.yaml `core_libraries`) go too; without "
        "them ('bare starlette is too low level') only using it bare is ruled out.",
    )
    interface_scoped: list[Word] = Field(
        default_factory=list,
        description="'we only use uvicorn locally', 'uvicorn only in dev': a word right after the interface (or after "
        "its `interface_only` word) that narrows the 'only' to a place or a use, so the host is not restricted.",
    )
    current_owners: list[Word] = Field(
        default_factory=list, description="'our', 'the', 'existing': single owner words."
    )
    current_owners_joining: list[Word] = Field(
        default_factory=list,
        description="Owner words that, right before 'a'/'an', join a clause instead ('suggested that a fastapi "
        "service be set up'): no owner there.",
    )
    current_owners_strong: list[Word] = Field(
        default_factory=list, description="Owner words that make the framework right after them current ('our flask')."
    )
