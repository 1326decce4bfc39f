"""After MkDocs: the leaflet's QR code, an SVG made at build time with segno (no network, no script).

The leaflet page (docs/pro-obce/letak.md) has an empty <div class="sp-leaflet__qr" data-sp-qr>.
This step puts into it the QR code of the site's address, set in one place: settings.toml,
site.address. Without an address the slot stays empty: no QR code for an example address. The
address also goes into a data attribute, so the page's script shows the code only while the
leaflet prints that same address: a QR code never leads somewhere other than the address
printed beside it.
"""

from __future__ import annotations

import html
import io
from pathlib import Path

import segno

from . import settings
from .paths import SITE

PAGE = "pro-obce/letak/index.html"
SLOT = '<div class="sp-leaflet__qr" data-sp-qr></div>'


def web_address() -> str:
    return settings.load().address


def qr_svg(address: str) -> str:
    """The QR code as inline SVG: scalable, black on white, with a quiet zone; error level M."""
    out = io.BytesIO()
    segno.make(address, error="m", micro=False).save(
        out, kind="svg", xmldecl=False, svgns=True, border=4, scale=1, omitsize=True, svgclass=None, lineclass=None
    )
    svg = out.getvalue().decode("utf-8")
    # An image with a name for screen readers; the address itself is printed beside it.
    label = html.escape(f"QR kód s webovou adresou {address}", quote=True)
    return svg.replace("<svg ", f'<svg role="img" aria-label="{label}" ', 1)


def filled_slot(address: str) -> str:
    return (
        f'<div class="sp-leaflet__qr" data-sp-qr="{html.escape(address, quote=True)}">'
        f"{qr_svg(address)}<p>Naskenujte kód telefonem</p></div>"
    )


def write_leaflet_qr(site: Path = SITE) -> None:
    page = site / PAGE
    text = page.read_text(encoding="utf-8")
    if SLOT not in text:
        raise SystemExit(f"{page}: na stránce letáku chybí místo pro QR kód ({SLOT}).")
    address = web_address()
    page.write_text(text.replace(SLOT, filled_slot(address) if address else SLOT), encoding="utf-8")
