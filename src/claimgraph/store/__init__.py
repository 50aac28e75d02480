"""Store stage: claimgraph records in a DuckDB file."""

from .duckdb_store import DEFAULT_DB, SCHEMA_VERSION, TABLES, Store, StoreLocked, StoreVersionError, connect

__all__ = ["DEFAULT_DB", "SCHEMA_VERSION", "TABLES", "Store", "StoreLocked", "StoreVersionError", "connect"]
