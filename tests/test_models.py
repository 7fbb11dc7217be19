"""The SQL models, row by row: raw rows written here by hand, marts checked against answers worked
out by hand (in the comments), never against the code under test."""

from __future__ import annotations

from datetime import datetime as T
from pathlib import Path

import duckdb
import pytest

from flows.warehouse import (
    Model,
    ModelError,
    _build_order,
    build_models,
    detect_owner,
    ensure_warehouse,
)
from transforms.schemas import RAW_TABLES, table_from_rows

MEMBERS = {
    "linkedin_connections": "Connections.csv",
    "linkedin_invitations": "Invitations.csv",
    "linkedin_messages": "messages.csv",
    "linkedin_endorsements_given": "Endorsement_Given_Info.csv",
    "linkedin_endorsements_received": "Endorsement_Received_Info.csv",
    "linkedin_recommendations_given": "Recommendations_Given.csv",
    "linkedin_recommendations_received": "Recommendations_Received.csv",
    "linkedin_profile": "Profile.csv",
    "twitter_account": "data/account.js",
    "twitter_tweets": "data/tweets.js",
    "twitter_tweet_mentions": "data/tweets.js",
    "twitter_tweet_urls": "data/tweets.js",
    "twitter_direct_messages": "data/direct-messages.js",
    "twitter_followers": "data/follower.js",
    "twitter_following": "data/following.js",
    "twitter_screen_name_changes": "data/screen-name-change.js",
}


@pytest.fixture
def con():
    connection = duckdb.connect()
    ensure_warehouse(connection)
    yield connection
    connection.close()


def load(con, archive_id: str, tables: dict[str, list[dict]]) -> None:
    """Rows into `raw.<name>` as the loader writes them: tagged with the archive id."""
    for name, rows in tables.items():
        rows = [
            {"member": MEMBERS.get(name, name), "locator": str(number), **row}
            for number, row in enumerate(rows, start=1)
        ]
        columns = ", ".join(RAW_TABLES[name].names)
        con.register("incoming", table_from_rows(name, rows))
        con.execute(
            f"insert into raw.{name} (archive_id, {columns}) select $id, {columns} from incoming",
            {"id": archive_id},
        )
        con.unregister("incoming")


def archive(con, archive_id, platform, owner_key, exported_at, imported_at=T(2024, 6, 1)):
    con.execute(
        "insert into meta.archives values (?, ?, ?, ?, ?, ?, 'loaded')",
        [archive_id, platform, owner_key, exported_at, f"/in/{archive_id}.zip", imported_at],
    )


def rows(con, sql: str) -> list[tuple]:
    """Query rows, floats rounded so that hand-computed values compare exactly."""
    return [
        tuple(round(v, 6) if isinstance(v, float) else v for v in row)
        for row in con.execute(sql).fetchall()
    ]


def endorsement(at, skill, first, last, url):
    """A row of either endorsement file; the URL as the files write it, without a scheme."""
    return {"endorsed_at": at, "skill_name": skill, "first_name": first, "last_name": last,
            "profile_url": url, "status": "ACCEPTED"}  # fmt: skip


def bare(slug):
    return f"www.linkedin.com/in/{slug}"


def connection(first, last, url):
    return {"first_name": first, "last_name": last, "profile_url": url}


def li(slug):
    return f"https://www.linkedin.com/in/{slug}"


# --- the warehouse itself -------------------------------------------------------------------------


def test_ensure_warehouse_is_idempotent_and_derives_raw_columns_from_the_schemas(con):
    load(con, "A", {"linkedin_profile": [{"first_name": "Kept"}]})
    ensure_warehouse(con)
    assert rows(con, "select archive_id, first_name from raw.linkedin_profile") == [("A", "Kept")]
    columns = rows(
        con,
        "select column_name, data_type from information_schema.columns "
        "where table_schema = 'raw' and table_name = 'linkedin_messages' order by ordinal_position",
    )
    assert columns[:3] == [("archive_id", "VARCHAR"), ("member", "VARCHAR"), ("locator", "VARCHAR")]
    assert ("sent_at", "TIMESTAMP") in columns
    assert ("is_message_draft", "BOOLEAN") in columns
    assert len(columns) == 1 + len(RAW_TABLES["linkedin_messages"])
    meta = rows(
        con,
        "select column_name from information_schema.columns "
        "where table_schema = 'meta' and table_name = 'validations' order by ordinal_position",
    )
    assert [c for (c,) in meta] == [
        "archive_id", "table_name", "expectation", "success", "unexpected_count", "critical"
    ]  # fmt: skip
    # A fresh warehouse can be queried: every mart exists, empty.
    assert rows(con, "select count(*) from marts.reciprocity_effect") == [(0,)]


