"""Shared fixtures: one loaded pipeline per session, and the shared example when present."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_EXAMPLE = ROOT.parent / "shared" / "examples" / "000_8c3a385dad885c44.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def nlp():
    from claimgraph.annotate import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def quantities_nlp():
    """Only the stages quantities read (places feed entities, entities give ids, times hold the
    dates and clock times that are no quantities): the quantity tests do not depend on the rest."""
    from claimgraph.annotate import load_pipeline

    return load_pipeline(
        stages=("claimgraph_places", "claimgraph_entities", "claimgraph_times", "claimgraph_quantities")
    )


@pytest.fixture(scope="session")
def analyzer():
    from claimgraph.analyze import Analyzer

    return Analyzer()


@pytest.fixture(scope="session")
def shared_example_text() -> str:
    if not SHARED_EXAMPLE.exists():
        pytest.skip("../shared/examples is not available (it is not part of the repository)")
    return SHARED_EXAMPLE.read_text(encoding="utf-8")
