"""Clean stage: keep the story, drop the leftovers, and record every removal with its reason."""

from .boilerplate import clean_source, clean_text

__all__ = ["clean_source", "clean_text"]
