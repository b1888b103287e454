"""The reader's small word sets: single words it looks for right around a framework's name or a cue, grouped
by what they tell (vocabulary.yaml's `moves`, `roles`, `scope`, `needs` and `thread`).

Words are lower-case letters only, apostrophes dropped ("companys"), as the reader splits text; each list is
read into a set once, when the knowledge base loads."""

from __future__ import annotations

from pydantic import Field

from knowledge.base.entry import Entry, Text
from knowledge.base.role_cues import RoleCues
from knowledge.base.scope_cues import ScopeCues
from knowledge.base.words import Label, Word, WordGroup, WordPair, WordRun

__all__ = ["MediaReportCues", "MoveCues", "NeedCues", "RoleCues", "ScopeCues", "ThreadCues"]


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
    leaving: frozenset[WordRun] = Field(
        frozenset(),
        description="'we're moving off tornado', 'getting away from bottle': words ending on a cue of what runs that "
        "say the team is leaving it; with no destination named, its stay advice no longer applies.",
    )
    open_replacing: frozenset[WordRun] = Field(
        frozenset(),
        description="'replace bottle in lab-sensors': leaving cues that say the team goes only when no successor word "
        "follows the framework ('replace flask with fastapi' is a swap asked about).",
    )
    successor_words: frozenset[Word] = Field(
        frozenset(), description="'replace flask with fastapi', '… by another framework': what names the successor."
    )
    open_to_leave: frozenset[WordRun] = Field(
        frozenset(),
        description="'what should it become', 'the only maintainer just left', 'upgrading tornado is a pain': said "
        "anywhere in a message (framework names skipped), the team is ready to leave what runs; for a framework "
        "the sources only mention, the needs then rank where to go.",
    )
    asked_how: frozenset[WordRun] = Field(
        frozenset(),
        description="'if we move to fastapi, what replaces g.user?': a question about what takes a part's place in "
        "the destination named, so the move is the plan being worked out, not a choice still weighed.",
    )
    leaving_denied: frozenset[Word] = Field(
        frozenset(),
        description="'without leaving flask', 'we are not moving off django': right before a leaving cue, it is "
        "denied, so what runs stays what runs.",
    )
    own_parts: frozenset[Word] = Field(
        frozenset(),
        description="'move from flask's dev server to gunicorn', 'moving off the django orm': right after the "
        "framework a leaving cue names, a word naming one of its parts; that part is left, the framework stays.",
    )
    leaving_how: frozenset[WordRun] = Field(
        frozenset(),
        description="'how do we move off flask?', 'how would we migrate away from django?': a question on how the "
        "leaving goes, not whether; the question word it holds denies nothing, so the team is leaving.",
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


class MediaReportCues(Entry):
    """'i've read 20 comparison articles', 'just watched a pycon talk about how a fintech moved to fastapi': a
    piece someone read or watched, and what it is about, is what others wrote or did, not the system's needs."""

    readers: frozenset[Word] = Field(
        description="A word right before the verb that makes someone the reader ('i', 'weve', 'just', 'manager'); "
        "the verb may also open the clause. Left out: those the system serves ('users read articles' is a need)."
    )
    verbs: frozenset[WordRun] = Field(description="'read', 'watched', 'listened to': taking in a piece.")
    pieces: frozenset[Word] = Field(description="'talk', 'article', 'thread': the piece taken in.")
    reach: int = Field(3, ge=0, description="Words at most between the verb and the piece ('watched a pycon talk').")
    ends: frozenset[Word] = Field(
        description="After the piece, a word turning to the asker's own system ('but', 'we', 'our'): the needs "
        "after it are the asker's again."
    )


class NeedCues(Entry):
    """Words that show a need's words name something else here: people, or part of a name."""

    people: frozenset[Word] = Field(
        description="'the ml team', 'our data folks': a 'knows_after' cue naming people right after a need's word, "
        "so the need's word names the people, not a need."
    )
    skills: frozenset[Word] = Field(
        frozenset(),
        description="'3 devs with solid async experience': a 'knows_after' cue naming a skill right after a need's "
        "word, so the need's word names what the team knows, not what the system needs.",
    )
    amount_asked: frozenset[WordRun] = Field(
        frozenset(),
        description="'how many users?', 'how much traffic': words asking an amount; a need's words they open (or "
        "that follow them, one describing word between at most) are the quantity asked about, not a need said.",
    )
    assent_words: frozenset[Word] = Field(
        frozenset(),
        description="'ok fine', 'works for me', 'happy with that': a clause made of these words only agrees with "
        "what was said before it; a need's word there with an `assent` sense is no verdict on the system.",
    )
    outside_owners: frozenset[Word] = Field(
        frozenset(),
        description="'the hosting vendor's platform team', 'the client's dev team': a party outside the asker's "
        "company a word or two before a team named by a need's words, so the team is theirs, not the one building.",
    )
    choosing_acts: frozenset[Word] = Field(
        frozenset(),
        description="'want to hand-pick orm + auth', 'pick our own orm': a verb of choosing a part, a few words "
        "before a part the team would pick itself; the part is then its pick, not one wanted built in.",
    )
    choosing_gap: frozenset[Word] = Field(
        frozenset(),
        description="'pick our own orm and auth': words between a choosing verb and the parts it picks.",
    )
    chosen_parts: frozenset[str] = Field(
        frozenset(),
        description="Requirement ids of parts a team may pick itself (ORM, auth, templates), each checked to exist.",
    )
    own_part_words: frozenset[WordRun] = Field(
        frozenset(),
        description="'our own orm layer', 'a homegrown plugin loader': a word right before a part the team already "
        "made itself; the part is then theirs, not one wanted built into the framework.",
    )
    own_part_wanting: frozenset[Word] = Field(
        frozenset(),
        description="'we need our own auth', 'want our own admin': a verb of wanting a few words before the own-part "
        "word; the part is then still wanted, not one the team already has.",
    )
    own_part_others: frozenset[Word] = Field(
        frozenset(),
        description="'users with their own logins', 'each tenant gets its own auth': a possessive of other people or "
        "things right before the own-part word; the part is then something the system gives them, still a need.",
    )
    own_parts: frozenset[str] = Field(
        frozenset(),
        description="Requirement ids of parts a team may have made itself (ORM, auth, plugins), each checked to exist.",
    )
    caller_categories: frozenset[str] = Field(
        frozenset(),
        description="'checkout calls it': requirement categories naming kinds of system, which a word said bare "
        "before a call verb and our system names as the caller (each checked to be a category in use).",
    )
    event_counts: frozenset[WordPair] = Field(
        frozenset(),
        description="'checkout calls it on every payment': two words right before a need's word that make it the "
        "event counted (how often something happens), not a need of the system; only in a clause saying something "
        "calls ours ('calls it', 'pings us').",
    )
    team_nouns: frozenset[Word] = Field(
        description="'the ml team's tracker', 'our security team vetoed it': a group of people right after a need's "
        "word, so the need's word names the group."
    )
    team_name_openers: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'the real-time bidding team', 'our payments platform team': a determiner right before a need's "
        "words that a team noun follows (a couple of plain words between at most), so the words are the team's name.",
    )
    team_name_nouns: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'the real-time team', 'the payments squad': the units of an organisation that take a name; "
        "'people', 'folks' or 'group' after a need's words are who uses it ('the leaderboard people see').",
    )
    unit_run_verbs: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'Payments uses Django', 'Search is still on FastAPI': a verb between a need's words that open "
        "a clause (or follow a `unit_openers` word) and a framework's name, so the words name a part of the "
        "organisation that runs that framework, not a need of what is built.",
    )
    unit_openers: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'Payments uses Django and Search uses FastAPI': words after which a clause's subject still "
        "starts, for `unit_run_verbs`.",
    )
    unit_parts: frozenset[Text] = Field(
        default_factory=frozenset,
        description="'admin uses Django, the API uses FastAPI': requirement ids whose words name a part of an "
        "application, never a unit of the organisation; joined to a framework by a `unit_run_verbs` verb they say "
        "what that part is built with, so they stay needs.",
    )
    team_noun_modifiers: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'an admin panel team members can use': right after a team noun, a word that makes the noun "
        "describe it, so the need's words before are no team's name.",
    )
    naming_cues: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'a squad codenamed Realtime': a need's words a few plain words after one of these are a name "
        "given, not a need.",
    )
    naming_verbs: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'called', 'named': naming words only after a `naming_leads` word ('is literally called "
        "Real-Time Bidding'), since 'apis called concurrently' is a call made.",
    )
    naming_leads: frozenset[Word] = Field(
        default_factory=frozenset, description="'is', 'literally': right before a naming verb, it names."
    )
    organisation_nouns: frozenset[Word] = Field(
        description="'we are a python shop', 'a kubernetes shop': after 'we are a <word>' or right after a need's or a "
        "framework's word, the noun names the kind of organisation the team is, not a store or a need."
    )
    trade_nouns: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'we are a regulated business', 'our e-commerce company', 'a fintech startup': right after a "
        "need's words, a noun naming the organisation or its field, so the words tell the trade the company is in, "
        "not the system asked for: read loosely (they count beside a need that decides, never alone).",
    )
    trade_deciding: frozenset[Text] = Field(
        default_factory=frozenset,
        description="Requirement ids whose seed scenario is itself a kind of company ('SaaS / product companies'): "
        "said of the company, they still decide.",
    )
    trade_compounds: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'the e-commerce business logic', 'saas company accounts': right after a trade noun, a word "
        "that makes the noun describe something of the system, so the need's words before it are a need.",
    )
    compound_prefixes: frozenset[Word] = Field(
        description="'non-blocking', 'self-hosted': hyphen-joined to a need's word, they make a compound (the need), "
        "not a name."
    )
    size_words: frozenset[Word] = Field(
        description="'a small internal http service': a size word opening a need's two-word wording ('small "
        "service') still makes it with a need's words or other describing words between."
    )
    reach_words: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'an internal inventory app': a word saying who the thing is for, opening a need's two-word "
        "wording ('internal app'); read like a `size_words` word, across a couple of describing words.",
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
    client_needs: frozenset[Text] = Field(
        default_factory=frozenset,
        description="'a backend for our mobile app': requirement ids naming a client of the backend; their loose "
        "words ('mobile app') right after a `clients` pair (owner words between) are said firmly, since the thing "
        "built is then named as what serves that client.",
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
    building_words: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'an app for expense claims', 'which framework?': a word that says the message is about building "
        "or choosing something, so a paperwork noun in it names the system for that paperwork (see the lexicon's "
        "`paperwork`).",
    )
    media_reports: MediaReportCues | None = Field(
        None, description="A piece read or watched: its words, and what it is about, name no need."
    )
    terse_words: int = Field(
        4,
        ge=1,
        description="A message of at most this many words is a terse request ('expense claims, approvals', "
        "'timesheets for a 40 person company'): its paperwork nouns name the system wanted even without a building "
        "word. Words of `gap_stops`, determiners and numbers are not counted.",
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
    system_pointers: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'ok, and billing: …': words right before a system listed earlier ('billing (django), search "
        "(fastapi)') that point at it as the one asked about, rather than name a need ('a search page').",
    )
    systems: frozenset[Word] = Field(
        description="'the customer-facing billing api': nouns that end the name of a system or project, so a "
        "follow-up naming one asks about that subject; a part of one ('the admin part') is not listed."
    )
    new_subject: frozenset[Word] = Field(
        description="'for my side project i need websockets': a word in the follow-up's noun phrase that marks "
        "another subject even when the follow-up goes on past the name."
    )
    subject_openers: list[WordRun] = Field(
        default_factory=list,
        description="'separate question: another team needs …': words opening a follow-up (after lead-ins) that "
        "announce another subject, whatever follows.",
    )
    back_references: list[WordRun] = Field(
        default_factory=list,
        description="'separately, we also need rate limiting on it': words pointing back at the system under "
        "discussion; after a subject opener and before any system is named, the follow-up stays on it.",
    )
    lifts_after: list[WordRun] = Field(
        default_factory=list,
        description="'django is fine again', 'flask is back on the table': words right after a framework ruled "
        "out earlier that let it back in.",
    )
    lifts_before: list[WordRun] = Field(
        default_factory=list,
        description="'legal is ok with fastapi now', 'we can use django after all': words right before a framework "
        "ruled out earlier that let it back in.",
    )
    meant_cues: list[WordRun] = Field(
        default_factory=list,
        description="'no, admin meant our sysadmins', 'by gateway i meant a partner portal': words right after a "
        "term said earlier that say what it meant; the needs read from the term were a misreading.",
    )
    meant_not_before: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'it is meant to be quick', 'meant for staff': right after a meant cue, a word that makes it "
        "a purpose, not a correction.",
    )
    meant_lead_ins: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'no wait, by gateway i meant': words before a meant cue that lead into the term, not part of it.",
    )
    run_is: list[WordRun] = Field(
        default_factory=list,
        description="'sorry, it's flask not django', 'the main api is django already, not fastapi': words right "
        "before a framework (a word may sit between) saying it is what the system is; with the framework a thread "
        "held as running ruled out in the same turn, what runs was misstated, not a ban.",
    )
    now_is: list[WordRun] = Field(
        default_factory=list,
        description="'it's an internal dashboard now': words opening what the project is, which re-describe it when "
        "one of `now_words` follows within a few words or comes right before them.",
    )
    now_words: frozenset[Word] = Field(
        default_factory=frozenset, description="'now', 'instead': said with `now_is`, the project is re-described."
    )
    return_openers: list[WordRun] = Field(
        default_factory=list,
        description="'back to the shop: …', 'going back to the marketing site': words opening a follow-up (after "
        "lead-ins) that return to the subject discussed before the current one, whose needs come back.",
    )
    narrowing: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'and the model-serving part specifically?': words after a part's name that ask about that "
        "part alone, so it is answered for its own needs.",
    )
    narrowing_before: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'only for the chat part, what would you pick?': said before the opener of a part's name, it "
        "asks about that part alone, and a question may follow the name.",
    )
    part_questions: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'only for the chat part, what would you pick?': words opening the question that may follow a "
        "part's name narrowed before it; anything else there ('just for the admin part we need sso') adds a need "
        "to that part of the whole instead.",
    )
    build_openers: list[WordRun] = Field(
        default_factory=list,
        description="'we're also building a tiny slack bot', 'after that i have to build our demo api': words "
        "(after lead-ins, a word of `additions` left out) saying something is built; a named system after them is "
        "another subject when a word of `additions` marks it as more.",
    )
    additions: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'also', 'after', 'too': words that make a system someone builds one more, not the one discussed.",
    )
    definite: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'and the shop itself stays django?': determiners that point at something already spoken of.",
    )
    mention_before: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'it reads products from the shop database': right before a definite noun phrase naming a "
        "subject, a word that makes it something the message mentions, not the subject it speaks of.",
    )
    main_words: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'ok and the main platform stays django?': before a system noun, it names the first subject.",
    )
    labels: frozenset[Label] = Field(
        default_factory=frozenset,
        description="'service b: back-office app', 'app 2 is …': right after a system noun, a tag naming one of "
        "several systems; a clause opening on a tag not said for the system discussed turns to another one.",
    )
    first_labels: frozenset[Label] = Field(
        default_factory=frozenset,
        description="'service a', 'app 1': tags of the first system, which the one discussed may be without "
        "having been tagged.",
    )
    label_tails: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'service 2 is a scraper', 'app b needs sso': words right after a tag that keep it a tag "
        "('api a partner calls' is no tag); the end of a clause does too.",
    )
    apart: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'it's a separate little app in its own repo': before a system noun (a few qualifiers "
        "between), a word saying the system is one of its own, so another subject than the one discussed.",
    )
    apart_copulas: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'it's a separate app', 'that is a standalone tool': the word before the determiner that says "
        "what is asked about is that system.",
    )
