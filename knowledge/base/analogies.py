"""Product analogies: a well-known product named as what is built is like ("a mini-etsy for potters", "substack,
but for our memos") says the kind of product, and so its needs. Named bare, the product is the product itself (a
shop kept on shopify), so its names are read only inside a likeness frame (vocabulary.yaml `analogy_frames`)."""

from typing import Annotated

from pydantic import Field, field_validator

from knowledge.base.entry import Entry, Sources, Text

PRODUCT = "{product}"  # where a frame puts the product's name


class ProductAnalogy(Entry):
    """The well-known products a lexicon concept is the kind of, with the seed saying what that kind needs."""

    products: Annotated[list[Text], Field(min_length=1)] = Field(
        description="Product names as people write them ('etsy', 'airbnb'); each is read in every analogy frame."
    )
    sources: Sources


class AnalogyFrames(Entry):
    """The likeness frames a product name is read in ('mini {product}', 'like {product}', '{product} but for')."""

    analogy_frames: list[Text] = Field(
        default_factory=list,
        description="Each holds '{product}' once: 'mini {product}', '{product} clone', 'the {product} of'.",
    )

    analogy_features: list[Text] = Field(
        default_factory=list,
        description="Feature nouns ('map', 'calendar') that, right after '{product} style', make the likeness the "
        "feature's look, not the product's kind.",
    )

    @field_validator("analogy_frames")
    @classmethod
    def _one_slot(cls, frames: list[Text]) -> list[Text]:
        bad = [frame for frame in frames if frame.count(PRODUCT) != 1]
        if bad:
            raise ValueError(f"analogy_frames: each frame needs '{PRODUCT}' exactly once, not {bad}")
        return frames


def framed(frames: list[str], products: list[str]) -> list[str]:
    """Every product said in every frame."""
    return [frame.replace(PRODUCT, product) for product in products for frame in frames]
