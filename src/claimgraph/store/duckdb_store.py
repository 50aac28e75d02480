"""The DuckDB store: one row per article, entity, mention, claim, time, quantity, place and event.

The whole claimgraph/1 record is kept as JSON beside the article (so a stored article can be served
back exactly), and its parts are flattened into tables for querying across articles. Re-adding an
article with the same id (the hash of its cleaned text) changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import duckdb

from ..records import Record
from ..resolve import entity_key

SCHEMA_VERSION = 1
DEFAULT_DB = "claimgraph.duckdb"

TABLES = ("articles", "entities", "mentions", "claims", "times", "quantities", "places", "events")

DDL = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, title VARCHAR, published DATE, url VARCHAR, outlet VARCHAR,
    author VARCHAR, external_id VARCHAR, origin VARCHAR, language VARCHAR, text VARCHAR,
    removed JSON, record JSON, ingested_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS entities (
    article_id VARCHAR, id VARCHAR, key VARCHAR, name VARCHAR, kind VARCHAR, label VARCHAR,
    country VARCHAR, n_mentions INTEGER, PRIMARY KEY (article_id, id));
CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR, entity_id VARCHAR, start_char INTEGER, end_char INTEGER, text VARCHAR);
CREATE TABLE IF NOT EXISTS claims (
    article_id VARCHAR, id VARCHAR, kind VARCHAR,
    speaker_text VARCHAR, speaker_start INTEGER, speaker_end INTEGER, speaker_name VARCHAR,
    speaker_entity VARCHAR, speaker_key VARCHAR, speaker_how VARCHAR,
    cue_text VARCHAR, cue_start INTEGER, cue_end INTEGER, cue_lemma VARCHAR, stance VARCHAR,
    negated BOOLEAN, content_text VARCHAR, content_start INTEGER, content_end INTEGER,
    stated_text VARCHAR, stated_value VARCHAR, stated_date DATE, published DATE,
    hedged BOOLEAN, nested_in VARCHAR, PRIMARY KEY (article_id, id));
CREATE TABLE IF NOT EXISTS times (
    article_id VARCHAR, text VARCHAR, start_char INTEGER, end_char INTEGER, type VARCHAR,
    value VARCHAR, start_date DATE, end_date DATE, anchor VARCHAR);
CREATE TABLE IF NOT EXISTS quantities (
    article_id VARCHAR, text VARCHAR, start_char INTEGER, end_char INTEGER, value DOUBLE,
    value_max DOUBLE, unit VARCHAR, entity_id VARCHAR, approximate BOOLEAN, lower_bound BOOLEAN,
    currency VARCHAR, modality VARCHAR);
CREATE TABLE IF NOT EXISTS places (
    article_id VARCHAR, text VARCHAR, start_char INTEGER, end_char INTEGER, name VARCHAR,
    geonameid BIGINT, lat DOUBLE, lon DOUBLE, country VARCHAR, feature VARCHAR, entity_id VARCHAR);
CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR, id VARCHAR, action VARCHAR, start_char INTEGER, end_char INTEGER,
    actor VARCHAR, target VARCHAR, time VARCHAR, place VARCHAR, claim VARCHAR);
CREATE INDEX IF NOT EXISTS claims_speaker ON claims (speaker_key);
CREATE INDEX IF NOT EXISTS entities_key ON entities (key);
"""


class StoreLocked(RuntimeError):
    """Another process holds the database for writing."""


class StoreVersionError(RuntimeError):
    pass


def connect(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the database, turning DuckDB's lock error into one that names the fix."""
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as err:
        if "lock" in str(err).lower():
            raise StoreLocked(
                f"{path} is in use by another process (is `claimgraph serve` running on it?). "
                f"Stop that process, or send the articles to the running server with "
                f"`claimgraph ingest --server http://HOST:PORT`."
            ) from err
        raise


class Store:
    """A claimgraph DuckDB database. Use as a context manager or call ``close()``."""

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False) -> None:
        self.path = str(path)
        self.read_only = read_only
        if read_only and not Path(self.path).exists():
            raise FileNotFoundError(f"{self.path}: no such database")
        self.con = connect(self.path, read_only=read_only)
        if not read_only:
            self._create()
        self._check_version()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def _create(self) -> None:
        self.con.execute(DDL)
        self.con.execute(
            "INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT DO NOTHING", [str(SCHEMA_VERSION)]
        )

    def _check_version(self) -> None:
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is None or int(row[0]) != SCHEMA_VERSION:
            found = row[0] if row else "none"
            raise StoreVersionError(
                f"{self.path} has store schema version {found}; this claimgraph uses {SCHEMA_VERSION}"
            )

    def has_article(self, article_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is not None

    def add(self, record: Record | dict[str, Any]) -> bool:
        """Store one record; False (and no change) when an article with that id is already stored."""
        data = record.to_dict() if isinstance(record, Record) else record
        article_id = data["article"]["id"]
        if self.has_article(article_id):
            return False
        self.con.execute("BEGIN TRANSACTION")
        try:
            for table, rows in flatten(data).items():
                if rows:
                    marks = ", ".join("?" * len(rows[0]))
                    self.con.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        return True

    def add_many(self, records: Iterable[Record | dict[str, Any]]) -> tuple[int, int]:
        """Store records; returns (added, already stored)."""
        added = skipped = 0
        for record in records:
            if self.add(record):
                added += 1
            else:
                skipped += 1
        return added, skipped

    def stats(self) -> dict[str, int]:
        """Row counts per table."""
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}

    def record(self, article_id: str) -> dict[str, Any] | None:
        """The stored claimgraph/1 record of an article."""
        row = self.con.execute("SELECT record FROM articles WHERE id = ?", [article_id]).fetchone()
        return json.loads(row[0]) if row else None


