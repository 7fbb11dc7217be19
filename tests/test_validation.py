"""The expectation suites: what passes, what fails, how badly, whether the archive is rejected."""

from __future__ import annotations

import socket
import subprocess
import sys
from datetime import datetime

import pyarrow as pa
import pytest

from transforms.schemas import RAW_TABLES, empty_table, table_from_rows
from transforms.validation import (
    SUITES,
    ExpectationResult,
    has_critical_failure,
    validate,
)

T = datetime(2023, 7, 10, 15, 47, 10)
OWNER = "112769581"


def _failures(results: list[ExpectationResult]) -> list[tuple[str, str, int, bool]]:
    return [
        (r.table_name, r.expectation, r.unexpected_count, r.critical)
        for r in results
        if not r.success
    ]


def _tweets(*rows: dict) -> pa.Table:
    return table_from_rows(
        "twitter_tweets",
        [{"member": "data/tweets.js", "locator": str(i), **row} for i, row in enumerate(rows)],
    )


def _dms(*rows: dict) -> pa.Table:
    base = {"member": "data/direct-messages.js", "is_group": False, "event_type": "messageCreate"}
    return table_from_rows(
        "twitter_direct_messages",
        [{**base, "locator": str(i), "created_at": T, **row} for i, row in enumerate(rows)],
    )


def _dm(message_id: str, sender: str, recipient: str) -> dict:
    low, high = sorted((sender, recipient), key=int)
    return {
        "conversation_id": f"{low}-{high}",
        "message_id": message_id,
        "sender_id": sender,
        "recipient_id": recipient,
        "text": "hi",
    }


CLEAN_TABLES = {
    "twitter_account": table_from_rows(
        "twitter_account",
        [
            {
                "member": "data/account.js",
                "locator": "0",
                "account_id": OWNER,
                "username": "andreruffert",
                "created_at": T,
            }
        ],
    ),
    "twitter_tweets": _tweets(
        {"tweet_id": "1588091220244369409", "created_at": T, "full_text": "hello"},
        {
            "tweet_id": "1588091220244369410",
            "created_at": T,
            "full_text": "@a hi",
            "in_reply_to_status_id": "1588091220244369400",
            "in_reply_to_user_id": "18312002",
            "in_reply_to_screen_name": "a",
        },
    ),
    "twitter_tweet_mentions": table_from_rows(
        "twitter_tweet_mentions",
        [
            {
                "member": "data/tweets.js",
                "locator": "1",
                "tweet_id": "1588091220244369410",
                "position": 0,
                "user_id": "18312002",
                "screen_name": "a",
            },
            # A mention of a deleted account keeps the id -1: loadable.
            {
                "member": "data/tweets.js",
                "locator": "1",
                "tweet_id": "1588091220244369410",
                "position": 1,
                "user_id": "-1",
                "screen_name": "gone",
            },
        ],
    ),
    "twitter_direct_messages": _dms(
        _dm("1549521827831001088", OWNER, "18312002"),
        _dm("1549521827831001089", "18312002", OWNER),
        {
            "member": "data/direct-messages-group.js",
            "conversation_id": "1319011778924322821",
            "is_group": True,
            "message_id": "1549521827831001090",
            "sender_id": "18312002",
        },
        {
            "member": "data/direct-messages-group.js",
            "conversation_id": "1319011778924322821",
            "is_group": True,
            "event_type": "joinConversation",
            "sender_id": "18312002",
            "participant_ids": f"{OWNER},18312002",
        },
    ),
    "linkedin_connections": table_from_rows(
        "linkedin_connections",
        [
            {
                "member": "Connections.csv",
                "locator": "5",
                "first_name": "Anna",
                "last_name": "Daiko",
                "profile_url": "https://www.linkedin.com/in/anna-daiko",
                "connected_on": T,
            },
            # Exports before 2023 carry no URL column: a name alone is fine.
            {"member": "Connections.csv", "locator": "6", "first_name": "Eva", "connected_on": T},
        ],
    ),
    "linkedin_invitations": table_from_rows(
        "linkedin_invitations",
        [
            {
                "member": "Invitations.csv",
                "locator": "2",
                "from_name": "Me",
                "to_name": "Anna Daiko",
                "sent_at": T,
                "direction": "OUTGOING",
                "inviter_profile_url": "https://www.linkedin.com/in/me",
                "invitee_profile_url": "https://www.linkedin.com/in/anna-daiko",
            },
            {
                "member": "Invitations.csv",
                "locator": "3",
                "from_name": "Eva",
                "to_name": "Me",
                "sent_at": T,
                "direction": "INCOMING",
            },
        ],
    ),
    "linkedin_endorsements_received": table_from_rows(
        "linkedin_endorsements_received",
        [
            {
                "member": "Endorsement_Received_Info.csv",
                "locator": "2",
                "endorsed_at": T,
                "skill_name": "SQL",
                "first_name": "Anna",
                "last_name": "Daiko",
                # These files write the URL without a scheme.
                "profile_url": "www.linkedin.com/in/anna-daiko",
                "status": "ACCEPTED",
            }
        ],
    ),
    "linkedin_messages": table_from_rows(
        "linkedin_messages",
        [
            {
                "member": "messages.csv",
                "locator": "2",
                "conversation_id": "2-YzBmZTAz",
                "from_name": "Anna Daiko",
                "sender_profile_url": "https://www.linkedin.com/in/anna-daiko",
                "to_names": "Me,Eva",
                "recipient_profile_urls": (
                    "https://www.linkedin.com/in/me,https://www.linkedin.com/in/eva"
                ),
                "sent_at": T,
                "content": "Hello",
                "folder": "INBOX",
            }
        ],
    ),
}


