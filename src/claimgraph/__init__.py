"""claimgraph: turn news articles into sourced, checkable records (claimgraph/1)."""

__version__ = "0.1.0"
