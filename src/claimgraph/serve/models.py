"""The shapes of the API's requests and responses, for validation and the OpenAPI docs at /docs.

List endpoints build their JSON straight from DuckDB rows (validating thousands of rows through
pydantic on every request would cost more than the query), so these response models document the
shape without being applied to it.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

MAX_PAGE = 200  # the most items one page of any list holds

ClaimKindParam = Literal["direct", "mixed", "indirect"]
EntityKindParam = Literal["person", "organization", "country", "place", "group", "other"]
ClaimSort = Literal["newest", "oldest", "article"]


class Page(BaseModel):
    total: int = Field(description="How many items match, over all pages.")
    offset: int
    limit: int
    items: list[dict[str, Any]]


class ArticleRow(BaseModel):
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    author: str | None
    snippet: str
    n_claims: int


class ClaimRow(BaseModel):
    article_id: str
    id: str
    kind: str
    speaker_text: str | None
    speaker_name: str | None
    speaker_key: str | None = Field(description="The speaker's cross-article entity key, e.g. 'person:ian bremmer'.")
    speaker_how: str | None
    cue_text: str | None
    cue_lemma: str | None
    stance: str | None
    negated: bool
    hedged: bool
    content_text: str
    stated_text: str | None
    stated_value: str | None
    date: str | None = Field(description="The statement date when known, else the publication date.")
    date_is_stated: bool
    published: str | None
    nested_in: str | None
    title: str | None
    outlet: str | None
    url: str | None


class EntityRow(BaseModel):
    key: str = Field(description="Cross-article identity: kind and folded name, e.g. 'person:ian bremmer'.")
    name: str
    kind: str
    n_articles: int
    n_mentions: int
    n_said: int = Field(description="Claims it made.")
    n_about: int = Field(description="Claims whose content mentions it.")


class ArticlePage(Page):
    items: list[ArticleRow]


class ClaimPage(Page):
    items: list[ClaimRow]


class EntityList(Page):
    items: list[EntityRow]


class EntityPage(BaseModel):
    entity: EntityRow
    said: ClaimPage = Field(description="Claims it made, oldest first.")
    about: ClaimPage = Field(description="Claims whose content mentions it, oldest first.")


class AnalyzeRequest(BaseModel):
    """One article: its plain text or its HTML (or, as multipart/form-data, a `file`)."""

    text: str | None = None
    html: str | None = None
    title: str | None = None
    published: str | None = Field(None, description="Publication date, YYYY-MM-DD.")
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    raw: bool = Field(False, description="Keep the text exactly as given (no cleaning).")


class Stored(BaseModel):
    id: str
    added: bool = Field(description="False when an article with the same cleaned text was already stored.")
    record: dict[str, Any]


class Stats(BaseModel):
    counts: dict[str, int]
    published: dict[str, str | None]
    outlets: list[dict[str, Any]]
    stances: list[dict[str, Any]]
    read_only: bool
    max_body_bytes: int
    max_page: int
