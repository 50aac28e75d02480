"""Extraction stage: claimgraph's spaCy components. Importing this package registers them."""

from . import extensions  # noqa: F401  (Doc extensions first)
from . import attributions, entities, places, quantities, times  # noqa: F401
