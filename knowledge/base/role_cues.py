"""vocabulary.yaml's `roles`: words right around a framework's name that tell its role (what runs, what the team
knows, an option offered, a caller, a relation denied)."""

from __future__ import annotations

from pydantic import Field

from knowledge.base.entry import Entry
from knowledge.base.words import Word, WordPair, WordRun


class RoleCues(Entry):
    """Words right around a framework's name that tell its role: what runs, what the team knows, or neither."""

    fresh: frozenset[Word] = Field(
        description="'a new flask app', 'a separate service on django': a thing still to be built, so the "
        "framework near it is not what runs."
    )
    is_verbs: frozenset[Word] = Field(
        description="'the portal is django', 'the services are flask apps': a thing of ours said to be a framework."
    )
    is_fillers: frozenset[Word] = Field(
        frozenset(),
        description="'the rest is still flask', 'the services are all django': words between 'is' and the framework "
        "that keep it said to be the thing ('there are also fastapi, quart …' lists options instead).",
    )
    pronoun_is: frozenset[Word] = Field(
        frozenset(),
        description="'its all flask', 'thats all django': the thing asked about and 'is' in one word; a habit word "
        "after it ('all') says how much of this codebase is the framework, not a habit of the team's.",
    )
    is_tails: frozenset[WordRun] = Field(
        frozenset(),
        description="'oh, its django btw', 'the api is fastapi now': words that may end the clause after 'is "
        "<framework>' without changing what it says (an aside, a time); the thing is still said to be it.",
    )
    given_up_after: frozenset[WordRun] = Field(
        frozenset(),
        description="'the fastapi thing was a prototype we dropped', 'that django experiment got shelved': said "
        "later in the clause than the framework (no other framework between), the thing on it was given up, so "
        "it is ruled out and does not run.",
    )
    given_up_breaks: frozenset[Word] = Field(
        frozenset(),
        description="'flask with a react frontend we dropped': a word between the framework and a `given_up_after` "
        "cue that brings in another thing; the giving up is said of that thing, not of the framework's.",
    )
    keep_verbs: frozenset[Word] = Field(
        frozenset(),
        description="'keep the reports service on flask': a verb of keeping a few words before a thing said to sit "
        "on a framework, wherever the thing stands in the clause, says the framework runs it today.",
    )
    plan_subjects: frozenset[Word] = Field(
        frozenset(),
        description="'the current proposal is flask', 'my pick is fastapi': a plan's noun as the subject of 'is "
        "<framework>' names an option under discussion, not a thing of ours that runs.",
    )
    is_joiners: frozenset[Word] = Field(
        description="'the portal is flask with flask-mail': after 'is <framework>', the framework's stack follows, "
        "so it is still what runs."
    )
    is_parts: frozenset[Word] = Field(
        frozenset(),
        description="'the registrar app is django templates with js on top', 'the api is flask blueprints': right "
        "after 'is <framework>', a part the framework provides; the thing is built of it, so it runs the framework.",
    )
    is_clause_joiners: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'the order service is fastapi and i need a refunds route': after 'is <framework>', a word that "
        "joins clauses; with a new subject (`is_clause_subjects`) after it, the framework ended its own clause.",
    )
    rest_of_work: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'the rest of the site is flask and we are 3 flask devs': a word in the subject naming the other "
        "parts than the piece asked about; the clause-joiner reading of `is_clause_joiners` does not make it run.",
    )
    is_clause_subjects: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'… is fastapi and i need …', '… is flask but we want …': a subject opening the next clause.",
    )
    version_joiners: frozenset[Word] = Field(
        frozenset(),
        description="'bumped flask to 3.0.3', 'django from 4.2.1': a word between a framework's name and a version "
        "number with a dot; the framework's own versions moved, so it is installed and runs.",
    )
    upgrade_joiners: frozenset[str] = Field(
        frozenset(),
        description="'flask 1.1 to 3.0', 'django 3.2 -> 4.2': what stands between two dotted versions after a "
        "framework's name; the framework is upgraded in place, so it is installed and runs.",
    )
    list_gap: frozenset[Word] = Field(
        description="'drop fastapi and plain starlette': words that keep a list of ruled-out frameworks going; any "
        "other word between them ends the list."
    )
    list_tails: frozenset[WordRun] = Field(
        frozenset(),
        description="'no admin, user accounts or html pages are required': a list's own predicate after its last "
        "item; the clause is still a bare list of needs.",
    )
    called_by: frozenset[WordPair] = Field(
        description="'called from our checkout service': two words before a system that calls this one, so that "
        "system's kind describes the caller, not what is built."
    )
    bare_caller_objects: frozenset[Word] = Field(
        frozenset(),
        description="'checkout calls it on every payment': after a need's word named bare and a call verb, the "
        "words standing for our system, which make that word the caller, not a need.",
    )
    caller_agents: frozenset[Word] = Field(
        description="'hit by the checkout service': one word before a system that acts on this one, so that "
        "system's kind describes the caller, not what is built."
    )
    source_agents: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'leave balances from the payroll api': one word before a system the data is taken from, so "
        "that system's kind describes the source, not what is built.",
    )
    unknown_gap: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'years of django and zero fastapi', 'django experience and none with fastapi': the only words "
        "between a framework the team knows and a negated one; the negation says the team lacks the second, it does "
        "not rule it out.",
    )
    unfamiliar_before: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'nobody has ever touched django', 'we have never used flask': under a negation, words right "
        "before a framework saying the team has not worked with it; it lacks that framework, it does not rule it out.",
    )
    inside_owned: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'no admin in our fastapi app': a word placing something inside a thing of ours; the negation "
        "before it is said of that something, and the framework of our thing runs.",
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
    org_codebase: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'the company runs a django monolith': one codebase named right after the framework (a version "
        "number may sit between) is the system that runs, even with the organisation as the subject.",
    )
    elsewhere: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'works at a django company', 'came from a flask shop': before 'a'/'an' and a framework said to "
        "be a kind of organisation, the organisation is another one, so the framework is one the team knows.",
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
    package_materials: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'the flask-admin docs look easy': right after a definite or owned package, a word naming "
        "something written about it (docs, a tutorial, benchmarks), so no app of ours is said to use it.",
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
    habit: frozenset[Word] = Field(
        description="'every client is django': a habit of the team's across its work, so the framework is one the "
        "team knows, not this codebase."
    )
    single_system: frozenset[Word] = Field(
        frozenset(),
        description="'the only django app we have is the wiki', 'our sole flask install is the status page': right "
        "before a framework, a word making it one system, which the clause then names; a single minor app is a "
        "framework the team has met, not the stack it works in.",
    )
    single_system_central: frozenset[Word] = Field(
        frozenset(),
        description="'the only django app we have is the main product': a word in the one system named making it the "
        "team's central codebase, which is what runs, not a minor system met on the side.",
    )
    estate_places: frozenset[Word] = Field(
        frozenset(),
        description="'everything in prod is django', 'prod is all flask': a place the team's own systems run, said "
        "with a `habit` word before the framework; the whole estate runs it, so it is what runs today.",
    )
    past_before: frozenset[WordRun] = Field(
        frozenset(),
        description="'our platform was on django', 'it previously used django': right before a framework (a word "
        "between at most), a past no longer true; the team knows the framework, the thing asked about no longer "
        "runs it.",
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
    option_fillers: frozenset[Word] = Field(
        frozenset(),
        description="'plain flask, or quart?', 'between django and flask': words that may stand between two "
        "frameworks offered side by side as the options weighed (beside `option_joiners`), so the run of names "
        "they join is the asker's shortlist.",
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
    powered: frozenset[WordRun] = Field(
        frozenset(),
        description="'a sanic service has handled our webhooks for years': like `powering`, said as done so far, so "
        "the thing is already there whatever word comes before it ('a', 'one').",
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
    possessive_marks: frozenset[Word] = Field(
        frozenset(),
        description="'disliking fastapi's direction', 'we hate django's orm': the word the apostrophe leaves right "
        "after a framework; a ban or dislike said of a thing the framework has is about that thing, so the "
        "framework itself is not ruled out.",
    )
    dislike_words: frozenset[Word] = Field(
        frozenset(),
        description="'disliking fastapi's direction', 'cant stand django's orm': the last word of a cue of taste; "
        "only a dislike said of a thing the framework has spares the framework ('starlette without fastapi's "
        "abstractions' still leaves fastapi out).",
    )
    taste_part_groups: frozenset[WordRun] = Field(
        frozenset(),
        description="'some of the backend folks cant stand django', 'two or three of us dislike flask': words that "
        "pick out part of a group; before a people word and a taste cue they make the dislike that part's taste, a "
        "soft preference that rules nothing out (000 'Common framework selection mistakes').",
    )
    taste_part_nouns: frozenset[Word] = Field(
        frozenset(),
        description="'a few of the consultants', 'some of us': group words, besides the head-count `people_nouns`, "
        "that a `taste_part_groups` word may pick part of.",
    )
    out_particle_verbs: frozenset[Word] = Field(
        frozenset(),
        description="'sanic and flask come out nearly the same', 'flask tops out at 4 workers': a verb between a "
        "framework and a bare 'out' takes it as its particle, so 'out' rules nothing out ('flask is out' does).",
    )
    acted_objects: frozenset[Word] = Field(
        frozenset(),
        description="'django rejected the form', 'flask refuses any request without a token': a word opening an "
        "object right after a gatekeeper verb (`exclusion_next`) said after a framework; the framework does the "
        "refusing, it is not refused ('flask rejected, django approved' still rules flask out).",
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
    argued_for: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'migrate to django for its orm, admin and auth': right after a framework the move goes to, "
        "words that make the needs after them (in that clause) the destination's features argued for, not needs "
        "the team has stated of its own.",
    )
    reason_after: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'go full fastapi since ninja is basically fastapi-lite': a word after the framework that reads "
        "as time it has run ('flask since 2016') only when a number or a `since_times` word follows it; "
        "otherwise it opens a reason, and says nothing of what runs.",
    )
    since_times: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'since then', 'since day one', 'since launch': words after a `reason_after` word that make it "
        "the time the framework has run.",
    )
    judged_gap: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'flask feels lighter today': a judging verb between a framework and the time word after it "
        "makes the time that of the judgement, not how long the framework has run.",
    )
    reason_verbs: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'since ninja is …', 'since our team knows it': a present-tense or modal verb a few words after a "
        "`reason_after` word makes it open a reason; without one ('since the very start', 'since we founded the "
        "company') it is the time the framework has run.",
    )
    reason_contractions: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'quart since it's the async flask': a pronoun fused with its verb (the apostrophe dropped) right "
        "after a `reason_after` word opens a reason by itself, unless a `since_times` word or a number follows it "
        "('since its launch', 'since its 2.0 release' tell the time the framework has run).",
    )
    reason_subjects: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'since it benchmarks faster', 'since it scales': a singular subject right after a `reason_after` "
        "word opens a reason, whatever the verb after it, unless that verb is in the past: the time the framework "
        "has run is told so ('since it launched', or a `since_past` verb: 'since it was released').",
    )
    since_past: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'since it was released', 'since it came out': irregular past-tense verbs (the regular ones end "
        "in -ed) that make a `reason_subjects` word after `reason_after` tell a time, not a reason.",
    )
    likeness: frozenset[Word] = Field(
        description="'a flask-like api', 'django-style views': the word after a framework's hyphen makes a "
        "likeness, not one of the framework's packages."
    )
