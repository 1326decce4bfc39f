"""A static file server for the built site, for offline training rooms (localhost only by default)."""

from __future__ import annotations

import functools
import http.server
import sys

from .paths import SITE

MIME_TYPES = {
    ".wasm": "application/wasm",
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".json": "application/json",
    ".zip": "application/zip",
    ".whl": "application/zip",
    ".webmanifest": "application/manifest+json",
}


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **MIME_TYPES}

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - signature from the base class
        pass


def serve(host: str, port: int) -> int:
    if not (SITE / "index.html").exists():
        print("Web ještě není sestavený: spusťte nejdřív sestavení (./dev serve to udělá samo).", file=sys.stderr)
        return 2
    handler = functools.partial(SiteHandler, directory=str(SITE))
    with http.server.ThreadingHTTPServer((host, port), handler) as server:
        print(f"Síť podpory běží na http://{host}:{port}/ (ukončíte klávesami Ctrl+C)")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
    return 0
