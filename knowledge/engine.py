"""One object that holds a knowledge base and everything built from it."""

from __future__ import annotations

import functools
import gc

from knowledge import engine_cache
from knowledge.base import text
from knowledge.base.kb import KnowledgeBase
from knowledge.base.loader import default_knowledge_base
from knowledge.reading.answer_questions import AnswerQuestionReader
from knowledge.reading.index_cache import default_indexes
from knowledge.reading.intents import IntentDetector
from knowledge.reading.parser import RequirementParser
from knowledge.reading.phrases import PhraseIndex
from knowledge.reading.sentences import Questions
from knowledge.reasoning import precedents
from knowledge.reasoning.advice import Advice
from knowledge.reasoning.advisor import Advisor


class Engine:
    """Parser, advisor and intent detector over one knowledge base; build once, share freely."""

    def __init__(self, kb: KnowledgeBase, indexes: tuple[PhraseIndex, PhraseIndex] | None = None) -> None:
        """`indexes`: the parser's and the intents' phrase indexes, built already (index_cache.py)."""
        self.kb = kb
        wordings, cues = indexes if indexes is not None else (None, None)
        self.parser = RequirementParser(kb, wordings)
        self.advisor = Advisor(kb)
        self.intents = IntentDetector(kb, cues)
        self.answer_questions = AnswerQuestionReader(kb)
        self.questions = Questions(kb.vocabulary)  # a turn's own yes/no question ("is the old box still up?")
        self.precedents = precedents.load()  # the worked examples' second opinion (precedent_pick.py)
        # (held so the kept engine holds its compiled regex: read back, it serves the first message, text.py)
        self.rewriter = text.rewriter_of(kb.vocabulary.rewrites)

    def ask(self, text: str) -> Advice:
        """Parse and advise in one call: the one-shot path used by `/framework` and `ask`."""
        return self.advisor.advise(self.parser.parse(text))


@functools.cache
def default_engine() -> Engine:
    # Building makes hundreds of thousands of long-lived objects and no garbage cycles: the collector's passes
    # over them meanwhile are a tenth of a cold `ask`.
    # Read back whole when kept (engine_cache.py); else built from the kept knowledge base and indexes, and kept.
    collecting = gc.isenabled()  # (left off when the caller has it off: `ask` does, for its whole answer)
    gc.disable()
    try:
        kept = engine_cache.engine_path()
        engine = engine_cache.read(kept, Engine)
        if engine is None:
            kb = default_knowledge_base()
            engine = Engine(kb, default_indexes(kb))
            engine_cache.write(kept, engine)  # (as built: no message has filled its caches yet)
    finally:
        if collecting:
            gc.enable()
    # The knowledge base and its indexes live as long as the process: taking them out of the collector's
    # view keeps a full collection during a long paste from walking them (a p99 spike of several ms).
    gc.freeze()
    return engine
