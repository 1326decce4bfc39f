"""Diagrams: each SVG is made for the site (self-contained, real Czech text, scalable), sits on its
page with a text alternative, stays readable on a 320 px screen, and the pages pass axe."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET

import pytest
from sitepages import ROOT, describe, run_axe

IMAGES = ROOT / "docs/assets/images"
SVG = "{http://www.w3.org/2000/svg}"
# picture → the page that explains it
PICTURES = {
    "genogram.svg": "casework/mapovani-zdroju/",
    "ekomapa.svg": "casework/mapovani-zdroju/",
    "etapy-case-managementu.svg": "casework/etapy/",
    "prubeh-pripadove-konference.svg": "casework/pripadova-konference/",
    "rodinna-konference-casova-osa.svg": "casework/rodinna-konference/",
}
# With the page's side padding, a 320 px screen leaves about 288 px for a picture; at that width no
# label may shrink below this size (px) – the size of small print a trainee can still read.
SMALLEST_READABLE_PX = 9.5
SCREEN = {"width": 320, "height": 640}
# Measures every label of a picture drawn as inline SVG: its box in viewBox units.
LABEL_BOXES = """
() => {
  const svg = document.querySelector('svg');
  const view = svg.viewBox.baseVal, frame = svg.getBoundingClientRect(), k = view.width / frame.width;
  return {width: view.width, height: view.height, labels: [...svg.querySelectorAll('text')].map(t => {
    const r = t.getBoundingClientRect();
    return {text: t.textContent, x: (r.left - frame.left) * k, y: (r.top - frame.top) * k, w: r.width * k, h: r.height * k};
  })};
}
"""


def _svg(name: str) -> ET.Element:
    return ET.parse(IMAGES / name).getroot()


def _font_sizes(root: ET.Element) -> list[float]:
    style = "".join(s.text or "" for s in root.iter(f"{SVG}style"))
    sizes = [float(v) for v in re.findall(r"font-size:\s*([\d.]+)px", style)]
    sizes += [float(t.get("font-size")) for t in root.iter(f"{SVG}text") if t.get("font-size")]
    return sizes


def _img_tags(page_html: str, name: str) -> list[str]:
    return [tag for tag in re.findall(r"<img\b[^>]*>", page_html) if f"images/{name}" in tag]


@pytest.mark.parametrize("name", PICTURES)
def test_picture_is_self_contained_scalable_svg_with_czech_text(name):
    root = _svg(name)
    assert root.tag == f"{SVG}svg" and root.get("role") == "img"
    width, height = map(float, root.get("viewBox").split()[2:])
    assert width <= 400 and height > 0, "narrow enough to read on a phone"
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title is not None and title.text.strip() and desc is not None and len(desc.text) > 80
    labels = [("".join(t.itertext())).strip() for t in root.iter(f"{SVG}text")]
    assert len(labels) >= 8 and all(labels), "every label is real SVG text"
    assert any(re.search("[ěščřžýáíéůúňťď]", label) for label in labels), "labels are Czech with diacritics"
    source = (IMAGES / name).read_text(encoding="utf-8")
    assert not re.search(r"(href|src)=\"(https?:)?//|@import|url\((https?:)?//|<script|<image\b|<foreignObject", source)
    assert min(_font_sizes(root)) >= 14


@pytest.mark.parametrize("name", PICTURES)
def test_picture_is_on_its_page_with_a_text_alternative_and_caption(site_dir, name):
    page = (site_dir / PICTURES[name] / "index.html").read_text(encoding="utf-8")
    tags = _img_tags(page, name)
    assert len(tags) == 1, f"{name} is not on {PICTURES[name]}"
    alt = html.unescape(re.search(r'alt="([^"]*)"', tags[0]).group(1))
    assert len(alt) >= 60, f"alt text too thin: {alt!r}"
    figure = page[page.rindex("<figure", 0, page.index(tags[0])): page.index("</figure>", page.index(tags[0]))]
    caption = re.search(r"<figcaption>(.*?)</figcaption>", figure, re.S)
    assert caption and len(re.sub(r"<[^>]+>", "", caption.group(1)).strip()) > 40
    assert (site_dir / "assets/images" / name).read_bytes() == (IMAGES / name).read_bytes()


@pytest.mark.parametrize("name", ["genogram.svg", "ekomapa.svg"])
def test_complex_diagrams_are_also_described_in_words_on_the_page(site_dir, name):
    page = (site_dir / PICTURES[name] / "index.html").read_text(encoding="utf-8")
    after = page[page.index(_img_tags(page, name)[0]):]
    details = re.search(r"<details\b.*?</details>", after, re.S).group(0)
    words = re.sub(r"<[^>]+>", " ", details)
    people = {"genogram.svg": ["Věra", "Petra", "Martin", "Lenka", "Eliška", "Matyáš", "domácnost", "blízký vztah"],
              "ekomapa.svg": ["sousedk", "dce", "klub", "lékař", "pečovatelsk", "case managerk"]}[name]
    assert all(p in words for p in people), words


def test_labels_stay_inside_their_picture_and_do_not_overlap(browser):
    page = browser.new_page()
    try:
        for name in PICTURES:
            page.set_content((IMAGES / name).read_text(encoding="utf-8"))
            found = page.evaluate(LABEL_BOXES)
            labels = found["labels"]
            for a in labels:
                assert a["x"] >= 0 and a["y"] >= 0, (name, a["text"])
                assert a["x"] + a["w"] <= found["width"] and a["y"] + a["h"] <= found["height"], (name, a["text"])
            for i, a in enumerate(labels):
                for b in labels[i + 1:]:
                    apart = (a["x"] + a["w"] <= b["x"] + 1 or b["x"] + b["w"] <= a["x"] + 1
                             or a["y"] + a["h"] <= b["y"] + 1 or b["y"] + b["h"] <= a["y"] + 1)
                    assert apart, f"{name}: „{a['text']}“ overlaps „{b['text']}“"
    finally:
        page.close()


@pytest.mark.parametrize("url", sorted(set(PICTURES.values())))
def test_pictures_are_readable_on_a_320px_screen_and_the_page_passes_axe(browser, site_url, url):
    context = browser.new_context(locale="cs-CZ", viewport=SCREEN)
    page = context.new_page()
    try:
        page.goto(f"{site_url}/{url}")
        for name, where in PICTURES.items():
            if where != url:
                continue
            image = page.locator(f"figure.sp-figure img[src$='{name}']")
            image.scroll_into_view_if_needed()
            page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=image.element_handle())
            box = image.bounding_box()
            view_width = float(_svg(name).get("viewBox").split()[2])
            smallest = min(_font_sizes(_svg(name))) * box["width"] / view_width
            assert box["x"] >= 0 and box["x"] + box["width"] <= SCREEN["width"], f"{name} does not fit the screen"
            assert smallest >= SMALLEST_READABLE_PX, f"{name}: smallest label {smallest:.1f} px at 320 px"
        violations = run_axe(page)
        assert not violations, describe(violations)
    finally:
        context.close()
