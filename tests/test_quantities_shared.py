"""Issue 4 "done when": the quantities of the shared example article (skipped without ../shared)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.shared

@pytest.fixture(scope="module")
def nlp(quantities_nlp):
    return quantities_nlp


@pytest.fixture(scope="module")
def doc(shared_example_text, nlp):  # skip before loading the model
    return nlp(shared_example_text)


@pytest.fixture(scope="module")
def found(doc):
    return doc._.quantities


def by_value(found, value):
    matches = [q for q in found if q.value == value]
    assert len(matches) == 1, [(q.text, q.value) for q in found]
    return matches[0]


def test_exactly_the_four_quantities(found):
    assert sorted(q.value for q in found) == [1500, 3000, 12000, 1_000_000]


def test_troops_reported_with_north_korea(doc, found):
    troops = by_value(found, 3000)
    assert (troops.unit, troops.modality) == ("troops", "reported")
    names = {entity.id: entity.name for entity in doc._.cg_entities}
    assert names.get(troops.entity) == "North Korea"


def test_total_expected_inherits_troops(found):
    total = by_value(found, 12000)
    assert (total.unit, total.modality) == ("troops", "expected")


def test_special_forces(found):
    forces = by_value(found, 1500)
    assert forces.unit == "special forces"


def test_millions_of_artillery_shells_is_approximate(found):
    shells = by_value(found, 1_000_000)
    assert shells.unit == "artillery shells"
    assert shells.approximate and shells.lower_bound
