"""A static file server for the built site: on this computer only, or for a whole training room.

`./dev serve` serves on http://127.0.0.1:8000/ for this computer. `./dev serve --ucebna`
(training-room mode) listens on every network interface and prints the address the
participants type on their computers, with a QR code for phones and tablets.
"""

from __future__ import annotations

import contextlib
import email.utils
import functools
import gzip
import http.server
import io
import os
import socket
import sys
import threading

import segno

from .paths import SITE

MIME_TYPES = {
    ".js": "text/javascript",
    ".wasm": "application/wasm",  # not in the site; the benchmark serves Pyodide's npm package
    ".json": "application/json",
    ".zip": "application/zip",
    ".whl": "application/zip",
    ".webmanifest": "application/manifest+json",
}


# Text files are sent gzip-compressed when the browser accepts it, as any web server would:
# it cuts a page's transfer to about a third (Material's stylesheet and script are 250 KB raw)
# (Pyodide's WebAssembly and the memory snapshot are .gz files already).
COMPRESSIBLE = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map", ".webmanifest"}
_GZIP_CACHE: dict[tuple[str, int, int], bytes] = {}
_GZIP_LOCK = threading.Lock()


def _gzipped(path: str, stat: os.stat_result) -> bytes:
    key = (path, stat.st_mtime_ns, stat.st_size)
    with _GZIP_LOCK:
        data = _GZIP_CACHE.get(key)
    if data is None:
        with open(path, "rb") as f:
            data = gzip.compress(f.read(), compresslevel=6, mtime=0)
        with _GZIP_LOCK:
            if len(_GZIP_CACHE) > 2000:
                _GZIP_CACHE.clear()
            _GZIP_CACHE[key] = data
    return data


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **MIME_TYPES}
    compress = True

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path) and self.path.split("?", 1)[0].endswith("/"):
            path = os.path.join(path, "index.html")
        accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (self.compress and accepts_gzip and os.path.isfile(path) and os.path.splitext(path)[1] in COMPRESSIBLE):
            return super().send_head()
        stat = os.stat(path)
        data = _gzipped(path, stat)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Last-Modified", email.utils.formatdate(stat.st_mtime, usegmt=True))
        self.end_headers()
        return io.BytesIO(data)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - signature from the base class
        pass


class SiteServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        # A browser that closes a connection early (a reload, a cancelled download) is normal:
        # no traceback on the trainer's screen for it.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def make_server(host: str, port: int, site=SITE) -> SiteServer:
    return SiteServer((host, port), functools.partial(SiteHandler, directory=str(site)))


@contextlib.contextmanager
def running(site=SITE):
    """The built site served from a background thread on a free localhost port; yields its URL."""
    server = make_server("127.0.0.1", 0, site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


ALL_INTERFACES = "0.0.0.0"
# Any address outside this computer: connecting a UDP socket sends nothing, it only makes the
# system pick the interface (and so the address) its traffic would leave by.
_PROBE = ("10.254.254.254", 9)


def lan_addresses() -> list[str]:
    """This computer's IPv4 addresses on the local network (never 127.x), the likeliest first."""
    found: list[str] = []
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.connect(_PROBE)
        found.append(probe.getsockname()[0])
    with contextlib.suppress(OSError):
        for *_, address in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.append(address[0])
    return [a for a in dict.fromkeys(found) if not a.startswith(("127.", "0."))]


def terminal_qr(url: str) -> str:
    out = io.StringIO()
    segno.make(url, error="m", micro=False).terminal(out=out, compact=True, border=2)
    return out.getvalue()


def room_lines(port: int, addresses: list[str]) -> list[str]:
    """What the trainer reads out in training-room mode (Czech, for the trainer's screen)."""
    if not addresses:
        return [
            "Tento počítač není připojený k žádné síti: účastníci se k webu nepřipojí.",
            "Připojte ho k síti učebny (Wi-Fi nebo kabel) a spusťte ./dev serve --ucebna znovu.",
        ]
    url = f"http://{addresses[0]}:{port}/"
    lines = [
        "Režim učebny: web je dostupný z ostatních počítačů v této síti.",
        f"Účastníci napíšou do prohlížeče adresu:  {url}",
    ]
    lines += [f"  (nebo http://{other}:{port}/, pokud první adresa nefunguje)" for other in addresses[1:]]
    lines += ["Na telefonu nebo tabletu stačí naskenovat tento kód:", terminal_qr(url)]
    return lines


def serve(host: str, port: int, room: bool = False) -> int:
    if not (SITE / "index.html").exists():
        print("Web ještě není sestavený: spusťte nejdřív sestavení (./dev serve to udělá samo).", file=sys.stderr)
        return 2
    if room:
        host = ALL_INTERFACES
    try:
        server = make_server(host, port)
    except OSError as error:
        print(f"Port {port} nelze použít ({error.strerror}). Zkuste jiný, např. ./dev serve --port 8001", file=sys.stderr)
        return 2
    with server:
        if host == ALL_INTERFACES:
            print("\n".join(room_lines(port, lan_addresses())))
            print(f"Na tomto počítači: http://127.0.0.1:{port}/ (ukončíte klávesami Ctrl+C)", flush=True)
        else:
            print(f"Síť podpory běží na http://{host}:{port}/ (ukončíte klávesami Ctrl+C)", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
    return 0
