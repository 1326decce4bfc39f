"""The tools work offline after one visit to any page of the site: pages, scripts and the zip
library come from the service worker's bundle, and the plan is still built and downloaded."""

from __future__ import annotations

from planlint_browser import wait_until_offline_ready
from tools_browser import EKOMAPA, KONFERENCE, load_example, open_tool


def test_tools_work_offline_after_one_visit(local_page, site_url, tmp_path):
    page = local_page
    page.goto(site_url + "/")
    wait_until_offline_ready(page)

    page.context.set_offline(True)
    open_tool(page, site_url, KONFERENCE)  # never visited before
    load_example(page)
    with page.expect_download() as download:
        page.get_by_role("button", name="Word").click()
    path = tmp_path / "plan.docx"
    download.value.save_as(path)
    assert path.read_bytes()[:2] == b"PK"

    open_tool(page, site_url, EKOMAPA)
    load_example(page)
    assert "Marcela Šolcová" in page.locator("svg.em-mapa").text_content()
    page.context.set_offline(False)