def test_models_are_built_after_what_they_read(con):
    built = build_models(con)
    assert built[0] == "staging.archive_owners"
    assert built.index("staging.linkedin_name_slugs") < built.index("staging.linkedin_endorsements")
    assert built.index("marts.interactions") < built.index("marts.reciprocity")
    assert built.index("marts.people") < built.index("marts.action_items")
    assert {"marts.follow_changes", "marts.reciprocity_timeline"} <= set(built)


def test_a_cycle_or_a_missing_model_is_a_clear_error():
    here = Path("sql/staging/x.sql")
    cycle = [
        Model("staging", "a", here, "select * from staging.b"),
        Model("staging", "b", here, "select * from staging.a"),
    ]
    with pytest.raises(ModelError, match=r"cycle: staging\.a, staging\.b"):
        _build_order(cycle)
    missing = [Model("marts", "a", Path("sql/marts/a.sql"), "select * from staging.nowhere")]
    with pytest.raises(ModelError, match=r"staging\.nowhere"):
        _build_order(missing)
    # A reference in a comment is no dependency.
    commented = [Model("marts", "a", here, "-- from staging.nowhere\nselect 1")]
    assert [m.table for m in _build_order(commented)] == ["marts.a"]


# --- owners ---------------------------------------------------------------------------------------


def test_linkedin_owner_is_the_outgoing_inviter_first(con):
    load(con, "L", {
        "linkedin_invitations": [
            {"direction": "INCOMING", "inviter_profile_url": li("someone")},
            {"direction": "OUTGOING", "inviter_profile_url": "https://www.linkedin.com/in/Owner-One/"},
        ],
        # Another slug is in more conversations, but the invitation rule comes first.
        "linkedin_messages": [
            {"conversation_id": c, "sender_profile_url": li("busy"),
             "recipient_profile_urls": li("x")}
            for c in ("c1", "c2", "c3")
        ],
    })  # fmt: skip
    assert detect_owner(con, "linkedin", "L") == "linkedin:owner-one"


def test_linkedin_owner_is_the_slug_in_most_conversations_without_outgoing_invitations(con):
    me = "https://www.linkedin.com/in/me%C3%BC"  # percent-encoded ü

    def sent(conversation, sender, recipients):
        return {"conversation_id": conversation, "sender_profile_url": sender,
                "recipient_profile_urls": recipients}  # fmt: skip

    load(con, "L", {
        "linkedin_invitations": [{"direction": "INCOMING", "inviter_profile_url": li("someone")}],
        "linkedin_messages": [
            sent("c1", me, li("alice")),
            sent("c1", li("alice"), me),
            sent("c1", li("alice"), me),
            sent("c2", li("bob"), f"{li('carol')},{me}"),
            sent("c3", me, li("dan")),
        ],
    })  # fmt: skip
    # me: 3 conversations; alice: 1 (in 3 messages); bob, carol, dan: 1.
    assert detect_owner(con, "linkedin", "L") == "linkedin:meü"


def test_linkedin_owner_falls_back_to_the_profile_name(con):
    profile = {"first_name": "\uff21nn ", "last_name": " Lee\u00a0 Smith"}
    load(con, "L", {"linkedin_profile": [profile]})
    # Full-width A and a non-breaking space: NFKC, lower case, white space collapsed.
    assert detect_owner(con, "linkedin", "L") == "linkedin:name:ann lee smith"
    assert detect_owner(con, "linkedin", "nothing-loaded") is None


def test_twitter_owner_is_the_account_id(con):
    load(con, "T", {"twitter_account": [{"account_id": "112769581", "username": "andre"}]})
    assert detect_owner(con, "twitter", "T") == "twitter:112769581"
    assert detect_owner(con, "twitter", "other") is None


# --- LinkedIn -------------------------------------------------------------------------------------


@pytest.fixture
def endorsements(con):
    archive(con, "L1", "linkedin", "linkedin:me", T(2024, 2, 1))
    load(con, "L1", {
        "linkedin_profile": [{"first_name": "Me", "last_name": "Myself"}],
        "linkedin_connections": [
            connection("Alice", "Able", li("alice")),
            connection("Bob", "Brown", li("bob")),
            connection("Frank", "Fox", li("frank")),
            connection("Gina", "Gold", li("gina")),
        ],
        "linkedin_endorsements_given": [
            endorsement(T(2024, 1, 1, 10), "Python", "Alice", "Able", bare("alice")),
            endorsement(T(2024, 1, 5), "SQL", "Bob", "Brown", bare("bob")),
            # Scheme, upper case and a trailing slash: still carol.
            endorsement(T(2024, 1, 3, 12), "Go", "Carol", "Cole", li("Carol/")),
            endorsement(T(2024, 1, 2), "Rust", "Dave", "Dune", bare("dave")),
            # The file has a URL column: a row without a URL names nobody.
            endorsement(T(2024, 1, 8, 9), "Java", "Hidden", "Person", ""),
        ],
        "linkedin_endorsements_received": [
            endorsement(T(2024, 1, 3, 10), "Leadership", "Alice", "Able", bare("alice")),
            endorsement(T(2024, 1, 2), "Teamwork", "Bob", "Brown", bare("bob")),
            endorsement(T(2024, 1, 3, 12), "Design", "Carol", "Cole", bare("carol")),
            endorsement(T(2024, 1, 4), "Python", "Erin", "Eve", bare("erin")),
            endorsement(T(2024, 1, 6), "Python", "Frank", "Fox", bare("frank")),
        ],
    })  # fmt: skip
    build_models(con)
    return con


