"""The DuckDB store: tables, idempotent re-ingest, schema version, one writer."""

import duckdb
import pytest

from claimgraph.records import (
    Article, Claim, Cue, Entity, Place, Quantity, Record, Speaker, Stated, TextSpan, Time,
)
from claimgraph.store import SCHEMA_VERSION, Store, StoreLocked, StoreVersionError


def make_record(text="Ian Bremmer said on Monday that 3,000 troops were in Kursk.") -> Record:
    return Record(
        article=Article(text=text, title="T", published="2024-10-25", outlet="Wire"),
        entities=[Entity("e1", "Ian Bremmer", "person", "PERSON", None, [(0, 11)])],
        claims=[Claim(
            "c1", "indirect", Speaker("Ian Bremmer", (0, 11), "Ian Bremmer", "e1", "explicit"),
            Cue("said", (12, 16), "say", "assert"), TextSpan("3,000 troops were in Kursk", (32, 58)),
            Stated("on Monday", (17, 26), "2024-10-21"),
        )],
        times=[Time("on Monday", (17, 26), "DATE", "2024-10-21", "2024-10-21", "2024-10-21", "published")],
        quantities=[Quantity("3,000 troops", (32, 44), 3000, "troops")],
        places=[Place("Kursk", (53, 58), "Kursk", 538560, 51.73, 36.19, "RU", "P.PPLA")],
    )


def test_add_fills_every_table_and_reingest_changes_nothing(tmp_path):
    db = tmp_path / "cg.duckdb"
    record = make_record()
    with Store(db) as store:
        assert store.add(record) is True
        first = store.stats()
        assert store.add(record) is False
        assert store.stats() == first
    assert first == {"articles": 1, "entities": 1, "mentions": 1, "claims": 1, "times": 1,
                     "quantities": 1, "places": 1, "events": 0}


def test_stored_record_round_trips_and_claims_are_queryable(tmp_path):
    db = tmp_path / "cg.duckdb"
    record = make_record()
    with Store(db) as store:
        store.add(record)
        assert store.record(record.article.id) == record.to_dict()
        row = store.con.execute(
            "SELECT speaker_key, stance, stated_date, published FROM claims"
        ).fetchone()
    assert row[0] == "person:ian bremmer" and row[1] == "assert"
    assert str(row[2]) == "2024-10-21" and str(row[3]) == "2024-10-25"


def test_schema_version_is_recorded_and_checked(tmp_path):
    db = tmp_path / "cg.duckdb"
    Store(db).close()
    con = duckdb.connect(str(db))
    assert con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
    con.execute("UPDATE meta SET value='999' WHERE key='schema_version'")
    con.close()
    with pytest.raises(StoreVersionError, match="999"):
        Store(db)


def test_read_only_store_needs_an_existing_file(tmp_path):
    with pytest.raises(FileNotFoundError):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_second_writer_process_gets_a_message_naming_the_fix(tmp_path):
    import subprocess
    import sys

    db = tmp_path / "cg.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb,sys,time; c=duckdb.connect({str(db)!r}); print('ok', flush=True); time.sleep(30)"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ok"
        with pytest.raises(StoreLocked, match="--server"):
            Store(db)
    finally:
        holder.kill()
