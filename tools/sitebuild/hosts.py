"""Variants of the site's static server for tests and benchmarks: the hosts municipalities really have.

- plain: no compression at all (many shared hosts);
- gzip: compresses text as most web servers do (like ./dev serve);
- iis: like IIS, answers 404 for any extension it does not know;
- octet: sends everything but HTML, CSS and JavaScript as application/octet-stream;
- octet-all: sends everything but HTML as application/octet-stream (even scripts);
- csp: sends the Content-Security-Policy header documented on the hosting page;
- csp-no-wasm: the same header without 'wasm-unsafe-eval' (WebAssembly forbidden).
Every variant answers a missing file with the site's 404.html, can serve the site under a
subpath, and can be stalled: connections are accepted, never answered (a captive Wi-Fi).
"""

from __future__ import annotations

import contextlib
import functools
import io
import os
import threading
import time
from dataclasses import dataclass, field

from .portable import documented_csp
from .serve import SiteHandler, SiteServer

# What IIS serves out of the box, plus the two types the hosting page tells admins to add.
IIS_KNOWN = {".html", ".htm", ".css", ".js", ".png", ".svg", ".ico", ".xml", ".txt", ".zip", ".gz", ".json"}
TEXT_TYPES = {".html", ".css", ".js"}


CHUNK = 16 * 1024


@dataclass
class Host:
    url: str
    stalled: threading.Event = field(default_factory=threading.Event)
    paths: list[str] = field(default_factory=list)  # every request, in order
    downloads: list[str] = field(default_factory=list)  # requests answered with a body (not 304)
    bytes_sent: int = 0  # response bodies, as they went over the wire
    # A shared link (e.g. 20 Mbit/s and 40 ms for a training room's Wi-Fi): every connection
    # takes turns on it, as on a real one. None: as fast as localhost.
    mbit_per_s: float | None = None
    latency_ms: float = 0
    _link_free_at: float = 0.0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def send(self, data: bytes, write) -> None:
        for start in range(0, len(data), CHUNK):
            chunk = data[start:start + CHUNK]
            if self.mbit_per_s:
                with self._lock:
                    begin = max(time.monotonic(), self._link_free_at)
                    self._link_free_at = begin + len(chunk) * 8 / (self.mbit_per_s * 1e6)
                    done = self._link_free_at
                time.sleep(max(0.0, done - time.monotonic()))
            write(chunk)
            self.bytes_sent += len(chunk)


class HostHandler(SiteHandler):
    compress = False  # a plain host: nothing is compressed, whatever the browser accepts
    variant = "plain"
    prefix = ""
    host: Host

    def translate_path(self, path):
        return super().translate_path(path[len(self.prefix):] if path.startswith(self.prefix + "/") else "/\0missing")

    def _extension(self) -> str:
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            return ".html"
        return os.path.splitext(path)[1]

    def guess_type(self, path):
        kind = super().guess_type(path)
        ext = os.path.splitext(str(path))[1]
        if self.variant == "octet" and ext not in TEXT_TYPES:
            return "application/octet-stream"
        if self.variant == "octet-all" and ext != ".html":
            return "application/octet-stream"
        return kind

    def send_head(self):
        self.host.paths.append(self.path.split("?", 1)[0])
        while self.host.stalled.is_set():
            time.sleep(0.05)
        time.sleep(self.host.latency_ms / 1000)
        if self.variant == "iis" and self._extension() not in IIS_KNOWN:
            self.send_error(404)
            return None
        not_found = os.path.join(self.directory, "404.html")
        if not os.path.exists(self.translate_path(self.path.split("?", 1)[0])) and os.path.isfile(not_found):
            with open(not_found, "rb") as page:
                body = page.read()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            return io.BytesIO(body)
        return super().send_head()

    def send_response(self, code, message=None):
        if code != 304:
            self.host.downloads.append(self.path.split("?", 1)[0])
        super().send_response(code, message)

    def copyfile(self, source, outputfile):
        self.host.send(source.read(), outputfile.write)

    def end_headers(self):
        if self.variant == "csp":
            self.send_header("Content-Security-Policy", documented_csp())
        elif self.variant == "csp-no-wasm":
            self.send_header("Content-Security-Policy", documented_csp().replace(" 'wasm-unsafe-eval'", ""))
        super().end_headers()


@contextlib.contextmanager
def host(site, variant: str = "plain", prefix: str = "", mbit_per_s: float | None = None, latency_ms: float = 0):
    """Serve `site` as the given kind of host on a free localhost port; yields a Host."""
    server = SiteServer(("127.0.0.1", 0), lambda *args: None)
    served = Host(f"http://127.0.0.1:{server.server_address[1]}{prefix}", mbit_per_s=mbit_per_s, latency_ms=latency_ms)
    handler = type(
        "Handler", (HostHandler,), {"variant": variant, "prefix": prefix, "host": served, "compress": variant == "gzip"}
    )
    server.RequestHandlerClass = functools.partial(handler, directory=str(site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield served
    finally:
        served.stalled.clear()
        server.shutdown()
        server.server_close()
