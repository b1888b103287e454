"""The vocabulary's words and thresholds for numbers: head counts (who builds, who is served), durations and
what makes them no horizon, request rates, crowds and latency budgets. Part of `Vocabulary` (same YAML section)."""

from typing import Annotated

from pydantic import Field, StringConstraints

from knowledge.base.entry import Entry, Id, Text


class CountWords(Entry):
    """What turns a number in a message into a need, and the thresholds it is judged by."""

    org_scope_cues: list[Text] = Field(
        default_factory=list,
        description="'40 engineers org-wide': a head count of the whole organisation, not of the team that owns this.",
    )
    people_nouns: Annotated[list[Text], Field(min_length=1)] = Field(
        description="'40 python developers', 'the team is 12 juniors': the nouns a head count of the team is said in "
        "(each spelling in full, singular and plural; a describing word may sit between the count and the noun)."
    )
    audience_nouns: list[Text] = Field(
        default_factory=list,
        description="'a dashboard for 5 analysts', 'used by ~20 staff': the nouns a count of the people a system "
        "serves is said in (its audience, not its builders); a noun also in people_nouns ('30 people') counts the "
        "audience only after an audience_lead cue.",
    )
    audience_lead: list[Text] = Field(
        default_factory=list,
        description="'for 30 people', 'used by 5 ppl': words right before a head count (a hedge such as 'about' may "
        "sit between) saying the people are the ones the system serves.",
    )
    audience_lead_adverbs: list[Text] = Field(
        default_factory=list,
        description="'used internally by 10 people', 'accessed daily by 40 staff': words saying how or how often, "
        "which may sit inside an audience_lead cue without changing that the people counted are served.",
    )
    audience_not_after: list[Text] = Field(
        default_factory=list,
        description="'python 3 users', 'version 2 users': words right before a count that make it a version, so "
        "the count is no audience (the frameworks' names count too).",
    )
    audience_builder_lead: list[Text] = Field(
        default_factory=list,
        description="'the team has thirty members', 'a squad of 8 members': words right before a head count (a "
        "hedge may sit between) saying the people counted build the system, so the count is no audience.",
    )
    audience_use_after: list[Text] = Field(
        default_factory=list,
        description="'10 people in ops would use the back office', '12 folks log into it': a verb of using right after "
        "a head count (a place such as 'in ops' may sit between), with one of audience_use_objects after it: the "
        "people counted use the system, so a noun also in people_nouns counts the audience, not the team.",
    )
    audience_use_objects: list[Text] = Field(
        default_factory=list,
        description="'use the back office', 'use it': the words opening what the counted people use, a thing of "
        "ours (a framework named bare, 'five people use django', says what the team works in instead).",
    )
    audience_use_places: list[Text] = Field(
        default_factory=list,
        description="'10 people in ops would use it', 'across the warehouse': words opening the place the counted "
        "people work in, which may sit between them and audience_use_after.",
    )
    audience_roles: list[Text] = Field(
        default_factory=list,
        description="'a dashboard for the analysts', 'our moderators': an in-house role said with 'the'/'our' and no "
        "count names a team-sized audience, read as one of small_audience_max people.",
    )
    audience_scope_by: list[Text] = Field(
        default_factory=list,
        description="Requirement ids saying what an app must hold ('admin-panel', 'forms-crud'): with one stated, a "
        "small audience says nothing of the scope (an in-house CRUD tool for 5 is still a full app).",
    )
    audience_role_yields_to: list[Text] = Field(
        default_factory=list,
        description="Requirement ids saying others are served too ('public-api', 'realtime'): with one stated, an "
        "in-house role said with no count ('the editors') is not the audience and says no size.",
    )
    staff_audiences: list[Text] = Field(
        default_factory=list,
        description="'for our 12 support agents', 'the warehouse pickers': staff who work the company's own records; "
        "as the audience they make the system an in-house tool (`staff_audience_need`), whatever their number.",
    )
    staff_markers: list[Text] = Field(
        default_factory=list,
        description="'8 in-house accountants', '30 internal users': a describing word saying the people counted "
        "are the company's own staff, whatever their role (as `staff_audiences`).",
    )
    staff_audience_need: Id | None = Field(
        None, description="The requirement a staff audience implies ('internal-tool')."
    )
    audience_side_by: list[Text] = Field(
        default_factory=list,
        description="Requirement ids for a load others bring ('high-concurrency', 'low-latency'): stated beside a "
        "counted audience of up to small_audience_max, that handful uses a side part, so the audience_scope_by "
        "needs of that part lean like a wish.",
    )
    audience_side_unless: list[Text] = Field(
        default_factory=list,
        description="Requirement ids giving a part rules of its own ('user-auth', 'security'): said firmly, the "
        "handful's part is a system of its own, not a side part, and audience_side_by leans nothing.",
    )
    small_audience_max: Annotated[int, Field(gt=0)] = 10
    modest_audience_max: Annotated[int, Field(gt=0)] = 500
    org_nouns: list[Text] = Field(
        default_factory=list,
        description="'a 400-person manufacturer': a head count right before one of these is the organisation's.",
    )
    org_member_nouns: list[Text] = Field(
        default_factory=list,
        description="'an enterprise of 5000 people': the members counted after an `org_nouns` word and 'of' that "
        "make the count the organisation's size; its builders ('an organisation of forty developers') stay the "
        "team, unless the asker's own unit is named after ('… of 800 engineers; my squad of 2').",
    )
    group_of_nouns: list[Text] = Field(
        default_factory=list,
        description="'a class of 30 interns', 'a cohort of 25 students': a head count right after one of these and "
        "'of' counts a group taught or gathered, not the team building (as a count after an `org_nouns` word and "
        "'of', 'an enterprise of 5000 people', is the organisation's).",
    )
    high_rate_min_rps: Annotated[int, Field(gt=0)] = 500
    rate_describers: list[Text] = Field(
        default_factory=list,
        description="'2,000 json read requests per second': words describing the requests, dropped between a "
        "count and the counted requests so the rate is read.",
    )
    slow_rate_nouns: list[Text] = Field(
        default_factory=list,
        description="'four calls a minute', '20 webhooks an hour': things counted per minute or per hour, a rate "
        "read like requests per second (a slow one is a low load).",
    )
    all_at_once: list[Text] = Field(
        default_factory=list,
        description="'50k phones at once', 'thousands of scanners hit it concurrently': after a count of clients, "
        "they come together, so a large count is high concurrency.",
    )
    all_at_once_schedules: list[Text] = Field(
        default_factory=list,
        description="'2000 applications every second month': calendar words that, right after an all_at_once cue, "
        "make it an ordinal ('every second week'), a schedule and no crowd.",
    )
    crowd_min: Annotated[int, Field(gt=0)] = 1000
    vague_amounts: dict[Text, Annotated[int, Field(gt=0)]] = Field(
        default_factory=dict,
        description="'a few hundred thousand users at once', 'a couple million requests a minute': a vague amount "
        "before a scale word (hundred, thousand, million), read as this many of that scale for crowds and rates.",
    )
    elapsed_cues: list[Text] = Field(
        default_factory=list,
        description="'hasnt been touched in a year': a negated perfect a few words before 'in'/'for' and a duration, "
        "so the duration is time gone by since something last happened, not the system's horizon.",
    )
    horizon_needs: list[Id] = Field(
        default_factory=list,
        description="'long-horizon': the needs a span of time names ('for years'); after an `elapsed_cues` or "
        "`ran_for_cues` cue ('weve run it for years') the span is time already spent, so the need is not read.",
    )
    ran_for_cues: list[Text] = Field(
        default_factory=list,
        description="'weve run litestar in prod for a year', 'has served us since 2 years': a perfect of running or "
        "using a few words before 'in'/'for'/'since' and a duration, so the duration is time already spent running "
        "it, not how long the system must live.",
    )
    past_after: list[Text] = Field(
        default_factory=list,
        description="'we picked django 10 years ago': right after a duration, words saying it is time already past, "
        "not how long the system must live.",
    )
    overrun_after: list[Text] = Field(
        default_factory=list,
        description="'we went 3 months over', 'already two weeks behind': right after a duration, words saying it is "
        "time a project overran, but only where the clause ends or an `overrun_ends` word follows ('5 years behind "
        "our vpn' is a lifetime said with a place).",
    )
    overrun_ends: list[Text] = Field(
        default_factory=list,
        description="'3 months over budget', 'two weeks behind schedule': right after an `overrun_after` word, words "
        "that keep it an overrun.",
    )
    budget_before: list[Text] = Field(
        default_factory=list,
        description="'we have 3 weeks', 'we've got two months': right before a duration, words saying it is the time "
        "there is to build, not how long the system must live.",
    )
    schedule_before: list[Text] = Field(
        default_factory=list,
        description="'timeline ~4 months', 'timeframe is six weeks': right before a duration, a schedule noun that "
        "may say the build's length or the system's life; below `long_horizon_min_years` it is the build's.",
    )
    schedule_after: list[Text] = Field(
        default_factory=list,
        description="'a 4-month timeline', 'release is 2 months out', 'launch is six weeks away': right after a "
        "duration, a schedule noun or a word of time still to go; below `long_horizon_min_years` it is the build's "
        "schedule, a delivery date, not how long the system lives.",
    )
    schedule_until: list[Text] = Field(
        default_factory=list,
        description="'3 weeks until the demo', 'two months till launch': right after a duration, time to go before "
        "a date, read as `schedule_after` unless a `point_lifespan` word is near it in its sentence ('it only has to "
        "live 2 months until the new system replaces it').",
    )
    still_kept_before: list[Text] = Field(
        default_factory=list,
        description="'whoever maintains it in 2031', 'still in use in 2032': right before 'in' and a year, words "
        "saying the system is still looked after or used then, so the year bounds its life ('launch in 2027' does "
        "not).",
    )
    task_length_before: list[Text] = Field(
        default_factory=list,
        description="'onboarding takes a month', 'the last upgrade took us two weeks': right before a duration, words "
        "saying it is how long a task takes, not how long the system must live.",
    )
    gone_by_before: list[Text] = Field(
        default_factory=list,
        description="'in the last two months', 'a team together about three years': right before a duration, words "
        "saying it is time gone by (a stretch just past, how long people have worked together), not the system's "
        "horizon.",
    )
    stretch_after: list[Text] = Field(
        default_factory=list,
        description="'a two-week comment period', 'a six-month runway': right after a duration, a stretch of process "
        "or funding it measures, not how long the system must live.",
    )
    budget_after: list[Text] = Field(
        default_factory=list,
        description="'3 weeks to ship', 'two months until launch': right after a duration, words saying it is the "
        "time there is to build, not how long the system must live.",
    )
    staffing_nouns: list[Text] = Field(
        default_factory=list,
        description="'one contractor, four months': builder nouns, besides the `people_nouns` that are not "
        "`audience_nouns`, that a duration may follow as the time those people are staffed on the build.",
    )
    staffing_links: list[Text] = Field(
        default_factory=list,
        description="'two engineers for six months', 'contractors over four months': between the builders and a "
        "duration (a comma does as well), words making it how long they are staffed on the build, which says "
        "nothing of a short life; a staffing long enough for a long horizon still reads as one.",
    )
    staffing_ends: list[Text] = Field(
        default_factory=list,
        description="'two devs for three months, then it gets archived': after a staffing duration, in its sentence, "
        "words saying the system itself ends then, so the staffing is its whole life after all.",
    )
    point_before: list[Text] = Field(
        default_factory=list,
        description="'after 8 months', 'within 18 months': right before a duration, words making it a point in time "
        "(when something happens) rather than a span; it is the system's life only with a `point_lifespan` or "
        "`staffing_ends` word in its sentence.",
    )
    point_lifespan: list[Text] = Field(
        default_factory=list,
        description="'it must still run after 5 years', 'replaced within 2 years': in the sentence of a point in time, "
        "words saying the system lives or ends then ('we hand it over after 8 months', 'reach 5k users within "
        "a year' have none: a handover or a growth date, not a lifespan).",
    )
    tenure_after: list[Text] = Field(
        default_factory=list,
        description="'10 years of experience', '8 years of flask': right after a duration, words saying it is how "
        "long someone has worked with a skill (a framework's name counts too), not the system's horizon.",
    )
    span_words: list[Text] = Field(
        default_factory=list,
        description="'2 devs for a year': between a count and 'a year', a word saying the count's things last that "
        "long; without one, '8 client sites a year' is a rate, not a horizon.",
    )
    low_rate_max_rps: Annotated[int, Field(gt=0)] = 50
    figure_links: list[Text] = Field(
        default_factory=list,
        description="'fastapi at 18k req/s', 'flask does 4k rps': words between a framework's name and a rate or "
        "latency that make it the framework's benchmark figure, not the asker's load (none between counts too).",
    )
    figure_ours: list[Text] = Field(
        default_factory=list,
        description="'our checkout runs flask at 6k req/s', 'we benchmarked our flask at 300 rps': a word right "
        "before the framework's name saying it is the asker's running system, so the rate is their own load.",
    )
    rate_growth: dict[
        Annotated[str, StringConstraints(pattern=r"^[a-z]+( [a-z]+)?$")], Annotated[float, Field(gt=1)]
    ] = Field(
        default_factory=dict,
        description="'~5 events/sec, peak season might triple that': a word saying how much a rate stated may "
        "grow, and by what factor; the rate is judged at its grown size.",
    )
    low_latency_max_ms: Annotated[int, Field(gt=0)] = 100
    long_horizon_min_years: Annotated[float, Field(gt=0)]
    short_horizon_max_years: Annotated[float, Field(gt=0)]
    large_team_min: Annotated[int, Field(gt=0)]
    small_team_max: Annotated[int, Field(gt=0)]
