"""Great Expectations suites for the raw tables, run before anything is loaded.

`SUITES` declares, for every raw table of `transforms.schemas.RAW_TABLES`, what its rows must
satisfy. A critical expectation guards what the warehouse cannot do without (ids, keys, the
timestamps the marts order by, the column set): when one fails the archive is rejected. A
non-critical one flags data that is odd but still loadable: the archive loads with warnings.

The suites are plain data so that this module imports in milliseconds; Great Expectations
itself (about two seconds to import) is only imported when `validate` runs. Every expectation is
a real GX expectation executed by GX on a pandas frame of the Arrow table.
"""

from __future__ import annotations

import gc
import logging
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from transforms.schemas import RAW_TABLES


@dataclass(frozen=True)
class ExpectationResult:
    """One expectation run on one table: a row of `meta.validations`."""

    table_name: str
    expectation: str
    success: bool
    unexpected_count: int
    critical: bool


# A row condition: every `(column, "==" | "!=", value)` must hold; value None tests for null.
Where = tuple[tuple[str, str, Any], ...]


@dataclass(frozen=True)
class Check:
    """One expectation, declared without importing GX.

    `expectation` is the GX class name; `params` its keyword arguments other than `column`;
    `where` restricts it to the rows meeting every `(column, "==" | "!=", value)` condition.
    """

    expectation: str
    critical: bool
    column: str | None = None
    params: tuple[tuple[str, Any], ...] = ()
    where: Where = ()

    @property
    def label(self) -> str:
        """A readable name, unique within a suite, e.g. `expect_column_values_to_not_be_null(x)`."""
        arguments = [self.column] if self.column else []
        for key, value in self.params:
            if key == "column_list":
                # The table's whole schema: too long to be readable in full.
                arguments.append(f"{len(value)} columns of the raw schema")
                continue
            if isinstance(value, list | tuple):
                value = "{" + ", ".join(map(str, value)) + "}"
            arguments.append(f"{key}={value}")
        label = f"{_snake_case(self.expectation)}({', '.join(arguments)})"
        if self.where:
            label += " where " + " and ".join(
                _condition_label(*condition) for condition in self.where
            )
        return label


def _condition_label(column: str, operator: str, value: Any) -> str:
    if value is None:
        return f"{column} is {'null' if operator == '==' else 'not null'}"
    return f"{column} {operator} {value!r}"