def test_endorsement_interactions(endorsements):
    assert rows(
        endorsements, "select distinct owner_key, platform, kind from marts.interactions"
    ) == [("linkedin:me", "linkedin", "endorsement")]
    assert rows(
        endorsements,
        "select direction, person_key, occurred_at, detail, is_group, archive_id "
        "from marts.interactions",
    ) == [
        ("given", "linkedin:alice", T(2024, 1, 1, 10), "Python", False, "L1"),
        ("given", "linkedin:dave", T(2024, 1, 2), "Rust", False, "L1"),
        ("received", "linkedin:bob", T(2024, 1, 2), "Teamwork", False, "L1"),
        ("received", "linkedin:alice", T(2024, 1, 3, 10), "Leadership", False, "L1"),
        ("given", "linkedin:carol", T(2024, 1, 3, 12), "Go", False, "L1"),
        ("received", "linkedin:carol", T(2024, 1, 3, 12), "Design", False, "L1"),
        ("received", "linkedin:erin", T(2024, 1, 4), "Python", False, "L1"),
        ("given", "linkedin:bob", T(2024, 1, 5), "SQL", False, "L1"),
        ("received", "linkedin:frank", T(2024, 1, 6), "Python", False, "L1"),
        ("given", None, T(2024, 1, 8, 9), "Java", False, "L1"),
    ]


def test_endorsement_reciprocity_status_initiator_and_lag(endorsements):
    assert rows(
        endorsements, "select distinct owner_key, platform, kind from marts.reciprocity"
    ) == [("linkedin:me", "linkedin", "endorsement")]
    jan = [None, *(T(2024, 1, day) for day in range(1, 32))]
    assert rows(
        endorsements, "select * exclude (owner_key, platform, kind) from marts.reciprocity"
    ) == [
        # alice: gave 1 Jan 10:00, got 3 Jan 10:00: I started, two days later it came back.
        ("linkedin:alice", 1, 1, T(2024, 1, 1, 10), T(2024, 1, 3, 10), T(2024, 1, 1, 10),
         T(2024, 1, 3, 10), "mutual", "me", 2.0),
        # bob: got 2 Jan, gave 5 Jan.
        ("linkedin:bob", 1, 1, jan[5], jan[2], jan[5], jan[2], "mutual", "them", 3.0),
        ("linkedin:carol", 1, 1, T(2024, 1, 3, 12), T(2024, 1, 3, 12), T(2024, 1, 3, 12),
         T(2024, 1, 3, 12), "mutual", "simultaneous", 0.0),
        ("linkedin:dave", 1, 0, jan[2], None, jan[2], None, "given_only", "me", None),
        ("linkedin:erin", 0, 1, None, jan[4], None, jan[4], "received_only", "them", None),
        ("linkedin:frank", 0, 1, None, jan[6], None, jan[6], "received_only", "them", None),
    ]  # fmt: skip


def test_endorsement_summary(endorsements):
    # 6 people: 3 mutual, 1 given only, 2 received only. Edge: 2*3 / (2*3 + 1 + 2) = 2/3.
    # Started by me: alice, dave (1 returned); by them: bob, erin, frank (1 returned).
    # Lags 0, 2, 3: median 2; p90 = 2 + 0.8 * (3 - 2) = 2.8.
    assert rows(endorsements, "select * from marts.reciprocity_summary") == [
        ("linkedin:me", "linkedin", "endorsement", 6, 3, 1, 2, 0.5, 0.666667,
         2, 1, 0.5, 3, 1, 0.333333, 2.0, 2.8),
    ]  # fmt: skip


def test_endorsement_effect_against_connections_never_endorsed(endorsements):
    # Treated (I started): alice (returned), dave. Baseline: connections I never endorsed,
    # frank and gina; frank endorsed me. No recommendation or message was started by me: no rows.
    assert rows(endorsements, "select * from marts.reciprocity_effect") == [
        ("linkedin:me", "linkedin", "endorsement", 2, 1, 0.5, 2, 1, 0.5, 1.0),
    ]


def test_endorsement_timeline_by_monday_week(endorsements):
    assert rows(endorsements, "select * from marts.reciprocity_timeline") == [
        ("linkedin:me", "linkedin", "endorsement", T(2024, 1, 1), 4, 5),
        ("linkedin:me", "linkedin", "endorsement", T(2024, 1, 8), 1, 0),
    ]


