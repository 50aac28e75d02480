"""`claimgraph serve`: the JSON API over a temporary database of hand-written fixture articles."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import httpx
import pytest
from fastapi.testclient import TestClient

from claimgraph.records import Source
from claimgraph.serve import MAX_BODY_BYTES, create_app, post_sources
from claimgraph.serve.app import RefusedToStart, is_loopback, resolve_token
from claimgraph.serve.client import ServerError

from live_server import free_port, start_server
from test_serve_records import XSS_TITLE, build_db, budget_article, fixture_records, summit_article, troops_article

TROOPS = troops_article().article.id
SUMMIT = summit_article().article.id
BUDGET = budget_article().article.id

# A short article written for this test, with the mess of a scraped page (a UI word, a credit).
FLOOD_TEXT = (
    "River floods force thousands from homes\n\nShare\n\n"
    "The mayor of Riverton, Clara Mendez, said on Tuesday that 12,000 people had left the lower town. "
    "Police in Riverton denied reports of looting.\n\nPhoto: Jane Roe via Reuters\n"
)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return build_db(tmp_path_factory.mktemp("serve") / "fixture.duckdb")


@pytest.fixture(scope="module")
def client(db, analyzer):
    with TestClient(create_app(db, analyzer=analyzer)) as test_client:
        yield test_client


def items(response) -> list[dict]:
    assert response.status_code == 200, response.text
    return response.json()["items"]


# --- articles ---------------------------------------------------------------------------------------


def test_articles_newest_first_with_filters_and_search(client):
    listed = items(client.get("/api/articles"))
    assert [a["published"] for a in listed] == ["2024-11-02", "2024-10-25", "2023-05-09", "2022-07-01"]
    assert {a["id"] for a in items(client.get("/api/articles", params={"outlet": "Harbor Post"}))} == {
        SUMMIT, quiet_id()}
    assert [a["id"] for a in items(client.get("/api/articles", params={"since": "2024-01-01", "until": "2024-10-31"}))] == [TROOPS]
    # Full text: every word must occur; case and accents do not matter.
    assert [a["id"] for a in items(client.get("/api/articles", params={"q": "KURSK séoul"}))] == [TROOPS]
    assert items(client.get("/api/articles", params={"q": "kursk summit"})) == []
    assert listed[1]["n_claims"] == 4


def quiet_id() -> str:
    return fixture_records()[3].article.id


def test_article_record_is_the_stored_claimgraph_record(client):
    response = client.get(f"/api/articles/{TROOPS}")
    assert response.status_code == 200
    assert response.json() == troops_article().to_dict()
    assert client.get("/api/articles/0123456789abcdef").status_code == 404
    assert client.get("/api/articles/not-an-id").status_code == 422


def test_pages_are_capped_and_bad_parameters_get_422_with_a_message(client):
    page = client.get("/api/claims", params={"limit": 2, "offset": 2}).json()
    assert page["total"] == 9 and len(page["items"]) == 2 and page["offset"] == 2
    too_big = client.get("/api/claims", params={"limit": 1000})
    assert too_big.status_code == 422 and too_big.json()["detail"][0]["loc"] == ["query", "limit"]
    bad_date = client.get("/api/articles", params={"since": "last week"})
    assert bad_date.status_code == 422 and "date" in bad_date.json()["detail"][0]["msg"]
    reversed_range = client.get("/api/claims", params={"since": "2024-12-01", "until": "2024-01-01"})
    assert reversed_range.status_code == 422 and "after" in reversed_range.json()["detail"]
    assert client.get("/api/claims", params={"kind": "rumour"}).status_code == 422
    assert client.get("/api/entities", params={"kind": "alien"}).status_code == 422


# --- claims -----------------------------------------------------------------------------------------


def test_claims_by_speaker_key_or_name_part(client):
    by_key = items(client.get("/api/claims", params={"speaker": "person:Ian Bremmer"}))
    assert len(by_key) == 4 and {c["speaker_key"] for c in by_key} == {"person:ian bremmer"}
    assert len(items(client.get("/api/claims", params={"speaker": "bremmer"}))) == 4


def test_claims_that_mention_an_entity(client):
    about_kim = items(client.get("/api/claims", params={"entity": "person:kim jong un"}))
    assert {c["content_text"] for c in about_kim} == {"Kim Jong Un will not attend the summit", "Kim Jong Un fears the talks"}


def test_claims_by_stance_kind_article_outlet_and_words(client):
    denials = items(client.get("/api/claims", params={"stance": "deny"}))
    assert {(c["speaker_text"], c["content_text"]) for c in denials} == {
        ("North Korea's foreign ministry", "the reports"), ("A spokesman for Kim Jong Un", "the claim")}
    assert [c["id"] for c in items(client.get("/api/claims", params={"kind": "direct"}))] == ["c2"]
    assert len(items(client.get("/api/claims", params={"article": TROOPS}))) == 4
    assert len(items(client.get("/api/claims", params={"outlet": "Harbor Post"}))) == 3
    assert len(items(client.get("/api/claims", params={"outlet": "harbor post"}))) == 3  # any case
    assert client.get("/api/claims", params={"stance": "denial"}).status_code == 422  # not a stance
    found = items(client.get("/api/claims", params={"q": "troops December"}))
    assert [c["content_text"] for c in found] == ["the deployment may grow to 10,000 troops by December"]
    assert found[0]["hedged"] is True and found[0]["title"] == "Troops gather near Kursk as Seoul raises alarm"


def test_claim_dates_are_the_statement_date_when_known_else_publication(client):
    # Bremmer spoke "on Monday" (2024-10-21) in an article published 2024-10-25.
    since = items(client.get("/api/claims", params={"article": TROOPS, "since": "2024-10-22"}))
    assert "about 3,000 soldiers had reached Kursk" not in {c["content_text"] for c in since}
    assert len(since) == 3  # the other three have no statement date: published 2024-10-25
    until = items(client.get("/api/claims", params={"article": TROOPS, "until": "2024-10-21"}))
    assert [(c["content_text"], c["date"], c["date_is_stated"]) for c in until] == [
        ("about 3,000 soldiers had reached Kursk", "2024-10-21", True)]


# --- entities ---------------------------------------------------------------------------------------


def test_entities_list_search_and_kind(client):
    listed = items(client.get("/api/entities"))
    assert listed[0]["key"] == "person:ian bremmer" and listed[0]["n_articles"] == 2 and listed[0]["n_said"] == 4
    assert [e["key"] for e in items(client.get("/api/entities", params={"q": "KIM"}))] == ["person:kim jong un"]
    assert {e["kind"] for e in items(client.get("/api/entities", params={"kind": "place"}))} == {"place"}


def test_entity_page_has_what_it_said_in_date_order_and_what_was_said_about_it(client):
    data = client.get("/api/entities/person:Ian%20BREMMER").json()
    assert data["entity"]["name"] == "Ian Bremmer"
    said = data["said"]["items"]
    assert data["said"]["total"] == 4 and [c["date"] for c in said] == sorted(c["date"] for c in said)
    assert said[0]["content_text"] == "about 3,000 soldiers had reached Kursk"
    kim = client.get("/api/entities/" + "person:kim jong un").json()
    assert kim["about"]["total"] == 2 and kim["said"]["total"] == 1
    assert client.get("/api/entities/person:nobody at all").status_code == 404
    assert client.get("/api/entities/justaname").status_code == 422


def test_stats(client):
    data = client.get("/api/stats").json()
    assert data["counts"]["articles"] == 4 and data["counts"]["claims"] == 9
    assert data["published"] == {"first": "2022-07-01", "last": "2024-11-02"}
    assert data["read_only"] is False and data["max_body_bytes"] == MAX_BODY_BYTES


# --- analysing and storing ------------------------------------------------------------------------------


def test_analyze_returns_the_record_and_stores_nothing(client):
    before = client.get("/api/stats").json()["counts"]
    response = client.post("/api/analyze", json={"text": FLOOD_TEXT, "outlet": "Valley News", "published": "2024-03-05"})
    assert response.status_code == 200, response.text
    record = response.json()
    assert record["schema"] == "claimgraph/1"
    assert record["article"]["outlet"] == "Valley News" and record["article"]["published"] == "2024-03-05"
    assert "Share" not in record["article"]["text"] and "Clara Mendez" in record["article"]["text"]
    assert any(e["name"] == "Clara Mendez" for e in record["entities"])
    assert client.get("/api/stats").json()["counts"] == before


def test_analyze_reads_an_uploaded_html_file(client):
    html = (
        "<html><head><title>Dam inspection ordered</title></head><body><article><h1>Dam inspection ordered</h1>"
        "<p>Engineers in Lakeside said the old dam needs repairs costing 2 million dollars.</p>"
        "<p>The county council will vote on the plan next month, officials said.</p></article></body></html>"
    )
    response = client.post("/api/analyze", files={"file": ("dam.html", html.encode(), "text/html")},
                           data={"outlet": "Lake Times"})
    assert response.status_code == 200, response.text
    article = response.json()["article"]
    assert "Engineers in Lakeside" in article["text"] and "<p>" not in article["text"]
    assert article["outlet"] == "Lake Times" and article["title"] == "Dam inspection ordered"


def test_analyze_refuses_a_document_upload_it_cannot_read(client):
    response = client.post("/api/analyze", files={"file": ("report.pdf", b"%PDF-1.7 text", "application/pdf")})
    assert response.status_code == 415 and "report.pdf" in response.json()["detail"]


def test_store_is_idempotent_and_the_new_article_is_searchable(client):
    body = {"text": FLOOD_TEXT, "outlet": "Valley News", "published": "2024-03-05"}
    first = client.post("/api/articles", json=body)
    assert first.status_code == 201 and first.json()["added"] is True
    again = client.post("/api/articles", json=body)
    assert again.status_code == 200 and again.json()["added"] is False and again.json()["id"] == first.json()["id"]
    assert [a["id"] for a in items(client.get("/api/articles", params={"q": "riverton looting"}))] == [first.json()["id"]]
    assert client.get("/api/stats").json()["counts"]["articles"] == 5
    assert items(client.get("/api/entities", params={"q": "clara mendez"}))[0]["n_articles"] == 1


def test_bad_bodies(client):
    assert client.post("/api/analyze", json={}).status_code == 422
    assert "text" in client.post("/api/analyze", json={"title": "only a title"}).json()["detail"]
    bad_date = client.post("/api/analyze", json={"text": "Some words here.", "published": "someday"})
    assert bad_date.status_code == 422 and "published" in bad_date.json()["detail"]
    assert client.post("/api/analyze", json={"text": 42}).status_code == 422
    assert client.post("/api/analyze", content=b"x", headers={"Content-Type": "image/png"}).status_code == 415


def test_bodies_over_the_limit_get_413(client):
    big = b"a" * (MAX_BODY_BYTES + 1)
    response = client.post("/api/analyze", content=big, headers={"Content-Type": "text/plain"})
    assert response.status_code == 413 and "limit" in response.json()["detail"]

    def chunks():  # no Content-Length: counted while it streams
        for _ in range(6):
            yield b"b" * (1024 * 1024)

    streamed = client.post("/api/articles", content=chunks(), headers={"Content-Type": "text/plain"})
    assert streamed.status_code == 413


# --- read-only, tokens, headers ---------------------------------------------------------------------


def test_read_only_refuses_analysis_and_storing_and_builds_a_missing_index(tmp_path):
    copy = build_db(tmp_path / "copy.duckdb")  # as if ingested by a claimgraph that never served it
    with duckdb.connect(str(copy), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name LIKE 'cg_%'").fetchone()[0] == 0
    with TestClient(create_app(copy, read_only=True)) as ro:
        assert ro.post("/api/analyze", json={"text": FLOOD_TEXT}).status_code == 403
        refused = ro.post("/api/articles", json={"text": FLOOD_TEXT})
        assert refused.status_code == 403 and "read-only" in refused.json()["detail"]
        assert ro.get("/api/stats").json()["read_only"] is True
        assert [a["id"] for a in items(ro.get("/api/articles", params={"q": "kursk"}))] == [TROOPS]
        assert ro.get("/api/entities/person:ian bremmer").json()["said"]["total"] == 4


def test_read_only_uses_a_complete_index_in_place(tmp_path):
    db = build_db(tmp_path / "indexed.duckdb")
    with TestClient(create_app(db)):  # a writable start indexes the store in it
        pass
    app = create_app(db, read_only=True)
    with TestClient(app) as ro:
        assert app.state.service.index.prefix == ""  # no temporary copy
        assert [c["content_text"] for c in items(ro.get("/api/claims", params={"q": "summit"}))] == [
            "Kim Jong Un will not attend the summit"]


def test_token_is_required_on_the_api_but_not_for_the_page(tmp_path):
    copy = build_db(tmp_path / "tok.duckdb")
    with TestClient(create_app(copy, token="s3cret")) as tc:
        missing = tc.get("/api/stats")
        assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
        assert tc.get("/api/stats", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert tc.get("/api/stats", headers={"Authorization": "Bearer s3cret"}).status_code == 200
        assert tc.get("/").status_code == 200


def test_binding_beyond_loopback_needs_a_token(monkeypatch):
    monkeypatch.delenv("CLAIMGRAPH_TOKEN", raising=False)
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.20")
    assert resolve_token("127.0.0.1", None) is None
    with pytest.raises(RefusedToStart, match="--token"):
        resolve_token("0.0.0.0", None)
    assert resolve_token("0.0.0.0", "t") == "t"
    monkeypatch.setenv("CLAIMGRAPH_TOKEN", "from-env")
    assert resolve_token("0.0.0.0", None) == "from-env"


def test_page_and_api_carry_a_strict_content_security_policy(client):
    page = client.get("/")
    assert page.status_code == 200 and '<script type="module" src="/static/js/main.js">' in page.text
    for response in (page, client.get("/static/js/main.js"), client.get("/api/stats")):
        csp = response.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert response.headers["x-content-type-options"] == "nosniff"


def test_page_uses_no_cdn_and_builds_no_html_from_strings():
    static = Path(__file__).resolve().parents[1] / "src/claimgraph/serve/static"
    shipped = [p for p in static.rglob("*") if p.is_file()]
    assert {p.name for p in shipped} >= {"index.html", "style.css", "main.js", "reader.js"}
    for path in shipped:
        if path.suffix in (".js", ".html", ".css"):
            text = path.read_text(encoding="utf-8")
            assert "http://" not in text.replace("http://www.w3.org", "") and "https://" not in text, path
            assert "innerHTML" not in text and "insertAdjacentHTML" not in text and "document.write" not in text, path


def test_openapi_docs_are_served_without_a_cdn(client):
    docs = client.get("/docs")
    assert docs.status_code == 200 and "cdn." not in docs.text
    schema = client.get("/openapi.json").json()
    assert {"/api/articles", "/api/claims", "/api/entities", "/api/analyze", "/api/stats"} <= set(schema["paths"])


def test_untrusted_text_comes_back_as_json_strings(client):
    # The API never renders HTML: payloads are data in JSON (the browser test shows the page escapes them).
    response = client.get(f"/api/articles/{BUDGET}")
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["article"]["title"] == XSS_TITLE


# --- one writer: `ingest --db` is refused while serving; `ingest --server` goes through the server ---


@pytest.fixture()
def live_server(tmp_path, analyzer):
    db = build_db(tmp_path / "live.duckdb")
    url, stop = start_server(create_app(db, analyzer=analyzer))
    yield db, url.rstrip("/")
    stop()


def test_while_serving_ingest_db_fails_naming_the_fix_and_ingest_server_works(live_server, tmp_path):
    db, url = live_server
    article = tmp_path / "flood.txt"
    article.write_text(FLOOD_TEXT, encoding="utf-8")
    locked = subprocess.run(
        [sys.executable, "-c", "from claimgraph.cli import app; app()", "ingest", str(article), "--db", str(db)],
        capture_output=True, text=True, timeout=120,
    )
    assert locked.returncode != 0
    assert "claimgraph serve" in locked.stderr and "--server" in locked.stderr

    posted = list(post_sources(url, None, [Source(text=FLOOD_TEXT, origin="flood.txt", outlet="Valley News")]))
    assert posted[0].status == "added" and len(posted[0].message) == 16
    again = list(post_sources(url, None, [Source(text=FLOOD_TEXT, origin="flood.txt", outlet="Valley News")]))
    assert again[0].status == "exists"
    assert httpx.get(f"{url}/api/stats").json()["counts"]["articles"] == 5


def test_client_reports_problems_per_article_and_stops_on_a_refusing_server(client, tmp_path):
    from claimgraph.records import Problem

    results = list(post_sources("http://testserver", None, [
        Problem("bad.json:3", "not a JSON object"),
        Source(text="   ", origin="blank.txt"),
    ], client=client))
    assert results[0] == ("bad.json:3", "failed", "not a JSON object")
    assert results[1].status == "failed" and "422" in results[1].message
    copy = build_db(tmp_path / "ro.duckdb")
    with TestClient(create_app(copy, read_only=True)) as ro, pytest.raises(ServerError, match="read-only"):
        list(post_sources("http://ro", None, [Source(text=FLOOD_TEXT, origin="a.txt")], client=ro))
    with TestClient(create_app(tmp_path / "tok.duckdb", token="t")) as tok:
        with pytest.raises(ServerError, match="token"):
            list(post_sources("http://tok", None, [Source(text=FLOOD_TEXT, origin="a.txt")], client=tok))
        assert list(post_sources("http://tok", "t", [Source(text="A short note about rain.", origin="a.txt")], client=tok))[0].status == "added"
    with pytest.raises(ServerError, match="cannot reach"):
        list(post_sources(f"http://127.0.0.1:{free_port()}", None, [Source(text=FLOOD_TEXT, origin="a.txt")]))
