"""Send articles to a running `claimgraph serve` (``claimgraph ingest --server URL``).

DuckDB lets one process write a database; while the server holds it, this is how more articles
get in: each source is posted to ``POST /api/articles``, which analyses and stores it
(idempotently, like ``ingest --db``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from typing import Literal, NamedTuple

import httpx

from ..records import Problem, Source

TOKEN_ENV = "CLAIMGRAPH_TOKEN"
# The first article also waits for the server to load its spaCy pipeline.
TIMEOUT_S = 300.0
SENT_FIELDS = ("text", "title", "published", "url", "outlet", "author")


class ServerError(RuntimeError):
    """The server cannot take any article (unreachable, wrong token, read-only): stop sending."""


class Posted(NamedTuple):
    """What became of one input: ``added``, ``exists`` (already stored) or ``failed`` (message says why)."""

    origin: str
    status: Literal["added", "exists", "failed"]
    message: str | None = None  # the article id, or why it failed


def post_sources(
    url: str,
    token: str | None,
    items: Iterable[Source | Problem],
    raw: bool = False,
    *,
    client: httpx.Client | None = None,
) -> Iterator[Posted]:
    """Post each source to the server at ``url``; yields one ``Posted`` per item, in order.

    The token defaults to $CLAIMGRAPH_TOKEN. Raises ``ServerError`` when the server cannot be
    reached or refuses every article (wrong token, read-only); a bad article is ``failed``.
    ``client`` replaces the HTTP client (e.g. FastAPI's TestClient; ``url`` is then only for messages).
    """
    token = token or os.environ.get(TOKEN_ENV) or None
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    own = client is None
    client = client or httpx.Client(base_url=url.rstrip("/"), timeout=TIMEOUT_S)
    try:
        for item in items:
            if isinstance(item, Problem):
                yield Posted(item.origin, "failed", item.message)
            else:
                yield _post_one(client, url, headers, item, raw)
    finally:
        if own:
            client.close()


def _post_one(client: httpx.Client, url: str, headers: dict[str, str], source: Source, raw: bool) -> Posted:
    body = {k: v for k, v in asdict(source).items() if k in SENT_FIELDS and v is not None}
    body["raw"] = raw
    try:
        response = client.post("/api/articles", json=body, headers=headers)
    except httpx.TransportError as err:
        raise ServerError(f"cannot reach the claimgraph server at {url} ({err}); is `claimgraph serve` running?") from err
    if response.status_code in (200, 201):
        data = response.json()
        return Posted(source.origin, "added" if data["added"] else "exists", data["id"])
    detail = _detail(response)
    if response.status_code == 401:
        raise ServerError(f"{url} needs a token: pass --token T or set {TOKEN_ENV} ({detail})")
    if response.status_code in (403, 404, 405):
        raise ServerError(f"{url} refused to store articles: {detail}")
    return Posted(source.origin, "failed", f"server said {response.status_code}: {detail}")


def _detail(response: httpx.Response) -> str:
    try:
        detail = response.json().get("detail")
    except ValueError:
        detail = None
    return str(detail) if detail else response.reason_phrase
