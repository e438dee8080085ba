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

from stancemap import questions as Q
from stancemap.questions import Filters, Page, to_json
from stancemap.store.db import Store, open_store
from stancemap.web import charts
from stancemap.web import models as m

MAX_BODY = 5 * 1024 * 1024  # bytes a request may carry
MAX_LIMIT = Q.MAX_LIMIT
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
Words = Annotated[str | None, Query(max_length=300)]
PageF = Annotated[Filters, Depends(page_filters)]
ApiF = Annotated[Filters, Depends(api_filters)]
STATUSES = "^(held|ongoing|planned|expected|cancelled)$"
AsFormat = Annotated[str, Query(alias="format", pattern="^(json|csv)$",
                                description="json (default) or csv (the CLI's --format csv)")]


def templates_env() -> Environment:
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.filters["stance_label"] = lambda k: Q.STANCE_LABELS.get(k, k)
    env.filters["stance_sign"] = lambda k: Q.STANCE_SIGNS.get(k, k)
    env.globals.update(STANCE_ORDER=Q.STANCE_ORDER, LEGEND=Q.LEGEND)
    return env


def create_app(db_url: str | None = None, token: str | None = None, *,
               max_body: int = MAX_BODY, store: Store | None = None,
               extractor: str = "rules") -> FastAPI:
    """The app over the store at ``db_url``; uploads only when ``token`` is given, extracted
    by the extractor registered as ``extractor``.

    Every page and every API route asks through :mod:`stancemap.questions`; a page's data
    is the API's JSON (embedded in the page as ``#page-data``), so both always agree."""
    store = store or open_store(db_url, create=token is not None)
    env = templates_env()
    app = FastAPI(
        docs_url=None,  # Swagger UI and ReDoc load scripts from a CDN; /docs is ours
        redoc_url=None,
        title="stancemap",
        version="1",
        description="Who stands where, from political news — with the evidence. "
                    "Read-only JSON API over a stancemap store; every list takes "
                    "`since`, `until` (YYYY-MM-DD) and `source` (substring) filters and "
                    f"`limit` ≤ {MAX_LIMIT}. The dashboard pages show exactly these answers.",
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
        """422 with what was wrong: as ASCII JSON for the API (input that cannot be UTF-8 is
        echoed escaped), as a readable page for the dashboard."""
        if not request.url.path.startswith("/api"):
            problems = "; ".join(f"{'.'.join(str(x) for x in e.get('loc', ())[1:])}: "
                                 f"{e.get('msg', 'invalid')}" for e in exc.errors())
            return render(request, "problem.html", Filters(), 422,
                          problem=problems.encode("ascii", "replace").decode())
        body = json.dumps({"detail": jsonable_encoder(exc.errors())}, ensure_ascii=True,
                          default=str)
        return Response(body, 422, media_type="application/json")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        """The API answers JSON; a page says what was wrong in words, on a page."""
        if request.url.path.startswith("/api") or request.url.path == "/upload":
            return JSONResponse({"detail": exc.detail}, exc.status_code, headers=exc.headers)
        return render(request, "problem.html", Filters(), exc.status_code,
                      problem=str(exc.detail))

    @app.exception_handler(DBAPIError)
    async def db_error(request: Request, exc: DBAPIError) -> JSONResponse:
        return JSONResponse({"detail": "the store could not answer this query"}, 400)

    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def render(request: Request, name: str, f: Filters, status: int = 200,
               data: Any = None, api: tuple[str, dict[str, Any]] | None = None,
               **ctx: Any) -> HTMLResponse:
        """A page from its template; ``data`` is its answer's JSON (embedded as
        ``#page-data``) and ``api`` the API route and parameters that give the same."""
        def link(path: str, **extra: Any) -> str:
            args = {**f.args(), **{k: v for k, v in extra.items() if v not in (None, "")}}
            return path + ("?" + urlencode(args, doseq=True) if args else "")

        ctx["api"] = link(api[0], **api[1]) if api else None
        ctx["api_csv"] = link(api[0], **api[1], format="csv") if api else None

        with store.session() as s:
            sources = Q.sources(s)
        html = env.get_template(name).render(
            request=request, f=f, fargs=f.args(), link=link, uploads=token is not None,
            sources=sources, path=request.url.path, data=data, **ctx)
        return HTMLResponse(html, status)

    def answer(result: Any, fmt: str) -> Any:
        """The answer's JSON, or its lines as a CSV download (``questions.rows``)."""
        if fmt == "csv":
            from stancemap.questions.rows import rows, to_csv

            return Response(to_csv(rows(result)), media_type="text/csv; charset=utf-8",
                            headers={"Content-Disposition": "attachment; filename=stancemap.csv"})
        return to_json(result)

    def found(value: Any, what: str) -> Any:
        if value is None:
            raise HTTPException(404, f"no such {what}")
        return value

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    # ------------------------------------------------------------------ pages

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def overview_page(request: Request, f: PageF) -> HTMLResponse:
        with store.session() as s:
            data = {"overview": to_json(Q.overview(s, f)), "matrix": to_json(Q.matrix(s, f)),
                    "timeline": to_json(Q.timeline(s, f))}
        return render(request, "overview.html", f, data=data, api=("/api/overview", {}),
                      matrix_spec=charts.matrix_spec(data["matrix"])
                      if data["matrix"]["cells"] else None,
                      timeline_spec=charts.timeline_spec(data["timeline"], y="actor")
                      if data["timeline"] else None)

    @app.get("/issues", response_class=HTMLResponse, include_in_schema=False)
    def issues_page(request: Request, f: PageF, q: Words = None,
                    offset: Offset = 0) -> HTMLResponse:
        with store.session() as s:
            data = to_json(Q.issues_page(s, f, q or None, Page(100, offset)))
        return render(request, "issues.html", f, data=data, q=q or "",
                      api=("/api/issues", {"q": q, "offset": offset or None, "limit": 100}))

    @app.get("/issues/{issue_id}", response_class=HTMLResponse, include_in_schema=False)
    def issue_page(request: Request, issue_id: IssueId, f: PageF) -> HTMLResponse:
        with store.session() as s:
            data = to_json(Q.who(s, issue_id, f))
            panel = forecast_panel(s, issue_id) if data["issues"] else None
        if not data["issues"]:
            return render(request, "missing.html", f, 404, what="issue")
        return render(request, "issue.html", f, data=data, api=(f"/api/issues/{issue_id}", {}),
                      forecast=panel,
                      claims={c["id"]: c for c in data["claims"]},
                      spec=charts.issue_spec(data["groups"]) if data["claims"] else None)

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors_page(request: Request, f: PageF, q: Words = None, offset: Offset = 0,
                    kind: Annotated[str | None, Query(max_length=20)] = None,
                    country: Annotated[str | None, Query(max_length=3)] = None,
                    ) -> HTMLResponse:
        with store.session() as s:
            data = to_json(Q.actors_page(s, f, q or None, Page(100, offset), kind or None,
                                         country=country or None))
        return render(request, "actors.html", f, data=data, q=q or "", kind=kind or "",
                      country=country or "",
                      api=("/api/actors", {"q": q, "kind": kind, "country": country,
                                           "offset": offset or None, "limit": 100}))

    @app.get("/actors/{actor_id}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, actor_id: ActorId, f: PageF) -> HTMLResponse:
        with store.session() as s:
            actor = Q.actor(s, actor_id, f)
            rows = to_json(Q.timeline(s, f, actor_id=actor_id))
        if actor is None:
            return render(request, "missing.html", f, 404, what="actor")
        return render(request, "actor.html", f, data=to_json(actor),
                      api=(f"/api/actors/{actor_id}", {}),
                      spec=charts.timeline_spec(rows, y="issue") if rows else None)

    @app.get("/documents", response_class=HTMLResponse, include_in_schema=False)
    def documents_page(request: Request, f: PageF, offset: Offset = 0) -> HTMLResponse:
        with store.session() as s:
            data = to_json(Q.documents_page(s, f, Page(100, offset)))
        return render(request, "documents.html", f, data=data,
                      api=("/api/documents", {"offset": offset or None, "limit": 100}))

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(request: Request, doc_id: str, f: PageF,
                      claim: Annotated[int | None, Query(ge=0, le=MAX_ID)] = None
                      ) -> HTMLResponse:
        with store.session() as s:
            doc = Q.document(s, doc_id[:64])
        if doc is None:
            return render(request, "missing.html", f, 404, what="document")
        data = to_json(doc)
        return render(request, "document.html", f, data=data, focus=claim,
                      api=(f"/api/documents/{data['id']}", {}),
                      segments=segments(data["text"], data["claims"], data["events"]),
                      claim_data={str(c["id"]): claim_view(c) for c in data["claims"]})

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, f: PageF, actor: Words = None, place: Words = None,
                    status: Annotated[str | None, Query(max_length=20)] = None,
                    kind: Annotated[str | None, Query(max_length=40)] = None,
                    offset: Offset = 0) -> HTMLResponse:
        with store.session() as s:
            data = to_json(Q.events_page(s, f, Page(100, offset), actor=actor or None,
                                         place=place or None, status=status or None,
                                         kind=kind or None))
        return render(request, "events.html", f, data=data, actor=actor or "",
                      api=("/api/events", {"actor": actor, "place": place, "status": status,
                                           "kind": kind, "offset": offset or None,
                                           "limit": 100}),
                      place=place or "", ev_status=status or "", kind=kind or "",
                      spec=charts.events_spec(data["items"]) if data["items"] else None)

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(request: Request, f: PageF, issue_id: str | None = None) -> HTMLResponse:
        iid = int(issue_id) if issue_id and issue_id.isdigit() and len(issue_id) < 10 else None
        with store.session() as s:
            data = to_json(Q.agreement(s, f, iid))
            issues = to_json(Q.issues_page(s, f, page=Page(200)).items)
        return render(request, "network.html", f, data=data, issues=issues, issue_id=iid,
                      api=("/api/agreement", {"issue_id": iid}),
                      spec=charts.network_spec(data) if data["nodes"] else None)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, f: PageF, q: str = "") -> HTMLResponse:
        q_text = q.strip()[:300]
        with store.session() as s:
            data = to_json(Q.search(s, q_text, f, Page(100)))
        return render(request, "search.html", f, data=data, q=q_text,
                      api=("/api/search", {"q": q_text, "limit": 100}) if q_text else None)

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
        return render(request, "upload.html", f, extractor=extractor)

    # ------------------------------------------------------------------ JSON API

    @app.get("/api/summary", response_model=Q.Counts, tags=["questions"])
    def api_summary(fmt: AsFormat = "json") -> Any:
        """How much the store holds."""
        with store.session() as s:
            return answer(Q.counts(s), fmt)

    @app.get("/api/overview", response_model=Q.Overview, tags=["questions"])
    def api_overview(f: ApiF, top: Annotated[int, Query(ge=1, le=100)] = 10,
                     fmt: AsFormat = "json") -> Any:
        """Counts, claims per stance class, the most active actors, the most contested
        issues (someone on each side), the latest events."""
        with store.session() as s:
            return answer(Q.overview(s, f, top), fmt)

    @app.get("/api/documents", response_model=Q.DocumentPage, tags=["questions"])
    def api_documents(f: ApiF, limit: Limit = 50, offset: Offset = 0,
                      fmt: AsFormat = "json") -> Any:
        """Stored documents, newest first, with their source, title and address."""
        with store.session() as s:
            return answer(Q.documents_page(s, f, Page(limit, offset)), fmt)

    @app.get("/api/documents/{doc_id}", response_model=Q.DocumentDetail, tags=["questions"],
             responses={404: {"description": "no such document"}})
    def api_document(doc_id: Annotated[str, PathParam(max_length=64)],
                     fmt: AsFormat = "json") -> Any:
        """One document: text, actors, claims (with evidence offsets) and events."""
        with store.session() as s:
            return answer(found(Q.document(s, doc_id), "document"), fmt)

    @app.get("/api/actors", response_model=Q.ActorPage, tags=["questions"])
    def api_actors(f: ApiF, limit: Limit = 50, offset: Offset = 0, q: Words = None,
                   kind: Annotated[str | None, Query(max_length=20)] = None,
                   country: Annotated[str | None, Query(max_length=3)] = None,
                   fmt: AsFormat = "json") -> Any:
        """Actors by number of claims; ``q`` is a name (key, alias, transliteration,
        surname or part of an alias), ``kind`` person/organization/country/group,
        ``country`` an ISO 3166 alpha-3 code."""
        with store.session() as s:
            return answer(Q.actors_page(s, f, q or None, Page(limit, offset), kind or None,
                                        country=country or None), fmt)

    @app.get("/api/actors/{actor_id}", response_model=Q.ActorDetail, tags=["questions"],
             responses={404: {"description": "no such actor"}})
    def api_actor(actor_id: ActorId, f: ApiF, limit: Limit = 200, fmt: AsFormat = "json") -> Any:
        """An actor: aliases, role, country, positions (claims) and events attended."""
        with store.session() as s:
            return answer(found(Q.actor(s, actor_id, f, limit), "actor"), fmt)

    @app.get("/api/issues", response_model=Q.IssuePage, tags=["questions"])
    def api_issues(f: ApiF, limit: Limit = 50, offset: Offset = 0, q: Words = None,
                   order: Annotated[str, Query(pattern="^(claims|contested)$")] = "claims",
                   fmt: AsFormat = "json") -> Any:
        """Issues with claims per stance class; ``q`` is issue words."""
        with store.session() as s:
            return answer(Q.issues_page(s, f, q or None, Page(limit, offset), order), fmt)

    @app.get("/api/issues/{issue_id}", response_model=Q.Who, tags=["questions"],
             responses={404: {"description": "no such issue"}})
    def api_issue(issue_id: IssueId, f: ApiF, limit: Limit = MAX_LIMIT,
                  fmt: AsFormat = "json") -> Any:
        """Who supports, supports if…, opposes unless…, opposes or is neutral on one issue."""
        with store.session() as s:
            res = Q.who(s, issue_id, f, limit)
        found(res.issues or None, "issue")
        return answer(res, fmt)

    @app.get("/api/issues/{issue_id}/forecast", tags=["questions"],
             responses={404: {"description": "no such issue, or no dated claims on it"}})
    def api_forecast(issue_id: IssueId,
                     as_of: Annotated[dt.date | None, Query(
                         description="only claims published on or before")] = None,
                     assume: Annotated[list[str] | None, Query(
                         max_length=300, description="switch ids (s1) or condition words: "
                         "claims with a matching condition take their stated position")] = None,
                     ) -> Any:
        """Where a negotiation on the issue may land: each actor's position, salience and
        capability from its claims, and the weighted mean, weighted median and BDM
        forecasts (the same answer as `stancemap forecast ID --format json`)."""
        from stancemap.forecast import InputOptions, forecast, issue_inputs
        from stancemap.forecast.answer import forecast_answer
        from stancemap.forecast.inputs import ForecastInputError
        from stancemap.forecast.scenario import match_assumption

        with store.session() as s:
            try:
                got = issue_inputs(s, issue_id, InputOptions(as_of=as_of))
            except ForecastInputError as exc:
                raise HTTPException(404, str(exc)) from None
        on = {i for text in assume or () for i in match_assumption(text, got.switches)}
        table = got.table(on)
        return forecast_answer(got, table, forecast(table))

    @app.get("/api/who", response_model=Q.Who, tags=["questions"])
    def api_who(issue: Annotated[str, Query(min_length=1, max_length=300)], f: ApiF,
                limit: Limit = MAX_LIMIT, fmt: AsFormat = "json") -> Any:
        """The same for every issue the words name."""
        with store.session() as s:
            return answer(Q.who(s, issue, f, limit), fmt)

    @app.get("/api/positions", response_model=Q.Positions, tags=["questions"])
    def api_positions(actor: Annotated[str, Query(min_length=1, max_length=300)], f: ApiF,
                      issue: Words = None, limit: Limit = 200, fmt: AsFormat = "json") -> Any:
        """Every stance of the actor(s) ``actor`` names, oldest first (the newest ``limit``)."""
        with store.session() as s:
            return answer(Q.positions(s, actor, f, issue or None, limit), fmt)

    @app.get("/api/claims/{claim_id}", response_model=Q.ClaimItem, tags=["questions"],
             responses={404: {"description": "no such claim"}})
    def api_claim(claim_id: ClaimId, fmt: AsFormat = "json") -> Any:
        """One claim with its speakers, issue, source and evidence."""
        with store.session() as s:
            return answer(found(Q.claim(s, claim_id), "claim"), fmt)

    @app.get("/api/matrix", response_model=Q.Matrix, tags=["questions"])
    def api_matrix(f: ApiF, max_actors: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 15,
                   max_issues: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 8,
                   actor: Annotated[list[str] | None, Query(max_length=300)] = None,
                   issue: Annotated[list[str] | None, Query(max_length=300)] = None,
                   fmt: AsFormat = "json") -> Any:
        """Actors × issues: claims per class per cell, net stance, the newest claim."""
        with store.session() as s:
            return answer(Q.matrix(s, f, max_actors=max_actors, max_issues=max_issues,
                                    actors_like=actor or (), issues_like=issue or ()), fmt)

    @app.get("/api/changes", response_model=list[Q.Change], tags=["questions"])
    def api_changes(since: dt.date, source: Words = None, until: dt.date | None = None,
                    limit: Limit = 100, fmt: AsFormat = "json") -> Any:
        """Actors whose stance on an issue flipped, shifted or gained/lost a condition."""
        with store.session() as s:
            return answer(Q.changes(s, since, Filters(None, until, source or None), limit), fmt)

    @app.get("/api/agreement", response_model=Q.Network, tags=["questions"])
    def api_agreement(f: ApiF, issue: Words = None,
                      issue_id: Annotated[int | None, Query(ge=0, le=MAX_ID)] = None,
                      min_claims: Annotated[int, Query(ge=1, le=1000)] = 1,
                      max_nodes: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 60,
                      fmt: AsFormat = "json") -> Any:
        """Who sides with whom, joined by actor id: on the issues the words name, one issue
        by id, or all."""
        with store.session() as s:
            return answer(Q.agreement(s, f, issue_id if issue_id is not None else issue or None,
                                       min_claims=min_claims, max_nodes=max_nodes), fmt)

    @app.get("/api/search", response_model=Q.SearchResult, tags=["questions"])
    def api_search(q_: Annotated[str, Query(alias="q", min_length=1, max_length=300)],
                   f: ApiF, limit: Limit = 50, offset: Offset = 0, fmt: AsFormat = "json") -> Any:
        """Full-text search over evidence (words ANDed, "quoted phrases", OR)."""
        with store.session() as s:
            return answer(Q.search(s, q_, f, Page(limit, offset)), fmt)

    @app.get("/api/events", response_model=Q.EventPage, tags=["questions"])
    def api_events(f: ApiF, actor: Words = None,
                   actor_id: Annotated[int | None, Query(ge=0, le=MAX_ID)] = None,
                   place: Words = None,
                   status: Annotated[str | None, Query(pattern=STATUSES)] = None,
                   kind: Annotated[str | None, Query(max_length=40)] = None,
                   limit: Limit = 50, offset: Offset = 0, fmt: AsFormat = "json") -> Any:
        """Events, newest first by their own date; ``date`` is null when the article gives
        none (its article's day is ``document.published``)."""
        with store.session() as s:
            return answer(Q.events_page(
                s, f, Page(limit, offset), actor=actor_id if actor_id is not None else actor,
                place=place or None, status=status, kind=kind or None), fmt)

    @app.get("/api/timeline", response_model=list[Q.TimelinePoint], tags=["questions"])
    def api_timeline(f: ApiF, actor_id: Annotated[int | None, Query(ge=0, le=MAX_ID)] = None,
                     limit: Limit = MAX_LIMIT, fmt: AsFormat = "json") -> Any:
        """Dated claims, newest first, one point per claim and speaker."""
        with store.session() as s:
            return answer(Q.timeline(s, f, actor_id, limit), fmt)

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
        return store_upload(store, doc, extractor)

    return app


