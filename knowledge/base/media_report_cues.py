"""vocabulary.yaml `needs.media_reports`: a piece someone read or watched, whose words name no need of the system
asked about."""

from pydantic import Field

from knowledge.base.entry import Entry
from knowledge.base.words import Word, WordRun


class MediaReportCues(Entry):
    """'i've read 20 comparison articles', 'just watched a pycon talk about how a fintech moved to fastapi': a
    piece someone read or watched, and what it is about, is what others wrote or did, not the system's needs."""

    readers: frozenset[Word] = Field(
        description="A word right before the verb that makes someone the reader ('i', 'weve', 'just', 'manager'); "
        "the verb may also open the clause. Left out: those the system serves ('users read articles' is a need)."
    )
    verbs: frozenset[WordRun] = Field(description="'read', 'watched', 'listened to': taking in a piece.")
    pieces: frozenset[Word] = Field(description="'talk', 'article', 'thread': the piece taken in.")
    reach: int = Field(3, ge=0, description="Words at most between the verb and the piece ('watched a pycon talk').")
    sayings: frozenset[Word] = Field(
        frozenset(),
        description="'a blog post says litestar is faster', 'one article claims …': right after the piece, a verb of "
        "saying; the piece is a source quoted, with no reader's verb needed.",
    )
    attributions: frozenset[WordRun] = Field(
        frozenset(),
        description="'per a medium article', 'according to a blog post': right before the piece (an article or a "
        "name or two between), the piece is a source quoted.",
    )
    ends: frozenset[Word] = Field(
        description="After the piece, a word turning to the asker's own system ('but', 'we', 'our'): the needs "
        "after it are the asker's again."
    )