def test_endorsement_action_items_newest_first(endorsements):
    assert rows(
        endorsements, "select * exclude (owner_key, platform, kind) from marts.action_items"
    ) == [
        ("linkedin:frank", "Frank Fox", "return_favor", T(2024, 1, 6), 1),
        ("linkedin:erin", "Erin Eve", "return_favor", T(2024, 1, 4), 1),
        ("linkedin:dave", "Dave Dune", "awaiting_return", T(2024, 1, 2), 1),
    ]


def test_linkedin_people(endorsements):
    url = "https://www.linkedin.com/in/"
    assert rows(endorsements, "select * from marts.people") == [
        ("linkedin:alice", "linkedin", "alice", "Alice Able", url + "alice", False, True),
        ("linkedin:bob", "linkedin", "bob", "Bob Brown", url + "bob", False, True),
        ("linkedin:carol", "linkedin", "carol", "Carol Cole", url + "carol", False, False),
        ("linkedin:dave", "linkedin", "dave", "Dave Dune", url + "dave", False, False),
        ("linkedin:erin", "linkedin", "erin", "Erin Eve", url + "erin", False, False),
        ("linkedin:frank", "linkedin", "frank", "Frank Fox", url + "frank", False, True),
        ("linkedin:gina", "linkedin", "gina", "Gina Gold", url + "gina", False, True),
        ("linkedin:me", "linkedin", "me", "Me Myself", url + "me", True, False),
    ]
    assert rows(endorsements, "select count(*) from marts.follow_changes") == [(0,)]


def test_names_resolve_to_the_one_connection_that_carries_them(con):
    archive(con, "I1", "linkedin", "linkedin:me", T(2024, 6, 1))
    load(con, "I1", {
        "linkedin_connections": [
            connection("Zoë", "Quinn", li("zoe-q")),
            connection("Sam", "Lee", li("sam-lee-1")),
            connection("Sam ", "Lee", li("sam-lee-2")),
        ],
        "linkedin_invitations": [
            # A name-only file (2018-2023): E + combining diaeresis, upper case, two spaces.
            {"from_name": "ZOE\u0308  QUINN", "to_name": "Me Myself", "sent_at": T(2024, 5, 1, 10),
             "direction": "INCOMING"},
            # Two connections are called Sam Lee: the name cannot tell which.
            {"from_name": "Me Myself", "to_name": "Sam Lee", "sent_at": T(2024, 5, 2),
             "direction": "OUTGOING"},
            {"from_name": "Me Myself", "to_name": "Pat Doe", "sent_at": T(2024, 5, 3),
             "direction": "OUTGOING"},
        ],
        "linkedin_recommendations_received": [
            {"first_name": "Zoë", "last_name": "Quinn", "created_at": T(2024, 5, 6)},
        ],
        "linkedin_recommendations_given": [
            {"first_name": "Sam", "last_name": "Lee", "created_at": T(2024, 5, 7)},
        ],
    })  # fmt: skip
    load(con, "I1", {
        "linkedin_invitations": [
            # A file with URL columns: a hidden member without a URL is nobody.
            {"member": "Invitations_2.csv", "from_name": "LinkedIn Member", "to_name": "Me Myself",
             "sent_at": T(2024, 5, 4), "direction": "INCOMING", "invitee_profile_url": li("me")},
            {"member": "Invitations_2.csv", "from_name": "Sam Lee", "to_name": "Me Myself",
             "sent_at": T(2024, 5, 5), "direction": "INCOMING",
             "inviter_profile_url": li("sam-lee-2"), "invitee_profile_url": li("me")},
        ],
    })  # fmt: skip
    build_models(con)
    assert rows(
        con, "select kind, direction, person_key, occurred_at, detail from marts.interactions"
    ) == [
        ("invitation", "received", "linkedin:zoe-q", T(2024, 5, 1, 10), None),
        ("invitation", "given", "linkedin:name:sam lee", T(2024, 5, 2), None),
        ("invitation", "given", "linkedin:name:pat doe", T(2024, 5, 3), None),
        ("invitation", "received", None, T(2024, 5, 4), None),
        ("invitation", "received", "linkedin:sam-lee-2", T(2024, 5, 5), None),
        ("recommendation", "received", "linkedin:zoe-q", T(2024, 5, 6), None),
        ("recommendation", "given", "linkedin:name:sam lee", T(2024, 5, 7), None),
    ]  # fmt: skip
    # Invitations are no reciprocity channel; recommendations are.
    assert rows(con, "select person_key, status, initiator from marts.reciprocity") == [
        ("linkedin:name:sam lee", "given_only", "me"),
        ("linkedin:zoe-q", "received_only", "them"),
    ]
    assert rows(
        con, "select person_key, handle, display_name, profile_url from marts.people "
        "where person_key in ('linkedin:name:sam lee', 'linkedin:zoe-q') order by person_key",
    ) == [
        ("linkedin:name:sam lee", None, "Sam Lee", None),
        ("linkedin:zoe-q", "zoe-q", "Zoë Quinn", "https://www.linkedin.com/in/zoe-q"),
    ]  # fmt: skip


