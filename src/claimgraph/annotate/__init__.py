"""Annotation stage: one spaCy pipeline run, with claimgraph's extractors as spaCy components."""

from .pipeline import DEFAULT_MODEL, STAGES, annotate, load_pipeline

__all__ = ["DEFAULT_MODEL", "STAGES", "annotate", "load_pipeline"]
