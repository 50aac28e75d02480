"""Read queries over the store for `claimgraph serve`, and the derived tables that make them fast.

Why derived tables: DuckDB scans columns fast but fetches scattered rows slowly (each row's value
is cut out of a compressed vector of 2,048), so listing 50 claims out of a million straight from
``claims`` takes hundreds of milliseconds. The serving tables here are built for the two steps of a
page instead: (1) find the page's row numbers (``seq``) from narrow, clustered columns, then
(2) fetch each row's ready-made JSON through an ART index on ``seq`` (a point lookup).

- ``cg_claims``: one row per claim (narrow filter and sort columns, and ``row_json``, the API's item),
  clustered by speaker so one speaker's claims are contiguous.
- ``cg_claim_mentions``: which entity keys each claim's content mentions ("said about X"), by key.
- ``cg_articles``: one row per article (published, outlet, ``row_json``).
- ``cg_claim_terms`` / ``cg_article_terms``: the full-text index. DuckDB's ``fts`` extension would
  download itself at first use (nothing may download at run time) and must be rebuilt after every
  insert, so this is a plain inverted index built in SQL: terms are lower-cased, accent-stripped runs
  of letters and digits; a query matches documents holding all its terms, ranked BM25-style (idf ×
  saturated term frequency, without length normalisation).
- ``cg_entity_index``: one row per cross-article entity with its counts.

``SearchIndex.sync()`` adds every article that is not indexed yet, so the tables catch up with
articles ingested while no server ran (DuckDB has one writer: while the server runs, it is the only
one adding articles). All of them can be rebuilt from the store's own tables at any time.
"""

from __future__ import annotations

import json
import logging
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from ..resolve import entity_key, fold

log = logging.getLogger(__name__)

INDEX_VERSION = "3"
# Anything that is not a letter or a digit separates terms; the same SQL tokenises the indexed text
# and the query, so the two always agree.
TERM_SPLIT = r"[^\p{L}\p{N}]+"
MAX_TERM_CHARS = 40
MAX_QUERY_TERMS = 12
INDEX_TABLES = (
    "cg_meta", "cg_indexed", "cg_claims", "cg_claim_mentions", "cg_articles", "cg_claim_terms", "cg_article_terms",
    "cg_entity_index",
)


def _terms_sql(expr: str) -> str:
    return f"string_split_regex(lower(strip_accents({expr})), '{TERM_SPLIT}')"


INDEX_DDL = """
CREATE TABLE IF NOT EXISTS {p}cg_meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS {p}cg_indexed (article_id VARCHAR PRIMARY KEY);
CREATE TABLE IF NOT EXISTS {p}cg_claims (
    seq BIGINT, dkey BIGINT, article_id VARCHAR, claim_id VARCHAR, pos INTEGER, date DATE, speaker_key VARCHAR,
    stance VARCHAR, kind VARCHAR, hedged BOOLEAN, outlet VARCHAR, row_json VARCHAR);
CREATE INDEX IF NOT EXISTS cg_claims_seq ON {p}cg_claims (seq);
CREATE TABLE IF NOT EXISTS {p}cg_claim_mentions (key VARCHAR, seq BIGINT, dkey BIGINT, date DATE);
CREATE TABLE IF NOT EXISTS {p}cg_articles (
    seq BIGINT, dkey BIGINT, id VARCHAR, published DATE, outlet VARCHAR, row_json VARCHAR);
CREATE INDEX IF NOT EXISTS cg_articles_seq ON {p}cg_articles (seq);
CREATE TABLE IF NOT EXISTS {p}cg_claim_terms (term VARCHAR, seq BIGINT, tf INTEGER);
CREATE TABLE IF NOT EXISTS {p}cg_article_terms (term VARCHAR, seq BIGINT, tf INTEGER);
CREATE TABLE IF NOT EXISTS {p}cg_entity_index (
    key VARCHAR PRIMARY KEY, name VARCHAR, kind VARCHAR,
    n_articles INTEGER, n_mentions INTEGER, n_said INTEGER, n_about INTEGER);
INSERT INTO {p}cg_meta VALUES ('version', '{version}') ON CONFLICT DO NOTHING;
"""

