"""The offline dashboard: one HTML page built from the marts, charts drawn by Vega-Lite.

The page carries everything it needs: the Vega, Vega-Lite and Vega-Embed JavaScript that
vl-convert ships is inlined, styles are inlined, and a Content-Security-Policy forbids every
request, so opening it from `file://` sends nothing anywhere.

Layout: one tab per owner and platform; each tab has headline cards (every number with one
sentence saying what it means), four charts (reciprocity by channel, given vs received per
week, return lag, effect of giving first), who goes first per channel, and the open favours
as a sortable table.
"""

from __future__ import annotations

import functools
import html
import json
import math
import re
import statistics
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import altair as alt
import pyarrow as pa

# Most open favours listed per owner and platform; the full list is in action_items.parquet.
ACTION_ROWS_SHOWN = 500

FONT_STACK = (
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", '
    '"Liberation Sans", Arial, sans-serif'
)
INK = "#1f2933"
MUTED = "#5f6b7a"
GRID = "#edf0f4"
GIVEN_COLOR = "#f08c2e"
RECEIVED_COLOR = "#4c6ef5"
MUTUAL_COLOR = "#12b886"
BASELINE_COLOR = "#adb5bd"
# Channels get colours of their own, apart from the given/received/mutual ones.
CHANNEL_PALETTE = ["#7048e8", "#1098ad", "#d6336c", "#74b816", "#f59f00", "#495057", "#ae3ec9"]

# Plot sizes (Vega "fit" sizes include axes and legend) matching the card widths of the layout.
HALF_WIDTH = 540
FULL_WIDTH = 1150
CHART_HEIGHT = 230
MIN_WEEKS_SHOWN = 12

PLATFORM_LABELS = {"linkedin": "LinkedIn", "twitter": "Twitter / X"}
KIND_ORDER = [
    "endorsement",
    "recommendation",
    "message",
    "invitation",
    "follow",
    "dm",
    "reply",
    "retweet",
    "mention",
    "quote",
    "engagement_followback",
]
KIND_LABELS = {
    "endorsement": "Endorsements",
    "recommendation": "Recommendations",
    "message": "Messages",
    "invitation": "Invitations",
    "follow": "Follows",
    "dm": "Direct messages",
    "reply": "Replies",
    "retweet": "Retweets",
    "mention": "Mentions",
    "quote": "Quotes",
    "engagement_followback": "Engagement → follow-back",
}
# How "the people of a channel" reads in a sentence: "Of the 42 people you <phrase>, ...".
KIND_PEOPLE_PHRASES = {
    "endorsement": "exchanged endorsements with",
    "recommendation": "exchanged recommendations with",
    "message": "messaged or heard from",
    "follow": "follow or who follow you",
    "dm": "exchanged direct messages with",
}
# Sentences for the effect of giving first: (what the treated group did, who the baseline is,
# what returning means).
EFFECT_PHRASES = {
    "endorsement": (
        "people you endorsed first",
        "connections you never endorsed",
        "endorsed you",
    ),
    "recommendation": (
        "people you recommended first",
        "connections you never recommended",
        "recommended you",
    ),
    "message": (
        "people you messaged first",
        "connections you never messaged",
        "messaged you",
    ),
    "engagement_followback": (
        "people you replied to, retweeted, mentioned or quoted",
        "people you follow without engaging",
        "follow you",
    ),
}
STATUS_LABELS = {
    "mutual": "Both ways",
    "given_only": "Only you gave",
    "received_only": "Only they gave",
}
ACTION_LABELS = {"return_favor": "Return the favour", "awaiting_return": "Awaiting a return"}
# Return-lag buckets, in days: a linear histogram of lags that run from hours to years puts
# almost everything in its first bar, so the buckets follow how people think about time.
LAG_BUCKETS: list[tuple[str, float]] = [
    ("Same day", 1),
    ("1–7 days", 7),
    ("1–4 weeks", 28),
    ("1–3 months", 91),
    ("3–12 months", 365),
    ("Over a year", float("inf")),
]


@dataclass(frozen=True)
class DashboardData:
    """What the page is built from: the marts by table name (missing ones count as empty) and
    the archives behind them."""

    marts: Mapping[str, pa.Table]
    archives: Sequence[Mapping[str, Any]] = ()
    last_import_at: datetime | None = None
    generated_at: datetime | None = None
    redacted: bool = False


@dataclass
class _Section:
    """One owner on one platform: one tab of the page."""

    index: int
    owner_key: str
    platform: str
    label: str
    summary: list[dict[str, Any]]
    reciprocity: list[dict[str, Any]]
    timeline: list[dict[str, Any]]
    effect: list[dict[str, Any]]
    actions: list[dict[str, Any]]


def render_dashboard(data: DashboardData) -> str:
    """The complete, self-contained HTML page."""
    sections = _sections(data)
    specs: dict[str, dict[str, Any]] = {}
    panels = [_section_html(section, specs) for section in sections]
    body = "".join(panels) if panels else _empty_page_html()
    return _PAGE.format(
        title="Reciprocity dashboard",
        styles=_STYLES,
        header=_header_html(data, sections),
        body=body,
        footer=_footer_html(data, sections),
        specs=_json_for_script(specs),
        vega_bundle=_vega_bundle(),
        page_script=_PAGE_SCRIPT,
    )


# --- gathering the data per owner and platform -----------------------------------------------