def message(conversation, sender_name, sender, to_names, recipients, at, content, **more):
    return {"conversation_id": conversation, "from_name": sender_name, "sender_profile_url": sender,
            "to_names": to_names, "recipient_profile_urls": recipients, "sent_at": at,
            "content": content, "folder": "INBOX", "is_message_draft": False,
            "is_conversation_draft": False, **more}  # fmt: skip


def test_messages_groups_drafts_and_the_2018_format(con):
    archive(con, "M1", "linkedin", "linkedin:me", T(2024, 4, 1))
    me, alice, bob, carol = li("me"), li("alice"), li("bob"), li("carol")
    load(con, "M1", {
        "linkedin_connections": [connection("Alice", "Able", alice)],
        "linkedin_messages": [
            message("c1", "Alice Able", alice, "Me Myself", me, T(2024, 3, 1, 9), "hi"),
            message("c1", "Me Myself", me, "Alice Able", alice, T(2024, 3, 2, 9), "hello"),
            # A group: one row per other recipient, all is_group.
            message("g1", "Me Myself", me, "Bob Brown,Carol Cole", f"{bob},{carol},{me}",
                    T(2024, 3, 3, 9), "team"),
            message("g1", "Bob Brown", bob, "Carol Cole,Me Myself", f"{carol},{me}",
                    T(2024, 3, 4, 9), "ok"),
            message("c2", "Me Myself", me, "Dan Dee", li("dan"), T(2024, 3, 5), "draft",
                    is_message_draft=True),
            # Sponsored: no sender URL in a file with URLs.
            message("s1", "Acme Corp", "", "Me Myself", me, T(2024, 3, 6), "buy"),
            # To nobody but the owner: a note to self.
            message("n1", "Me Myself", me, "Me Myself", me, T(2024, 3, 7), "note"),
        ],
    })  # fmt: skip
    load(con, "M1", {
        "linkedin_messages": [
            # The 2018 file: names and a direction, no URLs, no conversation.
            {"member": "Messages.csv", "from_name": "Alice Able", "to_names": "Me Myself",
             "sent_at": T(2024, 2, 28, 9), "content": "old hello", "direction": "INCOMING"},
        ],
    })  # fmt: skip
    build_models(con)
    assert rows(
        con, "select direction, person_key, occurred_at, detail, is_group from marts.interactions"
    ) == [
        ("received", "linkedin:alice", T(2024, 2, 28, 9), None, False),
        ("received", "linkedin:alice", T(2024, 3, 1, 9), "c1", False),
        ("given", "linkedin:alice", T(2024, 3, 2, 9), "c1", False),
        ("given", "linkedin:bob", T(2024, 3, 3, 9), "g1", True),
        ("given", "linkedin:carol", T(2024, 3, 3, 9), "g1", True),
        ("received", "linkedin:bob", T(2024, 3, 4, 9), "g1", True),
        ("received", None, T(2024, 3, 6), "s1", False),
    ]
    # Group messages and the unknown sender do not count towards reciprocity.
    assert rows(con, "select * from marts.reciprocity") == [
        ("linkedin:me", "linkedin", "message", "linkedin:alice", 1, 2, T(2024, 3, 2, 9),
         T(2024, 2, 28, 9), T(2024, 3, 2, 9), T(2024, 3, 1, 9), "mutual", "them", 3.0),
    ]  # fmt: skip
    assert rows(con, "select * from marts.reciprocity_timeline") == [
        # 26 Feb - 3 Mar: received 28 Feb, 1 Mar, 4 Mar is next week; given 2 and 3 Mar (x2).
        ("linkedin:me", "linkedin", "message", T(2024, 2, 26), 3, 2),
        ("linkedin:me", "linkedin", "message", T(2024, 3, 4), 0, 2),
    ]


