"""The typed records every stage shares: the claimgraph/1 record and its parts.

Data flows one way (read → clean → annotate → extract → resolve → store → serve); each stage
takes and returns these records, so the shape of the data is defined once, here.
Spans are ``(start, end)`` character offsets, end exclusive, into ``Article.text``.
Unknown values are ``None``: never guessed.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA_ID = "claimgraph/1"

# The longest article text we annotate (spaCy's own default ``max_length``). A news story is rarely
# over 50,000 characters; longer texts are refused with a message rather than risking memory.
MAX_ARTICLE_CHARS = 1_000_000

Span = tuple[int, int]
EntityKind = Literal["person", "organization", "country", "place", "group", "other"]
ClaimKind = Literal["direct", "mixed", "indirect"]
SpeakerHow = Literal["explicit", "pronoun", "nominal", "continuation", "none"]


def text_id(text: str) -> str:
    """An article's id: the first 16 hex digits of the sha256 of its cleaned text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class Removed:
    """A piece of the input that cleaning took out of the text, and why."""

    text: str
    reason: str  # ui, caption, credit, promo, byline, whitespace, ...
    offset: int | None = None  # where it stood in the input text, when known


@dataclass
class Source:
    """One input article as a reader delivers it, before cleaning."""

    text: str
    origin: str  # file path (and line or record number) it came from, for messages
    title: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    id: str | None = None  # an id the input gave, kept as external_id
    html: str | None = None  # raw HTML, when the input was HTML


@dataclass
class Article:
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    language: str = "en"
    external_id: str | None = None
    origin: str | None = None
    removed: list[Removed] = field(default_factory=list)
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = text_id(self.text)


@dataclass
class Entity:
    id: str  # e1, e2, ... unique within the record
    name: str  # canonical name
    kind: EntityKind
    label: str  # the spaCy label it was found with (PERSON, ORG, GPE, LOC, NORP, ...)
    country: str | None = None  # ISO 3166-1 alpha-2 of the country it is or belongs to
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Speaker:
    text: str | None
    span: Span | None
    name: str | None
    entity: str | None
    how: SpeakerHow


@dataclass
class Cue:
    text: str
    span: Span
    lemma: str
    stance: str
    negated: bool = False


@dataclass
class TextSpan:
    text: str
    span: Span


@dataclass
class Stated:
    text: str
    span: Span
    value: str | None = None  # normalised TIMEX3 value, filled by the time stage


@dataclass
class Claim:
    id: str
    kind: ClaimKind
    speaker: Speaker
    cue: Cue | None
    content: TextSpan
    stated: Stated | None = None
    hedged: bool = False
    nested_in: str | None = None


@dataclass
class Time:
    text: str
    span: Span
    type: str  # DATE, TIME, DURATION, SET
    value: str | None
    start: str | None = None
    end: str | None = None
    anchor: str | None = None  # "published", or the id/text of another anchor, or None


@dataclass
class Quantity:
    text: str
    span: Span
    value: float | None
    unit: str | None = None
    value_max: float | None = None
    entity: str | None = None
    approximate: bool = False
    lower_bound: bool = False
    currency: str | None = None
    modality: str = "reported"


@dataclass
class Place:
    text: str
    span: Span
    name: str
    geonameid: int | None
    lat: float | None
    lon: float | None
    country: str | None
    feature: str | None
    entity: str | None = None


@dataclass
class Event:
    id: str
    action: str
    span: Span
    actor: str | None = None
    target: str | None = None
    time: str | None = None
    place: str | None = None
    claim: str | None = None


@dataclass
class Record:
    article: Article
    entities: list[Entity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The claimgraph/1 JSON object (spans as lists, unknowns as null)."""
        return {"schema": SCHEMA_ID, **_plain(self)}


def _plain(value: Any) -> Any:
    # dataclasses.asdict deep-copies every leaf; records hold only plain values, so a direct walk is
    # several times faster on the hot path of every analysed article.
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


@dataclass
class Problem:
    """Bad input: one clear line naming where (file, line) and what went wrong."""

    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"
