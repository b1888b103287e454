"""The reader's small word sets: single words it looks for right around a framework's name or a cue, grouped
by what they tell (vocabulary.yaml's `moves`, `roles`, `scope`, `needs` and `thread`).

Words are lower-case letters only, apostrophes dropped ("companys"), as the reader splits text; each list is
read into a set once, when the knowledge base loads."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BeforeValidator, Field, StringConstraints, WithJsonSchema

from knowledge.base.entry import Entry

Word = Annotated[str, StringConstraints(pattern=r"^[a-z]+$")]


def _split(value: Any) -> Any:
    return value.split() if isinstance(value, str) else value


# Written as one string in YAML ("called from", "for a"), and described so in the JSON schema.
WordPair = Annotated[
    tuple[Word, Word],
    BeforeValidator(_split),
    WithJsonSchema({"type": "string", "pattern": r"^[a-z]+ [a-z]+$"}),
]
WordGroup = Annotated[  # the words in any order
    frozenset[Word],
    Field(min_length=1, max_length=2),
    BeforeValidator(_split),
    WithJsonSchema({"type": "string", "pattern": r"^[a-z]+( [a-z]+)?$"}),
]

WordRun = Annotated[  # the words in this order
    tuple[Word, ...],
    Field(min_length=1, max_length=4),
    BeforeValidator(_split),
    WithJsonSchema({"type": "string", "pattern": r"^[a-z]+( [a-z]+){0,3}$"}),
]


class MoveCues(Entry):
    """Words around one framework traded for another ("ditch django for fastapi") or a move set as a task."""

    swap_verbs: frozenset[Word] = Field(
        description="'i'd drop fastapi for bare starlette': a verb right before a framework followed by 'for' or "
        "'with' trades it away, so that framework is what runs, not a need ruled out."
    )
    swap_gaps: frozenset[WordGroup] = Field(
        description="'flask for fastapi', 'flask with a django one': the words (one or two, in any order) between "
        "a framework that runs or is ruled out and the one that takes its place."
    )
    framework_words: frozenset[Word] = Field(
        description="'the flask framework with fastapi': a noun after the first framework skipped before the swap gap."
    )
    task_objects: frozenset[Word] = Field(
        description="'migrate the flask app to django': a word right after a move verb opening a clause that makes "
        "the verb govern a thing of ours or a source, so the move is a task decided."
    )
    examples: frozenset[WordRun] = Field(
        description="'moving to a standard framework such as django': right before a framework, the words that "
        "give it as an example of the destination named further back, so a target cue still reaches it."
    )
    tempted: frozenset[Word] = Field(
        description="'i'm itching to jump to fastapi': a move only longed for, not under way, when one of these "
        "sits a few words before the target."
    )
    irregular_past: frozenset[Word] = Field(
        description="'rewrote the api in fastapi': a move verb said done whose past does not end in '-ed', so a "
        "clause it opens reports a move made, like 'migrated' or 'ported'."
    )
    replace_joiners: frozenset[Word] = Field(
        description="'replacing plugit with django', 'replaced by fastapi': after a replace verb's object, the word "
        "before the framework that takes its place."
    )
    destination_joiners: frozenset[Word] = Field(
        description="'we are migrating flask to django': in a move under way, a framework right before one of "
        "these is the one being left, so it runs today."
    )


class RoleCues(Entry):
    """Words right around a framework's name that tell its role: what runs, what the team knows, or neither."""

    fresh: frozenset[Word] = Field(
        description="'a new flask app', 'a separate service on django': a thing still to be built, so the "
        "framework near it is not what runs."
    )
    is_verbs: frozenset[Word] = Field(
        description="'the portal is django', 'the services are flask apps': a thing of ours said to be a framework."
    )
    is_joiners: frozenset[Word] = Field(
        description="'the portal is flask with flask-mail': after 'is <framework>', the framework's stack follows, "
        "so it is still what runs."
    )
    list_gap: frozenset[Word] = Field(
        description="'drop fastapi and plain starlette': words that keep a list of ruled-out frameworks going; any "
        "other word between them ends the list."
    )
    called_by: frozenset[WordPair] = Field(
        description="'called from our checkout service': two words before a system that calls this one, so that "
        "system's kind describes the caller, not what is built."
    )
    caller_agents: frozenset[Word] = Field(
        description="'hit by the checkout service': one word before a system that acts on this one, so that "
        "system's kind describes the caller, not what is built."
    )
    unknown_gap: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'years of django and zero fastapi', 'django experience and none with fastapi': the only words "
        "between a framework the team knows and a negated one; the negation says the team lacks the second, it does "
        "not rule it out.",
    )
    caller_joiners: frozenset[Word] = Field(
        description="'called by the crm and the checkout service': words joining callers listed one after another."
    )
    caller_verbs: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'the checkout service calls it': a verb after a system whose object is ours, so that system "
        "is the caller and its kind describes the caller, not what is built.",
    )
    caller_helpers: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'the checkout service needs to be able to call them': words that may sit between the caller "
        "and its verb (modals, 'to', 'be able').",
    )
    caller_objects: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'… calls them', '… hits our api': right after a call verb, words that make its object the "
        "system asked about, not another one ('the checkout service calls stripe').",
    )
    organisation: frozenset[Word] = Field(
        description="'the rest of the company is a django shop': the whole organisation's habit, so the framework "
        "is one the team knows, not this codebase."
    )
    habit: frozenset[Word] = Field(
        description="'every client is django': a habit of the team's across its work, so the framework is one the "
        "team knows, not this codebase."
    )
    asking: frozenset[Word] = Field(
        description="'what is best, flask or django': before an 'is', the sentence asks for a pick, so the "
        "framework after it is not said to be what runs."
    )
    choosing: frozenset[Word] = Field(
        description="'we need to decide on a framework for the backend: flask, django or fastapi': in the clause "
        "before a framework set apart by punctuation, a choice still to make, so the framework is an option "
        "offered, not what the thing before it runs on ('charts server (flask)')."
    )
    option_joiners: frozenset[Word] = Field(
        description="'fastapi admin or flask-admin': words joining options, so a framework's thing that opens a "
        "clause with another framework offered after one of them is a choice, not what runs."
    )
    addressee: frozenset[Word] = Field(
        frozenset(),
        description="'what are your views on django': a word owning a thing by the one asked, so it is no thing of "
        "the team's and does not say what runs.",
    )
    definite: frozenset[Word] = Field(
        frozenset(),
        description="'the django cms powering our app': words right before a framework's thing that make it one "
        "already there ('a fastapi service serving our app' may still be built).",
    )
    powering: frozenset[WordRun] = Field(
        frozenset(),
        description="'the django cms powering our app': words right after a framework's thing that make it what "
        "a thing of ours runs on, so the framework is what runs.",
    )
    relations: frozenset[WordRun] = Field(
        description="'graphene-django no longer works with django 4', 'the sdk does not support flask': words "
        "right before a framework that make it the object of what a negated clause says of something else, so the "
        "negation is not about the framework and does not rule it out."
    )
    appraisal: frozenset[Word] = Field(
        description="'quart's docs look incomplete': a verb right after a framework's part that judges it, so the "
        "part's need describes that framework, not what is asked for."
    )
    pronoun_owners: frozenset[Word] = Field(
        frozenset(),
        description="'im learning django but its templates feel like overkill': a possessive pronoun before a need's "
        "word that stands for the framework named last (in this clause or the one before), as 'djangos' does.",
    )
    oversized: frozenset[str] = Field(
        frozenset(),
        description="'djangos templates and admin feel like overkill': a judgement, a few words after the appraisal "
        "verb, that a framework's parts are more than the job needs, so the needs they name are not wanted.",
    )
    degree: frozenset[Word] = Field(
        description="'starlette seems more stable than quart': words of degree between a framework's appraisal verb "
        "and the quality judged, so the quality is said of the framework, not asked for."
    )
    through: frozenset[Word] = Field(
        description="'works locally but not through fastapi': the path a request takes, so a negation before it "
        "tells where a symptom shows, not a framework ruled out."
    )
    likeness: frozenset[Word] = Field(
        description="'a flask-like api', 'django-style views': the word after a framework's hyphen makes a "
        "likeness, not one of the framework's packages."
    )


