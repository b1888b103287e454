"""vocabulary.yaml `thread`: words that tell, in a thread, which earlier needs a taking-back names, and when a
follow-up turns to another system, returns to an earlier one or corrects what was said."""

from pydantic import Field

from knowledge.base.entry import Entry, Id
from knowledge.base.words import Label, Word, WordRun


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
    relative_openers: frozenset[Word] = Field(
        frozenset(),
        description="'and the marketing site that the comms team edits?': words that, right after a system's name, "
        "open a clause describing it; a name never used for this subject, so described, is another subject.",
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
    opener_marks: list[Word] = Field(
        default_factory=list,
        description="'separate', 'different': opening a follow-up (after lead-ins and an article) right before a "
        "word of `opener_nouns` ('different piece: the rota site …'), they announce another subject.",
    )
    opener_nouns: list[Word] = Field(
        default_factory=list, description="'piece', 'component', 'part': the generic nouns `opener_marks` go with."
    )
    back_references: list[WordRun] = Field(
        default_factory=list,
        description="'separately, we also need rate limiting on it': words pointing back at the system under "
        "discussion; after a subject opener and before any system is named, the follow-up stays on it.",
    )
    taste_reasons: list[WordRun] = Field(
        default_factory=list,
        description="'skip django please, feels bloated', 'not flask, too much boilerplate for me': a reason of taste "
        "given with a framework ruled out; unless a gatekeeper (mandates `authorities`) is named, the exclusion is "
        "soft and a later turn growing the project into one the framework clearly fits lets it back in.",
    )
    hard_reasons: list[WordRun] = Field(
        default_factory=list,
        description="'not django, our paas cant run it (and tbh its overkill)': a reason of hosting, licence or rule "
        "said with a framework ruled out; the exclusion then stays firm even when a `taste_reasons` word comes too.",
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
    client_part_needs: list[Id] = Field(
        default_factory=list,
        description="'a parents' app in phase 2': needs that name a client app added beside the application.",
    )
    client_part_added: list[WordRun] = Field(
        default_factory=list,
        description="'also', 'later', 'in phase 2': words that say the client app is added beside the application; "
        "without one, 'we just need an api for the frontend' re-describes the project instead.",
    )
    client_part_homes: list[Id] = Field(
        default_factory=list,
        description="needs that make the thread's project an application with pages and users of its own.",
    )
    client_part_scoped: list[Id] = Field(
        default_factory=list,
        description="'json only', 'no pages': needs that, said with a client app added to a held application, "
        "describe only that client's side, so they are dropped from the turn (negated ones too).",
    )
    client_part_whole: list[WordRun] = Field(
        default_factory=list,
        description="'the whole thing is json only now': words saying the turn's needs hold for the whole project, "
        "so a client app named beside them does not scope them to itself.",
    )
    estate_holding: list[WordRun] = Field(
        default_factory=list,
        description="'we run a django admin app and a fastapi service': verbs of having or running after which "
        "items opening on a determiner and a framework and ending on a system noun list the systems that run.",
    )
    ban_nouns: list[Word] = Field(
        default_factory=list,
        description="'the ban got lifted', 'the veto is gone': nouns for a gatekeeper's ruling-out; said with a "
        "`ban_lapses` word and no framework, every framework ruled out firmly earlier in the thread comes back.",
    )
    ban_lapses: list[WordRun] = Field(
        default_factory=list,
        description="'... was lifted', 'rescinded', 'is gone': words a few words after (or right before) a "
        "`ban_nouns` word that say the ban is over; a denial between them ('won't be lifted') keeps it.",
    )
    ban_denials: list[Word] = Field(
        default_factory=list,
        description="'the block won't be lifted before q3', 'if the ban is lifted': words between a `ban_nouns` "
        "word and its lapse that deny the lapse or make it hypothetical.",
    )
    ban_objects: list[Word] = Field(
        default_factory=list,
        description="'the ban on friday deploys': words right after a `ban_nouns` word that name what is banned; "
        "when no framework or `ban_object_pointers` word follows them, the ban is about something else.",
    )
    ban_object_pointers: list[Word] = Field(
        default_factory=list,
        description="'the ban on it was lifted': pronouns after a `ban_objects` word that still point at a framework.",
    )
    ban_topics: list[Word] = Field(
        default_factory=list,
        description="'the rate-limit block was removed', 'the ip block got lifted': words right before a "
        "`ban_nouns` word that name what is blocked, so the ban is not a framework's ruling-out.",
    )
    widening: list[WordRun] = Field(
        default_factory=list,
        description="'legal approved django too', 'flask is allowed as well': with a framework fixed earlier, "
        "another let in with one of these words widens the allow-list, so the single fixed pick no longer holds.",
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
