"""The team server's HTTP API (Starlette, served by uvicorn).

    GET  /api/v1/hello            which schema revisions the server accepts
    POST /api/v1/enrol            a one-time code for a device token
    POST /api/v1/push             batches from a laptop, answered one by one
    GET  /api/v1/pull?after=N     the feed after N (long-polls with wait=SECONDS)
    GET  /api/v1/snapshot         every record at one feed number (JSON lines)

Every answer that is not a success is ``{"error": sentence}``. Database work
runs in the thread pool; the event loop only waits.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session, sessionmaker
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from biosparc_desktop.errors import BiosparcError
from biosparc_desktop.server import feed, people
from biosparc_desktop.server.apply import Sender
from biosparc_desktop.server.push import parse_batch, push_many
from biosparc_desktop.store.migrate import HEAD_REVISION

API = "/api/v1"
MAX_BODY = 32 * 1024 * 1024  # a first push of a well-used laptop fits; a runaway does not
MAX_WAIT = 30.0
SCHEMA_HEADER = "X-Biosparc-Schema"
# The schema revisions whose laptops may sync: only this version's for now.
ACCEPTED_SCHEMAS = frozenset({HEAD_REVISION})


class _Problem(Exception):
    def __init__(self, status: int, sentence: str) -> None:
        super().__init__(sentence)
        self.status = status
        self.sentence = sentence


class _Changed:
    """Wakes long-polling pulls when a batch is committed."""

    def __init__(self) -> None:
        self._event: asyncio.Event | None = None

    def event(self) -> asyncio.Event:
        if self._event is None:
            self._event = asyncio.Event()
        return self._event

    def notify(self) -> None:
        old, self._event = self._event, asyncio.Event()
        if old is not None:
            old.set()


def create_app(
    factory: sessionmaker[Session], *, now: Callable[[], datetime] | None = None
) -> Starlette:
    clock = now or (lambda: datetime.now(UTC))
    changed = _Changed()

    def authenticated(request: Request) -> Sender:
        _check_schema(request)
        header = request.headers.get("authorization", "")
        token = header[7:].strip() if header.lower().startswith("bearer ") else None
        with factory() as session, session.begin():
            try:
                return people.authenticate(session, token, clock())
            except people.Unauthorised as exc:
                raise _Problem(401, str(exc)) from exc

    async def hello(_request: Request) -> Response:
        def read() -> int:
            with factory() as session:
                return feed.head(session)

        head = await run_in_threadpool(read)
        return JSONResponse(
            {"server": "biosparc", "schemas": sorted(ACCEPTED_SCHEMAS), "head": head}
        )

    async def enrol(request: Request) -> Response:
        body = await _json_body(request)
        code, name = body.get("code"), body.get("device_name") or "Laptop"
        if not isinstance(code, str) or not isinstance(name, str):
            raise _Problem(400, "An enrolment needs a code and a device name.")

        def work() -> people.Enrolled:
            with factory() as session, session.begin():
                return people.enrol(session, code, name, clock())

        try:
            enrolled = await run_in_threadpool(work)
        except people.Unauthorised as exc:
            raise _Problem(401, str(exc)) from exc
        return JSONResponse(
            {
                "device_id": enrolled.device_id,
                "token": enrolled.token,
                "staff_id": enrolled.staff_public_id,
                "staff_name": enrolled.staff_name,
                "schemas": sorted(ACCEPTED_SCHEMAS),
            }
        )

    async def push_batches(request: Request) -> Response:
        sender = await run_in_threadpool(authenticated, request)
        body = await _json_body(request)
        raw_batches = body.get("batches")
        if not isinstance(raw_batches, list):
            raise _Problem(400, "A push needs a list of batches.")

        def work() -> list[dict[str, Any]]:
            batches = []
            for raw in raw_batches:
                try:
                    batch = parse_batch(raw)
                except BiosparcError as exc:
                    raise _Problem(400, exc.message) from exc
                at = datetime.fromisoformat(batch.client_at) if batch.client_at else None
                if at is not None and at.tzinfo is None:
                    at = at.replace(tzinfo=UTC)
                who = Sender(sender.device_id, sender.staff_public_id, sender.staff_name, at)
                batches.append((who, batch))
            return push_many(factory, batches, clock())

        results = await run_in_threadpool(work)
        changed.notify()
        return JSONResponse({"results": results})

    async def pull(request: Request) -> Response:
        sender = await run_in_threadpool(authenticated, request)
        after = _int_param(request, "after", 0)
        wait = min(float(_int_param(request, "wait", 0)), MAX_WAIT)

        def read() -> dict[str, Any]:
            with factory() as session:
                return feed.page(session, after, sender.device_id)

        event = changed.event()
        result = await run_in_threadpool(read)
        if not result["batches"] and wait > 0:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), timeout=wait)
            result = await run_in_threadpool(read)
        return JSONResponse(result)

    async def snapshot(request: Request) -> Response:
        await run_in_threadpool(authenticated, request)
        session = factory()

        def lines() -> Any:
            try:
                yield from feed.snapshot_lines(session)
            finally:
                session.close()

        return StreamingResponse(lines(), media_type="application/x-ndjson")

    async def problem(_request: Request, exc: Exception) -> Response:
        assert isinstance(exc, _Problem)
        return JSONResponse({"error": exc.sentence}, status_code=exc.status)

    return Starlette(
        routes=[
            Route(f"{API}/hello", hello, methods=["GET"]),
            Route(f"{API}/enrol", enrol, methods=["POST"]),
            Route(f"{API}/push", push_batches, methods=["POST"]),
            Route(f"{API}/pull", pull, methods=["GET"]),
            Route(f"{API}/snapshot", snapshot, methods=["GET"]),
        ],
        exception_handlers={_Problem: problem},
    )


def _check_schema(request: Request) -> None:
    schema = request.headers.get(SCHEMA_HEADER)
    if schema not in ACCEPTED_SCHEMAS:
        raise _Problem(
            409,
            "This version of Biosparc Desktop cannot sync with the team server "
            f"(its data format {schema or 'unknown'}, the server's "
            f"{', '.join(sorted(ACCEPTED_SCHEMAS))}): update Biosparc Desktop to sync. "
            "Your changes stay on this laptop.",
        )


async def _json_body(request: Request) -> dict[str, Any]:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_BODY:
        raise _Problem(413, "The request is too large for the team server.")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            raise _Problem(413, "The request is too large for the team server.")
    try:
        value = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise _Problem(400, "The request is not valid JSON.") from exc
    if not isinstance(value, dict):
        raise _Problem(400, "The request must be a JSON object.")
    return value


def _int_param(request: Request, name: str, default: int) -> int:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise _Problem(400, f"The parameter {name} must be a whole number.") from exc
    if value < 0:
        raise _Problem(400, f"The parameter {name} must not be negative.")
    return value