CLAIM_DATE = "coalesce(c.stated_date, c.published)"
# Date and seq in one BIGINT: DuckDB's top-N prunes its scan on a single sort key (a second key, the
# tie-break, makes it sort everything). Unknown dates sort before all others.
SEQ_BITS = 34


def _date_key(date_sql: str, seq_sql: str) -> str:
    return f"(coalesce(date_diff('day', DATE '1970-01-01', {date_sql}) + 1000000, 0)::BIGINT << {SEQ_BITS}) + {seq_sql}"


# Each statement reads the new articles from the temp table cg_new(article_id).
SYNC_SQL = [
    # Claims, clustered by speaker then date; seq continues after the last one stored.
    f"""INSERT INTO {{p}}cg_claims
    SELECT seq, {_date_key("date", "seq")}, * EXCLUDE (seq) FROM (
    SELECT (SELECT coalesce(max(seq), 0) FROM {{p}}cg_claims)
               + row_number() OVER (ORDER BY c.speaker_key NULLS LAST, {CLAIM_DATE}, c.article_id, c.content_start) AS seq,
        c.article_id, c.id, c.content_start, {CLAIM_DATE} AS date, c.speaker_key, c.stance, c.kind, c.hedged, a.outlet,
        to_json({{
            'article_id': c.article_id, 'id': c.id, 'kind': c.kind, 'speaker_text': c.speaker_text,
            'speaker_name': c.speaker_name, 'speaker_key': c.speaker_key, 'speaker_how': c.speaker_how,
            'cue_text': c.cue_text, 'cue_lemma': c.cue_lemma, 'stance': c.stance, 'negated': c.negated,
            'hedged': c.hedged, 'content_text': c.content_text, 'stated_text': c.stated_text,
            'stated_value': c.stated_value, 'date': {CLAIM_DATE}::VARCHAR,
            'date_is_stated': c.stated_date IS NOT NULL, 'published': c.published::VARCHAR,
            'nested_in': c.nested_in, 'title': a.title, 'outlet': a.outlet, 'url': a.url}})::VARCHAR AS row_json
    FROM claims c SEMI JOIN cg_new n ON c.article_id = n.article_id
    JOIN articles a ON a.id = c.article_id)
    ORDER BY seq""",
    """INSERT INTO {p}cg_claim_mentions
    SELECT DISTINCT e.key, cc.seq, cc.dkey, cc.date
    FROM claims c SEMI JOIN cg_new n ON c.article_id = n.article_id
    JOIN {p}cg_claims cc ON cc.article_id = c.article_id AND cc.claim_id = c.id
    JOIN mentions m ON m.article_id = c.article_id
        AND m.start_char >= c.content_start AND m.end_char <= c.content_end
    JOIN entities e ON e.article_id = m.article_id AND e.id = m.entity_id
    ORDER BY e.key, cc.date""",
    f"""INSERT INTO {{p}}cg_articles
    SELECT seq, {_date_key("published", "seq")}, * EXCLUDE (seq) FROM (
    SELECT (SELECT coalesce(max(seq), 0) FROM {{p}}cg_articles)
               + row_number() OVER (ORDER BY a.published DESC NULLS LAST, a.id) AS seq,
        a.id, a.published, a.outlet,
        to_json({{
            'id': a.id, 'title': a.title, 'outlet': a.outlet, 'published': a.published::VARCHAR, 'url': a.url,
            'author': a.author, 'snippet': left(a.text, 240),
            'n_claims': (SELECT count(*) FROM claims c WHERE c.article_id = a.id)}})::VARCHAR AS row_json
    FROM articles a SEMI JOIN cg_new n ON a.id = n.article_id)
    ORDER BY seq""",
    f"""INSERT INTO {{p}}cg_article_terms
    SELECT term, seq, count(*)::INTEGER FROM (
        SELECT ca.seq, unnest({_terms_sql("coalesce(a.title, '') || ' ' || a.text")}) AS term
        FROM articles a SEMI JOIN cg_new n ON a.id = n.article_id
        JOIN {{p}}cg_articles ca ON ca.id = a.id)
    WHERE term <> '' AND length(term) <= {MAX_TERM_CHARS}
    GROUP BY ALL ORDER BY term""",
    f"""INSERT INTO {{p}}cg_claim_terms
    SELECT term, seq, count(*)::INTEGER FROM (
        SELECT cc.seq, unnest({_terms_sql("c.content_text")}) AS term
        FROM claims c SEMI JOIN cg_new n ON c.article_id = n.article_id
        JOIN {{p}}cg_claims cc ON cc.article_id = c.article_id AND cc.claim_id = c.id)
    WHERE term <> '' AND length(term) <= {MAX_TERM_CHARS}
    GROUP BY ALL ORDER BY term""",
    """INSERT INTO {p}cg_entity_index AS ix
    WITH new_entities AS (
        SELECT e.* FROM entities e SEMI JOIN cg_new n ON e.article_id = n.article_id),
    said AS (
        SELECT c.speaker_key AS key, count(*) AS n FROM claims c SEMI JOIN cg_new n ON c.article_id = n.article_id
        WHERE c.speaker_key IS NOT NULL GROUP BY 1),
    about AS (
        SELECT m.key, count(*) AS n FROM {p}cg_claim_mentions m
        JOIN {p}cg_claims cc ON cc.seq = m.seq SEMI JOIN cg_new n ON cc.article_id = n.article_id
        GROUP BY 1)
    SELECT e.key, first(e.name ORDER BY e.n_mentions DESC, e.name), first(e.kind),
           count(DISTINCT e.article_id)::INTEGER, sum(e.n_mentions)::INTEGER,
           coalesce(any_value(said.n), 0)::INTEGER, coalesce(any_value(about.n), 0)::INTEGER
    FROM new_entities e LEFT JOIN said USING (key) LEFT JOIN about USING (key)
    GROUP BY e.key
    ON CONFLICT (key) DO UPDATE SET
        n_articles = ix.n_articles + excluded.n_articles, n_mentions = ix.n_mentions + excluded.n_mentions,
        n_said = ix.n_said + excluded.n_said, n_about = ix.n_about + excluded.n_about""",
    "INSERT INTO {p}cg_indexed SELECT article_id FROM cg_new",
]


