"""vocabulary.yaml's `scope`, the words around a move, a pitch or a cue of what runs that say whose it is and whether it
is made, intended or asked ('should we port …', 'we plan to migrate …', 'tom would rather we used django'). Part of
`ScopeCues` (same YAML section)."""

from pydantic import Field

from knowledge.base.entry import Entry
from knowledge.base.words import Word


class ScopeMoveCues(Entry):
    """Words around a move, a pitch or a cue of what runs that say whose it is and how far it has gone."""

    modals: frozenset[Word] = Field(
        description="'should we port our flask app to django?': right before a move word, a move asked about, not "
        "made; the framework that follows is what runs."
    )
    options_after: frozenset[Word] = Field(
        frozenset(),
        description="'pyramid and cherrypy are the current contenders': right after a cue of what runs ('current'), "
        "a noun for options weighed; the cue describes the choice, and the frameworks near it do not run.",
    )
    message_after: frozenset[Word] = Field(
        frozenset(),
        description="'the agency left us a note saying bottle is fine': right after a cue of what runs, a noun for "
        "something said; the frameworks it names are advice passed on, not what runs.",
    )
    wished_runs: frozenset[Word] = Field(
        frozenset(),
        description="'tom would rather we used django', 'she suggested that we run flask': right before a cue of what "
        "runs that opens on its subject ('we used'), a wish or a pitch; the framework after it is wanted, not run.",
    )
    still_to_come: frozenset[Word] = Field(
        frozenset(),
        description="'the new monolith will be built in flask', 'proposed that it be written in flask': right before "
        "a cue of what runs ('built in'), a build still to come; the framework after it does not run yet.",
    )
    intentions: frozenset[Word] = Field(
        description="'we plan to migrate the flask app to django': right before 'to' and a move word, a move "
        "intended, not made (like a modal); 'we started to migrate…' reports progress."
    )
    starts: frozenset[Word] = Field(
        description="'we started to migrate the flask app to django': right before 'to' and a bare move verb, the "
        "move is under way; after any other word ('we plan to migrate…') it is intended."
    )
    progressive: frozenset[Word] = Field(
        frozenset(),
        description="'we are switching the api to fastapi': right before a move cue said done but typed as a gerund "
        "('switching the' for 'switched the'), a word that makes the gerund a move under way; after any other "
        "('thinking about switching the api') the move is weighed, not made.",
    )
    first_person: frozenset[Word] = Field(
        description="'i want to migrate it to fastapi': right before a pitch word, the asker's own reasons, not "
        "someone else's pitch."
    )
    demanders: frozenset[Word] = Field(
        frozenset(),
        description="'partners keep asking for an openapi spec': right before a pitch word (auxiliaries between), "
        "those the system serves; what they ask for is the team's need, not a colleague's pitch.",
    )
    auxiliaries: frozenset[Word] = Field(
        description="'i am convinced', 'we are really sure': between the first person and a pitch word, the "
        "asker is still the one speaking."
    )
    own_words: frozenset[Word] = Field(
        description="'a friend recommends django for our cms': a word of the team's own right before a need's words "
        "(a word or two between) makes the need the project's, kept when the pitch around it is discounted."
    )
    topic_words: frozenset[Word] = Field(
        description="'to remind myself about django': after 'to', a person or a topic, so the framework that "
        "follows is not a destination."
    )
    rewrite_joiners: frozenset[Word] = Field(
        description="'im rewriting it in django', 'to rewrite it all into fastapi': right after a move word (or a "
        "few words after 'to' and a move verb), the word before the move's destination."
    )
    pronoun_endings: frozenset[Word] = Field(
        description="'moving to something mainstream': after 'to', a word ending so is a pronoun, not a gerund "
        "('to moving the apps'), so a destination may still follow."
    )
