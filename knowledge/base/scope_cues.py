"""vocabulary.yaml's `scope`: words that end or keep a cue's reach (negation, wishes, exclusions, lists, denials,
pitches), or say whose words the cue is. Its parts: the making refused (`scope_making_cues.py`), a lack felt
(`scope_lack_cues.py`), take-back look-alikes (`scope_takeback_cues.py`) and the words around a move, a pitch or
what runs (`scope_move_cues.py`)."""

from pydantic import Field

from knowledge.base.scope_lack_cues import ScopeLackCues
from knowledge.base.scope_making_cues import ScopeMakingCues
from knowledge.base.scope_move_cues import ScopeMoveCues
from knowledge.base.scope_takeback_cues import ScopeTakeBackCues
from knowledge.base.words import Word, WordRun


class ScopeCues(ScopeMakingCues, ScopeLackCues, ScopeTakeBackCues, ScopeMoveCues):
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
    feature_links: frozenset[WordRun] = Field(
        frozenset(),
        description="'dont need a big framework with an orm and an admin': the words that tie what a denied thing "
        "comes with to it; the needs listed after them are the denied thing's parts, so the negation reaches them "
        "however many words name the thing, and runs on over the list's 'and'.",
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
    allowed_after: frozenset[WordRun] = Field(
        frozenset(),
        description="'anything but django, flask and fastapi are both ok': said right after the frameworks of the "
        "clause after an exclusion, a verb allowing them makes them the subject of a new clause, not more of the "
        "list ruled out.",
    )
    refusal_words: frozenset[Word] = Field(
        frozenset(),
        description="'wont', 'cant', 'never': a word earlier in the clause that refuses, so a refused exception after "
        "it ('security wont accept anything but flask') keeps what follows even where no negation cue was read.",
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
    decider_subject_fillers: frozenset[Word] = Field(
        frozenset(),
        description="'the chat part matters most': words beside a decider's subject that name no need, so the word "
        "left ('chat') is matched against the needs said before to find the one ranked top.",
    )
    decider_system_nouns: frozenset[Word] = Field(
        frozenset(),
        description="'scope is small now, but this is the core product': a decider ending on one of these after a "
        "bare pointing subject says what the system itself is, not which need ranks first.",
    )
    decider_subject_apart: frozenset[Word] = Field(
        frozenset(),
        description="'time matters most' after 'real time updates': a word that, as a decider's whole subject, names "
        "a concern of its own (the deadline, the money), not the need whose phrase holds it.",
    )
    ranking_spared: frozenset[str] = Field(
        frozenset(),
        description="'we got approval to rewrite. latency and sockets are the whole point': needs telling the "
        "project's situation (a rewrite approved, the code kept), not a feature, which a ranking of features leaves "
        "firm.",
    )
    phrase_joiners: frozenset[Word] = Field(
        frozenset(),
        description="'catalogue pages and a price ticker': words joining the noun phrases of a list, so a later "
        "'the catalogue is the priority' is matched against the phrase the catalogue was named in.",
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
