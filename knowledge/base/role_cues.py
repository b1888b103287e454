"""vocabulary.yaml's `roles`: words right around a framework's name that tell its role (what runs, what the team
knows, an option offered, a relation denied). Its parts: the words of a caller (`caller_cues.py`), of another party
(`party_cues.py`) and of a denial that spares the framework (`denial_cues.py`)."""

from pydantic import Field

from knowledge.base.caller_cues import CallerCues
from knowledge.base.denial_cues import DenialCues
from knowledge.base.party_cues import PartyCues
from knowledge.base.words import Word, WordRun


class RoleCues(CallerCues, PartyCues, DenialCues):
    """Words right around a framework's name that tell its role: what runs, what the team knows, or neither."""

    fresh: frozenset[Word] = Field(
        description="'a new flask app', 'a separate service on django': a thing still to be built, so the "
        "framework near it is not what runs."
    )
    is_verbs: frozenset[Word] = Field(
        description="'the portal is django', 'the services are flask apps': a thing of ours said to be a framework."
    )
    run_verbs: frozenset[Word] = Field(
        frozenset(),
        description="'the shop runs django', 'the company uses flask': a present-tense verb of running that, after a "
        "subject opening the clause with a definite or owner word, says the framework is what that thing runs "
        "(a bare name, 'instagram runs django', is someone else's).",
    )
    run_purposes: frozenset[Word] = Field(
        frozenset(),
        description="'the lab uses flask for the tracking app': after a run verb and the framework, a word opening "
        "what it is used for; the framework is still what that thing runs.",
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
    retire_interim: frozenset[WordRun] = Field(
        frozenset(),
        description="'our flask app will be replaced next year; until then we need two report pages': in a message "
        "saying what is done meanwhile, an app being retired still runs, and the work asked is on it.",
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
    feature_verbs: frozenset[WordRun] = Field(
        frozenset(),
        description="'django gives admin + orm, fastapi gives docs': a verb right after a framework's name that "
        "tells what the framework itself offers; the clause describes the framework (a comparison), not a thing "
        "of ours that runs on it.",
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
    is_clause_verbs: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'the ledger service is flask and meets its slos': after a clause joiner, a verb whose subject "
        "is still the thing said to be the framework; its own record goes on, so the framework ended that clause.",
    )
    is_clause_adverbs: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'the storefront app is flask and just needs a refunds route': between the clause joiner and the "
        "subject's next verb, an adverb that does not change whose verb it is.",
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
    version_pins: frozenset[Word] = Field(
        frozenset(),
        description="'flask 1.1 pinned', 'django 4.2.11 locked': a word right after a framework's name and a dotted "
        "version that holds that version in place; the framework is installed, so it runs.",
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
    package_materials: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'the flask-admin docs look easy': right after a definite or owned package, a word naming "
        "something written about it (docs, a tutorial, benchmarks), so no app of ours is said to use it.",
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
    package_wanted: frozenset[WordRun] = Field(
        frozenset(),
        description="'getting openapi docs needs flask-restx', 'we'd have to bolt on flask-smorest': words a word or "
        "two before a package that say it is what meeting a need would take, so it meets nothing where the app runs.",
    )
    package_wanted_owners: frozenset[Word] = Field(
        frozenset(),
        description="'we need our flask-smorest schemas to stay': the team's words between a wanting cue and the "
        "package, so the package is one the team has.",
    )
    release_leads: frozenset[WordRun] = Field(
        frozenset(),
        description="'should we look at litestar 2.0?', 'trying quart 0.19 for the chat bit': words a word or two "
        "before a framework with a release number that try or weigh it, so the number names the release that "
        "would be taken up, not one installed.",
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
    doing_now: frozenset[Word] = Field(
        frozenset(),
        description="'a small flask app renders the archive pages': a present-tense verb of routine work right after "
        "a framework's thing, in a plain statement (no wish, question, plan or fresh word), says the thing is already "
        "there whatever its article ('a flask app that renders …' or 'a flask app to render …' is still wanted).",
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
    label_gap: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'a post saying django is legacy': a linking verb between a framework with no owner word and the "
        "word after it, inside someone else's pitch, makes that word their label of the framework, not ours.",
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
