"""`claimgraph serve`: a FastAPI app over the DuckDB store, JSON under /api/ and the web page at /.

The server holds the database for its whole life (DuckDB allows one writing process), so it is
the only writer while it runs: ``claimgraph ingest --server URL`` sends articles here instead.
Reads run on per-thread DuckDB cursors in FastAPI's thread pool; writes and the spaCy pipeline
(neither thread-safe) each go through one lock. The pipeline is loaded on the first analysis, so
the server starts in well under a second.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import secrets
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import duckdb
from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from pydantic import ValidationError
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..annotate.pipeline import DEFAULT_MODEL
from ..extract.attributions.lexicon import STANCES
from ..records import Problem, Record, Source
from ..store import TABLES, Store
from ..store import queries
from .inputs import InputError, source_from_fields
from .models import (
    MAX_PAGE,
    AnalyzeRequest,
    ArticlePage,
    ClaimKindParam,
    ClaimPage,
    ClaimSort,
    EntityKindParam,
    EntityList,
    EntityPage,
    Stats,
    Stored,
)

log = logging.getLogger(__name__)

STATIC = Path(__file__).parent / "static"
MAX_BODY_BYTES = 5 * 1024 * 1024  # one article's HTML is rarely over 2 MB
TOKEN_ENV = "CLAIMGRAPH_TOKEN"
# The page runs only its own scripts and styles, and talks only to this server.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
# Swagger UI (fastapi-offline ships it) needs its inline script: the strict policy is not applied there.
DOCS_PATHS = ("/docs", "/redoc", "/static-offline-docs", "/openapi.json")

ArticleId = Annotated[str, PathParam(pattern=r"^[0-9a-f]{16}$", description="16 hex digits")]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size, at most {MAX_PAGE}.")]
Offset = Annotated[int, Query(ge=0, le=1_000_000)]
SearchText = Annotated[str | None, Query(min_length=1, max_length=200, description="Full-text search (all words).")]
Since = Annotated[date | None, Query(description="YYYY-MM-DD, inclusive.")]
Until = Annotated[date | None, Query(description="YYYY-MM-DD, inclusive.")]


class Service:
    """The open store, its search index, the write lock and the lazily loaded analyzer."""

    def __init__(self, db_path: str | Path, read_only: bool, model: str, analyzer: Any = None) -> None:
        self.store = Store(db_path, read_only=read_only)
        self.read_only = read_only
        self.index = queries.SearchIndex(self.store.con, read_only=read_only)
        pending = self.index.pending()
        if pending >= 1000:  # worth saying why the start takes a while
            log.warning("indexing %d articles for search and listing (once; about a minute per 100,000)", pending)
        if pending:
            self.index.sync()
        self.model = model
        self._analyzer = analyzer
        self._analyzer_lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._cursor_lock = threading.Lock()
        self._local = threading.local()
        self._cursors: list[duckdb.DuckDBPyConnection] = []

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """This thread's own cursor (a DuckDB connection may not be shared between threads)."""
        cursor = getattr(self._local, "cursor", None)
        if cursor is None:
            with self._write_lock, self._cursor_lock:  # not while a write uses the main connection
                cursor = self.store.con.cursor()
                self._cursors.append(cursor)
            self._local.cursor = cursor
        return cursor

    def analyze(self, source: Source, raw: bool = False) -> Record:
        with self._analyzer_lock:
            if self._analyzer is None:
                from ..analyze import Analyzer

                self._analyzer = Analyzer(self.model)
            result = self._analyzer.analyze_source(source, raw=raw)
        if isinstance(result, Problem):
            raise HTTPException(422, f"{result.origin}: {result.message}")
        return result

    def add(self, record: Record) -> bool:
        with self._write_lock:
            added = self.store.add(record)
            if added:
                self.index.sync(self.store.con)
        return added

    def close(self) -> None:
        with self._cursor_lock:
            for cursor in self._cursors:
                cursor.close()
            self._cursors.clear()
        self.store.close()
        self.index.close()


