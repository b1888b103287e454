"""vocabulary.yaml's `running`: the shapes of a sentence that say a framework already runs, whatever cue word is
used: its age ("8 yrs old"), a past choice of it ("ADR-017 picked fastapi"), a stack that opens the message
("django + celery + drf, …"), or a thing said to depend on it ("requires flask"); and the guards that undo them
(a move away already made, a wish about the past, a fresh thing still to build, another team's code)."""

from pydantic import Field

from knowledge.base.entry import Entry
from knowledge.base.words import Word, WordRun


class RunningCues(Entry):
    """Sentence shapes that place a framework in the team's system today, and the guards that undo them."""

    time_units: frozenset[Word] = Field(description="'8 yrs', 'two decades': units a past age is counted in.")
    age_after: frozenset[Word] = Field(
        description="'2 yrs ago', '8 years old', 'a decade back': after a count and unit, time already past."
    )
    glued_ages: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'8yo codebase', '10yrs old': a count written together with its unit ('yo' says the 'old' too; "
        "a `time_units` one wants an `age_after` word next).",
    )
    since_leads: frozenset[WordRun] = Field(
        description="'since 2019', 'back in 2018': before a year (or a `since_marks` run), a time already past."
    )
    since_marks: frozenset[WordRun] = Field(
        description="'since day one', 'since the beginning': a start already past, said without a year."
    )
    span_lead: frozenset[Word] = Field(description="'for a decade', 'for 8 years': the word opening a span.")
    span_counts: frozenset[Word] = Field(
        description="'for a decade', 'for many years', 'for over 8 years': words allowed between the lead and unit."
    )
    perfect: frozenset[Word] = Field(
        description="'weve been on flask for 8 years': a span said with one of these is time spent, not time ahead."
    )
    span_tails: frozenset[Word] = Field(
        description="'flask, for 8 years now': after a span, words that make it time already spent."
    )
    in_service: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'in production three years', 'live for 2 years': a span a thing has served so far, right "
        "before the count.",
    )
    manifests: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'requirements.txt', 'pyproject', 'pip freeze': a dependency manifest of the team's code; a "
        "framework pinned to a version in the message ('flask==3.0.2', 'fastapi = \"^0.111\"') runs today.",
    )
    manifest_elsewhere: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'the tutorial's requirements.txt', 'a sample pyproject': a few words before a manifest making "
        "it the dependencies of someone else's code, so its pins say nothing of what runs here. "
        "Not the served-elsewhere reading (reading/served_elsewhere.py): whose manifest, not which tool serves a part.",
    )
    left: frozenset[WordRun] = Field(
        description="'we moved off django in 2019': in the sentence, the framework was left; its age says nothing."
    )
    counterfactual: frozenset[WordRun] = Field(
        description="'flask 5 years ago would have been fine', 'if we had picked django': a past that did not happen."
    )
    choice_verbs: frozenset[WordRun] = Field(
        description="'ADR-017 picked fastapi', 'the previous team chose flask': a past choice, by anyone, of the "
        "framework named right after (the choice made is what was built)."
    )
    choice_passive: frozenset[WordRun] = Field(
        description="'fastapi was adopted', 'flask got picked': a past choice said after the framework."
    )
    choice_guards: frozenset[Word] = Field(
        description="'we almost picked django', 'we never chose flask', 'we just picked fastapi': right before the "
        "choice verb, a choice not made or only just made (nothing built on it yet)."
    )
    choice_askers: frozenset[Word] = Field(
        description="'i picked fastapi over flask from a blog post': the asker's own choice with no time given is "
        "the decision being asked about, not what was built (an age in the sentence still makes it past)."
    )
    fresh_after: frozenset[Word] = Field(
        description="'we picked fastapi for the new service': a fresh thing right after the framework; the choice "
        "is for work still to be built, not what runs."
    )
    fresh_reach: int = Field(4, description="How many words after the framework `fresh_after` is looked for.")
    stack_joiners: str = Field(
        description="'django + celery + drf', 'flask/sqlalchemy': characters joining a stack's parts in the text."
    )
    stack_gone: frozenset[WordRun] = Field(
        frozenset(),
        description="'flask + jinja + mysql was our stack until 2023', 'postgres + flask, dropped last year': said "
        "after a stack opening the message, before its first comma, the stack no longer runs.",
    )
    review_tags: frozenset[Word] = Field(
        frozenset(),
        description="'htmx + flask + sqlite for a prototype, thoughts?': a short question of only these words ending "
        "the sentence puts the stack it opens on up for review; it is offered, not running.",
    )
    head_nouns: frozenset[Word] = Field(
        description="'web2py intranet for the warehouse', 'flask monolith, 6 years old': a thing's noun right after "
        "the framework that opens the message, naming the system it is."
    )
    head_modifiers: frozenset[Word] = Field(
        frozenset(),
        description="'internal flask api (3 yrs, stable)', 'flask internal tool, ops wants …': words describing the "
        "system that may stand before the framework opening the message, or between it and its `head_nouns`.",
    )
    based_words: frozenset[Word] = Field(
        description="'django-based portal', 'flask-powered api': after the framework opening the message, its "
        "system is built on it."
    )
    name_tails: frozenset[Word] = Field(
        frozenset(),
        description="'acme-django-portal', 'billing-flask-svc': besides `head_nouns`, a part of a hyphen-joined name "
        "saying it is a system of ours (a repository or service name); with the framework as a later part (not "
        "first, where a package such as 'django-cms' puts it) the framework runs it.",
    )
    depends_before: frozenset[WordRun] = Field(
        description="'requires flask', 'built on top of starlette', 'is on web.py': a thing said to depend on or sit "
        "on the framework named right after."
    )
    depends_after: frozenset[WordRun] = Field(
        description="'connexion under the hood': the same, said after the framework."
    )
    serve_verbs: frozenset[Word] = Field(
        description="'serves its api through connexion': a serving verb a few words before `serve_links`."
    )
    serve_links: frozenset[Word] = Field(description="'through', 'via': what the serving verb is done with.")
    skill_after: frozenset[Word] = Field(
        description="'requires django knowledge' (a job ad): a skill word after the framework; it is what people "
        "know, not what runs."
    )
    unreal: frozenset[Word] = Field(
        description="'should we build on top of flask?', 'if it requires django': before the cue in the sentence, a "
        "wish, plan or condition; nothing said runs yet."
    )
    elsewhere: frozenset[Word] = Field(
        description="'every other project we run is on fastapi', 'the vendor's portal requires django': the thing "
        "that depends on it is someone else's, so the framework is known, not what runs here. "
        "Not the served-elsewhere reading (reading/served_elsewhere.py): whose framework, not which tool serves a part."
    )
