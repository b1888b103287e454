"""The reader's cue vocabulary, as the knowledge base holds it (vocabulary.yaml); the lexicon's concepts are in
concepts.py, the follow-up intents and the opening question in intent_cues.py. The vocabulary's plain word lists are
grouped in mixins of their own modules (negation_words.py, role_words.py, filler_words.py, stance_words.py,
progress_words.py, count_words.py, turn_words.py); their fields read as the vocabulary's own."""

from pydantic import Field

from knowledge.base.activity_cues import ActivityCue
from knowledge.base.adequacy_cues import AdequacyCues
from knowledge.base.analogies import AnalogyFrames
from knowledge.base.answer_question_cues import AnswerQuestionCues
from knowledge.base.beginner_stake_cues import BeginnerStakeCues
from knowledge.base.count_words import CountWords
from knowledge.base.criteria import CriteriaCues
from knowledge.base.departure_cues import DepartureCues
from knowledge.base.dismissal_cues import DismissalCues
from knowledge.base.earlier_project_cues import EarlierProjectCues
from knowledge.base.entry import Text
from knowledge.base.filler_words import FillerWords
from knowledge.base.growth_hedge_cues import GrowthHedgeCues
from knowledge.base.held_crowd_words import HeldCrowdWords
from knowledge.base.intent_cues import Intent, OpeningQuestion
from knowledge.base.mandate_cues import MandateCues
from knowledge.base.move_cues import MoveCues
from knowledge.base.need_cues import NeedCues
from knowledge.base.negation_words import NegationWords
from knowledge.base.neighbour_cues import NeighbourCues
from knowledge.base.outside_calls import OutsideCallCues
from knowledge.base.phase_cues import PhaseCues
from knowledge.base.progress_words import ProgressWords
from knowledge.base.rank_cues import RankCues
from knowledge.base.role_cues import RoleCues
from knowledge.base.role_words import RoleWords
from knowledge.base.running_cues import RunningCues
from knowledge.base.scope_cues import ScopeCues
from knowledge.base.setting_cues import SettingCues
from knowledge.base.shared_records import SharedRecordCues
from knowledge.base.singled_out_cues import SingledOutCues
from knowledge.base.sizes import CodeSizeCues
from knowledge.base.splits import MonolithSplitCues, SpreadWording
from knowledge.base.staff_handling import StaffHandlingCues
from knowledge.base.stance_words import StanceWords
from knowledge.base.status_quo_cues import StatusQuoCues
from knowledge.base.superseded_cues import SupersededCues
from knowledge.base.thread_cues import ThreadCues
from knowledge.base.turn_words import TurnWords
from knowledge.base.workflow_nouns import WorkflowNounCues