def _snake_case(class_name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", class_name).lower()


# --- Building blocks of the suites ---------------------------------------------------------


def _check(
    expectation: str,
    *,
    critical: bool,
    column: str | None = None,
    where: Where = (),
    **params: Any,
) -> Check:
    kept = tuple((key, value) for key, value in params.items() if value is not None)
    return Check(expectation, critical, column, kept, where)


def not_null(
    column: str, *, critical: bool, where: Where = (), mostly: float | None = None
) -> Check:
    return _check(
        "ExpectColumnValuesToNotBeNull",
        critical=critical,
        column=column,
        where=where,
        mostly=mostly,
    )


def matches(
    column: str, regex: str, *, critical: bool, where: Where = (), mostly: float | None = None
) -> Check:
    # Nulls are not tested by GX column-map expectations: pair with `not_null` where required.
    return _check(
        "ExpectColumnValuesToMatchRegex",
        critical=critical,
        column=column,
        where=where,
        regex=regex,
        mostly=mostly,
    )


def in_set(column: str, values: Iterable[Any], *, critical: bool, where: Where = ()) -> Check:
    return _check(
        "ExpectColumnValuesToBeInSet",
        critical=critical,
        column=column,
        where=where,
        value_set=list(values),
    )


def unique(column: str, *, critical: bool) -> Check:
    return _check("ExpectColumnValuesToBeUnique", critical=critical, column=column)


def at_least(column: str, min_value: int, *, critical: bool) -> Check:
    return _check(
        "ExpectColumnValuesToBeBetween", critical=critical, column=column, min_value=min_value
    )


def at_most_rows(max_value: int, *, critical: bool) -> Check:
    return _check(
        "ExpectTableRowCountToBeBetween", critical=critical, min_value=0, max_value=max_value
    )


def row_count_equals(value: int) -> Check:
    return _check("ExpectTableRowCountToEqual", critical=True, value=value)


def distinct_count_equals(column: str, value: int) -> Check:
    # Distinct non-null values: GX drops nulls before `nunique`, as the manifest counts do.
    return _check(
        "ExpectColumnUniqueValueCountToBeBetween",
        critical=True,
        column=column,
        min_value=value,
        max_value=value,
    )


def _suite(table: str, *checks: Check) -> tuple[Check, ...]:
    """The checks every raw table shares, then its own."""
    return (
        # The loader and the staging models address columns by name and position: a missing,
        # extra or reordered column means the parser and the schema disagree.
        _check(
            "ExpectTableColumnsToMatchOrderedList",
            critical=True,
            column_list=list(RAW_TABLES[table].names),
        ),
        # Every row must say where it came from, or rejects and warnings cannot be traced.
        not_null("member", critical=True),
        not_null("locator", critical=True),
        *checks,
    )


# The patterns' groups do not capture: pandas warns when a match has capturing groups.

# Twitter ids are decimal strings (snowflakes exceed 2^53, so never numbers).
TWITTER_ID = r"^[0-9]+$"
# A mention of a deleted or suspended account carries the id -1.
MENTIONED_ID = r"^(?:-1|[0-9]+)$"
# 1:1 conversations are `<idA>-<idB>`; group conversations a single id.
DM_CONVERSATION_ID = r"^[0-9]+(?:-[0-9]+)?$"
TWITTER_ID_LIST = r"^[0-9]+(?:,[0-9]+)*$"
# `/in/<slug>` with or without scheme, `www.` or a country sub-domain, as the exports write it.
_PROFILE_URL = (
    r"(?:https?://)?(?:[a-z]{2,3}\.)?(?:www\.)?linkedin\.com/in/[^/?#,\s]+/?(?:[?#][^,\s]*)?"
)
LINKEDIN_PROFILE_URL = rf"(?i)^{_PROFILE_URL}$"
LINKEDIN_PROFILE_URL_LIST = rf"(?i)^{_PROFILE_URL}(?:,{_PROFILE_URL})*$"
# Positions and projects write `Jun 2018` or `2018`.
MONTH_YEAR = r"^(?:[A-Za-z]{3} )?[0-9]{4}$"
# Odd URLs are worth a warning only when they are more than a small share of the rows.
MOSTLY_PROFILE_URLS = 0.95

NAMELESS = (("first_name", "==", None), ("last_name", "==", None))
MESSAGE_CREATE = (("event_type", "==", "messageCreate"),)
ONE_TO_ONE_MESSAGE = (*MESSAGE_CREATE, ("is_group", "==", False))
DM_EVENT_TYPES = (
    "messageCreate",
    "welcomeMessageCreate",
    "joinConversation",
    "participantsJoin",
    "participantsLeave",
    "conversationNameUpdate",
    "reactionCreate",
)


def _endorsements(table: str) -> tuple[Check, ...]:
    return _suite(
        table,
        # The skill is part of an endorsement's identity: without it acts cannot be told apart.
        not_null("skill_name", critical=True),
        # Only ACCEPTED has ever been exported; another status may mean a pending or hidden one.
        in_set("status", ["ACCEPTED"], critical=False),
        # The date is part of the act's identity and feeds the reciprocity timings.
        not_null("endorsed_at", critical=False),
        # The person key comes from this URL; written without a scheme in these files.
        matches("profile_url", LINKEDIN_PROFILE_URL, critical=False, mostly=MOSTLY_PROFILE_URLS),
        # A row naming nobody cannot be attributed to a person.
        not_null("profile_url", critical=False, where=NAMELESS),
    )


def _recommendations(table: str) -> tuple[Check, ...]:
    return _suite(
        table,
        # The creation date is the act's identity; a null one means the date format changed.
        not_null("created_at", critical=False),
        # The person is known by name only here: a nameless row cannot be attributed.
        not_null("last_name", critical=False, where=(("first_name", "==", None),)),
    )


def _account_list(table: str) -> tuple[Check, ...]:
    return _suite(
        table,
        # The account id is the person key; a non-numeric one means the wrong field was read.
        not_null("account_id", critical=True),
        matches("account_id", TWITTER_ID, critical=True),
        # One entry per account: repeats hint at overlapping part files.
        unique("account_id", critical=False),
    )


SUITES: dict[str, tuple[Check, ...]] = {
    "linkedin_connections": _suite(
        "linkedin_connections",
        # Person keys come from this URL (exports since 2023); odd ones fall back to names.
        matches("profile_url", LINKEDIN_PROFILE_URL, critical=False, mostly=MOSTLY_PROFILE_URLS),
        # Rows with only a date (members who hid or deleted their profile) are normal in
        # 2026 exports and are not checked: staging leaves them out, nobody to attribute them to.
        # `connected_on` decides who counts as a connection in the effect baseline.
        not_null("connected_on", critical=False),
    ),
    "linkedin_invitations": _suite(
        "linkedin_invitations",
        # The direction decides given vs received and identifies the owner: it must be known.
        not_null("direction", critical=True),
        in_set("direction", ["OUTGOING", "INCOMING"], critical=True),
        # `sent_at` is part of an invitation's identity and of its timing.
        not_null("sent_at", critical=False),
        matches(
            "inviter_profile_url", LINKEDIN_PROFILE_URL, critical=False, mostly=MOSTLY_PROFILE_URLS
        ),
        matches(
            "invitee_profile_url", LINKEDIN_PROFILE_URL, critical=False, mostly=MOSTLY_PROFILE_URLS
        ),
    ),
    "linkedin_messages": _suite(
        "linkedin_messages",
        # A message without a date still counts but cannot be placed in time.
        not_null("sent_at", critical=False),
        # A sender with neither name nor URL cannot be a counterparty.
        not_null("sender_profile_url", critical=False, where=(("from_name", "==", None),)),
        matches(
            "sender_profile_url", LINKEDIN_PROFILE_URL, critical=False, mostly=MOSTLY_PROFILE_URLS
        ),
        # Recipients are split on commas: anything but a list of profile URLs splits wrongly.
        matches(
            "recipient_profile_urls",
            LINKEDIN_PROFILE_URL_LIST,
            critical=False,
            mostly=MOSTLY_PROFILE_URLS,
        ),
        # 2018-2020 files state the direction; another value would be read as neither.
        in_set("direction", ["OUTGOING", "INCOMING"], critical=False),
    ),
    "linkedin_endorsements_given": _endorsements("linkedin_endorsements_given"),
    "linkedin_endorsements_received": _endorsements("linkedin_endorsements_received"),
    "linkedin_recommendations_given": _recommendations("linkedin_recommendations_given"),
    "linkedin_recommendations_received": _recommendations("linkedin_recommendations_received"),
    "linkedin_skills": _suite(
        "linkedin_skills",
        # One skill per row: an empty name is a stray line.
        not_null("name", critical=False),
    ),
    "linkedin_profile": _suite(
        "linkedin_profile",
        # The owner's own profile: a second row would make the owner's name ambiguous.
        at_most_rows(1, critical=False),
    ),
    "linkedin_positions": _suite(
        "linkedin_positions",
        # Kept as written; another shape means the column mapping moved.
        matches("started_on", MONTH_YEAR, critical=False),
        matches("finished_on", MONTH_YEAR, critical=False),
    ),
    "linkedin_projects": _suite(
        "linkedin_projects",
        not_null("title", critical=False),
        matches("started_on", MONTH_YEAR, critical=False),
        matches("finished_on", MONTH_YEAR, critical=False),
    ),
    # Activity without a counterparty: only its date matters, for the export date of last resort.
    "linkedin_reactions": _suite("linkedin_reactions", not_null("reacted_at", critical=False)),
    "linkedin_comments": _suite("linkedin_comments", not_null("commented_at", critical=False)),
    "linkedin_shares": _suite("linkedin_shares", not_null("shared_at", critical=False)),
    "linkedin_votes": _suite("linkedin_votes", not_null("voted_at", critical=False)),
    "linkedin_articles": _suite(
        "linkedin_articles",
        # Every article page has a title; none means the HTML was not an article.
        not_null("title", critical=False),
        not_null("created_at", critical=False),
    ),
    "twitter_account": _suite(
        "twitter_account",
        # The owner's id is the owner key of every act in the archive.
        not_null("account_id", critical=True),
        matches("account_id", TWITTER_ID, critical=True),
        # Two accounts in one archive would make the owner ambiguous.
        at_most_rows(1, critical=True),
        not_null("username", critical=False),
    ),
    "twitter_profile": _suite("twitter_profile", at_most_rows(1, critical=False)),
    "twitter_tweets": _suite(
        "twitter_tweets",
        # The tweet id is the identity of replies, retweets, mentions and quotes.
        not_null("tweet_id", critical=True),
        matches("tweet_id", TWITTER_ID, critical=True),
        # Every tweet has a time; a null one means the date format was not understood.
        not_null("created_at", critical=True),
        # Reply targets and retweeted authors become person keys.
        matches("in_reply_to_status_id", TWITTER_ID, critical=True),
        matches("in_reply_to_user_id", TWITTER_ID, critical=True),
        matches("retweeted_user_id", TWITTER_ID, critical=True),
        matches("edit_initial_tweet_id", TWITTER_ID, critical=True),
        # Part files that overlap repeat tweets; staging de-duplicates them.
        unique("tweet_id", critical=False),
        # Retweets and quotes are recognised from the text.
        not_null("full_text", critical=False),
    ),
    "twitter_tweet_mentions": _suite(
        "twitter_tweet_mentions",
        not_null("tweet_id", critical=True),
        matches("tweet_id", TWITTER_ID, critical=True),
        # The mentioned id is the person key (-1 for deleted accounts, dropped later); the old
        # tweets.csv format names mentions only by screen name, so then the name must be there.
        not_null("screen_name", critical=True, where=(("user_id", "==", None),)),
        matches("user_id", MENTIONED_ID, critical=True),
        # The first mention of a retweet is its author: the order must be known.
        not_null("position", critical=True),
        at_least("position", 0, critical=False),
        # Screen names resolve people known only by handle elsewhere.
        not_null("screen_name", critical=False),
    ),
    "twitter_tweet_urls": _suite(
        "twitter_tweet_urls",
        not_null("tweet_id", critical=True),
        matches("tweet_id", TWITTER_ID, critical=True),
        # Quotes are recognised from the expanded URL.
        not_null("expanded_url", critical=False),
    ),
    "twitter_note_tweets": _suite(
        "twitter_note_tweets",
        not_null("note_tweet_id", critical=True),
        matches("note_tweet_id", TWITTER_ID, critical=True),
        # Notes are matched to their tweet by creation time.
        not_null("created_at", critical=False),
    ),
    "twitter_deleted_tweets": _suite(
        "twitter_deleted_tweets",
        not_null("tweet_id", critical=True),
        matches("tweet_id", TWITTER_ID, critical=True),
        not_null("created_at", critical=False),
        not_null("deleted_at", critical=False),
    ),
    "twitter_likes": _suite(
        "twitter_likes",
        not_null("tweet_id", critical=True),
        matches("tweet_id", TWITTER_ID, critical=True),
    ),
    "twitter_followers": _account_list("twitter_followers"),
    "twitter_following": _account_list("twitter_following"),
    "twitter_blocks": _account_list("twitter_blocks"),
    "twitter_mutes": _account_list("twitter_mutes"),
    "twitter_direct_messages": _suite(
        "twitter_direct_messages",
        # The conversation id groups messages and is the mart's detail.
        not_null("conversation_id", critical=True),
        matches("conversation_id", DM_CONVERSATION_ID, critical=True),
        # 1:1 and group messages count differently.
        not_null("is_group", critical=True),
        not_null("event_type", critical=True),
        # New event types appear over time; they load but are not counted as acts.
        in_set("event_type", DM_EVENT_TYPES, critical=False),
        # A message's id is its identity, its sender and recipient the two parties.
        not_null("message_id", critical=True, where=MESSAGE_CREATE),
        matches("message_id", TWITTER_ID, critical=True),
        not_null("sender_id", critical=True, where=MESSAGE_CREATE),
        matches("sender_id", TWITTER_ID, critical=True),
        not_null("recipient_id", critical=True, where=ONE_TO_ONE_MESSAGE),
        # Group messages may carry recipient "0": still numeric.
        matches("recipient_id", TWITTER_ID, critical=True),
        matches("participant_ids", TWITTER_ID_LIST, critical=True),
        # Messages are placed in time by this; a null one means the format was not understood.
        not_null("created_at", critical=True, where=MESSAGE_CREATE),
        # Part files that overlap repeat messages; staging de-duplicates them.
        unique("message_id", critical=False),
    ),
    "twitter_screen_name_changes": _suite(
        "twitter_screen_name_changes",
        not_null("account_id", critical=True),
        matches("account_id", TWITTER_ID, critical=True),
        not_null("changed_at", critical=False),
        not_null("changed_to", critical=False),
    ),
}


def owner_checks(owner_id: str) -> tuple[Check, ...]:
    """Every 1:1 message is to or from the archive's owner: a stranger's means a mixed-up file."""
    return (
        in_set(
            "recipient_id",
            [owner_id],
            critical=True,
            where=(*ONE_TO_ONE_MESSAGE, ("sender_id", "!=", owner_id)),
        ),
    )


def count_checks(expected_counts: Mapping[str, int]) -> dict[str, list[Check]]:
    """The counts an archive declares (Twitter manifest), as critical checks per table."""
    checks: dict[str, list[Check]] = {}
    for key, expected in expected_counts.items():
        table, _, column = key.partition(".")
        if table not in RAW_TABLES:
            raise ValueError(f"expected count {key!r} names no raw table")
        if column and column not in RAW_TABLES[table].names:
            raise ValueError(f"expected count {key!r} names no column of {table}")
        check = distinct_count_equals(column, expected) if column else row_count_equals(expected)
        checks.setdefault(table, []).append(check)
    return checks


# --- Running the suites with GX --------------------------------------------------------------


def validate(
    tables: Mapping[str, pa.Table],
    expected_counts: Mapping[str, int] | None = None,
    owner_id: str | None = None,
) -> list[ExpectationResult]:
    """Run the suite of every table given (empty ones too) and the declared counts.

    A declared count for a table that was not parsed at all is checked against no rows: the
    archive announced records that are missing. `owner_id` (the archive owner's Twitter id) adds
    the check that every 1:1 message involves the owner. Results come table by table in the
    order given, each suite in declaration order.
    """
    unknown = sorted(set(tables) - set(SUITES))
    if unknown:
        raise ValueError(f"no expectation suite for {', '.join(unknown)}")
    counts = count_checks(expected_counts or {})
    plan: dict[str, tuple[pa.Table, list[Check]]] = {}
    for name, table in tables.items():
        checks = [*SUITES[name], *counts.pop(name, [])]
        if name == "twitter_direct_messages" and owner_id is not None:
            checks.extend(owner_checks(owner_id))
        plan[name] = (table, checks)
    for name, checks in counts.items():
        plan[name] = (RAW_TABLES[name].empty_table(), checks)
    if not plan:
        return []

    with _long_lived_objects_left_alone() as gx:
        context = _new_context(gx)
        # One asset serves every table: each batch carries its own frame, and registering an
        # asset per table would cost a configuration write each.
        batch_definition = (
            context.data_sources.add_pandas("raw")
            .add_dataframe_asset("raw_table")
            .add_batch_definition_whole_dataframe("whole")
        )
        results: list[ExpectationResult] = []
        for name, (table, checks) in plan.items():
            results.extend(_run_suite(gx, batch_definition, name, table, checks))
    return results


def has_critical_failure(results: Iterable[ExpectationResult]) -> bool:
    """True when the archive must be rejected: a critical expectation failed."""
    return any(result.critical and not result.success for result in results)


def preload() -> Any:
    """Import GX now, so that the first validation does not wait for it (about 2 s)."""
    enabled = gc.isenabled()
    gc.disable()  # the import leaves a few hundred thousand objects: see below
    try:
        return _import_gx()
    finally:
        if enabled:
            gc.enable()


@contextmanager
def _long_lived_objects_left_alone() -> Iterator[Any]:
    """Keep the garbage collector off GX's import and out of what existed before the suites.

    Importing GX leaves a few hundred thousand objects behind; the collector walked all of
    them, and everything already alive, four or five times over while GX imported and the
    suites first ran (0.4-0.5 s of a 2.5 s cold validation). The collector is paused for the
    import, then every object alive is frozen (left out of collections) until the suites are
    done, when they all return to the oldest generation: the next full collection, whenever
    one comes, walks them once. Objects the suites create are collected as usual. The collector
    is process-wide: a validation in another thread at the same time at worst freezes or thaws
    objects a little early. Yields the GX module.
    """
    gx = preload()  # at once when it has run before
    gc.freeze()
    try:
        yield gx
    finally:
        gc.unfreeze()


def _import_gx() -> Any:
    # Telemetry must be off before GX reads its settings, i.e. before the first import.
    os.environ["GX_ANALYTICS_ENABLED"] = "false"
    import great_expectations as gx

    # GX logs its set-up at INFO and recoverable conditions at WARNING; failures reach the caller
    # as results, so only its errors are worth showing. Some GX modules pin their own logger to
    # INFO, so the parent's level alone would not silence them.
    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    # GX fingerprints every frame below this size by hashing all of its values (half a second
    # for 200,000 tweets) to label the batch in Data Docs, which an ephemeral context never
    # writes; the results do not depend on it.
    from great_expectations.execution_engine import pandas_execution_engine

    pandas_execution_engine.HASH_THRESHOLD = 0
    for name, logger in list(logging.Logger.manager.loggerDict.items()):
        pinned = isinstance(logger, logging.Logger) and logger.level != logging.NOTSET
        if pinned and name.startswith("great_expectations."):
            logger.setLevel(logging.ERROR)
    return gx


def _new_context(gx: Any) -> Any:
    from great_expectations.data_context.types.base import ProgressBarsConfig

    # One ephemeral context per call: nothing is written to disk and concurrent imports
    # (Prefect runs tasks in threads) never share GX state.
    context = gx.get_context(mode="ephemeral")
    context.enable_analytics(False)
    # Without this GX draws a "Calculating Metrics" bar on stderr for every suite.
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    return context


def _run_suite(
    gx: Any, batch_definition: Any, name: str, table: pa.Table, checks: list[Check]
) -> list[ExpectationResult]:
    import great_expectations.expectations as gxe

    expectations = []
    for index, check in enumerate(checks):
        kwargs = dict(check.params)
        if check.column is not None:
            kwargs["column"] = check.column
        if check.where:
            kwargs["row_condition"] = _row_condition(check.where)
        # The index travels in `meta` because GX does not return results in suite order.
        expectations.append(getattr(gxe, check.expectation)(**kwargs, meta={"check": index}))
    suite = gx.ExpectationSuite(name=name, expectations=expectations)
    batch = batch_definition.get_batch(batch_parameters={"dataframe": table.to_pandas()})
    # BASIC is the cheapest format that still reports unexpected_count.
    outcome = batch.validate(suite, result_format="BASIC")
    results: list[ExpectationResult | None] = [None] * len(checks)
    for run in outcome.results:
        index = run.expectation_config.meta["check"]
        check = checks[index]
        results[index] = ExpectationResult(
            table_name=name,
            expectation=check.label,
            success=bool(run.success),
            unexpected_count=_unexpected_count(check, run),
            critical=check.critical,
        )
    missing = [checks[i].label for i, result in enumerate(results) if result is None]
    if missing:
        raise RuntimeError(f"GX returned no result for {name}: {', '.join(missing)}")
    return [result for result in results if result is not None]


def _row_condition(where: Where) -> Any:
    from great_expectations.expectations.row_conditions import Column

    conditions = []
    for column, operator, value in where:
        if value is None:
            condition = (
                Column(column).is_null() if operator == "==" else Column(column).is_not_null()
            )
        elif operator == "==":
            condition = Column(column) == value
        else:
            condition = Column(column) != value
        conditions.append(condition)
    combined = conditions[0]
    for condition in conditions[1:]:
        combined = combined & condition
    return combined


def _unexpected_count(check: Check, run: Any) -> int:
    """Rows that broke a row-level expectation; for a table-level one, how far off it was.

    A count expectation reports the distance between the observed and the expected count (the
    rows or values missing or extra), a column-list one the number of columns missing or extra
    (or, when only the order is wrong, of columns out of place).
    """
    result = run.result or {}
    if result.get("unexpected_count") is not None:
        return int(result["unexpected_count"])
    if run.success:
        return 0
    observed = result.get("observed_value")
    params = dict(check.params)
    if isinstance(observed, list) and "column_list" in params:
        expected = params["column_list"]
        missing_or_extra = len(set(observed) ^ set(expected))
        if missing_or_extra:
            return missing_or_extra
        return sum(1 for got, want in zip(observed, expected, strict=True) if got != want)
    if isinstance(observed, int | float):
        low = params.get("value", params.get("min_value"))
        high = params.get("value", params.get("max_value"))
        if low is not None and observed < low:
            return int(low - observed)
        if high is not None and observed > high:
            return int(observed - high)
    return 0
