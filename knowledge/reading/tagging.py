"""The phrase index a message is read against: every need's, concept's, framework's, library's and cue's
wording, each tagged with what it names."""

from __future__ import annotations

from knowledge.base.analogies import framed
from knowledge.base.kb import KnowledgeBase
from knowledge.base.text import phrase_words_many
from knowledge.reading.libraries import LIBRARY, library_tags
from knowledge.reading.phrases import PhraseIndex

# the ranking cues a stressing word may sit inside ("is honestly the priority")
_RANKING_KINDS = frozenset({"priority", "decider", "raise", "outranks", "outranked"})
# the cues a filler may sit inside: what the team knows, runs or moves to, and a ban said after the framework
# ("fastapi has also been prohibited"), and a wish ("would also be cool", "would really be nice")
_CUE_KINDS = frozenset({"knows", "current", "target", "exclude_after", "wish"})

Tagged = list[tuple[tuple[str, ...], str, str]]  # (a phrase's words, the kind it names, the id or cue named)


def build_index(kb: KnowledgeBase) -> PhraseIndex:
    """One index over the knowledge base's wordings; built once per knowledge base."""
    vocab = kb.vocabulary

    def said(phrases: list[str]) -> list[str]:
        """The wordings and, for one ending on a noun said other ways ('recipe site'), those ways too."""
        return phrases + [
            f"{head} {other}"
            for phrase in phrases
            if " " in phrase
            for head, _, noun in [phrase.rpartition(" ")]
            for other in vocab.same_nouns.get(noun, ())
        ]

    tagged: list[tuple[str, str, str]] = []  # (a phrase as written, kind, value): read into words in one batch below
    for req in kb.requirements.values():
        tagged += [(p, "requirement", req.id) for p in said(req.phrases)]
        tagged += [(p, "requirement", req.id) for p in req.state_of.wordings()] if req.state_of else []
        tagged += [(p, "weak", req.id) for p in req.weak]
        tagged += [(p, "modest", req.id) for p in req.modest]
    for concept in kb.concepts.values():
        tagged += [(t, "concept", concept.id) for t in said(concept.terms)]
        if concept.analogies is not None:  # "a mini-etsy for potters": a product named as what it is like
            tagged += [(t, "concept", concept.id) for t in framed(vocab.analogy_frames, concept.analogies.products)]
    for fw in kb.frameworks.values():
        tagged += [(a, "framework", fw.id) for a in (fw.id, fw.name, *fw.aliases)]
    for fw_id, signs in vocab.run_signs.items():  # "manage.py runserver": the framework, and that it runs
        tagged += [(sign, kind, fw_id) for sign in signs for kind in ("framework", "run_sign")]
    libraries_at = len(tagged)  # the libraries' tags, read already, go here: a phrase's tags keep their order
    for key, name in vocab.unknown_frameworks.items():
        tagged.append((key, "unknown", name))
    for key, name in vocab.outside_python.items():
        tagged.append((key, "outside", name))
    cue_lists = {
        "negate": [*vocab.negation_before, *vocab.refusals()],
        "negate_after": vocab.negations_after(),
        "exclude": vocab.contracted(vocab.exclusion_before),
        "exclude_after": vocab.exclusions_after(),
        "exclude_next": vocab.exclusion_next,
        "exclude_back": vocab.exclusion_back,
        "current": vocab.current_before,
        "current_after": vocab.current_after,
        "target": vocab.target_before,
        "progress": vocab.progress_cues,
        "progress_after": vocab.progress_after,
        "retire_after": vocab.retire_after,
        "retire": vocab.retire_before,
        "advice": vocab.advice_cues,
        "target_after": vocab.target_after,
        "proposal": vocab.proposal_cues,
        "artifact": vocab.current_artifacts,
        "knows": vocab.knowledge_before + vocab.skill_before,
        "knows_after": vocab.knowledge_after + vocab.skill_after,
        "workplace": vocab.workplace_after,
        "skill": vocab.skill_before,
        "skill_lacking": vocab.skill_lacking_before,
        "skill_after": vocab.skill_after,
        "break": vocab.clause_breaks,
        "wish": vocab.wishes(),
        "priority": vocab.priority_cues,
        "minor": vocab.minor_cues,
        "side": vocab.side_cues,
        "elsewhere": vocab.elsewhere_cues,  # these three: a part another tool serves (served_elsewhere.py)
        "elsewhere_weak": vocab.elsewhere_weak,
        "elsewhere_active": vocab.elsewhere_active,
        "partial": vocab.partial_cues,
        "outranks": vocab.outranks_cues,
        "decider": vocab.deciders(),
        "raise": vocab.raisers(),
        "outranked": vocab.outranked_cues,
        "averse": vocab.aversion_cues,
        "hearsay": vocab.hearsay_cues,
        "deny": vocab.denial_cues,
        "deny_after": vocab.denial_after,
        "refused_lack": vocab.refused_lacks,
        "affirm": vocab.affirmation_cues,
        "org_scope": vocab.org_scope_cues,
        "objection_ask": vocab.objection_asks,  # covers its "not": read as no cue (cue_reading.read_cue)
    }
    for kind, cues in cue_lists.items():
        tagged += [(cue, kind, cue) for cue in cues]
    fillers = dict.fromkeys(vocab.cue_fillers, _CUE_KINDS)
    for word in vocab.verdict_fillers:
        fillers[word] = fillers.get(word, frozenset()) | {"requirement"}
    for word in vocab.ranking_fillers:
        fillers[word] = fillers.get(word, frozenset()) | _RANKING_KINDS
    for word in (*vocab.describing_fillers, *vocab.modal_fillers):
        fillers[word] = fillers.get(word, frozenset()) | {"concept"}
    read = phrase_words_many([phrase for phrase, _, _ in tagged], vocab.rewrites)
    phrases: Tagged = [(said, kind, value) for said, (_, kind, value) in zip(read, tagged, strict=True)]
    phrases[libraries_at:libraries_at] = library_tags(kb)
    return PhraseIndex(
        phrases,
        protected=vocab.common_words,
        shorthand=vocab.shorthand,
        named_shorthand=vocab.named_shorthand,
        name_nouns=vocab.named_shorthand_nouns,
        name_breaks=vocab.thread.determiners,
        exact_kinds=frozenset({LIBRARY}),
        whole=vocab.whole_words,
        fillers=fillers,
    )