class BodyLimit:
    """Refuse request bodies over ``max_bytes`` with 413, from Content-Length or while streaming."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    def too_large(self) -> HTTPException:
        return HTTPException(413, f"request body is over the limit of {self.max_bytes:,} bytes")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_bytes:
            response = JSONResponse({"detail": str(self.too_large().detail)}, status_code=413)
            return await response(scope, receive, send)
        seen = 0

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:
                raise self.too_large()  # turned into the 413 response by FastAPI's exception handler
            return message

        await self.app(scope, counting_receive, send)


class SecurityHeaders:
    """The strict Content-Security-Policy and friends on every response but the API docs'."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        strict = not scope["path"].startswith(DOCS_PATHS)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                if strict:
                    headers["Content-Security-Policy"] = CSP
                    headers["X-Frame-Options"] = "DENY"
                headers["X-Content-Type-Options"] = "nosniff"
                headers["Referrer-Policy"] = "no-referrer"
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(
    db_path: str | Path,
    read_only: bool = False,
    token: str | None = None,
    *,
    model: str = DEFAULT_MODEL,
    analyzer: Any = None,
) -> FastAPI:
    """The app over the database at ``db_path`` (created unless ``read_only``). With ``token``, every
    /api/ request must send ``Authorization: Bearer TOKEN``. ``analyzer`` (an ``Analyzer``) is used
    instead of loading ``model`` on the first analysis."""
    service = Service(db_path, read_only, model, analyzer)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        service.close()

    app = FastAPIOffline(
        title="claimgraph",
        version=__version__,
        summary="Who said what, when, how many, where: claimgraph/1 records over a DuckDB store.",
        lifespan=lifespan,
    )
    app.state.service = service
    app.include_router(_api_router(service, token))
    _add_page(app)

    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, max_bytes=MAX_BODY_BYTES)
    return app


def _add_page(app: FastAPI) -> None:
    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")


def _bearer_check(token: str | None):
    def check(request: Request) -> None:
        if token is None:
            return
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not secrets.compare_digest(given.strip().encode(), token.encode()):
            raise HTTPException(
                401, "this server needs a token: send 'Authorization: Bearer TOKEN'",
                headers={"WWW-Authenticate": "Bearer"},
            )

    return check


def _json(data: Any, status_code: int = 200) -> Response:
    return JSONResponse(data, status_code=status_code)


def _json_text(text: str) -> Response:
    """JSON the store already holds as text, sent as it is."""
    return Response(text, media_type="application/json")


def _check_dates(since: date | None, until: date | None) -> None:
    if since and until and since > until:
        raise HTTPException(422, f"since ({since}) is after until ({until})")