def forecast_panel(session: Any, issue_id: int) -> dict[str, Any] | None:
    """The issue page's forecast panel: the switches (one per condition) and, for every
    combination the page offers, the chart, the BDM rounds and each model's number; None
    when the issue has no dated claims to forecast from."""
    from stancemap.forecast import issue_inputs
    from stancemap.forecast.answer import scenario_grid
    from stancemap.forecast.inputs import ForecastInputError

    try:
        got = issue_inputs(session, issue_id)
    except ForecastInputError:
        return None
    if not got.rows:
        return None
    stances = {r.name: r.stance for r in got.rows}
    grid = {}
    for key, g in scenario_grid(got).items():
        bdm = g["bdm"] or {}
        numbers = {"weighted mean": g["weighted_mean"], "weighted median": g["weighted_median"],
                   "BDM median": (bdm.get("forecast") or {}).get("median")}
        grid[key] = {"on": g["on"], "numbers": numbers,
                     "chart": charts.forecast_spec(g["table"], stances, numbers),
                     "rounds": charts.rounds_spec(bdm)}
    return {"as_of": got.as_of.isoformat(), "notes": list(got.notes),
            "switches": [{"id": sw.id, "text": sw.text,
                          "actors": [a.name for a in sw.actors], "claims": list(sw.claims)}
                         for sw in got.switches],
            "grid": grid}


