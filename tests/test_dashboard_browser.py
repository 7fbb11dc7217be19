"""The demo dashboard in a real browser: headless Chromium opens it from `file://` with the
network blocked and must draw every chart without a console error or an outside request.

Chromium is driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`: JSON
messages separated by NUL bytes on file descriptors 3 and 4), so no port is opened and no
Python package beyond the standard library is needed.
"""

from __future__ import annotations

from flows.report import write_report
from tests.browser import CHART_STATE, open_page
from tests.test_report import create_demo_warehouse


def test_demo_dashboard_draws_every_chart_offline(browser, tmp_path):
    con = create_demo_warehouse(tmp_path / "warehouse.duckdb")
    result = write_report(con, tmp_path / "exports")
    con.close()

    page = open_page(browser, result.dashboard.as_uri())

    charts = page.evaluate(CHART_STATE)
    assert [chart["id"] for chart in charts] == [
        "s0-channels",
        "s0-effect",
        "s0-weekly",
        "s0-lag",
        "s1-channels",
        "s1-effect",
        "s1-weekly",
        "s1-lag",
    ]
    for chart in charts:
        drawn_svg = chart["svgWidth"] > 100 and chart["svgHeight"] > 50 and chart["marks"] > 0
        assert drawn_svg or chart["canvas"] > 0, chart
    assert page.errors == []
    assert page.warnings == []
    assert page.outside == []
    page.screenshot(tmp_path / "dashboard-linkedin.png")
    assert (tmp_path / "dashboard-linkedin.png").stat().st_size > 20_000

    # The second tab shows the Twitter owner and hides the first.
    page.evaluate("document.getElementById('tab-1').click()")
    assert page.evaluate("document.getElementById('panel-0').hidden") is True
    assert page.evaluate("document.getElementById('panel-1').hidden") is False
    page.screenshot(tmp_path / "dashboard-twitter.png")

    # A click on "Acts" sorts ascending, a second click descending.
    rows = "Array.from(document.querySelectorAll('#panel-0 table.sortable tbody tr'))"
    column = rows + ".map(function (row) { return row.cells[%d].textContent; })"
    acts_button = "document.querySelectorAll('#panel-0 table.sortable th button')[4]"
    page.evaluate(f"{acts_button}.click()")
    assert page.evaluate(column % 4) == ["1", "1", "3"]
    page.evaluate(f"{acts_button}.click()")
    assert page.evaluate(column % 4) == ["3", "1", "1"]
    assert page.evaluate(column % 2)[0] == "Bertram Okonkwo"
    assert page.errors == []
    assert page.outside == []


def test_empty_warehouse_page_opens_cleanly(browser, tmp_path):
    con = create_demo_warehouse(tmp_path / "warehouse.duckdb", with_rows=False)
    result = write_report(con, tmp_path / "exports")
    con.close()

    page = open_page(browser, result.dashboard.as_uri())
    assert page.evaluate("document.querySelector('.empty-state h2').textContent") == "No data yet"
    assert page.evaluate("document.querySelectorAll('.chart').length") == 0
    assert page.errors == []
    assert page.warnings == []
    assert page.outside == []
    page.screenshot(tmp_path / "dashboard-empty.png")


def test_the_watch_sees_outside_requests_and_console_errors(browser, tmp_path):
    """The checks above are not blind: a page that asks for an outside image is caught."""
    leaky = tmp_path / "leaky.html"
    leaky.write_text(
        '<!doctype html><body><img src="https://example.com/pixel.png">'
        "<script>console.error('deliberate');"
        "window.addEventListener('load', function () {"
        "document.body.setAttribute('data-charts', 'ready'); });</script></body>",
        encoding="utf-8",
    )
    page = open_page(browser, leaky.as_uri())
    assert page.outside == ["https://example.com/pixel.png"]
    assert "deliberate" in page.errors
