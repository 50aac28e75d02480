"""The claimgraph/1 JSON Schema, shipped in the package."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

SCHEMA_FILE = "claimgraph-1.schema.json"


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    return json.loads(resources.files(__name__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8"))


def validate(record: dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError when a record does not follow claimgraph/1."""
    import jsonschema

    jsonschema.validate(record, load_schema(), cls=jsonschema.Draft202012Validator)