def test_overlapping_snapshots_count_each_act_once_for_the_first_archive(con):
    # By export date C and B (same day; C imported first) come before A, whatever the import order.
    archive(con, "A", "linkedin", "linkedin:me", T(2024, 2, 1), imported_at=T(2024, 3, 1))
    archive(con, "B", "linkedin", "linkedin:me", T(2024, 1, 1), imported_at=T(2024, 6, 1))
    archive(con, "C", "linkedin", "linkedin:me", T(2024, 1, 1), imported_at=T(2024, 5, 1))
    alice = bare("alice")
    bob_message = message("c1", "Bob Brown", li("bob"), "Me Myself", li("me"), T(2023, 12, 2), "yo")
    load(con, "C", {
        "linkedin_endorsements_given": [
            endorsement(T(2023, 12, 1, 10), "Python", "Alice", "Able", alice),
        ],
        "linkedin_messages": [bob_message],
    })  # fmt: skip
    load(con, "B", {
        "linkedin_endorsements_given": [
            endorsement(T(2023, 12, 1, 10), "python ", "Alice", "Able", alice),
        ],
        "linkedin_messages": [bob_message],
        "linkedin_recommendations_received": [
            {"first_name": "Dora", "last_name": "Dee", "created_at": T(2023, 11, 1)},
        ],
    })  # fmt: skip
    load(con, "A", {
        "linkedin_endorsements_given": [
            endorsement(T(2023, 12, 1, 10), "PYTHON", "Alice", "Able", alice),
            endorsement(T(2024, 1, 15), "SQL", "Carol", "Cole", bare("carol")),
        ],
    })  # fmt: skip
    build_models(con)
    assert rows(
        con,
        "select kind, direction, person_key, occurred_at, detail, archive_id "
        "from marts.interactions",
    ) == [
        ("endorsement", "given", "linkedin:alice", T(2023, 12, 1, 10), "Python", "C"),
        ("endorsement", "given", "linkedin:carol", T(2024, 1, 15), "SQL", "A"),
        ("message", "received", "linkedin:bob", T(2023, 12, 2), "c1", "C"),
        # Only the older archive B holds it: kept.
        ("recommendation", "received", "linkedin:name:dora dee", T(2023, 11, 1), None, "B"),
    ]  # fmt: skip


# --- Twitter --------------------------------------------------------------------------------------


def tweet(tweet_id, at, text, **more):
    return {"tweet_id": tweet_id, "created_at": at, "full_text": text, **more}


def mention(tweet_id, position, user_id, screen_name, name=""):
    return {"tweet_id": tweet_id, "position": position, "user_id": user_id,
            "screen_name": screen_name, "name": name}  # fmt: skip


def dm(conversation, message_id, sender, recipient, at, group=False, event="messageCreate"):
    return {"conversation_id": conversation, "is_group": group, "event_type": event,
            "message_id": message_id, "sender_id": sender, "recipient_id": recipient,
            "created_at": at}  # fmt: skip


def accounts(*ids):
    return [{"account_id": i} for i in ids]


@pytest.fixture
def twitter(con):
    archive(con, "T1", "twitter", "twitter:100", T(2024, 1, 15))
    archive(con, "T2", "twitter", "twitter:100", T(2024, 2, 1))
    reply_to_alice = tweet("1002", T(2024, 1, 2, 10), "@alice @bob @gone hi",
                           in_reply_to_user_id="200", in_reply_to_screen_name="alice")  # fmt: skip
    reply_mentions = [
        mention("1002", 0, "200", "alice", "Alice A"),
        mention("1002", 1, "300", "bob", "Bob B"),
        mention("1002", 2, "-1", "gone"),
    ]
    load(con, "T1", {
        "twitter_account": [
            {"account_id": "100", "username": "Owner", "display_name": "The Owner"},
        ],
        "twitter_screen_name_changes": [
            {"account_id": "100", "changed_from": "OldOwner", "changed_to": "Owner"},
        ],
        "twitter_tweets": [
            # A reply to myself (a thread) is no act, nor is mentioning myself.
            tweet("1001", T(2024, 1, 1, 8), "@Owner more", in_reply_to_user_id="100",
                  in_reply_to_screen_name="Owner"),
            reply_to_alice,
            tweet("1003", T(2024, 1, 3, 10), "RT @carol: hello @bob"),
            tweet("1004", T(2024, 1, 4, 10), "look https://t.co/x"),
            tweet("1005", T(2024, 1, 5, 10), "hi @DAVE_D"),
            tweet("1006", T(2024, 1, 6, 10), "two quotes"),
            tweet("1007", T(2024, 1, 7, 10), "hey @bob"),
            # The edited version of 1007: the same act again.
            tweet("1017", T(2024, 1, 7, 10, 5), "hey @bob (edited)", edit_initial_tweet_id="1007"),
            # G0: the retweeted user is given, no mentions.
            tweet("1008", T(2024, 1, 8, 10), "RT @frank: x", retweeted_user_id="600",
                  retweeted_screen_name="frank"),
        ],
        "twitter_tweet_mentions": [
            mention("1001", 0, "100", "Owner", "The Owner"),
            *reply_mentions,
            mention("1003", 0, "400", "carol", "Carol C"),
            mention("1003", 1, "300", "bob", "Bob B"),
            mention("1005", 0, "500", "DAVE_D", "Dave D"),
            mention("1007", 0, "300", "bob", "Bob B"),
            mention("1017", 0, "300", "bob", "Bob B"),
        ],
        "twitter_tweet_urls": [
            # Only a screen name: resolved to 500 through the mention in 1005.
            {"tweet_id": "1004", "position": 0, "expanded_url": "https://x.com/Dave_D/status/999"},
            {"tweet_id": "1006", "position": 0, "expanded_url": "https://twitter.com/Erin/status/1"},
            # Quoting myself under my old name is no act.
            {"tweet_id": "1006", "position": 1, "expanded_url": "https://twitter.com/oldowner/status/5"},
        ],
        "twitter_direct_messages": [
            dm("100-200", "m1", "200", "100", T(2024, 1, 2, 12)),
            dm("100-200", "m2", "100", "200", T(2024, 1, 3, 12)),
            dm("g1", "m3", "300", None, T(2024, 1, 4, 12), group=True),
            dm("g1", "m4", "100", None, T(2024, 1, 4, 13), group=True),
            dm("g1", None, "300", None, T(2024, 1, 1), group=True, event="joinConversation"),
        ],
        "twitter_following": accounts("200", "300", "400"),
        "twitter_followers": accounts("200", "500"),
    })  # fmt: skip
    load(con, "T2", {
        "twitter_account": [
            {"account_id": "100", "username": "OwnerNew", "display_name": "Owner Two"},
        ],
        "twitter_screen_name_changes": [
            {"account_id": "100", "changed_from": "Owner", "changed_to": "OwnerNew"},
        ],
        "twitter_tweets": [reply_to_alice, tweet("1009", T(2024, 1, 20, 10), "yo @bob")],
        "twitter_tweet_mentions": [*reply_mentions, mention("1009", 0, "300", "bob", "Bobby B")],
        "twitter_direct_messages": [dm("100-200", "m1", "200", "100", T(2024, 1, 2, 12))],
        "twitter_following": accounts("200", "400", "700"),
        "twitter_followers": accounts("200", "300", "500", "700"),
    })  # fmt: skip
    build_models(con)
    return con


