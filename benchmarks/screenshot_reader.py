"""Screenshot of the article reader on the bundled example, for the README (docs/reader.png).

Usage: python benchmarks/screenshot_reader.py [OUT.png]
Ingests examples/typhoon_wire.txt into a temporary database, serves it, opens the article in Debian's
Chromium (no browser download), shows the denial claim and saves a screenshot.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main(out: Path) -> None:
    exe = Path(sys.executable).parent / "claimgraph"
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.duckdb"
        subprocess.run([exe, "ingest", ROOT / "examples" / "typhoon_wire.txt", "--published", "2025-11-07",
                        "--outlet", "Example Wire", "--db", db], check=True)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = subprocess.Popen([exe, "serve", "--db", db, "--port", str(port)])
        try:
            url = f"http://127.0.0.1:{port}/"
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                for _ in range(60):
                    try:
                        page.goto(url)
                        break
                    except Exception:
                        time.sleep(0.5)
                page.get_by_role("button", name="Search").click()
                page.locator(".articles a").first.click()
                page.get_by_role("button", name="Show claim c9 in the text").click()
                time.sleep(0.5)
                page.screenshot(path=str(out))
                browser.close()
        finally:
            server.terminate()
    print(f"wrote {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "reader.png")
