"""Latency of `claimgraph serve` on a large store: p50/p95 per endpoint (a benchmark, not a test).

Builds (once; reused when it exists) a database of synthetic articles and claims straight with
DuckDB SQL, in the store's own tables and with the same JSON record beside each article, then lets
the server index it (the same ``SearchIndex.sync`` a real server runs at start), then times requests
through the ASGI app in-process (FastAPI's TestClient: server time, no network).

    .venv/bin/python benchmarks/serve_latency.py                       # 100,000 articles / 1,000,000 claims
    .venv/bin/python benchmarks/serve_latency.py --articles 2000 --repeat 50   # a quick look

Targets (issue 5): API p95 < 50 ms; the article page (its record) < 200 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

import duckdb

from claimgraph.store import Store

FIRST = """Ada Ali Ana Ben Bo Cara Chen Dan Dara Eli Emi Eva Femi Gus Hana Ian Ines Ivo Jae Jan Jin Kai
Kim Lea Lena Leo Li Luz Mae Mai Mara Max Mia Nia Noa Obi Ola Omar Pia Raj Rei Remy Rosa Sam Sana Sol
Tara Teo Uma Vera Wen Xia Yara Yui Zara Zed Ari Bea Cy Dov""".split()
SYLLABLES = "ba be bi bo bu da de di do ka ke ki ko la le li lo ma me mi mo na ne ni no ra re ri ro sa se si so ta te ti to va ve vi zo".split()
WORDS = """government minister officials troops border talks election market prices inflation budget
report rumours summit attack ceasefire deal sanctions economy workers strike court ruling police
protest city council vote health hospital vaccine schools students energy oil gas climate flood
storm drought harvest exports imports bank rates growth jobs trade tariffs army navy missile drone
spy agency treaty alliance ministry spokesman analyst expert company shares profit losses""".split()
CUES = ["said", "told", "claimed", "denied", "warned", "added", "wrote", "argued"]


def vocabulary(n: int, rng: random.Random) -> list[str]:
    words = set(WORDS)
    while len(words) < n:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def build(db: Path, n_articles: int, claims_per_article: int, n_people: int) -> None:
    """The synthetic store: articles with claims whose speakers and mentions are skewed (a few people
    speak and are spoken of very often, as in news), and each article's claimgraph/1 record."""
    rng = random.Random(5)
    with Store(db) as store:  # creates the tables
        pass
    con = duckdb.connect(str(db))
    con.execute("SET enable_progress_bar = false")
    con.execute("CREATE TEMP TABLE vocab AS SELECT unnest(?) AS w, generate_subscripts(?, 1) - 1 AS i",
                [vocabulary(3000, rng)] * 2)
    surnames = sorted({"".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize() for _ in range(n_people)})
    con.execute(
        "CREATE TEMP TABLE people AS SELECT i, ? [1 + i % ?] || ' ' || ? [1 + (i // ?) % ?] AS name FROM range(?) t(i)",
        [FIRST, len(FIRST), surnames, len(FIRST), len(surnames), n_people],
    )
    nv = con.execute("SELECT count(*) FROM vocab").fetchone()[0]
    con.execute("CREATE TEMP TABLE v AS SELECT list(w ORDER BY i) AS V FROM vocab")

    def words(seed: str, n: int) -> str:  # n words picked by bits of the 64-bit hash `seed`
        return "concat_ws(' ', " + ", ".join(f"V[1 + (({seed} >> {4 * j}) % {nv})::BIGINT]" for j in range(n)) + ")"

    con.execute(f"""
        CREATE TEMP TABLE a AS SELECT i,
            substr(md5('article' || i), 1, 16) AS id,
            DATE '2015-01-01' + CAST(hash(i, 'd') % 3650 AS INTEGER) AS published,
            'Outlet ' || (hash(i, 'o') % 40) AS outlet,
            {words("hash(i, 't')", 6)} AS title
        FROM range({n_articles}) a0(i), v""")
    # One row per claim; u1/u2 in [0, 1) pick speaker and the person the content is about, skewed.
    con.execute(f"""
        CREATE TEMP TABLE c AS
        WITH base AS (
            SELECT a.i AS ai, a.id AS article_id, a.published, k,
                   (hash(a.i, k, 's') % 1000000) / 1e6 AS u1, (hash(a.i, k, 'a') % 1000000) / 1e6 AS u2,
                   hash(a.i, k, 'x') AS h
            FROM a, range({claims_per_article}) t(k)),
        words AS (
            SELECT base.*, {words("h", 7)} AS content_words, {words("hash(h)", 12)} AS filler
            FROM base, v)
        SELECT words.*, sp.name AS speaker, ab.name AS about, sp.i AS speaker_i, ab.i AS about_i,
               {CUES!r}[1 + (h % {len(CUES)})::BIGINT] AS cue,
               CASE WHEN h % 10 = 0 THEN 'deny' WHEN h % 10 = 1 THEN 'believe' ELSE 'assert' END AS stance,
               ['direct', 'mixed', 'indirect', 'indirect'][1 + ((h >> 3) % 4)::BIGINT] AS kind,
               (h >> 5) % 10 = 0 AS hedged,
               CASE WHEN (h >> 7) % 2 = 0 THEN published - CAST(k % 3 AS INTEGER) END AS stated_date
        FROM words
        JOIN people sp ON sp.i = CAST(floor(pow(u1, 2) * {n_people}) AS BIGINT)
        JOIN people ab ON ab.i = CAST(floor(pow(u2, 2) * {n_people}) AS BIGINT)""")
    # Each claim is one sentence "Speaker cue that About words. Filler." laid end to end after the title.
    con.execute("""
        CREATE TEMP TABLE cs AS
        WITH s AS (
            SELECT c.*, a.title, speaker || ' ' || cue || ' that ' || about || ' ' || content_words || '. '
                   || upper(filler[1]) || filler[2:] || '. ' AS sentence
            FROM c JOIN a ON a.i = c.ai)
        SELECT s.*, length(title) + 2 + coalesce(sum(length(sentence)) OVER (
            PARTITION BY ai ORDER BY k ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS s_start
        FROM s""")
    con.execute("""
        CREATE TEMP TABLE spans AS SELECT cs.*,
            s_start AS sp_start, s_start + length(speaker) AS sp_end,
            s_start + length(speaker) + 1 AS cue_start, s_start + length(speaker) + 1 + length(cue) AS cue_end,
            s_start + length(speaker) + length(cue) + 7 AS ct_start,
            s_start + length(speaker) + length(cue) + 7 + length(about) + 1 + length(content_words) AS ct_end,
            about || ' ' || content_words AS content
        FROM cs""")
    con.execute("""
        CREATE TEMP TABLE ents AS
        WITH m AS (
            SELECT ai, article_id, speaker_i AS person, speaker AS name, sp_start AS s, sp_end AS e FROM spans
            UNION ALL SELECT ai, article_id, about_i, about, ct_start, ct_start + length(about) FROM spans)
        SELECT m.*, 'e' || dense_rank() OVER (PARTITION BY ai ORDER BY person) AS eid FROM m""")
    print("  generated claims, spans and entities", flush=True)
    con.execute("BEGIN TRANSACTION")
    con.execute("""
        INSERT INTO claims SELECT article_id, 'c' || (k + 1), kind, speaker, sp_start, sp_end, speaker,
            (SELECT eid FROM ents WHERE ents.ai = spans.ai AND ents.person = spans.speaker_i LIMIT 1),
            'person:' || lower(speaker), 'explicit', cue, cue_start, cue_end, cue, stance, false,
            content, ct_start, ct_end, CASE WHEN stated_date IS NOT NULL THEN 'on that day' END,
            stated_date::VARCHAR, stated_date, published, hedged, NULL
        FROM spans""")
    con.execute("""
        INSERT INTO entities SELECT article_id, eid, 'person:' || lower(any_value(name)), any_value(name), 'person',
            'PERSON', NULL, count(*) FROM ents GROUP BY article_id, eid""")
    con.execute("INSERT INTO mentions SELECT article_id, eid, s, e, name FROM ents")
    con.execute("""
        INSERT INTO articles
        WITH texts AS (SELECT ai, string_agg(sentence, '' ORDER BY k) AS body FROM cs GROUP BY ai),
        claim_json AS (
            SELECT ai, list({'id': 'c' || (k + 1), 'kind': kind,
                'speaker': {'text': speaker, 'span': [sp_start, sp_end], 'name': speaker,
                            'entity': (SELECT eid FROM ents WHERE ents.ai = spans.ai AND ents.person = spans.speaker_i LIMIT 1),
                            'how': 'explicit'},
                'cue': {'text': cue, 'span': [cue_start, cue_end], 'lemma': cue, 'stance': stance, 'negated': false},
                'content': {'text': content, 'span': [ct_start, ct_end]},
                'stated': NULL, 'hedged': hedged, 'nested_in': NULL} ORDER BY k) AS claims
            FROM spans GROUP BY ai),
        entity_json AS (
            SELECT ai, list({'id': eid, 'name': name, 'kind': 'person', 'label': 'PERSON', 'country': NULL,
                             'mentions': spans} ORDER BY eid) AS entities
            FROM (SELECT ai, eid, any_value(name) AS name, list([s, e] ORDER BY s) AS spans FROM ents GROUP BY ai, eid)
            GROUP BY ai)
        SELECT a.id, a.title, a.published, 'https://example.org/' || a.id, a.outlet, NULL, NULL, 'synthetic',
            'en', a.title || chr(10) || chr(10) || t.body, '[]',
            to_json({'schema': 'claimgraph/1',
                     'article': {'text': a.title || chr(10) || chr(10) || t.body, 'title': a.title,
                                 'published': a.published::VARCHAR, 'url': 'https://example.org/' || a.id,
                                 'outlet': a.outlet, 'author': NULL, 'language': 'en', 'external_id': NULL,
                                 'origin': 'synthetic', 'removed': [], 'id': a.id},
                     'entities': e.entities, 'claims': cj.claims, 'times': [], 'quantities': [], 'places': [],
                     'events': []})::VARCHAR,
            now()::TIMESTAMP
        FROM a JOIN texts t ON t.ai = a.i JOIN claim_json cj ON cj.ai = a.i JOIN entity_json e ON e.ai = a.i""")
    con.execute("COMMIT")
    con.execute("CHECKPOINT")
    con.close()


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def time_requests(client, name: str, urls: list[str], repeat: int) -> dict[str, float]:
    client.get(urls[0])  # warm up
    times = []
    for n in range(repeat):
        url = urls[n % len(urls)]
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{url}: {response.status_code} {response.text[:200]}")
    return {"p50": statistics.median(times), "p95": percentile(times, 95), "max": max(times)}