def _date_or_none(value: str | None) -> str | None:
    """A TIMEX3 value that is a full day ('2024-10-21') as a DATE, else None."""
    if value and len(value) == 10 and value[4] == "-" and value[7] == "-" and value[:4].isdigit():
        return value
    return None


def flatten(data: dict[str, Any]) -> dict[str, list[tuple]]:
    """The rows of each table for one claimgraph/1 record."""
    art = data["article"]
    aid = art["id"]
    entities = {e["id"]: e for e in data.get("entities", [])}
    rows: dict[str, list[tuple]] = {t: [] for t in TABLES}
    rows["articles"].append((
        aid, art.get("title"), _date_or_none(art.get("published")), art.get("url"), art.get("outlet"),
        art.get("author"), art.get("external_id"), art.get("origin"), art.get("language"), art["text"],
        json.dumps(art.get("removed", [])), json.dumps(data), datetime.now(timezone.utc).replace(tzinfo=None),
    ))
    text = art["text"]
    for e in data.get("entities", []):
        rows["entities"].append((
            aid, e["id"], entity_key(e["name"], e["kind"]), e["name"], e["kind"], e.get("label"),
            e.get("country"), len(e.get("mentions", [])),
        ))
        for start, end in e.get("mentions", []):
            rows["mentions"].append((aid, e["id"], start, end, text[start:end]))
    for c in data.get("claims", []):
        sp, cue, content, stated = c["speaker"], c.get("cue") or {}, c["content"], c.get("stated") or {}
        sp_span = sp.get("span") or [None, None]
        cue_span = cue.get("span") or [None, None]
        ent = entities.get(sp.get("entity") or "")
        key = entity_key(ent["name"], ent["kind"]) if ent else None
        rows["claims"].append((
            aid, c["id"], c["kind"], sp.get("text"), sp_span[0], sp_span[1], sp.get("name"),
            sp.get("entity"), key, sp.get("how"), cue.get("text"), cue_span[0], cue_span[1],
            cue.get("lemma"), cue.get("stance"), bool(cue.get("negated", False)), content["text"],
            content["span"][0], content["span"][1], stated.get("text"), stated.get("value"),
            _date_or_none(stated.get("value")), _date_or_none(art.get("published")),
            bool(c.get("hedged", False)), c.get("nested_in"),
        ))
    for t in data.get("times", []):
        rows["times"].append((
            aid, t["text"], t["span"][0], t["span"][1], t.get("type"), t.get("value"),
            _date_or_none(t.get("start")), _date_or_none(t.get("end")), t.get("anchor"),
        ))
    for q in data.get("quantities", []):
        rows["quantities"].append((
            aid, q["text"], q["span"][0], q["span"][1], q.get("value"), q.get("value_max"), q.get("unit"),
            q.get("entity"), bool(q.get("approximate")), bool(q.get("lower_bound")), q.get("currency"),
            q.get("modality"),
        ))
    for p in data.get("places", []):
        rows["places"].append((
            aid, p["text"], p["span"][0], p["span"][1], p.get("name"), p.get("geonameid"), p.get("lat"),
            p.get("lon"), p.get("country"), p.get("feature"), p.get("entity"),
        ))
    for ev in data.get("events", []):
        span = ev.get("span") or [None, None]
        rows["events"].append((
            aid, ev["id"], ev.get("action"), span[0], span[1], ev.get("actor"), ev.get("target"),
            ev.get("time"), ev.get("place"), ev.get("claim"),
        ))
    return rows
