"""End to end in a real browser: Playwright's Python package driving Debian's Chromium.

Never `playwright install` (it downloads a browser): the test uses /usr/bin/chromium (apt package
`chromium`) and is skipped, saying why, where that is missing. Screenshots go to
$CLAIMGRAPH_SCREENSHOTS when set (docs/reader.png is made that way), else to a temporary folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from live_server import start_server
from test_serve_records import XSS_CONTENT, XSS_SPEAKER, XSS_TITLE, build_db, budget_article, troops_article

CHROMIUM = os.environ.get("CLAIMGRAPH_CHROMIUM", "/usr/bin/chromium")
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]

sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed (pip install -e '.[test]')")
if not Path(CHROMIUM).exists():
    pytest.skip(f"{CHROMIUM} not found: install Chromium (apt-get install chromium) to run the browser tests",
                allow_module_level=True)

pytestmark = pytest.mark.browser
# Checks wait up to 20 s (Playwright's default is 5): on a loaded 2-core machine, with the rest of
# the suite running, a page's first fetch took longer than 5 s once.
sync_api.expect.set_options(timeout=20_000)

TROOPS = troops_article().article.id
BUDGET = budget_article().article.id
RIVER_TEXT = (
    "Bridge reopens after repairs\n\n"
    "Share\n\nThe city engineer, Tomas Berg, said on Monday that the bridge is safe again.\n"
)


@pytest.fixture(scope="module")
def server(tmp_path_factory, analyzer):
    from claimgraph.serve import create_app

    db = build_db(tmp_path_factory.mktemp("browser") / "browser.duckdb")
    url, stop = start_server(create_app(db, analyzer=analyzer))
    yield url
    stop()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("dialog", lambda dialog: (errors.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    page.errors = errors
    yield page
    context.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = os.environ.get("CLAIMGRAPH_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


def test_search_open_article_click_claim_open_speaker(server, page, shots):
    page.goto(server)
    page.get_by_role("searchbox", name="Search articles and claims").fill("kursk")
    page.get_by_role("button", name="Search").click()
    page.get_by_role("heading", name="Search: kursk").wait_for()
    page.locator(".articles").get_by_role("link", name="Troops gather near Kursk as Seoul raises alarm").click()

    reader = page.locator("article.reader")
    reader.get_by_role("heading", name="Troops gather near Kursk as Seoul raises alarm").wait_for()
    # The denial is marked as one, in the text and in the side list.
    assert reader.locator(".article-text .content.denial").first.text_content() == "the reports"
    assert reader.locator(".claims-list li.is-denial .badge.denial").count() == 1

    # Click Bremmer's first claim: its speaker, cue and content light up and scroll into view.
    page.get_by_role("button", name="Show claim c1 in the text").click()
    active = reader.locator(".article-text .active")
    expect = sync_api.expect
    expect(active).to_have_count(4)  # speaker, cue, and the content in two pieces (cut by its quantity)
    assert active.all_text_contents()[:2] == ["Ian Bremmer", "said"]
    content = reader.locator('.article-text .content.active')
    assert "".join(content.all_text_contents()) == "about 3,000 soldiers had reached Kursk"
    expect(content.first).to_be_in_viewport()
    expect(reader.locator('.claims-list li[data-claim="c1"]')).to_have_class("active")
    assert "claim=c1" in page.url
    page.get_by_role("button", name="Show claim c3 in the text").click()
    expect(reader.locator(".article-text .content.active")).to_have_text("the reports")
    page.screenshot(path=str(shots / "reader.png"))

    # Hovering a time shows its normalised value.
    reader.locator(".article-text .time").first.hover()
    expect(page.locator("#tip")).to_have_text("DATE: 2024-10-21")
    reader.locator(".article-text .quantity").first.hover()
    expect(page.locator("#tip")).to_contain_text("≈ 3,000 soldiers")

    # What cleaning removed is there, collapsed.
    removed = reader.locator("details.removed")
    assert removed.get_attribute("open") is None
    removed.locator("summary").click()
    expect(removed).to_contain_text("Share this article")

    # The speaker's page: everything he said, on a timeline by statement date.
    reader.locator(".claims-list").get_by_role("link", name="Ian Bremmer").first.click()
    page.get_by_role("heading", name="Ian Bremmer").wait_for()
    expect(page.get_by_role("heading", name="What they said (4)")).to_be_visible()
    dates = page.locator(".entity-claims").first.locator(".timeline > li > time").all_text_contents()
    assert dates == ["2024-10-21", "2024-10-25", "2024-11-01", "2024-11-02"]
    page.screenshot(path=str(shots / "entity.png"), full_page=True)
    assert page.errors == []


def test_claims_table_filters_and_exports_csv(server, page):
    page.goto(server + "#/claims")
    page.get_by_label("Stance").select_option("deny")
    page.get_by_role("button", name="Filter").click()
    rows = page.locator(".claims-table tbody tr")
    sync_api.expect(rows).to_have_count(2)
    assert "stance=deny" in page.url
    with page.expect_download() as info:
        page.get_by_role("button", name="Export CSV").click()
    csv = Path(info.value.path()).read_text(encoding="utf-8").splitlines()
    assert csv[0].startswith("date,date_is_stated,speaker_name") and len(csv) == 3
    assert any("the reports" in line for line in csv)
    assert page.errors == []


def test_untrusted_text_is_shown_as_text_and_never_runs(server, page):
    page.goto(server + f"#/article/{BUDGET}")
    reader = page.locator("article.reader")
    sync_api.expect(reader.locator("h1")).to_have_text(XSS_TITLE)
    assert XSS_CONTENT in reader.locator(".article-text").text_content()
    sync_api.expect(reader.locator(".claims-list")).to_contain_text(XSS_SPEAKER)
    # The javascript: URL is printed, not linked.
    assert reader.locator("a[href^='javascript']").count() == 0
    assert reader.locator(".unsafe-url").count() == 1
    views = {"#/articles": "Articles", "#/claims": "Claims", "#/search?q=budget": "Search: budget", "#/entities": "Entities"}
    for route, heading in views.items():
        page.goto(server + route)
        page.get_by_role("heading", name=heading, exact=True).wait_for()
        page.wait_for_load_state("networkidle")
        assert page.locator("main img, main script, main b, main i").count() == 0
        # Hover everything: an injected onmouseover would fire.
        for cell in page.locator("main td, main .claim-card, main .article-item").all()[:30]:
            cell.hover()
    page.get_by_role("link", name=XSS_SPEAKER).click()
    sync_api.expect(page.locator("main h1")).to_have_text(XSS_SPEAKER)
    sync_api.expect(page.locator(".entity-claims").first).to_contain_text(XSS_CONTENT)
    assert page.locator("main img, main script, main b, main i").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert page.errors == []


def test_paste_analyse_and_store(server, page):
    page.goto(server + "#/analyze")
    page.get_by_label("Paste the article").fill(RIVER_TEXT)
    page.get_by_label("Outlet").fill("River Post")
    page.get_by_role("button", name="Analyse", exact=True).click()
    result = page.locator(".analysis article.reader")
    sync_api.expect(result.locator("h1")).to_have_text("Bridge reopens after repairs", timeout=60_000)
    assert "Share" not in result.locator(".article-text").text_content()
    page.get_by_role("button", name="Analyse and store").click()
    sync_api.expect(page.locator(".analysis .notice")).to_contain_text("Stored.")
    page.locator(".analysis .notice a").click()
    sync_api.expect(page.locator("article.reader h1")).to_have_text("Bridge reopens after repairs")
    assert page.errors == []



def test_page_asks_for_the_token_once(tmp_path, page):
    from claimgraph.serve import create_app

    url, stop = start_server(create_app(build_db(tmp_path / "token.duckdb"), token="open sesame"))
    try:
        page.goto(url)
        dialog = page.get_by_role("dialog", name="This server needs a token")
        sync_api.expect(dialog).to_be_visible()
        dialog.get_by_label("Token").fill("open sesame")
        dialog.get_by_role("button", name="Use token").click()
        sync_api.expect(page.locator("main h2").first).to_have_text("Latest articles")
        page.goto(url + "#/claims")
        sync_api.expect(page.locator(".claims-table tbody tr")).to_have_count(9)
        assert not dialog.is_visible()
    finally:
        stop()


def test_api_docs_work_offline(server, page):
    page.goto(server + "docs")
    sync_api.expect(page.locator(".swagger-ui").get_by_text("/api/claims").first).to_be_visible()
    assert page.errors == []
