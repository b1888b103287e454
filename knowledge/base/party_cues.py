"""vocabulary.yaml's `roles`, the words that make a framework someone else's: the organisation's habit, another
team's or company's system, a person's word, the team's other work, an earlier project. Such a framework is one the
team knows or has weighed, not what runs here. Part of `RoleCues` (same YAML section)."""

from pydantic import Field

from knowledge.base.entry import Entry
from knowledge.base.words import Word, WordRun


class PartyCues(Entry):
    """Words making a framework another party's: an organisation, a team, a person, other work, an earlier job."""

    organisation: frozenset[Word] = Field(
        description="'the rest of the company is a django shop': the whole organisation's habit, so the framework "
        "is one the team knows, not this codebase."
    )
    known_subject: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'the only thing i know is flask', 'what i learned was django': a verb of knowing in the words "
        "before the framework's 'is', so the framework is what the speaker knows, not what runs.",
    )
    org_codebase: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'the company runs a django monolith': one codebase named right after the framework (a version "
        "number may sit between) is the system that runs, even with the organisation as the subject.",
    )
    elsewhere: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'works at a django company', 'came from a flask shop': before 'a'/'an' and a framework said to "
        "be a kind of organisation, the organisation is another one, so the framework is one the team knows. "
        "Not the served-elsewhere reading (reading/served_elsewhere.py): whose framework, not which tool serves "
        "a part.",
    )
    team_nouns: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'our sister team runs fastapi': a noun for a team, the subject said before a framework.",
    )
    other_team_marks: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'our sister team runs fastapi', 'another squad is on flask': a word a word or two before a team "
        "noun marking the team as not the asker's; a framework a few words after is that team's, not what runs.",
    )
    outside_orgs: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'our competitors all run django', 'the vendors use flask': a noun for an organisation outside the "
        "asker's, the subject a few words before a framework; the framework is theirs, not what runs here.",
    )
    outside_org_breaks: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'unlike our rivals we run django': a word between the outside organisation and the framework "
        "turning the subject back to the asker's side, so the framework may be ours again.",
    )
    team_owners: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'our colleague's app is flask': the team's own possessive before a person, so the person's "
        "thing is still the team's ('a friend's startup' or 'my friend's startup' is not).",
    )
    other_team_agents: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'the billing system is a django app maintained by another team': a word after the framework "
        "(and its thing) naming who keeps it; a team marked as not ours right after it makes the framework theirs.",
    )
    passed_to_us: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'the flask app that another team handed over to us': after the other team, words saying the "
        "thing was passed to the asker's team ('to us', 'ours now'), so it is ours to run, not theirs.",
    )
    person_nouns: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'our cto mentioned starlette in a talk': a person an owner word ('our', 'my') owns; said "
        "between that word and a framework, the framework is the person's word, not what the team runs.",
    )
    speech_verbs: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'our freelancer says fastapi', 'my intern recommends flask': a verb of saying or favouring "
        "between an owner word and a framework; whoever the owner word owns is then a speaker (named in "
        "person_nouns or not), so the framework is that speaker's word, not what the team runs.",
    )
    other_work_marks: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'our other services are fastapi', 'the rest of our apps run flask': a word before a noun for "
        "the team's work (`other_work_nouns`) setting it apart from the thing asked about.",
    )
    other_work_nouns: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'other services', 'the rest of our apps': the team's other pieces of work, each a codebase.",
    )
    other_work_links: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'our other services are all built on fastapi': the only words that may stand between the other "
        "work and the framework for it to be said of that work ('the other apps call our flask api' says no such).",
    )
    other_work_after: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'we run flask for everything else': words right after the framework saying it is used for the "
        "rest of the team's work, so the team knows it; the thing asked about is not said to run it.",
    )
    other_work_shared: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'all our other apps run flask and so does this one': said after the framework, the thing asked "
        "about shares it, so it runs there too.",
    )
    past_project: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'we ruled out django for the last project': words in the clause placing a ban in another, "
        "earlier project, so the framework is one the team has weighed, not ruled out now.",
    )
    past_project_leads: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'i did flask for years at my old job': a word opening a `past_project` cue said after the "
        "framework (a determiner such as 'my' may follow it); the framework is that earlier job's, one the asker "
        "knows, not what runs here.",
    )
    past_ban: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'flask was a non-starter back then', 'django used to be a no-go': words in the clause placing "
        "the ban in time gone by, so the framework is weighed again now, not ruled out.",
    )
    past_project_ends: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'my last clients were shops but this one wants …': after a `past_project` cue, a word turning "
        "to the project asked about; the needs after it are this project's.",
    )
