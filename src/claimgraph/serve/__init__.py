"""Serve stage: a FastAPI app (JSON under /api/, the web page at /) over the DuckDB store, and the
client that sends articles to a running server (``claimgraph ingest --server URL``)."""

from .app import MAX_BODY_BYTES, RefusedToStart, create_app, run
from .client import Posted, ServerError, post_sources

__all__ = ["MAX_BODY_BYTES", "Posted", "RefusedToStart", "ServerError", "create_app", "post_sources", "run"]