PAGE_FILES = ["/", "/static/style.css", "/static/js/main.js", "/static/js/dom.js", "/static/js/api.js",
              "/static/js/claims.js", "/static/js/csv.js", "/static/js/views.js", "/static/js/reader.js"]


def time_article_page(client, ids: list[str], repeat: int) -> dict[str, float]:
    """Server time for everything the reader loads: the page, its scripts and style, the record."""
    times = []
    for n in range(repeat):
        start = time.perf_counter()
        for url in PAGE_FILES + [f"/api/articles/{ids[n % len(ids)]}"]:
            if client.get(url).status_code != 200:
                raise SystemExit(f"{url} failed")
        times.append((time.perf_counter() - start) * 1000)
    return {"p50": statistics.median(times), "p95": percentile(times, 95), "max": max(times)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=None, help="Database file (default /tmp/claimgraph-bench-N.duckdb).")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--claims-per-article", type=int, default=10)
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=200, help="Requests per endpoint.")
    args = parser.parse_args()
    db = args.db or Path(f"/tmp/claimgraph-bench-{args.articles}.duckdb")

    if not db.exists():
        print(f"building {db}: {args.articles:,} articles × {args.claims_per_article} claims", flush=True)
        start = time.perf_counter()
        build(db, args.articles, args.claims_per_article, args.people)
        print(f"  built in {time.perf_counter() - start:.1f}s", flush=True)

    from fastapi.testclient import TestClient

    from claimgraph.serve import create_app

    start = time.perf_counter()
    app = create_app(db)
    print(f"server start (search index built or checked): {time.perf_counter() - start:.1f}s", flush=True)
    with TestClient(app) as client:
        counts = client.get("/api/stats").json()["counts"]
        print(f"store: {counts['articles']:,} articles, {counts['claims']:,} claims, "
              f"{counts['entity_keys']:,} entities, {Path(db).stat().st_size / 1e9:.2f} GB", flush=True)
        rng = random.Random(7)
        ids = _sample_ids(client, rng)
        top = client.get("/api/entities", params={"limit": 50}).json()["items"]
        keys = [e["key"] for e in top]
        rare = client.get("/api/entities", params={"limit": 50, "offset": 5000}).json()["items"]
        words = ["government", "troops border", "summit", "inflation prices", "missile drone"]
        cases = {
            "GET /api/claims (newest)": ["/api/claims"],
            "GET /api/claims?speaker=KEY (top 50)": [f"/api/claims?speaker={k}" for k in keys],
            "GET /api/claims?entity=KEY (top 50)": [f"/api/claims?entity={k}" for k in keys],
            "GET /api/claims?stance=deny&since&until": ["/api/claims?stance=deny&since=2019-01-01&until=2019-12-31"],
            "GET /api/claims?q=WORDS": [f"/api/claims?q={w}" for w in words],
            "GET /api/entities": ["/api/entities"],
            "GET /api/entities?q=NAME": [f"/api/entities?q={k.split(':')[1][:4]}" for k in keys],
            "GET /api/entities/KEY (top 50)": [f"/api/entities/{k}" for k in keys],
            "GET /api/entities/KEY (rare)": [f"/api/entities/{e['key']}" for e in rare],
            "GET /api/articles": ["/api/articles"],
            "GET /api/articles?q=WORDS": [f"/api/articles?q={w}" for w in words],
            "GET /api/articles/ID (article page)": [f"/api/articles/{i}" for i in ids],
        }
        print(f"\n{'endpoint':44} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}   ({args.repeat} requests each)")
        for name, urls in cases.items():
            r = time_requests(client, name, urls, args.repeat)
            print(f"{name:44} {r['p50']:8.1f} {r['p95']:8.1f} {r['max']:8.1f}", flush=True)
        r = time_article_page(client, ids, max(20, args.repeat // 4))
        print(f"{'article page: / + 8 static files + record':44} {r['p50']:8.1f} {r['p95']:8.1f} {r['max']:8.1f}"
              f"   ({max(20, args.repeat // 4)} page loads)")
    return 0


def _sample_ids(client, rng: random.Random) -> list[str]:
    page = client.get("/api/articles", params={"limit": 200, "offset": rng.randint(0, 1000)}).json()
    return [a["id"] for a in page["items"]]


if __name__ == "__main__":
    sys.exit(main())
