-- The owner's tweets, each once: the initial version of an edited tweet only, and a tweet that
-- several archives carry credited to the first of them.
with tweet_rows as (
    select
        tweets.*,
        archives.owner_key,
        archives.owner_account_id,
        archives.archive_order
    from raw.twitter_tweets as tweets
    inner join staging.archive_owners as archives using (archive_id)
    where nullif(trim(tweets.tweet_id), '') is not null
),

initial_versions as (
    select *
    from tweet_rows
    -- Later versions of an edited tweet point to the initial one, which carries the same act.
    where coalesce(trim(edit_initial_tweet_id), '') in ('', trim(tweet_id))
),

first_seen as (
    select *
    from initial_versions
    qualify row_number() over (
        partition by owner_key, trim(tweet_id) order by archive_order, member, locator
    ) = 1
)

select
    owner_key,
    owner_account_id,
    archive_id,
    trim(tweet_id) as tweet_id,
    created_at,
    full_text,
    nullif(trim(in_reply_to_status_id), '') as in_reply_to_status_id,
    twitter_id(in_reply_to_user_id) as in_reply_to_user_id,
    nullif(trim(in_reply_to_screen_name), '') as in_reply_to_screen_name,
    twitter_id(retweeted_user_id) as retweeted_user_id,
    nullif(trim(retweeted_screen_name), '') as retweeted_screen_name,
    -- Archives mark no retweet as such: the text starts `RT @` (G0 also names the original).
    coalesce(full_text like 'RT @%', false) or twitter_id(retweeted_user_id) is not null
        as is_retweet,
    lang
from first_seen