@pytest.fixture
def no_network(monkeypatch):
    """Validation must not open a connection (no telemetry, no version check)."""

    def refuse(*args, **kwargs):
        raise AssertionError("validation tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_every_raw_table_has_a_suite_and_nothing_else_does():
    assert set(SUITES) == set(RAW_TABLES)


@pytest.mark.parametrize("table", sorted(RAW_TABLES))
def test_suites_name_only_columns_of_their_table_and_label_each_check_once(table):
    columns = set(RAW_TABLES[table].names)
    suite = SUITES[table]
    for check in suite:
        assert check.column is None or check.column in columns, check.label
        assert {column for column, _, _ in check.where} <= columns, check.label
    assert len({check.label for check in suite}) == len(suite)
    first = suite[0]
    assert first.expectation == "ExpectTableColumnsToMatchOrderedList" and first.critical
    assert dict(first.params)["column_list"] == RAW_TABLES[table].names


def test_an_empty_table_of_every_raw_table_passes(no_network):
    results = validate({name: empty_table(name) for name in RAW_TABLES}, owner_id=OWNER)
    assert _failures(results) == []
    per_table = {name: sum(r.table_name == name for r in results) for name in RAW_TABLES}
    expected = {name: len(SUITES[name]) for name in RAW_TABLES}
    expected["twitter_direct_messages"] += 1  # the owner check
    assert per_table == expected
    assert not has_critical_failure(results)


def test_clean_tables_pass_every_expectation(no_network):
    results = validate(
        CLEAN_TABLES,
        {
            "twitter_tweets": 2,
            "twitter_direct_messages.conversation_id": 2,
            "linkedin_connections": 2,
        },
        owner_id=OWNER,
    )
    assert _failures(results) == []
    assert all(r.unexpected_count == 0 for r in results)
    assert [r.table_name for r in results][:1] == ["twitter_account"]
    assert len(results) == sum(len(SUITES[name]) for name in CLEAN_TABLES) + 3 + 1


def test_results_follow_the_suite_order_with_readable_labels():
    results = validate({"twitter_likes": CLEAN_TABLES["twitter_tweets"].select([0, 1])[:0]})
    # A likes table with the wrong columns: every check still reports, in declared order.
    assert [r.expectation for r in results] == [c.label for c in SUITES["twitter_likes"]]
    assert [r.expectation for r in results] == [
        "expect_table_columns_to_match_ordered_list(5 columns of the raw schema)",
        "expect_column_values_to_not_be_null(member)",
        "expect_column_values_to_not_be_null(locator)",
        "expect_column_values_to_not_be_null(tweet_id)",
        "expect_column_values_to_match_regex(tweet_id, regex=^[0-9]+$)",
    ]
    assert _failures(results) == [
        (
            "twitter_likes",
            "expect_table_columns_to_match_ordered_list(5 columns of the raw schema)",
            3,
            True,
        ),
        ("twitter_likes", "expect_column_values_to_not_be_null(tweet_id)", 0, True),
        ("twitter_likes", "expect_column_values_to_match_regex(tweet_id, regex=^[0-9]+$)", 0, True),
    ]


def test_null_and_non_numeric_tweet_ids_fail_critically():
    tweets = _tweets(
        {"tweet_id": "1588091220244369409", "created_at": T, "full_text": "ok"},
        {"tweet_id": None, "created_at": T, "full_text": "no id"},
        {"tweet_id": "1588091220244369409x", "created_at": T, "full_text": "bad id"},
        {"tweet_id": "12.5", "created_at": T, "full_text": "bad id"},
    )
    results = validate({"twitter_tweets": tweets})
    assert _failures(results) == [
        ("twitter_tweets", "expect_column_values_to_not_be_null(tweet_id)", 1, True),
        (
            "twitter_tweets",
            "expect_column_values_to_match_regex(tweet_id, regex=^[0-9]+$)",
            2,
            True,
        ),
    ]
    assert has_critical_failure(results)


def test_unparsed_tweet_time_and_duplicate_tweet_ids():
    tweets = _tweets(
        {"tweet_id": "1", "created_at": T, "full_text": "a"},
        {"tweet_id": "1", "created_at": T, "full_text": "a"},
        {"tweet_id": "2", "created_at": None, "full_text": "b", "in_reply_to_user_id": "@x"},
    )
    assert _failures(validate({"twitter_tweets": tweets})) == [
        ("twitter_tweets", "expect_column_values_to_not_be_null(created_at)", 1, True),
        (
            "twitter_tweets",
            "expect_column_values_to_match_regex(in_reply_to_user_id, regex=^[0-9]+$)",
            1,
            True,
        ),
        # GX counts every row of a repeated value.
        ("twitter_tweets", "expect_column_values_to_be_unique(tweet_id)", 2, False),
    ]


def test_mention_ids_may_be_minus_one_but_nothing_else_non_numeric():
    mentions = table_from_rows(
        "twitter_tweet_mentions",
        [
            {"member": "m", "locator": "1", "tweet_id": "5", "position": 0, "user_id": "-1"},
            {"member": "m", "locator": "1", "tweet_id": "5", "position": 1, "user_id": "-2"},
            {"member": "m", "locator": "1", "tweet_id": "5", "position": 2, "user_id": None},
        ],
    )
    # A mention without an id is only acceptable with a screen name (old tweets.csv archives).
    assert _failures(validate({"twitter_tweet_mentions": mentions})) == [
        (
            "twitter_tweet_mentions",
            "expect_column_values_to_not_be_null(screen_name) where user_id is null",
            1,
            True,
        ),
        (
            "twitter_tweet_mentions",
            "expect_column_values_to_match_regex(user_id, regex=^(?:-1|[0-9]+)$)",
            1,
            True,
        ),
        ("twitter_tweet_mentions", "expect_column_values_to_not_be_null(screen_name)", 3, False),
    ]


def test_mentions_known_only_by_screen_name_pass():
    mentions = table_from_rows(
        "twitter_tweet_mentions",
        [
            {
                "member": "tweets.csv",
                "locator": "1",
                "tweet_id": "5",
                "position": 0,
                "screen_name": "ada",
            }
        ],
    )
    assert _failures(validate({"twitter_tweet_mentions": mentions})) == []


def test_invitation_direction_outside_the_two_known_values_fails_critically():
    rows = CLEAN_TABLES["linkedin_invitations"].to_pylist()
    rows[0]["direction"] = "SENT"
    rows.append({**rows[1], "locator": "4", "direction": None})
    results = validate({"linkedin_invitations": table_from_rows("linkedin_invitations", rows)})
    assert _failures(results) == [
        ("linkedin_invitations", "expect_column_values_to_not_be_null(direction)", 1, True),
        (
            "linkedin_invitations",
            "expect_column_values_to_be_in_set(direction, value_set={OUTGOING, INCOMING})",
            1,
            True,
        ),
    ]
    assert has_critical_failure(results)


def test_endorsement_not_accepted_only_warns():
    rows = CLEAN_TABLES["linkedin_endorsements_received"].to_pylist()
    rows[0]["status"] = "PENDING"
    results = validate(
        {"linkedin_endorsements_received": table_from_rows("linkedin_endorsements_received", rows)}
    )
    assert _failures(results) == [
        (
            "linkedin_endorsements_received",
            "expect_column_values_to_be_in_set(status, value_set={ACCEPTED})",
            1,
            False,
        )
    ]
    assert not has_critical_failure(results)


def _connections(urls: list[str | None]) -> pa.Table:
    return table_from_rows(
        "linkedin_connections",
        [
            {
                "member": "Connections.csv",
                "locator": str(i),
                "first_name": "A",
                "profile_url": url,
                "connected_on": T,
            }
            for i, url in enumerate(urls)
        ],
    )


URL_CHECK = next(
    check.label
    for check in SUITES["linkedin_connections"]
    if check.column == "profile_url" and check.expectation == "ExpectColumnValuesToMatchRegex"
)


def test_odd_profile_urls_warn_only_above_a_small_share():
    good = [f"https://www.linkedin.com/in/person-{i}" for i in range(39)]
    few = validate({"linkedin_connections": _connections([*good, "https://example.com/x"])})
    assert [(r.success, r.unexpected_count) for r in few if r.expectation == URL_CHECK] == [
        (True, 1)
    ]
    many = validate({"linkedin_connections": _connections(["ftp://x", "linkedin.com/company/y"])})
    assert _failures(many) == [("linkedin_connections", URL_CHECK, 2, False)]


@pytest.mark.parametrize(
    "url",
    [
        "https://www.linkedin.com/in/anna-daiko",
        "www.linkedin.com/in/mahmoudabdelnaby4",
        "http://linkedin.com/in/UPPER/",
        "https://uk.linkedin.com/in/someone",
        "https://www.linkedin.com/in/ümit-çelik",
        "https://www.linkedin.com/in/senthil-kumar-csm%C2%AE?trk=x",
    ],
)
def test_profile_urls_as_the_exports_write_them_pass(url):
    results = validate({"linkedin_connections": _connections([url])})
    assert [r.unexpected_count for r in results if r.expectation == URL_CHECK] == [0]


def test_connection_rows_with_only_a_date_are_normal():
    # 2026 exports list members who hid their profile as a row holding only the date.
    rows = [
        {"member": "Connections.csv", "locator": "5", "connected_on": T},
        {"member": "Connections.csv", "locator": "6", "last_name": "Only", "connected_on": T},
    ]
    results = validate({"linkedin_connections": table_from_rows("linkedin_connections", rows)})
    assert _failures(results) == []


def test_expected_counts_matched():
    results = validate(
        {"twitter_tweets": CLEAN_TABLES["twitter_tweets"]},
        {"twitter_tweets": 2},
    )
    assert results[-1] == ExpectationResult(
        "twitter_tweets", "expect_table_row_count_to_equal(value=2)", True, 0, True
    )
    assert _failures(results) == []


def test_expected_counts_mismatched_reject_the_archive():
    results = validate(
        {
            "twitter_tweets": CLEAN_TABLES["twitter_tweets"],
            "twitter_direct_messages": CLEAN_TABLES["twitter_direct_messages"],
        },
        {
            "twitter_tweets": 5,
            # Two conversations hold the four rows (nulls are not conversations).
            "twitter_direct_messages.conversation_id": 4,
            # Declared but never parsed: checked against no rows at all.
            "twitter_followers": 420,
            "twitter_blocks": 0,
        },
    )
    assert _failures(results) == [
        ("twitter_tweets", "expect_table_row_count_to_equal(value=5)", 3, True),
        (
            "twitter_direct_messages",
            "expect_column_unique_value_count_to_be_between(conversation_id, "
            "min_value=4, max_value=4)",
            2,
            True,
        ),
        ("twitter_followers", "expect_table_row_count_to_equal(value=420)", 420, True),
    ]
    assert [
        r.table_name for r in results if r.table_name in ("twitter_followers", "twitter_blocks")
    ] == [
        "twitter_followers",
        "twitter_blocks",
    ]
    assert has_critical_failure(results)


def test_distinct_conversation_count_matched():
    results = validate(
        {"twitter_direct_messages": CLEAN_TABLES["twitter_direct_messages"]},
        {"twitter_direct_messages.conversation_id": 2},
    )
    counted = [r for r in results if "unique_value_count" in r.expectation]
    assert [(r.success, r.unexpected_count, r.critical) for r in counted] == [(True, 0, True)]


@pytest.mark.parametrize("key", ["twitter_tweet", "twitter_tweets.id"])
def test_expected_count_for_an_unknown_table_or_column_is_a_programming_error(key):
    with pytest.raises(ValueError, match="expected count"):
        validate({}, {key: 1})


def test_table_without_a_suite_is_refused():
    with pytest.raises(ValueError, match="no expectation suite for twitter_lists"):
        validate({"twitter_lists": CLEAN_TABLES["twitter_tweets"]})


OWNER_CHECK = (
    "expect_column_values_to_be_in_set(recipient_id, value_set={112769581}) "
    "where event_type == 'messageCreate' and is_group == False and sender_id != '112769581'"
)


def test_one_to_one_message_not_involving_the_owner_fails_critically():
    dms = _dms(
        _dm("10", OWNER, "18312002"),
        _dm("11", "18312002", OWNER),
        _dm("12", "18312002", "99"),
        _dm("13", "99", "18312002"),
        # Group messages have no recipient and may come from anyone.
        {"conversation_id": "77", "is_group": True, "message_id": "14", "sender_id": "99"},
    )
    results = validate({"twitter_direct_messages": dms}, owner_id=OWNER)
    assert _failures(results) == [("twitter_direct_messages", OWNER_CHECK, 2, True)]
    assert has_critical_failure(results)
    # Without a known owner the check is not run at all.
    assert OWNER_CHECK not in [r.expectation for r in validate({"twitter_direct_messages": dms})]


def test_dm_message_rows_need_ids_and_a_time_but_membership_events_do_not():
    dms = _dms(
        {**_dm("10", OWNER, "18312002"), "created_at": None},
        {**_dm("11", OWNER, "18312002"), "recipient_id": None, "message_id": None},
        {
            "conversation_id": "77",
            "is_group": True,
            "event_type": "participantsLeave",
            "participant_ids": "99",
            "created_at": None,
        },
    )
    assert _failures(validate({"twitter_direct_messages": dms}, owner_id=OWNER)) == [
        (
            "twitter_direct_messages",
            "expect_column_values_to_not_be_null(message_id) where event_type == 'messageCreate'",
            1,
            True,
        ),
        (
            "twitter_direct_messages",
            "expect_column_values_to_not_be_null(recipient_id) "
            "where event_type == 'messageCreate' and is_group == False",
            1,
            True,
        ),
        (
            "twitter_direct_messages",
            "expect_column_values_to_not_be_null(created_at) where event_type == 'messageCreate'",
            1,
            True,
        ),
    ]


def test_has_critical_failure():
    ok = ExpectationResult("t", "e", True, 0, True)
    warning = ExpectationResult("t", "e", False, 3, False)
    critical = ExpectationResult("t", "e", False, 1, True)
    assert not has_critical_failure([])
    assert not has_critical_failure([ok, warning])
    assert has_critical_failure([ok, warning, critical])


def test_validation_prints_nothing(capfd):
    validate({"twitter_tweets": CLEAN_TABLES["twitter_tweets"]})
    captured = capfd.readouterr()
    assert (captured.out, captured.err) == ("", "")


def test_importing_the_module_does_not_import_great_expectations():
    code = (
        "import sys, transforms.validation; "
        "print('great_expectations' in sys.modules, len(transforms.validation.SUITES))"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert completed.stdout.split() == ["False", str(len(RAW_TABLES))]
