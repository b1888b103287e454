"""The vocabulary's cues for a move pitched, under way, set as a task or retiring a framework, and advice given. Part of
`Vocabulary` (same YAML section)."""

from pydantic import Field

from knowledge.base.entry import Entry, Text
from knowledge.base.words import Word


class ProgressWords(Entry):
    """A third party's pitch, a move under way or decided as a task, a framework retired, advice to someone else."""

    proposal_cues: list[Text] = Field(
        default_factory=list, description="'someone wants to switch to X because…': a third party's pitch."
    )
    pitch_speakers: list[Word] = Field(
        default_factory=list,
        description="'teammate: \"litestar has better typing\"': a word naming someone besides the team's "
        "decision, alone (with an article or owner word) before a colon: what follows the colon is their pitch.",
    )
    pitch_verbs: list[Text] = Field(
        default_factory=list,
        description="'a consultant wants our app split up': right after a `pitch_speakers` word, in a clause naming "
        "no framework, these make the clause's needs the speaker's pitch (a framework named keeps the clause's "
        "needs, said of the product: 'a contractor wants to bolt chat onto our flask app').",
    )
    duty_speakers: list[Word] = Field(
        default_factory=list,
        description="'the compliance consultant wants an audit trail': right before a `pitch_speakers` word, these "
        "make the speaker one who reports a duty the product must meet, so the wish stays the product's need.",
    )
    progress_cues: list[Text] = Field(
        default_factory=list, description="'halfway through moving to X': a migration already under way."
    )
    progress_after: list[Text] = Field(
        default_factory=list,
        description="'the move to X is in progress': said after the target, the migration is under way.",
    )
    task_openers: list[Word] = Field(
        default_factory=list,
        description="'migrate the flask app to django.', 'converting the web layer from quart to fastapi': a move "
        "verb opening a clause of a message that asks nothing is a task decided, so the move is under way.",
    )
    task_leads: list[Text] = Field(
        default_factory=list,
        description="'it is proposed that the flask app be ported to quart': formal words opening a clause before a "
        "task stated in the passive; read past them, the clause states the task as 'port the flask app to quart'.",
    )
    decision_labels: list[Text] = Field(
        default_factory=list,
        description="'Decision: migrate the customer api from flask to fastapi.': a record's heading (an ADR's or an "
        "RFC's) standing alone as the clause before a move verb; the move is decided, whatever is asked after.",
    )
    fraction_done: list[Word] = Field(
        default_factory=list,
        description="'step 3 of 5 done', '2 of 4 phases complete': a word said within a few words after a count 'n "
        "of m' that makes it the share of a move already made, so the move is under way.",
    )
    share_words: list[Word] = Field(
        default_factory=list,
        description="'40 percent migrated', '40% ported': a word after a number making it a share; with a "
        "`fraction_done` word within a few words after, part of a move is made ('%' itself is dropped with the "
        "other signs, so a number right before a `fraction_done` word reads the same).",
    )
    move_reversed: list[Text] = Field(
        default_factory=list,
        description="'got halfway and rolled back', 'we reverted the port': a move started and then undone; what it "
        "left still runs and no move is under way (a new try is a proposal to weigh, not one to finish).",
    )
    reversed_steps: list[Word] = Field(
        default_factory=list,
        description="'rolled back one deploy', 'we reverted the config change': a release step named within three "
        "words after a `move_reversed` cue; one step undone inside a move still going does not undo the move.",
    )
    move_finished: list[Text] = Field(
        default_factory=list,
        description="'we wrapped up porting', 'switched the old one off', 'since rebuilt it in': a move reported "
        "finished; the framework it went to is what runs now, and the one left is gone.",
    )
    task_passive: list[Word] = Field(
        default_factory=list,
        description="'… be ported to quart': the auxiliary before a task opener said done that makes the passive.",
    )
    retire_after: list[Text] = Field(
        default_factory=list,
        description="'the django app is being retired': said after a framework (or its app), that framework is "
        "going away and is ruled out for what is built next.",
    )
    retire_before: list[Text] = Field(
        default_factory=list,
        description="'retiring the standalone django auth service': said before a framework (or its app), that "
        "framework is going away; unlike an exclusion it negates no need (the retired part's work lives on).",
    )
    advice_cues: list[Text] = Field(
        default_factory=list,
        description="'i would recommend looking into django', 'why dont you migrate to node': advice given to "
        "someone else about their project, so a pitch whatever the person who says it.",
    )