# (bases listed last group first: pydantic puts a base-most class's fields first, so the fields, and the errors of
# a YAML mistake, stay in the order they were written in)
class Vocabulary(
    AnalogyFrames,
    ProgressWords,
    StanceWords,
    FillerWords,
    RoleWords,
    NegationWords,
    HeldCrowdWords,
    CountWords,
    TurnWords,
):
    """The parser's cue words: everything it matches that is not a requirement."""

    moves: MoveCues = Field(description="Words around one framework traded for another, or a move set as a task.")
    roles: RoleCues = Field(description="Words right around a framework's name that tell what runs or is known.")
    running: RunningCues = Field(
        description="Sentence shapes that say a framework already runs: its age, a past choice of it, a stack "
        "opening the message, a thing depending on it."
    )
    adequate: AdequacyCues = Field(description="A measured quality said to be good enough: no need for more of it.")
    answer_questions: AnswerQuestionCues = Field(
        description="In a thread, a follow-up asking how the answer fares ('does flask scale if we grow?'): no need."
    )
    scope: ScopeCues = Field(description="Words that end or keep a cue's reach, or say whose words it is.")
    needs: NeedCues = Field(description="Words that show a need's words name people or part of a name.")
    thread: ThreadCues = Field(description="Words that tell, in a thread, which earlier needs are taken back.")
    whole_words: list[Text] = Field(
        default_factory=list,
        description="Words the stemmer folds into a different word ('experience' and 'experiment' both 'experi'): "
        "read whole, so a phrase with one is never matched by the other.",
    )
    described_current: list[Text] = Field(
        default_factory=list,
        description="'large django project, …': size words that may open a clause before a framework and its "
        "thing's noun, which then still names what runs.",
    )
    code_size: CodeSizeCues | None = Field(
        None, description="'150k lines', '~80 models', '3 endpoints': counts of code units that say how big it is."
    )
    monolith_split: MonolithSplitCues | None = Field(
        None, description="'our node monolith is being broken up': a monolith cut into services, not a large app."
    )
    spread_wordings: list[SpreadWording] = Field(
        default_factory=list,
        description="'we sell laptops online', 'fold the services back into one app': a verb and its end a few "
        "words apart, read as a lexicon concept.",
    )
    outside_calls: OutsideCallCues | None = Field(
        None, description="'hits 8 airline apis': many outside systems each request calls, an I/O-heavy workload."
    )
    staff_handling: StaffHandlingCues | None = Field(
        None, description="'receptionists fix the appointments': non-developers handle records, an admin's work."
    )
    shared_records: SharedRecordCues | None = Field(
        None, description="'tenants file requests, contractors close them': several roles acting on shared records."
    )
    workflow_nouns: WorkflowNounCues | None = Field(
        None, description="'an approval step for refunds', 'who edited each record': back-office steps as nouns."
    )
    activities: list[ActivityCue] = Field(
        default_factory=list,
        description="'scores get pushed to browsers the moment they change': a need said by what is done with it.",
    )
    status_quo: StatusQuoCues | None = Field(
        None, description="'we have a homegrown admin': a feature a running app has, how things stand, not a need."
    )
    mandates: MandateCues | None = Field(
        None, description="'platform mandates fastapi', 'django only': a framework the organisation has fixed."
    )
    departed: DepartureCues | None = Field(
        None, description="'the guy who built it quit': the app's makers gone, a codebase hard to staff."
    )
    growth_hedges: GrowthHedgeCues | None = Field(
        None, description="'nobody wants to redo it if the pilot takes off': an MVP that must grow into the product."
    )
    beginner_stakes: BeginnerStakeCues | None = Field(
        None, description="'the devs are all juniors; members log in and pay': beginners with logins at stake."
    )
    superseded: SupersededCues | None = Field(
        None, description="'we thought we'd need websockets, but polling is fine': an earlier view overturned."
    )
    earlier_projects: EarlierProjectCues | None = Field(
        None, description="'last time we built a big admin app; this time an api': an earlier project's facts."
    )
    singled_out: SingledOutCues | None = Field(
        None, description="'we have an admin, but for the webhook receiver specifically: which?': one part asked."
    )
    dismissed: DismissalCues | None = Field(
        None, description="'our ci is slow, but that's a separate fight': context the message sets aside itself."
    )
    phases: PhaseCues | None = Field(
        None,
        description="'a prototype for now, but long-term a product': the lasting phase decides, the present leans.",
    )
    neighbours: NeighbourCues | None = Field(
        None,
        description="'the old erp is huge; we need a thin adapter beside it': the neighbour's size is not ours.",
    )
    setting: SettingCues | None = Field(
        None, description="'we're a saas company; I need a webhook receiver': the organisation's kind, background."
    )
    criteria: CriteriaCues | None = Field(
        None, description="'we'll weigh performance, ecosystem and hiring': criteria named, not their values."
    )
    ranks: RankCues | None = Field(
        None, description="'P0: … P1: …', 'must: … should: …': needs ranked; those below the top lean as wishes."
    )
    opening_question: OpeningQuestion | None = None
    intents: list[Intent]

    @property
    def explaining(self) -> frozenset[str]:
        """The intents that ask how frameworks differ, answered as a comparison with no pick of their own."""
        return frozenset(intent.id for intent in self.intents if intent.explains)

    @property
    def not_a_pick(self) -> frozenset[str]:
        """The intents that say the message asks no framework pick."""
        return frozenset(intent.id for intent in self.intents if intent.not_a_pick)

    @property
    def yields_to_moves(self) -> frozenset[str]:
        return frozenset(intent.id for intent in self.intents if intent.yields_to_moves)

    def corrections(self) -> list[str]:
        """The correction cues, and each apology followed by each denial ('sorry it isnt')."""
        made = (f"{apology} {denial}" for apology in self.correction_apologies for denial in self.correction_denials)
        return [*self.correction_cues, *made]

    def deciders(self) -> list[str]:
        """The decider cues, and each opening with 'is' also after a pointing contraction ('thats the priority'):
        people write 'that is' and 'that's' alike, and a list should not have to spell both."""
        shares = [f"is {share} {noun}" for share in self.decider_shares for noun in self.decider_share_nouns]
        return _with_is_forms([*self.decider_cues, *shares], self.roles.pronoun_is)

    def raisers(self) -> list[str]:
        """The raise cues with every form of 'is', as `deciders` ('thats the whole product', 'are everything')."""
        return _with_is_forms(self.raise_cues, self.roles.pronoun_is)

    def wishes(self) -> list[str]:
        """The wish cues, each opening with 'is' also after a pointing contraction and in the plural ('but thats
        secondary', 'the pages are a nice extra')."""
        return _with_is_forms(self.wish_cues, self.roles.pronoun_is)


def _with_is_forms(cues: list[str], pronoun_is: frozenset[str]) -> list[str]:
    """`cues`, and each opening with 'is' also after each pointing contraction ('thats the priority') and with
    'are' ('the pages are the priority'): a list should not have to spell every form of the verb."""
    opening = [cue.removeprefix("is ") for cue in cues if cue.startswith("is ")]
    made = [f"{start} {rest}" for rest in opening for start in (*sorted(pronoun_is), "are")]
    return [*cues, *dict.fromkeys(m for m in made if m not in cues)]
