"""The dashboard: a FastAPI app with a JSON API (``/api``, described at ``/openapi.json``)
and HTML pages over a store.

Read-only unless started with a token: then ``POST /api/documents`` stores new articles when
the request carries ``Authorization: Bearer TOKEN``. Article text is hostile input; pages
are Jinja2 templates with autoescaping, and a Content-Security-Policy allows only the
app's own scripts (no inline script, no eval: Vega runs with its expression interpreter).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import secrets
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy.exc import DBAPIError
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from stancemap.store import queries as q
from stancemap.store.db import Store, open_store
from stancemap.web import charts, data
from stancemap.web import models as m
from stancemap.web.data import Filters, filter_args

MAX_BODY = 5 * 1024 * 1024  # bytes a request may carry
MAX_LIMIT = data.MAX_LIMIT
HERE = Path(__file__).resolve().parent
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
       "form-action 'self'")


BODY_TIMEOUT = 30.0  # seconds a request body may take to arrive


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes with 413, declared or streamed, and bodies
    that take longer than ``timeout`` seconds to arrive with 408 (a slow upload cannot
    hold a connection and a worker)."""

    def __init__(self, app: ASGIApp, limit: int, timeout: float = BODY_TIMEOUT) -> None:
        self.app, self.limit, self.timeout = app, limit, timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = None
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = self.limit + 1
        if declared is not None and declared > self.limit:
            await self._refuse(send)
            return
        # read the body (up to the limit, within the deadline), then hand it on
        loop = asyncio.get_running_loop()
        give_up = loop.time() + self.timeout
        body, more = b"", True
        while more:
            try:
                message = await asyncio.wait_for(receive(), max(give_up - loop.time(), 0))
            except TimeoutError:
                await self._too_slow(send)
                return
            if message["type"] != "http.request":
                await self.app(scope, _replay(message), send)
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > self.limit:
                await self._refuse(send)
                return
        await self.app(scope, _replay({"type": "http.request", "body": body,
                                       "more_body": False}, receive), send)

    async def _too_slow(self, send: Send) -> None:
        body = b'{"detail":"request body too slow (over %g s); send it at once"}' % self.timeout
        await send({"type": "http.response.start", "status": 408,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})

    async def _refuse(self, send: Send) -> None:
        body = b'{"detail":"request body too large (limit %d bytes)"}' % self.limit
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


def _replay(first: Message, then: Receive | None = None) -> Receive:
    """A ``receive`` that gives ``first`` once, then defers to ``then``."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return first
        if then is None:
            return {"type": "http.disconnect"}
        return await then()

    return receive


def _date(value: str | None, name: str) -> dt.date | None:
    if value is None or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise HTTPException(400, f"{name} must be a date YYYY-MM-DD, not {value[:40]!r}") \
            from None


def page_filters(since: str | None = None, until: str | None = None,
                 source: str | None = None) -> Filters:
    """Filters from a page's query string (blank form fields mean no filter)."""
    src = (source or "").strip()[:300] or None
    return Filters(_date(since, "since"), _date(until, "until"), src)


def api_filters(
    since: Annotated[dt.date | None, Query(description="published on or after")] = None,
    until: Annotated[dt.date | None, Query(description="published on or before")] = None,
    source: Annotated[str | None, Query(max_length=300,
                                        description="source contains")] = None,
) -> Filters:
    return Filters(since, until, source or None)