def _table_exists(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    return con.execute("SELECT 1 FROM duckdb_tables() WHERE table_name = ? AND schema_name = 'main' "
                       "AND database_name = current_database()", [name]).fetchone() is not None


@dataclass
class SearchIndex:
    """The serving tables of a store: kept in the store itself or, for a read-only store whose tables
    are missing or behind, built in a temporary database attached beside it."""

    con: duckdb.DuckDBPyConnection
    read_only: bool = False
    prefix: str = ""  # "" for the store's own catalog, "cgidx." for the temporary one
    _tmpdir: tempfile.TemporaryDirectory | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        state = self._state_in_store()
        if state == "complete" and self.read_only:
            return
        if self.read_only:
            log.warning("the store's serving index is %s and the store is read-only: "
                        "building one in a temporary file", state)
            self._attach_temporary()
        elif state in ("missing", "stale"):
            self.drop()  # tables of another version, or a partial set: rebuilt from the store
        self.con.execute(INDEX_DDL.replace("{p}", self.prefix).replace("{version}", INDEX_VERSION))

    def _state_in_store(self) -> str:
        """complete, behind (articles not indexed yet), stale (another version, or articles gone) or missing."""
        if not all(_table_exists(self.con, t) for t in INDEX_TABLES):
            return "missing"
        version = self.con.execute("SELECT value FROM cg_meta WHERE key = 'version'").fetchone()
        if version is None or version[0] != INDEX_VERSION:
            return "stale"
        gone = self.con.execute("SELECT count(*) FROM cg_indexed ANTI JOIN articles a ON a.id = cg_indexed.article_id").fetchone()[0]
        if gone:
            return "stale"
        behind = self.con.execute("SELECT count(*) FROM articles ANTI JOIN cg_indexed i ON i.article_id = articles.id").fetchone()[0]
        return "behind" if behind else "complete"

    def _attach_temporary(self) -> None:
        self._tmpdir = tempfile.TemporaryDirectory(prefix="claimgraph-index-")
        path = Path(self._tmpdir.name) / "index.duckdb"
        self.con.execute(f"ATTACH '{path}' AS cgidx (READ_WRITE)")
        self.prefix = "cgidx."

    def drop(self) -> None:
        """Drop the serving tables (they are rebuilt from the store by the next sync)."""
        for table in INDEX_TABLES:
            self.con.execute(f"DROP TABLE IF EXISTS {self.prefix}{table}")

    def close(self) -> None:
        if self._tmpdir is not None:
            self._tmpdir.cleanup()
            self._tmpdir = None

    def pending(self) -> int:
        """How many stored articles are not indexed yet."""
        return self.con.execute(
            f"SELECT count(*) FROM articles ANTI JOIN {self.prefix}cg_indexed i ON i.article_id = articles.id"
        ).fetchone()[0]

    def sync(self, con: duckdb.DuckDBPyConnection | None = None) -> int:
        """Index every stored article that is not indexed yet; returns how many were added."""
        con = con or self.con
        p = self.prefix
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE cg_new AS "
            f"SELECT id AS article_id FROM articles ANTI JOIN {p}cg_indexed i ON i.article_id = articles.id"
        )
        n_new = con.execute("SELECT count(*) FROM cg_new").fetchone()[0]
        if n_new:
            con.execute("BEGIN TRANSACTION")
            try:
                for statement in SYNC_SQL:
                    con.execute(statement.replace("{p}", p))
                con.execute("COMMIT")
            except Exception:
                con.execute("ROLLBACK")
                raise
        con.execute("DROP TABLE cg_new")
        return n_new