def test_twitter_interactions(twitter):
    assert rows(
        twitter,
        "select kind, direction, person_key, occurred_at, detail, is_group, archive_id "
        "from marts.interactions",
    ) == [
        ("dm", "received", "twitter:200", T(2024, 1, 2, 12), "100-200", False, "T1"),
        ("dm", "given", "twitter:200", T(2024, 1, 3, 12), "100-200", False, "T1"),
        ("dm", "received", "twitter:300", T(2024, 1, 4, 12), "g1", True, "T1"),
        # Follows: the latest archive's lists, each from the archive where it began.
        ("follow", "given", "twitter:200", None, None, False, "T1"),
        ("follow", "given", "twitter:400", None, None, False, "T1"),
        ("follow", "given", "twitter:700", None, None, False, "T2"),
        ("follow", "received", "twitter:200", None, None, False, "T1"),
        ("follow", "received", "twitter:300", None, None, False, "T2"),
        ("follow", "received", "twitter:500", None, None, False, "T1"),
        ("follow", "received", "twitter:700", None, None, False, "T2"),
        # 1002 mentions 200 (the reply target), 300 and -1: only 300 is a mention.
        ("mention", "given", "twitter:300", T(2024, 1, 2, 10), "1002", False, "T1"),
        ("mention", "given", "twitter:500", T(2024, 1, 5, 10), "1005", False, "T1"),
        ("mention", "given", "twitter:300", T(2024, 1, 7, 10), "1007", False, "T1"),
        ("mention", "given", "twitter:300", T(2024, 1, 20, 10), "1009", False, "T2"),
        ("quote", "given", "twitter:500", T(2024, 1, 4, 10), "1004", False, "T1"),
        ("quote", "given", "twitter:@erin", T(2024, 1, 6, 10), "1006", False, "T1"),
        ("reply", "given", "twitter:200", T(2024, 1, 2, 10), "1002", False, "T1"),
        # 1003 also mentions bob, but a retweet only credits its author.
        ("retweet", "given", "twitter:400", T(2024, 1, 3, 10), "1003", False, "T1"),
        ("retweet", "given", "twitter:600", T(2024, 1, 8, 10), "1008", False, "T1"),
    ]  # fmt: skip
    assert rows(twitter, "select distinct owner_key, platform from marts.interactions") == [
        ("twitter:100", "twitter")
    ]


