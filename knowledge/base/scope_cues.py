"""vocabulary.yaml's `scope`: words that end or keep a cue's reach (negation, wishes, exclusions, lists, denials,
pitches), or say whose words the cue is."""

from __future__ import annotations

from pydantic import Field

from knowledge.base.entry import Entry
from knowledge.base.words import Word, WordRun


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
    new_predicates: frozenset[WordRun] = Field(
        frozenset(),
        description="'zero web experience and need to serve a model': a joiner and a need verb opening a new "
        "predicate of the same subject; a negation said before it ends there.",
    )
    skill_nouns: frozenset[Word] = Field(
        frozenset(),
        description="'zero async experience and a month for the crud app': a noun naming a skill; a negation of "
        "the skill ends at it, so a joiner after it opens a new item the negation does not reach.",
    )
    postfix_answers: frozenset[WordRun] = Field(
        frozenset(),
        description="'websockets no, admin yes': an answer word closing a clause right after a need; a negative "
        "one takes back that need, as a checklist's 'no' column does.",
    )
    answer_alternatives: frozenset[Word] = Field(
        frozenset(),
        description="'admin panel or no?': right before a `postfix_answers` word, it offers the answer as one "
        "alternative of a question asked, so nothing is taken back.",
    )
    move_links: frozenset[Word] = Field(
        frozenset(),
        description="'no rewrite of the django app': a word joining a move said as a noun to the thing it would "
        "move; refused, the move keeps that thing running.",
    )
    fit_words: frozenset[WordRun] = Field(
        frozenset(),
        description="'django is not great for a game server': after a framework, its verb and a negation, words of "
        "fit then 'for'; the negation judges the framework, the need after 'for' is still the team's.",
    )
    framework_settings: frozenset[Word] = Field(
        frozenset(),
        description="'never again flask for a big team': right after a framework a negation rules out, a word "
        "naming the setting it would serve; the negation stops there, the need after it stands.",
    )
    reach_fillers: frozenset[Word] = Field(
        frozenset(),
        description="'will never be edited directly by staff': manner adverbs that do not count toward how far a "
        "negation reaches over the words before its next need.",
    )
    listed_articles: frozenset[Word] = Field(
        frozenset(),
        description="'scrap the editing and the roles': right after a list joiner (`scope_keepers`), an article "
        "opening the next item listed, which does not count toward how far a negation reaches.",
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
    framework_only_exclusions: frozenset[WordRun] = Field(
        frozenset(),
        description="'it cant be django': exclusion cues that rule out only a framework named right after them; "
        "before anything else ('cant be maintained', 'cant be slow') they negate nothing.",
    )
    asked_aside: frozenset[WordRun] = Field(
        frozenset(),
        description="'not asking fastapi vs django', 'we're not comparing flask and django': right after a negation "
        "cue, an act of asking or weighing; what is denied is the question, so frameworks after it are compared, "
        "none ruled out.",
    )
    refused_exceptions: frozenset[WordRun] = Field(
        frozenset(),
        description="'anything but', 'anything except': exclusion cues that, after a refusal ('doesnt want anything "
        "but django'), keep what follows: refusing all else leaves it the one wanted, so nothing is ruled out.",
    )
    contrast_exclusions: frozenset[WordRun] = Field(
        frozenset(),
        description="'not django, fastapi': an exclusion cue right before a framework that sets it against what "
        "comes next; the frameworks after the comma are the alternatives offered, not more of the list ruled out.",
    )
    refusal_words: frozenset[Word] = Field(
        frozenset(),
        description="'wont', 'cant', 'never': a word earlier in the clause that refuses, so a refused exception after "
        "it ('security wont accept anything but flask') keeps what follows even where no negation cue was read.",
    )
    set_aside_acts: frozenset[WordRun] = Field(
        frozenset(),
        description="'instead of hand-rolling auth': right after a set-aside cue, making the thing ourselves; the "
        "work is set aside, the thing stays wanted.",
    )
    self_made: frozenset[WordRun] = Field(
        frozenset(),
        description="'we dont want to assemble auth ourselves': words saying the team makes the thing itself; after "
        "a refusal of a making act, the work is refused and the thing stays wanted.",
    )
    self_made_acts: frozenset[WordRun] = Field(
        frozenset(),
        description="'never hand-rolling an admin again': making acts whose own words say the team makes the thing "
        "itself; refused, the work is refused and the thing stays wanted, with no 'ourselves' needed.",
    )
    made_again: frozenset[WordRun] = Field(
        frozenset(),
        description="'not writing auth again', 'one more time': words saying the making was done before; after a "
        "refused making act, the thing was needed then and is wanted built in now.",
    )
    self_made_confirms: frozenset[str] = Field(
        frozenset(),
        description="'we want to choose each library ourselves': need ids that are themselves the team doing it "
        "its own way, which a self-made word after them confirms rather than negates.",
    )
    attributive_negators: frozenset[WordRun] = Field(
        frozenset(),
        description="'no unnecessary boilerplate': negation-after adjectives that, right before a noun, describe it "
        "and negate nothing said before them.",
    )
    compound_negators: frozenset[Word] = Field(
        frozenset(),
        description="'scrap metal marketplace', 'cut flower shop': negation verbs that are also nouns opening a "
        "compound; they negate only when an `object_openers` word or a need follows them right away ('scrap the "
        "roles', 'cut auth').",
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
    present_lacks: frozenset[WordRun] = Field(
        frozenset(),
        description="'there are no api docs and partners keep asking', 'we have no validation, bad payloads crash "
        "it': a clause opening with one of these (its last word the negation cue) tells what is lacking now; like a "
        "conditional negator, a consequence after it makes the thing wanted.",
    )
    need_nouns: frozenset[Word] = Field(
        frozenset(),
        description="'there is no async requirement, and the team is small': right after what a present lack "
        "negates, a word naming it a need; no need is declined, not a thing missed, so no consequence makes it wanted.",
    )
    cause_words: frozenset[Word] = Field(
        frozenset(),
        description="'our api accepts garbage because nothing validates input': right before a lack (a conditional "
        "negator or a present lack), a word giving it as the cause of the consequence said before it.",
    )
    consequence_subjects: frozenset[Word] = Field(
        frozenset(),
        description="'without typed schemas our partners keep posting garbage': after a conditional negator and what "
        "it governed, a subject opening what happens in the lack (not followed by a need verb: 'without sso we need "
        "only an api' still negates).",
    )
    item_joiners: frozenset[Word] = Field(
        frozenset(),
        description="'and', 'or', 'plus': what joins a list's last short items. After a pitch ('… - faster, stricter "
        "schemas and async views') such a clause is the rest of its list of reasons; after a part-drop cue in a "
        "thread ('scratch the back office, the staff roles and the payments') each item is dropped.",
    )
    appositive_openers: frozenset[Word] = Field(
        frozenset(), description="The words an apposition after a pitched name opens on ('a', 'an')."
    )
    appositive_heads: frozenset[Word] = Field(
        frozenset(),
        description="'an intern suggests sanic, a fast async framework with websockets, …': right after a pitch that "
        "named its framework, a clause opening on an article with one of these nouns describes the candidate, so its "
        "features are the pitch's, not the team's needs.",
    )
    negated_joiners: frozenset[Word] = Field(
        frozenset(),
        description="'we dont need an admin, docs or a validation lib': a list joined by one of these after a comma "
        "goes on with a negation; 'no admin, sso and audit logs' is a new list of needs wanted.",
    )
    elsewhere_marks: frozenset[Word] = Field(
        frozenset(),
        description="'the admin screens live in retool already': a word that, in the clause of a weaker "
        "elsewhere cue ('live in', 'done in'), says the part is served by another tool already ("
        "reading/served_elsewhere.py).",
    )
    elsewhere_self: frozenset[WordRun] = Field(
        frozenset(),
        description="'auth is handled by the app itself', 'all handled by one app we build': an elsewhere cue "
        "followed by one of these names the system being chosen, so the part stays its need ("
        "reading/served_elsewhere.py).",
    )
    decider_subjects: frozenset[Word] = Field(
        frozenset(),
        description="'… an admin screen, and that matters more than anything': the only words before a decider cue "
        "point back, so the needs the sentence named before are the top.",
    )
    contrasts: frozenset[Word] = Field(
        description="'the contractor says we need async, but…': a break that answers a pitch back, so the pitch's "
        "needs are dropped."
    )
    preferences: frozenset[WordRun] = Field(
        frozenset(),
        description="'i'd love to learn fastapi on this': words opening a clause with the asker's own preference; "
        "answered by a contrast turning to the project ('but really it's a forms app'), its needs are wishes.",
    )
    project_turns: frozenset[WordRun] = Field(
        frozenset(),
        description="'but really', 'but the actual project is': right after a contrast, words turning to what "
        "the project is, which outweighs a preference said before.",
    )
    additions: frozenset[Word] = Field(
        frozenset(),
        description="'but also a few server-rendered pages': before a vague small amount in its clause (with the "
        "contrasts), a word setting the part beside the core, so its needs lean like a wish.",
    )
    put_off: frozenset[WordRun] = Field(
        frozenset(),
        description="'maybe an api next year': wish cues putting a need off to a later date; they hedge only in a "
        "clause that holds one of the hedges.",
    )
    hedges: frozenset[Word] = Field(
        frozenset(), description="'maybe', 'perhaps': words that make a date put off a wish ('maybe … next year')."
    )
    refused_asks: frozenset[Word] = Field(
        frozenset(),
        description="'the board rejected the proposal to use flask', 'turned down our request for fastapi': what a "
        "gatekeeper verb (`exclusion_next`) refuses when it stands for the framework named after a `ask_links` "
        "run; that framework is ruled out as if named right after the verb.",
    )
    ask_openers: frozenset[Word] = Field(
        frozenset(), description="'the', 'our': a word that may open the refused ask ('our request for fastapi')."
    )
    ask_links: frozenset[WordRun] = Field(
        frozenset(),
        description="'for', 'to use', 'to adopt': between a `refused_asks` noun and the framework it asks for.",
    )
    small_things: frozenset[Word] = Field(
        frozenset(),
        description="'one on/off switch', 'a single toggle': tiny things a part can shrink to; after a shrink cue "
        "they make the part before it minor ('the admin is one of our priorities' names none).",
    )
    magnitudes: frozenset[Word] = Field(
        frozenset(),
        description="'a few thousand users': after a vague small amount, a word making it a count, not a minor part.",
    )
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
    repeated: frozenset[Word] = Field(
        description="'the proxy keeps dropping them': right before a take-back word, something that keeps happening, "
        "so the words are a symptom and take no need back."
    )
    lost_units: frozenset[Word] = Field(
        frozenset(),
        description="'the receiver is dropping requests', 'dropped connections at peak': right after a take-back "
        "word, a unit of traffic; what is lost under load is a symptom, so no need is taken back.",
    )
    losing: frozenset[Word] = Field(
        frozenset(),
        description="'drop', 'losing': take-back words that also say traffic is lost; only these, followed by a "
        "`lost_units` word, read as a symptom ('no requests' still denies).",
    )
    event_openers: frozenset[Word] = Field(
        frozenset(),
        description="'when the album drops', 'once the new range drops': a time word opening the clause part that a "
        "`losing` word ends; the thing drops as in comes out (an event), so no need is taken back.",
    )
    moved_objects: frozenset[Word] = Field(
        frozenset(),
        description="'drops them on a queue': right after a take-back word, a pronoun for the data being moved; "
        "with a place word after it, the words move data somewhere and take no need back.",
    )
    places: frozenset[Word] = Field(
        frozenset(),
        description="'dumps it into s3': after a take-back word and a moved object, a word saying where the data goes.",
    )
    object_openers: frozenset[Word] = Field(
        frozenset(),
        description="'drop the docs into …': a word opening the object of a take-back verb ('the', 'our'), so the "
        "cue acts on a thing that `object_places` may move ('nobody logs into it' has none).",
    )
    object_places: frozenset[WordRun] = Field(
        frozenset(),
        description="'drop the docs into a wiki': after a take-back word and a short object of any words, a place "
        "(one word or a run) saying where the thing goes: moved, not taken back.",
    )
    passive: frozenset[Word] = Field(
        description="'keep getting dropped': a word allowed between the repeating word and the take-back word."
    )
    first_person: frozenset[Word] = Field(
        description="'i want to migrate it to fastapi': right before a pitch word, the asker's own reasons, not "
        "someone else's pitch."
    )
    trial_verbs: frozenset[Word] = Field(
        frozenset(),
        description="'we tried django for the proxy and dropped it': earlier in the clause, a word of trying a "
        "framework; a take-back word then followed by a trial pronoun drops that framework, not the needs.",
    )
    trial_pronouns: frozenset[Word] = Field(
        frozenset(),
        description="'… and dropped it': right after a take-back word, a pronoun for the framework tried.",
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
