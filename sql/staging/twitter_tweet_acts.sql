-- What the owner's tweets do to other people: replies, retweets, mentions and quotes, one row per
-- act (tweet, and person for mentions and quotes).
with tweets as (
    select * from staging.twitter_tweets
),

owner_screen_names as (
    -- Every screen name the owner went by: quoting oneself is no act.
    select owner_key, lower(username) as screen_name_lower
    from staging.twitter_accounts
    where username is not null
    union
    select archives.owner_key, lower(trim(unnest([changes.changed_from, changes.changed_to])))
    from raw.twitter_screen_name_changes as changes
    inner join staging.archive_owners as archives using (archive_id)
),

replies as (
    select
        owner_key,
        archive_id,
        'reply' as kind,
        twitter_id_key(in_reply_to_user_id) as person_key,
        created_at as occurred_at,
        tweet_id
    from tweets
    where in_reply_to_user_id is not null and in_reply_to_user_id is distinct from owner_account_id
),

retweet_rows as (
    select
        tweets.*,
        first_mention.account_id as first_mention_id,
        coalesce(
            tweets.retweeted_screen_name,
            first_mention.screen_name,
            nullif(regexp_extract(tweets.full_text, '^RT @([A-Za-z0-9_]+)', 1), '')
        ) as retweeted_screen_name_any
    from tweets
    left join staging.twitter_mentions as first_mention
        on first_mention.owner_key = tweets.owner_key
        and first_mention.tweet_id = tweets.tweet_id
        and first_mention.position = 0
    where tweets.is_retweet
),

retweets as (
    select
        retweet_rows.owner_key,
        retweet_rows.archive_id,
        'retweet' as kind,
        -- The original author: G0's retweeted user, else the first mention; when only a screen
        -- name is left (a deleted account's `-1`, or no mentions at all), the screen-name rule.
        coalesce(
            twitter_id_key(retweet_rows.retweeted_user_id),
            twitter_id_key(retweet_rows.first_mention_id),
            'twitter:' || resolved.account_id,
            twitter_screen_name_key(retweet_rows.retweeted_screen_name_any)
        ) as person_key,
        retweet_rows.created_at as occurred_at,
        retweet_rows.tweet_id
    from retweet_rows
    left join staging.twitter_screen_names as resolved
        on resolved.owner_key = retweet_rows.owner_key
        and resolved.screen_name_lower = lower(retweet_rows.retweeted_screen_name_any)
),

mentions as (
    select distinct
        tweets.owner_key,
        tweets.archive_id,
        'mention' as kind,
        -- Known by id, or only by screen name (the screen-name rule); `-1` names nobody.
        coalesce(
            twitter_id_key(mentioned.account_id),
            'twitter:' || resolved.account_id,
            twitter_screen_name_key(mentioned.screen_name)
        ) as person_key,
        tweets.created_at as occurred_at,
        tweets.tweet_id,
        tweets.owner_account_id,
        tweets.in_reply_to_user_id,
        lower(tweets.in_reply_to_screen_name) as reply_screen_name_lower,
        lower(mentioned.screen_name) as screen_name_lower
    from tweets
    inner join staging.twitter_mentions as mentioned using (owner_key, tweet_id)
    left join staging.twitter_screen_names as resolved
        on mentioned.account_id is null
        and resolved.owner_key = tweets.owner_key
        and resolved.screen_name_lower = lower(mentioned.screen_name)
    where not tweets.is_retweet and not mentioned.is_deleted_account
),

kept_mentions as (
    select owner_key, archive_id, kind, person_key, occurred_at, tweet_id
    from mentions
    where person_key is not null
        and person_key is distinct from twitter_id_key(owner_account_id)
        -- Replying names the reply target; the reply already counts it.
        and person_key is distinct from twitter_id_key(in_reply_to_user_id)
        and coalesce(screen_name_lower <> reply_screen_name_lower, true)
        and not exists (
            select 1
            from owner_screen_names as own
            where own.owner_key = mentions.owner_key
                and own.screen_name_lower = mentions.screen_name_lower
        )
),

quotes as (
    select distinct
        tweets.owner_key,
        tweets.archive_id,
        'quote' as kind,
        coalesce(
            'twitter:' || resolved.account_id,
            twitter_screen_name_key(quoted.quoted_screen_name)
        ) as person_key,
        tweets.created_at as occurred_at,
        tweets.tweet_id
    from tweets
    inner join staging.twitter_quoted_statuses as quoted using (owner_key, tweet_id)
    left join staging.twitter_screen_names as resolved
        on resolved.owner_key = tweets.owner_key
        and resolved.screen_name_lower = lower(quoted.quoted_screen_name)
    where not tweets.is_retweet
        and not exists (
            select 1
            from owner_screen_names as own
            where own.owner_key = tweets.owner_key
                and own.screen_name_lower = lower(quoted.quoted_screen_name)
        )
)

select * from replies
union all
select * from retweets
union all
select * from kept_mentions
union all
select * from quotes