def _api_router(service: Service, token: str | None) -> APIRouter:
    api = APIRouter(prefix="/api", dependencies=[Depends(_bearer_check(token))])

    def refuse_if_read_only() -> None:
        if service.read_only:
            raise HTTPException(403, "this server is read-only (started with --read-only): it analyses and stores nothing")

    @api.get("/articles", response_model=ArticlePage, summary="Search and list articles")
    def list_articles(
        q: SearchText = None,
        outlet: Annotated[str | None, Query(max_length=200)] = None,
        since: Since = None,
        until: Until = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> Response:
        """Articles newest first or, with `q`, best match first (every word must occur in the title or
        text). `since`/`until` filter on the publication date."""
        _check_dates(since, until)
        return _json_text(queries.list_articles(service.cursor(), service.index, q, outlet, since, until, limit, offset).to_json())

    @api.get("/articles/{article_id}", summary="One article's claimgraph/1 record")
    def get_article(article_id: ArticleId) -> Response:
        record = queries.article_record_json(service.cursor(), article_id)
        if record is None:
            raise HTTPException(404, f"no article with id {article_id}")
        return _json_text(record)

    @api.get("/claims", response_model=ClaimPage, summary="Search and list claims")
    def list_claims(
        speaker: Annotated[str | None, Query(max_length=200, description="Entity key ('person:ian bremmer') or part of a name.")] = None,
        entity: Annotated[str | None, Query(max_length=200, description="Entity key: claims whose content mentions it.")] = None,
        stance: Annotated[str | None, Query(pattern=f"^(?:{'|'.join(STANCES)})$", description="One of the cue stances.")] = None,
        kind: ClaimKindParam | None = None,
        q: SearchText = None,
        since: Since = None,
        until: Until = None,
        article: Annotated[str | None, Query(pattern=r"^[0-9a-f]{16}$")] = None,
        outlet: Annotated[str | None, Query(max_length=200)] = None,
        hedged: bool | None = None,
        sort: ClaimSort | None = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> Response:
        """Claims, newest first or, with `q`, best match first (every word must occur in the content).
        `since`/`until` apply to the statement date when the claim has one, else to the publication
        date."""
        _check_dates(since, until)
        return _json_text(queries.list_claims(
            service.cursor(), service.index, speaker=speaker, entity=entity, stance=stance, kind=kind, q=q,
            since=since, until=until, article=article, outlet=outlet, hedged=hedged, sort=sort,
            limit=limit, offset=offset,
        ).to_json())

    @api.get("/entities", response_model=EntityList, summary="Search and list entities across articles")
    def list_entities(
        q: Annotated[str | None, Query(max_length=200, description="Part of the name.")] = None,
        kind: EntityKindParam | None = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> Response:
        """Cross-article entities, those in the most articles first."""
        return _json_text(queries.list_entities(service.cursor(), service.index, q, kind, limit, offset).to_json())

    @api.get("/entities/{key:path}", response_model=EntityPage, summary="One entity: what it said, what was said about it")
    def get_entity(
        key: str,
        limit: Limit = 100,
        said_offset: Offset = 0,
        about_offset: Offset = 0,
    ) -> Response:
        """`key` is the cross-article key, URL-encoded (`person:ian%20bremmer`); any case and accents
        are folded. The claims come in statement-date order (oldest first), for a timeline."""
        if ":" not in key or len(key) > 300:
            raise HTTPException(422, "an entity key is KIND:NAME, e.g. person:ian bremmer")
        cursor = service.cursor()
        found = queries.entity_json(cursor, service.index, key)
        if found is None:
            raise HTTPException(404, f"no entity {queries.normalise_key(key)!r}")
        key, entity_json = found
        said = queries.list_claims(cursor, service.index, speaker=key, sort="oldest", limit=limit, offset=said_offset)
        about = queries.list_claims(cursor, service.index, entity=key, sort="oldest", limit=limit, offset=about_offset)
        return _json_text(f'{{"entity":{entity_json},"said":{said.to_json()},"about":{about.to_json()}}}')

    @api.get("/stats", response_model=Stats, summary="What the store holds")
    def stats() -> Response:
        data = queries.stats(service.cursor(), service.index, TABLES)
        return _json({**data, "read_only": service.read_only, "max_body_bytes": MAX_BODY_BYTES, "max_page": MAX_PAGE})

    @api.post("/analyze", summary="Analyse one article; stores nothing", openapi_extra=_body_doc(), responses=_post_responses())
    async def analyze(request: Request) -> Response:
        """Returns the claimgraph/1 record. Send JSON (`text` or `html`, with optional metadata),
        `text/plain` or `text/html`, or multipart/form-data with a `file`."""
        refuse_if_read_only()
        source, raw = await _read_source(request)
        record = await run_in_threadpool(service.analyze, source, raw)
        return _json(record.to_dict())

    @api.post(
        "/articles", summary="Analyse one article and store it", response_model=Stored,
        openapi_extra=_body_doc(), responses=_post_responses(),
    )
    async def store_article(request: Request) -> Response:
        """Idempotent like `claimgraph ingest`: an article whose cleaned text is already stored is not
        added again (`added: false`, status 200; 201 when added)."""
        refuse_if_read_only()
        source, raw = await _read_source(request)
        record = await run_in_threadpool(service.analyze, source, raw)
        added = await run_in_threadpool(service.add, record)
        body = {"id": record.article.id, "added": added, "record": record.to_dict()}
        return _json(body, status_code=201 if added else 200)

    return api


async def _read_source(request: Request) -> tuple[Source, bool]:
    """The one article a POST carries (as JSON, multipart/form-data, text/plain or text/html) and
    whether to keep its text raw (uncleaned)."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    try:
        if content_type == "multipart/form-data":
            return await _source_from_form(request)
        if content_type in ("text/plain", "text/html"):
            body = (await request.body()).decode("utf-8", errors="replace")
            return source_from_fields({"html" if content_type == "text/html" else "text": body}), False
        if content_type in ("application/json", ""):
            fields = _json_fields(await request.body())
            return source_from_fields(fields), bool(fields["raw"])
    except InputError as err:
        raise HTTPException(422, str(err)) from None
    raise HTTPException(415, f"unsupported content type {content_type!r}: send JSON, multipart/form-data, text/plain or text/html")


def _json_fields(body: bytes) -> dict[str, Any]:
    try:
        fields = AnalyzeRequest.model_validate_json(body or b"{}")
    except ValidationError as err:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'body'}: {e['msg']}" for e in err.errors())
        raise HTTPException(422, f"bad JSON body: {problems}") from None
    return fields.model_dump()


# Document and media formats an upload may come in that are not text: refused rather than read as
# characters (an unknown text extension is still read as plain text).
_DOCUMENT_FORMATS = frozenset({".pdf", ".doc", ".docx", ".odt", ".rtf", ".xls", ".xlsx", ".ppt", ".pptx", ".epub",
                               ".png", ".jpg", ".jpeg", ".gif", ".webp", ".zip", ".gz", ".mp3", ".mp4"})  # fmt: skip


async def _source_from_form(request: Request) -> tuple[Source, bool]:
    form = await request.form(max_files=1, max_fields=20)
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    upload = form.get("file")
    file = None
    if upload is not None and not isinstance(upload, str) and upload.filename:
        if os.path.splitext(upload.filename)[1].lower() in _DOCUMENT_FORMATS:
            raise HTTPException(
                415, f"{upload.filename}: claimgraph reads .txt, .md, .html and .json uploads; export the text first"
            )
        file = (upload.filename, await upload.read())
    raw = fields.get("raw", "").lower() in ("1", "true", "on", "yes")
    return source_from_fields(fields, file), raw


def _body_doc() -> dict[str, Any]:
    """The request bodies the POST endpoints accept, for /docs (they read the body themselves)."""
    return {
        "requestBody": {
            "required": True,
            "description": f"At most {MAX_BODY_BYTES:,} bytes (larger bodies get 413).",
            "content": {
                "application/json": {"schema": AnalyzeRequest.model_json_schema()},
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "file": {"type": "string", "format": "binary",
                                     "description": ".txt, .md, .html, .json (one article)"},
                            **{f: {"type": "string"} for f in ("title", "published", "url", "outlet", "author")},
                        },
                    }
                },
                "text/plain": {"schema": {"type": "string"}},
                "text/html": {"schema": {"type": "string"}},
            },
        }
    }


def _post_responses() -> dict[int | str, dict[str, Any]]:
    return {
        403: {"description": "The server is read-only."},
        413: {"description": f"Body over {MAX_BODY_BYTES:,} bytes."},
        415: {"description": "Unsupported content type."},
        422: {"description": "No article in the body, or it cannot be analysed."},
    }


# --- running it ----------------------------------------------------------------------------------


class RefusedToStart(RuntimeError):
    pass


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def resolve_token(host: str, token: str | None) -> str | None:
    """The token to require: given, else $CLAIMGRAPH_TOKEN; refuses a non-loopback host without one."""
    token = token or os.environ.get(TOKEN_ENV) or None
    if token is None and not is_loopback(host):
        raise RefusedToStart(
            f"refusing to serve on {host} without a token: anyone who can reach it could read and add "
            f"articles. Give one with --token T or {TOKEN_ENV}=T (clients send 'Authorization: Bearer T'), "
            f"or bind to 127.0.0.1"
        )
    return token


def run(
    db: str | Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    read_only: bool = False,
    token: str | None = None,
    model: str = DEFAULT_MODEL,
) -> None:
    """Serve the database until interrupted (Ctrl+C)."""
    import uvicorn

    token = resolve_token(host, token)
    if read_only and not Path(db).exists():
        raise RefusedToStart(f"{db}: no such database (create it with `claimgraph ingest PATH --db {db}`)")
    app = create_app(db, read_only=read_only, token=token, model=model)
    shown = f"[{host}]" if ":" in host else host
    print(f"claimgraph: serving {db}{' (read-only)' if read_only else ''} on http://{shown}:{port}/ "
          f"(API docs at /docs); Ctrl+C stops", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")

