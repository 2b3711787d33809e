"""Talking to the team server over HTTP(S) with httpx.

Two kinds of failure: :class:`Offline` (no network, server down, cut off half
way: try again later, nothing is lost) and :class:`Refused` (the server said no
in words: a revoked laptop, a bad code, a schema mismatch).
"""

from __future__ import annotations

import json
import ssl
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from biosparc_desktop.errors import BiosparcError
from biosparc_desktop.store.migrate import HEAD_REVISION

if TYPE_CHECKING:
    import httpx

API = "/api/v1"
SCHEMA_HEADER = "X-Biosparc-Schema"
TIMEOUT_SECONDS = 30.0
CONNECT_SECONDS = 5.0


class Offline(BiosparcError):
    """The server cannot be reached now; the changes wait in the outbox."""


class Refused(BiosparcError):
    """The server answered no, with a reason for the user."""


class SyncClient:
    def __init__(self, url: str, *, token: str | None = None, ca_file: str | None = None) -> None:
        import httpx  # loaded when a sync starts, not with the app (start-up stays quick)

        self.url = url.rstrip("/")
        headers = {SCHEMA_HEADER: HEAD_REVISION}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        verify: ssl.SSLContext | bool = True
        if ca_file:
            verify = ssl.create_default_context(cafile=ca_file)
        self._httpx = httpx
        self._http = httpx.Client(
            base_url=self.url + API,
            headers=headers,
            timeout=httpx.Timeout(TIMEOUT_SECONDS, connect=CONNECT_SECONDS),
            verify=verify,
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def hello(self) -> dict[str, Any]:
        return self._call("GET", "/hello")

    def enrol(self, code: str, device_name: str) -> dict[str, Any]:
        return self._call("POST", "/enrol", json={"code": code, "device_name": device_name})

    def push(self, batches: list[dict[str, Any]]) -> list[dict[str, Any]]:
        answer = self._call("POST", "/push", json={"batches": batches})
        results: list[dict[str, Any]] = answer["results"]
        return results

    def pull(self, after: int, *, wait: int = 0) -> dict[str, Any]:
        timeout = self._httpx.Timeout(TIMEOUT_SECONDS + wait, connect=CONNECT_SECONDS)
        return self._call("GET", "/pull", params={"after": after, "wait": wait}, timeout=timeout)

    def snapshot(self) -> Iterator[dict[str, Any]]:
        """The team's records as they stream in: first ``{"seq"}``, then ``{"entity", "row"}``."""
        try:
            with self._http.stream(
                "GET", "/snapshot", timeout=self._httpx.Timeout(300.0, connect=CONNECT_SECONDS)
            ) as response:
                if response.status_code != 200:
                    response.read()
                    self._raise_for(response)
                for line in response.iter_lines():
                    if line:
                        yield json.loads(line)
        except self._httpx.HTTPError as exc:
            raise _offline(self.url, exc) from exc

    def _call(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        try:
            response = self._http.request(method, path, **kwargs)
        except self._httpx.HTTPError as exc:
            raise _offline(self.url, exc) from exc
        if response.status_code != 200:
            self._raise_for(response)
        try:
            body: dict[str, Any] = response.json()
        except ValueError as exc:
            raise Offline.of(
                "The team server at {url} gave an answer that is not Biosparc's; "
                "check the address.",
                url=self.url,
            ) from exc
        return body

    def _raise_for(self, response: httpx.Response) -> None:
        try:
            sentence = response.json().get("error")
        except ValueError:
            sentence = None
        if response.status_code >= 500 or response.status_code in (404, 408, 429):
            raise Offline.of(
                "The team server at {url} is not answering properly (HTTP {status}); "
                "your changes wait on this laptop.",
                url=self.url,
                status=response.status_code,
            )
        raise Refused(
            sentence or f"The team server refused the request (HTTP {response.status_code})."
        )


def _offline(url: str, exc: httpx.HTTPError) -> Offline:
    if "CERTIFICATE" in str(exc).upper():
        return Refused.of(
            "The team server at {url} has a certificate this laptop does not trust; "
            "name your company's CA file with --ca.",
            url=url,
        )  # type: ignore[return-value]
    return Offline.of(
        "The team server at {url} cannot be reached; your changes wait on this laptop "
        "and go up at the next sync.",
        url=url,
    )
