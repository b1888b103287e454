"""vocabulary.yaml `needs`: words that show a need's words name something else where they stand (people, a team's
or a unit's name, the kind of organisation, a part the team made or picks itself, a piece read). Words are
lower-case letters only, apostrophes dropped ("companys"), as the reader splits text."""

from pydantic import Field

from knowledge.base.entry import Entry, Text
from knowledge.base.media_report_cues import MediaReportCues
from knowledge.base.words import Word, WordPair, WordRun


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
    byline_heads: frozenset[WordRun] = Field(
        frozenset(),
        description="'author:', 'owner:', 'requested by:': a heading alone before a colon that names who wrote, owns "
        "or asked for the thing; the words after the colon, to the sentence's end on that line, are a person's name "
        "and role ('Tomasz, admin for the GIS group'), so a need's words there name no need.",
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
    system_list_nouns: frozenset[Word] = Field(
        frozenset(),
        description="'4 fastapi services (auth, search)', 'three flask apps: admin and reports': after a framework's "
        "name and one of these nouns, a bracketed or colon list names the systems it runs, so a need's words in "
        "that list name a running system, not a need.",
    )
    system_list_plans: frozenset[Word] = Field(
        frozenset(),
        description="'the proposal is 3 flask services: admin, forms, cms', 'we'd split it into 2 fastapi services "
        "(ingest, chat)': said before the count in its sentence, the listed systems are planned, not running, so "
        "their names are the needs asked about.",
    )
    outside_owners: frozenset[Word] = Field(
        frozenset(),
        description="'the hosting vendor's platform team', 'the client's dev team': a party outside the asker's "
        "company a word or two before a team named by a need's words, so the team is theirs, not the one building.",
    )
    absence_suffixes: frozenset[Word] = Field(
        frozenset(),
        description="'admin-free', 'auth-less', 'db-free': hyphen-joined right after a need's words, a suffix saying "
        "the thing is absent, so the need is ruled out, as 'no admin' would.",
    )
    party_nouns: frozenset[Word] = Field(
        frozenset(),
        description="'our payroll vendor', 'the payment provider's webhooks': right after a need's words, a noun "
        "naming an outside party the system deals with; the words then tell that party's line of business, not "
        "data or duties the system has itself (only for the needs in `party_kind_needs`).",
    )
    party_kind_needs: frozenset[str] = Field(
        frozenset(),
        description="Requirement ids a party's line of business may name ('payroll', 'payment'), which a "
        "`party_nouns` word right after leaves unsaid (each checked to exist).",
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
    part_sizes: frozenset[str] = Field(
        frozenset(),
        description="Requirement ids of a system's size (each checked to exist): said of a side part ('also a tiny "
        "status page'), they tell that part's size, not the system's, and are not read.",
    )
    glue_needs: frozenset[str] = Field(
        frozenset(),
        description="Requirement ids of a service that connects other systems (each checked to exist); the systems "
        "it is said to stand between are its ends, not its needs.",
    )
    glue_ends: frozenset[Word] = Field(
        frozenset(),
        description="'sits between the payment gateway and our ledger': after a glue need, these words open the "
        "systems it connects; the needs named there are those systems, not needs of the glue.",
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
    team_owning: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'the platform team owns the rest', 'the data team handles ingestion': a verb of owning or "
        "handling right after a team named with 'the' (`team_name_openers` not ours), so that team is another one "
        "beside the builders, not the size or shape of the team building this.",
    )
    retired_part_categories: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'the old admin we're retiring': the categories of needs that are parts of a system, which a "
        "retiring cue a few words off marks as going away ('the last developers who know it are retiring' is "
        "people leaving, a team need that stays).",
    )
    team_owning_openers: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'the platform team owns the rest': the words before a team's name that make it a team pointed "
        "at, not ours ('our team owns twelve services' is still who builds), for `team_owning`.",
    )
    team_owned_by: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'ingestion is kafka, run by the data platform team': a word right before a pointed-at team "
        "(`team_owning_openers`) that makes that team the doer of what was said before, another team beside the "
        "builders, whatever follows it.",
    )
    own_team_leads: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'we're the platform team', 'i'm on the platform team': words right before a team named by "
        "what it does (a couple of plain words between at most) that make it the asker's own team, so the words say "
        "who asks, not how the organisation is cut nor how big it is.",
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
    organisation_languages: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'Python shop.', 'small java house': a programming language right before an "
        "`organisation_nouns` word makes the noun the kind of team, with or without 'we are a' before it.",
    )
    trade_nouns: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'we are a regulated business', 'our e-commerce company', 'a fintech startup': right after a "
        "need's words, a noun naming the organisation or its field, so the words tell the trade the company is in, "
        "not the system asked for: read loosely (they count beside a need that decides, never alone).",
    )
    trade_words: frozenset[Text] = Field(
        default_factory=frozenset,
        description="'a fintech', 'the bank', 'payments', 'an online retailer': a need's loose words that name a line "
        "of business. Read alone they say who the organisation is, not what is built, so, like words before a "
        "trade noun, the need they give leans one point at most.",
    )
    trade_deciding: frozenset[Text] = Field(
        default_factory=frozenset,
        description="Requirement ids whose seed scenario is itself a kind of company ('SaaS / product companies'): "
        "said of the company, they still decide.",
    )
    data_work_words: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'pandas', 'forecasts', 'data scientist': in a message with a bare 'dashboard' (and no other kind "
        "of dashboard said), words of data analysis that make it a data science dashboard.",
    )
    narrow_pieces: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'an adapter', 'a relay', 'an ingest endpoint': a narrow piece built; a domain's words linked to "
        "it after it ('for 8k shopify merchants', 'converts hl7 messages') say what it touches, read loosely.",
    )
    piece_links: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'for', 'from', 'converts': the words linking a narrow piece to the domain it touches.",
    )
    piece_verbs: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'gets', 'renders', 'converts': the `piece_links` that are verbs of work on data, so a need's own "
        "word after them ('a renderer that gets invoice json') is the data the piece handles.",
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
    apart_words: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'a separate websocket service': a word setting the thing apart from what runs, opening a need's "
        "two-word wording ('separate service'); read like a `size_words` word, across a couple of describing words.",
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
    client_acts: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'the service the mobile app talks to': right after a `client_needs` need's loose words, a verb "
        "saying the client calls the thing built, so the client is named as what it serves (said firmly).",
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
    other_stacks: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'the org has a go gateway and a node notifications service': a stack outside Python said right "
        "before a need's words (after an article, not an owner word) names a system on that stack, not ours.",
    )
    other_stack_leads: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'a go gateway', 'their java billing service': the words before an `other_stacks` name that "
        "make it describe someone's system ('our node api' may be what is being rewritten, so owners are not here).",
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
