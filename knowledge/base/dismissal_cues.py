"""vocabulary.yaml `dismissed`: a clause the message itself sets aside as another matter ("our ci is slow, but
that's a separate fight", "the mobile sdk comes later, not our concern now", "…, but another team owns that").
Context said and then dismissed describes nothing of the system asked about."""

from typing import Annotated

from pydantic import Field

from knowledge.base.entry import Entry
from knowledge.base.words import Word, WordRun


class DismissalCues(Entry):
    """The words that close a clause as none of this question's business."""

    matters: Annotated[
        frozenset[WordRun],
        Field(
            min_length=1,
            description="'a separate fight', 'not our concern', 'its own saga': a dismissal after a subject "
            "('that's', 'which is', 'X is') or alone right after a clause mark.",
        ),
    ]
    weak_matters: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'a different story', 'another problem': a dismissal only after a contrast and a pointer "
        "('but that's a different problem'); alone they also say 'harder' ('the admin is a different story').",
    )
    denials: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'not our concern', 'out of scope': a dismissal only after a pointer ('that's') or alone after a "
        "clause mark; 'SSO is out of scope' is left to the negation reading, which keeps the need as refused.",
    )
    owners: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'another team owns that': the clause before belongs to someone else, no subject needed.",
    )
    subjects: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'that's', 'which is', 'is': right before a matter, what it dismisses.",
    )
    pointers: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'that', 'which', 'it': a subject pointing back at the clause before rather than naming a thing.",
    )
    contrasts: frozenset[Word] = Field(
        default_factory=frozenset, description="'but', 'though': before a weak matter's subject, it dismisses."
    )
    handled_elsewhere: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'handled', 'owned': after a dismissal, a participle saying where the matter lives ('a separate "
        "issue handled in the old django app'); its words to the clause's end belong to the dismissal.",
    )
    fillers: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'now', 'for now', 'btw': words that may follow a dismissal before its clause ends.",
    )