# --- helpers ------------------------------------------------------------------------------------


def query_terms(con: duckdb.DuckDBPyConnection, q: str) -> list[str]:
    """The distinct terms of a search query, tokenised by the same SQL as the index."""
    terms = con.execute(f"SELECT {_terms_sql('?')}", [q]).fetchone()[0] or []
    return sorted({t for t in terms if t and len(t) <= MAX_TERM_CHARS})[:MAX_QUERY_TERMS]


def normalise_key(value: str) -> str:
    """An entity key as the store writes it, from a key or a ``kind:Name`` written any which way."""
    kind, _, name = value.partition(":")
    return entity_key(name, kind.strip().lower()) if name else value


@dataclass
class Where:
    """WHERE clauses and their parameters, built up filter by filter."""

    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        return ("WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


@dataclass
class JsonPage:
    """One page of a list, its items as the JSON text they are stored as (no parsing on the way out)."""

    total: int
    offset: int
    limit: int
    items_json: list[str]

    def to_json(self) -> str:
        return f'{{"total":{self.total},"offset":{self.offset},"limit":{self.limit},"items":[{",".join(self.items_json)}]}}'

    @property
    def items(self) -> list[dict[str, Any]]:
        return [json.loads(item) for item in self.items_json]


def _ranked_hits(table: str, terms: list[str], n_docs_table: str) -> tuple[str, list[Any]]:
    """SQL for the seqs of the documents holding every term, with a BM25-style score."""
    marks = ", ".join("?" * len(terms))
    sql = f"""SELECT seq, sum(ln(1 + (SELECT count(*) FROM {n_docs_table}) / df) * tf * 2.2 / (tf + 1.2)) AS score
        FROM (SELECT *, count(*) OVER (PARTITION BY term) AS df FROM {table} WHERE term IN ({marks}))
        GROUP BY seq HAVING count(*) = {len(terms)}"""
    return sql, list(terms)


def _page(con: duckdb.DuckDBPyConnection, table: str, source: str, params: list[Any], where: Where, order: str,
          limit: int, offset: int, small: bool = False) -> JsonPage:
    """Count the matches, find the page's seqs from the narrow columns, then fetch their JSON by index.

    With ``small`` (search hits: a few thousand rows at most), one query counts and pages; over a
    whole table two are faster, as the page's top-N then prunes its scan.
    """
    args = params + where.params
    if small:
        rows = con.execute(
            f"SELECT x.seq, count(*) OVER () FROM {source} {where.sql()} ORDER BY {order} LIMIT ? OFFSET ?",
            args + [limit, offset],
        ).fetchall()
        seqs = [row[0] for row in rows]
        total = rows[0][1] if rows else con.execute(f"SELECT count(*) FROM {source} {where.sql()}", args).fetchone()[0]
    else:
        total = con.execute(f"SELECT count(*) FROM {source} {where.sql()}", args).fetchone()[0]
        seqs = [row[0] for row in con.execute(
            f"SELECT x.seq FROM {source} {where.sql()} ORDER BY {order} LIMIT ? OFFSET ?", args + [limit, offset]
        ).fetchall()]
    if not seqs:
        return JsonPage(total, offset, limit, [])
    # An IN list of constants is answered from the ART index on seq (a join would scan the table).
    found = dict(con.execute(
        f"SELECT seq, row_json FROM {table} WHERE seq IN ({', '.join(map(str, seqs))})"
    ).fetchall())
    return JsonPage(total, offset, limit, [found[s] for s in seqs])


# --- articles -----------------------------------------------------------------------------------


def list_articles(
    con: duckdb.DuckDBPyConnection,
    index: SearchIndex,
    q: str | None = None,
    outlet: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int = 50,
    offset: int = 0,
) -> JsonPage:
    """A page of articles, newest first or, with ``q``, best match first."""
    p = index.prefix
    where = Where()
    if outlet:
        where.add("lower(x.outlet) = lower(?)", outlet)
    if since:
        where.add("x.published >= ?", since)
    if until:
        where.add("x.published <= ?", until)
    source, params, order = f"{p}cg_articles x", [], "x.dkey DESC"
    if q is not None:
        terms = query_terms(con, q)
        if not terms:
            return JsonPage(0, offset, limit, [])
        hits, params = _ranked_hits(f"{p}cg_article_terms", terms, f"{p}cg_articles")
        if where.clauses:
            source, order = f"({hits}) h JOIN {p}cg_articles x ON x.seq = h.seq", "h.score DESC, x.dkey DESC"
        else:  # the hits alone give the count and the order
            source, order = f"({hits}) x", "x.score DESC, x.seq DESC"
    return _page(con, f"{p}cg_articles", source, params, where, order, limit, offset, small=q is not None)


def article_record_json(con: duckdb.DuckDBPyConnection, article_id: str) -> str | None:
    """The stored claimgraph/1 record of an article, as the JSON text it is stored as."""
    row = con.execute("SELECT record FROM articles WHERE id = ?", [article_id]).fetchone()
    return row[0] if row else None


# --- claims -------------------------------------------------------------------------------------

CLAIM_ORDERS = {
    "newest": "x.dkey DESC",
    "oldest": "x.dkey ASC",
    "article": "x.article_id, x.pos",
}


def list_claims(
    con: duckdb.DuckDBPyConnection,
    index: SearchIndex,
    speaker: str | None = None,
    entity: str | None = None,
    stance: str | None = None,
    kind: str | None = None,
    q: str | None = None,
    since: date | None = None,
    until: date | None = None,
    article: str | None = None,
    outlet: str | None = None,
    hedged: bool | None = None,
    sort: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> JsonPage:
    """A page of claims with their article's title and outlet.

    ``since``/``until`` apply to the statement date when the claim has one, else to the publication
    date. ``speaker`` and ``entity`` take an entity key ("person:ian bremmer"); ``speaker`` also takes
    part of a name ("bremmer").
    """
    p = index.prefix
    by_relevance = q is not None and sort is None
    sort = sort or ("article" if article else "newest")
    where = Where()
    if speaker:
        if ":" in speaker:
            where.add("x.speaker_key = ?", normalise_key(speaker))
        else:
            where.add("contains(x.speaker_key, ?)", fold(speaker))
    for column, value in (("stance", stance), ("kind", kind), ("article_id", article), ("hedged", hedged)):
        if value is not None and value != "":
            where.add(f"x.{column} = ?", value)
    if outlet:
        where.add("lower(x.outlet) = lower(?)", outlet)  # "keystone ledger" finds "Keystone Ledger"
    source, params = f"{p}cg_claims x", []
    if entity and not where.clauses and q is None and sort != "article":
        # Only "about X" (and dates): the mentions table alone has all it needs, clustered by key.
        source = f"{p}cg_claim_mentions x"
        where.add("x.key = ?", normalise_key(entity))
    elif entity:
        source = f"(SELECT seq FROM {p}cg_claim_mentions WHERE key = ?) m JOIN {p}cg_claims x ON x.seq = m.seq"
        params = [normalise_key(entity)]
    if since:
        where.add("x.date >= ?", since)
    if until:
        where.add("x.date <= ?", until)
    order = CLAIM_ORDERS[sort]
    if q is not None:
        terms = query_terms(con, q)
        if not terms:
            return JsonPage(0, offset, limit, [])
        hits, hit_params = _ranked_hits(f"{p}cg_claim_terms", terms, f"{p}cg_claims")
        if where.clauses or entity or not by_relevance:
            source = f"({hits}) h JOIN {source} ON x.seq = h.seq"
            params = hit_params + params
            if by_relevance:
                order = "h.score DESC, x.dkey DESC"
        else:  # the hits alone give the count and the order
            source, params, order = f"({hits}) x", hit_params, "x.score DESC, x.seq DESC"
    return _page(con, f"{p}cg_claims", source, params, where, order, limit, offset, small=q is not None)


# --- entities -----------------------------------------------------------------------------------

ENTITY_JSON = """to_json({'key': key, 'name': name, 'kind': kind, 'n_articles': n_articles,
    'n_mentions': n_mentions, 'n_said': n_said, 'n_about': n_about})::VARCHAR"""


def list_entities(
    con: duckdb.DuckDBPyConnection,
    index: SearchIndex,
    q: str | None = None,
    kind: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> JsonPage:
    """A page of cross-article entities, those in the most articles first."""
    where = Where()
    if q:
        where.add("contains(key, ?)", fold(q))
    if kind:
        where.add("kind = ?", kind)
    table = f"{index.prefix}cg_entity_index"
    total = con.execute(f"SELECT count(*) FROM {table} {where.sql()}", where.params).fetchone()[0]
    rows = con.execute(
        f"SELECT {ENTITY_JSON} FROM {table} {where.sql()} ORDER BY n_articles DESC, n_said DESC, key LIMIT ? OFFSET ?",
        where.params + [limit, offset],
    ).fetchall()
    return JsonPage(total, offset, limit, [r[0] for r in rows])


def entity_json(con: duckdb.DuckDBPyConnection, index: SearchIndex, key: str) -> tuple[str, str] | None:
    """One cross-article entity's (key, JSON) with its counts, or None."""
    row = con.execute(
        f"SELECT key, {ENTITY_JSON} FROM {index.prefix}cg_entity_index WHERE key = ?", [normalise_key(key)]
    ).fetchone()
    return (row[0], row[1]) if row else None


# --- stats --------------------------------------------------------------------------------------


def stats(con: duckdb.DuckDBPyConnection, index: SearchIndex, tables: tuple[str, ...]) -> dict[str, Any]:
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    counts["entity_keys"] = con.execute(f"SELECT count(*) FROM {index.prefix}cg_entity_index").fetchone()[0]
    dates = con.execute("SELECT min(published)::VARCHAR, max(published)::VARCHAR FROM articles").fetchone()
    outlets = con.execute(
        "SELECT outlet, count(*) FROM articles WHERE outlet IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 500"
    ).fetchall()
    stances = con.execute(
        "SELECT stance, count(*) FROM claims WHERE stance IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 100"
    ).fetchall()
    return {"counts": counts, "published": {"first": dates[0], "last": dates[1]},
            "outlets": [{"outlet": o, "n": n} for o, n in outlets],
            "stances": [{"stance": s, "n": n} for s, n in stances]}
