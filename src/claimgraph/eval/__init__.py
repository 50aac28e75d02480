"""Evaluation: score claimgraph against annotated corpora read from a path the user gives.

Each module has a ``run(...) -> int`` behind a ``claimgraph eval ...`` command; ``common`` holds the
span matching and scoring they share.
"""
