-- The accounts each kept tweet mentions, as the archive credited with the tweet lists them.
-- `account_id` is NULL for `-1`, the id of a deleted or suspended account (`is_deleted_account`),
-- and for mentions known only by screen name (old `tweets.csv` archives name no ids).
with mention_rows as (
    select
        tweets.owner_key,
        tweets.archive_id,
        tweets.tweet_id,
        mentions.position,
        twitter_id(mentions.user_id) as account_id,
        coalesce(trim(mentions.user_id) = '-1', false) as is_deleted_account,
        nullif(trim(mentions.screen_name), '') as screen_name,
        display_name(mentions.name) as display_name,
        mentions.locator
    from staging.twitter_tweets as tweets
    inner join raw.twitter_tweet_mentions as mentions
        on mentions.archive_id = tweets.archive_id and trim(mentions.tweet_id) = tweets.tweet_id
)

select
    owner_key,
    archive_id,
    tweet_id,
    position,
    account_id,
    is_deleted_account,
    screen_name,
    display_name
from mention_rows
qualify row_number() over (partition by owner_key, tweet_id, position order by locator) = 1