class ScopeCues(Entry):
    """Words that end or keep a cue's reach, or say whose words the cue is."""

    scope_enders: frozenset[Word] = Field(
        description="'not async and we need sso': a word that ends a negation or a wish after what it governed."
    )
    subject_enders: frozenset[Word] = Field(
        description="'nobody outside the org will call this endpoint': after a negated subject, its verb's "
        "auxiliary ends the negation, unless a need verb follows it ('nobody will need an admin panel')."
    )
    need_verbs: frozenset[Word] = Field(
        description="'nobody will need an admin panel': right after a subject ender, a verb of needing, so the "
        "negated subject's need is what is denied and the negation reaches the need."
    )
    scope_keepers: frozenset[Word] = Field(
        description="'no admin or sso or billing': words that keep a negation going over a long list."
    )
    list_negators: frozenset[str] = Field(
        frozenset(),
        description="'dont need a ui, docs or a validation lib': a negation opening a need's own phrase that runs "
        "on over a list after it, as a plain negation cue does.",
    )
    back_references: frozenset[WordRun] = Field(
        frozenset(),
        description="'templates, forms, sessions = dont want any of it': words in a negation said after what it "
        "governs that point back at a list, so with nothing named before it in its clause it reaches back over "
        "the sentence's earlier clauses.",
    )
    set_aside: frozenset[WordRun] = Field(
        frozenset(),
        description="'a web app rather than a microservice': negation cues that set the needs after them aside but "
        "only compare a framework after them ('starlette instead of fastapi?'), ruling none out.",
    )
    set_aside_acts: frozenset[WordRun] = Field(
        frozenset(),
        description="'instead of hand-rolling auth': right after a set-aside cue, making the thing ourselves; the "
        "work is set aside, the thing stays wanted.",
    )
    attributive_negators: frozenset[WordRun] = Field(
        frozenset(),
        description="'no unnecessary boilerplate': negation-after adjectives that, right before a noun, describe it "
        "and negate nothing said before them.",
    )
    predicate_tails: frozenset[Word] = Field(
        frozenset(),
        description="'websockets are unnecessary for us': words after an attributive negator that keep it a "
        "judgement of what came before.",
    )
    conditional_negators: frozenset[Word] = Field(
        frozenset(),
        description="'without docs they email us': a negation word opening a clause that, when a consequence follows, "
        "says what goes wrong in the lack of a thing, so the thing is wanted.",
    )
    consequence_subjects: frozenset[Word] = Field(
        frozenset(),
        description="'without typed schemas our partners keep posting garbage': after a conditional negator and what "
        "it governed, a subject opening what happens in the lack (not followed by a need verb: 'without sso we need "
        "only an api' still negates).",
    )
    negated_joiners: frozenset[Word] = Field(
        frozenset(),
        description="'we dont need an admin, docs or a validation lib': a list joined by one of these after a comma "
        "goes on with a negation; 'no admin, sso and audit logs' is a new list of needs wanted.",
    )
    contrasts: frozenset[Word] = Field(
        description="'the contractor says we need async, but…': a break that answers a pitch back, so the pitch's "
        "needs are dropped."
    )
    modals: frozenset[Word] = Field(
        description="'should we port our flask app to django?': right before a move word, a move asked about, not "
        "made; the framework that follows is what runs."
    )
    intentions: frozenset[Word] = Field(
        description="'we plan to migrate the flask app to django': right before 'to' and a move word, a move "
        "intended, not made (like a modal); 'we started to migrate…' reports progress."
    )
    starts: frozenset[Word] = Field(
        description="'we started to migrate the flask app to django': right before 'to' and a bare move verb, the "
        "move is under way; after any other word ('we plan to migrate…') it is intended."
    )
    repeated: frozenset[Word] = Field(
        description="'the proxy keeps dropping them': right before a take-back word, something that keeps happening, "
        "so the words are a symptom and take no need back."
    )
    passive: frozenset[Word] = Field(
        description="'keep getting dropped': a word allowed between the repeating word and the take-back word."
    )
    first_person: frozenset[Word] = Field(
        description="'i want to migrate it to fastapi': right before a pitch word, the asker's own reasons, not "
        "someone else's pitch."
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


class NeedCues(Entry):
    """Words that show a need's words name something else here: people, or part of a name."""

    people: frozenset[Word] = Field(
        description="'the ml team', 'our data folks': a 'knows_after' cue naming people right after a need's word, "
        "so the need's word names the people, not a need."
    )
    team_nouns: frozenset[Word] = Field(
        description="'the ml team's tracker', 'our security team vetoed it': a group of people right after a need's "
        "word, so the need's word names the group."
    )
    organisation_nouns: frozenset[Word] = Field(
        description="'we are a python shop', 'a kubernetes shop': after 'we are a <word>' or right after a need's or a "
        "framework's word, the noun names the kind of organisation the team is, not a store or a need."
    )
    compound_prefixes: frozenset[Word] = Field(
        description="'non-blocking', 'self-hosted': hyphen-joined to a need's word, they make a compound (the need), "
        "not a name."
    )
    size_words: frozenset[Word] = Field(
        description="'a small internal http service': a size word opening a need's two-word wording ('small "
        "service') still makes it with a need's words or other describing words between."
    )
    limit_words: frozenset[Word] = Field(
        description="'it just serves a json rest api': a limiting word opening a need's two-word wording ('just api') "
        "still makes it with a few plain words between (none of them a need's)."
    )
    clients: frozenset[WordPair] = Field(
        default_factory=frozenset,
        description="'json endpoints for the new app': an api's noun and 'for' right before (owner words between) "
        "a fresh need's words, so the new thing is the client the api serves, not a new build.",
    )
    count_words: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'just a web form', 'one small page': a counting word, a couple of plain describing words, "
        "then a need's noun make the wording of the counting word and the noun ('a form': one small thing).",
    )
    instrument: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'the api gained openapi docs via flask-smorest': right before a framework's own library, the "
        "word saying the needs named before it in the clause came with that library, so it answers them.",
    )
    purpose: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'we added flask-smorest to the api for openapi docs': after a framework's own library in the "
        "clause, the word before what it was added for, so the needs named after it are answered by that library.",
    )
    gap_stops: frozenset[Word] = Field(
        description="'small team for the api': a word that ends the describing words after a size or limiting "
        "word, so the noun after it is another thing."
    )


