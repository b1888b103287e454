"""Frameworks named inside a pasted piece of code or a project's address rather than in a sentence: a repository
slug ("acme/payments-fastapi"), a module path ("django.db.utils"), a source file ("fastapi/routing.py"). Only a
project that runs the framework has such names, so they say what runs, the way "manage.py" does. So does a
framework's own version moved or pinned ("bumped flask to 3.0.3", "flask 1.1 pinned")."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Mapping

# "acme/flask-inventory-portal", "github.com/acme/payments-fastapi": owner segments, then a name with a hyphen
# (the hyphen tells a repository's name from "flask/fastapi", two options)
_SLUG = re.compile(r"(?<![\w.-])(?:[a-z0-9_.-]+/)+([a-z0-9_.]*-[a-z0-9_.-]*[a-z0-9])(?![\w/-])")
# "django.db.utils", "fastapi.security.oauth2": a name and two or more dotted parts, as in an import or a traceback
_MODULE = re.compile(r"(?<![\w./-])([a-z]+)(?:\.[a-z_][a-z0-9_]*){2,}")
# "fastapi/routing.py", "starlette/middleware/errors.py": the framework's own source file in a traceback
_SOURCE = re.compile(r"(?<![\w.-])([a-z]+)/(?:[a-z_][a-z0-9_]*/)*[a-z_][a-z0-9_]*\.py\b")

# What _MODULE and a version moved need somewhere in the text: two dots between name parts, a dotted number
_DOTTED_NAME = re.compile(r"[a-z]\.[a-z_][a-z0-9_]*\.[a-z_]")
_DOTTED_NUMBER = re.compile(r"\d\.\d")


# "flask to 3.0.3", "django from 4.2.11": a name, a joiner (vocabulary.yaml roles.version_joiners), a dotted version
_VERSION_MOVED = r"(?<![\w./-])([a-z]+)\s+(?:{words})\s+v?\d+\.\d+"

# "flask 1.1 to 3.0", "django 3.2 -> 4.2": a name, a dotted version, a joiner (roles.upgrade_joiners), another
# version: the framework's own upgrade, so it is installed, with no "from" needed
_UPGRADE = r"(?<![\w./-])([a-z]+)\s+v?\d+(?:\.\d+)+\s*(?:{words})\s*v?\d+(?:\.\d+)*"

# "flask 1.1 pinned", "django 4.2.11 locked": a name, a dotted version, a word holding it (roles.version_pins)
_PINNED = r"(?<![\w./-])([a-z]+)\s+v?\d+(?:\.\d+)+\s+(?:{words})\b"


@functools.cache
def _with_words(template: str, words: frozenset[str]) -> re.Pattern[str]:
    """A template's `{words}` slot filled with the YAML words as alternatives (built once per word set)."""
    return re.compile(template.format(words="|".join(sorted(map(re.escape, words)))))


def named_in_code(
    norm: str,
    framework_by_name: Mapping[str, str],
    version_joiners: frozenset[str] = frozenset(),
    upgrade_joiners: frozenset[str] = frozenset(),
    version_pins: frozenset[str] = frozenset(),
) -> tuple[frozenset[str], set[tuple[str, str]]]:
    """The frameworks named in code, a repository's name or a version moved in the normalised text, and the
    hyphen-joined pairs of those repository names ("flask", "inventory"): a project's name, not one of the
    framework's packages."""
    if "/" not in norm and "." not in norm:
        return frozenset(), set()
    found: set[str] = set()
    slug_pairs: set[tuple[str, str]] = set()
    for slug in _SLUG.finditer(norm):
        parts = slug.group(1).split("-")
        for first, second in itertools.pairwise(parts):
            slug_pairs.add((first, second))
        found.update(fw for part in parts if (fw := framework_by_name.get(part)) is not None)
    # (each pattern tries every position of a paste: one that cannot match, lacking the marks it needs, is not run)
    patterns = [_MODULE] if _DOTTED_NAME.search(norm) else []
    patterns += [_SOURCE] if ".py" in norm else []
    if _DOTTED_NUMBER.search(norm):
        versioned = ((_VERSION_MOVED, version_joiners), (_UPGRADE, upgrade_joiners), (_PINNED, version_pins))
        patterns += [_with_words(template, words) for template, words in versioned if words]
    for pattern in patterns:
        found.update(fw for m in pattern.finditer(norm) if (fw := framework_by_name.get(m.group(1))) is not None)
    return frozenset(found), slug_pairs
