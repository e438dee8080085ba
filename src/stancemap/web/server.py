"""Serving the app under uvicorn with limits a public port needs (issue 13, item 9).

uvicorn closes idle keep-alive connections but waits forever for a request whose headers
trickle in (slowloris): ~1,100 such connections exhausted a 1,024 open-file limit. This
protocol cuts a connection that has not sent a whole request head within
``HEADER_TIMEOUT`` seconds (from connecting, or from the previous response), and ``run``
caps concurrent connections (uvicorn answers 503 beyond ``MAX_CONNECTIONS``).
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

HEADER_TIMEOUT = 10.0  # seconds to send a complete request head
KEEP_ALIVE = 5.0  # seconds an idle connection is kept
MAX_CONNECTIONS = 512  # concurrent connections before uvicorn answers 503


class GuardedH11Protocol(H11Protocol):
    """h11 with a deadline for each request head."""

    header_timeout = HEADER_TIMEOUT

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._guarded: Any = None
        self._deadline: asyncio.TimerHandle | None = None
        self._arm()

    def handle_events(self) -> None:
        super().handle_events()
        if self.cycle is not None and self.cycle is not self._guarded:
            self._guarded = self.cycle  # a whole request head arrived: it is in time
            self._disarm()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm()  # the next request on this connection gets its own deadline

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(self.header_timeout, self._too_slow)

    def _disarm(self) -> None:
        if getattr(self, "_deadline", None) is not None:
            self._deadline.cancel()  # type: ignore[union-attr]
            self._deadline = None

    def _too_slow(self) -> None:
        self._deadline = None
        if not self.transport.is_closing():
            self.transport.close()


def run(app: Any, host: str, port: int, header_timeout: float = HEADER_TIMEOUT) -> None:
    """Serve ``app`` until interrupted."""
    import uvicorn

    GuardedH11Protocol.header_timeout = header_timeout
    uvicorn.run(app, host=host, port=port, log_level="warning", http=GuardedH11Protocol,
                timeout_keep_alive=int(KEEP_ALIVE), limit_concurrency=MAX_CONNECTIONS)