def test_twitter_reciprocity_and_summary(twitter):
    assert rows(twitter, "select * exclude (owner_key, platform) from marts.reciprocity") == [
        ("dm", "twitter:200", 1, 1, T(2024, 1, 3, 12), T(2024, 1, 2, 12), T(2024, 1, 3, 12),
         T(2024, 1, 2, 12), "mutual", "them", 1.0),
        # Mutual follows have no times: who started is unknown.
        ("follow", "twitter:200", 1, 1, None, None, None, None, "mutual", "unknown", None),
        ("follow", "twitter:300", 0, 1, None, None, None, None, "received_only", "them", None),
        ("follow", "twitter:400", 1, 0, None, None, None, None, "given_only", "me", None),
        ("follow", "twitter:500", 0, 1, None, None, None, None, "received_only", "them", None),
        ("follow", "twitter:700", 1, 1, None, None, None, None, "mutual", "unknown", None),
    ]  # fmt: skip
    summary = "select * exclude (owner_key, platform) from marts.reciprocity_summary"
    assert rows(twitter, summary) == [
        ("dm", 1, 1, 0, 0, 1.0, 1.0, 0, 0, None, 1, 1, 1.0, 1.0, 1.0),
        # 2 mutual of 5; edge 4 / 7; one started by me (400), two by them (300, 500), none returned.
        ("follow", 5, 2, 1, 2, 0.4, 0.571429, 1, 0, 0.0, 2, 0, 0.0, None, None),
    ]  # fmt: skip


def test_twitter_engagement_followback_effect(twitter):
    # Engaged: 200, 300, 400, 500, @erin, 600; of them 200, 300, 500 follow me: 3 / 6.
    # Followed without engagement: 700, who follows me: 1 / 1. Lift 0.5 / 1.0.
    assert rows(twitter, "select * from marts.reciprocity_effect") == [
        ("twitter:100", "twitter", "engagement_followback", 6, 3, 0.5, 1, 1, 1.0, 0.5),
    ]


def test_twitter_follow_changes_between_snapshots(twitter):
    start, end = T(2024, 1, 15), T(2024, 2, 1)
    assert rows(twitter, "select * from marts.follow_changes") == [
        ("twitter:100", "twitter:700", "given", "started", start, end, "T1", "T2"),
        ("twitter:100", "twitter:300", "given", "stopped", start, end, "T1", "T2"),
        ("twitter:100", "twitter:300", "received", "started", start, end, "T1", "T2"),
        ("twitter:100", "twitter:700", "received", "started", start, end, "T1", "T2"),
    ]


def test_twitter_timeline(twitter):
    timeline = "select * exclude (owner_key, platform) from marts.reciprocity_timeline"
    assert rows(twitter, timeline) == [
        ("dm", T(2024, 1, 1), 1, 2),
        ("mention", T(2024, 1, 1), 3, 0),
        ("mention", T(2024, 1, 15), 1, 0),
        ("quote", T(2024, 1, 1), 2, 0),
        ("reply", T(2024, 1, 1), 1, 0),
        ("retweet", T(2024, 1, 1), 1, 0),
        ("retweet", T(2024, 1, 8), 1, 0),
    ]


def test_twitter_people_and_action_items(twitter):
    intent = "https://twitter.com/intent/user?user_id="
    assert rows(twitter, "select * from marts.people") == [
        ("twitter:100", "twitter", "OwnerNew", "Owner Two", intent + "100", True, False),
        ("twitter:200", "twitter", "alice", "Alice A", intent + "200", False, True),
        # The newest tweet naming 300 calls it Bobby B.
        ("twitter:300", "twitter", "bob", "Bobby B", intent + "300", False, False),
        ("twitter:400", "twitter", "carol", "Carol C", intent + "400", False, False),
        ("twitter:500", "twitter", "DAVE_D", "Dave D", intent + "500", False, False),
        ("twitter:600", "twitter", None, None, intent + "600", False, False),
        ("twitter:700", "twitter", None, None, intent + "700", False, True),
        ("twitter:@erin", "twitter", "erin", None, "https://x.com/erin", False, False),
    ]  # fmt: skip
    assert rows(twitter, "select * from marts.action_items") == [
        ("twitter:100", "twitter", "follow", "twitter:300", "Bobby B", "return_favor", None, 1),
        ("twitter:100", "twitter", "follow", "twitter:400", "Carol C", "awaiting_return", None, 1),
        ("twitter:100", "twitter", "follow", "twitter:500", "Dave D", "return_favor", None, 1),
    ]  # fmt: skip


def test_an_archive_without_follow_lists_leaves_the_follow_state_alone(con):
    archive(con, "F1", "twitter", "twitter:100", T(2024, 1, 1))
    # A later G0 archive: tweets only.
    archive(con, "F2", "twitter", "twitter:100", T(2024, 3, 1))
    load(con, "F1", {"twitter_following": accounts("200"), "twitter_followers": accounts("300")})
    load(con, "F2", {"twitter_tweets": [tweet("1", T(2024, 2, 1), "hello")]})
    build_models(con)
    assert rows(con, "select kind, direction, person_key, archive_id from marts.interactions") == [
        ("follow", "given", "twitter:200", "F1"),
        ("follow", "received", "twitter:300", "F1"),
    ]
    assert rows(con, "select count(*) from marts.follow_changes") == [(0,)]
