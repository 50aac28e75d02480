"""Every record follows the shipped claimgraph/1 JSON Schema."""

import jsonschema
import pytest

from claimgraph.records import Article, Record
from claimgraph.schema import load_schema, validate

from test_store import make_record


def test_schema_is_shipped_and_strict():
    schema = load_schema()
    assert schema["properties"]["schema"] == {"const": "claimgraph/1"}
    validate(make_record().to_dict())
    bad = make_record().to_dict()
    bad["entities"][0]["kind"] = "alien"
    with pytest.raises(jsonschema.ValidationError):
        validate(bad)
    missing = Record(article=Article(text="x")).to_dict()
    del missing["claims"]
    with pytest.raises(jsonschema.ValidationError):
        validate(missing)


def test_article_id_is_the_hash_of_the_cleaned_text():
    import hashlib

    record = Record(article=Article(text="Hello world."))
    assert record.article.id == hashlib.sha256(b"Hello world.").hexdigest()[:16]
    assert record.to_dict()["article"]["id"] == record.article.id


def test_full_analysis_output_validates(analyzer):
    from claimgraph.records import Source

    text = (
        "Officials warn of floods\n\nclose\n\nThe mayor of Manila, Maria Santos, said on Tuesday that "
        "“12,000 people” had left. Police denied the reports.Reuters\n"
    )
    record = analyzer.analyze_source(Source(text=text, origin="t.txt", published="2025-11-07"))
    data = record.to_dict()
    validate(data)
    assert data["article"]["removed"]
    for entity in data["entities"]:
        for start, end in entity["mentions"]:
            assert 0 <= start < end <= len(data["article"]["text"])
