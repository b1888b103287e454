"""vocabulary.yaml `moves`: words around one framework traded for another, a team leaving what runs, or a move set
as a task. Words are lower-case letters only, apostrophes dropped ("companys"), as the reader splits text."""

from pydantic import Field

from knowledge.base.entry import Entry
from knowledge.base.words import TokenRun, Word, WordGroup, WordRun


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
    fashion_claims: frozenset[WordRun] = Field(
        frozenset(),
        description="'a colleague says async is the future': a trend given as a pitch's reason; with it, the "
        "pitch's needs are its reasons even when no framework is named, and picking by fashion is a named poor "
        "reason (000 'Introduction').",
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
    eol_runtimes: frozenset[TokenRun] = Field(
        frozenset(),
        description="'py2-era code', 'needs a py3 upgrade': a runtime past its end of life, said anywhere; the code "
        "is redone anyway, so the team is ready to leave what runs (as open_to_leave).",
    )
    rebuild_verbs: frozenset[Word] = Field(
        frozenset(),
        description="'rebuild', 'rewrite', 'port': with a `rebuild_asks` question anywhere in the message ('rebuild it "
        "in what?', 'which framework do we rewrite it with?'), the team is ready to leave what runs "
        "(as open_to_leave).",
    )
    rebuild_asks: frozenset[WordRun] = Field(
        frozenset(),
        description="'in what', 'which framework': a question on the destination that, beside a `rebuild_verbs` word, "
        "says the rebuild is decided and only where to is asked.",
    )
    eol_settled: frozenset[Word] = Field(
        frozenset(),
        description="'py2 is gone', 'the ubuntu hosts are eol': a few words either side of an `eol_runtimes` cue, the "
        "end of life is behind the team or another thing's (a host, a database), so the cue says nothing.",
    )
    rebuild_skips: frozenset[Word] = Field(
        frozenset(),
        description="'rewrite the whole old app': words skipped between a `rebuild_verbs` word and what it rebuilds.",
    )
    rebuild_objects: frozenset[Word] = Field(
        frozenset(),
        description="'rebuild it', 'port the service': what a `rebuild_verbs` word must take (a framework name does "
        "too), so the system is rebuilt; 'replace the pdf library', 'port 8000' rebuild nothing of it.",
    )
    asked_how: frozenset[WordRun] = Field(
        frozenset(),
        description="'if we move to fastapi, what replaces g.user?': a question about what takes a part's place in "
        "the destination named, so the move is the plan being worked out, not a choice still weighed.",
    )
    move_weighed: frozenset[WordRun] = Field(
        frozenset(),
        description="'should we move to fastapi or not?', 'is it worth it?': the move itself still weighed in the "
        "message, so an `asked_how` wording there ('the team would learn it bit by bit') decides nothing.",
    )
    rollback_asked: frozenset[WordRun] = Field(
        frozenset(),
        description="'push on or roll back?': going back offered as the other option of a move under way, so the "
        "way back is weighed against finishing it.",
    )
    leaving_denied: frozenset[Word] = Field(
        frozenset(),
        description="'without leaving flask', 'we are not moving off django': right before a leaving cue, it is "
        "denied, so what runs stays what runs.",
    )
    leaving_weighed: frozenset[Word] = Field(
        frozenset(),
        description="'consider moving away from fastapi', 'proposal: investigate migrating off flask': right before "
        "a leaving cue, the leaving is only weighed; for a mainstream framework (which needs a stated reason to "
        "leave) what runs stays what runs.",
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
    completing: frozenset[Word] = Field(
        frozenset(),
        description="'this pr finishes the quart → litestar migration', 'continuing the flask to django port': a "
        "verb right before a move named by its two frameworks that carries the move on, so it is under way.",
    )
    completing_others: frozenset[Word] = Field(
        frozenset(),
        description="'the payments team finished the quart → litestar migration': before a `completing` verb, a "
        "word naming other people as the doers, so the move is theirs and not under way here.",
    )
    completing_own: frozenset[Word] = Field(
        frozenset(),
        description="'our team finishes the flask → django port': before the verb, a word that keeps the doers ours.",
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
    finished_partly: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'mostly done porting', 'half done moving': a few words before a `move_finished` cue, the move "
        "is only partly made (a number there, '50% done moving', says so too).",
    )
    finished_ahead: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'once the migration is wrapped up', 'scheduled to be finished in q3': before a "
        "`finished_after_move` verb in its sentence, a word putting the move's end ahead, so it is not over.",
    )
    finished_after_move: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'the flask -> fastapi port shipped in march', 'the move to django went live': said after a "
        "move's noun (`target_after`) in its sentence, the move is over, so where it went runs now.",
    )
    finished_into: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'ported it from flask to quart', 'since rebuilt it in django': in a sentence saying a move is "
        "over, the word right before the framework moved to.",
    )
