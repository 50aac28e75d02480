"""The Doc extensions claimgraph's components read and write."""

from spacy.tokens import Doc

EXTENSIONS = {
    "published": None,  # ISO date of publication (str) or None, set before the pipeline runs
    "author": None,  # the byline's name (str) or None, set before the pipeline runs
    "cg_entities": None,  # list[records.Entity], set by claimgraph_entities
    "claims": None,  # list[records.Claim], set by claimgraph_attributions
    "times": None,  # list[records.Time], set by claimgraph_times
    "quantities": None,  # list[records.Quantity], set by claimgraph_quantities
    "places": None,  # list[records.Place], set by claimgraph_places
    "events": None,  # list[records.Event]
}

for _name, _default in EXTENSIONS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)
