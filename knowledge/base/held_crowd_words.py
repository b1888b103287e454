"""The vocabulary's words for crowds said by what a server holds for them ('9,000 open connections', '4,000
concurrent clients', '40k subscribers' of a live feed), read in `reading/held_crowds.py`. Part of `Vocabulary`
(same YAML section)."""

from pydantic import Field

from knowledge.base.entry import Entry, Text


class HeldCrowdWords(Entry):
    """Counted nouns held at once, the words that make a count of them a live crowd, and those that make it none."""

    crowd_held_nouns: list[Text] = Field(
        default_factory=list,
        description="'9,000 open connections', '12k sessions': what a server holds open for each client; a count "
        "of them (at least crowd_min) is a crowd at once with no 'at once' said.",
    )
    crowd_leads: list[Text] = Field(
        default_factory=list,
        description="'4,000 concurrent clients', '15k simultaneous bidders': a word right after a count saying the "
        "counted come together, whatever noun follows.",
    )
    crowd_push_nouns: list[Text] = Field(
        default_factory=list,
        description="'40k subscribers', '3500 drivers': the receivers of a live feed; a count of them is a crowd "
        "only in a sentence with a crowd_push_words word (elsewhere '40 clients' may be customers).",
    )
    crowd_push_words: list[Text] = Field(
        default_factory=list,
        description="'pushed', 'websocket', 'sse', 'live feed': words saying a crowd_push_nouns count is held "
        "connected to receive updates.",
    )
    crowd_push_not_after: list[Text] = Field(
        default_factory=list,
        description="'we go live in May': words right before a crowd_push_words word giving it another sense.",
    )
    crowd_push_not_before: list[Text] = Field(
        default_factory=list,
        description="'we push a hotfix to 1,200 clients': words right after a crowd_push_words word (a "
        "crowd_thing_lead_ins word or two skipped) making it a software release shipped, not a live feed.",
    )
    crowd_lead_things: list[Text] = Field(
        default_factory=list,
        description="'5000 online courses', '3k connected stores': things right after a crowd_leads word; the "
        "count is of things offered or served over time, not of people together at once.",
    )
    crowd_thing_lead_ins: list[Text] = Field(
        default_factory=list,
        description="'push a new build', '5000 new courses': words, up to two, passed over before a "
        "crowd_push_not_before or crowd_lead_things word.",
    )
    crowd_tally_words: list[Text] = Field(
        default_factory=list,
        description="'30k registered clients', '12k sessions a day', 'a pool of 1500 db connections': words "
        "next to the counted noun making the count a tally over time or a setting, no crowd at once.",
    )
