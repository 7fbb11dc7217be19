"""The raw tables: one per logical file, as parsed.

This is the one place that names raw tables and their columns. Parsers build exactly these
schemas, the expectation suites check them, the loader creates `raw.<name>` from them (adding
`archive_id`), and the staging models read them. Every table starts with `member` (the file
inside the archive) and `locator` (line or record number there). Timestamps are UTC without a
zone; a value the file does not give is null.
"""

from __future__ import annotations

import pyarrow as pa

TS = pa.timestamp("us")
STR = pa.string()
BOOL = pa.bool_()
INT = pa.int64()


def _schema(*columns: tuple[str, pa.DataType]) -> pa.Schema:
    return pa.schema([("member", STR), ("locator", STR), *columns])


LINKEDIN: dict[str, pa.Schema] = {
    "linkedin_connections": _schema(
        ("first_name", STR),
        ("last_name", STR),
        ("profile_url", STR),
        ("email_address", STR),
        ("company", STR),
        ("position", STR),
        ("connected_on", TS),
    ),
    "linkedin_invitations": _schema(
        ("from_name", STR),
        ("to_name", STR),
        ("sent_at", TS),
        ("message", STR),
        ("direction", STR),  # OUTGOING | INCOMING
        ("inviter_profile_url", STR),
        ("invitee_profile_url", STR),
        ("inviter_profile_urn", STR),
        ("invitee_profile_urn", STR),
    ),
    "linkedin_messages": _schema(
        ("conversation_id", STR),
        ("conversation_title", STR),
        ("from_name", STR),
        ("sender_profile_url", STR),
        ("to_names", STR),  # as exported: comma-joined, never to be split (names hold commas)
        ("recipient_profile_urls", STR),  # comma-joined URLs
        ("sent_at", TS),
        ("subject", STR),
        ("content", STR),  # InMail HTML cleaned to text
        ("folder", STR),
        ("direction", STR),  # only the 2018-2020 files carry it
        ("is_message_draft", BOOL),
        ("is_conversation_draft", BOOL),
        ("attachments", STR),
    ),
    "linkedin_endorsements_given": _schema(
        ("endorsed_at", TS),
        ("skill_name", STR),
        ("first_name", STR),
        ("last_name", STR),
        ("profile_url", STR),
        ("status", STR),
    ),
    "linkedin_endorsements_received": _schema(
        ("endorsed_at", TS),
        ("skill_name", STR),
        ("first_name", STR),
        ("last_name", STR),
        ("profile_url", STR),
        ("status", STR),
    ),
    "linkedin_recommendations_given": _schema(
        ("first_name", STR),
        ("last_name", STR),
        ("company", STR),
        ("job_title", STR),
        ("text", STR),
        ("created_at", TS),
        ("status", STR),
    ),
    "linkedin_recommendations_received": _schema(
        ("first_name", STR),
        ("last_name", STR),
        ("company", STR),
        ("job_title", STR),
        ("text", STR),
        ("created_at", TS),
        ("status", STR),
    ),
    "linkedin_skills": _schema(("name", STR)),
    "linkedin_profile": _schema(
        ("first_name", STR),
        ("last_name", STR),
        ("maiden_name", STR),
        ("headline", STR),
        ("summary", STR),
        ("industry", STR),
        ("geo_location", STR),
        ("twitter_handles", STR),
        ("websites", STR),
    ),
    "linkedin_positions": _schema(
        ("company_name", STR),
        ("title", STR),
        ("description", STR),
        ("location", STR),
        ("started_on", STR),  # `Jun 2018`, `2018` or empty: kept as written
        ("finished_on", STR),
    ),
    "linkedin_projects": _schema(
        ("title", STR),
        ("description", STR),
        ("url", STR),
        ("started_on", STR),
        ("finished_on", STR),
    ),
    "linkedin_reactions": _schema(("reacted_at", TS), ("reaction_type", STR), ("link", STR)),
    "linkedin_comments": _schema(("commented_at", TS), ("link", STR), ("message", STR)),
    "linkedin_shares": _schema(
        ("shared_at", TS),
        ("share_link", STR),
        ("commentary", STR),
        ("shared_url", STR),
        ("media_url", STR),
        ("visibility", STR),
    ),
    "linkedin_votes": _schema(("voted_at", TS), ("link", STR), ("option_text", STR)),
    "linkedin_articles": _schema(
        ("title", STR),
        ("url", STR),
        ("created_at", TS),
        ("published_at", TS),
        ("text", STR),
    ),
}

TWITTER: dict[str, pa.Schema] = {
    "twitter_account": _schema(
        ("account_id", STR),
        ("username", STR),
        ("display_name", STR),
        ("created_at", TS),
    ),
    "twitter_profile": _schema(("bio", STR), ("website", STR), ("location", STR)),
    "twitter_tweets": _schema(
        ("tweet_id", STR),
        ("created_at", TS),
        ("full_text", STR),  # HTML entities unescaped
        ("in_reply_to_status_id", STR),
        ("in_reply_to_user_id", STR),
        ("in_reply_to_screen_name", STR),
        ("retweeted_user_id", STR),  # G0 only: retweeted_status.user / retweeted_status_user_id
        ("retweeted_screen_name", STR),
        ("edit_initial_tweet_id", STR),  # set on later versions of an edited tweet
        ("lang", STR),
    ),
    "twitter_tweet_mentions": _schema(
        ("tweet_id", STR),
        ("position", INT),  # 0-based order within the tweet's user_mentions
        ("user_id", STR),  # may be "-1" for deleted accounts
        ("screen_name", STR),
        ("name", STR),
    ),
    "twitter_tweet_urls": _schema(("tweet_id", STR), ("position", INT), ("expanded_url", STR)),
    "twitter_note_tweets": _schema(
        ("note_tweet_id", STR),
        ("created_at", TS),
        ("updated_at", TS),
        ("text", STR),
    ),
    "twitter_deleted_tweets": _schema(
        ("tweet_id", STR),
        ("created_at", TS),
        ("deleted_at", TS),
        ("full_text", STR),
    ),
    "twitter_likes": _schema(("tweet_id", STR), ("full_text", STR), ("expanded_url", STR)),
    "twitter_followers": _schema(("account_id", STR)),
    "twitter_following": _schema(("account_id", STR)),
    "twitter_blocks": _schema(("account_id", STR)),
    "twitter_mutes": _schema(("account_id", STR)),
    "twitter_direct_messages": _schema(
        ("conversation_id", STR),
        ("is_group", BOOL),
        # messageCreate, welcomeMessageCreate, joinConversation, participantsJoin,
        # participantsLeave, conversationNameUpdate, reactionCreate
        ("event_type", STR),
        ("message_id", STR),
        ("sender_id", STR),  # initiatingUserId for membership events
        ("recipient_id", STR),  # 1:1 messages only
        # comma-joined userIds / participantsSnapshot of membership events
        ("participant_ids", STR),
        ("created_at", TS),
        ("text", STR),  # HTML entities unescaped
    ),
    "twitter_screen_name_changes": _schema(
        ("account_id", STR),
        ("changed_at", TS),
        ("changed_from", STR),
        ("changed_to", STR),
    ),
}

RAW_TABLES: dict[str, pa.Schema] = {**LINKEDIN, **TWITTER}


def empty_table(name: str) -> pa.Table:
    return RAW_TABLES[name].empty_table()


def table_from_rows(name: str, rows: list[dict]) -> pa.Table:
    """Build a raw table from row dicts; missing keys become null."""
    return pa.Table.from_pylist(rows, schema=RAW_TABLES[name])