class ThreadCues(Entry):
    """Words that tell, in a thread, which earlier needs a taking-back names, and when a follow-up turns to
    another system."""

    vague: frozenset[Word] = Field(
        description="'scratch the model': negated words too vague to name a need said earlier ('the', 'part')."
    )
    part: frozenset[Word] = Field(
        description="'scratch the ML part': a negated word that drops every need the earlier message brought in."
    )
    lead_ins: frozenset[Word] = Field(
        description="'ok. and after that, for my side project?': words skipped at a follow-up's start."
    )
    openers: frozenset[Word] = Field(
        description="'and the billing api?': a conjunction opening a follow-up; the noun phrase after it must "
        "open with a determiner, since 'and we need an api' adds a need instead."
    )
    prepositions: frozenset[Word] = Field(
        description="'what about internal reporting tool?', 'for my side project?': a noun phrase follows them."
    )
    determiners: frozenset[Word] = Field(
        description="'the', 'my', 'another': words that open a noun phrase; none may sit inside one."
    )
    systems: frozenset[Word] = Field(
        description="'the customer-facing billing api': nouns that end the name of a system or project, so a "
        "follow-up naming one asks about that subject; a part of one ('the admin part') is not listed."
    )
    new_subject: frozenset[Word] = Field(
        description="'for my side project i need websockets': a word in the follow-up's noun phrase that marks "
        "another subject even when the follow-up goes on past the name."
    )
    narrowing: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'and the model-serving part specifically?': words after a part's name that ask about that "
        "part alone, so it is answered for its own needs.",
    )