MAX_ID = 2_147_483_647  # ids are 32-bit integers on PostgreSQL
ActorId = Annotated[int, PathParam(ge=0, le=MAX_ID)]
IssueId = Annotated[int, PathParam(ge=0, le=MAX_ID)]
ClaimId = Annotated[int, PathParam(ge=0, le=MAX_ID)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size, at most {MAX_LIMIT}")]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
PageF = Annotated[Filters, Depends(page_filters)]
ApiF = Annotated[Filters, Depends(api_filters)]


def templates_env() -> Environment:
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.filters["stance_label"] = lambda k: q.STANCE_LABELS.get(k, k)
    return env


def create_app(db_url: str | None = None, token: str | None = None, *,
               max_body: int = MAX_BODY, store: Store | None = None) -> FastAPI:
    """The app over the store at ``db_url``; uploads only when ``token`` is given."""
    store = store or open_store(db_url, create=token is not None)
    engine = store.engine
    env = templates_env()
    app = FastAPI(
        docs_url=None,  # Swagger UI and ReDoc load scripts from a CDN; /docs is ours
        redoc_url=None,
        title="stancemap",
        version="1",
        description="Who stands where, from political news — with the evidence. "
                    "Read-only JSON API over a stancemap store; every list takes "
                    "`since`, `until` (YYYY-MM-DD) and `source` (substring) filters and "
                    f"`limit` ≤ {MAX_LIMIT}.",
    )
    app.state.store = store
    app.add_middleware(BodyLimit, limit=max_body)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable) -> Response:
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        """422 with what was wrong, as ASCII JSON: input that cannot be UTF-8 (a lone
        surrogate) is echoed escaped instead of crashing the answer."""
        body = json.dumps({"detail": jsonable_encoder(exc.errors())}, ensure_ascii=True,
                          default=str)
        return Response(body, 422, media_type="application/json")

    @app.exception_handler(DBAPIError)
    async def db_error(request: Request, exc: DBAPIError) -> JSONResponse:
        return JSONResponse({"detail": "the store could not answer this query"}, 400)

    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def render(request: Request, name: str, f: Filters, status: int = 200,
               **ctx: Any) -> HTMLResponse:
        def link(path: str, **extra: Any) -> str:
            args = {**filter_args(f), **{k: v for k, v in extra.items() if v not in (None, "")}}
            return path + ("?" + urlencode(args) if args else "")

        html = env.get_template(name).render(
            request=request, f=f, fargs=filter_args(f), link=link, uploads=token is not None,
            sources=data.sources(engine), path=request.url.path, **ctx)
        return HTMLResponse(html, status)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    # ------------------------------------------------------------------ pages

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def overview_page(request: Request, f: PageF) -> HTMLResponse:
        ov = data.overview(engine, f)
        mx = data.matrix(engine, f)
        timeline = data.actor_timeline(engine, f)
        return render(request, "overview.html", f, ov=ov, matrix=mx,
                      matrix_spec=charts.matrix_spec(mx) if mx["cells"] else None,
                      timeline_spec=charts.timeline_spec(timeline, y="actor")
                      if timeline else None)

    @app.get("/issues", response_class=HTMLResponse, include_in_schema=False)
    def issues_page(request: Request, f: PageF, q: str | None = None,
                    offset: Offset = 0) -> HTMLResponse:
        issues = data.list_issues(engine, f, q=q, limit=100, offset=offset)
        return render(request, "issues.html", f, issues=issues, q=q or "")

    @app.get("/issues/{issue_id}", response_class=HTMLResponse, include_in_schema=False)
    def issue_page(request: Request, issue_id: IssueId, f: PageF) -> HTMLResponse:
        issue = data.issue_who(engine, issue_id, f)
        if issue is None:
            return render(request, "missing.html", f, 404, what="issue")
        claims = {c["id"]: c for c in issue["claims"]}
        return render(request, "issue.html", f, issue=issue, claims=claims,
                      spec=charts.issue_spec(issue["groups"]) if issue["claims"] else None)

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors_page(request: Request, f: PageF, q: str | None = None,
                    offset: Offset = 0) -> HTMLResponse:
        actors = data.list_actors(engine, f, q=q, limit=100, offset=offset)
        return render(request, "actors.html", f, actors=actors, q=q or "")

    @app.get("/actors/{actor_id}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, actor_id: ActorId, f: PageF) -> HTMLResponse:
        actor = data.get_actor(engine, actor_id, f)
        if actor is None:
            return render(request, "missing.html", f, 404, what="actor")
        rows = data.actor_timeline(engine, f, actor_id=actor_id)
        return render(request, "actor.html", f, actor=actor,
                      spec=charts.timeline_spec(rows, y="issue") if rows else None)

    @app.get("/documents", response_class=HTMLResponse, include_in_schema=False)
    def documents_page(request: Request, f: PageF,
                       offset: Offset = 0) -> HTMLResponse:
        docs = data.list_documents(engine, f, limit=100, offset=offset)
        return render(request, "documents.html", f, docs=docs)

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(request: Request, doc_id: str, f: PageF,
                      claim: Annotated[int | None, Query(ge=0, le=MAX_ID)] = None
                      ) -> HTMLResponse:
        doc = data.get_document(engine, doc_id[:64])
        if doc is None:
            return render(request, "missing.html", f, 404, what="document")
        return render(request, "document.html", f, doc=doc, focus=claim,
                      segments=segments(doc["text"], doc["claims"], doc["events"]),
                      claim_data={str(c["id"]): claim_view(c) for c in doc["claims"]})

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(request: Request, f: PageF, issue_id: str | None = None) -> HTMLResponse:
        iid = int(issue_id) if issue_id and issue_id.isdigit() and len(issue_id) < 10 else None
        net = data.agreement(engine, f, issue_id=iid)
        issues = data.list_issues(engine, f, limit=200)["items"]
        return render(request, "network.html", f, net=net, issues=issues, issue_id=iid,
                      spec=charts.network_spec(net) if net["nodes"] else None)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, f: PageF, q: str = "") -> HTMLResponse:
        q_text = q.strip()[:300]
        hits = run_search(q_text, f, 100) if q_text else []
        return render(request, "search.html", f, q=q_text, hits=hits)

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs(request: Request, f: PageF) -> HTMLResponse:
        """The API's operations and parameters, read from its OpenAPI description."""
        spec = app.openapi()
        ops = [{"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                "description": op.get("description", ""),
                "params": [(p["name"], p["in"], p.get("required", False),
                            p.get("description", "")) for p in op.get("parameters", [])]}
               for path, item in spec["paths"].items() for method, op in item.items()]
        return render(request, "api.html", f, ops=ops, description=spec["info"]["description"])

    @app.get("/upload", response_class=HTMLResponse, include_in_schema=False)
    def upload_page(request: Request, f: PageF) -> HTMLResponse:
        if token is None:
            raise HTTPException(404, "uploads are off; start `stancemap serve --token T`")
        return render(request, "upload.html", f)

    # ------------------------------------------------------------------ JSON API: browse

    @app.get("/api/overview", response_model=m.Overview, tags=["browse"])
    def api_overview(f: ApiF) -> dict[str, Any]:
        """Counts, the most active actors, the most contested issues, the latest events."""
        return data.overview(engine, f)

    @app.get("/api/documents", response_model=m.Page[m.DocumentSummary], tags=["browse"])
    def api_documents(f: ApiF, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        """Stored documents, newest first."""
        return data.list_documents(engine, f, limit, offset)

    @app.get("/api/documents/{doc_id}", response_model=m.DocumentDetail, tags=["browse"],
             responses={404: {"description": "no such document"}})
    def api_document(doc_id: Annotated[str, PathParam(max_length=64)]) -> dict[str, Any]:
        """One document: text, actors, claims (with evidence offsets) and events."""
        doc = data.get_document(engine, doc_id)
        if doc is None:
            raise HTTPException(404, "no such document")
        return doc

    @app.get("/api/actors", response_model=m.Page[m.ActorSummary], tags=["browse"])
    def api_actors(f: ApiF, limit: Limit = 50, offset: Offset = 0,
                   q: Annotated[str | None, Query(max_length=300)] = None) -> dict[str, Any]:
        """Actors by number of claims; ``q`` matches names and aliases."""
        return data.list_actors(engine, f, q=q, limit=limit, offset=offset)

    @app.get("/api/actors/{actor_id}", response_model=m.ActorDetail, tags=["browse"],
             responses={404: {"description": "no such actor"}})
    def api_actor(actor_id: ActorId, f: ApiF, limit: Limit = 200) -> dict[str, Any]:
        """An actor: aliases, role, country, positions (claims) and events attended."""
        actor = data.get_actor(engine, actor_id, f, limit)
        if actor is None:
            raise HTTPException(404, "no such actor")
        return actor

    @app.get("/api/issues", response_model=m.Page[m.IssueSummary], tags=["browse"])
    def api_issues(f: ApiF, limit: Limit = 50, offset: Offset = 0,
                   q: Annotated[str | None, Query(max_length=300)] = None,
                   order: Annotated[str, Query(pattern="^(claims|contested)$")] = "claims",
                   ) -> dict[str, Any]:
        """Issues with claim counts per stance."""
        return data.list_issues(engine, f, q=q, limit=limit, offset=offset, order=order)

    @app.get("/api/issues/{issue_id}", response_model=m.IssueDetail, tags=["browse"],
             responses={404: {"description": "no such issue"}})
    def api_issue(issue_id: IssueId, f: ApiF, limit: Limit = MAX_LIMIT) -> dict[str, Any]:
        """Who supports, opposes, supports with conditions or is neutral, with the claims."""
        issue = data.issue_who(engine, issue_id, f, limit)
        if issue is None:
            raise HTTPException(404, "no such issue")
        return issue

    @app.get("/api/claims/{claim_id}", response_model=m.Claim, tags=["browse"],
             responses={404: {"description": "no such claim"}})
    def api_claim(claim_id: ClaimId) -> dict[str, Any]:
        """One claim with its speakers and evidence."""
        claim = data.get_claim(engine, claim_id)
        if claim is None:
            raise HTTPException(404, "no such claim")
        return claim

    @app.get("/api/matrix", response_model=m.Matrix, tags=["browse"])
    def api_matrix(f: ApiF, max_actors: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 30,
                   max_issues: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 20) -> dict[str, Any]:
        """Actors × issues: net stance per cell and the claim to open as its evidence."""
        return data.matrix(engine, f, max_actors, max_issues)

    @app.get("/api/network", response_model=m.Network, tags=["browse"])
    def api_network(f: ApiF,
                    issue_id: Annotated[int | None, Query(ge=0, le=MAX_ID)] = None,
                    min_weight: Annotated[int, Query(ge=1, le=1000)] = 1,
                    max_nodes: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 60) -> dict[str, Any]:
        """The agreement graph by actor id (what the network page draws)."""
        return data.agreement(engine, f, issue_id, min_weight, max_nodes)

    # ------------------------------------------------------------------ JSON API: questions

    @app.get("/api/summary", tags=["questions"])
    def api_summary() -> dict[str, int]:
        """How much the store holds."""
        with store.session() as s:
            return q.summary(s)

    @app.get("/api/positions", response_model=list[q.Position], tags=["questions"])
    def api_positions(actor: Annotated[str, Query(min_length=1, max_length=300)], f: ApiF,
                      issue: Annotated[str | None, Query(max_length=300)] = None,
                      limit: Limit = MAX_LIMIT) -> list[Any]:
        """Every stance of the actor ``actor`` names: issue, conditions, date, evidence."""
        with store.session() as s:
            return q.positions(s, actor, f, issue=issue)[:limit]

    @app.get("/api/who", response_model=q.WhoResult, tags=["questions"])
    def api_who(issue: Annotated[str, Query(min_length=1, max_length=300)],
                f: ApiF) -> Any:
        """Who supports, supports if…, opposes unless…, opposes or is neutral on ``issue``."""
        with store.session() as s:
            return q.who(s, issue, f)

    @app.get("/api/changes", response_model=list[q.Change], tags=["questions"])
    def api_changes(since: dt.date, source: Annotated[str | None, Query(max_length=300)] = None,
                    until: dt.date | None = None, limit: Limit = MAX_LIMIT) -> list[Any]:
        """Actors whose stance on an issue flipped or gained/lost a condition since ``since``."""
        with store.session() as s:
            return q.changes(s, since, Filters(None, until, source or None))[:limit]

    @app.get("/api/agreement", response_model=q.Network, tags=["questions"])
    def api_agreement(f: ApiF, issue: Annotated[str | None, Query(max_length=300)] = None,
                      min_claims: Annotated[int, Query(ge=1, le=1000)] = 1) -> Any:
        """Who sides with whom (by actor name), on one issue or all."""
        with store.session() as s:
            return q.agreement(s, issue or None, f, min_claims)

    @app.get("/api/search", response_model=m.SearchResult, tags=["questions"])
    def api_search(q_: Annotated[str, Query(alias="q", min_length=1, max_length=300)],
                   f: ApiF, limit: Limit = 50) -> dict[str, Any]:
        """Full-text search over evidence (words ANDed, "quoted phrases", OR)."""
        return {"q": q_, "hits": run_search(q_, f, limit)}

    @app.get("/api/events", response_model=list[q.EventRow], tags=["questions"])
    def api_events(f: ApiF, actor: Annotated[str | None, Query(max_length=300)] = None,
                   place: Annotated[str | None, Query(max_length=300)] = None,
                   status: Annotated[str | None, Query(max_length=20)] = None,
                   kind: Annotated[str | None, Query(max_length=40)] = None,
                   limit: Limit = 50) -> list[Any]:
        """Events, newest first, by actor, place, status and kind."""
        with store.session() as s:
            return q.list_events(s, f, actor=actor, place=place, status=status, kind=kind,
                                 limit=limit)

    def run_search(text: str, f: Filters, limit: int) -> list[dict[str, Any]]:
        with store.session() as s:
            hits = [asdict(h) for h in q.search(s, text, f, limit=limit)]
        refs = data.claim_ids(engine, [(h["document_id"], h["evidence"]) for h in hits
                                       if h["kind"] == "claim"])
        for h in hits:
            h["date"] = h["date"].isoformat() if h["date"] else None
            h["claim_id"] = refs.get((h["document_id"], h["evidence"])) \
                if h["kind"] == "claim" else None
        return hits

    # ------------------------------------------------------------------ upload

    @app.post("/api/documents", response_model=m.UploadOut, status_code=201, tags=["upload"],
              responses={403: {"description": "missing or wrong token"},
                         404: {"description": "uploads are off"},
                         413: {"description": "request too large"}})
    def api_upload(doc: m.UploadIn,
                   authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
        """Extract and store one article. Needs ``Authorization: Bearer TOKEN``; off unless
        the server was started with ``--token``."""
        if token is None:
            raise HTTPException(404, "uploads are off; start `stancemap serve --token T`")
        scheme, _, given = (authorization or "").partition(" ")
        given = given.strip()
        if scheme != "Bearer" or not given \
                or not secrets.compare_digest(given.encode("utf-8", "replace"), token.encode()):
            raise HTTPException(403, "send the server's token as `Authorization: Bearer T`")
        return store_upload(store, doc)

    return app


def store_upload(store: Store, doc: m.UploadIn) -> dict[str, Any]:
    """Run the extraction on an uploaded article and store it (once per text)."""
    from stancemap.model import RawDocument, document_id
    from stancemap.store.ingest import ingest

    raw = RawDocument(text=doc.text, source=doc.source or f"upload:{doc.title or 'untitled'}",
                      title=doc.title, published=doc.published, url=doc.url)
    report = ingest(store, [raw], workers=0)
    if report.failures:
        raise HTTPException(422, report.failures[0].reason)
    doc_id = document_id(doc.text)
    stored = data.get_document(store.engine, doc_id)
    return {"id": doc_id, "stored": bool(report.stored),
            "claims": len(stored["claims"]) if stored else 0,
            "events": len(stored["events"]) if stored else 0,
            "url": f"/documents/{doc_id}"}


def claim_view(c: dict[str, Any]) -> dict[str, Any]:
    """What the document page shows when a highlighted claim is clicked."""
    return {"id": c["id"], "speakers": [s["name"] for s in c["speakers"]] or [c["speaker_text"]],
            "speaker_text": c["speaker_text"], "predicate": c["predicate"],
            "stance": c["kind"], "target": c["target"], "issue": c["issue"],
            "issue_id": c["issue_id"], "conditions": c["conditions"], "quote": c["quote"],
            "confidence": c["confidence"],
            "actor_ids": [s["id"] for s in c["speakers"]]}


def segments(text: str, claims: list[dict[str, Any]], events: list[dict[str, Any]]
             ) -> list[dict[str, Any]]:
    """The text cut at every evidence boundary; each piece knows which claims and events
    cover it (the template wraps covered pieces in ``<mark>``)."""
    n = len(text)
    spans = []
    for c in claims:
        s, e = c["evidence"]["start"], c["evidence"]["end"]
        if 0 <= s < e <= n:
            spans.append(("claim", c, s, e))
    for ev in events:
        s, e = ev["evidence"]["start"], ev["evidence"]["end"]
        if 0 <= s < e <= n:
            spans.append(("event", ev, s, e))
    cuts = sorted({0, n, *(s for *_, s, _ in spans), *(e for *_, e in spans)})
    out = []
    first_seen: set[tuple[str, int]] = set()
    for a, b in zip(cuts, cuts[1:], strict=False):
        cover = [(kind, item) for kind, item, s, e in spans if s <= a and b <= e]
        claims_here = [item for kind, item in cover if kind == "claim"]
        events_here = [item for kind, item in cover if kind == "event"]
        starts = [f"{kind}-{item['id']}" for kind, item in cover
                  if (kind, item["id"]) not in first_seen]
        first_seen.update((kind, item["id"]) for kind, item in cover)
        top = claims_here[-1] if claims_here else None
        out.append({
            "text": text[a:b],
            "claims": [c["id"] for c in claims_here],
            "events": [e["id"] for e in events_here],
            "kind": top["kind"] if top else None,
            "anchors": starts,
            "title": "; ".join(
                f"{', '.join(s['name'] for s in c['speakers']) or c['speaker_text']} — "
                f"{c['kind']}: {c['target']}" for c in claims_here)
            + ("; " if claims_here and events_here else "")
            + "; ".join(f"event: {e['kind']} — {e['description']}" for e in events_here),
        })
    return out