def _rows(
    data: DashboardData, name: str, columns: Sequence[str] | None = None
) -> list[dict[str, Any]]:
    table = data.marts.get(name)
    if table is None:
        return []
    if columns is not None:
        # Per-person marts can be large: convert only what the page reads.
        table = table.select([column for column in columns if column in table.column_names])
    return table.to_pylist()


def _platform_of(row: Mapping[str, Any]) -> str:
    platform = row.get("platform")
    if platform:
        return str(platform)
    # reciprocity_effect has no platform column; owner keys carry it as their prefix.
    return str(row.get("owner_key") or "").split(":", 1)[0]


def _sections(data: DashboardData) -> list[_Section]:
    summary = _rows(data, "reciprocity_summary")
    reciprocity = _rows(
        data, "reciprocity", ("owner_key", "platform", "kind", "status", "lag_days")
    )
    timeline = _rows(data, "reciprocity_timeline")
    effect = _rows(data, "reciprocity_effect")
    actions = _rows(data, "action_items")
    people = _rows(data, "people", ("person_key", "display_name", "handle", "is_owner"))

    grouped: dict[tuple[str, str], dict[str, list[dict[str, Any]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for name, rows in (
        ("summary", summary),
        ("reciprocity", reciprocity),
        ("timeline", timeline),
        ("effect", effect),
        ("actions", actions),
    ):
        for row in rows:
            if row.get("owner_key"):
                grouped[(str(row["owner_key"]), _platform_of(row))][name].append(row)
    interactions = data.marts.get("interactions")
    if interactions is not None and {"owner_key", "platform"} <= set(interactions.column_names):
        pairs = interactions.select(["owner_key", "platform"]).group_by(["owner_key", "platform"])
        for row in pairs.aggregate([]).to_pylist():
            if row["owner_key"]:
                grouped.setdefault((row["owner_key"], row["platform"]), defaultdict(list))
    for archive in data.archives:
        if archive.get("owner_key"):
            grouped.setdefault(
                (str(archive["owner_key"]), _platform_of(archive)), defaultdict(list)
            )

    owner_names = {
        row["person_key"]: row.get("display_name") or row.get("handle")
        for row in people
        if row.get("is_owner") and row.get("person_key")
    }
    platform_rank = {name: rank for rank, name in enumerate(PLATFORM_LABELS)}
    ordered = sorted(grouped, key=lambda pair: (pair[0], platform_rank.get(pair[1], 99), pair[1]))
    sections = []
    for index, (owner_key, platform) in enumerate(ordered):
        rows = grouped[(owner_key, platform)]
        sections.append(
            _Section(
                index=index,
                owner_key=owner_key,
                platform=platform,
                label=str(owner_names.get(owner_key) or owner_key),
                summary=sorted(rows["summary"], key=lambda r: _kind_rank(r.get("kind"))),
                reciprocity=rows["reciprocity"],
                timeline=rows["timeline"],
                effect=sorted(rows["effect"], key=lambda r: _kind_rank(r.get("kind"))),
                actions=sorted(rows["actions"], key=_newest_first),
            )
        )
    return sections


def _newest_first(row: Mapping[str, Any]) -> tuple[bool, float]:
    since = row.get("since")
    if isinstance(since, datetime):
        return (False, -_as_utc(since).timestamp())
    if isinstance(since, date):
        return (False, -datetime(since.year, since.month, since.day, tzinfo=UTC).timestamp())
    return (True, 0.0)


def _kind_rank(kind: Any) -> tuple[int, str]:
    text = str(kind or "")
    return (KIND_ORDER.index(text) if text in KIND_ORDER else len(KIND_ORDER), text)


def _kind_label(kind: Any) -> str:
    text = str(kind or "")
    return KIND_LABELS.get(text, text.replace("_", " ").capitalize())


def _platform_label(platform: str) -> str:
    return PLATFORM_LABELS.get(platform, platform.capitalize())


# --- formatting ------------------------------------------------------------------------------


def _esc(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def _pct(value: float | None) -> str:
    if value is None:
        return "—"
    if 0 < value < 0.005:
        return "<1%"
    return f"{value * 100:.0f}%"


def _count(value: Any) -> int:
    return int(value) if value is not None else 0


def _days(value: float) -> str:
    return f"{value:.1f}" if value < 10 else f"{value:,.0f}"


def _people(count: int) -> str:
    return f"{count:,} {'person' if count == 1 else 'people'}"


def _as_utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _when(value: Any) -> str:
    if isinstance(value, datetime):
        return _as_utc(value).strftime("%Y-%m-%d %H:%M UTC")
    if isinstance(value, date):
        return value.isoformat()
    return "—" if value is None else str(value)


def _day(value: Any) -> str:
    if isinstance(value, datetime):
        return _as_utc(value).strftime("%Y-%m-%d")
    if isinstance(value, date):
        return value.isoformat()
    return ""


def _iso_day(value: Any) -> str | None:
    if isinstance(value, datetime):
        return _as_utc(value).date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return None


# --- the page --------------------------------------------------------------------------------


def _header_html(data: DashboardData, sections: list[_Section]) -> str:
    facts = []
    if data.generated_at is not None:
        facts.append(f"Generated {_esc(_when(data.generated_at))}")
    archive_count = len(data.archives)
    facts.append(f"built from {archive_count} archive{'s' if archive_count != 1 else ''}")
    if data.last_import_at is not None:
        facts.append(f"last import {_esc(_when(data.last_import_at))}")
    badge = (
        '<span class="badge" title="Names, handles, links and message ids are replaced by '
        'stable pseudonyms.">Redacted for sharing</span>'
        if data.redacted
        else ""
    )
    tabs = ""
    if sections:
        buttons = "".join(
            f'<button role="tab" id="tab-{s.index}" aria-controls="panel-{s.index}" '
            f'aria-selected="{"true" if s.index == 0 else "false"}">'
            f'<span class="tab-owner">{_esc(s.label)}</span>'
            f'<span class="tab-platform">{_esc(_platform_label(s.platform))}</span></button>'
            for s in sections
        )
        tabs = f'<nav class="tabs" role="tablist" aria-label="Owner and platform">{buttons}</nav>'
    return (
        '<header class="top"><div class="wrap">'
        f'<div class="title-row"><h1>Who returns the favour</h1>{badge}</div>'
        f'<p class="meta">{" · ".join(facts)}.</p>{tabs}</div></header>'
    )


def _empty_page_html() -> str:
    return (
        '<section class="panel"><div class="card empty-state"><h2>No data yet</h2>'
        "<p>The warehouse holds no interactions. Import a LinkedIn or Twitter/X archive with "
        "<code>recip import PATH</code>, then run <code>recip report</code> again.</p>"
        "</div></section>"
    )


def _footer_html(data: DashboardData, sections: list[_Section]) -> str:
    labels = {(s.owner_key, s.platform): s.label for s in sections}

    def owner(archive: Mapping[str, Any]) -> Any:
        key = archive.get("owner_key")
        return labels.get((str(key), _platform_of(archive)), key)

    rows = "".join(
        "<tr>"
        f"<td>{_esc(_platform_label(_platform_of(a)))}</td>"
        f"<td>{_esc(owner(a))}</td>"
        f"<td>{_esc(_when(a.get('exported_at')))}</td>"
        f"<td>{_esc(_when(a.get('imported_at')))}</td>"
        f"<td>{_esc(a.get('status') or '')}</td>"
        "</tr>"
        for a in data.archives
    )
    table = (
        "<table><thead><tr><th>Platform</th><th>Owner</th><th>Exported</th><th>Imported</th>"
        f"<th>Status</th></tr></thead><tbody>{rows}</tbody></table>"
        if rows
        else "<p>No archive has been imported yet.</p>"
    )
    return (
        '<footer class="wrap"><details><summary>Archives behind this report</summary>'
        "<p>Each archive is a snapshot; acts found in several archives are counted once.</p>"
        f"{table}</details>"
        "<p>Made offline by <code>recip report</code>: this page loads nothing from the network."
        "</p></footer>"
    )


def _section_html(section: _Section, specs: dict[str, dict[str, Any]]) -> str:
    prefix = f"s{section.index}"
    charts = {
        "channels": _channel_chart(section),
        "weekly": _weekly_chart(section),
        "lag": _lag_chart(section),
        "effect": _effect_chart(section),
    }
    for name, spec in charts.items():
        if spec is not None:
            specs[f"{prefix}-{name}"] = spec

    def chart_block(name: str, empty_reason: str) -> str:
        if charts[name] is None:
            return f'<div class="chart-empty">No data yet: {_esc(empty_reason)}</div>'
        return f'<div class="chart" id="{prefix}-{name}" role="img"></div>'

    hidden = "" if section.index == 0 else " hidden"
    return (
        f'<section class="panel" id="panel-{section.index}" role="tabpanel" '
        f'aria-labelledby="tab-{section.index}"{hidden}>'
        f'<h2 class="section-title">{_esc(section.label)} '
        f'<span class="muted">on {_esc(_platform_label(section.platform))}</span></h2>'
        f"{_headline_cards(section)}"
        '<div class="grid">'
        + _card(
            "Reciprocity by channel",
            "Each bar splits the people of one channel (how many in brackets) into those with "
            "favours both ways, only from you, and only from them.",
            chart_block("channels", "no channel has an identified person yet."),
        )
        + _card(
            "Effect of giving first",
            "How often people gave back when you gave first, next to how often people you never "
            "gave to gave anyway; a longer orange bar means giving first pays off.",
            chart_block("effect", "there is no one you gave to first yet."),
        )
        + _card(
            "Given vs received per week",
            "Acts per week across every channel: what you gave above the line, what you "
            "received below it (weeks start on Monday, UTC; point at a bar for its numbers).",
            chart_block("weekly", "no act carries a date yet."),
            wide=True,
        )
        + _card(
            "How long a return takes",
            "For relationships that went both ways: the time between the first act in one "
            "direction and the first act in the other, by channel.",
            chart_block("lag", "no relationship has both first dates yet."),
        )
        + _card(
            "Who goes first",
            "Per channel: when you start, how many give back, and when they start, how often "
            "you do.",
            _initiative_html(section),
        )
        + "</div>"
        + _actions_html(section)
        + "</section>"
    )


def _card(title: str, sentence: str, content: str, *, wide: bool = False) -> str:
    css = "card chart-card wide" if wide else "card chart-card"
    return (
        f'<article class="{css}"><h3>{_esc(title)}</h3><p class="explain">{_esc(sentence)}</p>'
        f"{content}</article>"
    )


def _stat(label: str, value: str, sentence: str, tone: str = "") -> str:
    tone_class = f" {tone}" if tone else ""
    return (
        f'<div class="stat{tone_class}"><div class="stat-label">{_esc(label)}</div>'
        f'<div class="stat-value">{_esc(value)}</div>'
        f'<p class="stat-sentence">{_esc(sentence)}</p></div>'
    )


def _headline_cards(section: _Section) -> str:
    """Two rows: how reciprocal each channel is and how fast returns come, then what giving
    first brings and what is open."""
    rates = [_rate_stat(row) for row in section.summary]
    rates.append(_median_lag_stat(section))
    outcomes = [_effect_stat(row) for row in section.effect]
    outcomes.extend(_open_favour_stats(section))
    return f'<div class="cards">{"".join(rates)}</div><div class="cards">{"".join(outcomes)}</div>'


def _rate_stat(row: Mapping[str, Any]) -> str:
    kind = row.get("kind")
    people = _count(row.get("people"))
    mutual = _count(row.get("mutual"))
    rate = row.get("dyad_reciprocity")
    phrase = KIND_PEOPLE_PHRASES.get(str(kind), f"share {_kind_label(kind).lower()} with")
    if people:
        sentence = (
            f"Of the {_people(people)} you {phrase}, {mutual:,} ({_pct(rate)}) "
            "have favours going both ways."
        )
    else:
        sentence = f"No one you {phrase} is identified yet."
    return _stat(f"{_kind_label(kind)} · both ways", _pct(rate), sentence, "tone-mutual")


def _median_lag_stat(section: _Section) -> str:
    lags = sorted(
        float(row["lag_days"])
        for row in section.reciprocity
        if row.get("lag_days") is not None and row.get("status") in (None, "mutual")
    )
    if not lags:
        return _stat(
            "Median days to return",
            "—",
            "No two-way relationship has both first dates yet, so there is no return time "
            "to measure.",
        )
    median = statistics.median(lags)
    return _stat(
        "Median days to return",
        _days(median),
        f"Half of your {len(lags):,} two-way relationships with both first dates known "
        f"saw the first return within {_days(median)} days of the first act.",
    )


def _open_favour_stats(section: _Section) -> list[str]:
    stats = []
    for action, label, tone, template, none in (
        (
            "return_favor",
            "Favours to return",
            "tone-received",
            "{favours} from {people} that you have not returned on the same channel.",
            "Nothing to return: you gave back on every channel where someone gave to you.",
        ),
        (
            "awaiting_return",
            "Awaiting a return",
            "tone-given",
            "{favours} you gave to {people}, not yet returned on the same channel.",
            "Nothing outstanding: everyone you gave to gave back on the same channel.",
        ),
    ):
        rows = [row for row in section.actions if row.get("action") == action]
        people = len({row.get("person_key") for row in rows})
        favours = f"{len(rows):,} favour{'' if len(rows) == 1 else 's'}"
        sentence = template.format(favours=favours, people=_people(people)) if rows else none
        stats.append(_stat(label, f"{len(rows):,}", sentence, tone))
    return stats


def _effect_stat(row: Mapping[str, Any]) -> str:
    kind = str(row.get("kind") or "")
    treated_group, baseline_group, returned = EFFECT_PHRASES.get(
        kind, ("people you gave to first", "people you never gave to", "gave back")
    )
    treated = f"the {treated_group} ({_count(row.get('treated')):,})"
    baseline = f"the {baseline_group} ({_count(row.get('baseline')):,})"
    treated_rate = row.get("treated_rate")
    baseline_rate = row.get("baseline_rate")
    lift = row.get("lift")
    label = f"Lift of giving first · {_kind_label(kind)}"
    if lift is not None:
        sentence = (
            f"{_pct(treated_rate)} of {treated} {returned}, against {_pct(baseline_rate)} of "
            f"{baseline}: {float(lift):.1f} times as often."
        )
        return _stat(label, f"{float(lift):.1f}×", sentence, "tone-given")
    if treated_rate is None:
        sentence = f"No ratio yet: there are no {treated_group}."
    elif baseline_rate is None:
        sentence = (
            f"{_pct(treated_rate)} of {treated} {returned}; there are no {baseline_group} "
            "to compare with."
        )
    else:
        sentence = (
            f"{_pct(treated_rate)} of {treated} {returned}; none of {baseline} {returned}, "
            "so there is no ratio."
        )
    return _stat(label, "—", sentence, "tone-given")


def _initiative_html(section: _Section) -> str:
    items = []
    for row in section.summary:
        mine = _count(row.get("initiated_by_me"))
        returned_to_me = _count(row.get("returned_to_me"))
        theirs = _count(row.get("initiated_by_them"))
        returned_by_me = _count(row.get("returned_by_me"))
        if not mine and not theirs:
            continue
        parts = []
        if mine:
            parts.append(
                f"you went first with {_people(mine)} and {returned_to_me:,} "
                f"({_pct(row.get('return_rate_to_me'))}) gave back"
            )
        if theirs:
            parts.append(
                f"{_people(theirs)} went first and you gave back to {returned_by_me:,} "
                f"({_pct(row.get('return_rate_by_me'))})"
            )
        items.append(
            f"<li><strong>{_esc(_kind_label(row.get('kind')))}:</strong> "
            f"{_esc('; '.join(parts))}.</li>"
        )
    if not items:
        return (
            '<div class="chart-empty">No data yet: no channel has a known first act in '
            "either direction.</div>"
        )
    return f'<ul class="initiative">{"".join(items)}</ul>'


def _actions_html(section: _Section) -> str:
    rows = section.actions
    returns = sum(1 for row in rows if row.get("action") == "return_favor")
    awaiting = sum(1 for row in rows if row.get("action") == "awaiting_return")
    sentence = (
        f"{returns:,} favour{'' if returns == 1 else 's'} to return (they gave, you have not) "
        f"and {awaiting:,} awaiting a return (you gave, they have not), newest first; "
        "click a column heading to sort."
    )
    if not rows:
        content = '<div class="chart-empty">No open favours: every exchange went both ways.</div>'
    else:
        shown = rows[:ACTION_ROWS_SHOWN]
        body = "".join(_action_row(row) for row in shown)
        more = (
            f'<p class="explain">Showing the {len(shown):,} newest of {len(rows):,}; '
            "action_items.parquet holds them all.</p>"
            if len(rows) > len(shown)
            else ""
        )
        content = (
            '<div class="table-scroll"><table class="sortable">'
            "<thead><tr>"
            '<th scope="col"><button type="button">Action</button></th>'
            '<th scope="col"><button type="button">Channel</button></th>'
            '<th scope="col"><button type="button">Person</button></th>'
            '<th scope="col" data-type="number"><button type="button">Since</button></th>'
            '<th scope="col" data-type="number" class="num">'
            '<button type="button">Acts</button></th>'
            f"</tr></thead><tbody>{body}</tbody></table></div>{more}"
        )
    return (
        '<article class="card actions-card"><h3>Open favours</h3>'
        f'<p class="explain">{_esc(sentence)}</p>{content}</article>'
    )


def _action_row(row: Mapping[str, Any]) -> str:
    action = str(row.get("action") or "")
    pill = "pill-received" if action == "return_favor" else "pill-given"
    person = row.get("display_name") or row.get("person_key") or "Unknown"
    since = row.get("since")
    since_key = _as_utc(since).timestamp() if isinstance(since, datetime) else ""
    acts = _count(row.get("acts"))
    return (
        "<tr>"
        f'<td><span class="pill {pill}">{_esc(ACTION_LABELS.get(action, action))}</span></td>'
        f"<td>{_esc(_kind_label(row.get('kind')))}</td>"
        f"<td>{_esc(person)}</td>"
        f'<td data-sort="{since_key}">{_esc(_day(since)) or "—"}</td>'
        f'<td class="num" data-sort="{acts}">{acts:,}</td>'
        "</tr>"
    )


# --- charts ----------------------------------------------------------------------------------


def _config(chart: alt.TopLevelMixin) -> dict[str, Any]:
    configured = chart.configure(
        font=FONT_STACK,
        background="transparent",
        padding=4,
        autosize=alt.AutoSizeParams(type="fit", contains="padding"),
    )
    configured = configured.configure_view(stroke=None)
    configured = configured.configure_axis(
        labelColor=MUTED,
        titleColor=MUTED,
        gridColor=GRID,
        domainColor="#ced4da",
        tickColor="#ced4da",
        labelFontSize=11,
        titleFontSize=11,
        titleFontWeight=500,
    )
    configured = configured.configure_legend(
        orient="top",
        labelColor=INK,
        labelFontSize=12,
        title=None,
        symbolType="circle",
        symbolSize=90,
    )
    return configured.to_dict()


def _channel_chart(section: _Section) -> dict[str, Any] | None:
    records = []
    for row in section.summary:
        people = _count(row.get("people"))
        if not people:
            continue
        channel = f"{_kind_label(row.get('kind'))} ({people:,})"
        for order, status in enumerate(STATUS_LABELS):
            count = _count(row.get(status))
            records.append(
                {
                    "channel": channel,
                    "status": STATUS_LABELS[status],
                    "order": order,
                    "people": count,
                    "share": count / people,
                }
            )
    if not records:
        return None
    channels = list(dict.fromkeys(record["channel"] for record in records))
    chart = (
        alt.Chart(alt.Data(values=records))
        .mark_bar(cornerRadius=2, height={"band": 0.7})
        .encode(
            y=alt.Y("channel:N", sort=channels, title=None, axis=alt.Axis(labelLimit=220)),
            x=alt.X(
                "people:Q",
                stack="normalize",
                title="Share of people",
                axis=alt.Axis(format="%", tickCount=5),
            ),
            color=alt.Color(
                "status:N",
                scale=alt.Scale(
                    domain=list(STATUS_LABELS.values()),
                    range=[MUTUAL_COLOR, GIVEN_COLOR, RECEIVED_COLOR],
                ),
            ),
            order=alt.Order("order:Q"),
            tooltip=[
                alt.Tooltip("channel:N", title="Channel"),
                alt.Tooltip("status:N", title="Status"),
                alt.Tooltip("people:Q", title="People", format=","),
                alt.Tooltip("share:Q", title="Share", format=".0%"),
            ],
        )
        .properties(width=HALF_WIDTH, height=max(90, 46 * len(channels) + 40))
    )
    return _config(chart)


def _weekly_chart(section: _Section) -> dict[str, Any] | None:
    totals: dict[date, list[int]] = defaultdict(lambda: [0, 0])
    for row in section.timeline:
        week = row.get("week")
        if week is None:
            continue
        day = _as_utc(week).date() if isinstance(week, datetime) else week
        totals[day][0] += _count(row.get("given"))
        totals[day][1] += _count(row.get("received"))
    totals = {day: pair for day, pair in totals.items() if pair != [0, 0]}
    if not totals:
        return None
    # Given rises above the axis and received hangs below it: weeks of either kind stay
    # readable whether the history is sparse or years long.
    records = []
    for day, (given, received) in sorted(totals.items()):
        # Six days wide: a one-day gap keeps neighbouring weeks apart.
        end = (day + timedelta(days=6)).isoformat()
        for direction, acts, signed in (("Given", given, given), ("Received", received, -received)):
            if acts:
                records.append(
                    {
                        "week": day.isoformat(),
                        "week_end": end,
                        "direction": direction,
                        "acts": acts,
                        "signed": signed,
                    }
                )
    first, last = min(totals), max(totals) + timedelta(days=7)
    # A short history is shown over at least twelve weeks so a bar looks like a week.
    first = min(first, last - timedelta(weeks=MIN_WEEKS_SHOWN))
    top = max(pair[0] for pair in totals.values())
    bottom = max(pair[1] for pair in totals.values())
    chart = (
        alt.Chart(alt.Data(values=records))
        .mark_bar(orient="vertical")
        .encode(
            x=alt.X(
                "week:T",
                title=None,
                # domainMin/Max rather than domain: with x2, Vega-Lite would list an explicit
                # domain twice and warn about the conflict.
                scale=alt.Scale(type="utc", domainMin=_vl_date(first), domainMax=_vl_date(last)),
                axis=_time_axis(first, last),
            ),
            x2="week_end:T",
            y2=alt.datum(0),
            y=alt.Y(
                "signed:Q",
                title="Acts per week",
                axis=_count_axis(max(top, bottom) * (2 if top and bottom else 1), absolute=True),
            ),
            color=alt.Color(
                "direction:N",
                scale=alt.Scale(domain=["Given", "Received"], range=[GIVEN_COLOR, RECEIVED_COLOR]),
            ),
            tooltip=[
                alt.Tooltip("week:T", title="Week of", format="%d %b %Y", formatType="utc"),
                alt.Tooltip("direction:N", title="Direction"),
                alt.Tooltip("acts:Q", title="Acts", format=","),
            ],
        )
        .properties(width=FULL_WIDTH, height=CHART_HEIGHT)
    )
    return _config(chart)


def _time_axis(first: date, last: date) -> alt.Axis:
    """Ticks on Mondays for a short history, on month or year starts for a long one: the
    automatic ticks of a time scale fall on arbitrary days (every fourth day, Sundays)."""
    span_weeks = (last - first).days / 7
    if span_weeks <= 26:
        step = max(1, math.ceil(span_weeks / 13))
        monday = first + timedelta(days=(7 - first.weekday()) % 7)
        ticks = [monday + timedelta(weeks=n) for n in range(0, int(span_weeks) + 1, step)]
        label_format = "%d %b"
    elif span_weeks <= 260:
        months = int(span_weeks * 7 / 30.4) + 1
        step = max(1, math.ceil(months / 12))
        ticks = [
            _add_months(date(first.year, first.month, 1), n) for n in range(1, months + 1, step)
        ]
        label_format = "%b %Y"
    else:
        years = last.year - first.year + 1
        step = max(1, math.ceil(years / 12))
        ticks = [date(year, 1, 1) for year in range(first.year + 1, last.year + 1, step)]
        label_format = "%Y"
    return alt.Axis(
        grid=False,
        values=[_vl_date(day) for day in ticks if first <= day <= last],
        # No formatType: with "utc" Vega-Lite drops the format; a utc scale formats in UTC.
        format=label_format,
        labelOverlap=True,
    )


def _add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    return date(day.year + month_index // 12, month_index % 12 + 1, 1)


def _vl_date(day: date) -> alt.DateTime:
    return alt.DateTime(year=day.year, month=day.month, date=day.day, utc=True)


def _count_axis(maximum: int, *, absolute: bool = False) -> alt.Axis:
    """An axis of counts: whole numbers only, so a maximum of 1 does not show 0.5."""
    label = "abs(datum.value)" if absolute else "datum.value"
    return alt.Axis(
        tickCount=max(1, min(5, maximum)),
        labelExpr=f"{label} % 1 === 0 ? format({label}, ',') : ''",
    )


def _lag_bucket(days: float) -> tuple[int, str]:
    for order, (label, upper) in enumerate(LAG_BUCKETS):
        if days < upper:
            return order, label
    return len(LAG_BUCKETS) - 1, LAG_BUCKETS[-1][0]


def _lag_chart(section: _Section) -> dict[str, Any] | None:
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for row in section.reciprocity:
        lag = row.get("lag_days")
        if lag is None or row.get("status") not in (None, "mutual"):
            continue
        _, bucket = _lag_bucket(float(lag))
        counts[(bucket, _kind_label(row.get("kind")))] += 1
    if not counts:
        return None
    channels = sorted(
        {channel for _, channel in counts},
        key=lambda label: _kind_rank(_kind_for_label(label)),
    )
    records = [
        {"bucket": bucket, "channel": channel, "people": people}
        for (bucket, channel), people in counts.items()
    ]
    per_bucket: dict[str, int] = defaultdict(int)
    for (bucket, _), people in counts.items():
        per_bucket[bucket] += people
    tallest = max(per_bucket.values())
    chart = (
        alt.Chart(alt.Data(values=records))
        .mark_bar(cornerRadiusTopLeft=2, cornerRadiusTopRight=2)
        .encode(
            x=alt.X(
                "bucket:O",
                sort=[label for label, _ in LAG_BUCKETS],
                scale=alt.Scale(domain=[label for label, _ in LAG_BUCKETS]),
                title="Time until the first return",
                axis=alt.Axis(labelAngle=0),
            ),
            y=alt.Y("sum(people):Q", title="Relationships", axis=_count_axis(tallest)),
            color=alt.Color(
                "channel:N",
                sort=channels,
                scale=alt.Scale(domain=channels, range=CHANNEL_PALETTE[: len(channels)]),
            ),
            tooltip=[
                alt.Tooltip("bucket:O", title="Time to return"),
                alt.Tooltip("channel:N", title="Channel"),
                alt.Tooltip("sum(people):Q", title="Relationships", format=","),
            ],
        )
        .properties(width=HALF_WIDTH, height=CHART_HEIGHT)
    )
    return _config(chart)


def _kind_for_label(label: str) -> str:
    for kind, kind_label in KIND_LABELS.items():
        if kind_label == label:
            return kind
    return label


def _effect_chart(section: _Section) -> dict[str, Any] | None:
    records = []
    for row in section.effect:
        kind = _kind_label(row.get("kind"))
        for group, count_key, returned_key, rate_key in (
            ("You went first", "treated", "treated_returned", "treated_rate"),
            ("Baseline", "baseline", "baseline_returned", "baseline_rate"),
        ):
            rate = row.get(rate_key)
            if rate is None:
                continue
            total = _count(row.get(count_key))
            returned = _count(row.get(returned_key))
            records.append(
                {
                    "channel": kind,
                    "group": group,
                    "rate": float(rate),
                    "label": f"{_pct(float(rate))} ({returned:,} of {total:,})",
                }
            )
    if not records:
        return None
    channels = list(dict.fromkeys(record["channel"] for record in records))
    groups = ["You went first", "Baseline"]
    base = alt.Chart(alt.Data(values=records)).encode(
        y=alt.Y("channel:N", sort=channels, title=None, axis=alt.Axis(labelLimit=220)),
        yOffset=alt.YOffset("group:N", sort=groups, scale=alt.Scale(domain=groups)),
        x=alt.X(
            "rate:Q",
            title="Gave back",
            scale=alt.Scale(domain=[0, 1]),
            axis=alt.Axis(format="%", tickCount=5),
        ),
    )
    bars = base.mark_bar(cornerRadiusEnd=3).encode(
        color=alt.Color(
            "group:N",
            scale=alt.Scale(domain=groups, range=[GIVEN_COLOR, BASELINE_COLOR]),
        ),
        tooltip=[
            alt.Tooltip("channel:N", title="Channel"),
            alt.Tooltip("group:N", title="Group"),
            alt.Tooltip("label:N", title="Gave back"),
        ],
    )
    labels = base.mark_text(align="left", dx=4, fontSize=11, color=INK).encode(text="label:N")
    chart = alt.layer(bars, labels).properties(
        width=HALF_WIDTH, height=max(110, 64 * len(channels) + 40)
    )
    return _config(chart)


# --- assembling ------------------------------------------------------------------------------


def _json_for_script(value: Any) -> str:
    """JSON that can sit inside a <script> element whatever the strings in it hold: `<`, `>`
    and `&` are escaped so a name like `</script>` cannot end the element."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


@functools.cache
def _vega_bundle() -> str:
    """Vega, Vega-Lite and Vega-Embed as one script, for the Vega-Lite version Altair writes."""
    import vl_convert

    major, minor = alt.SCHEMA_VERSION.lstrip("v").split(".")[:2]
    bundle = vl_convert.javascript_bundle(vl_version=f"v{major}_{minor}")
    # The bundle is inlined in a <script> element, which the first `</script` would end.
    return re.sub(r"</(script)", r"<\\/\1", bundle, flags=re.IGNORECASE)


_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; \
script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data:; \
font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<title>{title}</title>
<style>{styles}</style>
</head>
<body>
{header}
<main class="wrap">{body}</main>
{footer}
<script type="application/json" id="chart-specs">{specs}</script>
<script>{vega_bundle}</script>
<script>{page_script}</script>
</body>
</html>
"""

_STYLES = """
:root {
  --bg: #f4f6f9; --card: #fff; --ink: #1f2933; --muted: #5f6b7a; --line: #e3e8ef;
  --given: #f08c2e; --received: #4c6ef5; --mutual: #12b886; --accent: #364fc7;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans",
    "Liberation Sans", Arial, sans-serif;
  color: var(--ink); background: var(--bg); line-height: 1.45;
}
* { box-sizing: border-box; }
body { margin: 0; }
.wrap { max-width: 1240px; margin: 0 auto; padding: 0 24px; }
.top { background: var(--card); border-bottom: 1px solid var(--line); padding-top: 18px; }
.title-row { display: flex; align-items: center; gap: 12px; flex-wrap: wrap; }
h1 { font-size: 22px; margin: 0; letter-spacing: -0.01em; }
.meta { color: var(--muted); margin: 4px 0 12px; font-size: 13px; }
.badge { background: #fff4e6; color: #a64d00; border: 1px solid #ffd8a8; border-radius: 999px;
  padding: 2px 10px; font-size: 12px; font-weight: 600; }
.tabs { display: flex; gap: 4px; overflow-x: auto; }
.tabs button { font: inherit; border: 0; background: none; padding: 8px 14px 10px; cursor: pointer;
  color: var(--muted); border-bottom: 3px solid transparent; display: flex; flex-direction: column;
  align-items: flex-start; white-space: nowrap; }
.tabs button:hover { color: var(--ink); }
.tabs button[aria-selected="true"] { color: var(--ink); border-bottom-color: var(--accent); }
.tab-owner { font-weight: 600; font-size: 14px; }
.tab-platform { font-size: 12px; }
main.wrap { padding-top: 20px; padding-bottom: 8px; }
.section-title { font-size: 18px; margin: 0 0 14px; }
.muted { color: var(--muted); font-weight: 400; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin-bottom: 12px; }
.cards:last-of-type { margin-bottom: 16px; }
.cards .stat { flex: 1 1 210px; }
.stat, .card { background: var(--card); border: 1px solid var(--line); border-radius: 12px;
  box-shadow: 0 1px 2px rgba(16, 24, 40, 0.04); }
.stat { padding: 14px 16px; border-top: 3px solid #ced4da; }
.stat.tone-mutual { border-top-color: var(--mutual); }
.stat.tone-given { border-top-color: var(--given); }
.stat.tone-received { border-top-color: var(--received); }
.stat-label { font-size: 12px; color: var(--muted); font-weight: 600; text-transform: uppercase;
  letter-spacing: 0.03em; }
.stat-value { font-size: 30px; font-weight: 700; margin: 2px 0 4px; letter-spacing: -0.02em;
  font-variant-numeric: tabular-nums; }
.stat-sentence { margin: 0; font-size: 13px; color: var(--muted); }
.grid { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 16px;
  margin-bottom: 16px; }
.card { padding: 16px 20px 18px; min-width: 0; }
.card.wide { grid-column: 1 / -1; }
.card h3 { margin: 0; font-size: 15px; }
.explain { margin: 2px 0 12px; font-size: 13px; color: var(--muted); }
.chart { overflow-x: auto; min-height: 60px; }
.chart svg { max-width: 100%; height: auto; }
.chart-empty { color: var(--muted); background: #f8f9fb; border: 1px dashed var(--line);
  border-radius: 8px; padding: 28px 16px; text-align: center; font-size: 14px; }
.initiative { margin: 0; padding-left: 18px; font-size: 14px; }
.initiative li { margin-bottom: 8px; }
.actions-card { margin-bottom: 24px; }
.table-scroll { max-height: 460px; overflow: auto; border: 1px solid var(--line);
  border-radius: 8px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; padding: 7px 12px; border-bottom: 1px solid var(--line); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
thead th { position: sticky; top: 0; background: #f8f9fb; z-index: 1; padding: 0; }
th button { font: inherit; font-weight: 600; font-size: 13px; color: var(--muted); background: none;
  border: 0; padding: 8px 12px; width: 100%; text-align: inherit; cursor: pointer; }
th button::after { content: " \\2195"; opacity: 0.35; }
th[aria-sort="ascending"] button::after { content: " \\2191"; opacity: 1; }
th[aria-sort="descending"] button::after { content: " \\2193"; opacity: 1; }
tbody tr:hover { background: #f8f9fb; }
.pill { display: inline-block; border-radius: 999px; padding: 1px 10px; font-size: 12px;
  font-weight: 600; white-space: nowrap; }
.pill-received { background: #edf2ff; color: #364fc7; }
.pill-given { background: #fff4e6; color: #a64d00; }
.empty-state { text-align: center; padding: 48px 24px; }
footer { color: var(--muted); font-size: 13px; padding-bottom: 32px; }
footer table { background: var(--card); margin-top: 8px; }
footer summary { cursor: pointer; font-weight: 600; }
code { background: #eef1f5; padding: 1px 5px; border-radius: 4px; font-size: 0.95em; }
@media (max-width: 900px) { .grid { grid-template-columns: minmax(0, 1fr); } }
"""

_PAGE_SCRIPT = """
(function () {
  "use strict";
  var tabs = Array.prototype.slice.call(document.querySelectorAll('[role="tab"]'));
  function select(tab) {
    tabs.forEach(function (other) {
      var on = other === tab;
      other.setAttribute("aria-selected", on ? "true" : "false");
      document.getElementById(other.getAttribute("aria-controls")).hidden = !on;
    });
  }
  tabs.forEach(function (tab) {
    tab.addEventListener("click", function () { select(tab); });
  });

  function sortKey(cell, numeric) {
    var raw = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent;
    if (raw === "") { return null; }
    return numeric ? Number(raw) : raw.toLowerCase();
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    headers.forEach(function (header, index) {
      header.querySelector("button").addEventListener("click", function () {
        var ascending = header.getAttribute("aria-sort") !== "ascending";
        headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var numeric = header.getAttribute("data-type") === "number";
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = sortKey(a.cells[index], numeric), y = sortKey(b.cells[index], numeric);
          if (x === null || y === null) { return x === y ? 0 : (x === null ? 1 : -1); }
          var order = x < y ? -1 : (x > y ? 1 : 0);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });

  var specs = JSON.parse(document.getElementById("chart-specs").textContent);
  var jobs = Object.keys(specs).map(function (id) {
    return vegaEmbed("#" + id, specs[id], { renderer: "svg", actions: false })
      .catch(function (error) {
        console.error("Chart " + id + " could not be drawn: " + error);
        document.getElementById(id).textContent = "This chart could not be drawn.";
      });
  });
  Promise.all(jobs).then(function () { document.body.setAttribute("data-charts", "ready"); });
})();
"""
