"""Resolve stage: recognise the same entity across articles.

An entity's key is its kind and its canonical name, case- and accent-folded, so "Ian Bremmer" in one
article and "Ian Bremmer" in another are one node of the graph across the store.
"""

from __future__ import annotations

import unicodedata


def fold(name: str) -> str:
    """Lower-case, accents removed, inner whitespace collapsed, curly apostrophes straightened."""
    decomposed = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.lower().split())


def entity_key(name: str, kind: str) -> str:
    """The cross-article identity of an entity: ``person:ian bremmer``."""
    return f"{kind}:{fold(name)}"