def store_upload(store: Store, doc: m.UploadIn, extractor: str = "rules") -> dict[str, Any]:
    """Run the extraction on an uploaded article and store it (once per text)."""
    from stancemap.model import RawDocument, document_id
    from stancemap.store.ingest import ingest

    raw = RawDocument(text=doc.text, source=doc.source or f"upload:{doc.title or 'untitled'}",
                      title=doc.title, published=doc.published, url=doc.url)
    report = ingest(store, [raw], workers=0, extractor=extractor)
    if report.failures:
        raise HTTPException(422, report.failures[0].reason)
    doc_id = document_id(doc.text)
    with store.session() as s:
        stored = Q.document(s, doc_id)
    return {"id": doc_id, "stored": bool(report.stored),
            "claims": len(stored.claims) if stored else 0,
            "events": len(stored.events) if stored else 0,
            "url": f"/documents/{doc_id}"}


def claim_view(c: dict[str, Any]) -> dict[str, Any]:
    """What the document page shows when a highlighted claim is clicked."""
    return {"id": c["id"], "speakers": [s["name"] for s in c["speakers"]] or [c["speaker_text"]],
            "speaker_text": c["speaker_text"], "predicate": c["predicate"],
            "stance": c["stance_class"], "stance_label": Q.STANCE_LABELS[c["stance_class"]],
            "target": c["target"], "issue": c["issue"]["label"], "issue_id": c["issue"]["id"],
            "conditions": c["conditions"], "quote": c["quote"], "confidence": c["confidence"],
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
            "kind": top["stance_class"] if top else None,
            "anchors": starts,
            "title": "; ".join(
                f"{', '.join(s['name'] for s in c['speakers']) or c['speaker_text']} — "
                f"{Q.STANCE_LABELS[c['stance_class']]}: {c['target']}" for c in claims_here)
            + ("; " if claims_here and events_here else "")
            + "; ".join(f"event: {e['kind']} — {e['description']}" for e in events_here),
        })
    return out
