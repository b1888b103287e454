"""What every knowledge-base entry shares: its id and text types, and a strict base model."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

Id = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9-]*$", max_length=60)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Entry(BaseModel):
    """Base of every YAML entry: unknown keys are typos, so they are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)
