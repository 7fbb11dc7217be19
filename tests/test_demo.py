"""`recip demo` as a new user runs it: the bundled archives, the summary, and the dashboard."""

from __future__ import annotations

import os
import subprocess

import duckdb

from tests.browser import CHART_STATE, open_page
from tests.conftest import REPO


def test_demo_imports_both_platforms_and_its_dashboard_draws(tmp_path, browser):
    env = {
        **os.environ,
        "PREFECT_HOME": str(tmp_path / "prefect"),
        "RECIP_DB": str(tmp_path / "warehouse.duckdb"),
        "RECIP_EXPORTS": str(tmp_path / "exports"),
    }
    result = subprocess.run(
        [str(REPO / ".venv" / "bin" / "recip"), "demo"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    imported = [line.split()[:3] for line in lines if line.startswith("loaded")]
    assert imported == [
        ["loaded", "linkedin", "linkedin:asa-lindqvist-ortega"],
        ["loaded", "twitter", "twitter:1326719481"],
        ["loaded", "twitter", "twitter:1326719481"],
    ]
    # The demo's story: endorsing first is returned 11 times in 16, against 4 in 28 unprompted.
    assert (
        "  linkedin endorsement: 69% of 16 people you approached first gave back, "
        "against 14% of 28 you never approached (4.8x)"
    ) in lines
    dashboard = tmp_path / "exports" / "dashboard.html"
    assert lines[-1] == f"dashboard: {dashboard}"
    assert "Traceback" not in result.stderr

    with duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True) as con:
        platforms = con.sql(
            "select platform, count(*) from marts.reciprocity_summary group by all order by all"
        ).fetchall()
    assert platforms == [("linkedin", 3), ("twitter", 2)]

    page = open_page(browser, dashboard.as_uri())
    charts = page.evaluate(CHART_STATE)
    assert len(charts) == 8  # four charts for each of the two owners' platforms
    for chart in charts:
        assert chart["svgWidth"] > 100 and chart["marks"] > 0, chart
    assert page.errors == []
    assert page.outside == []
    page.screenshot(tmp_path / "demo-dashboard.png")
    assert (tmp_path / "demo-dashboard.png").stat().st_size > 20_000
