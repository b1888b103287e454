"""A bounded LRU of first answers: the same question from the same person builds the same messages.

Parsing, advising, the reply and its Block Kit are pure functions of (text, question, user), so a repeat
costs a dictionary lookup. Entries are shared: nobody may mutate a cached state or message (posting
copies what it changes). Follow-ups are not cached: they depend on the stored conversation.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot.ops import metrics
from knowledge.reasoning.advice import Advice
from knowledge.reasoning.thread_state import ConversationState

Message = dict[str, Any]


@dataclass(frozen=True)
class FirstAnswer:
    state: ConversationState
    clarification: str | None  # set when nothing was understood: ask, don't answer
    parent: Message
    thread: list[Message]
    advice: Advice | None = None  # for the decision log entry (kept fresh: only the building is cached)


class AnswerCache:
    def __init__(self, size: int = 512) -> None:
        self.size = size
        self._entries: OrderedDict[tuple[str, str, str | None], FirstAnswer] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: tuple[str, str, str | None], build: Callable[[], FirstAnswer]) -> FirstAnswer:
        found = self._entries.get(key)
        if found is not None:
            self._entries.move_to_end(key)
            metrics.ANSWER_CACHE.labels("hit").inc()
            return found
        metrics.ANSWER_CACHE.labels("miss").inc()
        answer = build()
        if self.size > 0:
            self._entries[key] = answer
            if len(self._entries) > self.size:
                self._entries.popitem(last=False)
        return answer
