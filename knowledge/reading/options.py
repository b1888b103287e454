"""The frameworks a message offers as the options weighed ("plain flask, or quart?", "options considered: django,
flask"): names side by side, joined by an option word or led in by a choosing word."""

from __future__ import annotations

from collections.abc import Mapping
from itertools import compress

from knowledge.base.role_cues import RoleCues
from knowledge.base.text import words
from knowledge.reading.sentences import split_sentences

_GAP = 3  # "flask, or maybe just quart": a few joining words between two options
_LEAD = 4  # "options considered: django, flask": a choosing word this close before the first name


def offered(norm: str, names: Mapping[str, str], cues: RoleCues) -> tuple[str, ...]:
    """The frameworks named side by side as a choice, in order; () when no sentence offers two or more. `names` is
    `name_forms` of the names."""
    found: dict[str, None] = {}
    joining = cues.option_joiners | cues.option_fillers
    for sentence in split_sentences(norm):
        said = words(sentence)
        run: list[int] = []  # positions of the names in the run being read
        joined = False
        for i in compress(range(len(said)), map(names.get, said)):  # (the few names found in C)
            if run and i - run[-1] - 1 <= _GAP and set(said[run[-1] + 1 : i]) <= joining:
                joined = joined or not cues.option_joiners.isdisjoint(said[run[-1] + 1 : i])
                run.append(i)
                continue
            _keep(found, said, run, joined, names=names, cues=cues)
            run, joined = [i], False
        _keep(found, said, run, joined, names=names, cues=cues)
    return tuple(found)


def name_forms(by_name: Mapping[str, str]) -> dict[str, str]:
    """Each framework name, and its possessive ("flask's own async views" reads "flasks"), to the framework it
    names; a name spelled as another's possessive is that name."""
    return {**{name + "s": fw for name, fw in by_name.items()}, **by_name}


def _keep(
    found: dict[str, None], said: list[str], run: list[int], joined: bool, *, names: Mapping[str, str], cues: RoleCues
) -> None:
    """Keep a run of two or more names joined by an option word ("or", "vs") or led in by a choosing word."""
    names_run = list(dict.fromkeys(fw for i in run if (fw := names.get(said[i]))))
    if len(names_run) < 2:
        return
    led_in = bool(run) and not cues.choosing.isdisjoint(said[max(0, run[0] - _LEAD) : run[0]])
    if joined or led_in:
        found.update(dict.fromkeys(names_run))
